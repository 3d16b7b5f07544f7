// The organizations a text lists after announcing them: "decided to invite the representatives of the following United
// Nations system entities and stakeholder organizations to make a statement at the High-level meeting ...: International
// Telecommunication Union, ..., Microsoft, ..., Meta, ..., Internet Society and IT for Change." (GA decision 80/524).
// Each item of such a list names an organization, also one no recogniser reads by its words ("Microsoft", "Wikimedia",
// "IT for Change"): an item no other mention overlaps becomes an Organization mention.
import type { EntityMention } from '../models.js';
import { namedKey } from './entityScan.js';
import { normaliseName } from '../gazetteer/index.js';
import { hasWord, textWords, wordIndex } from './paragraphWords.js';
import { letterRe } from '../letter-classes.js';
import { textIncludes } from '../textIncludes.js';

const THE_FOLLOWING = wordIndex('the following');
const STATUS_OF_OBSERVER_TO = 'status of observer to';

/**
 * "the following United Nations system entities and stakeholder organizations to make a statement at ...:", "the following
 * intergovernmental organizations:": the announcing noun within a few words of "following", then up to the colon (no
 * sentence or clause end between).
 */
const LIST_INTRO_RE =
  /\bthe following\s+(?:[\w-]+\s+){0,8}?(?:organizations|organisations|entities|agencies|institutions|companies|non-governmental organizations)\b[^:;.]{0,240}:\s+/g;
/** Where the list ends: a semicolon, or a full stop closing the sentence. */
const LIST_END_RE = /;|\.(?=\s|$)/g;
/** An item: a capital or digit first, at most eight words, no bracket or quote left open. */
const ITEM_RE = letterRe(String.raw`^[\p{Lu}\d][^()“”"]{0,78}$`, 'u');

/** What may follow a name that opens an item and still be the item's name: capitalised words only (" Young Leaders"). */
const CAPITALISED_WORDS_RE = letterRe(String.raw`^(?: \p{Lu}[\p{L}-]*){1,4}$`, 'u');
/** The last word of a body of members that the initiative patterns read as an initiative. */
const MEMBER_BODY_END_RE = / (?:Alliance|Coalition|Network)$/;

/**
 * "Endorses the decision of the Committee to grant the status of observer to the African Astronomical Society, the Global
 * Satellite Operators Association, ... and Space Renaissance International, in accordance with the procedures of the
 * Committee" (A/RES/79/87 OP48, 78/72 OP45, 80/76 OP48): the bodies the Committee on the Peaceful Uses of Outer Space admits,
 * listed up to "in accordance with" (or the clause's end). Each item an organization, "the" before it not part of its name.
 */
const OBSERVER_LIST_INTRO_RE = /\bthe status of observer to\s+/g;
const OBSERVER_LIST_END_RE = /,\s+in accordance with\b|;|\.(?=\s|$)/g;
/** A company's legal form, set off by a comma inside its name ("AeroAI Global Solutions, Inc."): no item of its own. */
const LEGAL_FORM_ITEM_RE = /^(?:Inc|Ltd|LLC|GmbH|S\.A)\.?$/;
/** An acronym in brackets closing an item ("the Alliance for Collaboration in the Exploration of Space (ACES Worldwide)"). */
const BRACKETED_TAIL_RE = / \([^()]{1,30}\)$/;

/** `mentions` (in text order) with the listed organizations no mention covers; the same array when the text lists none. */
export function withListedOrganizations(text: string, mentions: EntityMention[]): EntityMention[] {
  // gate: the observer formula (the word automaton is full: a filtered includes, textIncludes.ts)
  if (textIncludes(text, STATUS_OF_OBSERVER_TO)) mentions = withObserverList(text, mentions);
  // gate: "the following" among the words the one pass of paragraphWords.ts found (asked for this text already by
  // withSummitMentions and the attributions: no pass of its own)
  if (!hasWord(textWords(text), THE_FOLLOWING)) return mentions;
  let out: EntityMention[] | undefined;
  for (const [from, to] of listsAfter(text, LIST_INTRO_RE, LIST_END_RE)) {
    for (const [start, end] of listItems(text, from, to, mentions)) {
      const phrase = text.slice(start, end);
      if (!ITEM_RE.test(phrase) || phrase.split(' ').length > 8) continue;
      const over = mentions.filter((x) => x.start < end && start < x.end);
      // "Internet & Jurisdiction Policy Network", "WSIS+20 Co-Facilitators’ Informal Multistakeholder Sounding Board": a
      // body named by the item's last words only (read from after the "&", or after a name inside the item) gives way,
      // with the mentions inside the item before it, to the whole item
      const last = over.length > 0 ? over[over.length - 1]! : undefined;
      const tail =
        last !== undefined && last.start > start && last.end === end && (last.kind === 'Organization' || last.kind === 'Initiative') && over.every((x) => x.start >= start && x.end <= end);
      // "AI for Good Young Leaders": a name the item opens with (the "AI for Good" platform) and capitalised words after it
      // name a body of its own, the whole item
      const first = over.length === 1 ? over[0]! : undefined;
      const head = first !== undefined && first.start === start && first.end < end && CAPITALISED_WORDS_RE.test(text.slice(first.end, end));
      // "African ICT Alliance": a listed member body, read as an initiative by its last word, is an organization here
      const member = first !== undefined && first.start === start && first.end === end && first.kind === 'Initiative' && MEMBER_BODY_END_RE.test(phrase);
      if (over.length > 0 && !tail && !head && !member) continue;
      out ??= mentions.slice();
      for (const x of over) out.splice(out.indexOf(x), 1);
      const name = normaliseName(phrase);
      out.push({ kind: 'Organization', key: namedKey('Organization', name), name, attrs: { aliases: [] }, phrase, start, end });
    }
  }
  return out ? out.sort((a, b) => a.start - b.start || b.end - a.end) : mentions;
}

