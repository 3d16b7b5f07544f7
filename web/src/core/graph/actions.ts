import type { CompactGraph } from '../../../shared/api.js';
import { createStore } from '../store.js';
import { buildDrawnGraph, distinctValues, yearExtent } from './build.js';
import type { GraphState } from './types.js';

export const graphStore = createStore<GraphState>({ status: 'idle', kinds: [], relations: [], yearExtent: null });

export function setGraphFromCompact(compact: CompactGraph): void {
  const graph = buildDrawnGraph(compact);
  const relations: string[] = [];
  graph.forEachEdge((_e, attrs) => relations.push(attrs.relation));
  const kinds: string[] = [];
  graph.forEachNode((_n, attrs) => kinds.push(attrs.kind));
  graphStore.set({
    status: 'ready',
    error: undefined,
    graph,
    kinds: distinctValues(kinds),
    relations: distinctValues(relations),
    yearExtent: yearExtent(graph),
    totals: compact.totals,
  });
}

export async function loadGraph(fetchJson: (url: string) => Promise<unknown>): Promise<void> {
  graphStore.set({ status: 'loading', error: undefined });
  try {
    setGraphFromCompact((await fetchJson('/api/graph')) as CompactGraph);
  } catch (error) {
    graphStore.set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
  }
}
