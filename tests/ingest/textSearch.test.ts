import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { includesVia } from '../../ingest/recognize/textSearch.js';

describe('includesVia', () => {
  it('answers as text.includes(phrase) whenever the rare part is inside the phrase', () => {
    const alphabet = fc.constantFrom(' ', 'a', 'b', 'e', 'n', 't', 'w');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), fc.array(alphabet, { minLength: 1, maxLength: 6 }).map((a) => a.join('')), fc.nat(), fc.nat(), (text, phrase, i, j) => {
        const from = i % phrase.length;
        const rare = phrase.slice(from, from + 1 + (j % (phrase.length - from)));
        expect(includesVia(text, rare, phrase)).toBe(text.includes(phrase));
      }),
    );
  });

  it('finds a phrase of the attributions', () => {
    // A/RES/78/202-style sentence
    expect(includesVia('the convening of the Conference by the Union', 'vening of', 'convening of')).toBe(true);
    expect(includesVia('reconvening the meeting', 'vening of', 'convening of')).toBe(false);
  });
});
