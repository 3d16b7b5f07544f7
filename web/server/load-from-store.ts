// With --neo4j the server has no graphology graph in memory: it reads one from
// the store once at start (nodes with their properties, relationships with theirs)
// so the drawn graph and the provenance panel work the same for both stores.
import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { toPlain } from '../../cypher/format.js';
import type { QueryStore } from '../../cypher/store.js';

const LOAD_TIMEOUT_MS = 120_000;
const LOAD_MAX_ROWS = 5_000_000;

/** Driver values (Integer, temporal types) become plain JSON before they go into the graph. */
function record(value: unknown): Attributes {
  const plain = toPlain(value);
  return plain && typeof plain === 'object' && !Array.isArray(plain) ? (plain as Attributes) : {};
}

export async function graphFromStore(store: QueryStore): Promise<MultiDirectedGraph> {
  const graph: MultiDirectedGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const nodes = await store.run('MATCH (n) RETURN n.key AS key, labels(n) AS labels, properties(n) AS props', {}, {
    timeoutMs: LOAD_TIMEOUT_MS,
    maxRows: LOAD_MAX_ROWS,
  });
  for (const [key, labels, props] of nodes.rows as unknown[][]) {
    if (typeof key !== 'string' || graph.hasNode(key)) continue;
    const attrs = { ...record(props) };
    delete attrs.key;
    if (!attrs.kind && Array.isArray(labels) && typeof labels[0] === 'string') attrs.kind = labels[0];
    graph.addNode(key, attrs);
  }
  const edges = await store.run(
    'MATCH (a)-[r]->(b) RETURN a.key AS source, b.key AS target, type(r) AS type, properties(r) AS props, elementId(r) AS id',
    {},
    { timeoutMs: LOAD_TIMEOUT_MS, maxRows: LOAD_MAX_ROWS },
  );
  for (const [source, target, type, props, id] of edges.rows as unknown[][]) {
    if (typeof source !== 'string' || typeof target !== 'string') continue;
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    const attrs: Attributes = { ...record(props), type };
    const key = typeof attrs.key === 'string' ? attrs.key : String(id);
    delete attrs.key;
    if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  return graph;
}
