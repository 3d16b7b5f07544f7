// Under a RETURN DISTINCT with nothing multiplicity-sensitive before it, a MATCH may pass on one
// match per new binding (an event HELD_IN the same place in many paragraphs gives one row, not
// one per relationship). The answers must be those of the uncollapsed query, and the planner
// must not collapse where multiplicity shows (aggregation, SKIP/LIMIT, no DISTINCT).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../cypher/index.js';
import { collapsibleMatches } from '../../cypher/engine/executor.js';
import { parse } from '../../cypher/engine/parser.js';
import { rowsOf } from './engine-helpers.js';

const FIXTURE = `
  CREATE (g:Place {name: 'Geneva'}), (t:Place {name: 'Tunis'}),
         (w:Event {name: 'WSIS'}), (f:Event {name: 'Forum'}), (x:Event {name: 'Nowhere'}),
         (w)-[:HELD_IN {paragraph: 'PP1'}]->(g), (w)-[:HELD_IN {paragraph: 'PP2'}]->(g),
         (w)-[:HELD_IN {paragraph: 'OP3'}]->(t), (f)-[:HELD_IN {paragraph: 'PP1'}]->(g),
         (f)-[:HELD_IN {paragraph: 'PP4'}]->(g), (f)-[:HELD_IN {paragraph: 'PP5'}]->(g)`;

function engineWithFixture() {
  const engine = createEngine({ writable: true });
  engine.run(FIXTURE);
  return engine;
}

/** Which MATCH clauses (by position among the query's MATCH clauses) the planner may collapse. */
function collapsed(query: string): number[] {
  const clauses = parse(query).parts[0]!.clauses;
  const marked = collapsibleMatches(clauses);
  return clauses.filter((c) => c.type === 'match').flatMap((c, i) => (marked.has(c) ? [i] : []));
}

describe('collapsing matches under RETURN DISTINCT', () => {
  it('answers as the same query does with every relationship followed', () => {
    const engine = engineWithFixture();
    const q = 'MATCH (e:Event) OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place) WITH e, p.name AS place RETURN DISTINCT e.name AS event, place ORDER BY event, place';
    expect(rowsOf(engine, q)).toEqual([
      ['Forum', 'Geneva'],
      ['Nowhere', null],
      ['WSIS', 'Geneva'],
      ['WSIS', 'Tunis'],
    ]);
    // the same rows counted without DISTINCT: one per relationship
    expect(rowsOf(engine, 'MATCH (e:Event) OPTIONAL MATCH (e)-[:HELD_IN]->(p:Place) RETURN count(*)')).toEqual([[7]]);
  });

  it('keeps multiplicity where it shows: count, SKIP/LIMIT before the end, no DISTINCT', () => {
    const engine = engineWithFixture();
    expect(rowsOf(engine, 'MATCH (e:Event)-[:HELD_IN]->(p:Place) RETURN DISTINCT p.name AS p, count(*) AS n ORDER BY p')).toEqual([
      ['Geneva', 5],
      ['Tunis', 1],
    ]);
    expect(rowsOf(engine, "MATCH (e:Event {name: 'Forum'})-[:HELD_IN]->(p:Place) WITH p SKIP 2 RETURN DISTINCT p.name")).toEqual([['Geneva']]);
    expect(rowsOf(engine, "MATCH (e:Event {name: 'Forum'})-[:HELD_IN]->(p:Place) RETURN p.name")).toEqual([['Geneva'], ['Geneva'], ['Geneva']]);
  });

  it('the planner marks only MATCH clauses followed by non-aggregating clauses up to a RETURN DISTINCT', () => {
    expect(collapsed('MATCH (e:Event) OPTIONAL MATCH (e)-[:HELD_IN]->(p) WITH e, p RETURN DISTINCT e, p')).toEqual([0, 1]);
    expect(collapsed('MATCH (e:Event) OPTIONAL MATCH (e)-[:HELD_IN]->(p) RETURN e, p')).toEqual([]);
    expect(collapsed('MATCH (e:Event) OPTIONAL MATCH (e)-[:HELD_IN]->(p) RETURN DISTINCT e, count(p)')).toEqual([]);
    expect(collapsed('MATCH (e:Event) WITH e LIMIT 3 MATCH (e)-->(p) RETURN DISTINCT p')).toEqual([1]);
    expect(collapsed('MATCH (e:Event) WITH e, count(*) AS n MATCH (e)-->(p) RETURN DISTINCT p')).toEqual([1]);
    expect(collapsed('MATCH (e:Event) UNWIND [1, 2] AS x MATCH (e)-->(p) WITH DISTINCT p, x RETURN DISTINCT p')).toEqual([0, 1]);
  });
});
