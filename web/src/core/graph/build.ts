// Builds the drawn graphology graph from the server's compact form: colours by
// kind and relation type, sizes by citations, a deterministic starting position,
// and curvature for parallel edges so that typed edges between one pair stay apart.
import { MultiDirectedGraph } from 'graphology';
import type { CompactGraph } from '../../../shared/api.js';
import { kindColor, relationColor } from '../appearance/colors.js';
import { sizeFromCitations } from '../appearance/actions.js';
import type { DrawnEdge, DrawnGraph, DrawnNode } from './types.js';

const MAX_LABEL = 48;

/** Above these, a drawn graph is "big": sigma gets its cheap settings (straight lines, fewer labels). */
export const BIG_GRAPH_EDGES = 4_000;
export const BIG_GRAPH_NODES = 3_000;

export function isBigGraph(order: number, size: number): boolean {
  return size > BIG_GRAPH_EDGES || order > BIG_GRAPH_NODES;
}

export function nodeLabel(kind: string, name: string, short: string | null): string {
  if (kind === 'Resolution' && short) return short;
  const text = short && short.length < name.length && kind !== 'Place' ? `${short}` : name;
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/** Deterministic pseudo-random in [0, 1) from a string, so a reload draws the same start. */
export function unitHash(text: string, salt = 0): number {
  let hash = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return ((hash >>> 0) % 1_000_003) / 1_000_003;
}

/** @sigma/edge-curve's default; the package itself is loaded by the view only (it needs WebGL). */
const DEFAULT_EDGE_CURVATURE = 0.25;

/** Curvature of the edge at `index` of parallel edges spread over [-maxIndex, maxIndex] (sigma's parallel-edges recipe). */
export function parallelCurvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -parallelCurvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/**
 * Marks edges that share their pair of nodes as curved so none hides another:
 * edges one way spread symmetrically around the straight line; when the pair
 * has edges both ways, each way bends to its own side.
 */
export function curveParallelEdges(graph: DrawnGraph): void {
  const pairs = new Map<string, { forward: string[]; backward: string[] }>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const forward = source <= target;
    const id = forward ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    let pair = pairs.get(id);
    if (!pair) pairs.set(id, (pair = { forward: [], backward: [] }));
    (forward ? pair.forward : pair.backward).push(edge);
  });
  for (const { forward, backward } of pairs.values()) {
    if (forward.length + backward.length < 2) continue;
    const bothWays = forward.length > 0 && backward.length > 0;
    for (const edges of [forward, backward]) {
      edges.forEach((edge, i) => {
        const curvature = bothWays
          ? parallelCurvature(i + 1, edges.length + 1)
          : parallelCurvature(i - (edges.length - 1) / 2, Math.max(1, (edges.length - 1) / 2));
        graph.mergeEdgeAttributes(edge, { type: 'curved', curvature });
      });
    }
  }
}

export function buildDrawnGraph(compact: CompactGraph): DrawnGraph {
  const graph: DrawnGraph = new MultiDirectedGraph<DrawnNode, DrawnEdge>({ allowSelfLoops: true });
  let maxCitations = 0;
  for (const node of compact.nodes) maxCitations = Math.max(maxCitations, node[5]);
  const radius = Math.sqrt(compact.nodes.length) * 10;
  for (const [key, kindIndex, name, year, short, citations] of compact.nodes) {
    const kind = compact.kinds[kindIndex] ?? 'Unknown';
    const angle = unitHash(key, 1) * Math.PI * 2;
    const distance = Math.sqrt(unitHash(key, 2)) * radius;
    graph.addNode(key, {
      kind,
      name,
      label: nodeLabel(kind, name, short),
      short,
      year,
      citations,
      x: Math.cos(angle) * distance,
      y: Math.sin(angle) * distance,
      size: sizeFromCitations(citations, maxCitations),
      color: kindColor(kind),
    });
  }
  // Tens of thousands of edges share a few dozen types: names and colours are looked up once per type.
  const relations = compact.types.map((type) => type ?? 'RELATED');
  const colors = relations.map((relation) => relationColor(relation));
  for (const [s, t, typeIndex, count] of compact.edges) {
    const source = compact.nodes[s]?.[0];
    const target = compact.nodes[t]?.[0];
    if (source === undefined || target === undefined) continue;
    const relation = relations[typeIndex] ?? 'RELATED';
    graph.addEdge(source, target, {
      relation,
      count,
      type: 'straight',
      size: count === 1 ? 1 : Math.min(5, 1 + Math.log2(count) * 0.7),
      color: colors[typeIndex] ?? relationColor(relation),
    });
  }
  // A big graph is drawn with straight lines; the shown graph curves its own parallel edges when small.
  if (!isBigGraph(graph.order, graph.size)) curveParallelEdges(graph);
  return graph;
}

export function yearExtent(graph: DrawnGraph): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_node, attrs) => {
    if (attrs.year === null) return;
    min = Math.min(min, attrs.year);
    max = Math.max(max, attrs.year);
  });
  return Number.isFinite(min) ? [min, max] : null;
}

export function distinctValues(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}
