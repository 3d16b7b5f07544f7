// Builds the graphology graph from ingest extractions, one resolution at a time,
// merging entities by key (one node per real thing across files) and keeping
// paragraph-level provenance on every edge.
import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { edgeKey, RELATION_TYPES, VERB_RELATION_TYPES, type RelationType } from './model-keys.js';
import type { EdgeAttrs } from './model.js';
import type { ResolutionExtraction } from '../ingest/models.js';
import { adoptionYear, dateKey, normaliseTitle } from '../ingest/keys.js';
import { OP, dateAttributes, isEmpty, keyNodeAttributes, paragraphAttributes, planResolution, withoutEmpty, type ResolutionPlan } from './plan.js';
import { TAGGED_MARKER, TaggedReader } from '../ingest/tagged-values.js';
import { titledMeetingDeclaration } from '../ingest/meetingDeclarations.js';
import { letterRe } from '../ingest/letter-classes.js';
import { SESSION_NUMBERED_CONFERENCES } from '../ingest/standingConferences.js';

/** Event keys of a standing body's sittings named without a number: "plenary meeting of the Kimberley Process", "Ministerial
 *  Conference" (also the WTO's so named: "at the next Ministerial Conference", A/RES/80/121 OP9, is not the 2011 one), "Conference
 *  of the Parties serving as the Meetings of the Parties to the Protocols to ..."
 *  (and sport games, held every two or four years: "the history of the Winter Games" (A/RES/80/8 PP17) is the series, not the "Winter
 *  Games in 2030" of A/RES/79/8 PP29) */
const RECURRING_SITTING_RE = /^Event:(?:(?:annual|plenary)\s+meetings?\s+of\s|Ministerial Conference(?: of the World Trade Organization)?$|Conference of the Parties\b|Meetings? of the Parties\b|[A-Z][A-Za-z -]* Games$)/;

export type KnowledgeGraph = MultiDirectedGraph<Attributes, Attributes, Attributes>;

export function createKnowledgeGraph(): KnowledgeGraph {
  return new MultiDirectedGraph({ allowSelfLoops: true });
}

const VERB_TYPES = new Set<string>(VERB_RELATION_TYPES);
/** Types of the edges that can cite a resolution (see isLaterCitation). */
const CITING_TYPES = new Set<string>([...VERB_RELATION_TYPES, 'MENTIONS', 'CITES']);

/**
 * Whether an edge of `type` from a node with `sAttrs` into one with `tAttrs` cites a resolution adopted
 * after the citing one: a misread. `ownerOf` gives a paragraph's resolution's attributes.
 */
function isLaterCitation(type: string, sAttrs: Attributes, tAttrs: Attributes, ownerOf: (key: string) => Attributes | undefined): boolean {
  if (tAttrs.kind !== 'Resolution' || !tAttrs.date) return false;
  if (sAttrs.kind === 'Paragraph' && type === 'MENTIONS') {
    const owner = ownerOf(sAttrs.resolution);
    return Boolean(owner?.date && tAttrs.date > owner.date && !tAttrs.draft);
  }
  if (sAttrs.kind !== 'Resolution') return false;
  if (!VERB_TYPES.has(type) && type !== 'CITES') return false;
  return Boolean(sAttrs.date && tAttrs.date > sAttrs.date);
}

export { dateAttributes };

/** Sets `key` unless `value` is undefined (edge attributes never hold undefined). */
function put(attrs: Attributes, key: string, value: unknown): void {
  if (value !== undefined) attrs[key] = value;
}

/** graphology's record of a node (internal; graphology is pinned to an exact version). */
interface NodeRecord {
  key?: unknown;
  attributes?: unknown;
  in?: unknown;
  out?: unknown;
  inDegree?: number;
  outDegree?: number;
  directedLoops?: number;
}

/** graphology's record of an edge (internal): what GraphBuilder.addPlannedEdge makes directly (see EdgeInternals). */
interface EdgeRecord {
  key: string;
  attributes: Attributes;
  source: NodeRecord;
  target: NodeRecord;
  next?: EdgeRecord;
  attachMulti(): void;
}

/** graphology's constructor of node records (internal; the graph's NodeDataClass). */
type NodeRecordClass = new (key: string, attributes: Attributes) => NodeRecord & NodeEntry;

/** graphology's constructor of edge records (internal; not exported by the package). */
type EdgeRecordClass = new (undirected: boolean, key: string, source: NodeRecord, target: NodeRecord, attributes: Attributes) => EdgeRecord;

/** The private fields of a graphology graph that adding a directed edge changes. */
interface EdgeInternals {
  _edges: Map<string, EdgeRecord>;
  _directedSize: number;
  _directedSelfLoopCount: number;
}

/**
 * The class of the record graphology made for edge `key` (just added with the public API, from
 * `source` to `target` with `attrs`), when the graph keeps its edges as this was written for
 * (graphology 0.26: a multi directed graph, edge records in a private Map, adjacency by attachMulti).
 */
function edgeRecordClass(graph: KnowledgeGraph, key: string, source: NodeRecord, target: NodeRecord, attrs: Attributes): EdgeRecordClass | undefined {
  const internals = graph as unknown as Partial<EdgeInternals>;
  if (!graph.multi || graph.type !== 'directed' || !(internals._edges instanceof Map)) return undefined;
  if (typeof internals._directedSize !== 'number' || typeof internals._directedSelfLoopCount !== 'number') return undefined;
  const record = internals._edges.get(key);
  if (!record || record.key !== key || record.attributes !== attrs || record.source !== source || record.target !== target) return undefined;
  if (typeof record.attachMulti !== 'function' || (record as { undirected?: unknown }).undirected !== false) return undefined;
  if (source.out !== undefined && (source.out as Record<string, unknown>)[target.key as string] !== record) return undefined;
  return record.constructor as EdgeRecordClass;
}

/** The record of edge `key` among those attached to `source`'s out-edges to `target`, else anywhere in the graph. */
function attachedEdge(graph: KnowledgeGraph, key: string, source: NodeRecord, target: NodeRecord): EdgeRecord | undefined {
  for (let e: EdgeRecord | undefined = (source.out as Record<string, EdgeRecord>)[target.key as string]; e; e = e.next) if (e.key === key) return e;
  // Reached only when two pairs of node keys spell the same edge key (a name holding "->"): look everywhere.
  for (const record of (graph as unknown as { _nodes: Map<string, NodeRecord> })._nodes.values()) {
    const out = record.out as Record<string, EdgeRecord>;
    for (const k in out) for (let e: EdgeRecord | undefined = out[k]; e; e = e.next) if (e.key === key) return e;
  }
  return undefined;
}

/** A node as the builder sees it: the key the graph holds it under, and its attributes object. */
interface NodeEntry {
  key: string;
  attributes: Attributes;
}

/** graphology's node records (a private Map), if it keeps them as this was written for (checked again on each node added). */
function nodeRecords(graph: KnowledgeGraph): Map<string, NodeRecord> | undefined {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return undefined;
  for (const [key, record] of nodes as Map<string, NodeRecord>) {
    // a graph that has nodes already: its first record must be what find() takes it for
    if (record.key !== key || record.attributes !== graph.getNodeAttributes(key)) return undefined;
    break;
  }
  return nodes as Map<string, NodeRecord>;
}

/** Whether `node` is graphology's record of a node (what find gives while records are known), not an entry standing for a missing one. */
function isRecord(node: NodeEntry): node is NodeEntry & NodeRecord {
  return (node as NodeRecord).inDegree !== undefined;
}

/**
 * An empty object that V8 keeps as a hash table, with Object.prototype as its prototype (graphology calls
 * hasOwnProperty on adjacency objects). Object.create(null) is made as a hash table from the start; setting its
 * prototype keeps it one. (Adding two properties and deleting them, as before, cost two calls into V8's runtime and
 * a conversion per object: ~70k objects over corpus-ga.)
 */
function hashTableObject(): Record<string, unknown> {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, unknown>;
}

/**
 * graphology indexes a node's edges in plain objects keyed by neighbour key
 * (`in`, `out`). Every node has its own neighbours, so V8 makes a new hidden
 * class for each property it adds to each of those objects: a third of the
 * graph-building time went there. Starting the (still empty) objects as hash
 * tables avoids that; iteration order and behaviour are the same.
 * A pure speed-up: skipped if the record is not as expected.
 */
function useHashAdjacency(record: NodeRecord, kind: unknown): void {
  if (record.inDegree !== 0 || record.outDegree !== 0 || typeof record.in !== 'object' || typeof record.out !== 'object') return;
  // No edge of the model ends at a paragraph (38.7k of 53.8k nodes over corpus-ga): its `in` stays as it is.
  if (kind !== 'Paragraph') record.in = hashTableObject();
  record.out = hashTableObject();
}

/**
 * `s` in V8's one-byte form when every character fits (Latin-1), else `s` itself. A string cut
 * from a text that holds any wider character (a curly quote) is two bytes a character even when
 * it holds none itself; so were two in three node keys over corpus-ga as they arrive from the
 * workers, and then every edge key made from them: twice the bytes for the graph to keep and for
 * the main thread's scavenges to copy (~20 MB fewer promoted over corpus-ga with one-byte keys).
 * Node keys are converted once, when the node is added; edge keys are made from the graph's keys.
 */
function oneByte(s: string): string {
  const n = s.length;
  if (n > 512) return s;
  const codes = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return s;
    codes[i] = c;
  }
  return String.fromCharCode.apply(null, codes);
}

/** Whether `list` holds some value twice (small lists: see union). */
function hasRepeats(list: unknown[]): boolean {
  for (let i = 1; i < list.length; i++) for (let j = 0; j < i; j++) if (list[i] === list[j] || (list[i] !== list[i] && list[j] !== list[j])) return true;
  return false;
}

/**
 * `[...new Set([...old, ...add])]` when that differs from `old` in length (then it replaces
 * `old`), else undefined. Without building it (three throw-away collections per merge) in the
 * usual case: every value of `add` already in `old`, and `old` repeating none.
 */
function union(old: unknown[], add: unknown[]): unknown[] | undefined {
  if (old.length <= 16) {
    let known = true;
    for (let i = 0; i < add.length && known; i++) known = old.includes(add[i]);
    if (known && !hasRepeats(old)) return undefined;
  }
  const merged = [...new Set([...old, ...add])];
  return merged.length !== old.length ? merged : undefined;
}

/** the author most readers give a report (see mergeValue) */
const SG_AUTHOR = 'Secretary-General';
/** the name documents.ts gives a body's final report cited without its title (finalReportMentions) */
const FINAL_REPORT_OF = 'Final report of the ';
/**
 * Merges one attribute into a node's attributes (see mergeAttributes). One store for every case, and the date keys
 * tested on every call: with a store in each branch and the test in the rare one only, the optimised code of its
 * callers was thrown away each time a rare branch first met another shape of node attributes, or ran at all
 * (mergePairs compiled 6 times over corpus-ga's plans, ~20% of the main thread's compiling).
 */
function mergeValue(current: Attributes, k: string, v: unknown, authoritative: boolean, wasAuthoritative: boolean): void {
  if (isEmpty(v)) return;
  const old = current[k];
  if (old === v) return;
  const dateKey = k === 'startDate' || k === 'endDate';
  let next: unknown;
  if (Array.isArray(old) && Array.isArray(v)) next = union(old, v);
  else if (isEmpty(old) || (authoritative && (!wasAuthoritative || k !== 'name'))) next = v;
  // A document's author named by one text as a body and by another as the Secretary-General (A/79/193: "the reports of the
  // Special Rapporteur on the right to privacy" in A/RES/79/175 PP, "the report of the Secretary-General" in 79/227 OP1): the
  // body, whichever file is read first; the Secretary-General is the author many readers assume, and he transmits the
  // reports of rapporteurs and panels as his notes.
  else if (k === 'author' && old === SG_AUTHOR) next = v;
  else if (dateKey && refinesDate(old, v)) next = v;
  if (next !== undefined) current[k] = next;
}

/**
 * Whether ISO date `v` says more of the same date than `old` ("2025-03-03" after "2025-03"): an event first named
 * "to be held in March 2025" and then "from 3 to 7 March 2025" starts on the day, whichever paragraph came first.
 */
function refinesDate(old: unknown, v: unknown): boolean {
  return typeof old === 'string' && typeof v === 'string' && v.length > old.length && v.charCodeAt(old.length) === 45 /* - */ && v.startsWith(old);
}

/**
 * Merges `attrs` into a node's attributes: empty values are skipped, lists are united, other
 * properties already known are kept unless `authoritative` (see GraphBuilder.mergeNode).
 */
function mergeAttributes(current: Attributes, attrs: Attributes, authoritative: boolean): void {
  const wasAuthoritative = current.ingested === true;
  for (const k in attrs) mergeValue(current, k, attrs[k], authoritative, wasAuthoritative);
}

/** mergeAttributes for a mention's attributes as a plan carries them: `code[from..to)` holds (name, tagged value) pairs. */
function mergePairs(current: Attributes, reader: TaggedReader, code: Int32Array, from: number, to: number, printedOn: string | undefined): void {
  const wasAuthoritative = current.ingested === true;
  for (let j = from; j < to; j += 2) {
    const k = reader.string(code[j]!);
    const v = reader.value(code[j + 1]!);
    if (printedOn !== undefined && k === 'endDate' && reportedEnd(current, v, printedOn, reader, code, from, to)) continue;
    mergeValue(current, k, v, false, wasAuthoritative);
  }
}

/** A new event node whose end a text adopted after it began printed (see reportedEnd). */
function markReported(attrs: Attributes, printedOn: string): void {
  const start = attrs.startDate;
  if (typeof start === 'string' && typeof attrs.endDate === 'string' && printedOn > start) END_REPORTED.add(attrs);
}

