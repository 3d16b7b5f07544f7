// One hand-written pass over a paragraph that finds (a) runs of capitalised words joined by
// name connectors ("Working Group on Enhanced Cooperation", "Summit of the Future") and
// (b) determiner + capitalised head ("the Commission", "the Union"). Replaces two global regexes
// that together cost more than the gazetteer scan.
//
// Tried in session 15, not kept: the `text.charCodeAt` loads here (and in gazetteer/index.ts) are megamorphic in the
// references worker (spaceInToken, isTokenChar, tokenKind, chunkLast ... met five string representations before
// TurboFan compiled tokenize: the warm-up's literals, sliced, cons and flat two-byte paragraphs, sliced one-byte ones).
// Read through a helper `codeAt(s, i) { return String.prototype.charCodeAt.call(s, i); }` instead (no map feedback: it
// compiles to the inline read; a module constant holding the method does not, the bundle makes it a variable set at load,
// which TurboFan cannot fold, and the one-thread harness went 20.04G -> 21.06G with it): the references worker's
// megamorphic-load stubs fell from 0.87% to 0.53-0.60% of all CPU (perfcpu.sh, corpus-ga), but its share of all CPU only
// from 26.38% to 26.24% (2 and 3 runs), and the one-thread harness (200 files) went 20.04G -> 20.09G: within noise.
// Session 51 (spd51a), done after all, through codeUnitAt (ingest/codeUnit.ts), in this file and in the gazetteer's walk
// (gazetteer/index.ts firstWordHash, matchAt and the footnote-mark checks): perf of the one-thread bench:instructions body
// over all of corpus-ga (999 Hz, call graphs) put 473 of 13,777 samples in LoadIC_Megamorphic and its trampoline, 266 of them
// called from TurboFan code of this file and the gazetteer walk (scanCapitals with its inlined steps 134, tokenize 83,
// scanGazetteerAt 28, firstWordHash 25, matchAt 17, isConnector 8): far more than the attribute objects' megamorphic
// `attrs.<field>` sites named in session 43 (toMentions 8, ~30 in all). After: 207 in all, none from these functions.
// bench:instructions --step 30 swings by ~100M between runs of the same code now (LoadIC_Megamorphic <40M in one base run,
// 69M in the other, which differed only in the checkout's path: the stub cache's collisions, perhaps, not traced): base
// 6,639,711,808 / 6,740,848,759, new 6,648,209,882 / 6,673,541,688, a cold run of 31 files (most code still baseline, where
// codeUnitAt costs a call). The same 31 files twice in one run (the second pass warm; callgrind, both bundles at once):
// 9,504,593,653 -> 9,362,045,702 (-1.50%; LoadIC_Megamorphic 147.5M -> 35.0M, LoadIC 670.9M -> 640.3M,
// StringPrototypeCharCodeAt 55.0M -> 35.6M): the gain is in the warm steady state, which is most of a 902-file ingest.
import { isWordCode } from '../gazetteer/index.js';
import { codeUnitAt } from '../codeUnit.js';
import { MONTHS } from '../months.patterns.js';

export interface TextSpan {
  start: number;
  end: number;
}

export interface DeterminedHead {
  /** the head as printed, one or two words ("Commission", "Working Group") */
  head: string;
  start: number;
  end: number;
}

// ("among": "... Technical Cooperation among Developing Countries", "International Day for Dialogue among Civilizations")
const CONNECTORS = ['of', 'on', 'for', 'to', 'in', 'with', 'against', 'from', 'among', 'and', 'or', 'de', 'des', 'du', 'la', 'le', 'et'];
const DETERMINERS = ['the', 'this', 'that', 'said', 'The', 'This'];
/** words by length, compared in place (no substring per token) */
function byLength(words: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const w of words) (out[w.length] ??= []).push(w);
  return out;
}
const CONNECTORS_BY_LENGTH = byLength(CONNECTORS);
const DETERMINERS_BY_LENGTH = byLength(DETERMINERS);
/** text[start, end) is one of `byLen`'s words */
function isOneOf(text: string, start: number, end: number, byLen: readonly (string[] | undefined)[]): boolean {
  const words = byLen[end - start];
  if (!words) return false;
  // (an indexed loop: for-of made an iterator and a result object per word, see ingest/codeUnit.ts, session 45)
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let k = 0;
    while (k < w.length && codeUnitAt(text, start + k) === w.charCodeAt(k)) k++;
    if (k === w.length) return true;
  }
  return false;
}
/** ASCII letters of text[start, end) packed into one small integer (base 128), or -1 for other characters. */
function packedAscii(text: string, start: number, end: number): number {
  let k = 0;
  for (let j = start; j < end; j++) {
    const c = codeUnitAt(text, j);
    if (c >= 128) return -1;
    k = k * 128 + c;
  }
  return k;
}
/**
 * Connectors of up to three letters, packed: most lowercase words are that short, and one Set
 * lookup of a small integer is cheaper than comparing the word with each connector of its length.
 */
const SHORT_CONNECTORS: ReadonlySet<number> = new Set(CONNECTORS.filter((w) => w.length <= 3).map((w) => packedAscii(w, 0, w.length)));
function isConnector(text: string, start: number, end: number): boolean {
  return end - start <= 3 ? SHORT_CONNECTORS.has(packedAscii(text, start, end)) : isOneOf(text, start, end, CONNECTORS_BY_LENGTH);
}
// (a non-breaking hyphen too, U+2011: "the Central European Initiative Plan of Action 2024‑2026" as the PDF prints it, A/RES/79/135 OP9)
const YEAR_RE = /^(?:19|20)\d\d(?:[–\u2011-](?:19|20)\d\d)?$/;

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}
const enum CharClass {
  Never = 0,
  Word = 1,
  /** apostrophes, hyphens, en dash, slash: inside a token depending on their neighbours (isTokenChar) */
  Joiner = 2,
  /** the space: inside a token only after a line-break hyphen (spaceInToken) */
  Space = 3,
}
// The space has its own class so the tokenizer tests it inline: it is the commonest non-word
// character, and a call to isTokenChar per space was a tenth of the scan.
const CHAR_CLASS = new Uint8Array(65536);
// in a function: see gazetteer/index.ts fillCharacterTables
const markWordCharacters = (): void => {
  for (let c = 0; c < 65536; c++) if (isWordCode(c)) CHAR_CLASS[c] = CharClass.Word;
};
markWordCharacters();
CHAR_CLASS[32] = CharClass.Space;
for (const c of [39, 0x2019, 45, 0x2011, 0x2013, 47, 46]) CHAR_CLASS[c] = CharClass.Joiner;

/** The space at i continues a token: a line-break hyphen left as "Inter- Agency". */
function spaceInToken(text: string, i: number): boolean {
  return i > 1 && codeUnitAt(text, i - 1) === 45 && isWordCode(codeUnitAt(text, i - 2)) && i + 1 < text.length && isUpper(codeUnitAt(text, i + 1));
}

/** "Women’s Literacy", "Members’ Rights": a capitalised possessive and a capitalised word after it. */
const POSSESSIVE_AFTER_AND_RE = /^[A-Z][a-z]*(?:[’']s|s[’']) [A-Z]/;
/** Characters inside a token: letters, digits, apostrophes, hyphens; en dash only between digits. */
function isTokenChar(text: string, i: number): boolean {
  const c = codeUnitAt(text, i);
  const cls = CHAR_CLASS[c];
  if (cls === CharClass.Word) return true;
  if (cls === CharClass.Never) return false;
  if (cls === CharClass.Space) return spaceInToken(text, i);
  if (c === 39 || c === 0x2019 || c === 45 || c === 0x2011) {
    if (i + 1 < text.length && isWordCode(codeUnitAt(text, i + 1))) return true;
    // a plural possessive inside a name: "the African Charter on Human and Peoples’ Rights", "the Glasgow Leaders’ Declaration
    // on Forests and Land Use", "the International Year of Glaciers’ Preservation" (a capitalised word after it)
    if (c !== 45 && c !== 0x2011 && codeUnitAt(text, i - 1) === 115 && codeUnitAt(text, i + 1) === 32 && i + 2 < text.length && isUpper(codeUnitAt(text, i + 2))) return true;
    // two possessives joined by "and": "the International Conference on Girls’ and Women’s Literacy and Education", "the
    // Global Partnership for Girls’ and Women’s Education" (A/RES/79/151 PP13, OP16): the second one a possessive too
    if (c !== 45 && c !== 0x2011 && codeUnitAt(text, i - 1) === 115 && text.startsWith(' and ', i + 1) && i + 6 < text.length && isUpper(codeUnitAt(text, i + 6)) && POSSESSIVE_AFTER_AND_RE.test(text.slice(i + 6, i + 40))) return true;
    // a line-break hyphen left as "Inter- Agency"
    return c === 45 && i > 0 && isWordCode(codeUnitAt(text, i - 1)) && codeUnitAt(text, i + 1) === 32 && i + 2 < text.length && isUpper(codeUnitAt(text, i + 2));
  }
  if (c === 0x2013) return i > 0 && i + 1 < text.length && codeUnitAt(text, i - 1) <= 57 && codeUnitAt(text, i - 1) >= 48 && codeUnitAt(text, i + 1) >= 48 && codeUnitAt(text, i + 1) <= 57;
  // Telecommunication/Information (a word on each side; not document symbols such as A/RES/78/1)
  if (c === 47) return i >= 3 && isLower(codeUnitAt(text, i - 1)) && isLower(codeUnitAt(text, i - 2)) && i + 1 < text.length && isUpper(codeUnitAt(text, i + 1));
  if (c === 46) return isSectionOfRomanArticle(text, i);
  return false;
}

