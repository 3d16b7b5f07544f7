// The parser: AST shapes for the constructs the executor relies on, and syntax
// errors that say where and what was expected.
import { describe, expect, it } from 'vitest';
import { CypherError, parse } from '../../cypher/index.js';
import { parseExpression } from '../../cypher/engine/parser.js';

function syntaxErrorOf(query: string): CypherError {
  try {
    parse(query);
  } catch (e) {
    return e as CypherError;
  }
  throw new Error(`expected a syntax error for: ${query}`);
}

describe('parser', () => {
  it('parses a MATCH ... WHERE ... RETURN into typed clauses', () => {
    const q = parse(`MATCH (a:Resolution {symbol: $s})<-[r:RECALLS|REAFFIRMS*1..3]-(b) WHERE b.year >= 2000 RETURN b.symbol AS s, count(*) ORDER BY s DESC SKIP 1 LIMIT 5`);
    expect(q.parts).toHaveLength(1);
    const [match, ret] = q.parts[0]!.clauses;
    expect(match!.type).toBe('match');
    if (match!.type !== 'match') return;
    const part = match.pattern[0]!;
    expect(part.nodes.map((n) => [n.variable, n.labels])).toEqual([
      ['a', ['Resolution']],
      ['b', []],
    ]);
    expect(part.nodes[0]!.properties?.type).toBe('map');
    expect(part.rels[0]).toMatchObject({ variable: 'r', types: ['RECALLS', 'REAFFIRMS'], direction: 'in', range: { min: 1, max: 3 } });
    expect(match.where?.type).toBe('comparison');
    expect(ret!.type).toBe('return');
    if (ret!.type !== 'return') return;
    expect(ret.projection.items.map((i) => i.name)).toEqual(['s', 'count(*)']);
    expect(ret.projection.orderBy[0]!.descending).toBe(true);
    expect(ret.projection.skip).toMatchObject({ type: 'literal', value: 1n });
    expect(ret.projection.limit).toMatchObject({ type: 'literal', value: 5n });
  });

  it('reads relationship directions and variable-length ranges', () => {
    const rel = (text: string) => {
      const c = parse(`MATCH (a)${text}(b) RETURN a`).parts[0]!.clauses[0]!;
      return c.type === 'match' ? c.pattern[0]!.rels[0]! : undefined;
    };
    expect(rel('-->')?.direction).toBe('out');
    expect(rel('<--')?.direction).toBe('in');
    expect(rel('--')?.direction).toBe('both');
    expect(rel('-[*]->')?.range).toEqual({ min: 1 });
    expect(rel('-[*2]->')?.range).toEqual({ min: 2, max: 2 });
    expect(rel('-[*..4]->')?.range).toEqual({ min: 1, max: 4 });
    expect(rel('-[*0..]->')?.range).toEqual({ min: 0 });
  });

  it('keeps operator precedence: AND binds tighter than OR, * than +, unary minus before ^', () => {
    expect(parseExpression('a OR b AND c')).toMatchObject({ type: 'binary', op: 'OR', right: { type: 'binary', op: 'AND' } });
    expect(parseExpression('1 + 2 * 3')).toMatchObject({ type: 'binary', op: '+', right: { type: 'binary', op: '*' } });
    expect(parseExpression('1 < 2 < 3')).toMatchObject({ type: 'comparison', ops: ['<', '<'] });
    expect(parseExpression('-9223372036854775808')).toMatchObject({ type: 'literal', value: -9223372036854775808n });
  });

  it('tells list comprehensions, pattern comprehensions and patterns apart', () => {
    expect(parseExpression('[x IN xs WHERE x > 1 | x * 2]').type).toBe('listComprehension');
    expect(parseExpression('[(a)-->(b) WHERE b.x = 1 | b.name]').type).toBe('patternComprehension');
    expect(parseExpression('(a)-[:R]->()').type).toBe('patternPredicate');
    expect(parseExpression('(1 + 2) * 3')).toMatchObject({ type: 'binary', op: '*' });
    expect(parseExpression('all(x IN xs WHERE x > 0)')).toMatchObject({ type: 'quantifier', kind: 'all' });
    expect(parseExpression('reduce(acc = 0, x IN xs | acc + x)').type).toBe('reduce');
    expect(parseExpression('n {.name, .*, k: 1, other}').type).toBe('mapProjection');
  });

  it('decodes string escapes, hex and octal integers and floats', () => {
    expect(parseExpression(`'a\\tb\\u00e9\\''`)).toMatchObject({ value: "a\tbé'" });
    expect(parseExpression('0x1F')).toMatchObject({ value: 31n });
    expect(parseExpression('0o17')).toMatchObject({ value: 15n });
    expect(parseExpression('1.5e3')).toMatchObject({ value: 1500 });
    expect(parseExpression('.5')).toMatchObject({ value: 0.5 });
  });

  it('reports the position and the expected input of a syntax error', () => {
    const e = syntaxErrorOf('MATCH (n:Person\nWHERE n.x = 1 RETURN n');
    expect(e.code).toBe('Neo.ClientError.Statement.SyntaxError');
    expect(e.position).toEqual({ offset: 16, line: 2, column: 1 });
    expect(e.message).toContain("Invalid input 'WHERE'");
    expect(e.message).toContain('expected');
    expect(syntaxErrorOf('RETURN 1 +').message).toMatch(/end of input: expected an expression/);
    expect(syntaxErrorOf("RETURN 'open").message).toMatch(/Unterminated string/);
    expect(syntaxErrorOf('RETURN 9223372036854775808').message).toMatch(/integer is too large/);
    expect(syntaxErrorOf('FROM x SELECT y').message).toMatch(/expected MATCH/);
  });
});
