// The Sigma view of the drawn graph. Sigma draws a copy holding only what the
// filters keep, rebuilt when they change; selection and appearance reach it
// through reducers; dispatches hover and click. Parallel typed edges are
// drawn as curves (@sigma/edge-curve), the rest as straight arrows; a big graph is
// drawn with straight one-pixel lines and point sprites for nodes.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';
import type { DrawnEdge, DrawnGraph, DrawnNode } from '../core/graph/types.js';
import { isBigGraph } from '../core/graph/build.js';
import { buildShownGraph, mirrorNodeUpdates } from '../core/graph/shown.js';
import { computeVisibility } from '../core/filters/visibility.js';
import { filtersStore, sameFilters } from '../core/filters/actions.js';
import { selectionStore, hoverNode } from '../core/selection/actions.js';
import { appearanceStore } from '../core/appearance/actions.js';
import { layoutStore, onLayoutPositions } from '../core/layout/actions.js';
import type { Visibility } from '../core/filters/types.js';

const DIMMED = '#e4e6ea';
/** The edges of the focused node on a big graph, where the others are not hidden. */
const FOCUSED_EDGE = '#222831';
/** On a big graph only the larger nodes get labels: the slider's value is raised by this much. */
const BIG_LABEL_THRESHOLD_BONUS = 5;

function labelThreshold(chosen: number, big: boolean): number {
  return big ? chosen + BIG_LABEL_THRESHOLD_BONUS : chosen;
}

/** What the view shows: the filters' sets and the graph sigma draws from them. */
export interface ShownView extends Visibility {
  graph: DrawnGraph;
}

export interface GraphView {
  renderer: Sigma<DrawnNode, DrawnEdge>;
  visibility(): ShownView;
  focusNode(node: string): void;
  destroy(): void;
}

function edgePrograms(big: boolean): Record<string, EdgeProgramType<DrawnNode, DrawnEdge>> {
  // The programs are written for any attributes; sigma's typings want ours.
  return (big ? { straight: EdgeLineProgram, curved: EdgeLineProgram } : { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram }) as unknown as Record<
    string,
    EdgeProgramType<DrawnNode, DrawnEdge>
  >;
}

/** Points (one vertex per node, a disc cut out in the fragment shader) draw a big graph several times faster than triangles in software WebGL. */
function nodePrograms(big: boolean): Record<string, NodeProgramType<DrawnNode, DrawnEdge>> {
  return { circle: big ? NodePointProgram : NodeCircleProgram } as unknown as Record<string, NodeProgramType<DrawnNode, DrawnEdge>>;
}

