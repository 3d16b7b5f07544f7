// The literal words whose presence gates a pass of the references stage (the citation and document recognisers and the
// clause splitter), all found in one pass over each text (wordAutomaton.ts), as paragraphWords.ts does for the entity scan.
// Why: each gate was a scan of its own over every paragraph and footnote text (a regex of its words, or includes), about
// ten a text, ~1-4 ns a character each; the automaton reads a text once for all of them (see referenceWordsIn).
import { buildWordAutomaton, wordsIn } from './wordAutomaton.js';

/** mayCiteResolutions (resolutions.ts): a resolution or decision citation holds one of these. */
const RESOLUTION_WORDS = ['esolution', 'ecision', '/RES/', '/DEC/', '/Res.'] as const;

/**
 * findDocumentRefs' rare passes (documents.ts): every word each of their own gates asks for (mayCiteKnownReport's, "and Land"
 * by its "Land"; mayCiteIpccVolume's; the general comments' "l comment" / "l recommendation"; "The State of ", "Situation and
 * Prospects ", STUDY_ON), found in ~0.7% of corpus-ga's texts: only those run the gates themselves. A new rare pass's gate
 * word goes here too. Session 50 (spd50b), the gates over corpus-ga's 49,125 paragraph and footnote texts (17.5M characters,
 * one thread, ingest flags, CPU per pass at host load ~14): eleven searches and a regex 71 ms, one regex of these words
 * (RARE_DOCUMENT_WORDS_RE, documents.patterns.ts until session 54) 31 ms.
 */
const RARE_DOCUMENT_WORDS = [
  'Warming',
  'Cryosphere',
  '1.5 degrees',
  'Special Report on Climate Change,',
  'Land',
  'Climate Change 19',
  'Climate Change 20',
  'l comment',
  'l recommendation',
  'The State of ',
  'Situation and Prospects ',
  'Study on ',
] as const;

/** Every word asked about, as text.includes would be asked (at most 31: one bit each of referenceWordsIn's answer). */
export const REFERENCE_WORDS = [
  ...RESOLUTION_WORDS,
  ...RARE_DOCUMENT_WORDS,
  // findDocumentRefs: a report needs the word, a symbol a slash, a titled document "entitled "
  'eport',
  '/',
  'entitled ',
  // splitClauses: a quoted title, a declaration's list given to "we", its next sentence, the text an operative paragraph adopts
  '“',
  ' we: (',
  '. We ',
  ': We, ',
] as const;

if (REFERENCE_WORDS.length > 31) throw new Error('referenceWords.ts: at most 31 words (one bit each)');

export type ReferenceWord = (typeof REFERENCE_WORDS)[number];

/** The bit of each word of `words` in referenceWordsIn's answer (looked up once, where the gate's module is loaded). */
export function referenceWordMask(words: readonly ReferenceWord[]): number {
  let mask = 0;
  for (const w of words) mask |= 1 << REFERENCE_WORDS.indexOf(w);
  return mask;
}

/** mayCiteResolutions' words */
export const RESOLUTION_WORDS_MASK = referenceWordMask(RESOLUTION_WORDS);
/** the rare passes' words */
export const RARE_DOCUMENT_WORDS_MASK = referenceWordMask(RARE_DOCUMENT_WORDS);

/** Built on first use, not at load: the entities worker loads this module and never asks. */
let automaton: ReturnType<typeof buildWordAutomaton> | undefined;
const bits = new Int32Array(2);

// The last few texts read: a paragraph is asked by each recogniser, then each of its footnotes, then the paragraph again by
// the clause splitter. Compared by identity (the same string object), as paragraphWords.ts's cache is first.
const CACHED = 8;
const cachedTexts: (string | undefined)[] = new Array<string | undefined>(CACHED).fill(undefined);
const cachedWords = new Int32Array(CACHED);
let cacheNext = 0;

/** Which REFERENCE_WORDS `text` contains: bit i for word i (test it with a referenceWordMask). */
export function referenceWordsIn(text: string): number {
  for (let k = 0; k < CACHED; k++) if (cachedTexts[k] === text) return cachedWords[k]!;
  wordsIn((automaton ??= buildWordAutomaton(REFERENCE_WORDS)), text, bits);
  const words = bits[0]!;
  cachedTexts[cacheNext] = text;
  cachedWords[cacheNext] = words;
  cacheNext = (cacheNext + 1) % CACHED;
  return words;
}
