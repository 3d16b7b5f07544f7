// The whole gazetteer compiled once, at module load, into one character trie. One pass over a
// paragraph finds every known name at word starts, longest first, across all kinds at once —
// so "Paris Agreement" (Framework) wins over "Paris" (Place) and "Tunis Agenda" over "Tunis".
// Forms of three words or more match case-insensitively; shorter forms and acronyms match
// exactly (so "Giga", "Chad", "WHO" are not found in ordinary words).
import type { GazetteerEntry } from './types.js';
import { ORGANIZATIONS } from './organizations.js';
import { MANDATES } from './mandates.js';
import { FRAMEWORKS } from './frameworks.js';
import { EVENTS } from './events.js';
import { INITIATIVES } from './initiatives.js';
import { ACTION_LINE_ENTRIES } from './actionLines.js';
import { PLACE_ENTRIES } from './places.js';
import { GAZETTEER_TRIE, type GazetteerTrie } from './trie-snapshot.js';
import { letterRe } from '../letter-classes.js';
import { codeUnitAt, isAsciiCapital } from '../codeUnit.js';

export type { GazetteerEntry, GazetteerKind } from './types.js';

export const GAZETTEER: readonly GazetteerEntry[] = [
  ...ORGANIZATIONS,
  ...MANDATES,
  ...FRAMEWORKS,
  ...EVENTS,
  ...INITIATIVES,
  ...ACTION_LINE_ENTRIES,
  ...PLACE_ENTRIES,
];

/** Fold typographic variants so one stored form matches every printing of it. */
export function foldChar(code: number): number {
  switch (code) {
    case 0x2019: // ’
    case 0x2018: // ‘
      return 0x27; // '
    case 0x2010: // ‐
    case 0x2011: // non-breaking hyphen
    case 0x2013: // –
    case 0x2014: // —
      return 0x2d; // -
    case 0x201c:
    case 0x201d:
      return 0x22; // "
    default:
      return code;
  }
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 12;

/** Letter or ASCII digit (superscript footnote marks are not word characters); table-driven for speed. */
const WORD_TABLE = new Uint8Array(65536);
const LOWER_TABLE = new Uint16Array(65536);
// Filled a block of characters at a time: one regex scan and one toLowerCase per block of 1024 rather
// than a string, a regex test and a toLowerCase per character (65 536 of each at every worker's start).
// In a function, not a block at the module's top: a loop of the top-level code (in the worker bundle, every
// module's body in one function) runs in the interpreter, where a function of its own is compiled on the fly
// (with capitalChunks.ts's CHAR_CLASS, 24-34M instructions less at each worker's load).
function fillCharacterTables(): void {
  for (let c = 0; c < 128; c++) {
    WORD_TABLE[c] = Number((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
    LOWER_TABLE[c] = c >= 65 && c <= 90 ? c + 32 : c;
  }
  // surrogates (0xd800-0xdfff, whole blocks) are no word characters and lowercase to themselves
  for (let c = 0xd800; c < 0xe000; c++) LOWER_TABLE[c] = c;
  const wordRuns = /[\p{L}\p{M}0-9]+/gu;
  const codes: number[] = [];
  // (the surrogate blocks skipped in the step, not by a test in the body: its second compare, first reached at 0xd800,
  // threw away the loop's compiled code at every worker's start, which V8 then compiled again)
  for (let from = 128; from < 65536; from = from === 0xd400 ? 0xe000 : (from | 1023) + 1) {
    const to = (from | 1023) + 1;
    codes.length = 0;
    for (let c = from; c < to; c++) codes.push(c);
    // no surrogate in the block: one character per code point, string index = code - from
    const block = String.fromCharCode(...codes);
    wordRuns.lastIndex = 0;
    for (let m = wordRuns.exec(block); m; m = wordRuns.exec(block)) WORD_TABLE.fill(1, from + m.index, from + m.index + m[0].length);
    // Every character lowercases to one or more, so a lowercased block of the same length lowercases
    // each character to one. Where the block's lowercase differs, the character's own is read (the
    // block's may depend on its neighbours: a final sigma); where it does not, neither does the character's.
    const lower = block.toLowerCase();
    const aligned = lower.length === block.length;
    for (let c = from; c < to; c++) {
      if (aligned && lower.charCodeAt(c - from) === c) {
        LOWER_TABLE[c] = c;
        continue;
      }
      const l = String.fromCharCode(c).toLowerCase();
      LOWER_TABLE[c] = l.length === 1 ? l.charCodeAt(0) : c;
    }
  }
}
fillCharacterTables();
export function isWordCode(c: number): boolean {
  return WORD_TABLE[c] === 1;
}

/** the lower-case form of a character code (LOWER_TABLE) */
function lowerCode(c: number): number {
  return LOWER_TABLE[c]!;
}

/** `s` is already in normaliseName's form (the usual case: no string needs building). */
function isNormalised(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  let prevSpace = true; // a leading space is not normalised
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      if (prevSpace || c !== 32) return false;
      prevSpace = true;
      continue;
    }
    if (foldChar(c) !== c) return false;
    prevSpace = false;
  }
  return !prevSpace;
}

/** Canonical form of a name for keys and lookups: folded punctuation, single spaces. */
export function normaliseName(s: string): string {
  if (isNormalised(s)) return s;
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += String.fromCharCode(foldChar(c));
  }
  return out;
}

