// Recognises WSIS action lines C1..C11 (by code, by name, C7 e-applications), keyed by code.
// The work is shared with the other named-entity recognisers in entityScan.ts (one scan per paragraph).
import type { EntityMention, RecognizeContext } from '../models.js';
import { namedEntitiesOfKind } from './entityScan.js';

export function findActionLines(text: string, ctx: RecognizeContext = {}): EntityMention[] {
  return namedEntitiesOfKind('ActionLine', text, ctx);
}
