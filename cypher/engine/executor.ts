// Runs a parsed query: each clause turns a stream of rows into another
// (generators, so LIMIT stops the matching early). Write clauses are eager:
// they read all their input before changing the graph, as Neo4j's plans do.
import type { Clause, Expr, NodePattern, Pattern, PatternPart, Projection, Query, SetItem, SingleQuery } from './ast.js';
import { createAccumulator, type Accumulator } from './aggregates.js';
import { isHiddenName, type ExecContext, type Row } from './context.js';
import { CypherError, ErrorCode, semanticError, syntaxError, typeError, unsupported } from './errors.js';
import { compile } from './compile.js';
import { collectAggregates, evaluate, walk } from './expressions.js';
import { freeVariables, matchInPlace, matchPattern, patternVariables, type Lookup, type PropertyHints } from './patterns.js';
import { hashKey, isMap, NodeRef, orderCompare, PathValue, RelRef, describe, TupleMap, typeName, type MapValue, type Value } from './values.js';

export interface RawResult {
  columns: string[];
  rows: Iterable<Value[]>;
}

export function executeQuery(query: Query, ctx: ExecContext, source: string): RawResult {
  if (query.parts.length === 1) return runSingle(query.parts[0]!, ctx, source);
  const all = query.unionAll[0]!;
  if (query.unionAll.some((u) => u !== all)) throw syntaxError(source, 0, 'Invalid combination of UNION and UNION ALL');
  const results = query.parts.map((p) => runSingle(p, ctx, source));
  const columns = results[0]!.columns;
  for (const r of results) {
    if (r.columns.length !== columns.length || r.columns.some((c, i) => c !== columns[i])) {
      throw syntaxError(source, 0, 'All sub queries in an UNION must have the same return column names');
    }
  }
  function* union(): Generator<Value[]> {
    const seen = all ? undefined : new Set<string>();
    for (const r of results) {
      for (const row of r.rows) {
        if (seen) {
          const h = hashKey(row);
          if (seen.has(h)) continue;
          seen.add(h);
        }
        yield row;
      }
    }
  }
  return { columns, rows: union() };
}

function runSingle(query: SingleQuery, ctx: ExecContext, source: string): RawResult {
  let stream: Iterable<Row> = [[]];
  let scope: string[] = [];
  let columns: string[] = [];
  const last = query.clauses[query.clauses.length - 1]!;
  for (const clause of query.clauses) {
    if (clause.type === 'return') {
      const names = projectionNames(clause.projection, scope);
      columns = names;
      const projected = project(clause.projection, stream, ctx, scope, undefined);
      return { columns, rows: mapRows(projected, names, ctx) };
    }
    if (clause.type === 'call' && clause === last) {
      const { stream: s, columns: c } = callProcedure(clause, stream, ctx, true);
      return { columns: c, rows: mapRows(s, c, ctx) };
    }
    ({ stream, scope } = applyClause(clause, stream, scope, ctx, source));
  }
  // A query ending in an update clause returns no rows, but its writes must happen.
  const drained = stream;
  return {
    columns: [],
    rows: (function* () {
      for (const _ of drained) ctx.tick();
    })(),
  };
}

function* mapRows(rows: Iterable<Row>, columns: string[], ctx: ExecContext): Generator<Value[]> {
  const slots = columns.map((c) => ctx.slots.of(c));
  const n = slots.length;
  for (const r of rows) {
    const out = new Array<Value>(n);
    for (let i = 0; i < n; i++) out[i] = r[slots[i]!] ?? null;
    yield out;
  }
}

function projectionNames(p: Projection, scope: string[]): string[] {
  const names = p.star ? scope.filter((v) => !isHiddenName(v)).sort() : [];
  for (const item of p.items) names.push(item.name);
  return names;
}

