// Stage tests for settling overlapping mentions (input mentions -> kept mentions).
import { describe, expect, it } from 'vitest';
import { extractResolution, extractWithReferences, recognizeReferences, settleOverlaps } from '../../ingest/extract.js';
import type { EntityMention, ParagraphText, ResolutionExtraction } from '../../ingest/models.js';
import { resolution80140 } from '../helpers/resolution-text.js';

const m = (kind: EntityMention['kind'], start: number, end: number, key = `${kind}:${start}`): EntityMention => ({
  kind,
  key,
  name: key,
  attrs: {},
  phrase: 'x'.repeat(end - start),
  start,
  end,
});

describe('settleOverlaps', () => {
  it('keeps the outer mention: "General Assembly resolution 70/125" beats "General Assembly"', () => {
    const kept = settleOverlaps([m('Organization', 0, 16), m('Resolution', 0, 34)]);
    expect(kept.map((k) => k.kind)).toEqual(['Resolution']);
  });

  it('keeps a place out of a framework name ("Tunis Agenda")', () => {
    const kept = settleOverlaps([m('Place', 4, 9), m('Framework', 4, 16)]);
    expect(kept.map((k) => k.kind)).toEqual(['Framework']);
  });

  it('keeps dates and resolution citations inside longer phrases', () => {
    const kept = settleOverlaps([m('Document', 0, 80), m('Resolution', 50, 64), m('Date', 68, 80), m('Organization', 20, 36)]);
    expect(kept.map((k) => k.kind)).toEqual(['Document', 'Resolution', 'Date']);
  });

  it('lets the longer of two partly overlapping mentions win', () => {
    const kept = settleOverlaps([m('Organization', 0, 10), m('Initiative', 5, 30)]);
    expect(kept.map((k) => k.kind)).toEqual(['Initiative']);
  });

  it('keeps a shorter citation a longer name runs into (A/RES/78/69 OP309 "the Executive Council and A-32/3 of ...")', () => {
    // "Executive Council and A-32" [30, 56) was read as a name; the citation "A-32/3" is [52, 58)
    const kept = settleOverlaps([m('Organization', 30, 56), m('Resolution', 52, 58)]);
    expect(kept.map((k) => k.kind)).toEqual(['Organization', 'Resolution']);
  });

  it('keeps disjoint mentions in text order', () => {
    const kept = settleOverlaps([m('Place', 20, 25), m('Organization', 0, 10)]);
    expect(kept.map((k) => k.start)).toEqual([0, 20]);
  });
});

describe('extraction in two halves (what the two stage workers of ingest/pool-stages.ts do)', () => {
  const CBD = 'Conference of the Parties to the Convention on Biological Diversity';
  const paragraph = (id: string, text: string, footnote?: string): ParagraphText => ({
    id,
    kind: 'operative',
    text,
    footnoteRefs: footnote ? [{ mark: '1', offset: text.length - 1, footnote: { mark: '1', text: footnote } }] : [],
    subparagraphs: [],
  });
  // A/RES/80/140: OP10 and a footnote cite CBD decisions by number only; OP17 and OP23 name the Conference of the Parties later.
  const resolution = resolution80140([
      paragraph('OP10', 'Emphasizes that the successful implementation of the Kunming-Montreal Global Biodiversity Framework requires responsibility and transparency, in line with decisions 15/6, 16/31 and 16/32;'),
      paragraph('OP11', 'Looks forward to the global review of the collective progress in implementation of the Kunming-Montreal Global Biodiversity Framework;1', 'In line with decisions 15/6 and 16/1.'),
      paragraph('OP17', 'Recalls decision 16/6, adopted at the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Cali, Colombia, from 21 October to 1 November 2024;'),
      paragraph('OP23', 'Also takes note with appreciation of decisions 15/10 and 16/4 of the Conference of the Parties to the Convention on Biological Diversity;'),
  ]);
  const cited = (ex: ResolutionExtraction, i: number) => ex.paragraphs[i]!.mentions.filter((m) => m.kind === 'Resolution').map((m) => m.key);

  it('give what extractResolution gives, with the first half cloned as a message between threads clones it', () => {
    const whole = extractResolution(resolution);
    // the pending citations of OP10 and of OP11's footnote were settled by OP17's body
    expect(cited(whole, 0)).toEqual([`Resolution:${CBD} decision 15/6`, `Resolution:${CBD} decision 16/31`, `Resolution:${CBD} decision 16/32`]);
    expect(cited(whole, 1)).toEqual([`Resolution:${CBD} decision 15/6`, `Resolution:${CBD} decision 16/1`]);
    const message = structuredClone({ resolution, references: recognizeReferences(resolution) });
    expect(extractWithReferences(message.resolution, message.references)).toEqual(whole);
  });

  it('keep each paragraph\'s clauses and the recognisers\' mentions in recogniser order', () => {
    const refs = recognizeReferences(resolution);
    expect(refs.paragraphs.map((p) => p.clauses.map((c) => c.relation))).toEqual([['EMPHASIZES'], ['LOOKS_FORWARD_TO'], ['RECALLS'], ['NOTES']]);
    expect(refs.paragraphs[2]!.body.before.map((m) => m.kind)).toEqual(['Resolution']);
    expect(refs.paragraphs[2]!.body.after.map((m) => m.key)).toEqual(['Date:2024-10-21', 'Date:2024-11-01']);
    const ex = extractWithReferences(resolution, refs);
    // the dates come after the named entities, whatever their place in the text
    const kinds = ex.paragraphs[2]!.mentions.map((m) => m.kind);
    expect(kinds.indexOf('Event')).toBeGreaterThan(-1);
    expect(refs.pending?.size).toBe(5);
  });
});
