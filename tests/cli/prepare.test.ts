// `npm install` runs bin/prepare.mjs (the "prepare" script): it makes the ingest worker bundle, so the
// first ingest after an install starts its workers from the bundle instead of bundling meanwhile.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { repoRoot } from '../helpers/env.js';
import { workerEntry } from '../../ingest/worker-entry.js';

describe('npm install prepares the ingest worker bundle', () => {
  it('is the prepare script of package.json', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.prepare).toBe('node bin/prepare.mjs');
  });

  it('makes the bundle that ingest workers then start from', async () => {
    const out = execFileSync(process.execPath, [join(repoRoot, 'bin', 'prepare.mjs')], { cwd: repoRoot, encoding: 'utf8' });
    const made = /ingest worker bundle made \((.+)\)/.exec(out)?.[1];
    expect(made, out).toBeDefined();
    const entry = await workerEntry();
    expect(fileURLToPath(entry)).toBe(join(repoRoot, made!));
  }, 60_000);
});
