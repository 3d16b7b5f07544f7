// Recognises events (summits and their phases, conferences, sessions and meetings of bodies, forums, days, weeks, years, decades, dialogues), keyed by normalised name + start date.
// The work is shared with the other named-entity recognisers in entityScan.ts (one scan per paragraph).
import type { EntityMention, RecognizeContext } from '../models.js';
import { namedEntitiesOfKind } from './entityScan.js';

export function findEvents(text: string, ctx: RecognizeContext = {}): EntityMention[] {
  return namedEntitiesOfKind('Event', text, ctx);
}

export { eventKey, eventDetail } from './entityScan.js';
