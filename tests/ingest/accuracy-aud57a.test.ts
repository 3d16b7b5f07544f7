// Session-57 audit aud57a: A/RES/79/198 (Promoting investments for sustainable development), annotated in
// tests/gold/aud57a-A_RES_79_198.gold.tsv. Each case quotes the file and paragraph it comes from; each fix has a guard for the
// near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { extract } = oneParagraph({ ctx: ctxOf('A/RES/79/198', '2024-12-19'), kind: 'preambular' });

const WTO = 'Organization:World Trade Organization';
const WTO13 = 'Event:Thirteenth Ministerial Conference of the World Trade Organization';
const mentionKeys = (text: string, kind?: 'preambular' | 'operative', ctx?: RecognizeContext): string[] => extract(text, kind, ctx).mentions.map((m) => m.key);
const relationsOf = (text: string, kind?: 'preambular' | 'operative', ctx?: RecognizeContext): string[] =>
  extract(text, kind, ctx).relations.map((r) => `${r.type} ${r.target}`);

describe('a body printed before its numbered sitting ("the World Trade Organization Thirteenth Ministerial Conference") is mentioned, as one printed after " of the " is', () => {
  const PP41 =
    'Noting also the finalization of the Investment Facilitation for Development Agreement on the occasion of the World Trade Organization Thirteenth Ministerial Conference, and recognizing that a core objective of this Agreement is to facilitate the flow of foreign direct investment between the parties, particularly to developing and least-developed country parties, with the aim of fostering sustainable development, through improved transparency of measures, streamlined administrative procedures, adoption of other investment facilitation measures and promotion of international cooperation as well as technical assistance and capacity-building necessary for the implementation of the Agreement,';

  it('A/RES/79/198 PP41: the WTO is mentioned; it takes no verb (the sitting does)', () => {
    expect(mentionKeys(PP41)).toContain(WTO);
    const r = relationsOf(PP41);
    expect(r).toContain(`NOTES ${WTO13}`);
    expect(r).toContain('NOTES Framework:Investment Facilitation for Development Agreement');
    expect(r.filter((x) => x.endsWith(WTO))).toEqual([]);
  });

  it('A/RES/80/127 PP45: the same sentence, the same mention', () => {
    const text =
      'Noting also the finalization of the Investment Facilitation for Development Agreement on the occasion of the World Trade Organization Thirteenth Ministerial Conference, and recognizing that a core objective of this Agreement is to facilitate the flow of foreign direct investment between the Parties,';
    expect(mentionKeys(text, 'preambular', ctxOf('A/RES/80/127', '2025-12-15'))).toContain(WTO);
  });

  it('A/RES/78/1 annex OP38: "the 13th WTO Ministerial Conference" (the acronym printed before the sitting)', () => {
    const text = 'We look forward to concrete and positive results at the 13th WTO Ministerial Conference.';
    const keys = mentionKeys(text, 'operative', ctxOf('A/RES/78/1', '2023-10-05'));
    expect(keys).toContain(WTO13);
    expect(keys).toContain(WTO);
  });

  it('guard: A/RES/80/124 OP21 "the Thirteenth Ministerial Conference of the World Trade Organization" keeps its mention and gives the WTO no verb', () => {
    const text =
      'Recalls the successful conclusion of the Thirteenth Ministerial Conference of the World Trade Organization, held from 26 February to 2 March 2024 in Abu Dhabi;';
    const ctx = ctxOf('A/RES/80/124', '2025-12-15');
    expect(mentionKeys(text, 'operative', ctx)).toContain(WTO);
    expect(relationsOf(text, 'operative', ctx)).toEqual([`RECALLS ${WTO13}`]);
  });

  it('guard: A/RES/79/1 "the United Nations Ocean Conference" (an event whose name opens with a body it does not belong to) mentions no United Nations', () => {
    const text = 'Welcoming the convening of the 2025 United Nations Ocean Conference in Nice, France,';
    expect(mentionKeys(text).filter((k) => k === 'Organization:United Nations')).toEqual([]);
  });
});
