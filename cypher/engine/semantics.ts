// Checks made before running, so that errors Neo4j reports at compile time
// are reported here even when no row would reach the faulty expression.
import type { Query } from './ast.js';
import { syntaxError } from './errors.js';

export function validate(query: Query, source: string): void {
  for (const part of query.parts) {
    const clauses = part.clauses;
    clauses.forEach((c, i) => {
      const last = i === clauses.length - 1;
      if (c.type === 'return' && !last) throw syntaxError(source, clauses[i + 1]!.span.start, 'RETURN can only be used at the end of the query');
      if (last && (c.type === 'match' || c.type === 'with' || c.type === 'unwind')) {
        const name = c.type === 'match' ? (c.optional ? 'OPTIONAL MATCH' : 'MATCH') : c.type.toUpperCase();
        throw syntaxError(source, c.span.start, `Query cannot conclude with ${name} (must be a RETURN clause, an update clause, a unit subquery call, or a procedure call with no YIELD)`);
      }
      if (c.type === 'with') {
        for (const item of c.projection.items) {
          if (item.alias === undefined && item.expr.type !== 'variable') {
            throw syntaxError(source, item.expr.span.start, 'Expression in WITH must be aliased (use AS)');
          }
        }
      }
    });
  }
}
