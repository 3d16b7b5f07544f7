// Query results as JSON-ready values and as text: driver values (Integer, Node,
// Relationship, Path, temporal and spatial types) become plain JSON; a result
// prints as an aligned table, JSON or RFC 4180 CSV. Used by `kg query` and the
// web API, for both stores (both return neo4j-driver values).
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPathSegment,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
  type Integer,
} from 'neo4j-driver';

export interface ResultTable {
  columns: string[];
  rows: unknown[][];
  truncated?: boolean;
}

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

function integer(value: Integer): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

function plainObject(obj: Record<string, unknown>): { [key: string]: Plain } {
  // fromEntries defines own properties: a map key "__proto__" (a Cypher map or a property
  // name can be any string) stays a key instead of setting the object's prototype.
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, toPlain(v)]));
}

/** A driver value (or a tree of them) as JSON. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return integer(value as Integer);
  if (Array.isArray(value)) return value.map(toPlain);
  if (isNode(value)) return { elementId: value.elementId, labels: [...value.labels], properties: plainObject(value.properties) };
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startNodeElementId: value.startNodeElementId,
      endNodeElementId: value.endNodeElementId,
      properties: plainObject(value.properties),
    };
  }
  if (isUnboundRelationship(value)) return { elementId: value.elementId, type: value.type, properties: plainObject(value.properties) };
  if (isPath(value)) {
    const nodes = [value.start, ...value.segments.map((s) => s.end)];
    return { nodes: nodes.map(toPlain), relationships: value.segments.map((s) => toPlain(s.relationship)) };
  }
  if (isPathSegment(value)) return { start: toPlain(value.start), relationship: toPlain(value.relationship), end: toPlain(value.end) };
  // Temporal types print as ISO 8601 (their toString), durations as ISO durations.
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value)) return String(value);
  if (isPoint(value)) {
    const p = value as { srid: unknown; x: number; y: number; z?: number };
    const out: { [key: string]: Plain } = { srid: toPlain(p.srid), x: p.x, y: p.y };
    if (p.z !== undefined) out.z = p.z;
    return out;
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return plainObject(value as Record<string, unknown>);
  return String(value);
}

/** Rows with every value turned plain. */
export function plainRows(result: ResultTable): Plain[][] {
  return result.rows.map((row) => row.map(toPlain));
}

/** A value as one line of text: strings bare, the rest as compact JSON; nodes as (:Label {props}). */
export function cellText(value: unknown): string {
  if (isNode(value)) return `(${value.labels.map((l) => `:${l}`).join('')} ${JSON.stringify(plainObject(value.properties))})`;
  if (isRelationship(value)) return `[:${value.type} ${JSON.stringify(plainObject(value.properties))}]`;
  const plain = toPlain(value);
  if (plain === null) return 'null';
  if (typeof plain === 'string') return plain;
  return JSON.stringify(plain);
}

const MAX_CELL = 80;

/** An aligned text table with a row count line (and a note when rows were cut off). */
export function formatTable(result: ResultTable): string {
  const header = result.columns;
  const body = result.rows.map((row) =>
    row.map((v) => {
      const text = cellText(v).replace(/\s+/g, ' ');
      return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
    }),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const out = [rule, line(header), rule, ...body.map(line), rule];
  const n = result.rows.length;
  out.push(`${n} row${n === 1 ? '' : 's'}${result.truncated ? ' (truncated at the row cap; raise --max-rows to see more)' : ''}`);
  return out.join('\n');
}

/** `{columns, rows, truncated}` with plain values, pretty-printed. */
export function formatJson(result: ResultTable): string {
  return JSON.stringify({ columns: result.columns, rows: plainRows(result), truncated: result.truncated ?? false }, null, 2);
}

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: header line, CRLF line ends, fields with comma, quote or line break quoted, quotes doubled. */
export function formatCsv(result: ResultTable): string {
  const lines = [result.columns.map(csvField).join(','), ...result.rows.map((row) => row.map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
