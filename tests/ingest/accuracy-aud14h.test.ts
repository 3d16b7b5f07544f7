// Misses found by the session-14 audit aud14h: A/RES/78/281 (World Football Day), A/RES/79/17 (assurances to
// non-nuclear-weapon States), A/RES/78/294 (financing of the Regional Service Centre in Entebbe), A/RES/79/235
// (international tax cooperation). Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/281', date: '2024-05-07' };

function extract(text: string, kind: 'preambular' | 'operative' = 'operative', ctx: RecognizeContext = GA) {
  return extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentions = (text: string, kind: 'preambular' | 'operative' = 'operative'): string[] => extract(text, kind).mentions.map((m) => m.key);
const relations = (text: string, kind: 'preambular' | 'operative' = 'operative'): string[] => extract(text, kind).relations.map((r) => `${r.type} ${r.target}`);
const attributions = (text: string): string[] => extract(text).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

describe('a headless name with its own lowercase head after "the": "the <Name> initiative|campaign"', () => {
  it('A/RES/78/281 PP14: "Welcoming the Football for the Goals initiative"', () => {
    const text =
      'Welcoming the Football for the Goals initiative, a platform for the global football community to engage with and advocate for the Sustainable Development Goals and build on sustainability practices,';
    expect(relations(text, 'preambular')).toContain('WELCOMES Initiative:Football for the Goals');
  });

  it('A/RES/78/184 OP8: "encourages the fulfilment of the goals of the I Belong campaign to end statelessness"', () => {
    const text =
      'Re-emphasizes that prevention and reduction of statelessness are primarily the responsibility of States, in appropriate cooperation with the international community, encourages the fulfilment of the goals of the I Belong campaign to end statelessness;';
    expect(relations(text)).toContain('ENCOURAGES Initiative:I Belong');
  });

  it('A/RES/78/138 OP21: "the Aid for Trade initiative should aim to help developing countries"', () => {
    const text =
      'Also stresses that the Aid for Trade initiative should aim to help developing countries, particularly the least developed countries, to build the supply-side capacity and trade-related infrastructure that they need;';
    expect(mentions(text)).toContain('Initiative:Aid for Trade');
  });

  it('A/RES/78/145 OP23: "the Early Warning for All initiative" is the gazetteer\'s Early Warnings for All initiative', () => {
    const text =
      'Urges Member States to protect everyone on Earth through universal coverage of early warning systems, including through the Early Warning for All initiative;';
    const m = mentions(text);
    expect(m).toContain('Initiative:Early Warnings for All initiative');
    expect(m).not.toContain('Initiative:Early Warning for All');
  });

  it('negative: no "the" before the name ("Small Island Developing States campaign for ...": a verb)', () => {
    const text = 'Notes that Small Island Developing States campaign for climate action at the international level;';
    expect(mentions(text).filter((k) => k.startsWith('Initiative:'))).toEqual([]);
  });

  it('negative: "the United Nations initiative" is no initiative named "United Nations"', () => {
    const text = 'Welcomes the United Nations initiative to promote sport for development and peace;';
    const m = mentions(text);
    expect(m.filter((k) => k.startsWith('Initiative:'))).toEqual([]);
  });

  it('negative: "initiatives" (plural, lowercase) is not a head ("the Paris Pact initiatives" keep their own reading)', () => {
    const text = 'Welcomes the Green Football Champions initiatives of Member States;';
    expect(mentions(text)).not.toContain('Initiative:Green Football Champions');
  });
});

describe('"the 1924 Summer Olympic Games, held in Paris": an edition of its own series, dated and placed', () => {
  it('A/RES/78/281 OP5', () => {
    const text =
      'Decides to proclaim 25 May as World Football Day, as 2024 marks the 100th anniversary of the first international football tournament in history with the representation of all regions as part of the 1924 Summer Olympic Games, held in Paris;';
    const r = relations(text);
    expect(r).toContain('DECIDES Event:Summer Olympic Games @ 1924');
    expect(attributions(text)).toContain('HELD_IN Event:Summer Olympic Games @ 1924 -> Place:Paris');
    expect(r).not.toContain('DECIDES Event:Olympic Games');
  });

  it('negative: "the Summer and Winter Olympic Games" stays the Olympic Games series', () => {
    const text = 'Encourages Member States to observe the Olympic Truce during the Summer and Winter Olympic Games;';
    expect(mentions(text)).not.toContain('Event:Summer Olympic Games');
  });
});
