// Pattern matching over the graph: one MATCH pattern (several chains) against a
// row, with relationship uniqueness across the whole pattern. Each chain starts
// at its most selective node (bound variable, property index, label index) and
// expands outwards in both directions.
import type { Direction, Expr, NodePattern, Pattern, PatternPart, RelPattern } from './ast.js';
import type { ExecContext, Row, Slots } from './context.js';
import { typeError } from './errors.js';
import { evaluate, walk } from './expressions.js';
import { attributesHaveLabel, type EdgeRecord } from './store.js';
import { equals, isMap, NodeRef, PathValue, RelRef, type MapValue, type Value } from './values.js';

/** One index lookup: `prop = value`, or with `many` `prop IN value` (a list). */
export interface Lookup {
  key: string;
  value: Expr;
  many?: boolean;
}

/** Predicates from WHERE usable to pick start nodes and to narrow relationship types. */
export interface PropertyHints {
  /** node variable -> conjunction of disjunctions of lookups (`a.x = 1 AND (a.y = $p OR a.z = $p)`) */
  nodes: Map<string, Lookup[][]>;
  /** relationship variable -> expressions its type must equal (`type(r) = $verb`) */
  relTypes: Map<string, Expr[]>;
}

const freeVariableCache = new WeakMap<Expr, string[]>();

function evaluableWith(expr: Expr, bindings: Row, slots: Slots): boolean {
  let vars = freeVariableCache.get(expr);
  if (!vars) freeVariableCache.set(expr, (vars = [...freeVariables(expr)]));
  return vars.every((v) => bindings[slots.of(v)] !== undefined);
}

export function* matchPattern(pattern: Pattern, row: Row, ctx: ExecContext, hints?: PropertyHints): Generator<Row> {
  // Bound while matching, unbound (undefined) on the way back; each match is yielded as a copy.
  const bindings: Row = row.slice();
  for (const _ of matchInPlace(pattern, bindings, ctx, hints)) yield bindings.slice();
}

/**
 * The matches of a pattern as states of `bindings` (a copy of the input row the
 * matcher binds in place and unbinds on the way back): a caller that copies only
 * the matches it keeps (MATCH ... WHERE) saves a generator level and a copy per
 * rejected match.
 */
export function matchInPlace(pattern: Pattern, bindings: Row, ctx: ExecContext, hints?: PropertyHints): Iterable<void> {
  const used = new Set<string>();
  // The common single chain: no matchParts generator between the matcher and the caller.
  if (pattern.length === 1 && !pattern[0]!.shortest) return new ChainMatcher(pattern[0]!, bindings, used, ctx, hints, pattern[0]!.rels.length === 1).run();
  return matchParts(pattern, 0, bindings, used, ctx, hints);
}

/** Marks a pattern variable not bound (yet). */
const UNBOUND = undefined as unknown as Value;

function* matchParts(parts: Pattern, i: number, bindings: Row, used: Set<string>, ctx: ExecContext, hints: PropertyHints | undefined): Generator<void> {
  if (i === parts.length) {
    yield;
    return;
  }
  const part = parts[i]!;
  const matcher = part.shortest ? matchShortest(part, bindings, used, ctx) : new ChainMatcher(part, bindings, used, ctx, hints, parts.length === 1 && part.rels.length === 1).run();
  if (i === parts.length - 1) {
    yield* matcher;
    return;
  }
  for (const _ of matcher) yield* matchParts(parts, i + 1, bindings, used, ctx, hints);
}

/** Every variable a pattern can introduce. */
export function patternVariables(pattern: Pattern): string[] {
  const out: string[] = [];
  for (const part of pattern) {
    if (part.pathVariable !== undefined) out.push(part.pathVariable);
    for (const n of part.nodes) if (n.variable !== undefined) out.push(n.variable);
    for (const r of part.rels) if (r.variable !== undefined) out.push(r.variable);
  }
  return [...new Set(out)];
}

export function freeVariables(expr: Expr): Set<string> {
  const out = new Set<string>();
  walk(expr, (e) => {
    if (e.type === 'variable') out.add(e.name);
    if (e.type === 'mapProjection') out.add(e.variable);
    return true;
  });
  return out;
}

