// Puts a graphology knowledge graph into the test Neo4j so the same data sits
// in both stores. Uses the project's writer (graph/neo4j/writer.ts) when it
// exists; otherwise plain parameterised UNWIND ... CREATE, which is all a
// fresh test database needs. Integral numbers go in as Integer, as the
// embedded engine reads them.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import type { KnowledgeGraph } from '../../graph/build.js';
import { repoRoot } from '../helpers/env.js';

/** The password neo4j/server.ts gives a local server when NEO4J_PASSWORD is unset. */
const LOCAL_SERVER_PASSWORD = 'kg-local-password';

export function connectNeo4j(uri: string): Driver {
  const user = process.env.NEO4J_USERNAME ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD ?? LOCAL_SERVER_PASSWORD;
  return neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: false });
}

function toNeo4j(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) return v.map(toNeo4j);
  return v;
}

function properties(attrs: Record<string, unknown>, skip: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attrs)) if (!skip.includes(k) && v !== undefined && v !== null) out[k] = toNeo4j(v);
  return out;
}

const quote = (name: string): string => `\`${name.replace(/`/g, '``')}\``;
const BATCH = 5_000;

async function writeDirectly(driver: Driver, graph: KnowledgeGraph): Promise<void> {
  const session = driver.session();
  try {
    const kinds = new Map<string, Record<string, unknown>[]>();
    graph.forEachNode((key, attrs) => {
      const kind = String(attrs.kind);
      let rows = kinds.get(kind);
      if (!rows) kinds.set(kind, (rows = []));
      rows.push({ ...properties(attrs, ['kind']), key });
    });
    for (const kind of kinds.keys()) {
      await session.run(`CREATE CONSTRAINT ${quote(`test_${kind}_key`)} IF NOT EXISTS FOR (n:${quote(kind)}) REQUIRE n.key IS UNIQUE`);
    }
    for (const [kind, rows] of kinds) {
      for (let i = 0; i < rows.length; i += BATCH) {
        await session.run(`UNWIND $rows AS row CREATE (n:${quote(kind)}) SET n = row`, { rows: rows.slice(i, i + BATCH) });
      }
    }
    const groups = new Map<string, { type: string; from: string; to: string; rows: Record<string, unknown>[] }>();
    graph.forEachEdge((_key, attrs, source, target, sAttrs, tAttrs) => {
      const group = `${attrs.type}|${sAttrs.kind}|${tAttrs.kind}`;
      let g = groups.get(group);
      if (!g) groups.set(group, (g = { type: String(attrs.type), from: String(sAttrs.kind), to: String(tAttrs.kind), rows: [] }));
      g.rows.push({ s: source, t: target, p: properties(attrs, ['type']) });
    });
    for (const g of groups.values()) {
      for (let i = 0; i < g.rows.length; i += BATCH) {
        await session.run(
          `UNWIND $rows AS row MATCH (a:${quote(g.from)} {key: row.s}) MATCH (b:${quote(g.to)} {key: row.t}) CREATE (a)-[r:${quote(g.type)}]->(b) SET r = row.p`,
          { rows: g.rows.slice(i, i + BATCH) },
        );
      }
    }
  } finally {
    await session.close();
  }
}

/** Empties the test database and writes `graph` into it. Returns which writer was used. */
export async function loadIntoNeo4j(driver: Driver, graph: KnowledgeGraph): Promise<'graph/neo4j/writer.ts' | 'UNWIND CREATE'> {
  const session = driver.session();
  try {
    // Tests own the test server: start from nothing, in batches so a big graph fits in memory.
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  const writerPath = join(repoRoot, 'graph', 'neo4j', 'writer.ts');
  if (existsSync(writerPath)) {
    const mod = (await import(pathToFileURL(writerPath).href)) as { writeGraph?: (d: Driver, g: KnowledgeGraph) => Promise<unknown> };
    if (typeof mod.writeGraph === 'function') {
      await mod.writeGraph(driver, graph);
      return 'graph/neo4j/writer.ts';
    }
  }
  await writeDirectly(driver, graph);
  return 'UNWIND CREATE';
}

/**
 * Holds the test server for one test file: test files run in parallel and
 * each empties the database, so whoever writes test data into the shared
 * Neo4j takes this lock first (a directory, created atomically; a holder
 * whose process is gone is taken over). Returns the release function.
 */
export async function lockNeo4j(uri: string, waitMs = 170_000): Promise<() => void> {
  const dir = join(tmpdir(), `kg-neo4j-lock-${uri.replace(/[^\w]+/g, '_')}`);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    } catch {
      // the holder is between mkdir and writing its pid
    }
    if (Number.isInteger(holder) && !isAlive(holder)) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Neo4j test lock ${dir} still held by process ${holder} after ${waitMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
