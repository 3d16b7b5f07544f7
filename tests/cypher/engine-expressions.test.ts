// Expressions: null semantics, operators, lists and maps, CASE, functions,
// and the integer/float distinction Cypher makes.
import { describe, expect, it } from 'vitest';
import { isInt } from 'neo4j-driver-core';
import { createEngine } from '../../cypher/index.js';
import { errorOf, rowsOf, valueOf } from './engine-helpers.js';

const g = createEngine();
const v = (expr: string, params?: Record<string, unknown>): unknown => valueOf(g, `RETURN ${expr} AS v`, params);

describe('null and three-valued logic', () => {
  it('propagates null through comparisons and arithmetic', () => {
    expect(v('null = null')).toBeNull();
    expect(v('1 < null')).toBeNull();
    expect(v('null + 1')).toBeNull();
    expect(v('[1, null] = [1, null]')).toBeNull();
    expect(v('[1, 2] = [1, null]')).toBeNull();
    expect(v('[1, 2] = [3, null]')).toBe(false);
  });

  it('follows Kleene logic for AND, OR, XOR, NOT', () => {
    expect(v('null AND false')).toBe(false);
    expect(v('null AND true')).toBeNull();
    expect(v('null OR true')).toBe(true);
    expect(v('null OR false')).toBeNull();
    expect(v('null XOR true')).toBeNull();
    expect(v('NOT null')).toBeNull();
  });

  it('treats IN with nulls as unknown unless the element is found', () => {
    expect(v('2 IN [1, 2, null]')).toBe(true);
    expect(v('3 IN [1, 2, null]')).toBeNull();
    expect(v('3 IN [1, 2]')).toBe(false);
    expect(v('null IN []')).toBe(false);
  });

  it('IS NULL, coalesce and missing properties', () => {
    expect(v('{a: 1}.b IS NULL')).toBe(true);
    expect(v('coalesce(null, {a: 1}.b, 3)')).toBe(3);
  });
});

describe('numbers', () => {
  it('keeps integers and floats apart', () => {
    expect(isInt(g.run('RETURN 7 / 2 AS v').rows[0]![0])).toBe(true);
    expect(v('7 / 2')).toBe(3);
    expect(v('-7 / 2')).toBe(-3);
    expect(v('-7 % 3')).toBe(-1);
    expect(v('7 / 2.0')).toBe(3.5);
    expect(v('2 ^ 3')).toBe(8);
    expect(isInt(g.run('RETURN 2 ^ 3 AS v').rows[0]![0])).toBe(false);
    expect(v('1 = 1.0')).toBe(true);
  });

  it('raises on integer overflow and integer division by zero, not on float', () => {
    expect(errorOf(g, 'RETURN 9223372036854775807 + 1').code).toBe('Neo.ClientError.Statement.ArithmeticError');
    expect(errorOf(g, 'RETURN 5 % 0').code).toBe('Neo.ClientError.Statement.ArithmeticError');
    expect(v('-9223372036854775808')).toBe(-9223372036854776000);
    expect(v('1.0 / 0')).toBe(Infinity);
    expect(Number.isNaN(v('0.0 / 0'))).toBe(true);
  });

  it('converts with toInteger, toFloat, toString, toBoolean', () => {
    expect(v("toInteger('42')")).toBe(42);
    expect(v("toInteger('4.9')")).toBe(4);
    expect(v("toInteger('x')")).toBeNull();
    expect(v('toFloat(3)')).toBe(3);
    expect(v('toString(1.0)')).toBe('1.0');
    expect(v('toString(12)')).toBe('12');
    expect(v("toBoolean('TRUE')")).toBe(true);
    expect(v('round(2.5)')).toBe(3);
    expect(v('abs(-3)')).toBe(3);
    expect(v('sign(-2.5)')).toBe(-1);
  });
});