/** Roman numerals' letters (I, V, X, L, C) */
function isRomanCode(c: number): boolean {
  return c === 73 || c === 86 || c === 88 || c === 76 || c === 67;
}
/**
 * The full stop at i joins a Roman article number to its lettered section: "Amendment to Article XIV.A of the Statute"
 * (A/RES/79/4 OP2, 78/8, 80/7: the IAEA Statute's articles), one token, not a sentence's end before "A".
 */
function isSectionOfRomanArticle(text: string, i: number): boolean {
  if (i + 1 >= text.length || !isUpper(codeUnitAt(text, i + 1)) || isWordCode(codeUnitAt(text, i + 2))) return false;
  let k = i - 1;
  while (k > 0 && isRomanCode(codeUnitAt(text, k))) k--;
  return k < i - 1 && codeUnitAt(text, k) === 32;
}

const enum Tok {
  Cap = 1,
  Connector = 2,
  The = 3,
  Other = 4,
}

// Token buffers reused across calls (no per-paragraph allocation; single-threaded). Sized above the
// longest paragraphs seen so that growing them (a branch first run late: a deopt) stays rare.
let starts = new Int32Array(8192);
let ends = new Int32Array(8192);
let kinds = new Uint8Array(8192);
/** 1 when only spaces separate the token from the one before it */
let spaced = new Uint8Array(8192);
let count = 0;
/**
 * Where words (runs of letters and digits) start: token starts and, inside a token, the letter after
 * an apostrophe or hyphen. scanGazetteer looks names up at exactly these places, so it reads this
 * list instead of walking the paragraph a second time.
 * sized above the longest paragraph seen (22 K characters in corpus-ga): growing is a late branch, a deopt
 */
let wordStarts = new Int32Array(65536);
let wordStartCount = 0;

function growTokenBuffers(): void {
  const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  starts = grow(starts);
  ends = grow(ends);
  const k = new Uint8Array(kinds.length * 2);
  k.set(kinds);
  kinds = k;
  const sp = new Uint8Array(spaced.length * 2);
  sp.set(spaced);
  spaced = sp;
}

/** Only spaces between token b and the token before it (tokens never touch: the gap is not empty). */
function spacedBefore(b: number): boolean {
  return spaced[b] === 1;
}

function isDeterminer(text: string, t: number): boolean {
  return isOneOf(text, starts[t]!, ends[t]!, DETERMINERS_BY_LENGTH);
}

/** Token u follows ", " and the chunk from t has a preposition ("on", "for", "of") before it. */
function listAfterPreposition(text: string, t: number, u: number): boolean {
  if (ends[u - 1]! + 2 !== starts[u]! || codeUnitAt(text, ends[u - 1]!) !== 44 || codeUnitAt(text, ends[u - 1]! + 1) !== 32) return false;
  // not "and" ("against" is a preposition: "the International Convention against the Recruitment, Use, Financing and
  // Training of Mercenaries", A/RES/78/194 ...)
  for (let k = t + 1; k < u; k++) if (kinds[k] === Tok.Connector && !(ends[k]! - starts[k]! === 3 && codeUnitAt(text, starts[k]!) === 97)) return true;
  return false;
}

/** Token k is three capital letters or more and nothing else ("INTERPOL", "UNODC"). */
function acronymWord(text: string, k: number): boolean {
  const s = starts[k]!;
  const e = ends[k]!;
  if (e - s < 3) return false;
  for (let i = s; i < e; i++) if (!isUpper(codeUnitAt(text, i))) return false;
  return true;
}

/** Index of Z in "X, Y and Z" starting at token u = X (single capitalised words), or -1. */
function capitalListEnd(text: string, u: number, m: number): number {
  let k = u;
  while (k + 2 < m && kinds[k] === Tok.Cap) {
    // "the Global Programme on Cybercrime of the United Nations Office on Drugs and Crime, INTERPOL and Member States" (A/RES/79/136
    // PP25): an acronym after the comma is the next body of a list of bodies, no word of the name (one may open the list: "the
    // Global Summit on WASH, Waste and Electricity")
    if (starts[k]! >= 2 && codeUnitAt(text, starts[k]! - 2) === 44 && acronymWord(text, k)) return -1;
    const gapStart = ends[k]!;
    if (gapStart + 2 === starts[k + 1]! && text.startsWith(', ', gapStart) && kinds[k + 1] === Tok.Cap) {
      k++;
      continue;
    }
    if (kinds[k + 1] === Tok.Connector && text.startsWith(' and ', gapStart) && starts[k + 1] === gapStart + 1 && kinds[k + 2] === Tok.Cap && spacedBefore(k + 2)) return k + 2;
    // the serial comma after two or more items (u itself may be the second, after ", "): "the Coalition on Science,
    // Technology, and Innovation for Africa’s Development" (A/RES/78/160 OP13)
    if ((k > u || codeUnitAt(text, starts[u]! - 2) === 44) && kinds[k + 1] === Tok.Connector && starts[k + 1] === gapStart + 2 && text.startsWith(', and ', gapStart) && kinds[k + 2] === Tok.Cap && spacedBefore(k + 2)) return k + 2;
    return -1;
  }
  return -1;
}

/** after a headless name: its acronym and a lowercase head, " (CREWS) initiative", " (InFARM) platform" */
const ACRONYMED_INITIATIVE_AFTER_RE = /^ \([A-Z][A-Za-z:-]{1,15}\) (?:initiative|platform|project|partnership|campaign)\b/;
/**
 * "the Climate Risk and Early Warning Systems (CREWS) initiative" (A/RES/78/160 ...), "the Co-Action against Trafficking in
 * Cultural Heritage (CATCH) initiative" (A/RES/78/229 PP70): a name with no head word of its own, its acronym and a
 * lowercase head after it (the entity scan reads it as an Initiative). Two character tests first: most chunks are not
 * followed by " (".
 */
export function acronymedInitiativeAt(text: string, end: number, start = -1): boolean {
  // (end + 1 inside the text first: a read past its end, NaN, threw the compiled code away as "out of bounds")
  if (end + 1 >= text.length || codeUnitAt(text, end) !== 32) return false;
  const c = codeUnitAt(text, end + 1);
  if (c === 40) return ACRONYMED_INITIATIVE_AFTER_RE.test(text.slice(end, end + 40));
  // "the Football for the Goals initiative" (A/RES/78/281 PP14), "the I Belong campaign": the name's own lowercase head
  // right after it, the name after "the"
  // (not "the United Nations initiative": the Organization's, read later than the chunks)
  return (c === 105 || c === 99 || c === 112) && start >= 4 && LOWER_INITIATIVE_AFTER_RE.test(text.slice(end, end + 12)) && THE_BEFORE_RE.test(text.slice(start - 4, start)) && text.slice(start, end) !== 'United Nations';
}
/** after a headless name: its lowercase head, " initiative", " campaign", " partnership" ("the Sustainable Mobility for All
 *  partnership", A/RES/78/148 OP20), " project" ("the Pan-African Masters Consortium in Interpretation and Translation
 *  project", A/RES/80/234 OP109; "the Health Care in Danger project", A/RES/78/119; "the GloLitter Partnerships project") */