/** Event nodes whose end date came from a text adopted after the event began (a report of when it ended). */
const END_REPORTED = new WeakSet<Attributes>();
/**
 * An event's end as a text adopted after the event began reports it wins over one printed by a text adopted before it
 * began (the end then planned), when both start on the same day: "the Thirteenth Ministerial Conference of the World Trade
 * Organization, to be held in Abu Dhabi from 26 to 29 February 2024" (A/RES/78/134 OP19, adopted in December 2023) ended on
 * 2 March 2024, as "held in Abu Dhabi from 26 February to 2 March 2024" (A/RES/79/195 OP22) says, whichever file is read
 * first. Not another start (a sitting postponed, or resumed: "the resumed sixteenth meeting ... from 25 to 27 February
 * 2025" is no end of the first part): the first dates stay. True when it set the value.
 */
function reportedEnd(current: Attributes, v: unknown, printedOn: string, reader: TaggedReader, code: Int32Array, from: number, to: number): boolean {
  const start = current.startDate;
  if (typeof v !== 'string' || current.kind !== 'Event' || typeof start !== 'string' || printedOn <= start) return false;
  const old = current.endDate;
  if (old === v || isEmpty(old)) {
    if (pairValue(reader, code, from, to, 'startDate') === start) END_REPORTED.add(current);
    return false;
  }
  if (END_REPORTED.has(current) || refinesDate(old, v) || pairValue(reader, code, from, to, 'startDate') !== start) return false;
  current.endDate = v;
  END_REPORTED.add(current);
  return true;
}
/** The value of attribute `name` among the pairs `code[from..to)`. */
function pairValue(reader: TaggedReader, code: Int32Array, from: number, to: number, name: string): unknown {
  for (let j = from; j < to; j += 2) if (reader.string(code[j]!) === name) return reader.value(code[j + 1]!);
  return undefined;
}

/**
 * The phrases of one paragraph's edges (see plan.ts phraseOperand), each span cut from the paragraph's text once.
 * A verb relation's phrase is nearly always the span of a mention in the same paragraph (over corpus-ga 81k of
 * 193k phrases repeated a span of their paragraph): the edges then share one string, where each had its own
 * slice (or copy, under 13 characters), one more object for the main thread's scavenges to copy and the graph to keep.
 */
class SpanPhrases {
  private text = '';
  /** spans cut from `text` so far: [starts[k], ends[k]) is cuts[k], for k < n */
  private n = 0;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly cuts: string[] = [];

  /** Phrases are cut from `text` (a paragraph's) from now on. */
  reset(text: string): void {
    this.text = text;
    this.n = 0;
  }

  /** The phrase of operand `x`: cut from the text when marked so (the same string for the same span), else its value. */
  phrase(r: TaggedReader, x: number, start: unknown, end: unknown): unknown {
    if (x !== TAGGED_MARKER) return r.value(x);
    if (typeof start !== 'number' || typeof end !== 'number') return this.text.slice(start as number, end as number);
    const n = this.n;
    for (let k = 0; k < n; k++) if (this.starts[k] === start && this.ends[k] === end) return this.cuts[k];
    const cut = this.text.slice(start, end);
    if (n < 64) {
      this.starts[n] = start;
      this.ends[n] = end;
      this.cuts[n] = cut;
      this.n = n + 1;
    }
    return cut;
  }
}

/**
 * The attributes of a node first met as a mention whose (name, tagged value) pairs are `code[from..to)`: what
 * withoutEmpty(mentionNodeAttributes(kind, name, the pairs as an object)) gives (same keys, order and values), made
 * as one object, and a second only when a value is empty. Not through mentionNodeAttributes: V8 defines the two
 * properties its object spread is followed by through its runtime on every call once they have met many shapes
 * (~29k calls over corpus-ga's new nodes, each missing the stub cache), where the plain stores here are cached.
 */
function mentionAttributes(reader: TaggedReader, code: Int32Array, from: number, to: number, kind: string, name: string): Attributes {
  const all: Attributes = {};
  for (let j = from; j < to; j += 2) all[reader.string(code[j]!)] = reader.value(code[j + 1]!);
  const iso = all.iso;
  all.kind = kind;
  all.name = name;
  if (kind === 'Date' && typeof iso === 'string') Object.assign(all, dateAttributes(iso));
  for (const k in all) if (isEmpty(all[k])) return withoutEmpty(all);
  return all;
}

/**
 * `key` as one flat string. edgeKey builds keys by concatenation, which V8 keeps as a tree of
 * ConsString cells (about ten per edge key); graphology's Map hashes such a key without
 * flattening it, so every edge kept its tree: millions of small objects that the main thread's
 * scavenges copied (a Map of 600k such keys held 250 MB as trees, 118 MB flat). Reading a
 * character flattens the string in place; the graph then holds the flat string.
 */
function flatKey(key: string): string {
  return key.charCodeAt(0) === -1 ? '' : key; // the comparison keeps the read from being optimised away
}

/** `{ type, resolution, paragraph, document }` of an edge, the keys in that order (undefined ones left out). */
function provenance(type: string, resolution: string, paragraph: string | undefined, document: string): Attributes {
  return paragraph === undefined ? { type, resolution, document } : { type, resolution, paragraph, document };
}

// The attributes of planned edges. Each is made by one object literal when every value is
// there (nearly always), so that V8 allocates it once, its properties inside it. Made property
// by property (provenance, then put), the object grew a separate property store two or three
// times, and every kept edge meant more objects and bytes for the main thread's scavenges to
// copy (1.5M such 7-property objects kept: 130 MB promoted vs 50 MB from a literal).
// The keys come in the same order either way (graph.json shows it); undefined values are left out.

function mentionEdge(resolution: string, paragraph: string, document: string, phrase: unknown, spanStart: unknown, spanEnd: unknown, footnote: unknown): Attributes {
  if (phrase !== undefined && spanStart !== undefined && spanEnd !== undefined) {
    if (footnote === undefined) return { type: 'MENTIONS', resolution, paragraph, document, phrase, spanStart, spanEnd };
    return { type: 'MENTIONS', resolution, paragraph, document, phrase, spanStart, spanEnd, footnote };
  }
  const e = provenance('MENTIONS', resolution, paragraph, document);
  put(e, 'phrase', phrase);
  put(e, 'spanStart', spanStart);
  put(e, 'spanEnd', spanEnd);
  put(e, 'footnote', footnote);
  return e;
}

function relationEdge(
  type: string,
  resolution: string,
  paragraph: string,
  document: string,
  footnote: unknown,
  verb: unknown,
  phrase: unknown,
  spanStart: unknown,
  spanEnd: unknown,
  clause: unknown,
): Attributes {
  if (verb !== undefined && phrase !== undefined && spanStart !== undefined && spanEnd !== undefined && clause !== undefined) {
    if (footnote === undefined) return { type, resolution, paragraph, document, verb, phrase, spanStart, spanEnd, clause };
    return { type, resolution, paragraph, document, footnote, verb, phrase, spanStart, spanEnd, clause };
  }
  const e = provenance(type, resolution, paragraph, document);
  put(e, 'footnote', footnote);
  put(e, 'verb', verb);
  put(e, 'phrase', phrase);
  put(e, 'spanStart', spanStart);
  put(e, 'spanEnd', spanEnd);
  put(e, 'clause', clause);
  return e;
}

function attributionEdge(type: string, resolution: string, paragraph: string, document: string, phrase: unknown, spanStart: unknown, spanEnd: unknown): Attributes {
  if (phrase !== undefined && spanStart !== undefined && spanEnd !== undefined) return { type, resolution, paragraph, document, phrase, spanStart, spanEnd };
  const e = provenance(type, resolution, paragraph, document);
  put(e, 'phrase', phrase);
  put(e, 'spanStart', spanStart);
  put(e, 'spanEnd', spanEnd);
  return e;
}

/**
 * The keys of one plan's edges, as model.ts edgeKey spells them (`type|source->target@resolution#paragraph/clause`),
 * each made as one flat string (see flatKey) from parts kept while they stay the same: the scope after `@` and the
 * MENTIONS prefix for a paragraph, a verb relation's `type|resolution->` for the plan. edgeKey's template
 * made each key a tree of ~10 ConsString cells from ~11 pieces, which the graph then had to flatten: ~1000
 * instructions and ~300 bytes of garbage per edge (229k edges over corpus-ga).
 * A node key is a ThinString once graphology has used it as a property name (its adjacency
 * objects), and V8's join writes two bytes a character when a part is a ThinString: 221k of corpus-ga's
 * 229k edge keys were two-byte (47.5 MB of characters kept by the graph, 24 MB one-byte). A
 * concatenation reads through a ThinString, so each node key goes into a concatenation before the join.
 * (Not concatenation alone: a Map hashes the ConsString, not the flat string it points to after
 * flattening, and graphology's edge Map then hashes each key again whenever it grows.)
 * (undefined and null are written as '', as edgeKey's `?? ''` does.)
 */
class PlanEdgeKeys {
  /** `@resolution#paragraph/` */
  private scope: string;
  /** `MENTIONS|paragraphKey->` */
  private mentionPrefix: string;
  /** scope + clause, by clause, for the current paragraph */
  private clauseScopes: string[] = [];
  /** `type|resolution->`, by index in RELATION_TYPES */
  private readonly relationPrefixes: string[] = [];

  constructor(private readonly resolution: string) {
    this.scope = ['@', resolution + '#', '/'].join('');
    this.mentionPrefix = 'MENTIONS|->';
  }

  /** Starts the keys of the paragraph `paragraphKey` (id `paragraphId`); returns its PART_OF edge's key. */
  paragraph(paragraphKey: string, paragraphId: string | undefined): string {
    this.scope = ['@', this.resolution + '#', paragraphId, '/'].join('');
    this.mentionPrefix = ['MENTIONS|', paragraphKey + '->'].join('');
    this.clauseScopes = [];
    return ['PART_OF|', paragraphKey + '->', this.resolution + this.scope].join('');
  }

  mention(target: string): string {
    return [this.mentionPrefix, target + this.scope].join('');
  }

  /** A verb relation's key: `type` is RELATION_TYPES[typeIndex]. */
  relation(typeIndex: number, type: string, target: string, clause: unknown): string {
    const prefix = (this.relationPrefixes[typeIndex] ??= [type, '|', this.resolution + '->'].join(''));
    return [prefix, target + this.clauseScope(clause)].join('');
  }

  attribution(type: string, source: string, target: string): string {
    return [type, '|', source + '->', target + this.scope].join('');
  }

  private clauseScope(clause: unknown): string {
    if (clause === undefined || clause === null) return this.scope;
    if (typeof clause === 'number' && clause >= 0 && clause < 64 && Number.isInteger(clause)) return (this.clauseScopes[clause] ??= [this.scope, clause].join(''));
    return [this.scope, clause].join('');
  }
}

/**
 * How many elements of each name (nodes of a kind, edges of a type) the builder has put into the graph
 * and taken out of it. `ok` turns false for a name that is not a string (countGraph would write it as one).
 */
class Tally {
  /** the count of each name, in a box: adding to a name known already is one look-up, not a get and a set (one per edge and node added) */
  private readonly counts = new Map<string, { n: number }>();
  total = 0;
  ok = true;

  add(name: unknown, n: number): void {
    if (typeof name !== 'string') {
      this.ok = false;
      return;
    }
    const count = this.counts.get(name);
    if (count === undefined) this.counts.set(name, { n });
    else count.n += n;
    this.total += n;
  }

  /**
   * The counts as countGraph writes them: each name in the order its first element comes in the graph,
   * found by `find` (a walk that stops when its callback says true, as graphology's findNode/findEdge do)
   * up to the first element of the last name; undefined when the walk meets a name not counted.
   */
  ordered(find: (visit: (name: unknown) => boolean) => void): Record<string, number> | undefined {
    let wanted = 0;
    for (const count of this.counts.values()) if (count.n !== 0) wanted++;
    const out: Record<string, number> = {};
    const seen = new Set<unknown>();
    let wrong = false;
    if (wanted > 0) {
      find((name) => {
        if (seen.has(name)) return false;
        const n = typeof name === 'string' ? this.counts.get(name)?.n : undefined;
        if (n === undefined || n <= 0) return (wrong = true);
        seen.add(name);
        out[name as string] = n;
        return seen.size === wanted;
      });
    }
    return wrong || seen.size !== wanted ? undefined : out;
  }
}

/** The nodes finalize sorts out before its merges, each list in the graph's order (see GraphBuilder.nodeLists). */
interface NodeLists {
  resolutions: NodeEntry[];
  events: string[];
  documents: NodeEntry[];
  /** keys that start `Resolution:S/RES/` */
  councilKeys: string[];
  /** Framework keys that start `Framework:Political declaration of the ` (see mergeUndatedDeclarations) */
  declarations: string[];
  /** the Organization nodes (their names and acronyms are the owners mergeOwnerPrefixedTwins looks for) */
  organizations: NodeEntry[];
  /** Framework, Initiative and Organization keys that hold a space (Event keys are in `events`; see mergeOwnerPrefixedTwins) */
  named: string[];
}

const DECLARATION_KEY = 'Framework:Political declaration of the ';
const OF_THE_ASSEMBLY_ON = ' of the General Assembly on ';
/** the spaced name of a sitting's part (partsOfSittings, citedPartsOfSittings in the entity scan): " <ordinal> part of the <sitting> " */
const PART_OF_THE = ' part of the ';
const SITTING_PART_ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'third']);
/** whether a spaced name is a sitting's part's: " second part of the Fifth United Nations Conference ... " */
function isSittingPartName(spaced: string): boolean {
  const space = spaced.indexOf(' ', 1);
  return space > 1 && spaced.startsWith(PART_OF_THE, space) && SITTING_PART_ORDINALS.has(spaced.slice(1, space));
}
/** "Event:high-level meeting of the General Assembly on <topic>[ @ <date>]": the meeting's words (1), the rest (2)
 *  ("plenary" or not: "the high-level plenary meeting of the General Assembly on HIV/AIDS, held in New York from 8 to 10 June
 *  2021" (A/RES/78/182 PP7) is the "high-level meeting of the General Assembly on HIV and AIDS" of 8 June 2021, A/RES/78/203 OP40;
 *  "the 2016 high-level plenary meeting of the Assembly on HIV and AIDS", A/RES/79/149 PP6, the 2016 one) */
