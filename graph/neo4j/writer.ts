// Writes the knowledge graph into Neo4j: schema first (a uniqueness constraint
// on `key` per label, indexes on relationship `key` and `document`), then the
// graph partitioned by source document. A document's nodes are the endpoints of
// its edges; its relationships are the edges read from it.
//
// Atomicity: a document is written inside one transaction, so it is either
// fully in or not at all. For speed several whole documents share a
// transaction (until about `batchSize` rows): a group commits or rolls back as
// one, which keeps the per-document guarantee. In a transaction, batched
// `UNWIND $rows MERGE (n:Label {key}) SET n += props` per label (a uniqueness
// index seek each) return the nodes' element ids; then `UNWIND $rows`
// statements find both ends by element id and MERGE each relationship by key,
// its type taken from the row with `$(row.type)` (Neo4j 5.26+). A first load
// into a database without relationships CREATEs them instead: none can exist
// yet. So there are only ~12 query texts, each planned once by the server. `session.executeWrite` retries
// transient errors. Idempotent: MERGE by key, properties SET to the graph's.
// Re-writing a document deletes its relationships that are no longer in the
// graph and the nodes left with no relationship at all.
//
// Labels and relationship types cannot be query parameters; they are spliced
// into the query text only after validation against the zod enums of
// graph/model.ts, never from user text.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Attributes } from 'graphology-types';
import type { KnowledgeGraph } from '../build.js';
import { NODE_KINDS, NodeKind, RELATION_TYPES, RelationType } from '../model.js';
import { explainNeo4jError } from './config.js';

export interface WriteOptions {
  database?: string;
  /** rows (nodes + relationships) per transaction, whole documents only (default 10,000) */
  batchSize?: number;
  /** called after each committed transaction */
  onProgress?: (doneDocs: number, totalDocs: number) => void;
  /** write only these documents (source file paths); a listed document absent from the graph has its relationships removed */
  documents?: string[];
  /** server address, for error messages */
  uri?: string;
}

export interface WriteResult {
  nodes: number;
  relationships: number;
  documents: number;
}

/** Edges with no `document` attribute are grouped under this name; they are never replaced. */
const NO_DOCUMENT = '';

type Props = Record<string, unknown>;
interface NodeRow {
  key: string;
  props: Props;
}

const quote = (name: string): string => `\`${name.replaceAll('`', '``')}\``;

/** One Neo4j property value, or undefined to drop it. Neo4j stores scalars and homogeneous arrays only. */
export function toPropertyValue(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    return Number.isInteger(value) ? neo4j.int(value) : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return neo4j.int(value.toString());
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== null && v !== undefined);
    if (items.length === 0) return undefined;
    if (items.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      const nums = items as number[];
      return nums.every(Number.isInteger) ? nums.map((n) => neo4j.int(n)) : nums;
    }
    if (items.every((v) => typeof v === 'boolean')) return items;
    return items.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  }
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

function properties(attrs: Attributes, skip: string, key: string): Props {
  const props: Props = { key };
  for (const [name, value] of Object.entries(attrs)) {
    if (name === skip || name === 'key') continue;
    const v = toPropertyValue(value);
    if (v !== undefined) props[name] = v;
  }
  return props;
}

/** Creates the constraints and indexes the writer relies on (no-op when they exist). */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const existing = new Set(
      (await session.run('SHOW INDEXES YIELD name RETURN name')).records.map((r) => String(r.get('name'))),
    );
    for (const c of (await session.run('SHOW CONSTRAINTS YIELD name RETURN name')).records) existing.add(String(c.get('name')));
    const statements: [string, string][] = [];
    for (const kind of NODE_KINDS) {
      statements.push([`kg_${kind}_key`, `CREATE CONSTRAINT ${quote(`kg_${kind}_key`)} IF NOT EXISTS FOR (n:${quote(kind)}) REQUIRE n.key IS UNIQUE`]);
    }
    for (const type of RELATION_TYPES) {
      for (const prop of ['key', 'document']) {
        const name = `kg_${type}_${prop}`;
        statements.push([name, `CREATE INDEX ${quote(name)} IF NOT EXISTS FOR ()-[r:${quote(type)}]-() ON (r.${prop})`]);
      }
    }
    const missing = statements.filter(([name]) => !existing.has(name));
    // One schema transaction for all of them: one commit instead of ~100.
    if (missing.length) {
      await session.executeWrite(async (tx) => {
        for (const [, statement] of missing) await tx.run(statement);
      });
      await session.run('CALL db.awaitIndexes(300)');
    }
  } finally {
    await session.close();
  }
}

