// Scalar functions (case-insensitive names). Aggregating functions live in
// aggregates.ts; special forms (exists on patterns, quantifiers, reduce) in the evaluator.
import { argumentError, CypherError, ErrorCode, typeError, unsupported } from './errors.js';
import { checkedInt, formatFloat } from './operators.js';
import type { GraphStore } from './store.js';
import { describe, isMap, isNumber, NodeRef, PathValue, RelRef, toFloat, typeName, type MapValue, type Value } from './values.js';

type Fn = (args: Value[], store: GraphStore) => Value;

const MAX_RANGE_LENGTH = 10_000_000n;

interface FunctionSpec {
  min: number;
  max: number;
  fn: Fn;
}

function bad(name: string, arg: Value, expected: string): never {
  throw typeError(`Type mismatch: ${name}() expected ${expected} but got ${typeName(arg)} (${describe(arg)})`);
}

// `_name`: the function's name, printed at each call site for the reader (the type errors name it themselves)
const nullSafe =
  (_name: string, fn: (v: Exclude<Value, null>, args: Value[], store: GraphStore) => Value): Fn =>
  (args, store) =>
    args[0] === null || args[0] === undefined ? null : fn(args[0], args, store);

function asInt(name: string, v: Value): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  return bad(name, v, 'an Integer');
}

function asNumber(name: string, v: Value): number {
  if (isNumber(v)) return toFloat(v);
  return bad(name, v, 'a number');
}

function asString(name: string, v: Value): string {
  if (typeof v === 'string') return v;
  return bad(name, v, 'a String');
}

const math =
  (name: string, f: (x: number) => number): Fn =>
  (args) =>
    args[0] === null ? null : f(asNumber(name, args[0]!));

export function toStringValue(v: Value): Value {
  if (v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return formatFloat(v);
  return bad('toString', v, 'a String, Integer, Float or Boolean');
}

function parseIntegerText(s: string): Value {
  const t = s.trim();
  if (/^[+-]?\d+$/.test(t)) {
    const v = BigInt(t);
    return v > 2n ** 63n - 1n || v < -(2n ** 63n) ? null : v;
  }
  const f = Number(t);
  if (t !== '' && Number.isFinite(f) && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return BigInt(Math.trunc(f));
  if (/^[+-]?0x[0-9a-f]+$/i.test(t)) return BigInt(t.replace(/^([+-]?)0x/i, '$10x'));
  return null;
}

function toIntegerValue(v: Value, orNull: boolean): Value {
  if (v === null) return null;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return orNull ? null : null;
    const t = Math.trunc(v);
    if (Math.abs(t) >= 2 ** 63) {
      if (orNull) return null;
      throw new CypherError(ErrorCode.Arithmetic, `integer, ${formatFloat(v)}, is too large`);
    }
    return BigInt(t);
  }
  if (typeof v === 'string') return parseIntegerText(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (orNull) return null;
  return bad('toInteger', v, 'a String, Float, Integer or Boolean');
}

function toFloatValue(v: Value, orNull: boolean): Value {
  if (v === null) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') {
    const t = v.trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(Infinity|NaN)$/.test(t)) return null;
    return Number(t);
  }
  if (orNull) return null;
  return bad('toFloat', v, 'a String, Float or Integer');
}

function toBooleanValue(v: Value, orNull: boolean): Value {
  if (v === null) return null;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    return t === 'true' ? true : t === 'false' ? false : null;
  }
  if (typeof v === 'bigint') return v !== 0n;
  if (orNull) return null;
  return bad('toBoolean', v, 'a String, Boolean or Integer');
}

function listOrNull(name: string, v: Value): Value[] {
  if (Array.isArray(v)) return v;
  return bad(name, v, 'a List');
}

