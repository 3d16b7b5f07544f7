// Which TCK scenarios count towards the goals: read-only queries outside
// temporal types, CALL and existential subqueries. Writes may appear in the
// set-up (`having executed`), never in the query under test.
import type { TckScenario, TckStep } from './gherkin.js';

export type Scope = 'in-scope' | 'temporal' | 'call' | 'existential-subquery' | 'write' | 'no-query';
export type Expectation = 'result' | 'error';

export interface Classified {
  scope: Scope;
  expects: Expectation;
  /** the query under test (the first `When executing query`) */
  query?: string;
}

/** Query text with string literals, backquoted names and comments blanked out, so keywords are found only as keywords. */
export function codeOnly(query: string): string {
  return query
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:``|[^`])*`/g, "''");
}

// A keyword preceded by `.`, `:` or `$` is a property, label or parameter name.
const WRITE_CLAUSE = /(?<![.:$\w])(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|FOREACH)(?!\w)/i;
const TEMPORAL_FUNCTION = /(?<![.:$\w])(date|datetime|localdatetime|localtime|time|duration)\s*(\.\s*\w+\s*)?\(/i;
const CALL_CLAUSE = /(?<![.:$\w])CALL(?!\w)/i;
const EXISTS_SUBQUERY = /(?<![.:$\w])(EXISTS|COUNT|COLLECT)\s*\{/i;

export function isWriteQuery(query: string): boolean {
  return WRITE_CLAUSE.test(codeOnly(query));
}

export function classify(s: TckScenario): Classified {
  const queryStep = s.steps.find((x): x is Extract<TckStep, { kind: 'query' }> => x.kind === 'query' && !x.control);
  const expects: Expectation = s.steps.some((x) => x.kind === 'error') ? 'error' : 'result';
  if (!queryStep) return { scope: 'no-query', expects };
  const query = queryStep.query;
  const code = codeOnly(query);
  const top = s.category.split('/')[1] ?? '';
  let scope: Scope = 'in-scope';
  const setups = s.steps.flatMap((x) => (x.kind === 'setup' ? [codeOnly(x.query)] : []));
  if (top === 'temporal' || [code, ...setups].some((q) => TEMPORAL_FUNCTION.test(q))) scope = 'temporal';
  else if (top === 'call' || CALL_CLAUSE.test(code) || s.steps.some((x) => x.kind === 'procedure')) scope = 'call';
  else if (top === 'existentialSubqueries' || EXISTS_SUBQUERY.test(code)) scope = 'existential-subquery';
  else if (
    WRITE_CLAUSE.test(code) ||
    s.steps.some((x) => x.kind === 'query' && x.control) ||
    s.steps.some((x) => x.kind === 'side-effects' && Object.values(x.effects).some((n) => n !== 0))
  ) {
    scope = 'write';
  }
  return { scope, expects, query };
}
