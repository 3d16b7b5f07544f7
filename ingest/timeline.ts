// KG_TIMELINE=1: a timeline of a pipelined ingest (ingest/pool-stages.ts) printed to stderr at its end: when each
// worker was ready, how long each stage-worker was busy and waited, when the last file was done, when the graph
// was built. Off by default; when off, nothing is recorded and the messages carry no times.
import { readFileSync, readdirSync } from 'node:fs';

export const TIMELINE = process.env.KG_TIMELINE === '1';

/** Milliseconds on a clock all threads share (performance.now() is per thread). */
export const clock = (): number => performance.timeOrigin + performance.now();

/**
 * CPU milliseconds of the calling thread (Linux), or NaN, to the microsecond.
 * Why process.cpuUsage() first: the kernel adds a running thread's latest CPU time to what /proc shows only at a
 * scheduler tick or a switch, and getrusage (which process.cpuUsage calls) first adds the caller's. Read without it,
 * a figure lagged by up to a tick, and the lag was counted into any span the thread slept in (the switch brings the
 * figure up to date): in a worker at host load ~2, a 1 ms sleep read as 1.3-1.7 ms of CPU (stat, or schedstat), with it
 * 0.04-0.10 ms (500 sleeps; .tmp-prof/clockcheck.mjs of session 49). Session 48's ~1 s of thread CPU "between files"
 * per worker and ~0.8 s "inside postMessage" of the entities worker were mostly that lag: ~900 files, a sleep or a
 * switch each. schedstat's first field is the thread's CPU in nanoseconds (stat's are 10 ms ticks).
 */
export function threadCpu(): number {
  try {
    process.cpuUsage();
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    try {
      const stat = readFileSync('/proc/thread-self/stat', 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(f[11]) + Number(f[12])) * 10;
    } catch {
      return NaN;
    }
  }
}

/** A stage-worker's times for one file: start, end (clock), its thread's CPU at the end; `boot` with its first file. */
export interface StageTimes {
  start: number;
  end: number;
  cpu: number;
  /**
   * its thread's CPU at the start: what the thread did between files (copying the message in, posting the last reply, GC)
   * shows against `cpu` of the file before. Session 48 (spd48b), corpus-ga at host load ~20: ~1.0-1.1 s per worker; of the
   * entities worker's, ~0.8 s was inside postMessage of its replies (thread CPU read around the call, one run), where
   * v8.serialize of the same plans in one thread took ~0.2 s: a hand-off worth a look (not changed).
   * Session 49 (spd49a): mostly the clock's lag (see threadCpu). Read fresh: postMessage of the entities worker's replies
   * 0.23 s in all (one run at host load ~15, this reading's own cost included; the stale clock read 0.66-0.82 s in four runs at
   * load 5-15; perf 0.09 s). Thread CPU between files, fresh, 4 runs at load 17-19: entities 0.32-0.35 s (reading the references
   * worker's message ~0.12 s, posting the reply ~0.09 s, these readings ~0.04 s, the event loop and GC), references 0.32-0.33 s.
   */
  cpuStart?: number;
  /** module loaded, warm-up done, thread CPU then */
  boot?: [number, number, number];
  /** with `boot`: the worker's thread id (Linux), to name its thread among the process's */
  tid?: number;
}

/** What the main thread saw of one file. */
interface FileTimes {
  dispatched: number;
  replied: number;
  yielded: number;
  resumed: number;
  ref?: StageTimes;
  ent?: StageTimes;
}

/** One thread of this process: its id, CPU ms, and ms it was runnable but waited for a core (schedstat; NaN without). */
interface TaskTimes {
  tid: number;
  cpu: number;
  waited: number;
  /** its niceness (see ingest/thread-priority.ts) */
  nice: number;
}

/** Every thread's TaskTimes (Linux). */
function taskCpus(): TaskTimes[] {
  try {
    return readdirSync('/proc/self/task').map((tid) => {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      let waited = NaN;
      try {
        waited = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
      } catch {
        // no schedstat in this kernel
      }
      return { tid: Number(tid), cpu: (Number(f[11]) + Number(f[12])) * 10, waited, nice: Number(f[16]) };
    });
  } catch {
    return [];
  }
}
let tasksAtEnd: TaskTimes[] = [];
/** Reads every thread's CPU before the workers end (their threads go with them). */
export function timelineThreads(): void {
  tasksAtEnd = taskCpus();
}

let t0 = 0;
let mainCpu0 = 0;
const files: FileTimes[] = [];
const marks: [string, number][] = [];

export function timelineStart(): void {
  t0 = clock();
  mainCpu0 = threadCpu();
  files.length = 0;
  marks.length = 0;
}
export function timelineMark(name: string): void {
  marks.push([name, clock()]);
}
export function timelineFile(id: number): FileTimes {
  return (files[id] ??= { dispatched: NaN, replied: NaN, yielded: NaN, resumed: NaN });
}

