// GEXF and GraphML carry scalar attributes only: lists (aliases, footnotes,
// facilitators) are joined with " | " on the way out.
import type { Attributes } from 'graphology-types';

export const LIST_SEPARATOR = ' | ';

export function flattenAttributes(attrs: Attributes): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) out[k] = v.join(LIST_SEPARATOR);
    else if (typeof v === 'object') out[k] = JSON.stringify(v);
    else out[k] = v as string | number | boolean;
  }
  return out;
}
