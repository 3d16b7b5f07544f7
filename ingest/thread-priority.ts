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
// 7.36 s (about -0.35 s, -4.7%; CPU the same, 13.0-13.7 s): it pays on a quiet host.
//
// On by default since session 48 (spd48a), behind a guard: the references worker measures the other processes' CPU (the
// host's busy time from /proc/stat less this process's own, process.cpuUsage) from the pool's start to the end of its
// warm-up, takes DEFAULT_NICE only when they took at most OTHERS_TOLERATED of a core beyond what the pipeline's three
// threads leave free, and measures again every RECHECK_FILES files. Once reniced, an unprivileged thread cannot take its
// priority back (setpriority to a lower nice needs CAP_SYS_NICE or an RLIMIT_NICE above 20 - nice; the default limit is 0:
// as uid 65534 here, EACCES): a host that turns busy after the decision keeps the nice there, and gets it undone where the
// process may (root in a container, CI). KG_INGEST_NICE=0 still turns it off, and 1-19 forces that nice whatever the load.
// Measured (bench:ingest over corpus-ga, KG_TIMELINE, HEAD 246bb9c; the only host to be had was busy with the other
// helpers' ingests, valgrind runs and tests; each round KG_INGEST_NICE=0 / unset / 5 in that order, the first discarded;
// every unset run ended at nice 0, the guard's call: a run that printed its readings, at load 14, read 1.6-1.8 cores of
// other load at each of its 15 checks):
// - host load 20-23: wall 86.39 / 89.14 / 90.26 and 85.48 / 94.13 / 94.07 s, CPU 18.4-20.1 s; the entities worker idle
//   waiting for files 10.6 / 10.7 / 20.2 and 10.7 / 14.1 / 26.8 s: forced nice 5 doubles it, as spd47b saw.
// - plus busy loops of our own (node -e 'for(;;){}': two started, and a third node of the same start ran until killed
//   afterwards, so two or three), load 19-25, one round after the discarded one: wall 193.48 / 154.67 / 195.64 s (0 and
//   unset both ran at nice 0: the host's swing is 20% and more), CPU 20.7-23.9 s; entities idle 19.3 / 16.9 / 62.4 s
//   (discarded round: wall 184.99 / 181.34 / 243.12 s, idle 21.2 / 18.8 / 85.4 s): forced nice 5 triples to quadruples
//   the entities worker's wait for files.
// No quiet host was to be had for pairs of the guard's own on-decision; there it does what KG_INGEST_NICE=5 did in the
// lead's pairs above. OTHERS_TOLERATED (0.3 core) is set from the scheduler's arithmetic, not measured: one other busy
// thread among the pipeline's three on two cores gets at least half a core (four runnable threads, two cores) and reads as
// 0.5-1; a quiet host reads near 0 (the reading's grain: a 10 ms tick per core, under 0.07 over a 0.3 s start-up).
// Under 0.3 no other process keeps a thread running, and at nice 5 (CFS weight 335 against 1024) the references worker
// would get only a quarter of a core it shared with one.
// Measured by the lead at the end of session 48 on a quiet host (load under 1; HEAD 6d8006b7; bench:ingest, alternating
// pairs, both orders): unset (the guard chose nice 5, KG_TIMELINE showing "references ... nice 5") 7.59 / 7.57 / 7.44 /
// 7.51 s against KG_INGEST_NICE=0 7.79 / 8.06 / 7.97 / 8.02 s: -0.43 s, -5.4% wall; CPU 14.2-14.8 s both.
import { readFileSync, readlinkSync } from 'node:fs';
import { availableParallelism, getPriority, setPriority } from 'node:os';

/** The niceness the references worker takes by default, when the host leaves the pipeline its cores (see pipelineNice). */
export const DEFAULT_NICE = 5;
/** The pipeline's busy threads: the references worker, the entities worker and the main thread (the graph writer). */
const PIPELINE_THREADS = 3;
/**
 * Other processes' CPU, in cores, that the default nice tolerates beyond the cores the pipeline leaves free. On two cores
 * the pipeline's own threads already compete, and the nice decides which of them wins; another process's busy thread
 * (0.5 core or more: see above) outweighs a reniced references worker, which then falls behind (spd47b, and the
 * figures above). 0.3 lies between a quiet host's reading (near 0) and one such thread.
 */
const OTHERS_TOLERATED = 0.3;
/** How often (files) the references worker measures the host again when KG_INGEST_NICE leaves the choice to it. */
export const RECHECK_FILES = 64;

/** KG_INGEST_NICE as set: a whole number 0-19 (0: off); a value nice cannot take is off; unset or empty: undefined (the guard decides). */
export function forcedNice(env: string | undefined = process.env.KG_INGEST_NICE): number | undefined {
  if (env === undefined || env === '') return undefined;
  const n = Number(env);
  return Number.isInteger(n) && n >= 0 && n <= 19 ? n : 0;
}

/** Other processes' CPU (cores) the default nice tolerates on `cores` cores: what the pipeline's three threads leave free, plus OTHERS_TOLERATED. */
export function othersTolerated(cores: number): number {
  return Math.max(0, cores - PIPELINE_THREADS) + OTHERS_TOLERATED;
}

