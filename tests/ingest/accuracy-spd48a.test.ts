// Session-48 speed helper spd48a: the references worker's lower priority (ingest/thread-priority.ts) on by default, with a
// guard that keeps it off when other processes take the host's CPU. The decision is a pure function of KG_INGEST_NICE, the
// other processes' CPU (cores, measured from /proc/stat less this process's own CPU) and the cores; the worker applies it
// after its warm-up and again every RECHECK_FILES files. The graph is the same (golden dump cmp-identical).
import { describe, expect, it } from 'vitest';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { repoRoot } from '../helpers/env.js';
import { DEFAULT_NICE, cpuSample, defaultNice, forcedNice, hostBusyMs, othersCoresBetween, othersTolerated, pipelineNice, type CpuSample } from '../../ingest/thread-priority.js';

describe('pipelineNice: KG_INGEST_NICE forces it, else the host load decides', () => {
  it('an explicit value wins whatever the load: 0 is off, 1-19 that nice', () => {
    expect(pipelineNice('0', 0, 2)).toBe(0);
    expect(pipelineNice('7', 5, 2)).toBe(7);
    expect(pipelineNice('19', undefined, 2)).toBe(19);
    expect(forcedNice('3')).toBe(3);
  });

  it('a value nice cannot take is off, not the default', () => {
    for (const bad of ['20', '-1', '2.5', 'fast']) {
      expect(forcedNice(bad), bad).toBe(0);
      expect(pipelineNice(bad, 0, 2), bad).toBe(0);
    }
  });

  it('unset or empty: on (DEFAULT_NICE) on a quiet 2-core host, where the pipeline competes only with itself', () => {
    expect(forcedNice(undefined)).toBeUndefined();
    expect(forcedNice('')).toBeUndefined();
    expect(DEFAULT_NICE).toBe(5);
    expect(pipelineNice(undefined, 0, 2)).toBe(5);
    expect(pipelineNice('', 0.1, 2)).toBe(5);
    expect(pipelineNice('', 0.3, 2)).toBe(5);
  });

  it('guard: off on a 2-core host where other processes took more than 0.3 core (one busy loop reads 0.5-1, a test suite more)', () => {
    expect(pipelineNice('', 0.31, 2)).toBe(0);
    expect(pipelineNice('', 0.5, 2)).toBe(0);
    expect(pipelineNice('', 0.65, 2)).toBe(0);
    expect(pipelineNice('', 1.7, 2)).toBe(0);
  });

  it('guard: off when the load could not be measured (not Linux, no /proc)', () => {
    expect(pipelineNice('', undefined, 2)).toBe(0);
    expect(defaultNice(undefined, 2)).toBe(0);
  });

  it('more cores tolerate more: the others may take what the pipeline\'s three threads leave free', () => {
    expect(othersTolerated(1)).toBeCloseTo(0.3);
    expect(othersTolerated(2)).toBeCloseTo(0.3);
    expect(othersTolerated(4)).toBeCloseTo(1.3);
    expect(defaultNice(1.2, 4)).toBe(5);
    expect(defaultNice(1.4, 4)).toBe(0);
    expect(defaultNice(5.2, 8)).toBe(5);
    expect(defaultNice(5.5, 8)).toBe(0);
  });
});

describe('the host load: other processes\' CPU from /proc/stat less this process\'s', () => {
  it('hostBusyMs: user + nice + system + irq + softirq + steal ticks of /proc/stat\'s first line, 10 ms each', () => {
    const stat = 'cpu  11878 5 4316 39681 342 0 121 27 0 0\ncpu0 5900 0 2100 19800 170 0 60 13 0 0\nintr 1 2 3\n';
    expect(hostBusyMs(stat)).toBe((11878 + 5 + 4316 + 0 + 121 + 27) * 10);
    expect(hostBusyMs('cpu0 1 2 3 4 5 6 7 8\n')).toBeUndefined();
    expect(hostBusyMs('')).toBeUndefined();
    expect(hostBusyMs('cpu  1 2 x 4 5 6 7 8\n')).toBeUndefined();
  });

  it('othersCoresBetween: the host\'s busy time less this process\'s, over the wall time; never below 0; nothing under 50 ms', () => {
    const from: CpuSample = { hostBusyMs: 10_000, ownMs: 2_000, at: 0 };
    expect(othersCoresBetween(from, { hostBusyMs: 12_000, ownMs: 3_500, at: 1_000 })).toBeCloseTo(0.5);
    expect(othersCoresBetween(from, { hostBusyMs: 11_000, ownMs: 3_000, at: 1_000 })).toBe(0);
    expect(othersCoresBetween(from, { hostBusyMs: 10_990, ownMs: 3_000, at: 1_000 })).toBe(0);
    expect(othersCoresBetween(from, { hostBusyMs: 12_000, ownMs: 2_000, at: 40 })).toBeUndefined();
  });

  it.skipIf(process.platform !== 'linux')('cpuSample reads this host (Linux): busy time and own CPU that only grow', () => {
    const a = cpuSample();
    let spin = 0;
    for (let i = 0; i < 5e6; i++) spin += i;
    const b = cpuSample();
    expect(spin).toBeGreaterThan(0);
    expect(a && b).toBeTruthy();
    expect(b!.hostBusyMs).toBeGreaterThanOrEqual(a!.hostBusyMs);
    expect(b!.ownMs).toBeGreaterThan(a!.ownMs);
    expect(b!.at).toBeGreaterThan(a!.at);
  });
});

