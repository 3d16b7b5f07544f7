// Puts a graphology knowledge graph into the test Neo4j so the same data sits
// in both stores. Uses the project's writer (graph/neo4j/writer.ts) when it
// exists; otherwise plain parameterised UNWIND ... CREATE, which is all a
// fresh test database needs. Integral numbers go in as Integer, as the
// embedded engine reads them.
import { existsSync } from 'node:fs';
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

