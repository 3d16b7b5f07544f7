// CSV files in the header format of `neo4j-admin database import full`:
//   nodes_<Label>.csv  key:ID,<prop>[:type],...,:LABEL
//   rels_<TYPE>.csv    :START_ID,:END_ID,:TYPE,key,<prop>[:type],...
// Node keys are globally unique (`Kind:...`), so one ID space serves all files,
// and `key:ID` also stores the key as the `key` property, as the online writer
// does. Property values follow the writer's rules: nulls and empty lists
// dropped, integers as long, other numbers as double, objects as JSON text.
// Lists use ARRAY_DELIMITER; import-command.txt in the folder says how to load it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Attributes } from 'graphology-types';
import type { KnowledgeGraph } from '../build.js';
import { NodeKind, RelationType } from '../model.js';

export const ARRAY_DELIMITER = '|';

type Cell = string | number | boolean | (string | number | boolean)[];
type ColumnType = 'long' | 'double' | 'boolean' | 'string' | 'long[]' | 'double[]' | 'boolean[]' | 'string[]';

function cellValue(value: unknown): Cell | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== null && v !== undefined);
    if (!items.length) return undefined;
    if (items.every((v) => typeof v === 'number' || typeof v === 'boolean')) return items as (number | boolean)[];
    return items.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  }
  return JSON.stringify(value);
}

function scalarType(v: string | number | boolean): 'long' | 'double' | 'boolean' | 'string' {
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  return typeof v === 'boolean' ? 'boolean' : 'string';
}

/** The one type that holds every value of a column (mixed columns become text). */
function columnType(values: Cell[]): ColumnType {
  const kinds = new Set<string>();
  let array = false;
  for (const v of values) {
    if (Array.isArray(v)) {
      array = true;
      for (const item of v) kinds.add(scalarType(item));
    } else kinds.add(scalarType(v));
  }
  let base: 'long' | 'double' | 'boolean' | 'string' = 'string';
  if (kinds.size === 1) base = [...kinds][0] as typeof base;
  else if (kinds.size === 2 && kinds.has('long') && kinds.has('double')) base = 'double';
  if (array && values.some((v) => !Array.isArray(v))) return 'string[]';
  return array ? (`${base}[]` as ColumnType) : base;
}

function field(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

function render(value: Cell | undefined, type: ColumnType): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return field(value.map((v) => String(v).replaceAll(ARRAY_DELIMITER, '/')).join(ARRAY_DELIMITER));
  if (type === 'string[]') return field(String(value).replaceAll(ARRAY_DELIMITER, '/'));
  return field(String(value));
}

interface Table {
  header: string[];
  lines: string[];
}

function table(rows: { fixed: string[]; props: Record<string, Cell> }[], fixedHeader: string[], tail: string[] = [], tailValues?: (i: number) => string[]): Table {
  const columns = new Map<string, Cell[]>();
  for (const row of rows) for (const [k, v] of Object.entries(row.props)) (columns.get(k) ?? columns.set(k, []).get(k)!).push(v);
  const names = [...columns.keys()].sort();
  const types = names.map((n) => columnType(columns.get(n)!));
  const header = [...fixedHeader, ...names.map((n, i) => (types[i] === 'string' ? n : `${n}:${types[i]}`)), ...tail];
  const lines = rows.map((row, r) => [...row.fixed.map(field), ...names.map((n, i) => render(row.props[n], types[i]!)), ...(tailValues?.(r) ?? [])].join(','));
  return { header, lines };
}

function props(attrs: Attributes, skip: string): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (k === skip || k === 'key') continue;
    const cell = cellValue(v);
    if (cell !== undefined) out[k] = cell;
  }
  return out;
}

export interface CsvExport {
  dir: string;
  nodeFiles: { label: string; file: string; rows: number }[];
  relationshipFiles: { type: string; file: string; rows: number }[];
  /** arguments for `neo4j-admin database import full <database>` (files relative to `dir`) */
  importArgs: string[];
}

/** Writes the CSV files and import-command.txt into `dir` (created if needed). */
export async function exportNeo4jCsv(graph: KnowledgeGraph, dir: string): Promise<CsvExport> {
  await mkdir(dir, { recursive: true });
  const nodesByLabel = new Map<string, { fixed: string[]; props: Record<string, Cell> }[]>();
  graph.forEachNode((key, attrs) => {
    const kind = NodeKind.safeParse(attrs.kind);
    if (!kind.success) throw new Error(`node "${key}" has kind ${JSON.stringify(attrs.kind)}, not a label of graph/model.ts`);
    (nodesByLabel.get(kind.data) ?? nodesByLabel.set(kind.data, []).get(kind.data)!).push({ fixed: [key], props: props(attrs, 'kind') });
  });
  const relsByType = new Map<string, { fixed: string[]; props: Record<string, Cell> }[]>();
  graph.forEachEdge((key, attrs, source, target) => {
    const type = RelationType.safeParse(attrs.type);
    if (!type.success) throw new Error(`edge "${key}" has type ${JSON.stringify(attrs.type)}, not a relation type of graph/model.ts`);
    (relsByType.get(type.data) ?? relsByType.set(type.data, []).get(type.data)!).push({ fixed: [source, target, type.data, key], props: props(attrs, 'type') });
  });

  const result: CsvExport = { dir, nodeFiles: [], relationshipFiles: [], importArgs: [] };
  for (const [label, rows] of [...nodesByLabel].sort(([a], [b]) => a.localeCompare(b))) {
    const t = table(rows, ['key:ID'], [':LABEL'], () => [label]);
    const file = `nodes_${label}.csv`;
    await writeFile(join(dir, file), `${[t.header.join(','), ...t.lines].join('\n')}\n`);
    result.nodeFiles.push({ label, file, rows: rows.length });
  }
  for (const [type, rows] of [...relsByType].sort(([a], [b]) => a.localeCompare(b))) {
    const t = table(rows, [':START_ID', ':END_ID', ':TYPE', 'key']);
    const file = `rels_${type}.csv`;
    await writeFile(join(dir, file), `${[t.header.join(','), ...t.lines].join('\n')}\n`);
    result.relationshipFiles.push({ type, file, rows: rows.length });
  }
  result.importArgs = [
    ...result.nodeFiles.map((f) => `--nodes=${f.file}`),
    ...result.relationshipFiles.map((f) => `--relationships=${f.file}`),
    `--array-delimiter=${ARRAY_DELIMITER}`,
    '--multiline-fields=true',
  ];
  await writeFile(
    join(dir, 'import-command.txt'),
    `# Load these files into an empty, stopped Neo4j (run from this folder):\nneo4j-admin database import full ${result.importArgs.join(' ')} --overwrite-destination neo4j\n`,
  );
  return result;
}
