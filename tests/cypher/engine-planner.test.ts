// The matcher's shortcuts must not change answers: a hop that visits only the
// relationships of one type (from the pattern or a WHERE `type(r) = ...`) or only
// those to nodes of the arrival's label gives the rows the unfiltered hop gives,
// read-only (references carrying attributes) or writable (key lookups), and after
// the graph changes. The oracle for each query is the same query with the filter
// moved past a WITH, where no shortcut applies.
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../cypher/index.js';
import { syntheticGraph } from './synthetic-graph.js';
import { rowsOf } from './engine-helpers.js';

const sorted = (rows: unknown[][]): string[] => rows.map((r) => JSON.stringify(r)).sort();

/** Rows of `match` + `where` + `ret`, and of the same with the WHERE applied after a WITH (no shortcut). */
function bothWays(engine: Engine, match: string, where: string, ret: string, vars: string, params?: Record<string, unknown>): [string[], string[]] {
  const pushed = rowsOf(engine, `${match} WHERE ${where} RETURN ${ret}`, params);
  const after = rowsOf(engine, `${match} WITH ${vars} WHERE ${where} RETURN ${ret}`, params);
  return [sorted(pushed), sorted(after)];
}

describe('relationship subsets by type and by arrival label', () => {
  const graph = syntheticGraph();
  const readOnly = createEngine({ graph });

  it('WHERE type(r) = $t gives the rows of the unfiltered hop, for every type, a missing type and null', () => {
    const types = rowsOf(readOnly, 'MATCH ()-[r]->() RETURN DISTINCT type(r)').map((r) => r[0] as string);
    expect(types.length).toBeGreaterThan(2);
    for (const t of [...types, 'NO_SUCH_TYPE', null]) {
      const [pushed, after] = bothWays(readOnly, 'MATCH (a:Resolution)-[r]->(x)', 'type(r) = $t', 'a.key, type(r), x.key', 'a, r, x', { t });
      expect(pushed).toEqual(after);
      if (t === null) expect(pushed).toEqual([]);
    }
  });

  it('an OR of types, or a type test mixed with other conditions, answers alike', () => {
    const [a1, b1] = bothWays(readOnly, 'MATCH (a:Resolution)-[r]->(x)', "type(r) = 'RECALLS' OR type(r) = 'MENTIONS'", 'a.key, type(r), x.key', 'a, r, x');
    expect(a1).toEqual(b1);
    const [a2, b2] = bothWays(readOnly, 'MATCH (a:Resolution)-[r]->(x)', "type(r) = 'RECALLS' AND x.key IS NOT NULL AND a <> x", 'a.key, x.key', 'a, r, x');
    expect(a2).toEqual(b2);
    expect(a2.length).toBeGreaterThan(0);
  });

  it('a labelled arrival, a typed pattern and an incoming hop match what a WHERE label test matches', () => {
    const [a1, b1] = bothWays(readOnly, 'MATCH (a:Resolution)-[r]->(x)', 'x:Resolution', 'a.key, type(r), x.key', 'a, r, x');
    expect(sorted(rowsOf(readOnly, 'MATCH (a:Resolution)-[r]->(x:Resolution) RETURN a.key, type(r), x.key'))).toEqual(b1);
    expect(a1).toEqual(b1);
    const inbound = sorted(rowsOf(readOnly, 'MATCH (x:Resolution)<-[r:RECALLS]-(a) RETURN a.key, x.key'));
    const inboundAfter = sorted(rowsOf(readOnly, "MATCH (x:Resolution)<-[r]-(a) WITH a, r, x WHERE type(r) = 'RECALLS' RETURN a.key, x.key"));
    expect(inbound).toEqual(inboundAfter);
    expect(inbound.length).toBeGreaterThan(0);
  });

  it('several types in the pattern match what a WHERE type(r) IN [...] matches', () => {
    const pattern = sorted(rowsOf(readOnly, 'MATCH (a)-[r:RECALLS|MENTIONS|PART_OF]->(x) RETURN a.key, type(r), x.key'));
    const after = sorted(rowsOf(readOnly, "MATCH (a)-[r]->(x) WITH a, r, x WHERE type(r) IN ['RECALLS', 'MENTIONS', 'PART_OF'] RETURN a.key, type(r), x.key"));
    expect(pattern).toEqual(after);
    expect(pattern.length).toBeGreaterThan(0);
  });

  it('sees relationships and labels written after an earlier query filled the subsets', () => {
    const engine = createEngine({ writable: true });
    engine.run("CREATE (:A {name: 'a'})-[:T]->(:B {name: 'b'}), (:A {name: 'a2'})-[:U]->(:B {name: 'c'})");
    const typed = (): unknown[][] => rowsOf(engine, "MATCH (a:A)-[r]->(b) WHERE type(r) = 'T' RETURN a.name, b.name ORDER BY a.name, b.name");
    const labelled = (): unknown[][] => rowsOf(engine, 'MATCH (a:A)-[r]->(b:B) RETURN a.name, b.name ORDER BY a.name, b.name');
    expect(typed()).toEqual([['a', 'b']]);
    expect(labelled()).toEqual([['a', 'b'], ['a2', 'c']]);
    engine.run("MATCH (a:A {name: 'a2'}), (b:B {name: 'c'}) CREATE (a)-[:T]->(b)");
    engine.run("MATCH (b:B {name: 'b'}) REMOVE b:B SET b:C");
    expect(typed()).toEqual([['a', 'b'], ['a2', 'c']]);
    expect(labelled()).toEqual([['a2', 'c'], ['a2', 'c']]);
    engine.run("MATCH (:A {name: 'a2'})-[r:U]->() DELETE r");
    expect(labelled()).toEqual([['a2', 'c']]);
  });
});

