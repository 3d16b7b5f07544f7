// Extracts files on worker threads (the machine's cores) and yields the results
// in file order, so that the graph built from them is the same on every run.
// At most `window` files are in flight or waiting, which keeps memory bounded
// however large the corpus is.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { startWorker, workerEntry } from './worker-entry.js';
import { planResolution, type ResolutionPlan } from '../graph/plan.js';
import type { ResolutionExtraction } from './models.js';
import type { WireFileReferences } from './references-wire.js';
import { extractFilesByStage } from './pool-stages.js';
import type { StageTimes } from './timeline.js';

/** A file's result: its resolutions' graph plans (and extractions when asked for), or why it failed. */
export type FileOutcome =
  | { file: string; ok: true; plans: ResolutionPlan[]; extractions?: ResolutionExtraction[]; bytes: number; warnings: string[] }
  | { file: string; ok: false; message: string };

/**
 * How two or more workers share the work: "files", each worker extracts whole files; "stages", two
 * workers form a pipeline (ingest/pool-stages.ts): one reads files and recognises references, the other
 * runs the entity scan and plans. Default: "stages" for exactly two workers, else "files";
 * KG_INGEST_SPLIT=files|stages overrides it.
 */
export type WorkSplit = 'files' | 'stages';

export interface ExtractOptions {
  /** also hand back the extraction trees (costly to clone from a worker: only when someone reads them) */
  withExtractions?: boolean;
  /** module the workers start from (tests); default: workerEntry() */
  workerEntry?: URL;
  /** see WorkSplit */
  split?: WorkSplit;
}

/** What a worker does (its workerData.role, see ingest/worker.ts). */
export type WorkerRole = 'whole' | 'references' | 'entities';

/** "references" worker -> "entities" worker: a file up to the first half of extraction, or why it failed. */
export type ReferencesMessage = (
  | { id: number; ok: true; read: WireFileReferences; withExtractions: boolean }
  | { id: number; ok: false; message: string }
) & { tl?: StageTimes };

/** Main thread -> worker. */
export interface WorkerRequest {
  id: number;
  file: string;
  withExtractions: boolean;
}

/** Worker -> main thread. */
export type WorkerReply = (
  | { id: number; ok: true; plans: ResolutionPlan[]; extractions?: ResolutionExtraction[]; bytes: number; warnings: string[] }
  | { id: number; ok: false; message: string }
) & { tl?: { ref?: StageTimes; ent: StageTimes } };

/** A worker's reply as the outcome of the file it names. */
export function outcomeOf(files: readonly string[], reply: WorkerReply): FileOutcome {
  const file = files[reply.id]!;
  return reply.ok ? { file, ok: true, plans: reply.plans, extractions: reply.extractions, bytes: reply.bytes, warnings: reply.warnings } : { file, ok: false, message: reply.message };
}

/** The extraction stages, loaded on first use: when workers extract, the main thread never needs them (see ingest/batch.ts). */
let stages: Promise<typeof import('./extract-file.js')> | undefined;

