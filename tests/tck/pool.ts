// Runs scenarios in a few child processes with a watchdog: a scenario that
// does not answer in time has its process killed, is recorded as a timeout,
// and a fresh process takes the next scenario.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Outcome } from './execute.js';
import type { TckScenario } from './gherkin.js';
import type { WorkerMessage, WorkRequest } from './worker.js';

export interface TimedOutcome extends Outcome {
  ms: number;
}

export interface PoolOptions {
  enginePath: string;
  graphsDir: string;
  cwd: string;
  workers: number;
  /** passed to the engine as `timeoutMs` on every run */
  engineTimeoutMs: number;
  /** the watchdog: a scenario taking longer than this kills its process */
  scenarioTimeoutMs: number;
}

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
const START_TIMEOUT_MS = 120_000;

interface Lane {
  child: ChildProcess;
  stderr: string[];
  ready: Promise<{ ok: true } | { ok: false; message: string }>;
}

function startLane(opts: PoolOptions): Lane {
  const child = fork(WORKER, [opts.enginePath], {
    cwd: opts.cwd,
    execArgv: ['--import', 'tsx', '--max-old-space-size=1024'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (d: Buffer) => {
    stderr.push(d.toString());
    if (stderr.length > 20) stderr.shift();
  });
  const ready = new Promise<{ ok: true } | { ok: false; message: string }>((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, message: 'the worker did not start in time' }), START_TIMEOUT_MS);
    const done = (r: { ok: true } | { ok: false; message: string }): void => {
      clearTimeout(timer);
      resolve(r);
    };
    child.once('message', (m: WorkerMessage) => done(m.type === 'ready' ? { ok: true } : { ok: false, message: m.type === 'load-error' ? m.message : 'unexpected first message' }));
    child.once('exit', (code) => done({ ok: false, message: `the worker exited (${code}) while starting: ${stderr.join('').slice(-500)}` }));
  });
  return { child, stderr, ready };
}

function runOne(lane: Lane, req: WorkRequest, timeoutMs: number): Promise<{ outcome: TimedOutcome; killed: boolean }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const finish = (outcome: TimedOutcome, killed: boolean): void => {
      clearTimeout(timer);
      lane.child.off('message', onMessage);
      lane.child.off('exit', onExit);
      resolve({ outcome, killed });
    };
    const onMessage = (m: WorkerMessage): void => {
      if (m.type !== 'done' || m.seq !== req.seq) return;
      const { type: _type, seq: _seq, ...outcome } = m;
      finish(outcome, false);
    };
    const onExit = (code: number | null, signal: string | null): void => {
      const tail = lane.stderr.join('').trim().split('\n').slice(-3).join(' | ');
      finish({ status: 'fail', reason: `the engine process died (${signal ?? code}): ${tail}`, ms: performance.now() - t0 }, true);
    };
    const timer = setTimeout(() => {
      lane.child.kill('SIGKILL');
      finish({ status: 'fail', reason: `timeout: no answer within ${timeoutMs} ms (process killed)`, ms: timeoutMs }, true);
    }, timeoutMs);
    lane.child.on('message', onMessage);
    lane.child.on('exit', onExit);
    lane.child.send(req);
  });
}

/** Outcome of every scenario, by id. If the engine module cannot be loaded, every scenario fails with that reason. */
export async function runInPool(scenarios: TckScenario[], opts: PoolOptions): Promise<Map<string, TimedOutcome>> {
  const results = new Map<string, TimedOutcome>();
  let next = 0;
  let seq = 0;
  let loadError: string | undefined;
  const laneLoop = async (): Promise<void> => {
    let lane = startLane(opts);
    try {
      for (;;) {
        const started = await lane.ready;
        if (!started.ok) {
          loadError ??= started.message;
          return;
        }
        if (loadError !== undefined || next >= scenarios.length) return;
        const scenario = scenarios[next++]!;
        const req: WorkRequest = { seq: seq++, scenario, graphsDir: opts.graphsDir, timeoutMs: opts.engineTimeoutMs };
        const { outcome, killed } = await runOne(lane, req, opts.scenarioTimeoutMs);
        results.set(scenario.id, outcome);
        if (killed) {
          lane.child.kill('SIGKILL');
          lane = startLane(opts);
        }
      }
    } finally {
      lane.child.kill('SIGKILL');
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.workers) }, laneLoop));
  for (const s of scenarios) {
    if (!results.has(s.id)) results.set(s.id, { status: 'fail', reason: `engine not loaded: ${loadError ?? 'unknown reason'}`, ms: 0 });
  }
  return results;
}