function applyClause(clause: Clause, input: Iterable<Row>, scope: string[], ctx: ExecContext, source: string): { stream: Iterable<Row>; scope: string[] } {
  switch (clause.type) {
    case 'match': {
      const vars = patternVariables(clause.pattern);
      return { stream: matchClause(clause.pattern, clause.where, clause.optional, input, ctx, vars), scope: union(scope, vars) };
    }
    case 'unwind':
      return { stream: unwind(clause.expr, clause.variable, input, ctx), scope: union(scope, [clause.variable]) };
    case 'with': {
      const names = projectionNames(clause.projection, scope);
      const stream = project(clause.projection, input, ctx, scope, clause.where);
      return { stream, scope: names.slice() };
    }
    case 'create':
      return { stream: createClause(clause.pattern, input, ctx), scope: union(scope, patternVariables(clause.pattern)) };
    case 'merge':
      return { stream: mergeClause(clause.pattern, clause.onCreate, clause.onMatch, input, ctx), scope: union(scope, patternVariables([clause.pattern])) };
    case 'set':
      return { stream: eagerEach(input, ctx, (row) => applySetItems(clause.items, row, ctx)), scope };
    case 'remove':
      return {
        stream: eagerEach(input, ctx, (row) => {
          for (const item of clause.items) {
            if (item.type === 'labels') {
              const n = row[ctx.slots.of(item.variable)];
              if (n instanceof NodeRef) ctx.store.setLabels(n.key, item.labels, false);
            } else setProperty(evaluate(item.target, row, ctx), item.key, null, ctx);
          }
        }),
        scope,
      };
    case 'delete':
      return { stream: deleteClause(clause.exprs, clause.detach, input, ctx), scope };
    case 'foreach':
      return {
        stream: eagerEach(input, ctx, (row) => {
          const list = evaluate(clause.source, row, ctx);
          if (list === null) return;
          if (!Array.isArray(list)) throw typeError(`FOREACH expected a List but got ${typeName(list)}`);
          for (const item of list) {
            let inner: { stream: Iterable<Row>; scope: string[] } = { stream: [withBinding(row, ctx.slots.of(clause.variable), item)], scope: union(scope, [clause.variable]) };
            for (const c of clause.clauses) inner = applyClause(c, inner.stream, inner.scope, ctx, source);
            for (const _ of inner.stream) ctx.tick();
          }
        }),
        scope,
      };
    case 'call': {
      const { stream, columns } = callProcedure(clause, input, ctx, false);
      return { stream, scope: union(scope, columns) };
    }
    case 'return':
      throw syntaxError(source, clause.span.start, 'RETURN can only be used at the end of the query');
    case 'unsupported':
      throw unsupported(clause.feature);
  }
}

const union = (a: string[], b: string[]): string[] => [...a, ...b.filter((x) => !a.includes(x))];

/** A copy of `row` with `slot` bound to `value`. */
function withBinding(row: Row, slot: number, value: Value): Row {
  const out = row.slice();
  out[slot] = value;
  return out;
}

// ---- MATCH / UNWIND ---------------------------------------------------------

function* matchClause(pattern: Pattern, where: Expr | undefined, optional: boolean, input: Iterable<Row>, ctx: ExecContext, vars: string[]): Generator<Row> {
  const hints = where ? equalityHints(where) : undefined;
  const varSlots = vars.map((v) => ctx.slots.of(v));
  const test = where ? compile(where, ctx) : undefined;
  for (const row of input) {
    let matched = false;
    // WHERE reads the matcher's bindings in place; only the rows it keeps are copied.
    const bindings = row.slice();
    for (const _ of matchInPlace(pattern, bindings, ctx, hints)) {
      if (test && test(bindings, ctx) !== true) continue;
      matched = true;
      yield bindings.slice();
    }
    if (optional && !matched) {
      const out: Row = row.slice();
      for (const v of varSlots) if (out[v] === undefined) out[v] = null;
      yield out;
    }
  }
}

/**
 * Index hints from a WHERE: conjuncts `n.prop = <expr>`, `n.prop IN <list>`,
 * disjunctions of those on one variable (`t.symbol = $s OR t.number = $s`), and
 * `type(r) = <expr>`. The WHERE is still evaluated on every match; hints only
 * choose where matching starts and which relationships it follows.
 */
