// Static checks made before running, so that errors Neo4j reports at compile
// time are reported here even when no row would reach the faulty expression:
// undefined variables, variable type conflicts, misplaced aggregation, literal
// type mismatches, CREATE/MERGE pattern rules, constant SKIP/LIMIT. Neo4j reports
// all of them with the SyntaxError status code, and so does this module.
import type { Clause, Expr, Pattern, PatternPart, Projection, Query, SetItem } from './ast.js';
import { isAggregateName } from './aggregates.js';
import { syntaxError, type CypherError } from './errors.js';
import { functionArity } from './functions.js';

type Kind = 'any' | 'null' | 'node' | 'rel' | 'path' | 'boolean' | 'integer' | 'float' | 'string' | 'list' | 'map';

interface SType {
  kind: Kind;
  elem?: SType;
}

const ANY: SType = { kind: 'any' };
const t = (kind: Kind, elem?: SType): SType => (elem ? { kind, elem } : { kind });

type Scope = Map<string, SType>;

const KIND_NAMES: Record<Kind, string> = {
  any: 'Any',
  null: 'Null',
  node: 'Node',
  rel: 'Relationship',
  path: 'Path',
  boolean: 'Boolean',
  integer: 'Integer',
  float: 'Float',
  string: 'String',
  list: 'List<T>',
  map: 'Map',
};

const isNumeric = (k: Kind): boolean => k === 'integer' || k === 'float';
/** Known at compile time to be something other than the allowed kinds (unknown and null always pass). */
const conflicts = (type: SType, ...allowed: Kind[]): boolean => type.kind !== 'any' && type.kind !== 'null' && !allowed.includes(type.kind);

interface ExprContext {
  /** Aggregates are allowed here (top of a projection item or ORDER BY). */
  aggregates: boolean;
  /** Inside an aggregate call's arguments. */
  inAggregate: boolean;
}

const NO_AGGREGATES: ExprContext = { aggregates: false, inAggregate: false };

export function validate(query: Query, source: string): void {
  new Analyzer(source).query(query);
}

class Analyzer {
  constructor(private readonly source: string) {}

  private error(offset: number, message: string): CypherError {
    return syntaxError(this.source, offset, message);
  }

  private text(e: Expr): string {
    return this.source.slice(e.span.start, e.span.end);
  }

  query(q: Query): void {
    for (const part of q.parts) this.clauses(part.clauses, new Map(), true);
  }

  private clauses(clauses: Clause[], initial: Scope, topLevel: boolean): Scope {
    let scope = initial;
    clauses.forEach((c, i) => {
      const last = i === clauses.length - 1;
      if (topLevel) {
        if (c.type === 'return' && !last) throw this.error(clauses[i + 1]!.span.start, 'RETURN can only be used at the end of the query');
        if (last && (c.type === 'match' || c.type === 'with' || c.type === 'unwind')) {
          const name = c.type === 'match' ? (c.optional ? 'OPTIONAL MATCH' : 'MATCH') : c.type.toUpperCase();
          throw this.error(c.span.start, `Query cannot conclude with ${name} (must be a RETURN clause, an update clause, a unit subquery call, or a procedure call with no YIELD)`);
        }
      }
      scope = this.clause(c, scope);
    });
    return scope;
  }

