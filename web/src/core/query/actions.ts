import { z } from 'zod';
import type { QueryResult, SavedQuery, SchemaInfo } from '../../../shared/api.js';
import { createStore } from '../store.js';
import { extractResultGraph } from './result-graph.js';
import type { KeyValueStorage, QueryState } from './types.js';

export const HISTORY_KEY = 'kg.query.history';
export const MAX_HISTORY = 50;

export const DEFAULT_QUERY =
  "MATCH (r:Resolution)-[c:RECALLS|REAFFIRMS]->(t:Resolution)\nRETURN r.symbol AS citing, type(c) AS relation, t.symbol AS cited\nLIMIT 25";

export const queryStore = createStore<QueryState>({
  text: DEFAULT_QUERY,
  paramsText: '{}',
  status: 'idle',
  result: null,
  error: null,
  history: [],
  saved: [],
  schema: null,
  resultView: 'table',
});

const HistorySchema = z.array(z.string()).max(1_000);

export function loadHistory(storage: KeyValueStorage | undefined): void {
  if (!storage) return;
  try {
    const parsed = HistorySchema.safeParse(JSON.parse(storage.getItem(HISTORY_KEY) ?? '[]'));
    if (parsed.success) queryStore.set({ history: parsed.data.slice(0, MAX_HISTORY) });
  } catch {
    // a corrupt history entry is dropped rather than breaking the console
  }
}

export function addToHistory(history: string[], query: string): string[] {
  return [query, ...history.filter((q) => q !== query)].slice(0, MAX_HISTORY);
}

export function setQueryText(text: string): void {
  queryStore.set({ text });
}

export function setParamsText(paramsText: string): void {
  queryStore.set({ paramsText });
}

export function setResultView(resultView: QueryState['resultView']): void {
  queryStore.set({ resultView });
}

/** Parses the parameters box: an empty box is no parameters, anything else must be a JSON object. */
export function parseParams(text: string): { params: Record<string, unknown> } | { error: string } {
  if (!text.trim()) return { params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `Parameters are not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'Parameters must be a JSON object, e.g. {"symbol": "A/RES/70/125"}' };
  return { params: value as Record<string, unknown> };
}

export type PostJson = (url: string, body: unknown) => Promise<unknown>;

export async function runQuery(post: PostJson, storage?: KeyValueStorage): Promise<void> {
  const { text, paramsText } = queryStore.get();
  if (!text.trim()) {
    queryStore.set({ status: 'error', error: 'Type a Cypher query first.', result: null });
    return;
  }
  const parsed = parseParams(paramsText);
  if ('error' in parsed) {
    queryStore.set({ status: 'error', error: parsed.error, result: null });
    return;
  }
  queryStore.set({ status: 'running', error: null });
  try {
    const result = (await post('/api/query', { query: text, params: parsed.params })) as QueryResult;
    const history = addToHistory(queryStore.get().history, text);
    storage?.setItem(HISTORY_KEY, JSON.stringify(history));
    const hasGraph = extractResultGraph(result.rows).nodes.length > 0;
    queryStore.set({ status: 'done', result, error: null, history, resultView: hasGraph ? queryStore.get().resultView : 'table' });
  } catch (error) {
    queryStore.set({ status: 'error', result: null, error: error instanceof Error ? error.message : String(error) });
  }
}

export async function loadConsoleData(get: (url: string) => Promise<unknown>): Promise<void> {
  const [schema, saved] = await Promise.allSettled([get('/api/schema'), get('/api/saved-queries')]);
  queryStore.set({
    schema: schema.status === 'fulfilled' ? (schema.value as SchemaInfo) : null,
    saved: saved.status === 'fulfilled' && Array.isArray(saved.value) ? (saved.value as SavedQuery[]) : [],
  });
}
