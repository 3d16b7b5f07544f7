// V8 flags for a large ingest on a small machine, and the relaunch that applies them.
//
// Why: with two cores, an ingest keeps three threads busy (two extraction workers and the graph
// writer, see ingest/pool-stages.ts). V8's parallel and concurrent garbage collection then only adds
// helper threads that compete for the same two cores and wait on each other; collecting on each
// thread's own time costs less CPU in all. And over a corpus the size of corpus-ga most of TurboFan's
// time goes to compiling each hot function once (see ingest/pool-stages.ts): a smaller inlining budget
// (920 bytes of bytecode by default) compiles faster, and the code runs as fast (single-process passes
// over corpus-ga: cold pass -0.3 s of CPU, warm pass the same).
// bench:ingest over corpus-ga on 2 cores, 5 alternating rounds: median 5.41 s wall / 10.21 s CPU without
// the flags, 5.33 / 10.25 with the GC flag alone, 5.15 / 9.68 with both.
// Tried on top of these (session 10), not kept: whole bench:ingest process over 300 corpus-ga files
// under valgrind (cachegrind, every thread's instructions, compiler threads included; setarch -R),
// where the same flags give 23.3-24.7G instructions from run to run (5 runs, mean 23.8G):
// --maglev 24.49G / 24.45G (the extra tier compiles more and the code is no faster: ~+2.5%);
// --interrupt-budget=33792 (tiers up twice as soon) 25.47G; --no-lazy-feedback-allocation 23.77G;
// --interrupt-budget=135168 (half as soon) 23.38G; with the gazetteer trie carried by the bundle
// 21.92/25.40/21.95/22.44G against 22.76/23.64/22.86/23.41G without the flag, but bench:ingest over
// all of corpus-ga, 5 alternating pairs: CPU median 10.42 s with it, 9.85 s without (host at load 2-3):
// not adopted without a quieter measure.
// Tried in session 12, not kept: one-thread ingest under valgrind (--single-threaded, compiles counted; V8's compiler
// code vs the rest): over 200 corpus-ga files, cumulative 200 instead of 300: compiler -0.07G, the rest +0.19G;
// --no-turbo-inline-array-builtins: compiler -0.10G, the rest +0.02G (17.50G -> 17.41G in all, within what a bench
// can see); --no-turbo-loop-peeling: compiler -15% but the compiled code slower: over all 902 files 45.86G -> 45.10G,
// compiler 10.04G -> 8.63G, the rest 35.81G -> 36.47G (+1.9%); weighed as in bench:ingest (compiling ~13% of its CPU
// over three threads, the rest ~87%) that is a wash, and 3 alternating bench:ingest pairs did not tell them apart.
// What did cut TurboFan's CPU there: fewer recompiles (see ingest/warm-up.ts and the mention literals in extract.ts).
// --initial-old-space-size=256 (session 12) is for the main thread's heap alone (ingest/worker-entry.ts sets V8's
// default again before the first worker starts): the main thread builds the graph, and nearly all it keeps
// is live to the end (178 MB after corpus-ga), but V8 sized its first old-space limit by the survival of
// its first scavenges (start-up garbage) and marked the growing heap twice during the run, besides the
// write barriers it pays while marking. With the flag it marks it no more before 256 MB. Replaying
// corpus-ga's plans on one thread under valgrind: 8.15-8.26G instructions without it, 7.12G with it;
// bench:ingest, 4 alternating rounds on a loaded host: main thread CPU median 2.47 s without it, 2.10 s
// with it, peak RSS the same (426 / 432 MiB). For all heaps (the workers' too) it measured the same for the
// main thread, but a worker would then keep up to 256 MB of garbage in a long run.
// Tried in session 15, not kept: --min-semi-space-size=16 (a 16 MB young generation from the start, every heap). The
// one-thread valgrind harness cannot see it (its --predictable-gc-schedule fixes the semi-space size); without that flag
// it went 20.06G/19.96G -> 19.69G/19.69G (2 runs each), but there one heap holds the graph and the extraction's garbage alike. bench:ingest, 2
// alternating pairs (perf, GC symbols' share of each thread's CPU): main thread 28.5/30.7% without it, 30.3/28.0% with
// it; entities worker 3.9/3.7% vs 3.6/3.6%; references worker 1.8/1.6% vs 1.1/1.5%: within noise, for more memory.
// Tried in session 60, not kept: --max-semi-space-size=64 (NODE_OPTIONS, so every isolate may grow its young generation
// to 64 MB instead of 16 MB and scavenge less often). bench:ingest over corpus-ga, 3 alternating pairs on a quiet host: CPU
// 20.63 / 19.67 / 23.76 s without it, 23.10 / 20.83 / 24.88 s with it (+5%), peak rss 515-532 MiB -> 635-679 MiB: the longer
// scavenges of a larger nursery cost more than the fewer ones save.
// --no-turbo-escape --no-turbo-load-elimination --no-turbo-store-elimination --no-turbo-loop-peeling (session 19): TurboFan
// passes left out. In a one-thread ingest of all of
// corpus-ga under valgrind (--single-threaded, so compiling is counted on the one thread), TurboFan was 19.5G of 59.0G
// instructions; without escape analysis 18.1G (the rest +0.3G), without load elimination 18.4G (the rest +0.2G), without
// both 16.8G (-14%; the compiled code's own instructions +0.7G, ~+2%), 56.5G in all. bench:ingest spends ~20% of its CPU in
// V8's compiler threads (three isolates compile their hot code): about -2% of CPU net. 5 alternating bench:ingest pairs
// (helpers loading the host, bench in a high-share cpu cgroup): median 6.28 s / 10.60 s CPU without, 5.73 s / 10.16 s with.
// Then --no-turbo-store-elimination and --no-turbo-loop-peeling on top (same one-thread measure, all of corpus-ga): 56.2G ->
// 53.1G instructions, TurboFan 16.9G -> 14.0G (-17%), the compiled code's own +0.1G (+0.5%). Session 12 had found loop peeling
// worth keeping (its code then ran 1.9% slower without it); the scanners of today's code lose nothing measurable. The four
// passes together: compiler work -28%, bench:ingest 5 alternating pairs as above: CPU mean 10.70 s -> 10.18 s.
// The graph is the same (golden dump cmp-identical): the passes only change how fast compiled code runs.
// --no-regexp-tier-up (session 22): V8 compiles a regular expression to bytecode on its first run and to machine code
// on its second (--regexp-tier-up-ticks=1); the recognisers' ~840 expressions nearly all run twice or more (860 bytecode
// compiles and 831 tier-ups in a one-thread ingest of corpus-ga), so each was compiled twice, the bytecode pass (with its
// peephole optimiser) the costlier of the two for the large case-insensitive verb alternations of ingest/clauses.ts
// (~40-60 ms each). Without tier-up each is compiled once, to machine code. One-thread ingest of 200 corpus-ga files under
// valgrind (the harness of session 21, --single-threaded): 17.73G -> 17.06G instructions (-3.8%; V8's regexp
// compiler and the ICU sets of \p{...} classes were 1.35G of the 17.73G). The graph is the same (golden dump cmp-identical).
// --interrupt-budget=270336 (session 41, spd41a; V8's default 67584): a function is optimised after four times as much
// interpreted work, so TurboFan compiles it with more of its type feedback, and compiles fewer functions (those hot a
// moment only) and less often again after a deopt. One-thread ingest of all of corpus-ga (bench:instructions --native
// --step 1, --trace-opt, host load ~15-20): 883 -> 578 TurboFan compiles, compile time 72.0 -> 33.0 s of that loaded run
// (splitClauses 5 -> 1 compiles); process CPU (user+sys), three variants run at once, 2 rounds: without 22.89 / 22.79 s,
// 270336 22.33 / 22.15 s (-2.4%, -2.8%), 540672 22.33 / 22.00 s. bench:instructions --step 30 (valgrind, base 1d39890):
// 7,664,589,685 -> 6,841,902,148 (-10.7%; a short run gains most, its compiles a larger share). bench:ingest (two workers),
// 3 alternating pairs at host load ~20, CPU without / with: 18.26 / 19.05, 17.88 / 16.67, 18.53 / 19.51 s (means 18.22 / 18.41:
// within that noise, ±8%). The graph is the same (golden dump cmp-identical).
// Tried in session 42 (spd42a), not kept: --bytecode-size-allowance-per-tick (V8 default 150: a function is optimised after
// 3 + bytecode length / 150 budget ticks, so a large scanner waits many ticks). One-thread ingest of all of corpus-ga (the
// bench:instructions bundle, --native --step 1, the ingest flags), process CPU user+sys, three variants run at once at host
// load 20-26, two rounds: 150 17.72 / 18.03 s, 600 18.12 s, 1500 18.47 s, 75 18.36 s, 40 18.18 s: V8's default is as good as
// any (sooner optimisation of the large functions costs more compiling than their baseline code does); same graph counts.
// Tried in session 43 (spd43a), not kept. One-thread ingest of all of corpus-ga (the bench:instructions bundle, --native --step 1,
// the ingest flags, fixed seeds), process CPU user+sys, the variants run at once at host load 15-21: --always-sparkplug (every
// function in baseline code from its first call, not after ~8 interpreted calls) 9.60 / 11.81 s against 9.82 / 11.45 s (two runs
// each, one after the other), and under valgrind (bench:instructions --step 30, both at once) 6,902,812,533 against 6,913,810,494
// (-0.16%); --interrupt-budget re-checked beside today's 270336 (three rounds, three at once): 135168 12.65 / 13.11 / 12.98 s,
// 270336 12.49 / 13.05 / 12.92 s, 540672 12.64 / 13.09 / 13.01 s; --minor-mc (young generation by mark-compact, pages of live
// objects promoted whole: the main thread keeps ~80% of what it allocates) 14.98 / 15.18 s against 12.28 / 12.51 s (+21%) and
// peak RSS 380 -> 844 MB. The same graph counts in every run.
// --turbo-escape again (session 45, spd45a), against the for-of garbage --no-turbo-escape leaves: not kept (figures in
// ingest/codeUnit.ts); the hottest for-of loops were made indexed loops instead.
// GC flags are read when a heap is set up, so they must be given on the command line (setting them
// from JavaScript once node runs crashed it): the command runs again in a child node that has them.
// With more cores the parallel collectors have cores of their own, and nothing is changed.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

