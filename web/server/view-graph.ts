// The drawn graph the browser receives: the knowledge graph minus the
// provenance nodes (Paragraph, Date) by default, in the compact tuple form of
// web/shared/api.ts.
import type { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import type { CompactGraph } from '../shared/api.js';

export const DEFAULT_EXCLUDED_KINDS = ['Paragraph', 'Date'];

type AnyGraph = MultiDirectedGraph<Attributes, Attributes, Attributes>;

/** Year a node sits at on the timeline: adoption date, event start, document date, or a Date's year. */
export function nodeYear(attrs: Attributes): number | null {
  for (const field of ['date', 'startDate', 'iso']) {
    const value = attrs[field];
    if (typeof value === 'string') {
      const year = Number.parseInt(value.slice(0, 4), 10);
      if (Number.isFinite(year)) return year;
    }
  }
  return typeof attrs.year === 'number' ? attrs.year : null;
}

/** Short label: a resolution's symbol, an organisation's acronym, an action line's code. */
export function shortLabel(attrs: Attributes): string | null {
  for (const field of ['symbol', 'acronym', 'code']) {
    const value = attrs[field];
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return null;
}

export function toCompactGraph(graph: AnyGraph, include: readonly string[] = []): CompactGraph {
  const excluded = DEFAULT_EXCLUDED_KINDS.filter((kind) => !include.includes(kind));
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const types: string[] = [];
  const typeIndex = new Map<string, number>();
  const nodeIndex = new Map<string, number>();
  const nodes: CompactGraph['nodes'] = [];

  graph.forEachNode((key, attrs) => {
    const kind = String(attrs.kind ?? 'Unknown');
    if (excluded.includes(kind)) return;
    let k = kindIndex.get(kind);
    if (k === undefined) {
      k = kinds.push(kind) - 1;
      kindIndex.set(kind, k);
    }
    nodeIndex.set(key, nodes.length);
    nodes.push([key, k, String(attrs.name ?? key), nodeYear(attrs), shortLabel(attrs), 0]);
  });

  // One drawn edge per (source, target, type); the count says how many paragraphs state it.
  const merged = new Map<string, [number, number, number, number]>();
  const citers = new Map<number, Set<number>>();
  graph.forEachEdge((_edge, attrs, source, target) => {
    const s = nodeIndex.get(source);
    const t = nodeIndex.get(target);
    if (s === undefined || t === undefined) return;
    const type = String(attrs.type ?? 'RELATED');
    let ti = typeIndex.get(type);
    if (ti === undefined) {
      ti = types.push(type) - 1;
      typeIndex.set(type, ti);
    }
    const id = `${s}|${t}|${ti}`;
    const existing = merged.get(id);
    if (existing) existing[3] += 1;
    else merged.set(id, [s, t, ti, 1]);
    if (s !== t) {
      let set = citers.get(t);
      if (!set) citers.set(t, (set = new Set()));
      set.add(s);
    }
  });
  for (const [t, set] of citers) {
    const node = nodes[t];
    if (node) node[5] = set.size;
  }

  return {
    version: 1,
    kinds,
    types,
    nodes,
    edges: [...merged.values()],
    excludedKinds: excluded,
    totals: { nodes: graph.order, edges: graph.size },
  };
}