/** In a worker thread (through tsx, with KG_INGEST_NICE as given): a ReferencesPriority started from samples[0] and
 * decided on the others in turn; the thread's niceness above its start after each step. */
function prioritiesInWorker(env: string | undefined, samples: CpuSample[]): Promise<{ base: number; nice: number[] }> {
  const module = pathToFileURL(join(repoRoot, 'ingest', 'thread-priority.ts')).href;
  const code = `
    const { parentPort } = require('node:worker_threads');
    const { getPriority } = require('node:os');
    import('tsx/esm/api').then(async ({ tsImport }) => {
      const m = await tsImport(${JSON.stringify(module)}, ${JSON.stringify(pathToFileURL(join(repoRoot, 'package.json')).href)});
      const tid = m.ownThreadId();
      const base = getPriority(tid);
      const samples = ${JSON.stringify(samples)};
      const p = new m.ReferencesPriority(samples[0]);
      const nice = [getPriority(tid) - base];
      for (const s of samples.slice(1)) { p.decide(s); nice.push(getPriority(tid) - base); }
      parentPort.postMessage({ base, nice });
    });`;
  const workerEnv: NodeJS.ProcessEnv = { ...process.env };
  if (env === undefined) delete workerEnv.KG_INGEST_NICE;
  else workerEnv.KG_INGEST_NICE = env;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true, env: workerEnv });
    w.once('message', (m: { base: number; nice: number[] }) => void w.terminate().then(() => resolve(m), reject));
    w.once('error', reject);
  });
}

/** A second of wall time after `s` in which other processes took `others` cores and this process one. */
const after = (s: CpuSample, others: number): CpuSample => ({ hostBusyMs: s.hostBusyMs + 1000 * (others + 1), ownMs: s.ownMs + 1000, at: s.at + 1000 });
const s0: CpuSample = { hostBusyMs: 100_000, ownMs: 500, at: 1_000_000 };
const quiet = after(s0, 0.05);
const busy = after(s0, 1.7);

describe.skipIf(process.platform !== 'linux')('ReferencesPriority: the references worker\'s thread (Linux)', () => {
  it('unset: nothing before the first measure; then DEFAULT_NICE on a quiet host; the main thread keeps its priority', async () => {
    const mainBefore = getPriority(process.pid);
    const r = await prioritiesInWorker(undefined, [s0, quiet]);
    expect(r.nice).toEqual([0, Math.min(19, r.base + 5) - r.base]);
    expect(getPriority(process.pid)).toBe(mainBefore);
  }, 60_000);

  it('guard: unset on a busy host (others 1.7 cores of 2): stays at the process\'s priority', async () => {
    const r = await prioritiesInWorker(undefined, [s0, busy, after(busy, 0.9)]);
    expect(r.nice).toEqual([0, 0, 0]);
  }, 60_000);

  it('re-checked as files go: a host that quiets down later gets the nice then', async () => {
    const r = await prioritiesInWorker(undefined, [s0, busy, after(busy, 0.1)]);
    expect(r.nice).toEqual([0, 0, Math.min(19, r.base + 5) - r.base]);
  }, 60_000);

  it('a host that turns busy: the nice is undone where the process may raise a priority (root, CAP_SYS_NICE, RLIMIT_NICE), else kept', async () => {
    const r = await prioritiesInWorker(undefined, [s0, quiet, after(quiet, 1.2), after(after(quiet, 1.2), 0)]);
    const on = Math.min(19, r.base + 5) - r.base;
    const mayRaise = process.getuid?.() === 0;
    // unprivileged: EACCES on raising, and the worker stops trying (it stays at nice 5 to the end)
    expect(r.nice).toEqual(mayRaise ? [0, on, 0, on] : [0, on, on, on]);
  }, 60_000);

  it('KG_INGEST_NICE set: at once and whatever the load (0: never)', async () => {
    const forced = await prioritiesInWorker('3', [s0, busy]);
    expect(forced.nice).toEqual([Math.min(19, forced.base + 3) - forced.base, Math.min(19, forced.base + 3) - forced.base]);
    const off = await prioritiesInWorker('0', [s0, quiet]);
    expect(off.nice).toEqual([0, 0]);
  }, 60_000);

  it('a measure under 50 ms after the last is no measure: the next spans both', async () => {
    const soon: CpuSample = { hostBusyMs: s0.hostBusyMs + 10, ownMs: s0.ownMs + 10, at: s0.at + 20 };
    const r = await prioritiesInWorker(undefined, [s0, soon, quiet]);
    expect(r.nice).toEqual([0, 0, Math.min(19, r.base + 5) - r.base]);
  }, 60_000);
});
