// Clauses over small graphs: WITH, UNWIND, UNION, OPTIONAL MATCH, paths,
// aggregation and ordering, and how the engine reads a graphology graph.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { Integer, int as neoInt, isInt, Path, Relationship } from 'neo4j-driver-core';
import { createEngine, type Engine } from '../../cypher/index.js';
import { errorOf, rowsOf, valueOf } from './engine-helpers.js';

/** a -> b -> c -> d, a -> c, plus a self-loop on d. */
function chain(): Engine {
  const g = createEngine({ writable: true });
  g.run(`CREATE (a:N {name: 'a', n: 1}), (b:N {name: 'b', n: 2}), (c:N {name: 'c', n: 3}), (d:N:End {name: 'd', n: 4}),
                (a)-[:NEXT]->(b), (b)-[:NEXT]->(c), (c)-[:NEXT]->(d), (a)-[:SKIP]->(c), (d)-[:LOOP]->(d)`);
  return g;
}

describe('WITH, UNWIND, UNION', () => {
  const g = chain();

  it('WITH projects, filters and aggregates between clauses', () => {
    expect(rowsOf(g, `MATCH (n:N) WITH n.n AS x WHERE x > 2 RETURN x ORDER BY x`)).toEqual([[3], [4]]);
    expect(rowsOf(g, `MATCH (n:N)-->(m) WITH n, count(m) AS out WHERE out > 1 RETURN n.name, out`)).toEqual([['a', 2]]);
    expect(rowsOf(g, `MATCH (n:N) WITH n ORDER BY n.n DESC LIMIT 2 RETURN collect(n.name) AS names`)).toEqual([[['d', 'c']]]);
    expect(rowsOf(g, `UNWIND [1, 1, 2] AS x WITH DISTINCT x RETURN x ORDER BY x`)).toEqual([[1], [2]]);
  });

  it('UNWIND expands lists, skips null and keeps scalars', () => {
    expect(rowsOf(g, `UNWIND [[1, 2], [3]] AS l UNWIND l AS x RETURN x`)).toEqual([[1], [2], [3]]);
    expect(rowsOf(g, `UNWIND null AS x RETURN x`)).toEqual([]);
  });

  it('UNION removes duplicates and UNION ALL keeps them; columns must agree', () => {
    expect(rowsOf(g, `RETURN 1 AS x UNION RETURN 1 AS x UNION RETURN 2 AS x`)).toEqual([[1], [2]]);
    expect(rowsOf(g, `RETURN 1 AS x UNION ALL RETURN 1 AS x`)).toEqual([[1], [1]]);
    expect(errorOf(g, `RETURN 1 AS x UNION RETURN 1 AS y`).code).toBe('Neo.ClientError.Statement.SyntaxError');
  });

  it('stops producing rows at LIMIT and at maxRows; LIMIT 0 runs no read clause before it', () => {
    // 10^11 rows would not finish: each query must stop after its first rows.
    expect(rowsOf(g, `UNWIND range(1, 100000000000) AS x WITH x LIMIT 2 MATCH (n:N {n: x}) RETURN n.name`)).toEqual([['a'], ['b']]);
    expect(g.run(`UNWIND range(1, 100000000000) AS x MATCH (n:N) RETURN x, n`, {}, { maxRows: 3 }).rows).toHaveLength(3);
    expect(g.run(`MATCH (a), (b), (c) RETURN a, b, c UNION ALL MATCH (a) RETURN a, a AS b, a AS c`, {}, { maxRows: 2 }).rows).toHaveLength(2);
    // As when rows were pulled: nothing before a LIMIT 0 is evaluated (1/0 would fail).
    expect(rowsOf(g, `UNWIND [1, 0] AS y WITH 1 / y AS x LIMIT 0 RETURN x`)).toEqual([]);
    expect(errorOf(g, `UNWIND [1, 0] AS y WITH 1 / y AS x LIMIT 2 RETURN x`).code).toBe('Neo.ClientError.Statement.ArithmeticError');
  });

  it('RETURN * lists the variables in scope', () => {
    const r = g.run(`MATCH (a {name: 'a'})-[r:SKIP]->(c) RETURN *`);
    expect(r.columns).toEqual(['a', 'c', 'r']);
  });
});

