// What clause executors and the expression evaluator share during one run.
import type { Expr } from './ast.js';
import type { GraphStore } from './store.js';
import type { Value } from './values.js';

/** Variable bindings of one row. Names starting with a space are the engine's own (anonymous pattern parts). */
export type Row = Record<string, Value>;

export interface ExecContext {
  readonly store: GraphStore;
  readonly params: Readonly<Record<string, Value>>;
  readonly writable: boolean;
  /** Called in every loop that can run long; throws when the time budget is spent. */
  tick(): void;
  /** Values of aggregate calls for the group being projected. */
  readonly aggregates?: Map<Expr, Value>;
}

export const isHiddenName = (name: string): boolean => name.startsWith(' ');
