// Session-44 speed helper spd44a. No change to the graph (golden dump cmp-identical); what these tests pin down:
// - codeUnitAt (ingest/codeUnit.ts) reads a character without a `charCodeAt` load on the text (that load was megamorphic in
//   wordsIn, tokenKind and scanGazetteerAt): the same code units as charCodeAt, whatever the string's representation, and
//   wordsIn, the capital-chunk tokens and the gazetteer scan read sliced, joined and two-byte copies of a paragraph alike.
import { describe, expect, it } from 'vitest';
import { codeUnitAt } from '../../ingest/codeUnit.js';
import { buildWordAutomaton, wordsIn } from '../../ingest/recognize/wordAutomaton.js';
import { PARAGRAPH_WORDS } from '../../ingest/recognize/paragraphWords.js';
import { scanCapitals } from '../../ingest/recognize/capitalChunks.js';
import { scanGazetteer } from '../../ingest/gazetteer/index.js';

// A/RES/78/132 PP44 (corpus-ga A_RES_78_132.txt)
const PP44 =
  'Recalling also the convening of the Working Group on Enhanced Cooperation on Public Policy Issues Pertaining to the Internet, based on the proposal by the Chair of the Commission on Science and Technology for Development regarding the structure and composition of the Working Group, as requested by the General Assembly in its resolution 70/125 of 16 December 2015 and endorsed by the Economic and Social Council in its resolution 2017/21, and taking note of its work,';
// A/RES/78/132 PP22
const PP22 =
  'Taking note of the United Nations Development Programme Digital Strategy 2022–2025, which seeks to assist countries, upon their request, in their efforts towards digital transformation through the creation of inclusive and resilient digital ecosystems,';

/** `text` in other string representations V8 keeps: a slice of a longer text, a concatenation, a flat copy. */
function representations(text: string): string[] {
  const longer = `xx${text}yy`;
  const flat = text.split('').join('');
  return [text, longer.slice(2, 2 + text.length), text.slice(0, 40) + text.slice(40), flat];
}

const NO_HEADS: ReadonlySet<string> = new Set();

describe('codeUnitAt: characters read without the megamorphic charCodeAt load', () => {
  it('A/RES/78/132 PP22 (two-byte: its en dash) and PP44, in four representations: the code units charCodeAt reads, NaN past the end', () => {
    for (const text of [...representations(PP22), ...representations(PP44)]) {
      for (const i of [0, 1, 71, 72, text.length - 1]) expect(codeUnitAt(text, i)).toBe(text.charCodeAt(i));
      expect(codeUnitAt(text, text.length)).toBeNaN();
    }
  });

  it('wordsIn, scanCapitals and scanGazetteer read A/RES/78/132 PP44 and PP22 (two-byte) in each representation alike', () => {
    const automaton = buildWordAutomaton(PARAGRAPH_WORDS);
    const names = (text: string): string[] => scanGazetteer(text, scanCapitals(text, NO_HEADS, NO_HEADS).wordStarts).map((h) => `${h.entry.name}@${h.start}`);
    const chunks = (text: string): string[] => scanCapitals(text, NO_HEADS, NO_HEADS).chunks.map((c) => text.slice(c.start, c.end));
    for (const paragraph of [PP44, PP22]) {
      const expected = new Int32Array(2);
      wordsIn(automaton, paragraph, expected);
      // the automaton's answer is text.includes' for each word (bit i of the pair)
      PARAGRAPH_WORDS.forEach((w, i) => expect(((i < 31 ? expected[0]! >>> i : expected[1]! >>> (i - 31)) & 1) === 1, w).toBe(paragraph.includes(w)));
      const expectedNames = names(paragraph);
      const expectedChunks = chunks(paragraph);
      expect(expectedNames.length).toBeGreaterThanOrEqual(1);
      for (const text of representations(paragraph)) {
        const out = new Int32Array(2);
        wordsIn(automaton, text, out);
        expect([...out]).toEqual([...expected]);
        expect(names(text)).toEqual(expectedNames);
        expect(chunks(text)).toEqual(expectedChunks);
      }
    }
  });
});