interface Terminal {
  entry: GazetteerEntry;
  /** the folded form, compared exactly when the form is case-sensitive */
  exact?: string;
  /** first character, always compared exactly ("secretariat of the United Nations Conference" is not the Secretariat) */
  first: number;
  /** the printed form is the entry's acronym */
  acronym: boolean;
}

/**
 * A node of the builder trie: its children's characters in ascending order and the children in
 * the same order. Sorted arrays rather than a Map per node: the ~40 000 nodes are built at every
 * worker's start, and freezing Maps (spreading and sorting their entries per node) cost more than
 * building them.
 */
interface TrieNode {
  codes: number[];
  kids: TrieNode[];
  terminals: Terminal[] | undefined;
  /** the node's number in the frozen arrays (-1: not numbered yet) */
  id: number;
}

const newNode = (): TrieNode => ({ codes: [], kids: [], terminals: undefined, id: -1 });

/** The child of `node` along character `c`, made when there is none. */
function childFor(node: TrieNode, c: number): TrieNode {
  const codes = node.codes;
  // binary search: the root has a child per first character
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (codes[mid]! < c) lo = mid + 1;
    else hi = mid;
  }
  if (lo < codes.length && codes[lo] === c) return node.kids[lo]!;
  const child = newNode();
  // most nodes get one child, at the end: push is cheaper than splice there
  if (lo === codes.length) {
    codes.push(c);
    node.kids.push(child);
  } else {
    codes.splice(lo, 0, c);
    node.kids.splice(lo, 0, child);
  }
  return child;
}
/** Exact (folded) first characters of every stored form: a word starting otherwise is skipped at once. */
const ROOT_FIRST = new Uint8Array(65536);
/**
 * The first two characters of every stored form, as a match compares them: the first exactly, the
 * second lowercased (a space as 32), hashed to one bit per slot. A name matches at a word start only
 * if its first two characters are there, so a start whose pair has no bit is skipped before its word
 * is hashed: most lowercase words ("of", "for", "resolution") start with a letter some name starts
 * with ("open-ended", "framework", "road map") but with no pair of one. Only a filter: a false
 * positive costs the checks that follow, never a different match. */
const FIRST_PAIRS = new Uint8Array(1 << 16);
const firstPairSlot = (first: number, second: number): number => ((first << 7) ^ second) & 0xffff;
/** First characters of the stored forms one character long (they match whatever follows them) */
const ONE_CHARACTER_FORM = new Uint8Array(65536);
/**
 * Hashes of the first word of every stored form (see firstWordHash): most capitalised words start no
 * name. A one-bit-per-slot table of the hashes' low bits rather than a Set of the 32-bit hashes
 * (those are heap numbers, not small integers, so every lookup allocated). It is only a filter:
 * a false positive costs one trie walk that fails, never a different match.
 */
const FIRST_WORD_SLOTS = 1 << 16;
const FIRST_WORDS = new Uint8Array(FIRST_WORD_SLOTS);
const firstWordSlot = (hash: number): number => (hash ^ (hash >>> 16)) & (FIRST_WORD_SLOTS - 1);
/** where the word read by the last firstWordHash call ends (a second result without allocating) */
let firstWordEnd = 0;

/**
 * FNV-1a hash of the word starting at `start` (letters and digits; it stops at hyphens, spaces,
 * apostrophes, periods and other punctuation), its first character as printed and the others
 * lowercased, as a match compares them (Terminal.first): "development" then starts no name that only
 * "Development ..." starts (the lowercase word was the commonest trie walk that found nothing).
 * Sets `firstWordEnd`. No allocation. (Characters through codeUnitAt here and in the walk below: the `text.charCodeAt` load met
 * every string representation and was megamorphic in TurboFan's code; measured in recognize/capitalChunks.ts, session 51.)
 */
function firstWordHash(text: string, start: number, limit: number): number {
  let h = 0x811c9dc5;
  let i = start;
  if (i < limit) {
    const c = foldChar(codeUnitAt(text, i));
    if (WORD_TABLE[c] === 1) {
      h ^= c;
      h = Math.imul(h, 0x01000193);
      i++;
    } else limit = i;
  }
  for (; i < limit; i++) {
    const c = foldChar(codeUnitAt(text, i));
    if (WORD_TABLE[c] !== 1) break;
    // "Bermuda2": a footnote mark glued to the word is not part of it (matchAt ends a name before it too)
    if (c <= 57 && c >= 48 && (gluedFootnoteMark(text, i) || markAfterCapitals(text, start, i))) break;
    h ^= LOWER_TABLE[c]!;
    h = Math.imul(h, 0x01000193);
  }
  firstWordEnd = i;
  return h;
}

function addForm(root: TrieNode, form: string, entry: GazetteerEntry, acronym: boolean, variant = false): void {
  const folded = normaliseName(form);
  if (!folded) return;
  const words = folded.split(' ').length;
  const caseSensitive = acronym || words < 3;
  // a form whose first word is lowercase ("high-level political forum") is also printed capitalised
  if (!acronym && /^[a-z]/.test(folded) && !variant) addForm(root, folded[0]!.toUpperCase() + folded.slice(1), entry, false, true);
  ROOT_FIRST[folded.charCodeAt(0)] = 1;
  if (folded.length === 1) ONE_CHARACTER_FORM[folded.charCodeAt(0)] = 1;
  else FIRST_PAIRS[firstPairSlot(folded.charCodeAt(0), lowerCode(folded.charCodeAt(1)))] = 1;
  FIRST_WORDS[firstWordSlot(firstWordHash(folded, 0, folded.length))] = 1;
  let node = root;
  for (let i = 0; i < folded.length; i++) node = childFor(node, lowerCode(folded.charCodeAt(i)));
  (node.terminals ??= []).push({ entry, exact: caseSensitive ? folded : undefined, first: folded.charCodeAt(0), acronym });
}


