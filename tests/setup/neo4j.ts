// Starts a local Neo4j for `npm test` when NEO4J_URI is not set and Java and
// Maven are present (neo4j/server.ts), exports NEO4J_URI / NEO4J_USERNAME /
// NEO4J_PASSWORD to the test workers (forked after global set-up, so they
// inherit process.env), and returns the function that stops it.
// With CI=true a server that cannot start fails the run; elsewhere a missing
// Java or Maven prints one line and the Neo4j tests skip.
// A run whose selected test files do not use Neo4j (e.g. `vitest run tests/web`)
// starts nothing.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isCI, repoRoot } from '../helpers/env.js';
import { isAlive } from '../../neo4j/server.js';

/** Set by this set-up: the instance name under .neo4j/, so tests know the server is local. */
export const TEST_INSTANCE_ENV = 'KG_NEO4J_TEST_INSTANCE';

function testFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) testFiles(path, out);
    else if (entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** True unless the command line names test files and none of them uses Neo4j. */
function selectedTestsUseNeo4j(): boolean {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run' && a !== 'watch' && a !== 'related');
  const files = testFiles(join(repoRoot, 'tests')).map((f) => relative(repoRoot, f));
  const selected = args.length ? files.filter((f) => args.some((a) => f.includes(a.replace(/^\.\//, '')))) : files;
  // Arguments that match no file are option values (e.g. `--reporter dot`): then fall back to everything.
  const candidates = selected.length ? selected : files;
  return candidates.some((f) => readFileSync(join(repoRoot, f), 'utf8').includes('neo4jUri('));
}

/** Removes .neo4j/test-* folders of test runs that died without cleaning up. */
function removeStaleInstances(stateDir: string): void {
  if (!existsSync(stateDir)) return;
  for (const name of readdirSync(stateDir)) {
    const m = /^test-.*?(\d+)$/.exec(name);
    if (m && !isAlive(Number(m[1]))) rmSync(join(stateDir, name), { recursive: true, force: true });
  }
}

export async function setupNeo4j(): Promise<(() => Promise<void>) | void> {
  if (process.env.NEO4J_URI) return; // a server is given (docker compose, Aura, CI service)
  if (process.env.KG_NEO4J === 'off' || !selectedTestsUseNeo4j()) return;
  const server = await import('../../neo4j/server.js');
  const problem = server.missingTools();
  if (problem) {
    if (isCI) throw new Error(`CI=true but the local Neo4j cannot start: ${problem}`);
    console.log(`[skip] Neo4j tests: ${problem}; install Java 17 + Maven so \`npm test\` starts a local Neo4j, or set NEO4J_URI`);
    return;
  }
  removeStaleInstances(server.NEO4J_STATE_DIR);
  const instance = `test-${process.pid}`;
  const log = (line: string): void => console.log(`[neo4j] ${line}`);
  let started: Awaited<ReturnType<typeof server.startLocalNeo4j>>;
  try {
    const port = await server.pickBoltPort(0); // any free port: not 7687, where a developer's server may be
    started = await server.startLocalNeo4j({ instance, fresh: true, boltPort: port, heap: '512m', pageCache: '256m', log });
  } catch (err) {
    await server.stopLocalNeo4j({ instance }).catch(() => false);
    if (isCI) throw err;
    console.log(`[skip] Neo4j tests: the local Neo4j did not start (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
    return;
  }
  process.env.NEO4J_URI = started.uri;
  process.env.NEO4J_USERNAME = started.username;
  process.env.NEO4J_PASSWORD = started.password;
  process.env[TEST_INSTANCE_ENV] = instance;
  return async () => {
    await server.stopLocalNeo4j({ instance, timeoutMs: 30_000 });
    rmSync(started.home, { recursive: true, force: true });
    delete process.env.NEO4J_URI;
    delete process.env[TEST_INSTANCE_ENV];
  };
}