  private clause(c: Clause, scope: Scope): Scope {
    switch (c.type) {
      case 'match': {
        const next = this.declareMatchPattern(c.pattern, scope);
        if (c.where) this.predicate(c.where, next);
        return next;
      }
      case 'unwind': {
        const type = this.expr(c.expr, scope, NO_AGGREGATES);
        if (scope.has(c.variable)) throw this.error(c.span.start, `Variable \`${c.variable}\` already declared`);
        const next = new Map(scope);
        next.set(c.variable, type.kind === 'list' ? (type.elem ?? ANY) : ANY);
        return next;
      }
      case 'with':
        return this.projection(c.projection, scope, true, c.where);
      case 'return':
        return this.projection(c.projection, scope, false, undefined);
      case 'create': {
        const next = new Map(scope);
        for (const part of c.pattern) this.declareCreatePart(part, next, 'CREATE');
        return next;
      }
      case 'merge': {
        const next = new Map(scope);
        this.declareCreatePart(c.pattern, next, 'MERGE');
        this.setItems(c.onCreate, next);
        this.setItems(c.onMatch, next);
        return next;
      }
      case 'set':
        this.setItems(c.items, scope);
        return scope;
      case 'remove':
        for (const item of c.items) {
          if (item.type === 'property') this.expr(item.target, scope, NO_AGGREGATES);
          else this.variable(item.variable, scope, c.span.start);
        }
        return scope;
      case 'delete':
        for (const e of c.exprs) {
          const type = this.expr(e, scope, NO_AGGREGATES);
          if (conflicts(type, 'node', 'rel', 'path')) throw this.error(e.span.start, `Type mismatch: expected Node, Relationship or Path but was ${KIND_NAMES[type.kind]}`);
        }
        return scope;
      case 'foreach': {
        const type = this.expr(c.source, scope, NO_AGGREGATES);
        if (conflicts(type, 'list')) throw this.error(c.source.span.start, `Type mismatch: expected List<T> but was ${KIND_NAMES[type.kind]}`);
        const inner = new Map(scope);
        inner.set(c.variable, type.elem ?? ANY);
        this.clauses(c.clauses, inner, false);
        return scope;
      }
      case 'call': {
        for (const a of c.args) this.expr(a, scope, NO_AGGREGATES);
        const next = new Map(scope);
        for (const y of c.yields) if (y !== '*') next.set(y, ANY);
        return next;
      }
      case 'unsupported':
        return scope;
    }
  }

  private setItems(items: SetItem[], scope: Scope): void {
    for (const item of items) {
      if (item.type === 'property') this.expr(item.target, scope, NO_AGGREGATES);
      else this.variable(item.variable, scope, 0);
      if (item.type !== 'labels') this.expr(item.value, scope, NO_AGGREGATES);
    }
  }

  private predicate(where: Expr, scope: Scope): void {
    if (this.hasAggregate(where)) throw this.error(where.span.start, 'Invalid use of aggregating function in WHERE');
    const type = this.expr(where, scope, NO_AGGREGATES);
    if (conflicts(type, 'boolean')) throw this.error(where.span.start, `Type mismatch: expected Boolean but was ${KIND_NAMES[type.kind]}`);
  }

  private variable(name: string, scope: Scope, offset: number): SType {
    const type = scope.get(name);
    if (!type) throw this.error(offset, `Variable \`${name}\` not defined`);
    return type;
  }

  // ---- patterns --------------------------------------------------------------

  private declareMatchPattern(pattern: Pattern, scope: Scope): Scope {
    const next = new Map(scope);
    const relsHere = new Set<string>();
    for (const part of pattern) this.declareMatchPart(part, next, relsHere, 'MATCH');
    return next;
  }

