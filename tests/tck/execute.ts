// Runs one in-scope TCK scenario on the embedded engine and judges it strictly.
// One writable engine per scenario over a fresh graphology graph runs the
// set-up and then the query under test, as one Neo4j database would (the
// engine remembers which entities it wrote, e.g. to keep 1.0 a float); the
// query under test is read-only by selection (scope.ts) and the graph's size
// is checked to be unchanged after it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { z } from 'zod';
import type { TckScenario, TckStep } from './gherkin.js';
import { fromEngine, parseTckValue, render, toParam } from './values.js';

export interface Engine {
  run(query: string, params?: Record<string, unknown>, opts?: { timeoutMs?: number }): unknown;
}
export interface EngineModule {
  createEngine(options: Record<string, unknown>): Engine;
  CypherError?: abstract new (...args: never[]) => Error;
}

const EngineResult = z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.unknown())) });

export interface Outcome {
  status: 'pass' | 'fail';
  /** why it failed, one line */
  reason?: string;
  expected?: string;
  got?: string;
}

/** The status code a TCK error type stands for (what Neo4j and the driver report). */
export const ERROR_CODES: Record<string, string> = {
  SyntaxError: 'Neo.ClientError.Statement.SyntaxError',
  SemanticError: 'Neo.ClientError.Statement.SemanticError',
  TypeError: 'Neo.ClientError.Statement.TypeError',
  ArgumentError: 'Neo.ClientError.Statement.ArgumentError',
  ParameterMissing: 'Neo.ClientError.Statement.ParameterMissing',
  EntityNotFound: 'Neo.ClientError.Statement.EntityNotFound',
  ConstraintVerificationFailed: 'Neo.ClientError.Schema.ConstraintValidationFailed',
  ProcedureError: 'Neo.ClientError.Procedure.ProcedureNotFound',
};

const MAX_SHOWN_ROWS = 12;

function renderTable(columns: string[], rows: string[][]): string {
  const shown = rows.slice(0, MAX_SHOWN_ROWS).map((r) => `| ${r.join(' | ')} |`);
  if (rows.length > MAX_SHOWN_ROWS) shown.push(`... ${rows.length - MAX_SHOWN_ROWS} more rows`);
  return [`| ${columns.join(' | ')} |`, ...shown].join('\n');
}

function errorText(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return `${err.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${err.message.split('\n')[0]}`;
  }
  return String(err);
}

function isCypherError(mod: EngineModule, err: unknown): err is Error & { code: string } {
  if (!(err instanceof Error) || typeof (err as { code?: unknown }).code !== 'string') return false;
  return mod.CypherError ? err instanceof mod.CypherError : err.name === 'CypherError';
}

function graphFixture(graphsDir: string, name: string): string {
  return readFileSync(join(graphsDir, name, `${name}.cypher`), 'utf8');
}

function compareResult(
  step: Extract<TckStep, { kind: 'result' }>,
  got: z.infer<typeof EngineResult>,
): Outcome {
  const opts = { ignoreListOrder: step.ignoreListOrder };
  const expectedRows = step.rows.map((r) => r.map((cell) => render(parseTckValue(cell), opts)));
  const expected = renderTable(step.header, expectedRows);
  // Column names in the order the query projects them, as the TCK's header list is compared.
  const sameColumns = got.columns.length === step.header.length && step.header.every((c, i) => got.columns[i] === c);
  const gotRows = got.rows.map((r) => r.map((v) => render(fromEngine(v), opts)));
  if (!sameColumns) {
    return { status: 'fail', reason: `columns differ: expected [${step.header.join(', ')}], got [${got.columns.join(', ')}]`, expected, got: renderTable(got.columns, gotRows) };
  }
  const aligned = gotRows;
  const gotText = renderTable(step.header, aligned);
  const key = (r: string[]): string => r.join('\u0000');
  let same: boolean;
  if (step.mode === 'in-order') {
    same = aligned.length === expectedRows.length && aligned.every((r, i) => key(r) === key(expectedRows[i]!));
  } else {
    const a = aligned.map(key).sort();
    const e = expectedRows.map(key).sort();
    same = a.length === e.length && a.every((x, i) => x === e[i]);
  }
  if (same) return { status: 'pass' };
  return {
    status: 'fail',
    reason: `${step.mode === 'in-order' ? 'rows (in order)' : 'rows'} differ: expected ${expectedRows.length}, got ${aligned.length}`,
    expected,
    got: gotText,
  };
}

