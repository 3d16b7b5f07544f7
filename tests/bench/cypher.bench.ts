// `npm run bench:cypher [-- --synthetic] [-- --runs N]`: times the saved
// queries (cypher/queries/*.cypher, plus a few explorer queries) on the
// embedded engine and, when NEO4J_URI is set, on Neo4j over the same graph,
// and prints both side by side (median of N runs, default 5, after one
// untimed round of all queries and one warm-up run each; each store is timed
// in its own phase).
// The graph is the corpus-ga ingest (../shared/corpus-ga); with --synthetic
// or without the corpus, a synthetic graph of the same size.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { createEngine } from '../../cypher/index.js';
import type { KnowledgeGraph } from '../../graph/build.js';
import { parseGraphJson, toJson } from '../../graph/export/json.js';
import { repoRoot } from '../helpers/env.js';
import { savedQueries, type DiffQuery } from '../cypher/differential-queries.js';
import { connectNeo4j, loadIntoNeo4j } from '../cypher/neo4j-load.js';
import { CORPUS_SIZED, syntheticGraph } from '../cypher/synthetic-graph.js';

const { values } = parseArgs({ options: { synthetic: { type: 'boolean' }, runs: { type: 'string' }, corpus: { type: 'string' } } });
const runs = Number(values.runs ?? 5);

async function loadGraph(): Promise<{ graph: KnowledgeGraph; source: string }> {
  const dir = values.corpus ?? resolve(repoRoot, '..', 'shared', 'corpus-ga');
  if (!values.synthetic && existsSync(dir)) {
    try {
      const { ingestPaths } = await import('../../ingest/index.js');
      const t0 = performance.now();
      const ingested = (await ingestPaths([dir])).graph;
      const seconds = ((performance.now() - t0) / 1000).toFixed(1);
      // Queried as users query it (`kg query --graph graph.json`, `kg serve --graph`): saved as
      // graph.json and read back, not the builder's in-memory graph with the ingest's garbage around it.
      const graph = parseGraphJson(toJson(ingested));
      return { graph, source: `ingest of ${dir} (${seconds} s), saved as graph.json and read back` };
    } catch (err) {
      console.log(`ingest of ${dir} failed (${err instanceof Error ? err.message : String(err)}); using a synthetic graph`);
    }
  }
  return { graph: syntheticGraph(CORPUS_SIZED), source: 'synthetic graph of corpus-ga size' };
}

/** Explorer queries timed next to the saved ones (what the web client asks most). */
function explorerQueries(graph: KnowledgeGraph): DiffQuery[] {
  const busiest = graph
    .filterNodes((_k, a) => a.kind === 'Resolution')
    .sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b))[0];
  const q = (name: string, cypher: string, params?: Record<string, unknown>): DiffQuery => ({ name, cypher, params, ordered: false });
  return [
    q('count by label', 'MATCH (n) RETURN labels(n) AS l, count(*) AS n'),
    q('relations by type', 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY n DESC'),
    q('resolution by key, neighbourhood', 'MATCH (r:Resolution {key: $k})-[e]-(x) RETURN type(e), x.key, e.paragraph', { k: busiest }),
    q('most cited resolutions', 'MATCH (r:Resolution)<-[:RECALLS|REAFFIRMS]-(s:Resolution) RETURN r.key AS k, count(s) AS n ORDER BY n DESC, k LIMIT 20'),
    q('organisations by mentions', 'MATCH (o:Organization)<-[:MENTIONS]-(p:Paragraph) RETURN o.name AS name, count(p) AS n ORDER BY n DESC, name LIMIT 20'),
    q('text search in paragraphs', "MATCH (p:Paragraph) WHERE toLower(p.text) CONTAINS 'digital' RETURN count(p) AS n"),
    q('citation chains, 1..3 hops', 'MATCH (a:Resolution {key: $k})-[:RECALLS*1..3]->(b:Resolution) RETURN count(DISTINCT b) AS n', { k: busiest }),
  ];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

type Timing = { ms: number; rows: number } | { error: string };

/** Median of `n` timed runs after one untimed run (n = 0: the untimed run only). */
async function timeNeo4j(driver: Driver, q: DiffQuery, n: number): Promise<Timing> {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i <= n; i++) {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      const t0 = performance.now();
      const result = await session.run(q.cypher, q.params ?? {});
      if (i > 0) times.push(performance.now() - t0);
      rows = result.records.length;
    } catch (err) {
      return { error: err instanceof Error ? err.message.split('\n')[0]! : String(err) };
    } finally {
      await session.close();
    }
  }
  return { ms: times.length > 0 ? median(times) : 0, rows };
}

