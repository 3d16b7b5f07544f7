// Misses found by the session-29 audit aud29i: the ECOSOC WSIS draft (seed 000_a671e0a3fb8a7acb, E/2025/31 draft resolution I),
// A/RES/79/277 (modalities of the WSIS overall review) and A/RES/80/173 (its outcome document), and the same forms in the other
// WSIS texts: each review of the Summit's outcomes is one node in every text. Each case quotes the file and paragraph; each fix
// has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const { extract, keys, relations, attributions } = oneParagraph({ ctx: { body: 'General Assembly' }, kind: 'operative' });

const REVIEW_2025 = 'Event:high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society @ 2025';
const REVIEW_2015 = 'Event:high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society @ 2015';

describe('A/RES/79/277: the high-level meeting of the modalities text is the 2025 overall review', () => {
  const PP4 =
    'Recalling its resolution 79/194 of 19 December 2024 and, in particular, paragraph 62 thereof, in which it decided to finalize the modalities for the overall review by the General Assembly of the implementation of the outcomes of the World Summit on the Information Society to be held in 2025 in accordance with paragraph 71 of General Assembly resolution 70/125 of 16 December 2015,';
  const OP1 =
    'Decides that the overall review will be concluded by a two-day high-level meeting of the General Assembly, to be preceded by an intergovernmental preparatory process that also takes into account inputs from all relevant stakeholders of the World Summit on the Information Society;';
  const OP2 =
    'Also decides to convene the high-level meeting of the General Assembly, at the highest possible level, on 16 and 17 December 2025, in accordance with the rules of procedure of the General Assembly;';
  const OP6 =
    'Decides that during the preparatory process for the high-level meeting, the President of the General Assembly will organize informal interactive consultations with all relevant stakeholders of the World Summit on the Information Society, in order to collect their inputs for the intergovernmental negotiation process.';

  it('OP1 "the overall review will be concluded by a two-day high-level meeting of the General Assembly", OP2 "to convene the high-level meeting of the General Assembly, ..., on 16 and 17 December 2025", OP6 "the high-level meeting"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/277', date: '2025-03-25' };
    expect(keys(PP4, 'Event:high-level', 'preambular', ctx)).toEqual([REVIEW_2025]);
    expect(relations(OP1, 'operative', ctx)).toContain(`DECIDES ${REVIEW_2025}`);
    // ("the overall review" printed bare is that review too, aud30h: one node, two mentions)
    expect([...new Set(keys(OP1, 'Event:high-level', 'operative', ctx))]).toEqual([REVIEW_2025]);
    expect(keys(OP2, 'Event:high-level', 'operative', ctx)).toEqual([REVIEW_2025]);
    // (its own dates, as printed)
    expect(attributions(OP2, 'operative', ctx)).toEqual(expect.arrayContaining([`STARTS_ON ${REVIEW_2025} -> Date:2025-12-16`, `ENDS_ON ${REVIEW_2025} -> Date:2025-12-17`]));
    expect(keys(OP6, 'Event:high-level', 'operative', ctx)).toEqual([REVIEW_2025]);
  });

  it('guard: "to convene a one-day high-level meeting of the General Assembly in the margins of ..." (A/RES/78/182 OP20) stays a new sitting of its own', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/182', date: '2023-12-19' };
    const text =
      'Decides to convene a one-day high-level meeting of the General Assembly in the margins of the general debate of its eightieth session to appraise the United Nations Global Plan of Action to Combat Trafficking in Persons;';
    expect(keys(text, 'Event:high-level', 'operative', ctx)).toEqual(['Event:high-level meeting of the General Assembly (A/RES/78/182)']);
  });

  it('guard: a dated sitting of another year than the meeting named before keeps its own key', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/277', date: '2025-03-25' };
    extract(PP4, 'preambular', ctx);
    const text = 'Recalls the high-level meeting of the General Assembly held on 17 February 2017;';
    expect(keys(text, 'Event:high-level', 'operative', ctx)).toEqual(['Event:high-level meeting of the General Assembly @ 2017-02-17']);
  });
});

