// Ingest workers started from plain JavaScript do not inherit the options that preload modules (tsx's
// loader under `kg ingest`: ~0.25 s of CPU per worker at start), and keep the others.
import { describe, expect, it } from 'vitest';
import { once } from 'node:events';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers/env.js';
import { INGEST_V8_FLAGS } from '../../bin/ingest-flags.mjs';
import { isManifest, startWorker, withoutPreloads, workerHeapDefaults } from '../../ingest/worker-entry.js';

describe('ingest worker options', () => {
  it('leave out --require, --import and --loader with their modules, in either spelling, and keep the rest', () => {
    const args = ['--require', '/x/tsx/preflight.cjs', '--import', 'file:///x/tsx/loader.mjs', '--cpu-prof', '--cpu-prof-dir', '/tmp/p', '--import=y', '-r', 'z', '--loader', 'w', '--enable-source-maps', '--experimental-loader=v'];
    expect(withoutPreloads(args)).toEqual(['--cpu-prof', '--cpu-prof-dir', '/tmp/p', '--enable-source-maps']);
  });

  it('start a plain JavaScript worker without preloaded modules', async () => {
    const entry = new URL(`data:text/javascript,${encodeURIComponent("import { parentPort } from 'node:worker_threads'; parentPort.postMessage(process.execArgv);")}`);
    // as under `kg ingest`: this process preloads a module (a harmless one), which the worker must not inherit
    const saved = [...process.execArgv];
    process.execArgv.push('--import', 'data:text/javascript,');
    let worker;
    try {
      worker = startWorker(entry);
    } finally {
      process.execArgv.splice(0, process.execArgv.length, ...saved);
    }
    const [execArgv] = (await once(worker, 'message')) as [string[]];
    await worker.terminate();
    expect(execArgv.some((a) => /^(?:-r|--require|--import|--loader|--experimental-loader)(?:=|$)/.test(a))).toBe(false);
  });
});

// The ingest relaunch gives the main thread's heap a large initial old space (bin/ingest-flags.mjs); workers must
// get V8's default heap back (ingest/worker-entry.ts workerHeapDefaults), not keep their promoted garbage up to 256 MB.
describe('ingest worker heaps', () => {
  it('undo the main-thread-only heap flags, and only those given', () => {
    expect(workerHeapDefaults(['--single-threaded-gc', '--initial-old-space-size=256'])).toEqual(['--initial-old-space-size=0']);
    expect(workerHeapDefaults(['--single-threaded-gc', '--max-old-space-size=256', '--initial-heap-size=64'])).toEqual([]);
    expect(workerHeapDefaults([])).toEqual([]);
  });

  it('a worker started under INGEST_V8_FLAGS collects its old space as by default, the main thread does not', () => {
    // The same load in each thread: garbage first (V8 then sizes an unconfigured old space small), then 1M objects kept.
    // A major collection runs in a default heap, none in one with a 256 MB initial old space.
    const load = `
      import { PerformanceObserver, constants } from 'node:perf_hooks';
      const majors = () => new Promise((resolve) => {
        let n = 0;
        const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) n++; });
        obs.observe({ entryTypes: ['gc'] });
        let sink = 0;
        for (let i = 0; i < 4e6; i++) sink += [i, i + 1, i + 2].length;
        const kept = [];
        for (let i = 0; i < 1e6; i++) kept.push({ i, s: 'x' + i });
        setTimeout(() => { obs.disconnect(); resolve({ n, kept: kept.length + (sink > 0 ? 0 : 1) }); }, 50);
      });`;
    const worker = `${load}\nimport { parentPort } from 'node:worker_threads';\nparentPort.postMessage((await majors()).n);`;
    const main = `${load}
      import { once } from 'node:events';
      const { startWorker } = await import(${JSON.stringify(pathToFileURL(join(repoRoot, 'ingest', 'worker-entry.ts')).href)});
      const mainMajors = (await majors()).n;
      const w = startWorker(new URL('data:text/javascript,' + encodeURIComponent(${JSON.stringify(worker)})));
      const [workerMajors] = await once(w, 'message');
      await w.terminate();
      console.log(JSON.stringify({ mainMajors, workerMajors }));`;
    const run = spawnSync(process.execPath, [...INGEST_V8_FLAGS, '--import', 'tsx', '--input-type=module', '-e', main], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout.trim())).toEqual({ mainMajors: 0, workerMajors: 1 });
  }, 60_000);
});

describe('the cached worker bundle\'s manifest', () => {
  const manifest = { node: 'v20.0.0', esbuild: '0.25.0', bundle: 'worker-1.mjs', load: 'script', charset: 'ascii', inputs: [{ path: '/x/ingest/worker.ts', size: 10, mtimeMs: 1.5 }] };

  it('is read when every field has its type (other fields are ignored)', () => {
    expect(isManifest(manifest)).toBe(true);
    expect(isManifest({ ...manifest, inputs: [] })).toBe(true);
    expect(isManifest({ ...manifest, extra: 1 })).toBe(true);
  });

  it('is not read when a field is missing or of another type, at the top or in an input', () => {
    for (const bad of [
      null,
      'manifest',
      [],
      { ...manifest, node: 20 },
      { ...manifest, esbuild: undefined },
      { esbuild: manifest.esbuild, bundle: manifest.bundle, inputs: manifest.inputs },
      { ...manifest, bundle: null },
      // an older ES module bundle (no code cache): made again
      { node: manifest.node, esbuild: manifest.esbuild, bundle: manifest.bundle, inputs: manifest.inputs },
      { ...manifest, load: 'module' },
      // a bundle made before it was written in ASCII (ingest/ascii-bundle.ts): made again
      { ...manifest, charset: undefined },
      { ...manifest, inputs: {} },
      { ...manifest, inputs: [null] },
      { ...manifest, inputs: [{ ...manifest.inputs[0], path: 1 }] },
      { ...manifest, inputs: [{ ...manifest.inputs[0], size: '10' }] },
      { ...manifest, inputs: [manifest.inputs[0], { path: '/y', size: 1 }] },
    ]) {
      expect(isManifest(bad)).toBe(false);
    }
  });
});
