export type SizeBy = 'citations' | 'pagerank';

export interface AppearanceState {
  sizeBy: SizeBy;
  /** sigma's labelRenderedSizeThreshold: labels of smaller nodes are not drawn */
  labelThreshold: number;
}

export const DEFAULT_APPEARANCE: AppearanceState = { sizeBy: 'citations', labelThreshold: 5 };