function roundHalfUp(x: number, precision: number, mode: string): number {
  if (!Number.isFinite(x)) return x;
  const factor = 10 ** precision;
  const scaled = x * factor;
  // Multiplying can leave 2.675 * 100 = 267.49999999999997; correct with the decimal text.
  const fixed = Number(scaled.toPrecision(15));
  let r: number;
  switch (mode) {
    case 'UP':
      r = fixed < 0 ? Math.floor(fixed) : Math.ceil(fixed);
      break;
    case 'DOWN':
      r = Math.trunc(fixed);
      break;
    case 'CEILING':
      r = Math.ceil(fixed);
      break;
    case 'FLOOR':
      r = Math.floor(fixed);
      break;
    case 'HALF_DOWN':
      r = Math.sign(fixed) * Math.ceil(Math.abs(fixed) - 0.5);
      break;
    case 'HALF_EVEN': {
      const f = Math.floor(fixed);
      const diff = fixed - f;
      r = diff > 0.5 ? f + 1 : diff < 0.5 ? f : f % 2 === 0 ? f : f + 1;
      break;
    }
    case 'HALF_UP':
      r = Math.sign(fixed) * Math.round(Math.abs(fixed));
      break;
    default:
      throw argumentError(`Unknown rounding mode: ${mode}`);
  }
  return r / factor;
}

function keysOf(v: Value, store: GraphStore): Value {
  if (v instanceof NodeRef) return Object.keys(store.nodeProperties(v));
  if (v instanceof RelRef) return Object.keys(store.relProperties(v));
  if (isMap(v)) return Object.keys(v);
  return bad('keys', v, 'a Node, Relationship or Map');
}

