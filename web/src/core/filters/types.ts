export type GraphView = 'citations' | 'full';

export interface EgoFilter {
  node: string;
  depth: number;
}

export interface FiltersState {
  /** citations: resolutions and the RECALLS / REAFFIRMS / CITES edges between them; full: every drawn node */
  view: GraphView;
  hiddenKinds: string[];
  hiddenRelations: string[];
  /** inclusive year range; nodes without a year are kept */
  yearRange: [number, number] | null;
  ego: EgoFilter | null;
}

export const CITATION_RELATIONS = ['RECALLS', 'REAFFIRMS', 'CITES'] as const;

export const DEFAULT_FILTERS: FiltersState = {
  view: 'full',
  hiddenKinds: [],
  hiddenRelations: [],
  yearRange: null,
  ego: null,
};

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}
