// Node keys the pipeline mints itself (recognisers mint theirs with graph/model.ts nodeKey).
import { nodeKey } from '../graph/model-keys.js';

export const resolutionKey = (symbol: string): string => nodeKey('Resolution', symbol);
export const paragraphKey = (resolutionSymbol: string, paragraphId: string): string =>
  nodeKey('Paragraph', `${resolutionSymbol}#${paragraphId}`);
export const dateKey = (iso: string): string => nodeKey('Date', iso);
