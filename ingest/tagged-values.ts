// Values between threads as one Int32Array of tagged numbers, with the strings and the objects in two
// lists beside it: the wire form of graph plans (graph/plan.ts).
//
// Why: a message between threads is a structured clone, and V8 writes and reads back each element of
// an array of mixed values one by one, where an Int32Array is copied as it is. Over corpus-ga the
// plans alone held 2.7M such elements: cloning them cost the entities worker and the main thread
// ~0.25 s of CPU. Strings that repeat (node keys, verbs, attribute names) are written once.
// (The same form for the references one worker hands the other, references-wire.ts, measured no gain:
// that wire is a third as many elements, a third of them strings.)

// The two low bits of a tagged number say what the rest is.
const TAG_NUMBER = 0; // a whole number in [0, 2^29): the number
const TAG_STRING = 1; // a string: its index in `strings`
const TAG_VALUE = 2; // anything else but the constants: its index in `values`
const TAG_CONSTANT = 3; // undefined, null, false, true: the index in CONSTANTS
const CONSTANTS = [undefined, null, false, true] as const;
const TAGGED_NUMBER_LIMIT = 2 ** 29;
/**
 * A tagged number that stands for no value: a writer puts it where its reader knows what goes
 * (graph plans: a phrase that is a span of its paragraph's text). The reader tests for it before
 * reading the value (TaggedReader.value gives undefined for it).
 */
export const TAGGED_MARKER = (CONSTANTS.length << 2) | TAG_CONSTANT;

/** What a TaggedWriter made. */
export interface TaggedValues {
  /** the strings, keys (each once) and others (as they came) */
  strings: string[];
  /** tagged numbers, and whatever plain numbers their writer put between them */
  code: Int32Array;
  /** values that are neither whole numbers from 0 to 2^29, strings nor constants: objects, lists, other numbers */
  values: unknown[];
}

/** Writes values as tagged numbers (pushed to `code` by the caller). */
export class TaggedWriter {
  readonly code: number[] = [];
  private readonly strings: string[] = [];
  private readonly values: unknown[] = [];
  /** keys already written, by value */
  private readonly index = new Map<string, number>();

  /** The index of string `key`, written once however often it is asked for. */
  key(key: string): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.strings.push(key) - 1;
      this.index.set(key, i);
    }
    return i;
  }

  /** `v` as a tagged number (a string is written as it comes: phrases and texts rarely repeat). */
  value(v: unknown): number {
    if (typeof v === 'number') {
      if (v >= 0 && v < TAGGED_NUMBER_LIMIT && Math.floor(v) === v && !Object.is(v, -0)) return (v << 2) | TAG_NUMBER;
    } else if (typeof v === 'string') return ((this.strings.push(v) - 1) << 2) | TAG_STRING;
    else if (v === undefined) return TAG_CONSTANT;
    else if (v === null) return (1 << 2) | TAG_CONSTANT;
    else if (v === false) return (2 << 2) | TAG_CONSTANT;
    else if (v === true) return (3 << 2) | TAG_CONSTANT;
    return ((this.values.push(v) - 1) << 2) | TAG_VALUE;
  }

  /** `v` as a tagged number, a string written once however often it comes (a key, a kind, a verb). */
  keyValue(v: unknown): number {
    return typeof v === 'string' ? (this.key(v) << 2) | TAG_STRING : this.value(v);
  }

  finish(): TaggedValues {
    return { strings: this.strings, code: Int32Array.from(this.code), values: this.values };
  }
}

/** Reads what a TaggedWriter wrote. */
export class TaggedReader {
  private readonly strings: string[];
  private readonly values: unknown[];
  constructor(written: Pick<TaggedValues, 'strings' | 'values'>) {
    this.strings = written.strings;
    this.values = written.values;
  }

  /** String `i` (an index TaggedWriter.key gave). */
  string(i: number): string {
    return this.strings[i]!;
  }

  /** The value of a tagged number. */
  value(x: number): unknown {
    switch (x & 3) {
      case TAG_NUMBER:
        return x >> 2;
      case TAG_STRING:
        return this.strings[x >> 2];
      case TAG_VALUE:
        return this.values[x >> 2];
      default:
        return CONSTANTS[x >> 2];
    }
  }
}
