// The query store the browser tests use: the real embedded store
// (cypher/store.ts openEmbeddedStore) when it is in the tree. Until the cypher
// helper lands it, a stand-in defined HERE, in the tests only, answers from
// the graph so the page can be exercised; it is never used by product code.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiDirectedGraph } from 'graphology';
import { repoRoot } from '../helpers/env.js';

export interface TestStore {
  kind: string;
  run(query: string, params?: Record<string, unknown>, options?: { timeoutMs: number; maxRows: number }): Promise<{ columns: string[]; rows: unknown[][]; truncated: boolean }>;
  schema(): Promise<{ labels: string[]; relationshipTypes: string[]; propertyKeys: string[] }>;
  close(): Promise<void>;
}

export const hasEmbeddedStore = existsSync(join(repoRoot, 'cypher', 'store.ts'));

export async function openTestStore(graph: MultiDirectedGraph): Promise<TestStore> {
  if (hasEmbeddedStore) {
    const { openEmbeddedStore } = (await import(join(repoRoot, 'cypher', 'store.ts'))) as { openEmbeddedStore: (g: MultiDirectedGraph) => Promise<TestStore> | TestStore };
    return openEmbeddedStore(graph);
  }
  console.log('[note] cypher/store.ts is not in the tree yet: the browser tests use a stand-in store');
  return {
    kind: 'embedded',
    async run(query) {
      if (!/\bRETURN\b/i.test(query) || (query.match(/\(/g) ?? []).length !== (query.match(/\)/g) ?? []).length) {
        throw new Error(`Invalid input: the query does not parse (stand-in store): ${query.slice(0, 40)}`);
      }
      const rows = graph.filterNodes((_n, a) => a.kind === 'Resolution').map((n) => [graph.getNodeAttribute(n, 'symbol')]);
      return { columns: ['symbol'], rows, truncated: false };
    },
    async schema() {
      const labels = new Set<string>();
      const types = new Set<string>();
      const keys = new Set<string>();
      graph.forEachNode((_n, a) => {
        labels.add(String(a.kind));
        Object.keys(a).forEach((k) => keys.add(k));
      });
      graph.forEachEdge((_e, a) => types.add(String(a.type)));
      return { labels: [...labels], relationshipTypes: [...types], propertyKeys: [...keys] };
    },
    async close() {},
  };
}