const flip = (d: Direction): Direction => (d === 'out' ? 'in' : d === 'in' ? 'out' : 'both');

const otherEnd = (ctx: ExecContext, edge: string, from: string): string => {
  const rec = ctx.store.edge(edge);
  return rec.source === from ? rec.target : rec.source;
};

/** The attributes of the node a step along `rec` from `from` arrives at. */
const arrivalAttrs = (rec: EdgeRecord, from: string, direction: Direction): Record<string, unknown> =>
  direction === 'out' ? rec.targetAttrs : direction === 'in' ? rec.sourceAttrs : rec.source === from ? rec.targetAttrs : rec.sourceAttrs;

/** The node a step along `rec` from `from` arrives at. */
const arrival = (rec: EdgeRecord, from: string, direction: Direction): string =>
  direction === 'out' ? rec.target : direction === 'in' ? rec.source : rec.source === from ? rec.target : rec.source;

function evalProperties(expr: Expr | undefined, bindings: Row, ctx: ExecContext): MapValue | undefined {
  if (!expr) return undefined;
  const v = evaluate(expr, bindings, ctx);
  if (v === null) return {};
  if (!isMap(v)) throw typeError('Expected a map of properties in the pattern');
  return v;
}

function propertiesMatch(actual: (key: string) => Value, wanted: MapValue | undefined): boolean {
  if (!wanted) return true;
  for (const [k, v] of Object.entries(wanted)) if (equals(actual(k), v) !== true) return false;
  return true;
}

function relMatches(ctx: ExecContext, rec: EdgeRecord, rp: RelPattern, props: MapValue | undefined): boolean {
  if (rp.types.length > 0 && !rp.types.includes(rec.type)) return false;
  return props === undefined || propertiesMatch((k) => ctx.store.relProperty(rec.key, k), props);
}

const NO_FIT = 0;
const BOUND = 1;
const BOUND_VAR = 2;

interface Step {
  rel: number;
  from: number;
  to: number;
  direction: Direction;
  reversed: boolean;
}

const partSlots = new WeakMap<PatternPart, { of: Slots; nodes: number[]; rels: number[]; path: number; typesKeys: string[]; labelKeys: string[] }>();

class ChainMatcher {
  private readonly nodeKeys: (string | undefined)[];
  private readonly relKeys: (string | string[] | undefined)[];
  /** Row slots of the node, relationship and path variables (-1: anonymous). */
  private readonly nodeSlots: number[];
  private readonly relSlots: number[];
  private readonly pathSlot: number;
  /** Names of the relationship subsets (see GraphStore.edgesAtFiltered) of each relationship's types and each node's first label. */
  private readonly typesKeys: string[];
  private readonly labelKeys: string[];
  /** References carry attributes and records only when nothing can change the graph during the run. */
  private readonly readOnly: boolean;

  constructor(
    private readonly part: PatternPart,
    private readonly bindings: Row,
    private readonly used: Set<string>,
    private readonly ctx: ExecContext,
    private readonly hints: PropertyHints | undefined,
    /** The pattern's only relationship: uniqueness holds trivially, so `used` need not be kept for a single hop. */
    private readonly soleRelationship = false,
  ) {
    this.nodeKeys = new Array(part.nodes.length);
    this.relKeys = new Array(part.rels.length);
    // Slots per pattern part and run, not per row (an OPTIONAL MATCH builds a matcher for every input row).
    let slots = partSlots.get(part);
    if (!slots || slots.of !== ctx.slots) {
      const slotOf = (name: string | undefined): number => (name === undefined ? -1 : ctx.slots.of(name));
      slots = {
        of: ctx.slots,
        nodes: part.nodes.map((n) => slotOf(n.variable)),
        rels: part.rels.map((r) => slotOf(r.variable)),
        path: slotOf(part.pathVariable),
        typesKeys: part.rels.map((r) => r.types.join('\u0000')),
        labelKeys: part.nodes.map((n) => (n.labels[0] === undefined ? '' : `\u0001${n.labels[0]}`)),
      };
      partSlots.set(part, slots);
    }
    this.nodeSlots = slots.nodes;
    this.relSlots = slots.rels;
    this.pathSlot = slots.path;
    this.typesKeys = slots.typesKeys;
    this.labelKeys = slots.labelKeys;
    this.readOnly = !ctx.writable;
  }