  private declareMatchPart(part: PatternPart, scope: Scope, relsHere: Set<string>, clause: string): void {
    part.nodes.forEach((np, i) => {
      if (np.properties?.type === 'param') throw this.error(np.properties.span.start, `Parameter maps cannot be used in ${clause} patterns (use a literal map instead, e.g. "{id: $param.id}")`);
      if (np.variable !== undefined) {
        const existing = scope.get(np.variable);
        if (existing && conflicts(existing, 'node')) {
          throw this.error(np.span.start, `Type mismatch: ${np.variable} defined with conflicting type ${KIND_NAMES[existing.kind]} (expected Node)`);
        }
        scope.set(np.variable, t('node'));
      }
      if (np.properties) this.expr(np.properties, scope, NO_AGGREGATES);
      const rp = part.rels[i];
      if (!rp) return;
      if (rp.properties?.type === 'param') throw this.error(rp.properties.span.start, `Parameter maps cannot be used in ${clause} patterns (use a literal map instead, e.g. "{id: $param.id}")`);
      if (rp.range && rp.range.max !== undefined && rp.range.max < rp.range.min && false) return;
      if (rp.variable !== undefined) {
        const existing = scope.get(rp.variable);
        if (relsHere.has(rp.variable)) {
          if (existing && existing.kind === 'rel' && !rp.range) throw this.error(rp.span.start, `Cannot use the same relationship variable '${rp.variable}' for multiple relationships`);
          throw this.error(rp.span.start, `Type mismatch: ${rp.variable} defined with conflicting type ${KIND_NAMES[existing?.kind ?? 'any']} (expected Relationship)`);
        }
        if (existing && conflicts(existing, rp.range ? 'list' : 'rel')) {
          throw this.error(rp.span.start, `Type mismatch: ${rp.variable} defined with conflicting type ${KIND_NAMES[existing.kind]} (expected ${rp.range ? 'List<Relationship>' : 'Relationship'})`);
        }
        relsHere.add(rp.variable);
        scope.set(rp.variable, rp.range ? t('list', t('rel')) : t('rel'));
      }
      if (rp.properties) this.expr(rp.properties, scope, NO_AGGREGATES);
    });
    if (part.pathVariable !== undefined) {
      if (scope.has(part.pathVariable)) throw this.error(part.span.start, `Variable \`${part.pathVariable}\` already declared`);
      scope.set(part.pathVariable, t('path'));
    }
  }

  private declareCreatePart(part: PatternPart, scope: Scope, clause: 'CREATE' | 'MERGE'): void {
    part.nodes.forEach((np, i) => {
      if (np.anyLabels) throw this.error(np.span.start, `Label disjunctions (:A|B) cannot be used in ${clause}`);
      if (clause === 'MERGE' && np.properties?.type === 'param') throw this.error(np.properties.span.start, 'Parameter maps cannot be used in MERGE patterns (use a literal map instead, e.g. "{id: $param.id}")');
      if (np.variable !== undefined) {
        const existing = scope.get(np.variable);
        if (existing) {
          if (conflicts(existing, 'node')) throw this.error(np.span.start, `Type mismatch: ${np.variable} defined with conflicting type ${KIND_NAMES[existing.kind]} (expected Node)`);
          if (np.labels.length > 0 || np.properties || (part.nodes.length === 1 && clause === 'CREATE')) {
            throw this.error(np.span.start, `Variable \`${np.variable}\` already declared`);
          }
        }
        scope.set(np.variable, t('node'));
      }
      if (np.properties) this.expr(np.properties, scope, NO_AGGREGATES);
      const rp = part.rels[i];
      if (!rp) return;
      if (rp.variable !== undefined && scope.has(rp.variable)) throw this.error(rp.span.start, `Variable \`${rp.variable}\` already declared`);
      if (rp.types.length !== 1) throw this.error(rp.span.start, `Exactly one relationship type must be specified for ${clause}. Did you forget to prefix your relationship type with a ':'?`);
      if (rp.direction === 'both' && clause === 'CREATE') throw this.error(rp.span.start, 'Only directed relationships are supported in CREATE');
      if (rp.range) throw this.error(rp.span.start, `Variable length relationships cannot be used in ${clause}`);
      if (rp.variable !== undefined) scope.set(rp.variable, t('rel'));
      if (rp.properties) this.expr(rp.properties, scope, NO_AGGREGATES);
    });
    if (part.pathVariable !== undefined) {
      if (scope.has(part.pathVariable)) throw this.error(part.span.start, `Variable \`${part.pathVariable}\` already declared`);
      scope.set(part.pathVariable, t('path'));
    }
  }

  // ---- projections -------------------------------------------------------------

