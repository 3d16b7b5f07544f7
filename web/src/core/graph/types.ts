import type { MultiDirectedGraph } from 'graphology';
import type { CompactGraph } from '../../../shared/api.js';

/** Node attributes of the drawn graph (sigma reads x, y, size, color, label). */
export interface DrawnNode {
  kind: string;
  name: string;
  label: string;
  short: string | null;
  year: number | null;
  citations: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

/** Edge attributes: `relation` is the relationship type; sigma's `type` picks the edge program. */
export interface DrawnEdge {
  relation: string;
  count: number;
  type: 'straight' | 'curved';
  curvature?: number;
  size: number;
  color: string;
}

export type DrawnGraph = MultiDirectedGraph<DrawnNode, DrawnEdge>;

export interface GraphState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error?: string;
  graph?: DrawnGraph;
  kinds: string[];
  relations: string[];
  yearExtent: [number, number] | null;
  totals?: CompactGraph['totals'];
}
