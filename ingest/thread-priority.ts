// Scheduling priority of the ingest pipeline's threads (ingest/pool-stages.ts) on a small machine.
//
// Why: on two cores the pipeline runs three threads (references worker, entities worker, the main thread as graph
// writer) and V8's compiler threads. The entities worker is the long pole (about twice the references worker's CPU:
// see pool-stages.ts); the references worker works up to WINDOW files ahead of it and the main thread only replays
// its plans, so neither is on the run's critical path while the pipeline is full. Left at one priority, the
// scheduler shares a core between the entities worker and whichever other thread is runnable, and the entities
// worker's path grows by what it waits; at a lower priority the others take the time the entities worker leaves.
//
// Not on by default (KG_INGEST_NICE=5 turns it on; session 47, spd47b). bench:ingest over corpus-ga, KG_TIMELINE, the
// only host to be had at load 13-20 (other sessions' ingests, tests and greps; wall swings by 2x there), KG_INGEST_NICE 0
// against 5, alternating: wall 62.97 / 45.92, 41.92 / 54.08, 61.97 / 49.53, 65.56 / 88.42, 100.89 / 59.08 s; the entities
// worker's time runnable without a core (schedstat) fell from 83-88% of the wall to 64-72%, as meant, but its idle time
// waiting for files rose from 6.4-15.4 s to 14.9-27.7 s: among another load's threads at nice 0 the reniced references
// worker gets too little CPU and falls behind, and an unprivileged thread cannot take its priority back. Whether it
// pays on an idle two-core host (where the only competition is the pipeline's own) is still to be measured there.
// Measured there by the lead at the end of session 47 (load 1-2.6, the bench runs' own; HEAD e64c960, alternating, both
// orders): nice 5 wall 6.89 / 6.89 / 7.17 / 7.14 / 7.15 / 7.08 / 7.17 s, nice 0 6.87 / 7.54 / 7.45 / 7.61 / 7.60 / 7.48 /
// 7.36 s (about -0.35 s, -4.7%; CPU the same, 13.0-13.7 s): it pays on a quiet host. Still off by default, because the
// test suite and a busy host run the pipeline among other processes at nice 0, where spd47b saw the references worker fall
// behind; turning it on by default needs a guard for that case (and a CI run under load) first.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** How much lower (nice) the references worker runs than the entities worker: KG_INGEST_NICE, a whole number 1-19; else 0 (off). */
export function pipelineNice(env: string | undefined = process.env.KG_INGEST_NICE): number {
  const n = Number(env);
  return env !== undefined && env !== '' && Number.isInteger(n) && n >= 0 && n <= 19 ? n : 0;
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
