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

/** Called once per match, with the matcher's bindings in place; false = stop matching. */
export type OnMatch = () => boolean;

/**
 * The matches of one pattern, pushed to a callback as states of a bindings row
 * (a copy of the input row the matcher binds in place and unbinds on the way
 * back). Made once per MATCH clause and reused for every input row: an OPTIONAL
 * MATCH per row then costs no matcher, uniqueness set or step list. Not
 * re-entrant: one match at a time (each clause has its own).
 */
export class PatternMatcher {
  private readonly parts: (ChainMatcher | ShortestMatcher)[];
  private bindings: Row = [];
  private onMatch: OnMatch = () => true;
  /** Per part but the last: continue with the next part (made once, not per match). */
  private readonly continuations: OnMatch[];

  constructor(pattern: Pattern, ctx: ExecContext, hints?: PropertyHints) {
    // Relationship uniqueness across the whole pattern; a sole relationship needs no tracking.
    const used = new Set<string>();
    const sole = pattern.length === 1 && pattern[0]!.rels.length === 1;
    this.parts = pattern.map((part) => (part.shortest ? new ShortestMatcher(part, used, ctx) : new ChainMatcher(part, used, ctx, hints, sole)));
    this.continuations = this.parts.map((_, i) => () => this.from(i + 1));
  }

  /** Calls onMatch per match of the pattern on `bindings`; false when onMatch stopped it. */
  each(bindings: Row, onMatch: OnMatch): boolean {
    if (this.parts.length === 1) return this.parts[0]!.each(bindings, onMatch);
    this.bindings = bindings;
    this.onMatch = onMatch;
    return this.from(0);
  }

  private from(i: number): boolean {
    if (i === this.parts.length) return this.onMatch();
    return this.parts[i]!.each(this.bindings, i === this.parts.length - 1 ? this.onMatch : this.continuations[i]!);
  }
}

/** Calls visit per match of a pattern on a row with the bindings in place (valid during the call); false = stop. */
export function eachMatch(pattern: Pattern, row: Row, ctx: ExecContext, visit: (bindings: Row) => boolean): void {
  const bindings = row.slice();
  new PatternMatcher(pattern, ctx).each(bindings, () => visit(bindings));
}

/** Every match of a pattern on a row, each a copy of the row with the pattern's variables bound. */
export function matchAll(pattern: Pattern, row: Row, ctx: ExecContext): Row[] {
  const out: Row[] = [];
  const bindings = row.slice();
  new PatternMatcher(pattern, ctx).each(bindings, () => {
    out.push(bindings.slice());
    return true;
  });
  return out;
}

/** Marks a pattern variable not bound (yet). */
const UNBOUND = undefined as unknown as Value;

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

/** The reference (read-only runs) to the node a step along `rec` from `from` arrives at. */
const arrivalRef = (rec: EdgeRecord, from: string, direction: Direction): NodeRef =>
  direction === 'out' ? rec.targetRef : direction === 'in' ? rec.sourceRef : rec.source === from ? rec.targetRef : rec.sourceRef;

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

