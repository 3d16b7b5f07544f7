// Stage tests for settling overlapping mentions (input mentions -> kept mentions).
import { describe, expect, it } from 'vitest';
import { settleOverlaps } from '../../ingest/extract.js';
import type { EntityMention } from '../../ingest/models.js';

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
