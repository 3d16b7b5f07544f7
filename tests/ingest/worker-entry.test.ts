// Ingest workers started from plain JavaScript do not inherit the options that preload modules (tsx's
// loader under `kg ingest`: ~0.25 s of CPU per worker at start), and keep the others.
import { describe, expect, it } from 'vitest';
import { once } from 'node:events';
import { startWorker, withoutPreloads } from '../../ingest/worker-entry.js';

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
