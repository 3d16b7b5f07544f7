// Date context that findDates leaves to a later step (extract.ts), where the paragraph's named mentions are known.
import { letterRe } from '../letter-classes.js';

/**
 * "the cooperation agreement of 1997 between the United Nations and INTERPOL" (A/RES/79/136 PP2), "the United Nations
 * Disarmament Commission principles of verification of 1988,2" (A/RES/78/239 PP1), "contributions payable ... in respect of
 * 2024": a lower-case word (group 1), "of", a year alone (group 2: no letter, digit, "/" or dash glued after it; a footnote
 * mark after a comma may follow). findDates leaves a year after "of" alone ("the Convention of 1951" is an instrument's year).
 */
export const LOWER_WORD_OF_YEAR_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(\p{Ll}+) of ((?:19|20)\d\d)(?![\p{L}\p{N}/–‑-])`, 'gu');

/** The lower-case words that go on from a name with a preposition, up to the word before "of <year>" ("Declaration of Astana| on
 *  primary health care"), where no other word or stop comes between ("Goals| deadline" is not one). */
export const NAME_TAIL_WORDS_RE = letterRe(String.raw`^\s+(?:on|for|against|in)(?:\s+\p{Ll}[\p{Ll}‑-]*)+$`, 'u');

/** a year ending right before a day, a space between: that day is a footnote mark ("of 24 August 2016 3 and 21 October 2016",
 *  A/RES/79/56 OP4), no day of a range (dateEndingAt's d-dmy form) */
export const YEAR_END_RE = /(?<!\d)(?:19|20)\d\d\s+$/;