export interface GazetteerHit {
  entry: GazetteerEntry;
  start: number;
  end: number;
  acronym: boolean;
}

// The trie above is only the builder: it is frozen into flat typed arrays, which a scan walks
// without hashing (the Map lookups were the single hottest line of the extract stage).
// Laid out for the cache: a walk reads one pair of NODES and one run of EDGES per character, and the
// nodes are numbered depth first, so a name's nodes (most have one child) and their edges lie next to
// each other. Numbered breadth first, with the edge starts, counts, codes, targets and terminal flags in
// five arrays, a walk missed the cache at nearly every read (matchAt was a third of the gazetteer scan).
/** node id * 2 -> index in EDGES of its first edge; node id * 2 + 1 -> its number of edges, | HAS_TERMINALS when terminals end there */
let NODES = new Int32Array(0);
const HAS_TERMINALS = 1 << 16;
const EDGE_COUNT_MASK = HAS_TERMINALS - 1;
/** edge index -> character code, edge index + 1 -> target node id (a node's edges in ascending code order) */
let EDGES = new Int32Array(0);
/** node id -> terminals ending there */
const NODE_TERMINALS: (Terminal[] | undefined)[] = [];
/** the root has many children: one slot per character code (-1: none) */
const ROOT_CHILD = new Int32Array(65536).fill(-1);
/**
 * A character as a trie walk compares it: whitespace (isSpace) as a space, whose run matches one space
 * of a stored form, any other character folded (foldChar) and lowercased: one read instead of the tests.
 * Filled by ensureBuilt: the lowercase table, then the characters foldChar and isSpace change.
 */
const MATCH_CODE = new Uint16Array(65536);
const FOLDED_CODES = [0x2019, 0x2018, 0x2010, 0x2011, 0x2013, 0x2014, 0x201c, 0x201d];
const SPACE_CODES = [32, 10, 13, 9, 0xa0, 0x2009, 0x202f, 12];

// freeze in three functions, one loop each: as one function, TurboFan compiled it for its first loop (on-stack
// replacement) and threw that away at each later loop, whose code had no type feedback yet (three compiles at load)
function freeze(root: TrieNode): void {
  const order = depthFirst(root);
  fillNodes(order);
  for (let j = 0; j < root.kids.length; j++) ROOT_CHILD[root.codes[j]!] = root.kids[j]!.id;
}

/** The nodes numbered depth first (preorder), each node's children in character order. */
function depthFirst(root: TrieNode): TrieNode[] {
  const order: TrieNode[] = [];
  const stack: TrieNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    node.id = order.length;
    order.push(node);
    for (let k = node.kids.length - 1; k >= 0; k--) stack.push(node.kids[k]!);
  }
  return order;
}

/** NODES, EDGES and NODE_TERMINALS of the numbered nodes. */
function fillNodes(order: readonly TrieNode[]): void {
  const nodes = new Int32Array(order.length * 2);
  const edges: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const node = order[k]!;
    NODE_TERMINALS[k] = node.terminals;
    nodes[k * 2] = edges.length;
    nodes[k * 2 + 1] = node.kids.length | (node.terminals ? HAS_TERMINALS : 0);
    for (let j = 0; j < node.kids.length; j++) edges.push(node.codes[j]!, node.kids[j]!.id);
  }
  NODES = nodes;
  // from a plain array: TypedArray.from with a mapping function calls it through the iterator protocol (slow at this size)
  EDGES = Int32Array.from(edges);
}

/**
 * The trie and its filters (and the entries by name, ensureByName) are built on first use, not at load: a process that
 * imports the pipeline without extracting (the kg ingest main thread, which leaves extraction to its
 * workers) does not build them (~0.1 s of CPU).
 */
let built = false;
function ensureBuilt(): void {
  if (built) return;
  built = true;
  MATCH_CODE.set(LOWER_TABLE);
  for (const c of FOLDED_CODES) MATCH_CODE[c] = LOWER_TABLE[foldChar(c)]!;
  for (const c of SPACE_CODES) MATCH_CODE[c] = 32;
  if (GAZETTEER_TRIE === undefined || !readTrie(GAZETTEER_TRIE)) {
    const root = newNode();
    for (const entry of GAZETTEER) {
      addForm(root, entry.name, entry, false);
      for (const a of entry.aliases ?? []) addForm(root, a, entry, false);
      if (entry.acronym) addForm(root, entry.acronym, entry, true);
    }
    freeze(root);
  }
  // matchAt's refusal of an acronym before a hyphen and a capital ("UN-Oceans") is met once in a while only: run here, before
  // matchAt is hot, so that TurboFan compiles it with that branch's feedback (else the first "UN-SPIDER" met deoptimised it
  // and it was compiled again). Twelve calls: V8 gives a function its feedback vector at its eighth call (the default
  // --invocation-count-for-feedback-allocation), and the calls before it record nothing.
  for (let k = 0; k < 12; k++) matchAt('UN-Oceans', 0);
}

/** Every entry's forms, in order: what the trie is built from (a GazetteerTrie from other data is not used). */
function gazetteerForms(): string {
  const parts: string[] = [];
  for (const e of GAZETTEER) parts.push(e.name, (e.aliases ?? []).join('\u0001'), e.acronym ?? '');
  return parts.join('\u0000');
}

