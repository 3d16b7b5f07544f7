import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildWordAutomaton, wordsIn, type WordAutomaton } from '../../ingest/recognize/wordAutomaton.js';
import { PARAGRAPH_WORDS, hasWord, textWords, wordIndex } from '../../ingest/recognize/paragraphWords.js';

/** wordsIn's two halves as one list of word indexes */
function found(a: WordAutomaton, text: string): number[] {
  const out = new Int32Array(2);
  wordsIn(a, text, out);
  const indexes: number[] = [];
  for (let i = 0; i < 62; i++) if ((i < 31 ? out[0]! >>> i : out[1]! >>> (i - 31)) & 1) indexes.push(i);
  return indexes;
}
const byIncludes = (words: readonly string[], text: string): number[] => words.flatMap((w, i) => (text.includes(w) ? [i] : []));

describe('wordsIn', () => {
  const words = ['session', 'sessional', 'ion', 'Ad Hoc', 'event', 'vent', 'ee'];
  const automaton = buildWordAutomaton(words);

  it('finds words inside, across and after other words', () => {
    // overlapping words: "vent" inside "event", "ion" ending "session"
    expect(found(automaton, 'prevention')).toEqual([2, 4, 5]);
    expect(found(automaton, 'intersessional')).toEqual([0, 1, 2]);
    expect(found(automaton, 'Ad  Hoc, seesio')).toEqual([6]);
    expect(found(automaton, '')).toEqual([]);
  });

  it('answers as text.includes for each word', () => {
    const piece = fc.constantFrom(...words, ...words.map((w) => w.slice(1)), ...words.map((w) => w.slice(0, -1)), 's', 'e', 'v', ' ', 'é', '’');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (text) => {
        expect(found(automaton, text)).toEqual(byIncludes(words, text));
      }),
    );
  });

  it('holds more than 31 words (the second half of the bits)', () => {
    const many = Array.from({ length: 40 }, (_, i) => `w${i}x`);
    const a = buildWordAutomaton(many);
    expect(found(a, 'w3x w35x w39')).toEqual([3, 35]);
  });

  it('refuses an empty word', () => {
    expect(() => buildWordAutomaton(['a', ''])).toThrow(/non-empty/);
  });
});

describe('textWords', () => {
  it('answers as text.includes for every paragraph word, also when asked again', () => {
    const piece = fc.constantFrom(...PARAGRAPH_WORDS, ...PARAGRAPH_WORDS.map((w) => w.slice(1)), ' ', 'h', 'o', 's', 't');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 8 }).map((a) => a.join('')), { minLength: 1, maxLength: 6 }), (texts) => {
        // several texts in turn, and the first again: the cache must answer for the right one
        for (const text of [...texts, texts[0]!]) {
          const words = textWords(text);
          for (const w of PARAGRAPH_WORDS) expect(hasWord(words, wordIndex(w))).toBe(text.includes(w));
        }
      }),
    );
  });
});
