// Misses found by the session-19 audit aud19f: A/RES/79/194 and 80/173 (ICT for sustainable development, WSIS+20
// outcome), A/RES/79/239 (AI in the military domain) and the ECOSOC WSIS draft (seeds/), and the same forms in other
// texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/194', date: '2024-12-19' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const CSTD = 'Commission on Science and Technology for Development';

describe('"the <ordinal> session" right after the previous session of a body named in the paragraph is that body’s next one', () => {
  it('A/RES/79/194 PP20 (78/132 PP19, 80/118 PP21): "the twenty-seventh session of the Commission ..., and looking forward to the twenty-eighth session"', () => {
    const text =
      'Noting also the holding of the twenty-seventh session of the Commission on Science and Technology for Development from 15 to 19 April 2024, and looking forward to the twenty-eighth session, which will have as priority themes “Diversifying economies in a world of accelerated digitalization” and “Technology foresight and technology assessment for sustainable development”, thus providing a platform for all stakeholders to share experiences and pursue partnerships for capacity-building,';
    expect(relations(text)).toContain(`LOOKS_FORWARD_TO Event:twenty-eighth session of the ${CSTD}`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text)).toContain(`SESSION_OF Event:twenty-eighth session of the ${CSTD} -> Organization:${CSTD}`);
    // the dates stay the twenty-seventh's
    expect(attributions(text).filter((a) => a.includes('twenty-eighth') && a.includes('Date:'))).toEqual([]);
  });

  it('A/RES/80/6 OP30: "to hold its twenty-fourth session in The Hague, looks forward to the twenty-fifth session, scheduled to be held from 7 to 17 December 2026"', () => {
    const text =
      'Also welcomes the decision of the Assembly of States Parties to the Rome Statute of the International Criminal Court at its twenty-third session, while recalling that, according to article 112, paragraph 6, of the Rome Statute, the Assembly of States Parties shall meet at the seat of the Court or at United Nations Headquarters, to hold its twenty-fourth session in The Hague, looks forward to the twenty-fifth session, scheduled to be held from 7 to 17 December 2026, and requests the Secretary-General to provide the necessary services and facilities;';
    const asp = 'Assembly of States Parties to the Rome Statute of the International Criminal Court';
    const attrs = attributions(text, 'operative', { ...GA, symbol: 'A/RES/80/6', date: '2025-11-05' });
    expect(attrs).toContain(`STARTS_ON Event:twenty-fifth session of the ${asp} -> Date:2026-12-07`);
    expect(attrs).not.toContain(`STARTS_ON Event:twenty-fourth session of the ${asp} -> Date:2026-12-07`);
  });

  it('A/RES/80/134 PP33: "the twenty-fifth session of the General Assembly of the World Tourism Organization, ..., and welcoming the convening of the twenty-sixth session"', () => {
    const text =
      'Recalling also the twenty-fifth session of the General Assembly of the World Tourism Organization, held in Uzbekistan, from 16 to 20 October 2023, and welcoming the convening of the twenty-sixth session, to be held in Riyadh, Saudi Arabia, from 7 to 11 November 2025,';
    const ev = 'Event:twenty-sixth session of the General Assembly of the World Tourism Organization';
    expect(relations(text, 'preambular', { ...GA, symbol: 'A/RES/80/134', date: '2025-12-15' })).toContain(`WELCOMES ${ev}`);
  });

  it('guard: not an ordinal other than the next one ("the thirtieth session" after the twenty-seventh)', () => {
    const text =
      'Noting also the holding of the twenty-seventh session of the Commission on Science and Technology for Development from 15 to 19 April 2024, and looking forward to the thirtieth session,';
    expect(keys(text, 'Event:').filter((k) => k.includes('thirtieth'))).toEqual([]);
  });

  it('guard: "the eightieth session" in a General Assembly text stays the Assembly’s', () => {
    const text =
      'Noting the seventy-ninth session of the Commission on the Status of Women, and looking forward to the eightieth session,';
    expect(keys(text, 'Event:')).not.toContain('Event:eightieth session of the Commission on the Status of Women');
  });
});

