// Expressions compiled once per clause and run into closures, for the loops that
// evaluate them per row (WHERE, projections, grouping keys, aggregate arguments).
// The common node kinds get a closure with their variable slots and sub-closures
// resolved up front; the tree walk of `evaluate` dispatched on `expr.type` per node
// per row instead. Every other kind falls back to `evaluate`, so results and errors
// are the same either way.
import type { Expr } from './ast.js';
import type { ExecContext, Row } from './context.js';
import { CypherError, ErrorCode, semanticError, typeError } from './errors.js';
import { callFunction, scalarFunction } from './functions.js';
import { comparisonOp, evaluate, indexOf, propertyOf } from './expressions.js';
import { isAggregateName } from './aggregates.js';
import { asBoolean, NodeRef, RelRef, typeName, type Value } from './values.js';
import { ingestedValue, isSpecialPropertyName } from './store.js';

export type Compiled = (row: Row, ctx: ExecContext) => Value;

export function compile(expr: Expr, ctx: ExecContext): Compiled {
  switch (expr.type) {
    case 'literal': {
      const value = expr.value;
      return () => value;
    }
    case 'param': {
      const name = expr.name;
      return (_row, c) => {
        if (!Object.hasOwn(c.params, name)) throw new CypherError(ErrorCode.ParameterMissing, `Expected parameter(s): ${name}`);
        return c.params[name]!;
      };
    }
    case 'variable': {
      const slot = ctx.slots.of(expr.name);
      const name = expr.name;
      return (row) => {
        const v = row[slot];
        if (v === undefined) throw semanticError(`Variable \`${name}\` not defined`);
        return v;
      };
    }
    case 'property': {
      const object = compile(expr.object, ctx);
      const key = expr.key;
      if (ctx.writable || isSpecialPropertyName(key)) return (row, c) => propertyOf(object(row, c), key, c);
      // A read-only run's references carry their attribute objects, and no entity of a read-only
      // engine was written by it: the property is the attribute, read directly.
      return (row, c) => {
        const v = object(row, c);
        if (v instanceof NodeRef) {
          if (v.attrs !== undefined) return ingestedValue(v.attrs[key]);
        } else if (v instanceof RelRef && v.rec !== undefined) return ingestedValue(v.rec.attrs[key]);
        return propertyOf(v, key, c);
      };
    }
    case 'index': {
      const object = compile(expr.object, ctx);
      const index = compile(expr.index, ctx);
      return (row, c) => indexOf(object(row, c), index(row, c), c);
    }
    case 'hasLabels': {
      const object = compile(expr.object, ctx);
      const labels = expr.labels;
      return (row, c) => {
        const v = object(row, c);
        if (v === null) return null;
        if (v instanceof RelRef) return labels.every((l) => c.store.relType(v) === l);
        if (!(v instanceof NodeRef)) throw typeError(`Expected a Node for a label check but got ${typeName(v)}`);
        return labels.every((l) => c.store.hasLabel(v, l));
      };
    }
    case 'isNull': {
      const operand = compile(expr.operand, ctx);
      return expr.negated ? (row, c) => operand(row, c) !== null : (row, c) => operand(row, c) === null;
    }
    case 'comparison': {
      if (expr.ops.length !== 1) break;
      const op = expr.ops[0]!;
      const left = compile(expr.operands[0]!, ctx);
      const right = compile(expr.operands[1]!, ctx);
      if (op === '=' || op === '<>') {
        // Two nodes (`WHERE citing <> r`) compare by key, as equals does after its other type tests.
        const negated = op === '<>';
        return (row, c) => {
          const a = left(row, c);
          const b = right(row, c);
          if (a instanceof NodeRef && b instanceof NodeRef) return (a.key === b.key) !== negated;
          return comparisonOp(op, a, b);
        };
      }
      return (row, c) => comparisonOp(op, left(row, c), right(row, c));
    }
    case 'binary': {
      const { op } = expr;
      if (op !== 'AND' && op !== 'OR') break;
      const left = compile(expr.left, ctx);
      const right = compile(expr.right, ctx);
      if (op === 'AND') {
        return (row, c) => {
          const l = asBoolean(left(row, c), op);
          if (l === false) return false;
          const r = asBoolean(right(row, c), op);
          return r === false ? false : l === null || r === null ? null : true;
        };
      }
      return (row, c) => {
        const l = asBoolean(left(row, c), op);
        if (l === true) return true;
        const r = asBoolean(right(row, c), op);
        return r === true ? true : l === null || r === null ? null : false;
      };
    }
    case 'call': {
      if (isAggregateName(expr.name)) break;
      const name = expr.name;
      const args = expr.args.map((a) => compile(a, ctx));
      const n = args.length;
      const fn = scalarFunction(name);
      if (!fn) return (row, c) => callFunction(name, args.map((a) => a(row, c)), c.store);
      // One argument array per call site, refilled per row: functions never keep it, and a call
      // site cannot run again while its arguments are evaluated (they are other expressions).
      const values = new Array<Value>(n);
      if (n === 1) {
        const arg = args[0]!;
        return (row, c) => {
          values[0] = arg(row, c);
          return fn(values, c.store);
        };
      }
      return (row, c) => {
        for (let i = 0; i < n; i++) values[i] = args[i]!(row, c);
        return fn(values, c.store);
      };
    }
    default:
      break;
  }
  return (row, c) => evaluate(expr, row, c);
}
