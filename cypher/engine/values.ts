import { typeError } from './errors.js';
import type { EdgeRecord } from './store.js';

// The engine's runtime values. Integers are bigint (exact 64-bit arithmetic with
// overflow checks), floats are number; nodes and relationships are references by
// graph key, converted to neo4j-driver objects only when a row leaves the engine.

/**
 * A node by graph key. A read-only run also carries the node's attribute object
 * (the graph cannot change while it runs), so reading a property or label needs
 * no lookup by key.
 */
export class NodeRef {
  constructor(
    readonly key: string,
    readonly attrs?: Readonly<Record<string, unknown>>,
  ) {}
}

/** A relationship by graph key; in a read-only run with its record (type, ends, attributes) for the same reason. */
export class RelRef {
  constructor(
    readonly key: string,
    readonly rec?: EdgeRecord,
  ) {}
}

export class PathValue {
  constructor(
    readonly nodes: NodeRef[],
    readonly rels: RelRef[],
  ) {}
}

export interface MapValue {
  [key: string]: Value;
}

export type Value = null | boolean | number | bigint | string | Value[] | MapValue | NodeRef | RelRef | PathValue;

export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

export const isMap = (v: unknown): v is MapValue =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof NodeRef) && !(v instanceof RelRef) && !(v instanceof PathValue);

/**
 * Sets an own enumerable property, also for the key "__proto__": a Cypher map key or a
 * property name can be any string, and `obj[k] = v` would take that one as the prototype.
 */
export function putOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/** A map's own entry (not one inherited from Object.prototype, such as "__proto__" or "toString"), else undefined. */
export const ownEntry = (map: MapValue, key: string): Value | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);

export const isNumber = (v: Value): v is number | bigint => typeof v === 'number' || typeof v === 'bigint';

export function typeName(v: Value): string {
  if (v === null) return 'NULL';
  switch (typeof v) {
    case 'boolean':
      return 'Boolean';
    case 'number':
      return 'Float';
    case 'bigint':
      return 'Integer';
    case 'string':
      return 'String';
  }
  if (Array.isArray(v)) return 'List';
  if (v instanceof NodeRef) return 'Node';
  if (v instanceof RelRef) return 'Relationship';
  if (v instanceof PathValue) return 'Path';
  return 'Map';
}

