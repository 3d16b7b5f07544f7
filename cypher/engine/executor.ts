// Runs a parsed query as a push pipeline: each clause is a stage that receives
// rows one at a time and pushes its own rows to the next (no generator or
// iterator object between clauses, and a match goes straight from the matcher
// to the next stage). A stage answers false when it wants no more rows (LIMIT
// reached), so matching stops early; end() follows the last row. Aggregation,
// ORDER BY and write clauses are eager: they collect their input and push at
// end(), as Neo4j's plans do for writes.
import type { Clause, Expr, NodePattern, Pattern, PatternPart, Projection, Query, SetItem, SingleQuery } from './ast.js';
import { createAccumulator, type Accumulator } from './aggregates.js';
import { isHiddenName, type ExecContext, type Row } from './context.js';
import { CypherError, ErrorCode, semanticError, syntaxError, typeError, unsupported } from './errors.js';
import { compile } from './compile.js';
import { collectAggregates, evaluate, walk } from './expressions.js';
import { freeVariables, matchAll, PatternMatcher, patternVariables, type Lookup, type PropertyHints } from './patterns.js';
import { hashKey, isMap, NodeRef, orderCompare, PathValue, RelRef, describe, TupleMap, typeName, type MapValue, type Value } from './values.js';

export interface RawResult {
  columns: string[];
  rows: Value[][];
}

/**
 * Where a stage sends its rows: push answers false when no more rows are wanted; end
 * follows the last row. A sink that borrows does not keep a pushed row after push
 * returns (it copies what it keeps), so a stage may push an array it goes on changing:
 * a match pushes its bindings in place, a projection a scratch row.
 */
interface Sink {
  push: (row: Row) => boolean;
  end: () => void;
  borrows: boolean;
}

/** A clause's stage, made with the sink it feeds. */
type Stage = (next: Sink) => Sink;

interface Plan {
  columns: string[];
  /** Builds the stages (last first, so a later clause's setup errors come first) and runs them. */
  run: (out: Sink) => void;
}

/** Runs the query; at most maxRows rows are produced (the matching stops there). */
export function executeQuery(query: Query, ctx: ExecContext, source: string, maxRows = Infinity): RawResult {
  const plans = query.parts.map((p) => planSingle(p, ctx, source));
  const columns = plans[0]!.columns;
  if (plans.length > 1) {
    const all = query.unionAll[0]!;
    if (query.unionAll.some((u) => u !== all)) throw syntaxError(source, 0, 'Invalid combination of UNION and UNION ALL');
    for (const r of plans) {
      if (r.columns.length !== columns.length || r.columns.some((c, i) => c !== columns[i])) {
        throw syntaxError(source, 0, 'All sub queries in an UNION must have the same return column names');
      }
    }
  }
  const rows: Value[][] = [];
  if (maxRows <= 0) return { columns, rows };
  const collect: Sink = {
    push: (row) => {
      rows.push(row);
      return rows.length < maxRows;
    },
    end: () => {},
    borrows: false,
  };
  const seen = plans.length > 1 && !query.unionAll[0] ? new Set<string>() : undefined;
  const out: Sink = seen
    ? {
        push: (row) => {
          const h = hashKey(row);
          if (seen.has(h)) return true;
          seen.add(h);
          return collect.push(row);
        },
        end: () => {},
        borrows: false,
      }
    : collect;
  for (const plan of plans) {
    plan.run(out);
    if (rows.length >= maxRows) break;
  }
  return { columns, rows };
}

/**
 * Sinks that take no row at all (a streaming LIMIT 0): the read-only clauses before one are
 * not set up or run, as when rows were pulled; a write clause still is (writes are eager).
 */
const closedSinks = new WeakSet<Sink>();
const writeStages = new WeakSet<Stage>();

