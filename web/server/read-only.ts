// A second line of defence for the read-only console: the stores refuse writes
// themselves (read transactions, a read-only engine), but a write clause is
// named here before it reaches them so the user gets one clear message.
const WRITE_CLAUSES = [
  'CREATE',
  'MERGE',
  'DELETE',
  'DETACH',
  'SET',
  'REMOVE',
  'DROP',
  'FOREACH',
  'LOAD CSV',
  'IN TRANSACTIONS',
  'ALTER',
  'GRANT',
  'DENY',
  'REVOKE',
  'START DATABASE',
  'STOP DATABASE',
] as const;

/** The query with string literals, quoted names and comments blanked out. */
export function stripLiteralsAndComments(query: string): string {
  return query
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, "''");
}

/** The first write clause the query contains, or undefined for a read query. */
export function findWriteClause(query: string): string | undefined {
  const code = stripLiteralsAndComments(query).toUpperCase();
  for (const clause of WRITE_CLAUSES) {
    const pattern = new RegExp(`(^|[^A-Z0-9_.$])${clause.replace(' ', '\\s+')}(?![A-Z0-9_])`);
    // The look-behind excludes property and procedure names (`n.set`, `apoc.create`).
    if (pattern.test(code)) return clause;
  }
  return undefined;
}
