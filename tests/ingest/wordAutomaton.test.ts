import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildWordAutomaton, wordsIn } from '../../ingest/recognize/wordAutomaton.js';

describe('wordsIn', () => {
  const words = ['session', 'sessional', 'ion', 'Ad Hoc', 'event', 'vent', 'ee'];
  const automaton = buildWordAutomaton(words);
  const byIncludes = (text: string): number => words.reduce((bits, w, i) => (text.includes(w) ? bits | (1 << i) : bits), 0);

  it('finds words inside, across and after other words', () => {
    // overlapping words: "vent" inside "event", "ion" ending "session"
    expect(wordsIn(automaton, 'prevention')).toBe((1 << words.indexOf('event')) | (1 << words.indexOf('vent')) | (1 << words.indexOf('ion')));
    expect(wordsIn(automaton, 'intersessional')).toBe((1 << words.indexOf('session')) | (1 << words.indexOf('sessional')) | (1 << words.indexOf('ion')));
    expect(wordsIn(automaton, 'Ad  Hoc, seesio')).toBe(1 << words.indexOf('ee'));
    expect(wordsIn(automaton, '')).toBe(0);
  });

  it('answers as text.includes for each word', () => {
    const piece = fc.constantFrom(...words, ...words.map((w) => w.slice(1)), ...words.map((w) => w.slice(0, -1)), 's', 'e', 'v', ' ', 'é', '’');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), (text) => {
        expect(wordsIn(automaton, text)).toBe(byIncludes(text));
      }),
    );
  });

  it('refuses an empty word', () => {
    expect(() => buildWordAutomaton(['a', ''])).toThrow(/non-empty/);
  });
});
