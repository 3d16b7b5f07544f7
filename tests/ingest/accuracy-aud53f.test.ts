// Gaps found by the session-53 audit of two First Committee resolutions and one Sixth Committee resolution (helper aud53f; gold
// files tests/gold/aud53f-*.gold.tsv: A/RES/80/48, steps to a world without nuclear weapons; A/RES/79/55, radioactive sources
// and terrorists; A/RES/80/163, the Programme of Assistance in international law). Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
// - Hiroshima and Nagasaki are places the disarmament texts name (mentions; no verb target, as any place not addressed).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_79_55: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/55', date: '2024-12-02' };
const { keys, relations } = oneParagraph({ ctx: GA_79_55, kind: 'preambular' });

const GA_80_48: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/48', date: '2025-12-01' };

describe('Hiroshima and Nagasaki are places the disarmament texts name', () => {
  it('A/RES/80/48 PP2: "since the use of nuclear weapons in Hiroshima and Nagasaki": two places, no verb target (not addressed)', () => {
    const text = 'Recalling that it has been 80 years since the use of nuclear weapons in Hiroshima and Nagasaki,';
    expect(keys(text, 'Place:', 'preambular', GA_80_48)).toEqual(['Place:Hiroshima', 'Place:Nagasaki']);
    expect(relations(text, 'preambular', GA_80_48)).toEqual([]);
  });

  it('A/RES/80/48 PP19: "welcoming the visits of leaders, youth and others to Hiroshima and Nagasaki"', () => {
    const text =
      'Reiterating deep concern at the catastrophic humanitarian consequences of the use of nuclear weapons and reaffirming that this awareness ought to continue to underpin our approaches and efforts towards nuclear disarmament, and welcoming the visits of leaders, youth and others to Hiroshima and Nagasaki in this regard,';
    expect(keys(text, 'Place:', 'preambular', GA_80_48)).toEqual(['Place:Hiroshima', 'Place:Nagasaki']);
  });

  it('A/RES/79/60 PP5 "the people of Hiroshima and Nagasaki (hibakusha)": the two cities, no verb target', () => {
    const text =
      'Recognizing the unprecedented devastation and immense human suffering that the people of Hiroshima and Nagasaki (hibakusha) experienced as a result of the atomic bombings,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/60', date: '2024-12-02' };
    const places = keys(text, 'Place:', 'preambular', ctx);
    expect(places).toEqual(['Place:Hiroshima', 'Place:Nagasaki']);
    expect(relations(text, 'preambular', ctx)).toEqual([]);
  });
});
