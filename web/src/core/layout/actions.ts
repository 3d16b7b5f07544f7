// ForceAtlas2 runs in a web worker (graphology-layout-forceatlas2/worker): the
// main thread only copies positions back, so the page stays responsive.
import FA2LayoutImport from 'graphology-layout-forceatlas2/worker.js';
import forceAtlas2Import from 'graphology-layout-forceatlas2';
import { cjsDefault } from '../interop.js';
import { animateNodes } from 'sigma/utils';
import type { DrawnGraph } from '../graph/types.js';
import { createStore } from '../store.js';
import { timelinePositions } from './timeline.js';
import { DEFAULT_LAYOUT, type LayoutMode, type LayoutState } from './types.js';

const FA2LayoutSupervisor = cjsDefault(FA2LayoutImport);
type FA2LayoutSupervisor = InstanceType<typeof FA2LayoutSupervisor>;
const forceAtlas2 = cjsDefault(forceAtlas2Import);

export const layoutStore = createStore<LayoutState>({ ...DEFAULT_LAYOUT });

let supervisor: FA2LayoutSupervisor | null = null;
let supervisedGraph: DrawnGraph | null = null;
let savedForcePositions: Record<string, { x: number; y: number }> | null = null;
let stopTimer: ReturnType<typeof setTimeout> | null = null;
const countStep = (): void => layoutStore.set((s) => (s.running ? { ...s, steps: s.steps + 1 } : s));

function ensureSupervisor(graph: DrawnGraph): FA2LayoutSupervisor {
  if (supervisor && supervisedGraph === graph) return supervisor;
  disposeLayout();
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, adjustSizes: false, slowDown: 5 };
  supervisor = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: 'count' });
  supervisedGraph = graph;
  graph.on('eachNodeAttributesUpdated', countStep);
  return supervisor;
}

/** Starts ForceAtlas2; with `forMs` it stops by itself after that long. */
export function startLayout(graph: DrawnGraph, forMs?: number): void {
  if (layoutStore.get().mode !== 'force') restoreForcePositions(graph);
  ensureSupervisor(graph).start();
  layoutStore.set({ mode: 'force', running: true, steps: 0, startedAt: performance.now() });
  if (stopTimer) clearTimeout(stopTimer);
  stopTimer = forMs ? setTimeout(stopLayout, forMs) : null;
}

export function stopLayout(): void {
  if (stopTimer) clearTimeout(stopTimer);
  stopTimer = null;
  supervisor?.stop();
  layoutStore.set({ running: false });
}

export function disposeLayout(): void {
  stopLayout();
  supervisedGraph?.removeListener('eachNodeAttributesUpdated', countStep);
  supervisor?.kill();
  supervisor = null;
  supervisedGraph = null;
}

function restoreForcePositions(graph: DrawnGraph): void {
  if (!savedForcePositions) return;
  const saved = savedForcePositions;
  graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, ...(saved[node] ?? {}) }), { attributes: ['x', 'y'] });
  savedForcePositions = null;
}

/** Switches between the force layout and the timeline, animating the move. */
export function setLayoutMode(graph: DrawnGraph, mode: LayoutMode, visibleNodes?: Iterable<string>): void {
  if (mode === layoutStore.get().mode) return;
  stopLayout();
  if (mode === 'timeline') {
    savedForcePositions = {};
    graph.forEachNode((node, attrs) => (savedForcePositions![node] = { x: attrs.x, y: attrs.y }));
    animateNodes(graph, timelinePositions(graph, visibleNodes), { duration: 400 });
  } else if (savedForcePositions) {
    const target = savedForcePositions;
    savedForcePositions = null;
    animateNodes(graph, target, { duration: 400 });
  }
  layoutStore.set({ mode });
}