function equalityHints(where: Expr): PropertyHints {
  const hints: PropertyHints = { nodes: new Map(), relTypes: new Map() };
  const lookupOf = (e: Expr): { variable: string; lookup: Lookup } | undefined => {
    if (e.type === 'binary' && e.op === 'IN' && e.left.type === 'property' && e.left.object.type === 'variable') {
      const variable = e.left.object.name;
      if (freeVariables(e.right).has(variable)) return undefined;
      return { variable, lookup: { key: e.left.key, value: e.right, many: true } };
    }
    if (e.type !== 'comparison' || e.ops.length !== 1 || e.ops[0] !== '=') return undefined;
    const [l, r] = e.operands as [Expr, Expr];
    for (const [prop, value] of [
      [l, r],
      [r, l],
    ] as const) {
      if (prop.type === 'property' && prop.object.type === 'variable' && !freeVariables(value).has(prop.object.name)) {
        return { variable: prop.object.name, lookup: { key: prop.key, value } };
      }
    }
    return undefined;
  };
  const disjuncts = (e: Expr): Expr[] => (e.type === 'binary' && e.op === 'OR' ? [...disjuncts(e.left), ...disjuncts(e.right)] : [e]);
  const visit = (e: Expr): void => {
    if (e.type === 'binary' && e.op === 'AND') {
      visit(e.left);
      visit(e.right);
      return;
    }
    if (e.type === 'comparison' && e.ops.length === 1 && e.ops[0] === '=') {
      const [l, r] = e.operands as [Expr, Expr];
      for (const [call, value] of [
        [l, r],
        [r, l],
      ] as const) {
        if (call.type === 'call' && call.name.toLowerCase() === 'type' && call.args.length === 1 && call.args[0]!.type === 'variable') {
          const rel = (call.args[0] as Expr & { type: 'variable' }).name;
          if (freeVariables(value).has(rel)) continue;
          hints.relTypes.set(rel, [...(hints.relTypes.get(rel) ?? []), value]);
          return;
        }
      }
    }
    const parts = disjuncts(e).map(lookupOf);
    if (parts.some((p) => p === undefined)) return;
    const variable = parts[0]!.variable;
    if (parts.some((p) => p!.variable !== variable)) return;
    const list = hints.nodes.get(variable) ?? [];
    list.push(parts.map((p) => p!.lookup));
    hints.nodes.set(variable, list);
  };
  visit(where);
  return hints;
}

/** UNWIND range(a, b[, step]) counts lazily instead of building the list (a LIMIT may stop it early). */
function* lazyRange(expr: Expr & { type: 'call' }, row: Row, ctx: ExecContext): Generator<bigint> {
  const args = expr.args.map((a) => evaluate(a, row, ctx));
  if (!args.every((a) => typeof a === 'bigint')) {
    yield* evaluate(expr, row, ctx) as bigint[];
    return;
  }
  const [start, end, step = 1n] = args as bigint[];
  if (step === 0n) {
    evaluate(expr, row, ctx);
    return;
  }
  if (step > 0n) for (let i = start!; i <= end!; i += step) yield i;
  else for (let i = start!; i >= end!; i += step) yield i;
}

function* unwind(expr: Expr, variable: string, input: Iterable<Row>, ctx: ExecContext): Generator<Row> {
  const slot = ctx.slots.of(variable);
  const isRange = expr.type === 'call' && expr.name.toLowerCase() === 'range' && (expr.args.length === 2 || expr.args.length === 3);
  for (const row of input) {
    if (isRange) {
      for (const i of lazyRange(expr as Expr & { type: 'call' }, row, ctx)) {
        ctx.tick();
        yield withBinding(row, slot, i);
      }
      continue;
    }
    const v = evaluate(expr, row, ctx);
    if (v === null) continue;
    if (!Array.isArray(v)) {
      yield withBinding(row, slot, v);
      continue;
    }
    for (const item of v) {
      ctx.tick();
      yield withBinding(row, slot, item);
    }
  }
}

// ---- WITH / RETURN ----------------------------------------------------------

interface Projected {
  out: Row;
  /** Scope for ORDER BY: projected names over the input row. */
  scope: Row;
  aggregates?: Map<Expr, Value>;
}

function nonNegativeInt(expr: Expr, ctx: ExecContext, what: string): number {
  const v = evaluate(expr, [], ctx);
  if (typeof v === 'bigint' && v >= 0n) return Number(v);
  // Neo4j reports a bad SKIP/LIMIT value with the SyntaxError status even at runtime.
  throw new CypherError(ErrorCode.Syntax, `Invalid input. '${describe(v)}' is not a valid value. Must be a non-negative integer (${what}).`);
}

