// Dates lost when a footnote mark is glued after the year's comma ("2003,4"): 716 such dates in corpus-ga.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../ingest/recognize/dates.js';

const isos = (text: string): string[] => findDates(text, {}).map((m) => m.attrs.iso as string);

describe('a footnote mark glued after the comma that follows a date', () => {
  it('A/RES/78/132 PP9: "held in Geneva from 10 to 12 December 2003,4 and endorsed"', () => {
    expect(isos('adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003,4 and endorsed by the General Assembly,5')).toEqual([
      '2003-12-10',
      '2003-12-12',
    ]);
  });

  it('a two- and three-digit mark: "of 25 September 2015,12" and "of 19 December 2024,113"', () => {
    expect(isos('Recalling its resolution 70/1 of 25 September 2015,12 entitled')).toEqual(['2015-09-25']);
    expect(isos('Recalling its resolution 79/200 of 19 December 2024,113 and')).toEqual(['2024-12-19']);
  });

  it('numbers are still no years: "1,014 pledges", "2003.5", "12345,6789"', () => {
    expect(isos('the 1,014 pledges in 2003.5 of the 12345,6789 items')).toEqual([]);
  });
});
