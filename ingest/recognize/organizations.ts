// Recognises organizations (UN organs, funds and programmes, specialized agencies, Secretariat offices, commissions, panels, working groups, mandate holders, regional and other international bodies).
// The work is shared with the other named-entity recognisers in entityScan.ts (one scan per paragraph).
import type { EntityMention, RecognizeContext } from '../models.js';
import { namedEntitiesOfKind } from './entityScan.js';

export function findOrganizations(text: string, ctx: RecognizeContext = {}): EntityMention[] {
  return namedEntitiesOfKind('Organization', text, ctx);
}
