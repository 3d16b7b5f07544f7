// Reads the openCypher TCK feature files into plain, serialisable scenarios.
// @cucumber/gherkin does the Gherkin work (Background, Scenario Outline
// expansion, table-cell unescaping); this module only turns the TCK's step
// sentences into typed steps.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import { IdGenerator, type GherkinDocument, type PickleStep, type Scenario } from '@cucumber/messages';

export type ResultMode = 'any-order' | 'in-order';

export type TckStep =
  | { kind: 'graph'; graph: 'empty' | 'any' | { named: string } }
  | { kind: 'setup'; query: string }
  | { kind: 'parameters'; params: [name: string, value: string][] }
  | { kind: 'procedure'; signature: string }
  | { kind: 'query'; query: string; control: boolean }
  | { kind: 'result'; mode: ResultMode; ignoreListOrder: boolean; header: string[]; rows: string[][] }
  | { kind: 'empty-result' }
  | { kind: 'error'; errorType: string; phase: string; detail: string }
  | { kind: 'no-side-effects' }
  | { kind: 'side-effects'; effects: Record<string, number> }
  | { kind: 'unknown'; text: string };

export interface TckScenario {
  /** `category/File.feature:Scenario name[:example index]` (index 0-based over all Examples rows) */
  id: string;
  /** feature path relative to the features folder, with forward slashes */
  file: string;
  /** folder of the feature, e.g. `clauses/match` */
  category: string;
  name: string;
  exampleIndex?: number;
  line: number;
  steps: TckStep[];
}

function listFeatures(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFeatures(path));
    else if (entry.name.endsWith('.feature')) out.push(path);
  }
  return out.sort();
}

function tableOf(step: PickleStep): string[][] {
  const rows = step.argument?.dataTable?.rows;
  if (!rows) throw new Error(`step "${step.text}" needs a table`);
  return rows.map((r) => r.cells.map((c) => c.value));
}

function docOf(step: PickleStep): string {
  const doc = step.argument?.docString?.content;
  if (doc === undefined) throw new Error(`step "${step.text}" needs a """ block`);
  return doc.replace(/\r\n?/g, '\n');
}

const ERROR_STEP = /^an? (\w+) should be raised at (compile time|runtime|any time): (.*)$/;
const RESULT_STEP = /^the result should be(, in (any order|order))?( \(ignoring element order for lists\))?:$/;

/** Turns one step sentence into a typed step; unknown sentences are kept so the runner can refuse them. */
export function parseStep(step: PickleStep): TckStep {
  const text = step.text.trim();
  if (text === 'an empty graph') return { kind: 'graph', graph: 'empty' };
  if (text === 'any graph') return { kind: 'graph', graph: 'any' };
  const named = /^the (\S+) graph$/.exec(text);
  if (named) return { kind: 'graph', graph: { named: named[1]! } };
  if (text === 'having executed:') return { kind: 'setup', query: docOf(step) };
  if (text === 'parameters are:') {
    return { kind: 'parameters', params: tableOf(step).map((r) => [r[0] ?? '', r[1] ?? ''] as [string, string]) };
  }
  if (text.startsWith('there exists a procedure')) return { kind: 'procedure', signature: text };
  if (text === 'executing query:') return { kind: 'query', query: docOf(step), control: false };
  if (text === 'executing control query:') return { kind: 'query', query: docOf(step), control: true };
  if (text === 'the result should be empty') return { kind: 'empty-result' };
  const result = RESULT_STEP.exec(text);
  if (result) {
    const [header = [], ...rows] = tableOf(step);
    return {
      kind: 'result',
      mode: result[2] === 'order' ? 'in-order' : 'any-order',
      ignoreListOrder: result[3] !== undefined,
      header,
      rows,
    };
  }
  const error = ERROR_STEP.exec(text);
  if (error) return { kind: 'error', errorType: error[1]!, phase: error[2]!, detail: error[3]!.trim() };
  if (text === 'no side effects') return { kind: 'no-side-effects' };
  if (text === 'the side effects should be:') {
    const effects: Record<string, number> = {};
    for (const [name, count] of tableOf(step)) effects[name ?? ''] = Number(count);
    return { kind: 'side-effects', effects };
  }
  return { kind: 'unknown', text };
}

function parseDocument(source: string): GherkinDocument {
  const parser = new Parser(new AstBuilder(IdGenerator.incrementing()), new GherkinClassicTokenMatcher());
  return parser.parse(source);
}

/** All scenarios of one feature file, Scenario Outlines expanded. */
export function loadFeature(path: string, featuresDir: string): TckScenario[] {
  const file = relative(featuresDir, path).split(sep).join('/');
  const category = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  let doc: GherkinDocument;
  try {
    doc = parseDocument(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: not valid Gherkin: ${(err as Error).message}`);
  }
  // Outline rows are numbered in file order over all their Examples tables.
  const scenarios = new Map<string, Scenario>();
  const rowIndex = new Map<string, number>();
  for (const child of doc.feature?.children ?? []) {
    const sc = child.scenario;
    if (!sc) continue;
    scenarios.set(sc.id, sc);
    let i = 0;
    for (const ex of sc.examples) for (const row of ex.tableBody) rowIndex.set(row.id, i++);
  }
  const pickles = compile(doc, file, IdGenerator.incrementing());
  const out: TckScenario[] = [];
  for (const pickle of pickles) {
    const sc = scenarios.get(pickle.astNodeIds[0] ?? '');
    if (!sc) throw new Error(`${path}: pickle "${pickle.name}" has no scenario`);
    const exampleIndex = pickle.astNodeIds[1] !== undefined ? rowIndex.get(pickle.astNodeIds[1]) : undefined;
    const name = sc.name.trim();
    out.push({
      id: `${file}:${name}${exampleIndex !== undefined ? `:${exampleIndex}` : ''}`,
      file,
      category,
      name,
      ...(exampleIndex !== undefined ? { exampleIndex } : {}),
      line: sc.location.line,
      steps: pickle.steps.map(parseStep),
    });
  }
  return out;
}

/** Every scenario under the TCK's features folder, in a stable order. */
export function loadTck(featuresDir: string): TckScenario[] {
  const all = listFeatures(featuresDir).flatMap((p) => loadFeature(p, featuresDir));
  const seen = new Set<string>();
  for (const s of all) {
    if (seen.has(s.id)) throw new Error(`duplicate TCK scenario id ${s.id}`);
    seen.add(s.id);
  }
  return all;
}
