// GraphBuilder.counts(): the numbers and key order of ingest/batch.ts countGraph, from tallies kept
// as the graph is built, merged and finalized; finalize's node lists against its walk.
import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph, GraphBuilder } from '../../graph/build.js';
import { countGraph } from '../../ingest/batch.js';
import { citedResolutionText, citingResolution } from './fixtures.js';

/** A builder with a misread citation (dropped by finalize), an undated event merged into its dated one and a yearless council resolution. */
function busyBuilder(b = new GraphBuilder()): GraphBuilder {
  const ex = citingResolution({ date: '2010-01-01' });
  const pp = ex.paragraphs[0]!;
  const text = pp.paragraph.text;
  for (const symbol of ['S/RES/1373', 'S/RES/1373(2001)']) {
    pp.mentions.push({ kind: 'Resolution', key: `Resolution:${symbol}`, name: symbol, attrs: { symbol }, phrase: text.slice(0, 9), start: 0, end: 9 });
  }
  const ev = (key: string, date?: string) => ({ kind: 'Event' as const, key, name: 'twenty-eighth session of the Commission', attrs: date ? { startDate: date } : {}, phrase: text.slice(0, 9), start: 0, end: 9 });
  pp.mentions.push(ev('Event:twenty-eighth session of the Commission @ 2025-04-07', '2025-04-07'));
  ex.paragraphs[1]!.mentions.push(ev('Event:twenty-eighth session of the Commission'));
  b.addResolution(ex);
  b.addResolution(citedResolutionText('2015-12-16'));
  return b;
}

describe('GraphBuilder.counts', () => {
  it('gives what countGraph gives, key order included, after finalize dropped, merged and added nodes and edges', () => {
    const b = busyBuilder();
    const sizeBefore = b.graph.size;
    const g = b.finalize();
    expect(g.size).not.toBe(sizeBefore);
    expect(JSON.stringify(b.counts())).toBe(JSON.stringify(countGraph(g)));
    expect(b.counts().nodesByKind.Event).toBe(1);
  });

  it('counts from its tallies what countGraph counts, several nodes of a kind and edges of a type, before anything is dropped', () => {
    const b = new GraphBuilder();
    b.addResolution(citingResolution());
    b.addResolution(citingResolution({ symbol: 'A/RES/79/1', date: '2024-09-22', file: 'c.txt' }));
    const counts = b.counts();
    expect(counts.nodesByKind.Paragraph).toBe(4);
    expect(counts.edgesByType.MENTIONS).toBe(4);
    expect(JSON.stringify(counts)).toBe(JSON.stringify(countGraph(b.graph)));
  });

  it('follows a kind changed by a merge and a node merged into another before finalize', () => {
    const b = busyBuilder();
    b.mergeNode('Organization:International Telecommunication Union', { kind: 'Initiative' }, 'x.txt', true);
    b.mergeNodeInto('Resolution:A/RES/70/125', 'Resolution:A/RES/78/132');
    expect(JSON.stringify(b.counts())).toBe(JSON.stringify(countGraph(b.graph)));
    const g = b.finalize();
    expect(JSON.stringify(b.counts())).toBe(JSON.stringify(countGraph(g)));
  });

  it('counts the whole graph when it was given with nodes or changed outside the builder', () => {
    const given = createKnowledgeGraph();
    given.addNode('Place:Geneva', { kind: 'Place', name: 'Geneva', ingested: true }); // (ingested: finalize keeps it without edges)
    const b = busyBuilder(new GraphBuilder(given));
    const g = b.finalize();
    expect(b.counts().nodesByKind.Place).toBe(1);
    expect(JSON.stringify(b.counts())).toBe(JSON.stringify(countGraph(g)));
    const c = busyBuilder();
    c.graph.addNode('Place:Nairobi', { kind: 'Place', name: 'Nairobi' });
    c.graph.addEdge('Place:Nairobi', 'Resolution:A/RES/78/132', { type: 'HOSTS' });
    expect(c.counts().nodesByKind.Place).toBe(1);
    expect(JSON.stringify(c.counts())).toBe(JSON.stringify(countGraph(c.graph)));
  });
});

describe('GraphBuilder.finalize node lists', () => {
  it('leaves the graph the walk of every node leaves', () => {
    const build = (walk: boolean) => {
      const b = busyBuilder();
      // (white box: no lists makes finalize walk the nodes, as it does for a graph it was given with nodes)
      if (walk) (b as unknown as { nodeLists: unknown }).nodeLists = undefined;
      return JSON.stringify(b.finalize().export());
    };
    expect(build(false)).toBe(build(true));
  });
});
