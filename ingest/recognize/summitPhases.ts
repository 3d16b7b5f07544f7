// The Geneva and Tunis phases of the World Summit on the Information Society, named by their city ("the outcomes of the
// Geneva and Tunis phases of the World Summit"): each phase is an event of its own (PART_OF the Summit, attributions.ts),
// and the city printed in its name is not mentioned as a place.
import type { EntityMention } from '../models.js';
import { entryByName } from '../gazetteer/index.js';
import { eventKey } from './entityScan.js';
import { hasWord, textWords, wordIndex } from './paragraphWords.js';

const PHASE = wordIndex('phase');
const HELD_IN = wordIndex('held in');

/** "Geneva and Tunis phases of the World Summit", "Tunis phase of the WSIS": the cities are groups 1 and 2. */
const CITY_PHASES_RE = /\b(Geneva|Tunis)(?:\s+and\s+(Geneva|Tunis))?\s+phases?\s+of\s+the\s+(?:World\s+Summit(?:\s+on\s+the\s+Information\s+Society)?|WSIS)\b/g;

/**
 * "adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003"
 * (A/RES/79/277 PP1, 78/132, 79/194, 80/118, 80/215 PP14 "adopted at its first phase, ..., and at its second phase"): the
 * ordinal is group 1, after the Summit's name; "the Declaration of Principles adopted at the first phase of the World Summit on
 * the Information Society" (A/RES/78/202 OP20, 79/167, 80/209): group 2, before it.
 */
const ORDINAL_PHASE_RE = /\bat\s+its\s+(first|second)\s+phase\b|\b(first|second)\s+phase\s+of\s+the\s+(?:World\s+Summit(?:\s+on\s+the\s+Information\s+Society)?|WSIS)\b/g;
/** between the Summit's name and "at its first phase": the same sentence part */
const SUMMIT_TO_PHASE_GAP_RE = /^[^;]{0,120}$/;
const WSIS_KEY = eventKey('World Summit on the Information Society');

/** "the outcomes of the summits held in Geneva and Tunis" (A/RES/79/194 PP43, 80/173 OP91, 78/132, 80/118): the cities are
 *  groups 1 and 2, read from where SUMMITS_HELD_IN starts. */
const SUMMITS_HELD_IN = 'summits held in ';
const SUMMITS_HELD_IN_RE = /summits\s+held\s+in\s+(Geneva|Tunis)\s+and\s+(Geneva|Tunis)\b/y;

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
  const words = textWords(text);
  const phases = hasWord(words, PHASE);
  const heldIn = hasWord(words, HELD_IN);
  if (!phases && !heldIn) return mentions;
  let out: EntityMention[] | undefined;
  const asPhase = (city: string, at: number): void => {
    out ??= [...mentions];
    const place = out.findIndex((x) => x.kind === 'Place' && x.start === at);
    const { name, attrs } = phaseOf(city);
    const phase: EntityMention = { kind: 'Event', key: keyOf({ name, attrs }), name, attrs, phrase: city, start: at, end: at + city.length };
    if (place >= 0) out[place] = phase;
    else out.push(phase);
  };
  if (phases) {
    CITY_PHASES_RE.lastIndex = 0;
    for (let m = CITY_PHASES_RE.exec(text); m; m = CITY_PHASES_RE.exec(text)) {
      asPhase(m[1]!, m.index);
      if (m[2]) asPhase(m[2], m.index + m[0].lastIndexOf(m[2], m[0].indexOf(' phase')));
    }
    // a phase named by its ordinal ("at its first phase", "the first phase of the World Summit"): an event mention over "first
    // phase", as the city is over its name (the attributions give it its venue, dates and PART_OF the Summit)
    ORDINAL_PHASE_RE.lastIndex = 0;
    for (let m = ORDINAL_PHASE_RE.exec(text); m; m = ORDINAL_PHASE_RE.exec(text)) {
      const ordinal = m[1] ?? m[2]!;
      const at = m.index + m[0].indexOf(ordinal);
      if (m[1] !== undefined) {
        let summit: EntityMention | undefined;
        for (const x of mentions) if (x.kind === 'Event' && x.end <= m.index && (summit === undefined || x.end > summit.end)) summit = x;
        if (summit?.key !== WSIS_KEY || !SUMMIT_TO_PHASE_GAP_RE.test(text.slice(summit.end, m.index))) continue;
      }
      if ((out ?? mentions).some((x) => x.start <= at && x.end > at)) continue;
      const { name, attrs } = phaseOf(ordinal === 'first' ? 'Geneva' : 'Tunis');
      out ??= [...mentions];
      const end = text.indexOf('phase', at) + 5;
      out.push({ kind: 'Event', key: keyOf({ name, attrs }), name, attrs, phrase: text.slice(at, end), start: at, end });
    }
  }
  // "the summits held in Geneva and Tunis": the two phases, each named by its city (only where "held in" is printed)
  if (heldIn) {
    const at = text.indexOf(SUMMITS_HELD_IN);
    SUMMITS_HELD_IN_RE.lastIndex = at;
    const m = at >= 0 ? SUMMITS_HELD_IN_RE.exec(text) : null;
    if (m) {
      asPhase(m[1]!, at + m[0].indexOf(m[1]!, SUMMITS_HELD_IN.length - 1));
      asPhase(m[2]!, at + m[0].length - m[2]!.length);
    }
  }
  return out ? (out as EntityMention[]).sort((a, b) => a.start - b.start || a.end - b.end) : mentions;
}
