import { createStore } from '../store.js';
import { DEFAULT_FILTERS, type FiltersState, type GraphView } from './types.js';

export const filtersStore = createStore<FiltersState>({ ...DEFAULT_FILTERS });

function toggle(list: string[], value: string, hidden: boolean): string[] {
  const without = list.filter((item) => item !== value);
  return hidden ? [...without, value].sort() : without;
}

export function setView(view: GraphView): void {
  filtersStore.set({ view });
}

export function setKindHidden(kind: string, hidden: boolean): void {
  filtersStore.set((s) => ({ ...s, hiddenKinds: toggle(s.hiddenKinds, kind, hidden) }));
}

export function setRelationHidden(relation: string, hidden: boolean): void {
  filtersStore.set((s) => ({ ...s, hiddenRelations: toggle(s.hiddenRelations, relation, hidden) }));
}

export function setYearRange(range: [number, number] | null): void {
  if (range && range[0] > range[1]) range = [range[1], range[0]];
  filtersStore.set({ yearRange: range });
}

export function setEgo(node: string | null, depth = 1): void {
  filtersStore.set({ ego: node ? { node, depth: Math.max(1, Math.min(4, Math.round(depth))) } : null });
}

export function resetFilters(): void {
  filtersStore.set({ ...DEFAULT_FILTERS, view: filtersStore.get().view });
}

/** Whether two filter states keep the same items: a store update that changes nothing need not rebuild the view. */
export function sameFilters(a: FiltersState, b: FiltersState): boolean {
  const sameList = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((item, i) => item === y[i]);
  return (
    a.view === b.view &&
    sameList(a.hiddenKinds, b.hiddenKinds) &&
    sameList(a.hiddenRelations, b.hiddenRelations) &&
    (a.yearRange === b.yearRange || (a.yearRange !== null && b.yearRange !== null && a.yearRange[0] === b.yearRange[0] && a.yearRange[1] === b.yearRange[1])) &&
    (a.ego === b.ego || (a.ego !== null && b.ego !== null && a.ego.node === b.ego.node && a.ego.depth === b.ego.depth))
  );
}