const NO_KEYS: readonly string[] = [];
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
  private bindings: Row = [];
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
  /** The steps from each possible start node, made on first use. */
  private readonly stepsFrom: (Step[] | undefined)[];
  /** Set by chooseStart: the start node's candidates. */
  private candidates: readonly string[] = [];
  private readonly oneKey: string[] = [''];
  private readonly oneTypeList: string[] = [''];

  /** A one-type list, reused (edgesAtFiltered reads it only to fill its cache). */
  private oneType(type: string): readonly string[] {
    this.oneTypeList[0] = type;
    return this.oneTypeList;
  }

  constructor(
    private readonly part: PatternPart,
    private readonly used: Set<string>,
    private readonly ctx: ExecContext,
    private readonly hints: PropertyHints | undefined,
    /** The pattern's only relationship: uniqueness holds trivially, so `used` need not be kept for a single hop. */
    private readonly soleRelationship = false,
  ) {
    this.nodeKeys = new Array(part.nodes.length);
    this.relKeys = new Array(part.rels.length);
    this.stepsFrom = new Array(part.nodes.length);
    // Slots per pattern part and run (pattern comprehensions make a matcher per row).
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

  private stepsFor(start: number): Step[] {
    let steps = this.stepsFrom[start];
    if (!steps) {
      steps = [];
      const n = this.part.nodes.length;
      for (let j = start; j < n - 1; j++) steps.push({ rel: j, from: j, to: j + 1, direction: this.part.rels[j]!.direction, reversed: false });
      for (let j = start - 1; j >= 0; j--) steps.push({ rel: j, from: j + 1, to: j, direction: flip(this.part.rels[j]!.direction), reversed: true });
      this.stepsFrom[start] = steps;
    }
    return steps;
  }

  /**
   * Calls onMatch per match of the chain on `bindings` (bound in place, unbound
   * again before returning); false when onMatch stopped it.
   */
  each(bindings: Row, onMatch: OnMatch): boolean {
    this.bindings = bindings;
    const start = this.chooseStart();
    const candidates = this.candidates;
    const steps = this.stepsFor(start);
    const direct = steps.length === 0 && this.pathSlot < 0;
    // Read-only: the candidates' attribute objects in one cached array (index lists), not a lookup per candidate.
    const refs = this.readOnly && candidates.length > 1 ? this.ctx.store.refsOfNodes(candidates) : undefined;
    for (let c = 0; c < candidates.length; c++) {
      const key = candidates[c]!;
      this.ctx.tick();
      const ref = refs?.[c];
      const how = this.bindNode(start, key, ref?.attrs, ref);
      if (how === NO_FIT) continue;
      const go = direct ? onMatch() : this.expand(steps, 0, onMatch);
      this.unbindNode(start, how);
      if (!go) return false;
    }
    return true;
  }

  /** Pick the node pattern with the fewest candidates (left in this.candidates); returns its index. */
  private chooseStart(): number {
    let start = -1;
    let best: readonly string[] = NO_KEYS;
    const nodes = this.part.nodes;
    for (let i = 0; i < nodes.length; i++) {
      // A bound node (one candidate) or an empty list cannot be beaten by much: stop looking.
      if (start >= 0 && best.length <= 1) break;
      const candidates = this.candidatesFor(nodes[i]!, i);
      if (start < 0 || candidates.length < best.length) {
        start = i;
        // May be the reused one-key list: nothing looks at another node after it (length 1 stops the loop).
        best = candidates;
      }
    }
    this.candidates = best;
    return start;
  }

  private candidatesFor(np: NodePattern, idx: number): readonly string[] {
    const store = this.ctx.store;
    if (np.variable !== undefined) {
      const bound = this.bindings[this.nodeSlots[idx]!];
      if (bound !== undefined) {
        if (!(bound instanceof NodeRef)) return NO_KEYS;
        // A reference with attributes comes from the graph in this read-only run: the node exists.
        if (bound.attrs === undefined || !this.readOnly) {
          if (!store.hasNode(bound.key)) return NO_KEYS;
        }
        this.oneKey[0] = bound.key;
        return this.oneKey;
      }
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
  private bindNode(idx: number, key: string, attrs?: Readonly<Record<string, unknown>>, ref?: NodeRef): number {
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
    // Read-only: a reference made once (with the record or the candidate list) where there is one.
    if (setVar) this.bindings[slot] = this.readOnly ? (ref ?? new NodeRef(key, attrs)) : new NodeRef(key);
    this.nodeKeys[idx] = key;
    return setVar ? BOUND_VAR : BOUND;
  }

  private unbindNode(idx: number, how: number): void {
    if (how === BOUND_VAR) this.bindings[this.nodeSlots[idx]!] = UNBOUND;
  }

  /** The chain is complete: bind the path variable, if any, and report the match. */
  private complete(onMatch: OnMatch): boolean {
    if (this.pathSlot < 0) return onMatch();
    const slot = this.pathSlot;
    const path = this.buildPath();
    const existing = this.bindings[slot];
    if (existing !== undefined) return equals(existing, path) === true ? onMatch() : true;
    this.bindings[slot] = path;
    const go = onMatch();
    this.bindings[slot] = UNBOUND;
    return go;
  }

  private expand(steps: Step[], s: number, onMatch: OnMatch): boolean {
    if (s === steps.length) return this.complete(onMatch);
    const step = steps[s]!;
    const rp = this.part.rels[step.rel]!;
    // After this step the chain is complete: report directly.
    const done = s + 1 === steps.length && this.pathSlot < 0;
    const from = this.nodeKeys[step.from]!;
    const props = evalProperties(rp.properties, this.bindings, this.ctx);
    const onlyType = this.requiredType(rp);
    if (onlyType === null) return true;
    const relSlot = this.relSlots[step.rel]!;
    const bound = relSlot >= 0 ? this.bindings[relSlot] : undefined;
    if (rp.range) {
      return this.varLength(from, step.direction, rp, props, (end, rels) => {
        const ordered = step.reversed ? [...rels].reverse() : rels.slice();
        let setVar = false;
        if (relSlot >= 0) {
          if (bound !== undefined) {
            if (!Array.isArray(bound) || bound.length !== ordered.length || bound.some((r, i) => !(r instanceof RelRef) || r.key !== ordered[i])) return true;
          } else setVar = true;
        }
        const how = this.bindNode(step.to, end);
        if (how === NO_FIT) return true;
        if (setVar) this.bindings[relSlot] = ordered.map((k) => new RelRef(k));
        this.relKeys[step.rel] = ordered;
        const go = done ? onMatch() : this.expand(steps, s + 1, onMatch);
        if (setVar) this.bindings[relSlot] = UNBOUND;
        this.unbindNode(step.to, how);
        return go;
      });
    }
    let candidates: readonly EdgeRecord[];
    if (bound !== undefined) {
      if (!(bound instanceof RelRef) || !this.ctx.store.hasEdge(bound.key)) return true;
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
          ? store.edgesAtFiltered(from, step.direction, onlyType, this.oneType(onlyType))
          : rp.types.length > 0
            ? store.edgesAtFiltered(from, step.direction, this.typesKeys[step.rel]!, rp.types)
            : label !== undefined
              ? store.edgesAtFiltered(from, step.direction, this.labelKeys[step.to]!, undefined, label)
              : store.edgesAt(from, step.direction);
    }
    const track = !this.soleRelationship;
    const setVar = relSlot >= 0 && bound === undefined;
    for (let i = 0; i < candidates.length; i++) {
      const rec = candidates[i]!;
      this.ctx.tick();
      const edge = rec.key;
      if ((onlyType !== undefined && rec.type !== onlyType) || !relMatches(this.ctx, rec, rp, props)) continue;
      const to = arrival(rec, from, step.direction);
      // The arrival's labels first: a cheap test that rejects most relationships of a label-filtered hop.
      const how = this.bindNode(step.to, to, arrivalAttrs(rec, from, step.direction), arrivalRef(rec, from, step.direction));
      if (how === NO_FIT) continue;
      if (track) {
        if (this.used.has(edge)) {
          this.unbindNode(step.to, how);
          continue;
        }
        this.used.add(edge);
      }
      if (setVar) this.bindings[relSlot] = this.readOnly ? rec.ref : new RelRef(edge);
      this.relKeys[step.rel] = edge;
      const go = done ? onMatch() : this.expand(steps, s + 1, onMatch);
      if (setVar) this.bindings[relSlot] = UNBOUND;
      if (track) this.used.delete(edge);
      this.unbindNode(step.to, how);
      if (!go) return false;
    }
    return true;
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

  /**
   * Walks of min..max hops from `start`, relationships unique: calls visit with the
   * end node and the walk's relationships (a shared array: copy to keep); false when visit stopped it.
   */
  private varLength(start: string, direction: Direction, rp: RelPattern, props: MapValue | undefined, visit: (end: string, rels: string[]) => boolean): boolean {
    const min = rp.range!.min;
    const max = rp.range!.max ?? Infinity;
    const path: string[] = [];
    const ctx = this.ctx;
    const used = this.used;
    // dfs keeps the walk's relationships in `used` while the rest of the pattern matches.
    const dfs = (node: string, depth: number): boolean => {
      ctx.tick();
      if (depth >= min && !visit(node, path)) return false;
      if (depth >= max) return true;
      for (const rec of ctx.store.edgesAt(node, direction)) {
        const edge = rec.key;
        if (used.has(edge) || !relMatches(ctx, rec, rp, props)) continue;
        const next = arrival(rec, node, direction);
        used.add(edge);
        path.push(edge);
        const go = dfs(next, depth + 1);
        path.pop();
        used.delete(edge);
        if (!go) return false;
      }
      return true;
    };
    return dfs(start, 0);
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
class ShortestMatcher {
  private readonly startMatcher: ChainMatcher;
  private readonly endMatcher: ChainMatcher;

  constructor(
    private readonly part: PatternPart,
    used: Set<string>,
    private readonly ctx: ExecContext,
  ) {
    if (part.rels.length !== 1) throw typeError('shortestPath(...) requires a pattern with exactly one relationship');
    this.startMatcher = new ChainMatcher({ nodes: [part.nodes[0]!], rels: [], span: part.span }, used, ctx, undefined);
    this.endMatcher = new ChainMatcher({ nodes: [part.nodes[1]!], rels: [], span: part.span }, used, ctx, undefined);
  }

  each(bindings: Row, onMatch: OnMatch): boolean {
    const { part, ctx } = this;
    const rp = part.rels[0]!;
    const [startPattern, endPattern] = [part.nodes[0]!, part.nodes[1]!];
    return this.startMatcher.each(bindings, () =>
      this.endMatcher.each(bindings, () => {
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
          const go = onMatch();
          if (setRel) bindings[relSlot] = UNBOUND;
          if (setPath) bindings[pathSlot] = UNBOUND;
          if (!go) return false;
        }
        return true;
      }),
    );
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
