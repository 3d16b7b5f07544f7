// `npm run bench:accuracy [-- [gold files or folders...] [--verbose] [--json out.json] [--baseline before.json] [--alone] [--with more]]`:
// scores the ingest pipeline against the hand-annotated gold files (default: tests/gold; format in tests/gold/README.md).
// Ingests the texts they annotate (from ../shared, or $KG_SHARED) together, then prints precision, recall and F1 per
// score (ENT entities, CIT citations, REL verb relations, ATT attributions, DATE dates) for each file, each set (the
// file name's part before the first "-") and all of them. --verbose lists every false positive (+) and false
// negative (-); --json writes the tallies; --baseline compares with such a file: what a change gains and loses.
// --alone ingests each annotated text on its own (as a user's `kg ingest one-resolution.txt` does) and sums the
// tallies: facts that the together run only gets from another file (a date printed elsewhere, a node merged across
// files) then count as missed. Diff the --verbose output of both runs to list such facts. --with <file or folder>
// (repeatable) ingests more texts together with the annotated ones, e.g. `--with ../shared/corpus-ga`: the reading
// the whole corpus gives, with facts other resolutions supply.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ingestPaths } from '../../ingest/batch.js';
import { repoRoot } from '../helpers/env.js';
import {
  GoldFormatError,
  GraphIndex,
  SCORES,
  addTallies,
  emptyTallies,
  f1,
  parseGold,
  precision,
  recall,
  resolutionOfGold,
  scoreFile,
  type FileScore,
  type GoldFile,
  type Score,
  type SerializedGraph,
  type Tally,
} from './gold.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    json: { type: 'string' },
    baseline: { type: 'string' },
    alone: { type: 'boolean', default: false },
    with: { type: 'string', multiple: true, default: [] },
  },
});

const shared = resolve(process.env.KG_SHARED ?? join(repoRoot, '..', 'shared'));
if (!existsSync(shared)) {
  console.log(`bench:accuracy skipped: the shared data folder ${shared} is absent (set KG_SHARED to its path)`);
  process.exit(0);
}

function goldPaths(args: string[]): string[] {
  const out: string[] = [];
  for (const a of args.length > 0 ? args : [join(repoRoot, 'tests', 'gold')]) {
    const p = resolve(a);
    if (!existsSync(p)) {
      console.error(`bench:accuracy: ${a} does not exist`);
      process.exitCode = 1;
    } else if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (f.endsWith('.gold.tsv')) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

const golds: GoldFile[] = [];
for (const path of goldPaths(positionals)) {
  try {
    golds.push(parseGold(readFileSync(path, 'utf8'), relative(process.cwd(), path)));
  } catch (err) {
    if (!(err instanceof GoldFormatError)) throw err;
    console.error(`bench:accuracy: ${err.message} (file skipped)`);
    process.exitCode = 1;
  }
}
if (golds.length === 0) {
  console.error('bench:accuracy: no gold files to score');
  process.exit(1);
}

const sources = [...new Set(golds.map((g) => join(shared, g.source)))];
const missing = sources.filter((s) => !existsSync(s));
for (const m of missing) console.error(`bench:accuracy: annotated text ${m} is absent (its gold files are skipped)`);
const t0 = performance.now();
const readable = sources.filter((s) => existsSync(s));
/** the graph each gold file is scored against: one for all texts, or (--alone) one per text */
const indexOfSource = new Map<string, GraphIndex>();
const alsoIngested = values.with.map((p) => resolve(p));
for (const batch of values.alone ? readable.map((s) => [s]) : [readable]) {
  // the extra texts first: a gold text inside them is then read in their order (as `kg ingest` of those folders does)
  const result = await ingestPaths([...alsoIngested, ...batch]);
  for (const e of result.errors) console.error(`bench:accuracy: ${e.message}`);
  const index = new GraphIndex(result.graph.export() as SerializedGraph);
  for (const s of batch) indexOfSource.set(s, index);
}
const ingestedHow = `${values.alone ? 'each alone' : 'together'}${alsoIngested.length > 0 ? ` with ${values.with.join(', ')}` : ''}`;
console.log(`bench:accuracy: ${golds.length} gold files over ${sources.length} texts, ingested ${ingestedHow} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const setOf = (g: GoldFile): string => basename(g.path).split('-')[0]!;
const scores: FileScore[] = [];
for (const g of golds) {
  const index = indexOfSource.get(join(shared, g.source));
  if (index === undefined) continue;
  try {
    scores.push(scoreFile(index, g, resolutionOfGold(index, g, join(shared, g.source))));
  } catch (err) {
    if (!(err instanceof GoldFormatError)) throw err;
    console.error(`bench:accuracy: ${err.message}`);
    process.exitCode = 1;
  }
}

const cell = (t: Tally): string => `${f1(t).toFixed(3)} (${t.tp}/${t.fp}/${t.fn})`;
const row = (label: string, t: Record<Score, Tally>): string => `${label.padEnd(44)} ${SCORES.map((s) => `${s} ${cell(t[s])}`.padEnd(24)).join(' ')}`;
console.log(`${'F1 (tp/fp/fn)'.padEnd(44)} ${SCORES.map((s) => s.padEnd(24)).join(' ')}`);

const bySet = new Map<string, Record<Score, Tally>>();
const all = emptyTallies();
for (const s of scores) {
  console.log(row(`  ${basename(s.gold.path).replace(/\.gold\.tsv$/, '')}`, s.tallies));
  if (values.verbose) {
    for (const fp of s.falsePositives) console.log(`      + ${fp.score} ${fp.label}`);
    for (const fn of s.falseNegatives) console.log(`      - ${fn.score} ${fn.label}`);
  }
  const set = setOf(s.gold);
  if (!bySet.has(set)) bySet.set(set, emptyTallies());
  addTallies(bySet.get(set)!, s.tallies);
  addTallies(all, s.tallies);
}
for (const [set, t] of bySet) console.log(row(`set ${set}`, t));
console.log(row('all', all));
console.log(`all: ${SCORES.map((s) => `${s} P ${precision(all[s]).toFixed(3)} R ${recall(all[s]).toFixed(3)}`).join(', ')}`);

const tallySchema = z.object({ tp: z.number(), fp: z.number(), fn: z.number() });
const reportSchema = z.object({ sets: z.record(z.string(), z.record(z.enum(SCORES), tallySchema)) });
type Report = z.infer<typeof reportSchema>;
const report: Report = { sets: { ...Object.fromEntries(bySet), all } };
if (values.json) {
  writeFileSync(values.json, JSON.stringify(report, null, 1));
  console.log(`bench:accuracy: tallies written to ${values.json}`);
}
if (values.baseline) {
  const parsed = reportSchema.safeParse(JSON.parse(readFileSync(values.baseline, 'utf8')));
  if (!parsed.success) {
    console.error(`bench:accuracy: ${values.baseline} is not a --json report of this bench: ${parsed.error.issues[0]?.message}`);
    process.exit(1);
  }
  console.log(`against ${values.baseline} (F1 before -> after, where it changed):`);
  for (const [set, now] of Object.entries(report.sets)) {
    const before = parsed.data.sets[set];
    if (!before) {
      console.log(`  ${set}: new`);
      continue;
    }
    const changes = SCORES.filter((s) => f1(before[s]).toFixed(3) !== f1(now[s]).toFixed(3)).map(
      (s) => `${s} ${f1(before[s]).toFixed(3)} -> ${f1(now[s]).toFixed(3)}`,
    );
    if (changes.length > 0) console.log(`  ${set}: ${changes.join(', ')}`);
  }
}
