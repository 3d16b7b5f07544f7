// ForceAtlas2 runs in a web worker (fa2.worker.ts, on graphology-layout-forceatlas2's
// own iteration code): the main thread only copies the latest positions into the
// graph once per animation frame, so the page stays responsive whatever the graph size.
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2Import from 'graphology-layout-forceatlas2';
import defaultsImport from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import { animateNodes } from 'sigma/utils';
import type { DrawnGraph } from '../graph/types.js';
import { cjsDefault } from '../interop.js';
import { createStore } from '../store.js';
import { timelineLayout } from './timeline.js';
import { DEFAULT_LAYOUT, type LayoutMode, type LayoutState } from './types.js';
import type { LayoutWorkerReply, LayoutWorkerRequest } from './worker-protocol.js';

const forceAtlas2 = cjsDefault(forceAtlas2Import);
const FA2_DEFAULTS = cjsDefault(defaultsImport as unknown as { default: Record<string, unknown> });

export const layoutStore = createStore<LayoutState>({ ...DEFAULT_LAYOUT });

export function layoutSettings(graph: DrawnGraph): Record<string, unknown> {
  return { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500, adjustSizes: false };
}

interface Session {
  graph: DrawnGraph;
  /** the graph the renderer draws, when it is a copy of part of `graph` (see core/graph/shown.ts) */
  target: DrawnGraph;
  /** position in the worker's matrix of each node being laid out */
  index: Map<string, number>;
  /** the keys of `index`, handed to the positions listener */
  movedNodes: string[];
  worker: Worker;
  latest: Float32Array | null;
  frame: number | null;
  iterations: number;
  /** when positions were last applied, and how long applying took (the renderer re-indexes synchronously) */
  appliedAt: number;
  applyCost: number;
}

/**
 * The main thread spends at most about a fifth of its time taking in layout
 * positions: on a large graph, where each update re-indexes thousands of nodes,
 * updates come less often than every frame and the page keeps answering.
 */
const APPLY_SHARE = 0.2;
function nextApplyDelay(current: Session): number {
  const wait = current.applyCost / APPLY_SHARE - (performance.now() - current.appliedAt);
  return Math.min(2_000, Math.max(0, wait));
}

let session: Session | null = null;
/** Told which nodes of the drawn copy moved (their x, y written in place); set by the graph view. */
let positionsListener: ((nodes: readonly string[]) => void) | null = null;

export function onLayoutPositions(listener: ((nodes: readonly string[]) => void) | null): void {
  positionsListener = listener;
}
let savedForcePositions: Record<string, { x: number; y: number }> | null = null;
let stopTimer: ReturnType<typeof setTimeout> | null = null;

function applyLatest(current: Session): void {
  current.frame = null;
  const positions = current.latest;
  if (!positions || session !== current || !layoutStore.get().running) return;
  current.latest = null;
  const started = performance.now();
  const { index, graph, target } = current;
  // A batch computed before a restart on other nodes is dropped.
  if (positions.length !== index.size * 2) return;
  if (positionsListener && target !== graph) {
    // Positions are written in place, on the drawn copy and on the model, without graph events:
    // the renderer is told once which nodes moved and re-processes each of them once.
    for (const [node, i] of index) {
      const x = positions[i * 2]!;
      const y = positions[i * 2 + 1]!;
      const drawn = target.getNodeAttributes(node);
      drawn.x = x;
      drawn.y = y;
      const modelAttrs = graph.getNodeAttributes(node);
      modelAttrs.x = x;
      modelAttrs.y = y;
    }
    positionsListener(current.movedNodes);
  } else if (target === graph) {
    graph.updateEachNodeAttributes(
      (node, attrs) => {
        const i = index.get(node);
        if (i === undefined) return attrs;
        attrs.x = positions[i * 2]!;
        attrs.y = positions[i * 2 + 1]!;
        return attrs;
      },
      { attributes: ['x', 'y'] },
    );
  } else {
    // Only the laid-out nodes are touched: the model's copies are written in place (no event:
    // nothing draws the model), then the drawn graph gets one batch update, so one re-index.
    target.updateEachNodeAttributes(
      (node, attrs) => {
        const i = index.get(node);
        if (i === undefined) return attrs;
        const modelAttrs = graph.getNodeAttributes(node);
        modelAttrs.x = attrs.x = positions[i * 2]!;
        modelAttrs.y = attrs.y = positions[i * 2 + 1]!;
        return attrs;
      },
      { attributes: ['x', 'y'] },
    );
  }
  layoutStore.set({ steps: current.iterations });
  current.appliedAt = performance.now();
  current.applyCost = current.appliedAt - started;
  // The renderer re-indexes and draws in its own animation frame, queued during the update
  // above; a frame callback queued now runs after it, so the cost counted includes the render.
  requestAnimationFrame(() => {
    if (session === current) current.applyCost += performance.now() - current.appliedAt;
  });
}

