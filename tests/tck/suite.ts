// The whole TCK run: load features, sort scenarios into scope, run the
// in-scope ones on the engine, and summarise. Used by tck.test.ts and by
// `npm run tck:update` (update.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTck, type TckScenario } from './gherkin.js';
import { runInPool, type TimedOutcome } from './pool.js';
import { classify, type Expectation, type Scope } from './scope.js';

export interface ScenarioResult extends Partial<Omit<TimedOutcome, 'status'>> {
  id: string;
  category: string;
  scope: Scope;
  expects: Expectation;
  /** 'skipped' = out of scope, not run */
  status: 'pass' | 'fail' | 'skipped';
  query?: string;
}

export interface TckRun {
  commit: string;
  results: ScenarioResult[];
  seconds: number;
}

export interface RunOptions {
  tckDir: string;
  enginePath: string;
  repoRoot: string;
  workers?: number;
  engineTimeoutMs?: number;
  scenarioTimeoutMs?: number;
  /** run only scenarios whose id contains this text */
  only?: string;
}

export async function runTck(opts: RunOptions): Promise<TckRun> {
  const t0 = performance.now();
  const featuresDir = join(opts.tckDir, 'tck', 'features');
  const all = loadTck(featuresDir).filter((s) => !opts.only || s.id.includes(opts.only));
  const classified = all.map((s) => ({ s, c: classify(s) }));
  const toRun: TckScenario[] = classified.filter((x) => x.c.scope === 'in-scope').map((x) => x.s);
  const outcomes = await runInPool(toRun, {
    enginePath: opts.enginePath,
    graphsDir: join(opts.tckDir, 'tck', 'graphs'),
    cwd: opts.repoRoot,
    workers: opts.workers ?? 2,
    engineTimeoutMs: opts.engineTimeoutMs ?? 15_000,
    scenarioTimeoutMs: opts.scenarioTimeoutMs ?? 60_000,
  });
  const results: ScenarioResult[] = classified.map(({ s, c }) => {
    const base = { id: s.id, category: s.category, scope: c.scope, expects: c.expects, ...(c.query !== undefined ? { query: c.query } : {}) };
    if (c.scope !== 'in-scope') return { ...base, status: 'skipped' };
    const o = outcomes.get(s.id);
    if (!o) return { ...base, status: 'fail', reason: 'not run' };
    return { ...base, ...o };
  });
  const sourceFile = join(opts.tckDir, 'SOURCE.txt');
  const commit = existsSync(sourceFile) ? readFileSync(sourceFile, 'utf8').trim() : 'unknown commit';
  return { commit, results, seconds: (performance.now() - t0) / 1000 };
}

// ---------------------------------------------------------------- pass list

export function readPassList(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function writePassList(file: string, run: TckRun): number {
  const ids = run.results.filter((r) => r.status === 'pass').map((r) => r.id).sort();
  const header = [
    '# openCypher TCK scenarios the embedded engine passes (tests/tck/tck.test.ts fails if one of them stops passing).',
    `# ${run.commit}. One scenario id a line: feature path:scenario name[:outline example index, 0-based].`,
    '# Regenerate with `npm run tck:update`.',
  ];
  writeFileSync(file, `${[...header, ...ids].join('\n')}\n`);
  return ids.length;
}

// ---------------------------------------------------------------- figures

export interface Ratio {
  pass: number;
  total: number;
}
export const pct = (r: Ratio): string => (r.total ? `${((100 * r.pass) / r.total).toFixed(1)}%` : 'n/a');

export interface Figures {
  result: Ratio;
  error: Ratio;
  outOfScope: Record<string, number>;
  byCategory: Map<string, { result: Ratio; error: Ratio; failures: ScenarioResult[] }>;
}

export function figures(run: TckRun): Figures {
  const f: Figures = { result: { pass: 0, total: 0 }, error: { pass: 0, total: 0 }, outOfScope: {}, byCategory: new Map() };
  for (const r of run.results) {
    if (r.scope !== 'in-scope') {
      f.outOfScope[r.scope] = (f.outOfScope[r.scope] ?? 0) + 1;
      continue;
    }
    let cat = f.byCategory.get(r.category);
    if (!cat) f.byCategory.set(r.category, (cat = { result: { pass: 0, total: 0 }, error: { pass: 0, total: 0 }, failures: [] }));
    const bucket = r.expects === 'error' ? [f.error, cat.error] : [f.result, cat.result];
    for (const b of bucket) {
      b.total++;
      if (r.status === 'pass') b.pass++;
    }
    if (r.status !== 'pass') cat.failures.push(r);
  }
  return f;
}

/** Short text for stdout: the two goal figures and the pass rate per category. */
export function summaryText(run: TckRun): string {
  const f = figures(run);
  const lines = [
    `openCypher TCK (${run.commit}) in ${run.seconds.toFixed(1)} s`,
    `  in scope, expecting results: ${f.result.pass}/${f.result.total} = ${pct(f.result)} (goal 90%)`,
    `  in scope, expecting errors:  ${f.error.pass}/${f.error.total} = ${pct(f.error)} (goal 80%)`,
    `  out of scope (not run): ${Object.entries(f.outOfScope).map(([k, n]) => `${k} ${n}`).join(', ')}`,
    '  per category (results | errors):',
  ];
  for (const [cat, c] of [...f.byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`    ${cat.padEnd(36)} ${`${c.result.pass}/${c.result.total}`.padStart(9)} ${pct(c.result).padStart(6)} | ${`${c.error.pass}/${c.error.total}`.padStart(7)} ${pct(c.error).padStart(6)}`);
  }
  return lines.join('\n');
}

function fence(text: string | undefined): string {
  return `\`\`\`\n${(text ?? '').replace(/```/g, "'''").trimEnd()}\n\`\`\``;
}

