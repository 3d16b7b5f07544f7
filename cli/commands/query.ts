// `kg query "<cypher>" [--graph graph.json | --neo4j] [--file q.cypher] [--param name=value ...]
//  [--params '{json}'] [--format table|json|csv] [--timeout ms] [--max-rows N]`
// Read-only: writes are refused by both stores (Neo4j: EXPLAIN query type + READ
// transaction; embedded: the engine refuses write clauses).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadGraphFile } from '../../graph/export/index.js';
import { formatCsv, formatJson, formatTable } from '../../cypher/format.js';
import { parseSavedQuery, readSavedQuery } from '../../cypher/saved.js';
import { DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_MS, openEmbeddedStore, openNeo4jStore, type QueryStore } from '../../cypher/store.js';
import { neo4jConfig } from '../../graph/neo4j/config.js';

export const QUERY_HELP = `Usage: kg query "<cypher>" [options]
       kg query --file q.cypher [options]
       kg query --saved NAME [options]         (a query of cypher/queries/, e.g. most-cited-resolutions)
       kg query --list                          (list the saved queries)

Runs a read-only Cypher query on the embedded store (a graph file) or on Neo4j.

  --graph FILE       graph written by \`kg ingest --out\` (default: graph.json)
  --neo4j            query Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)
  --neo4j-uri URI    Neo4j address (overrides NEO4J_URI; implies --neo4j)
  --database NAME    Neo4j database (overrides NEO4J_DATABASE)
  --file FILE        read the query from a file
  --param name=value a parameter ($name); the value is read as JSON when it parses, else as text
  --params JSON      parameters as one JSON object
  --format F         table (default), json or csv
  --timeout MS       stop the query after MS milliseconds (default ${DEFAULT_TIMEOUT_MS})
  --max-rows N       keep at most N rows (default ${DEFAULT_MAX_ROWS})`;

const Options = z.object({
  format: z.enum(['table', 'json', 'csv']),
  timeout: z.coerce.number().int().positive(),
  maxRows: z.coerce.number().int().min(0),
});

const ParamName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'is not a parameter name');

/** `name=value` pairs and a JSON object, merged (pairs win). */
export function parseParams(pairs: string[], json?: string): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  if (json !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (err) {
      throw new Error(`--params is not valid JSON: ${(err as Error).message}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('--params must be a JSON object, e.g. \'{"symbol": "A/RES/70/125"}\'');
    Object.assign(params, parsed);
  }
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--param "${pair}": expected name=value`);
    const name = pair.slice(0, eq);
    const checked = ParamName.safeParse(name);
    if (!checked.success) throw new Error(`--param "${pair}": "${name}" is not a parameter name`);
    const raw = pair.slice(eq + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw; // plain text: A/RES/70/125, General Assembly
    }
    params[name] = value;
  }
  return params;
}

export async function queryCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      graph: { type: 'string' },
      neo4j: { type: 'boolean', default: false },
      'neo4j-uri': { type: 'string' },
      database: { type: 'string' },
      file: { type: 'string' },
      saved: { type: 'string' },
      list: { type: 'boolean', default: false },
      param: { type: 'string', multiple: true, default: [] },
      params: { type: 'string' },
      format: { type: 'string', default: 'table' },
      timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_MS) },
      'max-rows': { type: 'string', default: String(DEFAULT_MAX_ROWS) },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(QUERY_HELP);
    return 0;
  }
  if (values.list) {
    const { listSavedQueries } = await import('../../cypher/saved.js');
    for (const q of listSavedQueries()) console.log(`${q.name}${q.params.length ? ` (${q.params.map((p) => `$${p}`).join(' ')})` : ''}\n    ${q.title}: ${q.description}`);
    return 0;
  }
  const options = Options.safeParse({ format: values.format, timeout: values.timeout, maxRows: values['max-rows'] });
  if (!options.success) {
    const names: Record<string, string> = { format: '--format', timeout: '--timeout', maxRows: '--max-rows' };
    console.error(`kg query: ${options.error.issues.map((i) => `${names[String(i.path[0])]}: ${i.message}`).join('; ')}\n\n${QUERY_HELP}`);
    return 2;
  }
  const sources = [positionals.length > 0, values.file !== undefined, values.saved !== undefined].filter(Boolean).length;
  if (sources !== 1 || positionals.length > 1) {
    console.error(`kg query: give one query: as an argument, with --file or with --saved\n\n${QUERY_HELP}`);
    return 2;
  }
  const useNeo4j = values.neo4j || values['neo4j-uri'] !== undefined;
  if (useNeo4j && values.graph !== undefined) {
    console.error('kg query: give --graph or --neo4j, not both');
    return 2;
  }

  let query: string;
  if (values.file !== undefined) {
    let text: string;
    try {
      text = readFileSync(values.file, 'utf8');
    } catch (err) {
      throw new Error(`cannot read the query file ${values.file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
    }
    // A file with a saved-query header loses the header; any other file is the query as written.
    query = /^\s*\/\/\s*title:/m.test(text) ? parseSavedQuery(values.file, text).query : text;
  } else if (values.saved !== undefined) {
    query = readSavedQuery(values.saved).query;
  } else {
    query = positionals[0]!;
  }
  if (!query.trim()) throw new Error('the query is empty');
  const params = parseParams(values.param ?? [], values.params);

  let store: QueryStore;
  if (useNeo4j) {
    store = await openNeo4jStore(neo4jConfig({ uri: values['neo4j-uri'], database: values.database }));
  } else {
    store = await openEmbeddedStore(await loadGraphFile(values.graph ?? 'graph.json'));
  }
  try {
    const result = await store.run(query, params, { timeoutMs: options.data.timeout, maxRows: options.data.maxRows });
    const format = options.data.format;
    if (format === 'table') {
      console.log(formatTable(result));
    } else {
      process.stdout.write(format === 'json' ? `${formatJson(result)}\n` : formatCsv(result));
      if (result.truncated) console.error(`kg query: output truncated at ${options.data.maxRows} rows (raise --max-rows)`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