describe('strings', () => {
  it('has the common string functions', () => {
    expect(v("toUpper('abc') + toLower('DEF')")).toBe('ABCdef');
    expect(v("trim('  x  ') + ltrim('  y') + rtrim('z  ')")).toBe('xyz');
    expect(v("replace('a-b-c', '-', '+')")).toBe('a+b+c');
    expect(v("substring('hello', 1, 3)")).toBe('ell');
    expect(v("left('hello', 2) + right('hello', 2)")).toBe('helo');
    expect(v("split('a,b,,c', ',')")).toEqual(['a', 'b', '', 'c']);
    expect(v("reverse('abc')")).toBe('cba');
    expect(v("size('héllo')")).toBe(5);
    expect(v("'abc' STARTS WITH 'ab' AND 'abc' ENDS WITH 'bc' AND 'abc' CONTAINS 'b'")).toBe(true);
    expect(v("'abc' STARTS WITH null")).toBeNull();
    expect(v("'A/RES/70/125' =~ 'A/RES/\\\\d+/\\\\d+'")).toBe(true);
    expect(v("'Digital' =~ '(?i)digital'")).toBe(true);
    expect(v("'ab' + 1")).toBe('ab1');
  });
});

describe('lists and maps', () => {
  it('indexes and slices lists, negative indexes from the end', () => {
    expect(v('[1, 2, 3, 4][1]')).toBe(2);
    expect(v('[1, 2, 3, 4][-1]')).toBe(4);
    expect(v('[1, 2, 3, 4][10]')).toBeNull();
    expect(v('[1, 2, 3, 4][1..3]')).toEqual([2, 3]);
    expect(v('[1, 2, 3, 4][..-1]')).toEqual([1, 2, 3]);
    expect(v('[1, 2, 3, 4][2..]')).toEqual([3, 4]);
    expect(v('[1, 2] + 3 + [4]')).toEqual([1, 2, 3, 4]);
  });

  it('has list functions, comprehensions, quantifiers and reduce', () => {
    expect(v('head([1, 2]) + last([1, 2])')).toBe(3);
    expect(v('tail([1, 2, 3])')).toEqual([2, 3]);
    expect(v('range(0, 10, 5)')).toEqual([0, 5, 10]);
    expect(v('size([x IN range(1, 10) WHERE x % 3 = 0 | x * x])')).toBe(3);
    expect(v('[x IN [1, 2, 3] | x * 10]')).toEqual([10, 20, 30]);
    expect(v('all(x IN [1, 2] WHERE x > 0)')).toBe(true);
    expect(v('any(x IN [1, 2] WHERE x > 1)')).toBe(true);
    expect(v('none(x IN [1, 2] WHERE x > 5)')).toBe(true);
    expect(v('single(x IN [1, 2] WHERE x > 1)')).toBe(true);
    expect(v('all(x IN [1, null] WHERE x > 0)')).toBeNull();
    expect(v('reduce(s = 0, x IN [1, 2, 3] | s + x)')).toBe(6);
    expect(v('isEmpty([])')).toBe(true);
  });

  it('counts UNWIND range(...) lazily and refuses a range list too long to hold', () => {
    expect(rowsOf(g, 'UNWIND range(1, 100000000000) AS x RETURN x LIMIT 2')).toEqual([[1], [2]]);
    expect(errorOf(g, 'RETURN size(range(1, 100000000000))').code).toBe('Neo.ClientError.Statement.ArgumentError');
  });

  it('builds maps, reads keys and projects', () => {
    expect(v("{a: 1, b: 'x'}['b']")).toBe('x');
    expect(v('keys({a: 1, b: 2})')).toEqual(['a', 'b']);
    expect(v('{a: 1, b: {c: [1, 2]}}.b.c[1]')).toBe(2);
    expect(valueOf(g, 'WITH {a: 1, b: 2} AS m RETURN m {.a, c: 3} AS v')).toEqual({ a: 1, c: 3 });
  });

  it('CASE in both forms', () => {
    expect(v("CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END")).toBe('two');
    expect(v("CASE WHEN 1 > 2 THEN 'a' WHEN null THEN 'b' ELSE 'c' END")).toBe('c');
    expect(v('CASE 5 WHEN 1 THEN 1 END')).toBeNull();
  });
});

