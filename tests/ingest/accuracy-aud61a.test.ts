// Session-61 audit aud61a: faults found annotating A/RES/79/314 (the declaration of the 2025 United Nations Ocean Conference,
// "Our ocean, our future: united for urgent action"). Each case quotes the file and paragraph it comes from; each fix has a guard
// for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/79/314', '2025-06-30'), kind: 'operative' });

describe('item 1: the owner at the head of a framework keyed whole is mentioned also after a year that opens the name', () => {
  const OP12 =
    'We commend the leadership of small island developing States in highlighting and aiming to address sea level rise, and recall the endorsement of the 2021 Pacific Islands Forum Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea Level Rise, the 2023 Pacific Islands Forum Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-related Sea Level Rise, the 2021 Alliance of Small Island States Leaders’ Declaration and the 2024 Alliance of Small Island States Leaders’ Declaration on Sea Level Rise and Statehood.';

  it('A/RES/79/314 annex OP12: "the 2021 Alliance of Small Island States Leaders’ Declaration": the Alliance is an entity of the paragraph, no target', () => {
    expect(keys(OP12, 'Organization:')).toContain('Organization:Alliance of Small Island States');
    const rel = relations(OP12);
    expect(rel).toContain("RECALLS Framework:2021 Alliance of Small Island States Leaders' Declaration");
    expect(rel).toContain("RECALLS Framework:2024 Alliance of Small Island States Leaders' Declaration on Sea Level Rise and Statehood");
    // (the owner printed at the head of the name is part of it: no verb, lead's ruling, session 58)
    expect(rel.filter((r) => r.includes('Organization:'))).toEqual([]);
  });

  it('guard: the same paragraph\'s "Pacific Islands Forum Declaration ..." keeps its owner a mention only', () => {
    expect(keys(OP12, 'Organization:')).toContain('Organization:Pacific Islands Forum');
    expect(relations(OP12)).toContain('RECALLS Framework:Pacific Islands Forum Declaration on Preserving Maritime Zones in the Face of Climate Change-related Sea Level Rise');
  });
});

describe('item 2: "the ocean and climate change dialogue" of the UNFCCC Conference of the Parties is an Initiative', () => {
  const DIALOGUE = 'Initiative:ocean and climate change dialogue';

  it('A/RES/79/314 annex OP8: "We welcome the convening of the ocean and climate change dialogue through the United Nations climate change conferences."', () => {
    expect(relations('We also emphasize the need to adapt to the unavoidable effects of climate change. We welcome the convening of the ocean and climate change dialogue through the United Nations climate change conferences.')).toContain(`WELCOMES ${DIALOGUE}`);
  });

  it('A/RES/78/319 PP13: "Taking note of the ocean and climate change dialogue, first established at the twenty-fifth session ..."', () => {
    const text =
      'Taking note of the ocean and climate change dialogue, first established at the twenty-fifth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change,';
    expect(relations(text, 'preambular', ctxOf('A/RES/78/319', '2024-08-02'))).toContain(`NOTES ${DIALOGUE}`);
  });

  it('guard: A/RES/80/138 OP35 "the fifth annual dialogue, held in Bonn" (one edition, its name not printed) is not the series', () => {
    const text =
      'Also recognizes the invitation to the relevant work programmes and constituted bodies under the United Nations Framework Convention on Climate Change to consider how to integrate and strengthen ocean-based action in their existing mandates and workplans and to report on these activities within the existing reporting processes, as appropriate, and welcomes in this regard the fifth annual dialogue, held in Bonn, Germany, in June 2025;';
    expect(keys(text, DIALOGUE, 'operative', ctxOf('A/RES/80/138', '2025-12-15'))).toEqual([]);
  });
});
