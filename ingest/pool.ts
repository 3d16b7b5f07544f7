// Extracts files on worker threads (the machine's cores) and yields the results
// in file order, so that the graph built from them is the same on every run.
// At most `window` files are in flight or waiting, which keeps memory bounded
// however large the corpus is.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { extractFile } from './extract-file.js';
import { planResolution, type ResolutionPlan } from '../graph/plan.js';
import type { ResolutionExtraction } from './models.js';

/** A file's result: its resolutions' graph plans (and extractions when asked for), or why it failed. */
export type FileOutcome =
  | { file: string; ok: true; plans: ResolutionPlan[]; extractions?: ResolutionExtraction[]; bytes: number; warnings: string[] }
  | { file: string; ok: false; message: string };

export interface ExtractOptions {
  /** also hand back the extraction trees (costly to clone from a worker: only when someone reads them) */
  withExtractions?: boolean;
}

/** Main thread -> worker. */
export interface WorkerRequest {
  id: number;
  file: string;
  withExtractions: boolean;
}

/** Worker -> main thread. */
export type WorkerReply =
  | { id: number; ok: true; plans: ResolutionPlan[]; extractions?: ResolutionExtraction[]; bytes: number; warnings: string[] }
  | { id: number; ok: false; message: string };

async function extractInProcess(file: string, opts: ExtractOptions): Promise<FileOutcome> {
  try {
    const { extractions, bytes, warnings } = await extractFile(file);
    const outcome: FileOutcome = { file, ok: true, plans: extractions.map(planResolution), bytes, warnings };
    if (opts.withExtractions) outcome.extractions = extractions;
    return outcome;
  } catch (err) {
    return { file, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

function spawnWorker(): Worker {
  // Under tsx/vitest the sources are TypeScript; compiled builds ship worker.js.
  const isTs = import.meta.url.endsWith('.ts');
  return new Worker(new URL(isTs ? './worker-boot.mjs' : './worker.js', import.meta.url));
}

export function defaultWorkerCount(files: number): number {
  // Starting a worker costs ~0.3 s (module loading): not worth it for a handful of files.
  if (files < 24) return 0;
  return Math.max(0, Math.min(availableParallelism(), 4));
}

export async function* extractFiles(files: string[], workers = defaultWorkerCount(files.length), opts: ExtractOptions = {}): AsyncGenerator<FileOutcome> {
  const withExtractions = opts.withExtractions === true;
  if (workers <= 0) {
    for (const file of files) yield await extractInProcess(file, opts);
    return;
  }
  const pool = Array.from({ length: workers }, spawnWorker);
  const window = workers * 4;
  const done = new Map<number, FileOutcome>();
  const waiters = new Map<number, () => void>();
  let next = 0;
  const idle: Worker[] = [...pool];
  const dispatch = (): void => {
    while (idle.length && next < files.length && next - emitted < window) {
      const w = idle.pop()!;
      const id = next++;
      const request: WorkerRequest = { id, file: files[id]!, withExtractions };
      w.postMessage(request);
    }
  };
  let emitted = 0;
  let failure: Error | undefined;
  for (const w of pool) {
    w.on('message', (reply: WorkerReply) => {
      const file = files[reply.id]!;
      done.set(reply.id, reply.ok ? { file, ok: true, plans: reply.plans, extractions: reply.extractions, bytes: reply.bytes, warnings: reply.warnings } : { file, ok: false, message: reply.message });
      idle.push(w);
      waiters.get(reply.id)?.();
      dispatch();
    });
    w.on('error', (err) => {
      failure = err;
      for (const wake of waiters.values()) wake();
    });
  }
  try {
    dispatch();
    while (emitted < files.length) {
      if (!done.has(emitted)) {
        await new Promise<void>((resolve) => waiters.set(emitted, resolve));
        waiters.delete(emitted);
      }
      if (failure) throw new Error(`ingest worker crashed: ${failure.message}`);
      const outcome = done.get(emitted)!;
      done.delete(emitted);
      emitted++;
      dispatch();
      yield outcome;
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
