// The V8 code cache of the ingest workers (ingest/worker-entry.ts bundleStartFile): a worker of each role writes
// its cache after CODE_CACHE_AFTER_FILES files (ingest/worker.ts), V8 accepts it for the bundle, and workers that
// start from it give the same plans.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { extractFiles, type FileOutcome } from '../../ingest/pool.js';
import { BUNDLE_SCRIPT_HEAD, BUNDLE_SCRIPT_TAIL, buildBundle } from '../../ingest/worker-entry.js';
import { sharedDir } from '../helpers/env.js';

async function collect(files: string[], entry: URL): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for await (const o of extractFiles(files, 2, { workerEntry: entry, split: 'stages' })) out.push(o);
  return out;
}

const corpus = sharedDir('corpus');
describe.skipIf(!corpus)('the ingest workers\' code cache', () => {
  it('is written per role after 16 files, accepted by V8 for the bundle, and gives the same plans', async () => {
    const files = readdirSync(corpus!)
      .filter((f) => f.endsWith('.txt') && !/^sources/i.test(f))
      .slice(0, 18)
      .map((f) => join(corpus!, f));
    const startFile = await buildBundle();
    const bundle = startFile.replace(/\.mjs$/, '.cjs');
    const caches = ['references', 'entities'].map((role) => `${bundle}.${role}.v8cache`);
    expect(caches.map(existsSync)).toEqual([false, false]);
    const made = await collect(files, pathToFileURL(startFile));
    expect(caches.map(existsSync)).toEqual([true, true]);
    // this process's V8 flags are the workers' (they are the process's): the cache made there is good here
    const source = `${BUNDLE_SCRIPT_HEAD}${readFileSync(bundle, 'utf8')}${BUNDLE_SCRIPT_TAIL}`;
    for (const cache of caches) expect(new Script(source, { filename: bundle, cachedData: readFileSync(cache) }).cachedDataRejected).toBe(false);
    const fromCache = await collect(files, pathToFileURL(startFile));
    expect(fromCache).toEqual(made);
    expect(made.every((o) => o.ok)).toBe(true);
  }, 120_000);
});