  private projection(p: Projection, scope: Scope, isWith: boolean, where: Expr | undefined): Scope {
    const clause = isWith ? 'WITH' : 'RETURN';
    const visible = [...scope.keys()].filter((k) => !k.startsWith(' '));
    if (p.star && visible.length === 0) throw this.error(0, `${clause} * is not allowed when there are no variables in scope`);
    const next: Scope = p.star ? new Map(scope) : new Map();
    const names = new Set<string>(p.star ? visible : []);
    const top: ExprContext = { aggregates: true, inAggregate: false };
    let aggregating = false;
    for (const item of p.items) {
      if (isWith && item.alias === undefined && item.expr.type !== 'variable') throw this.error(item.expr.span.start, 'Expression in WITH must be aliased (use AS)');
      if (item.expr.type === 'patternPredicate') throw this.error(item.expr.span.start, 'Invalid input: a pattern cannot be projected; use a pattern comprehension [(a)-->(b) | b] or EXISTS { ... }');
      const type = this.expr(item.expr, scope, top);
      if (names.has(item.name) && !(p.star && item.expr.type === 'variable' && item.expr.name === item.name)) {
        throw this.error(item.expr.span.start, 'Multiple result columns with the same name are not supported');
      }
      names.add(item.name);
      next.set(item.name, type);
      if (this.hasAggregate(item.expr)) aggregating = true;
    }
    if (aggregating) for (const item of p.items) this.checkAmbiguousAggregation(p, item.expr, item.name);
    const itemTexts = new Set(p.items.map((i) => this.text(i.expr)));
    const orderScope: Scope = aggregating || p.distinct ? next : new Map([...scope, ...next]);
    for (const o of p.orderBy) {
      if (itemTexts.has(this.text(o.expr))) continue;
      if (aggregating && this.hasAggregate(o.expr)) this.checkAmbiguousAggregation(p, o.expr, this.text(o.expr));
      if (!aggregating && this.hasAggregate(o.expr)) throw this.error(o.expr.span.start, 'Invalid use of aggregating function in ORDER BY: the projection does not aggregate');
      this.expr(o.expr, this.withItemTexts(orderScope, p, o.expr), { aggregates: aggregating, inAggregate: false });
    }
    for (const e of [p.skip, p.limit]) {
      if (!e) continue;
      const what = e === p.skip ? 'SKIP' : 'LIMIT';
      this.expr(e, new Map(), NO_AGGREGATES);
      if (e.type === 'literal') {
        if (typeof e.value === 'bigint' && e.value < 0n) throw this.error(e.span.start, `Invalid input. '${e.value}' is not a valid value. Must be a non-negative integer.`);
        if (typeof e.value !== 'bigint') throw this.error(e.span.start, `Invalid input. '${String(e.value)}' is not a valid value for ${what}. Must be a non-negative integer.`);
      }
    }
    if (where) {
      if (this.hasAggregate(where)) throw this.error(where.span.start, 'Invalid use of aggregating function in WHERE');
      this.predicate(where, aggregating ? next : new Map([...scope, ...next]));
    }
    return next;
  }

  /** ORDER BY may name a projected expression by its text even when its variables are out of scope. */
  private withItemTexts(scope: Scope, p: Projection, e: Expr): Scope {
    const texts = new Set(p.items.map((i) => this.text(i.expr)));
    const extra = new Map(scope);
    let found = false;
    walkExpr(e, (sub) => {
      if (texts.has(this.text(sub))) {
        found = true;
        return false;
      }
      return true;
    });
    if (!found) return scope;
    // Allow the variables of projected expressions; they are evaluated over the group's row.
    for (const item of p.items) walkExpr(item.expr, (sub) => (sub.type === 'variable' && !extra.has(sub.name) && extra.set(sub.name, ANY), true));
    return extra;
  }

  private hasAggregate(e: Expr): boolean {
    let found = false;
    walkExpr(e, (sub) => {
      if (sub.type === 'call' && isAggregateName(sub.name)) found = true;
      return !found;
    });
    return found;
  }