const FUNCTIONS: Record<string, FunctionSpec> = {
  type: { min: 1, max: 1, fn: nullSafe('type', (v, _a, s) => (v instanceof RelRef ? s.relType(v) : bad('type', v, 'a Relationship'))) },
  labels: { min: 1, max: 1, fn: nullSafe('labels', (v, _a, s) => (v instanceof NodeRef ? s.labels(v) : bad('labels', v, 'a Node'))) },
  keys: { min: 1, max: 1, fn: nullSafe('keys', (v, _a, s) => keysOf(v, s)) },
  properties: {
    min: 1,
    max: 1,
    fn: nullSafe('properties', (v, _a, s) =>
      v instanceof NodeRef ? s.nodeProperties(v) : v instanceof RelRef ? s.relProperties(v) : isMap(v) ? v : bad('properties', v, 'a Node, Relationship or Map'),
    ),
  },
  id: {
    min: 1,
    max: 1,
    fn: nullSafe('id', (v, _a, s) => (v instanceof NodeRef ? BigInt(s.nodeId(v.key)) : v instanceof RelRef ? BigInt(s.relId(v.key)) : bad('id', v, 'a Node or Relationship'))),
  },
  elementid: { min: 1, max: 1, fn: nullSafe('elementId', (v) => (v instanceof NodeRef || v instanceof RelRef ? v.key : bad('elementId', v, 'a Node or Relationship'))) },
  startnode: { min: 1, max: 1, fn: nullSafe('startNode', (v, _a, s) => (v instanceof RelRef ? new NodeRef(s.source(v)) : bad('startNode', v, 'a Relationship'))) },
  endnode: { min: 1, max: 1, fn: nullSafe('endNode', (v, _a, s) => (v instanceof RelRef ? new NodeRef(s.target(v)) : bad('endNode', v, 'a Relationship'))) },
  size: {
    min: 1,
    max: 1,
    fn: nullSafe('size', (v) => (typeof v === 'string' ? BigInt([...v].length) : Array.isArray(v) ? BigInt(v.length) : bad('size', v, 'a String or List'))),
  },
  length: {
    min: 1,
    max: 1,
    fn: nullSafe('length', (v) => (v instanceof PathValue ? BigInt(v.rels.length) : bad('length', v, 'a Path'))),
  },
  char_length: { min: 1, max: 1, fn: nullSafe('char_length', (v) => BigInt([...asString('char_length', v)].length)) },
  character_length: { min: 1, max: 1, fn: nullSafe('character_length', (v) => BigInt([...asString('character_length', v)].length)) },
  nodes: { min: 1, max: 1, fn: nullSafe('nodes', (v) => (v instanceof PathValue ? [...v.nodes] : bad('nodes', v, 'a Path'))) },
  relationships: { min: 1, max: 1, fn: nullSafe('relationships', (v) => (v instanceof PathValue ? [...v.rels] : bad('relationships', v, 'a Path'))) },
  coalesce: { min: 1, max: Infinity, fn: (args) => args.find((a) => a !== null) ?? null },
  head: { min: 1, max: 1, fn: nullSafe('head', (v) => listOrNull('head', v)[0] ?? null) },
  last: { min: 1, max: 1, fn: nullSafe('last', (v) => listOrNull('last', v).at(-1) ?? null) },
  tail: { min: 1, max: 1, fn: nullSafe('tail', (v) => listOrNull('tail', v).slice(1)) },
  reverse: {
    min: 1,
    max: 1,
    fn: nullSafe('reverse', (v) => (typeof v === 'string' ? [...v].reverse().join('') : Array.isArray(v) ? [...v].reverse() : bad('reverse', v, 'a String or List'))),
  },
  tolower: { min: 1, max: 1, fn: nullSafe('toLower', (v) => asString('toLower', v).toLowerCase()) },
  toupper: { min: 1, max: 1, fn: nullSafe('toUpper', (v) => asString('toUpper', v).toUpperCase()) },
  lower: { min: 1, max: 1, fn: nullSafe('lower', (v) => asString('lower', v).toLowerCase()) },
  upper: { min: 1, max: 1, fn: nullSafe('upper', (v) => asString('upper', v).toUpperCase()) },
  tostring: { min: 1, max: 1, fn: (args) => toStringValue(args[0]!) },
  tostringornull: {
    min: 1,
    max: 1,
    fn: (args) => {
      const v = args[0]!;
      return typeof v === 'string' || typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean' ? toStringValue(v) : null;
    },
  },
  tointeger: { min: 1, max: 1, fn: (args) => toIntegerValue(args[0]!, false) },
  tointegerornull: { min: 1, max: 1, fn: (args) => toIntegerValue(args[0]!, true) },
  tofloat: { min: 1, max: 1, fn: (args) => toFloatValue(args[0]!, false) },
  tofloatornull: { min: 1, max: 1, fn: (args) => toFloatValue(args[0]!, true) },
  toboolean: { min: 1, max: 1, fn: (args) => toBooleanValue(args[0]!, false) },
  tobooleanornull: { min: 1, max: 1, fn: (args) => toBooleanValue(args[0]!, true) },
  tointegerlist: { min: 1, max: 1, fn: nullSafe('toIntegerList', (v) => listOrNull('toIntegerList', v).map((x) => toIntegerValue(x, true))) },
  tofloatlist: { min: 1, max: 1, fn: nullSafe('toFloatList', (v) => listOrNull('toFloatList', v).map((x) => toFloatValue(x, true))) },
  tostringlist: {
    min: 1,
    max: 1,
    fn: nullSafe('toStringList', (v) => listOrNull('toStringList', v).map((x) => (typeof x === 'string' || isNumber(x) || typeof x === 'boolean' ? toStringValue(x) : null))),
  },
  tobooleanlist: { min: 1, max: 1, fn: nullSafe('toBooleanList', (v) => listOrNull('toBooleanList', v).map((x) => toBooleanValue(x, true))) },
  trim: { min: 1, max: 1, fn: nullSafe('trim', (v) => asString('trim', v).trim()) },
  btrim: { min: 1, max: 1, fn: nullSafe('btrim', (v) => asString('btrim', v).trim()) },
  ltrim: { min: 1, max: 1, fn: nullSafe('ltrim', (v) => asString('ltrim', v).trimStart()) },
  rtrim: { min: 1, max: 1, fn: nullSafe('rtrim', (v) => asString('rtrim', v).trimEnd()) },
  replace: {
    min: 3,
    max: 3,
    fn: (args) => (args.some((a) => a === null) ? null : asString('replace', args[0]!).split(asString('replace', args[1]!)).join(asString('replace', args[2]!))),
  },
  substring: {
    min: 2,
    max: 3,
    fn: (args) => {
      if (args[0] === null) return null;
      const s = asString('substring', args[0]!);
      const start = Number(asInt('substring', args[1]!));
      if (start < 0) throw argumentError(`Invalid input for length value in function 'substring()': start must be non-negative, got ${start}`);
      if (args.length === 3) {
        const len = Number(asInt('substring', args[2]!));
        if (len < 0) throw argumentError(`Invalid input for length value in function 'substring()': length must be non-negative, got ${len}`);
        return s.substring(start, start + len);
      }
      return s.substring(start);
    },
  },
  left: {
    min: 2,
    max: 2,
    fn: (args) => {
      if (args[0] === null) return null;
      if (args[1] === null) throw argumentError("Expected a non-null value for 'length' in function 'left()'");
      const n = Number(asInt('left', args[1]!));
      if (n < 0) throw argumentError(`Invalid input for length value in function 'left()': ${n}`);
      return asString('left', args[0]!).substring(0, n);
    },
  },
  right: {
    min: 2,
    max: 2,
    fn: (args) => {
      if (args[0] === null) return null;
      if (args[1] === null) throw argumentError("Expected a non-null value for 'length' in function 'right()'");
      const s = asString('right', args[0]!);
      const n = Number(asInt('right', args[1]!));
      if (n < 0) throw argumentError(`Invalid input for length value in function 'right()': ${n}`);
      return n === 0 ? '' : s.substring(Math.max(0, s.length - n));
    },
  },
  split: {
    min: 2,
    max: 2,
    fn: (args) => {
      if (args[0] === null || args[1] === null) return null;
      const s = asString('split', args[0]!);
      const d = args[1]!;
      if (Array.isArray(d)) {
        const seps = d.map((x) => asString('split', x));
        if (seps.length === 0) return [s];
        const re = new RegExp(seps.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'u');
        return s.split(re);
      }
      const sep = asString('split', d);
      return sep === '' ? [...s] : s.split(sep);
    },
  },
  abs: { min: 1, max: 1, fn: nullSafe('abs', (v) => (typeof v === 'bigint' ? checkedInt(v < 0n ? -v : v) : Math.abs(asNumber('abs', v)))) },
  ceil: { min: 1, max: 1, fn: math('ceil', Math.ceil) },
  floor: { min: 1, max: 1, fn: math('floor', Math.floor) },
  round: {
    min: 1,
    max: 3,
    fn: (args) => {
      if (args[0] === null) return null;
      const x = asNumber('round', args[0]!);
      if (args.length === 1) return Math.round(x);
      if (args[1] === null) return null;
      const precision = Number(asInt('round', args[1]!));
      const mode = args.length === 3 ? asString('round', args[2]!).toUpperCase() : 'HALF_UP';
      return roundHalfUp(x, precision, mode);
    },
  },
  sign: { min: 1, max: 1, fn: nullSafe('sign', (v) => (typeof v === 'bigint' ? (v > 0n ? 1n : v < 0n ? -1n : 0n) : BigInt(Math.sign(asNumber('sign', v)) || 0))) },
  sqrt: { min: 1, max: 1, fn: math('sqrt', Math.sqrt) },
  cbrt: { min: 1, max: 1, fn: math('cbrt', Math.cbrt) },
  exp: { min: 1, max: 1, fn: math('exp', Math.exp) },
  log: { min: 1, max: 1, fn: math('log', Math.log) },
  log10: { min: 1, max: 1, fn: math('log10', Math.log10) },
  sin: { min: 1, max: 1, fn: math('sin', Math.sin) },
  cos: { min: 1, max: 1, fn: math('cos', Math.cos) },
  tan: { min: 1, max: 1, fn: math('tan', Math.tan) },
  cot: { min: 1, max: 1, fn: math('cot', (x) => 1 / Math.tan(x)) },
  asin: { min: 1, max: 1, fn: math('asin', Math.asin) },
  acos: { min: 1, max: 1, fn: math('acos', Math.acos) },
  atan: { min: 1, max: 1, fn: math('atan', Math.atan) },
  atan2: { min: 2, max: 2, fn: (args) => (args[0] === null || args[1] === null ? null : Math.atan2(asNumber('atan2', args[0]!), asNumber('atan2', args[1]!))) },
  degrees: { min: 1, max: 1, fn: math('degrees', (x) => (x * 180) / Math.PI) },
  radians: { min: 1, max: 1, fn: math('radians', (x) => (x * Math.PI) / 180) },
  haversin: { min: 1, max: 1, fn: math('haversin', (x) => (1 - Math.cos(x)) / 2) },
  pi: { min: 0, max: 0, fn: () => Math.PI },
  e: { min: 0, max: 0, fn: () => Math.E },
  rand: { min: 0, max: 0, fn: () => Math.random() },
  isnan: { min: 1, max: 1, fn: nullSafe('isNaN', (v) => Number.isNaN(asNumber('isNaN', v))) },
  range: {
    min: 2,
    max: 3,
    fn: (args) => {
      const rangeInt = (v: Value): bigint => {
        if (typeof v === 'bigint') return v;
        throw argumentError(`Invalid argument for range(): expected an Integer but got ${typeName(v)} (${describe(v)})`);
      };
      const start = rangeInt(args[0]!);
      const end = rangeInt(args[1]!);
      const step = args.length === 3 ? rangeInt(args[2]!) : 1n;
      if (step === 0n) throw argumentError('Step argument to range() cannot be zero');
      // A list this long would exhaust memory (in a browser tab first) before any time limit could stop it.
      const length = (end - start) / step + 1n;
      if (length > MAX_RANGE_LENGTH) {
        throw argumentError(`range(${start}, ${end}, ${step}) would hold ${length} elements, more than the embedded engine's limit of ${MAX_RANGE_LENGTH}; use UNWIND range(...) (counted lazily) or run it against Neo4j with --neo4j`);
      }
      const out: bigint[] = [];
      const safe = (x: bigint): boolean => x <= BigInt(Number.MAX_SAFE_INTEGER) && x >= BigInt(Number.MIN_SAFE_INTEGER);
      if (safe(start) && safe(end) && safe(step)) {
        // Number arithmetic is far faster than bigint for the loop itself.
        const [s0, e0, st] = [Number(start), Number(end), Number(step)];
        if (st > 0) for (let i = s0; i <= e0; i += st) out.push(BigInt(i));
        else for (let i = s0; i >= e0; i += st) out.push(BigInt(i));
        return out;
      }
      if (step > 0n) for (let i = start; i <= end; i += step) out.push(i);
      else for (let i = start; i >= end; i += step) out.push(i);
      return out;
    },
  },
  exists: { min: 1, max: 1, fn: (args) => args[0] !== null },
  isempty: {
    min: 1,
    max: 1,
    fn: nullSafe('isEmpty', (v) => (typeof v === 'string' ? v.length === 0 : Array.isArray(v) ? v.length === 0 : isMap(v) ? Object.keys(v).length === 0 : bad('isEmpty', v, 'a String, List or Map'))),
  },
  nullif: { min: 2, max: 2, fn: (args) => (args[0] !== null && args[1] !== null && describe(args[0]!) === describe(args[1]!) ? null : args[0]!) },
  timestamp: { min: 0, max: 0, fn: () => BigInt(Date.now()) },
  randomuuid: { min: 0, max: 0, fn: () => crypto.randomUUID() },
  valuetype: {
    min: 1,
    max: 1,
    fn: (args) => {
      const v = args[0]!;
      const t = typeName(v).toUpperCase();
      return v === null ? 'NULL' : t === 'MAP' ? 'MAP NOT NULL' : t === 'LIST' ? 'LIST<ANY> NOT NULL' : `${t} NOT NULL`;
    },
  },
};

