// What clause executors and the expression evaluator share during one run.
import type { Expr } from './ast.js';
import type { GraphStore } from './store.js';
import type { Value } from './values.js';

/**
 * Variable bindings of one row, as an array indexed by the variable's slot (see
 * Slots); undefined = not bound. Arrays rather than objects keyed by name: a
 * copy is a slice, and the code that copies or reads rows sees one kind of
 * object for every query (objects with per-query shapes made those sites
 * megamorphic, and a row copy cost ~0.5 µs).
 */
export type Row = Value[];

/**
 * Slot numbers of the variable names of one run, handed out on first use. Any
 * name gets one, so a row simply has no value (undefined) in the slot of a name
 * it does not bind, just as an object row had no such key.
 */
export class Slots {
  private readonly index = new Map<string, number>();
  /** names[slot] */
  readonly names: string[] = [];

  of(name: string): number {
    let slot = this.index.get(name);
    if (slot === undefined) {
      slot = this.names.length;
      this.index.set(name, slot);
      this.names.push(name);
    }
    return slot;
  }
}

export interface ExecContext {
  readonly store: GraphStore;
  readonly params: Readonly<Record<string, Value>>;
  readonly writable: boolean;
  readonly slots: Slots;
  /** Called in every loop that can run long; throws when the time budget is spent. */
  tick(): void;
  /** Values of aggregate calls for the group being projected. */
  readonly aggregates?: Map<Expr, Value>;
}

export const isHiddenName = (name: string): boolean => name.startsWith(' ');