  *run(): Generator<void> {
    const { start, candidates } = this.chooseStart();
    const steps: Step[] = [];
    const n = this.part.nodes.length;
    for (let j = start; j < n - 1; j++) steps.push({ rel: j, from: j, to: j + 1, direction: this.part.rels[j]!.direction, reversed: false });
    for (let j = start - 1; j >= 0; j--) steps.push({ rel: j, from: j + 1, to: j, direction: flip(this.part.rels[j]!.direction), reversed: true });
    // Read-only: the candidates' attribute objects in one cached array (index lists), not a lookup per candidate.
    const attrs = this.readOnly && candidates.length > 1 ? this.ctx.store.attributesOfNodes(candidates) : undefined;
    for (let c = 0; c < candidates.length; c++) {
      const key = candidates[c]!;
      this.ctx.tick();
      const how = this.bindNode(start, key, attrs?.[c]);
      if (how === NO_FIT) continue;
      // The last step yields itself: no generator per match (see expand).
      if (steps.length === 0 && this.part.pathVariable === undefined) yield;
      else yield* this.expand(steps, 0);
      this.unbindNode(start, how);
    }
  }

  /** Pick the node pattern with the fewest candidates. */
  private chooseStart(): { start: number; candidates: readonly string[] } {
    let best: { start: number; candidates: readonly string[] } | undefined;
    this.part.nodes.forEach((np, i) => {
      // A bound node (one candidate) or an empty list cannot be beaten by much: stop looking.
      if (best && best.candidates.length <= 1) return;
      const candidates = this.candidatesFor(np, i);
      if (!best || candidates.length < best.candidates.length) best = { start: i, candidates };
    });
    return best!;
  }

  private candidatesFor(np: NodePattern, idx: number): readonly string[] {
    const store = this.ctx.store;
    if (np.variable !== undefined) {
      const bound = this.bindings[this.nodeSlots[idx]!];
      if (bound !== undefined) return bound instanceof NodeRef && store.hasNode(bound.key) ? [bound.key] : [];
    }
    const lookups: Lookup[][] = [];
    if (np.properties?.type === 'map') for (const [key, value] of np.properties.entries) lookups.push([{ key, value }]);
    if (np.variable !== undefined) lookups.push(...(this.hints?.nodes.get(np.variable) ?? []));
    const label = np.labels[0];
    let best: readonly string[] | undefined;
    for (const l of np.labels) {
      const list = store.nodesWithLabel(l);
      if (!best || list.length < best.length) best = list;
    }
    if (!best && np.anyLabels) {
      const lists = np.anyLabels.map((l) => store.nodesWithLabel(l));
      best = lists.length === 1 ? lists[0]! : [...new Set(lists.flat())];
    }
    for (const alternatives of lookups) {
      if (!alternatives.every((a) => evaluableWith(a.value, this.bindings, this.ctx.slots))) continue;
      const found = new Set<string>();
      let lists = 0;
      let only: readonly string[] = [];
      for (const a of alternatives) {
        const v = evaluate(a.value, this.bindings, this.ctx);
        const values = a.many ? (Array.isArray(v) ? v : []) : [v];
        for (const x of values) {
          if (x === null) continue;
          only = store.nodesWithProperty(label, a.key, x);
          lists++;
          for (const k of only) found.add(k);
        }
      }
      const list = lists === 1 ? only : [...found];
      if (!best || list.length < best.length) best = list;
      if (list.length === 0) break;
    }
    return best ?? store.allNodes();
  }

