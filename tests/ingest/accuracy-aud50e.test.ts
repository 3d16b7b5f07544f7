// Misses found by the session-50 audit aud50e (gold set: A/RES/80/177 persons with albinism, 79/178 human rights and extreme
// poverty, 78/294 financing of the Regional Service Centre in Entebbe) and the same forms in other texts. Each case quotes the
// file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractParagraph } from '../../ingest/extract.js';
import { footnotedAttributions } from '../helpers/one-paragraph.js';

const GA79_178: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/178', date: '2024-12-17' };

describe('a note citing a sitting\'s "Final Report" by title after its publisher: where and when the sitting met', () => {
  const OP17 =
    'Reaffirms the critical role of quality education, also reaffirms in this context the Dakar Framework for Action, adopted at the World Education Forum on 28 April 2000,23 and the Incheon Declaration: Education 2030 – towards inclusive and equitable quality education and lifelong learning for all, adopted at the World Education Forum 2015,24 and recognizes the importance of the United Nations Educational, Scientific and Cultural Organization strategy for the eradication of poverty;';
  const DAKAR = 'Event:World Education Forum @ 2000';
  const INCHEON = 'Event:World Education Forum @ 2015';

  it('A/RES/79/178 OP17 note 23 (79/151 PP16 note 5): "See UNESCO, Final Report of the World Education Forum, Dakar, Senegal, 26–28 April 2000 (Paris, 2000)"', () => {
    const att = footnotedAttributions('OP17', OP17, '23', '2000,23', 'See United Nations Educational, Scientific and Cultural Organization, Final Report of the World Education Forum, Dakar, Senegal, 26–28 April 2000 (Paris, 2000).', GA79_178);
    expect(att).toEqual(expect.arrayContaining([`HELD_IN ${DAKAR} -> Place:Dakar`, `STARTS_ON ${DAKAR} -> Date:2000-04-26`, `ENDS_ON ${DAKAR} -> Date:2000-04-28`]));
    // (the imprint "(Paris, 2000)" is the report's publisher, no venue)
    expect(att.filter((a) => a.includes('Place:Paris'))).toEqual([]);
  });

  it('A/RES/79/178 OP17 note 24 (78/184, 79/156, 80/187): "Final Report of the World Education Forum 2015, Incheon, Republic of Korea, 19–22 May 2015"', () => {
    const att = footnotedAttributions('OP17', OP17, '24', '2015,24', 'See United Nations Educational, Scientific and Cultural Organization, Final Report of the World Education Forum 2015, Incheon, Republic of Korea, 19–22 May 2015 (Paris, 2015).', GA79_178);
    expect(att).toEqual(expect.arrayContaining([`HELD_IN ${INCHEON} -> Place:Incheon`, `STARTS_ON ${INCHEON} -> Date:2015-05-19`, `ENDS_ON ${INCHEON} -> Date:2015-05-22`]));
  });

  it('guard: a final report whose title names a body, not a sitting, gives no venue ("Final Report of the High-level Panel ..., New York, 2019")', () => {
    const text = 'Takes note of the final report of the High-level Panel on Digital Cooperation,5 and of its recommendations;';
    const att = footnotedAttributions('OP5', text, '5', 'Cooperation,5', 'See United Nations, Final Report of the High-level Panel on Digital Cooperation, New York, 10 June 2019.', GA79_178);
    expect(att.filter((a) => a.startsWith('HELD_IN') || a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('guard: "Final Report of the" inside a sentence of a note is no citation of a sitting\'s report', () => {
    const text = 'Recalls the meeting of the World Education Forum;5';
    const att = footnotedAttributions('OP5', text, '5', 'Forum;5', 'The recommendations in the Final Report of the World Education Forum, Dakar, Senegal, 26–28 April 2000, are noted.', GA79_178);
    expect(att.filter((a) => a.startsWith('HELD_IN') || a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

/** One paragraph with footnote marks at the places `after` (each the mark's own text, first printed there): its dates. */
function datesWithMarks(id: string, text: string, marks: { mark: string; after: string }[], ctx: RecognizeContext): string[] {
  const footnoteRefs = marks.map(({ mark, after }) => ({ mark, offset: text.indexOf(after) + after.length - mark.length, footnote: { mark, text: 'Resolution 78/1, annex.' } }));
  const x = extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs, subparagraphs: [] }, ctx);
  return x.mentions.filter((m) => m.kind === 'Date').map((m) => m.key);
}

describe('a year a footnote mark is glued to, after a preposition', () => {
  it('A/RES/79/178 PP13: "the High-Level Political Forum on Sustainable Development in 202315 convened under the auspices of the General Assembly": 2023', () => {
    const text =
      'Recalling that the Political Declaration adopted at the High-Level Political Forum on Sustainable Development in 202315 convened under the auspices of the General Assembly, as well as the Pact for the Future, 16 adopted by the General Assembly during the Summit for the Future, inter alia, emphasized that eradicating poverty remains the greatest global challenge,';
    expect(datesWithMarks('PP13', text, [{ mark: '15', after: '202315' }, { mark: '16', after: 'Future, 16' }], GA79_178)).toContain('Date:2023');
  });

  it('A/RES/80/117 OP5: "on the fight against tuberculosis in 20237 and on antimicrobial resistance in 2024,8": 2023 and 2024', () => {
    const text = 'Recalls the high-level meetings on pandemic prevention, preparedness and response in 2023,6 on the fight against tuberculosis in 20237 and on antimicrobial resistance in 2024,8 as appropriate;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/117', date: '2025-12-10' };
    const dates = datesWithMarks('OP5', text, [{ mark: '6', after: '2023,6' }, { mark: '7', after: '20237' }, { mark: '8', after: '2024,8' }], ctx);
    expect(dates.filter((d) => d === 'Date:2023')).toHaveLength(2);
    expect(dates).toContain('Date:2024');
  });

  it('guard: six digits after a preposition with no footnote mark there stay no year ("in 202011 cases")', () => {
    const text = 'Noting with concern the increase in 202011 cases reported by States,12';
    expect(datesWithMarks('PP3', text, [{ mark: '12', after: 'States,12' }], GA79_178)).toEqual([]);
  });

  it('guard: a mark glued to a year in a dated form is read once ("resolution 53/10 of 12 July 20238", 79/178 PP5)', () => {
    const text = 'Recalling further Human Rights Council resolution 53/10 of 12 July 20238 and its previous resolutions on human rights and extreme poverty,';
    expect(datesWithMarks('PP5', text, [{ mark: '8', after: '20238' }], GA79_178)).toEqual(['Date:2023-07-12']);
  });
});