function composeStages(stages: Stage[], out: Sink): Sink {
  let sink = out;
  for (let i = stages.length - 1; i >= 0; i--) {
    if (closedSinks.has(sink) && !writeStages.has(stages[i]!)) continue;
    sink = stages[i]!(sink);
  }
  return sink;
}

function runStages(stages: Stage[], out: Sink): void {
  const sink = composeStages(stages, out);
  if (!closedSinks.has(sink)) sink.push([]);
  sink.end();
}

/**
 * The MATCH clauses whose matches may be collapsed to one per distinct binding of their named
 * variables: those followed only by MATCH, UNWIND and WITH without aggregation, SKIP or LIMIT up
 * to a RETURN DISTINCT without aggregation. There a row's multiplicity cannot show in the result,
 * so two matches that differ only in an anonymous relationship (an event HELD_IN the same place
 * in 20 paragraphs) need not both go on: the saved "events by place" query passes 24k rows
 * through its WITH otherwise, for 800 distinct results.
 */
export function collapsibleMatches(clauses: Clause[]): Set<Clause> {
  const out = new Set<Clause>();
  const ret = clauses[clauses.length - 1];
  if (ret?.type !== 'return' || !ret.projection.distinct || aggregates(ret.projection)) return out;
  for (let i = clauses.length - 2; i >= 0; i--) {
    const c = clauses[i]!;
    if (c.type === 'match') out.add(c);
    else if (c.type === 'with') {
      if (aggregates(c.projection) || c.projection.skip !== undefined || c.projection.limit !== undefined) break;
    } else if (c.type !== 'unwind') break;
  }
  return out;
}

const aggregates = (p: Projection): boolean =>
  p.items.some((i) => collectAggregates(i.expr).length > 0) || p.orderBy.some((o) => collectAggregates(o.expr).length > 0);

function planSingle(query: SingleQuery, ctx: ExecContext, source: string): Plan {
  let scope: string[] = [];
  const stages: Stage[] = [];
  const last = query.clauses[query.clauses.length - 1]!;
  const collapsible = collapsibleMatches(query.clauses);
  for (const clause of query.clauses) {
    if (clause.type === 'return') {
      const names = projectionNames(clause.projection, scope);
      const inScope = scope;
      stages.push((next) => projectStage(clause.projection, ctx, inScope, undefined, next));
      stages.push((next) => columnsStage(names, ctx, next));
      return { columns: names, run: (out) => runStages(stages, out) };
    }
    if (clause.type === 'call' && clause === last) {
      const { stage, columns } = callProcedure(clause, ctx, true);
      stages.push(stage);
      stages.push((next) => columnsStage(columns, ctx, next));
      return { columns, run: (out) => runStages(stages, out) };
    }
    let stage: Stage;
    ({ stage, scope } = planClause(clause, scope, ctx, source, collapsible.has(clause)));
    stages.push(stage);
  }
  // A query ending in an update clause returns no rows, but its writes must happen.
  return {
    columns: [],
    run: (out) =>
      runStages(stages, {
        push: () => {
          ctx.tick();
          return true;
        },
        end: out.end,
        borrows: true,
      }),
  };
}

/** The output row: the columns' values in order, null for unbound. */
function columnsStage(columns: string[], ctx: ExecContext, next: Sink): Sink {
  const slots = columns.map((c) => ctx.slots.of(c));
  const n = slots.length;
  return {
    push: (r) => {
      const out = new Array<Value>(n);
      for (let i = 0; i < n; i++) out[i] = r[slots[i]!] ?? null;
      return next.push(out);
    },
    end: () => next.end(),
    borrows: true,
  };
}

function projectionNames(p: Projection, scope: string[]): string[] {
  const names = p.star ? scope.filter((v) => !isHiddenName(v)).sort() : [];
  for (const item of p.items) names.push(item.name);
  return names;
}

