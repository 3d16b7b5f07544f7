// Misses found by the session-29 audit aud29a: A/RES/78/16 (programme of action on ICTs in the context of international
// security) and A/80/L.41 (the draft of A/RES/80/173, the WSIS+20 outcome document), and the same forms in other texts.
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import { eventKey } from '../../ingest/recognize/entityScan.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { segmentLines } from '../helpers/segment-lines.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/16', date: '2023-12-04' };
const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const HEAD = ['United Nations', 'A/RES/78/16', '', 'General Assembly', '', 'Resolution adopted by the General Assembly on 4 December 2023', '', '78/16. Programme of action', '', 'The General Assembly,', ''];

/** The footnote marks a made-up PDF-text resolution's paragraphs were given, as "<paragraph id> <mark>: <footnote text>". */
function marksOf(lines: string[]): string[] {
  const [r] = segmentLines(lines, 'A_RES_78_16.txt');
  return r!.paragraphs.flatMap((p) => p.footnoteRefs.map((f) => `${p.id} ${f.mark}: ${f.footnote?.text ?? ''}`));
}

function relationsOf(lines: string[]): Record<string, string[]> {
  const [r] = segmentLines(lines, 'A_RES_78_16.txt');
  return Object.fromEntries(extractResolution(r!).paragraphs.map((p) => [p.paragraph.id, p.relations.map((x) => `${x.type} ${x.target}`)]));
}

describe('a footnote mark spaced after "first", before "and second" with its own mark', () => {
  const lines = (words: string) => [
    ...HEAD,
    'Calling upon Member States to be guided in their use of information and communications technologies by the assessments and recommendations of the 2010, 2013, 2015 and 2021 groups of governmental experts, as well as those of the 2021 Open-ended Working Group on Developments in the Field of Information and Telecommunications in the Context of International Security, and the ' +
      words +
      ' of the open-ended working group on security of and in the use of information and communications technologies 2021–2025,',
    '',
    '__________________',
    '',
    '1  See A/77/275.',
    '',
    '2  See A/78/265.',
  ];

  it('A/RES/78/16 PP8: "the first 1  and second2 annual progress reports" cites both reports', () => {
    expect(marksOf(lines('first 1  and second2 annual progress reports'))).toEqual(['PP1 1: See A/77/275.', 'PP1 2: See A/78/265.']);
    expect(relationsOf(lines('first 1  and second2 annual progress reports')).PP1).toEqual(expect.arrayContaining(['CALLS_UPON Document:A/77/275', 'CALLS_UPON Document:A/78/265']));
  });

  it('guard: a number after "first" that counts ("the first 10 and second 20 meetings") is no mark', () => {
    expect(marksOf(lines('first 1 and second 20 annual progress reports'))).toEqual([]);
    expect(marksOf(lines('first 1 and other annual progress reports'))).toEqual([]);
  });
});

describe('a body\'s substantive sessions are its sessions, printed with the word or without', () => {
  const SESSION = (n: string) => `Event:${n} session of the Open-ended Working Group on security of and in the use of information and communications technologies 2021-2025`;

  it('A/RES/78/16 PP19 and OP3: "the sixth, seventh and eighth substantive sessions of the open-ended working group" and "... sessions of the open-ended working group on security ..." are the same three sessions', () => {
    const pp19 =
      'Welcoming the consensus recommendations of the second annual progress report of the 2021–2025 open-ended working group, including on the common elements for a future mechanism for regular institutional dialogue and its call for States to engage in discussions on the scope, structure and content of the programme of action at the sixth, seventh and eighth substantive sessions of the open-ended working group,';
    const op3 =
      'Encourages States to discuss and provide recommendations on the scope, structure and content of the programme of action, and the modalities for its establishment, through the discussions on regular institutional dialogue at the sixth, seventh and eighth sessions of the open-ended working group on security of and in the use of information and communications technologies 2021–2025, as well as dedicated intersessional meetings;';
    const three = [SESSION('sixth'), SESSION('seventh'), SESSION('eighth')];
    // (PP12 names the group in full before)
    const ctx = { ...GA };
    extract('Supporting the open-ended working group on security of and in the use of information and communications technologies 2021–2025,', 'preambular', ctx);
    expect(keys(pp19, 'Event:', 'preambular', ctx)).toEqual(three);
    expect(keys(op3, 'Event:', 'operative', { ...GA })).toEqual(three);
  });

  it('guard: an organizational or resumed session keeps its word in the key', () => {
    expect(eventKey('organizational session of the Intergovernmental Negotiating Committee')).toBe('Event:organizational session of the Intergovernmental Negotiating Committee');
    expect(eventKey('first resumed session of the Disarmament Commission')).toBe('Event:first resumed session of the Disarmament Commission');
    expect(eventKey('1993 substantive session of the Disarmament Commission')).toBe('Event:1993 session of the Disarmament Commission');
  });
});

