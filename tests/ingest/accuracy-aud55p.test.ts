// Session-55 audit aud55p: residual faults reported by the session's helpers. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';

const attributionsById = (symbol: string, date: string, paragraphs: [string, string][]): Record<string, string[]> =>
  Object.fromEntries(
    extractResolution(gaResolution(symbol, date, paragraphs.map(([id, text]) => notedParagraph(id, text)))).paragraphs.map((p) => [
      p.paragraph.id,
      p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`),
    ]),
  );

describe('item 2: "convene the Dialogue annually ..., alternating between Geneva and New York": HELD_IN both cities', () => {
  const DIALOGUE = 'Event:Global Dialogue on Artificial Intelligence Governance';
  const OP4 =
    'Establishes, within the United Nations, the Global Dialogue on Artificial Intelligence Governance, involving Governments and all relevant stakeholders, as a platform to discuss international cooperation;';
  const OP5 =
    'Decides to convene the Dialogue annually for up to two days in the margins of existing relevant United Nations conferences and meetings, alternating between Geneva and New York, to be composed of a multi-stakeholder plenary meeting with a high-level governmental segment, a presentation of the annual report of the Panel, and thematic discussions;';

  it('A/RES/79/325 OP5 (after OP4): the Dialogue HELD_IN Geneva and New York', () => {
    const byId = attributionsById('A/RES/79/325', '2025-08-26', [
      ['OP4', OP4],
      ['OP5', OP5],
    ]);
    expect(byId.OP5).toContain(`HELD_IN ${DIALOGUE} -> Place:Geneva`);
    expect(byId.OP5).toContain(`HELD_IN ${DIALOGUE} -> Place:New York`);
  });

  it('guard: a sentence part of its own (";" before the words) gives the sitting named before it no venue', () => {
    const byId = attributionsById('A/RES/79/325', '2025-08-26', [
      ['OP4', OP4],
      ['OP5', OP5.replace('meetings, alternating', 'meetings; the other meetings alternating')],
    ]);
    expect(byId.OP5!.filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });
});

describe('item 3: "the 2010, 2013, 2015 and 2021 groups of governmental experts": years that name groups are no dates', () => {
  const PP8 =
    'Calling upon Member States to be guided in their use of information and communications technologies by the assessments and recommendations of the 2010, 2013, 2015 and 2021 groups of governmental experts, as well as those of the 2021 Open-ended Working Group on Developments in the Field of Information and Telecommunications in the Context of International Security,';
  const datesOf = (text: string): string[] =>
    extractResolution(gaResolution('A/RES/78/16', '2023-12-04', [notedParagraph('PP8', text)])).paragraphs[0]!.mentions
      .filter((m) => m.kind === 'Date')
      .map((m) => m.key);

  it('A/RES/78/16 PP8: no Date from "and 2021 groups" (nor from the years before it)', () => {
    expect(datesOf(PP8)).toEqual([]);
  });

  it('guard: "by holding dedicated intersessional meetings in both 2024 and 2025" (A/RES/78/16 PP21) keeps both years', () => {
    const dates = datesOf('Noting the work of the open-ended working group, including by holding dedicated intersessional meetings in both 2024 and 2025,');
    expect(dates).toContain('Date:2024');
    expect(dates).toContain('Date:2025');
  });
});

describe('item 1 (lead\'s ruling): an outcome document named by its high-level meeting is a Framework the meeting ADOPTED', () => {
  const NCD_MEETING =
    'Event:high-level meeting of the General Assembly on the comprehensive review and assessment of the progress achieved in the prevention and control of non-communicable diseases @ 2014';
  const NCD_OUTCOME =
    'Framework:Outcome document of the high-level meeting of the General Assembly on the comprehensive review and assessment of the progress achieved in the prevention and control of non-communicable diseases (2014)';
  const OP2 =
    'Further reaffirm the 2016 political declaration of the high-level meeting of the General Assembly on antimicrobial resistance, as reflected in its resolution 71/3 of 5 October 2016, the 2016 political declaration on HIV and AIDS, adopted in its resolution 70/266 of 8 June 2016, the 2014 outcome document of the high-level meeting of the Assembly on the comprehensive review and assessment of the progress achieved in the prevention and control of non-communicable diseases, adopted in its resolution 68/300 of 10 July 2014, and its resolution 72/139 of 12 December 2017, in which the Assembly decided to hold a high-level meeting on universal health coverage in 2019;';
  const paragraphOf = (text: string) =>
    extractResolution(gaResolution('A/RES/73/3', '2018-10-10', [notedParagraph('OP2', text)])).paragraphs[0]!;

  it('A/RES/73/3 OP2: the clause reaffirms the outcome document; the meeting and resolution 68/300 ADOPTED it; the year is a date', () => {
    const p = paragraphOf(OP2);
    const att = p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(p.mentions.map((m) => m.key)).toContain(NCD_OUTCOME);
    expect(att).toContain(`ADOPTED ${NCD_MEETING} -> ${NCD_OUTCOME}`);
    expect(att).toContain(`ADOPTED Resolution:A/RES/68/300 -> ${NCD_OUTCOME}`);
    expect(p.mentions.map((m) => m.key)).toContain('Date:2014');
  });

  it('guard: the 2016 political declaration of the same paragraph is still its meeting\'s', () => {
    const att = paragraphOf(OP2).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(att).toContain('ADOPTED Event:high-level meeting of the General Assembly on antimicrobial resistance @ 2016 -> Framework:Political declaration of the high-level meeting on antimicrobial resistance (2016)');
  });

  it('guard: "the outcome document of the Durban Review Conference" (no high-level meeting) makes no outcome document', () => {
    const keys = paragraphOf('Recalling the outcome document of the Durban Review Conference,').mentions.map((m) => m.key);
    expect(keys.filter((k) => k.startsWith('Framework:Outcome document'))).toEqual([]);
  });
});

describe('item 1 guard: the WSIS+10 meeting, a sitting named inside its name, keeps its own mention and days', () => {
  it('A/RES/80/118 PP11: "the outcome document of the high-level meeting of the General Assembly on the overall review of ... the World Summit on the Information Society, held in New York on 15 and 16 December 2015"', () => {
    const PP11 =
      'Recalling further the outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society, held in New York on 15 and 16 December 2015, in which it took stock of the progress made in the implementation of the outcomes of the World Summit, addressed potential information and communications technology gaps and identified areas for continued focus,';
    const p = extractResolution(gaResolution('A/RES/80/118', '2025-12-04', [notedParagraph('PP11', PP11)])).paragraphs[0]!;
    const att = p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    // (session 57, aud57k item 5: the outcome document is now read too, a Framework the meeting ADOPTED; the meeting keeps its key
    // and days)
    expect(p.mentions.map((m) => m.key).filter((k) => k.startsWith('Framework:Outcome document'))).toEqual([
      'Framework:Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society (2015)',
    ]);
    expect(att).toContain('STARTS_ON Event:high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society @ 2015 -> Date:2015-12-15');
  });
});

describe('item 4: "the first and second annual progress reports of the 2021–2025 open-ended working group" are the two PP8 footnoted', () => {
  const PP8 =
    'Calling upon Member States to be guided in their use of information and communications technologies by the assessments and recommendations of the 2010, 2013, 2015 and 2021 groups of governmental experts, as well as those of the 2021 Open-ended Working Group on Developments in the Field of Information and Telecommunications in the Context of International Security, and the first 1 and second2 annual progress reports of the open-ended working group on security of and in the use of information and communications technologies 2021–2025, in particular the cumulative and evolving framework for responsible State behaviour in the use of information and communications technologies elaborated and adopted by consensus through these processes,';
  const PP8_NOTES: [string, string, string][] = [
    ['1', 'See A/77/275.', 'the first 1'],
    ['2', 'See A/78/265.', 'and second2'],
  ];
  const PP15 =
    'Stressing the urgent need to assist States in their efforts to implement the framework for responsible State behaviour, and that capacity-building in relation to State use of information and communications technologies in the context of international security should be guided by the principles for capacity-building included in the final report of the 2021 Open-ended Working Group and by the first and second annual progress reports of the 2021–2025 open-ended working group,';
  const keysOf = (pp15: string): string[] =>
    extractResolution(gaResolution('A/RES/78/16', '2023-12-04', [notedParagraph('PP8', PP8, PP8_NOTES), notedParagraph('PP15', pp15)])).paragraphs[1]!.mentions.map((m) => m.key);

  it('A/RES/78/16 PP15 (after PP8): Documents A/77/275 and A/78/265', () => {
    const keys = keysOf(PP15);
    expect(keys).toContain('Document:A/77/275');
    expect(keys).toContain('Document:A/78/265');
  });

  it('guard: "the third annual progress report of the ..." (singular, no list) links neither', () => {
    const keys = keysOf(PP15.replace('the first and second annual progress reports', 'the third annual progress report'));
    expect(keys.filter((k) => k.startsWith('Document:A/7'))).toEqual([]);
  });
});
