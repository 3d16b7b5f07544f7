// The JSON protocol between web/server and the browser app. Kept free of
// Node and DOM imports so both sides compile it.
import { z } from 'zod';

/**
 * The drawn graph in compact form: nodes and edges as tuples so that a corpus
 * of thousands of nodes and tens of thousands of edges stays a small payload.
 * Parallel edges of one type between the same pair (one per paragraph that
 * states them) are merged into one drawn edge with a count.
 */
export interface CompactGraph {
  version: 1;
  kinds: string[];
  types: string[];
  /** [key, kind index, name, year (adoption / start) or null, short label (symbol / acronym) or null, citations received] */
  nodes: [string, number, string, number | null, string | null, number][];
  /** [source index, target index, type index, number of stated edges merged] */
  edges: [number, number, number, number][];
  /** kinds left out of the drawn graph (Paragraph, Date by default) */
  excludedKinds: string[];
  totals: { nodes: number; edges: number };
}

export interface RelatedNode {
  key: string;
  kind: string;
  name: string;
}

/** Where one relation was read: the paragraph text and the span of the phrase in it. */
export interface Provenance {
  resolution?: string;
  paragraph?: string;
  paragraphKey?: string;
  document?: string;
  verb?: string;
  phrase?: string;
  text?: string;
  spanStart?: number;
  spanEnd?: number;
}

export interface RelationEntry {
  edge: string;
  other: RelatedNode;
  provenance: Provenance;
}

export interface RelationGroup {
  type: string;
  direction: 'out' | 'in';
  count: number;
  entries: RelationEntry[];
}

export interface NodeDetails {
  key: string;
  kind: string;
  name: string;
  properties: Record<string, unknown>;
  relations: RelationGroup[];
}

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  elapsedMs: number;
}

export interface SchemaInfo {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export interface SavedQuery {
  name: string;
  title?: string;
  description?: string;
  /** parameter names the query expects, without `$` */
  params?: string[];
  query: string;
}

export interface ApiError {
  error: string;
}

export const QueryRequest = z.object({
  query: z.string().trim().min(1, 'query is empty').max(20_000, 'query is longer than 20000 characters'),
  params: z.record(z.string(), z.unknown()).optional().default({}),
});
export type QueryRequest = z.infer<typeof QueryRequest>;

/** A node key as it comes in a URL: `Kind:...`, bounded length. */
export const NodeKeyParam = z.string().min(3).max(2_000).regex(/^[A-Za-z]+:/, 'a node key looks like Kind:name');

export const GraphQuery = z.object({
  include: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : [])),
});
