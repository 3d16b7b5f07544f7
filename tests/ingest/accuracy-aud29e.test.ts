// Misses found by the session-29 audit aud29e: A/RES/78/265 and 78/311 (artificial intelligence), S/RES/1454 (2002),
// S/RES/1 (1946) and S/RES/338 (1973), and the same forms in other texts. Each case quotes the file and paragraph; each fix
// has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { paragraphIds, segmentLines } from '../helpers/segment-lines.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/265', date: '2024-03-21' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('the overall review of the outcomes of the World Summit on the Information Society in a year is that year\'s high-level meeting', () => {
  const REVIEW = 'high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society';
  const REVIEW_2025 = `Event:${REVIEW} @ 2025`;
  const GA_KEY = 'Organization:General Assembly';

  it('A/RES/78/265 OP12: "the overall review by the General Assembly, in 2025, of the progress made since the World Summit ..."', () => {
    const text = 'Looks forward also to the overall review by the General Assembly, in 2025, of the progress made since the World Summit on the Information Society;';
    // (aud44c: the summit the review reviews, printed in its words, is mentioned and targeted too: aud41i gold for this paragraph)
    expect(keys(text, 'Event:', 'operative', { ...GA })).toEqual([REVIEW_2025, 'Event:World Summit on the Information Society']);
    expect(relations(text, 'operative', { ...GA })).toEqual([`LOOKS_FORWARD_TO ${REVIEW_2025}`, 'LOOKS_FORWARD_TO Event:World Summit on the Information Society']);
    // conv42a: the Assembly named in the review's own words makes it the Assembly's sitting, SESSION_OF (two of three hand annotations mark no ORGANIZES)
    expect(attributions(text, 'operative', { ...GA })).toContain(`SESSION_OF ${REVIEW_2025} -> ${GA_KEY}`);
  });

  it('A/RES/79/194 OP33: "looks forward to the overall review of the implementation of the outcomes of the World Summit ... in 2025"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/194', date: '2024-12-19' };
    const text =
      'Acknowledges the existing mandate of the Internet Governance Forum, and looks forward to the overall review of the implementation of the outcomes of the World Summit on the Information Society in 2025;';
    expect(relations(text, 'operative', ctx)).toContain(`LOOKS_FORWARD_TO ${REVIEW_2025}`);
    expect(attributions(text, 'operative', { ...ctx })).toContain(`STARTS_ON ${REVIEW_2025} -> Date:2025`);
  });

  it('A/RES/80/118 OP36: "the high-level overall review ..., to be held on 16 and 17 December 2025" (dated to the day)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' };
    const text =
      'Acknowledges the existing mandate of the Internet Governance Forum, and looks forward to the high-level overall review of the implementation of the outcomes of the World Summit on the Information Society, to be held on 16 and 17 December 2025;';
    expect(relations(text, 'operative', ctx)).toContain(`LOOKS_FORWARD_TO ${REVIEW_2025}`);
    const a = attributions(text, 'operative', { ...ctx });
    expect(a).toContain(`STARTS_ON ${REVIEW_2025} -> Date:2025-12-16`);
    expect(a).toContain(`ENDS_ON ${REVIEW_2025} -> Date:2025-12-17`);
  });

  it('A/RES/79/277 PP4: "the modalities for the overall review by the General Assembly of ... to be held in 2025"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/277', date: '2025-03-25' };
    const text =
      'Recalling its resolution 79/194 of 19 December 2024 and, in particular, paragraph 62 thereof, in which it decided to finalize the modalities for the overall review by the General Assembly of the implementation of the outcomes of the World Summit on the Information Society to be held in 2025 in accordance with paragraph 71 of General Assembly resolution 70/125 of 16 December 2015,';
    // (the summit whose outcomes the review reviews is mentioned too, after the review: aud41f)
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([REVIEW_2025, 'Event:World Summit on the Information Society']);
    // conv42a: the Assembly named in the review's own words makes it the Assembly's sitting, SESSION_OF (two of three hand annotations mark no ORGANIZES)
    expect(attributions(text, 'preambular', { ...ctx })).toContain(`SESSION_OF ${REVIEW_2025} -> ${GA_KEY}`);
  });

  it('guard: the words as the subject of resolution 70/125 ("70/125 of 16 December 2015 on the overall review ...") name no review (A/RES/78/265 PP3)', () => {
    const text =
      'Recalling its resolution 70/125 of 16 December 2015 on the overall review of the implementation of the outcomes of the World Summit on the Information Society, all the outcomes of the World Summit on the Information Society in 2005,';
    expect(keys(text, 'Event:', 'preambular', { ...GA })).toEqual(['Event:World Summit on the Information Society', 'Event:World Summit on the Information Society']);
  });

  // (aud29i: in a text of 2024 "the modalities for the overall review" with no year is the review to come, of 2025; the date
  // of the text, not the year printed, keeps the 2015 review's modalities of older texts apart: accuracy-aud29i)
  it('A/RES/79/194 OP62: "the modalities for the overall review ..." with no year printed, in a text of 2024, is the 2025 review', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/194', date: '2024-12-19' };
    const text =
      'Decides to finalize the modalities for the overall review by the General Assembly of the implementation of the outcomes of the World Summit on the Information Society, in accordance with paragraph 71 of General Assembly resolution 70/125, as early as possible;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual(['Event:high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society @ 2025', 'Event:World Summit on the Information Society']);
  });

  it('guard: the high-level meeting\'s own name keeps its key ("its high-level meeting on the overall review ... in 2025", A/RES/79/194 OP61)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/194', date: '2024-12-19' };
    const text =
      'Looks forward, in accordance with its resolution 70/125, to its high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society in 2025, involving the input and participation of all stakeholders;';
    // (the review's key; aud44c: the summit it reviews comes after it as a mention of its own)
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([REVIEW_2025, 'Event:World Summit on the Information Society']);
    expect(attributions(text, 'operative', { ...ctx }).filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });
});

