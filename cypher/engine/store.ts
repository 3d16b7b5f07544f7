// The graphology graph seen as a property graph: labels from `kind` (or
// `labels`), relationship type from `type`, stable numeric identities, a label
// index and lazily built property-equality indexes, and conversion of values in
// and out of the engine.
import type { AbstractGraph as Graph } from 'graphology-types';
import { Integer, Node, Path, PathSegment, Relationship, int, isInt } from 'neo4j-driver-core';
import { CypherError, ErrorCode, typeError } from './errors.js';
import { hashKey, isMap, NodeRef, PathValue, putOwn, RelRef, rememberListKey, type MapValue, type Value } from './values.js';

type Attributes = Record<string, unknown>;

const NODE_META = new Set(['kind', 'labels']);
const EDGE_META = new Set(['type']);

/** A relationship as the matcher sees it: resolved once per graph version. */
export interface EdgeRecord {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly attrs: Attributes;
  /** The end nodes' attribute objects, so a label check on an arrival needs no lookup (dropped with the records when a node changes). */
  readonly sourceAttrs: Attributes;
  readonly targetAttrs: Attributes;
  /**
   * References to the relationship and its ends carrying the attributes, made once with the
   * record: a read-only run binds these instead of allocating references per match (the
   * records are dropped whenever the graph changes, so they never go stale).
   */
  readonly ref: RelRef;
  readonly sourceRef: NodeRef;
  readonly targetRef: NodeRef;
}

/** Whether a node's attributes carry a label (`labels` list, else `kind`). */
export function attributesHaveLabel(attrs: Attributes, label: string): boolean {
  const labels = attrs['labels'];
  if (labels !== undefined && Array.isArray(labels)) return labels.includes(label);
  return attrs['kind'] === label;
}

/**
 * Relationship records, filled lazily per node on first visit: a selective query
 * touches a few nodes, a full scan fills it as it goes; no up-front pass over
 * hundreds of thousands of edges.
 */
interface Adjacency {
  edges: Map<string, EdgeRecord>;
  out: Map<string, EdgeRecord[]>;
  in: Map<string, EdgeRecord[]>;
  /**
   * Subsets of a node's out/in records by relationship type ('t' + type) or by the
   * far end's label ('l' + label), so that a typed or label-filtered hop visits only
   * the relationships that can match. Same order as the full lists.
   */
  outBy: Map<string, Map<string, EdgeRecord[]>>;
  inBy: Map<string, Map<string, EdgeRecord[]>>;
}

const emptyAdjacency = (): Adjacency => ({ edges: new Map(), out: new Map(), in: new Map(), outBy: new Map(), inBy: new Map() });

