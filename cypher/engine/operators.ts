// Arithmetic, string and list operators with Cypher's typing: integer results
// overflow into an ArithmeticError, integer division by zero is an error, floats
// follow IEEE 754 (Infinity, NaN).
import type { BinaryOp } from './ast.js';
import { argumentError, arithmeticError, typeError } from './errors.js';
import { describe, equals, INT64_MAX, INT64_MIN, isNumber, toFloat, typeName, type Value } from './values.js';

export function checkedInt(v: bigint): bigint {
  if (v > INT64_MAX || v < INT64_MIN) throw arithmeticError('long overflow');
  return v;
}

function mismatch(op: string, a: Value, b: Value): never {
  throw typeError(`Cannot apply '${op}' to ${typeName(a)} (${describe(a)}) and ${typeName(b)} (${describe(b)})`);
}

function numeric(op: string, a: Value, b: Value, ints: (x: bigint, y: bigint) => bigint, floats: (x: number, y: number) => number): Value {
  if (!isNumber(a) || !isNumber(b)) mismatch(op, a, b);
  if (typeof a === 'bigint' && typeof b === 'bigint') return ints(a, b);
  return floats(toFloat(a), toFloat(b));
}

const stringable = (v: Value): v is string | number | bigint | boolean =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';

function asText(v: string | number | bigint | boolean): string {
  if (typeof v === 'number') return formatFloat(v);
  return String(v);
}

/** Cypher's rendering of a float (toString(1.0) = '1.0'). */
export function formatFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  if (Number.isInteger(v) && Math.abs(v) < 1e7) return v.toFixed(1);
  const s = String(v);
  if (/e/.test(s)) {
    // Java prints 1.0E10 where JS prints 1e+10.
    const [mant, exp] = s.split('e') as [string, string];
    return `${mant.includes('.') ? mant : mant + '.0'}E${exp.replace('+', '')}`;
  }
  if (Math.abs(v) >= 1e7) {
    const exp = Math.floor(Math.log10(Math.abs(v)));
    const mant = v / 10 ** exp;
    const m = String(mant);
    return `${m.includes('.') ? m : m + '.0'}E${exp}`;
  }
  return s;
}

export function add(a: Value, b: Value): Value {
  if (a === null || b === null) return null;
  if (Array.isArray(a)) return Array.isArray(b) ? [...a, ...b] : [...a, b];
  if (Array.isArray(b)) return [a, ...b];
  if (typeof a === 'string' || typeof b === 'string') {
    if (stringable(a) && stringable(b) && typeof a !== 'boolean' && typeof b !== 'boolean') return asText(a) + asText(b);
    mismatch('+', a, b);
  }
  return numeric('+', a, b, (x, y) => checkedInt(x + y), (x, y) => x + y);
}

export function binaryArithmetic(op: BinaryOp, a: Value, b: Value): Value {
  if (op === '+') return add(a, b);
  if (a === null || b === null) return null;
  switch (op) {
    case '-':
      return numeric(op, a, b, (x, y) => checkedInt(x - y), (x, y) => x - y);
    case '*':
      return numeric(op, a, b, (x, y) => checkedInt(x * y), (x, y) => x * y);
    case '/':
      return numeric(
        op,
        a,
        b,
        (x, y) => {
          if (y === 0n) throw arithmeticError('/ by zero');
          return checkedInt(x / y);
        },
        (x, y) => x / y,
      );
    case '%':
      return numeric(
        op,
        a,
        b,
        (x, y) => {
          if (y === 0n) throw arithmeticError('/ by zero');
          return x % y;
        },
        (x, y) => x % y,
      );
    case '^':
      if (!isNumber(a) || !isNumber(b)) mismatch(op, a, b);
      return Math.pow(toFloat(a), toFloat(b));
    default:
      throw new Error(`not an arithmetic operator: ${op}`);
  }
}

export function negate(v: Value): Value {
  if (v === null) return null;
  if (typeof v === 'bigint') return checkedInt(-v);
  if (typeof v === 'number') return -v;
  throw typeError(`Cannot apply unary '-' to ${typeName(v)} (${describe(v)})`);
}

export function stringPredicate(op: 'STARTS WITH' | 'ENDS WITH' | 'CONTAINS', a: Value, b: Value): Value {
  if (typeof a !== 'string' || typeof b !== 'string') return null;
  if (op === 'STARTS WITH') return a.startsWith(b);
  if (op === 'ENDS WITH') return a.endsWith(b);
  return a.includes(b);
}

export function inList(element: Value, list: Value): Value {
  if (list === null) return null;
  if (!Array.isArray(list)) throw typeError(`IN expected a List on its right but got ${typeName(list)} (${describe(list)})`);
  let unknown = false;
  for (const item of list) {
    const e = equals(element, item);
    if (e === true) return true;
    if (e === null) unknown = true;
  }
  return unknown ? null : false;
}

const regexCache = new Map<string, RegExp>();

/** `=~`: Java regular expressions, whole-string match, translated to JS where they differ. */
export function regexMatch(a: Value, b: Value): Value {
  if (typeof a !== 'string' || typeof b !== 'string') return null;
  let re = regexCache.get(b);
  if (!re) {
    let pattern = b;
    let flags = 'u';
    const inline = /^\(\?([imsux]+)\)/.exec(pattern);
    if (inline) {
      pattern = pattern.slice(inline[0].length);
      for (const f of inline[1]!) if ('ims'.includes(f) && !flags.includes(f)) flags += f;
    }
    // Java's possessive/atomic forms and \A \z anchors are rare; translate the anchors.
    pattern = pattern.replace(/\\A/g, '^').replace(/\\[zZ]/g, '$');
    try {
      re = new RegExp(`^(?:${pattern})$`, flags);
    } catch {
      try {
        re = new RegExp(`^(?:${pattern})$`, flags.replace('u', ''));
      } catch (e) {
        throw argumentError(`Invalid Regex: '${b}': ${(e as Error).message}`);
      }
    }
    if (regexCache.size > 500) regexCache.clear();
    regexCache.set(b, re);
  }
  return re.test(a);
}
