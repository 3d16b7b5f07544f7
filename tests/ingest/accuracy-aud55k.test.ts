// Session-55 audit aud55k: residual faults earlier sessions found and left open. Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/80/72', '2025-12-02'), kind: 'operative' });

describe('item 4: "during the high-level week of the General Assembly": the Assembly is the setting, not a target', () => {
  it('A/RES/80/72 OP3: "the launch on 27 September 2024, during the high-level week of the General Assembly ..., of the Global Alliance"', () => {
    const rel = relations(
      'Also welcomes the launch on 27 September 2024, during the high-level week of the General Assembly and upon the initiative of Saudi Arabia, Norway and the European Union, of the Global Alliance for the Implementation of the Two-State Solution and its first meeting, held in Riyadh on 30 and 31 October 2024;',
    );
    expect(rel).not.toContain('WELCOMES Organization:General Assembly');
    expect(rel).toContain('WELCOMES Initiative:Global Alliance for the Implementation of the Two-State Solution');
    expect(rel).toContain('WELCOMES Organization:European Union');
  });

  it('guard: A/RES/80/72 OP3 with "the work of the General Assembly" (the Assembly as topic stays the verb\'s)', () => {
    const rel = relations('Also welcomes the work of the General Assembly and the launch of the Global Alliance for the Implementation of the Two-State Solution;');
    expect(rel).toContain('WELCOMES Organization:General Assembly');
  });
});