const LOWER_INITIATIVE_AFTER_RE = /^ (?:initiative|campaign|partnership|project)(?![\w-])/;
const THE_BEFORE_RE = /^[Tt]he $/;

/** The warm-up at the end of this file has run. */
let warmedUp = false;

/**
 * Capitalised chunks (with at least one space) and determiner + head pairs, left to right.
 * `determinedHeads` are the capitalised words (or two-word heads) that count after a determiner.
 * The steps (tokens, heads, chunk ends, ...) are separate functions: as one, a deopt on any rarely
 * taken branch recompiled all of it (4-7 TurboFan compiles of ~0.1-0.3 s per cold pass).
 */
export function scanCapitals(
  text: string,
  determinedHeads: ReadonlySet<string>,
  bareHeads: ReadonlySet<string>,
  /** chunks are kept only when one of their capitalised words is in this set (possessive 's ignored) */
  chunkHeads?: ReadonlySet<string>,
): CapitalScan {
  if (!warmedUp) warmUp();
  tokenize(text);
  // the sets' filters: most capitalised words are in none, and are then not sliced out to be looked up
  const filter = chunkHeads ? headWordFilter(chunkHeads) : undefined;
  const sets: HeadSets = { determined: determinedHeads, determinedFilter: headWordFilter(determinedHeads), bare: bareHeads, bareFilter: headWordFilter(bareHeads) };
  const chunks: TextSpan[] = [];
  const heads: DeterminedHead[] = [];
  const m = count;
  for (let t = 0; t < m; t++) {
    if (kinds[t] !== Tok.Cap) continue;
    // determiner + head ("the Commission", "the Working Group"); bare "World Summit"
    pushHeadAt(text, t, m, sets, heads);
    // a chunk starts at a capitalised token that does not continue a previous chunk
    const last = chunkLast(text, t, m);
    if (last > t) {
      if ((!chunkHeads || hasChunkHead(text, t, last, chunkHeads, filter!) || acronymedInitiativeAt(text, ends[last]!, starts[t]!)) && !statesAfterLowercase(text, t)) chunks.push({ start: starts[t]!, end: ends[last]! });
      // heads inside the chunk were not seen by pushHeadAt; continue after the chunk
      pushHeadsInside(text, t, last, sets, heads);
    }
    t = last;
  }
  return { chunks, heads, wordStarts: wordStarts.subarray(0, wordStartCount) };
}

export interface CapitalScan {
  chunks: TextSpan[];
  heads: DeterminedHead[];
  /** where words start (ascending): a view of a buffer the next scanCapitals call overwrites */
  wordStarts: Int32Array;
}

