// Session-57 audit aud57z: residuals of the gold of A/RES/78/136 (International financial system and development). Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/136', '2023-12-19'), kind: 'preambular' });

const GROUP = 'Organization:Global Crisis Response Group on Food, Energy and Finance';

describe('"its" after a clause naming one organization and the person\'s office that chairs it: the organization', () => {
  it('A/RES/78/136 PP11: "the Global Crisis Response Group ..., chaired and convened by the Secretary-General, and taking note of its briefs"', () => {
    const rel = relations(
      'Recalling the establishment of the Global Crisis Response Group on Food, Energy and Finance, chaired and convened by the Secretary-General, and taking note of its briefs on the three-dimensional crisis,',
    );
    expect(rel).toContain(`RECALLS ${GROUP}`);
    expect(rel).toContain(`NOTES ${GROUP}`);
    // (the office is no antecedent of "its")
    expect(rel.filter((r) => r.startsWith('NOTES Organization:Secretary-General'))).toEqual([]);
  });

  it('guard: the same clause naming a second organization leaves "its" unresolved', () => {
    const rel = relations(
      'Recalling the establishment of the Global Crisis Response Group on Food, Energy and Finance and the work of the Economic and Social Council, chaired and convened by the Secretary-General, and taking note of its briefs on the three-dimensional crisis,',
    );
    expect(rel.filter((r) => r.startsWith('NOTES '))).toEqual([]);
  });

  it('guard: "his" still stands for the office alone ("and notes with appreciation his call to action")', () => {
    const rel = relations(
      'Welcomes the report of the Secretary-General on the Global Crisis Response Group on Food, Energy and Finance, and notes with appreciation his call to action,',
      'operative',
    );
    expect(rel.filter((r) => r.startsWith('NOTES ') && r.includes(GROUP))).toEqual([]);
  });
});
