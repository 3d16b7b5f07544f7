// Saved queries: the .cypher files in cypher/queries/, each opened by a header
//   // title: ...
//   // description: ...
//   // params: $symbol $body      (may be empty)
// followed by the query. They stay inside the Cypher subset both stores run.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const SAVED_QUERIES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'queries');

export const SavedQuery = z.object({
  /** file name without .cypher, e.g. "resolutions-recalling" */
  name: z.string().min(1),
  title: z.string().min(1),
  description: z.string(),
  /** parameter names without "$" */
  params: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/)),
  /** the query without its header */
  query: z.string().min(1),
  file: z.string(),
});
export type SavedQuery = z.infer<typeof SavedQuery>;

/** Parses one saved query file's text. Throws naming the file when the header is incomplete. */
export function parseSavedQuery(file: string, text: string): SavedQuery {
  const header: Record<string, string> = {};
  const body: string[] = [];
  let inHeader = true;
  for (const line of text.split(/\r?\n/)) {
    const m = inHeader ? /^\s*\/\/\s*(\w+):\s?(.*)$/.exec(line) : null;
    if (m) {
      header[m[1]!.toLowerCase()] = m[2]!.trim();
      continue;
    }
    if (inHeader && /^\s*(\/\/.*)?$/.test(line)) continue;
    inHeader = false;
    body.push(line);
  }
  const params = (header.params ?? '').match(/\$[A-Za-z_][A-Za-z0-9_]*/g)?.map((p) => p.slice(1)) ?? [];
  const parsed = SavedQuery.safeParse({
    name: basename(file, '.cypher'),
    title: header.title,
    description: header.description ?? '',
    params,
    query: body.join('\n').trim(),
    file,
  });
  if (!parsed.success) {
    throw new Error(`${file}: not a valid saved query (${parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')}); it needs a "// title:" line and a query`);
  }
  return parsed.data;
}

/** All saved queries, sorted by name. */
export function listSavedQueries(dir = SAVED_QUERIES_DIR): SavedQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseSavedQuery(join(dir, f), readFileSync(join(dir, f), 'utf8')));
}

/** A saved query by name ("resolutions-recalling") or a .cypher file path. */
export function readSavedQuery(nameOrPath: string, dir = SAVED_QUERIES_DIR): SavedQuery {
  const path = nameOrPath.endsWith('.cypher') ? resolve(nameOrPath) : join(dir, `${nameOrPath}.cypher`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the query file ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  return parseSavedQuery(path, text);
}
