// Search by name, acronym or symbol with MiniSearch: prefix and light fuzzy
// matching, all terms required; an exact symbol or acronym match ranks first.
import MiniSearch from 'minisearch';
import type { DrawnGraph } from '../graph/types.js';
import { createStore } from '../store.js';
import type { SearchHit, SearchState } from './types.js';

interface Doc {
  id: string;
  name: string;
  short: string;
  kind: string;
  label: string;
}

export interface NodeSearch {
  search(text: string, limit?: number): SearchHit[];
}

export function buildNodeSearch(graph: DrawnGraph): NodeSearch {
  const index = new MiniSearch<Doc>({
    fields: ['name', 'short'],
    // Words are runs of letters and digits: "A/RES/70/125" gives a, res, 70, 125; "(ITU)" gives itu.
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
    storeFields: ['label', 'kind'],
    searchOptions: { boost: { short: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
  });
  const exact = new Map<string, string[]>();
  const docs: Doc[] = [];
  graph.forEachNode((key, attrs) => {
    docs.push({ id: key, name: attrs.name, short: attrs.short ?? '', kind: attrs.kind, label: attrs.label });
    for (const value of [attrs.short, attrs.name]) {
      if (!value) continue;
      const norm = value.toLowerCase();
      exact.set(norm, [...(exact.get(norm) ?? []), key]);
    }
  });
  index.addAll(docs);
  return {
    search(text, limit = 12) {
      const query = text.trim();
      if (!query) return [];
      const hits: SearchHit[] = [];
      const seen = new Set<string>();
      for (const key of exact.get(query.toLowerCase()) ?? []) {
        seen.add(key);
        const attrs = graph.getNodeAttributes(key);
        hits.push({ key, label: attrs.label, kind: attrs.kind, score: Infinity });
      }
      for (const result of index.search(query)) {
        if (hits.length >= limit) break;
        if (seen.has(result.id as string)) continue;
        hits.push({ key: result.id as string, label: String(result.label), kind: String(result.kind), score: result.score });
      }
      return hits.slice(0, limit);
    },
  };
}

export const searchStore = createStore<SearchState>({ text: '', hits: [] });

export function runSearch(search: NodeSearch | null, text: string): void {
  searchStore.set({ text, hits: search ? search.search(text) : [] });
}
