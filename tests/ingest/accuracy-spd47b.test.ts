// Session-47 speed helper spd47b: the pipeline around the extraction (ingest/pool-stages.ts, the main thread, start-up).
// Measured: where a core idles in a pipelined ingest of corpus-ga (KG_TIMELINE now names each worker's thread and gives
// every thread's time runnable without a core, from schedstat). Changed: the references worker runs at a lower priority
// (nice) than the entities worker, the pipeline's long pole, on a machine of two cores or fewer (ingest/thread-priority.ts).
// The graph is the same (golden dump cmp-identical): only which thread the scheduler runs first changes.
import { describe, expect, it } from 'vitest';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { repoRoot } from '../helpers/env.js';
import { PIPELINE_NICE, lowerOwnThreadPriority, ownThreadId, pipelineNice } from '../../ingest/thread-priority.js';

describe('pipelineNice: how much lower the references worker runs', () => {
  it('PIPELINE_NICE on two cores or one, nothing with three or more (each thread has a core of its own)', () => {
    expect(pipelineNice(undefined, 2)).toBe(PIPELINE_NICE);
    expect(pipelineNice(undefined, 1)).toBe(PIPELINE_NICE);
    expect(PIPELINE_NICE).toBeGreaterThan(0);
    expect(pipelineNice(undefined, 3)).toBe(0);
    expect(pipelineNice('', 8)).toBe(0);
  });

  it('KG_INGEST_NICE overrides it, 0 turns it off; a value nice cannot take is off, not an error', () => {
    expect(pipelineNice('0', 2)).toBe(0);
    expect(pipelineNice('3', 2)).toBe(3);
    expect(pipelineNice('3', 16)).toBe(3);
    expect(pipelineNice('20', 2)).toBe(0);
    expect(pipelineNice('-1', 2)).toBe(0);
    expect(pipelineNice('fast', 2)).toBe(0);
  });
});

/** Runs lowerOwnThreadPriority(by) in a worker thread (through tsx): that thread's id and niceness before and after. */
function lowerInWorker(by: number): Promise<{ tid: number | undefined; before: number; after: number; lowered: boolean }> {
  const module = pathToFileURL(join(repoRoot, 'ingest', 'thread-priority.ts')).href;
  const code = `
    const { parentPort } = require('node:worker_threads');
    const { getPriority } = require('node:os');
    import('tsx/esm/api').then(async ({ tsImport }) => {
      const m = await tsImport(${JSON.stringify(module)}, ${JSON.stringify(pathToFileURL(join(repoRoot, 'package.json')).href)});
      const tid = m.ownThreadId();
      const before = getPriority(tid);
      const lowered = m.lowerOwnThreadPriority(${by});
      parentPort.postMessage({ tid, before, after: getPriority(tid), lowered });
    });`;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true });
    w.once('message', (m: { tid: number | undefined; before: number; after: number; lowered: boolean }) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

describe.skipIf(process.platform !== 'linux')('lowerOwnThreadPriority (Linux: per thread)', () => {
  it('lowers the calling worker thread by the amount given, and not the process: the main thread keeps its priority', async () => {
    const mainBefore = getPriority(process.pid);
    const r = await lowerInWorker(2);
    expect(r.tid).toBeDefined();
    expect(r.tid).not.toBe(process.pid);
    expect(r.lowered).toBe(true);
    expect(r.after).toBe(Math.min(19, r.before + 2));
    expect(getPriority(process.pid)).toBe(mainBefore);
  }, 60_000);

  it('guard: by 0 changes nothing', async () => {
    const r = await lowerInWorker(0);
    expect(r.lowered).toBe(false);
    expect(r.after).toBe(r.before);
  }, 60_000);

  it('ownThreadId is the process id on the main thread', () => {
    expect(ownThreadId()).toBe(process.pid);
    expect(lowerOwnThreadPriority(0)).toBe(false);
  });
});