// Function names as written -> spec, so that a call per row does not lower-case the name again.
const specByName = new Map<string, FunctionSpec | undefined>();

function specOf(name: string): FunctionSpec | undefined {
  let spec = specByName.get(name);
  if (spec === undefined && !specByName.has(name)) {
    spec = Object.hasOwn(FUNCTIONS, name.toLowerCase()) ? FUNCTIONS[name.toLowerCase()] : undefined;
    specByName.set(name, spec);
  }
  return spec;
}

export function callFunction(name: string, args: Value[], store: GraphStore): Value {
  const spec = specOf(name);
  if (!spec) throw unknownFunction(name);
  return spec.fn(args, store);
}

/** The implementation of a scalar function, for callers that look it up once (undefined: unknown). No function keeps its `args` array. */
export function scalarFunction(name: string): ((args: Value[], store: GraphStore) => Value) | undefined {
  return specOf(name)?.fn;
}

export function functionArity(name: string): { min: number; max: number } | undefined {
  const spec = Object.hasOwn(FUNCTIONS, name.toLowerCase()) ? FUNCTIONS[name.toLowerCase()] : undefined;
  return spec ? { min: spec.min, max: spec.max } : undefined;
}

const TEMPORAL = new Set(['date', 'datetime', 'localdatetime', 'time', 'localtime', 'duration', 'point', 'distance']);

export function unknownFunction(name: string): CypherError {
  const lower = name.toLowerCase();
  if (TEMPORAL.has(lower.split('.')[0]!) || lower.startsWith('apoc.') || lower.startsWith('gds.') || lower.startsWith('point.') || lower.startsWith('vector.')) {
    return unsupported(`Function ${name}()`);
  }
  return new CypherError(ErrorCode.Semantic, `Unknown function '${name}'`);
}

export type { MapValue };
