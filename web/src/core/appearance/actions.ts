import type { AbstractGraph } from 'graphology-types';
import pagerankImport from 'graphology-metrics/centrality/pagerank.js';
import { cjsDefault } from '../interop.js';
import { createStore } from '../store.js';
import { DEFAULT_APPEARANCE, type AppearanceState, type SizeBy } from './types.js';

const pagerank = cjsDefault(pagerankImport);

export const appearanceStore = createStore<AppearanceState>({ ...DEFAULT_APPEARANCE });

// Large enough that a resolution nobody cites yet (a new draft) is still visible and labelled.
export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 20;

/** Node size from citations received: square root so that hubs do not hide everything else. */
export function sizeFromCitations(citations: number, maxCitations: number): number {
  if (maxCitations <= 0) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(citations / maxCitations);
}

/** Writes `size` on every node from the chosen measure. */
export function applyNodeSizes(graph: AbstractGraph, sizeBy: SizeBy): void {
  let scores: Record<string, number>;
  if (sizeBy === 'pagerank') {
    scores = graph.size > 0 ? pagerank(graph, { getEdgeWeight: null }) : {};
  } else {
    scores = {};
    graph.forEachNode((node, attrs) => (scores[node] = Number(attrs.citations ?? 0)));
  }
  let max = 0;
  for (const value of Object.values(scores)) max = Math.max(max, value);
  graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, size: sizeFromCitations(scores[node] ?? 0, max) }), {
    attributes: ['size'],
  });
}

export function setSizeBy(sizeBy: SizeBy): void {
  appearanceStore.set({ sizeBy });
}

export function setLabelThreshold(labelThreshold: number): void {
  appearanceStore.set({ labelThreshold: Math.max(0, Math.min(40, labelThreshold)) });
}
