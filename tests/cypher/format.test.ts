// Driver values to JSON, and results as table, JSON and RFC 4180 CSV; the
// saved-query headers. No server needed: values are built as the driver builds them.
import neo4j, { Date as CypherDate, DateTime, Duration, Node, Path, PathSegment, Point, Relationship } from 'neo4j-driver';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, formatJson, formatTable, toPlain } from '../../cypher/format.js';
import { listSavedQueries, parseSavedQuery } from '../../cypher/saved.js';
import { parseParams } from '../../cli/commands/query.js';

const a = new Node(neo4j.int(1), ['Resolution'], { key: 'Resolution:A/RES/70/125', number: neo4j.int(70) }, '4:x:1');
const b = new Node(neo4j.int(2), ['Organization'], { key: 'Organization:ITU' }, '4:x:2');
const r = new Relationship(neo4j.int(3), neo4j.int(1), neo4j.int(2), 'WELCOMES', { paragraph: 'OP3', spanStart: neo4j.int(4) }, '5:x:3', '4:x:1', '4:x:2');

/** A minimal RFC 4180 reader, to check that what formatCsv writes reads back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('toPlain', () => {
  it('turns integers into numbers when safe and into strings when not', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain(neo4j.int(-5))).toBe(-5);
    expect(toPlain(1.5)).toBe(1.5);
    expect(toPlain([neo4j.int(1), null, 'x', true])).toEqual([1, null, 'x', true]);
    expect(toPlain({ count: neo4j.int(3) })).toEqual({ count: 3 });
  });

  it('turns nodes, relationships and paths into objects with element ids', () => {
    expect(toPlain(a)).toEqual({ elementId: '4:x:1', labels: ['Resolution'], properties: { key: 'Resolution:A/RES/70/125', number: 70 } });
    expect(toPlain(r)).toEqual({ elementId: '5:x:3', type: 'WELCOMES', startNodeElementId: '4:x:1', endNodeElementId: '4:x:2', properties: { paragraph: 'OP3', spanStart: 4 } });
    const path = new Path(a, b, [new PathSegment(a, r, b)]);
    const plain = toPlain(path) as { nodes: { elementId: string }[]; relationships: { type: string }[] };
    expect(plain.nodes.map((n) => n.elementId)).toEqual(['4:x:1', '4:x:2']);
    expect(plain.relationships.map((x) => x.type)).toEqual(['WELCOMES']);
  });

  it('prints temporal values as ISO 8601 and points as coordinates', () => {
    expect(toPlain(new CypherDate(2015, 12, 16))).toBe('2015-12-16');
    expect(toPlain(new DateTime(2024, 9, 22, 10, 30, 0, 0, 0))).toBe('2024-09-22T10:30:00Z');
    expect(toPlain(new Duration(1, 3, 3600, 0))).toBe('P1M3DT1H');
    expect(toPlain(new Point(neo4j.int(4326), 6.14, 46.2))).toEqual({ srid: 4326, x: 6.14, y: 46.2 });
  });

  it('keeps a map key named "__proto__" as a key (fast-check found it dropped)', () => {
    const v = JSON.parse('{"": {"__proto__": ""}}') as unknown;
    expect(JSON.stringify(toPlain(v))).toBe('{"":{"__proto__":""}}');
  });

  it('always yields JSON-serialisable values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(JSON.parse(JSON.stringify(toPlain(v)))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });
});

describe('result formats', () => {
  const result = { columns: ['symbol', 'n', 'node'], rows: [['A/RES/70/125', neo4j.int(3), a], ['say "hi", then\nleave', null, b]], truncated: false };

  it('CSV follows RFC 4180: CRLF, quoted commas, quotes and line breaks, and reads back', () => {
    const csv = formatCsv(result);
    expect(csv.startsWith('symbol,n,node\r\nA/RES/70/125,3,')).toBe(true);
    expect(csv).toContain('"say ""hi"", then\nleave",,');
    expect(csv.endsWith('\r\n')).toBe(true);
    const back = readCsv(csv);
    expect(back.map((row) => row.slice(0, 2))).toEqual([['symbol', 'n'], ['A/RES/70/125', '3'], ['say "hi", then\nleave', '']]);
  });

  it('CSV round-trips any text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const back = readCsv(formatCsv({ columns: ['a', 'b'], rows }));
        expect(back).toEqual([['a', 'b'], ...rows]);
      }),
    );
  });

  it('JSON carries columns, plain rows and the truncated flag', () => {
    const parsed = JSON.parse(formatJson({ ...result, truncated: true })) as { columns: string[]; rows: unknown[][]; truncated: boolean };
    expect(parsed.columns).toEqual(result.columns);
    expect(parsed.rows[0]).toEqual(['A/RES/70/125', 3, toPlain(a)]);
    expect(parsed.truncated).toBe(true);
  });

  it('the table aligns columns, shows nodes with their label and counts rows', () => {
    const table = formatTable(result).split('\n');
    const widths = new Set(table.slice(0, -1).map((l) => l.length));
    expect(widths.size).toBe(1);
    expect(table[1]).toMatch(/^\| symbol +\| n +\| node +\|$/);
    expect(table.join('\n')).toContain('(:Resolution {"key":"Resolution:A/RES/70/125","number":70})');
    expect(table.at(-1)).toBe('2 rows');
    expect(formatTable({ ...result, truncated: true }).split('\n').at(-1)).toMatch(/truncated/);
  });
});

describe('saved queries', () => {
  it('every file in cypher/queries has a title, a description, its parameters declared, and a query', () => {
    const saved = listSavedQueries();
    expect(saved.length).toBeGreaterThanOrEqual(6);
    for (const q of saved) {
      expect(q.title.length, q.name).toBeGreaterThan(5);
      expect(q.description.length, q.name).toBeGreaterThan(20);
      expect(q.query).not.toMatch(/^\s*\/\//);
      const used = [...new Set(q.query.match(/\$[A-Za-z_]\w*/g)?.map((p) => p.slice(1)) ?? [])].sort();
      expect(used, `${q.name}: parameters used vs declared`).toEqual([...q.params].sort());
    }
  });

  it('parses the header and names the file when it is incomplete', () => {
    const q = parseSavedQuery('x/recall.cypher', '// title: T\n// description: D\n// params: $symbol $year\nMATCH (n) RETURN n\n// trailing comment\n');
    expect(q).toMatchObject({ name: 'recall', title: 'T', description: 'D', params: ['symbol', 'year'], query: 'MATCH (n) RETURN n\n// trailing comment' });
    expect(() => parseSavedQuery('x/bad.cypher', 'MATCH (n) RETURN n')).toThrow(/x\/bad\.cypher.*title/);
  });

  it('reads --param values as JSON when they parse and as text otherwise', () => {
    expect(parseParams(['symbol=A/RES/70/125', 'n=10', 'flag=true', 'list=[1,2]', 'eq=a=b'], '{"body": "General Assembly", "n": 3}')).toEqual({
      symbol: 'A/RES/70/125',
      n: 10,
      flag: true,
      list: [1, 2],
      eq: 'a=b',
      body: 'General Assembly',
    });
    expect(() => parseParams(['novalue'])).toThrow(/expected name=value/);
    expect(() => parseParams([], '[1]')).toThrow(/JSON object/);
    expect(() => parseParams([], '{bad')).toThrow(/not valid JSON/);
  });
});