  /**
   * Bind node pattern `idx` to `key`: NO_FIT when it does not fit, else whether a
   * variable was set (pass the result to unbindNode).
   */
  private bindNode(idx: number, key: string, attrs?: Record<string, unknown>): number {
    const np = this.part.nodes[idx]!;
    const store = this.ctx.store;
    let setVar = false;
    const slot = this.nodeSlots[idx]!;
    if (slot >= 0) {
      const bound = this.bindings[slot];
      if (bound !== undefined) {
        if (!(bound instanceof NodeRef) || bound.key !== key) return NO_FIT;
      } else setVar = true;
    }
    // One lookup for the label checks and the reference, when the reference may keep the attributes.
    if (attrs === undefined && this.readOnly && setVar) attrs = store.nodeAttributes(key);
    if (attrs !== undefined) {
      for (const l of np.labels) if (!attributesHaveLabel(attrs, l)) return NO_FIT;
      if (np.anyLabels && !np.anyLabels.some((l) => attributesHaveLabel(attrs, l))) return NO_FIT;
    } else {
      for (const l of np.labels) if (!store.hasLabel(key, l)) return NO_FIT;
      if (np.anyLabels && !np.anyLabels.some((l) => store.hasLabel(key, l))) return NO_FIT;
    }
    if (np.properties) {
      const wanted = evalProperties(np.properties, this.bindings, this.ctx);
      if (!propertiesMatch((k) => store.nodeProperty(key, k), wanted)) return NO_FIT;
    }
    if (setVar) this.bindings[slot] = new NodeRef(key, this.readOnly ? attrs : undefined);
    this.nodeKeys[idx] = key;
    return setVar ? BOUND_VAR : BOUND;
  }

  private unbindNode(idx: number, how: number): void {
    if (how === BOUND_VAR) this.bindings[this.nodeSlots[idx]!] = UNBOUND;
  }

  private *expand(steps: Step[], s: number): Generator<void> {
    if (s === steps.length) {
      if (this.pathSlot >= 0) {
        const name = this.pathSlot;
        const path = this.buildPath();
        const existing = this.bindings[name];
        if (existing !== undefined) {
          if (equals(existing, path) === true) yield;
          return;
        }
        this.bindings[name] = path;
        yield;
        this.bindings[name] = UNBOUND;
        return;
      }
      yield;
      return;
    }
    const step = steps[s]!;
    const rp = this.part.rels[step.rel]!;
    // After this step the chain is complete: yield directly rather than through one more generator per match.
    const done = s + 1 === steps.length && this.part.pathVariable === undefined;
    const from = this.nodeKeys[step.from]!;
    const props = evalProperties(rp.properties, this.bindings, this.ctx);
    const onlyType = this.requiredType(rp);
    if (onlyType === null) return;
    const relSlot = this.relSlots[step.rel]!;
    const bound = relSlot >= 0 ? this.bindings[relSlot] : undefined;
    if (rp.range) {
      for (const [end, rels] of this.varLength(from, step.direction, rp, props)) {
        const ordered = step.reversed ? [...rels].reverse() : rels;
        let setVar = false;
        if (relSlot >= 0) {
          if (bound !== undefined) {
            if (!Array.isArray(bound) || bound.length !== ordered.length || bound.some((r, i) => !(r instanceof RelRef) || r.key !== ordered[i])) continue;
          } else setVar = true;
        }
        const how = this.bindNode(step.to, end);
        if (how === NO_FIT) continue;
        if (setVar) this.bindings[relSlot] = ordered.map((k) => new RelRef(k));
        this.relKeys[step.rel] = ordered;
        if (done) yield;
        else yield* this.expand(steps, s + 1);
        if (setVar) this.bindings[relSlot] = UNBOUND;
        this.unbindNode(step.to, how);
      }
      return;
    }
    let candidates: readonly EdgeRecord[];
    if (bound !== undefined) {
      if (!(bound instanceof RelRef) || !this.ctx.store.hasEdge(bound.key)) return;
      const rec = this.ctx.store.edge(bound.key);
      const fits = step.direction === 'out' ? rec.source === from : step.direction === 'in' ? rec.target === from : rec.source === from || rec.target === from;
      candidates = fits ? [rec] : [];
    } else if (step.direction === 'both') candidates = this.ctx.store.edgesAt(from, 'both');
    else {
      // Only the relationships that can match: of the type a WHERE demands or the types the pattern
      // names, else to nodes with the arrival's label (most-cited: 15k Resolution->Resolution of 78k).
      // Subset names: a type as is, several joined by NUL, a label after \u0001.
      const label = this.part.nodes[step.to]!.labels[0];
      const store = this.ctx.store;
      candidates =
        onlyType !== undefined
          ? store.edgesAtFiltered(from, step.direction, onlyType, { types: [onlyType] })
          : rp.types.length > 0
            ? store.edgesAtFiltered(from, step.direction, this.typesKeys[step.rel]!, { types: rp.types })
            : label !== undefined
              ? store.edgesAtFiltered(from, step.direction, this.labelKeys[step.to]!, { label })
              : store.edgesAt(from, step.direction);
    }
    const track = !this.soleRelationship;
    for (const rec of candidates) {
      this.ctx.tick();
      const edge = rec.key;
      if ((onlyType !== undefined && rec.type !== onlyType) || !relMatches(this.ctx, rec, rp, props)) continue;
      const to = arrival(rec, from, step.direction);
      // The arrival's labels first: a cheap test that rejects most relationships of a label-filtered hop.
      const how = this.bindNode(step.to, to, arrivalAttrs(rec, from, step.direction));
      if (how === NO_FIT) continue;
      if (track) {
        if (this.used.has(edge)) {
          this.unbindNode(step.to, how);
          continue;
        }
        this.used.add(edge);
      }
      const setVar = relSlot >= 0 && bound === undefined;
      if (setVar) this.bindings[relSlot] = new RelRef(edge, this.readOnly ? rec : undefined);
      this.relKeys[step.rel] = edge;
      if (done) yield;
      else yield* this.expand(steps, s + 1);
      if (setVar) this.bindings[relSlot] = UNBOUND;
      if (track) this.used.delete(edge);
      this.unbindNode(step.to, how);
    }
  }

