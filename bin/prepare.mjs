#!/usr/bin/env node
// Run by `npm install` (the "prepare" script): makes the ingest worker bundle (.cache/ingest-worker/,
// see ingest/worker-entry.ts) now, so that the first `kg ingest` or `npm run bench:ingest` after an
// install does not spend ~0.7 s bundling while it ingests. Never fails the install: without a
// bundle the first ingest makes one itself, as before.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
try {
  register();
  const { buildBundle } = await import(join(root, 'ingest', 'worker-entry.ts'));
  const bundle = await buildBundle();
  console.log(`kg: ingest worker bundle made (${relative(root, bundle)})`);
} catch (err) {
  console.warn(`kg: the ingest worker bundle was not made now (${err instanceof Error ? err.message : String(err)}); the first ingest will make it`);
}