interface DocumentPart {
  document: string;
  nodes: Set<string>;
  edges: string[];
  /** the nodes without edges, which belong to no document */
  lonely?: boolean;
}

/** Splits the graph by the `document` attribute of its edges. */
function partition(graph: KnowledgeGraph): Map<string, DocumentPart> {
  const parts = new Map<string, DocumentPart>();
  graph.forEachEdge((edge, attrs, source, target) => {
    const document = typeof attrs.document === 'string' ? attrs.document : NO_DOCUMENT;
    let part = parts.get(document);
    if (!part) parts.set(document, (part = { document, nodes: new Set(), edges: [] }));
    part.nodes.add(source).add(target);
    part.edges.push(edge);
  });
  return parts;
}

function nodeKind(graph: KnowledgeGraph, key: string): NodeKind {
  const kind = NodeKind.safeParse(graph.getNodeAttribute(key, 'kind'));
  if (!kind.success) throw new Error(`node "${key}" has kind ${JSON.stringify(graph.getNodeAttribute(key, 'kind'))}, not one of ${NODE_KINDS.join(', ')}`);
  return kind.data;
}

function relationType(graph: KnowledgeGraph, edge: string): RelationType {
  const type = RelationType.safeParse(graph.getEdgeAttribute(edge, 'type'));
  if (!type.success) throw new Error(`edge "${edge}" has type ${JSON.stringify(graph.getEdgeAttribute(edge, 'type'))}, not a relation type of graph/model.ts`);
  return type.data;
}

const CHUNK = 10_000;
function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * What one transaction writes: whole documents. Query texts depend only on the
 * label or relationship type (10 + 43 of them), so the server plans each once.
 */
interface TransactionPlan {
  nodesByKind: Map<NodeKind, NodeRow[]>;
  relsByType: Map<RelationType, { s: string; t: string; props: Props }[]>;
  /** documents whose relationships not in `keys` are removed */
  replace: { doc: string; keys: string[] }[];
}

function planTransaction(graph: KnowledgeGraph, parts: DocumentPart[]): TransactionPlan {
  const nodesByKind = new Map<NodeKind, NodeRow[]>();
  const seen = new Set<string>();
  for (const part of parts) {
    for (const key of part.nodes) {
      if (seen.has(key)) continue;
      seen.add(key);
      const kind = nodeKind(graph, key);
      let rows = nodesByKind.get(kind);
      if (!rows) nodesByKind.set(kind, (rows = []));
      rows.push({ key, props: properties(graph.getNodeAttributes(key), 'kind', key) });
    }
  }
  const relsByType = new Map<RelationType, { s: string; t: string; props: Props }[]>();
  const replace: { doc: string; keys: string[] }[] = [];
  for (const part of parts) {
    for (const edge of part.edges) {
      const type = relationType(graph, edge);
      let rows = relsByType.get(type);
      if (!rows) relsByType.set(type, (rows = []));
      rows.push({ s: graph.source(edge), t: graph.target(edge), props: properties(graph.getEdgeAttributes(edge), 'type', edge) });
    }
    if (part.document !== NO_DOCUMENT && !part.lonely) replace.push({ doc: part.document, keys: part.edges });
  }
  return { nodesByKind, relsByType, replace };
}

/**
 * One statement deleting, for each listed document, its relationships whose key
 * is not in the new set (one index seek per type and document), then the nodes
 * that were left with no relationship at all.
 */
function replaceQuery(types: readonly string[]): string {
  const branches = types.map((type) => `MATCH ()-[r:${quote(type)} {document: d.doc}]->() WHERE NOT r.key IN d.keys RETURN r`);
  return (
    `UNWIND $docs AS d CALL (d) { ${branches.join(' UNION ALL ')} } ` +
    'WITH r, startNode(r) AS a, endNode(r) AS b DELETE r ' +
    'WITH collect(a) + collect(b) AS touched UNWIND touched AS n WITH DISTINCT n WHERE NOT (n)--() DELETE n'
  );
}

/**
 * `existing`: relationship types in the database when the load began. None: a first load,
 * so no relationship of this load exists yet (edge keys are unique): CREATE them,
 * and nothing needs replacing. Otherwise MERGE by key and replace.
 */