/** entry -> its index in GAZETTEER (the first, should one entry be listed twice); built on first use */
let gazetteerIndexes: Map<GazetteerEntry, number> | undefined;
/**
 * `entry`'s index in GAZETTEER, or -1 when it is none of its entries: how a gazetteer hit crosses threads (the
 * references wire, ingest/references-wire.ts), every thread having GAZETTEER in the same order.
 */
export function gazetteerIndexOf(entry: GazetteerEntry): number {
  if (!gazetteerIndexes) {
    gazetteerIndexes = new Map();
    for (let k = 0; k < GAZETTEER.length; k++) if (!gazetteerIndexes.has(GAZETTEER[k]!)) gazetteerIndexes.set(GAZETTEER[k]!, k);
  }
  return gazetteerIndexes.get(entry) ?? -1;
}

/** The trie and its filters as built, flat (see trie-snapshot.ts: the worker bundle carries them). */
export function gazetteerTrie(): GazetteerTrie {
  ensureBuilt();
  const indexOf = new Map<GazetteerEntry, number>();
  GAZETTEER.forEach((e, k) => indexOf.has(e) || indexOf.set(e, k));
  const terminals: number[] = [];
  const exact: string[] = [];
  for (let node = 0; node < NODE_TERMINALS.length; node++) {
    for (const t of NODE_TERMINALS[node] ?? []) {
      terminals.push(node, indexOf.get(t.entry)!, t.first, t.acronym ? 1 : 0);
      exact.push(t.exact ?? '');
    }
  }
  const slots = (table: Uint8Array): number[] => {
    const set: number[] = [];
    for (let i = 0; i < table.length; i++) if (table[i] === 1) set.push(i);
    return set;
  };
  return {
    forms: gazetteerForms(),
    ...trieShape(),
    terminals: base64Of(Int32Array.from(terminals)),
    exact: exact.join('\u0000'),
    rootFirst: slots(ROOT_FIRST),
    oneCharacterForm: slots(ONE_CHARACTER_FORM),
    firstPairs: slots(FIRST_PAIRS),
    firstWords: slots(FIRST_WORDS),
  };
}

