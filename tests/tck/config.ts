// Where the TCK pieces live, shared by tck.test.ts and update.ts.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { repoRoot } from '../helpers/env.js';

export const PASS_LIST = join(repoRoot, 'tests', 'tck', 'pass-list.txt');
/** The engine under test; TCK_ENGINE points elsewhere (e.g. to try a branch's build). */
export const ENGINE_PATH = process.env.TCK_ENGINE ?? join(repoRoot, 'cypher', 'index.ts');

/**
 * Where the status report for the engine's author goes: $TCK_STATUS_FILE, or
 * ../brief/tck-status.md when that folder exists (the team's shared brief).
 */
export function statusFile(): string | undefined {
  if (process.env.TCK_STATUS_FILE) return process.env.TCK_STATUS_FILE;
  const file = resolve(repoRoot, '..', 'brief', 'tck-status.md');
  return existsSync(dirname(file)) ? file : undefined;
}