  /**
   * Outside its aggregate calls, an aggregating expression may only use grouping
   * keys that are variables or property lookups (or projected aliases in ORDER BY).
   */
  private checkAmbiguousAggregation(p: Projection, expr: Expr, name: string): void {
    if (!this.hasAggregate(expr)) return;
    const simple = (e: Expr): boolean => e.type === 'variable' || (e.type === 'property' && e.object.type === 'variable');
    const grouping = p.items.filter((i) => !this.hasAggregate(i.expr));
    const keyTexts = new Set(grouping.filter((i) => simple(i.expr)).map((i) => this.text(i.expr)));
    const keyVars = new Set(grouping.filter((i) => i.expr.type === 'variable').map((i) => (i.expr as Expr & { type: 'variable' }).name));
    const isOrderItem = !p.items.some((i) => i.expr === expr);
    if (isOrderItem) for (const i of p.items) if (i.alias !== undefined) keyVars.add(i.alias);
    const locals = new Set<string>();
    walkExpr(expr, (e) => {
      if (e.type === 'call' && isAggregateName(e.name)) return false;
      if (keyTexts.has(this.text(e))) return false;
      if (e.type === 'listComprehension' || e.type === 'quantifier') locals.add(e.variable);
      if (e.type === 'reduce') {
        locals.add(e.variable);
        locals.add(e.accumulator);
      }
      if (e.type === 'variable' && !keyVars.has(e.name) && !locals.has(e.name)) {
        throw this.error(e.span.start, `Aggregation column contains implicit grouping expressions. Aggregation expressions with implicit grouping keys are not allowed: ${name}`);
      }
      return true;
    });
  }

  // ---- expressions -------------------------------------------------------------