describe('paths', () => {
  const g = chain();

  it('variable-length patterns respect bounds and relationship uniqueness', () => {
    expect(rowsOf(g, `MATCH ({name: 'a'})-[:NEXT*]->(x) RETURN x.name ORDER BY x.name`)).toEqual([['b'], ['c'], ['d']]);
    expect(rowsOf(g, `MATCH ({name: 'a'})-[*2]->(x) RETURN x.name ORDER BY x.name`)).toEqual([['c'], ['d']]);
    expect(rowsOf(g, `MATCH ({name: 'a'})-[*0..1]->(x) RETURN x.name ORDER BY x.name`)).toEqual([['a'], ['b'], ['c']]);
    // The self-loop is walked once at most.
    expect(rowsOf(g, `MATCH ({name: 'd'})-[:LOOP*]->(x) RETURN count(*)`)).toEqual([[1]]);
    expect(rowsOf(g, `MATCH (x {name: 'b'})<-[rs:NEXT*1..2]-(y) RETURN y.name, size(rs)`)).toEqual([['a', 1]]);
  });

  it('binds named paths as neo4j Path objects with nodes and relationships in pattern order', () => {
    const r = g.run(`MATCH p = ({name: 'c'})<-[:NEXT*2]-(start) RETURN p, nodes(p) AS ns, length(p) AS len`);
    const [path, ns, len] = r.rows[0]!;
    expect(path).toBeInstanceOf(Path);
    expect(((path as Path).start.properties as Record<string, unknown>)['name']).toBe('c');
    expect((path as Path).segments.map((s) => (s.end.properties as Record<string, unknown>)['name'])).toEqual(['b', 'a']);
    expect((ns as { properties: Record<string, unknown> }[]).map((n) => n.properties['name'])).toEqual(['c', 'b', 'a']);
    expect((len as Integer).toNumber()).toBe(2);
  });

  it('finds shortest paths', () => {
    expect(rowsOf(g, `MATCH (a {name: 'a'}), (d {name: 'd'}) MATCH p = shortestPath((a)-[*]->(d)) RETURN length(p)`)).toEqual([[2]]);
    expect(rowsOf(g, `MATCH (a {name: 'a'}), (c {name: 'c'}) MATCH p = allShortestPaths((a)-[*]->(c)) RETURN length(p)`)).toEqual([[1]]);
    expect(rowsOf(g, `MATCH (a {name: 'a'}), (c {name: 'c'}) MATCH p = allShortestPaths((a)-[:NEXT*]->(c)) RETURN p`)).toEqual([[['a', 'b', 'c']]]);
  });

  it('pattern predicates, pattern comprehensions and EXISTS/COUNT subqueries', () => {
    expect(rowsOf(g, `MATCH (n:N) WHERE NOT (n)-->() RETURN n.name`)).toEqual([]);
    expect(rowsOf(g, `MATCH (n:N) WHERE (n)-[:SKIP]->() RETURN n.name`)).toEqual([['a']]);
    expect(valueOf(g, `MATCH (n {name: 'a'}) RETURN [(n)-->(m) | m.name] AS v`)).toEqual(expect.arrayContaining(['b', 'c']));
    expect(valueOf(g, `MATCH (n {name: 'a'}) RETURN COUNT { (n)-->() } AS v`)).toBe(2);
    expect(rowsOf(g, `MATCH (n:N) WHERE EXISTS { (n)-[:NEXT]->(m) WHERE m.n > 3 } RETURN n.name`)).toEqual([['c']]);
  });

  it('returns Relationship objects with start and end element ids', () => {
    const r = g.run(`MATCH (a {name: 'a'})-[r:SKIP]->(c) RETURN r, elementId(a) AS ea, elementId(c) AS ec`);
    const [rel, ea, ec] = r.rows[0]!;
    expect(rel).toBeInstanceOf(Relationship);
    expect((rel as Relationship).type).toBe('SKIP');
    expect((rel as Relationship).startNodeElementId).toBe(ea);
    expect((rel as Relationship).endNodeElementId).toBe(ec);
  });
});

