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

const RST = 'Initiative:Resilience and Sustainability Trust';

describe('"the Trust" printed alone after a trust of the Fund named in full: that trust', () => {
  it('A/RES/78/136 OP11: "the Resilience and Sustainability Trust of the International Monetary Fund ..., looks forward to the upcoming interim review of the Trust"', () => {
    const rel = relations(
      'Takes note with appreciation of the operationalization of the Resilience and Sustainability Trust of the International Monetary Fund to help eligible countries address longer-term structural challenges that pose macroeconomic risks, looks forward to the upcoming interim review of the Trust, and notes that debt sustainability and liquidity can play an important role in achieving a sustainable, inclusive and resilient recovery and the Sustainable Development Goals;',
      'operative',
    );
    expect(rel).toContain(`NOTES ${RST}`);
    expect(rel).toContain(`LOOKS_FORWARD_TO ${RST}`);
  });

  it('guard: "the Trust Fund" after a trust fund stays that fund (A/RES/79/236 OP17 form)', () => {
    const rel = relations(
      'Welcomes the contributions to the Pérez-Guerrero Trust Fund for South-South Cooperation, and acknowledges the Trust Fund’s effectiveness;',
      'operative',
    );
    expect(rel.filter((r) => r.startsWith('ACKNOWLEDGES ') && r.includes('Trust Fund'))).not.toEqual([]);
    expect(rel.filter((r) => r.includes(RST))).toEqual([]);
  });
});
