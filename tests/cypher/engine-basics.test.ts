// The embedded engine end to end on small graphs built in the test: matching,
// filtering, projection, ordering, parameters, values as neo4j-driver gives them.
import { describe, expect, it } from 'vitest';
import { int, isInt, Node } from 'neo4j-driver-core';
import { createEngine, CypherError, type Engine } from '../../cypher/index.js';

function fixture(): Engine {
  const engine = createEngine({ writable: true });
  engine.run(`
    CREATE (a:Person {name: 'Alice', age: 30}), (b:Person {name: 'Bob', age: 25}),
           (c:Person {name: 'Carol'}), (p:City {name: 'Paris'}),
           (a)-[:KNOWS {since: 2010}]->(b), (b)-[:KNOWS]->(c),
           (a)-[:LIVES_IN]->(p), (b)-[:LIVES_IN]->(p)`);
  return engine;
}

/** Rows with Integers turned into JS numbers, for compact assertions. */
function plain(v: unknown): unknown {
  if (isInt(v)) return (v as ReturnType<typeof int>).toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object' && !(v instanceof Node)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

const rows = (engine: Engine, q: string, params?: Record<string, unknown>): unknown[][] => plain(engine.run(q, params).rows) as unknown[][];

describe('MATCH, WHERE, RETURN', () => {
  const g = fixture();

  it('matches labels and inline properties and names columns by their text', () => {
    const r = g.run(`MATCH (p:Person)-[:LIVES_IN]->(:City {name: 'Paris'}) RETURN p.name ORDER BY p.name`);
    expect(r.columns).toEqual(['p.name']);
    expect(r.rows).toEqual([['Alice'], ['Bob']]);
  });

  it('follows directions', () => {
    expect(rows(g, `MATCH (a)<-[:KNOWS]-(b) RETURN a.name, b.name ORDER BY a.name`)).toEqual([
      ['Bob', 'Alice'],
      ['Carol', 'Bob'],
    ]);
    expect(rows(g, `MATCH (a {name: 'Bob'})-[:KNOWS]-(b) RETURN b.name ORDER BY b.name`)).toEqual([['Alice'], ['Carol']]);
  });

  it('keeps relationships unique within one MATCH', () => {
    // a-b-a would reuse the same relationship, so no row comes back.
    expect(rows(g, `MATCH (a {name: 'Alice'})-[:KNOWS]-(b)-[:KNOWS]-(c) RETURN c.name`)).toEqual([['Carol']]);
  });

  it('applies three-valued logic: a null comparison filters the row out', () => {
    expect(rows(g, `MATCH (p:Person) WHERE p.age > 26 OR p.age IS NULL RETURN p.name ORDER BY p.name`)).toEqual([['Alice'], ['Carol']]);
    expect(rows(g, `MATCH (p:Person) WHERE NOT p.age > 26 RETURN p.name`)).toEqual([['Bob']]);
  });

  it('supports string predicates, IN and regular expressions', () => {
    expect(rows(g, `MATCH (p:Person) WHERE p.name STARTS WITH 'A' OR p.name ENDS WITH 'ol' RETURN p.name ORDER BY p.name`)).toEqual([['Alice'], ['Carol']]);
    expect(rows(g, `MATCH (p:Person) WHERE p.name IN ['Bob', 'Zed'] RETURN p.name`)).toEqual([['Bob']]);
    expect(rows(g, `MATCH (p:Person) WHERE p.name =~ '(?i)c.*' RETURN p.name`)).toEqual([['Carol']]);
  });

  it('returns Integer for integers and numbers for floats, Node objects for nodes', () => {
    const r = g.run(`MATCH (p:Person {name: 'Alice'}) RETURN p, p.age, p.age / 4.0`);
    const [node, age, quarter] = r.rows[0]!;
    expect(node).toBeInstanceOf(Node);
    expect((node as Node).labels).toEqual(['Person']);
    expect(isInt(age)).toBe(true);
    expect(quarter).toBe(7.5);
  });

  it('orders with nulls last, skips and limits', () => {
    expect(rows(g, `MATCH (p:Person) RETURN p.age ORDER BY p.age`)).toEqual([[25], [30], [null]]);
    expect(rows(g, `MATCH (p:Person) RETURN p.age ORDER BY p.age DESC SKIP 1 LIMIT 1`)).toEqual([[30]]);
  });

  it('takes parameters, with JS numbers as floats and int() as integers', () => {
    expect(rows(g, `MATCH (p:Person) WHERE p.name = $n RETURN p.age`, { n: 'Bob' })).toEqual([[25]]);
    expect(g.run(`RETURN $x AS x, $y AS y`, { x: 5, y: int(5) }).rows[0]![0]).toBe(5);
    expect(isInt(g.run(`RETURN $y AS y`, { y: int(5) }).rows[0]![0])).toBe(true);
    expect(rows(g, `MATCH (p:Person) RETURN p.name ORDER BY p.name LIMIT $n`, { n: int(1) })).toEqual([['Alice']]);
  });

  it('aggregates with grouping keys', () => {
    expect(rows(g, `MATCH (p:Person)-[:LIVES_IN]->(c) RETURN c.name, count(*) AS n, collect(p.name) AS who`)).toEqual([['Paris', 2, ['Alice', 'Bob']]]);
    expect(rows(g, `MATCH (p:Person) RETURN count(p.age), sum(p.age), avg(p.age), min(p.name), max(p.age)`)).toEqual([[2, 55, 27.5, 'Alice', 30]]);
    expect(rows(g, `MATCH (n:Nothing) RETURN count(*)`)).toEqual([[0]]);
  });

  it('matches variable-length relationships and binds named paths', () => {
    expect(rows(g, `MATCH p = (a {name: 'Alice'})-[:KNOWS*1..2]->(x) RETURN x.name, length(p) ORDER BY length(p)`)).toEqual([
      ['Bob', 1],
      ['Carol', 2],
    ]);
  });

  it('fills OPTIONAL MATCH misses with null', () => {
    expect(rows(g, `MATCH (p:Person) OPTIONAL MATCH (p)-[:LIVES_IN]->(c) RETURN p.name, c.name ORDER BY p.name`)).toEqual([
      ['Alice', 'Paris'],
      ['Bob', 'Paris'],
      ['Carol', null],
    ]);
  });
});

describe('read-only by default', () => {
  it('refuses write clauses before running, with AccessMode', () => {
    const g = fixture();
    const ro = createEngine({ graph: g.graph });
    for (const q of ['CREATE (n)', 'MATCH (n) SET n.x = 1', 'MATCH (n) DETACH DELETE n', 'MERGE (n:X)', "LOAD CSV FROM 'x' AS l RETURN l"]) {
      let error: unknown;
      try {
        ro.run(q);
      } catch (e) {
        error = e;
      }
      expect(error, q).toBeInstanceOf(CypherError);
      expect((error as CypherError).code).toBe('Neo.ClientError.Statement.AccessMode');
      expect((error as CypherError).message).toMatch(/read-only/);
    }
    expect(g.graph.order).toBe(4);
  });
});

describe('errors carry Neo4j codes and positions', () => {
  const g = createEngine();
  const codeOf = (q: string, params?: Record<string, unknown>): string | undefined => {
    try {
      g.run(q, params);
    } catch (e) {
      return (e as CypherError).code;
    }
    return undefined;
  };

  it('syntax errors say where and what was expected', () => {
    try {
      g.run('MATCH (n\nRETURN n');
      expect.unreachable();
    } catch (e) {
      const err = e as CypherError;
      expect(err.code).toBe('Neo.ClientError.Statement.SyntaxError');
      expect(err.position).toEqual({ offset: 9, line: 2, column: 1 });
      expect(err.message).toMatch(/expected/);
    }
  });

  it('distinguishes missing parameters, arithmetic and type errors', () => {
    expect(codeOf('RETURN $nope')).toBe('Neo.ClientError.Statement.ParameterMissing');
    expect(codeOf('RETURN 1 / 0')).toBe('Neo.ClientError.Statement.ArithmeticError');
    expect(codeOf('RETURN 9223372036854775807 + 1')).toBe('Neo.ClientError.Statement.ArithmeticError');
    expect(codeOf('RETURN $s * 2', { s: 'a' })).toBe('Neo.ClientError.Statement.TypeError');
    // Known at compile time: Neo4j reports it as a SyntaxError.
    expect(codeOf("RETURN 'a' * 2")).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(g.run('RETURN 1.0 / 0 AS x').rows[0]![0]).toBe(Infinity);
  });
});

describe('writable engines', () => {
  it('CREATE builds patterns with bound variables, several labels and properties', () => {
    const g = createEngine({ writable: true });
    g.run(`CREATE (a:A:B {x: 1, f: 1.0})`);
    g.run(`MATCH (a:A) CREATE (a)-[:R {w: 2}]->(:C {name: 'c'})`);
    expect(g.graph.order).toBe(2);
    expect(g.graph.size).toBe(1);
    const r = g.run(`MATCH (a:A:B)-[r:R]->(c:C) RETURN labels(a), a.f, r.w, c.name`);
    expect(plain(r.rows)).toEqual([[['A', 'B'], 1, 2, 'c']]);
    // 1.0 stays a float: a JS number, not an Integer.
    expect(isInt(r.rows[0]![1])).toBe(false);
  });
});

describe('timeouts', () => {
  it('stops a long query with TransactionTimedOut', () => {
    const g = createEngine({ writable: true });
    g.run('UNWIND range(1, 300) AS i CREATE (:N {i: i})');
    let error: unknown;
    try {
      // 27 million combinations: far more than 50 ms of work.
      g.run('MATCH (a:N), (b:N), (c:N) RETURN count(*)', {}, { timeoutMs: 50 });
    } catch (e) {
      error = e;
    }
    expect((error as CypherError).code).toBe('Neo.ClientError.Transaction.TransactionTimedOut');
  });
});