export function createGraphView(container: HTMLElement, model: DrawnGraph, onClickNode: (node: string | null) => void): GraphView {
  // Sigma is given only what the filters keep (see core/graph/shown.ts): hidden items cost nothing.
  let visibility = computeVisibility(model, filtersStore.get());
  let big = isBigGraph(visibility.nodes.size, visibility.edges.size);
  let shown = buildShownGraph(model, visibility, { curves: !big });
  // When the view holds many edges, they rest while ForceAtlas2 moves the nodes: each layout
  // step then re-processes thousands of nodes instead of tens of thousands of edges.
  // Resting means sigma holds a copy of the shown graph without its edges (the same node
  // attribute objects): nothing re-processes edges on every layout step.
  const MANY_EDGES = 8_000;
  let edgesResting = false;
  const withoutEdges = (graph: DrawnGraph): DrawnGraph => {
    const nodesOnly: DrawnGraph = new MultiDirectedGraph<DrawnNode, DrawnEdge>({ allowSelfLoops: true });
    graph.forEachNode((node, attrs) => nodesOnly.addNode(node, attrs));
    return nodesOnly;
  };
  // Hover and selection focus: the centre and its neighbours, computed once per change.
  let focus: { center: string; around: Set<string> } | null = null;
  const computeFocus = (): typeof focus => {
    const { hovered, selected } = selectionStore.get();
    const center = hovered ?? selected;
    if (!center || !shown.hasNode(center)) return null;
    return { center, around: new Set(shown.neighbors(center)) };
  };
  focus = computeFocus();

  const renderer = new Sigma<DrawnNode, DrawnEdge>(shown, container, {
    defaultEdgeType: 'straight',
    // A big graph gets the cheap settings: one-pixel straight lines for every edge
    // (curves and arrow heads cost several times more per edge), no z-ordering sort,
    // fewer labels, and nothing but nodes drawn while the camera moves.
    edgeProgramClasses: edgePrograms(big),
    nodeProgramClasses: nodePrograms(big),
    labelRenderedSizeThreshold: labelThreshold(appearanceStore.get().labelThreshold, big),
    labelDensity: big ? 0.03 : 0.08,
    labelGridCellSize: big ? 160 : 80,
    labelFont: 'system-ui, sans-serif',
    // The focused node is drawn on the hover layer anyway: no per-refresh sort by zIndex.
    zIndex: false,
    minEdgeThickness: 0.6,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    // sigma hands the reducers a fresh copy of the attributes: they change it in place,
    // no allocation and only Set lookups per item.
    nodeReducer: (node, attrs): Partial<NodeDisplayData> => {
      const display = attrs as Partial<NodeDisplayData>;
      if (!focus) return display;
      if (node === focus.center) {
        display.highlighted = true;
        display.forceLabel = true;
      } else if (focus.around.has(node)) display.forceLabel = true;
      else if (!big) {
        // A big graph is not dimmed: a hover then repaints the focused neighbourhood, not every item.
        display.color = DIMMED;
        display.label = '';
      }
      return display;
    },
    edgeReducer: (edge, attrs): Partial<EdgeDisplayData> => {
      const display = attrs as Partial<EdgeDisplayData>;
      if (!focus) return display;
      const [source, target] = shown.extremities(edge);
      if (source === focus.center || target === focus.center) {
        display.size = (attrs.size ?? 1) + 0.8;
        if (big) display.color = FOCUSED_EDGE;
      } else if (!big) display.hidden = true;
      return display;
    },
  });
  // Into the graph sigma holds, which shares its node attribute objects with `shown` when edges rest.
  const stopMirroring = mirrorNodeUpdates(model, () => renderer.getGraph());
  // Layout steps write positions in place (core/layout/actions.ts); each moved node is re-processed once.
  onLayoutPositions((nodes) => renderer.refresh({ partialGraph: { nodes: nodes as string[] }, skipIndexation: false, schedule: true }));
  /** Puts the edges away while a layout moves the nodes of a view with many edges, and back when it stops. */
  const restEdges = (resting: boolean): void => {
    if (resting === edgesResting) return;
    edgesResting = resting;
    renderer.setGraph(resting ? withoutEdges(shown) : shown);
  };

  /**
   * Re-runs the reducers without re-indexing (positions and sizes did not change): on every
   * drawn item for a small graph, where the rest is dimmed; on a big one only on the
   * neighbourhoods of the previous and the new focus.
   */
  const repaint = (previous: typeof focus): void => {
    const drawn = renderer.getGraph();
    if (!big) {
      renderer.refresh({ partialGraph: { nodes: drawn.nodes(), edges: drawn.edges() }, skipIndexation: true });
      return;
    }
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const part of [previous, focus]) {
      if (!part || !drawn.hasNode(part.center)) continue;
      nodes.add(part.center);
      for (const node of part.around) if (drawn.hasNode(node)) nodes.add(node);
      drawn.forEachEdge(part.center, (edge) => void edges.add(edge));
    }
    renderer.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
  };

  renderer.on('enterNode', ({ node }) => hoverNode(node));
  renderer.on('leaveNode', () => hoverNode(null));
  renderer.on('clickNode', ({ node }) => onClickNode(node));
  renderer.on('clickStage', () => onClickNode(null));

  /** Frames the camera on the shown nodes (sigma's own bounding box is that of its graph). */
  const fitToVisible = (): void => {
    renderer.setCustomBBox(null);
    // The last frame of a camera animation is drawn as "moving" (edges hidden on large graphs): draw once more at rest.
    void renderer.getCamera().animatedReset({ duration: 300 }).then(() => renderer.scheduleRender());
  };

  /** New filters: a new shown graph, indexed once by sigma. */
  const showFiltered = (): void => {
    visibility = computeVisibility(model, filtersStore.get());
    const nextBig = isBigGraph(visibility.nodes.size, visibility.edges.size);
    shown = buildShownGraph(model, visibility, { curves: !nextBig });
    focus = computeFocus();
    edgesResting = layoutStore.get().running && shown.size > MANY_EDGES;
    const drawn = edgesResting ? withoutEdges(shown) : shown;
    if (nextBig !== big) {
      big = nextBig;
      renderer.setSetting('edgeProgramClasses', edgePrograms(big));
      renderer.setSetting('nodeProgramClasses', nodePrograms(big));
      renderer.setSetting('labelDensity', big ? 0.03 : 0.08);
      renderer.setSetting('labelGridCellSize', big ? 160 : 80);
      renderer.setSetting('hideEdgesOnMove', big);
      renderer.setSetting('hideLabelsOnMove', big);
      renderer.setSetting('labelRenderedSizeThreshold', labelThreshold(appearanceStore.get().labelThreshold, big));
    }
    renderer.setGraph(drawn);
    fitToVisible();
  };
  fitToVisible();

  const unsubscribe = [
    filtersStore.subscribe((state, previous) => {
      if (!sameFilters(state, previous)) showFiltered();
    }),
    selectionStore.subscribe((state, previous) => {
      if (state.hovered === previous.hovered && state.selected === previous.selected) return;
      const next = computeFocus();
      // Moving between two nodes without focus (or within one) changes nothing on screen.
      if (next?.center === focus?.center) return;
      const before = focus;
      focus = next;
      repaint(before);
    }),
    layoutStore.subscribe((state, previous) => {
      // Moved nodes need a new frame once the layout stops or the timeline is drawn.
      if ((previous.running && !state.running) || state.mode !== previous.mode) setTimeout(fitToVisible, state.mode !== previous.mode ? 450 : 0);
      restEdges(state.running && shown.size > MANY_EDGES);
    }),
    appearanceStore.subscribe((state) => {
      renderer.setSetting('labelRenderedSizeThreshold', labelThreshold(state.labelThreshold, big));
    }),
  ];

  return {
    renderer,
    visibility: () => ({ ...visibility, graph: shown }),
    focusNode(node) {
      const display = renderer.getNodeDisplayData(node);
      if (!display) return;
      void renderer
        .getCamera()
        .animate({ x: display.x, y: display.y, ratio: Math.min(renderer.getCamera().ratio, 0.35) }, { duration: 450 })
        .then(() => renderer.scheduleRender());
    },
    destroy() {
      for (const off of unsubscribe) off();
      stopMirroring();
      onLayoutPositions(null);
      renderer.kill();
    },
  };
}

/** The view as a PNG: sigma draws on several stacked canvases (edges, nodes, labels); they are composed on one. */
export async function exportPng(renderer: Sigma<DrawnNode, DrawnEdge>): Promise<Blob> {
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const output = document.createElement('canvas');
  output.width = width * ratio;
  output.height = height * ratio;
  const context = output.getContext('2d');
  if (!context) throw new Error('the browser refused a 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  for (const canvas of Object.values(renderer.getCanvases())) context.drawImage(canvas, 0, 0, output.width, output.height);
  return new Promise((resolve, reject) => output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
}
