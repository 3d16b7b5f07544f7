// graph/export/csv.ts: files in the header format of `neo4j-admin database import full`
// (bench:neo4j loads them with the real importer and compares the counts).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, exportNeo4jCsv } from '../../graph/export/csv.js';
import { knownGraph } from '../neo4j/fixtures.js';

describe('CSV export for neo4j-admin import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one node file per label and one relationship file per type, with importer headers and every row', async () => {
    const graph = knownGraph();
    const out = await exportNeo4jCsv(graph, dir);
    const files = readdirSync(dir).sort();
    expect(files).toContain('nodes_Resolution.csv');
    expect(files).toContain('rels_RECALLS.csv');
    expect(files).toContain('import-command.txt');
    expect(out.nodeFiles.reduce((n, f) => n + f.rows, 0)).toBe(graph.order);
    expect(out.relationshipFiles.reduce((n, f) => n + f.rows, 0)).toBe(graph.size);

    const date = readFileSync(join(dir, 'nodes_Date.csv'), 'utf8').trim().split('\n');
    expect(date[0]).toBe('key:ID,day:long,iso,month:long,name,year:long,:LABEL');
    expect(date[1]).toBe('Date:2003-12-10,10,2003-12-10,12,2003-12-10,2003,Date');
    const org = readFileSync(join(dir, 'nodes_Organization.csv'), 'utf8').trim().split('\n');
    expect(org[0]).toBe('key:ID,acronym,aliases:string[],name,:LABEL'); // `note: null` has no column
    expect(org[1]).toContain(`ITU${ARRAY_DELIMITER}the Union`);
    const par = readFileSync(join(dir, 'nodes_Paragraph.csv'), 'utf8').trim().split('\n');
    expect(par[1]).toContain('"Welcomes the work of the International Telecommunication Union,"'); // comma: quoted
    expect(par[1]).toContain('"{""nested"":true}"'); // object as JSON text, quotes doubled

    const recalls = readFileSync(join(dir, 'rels_RECALLS.csv'), 'utf8').trim().split('\n');
    expect(recalls[0]!.startsWith(':START_ID,:END_ID,:TYPE,key,')).toBe(true);
    expect(recalls).toHaveLength(1 + 3);
    expect(recalls[1]!.startsWith('Resolution:A/RES/2,Resolution:A/RES/1,RECALLS,RECALLS|Resolution:A/RES/2->Resolution:A/RES/1@')).toBe(true);
    expect(readFileSync(join(dir, 'import-command.txt'), 'utf8')).toMatch(/neo4j-admin database import full .*--nodes=nodes_Resolution\.csv.*--relationships=rels_RECALLS\.csv/);
  });
});