async function runTransaction(tx: ManagedTransaction, plan: TransactionPlan, existing: readonly string[]): Promise<void> {
  const firstLoad = existing.length === 0;
  // KG_WRITER_DEBUG=1 prints each transaction's node and relationship phases to stderr (used by bench:neo4j investigations).
  const debug = process.env.KG_WRITER_DEBUG ? (t: number, what: string) => console.error(`${Date.now() - t} ms ${what}`) : undefined;
  let t = Date.now();
  // Nodes first; their element ids let the relationship statements find endpoints without labels.
  const elementIds = new Map<string, string>();
  const nodeRuns: Promise<void>[] = [];
  for (const [kind, rows] of plan.nodesByKind) {
    for (const chunk of chunks(rows)) {
      nodeRuns.push(
        tx
          .run(`UNWIND $rows AS row MERGE (n:${quote(kind)} {key: row.key}) SET n += row.props RETURN row.key AS key, elementId(n) AS id`, { rows: chunk })
          .then((res) => {
            for (const r of res.records) elementIds.set(r.get('key') as string, r.get('id') as string);
          }),
      );
    }
  }
  // Sent back to back: the driver pipelines them on the connection, in order.
  await Promise.all(nodeRuns);
  debug?.(t, `nodes ${elementIds.size}`);
  t = Date.now();
  const relRuns: Promise<unknown>[] = [];
  // One statement for every type: `$(row.type)` (Neo4j 5.26+) takes the type from the row.
  // Safe: types were checked against RelationType; both ends are bound, so no index is needed.
  const relQuery =
    'UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b ' +
    (firstLoad ? 'CREATE (a)-[r:$(row.type)]->(b) SET r = row.props' : 'MERGE (a)-[r:$(row.type) {key: row.props.key}]->(b) SET r = row.props');
  const relRows: { a: string | undefined; b: string | undefined; type: RelationType; props: Props }[] = [];
  for (const [type, rows] of plan.relsByType) for (const r of rows) relRows.push({ a: elementIds.get(r.s), b: elementIds.get(r.t), type, props: r.props });
  for (const chunk of chunks(relRows)) relRuns.push(tx.run(relQuery, { rows: chunk }));
  // Old relationships can only be of the types the database had when the load began.
  if (plan.replace.length && !firstLoad) relRuns.push(tx.run(replaceQuery(existing), { docs: plan.replace }));
  await Promise.all(relRuns);
  debug?.(t, `relationships ${[...plan.relsByType.values()].reduce((n, r) => n + r.length, 0)}`);
}

/** Relationship types present in the database, i.e. those that may hold relationships to replace. */
async function existingTypes(driver: Driver, database?: string): Promise<string[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.run('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType');
    const known = new Set<string>(RELATION_TYPES);
    return res.records.map((r) => String(r.get('relationshipType'))).filter((t) => known.has(t));
  } finally {
    await session.close();
  }
}

/** Writes `graph` (or the listed documents of it) into Neo4j. */
export async function writeGraph(driver: Driver, graph: KnowledgeGraph, opts: WriteOptions = {}): Promise<WriteResult> {
  const uri = opts.uri ?? 'the configured server';
  const batchSize = Math.max(1, opts.batchSize ?? 10_000);
  try {
    await ensureSchema(driver, opts.database);
    // No relationship of the model yet: a first load, nothing to MERGE against or replace.
    const existing = (await existingTypes(driver, opts.database)).sort();
    const parts = partition(graph);
    let selected: DocumentPart[];
    if (opts.documents) {
      selected = [...new Set(opts.documents)].map((document) => parts.get(document) ?? { document, nodes: new Set<string>(), edges: [] });
    } else {
      selected = [...parts.values()];
    }
    // Nodes with no edge belong to no document: written (never replaced) with the last group.
    const lonely: string[] = [];
    if (!opts.documents) graph.forEachNode((key) => (graph.degree(key) === 0 ? lonely.push(key) : undefined));

    const groups: DocumentPart[][] = [];
    let current: DocumentPart[] = [];
    let rows = 0;
    for (const part of selected) {
      const size = part.nodes.size + part.edges.length;
      if (current.length && rows + size > batchSize) {
        groups.push(current);
        current = [];
        rows = 0;
      }
      current.push(part);
      rows += size;
    }
    if (lonely.length) current.push({ document: NO_DOCUMENT, nodes: new Set(lonely), edges: [], lonely: true });
    if (current.length) groups.push(current);

    const totalDocs = selected.length;
    let doneDocs = 0;
    const writtenNodes = new Set<string>();
    let relationships = 0;
    const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      for (const group of groups) {
        const plan = planTransaction(graph, group);
        await session.executeWrite((tx) => runTransaction(tx, plan, existing));
        for (const part of group) {
          for (const n of part.nodes) writtenNodes.add(n);
          relationships += part.edges.length;
        }
        doneDocs += group.filter((p) => !p.lonely).length;
        opts.onProgress?.(doneDocs, totalDocs);
      }
    } finally {
      await session.close();
    }
    return { nodes: writtenNodes.size, relationships, documents: totalDocs };
  } catch (err) {
    throw explainNeo4jError(err, uri);
  }
}