const base64Of = (a: Int32Array | Uint16Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

/** The bytes of base64Of's string, in a buffer of its own (a small Buffer is a slice of a shared pool, maybe unaligned). */
function bytesOf(base64: string): ArrayBuffer {
  const bytes = Buffer.from(base64, 'base64');
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out.buffer;
}

/** GazetteerTrie's shape and codes of NODES and EDGES. */
function trieShape(): { shape: string; codes: string } {
  const nodeCount = NODES.length >> 1;
  const shape = new Uint16Array(nodeCount);
  const codes = new Uint16Array(EDGES.length >> 1);
  for (let k = 0; k < nodeCount; k++) {
    const info = NODES[k * 2 + 1]!;
    shape[k] = (info & EDGE_COUNT_MASK) * 2 + ((info & HAS_TERMINALS) !== 0 ? 1 : 0);
  }
  for (let e = 0; e < codes.length; e++) codes[e] = EDGES[e * 2]!;
  return { shape: base64Of(shape), codes: base64Of(codes) };
}

/**
 * NODES and EDGES from GazetteerTrie's shape and codes, as freeze numbers them: depth first, each node's
 * edges in character order, so a node's first child is the node after it and each next child the node
 * after the last of the previous child's subtree. Walked as depthFirst walks: a stack of the edges whose
 * target is still to come, the next target on top.
 */
function readTrieShape(shapeBase64: string, codesBase64: string): void {
  const shape = new Uint16Array(bytesOf(shapeBase64));
  const codes = new Uint16Array(bytesOf(codesBase64));
  const nodeCount = shape.length;
  const nodes = new Int32Array(nodeCount * 2);
  const edges = new Int32Array(codes.length * 2);
  const pending = new Int32Array(codes.length);
  let top = 0;
  let edge = 0;
  for (let k = 0; k < nodeCount; k++) {
    if (k > 0) edges[pending[--top]! + 1] = k;
    const count = shape[k]! >> 1;
    nodes[k * 2] = edge;
    nodes[k * 2 + 1] = count | ((shape[k]! & 1) !== 0 ? HAS_TERMINALS : 0);
    for (let j = 0; j < count; j++) edges[edge + j * 2] = codes[(edge >> 1) + j]!;
    for (let j = count - 1; j >= 0; j--) pending[top++] = edge + j * 2;
    edge += count * 2;
  }
  NODES = nodes;
  EDGES = edges;
}

/**
 * Sets NODES, EDGES, NODE_TERMINALS, ROOT_CHILD and the filters from `trie` as addForm and freeze would
 * have (same arrays, same terminals in the same order), unless it was built from other forms than
 * GAZETTEER's: then nothing is set and it says false.
 */
function readTrie(trie: GazetteerTrie): boolean {
  if (trie.forms !== gazetteerForms()) return false;
  const terminals = new Int32Array(bytesOf(trie.terminals));
  const exact = trie.exact.split('\u0000');
  if (exact.length * 4 !== terminals.length) return false;
  readTrieShape(trie.shape, trie.codes);
  // every node has its slot, as fillNodes gives it (undefined: no terminals)
  const nodeCount = NODES.length >> 1;
  for (let k = 0; k < nodeCount; k++) NODE_TERMINALS.push(undefined);
  for (let k = 0; k < terminals.length; k += 4) {
    const form = exact[k >> 2]!;
    const terminal: Terminal = { entry: GAZETTEER[terminals[k + 1]!]!, exact: form === '' ? undefined : form, first: terminals[k + 2]!, acronym: terminals[k + 3] === 1 };
    (NODE_TERMINALS[terminals[k]!] ??= []).push(terminal);
  }
  // the root is node 0
  const rootEdges = NODES[0]!;
  const rootEnd = rootEdges + (NODES[1]! & EDGE_COUNT_MASK) * 2;
  for (let e = rootEdges; e < rootEnd; e += 2) ROOT_CHILD[EDGES[e]!] = EDGES[e + 1]!;
  for (const i of trie.rootFirst) ROOT_FIRST[i] = 1;
  for (const i of trie.oneCharacterForm) ONE_CHARACTER_FORM[i] = 1;
  for (const i of trie.firstPairs) FIRST_PAIRS[i] = 1;
  for (const i of trie.firstWords) FIRST_WORDS[i] = 1;
  return true;
}

/**
 * The entries by name, built apart from the trie: the references worker asks entryByName (a report's
 * publisher) and scans nothing, and the trie cost it ~0.1 s of CPU it never used.
 */
let byNameBuilt = false;
function ensureByName(): void {
  if (byNameBuilt) return;
  byNameBuilt = true;
  for (const e of GAZETTEER) {
    const k = `${e.kind}:${normaliseName(e.name).toLowerCase()}`;
    if (!byName.has(k)) byName.set(k, e);
  }
}

/**
 * Longest gazetteer match starting at `start`, or undefined. Whitespace runs in the text match
 * one space of the stored form; the match must end at a word boundary.
 */
function matchAt(text: string, start: number): GazetteerHit | undefined {
  // the tables in locals: module variables are read again from the context at every access
  const nodes = NODES;
  const edges = EDGES;
  const codes = MATCH_CODE;
  let node = 0;
  /** NODES[node * 2 + 1] of the node reached: its number of edges and whether terminals end there */
  let info = 0;
  let i = start;
  let best: GazetteerHit | undefined;
  const n = text.length;
  while (i < n) {
    const c = codes[codeUnitAt(text, i)]!;
    let consumed = 1;
    if (c === 32) {
      let j = i + 1;
      while (j < n && codes[codeUnitAt(text, j)] === 32) j++;
      consumed = j - i;
    }
    // the child along c (childOf, inlined)
    let child = -1;
    if (node === 0) child = ROOT_CHILD[c]!;
    else {
      let e = nodes[node * 2]!;
      const to = e + (info & EDGE_COUNT_MASK) * 2;
      for (; e < to; e += 2) {
        const code = edges[e]!;
        if (code >= c) {
          if (code === c) child = edges[e + 1]!;
          break;
        }
      }
    }
    if (child < 0) {
      // "the Beijing Declaration 10 and Platform for Action, 11" (A/RES/79/152 PP4), "the Beijing Declaration13 and Platform for
      // Action" (A/RES/79/153 PP4): a footnote mark printed inside a name, which goes on after it
      if (c >= 48 && c <= 57 && node !== 0) {
        const past = pastMarkInsideName(text, i, n);
        if (past > 0) {
          i = past;
          continue;
        }
      }
      break;
    }
    node = child;
    info = nodes[node * 2 + 1]!;
    i += consumed;
    if ((info & HAS_TERMINALS) === 0) continue;
    const wordEnds = i >= n || !isWordCode(codeUnitAt(text, i)) || gluedFootnoteMark(text, i) || markAfterNamedAcronym(text, start, i);
    // (an acronym only: "INTERPOL1 and", A/RES/79/136 PP2)
    const acronymMarked = !wordEnds && markAfterCapitals(text, start, i);
    if (wordEnds || acronymMarked) {
      const terminals = NODE_TERMINALS[node]!;
      for (let k = 0; k < terminals.length; k++) {
        const t = terminals[k]!;
        if (acronymMarked && !t.acronym) continue;
        if (t.exact !== undefined && !sameFolded(text, start, i, t.exact)) continue;
        if (t.first !== foldChar(codeUnitAt(text, start))) continue;
        // an acronym before a hyphen and a capital is the head of another name: 'UN-SPIDER', 'UN-Oceans' are not the United
        // Nations, 'AU-PATTEC' not the African Union ('the AU-led mission' is)
        // (unless a known body's acronym follows: "the UNCITRAL-UNIDROIT study on the legal nature of verified carbon credits"
        // (A/RES/80/161 OP3 (b)), "a joint ILO-UNESCO study": two bodies' joint work, each named)
        if (t.acronym && i + 1 < n && codes[codeUnitAt(text, i)] === 45 && isAsciiCapital(codeUnitAt(text, i + 1)) && !acronymOfBodyAt(text, i + 1)) continue;
        best = { entry: t.entry, start, end: i, acronym: t.acronym };
        break;
      }
    }
  }
  return best;
}

/** A known Organization's acronym, a word of its own, starts at `at` ("UNIDROIT" after "UNCITRAL-"). */
function acronymOfBodyAt(text: string, at: number): boolean {
  const hit = matchAt(text, at);
  return hit !== undefined && hit.acronym && hit.entry.kind === 'Organization';
}

/**
 * Past a footnote mark at `i` inside a name the walk goes on with, or -1: one to three digits (not opening with 0) glued to a
 * lowercase word and followed by a space ("Declaration13 and"), or spaced after one ("Declaration 10 and": then past the
 * spaces after it too, the walk having read the space before), the name going on with a lowercase word.
 */
function pastMarkInsideName(text: string, i: number, n: number): number {
  if (codeUnitAt(text, i) === 48) return -1;
  const prev = codeUnitAt(text, i - 1);
  const spaced = isSpace(prev);
  if (!spaced && (prev < 97 || prev > 122) && !protocolNumeralBefore(text, i)) return -1;
  let j = i;
  while (j < n && j - i < 4 && codeUnitAt(text, j) >= 48 && codeUnitAt(text, j) <= 57) j++;
  if (j - i > 3 || j >= n || !isSpace(codeUnitAt(text, j))) return -1;
  let k = j;
  while (k < n && isSpace(codeUnitAt(text, k))) k++;
  if (k >= n || codeUnitAt(text, k) < 97 || codeUnitAt(text, k) > 122) return -1;
  if (spaced && !isSpace(codeUnitAt(text, i - 2)) && (codeUnitAt(text, i - 2) < 97 || codeUnitAt(text, i - 2) > 122)) return -1;
  return spaced ? k : j;
}

/**
 * "Protocol I" ... "Protocol XII" ends at `i`: "pursuant to article 90 of Protocol I4 to the Geneva Conventions" (A/RES/79/123
 * PP9) prints the mark against the protocol's Roman numeral, and the name goes on after it (as entityScan reads such a mark
 * at a name's end).
 */
function protocolNumeralBefore(text: string, i: number): boolean {
  let s = i;
  while (s > i - 4 && (codeUnitAt(text, s - 1) === 73 || codeUnitAt(text, s - 1) === 86 || codeUnitAt(text, s - 1) === 88)) s--;
  return s < i && s >= 9 && codeUnitAt(text, s - 1) === 32 && text.startsWith('Protocol', s - 9);
}

/** Lowercase words a footnote mark runs into when the space after it was lost ("the Paris Agreement4and its early entry", A/RES/78/163 PP8). */
const WORD_AFTER_GLUED_MARK_RE = letterRe(String.raw`(?:and|as|on|in|including|that|which|to|for|the)(?![\p{L}\p{N}])`, 'uy');

function isHyphenOrEnDash(c: number): boolean {
  return c === 45 /* - */ || c === 0x2013; /* – */
}

/** One to three digits printed against a lowercase word ("Rights1", "Action2", "Agreement104" in the long ocean texts): a footnote mark, not part of the word. */
function gluedFootnoteMark(text: string, i: number): boolean {
  const prev = codeUnitAt(text, i - 1);
  // "for the Decade 2024–203413": a mark after a year range
  // (the dash five back read first: the slice and regex ran at every digit before a word start, 94,821 times over corpus-ga's
  // texts for 39 finds, spd53c's census; both forms at every digit after a digit of corpus-ga's 49,125 texts, 175k sites, one
  // thread, ingest flags, host load ~10: 12.6-17.0 ms a pass before, 7.2-8.5 after, ~3 ms a pass at this function's 95k calls;
  // too small for bench:instructions to show, not run there in time)
  const afterYearRange = prev >= 48 && prev <= 57 && i >= 9 && isHyphenOrEnDash(codeUnitAt(text, i - 5)) && /^[-–](?:19|20)\d\d$/.test(text.slice(i - 5, i));
  // "Agenda 216 and the Plan of Implementation" (A/RES/78/136 PP6, 79/209, 80/144 ...): Agenda 21 and mark 6, as the
  // segmenter reads it (namedNumberMark); a mark does not start with 0
  const afterAgenda21 = prev === 49 && codeUnitAt(text, i) !== 48 && i >= 9 && text.startsWith('Agenda 21', i - 9);
  if ((prev < 97 || prev > 122) && !afterYearRange && !afterAgenda21) return false;
  let j = i;
  while (j < text.length && j - i < 4 && codeUnitAt(text, j) >= 48 && codeUnitAt(text, j) <= 57) j++;
  if (j === i || j - i > (afterAgenda21 ? 2 : 3)) return false;
  if (j >= text.length || !isWordCode(codeUnitAt(text, j))) return true;
  // "Agreement4and": the space after the mark was lost (as the segmenter reads it, wordAfterMark)
  const c = codeUnitAt(text, j);
  if (c < 97 || c > 122 || afterYearRange || afterAgenda21) return false;
  WORD_AFTER_GLUED_MARK_RE.lastIndex = j;
  return WORD_AFTER_GLUED_MARK_RE.test(text);
}

/**
 * One or two digits printed against an acronym of three capitals or more, then the sentence going on: "the cooperation agreement
 * of 1997 between the United Nations and INTERPOL1 and all other relevant cooperation agreements" (A/RES/79/136 PP2, mark 1): a
 * footnote mark, as gluedFootnoteMark reads one after a lowercase word, where a joining word follows (WORD_AFTER_GLUED_MARK_RE) or
 * punctuation. Not a number that names something with the acronym: "the UNDC2 building" (a noun after it), "resolution WHA58.33"
 * (a decimal), "UN80" (two capitals).
 */
function markAfterCapitals(text: string, start: number, i: number): boolean {
  if (i - start < 3) return false;
  for (let k = start; k < i; k++) if (!isAsciiCapital(codeUnitAt(text, k))) return false;
  const first = codeUnitAt(text, i);
  if (first < 49 || first > 57) return false;
  let j = i + 1;
  if (j < text.length && codeUnitAt(text, j) >= 48 && codeUnitAt(text, j) <= 57) j++;
  if (j >= text.length) return true;
  const after = codeUnitAt(text, j);
  // ", ", "; ", ")" or a full stop that ends the sentence; or a space and a lowercase word ("and", "in")
  if (after === 44 || after === 59 || after === 41) return true;
  if (after === 46) return j + 1 >= text.length || !(codeUnitAt(text, j + 1) >= 48 && codeUnitAt(text, j + 1) <= 57);
  if (after !== 32) return false;
  WORD_AFTER_GLUED_MARK_RE.lastIndex = j + 1;
  return WORD_AFTER_GLUED_MARK_RE.test(text);
}

/**
 * One or two digits printed against the capital that ends a name of several words, then no word character: "the Declaration
 * of Commitment on HIV/AIDS7 and" (A/RES/78/182 PP7, mark 7). Only after a name of several words (a space in text[start, i)):
 * an acronym alone keeps its digits ("SIDS4", "COP28", "G20").
 */
function markAfterNamedAcronym(text: string, start: number, i: number): boolean {
  const prev = codeUnitAt(text, i - 1);
  if (prev < 65 || prev > 90) return false;
  let j = i;
  while (j < text.length && j - i < 3 && codeUnitAt(text, j) >= 48 && codeUnitAt(text, j) <= 57) j++;
  if (j === i || j - i > 2 || codeUnitAt(text, i) === 48 || (j < text.length && isWordCode(codeUnitAt(text, j)))) return false;
  for (let k = start; k < i; k++) if (isSpace(codeUnitAt(text, k))) return true;
  return false;
}

/** text[start, end) equals the folded form, whitespace runs counting as one space (no allocation). */
function sameFolded(text: string, start: number, end: number, form: string): boolean {
  let j = 0;
  for (let i = start; i < end; i++) {
    const c = codeUnitAt(text, i);
    if (isSpace(c)) {
      if (form.charCodeAt(j) !== 32) return false;
      j++;
      while (i + 1 < end && isSpace(codeUnitAt(text, i + 1))) i++;
      continue;
    }
    if (foldChar(c) !== form.charCodeAt(j)) return false;
    j++;
  }
  return j === form.length;
}

/**
 * Every gazetteer name in `text`, left to right, non-overlapping, longest match first. `wordStarts`
 * (ascending), when the caller has them, are the places where words start (a letter or digit after
 * none): a name can start only there, so the scan visits them instead of every character.
 */
export function scanGazetteer(text: string, wordStarts?: Int32Array): GazetteerHit[] {
  ensureBuilt();
  if (wordStarts) return scanGazetteerAt(text, wordStarts);
  const hits: GazetteerHit[] = [];
  const n = text.length;
  let prevWord = false;
  for (let i = 0; i < n; i++) {
    const c = codeUnitAt(text, i);
    const word = isWordCode(c);
    if (!prevWord && ROOT_FIRST[foldChar(c)] === 1) {
      const hash = firstWordHash(text, i, n);
      if (FIRST_WORDS[firstWordSlot(hash)] !== 1) {
        // no stored name starts with this word: skip the whole word
        if (firstWordEnd > i) {
          i = firstWordEnd - 1;
          prevWord = true;
          continue;
        }
        prevWord = isWordCode(c);
        continue;
      }
      const hit = matchAt(text, i);
      if (hit) {
        hits.push(hit);
        i = hit.end - 1;
        prevWord = true;
        continue;
      }
    }
    prevWord = word;
  }
  return hits;
}

/** scanGazetteer at the given word starts: the same hits as the walk over every character below. */
function scanGazetteerAt(text: string, wordStarts: Int32Array): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  const n = text.length;
  // word starts before this are inside the last hit
  let from = 0;
  for (let k = 0; k < wordStarts.length; k++) {
    const i = wordStarts[k]!;
    if (i < from || ROOT_FIRST[codeUnitAt(text, i)] !== 1) continue;
    // no stored name starts with these two characters (matchAt's view of them: the first exactly, the second lowercased)
    if (i + 1 < n && ONE_CHARACTER_FORM[foldChar(codeUnitAt(text, i))] !== 1) {
      const second = codeUnitAt(text, i + 1);
      if (FIRST_PAIRS[firstPairSlot(foldChar(codeUnitAt(text, i)), isSpace(second) ? 32 : lowerCode(foldChar(second)))] !== 1) continue;
    }
    // no stored name starts with this word
    if (FIRST_WORDS[firstWordSlot(firstWordHash(text, i, n))] !== 1) continue;
    const hit = matchAt(text, i);
    if (hit) {
      hits.push(hit);
      from = hit.end;
    }
  }
  return hits;
}