  private expr(e: Expr, scope: Scope, ctx: ExprContext): SType {
    const sub = (x: Expr, s: Scope = scope, c: ExprContext = ctx): SType => this.expr(x, s, c);
    const inner: ExprContext = { aggregates: false, inAggregate: ctx.inAggregate };
    switch (e.type) {
      case 'literal': {
        const v = e.value;
        if (v === null) return t('null');
        if (typeof v === 'boolean') return t('boolean');
        if (typeof v === 'bigint') return t('integer');
        if (typeof v === 'number') return t('float');
        return t('string');
      }
      case 'param':
        return ANY;
      case 'variable':
        return this.variable(e.name, scope, e.span.start);
      // Property access and indexing on a wrong type are runtime TypeErrors in Neo4j.
      case 'property': {
        const o = sub(e.object);
        if (o.kind === 'path') throw this.error(e.span.start, 'Type mismatch: expected Map, Node or Relationship but was Path');
        return ANY;
      }
      case 'index': {
        const o = sub(e.object);
        sub(e.index);
        return o.kind === 'list' ? (o.elem ?? ANY) : ANY;
      }
      case 'slice': {
        const o = sub(e.object);
        if (e.from) sub(e.from);
        if (e.to) sub(e.to);
        return o.kind === 'list' ? o : t('list');
      }
      case 'hasLabels': {
        const o = sub(e.object);
        if (conflicts(o, 'node', 'rel')) throw this.error(e.span.start, `Type mismatch: expected Node but was ${KIND_NAMES[o.kind]}`);
        return t('boolean');
      }
      case 'list': {
        const types = e.items.map((x) => sub(x));
        const first = types[0];
        const same = first && types.every((x) => x.kind === first.kind);
        return t('list', same ? first : ANY);
      }
      case 'map':
        for (const [, x] of e.entries) sub(x);
        return t('map');
      case 'mapProjection': {
        const o = this.variable(e.variable, scope, e.span.start);
        if (conflicts(o, 'node', 'rel', 'map')) throw this.error(e.span.start, `Type mismatch: expected Map, Node or Relationship but was ${KIND_NAMES[o.kind]}`);
        for (const item of e.items) {
          if (item.type === 'literal') sub(item.value);
          if (item.type === 'variable') this.variable(item.name, scope, e.span.start);
        }
        return t('map');
      }
      case 'unary': {
        const o = sub(e.operand);
        if (e.op === 'NOT') {
          if (conflicts(o, 'boolean')) throw this.error(e.operand.span.start, `Type mismatch: expected Boolean but was ${KIND_NAMES[o.kind]}`);
          return t('boolean');
        }
        if (conflicts(o, 'integer', 'float')) throw this.error(e.operand.span.start, `Type mismatch: expected Float or Integer but was ${KIND_NAMES[o.kind]}`);
        return o;
      }
      case 'binary':
        return this.binary(e, sub);
      case 'comparison':
        for (const x of e.operands) sub(x);
        return t('boolean');
      case 'isNull':
        sub(e.operand);
        return t('boolean');
      case 'case': {
        if (e.subject) sub(e.subject);
        const results: SType[] = [];
        for (const b of e.branches) {
          sub(b.when);
          results.push(sub(b.then));
        }
        if (e.otherwise) results.push(sub(e.otherwise));
        const first = results[0]!;
        return results.every((r) => r.kind === first.kind) ? first : ANY;
      }
      case 'call':
        return this.call(e, scope, ctx);
      case 'listComprehension': {
        const src = sub(e.source, scope, ctx);
        if (conflicts(src, 'list')) throw this.error(e.source.span.start, `Type mismatch: expected List<T> but was ${KIND_NAMES[src.kind]}`);
        const local = new Map(scope);
        local.set(e.variable, src.elem ?? ANY);
        if (e.where) sub(e.where, local, inner);
        const proj = e.projection ? sub(e.projection, local, inner) : (src.elem ?? ANY);
        return t('list', proj);
      }
      case 'quantifier': {
        const src = sub(e.source, scope, ctx);
        if (conflicts(src, 'list')) throw this.error(e.source.span.start, `Type mismatch: expected List<T> but was ${KIND_NAMES[src.kind]}`);
        const local = new Map(scope);
        local.set(e.variable, src.elem ?? ANY);
        if (e.where) {
          const w = sub(e.where, local, inner);
          if (conflicts(w, 'boolean')) throw this.error(e.where.span.start, `Type mismatch: expected Boolean but was ${KIND_NAMES[w.kind]}`);
        }
        return t('boolean');
      }
      case 'reduce': {
        sub(e.init, scope, ctx);
        const src = sub(e.source, scope, ctx);
        if (conflicts(src, 'list')) throw this.error(e.source.span.start, `Type mismatch: expected List<T> but was ${KIND_NAMES[src.kind]}`);
        const local = new Map(scope);
        local.set(e.accumulator, ANY);
        local.set(e.variable, src.elem ?? ANY);
        sub(e.body, local, inner);
        return ANY;
      }
      case 'patternPredicate': {
        const p = e.pattern;
        const names = [...p.nodes.map((n) => n.variable), ...p.rels.map((r) => r.variable), p.pathVariable];
        for (const n of names) {
          if (n !== undefined && !scope.has(n)) throw this.error(e.span.start, `Variable \`${n}\` not defined (a pattern expression cannot introduce new variables)`);
        }
        const local = new Map(scope);
        this.declareMatchPart({ ...p, pathVariable: undefined } as PatternPart, local, new Set(), 'MATCH');
        return t('boolean');
      }
      case 'patternComprehension': {
        const local = new Map(scope);
        this.declareMatchPart(e.pathVariable !== undefined ? { ...e.pattern, pathVariable: e.pathVariable } : e.pattern, local, new Set(), 'MATCH');
        if (e.where) sub(e.where, local, inner);
        return t('list', sub(e.projection, local, inner));
      }
      case 'exists':
      case 'countSubquery': {
        const local = this.declareMatchPattern(e.pattern, scope);
        if (e.where) sub(e.where, local, inner);
        return e.type === 'exists' ? t('boolean') : t('integer');
      }
    }
  }

