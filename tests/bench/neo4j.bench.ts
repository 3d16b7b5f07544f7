// `npm run bench:neo4j`: how fast the online writer loads ../shared/corpus-ga into
// a fresh local Neo4j, against the offline ceiling (`neo4j-admin database import
// full` of the same graph exported as CSV). Goal: online ≥ 1/3 of offline and
// ≥ 50,000 relationships/s. Needs Java 17 + Maven (starts its own server,
// instance .neo4j/bench, removed afterwards).
//   npm run bench:neo4j [-- <folder>] [--batch N] [--synthetic]
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import type { KnowledgeGraph } from '../../graph/build.js';
import { exportNeo4jCsv } from '../../graph/export/csv.js';
import { ensureSchema, writeGraph } from '../../graph/neo4j/writer.js';
import { ingestPaths } from '../../ingest/index.js';
import { missingTools, repoRoot, runNeo4jAdmin, startLocalNeo4j, stopLocalNeo4j } from '../../neo4j/server.js';
import { bulkGraph } from '../neo4j/fixtures.js';

const INSTANCE = 'bench';
const rate = (n: number, ms: number): string => `${Math.round((n / ms) * 1000).toLocaleString('en-US')}/s`;

async function countAll(uri: string, password: string): Promise<{ nodes: number; relationships: number }> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    const session = driver.session();
    const nodes = (await session.run('MATCH (n) RETURN count(n) AS c')).records[0]!.get('c').toNumber() as number;
    const relationships = (await session.run('MATCH ()-[r]->() RETURN count(r) AS c')).records[0]!.get('c').toNumber() as number;
    await session.close();
    return { nodes, relationships };
  } finally {
    await driver.close();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { batch: { type: 'string', default: '10000' }, synthetic: { type: 'boolean', default: false }, heap: { type: 'string', default: '2g' } },
  });
  const problem = missingTools();
  if (problem) throw new Error(`bench:neo4j needs a local Neo4j: ${problem}`);
  const folder = resolve(positionals[0] ?? join(repoRoot, '..', 'shared', 'corpus-ga'));

  let graph: KnowledgeGraph;
  let t = Date.now();
  if (values.synthetic) {
    graph = bulkGraph(900, 300);
    console.log(`synthetic graph: ${graph.order} nodes, ${graph.size} relationships`);
  } else {
    const ingested = await ingestPaths([folder]);
    graph = ingested.graph as KnowledgeGraph;
    console.log(`ingested ${folder}: ${graph.order} nodes, ${graph.size} relationships, ${ingested.errors.length} file errors (${Date.now() - t} ms)`);
  }
  const documents = new Set<string>();
  graph.forEachEdge((_e, attrs) => documents.add(String(attrs.document ?? '')));

  const password = process.env.NEO4J_PASSWORD ?? 'kg-local-password';
  const server = await startLocalNeo4j({ instance: INSTANCE, fresh: true, password, heap: values.heap, pageCache: '1g', log: (l) => console.log(`[neo4j] ${l}`) });
  try {
    // --- online: the writer, as `kg ingest --neo4j` runs it ---
    const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', password));
    let online = 0;
    try {
      // The schema (a constraint per label, two indexes per relationship type) once, timed apart: the importer builds none.
      t = Date.now();
      await ensureSchema(driver);
      const schema = Date.now() - t;
      t = Date.now();
      let tx = 0;
      const result = await writeGraph(driver, graph, { batchSize: Number(values.batch), onProgress: () => tx++ });
      online = Date.now() - t;
      console.log(`\nschema (constraints and indexes on an empty database): ${schema} ms`);
      console.log(
        `online  (writer, ${documents.size} documents in ${tx} transactions of ~${values.batch} rows, cold server): ${online} ms — ` +
          `${rate(result.nodes, online)} nodes, ${rate(result.relationships, online)} relationships`,
      );
      t = Date.now();
      await writeGraph(driver, graph, { batchSize: Number(values.batch) });
      const again = Date.now() - t;
      console.log(`online  re-load of the same graph (idempotent MERGE + replace): ${again} ms — ${rate(result.relationships, again)} relationships`);
    } finally {
      await driver.close();
    }
    const inDb = await countAll(server.uri, password);
    if (inDb.nodes !== graph.order || inDb.relationships !== graph.size) {
      console.log(`WARNING: database has ${inDb.nodes} nodes / ${inDb.relationships} relationships, the graph ${graph.order} / ${graph.size}`);
    }

    // --- offline: CSV export + neo4j-admin database import full into the stopped server ---
    await stopLocalNeo4j({ instance: INSTANCE });
    const csvDir = join(server.home, 'import', 'csv');
    rmSync(csvDir, { recursive: true, force: true });
    mkdirSync(csvDir, { recursive: true });
    t = Date.now();
    const csv = await exportNeo4jCsv(graph, csvDir);
    console.log(`\nCSV export: ${Date.now() - t} ms (${csv.nodeFiles.length} node files, ${csv.relationshipFiles.length} relationship files)`);
    const args = ['database', 'import', 'full', ...csv.importArgs.map((a) => a.replace(/^(--(?:nodes|relationships)=)/, `$1${csvDir}/`)), '--overwrite-destination', 'neo4j'];
    t = Date.now();
    const admin = runNeo4jAdmin(server.home, args);
    const offline = Date.now() - t;
    if (admin.status !== 0) throw new Error(`neo4j-admin import failed:\n${admin.output.slice(-3000)}`);
    const done = /IMPORT DONE in ([^.\n]+)/.exec(admin.output)?.[1];
    console.log(
      `offline (neo4j-admin database import full): ${offline} ms including its JVM start${done ? ` (importer's own time: ${done})` : ''} — ` +
        `${rate(graph.order, offline)} nodes, ${rate(graph.size, offline)} relationships`,
    );
    const again = await startLocalNeo4j({ instance: INSTANCE, password, heap: values.heap, pageCache: '1g' });
    const imported = await countAll(again.uri, password);
    console.log(`imported database: ${imported.nodes} nodes, ${imported.relationships} relationships`);

    const ratio = offline / online;
    const relsPerSec = (graph.size / online) * 1000;
    console.log(`\nonline / offline rate: ${ratio.toFixed(2)} (goal ≥ 0.33) — ${ratio >= 1 / 3 ? 'met' : 'NOT met'}`);
    console.log(`online relationships/s: ${Math.round(relsPerSec).toLocaleString('en-US')} (goal ≥ 50,000) — ${relsPerSec >= 50_000 ? 'met' : 'NOT met'}`);
  } finally {
    await stopLocalNeo4j({ instance: INSTANCE });
    rmSync(server.home, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench:neo4j: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