/** The status report for the engine's author: figures, worst categories, example failures. */
export function statusMarkdown(run: TckRun, examplesPerCategory = 3, categories = 12): string {
  const f = figures(run);
  const out = [
    '# openCypher TCK status of the embedded engine',
    '',
    `Generated ${new Date().toISOString()} by tests/tck (\`npm run tck:update\` or \`npx vitest run tests/tck\`), ${run.commit}, ${run.seconds.toFixed(1)} s.`,
    '',
    '| goal | passed | rate | target |',
    '|---|---|---|---|',
    `| in-scope scenarios expecting results | ${f.result.pass}/${f.result.total} | ${pct(f.result)} | 90% |`,
    `| in-scope scenarios expecting an error | ${f.error.pass}/${f.error.total} | ${pct(f.error)} | 80% |`,
    '',
    `Out of scope (not run): ${Object.entries(f.outOfScope).map(([k, n]) => `${k} ${n}`).join(', ')}.`,
    '',
    'How scenarios are run: one `createEngine({graph, writable: true})` per scenario over a fresh graphology MultiDirectedGraph runs',
    'the set-up (`having executed`, named graphs) and then the query under test, each with `run(query, params, {timeoutMs: 15000})` (generous: a loaded CI machine must not turn a slow scenario into a failure);',
    'the query under test is read-only (write scenarios are out of scope) and must leave the graph unchanged. Parameters arrive as the',
    'driver sends them: integers as neo4j Integer, floats as number. Results compare strictly: Integer vs float, column names,',
    'order only for "in order". An error scenario passes when a CypherError is thrown whose `code` is the expected type\'s status code',
    '(SyntaxError -> Neo.ClientError.Statement.SyntaxError, and so on; compile time vs runtime is not distinguished).',
    '',
    '## Pass rate per category',
    '',
    '| category | results | | errors | | failing |',
    '|---|---|---|---|---|---|',
  ];
  const cats = [...f.byCategory];
  for (const [cat, c] of cats.sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`| ${cat} | ${c.result.pass}/${c.result.total} | ${pct(c.result)} | ${c.error.pass}/${c.error.total} | ${pct(c.error)} | ${c.failures.length} |`);
  }
  out.push('', '## Top failing categories, with examples', '');
  const worst = cats.filter(([, c]) => c.failures.length > 0).sort(([, a], [, b]) => b.failures.length - a.failures.length).slice(0, categories);
  for (const [cat, c] of worst) {
    out.push(`### ${cat} (${c.failures.length} failing)`, '');
    const reasons = new Map<string, number>();
    for (const r of c.failures) {
      const k = (r.reason ?? '').replace(/\d+/g, 'N').slice(0, 90);
      reasons.set(k, (reasons.get(k) ?? 0) + 1);
    }
    out.push(`Commonest reasons: ${[...reasons].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, n]) => `${n}× ${k}`).join('; ')}`, '');
    // Examples with different reasons first, so three examples show three problems.
    const picked: ScenarioResult[] = [];
    const seenReasons = new Set<string>();
    for (const r of c.failures) {
      const k = (r.reason ?? '').replace(/\d+/g, 'N').slice(0, 40);
      if (!seenReasons.has(k) && picked.length < examplesPerCategory) {
        seenReasons.add(k);
        picked.push(r);
      }
    }
    for (const r of c.failures) if (picked.length < examplesPerCategory && !picked.includes(r)) picked.push(r);
    for (const r of picked) {
      out.push(`**${r.id}** — ${r.reason ?? ''}`, '', 'Query:', fence(r.query), '');
      if (r.expected !== undefined) out.push('Expected:', fence(r.expected), '');
      if (r.got !== undefined) out.push('Got:', fence(r.got), '');
    }
  }
  return `${out.join('\n')}\n`;
}
