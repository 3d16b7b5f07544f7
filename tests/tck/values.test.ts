// The TCK value notation and the canonical rendering that strict comparison relies on.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { fromEngine, parseTckValue, render, toParam } from './values.js';

const canon = (text: string, ignoreListOrder = false): string => render(parseTckValue(text), { ignoreListOrder });
const engine = (v: unknown, ignoreListOrder = false): string => render(fromEngine(v), { ignoreListOrder });

describe('TCK values', () => {
  it('tells integers from floats on both sides', () => {
    expect(canon('1')).toBe(engine(neo4j.int(1)));
    expect(canon('1.0')).toBe(engine(1));
    expect(canon('1')).not.toBe(canon('1.0'));
    expect(engine(neo4j.int(1))).not.toBe(engine(1));
    expect(canon('9223372036854775807')).toBe(engine(neo4j.int('9223372036854775807')));
    expect(canon('1e308')).toBe(engine(1e308));
    expect(canon('NaN')).toBe(engine(NaN));
    expect(canon('-Inf')).toBe(engine(-Infinity));
  });

  it('reads single-quoted strings with Cypher escapes', () => {
    expect(parseTckValue("'a\\\\b\\'c'")).toEqual({ t: 'string', v: "a\\b'c" });
    expect(parseTckValue("'\\tx'")).toEqual({ t: 'string', v: '\tx' });
    expect(canon("'it''s'".replace("''", "\\'"))).toBe(engine("it's"));
  });

  it('compares maps by key, nodes by label set and properties', () => {
    expect(canon('{b: 2, a: [1, null]}')).toBe(engine({ a: [neo4j.int(1), null], b: neo4j.int(2) }));
    expect(canon('{``: true}')).toBe(engine({ '': true }));
    const node = new neo4j.types.Node(neo4j.int(1), ['B', 'A'], { name: 'x', n: neo4j.int(3) }, 'n1');
    expect(canon("(:A:B {n: 3, name: 'x'})")).toBe(engine(node));
    expect(canon("(:A:B {n: 3.0, name: 'x'})")).not.toBe(engine(node));
    expect(canon('()')).toBe(engine(new neo4j.types.Node(neo4j.int(2), [], {}, 'n2')));
  });

  it('renders paths with the direction of each relationship', () => {
    const a = new neo4j.types.Node(neo4j.int(1), ['A'], {}, 'a');
    const b = new neo4j.types.Node(neo4j.int(2), ['B'], {}, 'b');
    const r = new neo4j.types.Relationship(neo4j.int(9), neo4j.int(2), neo4j.int(1), 'T', { w: 1.5 }, 'r', 'b', 'a');
    const backwards = new neo4j.types.Path(a, b, [new neo4j.types.PathSegment(a, r, b)]);
    expect(engine(backwards)).toBe(canon('<(:A)<-[:T {w: 1.5}]-(:B)>'));
    expect(engine(backwards)).not.toBe(canon('<(:A)-[:T {w: 1.5}]->(:B)>'));
    expect(canon('[<(:A)-[:T]->(:B)>, [:X]]')).toContain('[:X]');
  });

  it('ignores list element order only when asked', () => {
    expect(canon("['Foo', 'Bar']", true)).toBe(engine(['Bar', 'Foo'], true));
    expect(canon("['Foo', 'Bar']")).not.toBe(engine(['Bar', 'Foo']));
  });

  it('turns parameters into driver values', () => {
    const p = toParam(parseTckValue("{k: [1, 2.5, 'x']}")) as { k: unknown[] };
    expect(neo4j.isInt(p.k[0] as never)).toBe(true);
    expect(p.k[1]).toBe(2.5);
  });
});
