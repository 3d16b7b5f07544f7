// `npm run bench:instructions [-- <folder>] [-- --step N] [-- --top N] [-- --native] [-- --flags='<node flags>']`: instructions (valgrind
// callgrind) of one-thread ingest of every Nth file of ../shared/corpus-ga (default every 9th: ~100 files),
// with the V8 flags kg ingest runs with on a small machine (INGEST_V8_FLAGS). Wall and CPU seconds of
// bench:ingest swing by 15% and more on a shared host; an instruction count does not, so a change of 1% shows.
// The body (instructions-run.ts) is bundled with esbuild as the worker is (ingest/worker-entry.ts: the
// gazetteer trie built in) and run by plain node: tsx's compiler would be counted too. --single-threaded keeps
// V8's compiles and collections on the one thread, fixed seeds keep its hash tables the same, setarch -R its
// addresses. Prints the total and the top functions (compiled JavaScript is one '???' entry: name hot JS functions
// with `node --cpu-prof`, then count the change here).
// Session 32, at a6ffebb (every 9th file: 101 files, ~2.1M characters of text): 13.66G instructions, one run of ~6 min of
// CPU under valgrind (26 min wall on a host at load 10-15). Where they went: V8's LoadIC 4.0% and LoadIC_Megamorphic 3.3%
// (property loads in code not yet optimised, and megamorphic ones), TurboFan ~8% (GraphReducer and the reducers), string
// search 2.5% (StringSearch InitialSearch 1.4%, memchr 1.1%: ~90 text.includes / indexOf gates, each one pass of ~2M
// characters, none above 5M: no single one worth a change), scavenges ~2% (ScavengeObject 1.5%, promoted objects' visits 0.6%), IterateObjectCache 0.9% (not traced further),
// the regexp compiler's character classes ~1.5% (CharacterRange::Canonicalize, ICU u_charType), string hashing 0.7%.
// Session 33, at 9ea5214, --step 30 (31 files): 7.20G. Regular expressions: 1278 native compiles of ~920 sources (V8
// --log-code; CompileIrregexp 12.7% inclusive, plus 2.4% for the syntax parse each new source gets when created): each
// source is compiled once per subject encoding (V8 compiles Latin-1 and UTF-16 subjects apart), and ~360 met both. Not
// from regexes built in loops (none left: printedNameRe caches its own). Where the compile cost goes: \p{...} classes
// 3.0% (ICU builds the set on every parse, ~300K instructions each; most are the (?<![\p{L}\p{N}]) lookbehinds of ~50
// expressions) plus 1.4% to canonicalise those large classes; case closure of the /i expressions 2.8% (ICU closeOver per
// letter, mostly in quick checks). The bundle's own parse and lazy compiles are 7.3% (ParseProgram 3.7%).
// Tried, not kept (totals against 7.20G): every file's text made UTF-16 before clean (one encoding for paragraphs and
// their slices, which stay UTF-16 even when short: 1191 compiles instead of 1278, the verb alternations of clauses.ts
// compiled once) 7.17G, -0.45%; ~270 sources still met both (Latin-1 subjects made elsewhere: literals, keys; not traced);
// --regexp-tier-up --regexp-tier-up-ticks=20 --no-regexp-peephole-optimization 7.81G; --no-regexp-optimization 7.47G;
// esbuild minifyWhitespace for the bundle (2.21 -> 1.77 MB) 7.22G.
// Session 33, round 2 (spd33b): a V8 code cache for the worker bundle (ingest/worker-entry.ts bundleStartFile). This
// harness loads its bundle as an ES module, which Node 20 cannot cache; measured apart (cachegrind, same flags and
// --step 30, the same body bundled as CommonJS and run through vm.Script): ES module 7.63G, vm.Script with the code cache
// made by an earlier run 7.15G (-6.3%; load 33 -> 31 s under valgrind, and the lazy compiles of the run are gone too).
// Session 37 (spd37a), --step 30, both at once on a host at load 2-8 (counts do not depend on it): 055cd0d 7,515,138,866,
// 5916472 (35 commits of new rules later) 7,638,569,946 (+1.64%). Where it went, in the top entries: the regexp compiler's
// \p{...} classes +17M (CharacterRange::Canonicalize +8.6M, u_charType +4.2M, ICU sets +4.4M: ~14 new \p classes), string
// search +7M (new includes gates), scavenges +4M; the rest spread over compiled JavaScript. Not one expression: every
// RegExp exec/test timed by source over a one-thread ingest of all of corpus-ga (RegExp.prototype.exec/test wrapped in a
// --import preload), the ~20 new sources took ~52 ms together, their first-call compiles included (24 ms of it the
// "(organizational)" lookbehind's compile, 14 calls); BODY_REPORT_TO_MARK_RE (documentLinks.ts), suspected for its nested
// lazy repeats, 952 calls, 2.1 ms (each repeat of its subject list starts at a comma: no blow-up). lookupMisprinted
// (gazetteer/index.ts) builds its table once per worker (2,795 forms, 785 of them long enough): not per call, but that one
// build was the largest single cause. Found with callgrind on this harness's body run with --perf-basic-prof (the
// '???:0x...' entries of compiled code named from /tmp/perf-PID.map; both bundles at --step 30): looseForm +10.2M in
// compiled code, with the one-letter strings it adds up (StringAdd +5.9M) and their scavenges (EvacuateShortcutCandidate
// +13.2M), against a total gap of +27.5M in that run (+perf-basic-prof: 7.600G / 7.628G). Now only forms of 60 characters
// or more are made loose there: 7,513,079,042 (-112.9M, -1.48% against the split below; 055cd0d's 7,515,138,866). The qualifyGenericNames split (ingest/warm-up.ts): 7,625,966,922
// (-12.6M, -0.16%: 31 files meet few of its late cases).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../helpers/env.js';
import { INGEST_V8_FLAGS } from '../../bin/ingest-flags.mjs';
import { workerBundleOptions } from '../../ingest/worker-entry.js';

