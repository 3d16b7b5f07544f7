// Child process that runs TCK scenarios for the pool (pool.ts). A separate
// process so that a scenario which hangs or exhausts memory in the engine can
// be killed without taking the suite down. Started with `--import tsx`;
// argv[2] is the engine module's path.
import { pathToFileURL } from 'node:url';
import { executeScenario, type EngineModule } from './execute.js';
import type { TckScenario } from './gherkin.js';

export interface WorkRequest {
  seq: number;
  scenario: TckScenario;
  graphsDir: string;
  timeoutMs: number;
}
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'load-error'; message: string }
  | { type: 'done'; seq: number; status: 'pass' | 'fail'; reason?: string; expected?: string; got?: string; ms: number };

function send(msg: WorkerMessage): void {
  process.send?.(msg);
}

async function main(): Promise<void> {
  const enginePath = process.argv[2];
  if (!enginePath) throw new Error('worker.ts needs the engine module path as its argument');
  let mod: EngineModule;
  try {
    const loaded = (await import(pathToFileURL(enginePath).href)) as Partial<EngineModule>;
    if (typeof loaded.createEngine !== 'function') throw new Error(`${enginePath} exports no createEngine function`);
    mod = loaded as EngineModule;
  } catch (err) {
    send({ type: 'load-error', message: err instanceof Error ? err.message : String(err) });
    process.disconnect?.();
    return;
  }
  process.on('message', (req: WorkRequest) => {
    const t0 = performance.now();
    let outcome;
    try {
      outcome = executeScenario(mod, req.scenario, req.graphsDir, req.timeoutMs);
    } catch (err) {
      outcome = { status: 'fail' as const, reason: `runner error: ${err instanceof Error ? err.message : String(err)}` };
    }
    send({ type: 'done', seq: req.seq, ...outcome, ms: performance.now() - t0 });
  });
  send({ type: 'ready' });
}

void main();
