// sortSmall must order a list exactly as Array.prototype.sort with the same comparator does (both stable),
// whatever its length: the extraction's output depends on the order of equal-start mentions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortSmall } from '../../ingest/sortSmall.js';

interface Span {
  start: number;
  end: number;
  id: number;
}
const byStart = (a: Span, b: Span): number => a.start - b.start;
const byStartLongestFirst = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

const spans = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 })), { maxLength: 40 }).map((xs) => xs.map(([start, length], id) => ({ start, end: start + length, id })));

describe('sortSmall', () => {
  it('orders short and long lists as Array.prototype.sort does, ties kept in input order', () => {
    fc.assert(
      fc.property(spans, (list) => {
        for (const compare of [byStart, byStartLongestFirst]) {
          const expected = list.slice().sort(compare).map((s) => s.id);
          expect(sortSmall(list.slice(), compare).map((s) => s.id)).toEqual(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('sorts in place and returns the list it was given', () => {
    const list = [{ start: 3, end: 4, id: 0 }, { start: 1, end: 2, id: 1 }];
    expect(sortSmall(list, byStart)).toBe(list);
    expect(list.map((s) => s.id)).toEqual([1, 0]);
  });
});