function* project(p: Projection, input: Iterable<Row>, ctx: ExecContext, scope: string[], where: Expr | undefined): Generator<Row> {
  const aggregateCalls = p.items.flatMap((i) => collectAggregates(i.expr));
  const orderAggregates = p.orderBy.flatMap((o) => collectAggregates(o.expr));
  const aggregating = aggregateCalls.length > 0;
  if (!aggregating && orderAggregates.length > 0) throw semanticError('Aggregation in ORDER BY is only allowed when the projection aggregates');
  const starNames = p.star ? scope.filter((v) => !isHiddenName(v)) : [];
  const starSlots = starNames.map((v) => ctx.slots.of(v));
  const itemSlots = p.items.map((i) => ctx.slots.of(i.name));
  // The slots an output row binds, each once (a projected name may repeat a star name).
  const outSlots = [...new Set([...starSlots, ...itemSlots])];
  const itemExprs = p.items.map((i) => compile(i.expr, ctx));
  const width = outSlots.reduce((m, s) => Math.max(m, s + 1), 0);

  // One context object for aggregated groups, its `aggregates` swapped per group (no copy per row).
  // A plain copy, not Object.create(ctx): making the run's context a prototype changes its
  // hidden class, and V8 then deoptimises every function that read it (tens of ms per query).
  const groupCtx: { aggregates?: Map<Expr, Value> } & ExecContext = {
    store: ctx.store,
    params: ctx.params,
    writable: ctx.writable,
    slots: ctx.slots,
    tick: ctx.tick,
    aggregates: undefined,
  };
  const contextFor = (agg: Map<Expr, Value> | undefined): ExecContext => {
    if (!agg) return ctx;
    groupCtx.aggregates = agg;
    return groupCtx;
  };
  const projectRow = (row: Row, agg?: Map<Expr, Value>): Row => {
    const c = contextFor(agg);
    const out: Row = new Array<Value>(width);
    for (const s of starSlots) out[s] = row[s] ?? null;
    for (let j = 0; j < itemExprs.length; j++) out[itemSlots[j]!] = itemExprs[j]!(row, c);
    return out;
  };

  // A group's row: grouping columns are the group's key values (evaluated once per input row
  // already), only the aggregating columns are evaluated again.
  const isGrouping = p.items.map((i) => collectAggregates(i.expr).length === 0);
  const projectGroup = (row: Row, agg: Map<Expr, Value>, keys: Value[]): Row => {
    if (p.star) return projectRow(row, agg);
    const c = contextFor(agg);
    const out: Row = new Array<Value>(width);
    let k = 0;
    for (let j = 0; j < p.items.length; j++) {
      out[itemSlots[j]!] = isGrouping[j] ? keys[k++]! : itemExprs[j]!(row, c);
    }
    return out;
  };

  let entries: Iterable<Projected>;
  if (aggregating) entries = aggregate(p, input, ctx, [...aggregateCalls, ...orderAggregates], projectGroup);
  else entries = mapEntries(input, projectRow, ctx);

  if (p.distinct) entries = distinctEntries(entries, outSlots);

  if (p.orderBy.length > 0) {
    const list = [...entries];
    const projectedNames = new Set(p.items.map((i) => i.name));
    // ORDER BY a projected column reads it directly; other expressions see the projection over the input row.
    const direct = p.orderBy.map((o) => (o.expr.type === 'variable' && projectedNames.has(o.expr.name) ? ctx.slots.of(o.expr.name) : undefined));
    // Sort keys computed once per entry, one column per ORDER BY item.
    const columns: Value[][] = p.orderBy.map(() => new Array<Value>(list.length));
    const keyExprs = p.orderBy.map((o, i) => (direct[i] === undefined ? compile(o.expr, ctx) : undefined));
    list.forEach((e, j) => {
      let scope: Row | undefined;
      p.orderBy.forEach((o, i) => {
        const slot = direct[i];
        if (slot !== undefined) columns[i]![j] = e.out[slot] ?? null;
        else {
          scope ??= overlay(e.scope, e.out, outSlots);
          columns[i]![j] = keyExprs[i]!(scope, contextFor(e.aggregates));
        }
      });
    });
    const order = sortedPositions(columns, p.orderBy.map((o) => (o.descending ? -1 : 1)), ctx.store.entityId);
    entries = order.map((j) => list[j]!);
  }

  const skip = p.skip ? nonNegativeInt(p.skip, ctx, 'SKIP') : 0;
  const limit = p.limit ? nonNegativeInt(p.limit, ctx, 'LIMIT') : Infinity;
  if (limit === 0) return;
  let index = 0;
  let emitted = 0;
  // WITH ... WHERE sees the projected names and, without aggregation, the variables before WITH;
  // the merged row is built only when the WHERE reads a variable that was not projected.
  const projected = new Set([...starNames, ...p.items.map((i) => i.name)]);
  const whereNeedsInput = where !== undefined && [...freeVariables(where)].some((v) => !projected.has(v));
  const test = where ? compile(where, ctx) : undefined;
  for (const e of entries) {
    if (index++ < skip) continue;
    if (test && test(e.aggregates || !whereNeedsInput ? e.out : overlay(e.scope, e.out, outSlots), ctx) !== true) {
      if (++emitted >= limit) return;
      continue;
    }
    yield e.out;
    if (++emitted >= limit) return;
  }
}

