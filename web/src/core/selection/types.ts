import type { NodeDetails } from '../../../shared/api.js';

export interface SelectionState {
  selected: string | null;
  hovered: string | null;
  details: NodeDetails | null;
  detailsStatus: 'idle' | 'loading' | 'ready' | 'error';
  detailsError?: string;
}