  /** The type `type(r) = ...` in WHERE demands of a single relationship: undefined (any), a type, or null (none can match). */
  private requiredType(rp: RelPattern): string | null | undefined {
    if (rp.variable === undefined || rp.range) return undefined;
    const exprs = this.hints?.relTypes.get(rp.variable);
    if (!exprs) return undefined;
    for (const e of exprs) {
      if (!evaluableWith(e, this.bindings, this.ctx.slots)) continue;
      const v = evaluate(e, this.bindings, this.ctx);
      return typeof v === 'string' ? v : null;
    }
    return undefined;
  }

  /** Walks of min..max hops from `start`, relationships unique; yields [end node, relationships in walk order]. */
  private *varLength(start: string, direction: Direction, rp: RelPattern, props: MapValue | undefined): Generator<[string, string[]]> {
    const min = rp.range!.min;
    const max = rp.range!.max ?? Infinity;
    const path: string[] = [];
    const ctx = this.ctx;
    const used = this.used;
    function* dfs(node: string, depth: number): Generator<[string, string[]]> {
      ctx.tick();
      if (depth >= min) yield [node, [...path]];
      if (depth >= max) return;
      for (const rec of ctx.store.edgesAt(node, direction)) {
        const edge = rec.key;
        if (used.has(edge) || !relMatches(ctx, rec, rp, props)) continue;
        const next = arrival(rec, node, direction);
        used.add(edge);
        path.push(edge);
        yield* dfs(next, depth + 1);
        path.pop();
        used.delete(edge);
      }
    }
    // dfs keeps the walk's relationships in `used` while the rest of the pattern matches.
    yield* dfs(start, 0);
  }

  private buildPath(): PathValue {
    const nodes: NodeRef[] = [new NodeRef(this.nodeKeys[0]!)];
    const rels: RelRef[] = [];
    this.part.rels.forEach((_, j) => {
      const r = this.relKeys[j]!;
      let cur = this.nodeKeys[j]!;
      for (const edge of Array.isArray(r) ? r : [r]) {
        cur = otherEnd(this.ctx, edge, cur);
        rels.push(new RelRef(edge));
        nodes.push(new NodeRef(cur));
      }
      // Re-sync in case a self-loop made otherEnd ambiguous.
      nodes[nodes.length - 1] = new NodeRef(this.nodeKeys[j + 1]!);
    });
    return new PathValue(nodes, rels);
  }
}