function timeEngine(engine: ReturnType<typeof createEngine>, q: DiffQuery, n: number): Timing {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i <= n; i++) {
    try {
      const t0 = performance.now();
      const result = engine.run(q.cypher, q.params ?? {});
      if (i > 0) times.push(performance.now() - t0);
      rows = result.rows.length;
    } catch (err) {
      return { error: err instanceof Error ? err.message.split('\n')[0]! : String(err) };
    }
  }
  return { ms: times.length > 0 ? median(times) : 0, rows };
}

const { graph, source } = await loadGraph();
console.log(`bench:cypher on ${source}: ${graph.order} nodes, ${graph.size} relationships; median of ${runs} runs after a warm-up`);
const saved = savedQueries(graph);
if (saved.length === 0) console.log('(no saved queries in cypher/queries/ yet; timing explorer queries only)');
const queries = [...saved, ...explorerQueries(graph)];

const engine = createEngine({ graph });
let driver: Driver | undefined;
const uri = process.env.NEO4J_URI;
if (uri) {
  driver = connectNeo4j(uri);
  // Writing the corpus takes minutes: skip it when Neo4j already holds a graph of the same size (an earlier run).
  const session = driver.session({ defaultAccessMode: 'READ' });
  const nodes = (await session.run('MATCH (n) RETURN count(n) AS n')).records[0]!.get('n').toNumber();
  const rels = (await session.run('MATCH ()-[r]->() RETURN count(r) AS n')).records[0]!.get('n').toNumber();
  await session.close();
  if (nodes === graph.order && rels === graph.size) {
    console.log(`Neo4j at ${uri} already holds ${nodes} nodes and ${rels} relationships: not rewritten`);
  } else {
    const t0 = performance.now();
    const writer = await loadIntoNeo4j(driver, graph);
    console.log(`Neo4j at ${uri}: graph written with ${writer} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
} else {
  console.log('NEO4J_URI is not set: embedded engine only (set it to time Neo4j on the same graph)');
}

const fmt = (r: Timing | undefined): string =>
  r === undefined ? '-' : 'error' in r ? `error: ${r.error.slice(0, 60)}` : `${r.ms.toFixed(1)} ms`;
const header = ['query', 'rows', 'embedded', 'neo4j', 'embedded/neo4j'];
const table: string[][] = [];
let slower = 0;
// Each store is timed alone, all its queries in a row, so neither pays for the other's background
// work (the JVM's GC and JIT threads after a Neo4j query; our GC) on this 2-core machine. Each phase
// starts with one untimed round of every query: both are timed warm, as a running server answers
// (otherwise the first query alone pays the JIT warm-up, and Neo4j its plan compilation).
const collectGarbage = (globalThis as { gc?: () => void }).gc;
collectGarbage?.(); // the ingest's garbage (run with --expose-gc, as `npm run bench:cypher` does)
for (const q of queries) timeEngine(engine, q, 0);
const mine = queries.map((q) => timeEngine(engine, q, runs));
const theirs: (Timing | undefined)[] = [];
if (driver) {
  for (const q of queries) await timeNeo4j(driver, q, 0);
  for (const q of queries) theirs.push(await timeNeo4j(driver, q, runs));
}
queries.forEach((q, i) => {
  const m = mine[i]!;
  const t = theirs[i];
  const ratio = t && 'ms' in t && 'ms' in m ? m.ms / Math.max(t.ms, 0.01) : undefined;
  if (ratio !== undefined && ratio > 1 && saved.includes(q)) slower++;
  const rows = 'rows' in m ? String(m.rows) : t && 'rows' in t ? String(t.rows) : '-';
  table.push([q.name, rows, fmt(m), fmt(t), ratio === undefined ? '-' : `${ratio.toFixed(2)}x`]);
});
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
const report = [
  `bench:cypher ${new Date().toISOString()} on ${source}: ${graph.order} nodes, ${graph.size} relationships; median of ${runs} runs`,
  line(header),
  ...table.map(line),
];
if (driver) {
  report.push(`goal: every saved query at least as fast as Neo4j: ${saved.length === 0 ? 'no saved queries yet' : slower === 0 ? 'met' : `NOT met (${slower} of ${saved.length} slower)`}`);
  await driver.close();
}
console.log(report.slice(1).join('\n'));
// The latest figures, for the engine's author, in the team's brief folder when there is one.
const briefFile = resolve(repoRoot, '..', 'brief', 'cypher-bench.md');
if (existsSync(dirname(briefFile))) writeFileSync(briefFile, `# Cypher benchmark\n\n\`\`\`\n${report.join('\n')}\n\`\`\`\n`);
