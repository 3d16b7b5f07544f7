// Scheduling priority of the ingest pipeline's threads (ingest/pool-stages.ts) on a small machine.
//
// Why: on two cores the pipeline runs three threads (references worker, entities worker, the main thread as graph
// writer) and V8's compiler threads. The entities worker is the long pole (about twice the references worker's CPU:
// see pool-stages.ts); the references worker works up to WINDOW files ahead of it and the main thread only replays
// its plans, so neither is on the run's critical path while the pipeline is full. Left at one priority, the
// scheduler shares a core between the entities worker and whichever other thread is runnable, and the entities
// worker's path grows by what it waits; at a lower priority the others take the time the entities worker leaves.
import { readlinkSync } from 'node:fs';
import { availableParallelism, getPriority, setPriority } from 'node:os';

/** How much lower (nice) the references worker runs than the entities worker; KG_INGEST_NICE overrides it (0: off). */
export const PIPELINE_NICE = 5;

/** The niceness to add, from KG_INGEST_NICE (a whole number 0-19) or PIPELINE_NICE; 0 when there are cores enough. */
export function pipelineNice(env: string | undefined = process.env.KG_INGEST_NICE, cores = availableParallelism()): number {
  if (env !== undefined && env !== '') {
    const n = Number(env);
    return Number.isInteger(n) && n >= 0 && n <= 19 ? n : 0;
  }
  // with three cores or more each of the three threads has its own
  return cores <= 2 ? PIPELINE_NICE : 0;
}

/** The kernel's id of the calling thread (Linux: /proc/thread-self is "<pid>/task/<tid>"), or undefined. */
export function ownThreadId(): number | undefined {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lowers the calling thread's priority by `by` (nice), that thread only: Linux's setpriority() takes a thread's id
 * (elsewhere a process id would lower the whole process, so nothing is done there). Never throws; returns
 * whether it was lowered.
 */
export function lowerOwnThreadPriority(by: number): boolean {
  if (by <= 0 || process.platform !== 'linux') return false;
  const tid = ownThreadId();
  if (tid === undefined) return false;
  try {
    setPriority(tid, Math.min(19, getPriority(tid) + by));
    return true;
  } catch {
    return false;
  }
}
