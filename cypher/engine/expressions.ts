// Expression evaluation over one row, with Cypher's three-valued logic.
import type { Expr } from './ast.js';
import type { ExecContext, Row } from './context.js';
import { CypherError, ErrorCode, semanticError, typeError } from './errors.js';
import { callFunction } from './functions.js';
import { binaryArithmetic, inList, negate, regexMatch, stringPredicate } from './operators.js';
import { eachMatch } from './patterns.js';
import { isAggregateName } from './aggregates.js';
import { asBoolean, compare, describe, equals, isMap, NodeRef, ownEntry, putOwn, RelRef, typeName, type MapValue, type Value } from './values.js';

export function evaluate(expr: Expr, row: Row, ctx: ExecContext): Value {
  switch (expr.type) {
    case 'literal':
      return expr.value;
    case 'param': {
      if (!Object.hasOwn(ctx.params, expr.name)) throw new CypherError(ErrorCode.ParameterMissing, `Expected parameter(s): ${expr.name}`);
      return ctx.params[expr.name]!;
    }
    case 'variable': {
      const v = row[ctx.slots.of(expr.name)];
      if (v === undefined) throw semanticError(`Variable \`${expr.name}\` not defined`);
      return v;
    }
    case 'property':
      return propertyOf(evaluate(expr.object, row, ctx), expr.key, ctx);
    case 'index':
      return indexOf(evaluate(expr.object, row, ctx), evaluate(expr.index, row, ctx), ctx);
    case 'slice':
      return sliceOf(
        evaluate(expr.object, row, ctx),
        expr.from ? evaluate(expr.from, row, ctx) : undefined,
        expr.to ? evaluate(expr.to, row, ctx) : undefined,
      );
    case 'hasLabels': {
      const v = evaluate(expr.object, row, ctx);
      if (v === null) return null;
      if (v instanceof RelRef) return expr.labels.every((l) => ctx.store.relType(v) === l);
      if (!(v instanceof NodeRef)) throw typeError(`Expected a Node for a label check but got ${typeName(v)}`);
      return expr.labels.every((l) => ctx.store.hasLabel(v, l));
    }
    case 'list':
      return expr.items.map((e) => evaluate(e, row, ctx));
    case 'map': {
      const out: MapValue = {};
      for (const [k, e] of expr.entries) putOwn(out, k, evaluate(e, row, ctx));
      return out;
    }
    case 'mapProjection':
      return mapProjection(expr, row, ctx);
    case 'unary': {
      const v = evaluate(expr.operand, row, ctx);
      if (expr.op === 'NOT') {
        const b = asBoolean(v, 'NOT');
        return b === null ? null : !b;
      }
      if (expr.op === '-') return negate(v);
      if (v !== null && typeof v !== 'number' && typeof v !== 'bigint') throw typeError(`Cannot apply unary '+' to ${typeName(v)}`);
      return v;
    }
    case 'binary':
      return binary(expr, row, ctx);
    case 'comparison': {
      let result: boolean | null = true;
      let left = evaluate(expr.operands[0]!, row, ctx);
      for (let i = 0; i < expr.ops.length; i++) {
        const right = evaluate(expr.operands[i + 1]!, row, ctx);
        const r = comparisonOp(expr.ops[i]!, left, right);
        if (r === false) return false;
        if (r === null) result = null;
        left = right;
      }
      return result;
    }
    case 'isNull': {
      const v = evaluate(expr.operand, row, ctx);
      return expr.negated ? v !== null : v === null;
    }
    case 'case': {
      if (expr.subject) {
        const subject = evaluate(expr.subject, row, ctx);
        for (const b of expr.branches) if (equals(subject, evaluate(b.when, row, ctx)) === true) return evaluate(b.then, row, ctx);
      } else {
        for (const b of expr.branches) if (evaluate(b.when, row, ctx) === true) return evaluate(b.then, row, ctx);
      }
      return expr.otherwise ? evaluate(expr.otherwise, row, ctx) : null;
    }
    case 'call': {
      if (isAggregateName(expr.name)) {
        const v = ctx.aggregates?.get(expr);
        if (v === undefined) throw semanticError(`Invalid use of aggregating function ${expr.name}(...) in this context`);
        return v;
      }
      // A plain loop: .map would allocate a closure per call besides the array.
      const n = expr.args.length;
      const args = new Array<Value>(n);
      for (let i = 0; i < n; i++) args[i] = evaluate(expr.args[i]!, row, ctx);
      return callFunction(expr.name, args, ctx.store);
    }
    case 'listComprehension': {
      const source = evaluate(expr.source, row, ctx);
      if (source === null) return null;
      const list = asList(source, 'list comprehension');
      const out: Value[] = [];
      const scope: Row = row.slice();
      const slot = ctx.slots.of(expr.variable);
      for (const item of list) {
        ctx.tick();
        scope[slot] = item;
        if (expr.where && evaluate(expr.where, scope, ctx) !== true) continue;
        out.push(expr.projection ? evaluate(expr.projection, scope, ctx) : item);
      }
      return out;
    }
    case 'quantifier': {
      const source = evaluate(expr.source, row, ctx);
      if (source === null) return null;
      const list = asList(source, expr.kind);
      const scope: Row = row.slice();
      const slot = ctx.slots.of(expr.variable);
      let trues = 0;
      let nulls = 0;
      for (const item of list) {
        scope[slot] = item;
        const r = expr.where ? asBoolean(evaluate(expr.where, scope, ctx), expr.kind) : item === null ? null : asBoolean(item, expr.kind);
        if (r === true) trues++;
        else if (r === null) nulls++;
        else if (expr.kind === 'all') return false;
        if (expr.kind === 'any' && r === true) return true;
        if (expr.kind === 'none' && r === true) return false;
        if (expr.kind === 'single' && trues > 1) return false;
      }
      switch (expr.kind) {
        case 'all':
          return nulls > 0 ? null : true;
        case 'any':
          return nulls > 0 ? null : false;
        case 'none':
          return nulls > 0 ? null : true;
        case 'single':
          return nulls > 0 ? null : trues === 1;
      }
      return null;
    }
    case 'reduce': {
      const source = evaluate(expr.source, row, ctx);
      if (source === null) return null;
      const list = asList(source, 'reduce');
      const scope: Row = row.slice();
      const accumulator = ctx.slots.of(expr.accumulator);
      const slot = ctx.slots.of(expr.variable);
      scope[accumulator] = evaluate(expr.init, row, ctx);
      for (const item of list) {
        scope[slot] = item;
        scope[accumulator] = evaluate(expr.body, scope, ctx);
      }
      return scope[accumulator]!;
    }
    case 'patternPredicate': {
      let found = false;
      eachMatch([expr.pattern], row, ctx, () => !(found = true));
      return found;
    }
    case 'exists': {
      let found = false;
      eachMatch(expr.pattern, row, ctx, (m) => !(found = !expr.where || evaluate(expr.where, m, ctx) === true));
      return found;
    }
    case 'countSubquery': {
      let n = 0n;
      eachMatch(expr.pattern, row, ctx, (m) => {
        if (!expr.where || evaluate(expr.where, m, ctx) === true) n++;
        return true;
      });
      return n;
    }
    case 'patternComprehension': {
      const part = expr.pathVariable !== undefined ? { ...expr.pattern, pathVariable: expr.pathVariable } : expr.pattern;
      const out: Value[] = [];
      eachMatch([part], row, ctx, (m) => {
        if (!expr.where || evaluate(expr.where, m, ctx) === true) out.push(evaluate(expr.projection, m, ctx));
        return true;
      });
      return out;
    }
  }
}

