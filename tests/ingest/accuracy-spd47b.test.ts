// Session-47 speed helper spd47b: the pipeline around the extraction (ingest/pool-stages.ts, the main thread, start-up).
// Measured: where a core idles in a pipelined ingest of corpus-ga (KG_TIMELINE now names each worker's thread and gives
// every thread's time runnable without a core, from schedstat, and its niceness). Tried, kept off by default: the references
// worker at a lower priority (nice) than the entities worker, the pipeline's long pole (KG_INGEST_NICE, ingest/thread-priority.ts:
// figures there). Changed: the pipeline no longer waits for its workers' threads to end before the caller finalizes the graph
// (ingest/pool-stages.ts). The graph is the same (golden dump cmp-identical, split by stage and by file).
import { describe, expect, it, vi } from 'vitest';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { repoRoot } from '../helpers/env.js';
import { lowerOwnThreadPriority, ownThreadId, pipelineNice } from '../../ingest/thread-priority.js';
import { extractFiles } from '../../ingest/pool.js';

describe('pipelineNice: how much lower the references worker runs (KG_INGEST_NICE)', () => {
  it('off unless KG_INGEST_NICE sets it: a whole number up to 19', () => {
    expect(pipelineNice(undefined)).toBe(0);
    expect(pipelineNice('')).toBe(0);
    expect(pipelineNice('5')).toBe(5);
    expect(pipelineNice('19')).toBe(19);
  });

  it('guard: a value nice cannot take is off, not an error', () => {
    expect(pipelineNice('0')).toBe(0);
    expect(pipelineNice('20')).toBe(0);
    expect(pipelineNice('-1')).toBe(0);
    expect(pipelineNice('2.5')).toBe(0);
    expect(pipelineNice('fast')).toBe(0);
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
    // resolved once the thread is gone (the test of the pipeline below counts the process's threads)
    w.once('message', (m: { tid: number | undefined; before: number; after: number; lowered: boolean }) => void w.terminate().then(() => resolve(m), reject));
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

describe('the pipeline ends its workers without holding the caller up', () => {
  it('returns once it has told its two workers to end, before they have ended (their exit comes after), and both end', async () => {
    const fakeWorker = new URL('../fixtures/fake-ingest-worker.mjs', import.meta.url);
    const told: { exited: boolean }[] = [];
    const ended: Promise<void>[] = [];
    const original = Worker.prototype.terminate;
    const terminate = vi.spyOn(Worker.prototype, 'terminate').mockImplementation(function (this: Worker) {
      const w = { exited: false };
      told.push(w);
      // 'exit' reaches the main thread by its event loop, never between the microtasks that end the loop below
      ended.push(new Promise((resolve) => this.once('exit', () => resolve(void (w.exited = true)))));
      return original.call(this);
    });
    try {
      const files = Array.from({ length: 6 }, (_, i) => `/nowhere/f${i}-0.txt`);
      const out: string[] = [];
      for await (const o of extractFiles(files, 2, { workerEntry: fakeWorker, split: 'stages' })) out.push(o.file);
      expect(out).toEqual(files);
      expect(told.length).toBe(2);
      expect(told.map((w) => w.exited)).toEqual([false, false]);
      await Promise.all(ended);
      expect(told.map((w) => w.exited)).toEqual([true, true]);
    } finally {
      terminate.mockRestore();
    }
  }, 60_000);
});
