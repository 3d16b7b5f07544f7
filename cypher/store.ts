// One interface over the two places a graph can live: Neo4j (read-only runner)
// and the embedded engine over a graphology graph. `kg query` and the web server
// talk to a QueryStore and do not care which one it is. Both return
// neo4j-driver values; cypher/format.ts turns them into JSON or text.
import type { AbstractGraph } from 'graphology-types';
import type { Driver } from 'neo4j-driver';
import { connect, neo4jConfig, type Neo4jConfig } from '../graph/neo4j/config.js';
import { normalizeParams, runReadQuery } from './neo4j-runner.js';

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
}

export interface RunLimits {
  timeoutMs?: number;
  maxRows?: number;
}

export interface SchemaSummary {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export interface QueryStore {
  kind: 'embedded' | 'neo4j';
  /** Runs a read-only query; writes are refused. */
  run(query: string, params?: Record<string, unknown>, opts?: RunLimits): Promise<QueryResult>;
  schema(): Promise<SchemaSummary>;
  close(): Promise<void>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_ROWS = 10_000;

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort((a, b) => a.localeCompare(b));

function isConfig(source: unknown): source is Neo4jConfig {
  return typeof source === 'object' && source !== null && 'uri' in source && 'password' in source && !('NEO4J_URI' in source);
}

/**
 * A store on a Neo4j server. Takes validated settings, or an environment
 * (process.env) to read NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE from.
 * Fails with a clear message when the server is down or refuses the credentials.
 */
export async function openNeo4jStore(source: Neo4jConfig | NodeJS.ProcessEnv = process.env): Promise<QueryStore> {
  const config = isConfig(source) ? neo4jConfig({ ...source }) : neo4jConfig({}, source);
  const driver: Driver = await connect(config);
  return {
    kind: 'neo4j',
    run: (query, params = {}, opts = {}) =>
      runReadQuery(driver, query, params, {
        timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxRows: opts.maxRows ?? DEFAULT_MAX_ROWS,
        database: config.database,
        uri: config.uri,
      }),
    async schema() {
      const one = async (query: string): Promise<string[]> =>
        (await runReadQuery(driver, query, {}, { database: config.database, uri: config.uri, maxRows: 100_000 })).rows.map((r) => String(r[0]));
      return {
        labels: sorted(await one('CALL db.labels() YIELD label RETURN label')),
        relationshipTypes: sorted(await one('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType')),
        propertyKeys: sorted(await one('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey')),
      };
    },
    close: () => driver.close(),
  };
}

/** A store on an in-memory graphology graph, queried with the embedded engine (read-only). */
export async function openEmbeddedStore(graph: AbstractGraph): Promise<QueryStore> {
  const { createEngine } = await import('./index.js');
  const engine = createEngine({ graph, writable: false });
  return {
    kind: 'embedded',
    async run(query, params = {}, opts = {}) {
      const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
      // One row more than the cap tells whether the result was cut off.
      const result = engine.run(query, normalizeParams(params), { timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxRows: maxRows + 1 });
      const truncated = result.rows.length > maxRows;
      return { columns: result.columns, rows: truncated ? result.rows.slice(0, maxRows) : result.rows, truncated };
    },
    async schema() {
      const labels: string[] = [];
      const types: string[] = [];
      const keys = new Set<string>(['key']);
      graph.forEachNode((_key, attrs) => {
        if (typeof attrs.kind === 'string') labels.push(attrs.kind);
        for (const k of Object.keys(attrs)) if (k !== 'kind') keys.add(k);
      });
      graph.forEachEdge((_key, attrs) => {
        if (typeof attrs.type === 'string') types.push(attrs.type);
        for (const k of Object.keys(attrs)) if (k !== 'type') keys.add(k);
      });
      return { labels: sorted(labels), relationshipTypes: sorted(types), propertyKeys: sorted(keys) };
    },
    async close() {},
  };
}