/** kind:lowercased name -> the first entry of that kind and name (filled by ensureByName) */
const byName = new Map<string, GazetteerEntry>();
/** entryByName answers by kind and name as asked (null: none); the recognisers ask the same few names over and over. */
const entryByNameCache = new Map<GazetteerEntry['kind'], Map<string, GazetteerEntry | null>>();
/** The entry of a kind with this canonical name (case-insensitive), if any. */
export function entryByName(kind: GazetteerEntry['kind'], name: string): GazetteerEntry | undefined {
  let asked = entryByNameCache.get(kind);
  if (!asked) entryByNameCache.set(kind, (asked = new Map()));
  let entry = asked.get(name);
  if (entry === undefined) {
    ensureByName();
    entry = byName.get(`${kind}:${normaliseName(name).toLowerCase()}`) ?? null;
    if (asked.size < 20_000) asked.set(name, entry);
  }
  return entry ?? undefined;
}

/** The entry a printed name or acronym denotes (whole-string match), if any. */
export function lookupName(printed: string): GazetteerEntry | undefined {
  ensureBuilt();
  const hit = matchAt(printed, 0);
  return hit && hit.end === printed.length ? hit.entry : undefined;
}

/** A name's letters and digits, lowercased: "Non Proliferation", "Non-Proliferation" and "Nonproliferation" alike. */
function looseForm(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWordCode(c)) out += String.fromCharCode(lowerCode(c));
  }
  return out;
}
/** Hash of looseForm(s) computed without building it, and its length (hash * 256 + length would overflow: two numbers). */
let looseLength = 0;
function looseHash(s: string): number {
  let h = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWordCode(c)) {
      h = (Math.imul(h, 31) + lowerCode(c)) | 0;
      n++;
    }
  }
  looseLength = n;
  return h;
}
/** looseHash of every loose form: most pattern names are no known name printed otherwise, and build no string */
let looseHashes: Set<number> | undefined;