const ASSEMBLY_MEETING_KEY_RE = /^(Event:(?:[a-z-]+ )?high-level)(?: plenary)? (meeting) of the General Assembly on (.+)$/;
/** the key mergeAssemblyMeetings gives a high-level meeting of the Assembly ("of the General Assembly" out), else the key */
function assemblyMeetingKey(key: string): string {
  if (!key.includes(OF_THE_ASSEMBLY_ON)) return key;
  const m = ASSEMBLY_MEETING_KEY_RE.exec(key);
  return m ? `${m[1]} ${m[2]} on ${m[3]}` : key;
}
/** a Date node's key: its year (1) */
const DATE_KEY_YEAR_RE = /^Date:((?:19|20)\d\d)/;

/** The year of the one date `declaration` is ADOPTED_ON among `edges` (one resolution's), if one. */
function ownAdoptionYear(g: KnowledgeGraph, declaration: string, edges: readonly string[]): string | undefined {
  let year: string | undefined;
  for (const e of edges) {
    if (g.getEdgeAttribute(e, 'type') !== 'ADOPTED_ON' || g.source(e) !== declaration) continue;
    const y = DATE_KEY_YEAR_RE.exec(g.target(e))?.[1];
    if (y === undefined || (year !== undefined && year !== y)) return undefined;
    year = y;
  }
  return year;
}

/**
 * "the political declarations of the high-level meetings on ..., on universal health coverage and on the fight against
 * tuberculosis, as reflected in its resolutions 78/3, 78/4 and 78/5" (A/RES/78/262 OP15, 79/263 OP15): of the dated
 * declarations of that name (`years`), the one adopted (ADOPTED) by a resolution the citing resolution cites in a paragraph of
 * the undated mentions (`edges`); undefined when none or more than one.
 */
function yearOfCitedAdopter(g: MultiDirectedGraph, key: string, years: Set<string> | undefined, resolution: string, edges: readonly string[]): string | undefined {
  if (!years || years.size < 2) return undefined;
  const paragraphs = new Set<unknown>();
  for (const e of edges) if (g.hasEdge(e)) paragraphs.add(g.getEdgeAttribute(e, 'paragraph'));
  let found: string | undefined;
  for (const y of years) {
    const dated = `${key} (${y})`;
    if (!g.hasNode(dated)) continue;
    const cited = g.someInEdge(dated, (_e, attrs, source) => attrs.type === 'ADOPTED' && source.startsWith('Resolution:') && source !== resolution && g.someOutEdge(resolution, (_f, a, _s, t) => t === source && paragraphs.has(a.paragraph)));
    if (!cited) continue;
    if (found !== undefined) return undefined;
    found = y;
  }
  return found;
}

/** a dated declaration's key: its undated key (1) and year (2) */
const DATED_DECLARATION_RE = /^(.*) \(((?:19|20)\d\d)\)$/;
/** an event keyed by its start date: the year (1) ("Event:high-level meeting on HIV and AIDS @ 2021", "... @ 2021-06-08") */
const DATED_EVENT_KEY_RE = / @ ((?:19|20)\d\d)(?:-\d\d){0,2}$/;
const SESSION_OF = ' session of ';
/** a session keyed by its year: the year (1), the body (2) ("Event:2024 session of the Preparatory Committee for ...") */
const YEAR_NAMED_SESSION_KEY_RE = /^Event:((?:19|20)\d\d) session of (.+)$/;
/** a session keyed by its ordinal: the body (1) ("Event:second session of the Preparatory Committee for ..."; not a resumed,
 *  special or part session, another sitting of that year) */
