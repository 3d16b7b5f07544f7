// The gazetteer's trie as built, for the ingest worker bundle to carry (ingest/worker-entry.ts puts it
// here when it bundles the worker): a worker then reads the trie instead of building it at its start
// (~0.1 s of CPU in the entities worker, the busiest thread). In the sources it is absent, and
// ingest/gazetteer/index.ts builds the trie on first use.

/** The built trie and its filters (see ingest/gazetteer/index.ts), flat. */
export interface GazetteerTrie {
  /** What it was built from: every entry's forms, in order (gazetteerForms). A trie built from other data is not used. */
  forms: string;
  /**
   * The nodes in their order (depth first, see gazetteer/index.ts), each as its number of edges * 2 + 1
   * when terminals end there, and every edge's character, node by node: Uint16Array bytes in base64.
   * Edge starts and targets follow from the order: a fifth of the bytes of NODES and EDGES, whose
   * string the module's parse scanned at every worker's start (~25 ms of CPU as a literal of 0.9 MB).
   */
  shape: string;
  codes: string;
  /** per terminal, by node then in order: node id, entry index in GAZETTEER, first character, 1 when acronym (Int32Array bytes in base64) */
  terminals: string;
  /** per terminal, its exact form ('' when compared case-insensitively), joined by '\u0000' */
  exact: string;
  /** the slots set in ROOT_FIRST, ONE_CHARACTER_FORM, FIRST_PAIRS and FIRST_WORDS */
  rootFirst: number[];
  oneCharacterForm: number[];
  firstPairs: number[];
  firstWords: number[];
}

/** Replaced in the worker bundle by the trie built when bundling. */
export const GAZETTEER_TRIE: GazetteerTrie | undefined = undefined;
