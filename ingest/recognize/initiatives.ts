// Recognises initiatives (programmes, coalitions, platforms, databases, prizes, report series, partnerships, networks, mechanisms).
// The work is shared with the other named-entity recognisers in entityScan.ts (one scan per paragraph).
import type { EntityMention, RecognizeContext } from '../models.js';
import { namedEntitiesOfKind } from './entityScan.js';

export function findInitiatives(text: string, ctx: RecognizeContext = {}): EntityMention[] {
  return namedEntitiesOfKind('Initiative', text, ctx);
}