/**
 * How much lower (nice) the references worker runs than the entities worker. KG_INGEST_NICE forces it (0: off); unset,
 * DEFAULT_NICE when other processes took no more than othersTolerated(cores) of the host's CPU (`othersCores`, see
 * othersCoresBetween), and 0 when they took more or nothing was measured.
 */
export function pipelineNice(env: string | undefined = process.env.KG_INGEST_NICE, othersCores?: number, cores: number = availableParallelism()): number {
  return forcedNice(env) ?? defaultNice(othersCores, cores);
}

/** pipelineNice when KG_INGEST_NICE is unset: DEFAULT_NICE when other processes took no more than othersTolerated(cores), else 0. */
export function defaultNice(othersCores: number | undefined, cores: number = availableParallelism()): number {
  return othersCores !== undefined && othersCores <= othersTolerated(cores) ? DEFAULT_NICE : 0;
}

/** The host's busy CPU time and this process's (all its threads), in ms, at a time on a clock all threads share. */
export interface CpuSample {
  hostBusyMs: number;
  ownMs: number;
  at: number;
}

/** /proc/stat's ticks a second (USER_HZ: 100 on every Linux ABI Node runs on). */
const TICK_MS = 10;

/**
 * The host's busy CPU time in ms from /proc/stat's text: its first line, "cpu  user nice system idle iowait irq softirq
 * steal guest guest_nice" in ticks, less idle and iowait (guest time is counted in user already). Undefined when absent.
 */
export function hostBusyMs(procStat: string): number | undefined {
  const line = procStat.split('\n', 1)[0] ?? '';
  if (!line.startsWith('cpu ')) return undefined;
  const ticks = line.slice(4).split(' ').filter((f) => f !== '').map(Number);
  if (ticks.length < 8 || ticks.some((t) => !Number.isFinite(t))) return undefined;
  const [user, nice, system, , , irq, softirq, steal] = ticks as [number, number, number, number, number, number, number, number];
  return (user + nice + system + irq + softirq + steal) * TICK_MS;
}

/** The host's and this process's CPU now (Linux), or undefined. */
export function cpuSample(): CpuSample | undefined {
  try {
    const hostMs = hostBusyMs(readFileSync('/proc/stat', 'utf8'));
    if (hostMs === undefined) return undefined;
    const own = process.cpuUsage();
    return { hostBusyMs: hostMs, ownMs: (own.user + own.system) / 1000, at: performance.timeOrigin + performance.now() };
  } catch {
    return undefined;
  }
}

/** Other processes' CPU between two samples, in cores (the host's busy time less this process's, over the wall time); undefined over less than 50 ms. */
export function othersCoresBetween(from: CpuSample, to: CpuSample): number | undefined {
  const wallMs = to.at - from.at;
  if (!(wallMs >= 50)) return undefined;
  return Math.max(0, to.hostBusyMs - from.hostBusyMs - (to.ownMs - from.ownMs)) / wallMs;
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

/**
 * The references worker's niceness over a run, for its own thread (Linux only). KG_INGEST_NICE set: that, at once, for
 * the whole run. Unset: decided after the worker's warm-up from other processes' CPU since `start` (taken by the main
 * thread when the pool started) and decided again every RECHECK_FILES files from the CPU since the last decision. A
 * thread may always lower its priority; raising it back needs CAP_SYS_NICE or RLIMIT_NICE (an unprivileged process gets
 * EACCES), so where that fails the worker stays lower and stops trying.
 */
export class ReferencesPriority {
  private readonly tid = process.platform === 'linux' ? ownThreadId() : undefined;
  private readonly base: number | undefined;
  private readonly forced = forcedNice();
  private last: CpuSample | undefined;
  /** how much lower than `base` the thread runs now */
  private applied = 0;
  private canRaise = true;
  private files = 0;

  /** How much lower than it started the thread runs now. */
  get nice(): number {
    return this.applied;
  }

  constructor(start: CpuSample | undefined) {
    this.last = start;
    try {
      this.base = this.tid === undefined ? undefined : getPriority(this.tid);
    } catch {
      this.base = undefined;
    }
    if (this.forced !== undefined) this.apply(this.forced);
  }

  /** After the warm-up, and then every RECHECK_FILES files: measures the host since the last time (`now`: a sample taken
   * now) and sets the nice it calls for. */
  decide(now: CpuSample | undefined = cpuSample()): void {
    if (this.forced !== undefined || this.base === undefined) return;
    if (!now) return;
    const others = this.last ? othersCoresBetween(this.last, now) : undefined;
    // under 50 ms since the last sample: measured over a longer span next time
    if (others === undefined && this.last) return;
    this.last = now;
    if (others !== undefined) this.apply(defaultNice(others));
  }

  /** Counts a file; every RECHECK_FILES files, decides again. */
  fileDone(): void {
    if (++this.files % RECHECK_FILES === 0) this.decide();
  }

  private apply(by: number): void {
    if (this.tid === undefined || this.base === undefined || by === this.applied || (by < this.applied && !this.canRaise)) return;
    try {
      setPriority(this.tid, Math.min(19, this.base + by));
      this.applied = by;
    } catch {
      if (by < this.applied) this.canRaise = false;
    }
  }
}
