// Differential suite: the same synthetic knowledge graph in the embedded
// engine and in Neo4j, a few hundred explorer-style queries (plus the saved
// queries) on both, identical answers required. Values go through one
// normaliser: Integer vs float kept apart, nodes by labels and properties
// (the `key` property included), row order compared only for queries with a
// total ORDER BY, floats to 12 significant digits (summation order differs).
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../cypher/index.js';
import { neo4jUri, repoRoot } from '../helpers/env.js';
import { fromEngine, render } from '../tck/values.js';
import { differentialQueries, type DiffQuery } from './differential-queries.js';
import { ownNeo4j, type TestServer } from '../neo4j/own-server.js';
import { loadIntoNeo4j } from './neo4j-load.js';
import { SMALL, syntheticGraph } from './synthetic-graph.js';

const uri = neo4jUri();

interface Answer {
  columns?: string[];
  rows?: string[];
  error?: string;
}

function normalise(q: DiffQuery, columns: string[], rows: unknown[][]): Answer {
  const opts = { ignoreListOrder: q.unorderedLists ?? false, floatPrecision: 12 };
  const lines = rows.map((r) => r.map((v) => render(fromEngine(v), opts)).join(' | '));
  return { columns, rows: q.ordered ? lines : lines.sort() };
}

/** Disagreements, written for the engine's author to ../brief/differential-status.md when that folder exists. */
function writeStatus(total: number, failures: { q: DiffQuery; neo4j: Answer; engine: Answer }[]): void {
  const file = process.env.DIFF_STATUS_FILE ?? resolve(repoRoot, '..', 'brief', 'differential-status.md');
  if (!existsSync(dirname(file))) return;
  const show = (a: Answer): string => (a.error ? `error ${a.error}` : `columns ${JSON.stringify(a.columns)}\n${(a.rows ?? []).slice(0, 8).join('\n')}${(a.rows?.length ?? 0) > 8 ? `\n... ${a.rows!.length - 8} more` : ''}`);
  const out = [
    '# Differential suite: embedded engine vs Neo4j',
    '',
    `Generated ${new Date().toISOString()} by tests/cypher/differential.test.ts: ${total - failures.length}/${total} queries agree.`,
    '',
  ];
  // An edge key (graph/model.ts edgeKey) reads `TYPE|source->target...`.
  const relKey = /key: '[A-Z_]+\|/;
  const keyOnly = failures.filter((f) => f.neo4j.rows?.some((r) => relKey.test(r)) && !f.engine.rows?.some((r) => relKey.test(r)));
  if (keyOnly.length) {
    out.push(
      `${keyOnly.length} of them show a relationship \`key\` property in Neo4j only: graph/neo4j/writer.ts stores each edge's`,
      'graphology key as `key` on the relationship (it MERGEs by it); the engine shows `key` on nodes but not on relationships.',
      '',
    );
  }
  for (const f of failures.slice(0, 30)) {
    out.push(`## ${f.q.name}`, '', '```', f.q.cypher, '```', `params: ${JSON.stringify(f.q.params ?? {})}`, '', 'Neo4j:', '```', show(f.neo4j), '```', 'Engine:', '```', show(f.engine), '```', '');
  }
  writeFileSync(file, `${out.join('\n')}\n`);
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : `no code: ${err instanceof Error ? err.message : String(err)}`;
}

describe.skipIf(!uri)('embedded engine agrees with Neo4j', () => {
  const graph = syntheticGraph(SMALL);
  const queries = differentialQueries(graph);
  const engine = createEngine({ graph });
  let driver: Driver;
  const failures: { q: DiffQuery; neo4j: Answer; engine: Answer }[] = [];
  let ran = 0;
  let server: TestServer | undefined;

  beforeAll(async () => {
    // This file empties the database and writes its own data: it gets a server of its own (tests/neo4j/own-server.ts).
    const t0 = performance.now();
    server = await ownNeo4j('differential');
    driver = server.driver;
    const t1 = performance.now();
    const writer = await loadIntoNeo4j(driver, graph);
    const t2 = performance.now();
    console.log(
      `differential: Neo4j at ${server.uri} ready in ${((t1 - t0) / 1000).toFixed(1)} s; ${graph.order} nodes, ${graph.size} relationships written with ${writer} in ${((t2 - t1) / 1000).toFixed(1)} s; ${queries.length} queries`,
    );
  }, 420_000); // a private server starts a JVM: minutes on a busy machine
  afterAll(async () => {
    await server?.close();
    if (ran > 0) writeStatus(ran, failures);
  });

  async function onNeo4j(q: DiffQuery): Promise<Answer> {
    const session = driver.session({ defaultAccessMode: 'READ' });
    try {
      const running = session.run(q.cypher, q.params ?? {});
      const columns = await running.keys();
      const { records } = await running;
      return normalise(q, [...columns], records.map((r) => columns.map((c) => r.get(c))));
    } catch (err) {
      return { error: errorCode(err) };
    } finally {
      await session.close();
    }
  }

  function onEngine(q: DiffQuery): Answer {
    try {
      const { columns, rows } = engine.run(q.cypher, q.params ?? {}, { timeoutMs: 10_000 });
      return normalise(q, columns, rows);
    } catch (err) {
      return { error: errorCode(err) };
    }
  }

  it('has a few hundred queries over a graph with every kind of node', () => {
    expect(queries.length).toBeGreaterThanOrEqual(250);
    const kinds = new Set(graph.mapNodes((_k, a) => a.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(8);
  });

  it.each(queries)('$name', async (q) => {
    const expected = await onNeo4j(q);
    // A template Neo4j refuses is a bug in the suite, not in the engine.
    expect(expected.error, `Neo4j rejected the query: ${q.cypher}`).toBeUndefined();
    const got = onEngine(q);
    ran++;
    if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push({ q, neo4j: expected, engine: got });
    expect(got, q.cypher).toEqual(expected);
  });
});
