import { describe, expect, it } from 'vitest';
import gexf from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { MultiDirectedGraph } from 'graphology';
import { GraphBuilder } from '../../graph/build.js';
import { parseGraphJson, toGexf, toGraphml, toJson } from '../../graph/export/index.js';
import { citingResolution } from './fixtures.js';

function sampleGraph() {
  const b = new GraphBuilder();
  const ex = citingResolution();
  // A hostile name must survive XML escaping.
  ex.resolution.title = 'Tom & Jerry <script>alert("x")</script>';
  b.addResolution(ex);
  return b.finalize();
}

describe('exports', () => {
  it('JSON round-trips through parseGraphJson', () => {
    const g = sampleGraph();
    const back = parseGraphJson(toJson(g));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttributes('Resolution:A/RES/78/132')).toEqual(g.getNodeAttributes('Resolution:A/RES/78/132'));
  });

  it('rejects a file that is not a graph with a message naming it', () => {
    expect(() => parseGraphJson('{"nodes": 3}', 'bad.json')).toThrow(/bad\.json: not a knowledge-graph export/);
    expect(() => parseGraphJson('not json', 'x.json')).toThrow(/x\.json: not valid JSON/);
  });

  it('GEXF is read back by graphology-gexf with the same nodes, edges and types', () => {
    const g = sampleGraph();
    const back = gexf.parse(MultiDirectedGraph, toGexf(g));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttribute('Resolution:A/RES/78/132', 'title')).toBe('Tom & Jerry <script>alert("x")</script>');
    const types = new Set(back.mapEdges((_e, a) => a.type));
    expect(types).toEqual(new Set(g.mapEdges((_e, a) => a.type)));
  });

  it('GraphML is read back by graphology-graphml with the same nodes, edges and attributes', () => {
    const g = sampleGraph();
    const back = parseGraphml(MultiDirectedGraph, toGraphml(g));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttribute('Resolution:A/RES/78/132', 'title')).toBe('Tom & Jerry <script>alert("x")</script>');
    expect(back.getNodeAttribute('Paragraph:A/RES/78/132#PP1', 'paragraphId')).toBe('PP1');
  });
});
