// Where tests find optional things (../shared data, Neo4j, Chromium) and how
// they skip: outside CI a missing thing skips with one printed line; with
// CI=true it is a failure, because CI always has them.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const isCI = process.env.CI === 'true' || process.env.CI === '1';

const reported = new Set<string>();
function skipNote(what: string, why: string): void {
  if (reported.has(what)) return;
  reported.add(what);
  console.log(`[skip] ${what}: ${why}`);
}

/** Absolute path of ../shared (or $KG_SHARED), or undefined with a printed reason. */
export function sharedDir(sub = ''): string | undefined {
  const base = process.env.KG_SHARED ?? resolve(repoRoot, '..', 'shared');
  const dir = join(base, sub);
  if (existsSync(dir)) return dir;
  if (isCI) throw new Error(`CI=true but the shared data folder ${dir} is missing`);
  skipNote(`tests needing ${dir}`, 'the shared data folder is absent (set KG_SHARED to its path to run them)');
  return undefined;
}

/** The Neo4j URI the tests use (set by tests/setup/neo4j.ts or the environment), or undefined. */
export function neo4jUri(): string | undefined {
  const uri = process.env.NEO4J_URI;
  if (uri) return uri;
  if (isCI) throw new Error('CI=true but no Neo4j is available (NEO4J_URI unset and the local server did not start)');
  skipNote('Neo4j tests', 'no Neo4j server (install Java 17 + Maven so `npm test` starts one, or set NEO4J_URI)');
  return undefined;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Path of Debian's Chromium, or undefined with a printed reason. */
export function chromiumPath(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (isCI) throw new Error(`CI=true but Chromium is missing at ${CHROMIUM_PATH} (apt-get install chromium)`);
  skipNote('browser tests', `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
  return undefined;
}