const ORDINAL_SESSION_KEY_RE = /^Event:(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]*tieth|[a-z]+th) session of (.+)$/;
const FRAMEWORK_PREFIX = 'Framework:';
const ORGANIZATION_PREFIX = 'Organization:';
const PLACE_PREFIX = 'Place:';
const RESOLUTION_PREFIX = 'Resolution:';
const OF = ' of ';
const EVENT_PREFIX = 'Event:';
/** words a sitting's two names may differ by: "the", "of", and "regular" ("Sixty-ninth Regular Session of the General Conference") */
const SITTING_NAME_FILLER: ReadonlySet<string> = new Set(['of', 'the', 'on', 'for', 'and', 'to', 'in', 'regular']);
const SITTING_NAME_WORD_SPLIT_RE = letterRe(String.raw`[^\p{L}\d-]+`, 'u');
/** a sitting name's words, lowercase, filler dropped, a plural's "s" too ("Assets" is "asset") */
function sittingNameWords(name: string): Set<string> {
  const words = new Set<string>();
  for (const w of name.toLowerCase().split(SITTING_NAME_WORD_SPLIT_RE)) {
    if (w === '' || SITTING_NAME_FILLER.has(w)) continue;
    words.add(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return words;
}
/**
 * Whether every word of one sitting's name is a word of another's, which has more: "African Union Extraordinary Summit" and
 * "sixteenth extraordinary summit of the African Union", "Third International Expert Meeting on Asset Return" and "... on the
 * Return of Stolen Assets" (the same day's sittings of one kind, mergeShortNamedSittings).
 */
function wordsWithin(short: string, long: string): boolean {
  const words = sittingNameWords(short);
  const longWords = sittingNameWords(long);
  if (words.size === 0 || words.size >= longWords.size) return false;
  for (const w of words) if (!longWords.has(w)) return false;
  return true;
}
/** whether two keys are both dated by a year (" @ 2023") and by two different ones */
function yearsDisagree(a: string, b: string): boolean {
  const at = a.lastIndexOf(' @ ');
  const bt = b.lastIndexOf(' @ ');
  return at >= 0 && bt >= 0 && a.slice(at) !== b.slice(bt);
}
/** a generic sitting's key ends with the resolution that named it: " (A/RES/79/154)" */
const RESOLUTION_QUALIFIER_END_RE = / \([A-Z]\/RES\/[\d/]+\)$/;
/** an Organization keyed with the General Assembly resolution that established it: its name (1), the symbol (2) */
const ESTABLISHED_BODY_KEY_RE = /^Organization:(.+) \((A\/RES\/\d{1,3}\/\d{1,3})\)$/;
const UNITED_NATIONS = 'United Nations';
/** an acronym that may stand for an owner before a name ("WTO", "UNESCO", "UN-Habitat" is not one) */
const ACRONYM_OWNER_RE = /^[A-Z][A-Z&]*[A-Z]$/;
/**
 * Words that name no one thing alone: the generic heads of bodies, plans and texts ("General Assembly", "Board of Inquiry",
 * "Strategic Plan", "Programme of Work", "Strategy 2021–2025", "Information Centre"), function words and scope words. A rest
 * with nothing else is what every owner has one of, and is not merged with the owner's (see mergeOwnerPrefixedTwins).
 */
const GENERIC_NAME_WORDS = new Set(
  (
    'a an and the of on for in to at by with against ' +
    'general assembly council board committee commission office division section unit department branch service centre center ' +
    'secretariat bureau executive governing head director secretary president chair plenary session meeting conference forum ' +
    'summit congress group working joint ad hoc expert experts panel team task force network mechanism platform ' +
    'programme program work plan strategic strategy action policy policies framework agenda vision roadmap report annual ' +
    'medium-term budget fund trust statute charter rules procedure regulations agreement convention protocol declaration ' +
    'resolution decision guidelines principles standards code conduct information inquiry review evaluation audit oversight ' +
    'initiative partnership project campaign new regional national international global world system-wide'
  ).split(' '),
);
const NUMBERISH_RE = /^[\d–‑-]+$|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;
/** True when `rest` (a name without its owner) holds a word that is neither generic, a function word nor a number (see GENERIC_NAME_WORDS). */
function isDistinctiveRest(rest: string): boolean {
  const at = rest.indexOf(' @ ');
  for (const word of (at < 0 ? rest : rest.slice(0, at)).toLowerCase().split(/[\s,]+/)) {
    if (word && !GENERIC_NAME_WORDS.has(word) && !NUMBERISH_RE.test(word)) return true;
  }
  return false;
}

/** How many words of `rest` are neither generic, function words nor numbers (see isDistinctiveRest). */
function distinctiveWords(rest: string): number {
  let n = 0;
  for (const word of rest.toLowerCase().split(/[\s,]+/)) if (word && !GENERIC_NAME_WORDS.has(word) && !NUMBERISH_RE.test(word)) n++;
  return n;
}
const OF_THE = ' of the ';
/** between an event's name and its year in its key: "Youth Forum @ 2021" */
const DATED_KEY_MARK = ' @ ';

/** words a title is printed with or without: "the" ("of the commitments" / "of commitments"), "towards" for "toward" */
const TITLE_ARTICLE_RE = /\bthe /g;
const TOWARDS_RE = /\btowards\b/g;
/** A title key without the words it is printed with or without (see mergeTitledDocuments). */
function looseTitleKey(key: string): string {
  return key.replace(TOWARDS_RE, 'toward').replace(TITLE_ARTICLE_RE, '');
}

/** Puts a node into the lists finalize wants it in, by its kind and key. */
function sortNode(lists: NodeLists, node: NodeEntry): void {
  const kind = node.attributes.kind;
  if (kind === 'Resolution') lists.resolutions.push(node);
  else if (kind === 'Event') lists.events.push(node.key);
  else if (kind === 'Document') lists.documents.push(node);
  else if (kind === 'Framework' && node.key.startsWith(DECLARATION_KEY)) lists.declarations.push(node.key);
  if (kind === 'Organization') lists.organizations.push(node);
  if ((kind === 'Framework' || kind === 'Initiative' || kind === 'Organization') && node.key.includes(' ')) lists.named.push(node.key);
  if (node.key.startsWith('Resolution:S/RES/')) lists.councilKeys.push(node.key);
}

/** The paragraph of mentions that come before any paragraph (none do; graphology rejects their edges). */
const NO_PARAGRAPH: NodeEntry = { key: '', attributes: {} };

export class GraphBuilder {
  readonly graph: KnowledgeGraph;
  /** first document each node was learnt from, for edges made at the end (ADOPTED_ON) */
  private readonly addedKeys: string[] = [];
  /**
   * The document each node was added from, by the order nodes were added (addedKeys: the graph's keys; a key
   * added again, after its node was dropped, counts from its last add). Two lists, not a Map of key to document:
   * the graph's own node Map is looked up anyway, and only finalize asks for a few nodes' documents (see
   * firstDocumentOf; Resolution keys: resolutionDocuments), where a Map cost one insert into a ~54k-entry table per node (corpus-ga).
   */
  private readonly addedDocuments: string[] = [];
  /**
   * The document each node keyed `Resolution:...` was last added from (firstDocumentOf for those keys), for
   * addAdoptionDates: ~5k inserts while plans are applied (when the main thread mostly waits for the workers), where
   * finalize walked all ~56k keys added (as cold code, on the main thread alone after the last file).
   * Session 49 (spd49c), with firstDocumentOf's lastIndexOf and laterCitations' one look-up per resolution: corpus-ga's
   * plans replayed on one thread (the ingest flags, --single-threaded), finalize's thread CPU in 6 alternating pairs at
   * host load ~15: 204, 213, 199, 193, 209, 209 ms before, 187, 201, 202, 185, 205, 187 ms after (means 204.5 / 194.5).
   */
  private readonly resolutionDocuments = new Map<string, string>();
  /**
   * Resolutions whose edges may already be in the graph: those of plans applied before, of
   * edges this builder added otherwise, and of the edges of a graph it was given. A plan's
   * edge keys all embed its resolution (`...@resolution#paragraph/clause`), so a plan of any
   * other resolution can only repeat an edge of its own (see addPlannedEdge).
   */
  private readonly resolutionsWithEdges = new Set<string>();

  /** graphology's node records while they are as expected: one look-up then gives a node's key and attributes */
  private records: Map<string, NodeRecord> | undefined;
  /**
   * The edges that may cite a resolution (a CITING_TYPES edge into a node of kind Resolution when it
   * was added), as (key, attributes, source attributes, target attributes) fours, or undefined when
   * that is not known: the graph came with edges, a node's kind changed, or nodes were merged before
   * finalize. finalize then looks at these (32k over corpus-ga) instead of walking every in-edge of
   * every dated resolution (67k, ~70 of finalize's ~220 ms: a dictionary walk per resolution).
   */
  private citingEdges: (string | Attributes)[] | undefined = [];
  /** edges this builder added (finalize trusts citingEdges only while the graph holds no other) */
  private edgesAdded = 0;
  /**
   * The nodes by kind as add() met them, for finalize, or undefined when the graph came with nodes.
   * finalize trusts them while citingEdges is known (no node's kind changed, no node merged) and the
   * graph holds no node but those added here (nodesAdded); else it walks the nodes, which cost it
   * 15-20 ms of CPU over corpus-ga, on the main thread alone after the last file, as cold code.
   */
  private nodeLists: NodeLists | undefined = { resolutions: [], events: [], documents: [], councilKeys: [], declarations: [], organizations: [], named: [] };
  /** nodes this builder added */
  private nodesAdded = 0;
  /**
   * Nodes by kind and edges by type as they are added, merged and dropped, for counts(); undefined
   * when the graph came with nodes. countGraph's pass over every node and edge ran on the main thread
   * alone after the last file (~40 ms of CPU over corpus-ga, as cold code).
   */
  private tallies: { nodes: Tally; edges: Tally } | undefined = { nodes: new Tally(), edges: new Tally() };
  /**
   * graphology's edge record class, once an edge added with the public API showed that the graph
   * keeps edges as edgeRecordClass expects; undefined before, or when it does not (then never set).
   * With it, addPlannedEdge adds an edge as graphology's addEdge does, less its look-ups: the two
   * node records (the builder has them) and, for a fresh plan, the key (a repeat shows as a Map
   * that did not grow). graphology's addEdge was a third of the main thread's work over corpus-ga.
   */
  private edgeClass: EdgeRecordClass | undefined;
  /** false once the graph is found not to keep its edges as edgeRecordClass expects */
  private edgeClassPossible = true;
  /** edgeClass while applyPlan runs and nothing listens to the graph's edgeAdded event (graphology's addEdge emits it), else undefined */
  private directEdgeClass: EdgeRecordClass | undefined;
  /**
   * graphology's node record class, once a node added with the public API showed that the graph keeps its nodes
   * as this was written for (see record); undefined before, or when it does not. With it, add() adds a node as
   * graphology's addNode does, less its look-up of the key (the builder has just looked it up), its check of the
   * attributes (the builder makes them) and its nodeAdded event, when nothing listens.
   */
  private nodeClass: NodeRecordClass | undefined;
  /** the phrases of the paragraph applyPlan is at */
  private readonly spans = new SpanPhrases();

  constructor(graph: KnowledgeGraph = createKnowledgeGraph()) {
    this.graph = graph;
    this.records = nodeRecords(graph);
    if (graph.size > 0) this.citingEdges = undefined;
    if (graph.order > 0) this.nodeLists = undefined;
    if (graph.order > 0) this.tallies = undefined;
    graph.forEachEdge((_key, attrs) => {
      if (typeof attrs.resolution === 'string') this.resolutionsWithEdges.add(attrs.resolution);
    });
  }

  /** The node, or undefined when the graph has none under `key`. One Map look-up (hasNode, then getNodeAttributes, were two or three). */
  private find(key: string): NodeEntry | undefined {
    const records = this.records;
    if (records) return records.get(key) as NodeEntry | undefined;
    return this.graph.hasNode(key) ? { key, attributes: this.graph.getNodeAttributes(key) } : undefined;
  }

  /** Adds a node that is not there yet, taking ownership of `attrs`; returns the node, under the key the graph holds it (see oneByte). */
  private add(key: string, attrs: Attributes, document: string): NodeEntry {
    const k = oneByte(key);
    this.addedKeys.push(k);
    this.addedDocuments.push(document);
    if (k.startsWith(RESOLUTION_PREFIX)) this.resolutionDocuments.set(k, document);
    const records = this.records;
    const NodeClass = this.nodeClass;
    let node: NodeEntry;
    if (records !== undefined && NodeClass !== undefined && this.graph.listenerCount('nodeAdded') === 0) {
      // graphology's addNode less its look-up (the caller found no node under this key) and its event (no listener)
      const record = new NodeClass(k, attrs);
      const size = records.size;
      records.set(k, record);
      if (records.size === size) throw new Error(`graph: node ${k} added when the graph had it`);
      useHashAdjacency(record, attrs.kind);
      node = record as NodeRecord & NodeEntry;
    } else {
      this.graph.addNode(k, attrs);
      node = this.record(k, attrs) ?? { key: k, attributes: attrs };
    }
    this.nodesAdded++;
    this.tallies?.nodes.add(attrs.kind, 1);
    if (this.nodeLists) sortNode(this.nodeLists, node);
    return node;
  }

  /**
   * The document node `key` was (last) added from, '' when this builder did not add it (see addedDocuments).
   * lastIndexOf, not a loop: finalize asks for ~20 nodes' documents over corpus-ga, each a walk of ~35k of the
   * ~56k keys added, and finalize runs as cold code (the loop was interpreted; ~5% of finalize's CPU profile).
   */
  private firstDocumentOf(key: string): string {
    const i = this.addedKeys.lastIndexOf(key);
    return i < 0 ? '' : this.addedDocuments[i]!;
  }

  /** graphology's record of node `k` just added with `attrs`, while records are known (see records). */
  private record(k: string, attrs: Attributes): NodeEntry | undefined {
    const records = this.records;
    if (!records) return undefined;
    const record = records.get(k);
    if (record && record.key === k && record.attributes === attrs) {
      useHashAdjacency(record, attrs.kind);
      this.learnNodeClass(record);
      return record as NodeEntry;
    }
    this.records = undefined; // not the internals this was written for: the public API from now on
    return undefined;
  }

  /**
   * Adds or merges a node. Properties already known are kept unless `authoritative`
   * (the ingested text of a resolution outranks what citations say about it).
   */
  mergeNode(key: string, attrs: Attributes, document: string, authoritative = false): void {
    // Hot path (every mention of every paragraph): plain loops, attributes mutated
    // in place (the builder owns the graph; nothing listens to its events).
    const node = this.find(key);
    if (node) this.merge(node.attributes, attrs, authoritative);
    else this.add(key, withoutEmpty(attrs), document);
  }

  /** mergeAttributes, noting when it changes the node's kind (see citingEdges). */
  private merge(current: Attributes, attrs: Attributes, authoritative: boolean): void {
    const kind = current.kind;
    mergeAttributes(current, attrs, authoritative);
    if (current.kind !== kind) this.kindChanged(kind, current.kind);
  }

  /** A merge changed a node's kind: see citingEdges, tallies. */
  private kindChanged(from: unknown, to: unknown): void {
    this.citingEdges = undefined;
    this.tallies?.nodes.add(from, -1);
    this.tallies?.nodes.add(to, 1);
  }

  /**
   * The graph's nodes by kind and edges by type, as ingest/batch.ts countGraph counts them (same
   * numbers, same key order), from what the builder tallied as it went; countGraph's pass when the
   * tallies do not account for the whole graph (it came with nodes, or was changed outside the builder).
   */
  counts(): { nodesByKind: Record<string, number>; edgesByType: Record<string, number> } {
    const g = this.graph;
    const t = this.tallies;
    if (t && t.nodes.ok && t.edges.ok && t.nodes.total === g.order && t.edges.total === g.size) {
      const nodesByKind = t.nodes.ordered((visit) => g.findNode((_key, attrs) => visit(attrs.kind)));
      const edgesByType = nodesByKind && t.edges.ordered((visit) => g.findEdge((_key, attrs) => visit(attrs.type)));
      if (nodesByKind && edgesByType) return { nodesByKind, edgesByType };
    }
    return countGraph(g);
  }

  private addEdge(type: RelationType, source: string, target: string, attrs: Omit<EdgeAttrs, 'type'>): void {
    const key = flatKey(edgeKey(type, source, target, { resolution: attrs.resolution, paragraph: attrs.paragraph, clause: attrs.clause }));
    this.resolutionsWithEdges.add(attrs.resolution ?? '');
    if (this.graph.hasEdge(key)) return;
    const clean: Attributes = { type };
    for (const k in attrs) {
      const v = (attrs as Attributes)[k];
      if (v !== undefined) clean[k] = v;
    }
    this.graph.addDirectedEdgeWithKey(key, source, target, clean);
    this.tallies?.edges.add(type, 1);
  }

  addResolution(ex: ResolutionExtraction): void {
    this.applyPlan(planResolution(ex));
  }

  /**
   * Adds the edge unless its key is already there. Looking the key up first and then
   * adding it cost two probes of a ~227k-entry Map per edge (hasEdge was the main thread's
   * costliest function). When the plan is `fresh` (no edge of its resolution was in the
   * graph before it), a repeat can only come from the plan itself, and there are next to
   * none (none over corpus-ga): the edge is added straight away, and graphology's own
   * check (it throws before changing anything when the key exists) catches the repeat.
   * Either way the outcome is that of `if (!hasEdge(key)) add`, errors included.
   * `key` is one flat string (see PlanEdgeKeys and flatKey).
   */
  private addPlannedEdge(key: string, sourceNode: NodeEntry, targetNode: NodeEntry, attrs: Attributes, fresh: boolean): void {
    const g = this.graph;
    const EdgeClass = this.directEdgeClass;
    // Entries not from graphology (a paragraph-less mention, a missing resolution) take the public API, which rejects them.
    if (EdgeClass !== undefined && this.records !== undefined && isRecord(sourceNode) && isRecord(targetNode)) {
      this.addEdgeRecord(EdgeClass, key, sourceNode, targetNode, attrs, fresh);
      return;
    }
    const source = sourceNode.key;
    const target = targetNode.key;
    if (!fresh) {
      if (g.hasEdge(key)) return;
      g.addDirectedEdgeWithKey(key, source, target, attrs);
      this.added(key, sourceNode, targetNode, attrs);
      this.learnEdgeClass(key, sourceNode, targetNode, attrs);
      return;
    }
    try {
      g.addDirectedEdgeWithKey(key, source, target, attrs);
    } catch (err) {
      if (!g.hasEdge(key)) throw err;
      return;
    }
    this.added(key, sourceNode, targetNode, attrs);
    this.learnEdgeClass(key, sourceNode, targetNode, attrs);
  }

  /** Sets nodeClass from `record`, graphology's record of a node just added with the public API, when it can (see nodeClass). */
  private learnNodeClass(record: NodeRecord): void {
    if (this.nodeClass !== undefined) return;
    const NodeClass = (record as { constructor?: unknown }).constructor;
    const graph = this.graph as unknown as { NodeDataClass?: unknown };
    if (typeof NodeClass !== 'function' || NodeClass !== graph.NodeDataClass || !this.graph.multi || this.graph.type !== 'directed') return;
    if (record.inDegree !== 0 || record.outDegree !== 0 || record.directedLoops !== 0) return;
    this.nodeClass = NodeClass as NodeRecordClass;
  }

  /** Sets edgeClass from the edge just added with the public API, when it can (see edgeClass). */
  private learnEdgeClass(key: string, sourceNode: NodeEntry, targetNode: NodeEntry, attrs: Attributes): void {
    if (this.edgeClass !== undefined || !this.edgeClassPossible || this.records === undefined || !isRecord(sourceNode) || !isRecord(targetNode)) return;
    this.edgeClass = edgeRecordClass(this.graph, key, sourceNode, targetNode, attrs);
    if (this.edgeClass === undefined) this.edgeClassPossible = false;
    // Tried in session 49 (spd49c), not kept: one throw-away edge record given graphology's `next` and `previous` links right
    // here, while V8 still sizes the records of that constructor (in-object slack tracking, its first 7 objects), so that
    // every record kept room for the links attachMulti adds to 48k of corpus-ga's 255k edges (each such edge had a property
    // array of its own: one more object per linked edge). Records went from 5 to 7 fields inside (checked with %DebugPrint),
    // but the young generation then promoted more bytes (replayed plans, --trace-gc-nvp: 151.1 -> 152.6 MB, the same 37
    // scavenges), and applying the plans took no less CPU (6 alternating pairs, means 1820 / 1833 ms at host load ~15).
  }

  /**
   * addPlannedEdge through graphology's internals (see edgeClass): the same record, Map entry,
   * degrees, counts and adjacency as graphology's addEdge, in the same order.
   */
  private addEdgeRecord(EdgeClass: EdgeRecordClass, key: string, source: NodeRecord & NodeEntry, target: NodeRecord & NodeEntry, attrs: Attributes, fresh: boolean): void {
    const internals = this.graph as unknown as EdgeInternals;
    const edges = internals._edges;
    if (!fresh && edges.has(key)) return;
    const record = new EdgeClass(false, key, source, target, attrs);
    const size = edges.size;
    edges.set(key, record);
    if (edges.size === size) {
      // a repeat within a fresh plan: graphology would have left the first record in place
      const first = attachedEdge(this.graph, key, source, target);
      if (first === undefined) throw new Error(`graph: edge ${key} was in the graph's edge index but attached nowhere`);
      edges.set(key, first);
      return;
    }
    (source.outDegree as number)++;
    (target.inDegree as number)++;
    if (source === target) {
      (source.directedLoops as number)++;
      internals._directedSelfLoopCount++;
    }
    record.attachMulti();
    internals._directedSize++;
    this.added(key, source, target, attrs);
  }

  /** Counts an edge applyPlan added, and notes it when it may cite a resolution (see citingEdges). */
  private added(key: string, source: NodeEntry, target: NodeEntry, attrs: Attributes): void {
    this.edgesAdded++;
    this.tallies?.edges.add(attrs.type, 1);
    const citing = this.citingEdges;
    if (citing && target.attributes.kind === 'Resolution' && CITING_TYPES.has(attrs.type)) citing.push(key, attrs, source.attributes, target.attributes);
  }

  /** Merges `attrs` into the node, or adds it (taking ownership of `attrs`) when new; returns the node. */
  private putNode(key: string, attrs: Attributes, document: string, authoritative = false): NodeEntry {
    const node = this.find(key);
    if (!node) return this.add(key, attrs, document);
    this.merge(node.attributes, attrs, authoritative);
    return node;
  }

  /**
   * The node whose key is the plan's string `i`, or undefined when the graph has none: looked up once per plan
   * (`known`, by string index; see applyPlan). Over corpus-ga the plans named a node 255k times, 108k times a
   * node not named before in the same plan (a relation's target is nearly always a node its paragraph mentions,
   * the General Assembly is in paragraph after paragraph): the rest were look-ups in the graph's ~54k-entry
   * node Map, each a hash probe whose entries and keys are scattered over the heap (cache misses).
   */
  private planNode(known: (NodeEntry | undefined)[], r: TaggedReader, i: number): NodeEntry | undefined {
    const node = known[i];
    if (node !== undefined) return node;
    const found = this.find(r.string(i));
    if (found !== undefined) known[i] = found;
    return found;
  }

  /** putNode for the key that is the plan's string `i` (see planNode). */
  private putPlanNode(known: (NodeEntry | undefined)[], r: TaggedReader, i: number, attrs: Attributes, document: string, authoritative: boolean): NodeEntry {
    const node = this.planNode(known, r, i);
    if (!node) return (known[i] = this.add(r.string(i), attrs, document));
    this.merge(node.attributes, attrs, authoritative);
    return node;
  }

  /**
   * The node whose key is the plan's string `i` (see planNode), after adding it from its key alone
   * (keyNodeAttributes) when missing; undefined when the key names no kind.
   */
  private ensurePlanNode(known: (NodeEntry | undefined)[], r: TaggedReader, i: number, document: string): NodeEntry | undefined {
    const node = this.planNode(known, r, i);
    if (node) return node;
    const key = r.string(i);
    const attrs = keyNodeAttributes(key);
    return attrs ? (known[i] = this.add(key, attrs, document)) : undefined;
  }

  /**
   * The plan's resolution node, for an edge from or to it: the node its OP.resolution put in, else the
   * graph's; when the graph has none, one standing for it (graphology then rejects the edge).
   */
  private resolutionNode(known: NodeEntry | undefined, key: string): NodeEntry {
    return known ?? this.find(key) ?? { key, attributes: {} };
  }

  /**
   * Replays a plan made by planResolution (possibly on another thread): the same
   * node merges and edges, in the same order, as reading the extraction here.
   * The plan's attribute objects are taken over by the graph: apply a plan once.
   */
  applyPlan(plan: ResolutionPlan): void {
    const { code, document } = plan;
    const r = new TaggedReader(plan);
    // the nodes the plan names, by the index of their key among its strings (see planNode)
    const known = new Array<NodeEntry | undefined>(plan.strings.length);
    this.directEdgeClass = this.edgeClass !== undefined && this.graph.listenerCount('edgeAdded') === 0 ? this.edgeClass : undefined;
    // Node keys in edges are those the graph holds (see oneByte), found when the node is looked up.
    let resolution = plan.resolution;
    let resolutionEntry: NodeEntry | undefined;
    /** the adoption date of the resolution whose plan this is (see reportedEnd) */
    let printedOn: string | undefined;
    const fresh = !this.resolutionsWithEdges.has(resolution);
    this.resolutionsWithEdges.add(resolution);
    const n = code.length;
    let paragraphId = '';
    let paragraph = NO_PARAGRAPH;
    const spans = this.spans;
    spans.reset('');
    let keys = new PlanEdgeKeys(resolution);
    let i = 0;
    while (i < n) {
      const op = code[i]!;
      switch (op) {
        case OP.resolution: {
          const attrs = r.value(code[i + 2]!) as Attributes;
          const node = this.putPlanNode(known, r, code[i + 1]!, attrs, document, true);
          if (typeof attrs.date === 'string') printedOn = attrs.date;
          if (node.key === resolution) {
            resolution = node.key;
            resolutionEntry = node;
            // the graph's copy of the key is one byte a character (see oneByte): so are the keys joined with it
            if (paragraph === NO_PARAGRAPH) keys = new PlanEdgeKeys(resolution);
          }
          i += 3;
          break;
        }
        case OP.paragraph: {
          paragraphId = r.value(code[i + 2]!) as string;
          const paragraphText = r.value(code[i + 6]!);
          spans.reset(typeof paragraphText === 'string' ? paragraphText : '');
          const attrs = paragraphAttributes(plan, paragraphId, r.value(code[i + 3]!), r.value(code[i + 4]!), r.value(code[i + 5]!), paragraphText, r.value(code[i + 7]!), r.value(code[i + 8]!));
          paragraph = this.putPlanNode(known, r, code[i + 1]!, attrs, document, true);
          resolutionEntry = this.resolutionNode(resolutionEntry, resolution);
          this.addPlannedEdge(keys.paragraph(paragraph.key, paragraphId), paragraph, resolutionEntry, provenance('PART_OF', resolution, paragraphId, document), fresh);
          i += 9;
          break;
        }
        case OP.adoptedOn: {
          const attrs = r.value(code[i + 2]!) as Attributes;
          const date = this.putPlanNode(known, r, code[i + 1]!, attrs, document, false);
          resolutionEntry = this.resolutionNode(resolutionEntry, resolution);
          this.addPlannedEdge(flatKey(edgeKey('ADOPTED_ON', resolution, date.key, { resolution })), resolutionEntry, date, provenance('ADOPTED_ON', resolution, undefined, document), fresh);
          i += 3;
          break;
        }
        case OP.mention: {
          const index = code[i + 1]!;
          const from = i + 10;
          const to = from + 2 * code[i + 9]!;
          let node = this.planNode(known, r, index);
          if (node) {
            const kind = node.attributes.kind;
            mergePairs(node.attributes, r, code, from, to, printedOn);
            if (node.attributes.kind !== kind) this.kindChanged(kind, node.attributes.kind);
          } else {
            const planned = r.string(index);
            const kind = (r.value(code[i + 2]!) as string | null) ?? planned.slice(0, planned.indexOf(':'));
            const name = (r.value(code[i + 3]!) as string | null) ?? planned.slice(kind.length + 1);
            node = known[index] = this.add(planned, mentionAttributes(r, code, from, to, kind, name), document);
            if (printedOn !== undefined && kind === 'Event') markReported(node.attributes, printedOn);
          }
          if (r.value(code[i + 4]!) === true) {
            const start = r.value(code[i + 6]!);
            const end = r.value(code[i + 7]!);
            const e = mentionEdge(resolution, paragraphId, document, spans.phrase(r, code[i + 5]!, start, end), start, end, r.value(code[i + 8]!));
            this.addPlannedEdge(keys.mention(node.key), paragraph, node, e, fresh);
          }
          i = to;
          break;
        }
        case OP.relation: {
          const node = this.planNode(known, r, code[i + 2]!);
          if (node) {
            const typeIndex = code[i + 1]!;
            const type = RELATION_TYPES[typeIndex]!;
            const clause = r.value(code[i + 8]!) as number | undefined;
            const start = r.value(code[i + 6]!);
            const end = r.value(code[i + 7]!);
            const e = relationEdge(type, resolution, paragraphId, document, r.value(code[i + 3]!), r.value(code[i + 4]!), spans.phrase(r, code[i + 5]!, start, end), start, end, clause);
            resolutionEntry = this.resolutionNode(resolutionEntry, resolution);
            this.addPlannedEdge(keys.relation(typeIndex, type, node.key, clause), resolutionEntry, node, e, fresh);
          }
          i += 9;
          break;
        }
        case OP.attribution: {
          const source = this.ensurePlanNode(known, r, code[i + 2]!, document);
          const target = source === undefined ? undefined : this.ensurePlanNode(known, r, code[i + 3]!, document);
          if (source !== undefined && target !== undefined) {
            const type = RELATION_TYPES[code[i + 1]!]!;
            const start = r.value(code[i + 5]!);
            const end = r.value(code[i + 6]!);
            const e = attributionEdge(type, resolution, paragraphId, document, spans.phrase(r, code[i + 4]!, start, end), start, end);
            this.addPlannedEdge(keys.attribution(type, source.key, target.key), source, target, e, fresh);
          }
          i += 7;
          break;
        }
        default:
          throw new Error(`graph plan of ${document}: unknown op ${String(op)} at ${i}`);
      }
    }
  }

  /** Moves every edge of `from` onto `to` (merging properties) and drops `from`. */
  mergeNodeInto(from: string, to: string): void {
    const g = this.graph;
    this.citingEdges = undefined; // edges move (finalize merges only after it has used the list)
    // mergeNode, with `from`'s document looked for only when `to` is added
    const node = this.find(to);
    if (node) this.merge(node.attributes, g.getNodeAttributes(from), false);
    else this.add(to, withoutEmpty(g.getNodeAttributes(from)), this.firstDocumentOf(from));
    const moves: [string, string, Attributes][] = [];
    const dropped = new Set<string>();
    g.forEachEdge(from, (e, attrs, source, target) => {
      moves.push([source === from ? to : source, target === from ? to : target, attrs]);
      if (!dropped.has(e)) this.tallies?.edges.add(attrs.type, -1);
      dropped.add(e);
    });
    this.tallies?.nodes.add(g.getNodeAttribute(from, 'kind'), -1);
    g.dropNode(from);
    for (const [source, target, attrs] of moves) {
      const { type, ...rest } = attrs;
      this.addEdge(type as RelationType, source, target, rest as Omit<EdgeAttrs, 'type'>);
    }
  }

  /**
   * "the high-level meeting of the General Assembly on antimicrobial resistance" and "the high-level meeting on
   * antimicrobial resistance" of one year are one meeting (as their political declaration is one, entityScan's
   * declarationName): the first is keyed as the second, dated or not (after mergeUndatedEvents, which reads each form's
   * dated mentions as printed). `events`: the Event nodes, in the graph's order (the keys merged away stay in it).
   */
  private mergeAssemblyMeetings(events: string[]): void {
    const g = this.graph;
    const n = events.length;
    for (let i = 0; i < n; i++) {
      const key = events[i]!;
      if (!key.includes(OF_THE_ASSEMBLY_ON)) continue;
      const m = ASSEMBLY_MEETING_KEY_RE.exec(key);
      if (!m || !g.hasNode(key)) continue;
      const to = `${m[1]} ${m[2]} on ${m[3]}`;
      this.mergeNodeInto(key, to);
    }
  }

  /**
   * "the political declaration of the high-level meeting on improving global road safety" (A/RES/79/138 PP41, 78/290 PP6),
   * its declaration keyed "(2022)" by mergeUndatedDeclarations: the undated meeting that ADOPTED a dated declaration in a
   * paragraph is that year's sitting, where the graph holds it ("... @ 2022"), beside the sitting of 2026 that another
   * paragraph names ("the high-level meeting to be convened by the Assembly in 2026", 78/290 OP18). That paragraph's edges
   * of the undated node move to the dated one; the undated node is dropped when none is left. Not where one paragraph's
   * declarations say two years. `events`: the Event nodes, in the graph's order (before mergeAssemblyMeetings).
   */
  private datedByAdoptedDeclaration(events: string[]): void {
    const g = this.graph;
    const seen = new Set<string>();
    for (const key of events) {
      if (key.includes(' @ ')) continue;
      let base = key;
      if (key.includes(OF_THE_ASSEMBLY_ON)) {
        const m = ASSEMBLY_MEETING_KEY_RE.exec(key);
        if (m) base = `${m[1]} ${m[2]} on ${m[3]}`;
      }
      if (seen.has(base) || !g.hasNode(base)) continue;
      seen.add(base);
      // resolution#paragraph -> the dated sitting its declaration says ('' where two)
      const byParagraph = new Map<string, string>();
      g.forEachOutEdge(base, (_e, attrs, _s, target) => {
        if (attrs.type !== 'ADOPTED' || !target.startsWith(DECLARATION_KEY)) return;
        const m = DATED_DECLARATION_RE.exec(target);
        if (!m) return;
        const dated = `${base} @ ${m[2]}`;
        if (!g.hasNode(dated)) return;
        const at = `${attrs.resolution}#${attrs.paragraph}`;
        const had = byParagraph.get(at);
        byParagraph.set(at, had === undefined || had === dated ? dated : '');
      });
      if (byParagraph.size === 0) continue;
      const moves = new Map<string, string[]>();
      g.forEachEdge(base, (e, attrs) => {
        const to = byParagraph.get(`${attrs.resolution}#${attrs.paragraph}`);
        if (!to) return;
        const list = moves.get(to);
        if (list) list.push(e);
        else moves.set(to, [e]);
      });
      for (const [to, edges] of moves) this.moveEdges(base, to, edges);
      if (g.degree(base) === 0 && !g.getNodeAttribute(base, 'ingested')) {
        this.tallies?.nodes.add(g.getNodeAttribute(base, 'kind'), -1);
        g.dropNode(base);
      }
    }
  }

  /**
   * The sitting keyed by one year that ADOPTED, in a paragraph, a declaration the graph dates to another: "the political
   * declaration of the high-level meeting on improving global road safety of 30 June 2022" (A/RES/78/290 PP6), its meeting
   * merged by mergeUndatedEvents into the one dated sitting of that file, "the high-level meeting to be convened by the
   * Assembly in 2026" (OP18), when the file is read alone. That paragraph's edges move to the sitting of the declaration's
   * year (added, dated by that year alone, where the graph lacks it). Not where the paragraph dates the sitting itself
   * (its STARTS_ON there) or its declarations say two years. `events`: the Event nodes, in the graph's order (before
   * mergeAssemblyMeetings, whose keys are looked up too).
   */
  private redateAdoptingSittings(events: string[]): void {
    const g = this.graph;
    const seen = new Set<string>();
    for (const listed of events) {
      const key = g.hasNode(listed) ? listed : assemblyMeetingKey(listed);
      const at = key.indexOf(DATED_KEY_MARK);
      if (at < 0 || seen.has(key) || !g.hasNode(key)) continue;
      seen.add(key);
      const ownYear = DATED_EVENT_KEY_RE.exec(key)?.[1];
      // resolution#paragraph -> the year its declarations say ('' where two, or where the paragraph dates the sitting)
      const byParagraph = new Map<string, string>();
      g.forEachOutEdge(key, (_e, attrs, _s, target) => {
        if (attrs.type !== 'ADOPTED' || !target.startsWith(DECLARATION_KEY)) return;
        const year = DATED_DECLARATION_RE.exec(target)?.[2];
        if (year === undefined || year === ownYear) return;
        const paragraph = `${attrs.resolution}#${attrs.paragraph}`;
        const had = byParagraph.get(paragraph);
        byParagraph.set(paragraph, had === undefined || had === year ? year : '');
      });
      if (byParagraph.size === 0) continue;
      g.forEachOutEdge(key, (_e, attrs) => {
        if (attrs.type === 'STARTS_ON') byParagraph.set(`${attrs.resolution}#${attrs.paragraph}`, '');
      });
      const moves = new Map<string, string[]>();
      g.forEachEdge(key, (e, attrs) => {
        const year = byParagraph.get(`${attrs.resolution}#${attrs.paragraph}`);
        if (!year) return;
        const to = `${key.slice(0, at)}${DATED_KEY_MARK}${year}`;
        const list = moves.get(to);
        if (list) list.push(e);
        else moves.set(to, [e]);
      });
      for (const [to, edges] of moves) {
        if (!g.hasNode(to)) {
          const attrs = g.getNodeAttributes(key);
          const year = to.slice(to.lastIndexOf(' ') + 1);
          this.add(to, withoutEmpty({ kind: attrs.kind, name: attrs.name, eventKind: attrs.eventKind, startDate: year }), this.firstDocumentOf(key));
        }
        this.moveEdges(key, to, edges);
      }
    }
  }

  /**
   * Events are keyed by name + start date. A mention that gives no date ("the
   * twenty-eighth session of the Commission") is the same event as the one dated
   * mention of that name, when there is exactly one, and the name is not a series'
   * (see recurringSeries): an undated mention of a series is the series.
   * `events`: the Event nodes, in the graph's order.
   */
  private mergeUndatedEvents(events: string[]): void {
    const g = this.graph;
    const dated = new Map<string, string[]>();
    for (const key of events) {
      const at = key.indexOf(' @ ');
      if (at < 0) continue;
      const base = key.slice(0, at);
      const list = dated.get(base);
      if (list) list.push(key);
      else dated.set(base, [key]);
    }
    for (const [base, keys] of dated) {
      if (!g.hasNode(base)) continue;
      if (keys.length === 1) {
        if (!this.recurringSeries(base, keys[0]!)) this.mergeNodeInto(base, keys[0]!);
      } else if (g.getNodeAttribute(base, 'eventKind') === 'year' && !keys.some((k) => this.recurringSeries(base, k))) this.mergeUndatedByResolution(base, keys);
    }
  }

  /**
   * "the Chair's summary of the 2024 session of the Preparatory Committee" and "the first and second sessions of the Preparatory
   * Committee for the eleventh Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held
   * from 31 July to 11 August 2023 and from 22 July to 2 August 2024" (A/RES/79/41 PP5, 80/48 PP5 with the third of 2025): a
   * body's session named by its year is the one session of that body the graph dates to that year, named by its ordinal.
   * Not where two of its sessions start in that year (a resumed one, or a special one), nor a body whose sessions have no
   * ordinal dated. `events`: the Event nodes, in the graph's order.
   */
  private mergeYearNamedSessions(events: string[]): void {
    const g = this.graph;
    let yearNamed: [string, string, string][] | undefined;
    for (const key of events) {
      if (!key.includes(SESSION_OF)) continue;
      const m = YEAR_NAMED_SESSION_KEY_RE.exec(key);
      if (m) (yearNamed ??= []).push([key, m[1]!, m[2]!]);
    }
    if (!yearNamed) return;
    // body -> year -> the ordinal sessions of that body starting in that year
    const wanted = new Set(yearNamed.map(([, , body]) => body));
    const ordinals = new Map<string, string[]>();
    for (const key of events) {
      if (!key.includes(SESSION_OF) || !g.hasNode(key)) continue;
      const m = ORDINAL_SESSION_KEY_RE.exec(key);
      if (!m || !wanted.has(m[1]!)) continue;
      const start = g.getNodeAttribute(key, 'startDate') as unknown;
      if (typeof start !== 'string') continue;
      const at = `${m[1]!}|${start.slice(0, 4)}`;
      const list = ordinals.get(at);
      if (list) list.push(key);
      else ordinals.set(at, [key]);
    }
    for (const [key, year, body] of yearNamed) {
      const same = ordinals.get(`${body}|${year}`);
      if (same?.length !== 1 || !g.hasNode(key)) continue;
      // (its year as its start says less than the day the ordinal session is dated by: not a second STARTS_ON)
      const yearStarts = g.filterOutEdges(key, (_e, attrs, _s, target) => attrs.type === 'STARTS_ON' && target === `Date:${year}`);
      for (const e of yearStarts) {
        this.tallies?.edges.add('STARTS_ON', -1);
        g.dropEdge(e);
      }
      this.mergeNodeInto(key, same[0]!);
    }
  }

  /**
   * One sitting keyed twice, once by a run of the words of its other name: "the General Assembly High-level Forum held on 13
   * September 2019 on the occasion of the twentieth anniversary ..." (A/RES/78/277 PP26) and "the General Assembly High-level
   * Forum on the Culture of Peace, held on 13 September 2019" (79/321 PP26); "the High-level Forum, convened by the General Assembly
   * on 2 August 2024" (79/321 OP19, after PP27 named it in full); "the plenary meeting of the Kimberley Process" and its "twentieth
   * plenary meeting", both from 12 to 15 November 2024. A sitting dated to the day takes the one other sitting of its kind that
   * starts that day (and ends the same day, where both say) and whose name holds its name, or all its words ("Third
   * International Expert Meeting on Asset Return" in "... on the Return of Stolen Assets", wordsWithin); not where two such
   * sittings do, nor two keys dated by different years.
   * `events`: the Event nodes, in the graph's order.
   */
  private mergeShortNamedSittings(events: string[]): void {
    const g = this.graph;
    const byDay = new Map<string, string[]>();
    for (const key of events) {
      if (!g.hasNode(key)) continue;
      const start = g.getNodeAttribute(key, 'startDate') as unknown;
      if (typeof start !== 'string' || start.length !== 10) continue;
      const list = byDay.get(start);
      if (list) list.push(key);
      else byDay.set(start, [key]);
    }
    const spacedName = (key: string): string => {
      const at = key.indexOf(' @ ');
      const name = at < 0 ? key.slice(EVENT_PREFIX.length) : key.slice(EVENT_PREFIX.length, at);
      // ("the Intergovernmental Conference in Marrakech, Morocco, on 10 December 2018", A/RES/79/154 PP10: a generic head keyed
      // with its resolution, which the day's one sitting named in full holds)
      const qualified = RESOLUTION_QUALIFIER_END_RE.exec(name);
      return ` ${qualified ? name.slice(0, qualified.index) : name} `;
    };
    for (const keys of byDay.values()) {
      if (keys.length < 2) continue;
      for (const short of keys) {
        if (!g.hasNode(short)) continue;
        const name = spacedName(short);
        const kind = g.getNodeAttribute(short, 'eventKind') as unknown;
        const end = g.getNodeAttribute(short, 'endDate') as unknown;
        let into: string | undefined;
        let found = 0;
        for (const long of keys) {
          if (long === short || !g.hasNode(long) || g.getNodeAttribute(long, 'eventKind') !== kind) continue;
          const longEnd = g.getNodeAttribute(long, 'endDate') as unknown;
          if (end !== undefined && longEnd !== undefined && end !== longEnd) continue;
          const longName = spacedName(long);
          if (longName.length <= name.length) continue;
          // (a part of a sitting holds the sitting's name and may share its first day, "the second part of the Fifth United Nations
          // Conference on the Least Developed Countries, held in Doha from 5 to 9 March 2023": a sitting of its own, part of it)
          if (isSittingPartName(longName)) continue;
          // (by words, not where the two keys' years disagree: one is misdated or misnamed)
          if (!longName.includes(name) && (!wordsWithin(name, longName) || yearsDisagree(short, long))) continue;
          // ("the high-level meeting on the midterm review of the Sendai Framework ..." of 18 May 2023, A/RES/78/152 OP3, beside
          // "... of the General Assembly on the midterm review of the implementation of the Sendai Framework ...", 78/153 PP11,
          // and "... on the midterm review of the implementation of ...", which mergeAssemblyMeetings makes one: one sitting)
          // (nor the short one's own Assembly form, which mergeAssemblyMeetings merges into it)
          if (long.includes(OF_THE_ASSEMBLY_ON) && assemblyMeetingKey(long) === short) continue;
          if (into !== undefined && assemblyMeetingKey(into) === assemblyMeetingKey(long)) continue;
          into = long;
          found++;
        }
        if (found === 1) this.mergeNodeInto(short, into!);
      }
    }
  }

  /**
   * One edition keyed twice, once with its host town printed before the series' name: "the Tokyo Nutrition for Growth Summit,
   * convened by the Government of Japan on 7 and 8 December 2021" (A/RES/78/168 OP19, 79/221 OP8, 79/227, 79/276) and "the
   * Nutrition for Growth Summit, held in Tokyo on 7 and 8 December 2021" (A/RES/79/171 PP45, 78/198). A dated event whose
   * location is L takes the node keyed "L <its key>" (same start, or none), after mergeUndatedEvents has dated that one.
   * `events`: the Event nodes, in the graph's order.
   */
  private mergeVenuePrefixedEditions(events: string[]): void {
    const g = this.graph;
    for (const key of events) {
      if (!key.includes(' @ ') || !g.hasNode(key)) continue;
      const location = g.getNodeAttribute(key, 'location') as unknown;
      if (typeof location !== 'string') continue;
      const prefixed = `${EVENT_PREFIX}${location} ${key.slice(EVENT_PREFIX.length)}`;
      if (!g.hasNode(prefixed)) continue;
      const start = g.getNodeAttribute(prefixed, 'startDate') as unknown;
      if (start !== undefined && start !== g.getNodeAttribute(key, 'startDate')) continue;
      this.mergeNodeInto(prefixed, key);
    }
  }

  /**
   * An International Year of several editions ("the International Year of Peace and Trust" of 2021 and of 2025): an undated
   * mention stays the series, except in a resolution that names one of the editions only, where it is that edition ("we
   * recall that 2025 was proclaimed ... as the International Year of Peace and Trust" then the name alone). The undated
   * node's edges are grouped by the resolution they come from; the node is dropped when none is left. Years only: a summit
   * or conference named undated beside a dated one is often the next one ("the Nutrition for Growth Summit held in Tokyo in
   * 2021, and looking forward to the Nutrition for Growth Summit to be held in Paris", A/RES/78/144 PP7).
   */
  private mergeUndatedByResolution(base: string, editions: readonly string[]): void {
    const g = this.graph;
    const byResolution = new Map<string, string[]>();
    g.forEachEdge(base, (e, attrs) => {
      if (typeof attrs.resolution !== 'string') return;
      const list = byResolution.get(attrs.resolution);
      if (list) list.push(e);
      else byResolution.set(attrs.resolution, [e]);
    });
    for (const [resolution, edges] of byResolution) {
      let named: string | undefined;
      for (const k of editions) {
        if (!g.someEdge(k, (_e, attrs) => attrs.resolution === resolution)) continue;
        if (named !== undefined) {
          named = undefined;
          break;
        }
        named = k;
      }
      if (named !== undefined) this.moveEdges(base, named, edges);
    }
    if (g.degree(base) === 0 && !g.getNodeAttribute(base, 'ingested')) {
      this.tallies?.nodes.add(g.getNodeAttribute(base, 'kind'), -1);
      g.dropNode(base);
    }
  }

  /**
   * Whether the undated event `base` is a series its one dated edition `edition` belongs to, not that edition: the
   * paragraph said so (an edition PART_OF the series: "the Youth Olympic Games" and "the Dakar 2026 Youth Olympic Games");
   * days and weeks are observed every year and forums meet again ("15 March as the International Day to Combat
   * Islamophobia" is no one year's observance, "Member States engaged in the International Migration Review Forum" no
   * one forum's); and the sittings of a standing body named without a number ("the plenary meeting of the Kimberley
   * Process", "the next Ministerial Conference", "the meetings of the Conference of the Parties serving as the Meetings of
   * the Parties to the Protocols") are any of its sittings.
   */
  private recurringSeries(base: string, edition: string): boolean {
    const g = this.graph;
    const kind = g.getNodeAttribute(edition, 'eventKind') as unknown;
    if (kind === 'day' || kind === 'week' || kind === 'forum') return true;
    if (RECURRING_SITTING_RE.test(base)) return true;
    // (a standing conference of an organization, which sits in numbered sessions: "the adoption by the International Labour Conference
    // of the Domestic Workers Convention" is no one year's sitting, A/RES/78/180 PP20, beside the one dated "International Labour
    // Conference, ... from 3 to 14 June 2024", 79/331 OP30)
    if (SESSION_NUMBERED_CONFERENCES.has(g.getNodeAttribute(base, 'name') as string)) return true;
    return g.someOutEdge(edition, (_e, attrs, _s, target) => target === base && attrs.type === 'PART_OF');
  }

  /**
   * "the political declaration of the high-level meeting on universal health coverage" printed with no year is keyed
   * without one (entityScan, declarationsOfMeetings) beside the dated "... (2023)". Each citing resolution's undated
   * mentions (its edges, grouped by resolution) take the year the text makes known: that of the resolution that adopted
   * the declaration (its ADOPTED edge there: the resolution's date, or its session's first year for a GA resolution
   * numbered under 200, "Resolution 74/2." -> 2019), or that of the meeting that adopted it where the graph dates it ("... @
   * 2021"); else that of the one dated declaration of that name the same
   * resolution names; else that of the one dated declaration of that name in the graph. Otherwise it stays undated.
   * `declarations`: the keys that start `Framework:Political declaration of the `, in the graph's order.
   */
  private mergeUndatedDeclarations(declarations: string[]): void {
    const g = this.graph;
    const years = new Map<string, Set<string>>(); // undated key -> years of its dated ones
    const undated: string[] = [];
    const yearOf = (key: string): RegExpExecArray | null => DATED_DECLARATION_RE.exec(key);
    for (const key of declarations) {
      if (!g.hasNode(key)) continue;
      const m = yearOf(key);
      if (!m) {
        undated.push(key);
        continue;
      }
      const set = years.get(m[1]!) ?? new Set<string>();
      set.add(m[2]!);
      years.set(m[1]!, set);
    }
    if (!undated.length) return;
    const pending: [string, string, string[]][] = []; // [undated key, citing resolution, edges] left for the graph's one year
    const moves: [string, string, string[]][] = [];
    for (const key of undated) {
      const byResolution = new Map<string, string[]>();
      g.forEachEdge(key, (e, attrs) => {
        const r = typeof attrs.resolution === 'string' ? attrs.resolution : '';
        const list = byResolution.get(r);
        if (list) list.push(e);
        else byResolution.set(r, [e]);
      });
      for (const [resolution, edges] of byResolution) {
        // the declaration's own date printed with it ("the political declaration of the high-level meeting on improving global
        // road safety of 30 June 2022", A/RES/78/290 PP6) before its meeting's: read alone, that file dates the meeting by
        // another paragraph's sitting ("the high-level meeting to be convened by the Assembly in 2026", OP18)
        let year = ownAdoptionYear(g, key, edges);
        for (const e of edges) {
          if (year) break;
          if (g.getEdgeAttribute(e, 'type') !== 'ADOPTED' || g.target(e) !== key) continue;
          // (the meeting it is named after, where the graph dates it: "the political declaration of the high-level meeting of
          // the General Assembly on HIV and AIDS,6" with "6 Resolution 75/284." (A/RES/78/5 annex OP3), a note that states no
          // adoption, its meeting keyed "... @ 2021": that meeting's year)
          const source = g.source(e);
          year = source.startsWith(EVENT_PREFIX) ? DATED_EVENT_KEY_RE.exec(source)?.[1] : adoptionYear(source, g.getNodeAttribute(source, 'date'));
          if (year) break;
        }
        if (!year && resolution) {
          // the one dated declaration of that name the same resolution names
          const named = new Set<string>();
          for (const y of years.get(key) ?? []) {
            if (g.someInEdge(`${key} (${y})`, (_e, attrs) => attrs.resolution === resolution)) named.add(y);
          }
          if (named.size === 1) year = [...named][0];
        }
        if (!year && resolution && g.hasNode(resolution)) year = yearOfCitedAdopter(g, key, years.get(key), resolution, edges);
        if (year) moves.push([key, `${key} (${year})`, edges]);
        else pending.push([key, resolution, edges]);
      }
    }
    for (const [from, to] of moves) {
      const m = yearOf(to)!;
      const set = years.get(from) ?? new Set<string>();
      set.add(m[2]!);
      years.set(from, set);
    }
    for (const [from, , edges] of pending) {
      const set = years.get(from);
      if (set?.size === 1) moves.push([from, `${from} (${[...set][0]!})`, edges]);
    }
    for (const [from, to, edges] of moves) {
      // "the political declaration of the high-level meeting of the General Assembly on HIV and AIDS" of 2021 (A/RES/78/5 annex
      // OP3): the declaration texts print by its title, one node with it (ingest/meetingDeclarations.ts)
      const m = yearOf(to)!;
      const title = titledMeetingDeclaration(m[1]!.slice(FRAMEWORK_PREFIX.length), m[2]!);
      const titled = title === undefined ? undefined : `${FRAMEWORK_PREFIX}${title}`;
      if (titled !== undefined && !g.hasNode(titled)) this.add(titled, withoutEmpty({ ...g.getNodeAttributes(from), name: title }), this.firstDocumentOf(from));
      this.moveEdges(from, titled ?? to, edges);
    }
    for (const key of undated) {
      if (g.hasNode(key) && g.degree(key) === 0 && !g.getNodeAttribute(key, 'ingested')) {
        this.tallies?.nodes.add(g.getNodeAttribute(key, 'kind'), -1);
        g.dropNode(key);
      }
    }
  }

  /** Moves the edges `edges` of `from` onto `to` (added with `from`'s attributes when missing). */
  private moveEdges(from: string, to: string, edges: readonly string[]): void {
    const g = this.graph;
    if (!g.hasNode(to)) this.add(to, withoutEmpty({ ...g.getNodeAttributes(from) }), this.firstDocumentOf(from));
    const moved: [string, string, Attributes][] = [];
    for (const e of edges) {
      if (!g.hasEdge(e)) continue;
      const source = g.source(e);
      const target = g.target(e);
      moved.push([source === from ? to : source, target === from ? to : target, g.getEdgeAttributes(e)]);
      this.tallies?.edges.add(g.getEdgeAttribute(e, 'type'), -1);
      g.dropEdge(e);
    }
    for (const [source, target, attrs] of moved) {
      const { type, ...rest } = attrs;
      this.addEdge(type as RelationType, source, target, rest as Omit<EdgeAttrs, 'type'>);
    }
  }

  /**
   * A report cited by title in one place and by title plus footnote symbol in another is one
   * document: the title-keyed node joins the symbol-keyed node that carries the same title,
   * when exactly one does.
   * `documents`: the Document nodes, in the graph's order (some may have been merged away since).
   */
  private mergeTitledDocuments(documents: NodeEntry[]): void {
    const g = this.graph;
    // "the sixth biennial report of the Secretary-General on the review of the implementation of the commitments made towards
    // Africa's development" (A/RES/78/262 PP18, 79/263 PP21) and "the report ... of commitments made toward Africa's
    // development" (OP56, OP57): one title printed with and without "the", "towards" and "toward"; the later key joins the first
    const firstOfTitle = new Map<string, string>();
    for (const { key, attributes: attrs } of documents) {
      if (attrs.symbol !== undefined || !g.hasNode(key)) continue;
      const loose = looseTitleKey(key);
      const first = firstOfTitle.get(loose);
      if (first === undefined) firstOfTitle.set(loose, key);
      else this.mergeNodeInto(key, first);
    }
    const present = documents.filter((d) => g.hasNode(d.key));
    // title-keyed nodes, by key without the citing session a subject-only report is scoped by ("... (A/78)")
    const titled = new Map<string, { key: string; session?: string }[]>();
    for (const { key, attributes: attrs } of present) {
      if (attrs.symbol !== undefined) continue;
      const m = /^(.*) \(([AE]\/\d{1,4})\)$/.exec(key);
      const base = looseTitleKey(m ? m[1]! : key);
      const list = titled.get(base) ?? [];
      list.push({ key, session: m?.[2] });
      titled.set(base, list);
    }
    const claims = new Map<string, string[]>();
    for (const { key, attributes: attrs } of present) {
      if (typeof attrs.symbol !== 'string' || typeof attrs.title !== 'string') continue;
      const symbol = attrs.symbol;
      for (const t of titled.get(looseTitleKey(`Document:${normaliseTitle(attrs.title)}`)) ?? []) {
        // a report of the seventy-eighth session (A/78/...) is not the one cited by subject in the seventy-ninth
        if (t.session && !symbol.startsWith(`${t.session}/`)) continue;
        const list = claims.get(t.key) ?? [];
        list.push(key);
        claims.set(t.key, list);
      }
    }
    for (const [titleKey, keys] of claims) if (keys.length === 1) this.mergeNodeInto(titleKey, keys[0]!);
  }

  /**
   * One thing keyed twice, once with its owner's name printed before it and once without: "the World Trade Organization
   * Agreement on Fisheries Subsidies" (A/RES/80/121 OP33) and "the Agreement on Fisheries Subsidies" (A/RES/78/128 PP22),
   * "the Economic Commission for Europe Inland Transport Committee" (A/RES/79/330 OP25) and "the Inland Transport Committee"
   * (A/RES/80/132 OP1), "the United Nations Educational, Scientific and Cultural Organization World Conference on Cultural
   * Policies and Sustainable Development" (A/RES/78/133 PP8) and "the World Conference on ..." of the same year (78/161 OP16).
   * The owner is an Organization node of the graph (or the United Nations), by its name (two words or more) or its acronym; the twin is a node of
   * the same kind keyed by the rest of the name. The prefixed node joins its twin (the name the thing goes by on its own),
   * but for the owner "United Nations", whose name is part of the full names of its bodies and instruments ("the United
   * Nations Police Division", A/RES/79/136 PP13, and "the Police Division", 80/242 OP62): there the twin joins it.
   * Only when the rest is distinctive (isDistinctiveRest: a word left once generic heads, function words and numbers are
   * set aside: "the World Medical Association General Assembly" is not the General Assembly, "the United Nations Office on
   * Drugs and Crime Strategy 2021–2025" not every "Strategy 2021–2025") and one owner alone claims it.
   */
  private mergeOwnerPrefixedTwins(lists: NodeLists): void {
    const g = this.graph;
    // owner as printed -> the owner's name (an acronym and its full name are one owner)
    const owners = new Map<string, string>([[UNITED_NATIONS, UNITED_NATIONS]]);
    for (const { key, attributes: attrs } of lists.organizations) {
      const name = key.slice(ORGANIZATION_PREFIX.length);
      if (name.includes(' ')) owners.set(name, name);
      const acronym = attrs.acronym;
      if (typeof acronym === 'string' && ACRONYM_OWNER_RE.test(acronym)) owners.set(acronym, name);
    }
    // twin -> the prefixed keys and their owners
    const claims = new Map<string, { key: string; owner: string }[]>();
    const look = (key: string): void => {
      if (!g.hasNode(key)) return;
      const colon = key.indexOf(':');
      const name = key.slice(colon + 1);
      for (let sp = name.indexOf(' '); sp > 0; sp = name.indexOf(' ', sp + 1)) {
        const owner = owners.get(name.slice(0, sp));
        if (owner === undefined) continue;
        const rest = name.slice(sp + 1);
        const twin = key.slice(0, colon + 1) + rest;
        if (!g.hasNode(twin) || !isDistinctiveRest(rest)) continue;
        const list = claims.get(twin);
        if (list) list.push({ key, owner });
        else claims.set(twin, [{ key, owner }]);
        return;
      }
    };
    for (const key of lists.named) look(key);
    for (const key of lists.events) look(key);
    for (const [twin, list] of claims) {
      const owner = list[0]!.owner;
      if (list.some((c) => c.owner !== owner)) continue;
      // (an undated sitting's bare name may be another sitting's: "the Youth Forum discussions held during the opening of the
      // special session of the General Assembly against corruption" (A/RES/79/190 PP37) is not the Economic and Social
      // Council Youth Forum; twins of one year, "... World Conference on Cultural Policies ... @ 2022", are one sitting)
      if (twin.startsWith(EVENT_PREFIX) && !twin.includes(DATED_KEY_MARK)) continue;
      if (owner === UNITED_NATIONS) {
        // (the full name, "United Nations Police Division", over an acronym's "UN Police Division")
        const full = list.find((c) => c.key.includes(`:${UNITED_NATIONS} `)) ?? list[0]!;
        this.mergeNodeInto(twin, full.key);
        for (const { key } of list) if (key !== full.key && g.hasNode(key)) this.mergeNodeInto(key, full.key);
      } else for (const { key } of list) if (g.hasNode(key)) this.mergeNodeInto(key, twin);
    }
    // the owner printed after the name: "the Development Cooperation Forum of the Economic and Social Council" (A/RES/78/164,
    // 79/221) and "the Development Cooperation Forum" (80/129), "the Global Ocean Science Report of the Intergovernmental
    // Oceanographic Commission" (78/69) and "the Global Ocean Science Report" (79/144, 80/110): the twin joins the full name
    // (only a rest with two distinctive words: "the Board of Trustees" of one fund is not every board's)
    const suffixed = new Map<string, { key: string; owner: string }[]>();
    const lookSuffix = (key: string): void => {
      const at = key.indexOf(OF_THE);
      if (at < 0 || !g.hasNode(key)) return;
      for (let i = at; i > 0; i = key.indexOf(OF_THE, i + 1)) {
        const owner = owners.get(key.slice(i + OF_THE.length));
        if (owner === undefined) continue;
        const twin = key.slice(0, i);
        const rest = twin.slice(twin.indexOf(':') + 1);
        if (!g.hasNode(twin) || distinctiveWords(rest) < 2) continue;
        const list = suffixed.get(twin);
        if (list) list.push({ key, owner });
        else suffixed.set(twin, [{ key, owner }]);
        return;
      }
    };
    for (const key of lists.named) lookSuffix(key);
    for (const key of lists.events) lookSuffix(key);
    for (const [twin, list] of suffixed) {
      if (list.length === 1 && g.hasNode(twin) && g.hasNode(list[0]!.key)) this.mergeNodeInto(twin, list[0]!.key);
    }
  }

  /**
   * A plan or body printed with the place it belongs to after it ("Takes note of the National Strategic Plan 2021–2026 of
   * Tokelau", A/RES/78/97 OP6, 79/110, 80/101) and without it where the text says whose it is in other words ("the development
   * aspirations of Tokelau as expressed in its revised National Strategic Plan 2021–2026", PP14 of the same texts): the short
   * key joins the full one when one place alone claims it and every text that prints the short name names that place (a
   * country's "National Development Plan" is not another's).
   */
  private mergePlaceSuffixedTwins(named: string[]): void {
    const g = this.graph;
    const claims = new Map<string, { key: string; place: string }[]>();
    for (const key of named) {
      if (!g.hasNode(key)) continue;
      for (let i = key.indexOf(OF); i > 0; i = key.indexOf(OF, i + 1)) {
        const place = PLACE_PREFIX + key.slice(i + OF.length);
        if (!g.hasNode(place)) continue;
        const twin = key.slice(0, i);
        if (!g.hasNode(twin)) continue;
        const list = claims.get(twin);
        if (list) list.push({ key, place });
        else claims.set(twin, [{ key, place }]);
        break;
      }
    }
    const documentsOf = (key: string): Set<string> => {
      const docs = new Set<string>();
      g.forEachInEdge(key, (_e, attrs) => {
        if (typeof attrs.document === 'string') docs.add(attrs.document);
      });
      return docs;
    };
    for (const [twin, list] of claims) {
      if (list.length !== 1) continue;
      const { key, place } = list[0]!;
      const placeDocs = documentsOf(place);
      const twinDocs = documentsOf(twin);
      let named = twinDocs.size > 0;
      for (const doc of twinDocs) if (!placeDocs.has(doc)) named = false;
      if (named) this.mergeNodeInto(twin, key);
    }
  }

  /**
   * A document's author printed as another of its body's names: the Organization node's name, as the author of its other
   * reports ("the final report of the High-level Panel on the Development of a Multidimensional Vulnerability Index"
   * (A/RES/78/232 OP) after "... for Small Island Developing States", the name its node has). Only a name or acronym of one
   * Organization node; a node's own name is left as it is.
   */
  private nameDocumentAuthors(documents: NodeEntry[], organizations: NodeEntry[]): void {
    const g = this.graph;
    const names = new Set<string>();
    const byAlias = new Map<string, string | null>();
    /** each Organization name's acronym and aliases */
    const aliasesOf = new Map<string, string[]>();
    for (const { key, attributes: attrs } of organizations) {
      if (!g.hasNode(key) || typeof attrs.name !== 'string') continue;
      names.add(attrs.name);
      const aliases = Array.isArray(attrs.aliases) ? (attrs.aliases as unknown[]) : [];
      for (const a of typeof attrs.acronym === 'string' ? [attrs.acronym, ...aliases] : aliases) {
        if (typeof a !== 'string' || a === attrs.name) continue;
        const had = byAlias.get(a);
        byAlias.set(a, had === undefined || had === attrs.name ? attrs.name : null);
        const own = aliasesOf.get(attrs.name);
        if (own) own.push(a);
        else aliasesOf.set(attrs.name, [a]);
      }
    }
    for (const { key, attributes: attrs } of documents) {
      const author = attrs.author;
      if (typeof author !== 'string' || author === SG_AUTHOR || !g.hasNode(key)) continue;
      if (names.has(author)) {
        this.mergeFinalReportByAlias(key, author, aliasesOf.get(author));
        continue;
      }
      // (the node's own name printed with other quotes or dashes: "United Nations Secretary-General’s Panel on Critical Energy
      // Transition Minerals" (A/RES/80/124 OP2), the node named with a plain apostrophe)
      const own = `Organization:${author.replace(/[’‘]/g, "'").replace(/[\u2010\u2011\u2013]/g, '-')}`;
      const name = g.hasNode(own) && g.getNodeAttribute(own, 'kind') === 'Organization' ? g.getNodeAttribute(own, 'name') : byAlias.get(author);
      if (typeof name !== 'string' || name === author) continue;
      g.setNodeAttribute(key, 'author', name);
      // "the final report of the High-level Panel on the Development of a Multidimensional Vulnerability Index" (A/RES/78/232
      // OP43, the Panel named in full in OP12) is the one final report keyed by the body's full name: one node
      const byFullName = `Document:${normaliseTitle(`${FINAL_REPORT_OF}${name}`)}`;
      // (not when the two names differ in case alone, "High-Level Panel" and "High-level Panel" (A/RES/78/232 OP11, OP12, read
      // alone): both key the same node, which merging into itself would drop)
      if (byFullName !== key && key === `Document:${normaliseTitle(`${FINAL_REPORT_OF}${author}`)}` && g.hasNode(byFullName)) this.mergeNodeInto(key, byFullName);
    }
  }

  /**
   * "the Final Report of the OEWG" (A/RES/79/237 OP2), its author already the body's full name, is the one final report keyed
   * by that name ("the final report of the open-ended working group on security of and in the use of information and
   * communications technologies 2021–2025", A/RES/80/173 OP56): the report keyed by an acronym or alias of its author joins it,
   * without the printed short title.
   */
  private mergeFinalReportByAlias(key: string, author: string, aliases: readonly string[] | undefined): void {
    const g = this.graph;
    const byFullName = `Document:${normaliseTitle(`${FINAL_REPORT_OF}${author}`)}`;
    if (aliases === undefined || byFullName === key || !g.hasNode(byFullName)) return;
    if (!aliases.some((a) => key === `Document:${normaliseTitle(`${FINAL_REPORT_OF}${a}`)}`)) return;
    g.removeNodeAttribute(key, 'title');
    this.mergeNodeInto(key, byFullName);
  }

  /**
   * A body keyed with the resolution that established it, once by its bare head ("the Group of Governmental Experts
   * established pursuant to General Assembly resolution 77/250", A/RES/79/20 PP11, 80/20, 79/21 OP7) and once by its full
   * name ("the Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space,
   * established pursuant to General Assembly resolution 77/250", 79/19 PP22, 79/22 OP5): the bare key joins the full one
   * (when several full names of that resolution start with it, they are one group too, and join the shortest).
   */
  private mergeBareEstablishedBodies(organizations: NodeEntry[]): void {
    const g = this.graph;
    const namesOf = new Map<string, string[]>();
    for (const { key } of organizations) {
      if (key.charCodeAt(key.length - 1) !== 41 /* ) */) continue;
      const m = ESTABLISHED_BODY_KEY_RE.exec(key);
      if (!m || !g.hasNode(key)) continue;
      const names = namesOf.get(m[2]!);
      if (names) names.push(m[1]!);
      else namesOf.set(m[2]!, [m[1]!]);
    }
    for (const [resolution, names] of namesOf) {
      if (names.length < 2) continue;
      for (const bare of names) {
        const full = names.filter((n) => n.length > bare.length && n.startsWith(bare) && n.charCodeAt(bare.length) === 32);
        if (full.length === 0) continue;
        // several full names of one resolution's group: its name ("... on Further Practical Measures for the Prevention of an
        // Arms Race in Outer Space", 79/19 PP22) and its mandate ("... to consider and make recommendations on ...", 79/21
        // OP14), one group: all join the shortest, the name
        full.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
        const into = `${ORGANIZATION_PREFIX}${full[0]!} (${resolution})`;
        const bareKey = `${ORGANIZATION_PREFIX}${bare} (${resolution})`;
        if (!g.hasNode(into) || !g.hasNode(bareKey)) continue;
        for (let i = 1; i < full.length; i++) {
          const other = `${ORGANIZATION_PREFIX}${full[i]!} (${resolution})`;
          if (g.hasNode(other)) this.mergeNodeInto(other, into);
        }
        this.mergeNodeInto(bareKey, into);
      }
    }
  }

  /**
   * "Security Council resolution 1373" and "resolution 1373 (2001)" are one
   * resolution: the yearless key joins the one keyed with its year.
   * `councilKeys`: the keys that start `Resolution:S/RES/`, in the graph's order.
   */
  private mergeYearlessCouncilResolutions(councilKeys: string[]): void {
    const g = this.graph;
    const withYear = new Map<string, string[]>();
    for (const key of councilKeys) {
      const m = /^(Resolution:S\/RES\/\d+)\(\d{4}\)$/.exec(key);
      if (!m || !g.hasNode(key)) continue;
      const list = withYear.get(m[1]!);
      if (list) list.push(key);
      else withYear.set(m[1]!, [key]);
    }
    for (const [bare, keys] of withYear) {
      if (keys.length === 1 && g.hasNode(bare)) this.mergeNodeInto(bare, keys[0]!);
    }
  }

  /**
   * The ADOPTED_ON edge of each cited resolution (a dated node no file ingested), to its Date node,
   * as the plans add them: through addPlannedEdge (graphology's addEdge, cold code here, cost ~20 us
   * an edge over corpus-ga's 3,680), each Date node merged once (merging the same attributes again
   * changes nothing).
   */
  private addAdoptionDates(cited: NodeEntry[]): void {
    this.directEdgeClass = this.edgeClass !== undefined && this.graph.listenerCount('edgeAdded') === 0 ? this.edgeClass : undefined;
    const dates = new Map<string, NodeEntry>();
    for (const node of cited) {
      const key = node.key;
      const date = node.attributes.date as string;
      const dKey = dateKey(date);
      // (a node of kind Resolution under another key, if any, is looked for among all the keys added)
      const doc = this.resolutionDocuments.get(key) ?? this.firstDocumentOf(key);
      let dateNode = dates.get(dKey);
      if (dateNode === undefined) {
        dateNode = this.putNode(dKey, withoutEmpty(dateAttributes(date)), doc);
        dates.set(dKey, dateNode);
      }
      this.resolutionsWithEdges.add(key);
      this.addPlannedEdge(flatKey(edgeKey('ADOPTED_ON', key, dKey, { resolution: key })), node, dateNode, provenance('ADOPTED_ON', key, undefined, doc), false);
    }
  }

  /** The misread citations: edges into a dated resolution from a resolution, or a paragraph of one, adopted before it (see isLaterCitation). */
  private laterCitations(resolutions: NodeEntry[]): string[] {
    const g = this.graph;
    // A paragraph's resolution, one look-up (find) per run of edges from paragraphs of one resolution (nothing changes
    // the graph until the edges found are dropped).
    let ownerKey: string | undefined;
    let owner: Attributes | undefined;
    const ownerOf = (key: string): Attributes | undefined => {
      if (key !== ownerKey) {
        ownerKey = key;
        owner = this.find(key)?.attributes;
      }
      return owner;
    };
    const drop: string[] = [];
    const citing = this.citingEdges;
    if (citing && g.size === this.edgesAdded) {
      // Found in another order than the walk below finds them: dropped, they leave the same graph.
      for (let i = 0; i < citing.length; i += 4) {
        const attrs = citing[i + 1] as Attributes;
        if (isLaterCitation(attrs.type, citing[i + 2] as Attributes, citing[i + 3] as Attributes, ownerOf)) drop.push(citing[i] as string);
      }
      return drop;
    }
    for (const { key: target, attributes: tAttrs } of resolutions) {
      if (!tAttrs.date) continue;
      g.forEachInEdge(target, (edge, attrs, _source, _target, sAttrs) => {
        if (isLaterCitation(attrs.type, sAttrs, tAttrs, ownerOf)) drop.push(edge);
      });
    }
    return drop;
  }

  /**
   * Cross-document clean-up once every file is in:
   * - a resolution cannot cite a later one: such an edge is a misread and is dropped;
   * - cited resolutions with a known date get their ADOPTED_ON edge;
   * - cited-only nodes left with no edge are removed.
   * The nodes are walked twice (once before the merges, once after), not once per step: this
   * runs once, on the main thread alone at the end of an ingest, mostly as cold code, where
   * each walk of ~54k nodes cost 10-60 ms over corpus-ga.
   */
  finalize(): KnowledgeGraph {
    const g = this.graph;
    // No step below adds a node or changes a node's kind before the second walk: the lists stay
    // right but for nodes merged away, which each step skips.
    let lists = this.nodeLists;
    if (!lists || this.citingEdges === undefined || g.order !== this.nodesAdded) {
      const walked: NodeLists = { resolutions: [], events: [], documents: [], councilKeys: [], declarations: [], organizations: [], named: [] };
      g.forEachNode((key, attributes) => sortNode(walked, { key, attributes }));
      lists = walked;
    }
    this.nodeLists = undefined; // nodes are merged and dropped from here on
    // Both misreads are edges into a dated resolution: only those are looked at (not all 227k edges).
    for (const e of this.laterCitations(lists.resolutions)) {
      this.tallies?.edges.add(g.getEdgeAttribute(e, 'type'), -1);
      g.dropEdge(e);
    }

    this.mergeUndatedEvents(lists.events);
    this.mergeYearNamedSessions(lists.events);
    this.mergeVenuePrefixedEditions(lists.events);
    // (after the venue-prefixed editions, which key "the Tokyo Nutrition for Growth Summit" as the Summit; before
    // mergeAssemblyMeetings, while a sitting of the Assembly keeps "of the General Assembly" in its key)
    this.mergeShortNamedSittings(lists.events);
    this.mergeAssemblyMeetings(lists.events);
    if (lists.declarations.length) {
      this.mergeUndatedDeclarations(lists.declarations);
      this.datedByAdoptedDeclaration(lists.events);
      this.redateAdoptingSittings(lists.events);
    }
    this.mergeTitledDocuments(lists.documents);
    this.mergeYearlessCouncilResolutions(lists.councilKeys);
    this.mergeOwnerPrefixedTwins(lists);
    this.mergePlaceSuffixedTwins(lists.named);
    this.mergeBareEstablishedBodies(lists.organizations);
    this.nameDocumentAuthors(lists.documents, lists.organizations);

    // An orphan dropped has no edge: dropping it changes no other node, so one walk finds both lists.
    const orphans: string[] = [];
    const cited: NodeEntry[] = [];
    const sift = (node: NodeEntry, degree: number): void => {
      const attrs = node.attributes;
      if (degree === 0 && !attrs.ingested) orphans.push(node.key);
      else if (attrs.kind === 'Resolution' && !attrs.ingested && Boolean(attrs.date)) cited.push(node);
    };
    // graphology's records give a node's degree without looking its key up (a directed graph's: in + out)
    const records = this.records;
    // (Map.forEach, not for-of over values(): this walk runs once, as cold code, where for-of made an iterator result per
    // node. Session 49 (spd49c): the walk alone over 56k records, fresh process, the ingest flags, 5 alternating pairs of
    // thread CPU: 7.5-8.4 ms for-of, 2.1-6.1 ms forEach; corpus-ga's replayed plans, finalize 182.8 -> 178.0 ms, 6 pairs.)
    if (records && g.type === 'directed') records.forEach((r) => sift(r as NodeEntry, (r.inDegree as number) + (r.outDegree as number)));
    else g.forEachNode((key, attributes) => sift({ key, attributes }, g.degree(key)));
    for (const k of orphans) {
      this.tallies?.nodes.add(g.getNodeAttribute(k, 'kind'), -1);
      g.dropNode(k);
    }
    this.addAdoptionDates(cited);
    this.citingEdges = undefined; // edges were dropped and moved: a second finalize walks them
    return g;
  }
}

/** Nodes by kind and edges by type, counted by one pass over the graph (GraphBuilder.counts() falls back to it). */
export function countGraph(graph: KnowledgeGraph): { nodesByKind: Record<string, number>; edgesByType: Record<string, number> } {
  const nodesByKind: Record<string, number> = {};
  const edgesByType: Record<string, number> = {};
  graph.forEachNode((_k, a) => {
    nodesByKind[a.kind] = (nodesByKind[a.kind] ?? 0) + 1;
  });
  graph.forEachEdge((_k, a) => {
    edgesByType[a.type] = (edgesByType[a.type] ?? 0) + 1;
  });
  return { nodesByKind, edgesByType };
}
