// Misses found by the session-30 audit aud30a: A/RES/80/62, 78/15, 78/247, 79/256, 79/26, 79/315, 80/241, 80/88, 79/3 and
// 80/114, and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/241', date: '2025-12-30' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });
const GA_KEY = 'Organization:General Assembly';

describe('a body named only as the actor of what the clause is about takes no verb edge (settled policy)', () => {
  it('A/RES/80/241 PP2: "Security Council resolution 2793 (2025) ..., in which the Council requested that the Secretary-General establish ..."', () => {
    const text =
      'Recalling Security Council resolution 2793 (2025) of 30 September 2025, in which the Council requested that the Secretary-General establish the United Nations Support Office in Haiti to provide support, primarily to the Gang Suppression Force,';
    const r = relations(text);
    expect(r).not.toContain('RECALLS Organization:Security Council');
    expect(r).toEqual(
      expect.arrayContaining([
        'RECALLS Resolution:S/RES/2793(2025)',
        'RECALLS Organization:Secretary-General of the United Nations',
        'RECALLS Organization:United Nations Support Office in Haiti',
      ]),
    );
    // the paragraph still mentions the Council
    expect(keys(text, 'Organization:Security Council')).toEqual(['Organization:Security Council']);
  });

  it('A/RES/79/177 PP4: "the Paris Principles), welcomed by the General Assembly in its resolution 48/134"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/177', date: '2024-12-17' };
    const text =
      'Recalling the principles relating to the status of national institutions for the promotion and protection of human rights (the Paris Principles), welcomed by the General Assembly in its resolution 48/134 of 20 December 1993 and annexed thereto,';
    const r = relations(text, 'preambular', ctx);
    expect(r).not.toContain(`RECALLS ${GA_KEY}`);
    expect(r).toEqual(expect.arrayContaining(['RECALLS Framework:Paris Principles', 'RECALLS Resolution:A/RES/48/134']));
  });

  it('A/RES/79/3 PP2: "the expenses of the Organization as apportioned by the General Assembly"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/3', date: '2024-10-09' };
    const text = 'Reaffirming the obligation of Member States under Article 17 of the Charter of the United Nations to bear the expenses of the Organization as apportioned by the General Assembly,';
    const r = relations(text, 'preambular', ctx);
    expect(r).not.toContain(`REAFFIRMS ${GA_KEY}`);
    expect(r).toContain('REAFFIRMS Framework:Charter of the United Nations');
  });

  it('A/RES/78/125 PP3: "resolution 76/258 of 1 April 2022, by which the General Assembly endorsed the Doha Programme of Action"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/125', date: '2023-12-08' };
    const text =
      'Recalling its resolution 76/258 of 1 April 2022, by which the General Assembly endorsed the Doha Programme of Action for the Least Developed Countries for the Decade 2022–2031,';
    const r = relations(text, 'preambular', ctx);
    expect(r).not.toContain(`RECALLS ${GA_KEY}`);
    expect(r).toContain('RECALLS Resolution:A/RES/76/258');
  });

  it('guard: a body the relative clause acts upon keeps its edge ("in which the General Assembly was requested to undertake")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/132', date: '2023-12-19' };
    const text =
      'Recalling the outcome document of the high-level meeting, adopted on 16 December 2015, in which the General Assembly was requested to undertake the overall review of the implementation,';
    expect(relations(text, 'preambular', ctx)).toContain(`RECALLS ${GA_KEY}`);
  });

  it('guard: the Assembly addressed, not acting ("Requests the Secretary-General to report to the General Assembly")', () => {
    const text = 'Requests the Secretary-General to report to the General Assembly at its eighty-first session on the implementation of the present resolution;';
    expect(relations(text, 'operative')).toContain(`REQUESTS ${GA_KEY}`);
  });

  it('guard: another body as a participle\'s agent keeps its edge ("the steps taken by the Secretary-General")', () => {
    const text = 'Welcomes the steps taken by the Secretary-General thus far to strengthen partnerships;';
    expect(relations(text, 'operative')).toContain('WELCOMES Organization:Secretary-General of the United Nations');
  });
});