const args = parseArgs({ allowPositionals: true, options: { step: { type: 'string', default: '9' }, top: { type: 'string', default: '25' }, native: { type: 'boolean', default: false }, flags: { type: 'string', default: '' } } });
const dir = resolve(args.positionals[0] ?? resolve(repoRoot, '..', 'shared', 'corpus-ga'));
const work = mkdtempSync(join(tmpdir(), 'kg-instructions-'));
try {
  const esbuild = await import('esbuild');
  const bundle = join(work, 'run.mjs');
  await esbuild.build(workerBundleOptions(esbuild, join(repoRoot, 'tests', 'bench', 'instructions-run.ts'), bundle));
  // --flags='<more node flags>': a flag's trial, counted against the same run without it
  const extra = args.values.flags.split(' ').filter((f) => f !== '');
  const node = [process.execPath, ...INGEST_V8_FLAGS, ...extra, '--single-threaded', '--hash-seed=1', '--random-seed=1', bundle, dir, args.values.step];
  if (args.values.native) {
    const t0 = performance.now();
    execFileSync(node[0]!, node.slice(1), { stdio: 'inherit' });
    console.log(`native run ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  } else {
    const out = join(work, 'callgrind.out');
    const run = spawnSync('setarch', [process.arch === 'arm64' ? 'aarch64' : 'x86_64', '-R', 'valgrind', '--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${out}`, ...node], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`valgrind failed (${run.status}): ${run.stderr.slice(-2000)}`);
    const report = execFileSync('callgrind_annotate', ['--inclusive=no', `--threshold=100`, out], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const total = /([\d,]+)\s+\(100\.0%\)\s+PROGRAM TOTALS/.exec(report) ?? /([\d,]+)\s+PROGRAM TOTALS/.exec(report);
    console.log(`bench:instructions ${dir}, every ${args.values.step}th file${extra.length ? `, with ${extra.join(' ')}` : ''}`);
    console.log(`  total instructions  ${total ? total[1] : '?'}`);
    const lines = report.split('\n');
    const first = lines.findIndex((l) => /file:function/.test(l));
    const top = lines.slice(first + 1).filter((l) => /^\s*[\d,]+ /.test(l)).slice(0, Number(args.values.top));
    for (const l of top) console.log(`  ${l.trim().slice(0, 160)}`);
  }
} finally {
  if (process.env.KG_KEEP_BUNDLE === undefined) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