/** loose form -> the one entry with a full name or alias of that form (null: two entries share it) */
let byLooseForm: Map<string, GazetteerEntry | null> | undefined;
/** Loose forms this short are too likely to be another thing's name written alike. */
const MIN_LOOSE_LENGTH = 16;

/**
 * The entry whose full name or alias is `printed` but for case, hyphens and spaces ("Treaty on the Non
 * Proliferation of Nuclear Weapons" as a PDF broke it, "Comprehensive Nuclear Test Ban Treaty", "Office of
 * Counter Terrorism"): the trie matches hyphens and spaces exactly, so such a printing is read as a pattern
 * name of its own and keyed apart from the thing it names.
 */
export function lookupLoose(printed: string): GazetteerEntry | undefined {
  if (!byLooseForm) {
    ensureBuilt();
    byLooseForm = new Map();
    looseHashes = new Set();
    for (const e of GAZETTEER) {
      for (const form of [e.name, ...(e.aliases ?? [])]) {
        const loose = looseForm(form);
        if (loose.length < MIN_LOOSE_LENGTH) continue;
        looseHashes.add(looseHash(form));
        const had = byLooseForm.get(loose);
        byLooseForm.set(loose, had === undefined || had === e ? e : null);
      }
    }
  }
  if (printed.length < MIN_LOOSE_LENGTH || !looseHashes!.has(looseHash(printed)) || looseLength < MIN_LOOSE_LENGTH) return undefined;
  const loose = looseForm(printed);
  if (loose.length < MIN_LOOSE_LENGTH) return undefined;
  return byLooseForm.get(loose) ?? undefined;
}