describe('"Calls upon Member States and invites other stakeholders to ...": both verbs ask the shared infinitive', () => {
  const AGENDA = 'Framework:2030 Agenda for Sustainable Development';
  const GPS = 'Framework:Guiding Principles on Business and Human Rights';
  const KMGBF = 'Framework:Kunming-Montreal Global Biodiversity Framework';

  it('A/RES/78/265 OP4: "Calls upon Member States and invites other stakeholders to take action to cooperate ... the 2030 Agenda"', () => {
    const text =
      'Calls upon Member States and invites other stakeholders to take action to cooperate with and provide assistance to developing countries towards inclusive and equitable access to the benefits of digital transformation, including towards the full realization of the 2030 Agenda for Sustainable Development;';
    const r = relations(text, 'operative', { ...GA });
    expect(r).toContain(`CALLS_UPON ${AGENDA}`);
    expect(r).toContain(`INVITES ${AGENDA}`);
  });

  it('A/RES/78/216 OP29: "Calls upon all States and encourages non-State actors to implement the Guiding Principles ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/216', date: '2023-12-19' };
    const text = 'Calls upon all States and encourages non-State actors to implement the Guiding Principles on Business and Human Rights;';
    const r = relations(text, 'operative', ctx);
    expect(r).toContain(`CALLS_UPON ${GPS}`);
    expect(r).toContain(`ENCOURAGES ${GPS}`);
  });

  it('A/RES/80/140 OP7: a later "and urges Parties and invites other Governments, ..., to ensure ... implementation of the Framework"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/140', date: '2025-12-15' };
    const text =
      'Also welcomes the adoption of the report, and urges Parties and invites other Governments, with the support of United Nations entities, to ensure the early, inclusive and effective implementation of the Kunming-Montreal Global Biodiversity Framework;';
    const r = relations(text, 'operative', ctx);
    expect(r).toContain(`URGES ${KMGBF}`);
    expect(r).toContain(`INVITES ${KMGBF}`);
  });

  it('guard: a thing asked for before "and invites" asks no infinitive ("Encourages South-South cooperation and invites States to implement ...")', () => {
    const text = 'Encourages South-South cooperation and invites States to implement the 2030 Agenda for Sustainable Development;';
    const r = relations(text, 'operative', { ...GA });
    expect(r).toContain(`INVITES ${AGENDA}`);
    expect(r).not.toContain(`ENCOURAGES ${AGENDA}`);
  });

  it('guard: a first verb with an infinitive of its own keeps it ("Requests the Secretary-General to report and invites States to implement ...")', () => {
    const text = 'Requests the Secretary-General to report on progress and invites Member States to implement the 2030 Agenda for Sustainable Development;';
    const r = relations(text, 'operative', { ...GA });
    expect(r).toContain(`INVITES ${AGENDA}`);
    expect(r).not.toContain(`REQUESTS ${AGENDA}`);
  });
});

describe('S/RES/1 (1946): a preamble with no "The Security Council," and no participle, then "Therefore"', () => {
  const lines = [
    'MILITARY STAFF COMMITTEE',
    '',
    '1 (1946) Resolution of 25 January 1946',
    '',
    'By Article 47 of the Charter, the United Nations have agreed that there shall be established a Military Staff Committee to advise and assist the Security Council and that the Military Staff Committee shall consist of the Chiefs of Staff of the permanent members of the Security Council or their representatives ;',
    '',
    'Therefore',
    '',
    '1. The Security Council requests the permanent members of the Security Council to direct their Chiefs of Staff to meet, or to appoint representatives who shall meet at London on 1 February 1946 ;',
    '',
    '2. The Security Council directs that the Chiefs of Staff or their representatives, when so assembled, shall constitute the Military Staff Committee referred to above ;',
    '',
    'Adopted at the 2nd meeting.',
  ];

  it('"By Article 47 of the Charter, ... ;" is PP1 (it was lost: the body started at "1."), "Therefore" heads nothing', () => {
    const [r] = segmentLines(lines, 'S_RES_0001_1946.txt');
    expect(paragraphIds(r!)).toBe('PP1 OP1 OP2');
    expect(r!.paragraphs[0]!.text).toMatch(/^By Article 47 of the Charter, /);
    expect(r!.paragraphs[1]!.heading).toBeUndefined();
  });

  it('guard: with no "Therefore", the unnumbered paragraph before "1." is no preamble (kept as the operative OP0)', () => {
    const [r] = segmentLines(lines.filter((l) => l !== 'Therefore'), 'S_RES_0001_1946.txt');
    expect(paragraphIds(r!)).toBe('OP0 OP1 OP2');
  });

  it('guard: "Resolution 338 (1973)" with its date line and "The Security Council" opener keeps its paragraphs', () => {
    const [r] = segmentLines(
      ['Resolution 338 (1973)', 'of 22 October 1973', '', 'The Security Council', '', '1. Calls upon all parties to the present fighting to cease all firing;', '', '2. Decides that negotiations shall start.', '', 'Adopted at the 1747th meeting by 14 votes to none'],
      'S_RES_0338_1973.txt',
    );
    expect(paragraphIds(r!)).toBe('OP1 OP2');
  });
});
