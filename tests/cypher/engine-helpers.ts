// Shared by the engine tests: run a query and turn driver values into plain JS.
import { Integer, isInt, Node, Path, Relationship } from 'neo4j-driver-core';
import type { CypherError, Engine } from '../../cypher/index.js';

/** Integers -> numbers, nodes -> their name property (or key), relationships -> type, paths -> node names. */
export function plain(v: unknown): unknown {
  if (isInt(v)) return (v as Integer).toNumber();
  if (v instanceof Node) return (v.properties as Record<string, unknown>)['name'] ?? v.elementId;
  if (v instanceof Relationship) return `:${v.type}`;
  if (v instanceof Path) return [v.start, ...v.segments.map((s) => s.end)].map(plain);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

export const rowsOf = (engine: Engine, query: string, params?: Record<string, unknown>): unknown[][] =>
  plain(engine.run(query, params).rows) as unknown[][];

export const valueOf = (engine: Engine, query: string, params?: Record<string, unknown>): unknown => rowsOf(engine, query, params)[0]?.[0];

export function errorOf(engine: Engine, query: string, params?: Record<string, unknown>): CypherError {
  try {
    engine.run(query, params);
  } catch (e) {
    return e as CypherError;
  }
  throw new Error(`expected an error from: ${query}`);
}
