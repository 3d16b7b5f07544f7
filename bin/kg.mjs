#!/usr/bin/env node
// The `kg` command. Runs the TypeScript sources through tsx so that a fresh
// `npm install` needs no build step before the CLI works.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// `kg query ... | head` closes stdout early: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

register();
const here = dirname(fileURLToPath(import.meta.url));
const { main } = await import(join(here, '..', 'cli', 'kg.ts'));
process.exitCode = await main(process.argv.slice(2));
