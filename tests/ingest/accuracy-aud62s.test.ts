// Session-62 audit aud62s: faults found annotating A/RES/79/286 (modalities of the high-level meeting on the appraisal of the
// Global Plan of Action to Combat Trafficking in Persons) and A/RES/79/169 (promotion of peace). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { findDates } from '../../ingest/recognize/dates.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, keys } = oneParagraph({ ctx: ctxOf('A/RES/79/286', '2025-04-29'), kind: 'operative' });

describe('two days of one sitting, each printed with its weekday: "on Monday, 24 November, and Tuesday, 25 November 2025"', () => {
  // (keyed with its year in the paragraph; the graph folds it into the meeting the text names)
  const MEETING = 'Event:high-level meeting of the General Assembly on the appraisal of the United Nations Global Plan of Action to Combat Trafficking in Persons @ 2025';
  const OP1 =
    'Decides that the two-day high-level meeting of the General Assembly on the appraisal of the United Nations Global Plan of Action to Combat Trafficking in Persons will be held on Monday, 24 November, and Tuesday, 25 November 2025, and will consist of: (a) A plenary meeting on 24 November from 10 a.m. to 1 p.m., including an opening segment to be held from 10 to 11 a.m.;';

  it('corpus-ga/A_RES_79_286.txt OP1: the meeting starts on the first day and ends on the second', () => {
    const att = attributions(OP1);
    expect(att).toContain(`STARTS_ON ${MEETING} -> Date:2025-11-24`);
    expect(att).toContain(`ENDS_ON ${MEETING} -> Date:2025-11-25`);
  });

  it('corpus-ga/A_RES_79_286.txt OP1: both days are dates of the paragraph', () => {
    expect(keys(OP1, 'Date:')).toEqual(expect.arrayContaining(['Date:2025-11-24', 'Date:2025-11-25']));
    expect(findDates('will be held on Monday, 24 November, and Tuesday, 25 November 2025, and').map((m) => m.key)).toEqual(['Date:2025-11-24', 'Date:2025-11-25']);
  });

  it('two such days that are not consecutive are two dates, no range', () => {
    expect(findDates('held on Monday, 24 November, and Friday, 28 November 2025').map((m) => m.key)).toEqual(['Date:2025-11-24', 'Date:2025-11-28']);
  });

  it('guard: two days of one year that are not consecutive stay two dates, no range ("on 5 October and 12 December 2023")', () => {
    expect(findDates('adopted on 5 October and 12 December 2023').map((m) => m.key)).toEqual(['Date:2023-10-05', 'Date:2023-12-12']);
  });

  it('guard: A/RES/79/288 OP1 one day after its weekday ("to be held in New York on Monday, 22 September 2025") keeps its one date', () => {
    expect(findDates('to be held in New York on Monday, 22 September 2025').map((m) => m.key)).toEqual(['Date:2025-09-22']);
    expect(findDates('on 30 November and 1 December 2023').map((m) => m.key)).toEqual(['Date:2023-11-30', 'Date:2023-12-01']);
  });
});
