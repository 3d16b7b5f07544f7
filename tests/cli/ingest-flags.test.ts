// kg ingest on a small machine runs again in a child node with INGEST_V8_FLAGS (bin/ingest-flags.mjs).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers/env.js';
import { INGEST_MALLOC_TUNABLES, INGEST_V8_FLAGS, mallocTunables, relaunchWithIngestFlags } from '../../bin/ingest-flags.mjs';

const flagsModule = pathToFileURL(join(repoRoot, 'bin', 'ingest-flags.mjs')).href;
/** wantsIngestFlags() as a process with these node options and environment says it */
const wants = (nodeOptions: string[], env: Record<string, string> = {}): string =>
  spawnSync(process.execPath, [...nodeOptions, '--input-type=module', '-e', `const m = await import(${JSON.stringify(flagsModule)}); console.log(m.wantsIngestFlags());`], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  }).stdout.trim();

describe('V8 flags for a large ingest', () => {
  it('are wanted on 1 or 2 cores only, not when given already, and not with KG_INGEST_V8_FLAGS=0', () => {
    expect(wants([])).toBe(String(availableParallelism() <= 2));
    expect(wants([...INGEST_V8_FLAGS])).toBe('false');
    expect(wants([], { KG_INGEST_V8_FLAGS: '0' })).toBe('false');
  });

  it('relaunch runs the script in a node that has them, with its arguments, and hands back its exit code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-flags-'));
    const script = join(dir, 'report.mjs');
    writeFileSync(script, `import { writeFileSync } from 'node:fs';\nwriteFileSync(process.argv[2], JSON.stringify({ execArgv: process.execArgv, args: process.argv.slice(3), tunables: process.env.GLIBC_TUNABLES }));\nprocess.exit(3);\n`);
    const out = join(dir, 'out.json');
    expect(await relaunchWithIngestFlags(script, [out, 'ingest', 'a b'])).toBe(3);
    const seen = JSON.parse(readFileSync(out, 'utf8')) as { execArgv: string[]; args: string[]; tunables?: string };
    for (const f of INGEST_V8_FLAGS) expect(seen.execArgv).toContain(f);
    for (const t of INGEST_MALLOC_TUNABLES) expect(seen.tunables?.split(':')).toContain(t);
    expect(seen.args).toEqual(['ingest', 'a b']);
  });

  it("malloc tunables keep the user's own settings and add ours for the rest", () => {
    expect(mallocTunables('')).toBe(INGEST_MALLOC_TUNABLES.join(':'));
    expect(mallocTunables('glibc.malloc.trim_threshold=1024')).toBe(['glibc.malloc.trim_threshold=1024', 'glibc.malloc.mmap_threshold=33554432'].join(':'));
    expect(mallocTunables('glibc.malloc.arena_max=2')).toBe(['glibc.malloc.arena_max=2', ...INGEST_MALLOC_TUNABLES].join(':'));
  });
});
