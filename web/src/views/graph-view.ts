// The Sigma view of the drawn graph. Reads filters, selection and appearance
// state through reducers; dispatches hover and click. Parallel typed edges are
// drawn as curves (@sigma/edge-curve), the rest as straight arrows; a big graph is
// drawn with straight one-pixel lines.
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeProgramType } from 'sigma/rendering';
import type { DrawnEdge, DrawnGraph, DrawnNode } from '../core/graph/types.js';
import { isBigGraph } from '../core/graph/build.js';
import { computeVisibility } from '../core/filters/visibility.js';
import { filtersStore } from '../core/filters/actions.js';
import { selectionStore, hoverNode } from '../core/selection/actions.js';
import { appearanceStore } from '../core/appearance/actions.js';
import { layoutStore } from '../core/layout/actions.js';
import type { Visibility } from '../core/filters/types.js';

const DIMMED = '#e4e6ea';
/** On a big graph only the larger nodes get labels: the slider's value is raised by this much. */
const BIG_LABEL_THRESHOLD_BONUS = 5;

function labelThreshold(chosen: number, big: boolean): number {
  return big ? chosen + BIG_LABEL_THRESHOLD_BONUS : chosen;
}

export interface GraphView {
  renderer: Sigma<DrawnNode, DrawnEdge>;
  visibility(): Visibility;
  focusNode(node: string): void;
  destroy(): void;
}

export function createGraphView(container: HTMLElement, graph: DrawnGraph, onClickNode: (node: string | null) => void): GraphView {
  let visibility = computeVisibility(graph, filtersStore.get());
  let neighbours: Set<string> | null = null;
  // When the view holds many edges, they rest while ForceAtlas2 moves the nodes: each layout
  // step then re-processes thousands of nodes instead of tens of thousands of edges.
  const MANY_EDGES = 8_000;
  let edgesResting = false;
  // A big drawn graph gets the cheap settings: one-pixel straight lines for every edge
  // (curves and arrow heads cost several times more per edge), no z-ordering sort,
  // fewer labels, and nothing but nodes drawn while the camera moves.
  const big = isBigGraph(graph.order, graph.size);

  const focusSet = (): { center: string; around: Set<string> } | null => {
    const { hovered, selected } = selectionStore.get();
    const center = hovered ?? selected;
    if (!center || !graph.hasNode(center)) return null;
    if (!neighbours) neighbours = new Set(graph.neighbors(center));
    return { center, around: neighbours };
  };

  const renderer = new Sigma<DrawnNode, DrawnEdge>(graph, container, {
    defaultEdgeType: 'straight',
    // The programs are written for any attributes; sigma's typings want ours.
    edgeProgramClasses: (big ? { straight: EdgeLineProgram, curved: EdgeLineProgram } : { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram }) as unknown as Record<
      string,
      EdgeProgramType<DrawnNode, DrawnEdge>
    >,
    labelRenderedSizeThreshold: labelThreshold(appearanceStore.get().labelThreshold, big),
    labelDensity: big ? 0.03 : 0.08,
    labelGridCellSize: big ? 160 : 80,
    labelFont: 'system-ui, sans-serif',
    // The focused node is drawn on the hover layer anyway: no per-refresh sort by zIndex.
    zIndex: false,
    minEdgeThickness: 0.6,
    // With thousands of edges, dragging and zooming stay smooth when edges and labels wait for the camera to stop.
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    // sigma hands the reducers a fresh copy of the attributes: they change it in place, no allocation per item.
    nodeReducer: (node, attrs): Partial<NodeDisplayData> => {
      const display = attrs as Partial<NodeDisplayData>;
      if (!visibility.nodes.has(node)) {
        display.hidden = true;
        return display;
      }
      const focus = focusSet();
      if (!focus) return display;
      if (node === focus.center) {
        display.highlighted = true;
        display.forceLabel = true;
      } else if (focus.around.has(node)) display.forceLabel = true;
      else {
        display.color = DIMMED;
        display.label = '';
      }
      return display;
    },
    edgeReducer: (edge, attrs): Partial<EdgeDisplayData> => {
      const display = attrs as Partial<EdgeDisplayData>;
      if (edgesResting || !visibility.edges.has(edge)) {
        display.hidden = true;
        return display;
      }
      const focus = focusSet();
      if (!focus) return display;
      if (graph.source(edge) === focus.center || graph.target(edge) === focus.center) display.size = (attrs.size ?? 1) + 0.8;
      else display.hidden = true;
      return display;
    },
  });

  renderer.on('enterNode', ({ node }) => hoverNode(node));
  renderer.on('leaveNode', () => hoverNode(null));
  renderer.on('clickNode', ({ node }) => onClickNode(node));
  renderer.on('clickStage', () => onClickNode(null));

  /** Frames the camera on the nodes the filters keep, so a narrow view (citations, ego network) fills the screen. */
  const fitToVisible = (): void => {
    const all = visibility.nodes.size === graph.order;
    if (all || visibility.nodes.size === 0) {
      renderer.setCustomBBox(null);
    } else {
      let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
      for (const node of visibility.nodes) {
        const { x, y } = graph.getNodeAttributes(node);
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
      const pad = Math.max(maxX - minX, maxY - minY, 1) * 0.05;
      renderer.setCustomBBox({ x: [minX - pad, maxX + pad], y: [minY - pad, maxY + pad] });
    }
    // The last frame of a camera animation is drawn as "moving" (edges hidden on large graphs): draw once more at rest.
    void renderer.getCamera().animatedReset({ duration: 300 }).then(() => renderer.scheduleRender());
  };
  fitToVisible();

  const unsubscribe = [
    filtersStore.subscribe(() => {
      visibility = computeVisibility(graph, filtersStore.get());
      renderer.refresh({ skipIndexation: true });
      fitToVisible();
    }),
    selectionStore.subscribe((state, previous) => {
      if (state.hovered === previous.hovered && state.selected === previous.selected) return;
      neighbours = null;
      renderer.refresh({ skipIndexation: true });
    }),
    layoutStore.subscribe((state, previous) => {
      // Moved nodes need a new frame once the layout stops or the timeline is drawn.
      if ((previous.running && !state.running) || state.mode !== previous.mode) setTimeout(fitToVisible, state.mode !== previous.mode ? 450 : 0);
      const resting = state.running && visibility.edges.size > MANY_EDGES;
      if (resting === edgesResting) return;
      edgesResting = resting;
      renderer.refresh({ skipIndexation: true });
    }),
    appearanceStore.subscribe((state) => {
      renderer.setSetting('labelRenderedSizeThreshold', labelThreshold(state.labelThreshold, big));
    }),
  ];

  return {
    renderer,
    visibility: () => visibility,
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
