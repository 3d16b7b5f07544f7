import type { QueryResult, SavedQuery, SchemaInfo } from '../../../shared/api.js';

export interface QueryState {
  text: string;
  /** parameters as the user typed them (a JSON object) */
  paramsText: string;
  status: 'idle' | 'running' | 'done' | 'error';
  result: QueryResult | null;
  error: string | null;
  history: string[];
  saved: SavedQuery[];
  schema: SchemaInfo | null;
  resultView: 'table' | 'graph';
}

/** Where history is kept: localStorage in the browser, a map in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}
