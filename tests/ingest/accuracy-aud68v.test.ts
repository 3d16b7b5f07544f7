// Session-68 audit aud68v: A/RES/78/119 (strengthening of the coordination of emergency humanitarian assistance of the United
// Nations; gold tests/gold/aud68v-A_RES_78_119.gold.tsv) and its sister text 79/140. Each case quotes the file and paragraph it
// comes from; the fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys } = oneParagraph({ ctx: ctxOf('A/RES/78/119', '2023-12-08'), kind: 'operative' });

describe('a session named by its year after "of" ("at its substantive session of 2023"): the year is a date the paragraph states', () => {
  it('A/RES/78/119 OP1: "the twenty-sixth humanitarian affairs segment of the Economic and Social Council at its substantive session of 2023"', () => {
    const text =
      'Welcomes the outcome of the twenty-sixth humanitarian affairs segment of the Economic and Social Council at its substantive session of 2023, 15 and also welcomes the adoption of Economic and Social Council resolution 2023/16 of 23 June 2023;';
    expect(keys(text, 'Date:')).toEqual(['Date:2023-06-23', 'Date:2023']);
    // (the session itself is unchanged)
    expect(keys(text, 'Event:')).toContain('Event:2023 session of the Economic and Social Council');
  });

  it('A/RES/79/140 OP1: "at its substantive session of 2024"', () => {
    const text =
      'Welcomes the outcome of the twenty-seventh humanitarian affairs segment of the Economic and Social Council at its substantive session of 2024, 15 and also welcomes the adoption of Economic and Social Council resolution 2024/8 of 27 June 2024;';
    expect(keys(text, 'Date:', 'operative', ctxOf('A/RES/79/140', '2024-12-17'))).toContain('Date:2024');
  });

  it('A/RES/78/20 PP19: the Disarmament Commission\'s session, dated by its STARTS_ON already, keeps one Date mention', () => {
    const text =
      'Welcoming the adoption by consensus of the recommendations of the Disarmament Commission at its substantive session of 2023,';
    expect(keys(text, 'Date:', 'preambular', ctxOf('A/RES/78/20', '2023-12-04'))).toEqual(['Date:2023']);
  });

  it('guard: A/RES/78/119 PP29 "the Geneva Conventions of 1949": an instrument holding its year, no date (aud66a)', () => {
    const text =
      'Recognizing the importance of international humanitarian law, including the Geneva Conventions of 1949, 14 which provides a vital legal framework for the protection of civilian persons in time of war,';
    expect(keys(text, 'Date:', 'preambular')).toEqual([]);
  });
});