/** Prints the timeline (ms since timelineStart). */
export function timelineReport(): void {
  const ms = (t: number | undefined): string => (t === undefined || Number.isNaN(t) ? '?' : (t - t0).toFixed(0));
  const out: string[] = [`KG_TIMELINE (ms since the pool started; process up ${(process.uptime() * 1000).toFixed(0)} ms now)`];
  for (const role of ['ref', 'ent'] as const) {
    const times = files.map((f) => f[role]).filter((t): t is StageTimes => t !== undefined);
    if (!times.length) continue;
    const boot = times.find((t) => t.boot)?.boot;
    let busy = 0;
    let idle = 0;
    let idleAfterFirst = 0;
    let cpuBetween = 0;
    const ordered = [...times].sort((a, b) => a.start - b.start);
    const ready = boot ? boot[1] : ordered[0]!.start;
    let prev = ready;
    const gaps: number[] = [];
    let prevCpu = boot ? boot[2] : NaN;
    for (const t of ordered) {
      busy += t.end - t.start;
      if (t.cpuStart !== undefined && !Number.isNaN(prevCpu)) cpuBetween += t.cpuStart - prevCpu;
      prevCpu = t.cpu;
      const gap = Math.max(0, t.start - prev);
      idle += gap;
      if (prev !== ready) idleAfterFirst += gap;
      gaps.push(gap);
      prev = t.end;
    }
    const last = ordered[ordered.length - 1]!;
    const cpuFiles = last.cpu - (boot ? boot[2] : NaN);
    out.push(
      `  ${role === 'ref' ? 'references' : 'entities  '} loaded ${ms(boot?.[0])}, warmed ${ms(boot?.[1])} (boot CPU ${boot ? boot[2].toFixed(0) : '?'} ms), first file ${ms(ordered[0]!.start)}-${ms(ordered[0]!.end)}, last file done ${ms(last.end)}; ` +
        `busy ${busy.toFixed(0)} ms (thread CPU over files ${cpuFiles.toFixed(0)} ms), idle between files ${idle.toFixed(0)} ms (after its first file ${idleAfterFirst.toFixed(0)} ms, ${gaps.filter((g) => g > 5).length} gaps > 5 ms; thread CPU between files ${cpuBetween.toFixed(0)} ms)`,
    );
  }
  // the entities worker waits for the references worker when a file reaches it after it went idle
  let entWaitsRef = 0;
  let refWaitsWindow = 0;
  let prevEntEnd = NaN;
  let prevRefEnd = NaN;
  for (const f of files) {
    if (f.ref && f.ent && !Number.isNaN(prevEntEnd)) entWaitsRef += Math.max(0, Math.min(f.ent.start, f.ref.end) - prevEntEnd);
    if (f.ref && !Number.isNaN(prevRefEnd)) refWaitsWindow += Math.max(0, f.ref.start - Math.max(prevRefEnd, f.dispatched));
    if (f.ent) prevEntEnd = f.ent.end;
    if (f.ref) prevRefEnd = f.ref.end;
  }
  let mainBusy = 0;
  for (const f of files) mainBusy += f.resumed - f.yielded;
  const lastReply = Math.max(...files.map((f) => f.replied));
  out.push(`  entities idle waiting for references ${entWaitsRef.toFixed(0)} ms; references idle after its dispatch (message latency) ${refWaitsWindow.toFixed(0)} ms`);
  out.push(`  main: first reply ${ms(files[0]?.replied)}, last reply ${ms(lastReply)}, busy applying plans ${mainBusy.toFixed(0)} ms, last file applied ${ms(files[files.length - 1]?.resumed)}, main thread CPU ${(threadCpu() - mainCpu0).toFixed(0)} ms`);
  for (const [name, t] of marks) out.push(`  ${name} ${ms(t)}`);
  // the workers' threads by the ids they sent with their boot times; the main thread's id is the process's
  const names = new Map<number, string>([[process.pid, 'main']]);
  for (const role of ['ref', 'ent'] as const) {
    const tid = files.find((f) => f[role]?.tid !== undefined)?.[role]?.tid;
    if (tid !== undefined) names.set(tid, role === 'ref' ? 'references' : 'entities');
  }
  const threads = tasksAtEnd.filter((t) => t.cpu > 0).map((t) => `${names.get(t.tid) ?? 'node'}/${t.tid} ${t.cpu}${Number.isNaN(t.waited) ? '' : ` (waited ${t.waited.toFixed(0)})`}${t.nice ? ` nice ${t.nice}` : ''}`);
  out.push(`  thread CPU ms when the pool ended (whole process life; waited: ms runnable without a core): ${threads.join(', ')}`);
  process.stderr.write(out.join('\n') + '\n');
}