/** Loose forms at least this long are one thing's name even with one letter misprinted. */
const MIN_MISPRINT_LENGTH = 60;
/** the loose forms of that length or more of each kind's names and aliases, by their length (lookupMisprinted) */
let longForms: Map<string, { loose: string; entry: GazetteerEntry }[]> | undefined;
const isLowerLetterCode = (c: number): boolean => c >= 97 && c <= 122;
/**
 * The entry of `kind` one of whose long names or aliases is `printed` but for one letter printed as another: "the United Nations
 * Conference on the Midterm Comprehensive Review of the Implementation of the Oboectives of the International Decade for
 * Action, “Water for Sustainable Development” 2018–2028" (A/RES/80/135 PP16, a PDF that prints every "j" as "o": "Taoikistan")
 * is the 2023 United Nations Water Conference. Only a name of 60 letters or more (two such names a letter apart are one name
 * misprinted), only a letter for a letter (a digit apart is another edition: "2018", "2019"), only one entry so near.
 */
export function lookupMisprinted(printed: string, kind: GazetteerEntry['kind']): GazetteerEntry | undefined {
  const loose = looseForm(printed);
  if (loose.length < MIN_MISPRINT_LENGTH) return undefined;
  if (!longForms) {
    ensureBuilt();
    longForms = new Map();
    for (const e of GAZETTEER) {
      for (const form of [e.name, ...(e.aliases ?? [])]) {
        // (a loose form is never longer than its form: 2,010 of the 2,795 forms are not made at all. Making all of them, their
        // one-letter strings added up and scavenged, was the +1.6% of bench:instructions --step 30 from 055cd0d to 5916472:
        // 7,625,966,922 -> 7,513,079,042 with this test)
        if (form.length < MIN_MISPRINT_LENGTH) continue;
        const l = looseForm(form);
        if (l.length < MIN_MISPRINT_LENGTH) continue;
        const at = `${e.kind}:${l.length}`;
        const list = longForms.get(at);
        if (list) list.push({ loose: l, entry: e });
        else longForms.set(at, [{ loose: l, entry: e }]);
      }
    }
  }
  const list = longForms.get(`${kind}:${loose.length}`);
  if (!list) return undefined;
  let found: GazetteerEntry | undefined;
  for (const f of list) {
    let diff = -1;
    for (let i = 0; i < loose.length; i++) {
      const a = loose.charCodeAt(i);
      const b = f.loose.charCodeAt(i);
      if (a === b) continue;
      if (diff >= 0 || !isLowerLetterCode(a) || !isLowerLetterCode(b)) {
        diff = -2;
        break;
      }
      diff = i;
    }
    if (diff === -2) continue;
    // (the same form: lookupLoose's, not a misprint)
    if (diff === -1) return undefined;
    if (found !== undefined && found !== f.entry) return undefined;
    found = f.entry;
  }
  return found;
}
