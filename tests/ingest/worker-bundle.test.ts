// What the ingest worker bundle (ingest/worker-entry.ts buildBundle) carries. Each worker parses and runs
// all of it at its start: zod alone was 0.75 MB of the 1.7 MB bundle and ~190M instructions (~50 ms of
// CPU) per worker before its first file, for one z.unknown() and a read option (graph/model.ts's key
// functions and names now live in graph/model-keys.ts, which imports no zod).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../helpers/env.js';
import { buildBundle } from '../../ingest/worker-entry.js';

/** The files the worker bundle was made from, relative to the repository (read from the manifest buildBundle writes). */
async function bundleInputs(): Promise<string[]> {
  await buildBundle();
  // (a test running meanwhile may have written the manifest of its own bundle since: made from the same files)
  const manifest = JSON.parse(readFileSync(join(repoRoot, '.cache', 'ingest-worker', 'manifest.json'), 'utf8')) as { inputs: { path: string }[] };
  return manifest.inputs.map((i) => relative(repoRoot, i.path));
}

describe('the ingest worker bundle', () => {
  it('leaves zod out (and graph/model.ts, its schemas), and has what the workers run', async () => {
    const inputs = await bundleInputs();
    expect(inputs.filter((p) => /(^|\/)node_modules\/zod\//.test(p))).toEqual([]);
    expect(inputs).not.toContain('graph/model.ts');
    // the list read is the bundle's: the worker, its pipeline and the zod-free model keys are in it
    for (const p of ['ingest/worker.ts', 'ingest/read/index.ts', 'ingest/recognize/entityScan.ts', 'graph/model-keys.ts', 'graph/plan.ts']) expect(inputs).toContain(p);
  }, 60_000);

  it('is written in ASCII alone (ingest/ascii-bundle.ts: V8 reads such a script on its fast one-byte path)', async () => {
    const start = await buildBundle();
    const bundle = readFileSync(start.replace(/\.mjs$/, '.cjs'), 'utf8');
    expect(bundle.length).toBeGreaterThan(1_000_000);
    expect(/[^\x00-\x7f]/.test(bundle)).toBe(false);
  }, 60_000);
});
