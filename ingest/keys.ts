// Node keys the pipeline mints itself (recognisers mint theirs with graph/model.ts nodeKey).
import { nodeKey } from '../graph/model-keys.js';

export const resolutionKey = (symbol: string): string => nodeKey('Resolution', symbol);
export const paragraphKey = (resolutionSymbol: string, paragraphId: string): string =>
  nodeKey('Paragraph', `${resolutionSymbol}#${paragraphId}`);
export const dateKey = (iso: string): string => nodeKey('Date', iso);

/**
 * Normalised key text of a title (a Document key's): lower case, single spaces, plain apostrophes and hyphens, no
 * outer punctuation or quotes. Here, not in recognize/documents.ts, so that the graph writer (graph/build.ts) loads
 * no recogniser and no gazetteer on the main thread.
 */
export function normaliseTitle(title: string): string {
  return title
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[’‘]/g, "'")
    // a non-breaking hyphen ("non‑proliferation" in the PDF text) is the hyphen of the same title printed elsewhere
    .replace(/[\u2010\u2011]/g, '-')
    .trim()
    .replace(/^[\s“”"'*.,;:]+|[\s“”"'*.,;:]+$/g, '')
    .toLowerCase();
}
