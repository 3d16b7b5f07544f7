// One analysis per paragraph for the six named-entity recognisers (organizations, events,
// initiatives, frameworks, action lines, places): the gazetteer trie, capitalised-name patterns
// classified by head noun, sessions/meetings, short forms ("the Commission", "the Union") and
// acronyms defined in parentheses, then event dates and venues. The six find* functions filter
// this one result, so the paragraph is scanned once however many of them the pipeline calls.
//
// State across the paragraphs of one resolution (last-named commission, acronyms defined as
// "(CSTD)", dates of events already seen) lives in a WeakMap keyed by the RecognizeContext
// object: the pipeline passes one ctx object per resolution, so no new contract field is needed.
import { nodeKey } from '../../graph/model-keys.js';
import type { EntityMention, RecognizeContext } from '../models.js';
import { codeUnitAt, isAsciiCapital, isLowerAscii } from '../codeUnit.js';
import { entryByName, isWordCode, lookupLoose, lookupMisprinted, lookupName, normaliseName, scanGazetteer, type GazetteerEntry, type GazetteerHit, type GazetteerKind } from '../gazetteer/index.js';
import { ACTION_LINES, C7_SUBLINES, actionLineDisplayName, type ActionLineInfo } from '../gazetteer/actionLines.js';
import { MANDATE_ENTRIES } from '../gazetteer/mandates.js';
import { GENERAL_CONFERENCES, ORGANS_NAMING_OWNER } from '../gazetteer/organizations.js';
import { DAY_MONTH_YEAR_SOURCE, parseDateRange, parseSingleDate } from './dates.js';
import {
  BARE_TITLE_RE,
  COUNCIL_COMMITTEE_QUALIFIER_RE,
  JOINT_OWNERS_GAP_RE,
  ORG_HEADS,
  LOWERCASE_TOPIC_ORG_RE,
  NUMBERED_GROUP_OWNER_HEAD_RE,
  POST_OF_BEFORE_RE,
  SETS_UP_A_COMMISSION_RE,
  STAFF_GRADE_RE,
  UN_COMPOUND_ADJECTIVE_AFTER_RE,
  CAPITAL_WORD_STICKY_RE,
  OFFICER_OR_OFFICE_RE,
  VOLUNTEERS_AS_STAFF_BEFORE_RE,
} from './organizations.patterns.js';
import { ENTITLED_INITIATIVE_RE, INITIATIVE_HEADS, INITIATIVE_HEADS_NOT_INITIAL, QUOTED_INITIATIVE_RE, REVITALIZED_GLOBAL_PARTNERSHIP_RE } from './initiatives.patterns.js';
import { AMENDMENT_MARK_TO_RE, ENTITLED_STRATEGY_RE, OUTCOME_TEXT_NAMED_AFTER_VENUE_RE, FRAMEWORK_HEADS, FRAMEWORK_PHRASES_RE, LOWERCASE_TOPIC_AFTER_RE, PROTOCOL_AMENDING_RE, UN_AGREEMENT_BETWEEN_RE } from './frameworks.patterns.js';
import { ACTION_LINE_CODE_RE, CODE_RE, E_APPLICATION_RE } from './actionLines.patterns.js';
import {
  ACRONYM_INSIDE_NAME_AFTER_RE,
  EDITION_YEAR_RE,
  ELLIPTICAL_HEAD_BEFORE_RE,
  ELLIPTICAL_PAIR_AFTER_RE,
  ELLIPTICAL_PLURAL_NOUNS,
  EVENT_DATE_RE,
  OTHER_SITTING_OF_ITS_BEFORE_DATE_RE,
  EVENT_COMMA_DATE_RE,
  EVENT_OF_DATE_RE,
  EVENT_OF_YEAR_RE,
  OF_YEAR_END_RE,
  EVENT_HEADS,
  EVENT_WINDOW_STOP_RE,
  LATER_CLAUSE_STOP_RE,
  SITTING_AGAIN_RE,
  SHARED_PARTICIPLE_RE,
  MEETING_RE,
  ON_TOPIC_RE,
  TOPIC_SOURCE,
  TOPIC_SERIES_AFTER_RE,
  ADJECTIVE_SERIES_TOPIC_RE,
  LONE_MODIFIER_TOPIC_RE,
  TO_REVIEW_TOPIC_RE,
  DEVOTED_TO_TOPIC_RE,
  HIGH_LEVEL_QUALIFIER_RE,
  HIGH_LEVEL_SITTING_NAME_RE,
  REVIEW_OF_PROGRESS_RE,
  YEAR_BEFORE_TOPIC_RE,
  REPORTED_VERB_IN_TOPIC_RE,
  SERIES_EDITION_DATES_RE,
  TOPIC_BEFORE_IN,
  SESSION_BEFORE_RE,
  STANDING_CONFERENCE_NAME_RE,
  ITS_SESSION_YEAR_AFTER_RE,
  TOPIC_SPECIAL_SESSION_RE,
  HELD_AFTER_SHORT_RE,
  AT_THE_LEVEL_OF_RE,
  SESSION_NOUN_RE,
  IN_YEARS_AFTER_RE,
  WSIS_PLUS20_EVENT_RE,
  YEAR_RANGE_PAREN_RE,
  ORDINAL_SOURCE,
  NUMBERED_SITTING_OF_RE,
  LISTED_OWNERS_GAP_RE,
  JOINT_BODY_HEAD,
  ordinalValue,
  SERVING_AS_MEETING_RE,
  PROTOCOL_MEETINGS_RE,
  COP_SITTING_RE,
  COP_TREATIES,
  COP_SHORT_RE,
  ORG_SITTING_BEFORE_RE,
  ORG_SITTING_AFTER_RE,
  TWO_RESUMED_SESSIONS_RE,
  HOSTING_BY_OF_BEFORE_RE,
  HOSTED_LIST_TAIL_RE,
  PART_OF_SITTING_RE,
  PROTOCOL_MEETINGS_AFTER_PART_RE,
  PART_HELD_RE,
  AND_THE_BARE_PART,
  AND_THE_BARE_PART_RE,
  RESUMED_SESSION_OF_SITTING_RE,
  DATED_RESUMED_SESSION_OF_BODY_RE,
  CITED_PART_VENUE_DAYS_RE,
  ELECTION_HELD_RE,
  REFERENDUM_HELD_RE,
  PLURAL_REFERENDUMS_RE,
  REFERENDUM_DAY_BEFORE_RE,
  REFERENDUM_DAY_RE,
  TO_HOLD_ORGANIZATIONAL_GAP_RE,
  HIGH_LEVEL_MEETINGS_ON_RE,
  TOPIC_IN_YEAR_ITEM_RE,
  BARE_EDITION_GOES_ON_RE,
  QUESTION_OF_TERRITORY_RE,
  TWO_RESUMED_HELD_RE,
  LISTED_EVENTS_GAP_RE,
  SITTING_NAME_END_RE,
  SHARED_AFTER_LIST_RE,
  RESPECTIVE_DATES_RE,
  PAIRED_VENUE_BEFORE_RE,
  PAIRED_VENUE_AFTER_RE,
  INSTRUMENT_AFTER_RE,
  ORDINAL_BEFORE_RE,
  HELD_BEFORE_YEAR_RE,
  venueGapWords,
  topicInVenueGap,
  AFTER_TOPIC_VENUE_GAP_RE,
  titledSittingStart,
  ordinalWord,
  REPORT_ON_ITS_SESSION_TITLE_RE,
  SECOND_PART_DATES_RE,
  ANNUAL_MEETINGS_SINCE,
  ANNUAL_MEETING_HELD_RE,
  NEXT_MEETING_HELD_RE,
  LOWERCASE_SITTING_RE,
  UNNAMED_HEARING_RE,
  PLURAL_HEARINGS_RE,
  HEARINGS_TOPIC_RE,
  PURPOSE_THEN_HELD_RE,
  TO_PROMOTE_ETC,
  HELD_VIRTUALLY_RE,
  ONE_SITTING_AFTER_RE,
  ORGANIZED_BY_RE,
  ORGANIZER_THEN_DAY_RE,
  OF_MINISTERS,
  MINISTERS_RESPONSIBLE_RE,
  AT_THE_END_OF_THE,
  PLACED_DATED_AT_END_OF_RE,
  type EventKindName,
  periodAsTopic,
  OF_MARKED_NAME_RE,
  ITEM_ADOPTED_AT_LOWERCASE_SITTING_RE,
  ADOPTED_AT_WORDS,
  AND_OF_THE_ACT_RE,
  HOSTED_BY,
  HOSTED_SITTING_RE,
  HOSTS_GAP_RE,
  CO_ORGANIZED_BY_RE,
  HOSTED_ON_DAYS_RE,
  AND_BY_RE,
  HELD_IN as HELD_IN_WORDS,
  CONVENED_AT,
  HELD_ON_TWO_DAYS_BEFORE_HOSTED_RE,
  CONVENED_IN,
  CONVENED_ON,
  DATED_SITTING_BEFORE_RE,
  VENUE_CITY_GAP_RE,
  HELD_SITTING_BEFORE_RE,
  VENUE_COUNTRY_GAP_RE,
  HELD_ON_DAYS_RE,
  INITIALLY_MET,
  INITIALLY_MET_RE,
  INITIATED_IN,
  FIRST_TO_ORDINAL_SITTINGS_RE,
  SEMINAR,
  EDITION_ORDINAL_BEFORE_RE,
  HELD_AFTER_NAME_RE,
  VENUE_YEARS_ITEM_RE,
  RANGE_DAYS_AFTER_RE,
  RANGE_DAYS_ITEM_RE,
  FORUM_VENUE_YEAR_AFTER_RE,
  HELD_GATE,
  LOWERCASE_BODY_HOLDS_ITS_RE,
  MEETING_OF_STATES_PARTIES_LOWER,
  ORDINAL_PARTIES_MEETING_RE,
  PART_OF_ITS,
  HELD_ITS_PART_VENUE_DAYS_RE,
  HELD_BEFORE,
  CONNECTED_CAPITALS_BEFORE_RE,
  HELD_IN_VENUES_AFTER_RE,
  VENUE_ON_DAYS_ITEM_RE,
  VENUE_ON_DAYS_SEP_RE,
  MEETING_OF_THE_MINISTERS,
  MINISTERS_MEETING_ORDINAL_BEFORE_RE,
  MINISTERS_PORTFOLIO_AFTER_RE,
  NUMBERED_REVIEW_CONFERENCE_RE,
  NEXT_SESSION_OF_THE,
  SESSION_HELD_IN_YEAR_AFTER_RE,
  TWO_PARTS_HELD_AFTER_RE,
} from './events.patterns.js';
import { AT_HEADQUARTERS_RE, CITY_COUNTRY_GAP_RE, THE_TERRITORY_RE, TOWN_BEFORE_COUNTRY_RE, VENUE_BEFORE_RE } from './places.patterns.js';

/** The "in"/"at" that introduces a venue, at the end of the words before a place. */
const VENUE_IN_AT_RE = /(?:\bin\s+(?:the\s+)?(?:city\s+of\s+)?|\bat\s+(?:the\s+)?)$/;
import { acronymedInitiativeAt, scanCapitals, UN_ITS_CHARTER, type CapitalScan, type DeterminedHead, type TextSpan } from './capitalChunks.js';
import { GATE_WORDS, gateWordsIn, hasWord, rememberTextWords, textWords, wordIndex, type TextWords } from './paragraphWords.js';
import { sortSmall } from '../sortSmall.js';
import { isRegexSpace } from '../chars.js';
import { titledMeetingDeclaration } from '../meetingDeclarations.js';
import { letterRe, letterSource, STARTS_UPPER_RE } from '../letter-classes.js';
import { textIncludes } from '../textIncludes.js';

export type NamedKind = GazetteerKind;

const NUMBERED_EVENT_RE = new RegExp(`(?:^|\\s)(?:${ORDINAL_SOURCE})(?:\\s|$)|\\b(?:19|20)\\d{2}\\b`, 'i');

/**
 * An edition named with its year after the series' name ("WSIS Forum 2025", "International Year of Cooperatives
 * 2025", "Olympic Games Paris 2024"): keyed as the series dated that year ("... @ 2025", as the edition is when its
 * dates are printed instead), not as a node of its own. Not a year range ("2021-2030"), nor "of 1994".
 */
const YEAR_AFTER_NAME_RE = /^(.*[^\d\s,-](?<!\b(?:of|in|for|on|to|and|from))),? ((?:19|20)\d\d)$/;
/**
 * An edition named with its year before the series' name ("2025 United Nations Ocean Conference", "the 2028 United
 * Nations Conference to Support ...", "2019 Climate Action Summit"): keyed "<series> @ 2025" too, as the edition is
 * when its dates are printed after the name. Not "2000 and 2010 Review Conferences" (two editions).
 */
const YEAR_BEFORE_NAME_RE = /^((?:19|20)\d\d) ([A-Z].*)$/;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** the Group of 77's short name at the end of a sitting's name (eventKey) */
const OF_THE_GROUP_OF_77 = ' of the Group of 77';
/**
 * Stable Event key: normalised name + start year (DESIGN: "normalised name + start date"). The
 * year, not the full date, so that "World Radiocommunication Conference ... from 20 November to
 * 15 December 2023" and "... in 2023" are one node; no date at all when the name already says
 * which edition it is ("twenty-eighth session of ...", "WSIS Forum 2025").
 */
export function eventKey(name: string, startDate?: string): string {
  const dated = startDate === undefined ? UNDATED_EVENT_KEYS : (EVENT_KEYS_BY_DATE.get(startDate) ?? newDatedEventKeys(startDate));
  let key = dated.get(name);
  if (key === undefined) {
    key = eventKeyOf(name, startDate);
    if (eventKeysSize >= EVENT_KEYS_LIMIT) {
      UNDATED_EVENT_KEYS.clear();
      EVENT_KEYS_BY_DATE.clear();
      eventKeysSize = 0;
    }
    dated.set(name, key);
    eventKeysSize++;
  }
  return key;
}
/**
 * eventKey's keys by start date (none, or the date) then name. Why: the key is the name's and date's alone (the gazetteer
 * it reads is fixed), and the same sittings are named over and over; each key took ~15 substring tests and its
 * normalisations anew, per mention (toMention) and per lookup of the attribution steps.
 * Session 47 (spd47c), bench:instructions --step 30, checkouts side by side: 6,626,528,038 -> 6,600,458,072 (-0.39%).
 */
const UNDATED_EVENT_KEYS = new Map<string, string>();
const EVENT_KEYS_BY_DATE = new Map<string, Map<string, string>>();
/** keys remembered in all, at most (corpus-ga names ~1,800 events, printed and dated a few ways each) */
const EVENT_KEYS_LIMIT = 50_000;
let eventKeysSize = 0;
function newDatedEventKeys(startDate: string): Map<string, string> {
  const keys = new Map<string, string>();
  EVENT_KEYS_BY_DATE.set(startDate, keys);
  return keys;
}
/** eventKey, computed */
function eventKeyOf(name: string, startDate: string | undefined): string {
  let n = instrumentInFull(keyCase(normaliseName(name)));
  // "the United Nations International Year of Peace and Trust" (A/RES/78/266 OP1) is the "International Year of Peace and
  // Trust" of other texts (A/RES/79/274 PP11): an international year, day or week is the Assembly's, with its name or without
  if (n.charCodeAt(0) === 85 /* U */ && n.startsWith(UN_INTERNATIONAL)) n = n.slice(UN_PREFIX.length);
  // "the high-level plenary meeting of the General Assembly on HIV/AIDS, held in New York from 8 to 10 June 2021" (A/RES/78/182
  // PP7) is the "high-level meeting of the General Assembly on HIV and AIDS" of 8 June 2021 (A/RES/78/203 OP40): the topic as
  // most texts print it
  if (n.includes(ON_HIV_AIDS)) n = n.replace(ON_HIV_AIDS, ' on HIV and AIDS');
  // "the high-level plenary meeting of the General Assembly on the 20-year review of the implementation of the outcomes of the
  // World Summit on the Information Society, held in New York on 16 and 17 December 2025" (A/RES/80/173 OP0) is the meeting "on
  // the overall review of ..." of December 2025 other texts name (A/RES/80/215 PP3, 79/194 OP61): each overall review is the
  // Summit's ten- or twenty-year one, its year in the key
  if (n.includes(YEAR_REVIEW_OF_WSIS_OUTCOMES)) n = n.replace(YEAR_REVIEW_BEFORE_OF_WSIS_RE, ' on the overall review of');
  // "the first part of the second session of the United Nations Habitat Assembly, held in Nairobi from 5 to 9 June 2023" and
  // "to adjourn its second regular session" (A/RES/79/214 OP1, OP3), "the Human Rights Council at its fifty-fifth ... regular
  // sessions" (A/RES/79/258): a body with regular and special sessions numbers each kind apart, and its regular session is its
  // session of that ordinal; not an executive board's, whose "first regular session" of a year is not its first session
  if (n.includes(REGULAR_SESSION_OF) && !n.includes(BOARD_WORD)) n = n.replace(REGULAR_SESSION_OF, SESSION_OF_THE);
  // "the sixth, seventh and eighth substantive sessions of the open-ended working group" (A/RES/78/16 PP19) and "the sixth,
  // seventh and eighth sessions of the open-ended working group" (OP3): a body whose sessions are substantive (besides an
  // organizational one) numbers them so, printed with the word or without
  if (n.includes(SUBSTANTIVE_SESSION_OF)) n = n.replace(SUBSTANTIVE_SESSION_OF, SESSION_OF_THE);
  // (a numbered sitting of a Conference of the Parties: ' Conference of the ' then ' Parties to '; or the Conference itself)
  if ((n.includes(' Conference of the ') || n.startsWith('Conference of the ')) && n.includes(' Parties to ')) n = copSittingKey(n);
  if (n.includes(STATES_PARTIES_TO_THE)) n = statesPartiesInstrumentKey(n);
  // (a numbered sitting of a treaty's parties: a capital ordinal first, then ' Parties' or ' Review Conference of the ')
  // (or "<Ordinal> Special Session of the Conference (<instrument>)", qualified by qualifyGenericNames)
  if (CAPITAL_ORDINAL_FIRST[n.charCodeAt(0)] === 1 && (n.includes(' Parties') || n.includes(' Review Conference of the ') || n.includes(SPECIAL_SESSION_OF_CONFERENCE_QUALIFIED))) n = partiesSittingKey(n);
  if (n.endsWith(MINISTERIAL_CONFERENCE)) n = bodyFirstSittingInFull(n);
  // "the Summit on Science, Technology and Innovation of the Group of 77, held in Havana in September 2023" (A/RES/78/160 OP42,
  // 80/147 OP51) is the summit "of the Group of 77 and China" of 15 and 16 September 2023 (A/RES/78/259 PP3): the group's
  // short name, as its gazetteer alias is
  if (n.endsWith(OF_THE_GROUP_OF_77)) n += ' and China';
  // "the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries" (A/RES/79/45 PP5), "... Summit of Heads of
  // State and Government of the Non-Aligned Movement" (79/170 PP23), "the Thirteenth Summit Conference ..." and "the Thirteenth
  // Conference of Heads of State or Government of Non-Aligned Countries" (79/30 PP11): one summit of the Movement by its ordinal
  if (CAPITAL_ORDINAL_FIRST[n.charCodeAt(0)] === 1 && n.includes(NON_ALIGNED)) n = n.replace(NAM_SUMMIT_RE, NAM_SUMMIT_KEY);
  // "the ninth United Nations Alliance of Civilizations Forum, held in Fez" (A/RES/78/277 PP) and "the ninth ... Alliance of
  // Civilizations Global Forum, held in Fez" (79/316 OP16); the tenth likewise (79/321): one forum, printed with "Global" or without
  if (n.includes(ALLIANCE_FORUM)) n = n.replace(ALLIANCE_FORUM, ALLIANCE_GLOBAL_FORUM);
  const edition = isDigitCode(n.charCodeAt(n.length - 1)) ? YEAR_AFTER_NAME_RE.exec(n) : null;
  if (edition) return editionKey(edition[1]!, edition[2]!);
  const yearFirst = isDigitCode(n.charCodeAt(0)) ? YEAR_BEFORE_NAME_RE.exec(n) : null;
  if (yearFirst) return editionKey(yearFirst[2]!, yearFirst[1]!);
  // "the meetings of the Security Council on artificial intelligence and international peace and security, held on ..., 4 April
  // 2025 and 24 September 2025" (A/RES/80/58 PP16): a body meets on one topic more than once a year, each meeting a day of its
  // own, so a body's meeting dated to the day is keyed by its day (by its year two of them merged); an ordinal in the body's
  // name ("the First Committee") does not number the meeting
  if (startDate?.length === 10 && BODY_MEETING_NAME_RE.test(n)) return nodeKey('Event', `${n} @ ${startDate}`);
  if (!startDate || NUMBERED_EVENT_RE.test(n)) return nodeKey('Event', n);
  // "the high-level meeting of the General Assembly held on 17 February 2017" (on enforced disappearance, A/RES/78/207 PP) and
  // "... held in New York on 27 and 28 September 2017" (on trafficking in persons, A/RES/78/182 PP7): the Assembly holds several
  // sittings named without their topic in a year, so such a sitting dated to the day is keyed by its day (one year had merged them)
  if (startDate.length === 10 && n.endsWith(OF_THE_GENERAL_ASSEMBLY) && TOPICLESS_ASSEMBLY_SITTING_RE.test(n)) return nodeKey('Event', `${n} @ ${startDate}`);
  return editionKey(n, startDate.slice(0, 4));
}

const UN_INTERNATIONAL = 'United Nations International ';
/** a body's meeting, named by the body: "meeting of the Security Council on ...", "joint ad hoc meeting of the First Committee and ..." */
const BODY_MEETING_NAME_RE = letterRe(String.raw`^(?:(?:joint|ad hoc|informal) )*meeting of the \p{Lu}`, 'u');
const NON_ALIGNED = 'Non-Aligned';
const ALLIANCE_FORUM = 'Alliance of Civilizations Forum';
const ALLIANCE_GLOBAL_FORUM = 'Alliance of Civilizations Global Forum';
// (not "the Eighteenth Ministerial Conference of the Movement of Non-Aligned Countries", a sitting of ministers)
const NAM_SUMMIT_RE = /^([A-Z][a-z]+(?:-[a-z]+)?) (?:Summit Conference|Summit|Conference) of Heads of State (?:or|and) Government of (?:the )?(?:Non-Aligned Countries|Non-Aligned Movement|Movement of Non-Aligned Countries)$/;
const NAM_SUMMIT_KEY = '$1 Summit of Heads of State or Government of Non-Aligned Countries';
const SPECIAL_SESSION_OF_CONFERENCE_QUALIFIED = ' Special Session of the Conference (';
const STATES_PARTIES_TO_THE = 'Conference of the States Parties to the ';
/**
 * "decision C-25/DEC.9 of 21 April 2021 of the Conference of the States Parties to the Convention on the Prohibition of the
 * Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction" (A/RES/78/222 OP, 79/185,
 * 79/134) is the "Conference of the States Parties to the Chemical Weapons Convention" of A/RES/80/34 PP6 (the decisions'
 * body too): the treaty by its gazetteer name, however printed. Only a tail the gazetteer names as a Framework whole.
 */
function statesPartiesInstrumentKey(n: string): string {
  const at = n.indexOf(STATES_PARTIES_TO_THE) + STATES_PARTIES_TO_THE.length;
  const tail = n.slice(at);
  const entry = lookupName(tail);
  return entry !== undefined && entry.kind === 'Framework' && entry.name !== tail ? `${n.slice(0, at)}${entry.name}` : n;
}
const REGULAR_SESSION_OF = ' regular session of the ';
const SUBSTANTIVE_SESSION_OF = ' substantive session of the ';
const SESSION_OF_THE = ' session of the ';
const BOARD_WORD = 'Board';
const ON_HIV_AIDS = ' on HIV/AIDS';
const YEAR_REVIEW_OF_WSIS_OUTCOMES = '-year review of the implementation of the outcomes of the World Summit';
const YEAR_REVIEW_BEFORE_OF_WSIS_RE = / on the (?:10|20|ten|twenty)-year review of(?= the implementation of the outcomes of the World Summit)/;
const MINISTERIAL_CONFERENCE = ' Ministerial Conference';
/** "World Trade Organization Thirteenth Ministerial Conference", "13th WTO Ministerial Conference": the ordinal (1 or 2) */
const BODY_FIRST_WTO_SITTING_RE = /^(?:World Trade Organization ([A-Za-z-]+|\d{1,2}(?:st|nd|rd|th))|([A-Za-z-]+|\d{1,2}(?:st|nd|rd|th)) WTO) Ministerial Conference$/;
const BARE_MINISTERIAL_CONFERENCE = 'Ministerial Conference';
const WTO = 'World Trade Organization';
/**
 * "... looks forward to continuing the World Trade Organization negotiations ..., with a view to achieving concrete and positive
 * results at the next Ministerial Conference" (A/RES/80/121 OP9, 79/195), "to keep under regular review, by the Ministerial
 * Conference and appropriate bodies of the World Trade Organization" (78/138 OP22, 80/124 OP29): with the WTO named in the
 * paragraph, "the Ministerial Conference" is the WTO's (its highest organ, the series), not one node with every body's.
 */
function bareWtoSitting(kept: readonly Candidate[]): string {
  for (const o of kept) if (o.kind === 'Organization' && o.name === WTO) return `${BARE_MINISTERIAL_CONFERENCE} of the ${WTO}`;
  return BARE_MINISTERIAL_CONFERENCE;
}
/**
 * "the World Trade Organization Thirteenth Ministerial Conference" (A/RES/80/127 PP45, 79/198 PP41), "the 13th WTO Ministerial
 * Conference" (A/RES/78/1 annex OP38): the body printed before the sitting, keyed as "the Thirteenth Ministerial Conference of
 * the World Trade Organization" is printed in most texts (one node).
 */
function bodyFirstSittingInFull(n: string): string {
  const m = BODY_FIRST_WTO_SITTING_RE.exec(n);
  if (!m) return n;
  const printed = m[1] ?? m[2]!;
  const value = ordinalValue(printed);
  const word = value === undefined ? undefined : ordinalWord(value);
  if (word === undefined) return n;
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} Ministerial Conference of the World Trade Organization`;
}
/**
 * One key per numbered sitting of a treaty's Conference of the Parties (COP_TREATIES): "<ordinal> <the noun the treaty
 * numbers its sittings by> of the Conference of the Parties to the <treaty's full name>", however the text names the
 * treaty or the sitting ("session" or "meeting", or no noun: "the twenty-seventh Conference of the Parties to ...").
 * Not "... serving as the Meeting of the Parties to ..." (the CMA's, the CMP's sittings), nor a treaty not listed.
 */
function copSittingKey(n: string): string {
  if (n.includes(' serving as ')) return n;
  const m = COP_SITTING_RE.exec(n);
  // the Conference itself, no sitting named: "the Conference of the Parties to the United Nations Convention to Combat
  // Desertification" (A/RES/78/158 PP9, "in which the Conference urged ...", after its decision 26/COP.15) is the
  // Conference under the Convention's full title (A/RES/78/155 PP39's), "the Conference of the Parties to the Convention
  // on Biodiversity" the CBD's (A/RES/78/155 PP20)
  const bare = m ? null : COP_BODY_RE.exec(n);
  if (!m && !bare) return n;
  const tail = m ? m[3]! : bare![1]!;
  for (const t of COP_TREATIES) {
    for (const p of t.printed) {
      if (!tail.startsWith(p)) continue;
      // (the printed name whole, or going on with words of the full title, perhaps cut short of its end: "... in Those
      // Countries Experiencing Serious Drought")
      if (tail.length !== p.length && (tail.charCodeAt(p.length) !== 32 || !t.name.includes(tail.slice(p.length)))) continue;
      if (!m) return `Conference of the Parties to the ${t.name}`;
      return `${m[1]!.toLowerCase()} ${t.noun} of the Conference of the Parties to the ${t.name}`;
    }
  }
  return n;
}
/** The Conference of the Parties itself, no sitting before it: group 1 the instrument as printed. */
const COP_BODY_RE = /^Conference of the (?:Contracting )?Parties to (?:the )?(.+)$/;
const NPT_REVIEW_CONFERENCE = 'Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';
/**
 * The NPT's review conferences by year, and their ordinals: "the 2015 Review Conference of the Parties to the Treaty ..."
 * is "the ninth Review Conference of the Parties ..., held from 27 April to 22 May 2015" (A/RES/78/30 PP), and "the 2020
 * Review Conference", postponed, was held in 2022 as the tenth (A/RES/78/53 PP: "the tenth Review Conference ..., held from
 * 1 to 26 August 2022"). One node each, keyed as the ordinal names are (partiesSittingKey).
 */
const NPT_EDITIONS: ReadonlyMap<string, string> = new Map([
  ['2000', 'Sixth'],
  ['2005', 'Seventh'],
  ['2010', 'Eighth'],
  ['2015', 'Ninth'],
  ['2020', 'Tenth'],
  ['2022', 'Tenth'],
  ['2026', 'Eleventh'],
]);
/**
 * Editions named by a year they were planned for, not the year held: "the 2020 Review Conference", postponed to 2022 (the
 * key, then the year printed). Its year names the sitting; it does not date it.
 */
const POSTPONED_EDITION_YEARS: ReadonlySet<string> = new Set(
  [...NPT_EDITIONS].filter(([year, ordinal]) => [...NPT_EDITIONS].some(([later, o]) => o === ordinal && later > year)).map(
    ([year, ordinal]) => `${nodeKey('Event', `${ordinal} Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)`)} ${year}`,
  ),
);
/** Whether the year printed in an edition's name is a year it was planned for but not held in ("the 2020 Review Conference"). */
export function editionPostponedFrom(key: string, year: string): boolean {
  return POSTPONED_EDITION_YEARS.has(`${key} ${year}`);
}
/**
 * Forums whose texts name a sitting by its year or by its ordinal: "the Global Refugee Forum 2023" (A/RES/78/219 PP69, OP26)
 * is "the second Global Refugee Forum, in December 2023" (A/RES/78/184 OP18, 79/182 PP72), and the 2019 one "the first Global
 * Refugee Forum, in December 2019" (78/185 OP4): one node per sitting, keyed as the ordinal names it (forumSitting).
 */
const FORUM_EDITIONS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    'Global Refugee Forum',
    new Map([
      ['2019', 'First'],
      ['2023', 'Second'],
    ]),
  ],
]);
/** Key of a series' edition of a year ("<series> @ <year>"), or of the edition's ordinal name where the series numbers them. */
function editionKey(series: string, year: string): string {
  if (series.charCodeAt(0) === 71 /* G */) {
    const ordinal = FORUM_EDITIONS.get(series)?.get(year);
    if (ordinal) return nodeKey('Event', `${ordinal} ${series}`);
  }
  if (series.charCodeAt(0) === 82 /* R */ && series === NPT_REVIEW_CONFERENCE) {
    const ordinal = NPT_EDITIONS.get(year);
    if (ordinal) return nodeKey('Event', `${ordinal} Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)`);
    // the 1995 conference, named with the others' ("1995, 2000 and 2010 Review Conferences of the Parties ..."), is the
    // "1995 Review and Extension Conference of the Parties ..." that texts name alone
    if (year === '1995') return nodeKey('Event', `Review and Extension ${series.slice(7)} @ 1995`);
  }
  return nodeKey('Event', `${series} @ ${year}`);
}

/** first letters of the capital ordinals (First ... Tenth, Eleventh, Twelfth, Thirteenth ..., Twenty-, Thirty-, Forty-, Fifty-) */
const CAPITAL_ORDINAL_FIRST = new Uint8Array(128);
for (const c of 'FSTEN') CAPITAL_ORDINAL_FIRST[c.charCodeAt(0)] = 1;
/**
 * A numbered sitting of a treaty's parties, printed in full ("Third Meeting of States Parties to the Treaty on the
 * Prohibition of Nuclear Weapons", "First Review Conference of the Parties to the Treaty ...", "First Review Conference
 * of the Treaty ...", "Sixth Review Conference of the High Contracting Parties to the Convention on Certain Conventional
 * Weapons"): group 1 the ordinal and the sitting, group 2 the instrument.
 */
const PARTIES_SITTING_IN_FULL_RE = new RegExp(
  `^(?:((?:${ORDINAL_SOURCE}) Review Conference)(?: of (?:the )?(?:States |High Contracting )?Parties)?(?: to| of) the |((?:${ORDINAL_SOURCE}) (?:Meeting|Annual Conference)) of (?:the )?(?:States |High Contracting |Contracting )?Parties to (?:the )?)(.+?)(?: \\((.+)\\))?$`,
  'i',
);
/** the parties' sittings a short name is qualified with its instrument for (qualifyGenericNames: "Third Meeting of States Parties (...)") */
const PARTIES_QUALIFIED_RE = new RegExp(
  `^((?:${ORDINAL_SOURCE}) (?:Review Conference|Meeting|Annual Conference|Special Session of the Conference))(?: of (?:the )?(?:States |High Contracting )?Parties)? \\((.+)\\)$`,
  'i',
);
const PARTIES_SITTING_KEYS = new Map<string, string>();
const SPECIAL_SESSION_OF_THE_CONFERENCE = ' Special Session of the Conference';
/** "Third Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention" */
const SPECIAL_SESSION_TO_REVIEW_RE = new RegExp(`^(${ORDINAL_SOURCE}) Special Session of the Conference of (?:the )?States Parties to Review the Operation of (?:the )?(.+)$`, 'i');
/**
 * One key for a numbered sitting of a treaty's parties however a text names it: "Third Meeting of States Parties to the
 * Treaty on the Prohibition of Nuclear Weapons" (A/RES/79/35 PP25) and "the Third Meeting of States Parties" read after the
 * Treaty and qualified with it (A/RES/79/38 OP11), "First Review Conference of the Treaty on ..." (A/RES/80/39 PP30) and
 * "the First Review Conference" (A/RES/80/54 OP11) were two nodes each. The key is "<ordinal> <sitting> (<instrument by
 * its gazetteer name>)"; the name stays as printed. Only names with a capital ordinal first (the caller's test), memoised.
 */
function partiesSittingKey(n: string): string {
  let key = PARTIES_SITTING_KEYS.get(n);
  if (key === undefined) {
    key = n;
    // "the Third Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons
    // Convention, held in The Hague from 8 to 19 April 2013 (the Third Review Conference)" (A/RES/78/29 PP9): a special
    // session to review a treaty's operation is its review conference of that number
    const review = n.includes(' to Review the Operation of ') ? SPECIAL_SESSION_TO_REVIEW_RE.exec(n) : null;
    if (review) n = `${review[1]} Review Conference of the States Parties to the ${review[2]}`;
    const q = PARTIES_QUALIFIED_RE.exec(n);
    const m = q ? undefined : PARTIES_SITTING_IN_FULL_RE.exec(n);
    const sitting = q ? q[1] : m ? (m[1] ?? m[2]) : undefined;
    const instrument = q ? q[2] : m && m[4] === undefined ? m[3] : undefined;
    // (not a name that goes on after the instrument's: "... to the Convention (A/RES/78/46)" keeps its own key; nor one
    // whose instrument is a bare generic word or no name: "Fifth Review Conference of the Convention" is whose the text says)
    const c = instrument === undefined ? 0 : instrument.charCodeAt(0);
    if (sitting !== undefined && instrument !== undefined && instrument.includes(' ') && ((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
      const entry = lookupName(instrument);
      if (entry === undefined || entry.kind === 'Framework') key = `${sitting} (${entry ? entry.name : instrument})`;
      // "Decision C-SS-4/DEC.3 of the Fourth Special Session of the Conference of the States Parties" (A/RES/80/34 OP12,
      // 79/56, 78/29, qualified with the Convention) is the "fourth special session" of "the Conference of the States Parties
      // to the Convention on the Prohibition of ... Chemical Weapons ..." (A/RES/79/134 OP6): one key, as the latter reads
      if (q && entry?.kind === 'Framework' && sitting.endsWith(SPECIAL_SESSION_OF_THE_CONFERENCE)) {
        key = `${sitting.slice(0, sitting.length - SPECIAL_SESSION_OF_THE_CONFERENCE.length).toLowerCase()} special session of the Conference of the States Parties to the ${entry.name}`;
      }
    }
    if (PARTIES_SITTING_KEYS.size < 5_000) PARTIES_SITTING_KEYS.set(n, key);
  }
  return key;
}

/** event names whose instrument was printed by its short name, and the names with the instrument in full */
const IN_FULL = new Map<string, string>();
/**
 * "the Review Conference of the Rome Statute" (A/RES/73/7 OP24) is the "Review Conference of the Rome Statute of the
 * International Criminal Court" of OP4: an instrument printed at a sitting's name's end by a short form of its
 * gazetteer name (the gazetteer name goes on from it with " of the <body>") is keyed by that name. Only a name with " of the " or " to the "
 * (a character test first), memoised per name.
 */
function instrumentInFull(n: string): string {
  if (!n.includes(' of the ') && !n.includes(' to the ')) return n;
  let full = IN_FULL.get(n);
  if (full === undefined) {
    full = n;
    for (let at = n.indexOf(' the '); at >= 0; at = n.indexOf(' the ', at + 1)) {
      if (!n.endsWith(' of', at) && !n.endsWith(' to', at)) continue;
      const tail = n.slice(at + 5);
      const entry = lookupName(tail);
      if (entry?.kind !== 'Framework') continue;
      // (only a name that goes on with its body's: "Monterrey Consensus" is not short for "... of the International
      // Conference on Financing for Development" in a sitting's name, nor the UNCCD's printed name for its full title)
      if (entry.name.startsWith(`${tail} of the `) && lookupName(entry.name.slice(tail.length + 8))?.kind === 'Organization') full = n.slice(0, at + 5) + entry.name;
      break;
    }
    if (IN_FULL.size < 20_000) IN_FULL.set(n, full);
  }
  return full;
}

/** a compound's second element the UN prints in lower case inside names ("High-level", "Small-scale", "Low-income", "Well-being") */
const LOWER_AFTER_HYPHEN_RE = /(?<=[A-Za-z])-(Level|Scale|Income|Being)\b/g;
/**
 * a sitting of a conference of parties printed with a capitalised ordinal ("First Meeting of the Conference of the Parties
 * to the Agreement"): keyed as sessionsOfBodies names the sittings of a body ("first meeting of the Conference of ...");
 * not a name of its own such as "First Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons"
 */
const CAPITAL_SITTING_RE = /^(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth) (Meeting|Session) of (?=the Conference of )/;

/**
 * Words of a key texts print two ways, each respelled as most texts print it (gate: a substring to test before the regex):
 * - " Against " in lower case inside a name ("Global Alliance against Hunger");
 * - "noncommunicable diseases" (A/RES/79/273) is the "non-communicable diseases" of most texts (22 files of corpus-ga to 12);
 *   "Inter-sessional" (A/RES/78/155 OP19) the "Intersessional" of A/RES/79/208 OP20;
 * - "twenty-seventh session of the Conference of Parties to the United Nations Framework Convention ...": the article the
 *   name has elsewhere;
 * - "the 2026 Review Conference of the Treaty on the Non-Proliferation of Nuclear Weapons" (A/RES/80/39 PP15), "the
 *   Preparatory Committee for the 2026 Review Conference of the Treaty ...": the parties' conference, as most texts print it;
 * - "the Conference of the Parties of the Convention on Biological Diversity" (A/RES/78/153 PP21): "to the";
 * - "the United Nations Convention against Transnational organized Crime" (A/RES/79/133 PP7, a line break in the title);
 * - ", Particularly in Africa": the Desertification Convention's title is printed with a capital, its gazetteer name, the
 *   key most texts have;
 * - "the thirteenth session of the Conference of the Parties to the Organized Crime Convention" (A/RES/80/227 OP20): the
 *   Convention's short title (a gazetteer alias), the Conference keyed by its full title as most texts print it;
 * - "the Treaty on Measures for the Further Reduction and Limitations of Strategic Offensive Arms (New START Treaty)"
 *   (A/RES/79/35, 80/39 OP27) is the "... Reduction and Limitation of ..." of their PP6 and of the treaty's title.
 */
const lowerCased = (w: string): string => w.toLowerCase();
/** "Preparatory Committee for the eleventh Review Conference" of the NPT's parties (group 1: the ordinal) */
const PREPARATORY_FOR_NPT_ORDINAL_RE = /(?<=Preparatory Committee for the )([A-Za-z]+) Review Conference(?= of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons)/g;
/** The NPT's review conferences by ordinal, and the year each was planned for (the first of NPT_EDITIONS': 2020, not 2022). */
const NPT_PLANNED_YEARS: ReadonlyMap<string, string> = new Map([...NPT_EDITIONS].reverse().map(([year, ordinal]) => [ordinal.toLowerCase(), year]));
/**
 * "the Preparatory Committee for the eleventh Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear
 * Weapons" (A/RES/78/40 PP5, 79/41 PP5) is the "Preparatory Committee for the 2026 Review Conference of the Parties ..." most
 * texts print (78/40's title quote, 78/42, 79/35, 80/39, 80/48): the year the conference was planned for, and so the
 * committee's sessions named after it.
 */
function preparatoryForNptYear(w: string): string {
  const year = NPT_PLANNED_YEARS.get(w.slice(0, w.indexOf(' ')).toLowerCase());
  return year === undefined ? w : `${year} Review Conference`;
}
const KEY_RESPELLINGS: readonly { gate: string; re: RegExp; to: string | ((w: string) => string) }[] = [
  // "High-Level Panel": "High-level", as the UN's style prints it (the regex lowers every such word: idempotent)
  { gate: '-Level', re: LOWER_AFTER_HYPHEN_RE, to: lowerCased },
  { gate: '-Scale', re: LOWER_AFTER_HYPHEN_RE, to: lowerCased },
  { gate: '-Income', re: LOWER_AFTER_HYPHEN_RE, to: lowerCased },
  { gate: '-Being', re: LOWER_AFTER_HYPHEN_RE, to: lowerCased },
  { gate: ' Against ', re: / Against /g, to: ' against ' },
  { gate: 'oncommunicable', re: /([Nn])oncommunicable/g, to: '$1on-communicable' },
  { gate: 'Inter-sessional', re: /Inter-sessional/g, to: 'Intersessional' },
  { gate: ' of Parties to ', re: / of Parties to /g, to: ' of the Parties to ' },
  { gate: 'Review Conference of the Treaty on ', re: /Review Conference of the Treaty on /g, to: 'Review Conference of the Parties to the Treaty on ' },
  { gate: ' Parties of the ', re: / Parties of the /g, to: ' Parties to the ' },
  { gate: 'Transnational organized Crime', re: /Transnational organized Crime/, to: 'Transnational Organized Crime' },
  { gate: ', particularly in Africa', re: /, particularly in Africa/g, to: ', Particularly in Africa' },
  { gate: 'Reduction and Limitations of', re: /Reduction and Limitations of/g, to: 'Reduction and Limitation of' },
  { gate: 'Parties to the Organized Crime Convention', re: /Parties to the Organized Crime Convention/g, to: 'Parties to the United Nations Convention against Transnational Organized Crime' },
  { gate: 'Preparatory Committee for the ', re: PREPARATORY_FOR_NPT_ORDINAL_RE, to: preparatoryForNptYear },
];

/**
 * The letter case of a key's words that texts print both ways: "High-Level Panel" and "High-level Panel", "Global
 * Alliance Against Hunger" and "... against Hunger", "..., particularly in Africa" and "..., Particularly in Africa",
 * "First Meeting of the Conference of the Parties" and "first meeting of ...", were two nodes each. The UN's editorial
 * style prints these words in lower case inside a name (but the Desertification Convention's title); the key follows it
 * (the name keeps the printed form).
 * Called once per distinct name (namedKey memo) or per event mention: a character test gates each regex.
 */
export function keyCase(n: string): string {
  // (most names have a hyphen, as ordinals do, or none of these words: substring tests before any regex)
  // one call site for every respelling of KEY_RESPELLINGS: a call met first in corpus-ga (after keyCase was compiled) deoptimised it
  for (let i = 0; i < KEY_RESPELLINGS.length; i++) {
    const r = KEY_RESPELLINGS[i]!;
    // (one call for both kinds of replacement: TypeScript's overloads take a string or a function, not the union)
    if (n.includes(r.gate)) n = n.replace(r.re, r.to as string);
  }
  const c = n.charCodeAt(0);
  if (c !== 70 /* F */ && c !== 83 /* S */ && c !== 84 /* T */ && c !== 69 /* E */ && c !== 78 /* N */) return n;
  // (a sitting's name with a capital ordinal has ' of the Conference of ' in it)
  if (!n.includes(' of the Conference of ')) return n;
  const m = CAPITAL_SITTING_RE.exec(n);
  return m ? `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()} of ${n.slice(m[0].length)}` : n;
}

/** The years a decade's name may end with: "United Nations Decade of Sustainable Transport, 2026–2035", "(2021–2030)". */
const DECADE_YEARS_AFTER_RE = /,? \(?(?:19|20)\d\d-(?:(?:19|20)\d\d|\d\d)\)?$/;

/**
 * Key of a decade: its name alone, without the years some mentions print after it or the start date others are
 * dated with. No two decades share a name (another one is "Second ...", "Third ..."), so "the United Nations Decade of
 * Sustainable Transport", "... 2026–2035" and the same decade dated 2026 are one node, whichever way a resolution names it.
 */
function decadeKey(name: string): string {
  let n = keyCase(normaliseName(name));
  // "the Decade of Action on Nutrition to 2030" (A/RES/80/174 PP3) is "the United Nations Decade of Action on Nutrition to
  // 2030" (A/RES/79/276 OP20): the Assembly proclaims the decades, and texts print its name before them or not
  if (n.charCodeAt(0) === 85 /* U */ && n.startsWith(UN_PREFIX) && n.length > UN_PREFIX.length + 8) n = n.slice(UN_PREFIX.length);
  const years = isDigitCode(n.charCodeAt(n.length - 1)) || n.charCodeAt(n.length - 1) === 41 /* ) */ ? DECADE_YEARS_AFTER_RE.exec(n) : null;
  return nodeKey('Event', years ? n.slice(0, years.index) : n);
}

/**
 * Keys of names of the kinds keyed by name alone, by kind then name. Why: the same few thousand names recur
 * over a corpus, and one key string per name, hashed once, serves every mention (graph/plan.ts looks each
 * mention's key up in a Set and a Map) where a string built per mention was normalised, joined and hashed anew.
 */
const keysByName = new Map<NamedKind, Map<string, string>>();
/** names remembered per kind, at most (a corpus-ga pass names ~10 000 in all) */
const KEYS_BY_NAME_LIMIT = 50_000;

/** Key of a named entity of any of the six kinds. */
export function namedKey(kind: NamedKind, name: string, attrs: Record<string, unknown> = {}): string {
  // a generic name ("Third Review Conference", "Preparatory Committee") is keyed with whose it is (qualifyGenericNames)
  const keyName = typeof attrs.qualifier === 'string' ? `${name} (${attrs.qualifier})` : name;
  if (kind === 'Event') {
    if (attrs.eventKind === 'decade') return decadeKey(keyName);
    return eventKey(keyName, typeof attrs.startDate === 'string' ? attrs.startDate : undefined);
  }
  if (kind === 'ActionLine' && typeof attrs.code === 'string') return nodeKey('ActionLine', attrs.code);
  let ofKind = keysByName.get(kind);
  if (!ofKind) keysByName.set(kind, (ofKind = new Map()));
  let key = ofKind.get(keyName);
  if (key === undefined) {
    key = nodeKey(kind, keyCase(normaliseName(keyName)));
    if (ofKind.size < KEYS_BY_NAME_LIMIT) ofKind.set(keyName, key);
  }
  return key;
}

interface Ref {
  kind: NamedKind;
  name: string;
  attrs: Record<string, unknown>;
}

interface ResolutionState {
  /** head word / short form -> entity last named with it */
  last: Map<string, Ref>;
  /** head word -> every entity named with it, in order (for "the Office of the High Commissioner" after another office) */
  allWithHead: Map<string, Ref[]>;
  /** kind -> first two words -> the last longer name that starts with them (two levels: no "Kind|words" key string to build) */
  byPrefix: Map<NamedKind, Map<string, Ref>>;
  /** gazetteer short forms ("the Union" -> ITU) of the last entry named with them */
  pinned: Map<string, Ref>;
  /** heads the text defined as a name's short form ("... Highly Migratory Fish Stocks (the Agreement)"): meant so throughout */
  defined: Map<string, Ref>;
  /** kind -> name without its leading "United Nations " -> the name printed with it ("Dispute Tribunal" -> UNDT) */
  withoutUN: Map<NamedKind, Map<string, Ref>>;
  /** kind -> a name's words before its first preposition (headPartOf) -> the name */
  byHeadPart: Map<NamedKind, Map<string, Ref>>;
  /** acronyms defined in the text ("(CSTD)") -> entity */
  acronyms: Map<string, Ref>;
  /** event name -> start date learnt earlier in the resolution */
  eventStarts: Map<string, string>;
  /** event name -> the venue printed with the start date learnt for it */
  eventVenues: Map<string, string>;
  /** series name -> the one edition named with its year before it ("2025 United Nations Conference to ..."); null: two were */
  editions: Map<string, Ref | null>;
  /** "edition|series" for each edition noted in `editions` (the series' names it was noted under) */
  seriesOfEditions: Set<string>;
  /** "Kind|ordinal" -> longer names that start with that ordinal ("Fifteenth United Nations Congress on ...") */
  ordinals: Map<string, Ref[]>;
  /** `acronyms` keys, longest first, and the map size they were listed for (set on the first scan; present from the
   *  start so that a state has one shape: added later, they gave the scan's reads of `state` a late second map) */
  acronymList: string[] | undefined;
  acronymListSize: number;
  /** the decade the text itself proclaims ("1. Decides to proclaim ... the United Nations Decade for ..."): "the Decade" */
  proclaimedDecade: Ref | undefined;
  /** the International Law Commission's articles the text named first ("the articles on diplomatic protection"): "the articles" */
  ilcArticles: Ref | undefined;
  /** a gazetteer entry's short forms in lower case ("guiding principles"), once the entry is named: lowerShortFormsNamedBefore */
  lowerShorts: Map<string, Ref>;
  /** the resolution's title (RecognizeContext.title): the body it names keeps its short form (register) */
  title: string | undefined;
  /** the sitting an annexed declaration's opening says its signatories met at, and its head: metAtSitting */
  metAt: Ref | undefined;
  metAtHead: string | undefined;
  /** sitting body's name -> the year of its next session, dated earlier in the resolution ("shall hold its next session from 20
   *  to 28 February 2024"): "the next session of the Special Committee" printed later without a date (nextSessionsOfBodies) */
  nextSessionYears: Map<string, string>;
}

const states = new WeakMap<RecognizeContext, ResolutionState>();
function stateFor(ctx: RecognizeContext): ResolutionState {
  let s = states.get(ctx);
  if (!s) {
    s = {
      last: new Map(),
      allWithHead: new Map(),
      byPrefix: new Map(),
      pinned: new Map(),
      defined: new Map(),
      withoutUN: new Map(),
      byHeadPart: new Map(),
      acronyms: new Map(),
      eventStarts: new Map(),
      eventVenues: new Map(),
      editions: new Map(),
      seriesOfEditions: new Set(),
      ordinals: new Map(),
      acronymList: undefined,
      acronymListSize: 0,
      proclaimedDecade: undefined,
      ilcArticles: undefined,
      lowerShorts: new Map(),
      title: ctx.title,
      metAt: undefined,
      metAtHead: undefined,
      nextSessionYears: new Map(),
    };
    // a Human Rights Council resolution's "the Office of the High Commissioner" (or "the Office") with no office named before
    // is the Office of the United Nations High Commissioner for Human Rights, which serves the Council, and its "the High
    // Commissioner" that Office's head (until another one is named: UNHCR's name pins the short form to itself)
    if (ctx.body === HRC_BODY) {
      s.last.set(OFFICE, OHCHR_REF);
      s.pinned.set(HIGH_COMMISSIONER, HRC_HIGH_COMMISSIONER);
    }
    if (ctx.title !== undefined) seedTitledShortForms(s, ctx.title);
    states.set(ctx, s);
  }
  return s;
}

/**
 * A gazetteer entry the resolution's title names is what its lower-case short form means from the first paragraph on, before
 * the text names it in full: "Programme of action to advance responsible State behaviour in the use of information and
 * communications technologies in the context of international security" (A/RES/78/16's title), then "reaffirming that the
 * programme of action is to take into account ..." (PP12, PP19; the full name only in PP20). Once per resolution (a title's scan).
 */
function seedTitledShortForms(state: ResolutionState, title: string): void {
  for (const hit of scanGazetteer(title)) {
    const forms = lowerShortFormsOf(hit.entry);
    if (forms.length === 0) continue;
    const ref = entryRef(hit.entry);
    for (const form of forms) state.lowerShorts.set(form, ref);
  }
}

/**
 * The entity "the <head>" refers to is an organization whose name ends the resolution's title ("United Nations African
 * Institute for the Prevention of Crime and the Treatment of Offenders", "Operations of the United Nations Relief and Works
 * Agency for Palestine Refugees in the Near East"), and `ref` is another one with that head: the short form stays the
 * titled body's.
 */
function keepsTitledBody(state: ResolutionState, head: string, ref: Ref): boolean {
  const before = state.last.get(head);
  if (before === undefined || before.name === ref.name) return false;
  // "the day of the adoption of the Declaration" (14 December, A/RES/79/115 OP8, titled "Implementation of the Declaration on
  // the Granting of Independence to Colonial Countries and Peoples: ...") is still the titled declaration after OP5 listed
  // the Declaration on Principles of International Law ... last among the instruments colonialism is incompatible with
  if (before.kind === 'Framework') return head === DECLARATION_HEAD && ref.kind === 'Framework' && namedInTitle(state.title!, before.name);
  // "the Decade" is the decade the title names: after "the United Nations Decade of Sustainable Transport 2026–2035" (A/RES/80/132,
  // so titled), "calls for enhanced coordination ... with the Second Decade of Action for Road Safety 2021–2030" (OP10) names
  // another one in passing, and "visibility of progress under the Decade" (OP13) is still the first one
  if (before.kind === 'Event') return head === DECADE_HEAD && ref.kind === 'Event' && namedInTitle(state.title!, before.name);
  if (before.kind !== 'Organization') return false;
  // (the title ends with the name: "by which it established the United Nations Regional Centre for Peace and Disarmament in
  // Asia and renamed it the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific", A/RES/79/67
  // PP1, so titled: the former name is only the start of the title's, and the renamed centre takes "the Regional Centre")
  const title = state.title!;
  // "the Special Rapporteur" is the mandate the title names: after "the Special Rapporteur on the situation of human rights in
  // the Democratic People's Republic of Korea" (A/RES/80/220, so titled), "the Special Rapporteur on the rights of persons with
  // disabilities" named in a list (OP21) does not take over "requests the Special Rapporteur to continue to report" (OP28)
  if (head === SPECIAL_RAPPORTEUR && isMandateOfTitle(before.name, title)) return true;
  const at = title.length - before.name.length;
  return at >= 0 && title.endsWith(before.name) && (at === 0 || title.charCodeAt(at - 1) === 32);
}
const DECLARATION_HEAD = 'Declaration';
const DECADE_HEAD = 'Decade';
/** the title names `name` whole: "Implementation of the <name>: ...", "... of the <name>" (a word boundary both sides) */
function namedInTitle(title: string, name: string): boolean {
  const at = title.indexOf(name);
  if (at < 0 || (at > 0 && title.charCodeAt(at - 1) !== 32)) return false;
  const next = title.charCodeAt(at + name.length);
  return Number.isNaN(next) || next === 58 /* : */ || next === 44 /* , */ || next === 32;
}
const SPECIAL_RAPPORTEUR = 'Special Rapporteur';
const SPECIAL_RAPPORTEUR_ON = 'Special Rapporteur on ';
/** "Special Rapporteur on the right to food" and the title "The right to food": the topic is the title (case, "the", ’ aside) */
function isMandateOfTitle(name: string, title: string): boolean {
  if (!name.startsWith(SPECIAL_RAPPORTEUR_ON)) return false;
  const topic = name.slice(SPECIAL_RAPPORTEUR_ON.length).replace(/’/g, "'").toLowerCase();
  const t = title.replace(/’/g, "'").toLowerCase();
  return topic === t || (topic.length === t.length + 4 && topic.startsWith('the ') && topic.endsWith(t));
}

const MDGS = 'Millennium Development Goals';
const SDGS = 'Sustainable Development Goals';
/** Head words that, printed alone after "the", refer back to the last entity named with them. */
const SHORT_HEADS = [
  'Working Group', 'Special Rapporteur', 'World Summit', 'Advisory Body', 'Programme of Action', 'Plan of Action',
  'Union', 'Forum', 'Commission', 'Council', 'Committee', 'Assembly', 'Panel', 'Group', 'Summit', 'Conference', 'Compact',
  'Pact', 'Charter', 'Court', 'Dialogue', 'Programme', 'Fund', 'Office', 'Agency', 'Convention', 'Declaration', 'Agenda',
  'Mechanism', 'Platform', 'Partnership', 'Initiative', 'Board', 'Network', 'Coalition', 'Alliance', 'Decade', 'Secretariat',
  'Organization', 'Treaty', 'Covenant', 'Framework', 'Strategy', 'Entity', 'Institute', 'Centre', 'Bank', 'Tribunal',
  'Authority', 'Envoy', 'Body', 'Secretary-General', 'Task Force', 'Facility', 'Agreement', 'Protocol', 'Division',
  // "commends the Department for General Assembly and Conference Management ..., and encourages the Department to continue its
  // efforts" (A/RES/79/248 OP33, 78/245, 80/234): the department named last
  'Department',
  // "the Unit" after "the Joint Inspection Unit" (A/RES/78/276 PP2-OP18), "the Implementation Support Unit" (A/RES/79/78 OP12)
  'Unit',
  // "the Academy" after "the Hague Academy of International Law" (A/RES/79/120 OP23, OP24)
  'Academy',
  // "the Audiovisual Library" after "the United Nations Audiovisual Library of International Law" (A/RES/79/120 OP11, OP2 (d);
  // 78/107, 80/163): the gazetteer's short form of it ("Library" is no head of a kind, so only the pinned form reads it)
  'Audiovisual Library',
  // "the purposes of the Association" after "the Charter of the Association of Southeast Asian Nations" (A/RES/80/47 PP3, 78/39)
  'Association',
  // "the Force", "the Mission" after a peacekeeping operation's name (the financing resolutions, A/RES/79/307 OP3, OP11, OP22),
  // "the Operation" after "the United Nations Operation in Côte d’Ivoire" (A/RES/78/299 OP5, OP8, OP9)
  'Force', 'Mission', 'Operation',
  // "the sixth implementation meeting of the Process" after "the Istanbul Process" (A/RES/78/214 PP27, 79/180, 80/200)
  'Process',
  // "the mandate of the Special Coordinator" after "the Special Coordinator on Improving the United Nations Response to Sexual
  // Exploitation and Abuse" (A/RES/79/116 OP4, 78/102, 80/160), as "the Special Rapporteur" after the mandate's full name
  'Special Coordinator',
  // "the International Day" after "the International Day to End Impunity for Crimes against Journalists" (A/RES/80/217 OP12)
  'International Day', 'International Year',
  // "the observance of the Day" after "World Sustainable Transport Day" (A/RES/80/132 OP13), "World Wildlife Day" (79/313
  // PP33): the day named last
  'Day',
  // "... to serve as the lead agency for the International Decade through the global action plan" after "the International
  // Decade of Indigenous Languages" (A/RES/78/189 OP35, OP39; 79/159, 80/191): the decade named last (read under "Decade",
  // INTERNATIONAL_DECADE), when its name opens with these words
  'International Decade',
  // "the Trust Fund’s effectiveness" after "the Pérez-Guerrero Trust Fund for South-South Cooperation" (A/RES/79/236 OP17,
  // A/RES/78/167 OP16)
  'Trust Fund',
  // "the wish to see the Goals and targets met for all nations" after "the Sustainable Development Goals" (A/RES/79/236 PP25)
  'Goals',
  // "the Regional Centre" after "the United Nations Regional Centre for Peace and Disarmament in Africa" (A/RES/78/57 PP6)
  'Regional Centre',
  // "the Model Law" after "the UNCITRAL Model Law on Electronic Signatures" (A/RES/79/118 OP2)
  'Model Law',
  // "the Model Provisions" after "the Model Provisions on Mediation for International Investment Disputes" (A/RES/78/104 OP2)
  'Model Provisions',
  // "the Guidelines" and "the Guidelines on Mediation" after "the Guidelines on Mediation for International Investment Disputes"
  // (A/RES/78/104 PP7, OP4)
  'Guidelines',
  // printed alone after the full name ("the Conference of the Parties to the Convention ..." -> "the Conference of the Parties")
  'Conference of the Parties',
  // "the decision taken by the Economic Community to establish the Small Arms Unit" after "the Economic Community of West
  // African States" (A/RES/80/36 PP8-PP12): the short form the gazetteer gives ECOWAS and ECCAS
  'Economic Community',
  // "Calls upon all States to implement the Global Framework" after "the Global Framework for Through-life Conventional
  // Ammunition Management" (A/RES/78/47 OP3, OP5, OP10, OP18; 80/43): the short form the gazetteer gives it
  'Global Framework',
  // "Recalling further that the Global Compact is based on ..." after "the Global Compact for Safe, Orderly and Regular Migration"
  // (A/RES/78/217 PP8, PP14; 79/217, 80/218): the short form the gazetteer gives it (PINNED_ONLY_SHORT_HEADS)
  'Global Compact',
  // "supports the Committee and the Subcommittee" after "the Subcommittee on Prevention of Torture ..." (A/RES/80/198 OP42-OP54,
  // 79/165), "the role of the Subcommittee" after "the Subcommittee on Fisheries Management" (A/RES/79/145)
  'Subcommittee',
  // "Recalls the 2007 Constitution of the British Virgin Islands, and stresses the importance of ... the effective
  // implementation of the Constitution" (A/RES/78/89 OP4; "Calls for full respect of the Constitution", OP5; 79/102, 80/93)
  'Constitution',
  // "the work of the Extraordinary Chambers" after "the Extraordinary Chambers in the Courts of Cambodia" (A/RES/79/324 PP2-OP2,
  // the budget texts 78/253, 79/258, 80/243): the short form the gazetteer gives it
  'Extraordinary Chambers',
  // "Requests the Commissioner-General to continue efforts ..." after "the Commissioner-General of the Agency" (UNRWA's texts,
  // A/RES/78/73 OP2-OP45, 79/88 PP8-PP9): the short form the gazetteer gives the Agency's head
  'Commissioner-General',
  // "the preparation of studies for the Repertory", "the trust fund for the updating of the Repertoire" after "the Repertory of
  // Practice of United Nations Organs" and "the Repertoire of the Practice of the Security Council" (A/RES/78/111 OP12-OP19,
  // 79/125, 80/166): the gazetteer's short forms of the two publications (no head of a kind, so only the pinned form reads them)
  'Repertory', 'Repertoire',
  // "to improve the structure and content of the Seminar", "to attend the Seminar" after "the International Law Seminar" (A/RES/79/121
  // OP39-OP40, 78/108, 80/164): the gazetteer's short form of it
  'Seminar',
  // "to implement the provisions of the Code" after "the Code of Conduct on the Safety and Security of Radioactive Sources",
  // "information contained in the Database" after "the Incident and Trafficking Database" (A/RES/79/55 PP16, PP18)
  'Code', 'Database',
];
const SHORT_HEAD_SET: ReadonlySet<string> = new Set(SHORT_HEADS);
/**
 * Short heads read only as the short form the gazetteer pins to one entry, never as the head computed for a name: "the Global
 * Compact on Refugees" keeps "Compact" as its head ("to implement the Compact", A/RES/78/184 OP17), as the migration compact does.
 */
const PINNED_ONLY_SHORT_HEADS: ReadonlySet<string> = new Set(['Global Compact']);
const GUIDELINES = 'Guidelines';
const INTERNATIONAL_DAY = 'International Day';
const DAY_HEAD = 'Day';
/** A short form printed in the text only: the names keep "Decade" as their head ("the Decade" refers back to them too). */
const INTERNATIONAL_DECADE = 'International Decade';
/** Short forms printed without a determiner ("World Summit action lines"). */
const BARE_SHORT_FORM_SET: ReadonlySet<string> = new Set(['World Summit']);
/** A short form followed by "on/for/to <Capital>" starts a longer name, not a reference. */
// ("the Council of Ministers of the Community of Portuguese-speaking Countries", "the Committee of Ministers", "the Council of
// Heads of State of the Shanghai Cooperation Organization", "the Board of Governors": organs named by who sits in them)
// ("to" only before a capital: "the International Day to End Impunity ..." is a name, "take advantage of the International
// Year to promote actions" (A/RES/78/260 OP5) refers back)
// (the words after "of/for/on/against/and" capitalised too: "to mark the observance of the International Day for the first
// time" (A/RES/80/106 OP5), "the International Year and its follow-up", "the International Year for increasing cooperation"
// refer back)
const INTERNATIONAL_NAME_AFTER_RE = /^\s+(?:(?:of|for|on|against|and)\s+(?:the\s+|an?\s+)?[A-Z]|(?:in|to)\s+[A-Z]|[A-Z])/;
const STATES_PARTIES_AFTER_RE = /^\s+of\s+(?:the\s+)?States\s+Parties\b/;
const CAPITAL_AFTER_RE = /^ [A-Z]/;
const OF_CAPITALS_AFTER_RE = /^\s+of\s+(?!the\b|States\b)[A-Z][a-z]+\s+[A-Z]/;
const EXPERTS_OF_AFTER_RE = /^\s+of\s+(?:Experts|Friends)\s+(?:on|of|for)\s+(?:the\s+)?[A-Z]/;
const SECRETARIAT_ON_TO_RE = /^\s+(?:on|to)\s/;
// (not "to Member States", "to African Member States": whom the body helps, capitalListEnd's statesAddressed; not "to the
// General Assembly", "to the Security Council": whom a report goes to, "future reports of the Committee to the General
// Assembly", A/RES/79/85 OP18, as capitalChunks' reportAddressee ends a name there)
// ("the Protocol Additional to the Geneva Conventions of 12 August 1949", A/RES/78/70 fn1: not the last protocol named)
// ("the Agreement Establishing the African Continental Free Trade Area" after the Trade Facilitation Agreement, A/RES/80/121
// PP15 and OP20: a capitalised participle continues the name, as capitalChunks reads it)
const LONGER_NAME_AFTER_RE = /^\s+(?:Additional\s+to\s|[A-Z][a-z]+ing\s+the\s+[A-Z]|(?:on|for|against)\s+(?:the\s+|an?\s+)?[A-Z]|to\s+(?:the\s+)?(?!(?:[A-Z][a-z]+\s+)?(?:Member\s+)?States\b|General\s+Assembly\b|Security\s+Council\b)[A-Z]|of\s+the\s+Parties\b|of\s+(?:Ministers|Heads\s+of\s+State|Governors)\b)/;

// Maps rather than records: a keyed load on a record, optimised for the few heads seen first, deopted
// ("wrong name") at each other head, and shortFormCandidates was compiled three times per cold pass.
/** Fixed referents of some short forms, whatever was named before. */
const FIXED_SHORT: ReadonlyMap<string, [NamedKind, string]> = new Map([
  ['Organization', ['Organization', 'United Nations']],
  ['Secretariat', ['Organization', 'Secretariat of the United Nations']],
  ['Secretary-General', ['Organization', 'Secretary-General of the United Nations']],
  // "the United Nations under its Charter" (capitalChunks' unCharterAfterIts): not the Nuremberg Charter named before
  [UN_ITS_CHARTER, ['Framework', 'Charter of the United Nations']],
]);
/** Default referents when nothing was named with that head yet. */
const DEFAULT_SHORT: ReadonlyMap<string, [NamedKind, string]> = new Map([
  ['Assembly', ['Organization', 'General Assembly']],
  ['Charter', ['Framework', 'Charter of the United Nations']],
  ['Court', ['Organization', 'International Court of Justice']],
]);

const ORG_BODIES_FOR_CONTEXT: Record<string, string> = {
  'Economic and Social Council': 'Council',
  'Security Council': 'Council',
  'Human Rights Council': 'Council',
  'Trusteeship Council': 'Council',
  'General Assembly': 'Assembly',
};

// ---------------------------------------------------------------------------------------------
// Capitalised chunks

/** Every single head word of every kind: a chunk without one is skipped at once. */
/** a head word of a body, a sitting or a programme (not an instrument's) */
function isBodyOrSittingHead(word: string): boolean {
  return ORG_HEADS.has(word) || EVENT_HEADS.has(word) || INITIATIVE_HEADS.has(word);
}
const ANY_HEAD: ReadonlySet<string> = new Set([...ORG_HEADS, ...INITIATIVE_HEADS, ...FRAMEWORK_HEADS, ...EVENT_HEADS.keys(), 'Action', 'Implementation', 'Law', 'Guide', 'Provisions']);
/** 1 for what \s matches in a JavaScript regex (ECMAScript WhiteSpace and LineTerminator). */
const JS_WHITESPACE = new Uint8Array(65536);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) JS_WHITESPACE[c] = 1;
JS_WHITESPACE.fill(1, 0x2000, 0x200b);
/**
 * What \s matches in a JavaScript regex. A table read rather than a chain of comparisons: the chain's
 * later comparisons (characters above U+00A0) had no type feedback until a chunk held such a character,
 * and deopted the chunk scan then.
 */
export function isJsWhitespace(c: number): boolean {
  return JS_WHITESPACE[c] === 1;
}
const PREPOSITIONS = new Set(['of', 'on', 'for', 'to', 'against', 'in', 'with', 'from']);
const CONNECTOR_WORDS = new Set(['of', 'on', 'for', 'to', 'in', 'with', 'against', 'from', 'and', 'or', 'the', 'de', 'des', 'du', 'la', 'le', 'et']);
/** Sentence-initial words that are not part of a name. */
const LEADING_NOISE = new Set(
  'The This These Those Its Their Our We All Each Every A An At On By For To Under With As In Pursuant Since While Through Also Further Recalling Reaffirming Recognizing Noting Welcoming Welcomes Notes Recalls Reaffirms Urges Encourages Invites Requests Calls Decides Takes Emphasizes Stresses Underlines Acknowledges Acknowledging Bearing Taking Expressing Expresses Concerned Convinced Mindful Guided Alarmed Deeply Having Considering Affirming Emphasizing Stressing Underlining Highlighting Highlights Appreciates Commends Condemns Supports Endorses Looks Recommends Reiterates Reiterating Regrets Approves Adopts Proclaims Declares Designates Recognizes Reaffirm Recognize Welcome Note Recall Encourage Invite Request Call Decide Take Emphasize Stress Underline Acknowledge Highlight Commit Committing Resolve Resolved Determined Aware Conscious Emphasize See Official Records Report Annex Resolution Decision Chapter Section Part Article Paragraph Supplement Draft Agenda Item Both Other Such Any Many Some Most Several Various Relevant Existing Regional National International Global Follow-up'.split(' '),
);
/** Words allowed as sentence-initial noise only when another capitalised word follows without connector. */
const NOISE_ONLY_IF_NOT_NAME = new Set(['Regional', 'National', 'International', 'Global', 'Agenda', 'Report', 'Draft', 'Official', 'Records']);

// (nor a verb, an adverb or a preposition after it: "the appropriate bodies of the United Nations actively pursue a public
// awareness campaign" (A/RES/79/106 PP14), "that the United Nations pursues multilingualism" (A/RES/78/312 PP3); an adverb in
// -ly: "of reporting to the United Nations promptly on action taken" (A/RES/78/331 OP7), "States Members of the United Nations
// strongly reaffirmed" (A/RES/79/290), but not the nouns in -ly a United Nations thing is named by: "United Nations family";
// a verb in -ed: "Recalling also that the United Nations emerged at the time of ..." (A/RES/79/36 PP2), but not the
// participles a United Nations thing is named by: "United Nations specialized agencies", "United Nations pooled funds";
// nor "being"/"having": "Recognizing the importance of the United Nations being able to respond and deploy rapidly" (A/RES/79/298 I.PP3))
const UN_ADJECTIVE_RE =
  /^[\s\u00a0]+(?!(?:and|or|to|in|as|for|on|with|through|at|by|of|is|has|have|will|shall|should|must|can|may|which|that|who|was|were|are|be|itself|alone|from|under|since|during|within|including|could|would|does|did|actively|pursues|plays|playing|continues|remains|while|towards?|regarding|relating|concerning|upon|among|but|being|having)\b)(?![a-z]+ly\b(?<!\b(?:family|supply|early|assembly|rally|ally)))(?![a-z]{3,}ed\b(?<!\b(?:specialized|specialised|related|pooled|assessed|designated|mandated|affiliated|sponsored|funded|administered|managed|supported|coordinated|owned|organized|based|led|accredited|registered|certified|trained|integrated|combined|consolidated|associated)))[a-z]/;

/** Capitalised phrases with a head noun that are not entities of the genre. */
// ("the premises of a Permanent Mission", A/RES/80/172 OP3: any State's mission, no one body)
/** "General Conference of the " before a short form: its organ (the gazetteer knows the three printed in full) */
const GENERAL_CONFERENCE_OF_THE = 'General Conference of the ';
/** the agencies whose plenary organ is a General Conference */
const GENERAL_CONFERENCE_OWNERS: ReadonlySet<string> = new Set(GENERAL_CONFERENCES.map((e) => e.name.slice(GENERAL_CONFERENCE_OF_THE.length)));
// any of the Assembly's Main Committees, read on into the words after it: "the Main Committee or Main Committees of the General
// Assembly responsible for those items" (A/RES/78/244 OP7, 79/247, 80/233), "recommended by a Main Committee in the General
// Assembly plenary" (A/RES/79/327 OP28): no one committee ("Main Committee" alone is in NOT_NAMES)
const GENERIC_MAIN_COMMITTEE_RE = /^Main Committees? (?:or|in) /;
/** after a series' "No": its number (". 210") */
const SERIES_NUMBER_AFTER_RE = /^\. ?\d/;
// (the bare plural "the Conferences of the Parties" names every convention's sitting alike: "the participation of young people in
// the Conferences of the Parties" (A/RES/78/179 PP40, 80/180), "the decisions of the Conferences of the Parties made under the
// United Nations Framework Convention on Climate Change and the Paris Agreement" (A/RES/79/205 OP42, 80/137): one node for all
// of them would join unlike sittings; the conventions named beside it are mentions of their own)
// ("the Acting Representative of the Secretary-General for the investment of the assets of the Fund", A/RES/80/231 PP3 and
// 80/243: a person acting in a post, as "Personal Representative" is one holding it, no body)
const NOT_NAMES: ReadonlySet<string> = new Set(['Conferences of the Parties', 'Model Law', 'Model Provisions', 'Memorandum of Understanding', 'World Summit', 'Treaty Series', 'Main Committee', 'Official Records', 'Supplement No', 'General Conference', 'Permanent Mission', 'Assistant Secretary-General', 'Personal Representative', 'Acting Representative']);

const POST_HEADS = 'Representative|Director|Adviser|Advisor|Envoy|Coordinator|Head|Chief|Officer';
/** two posts joined by "and", each with at most one word before its head ("Regional Representative and Director"), and the body they serve */
const TWO_POSTS_RE = new RegExp(`^(?:[A-Z][a-z-]+ )?(?:${POST_HEADS}) and (?:[A-Z][a-z-]+ )?(?:${POST_HEADS})(?: of |$)`);

interface Span {
  start: number;
  end: number;
}

interface Candidate extends Span {
  kind: NamedKind;
  name: string;
  attrs: Record<string, unknown>;
  /** source: gazetteer, pattern, short form, acronym, special */
  via: CandidateSource;
  /** the printed form was an acronym */
  acronym: boolean;
  /** the gazetteer entry a gazetteer match came from */
  entry: GazetteerEntry | undefined;
  /** already registered for back-references */
  registered: boolean;
}
type CandidateSource = 'gazetteer' | 'pattern' | 'short' | 'acronym' | 'special';

/**
 * The one place a Candidate is made: every field set, always in this order, so all candidates share
 * one hidden class (ten literals with different optional fields gave the scan ~10 maps to check and
 * "wrong map" deopts that threw away its optimised code).
 */
function candidate(kind: NamedKind, name: string, attrs: Record<string, unknown>, start: number, end: number, via: CandidateSource, acronym = false, entry?: GazetteerEntry): Candidate {
  return { kind, name, attrs, start, end, via, acronym, entry, registered: false };
}

function entryRef(entry: GazetteerEntry): Ref {
  const attrs: Record<string, unknown> = { ...(entry.attrs ?? {}) };
  if (entry.kind === 'Organization' || entry.kind === 'Initiative' || entry.kind === 'Framework') {
    if (entry.acronym) attrs.acronym = entry.acronym;
  }
  if (entry.kind === 'Event' && entry.acronym) attrs.acronym = entry.acronym;
  return { kind: entry.kind, name: entry.name, attrs };
}

interface HeadKind {
  kind: NamedKind;
  eventKind: EventKindName | undefined;
}

/** headKind's answer, made here only: `eventKind` always present, so that every answer has one shape (answers with and
 *  without it, the one met late, threw away the compiled code of the chunk scan: "wrong map"). */
function headOfKind(kind: NamedKind, eventKind: EventKindName | undefined): HeadKind {
  return { kind, eventKind };
}

/**
 * Whether the words' head is of `kind`. The kind is compared only when there is one: `headKind(...)?.kind === kind`
 * compared undefined at first (no head), and the compiled chunkSegments, ownerAfterOf and sittingOfOwner met a
 * kind there late ("wrong instance type", a recompile of chunkSegments each).
 */
function headKindIs(words: string[], kind: HeadKind['kind']): boolean {
  const head = headKind(words);
  return head !== undefined && head.kind === kind;
}

const DECADE_OF_ACTION_RE = /\bDecade of Action\b/;
const BODY_MECHANISM_WORDS: ReadonlySet<string> = new Set(['Expert', 'Investigative', 'Independent', 'Residual']);
/** The name's last word is an Event head after "of" and capitalised words only ("of Civilizations Global Forum"). */
function eventHeadAfterOfName(words: readonly string[], of: number): EventKindName | undefined {
  if (of + 2 >= words.length) return undefined;
  for (let j = of + 1; j < words.length; j++) {
    const c = words[j]!.charCodeAt(0);
    if (c < 65 || c > 90) return undefined;
  }
  return EVENT_HEADS.get(words[words.length - 1]!);
}
/**
 * The index of a word that glues two owners' names with a hyphen after the first preposition ("Standardization-United" of
 * "International Organization for Standardization-United Nations Development Programme ..."), the second owner going on
 * capitalised; -1 when none. (Names keep such words otherwise: "Conference on Interaction and Confidence-Building Measures".)
 */
function gluedOwnerPairAt(words: readonly string[], firstPrep: number): number {
  for (let i = firstPrep + 1; i < words.length - 2; i++) {
    const w = words[i]!;
    const dash = w.indexOf('-');
    if (dash < 2 || dash === w.length - 1 || w.indexOf('-', dash + 1) >= 0) continue;
    // (the second owner's words are capitalised, or a known name's placeholder: "Standardization-United § § §")
    const next = words[i + 1]!;
    if (!upperInitial(w) || !upperInitial(w.slice(dash + 1)) || (next !== '§' && !upperInitial(next))) continue;
    return i;
  }
  return -1;
}
function headKind(words: string[]): HeadKind | undefined {
  const joined = words.join(' ');
  // "Doha Programme of Action for ..." is a framework; "Biennial Meeting of States to Consider the
  // Implementation of the Programme of Action" is a meeting: the phrase counts only where the head stands
  const phrase = FRAMEWORK_PHRASES_RE.exec(joined);
  if (phrase) {
    const firstPrepAt = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
    const headEnd = firstPrepAt < 0 ? joined.length : words.slice(0, firstPrepAt).join(' ').length;
    if (phrase.index <= headEnd) return headOfKind('Framework', undefined);
  }
  // (where the head stands: "Implementation of the United Nations Decade of Action on Nutrition" is a title, the decade after it)
  const decade = DECADE_OF_ACTION_RE.exec(joined);
  if (decade && !/ (?:of|on|for|to|against|in|with|from) /.test(joined.slice(0, decade.index))) return headOfKind('Event', 'decade');
  const firstPrep = words.findIndex((w, i) => i > 0 && HEAD_SEARCH_STOPS.has(w));
  const upTo = firstPrep < 0 ? words.length : firstPrep;
  // "the International Organization for Standardization-United Nations Development Programme Management System Standards"
  // (A/RES/79/323 annex OP34): two owners glued by a hyphen before an instrument's name; the first owner's own head and
  // preposition ("Organization for") say nothing of what is named, the words after the pair do
  // (only after a body's head: "the Fifth Conference of States Parties to the African Nuclear-Weapon-Free Zone Treaty" is a sitting)
  if (firstPrep > 0 && ORG_HEADS.has(words[firstPrep - 1]!)) {
    const glued = gluedOwnerPairAt(words, firstPrep);
    if (glued > 0 && headKind(words.slice(glued + 1))?.kind === 'Framework') return headOfKind('Framework', undefined);
  }
  if (namesAPost(words, upTo)) return undefined;
  // "the redeployment of the Team and Section" (A/RES/80/242 OP98, after "the Emergency Response Team and Operational
  // Resilience Section"): two bare heads are a reference back, no name
  if (upTo === 3 && words[1] === 'and' && ORG_HEADS.has(words[0]!) && ORG_HEADS.has(words[2]!)) return undefined;
  // ("the relationship between ... sea level rise and Forum and Alliance members’ maritime zones", A/RES/78/319 PP11, after the
  // Pacific Islands Forum and the Alliance of Small Island States: the same for any two bodies' or sittings' bare heads, the
  // whole name; not an instrument's, "the Declaration and Programme of Action ...")
  if (words.length === 3 && words[1] === 'and' && isBodyOrSittingHead(words[0]!) && isBodyOrSittingHead(words[2]!)) return undefined;
  for (let i = upTo - 1; i >= 0; i--) {
    // ("the Peace and Dialogue ePortal of the United Nations Educational, Scientific and Cultural Organization", A/RES/78/129
    // OP16: an "e-" head is the head without it, a portal, not the dialogue before it)
    const w = electronicHead(words[i]!.replace(/[’']s$/, ''));
    const ev = EVENT_HEADS.get(w);
    // (a fair only as the name's last word: "the Fair and Equitable Sharing of Benefits Arising from Their Utilization" is
    // the Nagoya Protocol's subject, A/RES/78/155 OP18)
    if (ev && (w !== 'Fair' || i === upTo - 1)) return headOfKind('Event', ev);
    // "the Sixth Constitutional Convention", "the 2022 Constitutional Convention, from 29 August to 2 September 2022" (A/RES/80/103
    // PP20, OP4; A/RES/78/86 PP27): an assembly that drafts a constitution, a sitting, not a treaty; so is one that revises the
    // draft ("the Fifth Revision Convention, established and convened in 2012, was mandated to ratify and approve the final revised
    // draft constitution", A/RES/78/99 PP21, 79/112)
    if (w === 'Convention' && i > 0 && (words[i - 1] === 'Constitutional' || words[i - 1] === 'Revision')) return i > 1 ? headOfKind('Event', 'conference') : undefined;
    // (a law's "Act" only ends its name: "Act No. 2010-2 of 5 January 2010" is no "Act No")
    if (FRAMEWORK_HEADS.has(w) && (w !== 'Act' || i === upTo - 1)) return headOfKind('Framework', undefined);
    // a set of standards named as such, its last word ("the International Mine Action Standards", "the ... Management System
    // Standards", A/RES/79/323 annex OP34); a body of standards goes on with its own head ("the International Sustainability
    // Standards Board")
    if (w === 'Standards' && i === upTo - 1 && i > 0) return headOfKind('Framework', undefined);
    // "the Expert Mechanism on the Rights of Indigenous Peoples", "the Independent Investigative Mechanism for Myanmar", "the
    // International Residual Mechanism for Criminal Tribunals": a mechanism of experts or investigators is a body
    if (w === 'Mechanism' && i > 0 && BODY_MECHANISM_WORDS.has(words[i - 1]!)) return headOfKind('Organization', undefined);
    if (INITIATIVE_HEADS.has(w)) {
      if (i === 0 && INITIATIVE_HEADS_NOT_INITIAL.has(w)) return undefined;
      // "the World Investment Report 2024 of the United Nations Conference on Trade and Development" (A/RES/80/127 PP6,
      // 79/218 PP19, 78/140 OP31): a report's edition is a Document (reportEditionMentions), its publisher a name of its own
      if (w === 'Report' && i + 1 < upTo && YEAR_TOKEN_RE.test(words[i + 1]!)) return undefined;
      // "Final Report of the World Education Forum 2015" (A/RES/79/267 footnote 18): a sitting's report, published once, is a
      // Document (documents.ts finalReportTitleMentions), not a report series
      if (w === 'Report' && i === 1 && words[0] === 'Final') return undefined;
      // "the tenth United Nations Alliance of Civilizations Forum, held in Cascais" (A/RES/79/321 PP25), "the ninth United
      // Nations Alliance of Civilizations Global Forum" (A/RES/78/286 PP19): the alliance's sitting, its own head last
      const sitting = firstPrep === upTo && words[firstPrep] === 'of' ? eventHeadAfterOfName(words, firstPrep) : undefined;
      if (sitting !== undefined) return headOfKind('Event', sitting);
      return headOfKind('Initiative', undefined);
    }
    // "the 2016 high-level plenary meeting of the Assembly on HIV and AIDS" (A/RES/79/149 PP6), "the interactive dialogues of the
    // General Assembly on Harmony with Nature" (A/RES/79/210 OP2): the Assembly, then what its meeting was on; no body is named
    // "Assembly on ..." ("the Second World Assembly on Ageing" has words before its head)
    if (w === 'Assembly' && i === 0 && words[1] === 'on') return undefined;
    // a State's forces end their name or go on with their State ("the Armed Forces of the Russian Federation", A/RES/79/184
    // OP5); "Armed Forces in Necessary Incidents" is the end of a law's title ("the Law on the Use of Firearms by Armed Forces
    // in Necessary Incidents", A/RES/79/183 OP9), no body
    if (w === 'Forces' && upTo < words.length && words[upTo] !== 'of') return undefined;
    if (ORG_HEADS.has(w)) return headOfKind('Organization', undefined);
  }
  // "Nutrition for Growth Summit", "Tokyo Nutrition for Growth Summit": no head before "for" (no article
  // after it), the name's last word is its head ("Final Document of the Tenth Special Session" is no session)
  // (nor before "in": "Responsible Artificial Intelligence in the Military Domain Summit", A/RES/79/62 PP10)
  if (firstPrep > 0 && ((words[firstPrep] === 'for' && words[firstPrep + 1] !== 'the') || words[firstPrep] === 'in') && words[firstPrep - 1] !== '§') {
    const last = words[words.length - 1]!;
    const ev = EVENT_HEADS.get(last);
    if (ev) return headOfKind('Event', ev);
    // (an alliance or an office so named: "the Global Investors for Sustainable Development Alliance", A/RES/79/199 PP22; "the
    // Financing for Sustainable Development Office", OP32)
    if (words[firstPrep] === 'for') {
      if (INITIATIVE_HEADS.has(last) && !INITIATIVE_HEADS_NOT_INITIAL.has(last)) return headOfKind('Initiative', undefined);
      if (ORG_HEADS.has(last)) return headOfKind('Organization', undefined);
      // (a treaty so named: "the Investment Facilitation for Development Agreement", A/RES/80/127 PP45, 79/198)
      if (FRAMEWORK_HEADS.has(last)) return headOfKind('Framework', undefined);
    }
  }
  // "the Rule of Law Unit", "the Rule of Law Coordination and Resource Group" (A/RES/78/112 OP10): a body named by a
  // capitalised "<Word> of <Word>" topic before its head, the name's last word, no other preposition in it ("... Unit in
  // the Executive Office" is two)
  if (firstPrep === 1 && words.length >= 4 && words[1] === 'of' && ORG_HEADS.has(words[words.length - 1]!) && upperInitial(words[2]!) && words[0] !== 'Members' && words[2] !== 'United' && onlyCapitalsAndAnd(words, 3)) return headOfKind('Organization', undefined);
  return undefined;
}

/** "ePortal" -> "Portal": a head word with an electronic "e" glued before its capital; any other word as it is. */
function electronicHead(w: string): string {
  return w.charCodeAt(0) === 101 /* e */ && w.length > 2 && upperInitial(w.slice(1)) ? w.slice(1) : w;
}

/** words[from..] are capitalised words and "and". */
function onlyCapitalsAndAnd(words: string[], from: number): boolean {
  for (let k = from; k < words.length; k++) if (words[k] !== 'and' && !upperInitial(words[k]!)) return false;
  return true;
}

/** `w` opens with a capital A-Z. */
function upperInitial(w: string): boolean {
  return isAsciiCapital(w.charCodeAt(0));
}

/** text[.., end) ends with a possessive "'s" / "’s" (kept in the chunk, dropped from the name). */
function possessiveAt(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 2);
  return text.charCodeAt(end - 1) === 115 && (c === 39 || c === 0x2019);
}

/** Words of a post's title: "Senior Programme Officer", "Legal Assistant", a grade ("P-4", "GS"). */
const POST_WORDS: ReadonlySet<string> = new Set(['Officer', 'Assistant', 'Clerk', 'Specialist', 'Analyst', 'Technician', 'GS']);
const GRADE_RE = /^[PD]-\d$/;
/**
 * The budget resolutions' staffing tables ("One post of Senior Programme Officer (P-5)", "Legal Team Legal
 * Officer P-4", "Administrative Assistant (General Service (Other level))") name posts and staff categories,
 * not bodies, though "Programme", "Team" or "Service" are heads of names.
 */
function namesAPost(words: readonly string[], upTo: number): boolean {
  for (let i = 0; i < upTo; i++) {
    const w = words[i]!;
    // "Assistant Secretary-General for ...", "Assistant High Commissioner": a rank before the office it qualifies
    if (POST_WORDS.has(w) && !(w === 'Assistant' && i === 0)) return true;
    if (w.length === 3 && GRADE_RE.test(w)) return true;
    if (w === 'Service' && i > 0 && (words[i - 1] === 'General' || words[i - 1] === 'Field')) return true;
  }
  return false;
}

/**
 * "the Declaration of Principles and the Plan of Action adopted by the World Summit on the Information
 * Society": where the Summit or its Declaration is named, the bare Plan of Action is the Summit's.
 */
const WSIS_DEFAULTS: Record<string, string> = { 'Plan of Action': 'Geneva Plan of Action' };
const WSIS_CONTEXT: ReadonlySet<string> = new Set(['World Summit on the Information Society', 'Geneva Declaration of Principles', 'Tunis Agenda for the Information Society']);

const RECORDS_OF_RE = /\bRecords\s+of\s+the\s+$/;
const UN_PERSONNEL_RE = /^\s+and\s+(?:associated|humanitarian|related|other)\s+personnel\b/;
/** after "United Nations": " and " before a second modifier of one noun ("and multi-stakeholder", "and other"), not a pronoun
 *  or article opening a second thing ("and its entities", "and the host country") */
const UN_AND_MODIFIER_RE = /^ and (?!(?:its|the|their|his|her|all|a|an)\b)/;
/** before "United Nations": an article or "of the" makes it the Organization's name ("the United Nations and humanitarian
 *  organizations") */
const ARTICLE_BEFORE_RE = /\b(?:the|The)\s+$/;
/** before "United Nations": "the Journal of the" (a publication) */
const JOURNAL_OF_UN_RE = /\bJournal\s+of\s+the\s+$/;
const UN_NAME_START_RE = letterRe(String.raw`^ (?!(?:Member|Charter|Headquarters|General|Security|Secretariat|Secretary|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}`, 'u');
const TREATY_SERIES_RE = /^,\s*Treaty\s+Series\b/;
/** before "Secretary-General": an Under- or Assistant Secretary-General ("Under- Secretary-General" broken at a line end) */
const OTHER_SECRETARY_GENERAL_RE = /(?:\bUnder-\s?|\bAssistant\s)$/;
/** "Secretary-General of the Conference": a sitting's own secretary-general */
const SG_OF_A_SITTING = 'Secretary-General of the Conference';
/**
 * After the bare words "Declaration of Principles" (the short name of the Geneva Declaration of Principles of the World Summit
 * on the Information Society): words that make them another declaration's name, "... on Interim Self-Government Arrangements"
 * (the Palestinian texts, A/RES/79/141 PP2), "... for International Election Observation" (A/RES/78/208 OP15).
 */
const OTHER_DECLARATION_OF_PRINCIPLES_RE = letterRe(String.raw`^\s+(?:on|for|of)\s+(?:the\s+)?\p{Lu}`, 'u');
const BARE_DECLARATION_OF_PRINCIPLES = 'Declaration of Principles';
const TREATIES_OF = wordIndex('reaties of');
/** "treaties of Tlatelolco, 13 Rarotonga,14 " before a place: one more treaty of the list */
const TREATIES_OF_LIST_RE = /[Tt]reaties of (?:[A-Z][a-z]+ ?,? ?\d{0,3},? ?(?:and )?)*$/;
const CURRENCY_AFTER_RE = /^ dollars?\b/;

/** Bodies that sit somewhere: "in <city>" after them is where they met. */
const MEETING_BODY_HEADS: ReadonlySet<string> = new Set(['Committee', 'Commission', 'Council', 'Group', 'Panel', 'Board', 'Assembly', 'Conference', 'Forum', 'Meeting', 'Summit', 'Session']);
const MONTH_NAMES: ReadonlySet<string> = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/** A word of a chunk with its offsets, and the known mention it lies in (set after all tokens are read). */
interface ChunkToken {
  w: string;
  s: number;
  e: number;
  known: Candidate | undefined;
}
/** `known` is set here too, so tokens keep one hidden class when it is filled in later. */
function chunkToken(w: string, s: number, e: number): ChunkToken {
  return { w, s, e, known: undefined };
}

/** Pattern candidates from capitalised chunks, given the spans already claimed by known names. */
// Split into one function per step (tokens, known spans, segments, one candidate) so that a deopt
// in one step (rare branches get no type feedback until late) recompiles that step only: as one
// function it was compiled 8-15 times per cold pass at 0.15-0.4 s each.
function chunkCandidates(text: string, known: Candidate[], chunks: readonly TextSpan[]): Candidate[] {
  const out: Candidate[] = [];
  if (chunks.length === 0) return out;
  const knownSorted = sortSmall(known.slice(), (a, b) => a.start - b.start);
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    const toks = chunkTokens(text, chunk);
    if (!toks) continue;
    markKnownTokens(toks, knownSorted);
    let prev: ChunkToken[] | undefined;
    const segments = chunkSegments(text, toks);
    for (let k = 0; k < segments.length; k++) {
      const seg = segments[k]!;
      let c = segmentCandidate(text, seg);
      // "the World Health Organization and United Nations Children’s Fund Joint Monitoring Programme" (A/RES/78/130 OP7): the
      // two bodies' programme, named without them (each LEADS it: attributions.ts, ownerNamedWithAttributions)
      // (the first body out of the chunk, a name with a number: "the Group of 20 and Paris Club Debt Service Suspension
      // Initiative", A/RES/79/196 OP9, PP28; 78/136, 78/163, 80/122)
      // (a sitting too: "The World Health Organization and United Nations Children’s Fund Global Summit brought together 35
      // countries" (A/RES/78/130 fn 10) is the two bodies' summit, not the Fund's alone; "Global Summit" names none by itself)
      if (c !== undefined && (c.kind === 'Initiative' || c.kind === 'Organization' || c.kind === 'Event') && (prev !== undefined || (seg[0]!.s > JOINT_AND.length && text.startsWith(JOINT_AND, seg[0]!.s - JOINT_AND.length)))) {
        const rest = prev !== undefined ? jointOwnersRest(text, prev, seg) : jointOwnersRestAfterKnown(knownSorted, seg);
        const r = rest ? segmentCandidate(text, rest) : undefined;
        if (r !== undefined && r.kind === c.kind) c = r;
        else if (rest !== undefined && c.kind === 'Event') c = undefined;
      }
      if (c) out.push(c);
      prev = seg;
    }
  }
  return out;
}

/**
 * The chunk's words with offsets: runs of non-whitespace (what /[^\s]+/g found, without the regex);
 * undefined when none of them is a head word (the chunk names nothing).
 */
function chunkTokens(text: string, chunk: TextSpan): ChunkToken[] | undefined {
  const toks: ChunkToken[] = [];
  let anyHead = false;
  for (let i = chunk.start; i < chunk.end; ) {
    while (i < chunk.end && isJsWhitespace(codeUnitAt(text, i))) i++;
    if (i >= chunk.end) break;
    const s = i;
    while (i < chunk.end && !isJsWhitespace(codeUnitAt(text, i))) i++;
    const w = text.slice(s, i);
    toks.push(chunkToken(w, s, i));
    if (!anyHead) {
      const bare = withoutPossessive(w);
      if (ANY_HEAD.has(w) || (bare !== w && ANY_HEAD.has(bare))) anyHead = true;
    }
  }
  // a headless name followed by its acronym and a lowercase head (acronymedInitiative): two character tests first
  return anyHead || acronymedInitiative(text, chunk.end, chunk.start) ? toks : undefined;
}

/** Sets each token's `known`: the known mention (sorted by start) that contains it, if any. */
function markKnownTokens(toks: readonly ChunkToken[], knownSorted: readonly Candidate[]): void {
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    // known is sorted by start; binary search the last one starting at or before the token
    let lo = 0;
    let hi = knownSorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (knownSorted[mid]!.start <= tok.s) lo = mid + 1;
      else hi = mid;
    }
    for (let q = lo - 1; q >= 0 && q >= lo - 4; q--) {
      const kq = knownSorted[q]!;
      if (kq.start <= tok.s && tok.e <= kq.end) {
        tok.known = kq;
        break;
      }
    }
  }
}

/**
 * An empty segment for chunkSegments, from one array literal. Why: V8 makes an array literal's arrays for small
 * integers until one of them holds an object, and tracks that per literal; with a literal at each of the function's
 * ten places, a place first taken late made such arrays, which the compiled pushes and reads of `cur` had not met
 * (chunkSegments thrown away for "not a Smi" and "wrong map" in corpus-ga).
 */
/** "from " (and "the ") right before a name */
const FROM_THE_END_RE = /\bfrom\s+(?:the\s+)?$/;
/**
 * Whether the "to" at `i` ends the first of two instruments named as a range, "from the <X Charter ...> to the <Y Charter ...>":
 * the segment follows "from (the)" and its instrument head (Charter, Declaration, ...) comes again within a few words after "to the".
 */
function rangeOfInstruments(text: string, toks: readonly ChunkToken[], i: number, cur: readonly ChunkToken[]): boolean {
  const first = cur.find((t) => !CONNECTOR_WORDS.has(t.w));
  if (first === undefined || !FROM_THE_END_RE.test(text.slice(Math.max(0, first.s - 10), first.s))) return false;
  const head = cur.find((t) => !t.known && FRAMEWORK_HEADS.has(t.w));
  if (head === undefined) return false;
  for (let k = i + 2; k < toks.length && k < i + 8; k++) if (toks[k]!.w === head.w) return true;
  return false;
}

function newSegment(): ChunkToken[] {
  return [];
}

/** The chunk split into name segments at "and (the)" and at "of (the) <known Organization>" after a head. */
function chunkSegments(text: string, toks: readonly ChunkToken[]): ChunkToken[][] {
  const segments: ChunkToken[][] = [];
  let cur = newSegment();
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    // every split below is at a word not known and lowercase ("and", "or", "of", "with", a preposition): any other word, most
    // of a chunk's, joins the segment after one test, not the ~20 word comparisons of the cases below. Session 47 (spd47c),
    // bench:instructions --step 30, side by side, on top of the eventKey memo: 6,600,458,072 -> 6,584,362,016 (-0.24%)
    if (tok.known !== undefined || !isLowerAscii(codeUnitAt(tok.w, 0))) {
      cur.push(tok);
      continue;
    }
    // "the High-level International Conference for the Peaceful Settlement of the Question of Palestine and the Implementation of
    // the Two-State Solution" (A/RES/80/1 OP1 (b)), "the Declaration on the Continuity of Statehood and the Protection of Persons
    // in the Face of ...": a second act of the name's topic, not another name
    if (!tok.known && tok.w === 'and' && topicActAfterAnd(toks, i, cur)) {
      cur.push(tok, toks[i + 1]!);
      i++;
      continue;
    }
    // "the United Nations Regional Centre for the Sustainable Development Goals for Central Asia and Afghanistan", "the Regional
    // Collaborative Platform for Europe and Central Asia" (A/RES/79/268 PP14, OP3): a body named for two regions, not two names
    if (!tok.known && tok.w === 'and' && i > 1 && toks[i - 1]!.known?.kind === 'Place' && regionPairAt(toks, i, cur)) {
      cur.push(tok);
      // ("and the Caribbean": the article goes with the place)
      if (toks[i + 1]!.w === 'the' && !toks[i + 1]!.known) cur.push(toks[++i]!);
      const place = toks[i + 1]!.known;
      while (i + 1 < toks.length && toks[i + 1]!.known === place) cur.push(toks[++i]!);
      continue;
    }
    // "closer coordination between the Office of the High Representative and United Nations country teams" (A/RES/79/233 annex
    // OP340): "United Nations" before a lowercase noun, ending the chunk unknown (knownNameCandidates reads it as an adjective),
    // is the noun's modifier, no part of the name before "and"
    if (!tok.known && tok.w === 'and' && i > 0 && i + 3 === toks.length && toks[i + 1]!.w === 'United' && toks[i + 2]!.w === 'Nations' && !toks[i + 1]!.known && !toks[i + 2]!.known) {
      break;
    }
    if (!tok.known && tok.w === 'and' && i > 0 && toks[i - 1]!.known && toks[i - 1]!.known!.end === toks[i - 1]!.e) {
      segments.push(cur);
      cur = newSegment();
      continue;
    }
    // ("the Convention on the Rights of the Child or the Optional Protocols thereto", "the Preparatory Committee for the
    // Conference or the General Assembly": "or the" too)
    // "the Global Partnership on Nutrient Management and Global Wastewater Initiative", "the Tsunami Ready Recognition Programme and
    // Tsunami Ready Coalition": the word the name began with begins another name after "and"
    if (!tok.known && tok.w === 'and' && cur.length >= 2 && toks[i + 1] !== undefined && !toks[i + 1]!.known && toks[i + 1]!.w === firstNameWord(cur) && STARTS_UPPER_RE.test(cur[cur.length - 1]!.w) && headKind(placeholderWords(cur)) !== undefined) {
      segments.push(cur);
      cur = newSegment();
      continue;
    }
    if (!tok.known && (tok.w === 'and' || (tok.w === 'or' && toks[i + 1]?.w === 'the'))) {
      const next = toks[i + 1]?.w === 'the' ? toks[i + 2] : toks[i + 1];
      if (toks[i + 1]?.w === 'the' || next?.known) {
        segments.push(cur);
        cur = newSegment();
        if (toks[i + 1]?.w === 'the') i++;
        continue;
      }
    }
    // "the establishment by the Government of Syria of a National Commission on Transitional Justice": an indefinite article
    // after a place's preposition begins another name (not "the Prevention of an Arms Race")
    if (!tok.known && PREPOSITIONS.has(tok.w) && (toks[i + 1]?.w === 'a' || toks[i + 1]?.w === 'an') && i > 0 && toks[i - 1]!.known?.kind === 'Place' && cur.length > 0) {
      segments.push(cur);
      cur = newSegment();
      i++;
      continue;
    }
    // "the International Organization of Supreme Audit Institutions with the United Nations", "the ... Unit with the Board
    // of Auditors": "with the <known body>" joins two names ("Committee on Relations with the Host Country" has no known body)
    // "the collaboration of the United Nations Global Compact with the Global Reporting Initiative" (A/RES/79/228 OP21,
    // 78/141, 79/198, 80/127): a body or initiative named in full (the whole segment so far) and, after "with the", another one
    if (!tok.known && tok.w === 'with' && toks[i + 1]?.w === 'the' && cur.length > 0 && ((toks[i + 2]?.known?.kind === 'Organization' && toks[i + 2]!.known!.start === toks[i + 2]!.s) || wholeKnownBodyOrInitiative(cur) || governmentOfPlace(cur))) {
      segments.push(cur);
      cur = newSegment();
      i++;
      continue;
    }
    // "the support expressed by ... the World Health Organization for the Scientific Committee’s work" (A/RES/79/85 PP13),
    // "... by the United Nations Environment Programme to the Special Committee": a body named in full (the whole segment
    // so far) and, after "for the" or "to the", another one, not one name; so too a country's Government or head printed
    // with its name ("the support provided by the Government of Sierra Leone to the Residual Special Court", A/RES/79/258
    // II.OP7, 78/253, 80/243; "the invitation extended by the President of French Polynesia to the Special Committee",
    // A/RES/80/95 PP19; "by the Governor of American Samoa to the Special Committee", 78/86 OP7)
    if (!tok.known && (tok.w === 'for' || tok.w === 'to') && toks[i + 1]?.w === 'the' && (wholeKnownOrganization(cur) || officeOfPlace(cur)) && toks[i + 2] !== undefined && toks[i + 2]!.known === undefined) {
      segments.push(cur);
      cur = newSegment();
      i++;
      continue;
    }
    // "the reports of the Secretary-General on the United Nations Regional Centre for Peace and Disarmament in Africa,1" (A/RES/79/70
    // PP2, 78/60, 80/64): a report's author named in full and, after "on the", the body the report is about: two names
    if (!tok.known && tok.w === 'on' && toks[i + 1]?.w === 'the' && toks[i + 2] !== undefined && wholeKnownOrganization(cur)) {
      segments.push(cur);
      cur = newSegment();
      i++;
      continue;
    }
    // "the interest of the International Organization of Supreme Audit Institutions in the Sustainable Development Goals" (A/RES/79/231
    // OP10), "platforms such as the Committee on World Food Security in the Food and Agriculture Organization of the United
    // Nations" (A/RES/79/227 PP27): a body, then "in the" and a known body or instrument named in full, are two names (a body
    // sits "in" a place, not in another body: not "for the", "the Preparatory Commission for the Comprehensive Nuclear-Test-Ban
    // Treaty Organization" is one name)
    if (!tok.known && tok.w === 'in' && toks[i + 1]?.w === 'the' && knownNameAt(toks[i + 2]) && cur.length > 1 && headKindIs(placeholderWords(cur), 'Organization')) {
      segments.push(cur);
      cur = newSegment();
      i++;
      continue;
    }
    // "the outcomes of international health promotion conferences, from the Ottawa Charter for Health Promotion to the Bangkok
    // Charter for Health Promotion in a Globalized World" (A/RES/79/287 PP26): a range of two instruments of one kind, not one
    // name (not "the Protocol to the Convention", nor "from the Conference of the Parties to the Convention": no same head after)
    if (!tok.known && tok.w === 'to' && toks[i + 1]?.w === 'the' && cur.length > 1 && rangeOfInstruments(text, toks, i, cur)) {
      segments.push(cur);
      cur = newSegment();
      i++;
      continue;
    }
    // "the declaration of the States members of the Agency for the Prohibition of Nuclear Weapons in Latin America and the
    // Caribbean on the International Day for the Total Elimination of Nuclear Weapons, in Mexico City" (A/RES/80/24 PP28,
    // 79/50, 78/53): a body and the day it spoke on are two names (not "the Third High-level International Conference on the
    // International Decade for Action", a sitting's topic)
    if (!tok.known && tok.w === 'on' && toks[i + 1]?.w === 'the' && commemorationAt(toks, i + 2) && cur.length > 0 && headKindIs(placeholderWords(cur), 'Organization')) {
      segments.push(cur);
      cur = newSegment();
      i++;
      continue;
    }
    // "the Rule of Law Unit in the Executive Office of the Secretary-General" (A/RES/78/112 OP10): a unit in the office
    // it belongs to is two names (not "the ... Stabilization Mission in the Central African Republic", a place)
    if (!tok.known && tok.w === 'in' && toks[i + 1]?.w === 'the' && unitInOffice(toks, i, cur)) {
      segments.push(cur);
      cur = newSegment();
      i++;
      continue;
    }
    if (!tok.known && (tok.w === 'in' || tok.w === 'at') && placeEndsName(toks, i, cur)) {
      // (the chunk may go on with another name: "the International Institute on Ageing in Malta and the European Centre for
      // Social Welfare Policy and Research in Vienna", A/RES/78/177 OP58)
      const place = toks[i + 1]?.known;
      if (place === undefined || place.kind !== 'Place') break;
      segments.push(cur);
      cur = newSegment();
      while (i + 1 < toks.length && toks[i + 1]!.known === place) i++;
      continue;
    }
    if (!tok.known && tok.w === 'of') {
      const ownerEnd = ownerAfterOf(toks, i, cur);
      const ownerTok = toks[i + 1]?.w === 'the' ? toks[i + 2] : toks[i + 1];
      if (ownerEnd >= 0 && (sittingOfOwner(cur) || publicationOfOwner(cur) || (ownerTok?.known?.via !== 'short' && (genericOrgan(cur) || genericInstrument(cur) || declarationOfHeads(cur))))) {
        // "Nineteenth Summit of Heads of State and Government of the Non-Aligned Movement", "Twelfth Ministerial
        // Conference of the World Trade Organization": a sitting is named by the body that holds it (as sessions
        // are); the name ends with the body ("... Organization for the Trade Facilitation Committee")
        while (i < toks.length && toks[i]!.s < ownerEnd) cur.push(toks[i++]!);
        i--;
        segments.push(cur);
        cur = newSegment();
        continue;
      }
      // "the adoption by the Committee of Ministers of the Gender Equality Strategy": an organ is not named after an instrument
      if (ownerEnd < 0 && ownerTok && genericOrgan(cur) && instrumentAfter(toks, ownerTok)) {
        segments.push(cur);
        cur = newSegment();
        continue;
      }
      if (ownerEnd < 0 && ownerTok && toks[i + 1]!.w === 'the' && bodyThenPlan(toks, cur, ownerTok)) {
        segments.push(cur);
        cur = newSegment();
        continue;
      }
      // "the adoption by the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice of the Kyoto
      // Declaration on ..." (A/RES/78/226 PP10), "the adoption by the International Labour Conference of the Domestic Workers
      // Convention": the sitting that adopted is named before "of", the instrument it adopted after it (not "the Sixth
      // Review Conference of the Biological Weapons Convention" elsewhere, a sitting named by its instrument, nor "the adoption
      // by the Sixth Review Conference of the Biological Weapons Convention of its final document": what it adopted follows)
      if (ownerEnd < 0 && ownerTok && cur.length !== 0 && afterAdoptionBy(text, cur[0]!) && (sittingOfOwner(cur) || knownEvent(cur)) && !text.startsWith(' of ', toks[toks.length - 1]!.e) && frameworkAfter(toks, ownerTok)) {
        segments.push(cur);
        cur = newSegment();
        continue;
      }
      if (ownerEnd >= 0) {
        segments.push(cur);
        cur = newSegment();
        // "... of the United Nations Standing Advisory Committee on ...": "United Nations" starts the next name
        if (ownerTok!.known!.name === 'United Nations' && startsName(toks, ownerEnd)) {
          if (toks[i + 1]!.w === 'the') i++;
          continue;
        }
        // skip the rest of the chunk that is the owner
        while (i + 1 < toks.length && toks[i + 1]!.s < ownerEnd) i++;
        continue;
      }
    }
    cur.push(tok);
  }
  segments.push(cur);
  return segments;
}

/**
 * "and" at toks[i] joins two places after a body's "for" (or a sitting's "of", then "and the" too): "<Head> ... for <Place> and
 * <Place>", the second place the chunk's last words (a place known by itself, not "the" and a body: "the Office for Central Africa and the Economic Community ...").
 */
function regionPairAt(toks: readonly ChunkToken[], i: number, cur: readonly ChunkToken[]): boolean {
  const first = toks[i - 1]!.known!;
  // ("of Central America and the Caribbean": "the" before the second place, read only after "of", below)
  const the = toks[i + 1]?.w === 'the' && !toks[i + 1]!.known ? 1 : 0;
  const next = toks[i + 1 + the]?.known;
  if (next === undefined || next.kind !== 'Place' || next === first || toks[i - 1]!.e !== first.end) return false;
  let j = i - 1;
  while (j > 0 && toks[j - 1]!.known === first) j--;
  const before = j === 0 ? undefined : toks[j - 1]!;
  if (before === undefined || before.known || (before.w !== 'for' && before.w !== 'of')) return false;
  if (the === 1 && before.w !== 'of') return false;
  let k = i + 1 + the;
  while (k + 1 < toks.length && toks[k + 1]!.known === next) k++;
  if (k + 1 < toks.length && STARTS_UPPER_RE.test(toks[k + 1]!.w)) return false;
  // "the twenty-second Forum for the Development of Tourism Integration of Central America and the Caribbean, held in San
  // Salvador" (A/RES/80/134 PP32, 78/145 PP29): a sitting's name ends with the two regions after "of" too (a body's takes "for")
  if (before.w === 'of') return cur.some((c) => !c.known && REGION_PAIR_SITTING_HEADS.has(c.w));
  return cur.some((c) => !c.known && (ORG_HEADS.has(c.w) || INITIATIVE_HEADS.has(c.w)));
}
/** The sitting nouns whose name may end "of <Place> and <Place>". */
const REGION_PAIR_SITTING_HEADS: ReadonlySet<string> = new Set(['Forum', 'Conference', 'Summit', 'Meeting', 'Congress', 'Dialogue']);

const COMMEMORATION_FIRST: ReadonlySet<string> = new Set(['International', 'World']);
const COMMEMORATION_NOUNS: ReadonlySet<string> = new Set(['Day', 'Week', 'Year', 'Decade']);
/** After a place's name: "-based" makes it an adjective ("the Rome-based agencies"). */
const BASED_SUFFIX = '-based';
/** toks[at..] open "International Day", "World Day", "International Year", "International Decade" (not a known name). */
function commemorationAt(toks: readonly ChunkToken[], at: number): boolean {
  const a = toks[at];
  const b = toks[at + 1];
  return a !== undefined && b !== undefined && a.known === undefined && COMMEMORATION_FIRST.has(a.w) && COMMEMORATION_NOUNS.has(b.w);
}

/** `t` opens a known Organization's or Framework's name (a gazetteer name or acronym, not a short form). */
function knownNameAt(t: ChunkToken | undefined): boolean {
  const k = t?.known;
  return k !== undefined && (k.kind === 'Organization' || k.kind === 'Framework') && k.via !== 'short' && k.start === t!.s;
}

/** `cur` is one known Organization's name, all of it (a gazetteer name or acronym, not a short form). */
function wholeKnownOrganization(cur: readonly ChunkToken[]): boolean {
  // (after "and the": "the International Atomic Energy Agency and the World Health Organization for the ..."; a footnote's
  // sentence opens with "The": "The World Health Organization and United Nations Children’s Fund Global Summit", A/RES/78/130)
  const f = cur.length > 0 && (cur[0]!.w === 'the' || cur[0]!.w === 'The') ? 1 : 0;
  if (cur.length < f + 1) return false;
  const k = cur[f]!.known;
  return k !== undefined && k.kind === 'Organization' && k.via !== 'short' && k.start === cur[f]!.s && k.end === cur[cur.length - 1]!.e;
}

// (JOINT_OWNERS_GAP_RE: " and ", not " and the ", a list: "the Special Advocate ... and the Group of 20 Global Partnership for
// Financial Inclusion", A/RES/80/125 OP17, 78/139 OP12)
/**
 * `seg` is "<known body> <words of a name>" and `prev`, right before it and " and ", another known body named in full: the
 * words after the second body, two at least and capitalised ("Joint Monitoring Programme", "Global Programme to End Child
 * Marriage"), are the name the two bodies' programme goes by; undefined unless so.
 */
function jointOwnersRest(text: string, prev: readonly ChunkToken[], seg: readonly ChunkToken[]): ChunkToken[] | undefined {
  if (!wholeKnownOrganization(prev) || !JOINT_OWNERS_GAP_RE.test(text.slice(prev[prev.length - 1]!.e, seg[0]!.s))) return undefined;
  return restAfterOwner(seg);
}

/** `seg` is "<known body named in full> <two capitalised words at least, none known>": those words, else undefined. */
function restAfterOwner(seg: readonly ChunkToken[]): ChunkToken[] | undefined {
  const owner = seg[0]!.known;
  if (owner === undefined || owner.kind !== 'Organization' || owner.via === 'short' || owner.start !== seg[0]!.s) return undefined;
  let k = 0;
  while (k < seg.length && seg[k]!.known === owner) k++;
  if (seg.length - k < 2 || seg[k]!.known !== undefined || !STARTS_UPPER_RE.test(seg[k]!.w)) return undefined;
  return seg.slice(k);
}

const JOINT_AND = ' and ';
/**
 * jointOwnersRest for a segment opening its chunk: the body before " and " is a known organization named in full that the
 * chunk reader left out of the chunk ("Group of 20", a name with a number).
 */
function jointOwnersRestAfterKnown(knownSorted: readonly Candidate[], seg: readonly ChunkToken[]): ChunkToken[] | undefined {
  const at = seg[0]!.s - JOINT_AND.length;
  let before: Candidate | undefined;
  for (const k of knownSorted) {
    if (k.start >= at) break;
    if (k.end === at) before = k;
  }
  if (before === undefined || before.kind !== 'Organization' || before.via === 'short') return undefined;
  return restAfterOwner(seg);
}

/**
 * `cur` is "(the) Government(s) of <a known place>": "the cooperation extended by the Government of Bangladesh with the
 * Independent Mechanism for Myanmar" (A/RES/80/221 PP30): a country acting, and after "with the" the body it works with.
 */
function governmentOfPlace(cur: readonly ChunkToken[]): boolean {
  const f = cur[0]!.w === 'the' ? 1 : 0;
  const last = cur[cur.length - 1]!;
  return cur.length >= f + 3 && (cur[f]!.w === 'Government' || cur[f]!.w === 'Governments') && cur[f + 1]!.w === 'of' && last.known?.kind === 'Place' && last.known.end === last.e;
}

/** the offices that act for a country, printed "<office> of <a known place>" (officeOfPlace) */
const OFFICES_OF_PLACES: ReadonlySet<string> = new Set(['Government', 'Governments', 'President', 'Governor']);
/** `cur` is "(the) Government of <a known place>", or its President's or Governor's office: a country acting, no body's name. */
function officeOfPlace(cur: readonly ChunkToken[]): boolean {
  const f = cur.length > 0 && cur[0]!.w === 'the' ? 1 : 0;
  const last = cur[cur.length - 1];
  return cur.length >= f + 3 && OFFICES_OF_PLACES.has(cur[f]!.w) && cur[f + 1]!.w === 'of' && last!.known?.kind === 'Place' && last!.known.end === last!.e;
}

/** `cur` is one known organization or initiative named in full (not by a short form), nothing else. */
function wholeKnownBodyOrInitiative(cur: readonly ChunkToken[]): boolean {
  const f = cur[0]!.w === 'the' ? 1 : 0;
  if (cur.length < f + 1) return false;
  const k = cur[f]!.known;
  return k !== undefined && (k.kind === 'Organization' || k.kind === 'Initiative') && k.via !== 'short' && k.start === cur[f]!.s && k.end === cur[cur.length - 1]!.e;
}

/** A capitalised act noun that opens a topic's second part: "and the Implementation of", "and the Protection of". */
const TOPIC_ACT_NOUN_RE = /^(?:Implementation|Promotion|Protection|Prevention|Elimination|Realization|Achievement|Strengthening)$/;
/**
 * toks[i] is "and" before "the <act noun> of <more of the chunk>", and `cur` is a name whose topic (after an unknown head
 * word and "on"/"for") already has an "of" ("... for the Peaceful Settlement of the Question of Palestine"): the act goes
 * on with the topic. Not after a known name that is no place ("the Convention on ... and the Implementation of ...").
 */
function topicActAfterAnd(toks: readonly ChunkToken[], i: number, cur: readonly ChunkToken[]): boolean {
  if (toks[i + 1]?.w !== 'the' || toks[i + 3]?.w !== 'of' || i + 4 >= toks.length) return false;
  const act = toks[i + 2]!;
  if (act.known || !TOPIC_ACT_NOUN_RE.test(act.w)) return false;
  const prev = toks[i - 1];
  if (prev === undefined || (prev.known && prev.known.kind !== 'Place')) return false;
  let prep = -1;
  for (let k = 1; k < cur.length; k++) {
    const x = cur[k]!;
    if (x.known) continue;
    if (prep < 0 && (x.w === 'on' || x.w === 'for')) {
      if (headKind(placeholderWords(cur.slice(0, k))) === undefined) return false;
      prep = k;
    } else if (prep >= 0 && x.w === 'of') return true;
  }
  return false;
}

const SUB_UNIT_HEADS: ReadonlySet<string> = new Set(['Unit', 'Section', 'Branch', 'Service', 'Division']);
const HOST_OFFICE_HEADS: ReadonlySet<string> = new Set(['Office', 'Department', 'Secretariat', 'Division']);
/**
 * toks[i] is "in" after a unit's name (`cur` ends with an unknown "Unit", "Section", "Branch", "Service" or "Division") and
 * "the <capitalised words> Office|Department|Secretariat|Division" follows: the office the unit is in.
 */
function unitInOffice(toks: readonly ChunkToken[], i: number, cur: readonly ChunkToken[]): boolean {
  const last = cur[cur.length - 1];
  if (last === undefined || last.known || cur.length < 2 || !SUB_UNIT_HEADS.has(last.w)) return false;
  for (let k = i + 2; k < toks.length && k < i + 6; k++) {
    const x = toks[k]!;
    if (x.known?.kind === 'Place' || !/^[A-Z]/.test(x.w)) return false;
    if (HOST_OFFICE_HEADS.has(x.w)) return true;
  }
  return false;
}

/** The first word of `cur` after leading connectors and noise ("the", "Welcoming"), or undefined. */
function firstNameWord(cur: readonly ChunkToken[]): string | undefined {
  for (const x of cur) if (!CONNECTOR_WORDS.has(x.w) && !(LEADING_NOISE.has(x.w) && !NOISE_ONLY_IF_NOT_NAME.has(x.w))) return x.known ? undefined : x.w;
  return undefined;
}

/** The chunk goes on after `end` with a capitalised word of no known name. */
function startsName(toks: readonly ChunkToken[], end: number): boolean {
  const after = toks.find((x) => x.s >= end);
  return after !== undefined && !after.known && /^[A-Z]/.test(after.w);
}

const TOPIC_WORDS_BEFORE_IN: ReadonlySet<string> = new Set(TOPIC_BEFORE_IN.split('|'));

/** "in"/"at" at toks[i] begins where or when the name in `cur` met, not part of its name. */
function placeEndsName(toks: readonly ChunkToken[], i: number, cur: readonly ChunkToken[]): boolean {
  // "Plenipotentiary Conference in Bucharest": the venue is not part of an event's name
  // ("Regional Centre for Peace and Disarmament in Africa" keeps it: organizations are named by their region)
  const next = toks[i + 1];
  // "Conference on the Situation of Rohingya Muslims and Other Minorities in Myanmar": the place is the topic's
  const last = cur[cur.length - 1];
  if (last !== undefined && toks[i]!.w === 'in' && TOPIC_WORDS_BEFORE_IN.has(last.w.toLowerCase())) return false;
  if (toks[i]!.w === 'in' && next?.known?.kind === 'Place' && (instrumentForRegion(cur, next.known) || sittingOnRegion(cur, next.known))) return false;
  if (next?.known?.kind === 'Place' && !cur.some((c) => !c.known && ORG_HEADS.has(c.w))) return true;
  // "the fourteenth Project Coordination Committee Meeting in Singapore" (A/RES/78/69 OP148): a sitting's head right before
  // "in <place>", though a body's head names whose sitting it is
  if (next?.known?.kind === 'Place' && toks[i]!.w === 'in' && last !== undefined && !last.known && EVENT_HEADS.has(last.w)) return true;
  // "the Association of Southeast Asian Nations Centre for Sustainable Development Studies and Dialogue in Thailand", "the
  // European Centre for Social Welfare Policy and Research in Vienna": a centre or institute named by what it is for sits in
  // the city or country after it (not a region: "the Regional Centre for Peace and Disarmament in Africa" is named so)
  if (toks[i]!.w === 'in' && next?.known?.kind === 'Place' && typeof next.known.attrs.country === 'string' && sitsSomewhere(cur)) return true;
  // "the Special Committee in Caracas", "the Scientific Committee in May 2022 in Vienna": a body that meets
  // somewhere or some time is not named after it (a Centre or Office in a city is)
  if (toks[i]!.w === 'in' && cur.some((c) => !c.known && MEETING_BODY_HEADS.has(c.w))) {
    const place = next?.known?.kind === 'Place' ? next.known : undefined;
    const isCity = place !== undefined && typeof place.attrs.country === 'string' && place.attrs.country !== place.name;
    if (isCity || (next && MONTH_NAMES.has(next.w))) return true;
  }
  return false;
}

const INSTRUMENT_HEADS: ReadonlySet<string> = new Set([...FRAMEWORK_HEADS, ...INITIATIVE_HEADS]);
const INSTRUMENT_TOPIC_PREPS: ReadonlySet<string> = new Set(['on', 'to', 'for', 'against']);
/**
 * `cur` is "<... Plan|Programme|Declaration|Campaign ...> on|to|for|against <topic>" and `place` a country or region: a plan or
 * programme is named by the region it covers, "in <region>" is part of its name ("the Regional Action Plan to End Child
 * Marriage in South Asia", "the Joint Inter-Agency Programme to End Child Marriage and Early Unions in Latin America and the
 * Caribbean", A/RES/79/158 PP7; "the Regional Action Plan on Albinism in Africa", A/RES/80/177 PP8; "the Abuja Declaration
 * on Roll Back Malaria in Africa"). Not a city (where a text was adopted), nor a sitting's or a body's name.
 */
function instrumentForRegion(cur: readonly ChunkToken[], place: Candidate): boolean {
  if (typeof place.attrs.country === 'string' && place.attrs.country !== place.name) return false;
  let head = false;
  let topic = false;
  for (const c of cur) {
    if (c.known) continue;
    if (EVENT_HEADS.has(c.w) || ORG_HEADS.has(c.w)) return false;
    if (INSTRUMENT_HEADS.has(c.w)) head = true;
    else if (head && INSTRUMENT_TOPIC_PREPS.has(c.w)) topic = true;
  }
  return topic;
}

/**
 * `cur` is "<... Forum|Summit|Conference ...> on <topic>" and `place` a region of several countries (no country of its own): the
 * sitting is named by the region its topic concerns, "in <region>" is part of its name; the venue is the town it was "held in"
 * ("the Forum on Sustainable Tourism and Climate Change in Central America, held from 21 to 24 September 2023 in La Ceiba,
 * Honduras", A/RES/80/134 PP32, 78/145 PP29; "the African Union Extraordinary Summit of Heads of State and Government on Maritime
 * Security and Safety and Development in Africa, held in Lomé on 15 October 2016", A/RES/78/59 PP16, 79/68, 80/63). Not a
 * country or a city (where a sitting meets: "the Plenipotentiary Conference in Bucharest"), nor a sitting with no topic.
 */
function sittingOnRegion(cur: readonly ChunkToken[], place: Candidate): boolean {
  if (place.attrs.country !== undefined) return false;
  let head = false;
  for (const c of cur) {
    if (c.known) continue;
    if (EVENT_HEADS.has(c.w)) head = true;
    else if (head && c.w === 'on') return true;
  }
  return false;
}

const SITE_HEADS: ReadonlySet<string> = new Set(['Centre', 'Center', 'Institute', 'University', 'Academy']);
/**
 * `cur` is "<... Centre|Institute|University|Academy> <preposition> ...": a seat named by its purpose; or "<known body> <...
 * Centre|Academy>": a body's seat named by its owner ("the World Health Organization Academy in Lyon, France").
 */
function sitsSomewhere(cur: readonly ChunkToken[]): boolean {
  const h = cur.findIndex((c) => !c.known && SITE_HEADS.has(c.w));
  if (h < 0) return false;
  return cur.some((c, k) => (k > h && !c.known && (c.w === 'for' || c.w === 'on' || c.w === 'of')) || (k < h && c.known?.kind === 'Organization'));
}
/** a seat's name: its head, then maybe what it is for ("Global Centre for Traditional Medicine", "International Training Centre") */
const SEAT_NAME_RE = /\b(?:Centre|Center|Institute|University|Academy)(?:\s+(for|of|on)\s.*)?$/;
/**
 * `name` (an Organization's or Initiative's, "in <town>" cut off) is a seat that sits somewhere rather than being named so: a
 * seat named by its purpose or by its owner's name before it ("World Health Organization Global Centre for Traditional
 * Medicine", "International Labour Organization International Training Centre"), not a seat named by nothing but its town
 * ("the Regional Service Centre in Entebbe, Uganda").
 */
function seatOfPurposeOrOwner(name: string): boolean {
  const m = SEAT_NAME_RE.exec(name);
  if (!m) return false;
  if (m[1] !== undefined) return true;
  // the owner: a known body's name the words before the head begin with
  const words = name.slice(0, m.index).trim().split(' ');
  for (let k = 1; k <= words.length && k <= 8; k++) if (lookupName(words.slice(0, k).join(' '))?.kind === 'Organization') return true;
  return false;
}

/**
 * "of (the) <known Organization>" at toks[i] after a head in `cur` names the owner, not part of the name:
 * the end of the owner's mention, or -1.
 */
function ownerAfterOf(toks: readonly ChunkToken[], i: number, cur: readonly ChunkToken[]): number {
  const next = toks[i + 1]?.w === 'the' ? toks[i + 2] : toks[i + 1];
  const nk = next?.known;
  if (!nk || nk.start !== next!.s || !(nk.kind === 'Organization' || nk.via === 'short')) return -1;
  if (!cur.some((c) => !c.known && headKind([c.w]))) return -1;
  // ("Convention on the Privileges and Immunities of the United Nations" keeps it: an instrument of the
  // United Nations is named by it; "Code of Conduct ... of the Food and Agriculture Organization" names the author)
  // (after the part it names: "article II of the Convention on ... of the United Nations4", A/RES/80/116 PP12; "articles V
  // and VI of the Convention ...", A/RES/80/77 PP20)
  if (nk.name === 'United Nations' && !/^[A-Z]/.test(toks.find((x) => x.s >= nk.end)?.w ?? '') && headKindIs(placeholderWords(afterPartNumbers(cur)), 'Framework')) return -1;
  // "the Working Group on the Financing of the United Nations Relief and Works Agency ..." (A/RES/78/73 OP11), "the Ad Hoc
  // Working Group on the Revitalization of the Work of the General Assembly": the body's topic is an act (a noun of
  // "-ing", "-tion", "-ment", "Work") whose object is the known body, not the body's owner
  if (TOPIC_ACT_RE.test(placeholderWords(cur).join(' '))) return -1;
  return nk.end;
}
/** `cur` without the Roman numerals of the parts it opens with ("II of the", "V and VI of the"): the instrument's words. */
function afterPartNumbers(cur: readonly ChunkToken[]): readonly ChunkToken[] {
  if (cur.length < 3 || cur[0]!.known || !ROMAN_RE.test(cur[0]!.w)) return cur;
  let k = 1;
  while (k < cur.length && !cur[k]!.known && (ROMAN_RE.test(cur[k]!.w) || cur[k]!.w === 'and' || cur[k]!.w === ',')) k++;
  if (k >= cur.length || (cur[k]!.w !== 'of' && cur[k]!.w !== 'to')) return cur;
  k++;
  if (cur[k]?.w === 'the') k++;
  return k < cur.length ? cur.slice(k) : cur;
}
/** " on the Financing of the ": a body's topic acting on another body named after it */
const ACT_TOPIC_IN_NAME_RE = / on the (?:[A-Z][\w-]* (?:of the |and )?)*?(?:[A-Z][\w-]*(?:ing|tion|sion|ment)|Work) of the /;
/** "... on the Financing", "... on the Revitalization of the Work": a body's topic ending in an act noun */
const TOPIC_ACT_RE = /(?:^| )on the (?:[A-Z][\w-]* (?:of the |and )?)*(?:[A-Z][\w-]*(?:ing|tion|sion|ment)|Work)$/;

/** " of the " before the owner's short form. */
const OF_THE = ' of the ';
/** " of " before a numbered body printed with no article ("session of Working Group III") */
const BARE_OF = ' of ';
/**
 * Step 7b''': "approved by the Board of Governors of the Agency on 11 September 2017" (A/RES/80/41 PP14, after "the
 * International Atomic Energy Agency"), "the Board of Governors of the Fund": an organ every organization has, named
 * before a short form that stands for a known organization, is that organization's organ, named with its full name as
 * when printed in full ("Board of Governors of the International Atomic Energy Agency"), not one "Board of Governors"
 * node for the organs of every body. The short form keeps its own mention.
 */
function organsOfShortForms(text: string, kept: Candidate[]): void {
  for (const c of kept) {
    if (c.kind !== 'Organization' || c.via === 'short' || !text.startsWith(OF_THE, c.end) || !genericOrganName(c.name)) continue;
    const at = c.end + OF_THE.length;
    const owner = kept.find((o) => o.start === at && o.via === 'short' && o.kind === 'Organization');
    if (owner === undefined || owner.name.length < 8) continue;
    c.name = `${c.name} of the ${owner.name}`;
  }
}

/** the head of a body's regional office's name */
const REGIONAL_OFFICE_FOR = 'Regional Office for ';
/** between a body and its office named after it: ", including its ", " and its " */
const OWNER_THEN_ITS_OFFICE_GAP_RE = /^\s*(?:\d{1,3}\s*)?(?:,\s+including|\s+and)\s+its\s+$/;
/**
 * "the Regional Office for Europe of the World Health Organization" (A/RES/79/135 OP5, OP15), "the World Health Organization,
 * including its Regional Office for Europe" (A/RES/79/284 OP8): a body's regional office, printed with its owner, is named with
 * it ("Regional Office for Europe of the World Health Organization"), one node across texts and no bare "Regional Office for
 * Europe" that several bodies have; PART_OF the owner (attributions.ts, regionalOfficeOwners; andItsPartAttributions). The owner
 * keeps its own mention.
 */
function regionalOfficesOfOwners(text: string, kept: Candidate[]): void {
  for (const office of kept) {
    if (office.kind !== 'Organization' || !office.name.startsWith(REGIONAL_OFFICE_FOR) || office.name.includes(OF_THE)) continue;
    // (the candidates are not in text order here: asked by place)
    const ownerAt = text.startsWith(OF_THE, office.end) ? office.end + OF_THE.length : -1;
    const owner =
      kept.find((o) => o.kind === 'Organization' && o.start === ownerAt) ??
      kept.find((o) => o.kind === 'Organization' && o.end <= office.start && office.start - o.end <= 20 && OWNER_THEN_ITS_OFFICE_GAP_RE.test(text.slice(o.end, office.start)));
    if (owner !== undefined && !owner.name.startsWith(REGIONAL_OFFICE_FOR)) office.name = `${office.name}${OF_THE}${owner.name}`;
  }
}

/** between a body and the organ it acts through: "the Association of Southeast Asian Nations, through its " */
const THROUGH_ITS_GAP = ', through its ';
/** a forum's name: the last word of what the patterns read as a sitting series */
const FORUM_NAME_END = ' Forum';
/**
 * Step 7c'. "Notes the ongoing efforts of the Association of Southeast Asian Nations, through its Fisheries Consultative
 * Forum, to address common problems on fisheries management" (A/RES/78/68 OP182, 79/145, 80/109): a forum a body acts through is
 * its standing organ, an Organization as the gazetteer's forums are ("ASEAN Regional Forum", "Permanent Forum on Indigenous
 * Issues"), not a sitting; then PART_OF the body (attributions.ts, andItsPartAttributions). Only a forum named by the patterns
 * (no edition, place or date read with it) printed right after the body and ", through its ".
 */
function forumsActedThrough(text: string, kept: Candidate[]): void {
  for (const forum of kept) {
    if (forum.kind !== 'Event' || forum.via !== 'pattern' || !forum.name.endsWith(FORUM_NAME_END) || forum.start < THROUGH_ITS_GAP.length) continue;
    const gapStart = forum.start - THROUGH_ITS_GAP.length;
    if (!text.startsWith(THROUGH_ITS_GAP, gapStart)) continue;
    if (Object.keys(forum.attrs).some((k) => k !== 'eventKind')) continue;
    if (!kept.some((o) => o.kind === 'Organization' && o.end === gapStart)) continue;
    forum.kind = 'Organization';
    forum.attrs = {};
  }
}

/** "Bureau of the " right before a body's short form */
const BUREAU_OF_THE = 'Bureau of the ';
/**
 * Step 7b''''': "encourages the Bureau of the Committee to continue to prepare ... updates to the informal paper" (A/RES/79/192
 * OP12, after "the Third Committee"), "to meet informally ... with the Chair and the Bureau of the Committee" (A/RES/78/101 OP18,
 * after "the Special Committee"): the bureau of the body the short form stands for, named with its full name as when printed so
 * ("Bureau of the Third Committee", OP2), PART_OF it (attributions.ts, organOwnerKey). The short form keeps its own mention, as
 * instrumentsOfShortForms leaves it.
 */
function bureausOfShortForms(text: string, kept: Candidate[]): void {
  let added: Candidate[] | undefined;
  for (const o of kept) {
    if (o.via !== 'short' || o.kind !== 'Organization' || o.start < BUREAU_OF_THE.length || !text.startsWith(BUREAU_OF_THE, o.start - BUREAU_OF_THE.length)) continue;
    const start = o.start - BUREAU_OF_THE.length;
    const end = start + BUREAU_OF_THE.indexOf(' ');
    if (kept.some((c) => c.start < end && c.end > start)) continue;
    (added ??= []).push(candidate('Organization', `${BUREAU_OF_THE}${o.name}`, {}, start, end, 'special', false));
  }
  if (added === undefined) return;
  for (const c of added) {
    let i = kept.length;
    while (i > 0 && kept[i - 1]!.start > c.start) i--;
    kept.splice(i, 0, c);
  }
}

/**
 * An instrument every body has, or a court's statutory office (group 2), printed before " of the " and its owner's short form:
 * "the Statute of the Court", "deposited with the Registrar of the Court a declaration" (S/RES/9 (1946) OP1, after "the
 * International Court of Justice").
 */
const SHORT_OWNER_INSTRUMENT_RE = letterRe(String.raw`(?:^|[^\p{L}])(?:(Statute|Charter|Constitution)|(Registrar|Prosecutor)) of the $`, 'u');
/**
 * "to request the International Court of Justice, pursuant to Article 65 of the Statute of the Court, to render an advisory
 * opinion" (A/RES/79/232 PP9 and OP10, 80/116 PP10): the instrument of the body the short form stands for, named as when
 * printed in full ("Statute of the International Court of Justice"), when the gazetteer knows it by that name and the
 * paragraph named the body in full before. The short form keeps its own mention.
 */
function instrumentsOfShortForms(text: string, kept: Candidate[]): void {
  let added: Candidate[] | undefined;
  for (const o of kept) {
    if (o.via !== 'short' || o.kind !== 'Organization' || o.name.length < 8 || o.start < 15) continue;
    const m = SHORT_OWNER_INSTRUMENT_RE.exec(text.slice(Math.max(0, o.start - 26), o.start));
    if (m === null) continue;
    // (and only where the paragraph prints the body's full name: "the Court" of a text on the International Criminal Court is
    // not always read as that court. Before the short form, or after it: "kept in the custody of the Registrar of the Court,
    // ... to all States parties to the Statute of the International Court of Justice" (S/RES/9 (1946) OP3))
    const part = m[1] ?? m[2]!;
    const entry = entryByName(m[1] !== undefined ? 'Framework' : 'Organization', `${part} of the ${o.name}`);
    if (entry === undefined || !text.includes(o.name)) continue;
    const start = o.start - (part.length + OF_THE.length);
    const end = start + part.length;
    if (kept.some((c) => c.start < end && c.end > start)) continue;
    const ref = entryRef(entry);
    (added ??= []).push(candidate(ref.kind, ref.name, ref.attrs, start, end, 'special', false, entry));
  }
  if (added === undefined) return;
  for (const c of added) {
    let i = kept.length;
    while (i > 0 && kept[i - 1]!.start > c.start) i--;
    kept.splice(i, 0, c);
  }
}

/** `name` is only words of GENERIC_ORGAN_WORDS, two at least ("Board of Governors", "Executive Council"). */
function genericOrganName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2) return false;
  for (const w of words) if (!GENERIC_ORGAN_WORDS.has(w)) return false;
  return true;
}

/** Words of the names of organs every organization has: "Executive Council", "Board of Governors", "Council of Ministers". */
const GENERIC_ORGAN_WORDS: ReadonlySet<string> = new Set([
  'Executive', 'Governing', 'Council', 'Board', 'Bureau', 'Secretariat', 'Technical', 'Committee', 'Assembly', 'Governors',
  'Ministers', 'Directors', 'Permanent', 'Standing', 'of', 'Foreign', 'Affairs', 'Heads', 'State', 'Government', 'and',
]);
/** `cur` is such an organ's name: "the Executive Council of the African Union" is that name whole, not a generic
 *  "Executive Council" node shared by every organization that has one (after a short form, "the Executive Board of
 *  the Fund", the whole would be no better: the organ is named alone as before). */
function genericOrgan(cur: readonly ChunkToken[]): boolean {
  let k = 0;
  while (k < cur.length && (CONNECTOR_WORDS.has(cur[k]!.w) || LEADING_NOISE.has(cur[k]!.w))) k++;
  if (k >= cur.length) return false;
  for (let j = k; j < cur.length; j++) if (cur[j]!.known || !GENERIC_ORGAN_WORDS.has(cur[j]!.w)) return false;
  return headKindIs(placeholderWords(cur), 'Organization');
}

const ADOPTION_BY = 'adoption by ';
/** The chunk starting with `first` follows "adoption by (the) ". */
function afterAdoptionBy(text: string, first: ChunkToken): boolean {
  const at = first.w === 'the' || !text.startsWith('the ', first.s - 4) ? first.s : first.s - 4;
  return at >= ADOPTION_BY.length && text.startsWith(ADOPTION_BY, at - ADOPTION_BY.length);
}
/** The words from `from` on name a framework: known, or by their head ("the Doha Declaration on ...": a place first). */
function frameworkAfter(toks: readonly ChunkToken[], from: ChunkToken): boolean {
  const k = from.known;
  if (k && k.start === from.s && k.kind !== 'Place') return k.kind === 'Framework';
  return headKind(placeholderWords(toks.slice(toks.indexOf(from))))?.kind === 'Framework';
}
/** `cur` (after a leading "the") is one known Event's words. */
function knownEvent(cur: readonly ChunkToken[]): boolean {
  const k = cur[cur.length - 1]!.known;
  if (k === undefined || k.kind !== 'Event') return false;
  for (const x of cur) if (x.known !== k && x.w !== 'the') return false;
  return true;
}

/**
 * "the adoption by the Marine Environment Protection Committee of the 2025 Action Plan to Address Marine Plastic Litter from Ships"
 * (A/RES/80/110 OP214), "implementation by member States of the Indian Ocean Rim Association of the Strategic Framework to ..."
 * (A/RES/78/69 OP226, 79/144 OP224): a body named by its head word last, then "of the" and a plan or framework it adopts or
 * carries out (unknown, named by its head), are two names. A body of a treaty is named after it ("the Special Tripartite
 * Committee of the Maritime Labour Convention"), so a treaty's head word after "of the" keeps the name whole.
 */
function bodyThenPlan(toks: readonly ChunkToken[], cur: readonly ChunkToken[], from: ChunkToken): boolean {
  const last = cur[cur.length - 1];
  if (last === undefined || last.known || !ORG_HEADS.has(last.w) || from.known) return false;
  const rest = toks.slice(toks.indexOf(from));
  if (headKind(placeholderWords(rest))?.kind !== 'Framework') return false;
  for (const t of rest) {
    if (HEAD_SEARCH_STOPS.has(t.w)) break;
    if (TREATY_HEADS.has(t.w)) return false;
  }
  return true;
}
/** Head words of instruments that have bodies of their own (a committee, a conference of the parties, a secretariat). */
const TREATY_HEADS: ReadonlySet<string> = new Set(['Convention', 'Conventions', 'Treaty', 'Protocol', 'Protocols', 'Agreement', 'Covenant', 'Statute', 'Charter', 'Constitution', 'Accord', 'Amendment', 'Act']);

/** The words from `from` on name an instrument, event or initiative (not a body): known, or by their head. */
function instrumentAfter(toks: readonly ChunkToken[], from: ChunkToken): boolean {
  const k = from.known;
  if (k && k.start === from.s) return k.kind !== 'Organization' && k.kind !== 'Place';
  const rest = toks.slice(toks.indexOf(from));
  const hk = headKind(placeholderWords(rest));
  return hk !== undefined && hk.kind !== 'Organization';
}

/** "the Charter of the Association of Southeast Asian Nations", "the Statute of the International Court of Justice", "the
 *  Constitutive Act of the African Union" (A/RES/79/329 PP2),
 *  "the Agreement on the Privileges and Immunities of the International Criminal Court": an instrument every body
 *  has, named by its body (a descriptive name, "Code of Conduct for Responsible Fisheries", stands alone). */
const LEADING_THE_RE = /^the /;
const GENERIC_INSTRUMENT_RE = /^(?:Charter|Statute|Constitution|Constitutive Act|(?:Agreement|Protocol|Convention) on the Privileges and Immunities)$/;
function genericInstrument(cur: readonly ChunkToken[]): boolean {
  if (cur.length === 0 || cur.some((x) => x.known)) return false;
  // ("the Rome Statute and the Agreement on the Privileges and Immunities of the International Criminal Court20", A/RES/79/176
  // OP16: after a name and "and", the segment opens with "the")
  const words = cur.map((x) => x.w).join(' ').replace(LEADING_THE_RE, '');
  // "... 2008 of the Charter": what the chunk held before the instrument's name is no part of it
  const m = / (?:of|the) (Charter|Statute|Constitution)$/.exec(` ${words}`);
  return GENERIC_INSTRUMENT_RE.test(m ? m[1]! : words);
}

/**
 * "the Astana Declaration of the Council of Heads of State of the Shanghai Cooperation Organization" (A/RES/79/332 PP8,
 * PP30), "the Reykjavik Declaration of Heads of State and Government of the Council of Europe" (A/RES/79/284): a
 * declaration of the heads of state of an organization is named with it (the name ended before it: one "Declaration of
 * the Council of Heads of State" for every organization). Only a chunk ending "Heads of State|Government" that opens with
 * a declaration's name.
 */
function declarationOfHeads(cur: readonly ChunkToken[]): boolean {
  const n = cur.length;
  if (n < 5 || (cur[n - 1]!.w !== 'State' && cur[n - 1]!.w !== 'Government')) return false;
  let k = n - 1;
  if (cur[k - 1]!.w === 'and' || cur[k - 1]!.w === 'or') k -= 2;
  if (cur[k - 1]?.w !== 'of' || cur[k - 2]?.w !== 'Heads') return false;
  for (let j = 0; j < k - 2; j++) if (cur[j]!.w === 'Declaration') return !cur[j]!.known && j + 1 < n && cur[j + 1]!.w === 'of';
  return false;
}

/** `cur` names a sitting (an Event head), not "General Conference" (an organ printed with its organization's name). */
/**
 * "the Yearbook of the International Law Commission" (A/RES/79/121 OP34, A/RES/80/164 PP9), "the Repertoire of the Practice
 * of the Security Council" (A/RES/78/111 OP12, 79/125, 80/166): a publication series named by the body that publishes it or
 * whose practice it records, the head word first ("the backlog of the Yearbook" leaves the chunk at "Yearbook"), then
 * no other name ("Repertoire of the Practice").
 */
const PUBLICATION_HEADS: ReadonlySet<string> = new Set(['Yearbook']);
function publicationOfOwner(cur: readonly ChunkToken[]): boolean {
  let k = 0;
  while (k < cur.length && (CONNECTOR_WORDS.has(cur[k]!.w) || LEADING_NOISE.has(cur[k]!.w))) k++;
  if (k >= cur.length || !PUBLICATION_HEADS.has(cur[k]!.w)) return false;
  for (let j = k; j < cur.length; j++) if (cur[j]!.known) return false;
  return k === cur.length - 1 || cur[k + 1]!.w === 'of';
}

function sittingOfOwner(cur: readonly ChunkToken[]): boolean {
  if (!headKindIs(placeholderWords(cur), 'Event')) return false;
  let k = 0;
  while (k < cur.length && (CONNECTOR_WORDS.has(cur[k]!.w) || LEADING_NOISE.has(cur[k]!.w))) k++;
  return !NOT_NAMES.has(cur.slice(k).map((x) => x.w).join(' '));
}

/**
 * The words of tokens, a known mention's words each counting as the placeholder word "§". Built with
 * push (a packed array, like split() and literals give) rather than map() (a holey one): headKind then
 * sees one array map, not two ("wrong map" deopts of the code it is inlined in).
 */
function placeholderWords(toks: readonly ChunkToken[]): string[] {
  const words: string[] = [];
  for (const x of toks) words.push(x.known ? '§' : x.w);
  return words;
}

/** The pattern candidate one segment names, if any. */
/** ", Technology, and " in a list of capitalised words */
const ROMAN_RE = /^[IVXL]+$/;
const ORDINAL_ASSEMBLY_RE = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth) (?:[A-Z][\w-]* )*Assembly\b/;
const AUTHOR_SHORT_HEADS: ReadonlySet<string> = new Set(['Commission', 'Council', 'Committee', 'Assembly', 'Organization', 'Conference']);
/** Words of an instrument's name that say what it is, not which: "Political Declaration and Plan of Action". */
const GENERIC_INSTRUMENT_WORDS: ReadonlySet<string> = new Set([...FRAMEWORK_HEADS, 'Political', 'Action', 'Programme', 'Additional', 'Optional', 'Ministerial', 'Final', 'Joint', 'and', 'of', 'the', 'on', 'for']);
/** the head words cityNamedStatement takes */
const CITY_NAMED_HEADS: ReadonlySet<string> = new Set(['Declaration', 'Statement']);
/** a capitalised word, as a city's name is printed */
const CAPITALISED_WORD_RE = /^[A-Z][a-z]/;
/** A declaration or statement named by a city alone ("Chiang Mai Statement", "Cape Town Declaration") before "of <year>". */
function cityNamedStatement(seg: readonly ChunkToken[]): boolean {
  const head = seg.length - 3;
  if (head < 1 || head > 3 || !CITY_NAMED_HEADS.has(seg[head]!.w)) return false;
  for (let i = 0; i < head; i++) {
    const x = seg[i]!;
    if (x.known !== undefined || GENERIC_INSTRUMENT_WORDS.has(x.w) || !CAPITALISED_WORD_RE.test(x.w)) return false;
  }
  return true;
}
const SERIAL_COMMA_RE = letterRe(String.raw`(,\s\p{Lu}[\p{L}-]*), and `, 'gu');
/** A word before a name that says the thing is one still to come: "the next", "a new", "future" ("relevant", "such" may qualify a noun after the name: "relevant International Plant Protection Convention guidance", A/RES/79/2). */
const GENERIC_MODIFIER_BEFORE_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(?:next|new|future|forthcoming|upcoming|subsequent|possible|proposed)\s+$`, 'u');
/** a category of countries in the singular, then one capitalised head ("Small Island Developing State Partnership") */
const COUNTRY_CATEGORY_SINGULAR_RE = letterRe(String.raw`^(?:Small Island Developing State|Least Developed Country|Landlocked Developing Country) \p{Lu}\p{Ll}+$`, 'u');
/** a word before a body's generic name that makes it a kind of body, any of them ("relevant Executive Board processes") */
const GENERIC_BODY_MODIFIER_BEFORE_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(?:relevant|respective)\s+$`, 'u');

const PLACE_BASED = '-based';
/** a citation's symbol read as a word: capitals, a hyphen, a number ("A-32", "EC-55") */
const SYMBOL_WORD_RE = /^[A-Z]{1,4}-\d/;
/** a capitalised word with a footnote number glued to its end ("Convention12") */
const GLUED_NUMBER_WORD_RE = letterRe(String.raw`^\p{Lu}(?:\p{Ll}|-)*\p{Ll}(\d{1,2})$`, 'u');
/** a hyphen break left with a space after it ("Non- Proliferation") */
const BROKEN_HYPHEN_RE = letterRe(String.raw`(\p{L})- (\p{L})`, 'gu');

function segmentCandidate(text: string, segment: ChunkToken[]): Candidate | undefined {
  let seg = segment;
  // "resolution 78/259 of 9 January 2024 on the International Day of Science, Technology and Innovation for the
  // South": the date a resolution was adopted on is no part of the name printed after it
  if (seg.length > 3 && !seg[0]!.known && MONTH_NAMES.has(seg[0]!.w) && YEAR_TOKEN_RE.test(seg[1]!.w)) seg = seg.slice(2);
  // "to declare 30 August International Day of the Victims of Enforced Disappearances": nor the day it falls on
  else if (seg.length > 2 && !seg[0]!.known && MONTH_NAMES.has(seg[0]!.w) && STARTS_UPPER_RE.test(seg[1]!.w)) seg = seg.slice(1);
  // "appendix I to the Convention on International Trade in ...", "annex V to the International Convention for the
  // Prevention of ...", "article VI of the Treaty on ...": the part's Roman numeral (after a lowercase "appendix", "annex",
  // "article", so the chunk opens with it) is no word of the instrument's name
  if (seg.length > 3 && !seg[0]!.known && (seg[1]!.w === 'to' || seg[1]!.w === 'of') && ROMAN_RE.test(seg[0]!.w)) seg = seg.slice(1);
  // "the Malta-based International Maritime Law Institute of the International Maritime Organization" (A/RES/78/69 OP29, 79/144
  // OP32): where a body sits is no word of its name ("Space-based Information for ..." is a name: no place before "-based")
  if (seg.length > 2 && !seg[0]!.known && seg[0]!.w.endsWith(PLACE_BASED) && entryByName('Place', seg[0]!.w.slice(0, -PLACE_BASED.length)) !== undefined) seg = seg.slice(1);
  // drop leading noise words and connectors
  // ("the Part XI Agreement": a part of a convention numbered is a name's first word)
  while (seg.length > 1 && !seg[0]!.known && (CONNECTOR_WORDS.has(seg[0]!.w) || seg[0]!.w === 'a' || seg[0]!.w === 'an' || (LEADING_NOISE.has(seg[0]!.w) && !(seg[0]!.w === 'Part' && ROMAN_RE.test(seg[1]!.w)) && !(NOISE_ONLY_IF_NOT_NAME.has(seg[0]!.w) && !CONNECTOR_WORDS.has(seg[1]!.w) && seg.length > 2))))
    seg = seg.slice(1);
  while (seg.length > 1 && CONNECTOR_WORDS.has(seg[seg.length - 1]!.w)) seg = seg.slice(0, -1);
  // "resolutions EC-55/1 of the Executive Council and A-32/3 of the Assembly of the ..." (A/RES/78/69 OP309): a decision's
  // symbol after "and" is the next citation, no word of the body's name
  if (seg.length > 3 && seg[seg.length - 2]!.w === 'and' && !seg[seg.length - 1]!.known && SYMBOL_WORD_RE.test(seg[seg.length - 1]!.w)) seg = seg.slice(0, -2);
  // "the reclassification of the post of Director of the Department of Human Resources from D-1 to D-2 level" (A/RES/78/252
  // OP60): the grades a post moves between are no words of the department's name
  else if (seg.length > 4 && seg[seg.length - 2]!.w === 'to' && seg[seg.length - 4]!.w === 'from' && SYMBOL_WORD_RE.test(seg[seg.length - 3]!.w) && SYMBOL_WORD_RE.test(seg[seg.length - 1]!.w)) seg = seg.slice(0, -4);
  // "notes that 99 States are now Parties to the 1954 Convention and 82 States are Parties to the 1961 Convention" (A/RES/80/187
  // OP8, 79/156): who is party to an instrument named by its year, not a name; the year and head are the reference back
  if (seg.length > 3 && !seg[0]!.known && PARTIES_WORDS.has(seg[0]!.w)) seg = afterPartiesToTheYear(seg);
  // "... Minorities in 2022": the year a thing was done in is not part of its name
  // ("... in Outer Space in 2018 and 2019": years of a list; "the International Narcotics Control Board for 2022 and 2023")
  if (seg.length > 5 && seg[seg.length - 2]!.w === 'and' && (seg[seg.length - 4]!.w === 'in' || seg[seg.length - 4]!.w === 'for') && /^(?:19|20)\d\d$/.test(seg[seg.length - 1]!.w) && /^(?:19|20)\d\d$/.test(seg[seg.length - 3]!.w)) seg = seg.slice(0, -4);
  // ("the budget of the Mechanism for 2024": a short form and the year)
  else if (seg.length > 2 && (seg[seg.length - 2]!.w === 'in' || seg[seg.length - 2]!.w === 'for') && /^(?:19|20)\d\d$/.test(seg[seg.length - 1]!.w)) seg = seg.slice(0, -2);
  // "... Global Platform for Disaster Risk Reduction in May 2022", "... Pandemic Fund in November 2022": nor the month
  // ("... Protocols in December 2021")
  else if (seg.length > 3 && seg[seg.length - 3]!.w === 'in' && MONTH_NAMES.has(seg[seg.length - 2]!.w) && /^(?:19|20)\d\d$/.test(seg[seg.length - 1]!.w)) seg = seg.slice(0, -3);
  // "the Abolition of Forced Labour Convention 1957 (No. 105)" (A/RES/78/217 OP5 (n), 80/218): an ILO convention's year
  // printed without the comma before its number is no part of its name (iloConvention reads the name)
  if (seg.length > 2 && seg[seg.length - 2]!.w === 'Convention' && /^(?:19|20)\d\d$/.test(seg[seg.length - 1]!.w) && text.startsWith(' (No. ', seg[seg.length - 1]!.e)) seg = seg.slice(0, -1);
  // "the African Union’s Agenda 2063", "the Convention’s Drought Toolbox": the possessor printed before a name
  // is its owner, not part of it (the name after it may be a known one)
  if (seg.length < 2) return undefined;
  // "the working paper prepared by the Secretariat on Bermuda": what the Secretariat wrote about, not a secretariat's
  // name (one is "Joint Secretariat on ..."); "the Secretariat to the Fifth Committee" ends at "to" already
  // (reportAddressee in capitalChunks.ts)
  if (seg[0]!.w === 'Secretariat' && !seg[0]!.known && seg[1]!.w === 'on') return undefined;
  const owned = possessorEnd(seg);
  if (owned > 0) seg = seg.slice(owned);
  if (seg.length < 2) return undefined;
  // "the United Nations Educational, Scientific and Cultural Organization World Conference on Cultural Policies ...": the
  // chunk began after the comma of a known organization's name printed before the head; the name begins with that name
  const lead = seg[0]!.known;
  const start = lead !== undefined && lead.start < seg[0]!.s && lead.kind === 'Organization' && !lead.acronym ? lead.start : seg[0]!.s;
  // a known name that runs past the chunk ("... to Adopt the Global Compact for Safe, Orderly and Regular Migration") ends the name
  const tail = seg[seg.length - 1]!;
  let end = tail.known && tail.known.end > tail.e ? tail.known.end : tail.e;
  // a footnote mark printed against the last word ("Cultural Rights2")
  // (or against a protocol's Roman numeral: "Additional Protocol I6 to the four Geneva Conventions,7", A/RES/79/91 PP7)
  const glued = !tail.known && (GLUED_NUMBER_WORD_RE.exec(tail.w) ?? (seg.length > 1 && seg[seg.length - 2]!.w === 'Protocol' ? /^[IVX]{1,4}(\d{1,2})$/.exec(tail.w) : null));
  if (glued) end -= glued[1]!.length;
  // entirely one known mention: nothing new
  const first = seg[0]!.known;
  if (first && seg.every((x) => x.known === first)) return undefined;
  // words outside known mentions decide the kind; a known mention counts as a placeholder word
  const hk = headKind(placeholderWords(seg)) ?? iloConvention(text, seg, end) ?? acronymedInitiative(text, end, start) ?? placeToPlaceHead(seg);
  if (!hk) return headlessOfTail(text, seg);
  // "completing deliberations on the next United Nations Strategy and monitoring and evaluation framework" (A/RES/78/70 OP17):
  // a few capitalised words ending in a bare head after "next", "new", "future" ... is an instrument not yet named, not a name
  // ("the new Strategic Plan 2024–2027" keeps its years, "a New Agenda for Peace" its subject)
  if (hk.kind === 'Framework' && seg.length > 1 && !tail.known && FRAMEWORK_HEADS.has(tail.w) && seg.length <= 4 && seg.every((x) => !CONNECTOR_WORDS.has(x.w)) && GENERIC_MODIFIER_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start))) return undefined;
  // "in line with relevant Executive Board processes and timelines" (A/RES/79/226 OP85): a body named by generic words only,
  // after "relevant"/"respective" and before a lowercase noun, says what kind of board's processes, no one board's; not a name
  // ("relevant International Plant Protection Convention guidance" names one: its words are not generic)
  // "exploring the designation of Small Island Developing State Partnership champions" (A/RES/80/136 OP21): a category of
  // countries in the singular and a bare head before a lowercase noun say what the champions are for, no programme's name
  // (the named one is "the Small Island Developing States Partnership Framework", printed in the same paragraph)
  if (hk.kind === 'Initiative' && seg.length === 5 && !tail.known && text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) >= 97 && text.charCodeAt(end + 1) <= 122 && COUNTRY_CATEGORY_SINGULAR_RE.test(text.slice(start, end))) return undefined;
  if (hk.kind === 'Organization' && seg.length <= 3 && text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) >= 97 && text.charCodeAt(end + 1) <= 122 && GENERIC_BODY_MODIFIER_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start)) && seg.every((x) => !x.known) && genericName(seg.map((x) => x.w).join(' '))) return undefined;
  // "the United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988": the year an
  // instrument was adopted, printed after its name, is no part of it (an event's year is its date: kept for eventKey)
  // ("the Political Declaration and Plan of Action of 2009" keeps it: without it the name says what, not which)
  // (not a statement named by its city: "the London Declaration of 2014, ..., the London Declaration of 2018, ..., the Chiang Mai
  // Statement of 2019" (A/RES/79/313 PP29): a city's declarations of several years, the year says which)
  if (hk.kind === 'Framework' && seg.length > 4 && seg[seg.length - 2]!.w === 'of' && !seg[seg.length - 1]!.known && /^(?:19|20)\d\d$/.test(seg[seg.length - 1]!.w) && seg.some((x, i) => i < seg.length - 2 && (x.known !== undefined || !GENERIC_INSTRUMENT_WORDS.has(x.w))) && !cityNamedStatement(seg)) {
    const undated = segmentCandidate(text, seg.slice(0, -2));
    // ("... in conformity with the 1988 Convention" later in the text, A/RES/78/131 PP17, 78/284, 79/191: the year printed
    // after an instrument's name is what "the <year> Convention" refers back to, as a year printed before it is)
    if (undated && undated.kind === 'Framework' && DATED_INSTRUMENT_HEADS.has(headOf(undated.name, 'Framework') ?? '')) yearPrintedBefore.set(undated, seg[seg.length - 1]!.w);
    return undated;
  }
  // "the Model Law on Secured Transactions of the Commission": the body a text is of, named by its short form, is its author
  if (hk.kind === 'Framework' && seg.length > 5 && seg[seg.length - 3]!.w === 'of' && seg[seg.length - 2]!.w === 'the' && (seg[seg.length - 1]!.known === undefined || seg[seg.length - 1]!.known!.via === 'short') && AUTHOR_SHORT_HEADS.has(seg[seg.length - 1]!.w))
    return segmentCandidate(text, seg.slice(0, -3));
  // "the Statute and Rules of the Court" (S/RES/9 (1946) OP1), "those Conventions and Protocols" (A/RES/78/140 OP14), "the
  // Criteria and Guidelines on the Transfer of Marine Technology" cut short (A/RES/78/69 OP15): two heads alone say what,
  // not which; the words are a reference back or a name cut short, never an instrument's whole name
  if (hk.kind === 'Framework' && seg.length === 3 && seg[1]!.w === 'and' && !seg[0]!.known && !seg[2]!.known && FRAMEWORK_HEADS.has(seg[0]!.w) && FRAMEWORK_HEADS.has(seg[2]!.w)) return undefined;
  if (hk.kind === 'Framework' && yearBeforeInstrument(seg)) {
    const undated = segmentCandidate(text, seg.slice(1));
    if (undated) yearPrintedBefore.set(undated, seg[0]!.w);
    return undated;
  }
  // the head must not be inside a known mention (it is, if only placeholders carry it)
  const stripped = normaliseName(text.slice(start, end)).replace(/[’']s$/, '');
  const unbroken = stripped.includes('- ') ? stripped.replace(BROKEN_HYPHEN_RE, '$1-$2') : stripped;
  // a serial comma is keyed as the name printed without it ("Coalition on Science, Technology, and Innovation for Africa’s
  // Development", A/RES/78/160 OP13, is the one "..., Technology and Innovation ..." of A/RES/80/147 OP19)
  const name = unbroken.includes(', and ') ? unbroken.replace(SERIAL_COMMA_RE, '$1 and ') : unbroken;
  if (NOT_NAMES.has(name) || (name.startsWith('Main Committee') && GENERIC_MAIN_COMMITTEE_RE.test(name))) return undefined;
  // "the Regional Representative and Director of the Centre" (A/RES/80/212 OP8, 78/235): two posts one person holds, no body
  if (name.includes(' and ') && TWO_POSTS_RE.test(name)) return undefined;
  // "(Council of Europe Treaty Series No. 210)", "(European Treaty Series No. 176)" (A/RES/79/284 OP26-OP37): a treaty cited by
  // its number in a series, as "United Nations, Treaty Series, vol. 729, No. 10485" is (NOT_NAMES), no series named
  if (tail.w === 'No' && seg.length > 2 && seg[seg.length - 2]!.w === 'Series' && SERIES_NUMBER_AFTER_RE.test(text.slice(end, end + 4))) return undefined;
  // ("the fiftieth Pacific Islands Forum Leaders Meeting, held in Tuvalu", A/RES/80/101 OP13; "the Global Leaders' Meeting on
  // Women held in Beijing": a meeting named without "of", by more than generic words: namedMeeting)
  if ((hk.eventKind === 'session' || hk.eventKind === 'meeting') && !/ of /.test(name) && !namedMeeting(seg)) return undefined;
  // "See Official Records of the Security Council, Fifth Year, No. 15, 473rd meeting" (S/RES/82 (1950) footnote 9): the
  // Council's year of sittings a publication is numbered by, no International Year
  if (hk.eventKind === 'year' && seg.length === 2 && seg[1]!.w === 'Year' && ORDINAL_WORD_RE.test(seg[0]!.w)) return undefined;
  // a known name the gazetteer scan did not match where it is printed ("the United Nations Secretary-General's
  // call": the chunk, possessive and all, is longer than the known name), or one printed with other hyphens, spaces
  // or case than the gazetteer's ("Treaty on the Non Proliferation of Nuclear Weapons" broken so in the PDF): the known entry
  const known = possessiveAt(text, end) ? lookupName(name) : lookupLoose(name);
  if (known && known.kind !== 'Place') {
    const ref = entryRef(known);
    return candidate(ref.kind, ref.name, { ...ref.attrs }, start, end, 'pattern');
  }
  // "the High-Level Meeting on the Midterm Review of the Sendai Framework" (A/RES/78/162 PP6): named as the lowercase printing is
  if (hk.kind === 'Event' && name.charCodeAt(0) === 72 /* H */ && name.includes(REVIEW_OF_THE)) {
    const lowercase = capitalisedReviewMeetingName(name);
    if (lowercase) return candidate('Event', lowercase, { eventKind: 'meeting' }, start, end, 'pattern');
  }
  // a long known sitting's name printed with one letter misprinted (lookupMisprinted), the year range closing it cut after its
  // first year ("... “Water for Sustainable Development” 2018–2028", A/RES/80/135 PP16): the known sitting, over the range
  if (hk.kind === 'Event' && name.length >= 60) {
    const range = isDigitCode(name.charCodeAt(name.length - 1)) ? YEAR_RANGE_REST_RE.exec(text.slice(end, end + 6)) : null;
    const misprinted = lookupMisprinted(range ? `${name}-${range[1]!}` : name, 'Event');
    if (misprinted) {
      const ref = entryRef(misprinted);
      return candidate(ref.kind, ref.name, { ...ref.attrs }, start, range ? end + range[0].length : end, 'pattern');
    }
  }
  // "the Organization of African Unity Convention governing the specific aspects of refugee problems in Africa", "the South
  // Asian Association for Regional Cooperation Convention on Preventing and Combating Trafficking ...": an organization's
  // name, then an instrument's head; the head after the organization decides (its first preposition hid it)
  if (hk.kind === 'Organization') {
    const after = instrumentAfterOrganization(seg);
    if (after) return candidate('Framework', name, {}, start, end, 'pattern');
  }
  // "the Second World Assembly on Ageing": a numbered assembly is a sitting (an assembly that is a body is not numbered)
  if (hk.kind === 'Organization' && ORDINAL_ASSEMBLY_RE.test(name)) return candidate('Event', name, { eventKind: 'conference' }, start, end, 'pattern');
  // "other Missions and Secretariat staff members" (A/RES/78/116 OP10), "all Member States and Secretariat entities" (A/RES/78/245
  // OP55): "Secretariat" before a lowercase noun qualifies it (as "Secretariat staff" alone does); the words joined to it by
  // "and" are no body's name
  if (hk.kind === 'Organization' && tail.w === 'Secretariat' && !tail.known && seg.length > 2 && seg[seg.length - 2]!.w === 'and' && LOWERCASE_WORD_AFTER_RE.test(text.slice(end, end + 3))) return undefined;
  // "the United States Congress": a country's congress is its legislature, not a congress that meets
  if (hk.kind === 'Event' && tail.w === 'Congress' && seg[seg.length - 2]!.known?.kind === 'Place') return candidate('Organization', name, {}, start, end, 'pattern');
  const attrs: Record<string, unknown> = {};
  if (hk.kind === 'Event') attrs.eventKind = hk.eventKind ?? 'other';
  return candidate(hk.kind, name, attrs, start, end, 'pattern');
}

/** after a name's last year: the rest of a year range ("–2028"; group 1: the year) */
const YEAR_RANGE_REST_RE = /^[-–‑]((?:19|20)\d\d)(?!\d)/;
/** one space and a lowercase letter */
const LOWERCASE_WORD_AFTER_RE = /^ [a-z]/;
/** Words before "Meeting" that say what kind of meeting it is, not which one ("Formal Consultative Meeting", "General Meeting"). */
const GENERIC_MEETING_WORDS: ReadonlySet<string> = new Set([
  'High-level', 'High-Level', 'Plenary', 'General', 'Statutory', 'Formal', 'Informal', 'Consultative', 'Biennial', 'Annual', 'Ministerial',
  'Commemorative', 'Special', 'Preparatory', 'Regional', 'Subregional', 'International', 'Intergovernmental', 'Interregional', 'Thematic',
  'Joint', 'Review', 'Expert', 'Experts', 'Experts’', 'Group', 'Leaders', 'Leaders’', 'Technical', 'Open-ended', 'Substantive',
  'Organizational', 'Inaugural', 'Closing', 'Opening', 'Final', 'Global', 'Coordination', 'Annual', 'Resumed', 'Extraordinary', 'Ordinary',
]);
/**
 * A meeting named without "of": "the United Nations Peacekeeping Ministerial Meeting" (A/RES/79/264 OP32), "the Global
 * Education Meeting" (A/RES/79/267), "the Pacific Islands Forum Leaders Meeting" (A/RES/78/97), "the Global Leaders’ Meeting
 * on Gender Equality and Women’s Empowerment" (A/RES/78/182): "Meeting" after a word that says which one (a known name, a
 * word other than GENERIC_MEETING_WORDS and ordinals) or before a capitalised topic. Not "the Formal Consultative
 * Meeting", "the Twenty-first Meeting".
 */
function namedMeeting(seg: readonly ChunkToken[]): boolean {
  let h = seg.length - 1;
  while (h >= 0 && (seg[h]!.w !== 'Meeting' || seg[h]!.known !== undefined)) h--;
  if (h < 0) return false;
  if (h + 2 < seg.length && seg[h + 1]!.w === 'on' && upperInitial(seg[h + 2]!.w)) return true;
  for (let k = 0; k < h; k++) {
    const t = seg[k]!;
    if (t.known !== undefined) return true;
    if (!GENERIC_MEETING_WORDS.has(t.w) && !ORDINAL_WORD_RE.test(t.w) && !/^(?:19|20)\d\d$/.test(t.w)) return true;
  }
  return false;
}

/**
 * "the Sharm el-Sheikh to Kunming Action Agenda for Nature and People" (A/RES/78/155 OP14): a name that opens with the
 * places it runs from and to; the head is read after them.
 */
function placeToPlaceHead(seg: readonly ChunkToken[]): HeadKind | undefined {
  const from = seg[0]!.known;
  if (from === undefined || from.kind !== 'Place') return undefined;
  let k = 1;
  while (k < seg.length && seg[k]!.known === from) k++;
  if (k + 2 >= seg.length || seg[k]!.w !== 'to' || seg[k + 1]!.known?.kind !== 'Place') return undefined;
  return headKind(placeholderWords(seg.slice(k + 1)));
}

/**
 * The segment is a body's name, "<head> of|for <Capitalised words>", and an instrument's head ends those words: "Organization
 * of African Unity Convention", "Association for Regional Cooperation Convention", "Committee on World Food Security
 * Voluntary Guidelines" (what follows the instrument's head, "on ...", "governing ...", is the instrument's).
 */
function instrumentAfterOrganization(seg: readonly ChunkToken[]): boolean {
  const p = seg.findIndex((x, i) => i > 0 && !x.known && PREPOSITIONS.has(x.w));
  if (p < 1) return false;
  // (not "of the": "the Special Tripartite Committee of the Maritime Labour Convention" is the convention's body)
  let j = p + 1;
  const first = j;
  while (j < seg.length && STARTS_UPPER_RE.test(seg[j]!.w)) {
    if (j > first && FRAMEWORK_HEADS.has(seg[j]!.w) && !seg[j]!.known && seg[j]!.w !== 'Conventions' && seg[j]!.w !== 'Protocols') return true;
    j++;
  }
  return false;
}

const INITIATIVE_HEAD: HeadKind = headOfKind('Initiative', undefined);
/** A headless name followed by its acronym and a lowercase head (capitalChunks.ts acronymedInitiativeAt) is an initiative. */
function acronymedInitiative(text: string, end: number, start: number): HeadKind | undefined {
  return acronymedInitiativeAt(text, end, start) ? INITIATIVE_HEAD : undefined;
}

/**
 * after an International Labour Organization convention's name: ", 1999 (No. 182)", or without the comma: "the Abolition of
 * Forced Labour Convention 1957 (No. 105)" (A/RES/78/217 OP5 (n), 80/218)
 */
const ILO_NUMBER_AFTER_RE = /^,? (?:19|20)\d\d \(No\. \d/;
const FRAMEWORK_HEAD: HeadKind = headOfKind('Framework', undefined);
const PARTIES_WORDS: ReadonlySet<string> = new Set(['Parties', 'Party', 'States', 'Signatories']);
/**
 * "the Worst Forms of Child Labour Convention, 1999 (No. 182)", "the Work in Fishing Convention, 2007 (No. 188)": an ILO
 * convention is named by its subject with the head last, past the first preposition where headKind stops looking.
 */
function iloConvention(text: string, seg: readonly ChunkToken[], end: number): HeadKind | undefined {
  if (seg[seg.length - 1]!.w !== 'Convention' || !ILO_NUMBER_AFTER_RE.test(text.slice(end, end + 14))) return undefined;
  // "Parties to the Work in Fishing Convention": who is party to it, not its name
  return PARTIES_WORDS.has(seg[0]!.w) ? undefined : FRAMEWORK_HEAD;
}

/** "Parties to the 1961 Convention", "States Parties to the 1954 Convention ...": the words from the year on, else `seg` */
function afterPartiesToTheYear(seg: ChunkToken[]): ChunkToken[] {
  let k = 0;
  while (k < seg.length && !seg[k]!.known && PARTIES_WORDS.has(seg[k]!.w)) k++;
  return k + 3 < seg.length && seg[k]!.w === 'to' && seg[k + 1]!.w === 'the' && !seg[k + 2]!.known && /^(?:1[89]|20)\d\d$/.test(seg[k + 2]!.w) ? seg.slice(k + 2) : seg;
}

/** "1954 " before a known instrument's name ("the 1954 Convention relating to the Status of Stateless Persons") */
const YEAR_JUST_BEFORE_RE = /^((?:1[89]|20)\d\d) $/;
/**
 * "the United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 19883" (A/RES/78/284
 * PP2, its footnote mark against the year, which the name stops before): the year printed after an instrument's name, what
 * "the 1988 Convention" in a later paragraph refers back to (PP16).
 */
const OF_SPACE = ' of ';
const YEAR_AFTER_RE = letterRe(String.raw`^ of ((?:19|20)\d\d)\d{0,2}(?![\p{L}\p{N}])`, 'u');
function yearPrintedAfter(text: string, c: Candidate): string | undefined {
  const y = YEAR_AFTER_RE.exec(text.slice(c.end, c.end + 12));
  return y && DATED_INSTRUMENT_HEADS.has(headOf(c.name, 'Framework') ?? '') ? y[1] : undefined;
}
/** Instruments printed after the year they were adopted: "the 1970 Convention" later refers back to them. */
const yearPrintedBefore = new WeakMap<Candidate, string>();
const DATED_INSTRUMENT_HEADS: ReadonlySet<string> = new Set(['Convention', 'Treaty', 'Agreement', 'Charter', 'Covenant']);
/**
 * "the 1972 Convention for the Protection of the World Cultural and Natural Heritage", "the 1963 Vienna Convention
 * on Consular Relations": the year the instrument was adopted, printed before its name, is not part of it (the same
 * text prints it without the year). Not a protocol ("the 2005 Protocol to the Convention ..." is one of several
 * protocols to it), nor a name that is only the year and its head ("the 1954 Convention" is how it is called).
 */
function yearBeforeInstrument(seg: readonly ChunkToken[]): boolean {
  if (seg.length < 4 || seg[0]!.known || !/^(?:1[89]|20)\d\d$/.test(seg[0]!.w)) return false;
  for (let i = 1; i < seg.length && !PREPOSITIONS.has(seg[i]!.w); i++) {
    const w = seg[i]!.w;
    if (seg.length >= 5 && DATED_INSTRUMENT_HEADS.has(w)) return true;
    // (a head named on with a preposition: "Framework" in "the 1992 United Nations Framework Convention on ..." is not one)
    if (YEAR_DATED_HEADS.has(w) && i + 2 < seg.length && PREPOSITIONS.has(seg[i + 1]!.w)) return !(w === 'Declaration' && REPEATED_DECLARATION_WORDS.has(seg[i - 1]!.w));
  }
  return false;
}
/**
 * "the 2018 Declaration of Astana", "the 1978 Declaration of Alma-Ata" (A/RES/78/280 PP17), "the 2008 International Guidelines
 * for the Management of Deep-Sea Fisheries in the High Seas" (A/RES/78/68 OP212), "the 2018 United Nations Action Plan on Sport
 * for Development and Peace" (A/RES/79/8 OP23), "the 2024 United Nations Strategic Framework on Multilingualism" (A/RES/79/331
 * OP37): the year of adoption before a declaration, guidelines, a plan or a framework named on with a preposition is no part of
 * its name (other texts print the same name without it). Not the head and year alone ("the 2010 Action Plan"), nor a
 * declaration adopted again and again under one name: "the 2023 Ministerial Declaration of the Least Developed Countries", "the
 * 2021 Political Declaration on the Implementation of ...", a leaders' declaration; nor a strategy or a protocol, revised or
 * added under the same name ("the 2023 IMO Strategy on ...", "the 2005 Protocol to ...").
 */
const YEAR_DATED_HEADS: ReadonlySet<string> = new Set(['Declaration', 'Guidelines', 'Plan', 'Framework']);
const REPEATED_DECLARATION_WORDS: ReadonlySet<string> = new Set(['Political', 'Ministerial', "Leaders'", 'Leaders’', 'Leaders']);

/**
 * "Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries", "Chair of
 * the Working Group on ...": words without a head before "of (the)" are no name, but what follows may be one.
 */
function headlessOfTail(text: string, seg: ChunkToken[]): Candidate | undefined {
  for (let j = 0; j < seg.length - 2; j++) {
    const t = seg[j]!;
    // "the Office of the High Commissioner": a short form before "of" is the name's head, read as it is
    if (t.known?.via === 'short') return undefined;
    if (j === 0) continue;
    if (t.w !== 'of' || seg[j + 1]!.w !== 'the') continue;
    // "Official Records of the General Assembly, ...": a publication cited by its symbol, not the body
    if (j === 2 && seg[0]!.w === 'Official' && seg[1]!.w === 'Records') return undefined;
    return segmentCandidate(text, seg.slice(j + 2));
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Helpers

// (\p{...} kept here, not letter-classes.ts's ranges: acronymSpans finds what the \p{...} alternation would, and this one
// compiles only when an acronym stands next to a character beyond ASCII)
const LETTER_OR_NUMBER_RE = /[\p{L}\p{N}]/u;
function isLetterOrNumberCode(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER_OR_NUMBER_RE.test(String.fromCodePoint(cp));
}

/**
 * Where the acronyms stand as whole words, left to right, without overlaps; at one position the
 * longest acronym wins (`acronyms` is sorted longest first). This is what the alternation regex
 * `(?<![\p{L}\p{N}])(?:A|B|...)(?![\p{L}\p{N}])` with the u flag finds, without compiling a new
 * regex each time a resolution defines an acronym (compiling one cost more than running it).
 */
export function acronymSpans(text: string, acronyms: readonly string[]): Span[] {
  const found: { start: number; end: number; rank: number }[] = [];
  for (let rank = 0; rank < acronyms.length; rank++) {
    const acr = acronyms[rank]!;
    for (let at = text.indexOf(acr); at >= 0; at = text.indexOf(acr, at + 1)) {
      const end = at + acr.length;
      if (at > 0) {
        // the code point that ends just before `at` (a low surrogate reads back to its high half)
        let cp = text.charCodeAt(at - 1);
        if (cp >= 0xdc00 && cp <= 0xdfff && at > 1) {
          const hi = text.charCodeAt(at - 2);
          if (hi >= 0xd800 && hi <= 0xdbff) cp = ((hi - 0xd800) << 10) + (cp - 0xdc00) + 0x10000;
        }
        if (isLetterOrNumberCode(cp)) continue;
      }
      if (end < text.length && isLetterOrNumberCode(text.codePointAt(end)!)) continue;
      found.push({ start: at, end, rank });
    }
  }
  if (found.length > 1) found.sort((a, b) => a.start - b.start || a.rank - b.rank);
  const spans: Span[] = [];
  let from = 0;
  for (const f of found) {
    if (f.start < from) continue;
    spans.push({ start: f.start, end: f.end });
    from = f.end;
  }
  return spans;
}

/** A "(" in text[from, to). */
function parenWithin(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let k = from; k < end; k++) if (text.charCodeAt(k) === 40) return true;
  return false;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function orgRefByName(name: string | undefined): Ref | undefined {
  if (!name) return undefined;
  const e = entryByName('Organization', name);
  return e ? entryRef(e) : { kind: 'Organization', name, attrs: {} };
}

/** The kind a head word names ("Summit" -> Event, "Commission" -> Organization). */
function kindOfHead(head: string): NamedKind | undefined {
  return headKind(head.split(' '))?.kind;
}

/**
 * The head a name is referred back to with: "Commission on Science and Technology..." ->
 * "Commission"; "World Summit on the Information Society Forum" -> "Forum". Only a head of the
 * entity's own kind counts ("World Summit ... matrix" is not a summit).
 */
// kind -> name -> head (null: none); two levels so that a lookup builds no "kind|name" key string
const headCache = new Map<NamedKind, Map<string, string | null>>();
let headCacheSize = 0;
function headOf(name: string, kind: NamedKind): string | undefined {
  let byName = headCache.get(kind);
  const cached = byName?.get(name);
  if (cached !== undefined) return cached ?? undefined;
  const h = computeHeadOf(name, kind);
  if (headCacheSize > 50_000) {
    headCache.clear();
    headCacheSize = 0;
    byName = undefined;
  }
  if (!byName) headCache.set(kind, (byName = new Map()));
  byName.set(name, h ?? null);
  headCacheSize++;
  return h;
}
/** kindOfHead of the short heads, memoised: the set is small and fixed. */
const shortHeadKinds = new Map<string, NamedKind | null>();
function shortHeadKind(head: string): NamedKind | undefined {
  let k = shortHeadKinds.get(head);
  if (k === undefined) shortHeadKinds.set(head, (k = kindOfHead(head) ?? null));
  return k ?? undefined;
}
/** First words of the short heads that have a space ("Working" of "Working Group"). */
const SHORT_HEAD_FIRST_WORDS: ReadonlySet<string> = new Set(SHORT_HEADS.filter((h) => h.includes(' ')).map((h) => h.slice(0, h.indexOf(' '))));
/** Instruments and bodies printed as owners before a name ("the Treaty’s Scientific Advisory Group"). */
const POSSESSOR_HEADS: ReadonlySet<string> = new Set(['Convention', 'Treaty', 'Agreement', 'Protocol', 'University', 'Union', 'Community', 'Organization']);
/**
 * A body printed as owner by its bare head word, a reference back to the body named before: "the Office’s Global Programme
 * to prevent and combat corruption" (A/RES/79/190 OP77), "the Coalition’s Working Group on Regional Collaboration" (A/RES/80/211),
 * "the Commission’s Multi-stakeholder Working Group on Data Governance" (A/RES/80/147), "Staffing of the Agency’s Secretariat"
 * (A/RES/78/8 OP2, 80/7). The owned words are a name only when they say which by themselves (three words at least: a topic),
 * not "Global Programme" or "Secretariat", which any such body has.
 */
const ANAPHORIC_POSSESSOR_HEADS: ReadonlySet<string> = new Set(['Agency', 'Office', 'Commission', 'Coalition']);
/**
 * How many leading tokens of `seg` are a possessor: a known body or instrument that starts the segment and ends
 * with "’s" ("African Union’s"), or one head word ("Convention’s"); 0 when none. The Secretary-General is left
 * out: "the Secretary-General’s Action Agenda on Internal Displacement" is printed so as its title.
 */
/** Plural possessors printed before a name (capitalChunks keeps "States’" whole before a capitalised word): whose, not which. */
const PLURAL_POSSESSORS: ReadonlySet<string> = new Set(['States’', "States'", 'Parties’', "Parties'", 'Members’', "Members'"]);
function possessorEnd(seg: readonly ChunkToken[]): number {
  const first = seg[0]!;
  const k = first.known;
  // "the Member States’ Global Strategy ...", "the Parties’ ...": the name begins after them
  if (!k && PLURAL_POSSESSORS.has(first.w)) return 1;
  if (!k && seg.length > 2 && first.w === 'Member' && PLURAL_POSSESSORS.has(seg[1]!.w)) return 2;
  // ("at a Member State’s Permanent Mission", A/RES/80/172 OP6: any one State's, as "Member States’" is all of theirs)
  if (!k && seg.length > 2 && first.w === 'Member' && withoutPossessive(seg[1]!.w) === 'State' && seg[1]!.w !== 'State') return 2;
  for (let j = 0; j < seg.length - 1 && j < 6; j++) {
    const t = seg[j]!;
    const bare = withoutPossessive(t.w);
    if (bare === t.w) {
      if (t.known !== k) return 0;
      continue;
    }
    // the known name ends right at the possessive ("African Union’s": the token runs past it, so it is not marked
    // known), not past it ("United Nations Children’s Fund")
    if (k) return k.start === first.s && k.end === t.e - 2 && (k.kind === 'Organization' || k.kind === 'Framework') && k.name !== 'Secretary-General of the United Nations' ? j + 1 : 0;
    if (j !== 0) return 0;
    if (POSSESSOR_HEADS.has(bare)) return 1;
    if (ANAPHORIC_POSSESSOR_HEADS.has(bare)) return seg.length > 3 ? 1 : seg.length;
    // the Secretary-General's known initiative or body is that one, not a name of its own ("the Secretary-General’s Early
    // Warnings for All initiative", A/RES/78/119 OP34; "the Secretary-General’s Global Crisis Response Group on Food,
    // Energy and Finance"): the rest of the segment is one known Initiative, Organization or Framework ("the
    // Secretary-General’s Action Agenda on Internal Displacement", which the gazetteer does not know, is printed so as its title)
    if (bare !== 'Secretary-General') return 0;
    const rest = seg[1]!.known;
    // (a Framework the gazetteer knows too: "the Secretary-General’s New Agenda for Peace", A/RES/78/47 PP15)
    return rest !== undefined && rest.start === seg[1]!.s && (rest.kind === 'Initiative' || rest.kind === 'Organization' || rest.kind === 'Framework') && seg[seg.length - 1]!.known === rest ? 1 : 0;
  }
  return 0;
}

/** `w` without a possessive "'s" / "’s" (the regex /[’']s$/ without running it). */
function withoutPossessive(w: string): string {
  const n = w.length;
  if (n >= 2 && w.charCodeAt(n - 1) === 115) {
    const q = w.charCodeAt(n - 2);
    if (q === 39 || q === 0x2019) return w.slice(0, -2);
  }
  return w;
}
// (not where capitalised words go on with another thing's name: "the Programme of Action Implementation Support System"
// (A/RES/78/46 OP15) is a tool for the programme, and the later "the Programme of Action" (OP17-OP32) is not it)
const ACTION_HEAD_RE = /\b(?:Programme|Plan) of Action\b(?! [A-Z])|^Conference of the Parties\b/;
/** Words after which a name's head is no longer sought: "Agreement under the United Nations Convention on the Law
 *  of the Sea ..." is an Agreement, and "the Convention" printed later is not it. */
const HEAD_SEARCH_STOPS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'under', 'between', 'among', 'by']);
function computeHeadOf(name: string, kind: NamedKind): string | undefined {
  // candidates in order: the last two words, the last word, then from the word before the first
  // preposition backwards, each word with the one before it and then alone
  // (a mechanism may be a body: "the Independent Investigative Mechanism for Myanmar" ... "the Mechanism")
  // ("the Programme": "Programme" opens no name of a kind of its own (INITIATIVE_HEADS_NOT_INITIAL), so it is read for the kind
  // of the name it ends: "the Programme" after "the United Nations Programme of Assistance in the Teaching, Study, ..."
  // (A/RES/79/120 PP3), after "the United Nations Environment Programme")
  const fits = (c: string): boolean =>
    SHORT_HEAD_SET.has(c) && c !== INTERNATIONAL_DECADE && !PINNED_ONLY_SHORT_HEADS.has(c) && (shortHeadKind(c) === kind || (c === 'Mechanism' && kind === 'Organization') || (c === 'Programme' && (kind === 'Initiative' || kind === 'Organization')) || (c === 'Process' && kind === 'Initiative'));
  const pair = (a: string, b: string): string | undefined => {
    if (!SHORT_HEAD_FIRST_WORDS.has(a)) return undefined;
    const c = `${a} ${b}`;
    return fits(c) ? c : undefined;
  };
  // "the Assembly of States Parties to the Rome Statute of the International Criminal Court" is not "the Court" printed
  // after it (nor "the Assembly" of a General Assembly text): a body named by its members has no short head
  if (kind === 'Organization' && name.includes(' States Parties to ') && PARTIES_FULL_RE.test(name)) return undefined;
  // "the General Conference of the Agency" (A/RES/78/8 PP4) is no later "the Agency" ("Reaffirms its strong support for the
  // indispensable role of the Agency", OP3): the organ's name ends with its agency's, whose short form it is not
  if (kind === 'Organization' && name.startsWith(GENERAL_CONFERENCE_OF_THE)) return undefined;
  const words = name.split(' ');
  // "Doha Programme of Action for the Least Developed Countries" is printed later as "the Programme of Action"
  const actionHead = ACTION_HEAD_RE.exec(name);
  if (actionHead && fits(actionHead[0])) return actionHead[0];
  const last = words[words.length - 1]!;
  // "Working Group on the Strengthening and Revitalizing of the Work of the General Assembly" is "the Working Group", not
  // "the Assembly": the body its topic acts on (TOPIC_ACT_RE) ends the name
  const actsOnBody = kind === 'Organization' && name.includes(' on the ') && ACT_TOPIC_IN_NAME_RE.test(name);
  // "Protocols to the Treaty", "Protocol III to the Treaty" (A/RES/78/14 OP4, OP5): the instrument a protocol is "to" ends its
  // name as a bare back-reference; the protocol is no later "the Treaty" ("the speedy application of the Treaty")
  // (nor, named after its treaty, "Protocols to the African Nuclear-Weapon-Free Zone Treaty" (qualifyGenericNames): a later "the
  // Treaty" in OP5 is the treaty)
  const endsInBareOwner = kind === 'Framework' && words.length >= 4 && ((words[words.length - 2] === 'the' && (words[words.length - 3] === 'to' || words[words.length - 3] === 'of')) || (last === 'Treaty' && PROTOCOL_TO_NAMED_TREATY_RE.test(name)));
  if (words.length > 1 && !actsOnBody && !endsInBareOwner) {
    const c = pair(words[words.length - 2]!, last);
    if (c) return c;
  }
  if (fits(last) && !actsOnBody && !endsInBareOwner) return last;
  const firstPrep = words.findIndex((w, i) => i > 0 && HEAD_SEARCH_STOPS.has(w));
  const upTo = firstPrep < 0 ? words.length : firstPrep;
  if (namesAPost(words, upTo)) return undefined;
  // (an instrument named after its owner, whose name has a preposition: "the Council of Europe Convention on Offences relating
  // to Cultural Property ... parties to the Convention" (A/RES/79/133 OP24), "the Economic Community of West African States
  // Convention on Small Arms ...": a later "the Convention" is it, not the convention named before it)
  if ((kind === 'Organization' || kind === 'Framework') && firstPrep > 0) {
    const unit = unitHeadAfterOwner(words, firstPrep, fits, pair);
    if (unit !== undefined) return unit;
  }
  for (let i = upTo - 1; i >= 0; i--) {
    const w = withoutPossessive(words[i]!);
    if (i > 0) {
      const c = pair(words[i - 1]!, w);
      if (c) return c;
    }
    if (fits(w)) return w;
  }
  return undefined;
}

/**
 * The head of a unit named after the known body it belongs to, whose own name has a preposition: "United Nations
 * Commission on International Trade Law Regional Centre for Asia and the Pacific" is a "Regional Centre", not a later
 * "the Commission" (A/RES/78/103 OP12-OP25: "members of the Commission", "the sessions of the Commission" are UNCITRAL);
 * "Intergovernmental Authority on Development Centre of Excellence ..." a "Centre". The head is a short head after the
 * first preposition that ends the name or stands before a preposition, and the words before it are a gazetteer
 * organization's name. (Once per distinct name: computeHeadOf is memoised.)
 */
function unitHeadAfterOwner(
  words: readonly string[],
  firstPrep: number,
  fits: (c: string) => boolean,
  pair: (a: string, b: string) => string | undefined,
): string | undefined {
  for (let j = firstPrep + 2; j < words.length; j++) {
    if (j + 1 < words.length && !HEAD_SEARCH_STOPS.has(words[j + 1]!)) continue;
    const w = words[j]!;
    const two = pair(words[j - 1]!, w);
    const head = two ?? (fits(w) ? w : undefined);
    if (head === undefined) continue;
    const ownerEnd = two !== undefined ? j - 1 : j;
    if (ownerEnd < firstPrep + 2) continue;
    if (entryByName('Organization', words.slice(0, ownerEnd).join(' ')) !== undefined) return head;
  }
  return undefined;
}

/** "Special Committee on ..." is later printed "the Special Committee": remember names by their first two words. */
function prefixOf(full: string): string | undefined {
  // "the Scientific Committee" after "the United Nations Scientific Committee on the Effects of Atomic Radiation"
  const name = full.startsWith(UN_PREFIX) ? full.slice(UN_PREFIX.length) : full;
  // the first two space-separated words when there are at least three and the second is capitalised
  const first = name.indexOf(' ');
  if (first < 0) return undefined;
  const second = name.indexOf(' ', first + 1);
  if (second < 0 || second === first + 1) return undefined;
  const c = name.charCodeAt(first + 1);
  return c >= 65 && c <= 90 ? name.slice(0, second) : undefined;
}

/** "Fifteenth Congress", "Ninth Review Conference": an ordinal and capitalised words, no preposition. */
const ORDINAL_SHORT_RE = new RegExp(`^(?:${ORDINAL_SOURCE}|(?:19|20)\\d\\d)(?: [A-Z][\\w-]*)+$`, 'i');
const ORDINAL_FIRST_RE = new RegExp(`^(?:${ORDINAL_SOURCE}|(?:19|20)\\d\\d)$`, 'i');

/**
 * Another edition of a series named in full before: "the Tenth Review Conference" after "the Ninth Review
 * Conference of the States Parties to the Convention on ...", "the 2010 Review Conference" after "the 2000
 * Review Conference of the Parties to the Treaty on ...": the same name with this edition's ordinal or year.
 */
function seriesReferent(short: string, longer: readonly Ref[]): Ref | undefined {
  const [first, ...rest] = short.split(' ');
  for (let i = longer.length - 1; i >= 0; i--) {
    const ref = longer[i]!;
    const lw = ref.name.split(' ');
    if (lw.length <= rest.length + 1 || !ORDINAL_FIRST_RE.test(lw[0]!)) continue;
    // the short form's words together among the longer name's words after the edition ("Congress" in "United
    // Nations Congress on ..."; "Review Conference" is not in "Review and Extension Conference")
    const lower = lw.map((w) => w.toLowerCase());
    // ("the Sixteenth Ministerial Conference and Commemorative Meeting" after "the Fifteenth Ministerial Conference of the
    // Movement of Non-Aligned Countries", A/RES/79/30 PP11: an edition joined to a second sitting of its own is the series'
    // edition all the same; the series' words before "and", its owner after the joined sitting)
    const and = rest.indexOf('and');
    const head = and >= 2 && and < rest.length - 1 ? rest.slice(0, and) : rest;
    const at = lower.indexOf(head[0]!.toLowerCase(), 1);
    if (at < 0 || at + head.length >= lw.length || !head.every((w, j) => lower[at + j] === w.toLowerCase())) continue;
    // (not the first of two sittings joined in one name: "the Seventeenth Ministerial Conference" after "the Sixteenth
    // Ministerial Conference and Commemorative Meeting", A/RES/79/30 PP11, is of the series named before that)
    if (lower[at + head.length] === 'and') continue;
    const attrs: Record<string, unknown> = {};
    if (ref.attrs.eventKind !== undefined) attrs.eventKind = ref.attrs.eventKind;
    if (head !== rest) {
      if (lower[at + head.length] !== 'of') continue;
      return { kind: ref.kind, name: `${first} ${rest.join(' ')} ${lw.slice(at + head.length).join(' ')}`, attrs };
    }
    return { kind: ref.kind, name: `${first} ${lw.slice(1).join(' ')}`, attrs };
  }
  return undefined;
}

/** The longer name, named before, that an ordinal short form stands for: every word of it, in order. */
function ordinalReferent(short: string, longer: readonly Ref[]): Ref | undefined {
  const all = short.split(' ');
  for (let i = longer.length - 1; i >= 0; i--) {
    const ref = longer[i]!;
    const lw = ref.name.split(' ');
    // "the 1970 Convention": an instrument registered under the year printed before its name (yearPrintedBefore)
    const words = lw[0] !== all[0] && /^\d{4}$/.test(all[0]!) ? all.slice(1) : all;
    let k = 0;
    for (const w of lw) if (k < words.length && w.toLowerCase() === words[k]!.toLowerCase()) k++;
    if (k === words.length && lw.length > words.length) return ref;
  }
  return undefined;
}

/** "fifteenth session of the ... Conference": a sitting of a body is not what "the Conference" refers back to. */
const SITTING_NAME_RE = /^\S+ (?:[a-z-]+ )*(?:session|meeting|segment|event|dialogue) of /;

/** `ref` is what "the <ordinal or year> <head>" stands for ("the Fifteenth Congress", "the 1970 Convention"). */
function registerOrdinal(state: ResolutionState, ordinal: string, ref: Ref): void {
  for (const k of [`${ref.kind}|${ordinal.toLowerCase()}`, `${ref.kind}|*`]) {
    const list = state.ordinals.get(k) ?? [];
    if (!list.some((r) => r.name === ref.name)) list.push(ref);
    state.ordinals.set(k, list);
  }
}

/**
 * "Decides that the Conference shall: ... (e) ... the voluntary commitments made in the context of the United Nations
 * Conference to Support the Implementation of Sustainable Development Goal 14" then "the theme of the Conference"
 * (A/RES/78/128, about the 2025 edition): the series named in passing after one of its editions does not become what
 * "the Conference" means.
 */
function seriesAfterItsEdition(state: ResolutionState, ref: Ref, head: string): boolean {
  if (ref.kind !== 'Event' || ref.attrs.startDate !== undefined) return false;
  const last = state.last.get(head);
  return last !== undefined && state.seriesOfEditions.has(`${last.name}|${ref.name}`);
}

/**
 * "Decides that the 2026 United Nations Water Conference ... will be held in the United Arab Emirates" (OP1), then "the
 * Conference will build upon the ... dialogues of the United Nations Conference on the Midterm Comprehensive Review ..." (the
 * 2023 edition, OP16), then "an effective preparation for the Conference" (A/RES/78/327 OP17): an earlier edition of the
 * series named in passing after the edition the text is about does not become what "the Conference" means. Editions:
 * the same name after a leading year or ordinal ("Third"/"Fourth International Conference on Financing for Development"),
 * dated (the later one named first stays; a later one named after does take over).
 */
function earlierEditionAfter(state: ResolutionState, ref: Ref, head: string): boolean {
  const start = ref.attrs.startDate;
  if (typeof start !== 'string') return false;
  const last = state.last.get(head);
  if (last === undefined || last.kind !== 'Event' || last.name === ref.name) return false;
  const lastStart = last.attrs.startDate;
  if (typeof lastStart !== 'string' || start.slice(0, 4) >= lastStart.slice(0, 4)) return false;
  return editionSeries(ref.name) === editionSeries(last.name);
}
/** An edition's name without its leading year or ordinal, lowercased: "2026 United Nations Water Conference" -> "united nations water conference". */
function editionSeries(name: string): string {
  const space = name.indexOf(' ');
  const rest = space > 0 && ORDINAL_FIRST_RE.test(name.slice(0, space)) ? name.slice(space + 1) : name;
  return rest.toLowerCase();
}

/** What register reads off a name of a kind, whatever the resolution: the same names are registered over and over. */
interface NameFacts {
  /** SITTING_NAME_RE matches the name (an Event so named is not registered) */
  sitting: boolean;
  /** the first word when it is an ordinal or a year and a second word follows */
  ordinal: string | undefined;
  prefix: string | undefined;
  /** the name without UN_PREFIX, when it starts with it */
  withoutUN: string | undefined;
  headPart: string | undefined;
  /** headOf the name and kind */
  head: string | undefined;
}
// kind -> name -> facts (two levels, as headCache: no "kind|name" string built per lookup)
const nameFacts = new Map<NamedKind, Map<string, NameFacts>>();
let nameFactsSize = 0;
function factsOf(name: string, kind: NamedKind): NameFacts {
  let ofKind = nameFacts.get(kind);
  if (ofKind === undefined) nameFacts.set(kind, (ofKind = new Map()));
  let facts = ofKind.get(name);
  if (facts === undefined) {
    // the first word, when there is a second (indexOf rather than split: no array per name)
    const space = name.indexOf(' ');
    const first = space < 0 ? '' : name.slice(0, space);
    facts = {
      sitting: SITTING_NAME_RE.test(name),
      ordinal: space >= 0 && ORDINAL_FIRST_RE.test(first) ? first : undefined,
      prefix: prefixOf(name),
      withoutUN: name.startsWith(UN_PREFIX) ? name.slice(UN_PREFIX.length) : undefined,
      headPart: headPartOf(name),
      head: headOf(name, kind),
    };
    if (nameFactsSize >= 50_000) {
      for (const m of nameFacts.values()) m.clear();
      nameFactsSize = 0;
    }
    ofKind.set(name, facts);
    nameFactsSize++;
  }
  return facts;
}

const UDHR = 'Universal Declaration of Human Rights';
const DECLARATION_AND = ' Declaration and ';
const DECLARATION_AND_START = 'Declaration and ';
/** state.last key of the last framework named "<...> Declaration and <...>" (no head is two words with a space before) */
const DECLARATION_AND_KEY = ' Declaration and';
/**
 * "the Declaration and Programme of Action" printed alone (A/RES/79/321 PP26, PP29, OP16, OP21; A/RES/78/277) after "the
 * Declaration and Programme of Action on a Culture of Peace" was named: "Declaration" is that one instrument, not the
 * declaration named last (the Millennium Declaration), when the words after " and " are the ones after "Declaration and "
 * in its name ("Programme", "Platform").
 */
function declarationAndRef(text: string, end: number, state: ResolutionState): Ref | undefined {
  const ref = state.last.get(DECLARATION_AND_KEY);
  if (ref === undefined) return undefined;
  const at = ref.name.indexOf(DECLARATION_AND_START) + DECLARATION_AND_START.length;
  const space = ref.name.indexOf(' ', at);
  const word = space < 0 ? ref.name.slice(at) : ref.name.slice(at, space + 1);
  return text.startsWith(word, end + 5) ? ref : undefined;
}
/** " and review document adopted by ": a lowercase outcome (one or two words, no verb: not " and to carry out the actions
 *  approved by", A/RES/79/114 OP8) and its adopter right after a bare "Declaration" */
const DECLARATION_AND_OUTCOME_RE = /^ and (?!to )(?:the )?[a-z]{3,}(?: [a-z]{3,})? (?:adopted|approved) (?:by|at) /;
/** " and the Programme of Action" / " and Plan of Action" right after a bare "Declaration" */
const AND_ACTION_AFTER_RE = /^ and (?:the )?(?:Programme|Plan) of Action(?= )/;
const DECLARATION_WORD = 'Declaration';
/**
 * "the Declaration and the Programme of Action on the Establishment of a New International Economic Order" (A/RES/79/215
 * PP22, PP23, OP20): the declaration named in full before whose words after "Declaration" are the ones after "of Action"
 * ("Declaration on the Establishment of a New International Economic Order", PP3), whatever other declaration was named
 * last (the Doha Declaration on Financing for Development, PP11).
 */
function declarationOfActionAfter(text: string, end: number, state: ResolutionState): Ref | undefined {
  const m = AND_ACTION_AFTER_RE.exec(text.slice(end, end + 32));
  if (!m) return undefined;
  const at = end + m[0].length;
  for (const r of state.allWithHead.get(DECLARATION_WORD) ?? []) {
    if (r.kind === 'Framework' && r.name.startsWith(DECLARATION_WORD) && r.name.length > DECLARATION_WORD.length + 4 && text.startsWith(r.name.slice(DECLARATION_WORD.length), at)) return r;
  }
  return undefined;
}
/** ", adopted by the " right before a short form ("Conference"): the outcome just named was adopted by it */
const ADOPTED_BY_THE_BEFORE_RE = /,\s+(?:adopted|endorsed)\s+(?:by|at)\s+the\s+$/;
/** The known sitting an outcome's name ends with ("... Action Agenda of the Third International Conference on ..."), when
 * "adopted by the <short form>" follows that name. */
function sittingOfOutcomeBefore(text: string, cands: readonly Candidate[], start: number): Ref | undefined {
  const m = ADOPTED_BY_THE_BEFORE_RE.exec(text.slice(Math.max(0, start - 24), start));
  if (!m) return undefined;
  const at = start - m[0].length;
  for (const c of cands) {
    if (c.end !== at || c.kind !== 'Framework') continue;
    const of = c.name.indexOf(OF_THE);
    const e = of < 0 ? undefined : entryByName('Event', c.name.slice(of + OF_THE.length));
    if (e) return entryRef(e);
  }
  return undefined;
}
/** The General Assembly's Main Committees, by the names the gazetteer keys them with. */
const MAIN_COMMITTEES: ReadonlySet<string> = new Set(['First Committee', 'Second Committee', 'Third Committee', 'Special Political and Decolonization Committee', 'Fifth Committee', 'Sixth Committee']);
function mainCommitteeBefore(cands: readonly Candidate[], start: number): Ref | undefined {
  let main: Candidate | undefined;
  for (const c of cands) if (c.end <= start && c.kind === 'Organization' && MAIN_COMMITTEES.has(c.name) && (!main || c.start > main.start)) main = c;
  return main ? { kind: main.kind, name: main.name, attrs: main.attrs } : undefined;
}
const A_MAIN_COMMITTEE = 'a Main Committee';
/**
 * "draft resolutions and decisions recommended by a Main Committee in the General Assembly plenary ... on draft resolutions
 * recommended by the Main Committee ... where such votes were taken in the Committee" (A/RES/79/327 OP28): "the Committee"
 * after "a Main Committee" is whichever Main Committee that is, no one body (not the General Committee named in the
 * paragraphs before); unless a committee was named between them.
 */
function anyMainCommitteeBefore(text: string, cands: readonly Candidate[], start: number): boolean {
  const at = text.lastIndexOf(A_MAIN_COMMITTEE, start);
  if (at < 0) return false;
  for (const c of cands) if (c.kind === 'Organization' && c.start > at && c.end <= start && c.name.includes('Committee')) return false;
  return true;
}
const OHCHR_NAME = 'Office of the United Nations High Commissioner for Human Rights';
const OHCHR_REF: Ref = { kind: 'Organization', name: OHCHR_NAME, attrs: {} };
const HRC_BODY = 'Human Rights Council';
/** the High Commissioner for Human Rights as a Human Rights Council text's default for "the High Commissioner" (its own object:
 *  resolveGenericNames lets a High Commissioner named in the same paragraph come first) */
const HRC_HIGH_COMMISSIONER: Ref = { kind: 'Organization', name: 'United Nations High Commissioner for Human Rights', attrs: {} };
const HIGH_COMMISSIONER = 'High Commissioner';
const HIGH_COMMISSIONER_HR_REF: Ref = { kind: 'Organization', name: 'United Nations High Commissioner for Human Rights', attrs: {} };
const UNRWA_COMMISSIONER_GENERAL = 'Commissioner-General of the United Nations Relief and Works Agency for Palestine Refugees in the Near East';
const AGENCY = 'Agency';
const UNRWA_REF: Ref = { kind: 'Organization', name: 'United Nations Relief and Works Agency for Palestine Refugees in the Near East', attrs: {} };
const COURT_END = ' Court';
/** The known court a statute's name ends with ("Rome Statute of the International Criminal Court"), as the last "Court". */
function courtOfStatute(state: ResolutionState, name: string): void {
  const at = name.lastIndexOf(OF_THE);
  const court = at < 0 ? undefined : entryByName('Organization', name.slice(at + OF_THE.length));
  if (court === undefined) return;
  state.last.set('Court', entryRef(court));
  state.pinned.delete('Court');
}
const FOR_THE_ESTABLISHMENT_OF_THE = ' for the Establishment of the ';
/**
 * "Welcomes the endorsement of the Agreement for the Establishment of the General Fisheries Commission for the Mediterranean, as
 * amended, by the Commission at its thirty-eighth session" (A/RES/78/68 OP179, 79/145, 80/109): the body an instrument
 * establishes, named only inside the instrument's name, is what its head word ("the Commission") then refers to, not a body of
 * that head named paragraphs before (the North Pacific Fisheries Commission there). The body keeps its printed name.
 */
function bodyOfEstablishingInstrument(state: ResolutionState, name: string): void {
  const bodyName = name.slice(name.indexOf(FOR_THE_ESTABLISHMENT_OF_THE) + FOR_THE_ESTABLISHMENT_OF_THE.length);
  const entry = entryByName('Organization', bodyName);
  const body: Ref = entry !== undefined ? entryRef(entry) : { kind: 'Organization', name: bodyName, attrs: {} };
  const head = factsOf(body.name, 'Organization').head;
  if (head === undefined || FIXED_SHORT.has(head)) return;
  state.last.set(head, body);
  state.pinned.delete(head);
}
const OF_THE_DECLARATION = ' of the Declaration ';
/**
 * "the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence
 * to Colonial Countries and Peoples to study ... the implementation of the Declaration, contained in General Assembly resolution
 * 1514 (XV)" (A/RES/78/81 PP1, 79/94, 80/85; 78/84, 79/97, 80/88 print no other full name of it): a body named after a known
 * declaration names it, and "the Declaration" then refers back to it, as after the declaration's own name; unless a
 * declaration was named before (that one stays "the Declaration").
 */
function declarationOfBody(state: ResolutionState, name: string): void {
  if (state.last.has(DECLARATION_WORD)) return;
  const at = name.indexOf(OF_THE_DECLARATION);
  const declaration = entryByName('Framework', name.slice(at + OF_THE.length));
  if (declaration === undefined) return;
  state.last.set(DECLARATION_WORD, entryRef(declaration));
  state.pinned.delete(DECLARATION_WORD);
}
function register(state: ResolutionState, ref: Ref, entry?: GazetteerEntry, inSittingName = false): void {
  // (the political declaration named in full last, for "the Political Declaration" printed bare later: barePoliticalDeclarations)
  if (ref.kind === 'Framework' && ref.name.length > BARE_POLITICAL_DECLARATION.length && ref.name.includes(BARE_POLITICAL_DECLARATION) && ref.name !== MADRID_POLITICAL_DECLARATION.name) state.last.set(POLITICAL_DECLARATION_KEY, ref);
  // (the high-level meeting named last, for "the high-level meeting" printed alone later: highLevelMeetingsNamedBefore)
  if (ref.kind === 'Event' && isHighLevelMeeting(ref.name)) {
    state.last.set(HLM, ref);
    // (and the review named in full, for "the high-level meeting on the midterm review" later: highLevelMeetingsNamedBefore)
    if (REVIEW_OF_HLM_RE.test(ref.name)) state.last.set(HLM_REVIEW, ref);
  }
  // (the Second World Summit for Social Development named, for "the Doha Political Declaration" later: dohaPoliticalDeclarations)
  if (ref.kind === 'Event' && ref.name === SECOND_WSSD) state.last.set(SECOND_WSSD, ref);
  // (the regional seminar named last, for "the seminar" printed alone later: seminarsNamedBefore)
  else if (ref.kind === 'Event' && ref.name.endsWith(REGIONAL_SEMINAR)) state.last.set(REGIONAL_SEMINAR, ref);
  // (a special session named with its body, for "the twenty-third special session" printed alone later: specialSessionsNamedBefore)
  if (ref.kind === 'Event' && ref.name.includes(SPECIAL_SESSION_OF)) {
    const m = NAMED_SPECIAL_SESSION_RE.exec(ref.name);
    if (m) state.last.set(`${m[1]}${SPECIAL_SESSION}`, ref);
  }
  const facts = factsOf(ref.name, ref.kind);
  if (ref.kind === 'Event' && facts.sitting) return;
  if (facts.ordinal !== undefined) registerOrdinal(state, facts.ordinal, ref);
  const prefix = facts.prefix;
  if (prefix) {
    let ofKind = state.byPrefix.get(ref.kind);
    if (!ofKind) state.byPrefix.set(ref.kind, (ofKind = new Map()));
    ofKind.set(prefix, ref);
  }
  const head = facts.head;
  // "the Universal Declaration of Human Rights" named beside the declaration a text is about ("the Charter, the Declaration
  // on the Granting of Independence to Colonial Countries and Peoples and the Universal Declaration of Human Rights",
  // A/RES/79/114 OP2): its short form is "the Universal Declaration", so a later "the Declaration" is still the one
  // named before it
  const keepsDeclaration = head === 'Declaration' && state.last.has(head) && ref.name === UDHR;
  // "the Programme" is the programme the text is about, named first: after "the United Nations Programme of Assistance in the
  // Teaching, Study, ..." (PP1), "the International Law Fellowship Programme" (OP2) does not take it over ("the financing
  // of the Programme", A/RES/79/120 OP25)
  const keepsProgramme = head === 'Programme' && state.last.has(head);
  // "the Goals" are the Sustainable Development Goals once they are named: "building upon the achievements of the Millennium
  // Development Goals" names the earlier goals as the past ("the wish to see the Goals and targets met", A/RES/79/219 PP10)
  const keepsGoals = head === 'Goals' && ref.name === MDGS && state.last.get(head)?.name === SDGS;
  // "Further welcomes the submission at the 2020 Review Conference of the Parties to the Treaty on the Non-Proliferation of
  // Nuclear Weapons of two working papers ...; 4. Welcomes the convening of consultative meetings of States parties to the
  // Treaty" (A/RES/79/24): a treaty named only in a sitting's name is "the Treaty" in its own paragraph ("... under article
  // VI of the Treaty", A/RES/78/53 OP12), not after it, where the one named on its own before is meant again
  // The same for "the Agreement": "the Review Conference on the Agreement for the Implementation of the Provisions of the United
  // Nations Convention on the Law of the Sea ... relating to ... Straddling Fish Stocks ..." in a footnote (A/RES/78/272 OP5 fn5)
  // does not take over "have signed the Agreement" (OP8), the Agreement the text is about
  if (inSittingName && head !== undefined && SITTING_NAMED_HEADS.has(head)) {
    const before = state.last.get(head);
    // (the same treaty named before too: restoring it changes nothing. Not compared by name: the refs in state.last have
    // several shapes, and that read deoptimised register at corpus-ga's first other shape)
    if (before !== undefined) treatyInSitting ??= { state, head, nested: ref, before };
  }
  // "the Committee" is the committee the text is about: after "the Committee on the Peaceful Uses of Outer Space" (A/RES/80/76
  // PP3), "a joint half-day panel discussion of the Disarmament and International Security Committee (First Committee) and the
  // Special Political and Decolonization Committee (Fourth Committee)" (OP20) names the Assembly's Main Committees in passing,
  // and "the Committee at its sixty-ninth session" (OP21) is still the first one
  const keepsCommittee = head === 'Committee' && MAIN_COMMITTEES.has(ref.name) && state.last.has(head) && !MAIN_COMMITTEES.has(state.last.get(head)!.name);
  // "the Institute" is the body the resolution's title names: after "the United Nations African Institute for the Prevention
  // of Crime and the Treatment of Offenders" (A/RES/79/242, so titled), its "fellow institutes ..., the United Nations Asia and
  // Far East Institute ... and the United Nations Latin American Institute for the Prevention of Crime and Treatment of
  // Offenders" (OP2) are named in passing, and "the capacity of the Institute" (OP7-OP29) is still the first one
  const keepsTitled = head !== undefined && state.title !== undefined && keepsTitledBody(state, head, ref);
  if (head && !keepsDeclaration && !keepsProgramme && !keepsGoals && !keepsCommittee && !keepsTitled && !FIXED_SHORT.has(head) && !(state.seriesOfEditions.size !== 0 && seriesAfterItsEdition(state, ref, head)) && !(ref.kind === 'Event' && earlierEditionAfter(state, ref, head))) {
    state.last.set(head, ref);
    const all = state.allWithHead.get(head);
    if (all === undefined) state.allWithHead.set(head, [ref]);
    else all.push(ref);
    state.pinned.delete(head);
  }
  if (head === 'Working Group') state.last.set('Group', ref);
  // "the observance of the Day" after "the International Day of Indigenous Peoples" (A/RES/78/189 OP19, 79/159 OP20, 80/191):
  // the international day named last ("International Day" is its head, the short form "the International Day" reads)
  else if (head === INTERNATIONAL_DAY) state.last.set(DAY_HEAD, ref);
  // "the Summit" after "the World Social Summit" or "the World Summit on the Information Society" (A/RES/78/261 OP2-OP3)
  else if (head === 'World Summit') state.last.set('Summit', ref);
  // "the Fund" after "the Tokelau International Trust Fund" (A/RES/79/110 OP12)
  if (head === 'Trust Fund') state.last.set('Fund', ref);
  // "the Fund" after "the Board of Trustees of the United Nations Voluntary Fund for Victims of Torture" (A/RES/80/198 OP50-OP51)
  else if (ref.kind === 'Organization') {
    const fund = fundOfOrgan(ref);
    if (fund !== undefined) {
      state.last.set('Fund', fund);
      state.pinned.delete('Fund');
    }
  }
  if (head === 'Regional Centre') state.last.set('Centre', ref);
  // "as a war crime in the Rome Statute of the International Criminal Court, and noting the role that the Court can play"
  // (A/RES/80/112 PP38, 79/138 PP38, 78/118 PP34): a court's statute names the court, which "the Court" then refers back to
  if (ref.kind === 'Framework' && ref.name.endsWith(COURT_END)) courtOfStatute(state, ref.name);
  else if (ref.kind === 'Organization' && ref.name.includes(OF_THE_DECLARATION)) declarationOfBody(state, ref.name);
  else if (ref.kind === 'Framework' && ref.name.includes(FOR_THE_ESTABLISHMENT_OF_THE)) bodyOfEstablishingInstrument(state, ref.name);
  // "the Durban Declaration and Programme of Action", "the Beijing Declaration and Platform for Action": one instrument,
  // which "the Declaration" printed alone refers back to too ("paragraph 2 of the Declaration", A/RES/79/160 PP7)
  else if (ref.kind === 'Framework' && head !== 'Declaration' && ref.name.includes(DECLARATION_AND)) {
    state.last.set('Declaration', ref);
    state.pinned.delete('Declaration');
  }
  // ("Declaration and Programme of Action on a Culture of Peace" starts with it: for "the Declaration and Programme of Action")
  if (ref.kind === 'Framework' && (ref.name.startsWith(DECLARATION_AND_START) || ref.name.includes(DECLARATION_AND))) state.last.set(DECLARATION_AND_KEY, ref);
  for (const sf of entry?.shortForms ?? []) {
    state.pinned.set(sf, ref);
    if (isLowerInitial(sf)) state.lowerShorts.set(sf, ref);
  }
  // "the work of the Office of the United Nations High Commissioner for Human Rights ..., noting with interest the reports of the
  // High Commissioner thereon" (A/RES/79/175 PP5, 79/176 OP21): the Office's head, the High Commissioner for Human Rights
  if (ref.name === OHCHR_NAME && ref.kind === 'Organization') state.pinned.set(HIGH_COMMISSIONER, HIGH_COMMISSIONER_HR_REF);
  // "Requests the United Nations High Commissioner for Human Rights to prepare a report ..., and requests the Office of the High
  // Commissioner to convene ..." (the Human Rights Council's drafting): the officer named with no office before, "the Office"
  // is the officer's own, OHCHR (not a node "Office of the High Commissioner")
  else if (ref.name === HIGH_COMMISSIONER_HR_REF.name && ref.kind === 'Organization' && !state.last.has(OFFICE)) state.last.set(OFFICE, OHCHR_REF);
  // "Having considered the report of the Commissioner-General of the United Nations Relief and Works Agency for Palestine Refugees
  // in the Near East ..." (A/RES/78/73 PP3, 80/77 PP3: the Agency's first naming, inside its officer's): "the Agency" printed after
  // is the Agency his name holds, not "the Advisory Commission of the Agency" named next (PP4)
  else if (ref.name === UNRWA_COMMISSIONER_GENERAL && ref.kind === 'Organization') state.last.set(AGENCY, UNRWA_REF);
  const headPart = ref.kind === 'Place' ? undefined : facts.headPart;
  if (headPart) {
    let ofKind = state.byHeadPart.get(ref.kind);
    if (!ofKind) state.byHeadPart.set(ref.kind, (ofKind = new Map()));
    ofKind.set(headPart, ref);
  }
  if (facts.withoutUN !== undefined && ref.kind !== 'Place') {
    let ofKind = state.withoutUN.get(ref.kind);
    if (!ofKind) state.withoutUN.set(ref.kind, (ofKind = new Map()));
    ofKind.set(facts.withoutUN, ref);
  }
}

// ---------------------------------------------------------------------------------------------
// Faster scans for regexes that open with a "not after a letter or number" lookbehind

/** A global regex's exec/lastIndex, as the loops below use them. */
interface GlobalScanner {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

const NOT_AFTER_LETTER_OR_NUMBER = letterSource('(?<![\\p{L}\\p{N}])');

/**
 * The matches of `re` (global, opening with NOT_AFTER_LETTER_OR_NUMBER), found 2-3x faster: a
 * leading lookbehind is tried at every position and defeats V8's first-character scan, so the
 * scan runs without it, and `re` itself (sticky) confirms each place found. Every match of `re`
 * is a match of the rest at the same place, so taking found places left to right until `re`
 * matches at one gives exactly re.exec's leftmost match, with the same groups.
 */
export function scannerFor(re: RegExp): GlobalScanner {
  if (!re.global || !re.source.startsWith(NOT_AFTER_LETTER_OR_NUMBER)) throw new Error(`scannerFor: ${re.source.slice(0, 40)}… is not a global regex opening with ${NOT_AFTER_LETTER_OR_NUMBER}`);
  const rest = new RegExp(re.source.slice(NOT_AFTER_LETTER_OR_NUMBER.length), re.flags);
  const whole = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
  return {
    lastIndex: 0,
    exec(text: string): RegExpExecArray | null {
      let from = this.lastIndex;
      while (from <= text.length) {
        rest.lastIndex = from;
        const found = rest.exec(text);
        if (!found) break;
        whole.lastIndex = found.index;
        const m = whole.exec(text);
        if (m) {
          this.lastIndex = whole.lastIndex;
          return m;
        }
        const c = text.charCodeAt(found.index);
        from = found.index + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
      }
      this.lastIndex = 0;
      return null;
    },
  };
}

const SESSION_NOUN_SCAN = scannerFor(SESSION_NOUN_RE);
const MEETING_SCAN = scannerFor(MEETING_RE);
const LOWERCASE_SITTING_SCAN = scannerFor(LOWERCASE_SITTING_RE);
const LOWERCASE_TOPIC_ORG_SCAN = scannerFor(LOWERCASE_TOPIC_ORG_RE);

// ---------------------------------------------------------------------------------------------
// Events: sessions, meetings, WSIS+20, editions

const BY_THE_AFTER_RE = /^\s+by\s+the\s+/;
/** The Organization named right after "<year> session by the" (its start after "by the"), if any. */
function bodyActingInYearSession(text: string, cands: Candidate[], end: number): Candidate | undefined {
  const by = BY_THE_AFTER_RE.exec(text.slice(end, end + 12));
  if (!by) return undefined;
  const c = cands.find((x) => x.start === end + by[0].length && x.kind === 'Organization');
  // (a body that sits, not an officer: "the President of the General Assembly")
  if (c === undefined) return undefined;
  const of = c.name.indexOf(' of ');
  return SITTING_BODY_RE.test(of < 0 ? c.name : c.name.slice(0, of)) ? c : undefined;
}

/**
 * "the <year> session" with no owner printed: the one body that sits (not the General Assembly, which numbers its sessions
 * by ordinal, nor an officer) the paragraph names, before or after it; undefined when none or two are named.
 */
function onlySittingBodyNamed(cands: readonly Candidate[]): Candidate | undefined {
  let found: Candidate | undefined;
  for (const c of cands) {
    if (c.kind !== 'Organization' || c.name === 'General Assembly' || !SITTING_BODY_RE.test(c.name) || OFFICER_OF_RE.test(c.name)) continue;
    if (found !== undefined && found.name !== c.name) return undefined;
    found = c;
  }
  return found;
}

/** A framework named at `pos` (what a body acted on, not a body that sits). */
function instrumentAt(cands: readonly Candidate[], pos: number): boolean {
  return cands.some((c) => c.start === pos && c.kind === 'Framework');
}

function orgAt(cands: Candidate[], pos: number): Candidate | undefined {
  // an initiative sits too: "the twentieth plenary meeting of the Kimberley Process"
  return cands.find((c) => c.start === pos && (c.kind === 'Organization' || c.kind === 'Event' || c.kind === 'Initiative'));
}

// ("Commission" but not "Commissioner": "the report of the Executive Committee of the Programme of the United Nations High
// Commissioner for Refugees on the work of its seventy-fourth session" (A/RES/78/184 OP2) is the Executive Committee's session,
// not that of the Office of the High Commissioner named inside its name)
// (the Informal Consultative Process on Oceans meets in numbered meetings: "the report on the work of the United Nations
// Open-ended Informal Consultative Process on Oceans and the Law of the Sea (the Informal Consultative Process) at its
// twenty-fifth meeting" (A/RES/80/110 PP3) is its meeting, not that of the Ad Hoc Working Group named before it)
const SITTING_BODY_RE = /Commission(?!er)|Council|Committee|Assembly|Board|Forum|Conference|Panel|Group|Body|Consultative Process/;

/** after "at its <ordinal> meeting": ", on 1 April 2024, the " (a day date, then the subject's article) */
const DATED_THEN_SUBJECT_RE = /^,\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d,\s+the\s+/;
/** The sitting body printed as the subject right after ", on <date>, the " that follows a sitting at `after`. */
function subjectAfterDatedSitting(text: string, cands: readonly Candidate[], after: number): Candidate | undefined {
  if (text.charCodeAt(after) !== 44 /* , */) return undefined;
  const m = DATED_THEN_SUBJECT_RE.exec(text.slice(after, after + 50));
  if (!m) return undefined;
  const at = after + m[0].length;
  return cands.find((c) => c.start === at && c.kind === 'Organization' && SITTING_BODY_RE.test(c.name));
}

/**
 * "its eleventh substantive session" in a General Assembly text of this century is not the Assembly's:
 * the Assembly's sessions are not substantive or organizational, and it is past its fortieth.
 */
function notTheCitingBody(qualifier: string | undefined, ordinal: string, ctx: RecognizeContext, after: string): boolean {
  if (ctx.body !== 'General Assembly') return false;
  if ((qualifier && /substantive|organizational/i.test(qualifier)) || ordinal === ORGANIZATIONAL) return true;
  const n = ordinalValue(ordinal);
  // "since its forty-third session in 1988": the year says it is the Assembly's
  const inYear = /^,?\s+in\s+((?:19|20)\d\d)\b/.exec(after);
  if (n !== undefined && inYear && Math.abs(Number(inYear[1]) - 1945 - n) <= 1) return false;
  const year = ctx.date ? Number(ctx.date.slice(0, 4)) : undefined;
  return n !== undefined && year !== undefined && year >= 1990 && n < year - 1945 - 10 && !(qualifier && /special/i.test(qualifier));
}

const ORGANIZATIONAL = 'organizational';
const ORGANIZATIONAL_SESSION = 'organizational session';
/** "its organizational ", "the organizational " before "session": group 1 "its" or "their", 2 the word that stands for the
 *  ordinal (the first groups of SESSION_BEFORE_RE; no qualifier) */
const ORGANIZATIONAL_BEFORE_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(?:(its|their)\s+|the\s+)(organizational)\s+$`, 'u');

/** "the " before an ordinal. */
const THE_BEFORE_RE = letterRe(String.raw`(?<![\p{L}\p{N}])the\s+$`, 'iu');
/**
 * "the seventy-ninth session" with no owner printed, in a General Assembly text: the Assembly's when the ordinal is one of
 * its sessions of these years (five before the one adopting the text to ten after it).
 */
/** "the " or "the resumed " before an ordinal: "requests the Secretary-General to present a revised budget at the first part of
 *  the resumed seventy-ninth session" (A/RES/79/263 VIII.OP38, 79/257 OP8, 78/253 II.OP4), a part of that session. */
const THE_RESUMED_BEFORE_RE = letterRe(String.raw`(?<![\p{L}\p{N}])the\s+(?:resumed\s+)?$`, 'iu');
function assemblySessionNamedAlone(text: string, at: number, ordinal: string, ctx: RecognizeContext): boolean {
  if (ctx.body !== 'General Assembly' || !ctx.date || !THE_RESUMED_BEFORE_RE.test(text.slice(Math.max(0, at - 13), at))) return false;
  const n = ordinalValue(ordinal);
  const session = Number(ctx.date.slice(0, 4)) - 1945;
  return n !== undefined && n >= session - 5 && n <= session + 10;
}
/** The General Assembly's special sessions devoted to disarmament, by their order among them. */
const DISARMAMENT_SPECIAL_SESSIONS: ReadonlyMap<string, string> = new Map([
  ['first', 'tenth'],
  ['second', 'twelfth'],
  ['third', 'fifteenth'],
]);
const DEVOTED_TO_DISARMAMENT_RE = /^\s+devoted\s+to\s+disarmament\b/;
/** A body printed right before "at its" (", at its"): "the Committee on Fisheries, at its", "the World Health Assembly at its". */
const BODY_AT_ITS_GAP_RE = /^\s*,?\s+at\s+$/;
const REPORT_ON_ITS_BEFORE_RE = /\bon\s+(?:the\s+work\s+of\s+)?$/;
/**
 * "its eighty-second session" in a General Assembly text, where no body is printed right before "at its" and the
 * ordinal is one of the Assembly's own coming sessions (the one adopting the text to eight ahead): the Assembly's,
 * not the last body named before it. "requests the Advisory Committee to invite the Board of Auditors to conduct an
 * audit ... and to report thereon at its eighty-second session" (A/RES/78/257 OP22), "to be presented at its eightieth
 * session" (A/RES/79/257 OP58), "Decides to consider the final report of the Panel ... at its eighty-second session"
 * (A/RES/79/238 OP13). The Assembly's own sessions are at least its seventy-seventh in this corpus, past the numbers
 * of most other bodies that hold numbered sessions; those that reach them are printed right before "at its"
 * ("by the World Health Assembly at its seventy-fifth session").
 */
function assemblySessionAhead(text: string, cands: readonly Candidate[], at: number, ordinal: string, qualifier: string | undefined, ctx: RecognizeContext): boolean {
  if (ctx.body !== 'General Assembly' || !ctx.date || qualifier) return false;
  const n = ordinalValue(ordinal);
  const year = Number(ctx.date.slice(0, 4));
  if (n === undefined || n < year - 1946 || n > year - 1945 + 8) return false;
  // "the report of the Committee on Contributions on its eighty-fourth session", "on the work of its eighty-first session":
  // a report on the author's own session
  if (REPORT_ON_ITS_BEFORE_RE.test(text.slice(Math.max(0, at - 20), at))) return false;
  for (const c of cands) if (c.end <= at && c.end >= at - 12 && BODY_AT_ITS_GAP_RE.test(text.slice(c.end, at)) && !reportAssemblyConsiders(text, c.start)) return false;
  return true;
}
/** what the Assembly decides to consider: "Decides to consider the report of the ad hoc intergovernmental committee at its seventy-ninth session" (A/RES/78/230 OP9) */
const REPORTS_CONSIDERED = ['consider the report of the ', 'consider the final report of the '];
/** Whether the body at `start` is the author of a report the Assembly decides to consider "at its" session: the session is the Assembly's. */
function reportAssemblyConsiders(text: string, start: number): boolean {
  return REPORTS_CONSIDERED.some((words) => start >= words.length && text.startsWith(words, start - words.length));
}

/** the gate of sessionsByYearAfter (a rare substring) */
const SESSION_WORD = ' session ';
/**
 * Sessions numbered by the year printed after them: "its session in 2024", "its session held in 2023", "its next session from
 * 20 to 28 February 2024" (ITS_SESSION_YEAR_AFTER_RE; the Charter Committee's texts, A/RES/78/111 PP16, OP2, OP3, OP8), keyed
 * as "its 2024 session" is: the session of the last sitting body named before "its" in the paragraph (none: no session).
 */
function sessionsByYearAfter(text: string, cands: readonly Candidate[], state: ResolutionState, out: Candidate[]): void {
  ITS_SESSION_YEAR_AFTER_RE.lastIndex = 0;
  for (let m = ITS_SESSION_YEAR_AFTER_RE.exec(text); m !== null; m = ITS_SESSION_YEAR_AFTER_RE.exec(text)) {
    const printedYear = m[2] !== undefined;
    const year = printedYear ? m[2]! : m[4]!;
    const nounStart = m.index + m[0].indexOf(printedYear ? m[1]! : m[3]!);
    let owner: Candidate | undefined;
    for (const c of cands) if (c.kind === 'Organization' && c.end <= m.index && SITTING_BODY_RE.test(c.name) && (owner === undefined || c.end > owner.end)) owner = c;
    if (owner === undefined) continue;
    const end = printedYear ? m.index + m[0].length : nounStart + m[3]!.length;
    out.push(candidate('Event', `${year} session of the ${owner.name}`, rangedAttrs('session', false), nounStart, end, 'special'));
    if (!printedYear || m[0].includes(NEXT_WORD)) state.nextSessionYears.set(owner.name, year);
  }
}

const NEXT_WORD = 'next ';
/**
 * "decides that the next session of the Commission shall be held at the United Nations Office at Geneva from 15 April to 31 May
 * 2024" (A/RES/78/108 OP17, 79/121 OP18), "the next session of the Committee, to be held in 2026" (A/RES/80/76 OP33): the body's
 * session of the year printed after it (SESSION_HELD_IN_YEAR_AFTER_RE), keyed as "its next session from ... 2024" is
 * (sessionsByYearAfter); with no year printed in the paragraph, the next session the resolution dated before ("Decides that the
 * Special Committee shall hold its next session from 20 to 28 February 2024", then "the thematic debate, to be held at the next
 * session of the Special Committee", A/RES/78/111 OP2 and OP6; 79/125, 80/166). Neither: no session (the noun names none). A
 * session held in two parts ("from 15 April to 31 May 2024, ..., and from 1 July to 2 August 2024") takes neither range's days.
 * In a text on the report of a body's numbered session, that body's next session is numbered after it (reportedNextSession):
 * one loop over the phrase for both readings.
 */
function nextSessionsOfBodies(text: string, cands: readonly Candidate[], state: ResolutionState, title: string | undefined, out: Candidate[]): void {
  const reported = title === undefined ? undefined : reportedNextSession(title);
  for (let at = text.indexOf(NEXT_SESSION_OF_THE); at >= 0; at = text.indexOf(NEXT_SESSION_OF_THE, at + 1)) {
    const bodyStart = at + NEXT_SESSION_OF_THE.length;
    if (reported !== undefined) {
      const owner = cands.find((c) => c.kind === 'Organization' && c.start === bodyStart && c.name === reported.body);
      if (owner !== undefined) {
        out.push(candidate('Event', `${reported.ordinal} session of the ${owner.name}`, rangedAttrs('session', false), at, owner.end, 'special'));
        continue;
      }
    }
    const body = cands.find((c) => c.start === bodyStart && c.kind === 'Organization' && SITTING_BODY_RE.test(c.name));
    if (body === undefined) continue;
    const after = text.slice(body.end, body.end + 300);
    const year = SESSION_HELD_IN_YEAR_AFTER_RE.exec(after)?.[1] ?? state.nextSessionYears.get(body.name);
    if (year === undefined) continue;
    state.nextSessionYears.set(body.name, year);
    const nounStart = at + NEXT_WORD.length;
    const attrs = rangedAttrs('session', TWO_PARTS_HELD_AFTER_RE.test(after));
    out.push(candidate('Event', `${year} session of the ${body.name}`, attrs, nounStart, nounStart + SESSION_NOUN.length, 'special'));
  }
}
const SESSION_NOUN = 'session';

/** Sessions ("its twenty-eighth session") and meetings ("high-level meeting on ...") of bodies. */
// two functions, one per scan: a late deopt in one recompiles that one only
function sessionCandidates(text: string, cands: Candidate[], ctx: RecognizeContext, gates: number, pending: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // ("the ninth annual retreat of the Group of Friends of Monterrey", A/RES/80/129 PP12: a body's numbered sitting too; the
  // gate words are full, so a substring test)
  if (gates & SESSION_GATE || textIncludes(text, RETREAT)) sessionsOfBodies(text, cands, ctx, out, pending);
  if (gates & SESSION_GATE && textIncludes(text, SESSION_WORD)) {
    const state = stateFor(ctx);
    sessionsByYearAfter(text, cands, state, out);
    if (textIncludes(text, NEXT_SESSION_OF_THE)) nextSessionsOfBodies(text, cands, state, ctx.title, out);
  }
  if (gates & MEETING_GATE) meetingsOfBodies(text, cands, out);
  if (textIncludes(text, MEETINGS_OF_THE)) pluralMeetingsOfBodies(text, cands, out);
  if (textIncludes(text, HEARINGS_WORD)) pluralHearings(text, cands, out);
  if (textIncludes(text, ' summit') || textIncludes(text, ' conference')) sittingsAfterOrganization(text, cands, out);
  if (textIncludes(text, SUMMIT_OF)) summitsOfBodies(text, cands, out);
  if (textIncludes(text, SUMMIT_HELD)) summitsOfHeadsNamedBefore(text, cands, out);
  if (textIncludes(text, HIGH_LEVEL_WEEK_OF)) sittingsOfSessions(text, cands, out, HIGH_LEVEL_WEEK_OF, 'week');
  if (textIncludes(text, GENERAL_DEBATE_OF)) sittingsOfSessions(text, cands, out, GENERAL_DEBATE_OF, 'meeting');
  if (textIncludes(text, GENERAL_DEBATE_AT_ITS)) sittingsOfSessions(text, cands, out, GENERAL_DEBATE_AT, 'meeting', GENERAL_DEBATE_OF);
  if (textIncludes(text, SUBSTANTIVE_SESSION_OF_YEAR)) substantiveSessionsOfYear(text, cands, out);
  if (textIncludes(text, HOLD_A_SUBSTANTIVE_SESSION)) substantiveSessionToHold(text, cands, out);
  if (textIncludes(text, SPECIAL_SESSION_OF_THE_ASSEMBLY)) specialSessionsByTopic(text, out);
  return out;
}

/**
 * "decides that the next session of the Commission shall be held at the United Nations Office at Geneva from 14 April to 30 May
 * 2025 and from 30 June to 31 July 2025, and stresses the importance of having a 12-week session for the seventy-sixth session
 * of the Commission" (A/RES/79/121 OP18, 78/108 OP17): in a text on the report of a body's numbered session (its title,
 * REPORT_ON_ITS_SESSION_TITLE_RE), that body's next session is the one numbered after it, named as its ordinal names it; then
 * its venue and dates are read as any session's, and the body inside it takes no verb. Only that body's: "the next session
 * of the Special Committee" in another text is numbered by its year (nextSessionsOfBodies, which reads both). Here: the
 * reported body's name and its next session's ordinal, from the title.
 */
function reportedNextSession(title: string): { body: string; ordinal: string } | undefined {
  const reported = REPORT_ON_ITS_SESSION_TITLE_RE.exec(title);
  if (reported === null) return undefined;
  const reportedNumber = ordinalValue(reported[2]!);
  const ordinal = reportedNumber === undefined ? undefined : ordinalWord(reportedNumber + 1);
  return ordinal === undefined ? undefined : { body: reported[1]!, ordinal };
}

const SPECIAL_SESSION_OF_THE_ASSEMBLY = 'special session of the General Assembly ';
/**
 * "the first-ever special session of the General Assembly against corruption, held from 2 to 4 June 2021" (A/RES/79/190
 * PP11), "the special session of the General Assembly on children" (79/153 OP1): a session of the Assembly known by its
 * topic, no ordinal printed, named as printed from "special" to the end of its topic (TOPIC_SPECIAL_SESSION_RE). The
 * Assembly's own mention inside it stays (the verb's target, as in a numbered session's name).
 */
function specialSessionsByTopic(text: string, out: Candidate[]): void {
  TOPIC_SPECIAL_SESSION_RE.lastIndex = 0;
  for (let m = TOPIC_SPECIAL_SESSION_RE.exec(text); m; m = TOPIC_SPECIAL_SESSION_RE.exec(text)) {
    const topic = m[3]!.replace(AT_THE_LEVEL_OF_RE, '');
    const nameStart = m.index + m[1]!.length;
    const end = nameStart + m[2]!.length + topic.length;
    out.push(candidate('Event', normaliseName(text.slice(nameStart, end)), { eventKind: 'session' }, m.index, end, 'special'));
  }
}

const RETREAT = ' retreat ';
const HOLD_A_SUBSTANTIVE_SESSION = 'hold a substantive session ';
const SUBSTANTIVE_SESSION = 'substantive session';
/** "to hold a substantive session for a period not exceeding three weeks during 2025, namely from 7 to 25 April" (group 1 the
 *  year; 2, 3 and 4 the days and month when printed) */
const SUBSTANTIVE_SESSION_TO_HOLD_RE = /\bhold a substantive session\b[^;,.]{0,60}?\bduring\s+((?:19|20)\d\d)(?:,\s+namely\s+from\s+(\d{1,2})\s+to\s+(\d{1,2})\s+([A-Z][a-z]+)\b)?/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/**
 * "Requests the Disarmament Commission to hold a substantive session for a period not exceeding three weeks during 2025,
 * namely from 7 to 25 April" (A/RES/79/72 OP8, 78/62, 80/66): the body's session of that year, which OP6 and OP10 name "its
 * substantive session of 2025", dated by the days printed. The body is the last sitting body named before it.
 */
function substantiveSessionToHold(text: string, cands: readonly Candidate[], out: Candidate[]): void {
  const m = SUBSTANTIVE_SESSION_TO_HOLD_RE.exec(text);
  if (!m) return;
  const start = m.index + 7;
  let owner: Candidate | undefined;
  for (const c of cands) if (c.end <= m.index && c.kind === 'Organization' && SITTING_BODY_RE.test(c.name) && (!owner || c.start > owner.start)) owner = c;
  if (!owner || owner.name === 'General Assembly') return;
  const end = start + SUBSTANTIVE_SESSION.length;
  if (cands.some((c) => c.start < end && start < c.end)) return;
  const attrs: Record<string, unknown> = { eventKind: 'session' };
  const month = m[4] === undefined ? -1 : MONTHS.indexOf(m[4]);
  if (month >= 0) {
    const iso = (d: string): string => `${m[1]}-${String(month + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;
    attrs.startDate = iso(m[2]!);
    attrs.endDate = iso(m[3]!);
  }
  out.push(candidate('Event', `${m[1]} substantive session of the ${owner.name}`, attrs, start, end, 'special'));
}
const SUBSTANTIVE_SESSION_OF_YEAR = ' substantive session of ';
/** "its substantive session of 2024", "the substantive session of 2025" (group 1 the year) */
const SUBSTANTIVE_SESSION_OF_YEAR_RE = letterRe(String.raw`\b(?:its|the)\s+substantive\s+session\s+of\s+((?:19|20)\d\d)(?![\p{L}\p{N}])`, 'gu');
const OF_THE_AFTER_RE = /^\s+of\s+the\s+/;
/**
 * "the Disarmament Commission adopted the agenda for its substantive session of 2024", "prior to the beginning of the
 * substantive session of 2025 of the Disarmament Commission" (A/RES/79/72 OP4, OP6, OP10; 80/66, 78/62, 78/20, 79/22), "the
 * humanitarian affairs segment of the Economic and Social Council at its substantive session of 2023" (A/RES/78/119, 79/140):
 * the body's session numbered by its year printed after the noun, one node with "the 2024 substantive session of <body>".
 * The body printed after "of the", else the last sitting body named before it in the paragraph (never the Assembly).
 */
function substantiveSessionsOfYear(text: string, cands: readonly Candidate[], out: Candidate[]): void {
  SUBSTANTIVE_SESSION_OF_YEAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUBSTANTIVE_SESSION_OF_YEAR_RE.exec(text))) {
    const start = m.index + 4;
    let end = m.index + m[0].length;
    const of = OF_THE_AFTER_RE.exec(text.slice(end, end + 12));
    let owner: Candidate | undefined = of ? cands.find((c) => c.start === end + of[0].length && c.kind === 'Organization') : undefined;
    if (owner) end = owner.end;
    else for (const c of cands) if (c.end <= m.index && c.kind === 'Organization' && SITTING_BODY_RE.test(c.name) && (!owner || c.start > owner.start)) owner = c;
    if (!owner || owner.name === 'General Assembly') continue;
    if (cands.some((c) => c !== owner && c.start < end && start < c.end) || out.some((c) => c.start < end && start < c.end)) continue;
    out.push(candidate('Event', `${m[1]} substantive session of the ${owner.name}`, { eventKind: 'session' }, start, end, 'special'));
  }
}

const SUMMIT_OF = ' summit of ';
/** right before a body's name: "the first global summit of (the) ", "the thirtieth ordinary summit of (the) " (group 1 the
 *  ordinal, 2 a qualifier); a lower-case noun only ("the Second Summit of the Community of ..." is a name of its own) */
const SUMMIT_OF_BEFORE_RE = letterRe(
  `(?<![\\p{L}\\p{N}-])(${ORDINAL_SOURCE})\\s+((?:global|ordinary|extraordinary|annual|special|regional)\\s+)?summit\\s+of\\s+(?:the\\s+)?$`,
  'u',
);

/**
 * "the first global summit of the School Meals Coalition in Paris on 18 and 19 October 2023 and ... the second global summit
 * of the School Meals Coalition in Fortaleza, Brazil" (A/RES/79/276 PP5, 79/227, 80/141, 80/157, 78/156), "at the thirtieth
 * ordinary summit of the Economic Community of West African States" (A/RES/78/54, 79/31, 80/36): a numbered sitting of the
 * body or coalition named after it, "<ordinal> <qualifier> summit of the <owner>" as "the sixteenth extraordinary summit of
 * the African Union" is named (sittingsAfterOrganization), with its own venue and dates. Only an owner printed right after
 * "summit of (the)": "at its second summit" is left unread.
 */
function summitsOfBodies(text: string, cands: Candidate[], out: Candidate[]): void {
  for (const c of cands) {
    if ((c.kind !== 'Organization' && c.kind !== 'Initiative') || c.start < 14) continue;
    // (cheap gate: "summit of " or "summit of the " right before the name)
    const gap = text.lastIndexOf(SUMMIT_OF, c.start);
    if (gap < 0 || c.start - gap > 15) continue;
    const m = SUMMIT_OF_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 70), c.start));
    if (!m) continue;
    const start = c.start - m[0].length;
    const name = `${m[1]!.toLowerCase().replace(/\u2011/g, '-')} ${m[2] ? m[2].trim() + ' ' : ''}summit of the ${c.name}`;
    out.push(candidate('Event', name, { eventKind: 'summit' }, start, c.end, 'special'));
  }
}

/** the week of a session its heads of State and Government attend, and the debate they open it with (the gates: rare substrings) */
const HIGH_LEVEL_WEEK_OF = 'high-level week of the ';
const GENERAL_DEBATE_OF = 'general debate of the ';
/** "in the margins of the general debate at its eightieth session" (A/RES/79/288 PP3): the debate of that session, named so */
const GENERAL_DEBATE_AT = 'general debate at ';
const GENERAL_DEBATE_AT_ITS = 'general debate at its ';
/**
 * "a high-level multi-stakeholder informal meeting to launch the Dialogue in the margins of the high-level week of the eightieth
 * session of the General Assembly, in 2025" (A/RES/79/325 OP6, 80/172 OP6, 79/159 OP57, 80/191 OP59), "during the general debate
 * of the eightieth session of the General Assembly in 2025" (A/RES/78/179 PP18): the week or the debate is a sitting of its own
 * (`head` is its words and " of the "), part of the session named after it (EventDetail.partOf), as "the high-level segment of
 * the <Congress>" is. Only a numbered session read right after it ("the high-level week of the General Assembly in September
 * 2023" names none). `named` is the head its name takes: "general debate at its eightieth session" is the "general debate of
 * the eightieth session ...".
 */
function sittingsOfSessions(text: string, cands: readonly Candidate[], out: Candidate[], head: string, eventKind: EventKindName, named = head): void {
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    const from = at + head.length + assemblyAtItsLength(text, at + head.length);
    const isSession = (c: Candidate): boolean => c.kind === 'Event' && c.start === from && c.attrs.eventKind === 'session';
    const session = out.find(isSession) ?? cands.find(isSession);
    if (session === undefined) continue;
    const sitting = candidate('Event', `${named}${session.name}`, { eventKind }, at, session.end, 'special');
    out.push(sitting);
    SITTING_WITHIN_EVENT.set(sitting, session);
  }
}

/** the Assembly named before its numbered session, the session then read as "its": "the general debate of the (General)
 *  Assembly at its eightieth session" (A/RES/80/1 OP1, OP2; 80/180 PP5), "the general debate of its eightieth session" */
const ASSEMBLY_AT_ITS = ['General Assembly at its ', 'Assembly at its ', 'its '] as const;
function assemblyAtItsLength(text: string, from: number): number {
  for (const words of ASSEMBLY_AT_ITS) if (text.startsWith(words, from)) return words.length;
  return 0;
}

/** a summit named by its number alone, then where it was held (the gate: a rare substring) */
const SUMMIT_HELD = ' summit, held ';
/** before it: "the thirty-third extraordinary" (group 1: the ordinal, 2: the qualifier; the space before " summit" is the gate's) */
const NUMBERED_SUMMIT_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}-])the\\s+(${ORDINAL_SOURCE})(?:\\s+(ordinary|extraordinary))?$`, 'u');
/** the heads who meet at a body's summit, then the body: "the Heads of State and Government of the " */
const HEADS_OF_BODY = 'Heads of State and Government of the ';
/**
 * "the central role played by the Heads of State and Government of the Intergovernmental Authority on Development towards ...
 * the eventual signing of the ... Agreement ... during the thirty-third extraordinary summit, held in Addis Ababa on 12 September
 * 2018" (A/RES/78/185 OP6): a summit named by its number alone is a sitting of the body whose Heads of State and Government the
 * paragraph named before it, named as summitsOfBodies names "the thirtieth ordinary summit of the <body>". Only with those heads
 * of one body named earlier in the paragraph (whose summit is otherwise not said).
 */
function summitsOfHeadsNamedBefore(text: string, cands: Candidate[], out: Candidate[]): void {
  for (let at = text.indexOf(SUMMIT_HELD); at >= 0; at = text.indexOf(SUMMIT_HELD, at + 1)) {
    const m = NUMBERED_SUMMIT_BEFORE_RE.exec(text.slice(Math.max(0, at - 50), at));
    if (!m) continue;
    const start = at - m[0].length + 4;
    const heads = text.lastIndexOf(HEADS_OF_BODY, start);
    const body = heads < 0 ? undefined : cands.find((c) => c.kind === 'Organization' && c.start === heads + HEADS_OF_BODY.length);
    if (body === undefined || text.indexOf(HEADS_OF_BODY, heads + 1) >= 0) continue;
    const name = `${m[1]!.toLowerCase()} ${m[2] ? `${m[2]} ` : ''}summit of the ${body.name}`;
    out.push(candidate('Event', name, { eventKind: 'summit' }, start, at + ' summit'.length, 'special'));
  }
}

/**
 * "the sixteenth extraordinary African Union summit" (A/RES/78/263 OP21): the sitting of the organization named between its
 * ordinal and its lower-case noun, named "<ordinal> <qualifiers> <noun> of the <organization>" (its owner: SESSION_OF);
 * two organizations joined by a hyphen ("the eighth United Nations-African Union annual conference", A/RES/79/329 PP8) hold
 * it together: named as printed. See ORG_SITTING_BEFORE_RE.
 */
function sittingsAfterOrganization(text: string, cands: Candidate[], out: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const org = cands[i]!;
    if (org.kind !== 'Organization' || org.start < 6) continue;
    let last = org;
    // (a second organization glued by a hyphen: "United Nations-African Union")
    if (text.charCodeAt(org.end) === 45 /* - */) {
      const second = cands.find((c) => c.kind === 'Organization' && c.start === org.end + 1);
      if (second) last = second;
    }
    const after = ORG_SITTING_AFTER_RE.exec(text.slice(last.end, last.end + 40));
    if (!after) continue;
    const before = ORG_SITTING_BEFORE_RE.exec(text.slice(Math.max(0, org.start - 40), org.start));
    if (!before) continue;
    const start = org.start - before[0].length;
    const end = last.end + after[0].length;
    const ordinal = before[1]!.toLowerCase();
    const name =
      last === org
        ? `${ordinal} ${before[2] ?? ''}${after[1] ?? ''}${after[2]} of the ${org.name}`
        : normaliseName(text.slice(start, end));
    out.push(candidate('Event', name, { eventKind: after[2] === 'summit' ? 'summit' : 'conference' }, start, end, 'special'));
  }
}

/** A capitalised sitting name opening with a list of ordinals and a plural noun: "First, Second, Third and Fourth Review
 *  Conferences of the States Parties to ...", "First and Second Conferences of the High Contracting Parties to the Protocol"
 *  (group 1: the ordinals; 2: the noun without its "s"; 3: the rest, from " of"/" on") */
const PLURAL_ORDINAL_SITTINGS_RE = new RegExp(
  `^((?:${ORDINAL_SOURCE})(?:, (?:${ORDINAL_SOURCE}))*,? and (?:${ORDINAL_SOURCE})) ((?:[a-z]+ )*?(?:Conference|Session|Meeting|Summit|Congress))s( (?:of|on) .+)$`,
  'i',
);
/** the plural noun's words all capitalised ("Review Conferences", "Special Sessions") */
const CAPITALISED_WORDS_RE = /^[A-Z][a-z]*(?: [A-Z][a-z]*)*$/;
const LISTED_ORDINAL_RE = new RegExp(`${ORDINAL_SOURCE}`, 'gi');
/** after a listed sittings' name: venues printed with their years ("held in Nairobi (2004), Cartagena, ...") */
const PAIRED_VENUES_AFTER_RE = /^\d{0,2},?\s+held\s+in\s+[A-Z][^;()]{0,60}\((?:19|20)\d{2}\)/;

/**
 * Step 4b''': a sitting named with a list of ordinals and a plural noun is as many sittings, each named by its ordinal and
 * the noun in the singular ("the Fourth Review Conference of the States Parties to the Convention", the node the sitting
 * named alone has). The earlier ones are named by their ordinals in the text, the last from its ordinal to the end.
 */
function pluralOrdinalSittings(text: string, cands: Candidate[]): void {
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.kind !== 'Event') continue;
    if (c.name.endsWith(SPECIAL_SESSIONS_OF_CONFERENCE)) i = specialSessionsToReviewListed(text, cands, c, i);
    const m = PLURAL_ORDINAL_SITTINGS_RE.exec(c.name);
    if (!m || !CAPITALISED_WORDS_RE.test(m[2]!) || text.slice(c.start, c.start + m[1]!.length) !== m[1]) continue;
    const ordinals: { w: string; at: number }[] = [];
    LISTED_ORDINAL_RE.lastIndex = 0;
    let o: RegExpExecArray | null;
    while ((o = LISTED_ORDINAL_RE.exec(m[1]!))) ordinals.push({ w: o[0], at: c.start + o.index });
    if (ordinals.length < 2) continue;
    const eventKind = (c.attrs.eventKind ?? 'conference') as EventKindName;
    // "..., held in Nairobi (2004), Cartagena, Colombia (2009), Maputo (2014) and Oslo (2019)": one venue each, in order,
    // which no sitting takes (as a range's ends take none: rangedAttrs)
    // (the pairs read one by one: each sitting takes its own, when there are as many as sittings; A/RES/79/34 PP6)
    const paired = PAIRED_VENUES_AFTER_RE.test(text.slice(c.end, c.end + 80));
    // ("the Fourth and Fifth Special Sessions of the Conference of the States Parties to Review the Operation of the Chemical
    // Weapons Convention, held in The Hague in 2018 and 2023", A/RES/80/34 PP8: one venue, one year each, in order)
    const pairs = paired ? venueYearPairs(text, c.end, ordinals.length) : heldInYears(text, c.end, ordinals.length);
    const split: Candidate[] = ordinals.map((x, k) =>
      pairs !== undefined
        ? candidate('Event', `${x.w} ${m[2]!}${m[3]!}`, pairedAttrs(eventKind, pairs[k]!), x.at, k < ordinals.length - 1 ? x.at + x.w.length : c.end, c.via)
        : k < ordinals.length - 1 || paired
          ? candidate('Event', `${x.w} ${m[2]!}${m[3]!}`, rangedAttrs(eventKind, paired), x.at, k < ordinals.length - 1 ? x.at + x.w.length : c.end, c.via)
          : candidate('Event', `${x.w} ${m[2]!}${m[3]!}`, c.attrs, x.at, c.end, c.via),
    );
    cands.splice(i, 1, ...split);
  }
}

/**
 * Step 5': "including the second International Law Seminar for African Universities, to be held in Ethiopia in 2024 ..." (A/RES/78/107
 * OP22, 79/120 OP22): a seminar the gazetteer knows as a programme (held again and again, funded as such: "voluntary
 * contributions to the International Law Seminar for African Universities") named with an ordinal and where it is held is one
 * sitting of it, an Event named with its ordinal, whose venue and year are read after it as any sitting's. Was the programme.
 */
function seminarEditions(text: string, cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.kind !== 'Initiative' || !c.name.includes(SEMINAR) || c.start < 6) continue;
    const before = EDITION_ORDINAL_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 30), c.start));
    if (!before || !HELD_AFTER_NAME_RE.test(text.slice(c.end, c.end + 30))) continue;
    const ordinal = before[1]!;
    cands[i] = candidate('Event', `${capitalised(ordinal)} ${c.name}`, { eventKind: 'other' }, c.start - ordinal.length - 1, c.end, 'special');
  }
}

const IRST_TO = 'irst to ';
const STATES_PARTIES_LOWER = 'States parties';
const STATES_PARTIES = 'States Parties';
const RANGE_TAIL_JOINERS = new Set(['of', 'the', 'and', 'to', 'on', 'for']);
const SITTING_KIND_OF_NOUN: Readonly<Record<string, EventKindName>> = { Meeting: 'meeting', Conference: 'conference', Summit: 'summit' };
/**
 * Step 4b'''(range): "Recalling the First to Twenty-first Meetings of the States Parties to the Convention, held in Maputo
 * (1999), Geneva (2000), ..." (A/RES/79/34 PP6, 78/45, 80/35), "the first to fourth Conferences of Organization of Islamic
 * Cooperation Member States on Mediation" (79/9 PP18): the sittings the range's ends name, the first and the last (the one
 * the later texts name alone, "the Twenty-first Meeting of the States Parties"), each a sitting of its own with no venue or
 * date (which the list after the range gives for all at once). The sittings in between are printed nowhere. Missed before:
 * no sitting was read, or one named "Meetings".
 */
function firstToOrdinalSittings(text: string, cands: Candidate[]): void {
  for (let at = text.indexOf(IRST_TO); at > 0; at = text.indexOf(IRST_TO, at + 1)) {
    FIRST_TO_ORDINAL_SITTINGS_RE.lastIndex = at - 1;
    const m = FIRST_TO_ORDINAL_SITTINGS_RE.exec(text);
    if (!m) continue;
    // (the name's trailing joining words: "... and the United Nations and the commitment")
    const words = m[4]!.split(' ');
    while (words.length > 1 && RANGE_TAIL_JOINERS.has(words[words.length - 1]!)) words.pop();
    const printedTail = words.join(' ');
    const start = at - 1;
    const lastAt = start + m[1]!.length + 4;
    const end = lastAt + m[2]!.length + 1 + m[3]!.length + 2 + printedTail.length;
    // (an ordinal, noun or "States parties" printed in lower case ("the first to twentieth meetings of the States parties to
    // the Convention", A/RES/78/45 PP6) are capitalised in the name, as the edition's own name prints them)
    const noun = capitalised(m[3]!);
    const tail = printedTail.replace(STATES_PARTIES_LOWER, STATES_PARTIES);
    const kind = SITTING_KIND_OF_NOUN[noun]!;
    const firstName = `First ${noun} ${tail}`;
    const last = capitalised(m[2]!);
    for (let k = cands.length - 1; k >= 0; k--) {
      const c = cands[k]!;
      if (c.kind === 'Event' && c.start < end && c.end > start) cands.splice(k, 1);
    }
    const lastValue = ordinalValue(m[2]!);
    const pairs = lastValue === undefined ? undefined : (rangeVenueYears(text, end, lastValue) ?? rangeDays(text, end, lastValue));
    if (pairs === undefined) {
      cands.push(
        candidate('Event', firstName, rangedAttrs(kind, true), start, start + m[1]!.length, 'pattern'),
        candidate('Event', `${last} ${noun} ${tail}`, rangedAttrs(kind, true), lastAt, end, 'pattern'),
      );
    } else {
      // one venue and year (or days) for each sitting of the range, in order: every sitting is named, the first by "First", the
      // last by its words, each one between by its year or days in the list (a mention of its own, as a plural's later sitting
      // spans its days)
      for (let k = 0; k < pairs.length; k++) {
        const word = k === 0 ? 'First' : k === pairs.length - 1 ? last : capitalised(ordinalWord(k + 1)!);
        const [from, to] = k === 0 ? [start, start + m[1]!.length] : k === pairs.length - 1 ? [lastAt, end] : [pairs[k]!.yearAt, pairs[k]!.dateEnd ?? pairs[k]!.yearAt + 4];
        cands.push(candidate('Event', `${word} ${noun} ${tail}`, pairedAttrs(kind, pairs[k]!), from, to, 'pattern'));
      }
    }
    cands.sort((a, b) => a.start - b.start);
  }
}

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
/**
 * Step 4b'''(lowercase): "Takes note with appreciation of the seventh meeting of the States parties to the Convention, held in New
 * York on 12 June 2023" (A/RES/78/207 OP7): the numbered sitting the next year's text prints capitalised ("the Eighth Meeting of
 * the States Parties to the Convention", 80/201 OP7), named so (and qualified with its instrument as that one is). Missed before:
 * no sitting was read. Not an unnumbered "the meeting of the States parties" (any of them), nor plural meetings.
 */
function lowercasePartiesMeetings(text: string, cands: Candidate[]): void {
  ORDINAL_PARTIES_MEETING_RE.lastIndex = 0;
  for (let m = ORDINAL_PARTIES_MEETING_RE.exec(text); m; m = ORDINAL_PARTIES_MEETING_RE.exec(text)) {
    const words = m[2]!.split(' ');
    while (words.length > 1 && RANGE_TAIL_JOINERS.has(words[words.length - 1]!)) words.pop();
    const tail = words.join(' ');
    const start = m.index;
    const end = start + m[0].length - m[2]!.length + tail.length;
    if (cands.some((c) => c.kind === 'Event' && c.start < end && c.end > start)) continue;
    cands.push(candidate('Event', `${capitalised(m[1]!.toLowerCase())} Meeting of the ${STATES_PARTIES} to the ${tail}`, rangedAttrs('meeting', false), start, end, 'pattern'));
  }
  cands.sort((a, b) => a.start - b.start);
}
/**
 * ", on 21 November 2017, 29 November 2018, 1 November 2019 and 5 and 6 June 2022" after a range of sittings (A/RES/79/9 PP18):
 * the day or days of each sitting, in order, read from `from` (the range's end), with no venue; undefined unless there are
 * exactly `count`.
 */
function rangeDays(text: string, from: number, count: number): VenueYear[] | undefined {
  const m = RANGE_DAYS_AFTER_RE.exec(text.slice(from, from + 40 * count + 40));
  if (!m) return undefined;
  const listAt = from + m[0].length - m[1]!.length;
  const out: VenueYear[] = [];
  RANGE_DAYS_ITEM_RE.lastIndex = 0;
  for (let d = RANGE_DAYS_ITEM_RE.exec(m[1]!); d; d = RANGE_DAYS_ITEM_RE.exec(m[1]!)) {
    const range = parseDateRange(d[0]);
    if (range.start === undefined) return undefined;
    out.push({ venueAt: -1, year: range.start, yearAt: listAt + d.index, dateEnd: listAt + d.index + d[0].length, ...(range.end ? { endDate: range.end } : {}) });
  }
  return out.length === count ? out : undefined;
}
/**
 * "..., held in Maputo (1999), Geneva (2000), ..., Geneva (2008 and 2010), ..., The Hague (2021) and Geneva (2022 and 2023)"
 * after a range of sittings (A/RES/79/34 PP6, 80/35): the venue and year of each sitting of the range, in order, read from
 * `from` (the range's end); a venue printed once for the years of several. Undefined unless there are exactly `count`, the
 * last venue after "and" (a list cut short pairs none).
 */
function rangeVenueYears(text: string, from: number, count: number): VenueYear[] | undefined {
  const held = HELD_IN_AFTER_RE.exec(text.slice(from, from + 40));
  if (!held) return undefined;
  const out: VenueYear[] = [];
  VENUE_YEARS_ITEM_RE.lastIndex = from + held[0].length;
  let lastSep = '';
  for (let m = VENUE_YEARS_ITEM_RE.exec(text); m && out.length < count; m = VENUE_YEARS_ITEM_RE.exec(text)) {
    if ((m[1] === undefined) !== (out.length === 0)) break;
    lastSep = m[1] ?? '';
    const venueAt = m.index + m[0].indexOf(m[2]!, lastSep.length);
    const yearsAt = m.index + m[0].length - 1 - m[3]!.length;
    YEAR_RE.lastIndex = 0;
    for (let y = YEAR_RE.exec(m[3]!); y; y = YEAR_RE.exec(m[3]!)) out.push({ venueAt, year: y[0], yearAt: yearsAt + y.index });
  }
  return out.length === count && /\band\s+$/.test(lastSep) ? out : undefined;
}

const SPECIAL_SESSIONS_OF_CONFERENCE = 'Special Sessions of the Conference';
/**
 * "the Fourth and Fifth Special Sessions of the Conference of the States Parties to Review the Operation of the Chemical
 * Weapons Convention, held in The Hague in 2018 and 2023" (A/RES/80/34 PP8), read as "... Special Sessions of the Conference"
 * where "the Conference" was named before: the plural name goes on up to the instrument's (as specialSessionsToReview reads
 * one session's), so that each listed session is that treaty's review conference, not its special session "C-SS-4". The
 * names read inside it go, the instrument's aside. Returns `c`'s index after them.
 */
function specialSessionsToReviewListed(text: string, cands: Candidate[], c: Candidate, i: number): number {
  const f = cands.find((x) => x.kind === 'Framework' && x.start > c.end && x.start <= c.end + 60 && OF_PARTIES_TO_REVIEW_RE.test(text.slice(c.end, x.start)));
  if (!f) return i;
  c.name = `${c.name}${text.slice(c.end, f.start).replace(/\s+/g, ' ')}${f.name}`;
  c.end = f.end;
  for (let k = cands.length - 1; k >= 0; k--) {
    const x = cands[k]!;
    if (x === c || x === f || x.start < c.start || x.end > c.end) continue;
    cands.splice(k, 1);
    if (k < i) i--;
  }
  return i;
}

const DAY_AND_YEAR = 'Day and Year';
/** "International Day and Year of <subject>" (group 1: "International", 2: the subject) */
const DAY_AND_YEAR_RE = /^(International|World) Day and Year ((?:of|for|on) .+)$/;
/**
 * Step 4b'''': "the International Year of Camelids, the International Day and Year of Plant Health, the International Year of
 * Fruits and Vegetables" (A/RES/79/276 PP15, 78/168, 79/227, 80/157): two observances named at once, the International Day of
 * Plant Health and the International Year of Plant Health, one event each (was one "year" named "Day and Year").
 */
function dayAndYearOf(cands: Candidate[]): void {
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.kind !== 'Event') continue;
    const m = DAY_AND_YEAR_RE.exec(c.name);
    if (!m) continue;
    const dayEnd = c.start + m[1]!.length + 4;
    const yearAt = dayEnd + 5;
    cands.splice(
      i,
      1,
      candidate('Event', `${m[1]!} Day ${m[2]!}`, { eventKind: 'day' }, c.start, dayEnd, c.via),
      candidate('Event', `${m[1]!} Year ${m[2]!}`, { eventKind: 'year' }, yearAt, c.end, c.via),
    );
  }
}

/** A listed sitting's own venue and year, printed after the list (`venueAt`: where the venue starts, `yearAt`: the year). */
interface VenueYear {
  venueAt: number;
  year: string;
  yearAt: number;
  /** where the printed date ends, when it is more than the year ("23 September 2019": year is then the ISO day) */
  dateEnd?: number;
  /** the last day, when the printed date is a range ("12 and 13 April 2010") */
  endDate?: string;
}
/** The attributes of listed sittings each paired with a venue and year printed after the list (see venueYearPairs). */
const PAIRED_SITTINGS = new WeakMap<object, VenueYear>();
function pairedAttrs(kind: EventKindName, pair: VenueYear): Record<string, unknown> {
  const attrs = { eventKind: kind };
  PAIRED_SITTINGS.set(attrs, pair);
  return attrs;
}
/** "held in " after a listed sittings' name (group 0's end: the first venue) */
const HELD_IN_AFTER_RE = /^\d{0,2},?\s+held\s+in\s+/;
/** one venue and its year, from the list's separator on: ", Cartagena, Colombia (2009)", " and Oslo (2019)" (group 1: the
 *  separator and "the", 2: the venue, 3: the year) */
const VENUE_YEAR_RE = /(,\s+(?:and\s+)?|\s+and\s+)?(?:the\s+)?([A-Z][^;()\d]{0,60}?)\s+\(((?:19|20)\d{2})\)/y;
/**
 * "the First, Second, Third and Fourth Review Conferences of the States Parties to the Convention, held in Nairobi (2004),
 * Cartagena, Colombia (2009), Maputo (2014) and Oslo (2019)" (A/RES/79/34 PP6, 78/45, 80/35): one venue and year per listed
 * sitting, in order, read from `from` (the list's end); undefined unless there are exactly `count`, the last after "and".
 */
function venueYearPairs(text: string, from: number, count: number): VenueYear[] | undefined {
  const held = HELD_IN_AFTER_RE.exec(text.slice(from, from + 40));
  if (!held) return undefined;
  const out: VenueYear[] = [];
  VENUE_YEAR_RE.lastIndex = from + held[0].length;
  let lastSep = '';
  for (let m = VENUE_YEAR_RE.exec(text); m && out.length <= count; m = VENUE_YEAR_RE.exec(text)) {
    if ((m[1] === undefined) !== (out.length === 0)) break;
    lastSep = m[1] ?? '';
    out.push({ venueAt: m.index + m[0].indexOf(m[2]!, (m[1] ?? '').length), year: m[3]!, yearAt: m.index + m[0].length - 5 });
  }
  return out.length === count && /\band\s+$/.test(lastSep) ? out : undefined;
}

/** ", held in 2019 and 2023", ", held in The Hague in 2018 and 2023" after a listed sittings' name (group 1: the one venue
 *  of all, 2: the years); not a year of a longer date or a range */
const HELD_IN_YEARS_AFTER_RE = letterRe(String.raw`^\d{0,2},?\s+(?:which\s+were\s+)?held\s+in\s+(?:([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*){0,2})\s+in\s+)?((?:(?:19|20)\d{2},\s+)*(?:19|20)\d{2},?\s+and\s+(?:19|20)\d{2})(?![\d\u2013/-])`, 'u');
const YEAR_RE = /(?:19|20)\d{2}/g;
/** The year of each listed sitting, in order, from "held in <years>" after the list's end (`from`); undefined unless `count`. */
function heldInYears(text: string, from: number, count: number): VenueYear[] | undefined {
  const m = HELD_IN_YEARS_AFTER_RE.exec(text.slice(from, from + 120));
  if (!m) return undefined;
  const at = from + m.index + m[0].length - m[2]!.length;
  const venueAt = m[1] === undefined ? -1 : from + m[0].indexOf(m[1]);
  const out: VenueYear[] = [];
  YEAR_RE.lastIndex = 0;
  for (let y = YEAR_RE.exec(m[2]!); y; y = YEAR_RE.exec(m[2]!)) out.push({ venueAt, year: y[0], yearAt: at + y.index });
  return out.length === count ? out : undefined;
}

/** ", held in " after a listed sittings' name, its footnote mark before (the years and venues follow) */
const HELD_IN_AFTER_MARK_RE = /^\d{0,2},?\s+held\s+in\s+/;
/** one venue's years in that list: "2022 in Vienna", "in 2023 and 2025 in New York" (group 1: the years, 2: the venue) */
const YEARS_IN_VENUE_ITEM_RE = letterRe(String.raw`(?:in\s+)?((?:19|20)\d{2}(?:,?\s+and\s+(?:19|20)\d{2})?)\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})`, 'uy');
/** between two of them: ",11 and ", ", 11 and " (a venue's footnote mark after its comma), ", " */
const YEARS_IN_VENUE_SEP_RE = /,\s?\d{0,2}\s+(?:and\s+)?|\s+and\s+/y;
/**
 * "the first and second Meetings of States Parties to the Treaty on the Prohibition of Nuclear Weapons, held in 2022 in Vienna,11
 * and 2023 in New York,12" (A/RES/79/35 PP25), "..., held in 2022 in Vienna, 11 and in 2023 and 2025 in New York" (80/39): each
 * listed sitting's year and venue, in order, read from `from` (the list's end); undefined unless there are exactly `count`,
 * the last venue's after "and".
 */
function yearsInVenues(text: string, from: number, count: number): VenueYear[] | undefined {
  const held = HELD_IN_AFTER_MARK_RE.exec(text.slice(from, from + 40));
  if (!held) return undefined;
  const out: VenueYear[] = [];
  let at = from + held[0].length;
  let lastSep = '';
  for (;;) {
    YEARS_IN_VENUE_ITEM_RE.lastIndex = at;
    const m = YEARS_IN_VENUE_ITEM_RE.exec(text);
    if (!m) break;
    const yearsAt = m.index + m[0].indexOf(m[1]!);
    const venueAt = m.index + m[0].length - m[2]!.length;
    YEAR_RE.lastIndex = 0;
    for (let y = YEAR_RE.exec(m[1]!); y; y = YEAR_RE.exec(m[1]!)) out.push({ venueAt, year: y[0], yearAt: yearsAt + y.index });
    at = YEARS_IN_VENUE_ITEM_RE.lastIndex;
    if (out.length >= count) break;
    YEARS_IN_VENUE_SEP_RE.lastIndex = at;
    const sep = YEARS_IN_VENUE_SEP_RE.exec(text);
    if (!sep) break;
    lastSep = sep[0];
    at = YEARS_IN_VENUE_SEP_RE.lastIndex;
  }
  return out.length === count && /\band\s+$/.test(lastSep) ? out : undefined;
}

/** after a plural sitting's name: ", held [in <Venue> | at United Nations Headquarters] [on] <date>, [on] <date> and [on] <date>" (or "convened by <Agent>" in
 *  place of "held": "the Climate Summits convened by the Secretary-General on 23 September 2019 and on 24 September 2025",
 *  A/RES/80/137 PP25) (group 1: the venue, 2: the dates), or ", held in 2011, 2014 and 2018[ in <Venue>]" (group 3: the years, 4: the venue; each but the last may carry its footnote mark, spaced
 *  after its comma or glued on: "held in 2011, 1 20142 and 2018;3", A/RES/80/117 annex paragraph 1) */
const HELD_ON_DATES_AFTER_RE = letterRe(
  String.raw`^,?\s+(?:(?:held|convened\s+by\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:in\s+(?:the\s+)?([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*){0,2})\s+|at\s+United\s+Nations\s+Headquarters\s+)?((?:on\s+)?${DAY_MONTH_YEAR_SOURCE}(?:,\s+(?:on\s+)?${DAY_MONTH_YEAR_SOURCE})*,?\s+and\s+(?:on\s+)?${DAY_MONTH_YEAR_SOURCE})|(?:held\s+)?in\s+((?:(?:19|20)\d{2}(?:\d{1,2}|,\s?\d{1,2}(?= ))?,?\s+)*(?:19|20)\d{2}(?:\d{1,2}|,\s?\d{1,2}(?= ))?,?\s+and\s+(?:19|20)\d{2}))(?![\d–/-])(?:\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}))?`,
  'u',
);
const DAY_MONTH_YEAR_RE = new RegExp(DAY_MONTH_YEAR_SOURCE, 'g');
/**
 * "the high-level meetings on universal health coverage, held in New York on 23 September 2019 and 21 September 2023"
 * (A/RES/80/176 PP12), "held in 2011, 2014 and 2018" (A/RES/80/117): the venue and each date, in order, one per sitting,
 * read from `from` (the plural name's end); undefined unless the list names two sittings or more.
 */
function heldOnDates(text: string, from: number): VenueYear[] | undefined {
  const m = HELD_ON_DATES_AFTER_RE.exec(text.slice(from, from + 160));
  if (!m) return undefined;
  const listAt = from + m.index + m[0].indexOf(m[2] ?? m[3]!);
  // (the one venue of all after the years: "the Ministerial Conferences on Antimicrobial Resistance in 2014 and 2019 in the
  // Netherlands", A/RES/78/269 PP8; group 4)
  const venueAt = m[1] !== undefined ? from + m[0].indexOf(m[1]) : m[4] !== undefined ? from + m[0].lastIndexOf(m[4]) : -1;
  const out: VenueYear[] = [];
  if (m[3] !== undefined) {
    YEAR_RE.lastIndex = 0;
    for (let y = YEAR_RE.exec(m[3]); y; y = YEAR_RE.exec(m[3])) out.push({ venueAt, year: y[0], yearAt: listAt + y.index });
  } else {
    DAY_MONTH_YEAR_RE.lastIndex = 0;
    for (let d = DAY_MONTH_YEAR_RE.exec(m[2]!); d; d = DAY_MONTH_YEAR_RE.exec(m[2]!)) {
      const iso = parseSingleDate(d[0]);
      if (iso === undefined) return undefined;
      out.push({ venueAt, year: iso, yearAt: listAt + d.index, dateEnd: listAt + d.index + d[0].length });
    }
  }
  return out.length >= 2 ? out : undefined;
}

/** An ordinal word in either case ("Thirteenth", "ninth"), for regexes that must read capitals elsewhere case-sensitively. */
const ANY_CASE_ORDINAL_SOURCE = ORDINAL_SOURCE.replace(/(?<![\\a-z])([a-z])/g, (_, c: string) => `[${c}${c.toUpperCase()}]`);
/** Plural sitting nouns a list of ordinals or years may name: the plural and its singular. */
const LISTED_EDITION_NOUNS: readonly (readonly [string, string])[] = [
  ['Conferences', 'Conference'], ['Congresses', 'Congress'], ['Summits', 'Summit'], ['Forums', 'Forum'], ['Meetings', 'Meeting'],
];
/** a listed year, with the footnote mark a drafter put after it, spaced or glued ("the 2000 7 and the 2010 8 Review Conferences",
 *  A/RES/79/35 PP8, 78/42; "the 20007 and the 20108 Review Conferences", 80/39 PP11): the mark is no part of the year */
const LISTED_YEAR_SOURCE = String.raw`(?:19|20)\d\d(?:\s?\d{1,2}(?!\d))?`;
/** before a plural sitting noun: a list of ordinals or years and the name's capitalised words before the noun (group 1: the
 *  list; 2: the words) ("the" may open each item: "the 2000 and the 2010 Review Conferences") */
const LISTED_EDITIONS_BEFORE_RE = letterRe(
  `(?<![\\p{L}\\p{N}])((?:${ANY_CASE_ORDINAL_SOURCE}|${LISTED_YEAR_SOURCE})(?:,\\s+(?:the\\s+)?(?:${ANY_CASE_ORDINAL_SOURCE}|${LISTED_YEAR_SOURCE}))*,?\\s+and\\s+(?:the\\s+)?(?:${ANY_CASE_ORDINAL_SOURCE}|${LISTED_YEAR_SOURCE}))\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){0,6})$`,
  'u',
);
const LISTED_EDITION_RE = new RegExp(`${ANY_CASE_ORDINAL_SOURCE}|(?:19|20)\\d\\d`, 'g');
const DETERMINER_BEFORE_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(?:the|its|their)\s+$`, 'iu');
/** after a listed sittings' name, before the clause ends: a year */
const LISTED_DATES_AFTER_RE = /^[^;]*?(?<![\d/])(?:19|20)\d\d(?!\d)/;
/** after a plural sitting noun no candidate read: the name's words after it, "on" and capitalised words ("on Crime Prevention
 *  and Criminal Justice") */
const LISTED_EDITION_TAIL_RE = letterRe(String.raw`^\s+(?:on|of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:(?:\s+(?:and|of|the|on|for|in))*\s+\p{Lu}[\p{L}-]*)*`, 'u');
/** after the plural noun of a sitting of the parties to a treaty named next: "Meetings of States Parties to the Treaty ..." */
const OF_STATES_PARTIES_TO_AFTER_RE = /^ of (?:the )?States Parties to (?:the )?/;

/**
 * Step 4'. "the ninth and tenth Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons"
 * (A/RES/78/39), "the first and second Global Refugee Forums" (A/RES/79/156), "the Thirteenth and Fourteenth Congresses"
 * (A/RES/79/186 OP10), "the 1995, 2000 and 2010 Review Conferences": a list of ordinals or years before a plural sitting noun
 * names as many sittings, each keyed as its singular form is ("the tenth Review Conference of the Parties to ...", "the
 * Fourteenth Congress"), before the short forms are resolved. The earlier ones are named by their ordinals (or years) in the
 * text, the last from its ordinal to the end of the name. A series the gazetteer keeps as one node ("the first, second, third
 * and fourth Conferences on the Humanitarian Impact of Nuclear Weapons") stays one; capitalised ordinal lists with an "of"
 * or "on" tail are left to pluralOrdinalSittings.
 */
function listedEditions(text: string, patternCands: Candidate[], cands: Candidate[]): void {
  for (const [plural, singular] of LISTED_EDITION_NOUNS) {
    for (let at = text.indexOf(plural); at >= 0; at = text.indexOf(plural, at + plural.length)) {
      const end = at + plural.length;
      if (at < 8 || text.charCodeAt(at - 1) !== 32 || (end < text.length && isLetterOrNumberCode(text.charCodeAt(end)))) continue;
      const before = text.slice(Math.max(0, at - 200), at);
      // (cheap gate: a list's "and" comes within the name's few words before the noun)
      const and = before.lastIndexOf('and');
      const m = and < 0 || and < before.length - 90 ? null : LISTED_EDITIONS_BEFORE_RE.exec(before);
      if (!m) {
        pluralSittingsHeldIn(text, patternCands, cands, at, end, plural, singular);
        continue;
      }
      const listStart = at - m[0].length;
      // ("between 2019 and 2023 United Nations Conferences ...": years name the sittings only after "the", "its", "their")
      if (/\d/.test(m[1]!) && !DETERMINER_BEFORE_RE.test(text.slice(Math.max(0, listStart - 8), listStart))) continue;
      const words = m[2]!.replace(/\s+/g, ' ');
      // the candidate read over the plural noun, if any: its name gives the words after the noun
      let list = patternCands;
      let k = patternCands.findIndex((c) => c.kind === 'Event' && c.start <= at && c.end >= end);
      if (k < 0) {
        list = cands;
        k = cands.findIndex((c) => c.kind === 'Event' && c.start <= at && c.end >= end);
      }
      const cov = k >= 0 ? list[k]! : undefined;
      if (cov && (cov.attrs.series === true || cov.start < listStart)) continue;
      let tail = '';
      let nameEnd = end;
      if (cov) {
        const i = cov.name.indexOf(plural);
        if (i < 0) continue;
        if (cov.start === listStart && !/\d/.test(m[1]!)) {
          const p = PLURAL_ORDINAL_SITTINGS_RE.exec(cov.name);
          if (p && CAPITALISED_WORDS_RE.test(p[2]!)) continue;
        }
        tail = cov.name.slice(i + plural.length);
        nameEnd = cov.end;
      } else {
        const after = OF_STATES_PARTIES_TO_AFTER_RE.exec(text.slice(end, end + 40));
        const treaty = after ? [...patternCands, ...cands].find((c) => c.kind === 'Framework' && c.start === end + after[0].length) : undefined;
        if (treaty) {
          tail = ` of States Parties to the ${treaty.name}`;
          nameEnd = treaty.end;
        } else {
          // ("the Thirteenth and Fourteenth United Nations Congresses on Crime Prevention and Criminal Justice": no head read
          // the plural, so the name's capitalised words after it are taken as printed)
          const rest = LISTED_EDITION_TAIL_RE.exec(text.slice(end, end + 160));
          if (rest) {
            tail = rest[0].replace(/\s+/g, ' ');
            nameEnd = end + rest[0].length;
          }
        }
      }
      const eventKind = (cov?.via === 'pattern' ? cov.attrs.eventKind : undefined) ?? EVENT_HEADS.get(singular) ?? 'conference';
      // "..., held in 2019 and 2023", "held, respectively, in Berlin in May 2013 and in Kazan, ..., in July 2017": the years
      // and venues after the list are the sittings' in order, which the shared reading gets wrong; no sitting takes them (as
      // a range's ends take none: rangedAttrs)
      const dated = LISTED_DATES_AFTER_RE.test(text.slice(nameEnd, nameEnd + 120));
      const split: Candidate[] = [];
      LISTED_EDITION_RE.lastIndex = 0;
      let o: RegExpExecArray | null;
      const items: { w: string; at: number }[] = [];
      while ((o = LISTED_EDITION_RE.exec(m[1]!))) items.push({ w: o[0], at: listStart + o.index });
      // ("the first and second Global Refugee Forums, held in 2019 and 2023" (A/RES/79/156): one year each, in order)
      const pairs = dated ? (heldInYears(text, nameEnd, items.length) ?? venueYearPairs(text, nameEnd, items.length) ?? yearsInVenues(text, nameEnd, items.length)) : undefined;
      items.forEach((x, n) => {
        const last = n === items.length - 1;
        const numbered = `${x.w.charAt(0).toUpperCase()}${x.w.slice(1).toLowerCase()} ${words}${singular}${tail}`;
        // ("the first and second United Nations Conferences to Support ...": the known editions' names)
        const known = entryByName('Event', numbered) ?? (lookupName(numbered)?.kind === 'Event' ? lookupName(numbered) : undefined);
        split.push(
          known
            ? candidate('Event', entryRef(known).name, { ...entryRef(known).attrs }, x.at, last ? nameEnd : x.at + x.w.length, 'gazetteer', false, known)
            : candidate('Event', numbered, pairs !== undefined ? pairedAttrs(eventKind as EventKindName, pairs[n]!) : rangedAttrs(eventKind as EventKindName, dated), x.at, last ? nameEnd : x.at + x.w.length, 'pattern'),
        );
      });
      if (cov) list.splice(k, 1);
      patternCands.push(...split);
    }
  }
}

/** the words between two names that share a plural noun (ellipticalPairs' gate, with AND_ON) */
const AND_OF = ' and of ';
/** a known sitting or period by its full name */
function knownEventNamed(name: string): GazetteerEntry | undefined {
  const hit = entryByName('Event', name) ?? lookupName(name);
  return hit?.kind === 'Event' ? hit : undefined;
}
/**
 * Step 4'(pair). "the United Nations Conferences on Human Settlements (Habitat II) and on Housing and Sustainable Urban Development
 * (Habitat III)" (A/RES/79/214 PP1, the Habitat item's title), "the United Nations Decades of Ocean Science for Sustainable
 * Development and on Ecosystem Restoration (2021–2030)" (79/314 annex OP30): a plural noun two names share, one sitting or period
 * each, the head words repeated for the second ("United Nations Conference on Housing ..."). Only when both are known ones: the
 * plural read alone was one event no text names ("United Nations Conferences on Human Settlements"), or none.
 */
function ellipticalPairs(text: string, patternCands: Candidate[], cands: Candidate[]): void {
  for (const [plural, singular] of ELLIPTICAL_PLURAL_NOUNS) {
    for (let at = text.indexOf(plural); at >= 0; at = text.indexOf(plural, at + plural.length)) {
      const end = at + plural.length;
      const after = ELLIPTICAL_PAIR_AFTER_RE.exec(text.slice(end, end + 300));
      if (!after) continue;
      const head = ELLIPTICAL_HEAD_BEFORE_RE.exec(text.slice(Math.max(0, at - 60), at));
      if (!head) continue;
      const words = head[1]!.replace(/\s+/g, ' ');
      const first = knownEventNamed(`${words}${singular} ${after[1]} ${after[2]!.replace(/\s+/g, ' ')}`);
      const second = knownEventNamed(`${words}${singular} ${after[3]} ${after[4]!.replace(/\s+/g, ' ')}`);
      if (first === undefined || second === undefined || first === second) continue;
      const start = at - head[1]!.length;
      const firstEnd = end + after[0].indexOf(after[2]!) + after[2]!.length;
      const secondStart = end + after[0].lastIndexOf(` ${after[3]} `) + 1;
      const secondEnd = end + after[0].length;
      // the event read over the plural noun, if any, gives way to the two
      for (const list of [patternCands, cands]) {
        for (let k = list.length - 1; k >= 0; k--) {
          const c = list[k]!;
          if (c.kind === 'Event' && c.start < end && c.end > at) list.splice(k, 1);
        }
      }
      const a = entryRef(first);
      const b = entryRef(second);
      patternCands.push(
        candidate('Event', a.name, { ...a.attrs }, start, firstEnd, 'gazetteer', false, first),
        candidate('Event', b.name, { ...b.attrs }, secondStart, secondEnd, 'gazetteer', false, second),
      );
    }
  }
}

const REVIEW_CONFERENCE = 'Review Conference';
const TREATY_ON = 'Treaty on ';
/** a sitting's name that says what it is on, of or for (not a bare "Review Conference") */
const NAMED_SITTING_RE = / (?:on|of|for|to) /;
/**
 * "the three United Nations Conferences on the Exploration and Peaceful Uses of Outer Space, held in 1968, 1982 and 1999"
 * (A/RES/73/6 PP22), "the High-level United Nations Conferences on South-South Cooperation, held in 2009 and 2019"
 * (A/RES/79/226): a plural sitting name with no list before it and a list of years (or dates) after it is one sitting per
 * year, named as the singular is, each with its own year (as pluralMeetings reads "the high-level meetings on ..., held in
 * ..."). The earlier ones span their years, the last the name. Not a bare head ("the two previous Review Conferences held in
 * 2015 and 2022": which treaty's is not said), nor a series the gazetteer keeps as one node.
 */
function pluralSittingsHeldIn(text: string, patternCands: Candidate[], cands: Candidate[], at: number, end: number, plural: string, singular: string): void {
  // (cheap gate: " held " within the name's words after the noun, or " in " and the years: "the Ministerial Conferences on
  // Antimicrobial Resistance in 2014 and 2019 in the Netherlands", A/RES/78/269 PP8, 79/2 annex OP12)
  let held = text.indexOf(' held ', end);
  if (held > end + 160) held = -1;
  // ("the Climate Summits convened by the Secretary-General on ... and on ...", A/RES/80/137 PP25: the convener in place of "held")
  const convenedBy = text.startsWith(CONVENED_BY, end);
  if (held < 0 && !convenedBy && !IN_YEARS_AHEAD_RE.test(text.slice(end, end + 160))) return;
  let list = patternCands;
  let k = patternCands.findIndex((c) => c.kind === 'Event' && c.start <= at && c.end >= end);
  if (k < 0) {
    list = cands;
    k = cands.findIndex((c) => c.kind === 'Event' && c.start <= at && c.end >= end);
  }
  if (k < 0) {
    // (cheap gate: "held in" right after the noun; each sitting's venue and days follow)
    if (held === end || held === end + 1) {
      if (pluralSittingsInVenues(text, patternCands, cands, at, end, singular)) return;
    }
    knownPluralSittingsHeldIn(text, patternCands, at, end, singular, convenedBy);
    return;
  }
  const cov = list[k]!;
  if (cov.attrs.series === true || (held >= 0 && cov.end > held + 1)) return;
  const i = cov.name.indexOf(plural);
  if (i < 0) return;
  const name = `${cov.name.slice(0, i)}${singular}${cov.name.slice(i + plural.length)}`;
  // "overcoming the obstacles that prevented a substantive outcome in the two previous Review Conferences held in 2015 and 2022"
  // (A/RES/79/35 OP2, 78/42, 80/39): a treaty's conferences named by their years, as "the 2015 and 2022 Review Conferences" are
  // (the treaty named before in the paragraph says whose, YEAR_REVIEW_CONFERENCE_RE; with none, whose is not said)
  const byYear = name === REVIEW_CONFERENCE && cands.some((c) => c.kind === 'Framework' && c.end <= cov.start && c.name.startsWith(TREATY_ON));
  if (!byYear && !NAMED_SITTING_RE.test(name)) return;
  const dates = heldOnDates(text, cov.end);
  if (dates === undefined) return;
  if (byYear && dates.some((d) => d.year.length !== 4)) return;
  const eventKind = (cov.attrs.eventKind as EventKindName | undefined) ?? (EVENT_HEADS.get(singular) as EventKindName | undefined) ?? 'conference';
  list.splice(k, 1);
  dates.forEach((d, n) => {
    const last = n === dates.length - 1;
    patternCands.push(candidate('Event', byYear ? `${d.year} ${name}` : name, pairedAttrs(eventKind, d), last ? cov.start : d.yearAt, last ? cov.end : (d.dateEnd ?? d.yearAt + 4), 'pattern'));
  });
}

/**
 * "Taking note of the Sustainable Energy for All Forums held in Kigali, from 17 to 19 May 2022, and in Bridgetown, on 12 and 13
 * March 2025" (A/RES/80/131 PP17): a plural sitting no candidate read, with a venue and its days for each sitting after "held in",
 * is one sitting per item, named as the singular is ("Sustainable Energy for All Forum", as "to host the Sustainable Energy for All
 * Forum in 2027" is), each with its own venue and days (pairedAttrs). Each venue must be a place the scan read, the last item
 * after "and", the years all different (one sitting a year). The earlier ones span their days, the last the name.
 */
function pluralSittingsInVenues(text: string, patternCands: Candidate[], cands: readonly Candidate[], at: number, end: number, singular: string): boolean {
  const held = HELD_IN_VENUES_AFTER_RE.exec(text.slice(end, end + 12));
  if (!held) return false;
  const w = CONNECTED_CAPITALS_BEFORE_RE.exec(text.slice(Math.max(0, at - 100), at));
  if (!w) return false;
  const items: VenueYear[] = [];
  let pos = end + held[0].length;
  let sawAnd = false;
  for (;;) {
    VENUE_ON_DAYS_ITEM_RE.lastIndex = pos;
    const m = VENUE_ON_DAYS_ITEM_RE.exec(text);
    if (!m) return false;
    const venueAt = m.index + m[0].indexOf(m[1]!);
    if (!cands.some((p) => p.kind === 'Place' && p.start === venueAt)) return false;
    const range = parseDateRange(m[2]!);
    if (range.start === undefined || range.start.length !== 10) return false;
    const dateAt = m.index + m[0].length - m[2]!.length;
    items.push({ venueAt, year: range.start, yearAt: dateAt, dateEnd: dateAt + m[2]!.length, ...(range.end ? { endDate: range.end } : {}) });
    if (sawAnd) break;
    VENUE_ON_DAYS_SEP_RE.lastIndex = VENUE_ON_DAYS_ITEM_RE.lastIndex;
    const sep = VENUE_ON_DAYS_SEP_RE.exec(text);
    if (!sep) break;
    sawAnd = sep[1] !== undefined;
    pos = VENUE_ON_DAYS_SEP_RE.lastIndex;
  }
  if (items.length < 2 || !sawAnd || new Set(items.map((x) => x.year.slice(0, 4))).size !== items.length) return false;
  const name = `${w[1]!.replace(/\s+/g, ' ')}${singular}`;
  const nameAt = at - w[1]!.length;
  const eventKind = (EVENT_HEADS.get(singular) as EventKindName | undefined) ?? 'conference';
  items.forEach((d, n) => {
    const last = n === items.length - 1;
    patternCands.push(candidate('Event', name, pairedAttrs(eventKind, d), last ? nameAt : d.yearAt, last ? end : d.dateEnd!, 'pattern'));
  });
  return true;
}

/** " in 2014 and 2019", " in 2011, 2014 and 2018" ahead of a plural sitting noun */
const IN_YEARS_AHEAD_RE = /\sin\s+(?:19|20)\d\d(?:,\s+(?:19|20)\d\d)*,?\s+and\s+(?:19|20)\d\d(?![\d–/-])/;
/** before a plural sitting noun no candidate covers: the name's capitalised words (group 1) */
const CAPITALISED_WORDS_BEFORE_RE = letterRe(String.raw`(?<![\p{L}\p{N}-])((?:\p{Lu}[\p{L}-]*\s+){1,5})$`, 'u');
/**
 * "the political declarations of the Sustainable Development Goals Summits held in 2019 and 2023" (A/RES/80/5 annex OP8): the
 * plural of a sitting the gazetteer names ("Sustainable Development Goals Summit"), which no candidate read, with a list of years
 * (or dates) after it: one sitting of that name per year (keyed as "the 2023 Sustainable Development Goals Summit" is), as
 * pluralSittingsHeldIn reads a named plural. Not a sitting the gazetteer dates (a one-off).
 */
function knownPluralSittingsHeldIn(text: string, patternCands: Candidate[], at: number, end: number, singular: string, convenedBy: boolean): void {
  const w = CAPITALISED_WORDS_BEFORE_RE.exec(text.slice(Math.max(0, at - 80), at));
  if (!w) return;
  const words = w[1]!.replace(/\s+/g, ' ');
  if (convenedBy) {
    convenedPluralSittings(text, patternCands, at - w[1]!.length, end, `${words}${singular}`, singular);
    return;
  }
  // the longest run of the words before the noun that, with the singular, is a sitting the gazetteer knows
  let entry: GazetteerEntry | undefined;
  let wordsAt = -1;
  for (let i = 0; i >= 0 && i < words.length; i = words.indexOf(' ', i) + 1) {
    entry = entryByName('Event', `${words.slice(i)}${singular}`);
    if (entry) {
      wordsAt = at - w[1]!.length + i;
      break;
    }
  }
  // (a one-off sitting the gazetteer dates is no plural; a series keyed by its sittings' years is: "the 2023 Sustainable
  // Development Goals Summit" is "Sustainable Development Goals Summit @ 2023")
  if (!entry || entry.attrs?.startDate !== undefined) return;
  const dates = heldOnDates(text, end);
  if (dates === undefined) return;
  const ref = entryRef(entry);
  const eventKind = (ref.attrs.eventKind as EventKindName | undefined) ?? (EVENT_HEADS.get(singular) as EventKindName | undefined) ?? 'conference';
  dates.forEach((d, n) => {
    const last = n === dates.length - 1;
    patternCands.push(candidate('Event', ref.name, pairedAttrs(eventKind, d), last ? wordsAt : d.yearAt, last ? end : (d.dateEnd ?? d.yearAt + 4), 'pattern'));
  });
}

/** right after a plural sitting noun: its convener ("the Climate Summits convened by the Secretary-General on ...") */
const CONVENED_BY = ' convened by ';
/**
 * "Recalling the holding of the Climate Summits convened by the Secretary-General on 23 September 2019 and on 24 September 2025"
 * (A/RES/80/137 PP25): a plural sitting named by its capitalised words, which no candidate read, with its convener and a list of
 * dates after it, is one sitting per date, named as the singular is ("the Climate Summit convened by the Secretary-General on 24
 * September 2025" is "Climate Summit @ 2025"). The convener says these are sittings, so no "on"/"of" in the name is needed
 * (pluralSittingsHeldIn's NAMED_SITTING_RE). The earlier ones span their dates, the last the name.
 */
function convenedPluralSittings(text: string, patternCands: Candidate[], nameAt: number, end: number, name: string, singular: string): void {
  const dates = heldOnDates(text, end);
  if (dates === undefined || dates.some((d) => d.year.length !== 10)) return;
  const eventKind = (EVENT_HEADS.get(singular) as EventKindName | undefined) ?? 'conference';
  dates.forEach((d, n) => {
    const last = n === dates.length - 1;
    patternCands.push(candidate('Event', name, pairedAttrs(eventKind, d), last ? nameAt : d.yearAt, last ? end : (d.dateEnd ?? d.yearAt + 4), 'pattern'));
  });
}

/** one sitting's days and venue in a list after its name, from the separator on: ", on 26 and 27 March 2012 in Seoul", " and
 *  on 31 March and 1 April 2016 in " (group 1: the separator, 2: the days); the venue is the place read next */
const DAYS_IN_VENUE_RE = new RegExp(
  String.raw`(,\s+(?:and\s+)?|\s+and\s+|,?\s+(?:held\s+)?)(?:on|from)\s+((?:\d{1,2}(?:\s+[A-Z][a-z]+)?\s+(?:and|to)\s+)?${DAY_MONTH_YEAR_SOURCE})\s+in\s+`,
  'y',
);
/** the last item of such a list: " and on " (the gate: a rare substring) */
export const AND_ON = ' and on ';
/**
 * Step 4b'''''. "the holding of the Nuclear Security Summit on 12 and 13 April 2010 in Washington, D.C., on 26 and 27 March 2012
 * in Seoul, on 24 and 25 March 2014 in The Hague and on 31 March and 1 April 2016 in Washington, D.C." (A/RES/79/42 PP10, 78/43,
 * 80/41): a sitting named once with a list of days and venues is one sitting per item, each of its year with its own days and
 * venue (as listed editions are paired with theirs: pairedAttrs), not one dated by the first item. The name keeps the first
 * item; the others span their days. Only where each item has a venue read, the last after "and", and the years differ.
 */
function sittingsOnDaysInVenues(text: string, cands: Candidate[]): void {
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.kind !== 'Event' || c.attrs.series === true) continue;
    const items: { pair: VenueYear; sep: string }[] = [];
    DAYS_IN_VENUE_RE.lastIndex = c.end;
    for (let m = DAYS_IN_VENUE_RE.exec(text); m; m = DAYS_IN_VENUE_RE.exec(text)) {
      const at = DAYS_IN_VENUE_RE.lastIndex;
      const place = cands.find((p) => p.kind === 'Place' && p.start >= at && p.start <= at + 4);
      if (place === undefined || (place.start > at && !/^[Tt]he $/.test(text.slice(at, place.start)))) break;
      const range = parseDateRange(m[2]!);
      if (range.start === undefined || range.start.length !== 10) break;
      const dateAt = m.index + m[0].indexOf(m[2]!, m[1]!.length);
      items.push({ pair: { venueAt: place.start, year: range.start, yearAt: dateAt, dateEnd: dateAt + m[2]!.length, endDate: range.end }, sep: m[1]! });
      DAYS_IN_VENUE_RE.lastIndex = place.end;
    }
    if (items.length < 2 || /\band\s+$/.test(items[0]!.sep) || !/\band\s+$/.test(items[items.length - 1]!.sep)) continue;
    if (new Set(items.map((x) => x.pair.year.slice(0, 4))).size !== items.length) continue;
    const kind = (c.attrs.eventKind ?? 'conference') as EventKindName;
    const split = items.map(({ pair }, k) => (k === 0 ? candidate('Event', c.name, pairedAttrs(kind, pair), c.start, c.end, c.via) : candidate('Event', c.name, pairedAttrs(kind, pair), pair.yearAt, pair.dateEnd!, c.via)));
    cands.splice(i, 1, ...split);
  }
}

/** before a known series' plural name: its editions' ordinals listed ("first, second, third and "; group 0) */
const ORDINALS_LIST_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}])(?:${ANY_CASE_ORDINAL_SOURCE})(?:,\\s+(?:${ANY_CASE_ORDINAL_SOURCE}))*,?\\s+and\\s+(?:${ANY_CASE_ORDINAL_SOURCE})\\s+$`, 'u');
/** right after the series' name: ", convened by " (its States follow, each with its days: no venue) */
const CONVENED_BY_AFTER = ', convened by ';
/** one sitting's separator in the list after the series' name (group 1: the separator; 2: "in", the venue's); its days
 *  are read by ON_DAYS_RE. The venue, or the convening State, is the place read next; a country may follow a town. */
const LISTED_DAYS_RE = new RegExp(
  String.raw`(,\s+(?:and,?\s+)?(?:most\s+recently,\s+)?|\s+and\s+)(?:(in\s+)?(?=[A-Z])|(?=on\s))`,
  'y',
);
const ON_DAYS_RE = new RegExp(String.raw`,?\s+on\s+((?:\d{1,2}(?:\s+[A-Z][a-z]+)?\s+(?:and|to)\s+)?${DAY_MONTH_YEAR_SOURCE})`, 'y');
/** a town's capitalised name right before ", " (then its country) */
const TOWN_BEFORE_COMMA_RE = letterRe(String.raw`\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?(?=, )`, 'uy');
/** A town not read yet at `at`, named by its country read right after it ("Nayarit, Mexico"): its span. */
function townBeforeCountry(text: string, cands: readonly Candidate[], at: number): { start: number; end: number } | undefined {
  TOWN_BEFORE_COMMA_RE.lastIndex = at;
  const m = TOWN_BEFORE_COMMA_RE.exec(text);
  if (!m) return undefined;
  const end = at + m[0].length;
  return cands.some((x) => x.kind === 'Place' && x.start === end + 2) ? { start: at, end } : undefined;
}
const CAPITAL_ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];
/** The edition of a series the gazetteer names ("<Ordinal> <singular>") that began on `day`, if any. */
function knownEditionOn(singular: string, day: string): GazetteerEntry | undefined {
  for (const o of CAPITAL_ORDINALS) {
    const e = entryByName('Event', `${o} ${singular}`);
    if (e === undefined) return undefined;
    if (e.attrs?.startDate === day) return e;
  }
  return undefined;
}
/**
 * Step 4b''. "the first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons, in Oslo on 4
 * and 5 March 2013, in Nayarit, Mexico, on 13 and 14 February 2014, and in Vienna on 8 and 9 December 2014 and on 20 June 2022"
 * (A/RES/78/53 PP29, 79/50, 80/24), "the conferences on the humanitarian impact of nuclear weapons, convened by Norway, on 4 and
 * 5 March 2013, Mexico, on 13 and 14 February 2014, and Austria, on 8 and 9 December 2014, and, most recently, on 20 June 2022"
 * (A/RES/78/34 PP10, 78/240, 79/60): a series the gazetteer keeps as one node, named with each sitting's days, names its
 * sittings, one event each (the edition the gazetteer knows by that first day), with its own days and venue ("in <town>"; a
 * day with none printed is held where the one before it was), as sittingsOnDaysInVenues reads a summit's. The name (and the
 * ordinals before it) is the first's; the others span their days. Only where every day printed is a known edition's.
 */
function knownEditionsListed(text: string, cands: Candidate[]): void {
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.kind !== 'Event' || c.via !== 'gazetteer' || c.attrs.series !== true) continue;
    const head = c.name.split(HEAD_END_RE, 1)[0]!;
    if (!PLURAL_HEAD_RE.test(head)) continue;
    const singular = `${head.slice(0, -1)}${c.name.slice(head.length)}`;
    if (text.startsWith(MOST_RECENT_HELD_IN, c.end)) {
      const latest = latestEditionHeld(text, cands, c, singular);
      if (latest !== undefined) cands.splice(i + 1, 0, latest);
      continue;
    }
    const convened = text.startsWith(CONVENED_BY_AFTER, c.end);
    const items: { pair: VenueYear; entry: GazetteerEntry }[] = [];
    let at = c.end;
    let venueAt = -1;
    for (;;) {
      let p: number;
      let inVenue = false;
      if (convened && items.length === 0) p = c.end + CONVENED_BY_AFTER.length;
      else {
        LISTED_DAYS_RE.lastIndex = at;
        const m = LISTED_DAYS_RE.exec(text);
        if (!m) break;
        p = LISTED_DAYS_RE.lastIndex;
        inVenue = m[2] !== undefined;
      }
      // (a day with no venue or State before it: the one before it's)
      if (text.startsWith('on ', p)) p -= 1;
      else {
        // (the venue after "in", or the State that convened it, right there; a town's country after it)
        // (a town before its country may be read later: "in Nayarit, Mexico, on ...")
        const place = cands.find((x) => x.kind === 'Place' && x.start === p) ?? (inVenue ? townBeforeCountry(text, cands, p) : undefined);
        if (place === undefined || inVenue === convened) break;
        venueAt = convened ? -1 : place.start;
        p = place.end;
        const country = !convened && text.startsWith(', ', p) ? cands.find((x) => x.kind === 'Place' && x.start === p + 2) : undefined;
        if (country !== undefined) p = country.end;
      }
      ON_DAYS_RE.lastIndex = p;
      const d = ON_DAYS_RE.exec(text);
      if (!d) break;
      const range = parseDateRange(d[1]!);
      const entry = range.start === undefined ? undefined : knownEditionOn(singular, range.start);
      if (entry === undefined) break;
      const dateAt = ON_DAYS_RE.lastIndex - d[1]!.length;
      items.push({ pair: { venueAt, year: range.start!, yearAt: dateAt, dateEnd: ON_DAYS_RE.lastIndex, ...(range.end ? { endDate: range.end } : {}) }, entry });
      at = ON_DAYS_RE.lastIndex;
    }
    if (items.length < 2) continue;
    const list = ORDINALS_LIST_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 80), c.start));
    const start = list ? c.start - list[0].length : c.start;
    const kind = (c.attrs.eventKind ?? 'conference') as EventKindName;
    const split = items.map(({ pair, entry }, k) =>
      candidate('Event', entry.name, pairedAttrs(kind, pair), k === 0 ? start : pair.yearAt, k === 0 ? c.end : pair.dateEnd!, 'pattern'),
    );
    cands.splice(i, 1, ...split);
  }
}

const MOST_RECENT_HELD_IN = ', the most recent of which was held in ';
/**
 * "including in the Conferences on the Humanitarian Impact of Nuclear Weapons, the most recent of which was held in Vienna on 20
 * June 2022" (A/RES/79/35 PP16, 78/42, 80/39): the series stays named, and the sitting its venue and days name is the edition
 * the gazetteer knows by that first day, spanning its days, held there. Undefined unless the day is a known edition's.
 */
function latestEditionHeld(text: string, cands: Candidate[], series: Candidate, singular: string): Candidate | undefined {
  const venueAt = series.end + MOST_RECENT_HELD_IN.length;
  const place = cands.find((x) => x.kind === 'Place' && x.start === venueAt);
  if (place === undefined) return undefined;
  ON_DAYS_RE.lastIndex = place.end;
  const d = ON_DAYS_RE.exec(text);
  const range = d ? parseDateRange(d[1]!) : undefined;
  const entry = range?.start === undefined ? undefined : knownEditionOn(singular, range.start);
  if (d === null || range?.start === undefined || entry === undefined) return undefined;
  const dateAt = ON_DAYS_RE.lastIndex - d[1]!.length;
  const pair: VenueYear = { venueAt, year: range.start, yearAt: dateAt, dateEnd: ON_DAYS_RE.lastIndex, ...(range.end ? { endDate: range.end } : {}) };
  return candidate('Event', entry.name, pairedAttrs((series.attrs.eventKind ?? 'conference') as EventKindName, pair), dateAt, ON_DAYS_RE.lastIndex, 'pattern');
}

/** a body's officials who meet apart from its members (the gate: a rare substring) */
export const OF_SENIOR_OFFICIALS_OF_THE = ' of senior officials of the ';
/** before it: "the fourth annual meeting" (group 1: the ordinal) */
const OFFICIALS_MEETING_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}-])(${ORDINAL_SOURCE})(?:\\s+annual)?\\s+meeting$`, 'u');
/**
 * Step 4b''''''. "the successful organization of the fourth annual meeting of senior officials of the Interregional Coordination
 * Centre for Maritime Safety and Security in the Gulf of Guinea on 18 April 2024" (A/RES/79/68 PP16, 80/63): a numbered meeting
 * of a body's officials is a sitting of that body, named as printed ("annual" left out, as sessionsOfBodies keys "the eighteenth
 * annual meeting of the Internet Governance Forum"); it was no sitting, and the day went nowhere.
 */
function officialsMeetingsOfBodies(text: string, cands: Candidate[]): void {
  for (let at = text.indexOf(OF_SENIOR_OFFICIALS_OF_THE); at >= 0; at = text.indexOf(OF_SENIOR_OFFICIALS_OF_THE, at + 1)) {
    const m = OFFICIALS_MEETING_BEFORE_RE.exec(text.slice(Math.max(0, at - 50), at));
    const body = m ? cands.find((c) => c.kind === 'Organization' && c.start === at + OF_SENIOR_OFFICIALS_OF_THE.length) : undefined;
    if (!m || body === undefined) continue;
    const start = at - m[0].length;
    if (cands.some((c) => c.kind === 'Event' && c.start < at && c.end > start)) continue;
    cands.push(candidate('Event', `${m[1]!.toLowerCase()} meeting of senior officials of the ${body.name}`, { eventKind: 'meeting' }, start, body.end, 'pattern'));
  }
}

/**
 * Step 4b''''''(ministers). "the joint communiqué of the fifty-sixth meeting of the Ministers for Foreign Affairs of the Association
 * of Southeast Asian Nations, held in Jakarta on 11 and 12 July 2023" (A/RES/78/39 PP13; the fifty-eighth in 80/47 PP14): a numbered
 * meeting of a body's ministers is a sitting of that body, named as printed, as officialsMeetingsOfBodies reads its officials'
 * meetings; the body alone was read, and the clause's verb went to it.
 */
function ministersMeetingsOfBodies(text: string, cands: Candidate[]): void {
  for (let at = text.indexOf(MEETING_OF_THE_MINISTERS); at >= 0; at = text.indexOf(MEETING_OF_THE_MINISTERS, at + 1)) {
    const m = MINISTERS_MEETING_ORDINAL_BEFORE_RE.exec(text.slice(Math.max(0, at - 40), at));
    const after = at + MEETING_OF_THE_MINISTERS.length;
    const p = m ? MINISTERS_PORTFOLIO_AFTER_RE.exec(text.slice(after, after + 80)) : null;
    const body = p ? cands.find((c) => c.kind === 'Organization' && c.start === after + p[0].length) : undefined;
    if (!m || !p || body === undefined) continue;
    const start = at - m[0].length;
    if (cands.some((c) => c.kind === 'Event' && c.start < body.end && c.end > start)) continue;
    const portfolio = p[1]!.replace(/\s+/g, ' ');
    cands.push(candidate('Event', `${m[1]!.toLowerCase()} meeting of the Ministers ${portfolio} of the ${body.name}`, { eventKind: 'meeting' }, start, body.end, 'pattern'));
  }
}

/** A body named by its bare head right before "at its" and the ordinals listed before the last ("submitted to the Council at
 *  its fiftieth 33 and "): group 1 the head. */
const BARE_BODY_BEFORE_ITS_RE = /\bthe\s+(Council|Commission|Committee|Conference|Board)\s+(?:at|during|in)\s+its\s+(?:[a-z-]+\s?\d{0,3}(?:,\s+(?:and\s+)?|\s+and\s+))*$/;
/**
 * "the reports of the Special Rapporteur ... submitted to the Council at its fiftieth 33 and fifty-third34 sessions and to
 * the General Assembly at its ..." (A/RES/78/180 OP4, in a General Assembly text): "its" is that council's, which the scan
 * did not name; not the citing body's unless its name ends with the head ("the Council" in a Council's text).
 */
function anotherBodyRightBefore(text: string, at: number, ctx: RecognizeContext): boolean {
  const b = at >= 16 ? BARE_BODY_BEFORE_ITS_RE.exec(text.slice(Math.max(0, at - 80), at)) : null;
  return b !== null && !(ctx.body ?? '').endsWith(b[1]!);
}

/**
 * Between two sessions of one body joined before their one date: "held its organizational session and its first substantive
 * session in 2021" (A/RES/80/16 PP1, 79/237 PP1): the year printed after the second is both sessions' (sharedByList, which
 * keeps a date the first was printed with).
 */
const SESSION_AND_ITS = 'session and its ';
/** An ordinal listed before another: "forty-eighth, " / "seventh and " (group 1). */
const LISTED_ORDINAL_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}])(${ORDINAL_SOURCE})(?:,\\s+(?:and\\s+)?|\\s+and\\s+)$`, 'iu');

/** An ordinal listed before another in a plural sitting noun's list, also as a range's first ("sixty-fourth to " before
 *  "seventy-ninth sessions", A/RES/79/127 PP3) or with a footnote mark after it ("seventy-seventh35 and " before
 *  "seventy-eighth sessions", A/RES/78/180 OP4; a word ordinal never takes a number otherwise) or after its comma ("the
 *  declarations adopted at its forty-ninth,1 fifty-fourth,2 fifty-ninth3 and sixty-fourth sessions,4" of the Commission on
 *  the Status of Women, A/RES/79/223 PP1), or "and the" ("the fifty-second
 *  and the fifty-third sessions of the Committee on World Food Security", A/RES/80/157 PP17) (group 1). */
const LISTED_SITTING_ORDINAL_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}])(${ORDINAL_SOURCE})(?:(?<=[a-z])\\s?\\d{1,3})?(?:,\\d{0,3}\\s+(?:and\\s+)?|\\s+(?:and(?:\\s+the)?|to)\\s+)$`, 'iu');

/** "its sixty-first2 and previous " before "sessions": its, the ordinal (a footnote mark may follow it), no qualifier. */
const PREVIOUS_SESSIONS_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}])(?:(its|their)\\s+)(${ORDINAL_SOURCE})(?:(?<=[a-z])\\s?\\d{1,3})?\\s+and\\s+previous()\\s+$`, 'iu');

/** The attributes of sittings named as a range's ends, which take no venue or dates (see rangedAttrs). */
const RANGED_SITTINGS = new WeakSet<object>();
function rangedAttrs(kind: EventKindName, ranged: boolean): Record<string, unknown> {
  const attrs = { eventKind: kind };
  if (ranged) RANGED_SITTINGS.add(attrs);
  return attrs;
}

/** Where a list of ordinals ending at `at` starts ("fourth, fifth and " before "sixth"); `at` when none is printed before it. */
function listedOrdinalsStart(text: string, at: number): number {
  let k = at;
  for (;;) {
    const prev = LISTED_SITTING_ORDINAL_BEFORE_RE.exec(text.slice(Math.max(0, k - 40), k));
    if (!prev) break;
    k -= prev[0].length;
  }
  return k;
}
/** "its" before a list of ordinals ending at `at` ("its fourth, fifth and " before "sixth"), or undefined. */
function itsBeforeListedOrdinals(text: string, at: number): string | undefined {
  const k = listedOrdinalsStart(text, at);
  return k < at && ITS_BEFORE_RE.test(text.slice(Math.max(0, k - 14), k)) ? 'its' : undefined;
}
// ("the United Nations Environment Assembly at its resumed fifth and sixth sessions", A/RES/79/204 PP31: its fifth session,
// as "its resumed fifth session" is read)
const ITS_BEFORE_RE = letterRe(String.raw`(?<![\p{L}\p{N}])its\s+(?:resumed\s+)?$`, 'u');
/** The Organization printed right before "at the" + a list of ordinals ending at `at` ("the Assembly of States Parties at the fourteenth, and sixteenth and " before "eighteenth"). */
function bodyBeforeListedSittings(text: string, cands: readonly Candidate[], at: number): Candidate | undefined {
  let k = at;
  for (;;) {
    const prev = LISTED_SITTING_ORDINAL_BEFORE_RE.exec(text.slice(Math.max(0, k - 40), k));
    if (!prev) break;
    k -= prev[0].length;
  }
  const body = k < at && text.startsWith('the ', k - 4) ? orgRightBefore(text, cands, k - 4) : undefined;
  // ("the Chair’s summary of the deliberations in the working group at the seventy-eighth and seventy-ninth sessions", A/RES/79/128
  // OP2: a working group of the Sixth Committee meets during the Assembly's sessions, it holds none of its own)
  return body?.name === SIXTH_COMMITTEE_WORKING_GROUP ? undefined : body;
}
/** a lower-case word after "its <ordinal> session of (the)": not the name of a body */
const OF_LOWERCASE_AFTER_RE = /^[a-z]/;
/** Conferences that are standing bodies meeting in numbered sessions, though keyed as Events */
// (and the Human Rights Council's standing forums, keyed as Events, which hold numbered sessions: "the recommendations
// of the Forum on Minority Issues at its fourteenth session", A/RES/78/211 PP8: the Forum's, not the Council's)
// (and a regional community's summit: "the Conference of Heads of State and Government of the Economic Community of Central
// African States at its twenty-second session, held on 25 February 2023 in Kinshasa; at its twenty-third session, ...",
// A/RES/79/68 PP20, 78/59, 80/63: one session each, with its own date and venue, not one conference dated by the first)
// (and the FAO's governing Conference: "adopted by the Conference of the Food and Agriculture Organization of the United Nations at
// its forty-third session", A/RES/78/123 PP3, 80/174 PP4: the Conference's session, not the last sitting body's)
const STANDING_CONFERENCE_RE = /^(?:Conference of the (?:States )?Parties\b|International Labour Conference$|General Conference\b|Meeting of (?:the )?States Parties\b|Assembly of States Parties\b|Forum on (?:Minority Issues|Business and Human Rights)$|Social Forum$|Conference of Heads of State and Government of |Conference of the Food and Agriculture Organization of the United Nations$)/;

/** ", at " or ": during " right before "its": the sitting opens the clause, its body may be named after it. */
const CLAUSE_OPENS_BEFORE_ITS_RE = /[,;:]\s*(?:at|during|in)\s+$/;
/** An officer named after the body presided: "President of the General Assembly", "Chair of the Commission ...". */
const OFFICER_OF_RE = /^(?:President|Vice-President|Chair|Chairperson|Chairman|Chairwoman)\s+of\s+the\s+(.+)$/;

/** "the General Assembly at its": an Organization named `name` printed just before "at" + "its ..." at `at`. */
const AT_GAP_RE = /^\s+at\s+$/;
function namedRightBefore(text: string, cands: readonly Candidate[], at: number, name: string): boolean {
  for (const c of cands) if (c.kind === 'Organization' && c.name === name && c.end < at && c.end >= at - 8 && AT_GAP_RE.test(text.slice(c.end, at))) return true;
  return false;
}

/** " of the " between a General Assembly and the body it belongs to */
const ASSEMBLY_OF_GAP_RE = /^\s+of\s+(?:the\s+)?/;
/** between a body and its parent: " of the ", " of " */
const OF_PARENT_GAP_RE = /^\s+of\s+(?:the\s+)?$/;
/**
 * The body printed right before "of (the) <parent>" when the parent is the last sitting body named before "its <ordinal>
 * session" ("the Intergovernmental Group of Experts on Financing for Development of the United Nations Conference on Trade
 * and Development"): an Organization other than the General Assembly (whose "of another" is assemblyOfAnother's).
 */
function headOfParent(text: string, before: readonly Candidate[], parent: Candidate): Candidate | undefined {
  if (before.length < 2 || parent.start < 5 || text.charCodeAt(parent.start - 1) !== 32) return undefined;
  const head = before[before.length - 2]!;
  if (head.kind !== 'Organization' || head.name === 'General Assembly' || head.end > parent.start || parent.start - head.end > 9) return undefined;
  return OF_PARENT_GAP_RE.test(text.slice(head.end, parent.start)) ? head : undefined;
}

/**
 * The body other than the United Nations whose General Assembly `c` is, printed right after it ("the General Assembly of
 * the World Tourism Organization", "... of the Organization of American States"): its sessions are that body's, not the
 * United Nations General Assembly's sessions of the same number.
 */
function assemblyOfAnother(text: string, cands: readonly Candidate[], c: Candidate): Candidate | undefined {
  if (c.kind !== 'Organization' || c.name !== 'General Assembly' || text.charCodeAt(c.end + 1) !== 111 /* o */) return undefined;
  const gap = ASSEMBLY_OF_GAP_RE.exec(text.slice(c.end, c.end + 12));
  if (!gap) return undefined;
  const at = c.end + gap[0].length;
  return cands.find((x) => x.start === at && x.kind === 'Organization' && x.name !== 'United Nations' && x.name !== 'General Assembly');
}

/** before the Assembly that did an act named as a noun: "the establishment by the ", "the adoption by the ", "the convening by " */
const ACT_BY_BEFORE_RE = /\b[a-z]+(?:ion|ment|al|ing)\s+by\s+(?:the\s+)?$/;
/**
 * Drops "General Assembly" where "of (the)" and another body's name follow it (an Organization or Initiative other than the
 * United Nations), unless it did an act named as a noun, whose object follows: "the establishment by the General Assembly
 * of the United Nations Regional Centre for Peace and Disarmament in Africa" (A/RES/78/60 PP5).
 */
function dropAssembliesOfOthers(text: string, kept: Candidate[]): void {
  for (let i = kept.length - 1; i >= 0; i--) {
    const c = kept[i]!;
    // (guarded read: an Assembly that ends the text was an out-of-bounds access, a deopt of this function)
    if (c.kind !== 'Organization' || c.name !== 'General Assembly' || c.end + 1 >= text.length || text.charCodeAt(c.end + 1) !== 111 /* o */ || c.acronym) continue;
    const gap = ASSEMBLY_OF_GAP_RE.exec(text.slice(c.end, c.end + 12));
    if (!gap) continue;
    const at = c.end + gap[0].length;
    if (!kept.some((x) => x.start === at && (x.kind === 'Organization' || x.kind === 'Initiative') && x.name !== 'United Nations' && x.name !== 'General Assembly')) continue;
    if (!ACT_BY_BEFORE_RE.test(text.slice(Math.max(0, c.start - 30), c.start))) kept.splice(i, 1);
  }
}

/**
 * The Organization printed just before "at" + "its ..." at `at` ("the International Atomic Energy Agency at its"), or
 * after its own plenary organ ("the General Conference of the United Nations Educational, Scientific and Cultural
 * Organization at its", "the General Assembly of the Organization of American States at its"); not one printed as the
 * parent of another body ("the Intergovernmental Oceanographic Commission of the United Nations Educational, ...",
 * "the Industrial Development Board of the United Nations Industrial Development Organization at its": the Board's).
 */
const OF_BEFORE_RE = /[A-Za-z]\s+of\s+(?:the\s+)?$/;
const ORGAN_OF_BEFORE_RE = /\bGeneral\s+(?:Conference|Assembly)\s+of\s+(?:the\s+)?$/;
function orgRightBefore(text: string, cands: readonly Candidate[], at: number): Candidate | undefined {
  for (const c of cands) {
    if (c.kind !== 'Organization' || c.end >= at || c.end < at - 8 || !AT_GAP_RE.test(text.slice(c.end, at))) continue;
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    return !OF_BEFORE_RE.test(before) || ORGAN_OF_BEFORE_RE.test(before) ? c : undefined;
  }
  return undefined;
}

/**
 * A standing conference (an Event candidate the scan read without a date of its own) printed just before "at" + "its ..." at `at`:
 * "the adoption by the Islamic Summit Conference at its thirteenth session, held in Istanbul, ..." (A/RES/79/9 PP4) is that
 * conference's session, as "the International Atomic Energy Agency at its" is the Agency's (orgRightBefore).
 */
function standingConferenceRightBefore(text: string, cands: readonly Candidate[], at: number): Candidate | undefined {
  for (const c of cands) {
    if (c.kind !== 'Event' || c.end >= at || c.end < at - 8 || !AT_GAP_RE.test(text.slice(c.end, at))) continue;
    return STANDING_CONFERENCE_NAME_RE.test(c.name) ? c : undefined;
  }
  return undefined;
}

/**
 * The body a lowercase subject names by its head right before "its" at `at` ("the committee held ... its fifth session"): the
 * last of `before` (the sitting bodies named earlier, in text order) whose name has that head, capitalised.
 */
function bodyHoldingItsSitting(text: string, before: readonly Candidate[], at: number): Candidate | undefined {
  // (a window of 70 characters: a plain search, the trigram filter is for whole paragraphs)
  const window = text.slice(Math.max(0, at - 70), at);
  if (!window.includes(HELD_GATE)) return undefined;
  const m = LOWERCASE_BODY_HOLDS_ITS_RE.exec(window);
  if (!m) return undefined;
  // ("working group" -> "Working Group": each word capitalised, as the name prints it)
  const head = m[1]!.split(/\s+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  for (let i = before.length - 1; i >= 0; i--) if (before[i]!.kind === 'Organization' && before[i]!.name.includes(head)) return before[i];
  return undefined;
}

/** The Organization or Initiative printed right before " and its" at `at` - 5 ("the Global Alliance ... and its first meeting"). */
const AND_ITS_GAP = ' and ';
function namedRightBeforeAndIts(text: string, cands: readonly Candidate[], at: number): Candidate | undefined {
  if (!text.startsWith(AND_ITS_GAP, at - 5) || !text.startsWith('its', at)) return undefined;
  for (const c of cands) if (c.end === at - 5 && (c.kind === 'Organization' || c.kind === 'Initiative') && c.name !== 'United Nations') return c;
  return undefined;
}

/** "as the " before an ordinal: a predicate ("..., as the first session of the Conference of the Parties held in a ...") */
const AS_THE_BEFORE_RE = /\bas\s+the\s+$/;
/** " held in a landlocked developing country", " ever held in an African country": where, as a kind of place */
const HELD_IN_A_KIND_AFTER_RE = /^,?\s+(?:ever\s+)?(?:to\s+be\s+)?(?:held|convened|hosted|organized)\s+(?:in|on)\s+(?:a|an)\s+[a-z]/;
/** kinds an instrument's title is read as */
// (not a report series, an Initiative: "the Global Assessment Report on Disaster Risk Reduction: Special Report on Drought 2021"
// (A/RES/78/162 PP6, 80/149) is a report of the series, which stays the series' node with the report beside it)
const TITLED_KINDS: ReadonlySet<NamedKind> = new Set<NamedKind>(['Framework']);
/** what may follow a subtitle: a footnote mark, a comma, a full stop, a bracket, "and", "adopted", "prepared" ... or the end */
const SUBTITLE_END_RE = /^(?:\d{1,3}\b|\s*[,;.(]|\s+(?:and|adopted|prepared|published|launched|issued|which|as|in|of|by)\s|\s*$)/;

/**
 * Step 4a'': "noting the Landscape Fire Governance Framework and the Integrated Fire Management Voluntary Guidelines:
 * Principles and Strategic Actions,22" (A/RES/80/137 PP41), "namely, the Seoul Agenda: Goals for the Development of Arts
 * Education" (A/RES/78/161): a title printed with its subtitle after a colon is one name, not two. A name read from the
 * words (a pattern) takes the subtitle into its name; a name the gazetteer knows keeps its name and covers the subtitle.
 * Only a subtitle read as a pattern name starting right after ": " and ending the phrase (not a list after a colon).
 */
function subtitledTitles(text: string, cands: Candidate[]): void {
  for (let i = cands.length - 1; i >= 0; i--) {
    const sub = cands[i]!;
    if (sub.via === 'pattern' && sub.kind === 'Initiative' && sub.start >= 6 && publicationUnderTitle(text, cands, sub)) {
      cands.splice(i, 1);
      continue;
    }
    if (sub.via !== 'pattern' || sub.start < 4 || text.charCodeAt(sub.start - 2) !== 58 /* : */ || text.charCodeAt(sub.start - 1) !== 32) continue;
    const title = cands.find((c) => c.end === sub.start - 2 && TITLED_KINDS.has(c.kind) && (c.via === 'pattern' || c.via === 'gazetteer'));
    if (title === undefined || !SUBTITLE_END_RE.test(text.slice(sub.end, sub.end + 12))) continue;
    if (title.via === 'pattern') title.name = `${title.name}: ${sub.name}`;
    title.end = sub.end;
    cands.splice(i, 1);
  }
}

/** a publication's head noun (as initiatives.patterns.ts reads it) */
const PUBLICATION_HEAD_RE = letterRe(String.raw`^(?:[A-Z][\p{L}-]* )*?(?:Handbook|Manual|Toolkit|Compendium|Yearbook)\b`, 'u');
/** capitalised words (small lowercase words between them) after "the", up to a colon: a publication's main title */
const TITLE_BEFORE_COLON_RE = letterRe(String.raw`\bthe ([A-Z][\p{L}’'-]*(?: (?:(?:and|in|of|for|on|to|the) )*[A-Z][\p{L}’'-]*)*)$`, 'u');
/** between a main title and its subtitle: the colon, and an article the subtitle may open with */
const TITLE_COLON_GAP_RE = /^: (?:(?:A|An|The) )?$/;
/**
 * "1 Assembly for Peace: A Digital Handbook on the UN General Assembly’s Past Practice on Peace and Security." (A/RES/79/327
 * OP12, footnote 1): a publication printed after its main title and a colon is one publication, named as printed; the main
 * title is no body of its own, whatever its head ("Assembly"). Only a pattern name right before the colon; true when the
 * subtitle was taken into it (the caller drops the subtitle's own candidate).
 */
function publicationUnderTitle(text: string, cands: Candidate[], sub: Candidate): boolean {
  if (!PUBLICATION_HEAD_RE.test(sub.name)) return false;
  const colon = text.lastIndexOf(': ', sub.start);
  if (colon < 0 || sub.start - colon > 6 || !TITLE_COLON_GAP_RE.test(text.slice(colon, sub.start))) return false;
  const title = cands.find((c) => c.end === colon && c.via === 'pattern' && c.kind === 'Organization');
  if (!SUBTITLE_END_RE.test(text.slice(sub.end, sub.end + 12))) return false;
  if (title === undefined) {
    // a main title with no head of its own ("the Asset Tracing and Recovery in Insolvency Proceedings: UNCITRAL Toolkit and
    // Background Notes", A/RES/80/161 OP2 (b)): the publication's name starts with it; the subtitle's candidate stays, longer
    const main = TITLE_BEFORE_COLON_RE.exec(text.slice(Math.max(0, colon - 160), colon));
    if (main !== null && !cands.some((c) => c.end > colon - main[1]!.length && c.start < colon)) {
      sub.start = colon - main[1]!.length;
      sub.name = normaliseName(text.slice(sub.start, sub.end));
    }
    return false;
  }
  title.kind = 'Initiative';
  title.name = normaliseName(text.slice(title.start, sub.end));
  title.attrs = {};
  title.end = sub.end;
  return true;
}

function sessionsOfBodies(text: string, cands: Candidate[], ctx: RecognizeContext, out: Candidate[], pending: readonly Candidate[]): void {
  let m: RegExpExecArray | null;
  SESSION_NOUN_SCAN.lastIndex = 0;
  let n: RegExpExecArray | null;
  while ((n = SESSION_NOUN_SCAN.exec(text))) {
    // anchor on the noun, then read the ordinal backwards (cheaper than an unanchored regex)
    const from = Math.max(0, n.index - 70);
    let back = SESSION_BEFORE_RE.exec(text.slice(from, n.index));
    // "adopted by the Commission on Human Rights at its sixty-first2 and previous sessions" (A/RES/79/164 PP5): the one
    // session it names
    let previous = false;
    if (!back && text.startsWith('previous ', n.index - 9)) {
      back = PREVIOUS_SESSIONS_BEFORE_RE.exec(text.slice(from, n.index));
      previous = true;
    }
    // "the open-ended working group ... held its organizational session and its first substantive session in 2021" (A/RES/80/16
    // PP1): a body's one organizational session, named and owned as its numbered ones are (the word stands for the ordinal)
    if (!back && n.index >= 15 && text.startsWith(ORGANIZATIONAL_SESSION, n.index - 15)) back = ORGANIZATIONAL_BEFORE_RE.exec(text.slice(from, n.index));
    if (!back) continue;
    // "its second and third substantive sessions", "its fourth, fifth and sixth sessions": "its" before the first of
    // the listed ordinals (A/RES/80/16 PP1); read only for a plural noun with no "of" after it
    const its = back[1] ?? (text.charCodeAt(n.index + n[1]!.length) === 115 /* s */ && !n[0].endsWith(' ') ? itsBeforeListedOrdinals(text, from + back.index) : undefined);
    const ordinal = back[2];
    const qualifier = back[3];
    const noun = n[1];
    const whole = text.slice(from + back.index, n.index + n[0].length);
    m = Object.assign([whole], { index: from + back.index, input: text, groups: undefined }) as RegExpExecArray;
    const ordStart = m.index + whole.indexOf(ordinal!);
    const after = m.index + whole.length;
    const kind: EventKindName = /meeting|retreat/i.test(noun!) ? 'meeting' : 'session';
    // a year numbers sessions only ("the 2024 plenary meeting of the Kimberley Process" is a dated edition of its meetings)
    const yearNumbered = ordinal!.length === 4 && /^\d{4}$/.test(ordinal!);
    if (yearNumbered && kind === 'meeting') continue;
    // ("the eighteenth annual meeting of the Internet Governance Forum" is its eighteenth meeting, as the seed names the
    // nineteenth; an "annual session" of an executive board is a session of its own kind)
    const q = qualifier ? qualifier.trim().toLowerCase().replace(/\s+/g, ' ') : undefined;
    // (only "the <ordinal> plenary session of <body>": "the Contact Group on Illicit Maritime Activities in the Western Indian
    // Ocean following the adoption of Security Council resolution 1851 (2008) ..., including at its twenty-fifth plenary
    // session" (A/RES/78/69 OP137) is the Contact Group's, which the last body named does not say)
    if (q === 'plenary' && its) continue;
    // (a plenary session is the session: "the seventy-fifth plenary session of the Executive Committee")
    // (a compound ordinal printed with a space, "the twenty second session of the Committee for the Review of the
    // Implementation of the Convention" (A/RES/80/139 OP18), is keyed as it is printed with a hyphen)
    const label = `${ordinal!.toLowerCase().replace(/‑|\s+/g, '-')} ${q && !(q === 'annual' && kind === 'meeting') && q !== 'plenary' ? q + ' ' : ''}${noun!.toLowerCase().replace(/\s+/g, ' ')}`;
    let owner: Ref | undefined;
    // a short form the owner was read from ("the Conference at its thirteenth session"): step 7d may re-point it
    let ownerShort: Candidate | undefined;
    let end = m.index + whole.replace(/(?:,\s+respectively,)?\s+of\s+(?:the\s+)?$/, '').length;
    let o = /\sof\s+(?:the\s+)?$/.test(whole) ? orgAt(cands, after) : undefined;
    if (o === undefined && pending.length && end !== after) o = bodyNamedBeforeShortAt(text, pending, after, cands);
    if (o) {
      owner = { kind: o.kind, name: o.name, attrs: o.attrs };
      end = o.end;
      // "the twenty-fourth session of the General Assembly of the World Tourism Organization": that body's assembly
      const parent = assemblyOfAnother(text, cands, o);
      if (parent) {
        owner = { kind: 'Organization', name: `${o.name} of the ${parent.name}`, attrs: {} };
        end = parent.end;
      }
      // "the work of the Ad Hoc Committee on the Elaboration of Complementary Standards to the International Convention ...,
      // and further takes note of the report on the fifteenth session of the Committee" (A/RES/80/193 OP10, after the
      // Committee on the Elimination of Racial Discrimination in OP6): the short form printed as the owner may be the name
      // printed nearer in the paragraph (step 7d), and the session is then that one's
      else if (o.via === 'short') ownerShort = o;
    } else if (its && (end === after || OF_LOWERCASE_AFTER_RE.test(text.slice(after, after + 2)) || instrumentAt(cands, after))) {
      // (and "to inform the General Assembly at its seventy-fourth session of the expenses incurred" (A/RES/73/7 OP19):
      // what follows "of (the)" is what it is informed of, not whose session it is; so is a framework named there: "the
      // endorsement by the Commission at its seventy-eighth session of the Regional Plan of Action on Sand and Dust Storms in
      // Asia and the Pacific", A/RES/79/212 PP13, 78/158, 80/143)
      // "its twenty-eighth session": the last body named before it in the paragraph, else the citing body
      // (a standing conference the scan keys as an Event holds sessions too: "the Global Jobs Pact adopted by the International
      // Labour Conference at its ninety-eighth session", "submitted to the Conference for consideration at its first session",
      // A/RES/79/243 OP6; they were sessions of the General Assembly)
      const before = [...cands].sort((a, b) => a.start - b.start).filter((c) => c.end <= m!.index && (c.kind === 'Organization' ? SITTING_BODY_RE.test(c.name) : c.kind === 'Event' && STANDING_CONFERENCE_RE.test(c.name)));
      const last = before[before.length - 1];
      // "convened by the President of the General Assembly at its seventy-fifth session": the session is the body's
      const presided = last ? OFFICER_OF_RE.exec(last.name) : null;
      // "and in this regard decides to include in the provisional agenda of its eighty-second session": the body that
      // decides puts the item on its own agenda, whoever was named last (A/RES/80/124 OP46, A/RES/78/52 OP8)
      const ownAgenda = ctx.body !== undefined && m.index >= 30 && textIncludes(text, 'provisional agenda') && DECIDES_OWN_AGENDA_RE.test(text.slice(Math.max(0, m.index - 500), m.index));
      // "the General Conference of the United Nations Educational, Scientific and Cultural Organization at its forty-second
      // session for the United Nations General Assembly to proclaim" (A/RES/78/287 PP9): the organization printed right
      // before "at its" holds the session, whatever its name says (not the citing body, nor the body named next)
      const rightBefore = last && last.end >= m.index - 8 ? undefined : orgRightBefore(text, cands, m.index) ?? standingConferenceRightBefore(text, cands, m.index);
      // "the launch ... of the Global Alliance for the Implementation of the Two-State Solution and its first meeting, held
      // in Riyadh" (A/RES/80/72 OP3, 80/73): "<name> and its <ordinal> meeting" is that body's or initiative's sitting
      const andIts = ownAgenda ? undefined : namedRightBeforeAndIts(text, cands, m.index);
      // "in accordance with General Assembly decision 52/492, at its 390th meeting, on 1 April 2024, the Disarmament
      // Commission adopted the agenda" (A/RES/79/72 OP4, 80/66 OP4): "its" points ahead to the body that is the subject
      // right after the dated sitting, not to the Assembly named before
      const subject = ownAgenda || andIts || end !== after ? undefined : subjectAfterDatedSitting(text, cands, after);
      // "the intergovernmental negotiating committee to develop ... in line with ... United Nations Environment Assembly
      // resolution 5/14, and notes that the committee held the second part of its fifth session" (A/RES/80/110 OP213): the
      // body the subject names by its head, not the last one named (the Assembly in the resolution's name)
      const heldBy = ownAgenda || andIts || subject ? undefined : bodyHoldingItsSitting(text, before, m.index);
      if (ownAgenda) owner = orgRefByName(ctx.body!);
      else if (subject) owner = { kind: subject.kind, name: subject.name, attrs: subject.attrs };
      else if (andIts) owner = { kind: andIts.kind, name: andIts.name, attrs: andIts.attrs };
      else if (heldBy) owner = { kind: heldBy.kind, name: heldBy.name, attrs: heldBy.attrs };
      else if (presided) owner = orgRefByName(presided[1]);
      else if (rightBefore) {
        // ("the General Assembly of the Organization of American States at its fifty-third regular session": the session
        // is that organ's)
        const parent = last ? assemblyOfAnother(text, cands, last) : undefined;
        owner = parent !== undefined && parent === rightBefore ? { kind: 'Organization', name: `${last!.name} of the ${parent.name}`, attrs: {} } : { kind: rightBefore.kind, name: rightBefore.name, attrs: rightBefore.attrs };
        if (owner.name === rightBefore.name && rightBefore.via === 'short') ownerShort = rightBefore;
      }
      else if (last && assemblySessionAhead(text, cands, m.index, ordinal!, qualifier, ctx)) owner = orgRefByName(ctx.body!);
      else if (last) {
        // "adopted by the General Assembly of the Organization of American States at its fifty-third regular session"
        const parent = assemblyOfAnother(text, cands, last);
        // "the Intergovernmental Group of Experts on Financing for Development of the United Nations Conference on Trade and
        // Development, notes that its ninth session will be held in December 2025" (A/RES/80/123 OP46): the body printed
        // before "of (the) <its parent>" holds the session, not the parent named after it
        const head = parent ? undefined : headOfParent(text, before, last);
        owner = parent
          ? { kind: 'Organization', name: `${last.name} of the ${parent.name}`, attrs: {} }
          : head
            ? { kind: head.kind, name: head.name, attrs: head.attrs }
            : { kind: last.kind, name: last.name, attrs: last.attrs };
        if (!parent && !head && last.via === 'short') ownerShort = last;
      }
      else if (anotherBodyRightBefore(text, m.index, ctx)) owner = undefined;
      else if (!notTheCitingBody(qualifier, ordinal!, ctx, text.slice(end, end + 16))) owner = orgRefByName(ctx.body);
      else {
        // "at its eleventh substantive session, ..., the open-ended working group considered": the body named next
        // (only when "at its" opens a clause: "the report of the intergovernmental conference ... at its fifth session,3 the letter
        // dated 30 June 2023 from the President of the conference to the President of the General Assembly" (A/RES/78/69 PP3) is
        // the session of the body printed in lowercase before it, no body named after; nor is an officer a body that sits)
        const itsAt = text.lastIndexOf('its', ordStart);
        const opensClause = itsAt < 12 || CLAUSE_OPENS_BEFORE_ITS_RE.test(text.slice(itsAt - 12, itsAt));
        const next = opensClause ? [...cands].sort((a, b) => a.start - b.start).find((c) => c.start >= end && c.kind === 'Organization' && SITTING_BODY_RE.test(c.name) && !OFFICER_OF_RE.test(c.name) && !/[;.]\s/.test(text.slice(end, c.start))) : undefined;
        if (next) owner = { kind: next.kind, name: next.name, attrs: next.attrs };
      }
    } else if (yearNumbered && !its && end === after && text.charCodeAt(end + 1) === 98 /* b */ && (o = bodyActingInYearSession(text, cands, end)) !== undefined) {
      // "Noting the adoption of the programme of work for the 2009 session by the Conference on Disarmament on 29 May 2009"
      // (A/RES/80/24 PP19, 79/50, 78/53): a session numbered by its year is that of the body acting in it
      owner = { kind: o.kind, name: o.name, attrs: o.attrs };
    } else if (
      yearNumbered &&
      !its &&
      end === after &&
      q === undefined &&
      THE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 5), m.index)) &&
      (o = onlySittingBodyNamed(cands)) !== undefined
    ) {
      // "Noting with appreciation the efforts ... made at the 2025 session ..., including ... the decision on the work of the
      // Conference on Disarmament on the re-establishment ... of five subsidiary bodies for the 2025 session" (A/RES/80/65
      // PP10, OP4; 79/71, 78/61): a session numbered by its year, no owner printed, is that of the one body named sitting
      owner = { kind: o.kind, name: o.name, attrs: o.attrs };
    } else if (!its && end === after && kind === 'meeting' && q === undefined && (o = ownerOfListedMeetings(text, cands, ordStart)) !== undefined) {
      owner = { kind: o.kind, name: o.name, attrs: o.attrs };
    } else if (!its && end === after && text.charCodeAt(n.index + noun!.length) === 115 /* s */ && (o = bodyBeforeListedSittings(text, cands, from + back.index)) !== undefined) {
      // "the amendments to articles 124 and 8 of the Rome Statute adopted by the Assembly of States Parties at the fourteenth,
      // and sixteenth and eighteenth sessions, respectively" (A/RES/79/6 OP27, 78/6, 80/6): the sittings listed after "<body>
      // at the" are that body's, as "at its" would say
      owner = { kind: o.kind, name: o.name, attrs: o.attrs };
    } else if (
      !its &&
      end === after &&
      q === undefined &&
      kind === 'session' &&
      // ("to put on hold consideration of new proposals for international days ... during the eighty-first and eighty-second
      // sessions", A/RES/79/327 OP31, 78/217, 80/218: "the" before the first of the listed ordinals, each the Assembly's)
      assemblySessionNamedAlone(text, text.charCodeAt(n.index + noun!.length) === 115 /* s */ ? listedOrdinalsStart(text, m.index) : m.index, ordinal!, ctx)
    ) {
      // "to present the revised terms of reference to the General Assembly during the main part of the seventy-ninth
      // session" (A/RES/78/257 OP13), "starting from the eighty-first session": no owner printed, in a General
      // Assembly text, an ordinal of the Assembly's own sessions
      owner = orgRefByName(ctx.body!);
    }
    // "the first special session of the General Assembly devoted to disarmament", "the first special session devoted to
    // disarmament" (after "the Final Document of the Tenth Special Session of the General Assembly, ..."): the Assembly's
    // tenth special session (1978); the second and third were its twelfth (1982) and fifteenth (1988)
    // the fourth, not held yet (SSOD-IV), has no number among the Assembly's special sessions: it is named as printed,
    // "the fourth special session of the General Assembly devoted to disarmament" (A/RES/80/30 OP1), also where "of the
    // General Assembly" is not printed ("a fourth special session devoted to disarmament (SSOD-IV)", PP9); not the
    // Assembly's fourth special session (1967)
    let sitting = label;
    let devotedTo = '';
    let devotedLength = 0;
    if (q === 'special' && (owner === undefined ? !its : owner.name === 'General Assembly')) {
      const devoted = DISARMAMENT_SPECIAL_SESSIONS.get(ordinal!.toLowerCase());
      const toDisarmament = DEVOTED_TO_DISARMAMENT_RE.exec(text.slice(end, end + 40));
      if (toDisarmament && devoted) {
        owner ??= orgRefByName('General Assembly');
        sitting = `${devoted} special session`;
      } else if (toDisarmament && kind === 'session' && !previous && text.charCodeAt(n.index + noun!.length) !== 115 /* s */) {
        owner ??= orgRefByName('General Assembly');
        devotedTo = ' devoted to disarmament';
        devotedLength = toDisarmament[0].length;
      }
    }
    // "the Assembly of States Parties shall meet ..., to hold its seventeenth session in The Hague, looks forward to the
    // seventeenth session, which is to be held from 5 to 12 December 2018" (A/RES/73/7 OP26, 78/6 OP29, 79/6 OP30): "the
    // <ordinal> session" with no owner printed is the session of that ordinal named before it in the paragraph
    if (!owner && !its && end === after && out.length > 0 && !yearNumbered) {
      const prior = sameSittingNamedBefore(out, label, text, m.index);
      if (prior) {
        out.push(candidate('Event', prior.name, { ...prior.attrs }, ordStart, end, 'special'));
        SESSION_NOUN_SCAN.lastIndex = Math.max(SESSION_NOUN_SCAN.lastIndex, end);
        continue;
      }
      // "the twenty-eighth session of the Commission on Science and Technology for Development from 7 to 11 April 2025, and
      // looking forward to the twenty-ninth session" (A/RES/80/118 PP21, 79/194, 78/132; the Conference of the Parties
      // in 79/212, 80/143, 80/149): the session before or after one a single body was named holding is that body's
      const next = adjacentSittingNamedBefore(out, label, ordinal!, text, m.index);
      if (next !== undefined) {
        out.push(candidate('Event', next, rangedAttrs(kind, false), ordStart, end, 'special'));
        SESSION_NOUN_SCAN.lastIndex = Math.max(SESSION_NOUN_SCAN.lastIndex, end);
        continue;
      }
    }
    // the Assembly numbers its sessions, not by year: "its 2024 session" with no other body named is not the citing Assembly's
    if (!owner || (yearNumbered && owner.name === 'General Assembly')) continue;
    // (nor an organizational session: "the intergovernmental preparatory committee, during its organizational session ...,
    // will ... make recommendations to the General Assembly" (A/RES/78/231 OP34) is the committee's, unnamed)
    if (ordinal === ORGANIZATIONAL && owner.name === 'General Assembly') continue;
    // read past "of (the) <lower-case word>": only the body printed right before "at its" ("inform the General Assembly
    // at its seventy-fourth session of the expenses", "endorsement by the Economic and Social Commission for Asia and the
    // Pacific at its seventy-fifth session of the recommendation"), not the last body named further back ("the adoption
    // by the Conference of the Parties to that Convention at its twelfth meeting of resolution 12.20" is not the
    // International Whaling Commission's meeting)
    if (end !== after && !o && !namedRightBefore(text, cands, m.index, owner.name)) continue;
    // "the twenty-ninth session of the Conference of the Parties ... in Baku in November 2024, as the first session of the
    // Conference of the Parties held in a landlocked developing country" (A/RES/80/151 OP50, 80/3): what the sitting named
    // before was, the first of its kind somewhere, not the body's first session (Berlin, 1995)
    if (ordStart >= 7 && AS_THE_BEFORE_RE.test(text.slice(ordStart - 7, ordStart)) && HELD_IN_A_KIND_AFTER_RE.test(text.slice(end, end + 40))) continue;
    // "to take note of the decisions of the Economic and Social Council regarding the graduation of countries ..., at the first
    // session of the General Assembly following the adoption of the decisions" (A/RES/79/230 PP3): the first one after an act,
    // whichever it will be, not the body's first session (1946)
    if (text.startsWith(' following the ', end) && ordinal!.toLowerCase() === 'first') continue;
    // "the fifty-first session of Working Group III" (A/RES/79/117 OP7): a numbered body printed with no article is named so,
    // not given a "the" the text does not print (character tests first: the match ends "of ", the owner is the body there)
    const bareNumbered = o !== undefined && owner.name === o.name && !whole.endsWith('the ') && whole.endsWith('of ') && NUMBERED_BODY_RE.test(o.name);
    const name = `${sitting} of ${bareNumbered ? '' : 'the '}${owner.name}${devotedTo}`;
    // "the forty-seventh, forty-eighth, forty-ninth and fiftieth sessions of the Committee on World Food Security": one
    // session per ordinal, each printed as its ordinal but the last (their dates are read as a list's, "respectively")
    let ranged = false;
    if (text.charCodeAt(n.index + noun!.length) === 115) {
      const rest = label.slice(label.indexOf(' '));
      const listed: Candidate[] = [];
      for (let at = ordStart; ; ) {
        const prev = LISTED_SITTING_ORDINAL_BEFORE_RE.exec(text.slice(Math.max(0, at - 40), at));
        if (!prev) break;
        at -= prev[0].length;
        // (a range's venues and dates are those of the sittings it does not name: "held its first to fifth sessions in
        // Punta del Este, Uruguay, from 28 November to 2 December 2022, in Paris ...", A/RES/79/144 OP217)
        if (prev[0].endsWith('to ')) ranged = true;
        listed.unshift(candidate('Event', `${prev[1]!.toLowerCase().replace(/‑/g, '-')}${rest} of the ${owner.name}`, rangedAttrs(kind, ranged), at, at + prev[1]!.length, 'special'));
      }
      out.push(...listed);
    }
    const session = candidate('Event', name, rangedAttrs(kind, ranged), ordStart, previous ? ordStart + ordinal!.length : end + devotedLength, 'special');
    if (ownerShort !== undefined && !ranged && devotedTo === '') sittingsOfShorts.set(session, { owner: ownerShort, sitting });
    out.push(session);
    SESSION_NOUN_SCAN.lastIndex = Math.max(SESSION_NOUN_SCAN.lastIndex, end);
  }
}

const MEETINGS_OF = 'meetings of the ';
const INCLUDING_THE = ', including the ';
/** right before a listed meeting's ordinal: the list's opening or a separator ("including the ", ", the ", " and the ") */
const LISTED_MEETING_BEFORE_RE = /(?:including|,|\band) the $/;
/**
 * "the meetings of the Council of Heads of State of the Shanghai Cooperation Organization, including the twenty-first
 * meeting, held in Dushanbe on 16 and 17 September 2021, the twenty-second meeting, held in Samarkand ..." (A/RES/79/332
 * PP18, PP12): the meetings listed after "including" are that body's (named as "its twenty-first meeting" would be).
 * Only an organization printed right after "meetings of the" and right before ", including the", in the same part of
 * the sentence (no ';'), the list no longer than a few sittings.
 */
function ownerOfListedMeetings(text: string, cands: Candidate[], at: number): Candidate | undefined {
  if (!LISTED_MEETING_BEFORE_RE.test(text.slice(Math.max(0, at - 14), at))) return undefined;
  const inc = text.lastIndexOf(INCLUDING_THE, at);
  if (inc < 0 || at - inc > 400 || text.slice(inc, at).includes(';')) return undefined;
  const of = text.lastIndexOf(MEETINGS_OF, inc);
  if (of < 0 || inc - of > 200) return undefined;
  const o = orgAt(cands, of + MEETINGS_OF.length);
  return o !== undefined && o.kind === 'Organization' && o.end === inc ? o : undefined;
}

/**
 * A sitting of the same ordinal and noun ("seventeenth session") read earlier in the paragraph, for "the <label>" printed
 * with no owner at `at`; none when two bodies' sittings of that label were named (which one is meant is not said).
 */
function sameSittingNamedBefore(out: readonly Candidate[], label: string, text: string, at: number): Candidate | undefined {
  if (!THE_BEFORE_RE.test(text.slice(Math.max(0, at - 5), at))) return undefined;
  const prefix = `${label} of the `;
  let found: Candidate | undefined;
  for (const c of out) {
    if (c.kind !== 'Event' || c.end > at || !c.name.startsWith(prefix)) continue;
    if (found !== undefined && found.name !== c.name) return undefined;
    found = c;
  }
  return found;
}

const MINISTERIAL_MEETING_REST = ' ministerial meeting';
/**
 * The name of the sitting printed as "the <label>" with no owner at `at` when the paragraph named, before it, the sitting
 * one before or one after it of the same kind ("twenty-eighth session of the Commission ..." before "the twenty-ninth
 * session") held by one body only; undefined otherwise (two bodies' sittings of that kind named, or ordinals further apart).
 */
function adjacentSittingNamedBefore(out: readonly Candidate[], label: string, ordinal: string, text: string, at: number): string | undefined {
  if (!THE_BEFORE_RE.test(text.slice(Math.max(0, at - 5), at))) return undefined;
  const n = ordinalValue(ordinal);
  if (n === undefined) return undefined;
  const rest = label.slice(ordinal.length);
  let owner: string | undefined;
  for (const c of out) {
    if (c.kind !== 'Event' || c.end > at) continue;
    const of = c.name.indexOf(' of the ');
    if (of < 0 || c.name.slice(0, of).indexOf(' ') < 0 || !c.name.slice(0, of).endsWith(rest)) continue;
    const k = ordinalValue(c.name.slice(0, of - rest.length));
    // (a body's numbered ministerial meetings, any of them: "the forty-ninth ministerial meeting of the Standing Advisory
    // Committee, in Luanda, ..., and strengthened by the fifty-fifth ministerial meeting, held in Sao Tome", A/RES/79/68 PP31,
    // 78/59, 80/63)
    if (k === undefined || (k !== n - 1 && k !== n + 1 && rest !== MINISTERIAL_MEETING_REST)) continue;
    const whose = c.name.slice(of);
    if (owner !== undefined && owner !== whose) return undefined;
    owner = whose;
  }
  return owner === undefined ? undefined : label + owner;
}

/**
 * "Reaffirms its support for the High-level Committee on South-South Cooperation, ... and looks forward to the convening of
 * the twenty-second session of the Committee" (A/RES/79/236 OP3): the short form at `at` had nothing named with its head
 * before this paragraph (step 7d reads it later); the body named nearest before it in the paragraph holds the session.
 */
const FORUM_END = ' Forum';
function bodyNamedBeforeShortAt(text: string, pending: readonly Candidate[], at: number, cands: readonly Candidate[]): Candidate | undefined {
  const p = pending.find((c) => c.start === at);
  if (p === undefined) return undefined;
  const nearest = nearestWithHead(p, cands);
  // (a standing forum the scan keys as an Event holds sessions too: "the role of the World Urban Forum ..., for hosting the
  // twelfth session of the Forum from 4 to 8 November 2024", A/RES/79/214 PP22)
  if (nearest === undefined || (nearest.kind !== 'Organization' && !(nearest.kind === 'Event' && nearest.name.endsWith(FORUM_END)))) return undefined;
  if (p.end + 1 < text.length && text.charCodeAt(p.end + 1) === 111 /* o */ && otherNameOf(text, p.end, nearest.name)) return undefined;
  return candidate(nearest.kind, nearest.name, { ...nearest.attrs }, p.start, p.end, 'short');
}

/** the gate of DEVOTED_TO_TOPIC_RE, right after a meeting's noun */
const DEVOTED_TO = ' devoted to ';
function meetingsOfBodies(text: string, cands: Candidate[], out: Candidate[]): void {
  let m: RegExpExecArray | null;
  MEETING_SCAN.lastIndex = 0;
  while ((m = MEETING_SCAN.exec(text))) {
    const [whole, qualifier, noun] = m;
    // "the high-level meetings on universal health coverage, held in New York on 23 September 2019 and 21 September 2023"
    if (whole.length === qualifier!.length + 1 + noun!.length && text.charCodeAt(m.index + whole.length) === 115 /* s */) {
      if (pluralMeetings(text, cands, out, m.index, qualifier!, noun!)) continue;
    }
    let start = m.index;
    let end = m.index + whole.replace(/(?:,\s+respectively,)?\s+of\s+(?:the\s+)?$/, '').length;
    let owner: Ref | undefined;
    let ownerEvent: Candidate | undefined;
    if (/\sof\s+(?:the\s+)?$/.test(whole)) {
      const at = m.index + whole.length;
      const o = orgAt(cands, at);
      if (o) {
        owner = { kind: o.kind, name: o.name, attrs: o.attrs };
        if (o.kind === 'Event') ownerEvent = o;
        end = o.end;
      } else if (text.startsWith(ASSEMBLY_ON, at)) {
        // "the 2016 high-level plenary meeting of the Assembly on HIV and AIDS" (A/RES/79/149 PP6): the Assembly's short form,
        // no name of its own before the topic (headKind)
        owner = { kind: 'Organization', name: 'General Assembly', attrs: {} };
        end = at + 8;
      } else continue;
    } else {
      // "General Assembly high-level meeting on ..."; an initiative sits too: "the 2024 Kimberley Process plenary meeting ended
      // without consensus" (A/RES/79/275 PP29, 78/270 PP30), the plenary meeting of the Kimberley Process of that year
      const prev = cands.find((c) => (c.kind === 'Organization' || c.kind === 'Initiative') && /^\s*$/.test(text.slice(c.end, m!.index)) && c.end <= m!.index);
      if (prev) {
        owner = { kind: prev.kind, name: prev.name, attrs: prev.attrs };
        start = prev.start;
      }
    }
    // "the high-level meeting on a comprehensive review, in 2025, of the progress achieved in the prevention and control of
    // noncommunicable diseases and the promotion of mental health and well-being" (A/RES/79/287 OP17), "it decided to hold a
    // high-level meeting in 2025 on a comprehensive review of the progress achieved in ..." (A/RES/79/273 PP1, the words of
    // 73/2): the meeting of that year on what it reviews, the one 79/273 OP1 names "the high-level meeting on the prevention and
    // control of noncommunicable diseases and the promotion of mental health and well-being" (not a meeting "on a
    // comprehensive review", nor none)
    if (!owner && qualifier!.startsWith('high-level') && (text.startsWith(' on a comprehensive review', end) || text.startsWith(' in ', end))) {
      const r = REVIEW_OF_PROGRESS_RE.exec(text.slice(end, end + 400));
      if (r) {
        const g = r.groups!;
        const year = g.year1 ?? g.year2;
        if (year === undefined) continue;
        const yearAt = end + r[0].indexOf(year);
        const topicEnd = end + r[0].length;
        const name = `high-level meeting on ${canonicalTopic(g.topic!, cands, topicEnd - g.topic!.length)}`;
        out.push(candidate('Event', name, pairedAttrs('meeting', { venueAt: -1, year, yearAt }), start, topicEnd, 'special'));
        continue;
      }
    }
    // "it decided to hold a high-level meeting in 2024 on antimicrobial resistance" (A/RES/78/269 PP1, the words of 76/257): the
    // year printed between the noun and its topic is the meeting's, the one OP1 names "the high-level meeting on antimicrobial
    // resistance" in 2024 (the year split the name: no meeting was read)
    const printedYear = !owner && qualifier!.startsWith('high-level') ? YEAR_BEFORE_TOPIC_RE.exec(text.slice(end, end + 12)) : null;
    if (printedYear) end += printedYear[0].length;
    let topic = ON_TOPIC_RE.exec(text.slice(end));
    // "the General Assembly will convene, during its eighty-second session in 2027, a high-level meeting to review progress
    // in the implementation of the Global Digital Compact" (A/80/L.41 OP125), "the high-level meeting to review the 2030
    // Agenda" (OP126): the meeting is named by what it reviews (not where the words run on to a bracket: "... the SIDS
    // Accelerated Modalities of Action (SAMOA) Pathway", whose name the topic would cut)
    let reviews = false;
    // (only a high-level meeting, the genre's named sitting: "held a plenary meeting to review its working methods" says
    // what a body did; nor what belongs to someone: "to review its working methods")
    if (!topic && qualifier!.startsWith('high-level') && text.startsWith(' to review ', end)) {
      topic = TO_REVIEW_TOPIC_RE.exec(text.slice(end));
      if (topic && (text.startsWith(' (', end + topic[0].length) || POSSESSIVE_TOPIC_RE.test(topic[1]!))) topic = null;
      reviews = topic !== null;
    }
    // (or "devoted to" it: "the commemorative high-level plenary meeting devoted to the follow-up to the outcome of the special
    // session on children", A/RES/78/187 PP14, 80/190 PP14; without a topic the sitting was not read, and "held in New York"
    // after it went to the sitting named before it)
    let devoted = false;
    if (!topic && !owner && HIGH_LEVEL_QUALIFIER_RE.test(qualifier!) && text.startsWith(DEVOTED_TO, end)) {
      topic = DEVOTED_TO_TOPIC_RE.exec(text.slice(end));
      devoted = topic !== null;
    }
    if (!owner && !topic) continue;
    let topicText = '';
    if (topic) {
      end += topic[0].length;
      let raw = topic[1]!;
      // (not "a high-level meeting in 2026 on a comprehensive review of the implementation of that declaration", A/RES/79/333
      // PP1: an indefinite topic names no meeting)
      if (printedYear && raw.startsWith(INDEFINITE_TOPIC)) continue;
      const reported = printedYear ? REPORTED_VERB_IN_TOPIC_RE.exec(raw) : null;
      if (reported) {
        end -= raw.length - reported.index;
        raw = raw.slice(0, reported.index);
      }
      // "as a follow-up to the high-level dialogue on energy and the United Nations Decade of Sustainable Energy for All"
      // (A/RES/80/142 OP41, 79/211 OP40, 78/157): a day, year, decade or sitting after "and the" is a second thing, not the
      // topic's (a place is: "... in the Western Indian Ocean and the Gulf of Aden"; so is a framework: "on the Sendai
      // Framework and the 2030 Agenda")
      const and = raw.indexOf(AND_THE);
      if (and > 0) {
        const at = end - raw.length + and + AND_THE.length;
        if (cands.some((c) => c.kind === 'Event' && c.start === at)) {
          end -= raw.length - and;
          raw = raw.slice(0, and);
        }
      }
      // "Recalling the high-level plenary meeting of the General Assembly on the Millennium Development Goals and its outcome
      // document" (A/RES/79/215 PP6): what the meeting adopted is no part of its topic
      const its = raw.includes(AND_ITS) ? ITS_OUTCOME_IN_TOPIC_RE.exec(raw) : null;
      if (its) {
        end -= raw.length - its.index;
        raw = raw.slice(0, its.index);
      }
      // "on pandemic prevention, preparedness and response": the series after the first comma is the topic's
      const series = text.charCodeAt(end) === 44 /* , */ ? TOPIC_SERIES_AFTER_RE.exec(text.slice(end, end + 120)) : null;
      if (series) {
        raw += series[0];
        end += series[0].length;
      }
      topicText = canonicalTopic(raw, cands, end - raw.length);
      // "the high-level meeting on the theme “Ocean for the future”" (A/RES/79/228), "the high-level segment on the theme
      // “Enhancing international cooperation ...” of the sixty-fifth session" (A/RES/78/185): the quoted theme names the
      // sitting, as in lowercaseSittings (not "the theme" alone)
      if (topicText.endsWith('theme')) {
        const theme = QUOTED_THEME_RE.exec(text.slice(end, end + 300));
        if (!theme) continue;
        end += theme[0].length;
        topicText = normaliseName(`${topicText} ${theme[0].trim()}`);
      }
    }
    const label = `${qualifier!.toLowerCase().replace(/\s+/g, ' ')} ${noun!.toLowerCase()}`;
    const name = `${label}${owner ? ` of the ${owner.name}` : ''}${topicText ? ` ${reviews ? 'to review' : devoted ? 'devoted to' : 'on'} ${topicText}` : ''}`;
    const year = printedYear?.[1];
    const attrs = year === undefined ? { eventKind: 'meeting' } : pairedAttrs('meeting', { venueAt: -1, year, yearAt: start + text.slice(start, end).indexOf(year) });
    const sitting = candidate('Event', name, attrs, start, end, 'special');
    out.push(sitting);
    if (ownerEvent) SITTING_WITHIN_EVENT.set(sitting, ownerEvent);
  }
}

/**
 * A segment or meeting of another sitting and that sitting: "the high-level segment of the Fifteenth United Nations Congress on
 * Crime Prevention and Criminal Justice" (A/RES/79/186 OP6) is part of the Congress (EventDetail.partOf), as a summit's phase
 * is part of the summit; a body's meeting is the body's (SESSION_OF), not part of it.
 */
const SITTING_WITHIN_EVENT = new WeakMap<Candidate, Candidate>();

const ASSEMBLY_ON = 'Assembly on ';
/** a topic opening with the indefinite article: "on a comprehensive review of ..." */
const INDEFINITE_TOPIC = 'a ';

/** after a plural meeting noun's "s": " of the " and the owner's name */
const PLURAL_OF_RE = /^\s+of\s+(?:the\s+)?/;

/**
 * "the high-level meetings on universal health coverage, held in New York on 23 September 2019 and 21 September 2023"
 * (A/RES/80/176 PP12), "the high-level meetings of the General Assembly on the prevention and control of noncommunicable
 * diseases held in 2011, 2014 and 2018" (A/RES/80/117): one sitting per date printed after the name, named as the sitting
 * alone is ("high-level meeting on universal health coverage"), each with the venue and its own date (as listedEditions'
 * sittings paired with theirs: pairedAttrs). The earlier ones span their dates, the last the name. False (nothing read)
 * without such a list: "Economic Cooperation Organization ministerial meetings on trade, ..." stays as meetingsOfBodies reads it.
 */
function pluralMeetings(text: string, cands: Candidate[], out: Candidate[], start: number, qualifier: string, noun: string): boolean {
  let end = start + qualifier.length + 1 + noun.length + 1;
  let owner: Candidate | undefined;
  const of = PLURAL_OF_RE.exec(text.slice(end, end + 12));
  if (of) {
    owner = orgAt(cands, end + of[0].length);
    if (!owner) return false;
    end = owner.end;
  }
  const topic = ON_TOPIC_RE.exec(text.slice(end));
  if (!topic) return false;
  end += topic[0].length;
  const dates = heldOnDates(text, end);
  if (dates === undefined) return false;
  const topicText = canonicalTopic(topic[1]!, cands, end - topic[1]!.length);
  const name = `${qualifier.toLowerCase().replace(/\s+/g, ' ')} ${noun.toLowerCase()}${owner ? ` of the ${owner.name}` : ''} on ${topicText}`;
  sittingPerDay(out, name, dates, start, end);
  return true;
}

/**
 * One sitting of the plural name `name` per day listed (pluralMeetings, pluralHearings, pluralMeetingsOfBodies; pluralReferendums
 * with its kind): the earlier ones span their days, the last one the name from `start` to `end`.
 */
function sittingPerDay(out: Candidate[], name: string, dates: readonly VenueYear[], start: number, end: number, kind: EventKindName = 'meeting'): void {
  dates.forEach((d, k) => {
    const last = k === dates.length - 1;
    out.push(candidate('Event', name, pairedAttrs(kind, d), last ? start : d.yearAt, last ? end : (d.dateEnd ?? d.yearAt + 4), 'special'));
  });
}

/** the plural noun of PLURAL_HEARINGS_RE (pluralHearings' gate) */
const HEARINGS_WORD = ' hearings ';
/**
 * "the three informal interactive hearings on possible further measures necessary to enhance the participation of Indigenous
 * Peoples' representatives and institutions in relevant United Nations meetings on issues affecting them, held at United Nations
 * Headquarters on 17 April 2018, 25 April 2019 and 20 April 2023" (A/RES/78/189 OP51, 79/159, 80/191; PLURAL_HEARINGS_RE): one
 * sitting per day listed, named as one hearing is ("informal interactive hearing on <topic>") and dated by its day, as
 * pluralMeetings reads the high-level meetings. The earlier ones span their days, the last the name. Nothing without a topic
 * and a list of two days or more ("the informal interactive multi-stakeholder hearings" of the migration review forums, 78/204).
 */
function pluralHearings(text: string, cands: Candidate[], out: Candidate[]): void {
  PLURAL_HEARINGS_RE.lastIndex = 0;
  for (let m = PLURAL_HEARINGS_RE.exec(text); m; m = PLURAL_HEARINGS_RE.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length - 'hearings'.length;
    let end = m.index + m[0].length;
    if (cands.some((c) => c.start < end && start < c.end) || out.some((c) => c.start < end && start < c.end)) continue;
    const topic = HEARINGS_TOPIC_RE.exec(text.slice(end, end + 320));
    if (!topic) continue;
    end += topic[0].length;
    const dates = heldOnDates(text, end);
    if (dates === undefined) continue;
    const name = `${m[1]!.replace(/\s+/g, ' ').replace('‑', '-')}hearing on ${canonicalTopic(topic[1]!, cands, end - topic[1]!.length)}`;
    sittingPerDay(out, name, dates, start, end);
  }
}

const MEETINGS_OF_THE = ' meetings of the ';
/** "the meetings of the ", "the joint ad hoc meetings of the " (group 1: the lowercase qualifiers) */
const BODY_MEETINGS_RE = letterRe(String.raw`(?<![\p{L}\p{N}])the\s+((?:(?:joint|ad\s+hoc|informal)\s+)*)meetings\s+of\s+the\s+`, 'gu');
/** "First and Fourth Committees": two Main Committees of the Assembly named with one plural head (group 1, 2: the ordinals) */
const TWO_MAIN_COMMITTEES_RE = letterRe(String.raw`^(First|Second|Third|Fourth|Fifth|Sixth)\s+and\s+(First|Second|Third|Fourth|Fifth|Sixth)\s+Committees(?![\p{L}\p{N}])`, 'u');
/** The gazetteer's name of a body printed so (an alias too: "Fourth Committee"). */
function knownBodyName(printed: string): string | undefined {
  const e = entryByName('Organization', printed) ?? lookupName(printed);
  return e?.kind === 'Organization' ? e.name : undefined;
}
/**
 * "the meetings of the Security Council on artificial intelligence and international peace and security, held on 18 July
 * 2023, 19 December 2024, 4 April 2025 and 24 September 2025" (A/RES/80/58 PP16), "the joint ad hoc meetings of the First and
 * Fourth Committees, held on 22 October 2015, ... and 27 October 2022, on possible challenges to space security and
 * sustainability" (A/RES/78/52 OP7, 79/51, 80/44): a body's meetings on one topic, one per day listed (as pluralMeetings reads
 * the high-level ones), each named "meeting of the <body> on <topic>" (the two bodies of a joint one each by name) and dated
 * by its day; the topic printed before the days or after them. The earlier ones span their days, the last the name. Nothing
 * without a topic and a list of two days or more ("the meetings of the Committee" alone says neither which nor when).
 */
function pluralMeetingsOfBodies(text: string, cands: Candidate[], out: Candidate[]): void {
  BODY_MEETINGS_RE.lastIndex = 0;
  for (let m = BODY_MEETINGS_RE.exec(text); m; m = BODY_MEETINGS_RE.exec(text)) {
    const start = m.index + 4;
    const at = m.index + m[0].length;
    let owners: string;
    let ownerEnd: number;
    const two = TWO_MAIN_COMMITTEES_RE.exec(text.slice(at, at + 40));
    if (two) {
      const first = knownBodyName(`${two[1]!} Committee`);
      const second = knownBodyName(`${two[2]!} Committee`);
      if (first === undefined || second === undefined) continue;
      owners = `${first} and the ${second}`;
      ownerEnd = at + two[0].length;
    } else {
      const o = cands.find((c) => c.start === at && c.kind === 'Organization');
      if (!o) continue;
      owners = o.name;
      ownerEnd = o.end;
    }
    let end = ownerEnd;
    let topic = ON_TOPIC_RE.exec(text.slice(end, end + 300));
    let topicEnd = end;
    if (topic) topicEnd = end += topic[0].length;
    const dates = heldOnDates(text, end);
    if (dates === undefined) continue;
    // (the topic after the days: ", held on ... and 27 October 2022, on possible challenges to ...")
    if (!topic) {
      const listEnd = dates[dates.length - 1]!.dateEnd;
      if (listEnd === undefined || text.charCodeAt(listEnd) !== 44 /* , */) continue;
      topic = ON_TOPIC_RE.exec(text.slice(listEnd + 1, listEnd + 300));
      if (topic) topicEnd = listEnd + 1 + topic[0].length;
    }
    if (!topic) continue;
    const topicAt = topicEnd - topic[1]!.length;
    const name = `${m[1]!.replace(/\s+/g, ' ')}meeting of the ${owners} on ${canonicalTopic(topic[1]!, cands, topicAt)}`;
    sittingPerDay(out, name, dates, start, end);
    BODY_MEETINGS_RE.lastIndex = Math.max(BODY_MEETINGS_RE.lastIndex, end);
  }
}

const AND_ITS = ' and its ';
/** a sitting's outcome joined to its topic: " and its outcome document", " and its political declaration" */
const ITS_OUTCOME_IN_TOPIC_RE = letterRe(String.raw` and its (?:outcome(?: document)?|(?:political |ministerial )?declaration)s?(?![\p{L}\p{N}])`, 'u');
/** a topic that is someone's ("its working methods") */
const POSSESSIVE_TOPIC_RE = /^(?:its|their|his|her|our)\s/;
/** "to commemorate the International Day ...": the sitting is named after the event it marks. */
const COMMEMORATES_RE = /^\s+(?:to\s+(?:commemorate|mark|celebrate)|in\s+commemoration\s+of|on\s+the\s+occasion\s+of)\s+(?:the\s+)?/u;
const SITTING_OF_RE = /^\s+of\s+(?:the\s+)?/u;
const QUOTED_THEME_RE = /^\s*“[^“”]{1,250}”/u;
const ANAPHORIC_TOPIC_RE = /^(?:the|this|that|these|those|its|their)\s+(?:topic|issue|subject|matter|theme|question)s?$/u;

/**
 * Lowercase one-off sittings: "the global conference to commemorate the International Day for Universal Access to
 * Information, hosted by the Government of Ghana and ... on 1 and 2 October 2024". Kept only when something names
 * the sitting (the event it marks, a topic after "on", the body it belongs to) and something right after makes it
 * one sitting (hosted, held, convened or organized; a place or a date): "a thematic debate on ..." in a request for
 * future debates, or "regional conferences" in general, stay unnamed.
 */
const HLM = 'high-level meeting';
const THE_HLM = 'the high-level meeting';
const HLPM = 'high-level plenary meeting';
/** A high-level meeting's name, "plenary" or not: the modalities texts name "the high-level plenary meeting of the General
 *  Assembly on addressing the existential threats posed by sea level rise" and go on with "the high-level meeting" (A/RES/78/319
 *  OP2-OP16, 79/289). */
function isHighLevelMeeting(name: string): boolean {
  return name.startsWith(HLM) || name.startsWith(HLPM);
}
/** after "the high-level meeting": words that go on to name or describe another meeting than the one named before */
const EXPRESSED_AT = 'expressed at ';
const HLM_FOR_RE = /^\s+for\b/;
const REVIEW_OF_THE = 'Review of the ';
/** a capitalised high-level meeting on the review of a named thing (group 1: the review's words, 2: the thing's name as printed) */
const CAPITALISED_REVIEW_HLM_RE = /^High-[Ll]evel Meeting on the ((?:[A-Z][a-z-]+ )?Review) of the ([A-Z].*)$/;
/**
 * "Reaffirming the Sendai Framework for Disaster Risk Reduction 2015–2030, and the convening of the High-Level Meeting on the
 * Midterm Review of the Sendai Framework" (A/RES/78/162 PP6, 80/149 PP6): the high-level meeting other texts print in lower
 * case ("the high-level meeting on the midterm review of the Sendai Framework ... on 18 and 19 May 2023", A/RES/78/152 OP3),
 * its capitals no name of another sitting: named as the lowercase printing is, the framework by its full name (a known
 * framework only: the review of something unknown stays as printed).
 */
function capitalisedReviewMeetingName(name: string): string | undefined {
  const m = CAPITALISED_REVIEW_HLM_RE.exec(name);
  if (!m) return undefined;
  const reviewed = lookupName(m[2]!);
  return reviewed?.kind === 'Framework' ? `high-level meeting on the ${m[1]!.toLowerCase()} of the ${normaliseName(reviewed.name)}` : undefined;
}
/** a high-level meeting named by "the review" alone: "high-level meeting on the midterm review" */
const THE_REVIEW_HLM_RE = /^high-level meeting on the (?:[a-z-]+ )?review$/;
/** a high-level meeting on the review of something named: "high-level meeting on the midterm review of the Sendai Framework ..." */
const REVIEW_OF_HLM_RE = /^high-level meeting on the (?:[a-z-]+ )?review of /;
const HLM_REVIEW = 'high-level meeting|review';
const HLM_NAMED_AFTER_RE = /^(?:s\b|[\w-]|\s+(?:of|on|for|to(?!\s+be\b)|convened|held|organi[sz]ed|marking|entitled|commemorating|dedicated|devoted|planned|scheduled|took|was|in\s+(?:19|20)\d\d)\b)/;

/**
 * Step 4e': "the high-level meeting" printed alone (A/RES/79/277 OP3 "to speak during the high-level meeting", OP6 "the
 * preparatory process for the high-level meeting", after OP1-OP2 named "the high-level meeting of the General Assembly"
 * on 16 and 17 December 2025) is the high-level meeting the resolution named last, as "the Conference" is the conference
 * named last. Not a plural, nor words that name or date another meeting ("the high-level meeting on ...", "... held on").
 */
function highLevelMeetingsNamedBefore(text: string, cands: Candidate[], state: ResolutionState): void {
  const before = state.last.get(HLM);
  // "the political declaration of the high-level meeting on the midterm review can be an input ..." (A/RES/79/205 OP76, 78/152
  // OP67, 80/137 OP81) after "the high-level meeting on the midterm review of the Sendai Framework on 18 and 19 May 2023" (OP3):
  // the review named in full before, which the words cut short
  for (const c of cands) {
    if (c.kind !== 'Event' || !THE_REVIEW_HLM_RE.test(c.name)) continue;
    let ref: Ref | undefined;
    for (const o of cands) if (o.kind === 'Event' && o.end <= c.start && o.name.startsWith(c.name) && o.name.startsWith(' of ', c.name.length) && (!ref || o.start > (ref as Candidate).start)) ref = o;
    const review = state.last.get(HLM_REVIEW);
    ref ??= review !== undefined && review.name.startsWith(c.name) && review.name.startsWith(' of ', c.name.length) ? review : undefined;
    if (ref === undefined) continue;
    c.name = ref.name;
    c.attrs = { ...ref.attrs };
  }
  for (let at = text.indexOf(THE_HLM); at >= 0; at = text.indexOf(THE_HLM, at + THE_HLM.length)) {
    if (at > 0 && !isRegexSpace(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) !== 40 /* ( */) continue;
    const start = at + 4;
    const end = at + THE_HLM.length;
    // (but "the wide support expressed at the high-level meeting for a comprehensive convention" (A/RES/79/47 OP3, 78/27,
    // 80/49): what was supported, not a meeting "for" it)
    if (HLM_NAMED_AFTER_RE.test(text.slice(end, end + 16)) && !(text.endsWith(EXPRESSED_AT, at) && HLM_FOR_RE.test(text.slice(end, end + 6)))) continue;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    // one named earlier in this paragraph is meant; "to convene a one-day high-level meeting of the General Assembly in
    // the margins of ..., and that the outcome of the high-level meeting ..." (A/RES/78/182 OP20): a new one the scan
    // did not name, not the one named before
    let ref: Ref | undefined;
    for (const c of cands) if (c.kind === 'Event' && c.end <= at && isHighLevelMeeting(c.name) && (!ref || c.start > (ref as Candidate).start)) ref = c;
    if (ref === undefined && INDEFINITE_HLM_RE.test(text.slice(0, at))) continue;
    ref ??= before;
    // "a progress report ..., which will serve to inform the high-level meeting to be convened in 2029" (A/RES/79/2 annex OP105,
    // 78/4 annex OP108 "... in 2027", 78/290 OP18 "... to be convened by the Assembly in 2026"): a sitting of that year, of the series of the meeting whose declaration
    // the resolution adopts (its OP1, OWN_HLM), else of the meeting named last; never an earlier sitting named before
    const future = FUTURE_SITTING_AFTER_RE.exec(text.slice(end, end + 60));
    if (future) {
      ref = state.last.get(OWN_HLM) ?? ref;
      if (ref === undefined) continue;
      cands.push(candidate('Event', ref.name, { eventKind: 'meeting', startDate: future[1]! }, start, end, 'short'));
      continue;
    }
    if (ref === undefined) continue;
    cands.push(candidate('Event', ref.name, { ...ref.attrs }, start, end, 'short'));
  }
}
/** precheck of futureHighLevelSittings: "high-level meeting to be" or "high-level meeting, to be" */
const HLM_TO_BE = ' to be ';
/** "the next high-level meeting, to be convened in 2031", "a high-level meeting to be convened in 2026" (group 1: "next" or "a";
 *  group 2: the year) */
const FUTURE_HLM_RE = /\b(?:the\s+(next)|(an?))\s+high-level meeting(?=,?\s+to\s+be\s+(?:convened|held)\s+(?:by\s+the\s+(?:General\s+)?Assembly\s+)?in\s+((?:19|20)\d\d)\b)/g;
/**
 * "..., which will serve to inform the next high-level meeting, to be convened in 2031" (A/RES/80/117 annex OP81), "... to
 * inform a high-level meeting to be convened in 2026" (A/RES/78/3 annex OP77): the sitting of that year of the series of the
 * meeting whose declaration the resolution adopts (OWN_HLM), as "the high-level meeting to be convened in 2027" is
 * (highLevelMeetingsNamedBefore). "The next" one with no declaration adopted: of the series named last; "a" one: none.
 */
function futureHighLevelSittings(text: string, cands: Candidate[], state: ResolutionState): void {
  FUTURE_HLM_RE.lastIndex = 0;
  for (let m = FUTURE_HLM_RE.exec(text); m !== null; m = FUTURE_HLM_RE.exec(text)) {
    const start = m.index + m[0].indexOf(m[1] ?? HLM);
    const end = m.index + m[0].length;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    const ref = state.last.get(OWN_HLM) ?? (m[1] ? state.last.get(HLM) : undefined);
    if (ref === undefined) continue;
    cands.push(candidate('Event', ref.name, { eventKind: 'meeting', startDate: m[3]! }, start, end, 'short'));
  }
}
/** after "the high-level meeting": ", to be convened in 2031", " to be convened by the Assembly in 2026" (group 1: the year) */
const FUTURE_SITTING_AFTER_RE = /^,?\s+to\s+be\s+(?:convened|held)\s+(?:by\s+the\s+(?:General\s+)?Assembly\s+)?in\s+((?:19|20)\d\d)\b/;
/** the state's slot for the high-level meeting whose political declaration the resolution adopts (ownHighLevelMeeting) */
const OWN_HLM = 'high-level meeting|own';
const ADOPTS_DECLARATION_OF_THE = 'Adopts the political declaration of the ';
/** the state's slot for that meeting's own sitting (its attributes, dated once its paragraph is read) */
const OWN_HLM_SITTING = 'high-level meeting|own sitting';
/** the gate of meetingInPreparation: a high-level meeting prepared for (a rare substring) */
const PREPARATION_FOR_THE_HLM = 'reparation for the high-level meeting';
/** the Assembly's words a high-level meeting's name may carry (removed to compare it with the own meeting's) */
const OF_THE_ASSEMBLY_IN_NAME_RE = / of the (?:United Nations )?General Assembly(?= on )/;
/**
 * "Recall World Health Assembly resolution 76.4 of 30 May 2023, entitled “Preparation for the high-level meeting of the United
 * Nations General Assembly on universal health coverage”" (A/RES/78/4 annex OP7): the meeting prepared for is the sitting still
 * to come when the preparation was decided, the one whose declaration the resolution adopts (held on 21 September 2023, its
 * OP1), not the 2019 one of that name the annex recalls before: it takes that sitting's start. Only where the names agree (the
 * Assembly's words aside) and that sitting is dated.
 */
function meetingInPreparation(text: string, cands: Candidate[], state: ResolutionState): void {
  const own = state.last.get(OWN_HLM_SITTING);
  const day = own?.attrs.startDate;
  if (own === undefined || typeof day !== 'string') return;
  for (let at = text.indexOf(PREPARATION_FOR_THE_HLM); at >= 0; at = text.indexOf(PREPARATION_FOR_THE_HLM, at + 1)) {
    const start = at + PREPARATION_FOR_THE_HLM.length - 'high-level meeting'.length;
    const c = cands.find((x) => x.kind === 'Event' && x.start === start);
    if (c === undefined || c.name.replace(OF_THE_ASSEMBLY_IN_NAME_RE, '') !== own.name) continue;
    c.attrs = { ...c.attrs, startDate: day };
  }
}
/**
 * "Adopts the political declaration of the high-level meeting on antimicrobial resistance, held on 26 September 2024 ..., as
 * contained in the annex to the present resolution" (A/RES/79/2 OP1, 78/4, 78/5 OP1): the meeting whose declaration the
 * annex is, for the sitting of its series that the declaration's follow-up names by its year (highLevelMeetingsNamedBefore).
 */
function ownHighLevelMeeting(text: string, cands: readonly Candidate[], state: ResolutionState): void {
  // "Adopts the political declaration of the high-level meeting on ...": the meeting named right there; "Adopts the following
  // political declaration, as the outcome of ... considered by the fourth high-level meeting of the General Assembly on ..."
  // (A/RES/80/117 OP1): the first one the opening clause names
  const at = text.startsWith(ADOPTS_DECLARATION_OF_THE) ? ADOPTS_DECLARATION_OF_THE.length : -1;
  const clauseEnd = at < 0 ? text.search(ADOPTS_CLAUSE_END_RE) : -1;
  for (const c of cands) {
    if (c.kind !== 'Event' || !isHighLevelMeeting(c.name)) continue;
    if (at >= 0 ? c.start !== at : clauseEnd >= 0 && c.start > clauseEnd) continue;
    state.last.set(OWN_HLM, { kind: c.kind, name: c.name, attrs: {} });
    // (the sitting itself, whose attributes its days printed there date: see meetingInPreparation)
    state.last.set(OWN_HLM_SITTING, { kind: c.kind, name: c.name, attrs: c.attrs });
    return;
  }
}
/** "Adopts the following political declaration, as the outcome of ...": the opening (before the words naming the meeting) */
const ADOPTS_FOLLOWING_DECLARATION_RE = /^Adopts the following political declaration\b/;
/** the end of the opening clause of "Adopts the following political declaration, ... held on ...." */
const ADOPTS_CLAUSE_END_RE = /[.;]|, held\b/;
/**
 * "Decides that the overall theme of the high-level plenary meeting of the General Assembly to be held on 25 September 2024 will
 * be ..." (A/RES/78/319 OP1) after PP1 named "a high-level plenary meeting of the General Assembly on addressing the existential
 * threats posed by sea level rise, in New York on 25 September 2024": the same meeting, named by the start of its name on the
 * same day; it takes the longer name (kept as the meeting "the high-level meeting" stands for).
 */
function sameHighLevelMeetingNamedLonger(c: Candidate, state: ResolutionState): boolean {
  if (!isHighLevelMeeting(c.name)) return false;
  const last = state.last.get(HLM);
  if (last === undefined || last.name.length <= c.name.length || last.name.charCodeAt(c.name.length) !== 32 || !last.name.startsWith(c.name)) return false;
  const day = c.attrs.startDate;
  if (typeof day !== 'string' || day !== last.attrs.startDate) return false;
  c.name = last.name;
  return true;
}
const OEWG = 'Open-ended Working Group';
const THE_OEWG = 'the open-ended working group';
/** After "the open-ended working group": the start of a longer name ("on reducing space threats", "of the Whole"). */
const OEWG_NAMED_AFTER_RE = /^[\w-]|^\s+(?:on|of|for|to\s+(?:draw|elaborate|develop|consider|discuss|negotiate))\s/;
/**
 * "at its eleventh substantive session, on 11 July 2025, the open-ended working group considered its final report" and
 * "Decides to endorse the final report of the open-ended working group" after "the open-ended working group on security of
 * and in the use of information and communications technologies established pursuant to resolution 75/240" (A/RES/80/16
 * PP3, OP1, OP2): the one the resolution named last (as the capitalised short form "the Open-ended Working Group" is); not
 * the start of another group's name ("the open-ended working group on reducing space threats").
 */
function openEndedWorkingGroupNamedBefore(text: string, cands: Candidate[], state: ResolutionState): void {
  for (let at = text.indexOf(THE_OEWG); at >= 0; at = text.indexOf(THE_OEWG, at + THE_OEWG.length)) {
    const start = at + 4;
    const end = at + THE_OEWG.length;
    if (OEWG_NAMED_AFTER_RE.test(text.slice(end, end + 16))) continue;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    let ref: Ref | undefined;
    for (const c of cands) if (c.kind === 'Organization' && c.end <= at && c.name.startsWith(OEWG) && (!ref || c.start > (ref as Candidate).start)) ref = c;
    ref ??= state.last.get('Working Group');
    if (ref === undefined || ref.kind !== 'Organization' || !ref.name.startsWith(OEWG)) continue;
    cands.push(candidate('Organization', ref.name, { ...ref.attrs }, start, end, 'short'));
  }
}
const SPECIAL_SESSION = ' special session';
const SPECIAL_SESSION_OF = ' special session of the ';
const NAMED_SPECIAL_SESSION_RE = /^([a-z]+(?:-[a-z]+)?) special session of the /;
/** "the twenty-third special session" right before the text's position: its ordinal */
const THE_SPECIAL_ORDINAL_BEFORE_RE = /(?:^|[\s(])the\s+([a-z]+(?:[-‑][a-z]+)?)$/;
/**
 * Step 4e'': "the outcome of the twenty-third special session" printed alone (A/RES/80/186, 78/182, 79/288: texts on the
 * Beijing Declaration, after "the twenty-third special session of the General Assembly" named before) is the special session
 * of that ordinal the resolution named last, as "the high-level meeting" is. Not followed by "of", "devoted" or a plural.
 */
function specialSessionsNamedBefore(text: string, cands: Candidate[], state: ResolutionState): void {
  for (let at = text.indexOf(SPECIAL_SESSION); at >= 0; at = text.indexOf(SPECIAL_SESSION, at + SPECIAL_SESSION.length)) {
    const end = at + SPECIAL_SESSION.length;
    if (/^(?:s\b|[\w-]|\s+(?:of|devoted)\b)/.test(text.slice(end, end + 10))) continue;
    const m = THE_SPECIAL_ORDINAL_BEFORE_RE.exec(text.slice(Math.max(0, at - 30), at));
    if (!m) continue;
    const ref = state.last.get(`${m[1]!.replace(/‑/g, '-')}${SPECIAL_SESSION}`);
    if (ref === undefined) continue;
    const start = at - m[1]!.length;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    cands.push(candidate('Event', ref.name, { ...ref.attrs }, start, end, 'short'));
  }
}
/** "a high-level meeting", "a one-day high-level meeting", "an informal high-level meeting" */
const INDEFINITE_HLM_RE = /\b[Aa]n?\s+(?:[\w-]+\s+){0,2}high-level meeting\b/;

const INTERGOVERNMENTAL = 'intergovernmental ';
/** before the framework a sitting adopted, later in its sentence: ", and recalling that it adopted the ", "the adoption of the " */
const ADOPTED_BY_IT_RE = /(?:\bthat\s+it\s+adopted|\bthe\s+adoption\s+of)\s+the\s+$/;
/**
 * The framework "it adopted" (or whose adoption is recalled) later in the sentence of an intergovernmental conference printed
 * in lower case and told by its dates and venue only; not past the clause's end (";") or a sentence's.
 */
function frameworkAdoptedAfter(text: string, cands: readonly Candidate[], end: number): Candidate | undefined {
  const stop = text.slice(end, end + 220).search(/;|\.\s/);
  const limit = stop < 0 ? end + 220 : end + stop;
  for (const c of cands) {
    if (c.kind !== 'Framework' || c.start <= end || c.start > limit) continue;
    if (ADOPTED_BY_IT_RE.test(text.slice(Math.max(end, c.start - 40), c.start))) return c;
  }
  return undefined;
}

/** before a body established at a sitting printed next: "the establishment of the " */
const ESTABLISHMENT_OF_THE = 'the establishment of the ';
/** between that body's name and the sitting's article: ", at ", " at " (a footnote mark may follow the name) */
const AT_THE_SITTING_GAP_RE = /^\d{0,2},?\s+at\s+$/;
/**
 * The body whose establishment the paragraph prints right before an intergovernmental meeting told by its dates and venue only:
 * "Welcomes the establishment of the Intergovernmental Science-Policy Panel on Chemicals, Waste and Pollution, at the
 * intergovernmental meeting held on 19 and 20 June 2025 in Punta del Este, Uruguay" (A/RES/80/135 OP16): the meeting is named
 * by the body it met to establish, as the conference that adopted a compact is named by it (frameworkAdoptedAfter).
 */
function bodyEstablishedBefore(text: string, cands: readonly Candidate[], sittingAt: number): Candidate | undefined {
  for (const c of cands) {
    if (c.kind !== 'Organization' || c.end > sittingAt || c.end < sittingAt - 16) continue;
    if (!text.startsWith(ESTABLISHMENT_OF_THE, c.start - ESTABLISHMENT_OF_THE.length)) continue;
    if (AT_THE_SITTING_GAP_RE.test(text.slice(c.end, sittingAt))) return c;
  }
  return undefined;
}

/** a subtitle after a topic's colon, in lowercase as the topic is: ": opportunities and risks for international peace and security" */
const LOWERCASE_SUBTITLE_RE = new RegExp(String.raw`^:\s+(?=[a-z])(?:${TOPIC_SOURCE})`, 'u');
/**
 * The length of the topic after a body's lowercase sitting ("the meeting of the <body>" and " on <topic>"), with the
 * lowercase subtitle a colon adds to it; 0 unless something right after makes it one sitting (ONE_SITTING_AFTER_RE), so
 * that "the meeting of the <body>, held ..." reads as before.
 */
function bodySittingTopicLength(text: string, end: number): number {
  const topic = ON_TOPIC_RE.exec(text.slice(end, end + 300));
  if (!topic) return 0;
  let length = topic[0].length;
  if (text.charCodeAt(end + length) === 58 /* : */) {
    const subtitle = LOWERCASE_SUBTITLE_RE.exec(text.slice(end + length, end + length + 300));
    if (subtitle) length += subtitle[0].length;
  }
  return ONE_SITTING_AFTER_RE.test(text.slice(end + length, end + length + 80)) ? length : 0;
}

/**
 * The venue and day printed before a lowercase sitting that nothing after it makes one sitting: "the signature of a joint
 * declaration ..., in Yaoundé on 27 April 2022, at the end of the regional conference on ..." (A/RES/79/68 PP28, 80/63; see
 * PLACED_DATED_AT_END_OF_RE), read as a listed sitting's venue and year are (pairedAttrs). null when none is printed so (no
 * sitting); `start`: the sitting's first qualifier.
 */
function placedDatedBefore(text: string, cands: readonly Candidate[], start: number): VenueYear | null {
  if (!textIncludes(text, AT_THE_END_OF_THE)) return null;
  const from = Math.max(0, start - 100);
  const m = PLACED_DATED_AT_END_OF_RE.exec(text.slice(from, start));
  if (!m) return null;
  const venueAt = from + m.index + m[0].indexOf(m[1]!);
  const dayAt = from + m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
  const iso = parseSingleDate(m[2]!);
  if (iso === undefined || !cands.some((c) => c.kind === 'Place' && c.start === venueAt)) return null;
  return { venueAt, year: iso, yearAt: dayAt, dateEnd: dayAt + m[2]!.length };
}

/** The organization printed after a lowercase sitting's noun (which ends at `end`) as its organizer, with the day it sat after
 *  the organizer's name (ORGANIZED_BY_RE, ORGANIZER_THEN_DAY_RE); undefined when either is missing. */
const ORGANIZED_BY = ' organized by ';
function organizerThenDay(text: string, cands: readonly Candidate[], end: number): Candidate | undefined {
  if (!text.startsWith(ORGANIZED_BY, end)) return undefined;
  const by = ORGANIZED_BY_RE.exec(text.slice(end, end + 24));
  if (!by) return undefined;
  const organizer = cands.find((c) => c.kind === 'Organization' && c.start === end + by[0].length);
  return organizer !== undefined && ORGANIZER_THEN_DAY_RE.test(text.slice(organizer.end, organizer.end + 40)) ? organizer : undefined;
}

/** "one-day " / "one-day, " opening a lowercase sitting's qualifiers */
const ONE_DAY_RE = /^one-day,?\s+/;
function lowercaseSittings(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let m: RegExpExecArray | null;
  LOWERCASE_SITTING_SCAN.lastIndex = 0;
  while ((m = LOWERCASE_SITTING_SCAN.exec(text))) {
    const qualifiers = m[1]!;
    const noun = m[2]!;
    // ("the one-day informal interactive dialogue on commodity markets", A/RES/80/124 PP11: its length is no part of its name)
    const oneDay = ONE_DAY_RE.exec(qualifiers);
    const start = m.index + m[0].length - noun.length - qualifiers.length + (oneDay ? oneDay[0].length : 0);
    let end = m.index + m[0].length;
    // "the high-level meeting of the General Assembly on ...": read by meetingsOfBodies already
    if (cands.some((c) => c.kind === 'Event' && c.start < end && start < c.end)) continue;
    const rest = text.slice(end, end + 300);
    const marks = COMMEMORATES_RE.exec(rest);
    const of = marks ? null : SITTING_OF_RE.exec(rest);
    let named = false;
    let themed = false;
    const ministers = rest.startsWith(OF_MINISTERS) ? MINISTERS_RESPONSIBLE_RE.exec(rest) : null;
    if (ministers) {
      // "the regional forum of ministers responsible for communication, media, ... from States members of the Economic
      // Community of Central African States, held on 30 and 31 January 2024 in Bangui" (A/RES/79/68 OP24): named by who sat
      end += ministers[0].length;
      named = true;
    } else if (marks || of) {
      const at = end + (marks ?? of)![0].length;
      const target = cands.find((c) => c.start === at && (marks ? c.kind === 'Event' : c.kind === 'Organization'));
      if (target) {
        end = target.end;
        named = true;
        // "the meeting of the United Nations Security Council on artificial intelligence: opportunities and risks for
        // international peace and security, held on 18 July 2023" (A/RES/79/239 PP16): the body's sitting on a topic
        if (of && text.startsWith(' on ', end)) end += bodySittingTopicLength(text, end);
      }
    } else if (rest.startsWith(TO_PROMOTE_ETC) && PURPOSE_THEN_HELD_RE.test(rest)) {
      // "the upcoming world congress to promote the ratification of the Convention, to be held in 2024" (A/RES/78/207 OP2)
      end += PURPOSE_THEN_HELD_RE.exec(rest)![0].length;
      named = true;
    } else {
      const topic = ON_TOPIC_RE.exec(rest);
      // "the expert group meeting on the topic, held from 6 to 8 April 2022": the topic is told elsewhere
      // "the high-level debate on the theme “A second chance: ...”": the quoted theme is part of the name
      const theme = topic && /\btheme$/.test(topic[1]!) ? QUOTED_THEME_RE.exec(text.slice(end + topic[0].length, end + topic[0].length + 300)) : null;
      if (topic && (theme || !ANAPHORIC_TOPIC_RE.test(topic[1]!))) {
        end += topic[0].length + (theme ? theme[0].length : 0);
        // "on the social, economic and environmental determinants of health" (A/RES/78/280 OP32): the series runs to its noun
        const series = !theme && text.charCodeAt(end) === 44 /* , */ && LONE_MODIFIER_TOPIC_RE.test(topic[1]!) ? ADJECTIVE_SERIES_TOPIC_RE.exec(text.slice(end, end + 300)) : null;
        if (series) end += series[0].length;
        named = true;
        // (a definite one: "to hold ... a high-level debate on the theme “...”" asks for a sitting not yet held, A/RES/78/229 OP27)
        themed = theme !== null && (m[0].charCodeAt(0) | 32) === 116; /* t(he) */
      }
    }
    // "the intergovernmental conference held on 10 and 11 December 2018 in Marrakech, Morocco, and recalling that it adopted
    // the Global Compact for Safe, Orderly and Regular Migration" (A/RES/78/120 PP, 79/139, 80/113; "recalling the adoption
    // of the Global Compact ...", A/RES/79/263 PP27, 78/262; "recalls that it adopted ...", 78/263 OP17, 79/264): named, as the
    // conference is, by the framework it met to adopt
    const adopted = named || qualifiers !== INTERGOVERNMENTAL || noun !== 'conference' ? undefined : frameworkAdoptedAfter(text, cands, end);
    if (adopted) named = true;
    const established = named || qualifiers !== INTERGOVERNMENTAL || noun !== 'meeting' ? undefined : bodyEstablishedBefore(text, cands, m.index);
    if (established) named = true;
    // (the sitting on a quoted theme is one sitting, whatever follows: "the international conference on the theme “Policy of
    // neutrality and ...” (Ashgabat outcome document), adopted on 12 December 2020", A/RES/79/274 PP10)
    // (a sitting that lasts a day and is named by its topic is one sitting: "to convene, in 2025, ... a one-day high-level
    // interactive dialogue on the social, economic and environmental determinants of health and to draft ...", A/RES/78/280
    // OP32; not "a one-day informal interactive dialogue of the Assembly on commodity markets", 78/138 OP37, named by its body)
    if (!named) {
      // ("the panel discussion organized by the President of the General Assembly held on 13 June 2016", A/RES/79/149 PP9): named
      // by its organizer, as a hosted sitting by its hosts; the mention is its noun, the organizer and day read after it
      const organizer = organizerThenDay(text, cands, end);
      if (organizer !== undefined) {
        const eventKind: EventKindName = noun === 'conference' ? 'conference' : noun === 'meeting' ? 'meeting' : noun === 'dialogue' ? 'dialogue' : noun === 'forum' ? 'forum' : 'other';
        out.push(candidate('Event', `${qualifiers.replace(/\s+/g, ' ')}${noun.replace(/\s+/g, ' ')} organized by ${text.slice(end + ORGANIZED_BY.length, organizer.end).replace(/\s+/g, ' ')}`, { eventKind }, start, end, 'special'));
      }
      continue;
    }
    // ("..., in Yaoundé on 27 April 2022, at the end of the regional conference on solutions for people affected by the crisis
    // in the Central African Republic", A/RES/79/68 PP28: its venue and day printed before it)
    // ("to convene, during the eightieth session of the Assembly, a meeting on science, technology and innovation for development"
    // (A/RES/80/147 OP54, 78/160 OP45): a bare "a meeting on <topic>" matches only after "convene"/"convening", which makes it
    // one sitting, as a one-day one is)
    // (not "after a meeting of the Group of Governmental Experts", A/RES/79/62 OP11: the body's meetings in general)
    const convened = qualifiers.length === 0 && m[0].charCodeAt(0) === 97 /* a */ && text.startsWith(' on ', m.index + m[0].length);
    const placed = themed || convened || (oneDay && !marks && !of) || ONE_SITTING_AFTER_RE.test(text.slice(end, end + 80)) ? undefined : placedDatedBefore(text, cands, start);
    if (placed === null) continue;
    const inside = cands.filter((c) => c.start >= start && c.end <= end).sort((a, b) => a.start - b.start);
    const name = adopted
      ? `Intergovernmental Conference to Adopt the ${adopted.name}`
      : established
        ? `Intergovernmental Meeting to Establish the ${established.name}`
        : canonicalTopic(text.slice(start, end), inside, start);
    const eventKind: EventKindName = noun === 'conference' ? 'conference' : noun === 'meeting' ? 'meeting' : noun === 'dialogue' ? 'dialogue' : noun === 'forum' ? 'forum' : 'other';
    out.push(candidate('Event', name, placed === undefined ? { eventKind } : pairedAttrs(eventKind, placed), start, end, 'special'));
    LOWERCASE_SITTING_SCAN.lastIndex = Math.max(LOWERCASE_SITTING_SCAN.lastIndex, end);
  }
  return out;
}

/** the kind of an unnamed sitting by its noun ("retreat" and "meeting" sit as meetings; a workshop is of no kind of its own) */
const HOSTED_NOUN_KINDS: ReadonlyMap<string, EventKindName> = new Map<string, EventKindName>([
  ['conference', 'conference'], ['meeting', 'meeting'], ['retreat', 'meeting'], ['summit', 'summit'], ['forum', 'forum'],
]);
/** Where the host of a sitting read after another's days is printed ("... and by Sierra Leone on ..."): its HOSTS is read there. */
let hostedAt = new Map<Record<string, unknown>, number>();
/** Whether `c` is printed at `at`, or after a "the " there ("hosted by the Philippines", "held in the Bahamas"). */
function printedAt(text: string, c: Candidate, at: number): boolean {
  return c.start === at || (c.start === at + 4 && text.startsWith('the ', at));
}
/** The hosts printed from `at` on ("the Philippines", "Jordan, Brazil and Spain"): the first and last, places or bodies read. */
function hostsAt(text: string, cands: readonly Candidate[], at: number): { first: Candidate; last: Candidate } | undefined {
  const first = cands.find((c) => (c.kind === 'Place' || c.kind === 'Organization') && printedAt(text, c, at));
  if (first === undefined) return undefined;
  let last = first;
  for (;;) {
    const from = last.end;
    const next = cands.find((c) => (c.kind === 'Place' || c.kind === 'Organization') && c.start > from && c.start - from <= 10 && HOSTS_GAP_RE.test(text.slice(from, c.start)));
    if (next === undefined) return { first, last };
    last = next;
  }
}
/**
 * Step 4e (hosted). A sitting with no name of its own, identified by who hosted it and on which days: "the regional conference
 * hosted by Costa Rica on 23 and 24 February 2023", "the conference hosted by Luxembourg on 25 and 26 April 2023" (A/RES/78/241
 * PP7), "the international conference hosted by Austria on 29 and 30 April 2024" (A/RES/79/62 PP10), "the most recent ministerial
 * meeting hosted by Jordan, Brazil and Spain on 25 September 2025" (A/RES/80/77 PP42): one sitting each, named by its noun and its
 * hosts ("regional conference hosted by Costa Rica"), keyed by its year as any dated sitting; the mention is its noun, so that
 * the hosts and days after it are read as for a named one. A plural with a second host and days ("the latest regional conferences
 * hosted by the Philippines on 13 and 14 December 2023 and by Sierra Leone on 17 and 18 April 2024", A/RES/79/62 PP10) is two
 * sittings, the second spanning its days. Only with the days printed right after the hosts: "conferences hosted by States" in
 * general, with no day, name no sitting.
 */
function hostedSittings(text: string, cands: Candidate[]): void {
  HOSTED_SITTING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HOSTED_SITTING_RE.exec(text))) {
    const qualifiers = m[1]!.replace(/\s+/g, ' ');
    const noun = m[2]!;
    const nounEnd = m.index + m[0].trimEnd().length;
    const start = nounEnd - noun.length - m[3]!.length - m[1]!.length;
    if (cands.some((c) => c.kind === 'Event' && c.start < nounEnd && start < c.end)) continue;
    const byAt = text.indexOf(HOSTED_BY, nounEnd - 1) + HOSTED_BY.length;
    const hosts = hostsAt(text, cands, byAt);
    if (hosts === undefined) continue;
    let after = hosts.last.end;
    // ("the summit hosted by the Kingdom of the Netherlands and co-organized by the Republic of Korea on 15 and 16 February 2023",
    // A/RES/78/241 PP7: the co-organizer stands between the host and the days)
    const co = CO_ORGANIZED_BY_RE.exec(text.slice(after, after + 40));
    if (co) {
      const coAt = after + co[0].length;
      const organizer = cands.find((c) => c.start === coAt && (c.kind === 'Place' || c.kind === 'Organization'));
      if (organizer === undefined) continue;
      after = organizer.end;
    }
    const days = HOSTED_ON_DAYS_RE.exec(text.slice(after, after + 60));
    if (!days) continue;
    const eventKind = HOSTED_NOUN_KINDS.get(noun) ?? 'other';
    const hostName = (first: Candidate, last: Candidate) => `${qualifiers}${noun} hosted by ${text.slice(first.start, last.end).replace(/\s+/g, ' ')}`;
    cands.push(candidate('Event', hostName(hosts.first, hosts.last), { eventKind }, start, nounEnd, 'special'));
    if (m[3] !== 's') continue;
    // the plural's next sitting: " and by <host> on <days>"
    const daysEnd = after + days[0].length;
    const and = AND_BY_RE.exec(text.slice(daysEnd, daysEnd + 20));
    const next = and ? hostsAt(text, cands, daysEnd + and[0].length - (and[0].endsWith('the ') ? 4 : 0)) : undefined;
    const nextDays = next ? HOSTED_ON_DAYS_RE.exec(text.slice(next.last.end, next.last.end + 60)) : null;
    if (next === undefined || !nextDays) continue;
    const nextEnd = next.last.end + nextDays[0].length;
    const daysAt = next.last.end + nextDays[0].search(/\d/);
    const range = parseDateRange(text.slice(daysAt, nextEnd));
    if (range.start === undefined) continue;
    const attrs = pairedAttrs(eventKind, { venueAt: -1, year: range.start, yearAt: daysAt, dateEnd: nextEnd, endDate: range.end });
    hostedAt.set(attrs, next.first.start);
    cands.push(candidate('Event', hostName(next.first, next.last), attrs, daysAt, nextEnd, 'special'));
  }
}
/**
 * Step 4e (hosted, two days). "the most recent ministerial meetings held on 22 September 2022 and 21 September 2023, hosted by
 * Jordan and Sweden" (A/RES/78/73 PP21): two sittings, one a day, both hosted by the hosts printed after the second day; named
 * as hostedSittings names one ("ministerial meeting hosted by Jordan and Sweden"), each keyed and dated by its own day. The
 * first's mention is its noun, the second's its day, as for the plural there.
 */
function sittingsHeldOnTwoDaysHosted(text: string, cands: Candidate[]): void {
  for (let at = text.indexOf(HOSTED_BY); at >= 0; at = text.indexOf(HOSTED_BY, at + 1)) {
    const from = Math.max(0, at - 160);
    const m = HELD_ON_TWO_DAYS_BEFORE_HOSTED_RE.exec(text.slice(from, at));
    if (!m) continue;
    const hosts = hostsAt(text, cands, at + HOSTED_BY.length);
    if (hosts === undefined) continue;
    const qualifiers = m[1]!.replace(/\s+/g, ' ');
    const noun = m[2]!;
    const start = from + m.index + m[0].indexOf(m[1]! + noun, 4);
    const nounEnd = start + m[1]!.length + noun.length + 1;
    if (cands.some((c) => c.kind === 'Event' && c.start < nounEnd && start < c.end)) continue;
    const name = `${qualifiers}${noun} hosted by ${text.slice(hosts.first.start, hosts.last.end).replace(/\s+/g, ' ')}`;
    const eventKind = HOSTED_NOUN_KINDS.get(noun) ?? 'other';
    const firstAt = from + m.index + m[0].lastIndexOf(m[3]!, m[0].length - m[4]!.length);
    const secondAt = from + m.index + m[0].lastIndexOf(m[4]!);
    for (const [dayAt, day, mentionStart, mentionEnd] of [
      [firstAt, m[3]!, start, nounEnd],
      [secondAt, m[4]!, secondAt, secondAt + m[4]!.length],
    ] as const) {
      const iso = parseDateRange(day).start;
      if (iso === undefined) continue;
      const attrs = pairedAttrs(eventKind, { venueAt: -1, year: iso, yearAt: dayAt, dateEnd: dayAt + day.length });
      hostedAt.set(attrs, hosts.first.start);
      cands.push(candidate('Event', name, attrs, mentionStart, mentionEnd, 'special'));
    }
  }
}

/**
 * Step 4e (held). A sitting with no name of its own, identified by where and on which days it was held: "the extraordinary
 * ministerial conference held in Rome on 15 March 2018" (A/RES/78/73), "the ministerial meeting held in New York on 24 September
 * 2024" (A/RES/80/70), "the declaration of its forum held in Fez, Morocco, on 23 and 24 April 2015" (A/RES/79/180 PP26, 78/214,
 * 80/200): one sitting each, named by its noun and its venue ("forum held in Fez"), keyed by its year; the mention is its noun,
 * so that the venue and days after it are read as for a named one. Only with the days printed right after the venue (its
 * country between): "a preparatory meeting held in Luanda from 22 to 25 April", with no year, or "the ... meeting, held in Sao
 * Tome", with no day, stay unnamed.
 */
function heldSittings(text: string, cands: Candidate[], gate: string): void {
  for (let held = text.indexOf(gate); held >= 0; held = text.indexOf(gate, held + 1)) {
    const from = Math.max(0, held - 70);
    const m = HELD_SITTING_BEFORE_RE.exec(text.slice(from, held));
    if (!m) continue;
    const qualifiers = m[1]!.replace(/\s+/g, ' ');
    const noun = m[2]!;
    const start = from + m.index + m[0].indexOf(m[1]! + noun);
    const nounEnd = start + m[1]!.length + noun.length;
    if (cands.some((c) => c.kind === 'Event' && c.start < nounEnd && start < c.end)) continue;
    const inAt = held + gate.length;
    let venue = cands.find((c) => c.kind === 'Place' && printedAt(text, c, inAt));
    if (venue === undefined) continue;
    // ("convened at United Nations Headquarters in New York": the city the building stands in names the sitting)
    const city = cands.find((c) => c.kind === 'Place' && c.start > venue!.end && c.start - venue!.end <= 4 && VENUE_CITY_GAP_RE.test(text.slice(venue!.end, c.start)));
    if (city !== undefined) venue = city;
    const country = cands.find((c) => c.kind === 'Place' && c.start > venue!.end && c.start - venue!.end <= 3 && VENUE_COUNTRY_GAP_RE.test(text.slice(venue!.end, c.start)));
    const after = (country ?? venue).end;
    if (!HELD_ON_DAYS_RE.test(text.slice(after, after + 60))) continue;
    // ("the practical tools recommended by the open-ended intergovernmental expert group on gender-related killing of women and
    // girls at its meeting held in Bangkok from 11 to 13 November 2014", A/RES/78/229 OP48: the body's own sitting, named so)
    const owner = text.startsWith(' at its ', start - 8) ? cands.find((c) => c.kind === 'Organization' && c.end === start - 8) : undefined;
    const name = owner ? `${qualifiers}${noun} of the ${owner.name}` : `${qualifiers}${noun} held in ${venue.name}`;
    cands.push(candidate('Event', name, { eventKind: HOSTED_NOUN_KINDS.get(noun) ?? 'other' }, start, nounEnd, 'special'));
  }
}

/**
 * Step 4e (convened on). A sitting with no name and no venue, identified by its qualifiers and its days: "the extraordinary
 * virtual ministerial pledging conference convened on 23 June 2020" (A/RES/78/73 PP21): named by its words, keyed by its year
 * as any dated sitting; the mention is its noun, so that the days after it are read as for a named one. Two qualifiers at
 * least (DATED_SITTING_BEFORE_RE), and the full day printed right after.
 */
function datedSittings(text: string, cands: Candidate[]): void {
  for (let at = text.indexOf(CONVENED_ON); at >= 0; at = text.indexOf(CONVENED_ON, at + 1)) {
    const from = Math.max(0, at - 90);
    const m = DATED_SITTING_BEFORE_RE.exec(text.slice(from, at));
    if (!m) continue;
    const days = at + CONVENED_ON.length - 4;
    if (!HELD_ON_DAYS_RE.test(text.slice(days, days + 60))) continue;
    const start = from + m.index + m[0].length - m[1]!.length - m[2]!.length;
    const nounEnd = from + m.index + m[0].length;
    if (cands.some((c) => c.kind === 'Event' && c.start < nounEnd && start < c.end)) continue;
    cands.push(candidate('Event', `${m[1]!.replace(/\s+/g, ' ')}${m[2]!}`, { eventKind: HOSTED_NOUN_KINDS.get(m[2]!) ?? 'other' }, start, nounEnd, 'special'));
  }
}

/**
 * Step 4e (first met). "the Secretary-General’s initiative for establishing the United Nations-led Doha process that initially
 * met in May 2023 in Doha" (A/RES/79/317 OP63): the process's first meeting, dated and placed by the words after it, named as
 * a body's numbered sitting is ("first meeting of the Doha process"); its mention is the words "initially met".
 */
function firstMeetingsOfProcesses(text: string, cands: Candidate[], gate: string): void {
  // ("initiated" is said of much that never sits, "a programme initiated in 2019 in Geneva": only a process's start is a sitting)
  const initiated = gate === INITIATED_IN;
  for (let at = text.indexOf(gate); at >= 0; at = text.indexOf(gate, at + 1)) {
    // the first process or body just before the words whose "initially met ... in <Place>" reads (the match is kept)
    let process: Candidate | undefined;
    let m: RegExpExecArray | null = null;
    for (const c of cands) {
      const kindFits = initiated ? c.kind === 'Initiative' && c.name.endsWith(' process') : c.kind === 'Initiative' || c.kind === 'Organization';
      if (!kindFits || c.end > at || at - c.end > 12) continue;
      m = INITIALLY_MET_RE.exec(text.slice(c.end, c.end + 60));
      if (m !== null) {
        process = c;
        break;
      }
    }
    if (process === undefined || m === null) continue;
    const words = m[1] ?? m[2]!;
    const start = process.end + m[0].indexOf(words);
    const end = start + words.length;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    cands.push(candidate('Event', `first meeting of the ${process.name}`, { eventKind: 'meeting' }, start, end, 'special'));
  }
}

const ANNIVERSARY_OF = ' anniversary of ';
const ON_THE_OCCASION_OF = 'n the occasion of the ';
/** "high-level meeting[ of the General Assembly][ convened by ...][, on 22 September 2021,] to commemorate the twentieth anniversary of [the adoption of] " */
// (or when and how it sits, set off before the anniversary: "a high-level plenary meeting during the general debate of the
// General Assembly at its eightieth session, to mark the thirtieth anniversary of the World Programme of Action for Youth"
// (A/RES/80/180 PP5), "a high-level plenary meeting of the General Assembly, at the level of Heads of State and Government ...,
// during the general debate of the eightieth session of the General Assembly in 2025, to commemorate ..." (A/RES/79/289 PP1,
// 78/179 PP18, OP31), "a high-level meeting, within existing resources, to mark ..." (A/RES/78/288 OP5), "a high-level
// meeting, which will feature an address by the Special Adviser ..., to mark ..." (A/RES/79/328 OP3): group 6)
const ANNIVERSARY_SITTING_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])(high-level(?:\s+plenary)?|commemorative|special\s+high-level)\s+(meeting|event)(\s+of\s+the\s+General\s+Assembly)?(\s+convened\s+by\s+[^,;]{1,160}?)?(,\s+(?:(?:to\s+be\s+)?held\s+)?(?:on|in)\s+[^,;]{1,40},)?(,?\s+(?:during|within|at\s+the\s+level\s+of|which\s+will)\s[^;.()]{1,240}?,)?\s+(?:to\s+(?:commemorate|mark|celebrate)|commemorating|marking|in\s+commemoration\s+of)\s+the\s+(${ORDINAL_SOURCE})\s+anniversary\s+of\s+(the\s+adoption\s+of\s+)?`,
  'giu',
);
/**
 * Step 4e''': a sitting named by the anniversary it marks: "a one day high-level meeting of the General Assembly, on 22
 * September 2021, commemorating the twentieth anniversary of the adoption of the Durban Declaration and Programme of
 * Action" (A/RES/79/161 OP41), "a one-day high-level meeting to mark the twenty-fifth anniversary of the adoption of the
 * Durban Declaration and Programme of Action" (A/RES/80/193 OP54), "the high-level event, to be held in 2026, to
 * commemorate the twenty-fifth anniversary of ..." (OP53). Named "<noun>[ of the General Assembly] to commemorate the
 * <ordinal> anniversary of [the adoption of] the <name>", where a known name (framework, event, body) follows (the body
 * holding it is no part of that name: "... of the General Assembly to commemorate ..." read as an owner would be a body of
 * its own); it replaces the bare "high-level meeting of the General Assembly" read inside it.
 */
const ANNIVERSARY_OF_TAIL_RE = /\s+of\s+(?:the\s+adoption\s+of\s+)?$/;
function anniversarySittings(text: string, cands: Candidate[]): void {
  ANNIVERSARY_SITTING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANNIVERSARY_SITTING_RE.exec(text))) {
    const at = m.index + m[0].length;
    const from = text.startsWith('the ', at) ? at + 4 : at;
    const target = cands.find((c) => c.start === from && (c.kind === 'Framework' || c.kind === 'Event' || c.kind === 'Organization'));
    if (!target) continue;
    const start = m.index;
    // (the mention ends at "anniversary": the name it marks stays a mention of its own, as printed; before a date or year set
    // off by commas, which its window reads then: "..., on 22 September 2021, commemorating ...", "..., to be held in 2026, ...")
    // (before "convened by": the convener and the sitting it met in are mentions of their own, "the high-level meeting convened by
    // the President of the General Assembly during the general debate of the General Assembly at its seventy-seventh session
    // to commemorate the thirtieth anniversary of the adoption of the Declaration", A/RES/78/211 PP4 and OP5)
    const cut = m[4] ?? m[5] ?? m[6];
    const end = cut !== undefined ? m.index + m[0].indexOf(cut) : m.index + m[0].search(ANNIVERSARY_OF_TAIL_RE);
    const name = `${m[1]!.toLowerCase().replace(/\s+/g, ' ')} ${m[2]!.toLowerCase()} to commemorate the ${m[7]!.toLowerCase().replace(/\s+/g, '-')} anniversary of ${m[8] ? 'the adoption of ' : ''}the ${target.name}`;
    // the bare meeting of the Assembly read at its start is this one
    for (let i = cands.length - 1; i >= 0; i--) {
      const c = cands[i]!;
      if (c.kind === 'Event' && c.start >= start && c.start < end && c.end <= at) cands.splice(i, 1);
    }
    cands.push(candidate('Event', name, { eventKind: 'meeting' }, start, end, 'special'));
  }
}

const CITY_SITTING_GATE = ' conference ';
/** "Doha conference to commemorate the thirtieth anniversary of [the adoption of] ", "... commemorating the ..." */
const CITY_ANNIVERSARY_SITTING_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)\s+conference\s+(?:to\s+(?:commemorate|mark|celebrate)|commemorating|marking)\s+the\s+(${ORDINAL_SOURCE})\s+anniversary\s+of\s+(the\s+adoption\s+of\s+)?`,
  'gu',
);
/**
 * A conference named by the city it meets in and the anniversary it marks: "Takes note of the convening of the Doha
 * conference to commemorate the thirtieth anniversary of the International Year of the Family, on the theme “Family and
 * contemporary megatrends”, hosted by Qatar and organized by the Doha International Family Institute, to be held from 29 to
 * 31 October 2024" (A/RES/78/176 OP33; "... commemorating ...", 79/150 OP39): one sitting, named "<city> conference to
 * commemorate the <ordinal> anniversary of the <name>", where the city is a known place and a known name follows; as in
 * anniversarySittings the mention ends at "anniversary", and the name it marks stays a mention of its own.
 */
function citySittingsOfAnniversaries(text: string, cands: Candidate[]): void {
  CITY_ANNIVERSARY_SITTING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CITY_ANNIVERSARY_SITTING_RE.exec(text))) {
    if (entryByName('Place', m[1]!) === undefined) continue;
    const at = m.index + m[0].length;
    const from = text.startsWith('the ', at) ? at + 4 : at;
    const target = cands.find((c) => c.start === from && (c.kind === 'Framework' || c.kind === 'Event'));
    if (!target) continue;
    const name = `${m[1]} conference to commemorate the ${m[2]!.toLowerCase().replace(/\s+/g, '-')} anniversary of ${m[3] ? 'the adoption of ' : ''}the ${target.name}`;
    const end = m.index + m[0].search(ANNIVERSARY_OF_TAIL_RE);
    // (the city it is named after is where it meets; the city stays a mention of its own)
    cands.push(candidate('Event', name, { eventKind: 'conference', location: m[1]! }, m.index, end, 'special'));
  }
}

/** "[political ]declaration on the occasion of the twenty-fifth anniversary of [the adoption of] " (lowercase: the capitalised
 *  "Declaration on the Occasion of the Fiftieth Anniversary of the United Nations" is a gazetteer name) */
const ANNIVERSARY_DECLARATION_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])((?:[Pp]olitical\s+)?[Dd]eclaration)\s+on\s+the\s+occasion\s+of\s+the\s+(${ORDINAL_SOURCE})\s+anniversary\s+of\s+(the\s+adoption\s+of\s+)?`,
  'gu',
);
/**
 * Step 4e''' (declarations): "the political declaration on the occasion of the twenty-fifth anniversary of the Fourth World
 * Conference on Women" (A/RES/78/182 PP, OP; "... thirtieth anniversary ...", A/RES/80/147, 80/186), "the declaration on the
 * occasion of the thirtieth anniversary of the International Conference on Population and Development, adopted on 29 April
 * 2024" (A/RES/79/217 PP1): a declaration named by the anniversary it marks is a Framework of its own, named "<declaration>
 * on the occasion of the <ordinal> anniversary of [the adoption of] the <name>", where a known name (event, framework)
 * follows. As for the sittings above, the mention ends at "anniversary": the name it marks stays a mention of its own.
 */
function anniversaryDeclarations(text: string, cands: Candidate[]): void {
  ANNIVERSARY_DECLARATION_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANNIVERSARY_DECLARATION_RE.exec(text))) {
    const at = m.index + m[0].length;
    const from = text.startsWith('the ', at) ? at + 4 : at;
    const target = cands.find((c) => c.start === from && (c.kind === 'Framework' || c.kind === 'Event'));
    if (!target) continue;
    const head = m[1]!.replace(/\s+/g, ' ');
    const name = `${head.charAt(0).toUpperCase()}${head.slice(1).toLowerCase()} on the occasion of the ${m[2]!.toLowerCase().replace(/\s+/g, '-')} anniversary of ${m[3] ? 'the adoption of ' : ''}the ${target.name}`;
    cands.push(candidate('Framework', name, {}, m.index, m.index + m[0].search(ANNIVERSARY_OF_TAIL_RE), 'special'));
  }
}

const COMMEMORATION_OF_THE = 'commemoration of the ';
const COMMA_AND = ', and ';
/** "commemoration of the fiftieth anniversary of [the establishment of] " (not "of the adoption of": see below) */
const COMMEMORATION_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])commemoration\s+of\s+the\s+(${ORDINAL_SOURCE})\s+anniversary\s+of\s+(?:the\s+establishment\s+of\s+)?(?!the\s+adoption\s)`,
  'giu',
);
/** a title "on the commemoration of ...": a declaration's or resolution's, no sitting; "at its first special session for the
 *  commemoration of ...": the session named before is the commemoration */
const ON_THE_BEFORE_RE = /\b(?:on|for)\s+the\s+$/;
/**
 * Step 4e''' (commemorations): "Looks forward to the commemoration of the fiftieth anniversary of the establishment of
 * UN-Habitat, to be held in Nairobi ..., in 2027" (A/RES/79/214 OP28), "Also welcomes the commemoration of the thirtieth
 * anniversary of the International Seabed Authority by the Assembly of the Authority on 23 July 2025" (A/RES/80/110 OP53), "the
 * commemoration of the seventy-fifth anniversary of the Commission" (A/RES/78/108 OP17, 79/121 OP9), "days after the
 * commemoration of the eightieth anniversary of the United Nations" (A/RES/80/5): a sitting, named "commemoration of the
 * <ordinal> anniversary of the <name>" where a known name follows. Not a title "on the commemoration of ..." ("the declaration
 * on the commemoration of the seventy-fifth anniversary of the United Nations", "its resolution 71/317 ... on the commemoration
 * of ..."), nor a sitting's purpose ("the United Nations Environment Assembly at its first special session for the
 * commemoration of the fiftieth anniversary of the establishment of the United Nations Environment Programme", A/RES/79/209 OP10:
 * that session is the commemoration), nor "of the adoption of" an instrument (those sittings are named by their kind: "high-level meeting to commemorate
 * ...", above). As above, the mention ends at "anniversary": the name it marks stays a mention of its own.
 */
function commemorations(text: string, cands: Candidate[]): void {
  COMMEMORATION_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMMEMORATION_RE.exec(text))) {
    if (ON_THE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const at = m.index + m[0].length;
    const from = text.startsWith('the ', at) ? at + 4 : at;
    const target = cands.find((c) => c.start === from && (c.kind === 'Organization' || c.kind === 'Framework' || c.kind === 'Initiative'));
    if (!target) continue;
    const end = m.index + m[0].indexOf(' anniversary') + ' anniversary'.length;
    if (cands.some((c) => c.kind === 'Event' && c.start <= m!.index && c.end >= end)) continue;
    const name = `commemoration of the ${m[1]!.toLowerCase().replace(/\s+/g, '-')} anniversary of the ${target.name}`;
    const attrs: Record<string, unknown> = { eventKind: 'meeting' };
    // ("the next session of the Commission shall be held ... from 15 April to 31 May 2024, which will coincide with the
    // commemoration of the seventy-fifth anniversary of the Commission, and from 1 July to 2 August 2024", A/RES/78/108 OP17:
    // what follows ", and" after the name it marks is another phrase's, no date or venue of the commemoration)
    if (text.startsWith(COMMA_AND, target.end)) RANGED_SITTINGS.add(attrs);
    cands.push(candidate('Event', name, attrs, m.index, end, 'special'));
  }
}

const CEREMONY = 'ceremony';
/** an instrument opened for signature: the conventions, treaties, agreements and protocols a ceremony is held to sign */
const SIGNED_INSTRUMENT_RE = /\b(?:Convention|Treaty|Agreement|Protocol)\b/;
/**
 * A ceremony held to sign a treaty: "the offer to host a signing ceremony for the Convention" (group 1, A/RES/79/243 PP5), "a
 * ceremony for the opening for signature of the Convention" (group 2, A/RES/80/162 OP3), "the Signing ceremony held in Hanoi,
 * Viet Nam, on 25 and 26 October 2025" (group 3, no instrument after it, A/RES/80/118 PP56), "its opening for signature, at a
 * ceremony held in Hanoi on 25 and 26 October 2025" (group 4, A/RES/80/229 OP65).
 */
const SIGNING_CEREMONY_RE = /\b(?:([Ss]igning\s+ceremony)\s+(?:for|of)\s+the\s+|(ceremony)\s+for\s+the\s+opening\s+for\s+signature\s+of\s+the\s+|(?:[Tt]he|[Aa])\s+([Ss]igning\s+ceremony)\b(?!\s+(?:for|of)\s)|opening\s+for\s+signature,?\s+at\s+a\s+(ceremony)\b)/g;
/**
 * Step 4e''' (ceremonies): a ceremony held to sign a treaty is a sitting of its own, named "signing ceremony for the <name>"
 * after the instrument: the one printed right after it (groups 1, 2), else the one the paragraph named nearest before it
 * (groups 3, 4: "Welcoming the adoption ... of United Nations Convention against Cybercrime; ..., emphasizing the importance
 * of the Signing ceremony held in Hanoi"). One node for the Hanoi ceremony of the Cybercrime Convention, offered (A/RES/79/243),
 * held (A/RES/80/118) or recalled (A/RES/80/229); its venue and dates are read after it as any sitting's. None where no
 * instrument was read ("for the Convention" before the resolution named it, A/RES/80/162 PP12).
 */
function signingCeremonies(text: string, cands: Candidate[]): void {
  SIGNING_CEREMONY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SIGNING_CEREMONY_RE.exec(text))) {
    const printed = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    const start = m.index + m[0].indexOf(printed);
    const end = start + printed.length;
    let instrument: Candidate | undefined;
    if (m[1] !== undefined || m[2] !== undefined) {
      const at = m.index + m[0].length;
      instrument = cands.find((c) => c.start === at && c.kind === 'Framework');
    } else {
      for (const c of cands) if (c.kind === 'Framework' && c.end <= start && (instrument === undefined || c.start > instrument.start)) instrument = c;
    }
    if (instrument === undefined || !SIGNED_INSTRUMENT_RE.test(instrument.name)) continue;
    if (cands.some((c) => c.kind === 'Event' && c.start < end && start < c.end)) continue;
    cands.push(candidate('Event', `signing ceremony for the ${instrument.name}`, { eventKind: 'other' }, start, end, 'special'));
  }
}

const ANNIVERSARIES_OF = ' anniversaries of ';
/** "high-level meetings of the General Assembly to commemorate the tenth4 and twentieth5 anniversaries of the adoption of " (footnote marks may follow each ordinal) */
const ANNIVERSARIES_SITTINGS_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])(high-level(?:\s+plenary)?|commemorative)\s+(meeting|event)s(?:\s+of\s+the\s+General\s+Assembly)?\s+(?:to\s+(?:commemorate|mark|celebrate)|commemorating|marking)\s+the\s+((?:${ORDINAL_SOURCE})\d{0,3}(?:(?:,\s+|,?\s+and\s+)(?:${ORDINAL_SOURCE})\d{0,3})+)\s+anniversaries\s+of\s+(the\s+adoption\s+of\s+)?`,
  'giu',
);
const ANNIVERSARY_ORDINAL_RE = new RegExp(`(${ORDINAL_SOURCE})\\d{0,3}`, 'giu');
/**
 * Step 4e''' (plural): "the high-level meetings of the General Assembly to commemorate the tenth4 and twentieth5 anniversaries
 * of the adoption of the Durban Declaration and Programme of Action" (A/RES/80/204 PP4, 78/199, 78/201, 79/166, 80/205): one
 * sitting per ordinal, named as the singular form names it ("high-level meeting to commemorate the twentieth anniversary of the
 * adoption of the ..."); the first spans the nouns, each other its ordinal.
 */
function anniversarySittingsListed(text: string, cands: Candidate[]): void {
  ANNIVERSARIES_SITTINGS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANNIVERSARIES_SITTINGS_RE.exec(text))) {
    const at = m.index + m[0].length;
    const from = text.startsWith('the ', at) ? at + 4 : at;
    const target = cands.find((c) => c.start === from && (c.kind === 'Framework' || c.kind === 'Event' || c.kind === 'Organization'));
    if (!target) continue;
    const start = m.index;
    const listAt = m.index + m[0].lastIndexOf(m[3]!);
    // the bare meetings of the Assembly read at its start are these
    for (let i = cands.length - 1; i >= 0; i--) {
      const c = cands[i]!;
      if (c.kind === 'Event' && c.start >= start && c.start < listAt && c.end <= at) cands.splice(i, 1);
    }
    ANNIVERSARY_ORDINAL_RE.lastIndex = 0;
    let o: RegExpExecArray | null;
    let first = true;
    while ((o = ANNIVERSARY_ORDINAL_RE.exec(m[3]!))) {
      const oStart = listAt + o.index;
      const oEnd = oStart + o[1]!.length;
      const name = `${m[1]!.toLowerCase().replace(/\s+/g, ' ')} ${m[2]!.toLowerCase()} to commemorate the ${o[1]!.toLowerCase().replace(/\s+/g, '-')} anniversary of ${m[4] ? 'the adoption of ' : ''}the ${target.name}`;
      // (the first is printed as the nouns, "high-level meetings", which leaves "of the General Assembly" a mention of its own)
      if (first) cands.push(candidate('Event', name, { eventKind: 'meeting' }, start, start + m[1]!.length + 1 + m[2]!.length + 1, 'special'));
      else cands.push(candidate('Event', name, { eventKind: 'meeting' }, oStart, oEnd, 'special'));
      first = false;
    }
  }
}

/** "the Caribbean regional seminar", "the 2021 Pacific regional seminar" (one seminar, not "the Caribbean regional seminars") */
const REGIONAL_SEMINAR_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(?:((?:19|20)\d\d)\s+)?(Caribbean|Pacific)\s+regional\s+seminar(?![\p{L}\p{N}])`, 'gu');
/**
 * "Approves the report of the Special Committee covering its work during 2023, in which the programme of work for 2024 is
 * outlined, in particular the Caribbean regional seminar and a visiting mission ..." (A/RES/78/101 OP19, 79/114 OP19,
 * 80/105 OP18): the seminar of that programme's year, not one undated node for every year's. Group 1 the year.
 */
const PROGRAMME_YEAR_BEFORE_SEMINAR_RE = /\bprogramme\s+of\s+work\s+for\s+((?:19|20)\d\d)\s+is\s+outlined,\s+in\s+particular\s+the\s+$/;
const PROGRAMME_YEAR_LOOKBACK = 90;
/** "the Pacific regional seminars in 2022, 2023 and 2025", "the Caribbean regional seminars held in Caracas from ..." (group 1:
 *  the region) */
const REGIONAL_SEMINARS_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(Caribbean|Pacific)\s+regional\s+seminars(?![\p{L}\p{N}])`, 'gu');
const REGIONAL_SEMINARS = ' regional seminars ';
/** after the plural: " in 2022, 2023 and 2025" (group 1: the years) */
const SEMINAR_YEARS_AFTER_RE = /^\s+in\s+((?:19|20)\d\d(?:,\s+(?:19|20)\d\d)*,?\s+and\s+(?:19|20)\d\d)(?![\d\u2013/-])/;
/** after the plural: " held", its first venue next */
const SEMINARS_HELD_AFTER_RE = /^\s+held(?=\s+in\s)/;
/** one venue and its dates: " in Caracas from 14 to 16 May 2024", ", in the Parish of Saint John, Dominica, from 25 to 27 August
 *  2021", ", and in Kingstown from 16 to 18 May 2017" (group 1: the separator, 2: the venue, 3: the dates, 4-5: the first
 *  day and its month if printed, 6-7: the last day and its month, 8: the year) */
const SEMINAR_VENUE_DATES_RE = /(,\s+(?:and\s+)?)?\s*in\s+(?:the\s+)?([A-Z][^;()\d]{0,60}?),?\s+from\s+((\d{1,2})(?:\s+([A-Z][a-z]+))?\s+to\s+(\d{1,2})\s+([A-Z][a-z]+)\s+((?:19|20)\d\d))(?!\d)/y;
const AND_AT_END_RE = /\band\s+$/;

/**
 * The regional seminars the Special Committee on decolonization holds each year ("the Caribbean regional seminar ...,
 * held by the Special Committee in Caracas ... from 14 to 16 May 2024"; "the 2021 Caribbean regional seminar"): events
 * named by region, dated (and so keyed) by the year of their session.
 */
function regionalSeminars(text: string, cands: Candidate[]): void {
  REGIONAL_SEMINAR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REGIONAL_SEMINAR_RE.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (cands.some((c) => c.start < end && start < c.end && c.kind !== 'Place')) continue;
    // the region's name is part of the seminar's, not a place mentioned
    for (let i = cands.length - 1; i >= 0; i--) if (cands[i]!.kind === 'Place' && cands[i]!.start < end && start < cands[i]!.end) cands.splice(i, 1);
    const year = m[1] ?? PROGRAMME_YEAR_BEFORE_SEMINAR_RE.exec(text.slice(Math.max(0, start - PROGRAMME_YEAR_LOOKBACK), start))?.[1];
    const name = year ? `${year} ${m[2]!} regional seminar` : `${m[2]!} regional seminar`;
    cands.push(candidate('Event', name, { eventKind: 'meeting' }, start, end, 'special'));
  }
  if (textIncludes(text, REGIONAL_SEMINARS)) pluralRegionalSeminars(text, cands);
}

/**
 * "Taking note of the information provided by the administering Power at the Pacific regional seminars in 2022, 2023 and 2025
 * and at the Caribbean regional seminars held in Caracas from 14 to 16 May 2024, in the Parish of Saint John, Dominica, from
 * 25 to 27 August 2021, ... and in Kingstown from 16 to 18 May 2017, respectively" (A/RES/78/94, 79/107, 80/98, New
 * Caledonia): one seminar per year listed, each keyed by its year as "the 2022 Pacific regional seminar" is. The first spans
 * the plural name (the venue and dates printed next are its own), the others their years or dates. Not a plural with no
 * list after it ("the Pacific and the Caribbean regional seminars on the implementation of ...").
 */
function pluralRegionalSeminars(text: string, cands: Candidate[]): void {
  REGIONAL_SEMINARS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REGIONAL_SEMINARS_RE.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 400);
    const items: { year: string; at: number; to: number; attrs: Record<string, unknown> }[] = [];
    const years = SEMINAR_YEARS_AFTER_RE.exec(after);
    if (years) {
      const listAt = end + years[0].length - years[1]!.length;
      YEAR_RE.lastIndex = 0;
      for (let y = YEAR_RE.exec(years[1]!); y; y = YEAR_RE.exec(years[1]!)) items.push({ year: y[0], at: listAt + y.index, to: listAt + y.index + 4, attrs: { eventKind: 'meeting' } });
    } else {
      const held = SEMINARS_HELD_AFTER_RE.exec(after);
      if (!held) continue;
      SEMINAR_VENUE_DATES_RE.lastIndex = end + held[0].length;
      let lastSep = '';
      for (let v = SEMINAR_VENUE_DATES_RE.exec(text); v; v = SEMINAR_VENUE_DATES_RE.exec(text)) {
        if ((v[1] === undefined) !== (items.length === 0)) break;
        lastSep = v[1] ?? '';
        const datesAt = v.index + v[0].length - v[3]!.length;
        const datesEnd = v.index + v[0].length;
        const first = parseSingleDate(`${v[4]!} ${v[5] ?? v[7]!} ${v[8]!}`);
        const last = parseSingleDate(`${v[6]!} ${v[7]!} ${v[8]!}`);
        if (first === undefined || last === undefined) break;
        // each seminar's own venue (the first place read in it: "the Parish of Saint John, Dominica") and days, as a list
        // of sittings paired with venues and dates is read (venueYearPairs)
        const venueStart = v.index + v[0].indexOf(v[2]!, (v[1] ?? '').length);
        const place = cands.find((c) => c.kind === 'Place' && c.start >= venueStart && c.end <= datesAt);
        const attrs = pairedAttrs('meeting', { venueAt: place ? place.start : -1, year: first, yearAt: datesAt, dateEnd: datesEnd });
        attrs.endDate = last;
        items.push({ year: v[8]!, at: datesAt, to: datesEnd, attrs });
      }
      // (a list read to its last venue, after "and")
      if (!AND_AT_END_RE.test(lastSep)) continue;
    }
    if (items.length < 2 || cands.some((c) => c.start < end && start < c.end && c.kind !== 'Place')) continue;
    for (let i = cands.length - 1; i >= 0; i--) if (cands[i]!.kind === 'Place' && cands[i]!.start < end && start < cands[i]!.end) cands.splice(i, 1);
    const region = m[1]!;
    items.forEach((it, n) => {
      if (n > 0 && cands.some((c) => c.start < it.to && it.at < c.end && c.kind !== 'Place')) return;
      cands.push(candidate('Event', `${it.year} ${region} regional seminar`, it.attrs, n === 0 ? start : it.at, n === 0 ? end : it.to, 'special'));
    });
  }
}

const DECLARATIONS_AFTER_LIST = ' Declarations';
/** "Moscow, Brasilia, Stockholm and Marrakech Declarations": capitalised words listed, then the plural head */
const LISTED_DECLARATIONS_RE = letterRe(String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*(?:,\s+\p{Lu}[\p{L}-]*)*,?\s+and\s+\p{Lu}[\p{L}-]*\s+Declarations(?![\p{L}\p{N}])`, 'gu');
const LISTED_WORD_RE = letterRe(String.raw`\p{Lu}[\p{L}-]*`, 'gu');
/**
 * Step 4e''''': "welcoming the adoption of its resolution 78/290 ..., which acknowledges the importance of the Moscow, Brasilia,
 * Stockholm and Marrakech Declarations, adopted at the Global Ministerial Conferences ... on Road Safety" (A/RES/80/112 PP41;
 * "the Moscow, Brasilia and Stockholm Declarations", 78/118): one declaration per city listed, each named after it, not the
 * cities as places. Only where every word listed is a place read.
 */
function cityDeclarations(text: string, cands: Candidate[]): void {
  LISTED_DECLARATIONS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LISTED_DECLARATIONS_RE.exec(text))) {
    const headAt = m.index + m[0].length - DECLARATIONS_AFTER_LIST.length + 1;
    const places: Candidate[] = [];
    const words: { s: number; e: number; w: string }[] = [];
    LISTED_WORD_RE.lastIndex = 0;
    let w: RegExpExecArray | null;
    const list = m[0].slice(0, headAt - m.index);
    while ((w = LISTED_WORD_RE.exec(list))) {
      const s = m.index + w.index;
      const place = cands.find((c) => c.kind === 'Place' && c.start === s && c.end === s + w![0].length);
      if (place === undefined) break;
      places.push(place);
      words.push({ s, e: place.end, w: w[0] });
    }
    if (words.length < 2 || words.length !== list.split(/,\s+|\s+and\s+/).filter((x) => x.trim() !== '').length) continue;
    for (const p of places) cands.splice(cands.indexOf(p), 1);
    for (let i = 0; i < words.length; i++) {
      const x = words[i]!;
      // (one the gazetteer knows by that name is that one)
      const known = lookupName(`${x.w} Declaration`);
      const ref = known !== undefined && known.kind === 'Framework' ? entryRef(known) : { kind: 'Framework' as const, name: `${x.w} Declaration`, attrs: {} };
      cands.push(candidate('Framework', ref.name, { ...ref.attrs }, x.s, i === words.length - 1 ? headAt + DECLARATIONS_AFTER_LIST.length - 1 : x.e, 'special'));
    }
  }
}

const REGIONAL_SEMINAR = ' regional seminar';
const THE_SEMINAR = 'the seminar';
/** after "the seminar": a plural, a longer word, or words that name or describe another seminar than the one named before */
const SEMINAR_NAMED_AFTER_RE = /^(?:s\b|[\w-]|\s+(?:of|on|for|to(?!\s+be\b)|convened|held|organi[sz]ed|entitled|in\s+(?:19|20)\d\d)\b)/;
/**
 * Step 4e'''': "Welcoming the Pacific regional seminar ..., held by the Special Committee in Bali, Indonesia, ... Recalling
 * the importance of the conclusions and recommendations adopted by the seminar, which ... outline the findings of the
 * seminar" (A/RES/78/90 PP15-16, the decolonization texts of each session): "the seminar" printed alone is the regional
 * seminar the resolution named last, as "the high-level meeting" is (highLevelMeetingsNamedBefore). Not "the seminars",
 * nor "the seminar held in ..." (another one, described there).
 */
function seminarsNamedBefore(text: string, cands: Candidate[], state: ResolutionState): void {
  const before = state.last.get(REGIONAL_SEMINAR)!;
  for (let at = text.indexOf(THE_SEMINAR); at >= 0; at = text.indexOf(THE_SEMINAR, at + THE_SEMINAR.length)) {
    if (at > 0 && !isRegexSpace(text.charCodeAt(at - 1))) continue;
    const start = at + 4;
    const end = at + THE_SEMINAR.length;
    if (SEMINAR_NAMED_AFTER_RE.test(text.slice(end, end + 16))) continue;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    // one named earlier in this paragraph is meant
    let ref: Ref = before;
    let refStart = -1;
    for (const c of cands) if (c.kind === 'Event' && c.end <= at && c.name.endsWith(REGIONAL_SEMINAR) && c.start > refStart) (ref = c), (refStart = c.start);
    cands.push(candidate('Event', ref.name, { ...ref.attrs }, start, end, 'short'));
  }
}

/** "the UN80 initiative" (A/RES/80/155 PP10), "the SheTrades initiative of the International Trade Centre" (A/RES/79/201):
 *  one capitalised word between "the" (or "his", "her", "its", "their") and a lowercase "initiative" */
const ONE_WORD_INITIATIVE_RE = letterRe(String.raw`\b(?:the|his|her|its|their) ([A-Z][\p{L}\d]*) initiative(?![\p{L}\d-])`, 'gu');
/** Words that name no initiative of their own there ("the Organization initiative", "the Government initiative") */
const NOT_ONE_WORD_INITIATIVE: ReadonlySet<string> = new Set(['Organization', 'Government', 'Secretariat', 'Assembly', 'Council', 'Commission', 'Committee', 'Office', 'Department', 'Fund', 'Programme', 'Union', 'Group', 'Initiative']);

/**
 * Step 4e'': a one-word initiative name ("the Giga initiative", "the Spotlight initiative"), named as "<Word> Initiative" (the
 * node the name printed with a capital head has: "the UN80 Initiative"). A place the word names is part of the name ("the
 * Riyadh initiative for enhancing international anti-corruption law enforcement cooperation", A/RES/78/140 PP13); another
 * name there (an acronym defined earlier: "the CREWS initiative") stays.
 */
function oneWordInitiatives(text: string, cands: Candidate[]): void {
  ONE_WORD_INITIATIVE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ONE_WORD_INITIATIVE_RE.exec(text))) {
    // (or a possessive: "the relevant proposals of the Secretary-General in the framework of his UN80 initiative",
    // A/RES/79/318 OP2)
    const start = m.index + m[0].indexOf(' ') + 1;
    const end = m.index + m[0].length;
    if (NOT_ONE_WORD_INITIATIVE.has(m[1]!) || cands.some((c) => c.start < end && start < c.end && c.kind !== 'Place')) continue;
    for (let i = cands.length - 1; i >= 0; i--) if (cands[i]!.kind === 'Place' && cands[i]!.start < end && start < cands[i]!.end) cands.splice(i, 1);
    cands.push(candidate('Initiative', `${m[1]!} Initiative`, {}, start, end, 'special'));
  }
}

/**
 * "Commends the “Cadres for the future” programme" (A/RES/78/94 OP20, 79/107 OP21, 80/98 OP24), "through the “Speak French”
 * platform": a name printed in quotes after "the" with its lowercase kind word after it is an Initiative (the gazetteer
 * names the others printed so: "the “Making Cities Resilient 2030” initiative", "the “HeforShe” campaign"; a known name
 * there stays). Gated on a closing quote and space before a kind word (QUOTED_INITIATIVE_GATES).
 */
const QUOTED_INITIATIVE_GATES: readonly string[] = ['\u201d initiative', '\u201d campaign', '\u201d project', '\u201d programme', '\u201d platform', '\u201d partnership', '\u201d policy'];
function quotedInitiatives(text: string, cands: Candidate[]): void {
  QUOTED_INITIATIVE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED_INITIATIVE_RE.exec(text))) {
    const start = m.index + m[0].indexOf('\u201c') + 1;
    const end = start + m[1]!.length;
    if (cands.some((c) => c.start < end + 1 && start - 1 < c.end && c.kind !== 'Place')) continue;
    for (let i = cands.length - 1; i >= 0; i--) if (cands[i]!.kind === 'Place' && cands[i]!.start < end && start < cands[i]!.end) cands.splice(i, 1);
    cands.push(candidate('Initiative', m[1]!, {}, start, end, 'special'));
  }
}

/**
 * "the Baltic Sea research project entitled “Chemical Munitions, Search and Assessment (CHEMSEA)”" (A/RES/78/146 PP17, note 16):
 * an initiative named by its quoted title after its kind word (ENTITLED_INITIATIVE_RE), its bracketed acronym its own. A name
 * read across the title's ends stays; names inside it are the title's words ("an outreach programme entitled “The Srebrenica
 * Genocide and the United Nations”", A/RES/78/282 OP6: no request to the United Nations).
 */
function entitledInitiatives(text: string, cands: Candidate[]): void {
  quotedTitleCandidates(text, cands, ENTITLED_INITIATIVE_RE, 'Initiative');
}

/**
 * The quoted titles `re` finds (group 1: the title; group 2, if any: its bracketed acronym) as candidates of `kind`. A name read
 * across the title's ends covers it; names inside it are words of the title ("... and the United Nations”") and go.
 */
function quotedTitleCandidates(text: string, cands: Candidate[], re: RegExp, kind: 'Initiative' | 'Framework'): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].indexOf('\u201c') + 1;
    const end = start + m[1]!.length;
    if (cands.some((c) => c.start < end && start < c.end && (c.start < start || c.end > end))) continue;
    for (let i = cands.length - 1; i >= 0; i--) if (cands[i]!.start >= start && cands[i]!.end <= end) cands.splice(i, 1);
    cands.push(candidate(kind, m[1]!, m[2] === undefined ? {} : { acronym: m[2] }, start, end, 'special'));
  }
}

/**
 * "Recalling the official launch in April 2017 of the climate change strategy of Tokelau, entitled “Living with change: an
 * integrated national strategy for enhancing the resilience of Tokelau to climate change and related hazards, 2017–2030”"
 * (A/RES/79/110 PP15, OP10; 78/97, 80/101), "the strategy entitled “Equality in law for women and girls by 2030: ...”" (79/331):
 * a strategy named by its quoted title (ENTITLED_STRATEGY_RE) is a Framework, as a "... Strategy" name is (FRAMEWORK_HEADS); the
 * names inside it are the title's words, as entitledInitiatives reads them.
 */
function entitledStrategies(text: string, cands: Candidate[]): void {
  quotedTitleCandidates(text, cands, ENTITLED_STRATEGY_RE, 'Framework');
}

/**
 * "COP 28", "COP28", "the CBD COP15" (A/RES/78/1 annex (l), (m)): the numbered sitting of a treaty's Conference of the
 * Parties, keyed as its name in full is (copSittingKey). Whose: the treaty's acronym printed before it; else the one the
 * paragraph names when it names the biodiversity or desertification convention and not the climate one; else the UNFCCC's,
 * the Conference the short name means in the texts (A/RES/78/1 (l), 79/264 PP, 78/263 PP). Not an acronym in brackets after
 * the name in full ("... on Climate Change (COP28), held in", A/RES/79/264 PP): that name is the mention.
 */
function copShortCandidates(text: string, out: Candidate[]): void {
  COP_SHORT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COP_SHORT_RE.exec(text))) {
    if (m.index > 0 && text.charCodeAt(m.index - 1) === 40 /* ( */) continue;
    const ordinal = ordinalWord(Number(m[2]));
    if (ordinal === undefined) continue;
    const treaty = m[1] === 'CBD' ? COP_TREATIES[1]! : m[1] === 'UNCCD' ? COP_TREATIES[2]! : m[1] === 'UNFCCC' ? COP_TREATIES[0]! : copTreatyOfParagraph(text);
    const name = `${ordinal} ${treaty.noun} of the Conference of the Parties to the ${treaty.name}`;
    out.push(candidate('Event', name, { eventKind: treaty.noun, acronym: `COP${m[2]}` }, m.index, m.index + m[0].length, 'special'));
  }
}
/** The treaty a bare "COP <n>" is the sitting of (see copShortCandidates). */
function copTreatyOfParagraph(text: string): (typeof COP_TREATIES)[number] {
  if (textIncludes(text, 'Climate') || textIncludes(text, 'UNFCCC')) return COP_TREATIES[0]!;
  if (textIncludes(text, 'Biological Diversity') || textIncludes(text, 'Biodiversity')) return COP_TREATIES[1]!;
  if (textIncludes(text, 'Desertification')) return COP_TREATIES[2]!;
  return COP_TREATIES[0]!;
}

function wsisPlus20Candidates(text: string, date: string | undefined): Candidate[] {
  const out: Candidate[] = [];
  // "looks forward to the high-level overall review of the implementation of the outcomes of the World Summit on the Information
  // Society, to be held on 16 and 17 December 2025" (A/RES/80/118 OP36), "the preparatory process of the high-level overall review
  // of the implementation of the outcomes of the World Summit" (OP63): the Assembly's 2025 high-level meeting on that review
  if (textIncludes(text, HIGH_LEVEL_OVERALL_REVIEW)) {
    for (let at = text.indexOf(HIGH_LEVEL_OVERALL_REVIEW); at >= 0; at = text.indexOf(HIGH_LEVEL_OVERALL_REVIEW, at + 1)) {
      const end = at + HIGH_LEVEL_OVERALL_REVIEW.length + (text.startsWith(ON_THE_INFORMATION_SOCIETY, at + HIGH_LEVEL_OVERALL_REVIEW.length) ? ON_THE_INFORMATION_SOCIETY.length : 0);
      out.push(candidate('Event', WSIS_REVIEW_2025, wsisPlus20ReviewAttrs(), at, end, 'special'));
    }
  }
  if (textIncludes(text, YEAR_REVIEW)) wsisYearReviews(text, out);
  // (a search for the capital first: "overall review" starts with a common letter) (before the "20" gate: a review named
  // with no year, A/RES/80/118 OP66, is read too)
  if (textIncludes(text, INFORMATION_SOCIETY) && textIncludes(text, OVERALL_REVIEW)) wsisOverallReviews(text, out, date);
  // (both expressions below need a "+": its word bit gates them. Session 50, spd50a: over the entities stage of all of corpus-ga
  // WSIS_PLUS20_EVENT_RE ran on 12,597 texts holding "20", 5.7M characters, its lookbehind tried at each, for 5 matches; replayed
  // alone over the 10,616 paragraph texts holding "20", 7.8-9.0 ms of CPU a pass)
  const words = textWords(text);
  if (!hasWord(words, TWENTY) || !hasWord(words, PLUS)) return out;
  WSIS_PLUS20_EVENT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WSIS_PLUS20_EVENT_RE.exec(text))) {
    // "the WSIS+20 High-level Event 2025 in Geneva, from 7 to 11 July 2025" (the ECOSOC WSIS draft OP77, OP102) is the "WSIS+20
    // Forum High-level Event", to be held in Geneva in 2025 (A/RES/79/277 PP8, 79/194 PP23, 80/118 PP27): one name for each edition
    const name = `WSIS+20 Forum High-level Event${m[2] ? ` ${m[2]}` : ''}`;
    out.push(candidate('Event', name, { eventKind: 'forum' }, m.index, m.index + m[0].length, 'special'));
  }
  // "We look forward to the WSIS+20 review in 2025" (A/RES/79/1, Global Digital Compact), "looking forward to the outcome of
  // WSIS+20" (A/RES/80/118 OP72): the twenty-year review of the Summit's outcomes, the General Assembly's high-level meeting
  // on the overall review held in New York in December 2025 (A/RES/80/173) (no other sitting named "WSIS+20 ...": the
  // Forum's high-level events are read above, "WSIS+20 Co-Facilitators" is a body)
  if (textIncludes(text, WSIS_PLUS)) {
    WSIS_PLUS20_REVIEW_RE.lastIndex = 0;
    while ((m = WSIS_PLUS20_REVIEW_RE.exec(text))) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push(candidate('Event', WSIS_REVIEW_2025, wsisPlus20ReviewAttrs(), start, end, 'special'));
    }
  }
  return out;
}
const WSIS_PLUS = 'WSIS+';
/** The attributes of the twenty-year review (WSIS+20), the General Assembly's meeting of December 2025: a new object each time
 *  (wsisYearReviews marks its own by identity). */
function wsisPlus20ReviewAttrs(): { eventKind: string; startDate: string; acronym: string } {
  return { eventKind: 'meeting', startDate: '2025-12', acronym: 'WSIS+20' };
}
const HIGH_LEVEL_OVERALL_REVIEW = 'high-level overall review of the implementation of the outcomes of the World Summit';
const ON_THE_INFORMATION_SOCIETY = ' on the Information Society';
const WSIS_REVIEW_2025 = 'high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society';
const INFORMATION_SOCIETY = 'Information Society';
const OVERALL_REVIEW = 'overall review';
/**
 * "the overall review by the General Assembly, in 2025, of the progress made since the World Summit on the Information Society"
 * (A/RES/78/265 OP12), "the overall review of the implementation of the outcomes of the World Summit on the Information Society
 * in 2025" (79/194 OP33, 79/277 PP2), "... to be held in 2025" (79/277 PP4), "the high-level overall review of ..., to be held on
 * 16 and 17 December 2025" (80/118 OP36): the Assembly's high-level meeting on the overall review of that year, the sitting
 * "the high-level meeting on the overall review ..." names (WSIS_REVIEW_2025's key, with the year). Only with the year printed:
 * the same words named the review of 2015 in the texts before it. Not "70/125 ... on the overall review of ..." (the title of
 * what a resolution is on), nor the high-level meeting's own name ("... meeting of the General Assembly on the overall review").
 */
/** the adoption date of A/RES/70/125, the outcome document of the 2015 overall review */
const WSIS_2015_OUTCOME_DATE = '2015-12-16';
/** before a review: "the modalities for the ", "the modalities resolution for the " */
const MODALITIES_FOR_BEFORE_RE = /\bmodalities\s+(?:resolution\s+)?for\s+the\s+$/;
const WSIS_OVERALL_REVIEW_RE =
  /(?<!\bon\s+the\s+)\b(?:high-level\s+)?overall\s+review\s+(?:by\s+the\s+General\s+Assembly(?:,\s+in\s+(?<inner>20\d\d),)?\s+)?of\s+the\s+(?:implementation\s+of\s+the\s+outcomes\s+of|progress\s+made\s+since)\s+the\s+World\s+Summit\s+on\s+the\s+Information\s+Society(?=(?:,?\s+(?:to\s+be\s+held\s+)?in\s+(?<year>20\d\d)(?!\d)|,?\s+to\s+be\s+held\s+on\s+\d{1,2}(?:\s+and\s+\d{1,2})?\s+[A-Z][a-z]+\s+(?<dayYear>20\d\d)(?!\d))?)/g;

function wsisOverallReviews(text: string, out: Candidate[], date: string | undefined): void {
  WSIS_OVERALL_REVIEW_RE.lastIndex = 0;
  for (let m = WSIS_OVERALL_REVIEW_RE.exec(text); m; m = WSIS_OVERALL_REVIEW_RE.exec(text)) {
    const g = m.groups!;
    // "Decides to finalize the modalities for the overall review by the General Assembly of the implementation of the outcomes
    // of the World Summit on the Information Society" (A/RES/79/194 OP62), "Takes note of the modalities resolution for the
    // overall review ..." (A/RES/80/118 OP66): with no year, in a text between the 2015 review's outcome (A/RES/70/125 of 16
    // December 2015) and the 2025 one's (A/RES/80/173 of 17 December 2025), the review to come, of 2025
    const year = g.inner ?? g.year ?? g.dayYear ?? (date !== undefined && date > WSIS_2015_OUTCOME_DATE && date <= WSIS_2025_OUTCOME_DATE && MODALITIES_FOR_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index)) ? '2025' : undefined);
    // (already read as "the high-level overall review of the implementation of the outcomes of the World Summit", above)
    if (year === undefined || out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) continue;
    if (reviewAsProcess(text, m.index, m.index + m[0].length)) continue;
    // the twenty-year review as the "WSIS+20" mentions know it; another year's by its year
    const attrs = year === '2025' ? wsisPlus20ReviewAttrs() : { eventKind: 'meeting', startDate: year };
    out.push(candidate('Event', WSIS_REVIEW_2025, attrs, m.index, m.index + m[0].length, 'special'));
  }
}
/** the resolutions (their scan states) that named the 2025 overall review of WSIS (WSIS+20) */
const wsis2025States = new WeakSet<ResolutionState>();
const TWENTY_YEAR_REVIEW = '20-year review';
function isWsisReview2025(c: Candidate): boolean {
  return c.kind === 'Event' && c.name === WSIS_REVIEW_2025 && c.attrs.startDate === '2025-12';
}
/** A title on the WSIS overall review: "Modalities for the overall review by the General Assembly of the implementation of the
 *  outcomes of the World Summit on the Information Society" (A/RES/79/277), "Outcome document of the high-level meeting ... on
 *  the overall review ..." (A/RES/80/173; A/RES/70/125, of the 2015 review: its date keeps "the overall review" off) */
function titledOnWsisReview(title: string | undefined): boolean {
  return title !== undefined && title.includes(OVERALL_REVIEW) && title.includes(INFORMATION_SOCIETY);
}
/**
 * "the overall review" or "the 20-year review" printed bare (no "of ...", not "the 20-year review report"), perhaps "by the
 * General Assembly" (group 1: which of the two).
 */
const BARE_WSIS_REVIEW_RE = /\bthe\s+(overall|20-year)\s+review(?:\s+by\s+the\s+General\s+Assembly)?\b(?!\s+(?:of|on|by|report)\b|-)/g;
/**
 * "Recognizing that the overall review will be undertaken on the basis of ... the Tunis Agenda", "4. Decides that the overall
 * review by the General Assembly shall take stock of ..." (A/RES/79/277 PP3, OP1, OP4, after PP2 named "the overall review of
 * the implementation of the outcomes of the World Summit on the Information Society in 2025"), "resolution 79/277 ..., in which
 * it established modalities for the 20-year review" (A/RES/80/173 PP4): in a text that named the 2025 review (WSIS+20), that
 * review. "the overall review" bare only in a text of the years it was the review to come (after the 2015 one's outcome, up to
 * the 2025 one's): other texts name other reviews so (guard in the tests).
 */
function bareWsisReviews(text: string, cands: Candidate[], date: string | undefined): void {
  BARE_WSIS_REVIEW_RE.lastIndex = 0;
  for (let m = BARE_WSIS_REVIEW_RE.exec(text); m; m = BARE_WSIS_REVIEW_RE.exec(text)) {
    if (m[1] === 'overall' && (date === undefined || date <= WSIS_2015_OUTCOME_DATE || date > WSIS_2025_OUTCOME_DATE)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const end = m.index + m[0].length;
    if (cands.some((c) => c.start < end && start < c.end && c.kind !== 'Organization')) continue;
    if (reviewAsProcess(text, start, end)) continue;
    // (the General Assembly in "by the General Assembly" stays a candidate: the extractor nests it, the review's organizer)
    cands.push(candidate('Event', WSIS_REVIEW_2025, wsisPlus20ReviewAttrs(), start, end, 'special'));
  }
}
/**
 * The overall review as the process of reviewing, not the meeting that concludes it: the object of "undertake" ("in which the
 * General Assembly was requested to undertake the overall review of the implementation of the outcomes of the World Summit on
 * the Information Society in 2025", A/RES/79/277 PP2) or the subject of its own course ("Recognizing that the overall review will
 * be undertaken on the basis of ... the Tunis Agenda", "Decides that the overall review will be concluded by a two-day
 * high-level meeting", "Decides that the overall review by the General Assembly shall take stock of the progress made", PP3, OP1,
 * OP4): the modalities that set out the review tell its steps, one of which is the meeting. String tests, no regex.
 * "looks forward to the overall review ... in 2025", "... to be held in 2025" stay the meeting.
 */
function reviewAsProcess(text: string, start: number, end: number): boolean {
  if (text.startsWith(WILL_AFTER, end) || text.startsWith(SHALL_AFTER, end)) return true;
  return start >= UNDERTAKE_THE_BEFORE.length && text.startsWith(UNDERTAKE_THE_BEFORE, start - UNDERTAKE_THE_BEFORE.length);
}
const WILL_AFTER = ' will ';
const SHALL_AFTER = ' shall ';
const UNDERTAKE_THE_BEFORE = 'undertake the ';
const YEAR_REVIEW = '-year review';
/** The attributes of the reviews wsisYearReviews reads: a process, which takes no venue or dates from the words after it
 *  ("the negotiations of the World Summit 20-year review and follow-up in Geneva and New York", the ECOSOC WSIS draft OP136) */
const REVIEWS_NAMED_BY_YEARS = new WeakSet<object>();
/**
 * "ahead of the World Summit 20-year review", "as an outcome of the World Summit 20-year review" (the ECOSOC WSIS draft
 * OP125-OP136, A/RES/79/334), "a core priority of the 20-year review of the World Summit" (A/RES/80/173 OP14), "the
 * substantive discussion on the 20-year review of the implementation of the outcomes of the World Summit" (the draft OP123,
 * A/RES/80/118): the Summit's twenty-year review, WSIS+20, the General Assembly's overall review of December 2025 (the node
 * of "the WSIS+20 review" and "the overall review ... in 2025"); "the 10-year review of the World Summit" (the draft OP3,
 * 80/173 OP96): the overall review of 2015. Not "the high-level plenary meeting ... on the 20-year review of ..." (the
 * meeting's own name, read as a sitting), nor "the 20-year review report" (a report: no "of the World Summit").
 * (group 1 or 2: the number of years)
 */
const WSIS_YEAR_REVIEW_RE =
  /(?<!\bmeeting\s+(?:of\s+the\s+(?:General\s+)?Assembly\s+)?on\s+the\s+)\b(?:World\s+Summit\s+(20|10)-year\s+review\b|(20|10)-year\s+review\s+of\s+(?:progress\s+made\s+in\s+)?(?:the\s+implementation\s+of\s+the\s+outcomes\s+of\s+)?the\s+World\s+Summit(?:\s+on\s+the\s+Information\s+Society)?)/g;
function wsisYearReviews(text: string, out: Candidate[]): void {
  WSIS_YEAR_REVIEW_RE.lastIndex = 0;
  for (let m = WSIS_YEAR_REVIEW_RE.exec(text); m; m = WSIS_YEAR_REVIEW_RE.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    const attrs = (m[1] ?? m[2]) === '20' ? wsisPlus20ReviewAttrs() : { eventKind: 'meeting', startDate: '2015' };
    REVIEWS_NAMED_BY_YEARS.add(attrs);
    out.push(candidate('Event', WSIS_REVIEW_2025, attrs, start, end, 'special'));
  }
}
/** "WSIS+20", "the WSIS+20 review" (not "WSIS+20 Forum High-level Event", "WSIS+20 High-level Event 2025", "WSIS+20 Co-Facilitators") */
const WSIS_PLUS20_REVIEW_RE = letterRe(String.raw`(?<![\p{L}\p{N}])WSIS\+20(?:\s+review)?(?![\p{L}\p{N}+\-]|\s+(?:Forum|High|Co-))`, 'gu');

/** Topic text with inner short forms replaced by full names ("the World Summit" -> WSIS). */
function canonicalTopic(topic: string, cands: Candidate[], offset: number): string {
  let out = '';
  let pos = 0;
  for (const c of cands) {
    const s = c.start - offset;
    const e = c.end - offset;
    if (s < pos || e > topic.length || s < 0) continue;
    out += topic.slice(pos, s) + c.name;
    pos = e;
  }
  out += topic.slice(pos);
  return normaliseName(out);
}

// ---------------------------------------------------------------------------------------------
// Action lines

const ACTION_LINE_BY_CODE = new Map<string, ActionLineInfo>(ACTION_LINES.map((a) => [a.code, a]));
const C7_BY_NAME = new Map<string, ActionLineInfo>(C7_SUBLINES.map((a) => [a.name.toLowerCase(), a]));

function actionLineRef(info: ActionLineInfo): Ref {
  return { kind: 'ActionLine', name: actionLineDisplayName(info), attrs: { code: info.code, facilitators: info.facilitators } };
}

/** "^\s*[:.(]?\s*<name>\)?" for an action line's printed name, compiled once per name (was per code and name). */
const printedNameRes = new Map<string, RegExp>();
function printedNameRe(nm: string): RegExp {
  let re = printedNameRes.get(nm);
  if (re === undefined) {
    re = new RegExp(`^\\s*[:.(]?\\s*${nm.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\)?`, 'i');
    printedNameRes.set(nm, re);
  }
  return re;
}

function actionLineCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const words = textWords(text);
  // the regex only where a code's first two characters are printed (a scan of every paragraph otherwise)
  const hasCode = CODE_STARTS.some((w) => hasWord(words, w)) && /\bC(?:1[01]|[1-9])\b/.test(text);
  const hasActionLine = hasWord(words, ACTION_LINE);
  if (!hasCode && !hasActionLine) return out;
  ACTION_LINE_CODE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ACTION_LINE_CODE_RE.exec(text))) {
    const group = m[1] ?? m[2] ?? m[3]!;
    const groupStart = m.index + m[0].lastIndexOf(group);
    CODE_RE.lastIndex = 0;
    let c: RegExpExecArray | null;
    const codes: { code: string; at: number }[] = [];
    while ((c = CODE_RE.exec(group))) codes.push({ code: c[0], at: groupStart + c.index });
    // "C1 to C11": every code in between
    if (/\bto\b|[–-]/.test(group) && codes.length === 2) {
      const a = Number(codes[0]!.code.slice(1));
      const b = Number(codes[1]!.code.slice(1));
      // the codes in between are stated by the word "to" itself: give them its span
      const gapStart = codes[0]!.at + codes[0]!.code.length;
      const gapText = text.slice(gapStart, codes[1]!.at);
      const toAt = gapStart + gapText.search(/\S/);
      const toLen = gapText.trim().length;
      for (let k = a + 1; k < b; k++) codes.splice(codes.length - 1, 0, { code: `C${k}`, at: -1 - toAt, len: toLen } as { code: string; at: number });
    }
    for (const { code, at } of codes) {
      const info = ACTION_LINE_BY_CODE.get(code);
      if (!info) continue;
      const ref = actionLineRef(info);
      const between = at < 0;
      const start = between ? -1 - at : at;
      const end = between ? start + ((codes.find((x) => x.code === code) as { len?: number } | undefined)?.len ?? 0) : at + code.length;
      // "C3 Access to information and knowledge": extend over the printed name
      let e = end;
      const rest = between ? '' : text.slice(end);
      for (const nm of between ? [] : [info.name, ...info.aliases]) {
        const r = printedNameRe(nm).exec(rest);
        if (r) {
          e = end + r[0].replace(/\)$/, '').length;
          break;
        }
      }
      out.push(candidate('ActionLine', ref.name, ref.attrs, start, e, 'special'));
    }
  }
  E_APPLICATION_RE.lastIndex = 0;
  const hasC7 = hasWord(words, C7);
  while ((hasActionLine || hasC7) && (m = E_APPLICATION_RE.exec(text))) {
    const sub = (m[1] ?? m[2])!.toLowerCase();
    const info = C7_BY_NAME.get(`e-${sub}`);
    if (!info) continue;
    const ref = actionLineRef(info);
    const start = m.index;
    const end = m.index + m[0].replace(/\)$/, '').length;
    if (out.some((o) => overlaps(o, { start, end }))) continue;
    out.push(candidate('ActionLine', ref.name, ref.attrs, start, end, 'special'));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Names that point at a convention named elsewhere

const TO_THE_CONVENTION_RE = /^(.+) to the Convention$/;
/** A convention's own name: "Convention"/"Covenant" is its first head ("Chemical Weapons Convention", "United Nations
 *  Convention against ..."), not a word inside another instrument's ("Agreement under the ... Convention on the Law of the Sea"). */
const CONVENTION_NAME_RE =
  letterRe(String.raw`^(?!(?:Optional |Additional )?(?:Protocol|Agreement|Amendment)s?\b)(?:(?:[A-Z][\p{L}-]*|of|the),? )*(?:Convention|Covenant)(?: (?:on|to|against|for|relating|concerning|of)\b|$)`, 'u');

/** The convention a paragraph last named before `pos`, else the one last named in the resolution. */
function conventionBefore(cands: readonly Candidate[], pos: number, earlier: Ref | undefined, nearOnly: boolean): Ref | undefined {
  // (a name printed in full before a short form: "the Convention on International Trade in Endangered Species ..., the entry
  // into force of the Convention, ... the Conference of the Parties to the Convention" (A/RES/79/313 PP21) after the biodiversity
  // convention's Conference (PP11): "the Convention" is still read as the one named last in the resolution here, and only later
  // as the one printed before it in the paragraph)
  const isConvention = (name: string): boolean => name !== 'Convention' && CONVENTION_NAME_RE.test(name);
  let nearest: Candidate | undefined;
  for (const o of cands) if (o.kind === 'Framework' && o.via !== 'short' && o.end <= pos && (!nearest || o.start > nearest.start) && isConvention(o.name)) nearest = o;
  nearest ??= frameworkBefore(cands, pos, isConvention);
  if (nearest) return { kind: nearest.kind, name: nearest.name, attrs: nearest.attrs };
  if (nearOnly) return undefined;
  return earlier && earlier.kind === 'Framework' && earlier.name !== 'Convention' ? earlier : undefined;
}

/** "the Conference of the Parties to the Convention" in a resolution on the UNFCCC is the UNFCCC's, and
 *  "the Convention on the Rights of Persons with Disabilities and the Optional Protocol thereto" names the
 *  "Optional Protocol to the Convention on the Rights of Persons with Disabilities": one node each, not a
 *  generic one shared by every convention. */
function nameAfterConvention(text: string, cands: Candidate[], earlier: Ref | undefined): void {
  for (const c of cands) {
    // (printed "Optional Protocol", a name read as the protocol last named in the resolution: "the Convention on the Rights of
    // Persons with Disabilities23 and its Optional Protocol,24" after the child convention's protocols, A/RES/79/154 OP5; the
    // convention printed right before says whose it is)
    const printed = (c.end - c.start === 17 || c.end - c.start === 18) && c.name.startsWith('Optional Protocol') ? text.slice(c.start, c.end) : c.name;
    if (c.via === 'short' && printed !== 'Optional Protocol' && printed !== 'Optional Protocols') continue;
    const to = c.via === 'short' ? null : TO_THE_CONVENTION_RE.exec(c.name);
    if (to) {
      const conv = conventionBefore(cands, c.start, earlier, false);
      if (conv) c.name = `${to[1]} to the ${conv.name}`;
      continue;
    }
    // (the plural too: "the Convention on the Rights of the Child 7 and the Optional Protocols thereto,8", A/RES/79/172 PP1,
    // and "the International Covenant on Civil and Political Rights and the Optional Protocols thereto" in the same paragraph)
    if ((printed === 'Optional Protocol' || printed === 'Optional Protocols') && /^\s*thereto(?![a-z])/.test(text.slice(c.end, c.end + 12))) {
      // (the convention printed right before, measured from where its mention ends: "the Convention against Torture and the
      // Optional Protocol thereto" (A/RES/80/198 OP40) prints a short title, not the full name's last word)
      const conv = frameworkBefore(cands, c.start, (name) => name !== 'Convention' && CONVENTION_NAME_RE.test(name));
      if (!conv || c.start - conv.end >= 80) continue;
      c.name = `${printed} to the ${conv.name}`;
      // "the Convention on the Rights of the Child6 and the Optional Protocol thereto on the sale of children, child prostitution
      // and child pornography,7" (A/RES/79/154 PP2): the topic names which one (not "thereto on 30 March 2007", A/RES/80/197)
      if (printed === 'Optional Protocol') {
        const after = c.end + text.slice(c.end, c.end + 12).indexOf('thereto') + 7;
        const topic = PROTOCOL_TOPIC_RE.exec(text.slice(after, after + 120));
        if (topic) {
          c.name += ` on ${topic[1]}`;
          c.end = after + topic[0].length;
        }
      }
      continue;
    }
    // "the 1951 Convention relating to the Status of Refugees 3 and the 1967 Protocol thereto4" (A/RES/80/187 OP5, 13 texts of
    // corpus-ga): the protocol of the convention printed right before, by the name it has when printed in full ("the 1951
    // Convention and the 1967 Protocol relating to the status of refugees", 80/187 OP44), not a node of its own per year
    if (YEAR_PROTOCOL_RE.test(printed) && /^\s*thereto(?![a-z])/.test(text.slice(c.end, c.end + 12))) {
      const conv = frameworkBefore(cands, c.start, (name) => name !== 'Convention' && CONVENTION_NAME_RE.test(name));
      if (conv && c.start - conv.end < 80) c.name = protocolOfConvention(conv.name);
      continue;
    }
    // "the Convention on the Rights of the Child 7 and its Optional Protocol on the involvement of children in armed conflict,
    // 8" (A/RES/80/223 PP2, 79/184 PP2), "the Convention on the Rights of Persons with Disabilities23 and its Optional
    // Protocol,24" (A/RES/79/154 OP5): the convention printed right before is whose; the topic after it names which one
    // (and "the Council of Europe Convention on the Prevention of Terrorism and its Additional Protocol", A/RES/79/284 OP33:
    // a bare "Additional Protocol" node every convention's protocol printed so would share)
    if (ITS_PROTOCOL_NAMES.has(printed) && text.endsWith('its ', c.start)) {
      const conv = frameworkBefore(cands, c.start, (name) => name !== 'Convention' && CONVENTION_NAME_RE.test(name));
      if (!conv || c.start - conv.end >= 30) continue;
      const topic = PROTOCOL_TOPIC_RE.exec(text.slice(c.end, c.end + 120));
      c.name = `${printed} to the ${conv.name}${topic ? ` on ${topic[1]}` : ''}`;
      if (topic) c.end += topic[0].length;
    }
  }
  // "... under the Convention on the Elimination of All Forms of Discrimination against Women and the Optional Protocol
  // thereto 14 ..., and calls upon those Member States that have not yet done so to consider signing and ratifying or
  // acceding to the Optional Protocol" (A/RES/80/186 OP8, 78/182 OP8): printed alone, the protocol named before in the paragraph
  for (const c of cands) {
    if (c.name !== 'Optional Protocol' || c.via === 'short' || BARE_PROTOCOL_GOES_ON_RE.test(text.slice(c.end, c.end + 8))) continue;
    const named = frameworkBefore(cands, c.start, (name) => name.startsWith(OPTIONAL_PROTOCOL_TO));
    if (named) c.name = named.name;
  }
}
const OPTIONAL_PROTOCOL_TO = 'Optional Protocol to the ';
/** a protocol printed "its <name>" after the convention it belongs to */
const ITS_PROTOCOL_NAMES: ReadonlySet<string> = new Set(['Optional Protocol', 'Additional Protocol']);
/** a protocol named by its year alone: "1967 Protocol" */
const YEAR_PROTOCOL_RE = /^(?:19|20)\d\d Protocol$/;
/** "Convention relating to the Status of Refugees" -> "Protocol relating to the Status of Refugees" (its name in the gazetteer),
 *  else "Protocol to the <convention>" */
function protocolOfConvention(convention: string): string {
  const relating = convention.startsWith('Convention relating to ') ? `Protocol${convention.slice('Convention'.length)}` : undefined;
  return relating && entryByName('Framework', relating) ? relating : `Protocol to the ${convention}`;
}
/** after "its Optional Protocol": the topic that names which one, lowercase words up to a footnote number or a comma that
 *  goes on with another item (" on the involvement of children in armed conflict, 8 the ...", " on the sale of children,
 *  child prostitution and child pornography") */
const PROTOCOL_TOPIC_RE = /^ on ((?:the )?[a-z][a-z-]*(?:(?: |, (?!(?:the|and|as|including|which|in)\b))[a-z][a-z-]*)*)(?=\s*\d|\s*[,;.)]|$)/;
/** after "Optional Protocol": words that make it another protocol's name ("thereto", " to the ...", " on the ...", "s") */
const BARE_PROTOCOL_GOES_ON_RE = /^(?:\s*thereto|\s+(?:to|on|of)\s|\w)/;

/** Words of names that say what a body or sitting is but not whose ("Preparatory Committee", "Working Group III"). */
const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set([
  'Ad', 'Hoc', 'Open-ended', 'Intergovernmental', 'Preparatory', 'Executive', 'Advisory', 'Steering', 'Consultative', 'Scientific',
  'Technical', 'Governing', 'Standing', 'Joint', 'Expert', 'Experts', 'Governmental', 'High-level', 'Working', 'Group', 'Committee',
  'Board', 'Council', 'Commission', 'Panel', 'Task', 'Force', 'Review', 'Conference', 'Meeting', 'Session', 'Special', 'of', 'the',
  'States', 'Parties', 'Bureau', 'Subsidiary', 'Coordination', 'Contact', 'Regional', 'Body', 'Study',
  'I', 'II', 'III', 'IV', 'V', 'VI',
]);
const ORDINAL_WORD_RE = new RegExp(`^(?:${ORDINAL_SOURCE})$`, 'i');
const OF_THE_GENERAL_ASSEMBLY = ' of the General Assembly';
/** "a ", "an ", "a one-day " right before a name: a sitting brought in as a new one */
const INDEFINITE_BEFORE_RE = /\b[Aa]n?\s+(?:(?:one|two|three|half)-day\s+)?$/;
/** A sitting of the Assembly named by its kind alone: "high-level meeting", "high-level plenary meeting", "informal plenary meeting", "high-level segment". */
/**
 * "Also decides that the theme of the high-level meeting of the General Assembly will be ..." (A/RES/79/288 OP2-OP12) after OP1
 * named "the one-day high-level meeting of the General Assembly on the thirtieth anniversary of the Fourth World Conference on
 * Women"; "an important input to the preparatory process of the high-level meeting of the General Assembly" (A/RES/80/118 OP64)
 * after OP63 named the 2025 WSIS review's: "the" sitting printed without its topic is the high-level meeting the resolution
 * named last by its topic (as "the high-level meeting" printed alone is, highLevelMeetingsNamedBefore). Not "a one-day
 * high-level meeting of the General Assembly" (a new one: A/RES/79/277 OP1, 78/182 OP20), nor one the words go on to name or
 * date, nor a sitting of an earlier year than the resolution's (what the text prepares is not a past meeting).
 */
function highLevelMeetingNamedBefore(text: string, c: Candidate, ctx: RecognizeContext, state: ResolutionState): Ref | undefined {
  if (c.start < 4 || !text.startsWith('the ', c.start - 4) || !isHighLevelMeeting(c.name)) return undefined;
  const ref = state.last.get(HLM);
  if (ref === undefined || TOPICLESS_ASSEMBLY_SITTING_RE.test(ref.name) || !isHighLevelMeeting(ref.name)) return undefined;
  if (TOPICLESS_SITTING_NAMED_AFTER_RE.test(text.slice(c.end, c.end + 24))) return undefined;
  const year = typeof ref.attrs.startDate === 'string' ? ref.attrs.startDate.slice(0, 4) : undefined;
  if (year !== undefined && ctx.date !== undefined && year < ctx.date.slice(0, 4)) return undefined;
  return ref;
}
/** The topic-named high-level meeting named last (as highLevelMeetingNamedBefore) when `c`, "the" dated sitting, is of its year. */
function datedSittingNamedBefore(text: string, c: Candidate, state: ResolutionState): Ref | undefined {
  if (c.start < 4 || !text.startsWith('the ', c.start - 4)) return undefined;
  const ref = state.last.get(HLM);
  if (ref === undefined || TOPICLESS_ASSEMBLY_SITTING_RE.test(ref.name) || !isHighLevelMeeting(ref.name)) return undefined;
  const year = typeof ref.attrs.startDate === 'string' ? ref.attrs.startDate.slice(0, 4) : undefined;
  return year !== undefined && (c.attrs.startDate as string).startsWith(year) ? ref : undefined;
}
/** before a sitting: "the overall review will be concluded by a two-day " (what the sitting concludes: a review) */
const REVIEW_CONCLUDED_BY_BEFORE_RE = /\breview\s+(?:will|shall)\s+be\s+concluded\s+(?:by|with)\s+an?\s+(?:(?:one|two|three|half)-day\s+)?$/;
/** The review-named high-level meeting named last, when the words before `c` say that `c` concludes the review; not one of
 *  an earlier year than the text's ("will be concluded": after only the 2015 meeting was named, a new one) */
function sittingConcludingReview(text: string, c: Candidate, ctx: RecognizeContext, state: ResolutionState): Ref | undefined {
  if (!REVIEW_CONCLUDED_BY_BEFORE_RE.test(text.slice(Math.max(0, c.start - 60), c.start))) return undefined;
  const ref = state.last.get(HLM);
  if (ref === undefined || !ref.name.includes(REVIEW_WORD_OF)) return undefined;
  const year = typeof ref.attrs.startDate === 'string' ? ref.attrs.startDate.slice(0, 4) : undefined;
  return year !== undefined && ctx.date !== undefined && year >= ctx.date.slice(0, 4) ? ref : undefined;
}
const REVIEW_WORD_OF = ' review of ';
/** after a sitting of the Assembly printed without its topic: words that name or date it ("known as", "held on", "in 2025") */
const TOPICLESS_SITTING_NAMED_AFTER_RE = /^,?\s+(?:known|held|convened|to\s+be|in\s+(?:19|20)\d\d|on\s+\d|from\s+\d)\b/;
const TOPICLESS_ASSEMBLY_SITTING_RE = /^(?:(?:one-day|informal|special|commemorative|high-level|plenary)\s+)*(?:meeting|segment)\s+of\s+the\s+General\s+Assembly$/;
/** sittings of a treaty's parties: whose they are is the instrument's */
const PARTIES_SITTING_RE = /(?:Review Conference|Special Session of the Conference|Meeting of (?:the )?States Parties|Conference of (?:the )?States Parties)$/;

/**
 * The office of a post printed without whose post it is: "the Chair of ASEAN, through its Office of the Special Envoy" (A/RES/78/219
 * PP22), "cooperation and coordination of the Office of the Special Adviser with other United Nations offices" (A/RES/78/253
 * XII.OP10): a different office in each text, not one node for all of them.
 */
const OFFICE_OF_BARE_POST_RE = /^Office of the Special (?:Envoy|Adviser|Representative|Coordinator)$/;
const OFFICE_OF_THE_SPECIAL = 'Office of the Special ';

// (word by word with indexOf, no array per name: asked for every pattern name kept)
function genericName(name: string): boolean {
  if (name.startsWith(OFFICE_OF_THE_SPECIAL)) return OFFICE_OF_BARE_POST_RE.test(name);
  let words = 0;
  for (let from = 0; from <= name.length; ) {
    let to = name.indexOf(' ', from);
    if (to < 0) to = name.length;
    const w = name.slice(from, to);
    if (!GENERIC_NAME_WORDS.has(w) && !ORDINAL_WORD_RE.test(w)) return false;
    words++;
    from = to + 1;
  }
  return words >= 2;
}

/**
 * Step 7c: a name of nothing but generic words ("Third Review Conference", "Preparatory Committee", "Executive Board",
 * "Group of Governmental Experts") names different things in different resolutions: one node for all of them joined
 * the chemical weapons convention's review conference with the anti-personnel mines convention's, and every
 * preparatory committee. The key takes whose it is: a parties' sitting the instrument named nearest (in the paragraph,
 * else last in the resolution), anything else the resolution it is named in. The name stays as printed.
 */
function qualifyGenericNames(text: string, kept: readonly Candidate[], ctx: RecognizeContext, state: ResolutionState, earlier: Ref | undefined): void {
  const owned = sittingsOfGenericBodies(kept);
  for (const c of kept) {
    if (c.kind === 'Organization' && c.name === IMPLEMENTATION_SUPPORT_UNIT && c.attrs.qualifier === undefined) {
      supportUnitOfConvention(kept, c, earlier);
      continue;
    }
    if (qualifySpecialName(text, kept, ctx, state, c)) continue;
    if (c.via !== 'pattern' || c.kind === 'Place') continue;
    if (qualifyEstablishedName(text, kept, ctx, state, c)) continue;
    if (c.attrs.qualifier !== undefined) continue;
    qualifyGenericName(text, kept, ctx, state, earlier, c);
  }
  if (owned !== undefined) sittingsFollowTheirBody(owned, kept);
}

/** the unit a disarmament convention's States parties set up to support its implementation (one per convention) */
const IMPLEMENTATION_SUPPORT_UNIT = 'Implementation Support Unit';
/**
 * "Welcomes the work of the Implementation Support Unit" (A/RES/80/68 OP6, the CCW's), "the Implementation Support Unit" of the
 * Biological Weapons Convention (80/71 PP4, OP13-OP19, 79/78, 78/67, 79/79 PP3) and of the Convention on Cluster Munitions
 * (80/52 PP22, 79/58 PP18): each convention's parties set up their own, so the unit is the convention's named nearest (in the
 * paragraph, else last in the resolution), keyed with it, not one node for all of them.
 */
function supportUnitOfConvention(kept: readonly Candidate[], c: Candidate, earlier: Ref | undefined): void {
  const convention = conventionBefore(kept, c.start, earlier, false);
  if (convention !== undefined) c.attrs = { ...c.attrs, qualifier: convention.name };
}

/**
 * qualifyGenericNames' first cases, each a drafting pattern of its own; true when `c` is settled. The loop's cases are three
 * functions, each compiled apart: as one loop of ~240 lines, a case first met after the loop was optimised threw all of it
 * away, and compiling it again was the entities worker's costliest recompile (4 compiles over corpus-ga, ~8% of TurboFan's time
 * in a one-thread ingest).
 */
function qualifySpecialName(text: string, kept: readonly Candidate[], ctx: RecognizeContext, state: ResolutionState, c: Candidate): boolean {
  // "Expresses its appreciation to the nuclear-weapon States that have signed the Protocols to the Treaty4" and "the States
  // contemplated in Protocol III to the Treaty" (A/RES/80/14 OP4, OP5, 78/14, 79/15), after OP3 named the African
  // Nuclear-Weapon-Free Zone Treaty: the protocols of the treaty named last, not one "Protocols to the Treaty" node for
  // every treaty's (a character test on the few kept frameworks first)
  if (c.kind === 'Framework' && c.name.charCodeAt(c.name.length - 1) === 121 /* y */ && c.name.endsWith(TO_THE_TREATY) && PROTOCOL_TO_HEAD_RE.test(c.name)) {
    const treaty = frameworkBefore(kept, c.start, isProtocolOwnerTreaty) ?? state.last.get('Treaty');
    if (treaty !== undefined && isProtocolOwnerTreaty(treaty.name)) c.name = `${c.name.slice(0, c.name.length - TO_THE_TREATY.length)} to the ${treaty.name}`;
    return true;
  }
  // "encourages contributions to the Special Fund established by the Optional Protocol" (A/RES/80/198 OP50): a fund named by
  // generic words is the fund of the instrument or body that established it, named so ("Special Fund of the Optional
  // Protocol to the Convention against Torture ..."), not one "Special Fund" node for every such fund (a character test first)
  if (c.kind === 'Organization' && c.end + 1 < text.length && text.charCodeAt(c.end + 1) === 101 /* e */ && GENERIC_FUND_RE.test(c.name) && text.startsWith(ESTABLISHED_BY_THE, c.end)) {
    const at = c.end + ESTABLISHED_BY_THE.length;
    const owner = kept.find((o) => o.start === at && (o.kind === 'Framework' || o.kind === 'Organization'));
    if (owner !== undefined) {
      c.name = `${c.name}${OF_THE}${owner.name}`;
      return true;
    }
  }
  // "the Endowment Fund of the Authority" (A/RES/78/69 OP289: the International Seabed Authority's), "the University’s
  // Endowment Fund" (78/69 OP30, 79/144 OP33: the World Maritime University's): a fund named by generic words is its owner's,
  // named so, not one "Endowment Fund" node for both (a character test first)
  // (the words as printed: "the Endowment Fund" read as the short form of the fund named before, OP289 after OP30)
  if (c.kind === 'Organization' && text.charCodeAt(c.end - 1) === 100 /* d */ && c.end - c.start <= 30 && GENERIC_FUND_RE.test(text.slice(c.start, c.end))) {
    const owner = text.startsWith(OF_THE, c.end) ? kept.find((o) => o.start === c.end + OF_THE.length && o.kind === 'Organization') : possessorOf(text, c.start, kept, state);
    if (owner !== undefined && !genericName(owner.name)) {
      c.name = `${normaliseName(text.slice(c.start, c.end))}${OF_THE}${owner.name}`;
      c.attrs = {};
      return true;
    }
  }
  // "a one-day high-level plenary meeting of the Assembly to commemorate ... the International Day for the Total Elimination
  // of Nuclear Weapons" (A/RES/78/27 OP9), "the high-level meeting of the General Assembly" on the Beijing Declaration
  // (A/RES/79/288 OP2-OP12), on the WSIS review (79/277 OP1, 80/118 OP64): a sitting of the Assembly named without its
  // topic and with no date is whichever this resolution means, not one node for every topic's (dated, the year keeps them
  // apart, and one year's sitting is the same in every text: the 2005 World Summit's); a character test on the few Events first
  // "Also decides to convene the high-level meeting of the General Assembly, at the highest possible level, on 16 and 17
  // December 2025" (A/RES/79/277 OP2) after PP4 named the overall review of the WSIS outcomes to be held in 2025: dated, "the"
  // sitting printed without its topic is still the one the resolution named last by its topic, when that one is of its year
  if (c.kind === 'Event' && c.attrs.qualifier === undefined && typeof c.attrs.startDate === 'string' && c.name.endsWith(OF_THE_GENERAL_ASSEMBLY) && TOPICLESS_ASSEMBLY_SITTING_RE.test(c.name)) {
    const named = datedSittingNamedBefore(text, c, state);
    if (named !== undefined) {
      // (its own dates and their phrase, not the year-only date the earlier mention printed; the same attributes object,
      // which detailedAttrs knows as read in this paragraph)
      c.name = named.name;
      if (named.attrs.acronym !== undefined) c.attrs.acronym = named.attrs.acronym;
      return true;
    }
  }
  if (c.kind === 'Event' && c.attrs.qualifier === undefined && c.attrs.startDate === undefined && c.name.endsWith(OF_THE_GENERAL_ASSEMBLY) && TOPICLESS_ASSEMBLY_SITTING_RE.test(c.name)) {
    // "Decides that the overall review will be concluded by a two-day high-level meeting of the General Assembly" (A/RES/79/277
    // OP1): a new sitting, but the one that concludes the review the resolution named last (PP4), not one of its own
    const concluding = sittingConcludingReview(text, c, ctx, state);
    if (concluding !== undefined) {
      c.name = concluding.name;
      c.attrs = { ...concluding.attrs };
      return true;
    }
    const named = highLevelMeetingNamedBefore(text, c, ctx, state);
    if (named !== undefined) {
      c.name = named.name;
      c.attrs = { ...named.attrs };
      return true;
    }
    if (ctx.symbol) c.attrs.qualifier = ctx.symbol;
    return true;
  }
  // "the two first meetings of the Preparatory Committee for the 2026 Review Conference" (A/RES/79/35 PP12, 78/42, 80/39),
  // after "the tenth Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons": the
  // committee (and its sittings, named by the committee in step 4) of that treaty's conference of the year, as OP19 prints
  // it in full (a character test first)
  if (c.attrs.qualifier === undefined && c.name.endsWith(' Review Conference') && PREPARATORY_FOR_YEAR_RE.test(c.name)) {
    const treaty = partiesTreatyBefore(kept, c.start, state);
    if (treaty !== undefined && isTreatyName(treaty.name)) c.name = `${c.name} of the Parties to the ${treaty.name}`;
    return true;
  }
  // "the Group of Governmental Experts on Further Practical Measures ... in 2018 and 2019" (A/RES/79/21 PP12, the group of
  // 72/250), then "7. Welcomes the work of the Group of Governmental Experts established pursuant to resolution 77/250" and
  // "the report of the Group of Governmental Experts" (OP7-OP11; 80/21): the bare words read as the short form of the group
  // named before; the resolution printed after them, or after such words before, says it is another group (a length test first)
  if (c.via === 'short' && c.end - c.start === GROUP_OF_GOVERNMENTAL_EXPERTS.length && c.attrs.qualifier === undefined && c.kind === 'Organization' && c.name.length > GROUP_OF_GOVERNMENTAL_EXPERTS.length && c.name.startsWith(GROUP_OF_GOVERNMENTAL_EXPERTS)) {
    let q = establishingResolution(text, text.charCodeAt(c.end) === 44 /* , */ ? c.end + 1 : c.end, ctx);
    if (q) rememberEstablished(ctx, GROUP_OF_GOVERNMENTAL_EXPERTS, q);
    else q = establishedBefore(text, GROUP_OF_GOVERNMENTAL_EXPERTS, c.start, ctx);
    if (q) {
      c.name = GROUP_OF_GOVERNMENTAL_EXPERTS;
      c.attrs = { qualifier: q };
    }
    return true;
  }
  // "7. Welcomes the work of the Group of Governmental Experts established pursuant to resolution 77/250, ..., which was
  // tasked with considering and making recommendations on ...", then "building on the work of the Group of Governmental
  // Experts to consider and to make recommendations on ..." (A/RES/79/21 OP14, 79/20 PP13): a group named by its mandate
  // (the gazetteer's "... to consider ...") is the group the resolution named before by its establishing resolution, as
  // the Assembly gives one mandate to the groups of several resolutions (72/250 and 77/250); graph/build.ts joins the
  // names keyed with one resolution (a character test first)
  if (c.kind === 'Organization' && c.attrs.qualifier === undefined && c.name.startsWith(GROUP_OF_GOVERNMENTAL_EXPERTS_TO)) {
    const q = establishedBefore(text, GROUP_OF_GOVERNMENTAL_EXPERTS, c.start, ctx);
    if (q) {
      c.attrs = { ...c.attrs, qualifier: q };
      return true;
    }
  }
  return false;
}

/** qualifyGenericNames' cases of a name a pattern made: the resolution that established it first (see qualifySpecialName); true when `c` is settled. */
function qualifyEstablishedName(text: string, kept: readonly Candidate[], ctx: RecognizeContext, state: ResolutionState, c: Candidate): boolean {
  // "the Group of Governmental Experts established pursuant to resolution 72/55", "the Commission of Experts established
  // pursuant to resolution 780 (1992)": the resolution that set it up says which one it is, in every text that cites it
  // (a space, then 'e', 'c', 's' or 'p' after the name before the name's words and the regex are read; "the report of the
  // Group of Governmental Experts pursuant to resolution 73/304", A/RES/80/198 OP23: "established" left out)
  // (read only inside the text: a read past its end, NaN, threw the compiled code away as "out of bounds")
  // ('t', 'w': "that was convened ...", "which was established ...")
  const after = c.end + 1 < text.length ? text.charCodeAt(c.end + 1) : 0;
  if ((after === 101 || after === 99 || after === 115 || after === 112 || after === 116 || after === 119) && text.charCodeAt(c.end) === 32 && genericName(c.name)) {
    const q = establishingResolution(text, c.end, ctx);
    if (q) {
      c.attrs = { ...c.attrs, qualifier: q };
      if (c.kind === 'Organization') rememberEstablished(ctx, c.name, q);
      return true;
    }
  }
  // "the outcome document of the 2000 Review Conference, ... adopted by the 2010 Review Conference" (A/RES/78/40 PP4, after
  // "the Treaty on the Non-Proliferation of Nuclear Weapons"): that treaty's conference of the year
  if (c.kind === 'Event' && c.attrs.qualifier === undefined && YEAR_REVIEW_CONFERENCE_RE.test(c.name)) {
    const treaty = partiesTreatyBefore(kept, c.start, state);
    if (treaty !== undefined && isTreatyName(treaty.name)) c.name = `${c.name} of the Parties to the ${treaty.name}`;
    return true;
  }
  // "the first Meeting of States Parties to the Treaty, held in Vienna" after "the Treaty on the Prohibition of Nuclear
  // Weapons" (A/RES/79/47 PP12), "the two previous Review Conferences of the Parties to the Treaty" after "the Treaty on the
  // Non-Proliferation of Nuclear Weapons" (A/RES/78/42 PP12): "the Treaty" is the one named last (in the paragraph, else the
  // resolution), as other texts print the sitting in full; keyed "First Meeting of States Parties to the Treaty" alone, the
  // treaties' sittings were one node (a character test on the few kept names first)
  // "the Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing ...,
  // and acknowledging the holding of the Fourth Meeting of the Parties to that Agreement, in Bali" (A/RES/78/68 PP53; 79/145
  // OP112, 80/109 OP114): the sitting of the agreement named before, as 78/68 OP109 prints it in full, not a node per
  // resolution (a character test first)
  if (c.kind === 'Event' && c.attrs.qualifier === undefined && text.startsWith(TO_THAT_AGREEMENT, c.end) && SITTING_OF_PARTIES_HEAD_RE.test(c.name)) {
    const agreement = frameworkBefore(kept, c.start, isAgreementName);
    if (agreement !== undefined) {
      c.name = `${c.name} to the ${agreement.name}`;
      return true;
    }
  }
  if (c.kind === 'Event' && c.attrs.qualifier === undefined && c.name.endsWith(TO_THE_TREATY)) {
    const head = c.name.slice(0, c.name.length - TO_THE_TREATY.length);
    if (SITTING_OF_PARTIES_HEAD_RE.test(head)) {
      const treaty = partiesTreatyBefore(kept, c.start, state);
      if (treaty !== undefined && isTreatyName(treaty.name)) c.name = `${head} to the ${treaty.name}`;
    }
    return true;
  }
  return false;
}

/** qualifyGenericNames' last cases: a name a pattern made, not qualified yet, gets its owner or the resolution's symbol (see qualifySpecialName). */
function qualifyGenericName(text: string, kept: readonly Candidate[], ctx: RecognizeContext, state: ResolutionState, earlier: Ref | undefined, c: Candidate): void {
  // "the Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space,
  // established pursuant to General Assembly resolution 77/250" (A/RES/79/19 PP22, 79/22 OP5, 80/19 PP22; 79/18 PP16
  // without the comma): the Assembly sets up groups of experts of one title again and again (72/250 and 77/250 on outer
  // space), so the establishing resolution says which group it is; keyed with it, graph/build.ts joins the bare "Group of
  // Governmental Experts established pursuant to resolution 77/250" (79/20, 80/20, 79/21 OP7) to it
  if (c.kind === 'Organization' && c.name.startsWith(GROUP_OF_GOVERNMENTAL_EXPERTS) && c.name.charCodeAt(GROUP_OF_GOVERNMENTAL_EXPERTS.length) === 32) {
    const from = text.charCodeAt(c.end) === 44 /* , */ ? c.end + 1 : c.end;
    const q = establishingResolution(text, from, ctx);
    if (q) {
      c.attrs = { ...c.attrs, qualifier: q };
      rememberEstablished(ctx, GROUP_OF_GOVERNMENTAL_EXPERTS, q);
      return;
    }
  }
  // "welcoming the presidency of Cambodia of the fifth Review Conference of the Convention" (A/RES/79/53 PP22, after the
  // Anti-Personnel Mine Ban Convention): a lowercase ordinal made it a name with "of the Convention" in it (step 5a), where
  // "the Fifth Review Conference of the Convention" stops before it; whose conference it is is the instrument's, as there
  if (c.kind === 'Event' && c.name.endsWith(OF_THE_BARE_INSTRUMENT_END)) {
    const bare = REVIEW_CONFERENCE_OF_BARE_INSTRUMENT_RE.exec(c.name);
    if (bare) c.name = bare[1]!;
  }
  // "the Chair-designate of the 2027 Meeting of States" (A/RES/80/43 OP6, after OP5 "Decides to convene the Meeting of States in
  // New York from 12 to 23 July 2027"): an edition named by its year before generic words is as generic, whose it is the same
  // (one node with the sitting OP5 names, not a "Meeting of States @ 2027" shared by every resolution's)
  const yearFirst = c.kind === 'Event' && isDigitCode(c.name.charCodeAt(0)) && c.name.charCodeAt(4) === 32 /* space */ && YEAR_BEFORE_NAME_RE.test(c.name);
  if (!genericName(yearFirst ? c.name.slice(5) : c.name)) {
    // "the establishment of a Group of Scientific and Technical Experts on Nuclear Disarmament Verification ...", then
    // "such a Group of Scientific and Technical Experts" (A/RES/79/240 OP1, OP2), "the High-level Panel on the Development
    // of a Multidimensional Vulnerability Index" after it was named "... for Small Island Developing States" (78/232): the
    // body named before in full, its topic cut off ("on"/"for" and more: not "Human Rights Council" before "Advisory Committee")
    if (c.kind === 'Organization') shortFormOfLongerName(text, c, kept, state);
    // "the Criteria and Guidelines" after "the Criteria and Guidelines on the Transfer of Marine Technology" (A/RES/78/69 OP15,
    // 79/144, 80/110), "the Global Programme of Action" after "... for the Protection of the Marine Environment from
    // Land-based Activities" (OP246-OP248), "the Political Agreement for Peace and Reconciliation" after "... in the Central
    // African Republic" (78/59 PP23-PP24, 79/68, 80/63): the instrument named before in full, its topic left off
    else if (c.kind === 'Framework' && c.via === 'pattern') instrumentNamedInFullBefore(text, c, kept, state);
    // "to give the widest support and publicity to the observance of the Day of Solidarity" after "the observance of the
    // International Day of Solidarity with the Palestinian People" (A/RES/79/82 OP5): the international day named before, its
    // "International" and topic left off
    else if (c.kind === 'Event' && c.name.startsWith(DAY_OF)) internationalDayNamedBefore(c, kept, state);
    return;
  }
  if (c.kind === 'Organization' && organOfShortFormOwner(c, state)) return;
  let q: string | undefined;
  if (c.kind === 'Event' && PARTIES_SITTING_RE.test(c.name)) {
    // (a treaty named before it in this paragraph is registered only after it: "the Treaty on the Prohibition of Nuclear
    // Weapons ... held its first Meeting of States Parties" after paragraphs on the Non-Proliferation Treaty, A/RES/79/41 PP20)
    q = (conventionBefore(kept, c.start, earlier, false) ?? partiesTreatyBefore(kept, c.start, state))?.name;
    if (q !== undefined && sittingInFull(c, q, kept, state)) return;
    if (q !== undefined && c.name === REVIEW_CONFERENCE && reviewConferenceNamedBefore(text, c, kept)) return;
  }
  // "the Human Rights Council took note of the research-based progress report of its Advisory Committee" (A/RES/80/209
  // OP25): the body named right before owns it
  if (q === undefined && c.kind === 'Organization' && c.start >= 4 && text.startsWith('its ', c.start - 4)) {
    q = ownerBefore(text, kept, c.start - 4);
    if (q !== undefined && NUMBERED_BODY_RE.test(c.name)) ownedGenericNames(ctx).set(c.name, q);
    // (the body's own name when the gazetteer knows it as "<owner> <organ>": "its Advisory Committee" after the Human Rights
    // Council is the "Human Rights Council Advisory Committee" other texts print, one node, not a second one keyed with its owner)
    else if (q !== undefined && ownerPrefixedOrganName(c, q)) return;
  }
  // "the open-ended Study Group of the International Law Commission on the topic “Sea-level rise in relation to international
  // law”" (A/RES/78/69 OP204, 79/144 OP199, 80/110 OP195, 78/319 PP7): the body printed right after it owns it, one node across
  // texts (then PART_OF it, attributions.ts); the resolution's later bare "the Study Group" is the same
  if (q === undefined && c.kind === 'Organization') {
    q = ownerRightAfter(text, kept, c.end);
    if (q !== undefined) ownedGenericNames(ctx).set(c.name, q);
  }
  // "the Treaty’s Scientific Advisory Group" (A/RES/78/35 OP7, 79/38 OP9, 80/54 OP9): the instrument printed as its owner
  // says whose it is (the treaty or convention named last), one node across texts, not one per resolution
  if (q === undefined && c.kind === 'Organization' && c.start >= 4 && POSSESSIVE_S_CODES.has(text.charCodeAt(c.start - 3)) && text.charCodeAt(c.start - 2) === 115 /* s */) {
    q = instrumentPossessorBefore(text, c.start - 3, kept, state, earlier);
  }
  // "the Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space ...,
  // and taking note of the adoption of the report of the Group of Governmental Experts on 16 August 2024" (A/RES/79/18
  // PP16), "the Intergovernmental Group of Experts" after "the Intergovernmental Group of Experts on Financing for
  // Development" (A/RES/78/137 OP39): the body named before in full, of which this is the start
  // (not after "the Group of Governmental Experts established pursuant to General Assembly resolution 77/250" in an earlier
  // paragraph: "the above-mentioned Group of Governmental Experts" is that group, A/RES/80/21 OP7-OP8, not the one PP12 named)
  if (q === undefined && c.kind === 'Organization' && c.name === GROUP_OF_GOVERNMENTAL_EXPERTS) q = establishedBefore(text, c.name, c.start, ctx);
  if (q === undefined && c.kind === 'Organization') {
    const longer = longerNameBefore(c, kept, state);
    if (longer !== undefined) {
      c.name = longer.name;
      c.attrs = { ...longer.attrs };
      return;
    }
  }
  // "the meetings of the Preparatory Committee for the third United Nations Conference on Landlocked Developing Countries"
  // (A/RES/79/219 PP5): a lowercase ordinal cut the name short; the sitting it prepares, named right after, says whose it is
  if (q === undefined && c.kind === 'Organization' && text.startsWith(FOR_THE, c.end)) {
    const ev = preparedSitting(text, kept, c.end + FOR_THE.length);
    if (ev !== undefined) {
      c.name = `${c.name}${FOR_THE}${ev.name}`;
      return;
    }
  }
  // "... to allow its Working Group III to continue to finalize its work" (A/RES/80/161 OP7, "its": the Commission's), then
  // "the deliberations of Working Group III" (OP13): the body this resolution named as its owner's, not a second node
  if (q === undefined && c.kind === 'Organization') q = genericOwnersOf.get(ctx)?.get(c.name) ?? establishedBefore(text, c.name, c.start, ctx);
  if (q === undefined && c.kind === 'Organization' && NUMBERED_BODY_RE.test(c.name)) q = numberedBodyOwner(text, kept, ctx, c);
  // "Decides to convene a meeting of States in 2027 ... to review the implementation of the Global Framework, ... ahead of the
  // Meeting of States" (A/RES/78/47 OP7), "Decides to convene the Meeting of States in New York from 12 to 23 July 2027 to review
  // the implementation of the Global Framework" (A/RES/80/43 OP5): the meeting is the instrument's, one node across texts
  if (q === undefined && c.kind === 'Event') q = reviewedInstrumentOf(text, kept, ctx, yearFirst ? c.name.slice(5) : c.name);
  q ??= ctx.symbol;
  if (q) c.attrs.qualifier = q;
}

/** The gazetteer's organ named "<owner> <organ>" for the generic organ `c` of `owner`: `c` takes its name and details. */
function ownerPrefixedOrganName(c: Candidate, owner: string): boolean {
  const entry = entryByName('Organization', `${owner} ${c.name}`);
  if (entry === undefined || entry.kind !== 'Organization') return false;
  const ref = entryRef(entry);
  c.name = ref.name;
  c.attrs = { ...ref.attrs };
  return true;
}

/** the organs a body's short form may be printed after inside one name ("the Bureau of the Special Committee") */
const ORGAN_OF_SHORT_FORM: ReadonlySet<string> = new Set(['Bureau', 'Executive Board', 'Secretariat']);
/**
 * "consultations with the Bureau of the Special Committee" (A/RES/80/98 PP36, 78/94 PP31, 79/107 PP32, after "the Special
 * Committee on the Situation with regard to the Implementation of the Declaration on ..."): the owner's short form printed
 * inside the organ's name means what it means printed alone (the body last named with it); the organ takes its owner's full
 * name, one node across texts, PART_OF that owner (attributions.ts, organOwnerKey), not a node limited to the file.
 */
function organOfShortFormOwner(c: Candidate, state: ResolutionState): boolean {
  const at = c.name.indexOf(OF_THE);
  if (at < 0 || !ORGAN_OF_SHORT_FORM.has(c.name.slice(0, at))) return false;
  const short = c.name.slice(at + OF_THE.length);
  // (registered under its head word: "Committee")
  const head = short.slice(short.lastIndexOf(' ') + 1);
  const owner = state.defined.get(head) ?? state.last.get(head);
  // ("the Bureau of the Third Committee", A/RES/79/192 OP2-OP3; "the Bureau of the Sixth Committee", 80/164 OP22: the owner
  // printed in full, the body last named so or one the gazetteer holds by that name; the organ is as much one node across
  // texts as "the Bureau of the Economic and Social Council", not one per resolution)
  if (owner !== undefined && owner.kind === 'Organization' && owner.name.length > short.length && owner.name.startsWith(short)) {
    c.name = `${c.name.slice(0, at)}${OF_THE}${owner.name}`;
    return true;
  }
  return (owner !== undefined && owner.kind === 'Organization' && owner.name === short) || entryByName('Organization', short)?.name === short;
}

/** per resolution: the instrument a generically named sitting was convened to review (reviewedInstrumentOf) */
const reviewedInstrumentsOf = new WeakMap<RecognizeContext, Map<string, string>>();
/** between a decision to convene a sitting and the instrument it reviews */
const TO_REVIEW_IMPLEMENTATION_OF_THE = ' to review the implementation of the ';
const CONVENE_A = 'convene a ';
const CONVENE_THE = 'convene the ';

/**
 * The instrument a generically named sitting ("Meeting of States") reviews, where its convening says so in this paragraph
 * ("convene a meeting of States in 2027 ... to review the implementation of the Global Framework", or "convene the Meeting of
 * States ... to review ..."), remembered for the resolution's later mentions ("the Meeting of States", OP9); else the one
 * remembered. The framework's mention follows the words right away.
 */
function reviewedInstrumentOf(text: string, kept: readonly Candidate[], ctx: RecognizeContext, name: string): string | undefined {
  const remembered = reviewedInstrumentsOf.get(ctx);
  const at = text.indexOf(TO_REVIEW_IMPLEMENTATION_OF_THE);
  if (at >= 0) {
    const from = at + TO_REVIEW_IMPLEMENTATION_OF_THE.length - 4;
    const instrument = kept.find((k) => k.kind === 'Framework' && (k.start === from || k.start === from + 4));
    const before = text.slice(0, at);
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    if (instrument && before.indexOf(';') < 0 && (before.includes(CONVENE_A + lower) || before.includes(CONVENE_THE + name))) {
      const map = remembered ?? new Map<string, string>();
      if (!remembered) reviewedInstrumentsOf.set(ctx, map);
      map.set(name, instrument.name);
      return instrument.name;
    }
  }
  return remembered?.get(name);
}

/** A sitting named after a body printed by generic words, and the body's name as printed ("Preparatory Committee"). */
interface SittingOfGenericBody {
  sitting: Candidate;
  /** the body's mention right after the sitting's words, if any; else undefined and `bodies` */
  body: Candidate | undefined;
  /** every mention of the body in the paragraph */
  bodies: Candidate[];
  printed: string;
}
/** The sittings of `kept` named "<...> of the <generic body>" and the mentions of that body in the paragraph, before step 7c
 *  names whose the body is. The body's mention at or right after a sitting (the listed ordinals before it: "the first and
 *  second sessions of the Preparatory Committee") is its. */
function sittingsOfGenericBodies(kept: readonly Candidate[]): SittingOfGenericBody[] | undefined {
  let out: SittingOfGenericBody[] | undefined;
  for (let i = 0; i < kept.length; i++) {
    const e = kept[i]!;
    if (e.kind !== 'Event') continue;
    let of = e.name.lastIndexOf(OF_THE);
    let printed: string;
    if (of >= 0) printed = e.name.slice(of + OF_THE.length);
    else {
      // "fifty-first session of Working Group III": a numbered body named with no article (sessionsOfBodies)
      of = e.name.lastIndexOf(BARE_OF);
      if (of < 0) continue;
      printed = e.name.slice(of + BARE_OF.length);
      if (!NUMBERED_BODY_RE.test(printed)) continue;
    }
    let body: Candidate | undefined;
    let bodies: Candidate[] | undefined;
    for (let j = 0; j < kept.length; j++) {
      const o = kept[j]!;
      if (o.kind !== 'Organization' || o.name !== printed) continue;
      (bodies ??= []).push(o);
      if (o.end < e.end || o.start < e.start || o.start - e.end > 80) continue;
      if (body === undefined || o.start < body.start) body = o;
    }
    if (bodies === undefined || !genericName(printed)) continue;
    (out ??= []).push({ sitting: e, body, bodies, printed });
  }
  return out;
}
/**
 * "the first session of the Preparatory Committee for the eleventh Review Conference of the Parties to the Treaty ..."
 * (A/RES/78/40 PP5, 79/41 PP5) and "the first session of the Preparatory Committee" of the Convention on crimes against
 * humanity (A/RES/79/122 OP7; "the Preparatory Committee ... at its second session", OP8): a sitting of a body printed by
 * generic words is that body's, as step 7c names the body (the sitting it prepares, or the resolution's qualifier), not one
 * "first session of the Preparatory Committee" node for every preparatory committee's. The sitting's name takes the body's
 * (its mention right after the sitting, else every mention of the paragraph named alike); a qualifier goes to it too.
 */
function sittingsFollowTheirBody(owned: readonly SittingOfGenericBody[], kept: readonly Candidate[]): void {
  for (const { sitting, body: after, bodies, printed } of owned) {
    if (!kept.includes(sitting)) continue;
    const body = after ?? bodies[0]!;
    if (after === undefined && bodies.some((o) => o.name !== body.name || o.attrs.qualifier !== body.attrs.qualifier)) continue;
    if (body.name !== printed) sitting.name = `${sitting.name.slice(0, sitting.name.length - printed.length)}${body.name}`;
    else if (typeof body.attrs.qualifier === 'string' && sitting.attrs.qualifier === undefined) sitting.attrs.qualifier = body.attrs.qualifier;
  }
}

/**
 * Per resolution: a generic name (" Group of Governmental Experts") -> the resolution that established the one this resolution
 * named so ('' once two were: "the Group of Governmental Experts established pursuant to resolution 61/72 and ... 72/55",
 * A/RES/79/54 PP3). "Welcoming the substantive report adopted by consensus by the Group of Governmental Experts established
 * pursuant to General Assembly resolution 77/250", then "the substantive report of the above-mentioned Group of Governmental
 * Experts" (A/RES/80/20 PP11, PP12): that group again, not one of the resolution's own.
 */
const establishedGenericsOf = new WeakMap<RecognizeContext, Map<string, string>>();
function rememberEstablished(ctx: RecognizeContext, name: string, resolution: string): void {
  let known = establishedGenericsOf.get(ctx);
  if (known === undefined) establishedGenericsOf.set(ctx, (known = new Map()));
  const before = known.get(name);
  known.set(name, before === undefined || before === resolution ? resolution : '');
}
/** "a Group of Governmental Experts", "a new group": one still to be set up, not the one named before */
const NOT_YET_SET_UP_BEFORE_RE = /\b(?:an?|new|another|further|future)\s+$/i;
function establishedBefore(text: string, name: string, start: number, ctx: RecognizeContext): string | undefined {
  const q = establishedGenericsOf.get(ctx)?.get(name);
  if (!q || NOT_YET_SET_UP_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start))) return undefined;
  return q;
}

/** the apostrophes of a possessive "’s" / "'s" */
const POSSESSIVE_S_CODES: ReadonlySet<number> = new Set([0x2019, 39]);
/** "Treaty’s " ending at `apostrophe`: the treaty named last; "Convention’s ": the convention (the bare word only, the
 *  instrument it stands for named before it) */
function instrumentPossessorBefore(text: string, apostrophe: number, kept: readonly Candidate[], state: ResolutionState, earlier: Ref | undefined): string | undefined {
  if (text.startsWith('Treaty', apostrophe - 6)) {
    const treaty = partiesTreatyBefore(kept, apostrophe - 6, state);
    return treaty !== undefined && isTreatyName(treaty.name) ? treaty.name : undefined;
  }
  if (text.startsWith('Convention', apostrophe - 10)) return conventionBefore(kept, apostrophe - 10, earlier, false)?.name;
  return undefined;
}

const OF_THE_BARE_INSTRUMENT_END = ' of the Convention';
/** "Fifth Review Conference of the Convention": an ordinal's review conference of an instrument not named (group 1: the sitting) */
const REVIEW_CONFERENCE_OF_BARE_INSTRUMENT_RE = new RegExp(`^((?:${ORDINAL_SOURCE}) Review Conference) of the Convention$`, 'i');
/** A fund named by generic words only: "Special Fund", "Trust Fund", "Voluntary Fund", "Special Voluntary Fund". */
const GENERIC_FUND_RE = /^(?:(?:Special|Voluntary|Trust|Endowment)\s+){1,2}Fund$/;
/**
 * The body a possessive before `start` names ("the University’s " before "Endowment Fund"): a name read there, else the name
 * in the paragraph before it that ends with that word ("the World Maritime University"), else the body the word last stood for.
 */
function possessorOf(text: string, start: number, kept: readonly Candidate[], state: ResolutionState): Ref | undefined {
  if (start < 6 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 115 /* s */ || !POSSESSIVE_S_CODES.has(text.charCodeAt(start - 3))) return undefined;
  const wordEnd = start - 3;
  const wordStart = text.lastIndexOf(' ', wordEnd - 1) + 1;
  const word = text.slice(wordStart, wordEnd);
  if (!upperInitial(word)) return undefined;
  let nearest: Candidate | undefined;
  for (const o of kept) {
    if (o.kind !== 'Organization' || o.end > wordEnd) continue;
    if (o.start === wordStart) return o;
    if (o.name.endsWith(word) && (o.name.length === word.length || o.name.charCodeAt(o.name.length - word.length - 1) === 32) && (nearest === undefined || o.start > nearest.start)) nearest = o;
  }
  if (nearest !== undefined) return nearest;
  const last = state.last.get(word);
  return last !== undefined && last.kind === 'Organization' ? last : undefined;
}
const ESTABLISHED_BY_THE = ' established by the ';
const FOR_THE = ' for the ';
/** Only a lowercase ordinal between "for the " and the sitting's name as read ("third", "eleventh"). */
const ORDINAL_GAP_RE = new RegExp(`^(?:(?:${ORDINAL_SOURCE})\\s+)?$`, 'i');
/** The event whose name starts at `from`, or after a lowercase ordinal there. */
function preparedSitting(text: string, kept: readonly Candidate[], from: number): Candidate | undefined {
  for (const o of kept) if (o.kind === 'Event' && o.start >= from && o.start - from <= 16 && ORDINAL_GAP_RE.test(text.slice(from, o.start))) return o;
  return undefined;
}

/**
 * Per resolution: a numbered generic name ("Working Group III") -> the owner an "its" before it named ("its Working Group III").
 * Only numbered ones: one number names one body of that owner, where a plain "Advisory Committee" may be another's (the
 * Human Rights Council's, the ACABQ's).
 */
const NUMBERED_BODY_RE = / (?:[IVX]{1,4}|\d{1,2})$/;
const genericOwnersOf = new WeakMap<RecognizeContext, Map<string, string>>();
function ownedGenericNames(ctx: RecognizeContext): Map<string, string> {
  let owners = genericOwnersOf.get(ctx);
  if (owners === undefined) genericOwnersOf.set(ctx, (owners = new Map()));
  return owners;
}

/** the last owner a numbered generic body was given in a resolution (its other numbered bodies are that owner's too) */
const numberedBodiesOwnerOf = new WeakMap<RecognizeContext, string>();
/**
 * The body a numbered generic name printed without "its" belongs to: the body named right after it ("the 2013 report of
 * Working Group I of the Intergovernmental Panel on Climate Change", A/RES/79/144 fn 114), else the body with working groups
 * named last before it in the paragraph ("the decision of the Commission to mandate Working Group VI", A/RES/80/161 OP5, the
 * Commission being UNCITRAL; "the sixth assessment report of the Intergovernmental Panel on Climate Change, the contribution
 * of Working Group I", A/RES/78/153 OP11: the owner the report is of), else the owner of the numbered bodies this resolution
 * named before. Working groups are numbered within their owner, so "Working Group I" keyed by the resolution was one node per
 * text for one UNCITRAL or IPCC group.
 */
function numberedBodyOwner(text: string, kept: readonly Candidate[], ctx: RecognizeContext, c: Candidate): string | undefined {
  let q: string | undefined;
  if (text.startsWith(OF_THE, c.end)) {
    for (const o of kept) if (o.kind === 'Organization' && o.start === c.end + OF_THE.length && !genericName(o.name)) q = o.name;
  }
  if (q === undefined) {
    let nearest = -1;
    for (const o of kept) {
      if (o.end > c.start || o.start <= nearest) continue;
      const owner = groupOwnerNamed(o);
      if (owner !== undefined) {
        nearest = o.start;
        q = owner;
      }
    }
  }
  if (q !== undefined) numberedBodiesOwnerOf.set(ctx, q);
  return q ?? numberedBodiesOwnerOf.get(ctx);
}
/** The body with numbered working groups a mention names: an organization with such a head ("Commission", "Panel"), or the
 * *  known organization a report series is "of" ("Sixth Assessment Report of the Intergovernmental Panel on Climate Change"). */
function groupOwnerNamed(o: Candidate): string | undefined {
  if (o.kind === 'Organization') return !genericName(o.name) && NUMBERED_GROUP_OWNER_HEAD_RE.test(o.name) ? o.name : undefined;
  if (o.kind !== 'Initiative') return undefined;
  const of = o.name.lastIndexOf(OF_THE);
  if (of < 0) return undefined;
  const entry = lookupName(o.name.slice(of + OF_THE.length));
  return entry?.kind === 'Organization' && NUMBERED_GROUP_OWNER_HEAD_RE.test(entry.name) ? entry.name : undefined;
}

/** `name` and more words after a space: "Group of Governmental Experts on ..." for "Group of Governmental Experts". */
function nameGoesOnFrom(longer: string, name: string): boolean {
  return longer.length > name.length + 3 && longer.charCodeAt(name.length) === 32 && longer.startsWith(name);
}
/**
 * A pattern-read organization `c` printed without the topic its full name goes on with (" on ..."/" for ..."), the full
 * name read before it: `c` takes that name. Not when the text goes on with the topic here (the read stopped for a reason).
 */
function shortFormOfLongerName(text: string, c: Candidate, kept: readonly Candidate[], state: ResolutionState): void {
  if (text.startsWith(' on ', c.end) || text.startsWith(' for ', c.end)) return;
  const longer = longerNameBefore(c, kept, state);
  if (longer === undefined || !topicGoesOn(longer.name, c.name.length)) return;
  c.name = longer.name;
  c.attrs = { ...longer.attrs };
}
/**
 * Where an instrument's full name goes on past a short form with its topic or scope (" on the Transfer of Marine Technology",
 * " for International Investment Disputes", " in the Central African Republic", " concerning the Repression of Piracy ...").
 * Not " of ": "the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space" after "the Space
 * Debris Mitigation Guidelines of the Inter-Agency Space Debris Coordination Committee" (A/RES/78/72 OP16) is another
 * owner's instrument; nor " to ", which names the instrument a protocol or amendment belongs to.
 */
const INSTRUMENT_TOPIC_RE = /^ (?:on|for|in|concerning) \S/;
/** `longer` is `name` and a topic after it */
function topicGoesOnFrom(longer: string, name: string): boolean {
  return longer.length > name.length + 4 && longer.startsWith(name) && INSTRUMENT_TOPIC_RE.test(longer.slice(name.length, name.length + 13));
}
/** a short form the text goes on from with a preposition or a suspended hyphen: not a back-reference */
const SHORT_FORM_GOES_ON_RE = /^(?:-| (?:of|on|for|in|to|concerning|between|against) )/;
/**
 * A pattern-read framework `c` whose full name, topic and all, was named before it (nearest in its paragraph, else last in
 * the resolution): `c` takes that name. Not when the text goes on here with a preposition (the read stopped for a reason),
 * nor when the short form sits before the longer one (A/RES/79/144 OP222 names the Baltic "Regional Action Plan on Marine
 * Litter" before the East Asian seas' one, another plan).
 */
const DAY_OF = 'Day of ';
const INTERNATIONAL_SPACE = 'International ';
/** "International <c's name>", alone or with more words after: the international day `c` ("Day of ...") shortens. */
function isInternationalDayOf(name: string, c: Candidate): boolean {
  const at = INTERNATIONAL_SPACE.length;
  return name.startsWith(INTERNATIONAL_SPACE) && name.startsWith(c.name, at) && (name.length === at + c.name.length || name.charCodeAt(at + c.name.length) === 32);
}
/** A pattern-read "Day of ..." `c` whose name an international day named before prints after "International" (nearest in its
 *  paragraph, else last in the resolution): `c` takes that day's name. */
function internationalDayNamedBefore(c: Candidate, kept: readonly Candidate[], state: ResolutionState): void {
  let longer: Ref | undefined;
  let nearest = -1;
  for (const o of kept) {
    if (o.kind === 'Event' && o.end <= c.start && o.start > nearest && isInternationalDayOf(o.name, c)) {
      longer = o;
      nearest = o.start;
    }
  }
  if (longer === undefined) {
    const all = state.allWithHead.get(INTERNATIONAL_DAY);
    if (all !== undefined) for (let i = all.length - 1; i >= 0 && longer === undefined; i--) if (all[i]!.kind === 'Event' && isInternationalDayOf(all[i]!.name, c)) longer = all[i];
  }
  if (longer === undefined) return;
  c.name = longer.name;
  c.attrs = { ...longer.attrs };
}

/**
 * "the endorsement ... of the Heads of State and Government of the Alliance of Small Island States on 22 September 2021 of the
 * Leaders’ Declaration addressing, inter alia, ..." (A/RES/79/144 OP360, 80/110 OP346): every leaders' meeting issues a Leaders'
 * Declaration; printed bare it is not the one named in full before ("the Leaders' Declaration on the Solidarity of the
 * Archipelagic and Island States Forum", 79/144 OP354), as in 78/69 OP340, where none was named before it.
 */
const BARE_LEADERS_DECLARATIONS: ReadonlySet<string> = new Set(["Leaders' Declaration", 'Leaders’ Declaration']);
function instrumentNamedInFullBefore(text: string, c: Candidate, kept: readonly Candidate[], state: ResolutionState): void {
  if (c.name.indexOf(' ') < 0 || SHORT_FORM_GOES_ON_RE.test(text.slice(c.end, c.end + 13)) || BARE_LEADERS_DECLARATIONS.has(c.name)) return;
  let longer: Ref | undefined;
  let nearest = -1;
  for (const o of kept) {
    if (o.end <= c.start && o.kind === 'Framework' && o.start > nearest && topicGoesOnFrom(o.name, c.name)) {
      longer = o;
      nearest = o.start;
    }
  }
  if (longer === undefined) {
    const head = factsOf(c.name, c.kind).head;
    const all = head === undefined ? undefined : state.allWithHead.get(head);
    if (all !== undefined) {
      for (let i = all.length - 1; i >= 0 && longer === undefined; i--) if (all[i]!.kind === 'Framework' && topicGoesOnFrom(all[i]!.name, c.name)) longer = all[i];
    }
  }
  if (longer === undefined) return;
  c.name = longer.name;
  c.attrs = { ...longer.attrs };
}

/**
 * " on " or " for " at `at` in `name`; not " for the ": "the call made by the Committee on Fisheries for the Food and
 * Agriculture Organization of the United Nations to support ..." (A/RES/80/109 OP121) was read as one name, not the
 * committee's full one.
 */
function topicGoesOn(name: string, at: number): boolean {
  return name.startsWith(' on ', at) || (name.startsWith(' for ', at) && !name.startsWith(' for the ', at));
}

/** The organization whose name starts with generic `c`'s, named last before it: in its paragraph, else in the resolution. */
function longerNameBefore(c: Candidate, kept: readonly Candidate[], state: ResolutionState): Ref | undefined {
  let best: Candidate | undefined;
  for (const o of kept) {
    if (o.end <= c.start && o.kind === 'Organization' && (best === undefined || o.start > best.start) && o.attrs.qualifier === undefined && nameGoesOnFrom(o.name, c.name)) best = o;
  }
  if (best !== undefined) return { kind: best.kind, name: best.name, attrs: best.attrs };
  const head = factsOf(c.name, c.kind).head;
  const all = head === undefined ? undefined : state.allWithHead.get(head);
  if (all === undefined) return undefined;
  for (let i = all.length - 1; i >= 0; i--) {
    const r = all[i]!;
    if (r.kind === 'Organization' && r.attrs.qualifier === undefined && nameGoesOnFrom(r.name, c.name)) return r;
  }
  return undefined;
}

/** The organization named last before `pos` in the same sentence part (no ';' between, under 160 characters) and not generic. */
function ownerBefore(text: string, cands: readonly Candidate[], pos: number): string | undefined {
  let nearest: Candidate | undefined;
  for (const o of cands) if (o.kind === 'Organization' && o.end <= pos && (!nearest || o.start > nearest.start)) nearest = o;
  if (!nearest || pos - nearest.end > 160 || text.slice(nearest.end, pos).includes(';') || genericName(nearest.name)) return undefined;
  return nearest.name;
}

const GENERAL_ASSEMBLY = 'General Assembly';
/**
 * The body printed right after a generic organ's name and " of the " (not one of generic words itself). Not the Assembly: it
 * sets up one "Ad Hoc Open-ended Working Group" after another, each on its own topic, and its name would join them all.
 */
function ownerRightAfter(text: string, cands: readonly Candidate[], end: number): string | undefined {
  if (!text.startsWith(OF_THE, end)) return undefined;
  const at = end + OF_THE.length;
  const owner = cands.find((o) => o.kind === 'Organization' && o.start === at);
  return owner === undefined || owner.name === GENERAL_ASSEMBLY || genericName(owner.name) ? undefined : owner.name;
}

/** The framework named last before `pos` in the paragraph (ending at or before it) whose name passes `test`. */
function frameworkBefore(cands: readonly Candidate[], pos: number, test: (name: string) => boolean): Candidate | undefined {
  let nearest: Candidate | undefined;
  for (const o of cands) if (o.kind === 'Framework' && o.end <= pos && (!nearest || o.start > nearest.start) && test(o.name)) nearest = o;
  return nearest;
}

// (not a bilateral treaty, which has no parties' conferences: "the Treaty between the United States of America and the Russian
// Federation on ... Strategic Offensive Arms" named before "the 2000 and 2010 Review Conferences" (A/RES/78/42 PP25) leaves them
// the Non-Proliferation Treaty's)
const isTreatyName = (name: string): boolean => name.startsWith('Treaty ') && !name.startsWith('Treaty between ');

/** The treaty whose parties' sitting a bare "Review Conference", "Meeting of States Parties" is: the one named before it in
 *  the paragraph, else the last multilateral treaty the resolution named (a bilateral one named since is passed over). */
function partiesTreatyBefore(kept: readonly Candidate[], pos: number, state: ResolutionState): Ref | Candidate | undefined {
  const here = frameworkBefore(kept, pos, isTreatyName);
  if (here !== undefined) return here;
  const last = state.last.get('Treaty');
  if (last === undefined || !last.name.startsWith('Treaty between ')) return last;
  const all = state.allWithHead.get('Treaty');
  if (all !== undefined) for (let i = all.length - 1; i >= 0; i--) if (isTreatyName(all[i]!.name)) return all[i];
  return last;
}
const TO_THE_TREATY = ' to the Treaty';
/** "Protocols to the African Nuclear-Weapon-Free Zone Treaty": a protocol named after the treaty it is to */
const PROTOCOL_TO_NAMED_TREATY_RE = /^(?:Additional )?Protocols?(?: [IVX]{1,4})? to the /;
/** "Protocols to the Treaty", "Protocol III to the Treaty", "Additional Protocol to the Treaty" */
const PROTOCOL_TO_HEAD_RE = /^(?:Additional )?Protocols?(?: [IVX]{1,4})? to the Treaty$/;
/** a treaty named in full ("African Nuclear-Weapon-Free Zone Treaty", "Treaty on ..."), not the bare word */
const isProtocolOwnerTreaty = (name: string): boolean => name.length > 7 && (name.endsWith(' Treaty') || name.startsWith('Treaty '));
const TO_THAT_AGREEMENT = ' to that Agreement';
/** an agreement's name: "Agreement on Port State Measures ...", "Port State Measures Agreement" */
function isAgreementName(name: string): boolean {
  return name.startsWith('Agreement ') || name.endsWith(' Agreement');
}
/** a parties' sitting, numbered or not, before " to the Treaty": "First Meeting of States Parties", "Review Conferences of the Parties" */
const SITTING_OF_PARTIES_HEAD_RE = new RegExp(
  `^(?:(?:${ORDINAL_SOURCE}|(?:19|20)\\d\\d) )?(?:Review Conferences?|Meetings?|Conferences?) of (?:the )?(?:States |High Contracting )?Parties$`,
  'i',
);
/** "Preparatory Committee for the 2026 Review Conference", "first session of the Preparatory Committee for the 2026 Review Conference" */
const PREPARATORY_FOR_YEAR_RE = /(?:^|\bof the )Preparatory Committee for the (?:19|20)\d\d Review Conference$/;
/** "2000 Review Conference": a conference of a treaty's parties named by its year alone */
const YEAR_REVIEW_CONFERENCE_RE = /^(?:19|20)\d\d Review Conference$/;

/** between a numbered parties' sitting's short name and its instrument: "of Parties", "of the High Contracting Parties" */
const PARTIES_OF_RE = /^of (?:the )?(?:High Contracting |States )?Parties$/;
const MEETING_OF_PARTIES_RE = /Meeting of (?:the )?States Parties$/;

/**
 * "the first Review Conference" (A/RES/80/54 OP11) after "the first Review Conference of Parties to the Treaty on the
 * Prohibition of Nuclear Weapons" (OP10), "the third Meeting of States Parties" (OP7) after "the third Meeting of States
 * Parties to the Treaty ..." (OP6): a numbered sitting printed short is the one named in full with that ordinal and the
 * instrument it belongs to (earlier in the paragraph or the resolution); a Meeting of States Parties named in full nowhere
 * takes its instrument's name after "to the", as it is printed in full. Keyed "(<instrument>)", each was a second node.
 */
function sittingInFull(c: Candidate, instrument: string, kept: readonly Candidate[], state: ResolutionState): boolean {
  const space = c.name.indexOf(' ');
  const ordinal = space > 0 ? c.name.slice(0, space).toLowerCase() : '';
  if (!ORDINAL_FIRST_RE.test(ordinal) || /^\d/.test(ordinal)) return false;
  const short = c.name.toLowerCase();
  const tail = ` to the ${instrument}`;
  const fits = (name: string): boolean =>
    name.length > short.length + tail.length && name.endsWith(tail) && name.toLowerCase().startsWith(`${short} `) && PARTIES_OF_RE.test(name.slice(short.length + 1, name.length - tail.length));
  let ref: Ref | undefined;
  for (const o of kept) if (o.kind === 'Event' && o.via !== 'short' && o.end <= c.start && fits(o.name)) ref = o;
  if (!ref) {
    const named = state.ordinals.get(`Event|${ordinal}`);
    if (named) for (let i = named.length - 1; i >= 0 && !ref; i--) if (fits(named[i]!.name)) ref = named[i];
  }
  if (ref) {
    c.name = ref.name;
    c.attrs = { ...ref.attrs };
    return true;
  }
  if (!MEETING_OF_PARTIES_RE.test(c.name)) return false;
  c.name += tail;
  return true;
}

const THE_BEFORE_NAME = 'the ';
/**
 * "the decision of the Ninth Review Conference that the Tenth Review Conference shall be held in Geneva ..., and that the Review
 * Conference should review the operation of the Convention" (A/RES/80/71 PP15, 78/67 PP16, 79/78 PP16), "the pivotal 2026 Review
 * Conference of the Treaty on the Non-Proliferation of Nuclear Weapons ..., underlining the significant expectation ... that the
 * Review Conference will conclude successfully" (A/RES/80/39 PP15), "meetings agreed by the Review Conference" after "the Sixth
 * Review Conference of the States Parties to the Convention ..." (A/RES/79/79 PP3): "the Review Conference" is the one the
 * paragraph named last by its ordinal or year, not a node for every review conference of the instrument. Not "each subsequent
 * Review Conference" or "a Review Conference cycle" (no "the" right before: which one is none).
 */
function reviewConferenceNamedBefore(text: string, c: Candidate, kept: readonly Candidate[]): boolean {
  if (c.start < THE_BEFORE_NAME.length || !text.startsWith(THE_BEFORE_NAME, c.start - THE_BEFORE_NAME.length)) return false;
  let ref: Candidate | undefined;
  for (const o of kept) if (o.kind === 'Event' && o !== c && o.end <= c.start && NUMBERED_REVIEW_CONFERENCE_RE.test(o.name)) ref = o;
  if (ref === undefined) return false;
  c.name = ref.name;
  c.attrs = { ...ref.attrs };
  return true;
}

const UN_OFFICES_AT = 'United Nations Offices at ';
/** between two cities of "the United Nations Offices at Geneva, Vienna and Nairobi", "... at Geneva and at Vienna" */
const OFFICE_CITIES_GAP_RE = /^(?:,| and|, and)(?: at)? $/;

/**
 * Step 7c''': "including through the United Nations Offices at Geneva and Vienna" (A/RES/79/47 OP11, 78/27, 80/49), "the
 * United Nations Offices at Geneva, Vienna and Nairobi remain responsible" (the budget texts): each city is the office there
 * (the gazetteer's "United Nations Office at Geneva"), not a place the resolution speaks of; it was read as the cities
 * alone. Asked of the kept places only: a place right after "United Nations Offices at " opens the list.
 */
function unOfficesAtCities(text: string, kept: readonly Candidate[]): void {
  for (let i = 0; i < kept.length; i++) {
    const first = kept[i]!;
    if (first.kind !== 'Place' || first.start < UN_OFFICES_AT.length || text.charCodeAt(first.start - 2) !== 116 /* t */) continue;
    if (!text.startsWith(UN_OFFICES_AT, first.start - UN_OFFICES_AT.length)) continue;
    let c: Candidate | undefined = first;
    let start = first.start - UN_OFFICES_AT.length;
    while (c !== undefined) {
      const entry = lookupName(`United Nations Office at ${c.name}`);
      if (entry?.kind !== 'Organization') break;
      const ref = entryRef(entry);
      c.kind = 'Organization';
      c.name = ref.name;
      c.attrs = ref.attrs;
      // ('special': no alias from the printed city, toMention)
      c.via = 'special';
      c.entry = entry;
      c.start = start;
      // the next place after a comma or "and"
      let next: Candidate | undefined;
      for (let j = 0; j < kept.length; j++) {
        const o = kept[j]!;
        if (o.kind === 'Place' && o.start > c.end && o.start - c.end <= 8 && (!next || o.start < next.start)) next = o;
      }
      if (next !== undefined && !OFFICE_CITIES_GAP_RE.test(text.slice(c.end, next.start))) next = undefined;
      if (next !== undefined) start = next.start;
      c = next;
    }
  }
}

/** Names every conference gives its outcome: which one it is, only the sitting that adopted it says. */
const SITTING_OUTCOME_NAMES: ReadonlySet<string> = new Set(['Final Declaration', 'Political Declaration', 'Ministerial Declaration', 'Final Document', 'Outcome Document', 'Declaration']);
/** after such a name: "adopted by (all States participating in) the", "adopted at the" */
const ADOPTED_BY_SITTING_RE = /^,?\s+adopted\s+(?:by|at)\s+(?:[A-Za-z]+\s+){0,4}(?:the\s+)?$/;

/**
 * Step 7c'''''': "the Doha Political Declaration" names two texts adopted in Doha: the Fifth United Nations Conference on the Least
 * Developed Countries' ("the Doha Political Declaration, adopted during the second part of the Fifth United Nations Conference on
 * the Least Developed Countries", A/RES/78/233 PP1, 79/218, 80/150, 78/160, 78/262, 79/263, 80/147, 78/148) and the Second World
 * Summit for Social Development's ("the Second World Summit for Social Development”, in Qatar from 4 to 6 November 2025, at which
 * the Doha Political Declaration was adopted", A/RES/80/141 PP, 80/152, 80/153, 80/154; "Adopts the Doha Political Declaration of
 * the “World Social Summit” ...", A/RES/80/5 OP1 and annex, 80/178, 80/210), one node for both. Printed bare in a paragraph that
 * names that summit, or after the resolution named it, it is the summit's (the name 80/182 PP8 prints in full); else the
 * conference's, named first, keeps the bare name.
 */
const DOHA_POLITICAL_DECLARATION = 'Doha Political Declaration';
const SECOND_WSSD = 'Second World Summit for Social Development';
const SUMMIT_DOHA_DECLARATION: Ref = { kind: 'Framework', name: `${DOHA_POLITICAL_DECLARATION} of the ${SECOND_WSSD}`, attrs: {} };
function dohaPoliticalDeclarations(kept: Candidate[], state: ResolutionState): void {
  let summit = state.last.has(SECOND_WSSD);
  if (!summit) for (const o of kept) if (o.kind === 'Event' && o.name === SECOND_WSSD) summit = true;
  if (!summit) return;
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (c.kind !== 'Framework' || c.name !== DOHA_POLITICAL_DECLARATION) continue;
    kept[i] = candidate('Framework', SUMMIT_DOHA_DECLARATION.name, {}, c.start, c.end, 'special');
    kept[i]!.registered = true;
  }
}

const BARE_POLITICAL_DECLARATION = 'Political Declaration';
/** state.last's key for the political declaration named in full last (no head word is so spelt) */
const POLITICAL_DECLARATION_KEY = ' Political Declaration';
/** after the bare name: the Plan of Action adopted with it at the Second World Assembly on Ageing (Madrid, 2002) */
const AND_MADRID_PLAN_RE = /^\s?\d{0,3},?\s+and\s+(?:the\s+)?Madrid\s+International\s+Plan\s+of\s+Action\s+on\s+Ageing\b/;
const MADRID_POLITICAL_DECLARATION: Ref = { kind: 'Framework', name: 'Political Declaration of the Second World Assembly on Ageing', attrs: {} };
/**
 * Step 7c'''': "the Political Declaration" printed bare, capitalised, with no sitting named after it (instrumentsOfSittings):
 * the political declaration named in full before it, in this paragraph or an earlier one of the resolution ("the 2025 Political
 * Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons", A/RES/80/9 OP1,
 * then "the present Political Declaration", annex OP20), or, printed with the Madrid International Plan of Action on Ageing,
 * the Second World Assembly on Ageing's ("Reaffirms the Political Declaration and the Madrid International Plan of Action on
 * Ageing, 2002", A/RES/80/179 PP1, OP1; 79/147, 78/177): both were one node "Political Declaration". Else it stays as printed.
 */
function barePoliticalDeclarations(text: string, kept: Candidate[], state: ResolutionState): void {
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (c.kind !== 'Framework' || c.name !== BARE_POLITICAL_DECLARATION || c.attrs.qualifier !== undefined || c.end - c.start !== BARE_POLITICAL_DECLARATION.length) continue;
    let ref: Ref | undefined = AND_MADRID_PLAN_RE.test(text.slice(c.end, c.end + 60)) ? MADRID_POLITICAL_DECLARATION : undefined;
    if (ref === undefined) {
      let before: Candidate | undefined;
      for (const o of kept) if (o.kind === 'Framework' && o.end <= c.start && o.name !== BARE_POLITICAL_DECLARATION && o.name.includes(BARE_POLITICAL_DECLARATION) && (!before || o.start > before.start)) before = o;
      ref = before ? { kind: before.kind, name: before.name, attrs: before.attrs } : state.last.get(POLITICAL_DECLARATION_KEY);
    }
    if (ref === undefined) continue;
    kept[i] = candidate('Framework', ref.name, { ...ref.attrs }, c.start, c.end, 'special');
    kept[i]!.registered = true;
  }
}

/**
 * Step 7c'': "the Final Declaration adopted by the fourteenth Conference on Facilitating the Entry into Force of the
 * Comprehensive Nuclear-Test-Ban Treaty" (A/RES/80/70 PP11), "... adopted by the thirteenth Conference ..." (A/RES/79/77
 * PP10), "the Final Declaration adopted by all States participating in the Conference of States Parties to the 1925 Geneva
 * Protocol" (S/RES/687 (1991) PP9) were one node "Final Declaration": keyed with the sitting that adopted each.
 */
function instrumentsOfSittings(text: string, kept: readonly Candidate[]): void {
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    // (the name first: a candidate's attrs come in many shapes, and this load, reached by every Framework, met a fifth one,
    // "Protocol V" read by its acronym in A/RES/78/64 PP5, after it was compiled: "wrong map")
    if (c.kind !== 'Framework' || !SITTING_OUTCOME_NAMES.has(c.name) || c.attrs.qualifier !== undefined) continue;
    let sitting: Candidate | undefined;
    for (let j = 0; j < kept.length; j++) {
      const e = kept[j]!;
      if (e.kind === 'Event' && e.start > c.end && e.start - c.end <= 60 && (!sitting || e.start < sitting.start)) sitting = e;
    }
    if (sitting && ADOPTED_BY_SITTING_RE.test(text.slice(c.end, sitting.start))) c.attrs = { ...c.attrs, qualifier: sitting.name };
  }
}

/** after a name: "established pursuant to (General Assembly) resolution 72/55", "set up by resolution 780 (1992)", "pursuant to
 *  resolution 73/304", "that was convened in 2018 and 2019 pursuant to its resolution 72/250" (A/RES/78/19 PP21, 79/19, 80/19:
 *  the group that resolution set up, one body in every text, not one per citing resolution) */
const ESTABLISHED_BY_RESOLUTION_RE =
  /\s+(?:(?:(?:that|which)\s+(?:was|were)\s+(?:established|created|set\s+up|convened)(?:\s+in\s+(?:19|20)\d\d(?:\s+and\s+(?:19|20)\d\d)?)?|established|created|set\s+up)\s+(?:pursuant\s+to|by|under|in\s+accordance\s+with)|pursuant\s+to)\s+(?:(General\s+Assembly|Security\s+Council|its)\s+)?resolution\s+(?:(\d{1,3}\/\d{1,3})(?![\d/])|(\d{1,4})\s+\(((?:19|20)\d\d)\))/y;

/** The symbol of the resolution a body was established by, printed right after its name (see qualifyGenericNames). */
function establishingResolution(text: string, end: number, ctx: RecognizeContext): string | undefined {
  ESTABLISHED_BY_RESOLUTION_RE.lastIndex = end;
  const m = ESTABLISHED_BY_RESOLUTION_RE.exec(text);
  if (!m) return undefined;
  const body = m[1] === undefined || m[1] === 'its' ? ctx.body : m[1].replace(/\s+/g, ' ');
  if (m[2] !== undefined) return body === 'General Assembly' ? `A/RES/${m[2]}` : undefined;
  return body === 'Security Council' ? `S/RES/${m[3]!}(${m[4]!})` : undefined;
}

/**
 * Step 7c': "the Security Council Committee established pursuant to resolution 1373 (2001)", "the Committee established by
 * resolution 661 (1990)" (S/RES/1454 (2002) OP2), "the Committee of the Security Council established by resolution 748 (1992)"
 * (S/RES/883 (1993) OP9), "the Security Council Committee pursuant to resolutions 1267 (1999), ...":
 * one of the Council's many committees, keyed with the (first) resolution that set it up. "Security Council Committee"
 * alone joined all of them in one node, and the bare "Committee" was not read at all.
 */
function committeesOfResolutions(text: string, kept: Candidate[]): void {
  for (let at = text.indexOf('Committee '); at >= 0; at = text.indexOf('Committee ', at + 10)) {
    COMMITTEE_OF_RESOLUTION_RE.lastIndex = at + 9;
    const m = COMMITTEE_OF_RESOLUTION_RE.exec(text);
    if (!m) continue;
    const start = text.startsWith('Security Council ', at - 17) ? at - 17 : at;
    const end = at + 9;
    const qualifier = `S/RES/${m[1]}(${m[2]})`;
    const named = kept.find((c) => c.kind === 'Organization' && c.start <= at && c.end >= end);
    if (named) {
      // a committee with a name of its own ("the Counter-Terrorism Committee established pursuant to ...") keeps it
      if (named.name === 'Security Council Committee' || named.name === 'Committee of the Security Council' || named.name === 'Committee' || named.via === 'short') {
        named.name = 'Security Council Committee';
        named.attrs.qualifier = qualifier;
      }
    } else if (!kept.some((c) => c.start < end && c.end > start)) {
      kept.push(candidate('Organization', 'Security Council Committee', { qualifier }, start, end, 'pattern'));
    }
  }
}
/**
 * The name a user reads for one of the Council's committees (committeesOfResolutions): "Security Council Committee established
 * pursuant to resolution 661 (1990)", as the Council names them, where "Security Council Committee" alone named four different
 * nodes (661 (1990), 748 (1992), 1267 (1999), 1373 (2001) over corpus-ga) alike in the client and the exports. The key stays the
 * one namedKey makes of the bare name and the qualifier; the printed form becomes an alias.
 */
function councilCommitteeName(c: Candidate): string | undefined {
  if (c.kind !== 'Organization' || c.name !== 'Security Council Committee' || typeof c.attrs.qualifier !== 'string') return undefined;
  const symbol = COUNCIL_COMMITTEE_QUALIFIER_RE.exec(c.attrs.qualifier);
  return symbol ? `${c.name} established pursuant to resolution ${symbol[1]!} (${symbol[2]!})` : undefined;
}
function isCouncilCommittee(c: Candidate): boolean {
  return c.kind === 'Organization' && (c.name === 'Security Council Committee' || c.name === 'Committee of the Security Council');
}
/** after "Committee": "established pursuant to resolution 1373 (2001)", "pursuant to resolutions 1267 (1999)", "of the Security Council established by resolution 748 (1992)" */
const COMMITTEE_OF_RESOLUTION_RE = /(?:\s+of\s+the\s+Security\s+Council)?\s+(?:established\s+)?(?:pursuant\s+to|by|under)\s+(?:Security\s+Council\s+)?resolutions?\s+(\d{1,4})\s+\(((?:19|20)\d\d)\)/y;

const BARE_PARTIES_SITTING_RE = /^(?:Conference|Meeting) of (?:the )?States Parties$/;

/** "decisions ... adopted by the Conference of the States Parties at its twenty-fourth session" in a resolution on the
 *  Chemical Weapons Convention: that convention's conference (the one named in the paragraph, else the one the
 *  resolution last named), not one node "Conference of the States Parties" shared by every convention's. */
function partiesOfConvention(cands: Candidate[], earlier: Ref | undefined): void {
  for (const c of cands) {
    if (c.via === 'short' || c.kind !== 'Event' || !BARE_PARTIES_SITTING_RE.test(c.name)) continue;
    const conv = conventionBefore(cands, c.start, earlier, false);
    if (!conv) continue;
    const bare = c.name;
    c.name = `${bare} to the ${conv.name}`;
    // "adopted by the Conference of the States Parties at its twenty-fourth session" (A/RES/80/34 PP6, 79/56 PP5, 78/29 PP5):
    // the session was named with the bare owner (step 4 ran first); it is the session of the same conference
    const tail = ` of the ${bare}`;
    for (const x of cands) if (x.kind === 'Event' && x.via === 'special' && x.start > c.start && x.name.endsWith(tail)) x.name = `${x.name} to the ${conv.name}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Event dates and venues

/** A listed sitting's own venue and year (venueYearPairs): the place printed there, if one was read, and the year. */
function pairedSitting(ev: Candidate, sorted: readonly Candidate[], pair: VenueYear): void {
  const place = sorted.find((p) => p.kind === 'Place' && p.start === pair.venueAt);
  if (place !== undefined) {
    ev.attrs.location = place.name;
    ev.attrs.venue = [place.name];
    pairedVenueAt.set(ev.attrs, place.start);
  } else {
    // (a town the scan did not read, "and Siem Reap, Cambodia (2024)", A/RES/80/35: no other venue of the list is its own)
    ev.attrs.unplaced = true;
  }
  ev.attrs.startDate = pair.year;
  if (pair.endDate !== undefined) ev.attrs.endDate = pair.endDate;
  ev.attrs.datePhrase = { start: pair.yearAt, end: pair.dateEnd ?? pair.yearAt + 4 };
}

// One function per part (window, dates, venue) so that a late deopt in one part (the rare branches
// get type feedback late) recompiles that part only.
/** after a sitting's short form: ", held in New York from 5 to 9 June 2017" (group 1: the year the words date it to) */
// (its hosts may stand first: "adopted by the Conference co-hosted by Kenya and Portugal, held in Lisbon from 27 June to 1 July
// 2022", A/RES/80/110 PP11)
const HELD_YEAR_AFTER_RE = /^(?:\s+(?:co-)?hosted\s+by\s+[^;.,()“”]{1,60},)?,?\s+held\s+(?:in|at|from|on)\s[^;.()“”]{0,60}?\b((?:19|20)\d\d)\b/;
/**
 * "the declaration entitled “Our ocean, our future, our responsibility”, adopted by the high level United Nations Conference
 * to Support the Implementation of Sustainable Development Goal 14 ... held in Lisbon from 27 June to 1 July 2022, and the
 * declaration entitled “Our ocean, our future: call for action”, adopted by the Conference held in New York from 5 to 9 June
 * 2017" (A/RES/79/314 annex OP2, 78/68 PP17, 78/69, 79/144, 79/145, 80/109): "the Conference" stands for the series of the
 * edition named before, and the year printed after it picks the edition (the 2017 one), not the edition named last. Only a
 * short form (via 'short') of a dated edition, whose printed year is another.
 */
// (the venue and dates printed after such a short form are that edition's own, not a back-reference's: its HELD_IN and dates are read)
const HELD_AFTER_SHORT = new WeakSet<Candidate>();
function shortEditionsHeldAfter(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.kind === 'Event' && c.via === 'short' && heldAfterNamedShort(text, c)) {
      HELD_AFTER_SHORT.add(c);
      continue;
    }
    if (c.kind !== 'Event' || c.via !== 'short' || typeof c.attrs.startDate !== 'string') continue;
    if (!text.startsWith(' held ', c.end) && !text.startsWith(', held ', c.end) && !text.startsWith(' co-hosted by ', c.end) && !text.startsWith(' hosted by ', c.end)) continue;
    const y = HELD_YEAR_AFTER_RE.exec(text.slice(c.end, c.end + 160));
    if (!y || y[1] === c.attrs.startDate.slice(0, 4)) continue;
    // (the edition's name with its year first, "2022 United Nations Ocean Conference", takes the printed year)
    if (c.name.startsWith(`${c.attrs.startDate.slice(0, 4)} `)) c.name = `${y[1]!}${c.name.slice(4)}`;
    c.attrs = { eventKind: c.attrs.eventKind, startDate: y[1]! };
    HELD_AFTER_SHORT.add(c);
  }
}

/**
 * "the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, adopted by the
 * Conference, which was held from 13 to 16 July 2015" (A/RES/78/69 PP14, 79/144, 80/110): an undated one-off sitting's short
 * form, its full name printed before it in the paragraph, with the venue or dates it was held at right after it (in the
 * year it is known for, if known): those are the sitting's, read as for a sitting named elsewhere. Not a series' ("the
 * Forum, held in ..." is one of its editions).
 */
function heldAfterNamedShort(text: string, c: Candidate): boolean {
  if (c.attrs.series === true) return false;
  const held = HELD_AFTER_SHORT_RE.exec(text.slice(c.end, c.end + 120));
  // (a known sitting held in another year is another edition: shortEditionsHeldAfter)
  if (held === null || (typeof c.attrs.startDate === 'string' && !c.attrs.startDate.startsWith(held[1]!))) return false;
  const named = text.lastIndexOf(c.name, c.start);
  return named >= 0 && named < c.start;
}

function enrichEvents(text: string, cands: Candidate[], state: ResolutionState): void {
  const sorted = sortSmall(cands.slice(), (a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const ev = sorted[i]!;
    if (ev.kind !== 'Event' || ev.via === 'short') continue;
    if (!detailedAttrs.has(ev.attrs)) withoutParagraphDetails(ev.attrs);
    const seriesAttrs = ev.attrs.series === true ? datedSeriesEdition(text, ev) : undefined;
    if (ev.attrs.series === true) continue;
    if (RANGED_SITTINGS.has(ev.attrs) || REVIEWS_NAMED_BY_YEARS.has(ev.attrs) || RESUMED_AFTER_NAME.has(ev.attrs)) {
      ev.attrs.unplaced = true;
      detailedAttrs.add(ev.attrs);
      continue;
    }
    const pair = PAIRED_SITTINGS.get(ev.attrs);
    if (pair !== undefined) {
      pairedSitting(ev, sorted, pair);
      detailedAttrs.add(ev.attrs);
      continue;
    }
    if (sorted.some((o) => o !== ev && o.kind === 'Event' && o.start <= ev.start && ev.end <= o.end && o.end - o.start > ev.end - ev.start)) continue;
    // the sitting a session is "for" (isPurposeOfSitting): held nowhere and on no day this paragraph says
    if (i > 0 && text.startsWith(FOR_THE, ev.start - FOR_THE.length) && sorted.some((o, k) => k < i && o.kind === 'Event' && o.end === ev.start - FOR_THE.length && isPurposeOfSitting(text, o))) {
      ev.attrs.unplaced = true;
      detailedAttrs.add(ev.attrs);
      continue;
    }
    // a name inside a quoted title: the venue and dates after the title are the titled sitting's
    if (titledSittingStart(text, sorted, ev.start, ev.end, ev.name) >= 0) continue;
    // "Decides to extend the United Nations Decade of Action on Nutrition to 2030" (A/RES/79/276 OP20): the year it runs to
    // is no part of a decade's or year's name
    if ((ev.attrs.eventKind === 'decade' || ev.attrs.eventKind === 'year') && TO_YEAR_END_RE.test(ev.name)) {
      const cut = TO_YEAR_END_RE.exec(ev.name)![0].length;
      ev.name = ev.name.slice(0, ev.name.length - cut);
      if (text.slice(ev.end - cut, ev.end) === TO_YEAR_END_RE.exec(text.slice(ev.start, ev.end))?.[0]) ev.end -= cut;
    }
    // a sitting's year after "of" is no part of its name (OF_YEAR_END_RE): the name ends before it, and eventDates reads the year
    if (ev.attrs.startDate === undefined && !CALENDAR_EVENT_KINDS.has(ev.attrs.eventKind) && OF_YEAR_END_RE.test(ev.name)) cutYearOfName(text, ev);
    const limit = eventWindowEnd(text, sorted, i);
    const windowText = text.slice(ev.end, limit);
    // edition year / year range
    const yr = YEAR_RANGE_PAREN_RE.exec(windowText);
    // (the years in parentheses are the decade's whole span: a day printed later in the paragraph is another sitting's, "the
    // United Nations Decade of Family Farming (2019–2028), and the global launch of the Decade in Rome on 29 May 2019",
    // A/RES/78/279 PP4; its dates are read from the parentheses alone)
    let datesWindow = windowText;
    if (yr && (ev.attrs.eventKind === 'decade' || ev.attrs.eventKind === 'year')) {
      datesWindow = windowText.slice(0, yr.index + yr[0].length);
      if (ev.attrs.startDate === undefined) {
        ev.attrs.startDate = yr[1];
        ev.attrs.endDate = yr[2];
      }
    }
    // "the International Year of Peace and Trust, 2025" (its official name: A/RES/79/274 PP11), "Proclaims 2025 the
    // International Year of Peace and Trust" (A/RES/78/266 OP1): the year printed fixes the edition (the Year of 2021 is another)
    if (ev.attrs.eventKind === 'year' && ev.attrs.startDate === undefined) yearOfInternationalYear(text, ev);
    // "the thirtieth anniversary of the International Year of the Family in 2024", "the official launch of the United
    // Nations Decade of Sustainable Transport 2026–2035 at United Nations Headquarters ..., on 10 December 2025": the
    // date and venue are the anniversary's or the launch's
    if ((text.startsWith('of ', ev.start - 3) || text.startsWith('of the ', ev.start - 7)) && ANNIVERSARY_OF_RE.test(text.slice(Math.max(0, ev.start - 30), ev.start))) {
      ev.attrs.unplaced = true;
      detailedAttrs.add(ev.attrs);
      continue;
    }
    // ("adopted by the Commission on the Status of Women at its sixty-seventh session, on 17 March 2023": the day of the act)
    // (a numbered meeting of a treaty's parties sits for days as a conference does: "the Vienna Action Plan, adopted at the First
    // Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons on 22 June 2022", A/RES/78/240 PP16, while
    // 79/60 PP18 says 23 June and others "from 21 to 23 June 2022": the day of the adoption)
    // ("the ministerial decision that was adopted at the Thirteenth Ministerial Conference of the World Trade Organization on
    // 2 March 2024", A/RES/79/195 OP4, 80/121: the conference's last day, the day of the act; not a meeting's, which is the day it sat; and only for a numbered sitting, whose key the day is
    // no part of: "adopted at the World Education Forum on 28 April 2000" is the only print of the 2000 forum's year)
    const atIts =
      (ev.attrs.eventKind === 'session' && AT_ITS_BEFORE_RE.test(text.slice(Math.max(0, ev.start - 8), ev.start))) ||
      ((ev.attrs.eventKind !== 'meeting' || ev.name.includes(MEETING_OF_PARTIES)) && ev.attrs.eventKind !== 'day' && ev.start >= 12 && text.charCodeAt(ev.start - 1) === 32 && ADOPTED_AT_BEFORE_RE.test(text.slice(ev.start - 20, ev.start)) && NUMBERED_EVENT_RE.test(ev.name));
    // ("the outcome document of the Durban Review Conference of 24 April 2009": the day after "of" is the document's)
    const ofWindow = windowText.startsWith(' of ') || windowText.startsWith(', entitled “');
    const ofDated = ofWindow && !DOCUMENT_OF_BEFORE_RE.test(text.slice(Math.max(0, ev.start - 40), ev.start));
    eventDates(ev, datesWindow, text, atIts, ofDated, ofWindow);
    if (ev.attrs.datePhrase === undefined && ev.start < 400 && text.charCodeAt(0) === 87 /* W */) datedAndPlacedBefore(text, ev, sorted);
    // read once for both tests below: a read met by every event sees all shapes of event attributes early, where a
    // second read met by days alone saw a new one late and threw the compiled code away ("wrong map")
    const dated = ev.attrs.startDate !== undefined;
    // an edition whose date the date reader did not take stays the series (no venue of its own)
    if (seriesAttrs !== undefined && !dated) {
      ev.attrs = seriesAttrs;
      continue;
    }
    // a year or decade is observed, not held somewhere ("the implementation of the Third International Decade for the
    // Eradication of Colonialism, held in Nadi": the seminar was); a day only where one dated observance is
    const kind = ev.attrs.eventKind;
    // (a regular session of the General Assembly sits at Headquarters for a year: "in New York on 25 September 2024" after
    // it is where a meeting on its sidelines was held, "... in the Democratic People's Republic of Korea at its eightieth
    // session" what it will examine)
    if (kind === 'year' || kind === 'decade' || (kind === 'day' && !dated) || (kind === 'session' && ev.name.endsWith(GA_SESSION_TAIL) && GA_REGULAR_SESSION_RE.test(ev.name))) ev.attrs.unplaced = true;
    else eventVenue(text, ev, sorted, limit);
    detailedAttrs.add(ev.attrs);
    // (or a "respectively" pairs them: "the first and second sessions of the preparatory committee in New York, from 5 to
    // 8 February 2024 and from 29 April to 1 May 2024, respectively", A/RES/78/163 OP41)
    // (or the sessions were one noun: "the fourth and fifth meetings of the Inter-Agency Coordination Group at the level
    // of principals, held in virtual format on 2 December 2022 and on 8 November 2023", A/RES/78/228 OP12)
    // (or two of a body's sessions joined by "and its": "its organizational session and its first substantive session in 2021")
    const sharedAfter =
      SHARED_AFTER_LIST_RE.test(text.slice(ev.end, ev.end + 60)) ||
      windowText.includes('respectively') ||
      (ev.via === 'special' && LISTED_ORDINAL_BEFORE_RE.test(text.slice(Math.max(0, ev.start - 40), ev.start))) ||
      (ev.via === 'special' && ev.attrs.eventKind === 'session' && text.startsWith(SESSION_AND_ITS, ev.start - SESSION_AND_ITS.length));
    // (or the venue follows the list's last name with no comma where "the convening of" governs the whole list: convenedList)
    const convened = !sharedAfter && ev.attrs.venue !== undefined && text.startsWith(' in ', ev.end) && textIncludes(text, CONVENING_OF_THE);
    // (or "the hosting by the Government of ... of" governs the list, the venue or days after a comma: hostedList)
    const hosted = !sharedAfter && !convened && i > 0 && textIncludes(text, HOSTING_BY) && HOSTED_LIST_TAIL_RE.test(text.slice(ev.end, ev.end + 8));
    if (i > 0 && (ev.attrs.venue !== undefined || ev.attrs.datePhrase !== undefined) && (sharedAfter || convened || hosted)) {
      sharedByList(text, sorted, i, limit, convened, hosted);
    }
    // remember / reuse start dates of one-off events across the resolution
    const series = ev.attrs.eventKind === 'day' || ev.attrs.eventKind === 'week';
    if (!series) {
      // (a year printed later does not replace the day remembered for it: "the Paralympic Games, from 28 August to 8
      // September 2024", then "..., to be held in Paris in 2024")
      const venue = ev.attrs.venue === undefined ? undefined : (ev.attrs.venue as string[])[0];
      if (typeof ev.attrs.startDate === 'string') {
        const remembered = state.eventStarts.get(ev.name);
        if (remembered === undefined || !remembered.startsWith(ev.attrs.startDate)) {
          state.eventStarts.set(ev.name, ev.attrs.startDate);
          if (venue === undefined) state.eventVenues.delete(ev.name);
          else state.eventVenues.set(ev.name, venue);
        }
        // (and the edition held there, for a text named after its town: townEditionStart)
        if (venue !== undefined) state.eventStarts.set(editionAtKey(ev.name, venue), ev.attrs.startDate);
        noteEdition(state, ev);
      } else if (state.editions.size && isEditionOfSeries(state, ev, venue)) {
        continue;
      } else {
        // (not where this mention is held elsewhere: "the Nutrition for Growth Summit held in Tokyo in 2021, and looking
        // forward to the Nutrition for Growth Summit to be held in Paris" is the next one)
        // ("to convene a one-day high-level meeting of the General Assembly" after "the high-level meeting of the General
        // Assembly held in New York on 27 and 28 September 2017", A/RES/78/182 OP20 after PP7: a sitting of the Assembly named
        // without its topic and brought in with "a" is another one, and "the high-level meeting" after it is that new one)
        if (ev.name.endsWith(OF_THE_GENERAL_ASSEMBLY) && INDEFINITE_BEFORE_RE.test(text.slice(Math.max(0, ev.start - 12), ev.start)) && TOPICLESS_ASSEMBLY_SITTING_RE.test(ev.name)) {
          state.eventStarts.delete(ev.name);
          state.eventVenues.delete(ev.name);
          continue;
        }
        const atTown = venue === undefined && textIncludes(text, ADOPTED_AT_WORDS_TOWN) ? townEditionStart(state, ev, text) : undefined;
        if (atTown !== undefined) {
          ev.attrs.startDate = atTown;
          continue;
        }
        const known = state.eventStarts.get(ev.name);
        const knownVenue = state.eventVenues.get(ev.name);
        if (known && (venue === undefined || knownVenue === undefined || venue === knownVenue)) ev.attrs.startDate = known;
      }
    }
  }
}

/** eventStarts key of the edition of an event held at a venue */
function editionAtKey(name: string, venue: string): string {
  return `${name}\u0000${venue}`;
}

const ADOPTED_AT_WORDS_TOWN = 'adopted at ';
/** "the Aichi-Nagoya Declaration on ..., adopted at the " right before an event: the town the adopted text is named after */
const TOWN_TEXT_ADOPTED_AT_RE = letterRe(String.raw`\b(\p{Lu}[\p{L}-]+) (?:Declaration|Commitment|Consensus|Agenda)\b[^;:()“”]{0,120}?,?\s+adopted\s+at\s+(?:the\s+)?$`, 'u');

/**
 * "the Aichi-Nagoya Declaration on Education for Sustainable Development, adopted at the World Conference on Education for
 * Sustainable Development" (A/RES/78/156 PP14), after PP13 named the 2014 edition "held in Aichi-Nagoya" and the 2021 one
 * "held online from Berlin": the edition held in the town the adopted text is named after, not the last one named.
 */
function townEditionStart(state: ResolutionState, ev: Candidate, text: string): string | undefined {
  const m = TOWN_TEXT_ADOPTED_AT_RE.exec(text.slice(Math.max(0, ev.start - 220), ev.start));
  return m ? state.eventStarts.get(editionAtKey(ev.name, m[1]!)) : undefined;
}

/** "2025 United Nations Conference to Support ...", by its name or a gazetteer alias: the edition of the series named after the year. */
function noteEdition(state: ResolutionState, ev: Candidate): void {
  noteEditionNamed(state, ev, ev.name);
  const aliases = ev.entry?.aliases;
  if (aliases) for (const alias of aliases) noteEditionNamed(state, ev, alias);
}

function noteEditionNamed(state: ResolutionState, ev: Candidate, name: string): void {
  if (!isDigitCode(name.charCodeAt(0))) return;
  const m = YEAR_BEFORE_NAME_RE.exec(name);
  if (!m) return;
  state.seriesOfEditions.add(`${ev.name}|${m[2]!}`);
  const earlier = state.editions.get(m[2]!);
  if (earlier === undefined) state.editions.set(m[2]!, { kind: ev.kind, name: ev.name, attrs: ev.attrs });
  else if (earlier !== null && earlier.name !== ev.name) state.editions.set(m[2]!, null);
}

/**
 * "Decides that the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14 ...
 * will be organized in Nice" then "the costs of the United Nations Conference to Support the Implementation of
 * Sustainable Development Goal 14" (A/RES/79/314): the series' name printed without a date of its own, in a resolution
 * that named one edition of it (and one only), is that edition, not the series (nor, later, "the Conference").
 */
function isEditionOfSeries(state: ResolutionState, ev: Candidate, venue: string | undefined): boolean {
  const edition = state.editions.get(ev.name);
  if (!edition) return false;
  const location = edition.attrs.location;
  if (venue !== undefined && typeof location === 'string' && venue !== location) return false;
  ev.name = edition.name;
  // (a copy by spread, as the other candidates' attributes are made: one object shape for the steps that read them)
  const attrs: Record<string, unknown> = { ...edition.attrs };
  withoutParagraphDetails(attrs);
  ev.attrs = attrs;
  return true;
}

/** ", 2025" right after a Year's name: its official name's year (not a range, "2025–2034", nor a symbol) */
const COMMA_YEAR_AFTER_RE = /^, ((?:19|20)\d\d)(?![\d/–-])/;
/** "proclaimed 2025 the ", "declared 2021 the ", "2027 as the " right before a Year's name (not the year of a day: "of 21 March 2024 the") */
const YEAR_THE_BEFORE_RE =
  /(?<![\d/]|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)\b((?:19|20)\d\d)\s+(?:as\s+)?(?:the\s+)?$/;

/** "We recall that 2025 was proclaimed by the General Assembly as the " (A/RES/80/3 annex OP5) right before a Year's name */
const YEAR_PROCLAIMED_AS_BEFORE_RE =
  /(?<![\d/])\b((?:19|20)\d\d)\s+(?:was|is|has\s+been|had\s+been|will\s+be)\s+(?:proclaimed|declared|designated)\b[^;,\d]{0,50}?\s+as\s+(?:the\s+)?$/;
/**
 * The year a text fixes for an International Year named without one (a candidate of kind 'year' with no start date): "the
 * International Year of Sustainable Mountain Development, 2022" (A/RES/79/227 PP60), "Proclaims 2025 the International Year of
 * Peace and Trust" (A/RES/78/266 OP1). Proclaimed every few years, the Years of one name are editions ("... @ 2025"), as "the
 * International Year of Cooperatives, in 2012" and "... in 2025" are (eventDates); a later undated mention in the same
 * resolution takes the year remembered for the name (eventStarts).
 */
function yearOfInternationalYear(text: string, ev: Candidate): void {
  if (text.charCodeAt(ev.end) === 44 /* , */) {
    const m = COMMA_YEAR_AFTER_RE.exec(text.slice(ev.end, ev.end + 8));
    if (m) {
      ev.attrs.startDate = m[1]!;
      ev.attrs.datePhrase = { start: ev.end + 2, end: ev.end + 6 };
      return;
    }
  }
  if (ev.start < 5 || text.charCodeAt(ev.start - 1) !== 32) return;
  const m = YEAR_THE_BEFORE_RE.exec(text.slice(Math.max(0, ev.start - 30), ev.start)) ?? YEAR_PROCLAIMED_AS_BEFORE_RE.exec(text.slice(Math.max(0, ev.start - 100), ev.start));
  if (m) ev.attrs.startDate = m[1]!;
}

/** The summit that is a process with phases ("held in Geneva from 10 to 12 December 2003" dates its first phase). */
const WSIS_NAME = 'World Summit on the Information Society';

/**
 * The attributes whose date phrase and venue (spans and names read in one paragraph) were read in the paragraph being
 * scanned. An attributes object outlives its paragraph: it is registered for the back-references of later paragraphs
 * ("the Conference", "the Decade") and shared with them, so what was read for it in an earlier paragraph is stale
 * there ("the observance of the Decade" dated by the span of another paragraph's date). Renewed for every scan.
 */
let detailedAttrs = new WeakSet<Record<string, unknown>>();

/** Drops the date phrase and venue an earlier paragraph read for these attributes (in place: they are shared). */
function withoutParagraphDetails(attrs: Record<string, unknown>): void {
  if (attrs.datePhrase !== undefined) delete attrs.datePhrase;
  if (attrs.printedStart !== undefined) delete attrs.printedStart;
  if (attrs.venue !== undefined) delete attrs.venue;
  if (attrs.listedWith !== undefined) delete attrs.listedWith;
  if (attrs.unplaced !== undefined) delete attrs.unplaced;
}

// ("the two resumed sessions of the sixteenth meeting of the Conference of the Parties to the Convention, held online from 3 to 6
// December 2024 and in Rome, Italy, from 25 to 27 February 2025", A/RES/80/145 PP6, 80/137, 80/138, 80/143, 79/313: the days and
// venues are the resumed sessions', the meeting itself sat in Cali in October 2024)
const ANNIVERSARY_OF_RE = /\b(?:anniversary|launch|launching|resumed\s+sessions?)\s+of\s+(?:the\s+)?$/;

/**
 * "the United Nations Conference on Trade and Development eWeek, from 4 to 8 December 2023", "the Sustainable
 * Development Goals Summit, held in New York on 18 and 19 September 2023": a recurring week, forum or summit printed
 * with the days of one edition is that edition (keyed with its year, dated, placed), as are the Olympic Games; a day,
 * or a summit process such as the WSIS, stays the series. The series mark is dropped on a copy of the attributes; the series' own are returned.
 */
/** "the inaugural Global Dialogue on Artificial Intelligence Governance, in 2026" (A/RES/80/173 OP86): the first edition of a
 *  series, in the year printed right after it */
const INAUGURAL_BEFORE_RE = /\b(?:inaugural|first)\s+$/;
const COMMA_IN_YEAR_AFTER_RE = /^,?\s+in\s+(?:19|20)\d{2}(?![\d/])/;
function firstEditionInYear(text: string, ev: Candidate): boolean {
  return ev.start >= 10 && INAUGURAL_BEFORE_RE.test(text.slice(ev.start - 10, ev.start)) && COMMA_IN_YEAR_AFTER_RE.test(text.slice(ev.end, ev.end + 12));
}
/** "the political declaration agreed at the Sustainable Development Goals Summit in 2023" (A/RES/79/1 OP20 (b)): what was done at a
 *  sitting of a series, in the year printed right after it, was done at that year's edition */
const AT_THE_BEFORE = ' at the ';
function atEditionInYear(text: string, ev: Candidate): boolean {
  return ev.start >= AT_THE_BEFORE.length && text.startsWith(AT_THE_BEFORE, ev.start - AT_THE_BEFORE.length) && COMMA_IN_YEAR_AFTER_RE.test(text.slice(ev.end, ev.end + 12));
}
function datedSeriesEdition(text: string, ev: Candidate): Record<string, unknown> | undefined {
  const kind = ev.attrs.eventKind;
  if (kind === 'day' || ev.name === WSIS_NAME || ev.attrs.startDate !== undefined) return undefined;
  // ("the Sustainable Development Goals Summit of 2023", A/RES/79/1 annex II PP3: the edition of that year, eventDates)
  if (!SERIES_EDITION_DATES_RE.test(text.slice(ev.end, ev.end + 120)) && !EVENT_OF_YEAR_RE.test(text.slice(ev.end, ev.end + 12)) && !firstEditionInYear(text, ev) && !atEditionInYear(text, ev) && !metBefore(text, ev)) return undefined;
  const attrs: Record<string, unknown> = {};
  for (const k in ev.attrs) if (k !== 'series') attrs[k] = ev.attrs[k];
  const series = ev.attrs;
  ev.attrs = attrs;
  return series;
}

/** sorted[j] lies inside a longer candidate that starts no later ("the Conference of the Parties ..." of "the fifth session of the ..."). */
function insideEarlier(sorted: readonly Candidate[], j: number): boolean {
  const c = sorted[j]!;
  for (let k = j - 1; k >= 0 && k >= j - 6; k--) {
    const o = sorted[k]!;
    if (o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start) return true;
  }
  return false;
}

/** a gap between listed names ending with an article: ", and the " */
const THE_AT_END_RE = /\bthe\s+$/;
/** Between a list's last event and a "respectively" printed before the venues and dates it pairs: " held, ", ", which were held, " */
const RESPECTIVELY_FIRST_RE = /^\d{0,2}\s*,?\s*(?:(?:which|that)\s+were\s+)?(?:held|convened),?\s*$/;

const CONVENING_OF_THE = 'convening of the ';
/**
 * "Welcomes the convening of the twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention
 * on Climate Change, the nineteenth session of the ... Kyoto Protocol and the sixth session of the ... Paris Agreement in Baku in
 * November 2024" (A/RES/80/151 OP50, 79/144 OP205, 80/3 annex OP10): the list is the object of "the convening of", and the
 * venue and dates printed after its last name, with no comma before them, are where and when the convening was, every listed
 * sitting's. Not a list that no "convening of" opens ("the A and the B in Baku": the last one's venue alone).
 */
function convenedList(text: string, first: number): boolean {
  return first >= CONVENING_OF_THE.length && text.startsWith(CONVENING_OF_THE, first - CONVENING_OF_THE.length);
}

/** the gate of hostedList */
const HOSTING_BY = 'hosting by ';
/**
 * "Noting with appreciation the hosting by the Government of the Arab Republic of Egypt of the twenty-seventh session of the
 * Conference of the Parties ..., the seventeenth session of the ... Kyoto Protocol and the fourth session of the ... Paris
 * Agreement, in Sharm el-Sheikh, from 6 to 20 November 2022" (A/RES/78/120 PP9; "..., from 30 November to 12 December 2023",
 * 78/153, 79/206): the list is what the host hosted, and the venue and days after its last name are every listed sitting's, as
 * after "the convening of" (convenedList).
 */
function hostedList(text: string, first: number): boolean {
  return HOSTING_BY_OF_BEFORE_RE.test(text.slice(Math.max(0, first - 120), first));
}

/** the month a date phrase of a "respectively" list ends with */
const MONTH_AT_END_RE = /\s[A-Z][a-z]+$/;

/**
 * "the eighteenth session of the CMP and the fifth session of the CMA, held in Dubai, United Arab Emirates,
 * from 30 November to 13 December 2023": the venue and dates printed after the last event of a list are
 * every listed event's (each one's own window ended where the next began). "..., held in Beijing from 4 to
 * 20 February and from 4 to 13 March 2022, respectively": the venue is shared, the dates are taken in order.
 * The earlier events are read back from sorted[last] while only list words stand between them and they
 * have no venue or dates of their own. `last`'s venue is set; `limit` ends its window.
 */
function sharedByList(text: string, sorted: readonly Candidate[], last: number, limit: number, convened = false, hosted = false): void {
  const ev = sorted[last]!;
  const listed: Candidate[] = [];
  let next = ev;
  for (let j = last - 1; j >= 0; j--) {
    const c = sorted[j]!;
    if (c.end > next.start || insideEarlier(sorted, j)) continue;
    if (c.kind !== 'Event' || c.via === 'short' || c.attrs.series === true) break;
    const gap = text.slice(c.end, next.start);
    if (!LISTED_EVENTS_GAP_RE.test(gap)) break;
    // "the Sixth Review Conference9 and the Meeting of the High Contracting Parties to the Convention, held in Geneva from 15
    // to 17 November 2023" (A/RES/79/75 PP3, 78/64, 80/68): the note after a full name cites its own final document; the
    // venue and dates are the Meeting's (an ordinal with a note, "the forty-eighth 3 and forty-ninth meetings", still shares)
    const ch = gap.charCodeAt(0);
    if (ch >= 48 && ch <= 57 && SITTING_NAME_END_RE.test(text.slice(Math.max(0, c.end - 12), c.end))) break;
    if (c.attrs.venue !== undefined || c.attrs.datePhrase !== undefined) break;
    // "the framework ..., endorsed by the General Conference of ... at its fortieth session, and the World Conference on Education
    // for Sustainable Development, ..., held online from Berlin, Germany, in 2021" (A/RES/80/141 PP17): a session after "at its"
    // is when another item was endorsed, not a sitting listed with the next one, named with its own article (but "at its eighth,
    // ninth, tenth and eleventh sessions, held in Vienna from ..., respectively", A/RES/78/229 OP11: one list of sessions)
    if (c.attrs.eventKind === 'session' && c.start >= 8 && AT_ITS_BEFORE_RE.test(text.slice(c.start - 8, c.start)) && THE_AT_END_RE.test(gap)) break;
    // "the United Nations Conference on Sustainable Development, the World Conference on Education for Sustainable Development,
    // organized by ..., held in Aichi-Nagoya, Japan, in 2014" (A/RES/80/141 PP17, 78/156 PP13): a sitting the gazetteer places
    // in another town is an item of its own, not one held where the next one was
    if (typeof c.attrs.location === 'string' && c.via === 'gazetteer' && Array.isArray(ev.attrs.venue) && !(ev.attrs.venue as string[]).includes(c.attrs.location)) break;
    listed.push(c);
    next = c;
  }
  if (listed.length === 0) return;
  listed.reverse();
  if (convened && !convenedList(text, listed[0]!.start)) return;
  if (hosted && !hostedList(text, listed[0]!.start)) return;
  // "respectively": one date phrase per event, in order; the year printed once at the end. Without it, as many date
  // phrases in a row as events are theirs in order too ("the first, second and third sessions of the Preparatory
  // Committee ..., held from 31 July to 11 August 2023, from 22 July to 2 August 2024 and from 28 April to 9 May
  // 2025", A/RES/80/48 PP5); other dates than one are not shared
  const windowText = text.slice(ev.end, limit);
  const respectively = windowText.indexOf('respectively');
  // "the twenty-eighth and twenty-ninth sessions of the Conference of the Parties ... held, respectively, in Dubai, United
  // Arab Emirates, from 30 November to 13 December 2023 and in Baku from 11 to 22 November 2024" (A/RES/79/139 PP9):
  // "respectively" printed before the pairs, which follow it
  const first = respectively >= 0 && respectively < 40 && RESPECTIVELY_FIRST_RE.test(windowText.slice(0, respectively)) ? respectively + 12 : 0;
  let own: { start?: string; end?: string; span: Span }[] | undefined;
  const phrases: DatePhrase[] = [];
  RESPECTIVE_DATES_RE.lastIndex = 0;
  let d: RegExpExecArray | null;
  const part = first > 0 ? windowText.slice(first) : respectively >= 0 ? windowText.slice(0, respectively) : windowText;
  const partAt = ev.end + first;
  while ((d = RESPECTIVE_DATES_RE.exec(part))) phrases.push({ text: d[1]!, year: d[2], span: { start: partAt + d.index + d[0].indexOf(d[1]!), end: partAt + d.index + d[0].length }, at: partAt + d.index });
  // "the fifty-second, fifty-third, fifty-fourth and fifty-fifth ministerial meetings of ..., in Libreville from 22 to
  // 26 November 2021, in Yaoundé from 30 May to 4 June 2022, in Kintélé, Congo, from 12 to 16 January 2023, and in Sao
  // Tome from 15 to 19 May 2023" (A/RES/78/235 PP7): a venue before each date phrase, one pair per event, in order
  // (two lists in a row paired by one "respectively": "the twenty-eighth and twenty-ninth sessions of the Conference of the
  // Parties ... and the fifth and sixth sessions of the Conference of the Parties serving as the meeting of the Parties to
  // the Paris Agreement held, respectively, in Dubai ... and in Baku ...", A/RES/80/145 PP7: event k takes pair k mod 2)
  const count = listed.length + 1;
  if (respectively >= 0 && phrases.length > count) joinResumedDays(text, phrases);
  const paired = phrases.length === count || (respectively >= 0 && phrases.length > 1 && count % phrases.length === 0);
  const venues =
    (paired ? pairedVenues(text, sorted, partAt, phrases) : undefined) ??
    (respectively > 0 && first === 0 ? respectiveVenues(text, sorted, ev.end, ev.end + respectively, count) : undefined);
  let shareDates = true;
  if (venues !== undefined && respectively < 0 && phrases.every((p) => p.year)) {
    own = phrases.map((p) => ({ ...parseDateRange(`${p.text} ${p.year!}`), span: p.span }));
  } else if (respectively >= 0) {
    const year = phrases.length ? phrases[phrases.length - 1]!.year : undefined;
    if (!paired || !year) return;
    // a range printed without its month takes the next one's ("from 4 to 8 and 11 to 15 August 2025")
    own = phrases.map((p, k) => {
      const month = MONTH_AT_END_RE.test(p.text) ? '' : ` ${MONTH_AT_END_RE.exec(phrases[k + 1]?.text ?? '')?.[0].trim() ?? ''}`;
      const range = parseDateRange(`${p.text}${month} ${p.year ?? year}`);
      // (a sitting resumed on a later day ends on that day: a new object, not a store into the range's `end`, nor `{ ...range,
      // end }`, which stores into the copy's: that store made `end` of the { start, end } shape mutable two thirds into
      // corpus-ga and threw away the entities worker's compiled textFacts and chunkTokens; see warm-up.ts mutableMentionFields)
      if (p.resumed !== undefined && range.start) return { start: range.start, end: parseDateRange(`${p.resumed} ${p.year ?? year}`).start ?? range.end, span: p.span };
      return { ...range, span: p.span };
    });
  } else if (phrases.length > 1) {
    const inARow = phrases.every((p, k) => k === 0 || /^[\s,]*(?:and\s+)?$/.test(text.slice(phrases[k - 1]!.span.end, p.at)));
    if (inARow && phrases.length === listed.length + 1 && phrases.every((p) => p.year)) own = phrases.map((p) => ({ ...parseDateRange(`${p.text} ${p.year!}`), span: p.span }));
    else {
      shareDates = false;
      // the last event's own window read the first of them, which is no more its date than another's
      const span = ev.attrs.datePhrase as Span | undefined;
      if (span && span.start === phrases[0]!.span.start && ev.via !== 'gazetteer') {
        delete ev.attrs.datePhrase;
        delete ev.attrs.startDate;
        delete ev.attrs.endDate;
      }
    }
  }
  // "at the eighteenth and twenty-first meetings, respectively, of the [Informal Consultative Process], in 2017 and 2021"
  // (A/RES/78/319 PP10, 78/69, 79/144, 80/110): one year per listed sitting, in order (the last one's window read the first)
  if (own === undefined && shareDates) own = yearsInOrder(text, ev.end, count);
  for (let k = 0; k < listed.length; k++) {
    const c = listed[k]!;
    c.attrs.listedWith = ev;
    listedWithStored = true;
    if (venues !== undefined) {
      const pair = venues[k % venues.length]!;
      c.attrs.venue = pair.names;
      if (c.attrs.location === undefined) c.attrs.location = pair.names[0];
      pairedVenueAt.set(c.attrs, pair.at);
    } else {
      if (ev.attrs.venue !== undefined) c.attrs.venue = ev.attrs.venue;
      if (c.attrs.location === undefined && ev.attrs.location !== undefined) c.attrs.location = ev.attrs.location;
    }
    if (c.attrs.startDate !== undefined || !shareDates) continue;
    const dates = own ? own[k % own.length]! : { start: ev.attrs.startDate as string | undefined, end: ev.attrs.endDate as string | undefined, span: ev.attrs.datePhrase as Span | undefined };
    if (!dates.start || !dates.span) continue;
    c.attrs.startDate = dates.start;
    if (dates.end) c.attrs.endDate = dates.end;
    c.attrs.datePhrase = dates.span;
  }
  if (venues !== undefined) {
    // the last event's own venue is the last pair's, not the first one printed after it (its window's)
    const mine = venues[venues.length - 1]!;
    const printed = ev.attrs.venue as string[] | undefined;
    if (ev.attrs.location === undefined || (printed !== undefined && ev.attrs.location === printed[0])) ev.attrs.location = mine.names[0];
    ev.attrs.venue = mine.names;
    pairedVenueAt.set(ev.attrs, mine.at);
  }
  if (own) {
    const mine = own[own.length - 1]!;
    if (mine.start) {
      ev.attrs.startDate = mine.start;
      if (mine.end) ev.attrs.endDate = mine.end;
      else delete ev.attrs.endDate;
      ev.attrs.datePhrase = mine.span;
    }
  }
}

/** The years printed right after a list's last sitting, one per sitting, as dates in order; undefined unless exactly `count`. */
function yearsInOrder(text: string, from: number, count: number): { start: string; span: Span }[] | undefined {
  const m = IN_YEARS_AFTER_RE.exec(text.slice(from, from + 80));
  if (!m) return undefined;
  const out: { start: string; span: Span }[] = [];
  const at = from + m[0].length - m[1]!.length;
  YEAR_RE.lastIndex = 0;
  for (let y = YEAR_RE.exec(m[1]!); y; y = YEAR_RE.exec(m[1]!)) out.push({ start: y[0], span: { start: at + y.index, end: at + y.index + 4 } });
  return out.length === count ? out : undefined;
}

/** A date phrase of a list's dates: the text without its year, the year if printed, where it is. */
type DatePhrase = { text: string; year?: string; span: Span; at: number; resumed?: string };
/** a single day ("25 November"), no range */
const SINGLE_DAY_RE = /^\d{1,2}\s+[A-Z][a-z]+$/;

/**
 * "the fifty-first and the fifty-second sessions of the Committee on World Food Security, held in Rome from 23 to 27 October
 * and on 25 November 2023 and from 21 to 25 October 2024, respectively" (A/RES/79/227 PP18, A/RES/79/276 PP28): a range
 * without its year, then " and " and a single day with it, is one sitting's window, resumed on that day (as "held from 12 to
 * 30 September and on 21 October 2011" is one sitting's): the two phrases are joined, so each sitting takes its own.
 * Called only where more phrases than sittings were read.
 */
function joinResumedDays(text: string, phrases: DatePhrase[]): void {
  for (let k = phrases.length - 2; k >= 0; k--) {
    const p = phrases[k]!;
    const q = phrases[k + 1]!;
    if (p.year !== undefined || q.year === undefined || !MONTH_AT_END_RE.test(p.text) || !SINGLE_DAY_RE.test(q.text)) continue;
    if (!/^\s+and\s+$/.test(text.slice(p.span.end, q.at))) continue;
    phrases.splice(k, 2, { text: p.text, year: q.year, span: { start: p.span.start, end: q.span.end }, at: p.at, resumed: q.text });
  }
}

/**
 * The venue printed before each date phrase after a list's last event (`from`: its end): "in Libreville", "in Kintélé,
 * Congo" (the city, then its country), one per phrase, each where only PAIRED_VENUE_BEFORE_RE's words stand before it;
 * undefined unless every phrase has one.
 */
function pairedVenues(text: string, sorted: readonly Candidate[], from: number, phrases: readonly { at: number; span: Span }[]): { names: string[]; at: number }[] | undefined {
  const out: { names: string[]; at: number }[] = [];
  let gapStart = from;
  let j = 0;
  for (const p of phrases) {
    while (j < sorted.length && (sorted[j]!.start < gapStart || sorted[j]!.kind !== 'Place') && sorted[j]!.start < p.at) j++;
    const place = j < sorted.length ? sorted[j]! : undefined;
    if (place === undefined || place.kind !== 'Place' || place.start < gapStart || place.end > p.at || !PAIRED_VENUE_BEFORE_RE.test(text.slice(gapStart, place.start))) return undefined;
    const names = [place.name];
    let end = place.end;
    const country = j + 1 < sorted.length ? sorted[j + 1]! : undefined;
    if (country !== undefined && country.kind === 'Place' && country.end <= p.at && CITY_COUNTRY_GAP_RE.test(text.slice(place.end, country.start))) {
      names.push(country.name);
      end = country.end;
    }
    if (!PAIRED_VENUE_AFTER_RE.test(text.slice(end, p.at))) return undefined;
    out.push({ names, at: place.start });
    gapStart = p.span.end;
  }
  return out;
}

/** Between the places of a "respectively" list: " and ", ", ", ", and in " */
const RESPECTIVE_PLACES_GAP_RE = /^,?\s+(?:and\s+)?(?:in\s+)?$/;
/**
 * "the forty-eighth and forty-ninth ministerial meetings of the Standing Advisory Committee, held from 27 to 31 May and
 * from 25 to 29 November 2019 in Kinshasa and Luanda, respectively" (A/RES/78/59 PP13): the places listed right before
 * "respectively" (at `respectively`), after "in", one per event (`count`), in order; undefined unless so.
 */
function respectiveVenues(text: string, sorted: readonly Candidate[], from: number, respectively: number, count: number): { names: string[]; at: number }[] | undefined {
  if (!/,\s*$/.test(text.slice(respectively - 3, respectively))) return undefined;
  let j = sorted.length - 1;
  while (j >= 0 && sorted[j]!.start >= respectively) j--;
  const out: { names: string[]; at: number }[] = [];
  let end = respectively;
  for (; j >= 0 && out.length < count; j--) {
    const place = sorted[j]!;
    if (place.kind !== 'Place' || place.start < from) return undefined;
    const gap = text.slice(place.end, end);
    if (!(out.length === 0 ? /^,\s*$/ : RESPECTIVE_PLACES_GAP_RE).test(gap)) return undefined;
    out.push({ names: [place.name], at: place.start });
    end = place.start;
  }
  if (out.length !== count || !/\bin\s+$/.test(text.slice(end - 4, end))) return undefined;
  return out.reverse();
}

/** Where the venue a list pairs with a sitting is printed (pairedVenues), by the sitting's attributes; renewed for every scan. */
let pairedVenueAt = new Map<Record<string, unknown>, number>();

const OTHER_NAME_GAP_RE = /^\s*\((?:the\s+)?$/;

const TO_REVIEW_THE_OPERATION = ' to Review the Operation of the ';
/** after "<Ordinal> Special Session of the Conference": the rest of a review conference's formal name, up to its instrument */
const SPECIAL_SESSION_OF_CONFERENCE = 'Special Session of the Conference';
const OF_PARTIES_TO_REVIEW_RE = /^ of (?:the )?States Parties to Review the Operation of the $/;
/**
 * Step 7a'': "the Fourth Special Session of the Conference of the States Parties to Review the Operation of the Chemical
 * Weapons Convention, held in The Hague from 21 to 30 November 2018" (A/RES/78/29 PP7), read as "Fourth Special Session of the
 * Conference" where "the Conference of the States Parties" was named before: one name up to the instrument's (keyed as that
 * treaty's review conference), not the special session "C-SS-4" of June 2018 ("Decision C-SS-4/DEC.3 of the Fourth Special
 * Session of the Conference of the States Parties", OP6), which the short name was keyed as.
 */
function specialSessionsToReview(text: string, kept: Candidate[]): void {
  for (const c of kept) {
    if (c.kind !== 'Event' || !c.name.endsWith(SPECIAL_SESSION_OF_CONFERENCE)) continue;
    const f = kept.find((x) => x.kind === 'Framework' && x.start > c.end && x.start <= c.end + 60 && OF_PARTIES_TO_REVIEW_RE.test(text.slice(c.end, x.start)));
    if (!f) continue;
    c.name = `${c.name}${text.slice(c.end, f.start).replace(/\s+/g, ' ')}${f.name}`;
    c.end = f.end;
    // (the instrument stays: it is registered as the Convention named last)
    for (let i = kept.length - 1; i >= 0; i--) if (kept[i] !== c && kept[i] !== f && kept[i]!.start >= c.start && kept[i]!.end <= c.end) kept.splice(i, 1);
  }
}

/** Whether specialSessionsToReview has a session to read on: an event named "... Special Session of the Conference". */
function hasSpecialSessionOfConference(kept: readonly Candidate[]): boolean {
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (c.kind === 'Event' && c.name.endsWith(SPECIAL_SESSION_OF_CONFERENCE)) return true;
  }
  return false;
}

/**
 * Step 7a': "the Fourth United Nations Conference to Review Progress Made in the Implementation of the Programme of
 * Action ... (the Fourth Review Conference)", "... Missions Games (United Nations Games)": the name in parentheses is the
 * same event's short name, one node.
 */
function parentheticalEventNames(text: string, cands: readonly Candidate[]): void {
  for (const c of cands) {
    // (the length first: an event that ends the text made charCodeAt read out of bounds, which deoptimised this step)
    if (c.kind !== 'Event' || c.end + 1 >= text.length || text.charCodeAt(c.end) !== 32 || text.charCodeAt(c.end + 1) !== 40) continue;
    const d = cands.find((x) => x !== c && x.kind === 'Event' && x.start > c.end && x.start <= c.end + 7 && OTHER_NAME_GAP_RE.test(text.slice(c.end, x.start)));
    if (!d || text.charCodeAt(d.end) !== 41) continue;
    d.name = c.name;
    d.attrs = { ...c.attrs };
  }
}

function samePrint(text: string, a: Span, b: Span): boolean {
  return a.end - a.start === b.end - b.start && text.startsWith(text.slice(a.start, a.end), b.start);
}

const AND_THE = ' and the ';
const SO_THAT = ' so that ';
const FORUM_NAME_RE = /\b[Ff]orum\b/;
const ANNIVERSARY_OF_WORDS = ' anniversary of ';
/** The event a sitting named by its anniversary marks, printed right after it ("the Doha conference to commemorate the thirtieth
 *  anniversary of the International Year of the Family, ..., to be held from 29 to 31 October 2024", A/RES/78/176 OP33): part
 *  of the sitting's name, not the next event, so the sitting's venue and dates after it are still the sitting's. */
function markedBySitting(text: string, ev: Candidate, c: Candidate): boolean {
  return c.start - ev.end < 30 && ev.name.includes(ANNIVERSARY_OF_WORDS) && ev.name.endsWith(c.name) && OF_MARKED_NAME_RE.test(text.slice(ev.end, c.start));
}
/** Where the text about event sorted[i] ends: the next other event, a stop phrase, or 400 characters. */
function eventWindowEnd(text: string, sorted: readonly Candidate[], i: number): number {
  const ev = sorted[i]!;
  // "(the Fourth Review Conference)" right after the name is another name of it, not the next event
  // (the same name printed again is another mention, whose own venue and dates follow it: "the Summit of the Group of
  // 20, held virtually on 21 and 22 November 2020, ..., recalling also that the Summit of the Group of 20 held in Rome
  // on ..."; a short form or another name of it is not: "the Summit of the Future and ... the scope of the Summit, to
  // be held on 22 and 23 September 2024", "..., also known as “Mondiacult 2022”, hosted by ...")
  const nextEvent = sorted.slice(i + 1).find(
    (c) =>
      c.kind === 'Event' &&
      c.start >= ev.end &&
      (c.name !== ev.name || samePrint(text, c, ev)) &&
      !OTHER_NAME_GAP_RE.test(text.slice(ev.end, c.start)) &&
      // a name inside the event's own title ("..., entitled “World Summit for Social Development and beyond ...”, held in Geneva")
      !(c.start - ev.end < 320 && titledSittingStart(text, sorted, c.start, c.end, c.name) === ev.start) &&
      !duringAssemblySession(ev, c) &&
      !periodAsTopic(text, ev.end, c) &&
      !markedBySitting(text, ev, c) &&
      !(c.start === ev.end + FOR_THE.length && isPurposeOfSitting(text, ev)),
  );
  let limit = Math.min(text.length, ev.end + 400, nextEvent ? nextEvent.start : Infinity);
  // "... of the Second United Nations Games in a timely fashion, so that they can participate in the first meeting of the
  // committee ... in New York in January 2025" (A/RES/78/325 OP4): the dates of a purpose clause are another sitting's
  // (an indexOf, not an alternative of EVENT_WINDOW_STOP_RE: the regex runs at every space of the window)
  // (Math.min on every event: a compare reached only after a "so that" had no type feedback when TurboFan compiled this)
  const soThat = text.indexOf(SO_THAT, ev.end);
  limit = Math.min(limit, soThat < 0 ? limit : soThat);
  // "the 2024 session of the Economic and Social Council and the high-level political forum on sustainable development
  // convened under the auspices of the Council from 8 to 17 July 2024" (A/RES/79/263 PP15): a forum that meets, listed
  // right after the event, takes the dates after it
  if (text.startsWith(AND_THE, ev.end)) {
    const forum = sorted.find((c) => c.start === ev.end + AND_THE.length && c.kind === 'Organization' && FORUM_NAME_RE.test(c.name));
    if (forum && forum.start < limit) limit = forum.start;
  }
  let stop = EVENT_WINDOW_STOP_RE.exec(text.slice(ev.end, limit));
  if (stop && stop[0].endsWith('as ')) {
    const after = ev.end + stop.index + stop[0].length;
    if (SHARED_PARTICIPLE_RE.test(text.slice(after, limit))) {
      const again = EVENT_WINDOW_STOP_RE.exec(text.slice(after, limit));
      stop = null;
      if (again) limit = after + again.index;
    }
  }
  if (stop) limit = ev.end + stop.index;
  const later = LATER_CLAUSE_STOP_RE.exec(text.slice(ev.end, limit));
  if (later && !SITTING_AGAIN_RE.test(text.slice(ev.end + later.index + later[0].length, limit))) limit = ev.end + later.index;
  // "the decision ... adopted by the 1995 Review and Extension Conference of the Parties to the Treaty on 11 May 1995"
  // (A/RES/79/74 PP5, PP7; 78/63, 80/67): the day the text was adopted, not the day the sitting opened
  if (ev.start >= ADOPTED_BY_THE.length && text.startsWith(ON_SPACE, ev.end) && text.startsWith(ADOPTED_BY_THE, ev.start - ADOPTED_BY_THE.length)) return ev.end;
  // "the Sixth Constitutional Convention, established following the referendum held in November 2020" (A/RES/80/103 OP4):
  // a vote held on a date is what the date is of, not the sitting named before it
  const held = text.indexOf(HELD_WORD, ev.end);
  if (held >= 0 && held < limit) {
    const before = text.slice(Math.max(ev.end, held - 40), held);
    const vote = VOTE_BEFORE_HELD_RE.exec(before);
    if (vote) limit = held - before.length + vote.index;
  }
  return limit;
}
const HELD_WORD = ' held ';
/**
 * "the first session of the Preparatory Committee for the eleventh Review Conference of the Parties to the Treaty ..., held
 * from 31 July to 11 August 2023" (A/RES/78/40 PP5; 79/41: "the first and second sessions ..."): a sitting's session or
 * meeting followed by " for the " and another sitting, which it prepares: the venue and dates after both are the session's.
 */
function isPurposeOfSitting(text: string, ev: Candidate): boolean {
  const kind = ev.attrs.eventKind;
  return (kind === 'session' || kind === 'meeting') && text.startsWith(FOR_THE, ev.end);
}
const ADOPTED_BY_THE = 'adopted by the ';
const ON_SPACE = ' on ';
/** A vote right before " held": "the referendum", "the elections that were", "a plebiscite". */
const VOTE_BEFORE_HELD_RE = /\b(?:referendums?|elections?|plebiscites?|polls)(?:\s+(?:that|which)\s+(?:was|were))?$/;

/** A participle right before the dates: "..., to be held in Rwanda from 18 to 21 June 2024". */
// (set off by a comma: "the Preparatory Committee for the third ... Conference ... held from 5 to 8 February 2024" were its meetings)
// (or the event the subject of "will be held", by its name or as "the Conference" in the clause after it: "decided that the
// third United Nations Conference on Landlocked Developing Countries would be held in Kigali for a duration of four days, from
// 18 to 21 June 2024" (A/RES/78/163 OP38), "to host the third United Nations Conference on ..., and decides that the
// Conference will be held in Gaborone for a duration of four days, from 10 to 13 December 2024" (A/RES/78/315 OP1): a comma
// may close the venue and duration)
const HELD_THEN_DATE_RE = /^(?:\s*\([^()]{1,80}\))?\d{0,2}(?:\s*,\s*(?:which\s+(?:was|will\s+be)\s+|to\s+be\s+|will\s+be\s+)?|\s+(?:will|would|shall)\s+be\s+|,\s+and\s+(?:also\s+)?decides\s+that\s+the\s+(?:Conference|Summit)\s+(?:will|would|shall)\s+be\s+)(?:held|convened)\b[^,;.]{0,60},?$/;

/**
 * "the third United Nations Conference on Landlocked Developing Countries, to be held in Rwanda from 18 to 21 June
 * 2024": the text's full dates, printed with the participle, are this mention's even where the gazetteer knows other
 * ones (the conference was moved twice); only for a numbered edition, whose key does not hold its year.
 */
function postponedEdition(ev: Candidate, windowText: string, at: number, start: string): boolean {
  // (or the days right after the name: "decided to convene the third United Nations Conference on Landlocked Developing
  // Countries from 18 to 21 June 2024 in Kigali", A/RES/78/315 PP1)
  // (or its venue and days printed together right after the name: "the third United Nations Conference on Landlocked Developing
  // Countries, in Rwanda from 18 to 21 June 2024", A/RES/78/167 OP12: the venue is read as the plan's, so are its days)
  return start.length === 10 && NUMBERED_EVENT_RE.test(ev.name) && (HELD_THEN_DATE_RE.test(windowText.slice(0, at)) || (at === 0 && FROM_DAYS_RE.test(windowText)) || VENUE_THEN_DAYS_RE.test(windowText.slice(0, at)));
}
/** between a name and its days: ", in Rwanda " (a venue alone, capitalised) */
const VENUE_THEN_DAYS_RE = letterRe(String.raw`^,\s+in\s+\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3}\s*$`, 'u');
/** "from 18 to 21 June 2024" right after an event's name */
const FROM_DAYS_RE = /^\s+from\s+\d/;

const PLURAL_SITTINGS_RE = /\b(?:Conferences|Meetings|Summits|Sessions|Forums|Congresses|Consultations)\b/;

/** Whether ", " and a digit come within the first `n` characters of `s` (no slice, no regex: run for every event). */
function commaDigitWithin(s: string, n: number): boolean {
  for (let i = s.indexOf(', '); i >= 0 && i < n; i = s.indexOf(', ', i + 2)) {
    // guarded read: past the end (", " last) is an out-of-bounds access, which deoptimised the caller
    const c = i + 2 < s.length ? s.charCodeAt(i + 2) : -1;
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** "at its" before a session: what follows is done at the session ("..., on 17 March 2023" is the day of an act). */
const AT_ITS_BEFORE_RE = /\bat\s+its\s+$/;
/** "adopted at the ", "adopted by the ", "adopted during the " right before a sitting's name */
const ADOPTED_AT_BEFORE_RE = /\badopted\s+(?:at|by|during)\s+(?:the\s+)?$/;
/** in the name of a numbered meeting of a treaty's parties: "First Meeting of States Parties to the Treaty ...", "Meeting of the Parties" */
const MEETING_OF_PARTIES = ' Meeting of ';
/** "decides ... to include in the provisional agenda of its ": no other body asked to act in between */
const DECIDES_OWN_AGENDA_RE = /\b[Dd]ecides\b(?:(?!\b(?:requests|invites|encourages|calls\s+upon|urges)\b)[^;])*\bto\s+include\s+in\s+the\s+provisional\s+agenda\s+of\s+$/;
/** A participle that ties a later date to a day: "..., to be held in San Salvador on". */
const DAY_HELD_RE = /\b(?:held|celebrated|observed|commemorated)\b/;
/** More years of a "respectively" list after a year: " and 2026, respectively". */
const RESPECTIVE_YEARS_AFTER_RE = /^(?:,\s*(?:19|20)\d{2})*,?\s+and\s+(?:19|20)\d{2},?\s+respectively/;
/** A single day right after the session, with no participle: ", on 17 March 2023". */
const ON_DAY_RE = /^,?\s*on\s+\d/;

const GA_SESSION_TAIL = ' session of the General Assembly';
/** "eightieth session of the General Assembly" (group 1: the ordinal); not a special or emergency special session */
const GA_REGULAR_SESSION_RE = /^([a-z]+(?:-[a-z]+)?) (?:regular )?session of the General Assembly$/;
/** A meeting named before the regular session of the General Assembly it was held at ("the high-level meeting on sand and
 *  dust storms, by the President of the General Assembly at the seventy-ninth session of the Assembly, ..., held on 10 July
 *  2025", A/RES/80/143 OP4): the session, which takes no venue or day, does not end the meeting's window. */
// (and a debate or dialogue convened at one: "the high-level thematic debate on digital cooperation and connectivity convened
// by the President of the General Assembly at its seventy-fifth session on 27 April 2021", A/RES/78/160 PP16)
const SITTINGS_DURING_SESSIONS: ReadonlySet<unknown> = new Set(['meeting', 'dialogue', 'other']);
function duringAssemblySession(ev: Candidate, next: Candidate): boolean {
  return SITTINGS_DURING_SESSIONS.has(ev.attrs.eventKind) && next.attrs.eventKind === 'session' && next.name.endsWith(GA_SESSION_TAIL) && GA_REGULAR_SESSION_RE.test(next.name);
}
/** Whether the date phrase printed `at` characters after a session of the General Assembly can be its start: any for a
 *  special session (held on the days printed), only the year it opened (1945 + its number) for a regular one; and for one
 *  of these decades' sessions printed without "regular" (the seventieth to the ninety-ninth, not a numbered session of
 *  another assembly keyed with the same name), only printed right after it. */
function assemblySessionYear(name: string, phrase: string, at: number): boolean {
  const m = GA_REGULAR_SESSION_RE.exec(name);
  if (!m) return true;
  if (phrase.length !== 4) return false;
  const n = ordinalValue(m[1]!);
  if (n === undefined || 1945 + n !== Number(phrase)) return false;
  return at <= 30 || n < 70 || n > 99 || name.includes(' regular ');
}

/** After a session's name, its topic then a bare year set off by commas: " devoted to disarmament, in " */
const SESSION_TOPIC_THEN_YEAR_RE = /^\s+devoted\s+to\s+[a-z][a-z ]{2,40},\s+in\s+$/;

/** " to 2030" at a name's end */
const TO_YEAR_END_RE = / to (?:19|20)\d\d$/;
/** events that are spans of the calendar, not sittings: a year after their name with "of" is not their edition's */
const CALENDAR_EVENT_KINDS: ReadonlySet<unknown> = new Set(['decade', 'year', 'week', 'day']);
/** The sitting's name and span without the " of <year>" printed at their end (OF_YEAR_END_RE). */
function cutYearOfName(text: string, ev: Candidate): void {
  const printed = OF_YEAR_END_RE.exec(text.slice(ev.start, ev.end));
  if (printed === null) return;
  const name = ev.name.slice(0, ev.name.length - OF_YEAR_END_RE.exec(ev.name)![0].length);
  // (not where the name left is all generic words, which step 7c keys per resolution: "the Special Conference of 1994" of the
  // Biological Weapons Convention's parties, 78/67 OP7, 79/78, 80/71, stays one node across the texts, keyed with its year)
  if (genericName(name)) return;
  ev.name = name;
  ev.end -= printed[0].length;
}

/** "adopted" between a sitting and a date: the date of an act in it */
const ADOPTED_WORD_RE = /\badopted\b/;
/** "2024 session of the Conference on Disarmament": a sitting named by its year. */
const YEAR_NUMBERED_RE = /^(?:19|20)\d\d (?:[a-z]+ )?session of /;
/** Between a sitting and a date: a participle of a document or act the date is then of ("a statement issued by ... on"). */
const OTHER_DATED_ACT_RE = /\b(?:issued|signed|submitted|published|released|transmitted|circulated)\s+(?:by|on|in)\b/;
/** The next item of a list named after a sitting: ", the Education 2030 Framework for Action" */
const LIST_ITEM_NAMED_RE = /,\s+the\s+[A-Z0-9]/;
/** The event's dates from the first date phrase of its window (`actDay`: a single day right after it is an act's). */
/** A document named before a sitting's name: "the outcome document of the ", "the political declaration of the ". */
const DOCUMENT_OF_BEFORE_RE = /\b(?:document|declaration|report|outcome|statement|decision|resolution|conclusions|communiqu[ée]|plan|programme)s?\s+of\s+(?:the\s+)?$/i;
function eventDates(ev: Candidate, windowText: string, text: string, actDay = false, ofDated = false, ofYear = false): void {
  // (a comma-set date right after the name or venue: tried where a comma and a digit come within the first 70 characters)
  // ("the meeting of the Committee ... of 12 September 2025": a day after "of", right after the name of a sitting with no known
  // dates, and not named as a document's: `ofDated`)
  const dm =
    (ofDated && ev.attrs.startDate === undefined ? EVENT_OF_DATE_RE.exec(windowText) : null) ??
    // (a year alone after "of" is the sitting's, a document's named before it or not: "... on universal health coverage of 2019")
    (ofYear && ev.attrs.startDate === undefined ? EVENT_OF_YEAR_RE.exec(windowText) : null) ??
    (commaDigitWithin(windowText, 70) ? EVENT_COMMA_DATE_RE.exec(windowText) : null) ??
    EVENT_DATE_RE.exec(windowText);
  if (!dm) return;
  // "at the 320th meeting of the Committee addressing the press statement issued by the State Department on 29 August 2025"
  // (A/RES/80/172 OP8): the date of a document or act the words between name is not the sitting's (a cheap test first)
  if (dm.index > 20 && OTHER_DATED_ACT_RE.test(windowText.slice(0, dm.index))) return;
  // (nor the date of another sitting of the body named between: "..., and also at its online informal meeting on 17 September 2020")
  if (dm.index > 20 && OTHER_SITTING_OF_ITS_BEFORE_DATE_RE.test(windowText.slice(0, dm.index))) return;
  // "the World Education Forum 2015, held in Incheon, Republic of Korea, the Education 2030 Framework for Action, adopted on
  // 4 November 2015 by the General Conference ..." (A/RES/80/141 PP17, 78/156 PP13): a day printed with "adopted" is the day
  // the next item of a list was adopted, not the day the sitting opened (but "the political declaration of the second high-level
  // meeting ... on universal health coverage, adopted on 5 October 2023", A/RES/78/203 OP42: the sitting's own declaration, by
  // which its edition is told)
  if (dm.index > 8 && windowText.startsWith('adopted', dm.index - 7) && LIST_ITEM_NAMED_RE.test(windowText.slice(0, dm.index))) return;
  // (nor the days of a lowercase sitting that adopted the list's next item: "..., the Hangzhou outcomes, adopted at the
  // conference on the theme “Culture for sustainable cities”, held in Hangzhou, China, from 10 to 12 December 2015")
  if (dm.index > 30 && windowText.includes(ADOPTED_AT_WORDS) && ITEM_ADOPTED_AT_LOWERCASE_SITTING_RE.test(windowText.slice(0, dm.index))) return;
  // (nor the day of an act named as the verb's next object: "... at its seventy-seventh session, entitled “...” and of the adoption
  // of the WHO Pandemic Agreement through resolution 78.1 on 20 May 2025", A/RES/79/333 PP4)
  if (dm.index > 20 && AND_OF_THE_ACT_RE.test(windowText.slice(0, dm.index))) return;
  // a date after a place or an organizer is still this event's; a year alone only right after the name
  const bare = /^\d{4}$/.test(dm[1]!);
  // ("..., held in 2016", "..., to be held in 2026": the participle says the year is the event's)
  // (not for a plural name: "the Review Conferences held in 2015 and 2022" were several)
  // (or a session's topic between: "at the first special session of the General Assembly devoted to disarmament, in 1978",
  // A/RES/79/37 PP5, 78/34, 80/50)
  if (bare && dm.index >= 3) {
    const before = windowText.slice(0, dm.index + dm[0].indexOf(dm[1]!));
    if (PLURAL_SITTINGS_RE.test(ev.name) || !(HELD_BEFORE_YEAR_RE.test(before) || (ev.attrs.eventKind === 'session' && SESSION_TOPIC_THEN_YEAR_RE.test(before)))) return;
  }
  // ("the sixteenth and seventeenth sessions of the Conference of the Parties, in 2024 and 2026, respectively": the
  // first year is the first session's)
  // (and a day: "the high-level meetings ... to commemorate the tenth and twentieth anniversaries of ..., held on 22 September
  // 2011 and 2021, respectively", A/RES/78/201 PP7: the day is the first meeting's, not the last one's)
  if (RESPECTIVE_YEARS_AFTER_RE.test(windowText.slice(dm.index + dm[0].length, dm.index + dm[0].length + 40))) return;
  // a day's date is printed with it, not far on ("... the International Day for Countering Hate Speech, ... the Guidance
  // Note on Addressing and Countering COVID-19-related Hate Speech on 11 May 2020" dates the note), unless a participle
  // says whose it is ("World Tourism Day 2026, under the theme “...”, to be held in San Salvador on 27 September 2026")
  if (ev.attrs.eventKind === 'day' && dm.index > 40 && !DAY_HELD_RE.test(windowText.slice(0, dm.index))) return;
  // a regular session of the General Assembly runs for a year from its opening in September of 1945 + its number: days or
  // a month printed after it are a meeting's, a debate's or a statement's during it ("the high-level meetings of the
  // General Assembly ... during its eightieth session, on 24 and 25 November 2025", A/RES/80/228 OP4; "the debate ... at the
  // eightieth session of the General Assembly commence on 27 October 2025"), and a year is the session's only when it is
  // that year ("the Declaration on a Culture of Peace ... at the fifty-third session of the General Assembly in 1999" was
  // adopted in the session's second year); and it is dated right after its ordinal ("at its eighty-second session, in
  // 2027"), not by a budget period further on ("a refined comprehensive report at the eighty-first session, as follows: (a)
  // By maintaining the current cost-sharing contribution ..., starting from 1 January 2025", A/RES/79/258 XVIII.OP3)
  if (ev.attrs.eventKind === 'session' && ev.name.endsWith(GA_SESSION_TAIL) && !assemblySessionYear(ev.name, dm[1]!, dm.index)) return;
  const r = withSecondPart(ev, parseDateRange(dm[1]!), text, ev.end + dm.index + dm[0].length);
  if (actDay && !r.end && ON_DAY_RE.test(windowText)) return;
  // a session numbered by its year is dated in that year ("during its 2025 session, bearing in mind the decision ... adopted
  // by the Conference on 29 May 2009", A/RES/79/71 OP3)
  // (nor by a single day, an act's during it: "the adoption of the programme of work for the 2009 session by the Conference on
  // Disarmament on 29 May 2009", A/RES/80/24 PP19)
  // (nor by the days of decisions taken in it: "decisions ... on the establishment of five subsidiary bodies for the 2024 session,
  // adopted on 13 and 19 June 2024", A/RES/79/71 PP10)
  if (
    r.start &&
    ev.name.charCodeAt(4) === 32 &&
    YEAR_NUMBERED_RE.test(ev.name) &&
    (!r.start.startsWith(ev.name.slice(0, 4)) || (r.start.length === 10 && (r.end === undefined || ADOPTED_WORD_RE.test(windowText.slice(0, dm.index)))))
  )
    return;
  // a year or decade does not last some days: "the implementation of the Third International Decade for the
  // Eradication of Colonialism, held in Nadi, Fiji, from 21 to 23 May 2014" dates the seminar
  if (r.end && (ev.attrs.eventKind === 'year' || ev.attrs.eventKind === 'decade')) return;
  // a known one-off event (gazetteer dates) only takes the phrase that confirms its start
  const known = ev.attrs.startDate;
  if (r.start && typeof known === 'string' && known.length < r.start.length && r.start.startsWith(known)) {
    // the gazetteer knows the month ("2026-12"), the text gives the days: the text is more precise
    ev.attrs.startDate = r.start;
    if (r.end) ev.attrs.endDate = r.end;
    ev.attrs.datePhrase = { start: ev.end + dm.index + dm[0].indexOf(dm[1]!), end: ev.end + dm.index + dm[0].length };
  } else if (r.start && known !== undefined && r.start === known) {
    // the gazetteer knows the first day only, the text prints the last too: "the 2021 United Nations Food Systems Summit,
    // convened by the Secretary-General on 23 and 24 September 2021" (A/RES/79/276 PP26, 78/168, 79/227, 80/210)
    if (r.end && ev.attrs.endDate === undefined) ev.attrs.endDate = r.end;
    ev.attrs.datePhrase = { start: ev.end + dm.index + dm[0].indexOf(dm[1]!), end: ev.end + dm.index + dm[0].length };
  } else if (r.start && typeof known === 'string' && known.length > r.start.length && known.startsWith(r.start)) {
    // the text gives less than the gazetteer knows ("the United Nations Conference on Environment and Development, held
    // in Rio de Janeiro, Brazil, in June 1992"): the node keeps the day, the paragraph states the month
    ev.attrs.datePhrase = { start: ev.end + dm.index + dm[0].indexOf(dm[1]!), end: ev.end + dm.index + dm[0].length };
    ev.attrs.printedStart = r.start;
  } else if (r.start && (known === undefined || postponedEdition(ev, windowText, dm.index, r.start))) {
    // (the gazetteer's venue goes with its dates: the venue printed here is read next)
    if (known !== undefined) delete ev.attrs.location;
    ev.attrs.startDate = r.start;
    if (!r.end) delete ev.attrs.endDate;
    if (r.end) ev.attrs.endDate = r.end;
    ev.attrs.datePhrase = { start: ev.end + dm.index + dm[0].indexOf(dm[1]!), end: ev.end + dm.index + dm[0].length };
  }
}

/**
 * A session's dates when its second part follows those of its first (SECOND_PART_DATES_RE): it ends with the second part. Read
 * in the paragraph from `at`, where the first part's dates end, not in the event's window: a sitting named in a relative clause
 * between the parts ("which will coincide with the commemoration of the seventy-fifth anniversary of the Commission", A/RES/78/108
 * OP17) ends the window before the second part.
 */
function withSecondPart(ev: Candidate, range: { start?: string; end?: string }, text: string, at: number): { start?: string; end?: string } {
  if (ev.attrs.eventKind !== 'session' || range.end === undefined) return range;
  const m = SECOND_PART_DATES_RE.exec(text.slice(at, at + SECOND_PART_REACH));
  if (m === null) return range;
  const second = parseDateRange(m[1]!);
  // (the same year, after the first part: "held from 31 July to 11 August 2023 and from 22 July to 2 August 2024" dates two sessions)
  if (second.start === undefined || second.end === undefined || second.start <= range.end || !second.start.startsWith(range.end.slice(0, 4))) return range;
  return { start: range.start, end: second.end };
}

/** how far after a session's first part its second part is looked for: a relative clause (160) and the second part's days */
const SECOND_PART_REACH = 240;

/** A citation between an event and a place: "..., of resolution 72/7 of 19 May 2016 on ... in Asia and the Pacific". */
const CITATION_IN_GAP_RE = /\d\/\d|\b[A-Z]{1,3}\/[A-Z0-9]/;

/**
 * "We, the Heads of State and Government and high representatives, have met at United Nations Headquarters in New York on
 * 18 and 19 September 2023, at the Sustainable Development Goals Summit" (A/RES/78/1 annex OP1), "met in Awaza, Turkmenistan,
 * from 5 to 8 August 2025 at the Third United Nations Conference on Landlocked Developing Countries" (80/3), "have gathered in
 * Doha from 4 to 6 November 2025 at the Second World Summit for Social Development" (80/5): a declaration's opening prints where
 * and when its signatories met before the sitting's name. Group 1: the dates; the venue starts at the match.
 */
const MET_BEFORE_RE = /\b(?:met|meeting|gathered|assembled)\s+(?:at|in)\s+[^;:]{3,120}?\s(?:on|from)\s+(\d[^;:]{4,40}?(?:19|20)\d\d),?\s+at\s+the\s+$/;

/** the match of MET_BEFORE_RE before `ev`, in a declaration's opening ("We, ...") only */
function metBefore(text: string, ev: Candidate): RegExpExecArray | null {
  if (ev.start > 400 || !text.startsWith('We, ')) return null;
  const from = Math.max(0, ev.start - 300);
  const m = MET_BEFORE_RE.exec(text.slice(from, ev.start));
  if (m) m.index += from;
  return m;
}

/** The dates and venue metBefore reads, set as the sitting's (its venue: the city, "at United Nations Headquarters in New York"). */
function datedAndPlacedBefore(text: string, ev: Candidate, sorted: readonly Candidate[]): void {
  const m = metBefore(text, ev);
  if (!m) return;
  const r = parseDateRange(m[1]!);
  const known = ev.attrs.startDate;
  if (!r.start || (known !== undefined && known !== r.start)) return;
  const dateAt = m.index + m[0].lastIndexOf(m[1]!);
  ev.attrs.startDate = r.start;
  if (r.end) ev.attrs.endDate = r.end;
  ev.attrs.datePhrase = { start: dateAt, end: dateAt + m[1]!.length };
  const places = sorted.filter((p) => p.kind === 'Place' && p.start > m.index && p.end <= dateAt);
  if (places.length === 0) return;
  // "at United Nations Headquarters in New York": the city; "in Awaza, Turkmenistan": the town before its country
  const second = places.length > 1 ? places[1]! : undefined;
  const place = second && /^\s+in\s+$/.test(text.slice(places[0]!.end, second.start)) ? second : places[0]!;
  ev.attrs.location = place.name;
  ev.attrs.venue = [place.name];
  pairedVenueAt.set(ev.attrs, place.start);
}

/** right before a venue's "in": ", and in 2034 " (another edition's year) */
const AND_IN_YEAR_BEFORE_VENUE_RE = /\band\s+in\s+(?:19|20)\d\d\s+$/;
/** Venue: the first place in the window preceded by "in"/"held in" (and the country after a city), where the words
 *  between let it be the venue (as the HELD_IN attribution reads them: no quoted title, citation or long stretch). */
function eventVenue(text: string, ev: Candidate, sorted: readonly Candidate[], limit: number): void {
  // (where a topic's place ends, once one is passed, as the HELD_IN attribution reads it: AFTER_TOPIC_VENUE_GAP_RE)
  let topicEnd = -1;
  for (const p of sorted) {
    if (p.kind !== 'Place' || p.start < ev.end || p.start >= limit) continue;
    // (held virtually, then another sitting "held in" a place: HELD_VIRTUALLY_RE)
    if (p.start - ev.end > 20 && HELD_VIRTUALLY_RE.test(text.slice(ev.end, p.start))) break;
    const before = text.slice(Math.max(ev.end, p.start - 40), p.start);
    const inAt = VENUE_IN_AT_RE.exec(before);
    if (!inAt || !VENUE_BEFORE_RE.test(before)) continue;
    const gapEnd = p.start - before.length + inAt.index;
    if (topicEnd >= 0) {
      if (!AFTER_TOPIC_VENUE_GAP_RE.test(text.slice(topicEnd, p.start))) break;
    } else {
      const words = venueGapWords(text, ev.end, gapEnd);
      if (!words && topicInVenueGap(text.slice(ev.end, gapEnd))) topicEnd = p.end;
      if (!words || (words === 'near' && CITATION_IN_GAP_RE.test(text.slice(ev.end, gapEnd)))) continue;
    }
    // "the Winter Games in 2030 in the French Alps, France, and in 2034 in Salt Lake City" (A/RES/79/8 PP29): the venue after
    // "and in <year>" is the next edition's (as the HELD_IN attribution reads it)
    if (AND_IN_YEAR_BEFORE_VENUE_RE.test(text.slice(Math.max(ev.end, gapEnd - 24), gapEnd))) break;
    if (ev.attrs.location === undefined) ev.attrs.location = p.name;
    // no spread of `?? []`: an empty literal has another elements kind (a "wrong map" deopt)
    const venue = ev.attrs.venue as string[] | undefined;
    ev.attrs.venue = venue === undefined ? [p.name] : venue.concat(p.name);
    // "in Quito, Ecuador": the country after the city belongs to the same venue
    const next = sorted.find((q) => q.kind === 'Place' && q.start > p.end && q.start < limit);
    if (next && CITY_COUNTRY_GAP_RE.test(text.slice(p.end, next.start))) ev.attrs.venue = (ev.attrs.venue as string[]).concat(next.name);
    break;
  }
}

// ---------------------------------------------------------------------------------------------
// The analysis

let cacheText: string | undefined;
let cacheCtx: RecognizeContext | undefined;
let cacheResult: EntityMention[] = [];

function toMention(text: string, c: Candidate): EntityMention {
  // a copy without the hidden keys (copying rather than deleting keeps the object in fast mode)
  const attrs: Record<string, unknown> = {};
  for (const k in c.attrs) if (k !== 'datePhrase' && k !== 'venue' && k !== 'series' && k !== 'listedWith' && k !== 'printedStart' && k !== 'unplaced' && k !== 'qualifier') attrs[k] = c.attrs[k];
  const end = endWithoutPossessive(text, c);
  const phrase = text.slice(c.start, end);
  const committeeName = councilCommitteeName(c);
  if (c.kind === 'Organization') {
    const printed = normaliseName(phrase);
    // (not a city read as its United Nations office, unOfficesAtCities: "Vienna" is no name of the office)
    attrs.aliases = printed !== (committeeName ?? c.name) && c.via !== 'special' ? [printed] : [];
  }
  if (c.kind === 'Place' && attrs.country === undefined) delete attrs.country;
  // a sitting "of the Group of 77" is keyed "of the Group of 77 and China" (eventKey): its name says so too, whichever
  // text names the node first (A/RES/78/160 OP42 before 78/259 PP3)
  const name = c.kind === 'Event' && c.name.endsWith(OF_THE_GROUP_OF_77) ? `${c.name} and China` : (committeeName ?? c.name);
  const key = namedKey(c.kind, c.name, c.attrs);
  // "the Thirteenth Summit Conference of Heads of State or Government of Non-Aligned Countries", "the Fourteenth Conference"
  // (A/RES/79/30 PP11), "the Islamic Summit Conference": a summit whatever head word its name ends with (the Movement's are keyed
  // "<Ordinal> Summit of ...", eventKey), not a conference; else one node took "summit" from one text and "conference" from another
  if (attrs.eventKind === 'conference' && (key.endsWith(NAM_SUMMIT_KEY_TAIL) || c.name.includes(SUMMIT_CONFERENCE))) attrs.eventKind = 'summit';
  return { kind: c.kind, key, name, attrs, phrase, start: c.start, end };
}
/** the end of a summit of the Non-Aligned Movement's key (NAM_SUMMIT_KEY) */
const NAM_SUMMIT_KEY_TAIL = ' Summit of Heads of State or Government of Non-Aligned Countries';
const SUMMIT_CONFERENCE = 'Summit Conference';

/**
 * The end of a candidate without the possessive printed after the name: "acknowledges the Trust Fund’s effectiveness"
 * (A/RES/78/167 OP16), "the Scientific Committee’s work" (78/71), "the African Union’s role": the body is "Trust Fund", its
 * alias no "Trust Fund’s". Not a place whose name ends so ("in St. John’s", "Saint George’s"), nor a name that does.
 */
function endWithoutPossessive(text: string, c: Candidate): number {
  const e = c.end;
  if (e - c.start < 4 || text.charCodeAt(e - 1) !== 115 /* s */ || c.kind === 'Place') return e;
  const apostrophe = text.charCodeAt(e - 2);
  if (apostrophe !== 0x2019 && apostrophe !== 39) return e;
  return withoutPossessive(c.name) === c.name ? e - 2 : e;
}

/** Hidden per-mention data the attribution finder uses (dates phrase span, venues). */
export interface EventDetail {
  datePhrase?: Span;
  /** the start the date phrase prints where it says less than the event's known start ("in June 1992" of 3 June 1992) */
  printedStart?: string;
  venue?: string[];
  /** a recurring event or a short back-reference: takes no venue or dates from this paragraph */
  recurring?: boolean;
  /** a year, decade or undated day, or an event named for its anniversary or launch: held nowhere the paragraph says */
  unplaced?: boolean;
  /** the last event of the list this one is printed in, whose venue (printed after it) this one shares */
  listedWith?: EntityMention;
  /** where its own venue is printed, when the list pairs a venue with each of its events ("..., in Yaoundé from ...") */
  venueAt?: number;
  /** the key of the sitting it is a segment or meeting of ("the high-level segment of the <Congress>") */
  partOf?: string;
  /** where its host is printed, when that is not right after its name ("... and by Sierra Leone on 17 and 18 April 2024") */
  hostAt?: number;
}
// eventDetails and namedOrganizations hold the mentions of the resolution being scanned (its context): strong
// maps, replaced when a scan comes with another context. A WeakMap and a WeakSet of every mention ever made
// cost more to add to (the WeakSet add was half the own time of toMentions) and grew the ephemeron tables GC walks.
// Callers ask about a mention before they scan the next resolution (extractWithReferences works one at a time).
let flagsFor: RecognizeContext | undefined;
let eventDetails = new Map<EntityMention, EventDetail>();
export function eventDetail(m: EntityMention): EventDetail | undefined {
  return eventDetails.get(m);
}

/** Organizations printed by name or acronym, not by a short form ("the Council": whichever council was named last). */
let namedOrganizations = new Set<EntityMention>();
/** Generic organs keyed with whose they are ("its Advisory Committee": "Advisory Committee (Human Rights Council)"): the qualifier,
 *  a hidden key toMention leaves out of the node's attributes */
let organQualifiers = new Map<EntityMention, string>();
/** The body, resolution or instrument a generic organ's key names as whose it is (qualifyGenericNames), if any. */
export function organQualifier(m: EntityMention): string | undefined {
  return organQualifiers.get(m);
}
/** Whether an Organization mention printed the organization's own name (or acronym): it stands for it wherever it is printed. */
export function isNamedOrganization(m: EntityMention): boolean {
  return namedOrganizations.has(m);
}

// Words without which a step's regexes cannot match (or are not run: "meeting" gates the meetings scan),
// tested for once per paragraph with the other PARAGRAPH_WORDS (paragraphWords.ts).
export { GATE_WORDS, gateWordsIn };
const GATE_BIT = new Map<string, number>(GATE_WORDS.map((w, i) => [w, 1 << i]));
const gateBits = (...words: string[]): number => words.reduce((bits, w) => bits | GATE_BIT.get(w)!, 0);
/** mandate holders with a lowercase topic: every such name contains one of these */
const TOPIC_GATE = gateBits('Rapporteur', 'Expert', 'orking', 'Envoy', 'Representative', 'Adviser', 'Ad Hoc');
const SESSION_GATE = gateBits('session', 'meeting');
const WORKING_GATE = gateBits('orking');
const MEETING_GATE = gateBits('meeting', 'segment', 'event', 'dialogue');
const CONVENTION_GATE = gateBits('Convention', 'thereto');
/** a lowercase forum on a topic (lowercaseSittings' own gate) */
const FORUM_ON = ' forum on ';
/** a forum named by the ministers who sat at it (A/RES/79/68 OP24): a gate of its own as FORUM_ON is */
const FORUM_OF_MINISTERS = ' forum of ministers ';
/** a lowercase world congress (A/RES/78/207 OP2): a gate of its own as FORUM_ON is */
const WORLD_CONGRESS = ' world congress ';
/** lowercase sittings: "global conference", "thematic debate", "expert group meeting", "first regional consultation" */
const SITTING_GATE = gateBits('meeting', 'conference', 'debate', 'symposium', 'workshop', 'dialogue', 'panel discussion', 'consultation');
const SEMINAR_GATE = gateBits('regional seminar');
const ENVOY_GATE = gateBits('Envoy');

/** PARAGRAPH_WORDS the steps below ask about */
const BETWEEN = wordIndex(' between ');
const BY = wordIndex(' by ');
const SERVING_AS = wordIndex('serving as');
const PLUS = wordIndex('+');
const ENTITLED_QUOTE = wordIndex('entitled “');
/** entitledStrategies' second gate */
const STRATEGY_WORD = 'strategy';
const INITIATIVE_WORD = wordIndex(' initiative');
const TWENTY = wordIndex('20');
const ACTION_LINE = wordIndex('ction line');
const C7 = wordIndex('C7');
/** "C1" to "C9": what every action line code starts with */
const CODE_STARTS = (['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9'] as const).map(wordIndex);
const HELD_IN = wordIndex('held in');
const THERETO = wordIndex('thereto');
const ITS_OUTCOME = wordIndex('its outcome');

/**
 * What the entity scan reads of a text before it looks at the resolution: the gate words it contains, its capitalised
 * chunks and "the <head>" short forms, where its words start, the gazetteer names there. Pure functions of the text
 * alone, so that the "references" ingest worker reads them (recognizeReferences, ingest/extract.ts) and the "entities"
 * worker, which has more work, only scans for the rest (see giveTextFacts). The gazetteer names were left out once, when
 * they made the references worker the busier (perfcpu over corpus-ga, % of all CPU: references 25.8-26.6, entities
 * 21.9-22.2); since, the entities worker has grown to twice the references worker's thread CPU. Session 40 (spd40a),
 * KG_TIMELINE thread CPU over files, alternating runs at host load 16-21: references 4.0-4.2 s -> 4.6-4.8 s, entities
 * 8.9-9.8 s -> 8.3-9.0 s.
 */
export interface TextFacts {
  words: TextWords;
  chunks: TextSpan[];
  heads: DeterminedHead[];
  /** where words start (ascending): where the entity scan looks gazetteer names up */
  wordStarts: Int32Array;
  /** the gazetteer names, looked up at wordStarts (scanGazetteer) */
  hits: GazetteerHit[];
}

// Session 47 (spd47a): the word starts kept by readTextFacts are views of a shared block, not each a slice of its own. A typed
// array's slice makes a new ArrayBuffer (a backing store from the allocator, its extension tracked and swept by every GC); a view
// of a block is one small object. CPU profile of a one-thread ingest of all of corpus-ga: the slice line was 0.4% of its samples;
// alone, 200,000 copies of 40-240 starts: slice 224-300 ms, block views 74-117 ms. A block lives while a view of it does: the
// facts go to the wire element by element (references-wire.ts factsInto) and are dropped with the file's references.
// With this session's other changes (documents.ts findDocumentRefs' one "entitled " search; plain searches for one phrase in
// clauses.ts splitClauses and extract.ts declarationsAdoptedAtThatSitting; indexed loops in chunkCandidates, matchAt, findDates,
// knownNameCandidates, shortFormCandidates, registerKept, clauseAt, splitClauses): one-thread ingest of all of corpus-ga (the
// bench:instructions bundle, the ingest flags, fixed seeds), process CPU user+sys, base and this run at once, host load 16-20,
// three rounds: 18.03 / 17.99 / 17.05 s -> 17.69 / 17.57 / 16.80 s (-1.9% mean); same graph counts, golden dump cmp-identical.
// bench:instructions --step 30 (31 files: start-up and compiles most of it): 6,769,194,179 -> 6,760,126,203 before the plain
// searches (-0.13%), 6,626,419,117 with them (-2.11%: in that short run, one paragraph filter built per paragraph for splitClauses
// in the references stage was a large share of the per-paragraph work).
/** how many word starts one shared block holds (256 KB; a text with more gets a block of its own size) */
const KEPT_STARTS_BLOCK = 65536;
let keptStartsBlock = new Int32Array(KEPT_STARTS_BLOCK);
let keptStartsUsed = 0;

/** A copy of `starts` that no later scanCapitals overwrites: a view of the shared block. */
function keptWordStarts(starts: Int32Array): Int32Array {
  const n = starts.length;
  if (keptStartsUsed + n > keptStartsBlock.length) {
    keptStartsBlock = new Int32Array(Math.max(KEPT_STARTS_BLOCK, n));
    keptStartsUsed = 0;
  }
  const kept = keptStartsBlock.subarray(keptStartsUsed, keptStartsUsed + n);
  kept.set(starts);
  keptStartsUsed += n;
  return kept;
}

/** The TextFacts of `text`. */
export function readTextFacts(text: string): TextFacts {
  const capitals = scanCapitals(text, SHORT_HEAD_SET, BARE_SHORT_FORM_SET, ANY_HEAD);
  // the word starts copied: scanCapitals' are a view of a buffer its next call overwrites
  const wordStarts = keptWordStarts(capitals.wordStarts);
  return { words: textWords(text), chunks: capitals.chunks, heads: capitals.heads, wordStarts, hits: scanGazetteer(text, wordStarts) };
}

function textFactsOf(text: string, capitals: CapitalScan): TextFacts {
  return { words: textWords(text), chunks: capitals.chunks, heads: capitals.heads, wordStarts: capitals.wordStarts, hits: scanGazetteer(text, capitals.wordStarts) };
}

let givenText: string | undefined;
let givenFacts: TextFacts | undefined;

/**
 * The facts of `text` as readTextFacts read them (maybe in another thread): the next scan of `text` uses them instead of
 * reading them again. Any text the scan meets without given facts (a slice of a title) is read as it comes.
 */
export function giveTextFacts(text: string, facts: TextFacts): void {
  givenText = text;
  givenFacts = facts;
  rememberTextWords(text, facts.words);
}

// scanNamedEntities runs the steps below in order. Each step is its own function (most too large
// for V8 to inline) so that a deopt in one step recompiles that step, not the whole analysis: as one
// function it was compiled 7-9 times per cold pass at 0.4-0.9 s of TurboFan time each.
//
// The steps between the few that make the scan's lists run from tables (SCAN_STEPS_*), each step checking its own gate:
// one call site in runScanSteps calls them all, seen with many targets at once, so V8 inlines none into
// scanNamedEntities. Why: a step gated by a rare phrase ("if (text.includes(...)) step(...)") was a call site that
// had never run when TurboFan compiled scanNamedEntities; the first paragraph that took it deoptimised the whole
// function ("insufficient type feedback for call"), compiled again with everything inlined into it. Each step added so
// added a recompile: 8 compiles of scanNamedEntities per ingest of corpus-ga (session 26), one now.

/** One paragraph's scan as its steps see it: the text and resolution, and the candidate lists made so far. */
interface Scan {
  readonly text: string;
  readonly ctx: RecognizeContext;
  readonly state: ResolutionState;
  readonly words: TextWords;
  /** the gate words the paragraph contains (gateWordsIn) */
  readonly gates: number;
  /** what "the Convention" meant before this paragraph: names registered while scanning it may come after a mention */
  readonly conventionBeforeParagraph: Ref | undefined;
  /** every candidate so far */
  readonly cands: Candidate[];
  /** the "the <head>" short forms read (step 3) */
  shorts: Candidate[];
  /** short forms left for nearestNamedBefore (7d) */
  readonly pendingShorts: Candidate[];
  /** candidates of the name patterns (step 4) */
  patternCands: Candidate[];
  /** the candidates kept after places inside names are dropped (step 7) */
  kept: Candidate[];
}
type ScanStep = (s: Scan) => void;

function runScanSteps(steps: readonly ScanStep[], s: Scan): void {
  for (let i = 0; i < steps.length; i++) steps[i]!(s);
}

/** 2. acronyms defined earlier in the resolution (not in the gazetteer) */
const SCAN_STEPS_KNOWN: readonly ScanStep[] = [(s) => { if (s.state.acronyms.size) addDefinedAcronyms(s.text, s.state, s.cands); }];

const SCAN_STEPS_SHORT: readonly ScanStep[] = [
  // 3'''. "the articles", "the draft articles" once the International Law Commission's articles were named (gated on the
  // resolution's state or on a gazetteer name of the paragraph: no scan of other texts)
  (s) => { if (s.state.ilcArticles !== undefined || s.cands.some(isIlcArticles)) ilcArticlesNamedBefore(s.text, s.cands, s.state); },
  // 3''''. "the guiding principles" once "the guiding principles on extreme poverty and human rights" were named: a gazetteer
  // entry's short form in lower case, which no capitalised head finds (gated on the resolution's state or the paragraph's entries)
  (s) => { if (s.state.lowerShorts.size !== 0 || s.cands.some(hasLowerShortForms)) lowerShortFormsNamedBefore(s.text, s.cands, s.state); },
  // 3'''''. "Invites the United Nations High Commissioner for Human Rights ..., and also invites his Office": the officer's office
  // (gates: a first character that is rare in the texts is searched fast; "Office" first, then the two forms)
  (s) => { if (textIncludes(s.text, OFFICE) && (textIncludes(s.text, HIS_OFFICE) || textIncludes(s.text, HER_OFFICE))) officesOfOfficers(s.text, s.cands); },
  // 3'. "the decision of the Assembly to extend the current strategic plan of the Authority": the Authority's Assembly
  // (no text scan: a look at the few candidates, as for step 3'')
  (s) => assemblyOfTheAuthority(s.text, s.cands),
  // 3''. "developed by the World Tourism Organization and adopted at the twenty-fifth session of its General Assembly"
  (s) => assemblyOfItsOwner(s.text, s.cands),
  // 3'''. "adopted by the General Conference of the Agency at its sixty-seventh regular session": the agency's organ
  // (a look at the short forms only)
  (s) => { if (s.shorts.length) generalConferencesOfShortForms(s.text, s.shorts, s.cands); },
];

const SCAN_STEPS_MANDATES: readonly ScanStep[] = [
  // 4a'. "the Special Rapporteurs on A, on B and on C": one known mandate each (a search only where "Rapporteur" is)
  (s) => { if (s.gates & TOPIC_GATE && textIncludes(s.text, SPECIAL_RAPPORTEURS)) pluralMandates(s.text, s.cands); },
  // 4a''. "the final report of the open-ended working group established pursuant to resolution 76/233": that resolution's group
  (s) => { if (textIncludes(s.text, LOWER_OEWG_ESTABLISHED)) lowerWorkingGroupsOfResolutions(s.text, s.cands, s.ctx); },
  // 4a'''. "the working group of the Sixth Committee", "its working group": the Committee's working group on the text's topic
  (s) => {
    if (textIncludes(s.text, WORKING_GROUP_WORDS)) sixthCommitteeWorkingGroups(s.text, s.cands, s.ctx, s.state, WORKING_GROUP_WORDS);
    if (textIncludes(s.text, CAPITAL_SIXTH_COMMITTEE_WORKING_GROUP)) sixthCommitteeWorkingGroups(s.text, s.cands, s.ctx, s.state, CAPITAL_WORKING_GROUP_WORDS);
  },
  // 4a''''. "an interactive multi-stakeholder hearing", then "the hearing": the resolution's own hearing
  (s) => { if (textIncludes(s.text, HEARING_WORD)) unnamedHearings(s.text, s.cands, s.ctx, s.state); },
];

const HEARING_WORD = 'hearing';
/** the key the resolution's state keeps its hearing under */
const UNNAMED_HEARING = 'unnamed hearing';
/**
 * "Requests the President of the General Assembly ... to organize and preside over an interactive multi-stakeholder hearing,
 * before the end of June 2024" (A/RES/78/269 OP6; 79/273, 79/286, 79/288, 79/333, 79/199): the hearing a modalities text sets
 * up has no name of its own; one Event per resolution, keyed with it as a generic name is (qualifyGenericName), as "the working
 * group of the Sixth Committee" is. The same hearing printed again in the resolution, "a summary of the hearing" (OP6), "the
 * multi-stakeholder hearing" (OP13), is that node; a bare "the hearing" only once the resolution named one (not "permit the
 * hearing to take place by videoconference", 79/243, a court's).
 */
function unnamedHearings(text: string, cands: Candidate[], ctx: RecognizeContext, state: ResolutionState): void {
  const qualifier = ctx.symbol;
  if (qualifier === undefined) return;
  UNNAMED_HEARING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = UNNAMED_HEARING_RE.exec(text))) {
    const named = state.last.get(UNNAMED_HEARING);
    if (m[2] === undefined && named === undefined) continue;
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    const name = named?.name ?? m[1]!.replace('‑', '-');
    const c = candidate('Event', name, { qualifier }, start, end, 'special');
    cands.push(c);
    state.last.set(UNNAMED_HEARING, c);
  }
}

const WORKING_GROUP_WORDS = 'working group';
const CAPITAL_WORKING_GROUP_WORDS = 'Working Group';
/**
 * "the oral report of the Chair of the Working Group of the Sixth Committee on its work during the seventy-ninth session"
 * (A/RES/79/129 PP35, 78/115, 80/171): the same group printed with capitals; read only with its owner printed after it (a bare
 * "the Working Group" may be the short form of another group's name)
 */
const CAPITAL_SIXTH_COMMITTEE_WORKING_GROUP = 'Working Group of the Sixth Committee';
/** the name of the Sixth Committee's working group, and the short form the resolution's state keeps it under */
const SIXTH_COMMITTEE_WORKING_GROUP = 'working group of the Sixth Committee';
/**
 * "Invites the working group of the Sixth Committee, to be established at its eighty-first session, to consider ..." (A/RES/80/168
 * OP3, 78/113, 79/127), "within the framework of a working group of the Sixth Committee" (80/159, 80/160), "the report of the
 * working group of the Sixth Committee convened at the seventy-seventh and seventy-eighth sessions" (80/169 OP3): the working
 * group the Assembly sets up in its Legal Committee on the text's topic, printed in lower case; one node per resolution, keyed
 * with it as a generic name is (qualifyGenericName), PART_OF the Committee (the Committee inside its span, nestedOrganizations).
 * The same group printed again: "a working group of the Committee" after "the Sixth Committee" in its paragraph (80/169 OP15),
 * "in the Sixth Committee, including in the context of its working group" (80/168 PP4), "the working group" once named in the
 * resolution (80/168 OP5). Not "the working group on ...", "the working group established ..." (another group's name).
 */
function sixthCommitteeWorkingGroups(text: string, cands: Candidate[], ctx: RecognizeContext, state: ResolutionState, words: string): void {
  const qualifier = ctx.symbol;
  if (qualifier === undefined) return;
  const capitalised = words === CAPITAL_WORKING_GROUP_WORDS;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) {
    const before = WORKING_GROUP_DETERMINER_BEFORE_RE.exec(text.slice(Math.max(0, at - 6), at));
    if (!before || (at > 0 && text.charCodeAt(at - 1) !== 0x20)) continue;
    const end = at + words.length;
    const owner = SIXTH_COMMITTEE_AFTER_RE.exec(text.slice(end, end + 24));
    if (capitalised && owner?.[1] === undefined) continue;
    let start = at;
    let stop = end;
    if (owner) {
      // ("of the Committee": the Sixth Committee only where this paragraph named it before)
      if (owner[1] === undefined && !cands.some((c) => c.kind === 'Organization' && c.name === SIXTH_COMMITTEE && c.end <= at)) continue;
      stop = end + owner[0].length;
    } else if (before[1] === 'its') {
      // ("its working group": the Sixth Committee named last before it in the paragraph)
      let last: Candidate | undefined;
      for (const c of cands) if (c.kind === 'Organization' && c.end <= at && (last === undefined || c.start > last.start)) last = c;
      if (last?.name !== SIXTH_COMMITTEE) continue;
      start = at - 4;
    } else if (before[1] !== 'the' || state.last.get(SIXTH_COMMITTEE_WORKING_GROUP) === undefined || WORKING_GROUP_NAMED_AFTER_RE.test(text.slice(end, end + 16))) continue;
    if (cands.some((c) => c.start < stop && start < c.end && !(c.kind === 'Organization' && c.name === SIXTH_COMMITTEE))) continue;
    const c = candidate('Organization', SIXTH_COMMITTEE_WORKING_GROUP, { qualifier }, start, stop, 'special');
    cands.push(c);
    state.last.set(SIXTH_COMMITTEE_WORKING_GROUP, c);
  }
}
const SIXTH_COMMITTEE = 'Sixth Committee';
/** "the", "a" or "its" right before "working group" (group 1) */
const WORKING_GROUP_DETERMINER_BEFORE_RE = /(?:^|\s)(the|a|its)\s$/;
/** right after "working group": " of the Sixth Committee" or " of the Committee" (group 1: "Sixth "), then no more name */
const SIXTH_COMMITTEE_AFTER_RE = /^ of the (Sixth )?Committee(?![\w-]| on | of | for )/;
/** after "the working group": the rest of another group's name or a participle naming it ("on ...", "established ...") */
const WORKING_GROUP_NAMED_AFTER_RE = /^[\w-]|^\s+(?:on|of|for|to|established|set|created|mandated)\b/;

const LOWER_OEWG = 'open-ended working group';
const LOWER_OEWG_ESTABLISHED = 'open-ended working group established';
/**
 * "Recalling the final report of the open-ended working group established pursuant to resolution 76/233, contained in document
 * A/78/111" (A/RES/80/43 PP3; 79/40, 80/38 PP; "established by resolution 76/231", A/RES/78/...): the group printed in lower case
 * without its topic is the one the resolution set up, keyed with it as "the Group of Governmental Experts established pursuant
 * to resolution 72/55" is (qualifyGenericName); it was not read at all. Only after "the" (not "an open-ended working group
 * established ...", a group the text sets up now, nor a longer name already read).
 */
function lowerWorkingGroupsOfResolutions(text: string, cands: Candidate[], ctx: RecognizeContext): void {
  for (let at = text.indexOf(LOWER_OEWG_ESTABLISHED); at >= 0; at = text.indexOf(LOWER_OEWG_ESTABLISHED, at + LOWER_OEWG_ESTABLISHED.length)) {
    if (at < 4 || !text.startsWith('the ', at - 4)) continue;
    const end = at + LOWER_OEWG.length;
    if (cands.some((c) => c.start < end && at < c.end)) continue;
    const q = establishingResolution(text, end, ctx);
    if (q === undefined) continue;
    cands.push(candidate('Organization', LOWER_OEWG, { qualifier: q }, at, end, 'special'));
  }
}

const SCAN_STEPS_PATTERN: readonly ScanStep[] = [
  // 4''. "in accordance with the 2009 Constitution", "the Cayman Islands Constitution (Amendment) Order 2020": no constitution named
  (s) => { if (textIncludes(s.text, CONSTITUTION)) withoutUnnamedConstitutions(s.text, s.patternCands); },
  // 4'''. "the United Nations-Nippon Foundation capacity-building programmes": two partners glued by a hyphen, not one body
  (s) => { if (textIncludes(s.text, UNITED_NATIONS_HYPHEN)) partnersGluedToUnitedNations(s.text, s.patternCands); },
  // 4'''''. "Decides to abolish ... (e) One post of Military Adviser (P-4)": a post's title, no body (budget texts only print "post of")
  (s) => { if (textIncludes(s.text, POST_OF) || textIncludes(s.text, POSTS_OF) || textIncludes(s.text, POSITION_OF)) withoutPostTitles(s.text, s.patternCands); },
  // 4'. "the ninth and tenth Review Conferences of the Parties to ...", "the Thirteenth and Fourteenth Congresses": one each
  (s) => {
    const text = s.text;
    if (textIncludes(text, ' and ') && LISTED_EDITION_NOUNS.some(([plural]) => textIncludes(text, plural))) listedEditions(text, s.patternCands, s.cands);
  },
  // 4'(pair). "the United Nations Conferences on Human Settlements (Habitat II) and on Housing ...": one sitting each
  (s) => {
    const text = s.text;
    // (the plural nouns first: their filter bits answer nearly every text, where " and on " and " and of " were searched in full)
    if (ELLIPTICAL_PLURAL_NOUNS.some(([plural]) => textIncludes(text, plural)) && (textIncludes(text, AND_ON) || textIncludes(text, AND_OF))) ellipticalPairs(text, s.patternCands, s.cands);
  },
];

const SCAN_STEPS_NAMED: readonly ScanStep[] = [
  // 4a''''''. "Committee II of the Fourteenth Congress": the sitting an organ is named after, by its ordinal short form
  (s) => { if (textIncludes(s.text, ORGAN_OF_SITTING_GAP)) ordinalSittingsOwningOrgans(s.text, s.cands, s.state); },
  // 4a'''''. "the Amendment2 to the Convention on ...": one amendment across its glued footnote mark, not the treaty alone
  (s) => { if (textIncludes(s.text, AMENDMENT)) amendmentsAcrossMarks(s.text, s.cands); },
  // 4a'''''(protocol). "the Protocol amending the Marrakesh Agreement ...": one protocol, not the treaty it amends
  (s) => { if (textIncludes(s.text, PROTOCOL_AMENDING)) protocolsAmendingTreaties(s.text, s.cands); },
  // 4a'''. "Agenda 2063 of the African Union, as well as its first 10-year implementation plan": the plan, a framework of its own
  (s) => { if (textIncludes(s.text, TEN_YEAR_PLAN)) tenYearPlansOfAgenda2063(s.text, s.cands); },
  // 4a'''(partnership). "including a revitalized and enhanced Global Partnership": Goal 17's partnership, printed short
  (s) => { if (textIncludes(s.text, REVITALIZED)) revitalizedGlobalPartnerships(s.text, s.cands); },
  // 4a''. "the Integrated Fire Management Voluntary Guidelines: Principles and Strategic Actions": one title, with its subtitle
  (s) => { if (textIncludes(s.text, ': ')) subtitledTitles(s.text, s.cands); },
  // 4a''''. "the Organisation for Economic Co-operation and Development/Group of 20 Inclusive Framework on ...": one name, its
  // owners joined by a slash before it
  (s) => { if (textIncludes(s.text, '/')) slashOwnersOfNames(s.text, s.cands); },
  // 4b''. "the Relationship Agreement between the United Nations and the International Criminal Court"
  (s) => {
    if (!hasWord(s.words, BETWEEN)) return;
    agreementsBetween(s.text, s.patternCands, s.cands);
    if (textIncludes(s.text, UN_AGREEMENT_WORDS)) agreementsOfUnitedNations(s.text, s.patternCands, s.cands);
    relationshipsBetween(s.text, s.patternCands);
  },
  // "... Strategy for Areas Affected by Boko Haram in the Lake Chad Basin Region", "... Liability for Damage Caused by Space Objects"
  (s) => { if (hasWord(s.words, BY)) agentsOfParticiples(s.text, s.patternCands); },
  (s) => namesToOtherNames(s.text, s.patternCands, s.cands),
  // 4b'''. "the First, Second, Third and Fourth Review Conferences of the States Parties to the Convention": one sitting each
  (s) => { if (s.patternCands.some((p) => p.kind === 'Event' && p.name.includes(' and '))) pluralOrdinalSittings(s.text, s.cands); },
  // 4b'''(range). "the First to Twenty-first Meetings of the States Parties to the Convention": the range's two ends
  (s) => { if (textIncludes(s.text, IRST_TO)) firstToOrdinalSittings(s.text, s.cands); },
  // 4b'''(lowercase). "the seventh meeting of the States parties to the Convention": the sitting its capitalised name is
  (s) => { if (textIncludes(s.text, MEETING_OF_STATES_PARTIES_LOWER)) lowercasePartiesMeetings(s.text, s.cands); },
  // 4b'''''. "the Nuclear Security Summit on <days> in Washington, D.C., on <days> in Seoul, ... and on <days> in ...": one each
  (s) => { if (s.cands.some((c) => c.kind === 'Event') && textIncludes(s.text, AND_ON)) sittingsOnDaysInVenues(s.text, s.cands); },
  // 4b''''''''. "the first, ... and fourth Conferences on the Humanitarian Impact ..., in Oslo on <days>, ...": one each
  (s) => { if (s.cands.some((c) => c.kind === 'Event' && c.attrs.series === true && c.via === 'gazetteer') && textIncludes(s.text, ' on ')) knownEditionsListed(s.text, s.cands); },
  // 4b''''''. "the fourth annual meeting of senior officials of the <body>": that body's sitting
  (s) => { if (textIncludes(s.text, OF_SENIOR_OFFICIALS_OF_THE)) officialsMeetingsOfBodies(s.text, s.cands); },
  // 4b''''''(ministers). "the fifty-sixth meeting of the Ministers for Foreign Affairs of the <body>": that body's sitting
  (s) => { if (textIncludes(s.text, MEETING_OF_THE_MINISTERS)) ministersMeetingsOfBodies(s.text, s.cands); },
  // 4b''''. "the International Day and Year of Plant Health": the day and the year, one event each
  (s) => { if (textIncludes(s.text, DAY_AND_YEAR)) dayAndYearOf(s.cands); },
  // 4c. "the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement": one body
  (s) => { if (hasWord(s.words, SERVING_AS)) servingAsBodies(s.text, s.cands); },
  // 4c*. "..., as well as the Meetings of the Parties to the Protocols to the Convention, held in Cali": that body's sittings
  (s) => { if (textIncludes(s.text, MEETINGS_OF_THE_PARTIES_TO_THE_PROTOCOLS)) protocolMeetings(s.text, s.cands); },
  // 4c**. "the Transforming Education Summit, ..., as well as its Pre-Summit, hosted by ... in Paris": a sitting of its own
  // (a non-breaking hyphen too: "its pre\u2011Summit, held from 26 to 28 July 2021 in Rome", A/RES/79/276 PP26, 79/267, 79/321)
  (s) => { if (textIncludes(s.text, 're-Summit') || textIncludes(s.text, 're\u2011Summit')) preSummits(s.text, s.cands); },
  // 4c***. "the Universal Declaration on Cultural Diversity ..., together with its Action Plan": the instrument's action plan (a look
  // at the pattern names: only a paragraph that printed "Action Plan" alone searches further)
  (s) => { if (s.patternCands.some(isBareActionPlan)) actionPlansOfInstruments(s.text, s.cands); },
  // 4c''. "United Nations Environment Assembly resolution 5/14 ..., in which the Assembly decided": that assembly, not the
  // General Assembly (a look at the candidates first: only paragraphs naming another assembly search further)
  (s) => { if (s.cands.some(isOtherAssembly)) assemblyNamedBefore(s.text, s.cands); },
  // 4c'. "the open-ended working group considered its final report": the open-ended working group named before (a look at
  // the resolution's state first: only texts that named one search the paragraph)
  (s) => {
    if (s.gates & WORKING_GATE && s.state.last.get('Working Group')?.name.startsWith(OEWG) === true) openEndedWorkingGroupNamedBefore(s.text, s.cands, s.state);
  },
  (s) => { s.cands.push(...sessionCandidates(s.text, s.cands, s.ctx, s.gates, s.pendingShorts)); },
  // 4d. "the Internet Governance Forum, most recently held in Kyoto, Japan, in 2023": one of its annual meetings
  (s) => annualMeetings(s.text, s.cands),
  // 4d'. "the eighth multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals": a sitting
  (s) => numberedForumSittings(s.text, s.cands),
  // 4e. "held in Medellín, Colombia": a town named before its country
  (s) => townsBeforeCountries(s.text, s.cands),
  (s) => {
    // (a forum is no gate word, the word list being full: its own rare substring, "the fifteenth forum on ...", A/RES/80/134 PP32)
    if (!(s.gates & SITTING_GATE) && !textIncludes(s.text, FORUM_ON) && !textIncludes(s.text, FORUM_OF_MINISTERS) && !textIncludes(s.text, WORLD_CONGRESS)) return;
    const { text, cands, state } = s;
    cands.push(...lowercaseSittings(text, cands));
    // 4e'. "to speak during the high-level meeting": the high-level meeting the resolution named last
    if (text.startsWith(ADOPTS_DECLARATION_OF_THE) || ADOPTS_FOLLOWING_DECLARATION_RE.test(text)) ownHighLevelMeeting(text, cands, state);
    if (textIncludes(text, THE_HLM)) highLevelMeetingsNamedBefore(text, cands, state);
    // 4e' (prepared). "Preparation for the high-level meeting ...": the resolution's own sitting, still to come then
    if (textIncludes(text, PREPARATION_FOR_THE_HLM)) meetingInPreparation(text, cands, state);
    // "which will serve to inform the next high-level meeting, to be convened in 2031" (A/RES/80/117 annex OP81)
    if (textIncludes(text, HLM) && textIncludes(text, HLM_TO_BE)) futureHighLevelSittings(text, cands, state);
  },
  // 4e (hosted). "the regional conference hosted by Costa Rica on 23 and 24 February 2023": a sitting its hosts and days identify
  // (its own gate: a forum, summit or retreat is no word of SITTING_GATE's)
  (s) => {
    if (!textIncludes(s.text, HOSTED_BY)) return;
    hostedSittings(s.text, s.cands);
    sittingsHeldOnTwoDaysHosted(s.text, s.cands);
  },
  // 4e (held). "the extraordinary ministerial conference held in Rome on 15 March 2018": a sitting its venue and days identify
  (s) => {
    if (textIncludes(s.text, HELD_IN_WORDS)) heldSittings(s.text, s.cands, HELD_IN_WORDS);
    // ("the ministerial meeting convened at United Nations Headquarters in New York on 26 September 2019", A/RES/78/73 PP21)
    if (textIncludes(s.text, CONVENED_AT)) heldSittings(s.text, s.cands, CONVENED_AT);
    if (textIncludes(s.text, CONVENED_IN)) heldSittings(s.text, s.cands, CONVENED_IN);
    if (textIncludes(s.text, CONVENED_ON)) datedSittings(s.text, s.cands);
  },
  // 4e (first met). "the ... Doha process that initially met in May 2023 in Doha": the process's first meeting
  (s) => { if (textIncludes(s.text, INITIALLY_MET)) firstMeetingsOfProcesses(s.text, s.cands, INITIALLY_MET); },
  // (", initiated in May 2023 in Doha": a process's start, the same first meeting)
  (s) => { if (textIncludes(s.text, INITIATED_IN)) firstMeetingsOfProcesses(s.text, s.cands, INITIATED_IN); },
  // 4e'''''''. "the intergovernmental negotiating committee" printed bare: the plastics committee or the one named before
  (s) => { if (textIncludes(s.text, BARE_INC)) bareNegotiatingCommittees(s.text, s.cands, s.state); },
  // 4e''''''''. "the intergovernmental negotiating committee shall convene an organizational session in New York from ...": its own
  (s) => { if (textIncludes(s.text, AN_ORGANIZATIONAL_SESSION)) organizationalSessionsToHold(s.text, s.cands); },
  // 4e''. "the outcome of the twenty-third special session": the one of that ordinal the resolution named last
  (s) => { if (textIncludes(s.text, SPECIAL_SESSION)) specialSessionsNamedBefore(s.text, s.cands, s.state); },
  (s) => { if (s.gates & SEMINAR_GATE) regionalSeminars(s.text, s.cands); },
  // 4e'''''. "the Moscow, Brasilia, Stockholm and Marrakech Declarations": one declaration per city
  (s) => { if (textIncludes(s.text, DECLARATIONS_AFTER_LIST)) cityDeclarations(s.text, s.cands); },
  // 4e''''. "the conclusions and recommendations adopted by the seminar": the regional seminar named last (a look at the
  // resolution's state first: only texts that named one search the paragraph)
  (s) => { if (s.state.last.has(REGIONAL_SEMINAR) && textIncludes(s.text, THE_SEMINAR)) seminarsNamedBefore(s.text, s.cands, s.state); },
  // 4e'''. "a one-day high-level meeting to mark the twenty-fifth anniversary of the adoption of the Durban Declaration ..."
  (s) => {
    if (!textIncludes(s.text, ANNIVERSARY_OF)) return;
    anniversarySittings(s.text, s.cands);
    if (textIncludes(s.text, CITY_SITTING_GATE)) citySittingsOfAnniversaries(s.text, s.cands);
  },
  (s) => { if (s.gates & MEETING_GATE && textIncludes(s.text, ANNIVERSARIES_OF)) anniversarySittingsListed(s.text, s.cands); },
  // 4e''' (commemorations). "Looks forward to the commemoration of the fiftieth anniversary of the establishment of UN-Habitat"
  (s) => { if (textIncludes(s.text, COMMEMORATION_OF_THE)) commemorations(s.text, s.cands); },
  // 4e''' (ceremonies). "the offer to host a signing ceremony for the Convention", "the Signing ceremony held in Hanoi": a
  // sitting (gated on "Convention" first: each such instrument in the texts is a convention)
  (s) => { if (s.gates & CONVENTION_GATE && textIncludes(s.text, CEREMONY)) signingCeremonies(s.text, s.cands); },
  // 4e''' (declarations). "the political declaration on the occasion of the twenty-fifth anniversary of the Fourth World Conference on Women"
  (s) => { if (textIncludes(s.text, ON_THE_OCCASION_OF)) anniversaryDeclarations(s.text, s.cands); },
  // 4e''. "the UN80 initiative", "the Giga initiative of the International Telecommunication Union": a one-word name
  (s) => { if (hasWord(s.words, INITIATIVE_WORD)) oneWordInitiatives(s.text, s.cands); },
  // 4e''(quoted). "the “Cadres for the future” programme": a quoted name before its lowercase kind word
  (s) => { if (textIncludes(s.text, '\u201d ') && QUOTED_INITIATIVE_GATES.some((g) => textIncludes(s.text, g))) quotedInitiatives(s.text, s.cands); },
  // 4e''(entitled). "the research project entitled “Chemical Munitions, Search and Assessment (CHEMSEA)”": a quoted title after its kind word
  (s) => { if (hasWord(s.words, ENTITLED_QUOTE)) entitledInitiatives(s.text, s.cands); },
  // 4e''(entitled strategy). "the climate change strategy of Tokelau, entitled “Living with change: ...”": a quoted title after "strategy"
  (s) => { if (hasWord(s.words, ENTITLED_QUOTE) && textIncludes(s.text, STRATEGY_WORD)) entitledStrategies(s.text, s.cands); },
  // 4f''. "Recalling the general election that was held in April 2021": the Territory's election (a Territory's text only)
  (s) => { if (textIncludes(s.text, ELECTION_WORD) && s.state.title?.startsWith(QUESTION_OF) === true) territoryElections(s.text, s.cands, s.state.title); },
  // 4f''(referendum). "in a referendum held in 1987": the Territory's referendum (a Territory's text only)
  (s) => { if ((textIncludes(s.text, REFERENDUM_WORD) || textIncludes(s.text, REFERENDUMS_WORD)) && s.state.title?.startsWith(QUESTION_OF) === true) territoryReferendums(s.text, s.cands, s.state.title); },
  // 4f'''. "Requests the Territory and the administering Power to ...": the Territory the title names (a Territory's text only)
  (s) => { if (textIncludes(s.text, THE_TERRITORY) && s.state.title?.startsWith(QUESTION_OF) === true) territoriesNamedBare(s.text, s.cands, s.state.title); },
  // 4f''''. "and at Headquarters, with the active participation of ...": the United Nations Headquarters printed bare
  (s) => { if (textIncludes(s.text, AT_HEADQUARTERS)) headquartersNamedBare(s.text, s.cands); },
  // 4f(venue). "its outcome document, the Awaza summary statement": a text named by its venue and a lowercase kind
  (s) => { if (textIncludes(s.text, OUTCOME_DOCUMENT_COMMA_THE) || textIncludes(s.text, OUTCOME_STATEMENT_COMMA_THE)) outcomeTextsNamedAfterVenues(s.text, s.cands); },
  // 4f. "the political declaration entitled “Our common commitment to ...”": a declaration named by its title
  (s) => {
    if (!hasWord(s.words, ENTITLED_QUOTE)) return;
    titledDeclarations(s.text, s.cands);
    // 4f'. "the international conference entitled “Dialogue is a Guarantee of Peace”": a sitting named by its title
    if (s.gates & TITLED_SITTING_GATE) titledSittings(s.text, s.cands);
  },
  (s) => {
    const cands = s.cands;
    for (const a of actionLineCandidates(s.text)) if (!cands.some((c) => c.kind === 'ActionLine' && overlaps(c, a) && c.name === a.name)) cands.push(a);
  },
  // 5. editions of recurring events: "WSIS Forum 2025"; follow-ups: "United Nations Food Systems Summit +2 Stocktaking Moment"
  (s) => addEditionYears(s.text, s.cands, s.ctx),
  // 5'. "the second International Law Seminar for African Universities, to be held in Ethiopia in 2024": one sitting of a seminar
  (s) => { if (textIncludes(s.text, SEMINAR)) seminarEditions(s.text, s.cands); },
  (s) => {
    if (!hasWord(s.words, PLUS)) return;
    addFollowUps(s.text, s.cands);
    plusNamedSittings(s.text, s.cands);
  },
  (s) => { if (textIncludes(s.text, STOCKTAKING_MOMENT)) stocktakingMoments(s.text, s.cands); },
  // 5a. "the third United Nations Conference on Landlocked Developing Countries": the edition's ordinal is its name's
  (s) => ordinalEditions(s.text, s.cands),
  // 5a'. "the first Forum on School Feeding for Commonwealth of Independent States (CIS) Countries": the name goes on after the
  // acronym of its last words
  (s) => { if (textIncludes(s.text, ACRONYM_CLOSE_THEN_CAPITAL)) namesGoingOnAfterAcronyms(s.text, s.cands); },
  // 5b. instruments and bodies named after "the Convention" they belong to
  (s) => { if (s.gates & CONVENTION_GATE) nameAfterConvention(s.text, s.cands, s.conventionBeforeParagraph); },
  (s) => { if (textIncludes(s.text, 'States Parties')) partiesOfConvention(s.cands, s.conventionBeforeParagraph); },
  // 5c. "Recognizing that the overall review will be undertaken ...", "modalities for the 20-year review": the WSIS review the
  // text named before (a look at the candidates first, then two substrings: only WSIS review texts search the paragraph)
  (s) => {
    if (!wsis2025States.has(s.state) && !s.cands.some(isWsisReview2025) && !titledOnWsisReview(s.state.title)) return;
    wsis2025States.add(s.state);
    if (textIncludes(s.text, OVERALL_REVIEW) || textIncludes(s.text, TWENTY_YEAR_REVIEW)) bareWsisReviews(s.text, s.cands, s.ctx.date);
  },
  // 6. acronym definitions: "<name> (CSTD)" defines CSTD for the rest of the resolution
  (s) => learnAcronymDefinitions(s.text, s.cands, s.state),
  // 6'. "to commemorate the fiftieth anniversary of the first United Nations Conference on ...": the anniversary defined above
  // (gated on a resolution that defined one: no scan of every paragraph of the texts with acronyms)
  (s) => { if (anniversaryStates.has(s.state) && textIncludes(s.text, ANNIVERSARY_OF)) anniversariesNamedAgain(s.text, s.cands, s.state); },
];

const SCAN_STEPS_KEPT: readonly ScanStep[] = [
  // 7''''''. "the sixteenth session of the Conference of the Parties" after the CBD's bodies were named: in a text titled on
  // the desertification convention, that convention's Conference's sitting
  (s) => { if (s.state.title !== undefined && textIncludes(s.text, COP_NAME) && textIncludes(s.text, OF_THE_COP)) sittingsOfTitledCop(s.text, s.kept, s.state.title); },
  // 7'''. "the International Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978
  // relating thereto": the convention's full name, no protocol of its own
  (s) => { if (hasWord(s.words, THERETO) && textIncludes(s.text, RELATING_THERETO)) withoutModifyingProtocols(s.text, s.kept); },
  // 7''''. "the Protocol of 1997 (annex VI – ...) to the International Convention for the Prevention of Pollution from Ships":
  // that convention's protocol of that year, and "that Protocol" after it
  (s) => { if (textIncludes(s.text, PROTOCOL_OF)) yearProtocolsOfConventions(s.text, s.kept); },
  // 7a. "the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples": one sitting
  (s) => { if (textIncludes(s.text, KNOWN_AS_THE)) eventsKnownAs(s.text, s.kept); },
  // 7a'. "the fifth meeting of the <body>, <body> and <body> Joint Ad Hoc Working Group on ...": the joint body's sitting
  (s) => { if (textIncludes(s.text, JOINT_BODY_HEAD)) sittingsOfJointBodies(s.text, s.kept); },
  // 7'. "the previous Special Envoy for Myanmar of the Secretary-General of the Organization of Islamic Cooperation": that
  // organization's envoy
  (s) => { if (s.gates & ENVOY_GATE) envoysOfOtherSecretariesGeneral(s.text, s.kept); },
  // 7''. "as called for by the Secretary-General of the Organization of Islamic Cooperation": that organization's own
  // (a look at the kept candidates only)
  (s) => secretariesGeneralOfOtherBodies(s.text, s.kept),
  // 7''(c). "the action programme adopted at the 1987 International Conference on ...": that conference's programme
  (s) => { if (textIncludes(s.text, ACTION_PROGRAMME_ADOPTED)) actionProgrammesOfSittings(s.text, s.kept); },
  // 7''(d). "the Central European Initiative ... through its new Plan of Action 2024–2026": that body's plan
  (s) => { if (textIncludes(s.text, ITS_NEW_PLAN_OF_ACTION)) ownersNewPlansOfAction(s.text, s.kept); },
  // 7''(e). "the ... Convention ... and its modernization (Amending Protocol, ...)": the protocol amending that convention
  (s) => { if (textIncludes(s.text, AMENDING_PROTOCOL)) amendingProtocolsOfConventions(s.kept); },
  // 7''(b). "at the General Secretariat of the Organization" in a text on the Organization of Islamic Cooperation: that
  // organization's secretariat (one substring first: a few paragraphs in the corpus)
  (s) => { if (textIncludes(s.text, GENERAL_SECRETARIAT_OF_THE_ORGANIZATION)) generalSecretariatsOfTheOrganization(s.text, s.kept, s.state.title); },
  // (this step looks for one kind of event among the candidates first: the rare event spares most paragraphs a search of
  // their whole text for a long phrase, V8's StringSearch ~0.25% of all CPU over corpus-ga)
  (s) => { if (hasSpecialSessionOfConference(s.kept) && textIncludes(s.text, TO_REVIEW_THE_OPERATION)) specialSessionsToReview(s.text, s.kept); },
  // (not gated on "(the ": "the inaugural United Nations New York-based Missions Games (United Nations Games), held in New
  // York from 11 April to 8 May 2024" (A/RES/78/325 PP7) was two nodes; the step reads only events with " (" right after)
  (s) => parentheticalEventNames(s.text, s.kept),
  // 7'''''''''''. "the Humanitarian Pledge issued following the third Conference": the third edition named before (a look at
  // the kept events and the resolution's ordinal editions first)
  (s) => {
    const registered = s.state.ordinals.get(EVENT_ORDINALS);
    if (registered !== undefined || s.kept.some((c) => c.kind === 'Event' && CAPITAL_ORDINAL_FIRST[c.name.charCodeAt(0)] === 1)) bareOrdinalEditions(s.text, s.kept, registered);
  },
  // 7''''''''''''. "the high-level meetings on antimicrobial resistance in 2024 and non-communicable diseases in 2025": one each
  (s) => { if (textIncludes(s.text, HIGH_LEVEL_MEETINGS)) meetingsOfTopicYears(s.text, s.kept); },
  // 7''''''''''. "as well as its two resumed sessions, held online from ... and in Rome, Italy, from ...": two sittings of their own
  (s) => { if (textIncludes(s.text, TWO_RESUMED_SESSIONS)) resumedSessionsOfSittings(s.text, s.kept); },
  // 7''''''''''''. "the first part of the fifteenth meeting of the Conference of the Parties ..., held in Kunming ...": a sitting of its own
  (s) => { if (textIncludes(s.text, PART_OF_THE) || textIncludes(s.text, PART_OF_ITS)) partsOfSittings(s.text, s.kept); },
  // "the resumed session of the sixteenth meeting of the Conference of the Parties ..., held in Rome ...": a sitting of its own
  (s) => { if (textIncludes(s.text, RESUMED_SESSION_OF_THE)) resumedSessionOfSitting(s.text, s.kept); },
  // "on 12 June 2023 to the resumed session of the Special Committee": a body's resumed session of that day
  (s) => { if (textIncludes(s.text, RESUMED_SESSION_OF_THE)) datedResumedSessionsOfBodies(s.text, s.kept); },
  // "<sitting> (Part II), Montreal, Canada, 7–19 December 2022" in a citation: that part's venue and days
  (s) => { if (textIncludes(s.text, CITED_PART)) citedPartsOfSittings(s.text, s.kept); },
  (s) => enrichEvents(s.text, s.kept, s.state),
  // 7'''''. "the high-level meeting of the General Assembly on ... at its eightieth session: ... the high-level plenary meeting
  // ... on ..., held in New York on 16 and 17 December 2025": the sitting named again in the paragraph with its days
  (s) => { if (textIncludes(s.text, HIGH_LEVEL_WORD)) sittingDatedLaterInParagraph(s.text, s.kept); },
  // 7''''''. "decided to invite ... to make a statement at the High-level meeting on ..." in a decision of that title: the
  // sitting of the decision's year (a look at the context first: decisions only)
  (s) => { if (s.ctx.title !== undefined && s.ctx.date !== undefined && s.ctx.symbol?.includes(DECISION_SYMBOL_PART) === true) sittingNamedByDecisionTitle(s.kept, s.ctx.title, s.ctx.date); },
  // 7''''''''. "the ministerial meeting on South-South cooperation on the margins of the third United Nations Conference on
  // Landlocked Developing Countries": a sitting held beside a dated one is of its year (a look at the kept events first)
  (s) => { if (s.kept.some(isSideSitting) && (textIncludes(s.text, MARGINS_OF) || textIncludes(s.text, SIDELINES_OF))) sittingsBesideDatedOnes(s.text, s.kept); },
  (s) => knownDatedEditions(s.kept),
  // 7a'. "the outcome document of the second High-level United Nations Conference on South-South Cooperation": the "Buenos
  // Aires outcome document"
  (s) => { if (textIncludes(s.text, OUTCOME_DOCUMENT_OF_THE)) cityOutcomeDocuments(s.text, s.kept); },
  // 7a''. "the second High-level United Nations Conference on South-South Cooperation, held in Buenos Aires ..., and its outcome
  // document": that framework too, where the gazetteer knows it
  (s) => { if (hasWord(s.words, ITS_OUTCOME) && textIncludes(s.text, AND_ITS_OUTCOME_DOCUMENT)) outcomeDocumentsAfterSittings(s.text, s.kept); },
  // 7b'. "the political declaration of the high-level meeting on universal health coverage": the declaration, not the meeting
  // (one scan of the paragraph for the three forms' common words: a text.includes per phrase walks it each time)
  (s) => {
    const { text, kept } = s;
    if (!textIncludes(text, POLITICAL_DECLARATION)) return;
    if (textIncludes(text, DECLARATION_OF_THE) || textIncludes(text, DECLARATION_APPROVED_BY) || textIncludes(text, DECLARATION_ADOPTED_BY) || textIncludes(text, DECLARATIONS_OF_THE)) declarationsOfMeetings(text, kept);
    if (textIncludes(text, DECLARATION_OF_THE) || textIncludes(text, DECLARATION_ADOPTED_BY)) knownDeclarationsOfSittings(text, kept);
    if (textIncludes(text, ITS_DECLARATION)) {
      declarationsAfterMeetings(text, kept);
      if (textIncludes(text, AT_WHICH_ITS_DECLARATION)) declarationsAdoptedAtSittings(text, kept);
    }
    if (textIncludes(text, DECLARATIONS_OF_THE)) listedDeclarationsOfMeetings(text, kept);
    if (textIncludes(text, DECLARATIONS_ON)) declarationsOnTopics(text, kept);
  },
  // 7b'''''. "the 2023 high-level meetings of the General Assembly on pandemic prevention, ..., on universal health coverage and on
  // the fight against tuberculosis": one sitting per topic listed
  (s) => { if (textIncludes(s.text, HIGH_LEVEL_MEETINGS_OF_ASSEMBLY_ON)) listedMeetingsOfYear(s.text, s.kept); },
  // 7b''. "the Declaration of the commemorative high-level plenary meeting ...": the meeting's declaration too
  (s) => { if (textIncludes(s.text, THE_DECLARATION_OF_THE)) declarationsOfHighLevelMeetings(s.text, s.kept); },
  // 7b''. "the Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries": the document too
  (s) => { if (textIncludes(s.text, FINAL_DOCUMENT_OF_THE)) finalDocumentsOfSittings(s.text, s.kept); },
  // 7b'''' . "the ministerial declaration of the high-level political forum on sustainable development held in 2022": one a year
  (s) => { if (textIncludes(s.text, MINISTERIAL_DECLARATION) && textIncludes(s.text, POLITICAL_FORUM)) ministerialDeclarationsOfForum(s.text, s.kept); },
  // 7b'''. "the Board of Governors of the Agency": the organ of the body "the Agency" stands for, named with it (before 7c:
  // so named, the organ is no generic name)
  (s) => {
    if (!s.shorts.length) return;
    organsOfShortForms(s.text, s.kept);
    instrumentsOfShortForms(s.text, s.kept);
    if (textIncludes(s.text, BUREAU_OF_THE)) bureausOfShortForms(s.text, s.kept);
  },
  // 7c. "the Third Review Conference", "the Preparatory Committee" named by nothing but generic words: whose it is goes into the key
  (s) => qualifyGenericNames(s.text, s.kept, s.ctx, s.state, s.conventionBeforeParagraph),
  // 7c'''. "the United Nations Offices at Geneva and Vienna": the offices, not the cities (a check on the kept places only)
  (s) => unOfficesAtCities(s.text, s.kept),
  // 7c''''''. "the World Health Organization, including its Regional Office for Europe": the office named with its owner
  (s) => { if (textIncludes(s.text, REGIONAL_OFFICE_FOR)) regionalOfficesOfOwners(s.text, s.kept); },
  // 7c'''''''. "the Association of Southeast Asian Nations, through its Fisheries Consultative Forum": the body's organ, no sitting
  (s) => { if (textIncludes(s.text, THROUGH_ITS_GAP)) forumsActedThrough(s.text, s.kept); },
  (s) => { if (textIncludes(s.text, FINAL_DOCUMENT_OF_THE)) finalDocumentsOfShortReviewConferences(s.kept); },
  // 7c''''. "the Final Documents of the 2000 and 2010 Review Conferences", "the outcome documents of the 2000 and 2010 Review
  // Conferences": one Final Document per sitting listed
  (s) => { if (textIncludes(s.text, DOCUMENTS_OF_THE) || textIncludes(s.text, OUTCOME_DOCUMENT_OF_THE) || textIncludes(s.text, OUTCOME_DOCUMENTS_OF_THE)) finalDocumentsOfListedSittings(s.text, s.kept); },
  // 7c'''''. "the outcome of the United Nations Conference on the Human Environment, especially principle 7 of the Declaration
  // of the Conference": that conference's declaration
  (s) => { if (textIncludes(s.text, DECLARATION_OF_THE_CONFERENCE)) declarationsOfConferencesNamedBefore(s.kept); },
  // 7c''. "the Final Declaration adopted by the fourteenth Conference on Facilitating ...": keyed with that sitting
  (s) => instrumentsOfSittings(s.text, s.kept),
  // 7c''''. "the Political Declaration" printed bare: the one named in full before in the resolution
  (s) => { if (textIncludes(s.text, BARE_POLITICAL_DECLARATION)) barePoliticalDeclarations(s.text, s.kept, s.state); },
  (s) => { if (textIncludes(s.text, DOHA_POLITICAL_DECLARATION)) dohaPoliticalDeclarations(s.kept, s.state); },
  // 7c'. "the Security Council Committee established pursuant to resolution 1373 (2001)": keyed with that resolution
  // (asked of the Council's own texts, and of others where such a committee was read: no scan of every paragraph)
  (s) => { if (s.ctx.body === 'Security Council' || s.kept.some(isCouncilCommittee)) committeesOfResolutions(s.text, s.kept); },
  // 7d. "the Conference of the Parties to the ... Convention ..., in which the Conference emphasized": a short form is the
  // name with its head printed nearest before it in the paragraph, pattern names included (named, dated, placed and
  // qualified by now)
  (s) => { if (s.patternCands.length) nearestNamedBefore(s.text, s.shorts, s.pendingShorts, s.kept); },
  // 7d'''. "the Independent International Commission of Inquiry on the Syrian Arab Republic, ..., with the Commission of
  // Inquiry": a body's name the patterns read that is a run of the words of a body's name printed before it is that body
  (s) => { if (s.patternCands.length > 1) bodiesNamedLongerBefore(s.text, s.kept); },
  // 7d'. "the African Continental Free Trade Area and the commencement of actual trading under the Agreement": the agreement
  // printed nearest before "the Agreement" in the paragraph, not one named in an earlier paragraph
  // (not where the text defined "the Agreement" as one name's short form: "... Fish Stocks (the Agreement)", A/RES/78/68)
  (s) => { if (s.shorts.length && textIncludes(s.text, AGREEMENT) && !s.state.defined.has(AGREEMENT)) agreementNamedNearer(s.text, s.shorts, s.kept); },
  // 7d''. "the parties to the Bangkok Treaty on the Protocol to that Treaty": the protocol of the treaty named nearest before
  (s) => { if (textIncludes(s.text, PROTOCOL_TO_THAT_TREATY)) protocolsToThatTreaty(s.text, s.kept); },
  // 7e. "the General Assembly of the Organization of American States", "the General Assembly of the International Cooperative
  // Alliance" (A/RES/79/213 PP11): that body's own assembly, not the United Nations' (a sitting of it was named with it above)
  (s) => dropAssembliesOfOthers(s.text, s.kept),
  // 7f. "adopted by the Conference held in New York from 5 to 9 June 2017": the edition of a short form's series that year
  (s) => { if (textIncludes(s.text, ' held ')) shortEditionsHeldAfter(s.text, s.kept); },
];

const SCAN_STEPS_REGISTERED: readonly ScanStep[] = [
  // 8'. "the secretariat of the Convention on Biological Diversity": the convention's secretariat (after step 8: "the
  // Convention" printed later still stands for the convention)
  (s) => { if (textIncludes(s.text, SECRETARIAT_OF_THE)) secretariatsOfInstruments(s.text, s.kept); },
  // 8''. "the Convention secretariat": the secretariat of the convention "the Convention" stands for
  (s) => { if (textIncludes(s.text, CONVENTION_SECRETARIAT)) conventionSecretariats(s.text, s.kept); },
];

const PROTOCOL_TO_THAT_TREATY = 'Protocol to that Treaty';
const TO_THAT_TREATY = ' to that Treaty';
/**
 * Step 7d'': "the ratification ... of the Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia ..., and encourages
 * progress with a view to concluding consultations between the nuclear-weapon States and the parties to the Bangkok Treaty on
 * the Protocol to that Treaty" (A/RES/78/50 OP4, 80/31 OP4): "the Protocol" printed before "to that Treaty" is the protocol of
 * the treaty named nearest before it, named so (as "the Protocols to the Treaty" are, qualifySpecialName), not the protocol
 * named before it in the paragraph (step 7d), another treaty's.
 */
function protocolsToThatTreaty(text: string, kept: readonly Candidate[]): void {
  for (const c of kept) {
    if (c.kind !== 'Framework' || c.via !== 'short' || c.end - c.start !== 8 || !text.startsWith(TO_THAT_TREATY, c.end) || !text.startsWith('Protocol', c.start)) continue;
    const treaty = frameworkBefore(kept, c.start, isProtocolOwnerTreaty);
    if (treaty === undefined) continue;
    c.name = `Protocol to the ${treaty.name}`;
    c.attrs = {};
  }
}

const RELATING_THERETO = ' relating thereto';
/** before the protocol: "as modified by the " */
const AS_MODIFIED_BY_BEFORE_RE = /\bas\s+modified\s+by\s+the\s+$/;
/** after "Protocol": its year, then " relating thereto" */
const OF_YEAR_RELATING_THERETO_RE = /^(?:\s+of\s+(?:19|20)\d\d)?\s+relating\s+thereto\b/;
/**
 * Step 7''': "the International Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978
 * relating thereto" (A/RES/79/204 OP15, 78/68 OP243, 78/69, 79/144, 79/145, 80/109, 80/110): MARPOL's full name, the
 * convention as that protocol modified it. "the Protocol" was read as the protocol named last (the Cape Town Agreement's,
 * the Kyoto Protocol, the Palma de Mallorca Protocol) or as a "Protocol of 1978" of no convention: dropped.
 */
function withoutModifyingProtocols(text: string, kept: Candidate[]): void {
  for (let i = kept.length - 1; i >= 0; i--) {
    const c = kept[i]!;
    if (c.kind !== 'Framework' || !text.startsWith('Protocol', c.start) || c.start < 20) continue;
    const printedEnd = c.start + 8;
    if (!AS_MODIFIED_BY_BEFORE_RE.test(text.slice(c.start - 20, c.start)) || !OF_YEAR_RELATING_THERETO_RE.test(text.slice(printedEnd, printedEnd + 30))) continue;
    kept.splice(i, 1);
  }
}

const PROTOCOL_OF = 'Protocol of ';
/** "the Protocol of 1997 (annex VI – Regulations for the Prevention of Air Pollution from Ships) to the ": group 1 the year */
const PROTOCOL_OF_YEAR_TO_RE = /\bthe\s+Protocol\s+of\s+((?:19|20)\d\d)(?:\s+\([^()]{1,120}\))?\s+to\s+the\s+/g;
/**
 * Step 7'''': "encourages States ... to become parties to the Protocol of 1997 (annex VI – Regulations for the Prevention of Air
 * Pollution from Ships) to the International Convention for the Prevention of Pollution from Ships, 1973, ..., and encourages
 * the effective implementation of that Protocol" (A/RES/80/110 OP226, 78/69 OP235, 79/144): the protocol of that year to the
 * convention named after it (the parenthesis kept the two apart), not the protocol named last in the resolution (the Kyoto
 * Protocol, the South-East Pacific protocol); "that Protocol" printed after it in the paragraph is the same one.
 */
function yearProtocolsOfConventions(text: string, kept: Candidate[]): void {
  PROTOCOL_OF_YEAR_TO_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PROTOCOL_OF_YEAR_TO_RE.exec(text))) {
    const after = m.index + m[0].length;
    const conv = kept.find((c) => c.start === after && c.kind === 'Framework' && CONVENTION_NAME_RE.test(c.name));
    if (conv === undefined) continue;
    const start = m.index + m[0].indexOf('Protocol');
    const end = start + 'Protocol of '.length + 4;
    const name = `Protocol of ${m[1]!} to the ${conv.name}`;
    for (let i = kept.length - 1; i >= 0; i--) {
      const c = kept[i]!;
      if (c.start < end && c.end > start) kept.splice(i, 1);
      // ("that Protocol" later in the paragraph)
      else if (c.start > after && c.via === 'short' && c.kind === 'Framework' && c.end - c.start === 8 && text.startsWith('that Protocol', c.start - 5)) {
        c.name = name;
        c.attrs = {};
      }
    }
    kept.push(candidate('Framework', name, {}, start, end, 'pattern'));
  }
}

const BARE_INC = 'the intergovernmental negotiating committee';
const INC_NAME = 'Intergovernmental Negotiating Committee';
const PLASTICS_INC = 'Intergovernmental Negotiating Committee to Develop an International Legally Binding Instrument on Plastic Pollution, including in the Marine Environment';
const PLASTIC_POLLUTION = 'plastic pollution';
/**
 * Step 4e''''''': "Welcomes the holding of the third and fourth sessions ... of the intergovernmental negotiating committee,
 * established by the United Nations Environment Assembly in its resolution 5/14 ... to develop an international legally binding
 * instrument on plastic pollution" (A/RES/80/145 OP5), "the intergovernmental negotiating committee, with the ambition of
 * completing its work by the end of 2024" (A/RES/78/159, 78/151, 79/202, 79/209, 80/109, 80/135): printed bare in lower case,
 * the committee is the one the resolution named before in full (the gazetteer's), else, where the paragraph is on plastic
 * pollution, the plastics committee; otherwise which one is not said (A/RES/79/235 establishes a tax committee so) and none
 * is read. Not where a name was read over the words (the full lowercase name, a gazetteer alias).
 */
function bareNegotiatingCommittees(text: string, cands: Candidate[], state: ResolutionState): void {
  for (let at = text.indexOf(BARE_INC); at >= 0; at = text.indexOf(BARE_INC, at + BARE_INC.length)) {
    const start = at + 4;
    const end = at + BARE_INC.length;
    if (at > 0 && isLetterOrNumberCode(text.charCodeAt(at - 1))) continue;
    if (end < text.length && isLetterOrNumberCode(text.charCodeAt(end))) continue;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    let ref: Ref | undefined;
    const named = state.allWithHead.get('Committee');
    if (named) for (let k = named.length - 1; k >= 0 && !ref; k--) if (named[k]!.kind === 'Organization' && named[k]!.name.startsWith(INC_NAME)) ref = named[k];
    if (!ref && textIncludes(text, PLASTIC_POLLUTION)) {
      const entry = entryByName('Organization', PLASTICS_INC);
      if (entry) ref = entryRef(entry);
    }
    if (ref) cands.push(candidate('Organization', ref.name, { ...ref.attrs }, start, end, 'short'));
  }
}

const SECRETARIAT_OF_THE = 'ecretariat of the ';
/** an instrument with a secretariat of its own */
const SECRETARIAT_INSTRUMENT_RE = /\b(?:Convention|Agreement|Protocol|Treaty)\b/;
/**
 * Step 8': "the United Nations Industrial Development Organization and the secretariat of the Convention on Biological
 * Diversity" (A/RES/79/220 PP13), "the secretariat of the Convention on International Trade in Endangered Species of Wild
 * Fauna and Flora" (A/RES/78/68 OP37), "the secretariat of the Convention, parties to the Convention" (A/RES/78/155 OP7):
 * the body that serves the instrument, keyed "<instrument> secretariat" as the gazetteer keys the UNFCCC's; the instrument
 * alone was read. Only a convention, agreement, protocol or treaty printed right after "the secretariat of the"; runs after
 * the kept names are registered, so "the Convention" printed later is still the convention.
 */
function secretariatsOfInstruments(text: string, kept: Candidate[]): void {
  for (const c of kept) {
    if (c.kind !== 'Framework' || c.start < 23 || !text.startsWith(SECRETARIAT_OF_THE, c.start - 18)) continue;
    const s = text.charCodeAt(c.start - 19);
    if ((s !== 115 && s !== 83) || !text.startsWith('the ', c.start - 23) || !SECRETARIAT_INSTRUMENT_RE.test(c.name)) continue;
    // ("the" a word of its own: not "breathe secretariat ...")
    const b = c.start > 23 ? text.charCodeAt(c.start - 24) | 32 : 32;
    if (b >= 97 && b <= 122) continue;
    c.kind = 'Organization';
    c.name = `${c.name} secretariat`;
    c.attrs = {};
    c.start -= 19;
    // (a back-reference's printed form, "secretariat of the Convention", is no name of the secretariat)
    if (c.via === 'short') c.via = 'special';
    c.entry = undefined;
  }
}

const CONVENTION_SECRETARIAT = 'Convention secretariat';
/**
 * Step 8'': "Highlighting the work of the Convention secretariat through the Land Degradation Neutrality Target Setting
 * Programme" (A/RES/80/139 PP34, OP10), "the establishment and operationalization of the Convention secretariat" (A/RES/78/59
 * OP12, 79/68, 80/63): the body that serves the convention "the Convention" stands for, keyed as "the secretariat of the
 * Convention" is (secretariatsOfInstruments), not the convention. Only the short form printed "Convention" right before
 * " secretariat" (not "secretariats", the words of several).
 */
function conventionSecretariats(text: string, kept: Candidate[]): void {
  for (const c of kept) {
    if (c.kind !== 'Framework' || c.via !== 'short' || c.end - c.start !== 10 || !text.startsWith(CONVENTION_SECRETARIAT, c.start)) continue;
    const after = c.start + CONVENTION_SECRETARIAT.length;
    if (after < text.length && isLetterOrNumberCode(text.charCodeAt(after))) continue;
    c.kind = 'Organization';
    c.name = `${c.name} secretariat`;
    c.attrs = {};
    c.end = after;
    c.via = 'special';
    c.entry = undefined;
  }
}

/** Whether two contexts are those of one resolution (its symbol and file). */
function sameResolution(a: RecognizeContext, b: RecognizeContext | undefined): boolean {
  return b !== undefined && a.symbol === b.symbol && a.file === b.file;
}

// Session 49 (spd49b), where a scan's CPU goes: one-thread ingest of all of corpus-ga (the bench:instructions bundle, --native
// --step 1, the ingest flags), each uncached scan timed with process.cpuUsage, by text length: < 50 characters 6,663 scans, 40 µs
// each; 50-99 3,671, 94 µs; 100-299 15,611, 113 µs; 300-999 22,841, 154 µs; 1,000+ 1,445, 290 µs (6.3 s of the run's 18.9 s, host
// at load ~14). So ~0.12 µs a character over a base of ~90 µs a paragraph: the cost is the steps' work per candidate and their
// calls, not the passes over the text. The same short scans run 7 µs each once optimised (200,000 calls after the corpus): the
// steps run in baseline code most of the run (session 42), and "Resolution 60/1." footnotes pay the whole table of steps.
// 246,183 of the 296,424 calls are the cache's (namedEntitiesOfKind asks once per kind).
/** All named entities of the six kinds in one paragraph (cached for the last paragraph). */
export function scanNamedEntities(text: string, ctx: RecognizeContext = {}): EntityMention[] {
  if (!warmedUp) warmUp();
  if (text === cacheText && ctx === cacheCtx) return cacheResult;
  const state = stateFor(ctx);
  if (ctx !== flagsFor) {
    // (not for a context of the same resolution: extract.ts reads a name's tail with a copy of the paragraph's context, and
    // the paragraph's mentions must keep their details for the attributions read after it)
    if (!sameResolution(ctx, flagsFor)) {
      eventDetails = new Map();
      namedOrganizations = new Set();
      organQualifiers = new Map();
    }
    flagsFor = ctx;
  }
  if (state.metAt !== undefined) metAtSittingFirst(state);
  // what "the Convention" meant before this paragraph: names registered while scanning it may come after a mention
  const conventionBeforeParagraph = state.defined.get('Convention') ?? state.last.get('Convention');
  // which gate words and phrases the paragraph contains, its capitalised chunks and short forms, its known names
  // (capitalised chunks, "the <head>" short forms and where words start in one pass over the text, then the gazetteer
  // names looked up only where words start; unless given)
  const facts = text === givenText ? givenFacts! : textFactsOf(text, scanCapitals(text, SHORT_HEAD_SET, BARE_SHORT_FORM_SET, ANY_HEAD));
  const hits = facts.hits;
  detailedAttrs = new WeakSet();
  if (pairedVenueAt.size) pairedVenueAt = new Map();
  if (hostedAt.size) hostedAt = new Map();
  // 1. known names
  const cands = knownNameCandidates(text, hits, ctx.date);
  const s: Scan = {
    text,
    ctx,
    state,
    words: facts.words,
    gates: gateWordsIn(text),
    conventionBeforeParagraph,
    cands,
    shorts: [],
    pendingShorts: [],
    patternCands: [],
    kept: [],
  };
  listedWithStored = false;
  runScanSteps(SCAN_STEPS_KNOWN, s);
  // 3. short forms: "the Commission", "the Union"
  const shorts = shortFormCandidates(text, ctx, state, cands, withHeadsAfterAnd(text, facts.heads), s.pendingShorts);
  cands.push(...shorts);
  s.shorts = shorts;
  runScanSteps(SCAN_STEPS_SHORT, s);
  // 4. patterns: capitalised names, lowercase-topic mandate holders, sessions/meetings, WSIS+20, action lines
  const specials = s.gates & TOPIC_GATE ? lowercaseTopicOrganizations(text, cands) : [];
  runScanSteps(SCAN_STEPS_MANDATES, s);
  // (chunkCandidates sorts a copy of the known names: cands itself when there are no specials, as in most paragraphs)
  const patternCands = patternsOutsideKnown(chunkCandidates(text, specials.length === 0 ? cands : cands.concat(specials), facts.chunks), cands, specials);
  s.patternCands = patternCands;
  runScanSteps(SCAN_STEPS_PATTERN, s);
  const unresolved = resolveGenericNames(text, patternCands, cands, state);
  unitedNationsNamedBefore(patternCands, cands, state);
  // "the Programme of Action", "the Working Group" with nothing named before: which one is unknown, and one
  // node for all of them would join unrelated programmes and groups across resolutions
  cands.push(...specials, ...patternCands.filter((p) => !unresolved.has(p)));
  runScanSteps(SCAN_STEPS_NAMED, s);
  // 7. drop places inside longer pattern names ("Geneva Centre for ..."), then dates and venues
  const kept = withoutPlacesInsideNames(text, cands);
  s.kept = kept;
  runScanSteps(SCAN_STEPS_KEPT, s);
  // 8. register everything named in this paragraph for the next ones (in text order: kept is sorted in place)
  sortSmall(kept, (a, b) => a.start - b.start || b.end - a.end);
  registerKept(text, kept, state);
  if (textIncludes(text, ' a commission')) forgetCommissionOnNewOne(text, state);
  runScanSteps(SCAN_STEPS_REGISTERED, s);
  if (treatyInSitting !== undefined) {
    if (treatyInSitting.state === state && state.last.get(treatyInSitting.head) === treatyInSitting.nested) state.last.set(treatyInSitting.head, treatyInSitting.before);
    treatyInSitting = undefined;
  }
  const result = toMentions(text, kept);
  cacheText = text;
  cacheCtx = ctx;
  cacheResult = result;
  return result;
}

/**
 * "We, the Heads of State and Government ..., met in Awaza, Turkmenistan, from 5 to 8 August 2025 at the Third United Nations
 * Conference on Landlocked Developing Countries" (A/RES/80/3 annex OP1): the declaration is that conference's, and "the
 * Conference" it prints bare in a later paragraph is it ("We express our deepest appreciation to the Government and people of
 * Turkmenistan for ... hosting the Conference", annex OP25), not the last of the conferences it welcomes in passing ("the 2028
 * United Nations Conference on ..., to be hosted by Tajikistan", OP12). Within one paragraph, one named before it there is
 * still meant ("welcome the convening of the ... Conference ... and look forward to the outcome of the Conference").
 */
function metAtSitting(state: ResolutionState, ref: Ref): void {
  const head = factsOf(ref.name, ref.kind).head;
  if (head === undefined || FIXED_SHORT.has(head)) return;
  state.metAt = ref;
  state.metAtHead = head;
}
/** at a paragraph's start: the declaring sitting is what its head printed bare refers back to (metAtSitting) */
function metAtSittingFirst(state: ResolutionState): void {
  const head = state.metAtHead!;
  if (state.last.get(head) === state.metAt && !state.pinned.has(head)) return;
  state.last.set(head, state.metAt!);
  state.pinned.delete(head);
}

/**
 * "Decides also to create a fund ... and to establish a commission that will administer the fund" (S/RES/687 (1991) OP18):
 * the text sets up a commission it does not name, and "the Commission" from here on is that one ("recommendations ... for
 * the Commission", OP19), not the Special Commission named before. With no name there is no node: the bare head reads
 * nothing until a commission is named again.
 */
const COMMISSION = 'Commission';
function forgetCommissionOnNewOne(text: string, state: ResolutionState): void {
  if (!SETS_UP_A_COMMISSION_RE.test(text)) return;
  state.last.delete(COMMISSION);
  state.pinned.delete(COMMISSION);
}

/** Step 8: registers the kept candidates (in text order) in the resolution's state for the next paragraphs. */
function registerKept(text: string, kept: Candidate[], state: ResolutionState): void {
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k]!;
    if (c.via === 'short') continue;
    if (state.metAt === undefined && c.kind === 'Event' && c.start < 400 && text.charCodeAt(0) === 87 /* W */ && metBefore(text, c) !== null) metAtSitting(state, { kind: c.kind, name: c.name, attrs: c.attrs });
    if (c.registered) {
      // (registered while the short forms were read, as a head came after it: "Decides to proclaim ... as the Decade of Action for
      // Cryospheric Sciences, ... as articulated in the International Decade of Sciences ...", A/RES/78/321 OP1: still proclaimed)
      if (c.kind === 'Event' && c.start > 12 && c.start < 400 && proclaimedHere(text, c, c)) state.proclaimedDecade = { kind: c.kind, name: c.name, attrs: c.attrs };
      continue;
    }
    if (c.kind === 'Event' && sameHighLevelMeetingNamedLonger(c, state)) continue;
    const ref: Ref = { kind: c.kind, name: c.name, attrs: c.attrs };
    register(state, ref, c.entry, namedInSittingName(text, c, true));
    // (a decade or year the text proclaims: what "the Decade" stands for from here on, see proclaimedHere)
    if (c.kind === 'Event' && c.start > 12 && c.start < 400 && proclaimedHere(text, c, ref)) state.proclaimedDecade = ref;
    if (state.ilcArticles === undefined && isIlcArticles(c)) state.ilcArticles = ref;
    const year = yearPrintedBefore.get(c) ?? (c.kind === 'Framework' && text.startsWith(OF_SPACE, c.end) ? yearPrintedAfter(text, c) : undefined);
    if (year) registerOrdinal(state, year, ref);
  }
}

const OFFICE = 'Office';
const HIS_OFFICE = 'his Office';
const HER_OFFICE = 'her Office';
const OFFICE_OF_THE = 'Office of the ';
/** right after "his Office": the office's own name goes on ("its Office of the Special Envoy") */
const OFFICE_NAMED_AFTER_RE = /^\s+(?:of|for|on)\s/;
/**
 * Step 3''''': "Invites the United Nations High Commissioner for Human Rights to continue to give high priority to ..., and
 * also invites his Office to pursue further work in this area" (A/RES/79/178 OP18), "with the United Nations High Commissioner
 * for Human Rights and his Office" (A/RES/79/181 OP2): "his Office" (or "her") is the office of the officer named last before
 * it in the paragraph, where the gazetteer knows "Office of the <officer>" (OHCHR; UNHCR's officer is its office's node already).
 */
function officesOfOfficers(text: string, cands: Candidate[]): void {
  const found: Candidate[] = [];
  for (const printed of [HIS_OFFICE, HER_OFFICE]) {
    for (let at = text.indexOf(printed); at >= 0; at = text.indexOf(printed, at + printed.length)) {
      const end = at + printed.length;
      if ((at > 0 && isWordCode(text.charCodeAt(at - 1))) || (end < text.length && isWordCode(text.charCodeAt(end)))) continue;
      if (OFFICE_NAMED_AFTER_RE.test(text.slice(end, end + 6)) || cands.some((c) => overlaps(c, { start: at, end }))) continue;
      let officer: Candidate | undefined;
      for (const c of cands) if (c.kind === 'Organization' && c.end <= at && (officer === undefined || c.start > officer.start)) officer = c;
      const office = officer === undefined || officer.name.startsWith(OFFICE_OF_THE) ? undefined : entryByName('Organization', OFFICE_OF_THE + officer.name);
      if (office !== undefined) {
        const ref = entryRef(office);
        found.push(candidate(ref.kind, ref.name, ref.attrs, at + 4, end, 'short'));
      }
    }
  }
  cands.push(...found);
}

/** a short form starting with a lower-case letter ("guiding principles"): read by lowerShortFormsNamedBefore, not by the heads */
function isLowerInitial(form: string): boolean {
  const c = form.charCodeAt(0);
  return c >= 97 && c <= 122;
}
const NO_FORMS: readonly string[] = [];
/** entry -> its lower-case short forms (most entries have none) */
const lowerShortForms = new Map<GazetteerEntry, readonly string[]>();
function lowerShortFormsOf(entry: GazetteerEntry | undefined): readonly string[] {
  if (entry === undefined || entry.shortForms === undefined || entry.shortForms.length === 0) return NO_FORMS;
  let forms = lowerShortForms.get(entry);
  if (forms === undefined) {
    forms = entry.shortForms.filter(isLowerInitial);
    lowerShortForms.set(entry, forms);
  }
  return forms;
}
function hasLowerShortForms(c: Candidate): boolean {
  return c.via === 'gazetteer' && lowerShortFormsOf(c.entry).length !== 0;
}
/**
 * right after the short form: another thing's name goes on ("the guiding principles on responsible sovereign borrowing"); not
 * "to" and a verb ("Requests the ad hoc intergovernmental committee to submit a report", A/RES/78/230 OP8)
 */
const LOWER_SHORT_NAMED_AFTER_RE = /^\s+(?:(?:on|of|for)\s|to\s+(?:the\s+)?[A-Z])/;
/**
 * Step 3'''': "by which the Council adopted the guiding principles on extreme poverty and human rights ..., and encouraging
 * States to implement the guiding principles" (A/RES/79/178 PP6), "to consider the guiding principles" (OP21), "to disseminate
 * the guiding principles" (OP22): "the" and an entry's lower-case short form, printed alone once the entry was named (in this
 * paragraph, the nearest, else in the resolution), is that entry, as its capitalised short forms are (shortFormCandidates).
 */
function lowerShortFormsNamedBefore(text: string, cands: Candidate[], state: ResolutionState): void {
  const forms = new Set<string>(state.lowerShorts.keys());
  for (const c of cands) if (c.via === 'gazetteer') for (const f of lowerShortFormsOf(c.entry)) forms.add(f);
  const found: Candidate[] = [];
  for (const form of forms) {
    for (let start = text.indexOf(form); start >= 0; start = text.indexOf(form, start + form.length)) {
      const at = theBeforeShortForm(text, start);
      if (at < 0) continue;
      const end = start + form.length;
      if ((at > 0 && isWordCode(text.charCodeAt(at - 1))) || (end < text.length && isWordCode(text.charCodeAt(end)))) continue;
      if (LOWER_SHORT_NAMED_AFTER_RE.test(text.slice(end, end + 10)) || cands.some((c) => overlaps(c, { start, end }))) continue;
      let ref: Ref | undefined;
      let refStart = -1;
      for (const c of cands) {
        if (c.end <= at && c.start > refStart && c.via === 'gazetteer' && lowerShortFormsOf(c.entry).includes(form)) {
          ref = { kind: c.kind, name: c.name, attrs: c.attrs };
          refStart = c.start;
        }
      }
      ref ??= state.lowerShorts.get(form);
      if (ref !== undefined) found.push(candidate(ref.kind, ref.name, { ...ref.attrs }, start, end, 'short'));
    }
  }
  cands.push(...found);
}

/**
 * Where the "the" of a lower-case short form starting at `start` stands: right before it ("the framework for responsible State
 * behaviour"), or before one lower-case adjective ("including on the normative framework for responsible State behaviour",
 * A/RES/78/16 PP21); -1 when neither (no article, or a function word or capitalised name in between).
 */
function theBeforeShortForm(text: string, start: number): number {
  if (start < 4 || text.charCodeAt(start - 1) !== 32) return -1;
  if (text.startsWith('the ', start - 4)) return start - 4;
  const wordStart = text.lastIndexOf(' ', start - 2) + 1;
  if (wordStart < 4 || start - 1 - wordStart < 4 || !text.startsWith('the ', wordStart - 4)) return -1;
  for (let i = wordStart; i < start - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c < 97 || c > 122) && c !== 45 /* - */) return -1;
  }
  return NOT_AN_ADJECTIVE.has(text.slice(wordStart, start - 1)) ? -1 : wordStart - 4;
}
/** lower-case words of four letters or more that stand between "the" and a noun without qualifying it */
const NOT_AN_ADJECTIVE: ReadonlySet<string> = new Set(['same', 'other', 'former', 'previous', 'first', 'second', 'third', 'each', 'such', 'above', 'following']);

/** The International Law Commission's articles as the gazetteer names them: "articles on ...", "draft articles on ..." */
function isIlcArticles(c: Candidate): boolean {
  return c.kind === 'Framework' && c.via === 'gazetteer' && (c.name.startsWith(ARTICLES_ON) || c.name.startsWith(DRAFT_ARTICLES_ON));
}
const ARTICLES_ON = 'articles on ';
const DRAFT_ARTICLES_ON = 'draft articles on ';
/** "the articles" / "the draft articles" printed alone: not "the articles of the Convention", not the full name */
const BARE_ARTICLES_RE = /\bthe\s+((?:draft\s+)?articles)\b(?!\s+(?:on|of)\b)/g;
/**
 * Step 3''': "Recalling its resolution 56/83 ..., the annex to which contains the text of the articles on responsibility of
 * States for internationally wrongful acts, ... Noting with appreciation the compilation of decisions of international
 * courts, tribunals and other bodies referring to the articles" (A/RES/80/159 PP1, PP7), "suggestions for improvements to
 * the draft articles made by States" (A/RES/80/169 PP7, after "the draft articles on protection of persons in the event of
 * disasters" in PP1): printed alone, the articles are the ones named before, in the paragraph (the nearest), else in the
 * resolution (the first named: the text's subject, "the articles" of A/RES/80/165 OP1 being those on diplomatic
 * protection although the articles on State responsibility were named in PP5).
 */
function ilcArticlesNamedBefore(text: string, cands: Candidate[], state: ResolutionState): void {
  const found: Candidate[] = [];
  BARE_ARTICLES_RE.lastIndex = 0;
  for (let m = BARE_ARTICLES_RE.exec(text); m !== null; m = BARE_ARTICLES_RE.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    let ref: Ref | undefined;
    let at = -1;
    for (const c of cands) {
      if (c.end <= start && c.start > at && isIlcArticles(c)) {
        at = c.start;
        ref = { kind: c.kind, name: c.name, attrs: c.attrs };
      }
    }
    ref ??= state.ilcArticles;
    if (ref === undefined || cands.some((c) => overlaps(c, { start, end }))) continue;
    found.push(candidate(ref.kind, ref.name, { ...ref.attrs }, start, end, 'short'));
  }
  cands.push(...found);
}

/** An operative paragraph that proclaims ("1. Decides to proclaim ...", "Proclaims ...") up to a decade's name, no ";" or ":" between */
const PROCLAIMS_RE = /^[\s\d.]*(?:(?:Also|Further)\s+)?(?:[Dd]ecides,?\s+(?:also\s+|further\s+)?to\s+proclaim|[Pp]roclaims)\b[^;:]*$/;
/**
 * "Decides to proclaim the period 2027–2036 as the United Nations Decade for Afforestation and Reforestation ...",
 * "Proclaims 2021–2030 the United Nations Decade on Ecosystem Restoration": the decade a text proclaims is its subject,
 * and "the Decade" printed alone later means it even after another one is named ("the implementation of the
 * Decade and ... the United Nations Decade on Ecosystem Restoration (2021–2030) ...; 3. Invites ... to facilitate the
 * observance of the Decade", A/RES/79/283 OP2-OP3). Not a decade proclaimed by a resolution the text recalls ("by which
 * it proclaimed ...", A/RES/79/276 PP: the text is about another decade). Asked only of the decades a paragraph names.
 */
function proclaimedHere(text: string, c: Candidate, ref: Ref): boolean {
  const head = factsOf(ref.name, 'Event').head;
  if (head !== 'Decade') return false;
  return PROCLAIMS_RE.test(text.slice(0, c.start));
}

const OF_THE_SG_OF_THE = ' of the Secretary-General of the ';
/** an envoy named by the country or topic of the mandate alone: "Special Envoy for Myanmar" */
const BARE_ENVOY_RE = /^(?:Special|Personal)\s+Envoy\s+(?:for|on)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$/;

/**
 * Step 7': "the work of the previous Special Envoy for Myanmar of the Secretary-General of the Organization of Islamic
 * Cooperation" (A/RES/78/219 PP25): the envoy of another organization's Secretary-General, named with it (not "Special
 * Envoy for Myanmar" beside the United Nations Secretary-General).
 */
function envoysOfOtherSecretariesGeneral(text: string, kept: Candidate[]): void {
  for (const c of kept) {
    if (c.kind !== 'Organization' || !BARE_ENVOY_RE.test(c.name) || !text.startsWith(OF_THE_SG_OF_THE, c.end)) continue;
    const at = c.end + OF_THE_SG_OF_THE.length;
    const owner = kept.find((o) => o.kind === 'Organization' && o.start === at && o.name !== 'United Nations');
    if (!owner) continue;
    c.name = `${c.name} of the Secretary-General of the ${owner.name}`;
    c.attrs = {};
    c.entry = undefined;
    c.end = owner.end;
    // (the Secretary-General named inside is that organization's: no mention of the United Nations' own)
    for (let k = kept.length - 1; k >= 0; k--) {
      const o = kept[k]!;
      if (o !== c && o !== owner && o.start > c.start && o.end < at && o.kind === 'Organization') kept.splice(k, 1);
    }
  }
}

const SEABED_AUTHORITY = 'International Seabed Authority';
const UN_SECRETARY_GENERAL = 'Secretary-General of the United Nations';

/**
 * Step 7'': "Calls upon all States to take the following actions, as called for by the Secretary-General of the
 * Organization of Islamic Cooperation" (A/RES/80/200 OP7, 79/180, 78/214), "Recalls the invitation of the Secretary-General
 * of the World Tourism Organization to Member States" (A/RES/79/220 OP12): "Secretary-General" printed right before "of the
 * <organization>" is that organization's, not the United Nations' (as "the Secretary-General of the Authority" is the
 * Authority's, step 3'). Not "of the United Nations" (one gazetteer name) nor of a sitting ("of the Conference").
 */
/** "the establishment by the ": the "of" after the agent is the noun's (its object) */
const NOUN_BY_THE_RE = /\w(?:ment|tion|sion|al)\s+by\s+the\s+$/;

/** "Secretary-General of the United Nations " and more after it: a post of another body, or the Secretary-General and a name */
const UN_SECRETARY_GENERAL_AND = `${UN_SECRETARY_GENERAL} `;
/** an act done by the agent named next: "the establishment by the ", "the launch by the " */
const ACT_BY_THE_RE = /\w(?:ment|tion|sion|al|launch)\s+by\s+the\s+$/;

function secretariesGeneralOfOtherBodies(text: string, kept: Candidate[]): void {
  // "the establishment by the Secretary-General of the United Nations Democracy Fund" (A/RES/78/208 PP46): the Secretary-General
  // and what was established, the name printed after "of the" (not one post "Secretary-General of the United Nations
  // Democracy Fund"; "the report of the Secretary-General of the United Nations Conference on Trade and Development" stays one)
  for (let i = kept.length - 1; i >= 0; i--) {
    const c = kept[i]!;
    if (c.kind !== 'Organization' || c.entry !== undefined || c.name.length <= UN_SECRETARY_GENERAL_AND.length || !c.name.startsWith(UN_SECRETARY_GENERAL_AND)) continue;
    if (!ACT_BY_THE_RE.test(text.slice(Math.max(0, c.start - 30), c.start))) continue;
    const at = c.start + 25; // after "Secretary-General of the "
    if (!text.startsWith(UN_SECRETARY_GENERAL_AND, c.start)) continue;
    // (the name after it by its gazetteer entry when it has one, else as printed, of the kind its head gave the whole)
    const entry = lookupName(text.slice(at, c.end));
    if (entry?.kind === 'Place') continue;
    const sg = entryByName('Organization', UN_SECRETARY_GENERAL);
    const named = entry
      ? candidate(entry.kind, entryRef(entry).name, { ...entryRef(entry).attrs }, at, c.end, 'gazetteer', false, entry)
      : candidate(c.kind, c.name.slice(25), {}, at, c.end, c.via);
    // (and the gazetteer's "Secretary-General of the United Nations" read at the same start, which would overlap the name)
    for (let k = kept.length - 1; k >= 0; k--) {
      if (k === i || kept[k]!.start !== c.start || kept[k]!.end >= c.end) continue;
      kept.splice(k, 1);
      if (k < i) i--;
    }
    kept.splice(i, 1, candidate('Organization', UN_SECRETARY_GENERAL, sg ? { ...entryRef(sg).attrs } : {}, c.start, c.start + 17, 'gazetteer', false, sg), named);
  }
  for (let j = 0; j < kept.length; j++) {
    const c = kept[j]!;
    if (c.end - c.start !== 17 || c.name !== UN_SECRETARY_GENERAL || !text.startsWith(BARE_OF, c.end)) continue;
    // "the establishment by the Secretary-General of the Leadership Panel of the Forum" (A/RES/80/173 OP97): what was established
    if (NOUN_BY_THE_RE.test(text.slice(Math.max(0, c.start - 30), c.start))) continue;
    // (an owner named with its own article: "the Secretary-General of la Francophonie", A/RES/79/331 PP7, PP21, PP23, PP24)
    const ownerAt = c.end + BARE_OF.length;
    const withThe = text.startsWith(OF_THE, c.end);
    const at = c.end + OF_THE.length;
    const owner =
      kept.find((o) => o.kind === 'Organization' && (o.start === ownerAt || (withThe && o.start === at)) && o.name !== 'United Nations') ??
      (withThe ? ownerByShortFormAt(text, at, c.start, kept, j) : undefined);
    if (!owner) continue;
    c.name = `Secretary-General of the ${owner.name}`;
    c.attrs = {};
    c.entry = undefined;
  }
}
/**
 * "invites the Secretary-General to hold ... regular consultations with the Secretary-General of the Commonwealth" after "the
 * Commonwealth of Independent States" in the same paragraph (A/RES/79/326 OP2): the owner printed by a short form of its
 * gazetteer entry, named in full earlier in the paragraph. The owner is a mention of its own, inserted right after the
 * officer (it takes the clause's verb, as an owner printed in full does); undefined when the word is no such short form.
 */
function ownerByShortFormAt(text: string, at: number, before: number, kept: Candidate[], officerIndex: number): Candidate | undefined {
  CAPITAL_WORD_STICKY_RE.lastIndex = at;
  const word = CAPITAL_WORD_STICKY_RE.exec(text)?.[0];
  if (word === undefined) return undefined;
  const full = kept.find((o) => o.kind === 'Organization' && o.end <= before && o.entry?.shortForms?.includes(word) === true);
  if (full === undefined) return undefined;
  const owner = candidate('Organization', full.name, { ...full.attrs }, at, at + word.length, 'short', false, full.entry);
  kept.splice(officerIndex + 1, 0, owner);
  return owner;
}
const OF_THE_AUTHORITY = ' of the Authority';

const AMENDING_PROTOCOL = 'Amending Protocol';
/**
 * Step 7''(e): "the Council of Europe Convention for the Protection of Individuals with regard to Automatic Processing of Personal
 * Data, ..., and its modernization (Amending Protocol, Council of Europe Treaty Series No. 223)" (A/RES/79/284 OP29): the
 * protocol amending that convention, named by it; alone, "Amending Protocol" was an instrument of nothing. Only after a convention
 * named before it in the paragraph.
 */
function amendingProtocolsOfConventions(kept: Candidate[]): void {
  for (const c of kept) {
    if (c.kind !== 'Framework' || c.name !== AMENDING_PROTOCOL) continue;
    let convention: Candidate | undefined;
    for (const o of kept) if (o.kind === 'Framework' && o.end <= c.start && o.name.startsWith('Convention ')) convention = o;
    if (convention !== undefined) c.name = `Protocol amending the ${convention.name}`;
  }
}

const ITS_NEW_PLAN_OF_ACTION = 'its new Plan of Action ';
/** a plan named by its years only: "Plan of Action 2024-2026" (the candidate's name, dashes normalised) */
const YEARS_PLAN_OF_ACTION_RE = /^Plan of Action (?:19|20)\d\d-(?:19|20)\d\d$/;
/**
 * Step 7''(d): "Notes the efforts of the Central European Initiative in addressing the challenges through its new Plan of Action
 * 2024–2026 adopted by the member States" (A/RES/79/135 OP2): the plan of the body named before "its", the one OP9 names in full
 * ("the Central European Initiative Plan of Action 2024‑2026"); alone it was a plan of nobody. Only a plan named by its years,
 * its owner the last body or initiative named before it in the sentence.
 */
function ownersNewPlansOfAction(text: string, kept: Candidate[]): void {
  for (let at = text.indexOf(ITS_NEW_PLAN_OF_ACTION); at >= 0; at = text.indexOf(ITS_NEW_PLAN_OF_ACTION, at + 1)) {
    const planStart = at + ITS_NEW_PLAN_OF_ACTION.length - 'Plan of Action '.length;
    const plan = kept.find((c) => c.kind === 'Framework' && c.start === planStart && YEARS_PLAN_OF_ACTION_RE.test(c.name));
    if (plan === undefined) continue;
    let owner: Candidate | undefined;
    for (const c of kept) if ((c.kind === 'Organization' || c.kind === 'Initiative') && c.end <= at && !/[;.]\s/.test(text.slice(c.end, at))) owner = c;
    if (owner === undefined) continue;
    plan.name = `${owner.name} ${plan.name}`;
  }
}

const ACTION_PROGRAMME_ADOPTED = 'action programme adopted ';
const ACTION_PROGRAMME_OF_THE = 'Action Programme of the ';
const AT_THE_END = ' at the ';
/**
 * Step 7''(c): "the implementation of the action programme adopted at the 1987 International Conference on the Relationship
 * between Disarmament and Development" (A/RES/78/23 PP9, 80/25), "... adopted on 11 September 1987 at the International
 * Conference ..." (OP2): the programme is an instrument of its own, named by the sitting that adopted it (which stays an Event,
 * and ADOPTED it: attributions). Missed before: the lowercase words were no name.
 */
function actionProgrammesOfSittings(text: string, kept: Candidate[]): void {
  for (let at = text.indexOf(ACTION_PROGRAMME_ADOPTED); at >= 0; at = text.indexOf(ACTION_PROGRAMME_ADOPTED, at + 1)) {
    const end = at + ACTION_PROGRAMME_ADOPTED.length - ' adopted '.length;
    if (kept.some((c) => c.start < end && c.end > at)) continue;
    // the sitting right after, the gap " adopted [on <day>] at the " (its year may open the sitting's mention)
    const sitting = kept.find((c) => c.kind === 'Event' && c.start > end && c.start - end <= 40);
    if (sitting === undefined) continue;
    const gap = text.slice(end, sitting.start);
    if (!gap.endsWith(AT_THE_END)) continue;
    // (the sitting's year opens its name: "the 1987 International Conference"; the programme is named without it)
    const name = ACTION_PROGRAMME_OF_THE + (isYearWord(sitting.name) ? sitting.name.slice(5) : sitting.name);
    kept.push(candidate('Framework', name, {}, at, end, 'pattern'));
    kept.sort((a, b) => a.start - b.start);
  }
}
/** `name` opens with a year and a space ("1987 International Conference ...") */
function isYearWord(name: string): boolean {
  if (name.charCodeAt(4) !== 32) return false;
  for (let k = 0; k < 4; k++) if (name.charCodeAt(k) < 48 || name.charCodeAt(k) > 57) return false;
  return true;
}

const GENERAL_SECRETARIAT_OF_THE = 'General Secretariat of the ';
const GENERAL_SECRETARIAT_OF_THE_ORGANIZATION = 'General Secretariat of the Organization';
const ORGANIZATION_WORD = 'Organization';
/**
 * Step 7''(b): "the organization of the workshop ... from 24 to 26 July 2022 at the General Secretariat of the Organization"
 * (A/RES/79/9 PP17), "activities of the Department of Family Affairs of the General Secretariat of the Organization" (PP22): in
 * a text titled on, or a paragraph naming, an organization whose secretariat is its "General Secretariat" (the gazetteer's
 * organs naming their owner), "the Organization" is that one; the United Nations has no General Secretariat. Read before as the
 * United Nations Secretariat ("Secretariat of the Organization") and a department of nobody.
 */
function generalSecretariatsOfTheOrganization(text: string, kept: Candidate[], title: string | undefined): void {
  for (let at = text.indexOf(GENERAL_SECRETARIAT_OF_THE_ORGANIZATION); at >= 0; at = text.indexOf(GENERAL_SECRETARIAT_OF_THE_ORGANIZATION, at + 1)) {
    const end = at + GENERAL_SECRETARIAT_OF_THE_ORGANIZATION.length;
    // (the owner's name printed in full, "... of the Organization of Islamic Cooperation": the gazetteer read it)
    // ("Organizations": another word)
    if (text.startsWith(' of ', end) || text.charCodeAt(end) === 115 /* s */) continue;
    const organ = generalSecretariatOfNamedOwner(text.slice(0, at), kept, title);
    if (organ === undefined) return;
    const ref = entryRef(organ);
    const owner = ref.name.slice(GENERAL_SECRETARIAT_OF_THE.length);
    for (let i = kept.length - 1; i >= 0; i--) {
      const c = kept[i]!;
      if (c.kind !== 'Organization' || c.end !== end || c.start < at - 1) {
        // "the Department of Family Affairs of the General Secretariat of the Organization": that secretariat's department
        if (c.kind === 'Organization' && c.end === end && c.start < at && c.name.endsWith(GENERAL_SECRETARIAT_OF_THE_ORGANIZATION)) {
          c.name = c.name.slice(0, c.name.length - ORGANIZATION_WORD.length) + owner;
          c.attrs = {};
          c.entry = undefined;
        }
        continue;
      }
      kept.splice(i, 1);
    }
    if (!kept.some((c) => c.start <= at && c.end >= end)) {
      kept.push(candidate('Organization', ref.name, { ...ref.attrs }, at, end, 'gazetteer', false, organ));
      kept.sort((a, b) => a.start - b.start);
    }
  }
}
/** The one organ "General Secretariat of the <owner>" the gazetteer knows whose owner the title or `before` names, else undefined. */
function generalSecretariatOfNamedOwner(before: string, kept: readonly Candidate[], title: string | undefined): GazetteerEntry | undefined {
  let found: GazetteerEntry | undefined;
  for (const organ of ORGANS_NAMING_OWNER) {
    if (!organ.name.startsWith(GENERAL_SECRETARIAT_OF_THE_ORGANIZATION)) continue;
    const owner = organ.name.slice(GENERAL_SECRETARIAT_OF_THE.length);
    const named = title?.includes(owner) === true || (before.includes(owner) && kept.some((c) => c.kind === 'Organization' && c.name === owner));
    if (!named) continue;
    if (found !== undefined) return undefined;
    found = organ;
  }
  return found;
}

/**
 * Step 3': "Notes the decision of the Assembly to extend the current strategic plan of the Authority, the request to the
 * Secretary-General of the Authority to review ... as an agenda item for the twenty-ninth session of the Assembly, in
 * 2024" (A/RES/78/69 OP69), "the commemoration ... by the Assembly of the Authority on 23 July 2025" (A/RES/80/110 OP53):
 * in a paragraph about the International Seabed Authority ("the Authority"), "the Assembly" is the Authority's, not the
 * General Assembly (whose sessions are named after it, step 4c), and "the Secretary-General of the Authority" its own.
 */
function assemblyOfTheAuthority(text: string, cands: Candidate[]): void {
  if (!cands.some((c) => c.kind === 'Organization' && c.name === SEABED_AUTHORITY)) return;
  for (const c of cands) {
    // ("the request to the Secretary-General of the Authority": its own Secretary-General, not the United Nations')
    if (c.kind === 'Organization' && c.name === UN_SECRETARY_GENERAL && text.startsWith(OF_THE_AUTHORITY, c.end)) {
      c.name = `Secretary-General of the ${SEABED_AUTHORITY}`;
      c.attrs = {};
      c.entry = undefined;
      continue;
    }
    if (c.kind !== 'Organization' || c.name !== 'General Assembly' || c.end - c.start !== 8 || !text.startsWith('the ', c.start - 4)) continue;
    c.name = `Assembly of the ${SEABED_AUTHORITY}`;
    c.attrs = {};
    c.entry = undefined;
  }
}

/** An assembly named in full that is not the General Assembly: "United Nations Environment Assembly", "World Health Assembly". */
function isOtherAssembly(c: Candidate): boolean {
  return c.kind === 'Organization' && c.name.endsWith(' Assembly') && !c.name.endsWith('General Assembly') && c.end - c.start > 9;
}
/** Words between another assembly and "the Assembly" that say the citing General Assembly speaks: "its resolution 74/2". */
const GENERAL_ASSEMBLY_BETWEEN_RE = /\bits (?:resolutions?|decisions?)\b|General Assembly|[;.]\s/;
/**
 * Step 4c'': "Recalling United Nations Environment Assembly resolution 5/14 ..., in which the Assembly decided on the convening
 * of an intergovernmental negotiating committee" (A/RES/78/128 PP16), "the outcome of the World Health Assembly held in May
 * 2019, ..., and the adoption by the Assembly of the eleventh revision of the International Statistical Classification of
 * Diseases" (A/RES/78/174 PP32, 79/146, 80/178), "the decision by the United Nations Habitat Assembly in which it requested
 * ... possible approval by the Assembly at its resumed regular second session" (A/RES/79/214 PP8): "the Assembly" after
 * another assembly named in the paragraph is that assembly, unless the General Assembly is named between them (in full, or
 * as "its resolution" of the citing Assembly).
 */
function assemblyNamedBefore(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.kind !== 'Organization' || c.name !== 'General Assembly' || c.end - c.start !== 8 || !text.startsWith('the ', c.start - 4)) continue;
    let named: Candidate | undefined;
    for (const o of cands) {
      if (o.end > c.start - 4 || o.kind !== 'Organization' || !o.name.endsWith('Assembly') || o.end - o.start <= 8) continue;
      if (!named || o.start > named.start) named = o;
    }
    if (named === undefined || !isOtherAssembly(named) || GENERAL_ASSEMBLY_BETWEEN_RE.test(text.slice(named.end, c.start))) continue;
    c.name = named.name;
    c.attrs = { ...named.attrs };
    c.entry = named.entry;
  }
}

/**
 * Step 3'': "the statistical framework ..., developed by the World Tourism Organization and adopted at the twenty-fifth
 * session of its General Assembly" (A/RES/79/220 OP27): "its General Assembly" is the organ of the organization named
 * last before it in the paragraph, not the United Nations General Assembly.
 */
function assemblyOfItsOwner(text: string, cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.kind !== 'Organization' || c.name !== 'General Assembly' || !text.startsWith('its ', c.start - 4)) continue;
    let owner: Candidate | undefined;
    for (let j = 0; j < cands.length; j++) {
      const o = cands[j]!;
      if (o.kind === 'Organization' && o.end <= c.start && o.name !== 'General Assembly' && (!owner || o.start > owner.start)) owner = o;
    }
    if (!owner || /[;.]\s/.test(text.slice(owner.end, c.start))) continue;
    c.name = `General Assembly of the ${owner.name}`;
    c.attrs = {};
    c.entry = undefined;
    // "the twenty-fifth session of its General Assembly": that organ's session
    const s = SESSION_OF_ITS_RE.exec(text.slice(Math.max(0, c.start - 60), c.start - 4));
    if (s) cands.push(candidate('Event', `${s[1]!.toLowerCase()} session of the ${c.name}`, { eventKind: 'session' }, c.start - 4 - s[0].length, c.end, 'special'));
  }
}
/**
 * Step 3''': "GC(67)/DEC/11 ..., adopted by the General Conference of the Agency at its sixty-seventh regular session" (A/RES/78/8
 * OP2), "acknowledged by the General Conference of the Organization in its resolution GC.18/Res.3" (A/RES/79/222 PP18): "the
 * Agency", "the Organization" standing for the International Atomic Energy Agency or UNIDO, the organ is that agency's General
 * Conference, as when printed with the agency's full name (its sessions are the organ's). The short form keeps its place
 * inside the organ's name (settleOverlaps keeps the organ).
 */
function generalConferencesOfShortForms(text: string, shorts: readonly Candidate[], cands: Candidate[]): void {
  for (const c of shorts) {
    if (c.kind !== 'Organization' || !GENERAL_CONFERENCE_OWNERS.has(c.name)) continue;
    const at = text.startsWith('the ', c.start) ? c.start + 4 : c.start;
    if (at < GENERAL_CONFERENCE_OF_THE.length || !text.endsWith(GENERAL_CONFERENCE_OF_THE, at)) continue;
    const entry = entryByName('Organization', GENERAL_CONFERENCE_OF_THE + c.name);
    if (entry === undefined) continue;
    const ref = entryRef(entry);
    cands.push(candidate(ref.kind, ref.name, { ...ref.attrs }, at - GENERAL_CONFERENCE_OF_THE.length, c.end, 'gazetteer', false, entry));
  }
}

const SESSION_OF_ITS_RE = letterRe(`(?<![\\p{L}\\p{N}])(${ORDINAL_SOURCE})\\s+session\\s+of\\s+$`, 'iu');

const POLITICAL_DECLARATION = 'olitical declaration';
const DECLARATION_OF_THE = 'olitical declaration of the ';
const DECLARATION_APPROVED_BY = 'olitical declaration approved by the ';
const DECLARATION_ADOPTED_BY = 'olitical declaration adopted by the ';
const KNOWN_AS_THE = ' known as the ';

/**
 * Step 7a: "the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples" (A/RES/78/328
 * PP3 and some 30 texts): the sitting described is the one named after "known as the"; the description is no sitting of its own
 * (it was one node "high-level plenary meeting of the General Assembly" for every such meeting of every text).
 */
function eventsKnownAs(text: string, kept: Candidate[]): void {
  for (let i = kept.length - 1; i >= 0; i--) {
    const c = kept[i]!;
    if (c.kind !== 'Event' || !text.startsWith(KNOWN_AS_THE, c.end)) continue;
    const at = c.end + KNOWN_AS_THE.length;
    if (kept.some((d) => d.kind === 'Event' && d.start === at)) kept.splice(i, 1);
  }
}
const FINAL_DOCUMENT_OF_THE = 'Final Document of the ';

/**
 * Step 7a': "notes the holding of the fifth meeting of the Food and Agriculture Organization of the United Nations, International
 * Maritime Organization and International Labour Organization Joint Ad Hoc Working Group on Illegal, Unreported and Unregulated
 * Fishing and Related Matters, from 8 to 12 January 2024" (A/RES/79/144 OP108): the bodies listed after " of the " open the name
 * of the body they hold together; the sitting is that body's ("fifth meeting of the Joint Ad Hoc Working Group on ..."), not the
 * first body's, and its span runs to the body's end. Only a numbered sitting ending at an organization, the organizations listed
 * by commas and "and", the last right before a body whose name opens with "Joint".
 */
function sittingsOfJointBodies(text: string, kept: Candidate[]): void {
  for (const ev of kept) {
    if (ev.kind !== 'Event') continue;
    const sitting = NUMBERED_SITTING_OF_RE.exec(ev.name);
    if (!sitting) continue;
    let last = kept.find((c) => c.kind === 'Organization' && c.end === ev.end && c.start > ev.start);
    if (last === undefined || !ev.name.endsWith(last.name)) continue;
    let listed = 1;
    for (;;) {
      const end: number = last.end;
      const next = kept.find((c) => c.kind === 'Organization' && c.start > end && c.start - end < 8);
      if (next === undefined) break;
      const gap = text.slice(end, next.start);
      if (gap === ' ' && listed > 1 && next.name.startsWith(JOINT_BODY_HEAD)) {
        ev.name = `${sitting[1]!} of the ${next.name}`;
        ev.end = next.end;
        break;
      }
      if (!LISTED_OWNERS_GAP_RE.test(gap)) break;
      last = next;
      listed++;
    }
  }
}

/**
 * Step 7b'': "the Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries, adopted in
 * Kampala" (A/RES/80/171 PP29), "the Final Document of the 2000 Review Conference of the Parties to the Treaty on the
 * Non-Proliferation of Nuclear Weapons": the outcome a sitting adopted is a Framework named with the sitting as printed, and
 * the sitting keeps its own mention (the chunk reader leaves "Final Document", no head before "of", unread).
 */
/** the Final Document of a review conference printed by its year or ordinal alone ("2000 Review Conference", "Sixth Review Conference") */
const SHORT_REVIEW_CONFERENCE_RE = /^Final Document of the (?:(?:19|20)\d\d|[A-Z][a-z]+(?:-[a-z]+)?) Review Conference$/;
/**
 * Step 7c''': "the Final Document of the 2000 Review Conference" (A/RES/80/45 PP8, A/RES/78/33 PP16) after "the Final
 * Document of the 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons" (PP7):
 * a review conference printed by its year or ordinal alone, which the short forms read as the one named in full (step 3),
 * names the document in full too, so that the two are one document.
 */
function finalDocumentsOfShortReviewConferences(kept: Candidate[]): void {
  for (const f of kept) {
    if (f.kind !== 'Framework' || f.name.length > 60 || !SHORT_REVIEW_CONFERENCE_RE.test(f.name)) continue;
    const at = f.start + FINAL_DOCUMENT_OF_THE.length;
    const c = kept.find((o) => o.kind === 'Event' && o.start === at);
    if (c && c.name.length > f.name.length - FINAL_DOCUMENT_OF_THE.length + 4 && c.name.startsWith(`${f.name.slice(FINAL_DOCUMENT_OF_THE.length)} of the `)) f.name = FINAL_DOCUMENT_OF_THE + c.name;
  }
}
const DOCUMENTS_OF_THE = 'Documents of the ';
const OF_THE_SPACE = ' of the ';
const OUTCOME_DOCUMENTS_OF_THE = 'outcome documents of the ';
/** "Final Documents of the " or "outcome document(s) of the " ending right before a sitting's mention */
const DOCUMENTS_OF_SITTINGS_BEFORE_RE = /(?:Final Documents|[Oo]utcome documents?) of the $/;
/** the gap between two sittings of a list ("2000 and 2010", "1995, 2000 and 2010"; "the 2000 7 and the 2010 8 Review
 *  Conferences", a footnote mark after a year, A/RES/79/35 PP8, and "the 20007 and the 20108", 80/39 PP11) */
const LISTED_SITTINGS_GAP_RE = /^(?:\s?\d{1,2})?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
/**
 * Step 7c'''': "the Final Documents of the 2000 and 2010 Review Conferences" (A/RES/78/40 PP14, 79/41, 80/48): one Final
 * Document per sitting listed (step 4' read the sittings), keyed as "the Final Document of the 2000 Review Conference of the
 * Parties to ..." is (finalDocumentsOfSittings). "the outcome documents of the 2000 and 2010 Review Conferences" (A/RES/78/42
 * OP6, OP7, 79/35, 80/39) and "the outcome document of the 2000 Review Conference" (78/40 PP) name the same documents, as an NPT
 * review conference's outcome is its Final Document; another sitting's outcome document is not so named. Each document spans
 * from "Final Documents" to its sitting's end, so that its sitting, which keeps its own mention, is the one ending with it.
 */
function finalDocumentsOfListedSittings(text: string, kept: Candidate[]): void {
  for (let i = 0, n = kept.length; i < n; i++) {
    const first = kept[i]!;
    if (first.kind !== 'Event') continue;
    const lead = DOCUMENTS_OF_SITTINGS_BEFORE_RE.exec(text.slice(Math.max(0, first.start - 40), first.start));
    if (!lead) continue;
    const start = first.start - lead[0].length;
    const listed = [first];
    for (let last = first, next = nextEventAfter(kept, last); next && LISTED_SITTINGS_GAP_RE.test(text.slice(last.end, next.start)); last = next, next = nextEventAfter(kept, last)) listed.push(next);
    const finalDocuments = lead[0].charCodeAt(0) === 70; /* F */
    // (a plural names a list, a singular one sitting)
    if (!finalDocuments && (listed.length > 1) !== lead[0].startsWith(OUTCOME_DOCUMENTS_OF_THE.slice(1), 1)) continue;
    if (!finalDocuments && !listed.every((ev) => ev.name.endsWith(NPT_REVIEW_CONFERENCE))) continue;
    // (one mention per document, and two mentions may not share a span: with two sittings, "Final" names the first's,
    // "Documents" the second's; a longer list is left as it was)
    const wordsEnd = start + lead[0].length - OF_THE_SPACE.length;
    const space = text.indexOf(' ', start);
    if (listed.length > 2) continue;
    listed.forEach((ev, k) => {
      const from = listed.length === 1 || k === 0 ? start : space + 1;
      const to = listed.length === 1 || k === 1 ? wordsEnd : space;
      kept.push(candidate('Framework', `Final Document of the ${ev.name}`, {}, from, to, 'special'));
    });
  }
}
/** The Event candidate starting first after `c` ends, if any. */
function nextEventAfter(kept: readonly Candidate[], c: Candidate): Candidate | undefined {
  let next: Candidate | undefined;
  for (const o of kept) if (o.kind === 'Event' && o.start >= c.end && (!next || o.start < next.start)) next = o;
  return next;
}
const THE_DECLARATION_OF_THE = 'the Declaration of the ';
/**
 * Step 7b'': "the Declaration of the commemorative high-level plenary meeting devoted to the follow-up to the outcome of the special
 * session on children, held in New York from 11 to 13 December 2007" (A/RES/78/187 PP14, 80/190 PP14): the declaration the meeting
 * adopted, named after it (as a political declaration is, declarationsOfMeetings), not "the Declaration" named before in the
 * paragraph. Its span the words "Declaration of the" (longer than "Declaration" read as a short form): the meeting keeps its own,
 * with its venue and dates, and extract.ts (sittingsOfDeclarations) reads it as the sitting that adopted the declaration. Only a capital "Declaration" right after "the" (the lowercase "declaration of the high-level meeting ... on the rule
 * of law" is a title the gazetteer knows).
 */
function declarationsOfHighLevelMeetings(text: string, kept: Candidate[]): void {
  for (let i = 0, n = kept.length; i < n; i++) {
    const c = kept[i]!;
    if (c.kind !== 'Event' || !HIGH_LEVEL_SITTING_NAME_RE.test(c.name) || !text.startsWith(THE_DECLARATION_OF_THE, c.start - THE_DECLARATION_OF_THE.length)) continue;
    const start = c.start - THE_DECLARATION_OF_THE.length + 4;
    kept.push(candidate('Framework', `Declaration of the ${c.name}`, {}, start, c.start - 1, 'special'));
  }
}
const DECLARATION_OF_THE_CONFERENCE = 'Declaration of the Conference';
/**
 * Step 7c''''': "Reaffirming the outcome of the United Nations Conference on the Human Environment, especially principle 7 of
 * the Declaration of the Conference,1" (A/RES/80/130 PP2, 79/200, 78/143): the declaration of the conference named before it
 * in the paragraph ("Declaration of the United Nations Conference on the Human Environment"), not one node "Declaration of
 * the Conference" for any conference's. With no conference named before, it stays as printed.
 */
function declarationsOfConferencesNamedBefore(kept: readonly Candidate[]): void {
  for (const c of kept) {
    if (c.kind !== 'Framework' || c.name !== DECLARATION_OF_THE_CONFERENCE || c.attrs.qualifier !== undefined) continue;
    let conference: Candidate | undefined;
    for (const e of kept) if (e.kind === 'Event' && e.end <= c.start && e.name.includes(' Conference') && (!conference || e.start > conference.start)) conference = e;
    if (conference) c.name = `Declaration of the ${conference.name}`;
  }
}
function finalDocumentsOfSittings(text: string, kept: Candidate[]): void {
  for (let i = 0, n = kept.length; i < n; i++) {
    const c = kept[i]!;
    if (c.kind !== 'Event' || c.start < FINAL_DOCUMENT_OF_THE.length || !text.startsWith(FINAL_DOCUMENT_OF_THE, c.start - FINAL_DOCUMENT_OF_THE.length)) continue;
    const start = c.start - FINAL_DOCUMENT_OF_THE.length;
    // (a Final Document known by name, "the Final Document of the Tenth Special Session of the General Assembly", is read already)
    if (kept.some((o) => o.kind === 'Framework' && o.start <= start && o.end > start)) continue;
    // (its span the two words: the sitting's span stays the sitting's, with its venue and dates)
    kept.push(candidate('Framework', `Final Document of the ${text.slice(c.start, c.end).replace(/\s+/g, ' ')}`, {}, start, start + 14, 'special'));
  }
}
const MINISTERIAL_DECLARATION = 'inisterial declaration ';
const POLITICAL_FORUM = 'high-level political forum on sustainable development';
/**
 * The yearly ministerial declaration of the high-level political forum on sustainable development (and of the high-level
 * segment of the Economic and Social Council, adopted with it), its year printed before the forum or the Council's session
 * (1, 2) or after the forum, where it was held (3): "the ministerial declaration of the high-level political forum on
 * sustainable development3 held in 2022" (A/RES/80/142 PP7, 79/211, 78/157), "the ministerial declaration of the 2022
 * high-level political forum on sustainable development" (78/128), "the ministerial declaration adopted at the high-level
 * segment of the 2024 session of the Economic and Social Council and the 2024 high-level political forum ..." (79/146, 78/174,
 * 80/178, 79/263, 79/231), "the ministerial declaration adopted by the high-level political forum on sustainable development
 * convened under the auspices of the Economic and Social Council, held in New York from 14 to 24 July 2025" (80/151).
 */
const MINISTERIAL_DECLARATION_OF_FORUM_RE =
  letterRe(String.raw`\b[Mm]inisterial\s+declaration\s+(?:of|adopted\s+(?:at|by|during))\s+the\s+(?:high-level\s+segment\s+of\s+the\s+((?:19|20)\d\d)\s+session\s+of\s+the\s+Economic\s+and\s+Social\s+Council\s+and\s+(?:of\s+)?the\s+)?(?:((?:19|20)\d\d)\s+)?high-level\s+political\s+forum\s+on\s+sustainable\s+development(?![\p{L}])((?:\s?\d{1,3}(?!\d))?(?:,?\s+convened\s+under\s+the\s+auspices\s+of\s+the\s+(?:Economic\s+and\s+Social\s+)?Council)?,?\s+(?:held\s+)?(?:in\s+New\s+York\s+)?(?:in|from|on)\s+(?:[^;,]{0,30}?\s)?((?:19|20)\d\d)(?!\d))?`, 'gu');
/**
 * Step 7b'''': the ministerial declaration so named is a Framework keyed by its year ("Ministerial declaration of the high-level
 * political forum on sustainable development (2022)"), as a high-level meeting's political declaration is; none where no year
 * is printed (two years' declarations are two things). Its span the two words: the forum and the Council's session keep theirs.
 */
function ministerialDeclarationsOfForum(text: string, kept: Candidate[]): void {
  MINISTERIAL_DECLARATION_OF_FORUM_RE.lastIndex = 0;
  for (let m = MINISTERIAL_DECLARATION_OF_FORUM_RE.exec(text); m; m = MINISTERIAL_DECLARATION_OF_FORUM_RE.exec(text)) {
    const year = m[1] ?? m[2] ?? m[4];
    if (year === undefined) continue;
    const start = m.index;
    const end = start + 'ministerial declaration'.length;
    if (kept.some((o) => o.start < end && start < o.end)) continue;
    kept.push(candidate('Framework', 'Ministerial declaration of the high-level political forum on sustainable development', { qualifier: year }, start, end, 'special'));
  }
}

/** right before a meeting's name: "the political declaration of the ", "the 2019 political declaration of the " */
// (the meeting's year or ordinal may come between: "the political declaration of the 2023 high-level meeting on universal
// health coverage" (A/RES/79/223 PP13), "... of the third high-level meeting of the General Assembly on ..." (A/RES/79/263))
// ("Adopts the following political declaration approved by the high-level meeting of the General Assembly on the fight against
// tuberculosis on 26 September 2018:", A/RES/73/3: the meeting's declaration, which later texts cite as "the 2018 political
// declaration of the high-level meeting ..." (A/RES/78/5))
// (or two meetings, each named in the singular: "the political declarations of the second high-level meeting of the General
// Assembly on the fight against tuberculosis 27 and the General Assembly high-level meeting on pandemic prevention, preparedness
// and response, 28 both adopted on 5 October 2023", A/RES/79/170 OP41, 78/203, 80/ on the right to development: "s" in 3)
const DECLARATION_OF_MEETING_RE = /(?:\b((?:19|20)\d\d)\s+)?\b[Pp]olitical\s+declaration(s?)\s+(?:of|approved\s+by|adopted\s+by)\s+the\s+(?:((?:19|20)\d\d)\s+|[a-z]+(?:-[a-z]+)?\s+(?=$))?$/;
/** between two meetings so listed: a footnote mark, then " and the " (and "General Assembly " before the second's name) */
const NEXT_LISTED_MEETING_RE = /^\s?\d{0,3}\s?,?\s+and\s+the\s+(?:General\s+Assembly\s+)?$/;
/** after the second: "..., 28 both adopted on 5 October 2023" (the year in 1), past the rest of a topic cut at its comma */
const BOTH_ADOPTED_RE = /^[a-z ,-]{0,60}?\s?\d{0,3}\s?,?\s+both\s+adopted\s+(?:on|in)\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+)?((?:19|20)\d\d)(?!\d)/;
/** a high-level meeting's name, the Assembly's or not: "high-level meeting on ...", "third high-level meeting of the General Assembly on ..." */
const HLM_NAME_RE = /^(?:[a-z-]+\s+)?high-level meeting\b/i;
/** a body's sitting named by its kind, as meetingsOfBodies reads it: "plenary meeting of the Kimberley Process" */
const BODY_SITTING_NAME_RE = /^(?:plenary|ministerial|commemorative) (?:meeting|segment|event|dialogue) of the /;
const ENTITLED_AFTER_RE = /^,?\s*entitled\b/;
const ANAPHORIC_REVIEW_RE = /\son\s+(?:its|their|the)\s+(?:[a-z-]+\s+)?review$/;
/** " of 2023" right after a meeting's name */
const YEAR_AFTER_MEETING_RE = /^ of ((?:19|20)\d\d)(?!\d)/;
const OF_THE_ASSEMBLY_RE = /^((?:[a-z-]+\s+)?high-level meeting) of the General Assembly (?=on |to )/i;

/**
 * Step 7b': "the political declaration of the high-level meeting on universal health coverage" (A/RES/78/187 PP), "the 2018
 * political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis" (A/RES/78/5): a
 * declaration named after the meeting that adopted it is a Framework, one per meeting ("of the General Assembly" or not; the
 * year printed before it or the meeting's date, when known, keys it as the meeting's edition). The meeting comes back as a
 * nested mention that ADOPTED it (extract.ts, sittingsOfDeclarations). Only meetings read as Events right after the words.
 */
function declarationsOfMeetings(text: string, kept: Candidate[]): void {
  for (let i = 0, n = kept.length; i < n; i++) {
    const c = kept[i]!;
    if (c.kind !== 'Event' || !HLM_NAME_RE.test(c.name)) continue;
    const m = DECLARATION_OF_MEETING_RE.exec(text.slice(Math.max(0, c.start - 56), c.start));
    if (!m) continue;
    const start = c.start - m[0].length + m[0].search(/[Pp]olitical/);
    // (names inside the meeting's are its own: "the Sendai Framework" in "... on the midterm review of the Sendai Framework")
    // (nor is "third high-level meeting of the General Assembly", the ordinal's shorter reading of the same meeting)
    if (kept.some((o) => o !== c && o.start < c.end && start < o.end && (o.start < c.start || o.end > c.end) && o.kind !== 'Place' && o.kind !== 'Organization' && !(o.kind === 'Event' && o.start > start && o.start < c.start))) continue;
    // not a declaration named by its title after it ("... on universal health coverage entitled “Universal health coverage:
    // expanding our ambition ...”", A/RES/80/186 PP4: the title is its name, step 4f), nor a meeting named by what the
    // text said before ("the high-level meeting on its midterm review", "... on the midterm review", A/RES/78/152 OP67)
    // (a title step 4f did not read as the declaration's, printed with no comma before "entitled": "the political declaration
    // of the high-level meeting on universal health coverage entitled “Universal health coverage: ...”, held on 21 September
    // 2023", A/RES/78/182 PP8, is still the meeting's declaration)
    if ((ENTITLED_AFTER_RE.test(text.slice(c.end, c.end + 16)) && titleReadAfter(text, c.end, kept)) || c.name.endsWith(' entitled')) continue;
    if (ANAPHORIC_REVIEW_RE.test(c.name)) {
      // ("... on its midterm review": the instrument named before it, when the gazetteer knows that review's declaration)
      const reviewed = reviewedInstrumentDeclaration(c, kept);
      if (reviewed !== undefined) {
        c.name = reviewed.meetingName;
        kept.push(candidate('Framework', reviewed.entry.name, { ...(reviewed.entry.attrs ?? {}) }, start, c.end, 'special', false, reviewed.entry));
      }
      continue;
    }
    // (or printed after it: "the political declaration of the high-level meeting on universal health coverage of 2023",
    // A/RES/80/190 PP13)
    if (m[2]) {
      // the plural: two meetings listed, each a declaration of its own, the year their "both adopted on" prints
      const next = kept.find((o) => o.kind === 'Event' && o.start > c.end && o.start - c.end < 40 && HLM_NAME_RE.test(o.name) && NEXT_LISTED_MEETING_RE.test(text.slice(c.end, o.start)));
      if (!next) continue;
      const both = BOTH_ADOPTED_RE.exec(text.slice(next.end, next.end + 120))?.[1];
      // (the second from its "the ", which its declaration's sitting is read after: extract.ts, sittingsOfDeclarations)
      const nextFrom = text.startsWith('the ', next.start - 4) ? next.start - 4 : next.start;
      for (const [meeting, from] of [[c, start], [next, nextFrom]] as const) {
        const year = m[1] ?? m[3] ?? both ?? (typeof meeting.attrs.startDate === 'string' ? meeting.attrs.startDate.slice(0, 4) : undefined);
        kept.push(candidate('Framework', declarationName(meeting.name), year ? { qualifier: year } : {}, from, meeting.end, 'special'));
      }
      continue;
    }
    const year = m[1] ?? m[3] ?? (typeof c.attrs.startDate === 'string' ? c.attrs.startDate.slice(0, 4) : YEAR_AFTER_MEETING_RE.exec(text.slice(c.end, c.end + 9))?.[1]);
    const name = declarationName(c.name);
    const titled = year ? titledMeetingDeclarationRef(name, year) : undefined;
    if (titled !== undefined) kept.push(candidate('Framework', titled.name, { ...titled.attrs }, start, c.end, 'special'));
    else kept.push(candidate('Framework', name, year ? { qualifier: year } : {}, start, c.end, 'special'));
  }
}

const ON_ITS = ' on its ';
const REVIEW_END = ' review';
/**
 * "as outlined in the Sendai Framework for Disaster Risk Reduction 2015–2030,4 and the political declaration of the high-level
 * meeting on its midterm review,5" (A/RES/78/141 OP22, 79/198 OP24; 79/199 PP7, where the Addis Ababa Action Agenda comes
 * between): "its" is an instrument named before in the paragraph, the nearest one whose review meeting's declaration the
 * gazetteer knows. Returns the meeting's name with the instrument's and that declaration; undefined when none is known (the
 * meeting then stays as printed and no declaration is made up).
 */
function reviewedInstrumentDeclaration(meeting: Candidate, kept: readonly Candidate[]): { meetingName: string; entry: GazetteerEntry } | undefined {
  const at = meeting.name.lastIndexOf(ON_ITS);
  if (at < 0 || !meeting.name.endsWith(REVIEW_END)) return undefined;
  const review = meeting.name.slice(at + ON_ITS.length);
  let found: { meetingName: string; entry: GazetteerEntry } | undefined;
  let foundEnd = -1;
  for (const f of kept) {
    if (f.kind !== 'Framework' || f.end > meeting.start || f.end <= foundEnd) continue;
    const meetingName = `${meeting.name.slice(0, at)} on the ${review} of the ${f.name}`;
    const entry = entryByName('Framework', declarationName(meetingName));
    if (entry === undefined) continue;
    found = { meetingName, entry };
    foundEnd = f.end;
  }
  return found;
}

/** right before a sitting's name: "political declaration of the ", "political declaration adopted by the " */
const DECLARATION_OF_THE_BEFORE_RE = /\b[Pp]olitical\s+declaration\s+(?:of|adopted\s+by)\s+the\s+$/;
/**
 * Step 7b' (known declarations): "as contained in paragraphs 15 and 16 of the political declaration of the third United
 * Nations Ocean Conference" (A/RES/80/145 OP6), "Endorses the political declaration adopted by the Third United Nations
 * Conference on Landlocked Developing Countries, which is contained in the annex" (A/RES/80/3 OP1, the Awaza Political
 * Declaration): the declaration of a sitting other than a high-level meeting, when the
 * gazetteer knows it by that sitting's gazetteer name ("Political declaration of the 2025 United Nations Ocean Conference");
 * no declaration is made up otherwise. (Not yet an edition read by a pattern and dated after its name: "the political
 * declaration of the United Nations Conference to Support ... SDG 14 ..., held in Lisbon ... 2022", A/RES/78/159 PP22, whose
 * sitting, re-read as the declaration's (extract.ts), would lose its date.)
 */
function knownDeclarationsOfSittings(text: string, kept: Candidate[]): void {
  for (let i = 0, n = kept.length; i < n; i++) {
    const c = kept[i]!;
    if (c.kind !== 'Event' || c.start < 30 || HLM_NAME_RE.test(c.name)) continue;
    // (40 characters: "political declaration adopted by the " is 37)
    const m = DECLARATION_OF_THE_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 40), c.start));
    if (!m) continue;
    const start = c.start - m[0].length;
    // (a declaration read there already; names inside the sitting's are its own: "Sustainable Development Goal 14")
    if (kept.some((o) => o.kind === 'Framework' && o.start < c.start && start < o.end)) continue;
    const entry = lookupName(`Political declaration of the ${c.name}`);
    if (entry === undefined || entry.kind !== 'Framework') continue;
    kept.push(candidate('Framework', entry.name, { ...(entry.attrs ?? {}) }, start, c.end, 'special', false, entry));
  }
}

/** Whether a Framework was read from the title the "entitled “" after `end` opens. */
function titleReadAfter(text: string, end: number, kept: readonly Candidate[]): boolean {
  const open = text.indexOf('“', end);
  if (open < 0 || open - end > 16) return false;
  return kept.some((o) => o.kind === 'Framework' && o.start > open && o.start <= open + 3);
}

/** The gazetteer's entry for the declaration `name` of the meeting of `year`, when texts print it by its title (meetingDeclarations.ts). */
function titledMeetingDeclarationRef(name: string, year: string): Ref | undefined {
  const titled = titledMeetingDeclaration(name, year);
  const entry = titled === undefined ? undefined : entryByName('Framework', titled);
  return entry === undefined ? undefined : entryRef(entry);
}

/** The name of the political declaration of the meeting named `meeting` ("high-level meeting of the General Assembly on ..."). */
function declarationName(meeting: string): string {
  // (" to achieve universal health coverage" after the topic is the clause's, not the name's: A/RES/78/174 OP36)
  let name = meeting;
  const to = name.indexOf(' to ', name.indexOf(' on ') + 1);
  if (name.includes(' on ') && to > name.indexOf(' on ')) name = name.slice(0, to);
  const m = name.replace(OF_THE_ASSEMBLY_RE, '$1 ');
  return `Political declaration of the ${m.charAt(0).toLowerCase()}${m.slice(1)}`;
}

const DECLARATIONS_OF_THE = 'olitical declarations of the ';
/** "political declarations of the [2023] high-level meetings [of the General Assembly] on ": the year (1) */
const DECLARATIONS_OF_MEETINGS_RE = /\b[Pp]olitical\s+declarations\s+of\s+the\s+(?:((?:19|20)\d\d)\s+)?high-level\s+meetings\s+(?:of\s+the\s+(?:General\s+)?Assembly\s+)?on\s+/g;
/** between two listed meetings' topics: ", on ", " and on ", ", and on " */
const LISTED_ON_RE = /,?\s+and\s+on\s+|,\s+on\s+/g;
/** a listed topic (not the last): lowercase words and commas */
const LISTED_TOPIC_RE = /^[a-z][a-z ,-]{2,100}$/;
/** the last listed topic: lowercase words up to a comma, a digit or a participle */
const LAST_TOPIC_RE = /^[a-z][a-z -]{2,100}?(?=\s*(?:[,;.(]|\d|$)|\s+(?:as|convened|held|adopted|which|in)\b)/;

/**
 * The meetings' topics listed after "... meetings on " (tail starts at text offset from): lowercase topics parted by ", on "
 * or " and on ", the last one read by lastRe. Each as [topic, start, end] in the text; null unless two at least.
 */
function listedMeetingTopics(tail: string, from: number, lastRe: RegExp, onRe: RegExp = LISTED_ON_RE): [string, number, number][] | null {
  const found: [string, number, number][] = [];
  let at = 0;
  onRe.lastIndex = 0;
  for (let sep = onRe.exec(tail); sep; sep = onRe.exec(tail)) {
    const topic = tail.slice(at, sep.index);
    if (!LISTED_TOPIC_RE.test(topic)) break;
    found.push([topic, from + at, from + sep.index]);
    at = sep.index + sep[0].length;
  }
  const last = found.length ? lastRe.exec(tail.slice(at)) : null;
  if (!last) return null;
  found.push([last[0], from + at, from + at + last[0].length]);
  return found;
}

/**
 * Step 7b''': "the political declarations of the high-level meetings on pandemic prevention, preparedness and response, on
 * universal health coverage and on the fight against tuberculosis" (A/RES/79/263 OP5, A/RES/79/224 PP3, "of the 2023
 * high-level meetings of the General Assembly on ...", A/RES/78/280): one declaration per meeting listed, keyed as
 * "the political declaration of the high-level meeting on <topic>" is (the topic up to its first comma). Two topics at
 * least: "the political declarations of the high-level meetings on health convened ..." names no one meeting.
 */
function listedDeclarationsOfMeetings(text: string, kept: Candidate[]): void {
  DECLARATIONS_OF_MEETINGS_RE.lastIndex = 0;
  for (let m = DECLARATIONS_OF_MEETINGS_RE.exec(text); m; m = DECLARATIONS_OF_MEETINGS_RE.exec(text)) {
    const from = m.index + m[0].length;
    const tail = text.slice(from, from + 400);
    const found = listedMeetingTopics(tail, from, LAST_TOPIC_RE);
    if (!found) {
      if (!m[1]) datedDeclarationsOfMeetings(tail, from, m.index, kept);
      continue;
    }
    for (let i = 0; i < found.length; i++) {
      const [topic, start0, to] = found[i]!;
      const start = i === 0 ? m.index : start0;
      if (kept.some((o) => o.start < to && start < o.end && o.kind !== 'Organization' && o.kind !== 'Event')) continue;
      const comma = topic.indexOf(',');
      kept.push(candidate('Framework', `Political declaration of the high-level meeting on ${listedTopic(topic, comma)}`, m[1] ? { qualifier: m[1] } : {}, start, to, 'special'));
    }
  }
}

const DECLARATIONS_ON = 'olitical declarations on ';
/** "[the 2023] political declarations on ": the year (1) */
const DECLARATIONS_ON_RE = /(?:\b((?:19|20)\d\d)\s+)?\b[Pp]olitical\s+declarations\s+on\s+(?=[a-z])/g;
/** between two listed topics, a footnote mark maybe before: ", on ", ", 3 on ", " 3 and on ", "4 and on ", " and on " */
const LISTED_ON_MARKED_RE = /,?\s?\d{1,3}(?!\d)\s+(?:and\s+)?on\s+|,\s+(?:and\s+)?on\s+|\s+and\s+on\s+/g;
/** after the last topic: its mark, then the meetings that adopted them and when: "5 adopted at the respective high-level
 * meetings of the General Assembly held in New York in September 2023", "4 adopted at the General Assembly high-level meetings
 * held in New York on 20 and 21 September 2023" (the year in 1) */
const ADOPTED_AT_MEETINGS_RE =
  /^,?\s?\d{0,3}\s+adopted\s+at\s+the\s+(?:respective\s+)?(?:General\s+Assembly\s+)?high-level\s+meetings\s+(?:of\s+the\s+General\s+Assembly\s+)?held\s+(?:in\s+New\s+York\s+)?(?:in|on|from)\s+(?:[^;,]{0,30}?\s)?((?:19|20)\d\d)(?!\d)/;

/**
 * Step 7b'''''': "the political declarations on pandemic prevention, preparedness and response, 3 on universal health coverage4
 * and on the fight against tuberculosis5 adopted at the respective high-level meetings of the General Assembly held in New York
 * in September 2023" (A/RES/78/119 PP, OP; 79/140), "the 2023 political declarations on universal health coverage and on
 * pandemic prevention, preparedness and response,5" (A/RES/78/130 PP7), "... on pandemic prevention, preparedness and response 3
 * and on universal health coverage4 adopted at the General Assembly high-level meetings held in New York on 20 and 21 September
 * 2023" (78/205, 80/211): the meetings named by their topics alone, one declaration per topic keyed as "the political declaration
 * of the high-level meeting on <topic>" is, with the year printed before or the meetings' after. Two lowercase topics at least:
 * "the political declarations on HIV and AIDS" (several years') or "... on the implementation of the United Nations Global Plan of
 * Action ..." are no such list.
 */
function declarationsOnTopics(text: string, kept: Candidate[]): void {
  DECLARATIONS_ON_RE.lastIndex = 0;
  for (let m = DECLARATIONS_ON_RE.exec(text); m; m = DECLARATIONS_ON_RE.exec(text)) {
    const from = m.index + m[0].length;
    const tail = text.slice(from, from + 400);
    const found = listedMeetingTopics(tail, from, LAST_TOPIC_RE, LISTED_ON_MARKED_RE);
    if (!found) continue;
    // the last topic cut at its first comma goes on with a series of words ("pandemic prevention, preparedness and response")
    const last = found[found.length - 1]!;
    const series = text.charCodeAt(last[2]) === 44 /* , */ ? TOPIC_SERIES_AFTER_RE.exec(text.slice(last[2], last[2] + 120)) : null;
    if (series) found[found.length - 1] = [last[0] + series[0], last[1], last[2] + series[0].length];
    const year = m[1] ?? ADOPTED_AT_MEETINGS_RE.exec(text.slice(found[found.length - 1]![2], found[found.length - 1]![2] + 200))?.[1];
    for (let i = 0; i < found.length; i++) {
      const [topic, start0, to] = found[i]!;
      const start = i === 0 ? m.index + m[0].search(/[Pp]olitical/) : start0;
      if (kept.some((o) => o.start < to && start < o.end && o.kind !== 'Organization' && o.kind !== 'Event')) continue;
      kept.push(candidate('Framework', `Political declaration of the high-level meeting on ${listedTopic(topic, topic.indexOf(','))}`, year ? { qualifier: year } : {}, start, to, 'special'));
    }
  }
}

const HIGH_LEVEL_MEETINGS_OF_ASSEMBLY_ON = ' high-level meetings of the General Assembly on ';
/** "the 2023 high-level meetings of the General Assembly on ": the year (1) */
const YEAR_LISTED_MEETINGS_RE = /\bthe\s+((?:19|20)\d\d)\s+high-level\s+meetings\s+of\s+the\s+General\s+Assembly\s+on\s+/g;
/** the last listed meeting's topic: lowercase words up to a comma, a digit, a participle or " and " opening another object */
const LAST_MEETING_TOPIC_RE = /^[a-z][a-z -]{2,100}?(?=\s*(?:[,;.(]|\d|$)|\s+(?:as|convened|held|adopted|which|in)\b|\s+and\s+(?:the|recall|recalling|its|their)\b)/;

/**
 * Step 7b''''': "Recalling the organization of the 2023 high-level meetings of the General Assembly on pandemic prevention,
 * preparedness and response, on universal health coverage, and on the fight against tuberculosis and the adoption of the three
 * political declarations" (A/RES/78/269 PP, 79/287 PP9, 79/2 annex 11): one sitting per topic, of that year, keyed as "the
 * 2023 high-level meeting on universal health coverage" is. Each spans its topic; two topics at least, and not where a
 * declaration of the meetings was read over them ("the political declarations of the 2023 high-level meetings ...", 78/280).
 * Only with the year printed: "the high-level meetings of the General Assembly on HIV and AIDS, on tackling antimicrobial
 * resistance, ..." (A/RES/78/4 annex 5) names meetings of several years.
 */
function listedMeetingsOfYear(text: string, kept: Candidate[]): void {
  YEAR_LISTED_MEETINGS_RE.lastIndex = 0;
  for (let m = YEAR_LISTED_MEETINGS_RE.exec(text); m; m = YEAR_LISTED_MEETINGS_RE.exec(text)) {
    const from = m.index + m[0].length;
    const tail = text.slice(from, from + 400);
    const found = listedMeetingTopics(tail, from, LAST_MEETING_TOPIC_RE);
    if (!found) continue;
    const yearAt = m.index + m[0].indexOf(m[1]!);
    // (the first spans the words from "high-level meetings": the General Assembly printed in the meetings' shared name is inside
    // it, a mention and no verb target, as in the singular "the high-level meeting of the General Assembly on ...")
    const namesAt = yearAt + 5;
    for (let i = 0; i < found.length; i++) {
      const [topic, topicAt, to] = found[i]!;
      const start = i === 0 ? namesAt : topicAt;
      if (kept.some((o) => o.start < to && start < o.end && !(i === 0 && o.kind === 'Organization' && o.end <= topicAt))) continue;
      const comma = topic.indexOf(',');
      // (each dated by the one year printed before the list, that year its STARTS_ON phrase: the nodes carried the year and no
      // edge. Read after enrichEvents, so its details are set here; no venue is printed)
      const attrs: Record<string, unknown> = { eventKind: 'meeting', startDate: m[1]!, datePhrase: { start: yearAt, end: yearAt + 4 }, unplaced: true };
      detailedAttrs.add(attrs);
      kept.push(candidate('Event', `high-level meeting on ${listedTopic(topic, comma)}`, attrs, start, to, 'special'));
    }
  }
}

/**
 * One listed meeting of "the political declarations of the high-level meetings of the General Assembly on universal health
 * coverage held in 2019 4 and 2023, 5 on pandemic prevention, preparedness and response in 2023,6 on the fight against
 * tuberculosis in 20237 and on antimicrobial resistance in 2024,8" (A/RES/80/117 annex 5): its topic (1), "[held] in" its
 * year (2), maybe a second year (3), each maybe with a footnote mark glued on or spaced; then " on " or " and on " before
 * the next (4).
 */
const DATED_MEETING_ITEM_RE =
  /([a-z][a-z ,-]{2,100}?)\s+(?:held\s+)?in\s+((?:19|20)\d\d)(?:\d{1,2}(?!\d))?(?:,?\s?\d{1,2}(?!\d))?(?:,?\s+and\s+((?:19|20)\d\d)(?:\d{1,2}(?!\d))?)?(?:,\s?\d{1,2}(?!\d)|,)?(\s+(?:and\s+)?on\s+)?/y;

/**
 * Step 7b''' with each meeting dated: one declaration per meeting and year printed, keyed with its year as "the political
 * declaration of the 2023 high-level meeting on ..." is (a topic's meetings of two years are two declarations). The first
 * spans the words from "political declarations", a second year its digits. Two declarations at least.
 */
function datedDeclarationsOfMeetings(tail: string, from: number, start0: number, kept: Candidate[]): void {
  const found: [string, string, number, number][] = [];
  let at = 0;
  for (;;) {
    DATED_MEETING_ITEM_RE.lastIndex = at;
    const d = DATED_MEETING_ITEM_RE.exec(tail);
    if (!d) break;
    found.push([d[1]!, d[2]!, found.length === 0 ? start0 : from + at, from + at + d[1]!.length]);
    if (d[3]) {
      const yearAt = from + at + d[0].lastIndexOf(d[3]);
      found.push([d[1]!, d[3], yearAt, yearAt + 4]);
    }
    if (!d[4]) break;
    at = DATED_MEETING_ITEM_RE.lastIndex;
  }
  if (found.length < 2) return;
  for (const [topic, year, start, to] of found) {
    if (kept.some((o) => o.start < to && start < o.end && o.kind !== 'Organization' && o.kind !== 'Event')) continue;
    const comma = topic.indexOf(',');
    kept.push(candidate('Framework', `Political declaration of the high-level meeting on ${listedTopic(topic, comma)}`, { qualifier: year }, start, to, 'special'));
  }
}

/** A listed meeting's topic up to its first comma, or past it when a series of words follows ("pandemic prevention, preparedness and response"). */
function listedTopic(topic: string, comma: number): string {
  if (comma < 0) return topic;
  const series = TOPIC_SERIES_AFTER_RE.exec(topic.slice(comma));
  return topic.slice(0, series ? comma + series[0].length : comma);
}

const ITS_DECLARATION = 'its political declaration';
/** after a meeting's name: its venue and date, then ", and its political declaration" (the words in 1) */
const ITS_DECLARATION_AFTER_RE = /^(?:,\s+held\s+[^,;()]{0,80}?)?,?\s+and\s+its\s+(political\s+declaration)(?!s)\b/;

const OUTCOME_DOCUMENT_OF_THE = 'outcome document of the ';
/** right before a sitting's name: "the outcome document of the " (group 1: "outcome document") */
const OUTCOME_DOCUMENT_BEFORE_RE = /\bthe\s+(outcome\s+document)\s+of\s+the\s+$/;

/**
 * Step 7a': "the outcome document of the second High-level United Nations Conference on South-South Cooperation, held in Buenos
 * Aires ..." (A/RES/80/149 OP9, 78/162 OP9, 78/231, 79/199; without its venue 78/139 PP): the outcome the texts name by the
 * conference's host city too ("the Buenos Aires outcome document of ...", A/RES/78/167 PP1) is that framework, spanning
 * "outcome document"; the conference stays a mention of its own. Only where the gazetteer knows "<venue> outcome document": a
 * conference's outcome named by no such name ("the outcome document of the Durban Review Conference") is left as it is, and
 * the venue is the gazetteer's, not one the text prints.
 */
function cityOutcomeDocuments(text: string, kept: Candidate[]): void {
  for (let i = 0, n = kept.length; i < n; i++) {
    const c = kept[i]!;
    if (c.kind !== 'Event' || c.start < 30) continue;
    // (the venue the gazetteer knows, not one read from the text: "the outcome document of the fourth Global Conference on the
    // Sustained Eradication of Child Labour, held in Buenos Aires ..." is not the Buenos Aires outcome document, A/RES/78/187 PP14)
    const entry = c.entry ?? lookupName(c.name);
    const location = entry !== undefined && entry.kind === 'Event' ? entry.attrs?.location : undefined;
    if (typeof location !== 'string') continue;
    const m = OUTCOME_DOCUMENT_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 40), c.start));
    if (!m) continue;
    const known = lookupName(`${location} outcome document`);
    if (known === undefined || known.kind !== 'Framework') continue;
    const start = c.start - m[0].length + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (kept.some((o) => o.start < end && start < o.end)) continue;
    kept.push(candidate('Framework', known.name, { ...(known.attrs ?? {}) }, start, end, 'special', false, known));
  }
}

/** A sitting's outcome the gazetteer knows by name: "<venue> outcome document" ("Buenos Aires outcome document") or "Outcome of
 *  the <sitting>" ("Outcome of the Conference on the World Financial and Economic Crisis and Its Impact on Development"). */
function knownOutcomeOf(c: Candidate): GazetteerEntry | undefined {
  const entry = c.entry ?? lookupName(c.name);
  const location = entry !== undefined && entry.kind === 'Event' ? entry.attrs?.location : undefined;
  const known = typeof location === 'string' ? lookupName(`${location} outcome document`) : lookupName(`Outcome of the ${c.name}`);
  return known !== undefined && known.kind === 'Framework' ? known : undefined;
}

const AND_ITS_OUTCOME_DOCUMENT = 'and its outcome document';
/** after a sitting's name: its venue and dates, then " and its outcome document" (group 1: "outcome document") */
const ITS_OUTCOME_DOCUMENT_AFTER_RE = letterRe(String.raw`^(?:,?\s+(?:held\s+)?(?:in|at|from|on)\s[^;:()“”]{0,80}?)?,?\s+and\s+its\s+(outcome\s+document)(?![\p{L}\p{N}])`, 'u');

/**
 * Step 7a'': "recalls the second High-level United Nations Conference on South-South Cooperation, held in Buenos Aires from 20
 * to 22 March 2019, and its outcome document,15" (A/RES/79/221 OP14, 78/164 OP15; "... in Buenos Aires ... and its outcome
 * document,5", 79/236 OP1, 80/156 OP1), "Recalling the Conference on the World Financial and Economic Crisis and Its Impact on
 * Development and its outcome document,3" (A/RES/78/137 PP6, 78/136, 79/196, 80/123): the outcome the gazetteer knows for
 * that sitting (knownOutcomeOf), spanning "outcome document". A sitting whose outcome has no known name ("the World Conference
 * on Indigenous Peoples and its outcome document") is left as it is, as in cityOutcomeDocuments; so is one with another
 * mention between it and "its" (the outcome is that one's).
 */
function outcomeDocumentsAfterSittings(text: string, kept: Candidate[]): void {
  for (let i = 0, n = kept.length; i < n; i++) {
    const c = kept[i]!;
    if (c.kind !== 'Event') continue;
    const m = ITS_OUTCOME_DOCUMENT_AFTER_RE.exec(text.slice(c.end, c.end + 140));
    if (!m) continue;
    const end = c.end + m[0].length;
    const start = end - m[1]!.length;
    if (kept.some((o) => (o.start < end && start < o.end) || (o.start >= c.end && o.start < start && o.kind !== 'Place'))) continue;
    const known = knownOutcomeOf(c);
    if (known === undefined) continue;
    kept.push(candidate('Framework', known.name, { ...(known.attrs ?? {}) }, start, end, 'special', false, known));
  }
}

/**
 * Step 7b'': "the high-level meeting of the General Assembly on the midterm review of the Sendai Framework ..., and its
 * political declaration,9" (A/RES/78/158 PP9), "the third high-level meeting of the Assembly on the prevention and control
 * of non-communicable diseases, held in New York on 27 September 2018, and its political declaration" (A/RES/78/168 PP14):
 * the declaration named by its meeting, as in "the political declaration of the high-level meeting on ..." (step 7b').
 */
function declarationsAfterMeetings(text: string, kept: Candidate[]): void {
  for (let i = 0, n = kept.length; i < n; i++) {
    const c = kept[i]!;
    if (c.kind !== 'Event' || !HLM_NAME_RE.test(c.name) || ANAPHORIC_REVIEW_RE.test(c.name)) continue;
    const m = ITS_DECLARATION_AFTER_RE.exec(text.slice(c.end, c.end + 140));
    if (!m) continue;
    const end = c.end + m[0].length;
    const start = end - m[1]!.length;
    if (kept.some((o) => o.start < end && start < o.end)) continue;
    const year = typeof c.attrs.startDate === 'string' ? c.attrs.startDate.slice(0, 4) : undefined;
    kept.push(candidate('Framework', declarationName(c.name), year ? { qualifier: year } : {}, start, end, 'special'));
  }
}

const AT_WHICH_ITS_DECLARATION = 'at which its political declaration';
/** after "at which its political declaration": a footnote mark, then "was adopted" or "contained in" */
const DECLARATION_ADOPTED_AFTER_RE = /^\s?\d{0,3}\s+(?:was\s+adopted|contained\s+in)\b/;

/**
 * "the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably
 * use the oceans, ..., co-hosted by Costa Rica and France, held in Nice, France, from 9 to 13 June 2025, at which its political
 * declaration17 was adopted" (A/RES/80/136 OP9, 80/124, 80/133, 80/135, 80/137, 80/138, 80/140, 80/150, 80/157): the
 * declaration of the sitting named last before it in the same sentence part (no ';'), keyed as declarationName keys a
 * meeting's, or as the gazetteer names it.
 */
function declarationsAdoptedAtSittings(text: string, kept: Candidate[]): void {
  for (let at = text.indexOf(AT_WHICH_ITS_DECLARATION); at >= 0; at = text.indexOf(AT_WHICH_ITS_DECLARATION, at + 1)) {
    const start = at + AT_WHICH_ITS_DECLARATION.length - 'political declaration'.length;
    const end = at + AT_WHICH_ITS_DECLARATION.length;
    if (!DECLARATION_ADOPTED_AFTER_RE.test(text.slice(end, end + 20))) continue;
    let sitting: Candidate | undefined;
    for (const c of kept) if (c.kind === 'Event' && c.end <= at && at - c.end < 400 && (sitting === undefined || c.end > sitting.end)) sitting = c;
    if (sitting === undefined || text.slice(sitting.end, at).includes(';') || kept.some((o) => o.start < end && start < o.end)) continue;
    const name = declarationName(sitting.name);
    const known = lookupName(name);
    const entry = known !== undefined && known.kind === 'Framework' ? known : undefined;
    const year = typeof sitting.attrs.startDate === 'string' ? sitting.attrs.startDate.slice(0, 4) : undefined;
    if (entry !== undefined) kept.push(candidate('Framework', entry.name, { ...(entry.attrs ?? {}) }, start, end, 'special', false, entry));
    else kept.push(candidate('Framework', name, year ? { qualifier: year } : {}, start, end, 'special'));
  }
}

/** before "entitled “": "the declaration ", "the political declarations ", "the ministerial declaration ", "its outcome document " */
const TITLED_DECLARATION_BEFORE_RE = /\b(?:[Dd]eclarations?|outcome\s+documents?)\s+$/;
/**
 * the last "declaration(s)" / "outcome (document)" before ", entitled “": the noun (1) and what follows it up to "entitled" (2):
 * the sitting that adopted it (" of the ... at its third session,", " adopted at the ... session of the General Assembly,"), " in
 * the annex thereto ", or nothing but a comma ("its political declaration, entitled"); no other title or clause in between. The
 * comma is asked for: "the outcome document of the international conference entitled “Dialogue is a Guarantee of Peace”"
 * (A/RES/78/277 PP28) titles the conference.
 */
const DECLARATION_OF_SITTING_RE = /\b((?:[Dd]eclaration|outcome\s+document|outcome)s?)((?:\s+(?:of|adopted|in|at|by)\s[^;“”]{0,260}?)?(?:,\s*|\sthereto\s+))$/;
/** such a gap naming another thing the title could be: a resolution, report, agenda item or theme */
const NOT_A_DECLARATION_GAP_RE = /\b(?:resolutions?|decisions?|reports?|item|agenda|theme)\b|\d\/\d/;
/** after a title: its footnote mark, then the next title of a list ("“Our ocean, our future: call for action”6 and “...”") */
const NEXT_TITLE_RE = /\s*(?:\d{1,3}\s*)?,?\s*(?:and\s+)?“/y;

const OUTCOME_DOCUMENT_COMMA_THE = 'outcome document, the ';
const OUTCOME_STATEMENT_COMMA_THE = 'outcome statement, the ';

/**
 * Step 4f(venue): "the Ministerial Transport Conference of Landlocked Developing Countries, held in Turkmenbashi, Turkmenistan,
 * ..., and its outcome document, the Awaza summary statement" (A/RES/78/148 PP15): the outcome text named by its venue and a
 * lowercase kind of text is a Framework of that name, and its venue word no Place mention of the paragraph (the place is part
 * of the name, as "the Nairobi outcome document" is). Only where the first word is a known place: "the Sevilla Commitment"
 * is named by the gazetteer already.
 */
function outcomeTextsNamedAfterVenues(text: string, cands: Candidate[]): void {
  OUTCOME_TEXT_NAMED_AFTER_VENUE_RE.lastIndex = 0;
  for (let m = OUTCOME_TEXT_NAMED_AFTER_VENUE_RE.exec(text); m; m = OUTCOME_TEXT_NAMED_AFTER_VENUE_RE.exec(text)) {
    const name = m.groups!.name!;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    const venue = cands.findIndex((c) => c.kind === 'Place' && c.start === start && c.end < end);
    if (venue < 0 || cands.some((c) => c.kind !== 'Place' && overlaps(c, { start, end }))) continue;
    cands.splice(venue, 1);
    cands.push(candidate('Framework', name, {}, start, end, 'pattern'));
  }
}

/**
 * Step 4f: "the political declaration entitled “Our common commitment to effectively addressing challenges ...”" (A/RES/78/229
 * PP27), "the declarations entitled “Our ocean, our future: call for action”6 and “Our ocean, our future, our responsibility”"
 * (A/RES/78/128 OP3), "the adoption of the declaration entitled “Strengthening our commitment to a world free of nuclear
 * weapons amid the rising global instability”" (A/RES/80/54 OP7): a declaration (or outcome document) the text names by its
 * title alone is a Framework of that name. Not the subtitle of a declaration named already ("the Lausanne Declaration entitled
 * “Protecting lives, ...”"), nor a title a known name covers ("the outcome document entitled “New Urban Agenda”").
 */
function titledDeclarations(text: string, cands: Candidate[]): void {
  for (let at = text.indexOf('entitled “'); at >= 0; at = text.indexOf('entitled “', at + 10)) {
    let noun: number;
    let plural: boolean;
    if (TITLED_DECLARATION_BEFORE_RE.test(text.slice(Math.max(0, at - 24), at))) {
      noun = text.lastIndexOf(' ', at - 2) + 1;
      plural = text.charCodeAt(at - 2) === 115; /* s */
    } else {
      // "the ministerial declaration of the United Nations Environment Assembly at its third session, entitled “...”", "the
      // outcome of the twenty-third special session of the General Assembly, entitled “Women 2000: ...”", "its political
      // declaration, entitled “...”": the declaration named before the sitting that adopted it
      const before = text.slice(Math.max(0, at - 300), at);
      const m = DECLARATION_OF_SITTING_RE.exec(before);
      if (!m || NOT_A_DECLARATION_GAP_RE.test(m[2]!)) continue;
      noun = at - before.length + m.index + m[0].length - m[1]!.length - m[2]!.length;
      plural = m[1]!.endsWith('s');
    }
    if (cands.some((c) => c.start <= noun && c.end > noun)) continue;
    for (let open = at + 9; ; ) {
      const close = text.indexOf('”', open + 1);
      if (close < 0 || close - open > 400) break;
      let start = open + 1;
      while (text.charCodeAt(start) === 32) start++;
      const name = text.slice(start, close).trimEnd();
      // (a known name covering the title, or all of it but an article: "entitled “A Pact for the Future”" is the Pact; a
      // framework's name opening it: "its political declaration, entitled “Doha Political Declaration of the ‘World Social
      // Summit’ ...”" is the Doha Political Declaration)
      if (name.length >= 3 && !cands.some((c) => (c.start <= start && close <= c.end) || (c.kind === 'Framework' && c.start >= start && c.end <= close && (close - start - (c.end - c.start) <= 4 || c.start === start)))) {
        cands.push(candidate('Framework', name, {}, start, start + name.length, 'pattern'));
      }
      if (!plural) break;
      NEXT_TITLE_RE.lastIndex = close + 1;
      if (!NEXT_TITLE_RE.exec(text)) break;
      open = NEXT_TITLE_RE.lastIndex - 1;
    }
  }
}

/** the nouns of a sitting named by its title */
const TITLED_SITTING_GATE = gateBits('event', 'conference', 'meeting', 'debate', 'dialogue');
/**
 * Before ' entitled “': "the joint thematic event by the President of the General Assembly and the President of the Economic
 * and Social Council", "the international conference", "the commemorative high-level event": lowercase words (1), the
 * sitting's noun (2), and who convened it, in capitalised words (3), nothing else ("the meeting of the Assembly under the
 * agenda item entitled “...”" names an item).
 */
const SITTING_BEFORE_TITLE_RE =
  /(?:^|[\s(])(?:[Tt]he|an?)\s+((?:[a-z-]+\s+){0,3}?)(event|conference|meeting|debate|dialogue)((?:\s+(?:by|of|convened\s+by|organized\s+by)\s+the\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|the|and|for|on))*)?),?\s+$/;
const SITTING_KINDS: Readonly<Record<string, EventKindName>> = { event: 'meeting', conference: 'conference', meeting: 'meeting', debate: 'meeting', dialogue: 'dialogue' };

/**
 * Step 4f': "the joint thematic event by the President of the General Assembly and the President of the Economic and Social
 * Council entitled “El Niño 2023–2024: Actions for the safety, sustainability, and resilience of people and the planet” on
 * 30 April 2024" (A/RES/79/205 OP14, 80/137), "the international conference entitled “Dialogue is a Guarantee of Peace”, held
 * in Ashgabat" (A/RES/78/277, 79/321), "the international meeting entitled “Stockholm+50: ...”" (A/RES/78/128), "the
 * commemorative high-level event entitled “Whittle down fissile material, whittle down nuclear weapons”" (A/RES/78/28): a
 * sitting the text names by its title alone is an event of that name (its span is the quoted title, so that its venue and
 * dates are read after it and who convened it keeps its own mention). Not when a name was read there already (a sitting named
 * before its title, a name in the title but a place's: "Stockholm+50: ...").
 */
function titledSittings(text: string, cands: Candidate[]): void {
  for (let at = text.indexOf('entitled “'); at >= 0; at = text.indexOf('entitled “', at + 10)) {
    const m = SITTING_BEFORE_TITLE_RE.exec(text.slice(Math.max(0, at - 200), at));
    if (!m) continue;
    const close = text.indexOf('”', at + 10);
    if (close < 0 || close - at > 300) continue;
    // (the noun read as a sitting of another name already: "the high-level meeting ... entitled", step 4e)
    const noun = at - m[0].length + m[0].indexOf(m[1]! + m[2]!);
    if (cands.some((c) => c.kind === 'Event' && c.start < at && noun < c.end)) continue;
    // (the span is the quoted title: who convened it stays named before it; a place in the title is the title's word)
    const start = at + 9;
    if (cands.some((c) => c.start < close && start < c.end && c.kind !== 'Place')) continue;
    const name = text.slice(at + 10, close).trim().replace(/\s+/g, ' ');
    if (name.length < 3 || !STARTS_UPPER_RE.test(name)) continue;
    cands.push(candidate('Event', name, { eventKind: SITTING_KINDS[m[2]!]! }, start, close + 1, 'pattern'));
  }
}

/** Known instruments named after the body that adopted them: the body is named too (a nested mention). */
const OWNER_NAMING_FRAMEWORKS: ReadonlySet<string> = new Set([
  'Final Document of the Tenth Special Session of the General Assembly',
  'Space Debris Mitigation Guidelines of the Inter-Agency Space Debris Coordination Committee',
  'Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space',
]);

/** "the Treaties of Tlatelolco,6 Rarotonga,7 Bangkok8 and Pelindaba9": the list after "treaties of" (group 1) */
const TREATIES_OF_NAMES_RE = /[Tt]reaties of ((?:[A-Z][a-z]+ ?,? ?\d{0,3},? ?(?:and )?)+)/g;
const LISTED_TREATY_PLACE_RE = /[A-Z][a-z]+/g;

/**
 * "Recognizing with satisfaction that the Antarctic Treaty, the Treaties of Tlatelolco, 6 Rarotonga, 7 Bangkok 8 and
 * Pelindaba 9 and the Treaty on a Nuclear-Weapon-Free Zone in Central Asia ... are gradually freeing the entire southern
 * hemisphere" (A/RES/79/32 PP12, 78/33, 80/33): each place listed names its treaty ("Treaty of Pelindaba", the African
 * Nuclear-Weapon-Free Zone Treaty), which the gazetteer knows by that name.
 */
function treatiesOfListed(text: string, cands: Candidate[]): void {
  TREATIES_OF_NAMES_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TREATIES_OF_NAMES_RE.exec(text))) {
    const from = m.index + m[0].length - m[1]!.length;
    LISTED_TREATY_PLACE_RE.lastIndex = 0;
    let w: RegExpExecArray | null;
    while ((w = LISTED_TREATY_PLACE_RE.exec(m[1]!))) {
      const entry = lookupName(`Treaty of ${w[0]}`);
      if (entry?.kind !== 'Framework') continue;
      const ref = entryRef(entry);
      cands.push(candidate(ref.kind, ref.name, { ...ref.attrs }, from + w.index, from + w.index + w[0].length, 'gazetteer', false, entry));
    }
  }
}

/** the noun after "United Nations" that makes it the author of the texts cited (authorOfUnnumberedResolutions' gate) */
const RESOLUTIONS_AFTER = ' resolutions';
function authorOfUnnumberedResolutions(text: string, end: number): boolean {
  if (!text.startsWith(RESOLUTIONS_AFTER, end)) return false;
  const next = text.charCodeAt(end + RESOLUTIONS_AFTER.length + 1);
  return !(next >= 48 && next <= 57);
}

/** the programme's name, also the staff category's (VOLUNTEERS_AS_STAFF_BEFORE_RE) */
const UN_VOLUNTEERS = 'United Nations Volunteers';
/** Step 1: gazetteer names, and WSIS+20 events (which swallow the WSIS name inside them). */
const OLYMPIC_AND = 'Olympic and ';
const PARALYMPIC = 'Paralympic';
/** "non-" (or "non‑", a non-breaking hyphen) right before a name, as a word of its own */
const NON_BEFORE_RE = letterRe(String.raw`(?:^|[^\p{L}])[Nn]on[-\u2011]$`, 'u');
const isHyphenCode = (c: number): boolean => c === 45 || c === 0x2011;
/** before an initiative printed in lower case after "a": its setting up, so the one initiative meant, not a common noun */
const ESTABLISHMENT_OF_A = 'establishment of a ';
function knownNameCandidates(text: string, hits: readonly GazetteerHit[], date: string | undefined): Candidate[] {
  const cands: Candidate[] = [];
  const treaties = hasWord(textWords(text), TREATIES_OF);
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    // "United Nations entities", "United Nations system": an adjective, not the Organization
    // (but "relevant United Nations resolutions" (A/RES/78/131 PP4, 80/116 OP7 and some 40 paragraphs) names the author of texts
    // cited by no number, the clause's target as in "the relevant resolutions of the United Nations" and "all relevant General
    // Assembly resolutions" (aud42e); with a number, "United Nations resolutions 1514 (XV) and ...", it is part of the citation)
    if (hit.entry.name === 'United Nations' && !authorOfUnnumberedResolutions(text, hit.end) && UN_ADJECTIVE_RE.test(text.slice(hit.end, hit.end + 30))) continue;
    // "United Nations and associated personnel", "United Nations and humanitarian personnel": personnel, not the Organization
    if (hit.entry.name === 'United Nations' && UN_PERSONNEL_RE.test(text.slice(hit.end, hit.end + 40))) continue;
    // "all United Nations-led mediation and peace processes": a compound adjective of a common noun (a hyphen first)
    if (hit.entry.name === 'United Nations' && isHyphenCode(text.charCodeAt(hit.end)) && UN_COMPOUND_ADJECTIVE_AFTER_RE.test(text.slice(hit.end, hit.end + 24))) continue;
    // "leveraging existing United Nations and multi-stakeholder mechanisms" (A/RES/80/147 PP22, 79/1 annex I), "Encourages United
    // Nations and humanitarian organizations", "the protection of United Nations and humanitarian facilities": with no article
    // before it, the name is one of two modifiers of the noun after them, not the Organization
    if (hit.entry.name === 'United Nations' && !hit.acronym && hit.start > 0 && text.startsWith(' and ', hit.end) && UN_AND_MODIFIER_RE.test(text.slice(hit.end, hit.end + 12)) && !ARTICLE_BEFORE_RE.test(text.slice(Math.max(0, hit.start - 6), hit.start))) continue;
    // "an early announcement in the Journal of the United Nations" (A/RES/78/2 OP3): a publication (a character test first:
    // "the " before). "States Members of the United Nations" stays a mention of the Organization: the name is printed, and an
    // annotator tagging names would tag it (the Member States themselves are no entity)
    if (hit.entry.name === 'United Nations' && hit.start >= 15 && text.charCodeAt(hit.start - 2) === 101 /* e */ && JOURNAL_OF_UN_RE.test(text.slice(Math.max(0, hit.start - 30), hit.start))) continue;
    // "the United Nations Global Principles for Information Integrity": the first words of a longer name the
    // gazetteer does not hold, not the Organization (the name itself may be read from the capitalised run)
    if (hit.entry.name === 'United Nations' && !hit.acronym && text.charCodeAt(hit.end) === 32 && UN_NAME_START_RE.test(text.slice(hit.end, hit.end + 24))) continue;
    // "United Nations, Treaty Series, vol. 1771, No. 30822": a publication cited in a footnote, not the Organization
    if (hit.entry.name === 'United Nations' && text.charCodeAt(hit.end) === 44 /* , */ && TREATY_SERIES_RE.test(text.slice(hit.end, hit.end + 16))) continue;
    if (hit.end - hit.start === BARE_DECLARATION_OF_PRINCIPLES.length && hit.entry.kind === 'Framework' && text.startsWith(BARE_DECLARATION_OF_PRINCIPLES, hit.start) && OTHER_DECLARATION_OF_PRINCIPLES_RE.test(text.slice(hit.end, hit.end + 16))) continue;
    // "the Under-Secretary-General for Internal Oversight Services" (A/RES/80/237 I.OP21), "the Assistant Secretary-General for
    // Youth Affairs", "1 Under-Secretary-General, 1 P-5": another office or a grade, not the Secretary-General
    // (character tests first: the regex only for "Secretary-General" printed right after a hyphen or a space)
    if (hit.end - hit.start === 17 && hit.start >= 6 && text.charCodeAt(hit.start) === 83 && hit.entry.kind === 'Organization' && text.startsWith('Secretary-General', hit.start) && OTHER_SECRETARY_GENERAL_RE.test(text.slice(Math.max(0, hit.start - 10), hit.start))) continue;
    // "the Secretary-General of the Conference and the Special Adviser for the Conference" (A/RES/79/203 PP11), "Requests the
    // Secretary-General of the Conference to prepare ..." (A/RES/78/128 OP24): the conference's officer, not the Secretary-General
    if (hit.end - hit.start === 17 && text.charCodeAt(hit.end) === 32 && text.charCodeAt(hit.start) === 83 && hit.entry.kind === 'Organization' && text.startsWith(SG_OF_A_SITTING, hit.start)) continue;
    // "including national United Nations Volunteers" (A/RES/78/309 OP3): volunteers on the staff, not the programme
    if (hit.entry.name === UN_VOLUNTEERS && VOLUNTEERS_AS_STAFF_BEFORE_RE.test(text.slice(Math.max(0, hit.start - 16), hit.start))) continue;
    // "650 billion United States dollars": a currency, not the country
    // (guarded read: a place that ends the text was an out-of-bounds access, a deopt of this function)
    if (hit.entry.kind === 'Place' && hit.end + 1 < text.length && text.charCodeAt(hit.end + 1) === 100 /* d */ && CURRENCY_AFTER_RE.test(text.slice(hit.end, hit.end + 10))) continue;
    // "the Rome-based agencies" (A/RES/79/218 OP38), "Somalia-based pirates": a base named in an adjective, not a place the
    // text speaks of (a character test first)
    // (hit.end < text.length: a place that ends the text is read in bounds, else its compiled code deoptimises there)
    if (hit.entry.kind === 'Place' && hit.end < text.length && text.charCodeAt(hit.end) === 45 /* - */ && text.startsWith(BASED_SUFFIX, hit.end)) continue;
    // "the treaties of Tlatelolco,5 Rarotonga,6 Bangkok7 and Pelindaba8": treaties named by where they were signed, not
    // places (only in a paragraph that says "treaties of", a gate word of the one automaton pass)
    if (treaties && hit.entry.kind === 'Place' && hit.start >= 12 && TREATIES_OF_LIST_RE.test(text.slice(Math.max(0, hit.start - 60), hit.start))) continue;
    // "Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 23": a publication's
    // name (cited by its symbol), not the body acting in the paragraph
    if (hit.entry.kind === 'Organization' && hit.start >= 15 && RECORDS_OF_RE.test(text.slice(Math.max(0, hit.start - 30), hit.start))) continue;
    // "bilateral creditors, such as the Paris Club and non-Paris Club members", "including non‑Paris Club debt" (A/RES/80/123
    // PP28, OP14; 79/197, 78/137): what is outside the organization, not the organization (a character test first)
    if (hit.entry.kind === 'Organization' && hit.start >= 4 && isHyphenCode(text.charCodeAt(hit.start - 1)) && NON_BEFORE_RE.test(text.slice(Math.max(0, hit.start - 5), hit.start))) continue;
    // "including the potential use of a multidimensional vulnerability index" (A/RES/78/1 annex OP38, 78/232 OP33): an index of
    // that kind, not the one the Assembly adopted; an initiative printed in lower case after "a" is a common noun (character tests)
    // (but "welcoming the establishment of a global intergovernmental directory of points of contact as a confidence-building
    // measure", A/RES/78/16 PP11: the one initiative being set up is named with "a" before it exists)
    if (hit.entry.kind === 'Initiative' && hit.start >= 2 && text.charCodeAt(hit.start - 2) === 97 /* a */ && text.charCodeAt(hit.start - 1) === 32 && (hit.start === 2 || !isWordCode(text.charCodeAt(hit.start - 3))) && isLowerAscii(text.charCodeAt(hit.start)) && !text.startsWith(ESTABLISHMENT_OF_A, hit.start - ESTABLISHMENT_OF_A.length)) continue;
    const ref = entryRef(hit.entry);
    const known = candidate(ref.kind, ref.name, { ...ref.attrs }, hit.start, hit.end, 'gazetteer', hit.acronym, hit.entry);
    cands.push(known);
    // "the Olympic and Paralympic Games" (A/RES/79/148 OP4, A/RES/78/10 OP6): two series that share their head, the first
    // printed as its adjective alone (a character test first: only a name printed right after "Olympic and ")
    if (hit.start >= 12 && text.charCodeAt(hit.start) === 80 /* P */ && hit.entry.kind === 'Event' && text.startsWith(OLYMPIC_AND, hit.start - 12) && ref.name.startsWith(PARALYMPIC)) {
      const olympic = entryByName('Event', `Olympic${ref.name.slice(PARALYMPIC.length)}`);
      if (olympic) {
        const o = entryRef(olympic);
        cands.push(candidate(o.kind, o.name, { ...o.attrs }, hit.start - 12, hit.start - 5, 'gazetteer', false, olympic));
      }
    }
    if (ref.kind === 'Framework' && hit.start >= 5) {
      const year = YEAR_JUST_BEFORE_RE.exec(text.slice(hit.start - 5, hit.start));
      if (year) yearPrintedBefore.set(known, year[1]!);
    }
    if (MANDATE_ENTRIES.has(hit.entry) || (ref.kind === 'Framework' && OWNER_NAMING_FRAMEWORKS.has(ref.name))) ownersInsideMandate(text, hit.start, hit.end, cands);
  }
  if (treaties) treatiesOfListed(text, cands);
  // "Government of Ghana" keeps the place; drop gazetteer places inside longer known names is done by the trie.
  const plus20 = wsisPlus20Candidates(text, date);
  if (textIncludes(text, 'COP')) copShortCandidates(text, plus20);
  if (plus20.length) {
    for (let i = cands.length - 1; i >= 0; i--) if (plus20.some((p) => overlaps(p, cands[i]!))) cands.splice(i, 1);
    cands.push(...plus20);
  }
  return cands;
}

/**
 * The organizations a mandate's title names ("Special Envoy of the Secretary-General on Myanmar", "Special
 * Rapporteur of the Human Rights Council on ..."): the paragraph names them too. The gazetteer scan does not
 * look inside a name it matched, so they are looked up here; the extractor keeps them as nested mentions.
 */
function ownersInsideMandate(text: string, start: number, end: number, cands: Candidate[]): void {
  const from = text.indexOf(' ', start) + 1;
  if (from <= 0 || from >= end) return;
  const hits = scanGazetteer(text.slice(from, end));
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    // a hit at the name's second word is the organ's own words, not its owner printed after "of": "the General Secretariat of
    // the Organization of Islamic Cooperation" (A/RES/79/9 OP14) read "Secretariat of the Organization" (the United Nations
    // Secretariat's alias) and hid the owner; the owner is then read after the hit's first word
    if (hit.start === 0 && hit.entry.kind === 'Organization') {
      const next = text.indexOf(' of ', from);
      if (next < 0 || next + 4 >= end) continue;
      for (const owner of scanGazetteer(text.slice(next + 4, end))) pushOwner(owner, next + 4, cands);
      return;
    }
    pushOwner(hit, from, cands);
  }
}

function pushOwner(hit: GazetteerHit, offset: number, cands: Candidate[]): void {
  if (hit.entry.kind !== 'Organization') return;
  const ref = entryRef(hit.entry);
  cands.push(candidate(ref.kind, ref.name, { ...ref.attrs }, offset + hit.start, offset + hit.end, 'gazetteer', hit.acronym, hit.entry));
}

/** a word that makes another instrument of the one named after it ("Amended Protocol II"), and one space, at the end
 *  (not "Additional": "Additional Protocol I" is the "Protocol Additional to the Geneva Conventions ... (Protocol I)") */
const INSTRUMENT_MODIFIER_BEFORE_RE = letterRe(String.raw`(?:^|[^\p{L}])(?:Amended|Revised) $`, 'u');

/** Step 2: acronyms the resolution defined earlier ("(CSTD)"), where no candidate is yet. */
function addDefinedAcronyms(text: string, state: ResolutionState, cands: Candidate[]): void {
  if (!state.acronymList || state.acronymListSize !== state.acronyms.size) {
    state.acronymList = [...state.acronyms.keys()].sort((a, b) => b.length - a.length);
    state.acronymListSize = state.acronyms.size;
  }
  for (const span of acronymSpans(text, state.acronymList)) {
    const acr = text.slice(span.start, span.end);
    const ref = state.acronyms.get(acr)!;
    if (cands.some((c) => overlaps(c, span))) continue;
    // "Amended Protocol II" after "the Protocol on ... Mines, Booby Traps and Other Devices (Protocol II)" (A/RES/80/68 OP5)
    // is another instrument, not that short form (a two-word short form only: the test is not made for each acronym)
    if (acr.includes(' ') && INSTRUMENT_MODIFIER_BEFORE_RE.test(text.slice(Math.max(0, span.start - 16), span.start))) continue;
    // "Welcoming the UNISPACE+50 high-level segment, held in Vienna on 20 and 21 June 2018" (A/RES/73/6 PP25): a sitting of
    // the event the acronym names, with its own venue and dates
    // (named as "the high-level segment of UNISPACE+50" is: one node, OP1; and part of that event as it is)
    if (ref.kind === 'Event' && text.startsWith(HIGH_LEVEL_SEGMENT, span.end)) {
      const segment = candidate('Event', `high-level segment of the ${ref.name}`, { eventKind: 'meeting' }, span.start, span.end + HIGH_LEVEL_SEGMENT.length, 'pattern', false);
      cands.push(segment);
      SITTING_WITHIN_EVENT.set(segment, candidate(ref.kind, ref.name, { ...ref.attrs }, span.start, span.end, 'acronym', true));
      continue;
    }
    cands.push(candidate(ref.kind, ref.name, { ...ref.attrs }, span.start, span.end, 'acronym', true));
  }
}
const HIGH_LEVEL_SEGMENT = ' high-level segment';

/** A treaty or agreement named only in a sitting's name in the paragraph scanned, and the one its short form meant before it */
let treatyInSitting: { state: ResolutionState; head: string; nested: Ref; before: Ref } | undefined;
/** the instruments' short forms a sitting's name does not take over ("the Treaty", "the Agreement") */
const SITTING_NAMED_HEADS: ReadonlySet<string> = new Set(['Treaty', 'Agreement']);
/** "... Review Conference of the Parties to the " / "Meeting of States Parties to " right before an instrument's name */
const PARTIES_TO_BEFORE_RE = /\b(?:Conference|Meeting|Assembly)\s+of\s+(?:the\s+)?(?:States\s+)?Parties\s+to\s+(?:the\s+)?$/;
/** "the Review Conference on the " right before an instrument's name */
const REVIEW_CONFERENCE_ON_BEFORE_RE = /\bReview\s+Conference\s+on\s+(?:the\s+)?$/;
/**
 * An instrument named inside a sitting's name: "the Review Conference of the Parties to the Treaty ...", "the Review Conference
 * on the Agreement for ...". `onlyReviewConferenceOn`: a name the paragraph keeps (registerKept) counts only in the second
 * form: "the 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons" (A/RES/78/63 OP1)
 * is the first full naming of the treaty "the Treaty" means in OP2.
 */
function namedInSittingName(text: string, c: Candidate, onlyReviewConferenceOn: boolean): boolean {
  if (c.kind !== 'Framework' || c.start <= 20) return false;
  const before = text.slice(Math.max(0, c.start - 50), c.start);
  return REVIEW_CONFERENCE_ON_BEFORE_RE.test(before) || (!onlyReviewConferenceOn && PARTIES_TO_BEFORE_RE.test(before));
}

/**
 * "Commends the United Nations Educational, Scientific and Cultural Organization for ..., and invites the Organization to
 * continue" (A/RES/79/321 OP4, 78/277 OP4), "members of the World Trade Organization ... reform of the Organization"
 * (A/RES/78/134), "the activities of the Organization" after the Economic Cooperation Organization (A/RES/79/330): "the
 * Organization" is the organization so named earlier in the paragraph (the last one), else the United Nations.
 * `known` holds the paragraph's names in text order, the first `before` of them ending before the short form.
 */
function organizationNamedBefore(known: readonly Candidate[], before: number): Ref | undefined {
  // ("the Council of Foreign Ministers of the Organization of Islamic Cooperation, ..., of resolutions on strengthening the
  // mediation capacity of the Organization" (A/RES/79/9 PP18): an "Organization of ..." named before, as its organ's owner too,
  // when the United Nations is not named nearer)
  let unNearer = false;
  for (let j = before - 1; j >= 0; j--) {
    const c = known[j]!;
    if (c.kind !== 'Organization') continue;
    if (c.name.endsWith(' Organization') || c.name.endsWith(' Organisation')) return { kind: c.kind, name: c.name, attrs: c.attrs };
    if (c.name === UN_ORGANIZATION_NAME) unNearer = true;
    if (unNearer) continue;
    const owner = c.name.startsWith(ORGANIZATION_OF) ? c.name : ownerOrganizationOf(c.name);
    if (owner !== undefined) {
      const entry = entryByName('Organization', owner);
      return entry !== undefined ? entryRef(entry) : { kind: c.kind, name: owner, attrs: {} };
    }
  }
  return undefined;
}
const ORGANIZATION_OF = 'Organization of ';
const UN_ORGANIZATION_NAME = 'United Nations';
const OF_THE_ORGANIZATION_OF = ' of the Organization of ';
/** "Council of Foreign Ministers of the Organization of Islamic Cooperation" -> "Organization of Islamic Cooperation" */
function ownerOrganizationOf(name: string): string | undefined {
  const at = name.indexOf(OF_THE_ORGANIZATION_OF);
  return at < 0 ? undefined : name.slice(at + 8);
}

/**
 * "to support the effective functioning of the Panel and Dialogue" (A/RES/79/325 OP11, after "the Panel and the Dialogue" in
 * OP9, OP10): one "the" before two short heads joined by "and", the second as determined as the first. The heads, with the
 * second of each such pair added after the first (in text order); the heads themselves when there is none (a character test).
 */
function withHeadsAfterAnd(text: string, heads: readonly DeterminedHead[]): readonly DeterminedHead[] {
  let out: DeterminedHead[] | undefined;
  for (let i = 0; i < heads.length; i++) {
    const h = heads[i]!;
    const second = text.startsWith(' and ', h.end) ? headAfterAnd(text, h.end + 5) : undefined;
    if (second === undefined) {
      out?.push(h);
      continue;
    }
    out ??= heads.slice(0, i);
    out.push(h, second);
  }
  return out ?? heads;
}
/** A one-word short head starting at `start` that ends a name ("Dialogue;", "Dialogue in"), not the first word of a longer one. */
function headAfterAnd(text: string, start: number): DeterminedHead | undefined {
  if (!isAsciiCapital(text.charCodeAt(start))) return undefined;
  let end = start + 1;
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  const word = text.slice(start, end);
  if (!SHORT_HEAD_SET.has(word) || (text.charCodeAt(end) === 32 && isAsciiCapital(text.charCodeAt(end + 1)))) return undefined;
  return { head: word, start, end };
}

/**
 * Step 3: "the Commission" means the last commission named. Walks the heads in text order,
 * registering the known names passed on the way (marked `registered`).
 */
function shortFormCandidates(text: string, ctx: RecognizeContext, state: ResolutionState, cands: Candidate[], heads: readonly DeterminedHead[], pending: Candidate[]): Candidate[] {
  const shorts: Candidate[] = [];
  const bodyShort = ctx.body ? ORG_BODIES_FOR_CONTEXT[ctx.body] : undefined;
  const known = sortSmall(cands.slice(), (a, b) => a.start - b.start);
  let k = 0;
  for (let q = 0; q < heads.length; q++) {
    const h = heads[q]!;
    const head = h.head;
    const start = h.start;
    const end = h.end;
    while (k < known.length && known[k]!.end <= start) {
      const c = known[k++]!;
      register(state, { kind: c.kind, name: c.name, attrs: c.attrs }, c.entry, namedInSittingName(text, c, false));
      c.registered = true;
    }
    if (cands.some((c) => overlaps(c, { start, end }))) continue;
    // ("the Framework for a Renewed United Nations-African Union Partnership on ..." (A/RES/79/329 PP8) after a framework
    // the gazetteer knows: a longer name, "a" after "for" as "the")
    // ("the Secretariat on Bermuda", "the Secretariat to the Fifth Committee": the Secretariat, then what it wrote about
    // or for; segmentCandidate and reportAddressee in capitalChunks.ts keep these from becoming names of their own)
    if (LONGER_NAME_AFTER_RE.test(text.slice(end, end + 40)) && !(head === 'Secretariat' && SECRETARIAT_ON_TO_RE.test(text.slice(end, end + 5)))) continue;
    // "the Office of Staff Legal Assistance", "the Organization of African Unity": a name of its own, not the
    // last office or organization named ("the Group of Governmental Experts" does refer back to the one named)
    if (head !== 'Group' && head !== 'Working Group' && OF_CAPITALS_AFTER_RE.test(text.slice(end, end + 40))) continue;
    // "the Working Group of Experts on People of African Descent", "the Committee of Experts on International Cooperation
    // in Tax Matters", "the Group of Friends of Mediation": bodies of their own, not the last group or committee named
    if (EXPERTS_OF_AFTER_RE.test(text.slice(end, end + 24))) continue;
    // "the Assembly of States Parties to the Rome Statute" is not the General Assembly
    if (head === 'Assembly' && STATES_PARTIES_AFTER_RE.test(text.slice(end, end + 24))) continue;
    // "the International Year of the Family", "the International Day in Memory of ...": the start of a name
    if (h.head.startsWith('International ') && INTERNATIONAL_NAME_AFTER_RE.test(text.slice(end, end + 20))) continue;
    // "the Force Commander", "the Mission Support Division": an officer or unit of the operation, a name of its own
    if ((head === 'Force' || head === 'Mission') && CAPITAL_AFTER_RE.test(text.slice(end, end + 3))) continue;
    // "the Division of Conference Management", "the Organization of African Unity", "the Assembly of States Parties":
    // a longer name, not the last division or the fixed referent of "the Organization" or "the Assembly"
    if (OF_NAME_HEADS.has(head) && OF_NAME_AFTER_RE.test(text.slice(end, end + 12))) continue;
    // "the Organization of the Islamic Conference" (A/RES/79/9 PP2), "the Organization of the Petroleum Exporting Countries Fund
    // for International Development" (A/RES/78/103 OP4, 79/117): a name of its own after "of the", not the United Nations
    if (head === 'Organization' && ORGANIZATION_OF_THE_NAME_RE.test(text.slice(end, end + 40))) continue;
    // "the Summit of the Group of 20", "the Council of the League of Arab States": a sitting or organ of the
    // known organization named after it, not the last summit or council named
    if (ownedByKnownOrganization(text, end, cands)) continue;
    // "the Secretary-General of the Conference" (A/RES/79/203 PP11): the conference's officer, not the Secretary-General
    if (head === 'Secretary-General' && text.startsWith(SG_OF_A_SITTING, start)) continue;
    // "the Guidelines for port State control officers ..." (A/RES/78/68 OP202): guidelines titled in lower case, not the last named
    if (head === GUIDELINES && LOWERCASE_TOPIC_AFTER_RE.test(text.slice(end, end + 24))) continue;
    let ref: Ref | undefined;
    // read from what was named before (not a fixed referent, the resolution's own body or a defined short form)
    let named = false;
    // "the Organization" read as the United Nations with no known organization so named before it: a pattern name of the
    // paragraph may still be it (step 7d)
    let organizationUnread = false;
    const fixed = FIXED_SHORT.get(head);
    if (fixed) {
      ref = head === 'Organization' ? organizationNamedBefore(known, k) : undefined;
      if (ref === undefined) {
        organizationUnread = head === 'Organization';
        ref = { kind: fixed[0], name: fixed[1], attrs: {} };
      }
    }
    else if (bodyShort === head && ctx.body) ref = orgRefByName(ctx.body);
    else {
      // "that Agreement", "this Convention": the one just named, whatever the text defined "the Agreement" as
      const lookup = head === INTERNATIONAL_DECADE ? 'Decade' : head;
      const defined = POINTING_BEFORE_RE.test(text.slice(Math.max(0, start - 5), start)) ? undefined : state.defined.get(lookup);
      // "the Conference of the States Parties to ...": a sitting named after its members, not the body the short
      // form was pinned to (UNCTAD's "the Conference"); the last one named may be it
      // (the decade the text proclaims, whatever other decade was named since: proclaimedHere)
      const pin = lookup === 'Decade' && state.proclaimedDecade !== undefined ? state.proclaimedDecade : state.pinned.get(lookup);
      const ofAfter = pin !== undefined && OF_AFTER_RE.test(text.slice(end, end + 5));
      ref = defined ?? (pin && !ofAfter ? pin : state.last.get(lookup));
      // (that sitting named again in full is the conference named after the pinned body: "the Conference" printed bare from
      // here on is it, "Reiterates its invitation to the Conference of the States Parties to the United Nations Convention
      // against Corruption ... to organize a special session of the Conference" after UNCTAD was named, A/RES/80/126 OP24)
      if (ofAfter && defined === undefined && ref !== undefined && ref !== pin && !otherNameOf(text, end, ref.name)) state.pinned.delete(lookup);
      // ("the International Decade" is no "Decade of Action on Nutrition" named last)
      if (lookup !== head && (ref === undefined || !ref.name.startsWith(INTERNATIONAL_DECADE))) continue;
      if (head === 'Declaration' && defined === undefined && text.startsWith(' and ', end)) {
        const paired = declarationOfActionAfter(text, end, state) ?? declarationAndRef(text, end, state);
        // "Recalling further the Declaration and review document adopted by the General Assembly at its twenty-second special
        // session" (A/RES/79/204 PP4, after the Sendai Declaration in PP3): a declaration named by its adopter and the outcome
        // adopted with it, not the one named last
        if (paired === undefined && DECLARATION_AND_OUTCOME_RE.test(text.slice(end, end + 64))) continue;
        ref = paired ?? ref;
      }
      // (a Main Committee named before it in this paragraph: "information provided by the Secretariat to the Fifth Committee
      // ... facilitates the decision-making process in the Committee", A/RES/78/245 OP64; "the Sixth Committee shall resume
      // its session ..., within the framework of a working group of the Committee", 80/169 OP15. In the next paragraphs the
      // committee the text is about is "the Committee" again: register's keepsCommittee)
      if (head === 'Committee' && defined === undefined) {
        if (textIncludes(text, A_MAIN_COMMITTEE) && anyMainCommitteeBefore(text, cands, start)) continue;
        ref = mainCommitteeBefore(cands, start) ?? ref;
      }
      // ("the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, adopted by the
      // Conference, which was held from 13 to 16 July 2015", A/RES/78/69 PP14, 79/144 PP14, 80/110 PP13: the conference the
      // outcome's name holds, not the Ocean Conference the text is about)
      if ((head === 'Conference' || head === 'Summit') && defined === undefined) ref = sittingOfOutcomeBefore(text, cands, start) ?? ref;
      named = defined === undefined;
    }
    // "welcomes the adoption by the Conference of the decision to elaborate ..." (A/RES/80/46 OP2) after OP1 named the Eleventh
    // Conference, held in August 2025, then "the Twelfth Conference ... will be held ... from 24 to 28 August 2026": an act the
    // text states as done is by an edition held before the text, the last such one named, not a later one named last
    if (named && ref !== undefined && ref.kind === 'Event' && ctx.date !== undefined && startsAfter(eventStartOf(state, ref), ctx.date) && actDoneByAt(text, start)) {
      ref = editionHeldBefore(state, head, ref, ctx.date) ?? ref;
    }
    // "the Group of Independent Eminent Experts", "the Commission of Inquiry", "the Conference of States Parties" after
    // another group, commission or conference was named: a body or sitting of its own (the pattern names it), not that one
    // "Recognizes the cumulative body of decisions adopted by the Conference of States Parties to the Arms Trade Treaty" after "the
    // Eleventh Conference of States Parties to the Arms Trade Treaty" (A/RES/80/46 OP3, 79/52 OP3): the standing conference of the
    // treaty's parties named in full (the pattern names it), not the numbered sitting named before (a name with a word before the head)
    if (named && ref && head === CONFERENCE && !ref.name.startsWith(CONFERENCE) && partiesConferenceNamedAfter(text, end)) continue;
    if (named && ref && end + 1 < text.length && text.charCodeAt(end + 1) === 111 /* o */ && otherNameOf(text, end, ref.name)) {
      // (the one named earlier with those words, if any: "the Office of the High Commissioner" after OCHA was named)
      ref = earlierWithWords(text, end, state.allWithHead.get(head));
      if (!ref) continue;
      // (named by those words, it is the one "the Group" printed alone refers back to from here on: "with regard to the Group
      // of Independent Eminent Experts, ..., thereby ensuring that the Group can fulfil its mandate", A/RES/80/193 OP42, not
      // the Working Group of Experts on People of African Descent named in full before)
      if (state.last.get(head) !== ref) {
        state.last.set(head, ref);
        state.pinned.delete(head);
      }
    }
    // "the convening by the President of the Economic and Social Council ..., and encourages the upcoming presidencies of the
    // Council" (A/RES/78/162 OP17), "the President of the Human Rights Council ... the Assembly and the Council" (78/234 OP54),
    // "a letter to the President of the Security Council ..., that on 27 October 2022 the Council considered" (78/67 PP15):
    // the body that officer presides, not the officer
    if (named && ref !== undefined && ref.kind === 'Organization') ref = presidedBody(ref, head) ?? ref;
    const byDefault = ref ? undefined : DEFAULT_SHORT.get(head);
    if (byDefault) ref = { kind: byDefault[0], name: byDefault[1], attrs: {} };
    if (!ref) {
      // nothing named with that head yet: a pattern name earlier in this paragraph may be it (nearestNamedBefore)
      const p = candidate('Organization', '', {}, start, end, 'short');
      shortHeads.set(p, head);
      pending.push(p);
      continue;
    }
    if (ref.kind === 'Organization' && acronymOf(ref.attrs) === undefined) {
      const e = entryByName('Organization', ref.name);
      if (e?.acronym) ref = entryRef(e);
    }
    // "the President of the Council" (S/RES/687 (1991) PP5, S/RES/883 (1993) OP10), "the President of the Assembly":
    // the officer of the body the short form stands for, not the body
    if ((head === 'Council' || head === 'Assembly') && start >= 17 && text.charCodeAt(start - 17) === 80 /* P */ && text.startsWith('President of the ', start - 17)) {
      const officer = presidentOf(ref);
      if (officer && !continuesOfficerTitle(text.charCodeAt(start - 18)) && !cands.some((c) => overlaps(c, { start: start - 17, end }))) {
        shorts.push(candidate(officer.kind, officer.name, { ...officer.attrs }, start - 17, end, 'short'));
        continue;
      }
    }
    // "the Group of Governmental Experts" after the group was named in full: the short form is all of these words, as the
    // bare words of its report are ("the consideration of the report of the Group of Governmental Experts,6", A/RES/78/52 PP16)
    let shortEnd = head === 'Group' && text.startsWith(OF_GOVERNMENTAL_EXPERTS, end) && ref.name.startsWith(GROUP_OF_GOVERNMENTAL_EXPERTS) ? end + OF_GOVERNMENTAL_EXPERTS.length : end;
    // "the Conference of States Parties to the Convention on the Rights of Persons with Disabilities" printed again in full
    // (A/RES/80/214 OP4, OP15, OP17 after PP24; the Conference of the States Parties to the United Nations Convention
    // against Corruption, 79/190): one mention over the whole name, not "Conference" and the treaty in it as a second target
    // (not where the text runs on into a longer name: "the Fourth Special Session of the Conference of the States Parties to
    // Review the Operation of the Chemical Weapons Convention" after "the Conference of the States Parties", A/RES/78/29 PP7)
    if (ref.name.length > head.length && text.startsWith(ref.name, start) && !LONGER_NAME_AFTER_RE.test(text.slice(start + ref.name.length, start + ref.name.length + 40))) {
      shortEnd = start + ref.name.length;
    }
    // "the Office of the High Commissioner" after the Office of the United Nations High Commissioner for Refugees was named
    // (A/RES/78/185 PP23, "the high-level segment on statelessness convened by the Office of the High Commissioner"): the
    // words after the head are the name's own, one mention over all of them, not "Office" and a tail that hides the agent.
    // (a body's only: a sitting's or programme's words run into names of their own, "the Fifth Special Session of the
    // Conference of the States Parties to Review the Operation of ...", A/RES/78/29 PP8)
    if (named && ref.kind === 'Organization' && shortEnd === end && end + 1 < text.length && text.charCodeAt(end + 1) === 111 /* o */) shortEnd += ownWordsOfAfter(text, end, ref.name);
    const short = candidate(ref.kind, ref.name, { ...ref.attrs }, start, shortEnd, 'short');
    if (named || organizationUnread) shortHeads.set(short, head);
    shorts.push(short);
  }
  return shorts;
}

/** A sitting's start date: the one its mention carries, else the one the resolution printed for it before. */
function eventStartOf(state: ResolutionState, ref: Ref): string | undefined {
  const start = ref.attrs.startDate;
  return typeof start === 'string' ? start : state.eventStarts.get(ref.name);
}
/** `start` (a year, month or day) lies after `date` (a day) at `start`'s precision: "2026-08-24", "2026" after "2025-12-01". */
function startsAfter(start: string | undefined, date: string): boolean {
  return start !== undefined && start > date.slice(0, start.length);
}
/** `start` lies before `date` at `start`'s precision (the same year is not known to be before a day in it). */
function startsBefore(start: string | undefined, date: string): boolean {
  return start !== undefined && start < date.slice(0, start.length);
}
const THE_ADOPTION_BY_THE = 'the adoption by the ';
const FOR_THE_ADOPTION = 'for the adoption';
const SPACE_ADOPTED_BY_THE = ' adopted by the ';
const TAKEN_BY_THE = ' taken by the ';
const TO_BE = ' be';
/**
 * The words right before the short form at `start` state an act the sitting did: "the adoption by the", "adopted by the",
 * "taken by the"; not one still to come ("for the adoption by the", "to be adopted by the", "will be taken by the").
 */
function actDoneByAt(text: string, start: number): boolean {
  if (text.startsWith(THE_ADOPTION_BY_THE, start - THE_ADOPTION_BY_THE.length)) return !text.startsWith(FOR_THE_ADOPTION, start - THE_ADOPTION_BY_THE.length - 4);
  if (text.startsWith(SPACE_ADOPTED_BY_THE, start - SPACE_ADOPTED_BY_THE.length)) return !text.startsWith(TO_BE, start - SPACE_ADOPTED_BY_THE.length - TO_BE.length);
  if (text.startsWith(TAKEN_BY_THE, start - TAKEN_BY_THE.length)) return !text.startsWith(TO_BE, start - TAKEN_BY_THE.length - TO_BE.length);
  return false;
}
/** The edition of `ref`'s series last named with `head` whose start date lies before `date`: one already held. */
function editionHeldBefore(state: ResolutionState, head: string, ref: Ref, date: string): Ref | undefined {
  const all = state.allWithHead.get(head);
  if (all === undefined) return undefined;
  const series = editionSeries(ref.name);
  for (let i = all.length - 1; i >= 0; i--) {
    const r = all[i]!;
    if (r.kind === 'Event' && r.name !== ref.name && startsBefore(eventStartOf(state, r), date) && editionSeries(r.name) === series) return r;
  }
  return undefined;
}

/** The body an officer ("President of the Security Council") presides when `head` is that body's short form ("Council"). */
function presidedBody(officer: Ref, head: string): Ref | undefined {
  const m = OFFICER_OF_RE.exec(officer.name);
  return m && m[1]!.endsWith(head) && (m[1]!.length === head.length || m[1]!.charCodeAt(m[1]!.length - head.length - 1) === 32) ? orgRefByName(m[1]) : undefined;
}

/** "President of the <body>" when the gazetteer knows that officer (the General Assembly's, the Security Council's, ECOSOC's, the HRC's) */
function presidentOf(body: Ref): Ref | undefined {
  if (body.kind !== 'Organization') return undefined;
  const e = entryByName('Organization', `President of the ${body.name}`);
  return e ? entryRef(e) : undefined;
}
/** a letter, digit or hyphen before "President": "Vice-President of the Council" is another officer */
const continuesOfficerTitle = (c: number): boolean => c === 45 /* - */ || isWordCode(c);
/**
 * A ref's acronym, read where refs of every kind meet (their attrs come in many shapes). Read through this one
 * function, whose load saw six shapes at load: its compiled inline copies use a megamorphic load, which takes any
 * shape; a load that had seen a few shapes threw away the compiled shortFormCandidates at the next ("wrong map").
 */
function acronymOf(attrs: Record<string, unknown>): unknown {
  return attrs.acronym;
}
// (twenty calls: V8 gives a function a feedback vector, where the load's shapes are kept, after its first calls)
for (let run = 0; run < 20; run++) for (const attrs of [{}, { acronym: 'A' }, { name: '' }, { date: '' }, { acronym: 'A', aliases: [] }, { location: '' }]) acronymOf(attrs);

// (then "on|for|in <Capitalised words>": "the Group of Governmental Experts on Further Practical Measures ..." after the
// Group of Governmental Experts on Transparency and Confidence-Building Measures was named is another group, A/RES/79/22 OP5)
const OF_CAPITALS_RE = letterRe(String.raw`^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)(?:\s+(\p{Lu}[\p{L}-]*))?(?:\s+(\p{Lu}[\p{L}-]*))?(?:\s+(?:on|for|in)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)(?:\s+(\p{Lu}[\p{L}-]*))?)?`, 'u');
/**
 * "of (the) <Capitalised words>" follows the short form's head, and the name it would stand for has not those words
 * ("the Office of the High Commissioner" is the Office of the United Nations High Commissioner for Refugees named before).
 */
const CONFERENCE = 'Conference';
const OF_STATES_PARTIES_TO_THE = ' of States Parties to the ';
const OF_THE_STATES_PARTIES_TO_THE = ' of the States Parties to the ';
/** after the head "Conference": " of (the) States Parties to the " and the treaty (string tests) */
function partiesConferenceNamedAfter(text: string, end: number): boolean {
  return text.startsWith(OF_STATES_PARTIES_TO_THE, end) || text.startsWith(OF_THE_STATES_PARTIES_TO_THE, end);
}

function otherNameOf(text: string, end: number, name: string): boolean {
  const m = OF_CAPITALS_RE.exec(text.slice(end, end + 60));
  if (m === null) return false;
  const words = ` ${name} `;
  for (let k = 1; k <= 5; k++) if (m[k] !== undefined && !words.includes(` ${m[k]!} `)) return true;
  return false;
}

/**
 * How long " of (the) <Capitalised words>" after a short form's head is when `name` holds each of those words, else 0; 0 too
 * when a longer name goes on after them ("the Commission of the Status of Women", "the Charter of Rights and Principles in
 * ...", "... 2021"): only where the words end the name does the short form run over them.
 */
function ownWordsOfAfter(text: string, end: number, name: string): number {
  const m = OWN_OF_CAPITALS_RE.exec(text.slice(end, end + 60));
  if (m === null) return 0;
  const words = ` ${name} `;
  for (let k = 1; k <= 5; k++) if (m[k] !== undefined && !words.includes(` ${m[k]!} `)) return 0;
  return NAME_GOES_ON_RE.test(text.slice(end + m[0].length, end + m[0].length + 24)) ? 0 : m[0].length;
}
/** OF_CAPITALS_RE without "in <place>": "the Office of the High Commissioner in the United Nations development system" */
const OWN_OF_CAPITALS_RE = letterRe(String.raw`^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)(?:\s+(\p{Lu}[\p{L}-]*))?(?:\s+(\p{Lu}[\p{L}-]*))?(?:\s+(?:on|for)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)(?:\s+(\p{Lu}[\p{L}-]*))?)?`, 'u');
/** after a name's words: more of a name ("of Women", "to Review", "and Principles", " Programme", a year); not "and United Nations
 *  country teams" (A/RES/79/233 annex OP340: the Organization's name as a modifier of the noun after it, a second thing) */
const NAME_GOES_ON_RE = letterRe(String.raw`^\s+(?:(?:of|on|for|in|to)\s+(?:the\s+)?|and\s+(?!the\b)(?!United\s+Nations\s+[a-z]))?[\p{Lu}\d]`, 'u');

function earlierWithWords(text: string, end: number, refs: readonly Ref[] | undefined): Ref | undefined {
  if (!refs) return undefined;
  for (let i = refs.length - 1; i >= 0; i--) if (!otherNameOf(text, end, refs[i]!.name)) return refs[i];
  return undefined;
}

const OF_GOVERNMENTAL_EXPERTS = ' of Governmental Experts';
const GROUP_OF_GOVERNMENTAL_EXPERTS = 'Group of Governmental Experts';
/** a group of governmental experts named by its mandate, an infinitive ("... to consider and make recommendations on ...") */
const GROUP_OF_GOVERNMENTAL_EXPERTS_TO = `${GROUP_OF_GOVERNMENTAL_EXPERTS} to `;

/**
 * A session read as that of a short form ("the Conference at its thirteenth session"), and its words before " of the ":
 * when step 7d finds the short form is the name printed nearer, the session is that one's too.
 */
const sittingsOfShorts = new WeakMap<Candidate, { owner: Candidate; sitting: string }>();

const COP_NAME = 'Conference of the Parties';
const OF_THE_COP = ` of the ${COP_NAME}`;
/** a sitting of a Conference of the Parties printed with no treaty after it: group 1 its noun */
const SHORT_COP_SITTING_RE = /^[a-z]+(?:-[a-z]+)? (session|meeting) of the Conference of the Parties$/;
/**
 * Step 7'''''': "Welcomes the work of the Intergovernmental Working Group ... related to the 2018–2030 Strategic Framework of the
 * Convention, takes note of its recommendations from the sixteenth session of the Conference of the Parties" (A/RES/80/139
 * OP10, 79/207 OP9, 78/154 OP10, texts titled "Implementation of the United Nations Convention to Combat Desertification ..."):
 * "the Conference of the Parties" was read as the one named last, the Convention on Biological Diversity's (OP4, its Conference
 * "serving as the Meetings of the Parties to the Protocols" too), whose sittings are "meetings" (COP_TREATIES). A "session" so
 * printed is the sitting of the Conference of the treaty the resolution's title names, when that treaty's are "sessions". Not
 * where the title names the treaty read ("the Kunming-Montreal Global Biodiversity Framework adopted at the fifteenth session
 * of the Conference of the Parties", A/RES/79/208 OP23, a text on the biodiversity convention: its fifteenth meeting), nor
 * where the noun printed is the read treaty's ("the seventeenth meeting of the Conference of the Parties" after the biodiversity
 * convention's sixteenth, A/RES/80/139 OP4).
 */
function sittingsOfTitledCop(text: string, kept: readonly Candidate[], title: string): void {
  for (const c of kept) {
    if (c.kind !== 'Event' || c.end - c.start > 70 || !text.endsWith(OF_THE_COP.slice(-7), c.end)) continue;
    const printed = text.slice(c.start, c.end).replace(/\s+/g, ' ');
    const m = SHORT_COP_SITTING_RE.exec(printed);
    if (m === null || c.name.length <= printed.length || !c.name.startsWith(printed)) continue;
    const noun = m[1]!;
    const read = COP_TREATIES.find((t) => c.name.endsWith(` ${t.name}`));
    if (read === undefined || read.noun === noun || read.printed.some((p) => title.includes(p))) continue;
    const titled = COP_TREATIES.find((t) => t.noun === noun && t.printed.some((p) => title.includes(p)));
    if (titled !== undefined) c.name = `${printed} to the ${titled.name}`;
  }
}

/** The head a short form was read with, when what it means was looked up among the names printed before it. */
const shortHeads = new WeakMap<Candidate, string>();

/**
 * Step 7d: a short form ("the Conference", "the Convention") is the name with its head printed nearest before it in
 * the paragraph. The short forms were read before the pattern names, with only the gazetteer's names of the paragraph
 * known: "recalls resolution 10/4 of the Conference of the Parties to the United Nations Convention against
 * Transnational Organized Crime, in which the Conference emphasized ..." took "the Conference" last named in an earlier
 * paragraph. `pending` are short forms with nothing named before: kept (added to `cands`) only when one is found here.
 */
function nearestNamedBefore(text: string, shorts: readonly Candidate[], pending: readonly Candidate[], cands: Candidate[]): void {
  for (const s of shorts) {
    const organ = nearestWithHead(s, cands);
    // (the fund an organ's name holds: "the Board of Trustees of the United Nations Voluntary Fund for Victims of Torture")
    const fund = organ !== undefined && organ.via === 'pattern' ? fundOfOrgan(organ) : undefined;
    const nearest = fund !== undefined ? { ...organ!, kind: fund.kind, name: fund.name, attrs: fund.attrs } : organ;
    if (!nearest || nearest.via !== 'pattern' || (nearest.name === s.name && nearest.kind === s.kind)) continue;
    // (a short form stretched over the whole name it stands for, printed in full: that name, whatever is printed nearer)
    if (s.end - s.start === s.name.length && text.startsWith(s.name, s.start)) continue;
    // "the Third Review Conference expressed concern ..., adopted by the Conference of the States Parties at its sixteenth
    // session" (A/RES/78/29 OP13): words after the short form that the nearer name has not say it is another one (an
    // 'o' after the space first; read only inside the text: a read past its end, NaN, threw the compiled code away as
    // "out of bounds", at the first paragraph that ends one character after a short form)
    if (s.end + 1 < text.length && text.charCodeAt(s.end + 1) === 111 /* o */ && otherNameOf(text, s.end, nearest.name)) continue;
    s.kind = nearest.kind;
    s.name = nearest.name;
    s.attrs = { ...nearest.attrs };
    // "... in accordance with Conference of the Parties to the United Nations Convention against Transnational Organized
    // Crime resolution 12/4 ... to submit a summary ... to the Conference at its thirteenth session" (A/RES/80/227 OP18):
    // the session is of the conference the short form now names, not of the one named last in an earlier paragraph
    for (const c of cands) {
      const of = c.kind === 'Event' && c.via === 'special' ? sittingsOfShorts.get(c) : undefined;
      if (of !== undefined && of.owner === s) c.name = `${of.sitting} of the ${s.name}`;
    }
  }
  const found: Candidate[] = [];
  for (const p of pending) {
    const organ = nearestWithHead(p, cands);
    if (!organ || cands.some((c) => overlaps(c, p))) continue;
    const nearest: Ref = fundOfOrgan(organ) ?? organ;
    found.push(candidate(nearest.kind, nearest.name, { ...nearest.attrs }, p.start, p.end, 'short'));
  }
  cands.push(...found);
}

/**
 * Step 7d''': "Expressing support for the work carried out by the Independent International Commission of Inquiry on the
 * Syrian Arab Republic, welcoming its reports, strongly condemning the continued lack of cooperation by the Syrian regime with
 * the Commission of Inquiry, ..." (A/RES/78/222 PP23, 79/185 PP23): "the Commission of Inquiry" is that commission printed
 * short, not a body of its own (one node "Commission of Inquiry" joined it, and what "the Commission" meant from there on,
 * to the British Virgin Islands' Commission of Inquiry of A/RES/78/89, 79/102, 80/93). A pattern name "<head> of <words>"
 * after "the ", all of whose words, head first, run inside an organization's name printed before it in the paragraph.
 */
function bodiesNamedLongerBefore(text: string, kept: Candidate[]): void {
  for (const c of kept) {
    if (c.kind !== 'Organization' || c.via !== 'pattern' || c.start < 4 || !text.startsWith('the ', c.start - 4) || !c.name.includes(' of ')) continue;
    const head = headOf(c.name, c.kind);
    if (head === undefined) continue;
    const words = ` ${c.name} `;
    let nearest: Candidate | undefined;
    for (const o of kept) {
      if (o === c || o.kind !== 'Organization' || o.via === 'short' || o.end > c.start || (nearest !== undefined && o.start < nearest.start)) continue;
      if (o.name.length > c.name.length && ` ${o.name} `.includes(words) && headOf(o.name, o.kind) === head) nearest = o;
    }
    if (nearest === undefined) continue;
    c.name = nearest.name;
    c.attrs = { ...nearest.attrs };
    c.via = 'short';
  }
}

const AGREEMENT = 'Agreement';
const FREE_TRADE_AREA = ' Free Trade Area';
/** "<Capitalised word> Agreement": an agreement's name printed (known or not) */
const AGREEMENT_NAME_END_RE = letterRe(String.raw`(?<![\p{L}-])(?!(?:The|This|That|Such)\s)\p{Lu}[\p{L}-]*\s+Agreement$`, 'u');
/**
 * Step 7d': "the Agreement" is the agreement the paragraph printed nearest before it, when that is not the one named in an
 * earlier paragraph that the short form was read as: "welcomes the ongoing efforts to fully operationalize the African
 * Continental Free Trade Area and the commencement of actual trading under the Agreement" (A/RES/80/156 OP18) is the
 * Agreement Establishing the African Continental Free Trade Area (a free trade area is named for the agreement that
 * establishes it), not the Paris Agreement of PP7; after "the Investment Facilitation for Development Agreement" (A/RES/80/127
 * PP45), a name not known, it is no other agreement (the mention is dropped).
 */
function agreementNamedNearer(text: string, shorts: readonly Candidate[], kept: Candidate[]): void {
  for (const s of shorts) {
    if (s.kind !== 'Framework' || s.end < 9 || !text.startsWith(AGREEMENT, s.end - 9) || s.end - s.start > 16) continue;
    let nearest: Candidate | undefined;
    for (const o of kept) {
      if (o === s || o.kind !== 'Framework' || o.via === 'short' || o.end > s.start || (nearest && o.start < nearest.start)) continue;
      if (o.name === s.name || o.name.endsWith(' Agreement') || o.name.startsWith('Agreement ') || o.name.endsWith(FREE_TRADE_AREA)) nearest = o;
    }
    // an agreement's name printed after the nearest known one ("<Capitalised word> Agreement"), which no name read covers
    let printed = text.lastIndexOf(' Agreement', s.start - 1);
    while (printed > 0 && !AGREEMENT_NAME_END_RE.test(text.slice(Math.max(0, printed - 40), printed + 10))) printed = text.lastIndexOf(' Agreement', printed - 1);
    if (printed > 0 && (!nearest || printed >= nearest.end) && !kept.some((c) => c.via !== 'short' && c.start <= printed + 1 && c.end > printed + 1)) {
      const at = kept.indexOf(s);
      if (at >= 0) kept.splice(at, 1);
      continue;
    }
    if (!nearest || nearest.name === s.name) continue;
    let ref: Ref | undefined;
    if (nearest.name.endsWith(FREE_TRADE_AREA)) {
      const e = entryByName('Framework', `Agreement Establishing the ${nearest.name}`);
      if (e) ref = entryRef(e);
    } else ref = { kind: nearest.kind, name: nearest.name, attrs: nearest.attrs };
    if (!ref) continue;
    s.kind = ref.kind;
    s.name = ref.name;
    s.attrs = { ...ref.attrs };
  }
}

/** The name printed last before short form `s` whose head is the short form's ("Conference of the Parties to ..." for "Conference"). */
function nearestWithHead(s: Candidate, cands: readonly Candidate[]): Candidate | undefined {
  const head = shortHeads.get(s);
  if (head === undefined) return undefined;
  let nearest: Candidate | undefined;
  for (const o of cands) {
    if (o.end > s.start || o.via === 'short' || (nearest && o.start < nearest.start)) continue;
    if (headBeforePreposition(o, head) || (head === 'Fund' && fundOfOrgan(o) !== undefined)) nearest = o;
  }
  return nearest;
}

/** `head` is `c`'s head, printed before the first preposition of its name: "Protocol to the Treaty" is no "Treaty", "Fourth
 *  Special Session of the Conference" no "Conference"; "Conference of the Parties to ..." is a "Conference". */
function headBeforePreposition(c: Candidate, head: string): boolean {
  const h = headOf(c.name, c.kind);
  // ("the Fund" after "the Tokelau International Trust Fund", A/RES/79/110 OP12)
  // ("the observance of the Day" after "the International Day of Indigenous Peoples" in one paragraph, A/RES/78/189 OP19)
  if (h !== head && !(head === 'Conference' && h === 'Conference of the Parties') && !(head === 'Centre' && h === 'Regional Centre') && !(head === 'Fund' && h === 'Trust Fund') && !(head === DAY_HEAD && h === INTERNATIONAL_DAY)) return false;
  const at = c.name.indexOf(head);
  if (at < 0) return false;
  const before = c.name.slice(0, at).split(' ');
  if (!before.some((w) => HEAD_SEARCH_STOPS.has(w))) return true;
  // "the United Nations Commission on International Trade Law Regional Centre for Asia and the Pacific ..., whose
  // contributions enabled continuing operation of the Regional Centre" (A/RES/79/117 OP16): a unit's head after the known
  // body it is named after (unitHeadAfterOwner)
  if (c.kind === 'Organization' && h !== undefined && h.endsWith(head)) {
    const unitAt = c.name.indexOf(` ${h}`);
    if (unitAt > 0 && entryByName('Organization', c.name.slice(0, unitAt)) !== undefined) return true;
  }
  // "the Worst Forms of Child Labour Convention, 1999 (No. 182) ..., which requires its members that ratify the
  // Convention" (A/RES/78/228 PP7): a name with its head last and none before its first preposition (iloConvention)
  if (c.via !== 'pattern' || at + head.length !== c.name.length) return false;
  const words = c.name.split(' ');
  return headKind(words) === undefined || namedForTopicHeadLast(words);
}

/**
 * "the Investment Facilitation for Development Agreement ..., and recognizing that a core objective of this Agreement"
 * (A/RES/80/127 PP45): a name whose first preposition is "for" (no article after it) has its head last (headKind), so
 * the short form of that head is it.
 */
function namedForTopicHeadLast(words: readonly string[]): boolean {
  const k = words.findIndex((w, i) => i > 0 && HEAD_SEARCH_STOPS.has(w));
  return k > 0 && words[k] === 'for' && words[k + 1] !== 'the';
}

/** "that " or "this " before a short form (the five characters before it) */
const POINTING_BEFORE_RE = /\bth(?:at|is)\s$/;
const OF_NAME_HEADS: ReadonlySet<string> = new Set(['Division', 'Organization', 'Assembly', 'Court', 'Department']);
const OF_NAME_AFTER_RE = /^\s+of\s+(?!the\b)[A-Z][a-z]/;
/** "of the" and two capitalised words after "Organization" (not "of the United Nations"): a longer name */
const ORGANIZATION_OF_THE_NAME_RE = /^\s+of\s+the\s+(?!United\s+Nations\b)[A-Z][a-z]+\s+[A-Z][a-z]/;
const OF_THE_RE = /^\s+of\s+the\s+/;
// (not a date after "of": "the report of the Commissioner-General of 31 May 2024" (A/RES/79/88 PP9) is the one pinned)
const OF_AFTER_RE = /^\s+of\s(?!\d)/;
const YEAR_TOKEN_RE = /^(?:19|20)\d\d$/;
function ownedByKnownOrganization(text: string, end: number, cands: readonly Candidate[]): boolean {
  const of = OF_THE_RE.exec(text.slice(end, end + 12));
  if (!of) return false;
  const at = end + of[0].length;
  return cands.some((c) => c.start === at && c.kind === 'Organization' && c.via === 'gazetteer');
}

const SPECIAL_RAPPORTEURS = 'Special Rapporteurs ';
const PLURAL_MANDATES_RE = /\bSpecial Rapporteurs (?:of the Human Rights Council )?on /g;
const SINGULAR_MANDATE = 'Special Rapporteur on ';
/** "Special Rapporteurs on ": the plural title without "of the Human Rights Council" */
const PLURAL_TITLE_BARE_LENGTH = 'Special Rapporteurs on '.length;
/** ", on", " and on", ", and on" between two topics */
const NEXT_TOPIC_RE = /^,?\s+(?:and\s+)?on\s+/;
/**
 * Step 4a': "the joint letter ... from the Special Rapporteurs on the issue of human rights obligations relating to the
 * enjoyment of a safe, clean, healthy and sustainable environment, on the rights of Indigenous Peoples and on the
 * implications for human rights of the environmentally sound management and disposal of hazardous substances and wastes"
 * (A/RES/79/105 PP9, 78/92, 80/96): the plural title shares "Special Rapporteur" among topics each printed after "on";
 * each topic is a mandate when "Special Rapporteur on <topic>" is a known name (the gazetteer says where a lowercase
 * topic ends). The run stops at the first topic it does not know.
 */
function pluralMandates(text: string, cands: Candidate[]): void {
  PLURAL_MANDATES_RE.lastIndex = 0;
  for (let m = PLURAL_MANDATES_RE.exec(text); m; m = PLURAL_MANDATES_RE.exec(text)) {
    let at = m.index + m[0].length;
    let start = m.index;
    for (let k = 0; k < 8; k++) {
      const hit = scanGazetteer(SINGULAR_MANDATE + text.slice(at, at + 400))[0];
      if (!hit || hit.start !== 0 || hit.entry.kind !== 'Organization' || hit.end <= SINGULAR_MANDATE.length) break;
      const end = at + hit.end - SINGULAR_MANDATE.length;
      const ref = entryRef(hit.entry);
      // "the Special Rapporteurs of the Human Rights Council on trafficking in persons, especially women and children, and on
      // contemporary forms of slavery" (A/RES/80/9 annex OP20, 79/154 OP21): the Council in the shared title is part of the
      // first mandate's name, as in the singular "Special Rapporteur of the Human Rights Council on ..." (not a mention that
      // kept the first mandate out)
      if (k === 0 && m[0].length > PLURAL_TITLE_BARE_LENGTH) {
        const titleEnd = m.index + m[0].length;
        for (let i = cands.length - 1; i >= 0; i--) if (cands[i]!.start > m.index && cands[i]!.end < titleEnd) cands.splice(i, 1);
      }
      if (!cands.some((c) => c.start < end && start < c.end)) cands.push(candidate(ref.kind, ref.name, { ...ref.attrs }, start, end, 'gazetteer', false, hit.entry));
      const next = NEXT_TOPIC_RE.exec(text.slice(end, end + 12));
      if (!next) break;
      at = end + next[0].length;
      start = at;
    }
  }
}

const LOWER_OEWG_ON = 'open-ended working group on ';
/** Step 4a: mandate holders with a lowercase topic ("Special Rapporteur on the right to food"). */
function lowercaseTopicOrganizations(text: string, cands: readonly Candidate[]): Candidate[] {
  const specials: Candidate[] = [];
  LOWERCASE_TOPIC_ORG_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LOWERCASE_TOPIC_ORG_SCAN.exec(text))) {
    const start = m.index;
    const end = m.index + m[0].length;
    // a known mandate or body printed here ("Special Rapporteur on the right to food", from the gazetteer) is the
    // name; what the topic pattern reads past its end is the clause ("... and to cooperate with the High Commissioner")
    if (cands.some((c) => c.start <= start && start < c.end && (end <= c.end || (c.kind === 'Organization' && c.via === 'gazetteer')))) continue;
    // "for a final decision by the open-ended working group on participation" (A/RES/78/20 OP8): a group printed in lower case
    // (the one the text set up, named before) with one bare word after "on" is the group, and the word what its decision is on
    // (a lower-case group's own topic is a phrase: "on security of and in the use of ...", "on reducing space threats ...")
    if (m[0].startsWith(LOWER_OEWG_ON) && !m[0].includes(' ', LOWER_OEWG_ON.length)) continue;
    specials.push(candidate('Organization', normaliseName(m[0]), {}, start, end, 'pattern'));
  }
  return specials;
}

const UN_PREFIX = 'United Nations ';
/** Heads of instruments named by the parties they are between. */
// ("the Agreement of Cooperation between the United Nations and the League of Arab States", A/RES/79/12 PP6)
// ("the Framework Agreement for Cooperation between the Association of Southeast Asian Nations and the United Nations Children’s
// Fund", A/RES/79/290 PP14)
const BETWEEN_HEADS_RE = /(?:Agreement|Declaration|Memorandum of Understanding|Partnership|Accord|Arrangement)(?: (?:of|on|for) Cooperation)?$/;
// ("the Joint Declaration on Cooperation between the Secretariats of the United Nations and the Shanghai Cooperation
// Organization", A/RES/79/332 PP5, 79/10: the secretariats sign for their organizations, which name it)
const BETWEEN_RE = /^\s+between\s+(?:the\s+)?(?:[Ss]ecretariats?\s+of\s+(?:the\s+)?)?$/;
const AND_RE = /^\s+and\s+(?:the\s+)?$/;
/**
 * Step 4b'': an agreement or declaration printed with the two parties it is between ("the Relationship Agreement
 * between the United Nations and the International Criminal Court", "the Joint Declaration on Comprehensive
 * Partnership between ASEAN and the United Nations") is named with them: "Relationship Agreement" alone was one
 * node for every organization's agreement with the United Nations. The parties stay mentioned (nested); "the
 * Relationship Agreement" printed later in the resolution is the one named in full (headPartOf).
 */
function agreementsBetween(text: string, patternCands: readonly Candidate[], cands: readonly Candidate[]): void {
  for (const c of patternCands) {
    if (c.kind !== 'Framework' || !BETWEEN_HEADS_RE.test(c.name)) continue;
    let first: Candidate | undefined;
    for (const o of cands) if (o.start > c.end && o.start <= c.end + 36 && (o.kind === 'Organization' || o.kind === 'Place') && BETWEEN_RE.test(text.slice(c.end, o.start))) first = o;
    if (!first) continue;
    let second: Candidate | undefined;
    for (const o of cands) if (o.start > first.end && o.start <= first.end + 10 && (o.kind === 'Organization' || o.kind === 'Place') && AND_RE.test(text.slice(first.end, o.start))) second = o;
    if (!second) continue;
    c.name = normaliseName(text.slice(c.start, second.end));
    c.end = second.end;
    c.attrs = {};
  }
}
/** the words every agreement of the United Nations named by its parties holds (agreementsOfUnitedNations' gate) */
const UN_AGREEMENT_WORDS = 'Agreement between the United Nations and ';
/**
 * Step 4b''(UN). "the Agreement between the United Nations and the Government of Sierra Leone on the Establishment of a Residual
 * Special Court for Sierra Leone" (A/RES/80/243 V.OP4): one instrument by its parties and subject (UN_AGREEMENT_BETWEEN_RE); the
 * parties and the bodies of its title stay mentioned inside it (nested), no targets of the clause's verb. Not where a known name
 * spans it all ("the Agreement between the United Nations and the United States of America regarding the Headquarters of the
 * United Nations" is the gazetteer's Headquarters Agreement).
 */
function agreementsOfUnitedNations(text: string, patternCands: Candidate[], cands: Candidate[]): void {
  UN_AGREEMENT_BETWEEN_RE.lastIndex = 0;
  for (let m = UN_AGREEMENT_BETWEEN_RE.exec(text); m; m = UN_AGREEMENT_BETWEEN_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (cands.some((c) => c.kind === 'Framework' && c.start <= start && c.end >= end)) continue;
    const agreement = candidate('Framework', normaliseName(m[0]), {}, start, end, 'pattern');
    patternCands.push(agreement);
    cands.push(agreement);
  }
}

/** capitalised words joined by connectors, after "between": "between Disarmament and Development" */
const BETWEEN_NAMES_RE = letterRe(String.raw` between (?:the )?[A-Z][\p{L}-]*(?: (?:of|on|for|in) (?:the )?[A-Z][\p{L}-]*| [A-Z][\p{L}-]*)* and (?:the )?[A-Z][\p{L}-]*(?: (?:of|on|for|in) (?:the )?[A-Z][\p{L}-]*| [A-Z][\p{L}-]*)*`, 'uy');
/**
 * Step 4b''': "the International Conference on the Relationship between Disarmament and Development" (A/RES/78/23 PP3,
 * A/RES/79/43 PP3): the relationship a name is on is between the two things printed after it, part of the name
 * ("between" ended it: "International Conference on the Relationship"). Only a pattern name that ends with
 * "Relationship", and two capitalised names after "between".
 */
function relationshipsBetween(text: string, patternCands: readonly Candidate[]): void {
  for (const c of patternCands) {
    if (c.via !== 'pattern' || !c.name.endsWith(' Relationship') || text.charCodeAt(c.end) !== 32) continue;
    BETWEEN_NAMES_RE.lastIndex = c.end;
    const m = BETWEEN_NAMES_RE.exec(text);
    if (!m) continue;
    c.end += m[0].length;
    c.name = normaliseName(text.slice(c.start, c.end));
  }
}

/** after a participle that ends a name: "by", then capitalised words joined by connectors ("by Boko Haram in the Lake Chad Basin Region") */
const BY_AGENT_RE = letterRe(String.raw` by (?:the )?[A-Z][\p{L}-]*(?:(?: (?:of|in|on|for|against)(?: the)?| and)? [A-Z][\p{L}-]*)*`, 'uy');
/** participles a name's words go on after with "by" and their agent */
const AGENT_PARTICIPLE_RE = / (?:Affected|Caused)$/;
/**
 * Step 4b'''': "the Regional Stabilization, Recovery and Resilience Strategy for Areas Affected by Boko Haram in the Lake
 * Chad Basin Region" (A/RES/78/59 PP), "the Convention on International Liability for Damage Caused by Space Objects":
 * "by" ended the names at the participle ("... for Areas Affected"); the agent after it is part of the name. Only a
 * pattern name that ends with such a participle (a character test first), and capitalised words after "by".
 */
function agentsOfParticiples(text: string, patternCands: readonly Candidate[]): void {
  for (const c of patternCands) {
    if (c.via !== 'pattern' || text.charCodeAt(c.end) !== 32 || text.charCodeAt(c.end - 1) !== 100 /* d */ || !AGENT_PARTICIPLE_RE.test(c.name)) continue;
    BY_AGENT_RE.lastIndex = c.end;
    const m = BY_AGENT_RE.exec(text);
    if (!m) continue;
    c.end += m[0].length;
    c.name = normaliseName(text.slice(c.start, c.end));
  }
}

/**
 * Step 4b'''''. "the draft model law ... developed by the joint UNIDROIT-UNCITRAL Working Group to Working Group I (Warehouse
 * Receipts)" (A/RES/79/119 PP): "to" joins an instrument to the one it amends ("the 2005 Protocol to the 1988 Protocol
 * for ...") but not a body to another body of its kind a text refers something to. An Organization's pattern name whose
 * part after " to " (no "the") has the head word of its part before is two names. Only names with " to " in them.
 */
function namesToOtherNames(text: string, patternCands: Candidate[], cands: Candidate[]): void {
  for (let k = 0, n = patternCands.length; k < n; k++) {
    const c = patternCands[k]!;
    if (c.kind !== 'Organization' || c.via !== 'pattern') continue;
    const to = c.name.indexOf(' to ');
    if (to < 0 || c.name.startsWith('the ', to + 4)) continue;
    const head = c.name.slice(c.name.lastIndexOf(' ', to - 1) + 1, to);
    const rest = c.name.slice(to + 4);
    if (head.length < 4 || !(rest.startsWith(`${head} `) || rest.includes(` ${head} `) || rest.endsWith(` ${head}`))) continue;
    const at = text.indexOf(' to ', c.start);
    if (at < 0 || at >= c.end) continue;
    const second = candidate('Organization', rest, {}, at + 4, c.end, 'pattern');
    c.end = at;
    c.name = normaliseName(text.slice(c.start, at));
    patternCands.push(second);
    cands.push(second);
  }
}

/**
 * Step 4b': "the Standing Advisory Committee on Security Questions in Central Africa" after "the United Nations
 * Standing Advisory Committee ...", "the Global Plan of Action to Combat Trafficking in Persons" after "the United
 * Nations Global Plan of Action ...": the name printed without "United Nations" is the one printed with it,
 * named before in the resolution or earlier in the paragraph.
 */
function unitedNationsNamedBefore(patternCands: readonly Candidate[], cands: readonly Candidate[], state: ResolutionState): void {
  // the names printed with "United Nations" in this paragraph (usually none)
  let here: Candidate[] | undefined;
  // (indexed loops: for-of over a new pair of lists made the pair, an iterator each and a result object per candidate, see
  // ingest/codeUnit.ts)
  for (let i = 0; i < cands.length; i++) if (cands[i]!.name.startsWith(UN_PREFIX)) (here ??= []).push(cands[i]!);
  for (let i = 0; i < patternCands.length; i++) if (patternCands[i]!.name.startsWith(UN_PREFIX)) (here ??= []).push(patternCands[i]!);
  if (!here && state.withoutUN.size === 0) return;
  for (let i = 0; i < patternCands.length; i++) {
    const p = patternCands[i]!;
    if (p.kind === 'Place' || p.name.startsWith('United Nations')) continue;
    let ref: Ref | undefined;
    // (a Ref made of the candidate, not the candidate: the reads below then meet one shape, not a late second one)
    if (here) for (const o of here) if (o.end <= p.start && o.kind === p.kind && o.name.length === UN_PREFIX.length + p.name.length && o.name.endsWith(p.name)) ref = { kind: o.kind, name: o.name, attrs: o.attrs };
    ref ??= state.withoutUN.get(p.kind)?.get(p.name);
    if (!ref) continue;
    p.name = ref.name;
    p.attrs = { ...ref.attrs };
  }
}

/**
 * Step 4b: a generic or short pattern name is the longer one it stands for: "Programme of Action" alone
 * (the last one named), "the Fifteenth Congress" (the edition named in full), a two-word generic name
 * ("the Special Committee": the longer name seen with that start). Renames in place; returns the generic
 * names nothing was named for.
 */
function resolveGenericNames(text: string, patternCands: Candidate[], cands: readonly Candidate[], state: ResolutionState): Set<Candidate> {
  const unresolved = new Set<Candidate>();
  if (patternCands.length === 0) return unresolved;
  // neither list changes in the loop (only the names and attrs of its candidates)
  const both = cands.concat(patternCands);
  for (let i = 0; i < patternCands.length; i++) {
    const p = patternCands[i]!;
    if (SHORT_HEAD_SET.has(p.name)) {
      if (p.name === PROGRAMME_OF_ACTION && programmeOfInstrumentBefore(text, p, both)) continue;
      resolveShortHeadName(p, cands, both, state, unresolved);
      continue;
    }
    if (ORDINAL_SHORT_RE.test(p.name) && (resolveOrdinalName(p, both, state) || sittingOfBodyNamedHere(p, both))) continue;
    if (p.kind === 'Event' && resolveLowerOrdinalName(text, p, both, state)) continue;
    // a known entry's short form once the entry is named ("the Pension Fund", "the High Commissioner")
    let pinned = state.pinned.get(p.name);
    // (a Human Rights Council text's default High Commissioner gives way to one named in this very paragraph)
    const byDefault = pinned === HRC_HIGH_COMMISSIONER ? pinned : undefined;
    if (byDefault !== undefined) pinned = undefined;
    // (the Office named earlier in this very paragraph: not registered yet)
    if (pinned === undefined && p.name === HIGH_COMMISSIONER && both.some((o) => o.end <= p.start && o.name === OHCHR_NAME)) pinned = HIGH_COMMISSIONER_HR_REF;
    // (nor a known entry's short form after its full name in this very paragraph: "the Sharm el-Sheikh to Kunming Action Agenda
    // for Nature and People, ..., and invites ... to support the implementation of the Action Agenda", A/RES/78/155 OP14)
    if (pinned === undefined) {
      for (const o of both) {
        if (o.end <= p.start && o.entry?.shortForms !== undefined && o.entry.shortForms.length !== 0 && o.entry.shortForms.includes(p.name)) pinned = { kind: o.kind, name: o.name, attrs: o.attrs };
      }
    }
    // (a two-word short form names its entry whatever kind its head suggests: "the Permanent Forum" is a body, not a sitting)
    pinned ??= byDefault;
    if (pinned && (pinned.kind === p.kind || p.name.includes(' '))) {
      p.kind = pinned.kind;
      p.name = pinned.name;
      p.attrs = { ...pinned.attrs };
      continue;
    }
    // (a bare "Leaders' Declaration" is no one declaration named before: BARE_LEADERS_DECLARATIONS)
    if (p.kind === 'Framework' && BARE_LEADERS_DECLARATIONS.has(p.name)) continue;
    if (resolveHeadPart(p, both, state)) continue;
    // a post printed bare that stands for no envoy named before is no body: "Requests the Secretary-General to designate a
    // Special Representative to proceed to the Middle East" (S/RES/242 (1967) OP3); "its Offices of the Special
    // Representative at the United Nations" (INTERPOL's, A/RES/79/136 PP7)
    if (BARE_POSTS.has(p.name) && p.kind === 'Organization') {
      unresolved.add(p);
      continue;
    }
    // "the Ninth Review Conference reaffirmed that Review Conferences constitute an effective method of reviewing the operation
    // of the Convention" (A/RES/79/78 PP12, 78/67, 80/71), "decisions and recommendations reached at previous Review
    // Conferences" (PP16), "the two previous Review Conferences held in 2015 and 2022" (79/79 OP1): sittings of a kind, in
    // general or several of them, with neither ordinal nor owner; no one node
    if (p.kind === 'Event' && p.name === BARE_REVIEW_CONFERENCES) {
      unresolved.add(p);
      continue;
    }
    if (!hasOneSpace(p.name)) continue;
    // "the Ninth Review Conference was not able to reach consensus on a draft Final Declaration" (A/RES/79/78 OP2, 78/67,
    // 80/71): a draft never adopted, not the Final Declaration named before; with no name of its own it is no node
    if (p.start >= 8 && text.startsWith(A_DRAFT, p.start - 8) && (p.start === 8 || isJsWhitespace(text.charCodeAt(p.start - 9)))) {
      unresolved.add(p);
      continue;
    }
    // the longer name may have been printed earlier in this very paragraph
    let earlier: Candidate | undefined;
    // (or, ending with it, in capitalised words only: "the International Law Fellowship Programme ... the Fellowship Programme",
    // A/RES/79/120 OP23)
    for (const o of both) if (o.end <= p.start && o.kind === p.kind && (prefixOf(o.name) === p.name || (p.kind !== 'Event' && endsWithWords(o.name, p.name))) && (!earlier || o.start > earlier.start)) earlier = o;
    const ref = earlier ? { kind: earlier.kind, name: earlier.name, attrs: earlier.attrs } : state.byPrefix.get(p.kind)?.get(p.name);
    if (ref) {
      p.name = ref.name;
      p.attrs = { ...ref.attrs };
    }
  }
  return unresolved;
}

/** review conferences in the plural, printed with nothing else in their name (resolveGenericNames) */
const BARE_REVIEW_CONFERENCES = 'Review Conferences';
/** "a draft " before a generic two-word name (resolveGenericNames) */
const A_DRAFT = 'a draft ';

/** Posts of the Secretary-General's envoys, printed without the mandate that names one (resolveGenericNames). */
const BARE_POSTS: ReadonlySet<string> = new Set(['Special Representative', 'Special Envoy', 'Personal Envoy', 'Special Adviser']);

// The two tests below read the name by character: split(' ') made an array per call, and its inlined code was
// thrown away ("wrong map") when a name of another string representation (sliced, cons) came late.
/** `longer` ends with the words of `name` after other capitalised words, with no lower-case word ("of", "on") in it. */
function endsWithWords(longer: string, name: string): boolean {
  const at = longer.length - name.length - 1;
  return at > 0 && longer.charCodeAt(at) === 32 && longer.endsWith(name) && !LOWER_WORD_RE.test(longer);
}
const LOWER_WORD_RE = / [a-z]/;
/** `name.split(' ').length === 2` */
function hasOneSpace(name: string): boolean {
  const at = name.indexOf(' ');
  return at >= 0 && name.indexOf(' ', at + 1) < 0;
}

/** `name.split(' ').includes(word)` for a word that is not empty: word is one of name's space-separated words. */
function isWordOf(name: string, word: string): boolean {
  if (word.includes(' ')) return false;
  for (let i = name.indexOf(word); i >= 0; i = name.indexOf(word, i + 1)) {
    const end = i + word.length;
    if ((i === 0 || name.charCodeAt(i - 1) === 32) && (end === name.length || name.charCodeAt(end) === 32)) return true;
  }
  return false;
}

/**
 * "the Standing Advisory Committee" after "the United Nations Standing Advisory Committee on Security Questions in
 * Central Africa", "the Regional Service Centre" after "the Regional Service Centre in Entebbe": a name printed
 * as the longer one's words before its first preposition is that name (named earlier in the paragraph or before).
 */
function resolveHeadPart(p: Candidate, both: readonly Candidate[], state: ResolutionState): boolean {
  if (p.name.indexOf(' ') < 0 || (/\s[a-z]/.test(p.name) && !(p.kind === 'Organization' && PARTIES_HEAD_PART_RE.test(p.name)))) return false;
  let ref: Ref | undefined;
  for (const o of both) if (o !== p && o.end <= p.start && o.kind === p.kind && o.name !== p.name && headPartOf(o.name) === p.name) ref = o;
  ref ??= state.byHeadPart.get(p.kind)?.get(p.name);
  if (!ref) return false;
  p.name = ref.name;
  p.attrs = { ...ref.attrs };
  return true;
}

/** A name's words before its first preposition (not "of"), without a leading "United Nations", when they are two or more capitalised words and not the whole name. */
function headPartOf(full: string): string | undefined {
  let part = headParts.get(full);
  if (part === undefined) {
    part = computeHeadPart(full) ?? null;
    if (headParts.size < 50_000) headParts.set(full, part);
  }
  return part ?? undefined;
}
/** name -> headPartOf (null: none); asked for every name registered and every earlier name of a short one's kind */
const headParts = new Map<string, string | null>();
/**
 * "the Assembly of States Parties" printed alone after "the Assembly of States Parties to the Rome Statute of the
 * International Criminal Court" (A/RES/73/7 OP26, OP27; 78/6, 79/6, 80/6): the body named by its members, whose
 * instrument the full name says. A head part with "of" in it, for these members' bodies only, and read for an
 * Organization only (the sittings "Second Conference of States Parties" keep their ordinals: partiesOfConvention).
 */
const PARTIES_HEAD_PART_RE = /^(?:Assembly|Meeting|Conference) of (?:the )?States Parties$/;
const PARTIES_FULL_RE = /^((?:Assembly|Meeting|Conference) of (?:the )?States Parties) to /;
const SG_ENVOY_RE = /^((?:Special|Personal) (?:Envoy|Representative|Adviser)) of the Secretary-General (?:for|on) /;
function computeHeadPart(full: string): string | undefined {
  // "the Special Envoy" after "the Special Envoy of the Secretary-General on Myanmar" (A/RES/78/219 OP30-31)
  const envoy = full.charCodeAt(0) === 83 /* S */ || full.charCodeAt(0) === 80 /* P */ ? SG_ENVOY_RE.exec(full) : null;
  if (envoy) return envoy[1];
  const parties = full.charCodeAt(full.length - 1) !== 115 /* s */ && full.includes(' States Parties to ') ? PARTIES_FULL_RE.exec(full) : null;
  if (parties) return parties[1];
  const name = full.startsWith(UN_PREFIX) ? full.slice(UN_PREFIX.length) : full;
  const words = name.split(' ');
  let i = 0;
  while (i < words.length && /^[A-Z]/.test(words[i]!)) i++;
  // not "of": what follows it is often another name run into this one ("the Indian Ocean Rim Association of the
  // Strategic Framework"), nor a year ("the International Narcotics Control Board for 2022")
  if (i < 2 || i + 1 >= words.length || words[i] === 'of' || !(PREPOSITIONS.has(words[i]!) || words[i] === 'between') || /^\d/.test(words[i + 1]!)) return undefined;
  return words.slice(0, i).join(' ');
}

/**
 * An organ of a fund: "Board of Trustees of the United Nations Voluntary Fund for Victims of Torture" (group 1: the fund); the
 * post that invests a fund's assets ("the Representative of the Secretary-General for the investment of the assets of the
 * Fund", A/RES/79/253 OP3, then "the future solvency of the Fund", OP5: the Pension Fund).
 */
const ORGAN_OF_FUND_RE = /^(?:Chair of the )?(?:Board of (?:Trustees|Governors|Directors)|Executive Board|Advisory Board|Steering Committee|Representative of the Secretary-General for the investment of the assets) of the ((?:[A-Z][\w’'-]* )+(?:Trust )?Fund(?: (?:for|on) .+)?)$/;
/**
 * "stresses the importance of the work of the Board of Trustees of the United Nations Voluntary Fund for Victims of Torture,
 * appeals to all States and organizations to contribute annually to the Fund" (A/RES/80/198 OP50): a fund named only in its
 * organ's name is the fund "the Fund" then stands for (as the gazetteer names it, else as printed).
 */
function fundOfOrgan(o: Ref): Ref | undefined {
  if (o.kind !== 'Organization' || !o.name.includes(' Fund') || !o.name.includes(OF_THE)) return undefined;
  const m = ORGAN_OF_FUND_RE.exec(o.name);
  if (m === null) return undefined;
  const entry = entryByName('Organization', m[1]!);
  return entry !== undefined ? entryRef(entry) : { kind: 'Organization', name: m[1]!, attrs: {} };
}

const PROGRAMME_OF_ACTION = 'Programme of Action';
/** " and its " right before "Programme of Action" (the instrument's name ends where it starts) */
const AND_ITS_BEFORE_RE = /^,?\s+and\s+its\s+$/;
/**
 * The programme of action adopted with a declaration, where the declaration's name does not say whose it is: the Copenhagen
 * Declaration on Social Development's is the World Summit for Social Development's (the name the texts print for it in full).
 */
const COMPANION_PROGRAMMES: ReadonlyMap<string, string> = new Map([
  ['Copenhagen Declaration on Social Development', 'Programme of Action of the World Summit for Social Development'],
]);
/**
 * "reaffirm the commitment to the Copenhagen Declaration on Social Development and its Programme of Action,5" (A/RES/79/150
 * OP40, 80/183 OP40, 78/318 OP4), "reaffirmed the Global Agenda for Dialogue among Civilizations and its Programme of Action"
 * (A/RES/78/286 PP12): "its" is the instrument named right before, whatever programme of action was named last; the
 * programme is that instrument's (COMPANION_PROGRAMMES), else "Programme of Action of the <instrument>".
 */
function programmeOfInstrumentBefore(text: string, p: Candidate, both: readonly Candidate[]): boolean {
  if (p.start < 12 || text.charCodeAt(p.start - 2) !== 115 /* the s of "its" */) return false;
  let owner: Candidate | undefined;
  for (const o of both) if (o.kind === 'Framework' && o.end < p.start && o.end >= p.start - 12 && o.via !== 'short') owner = o;
  if (owner === undefined || !AND_ITS_BEFORE_RE.test(text.slice(owner.end, p.start))) return false;
  const name = COMPANION_PROGRAMMES.get(owner.name) ?? `${PROGRAMME_OF_ACTION} of the ${owner.name}`;
  const entry = entryByName('Framework', name);
  p.name = entry?.name ?? name;
  p.attrs = entry !== undefined ? entryRef(entry).attrs : {};
  return true;
}

/** "Programme of Action" printed alone: the last one named, earlier in this paragraph first. */
function resolveShortHeadName(p: Candidate, cands: readonly Candidate[], both: readonly Candidate[], state: ResolutionState, unresolved: Set<Candidate>): void {
  let nearest: Candidate | undefined;
  for (const o of both) {
    if (o.end > p.start || o.via === 'short' || o.kind !== p.kind || SHORT_HEAD_SET.has(o.name)) continue;
    const h = headOf(o.name, o.kind);
    if ((h === p.name || (p.name === 'Fund' && (h === 'Trust Fund' || fundOfOrgan(o) !== undefined)) || (p.name === 'Centre' && h === 'Regional Centre')) && (!nearest || o.start > nearest.start)) nearest = o;
  }
  const fund = nearest !== undefined && p.name === 'Fund' ? fundOfOrgan(nearest) : undefined;
  const ref: Ref | undefined = fund ?? (nearest ? { kind: nearest.kind, name: nearest.name, attrs: nearest.attrs } : (state.pinned.get(p.name) ?? state.last.get(p.name)));
  const wsis = !ref && WSIS_DEFAULTS[p.name] !== undefined && (cands.some((c) => WSIS_CONTEXT.has(c.name)) || someRef(state.last.values(), (c) => WSIS_CONTEXT.has(c.name)));
  if (ref && ref.kind === p.kind) {
    p.name = ref.name;
    p.attrs = { ...ref.attrs };
  } else if (wsis) p.name = WSIS_DEFAULTS[p.name]!;
  else unresolved.add(p);
}

function someRef(refs: Iterable<Ref>, test: (r: Ref) => boolean): boolean {
  for (const r of refs) if (test(r)) return true;
  return false;
}

/** `earlier` (registered in past paragraphs, may be absent) then `here`, as one list without spreading. */
function refsThen(earlier: Ref[] | undefined, here: Ref[]): Ref[] {
  return earlier ? earlier.concat(here) : here;
}

/** between an organ's title and the sitting it serves, inside the organ's printed name */
const ORGAN_OF_SITTING_GAP = ' of the ';
/**
 * "as reflected in the report of Committee II of the Fourteenth Congress" (A/RES/78/224 PP4, 79/187 PP4): an organ named after
 * the sitting it served, the sitting by its ordinal short form, which stands for the edition named in full before ("the
 * Fourteenth United Nations Congress on Crime Prevention and Criminal Justice", PP1). The sitting is a mention of its own inside
 * the organ's name, as one the gazetteer knows is ("the Steering Committee of the International Conference on the Former
 * Yugoslavia"): extract.ts brings it back as the organ's owner (isOrganOfSitting), which the organ is PART_OF and the clause's
 * verb takes. Only a short form read as an edition named before; not an officer's title ("the President of the ... Conference").
 */
function ordinalSittingsOwningOrgans(text: string, cands: Candidate[], state: ResolutionState): void {
  const count = cands.length;
  for (let i = 0; i < count; i++) {
    const organ = cands[i]!;
    if (organ.kind !== 'Organization' || organ.via !== 'pattern' || OFFICER_OR_OFFICE_RE.test(organ.name)) continue;
    const of = organ.name.lastIndexOf(ORGAN_OF_SITTING_GAP);
    if (of < 0) continue;
    const short = organ.name.slice(of + ORGAN_OF_SITTING_GAP.length);
    if (!ORDINAL_SHORT_RE.test(short) || !SITTING_NAME_END_RE.test(short) || !text.startsWith(short, organ.end - short.length)) continue;
    if (cands.some((c) => c.kind === 'Event' && c.start >= organ.start && c.end <= organ.end)) continue;
    const sitting = candidate('Event', short, {}, organ.end - short.length, organ.end, 'pattern');
    if (resolveOrdinalName(sitting, cands, state)) cands.push(sitting);
  }
}

/** "the Fifteenth Congress" after "the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice". */
/**
 * "the outcome document of the second High-level Conference" after "the second High-level United Nations Conference on
 * South-South Cooperation" (A/RES/78/167 OP1, OP25): the lowercase ordinal printed before the chunk names the edition the
 * short form stands for, as a capitalised one inside it does (resolveOrdinalName); the mention then starts at the ordinal.
 */
const SHORT_FORM_OBJECT_RE = /\s(?:to|on)\s/;
function resolveLowerOrdinalName(text: string, p: Candidate, both: readonly Candidate[], state: ResolutionState): boolean {
  // cheap gate (as ordinalEditions): the word before ends like an ordinal ("-st", "-nd", "-rd", "-th") and a space
  if (p.start < 6 || text.charCodeAt(p.start - 1) !== 32 || !p.name.includes(' ')) return false;
  const b1 = text.charCodeAt(p.start - 2);
  const b2 = text.charCodeAt(p.start - 3);
  if (!((b1 === 116 && b2 === 115) || (b1 === 100 && (b2 === 110 || b2 === 114)) || (b1 === 104 && b2 === 116))) return false;
  const m = LOWER_ORDINAL_BEFORE_RE.exec(text.slice(Math.max(0, p.start - 30), p.start));
  if (!m || /^\d/.test(m[1]!)) return false;
  // (a name that names its instrument or body in full is not a short form: "the thirteenth Meeting of States Parties to the
  // Convention on Cluster Munitions", ordinalEditions numbers it)
  // (nor one that goes on to name it, "the thirteenth Meeting of States Parties to the Convention on Cluster Munitions": a
  // short form names no object)
  if (both.some((o) => o !== p && o.start >= p.start && o.start <= p.end + 9 && o.via !== 'short') || SHORT_FORM_OBJECT_RE.test(p.name)) return false;
  const printed = p.name;
  const ordinal = `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1).toLowerCase()}`;
  p.name = `${ordinal} ${printed}`;
  if (!resolveOrdinalName(p, both, state)) {
    // (named earlier in this paragraph with the same lowercase ordinal before it, which ordinalEditions adds to its name later)
    const lower = m[1]!.toLowerCase();
    let ref: Ref | undefined;
    let edition: Ref | undefined;
    for (const o of both) {
      if (o === p || o.kind !== 'Event' || o.end > p.start || o.start < lower.length + 5 || !o.name.includes(' ')) continue;
      const before = LOWER_ORDINAL_BEFORE_RE.exec(text.slice(Math.max(0, o.start - 30), o.start));
      if (!before) continue;
      if (before[1]!.toLowerCase() === lower) {
        ref = ordinalReferent(printed, [{ kind: o.kind, name: o.name, attrs: o.attrs }]) ?? ref;
        // ("the third United Nations Conference to Review Progress Made ... (the third Review Conference)", A/RES/78/46 OP7:
        // the words in another order, reviewConferenceReferent)
        if (printed === REVIEW_CONFERENCE_TAIL.slice(1) && o.name.includes(' Conference to Review ') && UN_CONFERENCE_TO_REVIEW_RE.test(o.name)) ref = { kind: o.kind, name: o.name, attrs: o.attrs };
      }
      // "the twelfth Ministerial Conference of the World Trade Organization, held in Geneva ..., and looks forward to the
      // convening of the thirteenth Ministerial Conference, to be held ... in Abu Dhabi" (A/RES/78/134 OP19, 78/138 OP14,
      // 78/233 OP28): another edition of the series named just before with its own lowercase ordinal
      else if (!/^\d/.test(before[1]!)) edition = seriesReferent(p.name, [{ kind: o.kind, name: `${before[1]!} ${o.name}`, attrs: o.attrs }]) ?? edition;
    }
    if (!ref && edition) {
      p.name = edition.name;
      p.attrs = edition.attrs;
      p.start -= m[1]!.length + 1;
      return true;
    }
    if (!ref && sittingOfBodyNamedHere(p, both)) {
      p.start -= m[1]!.length + 1;
      return true;
    }
    if (!ref) {
      p.name = printed;
      return false;
    }
    p.name = `${ordinal} ${ref.name}`;
    // (the dates a known series' entry gives are its first edition's, not this one's: ordinalEditions)
    p.attrs = ref.attrs.eventKind === undefined ? {} : { eventKind: ref.attrs.eventKind };
  }
  p.start -= m[1]!.length + 1;
  return true;
}

/**
 * Sittings a body's texts number by ordinal and head alone, the body named elsewhere in the paragraph: "looks forward to
 * continuing the World Trade Organization negotiations ... at the thirteenth Ministerial Conference" (A/RES/78/134 OP9),
 * "the World Trade Organization shall continue negotiations ... at its thirteenth Ministerial Conference" (78/68 OP148),
 * "members of the World Trade Organization should advance negotiations ... by its Fourteenth Ministerial Conference"
 * (79/145 OP151, 80/109 OP156). Other bodies' ministerial conferences are named with their body or after it in full.
 */
const SITTING_HEAD_BODY: ReadonlyMap<string, string> = new Map([['Ministerial Conference', 'World Trade Organization']]);
function sittingOfBodyNamedHere(p: Candidate, both: readonly Candidate[]): boolean {
  const sp = p.name.indexOf(' ');
  const body = sp > 0 ? SITTING_HEAD_BODY.get(p.name.slice(sp + 1)) : undefined;
  if (body === undefined || !ORDINAL_FIRST_RE.test(p.name.slice(0, sp)) || /^\d/.test(p.name)) return false;
  // (the body named nearest before it: "the Sixteenth Ministerial Conference ... of the Movement of Non-Aligned Countries, and the
  // Seventeenth Ministerial Conference" is the Movement's even with the WTO named elsewhere in the paragraph)
  let nearest: Candidate | undefined;
  for (const o of both) if (o.kind === 'Organization' && o.end <= p.start && (!nearest || o.start > nearest.start)) nearest = o;
  if (nearest?.name !== body) return false;
  p.name = `${p.name} of the ${body}`;
  p.attrs = { eventKind: 'conference' };
  return true;
}

/** The first longer name after `p` in the paragraph that starts with its ordinal and holds all its words. */
function ordinalReferentAfter(p: Candidate, first: string, both: readonly Candidate[]): Ref | undefined {
  let ref: Candidate | undefined;
  for (const o of both) {
    if (o.start < p.end || o.kind !== p.kind || (ref && o.start >= ref.start) || o.name.length <= p.name.length) continue;
    if (o.name.slice(0, first.length).toLowerCase() === first && ordinalReferent(p.name, [o]) !== undefined) ref = o;
  }
  return ref ? { kind: ref.kind, name: ref.name, attrs: ref.attrs } : undefined;
}

function resolveOrdinalName(p: Candidate, both: readonly Candidate[], state: ResolutionState): boolean {
  const first = p.name.split(' ', 1)[0]!.toLowerCase();
  const here = both
    .filter((o) => o.end <= p.start && o.kind === p.kind && (o.name.split(' ', 1)[0]!.toLowerCase() === first || yearPrintedBefore.get(o) === first))
    .sort((a, b) => a.start - b.start)
    .map((o) => ({ kind: o.kind, name: o.name, attrs: o.attrs }));
  let ref = ordinalReferent(p.name, refsThen(state.ordinals.get(`${p.kind}|${first}`), here));
  if (!ref && p.kind === 'Event') {
    const editions = both
      .filter((o) => o.end <= p.start && o.kind === p.kind && ORDINAL_FIRST_RE.test(o.name.split(' ', 1)[0]!))
      .sort((a, b) => a.start - b.start)
      .map((o) => ({ kind: o.kind, name: o.name, attrs: o.attrs }));
    ref = seriesReferent(p.name, refsThen(state.ordinals.get(`${p.kind}|*`), editions));
  }
  // "the Kyoto Declaration ..., adopted by the Fourteenth Congress, and requested the Commission ... under the standing item
  // entitled “Follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice ...”" (A/RES/79/186
  // PP6, 78/223 PP7): the edition named in full later in the paragraph, when none was named before
  if (!ref) ref = ordinalReferentAfter(p, first, both);
  if (!ref && p.kind === 'Event' && p.name.endsWith(REVIEW_CONFERENCE_TAIL)) ref = reviewConferenceReferent(p.name, first, both, p.start, state);
  if (!ref) return false;
  // "Decision C-SS-4/DEC.3 of the Fourth Special Session of the Conference of the States Parties" (A/RES/78/29 OP6) is not
  // the "Fourth Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons
  // Convention" of PP7: a special session to review a treaty is its review conference, numbered apart
  if (ref.name.includes(TO_REVIEW_THE_OPERATION) && !p.name.includes(TO_REVIEW_THE_OPERATION)) return false;
  p.name = ref.name;
  p.attrs = { ...ref.attrs };
  return true;
}

const REVIEW_CONFERENCE_TAIL = ' Review Conference';
/** a conference to review named without its ordinal (a lowercase one printed before it, added later: ordinalEditions) */
const UN_CONFERENCE_TO_REVIEW_RE = /^(?:United Nations )?Conference to Review /;
/** "<Ordinal> United Nations Conference to Review ...": group 1 the ordinal, group 2 the series' name */
const CONFERENCE_TO_REVIEW_RE = new RegExp(`^(${ORDINAL_SOURCE}) ((?:United Nations )?Conference to Review .+)$`, 'i');
/**
 * "the third United Nations Conference to Review Progress Made in the Implementation of the Programme of Action to Prevent,
 * Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, held in New York from 18 to 29
 * June 2018 (the third Review Conference)" (A/RES/78/46 OP7), then "the outcome document of the third Review Conference"
 * (OP22), "the fourth Review Conference" (OP17, OP30, OP32) after the fourth named in full (OP9); "the Third Review
 * Conference" (A/RES/79/40 OP23, 80/38 OP25) after the Fourth and Fifth named in full: a review conference named by its
 * ordinal is the "Conference to Review ..." of that ordinal (of the same series, another ordinal named), not a sitting of
 * the treaty named last (the Arms Trade Treaty's, qualifyGenericNames). Its words are in another order than the short
 * form's, which ordinalReferent and seriesReferent read in order.
 */
function reviewConferenceReferent(short: string, first: string, both: readonly Candidate[], before: number, state: ResolutionState): Ref | undefined {
  if (short.length !== first.length + REVIEW_CONFERENCE_TAIL.length || /^\d/.test(first)) return undefined;
  const named: Ref[] = [];
  for (const r of state.ordinals.get('Event|*') ?? []) named.push(r);
  for (const o of both) if (o.kind === 'Event' && o.end <= before && o.via !== 'short') named.push({ kind: o.kind, name: o.name, attrs: o.attrs });
  let series: Ref | undefined;
  for (let i = named.length - 1; i >= 0; i--) {
    const r = named[i]!;
    if (!r.name.includes(' Conference to Review ')) continue;
    const m = CONFERENCE_TO_REVIEW_RE.exec(r.name);
    if (!m) continue;
    if (m[1]!.toLowerCase() === first) return r;
    // (the name made whole before the Ref is: a store into its `name` afterwards threw away the entities worker's code of
    // ten functions that read Refs' names, knownNameCandidates and register among them; see warm-up.ts mutableMentionFields)
    if (series !== undefined) continue;
    const name = `${short.slice(0, first.length)} ${m[2]!}`;
    series = { kind: 'Event', name: `${name.charAt(0).toUpperCase()}${name.slice(1)}`, attrs: r.attrs.eventKind === undefined ? {} : { eventKind: r.attrs.eventKind } };
  }
  return series;
}

/**
 * Step 4c: "the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement" (the
 * CMA), "... to the Kyoto Protocol" (the CMP), "the meetings of the Conference of the Parties serving as the
 * Meetings of the Parties to the Protocols to the Convention": one body, not the COP of the Convention and a
 * "Meeting of the Parties" event. The COP's candidate is widened over the whole name (so "the fifth session of"
 * before it names a session of the CMA) and what lay inside is dropped; "the fourth Conference of the Parties
 * serving as ..." is that body's fourth session.
 */
const COP = 'Conference of the Parties';
const COP_TO_THE = 'Conference of the Parties to the ';
function servingAsBodies(text: string, cands: Candidate[]): void {
  SERVING_AS_MEETING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SERVING_AS_MEETING_RE.exec(text))) {
    const at = m.index;
    let body = cands.find((c) => c.end === at && (c.kind === 'Event' || c.kind === 'Organization') && text.startsWith('Conference of the Parties', c.start));
    // "in advance of the seventh session of the Conference of the Parties serving as the Meeting of the Parties to the Paris
    // Agreement" (A/RES/79/263 PP8, 78/262): no Convention named before, so no candidate for "Conference of the Parties"
    // (the scan names no unnamed COP); the name printed is the body's all the same
    if (!body && at >= COP.length && text.startsWith(COP, at - COP.length) && !cands.some((c) => c.start < at && c.end > at - COP.length)) {
      body = candidate('Event', COP, {}, at - COP.length, at, 'special');
      cands.push(body);
    }
    if (!body) continue;
    const instStart = at + m[0].length;
    const known = cands.find((c) => c.start === instStart && c.kind === 'Framework');
    const printed = INSTRUMENT_AFTER_RE.exec(text.slice(instStart, instStart + 160));
    if (!known && !printed) continue;
    const instEnd = known ? Math.max(known.end, instStart + printed![0].length) : instStart + printed![0].length;
    // "the Protocols to the Convention": renamed after the Convention named before by nameAfterConvention
    const instrument = known && known.end === instEnd ? known.name : normaliseName(text.slice(instStart, instEnd));
    const name = `Conference of the Parties serving as the Meeting${m[1]} of the Parties to the ${instrument}`;
    const ordinal = ORDINAL_BEFORE_RE.exec(text.slice(Math.max(0, body.start - 30), body.start));
    body.kind = 'Event';
    body.via = 'special';
    body.end = instEnd;
    // "the twenty-seventh Conference of the Parties to the United Nations Framework Convention on Climate Change serving as
    // the meeting of the Parties to the Paris Agreement, held in Sharm el-Sheikh" (A/RES/78/159 PP5): an ordinal before the
    // Convention's Conference printed with its treaty numbers that Conference's sessions (COP27; the Agreement's meeting
    // sat with it as its fourth), not a twenty-seventh session of the meeting of the Parties to the Agreement
    // (the treaty printed: "the fourth Conference of the Parties serving as ..." (A/RES/78/152 OP33) is the Agreement's fourth)
    const convention = ordinal !== null && body.name.startsWith(COP_TO_THE) && text.startsWith(COP_TO_THE, body.start) ? body.name : undefined;
    if (ordinal) {
      body.start -= ordinal[0].length;
      body.name = `${ordinal[1]!.toLowerCase()} session of the ${convention ?? name}`;
      body.attrs = { eventKind: 'session' };
    } else {
      body.name = name;
      body.attrs = { eventKind: 'conference' };
    }
    for (let i = cands.length - 1; i >= 0; i--) {
      const c = cands[i]!;
      if (c !== body && c.start >= at && c.start < instEnd) cands.splice(i, 1);
    }
    SERVING_AS_MEETING_RE.lastIndex = instEnd;
  }
}

const ACTION_PLAN = 'Action Plan';
/** between an instrument (or the body it is of, OF_THE_GAP_RE) and "its Action Plan": ", 7 together with its ", " and its " */
const AND_ITS_ACTION_PLAN_GAP_RE = /^\s*,?\s*(?:\d{1,3}\s*)?,?\s*(?:together\s+with|and)\s+its\s+$/;
/** between the instrument and the body it is of: " of the " */
const OF_THE_GAP_RE = /^\s+of\s+the\s+$/;

function isBareActionPlan(c: Candidate): boolean {
  return c.kind === 'Framework' && c.name === ACTION_PLAN;
}

/**
 * Step 4c***: "the Universal Declaration on Cultural Diversity of the United Nations Educational, Scientific and Cultural
 * Organization, 7 together with its Action Plan, 8 adopted on 2 November 2001" (A/RES/80/205 PP8, 78/201), "the 2025 Economic
 * Cooperation Organization Regional Strategy for Information Society Development and its Action Plan, ... in implementation of
 * the Action Plan" (A/RES/79/330 OP31): the instrument's own action plan, "Action Plan of the <instrument>" (as its Programme of
 * Action is, programmeOfInstrumentBefore); "Action Plan" alone was one node for every instrument's. "the Action Plan" after it
 * in the paragraph is the same one.
 */
function actionPlansOfInstruments(text: string, cands: Candidate[]): void {
  let named: string | undefined;
  for (const p of cands.slice().sort((a, b) => a.start - b.start)) {
    if (!isBareActionPlan(p) || p.start < 8) continue;
    if (text.startsWith('its ', p.start - 4)) {
      let owner: Candidate | undefined;
      for (const o of cands) {
        if (o === p || o.end > p.start || isBareActionPlan(o) || (owner !== undefined && o.end <= owner.end)) continue;
        if (o.kind === 'Framework' || o.kind === 'Event') owner = o;
      }
      if (owner?.kind === 'Framework' && p.start - owner.end <= 130 && owner.via !== 'short') {
        // (past the body the instrument is of: "the Universal Declaration on Cultural Diversity of the United Nations Educational,
        // Scientific and Cultural Organization, 7 together with its Action Plan")
        let from = owner.end;
        for (const o of cands) if (o.kind === 'Organization' && o.start > from && o.end <= p.start && OF_THE_GAP_RE.test(text.slice(from, o.start))) from = o.end;
        if (AND_ITS_ACTION_PLAN_GAP_RE.test(text.slice(from, p.start))) named = `${ACTION_PLAN} of the ${owner.name}`;
        else continue;
      }
      // ("the principles set forth in the Declaration and its Action Plan", later in PP8: the short form stands for the instrument
      // whose action plan was named before; with none named, the plan is unknown and stays as printed)
      else if (named === undefined) continue;
    } else if (named === undefined || !THE_BEFORE_RE.test(text.slice(p.start - 6, p.start))) continue;
    const entry = entryByName('Framework', named);
    p.name = entry?.name ?? named;
    p.attrs = entry !== undefined ? entryRef(entry).attrs : {};
  }
}

const TWO_RESUMED_SESSIONS = 'two resumed sessions';
const EVENT_ORDINALS = 'Event|*';
const RESUMED_ORDINALS = ['first', 'second'] as const;
/** A sitting whose resumed sessions' venues and days are printed right after its name: none of them are its own. */
const RESUMED_AFTER_NAME = new WeakSet<object>();

/**
 * Step 7 (before the dating): "the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity,
 * held in Cali, Colombia, from 21 October to 1 November 2024 ..., as well as its two resumed sessions, held online from 3 to 6
 * December 2024 and in Rome, Italy, from 25 to 27 February 2025, respectively" (A/RES/80/135 PP15; "as well as the two resumed
 * sessions of the sixteenth meeting of the Conference of the Parties to the Convention, held online ...", 80/137-80/140,
 * 80/145): two sittings of their own, in the order printed, each with its venue and days; not more days of the meeting.
 * Only where both venues and days follow (the names are final here, so the sessions are named after the sitting's full name).
 */
function resumedSessionsOfSittings(text: string, kept: Candidate[]): void {
  TWO_RESUMED_SESSIONS_RE.lastIndex = 0;
  for (const m of text.matchAll(TWO_RESUMED_SESSIONS_RE)) {
    const start = m.index + m[0].indexOf('two');
    const end = m.index + m[0].length - (m[1]?.length ?? 0);
    let sitting: Candidate | undefined;
    if (m[1] !== undefined) sitting = kept.find((c) => c.kind === 'Event' && c.start === m.index + m[0].length);
    // (the whole name nearest before "its", not a body's name inside it: "... meeting of the Conference of the Parties to the Convention")
    else for (const c of kept) if (c.kind === 'Event' && c.end <= m.index && (!sitting || c.end > sitting.end || (c.end === sitting.end && c.start < sitting.start))) sitting = c;
    if (!sitting || text.slice(start, end).replace(/\s+/g, ' ') !== TWO_RESUMED_SESSIONS) continue;
    const from = m[1] !== undefined ? sitting.end : end;
    const held = TWO_RESUMED_HELD_RE.exec(text.slice(from, from + 240));
    if (!held) continue;
    const sessions: Candidate[] = [];
    let at = 0;
    for (let k = 0; k < 2; k++) {
      const venue = held[1 + 2 * k];
      const days = held[2 + 2 * k]!;
      const venueAt = venue === undefined ? -1 : from + held[0].indexOf(venue, at);
      const daysAt = held[0].indexOf(days, at);
      at = daysAt + days.length;
      const range = parseDateRange(days);
      if (range.start?.length !== 10) break;
      const pair: VenueYear = { venueAt, year: range.start, yearAt: from + daysAt, dateEnd: from + at, ...(range.end ? { endDate: range.end } : {}) };
      // (the text names them together: the first spans "two resumed sessions", the second its own days, as listed editions' do;
      // two mentions over one span are one)
      const span = k === 0 ? { start, end } : { start: from + daysAt, end: from + at };
      sessions.push(candidate('Event', `${RESUMED_ORDINALS[k]!} resumed session of the ${sitting.name}`, pairedAttrs('session', pair), span.start, span.end, 'special'));
    }
    if (sessions.length !== 2) continue;
    kept.push(...sessions);
    if (m[1] !== undefined) {
      sitting.attrs = { ...sitting.attrs };
      RESUMED_AFTER_NAME.add(sitting.attrs);
    }
  }
}

const PART_OF_THE = ' part of the ';
const AS_WELL_AS_THE_MEETINGS = ', as well as the Meetings of the Parties';
/**
 * Step 7 (before the dating): "the first part of the fifteenth meeting of the Conference of the Parties to the Convention on
 * Biological Diversity, held in Kunming, China, from 11 to 15 October 2021, and the second part of the fifteenth meeting of the
 * Conference of the Parties, held in Montreal, Canada, from 7 to 19 December 2022" (A/RES/78/138 PP9, 79/263, 80/...): each part
 * a sitting of its own ("first part of the <sitting>"), with its venue and days, part of the sitting; the days are not the
 * sitting's (its node took the first part's end as its own, 15 October 2021, and both parts' dates as edges), as a sitting's
 * resumed sessions are not (resumedSessionsOfSittings). Each part spans its ordinal and "part"; only where venue (or "online")
 * and days follow the sitting's name.
 */
function partsOfSittings(text: string, kept: Candidate[]): void {
  PART_OF_SITTING_RE.lastIndex = 0;
  for (const m of text.matchAll(PART_OF_SITTING_RE)) {
    const sitting = kept.find((c) => c.kind === 'Event' && c.start === m.index + m[0].length && c.via !== 'short');
    if (!sitting) continue;
    // ("the first part of the fifteenth meeting of the Conference of the Parties ..., as well as the Meetings of the Parties to the
    // Protocols to the Convention, held in Kunming, China, from 11 to 15 October 2021", A/RES/78/155 OP2: the sittings held with it)
    const withMeetings = text.startsWith(AS_WELL_AS_THE_MEETINGS, sitting.end) ? PROTOCOL_MEETINGS_AFTER_PART_RE.exec(text.slice(sitting.end, sitting.end + 120)) : null;
    const after = sitting.end + (withMeetings ? withMeetings[0].length : 0);
    // ("the committee held the second part of its fifth session in Geneva from 5 to 14 August 2025", A/RES/80/110 OP213: the
    // verb before the part says the venue and days after the session are the part's)
    const held = PART_HELD_RE.exec(text.slice(after, after + 160)) ?? (m[2] === 'its' && text.startsWith(HELD_BEFORE, m.index - HELD_BEFORE.length) ? HELD_ITS_PART_VENUE_DAYS_RE.exec(text.slice(after, after + 160)) : null);
    if (!held) {
      // "the ministerial meeting ... held in 2023 during the second part of the Fifth United Nations Conference on the Least
      // Developed Countries, in Doha," (A/RES/80/156 OP13), "for hosting the second part of the Fifth United Nations Conference
      // ..." (78/233 and the texts that quote it): a part named with no days of its own is that part still, the node its dated
      // mentions name, part of the sitting; it takes no venue or date here (what follows the sitting's name is left to it)
      if (!withMeetings) kept.push(undatedPartOfSitting(m[1]!, sitting, m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf('part') + 4));
      continue;
    }
    const daysAt = after + held[0].length - held[2]!.length;
    const venueAt = held[1] === undefined ? -1 : after + held[0].indexOf(held[1]);
    const part = partOfSitting(`${m[1]!} part`, sitting, held[2]!, daysAt, venueAt, m.index + m[0].indexOf(m[1]!), m.index + m[0].indexOf('part') + 4);
    if (!part) continue;
    kept.push(part);
    if (textIncludes(text, AND_THE_BARE_PART)) nextBarePart(text, kept, sitting, m[1]!, after + held[0].length);
  }
}

/** the ordinal of the part after a part */
const NEXT_PART_ORDINAL: Readonly<Record<string, string>> = { first: 'second', second: 'third' };
/**
 * ", and the second part, held in Montreal, Canada, under the presidency of China, from 7 to 19 December 2022" after the first
 * part of a sitting read with its venue and days (A/RES/78/155 OP2): the sitting's next part, named as partsOfSittings names
 * one ("second part of the <sitting>"), with its own venue and days; it spans its ordinal and "part". `from`: where the
 * previous part's days end. Missed before: the words named no sitting, and its venue and days went nowhere.
 */
function nextBarePart(text: string, kept: Candidate[], sitting: Candidate, ordinal: string, from: number): void {
  const m = AND_THE_BARE_PART_RE.exec(text.slice(from, from + 400));
  if (!m || m[1] !== NEXT_PART_ORDINAL[ordinal.toLowerCase()]) return;
  const start = from + m[0].lastIndexOf(` ${m[1]} part,`) + 1;
  const daysAt = from + m[0].length - m[3]!.length;
  const venueAt = from + m[0].indexOf(m[2]!, start - from);
  const part = partOfSitting(`${m[1]} part`, sitting, m[3]!, daysAt, venueAt, start, start + m[1].length + 5);
  if (part) kept.push(part);
}

const RESUMED_SESSION_OF_THE = 'resumed session of the ';
const RESUMED_SESSION = 'resumed session';
/**
 * Step 7, as partsOfSittings: "as well as of the resumed session of the sixteenth meeting of the Conference of the Parties to the
 * Convention, held in Rome, Italy, from 25 to 27 February 2025" (A/RES/79/313 PP31): the sitting resumed, a sitting of its own
 * ("resumed session of the <sitting>") with its venue and days, part of the sitting, whose venue and days those are not. Only
 * where a sitting's name follows (not "the resumed session of the Special Committee", a body) and its venue and days after it.
 */
function resumedSessionOfSitting(text: string, kept: Candidate[]): void {
  RESUMED_SESSION_OF_SITTING_RE.lastIndex = 0;
  for (const m of text.matchAll(RESUMED_SESSION_OF_SITTING_RE)) {
    const sitting = kept.find((c) => c.kind === 'Event' && c.start === m.index + m[0].length && c.via !== 'short');
    if (!sitting) continue;
    const held = PART_HELD_RE.exec(text.slice(sitting.end, sitting.end + 160));
    if (!held) continue;
    const daysAt = sitting.end + held[0].length - held[2]!.length;
    const venueAt = held[1] === undefined ? -1 : sitting.end + held[0].indexOf(held[1]);
    const start = m.index + m[0].indexOf('resumed');
    const session = partOfSitting('resumed session', sitting, held[2]!, daysAt, venueAt, start, start + 'resumed session'.length);
    if (session) kept.push(session);
  }
}

/**
 * Step 7: "the statement made on 12 June 2023 to the resumed session of the Special Committee" (A/RES/79/110 PP14, PP17; 78/97,
 * 80/101): a body's resumed session, dated by the day printed before it (DATED_RESUMED_SESSION_OF_BODY_RE), a sitting of that
 * body ("resumed session of the <body>", its SESSION_OF read from the name). Only where a body's name follows (a sitting's is
 * resumedSessionOfSitting's).
 */
function datedResumedSessionsOfBodies(text: string, kept: Candidate[]): void {
  DATED_RESUMED_SESSION_OF_BODY_RE.lastIndex = 0;
  for (const m of text.matchAll(DATED_RESUMED_SESSION_OF_BODY_RE)) {
    const bodyAt = m.index + m[0].length;
    const body = kept.find((c) => c.kind === 'Organization' && c.start === bodyAt);
    const iso = parseSingleDate(m[1]!);
    if (!body || iso === undefined) continue;
    const start = m.index + m[0].indexOf('resumed');
    const dayAt = m.index + m[0].indexOf(m[1]!);
    // (a short form, "the Special Committee", keyed by its entry's full name, as its node is)
    const name = `resumed session of the ${body.entry?.name ?? body.name}`;
    kept.push(candidate('Event', name, pairedAttrs('session', { venueAt: -1, year: iso, yearAt: dayAt, dateEnd: dayAt + m[1]!.length }), start, start + RESUMED_SESSION.length, 'special'));
  }
}

/**
 * The "<ordinal> part of the <sitting>" printed over start..end, sitting at venueAt (-1: not said) on the days printed at daysAt
 * (a full date first, or none), part of the sitting, whose own venue and days those are not (partsOfSittings, citedPartsOfSittings).
 */
function partOfSitting(part: string, sitting: Candidate, days: string, daysAt: number, venueAt: number, start: number, end: number): Candidate | undefined {
  const range = parseDateRange(days);
  if (range.start?.length !== 10) return undefined;
  const pair: VenueYear = { venueAt, year: range.start, yearAt: daysAt, dateEnd: daysAt + days.length, ...(range.end ? { endDate: range.end } : {}) };
  const sittingPart = candidate('Event', `${part} of the ${sitting.name}`, pairedAttrs((sitting.attrs.eventKind as EventKindName | undefined) ?? 'meeting', pair), start, end, 'special');
  SITTING_WITHIN_EVENT.set(sittingPart, sitting);
  sitting.attrs = { ...sitting.attrs };
  RESUMED_AFTER_NAME.add(sitting.attrs);
  return sittingPart;
}

/** A part of a sitting printed with no days after the sitting's name: no venue or dates of its own. */
function undatedPartOfSitting(ordinal: string, sitting: Candidate, start: number, end: number): Candidate {
  const attrs: Record<string, unknown> = { eventKind: (sitting.attrs.eventKind as EventKindName | undefined) ?? 'meeting' };
  RESUMED_AFTER_NAME.add(attrs);
  const part = candidate('Event', `${ordinal} part of the ${sitting.name}`, attrs, start, end, 'special');
  SITTING_WITHIN_EVENT.set(part, sitting);
  return part;
}

const CITED_PART = ' (Part I';
const PART_ORDINALS: Readonly<Record<string, string>> = { I: 'first', II: 'second', III: 'third' };
/**
 * Step 7, as partsOfSittings: "Adopted at the fifteenth meeting of the Conference of the Parties to the Convention on Biological
 * Diversity (Part II), Montreal, Canada, 7–19 December 2022" (A/RES/78/189, 78/262, 79/263 footnotes): the venue and days
 * cited are the second part's, not the whole meeting's (its node took Montreal and 7–19 December 2022 as its own, though its
 * first part sat in Kunming in 2021). The part ("second part of the <sitting>", as partsOfSittings names it) spans "(Part II)".
 */
function citedPartsOfSittings(text: string, kept: Candidate[]): void {
  const parts: Candidate[] = [];
  for (const sitting of kept) {
    if (sitting.kind !== 'Event' || sitting.via === 'short' || !text.startsWith(CITED_PART, sitting.end)) continue;
    // (the longest sitting ending there: "the fifteenth meeting of the Conference of the Parties ...", not the Conference)
    if (kept.some((o) => o !== sitting && o.kind === 'Event' && o.end === sitting.end && o.start < sitting.start)) continue;
    const cited = CITED_PART_VENUE_DAYS_RE.exec(text.slice(sitting.end, sitting.end + 120));
    if (!cited) continue;
    const daysAt = sitting.end + cited[0].length - cited[3]!.length;
    const start = sitting.end + cited[0].indexOf('(') + 1;
    const end = start + cited[0].slice(cited[0].indexOf('(') + 1).indexOf(')');
    const part = partOfSitting(`${PART_ORDINALS[cited[1]!]!} part`, sitting, cited[3]!, daysAt, sitting.end + cited[0].indexOf(cited[2]!, 10), start, end);
    if (part) parts.push(part);
  }
  kept.push(...parts);
}

const ELECTION_WORD = 'election';
const QUESTION_OF = 'Question of ';
/**
 * Step 4f'': "Recalling the general election that was held in April 2021" (A/RES/78/90 PP24, 79/103, and each "Question of
 * <Territory>" text of the kind): the Territory's election, a dated event named after the Territory the title names (two
 * Territories' elections of one year are two events); its month is read after it as any sitting's. Not in a text of another
 * title: whose election it was is not said.
 */
function territoryElections(text: string, cands: Candidate[], title: string | undefined): void {
  const territory = title === undefined ? null : QUESTION_OF_TERRITORY_RE.exec(title);
  if (!territory) return;
  ELECTION_HELD_RE.lastIndex = 0;
  for (const m of text.matchAll(ELECTION_HELD_RE)) {
    const end = m.index + m[0].indexOf(m[2]!) + m[2]!.length;
    const start = m[1] === undefined ? end - m[2]!.length : m.index + m[0].indexOf(m[1]);
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    const kind = m[1] === undefined ? '' : `${m[1]} `;
    cands.push(candidate('Event', `${kind}election in ${territory[1]!}`, { eventKind: 'other' }, start, end, 'special'));
  }
}

const REFERENDUM_WORD = 'referendum ';
/**
 * Step 4f''(referendum): "Recalling that, in a referendum held in 1987, the registered and eligible voters of Guam endorsed a draft
 * Guam Commonwealth Act" (A/RES/80/96 PP22), "the referendum held on 3 November 2020" (80/103): the Territory's referendum, a dated
 * event named after the Territory the title names, as its elections are (territoryElections); its kind words ("constitutional",
 * "self-determination") are left out of the name, so that one referendum printed both ways is one name. Not in a text of another
 * title: whose referendum it was is not said.
 */
function territoryReferendums(text: string, cands: Candidate[], title: string): void {
  const territory = QUESTION_OF_TERRITORY_RE.exec(title);
  if (!territory) return;
  REFERENDUM_HELD_RE.lastIndex = 0;
  for (const m of text.matchAll(REFERENDUM_HELD_RE)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    cands.push(candidate('Event', `referendum in ${territory[1]!}`, { eventKind: 'other' }, start, end, 'special'));
  }
  // (the plural's gate: "referendums " holds no "referendum ")
  if (textIncludes(text, REFERENDUMS_WORD)) pluralReferendums(text, cands, territory[1]!);
  if (textIncludes(text, HOLDING_ON) || textIncludes(text, CONDUCT_ON) || textIncludes(text, HOLD_IN)) referendumsDatedBefore(text, cands, territory[1]!);
}

/** referendumsDatedBefore's gates */
const HOLDING_ON = 'holding on ';
const CONDUCT_ON = 'conduct on ';
const HOLD_IN = 'hold in ';
/**
 * "Taking note of the holding on 12 December 2021 of the third self-determination referendum in New Caledonia subsequent to the
 * decision taken in June 2021" (A/RES/80/98 PP12, 78/94, 79/107): the Territory's referendum of that day, its day printed before
 * it (territoryReferendums reads a day after it as any sitting's; here the month after it is another act's); "its decision in
 * August 2005 to hold in February 2006 a referendum on self-determination" (79/110 PP10, 78/97, 80/101), its month before it. Not
 * one held in another place than the title's Territory.
 */
function referendumsDatedBefore(text: string, cands: Candidate[], territory: string): void {
  REFERENDUM_DAY_BEFORE_RE.lastIndex = 0;
  for (const m of text.matchAll(REFERENDUM_DAY_BEFORE_RE)) {
    const place = m[4];
    if (place !== undefined && place !== THE_TERRITORY && place !== territory && `the ${place}` !== territory) continue;
    const start = m.index + m[0].lastIndexOf(m[3]!, m[0].length - (place === undefined ? 0 : place.length));
    const end = start + m[3]!.length;
    // (the day after "holding on", or the month after "hold in")
    const when = m[1] ?? m[2]!;
    const iso = parseSingleDate(when);
    if (iso === undefined || cands.some((c) => c.start < end && start < c.end)) continue;
    const dayAt = m.index + m[0].indexOf(when);
    const venueAt = place === undefined ? -1 : end + m[0].slice(end - m.index).indexOf(place);
    cands.push(candidate('Event', `referendum in ${territory}`, pairedAttrs('other', { venueAt, year: iso, yearAt: dayAt, dateEnd: dayAt + when.length }), start, end, 'special'));
  }
}

const REFERENDUMS_WORD = 'referendums ';
/**
 * "the first and second self-determination referendums in New Caledonia on 4 November 2018 and 4 October 2020, respectively"
 * (A/RES/80/98 PP10), "the conduct of self-determination referendums in New Caledonia on 4 November 2018, 4 October 2020 and
 * 12 December 2021" (PP22, PP27; 78/94, 79/107): one referendum per day listed, each the Territory's referendum of its day
 * (territoryReferendums reads one alone), as pluralMeetings reads one sitting per day (the earlier ones span their days, the
 * last the plural noun). Not a list with no days after it ("the referendums, in accordance with the Nouméa Accord, on ..."), nor
 * one held in another place than the title's Territory.
 */
function pluralReferendums(text: string, cands: Candidate[], territory: string): void {
  const name = `referendum in ${territory}`;
  PLURAL_REFERENDUMS_RE.lastIndex = 0;
  for (const m of text.matchAll(PLURAL_REFERENDUMS_RE)) {
    // (held in another place than the title's Territory: not its referendums)
    if (m[2] !== undefined && m[2] !== THE_TERRITORY && m[2] !== territory && `the ${m[2]}` !== territory) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const listAt = m.index + m[0].length - m[3]!.length;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    const venueAt = m[2] === undefined ? -1 : end + m[0].slice(end - m.index).indexOf(m[2]);
    const days: VenueYear[] = [];
    for (const d of m[3]!.matchAll(REFERENDUM_DAY_RE)) {
      const iso = parseSingleDate(d[0]);
      if (iso === undefined) break;
      days.push({ venueAt, year: iso, yearAt: listAt + d.index, dateEnd: listAt + d.index + d[0].length });
    }
    if (days.length < 2) continue;
    sittingPerDay(cands, name, days, start, end, 'other');
  }
}

const THE_TERRITORY = 'the Territory';
/**
 * Step 4f''': "the Territory" printed bare in a "Question of <Territory>" text ("Requests the Territory and the administering Power
 * to take all measures necessary to protect and conserve the environment", A/RES/80/94 OP12 and the 32 other Territories' texts of
 * corpus-ga; "the people of the Territory"): the Territory the title names, one Place, as "the Commission" is the commission named
 * before; so the verb that addresses it reaches it (extract.ts addressedPlace). Not in a text of another title: which Territory is
 * not said.
 */
function territoriesNamedBare(text: string, cands: Candidate[], title: string): void {
  const territory = QUESTION_OF_TERRITORY_RE.exec(title);
  if (!territory) return;
  const printed = territory[1]!;
  const entry = entryByName('Place', printed.startsWith('the ') ? printed.slice(4) : printed);
  if (entry === undefined) return;
  const ref = entryRef(entry);
  for (const m of text.matchAll(THE_TERRITORY_RE)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    cands.push(candidate(ref.kind, ref.name, { ...ref.attrs }, start, end, 'special', false, entry));
  }
}

const AT_HEADQUARTERS = 'at Headquarters';
const UN_HEADQUARTERS = 'United Nations Headquarters';
/**
 * Step 4f'''': "Mindful ... that the holding of regional seminars in the Caribbean and Pacific regions and at Headquarters ..."
 * (A/RES/80/96 PP15, each Territory's text), "the reforms at Headquarters" (78/79 OP8): "Headquarters" printed bare after "at"
 * is the United Nations Headquarters, the Place the gazetteer keys (AT_HEADQUARTERS_RE), so a sitting "held at Headquarters" is
 * held there. A place, named where something is or happens: no verb reaches it (extract.ts addressedPlace).
 */
function headquartersNamedBare(text: string, cands: Candidate[]): void {
  const entry = entryByName('Place', UN_HEADQUARTERS);
  if (entry === undefined) return;
  const ref = entryRef(entry);
  AT_HEADQUARTERS_RE.lastIndex = 0;
  for (const m of text.matchAll(AT_HEADQUARTERS_RE)) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    cands.push(candidate(ref.kind, ref.name, { ...ref.attrs }, start, end, 'special', false, entry));
  }
}

/** The head noun of an edition named with its ordinal first, right after it ("Third Conference on ..."); not one qualified
 *  first ("Tenth Review Conference ...": "the tenth Conference" is not said of it). */
function editionHead(name: string): string | undefined {
  // (read off the first two spaces, the head looked up before the ordinal is tested: it is asked of every event the resolution
  // registered, in each of its paragraphs, and a split made an array and its words each time, see ingest/codeUnit.ts)
  const first = name.indexOf(' ');
  if (first < 1) return undefined;
  const second = name.indexOf(' ', first + 1);
  if (second < 0) return undefined;
  const c = name.charCodeAt(0);
  if (c >= 48 && c <= 57) return undefined;
  const head = name.slice(first + 1, second);
  if (!EVENT_HEADS.has(head) || !ORDINAL_FIRST_RE.test(name.slice(0, first))) return undefined;
  return head;
}

/**
 * Step 7 (before the dating): "the first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons,
 * in Oslo ..., and recalling also that 127 nations have formally endorsed the Humanitarian Pledge issued following the third
 * Conference" (A/RES/78/53 PP29, 79/50, 80/24): an edition named before with its ordinal (in the paragraph, else in the
 * resolution), printed again as "the <ordinal> <head>" alone, is that edition. Not where the head goes on to a name ("the
 * third Conference of States Parties"): only the head followed by no connector. Each edition's own short form is looked for
 * (an indexOf per edition named), not every "the <ordinal>" of the paragraph.
 */
function bareOrdinalEditions(text: string, kept: Candidate[], registered: readonly Ref[] | undefined): void {
  // (only the editions with a head: one record for each event of the resolution in each paragraph was most of this step's cost)
  const editions: { name: string; eventKind: unknown; end: number; head: string }[] = [];
  if (registered !== undefined) {
    for (let i = 0; i < registered.length; i++) {
      const r = registered[i]!;
      if (r.kind !== 'Event') continue;
      const head = editionHead(r.name);
      if (head !== undefined) editions.push({ name: r.name, eventKind: r.attrs.eventKind, end: -1, head });
    }
  }
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (c.kind !== 'Event' || c.via === 'short') continue;
    const head = editionHead(c.name);
    if (head !== undefined) editions.push({ name: c.name, eventKind: c.attrs.eventKind, end: c.end, head });
  }
  if (editions.length === 0) return;
  const found: Candidate[] = [];
  for (const ed of editions) {
    const head = ed.head;
    const short = `the ${ed.name.slice(0, ed.name.indexOf(' ')).toLowerCase()} ${head}`;
    for (let at = text.indexOf(short, ed.end < 0 ? 0 : ed.end); at >= 0; at = text.indexOf(short, at + short.length)) {
      const end = at + short.length;
      if (at > 0 && isLetterOrNumberCode(text.charCodeAt(at - 1))) continue;
      if (end < text.length && (isLetterOrNumberCode(text.charCodeAt(end)) || BARE_EDITION_GOES_ON_RE.test(text.slice(end, end + 6)))) continue;
      const start = at + 4;
      if (kept.some((c) => c.start < end && start < c.end)) continue;
      // (the edition named nearest before wins: a later one of the paragraph over the resolution's)
      // (a loop, not findIndex: its callback, run a few times only, never got a feedback vector of its own, and the optimised
      // findIndex inlined with it deoptimised this function at corpus-ga's first paragraph with two such editions)
      let prior = -1;
      for (let j = 0; j < found.length && prior < 0; j++) if (found[j]!.start === start) prior = j;
      if (prior >= 0) found.splice(prior, 1);
      found.push(candidate('Event', ed.name, ed.eventKind === undefined ? {} : { eventKind: ed.eventKind }, start, end, 'short'));
    }
  }
  kept.push(...found);
}

const HIGH_LEVEL_MEETINGS = 'high-level meetings';
/**
 * Step 7 (before the dating): "looking forward to the convening of the high-level meetings on antimicrobial resistance in 2024
 * and non-communicable diseases in 2025" (A/RES/78/4 annex OP6): one meeting per topic, each of the year printed after it (as
 * pluralMeetings pairs one name with several dates). Each spans its topic; two at least, each with its year, read to the last
 * (no separator after it); not over a name read there (the declarations of such meetings, listedDeclarationsOfMeetings).
 */
function meetingsOfTopicYears(text: string, kept: Candidate[]): void {
  HIGH_LEVEL_MEETINGS_ON_RE.lastIndex = 0;
  for (const m of text.matchAll(HIGH_LEVEL_MEETINGS_ON_RE)) {
    const found: { topic: string; at: number; year: string; yearAt: number }[] = [];
    let at = m.index + m[0].length;
    let closed = false;
    for (;;) {
      TOPIC_IN_YEAR_ITEM_RE.lastIndex = at;
      const item = TOPIC_IN_YEAR_ITEM_RE.exec(text);
      if (!item) break;
      found.push({ topic: item[1]!, at, year: item[2]!, yearAt: at + item[0].indexOf(item[2]!, item[1]!.length) });
      if (item[3] === undefined) {
        closed = true;
        break;
      }
      at += item[0].length;
    }
    // (every topic dated, the list read to its last: "... in 2024 and non-communicable diseases in 2025;")
    if (found.length < 2 || !closed) continue;
    const last = found[found.length - 1]!;
    if (text.charCodeAt(last.yearAt + 4) !== 59 /* ; */ && text.charCodeAt(last.yearAt + 4) !== 44 /* , */ && text.charCodeAt(last.yearAt + 4) !== 46 /* . */) continue;
    for (const f of found) {
      const end = f.at + f.topic.length;
      if (kept.some((o) => o.start < end && f.at < o.end)) continue;
      const pair: VenueYear = { venueAt: -1, year: f.year, yearAt: f.yearAt };
      kept.push(candidate('Event', `high-level meeting on ${normaliseName(f.topic)}`, pairedAttrs('meeting', pair), f.at, end, 'special'));
    }
  }
}

const AN_ORGANIZATIONAL_SESSION = ' organizational session';
/**
 * Step 4e'': "Decides that the intergovernmental negotiating committee shall convene an organizational session in New York
 * from 3 to 6 February 2025" (A/RES/79/235 OP5), "the open-ended working group shall hold a two-day organizational session"
 * (78/20 OP6): the body's organizational session, named as "its organizational session" is (sessionsOfBodies); its venue and
 * days are read after it as any sitting's. Only a body named right before the verb (a short form too); not where a sitting was
 * read over the words.
 */
function organizationalSessionsToHold(text: string, cands: Candidate[]): void {
  for (let at = text.indexOf(AN_ORGANIZATIONAL_SESSION); at >= 0; at = text.indexOf(AN_ORGANIZATIONAL_SESSION, at + AN_ORGANIZATIONAL_SESSION.length)) {
    const end = at + AN_ORGANIZATIONAL_SESSION.length;
    if (end < text.length && isLetterOrNumberCode(text.charCodeAt(end))) continue;
    let owner: Candidate | undefined;
    for (const c of cands) if (c.kind === 'Organization' && c.end <= at && c.end > at - 60 && (!owner || c.end > owner.end)) owner = c;
    if (!owner) continue;
    const gap = TO_HOLD_ORGANIZATIONAL_GAP_RE.exec(text.slice(owner.end, at + 1));
    if (!gap) continue;
    const start = at + 1;
    if (cands.some((c) => c.kind === 'Event' && c.start < end && start < c.end)) continue;
    cands.push(candidate('Event', `organizational session of the ${owner.name}`, { eventKind: 'session' }, start, end, 'special'));
  }
}

/** "its Pre-Summit", "its pre-Summit", "its pre\u2011Summit" (a non-breaking hyphen, A/RES/79/276 PP26) */
const ITS_PRE_SUMMIT_RE = /\bits\s+[Pp]re[-\u2011]Summit\b/g;

/**
 * Step 4c**: "the Transforming Education Summit, convened by the Secretary-General ..., as well as its Pre-Summit, hosted by
 * the United Nations Educational, Scientific and Cultural Organization in Paris from 28 to 30 June 2022" (A/RES/78/156 PP7,
 * 80/141 PP8, 79/151), "the United Nations Food Systems Summit ..., as well as its pre-Summit, held from 26 to 28 July 2021 in
 * Rome" (A/RES/78/168, 79/227): a sitting of its own, named after the summit printed last before it, so that the host, venue
 * and dates printed after it are not the summit's.
 */
function preSummits(text: string, cands: Candidate[]): void {
  for (const m of text.matchAll(ITS_PRE_SUMMIT_RE)) {
    let summit: Candidate | undefined;
    for (const c of cands) if (c.kind === 'Event' && c.end <= m.index && c.name.includes('Summit') && (!summit || c.end > summit.end)) summit = c;
    if (!summit) continue;
    // (the span is "Pre-Summit" alone: "its" stays out of the name as printed)
    const pre = candidate('Event', `Pre-Summit of the ${summit.name}`, { eventKind: 'summit' }, m.index + m[0].length - 10, m.index + m[0].length, 'special');
    // ("its": the summit's own pre-Summit, part of it as "the first part of" a conference is: PART_OF)
    SITTING_WITHIN_EVENT.set(pre, summit);
    cands.push(pre);
  }
}

const MEETINGS_OF_THE_PARTIES_TO_THE_PROTOCOLS = 'Meetings of the Parties to the Protocols';
const PART_OF_BEFORE_RE = /\bpart\s+of\s+the\s[^;]*$/;

/**
 * Step 4c*: "the Meetings of the Parties to the Protocols to the Convention" printed alone (after "as well as", beside a
 * meeting of the Convention's Conference of the Parties): the sittings of the Conference of the Parties serving as the
 * Meetings of the Parties to the Protocols, one Event; the Convention printed inside the name is no mention of its own.
 * nameAfterConvention then names the Convention ("... to the Protocols to the Convention on Biological Diversity").
 */
function protocolMeetings(text: string, cands: Candidate[]): void {
  PROTOCOL_MEETINGS_RE.lastIndex = 0;
  for (const m of text.matchAll(PROTOCOL_MEETINGS_RE)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (cands.some((c) => c.kind === 'Event' && c.start <= start && c.end >= end)) continue;
    // (not after "the first part of the fifteenth meeting ..., as well as the Meetings ...", A/RES/78/155 OP2: the parts'
    // venues and dates, printed after, belong to the meeting the part is of, which the dating of parts reads)
    if (PART_OF_BEFORE_RE.test(text.slice(Math.max(0, start - 200), start))) continue;
    for (let i = cands.length - 1; i >= 0; i--) {
      const c = cands[i]!;
      if (c.start >= start && c.end <= end) cands.splice(i, 1);
    }
    const name = `Conference of the Parties serving as the ${normaliseName(m[1]!)}`;
    cands.push(candidate('Event', name, { eventKind: 'conference' }, start, end, 'special'));
  }
}

/**
 * Step 4d: a meeting of a body that meets once a year, named by its venue and year after the body's name ("the
 * meetings of the Internet Governance Forum, most recently held in Kyoto, Japan, in 2023, and taking note of the
 * meeting to be held in Riyadh, Saudi Arabia, in 2024"): the numbered meeting ("eighteenth meeting of the Internet
 * Governance Forum"), printed where the body's name (or "the meeting") is, dated by the year the text gives.
 */
function annualMeetings(text: string, cands: Candidate[]): void {
  // cheap gates first: this runs for every paragraph (a body's name printed in full, and "held in")
  let named = false;
  for (const name of ANNUAL_MEETINGS_SINCE.keys()) if (textIncludes(text, name)) named = true;
  if (!named || !hasWord(textWords(text), HELD_IN)) return;
  let body: Candidate | undefined;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.kind === 'Organization' && ANNUAL_MEETINGS_SINCE.has(c.name) && (!body || c.start < body.start)) body = c;
  }
  if (!body) return;
  const first = ANNUAL_MEETINGS_SINCE.get(body.name)!;
  // the meeting printed at start..end, dated by the phrase `date` printed last in what was matched, which ends at `dateEnd`
  const meeting = (start: number, end: number, date: string, dateEnd: number): void => {
    const r = parseDateRange(date);
    if (!r.start) return;
    const ordinal = ordinalWord(Number(r.start.slice(0, 4)) - first + 1);
    if (!ordinal || cands.some((c) => c.kind === 'Event' && c.start < end && start < c.end)) return;
    const attrs: Record<string, unknown> = { eventKind: 'meeting', startDate: r.start };
    if (r.end) attrs.endDate = r.end;
    attrs.datePhrase = { start: dateEnd - date.length, end: dateEnd };
    detailedAttrs.add(attrs);
    cands.push(candidate('Event', `${ordinal} meeting of the ${body!.name}`, attrs, start, end, 'special'));
  };
  for (const c of cands.slice()) {
    if (c.kind !== 'Organization' || c.name !== body.name) continue;
    const held = ANNUAL_MEETING_HELD_RE.exec(text.slice(c.end, c.end + 140));
    if (!held) continue;
    // printed on "meetings" in "the meetings of the Internet Governance Forum, most recently held in ..." (the body's name
    // stays a mention of its own); on the body's name where nothing else names the meeting ("the outcomes of the
    // Internet Governance Forum held in Norway, in June 2025")
    const noun = /\b(meetings?)\s+of\s+(?:the\s+)?$/.exec(text.slice(Math.max(0, c.start - 24), c.start));
    const at = noun ? c.start - noun[0].length : c.start;
    meeting(at, noun ? at + noun[1]!.length : c.end, (held[1] ?? held[2])!, c.end + held.index + held[0].length);
  }
  // "the meeting to be held in ..." later in the same sentence as the body's name
  NEXT_MEETING_HELD_RE.lastIndex = body.end;
  for (let m = NEXT_MEETING_HELD_RE.exec(text); m; m = NEXT_MEETING_HELD_RE.exec(text)) {
    if (/[;]|\.\s/.test(text.slice(body.end, m.index))) break;
    const at = m.index + m[0].indexOf(m[1]!);
    meeting(at, at + m[1]!.length, (m[2] ?? m[3])!, m.index + m[0].length);
  }
}

/** Step 4e: "held in Medellín, Colombia", "in Punta del Este, Uruguay": a town the gazetteer does not know, in its country. */
function townsBeforeCountries(text: string, cands: Candidate[]): void {
  // (by index up to the length on entry: the towns pushed are not read again, and no copy of the list per paragraph)
  const n = cands.length;
  for (let i = 0; i < n; i++) {
    const c = cands[i]!;
    if (c.kind !== 'Place' || c.start < 6) continue;
    const country = c.attrs.country;
    if (typeof country !== 'string' || country !== c.name) continue;
    // cheap gate: ", " (or ", the ") right before the country's name
    const gap = text.charCodeAt(c.start - 2) === 44 ? 2 : text.startsWith(', the ', c.start - 6) ? 6 : 0;
    if (gap === 0 || text.charCodeAt(c.start - gap + 1) !== 32) continue;
    const from = Math.max(0, c.start - 70);
    const m = TOWN_BEFORE_COUNTRY_RE.exec(text.slice(from, c.start));
    if (!m) continue;
    const start = from + m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const host = cands.find((o) => o.start < end && start < o.end);
    if (host !== undefined) {
      // "the World Health Organization Global Centre for Traditional Medicine in Jamnagar, Gujarat, India" (A/RES/78/130 PP12),
      // "the International Labour Organization International Training Centre in Turin, Italy": a seat read with its town
      // sits there, the town no part of its name
      const suffix = ` in ${m[1]!}`;
      if ((host.kind !== 'Organization' && host.kind !== 'Initiative') || host.end !== end || !host.name.endsWith(suffix) || !text.startsWith(' in ', start - 4)) continue;
      const base = host.name.slice(0, host.name.length - suffix.length);
      if (!seatOfPurposeOrOwner(base)) continue;
      host.name = base;
      host.end = start - 4;
    }
    cands.push(candidate('Place', m[1]!, { country }, start, end, 'pattern'));
  }
}

/** Step 5: editions of recurring events: "WSIS Forum 2025". */
function addEditionYears(text: string, cands: readonly Candidate[], ctx: RecognizeContext): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.kind !== 'Event' || c.attrs.startDate !== undefined) continue;
    if (c.start >= 24 && text.startsWith(' of the ', c.start - 8) && (outcomeOfDatedResolution(text, c) || wsisOutcomeOf2015(text, c, ctx))) continue;
    if (c.start >= 20 && text.startsWith(' at ', c.start - (text.startsWith('the ', c.start - 4) ? 8 : 4)) && adoptedAtDated(text, c)) continue;
    if (c.via === 'special') {
      // "the 2024 high-level meeting of the General Assembly on antimicrobial resistance" (A/RES/79/287 PP9): that year's
      // meeting, not the 2016 one; "the 2016 high-level plenary meeting of the Assembly on HIV and AIDS" (A/RES/79/149 PP6)
      if (c.start >= 9 && text.charCodeAt(c.start) === 104 /* h */ && HLM_OR_PLENARY_NAME_RE.test(c.name)) yearBeforeKnownEvent(text, c);
      // "the 2022 plenary meeting of the Kimberley Process" (A/RES/79/275 OP8, 78/270 OP6), "the 2024 plenary meeting of the
      // Kimberley Process, held from 12 to 15 November 2024" (79/275 OP6): that year's meeting of the body, not the one of
      // another year named before it in the resolution
      else if (c.start >= 9 && BODY_SITTING_NAME_RE.test(c.name)) yearBeforeKnownEvent(text, c);
      continue;
    }
    const ed = EDITION_YEAR_RE.exec(text.slice(c.end, c.end + 8));
    if (!ed) {
      if (c.via === 'gazetteer' && c.start >= 9) yearBeforeKnownEvent(text, c);
      continue;
    }
    c.name = `${c.name} ${ed[1]}`;
    c.attrs = withoutSeries(c.attrs);
    c.end += ed[0].length;
  }
}

/** a high-level meeting's name, "plenary" or not ("high-level plenary meeting of the Assembly on HIV and AIDS") */
const HLM_OR_PLENARY_NAME_RE = /^(?:[a-z-]+\s+)?high-level (?:plenary )?meeting\b/i;
/** before a sitting's name: "adopted on 8 June 2021 at the " or "adopted in 2010 at " (group 1: the year) */
const ADOPTED_AT_YEAR_BEFORE_RE = /\badopted\s+(?:on\s+\d{1,2}\s+[A-Z][a-z]+\s+|in\s+)((?:19|20)\d\d),?\s+at\s+(?:the\s+)?$/;
/**
 * "the Political Declaration on HIV and AIDS: ..., adopted on 8 June 2021 at the high-level meeting of the General Assembly on
 * HIV and AIDS" (A/RES/78/203 OP40, 79/170 OP40, 80/207 OP38), "... adopted on 10 June 2010 at the Review Conference of the Rome
 * Statute": the sitting an instrument was adopted at sat in the year of the adoption (keyed "... @ 2021", as when its dates are
 * printed), not the series' undated node (the Assembly's meetings on HIV and AIDS of 2011, 2016 and 2021 are three). Not a name
 * that says its edition ("the fifteenth World Forestry Congress"). Whether it read one (`c` then takes the year).
 */
function adoptedAtDated(text: string, c: Candidate): boolean {
  const y = ADOPTED_AT_YEAR_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 50), c.start));
  if (!y || NUMBERED_EVENT_RE.test(c.name)) return false;
  c.attrs = withoutSeries(c.attrs);
  c.attrs.startDate = y[1]!;
  return true;
}

/** before a sitting's name: "resolution 70/125 of 16 December 2015, entitled “Outcome document of the " (group 1: the year) */
const TITLE_OUTCOME_OF_BEFORE_RE = /\bresolution\s+\d{1,3}\/\d{1,3}\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+((?:19|20)\d\d),?\s+entitled\s+[“"](?:Outcome\s+document|Political\s+declaration)\s+of\s+the\s+$/;
/** after a sitting's name: ", adopted by the General Assembly in its resolution 70/125 of 16 December 2015" (group 1: the year) */
const OUTCOME_ADOPTED_AFTER_RE = /^\s?\d{0,2},?\s+adopted\s+by\s+the\s+(?:General\s+)?Assembly\s+in\s+its\s+resolution\s+\d{1,3}\/\d{1,3}\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+((?:19|20)\d\d)\b/;
/**
 * "its resolution 70/125 of 16 December 2015, entitled “Outcome document of the high-level meeting of the General Assembly
 * on the overall review of the implementation of the outcomes of the World Summit on the Information Society”" (A/RES/78/311
 * PP2, the ECOSOC WSIS draft PP5), "the outcome document of the high-level meeting on the overall review ..., adopted by the
 * General Assembly in its resolution 70/125 of 16 December 2015" (A/RES/80/173 PP1): a sitting whose outcome document the
 * dated resolution adopted is the sitting of that resolution's year (keyed "... @ 2015"), not the meeting of 2025 or 2035
 * another paragraph names. Whether it read one (`c` then takes the year).
 */
function outcomeOfDatedResolution(text: string, c: Candidate): boolean {
  const before = text.slice(Math.max(0, c.start - 120), c.start);
  let y = TITLE_OUTCOME_OF_BEFORE_RE.exec(before);
  if (!y && /outcome\s+document\s+of\s+the\s+$/i.test(before)) y = OUTCOME_ADOPTED_AFTER_RE.exec(text.slice(c.end, c.end + 110));
  if (!y) return false;
  c.attrs = withoutSeries(c.attrs);
  c.attrs.startDate = y[1]!;
  return true;
}

/** the overall review of the Summit's outcomes in a sitting's name, whose outcome document is A/RES/70/125 (of 2015) or 80/173 */
const ON_WSIS_OVERALL_REVIEW = ' on the overall review of the implementation of the outcomes of the World Summit on the Information Society';
/** the adoption date of A/RES/80/173, the outcome document of the 2025 high-level meeting on the overall review */
const WSIS_2025_OUTCOME_DATE = '2025-12-17';
/**
 * "Recalling also the outcome document of the high-level meeting of the General Assembly on the overall review of the
 * implementation of the outcomes of the World Summit on the Information Society,15" (A/RES/79/175 PP3, 78/213 PP3 "... of the
 * Summit, 11"): printed without a date in a text adopted before the 2025 meeting's outcome (A/RES/80/173 of 17 December 2025),
 * the outcome document is A/RES/70/125, of the meeting of December 2015 (keyed "... @ 2015", as when 70/125 is cited with it).
 * Whether it read one (`c` then takes the year).
 */
function wsisOutcomeOf2015(text: string, c: Candidate, ctx: RecognizeContext): boolean {
  if (ctx.date === undefined || ctx.date >= WSIS_2025_OUTCOME_DATE || !text.startsWith(OUTCOME_DOCUMENT_OF_THE, c.start - OUTCOME_DOCUMENT_OF_THE.length)) return false;
  if (!c.name.endsWith(ON_WSIS_OVERALL_REVIEW) || !isHighLevelMeeting(c.name)) return false;
  c.attrs = withoutSeries(c.attrs);
  c.attrs.startDate = '2015';
  return true;
}

/** "the 2024 Economic and Social Council " right before an event's name: a year, then a capitalised name (group 1: the year) */
const YEAR_BODY_BEFORE_RE = /\b(?:the|its|their) ((?:19|20)\d\d) (?:[A-Z][\w-]* (?:and |of |for )?){1,6}$/;
/** a forum's name goes on with its venue or year: " in " */
const IN_WORD = ' in ';
/** "the 2023 " right before an event's name */
const THE_YEAR_BEFORE_RE = /\b(?:the|its|their) ((?:19|20)\d\d) $/;
/**
 * "the 2023 Sustainable Development Goals Summit", "the 2025 WSIS Forum": a known event with its year printed before
 * its name is the edition held that year (keyed "... @ 2023", as when its dates are printed), not the undated node.
 * Only when the name holds no year or ordinal of its own ("the 2005 World Summit" is a name, known as such).
 */
function yearBeforeKnownEvent(text: string, c: Candidate): void {
  const c1 = text.charCodeAt(c.start - 2);
  if (c1 < 48 || c1 > 57) {
    // "the 2024 Economic and Social Council forum on financing for development follow-up" (A/RES/78/139 OP15, and 15 more in
    // corpus-ga): the year printed before the body that holds a sitting named in lower case (a character test first)
    const c0 = text.charCodeAt(c.start);
    if (c0 < 97 || c0 > 122 || c1 < 97 || c1 > 122) return;
    const o = YEAR_BODY_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 70), c.start));
    if (!o || NUMBERED_EVENT_RE.test(c.name)) return;
    c.attrs = withoutSeries(c.attrs);
    c.attrs.startDate = o[1]!;
    return;
  }
  const y = THE_YEAR_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 11), c.start));
  if (!y || NUMBERED_EVENT_RE.test(c.name)) return;
  c.attrs = withoutSeries(c.attrs);
  c.attrs.startDate = y[1]!;
}

/**
 * A copy of `attrs` without `series`, key order kept. Not a spread then `delete`: deleting a key that is not the
 * last one turns the copy into a dictionary-mode object (one more shape for every read of event attributes), and the
 * spread over attributes of many shapes threw away addEditionYears' compiled code ("wrong map").
 */
function withoutSeries(attrs: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const k in attrs) if (k !== 'series') copy[k] = attrs[k];
  return copy;
}

/** "the tenth", "its eighth annual" right before a standing forum's name */
const NUMBERED_SITTING_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}])(?:the|its|their)\\s+(${ORDINAL_SOURCE})\\s+(?:annual\\s+)?$`, 'u');

const TEN_YEAR_PLAN = '10-year implementation plan';
const AGENDA_2063 = 'Agenda 2063: The Africa We Want';
/** "first 10-year implementation plan", "second 10-year implementation plan" (group 1: the ordinal) */
const TEN_YEAR_PLAN_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(first|second) 10-year implementation plan(?![\p{L}\p{N}])`, 'gu');
/**
 * Step 4a''': "Agenda 2063 of the African Union, as well as its first 10-year implementation plan (2014–2023)" (A/RES/78/172 PP10,
 * 80/175), "the second 10-year implementation plan (2024–2033) of Agenda 2063" (A/RES/79/329 OP23; 78/262, 79/226, 79/263,
 * 79/264 and more): the African Union's plans under Agenda 2063 are frameworks, one node each, named in lower case with their
 * ordinal in a paragraph that names Agenda 2063.
 */
function tenYearPlansOfAgenda2063(text: string, cands: Candidate[]): void {
  if (!cands.some((c) => c.kind === 'Framework' && c.name === AGENDA_2063)) return;
  TEN_YEAR_PLAN_RE.lastIndex = 0;
  for (let m = TEN_YEAR_PLAN_RE.exec(text); m !== null; m = TEN_YEAR_PLAN_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    const ordinal = m[1] === 'first' ? 'First' : 'Second';
    cands.push(candidate('Framework', `${ordinal} Ten-Year Implementation Plan of Agenda 2063`, {}, start, end, 'pattern'));
  }
}

const REVITALIZED = 'revitalized';
const GLOBAL_PARTNERSHIP_FOR_SD = 'Global Partnership for Sustainable Development';
/**
 * Step 4a'''(partnership): "the means of implementation ..., including a revitalized and enhanced Global Partnership" (A/RES/78/151
 * OP17; 79/202, 79/158, 80/135): the short form of the Global Partnership for Sustainable Development that Goal 17 revitalizes,
 * one node with its full name (aud51j gold 78/151); the bare "Global Partnership" printed with no such epithet is left unread
 * (other global partnerships are printed so after their full names).
 */
function revitalizedGlobalPartnerships(text: string, cands: Candidate[]): void {
  REVITALIZED_GLOBAL_PARTNERSHIP_RE.lastIndex = 0;
  for (let m = REVITALIZED_GLOBAL_PARTNERSHIP_RE.exec(text); m !== null; m = REVITALIZED_GLOBAL_PARTNERSHIP_RE.exec(text)) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    cands.push(candidate('Initiative', GLOBAL_PARTNERSHIP_FOR_SD, {}, start, end, 'pattern'));
  }
}

/** "the first to eighth annual " right before a standing forum's plural name (group 1, 2: the range's ends) */
const RANGE_OF_SITTINGS_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}])(?:the|its|their)\\s+(${ORDINAL_SOURCE})\\s+to\\s+(${ORDINAL_SOURCE})\\s+(?:annual\\s+)?$`, 'u');
/** a standing forum's name printed in the plural ("multi-stakeholder forums on ...", a gazetteer alias) */
const FORUMS = ' forums ';
/** The two ends of a range of a standing forum's sittings: `c` the last, a new candidate the first, neither dated. */
function forumSittingsRange(c: Candidate, r: RegExpExecArray, cands: Candidate[]): void {
  const first = r[1]!.toLowerCase();
  const firstAt = c.start - r[0].length + r[0].indexOf(r[1]!);
  const body = c.name;
  cands.push(candidate('Event', `${first} ${body}`, rangedAttrs('forum', true), firstAt, firstAt + r[1]!.length, 'pattern'));
  c.kind = 'Event';
  c.name = `${r[2]!.toLowerCase()} ${body}`;
  c.attrs = rangedAttrs('forum', true);
  c.via = 'pattern';
  c.entry = undefined;
  c.start -= r[0].length - r[0].indexOf(r[2]!);
}

/**
 * Step 4d': "the eighth multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals"
 * (A/RES/78/160 OP13), "its tenth multi-stakeholder forum ..." (A/RES/79/334 PP4), "the tenth annual multi-stakeholder forum
 * ..." (A/RES/80/118 OP60): a numbered sitting of a standing forum the gazetteer knows as a body (the STI forum, the
 * high-level political forum), an Event of its own as "the nineteenth meeting of the Internet Governance Forum" is; the
 * forum itself stays the body ("the Co-Chairs of the multi-stakeholder forum"). Only lowercase known names holding
 * " forum " are read (a character test, then a regex over the 36 characters before).
 */
function numberedForumSittings(text: string, cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.kind !== 'Organization' || c.via !== 'gazetteer' || c.start < 8) continue;
    const first = text.charCodeAt(c.start);
    if (first < 97 || first > 122 || !c.name.includes(' forum ')) continue;
    const before = text.slice(Math.max(0, c.start - 36), c.start);
    // "during the 2025 high-level political forum on sustainable development" (A/RES/80/149 OP19, 80/186, 78/232, 79/146 and 9
    // more): the forum's sitting of that year, keyed "... @ 2025" as an edition named with its year is
    // (or after it: "the multi-stakeholder forum ... in New York, in 2027", A/RES/79/325 OP6)
    const y = THE_YEAR_BEFORE_RE.exec(before) ?? (text.startsWith(IN_WORD, c.end) ? FORUM_VENUE_YEAR_AFTER_RE.exec(text.slice(c.end, c.end + 40)) : null);
    if (y) {
      c.kind = 'Event';
      c.attrs = { eventKind: 'forum', startDate: y[1]! };
      c.via = 'pattern';
      c.entry = undefined;
      continue;
    }
    // "the first to eighth annual multi-stakeholder forums on ..." (A/RES/78/160 PP42, 80/147 PP53): the range's ends, as a
    // range of sessions is read (sessionCandidates), dated by neither
    if (text.slice(c.start, c.end).includes(FORUMS)) {
      const r = RANGE_OF_SITTINGS_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 60), c.start));
      if (r) forumSittingsRange(c, r, cands);
      continue;
    }
    const m = NUMBERED_SITTING_BEFORE_RE.exec(before);
    if (!m || /^\d/.test(m[1]!)) continue;
    c.kind = 'Event';
    c.name = `${m[1]!.toLowerCase()} ${c.name}`;
    c.attrs = { eventKind: 'forum' };
    c.via = 'pattern';
    c.entry = undefined;
    c.start -= m[0].length - m[0].indexOf(m[1]!);
  }
}

const FIRST = 'first';
/** A lowercase ordinal right before an event's name: "the third", "its second", "the forthcoming fourth" (A/RES/78/232 OP32:
 * "the forthcoming fourth International Conference on Small Island Developing States" is the fourth, not the series); "a" too
 * ("the proposal to hold a fourth United Nations Conference on the Peaceful Exploration of Outer Space (UNISPACE IV) in 2027",
 * A/RES/79/87 OP3, 80/76, 79/1: the edition proposed). */
const LOWER_ORDINAL_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}])(?:the|its|their|a)\\s+(?:(?:forthcoming|upcoming)\\s+)?(${ORDINAL_SOURCE})\\s+$`, 'u');
/** Standing conferences of an organization, which sit in numbered sessions: an ordinal before one names its session, no edition
 *  of a series ("the 111th International Labour Conference", "the forty-fourth Conference of the Food and Agriculture
 *  Organization of the United Nations", A/RES/80/133 PP10, one sitting with "the forty-fourth session of the Conference of the
 *  Food and Agriculture Organization of the United Nations", A/RES/80/174 PP4) */
const SESSION_NUMBERED_CONFERENCES: ReadonlySet<string> = new Set(['International Labour Conference', 'Conference of the Food and Agriculture Organization of the United Nations']);
/** A capitalised ordinal word right before a known event's name: "the Second International Decade for ...". */
const CAPITAL_ORDINAL_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}])(?=[A-Z])(${ORDINAL_SOURCE})\\s+$`, 'iu');

/** the gate of namesGoingOnAfterAcronyms: an acronym's closing bracket, then a capitalised word */
const ACRONYM_CLOSE_THEN_CAPITAL = ') C';

/** The initials of the last `count` capitalised words of a name ("Commonwealth of Independent States", 3: "CIS"). */
function lastCapitalInitials(name: string, count: number): string {
  const initials: string[] = [];
  const words = name.split(' ');
  for (let i = words.length - 1; i >= 0 && initials.length < count; i--) {
    const first = words[i]!.charCodeAt(0);
    if (first >= 65 && first <= 90) initials.unshift(words[i]![0]!);
  }
  return initials.join('');
}

/**
 * Step 5a': "the first Forum on School Feeding for Commonwealth of Independent States (CIS) Countries in Bishkek on 23 November
 * 2023" (A/RES/79/227 OP38, 79/276 PP5): an acronym whose letters are the initials of the name's last words, then a group
 * word ("Countries"), is inside the name: the name runs to the group word, the acronym kept in it as "the SIDS Accelerated
 * Modalities of Action (SAMOA) Pathway" keeps its own; the body the acronym stands for is named inside the name, no mention of
 * its own.
 */
function namesGoingOnAfterAcronyms(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.via !== 'pattern' || (c.kind !== 'Event' && c.kind !== 'Initiative' && c.kind !== 'Organization')) continue;
    const m = ACRONYM_INSIDE_NAME_AFTER_RE.exec(text.slice(c.end, c.end + 40));
    if (!m || lastCapitalInitials(c.name, m.groups!.acronym!.length) !== m.groups!.acronym) continue;
    const end = c.end + m[0].length;
    c.name += text.slice(c.end, end);
    c.end = end;
    for (let i = cands.length - 1; i >= 0; i--) {
      const inner = cands[i]!;
      if (inner !== c && inner.start >= c.start && inner.end <= end) cands.splice(i, 1);
    }
  }
}

/**
 * Step 5a: "the third United Nations Conference on Landlocked Developing Countries", "the tenth Review Conference
 * of the Parties to the Treaty ...", "the fifth Meeting of States Parties to the Convention on Cluster Munitions":
 * the edition is named with its ordinal (as "the Third United Nations Conference ..." is printed elsewhere, and
 * as the gazetteer knows it), not folded into one node with every other edition.
 */
function ordinalEditions(text: string, cands: Candidate[]): void {
  let listed: Candidate[] | undefined;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.kind === 'Organization' && c.via === 'gazetteer' && c.start >= 6 && c.name.endsWith(' Forum')) {
      forumSitting(text, c);
      continue;
    }
    if (c.kind === 'Organization' && c.start >= 6 && c.name === WHA_NAME) {
      assemblySession(text, c);
      continue;
    }
    if (c.kind === 'Initiative' && c.start >= 6) {
      heldPlatformSitting(text, c);
      continue;
    }
    if (c.kind !== 'Event' || c.via === 'short' || c.via === 'special' || c.start < 6) continue;
    const first = text.charCodeAt(c.start);
    if (first < 65 || first > 90) continue;
    // cheap gate: the word before ends like an ordinal ("-st", "-nd", "-rd", "-th") and a space
    const b1 = text.charCodeAt(c.start - 2);
    const b2 = text.charCodeAt(c.start - 3);
    // ("the XVII Paralympic Games": a Roman numeral, as "the XIV Paralympic Winter Games" is named)
    if (ROMAN_CHARS.has(b1) && c.via === 'gazetteer' && c.attrs.series === true) {
      romanEdition(text, c);
      continue;
    }
    if (!((b1 === 116 && b2 === 115) || (b1 === 100 && (b2 === 110 || b2 === 114)) || (b1 === 104 && b2 === 116))) continue;
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    // "the Second International Decade for People of African Descent": the gazetteer knows the first decade's name,
    // which the capitalised ordinal printed before it makes another edition's (a pattern name already holds its ordinal)
    const m = LOWER_ORDINAL_BEFORE_RE.exec(before) ?? (c.via === 'gazetteer' ? CAPITAL_ORDINAL_BEFORE_RE.exec(before) : null);
    if (!m || NUMBERED_EVENT_RE.test(` ${c.name.split(' ', 1)[0]} `)) continue;
    // "the 13th WTO Ministerial Conference", "the 4th International Conference on Small Island Developing States" (A/RES/78/1
    // annex OP33, OP38): a numeral ordinal names the edition as its word does (not "the 111th International Labour Conference")
    // "under the auspices of the 111th International Labour Conference" (A/RES/78/174 PP13, 79/146 PP15, 80/178 PP13): the
    // yearly Conference's numbered session, keyed as "the 103rd session of the International Labour Conference" is (so the
    // FAO Conference's: "the forty-fourth Conference of the Food and Agriculture Organization of the United Nations")
    if (SESSION_NUMBERED_CONFERENCES.has(c.name)) {
      c.name = `${m[1]!.toLowerCase()} session of the ${c.name}`;
      for (const k of Object.keys(c.attrs)) delete c.attrs[k];
      c.attrs.eventKind = 'session';
      c.start -= m[0].length - m[0].indexOf(m[1]!);
      continue;
    }
    const word = /^\d/.test(m[1]!) ? ordinalWord(parseInt(m[1]!, 10)) : m[1]!;
    if (word === undefined) continue;
    // "We meet 30 years after the first World Summit for Social Development" (A/RES/80/5 annex OP5), "Taking note of the first
    // World Humanitarian Summit, held in Istanbul ..." (A/RES/78/205 PP34, 80/211, 79/149): a one-off event the gazetteer dates,
    // named without an ordinal, is the first of its name; "first" says so and names no other edition
    if (c.via === 'gazetteer' && c.attrs.startDate !== undefined && c.attrs.series !== true && m[1] === FIRST) {
      c.start -= m[0].length - m[0].indexOf(m[1]!);
      continue;
    }
    // "the first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons" (A/RES/78/53 PP29), "the
    // Third and Fourth International Decades for the Eradication of Colonialism": a plural name after a list of ordinals is
    // the editions together, not the last one
    if (PLURAL_HEAD_RE.test(c.name.split(HEAD_END_RE, 1)[0]!)) {
      const at = c.start - (m[0].length - m[0].indexOf(m[1]!));
      if (LISTED_ORDINAL_BEFORE_RE.test(text.slice(Math.max(0, at - 40), at))) {
        // (capitalised ordinals before a known series are its editions' names: split below)
        if (c.via === 'gazetteer' && c.attrs.series === true) (listed ??= []).push(c);
        continue;
      }
    }
    // "the second Review Conference" read as the longer name named before: that name says which series it is
    if (c.via !== 'gazetteer' && normaliseName(text.slice(c.start, c.end)) !== c.name) continue;
    const ordinal = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
    // (or by an alias: "the third United Nations Ocean Conference" is the known "2025 United Nations Ocean Conference")
    const numbered = `${ordinal} ${c.name}`;
    const alias = entryByName('Event', numbered) ? undefined : lookupName(numbered);
    const known = entryByName('Event', numbered) ?? (alias?.kind === 'Event' ? alias : undefined);
    // "the fourth Conference of Nuclear-Weapon-Free Zones and Mongolia ..., and noting that the Conference has not yet been
    // convened" (A/RES/80/15 PP14): a short form after it in the paragraph, read as the series, is this edition too
    const seriesName = c.name;
    // attrs changed in place: the candidate may already be registered for back-references with this object
    if (known) {
      const ref = entryRef(known);
      c.name = ref.name;
      for (const k of Object.keys(c.attrs)) delete c.attrs[k];
      Object.assign(c.attrs, ref.attrs);
      c.entry = known;
    } else {
      c.name = `${ordinal} ${c.name}`;
      // the dates the gazetteer gave the series' first edition are not this edition's
      if (c.via === 'gazetteer') for (const k of Object.keys(c.attrs)) if (k !== 'eventKind') delete c.attrs[k];
    }
    c.start -= m[1]!.length + (m[0].length - m[0].indexOf(m[1]!) - m[1]!.length);
    // (with this edition's attrs, not the dates and venue the gazetteer gives the first: "the organization of the Second World
    // Conference on Indigenous Peoples, to be held in 2028, and invites ... the Conference", A/RES/80/191 OP60)
    for (let j = 0; j < cands.length; j++) {
      const s = cands[j]!;
      if (s.via !== 'short' || s.kind !== 'Event' || s.start <= c.end || s.name !== seriesName) continue;
      s.name = c.name;
      s.attrs = { ...c.attrs };
    }
  }
  if (listed) for (const c of listed) capitalOrdinalSeriesEditions(text, cands, c);
}

const CONSTITUTION = 'Constitution';
/** a constitution's name that says not whose: "the 2009 Constitution", "the Constitution of the Territory" */
const UNNAMED_CONSTITUTION_RE = /^(?:(?:19|20)\d\d )?Constitution(?: of the Territory)?$/;

/**
 * Step 4'': a constitution is a Framework by its head ("Recalls the 2009 Constitution of the Cayman Islands", A/RES/78/90 OP4),
 * but not where the name does not say whose: "in accordance with the 2009 Constitution" (A/RES/78/90 PP20), "the 2009
 * Constitution of the Territory" (the Saint Helena texts, A/RES/78/96 OP4), one key for every territory's; nor the first words
 * of an order's title, "the Cayman Islands Constitution (Amendment) Order 2020" (A/RES/78/90 PP21).
 */
/** kinds a slash pair of bodies may own, printed before the name */
const SLASH_OWNED_KINDS: ReadonlySet<NamedKind> = new Set(['Framework', 'Initiative', 'Organization', 'Event']);
/**
 * Step 4a'''': "the work of the 143 members of the Organisation for Economic Co-operation and Development/Group of 20 Inclusive
 * Framework on Base Erosion and Profit Shifting" (A/RES/78/140 PP37, 78/230 PP20): two bodies joined by a slash and printed
 * right before a name are its owners, part of what is named; the mention runs over them (they come back as nested mentions,
 * without the clause's verb edge), as "the United Nations Office on Drugs and Crime Global Report on ..." is one mention. A
 * slash pair before a lowercase noun ("the ... Development/Group of 20 two-pillar solution", "the joint ... Development/United
 * Nations Development Programme initiative") names no thing of its own: the two bodies are what the clause names.
 */
function slashOwnersOfNames(text: string, cands: Candidate[]): void {
  // (the second owner first: a body printed right after a slash is rare, most paragraphs' slashes are in symbols)
  for (const second of cands) {
    if (second.kind !== 'Organization' || second.start < 2 || text.charCodeAt(second.start - 1) !== 47 /* / */ || text.charCodeAt(second.end) !== 32) continue;
    const first = cands.find((a) => a.kind === 'Organization' && a.end === second.start - 1);
    if (first === undefined) continue;
    const i = cands.findIndex((x) => x.start === second.end + 1 && SLASH_OWNED_KINDS.has(x.kind));
    if (i < 0) continue;
    const x = cands[i]!;
    cands[i] = candidate(x.kind, x.name, x.attrs, first.start, x.end, x.via, x.acronym, x.entry);
  }
}

const UNITED_NATIONS_HYPHEN = 'United Nations-';
/** the head of a partner's own name: a body the United Nations works with, not an organ they run together ("Joint Task Force") */
const PARTNER_HEADS: ReadonlySet<string> = new Set(['Foundation', 'University', 'Association', 'Federation']);
/**
 * "the United Nations-Nippon Foundation capacity-building programmes" (A/RES/80/110 OP41, 79/144 OP50): the United Nations and a
 * partner named after a hyphen, the programme's two partners, not an organization named so. Only a partner whose name ends the
 * pattern name with a head of its own kind (a foundation, a university, an association): "the United Nations-African Union Joint
 * Task Force on Peace and Security" is one body of the two.
 */
function partnersGluedToUnitedNations(text: string, patternCands: Candidate[]): void {
  for (let i = patternCands.length - 1; i >= 0; i--) {
    const c = patternCands[i]!;
    if (c.kind !== 'Organization' || !text.startsWith(UNITED_NATIONS_HYPHEN, c.start)) continue;
    const partnerStart = c.start + UNITED_NATIONS_HYPHEN.length;
    const words = text.slice(partnerStart, c.end).split(' ');
    if (words.length < 2 || words.length > 4 || !PARTNER_HEADS.has(words[words.length - 1]!) || words.some((w) => !STARTS_UPPER_RE.test(w))) continue;
    const un = orgRefByName('United Nations')!;
    patternCands.splice(i, 1, candidate('Organization', un.name, { ...un.attrs }, c.start, partnerStart - 1, 'special'), candidate('Organization', words.join(' '), {}, partnerStart, c.end, 'pattern'));
  }
}

const AMENDMENT = 'Amendment';

/**
 * "Recalling further the adoption ... of the Amendment2 to the Convention on the Physical Protection of Nuclear Material 3 by the
 * International Atomic Energy Agency" (A/RES/79/42 PP7, A/RES/80/41), "notes the entry into force of the Doha Amendment112 to the
 * Kyoto Protocol113" (A/RES/80/110 OP198): the mark glued to "Amendment" ends a name (capitalChunks), which left the treaty
 * alone named (and "Doha Amendment" cut). The amendment is one instrument, named as printed without its mark, as it is when the
 * text prints no mark ("the Amendment to the Convention on ...", A/RES/79/129 OP14).
 */
function amendmentsAcrossMarks(text: string, cands: Candidate[]): void {
  AMENDMENT_MARK_TO_RE.lastIndex = 0;
  for (let m = AMENDMENT_MARK_TO_RE.exec(text); m !== null; m = AMENDMENT_MARK_TO_RE.exec(text)) {
    const markStart = m.index + AMENDMENT.length;
    const markEnd = markStart + m[1]!.length;
    const treatyStart = m.index + m[0].length;
    const treaty = cands.find((c) => c.kind === 'Framework' && c.start === treatyStart);
    if (treaty === undefined) continue;
    // "Doha Amendment": the name the words before the mark make, when one was read; else "Amendment" alone
    const named = cands.find((c) => c.kind === 'Framework' && c.end === markStart && c.start <= m!.index);
    const start = named ? named.start : m.index;
    const end = treaty.end;
    oneInstrument(text.slice(start, markStart) + text.slice(markEnd, end), start, end, cands);
  }
}

/** The instrument named `name` over start..end (its gazetteer entry when it has one), in place of the candidates inside it. */
function oneInstrument(name: string, start: number, end: number, cands: Candidate[]): void {
  const entry = lookupName(name);
  const instrument =
    entry !== undefined && entry.kind === 'Framework'
      ? candidate('Framework', entry.name, entryRef(entry).attrs, start, end, 'gazetteer', false, entry)
      : candidate('Framework', name, {}, start, end, 'pattern');
  for (let i = cands.length - 1; i >= 0; i--) if (cands[i]!.start >= start && cands[i]!.end <= end) cands.splice(i, 1);
  cands.push(instrument);
}

const PROTOCOL_AMENDING = 'Protocol amending ';

/**
 * "Underlines the importance of the Agreement on Trade Facilitation annexed to the Protocol amending the Marrakesh Agreement
 * Establishing the World Trade Organization" (A/RES/78/134 OP27, 78/163 OP19, 79/195, 80/121): the lower-case participle ends a
 * capitalised name (capitalChunks), which left the amended treaty alone named. The protocol is one instrument of its own, named
 * as printed, as an amendment named by its treaty is ("the Amendment to the Convention on ...", amendmentsAcrossMarks). Only
 * before a treaty read as a Framework: "the London Protocol amending annexes 1 and 2" (A/RES/79/144) names no treaty after it.
 */
function protocolsAmendingTreaties(text: string, cands: Candidate[]): void {
  PROTOCOL_AMENDING_RE.lastIndex = 0;
  for (let m = PROTOCOL_AMENDING_RE.exec(text); m !== null; m = PROTOCOL_AMENDING_RE.exec(text)) {
    const treatyStart = m.index + m[0].length;
    const treaty = cands.find((c) => c.kind === 'Framework' && c.start === treatyStart);
    if (treaty === undefined) continue;
    oneInstrument(text.slice(m.index, treaty.end), m.index, treaty.end, cands);
  }
}

const POST_OF = 'post of ';
const POSTS_OF = 'posts of ';
const POSITION_OF = 'position of ';

/** A pattern Organization named by a post's bare title right after "post of" ("One post of Military Adviser (P-4)", A/RES/79/258
 *  VIII.OP28): the staff post the budget creates or abolishes, not a body (its head "Adviser" made it one). */
function withoutPostTitles(text: string, patternCands: Candidate[]): void {
  for (let i = patternCands.length - 1; i >= 0; i--) {
    const c = patternCands[i]!;
    if (c.kind !== 'Organization' || !BARE_TITLE_RE.test(c.name)) continue;
    if (POST_OF_BEFORE_RE.test(text.slice(Math.max(0, c.start - 20), c.start))) patternCands.splice(i, 1);
  }
}

function withoutUnnamedConstitutions(text: string, patternCands: Candidate[]): void {
  for (let i = patternCands.length - 1; i >= 0; i--) {
    const c = patternCands[i]!;
    if (c.kind !== 'Framework' || !c.name.includes(CONSTITUTION)) continue;
    if (UNNAMED_CONSTITUTION_RE.test(c.name) || (c.name.endsWith(CONSTITUTION) && text.startsWith(' (Amendment)', c.end))) patternCands.splice(i, 1);
  }
}

/** before a known series' plural name: its editions' capitalised ordinals ("Third and ", "Second, Third and "; group 1) */
const CAPITAL_ORDINALS_LIST_BEFORE_RE = letterRe(
  `(?<![\\p{L}\\p{N}])((?=[A-Z])(?:${ANY_CASE_ORDINAL_SOURCE})(?:,\\s+(?=[A-Z])(?:${ANY_CASE_ORDINAL_SOURCE}))*,?\\s+and\\s+(?=[A-Z])(?:${ANY_CASE_ORDINAL_SOURCE}))\\s+$`,
  'u',
);

/**
 * "the implementation of the Third and Fourth International Decades for the Eradication of Colonialism" (A/RES/78/94 PP23,
 * the New Caledonia texts): capitalised ordinals before the plural name of a series the gazetteer knows name as many of its
 * editions, each keyed in the singular ("Fourth International Decade for the Eradication of Colonialism", the node the decade
 * named alone has); the earlier ones named by their ordinals, the last from its ordinal to the name's end. Lowercase ordinals
 * ("the first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons") are no editions' names:
 * the series stays one node.
 */
function capitalOrdinalSeriesEditions(text: string, cands: Candidate[], c: Candidate): void {
  const i = cands.indexOf(c);
  const head = c.name.split(HEAD_END_RE, 1)[0]!;
  const lm = CAPITAL_ORDINALS_LIST_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 80), c.start));
  if (i < 0 || !lm) return;
  const listStart = c.start - lm[0].length;
  const singular = `${head.slice(0, -1)}${c.name.slice(head.length)}`;
  const eventKind = c.attrs.eventKind;
  const split: Candidate[] = [];
  LISTED_ORDINAL_RE.lastIndex = 0;
  let o: RegExpExecArray | null;
  while ((o = LISTED_ORDINAL_RE.exec(lm[1]!))) {
    const at = listStart + o.index;
    const last = at + o[0].length + 1 >= c.start;
    const name = `${o[0].charAt(0).toUpperCase()}${o[0].slice(1).toLowerCase()} ${singular}`;
    split.push(candidate('Event', name, { eventKind }, at, last ? c.end : at + o[0].length, 'pattern'));
  }
  if (split.length >= 2) cands.splice(i, 1, ...split);
}

/**
 * "the admission of New Caledonia as a full member of the Pacific Islands Forum at the forty-seventh Pacific Islands Forum,
 * convened in Pohnpei" (A/RES/80/98 PP16), "the endorsement ... at the fifty-first Pacific Islands Forum of a declaration"
 * (A/RES/78/... sea-level rise texts): a forum's numbered sitting is named by the forum's name after the ordinal, as "the
 * second Global Refugee Forum" is. (Not the Internet Governance Forum: its sittings are "meetings", numbered by
 * igfMeetings.)
 */
function forumSitting(text: string, c: Candidate): void {
  if (c.name === 'Internet Governance Forum') return;
  ordinalSitting(text, c, 'meeting');
}

/** The candidate, printed after a lowercase ordinal ("the tenth ", "22nd "), becomes that numbered sitting of `eventKind`, its name and span taking the ordinal in. */
function ordinalSitting(text: string, c: Candidate, eventKind: string): void {
  // the ordinal's last two letters before the space: "-st", "-nd"/"-rd", "-th"
  const b1 = text.charCodeAt(c.start - 2);
  const b2 = text.charCodeAt(c.start - 3);
  if (!((b1 === 116 && b2 === 115) || (b1 === 100 && (b2 === 110 || b2 === 114)) || (b1 === 104 && b2 === 116))) return;
  const m = LOWER_ORDINAL_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 30), c.start));
  if (!m || /^\d/.test(m[1]!)) return;
  c.kind = 'Event';
  c.name = `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1).toLowerCase()} ${c.name}`;
  c.attrs = { eventKind };
  c.entry = undefined;
  c.start -= m[1]!.length + (m[0].length - m[0].indexOf(m[1]!) - m[1]!.length);
}

/**
 * right after a sitting's name: ", held in", ", held from", "held on"; or its days: "the eighth Regional Platform for Disaster
 * Risk Reduction in the Americas and the Caribbean, from 28 February to 2 March 2023" (A/RES/78/152 OP60)
 */
const HELD_AFTER_RE = /^\d{0,2},?\s+(?:held\s+(?:in|on|from|at)\s|from\s+\d)/;
/**
 * "the eighth Africa Regional Platform for Disaster Risk Reduction, held in Nairobi, Kenya, the seventh Regional Platform for
 * Disaster Risk Reduction for the Americas and the Caribbean, held in Kingston, Jamaica, the fifth Arab Regional Platform ...,
 * held in Rabat, Morocco" (A/RES/79/205 OP69, 78/152 OP61, 79/13 PP7): a platform that meets, numbered and held somewhere,
 * is its sitting, named as "the tenth United Nations Alliance of Civilizations Forum" is (forumSitting). Platforms only: "the
 * meeting of the Coordinating Authors of the third World Ocean Assessment held in Lisbon" (A/RES/79/144 OP329) held the meeting.
 */
function heldPlatformSitting(text: string, c: Candidate): void {
  if (!c.name.includes(' Platform') || !HELD_AFTER_RE.test(text.slice(c.end, c.end + 16))) return;
  ordinalSitting(text, c, 'forum');
}

const WHA_NAME = 'World Health Assembly';
/**
 * "the WHO guiding principles ..., endorsed by the sixty-third World Health Assembly in its resolution 63.22" (A/RES/79/189
 * PP9), "the adoption of the WHO Pandemic Agreement ... at the seventy-eighth World Health Assembly" (A/RES/79/333), "for the
 * consideration of the seventy-ninth World Health Assembly" (A/RES/78/189 OP9): the Assembly's numbered session, keyed as
 * "the seventy-seventh session of the World Health Assembly" is.
 */
function assemblySession(text: string, c: Candidate): void {
  const b1 = text.charCodeAt(c.start - 2);
  const b2 = text.charCodeAt(c.start - 3);
  if (!((b1 === 116 && b2 === 115) || (b1 === 100 && (b2 === 110 || b2 === 114)) || (b1 === 104 && b2 === 116))) return;
  const m = LOWER_ORDINAL_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 30), c.start));
  if (!m || /^\d/.test(m[1]!)) return;
  c.kind = 'Event';
  c.name = `${m[1]!.toLowerCase()} session of the ${c.name}`;
  c.attrs = { eventKind: 'session' };
  c.entry = undefined;
  c.via = 'pattern';
  c.start -= m[1]!.length + (m[0].length - m[0].indexOf(m[1]!) - m[1]!.length);
}

/** a name's words before its first preposition end with a plural ("Conferences on ...", "International Decades for ...") */
const PLURAL_HEAD_RE = /[a-z][^s]s$/;
const HEAD_END_RE = / (?:of|on|for|to|in|against) /;

const ROMAN_CHARS = new Set([73, 86, 88, 76, 67]);
const ROMAN_BEFORE_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(?:the|its|their)\s+([IVXLC]{1,7})\s+$`, 'u');

/** "the XVII Paralympic Games": a recurring event's edition numbered in Roman numerals is that edition, not the series. */
function romanEdition(text: string, c: Candidate): void {
  const m = ROMAN_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 16), c.start));
  if (!m) return;
  c.name = `${m[1]!} ${c.name}`;
  c.attrs = { eventKind: c.attrs.eventKind };
  c.via = 'pattern';
  c.entry = undefined;
  c.start -= m[0].length - m[0].indexOf(m[1]!);
}

/** "<Capitalised words> +10 Conference": group 1 the words before, group 2 the years, group 3 the sitting's noun */
const PLUS_NAMED_SITTING_RE = letterRe(String.raw`(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}-]*\s+){1,5})\+\s?(\d{1,2})\s+(Conference|Summit|Forum|Dialogue|Meeting)(?![\p{L}\p{N}])`, 'gu');
const PLUS_SITTING_KINDS: ReadonlyMap<string, EventKindName> = new Map([
  ['Conference', 'conference'],
  ['Summit', 'summit'],
  ['Forum', 'forum'],
  ['Dialogue', 'dialogue'],
  ['Meeting', 'meeting'],
]);
/**
 * Step 5 (follow-ups): "Noting the Drought Resilience +10 Conference, held in Geneva from 30 September to 2 October 2024"
 * (A/RES/80/139 PP36, 79/207 PP27): a sitting named for the years since another ("+10"), its words before the "+" no name
 * read (addFollowUps reads those after an event's name). The capitalised words right before the "+" are its name's start.
 */
function plusNamedSittings(text: string, cands: Candidate[]): void {
  PLUS_NAMED_SITTING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLUS_NAMED_SITTING_RE.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (cands.some((c) => c.start < end && start < c.end && c.kind !== 'Place')) continue;
    for (let i = cands.length - 1; i >= 0; i--) if (cands[i]!.start < end && start < cands[i]!.end) cands.splice(i, 1);
    const name = `${m[1]!.replace(/\s+/g, ' ')}+${m[2]!} ${m[3]!}`;
    cands.push(candidate('Event', name, { eventKind: PLUS_SITTING_KINDS.get(m[3]!)! }, start, end, 'pattern'));
  }
}

const HIGH_LEVEL_WORD = 'high-level';
/** an undated sitting's key as graph/build.ts merges it (ASSEMBLY_MEETING_KEY_RE): "plenary" or not, the Assembly's or not */
function assemblyMeetingKey(key: string): string {
  return key.replace('high-level plenary meeting', 'high-level meeting').replace(' of the General Assembly on ', ' on ');
}
/**
 * Step 7 (after enrichEvents): "Adopts the following outcome document of the high-level meeting of the General Assembly on the
 * overall review of the implementation of the outcomes of the World Summit on the Information Society at its eightieth session:
 * We, ... participating in the high-level plenary meeting of the General Assembly on the 20-year review of [the same], held in
 * New York on 16 and 17 December 2025" (A/RES/80/173 OP0, A/80/L.41): a high-level meeting named with "the" and no date, then
 * named again (one key undated) with its dates later in the paragraph, is that dated sitting (a later undated mention already
 * takes the date remembered for its name, enrichEvents).
 */
function sittingDatedLaterInParagraph(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.kind !== 'Event' || c.attrs.eventKind !== 'meeting' || c.attrs.startDate !== undefined || c.attrs.series === true) continue;
    // (with "the": a sitting brought in with "a" is a new one)
    if (!c.name.includes(HIGH_LEVEL_WORD) || !THE_BEFORE_RE.test(text.slice(Math.max(0, c.start - 5), c.start))) continue;
    let undatedKey: string | undefined;
    for (const d of cands) {
      if (d === c || d.kind !== 'Event' || d.start < c.end || typeof d.attrs.startDate !== 'string' || d.attrs.eventKind !== 'meeting') continue;
      undatedKey ??= assemblyMeetingKey(eventKey(c.name));
      if (assemblyMeetingKey(eventKey(d.name)) !== undatedKey) continue;
      c.attrs = withoutSeries(c.attrs);
      c.attrs.startDate = d.attrs.startDate.slice(0, 4);
      break;
    }
  }
}

/** in a decision's symbol: "A/DEC/80/524" */
const DECISION_SYMBOL_PART = '/DEC/';
/**
 * Step 7'''''': "At its 65th plenary meeting, on 16 December 2025, the General Assembly ... decided to invite the
 * representatives of ... to make a statement at the High-level meeting on the overall review of the implementation of the
 * outcomes of the World Summit on the Information Society" (decision 80/524, titled with that meeting's name): a decision
 * titled with a high-level meeting's name settles the business of that meeting, the sitting of the decision's own year; an
 * undated mention of it is that sitting (keyed "... @ 2025", as the resolutions of that year name it with its days). Not in a
 * resolution: one titled so may convene the meeting of a later year.
 */
function sittingNamedByDecisionTitle(cands: Candidate[], title: string, date: string): void {
  if (!title.includes(HIGH_LEVEL_WORD.slice(1))) return;
  let titleKey: string | undefined;
  for (const c of cands) {
    if (c.kind !== 'Event' || c.attrs.eventKind !== 'meeting' || c.attrs.startDate !== undefined || !c.name.includes(HIGH_LEVEL_WORD)) continue;
    titleKey ??= assemblyMeetingKey(eventKey(title.charAt(0).toLowerCase() + title.slice(1)));
    if (assemblyMeetingKey(eventKey(c.name)) !== titleKey) continue;
    c.attrs = withoutSeries(c.attrs);
    c.attrs.startDate = date.slice(0, 4);
  }
}

const MARGINS_OF = 'margins of';
const SIDELINES_OF = 'sidelines of';
/** between a sitting and the one it is held beside: " on the margins of the ", ", to be held on the sidelines of the " */
const BESIDE_SITTING_GAP_RE = /^\s*,?\s*(?:(?:to\s+be|was|were|will\s+be)\s+)?(?:held\s+|convened\s+|organized\s+)?on\s+the\s+(?:margins|sidelines)\s+of\s+(?:the\s+)?$/;
/** An event the text may hold beside another: a one-off sitting (not a day, week, year or decade, nor a series). */
function isSideSitting(c: Candidate): boolean {
  if (c.kind !== 'Event' || c.attrs.series === true) return false;
  const kind = c.attrs.eventKind;
  return kind === 'meeting' || kind === 'conference' || kind === 'forum' || kind === 'session' || kind === 'summit' || kind === 'dialogue';
}
/**
 * Step 7'''''''': "Welcomes the convening of the Third United Nations Conference on Landlocked Developing Countries, held in Awaza,
 * Turkmenistan, from 5 to 8 August 2025, ... as well as the convening of the ministerial meeting on South-South cooperation on the
 * margins of the third United Nations Conference on Landlocked Developing Countries" (A/RES/80/156 OP15); "looks forward to the
 * ministerial meeting on South-South cooperation to be held on the margins of the third United Nations Conference on the
 * Landlocked Developing Countries" (79/236 OP9, after the one "held in 2023"): a sitting printed with no date of its own right
 * before the one it is held beside takes that one's year (printed or known), not the year an earlier sitting of its name had.
 */
function sittingsBesideDatedOnes(text: string, kept: Candidate[]): void {
  for (const c of kept) {
    if (!isSideSitting(c)) continue;
    let d: Candidate | undefined;
    for (const x of kept) if (x.kind === 'Event' && x.start >= c.end && (d === undefined || x.start < d.start)) d = x;
    if (d === undefined || d.start - c.end > 60 || !BESIDE_SITTING_GAP_RE.test(text.slice(c.end, d.start))) continue;
    const start = d.attrs.startDate ?? d.entry?.attrs?.startDate;
    if (typeof start !== 'string') continue;
    const year = start.slice(0, 4);
    if (typeof c.attrs.startDate === 'string' && c.attrs.startDate.startsWith(year)) continue;
    c.attrs = withoutSeries(c.attrs);
    c.attrs.startDate = year;
  }
}

/** "+2 Stocktaking Moment" after an event's name: a follow-up meeting of its own. */
const FOLLOW_UP_RE = letterRe(String.raw`^\s?\+\s?(\d{1,2})\s+((?:[A-Z][a-z]+\s+){0,2}(?:Moment|Review|Event|Forum|Dialogue|Summit|Conference|Meeting))(?![\p{L}\p{N}])`, 'u');

/**
 * Step 5 (follow-ups): "the United Nations Food Systems Summit +2 Stocktaking Moment, held in Rome" is not the 2021
 * Summit (whose known date and venue would be read for it) but a meeting two years on, with its own venue and dates.
 */
function addFollowUps(text: string, cands: readonly Candidate[]): void {
  for (const c of cands) {
    if (c.kind !== 'Event' || (text.charCodeAt(c.end) !== 32 && text.charCodeAt(c.end) !== 43)) continue;
    const f = FOLLOW_UP_RE.exec(text.slice(c.end, c.end + 40));
    if (!f) continue;
    c.name = `${c.name} +${f[1]} ${f[2]}`;
    c.attrs = { eventKind: 'meeting' };
    c.via = 'pattern';
    c.entry = undefined;
    c.end += f[0].length;
  }
}

const STOCKTAKING_MOMENT = 'Stocktaking Moment';
/** right after a summit's name: " Stocktaking Moment" with no "+N" between */
const MOMENT_AFTER_RE = letterRe(String.raw`^ Stocktaking Moment(?![\p{L}\p{N}])`, 'u');
/** right before a summit's name: "the 2025 Stocktaking Moment of the " (group 1 the year) */
const MOMENT_OF_BEFORE_RE = letterRe(String.raw`(?<![\p{L}\p{N}])((?:19|20)\d\d) Stocktaking Moment of (?:the )?$`, 'u');
/** the year printed right before the summit's name: "the 2025 United Nations Food Systems Summit Stocktaking Moment" */
const YEAR_RIGHT_BEFORE_RE = letterRe(String.raw`(?<![\p{L}\p{N}])((?:19|20)\d\d) $`, 'u');
/** after the moment: its short name with the years since the summit, "(UNFSS+4)" (group 1) */
const PLUS_ACRONYM_AFTER_RE = /^\s?\([A-Z]{2,12}\s?\+\s?(\d{1,2})\)/;
/** after the moment: its dates, in the same phrase ("convened by the Secretary-General from 27 to 29 July 2025"; group 1 the year) */
const MOMENT_DATE_AFTER_RE =
  letterRe(String.raw`^,?[^;()]{0,80}?\b(?:January|February|March|April|May|June|July|August|September|October|November|December) ((?:19|20)\d\d)(?![\p{L}\p{N}])`, 'u');

/**
 * Step 5 (follow-ups): a Stocktaking Moment printed without its "+N" is the follow-up of the year it names, not the summit
 * (whose date, venue and hosts were read for it): "the United Nations Food Systems Summit Stocktaking Moment, convened by the
 * Secretary-General from 27 to 29 July 2025 and co-hosted by the Governments of Ethiopia and Italy in Addis Ababa" (A/RES/80/157
 * PP18), "the second United Nations Food Systems Summit Stocktaking Moment (UNFSS+4)" (A/RES/79/276 PP26), "the 2025 United
 * Nations Food Systems Summit Stocktaking Moment" (A/RES/80/157 OP4), "the 2025 Stocktaking Moment of the United Nations Food
 * Systems Summit" (A/RES/78/168 OP4, 79/227): named as the texts that print the "+N" name it ("... Summit +4 Stocktaking
 * Moment", the years since the summit), dated by the year printed (one node). With no year printed: a moment of its own.
 */
function stocktakingMoments(text: string, cands: readonly Candidate[]): void {
  for (const c of cands) {
    if (c.kind !== 'Event' || c.name.includes(STOCKTAKING_MOMENT)) continue;
    const after = text.charCodeAt(c.end) === 32 ? MOMENT_AFTER_RE.exec(text.slice(c.end, c.end + 20)) : null;
    const before = after || c.start < 24 ? null : MOMENT_OF_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 40), c.start));
    if (!after && !before) continue;
    const summitYear = Number(String(c.attrs.startDate ?? c.entry?.attrs?.startDate ?? '').slice(0, 4)) || undefined;
    let year: number | undefined;
    let start = c.start;
    let end = c.end;
    if (before) {
      year = Number(before[1]);
      start = c.start - before[0].length;
    } else {
      end += after![0].length;
      const printed = YEAR_RIGHT_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 5), c.start));
      const acronym = printed ? null : PLUS_ACRONYM_AFTER_RE.exec(text.slice(end, end + 20));
      const dated = printed || acronym ? null : MOMENT_DATE_AFTER_RE.exec(text.slice(end, end + 120));
      if (printed) {
        year = Number(printed[1]);
        start = c.start - printed[0].length;
      } else if (acronym && summitYear !== undefined) year = summitYear + Number(acronym[1]);
      else if (dated) year = Number(dated[1]);
    }
    const plus = year !== undefined && summitYear !== undefined && year > summitYear ? year - summitYear : undefined;
    const series = `${c.name}${plus !== undefined ? ` +${plus}` : ''} ${STOCKTAKING_MOMENT}`;
    // (dated by the year, as the texts printing its dates are: one key; the name as printed with its "+N")
    c.name = series;
    c.attrs = year !== undefined ? { eventKind: 'meeting', startDate: String(year) } : { eventKind: 'meeting' };
    c.via = 'pattern';
    c.entry = undefined;
    c.start = start;
    c.end = end;
  }
}

/** "(CSTD)", "(the Compliance Agreement)" right after a name: the short name it defines (group 1) */
const DEFINITION_RE = /^\s*\((?:the\s+)?([A-Z][A-Za-z0-9+\-]{1,15}|[A-Z][\w-]*(?: [A-Z0-9][\w+-]*){0,2})\)/;
/** the same after an instrument's name and the year it was made: "... Armed Conflicts 1977 (Protocol I)" */
const INSTRUMENT_DEFINITION_RE = /^(?:,?\s(?:19|20)\d\d)?\s*\((?:the\s+)?([A-Z][A-Za-z0-9+\-]{1,15}|[A-Z][\w-]*(?: [A-Z0-9][\w+-]*){0,2})\)/;

/** a definition printed with "the" ("(the Addendum)"), and a one-word definition that is a capitalised common noun */
const THE_DEFINITION_RE = /^\s*\(the\s/;
const THE_COMMON_NOUN_RE = /^[A-Z][a-z]+$/;

/** Step 6: "<name> (CSTD)" defines CSTD for the rest of the resolution. */
function learnAcronymDefinitions(text: string, cands: readonly Candidate[], state: ResolutionState): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    // cheap gate: the definition needs a "(" within the 40 characters read
    if (!parenWithin(text, c.end, c.end + 40)) continue;
    // (an instrument's year may stand between: "... International Armed Conflicts 1977 (Protocol I)", A/RES/80/74 PP2 footnote 1)
    const def = (c.kind === 'Framework' ? INSTRUMENT_DEFINITION_RE : DEFINITION_RE).exec(text.slice(c.end, c.end + 40));
    if (!def || c.via === 'acronym' || c.acronym) continue;
    // "... the Third Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons
    // Convention (the Third Review Conference)" (A/RES/78/29 OP8): the definition is the longest name's that ends before it,
    // not the instrument's printed at that name's end (which made "Third Review Conference" an acronym of the Convention)
    const acr = def[1]!;
    // "Military Adviser (P-4)": a staff grade, not a short name
    if (STAFF_GRADE_RE.test(acr)) continue;
    // (but "the sixth global meeting of the International Partnership for Sustainable Development in Mountain Regions
    // (Mountain Partnership)" (A/RES/80/144 PP19): a short name made of the owner's own words is the owner's, not its sitting's)
    if (cands.some((o) => o.end === c.end && o.start < c.start && o.via !== 'short' && o.kind !== 'Place' && !ownersShortName(o, c, acr))) continue;
    if (c.kind === 'Event' && cands.some((o) => o.end === c.end && o.start > c.start && ownersShortName(c, o, acr))) continue;
    // (and a sitting's generic name defines no short name of an instrument or a body, whatever name it follows: the
    // event's name printed cut before the Convention's left the Convention last)
    if (c.kind !== 'Event' && acr.includes(' ') && genericName(acr)) continue;
    if (/^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/.test(acr) && c.kind !== 'Event') continue;
    // "Bahamas (The), Barbados": a list of Member States prints the article after the name, not an acronym
    if (acr === 'The') continue;
    // "the fiftieth anniversary of the first United Nations Conference on ... Outer Space (UNISPACE+50)": an
    // acronym with "+50" names the anniversary or review of the thing before it, not that thing (the anniversary
    // itself, when the text prints it before the name: the event it defines)
    if (acr.includes('+') && /\+\d{1,3}$/.test(acr) && !c.name.includes('+')) {
      anniversaryDefinition(text, c, acr, state);
      continue;
    }
    // "(the Agreement)", "(the Convention)": the name's head, defined as its short form for the rest of the text
    // ("the Convention" stays the Law of the Sea Convention after other conventions are named). Not an acronym:
    // acronyms are found wherever printed, and this one inside every later name with that head ("the
    // Compliance Agreement", "the International Convention for the Safety of Life at Sea")
    if (ANY_HEAD.has(acr)) {
      // "... Division for Ocean Affairs and the Law of the Sea of the Office of Legal Affairs of the Secretariat (the
      // Division)": the short form of a longer name the last candidate ends, not of that candidate
      if (!isWordOf(c.name, acr)) continue;
      if (!state.defined.has(acr)) state.defined.set(acr, { kind: c.kind, name: c.name, attrs: { ...c.attrs } });
      continue;
    }
    // "the Addendum to the Agreement ... on the Transitional Arrangements and the Completion of Work of the Extraordinary Chambers
    // (the Addendum)" (A/RES/79/324 OP1): a common noun after "the", not a word of the name it follows, is the short name of a
    // longer title that ends with that name (no candidate), not the name's acronym
    if (THE_COMMON_NOUN_RE.test(acr) && !isWordOf(c.name, acr) && THE_DEFINITION_RE.test(def[0])) continue;
    if (!state.acronyms.has(acr) && !c.attrs.acronym) state.acronyms.set(acr, { kind: c.kind, name: c.name, attrs: { ...c.attrs, acronym: acr } });
    // "(the Compliance Agreement)", "(the London Convention)": the short name in the parentheses, read as a name
    // of its own, is the one it defines
    // (not events: an edition's key takes its dates, read later)
    if (acr.includes(' ') && c.kind !== 'Event') sameAsDefined(c, c.end + def[0].length - 1 - acr.length, acr.length, cands);
    if (c.kind === 'Organization' && !c.attrs.acronym && /^[A-Z][A-Za-z0-9+\-]{1,15}$/.test(acr)) c.attrs.acronym = acr;
  }
}

/**
 * `acr`, defined in parentheses after a sitting's name that ends with its owner's ("<ordinal> meeting of the <owner>"), is
 * the owner's short name when each of its words is a word of the owner's name: "(Mountain Partnership)" after "... of the
 * International Partnership for Sustainable Development in Mountain Regions". "(COP28)" names the sitting.
 */
function ownersShortName(sitting: Candidate, owner: Candidate, acr: string): boolean {
  if (sitting.kind !== 'Event' || owner.kind === 'Event' || !acr.includes(' ') || !sitting.name.endsWith(` of the ${owner.name}`)) return false;
  for (const w of acr.split(' ')) if (!isWordOf(owner.name, w)) return false;
  return true;
}

/** "the fiftieth anniversary of " right before a name ("the" optional, "fiftieth" any ordinal word) */
const ANNIVERSARY_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}])(${ORDINAL_SOURCE})\\s+anniversary\\s+of\\s+(?:the\\s+)?$`, 'iu');
const LEADING_ORDINAL_RE = new RegExp(`^(?:${ORDINAL_SOURCE})(?= )`, 'i');

/**
 * "Recognizing that the fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of
 * Outer Space (UNISPACE+50) offers ..." (A/RES/73/6 PP2): "<X>+<n>" printed after "the <ordinal> anniversary of <name>"
 * names the anniversary, an event of its own ("in preparation for UNISPACE+50", "the seven thematic priorities of
 * UNISPACE+50"): the mention becomes that event, and the acronym is defined for it. With no anniversary printed before the
 * name ("the second International Conference on Agrarian Reform and Rural Development (ICARRD+20)") nothing changes.
 */
function anniversaryDefinition(text: string, c: Candidate, acr: string, state: ResolutionState): void {
  if (c.start < 14 || text.charCodeAt(c.start - 1) !== 32) return;
  const before = ANNIVERSARY_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 48), c.start));
  if (!before || state.acronyms.has(acr)) return;
  // (the name's own leading ordinal, "First United Nations Conference ...", printed in lower case as in the text)
  const named = c.name.replace(LEADING_ORDINAL_RE, (o) => o.toLowerCase());
  const name = `${before[1]!.toLowerCase().replace(/\s+/g, '-')} anniversary of the ${named}`;
  c.kind = 'Event';
  c.name = name;
  c.attrs = { eventKind: 'other', acronym: acr };
  c.via = 'pattern';
  c.entry = undefined;
  c.start -= before[0].length - before[0].indexOf(before[1]!);
  state.acronyms.set(acr, { kind: 'Event', name, attrs: { eventKind: 'other', acronym: acr } });
  anniversaryStates.add(state);
}
/** the resolutions (their scan states) that defined an anniversary's acronym */
const anniversaryStates = new WeakSet<ResolutionState>();

/**
 * "Welcoming the UNISPACE+50 high-level segment, held in Vienna ... to commemorate the fiftieth anniversary of the first United
 * Nations Conference on the Exploration and Peaceful Uses of Outer Space" (A/RES/73/6 PP25): the anniversary the text defined
 * as UNISPACE+50 (PP2), printed in full again.
 */
function anniversariesNamedAgain(text: string, cands: readonly Candidate[], state: ResolutionState): void {
  for (const c of cands) {
    if (c.via === 'short' || c.acronym || c.start < 14 || text.charCodeAt(c.start - 1) !== 32) continue;
    const before = ANNIVERSARY_BEFORE_RE.exec(text.slice(Math.max(0, c.start - 48), c.start));
    if (!before) continue;
    const name = `${before[1]!.toLowerCase().replace(/\s+/g, '-')} anniversary of the ${c.name.replace(LEADING_ORDINAL_RE, (o) => o.toLowerCase())}`;
    for (const ref of state.acronyms.values()) {
      if (ref.kind !== 'Event' || ref.name !== name) continue;
      c.kind = 'Event';
      c.name = name;
      c.attrs = { ...ref.attrs };
      c.via = 'pattern';
      c.entry = undefined;
      c.start -= before[0].length - before[0].indexOf(before[1]!);
      break;
    }
  }
}

/** The pattern name printed at [at, at + length) is `defined`'s short name: it is `defined`. */
function sameAsDefined(defined: Candidate, at: number, length: number, cands: readonly Candidate[]): void {
  for (const o of cands) {
    if (o.start !== at || o.end !== at + length || o.via !== 'pattern' || o.kind !== defined.kind) continue;
    o.name = defined.name;
    o.attrs = { ...defined.attrs };
  }
}

/**
 * Step 7a: a place inside a longer name of another kind ("Geneva Centre for ...") is part of that name. A place in a sitting's
 * quoted theme is a word of the theme; so is a framework or initiative read by pattern from the theme's first words ("World
 * Tourism Day 2026, under the theme “Digital Agenda and Artificial Intelligence to redesign tourism”", A/RES/80/134 PP12; “From
 * Declaration to Implementation: Accelerating Actions ...”, A/RES/79/2). A name further in is one the theme cites (“The Global
 * Plan of Action and emerging issues ...”, A/RES/79/286 OP4; “The importance of complying with the Venice Principles ...”).
 */
function withoutPlacesInsideNames(text: string, cands: readonly Candidate[]): Candidate[] {
  return cands.filter(
    (c) =>
      !treatySeriesPublisher(text, c) &&
      !(c.kind === 'Place' && (cands.some((o) => o !== c && o.via !== 'short' && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start && o.kind !== 'Place') || inQuotedTheme(text, c.start))) &&
      !(c.via === 'pattern' && (c.kind === 'Framework' || c.kind === 'Initiative') && c.start > 0 && text.charCodeAt(c.start - 1) === 0x201c /* “ */ && inQuotedTheme(text, c.start)),
  );
}

/**
 * "League of Nations, Treaty Series, vol. XCIV, No. 2138" (the 1925 Geneva Protocol's note: A/RES/80/34 PP4 fn1, 79/48 PP3,
 * 79/79 OP5): the publication a treaty is registered in, cited by its publisher's name, not a body the resolution recalls (as
 * "United Nations, Treaty Series" is not the Organization: entityScan's gazetteer hits). A character test first.
 */
function treatySeriesPublisher(text: string, c: Candidate): boolean {
  return c.kind === 'Organization' && c.end < text.length && text.charCodeAt(c.end) === 44 /* , */ && TREATY_SERIES_RE.test(text.slice(c.end, c.end + 16));
}

/** before a theme's opening quote: "on the theme “", "under the theme of “" */
const THEME_BEFORE_QUOTE_RE = /\btheme(?: of)?,?\s*$/;
/**
 * "the Global Africa Business Initiative annual forum, on the theme “Unstoppable Africa”" (A/RES/79/228 OP25), "the summit on the
 * theme “United for life: towards a more sustainable Greater Caribbean”": a place in a sitting's quoted theme is a word of the
 * theme, not a place the resolution names. Looks back at most 250 characters (QUOTED_THEME_RE's bound) for an open quote.
 */
function inQuotedTheme(text: string, at: number): boolean {
  for (let i = at - 1, stop = Math.max(0, at - 250); i >= stop; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 0x201d /* ” */) return false;
    if (ch === 0x201c /* “ */) return i > 6 && THEME_BEFORE_QUOTE_RE.test(text.slice(Math.max(0, i - 14), i));
  }
  return false;
}

const ORDINAL_WORD_FIRST_RE = new RegExp(`^(?:${ORDINAL_SOURCE}) (.+)$`, 'i');

/**
 * Step 7b: "the United Nations Conference to Support the Implementation of Sustainable Development Goal 14,
 * convened in Lisbon from 27 June to 1 July 2022" is the known "2022 United Nations Conference to Support ..." edition.
 */
function knownDatedEditions(kept: readonly Candidate[]): void {
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    if (c.kind !== 'Event' || c.via !== 'pattern' || typeof c.attrs.startDate !== 'string' || /^(?:19|20)\d\d /.test(c.name)) continue;
    const year = c.attrs.startDate.slice(0, 4);
    // "the third United Nations Ocean Conference, ... in June 2025": the known "2025 United Nations Ocean Conference"
    const unnumbered = ORDINAL_WORD_FIRST_RE.exec(c.name);
    const e = lookupName(`${year} ${c.name}`) ?? (unnumbered ? lookupName(`${year} ${unnumbered[1]}`) : undefined);
    if (e?.kind !== 'Event') continue;
    const ref = entryRef(e);
    c.name = ref.name;
    const read = detailedAttrs.has(c.attrs);
    // (the venue read before the name goes with the new attributes: "meeting in Nice, France, from 9 to 13 June 2025 at the
    // United Nations Conference to Support ...", A/RES/79/314 annex OP1, was dated but not placed)
    const venueAt = pairedVenueAt.size ? pairedVenueAt.get(c.attrs) : undefined;
    c.attrs = { ...c.attrs, ...ref.attrs };
    if (read) detailedAttrs.add(c.attrs);
    if (venueAt !== undefined) pairedVenueAt.set(c.attrs, venueAt);
  }
}

/** The key of the sitting a segment or meeting candidate is printed as part of (SITTING_WITHIN_EVENT), if any. */
function partOfKey(c: Candidate): string | undefined {
  const owner = SITTING_WITHIN_EVENT.get(c);
  return owner === undefined ? undefined : namedKey(owner.kind, owner.name, owner.attrs);
}

/**
 * The pattern candidates that overlap no special (lowercaseTopicOrganizations) and lie inside no known name. Indexed loops, not
 * filter() with a some() per candidate: no closure made per pattern candidate of every paragraph. Session 47 (spd47c), with
 * the copy of the known names left out when there are no specials, bench:instructions --step 30, side by side, on top of the
 * chunkSegments gate: 6,584,362,016 -> 6,572,539,501 (-0.18%).
 */
export function patternsOutsideKnown<T extends Span>(patterns: readonly T[], cands: readonly Span[], specials: readonly Span[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i]!;
    let inside = false;
    for (let j = 0; j < specials.length && !inside; j++) inside = overlaps(specials[j]!, p);
    for (let j = 0; j < cands.length && !inside; j++) inside = cands[j]!.start <= p.start && p.end <= cands[j]!.end;
    if (!inside) out.push(p);
  }
  return out;
}

/** The mentions of the kept candidates, with the hidden event details the attribution finder reads. */
// Pushed into a literal rather than map(): map's result came in four array shapes (packed or holey,
// empty or not), and namedEntitiesOfKind, optimised for the first two, deopted at the others.
/**
 * Whether sharedByList gave a candidate of the paragraph being scanned its `listedWith` (reset as each scan starts):
 * toMentions links the listed events' details only then.
 */
let listedWithStored = false;

function toMentions(text: string, kept: readonly Candidate[]): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (let j = 0; j < kept.length; j++) {
    const c = kept[j]!;
    // (the name as its key reads it: "World Trade Organization Thirteenth Ministerial Conference", bodyFirstSittingInFull)
    if (c.kind === 'Event' && c.name.endsWith(BARE_MINISTERIAL_CONFERENCE)) c.name = c.name === BARE_MINISTERIAL_CONFERENCE ? bareWtoSitting(kept) : bodyFirstSittingInFull(c.name);
    const mention = toMention(text, c);
    // (a short form the venue and dates after it date, "the Conference held in New York from 5 to 9 June 2017": no details
    // kept, so that its venue and the dates after it are read from the paragraph's mentions, as for a sitting named elsewhere)
    if (c.kind === 'Event' && !HELD_AFTER_SHORT.has(c)) {
      // (read in this paragraph for this mention: not a back-reference's, whose attributes are its antecedent's)
      const here = c.via !== 'short' && detailedAttrs.has(c.attrs);
      eventDetails.set(mention, {
        datePhrase: here ? (c.attrs.datePhrase as Span | undefined) : undefined,
        printedStart: here ? (c.attrs.printedStart as string | undefined) : undefined,
        venue: here ? (c.attrs.venue as string[] | undefined) : undefined,
        recurring: c.attrs.series === true || c.via === 'short',
        unplaced: here && c.attrs.unplaced === true,
        listedWith: undefined,
        venueAt: here && pairedVenueAt.size ? pairedVenueAt.get(c.attrs) : undefined,
        partOf: partOfKey(c),
        hostAt: hostedAt.size ? hostedAt.get(c.attrs) : undefined,
      });
    } else if (c.kind === 'Organization') {
      if (c.via !== 'short') namedOrganizations.add(mention);
      if (typeof c.attrs.qualifier === 'string') organQualifiers.set(mention, c.attrs.qualifier);
    }
    mentions.push(mention);
  }
  // (only after this scan's sharedByList stored one: a candidate's attrs come in many shapes, and this load, one per
  // candidate of every paragraph, was among the megamorphic ones; spd51a)
  if (!listedWithStored) return mentions;
  for (let i = 0; i < kept.length; i++) {
    const last = kept[i]!.attrs.listedWith;
    if (last === undefined) continue;
    const at = kept.indexOf(last as Candidate);
    if (at >= 0) eventDetails.get(mentions[i]!)!.listedWith = mentions[at];
  }
  return mentions;
}

let byKindFor: EntityMention[] | undefined;
let byKind = new Map<NamedKind, EntityMention[]>();

/** The mentions of one kind, sorted by position (split once per paragraph). */
export function namedEntitiesOfKind(kind: NamedKind, text: string, ctx: RecognizeContext = {}): EntityMention[] {
  const all = scanNamedEntities(text, ctx);
  if (all !== byKindFor) {
    byKind = new Map();
    for (const m of sortSmall(all.slice(), (a, b) => a.start - b.start || a.end - b.end)) {
      const list = byKind.get(m.kind as NamedKind);
      if (list) list.push(m);
      else byKind.set(m.kind as NamedKind, [m]);
    }
    byKindFor = all;
  }
  // a copy per caller; slice rather than spreading `?? []`, whose empty literal has another elements kind (a deopt)
  const list = byKind.get(kind);
  return list ? list.slice() : [];
}

// Runs the analysis over a few paragraphs first (in the interpreter, a few milliseconds) so V8 has
// type feedback for its rarer branches (sessions, meetings, acronym definitions, editions, venues,
// ordinal short forms) before it optimises them: a branch first taken late deopts the optimised step,
// which is then compiled again. A private context each run: no state reaches a real resolution, and
// the caches it fills (heads, entries by name) hold what any run would compute.
const WARM_UP_PARAGRAPHS = [
  'Recalling the World Summit on the Information Society (WSIS), the Commission on Science and Technology for Development (CSTD) ' +
    'and the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice, held in Kyoto, Japan, from 7 to 12 March 2021,',
  'Welcomes the report of the Special Rapporteur on the right to food, the work of the Working Group on Enhanced Cooperation and the ' +
    'twenty-eighth session of the Commission, the Fifteenth Congress in Vienna, the WSIS Forum 2025, the WSIS+20 High-level Event 2025 and ' +
    'the high-level meeting on universal health coverage, the CSTD, action lines C1 to C11, e-learning (C7), the Union, the Assembly, ' +
    'the Convention on the Rights of Persons with Disabilities and the Optional Protocol thereto, the Conference of the Parties to the Convention,',
  'Decides that the International Decade for Action, "Water for Sustainable Development", 2018–2028, and its fiftieth session, ' +
    'the Special Committee in Caracas, the Plenipotentiary Conference in Bucharest, and the Programme of Action of the Summit, and the Charter;',
  'Notes the Convention on the Privileges and Immunities of the United Nations, the Office of the United Nations High Commissioner, ' +
    'the Inter- Agency Standing Committee, the Human Rights Council’s Advisory Committee, the Commission\u00a0on the Status of Women and the United Nations Conference to Support the ' +
    'Implementation of Sustainable Development Goal 14, convened in Lisbon from 27 June to 1 July 2022; the Ninth Review Conference, ' +
    'as well as the Protocols, held in Geneva; and',
  // (generic names read after a short form's head and qualified; an edition named by its year, then its series undated)
  'Recalling the Group of Scientific and Technical Experts, the report of the Group of Governmental Experts to further consider ' +
    'verification, the Commission of Inquiry, the paper prepared by the Secretariat on Bermuda2, the 2025 United Nations Conference to ' +
    'Support the Implementation of Sustainable Development Goal 14 and the United Nations Conference to Support the Implementation of Sustainable Development Goal 14,',
];
// Run before the first scan rather than at load: a process that imports the pipeline without extracting
// (the kg ingest main thread, which leaves extraction to its workers) does not pay for it (~0.08 s CPU).
// Through namedEntitiesOfKind, an empty paragraph included, so that its split sees results of both
// array shapes (an empty result is another elements kind: a "wrong map" deopt when first met late).
let warmedUp = false;
function warmUp(): void {
  warmedUp = true;
  for (let run = 0; run < 10; run++) {
    const ctx: RecognizeContext = { body: 'General Assembly', date: '2024-12-20' };
    for (const paragraph of WARM_UP_PARAGRAPHS) namedEntitiesOfKind('Organization', paragraph, ctx);
    namedEntitiesOfKind('Organization', '', ctx);
  }
  cacheText = undefined;
  cacheCtx = undefined;
  cacheResult = [];
  byKindFor = undefined;
  byKind = new Map();
}