/** Render a value for error messages the way Cypher literals read. */
export function describe(v: Value): string {
  if (v === null) return 'NULL';
  if (typeof v === 'string') return `"${v}"`;
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(1) : String(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(describe).join(', ')}]`;
  if (v instanceof NodeRef) return `Node(${v.key})`;
  if (v instanceof RelRef) return `Relationship(${v.key})`;
  if (v instanceof PathValue) return `Path(length ${v.rels.length})`;
  return `{${Object.entries(v).map(([k, x]) => `${k}: ${describe(x)}`).join(', ')}}`;
}

export const toFloat = (v: number | bigint): number => (typeof v === 'bigint' ? Number(v) : v);

/** Cypher `=`: true, false or null (unknown). */
export function equals(a: Value, b: Value): boolean | null {
  if (a === null || b === null) return null;
  if (isNumber(a) && isNumber(b)) {
    if (typeof a === 'bigint' && typeof b === 'bigint') return a === b;
    return numEquals(a, b);
  }
  if (typeof a === 'string' || typeof a === 'boolean') return typeof b === typeof a ? a === b : false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    let unknown = false;
    for (let i = 0; i < a.length; i++) {
      const e = equals(a[i]!, b[i]!);
      if (e === false) return false;
      if (e === null) unknown = true;
    }
    return unknown ? null : true;
  }
  if (a instanceof NodeRef) return b instanceof NodeRef && a.key === b.key;
  if (a instanceof RelRef) return b instanceof RelRef && a.key === b.key;
  if (a instanceof PathValue) {
    if (!(b instanceof PathValue) || a.rels.length !== b.rels.length) return false;
    return a.nodes.every((n, i) => n.key === b.nodes[i]!.key) && a.rels.every((r, i) => r.key === b.rels[i]!.key);
  }
  if (isMap(a)) {
    if (!isMap(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    let unknown = false;
    for (const k of ka) {
      if (!Object.hasOwn(b, k)) return false;
      const e = equals(a[k]!, b[k]!);
      if (e === false) return false;
      if (e === null) unknown = true;
    }
    return unknown ? null : true;
  }
  return false;
}

function numEquals(a: number | bigint, b: number | bigint): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  const f = typeof a === 'number' ? a : (b as number);
  const i = typeof a === 'bigint' ? a : (b as bigint);
  if (!Number.isInteger(f)) return false;
  return BigInt(f) === i;
}

function numCompare(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
  const fa = toFloat(a);
  const fb = toFloat(b);
  if (Number.isNaN(fa) || Number.isNaN(fb)) return NaN;
  if (fa !== fb) return fa < fb ? -1 : 1;
  // Equal as doubles: compare exactly when one side is a large integer.
  const f = typeof a === 'number' ? a : (b as number);
  if (!Number.isFinite(f)) return 0;
  const ia = typeof a === 'bigint' ? a : BigInt(a);
  const ib = typeof b === 'bigint' ? b : BigInt(b);
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/** Cypher `<`-style comparison: a number (NaN when a NaN is involved), or null when the values are not comparable. */
export function compare(a: Value, b: Value): number | null {
  if (a === null || b === null) return null;
  if (isNumber(a) && isNumber(b)) {
    return numCompare(a, b);
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compare(a[i]!, b[i]!);
      if (c === null) return null;
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return null;
}

// Cypher's global sort order (ascending): Map, Node, Relationship, List, Path,
// String, Boolean, Number, null.
function orderRank(v: Value): number {
  if (v === null) return 9;
  if (isNumber(v)) return 8;
  if (typeof v === 'boolean') return 7;
  if (typeof v === 'string') return 6;
  if (v instanceof PathValue) return 5;
  if (Array.isArray(v)) return 4;
  if (v instanceof RelRef) return 3;
  if (v instanceof NodeRef) return 2;
  return 1;
}

/** A total order over all values, as ORDER BY uses it. `ids` ranks entities by numeric identity. */
export function orderCompare(a: Value, b: Value, ids: (v: NodeRef | RelRef) => number): number {
  const ra = orderRank(a);
  const rb = orderRank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 8: {
      const fa = toFloat(a as number | bigint);
      const fb = toFloat(b as number | bigint);
      // NaN sorts after every other number.
      if (Number.isNaN(fa) || Number.isNaN(fb)) return Number.isNaN(fa) ? (Number.isNaN(fb) ? 0 : 1) : -1;
      return numCompare(a as number | bigint, b as number | bigint);
    }
    case 7:
      return a === b ? 0 : a ? 1 : -1;
    case 6:
      return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
    case 4: {
      const la = a as Value[];
      const lb = b as Value[];
      for (let i = 0; i < Math.min(la.length, lb.length); i++) {
        const c = orderCompare(la[i]!, lb[i]!, ids);
        if (c !== 0) return c;
      }
      return la.length - lb.length;
    }
    case 5: {
      const pa = a as PathValue;
      const pb = b as PathValue;
      const la: Value[] = interleave(pa);
      const lb: Value[] = interleave(pb);
      return orderCompare(la, lb, ids);
    }
    case 2:
    case 3:
      return ids(a as NodeRef) - ids(b as NodeRef);
    case 1: {
      const ma = a as MapValue;
      const mb = b as MapValue;
      const ka = Object.keys(ma).sort();
      const kb = Object.keys(mb).sort();
      const c = orderCompare(ka, kb, ids);
      if (c !== 0) return c;
      for (const k of ka) {
        const d = orderCompare(ma[k]!, mb[k]!, ids);
        if (d !== 0) return d;
      }
      return 0;
    }
    default:
      return 0;
  }
}

function interleave(p: PathValue): Value[] {
  const out: Value[] = [p.nodes[0]!];
  p.rels.forEach((r, i) => out.push(r, p.nodes[i + 1]!));
  return out;
}

/** A string equal for equivalent values (DISTINCT, grouping keys, IN over lists). null equals null here. */
export function hashKey(v: Value): string {
  if (v === null) return 'N';
  switch (typeof v) {
    case 'boolean':
      return v ? 'T' : 'F';
    case 'bigint':
      return `#${v}`;
    case 'number':
      if (Number.isInteger(v) && Math.abs(v) < 2 ** 63) return `#${BigInt(v)}`;
      return `#${Number.isNaN(v) ? 'NaN' : v}`;
    case 'string':
      // Length-prefixed, so that list keys joined with ',' cannot collide.
      return `s${v.length}:${v}`;
  }
  if (Array.isArray(v)) return `[${v.map(hashKey).join(',')}]`;
  if (v instanceof NodeRef) return `n${v.key.length}:${v.key}`;
  if (v instanceof RelRef) return `r${v.key.length}:${v.key}`;
  if (v instanceof PathValue) return `p${hashKey(interleave(v))}`;
  return `{${Object.keys(v)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${hashKey(v[k]!)}`)
    .join(',')}}`;
}

/** Truth value for WHERE: only true passes. */
export function asBoolean(v: Value, what: string): boolean | null {
  if (v === null || typeof v === 'boolean') return v;
  throw typeError(`${what} expected a Boolean but got ${typeName(v)}: ${describe(v)}`);
}

// ---- keyed collections with Cypher's equivalence (DISTINCT, grouping) ---------
// Nested Maps keyed by (type tag, primitive): node keys and property strings come
// from the graph as the same string objects, whose hashes V8 caches, so a lookup
// costs no string building (unlike hashKey, kept for composite values).

const TAG_NULL = 0;
const TAG_BOOL = 1;
const TAG_NUMBER = 2;
const TAG_STRING = 3;
const TAG_NODE = 4;
const TAG_REL = 5;
const TAG_OTHER = 6;

function tagOf(v: Value): number {
  if (v === null) return TAG_NULL;
  switch (typeof v) {
    case 'boolean':
      return TAG_BOOL;
    case 'bigint':
    case 'number':
      return TAG_NUMBER;
    case 'string':
      return TAG_STRING;
  }
  if (v instanceof NodeRef) return TAG_NODE;
  if (v instanceof RelRef) return TAG_REL;
  return TAG_OTHER;
}

/** Grouping keys of lists that are shared and never change (labels(n) lists), computed once. */
const knownListKeys = new WeakMap<readonly Value[], string>();

export function rememberListKey(list: Value[]): void {
  knownListKeys.set(list, hashKey(list));
}

function keyOf(v: Value, tag: number): unknown {
  switch (tag) {
    case TAG_NUMBER:
      if (typeof v === 'bigint') return v;
      // 1 and 1.0 are equivalent; NaN equals itself here, as in DISTINCT.
      return Number.isInteger(v) && Math.abs(v as number) < 2 ** 63 ? BigInt(v as number) : Number.isNaN(v) ? 'NaN' : v;
    case TAG_NODE:
    case TAG_REL:
      return (v as NodeRef | RelRef).key;
    case TAG_OTHER:
      return (Array.isArray(v) ? knownListKeys.get(v) : undefined) ?? hashKey(v);
    default:
      return v;
  }
}

/**
 * One level of a TupleMap: the next level by key, per type tag. Most levels only
 * ever see one tag (a column of strings), and many only one key (the title of a
 * resolution under its symbol): the first tag's first child is kept in fields,
 * its map is made at its second key, other tags' maps in an array when needed;
 * a leaf level (one per group or distinct row) has none of them.
 */
interface Level<T> {
  tag: number;
  soleKey: unknown;
  sole: Level<T> | undefined;
  children: Map<unknown, Level<T>> | undefined;
  otherTags: (Map<unknown, Level<T>> | undefined)[] | undefined;
  value: T | undefined;
  has: boolean;
}

const newLevel = <T>(): Level<T> => ({ tag: -1, soleKey: undefined, sole: undefined, children: undefined, otherTags: undefined, value: undefined, has: false });

// Keys compare with === where a Map compares with SameValueZero: the same for keyOf's keys
// (NaN is the string 'NaN', -0 the bigint 0n).
function childOf<T>(level: Level<T>, tag: number, key: unknown): Level<T> | undefined {
  if (level.tag === tag) return level.sole !== undefined ? (level.soleKey === key ? level.sole : undefined) : level.children?.get(key);
  return level.otherTags?.[tag]?.get(key);
}

function addChild<T>(level: Level<T>, tag: number, key: unknown): Level<T> {
  const child = newLevel<T>();
  if (level.tag === -1) {
    level.tag = tag;
    level.soleKey = key;
    level.sole = child;
  } else if (level.tag === tag) {
    if (level.sole !== undefined) {
      level.children = new Map([[level.soleKey, level.sole]]);
      level.sole = undefined;
      level.soleKey = undefined;
    }
    level.children!.set(key, child);
  } else {
    const others = (level.otherTags ??= []);
    (others[tag] ??= new Map()).set(key, child);
  }
  return child;
}

/** A map from tuples of values (compared by Cypher equivalence) to T. */
export class TupleMap<T> {
  private readonly root: Level<T> = newLevel();
  size = 0;

  get(values: readonly Value[]): T | undefined {
    let level: Level<T> | undefined = this.root;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      const tag = tagOf(v);
      level = childOf(level, tag, keyOf(v, tag));
      if (level === undefined) return undefined;
    }
    return level.value;
  }

  /** The level for `values`, made on the way down where missing (one walk down the levels). */
  private levelFor(values: readonly Value[]): Level<T> {
    let level: Level<T> = this.root;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      const tag = tagOf(v);
      const key = keyOf(v, tag);
      level = childOf(level, tag, key) ?? addChild(level, tag, key);
    }
    return level;
  }

  /** The value for `values`, made by `make` and stored when there is none yet. */
  getOrAdd(values: readonly Value[], make: () => T): T {
    const level = this.levelFor(values);
    if (!level.has) {
      this.size++;
      level.has = true;
      level.value = make();
    }
    return level.value!;
  }

  set(values: readonly Value[], value: T): void {
    const level = this.levelFor(values);
    if (!level.has) this.size++;
    level.has = true;
    level.value = value;
  }
}

/** A set of values compared by Cypher equivalence. */
export class ValueSet {
  /** Made at the second distinct value. */
  private byTag: Set<unknown>[] | undefined;
  /**
   * The first value's tag and key, kept without a Set: count(DISTINCT x) makes a set
   * per group, and most groups of a wide grouping see one value (keys compare by ===,
   * as in a Set, since keyOf turns NaN into a string).
   */
  private firstTag = -1;
  private firstKey: unknown = undefined;

  /** Adds v; false when an equivalent value was there already. */
  add(v: Value): boolean {
    const tag = tagOf(v);
    const key = keyOf(v, tag);
    if (this.firstTag === -1) {
      this.firstTag = tag;
      this.firstKey = key;
      return true;
    }
    if (tag === this.firstTag && key === this.firstKey) return false;
    let byTag = this.byTag;
    if (!byTag) {
      byTag = this.byTag = [];
      byTag[this.firstTag] = new Set([this.firstKey]);
    }
    let set = byTag[tag];
    if (!set) byTag[tag] = set = new Set();
    const before = set.size;
    set.add(key);
    return set.size !== before;
  }
}