describe('ORDER BY over strings, integers, floats and nulls', () => {
  const g = createEngine();
  // Cypher's order for these: numbers by value, strings by UTF-16 code units, null last ascending.
  const cmp = (a: string | number | null, b: string | number | null): number =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0;
  const value = fc.oneof(fc.constant(null), fc.string({ maxLength: 3 }));
  const number = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 5 }), fc.constantFrom(0.5, -0, 2.25));

  it('sorts like a stable sort by Cypher order, ascending and descending, over several keys', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(value, number), { maxLength: 40 }), fc.boolean(), fc.boolean(), (rows, descA, descB) => {
        const params = { rows: rows.map(([a, b], i) => ({ a, b: b === null || Number.isInteger(b) ? (b === null ? null : neoInt(b)) : b, i: neoInt(i) })) };
        const q = `UNWIND $rows AS r RETURN r.a AS a, r.b AS b, r.i AS i ORDER BY a ${descA ? 'DESC' : ''}, b ${descB ? 'DESC' : ''}`;
        const got = rowsOf(g, q, params).map((r) => r[2]);
        const expected = rows
          .map(([a, b], i) => ({ a, b, i }))
          .sort((x, y) => (descA ? -1 : 1) * cmp(x.a, y.a) || (descB ? -1 : 1) * cmp(x.b, y.b))
          .map((r) => r.i);
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('ORDER BY ... SKIP ... LIMIT gives the same rows as sorting everything (a small LIMIT selects without a full sort)', () => {
    fc.assert(
      // Enough rows for SKIP + LIMIT to be under an eighth of them (the selecting path).
      fc.property(fc.array(fc.tuple(value, number), { minLength: 60, maxLength: 120 }), fc.boolean(), fc.nat(2), fc.integer({ min: 0, max: 5 }), (rows, desc, skip, limit) => {
        const params = { rows: rows.map(([a, b], i) => ({ a, b: b === null || Number.isInteger(b) ? (b === null ? null : neoInt(b)) : b, i: neoInt(i) })) };
        const base = `UNWIND $rows AS r WITH r.a AS a, r.b AS b, r.i AS i, r AS m RETURN i ORDER BY b ${desc ? 'DESC' : ''}, a, m`;
        const all = rowsOf(g, base, params).map((r) => r[0]);
        expect(rowsOf(g, `${base} SKIP ${skip} LIMIT ${limit}`, params).map((r) => r[0])).toEqual(all.slice(skip, skip + limit));
      }),
      { numRuns: 150 },
    );
  });
});

describe('aggregation and ordering', () => {
  const g = createEngine();

  it('aggregates with DISTINCT, nulls skipped, grouping keys as written', () => {
    expect(rowsOf(g, `UNWIND [1, 2, 2, null] AS x RETURN count(x), count(DISTINCT x), count(*), sum(x), collect(DISTINCT x)`)).toEqual([[3, 2, 4, 5, [1, 2]]]);
    expect(rowsOf(g, `UNWIND [1, 2, 3, 4] AS x RETURN x % 2 AS k, sum(x) AS s ORDER BY k`)).toEqual([
      [0, 6],
      [1, 4],
    ]);
    expect(rowsOf(g, `UNWIND [] AS x RETURN sum(x), avg(x), min(x), collect(x)`)).toEqual([[0, null, null, []]]);
    expect(rowsOf(g, `UNWIND [] AS x RETURN x, count(*)`)).toEqual([]);
  });

  it('computes percentiles and standard deviations', () => {
    expect(rowsOf(g, `UNWIND [10, 20, 30, 40] AS x RETURN percentileDisc(x, 0.5), percentileCont(x, 0.5), stDev(x) > 12.9, stDevP(x) > 11.1`)).toEqual([[20, 25, true, true]]);
  });

  it('sorts across types in Cypher order, nulls last ascending and first descending', () => {
    const asc = rowsOf(g, `UNWIND [1, 'a', null, true, [1], 2.5, {k: 1}] AS x RETURN x ORDER BY x`).map((r) => r[0]);
    expect(asc).toEqual([{ k: 1 }, [1], 'a', true, 1, 2.5, null]);
    const desc = rowsOf(g, `UNWIND [1, null, 3] AS x RETURN x ORDER BY x DESC`).map((r) => r[0]);
    expect(desc).toEqual([null, 3, 1]);
  });

  it('names columns by the expression text as written', () => {
    expect(g.run(`UNWIND [1] AS x RETURN x, x + 1, count(*), toString( x )`).columns).toEqual(['x', 'x + 1', 'count(*)', 'toString( x )']);
  });
});

