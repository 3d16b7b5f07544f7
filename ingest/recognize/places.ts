// Recognises places (countries, capitals, conference cities, regions); "the Government of Ghana" yields the place Ghana.
// The work is shared with the other named-entity recognisers in entityScan.ts (one scan per paragraph).
import type { EntityMention, RecognizeContext } from '../models.js';
import { namedEntitiesOfKind } from './entityScan.js';

export function findPlaces(text: string, ctx: RecognizeContext = {}): EntityMention[] {
  return namedEntitiesOfKind('Place', text, ctx);
}
