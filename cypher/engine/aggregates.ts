// Aggregating functions: one accumulator per group and aggregate expression.
import { argumentError, typeError } from './errors.js';
import { checkedInt } from './operators.js';
import { describe, isNumber, orderCompare, toFloat, typeName, ValueSet, type Value } from './values.js';

export const AGGREGATE_NAMES = new Set(['count', 'collect', 'sum', 'avg', 'min', 'max', 'percentiledisc', 'percentilecont', 'stdev', 'stdevp']);

const aggregateByName = new Map<string, boolean>();

export function isAggregateName(name: string): boolean {
  let is = aggregateByName.get(name);
  if (is === undefined) aggregateByName.set(name, (is = AGGREGATE_NAMES.has(name.toLowerCase())));
  return is;
}

export interface Accumulator {
  /** Feed one row's argument values (already evaluated). */
  add(args: Value[]): void;
  result(): Value;
}

const noIds = (): number => 0;

function numbersOnly(name: string, v: Value): number | bigint {
  if (isNumber(v)) return v;
  throw typeError(`${name}() can only handle numerical values, but got ${typeName(v)} (${describe(v)})`);
}

/** count(*), count(x), count(DISTINCT x): the commonest aggregate, as a class so a group costs one small object. */
class CountAccumulator implements Accumulator {
  private n = 0;
  /** count(DISTINCT x): the first value, and a set from the second on (most groups of a wide grouping see one value). */
  private first: Value = null;
  private seen: ValueSet | undefined;
  constructor(
    private readonly distinct: boolean,
    private readonly star: boolean,
  ) {}
  add(args: Value[]): void {
    if (this.star) {
      this.n++;
      return;
    }
    const v = args[0]!;
    if (v === null) return;
    if (!this.distinct) this.n++;
    else if (this.n === 0) {
      this.first = v;
      this.n = 1;
    } else {
      if (this.seen === undefined) {
        this.seen = new ValueSet();
        this.seen.add(this.first);
      }
      if (this.seen.add(v)) this.n++;
    }
  }
  result(): Value {
    return BigInt(this.n);
  }
}

export function createAccumulator(name: string, distinct: boolean, star: boolean, ids: (v: never) => number = noIds): Accumulator {
  const lower = name.toLowerCase();
  if (lower === 'count') return new CountAccumulator(distinct, star);
  const seen = distinct ? new ValueSet() : undefined;
  // Filters nulls and, with DISTINCT, repeated values; true when the value counts.
  const admit = (v: Value): boolean => v !== null && (!seen || seen.add(v));
  switch (lower) {
    case 'count': {
      let n = 0n;
      return {
        add: (args) => {
          if (star || admit(args[0]!)) n++;
        },
        result: () => n,
      };
    }
    case 'collect': {
      const out: Value[] = [];
      return { add: (args) => void (admit(args[0]!) && out.push(args[0]!)), result: () => out };
    }
    case 'sum': {
      let intSum = 0n;
      let floatSum = 0;
      let isFloat = false;
      return {
        add: (args) => {
          const v = args[0]!;
          if (!admit(v)) return;
          const x = numbersOnly('sum', v);
          if (typeof x === 'number') {
            isFloat = true;
            floatSum += x;
          } else intSum = checkedInt(intSum + x);
        },
        result: () => (isFloat ? floatSum + Number(intSum) : intSum),
      };
    }
    case 'avg': {
      let sum = 0;
      let n = 0;
      return {
        add: (args) => {
          const v = args[0]!;
          if (!admit(v)) return;
          sum += toFloat(numbersOnly('avg', v));
          n++;
        },
        result: () => (n === 0 ? null : sum / n),
      };
    }
    case 'min':
    case 'max': {
      let best: Value = null;
      const sign = lower === 'min' ? 1 : -1;
      return {
        add: (args) => {
          const v = args[0]!;
          if (!admit(v)) return;
          if (best === null || sign * orderCompare(v, best, ids as (v: unknown) => number) < 0) best = v;
        },
        result: () => best,
      };
    }
    case 'percentiledisc':
    case 'percentilecont': {
      const values: (number | bigint)[] = [];
      let p: number | undefined;
      return {
        add: (args) => {
          const v = args[0]!;
          const q = args[1]!;
          if (p === undefined && q !== null) {
            p = toFloat(numbersOnly(name, q));
            if (p < 0 || p > 1) throw argumentError(`Invalid input '${p}' is not a valid argument, must be a number in the range 0.0 to 1.0`);
          }
          if (admit(v)) values.push(numbersOnly(name, v));
        },
        result: () => {
          if (values.length === 0 || p === undefined) return null;
          const sorted = [...values].sort((a, b) => toFloat(a) - toFloat(b));
          const n = sorted.length;
          if (lower === 'percentiledisc') {
            const floatIdx = p * n;
            let idx = Math.floor(floatIdx);
            idx = floatIdx !== idx || idx === 0 ? idx : idx - 1;
            return sorted[Math.min(idx, n - 1)]!;
          }
          const floatIdx = p * (n - 1);
          const lo = Math.floor(floatIdx);
          const hi = Math.ceil(floatIdx);
          if (lo === hi) return toFloat(sorted[lo]!);
          const frac = floatIdx - lo;
          return toFloat(sorted[lo]!) + (toFloat(sorted[hi]!) - toFloat(sorted[lo]!)) * frac;
        },
      };
    }
    case 'stdev':
    case 'stdevp': {
      const xs: number[] = [];
      return {
        add: (args) => {
          const v = args[0]!;
          if (admit(v)) xs.push(toFloat(numbersOnly(name, v)));
        },
        result: () => {
          const n = xs.length;
          const denominator = lower === 'stdev' ? n - 1 : n;
          if (n === 0 || denominator <= 0) return 0;
          const mean = xs.reduce((a, b) => a + b, 0) / n;
          const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / denominator;
          return Math.sqrt(variance);
        },
      };
    }
    default:
      throw new Error(`not an aggregate: ${name}`);
  }
}
