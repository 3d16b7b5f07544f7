// Recognises frameworks (agendas, declarations, programmes and plans of action, compacts, conventions, charters, covenants, strategies).
// The work is shared with the other named-entity recognisers in entityScan.ts (one scan per paragraph).
import type { EntityMention, RecognizeContext } from '../models.js';
import { namedEntitiesOfKind } from './entityScan.js';

export function findFrameworks(text: string, ctx: RecognizeContext = {}): EntityMention[] {
  return namedEntitiesOfKind('Framework', text, ctx);
}