describe('parameters', () => {
  it('take JS numbers as floats (as neo4j-driver sends them) and strings, lists, maps', () => {
    expect(v('$x + 1', { x: 2 })).toBe(3);
    expect(isInt(g.run('RETURN $x + 1 AS v', { x: 2 }).rows[0]![0])).toBe(false);
    expect(v('$m.k[0]', { m: { k: ['a'] } })).toBe('a');
    expect(v('size($l)', { l: [1, 2, 3] })).toBe(3);
    expect(v('$b', { b: 10n })).toBe(10);
  });
});

describe('compile-time errors are reported before any row', () => {
  it('names undefined variables, unknown functions and misplaced aggregates with SyntaxError', () => {
    for (const q of ['MATCH (n) RETURN m', 'RETURN nope(1)', 'MATCH (n) WHERE count(n) > 1 RETURN n', 'RETURN count(count(*))', "RETURN 'a' AND true", 'MATCH (a)-[r]->(b), (r) RETURN a']) {
      expect(errorOf(g, q).code, q).toBe('Neo.ClientError.Statement.SyntaxError');
    }
    expect(errorOf(g, 'MATCH (n) RETURN m').message).toContain('Variable `m` not defined');
  });

  it('asks for Neo4j for what it does not support', () => {
    const e = errorOf(g, 'RETURN date() AS d');
    expect(e.message).toMatch(/not supported by the embedded engine; run it against Neo4j with --neo4j/);
    expect(errorOf(g, 'CALL { RETURN 1 AS x } RETURN x').message).toMatch(/--neo4j/);
  });

  it('does not count rows in a query that cannot run', () => {
    expect(rowsOf(g, 'UNWIND [] AS x RETURN x')).toEqual([]);
  });
});

// A map key or property name can be any string; `obj[k] = v` takes "__proto__" as the prototype
// (the key is lost) and `obj[k]` reads Object.prototype's members for missing keys.
describe('the key "__proto__" and other Object.prototype names', () => {
  const ownKeys = (x: unknown): string[] => Object.keys(x as object);

  it('a map literal keeps a "__proto__" key', () => {
    const m = v('{__proto__: 1, a: 2}');
    expect(ownKeys(m)).toEqual(['__proto__', 'a']);
    expect(v('keys({`__proto__`: 1})')).toEqual(['__proto__']);
    expect(v('{`__proto__`: 1}.`__proto__`')).toBe(1);
  });

  it('reads a missing "__proto__" or "toString" key of a map as null', () => {
    expect(v('{a: 1}.`__proto__`')).toBeNull();
    expect(v("{a: 1}['toString']")).toBeNull();
    expect(v('{a: 1} = {`__proto__`: 1}')).toBe(false);
  });

  it('properties() and nodes keep a "__proto__" property', () => {
    const w = createEngine({ writable: true });
    w.run('CREATE (:P {`__proto__`: 7, name: "n"})');
    expect(ownKeys(valueOf(w, 'MATCH (n:P) RETURN properties(n)'))).toEqual(['__proto__', 'name']);
    expect(valueOf(w, 'MATCH (n:P) RETURN n.`__proto__`')).toBe(7);
    expect(valueOf(w, 'MATCH (n:P) RETURN n.`constructor`')).toBeNull();
    const node = w.run('MATCH (n:P) RETURN n').rows[0]![0] as { properties: object };
    expect(ownKeys(node.properties)).toEqual(['__proto__', 'name']);
  });

  it('a parameter map keeps a "__proto__" key, and a missing parameter named like an Object member is missing', () => {
    const m = JSON.parse('{"__proto__": 5, "b": 1}') as unknown;
    expect(v('keys($m)', { m })).toEqual(['__proto__', 'b']);
    expect(v('$m.`__proto__`', { m })).toBe(5);
    expect(errorOf(g, 'RETURN $toString AS v').code).toBe('Neo.ClientError.Statement.ParameterMissing');
  });
});
