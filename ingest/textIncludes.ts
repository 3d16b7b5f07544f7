// textIncludes(text, phrase): text.includes(phrase), answered without a pass over the text when the text lacks one of
// the phrase's runs of three characters (nearly always: the entity scan's and the attributions' gates are phrases most paragraphs
// do not hold).
// Why: the entities worker's ~200 gates ("if (text.includes(FINAL_DOCUMENT_OF_THE)) ...") each walked the paragraph, ~90
// walks of every paragraph in all; replayed alone over a quarter of corpus-ga they took ~270 ms of CPU, against ~2 s for
// that quarter's whole second half of extraction. A text's triples are read once, into a 4096-bit filter (a hash of each
// three adjacent UTF-16 code units); a phrase then costs a few bit tests, and a pass only when every triple of it is there.
// A filter says "maybe" or "no", never a wrong "no": the answer is always text.includes'.
// Session 40 (spd40a), host load ~20: the 842,747 gate calls on texts over 100 characters of the second half of extraction
// over every 4th file of corpus-ga, recorded and replayed alone, 3 runs: text.includes 276-394 ms of CPU, textIncludes
// 119-154 ms (the same answers). Whole runs: see ingest/pool-stages.ts.

// Session 41 (spd41a): three adjacent code units hashed instead of two. Gates such as ' and on ', ' on ', ', initiated in ',
// ' part of the ' are made of pairs nearly every paragraph holds, so the pair filter let ~80% of the texts it passed on to
// text.includes lack the phrase (91k passes, 18.6k hits, over every 4th corpus-ga file); triples: 28.9k passes for the same
// hits. And texts from 100 characters on are filtered (was 160). The 1,142,823 calls of that quarter, recorded and
// replayed alone (5 rounds, medians): pairs 117-121 ms of CPU, triples 70-72 ms, text.includes 268 ms (the same answers).
// bench:instructions --step 30 beside the base (1d39890): 7,664,589,685 -> 7,643,696,106 (-0.27%; its 31 files ask few gates).
// Not for the references worker's gates (documents.ts findDocumentRefs, resolutions.ts): ~10 phrases a text there, too few
// to pay for the filter: those ten over the same quarter's 9,376 texts of 100+ characters, 7 rounds, the last 4 steady:
// text.includes 8.7-9.0 ms, filter built and asked 10.9-11.3 ms.
// Tried in session 44 (spd44a), not kept: each phrase's triple bits kept in a Map (hashed once, not on every ask), the triple
// a text lacked moved first. 7,088 corpus-ga paragraphs of 100+ characters each asked 171 gate phrases of the recognisers
// (1.2M asks, same answers), CPU of the last 4 of 5 rounds, old / new: 49.9/46.4, 48.4/48.7, 48.6/46.6, 46.6/44.4 ms: ~4% of
// textIncludes' own time (the filter build and the searches are the rest), too little for a cache that reorders itself.
// Tried in session 49 (spd49b), not kept: phrases of one or two code units (": ", "/", " (", "“", "” ": ~250k asks over corpus-ga,
// on texts of ~450 characters, ~4% of them hits) answered from 256 presence bits (a code unit's low 8 bits) set in filterOf's
// pass, a text.includes only when all were there. bench:instructions --step 30 (with ownerOrgKey remembered, attributions.ts):
// 6,725,830,506 -> 6,772,452,441 (+0.69%): the extra store per character of every filtered text costs more than the walks it
// spares (the filter's build is ~2% of a one-thread CPU profile of corpus-ga: most of wsisPlus20Candidates' 1.3%, the first
// gate a paragraph asks, and filterOf's own). Counted over all of corpus-ga (one thread): 6.58M asks, 5.39M of them filtered (142,751
// passed on to text.includes, 80,434 hits); 40,141 filters built over 17.4M characters for 28,187 distinct texts: only 633 were
// built again within 64 builds (the 8 slots suffice); the other ~11.3k rebuilds (4.3M characters, 26%) are the same paragraph in
// another resolution, which a filter kept by content across files would spare (not tried).
// Tried in session 52 (spd52a), not kept: one Aho-Corasick automaton over the phrases asked (a dense Int16 table on the 63
// code units they use, ~4.4k states; a phrase joined it on its first ask, the automaton built again once the phrases not in it
// had been asked 16k times: one build in a whole run, after the warm-up, which asks 240 of the 264 phrases corpus-ga asks),
// run once per text where filterOf runs, and a phrase then answered by a bit test (no triple, no text.includes).
// Phrases counted first: 221 call sites, all string constants or constant lists (no phrase built from the text). Replayed
// alone (the 1,831,814 asks of every 4th corpus-ga file, one call site, host load 7-15, same answers) it won: filter 92-98 ms,
// automaton 74-78 ms (67-70 ms with texts under 100 characters scanned too). In the pipeline it lost. bench:instructions
// --step 30: 6,670,431,219 (base e3042514) -> 6,826,276,813 (+2.3%; 6,829,045,051 with short texts scanned). One-thread
// native ingest of every 3rd file, alternating, load ~17: user CPU 6.27/6.50, 6.15/6.38, 6.12/6.22 s. --cpu-prof of that
// run (self time, 200 us samples): base textIncludes 345 + includesOf 295 + filterOf 273 = 913 ms; automaton scan 714 +
// the phrase's id (Map.get) 300 + textIncludes 203 + the rest ~110 = 1,330 ms. With the id from a 4096-slot table hashed on
// the length and three code units, and phrases under 3 characters left to text.includes: scan 628 + id 211 + textIncludes 334
// + includesOf 217 + the rest ~85 = 1,475 ms. Why: the automaton's pass costs ~2.3x the filter's a character in the pipeline
// (its 570 KB table against the filter's 512 bytes, on a shared host), and an ask costs about the same whatever answers it:
// the triple loop was never the cost of textIncludes' own time (its calls from code not yet optimised are).
// Session 54 (spd54b): a census of the asks (this module wrapped to count, the entities stage over every 2nd corpus-ga file, one
// thread): 4,086,643 asks, 813,065 passed on to includesOf (5.4k texts a phrase are under MIN_TEXT_LENGTH), 70,298 finding, 137.8M
// characters searched. The searches that cost are those of a phrase led by a space, which V8's search stops at every space for: "
// (" 19,814 searches (8.57M characters, 1,439 finds), " and on " 15,910 (4.27M, 526), " and of " 9,488 (2.87M, 349), " on " 14,678
// (5.04M, 8,998). Each stood before a test that says no nearly always (a candidate or mention kind, rare plural nouns), now asked
// first (entityScan.ts ellipticalPairs, sittingsOnDaysInVenues, knownEditionsListed; extract.ts withoutFrameworksInShortNames):
// " (" 5,852 searches, " and on " 601, " and of " 9, " on " 185; 771,663 searches, 121.7M characters in all (-11.7%).
// bench:instructions --step 30 (with extract.ts's outcome note), two pairs, one run at a time (host load 12-20): base 96998346
// 6,926,363,066 and 6,889,018,387, new 6,839,641,099 and 6,843,192,590 (-1.25%, -0.67%; both new runs below both base runs, which
// differ by 0.5% themselves). KG_TIMELINE, 2 alternating pairs at host load 16-20 (wall ~100 s: no wall figure to give): entities
// worker thread CPU 10.77/10.21 and 8.87/8.90 s, all threads 22.41/21.40 and 17.94/17.50 s: noise at that load.
import { codeUnitAt } from './codeUnit.js';