/**
 * Positions 0..n-1 ordered by the key columns (stable). A column of only strings,
 * or only numbers that compare exactly as doubles (integers in the safe range,
 * floats but NaN), is compared with < directly; any other column by Cypher's
 * global order.
 */
function sortedPositions(columns: Value[][], signs: number[], ids: (v: NodeRef | RelRef) => number): number[] {
  const n = columns[0]?.length ?? 0;
  type Column = { kind: 'plain'; values: (string | number)[] } | { kind: 'any'; values: Value[] };
  const cols: Column[] = columns.map((values) => {
    if (values.every((v) => typeof v === 'string')) return { kind: 'plain', values: values as string[] };
    const asNumbers = new Array<number>(n);
    for (let j = 0; j < n; j++) {
      const v = values[j]!;
      if (typeof v === 'bigint' && v >= MIN_SAFE && v <= MAX_SAFE) asNumbers[j] = Number(v);
      else if (typeof v === 'number' && !Number.isNaN(v)) asNumbers[j] = v;
      else return { kind: 'any', values };
    }
    return { kind: 'plain', values: asNumbers };
  });
  const positions = Array.from({ length: n }, (_, j) => j);
  const k = cols.length;
  positions.sort((a, b) => {
    for (let i = 0; i < k; i++) {
      const col = cols[i]!;
      if (col.kind === 'plain') {
        const x = col.values[a]!;
        const y = col.values[b]!;
        if (x !== y) return x < y ? -signs[i]! : signs[i]!;
      } else {
        const c = orderCompare(col.values[a]!, col.values[b]!, ids);
        if (c !== 0) return signs[i]! * c;
      }
    }
    return 0;
  });
  return positions;
}

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function* mapEntries(input: Iterable<Row>, projectRow: (r: Row) => Row, ctx: ExecContext): Generator<Projected> {
  for (const row of input) {
    ctx.tick();
    yield { out: projectRow(row), scope: row };
  }
}

/** The input row with the projected slots of `out` laid over it (what ORDER BY and WITH ... WHERE see). */
function overlay(input: Row, out: Row, outSlots: readonly number[]): Row {
  const merged = input.slice();
  for (const s of outSlots) merged[s] = out[s];
  return merged;
}

function* distinctEntries(entries: Iterable<Projected>, outSlots: readonly number[]): Generator<Projected> {
  const seen = new TupleMap<true>();
  const values = new Array<Value>(outSlots.length);
  // One closure for all rows (a closure made per row would be one more allocation per row).
  let added = false;
  const markAdded = (): true => (added = true);
  for (const e of entries) {
    for (let i = 0; i < outSlots.length; i++) values[i] = e.out[outSlots[i]!]!;
    added = false;
    seen.getOrAdd(values, markAdded);
    if (added) yield e;
  }
}

const NO_ARGS: Value[] = [];

const VOLATILE_FUNCTIONS = new Set(['rand', 'randomuuid', 'timestamp']);
const OPAQUE_KINDS = new Set<Expr['type']>(['patternPredicate', 'exists', 'countSubquery', 'patternComprehension', 'mapProjection']);

/**
 * When every grouping key reads one node variable only (`r.symbol, r.date, r.title`)
 * and the run is read-only, the keys are the same for every row of the same node:
 * a row's group can then be found by the node's graph key, and the key expressions
 * and the tuple lookup are only needed for the first row of each node. (Two nodes
 * with equal keys still share a group: the first row of each is looked up by value.)
 */