describe('reading a graphology graph', () => {
  function ingested(): Engine {
    const graph = new MultiDirectedGraph({ allowSelfLoops: true });
    graph.addNode('Resolution:A/RES/70/125', { kind: 'Resolution', name: 'A/RES/70/125', symbol: 'A/RES/70/125', session: 70, year: 2015, score: 0.5 });
    graph.addNode('Resolution:A/RES/60/252', { kind: 'Resolution', name: 'A/RES/60/252', symbol: 'A/RES/60/252', session: 60 });
    graph.addNode('Organization:ITU', { kind: 'Organization', name: 'International Telecommunication Union', aliases: ['ITU'] });
    graph.addNode('Multi:x', { labels: ['A', 'B'], name: 'x' });
    graph.addDirectedEdgeWithKey('e1', 'Resolution:A/RES/70/125', 'Resolution:A/RES/60/252', { type: 'RECALLS', paragraph: 'PP3' });
    graph.addDirectedEdgeWithKey('e2', 'Resolution:A/RES/70/125', 'Organization:ITU', { type: 'WELCOMES', paragraph: 'OP16' });
    return createEngine({ graph });
  }

  it('reads labels from kind (or labels), types from type, the rest as properties, with the node key as `key`', () => {
    const g = ingested();
    expect(rowsOf(g, `MATCH (r:Resolution)-[e:RECALLS]->(c:Resolution {symbol: $s}) RETURN r.key, e.paragraph, c.session`, { s: 'A/RES/60/252' })).toEqual([
      ['Resolution:A/RES/70/125', 'PP3', 60],
    ]);
    expect(rowsOf(g, `MATCH (n:A:B) RETURN labels(n), n.name`)).toEqual([[['A', 'B'], 'x']]);
    expect(valueOf(g, `MATCH (n:Resolution {session: 70}) RETURN keys(n) AS v`)).toEqual(['key', 'name', 'symbol', 'session', 'year', 'score']);
    expect(valueOf(g, `MATCH (o:Organization) RETURN o.aliases AS v`)).toEqual(['ITU']);
    // Whole numbers in the graph are Integers, the rest Floats.
    const [session, score] = g.run(`MATCH (n {year: 2015}) RETURN n.session, n.score`).rows[0]!;
    expect(isInt(session)).toBe(true);
    expect(score).toBe(0.5);
  });

  it('reads values as the Neo4j writer stores them, so both stores answer alike', () => {
    const graph = new MultiDirectedGraph({ allowSelfLoops: true });
    graph.addNode('X:1', { kind: 'X', mixed: [1, 2.5], ints: [1, 2], empty: [], obj: { a: 1 }, tags: ['a', 3], inf: Infinity, gone: null });
    graph.addNode('X:2', { kind: 'X' });
    graph.addDirectedEdgeWithKey('X:1->X:2', 'X:1', 'X:2', { type: 'R', w: 2 });
    const g = createEngine({ graph });
    const [mixed, ints, empty, obj, tags, inf] = g.run(`MATCH (n:X {key: 'X:1'}) RETURN n.mixed, n.ints, n.empty, n.obj, n.tags, n.inf`).rows[0]!;
    expect(mixed).toEqual([1, 2.5]);
    expect((mixed as unknown[]).some(isInt)).toBe(false);
    expect((ints as unknown[]).every(isInt)).toBe(true);
    expect([empty, inf]).toEqual([null, null]);
    expect(obj).toBe('{"a":1}');
    expect(tags).toEqual(['a', '3']);
    expect(valueOf(g, `MATCH (n:X {key: 'X:1'}) RETURN keys(n) AS v`)).toEqual(['key', 'mixed', 'ints', 'obj', 'tags']);
    expect(rowsOf(g, `MATCH ()-[r:R]->() RETURN r.key, r.w`)).toEqual([['X:1->X:2', 2]]);
  });

  it('matches label disjunctions (n:A|B)', () => {
    const g = ingested();
    expect(rowsOf(g, `MATCH (n:Organization|A) RETURN n.name ORDER BY n.name`)).toEqual([['International Telecommunication Union'], ['x']]);
    expect(rowsOf(g, `MATCH (:Resolution {session: 70})-->(x:Organization|:Resolution) RETURN x.name ORDER BY x.name`)).toEqual([
      ['A/RES/60/252'],
      ['International Telecommunication Union'],
    ]);
  });

  it('gives each node and relationship a stable numeric id and its key as elementId', () => {
    const g = ingested();
    const first = rowsOf(g, `MATCH (n) RETURN id(n), elementId(n) ORDER BY id(n)`);
    expect(first.map((r) => r[0])).toEqual([0, 1, 2, 3]);
    expect(first[0]![1]).toBe('Resolution:A/RES/70/125');
    expect(rowsOf(g, `MATCH (n) RETURN id(n), elementId(n) ORDER BY id(n)`)).toEqual(first);
  });

  it('sees graph changes made outside the engine (indexes are rebuilt)', () => {
    const g = ingested();
    expect(rowsOf(g, `MATCH (r:Resolution {session: 71}) RETURN r.name`)).toEqual([]);
    g.graph.addNode('Resolution:A/RES/71/1', { kind: 'Resolution', name: 'A/RES/71/1', session: 71 });
    g.graph.addDirectedEdgeWithKey('e3', 'Resolution:A/RES/71/1', 'Resolution:A/RES/70/125', { type: 'RECALLS' });
    expect(rowsOf(g, `MATCH (r:Resolution {session: 71})-[:RECALLS]->(x) RETURN r.name, x.session`)).toEqual([['A/RES/71/1', 70]]);
    g.graph.setNodeAttribute('Resolution:A/RES/71/1', 'session', 72);
    expect(rowsOf(g, `MATCH (r:Resolution) WHERE r.session = 72 RETURN r.name`)).toEqual([['A/RES/71/1']]);
  });
});

