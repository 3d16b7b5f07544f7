// The graph sigma draws: only the nodes and edges the filters keep, copied out of
// the drawn (model) graph, so that sigma indexes, hit-tests and draws nothing that
// is hidden. The model stays the source of truth (layouts and sizes write there);
// `mirrorNodeUpdates` carries its node changes over to the current shown graph.
import { MultiDirectedGraph } from 'graphology';
import type { Visibility } from '../filters/types.js';
import { curveParallelEdges } from './build.js';
import type { DrawnEdge, DrawnGraph, DrawnNode } from './types.js';

export interface ShownGraphOptions {
  /** curve parallel edges (only worth it when the shown graph is small enough to draw curves) */
  curves: boolean;
}

export function buildShownGraph(model: DrawnGraph, visibility: Visibility, options: ShownGraphOptions): DrawnGraph {
  const shown: DrawnGraph = new MultiDirectedGraph<DrawnNode, DrawnEdge>({ allowSelfLoops: true });
  // Model order, not set order: the picture does not depend on the order filters were changed in.
  model.forEachNode((node, attrs) => {
    if (visibility.nodes.has(node)) shown.addNode(node, { ...attrs });
  });
  model.forEachEdge((edge, attrs, source, target) => {
    if (!visibility.edges.has(edge)) return;
    const copy: DrawnEdge = { ...attrs, type: 'straight' };
    delete copy.curvature;
    shown.addEdgeWithKey(edge, source, target, copy);
  });
  if (options.curves) curveParallelEdges(shown);
  return shown;
}

type NodeField = keyof DrawnNode;
const NODE_FIELDS: NodeField[] = ['x', 'y', 'size', 'color', 'label', 'kind', 'name', 'short', 'year', 'citations'];

function copyFields(target: DrawnNode, source: DrawnNode, fields: readonly NodeField[]): void {
  const to = target as unknown as Record<string, unknown>;
  const from = source as unknown as Record<string, unknown>;
  for (const field of fields) to[field] = from[field];
}

/**
 * Follows node attribute changes made on the model (layout steps, timeline
 * animation, sizes) into whatever graph `shown()` returns at that moment: one batch
 * update for a batch change, so the renderer re-indexes once.
 */
export function mirrorNodeUpdates(model: DrawnGraph, shown: () => DrawnGraph): () => void {
  const onEach = (payload: { hints?: { attributes?: string[] } }): void => {
    const target = shown();
    const fields = (payload.hints?.attributes as NodeField[] | undefined) ?? NODE_FIELDS;
    target.updateEachNodeAttributes(
      (node, attrs) => {
        copyFields(attrs, model.getNodeAttributes(node), fields);
        return attrs;
      },
      { attributes: fields },
    );
  };
  const onOne = (payload: { key: string; type: string; name?: string }): void => {
    const target = shown();
    if (!target.hasNode(payload.key)) return;
    const attrs = model.getNodeAttributes(payload.key);
    if (payload.type === 'set' && payload.name) target.setNodeAttribute(payload.key, payload.name as NodeField, attrs[payload.name as NodeField]);
    else {
      // In place: another graph may share the attribute object (the graph view's edgeless copy).
      target.updateNodeAttributes(payload.key, (current) => {
        copyFields(current, attrs, NODE_FIELDS);
        return current;
      });
    }
  };
  model.on('eachNodeAttributesUpdated', onEach);
  model.on('nodeAttributesUpdated', onOne);
  return () => {
    model.off('eachNodeAttributesUpdated', onEach);
    model.off('nodeAttributesUpdated', onOne);
  };
}
