// The World Summit on the Information Society met in two places: Geneva (2003) and Tunis (2005). The genre's annotations take
// it as one event held in both ("the Geneva and Tunis phases of the World Summit", "adopted by the World Summit ... at its first
// phase, held in Geneva ..."): the Summit is the mention and the verb's target, the cities are its venues (HELD_IN, read in
// attributions.ts), and no phase is an entity of its own. Here: "the summits held in Geneva and Tunis", which names the Summit by
// no word of its name, and the short name after its phases ("the Geneva and Tunis phases of the World Summit", which no earlier
// full name may have introduced) are read as mentions of it.
import type { EntityMention } from '../models.js';
import { entryByName } from '../gazetteer/index.js';
import { eventKey } from './entityScan.js';
import { hasWord, textWords, wordIndex } from './paragraphWords.js';
import { SUMMITS_HELD_IN, SUMMITS_HELD_IN_RE, WSIS_PHASE_RE } from './events.patterns.js';

const HELD_IN = wordIndex('held in');
const PHASE = wordIndex('phase');
const WSIS_NAME = 'World Summit on the Information Society';
/** The Summit's node key (its venues, HELD_IN, are read in attributions.ts); held in two places, a series in the gazetteer, it takes
 *  no one location from a paragraph's venue (extract.ts venuesOfHeldEvents, isSeriesNode). */
export const WSIS_KEY = eventKey(WSIS_NAME);

/** A mention of the Summit from `start` to `end`, with the attributes the entity scan gives its own name (its kind and acronym,
 *  not the gazetteer's series mark). */
function summitMention(text: string, start: number, end: number): EntityMention {
  const entry = entryByName('Event', WSIS_NAME);
  const attrs: Record<string, unknown> = { eventKind: entry?.attrs?.eventKind, acronym: entry?.acronym };
  return { kind: 'Event', key: WSIS_KEY, name: WSIS_NAME, attrs, phrase: text.slice(start, end), start, end };
}

/** `mentions` with the Summit named after its phases ("the Geneva and Tunis phases of the World Summit", seed OP26) and as "the
 *  summits held in Geneva and Tunis" where no mention covers those words. */
export function withSummitMentions(text: string, mentions: EntityMention[]): EntityMention[] {
  // (the words the entity scan found in this text: most paragraphs stop at these two tests)
  const words = textWords(text);
  const phases = hasWord(words, PHASE);
  const heldIn = hasWord(words, HELD_IN);
  if (!phases && !heldIn) return mentions;
  const added: EntityMention[] = [];
  if (phases) {
    WSIS_PHASE_RE.lastIndex = 0;
    for (let m = WSIS_PHASE_RE.exec(text); m; m = WSIS_PHASE_RE.exec(text)) {
      // (the Summit's name ends the match: "World Summit", "World Summit on the Information Society" or "WSIS")
      const start = m.index + m[0].lastIndexOf(' of the ') + ' of the '.length;
      const end = m.index + m[0].length;
      if (!mentions.some((x) => x.start < end && x.end > start)) added.push(summitMention(text, start, end));
    }
  }
  if (heldIn) {
    const at = text.indexOf(SUMMITS_HELD_IN);
    SUMMITS_HELD_IN_RE.lastIndex = at;
    if (at >= 0 && SUMMITS_HELD_IN_RE.test(text) && !mentions.some((x) => x.start <= at && x.end > at)) added.push(summitMention(text, at, at + 'summits'.length));
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
