// The Geneva and Tunis phases of the World Summit on the Information Society, named by their city ("the outcomes of the
// Geneva and Tunis phases of the World Summit"): each phase is an event of its own (PART_OF the Summit, attributions.ts),
// and the city printed in its name is not mentioned as a place.
import type { EntityMention } from '../models.js';
import { entryByName } from '../gazetteer/index.js';
import { eventKey } from './entityScan.js';
import { hasWord, textWords, wordIndex } from './paragraphWords.js';

const PHASE = wordIndex('phase');

/** "Geneva and Tunis phases of the World Summit", "Tunis phase of the WSIS": the cities are groups 1 and 2. */
const CITY_PHASES_RE = /\b(Geneva|Tunis)(?:\s+and\s+(Geneva|Tunis))?\s+phases?\s+of\s+the\s+(?:World\s+Summit(?:\s+on\s+the\s+Information\s+Society)?|WSIS)\b/g;

/** The name and gazetteer attributes (dates, venue) of the phase held in `city`. */
function phaseOf(city: string): { name: string; attrs: Record<string, unknown> } {
  const name = `${city} phase of the World Summit on the Information Society`;
  return { name, attrs: { ...(entryByName('Event', name)?.attrs ?? {}) } };
}

/** Key of the phase held in `city` ("Event:Geneva phase of the World Summit on the Information Society @ 2003"). */
export function summitPhaseKey(city: string): string {
  return keyOf(phaseOf(city));
}

function keyOf(phase: { name: string; attrs: Record<string, unknown> }): string {
  return eventKey(phase.name, typeof phase.attrs.startDate === 'string' ? phase.attrs.startDate : undefined);
}

/** `mentions` with each city that names a phase read as that phase (an Event mention over the city's words). */
export function withSummitPhases(text: string, mentions: EntityMention[]): EntityMention[] {
  // (the words the entity scan found in this text, not text.includes(' phase'): V8's search stops at every space)
  if (!hasWord(textWords(text), PHASE)) return mentions;
  let out: EntityMention[] | undefined;
  CITY_PHASES_RE.lastIndex = 0;
  for (let m = CITY_PHASES_RE.exec(text); m; m = CITY_PHASES_RE.exec(text)) {
    const second = m[2] ? m.index + m[0].lastIndexOf(m[2], m[0].indexOf(' phase')) : -1;
    for (const [city, at] of [[m[1]!, m.index], ...(m[2] ? [[m[2], second] as const] : [])] as const) {
      out ??= [...mentions];
      const place = out.findIndex((x) => x.kind === 'Place' && x.start === at);
      const { name, attrs } = phaseOf(city);
      const phase: EntityMention = { kind: 'Event', key: keyOf({ name, attrs }), name, attrs, phrase: city, start: at, end: at + city.length };
      if (place >= 0) out[place] = phase;
      else out.push(phase);
    }
  }
  return out ? out.sort((a, b) => a.start - b.start || a.end - b.end) : mentions;
}