const NO_EDGES: EdgeRecord[] = [];
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export class GraphStore {
  private adjacency: Adjacency = emptyAdjacency();
  private nodeIds: Map<string, number> | undefined;
  private relIds: Map<string, number> | undefined;
  private nextNodeId = 0;
  private nextRelId = 0;
  private labelIndex: Map<string, string[]> | undefined;
  private allNodeKeys: readonly string[] | undefined;
  private propertyIndexes = new Map<string, Map<string, string[]>>();
  /** Node attribute objects by key (graphology mutates them in place; replaced ones are dropped on its events). */
  private attributeCache = new Map<string, Attributes>();
  private listAttributes = new WeakMap<readonly string[], readonly Attributes[]>();
  private listRefs = new WeakMap<readonly string[], readonly NodeRef[]>();
  private readonly kindLabels = new Map<string, string[]>();
  /** Entities the engine wrote: their JS numbers are floats, their integers bigints. */
  private readonly writtenNodes = new Set<string>();
  private readonly writtenRels = new Set<string>();
  private keyCounter = 0;

  constructor(readonly graph: Graph) {
    const invalidate = (): void => {
      this.labelIndex = undefined;
      this.allNodeKeys = undefined;
      this.propertyIndexes.clear();
    };
    graph.on('nodeAdded', ({ key }: { key: string }) => {
      if (this.nodeIds && !this.nodeIds.has(key)) this.nodeIds.set(key, this.nextNodeId++);
      invalidate();
    });
    graph.on('edgeAdded', ({ key, source, target }: { key: string; source: string; target: string }) => {
      if (this.relIds && !this.relIds.has(key)) this.relIds.set(key, this.nextRelId++);
      this.dropRecordsAt(source, target);
    });
    graph.on('edgeDropped', ({ key, source, target }: { key: string; source: string; target: string }) => {
      this.adjacency.edges.delete(key);
      this.dropRecordsAt(source, target);
    });
    const dropAdjacency = (): void => {
      this.adjacency = emptyAdjacency();
    };
    graph.on('edgeAttributesUpdated', dropAdjacency);
    graph.on('edgesCleared', dropAdjacency);
    graph.on('nodeDropped', dropAdjacency);
    graph.on('nodeDropped', ({ key }: { key: string }) => {
      this.attributeCache.delete(key);
      invalidate();
    });
    graph.on('nodeAttributesUpdated', ({ key }: { key: string }) => {
      this.attributeCache.delete(key);
      this.listAttributes = new WeakMap();
      this.listRefs = new WeakMap();
      invalidate();
      // Relationship records hold their end nodes' attribute objects, which a replace swaps.
      dropAdjacency();
    });
    graph.on('cleared', () => {
      invalidate();
      this.attributeCache = new Map();
      dropAdjacency();
      this.nodeIds = undefined;
      this.relIds = undefined;
    });
  }

  private dropRecordsAt(source: string, target: string): void {
    this.adjacency.out.delete(source);
    this.adjacency.outBy.delete(source);
    this.adjacency.in.delete(target);
    this.adjacency.inBy.delete(target);
  }

  // ---- identity ------------------------------------------------------------

  nodeId(key: string): number {
    if (!this.nodeIds) {
      this.nodeIds = new Map();
      this.nextNodeId = 0;
      for (const k of this.graph.nodes()) this.nodeIds.set(k, this.nextNodeId++);
    }
    let id = this.nodeIds.get(key);
    if (id === undefined) {
      id = this.nextNodeId++;
      this.nodeIds.set(key, id);
    }
    return id;
  }

  relId(key: string): number {
    if (!this.relIds) {
      this.relIds = new Map();
      this.nextRelId = 0;
      for (const k of this.graph.edges()) this.relIds.set(k, this.nextRelId++);
    }
    let id = this.relIds.get(key);
    if (id === undefined) {
      id = this.nextRelId++;
      this.relIds.set(key, id);
    }
    return id;
  }

  entityId = (v: NodeRef | RelRef): number => (v instanceof NodeRef ? this.nodeId(v.key) : this.relId(v.key));

  // ---- nodes ---------------------------------------------------------------

  hasNode(key: string): boolean {
    return this.graph.hasNode(key);
  }

  /** A node's attributes: those its reference carries, else looked up by key. */
  private attrsOf(node: string | NodeRef): Attributes {
    if (typeof node === 'string') return this.nodeAttributes(node);
    return (node.attrs as Attributes | undefined) ?? this.nodeAttributes(node.key);
  }

  nodeAttributes(key: string): Attributes {
    let attrs = this.attributeCache.get(key);
    if (attrs) return attrs;
    try {
      // One lookup; graphology throws for a missing node.
      attrs = this.graph.getNodeAttributes(key) as Attributes;
    } catch {
      throw new CypherError(ErrorCode.EntityNotFound, `Node with id ${key} has been deleted in this transaction`);
    }
    this.attributeCache.set(key, attrs);
    return attrs;
  }

  labels(node: string | NodeRef): string[] {
    const attrs = this.attrsOf(node);
    const labels = attrs['labels'];
    if (Array.isArray(labels)) return labels.filter((l): l is string => typeof l === 'string');
    const kind = attrs['kind'];
    if (typeof kind !== 'string' || kind === '') return [];
    // One list per kind, shared (engine values are never changed in place), with its
    // grouping key computed once: `labels(n)` as a grouping key costs no string per row.
    let list = this.kindLabels.get(kind);
    if (!list) {
      this.kindLabels.set(kind, (list = [kind]));
      rememberListKey(list);
    }
    return list;
  }

  hasLabel(node: string | NodeRef, label: string): boolean {
    return attributesHaveLabel(this.attrsOf(node), label);
  }

  nodeProperty(node: string | NodeRef, prop: string): Value {
    const attrs = this.attrsOf(node);
    if (NODE_META.has(prop)) return null;
    const key = typeof node === 'string' ? node : node.key;
    return this.property(attrs, prop, key, this.writtenNodes.size !== 0 && this.writtenNodes.has(key));
  }

  nodeProperties(node: string | NodeRef): MapValue {
    const key = typeof node === 'string' ? node : node.key;
    return this.properties(this.attrsOf(node), NODE_META, key, this.writtenNodes.has(key));
  }

  /**
   * One property. Entities from an ingested graph read as the Neo4j writer
   * (graph/neo4j/writer.ts) stores them: their key as `key`, and values through
   * toNeo4jLike; entities the engine wrote read back exactly.
   */
  private property(attrs: Attributes, prop: string, key: string, written: boolean): Value {
    // Only own attributes are properties (`n.__proto__`, `n.constructor` are absent unless set). The
    // own-check is skipped for ingested entities but for "__proto__": any other inherited member is a
    // function, which toNeo4jLike turns into undefined (absent) anyway.
    const raw = written || prop === '__proto__' ? (Object.hasOwn(attrs, prop) ? attrs[prop] : undefined) : attrs[prop];
    if (written) return raw === undefined ? null : fromAttribute(raw, true);
    if (prop === 'key') return key;
    return fromAttribute(toNeo4jLike(raw), false);
  }

  private properties(attrs: Attributes, meta: Set<string>, key: string, written: boolean): MapValue {
    const out: MapValue = {};
    if (!written) out['key'] = key;
    for (const [k, v] of Object.entries(attrs)) {
      if (meta.has(k) || v === undefined || v === null || (!written && k === 'key')) continue;
      const value = this.property(attrs, k, key, written);
      if (value !== null) putOwn(out, k, value);
    }
    return out;
  }

  /** Node keys carrying a label (from the label index). */
  nodesWithLabel(label: string): readonly string[] {
    if (!this.labelIndex) {
      const index = new Map<string, string[]>();
      this.graph.forEachNode((key: string, attrs: Attributes) => {
        const labels = Array.isArray(attrs['labels']) ? (attrs['labels'] as unknown[]) : typeof attrs['kind'] === 'string' ? [attrs['kind']] : [];
        for (const l of labels) {
          if (typeof l !== 'string') continue;
          let list = index.get(l);
          if (!list) index.set(l, (list = []));
          list.push(key);
        }
      });
      this.labelIndex = index;
    }
    return this.labelIndex.get(label) ?? [];
  }

  /** Node keys with `label` (any label when undefined) whose property `prop` is equivalent to `value` (built on first use). */
  nodesWithProperty(label: string | undefined, prop: string, value: Value): readonly string[] {
    const indexKey = `${label ?? ''}\u0000${prop}`;
    let index = this.propertyIndexes.get(indexKey);
    if (!index) {
      index = new Map();
      for (const key of label === undefined ? this.graph.nodes() : this.nodesWithLabel(label)) {
        const v = this.nodeProperty(key, prop);
        if (v === null) continue;
        const h = hashKey(v);
        let list = index.get(h);
        if (!list) index.set(h, (list = []));
        list.push(key);
      }
      this.propertyIndexes.set(indexKey, index);
    }
    return index.get(hashKey(value)) ?? [];
  }

  /**
   * The attribute objects of a list of node keys, in order; cached per list, so the
   * label and property index lists (kept until the graph changes) pay the lookups once.
   */
  attributesOfNodes(keys: readonly string[]): readonly Attributes[] {
    let attrs = this.listAttributes.get(keys);
    if (!attrs) {
      attrs = keys.map((k) => this.nodeAttributes(k));
      this.listAttributes.set(keys, attrs);
    }
    return attrs;
  }

  /** Read-only references (with attributes) to a list of node keys, in order; cached per list like attributesOfNodes. */
  refsOfNodes(keys: readonly string[]): readonly NodeRef[] {
    let refs = this.listRefs.get(keys);
    if (!refs) {
      const attrs = this.attributesOfNodes(keys);
      refs = keys.map((k, i) => new NodeRef(k, attrs[i]));
      this.listRefs.set(keys, refs);
    }
    return refs;
  }

  /** Every node key (kept until the node set changes; callers must not mutate it). */
  allNodes(): readonly string[] {
    return (this.allNodeKeys ??= this.graph.nodes());
  }

  nodeCount(): number {
    return this.graph.order;
  }

  // ---- relationships -------------------------------------------------------

  private record(key: string, attrs: Attributes, source: string, target: string, sourceAttrs: Attributes, targetAttrs: Attributes): EdgeRecord {
    let rec = this.adjacency.edges.get(key);
    if (!rec) {
      const type = attrs['type'];
      const partial = { key, source, target, type: typeof type === 'string' ? type : '', attrs, sourceAttrs, targetAttrs, ref: undefined as unknown as RelRef, sourceRef: new NodeRef(source, sourceAttrs), targetRef: new NodeRef(target, targetAttrs) };
      partial.ref = new RelRef(key, partial);
      rec = partial;
      this.adjacency.edges.set(key, rec);
    }
    return rec;
  }

  edge(key: string): EdgeRecord {
    const rec = this.adjacency.edges.get(key);
    if (rec) return rec;
    if (!this.graph.hasEdge(key)) throw new CypherError(ErrorCode.EntityNotFound, `Relationship with id ${key} has been deleted in this transaction`);
    const source = this.graph.source(key);
    const target = this.graph.target(key);
    return this.record(key, this.graph.getEdgeAttributes(key) as Attributes, source, target, this.nodeAttributes(source), this.nodeAttributes(target));
  }

  hasEdge(key: string): boolean {
    return this.adjacency.edges.has(key) || this.graph.hasEdge(key);
  }

  private outRecords(node: string): readonly EdgeRecord[] {
    let list = this.adjacency.out.get(node);
    if (!list) {
      if (!this.graph.hasNode(node)) return NO_EDGES;
      const recs: EdgeRecord[] = [];
      this.graph.forEachOutEdge(node, (key: string, attrs: Attributes, source: string, target: string, sourceAttrs: Attributes, targetAttrs: Attributes) =>
          void recs.push(this.record(key, attrs, source, target, sourceAttrs, targetAttrs)));
      this.adjacency.out.set(node, (list = recs));
    }
    return list;
  }

  private inRecords(node: string): readonly EdgeRecord[] {
    let list = this.adjacency.in.get(node);
    if (!list) {
      if (!this.graph.hasNode(node)) return NO_EDGES;
      const recs: EdgeRecord[] = [];
      this.graph.forEachInEdge(node, (key: string, attrs: Attributes, source: string, target: string, sourceAttrs: Attributes, targetAttrs: Attributes) =>
          void recs.push(this.record(key, attrs, source, target, sourceAttrs, targetAttrs)));
      this.adjacency.in.set(node, (list = recs));
    }
    return list;
  }

  /** Relationships at a node in a direction ('both': each self-loop once). */
  edgesAt(node: string, direction: 'out' | 'in' | 'both'): readonly EdgeRecord[] {
    if (direction === 'out') return this.outRecords(node);
    if (direction === 'in') return this.inRecords(node);
    const out = this.outRecords(node);
    const inn = this.inRecords(node);
    if (inn.length === 0) return out;
    const both = out.slice();
    for (const rec of inn) if (rec.source !== rec.target) both.push(rec);
    return both;
  }

  /**
   * The out or in relationships at a node of some types (`types`), or else whose far
   * end has a label (`label`): a filtered copy of edgesAt, cached per node under
   * `subsetKey` (the caller's stable name for the filter, so no key is built per call).
   */
  edgesAtFiltered(node: string, direction: 'out' | 'in', subsetKey: string, types: readonly string[] | undefined, label?: string): readonly EdgeRecord[] {
    const cache = direction === 'out' ? this.adjacency.outBy : this.adjacency.inBy;
    let subsets = cache.get(node);
    if (!subsets) cache.set(node, (subsets = new Map()));
    let list = subsets.get(subsetKey);
    if (!list) {
      const all = this.edgesAt(node, direction);
      if (types !== undefined) list = all.filter((rec) => types.includes(rec.type));
      else list = all.filter((rec) => attributesHaveLabel(direction === 'out' ? rec.targetAttrs : rec.sourceAttrs, label!));
      subsets.set(subsetKey, list);
    }
    return list;
  }

  /** A relationship's record: the one its reference carries, else looked up by key. */
  private recordOf(rel: string | RelRef): EdgeRecord {
    if (typeof rel === 'string') return this.edge(rel);
    return rel.rec ?? this.edge(rel.key);
  }

  relType(rel: string | RelRef): string {
    return this.recordOf(rel).type;
  }

  relProperty(rel: string | RelRef, prop: string): Value {
    if (EDGE_META.has(prop)) return null;
    const rec = this.recordOf(rel);
    return this.property(rec.attrs, prop, rec.key, this.writtenRels.size !== 0 && this.writtenRels.has(rec.key));
  }

  relProperties(rel: string | RelRef): MapValue {
    const rec = this.recordOf(rel);
    return this.properties(rec.attrs, EDGE_META, rec.key, this.writtenRels.has(rec.key));
  }

  source(rel: string | RelRef): string {
    return this.recordOf(rel).source;
  }

  target(rel: string | RelRef): string {
    return this.recordOf(rel).target;
  }

  // ---- writes (writable engines only) --------------------------------------

  createNode(labels: string[], props: MapValue): string {
    let key: string;
    do key = `_n${this.keyCounter++}`;
    while (this.graph.hasNode(key));
    this.writtenNodes.add(key);
    const attrs: Attributes = {};
    if (labels.length === 1) attrs['kind'] = labels[0];
    else if (labels.length > 1) attrs['labels'] = [...new Set(labels)];
    for (const [k, v] of Object.entries(props)) if (v !== null) putOwn(attrs, k, this.toAttribute(v));
    this.graph.addNode(key, attrs);
    return key;
  }

  createRel(type: string, source: string, target: string, props: MapValue): string {
    let key: string;
    do key = `_r${this.keyCounter++}`;
    while (this.graph.hasEdge(key));
    this.writtenRels.add(key);
    const attrs: Attributes = { type };
    for (const [k, v] of Object.entries(props)) if (v !== null) putOwn(attrs, k, this.toAttribute(v));
    this.graph.addDirectedEdgeWithKey(key, source, target, attrs);
    return key;
  }

  setNodeProperty(key: string, prop: string, value: Value): void {
    this.nodeAttributes(key);
    this.markFloats(this.writtenNodes, key, () => this.graph.getNodeAttributes(key) as Attributes);
    if (value === null) this.graph.removeNodeAttribute(key, prop);
    else this.graph.setNodeAttribute(key, prop, this.toAttribute(value));
  }

  setRelProperty(key: string, prop: string, value: Value): void {
    this.edge(key);
    this.markFloats(this.writtenRels, key, () => this.graph.getEdgeAttributes(key) as Attributes);
    if (value === null) this.graph.removeEdgeAttribute(key, prop);
    else this.graph.setEdgeAttribute(key, prop, this.toAttribute(value));
  }

  /** Before the engine first writes to an ingested entity, store its numbers in the engine's own form. */
  private markFloats(written: Set<string>, key: string, attrs: () => Attributes): void {
    if (written.has(key)) return;
    const a = attrs();
    for (const [k, v] of Object.entries(a)) {
      if (NODE_META.has(k) || EDGE_META.has(k)) continue;
      const converted = fromAttribute(v, false);
      a[k] = this.toAttribute(converted);
    }
    written.add(key);
  }


  setLabels(key: string, labels: string[], add: boolean): void {
    const current = this.labels(key);
    const next = add ? [...new Set([...current, ...labels])] : current.filter((l) => !labels.includes(l));
    this.graph.removeNodeAttribute(key, 'labels');
    this.graph.removeNodeAttribute(key, 'kind');
    if (next.length === 1) this.graph.setNodeAttribute(key, 'kind', next[0]);
    else if (next.length > 1) this.graph.setNodeAttribute(key, 'labels', next);
  }

  deleteNode(key: string, detach: boolean): void {
    if (!this.graph.hasNode(key)) return;
    if (!detach && this.graph.degree(key) > 0) {
      throw new CypherError(
        'Neo.ClientError.Schema.ConstraintValidationFailed',
        `Cannot delete node<${this.nodeId(key)}>, because it still has relationships. To delete this node, you must first delete its relationships.`,
      );
    }
    this.graph.dropNode(key);
  }

  deleteRel(key: string): void {
    if (this.graph.hasEdge(key)) this.graph.dropEdge(key);
  }

  // ---- conversions ---------------------------------------------------------

  private toAttribute(v: Value): unknown {
    if (v instanceof NodeRef || v instanceof RelRef || v instanceof PathValue || isMap(v)) {
      throw typeError(`Property values can only be of primitive types or arrays thereof`);
    }
    if (Array.isArray(v)) {
      return v.map((x) => {
        if (x === null || Array.isArray(x) || typeof x === 'object') throw typeError('Property values can only be of primitive types or arrays thereof');
        return x;
      });
    }
    return v;
  }

  /** Engine value -> what neo4j-driver would hand out. */
  toDriver(v: Value): unknown {
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
    // int(bigint) parses the decimal text; an integer in the safe range converts directly (same Integer).
    if (typeof v === 'bigint') return v >= MIN_SAFE && v <= MAX_SAFE ? Integer.fromNumber(Number(v)) : int(v);
    if (Array.isArray(v)) return v.map((x) => this.toDriver(x));
    if (v instanceof NodeRef) return this.driverNode(v.key);
    if (v instanceof RelRef) return this.driverRel(v.key);
    if (v instanceof PathValue) {
      const nodes = v.nodes.map((n) => this.driverNode(n.key));
      const segments = v.rels.map((r, i) => new PathSegment(nodes[i]!, this.driverRel(r.key), nodes[i + 1]!));
      return new Path(nodes[0]!, nodes[nodes.length - 1]!, segments);
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) putOwn(out, k, this.toDriver(x));
    return out;
  }

  private driverNode(key: string): Node<Integer> {
    const props = this.toDriver(this.nodeProperties(key)) as Record<string, unknown>;
    return new Node(int(this.nodeId(key)), this.labels(key), props, key);
  }

  private driverRel(key: string): Relationship<Integer> {
    const props = this.toDriver(this.relProperties(key)) as Record<string, unknown>;
    const s = this.source(key);
    const t = this.target(key);
    return new Relationship(int(this.relId(key)), int(this.nodeId(s)), int(this.nodeId(t)), this.relType(key), props, key, s, t);
  }
}