describe('the outcome document of the overall review, printed without a date before December 2025, is of the 2015 meeting', () => {
  it('A/RES/79/175 PP3: "Recalling also the outcome document of the high-level meeting of the General Assembly on the overall review of ... the World Summit on the Information Society,15"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/175', date: '2024-12-17' };
    const text =
      'Recalling also the outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society,15';
    // (the paragraph's key keeps "of the General Assembly"; the graph's node is REVIEW_2015, eventKey)
    expect(keys(text, 'Event:high-level', 'preambular', ctx)).toEqual([`${REVIEW_2015.replace(' meeting on', ' meeting of the General Assembly on')}`]);
  });

  it('guard: in a text of 2026 the undated outcome document is not read as of 2015', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/81/1', date: '2026-12-17' };
    const text =
      'Recalling also the outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society,';
    expect(keys(text, 'Event:high-level', 'preambular', ctx)).not.toContain(REVIEW_2015);
  });
});

describe('"the World Summit 20-year review" is the 2025 overall review; "the 10-year review of the World Summit" the 2015 one', () => {
  const ECOSOC: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/2025/31 draft resolution I', date: '2025-07-29' };

  it('seed 000_a671e0a3fb8a7acb OP131: "Recommends that, as an outcome of the World Summit 20-year review, the Global Digital Compact commitments be integrated ..."', () => {
    const text =
      'Recommends that, as an outcome of the World Summit 20-year review, the Global Digital Compact commitments be integrated, as appropriate, by the corresponding facilitators into the work of the World Summit action lines;';
    expect(relations(text, 'operative', { ...ECOSOC })).toContain(`RECOMMENDS ${REVIEW_2025}`);
  });

  it('seed OP136: "the negotiations of the World Summit 20-year review and follow-up in Geneva and New York": the negotiations are there, not the review', () => {
    const text =
      'Stresses the need for an ongoing open, inclusive and transparent process for the negotiations of the World Summit 20-year review and follow-up in Geneva and New York that should include informal consultations with Member States, observers and stakeholders;';
    expect(relations(text, 'operative', { ...ECOSOC })).toContain(`EMPHASIZES ${REVIEW_2025}`);
    expect(attributions(text, 'operative', { ...ECOSOC }).filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });

  it('seed OP3: "the vision of the 10-year review of the World Summit beyond 2015"; A/RES/80/173 OP14 "the 20-year review of the World Summit"', () => {
    const op3 = 'Reaffirms its commitment to the full implementation of the outcomes of the World Summit and the vision of the 10-year review of the World Summit beyond 2015;';
    // (aud44c: and the summit the review reviews, as the seed gold's OP3 REAFFIRMS WSIS)
    expect(relations(op3, 'operative', { ...ECOSOC })).toEqual([`REAFFIRMS ${REVIEW_2015}`, 'REAFFIRMS Event:World Summit on the Information Society']);
    const ga: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/173', date: '2025-12-17' };
    const op14 = 'We recognize the importance of closing these digital divides as a core priority of the 20-year review of the World Summit.';
    expect(keys(op14, 'Event:', 'operative', ga)).toEqual([REVIEW_2025, 'Event:World Summit on the Information Society']);
  });

  it('guard: "the high-level plenary meeting of the General Assembly on the 20-year review of ..." (A/RES/80/173 OP0) is the meeting named in full, one mention', () => {
    const ga: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/173', date: '2025-12-17' };
    const text =
      'We, the Ministers and heads of delegations participating in the high-level plenary meeting of the General Assembly on the 20-year review of the implementation of the outcomes of the World Summit on the Information Society, held in New York on 16 and 17 December 2025,';
    // (the paragraph's key as printed, "plenary meeting of the General Assembly"; the graph's node is REVIEW_2025, eventKey)
    expect(keys(text, 'Event:', 'preambular', ga)).toEqual([`${REVIEW_2025.replace(' meeting on', ' plenary meeting of the General Assembly on')}`]);
  });

  it('guard: "the 20-year review report prepared by the Commission" (A/RES/80/173 PP7) names no review of the Summit', () => {
    const ga: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/173', date: '2025-12-17' };
    const text = 'Building on the 20-year review report prepared by the Commission on Science and Technology for Development in April 2025,';
    expect(keys(text, 'Event:high-level', 'preambular', ga)).toEqual([]);
  });
});

describe('the WSIS+20 High-level Event 2025 is the "WSIS+20 Forum High-level Event" of 2025', () => {
  const ECOSOC: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/2025/31 draft resolution I', date: '2025-07-29' };
  const HLE_2025 = 'Event:WSIS+20 Forum High-level Event @ 2025';

  it('seed 000_a671e0a3fb8a7acb OP102: "Invites all stakeholders to take an active part in the WSIS+20 High-level Event 2025 in Geneva"', () => {
    const text =
      'Invites all stakeholders to take an active part in the WSIS+20 High-level Event 2025 in Geneva, including the multi-stakeholder consultations on achievements, key trends, challenges and opportunities on World Summit action lines;';
    expect(relations(text, 'operative', { ...ECOSOC })).toContain(`INVITES ${HLE_2025}`);
    expect(attributions(text, 'operative', { ...ECOSOC })).toContain(`HELD_IN ${HLE_2025} -> Place:Geneva`);
  });

  it('A/RES/79/277 PP8: "looking forward to the “WSIS+20 Forum High-level Event”, to be held in Geneva in 2025" (the same node)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/277', date: '2025-03-25' };
    const text = 'Noting also the holding of the World Summit on the Information Society Forum, and looking forward to the “WSIS+20 Forum High-level Event”, to be held in Geneva in 2025,';
    expect(relations(text, 'preambular', ctx)).toContain(`LOOKS_FORWARD_TO ${HLE_2025}`);
  });

  it('guard: the 2024 edition keeps its year (seed OP77 "the World Summit on the Information Society (WSIS)+20 Forum High-level Event 2024")', () => {
    const text =
      'Notes the holding of the World Summit on the Information Society (WSIS)+20 Forum High-level Event 2024, hosted by the International Telecommunication Union in Geneva, from 27 to 31 May 2024;';
    expect(keys(text, 'Event:WSIS', 'operative', { ...ECOSOC })).toEqual(['Event:WSIS+20 Forum High-level Event @ 2024']);
  });
});

describe('"the modalities for the overall review ..." with no year, between the 2015 and 2025 outcomes, is the 2025 review', () => {
  const TEXT =
    'Decides to finalize the modalities for the overall review by the General Assembly of the implementation of the outcomes of the World Summit on the Information Society, in accordance with paragraph 71 of General Assembly resolution 70/125;';

  it('A/RES/79/194 OP62: "Decides to finalize the modalities for the overall review by the General Assembly of ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/194', date: '2024-12-19' };
    expect(relations(TEXT, 'operative', ctx)).toContain(`DECIDES ${REVIEW_2025}`);
  });

  it('A/RES/80/118 OP66: "Takes note of the modalities resolution for the overall review by the General Assembly of ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' };
    const text =
      'Takes note of the modalities resolution for the overall review by the General Assembly of the implementation of the outcomes of the World Summit on the Information Society, as contained in General Assembly resolution 79/277;';
    expect(relations(text, 'operative', ctx)).toContain(`NOTES ${REVIEW_2025}`);
  });

  it('guard: the same words in a text of 2014 (the modalities of the 2015 review) are not the 2025 review', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/69/204', date: '2014-12-19' };
    expect(keys(TEXT, 'Event:high-level', 'operative', ctx)).toEqual([]);
  });
});