describe('rows as slot arrays and precomputed sort keys', () => {
  const engine = createEngine({ writable: true });
  engine.run("CREATE (:P {name: 'x', n: 2}), (:P {name: 'y', n: 1.5}), (:P {name: 'z'}), (:P {name: 'w', n: 9007199254740993})");

  it('a WITH that shadows a variable, nested comprehensions and OPTIONAL MATCH nulls', () => {
    expect(rowsOf(engine, "MATCH (p:P {name: 'x'}) WITH p.name AS p RETURN p")).toEqual([['x']]);
    expect(rowsOf(engine, 'WITH [1, 2] AS x RETURN [x IN x | [y IN range(1, x) | x * y]] AS r')).toEqual([[[[1], [2, 4]]]]);
    expect(rowsOf(engine, "MATCH (p:P {name: 'z'}) OPTIONAL MATCH (p)-[r]->(q) RETURN p.name, r, q")).toEqual([['z', null, null]]);
  });

  it('ORDER BY over mixed integers, floats, big integers and nulls keeps Cypher order', () => {
    expect(rowsOf(engine, 'MATCH (p:P) RETURN p.name ORDER BY p.n')).toEqual([['y'], ['x'], ['w'], ['z']]);
    expect(rowsOf(engine, 'MATCH (p:P) RETURN p.name ORDER BY p.n DESC, p.name')).toEqual([['z'], ['w'], ['x'], ['y']]);
    expect(rowsOf(engine, "UNWIND [3, 'a', 2.5, null, 9007199254740993, 9007199254740992] AS v RETURN v ORDER BY v")).toEqual([
      ['a'],
      [2.5],
      [3],
      [9007199254740992],
      [9007199254740992],
      [null],
    ]);
  });
});

describe('grouping by the keys of one node variable', () => {
  const engine = createEngine({ graph: syntheticGraph() });

  it('gives the groups that evaluating the keys on every row gives, also when two nodes share key values', () => {
    // The oracle groups after a WITH that hides the node (keys as plain values), where no shortcut applies.
    const byNode = sorted(rowsOf(engine, 'MATCH (c:Resolution)-[r]->(x:Resolution) RETURN x.body AS body, size(x.key) > 0 AS k, count(DISTINCT c) AS n, count(*) AS m'));
    const byValue = sorted(rowsOf(engine, 'MATCH (c:Resolution)-[r]->(x:Resolution) WITH x.body AS body, size(x.key) > 0 AS k, c RETURN body, k, count(DISTINCT c) AS n, count(*) AS m'));
    expect(byNode).toEqual(byValue);
    expect(byNode.length).toBeGreaterThan(0);
  });

  it('does not take the shortcut for keys that read other variables through a pattern', () => {
    const rows = sorted(rowsOf(engine, 'MATCH (a:Resolution)-[r]->(x) RETURN a.key AS k, COUNT { (x)--() } AS out, count(*) AS n'));
    const oracle = sorted(rowsOf(engine, 'MATCH (a:Resolution)-[r]->(x) WITH a.key AS k, COUNT { (x)--() } AS out RETURN k, out, count(*) AS n'));
    expect(rows).toEqual(oracle);
  });
});