/** A stage whose rows change the graph: all input first, then the effect per row, then the rows on. */
function eagerStage(effect: (rows: Row[]) => Row[]): Stage {
  const stage: Stage = (next) => {
    const rows: Row[] = [];
    return {
      push: (row) => {
        rows.push(row);
        return true;
      },
      end: () => {
        const out = effect(rows);
        for (const row of out) if (!next.push(row)) break;
        next.end();
      },
      borrows: false,
    };
  };
  writeStages.add(stage);
  return stage;
}

const eachRow =
  (ctx: ExecContext, effect: (row: Row) => void) =>
  (rows: Row[]): Row[] => {
    for (const row of rows) {
      ctx.tick();
      effect(row);
    }
    return rows;
  };

/** The clauses `clauses` run on one row to the end, for their effects (FOREACH). */
function runForEffects(clauses: Clause[], row: Row, scope: string[], ctx: ExecContext, source: string): void {
  const stages: Stage[] = [];
  for (const c of clauses) {
    let stage: Stage;
    ({ stage, scope } = planClause(c, scope, ctx, source));
    stages.push(stage);
  }
  const sink = composeStages(stages, {
    push: () => {
      ctx.tick();
      return true;
    },
    end: () => {},
    borrows: true,
  });
  if (!closedSinks.has(sink)) sink.push(row);
  sink.end();
}

