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