describe('the 2021 Open-ended Working Group is the group on developments in the field of information and telecommunications', () => {
  const OEWG_2021 = 'Organization:Open-ended Working Group on Developments in the Field of Information and Telecommunications in the Context of International Security';

  it('A/RES/78/16 PP9: "Recalling the conclusion of the groups of governmental experts and the 2021 Open-ended Working Group that international law ..."', () => {
    const text =
      'Recalling the conclusion of the groups of governmental experts and the 2021 Open-ended Working Group that international law, and in particular the Charter of the United Nations, is applicable and essential to maintaining peace and stability,';
    expect(relations(text)).toContain(`RECALLS ${OEWG_2021}`);
  });

  it('A/RES/78/16 PP8: printed with its full name after the year, one mention of the whole name', () => {
    const text = 'Calling upon Member States to be guided by the recommendations of the 2021 Open-ended Working Group on Developments in the Field of Information and Telecommunications in the Context of International Security,';
    const [m] = oneParagraph({ ctx: GA, kind: 'preambular' }).extract(text).mentions.filter((x) => x.key === OEWG_2021);
    expect(m?.phrase).toBe('2021 Open-ended Working Group on Developments in the Field of Information and Telecommunications in the Context of International Security');
  });

  it('guard: the 2021–2025 group stays itself (A/RES/78/16 PP15)', () => {
    const text = 'Stressing that capacity-building should be guided by the first and second annual progress reports of the 2021–2025 open-ended working group,';
    expect(keys(text, 'Organization:', 'preambular', { ...GA })).toEqual(['Organization:Open-ended Working Group on security of and in the use of information and communications technologies 2021-2025']);
  });
});

describe('A/80/L.41 and A/RES/80/173 OP0: the high-level meeting whose outcome document the Assembly adopts is the one of December 2025', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/173', date: '2025-12-17' };
  const OP0 =
    'Adopts the following outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society at its eightieth session: We, the Ministers and heads of delegations participating in the high-level plenary meeting of the General Assembly on the 20-year review of the implementation of the outcomes of the World Summit on the Information Society, held in New York on 16 and 17 December 2025,';

  it('A/RES/80/173 OP0: both names of the meeting are keyed with its year (the "20-year review" is the overall review of 2025)', () => {
    const events = keys(OP0, 'Event:high-level', 'operative', { ...ctx });
    expect(events).toEqual([
      'Event:high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society @ 2025',
      'Event:high-level plenary meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society @ 2025',
    ]);
  });

  it('guard: a high-level meeting named after with another topic gives no date ("... on the 20-year review ..., and the high-level meeting on universal health coverage, held in 2023")', () => {
    const text =
      'Recalling the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society, and welcoming the high-level meeting on universal health coverage, held in New York on 21 September 2023,';
    const events = keys(text, 'Event:high-level meeting of the General Assembly on the overall', 'preambular', { ...ctx });
    expect(events).toEqual(['Event:high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society']);
  });

  it('guard: "a high-level meeting" brought in with "a" is a new one, not the dated one named after', () => {
    const text =
      'Decides to convene a high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society, recalling the high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society held in New York on 16 and 17 December 2025;';
    const events = keys(text, 'Event:high-level meeting on the overall', 'operative', { ...ctx });
    expect(events[0]).toBe('Event:high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society');
  });
});

describe('the World Summit stocktaking platform is the stocktaking database', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/173', date: '2025-12-17' };
  const DB = 'Initiative:World Summit on the Information Society Stocktaking database';

  it('A/RES/80/173 OP107: "We commend the International Telecommunication Union on its establishment of the World Summit stocktaking platform ..."', () => {
    const text =
      'We commend the International Telecommunication Union on its establishment of the World Summit stocktaking platform and the World Summit prizes, and encourage all stakeholders to contribute to the stocktaking database.';
    expect(relations(text, 'operative', { ...ctx })).toEqual(expect.arrayContaining([`APPRECIATES ${DB}`, `ENCOURAGES ${DB}`]));
  });

  it('guard: the WSIS stocktaking process stays a process of its own', () => {
    const text = 'We welcome the World Summit stocktaking process.';
    expect(keys(text, 'Initiative:', 'operative', { ...ctx })).toEqual(['Initiative:World Summit on the Information Society stocktaking process']);
  });
});
