import type { NodeDetails } from '../../../shared/api.js';
import { createStore } from '../store.js';
import type { SelectionState } from './types.js';

export const selectionStore = createStore<SelectionState>({ selected: null, hovered: null, details: null, detailsStatus: 'idle' });

export function hoverNode(node: string | null): void {
  if (selectionStore.get().hovered !== node) selectionStore.set({ hovered: node });
}

let request = 0;
/** Selects a node and loads its details (properties, relations, provenance); a later selection wins. */
export async function selectNode(node: string | null, fetchJson: (url: string) => Promise<unknown>): Promise<void> {
  const ticket = ++request;
  if (!node) {
    selectionStore.set({ selected: null, details: null, detailsStatus: 'idle', detailsError: undefined });
    return;
  }
  selectionStore.set({ selected: node, details: null, detailsStatus: 'loading', detailsError: undefined });
  try {
    const details = (await fetchJson(`/api/node/${encodeURIComponent(node)}`)) as NodeDetails;
    if (ticket === request) selectionStore.set({ details, detailsStatus: 'ready' });
  } catch (error) {
    if (ticket === request) selectionStore.set({ detailsStatus: 'error', detailsError: error instanceof Error ? error.message : String(error) });
  }
}
