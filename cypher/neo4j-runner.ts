// Read-only Cypher against Neo4j for the query console (`kg query --neo4j`, the
// web API). Three locks: EXPLAIN first and refuse anything whose query type is
// not 'r' (read-only); refuse LOAD CSV (it reads server files and URLs); run the
// query in a READ transaction, with a server-side timeout, streaming records
// and stopping at the row cap.
import neo4j, { type Driver } from 'neo4j-driver';
import { explainNeo4jError } from '../graph/neo4j/config.js';

export interface ReadQueryOptions {
  timeoutMs?: number;
  maxRows?: number;
  database?: string;
  /** server address, for error messages */
  uri?: string;
}

export interface ReadQueryResult {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
}

/** The query would change something; the console is read-only. */
export class ReadOnlyViolation extends Error {
  readonly code = 'Neo.ClientError.Statement.AccessMode';
}

/** The query ran longer than its time limit. */
export class QueryTimeout extends Error {
  readonly code = 'Neo.ClientError.Transaction.TransactionTimedOut';
}

const QUERY_TYPE_WORDS: Record<string, string> = {
  rw: 'read and write data',
  w: 'write data',
  s: 'change the schema or the DBMS (administration commands and DBMS procedures)',
};

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function planOperators(plan: PlanNode | false | undefined, out: string[] = []): string[] {
  if (!plan) return out;
  out.push(plan.operatorType);
  for (const child of plan.children ?? []) planOperators(child, out);
  return out;
}

/** Leading EXPLAIN / PROFILE (after optional CYPHER options) would defeat the EXPLAIN check or run the query. */
const EXPLAIN_OR_PROFILE = /^\s*(?:CYPHER\b[^\n]*?\s)?(EXPLAIN|PROFILE)\b/i;

/** Integral JS numbers as Integer, so `LIMIT $n` and integer comparisons work as typed by a person. */
export function normalizeParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (v: unknown): unknown => {
    if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
    if (Array.isArray(v)) return v.map(convert);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x)]));
    }
    return v;
  };
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, convert(v)]));
}

function isTimeout(err: unknown): boolean {
  const code = (err as { code?: string })?.code ?? '';
  return code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' || /TransactionTimedOut/.test(code);
}

/** Refuses unless `query` is read-only; returns nothing. Throws ReadOnlyViolation. */
export async function assertReadQuery(driver: Driver, query: string, params: Record<string, unknown> = {}, opts: ReadQueryOptions = {}): Promise<void> {
  const m = EXPLAIN_OR_PROFILE.exec(query);
  if (m) throw new ReadOnlyViolation(`${m[1]!.toUpperCase()} is not available in the read-only query console; send the query itself`);
  const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ });
  try {
    const explained = await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`, params), { timeout: opts.timeoutMs ?? 30_000 });
    const type = explained.summary.queryType;
    if (type !== 'r') {
      throw new ReadOnlyViolation(
        `the query console is read-only: this query would ${QUERY_TYPE_WORDS[type] ?? `run as query type '${type}'`} and was not run. ` +
          'Changes to the graph belong in ingest (`kg ingest --neo4j`).',
      );
    }
    if (planOperators(explained.summary.plan as PlanNode | false).some((op) => op.startsWith('LoadCSV'))) {
      throw new ReadOnlyViolation('LOAD CSV is not available in the query console (it reads files and URLs from the server)');
    }
  } finally {
    await session.close();
  }
}

/**
 * Runs a read-only query: EXPLAIN check, then a READ transaction with a
 * timeout; at most `maxRows` rows are kept (`truncated` says more were there).
 */
export async function runReadQuery(driver: Driver, query: string, params: Record<string, unknown> = {}, opts: ReadQueryOptions = {}): Promise<ReadQueryResult> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const maxRows = opts.maxRows ?? 10_000;
  if (!(timeoutMs > 0)) throw new Error(`timeout must be a positive number of milliseconds, not ${timeoutMs}`);
  if (!(Number.isInteger(maxRows) && maxRows >= 0)) throw new Error(`max rows must be a whole number ≥ 0, not ${maxRows}`);
  const typed = normalizeParams(params);
  try {
    await assertReadQuery(driver, query, typed, opts);
    const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(Math.max(maxRows + 1, 100), 2000) });
    try {
      return await session.executeRead(
        async (tx) => {
          const rows: unknown[][] = [];
          let truncated = false;
          const result = tx.run(query, typed);
          const columns = [...(await result.keys())].map(String);
          for await (const record of result) {
            if (rows.length >= maxRows) {
              truncated = true;
              break; // leaving the loop discards the rest of the stream
            }
            rows.push(columns.map((c) => record.get(c)));
          }
          return { columns, rows, truncated };
        },
        { timeout: timeoutMs },
      );
    } finally {
      await session.close();
    }
  } catch (err) {
    if (err instanceof ReadOnlyViolation) throw err;
    if (isTimeout(err)) throw new QueryTimeout(`the query ran longer than its time limit of ${timeoutMs} ms and was stopped`, { cause: err });
    const code = (err as { code?: string })?.code ?? '';
    if (code === 'Neo.ClientError.Statement.AccessMode' || /read access mode/i.test(String((err as Error)?.message))) {
      throw new ReadOnlyViolation('the query console is read-only: the server refused a write in the read transaction', { cause: err });
    }
    throw explainNeo4jError(err, opts.uri ?? 'the configured server');
  }
}
