// Misses found by the session-29 audit aud29f: A/RES/80/215 (human rights in the context of digital technologies) and
// A/RES/80/199 (the Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic
// Minorities), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/199', date: '2025-12-18' };

const { attributions, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });
const dated = (text: string, ctx: RecognizeContext = { ...GA }): string[] =>
  attributions(text, 'operative', ctx).filter((a) => a.startsWith('STARTS_ON') || a.startsWith('ENDS_ON'));

describe('the date printed between the noun of a sitting\'s holding and its name dates the sitting', () => {
  it('A/RES/80/199 OP15: "the successful completion, in December 2024, of the seventeenth session of the Forum on Minority Issues"', () => {
    const text =
      'Expresses its appreciation for the successful completion, in December 2024, of the seventeenth session of the Forum on Minority Issues, on the theme “Minority representation and self-representation in public spaces and discourses”, which, as part of its outcome, produced recommendations to guide policy and practice at the local, national and international levels;';
    expect(dated(text)).toEqual(['STARTS_ON Event:seventeenth session of the Forum on Minority Issues -> Date:2024-12']);
  });

  it('A/RES/78/203 OP12: "the convening, in 2023, of the seventh and eighth sessions of the Expert Mechanism": both sittings of the list', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/203', date: '2023-12-19' };
    const text =
      'Takes note of the convening, in 2023, of the seventh and eighth sessions of the Expert Mechanism on the Right to Development, established by the Human Rights Council in its resolution 42/23, and noting the annual report of the Expert Mechanism;';
    expect(dated(text, ctx)).toEqual([
      'STARTS_ON Event:seventh session of the Expert Mechanism on the Right to Development -> Date:2023',
      'STARTS_ON Event:eighth session of the Expert Mechanism on the Right to Development -> Date:2023',
    ]);
  });

  it('A/RES/79/170 OP12: the fronted year, not the date of the resolution that established the body', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/170', date: '2024-12-17' };
    const text =
      'Takes note of the convening, in 2024, of the ninth session of the Expert Mechanism on the Right to Development, established by the Human Rights Council in its resolution 42/23 of 27 September 2019;';
    expect(dated(text, ctx)).toEqual(['STARTS_ON Event:ninth session of the Expert Mechanism on the Right to Development -> Date:2024']);
  });

  it('a fronted range gives the start and the end ("the holding, from 3 to 6 February 2025, of the ninth session")', () => {
    const text = 'Welcomes the holding, from 3 to 6 February 2025, of the ninth session of the Expert Mechanism on the Right to Development;';
    expect(dated(text)).toEqual([
      'STARTS_ON Event:ninth session of the Expert Mechanism on the Right to Development -> Date:2025-02-03',
      'ENDS_ON Event:ninth session of the Expert Mechanism on the Right to Development -> Date:2025-02-06',
    ]);
  });

  it('guard: "the commemoration, on 17 October 2025, of the International Day for the Eradication of Poverty" (A/RES/80/148): a recurring day takes no date', () => {
    const text = 'Welcomes the commemoration, on 17 October 2025, of the International Day for the Eradication of Poverty;';
    expect(dated(text)).toEqual([]);
  });

  it('guard: a date before another noun is not the sitting\'s ("the report, in 2024, of the ninth session")', () => {
    const text = 'Takes note of the publication, in 2024, of the report of the ninth session of the Expert Mechanism on the Right to Development;';
    expect(dated(text)).toEqual([]);
  });
});

// (flipped by conv42b: the genre's annotations take the WSIS as one event held in both cities; a phase named by its ordinal is
// no mention of its own, the Summit is held in the phase's city on its days)
describe('a phase of the World Summit on the Information Society named by its ordinal is the Summit, held in that city on those days', () => {
  const WSIS = 'Event:World Summit on the Information Society';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/215', date: '2025-12-18' };

  it('A/RES/80/215 PP14: "the outcomes of the World Summit ... adopted at its first phase, held in Geneva ..., and at its second phase, held in Tunis ..."', () => {
    const text =
      'Recognizing also that Internet governance must continue to be global and multi‑stakeholder in nature, and reaffirming that Internet governance should continue to follow the provisions set forth in the outcomes of the World Summit on the Information Society adopted at its first phase, held in Geneva from 10 to 12 December 2003, and at its second phase, held in Tunis from 16 to 18 November 2005, including in relation to enhanced cooperation,';
    expect(keys(text, 'Event:', 'preambular', { ...ctx })).toEqual([WSIS]);
    expect(relations(text, 'preambular', { ...ctx }).filter((r) => r.includes('Event:'))).toEqual([`REAFFIRMS ${WSIS}`]);
    const a = attributions(text, 'preambular', { ...ctx });
    expect(a).toEqual(expect.arrayContaining([`HELD_IN ${WSIS} -> Place:Geneva`, `HELD_IN ${WSIS} -> Place:Tunis`, `STARTS_ON ${WSIS} -> Date:2003-12-10`, `STARTS_ON ${WSIS} -> Date:2005-11-16`]));
    expect(a.filter((x) => x.startsWith('PART_OF'))).toEqual([]);
  });

  it('A/RES/78/202 OP20: "the Declaration of Principles adopted at the first phase of the World Summit": the Summit adopted it, held in Geneva (accuracy-aud16g)', () => {
    const text =
      'Recognizes that, in the Declaration of Principles adopted at the first phase of the World Summit on the Information Society, held in Geneva from 10 to 12 December 2003, States were strongly urged to avoid and refrain from any unilateral measure;';
    expect(relations(text, 'operative', { ...ctx }).filter((r) => r.includes('Event:'))).toEqual([`RECOGNIZES ${WSIS}`]);
    expect(attributions(text, 'operative', { ...ctx })).toEqual(
      expect.arrayContaining([`ADOPTED ${WSIS} -> Framework:Geneva Declaration of Principles`, `HELD_IN ${WSIS} -> Place:Geneva`]),
    );
  });

  it('guard: the first phase of another thing is no phase of the Summit ("the launch of the first phase of the Tourism Observatory", A/RES/78/145 OP21)', () => {
    const text = 'Notes with appreciation the launch of the first phase of the Tourism Observatory of the Central American Integration System;';
    expect(keys(text, 'Event:', 'operative', { ...ctx })).toEqual([]);
  });

  it('guard: "at its first phase" after another event is not the Summit\'s', () => {
    const text = 'Welcomes the outcome of the Fourth International Conference on Financing for Development at its first phase;';
    expect(keys(text, 'Event:', 'operative', { ...ctx }).filter((k) => k.includes('World Summit'))).toEqual([]);
    expect(attributions(text, 'operative', { ...ctx }).filter((a) => a.includes('World Summit'))).toEqual([]);
  });
});

