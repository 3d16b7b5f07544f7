// The World Summit on the Information Society met in two places: Geneva (2003) and Tunis (2005). The genre's annotations take
// it as one event held in both ("the Geneva and Tunis phases of the World Summit", "adopted by the World Summit ... at its first
// phase, held in Geneva ..."): the Summit is the mention and the verb's target, the cities are its venues (HELD_IN, read in
// attributions.ts), and no phase is an entity of its own. Here only "the summits held in Geneva and Tunis", which names the
// Summit by no word of its name, is read as a mention of it.
import type { EntityMention } from '../models.js';
import { entryByName } from '../gazetteer/index.js';
import { eventKey } from './entityScan.js';
import { hasWord, textWords, wordIndex } from './paragraphWords.js';
import { SUMMITS_HELD_IN, SUMMITS_HELD_IN_RE } from './events.patterns.js';

const HELD_IN = wordIndex('held in');
const WSIS_NAME = 'World Summit on the Information Society';
/** The Summit's node key; held in two places, it takes no one location from a paragraph's venue (extract.ts venuesOfHeldEvents). */
export const WSIS_KEY = eventKey(WSIS_NAME);

/** `mentions` with "the summits held in Geneva and Tunis" (A/RES/79/194 PP43, 80/173 OP91, 78/132 PP41, 80/118) read as a
 *  mention of the Summit over "summits"; the cities stay places (its venues). */
export function withSummitsHeldIn(text: string, mentions: EntityMention[]): EntityMention[] {
  // (the words the entity scan found in this text, then one substring search: most paragraphs stop at the first test)
  if (!hasWord(textWords(text), HELD_IN)) return mentions;
  const at = text.indexOf(SUMMITS_HELD_IN);
  if (at < 0) return mentions;
  SUMMITS_HELD_IN_RE.lastIndex = at;
  if (!SUMMITS_HELD_IN_RE.test(text) || mentions.some((x) => x.start <= at && x.end > at)) return mentions;
  const end = at + 'summits'.length;
  // (the attributes the entity scan gives the Summit's own name: its kind and acronym, not the gazetteer's series mark)
  const entry = entryByName('Event', WSIS_NAME);
  const attrs: Record<string, unknown> = { eventKind: entry?.attrs?.eventKind, acronym: entry?.acronym };
  const summit: EntityMention = { kind: 'Event', key: WSIS_KEY, name: WSIS_NAME, attrs, phrase: text.slice(at, end), start: at, end };
  return [...mentions, summit].sort((a, b) => a.start - b.start || a.end - b.end);
}