function planClause(clause: Clause, scope: string[], ctx: ExecContext, source: string, collapse = false): { stage: Stage; scope: string[] } {
  switch (clause.type) {
    case 'match': {
      const vars = patternVariables(clause.pattern);
      // Collapsed only where one variable is new: per input row, a set of that variable's values
      // (the distinct neighbours of a hop); a key per tuple of several costs more than it saves.
      const newVars = vars.filter((v) => !scope.includes(v));
      const distinctBy = collapse && newVars.length === 1 && hasAnonymousElement(clause.pattern) ? newVars[0] : undefined;
      return { stage: (next) => matchStage(clause.pattern, clause.where, clause.optional, ctx, vars, next, distinctBy), scope: union(scope, vars) };
    }
    case 'unwind':
      return { stage: (next) => unwindStage(clause.expr, clause.variable, ctx, next), scope: union(scope, [clause.variable]) };
    case 'with': {
      const names = projectionNames(clause.projection, scope);
      const inScope = scope;
      return { stage: (next) => projectStage(clause.projection, ctx, inScope, clause.where, next), scope: names.slice() };
    }
    case 'create':
      return { stage: eagerStage((rows) => createRows(clause.pattern, rows, ctx)), scope: union(scope, patternVariables(clause.pattern)) };
    case 'merge':
      return { stage: eagerStage((rows) => mergeRows(clause.pattern, clause.onCreate, clause.onMatch, rows, ctx)), scope: union(scope, patternVariables([clause.pattern])) };
    case 'set':
      return { stage: eagerStage(eachRow(ctx, (row) => applySetItems(clause.items, row, ctx))), scope };
    case 'remove':
      return {
        stage: eagerStage(
          eachRow(ctx, (row) => {
            for (const item of clause.items) {
              if (item.type === 'labels') {
                const n = row[ctx.slots.of(item.variable)];
                if (n instanceof NodeRef) ctx.store.setLabels(n.key, item.labels, false);
              } else setProperty(evaluate(item.target, row, ctx), item.key, null, ctx);
            }
          }),
        ),
        scope,
      };
    case 'delete':
      return { stage: eagerStage((rows) => deleteRows(clause.exprs, clause.detach, rows, ctx)), scope };
    case 'foreach': {
      const inner = union(scope, [clause.variable]);
      return {
        stage: eagerStage(
          eachRow(ctx, (row) => {
            const list = evaluate(clause.source, row, ctx);
            if (list === null) return;
            if (!Array.isArray(list)) throw typeError(`FOREACH expected a List but got ${typeName(list)}`);
            for (const item of list) runForEffects(clause.clauses, withBinding(row, ctx.slots.of(clause.variable), item), inner, ctx, source);
          }),
        ),
        scope,
      };
    }
    case 'call': {
      const { stage, columns } = callProcedure(clause, ctx, false);
      return { stage, scope: union(scope, columns) };
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

/** An unnamed node or relationship, and no path variable (a path tells its relationships apart). */
const hasAnonymousElement = (pattern: Pattern): boolean =>
  pattern.every((part) => part.pathVariable === undefined) &&
  pattern.some((part) => part.nodes.some((n) => n.variable === undefined) || part.rels.some((r) => r.variable === undefined));

/** What tells one value of a variable from another (nodes and relationships by key). */
function bindingKey(v: Value | undefined): unknown {
  if (v instanceof NodeRef || v instanceof RelRef) return v.key;
  return hashKey([v ?? null]);
}

function matchStage(pattern: Pattern, where: Expr | undefined, optional: boolean, ctx: ExecContext, vars: string[], next: Sink, distinctBy?: string): Sink {
  const hints = where ? equalityHints(where) : undefined;
  const varSlots = vars.map((v) => ctx.slots.of(v));
  const test = where ? compile(where, ctx) : undefined;
  // distinctBy (see collapsibleMatches): per input row, only the first match binding each value of
  // that variable goes on
  const seen = distinctBy !== undefined ? new Set<unknown>() : undefined;
  const distinctSlot = distinctBy !== undefined ? ctx.slots.of(distinctBy) : -1;
  const emit = (row: Row): boolean => {
    if (seen) {
      const k = bindingKey(row[distinctSlot]);
      if (seen.has(k)) return true;
      seen.add(k);
    }
    return next.push(row);
  };
  // One matcher for all input rows (an OPTIONAL MATCH runs it once per row).
  const matcher = new PatternMatcher(pattern, ctx, hints);
  let bindings: Row = [];
  let matched = false;
  // WHERE reads the matcher's bindings in place; only the rows it keeps are copied, and only
  // for a next stage that keeps them.
  const copy = !next.borrows;
  const onMatch = test
    ? (): boolean => {
        if (test(bindings, ctx) !== true) return true;
        matched = true;
        return emit(copy ? bindings.slice() : bindings);
      }
    : (): boolean => {
        matched = true;
        return emit(copy ? bindings.slice() : bindings);
      };
  return {
    push: (row) => {
      matched = false;
      seen?.clear();
      bindings = row.slice();
      if (!matcher.each(bindings, onMatch)) return false;
      if (optional && !matched) {
        const out: Row = row.slice();
        for (const v of varSlots) if (out[v] === undefined) out[v] = null;
        return next.push(out);
      }
      return true;
    },
    end: () => next.end(),
    borrows: true,
  };
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

function unwindStage(expr: Expr, variable: string, ctx: ExecContext, next: Sink): Sink {
  const slot = ctx.slots.of(variable);
  const isRange = expr.type === 'call' && expr.name.toLowerCase() === 'range' && (expr.args.length === 2 || expr.args.length === 3);
  return {
    push: (row) => {
      if (isRange) {
        for (const i of lazyRange(expr as Expr & { type: 'call' }, row, ctx)) {
          ctx.tick();
          if (!next.push(withBinding(row, slot, i))) return false;
        }
        return true;
      }
      const v = evaluate(expr, row, ctx);
      if (v === null) return true;
      if (!Array.isArray(v)) return next.push(withBinding(row, slot, v));
      for (const item of v) {
        ctx.tick();
        if (!next.push(withBinding(row, slot, item))) return false;
      }
      return true;
    },
    end: () => next.end(),
    borrows: true,
  };
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

/**
 * WITH / RETURN. Without aggregation or ORDER BY the rows stream through
 * (DISTINCT, SKIP, LIMIT and WITH's WHERE per row); otherwise the stage
 * collects its input and pushes the groups or sorted rows at end().
 */
function projectStage(p: Projection, ctx: ExecContext, scope: string[], where: Expr | undefined, next: Sink): Sink {
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
  const projectRow = (row: Row, agg?: Map<Expr, Value>, into?: Row): Row => {
    const c = contextFor(agg);
    const out: Row = into ?? new Array<Value>(width);
    for (const s of starSlots) out[s] = row[s] ?? null;
    for (let j = 0; j < itemExprs.length; j++) out[itemSlots[j]!] = itemExprs[j]!(row, c);
    return out;
  };

  // A group's row: grouping columns are the group's key values (evaluated once per input row
  // already), a column that is just an aggregate call is its result, only other aggregating
  // columns are evaluated again (with the results by call in a Map, made only for them).
  const isGrouping = p.items.map((i) => collectAggregates(i.expr).length === 0);
  const resultIndex = p.items.map((i) => aggregateCalls.indexOf(i.expr as Expr & { type: 'call' }));
  const needsResultMap = p.star || orderAggregates.length > 0 || p.items.some((_, j) => !isGrouping[j] && resultIndex[j]! < 0);
  const projectGroup = (row: Row, results: Value[], agg: Map<Expr, Value> | undefined, keys: Value[]): Row => {
    if (p.star) return projectRow(row, agg);
    const c = contextFor(agg);
    const out: Row = new Array<Value>(width);
    let k = 0;
    for (let j = 0; j < p.items.length; j++) {
      out[itemSlots[j]!] = isGrouping[j] ? keys[k++]! : resultIndex[j]! >= 0 ? results[resultIndex[j]!]! : itemExprs[j]!(row, c);
    }
    return out;
  };

  // WITH ... WHERE sees the projected names and, without aggregation, the variables before WITH;
  // the merged row is built only when the WHERE reads a variable that was not projected.
  const projected = new Set([...starNames, ...p.items.map((i) => i.name)]);
  const whereNeedsInput = where !== undefined && [...freeVariables(where)].some((v) => !projected.has(v));
  const test = where ? compile(where, ctx) : undefined;
  // SKIP and LIMIT, then WHERE (LIMIT counts the rows WHERE drops); false when LIMIT is reached.
  let skip = 0;
  let limit = Infinity;
  let index = 0;
  let emitted = 0;
  const emit = (out: Row, scopeRow: Row): boolean => {
    if (index++ < skip) return true;
    // After aggregation WHERE sees the projected names only.
    if (test && test(aggregating || !whereNeedsInput ? out : overlay(scopeRow, out, outSlots), ctx) !== true) return ++emitted < limit;
    if (!next.push(out)) return false;
    return ++emitted < limit;
  };
  let skipLimitRead = false;
  const readSkipLimit = (): void => {
    if (skipLimitRead) return;
    skipLimitRead = true;
    skip = p.skip ? nonNegativeInt(p.skip, ctx, 'SKIP') : 0;
    limit = p.limit ? nonNegativeInt(p.limit, ctx, 'LIMIT') : Infinity;
  };

  const seen = p.distinct ? new TupleMap<true>() : undefined;
  const distinctValues = new Array<Value>(outSlots.length);
  // One closure for all rows (a closure made per row would be one more allocation per row).
  let added = false;
  const markAdded = (): true => (added = true);
  /** DISTINCT: whether this projected row is the first with its values. */
  const isNew = (out: Row): boolean => {
    for (let i = 0; i < outSlots.length; i++) distinctValues[i] = out[outSlots[i]!]!;
    added = false;
    seen!.getOrAdd(distinctValues, markAdded);
    return added;
  };

  if (!aggregating && p.orderBy.length === 0) {
    // Streaming; into one reused row when the next stage borrows (every row sets the same slots).
    readSkipLimit();
    let done = limit === 0;
    const scratch = next.borrows ? new Array<Value>(width) : undefined;
    if (done) {
      const closed: Sink = { push: () => false, end: () => next.end(), borrows: true };
      closedSinks.add(closed);
      return closed;
    }
    return {
      push: (row) => {
        if (done) return false;
        ctx.tick();
        const out = projectRow(row, undefined, scratch);
        if (seen && !isNew(out)) return true;
        if (!emit(out, row)) done = true;
        return !done;
      },
      end: () => next.end(),
      borrows: true,
    };
  }

  /** The collected entries: DISTINCT, ORDER BY, then SKIP / LIMIT / WHERE, pushed on. */
  const finish = (all: Projected[], distinctAlready = false): void => {
    let entries = seen && !distinctAlready ? all.filter((e) => isNew(e.out)) : all;
    if (p.orderBy.length > 0) {
      const list = entries;
      const projectedNames = new Set(p.items.map((i) => i.name));
      // ORDER BY a projected column reads it directly; other expressions see the projection over the input row.
      const direct = p.orderBy.map((o) => (o.expr.type === 'variable' && projectedNames.has(o.expr.name) ? ctx.slots.of(o.expr.name) : undefined));
      // Sort keys computed once per entry, one column per ORDER BY item.
      const columns: Value[][] = p.orderBy.map(() => new Array<Value>(list.length));
      const keyExprs = p.orderBy.map((o, i) => (direct[i] === undefined ? compile(o.expr, ctx) : undefined));
      list.forEach((e, j) => {
        let scopeRow: Row | undefined;
        p.orderBy.forEach((_o, i) => {
          const slot = direct[i];
          if (slot !== undefined) columns[i]![j] = e.out[slot] ?? null;
          else {
            scopeRow ??= overlay(e.scope, e.out, outSlots);
            columns[i]![j] = keyExprs[i]!(scopeRow, contextFor(e.aggregates));
          }
        });
      });
      // SKIP and LIMIT read before sorting (after the keys, as before), so that only the rows kept are sorted.
      readSkipLimit();
      const order = sortedPositions(columns, p.orderBy.map((o) => (o.descending ? -1 : 1)), ctx.store.entityId, skip + limit);
      entries = order.map((j) => list[j]!);
    }
    readSkipLimit();
    if (limit > 0) for (const e of entries) if (!emit(e.out, e.scope)) break;
    next.end();
  };

  if (aggregating) {
    // A group's first row is read by projectGroup for the columns it evaluates, and by ORDER BY
    // for an expression other than a projected name; otherwise no group keeps one.
    const projectedNames = new Set(p.items.map((i) => i.name));
    const keepRows = needsResultMap || p.orderBy.some((o) => !(o.expr.type === 'variable' && projectedNames.has(o.expr.name)));
    const aggregation = aggregator(p, ctx, [...aggregateCalls, ...orderAggregates], needsResultMap, keepRows, projectGroup);
    return {
      push: (row) => {
        aggregation.add(row);
        return true;
      },
      end: () => finish(aggregation.groups()),
      borrows: true,
    };
  }
  // ORDER BY without aggregation: DISTINCT as the rows come, so only distinct rows are kept for sorting.
  const entries: Projected[] = [];
  return {
    push: (row) => {
      ctx.tick();
      const out = projectRow(row);
      if (!seen || isNew(out)) entries.push({ out, scope: row.slice() });
      return true;
    },
    end: () => finish(entries, true),
    borrows: true,
  };
}

/**
 * Positions 0..n-1 ordered by the key columns (stable). A column of only strings,
 * or only numbers that compare exactly as doubles (integers in the safe range,
 * floats but NaN), is compared with < directly; any other column by Cypher's
 * global order.
 */
function sortedPositions(columns: Value[][], signs: number[], ids: (v: NodeRef | RelRef) => number, keep = Infinity): number[] {
  const n = columns[0]?.length ?? 0;
  // ORDER BY ... LIMIT k with k much smaller than the rows: select the first k, sort only those.
  if (keep * 8 < n) return firstPositions(columnComparator(columns, signs, ids), n, keep);
  const ranked = n > 1 ? rankedPositions(columns, signs, n) : undefined;
  if (ranked) return ranked;
  const positions = Array.from({ length: n }, (_, j) => j);
  // Array.prototype.sort is stable.
  positions.sort(columnComparator(columns, signs, ids));
  return positions;
}

/** Compares positions by the key columns (0 for equal keys). */
function columnComparator(columns: Value[][], signs: number[], ids: (v: NodeRef | RelRef) => number): (a: number, b: number) => number {
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
  const k = cols.length;
  return (a, b) => {
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
  };
}

/**
 * The first `keep` of positions 0..n-1 in the order of `compare`, ties by position (as the
 * stable sort gives them): a max-heap of the best `keep` seen, then those sorted.
 */
function firstPositions(compare: (a: number, b: number) => number, n: number, keep: number): number[] {
  const before = (a: number, b: number): boolean => {
    const c = compare(a, b);
    return c < 0 || (c === 0 && a < b);
  };
  const heap: number[] = [];
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && before(heap[worst]!, heap[l]!)) worst = l;
      if (r < heap.length && before(heap[worst]!, heap[r]!)) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (let j = 0; j < n && keep > 0; j++) {
    if (heap.length < keep) {
      // Sift up: the heap's top is the position that comes last.
      heap.push(j);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!before(heap[parent]!, heap[i]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (before(j, heap[0]!)) {
      heap[0] = j;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : 1));
}

/**
 * sortedPositions without a comparator, when every key column holds only strings or
 * only numbers that compare exactly as doubles, either possibly with nulls (last when
 * ascending, as in Cypher's order): each column becomes the ranks of its distinct values,
 * and the ranks and the position are packed into one double per row, so one typed-array
 * sort orders the rows, stably (the position is the last key). A comparator over 10k rows
 * and 3 columns cost more than the rest of the query. Undefined when a column does not
 * qualify or the packed keys would not fit in 2^53.
 */
function rankedPositions(columns: Value[][], signs: number[], n: number): number[] | undefined {
  let space = n;
  const ranks: Uint32Array[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < columns.length; i++) {
    const values = columns[i]!;
    let strings = 0;
    let numbers = 0;
    let nulls = 0;
    const keys: (string | number)[] = new Array(n);
    for (let j = 0; j < n; j++) {
      const v = values[j]!;
      if (v === null) nulls++;
      else if (typeof v === 'string') {
        strings++;
        keys[j] = v;
      } else if (typeof v === 'bigint' && v >= MIN_SAFE && v <= MAX_SAFE) {
        numbers++;
        keys[j] = Number(v);
      } else if (typeof v === 'number' && !Number.isNaN(v)) {
        numbers++;
        keys[j] = v;
      } else return undefined;
    }
    if (strings > 0 && numbers > 0) return undefined;
    const distinct = new Set<string | number>();
    for (let j = 0; j < n; j++) if (values[j] !== null) distinct.add(keys[j]!);
    // Default sort order of strings is by UTF-16 code units, as `<` compares them.
    const sorted = strings > 0 ? [...(distinct as Set<string>)].sort() : [...(distinct as Set<number>)].sort((a, b) => a - b);
    const size = sorted.length + (nulls > 0 ? 1 : 0);
    space *= size;
    if (space > Number.MAX_SAFE_INTEGER) return undefined;
    const rankOf = new Map<string | number, number>();
    const descending = signs[i]! < 0;
    sorted.forEach((v, r) => rankOf.set(v, descending ? size - 1 - r : r));
    const nullRank = descending ? 0 : size - 1;
    const col = new Uint32Array(n);
    for (let j = 0; j < n; j++) col[j] = values[j] === null ? nullRank : rankOf.get(keys[j]!)!;
    ranks.push(col);
    sizes.push(size);
  }
  const packed = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let key = 0;
    for (let i = 0; i < ranks.length; i++) key = key * sizes[i]! + ranks[i]![j]!;
    packed[j] = key * n + j;
  }
  packed.sort();
  const positions = new Array<number>(n);
  for (let j = 0; j < n; j++) positions[j] = packed[j]! % n;
  return positions;
}

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The input row with the projected slots of `out` laid over it (what ORDER BY and WITH ... WHERE see). */
function overlay(input: Row, out: Row, outSlots: readonly number[]): Row {
  const merged = input.slice();
  for (const s of outSlots) merged[s] = out[s];
  return merged;
}

const NO_ARGS: Value[] = [];
const NO_ROW: Row = [];

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

/** Groups rows as they come (add), and makes the groups' rows at the end (groups). */
function aggregator(
  p: Projection,
  ctx: ExecContext,
  calls: (Expr & { type: 'call' })[],
  needsResultMap: boolean,
  keepRows: boolean,
  projectGroup: (r: Row, results: Value[], agg: Map<Expr, Value> | undefined, keys: Value[]) => Row,
): { add: (row: Row) => void; groups: () => Projected[] } {
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
    // The input row is borrowed: a group keeps a copy of its first row if it is read.
    const g: Group = { row: keepRows ? current.slice() : NO_ROW, keys: currentKeys === scratchKeys ? scratchKeys.slice() : currentKeys, accumulators: newAccumulators() };
    order.push(g);
    return g;
  };
  let byNode = p.star ? undefined : groupsByNode(groupingItems.map((i) => i.expr), ctx);
  // Rows of nodes seen before; when nodes rarely repeat (count by label), the cache only costs: drop it.
  let repeats = 0;
  let firsts = 0;
  const add = (row: Row): void => {
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
  };
  const result = (): Projected[] => {
    if (order.length === 0 && groupingItems.length === 0 && !p.star) order.push({ row: [], keys: [], accumulators: newAccumulators() });
    const out: Projected[] = [];
    const n = calls.length;
    for (const g of order) {
      const results = new Array<Value>(n);
      for (let i = 0; i < n; i++) results[i] = g.accumulators[i]!.result();
      let values: Map<Expr, Value> | undefined;
      if (needsResultMap) {
        values = new Map<Expr, Value>();
        for (let i = 0; i < n; i++) values.set(calls[i]!, results[i]!);
      }
      out.push({ out: projectGroup(g.row, results, values, g.keys), scope: g.row, aggregates: values });
    }
    return out;
  };
  return { add, groups: result };
}

// ---- writes ----------------------------------------------------------------

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

function createRows(pattern: Pattern, input: Row[], ctx: ExecContext): Row[] {
  const rows = input.map((r) => r.slice());
  for (const row of rows) {
    ctx.tick();
    for (const part of pattern) createPart(part, row, ctx);
  }
  return rows;
}

function mergeRows(part: PatternPart, onCreate: SetItem[], onMatch: SetItem[], rows: Row[], ctx: ExecContext): Row[] {
  const out: Row[] = [];
  for (const row of rows) {
    ctx.tick();
    const matches = matchAll([part], row, ctx);
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
  return out;
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

function deleteRows(exprs: Expr[], detach: boolean, rows: Row[], ctx: ExecContext): Row[] {
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
  return rows;
}

// ---- procedures --------------------------------------------------------------

function callProcedure(clause: Clause & { type: 'call' }, ctx: ExecContext, standalone: boolean): { stage: Stage; columns: string[] } {
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
  const stage: Stage = (next) => {
    const slot = ctx.slots.of(alias);
    // Listed when the first row arrives, after any write before the call.
    let values: Value[] | undefined;
    return {
      push: (row) => {
        values ??= produce();
        for (const v of values) if (!next.push(withBinding(row, slot, v))) return false;
        return true;
      },
      end: () => next.end(),
      borrows: true,
    };
  };
  return { stage, columns: [alias] };
}
