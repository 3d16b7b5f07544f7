// Which nodes and edges the current filters keep. Pure: graph + filters in,
// sets out; the graph view's reducers only look the answers up.
import type { DrawnGraph } from '../graph/types.js';
import { CITATION_RELATIONS, type FiltersState, type Visibility } from './types.js';

const citationRelations = new Set<string>(CITATION_RELATIONS);

export function computeVisibility(graph: DrawnGraph, filters: FiltersState): Visibility {
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenRelations = new Set(filters.hiddenRelations);
  const range = filters.yearRange;
  const nodeKept = (attrs: { kind: string; year: number | null }): boolean => {
    if (hiddenKinds.has(attrs.kind)) return false;
    if (filters.view === 'citations' && attrs.kind !== 'Resolution') return false;
    if (range && attrs.year !== null && (attrs.year < range[0] || attrs.year > range[1])) return false;
    return true;
  };

  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (nodeKept(attrs)) nodes.add(node);
  });
  let edges = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (hiddenRelations.has(attrs.relation)) return;
    if (filters.view === 'citations' && !citationRelations.has(attrs.relation)) return;
    if (nodes.has(source) && nodes.has(target)) edges.add(edge);
  });

  if (filters.view === 'citations') {
    // The citation network shows resolutions that cite or are cited, not every resolution.
    const linked = new Set<string>();
    for (const edge of edges) {
      linked.add(graph.source(edge));
      linked.add(graph.target(edge));
    }
    for (const node of [...nodes]) if (!linked.has(node)) nodes.delete(node);
  }

  if (filters.ego && graph.hasNode(filters.ego.node)) {
    const reached = egoNodes(graph, filters.ego.node, filters.ego.depth, edges);
    for (const node of [...nodes]) if (!reached.has(node)) nodes.delete(node);
    // The ego node stays visible even when another filter would hide it.
    nodes.add(filters.ego.node);
    edges = new Set([...edges].filter((edge) => nodes.has(graph.source(edge)) && nodes.has(graph.target(edge))));
  }
  return { nodes, edges };
}

/** Nodes within `depth` hops of `center`, following kept edges in either direction. */
export function egoNodes(graph: DrawnGraph, center: string, depth: number, keptEdges: Set<string>): Set<string> {
  const reached = new Set([center]);
  let frontier = [center];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        if (!keptEdges.has(edge)) return;
        const other = source === node ? target : source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return reached;
}

export function countCitationEdges(graph: DrawnGraph): number {
  let count = 0;
  graph.forEachEdge((_edge, attrs) => {
    if (citationRelations.has(attrs.relation)) count++;
  });
  return count;
}
