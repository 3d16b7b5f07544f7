// The words and phrases whose presence in a text gates a step of the entity scan (ingest/recognize/entityScan.ts)
// or of the attributions (ingest/attributions.ts), all found in one pass over the text (wordAutomaton.ts).
// Why: a text.includes per phrase walked each paragraph ~25 times, a pass each of 10-35 ms over corpus-ga
// (V8's search stops at every occurrence of the phrase's first character: " by " at every space).
import { buildWordAutomaton, wordsIn } from './wordAutomaton.js';

/**
 * Words without which a step of the entity scan cannot match (or is not run: "meeting" gates the meetings scan).
 * First in PARAGRAPH_WORDS: word i is bit i of gateWordsIn.
 */
export const GATE_WORDS = ['Rapporteur', 'Expert', 'orking', 'Envoy', 'Representative', 'Adviser', 'Ad Hoc', 'session', 'meeting', 'segment', 'event', 'dialogue', 'Convention', 'thereto', 'conference', 'debate', 'symposium', 'workshop', 'regional seminar', 'panel discussion', 'consultation'] as const;

/** Every word or phrase asked about, as text.includes would be asked. */
export const PARAGRAPH_WORDS = [
  ...GATE_WORDS,
  // entity scan
  ' between ', 'serving as', '+', '20', 'ction line', 'held in',
  // action line codes: C1 to C11 all start with one of these
  'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9',
  // attributions
  'phase', 'hosted', 'auspices', 'convened', ' by ', 'convening of', 'organization of', 'hosting', ' to host', ' to co-host', 'which', 'adopted', 'endorsed', 'proclaimed', 'its first phase', 'its second phase', 'adoption of', 'adoption by', 'contained in', 'launch', 'at which', 'its outcome',
  // entity scan: places naming treaties ("the treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba")
  'reaties of',
  // organizations listed after "the following ... organizations:" (listedOrganizations.ts)
  'the following',
  // entity scan: declarations named by their titles ("the political declaration entitled “Our common commitment ...”")
  'entitled “',
  // entity scan: a one-word name before a lowercase "initiative" ("the UN80 initiative", "the Giga initiative")
  ' initiative',
] as const;

export type ParagraphWord = (typeof PARAGRAPH_WORDS)[number];

/** Built on first use, not at load: the references worker loads this module and never asks (~20M instructions at its start). */
let automaton: ReturnType<typeof buildWordAutomaton> | undefined;

/** Which PARAGRAPH_WORDS a text contains: bit i of `low` for word i < 31, bit i - 31 of `high` for the others. */
export interface TextWords {
  readonly low: number;
  readonly high: number;
}

/** The index of a word in PARAGRAPH_WORDS, for hasWord (looked up once, where the caller is loaded). */
export function wordIndex(word: ParagraphWord): number {
  return PARAGRAPH_WORDS.indexOf(word);
}

export function hasWord(words: TextWords, index: number): boolean {
  return index < 31 ? ((words.low >>> index) & 1) === 1 : ((words.high >>> (index - 31)) & 1) === 1;
}

// The last few texts read: the entity scan reads a paragraph, then each of its footnotes, and the
// attributions read the paragraph again. Compared by identity first (the same string object), then by content.
const CACHED = 8;
const cachedTexts: (string | undefined)[] = new Array<string | undefined>(CACHED).fill(undefined);
const cachedWords: TextWords[] = new Array<TextWords>(CACHED).fill({ low: 0, high: 0 });
let cacheNext = 0;
const bits = new Int32Array(2);

/** Which PARAGRAPH_WORDS `text` contains. */
export function textWords(text: string): TextWords {
  for (let k = 0; k < CACHED; k++) if (cachedTexts[k] === text) return cachedWords[k]!;
  wordsIn((automaton ??= buildWordAutomaton(PARAGRAPH_WORDS)), text, bits);
  const words: TextWords = { low: bits[0]!, high: bits[1]! };
  cachedTexts[cacheNext] = text;
  cachedWords[cacheNext] = words;
  cacheNext = (cacheNext + 1) % CACHED;
  return words;
}

/** `words` are those of `text` (read by textWords, maybe in another thread): the next textWords(text) answers them. */
export function rememberTextWords(text: string, words: TextWords): void {
  for (let k = 0; k < CACHED; k++) if (cachedTexts[k] === text) return;
  cachedTexts[cacheNext] = text;
  cachedWords[cacheNext] = words;
  cacheNext = (cacheNext + 1) % CACHED;
}

const GATE_MASK = (1 << GATE_WORDS.length) - 1;

/** The GATE_WORDS bits of the words `text` contains (as text.includes would say for each). */
export function gateWordsIn(text: string): number {
  return textWords(text).low & GATE_MASK;
}