/** An attribute value as an engine value (numbersAreFloats: the entity was written by the engine). */
function fromAttribute(raw: unknown, numbersAreFloats: boolean): Value {
  if (raw === null || raw === undefined) return null;
  switch (typeof raw) {
    case 'string':
    case 'boolean':
    case 'bigint':
      return raw;
    case 'number':
      return numbersAreFloats || !Number.isInteger(raw) ? raw : BigInt(raw);
    case 'object':
      if (raw instanceof FloatBox) return raw.value;
      if (Array.isArray(raw)) return raw.map((x) => fromAttribute(x, numbersAreFloats));
      if (raw instanceof Date) return raw.toISOString();
      if (isInt(raw)) return BigInt((raw as Integer).toString());
      {
        const out: MapValue = {};
        for (const [k, v] of Object.entries(raw as Attributes)) putOwn(out, k, fromAttribute(v, numbersAreFloats));
        return out;
      }
    default:
      return String(raw);
  }
}

/**
 * A property of an ingested entity read from its attribute value, as `property` reads it
 * for entities the engine did not write (strings, the commonest, first).
 */
export function ingestedValue(raw: unknown): Value {
  if (typeof raw === 'string') return raw;
  if (raw === undefined || raw === null) return null;
  return fromAttribute(toNeo4jLike(raw), false);
}