describe('a meeting whose outcome document a dated resolution adopted is that year’s meeting', () => {
  const HLM = 'Event:high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society';

  it('ECOSOC WSIS draft (seeds/) PP5, A/RES/78/311 PP2: "resolution 70/125 of 16 December 2015, entitled “Outcome document of the high-level meeting ...”"', () => {
    const text =
      'Recalling also General Assembly resolution 70/125 of 16 December 2015, entitled “Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society”, in which the Assembly reaffirmed the World Summit vision of a people-centred, inclusive and development-oriented information society,';
    const ctx: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/2025/31 draft resolution I', date: '2025-07-01' };
    // (keyed "high-level meeting on ..." once in the graph: graph/build.ts mergeAssemblyMeetings)
    expect(relations(text, 'preambular', ctx)).toContain(`RECALLS ${HLM.replace(' on ', ' of the General Assembly on ')} @ 2015`);
  });

  it('A/RES/80/173 PP1: "the outcome document of the high-level meeting ..., adopted by the General Assembly in its resolution 70/125 of 16 December 2015"', () => {
    const text =
      'Recalling the outcome document of the high-level meeting on the overall review of the implementation of the outcomes of the World Summit, adopted by the General Assembly in its resolution 70/125 of 16 December 2015, which requested that the Assembly hold a further high-level meeting in 2025,';
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/80/173', date: '2025-12-17' };
    // ("the World Summit" is the World Summit on the Information Society named earlier in the resolution)
    expect(relations(text, 'preambular', ctx)).toContain(`RECALLS ${HLM.replace(' on the Information Society', '')} @ 2015`);
    // no day or year is printed for the meeting: no date edge
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('A/RES/78/148 PP7: "resolution 76/294 of 30 June 2022, entitled “Political declaration of the high-level meeting on improving global road safety”"', () => {
    const text =
      'Recalling its resolution 76/294 of 30 June 2022, entitled “Political declaration of the high-level meeting on improving global road safety”,';
    expect(keys(text, 'Event:', 'preambular', { ...GA, symbol: 'A/RES/78/148', date: '2023-12-18' })).toContain('Event:high-level meeting on improving global road safety @ 2022');
  });

  it('guard: a title that is not the meeting’s outcome ("Preparations for the high-level meeting ...") dates nothing', () => {
    const text =
      'Recalling its resolution 70/125 of 16 December 2015, entitled “Preparations for the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society”,';
    expect(keys(text, 'Event:').filter((k) => k.includes(' @ '))).toEqual([]);
  });
});

// (flipped by conv42b: the genre's annotations take the WSIS as one event held in both cities, not two phase entities)
describe('"the summits held in Geneva and Tunis" are the World Summit on the Information Society, held in both cities', () => {
  const WSIS = 'Event:World Summit on the Information Society';

  it('A/RES/79/194 PP43 (78/132, 80/118): "should continue to follow the provisions set forth in the outcomes of the summits held in Geneva and Tunis"', () => {
    const text =
      'Reaffirming also that Internet governance, including the process towards enhanced cooperation and the convening of the Internet Governance Forum, should continue to follow the provisions set forth in the outcomes of the summits held in Geneva and Tunis,';
    expect(relations(text)).toContain(`REAFFIRMS ${WSIS}`);
    expect(keys(text, 'Event:').filter((k) => k.includes('phase'))).toEqual([]);
    // the cities are its venues, not verb targets
    expect(keys(text, 'Place:')).toEqual(['Place:Geneva', 'Place:Tunis']);
    expect(relations(text).filter((r) => r.includes('Place:'))).toEqual([]);
    expect(attributions(text)).toEqual(expect.arrayContaining([`HELD_IN ${WSIS} -> Place:Geneva`, `HELD_IN ${WSIS} -> Place:Tunis`]));
  });

  it('A/RES/80/173 OP91: "We reaffirm that Internet governance should continue to follow the provisions set forth in the outcomes of the summits held in Geneva and Tunis"', () => {
    const text =
      'We recognize that Internet governance must continue to be global and multi-stakeholder in nature. We reaffirm that Internet governance should continue to follow the provisions set forth in the outcomes of the summits held in Geneva and Tunis, including in relation to enhanced cooperation.';
    expect(relations(text, 'operative', { ...GA, symbol: 'A/RES/80/173', date: '2025-12-17' })).toContain(`REAFFIRMS ${WSIS}`);
  });

  it('guard: only "summits" held in the two cities are the Summit ("the expert meeting held in Geneva and Tunis")', () => {
    const text = 'Recalling the expert meeting held in Geneva and Tunis in 2019,';
    expect(keys(text, 'Event:World Summit')).toEqual([]);
  });
});