// Session 46 (spd46a): the filter's pass and the searches read `charCodeAt` and `includes` through String.prototype (codeUnitAt,
// includesOf): a CPU profile of a one-thread ingest of every 2nd corpus-ga file put 3% of its samples in textIncludes and
// filterOf, most on the short texts' `text.includes` line, whose texts (paragraphs, footnotes, names, slices) come in many string
// representations (see ingest/codeUnit.ts). Same answers (tests/ingest/accuracy-spd46a.test.ts).
/** text.includes(phrase), read through String.prototype as codeUnitAt reads charCodeAt. */
function includesOf(text: string, phrase: string): boolean {
  return String.prototype.includes.call(text, phrase);
}

/** Shorter texts are searched as they are: the filter would cost more than the pass (names, slices, short paragraphs). */
const MIN_TEXT_LENGTH = 100;
/** The last texts filtered: the scan asks about a paragraph, then each of its footnotes, then the paragraph again. */
const SLOTS = 8;
const FILTER_WORDS = 128; // 4096 bits
const slotTexts: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
const slotFilters: Int32Array[] = Array.from({ length: SLOTS }, () => new Int32Array(FILTER_WORDS));
let nextSlot = 0;
let lastText: string | undefined;
let lastFilter: Int32Array = slotFilters[0]!;

/** The filter bit (0-4095) of the code units `a`, `b`, `c` side by side. */
function tripleBit(a: number, b: number, c: number): number {
  return Math.imul(((a << 16) | b) ^ Math.imul(c, 0x85ebca6b), 0x9e3779b1) >>> 20;
}

function filterOf(text: string): Int32Array {
  if (text === lastText) return lastFilter;
  for (let k = 0; k < SLOTS; k++) {
    if (slotTexts[k] === text) {
      lastText = text;
      lastFilter = slotFilters[k]!;
      return lastFilter;
    }
  }
  const filter = slotFilters[nextSlot]!;
  filter.fill(0);
  const n = text.length;
  let a = codeUnitAt(text, 0);
  let b = codeUnitAt(text, 1);
  for (let i = 2; i < n; i++) {
    const c = codeUnitAt(text, i);
    const bit = tripleBit(a, b, c);
    filter[bit >>> 5] |= 1 << (bit & 31);
    a = b;
    b = c;
  }
  slotTexts[nextSlot] = text;
  nextSlot = (nextSlot + 1) % SLOTS;
  lastText = text;
  lastFilter = filter;
  return filter;
}

/** text.includes(phrase). */
export function textIncludes(text: string, phrase: string): boolean {
  if (text.length < MIN_TEXT_LENGTH || phrase.length < 3) return includesOf(text, phrase);
  const filter = filterOf(text);
  let a = phrase.charCodeAt(0);
  let b = phrase.charCodeAt(1);
  for (let i = 2; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    const bit = tripleBit(a, b, c);
    if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    a = b;
    b = c;
  }
  return includesOf(text, phrase);
}
