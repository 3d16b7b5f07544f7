// Read-only querying of Neo4j (cypher/neo4j-runner.ts, `kg query --neo4j`) and
// the saved queries on both stores, against a real server.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPlain } from '../../cypher/format.js';
import { QueryTimeout, ReadOnlyViolation, runReadQuery } from '../../cypher/neo4j-runner.js';
import { listSavedQueries } from '../../cypher/saved.js';
import { openEmbeddedStore, openNeo4jStore, type QueryStore } from '../../cypher/store.js';
import type { KnowledgeGraph } from '../../graph/build.js';
import { writeGraph } from '../../graph/neo4j/writer.js';
import { ingestPaths } from '../../ingest/index.js';
import { neo4jUri, repoRoot, sharedDir } from '../helpers/env.js';
import { knownGraph } from './fixtures.js';
import { counts, ownNeo4j, type TestServer } from './own-server.js';

const run = promisify(execFile);

async function everything(driver: Driver): Promise<string> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const nodes = await session.run('MATCH (n) RETURN n.key AS k, labels(n) AS l, properties(n) AS p ORDER BY k');
    const rels = await session.run('MATCH ()-[r]->() RETURN r.key AS k, type(r) AS t, properties(r) AS p ORDER BY k');
    return JSON.stringify([nodes.records.map((r) => toPlain(r.toObject())), rels.records.map((r) => toPlain(r.toObject()))]);
  } finally {
    await session.close();
  }
}

/** Rows as sorted JSON lines (ties in ORDER BY may come out in either order). */
const lines = (rows: unknown[][]): string[] => rows.map((r) => JSON.stringify(toPlain(r))).sort();

const WRITES = [
  'CREATE (n:Resolution {key: "Resolution:evil"})',
  'MATCH (n) DETACH DELETE n',
  'MATCH (r:Resolution) DELETE r',
  'MERGE (n:Place {key: "Place:Nowhere"}) RETURN n',
  'MATCH (n:Resolution) SET n.title = "changed"',
  'MATCH (n:Resolution) REMOVE n.title',
  "CALL db.createLabel('Evil')",
  'CREATE INDEX evil FOR (n:Resolution) ON (n.title)',
  "CREATE USER evil SET PASSWORD 'evil-password'",
  'CALL dbms.components()',
  'MATCH (n) WITH n LIMIT 1 CREATE (n)-[:RECALLS]->(n)',
];