/** Property names that are not read from the attributes (meta attributes, the key). */
export const isSpecialPropertyName = (name: string): boolean => NODE_META.has(name) || EDGE_META.has(name) || name === 'key' || name === '__proto__';

/**
 * An ingested attribute value as the Neo4j writer stores it (graph/neo4j/writer.ts
 * toPropertyValue), so both stores answer alike: null, non-finite numbers and
 * empty lists are absent; lists of numbers are all-integer or all-float; mixed
 * lists and objects become JSON text; dates ISO text.
 */
function toNeo4jLike(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'bigint') return value;
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== null && v !== undefined);
    if (items.length === 0) return undefined;
    if (items.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      const nums = items as number[];
      // A list with any fraction is a list of floats; keep them non-integer-looking for fromAttribute.
      return nums.every(Number.isInteger) ? nums : nums.map((n) => new FloatBox(n));
    }
    if (items.every((v) => typeof v === 'boolean')) return items;
    return items.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  }
  if (value instanceof Date) return value.toISOString();
  if (isInt(value)) return value;
  return JSON.stringify(value);
}

/** A float that happens to be whole, inside a list of floats. */
class FloatBox {
  constructor(readonly value: number) {}
}

/**
 * Parameter -> engine value. Like neo4j-driver, a JS number is sent as a Float;
 * integers are `int(...)` (neo4j Integer) or bigint.
 */
export function fromParameter(x: unknown, name: string): Value {
  if (x === null || x === undefined) return null;
  switch (typeof x) {
    case 'string':
    case 'boolean':
    case 'number':
    case 'bigint':
      return x;
    case 'object': {
      if (isInt(x)) return BigInt((x as Integer).toString());
      if (Array.isArray(x)) return x.map((e) => fromParameter(e, name));
      if (x instanceof Node) return new NodeRef(String(x.elementId));
      if (x instanceof Relationship) return new RelRef(String(x.elementId));
      const out: MapValue = {};
      for (const [k, v] of Object.entries(x as Attributes)) putOwn(out, k, fromParameter(v, name));
      return out;
    }
    default:
      throw typeError(`Parameter $${name} has a value of unsupported type ${typeof x}`);
  }
}
