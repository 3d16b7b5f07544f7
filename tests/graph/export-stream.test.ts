// writeGraphJson streams graph.json item by item; what it writes must be exactly toJson's
// (JSON.stringify(graph.export())), and a failed write must leave no file behind.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphBuilder, createKnowledgeGraph } from '../../graph/build.js';
import { toJson, writeGraphJson } from '../../graph/export/index.js';
import { citingResolution } from './fixtures.js';

const dir = await mkdtemp(join(tmpdir(), 'kg-json-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('writeGraphJson', () => {
  it('writes byte for byte what toJson returns: a built graph with curly quotes and non-Latin names', async () => {
    const b = new GraphBuilder();
    const ex = citingResolution();
    ex.resolution.title = 'Lillestrøm “Building our multi-stakeholder digital future” — 数字';
    b.addResolution(ex);
    const g = b.finalize();
    const path = join(dir, 'built.json');
    await writeGraphJson(g, path);
    expect(await readFile(path, 'utf8')).toBe(toJson(g));
  });

  it('leaves out empty attributes as graphology does, and writes an empty graph', async () => {
    const g = createKnowledgeGraph();
    const empty = join(dir, 'empty.json');
    await writeGraphJson(g, empty);
    expect(await readFile(empty, 'utf8')).toBe(toJson(g));
    g.addNode('a');
    g.addNode('b', { kind: 'Place', name: 'b' });
    g.addDirectedEdgeWithKey('e1', 'a', 'b');
    g.addDirectedEdgeWithKey('e2', 'b', 'a', { type: 'HOSTS' });
    const small = join(dir, 'small.json');
    await writeGraphJson(g, small);
    expect(await readFile(small, 'utf8')).toBe(toJson(g));
  });

  it('spans many write chunks (a graph of several MB) and still matches', async () => {
    const g = createKnowledgeGraph();
    const text = 'x'.repeat(5000);
    for (let i = 0; i < 1500; i++) g.addNode(`Paragraph:${i}`, { kind: 'Paragraph', name: `p${i}`, text });
    for (let i = 1; i < 1500; i++) g.addDirectedEdgeWithKey(`PART_OF|${i}`, `Paragraph:${i}`, `Paragraph:${i - 1}`, { type: 'PART_OF', phrase: text.slice(0, 100) });
    const path = join(dir, 'big.json');
    await writeGraphJson(g, path);
    expect(await readFile(path, 'utf8')).toBe(toJson(g));
  });

  it('rejects with the file system error when the folder is missing', async () => {
    const g = createKnowledgeGraph();
    g.addNode('a', { kind: 'Place', name: 'a' });
    await expect(writeGraphJson(g, join(dir, 'missing', 'g.json'))).rejects.toThrow(/ENOENT/);
  });

  it('removes its temporary file when the last step fails (the target is a folder that is not empty)', async () => {
    const g = createKnowledgeGraph();
    g.addNode('a', { kind: 'Place', name: 'a' });
    const sub = join(dir, 'sub');
    await mkdir(join(sub, 'taken.json'), { recursive: true });
    await writeFile(join(sub, 'taken.json', 'x'), 'x');
    await expect(writeGraphJson(g, join(sub, 'taken.json'))).rejects.toThrow();
    expect((await readdir(sub)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
