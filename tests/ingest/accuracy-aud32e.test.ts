// Misses found by the session-32 audit aud32e (decolonization texts): the Special Committee's regional seminars named
// without their year beside it ("the programme of work for 2024 ..., in particular the Caribbean regional seminar") or in
// the plural with a list of years or of venues and dates. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_101: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/101', date: '2023-12-07' };
const GA_80_98: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/98', date: '2025-12-05' };
const GA_78_94: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/94', date: '2023-12-07' };

const seminars = (keys: string[]) => keys.filter((k) => k.includes('regional seminar'));

describe('a regional seminar of the programme of work of a year is that year’s seminar', () => {
  const { keys, relations } = oneParagraph({ ctx: GA_78_101, kind: 'operative' });

  it('A/RES/78/101 OP19: "the programme of work for 2024 is outlined, in particular the Caribbean regional seminar"', () => {
    const text =
      'Approves the report of the Special Committee covering its work during 2023, in which the programme of work for 2024 is outlined, in particular the Caribbean regional seminar and a visiting mission to one of the Territories on its agenda, in accordance with relevant United Nations resolutions on specific Territories;';
    expect(seminars(keys(text, 'Event:'))).toEqual(['Event:Caribbean regional seminar @ 2024']);
    expect(relations(text)).toContain('APPROVES Event:Caribbean regional seminar @ 2024');
  });

  it('guard: a seminar named with no year of its own stays the undated seminar', () => {
    const text = 'Stresses that the Territory should continue to participate in the Caribbean regional seminar, in order to provide the Committee with up-to-date information;';
    expect(seminars(keys(text, 'Event:'))).toEqual(['Event:Caribbean regional seminar']);
  });
});

describe('"the Pacific regional seminars in 2022, 2023 and 2025 and ... the Caribbean regional seminars held in <venue> from <dates>, ..."', () => {
  it('A/RES/80/98 PP25: one seminar per year, each with its own venue and days', () => {
    const { keys, relations, attributions } = oneParagraph({ ctx: GA_80_98, kind: 'preambular' });
    const text =
      'Taking note of the information provided by the administering Power at the Pacific regional seminars in 2022, 2023 and 2025 and at the Caribbean regional seminars held in Caracas from 14 to 16 May 2024, in the Parish of Saint John, Dominica, from 25 to 27 August 2021, in Grand Anse, Grenada, from 2 to 4 May 2019, and in Kingstown from 16 to 18 May 2017, respectively, as well as by New Caledonian parties at the seminars in 2017, 2022, 2023, 2024 and 2025 on developments in the Territory,';
    expect(seminars(keys(text, 'Event:')).sort()).toEqual([
      'Event:Caribbean regional seminar @ 2017',
      'Event:Caribbean regional seminar @ 2019',
      'Event:Caribbean regional seminar @ 2021',
      'Event:Caribbean regional seminar @ 2024',
      'Event:Pacific regional seminar @ 2022',
      'Event:Pacific regional seminar @ 2023',
      'Event:Pacific regional seminar @ 2025',
    ]);
    expect(relations(text)).toContain('NOTES Event:Caribbean regional seminar @ 2019');
    expect(relations(text)).toContain('NOTES Event:Pacific regional seminar @ 2025');
    const a = attributions(text);
    expect(a).toContain('HELD_IN Event:Caribbean regional seminar @ 2024 -> Place:Caracas');
    expect(a).toContain('HELD_IN Event:Caribbean regional seminar @ 2019 -> Place:Grand Anse');
    expect(a).toContain('HELD_IN Event:Caribbean regional seminar @ 2017 -> Place:Kingstown');
    expect(a).toContain('STARTS_ON Event:Caribbean regional seminar @ 2021 -> Date:2021-08-25');
    expect(a).toContain('ENDS_ON Event:Caribbean regional seminar @ 2017 -> Date:2017-05-18');
    // (each venue is its own seminar's, not the one named before it)
    expect(a).not.toContain('HELD_IN Event:Caribbean regional seminar @ 2021 -> Place:Grand Anse');
    expect(a).not.toContain('HELD_IN Event:Caribbean regional seminar @ 2019 -> Place:Kingstown');
  });

  it('A/RES/78/94 PP24: the list that starts with the Parish of Saint John', () => {
    const { keys } = oneParagraph({ ctx: GA_78_94, kind: 'preambular' });
    const text =
      'Taking note of the information provided by the administering Power at the Pacific regional seminars in 2022 and 2023 and at the Caribbean regional seminars held in the Parish of Saint John, Dominica, from 25 to 27 August 2021, in Grand Anse, Grenada, from 2 to 4 May 2019, and in Kingstown from 16 to 18 May 2017, respectively,';
    expect(seminars(keys(text, 'Event:')).sort()).toEqual([
      'Event:Caribbean regional seminar @ 2017',
      'Event:Caribbean regional seminar @ 2019',
      'Event:Caribbean regional seminar @ 2021',
      'Event:Pacific regional seminar @ 2022',
      'Event:Pacific regional seminar @ 2023',
    ]);
  });

  it('guard: the plural with no list after it names no seminar ("the Pacific and the Caribbean regional seminars on ...")', () => {
    const { keys } = oneParagraph({ ctx: GA_78_94, kind: 'preambular' });
    const text =
      'Recalling also the information presented to the Pacific and the Caribbean regional seminars on the implementation of the Third and Fourth International Decades for the Eradication of Colonialism,';
    expect(seminars(keys(text, 'Event:'))).toEqual([]);
  });
});