/**
 * Runs the scenario's steps in order. Only read-only scenarios reach here, so
 * the first `executing query` is the query under test and what follows it is
 * its expectation.
 */
export function executeScenario(mod: EngineModule, scenario: TckScenario, graphsDir: string, timeoutMs: number): Outcome {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  const engine = mod.createEngine({ graph, writable: true });
  const run = (query: string, params?: Record<string, unknown>): unknown => engine.run(query, params ?? {}, { timeoutMs });
  let params: Record<string, unknown> = {};
  let raised: unknown;
  let result: z.infer<typeof EngineResult> | undefined;
  let ran = false;
  let sizeBefore = '';
  for (const step of scenario.steps) {
    switch (step.kind) {
      case 'graph':
        if (typeof step.graph === 'object') {
          try {
            run(graphFixture(graphsDir, step.graph.named));
          } catch (err) {
            return { status: 'fail', reason: `set-up graph ${step.graph.named} failed: ${errorText(err)}` };
          }
        }
        break;
      case 'setup':
        try {
          run(step.query);
        } catch (err) {
          return { status: 'fail', reason: `set-up query failed: ${errorText(err)}`, got: step.query };
        }
        break;
      case 'parameters':
        params = Object.fromEntries(step.params.map(([name, value]) => [name, toParam(parseTckValue(value))]));
        break;
      case 'query': {
        if (ran) return { status: 'fail', reason: 'a second query in a read-only scenario' };
        ran = true;
        sizeBefore = `${graph.order}/${graph.size}`;
        try {
          const parsed = EngineResult.safeParse(run(step.query, params));
          if (!parsed.success) return { status: 'fail', reason: `engine.run returned no {columns, rows}: ${parsed.error.message.split('\n')[0]}` };
          result = parsed.data;
        } catch (err) {
          raised = err;
        }
        break;
      }
      case 'result':
      case 'empty-result': {
        if (!ran) return { status: 'fail', reason: 'expectation before any query' };
        if (raised !== undefined) return { status: 'fail', reason: `expected rows, got an error: ${errorText(raised)}` };
        const got = result!;
        if (step.kind === 'empty-result') {
          if (got.rows.length !== 0) {
            return { status: 'fail', reason: `expected no rows, got ${got.rows.length}`, expected: '(empty)', got: renderTable(got.columns, got.rows.map((r) => r.map((v) => render(fromEngine(v))))) };
          }
          break;
        }
        const outcome = compareResult(step, got);
        if (outcome.status === 'fail') return outcome;
        break;
      }
      case 'error': {
        if (!ran) return { status: 'fail', reason: 'expectation before any query' };
        const want = ERROR_CODES[step.errorType] ?? step.errorType;
        const expected = `${step.errorType} (${want}) at ${step.phase}: ${step.detail}`;
        if (raised === undefined) {
          return { status: 'fail', reason: `expected ${step.errorType}, got ${result!.rows.length} rows`, expected, got: renderTable(result!.columns, result!.rows.map((r) => r.map((v) => render(fromEngine(v))))) };
        }
        if (!isCypherError(mod, raised)) return { status: 'fail', reason: `expected ${step.errorType}, engine threw a non-CypherError`, expected, got: errorText(raised) };
        if (raised.code !== want) return { status: 'fail', reason: `expected ${step.errorType}, got ${raised.code}`, expected, got: errorText(raised) };
        break;
      }
      case 'no-side-effects':
      case 'side-effects':
        if (ran && `${graph.order}/${graph.size}` !== sizeBefore) {
          return { status: 'fail', reason: `a read-only query changed the graph (nodes/edges ${sizeBefore} -> ${graph.order}/${graph.size})` };
        }
        break;
      case 'procedure':
      case 'unknown':
        return { status: 'fail', reason: `step not supported by the runner: ${JSON.stringify(step)}` };
    }
  }
  if (!ran) return { status: 'fail', reason: 'no query under test' };
  return { status: 'pass' };
}