function openSession(graph: DrawnGraph): Session {
  const worker = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' });
  const current: Session = { graph, target: graph, index: new Map(), movedNodes: [], worker, latest: null, frame: null, iterations: 0, appliedAt: 0, applyCost: 0 };
  worker.addEventListener('message', (event: MessageEvent<LayoutWorkerReply>) => {
    current.iterations += event.data.iterations;
    current.latest = event.data.positions;
    if (current.frame !== null) return;
    const delay = nextApplyDelay(current);
    // `frame` holds either an animation-frame or a timer id; applyLatest clears it.
    current.frame = delay > 0 ? (setTimeout(() => applyLatest(current), delay) as unknown as number) : requestAnimationFrame(() => applyLatest(current));
  });
  return current;
}

function post(worker: Worker, message: LayoutWorkerRequest, transfer: Transferable[] = []): void {
  worker.postMessage(message, transfer);
}

/** The part of the graph being laid out: the nodes and edges the filters keep, or everything. */
export interface LayoutScope {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** the same nodes and edges as a graph, already built (the renderer's shown graph); positions go there too */
  graph?: DrawnGraph;
}

function scopedGraph(graph: DrawnGraph, scope?: LayoutScope): DrawnGraph {
  if (scope?.graph) return scope.graph;
  if (!scope || scope.nodes.size === graph.order) return graph;
  const part: DrawnGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const node of scope.nodes) part.addNode(node, graph.getNodeAttributes(node));
  for (const edge of scope.edges) part.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  return part;
}

/**
 * Starts ForceAtlas2 from the current positions, on the nodes the view shows
 * (a citation network is laid out by its citations alone); with `forMs` it stops
 * by itself after that long.
 */
export function startLayout(graph: DrawnGraph, forMs?: number, scope?: LayoutScope): void {
  if (layoutStore.get().mode !== 'force') restoreForcePositions(graph);
  if (session && session.graph !== graph) disposeLayout();
  session ??= openSession(graph);
  const part = scopedGraph(graph, scope);
  const matrices = graphToByteArrays(part, (_edge, attrs) => Number(attrs.count ?? 1));
  session.movedNodes = part.nodes();
  session.index = new Map(session.movedNodes.map((node, i) => [node, i]));
  session.target = scope?.graph ?? graph;
  session.latest = null;
  session.iterations = 0;
  post(session.worker, { type: 'init', nodes: matrices.nodes.buffer as ArrayBuffer, edges: matrices.edges.buffer as ArrayBuffer, settings: layoutSettings(part) }, [
    matrices.nodes.buffer as ArrayBuffer,
    matrices.edges.buffer as ArrayBuffer,
  ]);
  post(session.worker, { type: 'start' });
  layoutStore.set({ mode: 'force', running: true, steps: 0, startedAt: performance.now() });
  // A restart without a duration (the view changed) keeps the stop time already set.
  if (forMs) {
    if (stopTimer) clearTimeout(stopTimer);
    stopTimer = setTimeout(stopLayout, forMs);
  }
}

export function stopLayout(): void {
  if (stopTimer) clearTimeout(stopTimer);
  stopTimer = null;
  if (session) {
    post(session.worker, { type: 'stop' });
    // Keep the last positions the worker sent.
    if (session.latest) applyLatest(session);
  }
  if (layoutStore.get().running) layoutStore.set({ running: false });
}

export function disposeLayout(): void {
  stopLayout();
  if (session?.frame) {
    cancelAnimationFrame(session.frame);
    clearTimeout(session.frame);
  }
  session?.worker.terminate();
  session = null;
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
    const timeline = timelineLayout(graph, visibleNodes);
    animateNodes(graph, timeline.positions, { duration: 400 });
    layoutStore.set({ mode, timelineFirstYear: timeline.firstYear });
    return;
  }
  if (savedForcePositions) {
    const target = savedForcePositions;
    savedForcePositions = null;
    animateNodes(graph, target, { duration: 400 });
  }
  layoutStore.set({ mode });
}
