// GET /api/node/:key — a node's properties and its relations grouped by type,
// each with the paragraph it was read from (provenance).
import type { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import type { NodeDetails, Provenance, RelationGroup } from '../shared/api.js';

type AnyGraph = MultiDirectedGraph<Attributes, Attributes, Attributes>;

/** Entries listed per relation group; the count still says how many there are. */
export const MAX_ENTRIES_PER_GROUP = 200;

/** Finds the Paragraph node of (resolution key, paragraph id) in O(1) after one pass over the graph. */
export class ParagraphIndex {
  private readonly byPlace = new Map<string, string>();

  constructor(private readonly graph: AnyGraph) {
    graph.forEachNode((key, attrs) => {
      if (attrs.kind !== 'Paragraph') return;
      if (typeof attrs.resolution === 'string' && typeof attrs.paragraphId === 'string') {
        this.byPlace.set(`${attrs.resolution}#${attrs.paragraphId}`, key);
      }
    });
  }

  find(resolution: string | undefined, paragraphId: string | undefined): string | undefined {
    if (!resolution || !paragraphId) return undefined;
    const found = this.byPlace.get(`${resolution}#${paragraphId}`);
    if (found) return found;
    // The documented key form `Paragraph:<resolution symbol>#<paragraphId>`.
    const symbol = resolution.startsWith('Resolution:') ? resolution.slice('Resolution:'.length) : resolution;
    const key = `Paragraph:${symbol}#${paragraphId}`;
    return this.graph.hasNode(key) ? key : undefined;
  }
}

/**
 * The phrase's span inside the paragraph text. The stored span is trusted when
 * it points at the phrase; otherwise the phrase is searched for, so a stale
 * span never highlights the wrong words.
 */
export function phraseSpan(text: string, phrase: string | undefined, start: unknown, end: unknown): [number, number] | undefined {
  if (typeof start === 'number' && typeof end === 'number' && start >= 0 && end <= text.length && start < end) {
    if (!phrase || text.slice(start, end) === phrase) return [start, end];
  }
  if (phrase) {
    const at = text.indexOf(phrase);
    if (at >= 0) return [at, at + phrase.length];
    const lower = text.toLowerCase().indexOf(phrase.toLowerCase());
    if (lower >= 0) return [lower, lower + phrase.length];
  }
  return undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function provenanceOf(graph: AnyGraph, paragraphs: ParagraphIndex, attrs: Attributes): Provenance {
  const resolution = str(attrs.resolution);
  const paragraph = str(attrs.paragraph);
  const phrase = str(attrs.phrase);
  const provenance: Provenance = {
    resolution,
    paragraph,
    document: str(attrs.document),
    verb: str(attrs.verb),
    phrase,
  };
  const paragraphKey = paragraphs.find(resolution, paragraph);
  if (paragraphKey) {
    provenance.paragraphKey = paragraphKey;
    const text = graph.getNodeAttribute(paragraphKey, 'text');
    if (typeof text === 'string') {
      provenance.text = text;
      const span = phraseSpan(text, phrase, attrs.spanStart, attrs.spanEnd);
      if (span) [provenance.spanStart, provenance.spanEnd] = span;
    }
    if (!provenance.document) provenance.document = str(graph.getNodeAttribute(paragraphKey, 'sourceFile'));
  }
  return provenance;
}

export function nodeDetails(graph: AnyGraph, paragraphs: ParagraphIndex, key: string): NodeDetails | undefined {
  if (!graph.hasNode(key)) return undefined;
  const attrs = graph.getNodeAttributes(key);
  const { kind, name, ...properties } = attrs;
  const groups = new Map<string, RelationGroup>();

  const add = (edge: string, edgeAttrs: Attributes, other: string, direction: 'out' | 'in'): void => {
    const type = String(edgeAttrs.type ?? 'RELATED');
    const id = `${direction}|${type}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { type, direction, count: 0, entries: [] }));
    group.count += 1;
    if (group.entries.length >= MAX_ENTRIES_PER_GROUP) return;
    const otherAttrs = graph.getNodeAttributes(other);
    group.entries.push({
      edge,
      other: { key: other, kind: String(otherAttrs.kind ?? ''), name: String(otherAttrs.name ?? other) },
      provenance: provenanceOf(graph, paragraphs, edgeAttrs),
    });
  };
  graph.forEachOutEdge(key, (edge, edgeAttrs, _source, target) => add(edge, edgeAttrs, target, 'out'));
  graph.forEachInEdge(key, (edge, edgeAttrs, source) => add(edge, edgeAttrs, source, 'in'));

  // Outgoing before incoming, then the larger groups first; provenance-only groups (PART_OF, MENTIONS) last.
  const late = new Set(['PART_OF', 'MENTIONS']);
  const relations = [...groups.values()].sort(
    (a, b) =>
      Number(late.has(a.type)) - Number(late.has(b.type)) ||
      (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
      b.count - a.count ||
      a.type.localeCompare(b.type),
  );
  return { key, kind: String(kind ?? ''), name: String(name ?? key), properties, relations };
}