/** shortestPath / allShortestPaths over a single (usually variable-length) relationship. */
function* matchShortest(part: PatternPart, bindings: Row, used: Set<string>, ctx: ExecContext): Generator<void> {
  if (part.rels.length !== 1) throw typeError('shortestPath(...) requires a pattern with exactly one relationship');
  const rp = part.rels[0]!;
  const [startPattern, endPattern] = [part.nodes[0]!, part.nodes[1]!];
  const single = new ChainMatcher({ nodes: [startPattern], rels: [], span: part.span }, bindings, used, ctx, undefined);
  for (const _a of single.run()) {
    const endMatcher = new ChainMatcher({ nodes: [endPattern], rels: [], span: part.span }, bindings, used, ctx, undefined);
    for (const _b of endMatcher.run()) {
      const aKey = startPattern.variable !== undefined ? (bindings[ctx.slots.of(startPattern.variable)] as NodeRef).key : undefined;
      const bKey = endPattern.variable !== undefined ? (bindings[ctx.slots.of(endPattern.variable)] as NodeRef).key : undefined;
      if (aKey === undefined || bKey === undefined) throw typeError('shortestPath(...) needs named start and end nodes in the embedded engine');
      for (const rels of shortestWalks(ctx, aKey, bKey, rp, bindings, part.shortest === 'all')) {
        const nodes = [new NodeRef(aKey)];
        let cur = aKey;
        for (const r of rels) {
          cur = otherEnd(ctx, r, cur);
          nodes.push(new NodeRef(cur));
        }
        const relSlot = rp.variable !== undefined ? ctx.slots.of(rp.variable) : -1;
        const pathSlot = part.pathVariable !== undefined ? ctx.slots.of(part.pathVariable) : -1;
        const setRel = relSlot >= 0 && bindings[relSlot] === undefined;
        if (setRel) bindings[relSlot] = rp.range ? rels.map((r) => new RelRef(r)) : new RelRef(rels[0]!);
        const setPath = pathSlot >= 0;
        if (setPath) bindings[pathSlot] = new PathValue(nodes, rels.map((r) => new RelRef(r)));
        yield;
        if (setRel) bindings[relSlot] = UNBOUND;
        if (setPath) bindings[pathSlot] = UNBOUND;
      }
    }
  }
}

function shortestWalks(ctx: ExecContext, from: string, to: string, rp: RelPattern, bindings: Row, all: boolean): string[][] {
  const min = rp.range ? rp.range.min : 1;
  const max = rp.range ? (rp.range.max ?? Infinity) : 1;
  if (from === to) return min === 0 ? [[]] : [];
  const props = evalProperties(rp.properties, bindings, ctx);
  const depth = new Map<string, number>([[from, 0]]);
  const preds = new Map<string, [string, string][]>();
  let frontier = [from];
  let d = 0;
  while (frontier.length > 0 && d < max && !depth.has(to)) {
    d++;
    const next: string[] = [];
    for (const node of frontier) {
      for (const rec of ctx.store.edgesAt(node, rp.direction)) {
        ctx.tick();
        const edge = rec.key;
        if (!relMatches(ctx, rec, rp, props)) continue;
        const other = arrival(rec, node, rp.direction);
        const seen = depth.get(other);
        if (seen === undefined) {
          depth.set(other, d);
          next.push(other);
          preds.set(other, [[node, edge]]);
        } else if (seen === d) preds.get(other)!.push([node, edge]);
      }
    }
    frontier = next;
  }
  if (!depth.has(to) || depth.get(to)! < min) return [];
  const walks: string[][] = [];
  const back = (node: string, suffix: string[]): void => {
    if (node === from) {
      walks.push(suffix);
      return;
    }
    for (const [prev, edge] of preds.get(node) ?? []) {
      if (!all && walks.length > 0) return;
      back(prev, [edge, ...suffix]);
    }
  };
  back(to, []);
  return all ? walks : walks.slice(0, 1);
}
