// KG_TIMELINE=1 (ingest/timeline.ts): a real `kg ingest` of a few corpus-ga files, pipelined (ingest/pool-stages.ts),
// prints its timeline to stderr at the end, with sane numbers; without the variable it prints none of it.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, sharedDir } from '../helpers/env.js';

const corpus = sharedDir('corpus-ga');
// the pipeline needs two workers (24 files or more, see defaultWorkerCount) and two cores
// (in CI, where no test may skip, one core fails the test instead)
const twoCores = availableParallelism() >= 2 || process.env.CI === 'true';
if (corpus && !twoCores) console.log('[skip] KG_TIMELINE test: the pipelined ingest needs 2 cores or more');

function ingest(files: string[], timeline: boolean): Promise<{ code: number | null; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-timeline-'));
  // a set niceness, whatever the cores: the timeline shows it on the references worker's thread (ingest/thread-priority.ts)
  const env: NodeJS.ProcessEnv = { ...process.env, KG_INGEST_SPLIT: 'stages', KG_INGEST_NICE: '4' };
  if (timeline) env.KG_TIMELINE = '1';
  else delete env.KG_TIMELINE;
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'kg.mjs'), 'ingest', ...files, '--out', join(dir, 'graph.json')], { cwd: repoRoot, env });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  child.stdout.resume();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, stderr });
    });
  });
}

const num = (s: string | undefined): number => Number(s);

describe.skipIf(!corpus || !twoCores)('KG_TIMELINE', () => {
  const files = corpus ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().slice(0, 24).map((f) => join(corpus, f)) : [];

  it('prints the timeline of a pipelined ingest to stderr, with sane numbers, only when set', async () => {
    const [on, off] = await Promise.all([ingest(files, true), ingest(files, false)]);
    expect(on.code).toBe(0);
    expect(off.code).toBe(0);
    expect(off.stderr).not.toMatch(/KG_TIMELINE|thread CPU|busy applying plans/);

    const lines = on.stderr.split('\n');
    const head = lines.findIndex((l) => l.startsWith('KG_TIMELINE (ms since the pool started'));
    expect(head).toBeGreaterThanOrEqual(0);
    const upMs = num(/process up (\d+) ms/.exec(lines[head]!)?.[1]);
    expect(upMs).toBeGreaterThan(0);

    for (const role of ['references', 'entities']) {
      const line = lines.find((l) => new RegExp(`^\\s+${role}\\s+loaded `).test(l));
      expect(line, role).toBeDefined();
      const m = /loaded (\d+), warmed (\d+) \(boot CPU (\d+) ms\), first file (\d+)-(\d+), last file done (\d+); busy (\d+) ms \(thread CPU over files (\d+) ms\)/.exec(line!);
      expect(m, line).not.toBeNull();
      const [loaded, warmed, bootCpu, firstStart, firstEnd, lastDone, busy] = m!.slice(1, 8).map(num) as number[];
      expect(loaded).toBeLessThanOrEqual(warmed!);
      expect(warmed).toBeLessThanOrEqual(firstStart! + 1);
      expect(firstStart).toBeLessThanOrEqual(firstEnd!);
      expect(firstEnd).toBeLessThanOrEqual(lastDone!);
      expect(lastDone).toBeLessThan(upMs);
      expect(bootCpu).toBeGreaterThan(0);
      expect(busy).toBeGreaterThan(0);
      expect(busy).toBeLessThanOrEqual(lastDone! - firstStart! + 1);
    }
    const main = lines.find((l) => l.trimStart().startsWith('main: first reply'));
    const mainCpu = num(/main thread CPU (\d+) ms/.exec(main ?? '')?.[1]);
    expect(mainCpu, main).toBeGreaterThan(0);
    const marks = ['graph: last plan applied, finalize starts', 'graph built (finalize done)'].map((name) => num(new RegExp(`^  ${name.replace(/[()]/g, '\\$&')} (\\d+)$`).exec(lines.find((l) => l.startsWith(`  ${name}`)) ?? '')?.[1]));
    expect(marks[0]).toBeLessThanOrEqual(marks[1]!);
    expect(marks[1]).toBeLessThan(upMs);
    // every thread of the process (main, two workers, V8's helpers): name/tid CPU-ms, the busiest ones above zero
    const threads = lines.find((l) => l.includes('thread CPU ms when the pool ended'));
    const cpus = [...(threads ?? '').matchAll(/ [^ ,]+\/\d+ (\d+)/g)].map((t) => num(t[1]));
    expect(cpus.length, threads).toBeGreaterThanOrEqual(3);
    expect(cpus.every((c) => Number.isFinite(c) && c >= 0)).toBe(true);
    expect(cpus.filter((c) => c > 0).length).toBeGreaterThanOrEqual(3);
    // the main thread and the two workers by name; on Linux each with its time runnable without a core, and the
    // references worker (only) with the niceness it lowered itself by
    for (const name of ['main', 'references', 'entities']) expect(threads, name).toMatch(new RegExp(` ${name}/\\d+ \\d+`));
    if (process.platform === 'linux') {
      expect(threads).toMatch(/ references\/\d+ \d+ \(waited \d+\) nice 4(,|$)/);
      expect(threads).toMatch(/ entities\/\d+ \d+ \(waited \d+\)(,|$)/);
      expect(threads).toMatch(/ main\/\d+ \d+ \(waited \d+\)(,|$)/);
    }
  }, 180_000);
});