function asList(v: Value, what: string): Value[] {
  if (Array.isArray(v)) return v;
  throw typeError(`${what} expected a List but got ${typeName(v)} (${describe(v)})`);
}

export function comparisonOp(op: string, a: Value, b: Value): boolean | null {
  switch (op) {
    case '=':
      return equals(a, b);
    case '<>': {
      const e = equals(a, b);
      return e === null ? null : !e;
    }
  }
  const c = compare(a, b);
  if (c === null) return null;
  // NaN compares false with every number.
  if (Number.isNaN(c)) return false;
  switch (op) {
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

function binary(expr: Expr & { type: 'binary' }, row: Row, ctx: ExecContext): Value {
  const { op } = expr;
  if (op === 'AND' || op === 'OR' || op === 'XOR') {
    const l = asBoolean(evaluate(expr.left, row, ctx), op);
    if (op === 'AND' && l === false) return false;
    if (op === 'OR' && l === true) return true;
    const r = asBoolean(evaluate(expr.right, row, ctx), op);
    if (op === 'AND') return r === false ? false : l === null || r === null ? null : true;
    if (op === 'OR') return r === true ? true : l === null || r === null ? null : false;
    return l === null || r === null ? null : l !== r;
  }
  const a = evaluate(expr.left, row, ctx);
  const b = evaluate(expr.right, row, ctx);
  switch (op) {
    case 'IN':
      return inList(a, b);
    case 'STARTS WITH':
    case 'ENDS WITH':
    case 'CONTAINS':
      return stringPredicate(op, a, b);
    case '=~':
      return regexMatch(a, b);
    default:
      return binaryArithmetic(op, a, b);
  }
}

export function propertyOf(v: Value, key: string, ctx: ExecContext): Value {
  if (v === null) return null;
  if (v instanceof NodeRef) return ctx.store.nodeProperty(v, key);
  if (v instanceof RelRef) return ctx.store.relProperty(v, key);
  if (isMap(v)) return ownEntry(v, key) ?? null;
  throw typeError(`Type mismatch: expected a map, node or relationship to read property '${key}' from but got ${typeName(v)} (${describe(v)})`);
}

export function indexOf(v: Value, index: Value, ctx: ExecContext): Value {
  if (v === null || index === null) return null;
  if (Array.isArray(v)) {
    if (typeof index !== 'bigint') throw typeError(`List index must be an Integer but was ${typeName(index)} (${describe(index)})`);
    let i = Number(index);
    if (i < 0) i += v.length;
    return i >= 0 && i < v.length ? v[i]! : null;
  }
  if (isMap(v) || v instanceof NodeRef || v instanceof RelRef) {
    if (typeof index !== 'string') throw typeError(`Map key must be a String but was ${typeName(index)} (${describe(index)})`);
    return propertyOf(v, index, ctx);
  }
  throw typeError(`Cannot index into ${typeName(v)} (${describe(v)}) with ${describe(index)}`);
}

function sliceOf(v: Value, from: Value | undefined, to: Value | undefined): Value {
  if (v === null || from === null || to === null) return null;
  if (!Array.isArray(v)) throw typeError(`Cannot slice ${typeName(v)} (${describe(v)}); expected a List`);
  const norm = (x: Value | undefined, dflt: number): number => {
    if (x === undefined) return dflt;
    if (typeof x !== 'bigint') throw typeError(`List slice bounds must be Integers but got ${typeName(x)}`);
    const i = Number(x);
    return i < 0 ? Math.max(0, v.length + i) : Math.min(i, v.length);
  };
  const start = norm(from, 0);
  const end = norm(to, v.length);
  return start >= end ? [] : v.slice(start, end);
}

function mapProjection(expr: Expr & { type: 'mapProjection' }, row: Row, ctx: ExecContext): Value {
  const subject = evaluate(expr.object, row, ctx);
  if (subject === null) return null;
  const all = (): MapValue => {
    if (subject instanceof NodeRef) return ctx.store.nodeProperties(subject);
    if (subject instanceof RelRef) return ctx.store.relProperties(subject);
    if (isMap(subject)) return subject;
    throw typeError(`Map projection expects a Node, Relationship or Map but got ${typeName(subject)}`);
  };
  const out: MapValue = {};
  for (const item of expr.items) {
    switch (item.type) {
      case 'allProperties':
        for (const [k, v] of Object.entries(all())) putOwn(out, k, v);
        break;
      case 'property':
        putOwn(out, item.key, propertyOf(subject, item.key, ctx));
        break;
      case 'literal':
        putOwn(out, item.key, evaluate(item.value, row, ctx));
        break;
      case 'variable':
        putOwn(out, item.name, evaluate({ type: 'variable', name: item.name, span: expr.span }, row, ctx));
        break;
    }
  }
  return out;
}

/** Every aggregate call in an expression (not descending into nested aggregates' arguments). */
export function collectAggregates(expr: Expr, out: (Expr & { type: 'call' })[] = []): (Expr & { type: 'call' })[] {
  walk(expr, (e) => {
    if (e.type === 'call' && isAggregateName(e.name)) {
      out.push(e);
      return false;
    }
    return true;
  });
  return out;
}

export const containsAggregate = (expr: Expr): boolean => collectAggregates(expr).length > 0;

/** Pre-order walk over sub-expressions; the visitor returns false to skip children. */
export function walk(expr: Expr, visit: (e: Expr) => boolean): void {
  if (!visit(expr)) return;
  const sub: (Expr | undefined)[] = [];
  switch (expr.type) {
    case 'property':
    case 'hasLabels':
      sub.push(expr.object);
      break;
    case 'index':
      sub.push(expr.object, expr.index);
      break;
    case 'slice':
      sub.push(expr.object, expr.from, expr.to);
      break;
    case 'list':
      sub.push(...expr.items);
      break;
    case 'map':
      sub.push(...expr.entries.map(([, e]) => e));
      break;
    case 'mapProjection':
      sub.push(expr.object, ...expr.items.map((i) => (i.type === 'literal' ? i.value : undefined)));
      break;
    case 'unary':
      sub.push(expr.operand);
      break;
    case 'binary':
      sub.push(expr.left, expr.right);
      break;
    case 'comparison':
      sub.push(...expr.operands);
      break;
    case 'isNull':
      sub.push(expr.operand);
      break;
    case 'case':
      sub.push(expr.subject, ...expr.branches.flatMap((b) => [b.when, b.then]), expr.otherwise);
      break;
    case 'call':
      sub.push(...expr.args);
      break;
    case 'listComprehension':
      sub.push(expr.source, expr.where, expr.projection);
      break;
    case 'quantifier':
      sub.push(expr.source, expr.where);
      break;
    case 'reduce':
      sub.push(expr.init, expr.source, expr.body);
      break;
    case 'patternComprehension':
      sub.push(expr.where, expr.projection);
      break;
    case 'exists':
    case 'countSubquery':
      sub.push(expr.where);
      break;
    default:
      break;
  }
  for (const s of sub) if (s) walk(s, visit);
}