function groupsByNode(keys: Expr[], ctx: ExecContext): { slot: number; groups: Map<string, unknown> } | undefined {
  if (ctx.writable || keys.length === 0) return undefined;
  const variables = new Set<string>();
  let volatile = false;
  for (const key of keys) {
    for (const v of freeVariables(key)) variables.add(v);
    walk(key, (e) => {
      // Patterns and map projections name variables that freeVariables does not list.
      if (e.type === 'call' ? VOLATILE_FUNCTIONS.has(e.name.toLowerCase()) : OPAQUE_KINDS.has(e.type)) volatile = true;
      return true;
    });
  }
  if (volatile || variables.size !== 1) return undefined;
  return { slot: ctx.slots.of([...variables][0]!), groups: new Map() };
}

function aggregate(
  p: Projection,
  input: Iterable<Row>,
  ctx: ExecContext,
  calls: (Expr & { type: 'call' })[],
  projectGroup: (r: Row, agg: Map<Expr, Value>, keys: Value[]) => Row,
): Projected[] {
  const groupingItems = p.items.filter((i) => collectAggregates(i.expr).length === 0);
  type Group = { row: Row; keys: Value[]; accumulators: Accumulator[] };
  const groups = new TupleMap<Group>();
  const order: Group[] = [];
  const newAccumulators = (): Accumulator[] => calls.map((c) => createAccumulator(c.name, c.distinct, c.star, ctx.store.entityId as (v: never) => number));
  // One argument array per aggregate call, refilled per row (accumulators read it, never keep it).
  const argBuffers = calls.map((c) => (c.star ? NO_ARGS : new Array<Value>(c.args.length)));
  const scratchKeys = new Array<Value>(groupingItems.length);
  const keyExprs = groupingItems.map((i) => compile(i.expr, ctx));
  const argExprs = calls.map((c) => c.args.map((a) => compile(a, ctx)));
  // The row and key values newGroup reads: one closure for all rows rather than one per row.
  let current: Row = [];
  let currentKeys: Value[] = scratchKeys;
  const newGroup = (): Group => {
    const g: Group = { row: current, keys: currentKeys === scratchKeys ? scratchKeys.slice() : currentKeys, accumulators: newAccumulators() };
    order.push(g);
    return g;
  };
  let byNode = p.star ? undefined : groupsByNode(groupingItems.map((i) => i.expr), ctx);
  // Rows of nodes seen before; when nodes rarely repeat (count by label), the cache only costs: drop it.
  let repeats = 0;
  let firsts = 0;
  for (const row of input) {
    ctx.tick();
    let group: Group | undefined;
    let node: NodeRef | undefined;
    if (byNode) {
      const v = row[byNode.slot];
      if (v instanceof NodeRef) {
        node = v;
        group = byNode.groups.get(v.key) as Group | undefined;
        if (group) repeats++;
        else if (++firsts > 4096 && repeats * 4 < firsts) {
          byNode = undefined;
          node = undefined;
        }
      }
    }
    if (!group) {
      // Key values go into a reused array; a new group keeps a copy.
      let keyValues = scratchKeys;
      for (let j = 0; j < keyExprs.length; j++) keyValues[j] = keyExprs[j]!(row, ctx);
      if (p.star) {
        keyValues = keyValues.slice(0, groupingItems.length);
        const names = ctx.slots.names;
        for (let s = 0; s < row.length; s++) if (row[s] !== undefined && !isHiddenName(names[s]!)) keyValues.push(row[s]!);
      }
      current = row;
      currentKeys = keyValues;
      group = groups.getOrAdd(keyValues, newGroup);
      if (node) byNode!.groups.set(node.key, group);
    }
    for (let i = 0; i < calls.length; i++) {
      const args = argBuffers[i]!;
      const exprs = argExprs[i]!;
      for (let j = 0; j < args.length; j++) args[j] = exprs[j]!(row, ctx);
      group.accumulators[i]!.add(args);
    }
  }
  if (order.length === 0 && groupingItems.length === 0 && !p.star) order.push({ row: [], keys: [], accumulators: newAccumulators() });
  const out: Projected[] = [];
  for (const g of order) {
    const values = new Map<Expr, Value>();
    calls.forEach((c, i) => values.set(c, g.accumulators[i]!.result()));
    out.push({ out: projectGroup(g.row, values, g.keys), scope: g.row, aggregates: values });
  }
  return out;
}

// ---- writes ----------------------------------------------------------------

