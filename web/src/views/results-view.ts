// Query results as a table, and as a graph when the rows hold nodes,
// relationships or paths. Cells are text.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import forceAtlas2Import from 'graphology-layout-forceatlas2';
import type { QueryResult } from '../../shared/api.js';
import { kindColor, relationColor } from '../core/appearance/colors.js';
import { cjsDefault } from '../core/interop.js';
import { cellText } from '../core/query/export.js';
import type { ResultGraph } from '../core/query/result-graph.js';
import { h } from './dom.js';

const forceAtlas2 = cjsDefault(forceAtlas2Import);
const MAX_TABLE_ROWS = 1_000;

export function resultTable(result: QueryResult): HTMLElement {
  const table = h('table', { className: 'results', 'data-testid': 'result-table' });
  table.append(h('thead', {}, h('tr', {}, ...result.columns.map((column) => h('th', {}, column)))));
  const body = h('tbody');
  for (const row of result.rows.slice(0, MAX_TABLE_ROWS)) {
    body.append(h('tr', {}, ...row.map((value) => h('td', {}, cellText(value)))));
  }
  table.append(body);
  return table;
}

/** Draws a result graph in `container`; returns a function that frees the renderer. */
export function resultGraphView(container: HTMLElement, result: ResultGraph, onOpen: (key: string) => void): () => void {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  result.nodes.forEach((node, i) => {
    const angle = (i / Math.max(1, result.nodes.length)) * Math.PI * 2;
    graph.addNode(node.id, { label: node.label, x: Math.cos(angle) * 10, y: Math.sin(angle) * 10, size: 7, color: kindColor(node.kind) });
  });
  for (const edge of result.edges) {
    graph.addEdge(edge.source, edge.target, { label: edge.type, size: 1.5, color: relationColor(edge.type) });
  }
  if (graph.order > 1 && graph.order <= 2_000) forceAtlas2.assign(graph, { iterations: 80, settings: forceAtlas2.inferSettings(graph) });
  const renderer = new Sigma(graph, container, {
    defaultEdgeType: 'arrow',
    edgeProgramClasses: { arrow: EdgeArrowProgram },
    renderEdgeLabels: graph.size <= 200,
    labelRenderedSizeThreshold: 4,
  });
  renderer.on('clickNode', ({ node }) => onOpen(node));
  return () => renderer.kill();
}