/** Fills the token buffers with the paragraph's tokens and their kinds. */
function tokenize(text: string): void {
  // the buffers and the count in locals: module variables are re-read from the context at every access
  const n = text.length;
  let cnt = 0;
  // at most one word start per character: sized once here, no check per word
  if (wordStarts.length < n) wordStarts = new Int32Array(n * 2);
  const ws = wordStarts;
  let wsCount = 0;
  let st = starts;
  let en = ends;
  let ki = kinds;
  let sp = spaced;
  let i = 0;
  // the gap since the last token is spaces only (and not empty: tokens are maximal runs)
  let gapSpaces = false;
  let lastEnd = -1;
  while (i < n) {
    // the class table answers most characters; joiners and spaces need their neighbours
    const ci = codeUnitAt(text, i);
    const cls = CHAR_CLASS[ci]!;
    if (cls === CharClass.Never || (cls === CharClass.Space && !spaceInToken(text, i)) || (cls === CharClass.Joiner && !isTokenChar(text, i))) {
      gapSpaces = lastEnd === i ? isSpaceCode(ci) : gapSpaces && isSpaceCode(ci);
      i++;
      continue;
    }
    const s = i;
    if (cls === CharClass.Word) ws[wsCount++] = s;
    else if (CHAR_CLASS[codeUnitAt(text, s + 1)] === CharClass.Word) ws[wsCount++] = s + 1;
    i++;
    while (i < n) {
      const k = CHAR_CLASS[codeUnitAt(text, i)]!;
      if (k === CharClass.Word) i++;
      else if (k === CharClass.Space ? spaceInToken(text, i) : k === CharClass.Joiner && isTokenChar(text, i)) {
        // a word starts after an apostrophe or hyphen inside the token ("non-State", "Inter- Agency")
        if (CHAR_CLASS[codeUnitAt(text, i + 1)] === CharClass.Word) ws[wsCount++] = i + 1;
        i++;
      } else break;
    }
    // room for two tokens: a glued footnote mark is split off as its own
    if (cnt + 1 >= st.length) {
      count = cnt;
      growTokenBuffers();
      st = starts;
      en = ends;
      ki = kinds;
      sp = spaced;
    }
    const mark = isDigitCode(codeUnitAt(text, i - 1)) ? gluedMarkLength(text, s, i) : 0;
    const wordEnd = i - mark;
    st[cnt] = s;
    en[cnt] = wordEnd;
    ki[cnt] = tokenKind(text, s, wordEnd);
    sp[cnt] = cnt > 0 && gapSpaces ? 1 : 0;
    cnt++;
    // "the Convention1", "Sendai Declaration1 and the ...": the mark ends the name (no chunk goes on past it), a token of
    // its own. Written whether or not there is one (the buffers have room for it; a slot past the count is read by no
    // one, and the next token overwrites it), counted only when there is, without a branch: as one, its stores and count
    // were first met after tokenize was compiled (a mark glued to a word is rare), had no type feedback and threw the
    // compiled code away, in each worker.
    st[cnt] = wordEnd;
    en[cnt] = i;
    ki[cnt] = Tok.Other;
    sp[cnt] = 0;
    cnt += mark > 0 ? 1 : 0;
    lastEnd = i;
    gapSpaces = false;
  }
  count = cnt;
  wordStartCount = wsCount;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Length of a footnote mark printed against the end of capitalised token [s, i) by PDF extraction
 * ("Committee15", "Convention12", "Diversity101"): one to three digits after a lowercase letter; 0 when
 * there is none ("COP28", "G20", "Partner2Connect" keep their digits); one to three digits after "COVID-19" (any hyphen).
 */
function gluedMarkLength(text: string, s: number, i: number): number {
  if (!isUpper(codeUnitAt(text, s))) return 0;
  let d = i - 1;
  while (d > s && i - d < 3 && isDigitCode(codeUnitAt(text, d - 1))) d--;
  // a fourth digit before the three, or no lowercase letter: no mark
  if (d > s + 1 && isLower(codeUnitAt(text, d - 1))) return i - d;
  // "the Group of Least Developed Countries on COVID-1915" (A/RES/78/233 OP10): the mark after the name's own digits
  return i - s > 8 && i - s <= 11 && text.startsWith('COVID', s) && text.startsWith('19', s + 6) ? i - s - 8 : 0;
}

function tokenKind(text: string, s: number, i: number): Tok {
  const c0 = codeUnitAt(text, s);
  if (isUpper(c0)) return Tok.Cap;
  if (isLower(c0)) {
    if (s + 1 < i && isUpper(codeUnitAt(text, s + 1))) return Tok.Cap; // eTrade, eWeek
    // an Arabic article before a capitalised name: "Sharm el-Sheikh", "Ras al-Khaimah"
    if (i - s >= 5 && codeUnitAt(text, s + 2) === 45 && isUpper(codeUnitAt(text, s + 3)) && arabicArticle(c0, codeUnitAt(text, s + 1))) return Tok.Cap;
    if (i - s <= 7) {
      if (i - s === 3 && c0 === 116 && codeUnitAt(text, s + 1) === 104 && codeUnitAt(text, s + 2) === 101) return Tok.The;
      if (isConnector(text, s, i)) return Tok.Connector;
      // "into" inside a name ("the thirteenth Conference on Facilitating the Entry into Force of the ...", A/RES/78/66 PP9;
      // "Objects Launched into Outer Space", "the Import into Africa"), not between two names ("the transformation of the
      // ... Agency into the African Union Development Agency", "to integrate the Programme of Action into the ...")
      if (i - s === 4 && c0 === 105 && isIntoBeforeName(text, s, i)) return Tok.Connector;
    }
    return Tok.Other;
  }
  if (c0 >= 48 && c0 <= 57 && (i - s === 4 || i - s === 9) && YEAR_RE.test(text.slice(s, i))) return Tok.Cap;
  // "the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns": a number joined to a capitalised word
  if (c0 >= 48 && c0 <= 57 && i - s >= 4 && numberJoinedToCapital(text, s, i)) return Tok.Cap;
  return Tok.Other;
}

/** "el", "al": the two letters c0 c1 (before a hyphen) are an Arabic article. */
function arabicArticle(c0: number, c1: number): boolean {
  return c1 === 108 && (c0 === 101 || c0 === 97);
}

/** text[s, i) is one or two digits, a hyphen and a capitalised word ("10-Year", "5-Year"). */
function numberJoinedToCapital(text: string, s: number, i: number): boolean {
  let k = s + 1;
  if (isDigitCode(codeUnitAt(text, k))) k++;
  return codeUnitAt(text, k) === 45 && k + 1 < i && isUpper(codeUnitAt(text, k + 1));
}

/** text[s, i) is "into" and the word after it is not "the" (character tests: this runs for every short lowercase word). */
function isIntoBeforeName(text: string, s: number, i: number): boolean {
  if (codeUnitAt(text, s + 1) !== 110 || codeUnitAt(text, s + 2) !== 116 || codeUnitAt(text, s + 3) !== 111 || codeUnitAt(text, i) !== 32) return false;
  return !(codeUnitAt(text, i + 1) === 116 && codeUnitAt(text, i + 2) === 104 && codeUnitAt(text, i + 3) === 101 && codeUnitAt(text, i + 4) === 32);
}

function determinedHead(head: string, start: number, end: number): DeterminedHead {
  return { head, start, end };
}

/** The heads scanCapitals looks for, and their filters (headWordFilter). */
interface HeadSets {
  determined: ReadonlySet<string>;
  determinedFilter: Uint8Array;
  bare: ReadonlySet<string>;
  bareFilter: Uint8Array;
}

/** The two-word head at tokens t and t + 1 (after a determiner when `determined`, else only a bare head), or undefined. */
function twoWordHead(text: string, t: number, determined: boolean, sets: HeadSets): string | undefined {
  const s1 = starts[t]!;
  const e1 = ends[t]!;
  const s2 = starts[t + 1]!;
  // (the second word without its possessive: "the establishment of the Economic Community’s Small Arms Control Programme",
  // A/RES/78/54 PP10, 79/31, 80/36, names ECOWAS as "the Economic Community" does)
  const e2 = headEnd(text, s2, ends[t + 1]!);
  const asDetermined = determined && pairMayBeIn(sets.determinedFilter, text, s1, e1, s2, e2);
  const asBare = pairMayBeIn(sets.bareFilter, text, s1, e1, s2, e2);
  if (!asDetermined && !asBare) return undefined;
  const two = `${text.slice(s1, e1)} ${text.slice(s2, e2)}`;
  return (asDetermined && sets.determined.has(two)) || (asBare && sets.bare.has(two)) ? two : undefined;
}

/** Token t as a one-word head after a determiner, or undefined. */
function oneWordHead(text: string, t: number, sets: HeadSets): string | undefined {
  const s = starts[t]!;
  const e = headEnd(text, s, ends[t]!);
  if (!mayBeIn(sets.determinedFilter, text, s, e)) return undefined;
  const w = text.slice(s, e);
  return sets.determined.has(w) ? w : undefined;
}

/**
 * The end of a head word without its possessive "’s": "the development of the Treaty’s verification regime" (A/RES/78/66
 * PP12) names the Treaty as "the Treaty" does.
 */
function headEnd(text: string, s: number, e: number): number {
  const c = codeUnitAt(text, e - 1);
  return c === 115 && e - s > 3 && (codeUnitAt(text, e - 2) === 0x2019 || codeUnitAt(text, e - 2) === 39) ? e - 2 : e;
}

/**
 * Token t is "Charter" after "its" and the United Nations was named just before: "the obligations of States Members of the
 * United Nations under its Charter" (A/RES/79/160 OP15, OP32) names the Charter of the United Nations as "the Charter"
 * does. Only with the United Nations a few words before: "its Charter" after another organization is that one's.
 */
function unCharterAfterIts(text: string, t: number): boolean {
  const s = starts[t]!;
  if (t === 0 || ends[t]! - s !== 7 || !text.startsWith('Charter', s) || !text.startsWith('its', starts[t - 1]!) || ends[t - 1]! - starts[t - 1]! !== 3 || !spacedBefore(t)) return false;
  const at = text.lastIndexOf('United Nations', starts[t - 1]!);
  return at >= 0 && starts[t - 1]! - at <= UN_BEFORE_ITS_CHARTER && UN_THEN_ITS_CHARTER_RE.test(text.slice(at, starts[t - 1]!));
}
/** The head read for "its Charter" after the United Nations: a fixed referent, whatever other charter the text named before. */
export const UN_ITS_CHARTER = 'its Charter';
/** Characters from "United Nations" to "its Charter" at most ("United Nations, as set out in Article 1 of its Charter"). */
const UN_BEFORE_ITS_CHARTER = 60;
/** Only lower-case words, digits and commas between: no other name whose charter "its" could be. */
const UN_THEN_ITS_CHARTER_RE = /^United Nations(?:,?\s+(?:[a-z]+|Article\s+\d+))*,?\s+$/;

/** The head (one or two words) at capitalised token t after a determiner, or a bare head ("World Summit"). */
function pushHeadAt(text: string, t: number, m: number, sets: HeadSets, heads: DeterminedHead[]): void {
  const prevIsDet = t > 0 && isDeterminer(text, t - 1) && spacedBefore(t);
  if (!prevIsDet && unCharterAfterIts(text, t)) {
    heads.push(determinedHead(UN_ITS_CHARTER, starts[t]!, ends[t]!));
    return;
  }
  const bareCandidate = codeUnitAt(text, starts[t]!) === 87; // "W"orld Summit
  if (!prevIsDet && !bareCandidate) {
    if (shortFormInitial(codeUnitAt(text, starts[t]!))) {
      const short = bareShortForm(text, t, sets);
      if (short !== undefined) heads.push(determinedHead(short, starts[t]!, ends[t]!));
    }
    return;
  }
  if (t + 1 < m && kinds[t + 1] === Tok.Cap && spacedBefore(t + 1)) {
    const two = twoWordHead(text, t, prevIsDet, sets);
    if (two !== undefined) {
      heads.push(determinedHead(two, starts[t]!, headEnd(text, starts[t + 1]!, ends[t + 1]!)));
      return;
    }
  }
  if (!prevIsDet) return;
  const one = oneWordHead(text, t, sets);
  if (one !== undefined) heads.push(determinedHead(one, starts[t]!, starts[t]! + one.length));
}

/**
 * Token t is "Secretariat" or "Agency" printed with no determiner before a noun it qualifies: "the modification of
 * restrictions for Secretariat staff" (A/RES/79/130 OP6), "other Missions and Secretariat staff members" (OP10), "all
 * Secretariat entities" (A/RES/78/245), "the killing of Agency staff", "including Agency schools sheltering displaced
 * civilians" (A/RES/79/256 OP4, OP6; UNRWA's texts 78/73, 78/251, 80/77): the body the text calls "the Secretariat" or
 * "the Agency" names it so (the short form resolves as "the Agency" does). Only before these nouns: a bare capitalised
 * "Secretariat" or "Agency" elsewhere is mostly a heading or another body's name. Also the 2030 Agenda's bare "Goals" and a bare
 * "Council" before texts it leaves unnumbered (their comments below).
 */
function bareShortForm(text: string, t: number, sets: HeadSets): string | undefined {
  // "the ambitious Goals and targets of the 2030 Agenda" (A/RES/78/134 OP15 and six more), "the inherent interlinkages between
  // different Goals and targets of the 2030 Agenda" (78/174 OP17, 79/146, 80/178): the Agenda's Goals, as "the Goals" are, with
  // an adjective or none before them
  if (isWord(text, t, 'Goals')) return sets.determined.has('Goals') && GOALS_OF_THE_AGENDA_AFTER_RE.test(text.slice(ends[t]!, ends[t]! + 35)) ? 'Goals' : undefined;
  if (isWord(text, t, COUNCIL)) return sets.determined.has(COUNCIL) && unnumberedCouncilTexts(text, t) ? COUNCIL : undefined;
  // "Also requests the administering Powers concerned, in accordance with their Charter obligations, to transmit ... to the
  // Secretary-General" (A/RES/79/94 OP3, 78/81, 80/85): the obligations under the Charter of the United Nations, a fixed referent
  // as "its Charter" after the United Nations is (not another charter the text named last)
  if (isWord(text, t, CHARTER)) return codeUnitAt(text, ends[t]!) === 32 && CHARTER_DUTIES_AFTER_RE.test(text.slice(ends[t]!, ends[t]! + 14)) ? UN_ITS_CHARTER : undefined;
  const w = isWord(text, t, 'Secretariat') ? 'Secretariat' : isWord(text, t, 'Agency') ? 'Agency' : undefined;
  if (w === undefined || !sets.determined.has(w)) return undefined;
  const e = ends[t]!;
  return codeUnitAt(text, e) === 32 && SHORT_FORM_NOUN_AFTER_RE.test(text.slice(e, e + 14)) ? w : undefined;
}
const CHARTER = 'Charter';
/** the nouns a bare "Charter" qualifies as the Charter of the United Nations: what States owe under it */
const CHARTER_DUTIES_AFTER_RE = /^ (?:obligations|commitments|responsibilities)\b/;
/** the nouns a bare "Secretariat" or "Agency" qualifies: its people, its units, its schools and operations */
const SHORT_FORM_NOUN_AFTER_RE = /^ (?:staff|entities|entity|officials|personnel|departments|offices|units|schools|operations)\b/;
/** the words after a bare "Goals" that make them the 2030 Agenda's ("Goals and targets of the 2030 Agenda") */
const GOALS_OF_THE_AGENDA_AFTER_RE = /^\s+and\s+targets\s+of\s+the\s+2030\s+Agenda\b/;
/** first letters of the words bareShortForm reads ("S"ecretariat, "A"gency, "G"oals, "C"ouncil): a cheap test before it */
function shortFormInitial(c: number): boolean {
  return c === 83 || c === 65 || c === 71 || c === 67;
}

const COUNCIL = 'Council';
/**
 * Token t is "Council" printed bare before texts it leaves unnumbered: "Recalling further Economic and Social Council resolutions
 * 2017/18 ... and 2021/25 ... and previous Council resolutions on trafficking in persons" (A/RES/78/228 PP12, 80/228): the Council
 * as author of unnumbered texts, a target (session 63), the one the paragraph cited (entityScan's nearestNamedBefore). Not when a note
 * numbers them ("previous Council resolutions on the issue, 4", 78/160 PP5, 80/147 PP6: the author of numbered texts, no target).
 */
function unnumberedCouncilTexts(text: string, t: number): boolean {
  const s = starts[t]!;
  const e = ends[t]!;
  return PREVIOUS_TEXTS_BEFORE_RE.test(text.slice(Math.max(0, s - 12), s)) && UNNUMBERED_TEXTS_AFTER_RE.test(text.slice(e, e + 100));
}
/** right before: "previous ", "subsequent " */
const PREVIOUS_TEXTS_BEFORE_RE = /\b(?:previous|subsequent)\s$/;
/** right after: " resolutions on <topic>" ending the clause, with no note's mark after it */
const UNNUMBERED_TEXTS_AFTER_RE = /^\s+resolutions(?:\s+on\s+[^,;\d]{1,80})?(?:,(?!\s?\d)|;|$)/;

/** The year of a number printed "<n>/<year>" ("resolution 3/2005", the FAO Conference's numbering): token t glued to "<digit>/". */
function yearOfNumber(text: string, t: number): boolean {
  const at = starts[t]!;
  return at >= 2 && codeUnitAt(text, at - 1) === 47 /* / */ && isDigitCode(codeUnitAt(text, at - 2));
}

/** The last token of the chunk that starts at capitalised token t (t itself when it is a single word). */
function chunkLast(text: string, t: number, m: number): number {
  let last = t;
  let u = t + 1;
  while (u < m) {
    if (kinds[u] === Tok.Cap && spacedBefore(u)) {
      last = u;
      u++;
      continue;
    }
    // "the Asian Regional Initiative against Trafficking in Persons, Especially Women and Children", "the Association of
    // Southeast Asian Nations Convention Against Trafficking in Persons, Especially Women and Children" (A/RES/79/154 OP25):
    // the Trafficking Protocol's title drafting, the group singled out after the comma is part of the name
    if (especiallyWomenAt(text, u, m)) {
      last = u + 3;
      u += 4;
      continue;
    }
    // "Conference to Support the Implementation of ...", "Conference to Adopt the Global Compact":
    // a capitalised verb after "to" takes its object, article included
    // ("Expert Group to Conduct a Comprehensive Study on Cybercrime": the indefinite article too)
    // (a year is no verb: "proclaimed the period from 1995 to 2004 the United Nations Decade for Human Rights Education",
    // A/RES/80/115 PP5)
    if ((kinds[u] === Tok.The || (kinds[u] === Tok.Other && indefiniteArticle(text, u))) && u >= 2 && kinds[u - 2] === Tok.Connector && u + 1 < m && kinds[u + 1] === Tok.Cap && spacedBefore(u) && spacedBefore(u + 1) && ends[u - 2]! - starts[u - 2]! === 2 && text.startsWith('to', starts[u - 2]!) && !isDigitCode(codeUnitAt(text, starts[u - 1]!))) {
      last = u + 1;
      u += 2;
      continue;
    }
    // "Andean Community Roadmap to Prevent and Combat the Illicit Trafficking in Firearms" (A/RES/80/61 OP7), "Plan of Action
    // to Prevent and Counter the Rise of Radicalisation" (A/RES/79/290): two capitalised verbs after "to" share the object
    if (kinds[u] === Tok.The && u >= 4 && u + 1 < m && kinds[u + 1] === Tok.Cap && kinds[u - 1] === Tok.Cap && kinds[u - 2] === Tok.Connector && kinds[u - 3] === Tok.Cap && spacedBefore(u) && spacedBefore(u + 1) && andOr(text, u - 2) && isWord(text, u - 4, 'to')) {
      last = u + 1;
      u += 2;
      continue;
    }
    // "Agreement Establishing the African Continental Free Trade Area", "International Day Commemorating the Victims of
    // ...": a capitalised participle inside the name takes its object, article included
    if (kinds[u] === Tok.The && u - 1 > t && u + 1 < m && kinds[u + 1] === Tok.Cap && spacedBefore(u) && spacedBefore(u + 1) && capitalParticiple(text, u - 1)) {
      last = u + 1;
      u += 2;
      continue;
    }
    // "Sustainable Development Goal 14"
    if (kinds[u] === Tok.Other && isGoalNumber(text, u)) {
      last = u;
      u++;
      continue;
    }
    // "the International, Impartial and Independent Mechanism", "the Monitoring, Control and Surveillance Network":
    // a list of single capitalised words that opens the name
    // (or at its second word: "the International Monitoring, Control and Surveillance Network", "its 10-Year Research,
    // Development and Implementation Plan")
    const listFirst = u === t + 1 ? t : u === t + 2 && spacedBefore(t + 1) ? t + 1 : -1;
    if (listFirst >= 0 && kinds[u] === Tok.Cap && (t === 0 || kinds[t - 1] !== Tok.Cap) && codeUnitAt(text, ends[listFirst]!) === 44) {
      const listEnd = capitalListEnd(text, listFirst, m);
      if (listEnd > 0 && listEnd + 1 < m && kinds[listEnd + 1] === Tok.Cap && spacedBefore(listEnd + 1)) {
        last = listEnd;
        u = listEnd + 1;
        continue;
      }
    }
    // "Committee on Economic, Social and Cultural Rights", "Group on Food, Energy and Finance": a list of
    // single capitalised words after a preposition of the name
    if (kinds[u] === Tok.Cap && kinds[u - 1] === Tok.Cap && u - t >= 2 && listAfterPreposition(text, t, u)) {
      const listEnd = capitalListEnd(text, u, m);
      if (listEnd > 0) {
        last = listEnd;
        u = listEnd + 1;
        continue;
      }
    }
    // "the Protection of and Assistance to Internally Displaced Persons", "the Prevention of and Fight against All Forms
    // of ...", "the Prevention of, Preparedness and Response to Marine Pollution": two nouns share the object of the second
    if (kinds[u] === Tok.Connector && spacedBefore(u) && u + 2 < m) {
      const next = sharedObjectAt(text, u);
      if (next > 0) {
        last = next;
        u = next + 1;
        continue;
      }
    }
    if (kinds[u] === Tok.Connector && spacedBefore(u) && inLineWithInDecadeName(text, t, u, m)) {
      last = u + 3;
      u += 4;
      continue;
    }
    if (kinds[u] === Tok.Connector && spacedBefore(u)) {
      // "the proposed programme budget for 2026 for the International Law Fellowship Programme" (A/RES/79/120 OP8): a year
      // opens a name only with a capitalised word right after it ("2030 Agenda", "2005 World Summit Outcome"); before a
      // preposition it dates what was said before, and the name starts after it (a year printed in a number, "resolution
      // 3/2005 of the Conference of the Food and Agriculture Organization", A/RES/78/169 PP3, is no date of the clause, but the
      // name still starts after it: the Conference is the text's author, 78/168 PP14, 79/227 PP22, 80/157 PP21)
      if (u === t + 1 && (spacedBefore(t) || yearOfNumber(text, t)) && isDigitCode(codeUnitAt(text, starts[t]!)) && YEAR_RE.test(text.slice(starts[t]!, ends[t]!))) break;
      // (so do a month and its year: "resolution 7/2019 of 28 June 2019 of the Conference of the Food and Agriculture
      // Organization of the United Nations", A/RES/79/227 PP22, 78/168 PP14, PP23, 80/157 PP21)
      if (u === t + 2 && monthThenNumber(text, t) && YEAR_RE.test(text.slice(starts[t + 1]!, ends[t + 1]!))) break;
      let v = u + 1;
      // "for the Prevention of an Arms Race in Outer Space", "on the Development of a Multidimensional Vulnerability Index":
      // the indefinite article inside a name, like "the"
      // (after a preposition: "the Co-Chairs and a Bureau" are two)
      if (v < m && (kinds[v] === Tok.The || (indefiniteArticle(text, v) && !andOr(text, u))) && spacedBefore(v)) v++;
      // "the nineteenth Summit of la Francophonie", "the Ministerial Conference of la Francophonie" (A/RES/79/331 PP6, PP13):
      // the French article after "of" is the name's own, like "the"
      else if (v < m && kinds[v] === Tok.Connector && isWord(text, v, 'la') && isWord(text, u, 'of') && spacedBefore(v)) v++;
      if (v < m && kinds[v] === Tok.Cap && spacedBefore(v)) {
        if (v === u + 2 && reportAddressee(text, u, v)) break;
        // "the re-engagement of the Territory with the Special Committee" (A/RES/78/87 PP20): one capitalised word, then
        // "with the" and a name, is a thing and the body it deals with, not one name
        if (v === u + 2 && u === t + 1 && isWord(text, u, 'with')) break;
        // "the transmission by the administering Power to the Special Committee of ..." (A/RES/80/98 PP28), "the contributions
        // of host Governments to the Agency": a State acting towards a body, not one name
        // ... or a Territory's head of government: "the renewed invitation extended by the Premier to the Special Committee"
        // (A/RES/78/89 PP19)
        if (v === u + 2 && u === t + 1 && isWord(text, u, 'to') && (actingState(text, t) || isWord(text, t, 'Premier') || isWord(text, t, 'Governor'))) break;
        // "the credits and advances paid by any Member State to the Working Capital Fund" (A/RES/79/261 OP4, 78/256, 80/246),
        // "Cash advances paid by Member States to the Working Capital Fund": the States paying a body, not one name
        if (v === u + 2 && isWord(text, u, 'to') && memberStates(text, t, u)) break;
        // "the commitment of Member States in the 2019 Ministerial Declaration to review ..." (A/RES/79/191 PP43), "the
        // commitments of Governments in the Istanbul Declaration": the States that committed themselves and the text they did
        // it in, not one name (a name goes on from its own words: "Activities of States in the Exploration ...")
        if (v === u + 2 && isWord(text, u, 'in') && statesInText(text, t, u)) break;
        // "the respective decisions of the Committee of Signatories to the Nouméa Accord of March 2018 and November 2019"
        // (A/RES/80/98 PP10): a month and its year after "of" date the decisions, they are no words of the name
        if (v === u + 1 && v + 1 < m && monthThenNumber(text, v)) break;
        // "the International Day for Disaster Risk Reduction on 13 October and World Tsunami Awareness Day on 5 November"
        // (A/RES/79/205 OP74): a day and its month date the Day before "and", the next Day's name starts after it
        if (u === t + 1 && t > 0 && andOr(text, u) && dayThenMonth(text, t)) break;
        // "the Snow Leopard Conservation Action Plan 2024–2030 and Snow Leopard and Ecosystem Management Plan 2017–2026 of
        // Nepal" (A/RES/79/143 PP9): a period of years ends the name it dates, the name after "and" is another
        if (v === u + 1 && andOr(text, u) && yearRangeAt(text, u - 1)) break;
        // "the United Nations Conference to Support the Implementation of Sustainable Development Goal 14 of the 2030 Agenda for
        // Sustainable Development" (A/RES/79/314 annex OP1): the Agenda that holds the Goal is a name of its own
        if (u > 0 && kinds[u - 1] === Tok.Other && isGoalNumber(text, u - 1) && text.startsWith('2030 Agenda', starts[v]!)) break;
        // "the Board of the 10-Year Framework of Programmes ...": a name that opens with a number begins there
        if (isDigitCode(codeUnitAt(text, starts[v]!)) && !YEAR_RE.test(text.slice(starts[v]!, ends[v]!))) break;
        // "the Winter Games in 2030 in the French Alps" (A/RES/79/8 PP29), "the Ministerial Conferences on Antimicrobial Resistance
        // in 2014 and 2019 in the Netherlands" (78/269 PP8, 79/2 annex OP12), "the First BRICS International Conference on
        // Antimicrobial Resistance in 2024 in the Russian Federation" (79/2): "in" and a year date the name, and the place after
        // it is the venue, no words of the name
        if (v === u + 1 && isDigitCode(codeUnitAt(text, starts[v]!)) && isWord(text, u, 'in')) break;
        // "the assistance provided by the Regional Centre to Member States", "... Centre to African Member States": the States
        // helped, not a name's words (the Instrument "to Enable States to ..." has a verb first)
        if (v === u + 1 && statesAddressed(text, u, v, m)) break;
        // "the Technical Secretariat and States parties can learn" (A/RES/79/134 OP3): the members next to the body, not its name
        if (v === u + 1 && andOr(text, u) && statesParties(text, v)) break;
        // "decision 2/CP.23 of the Conference of the Parties to the Convention on the Platform’s purpose and functions"
        // (A/RES/79/206 OP33, 78/153 OP31, 80/138 OP33): "on the" and one capitalised word in the possessive, a common noun
        // after it, is the decision's topic (the thing named before), not the end of the Convention's name
        if (v === u + 2 && isWord(text, u, 'on') && possessiveTopic(text, v, m)) break;
        // "the Economic Cooperation Organization Regional Electricity Market with the Commission’s Regional Road Map on Power
        // System Connectivity" (A/RES/79/330 OP26): "with the" and an owner in the possessive open another name (of the owner's)
        if (v === u + 2 && isWord(text, u, 'with') && possessiveEnd(text, v)) break;
        last = v;
        u = v + 1;
        continue;
      }
    }
    break;
  }
  return last;
}

/** Tokens u.. are "Especially Women and Children" (or "... and Girls") printed after "Persons, " closing the chunk's last word. */
function especiallyWomenAt(text: string, u: number, m: number): boolean {
  return u > 0 && u + 3 < m && kinds[u] === Tok.Cap && isWord(text, u - 1, 'Persons') && starts[u]! === ends[u - 1]! + 2 && text.startsWith(', ', ends[u - 1]!) &&
    isWord(text, u, 'Especially') && isWord(text, u + 1, 'Women') && andOr(text, u + 2) && (isWord(text, u + 3, 'Children') || isWord(text, u + 3, 'Girls')) &&
    spacedBefore(u + 1) && spacedBefore(u + 2) && spacedBefore(u + 3);
}

/** Token k is a period of years, "2024–2030" (nine characters, a dash at the fifth). */
function yearRangeAt(text: string, k: number): boolean {
  const s = starts[k]!;
  if (ends[k]! - s !== 9 || !isDigitCode(codeUnitAt(text, s))) return false;
  const dash = codeUnitAt(text, s + 4);
  return dash === 0x2013 || dash === 45;
}

/** Token v ends in "’s" or "'s" (a word of four characters or more). */
function possessiveEnd(text: string, v: number): boolean {
  const e = ends[v]!;
  const q = codeUnitAt(text, e - 2);
  return e - starts[v]! >= 4 && codeUnitAt(text, e - 1) === 115 && (q === 0x2019 || q === 39);
}

/** Token v ends in "’s" and no capitalised word follows it: "the Platform’s purpose". */
function possessiveTopic(text: string, v: number, m: number): boolean {
  const e = ends[v]!;
  if (codeUnitAt(text, e - 1) !== 115 || codeUnitAt(text, e - 2) !== 0x2019 || e - starts[v]! < 4) return false;
  return !(v + 1 < m && kinds[v + 1] === Tok.Cap && spacedBefore(v + 1));
}

/**
 * "a summary report of the Secretariat to the General Assembly", "the reports of the Commission of Inquiry to the
 * Security Council", "visiting missions of the Committee to the Territories", "the provision by the Special
 * Commission to the Director General of the ...": "to the" (token u, "the" before token v) then the body a report
 * or mission goes to ends the name before "to"; no body's name goes on with one of these.
 */
function reportAddressee(text: string, u: number, v: number): boolean {
  const s = starts[u]!;
  const len = ends[u]! - s;
  if (len === 2 && codeUnitAt(text, s) === 116 && codeUnitAt(text, s + 1) === 111) return REPORT_ADDRESSEE_RE.test(text.slice(starts[v]!, starts[v]! + 20));
  // ... or "for the" one of the two principal organs: "the repeated encouragement by the High Commissioner for the Security
  // Council to refer the situation to the International Criminal Court" (A/RES/78/222 PP32, 79/185 PP35): whom the officer
  // encouraged, no "High Commissioner for the Security Council" (no name in corpus-ga goes on so)
  return len === 3 && codeUnitAt(text, s) === 102 && codeUnitAt(text, s + 1) === 111 && codeUnitAt(text, s + 2) === 114 && FOR_ORGAN_RE.test(text.slice(starts[v]!, starts[v]! + 20));
}
const REPORT_ADDRESSEE_RE = /^(?:General Assembly|Security Council|Territories|Director[- ]General\b|(?:First|Second|Third|Fourth|Fifth|Sixth) Committee)/;
const FOR_ORGAN_RE = /^(?:General Assembly|Security Council)\b/;

/** Token v is "a" or "an" (kinds Other: a character test or two). */
function indefiniteArticle(text: string, v: number): boolean {
  const s = starts[v]!;
  const len = ends[v]! - s;
  return codeUnitAt(text, s) === 97 && (len === 1 || (len === 2 && codeUnitAt(text, s + 1) === 110));
}

/**
 * Token u is "of" after a capitalised word, and "and <Capital>" or ", <Capital> <connector>" follows it: "Protection of
 * and Assistance", "Prevention of, Preparedness and": the capitalised token the chunk goes on from, or -1. (Character
 * tests first: most connectors are not "of" so placed.)
 */
function sharedObjectAt(text: string, u: number): number {
  const s = starts[u]!;
  if (ends[u]! - s !== 2 || codeUnitAt(text, s) !== 111 || codeUnitAt(text, s + 1) !== 102 || kinds[u - 1] !== Tok.Cap) return -1;
  // ", Preparedness and Response to ...": the list goes on from the capitalised word
  if (codeUnitAt(text, ends[u]!) === 44) return starts[u + 1]! === ends[u]! + 2 && kinds[u + 1] === Tok.Cap && kinds[u + 2] === Tok.Connector ? u + 1 : -1;
  return kinds[u + 2] === Tok.Cap && spacedBefore(u + 1) && spacedBefore(u + 2) && andOr(text, u + 1) ? u + 2 : -1;
}

/** Token u is "and" or "or". */
function andOr(text: string, u: number): boolean {
  const len = ends[u]! - starts[u]!;
  const c = codeUnitAt(text, starts[u]!);
  return (len === 3 && c === 97 && codeUnitAt(text, starts[u]! + 1) === 110) || (len === 2 && c === 111 && codeUnitAt(text, starts[u]! + 1) === 114);
}

/**
 * Token u is "to" (or "among", "with": "the Olympic Truce among Member States", "the President of the thirteenth Meeting of States
 * Parties to the Convention on Cluster Munitions with States not Parties", A/RES/80/52 PP19) and tokens from v are "(<Word>)
 * (Member) States", then no capitalised word.
 */
function statesAddressed(text: string, u: number, v: number, m: number): boolean {
  if ((ends[u]! - starts[u]! !== 2 || codeUnitAt(text, starts[u]!) !== 116 || codeUnitAt(text, starts[u]! + 1) !== 111) && !isWord(text, u, 'among') && !isWord(text, u, 'with')) return false;
  // ("to Assure Non-Nuclear-Weapon States against ..." is a name's verb and object)
  let k = v;
  if (k + 1 < m && kinds[k + 1] === Tok.Cap && spacedBefore(k + 1) && !isWord(text, k, 'Member') && isWord(text, k + 1, 'Member')) k++;
  if (isWord(text, k, 'Member')) k++;
  return k < m && kinds[k] === Tok.Cap && (k === v || spacedBefore(k)) && isWord(text, k, 'States') && !(k + 1 < m && kinds[k + 1] === Tok.Cap && spacedBefore(k + 1));
}

/**
 * Token t is "States" right after a lowercase word and right before a capitalised noun it qualifies: "to establish a small island
 * developing States Centre of Excellence" (A/RES/78/232 OP42): the capitals go on a common noun phrase ("small island developing
 * States"), and the chunk is no name of its own. Not "member States of the Indian Ocean Rim Association of the Strategic
 * Framework" (78/69 OP226) nor "both States Parties and the Technical Secretariat" (80/34 OP28): names inside such chunks stay.
 */
function statesAfterLowercase(text: string, t: number): boolean {
  if (t === 0 || t + 1 >= count || kinds[t - 1] !== Tok.Other || kinds[t + 1] !== Tok.Cap || !spacedBefore(t) || !spacedBefore(t + 1) || !isWord(text, t, 'States')) return false;
  const c = codeUnitAt(text, starts[t - 1]!);
  return c >= 97 && c <= 122 && !isWord(text, t + 1, 'Parties') && !isWord(text, t + 1, 'Members');
}

/** Token v is "States" and " parties" (lowercase) follows it. */
function statesParties(text: string, v: number): boolean {
  const e = ends[v]!;
  return e - starts[v]! === 6 && text.startsWith('States', starts[v]!) && text.startsWith(' parties', e);
}

/** Token k is the word w. */
const MONTH_WORD_RE = new RegExp(String.raw`^(?:${MONTHS})$`);
/** Token k is a month's name and a number follows it ("March 2018"). */
function monthThenNumber(text: string, k: number): boolean {
  const c = codeUnitAt(text, starts[k + 1]!);
  return c >= 48 && c <= 57 && MONTH_WORD_RE.test(text.slice(starts[k]!, ends[k]!));
}

/** Token k is a month's name after a day's number ("13 October"). */
function dayThenMonth(text: string, k: number): boolean {
  const p = starts[k - 1]!;
  const len = ends[k - 1]! - p;
  return (len === 1 || len === 2) && isDigitCode(codeUnitAt(text, p)) && isDigitCode(codeUnitAt(text, ends[k - 1]! - 1)) && MONTH_WORD_RE.test(text.slice(starts[k]!, ends[k]!));
}

/** Token k is "Power(s)" or "Government(s)": the administering Power, a host Government. */
function actingState(text: string, k: number): boolean {
  const s = starts[k]!;
  const n = ends[k]! - s;
  const c = codeUnitAt(text, s);
  if (c === 80 /* P */) return (n === 5 || (n === 6 && codeUnitAt(text, s + 5) === 115)) && text.startsWith('Power', s);
  return c === 71 /* G */ && (n === 10 || (n === 11 && codeUnitAt(text, s + 10) === 115)) && text.startsWith('Government', s);
}

/** Tokens t..u-1 are "State", "States", "Member State" or "Member States": the whole chunk so far is the States. */
function memberStates(text: string, t: number, u: number): boolean {
  const k = u === t + 2 && isWord(text, t, 'Member') ? t + 1 : u === t + 1 ? t : -1;
  return k >= 0 && (isWord(text, k, 'State') || isWord(text, k, 'States'));
}

/** Tokens t..u-1 are "States", "Member States", "Governments" or "Government": the whole chunk so far is who acted. */
function statesInText(text: string, t: number, u: number): boolean {
  if (u === t + 1) return isWord(text, t, 'States') || actingState(text, t);
  return u === t + 2 && isWord(text, t, 'Member') && isWord(text, t + 1, 'States');
}

function isWord(text: string, k: number, w: string): boolean {
  return ends[k]! - starts[k]! === w.length && text.startsWith(w, starts[k]!);
}

/**
 * Tokens u.. are "in line with <Capital>" and the chunk from t holds "Decade": "the United Nations Decade for Afforestation and
 * Reforestation in line with Sustainable Forest Management (2027–2036)" (A/RES/79/283 OP1, OP4), one name. Only in a Decade's
 * name: after any other name "in line with" says what it acts by ("the Syrian Arab Republic in line with Security Council
 * resolution 2118 (2013)", "Ukraine in line with International Atomic Energy Agency ...").
 */
function inLineWithInDecadeName(text: string, t: number, u: number, m: number): boolean {
  if (u + 3 >= m || !isWord(text, u, 'in') || !isWord(text, u + 1, 'line') || !isWord(text, u + 2, 'with')) return false;
  if (kinds[u + 3] !== Tok.Cap || !spacedBefore(u + 1) || !spacedBefore(u + 2) || !spacedBefore(u + 3)) return false;
  for (let k = t; k < u; k++) if (isWord(text, k, 'Decade')) return true;
  return false;
}

/** Token k is a capitalised word of six letters or more ending in "ing" ("Establishing", "Governing", "Affecting"). */
function capitalParticiple(text: string, k: number): boolean {
  const e = ends[k]!;
  return kinds[k] === Tok.Cap && e - starts[k]! >= 6 && codeUnitAt(text, e - 1) === 103 && codeUnitAt(text, e - 2) === 110 && codeUnitAt(text, e - 3) === 105;
}

/** Token u is the number after "Goal" ("Goal 14") or "Article" ("Working Group on Article 8 (j)"). */
function isGoalNumber(text: string, u: number): boolean {
  if (ends[u]! - starts[u]! > 2 || !spacedBefore(u) || !/^\d+$/.test(text.slice(starts[u]!, ends[u]!))) return false;
  const len = ends[u - 1]! - starts[u - 1]!;
  return (len === 4 && text.startsWith('Goal', starts[u - 1]!)) || (len === 7 && text.startsWith('Article', starts[u - 1]!));
}

/**
 * A filter of the words of a set of chunk heads: one bit per slot of (length, first and last character). A
 * word whose slot has no bit is in no set, so it is not sliced out of the text to be looked up: most
 * capitalised words of a chunk ("United", "Nations", "Sustainable") are not heads.
 */
const headWordSlot = (length: number, first: number, last: number): number => (Math.imul(length, 0x9e3b) ^ Math.imul(first, 0x1f1) ^ last) & 0xffff;
// the filters of the last few sets asked about (a scan asks about the same three sets every time)
const FILTERS_KEPT = 4;
const filteredSets: (ReadonlySet<string> | undefined)[] = new Array<ReadonlySet<string> | undefined>(FILTERS_KEPT).fill(undefined);
const filters: Uint8Array[] = new Array<Uint8Array>(FILTERS_KEPT).fill(new Uint8Array(0));
let filterNext = 0;
function headWordFilter(words: ReadonlySet<string>): Uint8Array {
  for (let k = 0; k < FILTERS_KEPT; k++) if (filteredSets[k] === words) return filters[k]!;
  const filter = new Uint8Array(1 << 16);
  for (const w of words) if (w.length > 0) filter[headWordSlot(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;
  filteredSets[filterNext] = words;
  filters[filterNext] = filter;
  filterNext = (filterNext + 1) % FILTERS_KEPT;
  return filter;
}
/** text[s, e) may be one of the words of `filter`'s set (a false answer is sure, a true one is not) */
function mayBeIn(filter: Uint8Array, text: string, s: number, e: number): boolean {
  return filter[headWordSlot(e - s, codeUnitAt(text, s), codeUnitAt(text, e - 1))] === 1;
}
/** "<text[s1, e1)> <text[s2, e2)>" may be one of the words of `filter`'s set */
function pairMayBeIn(filter: Uint8Array, text: string, s1: number, e1: number, s2: number, e2: number): boolean {
  return filter[headWordSlot(e1 - s1 + 1 + e2 - s2, codeUnitAt(text, s1), codeUnitAt(text, e2 - 1))] === 1;
}

/** One of the capitalised words of tokens t..last is in `chunkHeads` (possessive 's ignored). */
function hasChunkHead(text: string, t: number, last: number, chunkHeads: ReadonlySet<string>, filter: Uint8Array): boolean {
  for (let k = t; k <= last; k++) {
    if (kinds[k] !== Tok.Cap) continue;
    const s = starts[k]!;
    let e = ends[k]!;
    const c = codeUnitAt(text, e - 1);
    if ((c === 115 || c === 83) && e - s > 2 && (codeUnitAt(text, e - 2) === 39 || codeUnitAt(text, e - 2) === 0x2019)) e -= 2;
    if (mayBeIn(filter, text, s, e) && chunkHeads.has(text.slice(s, e))) return true;
  }
  return false;
}

/** Determiner + head pairs after the first token of the chunk t..last. */
function pushHeadsInside(text: string, t: number, last: number, sets: HeadSets, heads: DeterminedHead[]): void {
  for (let k = t + 1; k <= last; k++) {
    if (kinds[k] !== Tok.Cap) continue;
    const pd = isDeterminer(text, k - 1) && spacedBefore(k);
    if (!pd && codeUnitAt(text, starts[k]!) !== 87) {
      // "other Missions and Secretariat staff members" (A/RES/79/130 OP10): the chunk's last word, after "and"/"or"
      if (k === last && shortFormInitial(codeUnitAt(text, starts[k]!)) && andOr(text, k - 1)) {
        const short = bareShortForm(text, k, sets);
        if (short !== undefined) heads.push(determinedHead(short, starts[k]!, ends[k]!));
      }
      continue;
    }
    if (k + 1 <= last && kinds[k + 1] === Tok.Cap) {
      const two = twoWordHead(text, k, pd, sets);
      if (two !== undefined) {
        heads.push(determinedHead(two, starts[k]!, ends[k + 1]!));
        k++;
        continue;
      }
    }
    if (!pd) continue;
    const one = oneWordHead(text, k, sets);
    if (one !== undefined) heads.push(determinedHead(one, starts[k]!, starts[k]! + one.length));
  }
}

// Runs every branch of the scan before its first use, in the interpreter (about a millisecond), so V8 has type
// feedback for all of it before optimising: a branch first taken late in a run (a Latin-1 capital, a
// line-break hyphen, "Goal 14", a possessive head) otherwise deopts the optimised code, which is then
// compiled again (tokenize was compiled 6 times per cold pass). Ten runs: V8 only starts recording a
// function's feedback after its first few calls. Not at load: a process that imports the pipeline
// without extracting (the kg ingest main thread) does not pay for it.
function warmUp(): void {
  warmedUp = true;
  for (let run = 0; run < 10; run++) {
    scanCapitals(
      "the Commission’s report, 'Agenda, the Working Group and this Summit; the Commission Secretariat; élan; World Summit on the Information Society; " +
        "Inter- Agency Committee's work; Côte d’Ivoire, État; eTrade for All; Committee on Economic, Social and Cultural " +
        'Rights; Conference to Support the Implementation of Sustainable Development Goal 14 against 2024–2030 with ' +
        'Telecommunication/Information for A/RES/78/1 in 2030, 2024–2030; the Entry into Force of the Treaty, the Agency into the ' +
        'Union; the Prevention of an Arms Race; the Centre to Member States and the Conference of States Parties; the Working Group on Article 8; the International Monitoring, Control and Surveillance Network; the 10-Year Framework; Sharm el-Sheikh Plan; the Group to Conduct a Study; the Protection of and Assistance to Displaced Persons; the Prevention of, Preparedness and Response to Pollution; the Convention against the Recruitment, Use and Training of Mercenaries; the Climate Risk and Early Warning Systems (CREWS) initiative; the Coalition on Science, Technology, and Innovation for Africa.',
      new Set(['Commission', 'Working Group']),
      new Set(['World Summit']),
      new Set(['Committee', 'Conference']),
    );
  }
}
