// `npm run bench:ingest [-- <folder>] [-- --workers N] [-- --copies N]`: ingests all of
// ../shared/corpus-ga (or the folder given) and prints throughput and peak memory. Speed goals
// live here, not in timed tests. --workers overrides the default worker count (one per core but
// one). --copies N ingests the folder N times over (through N links to it): the same resolutions
// again, so the graph stays the same size while N times the text streams through; peak memory
// that stays flat as N grows shows that texts are not held.
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseArgs } from 'node:util';
import { repoRoot } from '../helpers/env.js';
import { INGEST_V8_FLAGS, relaunchWithIngestFlags, wantsIngestFlags } from '../../bin/ingest-flags.mjs';

// Measured as `kg ingest` runs: with the V8 flags it relaunches itself with on a small machine. Before
// the ingest modules load: the process that only relaunches compiled them through tsx for nothing
// (~0.5 s of CPU, before the measured run could start).
if (wantsIngestFlags()) process.exit(await relaunchWithIngestFlags(process.argv[1]!, process.argv.slice(2)));
const { ingestPaths } = await import('../../ingest/batch.js'); // as kg ingest: the stages load in the workers only
const { defaultSplit, defaultWorkerCount } = await import('../../ingest/pool.js');

const args = parseArgs({ allowPositionals: true, options: { workers: { type: 'string' }, copies: { type: 'string', default: '1' } } });
const dir = args.positionals[0] ?? resolve(repoRoot, '..', 'shared', 'corpus-ga');
const workers = args.values.workers === undefined ? undefined : Number(args.values.workers);
if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
  console.error(`bench:ingest: --workers takes a whole number (0 = no worker threads), not "${args.values.workers}"`);
  process.exit(2);
}
const copies = Number(args.values.copies);
if (!(Number.isInteger(copies) && copies >= 1)) {
  console.error(`bench:ingest: --copies takes a whole number from 1, not "${args.values.copies}"`);
  process.exit(2);
}
if (!existsSync(dir)) {
  console.log(`bench:ingest skipped: ${dir} is absent (pass a folder: npm run bench:ingest -- <folder>)`);
  process.exit(0);
}

let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const sample = (): void => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
/** CPU seconds of the main thread (Linux /proc; undefined elsewhere): the one graph writer's load. */
const mainThreadCpu = (): number | undefined => {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
  } catch {
    return undefined;
  }
};
const main0 = mainThreadCpu();
const timer = setInterval(sample, 50);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let firstFile: number | undefined;
// N links to the folder: the batch reads every link's files (a path named twice would be read once)
const linkDir = copies > 1 ? mkdtempSync(join(tmpdir(), 'kg-bench-copies-')) : undefined;
const inputs = linkDir === undefined ? [dir] : Array.from({ length: copies }, (_, k) => {
  const link = join(linkDir, `copy-${k + 1}`);
  symlinkSync(resolve(dir), link, 'dir');
  return link;
});
const result = await ingestPaths(inputs, {
  workers,
  onProgress: (p) => {
    firstFile ??= performance.now();
    if (p.done % 50 === 0) sample();
  },
});
const seconds = (performance.now() - t0) / 1000;
if (linkDir !== undefined) rmSync(linkDir, { recursive: true, force: true });
clearInterval(timer);
const cpu = process.cpuUsage(cpu0);
sample();
const mb = result.stats.bytes / 1e6;
console.log(`bench:ingest ${dir}${copies > 1 ? ` (${copies} copies)` : ''}`);
console.log(`  files          ${result.stats.files} (${result.errors.length} failed)`);
const used = workers ?? defaultWorkerCount(result.stats.files);
console.log(`  node flags     ${INGEST_V8_FLAGS.filter((f) => process.execArgv.includes(f)).join(' ') || 'none'}`);
console.log(`  workers        ${used === 0 ? 'none (in this thread)' : `${used}, ${defaultSplit(used) === 'stages' ? 'split by stage (ingest/pool-stages.ts)' : 'each extracting whole files'}`}`);
console.log(`  resolutions    ${result.stats.resolutions}`);
console.log(`  paragraphs     ${result.stats.paragraphs}`);
console.log(`  nodes / edges  ${result.graph.order} / ${result.graph.size}`);
console.log(`  time           ${seconds.toFixed(2)} s`);
console.log(`  cpu time       ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (all threads; wall time suffers when the machine is busy)`);
const main1 = mainThreadCpu();
if (main0 !== undefined && main1 !== undefined) {
  const all = (cpu.user + cpu.system) / 1e6;
  console.log(`  cpu by thread  main ${(main1 - main0).toFixed(2)} s, workers and V8 helpers (GC) ${(all - (main1 - main0)).toFixed(2)} s`);
}
if (firstFile !== undefined) console.log(`  first file in  ${((firstFile - t0) / 1000).toFixed(2)} s (worker start-up + one extraction)`);
console.log(`  throughput     ${(mb / seconds).toFixed(2)} MB/s, ${(result.stats.resolutions / seconds).toFixed(0)} resolutions/s`);
console.log(`  peak memory    rss ${(peakRss / 2 ** 20).toFixed(0)} MiB, heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB`);
// What this thread still holds once garbage is collected (the graph; texts must not be among it).
// Peak RSS also counts garbage V8 has not yet collected, which it lets grow with the run's length.
setFlagsFromString('--expose-gc');
(runInNewContext('gc') as () => void)();
console.log(`  live heap      ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB at the end, after garbage collection (the graph)`);
if (copies === 1) console.log(`  goal           < 5 s and < 1 GiB: ${seconds < 5 && peakRss < 2 ** 30 ? 'met' : 'NOT met'}`);
else console.log(`  per copy       ${(seconds / copies).toFixed(2)} s (compare peak memory with --copies 1: the graph is the same)`);
