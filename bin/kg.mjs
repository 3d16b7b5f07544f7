#!/usr/bin/env node
// The `kg` command. Runs the TypeScript sources through tsx so that a fresh
// `npm install` needs no build step before the CLI works.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { relaunchWithIngestFlags, wantsIngestFlags } from './ingest-flags.mjs';

// `kg query ... | head` closes stdout early: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const args = process.argv.slice(2);
if ((args[0] === 'ingest' || args[0] === 'start') && wantsIngestFlags()) {
  // a large ingest on a small machine runs with V8 flags that only a new process can have (see ingest-flags.mjs)
  process.exitCode = await relaunchWithIngestFlags(fileURLToPath(import.meta.url), args);
} else {
  register();
  const here = dirname(fileURLToPath(import.meta.url));
  const { main } = await import(join(here, '..', 'cli', 'kg.ts'));
  process.exitCode = await main(args);
}