describe('the Guidance Note on Intersectionality, Racial Discrimination and Protection of Minorities', () => {
  it('A/RES/80/199 PP15: "noting the publication of the Guidance Note on Intersectionality, ... prepared by the United Nations network ..."', () => {
    const text =
      'Taking note in this regard of the publication entitled Protecting Minority Rights: A Practical Guide to Developing Comprehensive Anti-Discrimination Legislation, and noting the publication of the Guidance Note on Intersectionality, Racial Discrimination and Protection of Minorities prepared by the United Nations network on racial discrimination and protection of minorities,';
    expect(relations(text, 'preambular', { ...GA })).toContain('NOTES Framework:Guidance Note on Intersectionality, Racial Discrimination and Protection of Minorities');
  });

  it('guard: the United Nations Guidance Note on the Protection and Promotion of Civic Space keeps its key (A/RES/78/216 OP31)', () => {
    const text = 'Takes note of the United Nations Guidance Note on the Protection and Promotion of Civic Space;';
    expect(keys(text, 'Framework:', 'operative', { ...GA })).toEqual(['Framework:United Nations Guidance Note on the Protection and Promotion of Civic Space']);
  });
});

describe('a note citing an organization\'s records that annex a framework to a session\'s resolutions: the session ADOPTED it', () => {
  const SESSION41 = 'Event:forty-first session of the General Conference of the United Nations Educational, Scientific and Cultural Organization';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/215', date: '2025-12-18' };
  const NOTE41 =
    'United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021, vol. 1, Resolutions, annex VII.';

  it('A/RES/80/215 PP4: "the Recommendation on the Ethics of Artificial Intelligence of the United Nations Educational, Scientific and Cultural Organization,12"', () => {
    // (lead's ruling, session 56, reversing conv42c: a records note annexing the text to the session's resolutions states that
    // session's adoption of it, as a conference report's annex does)
    const text = 'Taking note with appreciation of the Recommendation on the Ethics of Artificial Intelligence of the United Nations Educational, Scientific and Cultural Organization,12';
    expect(footnotedAttributions('PP4', text, '12', 'Organization,12', NOTE41, { ...ctx })).toContain(`ADOPTED ${SESSION41} -> Framework:Recommendation on the Ethics of Artificial Intelligence`);
  });

  it('A/RES/80/148 PP21: "..., Resolutions, sect. V, resolution 25, annex I": the Universal Declaration on Cultural Diversity', () => {
    // (lead's ruling, session 56, reversing conv42c: the session whose resolutions annex the text ADOPTED it)
    const text = 'Recalling the Universal Declaration on Cultural Diversity,14 adopted by the General Conference,';
    const note =
      'United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Thirty-first Session, Paris, 15 October–3 November 2001, vol. 1 and corrigendum, Resolutions, sect. V, resolution 25, annex I.';
    const a = footnotedAttributions('PP21', text, '14', 'Diversity,14', note, { body: 'General Assembly', symbol: 'A/RES/80/148', date: '2025-12-15' });
    expect(a).toContain('ADOPTED Event:thirty-first session of the General Conference of the United Nations Educational, Scientific and Cultural Organization -> Framework:Universal Declaration on Cultural Diversity');
  });

  it('guard: records that cite a resolution without an annex adopt nothing ("Resolutions, sect. IV, resolution 43", A/RES/79/8)', () => {
    const text = 'Recalling the Recommendation on the Ethics of Artificial Intelligence,11';
    const note = 'United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Thirty-eighth Session, Paris, 3–18 November 2015, vol. 1, Resolutions, sect. IV, resolution 43.';
    expect(footnotedAttributions('PP19', text, '11', 'Intelligence,11', note, { ...ctx }).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: an organization named after a framework with a mark, not "of the", adopts nothing ("the Recommendation ..., and the United Nations Educational, Scientific and Cultural Organization,12")', () => {
    const text = 'Taking note of the Recommendation on the Ethics of Artificial Intelligence, and the work of the United Nations Educational, Scientific and Cultural Organization,12';
    expect(footnotedAttributions('PP4', text, '12', 'Organization,12', NOTE41, { ...ctx }).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});
