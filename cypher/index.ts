// Public API of the embedded, read-only openCypher engine over a graphology graph.
// Used by `kg query --graph`, the web server and the browser bundle, so nothing
// here (or in engine/) may import node:* modules.
//
// Values come out as neo4j-driver gives them: Integer for integers, JS numbers for
// floats, Node/Relationship/Path from neo4j-driver-core, arrays, plain objects, null.
// Parameters go in as the driver sends them: a JS number is a Float, an Integer
// (`int(5)`) or a bigint is an Integer; so `LIMIT $n` needs `{ n: int(10) }`, as with Neo4j.
import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph as Graph } from 'graphology-types';
import type { Clause, Query } from './engine/ast.js';
import { WRITE_CLAUSES } from './engine/ast.js';
import { Slots, type ExecContext } from './engine/context.js';
import { CypherError, ErrorCode } from './engine/errors.js';
import { executeQuery } from './engine/executor.js';
import { parse } from './engine/parser.js';
import { validate } from './engine/semantics.js';
import { fromParameter, GraphStore } from './engine/store.js';
import { putOwn, type Value } from './engine/values.js';

export { CypherError } from './engine/errors.js';
export type { SourcePosition } from './engine/errors.js';
export { parse } from './engine/parser.js';
export type { Graph };

export interface RunOptions {
  /** Abort with Neo.ClientError.Transaction.TransactionTimedOut after this long (default 30 000 ms). */
  timeoutMs?: number;
  /** Stop after this many rows (default: no cap). */
  maxRows?: number;
}

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
}

export interface Engine {
  run(query: string, params?: Record<string, unknown>, opts?: RunOptions): QueryResult;
  readonly graph: Graph;
}

export interface EngineOptions {
  graph?: Graph;
  /** Allow CREATE / MERGE / SET / REMOVE / DELETE (test fixtures). Default false. */
  writable?: boolean;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const CLOCK_CHECK_EVERY = 1024;

const WRITE_NAMES: Record<string, string> = {
  create: 'CREATE',
  merge: 'MERGE',
  set: 'SET',
  remove: 'REMOVE',
  delete: 'DELETE',
  foreach: 'FOREACH',
};

function firstWrite(clauses: Clause[]): string | undefined {
  for (const c of clauses) {
    if (WRITE_CLAUSES.has(c.type)) return c.type === 'delete' && c.detach ? 'DETACH DELETE' : WRITE_NAMES[c.type];
    if (c.type === 'unsupported' && c.write) return c.feature;
  }
  return undefined;
}

export function assertReadOnly(query: Query): void {
  for (const part of query.parts) {
    const write = firstWrite(part.clauses);
    if (write) {
      throw new CypherError(
        ErrorCode.AccessMode,
        `Writing in read access mode not allowed: ${write} changes the graph, and this query console is read-only. Changes to the graph belong in ingest (\`kg ingest\`).`,
      );
    }
  }
}

export function createEngine(opts: EngineOptions = {}): Engine {
  const graph = opts.graph ?? new MultiDirectedGraph({ allowSelfLoops: true });
  const store = new GraphStore(graph);
  const writable = opts.writable ?? false;

  return {
    graph,
    run(queryText: string, params: Record<string, unknown> = {}, runOpts: RunOptions = {}): QueryResult {
      const query = parse(queryText);
      if (!writable) assertReadOnly(query);
      validate(query, queryText);
      const engineParams: Record<string, Value> = {};
      for (const [k, v] of Object.entries(params)) putOwn(engineParams, k, fromParameter(v, k));
      const timeoutMs = runOpts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const deadline = Date.now() + timeoutMs;
      let ticks = 0;
      const ctx: ExecContext = {
        store,
        params: engineParams,
        writable,
        slots: new Slots(),
        tick() {
          if (++ticks % CLOCK_CHECK_EVERY === 0 && Date.now() > deadline) {
            throw new CypherError(ErrorCode.Timeout, `The query ran longer than its time limit of ${timeoutMs} ms and was stopped`);
          }
        },
        // Present from the start so that this object and the per-group copies share one shape.
        aggregates: undefined,
      };
      const maxRows = runOpts.maxRows ?? Infinity;
      // The engine stops producing rows at maxRows.
      const raw = executeQuery(query, ctx, queryText, maxRows);
      const rows: unknown[][] = new Array(raw.rows.length);
      for (let i = 0; i < raw.rows.length; i++) {
        ctx.tick();
        rows[i] = raw.rows[i]!.map((v) => store.toDriver(v));
      }
      return { columns: raw.columns, rows };
    },
  };
}