  private binary(e: Expr & { type: 'binary' }, sub: (x: Expr) => SType): SType {
    const l = sub(e.left);
    const r = sub(e.right);
    const mismatch = (side: Expr, type: SType, expected: string): CypherError =>
      this.error(side.span.start, `Type mismatch: expected ${expected} but was ${KIND_NAMES[type.kind]}`);
    switch (e.op) {
      case 'AND':
      case 'OR':
      case 'XOR':
        if (conflicts(l, 'boolean')) throw mismatch(e.left, l, 'Boolean');
        if (conflicts(r, 'boolean')) throw mismatch(e.right, r, 'Boolean');
        return t('boolean');
      case 'IN':
        if (conflicts(r, 'list')) throw mismatch(e.right, r, 'List<T>');
        return t('boolean');
      case 'STARTS WITH':
      case 'ENDS WITH':
      case 'CONTAINS':
      case '=~':
        return t('boolean');
      case '+': {
        if (l.kind === 'list' || r.kind === 'list') return t('list');
        if (l.kind === 'string' || r.kind === 'string') {
          const other = l.kind === 'string' ? r : l;
          if (conflicts(other, 'string', 'integer', 'float')) throw mismatch(other === l ? e.left : e.right, other, 'String, Integer or Float');
          return t('string');
        }
        if (conflicts(l, 'integer', 'float', 'string')) throw mismatch(e.left, l, 'Float, Integer, String or List<T>');
        if (conflicts(r, 'integer', 'float', 'string')) throw mismatch(e.right, r, 'Float, Integer, String or List<T>');
        return isNumeric(l.kind) && isNumeric(r.kind) ? t(l.kind === 'float' || r.kind === 'float' ? 'float' : 'integer') : ANY;
      }
      default: {
        if (conflicts(l, 'integer', 'float')) throw mismatch(e.left, l, 'Float or Integer');
        if (conflicts(r, 'integer', 'float')) throw mismatch(e.right, r, 'Float or Integer');
        if (e.op === '^') return t('float');
        return isNumeric(l.kind) && isNumeric(r.kind) ? t(l.kind === 'float' || r.kind === 'float' ? 'float' : 'integer') : ANY;
      }
    }
  }