function* eagerEach(input: Iterable<Row>, ctx: ExecContext, effect: (row: Row) => void): Generator<Row> {
  const rows = [...input];
  for (const row of rows) {
    ctx.tick();
    effect(row);
  }
  yield* rows;
}

function propertiesOf(expr: Expr | undefined, row: Row, ctx: ExecContext): MapValue {
  if (!expr) return {};
  const v = evaluate(expr, row, ctx);
  if (v === null) return {};
  if (!isMap(v)) throw typeError(`Expected a map of properties but got ${typeName(v)}`);
  return v;
}

function createNodeFor(np: NodePattern, row: Row, ctx: ExecContext): string {
  const slot = np.variable !== undefined ? ctx.slots.of(np.variable) : -1;
  if (slot >= 0 && row[slot] !== undefined && row[slot] !== null) {
    const bound = row[slot];
    if (!(bound instanceof NodeRef)) throw typeError(`Variable \`${np.variable}\` is not a node`);
    if (np.labels.length > 0 || np.properties) {
      throw new CypherError(ErrorCode.Syntax, `Can't create node \`${np.variable}\` with labels or properties here. The variable is already declared in this context`);
    }
    return bound.key;
  }
  const key = ctx.store.createNode(np.labels, propertiesOf(np.properties, row, ctx));
  if (slot >= 0) row[slot] = new NodeRef(key);
  return key;
}

function createPart(part: PatternPart, row: Row, ctx: ExecContext): void {
  const keys: string[] = [];
  const rels: string[] = [];
  part.nodes.forEach((np, i) => {
    keys.push(createNodeFor(np, row, ctx));
    if (i === 0) return;
    const rp = part.rels[i - 1]!;
    if (rp.types.length !== 1) throw new CypherError(ErrorCode.Syntax, 'A single relationship type must be specified for CREATE');
    if (rp.direction === 'both') throw new CypherError(ErrorCode.Syntax, 'Only directed relationships are supported in CREATE');
    if (rp.range) throw new CypherError(ErrorCode.Syntax, 'Variable length relationships cannot be used in CREATE');
    if (rp.variable !== undefined && row[ctx.slots.of(rp.variable)] !== undefined) {
      throw new CypherError(ErrorCode.Syntax, `Can't create relationship \`${rp.variable}\`: the variable is already declared in this context`);
    }
    const [from, to] = rp.direction === 'out' ? [keys[i - 1]!, keys[i]!] : [keys[i]!, keys[i - 1]!];
    const rel = ctx.store.createRel(rp.types[0]!, from, to, propertiesOf(rp.properties, row, ctx));
    rels.push(rel);
    if (rp.variable !== undefined) row[ctx.slots.of(rp.variable)] = new RelRef(rel);
  });
  if (part.pathVariable !== undefined) {
    row[ctx.slots.of(part.pathVariable)] = new PathValue(
      keys.map((k) => new NodeRef(k)),
      rels.map((r) => new RelRef(r)),
    );
  }
}

function* createClause(pattern: Pattern, input: Iterable<Row>, ctx: ExecContext): Generator<Row> {
  const rows = [...input].map((r) => r.slice());
  for (const row of rows) {
    ctx.tick();
    for (const part of pattern) createPart(part, row, ctx);
  }
  yield* rows;
}

function* mergeClause(part: PatternPart, onCreate: SetItem[], onMatch: SetItem[], input: Iterable<Row>, ctx: ExecContext): Generator<Row> {
  const rows = [...input];
  const out: Row[] = [];
  for (const row of rows) {
    ctx.tick();
    const matches = [...matchPattern([part], row, ctx)];
    if (matches.length > 0) {
      for (const m of matches) {
        applySetItems(onMatch, m, ctx);
        out.push(m);
      }
    } else {
      const created = row.slice();
      createPart(part, created, ctx);
      applySetItems(onCreate, created, ctx);
      out.push(created);
    }
  }
  yield* out;
}

function setProperty(target: Value, key: string, value: Value, ctx: ExecContext): void {
  if (target === null) return;
  if (target instanceof NodeRef) ctx.store.setNodeProperty(target.key, key, value);
  else if (target instanceof RelRef) ctx.store.setRelProperty(target.key, key, value);
  else throw typeError(`Type mismatch: expected a node or relationship to set property '${key}' on but got ${typeName(target)}`);
}