describe('writable engines beyond CREATE', () => {
  it('MERGE matches or creates, SET and REMOVE change properties and labels, DELETE removes', () => {
    const g = createEngine({ writable: true });
    g.run(`MERGE (a:P {name: 'a'}) ON CREATE SET a.created = true`);
    g.run(`MERGE (a:P {name: 'a'}) ON MATCH SET a.seen = 2`);
    expect(rowsOf(g, `MATCH (a:P) RETURN a.name, a.created, a.seen`)).toEqual([['a', true, 2]]);
    g.run(`MATCH (a:P) SET a:Q, a += {x: 1} REMOVE a.created`);
    expect(rowsOf(g, `MATCH (a:P:Q) RETURN a.x, a.created`)).toEqual([[1, null]]);
    g.run(`MATCH (a:P) CREATE (a)-[:R]->(:T)`);
    expect(errorOf(g, `MATCH (a:P) DELETE a`).code).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');
    g.run(`MATCH (a:P) DETACH DELETE a`);
    expect(rowsOf(g, `MATCH (n) RETURN labels(n)`)).toEqual([[['T']]]);
    expect(g.graph.size).toBe(0);
  });

  it('FOREACH runs its updates per element', () => {
    const g = createEngine({ writable: true });
    g.run(`FOREACH (i IN range(1, 3) | CREATE (:I {i: i}))`);
    expect(valueOf(g, `MATCH (n:I) RETURN sum(n.i) AS v`)).toBe(6);
  });
});