  private call(e: Expr & { type: 'call' }, scope: Scope, ctx: ExprContext): SType {
    const lower = e.name.toLowerCase();
    if (isAggregateName(lower)) {
      if (ctx.inAggregate) throw this.error(e.span.start, "Can't use aggregate functions inside of aggregate functions.");
      if (!ctx.aggregates) throw this.error(e.span.start, `Invalid use of aggregating function ${e.name}(...) in this context`);
      const argTypes = e.args.map((a) => this.expr(a, scope, { aggregates: false, inAggregate: true }));
      walkExpr(e, (sub) => {
        if (sub.type === 'call' && sub.name.toLowerCase() === 'rand') throw this.error(sub.span.start, "Can't use non-deterministic (random) functions inside of aggregate functions.");
        return true;
      });
      const expected = e.star ? 0 : lower === 'percentiledisc' || lower === 'percentilecont' ? 2 : 1;
      if (e.args.length !== expected) throw this.error(e.span.start, `Function ${e.name}() takes ${expected} argument(s) but was given ${e.args.length}`);
      if (lower === 'count') return t('integer');
      if (lower === 'collect') return t('list', argTypes[0] ?? ANY);
      if (lower === 'avg' || lower === 'stdev' || lower === 'stdevp' || lower === 'percentilecont') return t('float');
      return argTypes[0] ?? ANY;
    }
    const arity = functionArity(lower);
    const argTypes = e.args.map((a) => this.expr(a, scope, ctx));
    if (!arity) {
      if (/^(date|datetime|localdatetime|time|localtime|duration|point|distance|apoc|gds|vector)(\.|$)/.test(lower)) return ANY;
      throw this.error(e.span.start, `Unknown function '${e.name}' (if Neo4j has it, it is not supported by the embedded engine; run the query against Neo4j with --neo4j)`);
    }
    if (e.args.length < arity.min || e.args.length > arity.max) {
      throw this.error(e.span.start, `Insufficient or too many parameters for function '${e.name}' (got ${e.args.length})`);
    }
    if (e.distinct) throw this.error(e.span.start, `Invalid use of DISTINCT with function '${e.name}'`);
    const a0 = argTypes[0] ?? ANY;
    const requireArg = (...allowed: Kind[]): void => {
      if (conflicts(a0, ...allowed)) throw this.error(e.args[0]!.span.start, `Type mismatch: expected ${allowed.map((k) => KIND_NAMES[k]).join(' or ')} but was ${KIND_NAMES[a0.kind]}`);
    };
    switch (lower) {
      case 'labels':
        requireArg('node');
        return t('list', t('string'));
      case 'type':
        requireArg('rel');
        return t('string');
      case 'startnode':
      case 'endnode':
        requireArg('rel');
        return t('node');
      case 'nodes':
        requireArg('path');
        return t('list', t('node'));
      case 'relationships':
        requireArg('path');
        return t('list', t('rel'));
      case 'length':
        requireArg('path');
        return t('integer');
      case 'size':
        requireArg('list', 'string');
        return t('integer');
      case 'id':
      case 'elementid':
        requireArg('node', 'rel');
        return lower === 'id' ? t('integer') : t('string');
      case 'keys':
        requireArg('node', 'rel', 'map');
        return t('list', t('string'));
      case 'properties':
        requireArg('node', 'rel', 'map');
        return t('map');
      case 'head':
      case 'last':
        requireArg('list');
        return a0.elem ?? ANY;
      case 'tail':
      case 'reverse':
        return a0;
      case 'range':
        return t('list', t('integer'));
      case 'split':
        return t('list', t('string'));
      case 'tostring':
      case 'tolower':
      case 'toupper':
      case 'trim':
      case 'ltrim':
      case 'rtrim':
      case 'replace':
      case 'substring':
      case 'left':
      case 'right':
        return t('string');
      case 'tointeger':
      case 'sign':
        return t('integer');
      case 'tofloat':
      case 'sqrt':
      case 'ceil':
      case 'floor':
      case 'round':
      case 'rand':
        return t('float');
      case 'toboolean':
      case 'exists':
      case 'isempty':
        return t('boolean');
      case 'abs':
        return a0;
      default:
        return ANY;
    }
  }
}

/** Pre-order walk over sub-expressions (not into patterns); the visitor returns false to skip children. */
function walkExpr(e: Expr, visit: (e: Expr) => boolean): void {
  if (!visit(e)) return;
  const children: (Expr | undefined)[] = [];
  switch (e.type) {
    case 'property':
    case 'hasLabels':
      children.push(e.object);
      break;
    case 'index':
      children.push(e.object, e.index);
      break;
    case 'slice':
      children.push(e.object, e.from, e.to);
      break;
    case 'list':
      children.push(...e.items);
      break;
    case 'map':
      children.push(...e.entries.map(([, x]) => x));
      break;
    case 'mapProjection':
      children.push(e.object, ...e.items.map((i) => (i.type === 'literal' ? i.value : undefined)));
      break;
    case 'unary':
    case 'isNull':
      children.push(e.operand);
      break;
    case 'binary':
      children.push(e.left, e.right);
      break;
    case 'comparison':
      children.push(...e.operands);
      break;
    case 'case':
      children.push(e.subject, ...e.branches.flatMap((b) => [b.when, b.then]), e.otherwise);
      break;
    case 'call':
      children.push(...e.args);
      break;
    case 'listComprehension':
      children.push(e.source, e.where, e.projection);
      break;
    case 'quantifier':
      children.push(e.source, e.where);
      break;
    case 'reduce':
      children.push(e.init, e.source, e.body);
      break;
    case 'patternComprehension':
      children.push(e.where, e.projection);
      break;
    case 'exists':
    case 'countSubquery':
      children.push(e.where);
      break;
    default:
      break;
  }
  for (const c of children) if (c) walkExpr(c, visit);
}
