// GEXF for Gephi users, written by graphology-gexf.
import gexf from 'graphology-gexf';
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../build.js';
import { flattenAttributes } from './flatten.js';

export function toGexf(graph: KnowledgeGraph): string {
  const flat = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.forEachNode((key, attrs) => {
    flat.addNode(key, { ...flattenAttributes(attrs), label: String(attrs.name ?? key) });
  });
  graph.forEachEdge((key, attrs, source, target) => {
    flat.addDirectedEdgeWithKey(key, source, target, { ...flattenAttributes(attrs), label: String(attrs.type) });
  });
  return gexf.write(flat, { version: '1.3', pretty: false } as Parameters<typeof gexf.write>[1]);
}