async function extractInProcess(file: string, opts: ExtractOptions): Promise<FileOutcome> {
  try {
    const { extractFile } = await (stages ??= import('./extract-file.js'));
    const { extractions, bytes, warnings } = await extractFile(file);
    const outcome: FileOutcome = { file, ok: true, plans: extractions.map(planResolution), bytes, warnings };
    if (opts.withExtractions) outcome.extractions = extractions;
    return outcome;
  } catch (err) {
    return { file, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}


/** The split for this many workers: see WorkSplit. */
export function defaultSplit(workers: number): WorkSplit {
  const env = process.env.KG_INGEST_SPLIT;
  if (env === 'files' || env === 'stages') return workers >= 2 ? env : 'files';
  // Two workers that each extract half of the files each compile every stage with TurboFan: ~2.5 s of
  // CPU per worker over corpus-ga, a quarter of the run's CPU on 2 cores. Split by stage, each stage
  // is compiled once. With more cores, more workers by file use them better.
  return workers === 2 ? 'stages' : 'files';
}

export function defaultWorkerCount(files: number): number {
  // Starting a worker costs ~0.3 s (module loading): not worth it for a handful of files.
  if (files < 24) return 0;
  // Past 2 cores, one core is left to the main thread (the graph writer) and to V8's background
  // threads, which compile each worker's hot code again (TurboFan) and collect its garbage. On 2
  // cores two workers still finish first once the scan stopped recompiling (corpus-ga on an idle
  // machine: 5.9-6.0 s wall with two, 6.2-6.4 s with one, though one uses ~2 s less CPU).
  const cores = availableParallelism();
  return cores <= 2 ? cores : Math.min(cores - 1, 4);
}

/** Each worker holds up to this many files: it starts the next one as soon as it posts a result, without
 * waiting for the main thread (busy adding the last result to the graph) to hand it one. With 2, the
 * worker still ran dry while the main thread was in a long GC or a large plan: 4-10% of its
 * samples idle over corpus-ga, 1-2% with 4 (--cpu-prof, one worker). */
const FILES_PER_WORKER = 4;
/** Workers that die before any reply (they cannot start) are replaced this many times per worker, then the batch stops. */
const STARTS_PER_WORKER = 2;

export async function* extractFiles(files: string[], workers = defaultWorkerCount(files.length), opts: ExtractOptions = {}): AsyncGenerator<FileOutcome> {
  const withExtractions = opts.withExtractions === true;
  if (workers <= 0) {
    for (const file of files) yield await extractInProcess(file, opts);
    return;
  }
  const entry = opts.workerEntry ?? (await workerEntry());
  if ((opts.split ?? defaultSplit(workers)) === 'stages' && workers >= 2) {
    // a pipeline that breaks (a worker crashed) hands the files it did not finish to workers by file
    yield* extractFilesByStage(files, entry, withExtractions, (rest) => extractFiles(rest, workers, { ...opts, workerEntry: entry, split: 'files' }));
    return;
  }
  // Files in flight or done but not yet yielded: bounds memory however large the corpus.
  // Wide enough that a worker busy with one long file (corpus-ga has 200 KB ones) does not
  // leave the other idle: at workers * 4 each worker of a corpus-ga run sat idle 0.25-0.9 s;
  // at * 16, never. A file's plans are a few times its text: 32 files stay a few MB.
  const window = workers * 16;
  const done = new Map<number, FileOutcome>();
  /** file ids each live worker holds */
  const held = new Map<Worker, Set<number>>();
  /** workers that have replied at least once (they started) */
  const started = new Set<Worker>();
  /** files held by a worker that crashed, to try again, each alone in a worker */
  const retry: number[] = [];
  const solo = new Set<Worker>();
  const crashes = new Map<number, number>();
  let next = 0;
  let emitted = 0;
  let deadOnStart = 0;
  let closing = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const send = (worker: Worker, id: number): void => {
    held.get(worker)!.add(id);
    const request: WorkerRequest = { id, file: files[id]!, withExtractions };
    worker.postMessage(request);
  };
  const dispatch = (): void => {
    if (failure) return;
    while (retry.length) {
      const free = [...held].find(([, ids]) => ids.size === 0)?.[0];
      if (!free) return;
      solo.add(free);
      send(free, retry.shift()!);
    }
    while (next < files.length && next - emitted < window) {
      let worker: Worker | undefined;
      let load = FILES_PER_WORKER;
      for (const [w, ids] of held) {
        if (ids.size < load && !solo.has(w)) {
          worker = w;
          load = ids.size;
        }
      }
      if (!worker) return;
      send(worker, next++);
    }
  };
  /**
   * A worker died. Its files are tried again one at a time; a file that kills a
   * second worker fails (named: the batch goes on). A worker that dies before
   * any reply could not start: after a few of those the batch stops.
   */
  const lose = (w: Worker, why: string): void => {
    const ids = held.get(w);
    if (!ids || closing) return;
    held.delete(w);
    solo.delete(w);
    for (const id of ids) {
      const n = (crashes.get(id) ?? 0) + 1;
      crashes.set(id, n);
      if (n >= 2) done.set(id, { file: files[id]!, ok: false, message: `${files[id]}: the ingest worker reading it crashed (${why})` });
      else retry.push(id);
    }
    retry.sort((a, b) => a - b);
    if (!started.has(w) && ++deadOnStart > workers * STARTS_PER_WORKER) failure ??= new Error(`ingest workers cannot start or keep crashing (last: ${why})`);
    else spawn();
    dispatch();
    notify();
  };
  const spawn = (): void => {
    const w = startWorker(entry);
    held.set(w, new Set());
    w.on('message', (reply: WorkerReply) => {
      done.set(reply.id, outcomeOf(files, reply));
      started.add(w);
      const ids = held.get(w);
      ids?.delete(reply.id);
      if (ids?.size === 0) solo.delete(w);
      dispatch();
      if (reply.id === emitted) notify();
    });
    w.on('error', (err) => lose(w, err.message));
    w.on('exit', (code) => lose(w, `exit code ${code}`));
  };
  for (let i = 0; i < workers; i++) spawn();
  try {
    dispatch();
    while (emitted < files.length) {
      while (!done.has(emitted)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const outcome = done.get(emitted)!;
      done.delete(emitted);
      emitted++;
      dispatch();
      yield outcome;
    }
  } finally {
    closing = true;
    await Promise.all([...held.keys()].map((w) => w.terminate()));
  }
}
