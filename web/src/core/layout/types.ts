export type LayoutMode = 'force' | 'timeline';

export interface LayoutState {
  mode: LayoutMode;
  /** ForceAtlas2 is iterating in its worker */
  running: boolean;
  /** batches of iterations the worker has returned since the last start */
  steps: number;
  startedAt: number | null;
  /** year at x = 0 in the timeline layout (for the axis) */
  timelineFirstYear: number | null;
}

export const DEFAULT_LAYOUT: LayoutState = { mode: 'force', running: false, steps: 0, startedAt: null, timelineFirstYear: null };