describe.skipIf(!neo4jUri())('read-only queries on Neo4j', { timeout: 240_000 }, () => {
  let server: TestServer;
  let graph: KnowledgeGraph;
  beforeAll(async () => {
    server = await ownNeo4j('query');
    graph = knownGraph();
    await writeGraph(server.driver, graph);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  }, 120_000);

  it('runs a read query with parameters and returns driver values', async () => {
    const result = await runReadQuery(server.driver, 'MATCH (r:Resolution) WHERE r.date >= $from RETURN r, r.symbol AS symbol ORDER BY symbol', { from: '2018-01-01' });
    expect(result.columns).toEqual(['r', 'symbol']);
    expect(result.rows.map((r) => r[1])).toEqual(['A/RES/2', 'A/RES/3']);
    expect(neo4j.isNode(result.rows[0]![0])).toBe(true);
    expect(result.truncated).toBe(false);
    // Integral JS numbers are sent as integers, so LIMIT $n works.
    const limited = await runReadQuery(server.driver, 'MATCH (n) RETURN n.key AS k ORDER BY k LIMIT $n', { n: 2 });
    expect(limited.rows).toHaveLength(2);
  });

  it('refuses every write, schema, administration and LOAD CSV query and changes nothing', async () => {
    const before = await everything(server.driver);
    for (const query of WRITES) {
      await expect(runReadQuery(server.driver, query), query).rejects.toThrow(ReadOnlyViolation);
      await expect(runReadQuery(server.driver, query), query).rejects.toThrow(/read-only/);
    }
    await expect(runReadQuery(server.driver, 'LOAD CSV FROM "file:///etc/passwd" AS line RETURN line')).rejects.toThrow(/LOAD CSV is not available/);
    await expect(runReadQuery(server.driver, 'PROFILE MATCH (n) RETURN n')).rejects.toThrow(/PROFILE is not available/);
    expect(await everything(server.driver)).toBe(before);
    const session = server.driver.session({ database: 'system' });
    try {
      const users = (await session.run('SHOW USERS YIELD user RETURN user')).records.map((r) => r.get('user'));
      expect(users).toEqual(['neo4j']);
    } finally {
      await session.close();
    }
  });

  it('caps the rows and says so', async () => {
    const capped = await runReadQuery(server.driver, 'UNWIND range(1, 1000) AS x RETURN x', {}, { maxRows: 10 });
    expect(capped.rows.map((r) => toPlain(r[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(capped.truncated).toBe(true);
    const exact = await runReadQuery(server.driver, 'UNWIND range(1, 10) AS x RETURN x', {}, { maxRows: 10 });
    expect(exact.truncated).toBe(false);
    const none = await runReadQuery(server.driver, 'UNWIND range(1, 10) AS x RETURN x', {}, { maxRows: 0 });
    expect(none).toEqual({ columns: ['x'], rows: [], truncated: true });
  });

  it('stops a query at its time limit', async () => {
    const started = Date.now();
    await expect(
      runReadQuery(server.driver, 'UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x, y WHERE x * y = -1 RETURN count(*)', {}, { timeoutMs: 1000 }),
    ).rejects.toThrow(QueryTimeout);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('`kg query --neo4j` refuses CREATE and DELETE, leaves the graph unchanged, and prints reads as JSON and CSV', async () => {
    const env = { ...process.env, NEO4J_URI: server.uri, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? 'kg-local-password' };
    const kg = join(repoRoot, 'bin', 'kg.mjs');
    const before = await everything(server.driver);
    for (const query of ['CREATE (n:Resolution {key: "x"})', 'MATCH (n) DETACH DELETE n']) {
      const failed = await run(process.execPath, [kg, 'query', '--neo4j', query], { env, cwd: repoRoot }).then(
        () => undefined,
        (err: { code: number; stderr: string }) => err,
      );
      expect(failed?.code, query).toBe(1);
      expect(failed?.stderr).toMatch(/read-only/);
    }
    expect(await everything(server.driver)).toBe(before);

    const json = await run(process.execPath, [kg, 'query', '--neo4j', '--format', 'json', '--param', 'symbol=A/RES/1', 'MATCH (r:Resolution {symbol: $symbol}) RETURN r.symbol AS s, r'], { env, cwd: repoRoot });
    const parsed = JSON.parse(json.stdout) as { columns: string[]; rows: [string, { labels: string[] }][] };
    expect(parsed.columns).toEqual(['s', 'r']);
    expect(parsed.rows[0]![0]).toBe('A/RES/1');
    expect(parsed.rows[0]![1].labels).toEqual(['Resolution']);
    const csv = await run(process.execPath, [kg, 'query', '--neo4j', '--format', 'csv', 'MATCH (r:Resolution) RETURN r.symbol AS symbol, r.title AS title ORDER BY symbol'], { env, cwd: repoRoot });
    expect(csv.stdout).toBe('symbol,title\r\nA/RES/1,First\r\nA/RES/2,\r\nA/RES/3,\r\n');
  });

  it('answers the saved queries on the known graph, the same on Neo4j and on the embedded store', async () => {
    const stores: QueryStore[] = [await openNeo4jStore({ uri: server.uri, username: 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'kg-local-password' }), await openEmbeddedStore(graph)];
    const params: Record<string, Record<string, unknown>> = {
      'resolutions-recalling': { symbol: 'A/RES/1' },
      'citation-chains': { symbol: '1' },
      'resolution-lineage': { symbol: 'A/RES/3' },
      'body-actions-per-year': { body: 'General Assembly', verb: 'WELCOMES' },
      'where-mentioned': { name: 'ITU' },
    };
    const answers = new Map<string, unknown[][]>();
    try {
      for (const saved of listSavedQueries()) {
        const p = params[saved.name] ?? {};
        expect(Object.keys(p).sort(), saved.name).toEqual([...saved.params].sort());
        const [onNeo4j, embedded] = await Promise.all(stores.map((s) => s.run(saved.query, p)));
        expect(onNeo4j!.columns, saved.name).toEqual(embedded!.columns);
        expect(lines(onNeo4j!.rows), saved.name).toEqual(lines(embedded!.rows));
        answers.set(saved.name, onNeo4j!.rows.map((r) => r.map(toPlain)));
      }
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
    // What the fixture says (tests/neo4j/fixtures.ts): A/RES/2 recalls A/RES/1 in PP1 and PP4, A/RES/3 in PP2.
    const recalling = answers.get('resolutions-recalling')!;
    const expected: string[] = [];
    graph.forEachInEdge('Resolution:A/RES/1', (_e, attrs, source) => {
      if (attrs.type === 'RECALLS') expected.push(`${graph.getNodeAttribute(source, 'symbol')} ${attrs.paragraph}`);
    });
    expect(recalling.map((r) => `${r[0]} ${r[2]}`).sort()).toEqual(expected.sort());
    expect(answers.get('citation-chains')!.map((r) => r[3])).toEqual([['A/RES/2', 'A/RES/1'], ['A/RES/3', 'A/RES/1'], ['A/RES/3', 'A/RES/2', 'A/RES/1']]);
    expect(answers.get('resolution-lineage')!.map((r) => [r[0], r[3]])).toEqual([['A/RES/1', 1], ['A/RES/2', 1]]);
    expect(answers.get('body-actions-per-year')).toEqual([
      ['2015', 'Organization', 'International Telecommunication Union', 1],
      ['2018', 'Organization', 'International Telecommunication Union', 1],
    ]);
    expect(answers.get('agencies-leading-initiatives')!.map((r) => r.slice(0, 4))).toEqual([
      ['International Telecommunication Union', 'LEADS', 'Initiative', 'Connect 2030'],
      ['International Telecommunication Union', 'ORGANIZES', 'Event', 'World Summit on the Information Society'],
    ]);
    expect(answers.get('events-by-place-and-year')).toEqual([['Geneva', '2003', 'World Summit on the Information Society', 'summit']]);
    expect(answers.get('most-cited-resolutions')!.map((r) => [r[0], r[3]])).toEqual([['A/RES/1', 2], ['A/RES/2', 1]]);
    expect(answers.get('where-mentioned')!.map((r) => [r[0], r[2]])).toEqual([['A/RES/1', 'OP1']]);
  });

  const seeds = sharedDir('seeds');
  it.skipIf(!seeds)('answers the saved queries on the seed the same on both stores, and as the graph says', async () => {
    const { graph: seedGraph } = await ingestPaths([seeds!]);
    await server.clear();
    await writeGraph(server.driver, seedGraph as KnowledgeGraph);
    expect(await counts(server.driver)).toEqual({ nodes: seedGraph.order, relationships: seedGraph.size });
    // The resolution the seed recalls most often, found with graphology.
    const recalls = new Map<string, number>();
    seedGraph.forEachEdge((_e, attrs, source, target) => {
      if (attrs.type === 'RECALLS' && seedGraph.getNodeAttribute(target, 'kind') === 'Resolution' && seedGraph.getNodeAttribute(source, 'kind') === 'Resolution') recalls.set(target, (recalls.get(target) ?? 0) + 1);
    });
    const [top] = [...recalls].sort((a, b) => b[1] - a[1]);
    expect(top, 'the seed recalls resolutions').toBeDefined();
    const symbol = String(seedGraph.getNodeAttribute(top![0], 'symbol'));
    const stores = [await openNeo4jStore({ uri: server.uri, username: 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'kg-local-password' }), await openEmbeddedStore(seedGraph)];
    try {
      for (const saved of listSavedQueries()) {
        const p: Record<string, unknown> = {};
        for (const name of saved.params) p[name] = { symbol, body: 'Economic and Social Council', verb: 'RECALLS', name: 'ITU' }[name];
        const [onNeo4j, embedded] = await Promise.all(stores.map((s) => s.run(saved.query, p)));
        expect(lines(onNeo4j!.rows), saved.name).toEqual(lines(embedded!.rows));
        if (saved.name === 'resolutions-recalling') expect(onNeo4j!.rows.length).toBe(top![1]);
      }
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