function applySetItems(items: SetItem[], row: Row, ctx: ExecContext): void {
  for (const item of items) {
    switch (item.type) {
      case 'property':
        setProperty(evaluate(item.target, row, ctx), item.key, evaluate(item.value, row, ctx), ctx);
        break;
      case 'labels': {
        const n = row[ctx.slots.of(item.variable)];
        if (n === null || n === undefined) break;
        if (!(n instanceof NodeRef)) throw typeError(`Cannot set labels on ${typeName(n)}`);
        ctx.store.setLabels(n.key, item.labels, true);
        break;
      }
      case 'replaceProperties':
      case 'mergeProperties': {
        const target = row[ctx.slots.of(item.variable)] ?? null;
        if (target === null) break;
        let value = evaluate(item.value, row, ctx);
        if (value instanceof NodeRef) value = ctx.store.nodeProperties(value.key);
        else if (value instanceof RelRef) value = ctx.store.relProperties(value.key);
        if (value === null) value = {};
        if (!isMap(value)) throw typeError(`Expected a map to set properties from but got ${typeName(value)}`);
        if (item.type === 'replaceProperties') {
          const current = target instanceof NodeRef ? ctx.store.nodeProperties(target.key) : target instanceof RelRef ? ctx.store.relProperties(target.key) : {};
          for (const k of Object.keys(current)) if (!(k in value)) setProperty(target, k, null, ctx);
        }
        for (const [k, v] of Object.entries(value)) setProperty(target, k, v, ctx);
        break;
      }
    }
  }
}

function* deleteClause(exprs: Expr[], detach: boolean, input: Iterable<Row>, ctx: ExecContext): Generator<Row> {
  const rows = [...input];
  const nodes = new Set<string>();
  const rels = new Set<string>();
  const add = (v: Value): void => {
    if (v === null) return;
    if (v instanceof NodeRef) nodes.add(v.key);
    else if (v instanceof RelRef) rels.add(v.key);
    else if (v instanceof PathValue) {
      v.nodes.forEach((n) => nodes.add(n.key));
      v.rels.forEach((r) => rels.add(r.key));
    } else throw typeError(`DELETE expects a Node, Relationship or Path but got ${typeName(v)} (${describe(v)})`);
  };
  for (const row of rows) for (const e of exprs) add(evaluate(e, row, ctx));
  for (const r of rels) ctx.store.deleteRel(r);
  for (const n of nodes) ctx.store.deleteNode(n, detach);
  yield* rows;
}

// ---- procedures --------------------------------------------------------------

function callProcedure(clause: Clause & { type: 'call' }, input: Iterable<Row>, ctx: ExecContext, standalone: boolean): { stream: Iterable<Row>; columns: string[] } {
  const name = clause.procedure.toLowerCase();
  const g = ctx.store.graph;
  let column: string;
  let produce: () => Value[];
  if (name === 'db.labels') {
    column = 'label';
    produce = () => {
      const labels = new Set<string>();
      g.forEachNode((k: string) => ctx.store.labels(k).forEach((l) => labels.add(l)));
      return [...labels].sort();
    };
  } else if (name === 'db.relationshiptypes') {
    column = 'relationshipType';
    produce = () => {
      const types = new Set<string>();
      g.forEachEdge((e: string) => void types.add(ctx.store.relType(e)));
      return [...types].sort();
    };
  } else if (name === 'db.propertykeys') {
    column = 'propertyKey';
    produce = () => {
      const keys = new Set<string>();
      g.forEachNode((k: string) => Object.keys(ctx.store.nodeProperties(k)).forEach((p) => keys.add(p)));
      g.forEachEdge((e: string) => Object.keys(ctx.store.relProperties(e)).forEach((p) => keys.add(p)));
      return [...keys].sort();
    };
  } else throw unsupported(`Procedure ${clause.procedure}`);
  if (!standalone && clause.yields.length === 0) throw semanticError(`Procedure call inside a query must YIELD its columns (${clause.procedure})`);
  const alias = clause.yields.length === 0 || clause.yields[0] === '*' ? column : clause.yields[0]!;
  function* run(): Generator<Row> {
    const values = produce();
    const slot = ctx.slots.of(alias);
    for (const row of input) for (const v of values) yield withBinding(row, slot, v);
  }
  return { stream: run(), columns: [alias] };
}