/** `mentions` with the bodies granted the status of observer (OBSERVER_LIST_INTRO_RE) that no mention names whole. */
function withObserverList(text: string, mentions: EntityMention[]): EntityMention[] {
  let out: EntityMention[] | undefined;
  for (const [from, to] of listsAfter(text, OBSERVER_LIST_INTRO_RE, OBSERVER_LIST_END_RE)) {
    const spans = listItems(text, from, to, mentions);
    for (let k = 0; k < spans.length; k++) {
      let [start, end] = spans[k]!;
      const next = spans[k + 1];
      if (LEGAL_FORM_ITEM_RE.test(text.slice(start, end))) continue;
      if (next !== undefined && LEGAL_FORM_ITEM_RE.test(text.slice(next[0], next[1]))) end = next[1];
      if (text.startsWith('the ', start)) start += 4;
      const tail = BRACKETED_TAIL_RE.exec(text.slice(start, end));
      const nameEnd = tail ? end - tail[0].length : end;
      const phrase = text.slice(start, nameEnd);
      if (!ITEM_RE.test(phrase) || phrase.split(' ').length > 8) continue;
      const over = (out ?? mentions).filter((x) => x.start < end && start < x.end);
      // a mention of the whole name: an organization or a body the patterns read as an initiative ("the Alliance for
      // Collaboration in the Exploration of Space"), admitted as an organization; a mention of part of it gives way
      const whole = over.length === 1 && over[0]!.start === start && over[0]!.end === nameEnd ? over[0]! : undefined;
      if (whole !== undefined && whole.kind !== 'Initiative') continue;
      if (over.some((x) => x.start < start || x.end > end || x.kind === 'Resolution' || x.kind === 'Document')) continue;
      out ??= mentions.slice();
      for (const x of over) out.splice(out.indexOf(x), 1);
      const name = normaliseName(phrase);
      out.push({ kind: 'Organization', key: namedKey('Organization', name), name, attrs: { aliases: [] }, phrase, start, end: nameEnd });
    }
  }
  return out ? out.sort((a, b) => a.start - b.start || b.end - a.end) : mentions;
}

/**
 * Where each list in `text` runs: from the end of an `intro` match (a global expression) to the next `end` match after it (or
 * the text's end); the next intro is looked for after that list.
 */
function listsAfter(text: string, intro: RegExp, end: RegExp): [number, number][] {
  const lists: [number, number][] = [];
  intro.lastIndex = 0;
  for (let m = intro.exec(text); m; m = intro.exec(text)) {
    const from = m.index + m[0].length;
    end.lastIndex = from;
    const e = end.exec(text);
    const to = e ? e.index : text.length;
    lists.push([from, to]);
    intro.lastIndex = Math.max(intro.lastIndex, to);
  }
  return lists;
}

/** The spans of the items of the list in [from, to): split at commas and at the last " and " (not inside a mention). */
function listItems(text: string, from: number, to: number, mentions: readonly EntityMention[]): [number, number][] {
  const spans: [number, number][] = [];
  let start = from;
  const push = (s: number, e: number): void => {
    while (s < e && text.charCodeAt(s) === 32) s++;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    if (e > s) spans.push([s, e]);
  };
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 44 /* , */) continue;
    push(start, i);
    start = i + 1;
  }
  // the last item: "Internet Society and IT for Change" is two, "International Federation of Library Associations and
  // Institutions" (a mention over the "and") one
  const and = text.lastIndexOf(' and ', to);
  if (and >= start && !mentions.some((x) => x.start <= and && and + 5 <= x.end)) {
    push(start, and);
    push(and + 5, to);
  } else push(start, to);
  return spans;
}
