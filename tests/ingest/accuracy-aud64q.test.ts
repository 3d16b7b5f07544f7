// Session-64 audit aud64q: A/RES/78/9 (the United Nations Special Programme for the Economies of Central Asia), A/RES/78/259
// (International Day of Science, Technology and Innovation for the South), A/RES/79/272 (eightieth anniversary of the end of
// the Second World War), A/RES/79/49 (depleted uranium). Each case quotes the file and paragraph it comes from; each fix has a
// guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../ingest/recognize/dates.js';

const dates = (t: string): string[] => findDates(t).map((m) => m.key);

describe('"<Month> in <year>": the month of that year', () => {
  it('A/RES/79/272 OP2: "a special solemn meeting ... in the second week of May in 2025 and every five years thereafter"', () => {
    const OP2 =
      'Requests the President of the General Assembly to hold a special solemn meeting of the General Assembly in commemoration of all victims of the Second World War in the second week of May in 2025 and every five years thereafter;';
    expect(dates(OP2)).toEqual(['Date:2025-05']);
  });

  it('guard: the verb "may" before "in 2025" is no month; "in May, in 2024" (a comma between) keeps the year alone', () => {
    expect(dates('Invites Member States that may in 2025 wish to do so to contribute;')).toEqual(['Date:2025']);
    expect(dates('Decides to hold the meeting in May, in 2024 and thereafter;')).toEqual(['Date:2024']);
  });

  it('guard: "in May 2025" and "in 2025" read as before', () => {
    expect(dates('to be held in New York in May 2025;')).toEqual(['Date:2025-05']);
    expect(dates('Notes that 2025 marks the anniversary, to be observed in 2025;')).toEqual(['Date:2025', 'Date:2025']);
  });
});