// Session 21: glibc's malloc, as tuned for the child (INGEST_MALLOC_TUNABLES). V8's compiler threads and the workers
// allocate their zones and buffers with malloc; freed, a block above the mmap threshold goes back to the kernel at once
// and an arena's top above the trim threshold is trimmed, so the next compile faults the same amount in again, each
// page zeroed by the kernel (in a fresh virtual machine each first touch also costs the host a fault: clear_page was
// 9-11% of all CPU samples of bench:ingest just after boot). Kept by the process instead: bench:ingest over corpus-ga,
// 3 alternating pairs, page faults 134-140k -> 115k (every run), system CPU 0.65 s -> 0.56 s (mean), peak RSS +12 MiB.
/** glibc tunables the ingest child runs with: freed malloc memory stays in the process for the next compile. */
export const INGEST_MALLOC_TUNABLES = ['glibc.malloc.trim_threshold=268435456', 'glibc.malloc.mmap_threshold=33554432'];

/** GLIBC_TUNABLES for the child: the user's own, then ours for the settings they do not make (musl and macOS ignore it). */
export function mallocTunables(current = process.env.GLIBC_TUNABLES ?? '') {
  const own = current.split(':').filter((t) => t !== '');
  const named = new Set(own.map((t) => t.split('=')[0]));
  return [...own, ...INGEST_MALLOC_TUNABLES.filter((t) => !named.has(t.split('=')[0]))].join(':');
}

export const INGEST_V8_FLAGS = ['--single-threaded-gc', '--max-inlined-bytecode-size-cumulative=300', '--initial-old-space-size=256', '--no-turbo-escape', '--no-turbo-load-elimination', '--no-turbo-store-elimination', '--no-turbo-loop-peeling', '--no-regexp-tier-up', '--interrupt-budget=270336'];

/** Whether this process should run again with INGEST_V8_FLAGS (KG_INGEST_V8_FLAGS=0 turns it off). */
export function wantsIngestFlags() {
  if (process.env.KG_INGEST_V8_FLAGS === '0') return false;
  if (INGEST_V8_FLAGS.every((f) => process.execArgv.includes(f))) return false;
  return availableParallelism() <= 2;
}

/**
 * Runs `script` with `args` in a child node that has INGEST_V8_FLAGS (and this process's own node
 * options); resolves to its exit code. Signals this process gets are passed on to the child.
 */
export function relaunchWithIngestFlags(script, args) {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, GLIBC_TUNABLES: mallocTunables() };
    const child = spawn(process.execPath, [...process.execArgv, ...INGEST_V8_FLAGS, script, ...args], { stdio: 'inherit', env });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
