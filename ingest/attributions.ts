// Relations between entities as the paragraph states them (DESIGN: LEADS, ORGANIZES, HOSTS,
// HELD_IN, ADOPTED, PART_OF, STARTS_ON/ENDS_ON). Input: the paragraph text and ALL its mentions
// (every recogniser), sorted by start. Output: attributions between node keys, each with the span
// of the words that state it.
import { nodeKey } from '../graph/model-keys.js';
import { adoptionYear, dateKey, dayInAssemblySession, dayOutsideAssemblySession } from './keys.js';
import type { Attribution, EntityMention, ParagraphText } from './models.js';
import type { GazetteerEntry } from './gazetteer/types.js';
import { entryByName, lookupName, normaliseName } from './gazetteer/index.js';
import { editionPostponedFrom, eventDetail, eventKey, isNamedOrganization, keyCase, organQualifier, SPACE_SECRETARIAT } from './recognize/entityScan.js';
import { SESSION_NUMBERED_CONFERENCES } from './standingConferences.js';
import {
  AND_THE_SECOND_BODY_GAP_RE,
  ESTABLISHED_UNDER_TREATY_GAP_RE,
  JOINT_OWNERS_GAP_RE,
  MAIN_COMMITTEE_OF_GAP_RE,
  NUMBERED_WORKING_GROUP_RE,
  OFFICER_OR_OFFICE_RE,
  ORG_HEADS,
  ORGAN_OWNING_INSTRUMENT_RE,
  SUBSIDIARY_ORGAN_OF_GAP_RE,
  WITHIN_BODY_GAP_RE,
} from './recognize/organizations.patterns.js';
import { ADOPTED_DAY_THEN_SITTING_GAP_RE, ADOPTION_BEFORE_DAY_RE, CLAUSE_VERB_BETWEEN_RE, MONTHS, NUMBERED_ORGAN_CONFERENCE_RE, NUMBERED_MEETING_OF_THE_PARTIES_RE, NUMBERED_RESUMED_SESSION_OF_SITTING_RE, NUMBERED_STATES_PARTIES_CONFERENCE_RE, AS_PART_OF_BEFORE_RE, FACILITATOR_ASIDE_BEFORE_RE, FOR_THE_PERIOD_GAP_RE, PERIOD_DECLARED_BY_GAP_RE, PERIOD_DECLARED_FOR_GAP_RE, UNDER_THE_BEFORE_CHAIR_RE, ADOPTED_IN_BEFORE_RE, AFTER_TOPIC_VENUE_GAP_RE, HELD_VIRTUALLY_RE, HOSTS_GAP_RE, OF_MARKED_NAME_RE, ORDINAL_SOURCE, PARTIES_CONFERENCE_SITTING_RE, SPECIAL_SESSION_TO_REVIEW_NAME_RE, PHASE_FROM_GAP_RE, PHASE_HELD_IN_GAP_RE, SUMMIT_TO_PHASE_GAP_RE, VENUE_THEN_DAY_GAP_RE, WSIS_AT_PHASE_RE, WSIS_PHASE_RE, WSIS_VENUES_AFTER_RE, periodAsTopic, titledSittingStart, topicInVenueGap, venueGapWords } from './recognize/events.patterns.js';
import { INITIATIVE_HEADS } from './recognize/initiatives.patterns.js';
import { ADOPTED_BY_THE_BEFORE_RE, ADOPTION_BY_ORGAN_OF_GAP_RE, ADOPTION_BY_THE_BEFORE_RE, ADOPTION_OF_NUMBERED_TEXT, ADOPTION_OF_TEXT_BY_BEFORE_RE, ADOPTION_OF_OWN_TEXT_BY_GAP_RE, ADOPTION_OF_TEXT_BEFORE_RE, NOTE_ONE_RESOLUTION_RE, OWN_TEXTS_INCLUDING_GAP_RE } from './clauses.patterns.js';
import { hasWord, textWords, wordIndex, type TextWords } from './recognize/paragraphWords.js';
import { parseSingleDate } from './recognize/dates.js';
import { sortSmall } from './sortSmall.js';
import { isAsciiCapital } from './codeUnit.js';
import { WSIS_KEY } from './recognize/summitPhases.js';
import { ADOPTED_AT_ENDORSED_BY_BODY_GAP_RE, ADOPTION_PARTICIPLE_RE, GOVERNMENTS_OF_END_RE, INCLUDED_PART_GAP_RE, ITS_SUPPLEMENT_GAP_RE, STATE_BEFORE_NAME } from './clauses.patterns.js';
import { letterRe } from './letter-classes.js';
import { textIncludes } from './textIncludes.js';
import { DECISION_ANNEX_NOTE_RE } from './recognize/resolutions.patterns.js';
import { ADOPTED_TEXT_AND_GAP_RE, ADOPTION_ON_BEFORE_RE, FRAMEWORK_TO_OUTCOME_OF_SITTING_GAP_RE, NOTE_TITLE_OPENING_BEFORE_RE, REPORT_CHAPTER_ONE_END_RE, REPORT_CHAPTER_ONE_RESOLUTION_ANNEX_RE, REPORT_OWN_ANNEX_RE, SITTING_TO_TEXT_NOTE_MARK_RE, SYMBOL_TO_ADOPTION_DAY_GAP_RE, TEXT_ADOPTED_AT_SITTING_BEFORE_RE, TITLE_TO_SYMBOL_GAP_RE } from './recognize/frameworks.patterns.js';

type AttributionType = Attribution['type'];

/** Participles that attribute an event or initiative to the agents named after "by". */
const AGENT_VERB_RE =
  /\b(jointly\s+organi[sz]ed|co-organi[sz]ed|organi[sz]ed|convened|co-convened|hosted|co-hosted|led|co-led|facilitated|co-facilitated|coordinated|spearheaded|maintained|managed|administered|launched|initiated|introduced|established|developed|prepared|produced|published|run|chaired|co-chaired|held(?=\s+(?:by|under\s+the\s+auspices\s+of)\s))\b/g;
const VERB_TYPE: Record<string, AttributionType> = {
  'jointly organized': 'ORGANIZES', 'jointly organised': 'ORGANIZES', 'co-organized': 'ORGANIZES', 'co-organised': 'ORGANIZES',
  organized: 'ORGANIZES', organised: 'ORGANIZES', convened: 'ORGANIZES', 'co-convened': 'ORGANIZES',
  hosted: 'HOSTS', 'co-hosted': 'HOSTS',
  led: 'LEADS', 'co-led': 'LEADS', facilitated: 'LEADS', 'co-facilitated': 'LEADS', coordinated: 'LEADS', spearheaded: 'LEADS',
  maintained: 'LEADS', managed: 'LEADS', administered: 'LEADS', launched: 'LEADS', initiated: 'LEADS', established: 'LEADS', developed: 'LEADS', run: 'LEADS',
  // "the voluntary compact on preventing and addressing sexual exploitation and abuse introduced by the Secretary-General" (A/RES/78/188
  // OP38): a body leads what it introduced, as what it launched (a State proposing a text leads nothing: Places are no agents here)
  introduced: 'LEADS',
  // "the Global Report on Trafficking in Persons, prepared by the United Nations Office on Drugs and Crime" (A/RES/80/228 OP36,
  // 78/228, 79/154), "the World Wildlife Crime Report: ..., prepared by the United Nations Office on Drugs and Crime" (A/RES/78/229
  // PP73, 79/313): a report series is led by who prepares it (an initiative printed right before the participle only:
  // REPORT_PARTICIPLES)
  prepared: 'LEADS', produced: 'LEADS', published: 'LEADS',
  // "the fourteenth summit meeting of the Global Forum on Migration and Development, chaired by France" (A/RES/78/217 PP15), "the
  // Summit on Energy and Finance, chaired and convened by the Secretary-General" (79/196 PP13): who chairs a sitting leads it, as
  // "under the chairmanship of" reads (presidedSittingAttributions)
  chaired: 'LEADS', 'co-chaired': 'LEADS',
  // "the Caribbean regional seminar ..., held by the Special Committee in Caracas and hosted by ..." (A/RES/79/106 PP16):
  // a sitting held by a body (or "held under the auspices of" it: "the Tenth United Nations Conference on Competition and
  // Consumer Protection, to be held under the auspices of the United Nations Conference on Trade and Development", A/RES/80/121
  // OP43) is organized by it (read only when "by" or "under the auspices of" follows; an event only, see agentVerbAttributions)
  held: 'ORGANIZES',
};
/** participles said of who chairs a sitting or body (agentVerbAttributions) */
const CHAIR_VERBS = new Set(['chaired', 'co-chaired']);
/** before a sitting another is held beside: what a participle after it says is the other's (agentVerbAttributions) */
const IN_THE_MARGINS_OF_THE = 'margins of the ';
/** "developed" as an adjective: "least developed countries", "developed and developing countries". */
const DEVELOPED_ADJ_BEFORE_RE = /\b(?:least|less|more|most|newly|under|well)[\s-]+$/i;
const DEVELOPED_ADJ_AFTER_RE = /^\s+(?:and\s+developing\s+)?(?:country|countries|economies|economy|nations|partners|world|States|market)\b/;
/** Agents may be Organizations, or a country through "the Government of X". */
const AGENT_KINDS = new Set(['Organization', 'Place']);
/** What an agent leads/organizes/hosts. */
const ATTRIBUTED_KINDS = new Set(['Event', 'Initiative', 'ActionLine']);
const ORG_KIND = new Set(['Organization']);
const FRAMEWORK_KIND = new Set(['Framework']);
/** participles that attribute a framework to who launched it (agentVerbAttributions) */
const LAUNCH_VERBS = new Set(['launched', 'initiated', 'introduced']);
/** Verbs said of what lasts, not of a sitting: "the Expert Mechanism ..., established by the Human Rights Council"
 *  after "the eighth session of" it establishes the Mechanism, not the session. */
const STANDING_VERBS = new Set(['established', 'maintained', 'managed', 'administered', 'developed', 'prepared', 'produced', 'published']);
/** participles said of a report series only right after its name (", prepared by"): further off they are a document's */
const REPORT_PARTICIPLES = new Set(['prepared', 'produced', 'published']);
/** between a report series and such a participle: a comma, a footnote mark, a subtitle after a colon */
const REPORT_PARTICIPLE_GAP_RE = /^(?::\s[^,;:()“”]{1,120})?\s*(?:\d{1,3}\s*)?,?\s*(?:\d{1,3}\s*)?$/;
const STANDING_KINDS = new Set(['Initiative', 'ActionLine']);
/** Organizations that are also sittings: they are convened like events. */
const MEETING_BODY_RE = /\b(?:[Ff]orum|Conference|Summit|Assembly of States Parties|Meeting of States Parties)\b/;
/** Between a body and the participle "led" that says who leads it: a comma only ("the Inter-Agency Consultative Group ..., led by"),
 *  a footnote mark beside it ("the Inter-Agency Coordination Group on Mine Action, 3 chaired by", A/RES/78/70 PP14) and a relative
 *  "which is|was" after it ("the Explosive Ordnance Risk Education Advisory Group, which is co-chaired by", 78/70 PP29, 80/74). */
const LED_BODY_GAP_RE = /^(?:\d{1,3})?,(?:\s?\d{1,3})?\s(?:which\s(?:is|was)\s)?$/;
/** the participles of who leads or chairs a body named right before them (agentVerbAttributions) */
const BODY_LEADER_VERBS = new Set(['led', 'co-led', 'chaired', 'co-chaired']);
/** A body or facility may be hosted ("the African Space Agency, hosted by Egypt"), not organized. */
const HOSTED_KINDS = new Set(['Event', 'Initiative', 'ActionLine', 'Organization']);

/** between a name and a participle: " initiative and the programmes ", " and other activities ": a plural common noun joined
 *  after the name (its kind word aside), the participle's */
const COMMON_NOUN_JOINED_RE = /^(?:\s+[a-z]+)?\s+(?:and|or)\s+(?:the\s+|other\s+|all\s+)?(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s\s+$/;
/** ... joined bare, no article: " and implementation tools " */
const BARE_NOUN_JOINED_RE = /^\s+and\s+(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s\s+$/;
/** between a name and a participle: "... and of the road map on ...": another object of the verb before, a common noun (the gate
 *  string first) */
const AND_OF = ' and of ';
const UNNAMED_OBJECT_AFTER_AND_OF_RE = /\sand\s+of\s+(?:the|a|an|its|their)\s+[a-z]/;
/** A participle of its own between a verb and the "by" read for it. */
const OTHER_PARTICIPLE_RE = /,\s+(?:jointly\s+|co-)?(?:organi[sz]ed|convened|hosted|led|facilitated|coordinated|launched|chaired|supported|sponsored)\s*$/;
/** an agent's acronym in brackets after its name (its hyphen may be a non-breaking one: "(UN\u2011Women)", A/RES/80/186 OP9) */
const AGENT_ACRONYM_RE = /^\s\([A-Z][A-Za-z\u2010\u2011-]{1,15}\)/;
// ("launched by the Secretary-General jointly with the International Labour Organization", A/RES/78/164 OP17: both lead it)
// ("the biennial Global Report on Trafficking in Persons, prepared by the United Nations Office on Drugs and Crime pursuant to
// the Global Plan of Action", A/RES/80/9 annex OP25)
// ("the panel discussion organized by the President of the General Assembly held on 13 June 2016", A/RES/79/149 PP9: the
// sitting's own "held" with its date or venue, printed with no comma)
// ("Decides that the one-day high-level meeting on antimicrobial resistance to be convened by the President of the General
// Assembly shall be held at United Nations Headquarters", A/RES/78/269 OP1, 79/273, 80/150: the modalities texts' subject,
// its clause's modal verb after the agent; no name goes on with "shall" or "will")
const AGENT_END_RE = /^(?:\s*[,;.:)]|\s+(?:and|in|on|from|to|at|for|as|with|jointly|under|during|which|who|that|through|since|between|before|after|within|pursuant|no\s+later|not\s+later|held\s+(?:on|in|at|from)|shall|will)\b|\s*$)/;
const LIST_GAP_RE = new RegExp(`^\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*,?\\s*as\\s+well\\s+as\\s+|\\s+jointly\\s+with\\s+)${STATE_BEFORE_NAME}$`);
// ("held on Margarita Island, Bolivarian Republic of Venezuela" (A/RES/78/53 PP18): an island's "on", after "held" only)
// ("held online from Berlin, Germany, in 2021", A/RES/80/141 PP17, 78/156 PP13: the town the online sitting was hosted from)
// ("the XXVI Olympic Winter Games and the XV Paralympic Winter Games, to be held across the French Alps from 1 to 17 February ...",
// A/RES/80/8 PP20: Games held over a region's several towns, after "held" only)
const VENUE_GAP_RE = /(?:^|\s)(?:in\s+(?:the\s+)?(?:city\s+of\s+)?|at\s+(?:the\s+)?|(?<=\bheld\s+)(?:on|across\s+the)\s+|(?<=\bheld\s+online\s+)from\s+)$/;

/** The word before a "by": a participle ("issued", "adopted", "submitted") that is not one AGENT_VERB_RE reads. */
const PARTICIPLE_BEFORE_BY_RE = /(?:^|\s)([a-z-]+ed)\s*$/;
const AGENT_PARTICIPLE_RE = /^(?:jointly\s+|co-)?(?:organi[sz]ed|convened|hosted|led|facilitated|coordinated|spearheaded|maintained|managed|administered|launched|initiated|introduced|established|developed)$/;

const JOINED_PARTICIPLE_RE = /^\s+and\s+[a-z-]+ed\s*$/;

function isOtherParticipleBefore(rest: string, byIndex: number): boolean {
  const w = PARTICIPLE_BEFORE_BY_RE.exec(rest.slice(Math.max(0, byIndex - 24), byIndex));
  return w !== null && !AGENT_PARTICIPLE_RE.test(w[1]!);
}

function sameClause(text: string, from: number, to: number): boolean {
  return from <= to && !/[;]|\.\s/.test(text.slice(from, to));
}

/** before the first agent: "", "the ", "the Government of (the) " */
const FIRST_AGENT_GAP_RE = new RegExp(`^\\s*${STATE_BEFORE_NAME}$`);
/**
 * before a country printed with its formal style: "organized by the Kingdom of Saudi Arabia in collaboration with the United
 * Nations Industrial Development Organization" (A/RES/79/222 OP27; the place read is "Saudi Arabia"): the State acting, as
 * "the Government of" prints it
 */
const STATE_OF_GAP_RE = /^\s*(?:the\s+)?(?:Kingdom|Sultanate|Principality|State|Republic)\s+of\s+(?:the\s+)?$/;
/** The agents listed from `pos` on: "the Union, UNESCO, UNDP and UNCTAD". */
function agentsFrom(text: string, mentions: EntityMention[], startIdx: number, pos: number, listed = false): { agents: EntityMention[]; end: number; governments: Set<EntityMention> } {
  const agents: EntityMention[] = [];
  /** places printed as "the Government of X": a country acting, which may organize or lead as well as host */
  const governments = new Set<EntityMention>();
  let end = pos;
  for (let i = startIdx; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start < end) continue;
    if (!AGENT_KINDS.has(m.kind)) break;
    const gap = text.slice(end, m.start);
    if (agents.length === 0 ? !(FIRST_AGENT_GAP_RE.test(gap) || (m.kind === 'Place' && STATE_OF_GAP_RE.test(gap))) : !LIST_GAP_RE.test(gap)) break;
    // "..., the Stop TB Partnership, hosted by the United Nations Office for Project Services, UNITAID, hosted by the World
    // Health Organization, and the Global Fund to Fight AIDS, Tuberculosis and Malaria" (A/RES/73/3 OP52, 78/5): what the
    // participle is said of is an item of a longer list, whose next item a comma opens; and a name a comma follows with a
    // participle and "by" of its own is what that participle is said of, no agent of this one
    if (agents.length > 0 && gap.includes(',') && (listed || PARTICIPLE_BY_AFTER_RE.test(text.slice(m.end, m.end + 40)))) break;
    // "the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women) and ...": its acronym after it
    const acronym = text.charCodeAt(m.end + 1) === 40 ? AGENT_ACRONYM_RE.exec(text.slice(m.end, m.end + 24)) : null;
    const after = acronym ? m.end + acronym[0].length : m.end;
    // "hosted by the Department of Economic and Social Affairs of the Secretariat" (A/RES/80/173 OP100): the body it is part
    // of, printed after it, is no agent of its own
    const owner = OWNER_GAP_AT_RE.test(text.slice(after, after + 9)) ? ownerAfter(text, mentions, i, after) : undefined;
    // "United Nations World Summit action line facilitators": the agent is a longer, unrecognised name
    if (owner === undefined && !AGENT_END_RE.test(text.slice(after, after + 20))) break;
    if (owner !== undefined && !AGENT_END_RE.test(text.slice(owner.end, owner.end + 20))) break;
    agents.push(m);
    if (m.kind === 'Place' && (GOVERNMENTS_OF_END_RE.test(gap) || (agents.length === 1 && STATE_OF_GAP_RE.test(gap)))) governments.add(m);
    end = owner?.end ?? after;
  }
  return { agents, end, governments };
}

/** ", hosted by": a participle of its own, with its "by", after a name */
const PARTICIPLE_BY_AFTER_RE = /^,\s+(?:jointly\s+|co-)?(?:organi[sz]ed|convened|hosted|led|facilitated|coordinated|launched)\s+by\s/;
/** ", the " or ", and the " before a name: an item of a list (names, or words as "United Nations regional commissions, the") */
const LIST_ITEM_BEFORE_RE = /\w,\s+(?:and\s+)?(?:the\s+)?$/;

/** " of the " after a body's name: the body it belongs to may follow */
const OWNER_GAP_AT_RE = /^\s+of\s+the\s+/;
/** The organization printed right after mentions[i] and " of the " ("... of the Secretariat"), or undefined. */
function ownerAfter(text: string, mentions: EntityMention[], i: number, after: number): EntityMention | undefined {
  const o = mentions[i + 1];
  return o !== undefined && o.kind === 'Organization' && /^\s+of\s+the\s+$/.test(text.slice(after, o.start)) ? o : undefined;
}

/** the index of the first of `mentions` (sorted by start) that starts at or after `pos` (binary search) */
function firstMentionAtOrAfter(mentions: readonly EntityMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The nearest event/initiative before `pos` in the same clause. */
function attributedBefore(text: string, mentions: EntityMention[], pos: number, kinds = ATTRIBUTED_KINDS): EntityMention | undefined {
  for (let i = firstMentionAtOrAfter(mentions, pos) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end > pos) continue;
    if (!sameClause(text, m.end, pos) || pos - m.end > 300) return undefined;
    if (kinds.has(m.kind)) return m;
  }
  return undefined;
}

/** A Date mention's ISO date: its `iso` attribute, else its key's. */
function dateMentionIso(d: EntityMention): string {
  return typeof d.attrs.iso === 'string' ? d.attrs.iso : d.key.slice(d.key.indexOf(':') + 1);
}

/**
 * Between a session and the days it is to resume on: "to adjourn its second regular session and to resume the session for a
 * duration of two days, on 29 and 30 May 2025" (A/RES/79/214 OP3): the resumed part's days, not the session's first.
 */
const RESUME_THE_SESSION_GAP_RE = /\bto\s+resume\s+the\s+session\b[^;]*$/;

/** between a proclaimed year and the Year's name: "2025 the International Year", "2027 as the International Year" */
const YEAR_BEFORE_GAP_RE = /^\s+(?:as\s+)?(?:the\s+)?$/;

/** before a proclaimed period's first day: "the 10-year period beginning on ", "the year beginning on " */
const PERIOD_BEGINNING_ON_BEFORE_RE = /\b(?:period|year)\s+(?:beginning|commencing|starting)\s+on\s+$/;

/**
 * between a proclaimed period's first and last days: "commencing on 1 January 2025 and ending on 31 December 2034" (A/RES/79/193
 * OP1, 78/323 PP7), two single dates the date scan reads as no range
 */
const AND_ENDING_ON_GAP_RE = /^\s+and\s+ending\s+on\s+$/;

/** The year, or range of years, printed right before the Year or Decade at sorted[i]: its STARTS_ON (and ENDS_ON). */
function proclaimedYears(text: string, sorted: readonly EntityMention[], i: number, push: (type: AttributionType, source: string, target: string, start: number, end: number) => void): void {
  const ev = sorted[i]!;
  const d = sorted[i - 1]!;
  if (d.kind !== 'Date' || !YEAR_BEFORE_GAP_RE.test(text.slice(d.end, ev.start))) return;
  if (d.attrs.month !== undefined) {
    // "by which it proclaimed the 10-year period beginning on 1 January 2003 the United Nations Literacy Decade" (A/RES/79/151
    // PP1), "in which it proclaimed the year beginning on 1 January 2019 the International Year of Indigenous Languages": the
    // first day of the period printed before the name
    if (d.attrs.role === undefined && PERIOD_BEGINNING_ON_BEFORE_RE.test(text.slice(Math.max(0, d.start - 60), d.start))) push('STARTS_ON', ev.key, d.key, d.start, ev.end);
    return;
  }
  // a range: one span with two dates ("2021–2030"), or "from 2025 to 2034" read as two years
  const from = i > 1 ? sorted[i - 2] : undefined;
  const range =
    from?.kind === 'Date' &&
    ((d.attrs.role === 'end' && from.attrs.role === 'start' && from.start === d.start) ||
      (d.attrs.role === undefined && from.attrs.role === undefined && from.attrs.month === undefined && /^\s+to\s+$/.test(text.slice(from.end, d.start))));
  const first = range ? from! : d;
  // a known edition that starts another year is not the one printed ("the Decade of Action" read as the last Decade named)
  if (typeof ev.attrs.startDate === 'string' && ev.attrs.startDate.slice(0, 4) !== String(first.attrs.year)) return;
  if (range) {
    push('STARTS_ON', ev.key, first.key, first.start, ev.end);
    push('ENDS_ON', ev.key, d.key, d.start, ev.end);
  } else if (d.attrs.role === undefined) push('STARTS_ON', ev.key, d.key, d.start, ev.end);
}

/** between a decade's name and its years: " (", ", ", " " ("the United Nations Decade of Sustainable Transport 2026–2035 at
 *  United Nations Headquarters", A/RES/80/132 OP1) */
const YEARS_AFTER_GAP_RE = /^\s*[(,]?\s*$/;

/** The range of years printed right after the event at sorted[i] ("... Family Farming (2019–2028)"): its STARTS_ON and ENDS_ON. */
function yearsAfterName(text: string, sorted: readonly EntityMention[], i: number, push: Push): void {
  const ev = sorted[i]!;
  const from = sorted[i + 1]!;
  const until = sorted[i + 2]!;
  if (from.attrs.role !== 'start' || from.attrs.month !== undefined || until.kind !== 'Date' || until.attrs.role !== 'end' || until.start !== from.start) return;
  // (or the years that end the decade's name as printed: "the Decade of Action for Road Safety 2021–2030")
  const ending = from.start > ev.start && until.end === ev.end && ev.attrs.eventKind === 'decade';
  if (!ending && (from.start < ev.end || !YEARS_AFTER_GAP_RE.test(text.slice(ev.end, from.start)))) return;
  // a known decade that starts another year is not the one printed
  if (typeof ev.attrs.startDate === 'string' && ev.attrs.startDate.slice(0, 4) !== String(from.attrs.year)) return;
  push('STARTS_ON', ev.key, from.key, from.start, from.end);
  push('ENDS_ON', ev.key, until.key, until.start, until.end);
  // (the first of two decades printed under one plural noun shares the years: "the United Nations Decades of Ocean Science for
  // Sustainable Development and on Ecosystem Restoration (2021–2030)", A/RES/79/314 annex OP30 (c), ellipticalPairs' two)
  const pair = i > 0 ? sorted[i - 1]! : undefined;
  if (ending || pair?.kind !== 'Event' || pair.attrs.eventKind !== 'decade' || ev.attrs.eventKind !== 'decade' || !ELLIPTICAL_PAIR_GAP_RE.test(text.slice(pair.end, ev.start))) return;
  if (typeof pair.attrs.startDate === 'string' && pair.attrs.startDate.slice(0, 4) !== String(from.attrs.year)) return;
  push('STARTS_ON', pair.key, from.key, from.start, from.end);
  push('ENDS_ON', pair.key, until.key, until.start, until.end);
}

/** between the two names of an elliptical pair, the second's head words left out: " and " ("Decades of ... Development and on ...") */
const ELLIPTICAL_PAIR_GAP_RE = /^\s+and\s+$/;

/**
 * The period a Year or Decade was declared for, printed after a participle: "the International Hydrological Decade, declared by
 * the United Nations Educational, Scientific and Cultural Organization for the period 1965–1974" (A/RES/78/321 PP5), "the Five
 * Years of Action for the Development of Mountain Regions proclaimed for the period 2023–2027" (A/RES/78/147): its STARTS_ON
 * and ENDS_ON, as a range right after the name is (yearsAfterName).
 */
function periodDeclaredFor(text: string, sorted: readonly EntityMention[], i: number, push: Push): void {
  const ev = sorted[i]!;
  let j = i + 1;
  const next = sorted[j]!;
  if (next.kind === 'Organization' && PERIOD_DECLARED_BY_GAP_RE.test(text.slice(ev.end, next.start))) {
    j++;
    if (j >= sorted.length || !FOR_THE_PERIOD_GAP_RE.test(text.slice(next.end, sorted[j]!.start))) return;
  } else if (!PERIOD_DECLARED_FOR_GAP_RE.test(text.slice(ev.end, next.start))) return;
  const from = sorted[j];
  const until = sorted[j + 1];
  if (from?.kind !== 'Date' || until?.kind !== 'Date' || from.attrs.role !== 'start' || until.attrs.role !== 'end' || from.attrs.month !== undefined || until.start !== from.start) return;
  // a known decade that starts another year is not the one printed
  if (typeof ev.attrs.startDate === 'string' && ev.attrs.startDate.slice(0, 4) !== String(from.attrs.year)) return;
  push('STARTS_ON', ev.key, from.key, from.start, from.end);
  push('ENDS_ON', ev.key, until.key, until.start, until.end);
}

/** How far after an event its venue and dates may be printed (agents lists are long). */
const EVENT_WINDOW = 400;

// (a lower-case summit or conference too: "sixteenth extraordinary summit of the African Union", sittingsAfterOrganization)
// ("fourth meeting of senior officials of the <body>": officialsMeetingsOfBodies; "fifty-sixth meeting of the Ministers for Foreign
// Affairs of the <body>": ministersMeetingsOfBodies, the body's, not its ministers')
// ("the high-level debate of the General Assembly held on 15 June 2023 on the theme ...", A/RES/78/112 PP12: a debate of a body is
// a sitting of it, as its meeting is)
const ORG_OWNER_RE = /^(?:.*?)\b(?:session|meeting|segment|summit|conference|retreat|debate)\s+of\s+(?:senior\s+officials\s+of\s+|the\s+Ministers\s+(?:for|of)\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}\s+of\s+)?the\s+(.+)$/;
const ASSEMBLY_OF = 'General Assembly of the ';
const GOVERNING_COUNCIL_OF = 'Governing Council of the ';
/** an organ's two names joined by a slash, then its owner: "Governing Council/Global Ministerial Environment Forum| of the ..." */
const ORGAN_SLASH_SECOND_NAME_RE = /^([A-Z][a-z]+(?: [A-Z][a-z]+){0,3})\/[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,5}( of the [A-Z].*)$/;
/** an organization's governing Conference: "Conference of the Food and Agriculture Organization of the United Nations" */
const CONFERENCE_OF = 'Conference of the ';
/** an organization's Ministerial Conference, the series of its numbered sittings: "Ministerial Conference of the World Trade Organization" */
const MINISTERIAL_CONFERENCE_OF = 'Ministerial Conference of the ';
const GENERAL_ASSEMBLY = 'General Assembly';
/** the Assembly's name followed by the topic of its special session (specialSessionsByTopic in the entity scan) */
const ASSEMBLY_TOPIC_RE = /^General Assembly (?:against|in response to) /;
/** a sitting of a numbered body printed with no article: "fifty-first session of Working Group III" (group 1: the body) */
const BARE_NUMBERED_OWNER_RE = /\b(?:session|meeting)\s+of\s+((?:[A-Z][\w-]*\s+){1,3}(?:[IVX]{1,4}|\d{1,2}))$/;
/** the last characters of a numbered body's name: I, V, X and the digits */
const NUMBERED_END_CODES: ReadonlySet<number> = new Set([73, 86, 88, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57]);

/** A sitting named by the body that holds it: "Twelfth Ministerial Conference of the World Trade Organization". */
const SITTING_HEAD_RE = /\b(?:Summit|Conference|Meeting|Forum|Congress)\b/;

/**
 * The owner's key as one of `mentions` has it: a generic name ("the Coordination Group", "the Preparatory
 * Committee") is keyed with whose it is ("Coordination Group (A/RES/78/228)"), and "the third meeting of the Coordination
 * Group" is organized by that node, not by one of the bare name no mention has. (Also used by extract.ts for the
 * bodies nested inside a sitting's name.)
 */
export function qualifiedAsMentioned(owner: string, mentions: readonly EntityMention[]): string {
  for (const m of mentions) {
    if (m.kind === 'Organization' && m.key.length > owner.length + 2 && m.key.charCodeAt(owner.length) === 32 && m.key.startsWith(owner)) {
      if (m.key.charCodeAt(owner.length + 1) === 40 /* ( */) return m.key;
      // "the nineteenth meeting of the Ad Hoc Working Group" after "the Ad Hoc Working Group of the Whole on the Regular
      // Process ..." (A/RES/78/69 OP318): the generic name printed so is keyed with the body named in full before it
      if (owner.endsWith(m.phrase) && owner.charCodeAt(owner.length - m.phrase.length - 1) === 58 /* : */) return m.key;
    }
  }
  return owner;
}

/** An organization's own governing organ, printed with its owner, and how the organ is tied to that owner. */
interface OrganOfOwner {
  /** the organ's key: an Organization, or an Event when the scan keys the organ as the series of its sessions */
  organ: string;
  /** PART_OF for an Organization organ; SESSION_OF for a series Event (as a Conference of the Parties is its treaty's) */
  link: 'PART_OF' | 'SESSION_OF';
  owner: string;
}
/**
 * "General Assembly of the World Tourism Organization", "General Assembly of the International Criminal Police Organization":
 * the organization's Assembly, an Organization PART_OF it; "Conference of the Food and Agriculture Organization of the United
 * Nations": its Conference, which the scan keys as an Event (STANDING_CONFERENCE_RE), SESSION_OF it; "Ministerial Conference of
 * the World Trade Organization": its Ministerial Conference, the series Event the scan keys when printed alone (bareWtoSitting),
 * SESSION_OF it. Only when the owner is a known organization (not "the General Assembly of the United Nations": the Assembly itself).
 */
function organOfOwner(name: string): OrganOfOwner | undefined {
  // (and a programme's Governing Council, an Organization too: "the Governing Council of the United Nations Environment Programme",
  // whose twenty-seventh session A/RES/79/212 PP14 names)
  const organizationOrgan = name.startsWith(ASSEMBLY_OF) || name.startsWith(GOVERNING_COUNCIL_OF);
  const prefix = name.startsWith(ASSEMBLY_OF) ? ASSEMBLY_OF : name.startsWith(GOVERNING_COUNCIL_OF) ? GOVERNING_COUNCIL_OF : name.startsWith(CONFERENCE_OF) ? CONFERENCE_OF : name.startsWith(MINISTERIAL_CONFERENCE_OF) ? MINISTERIAL_CONFERENCE_OF : undefined;
  if (prefix === undefined) return undefined;
  const parent = name.slice(prefix.length);
  const entry = entryByName('Organization', parent);
  if (!entry) return undefined;
  const owner = nodeKey('Organization', normaliseName(entry.name));
  if (owner === UNITED_NATIONS_KEY) return undefined;
  if (organizationOrgan) return { organ: nodeKey('Organization', normaliseName(name)), link: 'PART_OF', owner };
  return { organ: eventKey(name), link: 'SESSION_OF', owner };
}
const UNITED_NATIONS_KEY = 'Organization:United Nations';
const KIND_SEPARATOR = ':';
/** The owner's link of an organ a sitting is SESSION_OF (organOfOwner), read back from the organ's key. */
function organLinkOf(organKey: string): OrganOfOwner | undefined {
  const organ = organOfOwner(organKey.slice(organKey.indexOf(KIND_SEPARATOR) + 1));
  return organ?.organ === organKey ? organ : undefined;
}

const SESSION_OF_THE = ' session of the ';
/** an owner that is itself a body's session, "sixtieth session of the ", "seventy-ninth regular session of the " (lowercase: not a name),
 *  or one named by its year, "2023 session of the " (A/RES/78/162 PP11: the Council's segment of that session) */
const SESSION_AS_OWNER_RE = /^(?:[a-z][a-z-]*|(?:19|20)\d\d) (?:(?:regular|special|resumed|substantive|organizational|annual) )?session of the /;
// Tried in session 49 (spd49b), not kept: ownerOrgKey remembered per event name (memoByName; ~0.8% of a one-thread CPU profile
// of corpus-ga, under eventAttributions). bench:instructions --step 30: 6,725,830,506 -> 6,727,227,620 (+0.02%): its regex and
// gazetteer lookups cost no more than the Map's hashing of the name.
function ownerOrgKey(eventName: string): string | undefined {
  const m = ORG_OWNER_RE.exec(eventName);
  if (!m) {
    // "the forty-fourth Conference of the Food and Agriculture Organization of the United Nations" (A/RES/80/133 PP10): a session
    // of that organization's Conference, the series Event (organOfOwner), as "the forty-third session of the Conference of ..."
    const edition = NUMBERED_ORGAN_CONFERENCE_RE.exec(eventName);
    const conference = edition ? organOfOwner(edition[1]!) : undefined;
    if (conference) return conference.organ;
    // "fifty-first session of Working Group III": a numbered body printed with no article holds it (a character test first:
    // the name ends in a roman numeral or digit)
    const bare = NUMBERED_END_CODES.has(eventName.charCodeAt(eventName.length - 1)) ? BARE_NUMBERED_OWNER_RE.exec(eventName) : null;
    if (bare) return nodeKey('Organization', bare[1]!);
    return (SITTING_HEAD_RE.test(eventName) ? knownOwnerAfterOf(eventName) : undefined) ?? knownOwnerBefore(eventName) ?? numberedSittingOwner(eventName);
  }
  let owner = m[1]!;
  // "high-level plenary meeting of the sixtieth session of the General Assembly" (A/RES/78/111 PP13): a meeting of a body's
  // session is the body's, not organized by a body named "sixtieth session of the General Assembly"
  if (owner.includes(SESSION_OF_THE) && SESSION_AS_OWNER_RE.test(owner)) return ownerOrgKey(owner);
  // "fourth special session of the General Assembly devoted to disarmament": the Assembly's; what it is devoted to is
  // no part of the owner's name
  const devoted = owner.indexOf(' devoted to ');
  if (devoted > 0) owner = owner.slice(0, devoted);
  // "twenty-seventh session of the Governing Council/Global Ministerial Environment Forum of the United Nations Environment
  // Programme" (A/RES/79/212 PP14, 78/158 PP14): the organ printed with its second name after a slash is the organ of that owner,
  // "Governing Council of the United Nations Environment Programme" (a string test before the regex)
  if (owner.includes('/')) {
    const organ = ORGAN_SLASH_SECOND_NAME_RE.exec(owner);
    if (organ) owner = organ[1]! + organ[2]!;
  }
  // "special session of the General Assembly against corruption", "... in response to the COVID-19 pandemic" (A/RES/79/190,
  // 79/333): the Assembly's; the topic is no part of its name (only the Assembly: "the Committee against Torture" is a name)
  if (ASSEMBLY_TOPIC_RE.test(owner)) owner = GENERAL_ASSEMBLY;
  // "twenty-fifth session of the General Assembly of the World Tourism Organization", "the forty-third session of the Conference
  // of the Food and Agriculture Organization of the United Nations": the session of the organ, which is the owner's
  // (organOfOwner; lead's ruling, session 53: session -> organ -> owner, as "the 144th session of the Council of the FAO")
  const organ = organOfOwner(owner);
  if (organ) return organ.organ;
  if (!entryByName('Organization', owner) && / on /.test(owner)) {
    const short = owner.slice(0, owner.indexOf(' on '));
    const rest = owner.slice(owner.indexOf(' on ') + 4);
    if (entryByName('Organization', short)) owner = short;
    else if (/^(?:the\s+)?[A-Z]/.test(rest)) {
      // "session of the Committee on Fisheries", "of the Commission on the Limits of the Continental
      // Shelf": the name goes on past "on" (cut there it was a bare "Committee", a node of its own);
      // "meeting of the Assembly on HIV and AIDS": the Assembly holds meetings on a subject, and a
      // bare "Assembly" or "Council" does not say which
      if (short === 'Assembly' || short === 'Council') return undefined;
    } else if (!/ on /.test(rest)) owner = short;
  }
  if (entryByName('Organization', owner)) return nodeKey('Organization', normaliseName(owner));
  if (entryByName('Event', owner) || entryByName('Initiative', owner)) return undefined;
  // "session of the Expert Mechanism on ...", "meeting of the School Meals Coalition": an initiative's sitting
  // (its name's last head is an initiative's) is not organized by an Organization of that name
  // (a mechanism of experts or investigators is a body, as the entity scan reads it: "the eleventh session of the Expert Mechanism
  // on the Right to Development", A/RES/80/207 OP12, 79/170, 78/203)
  const words = owner.split(' ');
  const stop = words.findIndex((w, i) => i > 0 && (w === 'on' || w === 'for' || w === 'of' || w === 'to'));
  for (let i = (stop < 0 ? words.length : stop) - 1; i >= 0; i--) {
    if (INITIATIVE_HEADS.has(words[i]!) && !(i > 0 && words[i] === MECHANISM && BODY_MECHANISM_WORDS.has(words[i - 1]!))) return undefined;
    if (ORG_HEADS.has(words[i]!)) break;
  }
  const head = owner.split(' ').find((w) => ORG_HEADS.has(w));
  return head ? nodeKey('Organization', keyCase(normaliseName(owner))) : undefined;
}

// ("Platform": "the seventh session of the Global Platform for Disaster Risk Reduction in Bali", A/RES/78/152 OP61, OP62 "the eighth
// session", 78/280 PP24: the Platform an Initiative by its head, initiatives.patterns.ts)
/** the heads of an initiative whose members meet in sittings of their own: "the first global summit of the School Meals Coalition" */
const MEETING_INITIATIVE_HEADS: ReadonlySet<string> = new Set(['Coalition', 'Alliance', 'Partnership', 'Initiative', 'Network', 'Platform']);
/**
 * The initiative a sitting is of, when ownerOrgKey names no body: "the first global summit of the School Meals Coalition" (A/RES/
 * 79/276 PP5, 78/156 PP18, 79/227, 80/141, 80/157) is SESSION_OF the Coalition, an Initiative (gold 79/276; the lead's ruling of
 * session 53 for a named organ's numbered sitting). Only a gazetteer Initiative or a name whose last head is a coalition's,
 * alliance's, partnership's, initiative's or network's, not a gazetteer Event.
 */
function sittingInitiativeKey(eventName: string, sorted: readonly EntityMention[]): string | undefined {
  const m = ORG_OWNER_RE.exec(eventName);
  if (!m) return mentionedInitiativeOwner(eventName, sorted);
  if (entryByName('Event', m[1]!)) return undefined;
  const owner = m[1]!;
  // an initiative the gazetteer knows, whatever its head: "the nineteenth plenary meeting of the Kimberley Process" (A/RES/78/270
  // PP26, OP6, 79/275 PP28: its plenary meetings, the Process an Initiative with no body's head)
  if (entryByName('Initiative', owner)) return nodeKey('Initiative', keyCase(normaliseName(owner)));
  const head = lastHeadOfOwner(owner);
  return head !== undefined && MEETING_INITIATIVE_HEADS.has(head) ? nodeKey('Initiative', keyCase(normaliseName(owner))) : undefined;
}

/** a sitting whose name prints its kind capitalised: "Eighth Steering Committee Meeting of the <owner>" (group 1 the owner) */
const CAPITAL_SITTING_OWNER_RE = /\b(?:Meeting|Session|Summit|Conference)\s+of\s+the\s+(.+)$/;
/**
 * The initiative a sitting whose name prints "Meeting" capitalised is of, when the paragraph names that owner as an Initiative:
 * "the Samarkand Resolution ..., adopted at the eighth Steering Committee Meeting of the Global Snow Leopard and Ecosystem
 * Protection Programme" (A/RES/79/143 PP9, the Programme listed among the regional initiatives): sittingInitiativeKey for the
 * names ORG_OWNER_RE (lowercase kinds) does not read.
 */
function mentionedInitiativeOwner(eventName: string, sorted: readonly EntityMention[]): string | undefined {
  const m = CAPITAL_SITTING_OWNER_RE.exec(eventName);
  if (!m) return undefined;
  const key = nodeKey('Initiative', keyCase(normaliseName(m[1]!)));
  return sorted.some((o) => o.kind === 'Initiative' && o.key === key) ? key : undefined;
}

/**
 * The last word of a sitting owner's head, before its first "on", "for", "of" or "to" ("Coalition" in "School Meals Coalition",
 * "Forum" in "World Urban Forum on ..."): what kind of thing owns the sitting (sittingInitiativeKey, numberedForumSeriesKey).
 * Undefined for a lower-case name or two owners joined by "and".
 */
function lastHeadOfOwner(owner: string): string | undefined {
  const words = owner.split(' ');
  if (!isAsciiCapital(owner.charCodeAt(0)) || words.includes('and')) return undefined;
  const stop = words.findIndex((w, i) => i > 0 && (w === 'on' || w === 'for' || w === 'of' || w === 'to'));
  return words[(stop < 0 ? words.length : stop) - 1];
}

/** a numbered session of a body: "thirteenth session of the " (the ordinal first, then the noun) */
const NUMBERED_SESSION_OF_RE = new RegExp(`^(?:${ORDINAL_SOURCE}) session of the (.+)$`);
/**
 * The standing forum a numbered session is of, when no body of that name is known: "the thirteenth session of the World Urban
 * Forum, to be hosted by Azerbaijan" (A/RES/80/3 annex para. 12; 79/214 PP22 "the twelfth session of the Forum"): the forum the
 * scan keys as an Event (the series of its sessions) holds it, SESSION_OF it (the lead's ruling of sessions 53-54 for a named
 * organ's numbered sitting when the organ is a series Event). Only a name whose last head is "Forum" (before "on", "for", "of",
 * "to"; lastHeadOfOwner), as sittingInitiativeKey reads an initiative's. So for an organization's standing conference the scan
 * keys as the series of its sessions: "the Global Jobs Pact adopted by the International Labour Conference at its ninety-eighth
 * session" (A/RES/78/164 OP, 79/217 PP26, 79/221; lead's ruling, sessions 53 and 64) is SESSION_OF the Conference.
 */
function numberedForumSeriesKey(eventName: string): string | undefined {
  const m = NUMBERED_SESSION_OF_RE.exec(eventName);
  if (!m) return undefined;
  const owner = m[1]!;
  if (SESSION_NUMBERED_CONFERENCES.has(owner)) return eventKey(owner);
  // (not a forum printed as its owner's organ, "the Governing Council/Global Ministerial Environment Forum of the United Nations
  // Environment Programme" (A/RES/78/69): the organ's session, which the organ rules read)
  if (owner.includes('/') || owner.includes(' of the ')) return undefined;
  return lastHeadOfOwner(owner) === FORUM_HEAD ? eventKey(owner) : undefined;
}
const FORUM_HEAD = 'Forum';
/** a lower-case ordinal opening a sitting's name (entityScan numberedSittingsOfShortSeries prints it so) */
const LOWER_ORDINAL_HEAD_RE = new RegExp(`^(?:${ORDINAL_SOURCE}) `);
/** the same ordinal capitalised, as keyCase prints a sitting's name ("Tenth World Water Forum") */
const CAPITAL_ORDINAL_HEAD_RE = new RegExp(`^(?:${ORDINAL_SOURCE}) `, 'i');
/**
 * "taking note of the sixth consultative meeting, held in Astana" after "regular consultative meetings of the Central Asian Heads of
 * State" (A/RES/79/268 PP7): the numbered sitting the scan names "<ordinal> <series>" from the series' short form is SESSION_OF that
 * series, a gazetteer Event (as a numbered session of a standing forum is, numberedForumSeriesKey; lead's ruling, session 55).
 */
function numberedShortSeriesKey(eventName: string): string | undefined {
  const m = LOWER_ORDINAL_HEAD_RE.exec(eventName);
  if (!m) return capitalNumberedForumKey(eventName);
  const entry = entryByName('Event', eventName.slice(m[0].length));
  return entry?.attrs?.series === true ? eventKey(entry.name) : undefined;
}
/**
 * A standing forum's numbered sitting the scan keys with its ordinal capitalised: "the outcomes of the tenth World Water Forum, held
 * in Bali" (A/RES/78/327 PP17) is SESSION_OF the Forum (lead's ruling, session 55). Forums only: a summit or conference series the
 * gazetteer keys by the edition the texts mean ("the first SDG Summit", 78/1 annex, beside the 2023 Summit's node) is not.
 */
function capitalNumberedForumKey(eventName: string): string | undefined {
  const m = CAPITAL_ORDINAL_HEAD_RE.exec(eventName);
  const entry = m ? entryByName('Event', eventName.slice(m[0].length)) : undefined;
  return entry?.attrs?.series === true && entry.attrs.eventKind === 'forum' ? eventKey(entry.name) : undefined;
}

/** a sitting of two bodies ("summit of the Heads of State and Government of the <body> and the <body>") */
const JOINT_OWNERS_RE = /\b(?:summit|meeting|session|conference)\s+of\s+(?:the\s+)?(?:Heads\s+of\s+State\s+and\s+Government\s+of\s+)?the\s+(.+?)\s+and\s+the\s+(.+)$/;
/**
 * The two bodies a joint sitting is of, both known: "the joint summit of the Heads of State and Government of the Economic
 * Community of West African States and the Economic Community of Central African States" (A/RES/79/68 OP15, 80/63, 78/59):
 * both organized it. Empty unless both are known bodies (ownerOrgKey reads one owner only).
 */
function jointOwnerKeys(eventName: string): string[] {
  const m = JOINT_OWNERS_RE.exec(eventName);
  if (!m) return [];
  const keys: string[] = [];
  for (const [n, name] of [m[1]!, m[2]!].entries()) {
    // (the second body's name runs on to the sitting's topic: "joint ad hoc meeting of the First Committee and the Special
    // Political and Decolonization Committee on possible challenges to space security and sustainability", A/RES/78/52 OP7)
    const on = n === 1 ? name.indexOf(' on ') : -1;
    const entry = entryByName('Organization', name) ?? (on > 0 ? entryByName('Organization', name.slice(0, on)) : undefined);
    if (!entry) return [];
    keys.push(nodeKey('Organization', normaliseName(entry.name)));
  }
  return keys;
}

/**
 * "the World Telecommunication Development Conference of the International Telecommunication Union": a sitting's
 * name printed with "of the" and the body that holds it, which the name reader kept apart (the gazetteer knows the
 * conference's own name). Only a sitting head, only a body named by its name or acronym right after "of (the)".
 */
const OF_THE_GAP_RE = /^\s+of\s+(?:the\s+)?$/;
/** after a programme's name: its closing quote and kind word, then " of the "; or a bare name's lowercase kind word ("the Health
 *  Care in Danger project of the International Red Cross and Red Crescent Movement", A/RES/78/119 PP31, 79/140 PP34) */
const QUOTED_KIND_OF_THE_GAP_RE = /^(?:[\u201D"]\s+(?:campaign|initiative|programme|platform)|\s+(?:campaign|initiative|project|partnership))\s+of\s+(?:the\s+)?$/;
/** after a programme's name: its subtitle set off by a colon, then " of the " ("the Joint Programme on the Elimination of Female
 *  Genital Mutilation: Delivering the Global Promise to End Female Genital Mutilation by 2030 of the United Nations Population
 *  Fund and the United Nations Children's Fund", A/RES/79/153 PP19, OP22) */
const SUBTITLE_OF_THE_GAP_RE = /^:\s+[A-Z][^;:,()\u201C\u201D"]{2,100}?\s+of\s+(?:the\s+)?$/;
/** after a programme's name: its period in brackets, then " of the " ("the Global Programme on Preventing and Countering
 *  Terrorism (2022–2027) of the United Nations Office on Drugs and Crime", A/RES/78/226 PP19) */
const PERIOD_OF_THE_GAP_RE = /^\s\((?:19|20)\d\d\s?[\u2013-]\s?(?:19|20)?\d\d\)\s+of\s+(?:the\s+)?$/;
/** What may stand between an initiative and the body printed after it as its owner. */
function ownerGapAfterInitiative(gap: string): boolean {
  if (gap.length <= 24) return OF_THE_GAP_RE.test(gap) || QUOTED_KIND_OF_THE_GAP_RE.test(gap) || (gap.charCodeAt(1) === 40 /* ( */ && PERIOD_OF_THE_GAP_RE.test(gap));
  return gap.length <= 120 && gap.charCodeAt(0) === 58 /* : */ && SUBTITLE_OF_THE_GAP_RE.test(gap);
}
const MECHANISM = 'Mechanism';
/** the words before "Mechanism" that make it a body of people (entityScan.ts reads the same as an Organization) */
const BODY_MECHANISM_WORDS: ReadonlySet<string> = new Set(['Expert', 'Investigative', 'Independent', 'Residual']);
/** one space (or a line break) between a body's name and the name of its programme or sitting */
const OWNER_SPACE_RE = /^\s$/;
/** a possessive between a body's name and its programme's: "the Secretary-General’s Early Warnings for All initiative" */
const OWNER_POSSESSIVE_GAP_RE = /^[’']s\s$/;
/** a possessive, a campaign in lower case and its title in quotes in apposition: "the Secretary-General’s ongoing campaign, “UNiTE to
 *  End Violence against Women”" (A/RES/78/182 OP9, 80/186 OP9), as "the campaign of the Secretary-General entitled “...”" reads */
const POSSESSIVE_CAMPAIGN_APPOSITION_GAP_RE = /^[’']s\s+(?:[a-z-]+\s+){0,2}campaign,\s+“$/;
/** "-led" between a body's name and what it leads: "the United Nations-led Doha process" (A/RES/79/317 PP6, OP24, OP55, OP63) */
const LED_HYPHEN_GAP_RE = /^\s?[-\u2010\u2011]\s?led\s+$/;
/** days, weeks, years and decades are led (DESIGN: "World Press Freedom Day ... led by UNESCO"), not organized */
const COMMEMORATION_RE = /\b(?:Day|Week|Year|Decade)\b/;
function ownerPrintedAfter(text: string, sorted: readonly EntityMention[], i: number): string | undefined {
  const ev = sorted[i]!;
  const next = sorted[i + 1];
  if (!next || next.kind !== 'Organization' || next.start - ev.end > 12 || !SITTING_HEAD_RE.test(ev.name)) return undefined;
  if (!OF_THE_GAP_RE.test(text.slice(ev.end, next.start)) || !isNamedOrganization(next)) return undefined;
  return next.key;
}

/** `find` remembered per event name (names recur across a corpus; at most 20,000 kept, so memory stays bounded). */
function memoByName(find: (eventName: string) => string | undefined): (eventName: string) => string | undefined {
  const cache = new Map<string, string | null>();
  return (eventName) => {
    let found = cache.get(eventName);
    if (found === undefined) {
      found = find(eventName) ?? null;
      if (cache.size < 20_000) cache.set(eventName, found);
    }
    return found ?? undefined;
  };
}

/** The known organization an event's name ends with after "of the" ("... of the Non-Aligned Movement"). */
const knownOwnerAfterOf = memoByName(findKnownOwnerAfterOf);
function findKnownOwnerAfterOf(eventName: string): string | undefined {
  for (let at = eventName.indexOf(' of the '); at >= 0; at = eventName.indexOf(' of the ', at + 1)) {
    // "Plenipotentiary Conference of the International Telecommunication Union 2022": the edition's year is not the owner's
    const owner = eventName.slice(at + 8).replace(/ (?:19|20)\d{2}$/, '');
    const byName = entryByName('Organization', owner);
    const printed = byName ? undefined : lookupName(owner);
    const entry = byName ?? (printed?.kind === 'Organization' ? printed : undefined);
    if (entry) return nodeKey('Organization', normaliseName(entry.name));
    // "Review Conference of the Rome Statute of the International Criminal Court": the body after the instrument's
    // name is part of that name (the Court does not hold the States parties' conference)
    if (printed?.kind === 'Framework' || entryByName('Framework', owner)) return undefined;
  }
  return undefined;
}

/**
 * The known organization an event's name begins with: "United Nations Conference on Trade and Development eWeek"
 * (printed "UNCTAD eWeek"), "Economic and Social Council Youth Forum". Not "United Nations" alone ("United Nations
 * Ocean Conference" is the Organization's conference only in a loose sense), and not a prefix that goes on with
 * "on"/"of"/"for" ("United Nations Conference on ..." is a name of its own).
 */
const CONTINUES_NAME_RE = /^(?:on|of|for|to|and|the|in|at|de|des|du)$/;
/** an edition's ordinal opening an event's name: "Third", "twenty-first" */
const LEADING_ORDINAL_RE = new RegExp(`^(?:${ORDINAL_SOURCE})$`, 'i');
const knownOwnerBefore = memoByName((eventName: string): string | undefined => {
  let words = eventName.split(' ');
  // ("the third Association of Southeast Asian Nations Women Leaders’ Summit", A/RES/79/290 PP13: the edition's ordinal stands
  // before the owner's name)
  if (words.length > 3 && LEADING_ORDINAL_RE.test(words[0]!)) words = words.slice(1);
  for (let n = words.length - 1; n >= 2; n--) {
    if (CONTINUES_NAME_RE.test(words[n]!)) continue;
    const prefix = words.slice(0, n).join(' ');
    if (prefix === 'United Nations') break;
    const entry = entryByName('Organization', prefix);
    if (entry) return nodeKey('Organization', normaliseName(entry.name));
  }
  return undefined;
});

/**
 * "the forty-seventh Pacific Islands Forum, convened in Pohnpei" (A/RES/79/104 PP17, 80/98 PP16), "the fifty-first Pacific
 * Islands Forum" (78/319 PP12, 78/69 OP341), "the eighth multi-stakeholder forum on science, technology and innovation for the
 * Sustainable Development Goals" (78/231 OP18): an ordinal before a standing body's whole name is that body's numbered sitting,
 * which the body holds, as "the fiftieth Pacific Islands Forum Leaders Meeting" (knownOwnerBefore) and "the nineteenth meeting
 * of the Internet Governance Forum" are. (knownOwnerBefore reads only a name that goes on past the body's.)
 */
const numberedSittingOwner = memoByName((eventName: string): string | undefined => {
  const space = eventName.indexOf(' ');
  if (space < 0 || !LEADING_ORDINAL_RE.test(eventName.slice(0, space))) return undefined;
  const entry = entryByName('Organization', eventName.slice(space + 1));
  return entry ? nodeKey('Organization', normaliseName(entry.name)) : undefined;
});

/** a word of capitals, an acronym's shape ("INTERPOL", "UNEP", "UNCITRAL") */
const ACRONYM_WORD_RE = /^[A-Z][A-Z\d-]+$/;
/**
 * "the INTERPOL Project Watchmaker" (A/RES/79/53 OP8), "INTERPOL Project Geiger" (79/55 PP24), "the INTERPOL Virtual Academy"
 * (79/136 PP26), "the UNEP Frontiers 2016 Report" (78/69 OP218), "the UNCITRAL Toolkit on Prevention and Mitigation of
 * International Investment Disputes": a known body's acronym opens the initiative's name, as its full name does for
 * knownOwnerBefore: that body leads it. Only the acronym the gazetteer gives an Organization.
 */
const acronymOwnerFirst = memoByName((name: string): string | undefined => {
  // (or its subtitle's: "Asset Tracing and Recovery in Insolvency Proceedings: UNCITRAL Toolkit and Background Notes", A/RES/80/161
  // OP2 (b))
  const colon = name.indexOf(': ');
  const from = colon < 0 ? 0 : colon + 2;
  const space = name.indexOf(' ', from);
  if (space < from + 2) return undefined;
  const word = name.slice(from, space);
  if (!ACRONYM_WORD_RE.test(word)) return undefined;
  const entry = lookupName(word);
  return entry?.kind === 'Organization' && entry.acronym === word ? nodeKey('Organization', normaliseName(entry.name)) : undefined;
});

/**
 * Whether `owner` is the body printed first in a programme's name, the one ownerNamedWithAttributions makes LEAD it: "the
 * International Union for Conservation of Nature Red List of Threatened Species" (A/RES/79/143 PP7), "the World Bank Global
 * Road Safety Facility", "the UNDP Manual on Corruption Surveys". Not the General Assembly (its own platform is its act), not
 * the United Nations, not an office or officer ("President of the General Assembly Fellowship Programme": what the office
 * serves, as ownerOfOrgan reads offices).
 */
export function ownsInitiativeNamedAfterIt(initiative: EntityMention, owner: EntityMention): boolean {
  if (owner.key === GENERAL_ASSEMBLY_KEY || owner.key === UNITED_NATIONS_ORG_KEY || OFFICER_OR_OFFICE_RE.test(owner.name)) return false;
  return (knownOwnerBefore(initiative.name) ?? ownerPrintedBefore(initiative) ?? acronymOwnerFirst(initiative.name)) === owner.key;
}
/**
 * The body printed in full at the start of a programme's name that the gazetteer knows whole, so that the scan never met the
 * body inside it: "the International Union for Conservation of Nature Red List of Threatened Species" (A/RES/79/143 PP7,
 * 78/278 PP5). Its gazetteer entry and printed length, when it is the owner ownsInitiativeNamedAfterIt accepts.
 */
export function ownerPrintedInInitiativeName(text: string, initiative: EntityMention): { entry: GazetteerEntry; length: number } | undefined {
  const key = knownOwnerBefore(initiative.name);
  if (key === undefined || key === GENERAL_ASSEMBLY_KEY || key === UNITED_NATIONS_ORG_KEY) return undefined;
  const words = initiative.name.split(' ');
  for (let n = words.length - 1; n >= 2; n--) {
    const prefix = words.slice(0, n).join(' ');
    const entry = entryByName('Organization', prefix);
    if (entry === undefined || nodeKey('Organization', normaliseName(entry.name)) !== key) continue;
    return text.startsWith(prefix, initiative.start) && !OFFICER_OR_OFFICE_RE.test(entry.name) ? { entry, length: prefix.length } : undefined;
  }
  return undefined;
}
/** the plural head that closes a list of initiatives (initiativesListedUnderOneHead) */
const PLURAL_INITIATIVE_HEAD_AFTER_RE = /^\s+(?:projects|programmes)\b/;
/** a plural kind word after the last of a list of initiatives, then " of the " and their owner (ownerNamedWithAttributions) */
const PLURAL_KIND_OF_THE_GAP_RE = /^\s+(?:initiatives|programmes|projects|campaigns)\s+of\s+(?:the\s+)?$/;
/** The initiatives listed right before the one at sorted[i] (", ", " and " between them), nearest first; none past another kind. */
function initiativesListedBefore(text: string, sorted: readonly EntityMention[], i: number): EntityMention[] {
  const listed: EntityMention[] = [];
  let start = sorted[i]!.start;
  for (let k = i - 1; k >= 0; k--) {
    const m = sorted[k]!;
    if (m.end > start) continue;
    if (m.kind !== 'Initiative' || !CITY_LIST_GAP_RE.test(text.slice(m.end, start))) break;
    listed.push(m);
    start = m.start;
  }
  return listed;
}
/**
 * The initiatives listed after the one at sorted[i] under one plural head: "the INTERPOL Project Watchmaker, Chemical
 * Anti-Smuggling Enforcement and Chemical Risk Identification and Mitigation projects" (A/RES/79/53 OP8): the owner at the
 * head of the list (acronymOwnerFirst) runs them all, as the plural says. None unless the head closes the list.
 */
function initiativesListedUnderOneHead(text: string, sorted: readonly EntityMention[], i: number): EntityMention[] {
  const listed: EntityMention[] = [];
  let end = sorted[i]!.end;
  for (let k = i + 1; k < sorted.length; k++) {
    const m = sorted[k]!;
    if (m.start < end) continue;
    // (", ", " and ", ", and " between them, as between the cities of listed declarations)
    if (m.kind !== 'Initiative' || !CITY_LIST_GAP_RE.test(text.slice(end, m.start))) break;
    listed.push(m);
    end = m.end;
  }
  return listed.length > 0 && PLURAL_INITIATIVE_HEAD_AFTER_RE.test(text.slice(end, end + 16)) ? listed : [];
}
/** the United Nations' node key (ownsInitiativeNamedAfterIt) */
const UNITED_NATIONS_ORG_KEY = nodeKey('Organization', 'United Nations');

/** The owner that begins a mention's printed phrase when the phrase is the owner, a space and the name it is keyed by. */
function ownerPrintedBefore(t: EntityMention): string | undefined {
  if (t.phrase.length <= t.name.length + 3) return undefined;
  const printed = t.phrase.replace(/\s+/g, ' ');
  return printed.endsWith(` ${t.name}`) ? knownOwnerBefore(printed) : undefined;
}

// ("supplementing": a protocol printed with the convention it supplements, "the Protocol against the Illicit Manufacturing of and
// Trafficking in Firearms ..., supplementing the United Nations Convention against Transnational Organized Crime" (A/RES/80/46 PP8,
// 78/217, 79/154): the protocol is one of the convention's instruments, as the gold reads it)
// ("integral to": "the Doha Programme of Action, which is integral to the 2030 Agenda", A/RES/80/150 OP10, 78/163 PP22, 79/226 OP54: an
// integral part, as the gold reads "which is an integral part of")
// (a footnote mark may follow the comma: "..., the Addis Ababa Action Agenda of the Third International Conference on Financing for
// Development, 4 which is an integral part of the 2030 Agenda", A/RES/80/175 PP6; ",4 which", 78/172 PP5)
const PART_OF_GAP_RE =
  /^\s*,?\s*(?:\d{1,3}\s+)?(?:(?:which|that)\s+(?:is|are|was|were|forms?|constitutes?)\s+(?:(?:an?\s+)?(?:integral\s+)?parts?\s+of|integral\s+to)|annexed\s+to|as\s+(?:an?\s+)?(?:integral\s+)?part\s+of|contained\s+in(?:\s+the\s+annex\s+to)?|part\s+of|supplementing)\s+(?:the\s+)?$/;
/**
 * between a protocol and the convention it was printed as a protocol to, when the protocol's name ends before "to": its short form
 * in brackets and a footnote mark may stand between ("Protocol V on Explosive Remnants of War (Protocol V)7 to the Convention on
 * Prohibitions or Restrictions on the Use of Certain Conventional Weapons ...", A/RES/78/47 PP13; the short form read as a mention
 * of its own leaves only its closing bracket): PART_OF, as "supplementing". A comma may close the short form: "the Protocol on ...
 * Other Devices, as amended on 3 May 1996 (Amended Protocol II), to the Convention on ..." (A/RES/78/70 PP30, 80/74 PP30).
 */
const PROTOCOL_TO_GAP_RE = /^\s*(?:(?:\([^()]{1,40}\)|\)),?)?\s*(?:\d{1,3}\s*)?to\s+the\s+$/;
/** the head word of a framework PROTOCOL_TO_GAP_RE reads after */
const PROTOCOL_WORD_RE = /\bProtocol\b/;
/** between a framework and its own day: " of " */
const DAY_OF_GAP_RE = /^\s+of\s+$/;
/** between that day and the instrument the framework is an annex of: ", fifth annex to the " */
const ANNEX_TO_APPOSED_GAP_RE = new RegExp(String.raw`^\s*,\s*(?:(?:${ORDINAL_SOURCE})\s+)?annex\s+to\s+the\s+$`);
/** PART_OF_GAP_RE's plural: "X and Y, which are integral parts of Z" */
const PLURAL_PART_OF_GAP_RE = /^\s*,?\s*(?:\d{1,3}\s+)?(?:which|that)\s+(?:are|were|form|constitute)\s/;
/** between two frameworks listed together, or as the subjects of two resolutions listed together: " and the ", " adopted at the
 *  Fourth International Conference on Financing for Development and 69/313 of 27 July 2015 on the " (no clause or list ends) */
const RELATIVE_WORD_RE = /\b(?:which|that)\b/;
const JOINED_LIST_GAP_RE = /^[^;:]{0,240}?\band\s+(?:\d{1,3}\/\d{1,4}\b[^;:]*?\bon\s+)?(?:the\s+)?$/;
/**
 * The framework listed right before sorted[i] when a plural "which are integral parts of" follows them both: "its resolutions 79/323
 * ... on the Sevilla Commitment adopted at the Fourth International Conference on Financing for Development and 69/313 ... on the
 * Addis Ababa Action Agenda of the Third International Conference on Financing for Development, which are integral parts of the 2030
 * Agenda" (A/RES/80/108 PP3): the Sevilla Commitment is a part too. No framework, or a relative clause, between the two.
 */
function frameworkJoinedBefore(text: string, sorted: readonly EntityMention[], i: number): EntityMention | undefined {
  const last = sorted[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const earlier = sorted[j]!;
    if (earlier.kind !== 'Framework' || earlier.end > last.start) continue;
    const gap = text.slice(earlier.end, last.start);
    return JOINED_LIST_GAP_RE.test(gap) && !RELATIVE_WORD_RE.test(gap) ? earlier : undefined;
  }
  return undefined;
}
/** the rare words of a framework named as included in the one before (a cheap gate before INCLUDING_GAP_RE; no comma and no
 *  space before: a footnote mark may stand between the comma and "including", or be glued to it, "8including", A/RES/80/91 OP14) */
const INCLUDING_THE = 'including the ';
/**
 * between a framework and one the text says it includes, right after it: "resolution 79/1, entitled “The Pact for the Future”,
 * including the Global Digital Compact" (A/RES/80/215 PP8), "the 2030 Agenda, including the Sustainable Development Goals"
 * (A/RES/79/201, 79/217, 78/136): the second is PART_OF the first, as after "which includes" (INCLUDES_GAP_RE)
 * (a footnote mark may stand on either side of the comma: "the 2030 Agenda for Sustainable Development, 8 including the Sustainable
 * Development Goals" with "8 Resolution 70/1.", A/RES/80/94 OP11)
 * (a mark before the comma is printed against the name: "Goal 6, including the ..." is the Goal's number, A/RES/78/327 OP4)
 */
const INCLUDING_GAP_RE = /^[”"]?\d{0,3},\s*(?:\d{1,3}\s*)?including\s+the\s+$/;
/** the longest gap INCLUDING_GAP_RE reads with no spaces to spare (a cheap gate before it): a quote, a mark, the comma, a mark of
 *  up to three digits after it, spaced or glued ("the 2030 Agenda for Sustainable Development, 11 including the Sustainable
 *  Development Goals", A/RES/80/96 OP15 and the Territories' texts whose note on 70/1 is the tenth or later; "8including", 80/91
 *  OP14), and the words */
const INCLUDING_GAP_MAX = 24;
/** a framework named as a point in time ("the trade agreements concluded since the Vienna Programme of Action, including the African
 *  Continental Free Trade Area", A/RES/79/233 annex OP151): what "including" lists is the noun before, not the framework */
const TIME_MARK_BEFORE_RE = /\b(?:since|before|after|until)\s+(?:the\s+)?$/;
/** the rare word of a framework named as held in the one before it (a cheap gate before THEREIN_AFTER_RE) */
const THEREIN = ' therein';
/** between two frameworks joined: " and the ", a footnote mark first ("Development8 and the") */
const JOINED_FRAMEWORK_GAP_RE = /^\s*(?:\d{1,3}\s*)?\s+and\s+(?:the\s+)?$/;
/** right after the second: " set out therein", " contained therein" */
const THEREIN_AFTER_RE = /^\s*(?:\d{1,3}\s*)?\s+(?:set\s+out|contained|enshrined)\s+therein\b/;
/**
 * "the 2030 Agenda for Sustainable Development and the Sustainable Development Goals set out therein" (A/RES/79/178 OP23), "... and
 * the Sustainable Development Goals contained therein" (79/5): the second framework is held in the first (PART_OF), as after
 * "including the" (INCLUDING_GAP_RE)
 */
function partNamedThereinAfter(text: string, whole: EntityMention, part: EntityMention): boolean {
  return part.start - whole.end <= INCLUDING_GAP_MAX && JOINED_FRAMEWORK_GAP_RE.test(text.slice(whole.end, part.start)) && THEREIN_AFTER_RE.test(text.slice(part.end, part.end + 40));
}
/** the rare words of a framework named as a part of the one before it (a cheap gate before OF_WHICH_GAP_RE) */
const OF_WHICH_THE = 'of which the ';
/** between the whole and its part: ", of which the ", a footnote mark on either side of the comma ("Development, 8 of which the") */
const OF_WHICH_GAP_RE = /^\d{0,3},\s*(?:\d{1,3}\s+)?of\s+which\s+the\s+$/;
/** right after the part: " is an integral part", a footnote mark first ("Development9 is an integral part") */
const IS_PART_AFTER_RE = /^\s*(?:\d{1,3})?\s+(?:is|forms?|constitutes?)\s+(?:an?\s+)?(?:integral\s+)?part\b/;
/**
 * "the 2030 Agenda for Sustainable Development, of which the Addis Ababa Action Agenda ... is an integral part" (A/RES/78/211 PP10,
 * 78/164, 78/165, 79/221, 79/225, 80/153, 80/154): the part named after the whole, as "..., which is an integral part of" names it
 * before (PART_OF_GAP_RE)
 */
function partNamedOfWhichAfter(text: string, whole: EntityMention, part: EntityMention): boolean {
  return OF_WHICH_GAP_RE.test(text.slice(whole.end, part.start)) && IS_PART_AFTER_RE.test(text.slice(part.end, part.end + 40));
}
/** the rare words of a framework named as annexed to the one before it (a cheap gate before TO_WHICH_GAP_RE) */
const TO_WHICH = ', to which ';
/** between the whole and its annex: ", to which a ", a footnote mark before the comma */
const TO_WHICH_GAP_RE = /^\d{0,3},\s*to\s+which\s+(?:the\s+|an?\s+)?$/;
/** right after the annex: " is annexed", a footnote mark first */
const IS_ANNEXED_AFTER_RE = /^\s*(?:\d{1,3})?\s+(?:is|are|was|were)\s+annexed\b/;
/**
 * "the Pact for the Future, to which a Global Digital Compact is annexed" (A/RES/79/152 PP9): the annex named after the whole, as
 * "..., annexed to the" names it before (PART_OF_GAP_RE)
 */
function partNamedToWhichAfter(text: string, whole: EntityMention, part: EntityMention): boolean {
  return TO_WHICH_GAP_RE.test(text.slice(whole.end, part.start)) && IS_ANNEXED_AFTER_RE.test(text.slice(part.end, part.end + 40));
}
const INCLUDES_GAP_RE = /^\s*,?\s*(?:which|that)\s+(?:includes?|contains?|comprises?|encompasses?)\s+(?:the\s+)?$/;
/** "in which the Assembly adopted the ..."; endorsed, proclaimed and approved alike here (an endorsement then becomes ENDORSES,
 *  endorsedNotAdopted) ("its resolution 2625 (XXV) of 24 October 1970,
 *  in which it approved the Declaration on Principles of International Law concerning Friendly Relations ...", A/RES/79/184 PP5)
 *  (how it was adopted may stand between: "by which it adopted by consensus the Declaration on the Right and Responsibility of
 *  Individuals ...", A/RES/78/216 PP3; "by which it adopted and opened for signature, ratification and accession the International
 *  Convention for the Protection of All Persons from Enforced Disappearance", 78/207 PP1, 80/201 PP1)
 *  (a resolution may be the subject itself, with no "in": "its resolution 66/288 of 27 July 2012, which endorsed the outcome document
 *  of ...", A/RES/79/142 PP1: group 1; then the resolution must end right before the comma)
 *  (a new version of a text the Assembly had adopted before is still that text: "its resolution 70/186 ..., in which it adopted the
 *  revised United Nations guidelines for consumer protection", A/RES/80/119 PP1) */
const ADOPTED_RE = /(?:\b(?:in|by|through)\s+which\s+(?:the\s+(?:General\s+)?Assembly|the\s+(?:Economic\s+and\s+Social\s+)?Council|it|they)|(,)\s+which)\s+(?:also\s+)?(?:adopted|endorsed|proclaimed|approved)\s+(?:by\s+consensus\s+|and\s+opened\s+for\s+signature(?:,\s+ratification)?(?:,?\s+and\s+(?:ratification|accession))?\s+)?(?:the\s+)?(?:revised\s+)?/g;
/**
 * ADOPTED_RE from "which" on: a text without a match of it has none of ADOPTED_RE. Asked first because it opens
 * with a rarer letter: ADOPTED_RE opens with "in" or "by", found at almost every word, and scanned every paragraph
 * that says "which" (one in eight).
 */
const WHICH_ADOPTED_RE = /which\s+(?:(?:the\s+(?:General\s+)?Assembly|the\s+(?:Economic\s+and\s+Social\s+)?Council|it|they)\s+)?(?:also\s+)?(?:adopted|endorsed|proclaimed|approved)\s/;
/** after a body's session: where and when it was held, ", held in Abu Dhabi from 3 to 7 November 2019" (ADOPTED_IN_GAP_RE, IN_RESOLUTION_GAP_RE) */
const SESSION_VENUE_DAYS_SOURCE = String.raw`\s*,\s*held\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+from\s+\d{1,2}\s+to\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}`;
/**
 * between a framework and the resolution that adopted it: ", adopted by the General Assembly on 13 September 2007 in its ";
 * endorsed or proclaimed as ADOPTED_RE reads them ("the Sevilla Commitment, endorsed by the General Assembly in its resolution 79/323");
 * a footnote mark may stand first ("the International Convention on the Elimination of All Forms of Racial Discrimination,1 adopted by");
 * another body may have adopted it in its own resolution ("the Guiding Principles on Business and Human Rights ...,7 as endorsed by
 * the Human Rights Council in its resolution 17/4", A/RES/78/265 PP4); approved as adopted ("the Relationship Agreement as approved
 * by the General Assembly in its resolution 58/318", A/RES/73/7 PP10); the quote that closes a title may stand first ("entitled
 * “Transforming our world: the 2030 Agenda for Sustainable Development”, as adopted by", A/RES/78/68 PP15, 79/145, 80/109; "“Our
 * ocean, our future, our responsibility” as adopted by", 78/143 PP6), and the framework's own parts, which are adopted with it
 * ("the United Nations Global Counter-Terrorism Strategy and its four pillars, as adopted by", "... and a balanced and integrated
 * implementation of its four pillars, as adopted in its", A/RES/80/213 PP11/OP7, 78/210); adopted "as" the resolution, how it was
 * adopted between ("the declaration of the high-level meeting of the General Assembly on the rule of law ..., adopted by consensus
 * as resolution 67/1", "the Addis Ababa Action Agenda ..., adopted by the General Assembly by consensus as resolution 69/313",
 * A/RES/78/103 OP17, OP18, 79/117); the body's session, venue and days before its resolution ("adopted by the General Conference of
 * the United Nations Industrial Development Organization at its eighteenth session, held in Abu Dhabi from 3 to 7 November 2019, in
 * its resolution GC.18/Res.9", A/RES/78/162 PP15, 80/149 PP15); a "that" clause, "Recalling that the Convention ... was adopted by the
 * General Assembly in its resolution 2826 (XXVI)" (A/RES/79/79 PP1)
 */
const ADOPTED_IN_GAP_RE =
  new RegExp(String.raw`^[”"]?\s*(?:and\s+(?:[a-z]+\s+){0,6}its\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*)?,?\s*(?:\d{1,3}\s*,?\s*)?(?:(?:which\s+)?was\s+|as\s+)?(?:adopted|endorsed|proclaimed|approved)\s+(?:by\s+the\s+[A-Z][a-z]+\s+(?:(?:[A-Z][a-z]+|and|of|on|the)\s+){0,9})?(?:on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*,?\s+)?(?:by\s+consensus\s+)?(?:at\s+its\s+[a-z-]+\s+session${SESSION_VENUE_DAYS_SOURCE}\s*,\s*)?(?:(?:in|by|through|under)\s+(?:its\s+)?|as\s+)$`);
/** between a framework and the conference that adopted it: ", adopted in March 2022 at the first part of the ", " adopted at the
 *  first phase of the " (the World Summit on the Information Society, A/RES/80/209 OP19) (a footnote mark may stand first);
 *  an agreement "reached at" or a declaration "agreed at" its sitting ("the Agreement on Fisheries Subsidies reached at the Twelfth
 *  Ministerial Conference of the World Trade Organization", A/RES/78/155 OP32, 78/128 PP22; "the political declaration agreed at
 *  the Sustainable Development Goals Summit in 2023", A/RES/79/1); a framework "endorsed by" a body, as ADOPTED_RE reads
 *  "endorsed" ("the Principles for Responsible Investment in Agriculture and Food Systems, 15 endorsed by the Committee on World
 *  Food Security", A/RES/78/181 PP20, 80/184; "which were endorsed by", 78/198; "as endorsed by", 79/171 OP16, 80/210; "that was endorsed by", 78/263 OP30, but not
 *  "that was adopted at": "the ministerial decision on the TRIPS Agreement that was adopted at the twelfth Ministerial Conference",
 *  78/134 OP21, the decision, not the Agreement the framework names)
 *  (a title's closing quote may stand first, and "high level" before the sitting's name: "the declaration entitled “Our ocean, our
 *  future, our responsibility”, adopted by the high level United Nations Conference to Support ...", A/RES/79/314 annex OP2)
 *  (a quoted title's closing quote and its short name in brackets may stand first: "the framework entitled “Education for
 *  Sustainable Development: towards achieving the Sustainable Development Goals” (ESD for 2030), endorsed by the General
 *  Conference of ...", A/RES/80/141 PP17, 78/156 PP13)
 *  (a declaration "proclaimed" by a body, as ADOPTED_RE reads it: "the Declaration of the Principles of International Culture
 *  Cooperation proclaimed on 4 November 1966 by the General Conference of the United Nations Educational, Scientific and Cultural
 *  Organization", A/RES/80/205 PP3, 78/201)
 *  (a passive with its subject, "were" with no "which": "the Model Provisions and the Guidelines on Mediation were adopted by the
 *  United Nations Commission on International Trade Law", A/RES/78/104 PP7)
 *  (the body's leaders, who act for it: "the Kampala Comprehensive Africa Agriculture Development Programme Declaration adopted by
 *  the Heads of State and Government of the African Union in January 2025", A/RES/80/157 OP13); the leaders at their sitting, who act
 *  as it: "the Yerevan Declaration adopted by the Heads of State and Government of countries using French as a common language at the
 *  seventeenth Summit of la Francophonie" (A/RES/79/331 OP2; "the Yerevan Call on Living Together, endorsed by ...", OP51)
 *  (the States or participants at the sitting, who act as it: "the Final Declaration adopted by all States participating in the
 *  Conference of States Parties to the 1925 Geneva Protocol", S/RES/687 PP9; "adopted by participants at the International
 *  Conference of Women in Fisheries", A/RES/78/68 PP74; "adopted by the States members of the Standing Advisory Committee", 78/59 PP12)
 *  (an instrument's year and lower-case topic after its name: "the Samarkand Resolution of 2024 for snow leopard conservation and
 *  climate adaptation, adopted at the eighth Steering Committee Meeting of the ...", A/RES/79/143 PP9)
 *  (a region's countries who met as the sitting: "the Marrakech Declaration adopted by African countries at the high-level ministerial
 *  meeting on ...", A/RES/79/263 OP27, 78/262)
 *  (an agenda "resulting from" its sitting, its outcome: "the Bali Agenda for Resilience resulting from the seventh session of the
 *  Global Platform for Disaster Risk Reduction", A/RES/78/280 PP24) */
const ADOPTED_AT_GAP_RE =
  /^”?(?:\s+of\s+(?:19|20)\d\d)?(?:\s+(?:for|on)\s+[a-z]+(?:\s+[a-z]+){0,9}(?=\s*,?\s+adopted\s))?(?:\s+to\s+(?!be\s)[a-z]+(?:,\s+[a-z]+)*(?:\s+and\s+[a-z]+)?(?:\s+[a-z]+){1,4}(?=\s+adopted\s))?(?:\s*\([A-Z][A-Za-z\d ]{1,20}\))?\s*,?\s*(?:\d{1,3}\s*,?\s*)?(?:(?:(?:which\s+)?(?:was|were)\s+|as\s+)?(?:(?:adopted|proclaimed|approved)\s+(?:(?:in\s+[A-Z][a-z]+(?:\s+\d{4})?|on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|by\s+consensus)\s*,?\s+)?(?:at|by|during)|endorsed\s+(?:by|at))|that\s+(?:was|were)\s+endorsed\s+by|(?:reached|agreed)\s+at|resulting\s+from)\s+(?:the\s+)?(?:(?:first|second|resumed)\s+part\s+of\s+the\s+|(?:first|second)\s+phase\s+of\s+the\s+|high[-‑]?\s?level\s+|(?:all\s+)?States\s+participating\s+in\s+(?:the\s+)?|participants\s+(?:at|in)\s+(?:the\s+)?|States\s+members\s+of\s+(?:the\s+)?|leaders\s+of\s+(?:the\s+)?|Heads\s+of\s+State\s+and\s+Government\s+of\s+the\s+|Heads\s+of\s+State\s+and\s+Government\s+of\s+(?:[A-Za-z]+\s+){1,8}?at\s+(?:the\s+)?|[A-Z][a-z]+\s+countries\s+at\s+(?:the\s+)?(?:high[-‑]?\s?level\s+)?)?$/;
const HEADS_OF_STATE = 'Heads of State';
/** after a framework's owner printed after its title, the words of its adoption at a sitting: " endorsed at the ", ", adopted at the " */
const OWNER_THEN_ADOPTED_AT_RE = /^\s*(?:\d{1,3}\s*)?,?\s+(?:adopted|endorsed)\s+at\s/;
/**
 * Between the body or sitting that adopted a framework and a second sitting that endorsed it: " in December 2024 and endorsed at
 * the " ("the Awaza Programme of Action ..., adopted by the General Assembly in December 2024 and endorsed at the Third United
 * Nations Conference on Landlocked Developing Countries", A/RES/80/124 PP9): the adoption's month or day may stand first.
 */
const AND_ENDORSED_AT_SITTING_GAP_RE = /^(?:\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?\s*(?:\d{1,3}\s*)?,?\s+and\s+(?:was\s+|were\s+)?endorsed\s+(?:at|by)\s+(?:the\s+)?$/;
/** an initiative's purpose right after its name, " to prevent, halt and reverse ..." (ADOPTED_AT_GAP_RE reads it) */
const PURPOSE_TO = ' to ';
/** an instrument's lower-case topic right after its name or its year, " of 2024 for snow leopard ..." (ADOPTED_AT_GAP_RE reads it) */
const LOWERCASE_TOPIC_TAIL_RE = /\s+(?:of\s+(?:19|20)\d\d\s+)?(?:for|on)\s+[a-z]/y;
/** between a pair's first name and its second: its footnote mark, then " and (the) " */
const MARK_AND_GAP_RE = /^\s*\d{1,3}\s+and\s+(?:the\s+)?$/;
/** after the second name of such a pair: a comma and its footnote mark (either order), then the participle */
const MARK_COMMA_PARTICIPLE_RE = /^\s*(?:,\s*\d{1,3}|\d{1,3}\s*,)\s+(?:adopted|endorsed)\s/;
/** the plural verb of a pair's passive: "X and Y were adopted by" */
const WERE_WORD = ' were ';
/** a framework's own relative clause, then its "adopted at|by": ",5 which provides ..., as appropriate, adopted at the " */
const WHICH_CLAUSE_ADOPTED_AT_GAP_RE = /^\s*(?:\d{1,3}\s*)?,\s*(?:\d{1,3}\s*)?which\s+[a-z]+s\s[^;:()“”"]{1,200}?,\s+adopted\s+(?:at|by)\s+(?:the\s+)?$/;
const WHICH_WORD = ' which ';
/** between a body and its sitting: " at its " */
const AT_ITS_GAP_RE = /^\s+at\s+its\s+$/;
/** the words of a framework that is a sitting's outcome, "the Bali Agenda for Resilience resulting from the seventh session" */
const RESULTING_FROM = 'resulting from';
/** right after a framework's name (sticky): " reached at", ",3 agreed at", " resulting from" (ADOPTED_AT_GAP_RE) */
const REACHED_AT_AFTER_RE = /\s*,?\s*(?:\d{1,3}\s*,?\s*)?(?:(?:reached|agreed)\s+at|resulting\s+from)\s/y;
/** a subtitle after a framework's name, up to the comma before "adopted": ": Education 2030 – towards ... for all" */
const SUBTITLE_BEFORE_ADOPTED_RE = /^:\s[^,;:“”"()]{1,180}?(?=\s?\d{0,3}\s*,\s*(?:\d{1,3}\s*,?\s*)?(?:which\s+was\s+|as\s+)?adopted\s+(?:at|by|during)\s)/;
/** a framework's name ending a longer title or subject: "...: Towards the Achievement of the ", "to support the ", "as provided in the ";
 *  a lower-case "towards" only before a capital, inside a title ("Cooperation towards an Integrated and Balanced Strategy"), not the
 *  Assembly's own "work towards the full implementation of the resolution on the Middle East adopted at the 1995 ... Conference" */
const TITLE_TAIL_BEFORE_RE = /(?::\s[^,;:]*|\b(?:Towards|towards(?=\s+(?:(?:an?|the)\s+)?[A-Z])|support|provided\s+in|framework\s+of)\b[^,;]*)$/;
/** the noun before an event that "by <agent>" after it completes: "the convening of ... by" (an article and how long it lasts
 *  before a sitting the name leaves them out of: "the convening of a one-day, high-level interactive dialogue on the social,
 *  economic and environmental determinants of health by the President of the General Assembly, in 2025", A/RES/79/287 OP13) */
const CONVENING_OF_RE = /\b(?:convening|organi[sz]ation)\s+of\s+(?:(?:the|an?)\s+)?(?:(?:one|two|three|half)-day,?\s+)?$/;
/** the same noun before a sitting whose name may leave out up to two words in lower case: "the convening of a high-level " */
const CONVENING_OF_SITTING_BEFORE_RE = /\bconvening\s+of\s+(?:(?:the|an?)\s+)?(?:[a-z]+(?:-[a-z]+)*,?\s+){0,2}$/;
/** a title's short name that a launched name's mention leaves out: "Youth 2030: The " before "United Nations Youth Strategy" */
const TITLE_SHORT_NAME_SOURCE = String.raw`(?:[A-Z][a-z]+(?:\s+\d{4})?:\s+(?:The\s+)?)?`;
/** the noun before an initiative that "by <agent>" after it completes: "the launching of the Broadband Advocacy Targets by"; that
 *  short name may stand between ("the launch of Youth 2030: The United Nations Youth Strategy in 2018", A/RES/80/55 PP13) */
const LAUNCH_OF_RE = new RegExp(String.raw`\blaunch(?:ing)?\s+of\s+(?:the\s+)?${TITLE_SHORT_NAME_SOURCE}$`);
/** what may stand between the initiative's name and "by": its acronym, the word "initiative" */
const LAUNCHED_BY_RE = /^(?:\s*\([A-Z][A-Za-z:-]{1,15}\))?(?:\s+initiative)?\s+by\s+/;

const LAUNCHED_WORD = 'launched ';
// (a head noun the name leaves out may stand first: "the Unite for Heritage campaign launched by the United Nations Educational,
// Scientific and Cultural Organization in March 2015", A/RES/78/129 PP15)
/** between a launched initiative or framework and its day, the names in it masked as "X": ", launched by the X in ", ", which
 *  was launched on ", ", launched in " (its launchers one name or a list of them; nothing else may come between) */
const LAUNCHED_ON_DAY_GAP_RE = /^(?:\s+(?:campaign|initiative))?\s*\d{0,3}\s*,?\s+(?:which\s+was\s+)?(?:officially\s+)?launched\s+(?:by\s+(?:the\s+)?X(?:\s*,?\s+(?:and\s+)?(?:the\s+)?X)*\s+)?(?:in|on)\s+$/;
/** between a name after "the launch of" and its day, the names in it masked as "X": " in ", ",4 on ", " by the X on " (its
 *  launcher), " in X in " (where) */
const LAUNCH_OF_THEN_DAY_GAP_RE = /^\s*\d{0,3}\s*,?\s+(?:by\s+(?:the\s+)?X\s+)?(?:(?:in|at)\s+X,?\s+)?(?:in|on)\s+$/;
/** an edition's ordinal right before a series' name: "the second " */
const EDITION_ORDINAL_BEFORE_RE = new RegExp(String.raw`\b(?:${ORDINAL_SOURCE}|[a-z]+th)\s+$`);
/** how far before the name "the launch of" may be printed (with a title's short name between) */
const LAUNCH_OF_LOOKBACK = 40;
/** how far after the name its launch day may be printed */
const LAUNCH_DAY_WINDOW = 160;
/**
 * 1a''''. "Youth 2030: The United Nations Youth Strategy, launched by the Secretary-General in 2018" (A/RES/80/180 PP13), "the
 * Global Action Programme on Food Security and Nutrition in Small Island Developing States, which was launched on 4 July 2017"
 * (A/RES/78/232), "the Call to Action for Human Rights, launched in 2020": an initiative or framework STARTS_ON the day it was
 * launched (the lead's session-59 ruling). Only with "launched" right after its name, the day right after the verb or its
 * launchers: not the launch of something else named later in the sentence.
 */
function launchDayAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i]!;
    // (not one edition of a series: "the second World Ocean Assessment, launched in April 2021", A/RES/78/69 OP, is the node of
    // the whole series)
    if ((f.kind !== 'Initiative' && f.kind !== 'Framework') || EDITION_ORDINAL_BEFORE_RE.test(text.slice(Math.max(0, f.start - 16), f.start))) continue;
    let day: EntityMention | undefined;
    let masked = '';
    let from = f.end;
    for (let j = i + 1; j < sorted.length; j++) {
      const x = sorted[j]!;
      if (x.start < from) continue;
      if (x.start - f.end > LAUNCH_DAY_WINDOW) break;
      masked += text.slice(from, x.start);
      if (x.kind === 'Date') {
        day = x;
        break;
      }
      masked += 'X';
      from = x.end;
    }
    if (day === undefined) continue;
    // (or the noun first, the day after the name: "recalling the launch of the United Nations Strategy and Plan of Action on Hate
    // Speech in June 2019", A/RES/79/319 PP14; "the launch of the Strategy of the United Nations on Mine Action in January 2024")
    const launchOf = LAUNCH_OF_RE.test(text.slice(Math.max(0, f.start - LAUNCH_OF_LOOKBACK), f.start)) && LAUNCH_OF_THEN_DAY_GAP_RE.test(masked);
    if (!launchOf && (!masked.includes(LAUNCHED_WORD) || !LAUNCHED_ON_DAY_GAP_RE.test(masked))) continue;
    push('STARTS_ON', f.key, day.key, f.start, day.end);
  }
}

/** a launch day printed before what was launched: "the launch on ", "the official launch in ", or the day set off by commas,
 *  "the launch, on " (A/RES/79/316 PP21) */
const LAUNCH_DAY_BEFORE_RE = /\blaunch(,?)\s+(?:on|in)\s+$/;
/** between that day and what was launched, the names in it masked as "X": " of ", a title's short name the name leaves out
 *  (" of Youth 2030: The "), an aside between commas (", during the
 *  high-level week of the X and upon the initiative of X, X and the X, of the "), a descriptive noun before the title (" of the
 *  climate change strategy of X, entitled “") */
const LAUNCH_DAY_THEN_OF_GAP_RE = new RegExp(
  String.raw`^(?:\s*,[^;:“”()]{1,200},)?\s+of\s+(?:the\s+)?${TITLE_SHORT_NAME_SOURCE}(?:[a-z]+(?:\s+[a-z]+){0,3}\s+of\s+X\s*,?\s+entitled\s+“)?$`,
);
/**
 * 1a'''''. The day first: "the launch on 24 September 2018 of Youth 2030: The United Nations Youth Strategy" (A/RES/78/31 PP11),
 * "the launch on 27 September 2024, during the high-level week of the General Assembly and upon the initiative of Saudi Arabia,
 * Norway and the European Union, of the Global Alliance for the Implementation of the Two-State Solution" (79/81 OP2, 80/72 OP3),
 * "the official launch in April 2017 of the climate change strategy of Tokelau, entitled “Living with change: ...”" (78/97 PP15):
 * the same STARTS_ON as launchDayAttributions reads. Only the first name the "of" leads to, and only an initiative or framework
 * ("the launch in 2016 of the Global Infrastructure Forum", 79/222 OP14: a forum, a series of sittings, is not dated by it).
 */
function launchDayFirstAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const day = sorted[i]!;
    if (day.kind !== 'Date') continue;
    const launch = LAUNCH_DAY_BEFORE_RE.exec(text.slice(Math.max(0, day.start - 16), day.start));
    if (launch === null) continue;
    // (a day set off by commas closes with its own: "the launch, on 17 January 2025, of the United Nations Action Plan ...")
    const closingComma = launch[1] === ',' && text.charCodeAt(day.end) === 44 /* , */;
    if (launch[1] === ',' && !closingComma) continue;
    let masked = '';
    let from = closingComma ? day.end + 1 : day.end;
    for (let j = i + 1; j < sorted.length; j++) {
      const x = sorted[j]!;
      if (x.start < from) continue;
      if (x.start - day.end > LAUNCH_DAY_WINDOW * 2) break;
      masked += text.slice(from, x.start);
      if (LAUNCH_DAY_THEN_OF_GAP_RE.test(masked)) {
        if (x.kind === 'Initiative' || x.kind === 'Framework') push('STARTS_ON', x.key, day.key, day.start, x.end);
        break;
      }
      masked += 'X';
      from = x.end;
    }
  }
}

/**
 * Whether "in/at <place>" after an event, with `from..to` between them, gives the event's venue (venueGapWords), nor
 * when a citation or document comes between without a venue verb ("the seventy-second session, of resolution 72/7 of
 * 19 May 2016 on regional cooperation to combat sand and dust storms in Asia and the Pacific").
 */
function venueGap(text: string, sorted: EntityMention[], from: number, to: number): boolean {
  const words = venueGapWords(text, from, to);
  if (words !== 'near') return words === 'verb';
  return !sorted.some((x) => x.start >= from && x.end <= to && (x.kind === 'Resolution' || x.kind === 'Document'));
}

/** "appreciation/gratitude/thanks to" before the hosts' names. */
const THANKS_TO_RE = /\b(?:appreciation|gratitude|thanks|grateful|thank)\s+(?:also\s+)?to\s+$/;
/** Words before the first host: "the Government and the people of", "the Governments of". */
const HOST_LEAD_RE = /^\s*(?:the\s+)?(?:Governments?\s+(?:and\s+(?:the\s+)?people\s+)?of\s+(?:the\s+)?)?(?:State\s+of\s+)?$/;
/** Between "for hosting" and the event: "the", "the second part of the". */
const HOSTED_LEAD_RE = /^\s+(?:the\s+)?(?:(?:first|second|third|resumed|high-level)\s+(?:part|segment)\s+of\s+the\s+)?(?:[a-z]+(?:-[a-z]+)?th\s+|first\s+|second\s+|third\s+)?$/;
// ("for discharging their co-hosting responsibilities by assuming the costs of the United Nations Conference ...", A/RES/79/314
// OP1; "... their hosting responsibilities for the Fourth International Conference ...", 79/323 OP1: the thanked hosted it)
const FOR_HOSTING_RE = /\bfor\s+(?:hosting|discharging\s+their\s+(?:co-)?hosting\s+responsibilities\s+(?:for|by\s+assuming\s+the\s+costs\s+of))\b/g;
/** ", and to Switzerland for hosting the eighth session ..." (A/RES/80/137 OP75): a later item of the thanked list opens
 *  with its own "to" after a comma; the thanks word is printed once, before the first item. */
const THANKS_MORE_TO_RE = /,\s+(?:and\s+)?(?:also\s+)?to\s+$/;
const THANKS_WORD_RE = /\b(?:appreciation|gratitude|thanks|grateful|thank)\s+(?:also\s+)?to\s/g;

/** Whether "appreciation/gratitude ... to" is printed before `pos` in the same clause. */
function thanksBefore(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 1500);
  const back = text.slice(from, pos);
  THANKS_WORD_RE.lastIndex = 0;
  let last = -1;
  for (let t = THANKS_WORD_RE.exec(back); t; t = THANKS_WORD_RE.exec(back)) last = t.index;
  return last >= 0 && sameClause(text, from + last, pos);
}

function thankedHosts(text: string, sorted: EntityMention[], push: (type: AttributionType, source: string, target: string, start: number, end: number) => void): void {
  FOR_HOSTING_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FOR_HOSTING_RE.exec(text))) {
    const after = m.index + m[0].length;
    const idx = firstMentionAtOrAfter(sorted, after);
    const target = sorted[idx];
    if (!target || !ATTRIBUTED_KINDS.has(target.kind) || !HOSTED_LEAD_RE.test(text.slice(after, target.start))) continue;
    // the thanked: the agents listed right after "to" before "for hosting", in the same clause
    const from = Math.max(0, m.index - 250);
    const before = text.slice(from, m.index);
    let to = -1;
    for (const t of before.matchAll(/\bto\s+/g)) {
      const head = before.slice(0, t.index + t[0].length);
      if (THANKS_TO_RE.test(head) || (THANKS_MORE_TO_RE.test(head) && thanksBefore(text, from + t.index))) to = from + t.index + t[0].length;
    }
    if (to < 0 || !sameClause(text, to, m.index)) continue;
    let end = to;
    const hosts: EntityMention[] = [];
    for (let i = firstMentionAtOrAfter(sorted, to); i < sorted.length; i++) {
      const a = sorted[i]!;
      if (a.start >= m.index) break;
      if (!AGENT_KINDS.has(a.kind)) break;
      const gap = text.slice(end, a.start);
      if (end === to ? !HOST_LEAD_RE.test(gap) : !LIST_GAP_RE.test(gap) && !/^\s+and\s+the\s+city\s+of\s+$/.test(gap)) break;
      hosts.push(a);
      end = a.end;
    }
    // "the Governments of Australia and Uruguay for hosting the Asia-Pacific Ministerial Conference ..., from 19 to 22 September
    // 2022, and the eighth Regional Platform ..., from 28 February to 2 March 2023, respectively" (A/RES/78/152 OP60): each host
    // its own event, in the order printed
    const paired = hosts.length > 1 && text.includes(RESPECTIVELY, after) ? respectiveEvents(text, sorted, idx, hosts.length) : undefined;
    for (let k = 0; k < hosts.length; k++) push('HOSTS', hosts[k]!.key, (paired?.[k] ?? target).key, to, (paired?.[k] ?? target).end);
  }
}

const RESPECTIVELY = ', respectively';
/** between two events of a list: their venues and dates, then ", (and) (the) <ordinal> " */
const RESPECTIVE_GAP_RE = /(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
/** the gap from the last event of a paired list (its own days may follow it) to a participle said of all of them: "..., respectively,
 *  events (jointly) " */
const RESPECTIVELY_EVENTS_GAP_RE = /^[^;]{0,80},\s+respectively,\s+events\s+(?:jointly\s+)?$/;
/**
 * The events listed up to `last` (its venues and dates between them, RESPECTIVE_GAP_RE), in order: "the Asia-Pacific Ministerial
 * Conference ..., from 19 to 22 September 2022, and the eighth Regional Platform ..., from 28 February to 2 March 2023,
 * respectively, events jointly organized with the United Nations Office for Disaster Risk Reduction" (A/RES/78/152 OP60).
 */
function respectiveEventsBefore(text: string, sorted: readonly EntityMention[], last: EntityMention): EntityMention[] {
  const evs: EntityMention[] = [last];
  for (let i = sorted.indexOf(last) - 1; i >= 0; i--) {
    const x = sorted[i]!;
    if (x.kind === 'Date' || x.kind === 'Place') continue;
    const gap = text.slice(x.end, evs[0]!.start);
    if (x.kind !== 'Event' || gap.length > 120 || gap.includes(';') || !RESPECTIVE_GAP_RE.test(gap)) break;
    evs.unshift(x);
  }
  return evs;
}
/** The `count` events listed from sorted[idx] on, when ", respectively" follows the last one in the same clause. */
function respectiveEvents(text: string, sorted: EntityMention[], idx: number, count: number): EntityMention[] | undefined {
  const evs: EntityMention[] = [sorted[idx]!];
  for (let i = idx + 1; i < sorted.length && evs.length < count; i++) {
    const x = sorted[i]!;
    if (x.kind === 'Date' || x.kind === 'Place') continue;
    if (!ATTRIBUTED_KINDS.has(x.kind)) return undefined;
    const gap = text.slice(evs[evs.length - 1]!.end, x.start);
    if (gap.length > 120 || gap.includes(';') || !RESPECTIVE_GAP_RE.test(gap)) return undefined;
    evs.push(x);
  }
  if (evs.length !== count) return undefined;
  const tail = text.slice(evs[count - 1]!.end, evs[count - 1]!.end + 80);
  const r = tail.indexOf(RESPECTIVELY);
  return r < 0 || tail.slice(0, r).includes(';') ? undefined : evs;
}

/** ", held in Geneva from 10 to 12 December 2003" right after a phase of the WSIS (named from `at` to `end`): the Summit was
 *  held there, on those days (one event held in two places, each with its own days). */
function phaseVenueAndDates(
  text: string,
  sorted: EntityMention[],
  at: number,
  end: number,
  push: (type: AttributionType, source: string, target: string, start: number, end: number) => void,
): void {
  const idx = firstMentionAtOrAfter(sorted, end);
  const place = idx < sorted.length ? sorted[idx] : undefined;
  if (place?.kind !== 'Place' || !PHASE_HELD_IN_GAP_RE.test(text.slice(end, place.start))) return;
  push('HELD_IN', WSIS_KEY, place.key, at, place.end);
  const from = sorted[idx + 1];
  if (from?.kind !== 'Date' || !PHASE_FROM_GAP_RE.test(text.slice(place.end, from.start))) return;
  push('STARTS_ON', WSIS_KEY, dateKey(dateMentionIso(from)), from.start, from.end);
  const to = sorted[idx + 2];
  if (from.attrs.role === 'start' && to?.kind === 'Date' && to.attrs.role === 'end') push('ENDS_ON', WSIS_KEY, dateKey(dateMentionIso(to)), to.start, to.end);
}

/** "the offer by the Government of Spain to host", "the generous offer of the Governments of Costa Rica and France to co-host",
 *  "the generous proposal of the Government of Turkmenistan to host" (A/RES/80/131 PP17), "the intention of Turkmenistan to
 *  host" (A/RES/78/147), "the election of the Kingdom of Morocco to host" (A/RES/79/136 OP9), "the initiative of Uzbekistan to convene an
 *  International Climate Forum in Samarkand" (A/RES/78/147 OP4). */
const TO_HOST_RE = /\bto\s+(?:co-)?host\b/g;
const OFFER_TO_HOST_BEFORE_RE = /\b(?:offers?|proposals?|initiative|intention|election|decision|willingness|commitment|readiness)\s+(?:made\s+)?(?:by|of)\s+(?:the\s+)?(?:Governments?\s+of\s+(?:the\s+)?)?(?:Kingdom\s+of\s+|State\s+of\s+)?$/;
/** Between "to host" and the event: "the", "a" ("to host a signing ceremony for the Convention", A/RES/79/243 PP5), "and
 *  assume the costs of the", an opening quote ("to host the “World Social Summit”"); not "one of the sessions of the". */
const HOST_TARGET_GAP_RE = /^\s+(?:and\s+assume\s+the\s+costs\s+of\s+)?(?:the\s+|an?\s+)?[“"]?$/;
/** "Expressing its appreciation to the Government of Viet Nam for the offer to host" (A/RES/79/243 PP5, 80/162 PP12): the
 *  offerer thanked before "for the offer": the words between it and "to host" (group 0), then "Government of" before it */
const FOR_THE_OFFER_BEFORE_RE = /\s+for\s+(?:the|its)\s+(?:generous\s+)?offer\s+$/;
const THANKED_GOVERNMENT_BEFORE_RE = /\bGovernment\s+of\s+(?:the\s+)?$/;

/** The places listed right before "to host" (or "to convene") at `at` ("Costa Rica and France"), after the offer's words, in
 *  order; undefined when there are none. */
function offerersBefore(text: string, sorted: EntityMention[], at: number): EntityMention[] | undefined {
  const hosts: EntityMention[] = [];
  let end = at;
  const thanked = FOR_THE_OFFER_BEFORE_RE.exec(text.slice(Math.max(0, at - 40), at));
  if (thanked) {
    // the State thanked "for the offer to host": the one place right before those words, after "Government of"
    const i = firstMentionAtOrAfter(sorted, at - thanked[0].length) - 1;
    const a = i >= 0 ? sorted[i] : undefined;
    if (a === undefined || a.kind !== 'Place' || a.end !== at - thanked[0].length) return undefined;
    return THANKED_GOVERNMENT_BEFORE_RE.test(text.slice(Math.max(0, a.start - 30), a.start)) ? [a] : undefined;
  }
  // (a body's agreement: "Welcomes the agreement of the Lebanon Recovery Fund to host the Eastern Mediterranean oil spill
  // restoration trust fund", A/RES/80/130 OP7, PP13; 79/200, 78/143)
  if (AGREEMENT_OF_THE_BEFORE_RE.test(text.slice(Math.max(0, at - 120), at))) {
    let i = firstMentionAtOrAfter(sorted, at) - 1;
    while (i >= 0 && sorted[i]!.end > at) i--;
    const a = i >= 0 ? sorted[i] : undefined;
    return a?.kind === 'Organization' && /^\s*$/.test(text.slice(a.end, at)) && isNamedOrganization(a) && text.endsWith('agreement of the ', a.start) ? [a] : undefined;
  }
  for (let i = firstMentionAtOrAfter(sorted, at) - 1; i >= 0; i--) {
    const a = sorted[i]!;
    if (a.end > end) continue;
    if (a.kind !== 'Place') break;
    const gap = text.slice(a.end, end);
    if (hosts.length === 0 ? !/^\s*$/.test(gap) : !LIST_GAP_RE.test(gap)) break;
    hosts.push(a);
    end = a.start;
  }
  if (hosts.length === 0 || !OFFER_TO_HOST_BEFORE_RE.test(text.slice(Math.max(0, end - 60), end))) return undefined;
  return hosts.reverse();
}

/** a body's agreement right before "to host": "the agreement of the <body> " (the body's name up to 100 characters) */
const AGREEMENT_OF_THE_BEFORE_RE = /\bagreement\s+of\s+the\s+[A-Z][^,;()]{1,100}\s$/;
/** "to convene the " right before an event's name, or "to convene an " (A/RES/78/147 OP4; see offeredConvener) */
const TO_CONVENE_BEFORE_RE = /\sto\s+convene\s+(?:the\s+|an?\s+)?$/;
/**
 * "welcomes the generous offer of the Government of Kyrgyzstan to convene the second Global Mountain Summit in Bishkek from 21
 * to 23 October 2027" (A/RES/80/144 OP31, 78/147 PP): the State that offers to convene a sitting organizes it, as "convened by"
 * says (DESIGN: ORGANIZES); read like an offer to host (offeredHosts). Not "the decision of the General Assembly to convene"
 * (a body, no State: its own sitting). Run for each event: "to convene" is asked about only there.
 */
function offeredConvener(text: string, sorted: EntityMention[], i: number, push: Push): void {
  const ev = sorted[i]!;
  const before = text.slice(Math.max(0, ev.start - 20), ev.start);
  const m = TO_CONVENE_BEFORE_RE.exec(before);
  if (!m) return;
  const hosts = offerersBefore(text, sorted, ev.start - before.length + m.index + 1);
  if (hosts) for (const h of hosts) push('ORGANIZES', h.key, ev.key, h.start, ev.end);
}

/** the gate of hostCountryAttributions */
const HOST_COUNTRY = 'host country';
/** before "host country": the State named as it, ", as the " ("the Government of Cambodia, as the host country") */
const AS_HOST_BEFORE_RE = /^,?\s+as\s+(?:the\s+)?$/;
/** ... or its possessive: "by Nepal of its " */
const OF_ITS_HOST_BEFORE_RE = /^\s+of\s+its\s+$/;
/** after "host country": the State in apposition, ", " ("by the host country, Costa Rica") */
const HOST_APPOSED_GAP_RE = /^,\s+$/;
/** ... and after the State, the end of the apposition */
const APPOSITION_END_RE = /^\s*(?:[,;:.]|$)/;
/** between a body and "host country": " by the " ("the support provided to the University by the host country") */
const BY_THE_HOST_GAP_RE = /^\s+by\s+the\s+$/;
/** after "host country": the body it hosts, printed as what its commitments or contributions are for: ", for the " (the
 *  Extraordinary Chambers), " commitments for the physical operation of the ", ", for its continued efforts in supporting and
 *  facilitating the work of the " */
const HOSTED_BODY_AFTER_RE = /^(?:,\s+for\s+the\s+|\s+commitments\s+for\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+the\s+|,\s+for\s+its\s+[a-z ]{0,60}?\bthe\s+work\s+of\s+the\s+)$/;
/** ... or as the body whose seat the State's support is about, later in its clause: ", including resolving the issue of the
 *  ownership of the land on which the " + body + " is located" (A/RES/79/242 OP17; " where the ... is based") */
const SEAT_OF_BODY_BEFORE_RE = /^,?\s+(?:including|in\s+particular|notably)\s+[a-z ,]{0,100}?\b(?:on\s+which|where|in\s+which)\s+the\s+$/;
const SEAT_OF_BODY_AFTER_RE = /^\s+is\s+(?:located|based|headquartered|seated)\b/;
/**
 * The lead's ruling (session 59): the State a text names as the host country of a standing body HOSTS it. Both printed with the
 * words: "the support provided to the University by the host country, Costa Rica" (A/RES/79/84 PP8), "the timely execution by
 * Nepal of its host country commitments for the physical operation of the Regional Centre" (79/67 PP5, OP3; 78/58), "the
 * Government of Cambodia, as the host country, for the Extraordinary Chambers" (80/243 IV.OP4, 78/253, 79/258), "the Government
 * of Thailand, as the host country, for its continued efforts in supporting and facilitating the work of the Economic and
 * Social Commission for Asia and the Pacific", "the Government of Uganda as host country, including resolving the issue of the
 * ownership of the land on which the Institute is located" (79/242 OP17: the body seated on its land). Not "the host country" alone (the United States of the Headquarters texts, "the
 * support provided to the Centre by the host country", 78/235), nor a sitting's host ("China as the host country of the Fourth
 * World Conference on Women" hosted it once: no standing body).
 */
function hostCountryAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let at = text.indexOf(HOST_COUNTRY); at >= 0; at = text.indexOf(HOST_COUNTRY, at + HOST_COUNTRY.length)) {
    const end = at + HOST_COUNTRY.length;
    const k = firstMentionAtOrAfter(sorted, end);
    const after = k < sorted.length ? sorted[k] : undefined;
    let b = k - 1;
    while (b >= 0 && sorted[b]!.end > at) b--;
    const before = b >= 0 ? sorted[b] : undefined;
    // the State: printed before ("Nepal of its", "Cambodia, as the") or in apposition after ("the host country, Costa Rica")
    let state: EntityMention | undefined;
    let stateIsAfter = false;
    if (before?.kind === 'Place' && at - before.end <= 12) {
      const gap = text.slice(before.end, at);
      if (AS_HOST_BEFORE_RE.test(gap) || OF_ITS_HOST_BEFORE_RE.test(gap)) state = before;
    }
    if (state === undefined && after?.kind === 'Place' && after.start - end <= 3 && HOST_APPOSED_GAP_RE.test(text.slice(end, after.start)) && APPOSITION_END_RE.test(text.slice(after.end, after.end + 2))) {
      state = after;
      stateIsAfter = true;
    }
    if (state === undefined) continue;
    // the body: printed after, as what the State's commitments or contributions are for, or before "by the host country"
    let body: EntityMention | undefined;
    const next = stateIsAfter ? (k + 1 < sorted.length ? sorted[k + 1] : undefined) : after;
    if (!stateIsAfter && next?.kind === 'Organization' && next.start - end <= 100 && HOSTED_BODY_AFTER_RE.test(text.slice(end, next.start))) body = next;
    else if (!stateIsAfter && next?.kind === 'Organization' && next.start - end <= 150 && SEAT_OF_BODY_BEFORE_RE.test(text.slice(end, next.start)) && SEAT_OF_BODY_AFTER_RE.test(text.slice(next.end, next.end + 20))) body = next;
    else if (stateIsAfter && before?.kind === 'Organization' && at - before.end <= 10 && BY_THE_HOST_GAP_RE.test(text.slice(before.end, at))) body = before;
    // (a short form keyed to the full name is the body: "the University", "the Regional Centre")
    if (body === undefined) continue;
    push('HOSTS', state.key, body.key, Math.min(state.start, body.start), Math.max(state.end, body.end));
  }
}

function offeredHosts(text: string, sorted: EntityMention[], push: (type: AttributionType, source: string, target: string, start: number, end: number) => void): void {
  TO_HOST_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TO_HOST_RE.exec(text))) {
    const after = m.index + m[0].length;
    const idx = firstMentionAtOrAfter(sorted, after);
    const target = idx < sorted.length ? sorted[idx] : undefined;
    // (or a standing body, the lead's session-59 ruling: "the intention of Turkmenistan to host the Regional Centre for Climate Change
    // Mitigating Technologies", A/RES/78/147 PP8)
    if (!target || !(ATTRIBUTED_KINDS.has(target.kind) || target.kind === 'Organization') || !HOST_TARGET_GAP_RE.test(text.slice(after, target.start))) continue;
    const hosts = offerersBefore(text, sorted, m.index);
    if (!hosts) continue;
    // "Saudi Arabia and ... Mongolia to host the sixteenth and seventeenth sessions of the Conference of the Parties, in
    // 2024 and 2026, respectively" (A/RES/78/262 PP11): one host each, in order
    const targets = [target];
    for (let j = idx + 1; j < sorted.length && targets.length < hosts.length; j++) {
      const x = sorted[j]!;
      if (x.kind !== 'Event' || !/^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/.test(text.slice(targets[targets.length - 1]!.end, x.start))) break;
      targets.push(x);
    }
    const last = targets[targets.length - 1]!;
    if (hosts.length > 1 && targets.length === hosts.length && text.slice(last.end, last.end + 80).includes('respectively')) {
      hosts.forEach((h, k) => push('HOSTS', h.key, targets[k]!.key, h.start, targets[k]!.end));
      continue;
    }
    for (const h of hosts) push('HOSTS', h.key, target.key, h.start, target.end);
  }
}

/**
 * "Invites the United Nations Environment Programme to facilitate the observance of the International Day of the Snow
 * Leopard" (A/RES/79/143), "Invites UNESCO to act as the lead agency and focal point for the International Year of
 * Quantum Science and Technology" (A/RES/78/287 OP2): the organizations asked lead the day, year or initiative.
 * ("to facilitate the organization and implementation of the International Year", A/RES/78/260 OP3; "to lead the
 * implementation of the Decade of Action", A/RES/78/321 OP3; "to continue to lead the implementation of the Decade", A/RES/78/168;
 * the article may be left out: "to facilitate implementation of the International Year", A/RES/78/127 OP4)
 * (the gerund after the bodies' efforts or role: "the efforts of the United Nations Educational, Scientific and Cultural
 * Organization and the World Meteorological Organization in facilitating the implementation of the International Year of
 * Glaciers’ Preservation", A/RES/78/321 PP13)
 */
const FACILITATE_BEFORE_RE = /\b(?:(?:to\s+facilitate|in\s+facilitating)\s+(?:the\s+)?(?:observance|implementation|celebration|organization(?:\s+and\s+implementation)?)\s+of|to\s+(?:(?:continue\s+to\s+)?lead\s+the\s+implementation\s+of|(?:act|serve)\s+as\s+the\s+lead\s+agency(?:\s+and\s+(?:the\s+)?focal\s+point)?\s+for))\s+(?:the\s+)?$/;
/** the gerund form of FACILITATE_BEFORE_RE, after the bodies' efforts or role */
const IN_FACILITATING = 'in facilitating';
/** the words before the first body whose efforts or role the gerund tells: "the efforts of the ", "the role of " */
const AGENTS_EFFORTS_OF_BEFORE_RE = /\b(?:efforts|role|work|leadership|contributions?)\s+of\s+(?:the\s+)?$/;
/** Between the last organization asked and "to": nothing, or an aside ("..., in collaboration with other relevant entities,"). */
const ASKED_TO_GAP_RE = /^\s*(?:,[^,;]{1,80},\s*)?$/;
const COMPLEMENT_BEFORE_RE = /\b[a-z]+\s+(?:of|with|within|from)\s+(?:the\s+)?$/;
/** Where the asides before "to" start (at most two, FACILITATOR_ASIDE_BEFORE_RE), past the acronym's closing bracket before them
 *  ("the United Nations Human Settlements Programme (UN-Habitat), mindful of ..., to", A/RES/78/122 OP4); `to` when none. */
function asideStart(text: string, to: number): number {
  let end = to;
  for (let k = 0; k < 2; k++) {
    // (the comma that opens an aside closes the one before it: kept for the next round)
    // (a list of partners runs to some 300 characters, A/RES/78/289 OP3)
    const aside = FACILITATOR_ASIDE_BEFORE_RE.exec(text.slice(Math.max(0, end - 360), end));
    if (!aside) break;
    end -= aside[0].length - 1;
  }
  if (end === to) return to;
  end--;
  return text.charCodeAt(end - 1) === 41 /* ) */ ? end - 1 : end;
}
function facilitatorAttributions(text: string, sorted: EntityMention[], i: number, push: Push): void {
  const t = sorted[i]!;
  const before = text.slice(Math.max(0, t.start - 110), t.start);
  const m = FACILITATE_BEFORE_RE.exec(before);
  if (!m) return;
  const to = t.start - before.length + m.index;
  const gerund = text.startsWith(IN_FACILITATING, to);
  // the organizations listed right before "to" ("the United Nations Children's Fund and UNESCO to facilitate")
  const leads: EntityMention[] = [];
  let end = asideStart(text, to);
  for (let j = i - 1; j >= 0; j--) {
    const a = sorted[j]!;
    if (a.end > end) continue;
    if (a.kind !== 'Organization') break;
    // "the Department of Global Communications of the Secretariat to facilitate" (A/RES/78/312 OP3): the department is asked,
    // not the Secretariat it is part of
    if (leads.length === 1 && leads[0] === sorted[j + 1] && /^\s+of\s+the\s+$/.test(text.slice(a.end, end))) {
      leads[0] = a;
      end = a.start;
      continue;
    }
    if (leads.length === 0 ? !ASKED_TO_GAP_RE.test(text.slice(a.end, end)) : !LIST_GAP_RE.test(text.slice(a.end, end))) break;
    // "... with other relevant entities of the United Nations to facilitate" (A/RES/78/286 OP3): a complement, not the asked
    // (but the bodies whose efforts or role the gerund tells are its agents: "the efforts of the ... in facilitating")
    const prefix = text.slice(Math.max(0, a.start - 30), a.start);
    if (COMPLEMENT_BEFORE_RE.test(prefix) && !(gerund && AGENTS_EFFORTS_OF_BEFORE_RE.test(prefix))) break;
    leads.push(a);
    end = a.start;
  }
  // (the gerund tells what the bodies' efforts or role did: the list must open on those words, not on "a report of")
  const head = leads[leads.length - 1];
  if (gerund && (head === undefined || !AGENTS_EFFORTS_OF_BEFORE_RE.test(text.slice(Math.max(0, head.start - 30), head.start)))) return;
  for (const a of leads) push('LEADS', a.key, t.key, a.start, t.end);
}

/**
 * "Requests the President of the General Assembly to convene a full-day high-level meeting ..." (A/RES/78/288 OP5), "Requests the
 * Secretary-General to convene the third Review Conference of the Convention" (A/RES/80/52), "Requests the President of the General
 * Assembly to organize, on 18 December 2025, a one-day high-level plenary meeting" (A/RES/80/106): the bodies asked to convene,
 * organize or hold a sitting organize it, as "to be convened by" says (agentVerbAttributions). Not "Decides to convene" (no body),
 * not "Requests the Secretary-General to provide the support necessary to convene" (the body asked is not the one convening), not
 * a body asked to attend or take part in it. So is a body the text says shall or will convene one: "the intergovernmental
 * negotiating committee shall convene an organizational session" (A/RES/79/235 OP5), "the General Assembly will convene, during
 * its eighty-second session in 2027, a high-level meeting" (A/RES/80/173 OP125): stated, not read from the sitting's name. Who
 * presides organizes too: "to organize and preside over an interactive multi-stakeholder hearing" (A/RES/78/269 OP6).
 */
const ASKED_TO_CONVENE_RE = /\b(?:to|shall|will)\s+(?:continue\s+to\s+)?(?:convene|organi[sz]e|hold)(?:\s+and\s+preside\s+over)?\b/g;
/** Between the verb and the sitting: asides in commas ("to convene, within existing resources, a"; two of them, "to convene, in
 *  2025, within existing resources, a", A/RES/78/280 OP32), "at the seventy-ninth session
 *  of the Assembly, a" (A/RES/79/210 OP4), then its article and a length ("a full-day", "a one-day", "the annual"). */
const CONVENED_SITTING_GAP_RE = /^(?:\s*,(?:[^,;:]{1,110},){1,2}|\s+(?:at|during|in|on)\s[^,;:]{1,80},)?\s+(?:the|a|an)\s+(?:(?:[a-z]+-)+[a-z]+\s+|(?:annual|special|informal|commemorative)\s+){0,2}$/;
/** Before "to convene": an aside after the body asked ("the President of the General Assembly, with the support of UN-Women, to"). */
const ASKED_ASIDE_BEFORE_RE = /,[^,;]{1,80},\s*$/;
/** Before "to convene": a list of supporters after the body asked, commas and all ("the President of the General Assembly, with the
 *  support of the World Health Organization, the Food and Agriculture Organization ... and other relevant partners, to organize",
 *  A/RES/78/269 OP6, 79/273, 79/333): the supporters are not asked to organize it. */
const SUPPORTERS_ASIDE_BEFORE_RE = /,\s+with\s+the\s+support\s+of\s[^;:]{1,300},\s*$/;
function askedToConveneAttributions(text: string, sorted: EntityMention[], push: Push): void {
  ASKED_TO_CONVENE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ASKED_TO_CONVENE_RE.exec(text))) {
    const after = m.index + m[0].length;
    const idx = firstMentionAtOrAfter(sorted, after);
    // the sitting: the first event after the verb that is its object (not a session an aside names on the way)
    let target: EntityMention | undefined;
    for (let j = idx; j < sorted.length && sorted[j]!.start < after + 160; j++) {
      const x = sorted[j]!;
      if (x.kind !== 'Event' || !CONVENED_SITTING_GAP_RE.test(text.slice(after, x.start))) continue;
      target = x;
      break;
    }
    if (!target) continue;
    // the bodies asked, listed right before "to" (an aside after them skipped, with what it names)
    let end = m.index;
    const aside = SUPPORTERS_ASIDE_BEFORE_RE.exec(text.slice(Math.max(0, end - 330), end)) ?? ASKED_ASIDE_BEFORE_RE.exec(text.slice(Math.max(0, end - 84), end));
    if (aside) end -= aside[0].length;
    const asked: EntityMention[] = [];
    for (let j = firstMentionAtOrAfter(sorted, end) - 1; j >= 0; j--) {
      const a = sorted[j]!;
      if (a.end > end) continue;
      if (a.kind !== 'Organization') break;
      // "the Department of Global Communications of the Secretariat to organize": the department is asked (as facilitatorAttributions)
      if (asked.length === 1 && asked[0] === sorted[j + 1] && /^\s+of\s+the\s+$/.test(text.slice(a.end, end))) {
        asked[0] = a;
        end = a.start;
        continue;
      }
      if (asked.length === 0 ? !/^\s*$/.test(text.slice(a.end, end)) : !LIST_GAP_RE.test(text.slice(a.end, end))) break;
      if (COMPLEMENT_BEFORE_RE.test(text.slice(Math.max(0, a.start - 30), a.start))) break;
      asked.push(a);
      end = a.start;
    }
    for (const a of asked) push('ORGANIZES', a.key, target.key, a.start, target.end);
  }
}

/**
 * "Recalling also paragraph 30 of the 2030 Agenda for Sustainable Development,2" with "2 Resolution 70/1." (A/RES/80/120
 * PP5), "Reaffirming the Declaration on Principles of International Law concerning Friendly Relations ...,1" with
 * "1 Resolution 2625 (XXV), annex.", "the United Nations Millennium Declaration,8" with "8 Resolution 55/2." (A/RES/80/51
 * PP7): a framework whose footnote is only the resolution (or its annex) was adopted by it. Not "See resolution ..."
 * (where the thing is stated, not adopted). Adds to `out` the ADOPTED attributions it finds.
 * (the letter of a part may stand before the session: "Resolution 217 A (III).", "Resolution 2200 A (XXI), annex.", the Universal
 * Declaration and the Covenants in some 150 texts of corpus-ga)
 * (two annexes: "the Sendai Declaration and the Sendai Framework for Disaster Risk Reduction 2015–2030,13" with "13 Resolution
 * 69/283, annexes I and II.", A/RES/79/204 PP3 and 15 texts of corpus-ga: the resolution adopted both, group two)
 * (one resolution in two parts: "the Declaration and Programme of Action on a Culture of Peace, 2" with "2 Resolutions 53/243 A
 * and B." (A/RES/79/315 PP2, 78/277, 79/321 and 6 more texts of corpus-ga): part A adopted the Declaration, B the Programme of
 * Action, one framework node; group parts, both adopted it)
 * (or two resolutions whose annexes together hold one text: "the World Programme of Action for Youth,17" with "17 Resolution 50/81,
 * annex, and resolution 62/126, annex." (A/RES/80/180 OP1, 78/174, 78/179, 79/8 and 5 more texts of corpus-ga): the programme and
 * its supplement, each adopted by the resolution whose annex holds it; both adopted the one framework the mark closes; group
 * annexes)
 */
const RESOLUTION_FOOTNOTE_RE = /^(?:General\s+Assembly\s+)?(?:[Rr]esolution\s+[^\s,;]+(?:\s+\([IVXL]+\))?(?:\s+[A-Z](?:\s+\([IVXL]+\))?)?|(?<parts>[Rr]esolutions\s+\d{1,3}\/\d{1,3}\s+[A-Z]\s+and\s+[A-Z])|(?<annexes>[Rr]esolution\s+\d{1,3}\/\d{1,3},\s+annex,\s+and\s+resolution\s+\d{1,3}\/\d{1,3}))(?:,\s+annex(?:\s+[IVX]{1,4})?|,\s+annexes\s+[IVX]{1,4}\s+and\s+(?<two>[IVX]{1,4}))?(?<also>;\s+see\s+also\s+resolution\s+[^\s,;]+(?:,\s+annex(?:\s+[IVX]{1,4})?)?)?\.?\s*$/;
// (the one resolution it cites, or the first of two: "the Awaza Programme of Action for Landlocked Developing Countries for the
// Decade 2024–203412" with "12 Resolution 79/233, annex; see also resolution 79/279." (A/RES/80/5 annex OP20, 80/118 PP19, 15
// texts of corpus-ga): the annex of the first holds the framework; the one seen also is another text on it)
// "article 18 of the International Covenant on Civil and Political Rights, 1" with "1 See resolution 2200 A (XXI), annex."
// (A/RES/80/202 PP1; some 100 footnotes of corpus-ga, the two Covenants): "See" the resolution whose annex holds the text, which
// that resolution adopted (the annex must be printed: "See resolution 70/1." stands under what a resolution states)
const SEE_ANNEX_FOOTNOTE_RE = /^See\s+(?:General\s+Assembly\s+)?resolution\s+[^\s,;]+(?:\s+\([IVXL]+\))?(?:\s+[A-Z](?:\s+\([IVXL]+\))?)?,\s+annex(?:\s+[IVX]{1,4})?\.?\s*$/;
/**
 * A footnote that cites the decision of a treaty body that adopted the framework: "Adopted under the UNFCCC in
 * FCCC/CP/2015/10/Add.1, decision 1/CP.21." (the Paris Agreement, some 60 texts of corpus-ga), "United Nations Environment
 * Programme, document CBD/COP/15/17, decision 15/4, annex." (the Kunming-Montreal Global Biodiversity Framework), "...,
 * document UNEP/CBD/COP/10/27, annex, decision X/1." (the Nagoya Protocol). Not "See ...", as for resolutions.
 * (The treaty printed by its full name too, and the document after "in" or after a full stop and "See": "Adopted under the
 * United Nations Framework Convention on Climate Change in FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex." (A/RES/79/236
 * PP7, 78/167, 79/210, 79/314, 80/156), "Adopted under the United Nations Framework Convention on Climate Change. See
 * FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex." (A/RES/80/5).)
 */
const DECISION_FOOTNOTE_RE = /^(?!See\s)(?:Adopted\s+under\s+the\s+(?:[A-Z]+|[A-Z][A-Za-z ]{2,80}?)(?:\s+in|\.\s+See)\s+[^\s,]+|[A-Z][A-Za-z ]{2,80},\s+document\s+[^\s,]+(?:,\s+annex)?),\s+decision\s+[^\s,;]+(?:,\s+annex)?\.?\s*$/;
// (the semicolon or full stop that ends the paragraph may stand first: "... and the Sendai Framework for Disaster Risk Reduction
// 2015–2030;3" with "3 Resolution 69/283, annex II.", A/RES/80/111 OP3)
const FRAMEWORK_TO_MARK_RE = /^[\s”"’*_,;.]{0,4}$/;
/** the year printed as the end of a framework's name, then the mark: ", 2002,6", ", 2002, 1"; or the day it is dated by: " of
 *  15 October 2003;9" ("the Recommendation concerning the Promotion and Use of Multilingualism and Universal Access to Cyberspace
 *  of 15 October 2003;9", A/RES/78/330 OP24, with a records note annexing it to the session's resolutions); or its month alone:
 *  " of June 1992" ("the Rio Declaration on Environment and Development of June 1992", A/RES/80/216 PP15, 78/206) */
const FRAMEWORK_YEAR_TO_MARK_RE = new RegExp(String.raw`^(?:,|\sof\s(?:\d{1,2}\s[A-Z][a-z]{2,8}|(?:${MONTHS})))\s(?:19|20)\d\d[\s”"’*_,;.]{0,4}$`);
// (a title that names the framework: "the political declaration on the implementation of ...", "the outcome document of ...
// towards achieving ..."; not the work itself, "the full implementation of the 2030 Agenda for Sustainable Development,6" with
// "6 Resolution 70/1.", A/RES/79/126 OP8)
/** "review" or "Review" in a sitting's name (a review conference, whose report may hold a text named as a review's) */
const REVIEW_WORD_RE = /\b[Rr]eview\b/;
const TITLE_NAMING_BEFORE_RE = /\b(?:[Dd]eclaration|document|review|outcome|follow-up|achieving|assessment)\b[^,;.“”]{0,120}?\b(?:of|on|towards|to|achieving)\s+(?:the\s+)?$/;
/**
 * What may stand between a framework and its footnote mark: punctuation, or its date of adoption ("the Declaration on the
 * Elimination of Violence against Women, adopted on 20 December 1993,6", A/RES/78/288 PP4; "the United Nations Global
 * Counter-Terrorism Strategy, adopted on 8 September 2006,1", A/RES/80/171 PP2).
 */
const ADOPTED_ON_TO_MARK_RE = /^,?\s+adopted\s+(?:on|in)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d[\s,]{0,3}$/;
/** ... or the Assembly that adopted it and the day: "the Political Declaration on HIV and AIDS: ..., adopted by the General
 *  Assembly on 8 June 2021,23" with "23 Resolution 75/284, annex." (A/RES/79/191 PP36; "the United Nations Millennium
 *  Declaration, adopted by the General Assembly on 8 September 2000,5", 78/203 PP9, 79/170, 80/207; 78/277 PP3, 78/73 PP19,
 *  79/11 PP3, 79/321) */
const ADOPTED_BY_ASSEMBLY_ON_TO_MARK_RE = /^,?\s+adopted\s+by\s+the\s+(?:General\s+)?Assembly\s+(?:on|in)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d[\s,]{0,3}$/;
/** ... or, after "the adoption of", its day alone: "Recalling also its adoption of the United Nations Millennium Declaration on
 *  8 September 2000,2" with "2 Resolution 55/2." (A/RES/80/204 PP3) */
const ON_DAY_TO_MARK_RE = /^,?\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d[\s,]{0,3}$/;
/** ... or the day it is dated by after "of": "the Final Document of the Tenth Special Session of the General Assembly of 30 June
 *  1978, 1" with "1 Resolution S-10/2." (A/RES/79/39 PP3) */
const OF_DAY_TO_MARK_RE = /^,?\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d[\s,]{0,3}$/;
// ... or its short name in brackets: "the United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures
// for Women Offenders (the Bangkok Rules)9" with "9 Resolution 65/229, annex." (A/RES/79/176 PP15)
const SHORT_NAME_TO_MARK_RE = /^\s?\((?:the\s+)?[A-Z][^()]{0,60}\)[\s”"’*_,;.]{0,4}$/;
/** ... or, after a title that names its sitting ("the political declaration adopted at the Nelson Mandela Peace Summit in 2018, 3"
 *  with "3 Resolution 73/1.", A/RES/79/8 PP13, 78/281 PP9), the sitting's year */
const IN_YEAR_TO_MARK_RE = /^\s+in\s+(?:19|20)\d\d[\s,]{0,3}$/;
/** ... or, after the framework a text was adopted under (frameworkAdoptedUnder), the month and year: " in December 2015 " */
const IN_MONTH_YEAR_TO_MARK_RE = /^\s+in\s+[A-Z][a-z]+\s+(?:19|20)\d\d[\s,]{0,3}$/;
const ADOPTED_AT_IN_TITLE_RE = /\badopted\s+at\s+the\s+[A-Z]/;
// ... or (when no framework stands so before the mark) the short name in brackets is the framework read, its long name unread: "the principles relating to the status of
// national institutions for the promotion and protection of human rights (the Paris Principles), 9" with "9 Resolution 48/134,
// annex." (A/RES/78/216 OP25, 78/204, 78/211, 78/220, 79/177, 79/183, 79/331, 80/199, 80/214); only when the bracket holds the
// name alone ("(in accordance with the Paris Principles), 9" says not whose note it is)
const BRACKET_CLOSE_TO_MARK_RE = /^\)[\s”"’*_,;.]{0,4}$/;
const BRACKET_OPEN_BEFORE_RE = /\((?:the\s+)?$/;
function frameworkToMark(gap: string, text: string, start: number, end: number, body: readonly EntityMention[]): boolean {
  if (FRAMEWORK_TO_MARK_RE.test(gap)) return true;
  if (gap.length <= 70 && (gap.charCodeAt(0) === 40 /* ( */ || gap.charCodeAt(1) === 40) && SHORT_NAME_TO_MARK_RE.test(gap)) return true;
  if (gap.length <= 12) return IN_YEAR_TO_MARK_RE.test(gap) && ADOPTED_AT_IN_TITLE_RE.test(text.slice(start, end));
  if (gap.length >= 40 && gap.length <= 64 && ADOPTED_BY_ASSEMBLY_ON_TO_MARK_RE.test(gap)) return true;
  if (gap.length >= 40) return gap.length < 260 && adoptedAtSittingToMark(gap, text, start, end, body);
  return ADOPTED_ON_TO_MARK_RE.test(gap) || OF_DAY_TO_MARK_RE.test(gap) || (ON_DAY_TO_MARK_RE.test(gap) && ADOPTION_OF_RE.test(text.slice(Math.max(0, start - 30), start))) || adoptedAtSittingToMark(gap, text, start, end, body);
}
/**
 * ... or the sitting that adopted it, with its venue and days: "the New Urban Agenda, adopted at the United Nations Conference on
 * Housing and Sustainable Urban Development (Habitat III), held in Quito from 17 to 20 October 2016,5" with "5 Resolution 71/256,
 * annex." (A/RES/78/178 OP20, some 50 paragraphs of corpus-ga), "the adoption of the New Urban Agenda by the ... (Habitat III),
 * held in ...,10", "the political declaration adopted by the high-level political forum ... (Sustainable Development Goals
 * Summit), held in New York on 18 and 19 September 2023,1" with "1 Resolution 78/1, annex." (A/RES/78/178 PP14): the note
 * closes the framework's phrase, and the resolution it cites holds the framework.
 */
const ADOPTED_AT_LEAD_RE = /^[”"]?,?\s+(?:(adopted)\s+)?(?:in\s+[A-Z][a-z]+\s+)?(?:at|by)\s+(?:the\s+)?$/;
/** ... or the sitting whose outcome it is, after its subtitle: "the Doha Declaration on Financing for Development: outcome document of
 *  the Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus,5"
 *  with "5 Resolution 63/239, annex." (A/RES/78/164 PP8, 11 texts of corpus-ga) */
const OUTCOME_DOCUMENT_OF_LEAD_RE = /^:\s+outcome\s+document\s+of\s+(?:the\s+)?$/;
const SITTING_ACRONYM_RE = /^\s*\([^()]{1,60}\)/;
const HELD_IN_TO_MARK_RE = /^,?\s+held\s+(?:in|at)\s+[A-Z][^;:()“”]{1,80}?(?:19|20)\d\d[\s,”"]{0,3}$/;
function adoptedAtSittingToMark(gap: string, text: string, start: number, end: number, body: readonly EntityMention[]): boolean {
  const c = gap.charCodeAt(gap.charCodeAt(0) === 0x201d || gap.charCodeAt(0) === 34 ? 1 : 0);
  if (c !== 44 /* , */ && c !== 32 && c !== 40 /* ( */ && c !== 58 /* : */) return false;
  let at = end;
  const mark = end + gap.length;
  // the sitting named right after "adopted at/by (the)"
  let sitting: EntityMention | undefined;
  for (const m of body) if (m.kind === 'Event' && m.start > end && m.start < mark && (!sitting || m.start < sitting.start)) sitting = m;
  if (sitting) {
    const lead = ADOPTED_AT_LEAD_RE.exec(text.slice(end, sitting.start));
    if (lead) {
      // "the New Urban Agenda at the ...": only after "the adoption of"
      if (!lead[1] && !ADOPTION_OF_RE.test(text.slice(Math.max(0, start - 30), start))) return false;
      at = sitting.end;
    } else if (c === 58 && OUTCOME_DOCUMENT_OF_LEAD_RE.test(text.slice(end, sitting.start))) at = sitting.end;
    // (or the sitting whose outcome document, named by its city, it is: "the Buenos Aires outcome document of the second
    // High-level United Nations Conference on South-South Cooperation,3" with "3 Resolution 73/291, annex.", A/RES/80/125 PP9)
    else if (sitting.start === end + OF_THE_GAP.length && text.startsWith(OF_THE_GAP, end) && text.slice(start, end).endsWith(OUTCOME_DOCUMENT_WORDS)) at = sitting.end;
  }
  if (c === 58 && at === end) return false;
  const acro = SITTING_ACRONYM_RE.exec(text.slice(at, mark));
  if (acro) at += acro[0].length;
  // something of the sitting must stand between: its name, or its venue and days
  if (at === end && !text.startsWith(',', at) && !text.startsWith(' (', at)) return false;
  const rest = text.slice(at, mark);
  if (FRAMEWORK_TO_MARK_RE.test(rest)) return at !== end && sitting !== undefined && at >= sitting.end;
  // "..., adopted by the ... (Habitat III) on 20 October 2016,21"
  return at !== end && (HELD_IN_TO_MARK_RE.test(rest) || (sitting !== undefined && at >= sitting.end && ON_DAY_TO_MARK_RE.test(rest)));
}
// "the International Covenant on Civil and Political Rights2 and the International Covenant on Economic, Social and Cultural
// Rights, 3" with "2 See resolution 2200 A (XXI), annex." and "3 Ibid." (A/RES/79/175 PP1, 80/215 PP1, some 50 texts of corpus-ga); "the Pact
// for the Future,21 including the Global Digital Compact,22" with "21 Resolution 79/1." and "22 Ibid., annex I.": the same
// resolution (extract.ts reads it on the "Ibid."), the resolution the words before the mark say adopted it, if they say so
// ("the adoption of the ...,3", "..., adopted on 20 December 1993,6": adoptionStatedAtMark)
const RESOLUTION_PREFIX = 'Resolution:';
const IBID_FOOTNOTE_RE = /^Ibid\.(?:,\s+annex(?:\s+[IVX]{1,4})?\.?)?\s*$/;
/** a footnote mark inside a name: after a lowercase letter or a space, before a space */
const MARK_INSIDE_NAME_RE = /^[a-z\s]\d{1,3}\s$/;
/** the day a framework was affirmed, right before the mark of the note citing the resolution that did: ", affirmed on 17 December 2018," */
const AFFIRMED_ON_DAY_TO_MARK_RE = /,?\s*affirmed\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d,?\s*$/;
/** a note citing one resolution and nothing more: "See resolution 73/151." */
const SEE_ONE_RESOLUTION_NOTE_RE = /^(?:See\s+)?[Rr]esolution\s+\d{1,3}\/\d{1,4}\.?\s*$/;
/** how far before "affirmed" the framework may end (a report it is set out in may stand between) */
const AFFIRMED_FRAMEWORK_REACH = 200;
/**
 * "Recalls the Global Compact on Refugees as set out in the High Commissioner’s annual report (part II) of 2018,11 affirmed on
 * 17 December 2018,12" with "12 See resolution 73/151." (A/RES/80/188 OP4, 78/185; "the Global Compact on Refugees,8 affirmed on
 * 17 December 2018,9", 80/187 OP18, 79/156, 78/184): the noted resolution affirmed a text drafted elsewhere, ENDORSES, as "in which
 * it endorsed" (endorsedNotAdopted). The last framework before "affirmed" in the same clause; true when read.
 */
function affirmedByNotedResolution(text: string, r: ParagraphText['footnoteRefs'][number], body: readonly EntityMention[], footnotes: readonly EntityMention[], out: Attribution[]): boolean {
  if (!r.footnote || !SEE_ONE_RESOLUTION_NOTE_RE.test(r.footnote.text)) return false;
  const gap = AFFIRMED_ON_DAY_TO_MARK_RE.exec(text.slice(Math.max(0, r.offset - 40), r.offset));
  if (!gap) return false;
  const res = footnotes.find((f) => f.kind === 'Resolution' && f.footnote?.offset === r.offset && f.footnote.mark === r.mark);
  const at = r.offset - gap[0].length;
  let fw: EntityMention | undefined;
  for (const m of body) if (m.kind === 'Framework' && m.end <= at && at - m.end <= AFFIRMED_FRAMEWORK_REACH && (!fw || m.end > fw.end)) fw = m;
  if (res === undefined || fw === undefined || text.slice(fw.end, at).includes(';')) return false;
  out.push({ type: 'ENDORSES', source: res.key, target: fw.key, phrase: text.slice(fw.start, r.offset + r.mark.length), start: fw.start, end: r.offset + r.mark.length });
  return true;
}
export function adoptedByFootnotedResolution(text: string, refs: ParagraphText['footnoteRefs'], body: readonly EntityMention[], footnotes: readonly EntityMention[], out: Attribution[]): NotedDeclaration[] | undefined {
  let noted: NotedDeclaration[] | undefined;
  let adopting: boolean = false;
  for (const r of refs) {
    if (!r.footnote) continue;
    if (affirmedByNotedResolution(text, r, body, footnotes, out)) continue;
    const ibid: boolean = adopting && r.footnote.text.length > 0 && r.footnote.text.charCodeAt(0) === 73 /* I */ && IBID_FOOTNOTE_RE.test(r.footnote.text);
    const own: RegExpExecArray | null = ibid ? null : RESOLUTION_FOOTNOTE_RE.exec(r.footnote.text);
    const decision: boolean = !ibid && own === null && !SEE_ANNEX_FOOTNOTE_RE.test(r.footnote.text);
    adopting = !decision;
    // (a decision's annex named by its document alone, "See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.": read only after
    // "adopted under the <framework>", below)
    const annexNote: boolean = decision && !DECISION_FOOTNOTE_RE.test(r.footnote.text);
    if (annexNote && !(textIncludes(text, ADOPTED_UNDER_THE) && textIncludes(r.footnote.text, DECISION_WORDS) && DECISION_ANNEX_NOTE_RE.test(r.footnote.text))) continue;
    let res: EntityMention | undefined;
    let n = 0;
    for (const f of footnotes) if (f.kind === 'Resolution' && f.footnote?.offset === r.offset && f.footnote.mark === r.mark && (!res || f.start < res.start || own?.groups?.also === undefined)) (res = f), n++;
    const parts: boolean = own?.groups?.parts !== undefined || own?.groups?.annexes !== undefined;
    if (!res || (n !== 1 && own?.groups?.also === undefined && !(parts && n === 2))) continue;
    let fw: EntityMention | undefined;
    for (const m of body) if (m.kind === 'Framework' && m.end <= r.offset && frameworkToMark(text.slice(m.end, r.offset), text, m.start, m.end, body) && (!fw || m.end > fw.end)) fw = m;
    if (!fw) for (const m of body) if (m.kind === 'Framework' && m.end < r.offset && text.charCodeAt(m.end) === 41 /* ) */ && BRACKET_CLOSE_TO_MARK_RE.test(text.slice(m.end, r.offset)) && BRACKET_OPEN_BEFORE_RE.test(text.slice(Math.max(0, m.start - 5), m.start))) fw = m;
    // (or the mark printed inside its name, which the gazetteer reads past: "the Doha Programme of Action for the Least Developed
    // Countries 12 for the decade 2022–2031" with "12 Resolution 76/258, annex", A/RES/78/168 PP5; "the political declaration
    // adopted by the high-level political forum on sustainable development 15 convened under the auspices of the General Assembly")
    if (!fw) for (const m of body) if (m.kind === 'Framework' && m.start < r.offset && r.offset + r.mark.length < m.end && MARK_INSIDE_NAME_RE.test(text.slice(r.offset - 1, r.offset + r.mark.length + 1))) fw = m;
    // "the Paris Agreement adopted under the United Nations Framework Convention on Climate Change, 11" with "11 See
    // FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex." (A/RES/80/135 PP13, 79/319 PP8, 78/151 and some ten more texts of
    // corpus-ga): the note is the agreement's, which the words say was adopted; the framework printed last is the one it was
    // adopted under
    // (the month it was adopted in may stand before the mark: "the Paris Agreement adopted under the United Nations Framework
    // Convention on Climate Change in December 2015 22", A/RES/78/205 OP30, 80/211)
    if (!fw && decision) for (const m of body) if (m.kind === 'Framework' && m.end <= r.offset && IN_MONTH_YEAR_TO_MARK_RE.test(text.slice(m.end, r.offset)) && frameworkAdoptedUnder(text, m, body)) fw = m;
    const adoptedUnder: EntityMention | undefined = decision && fw ? frameworkAdoptedUnder(text, fw, body) : undefined;
    if (adoptedUnder !== undefined) fw = adoptedUnder;
    else if (annexNote) continue;
    if (!fw || out.some((a) => a.type === 'ADOPTED' && a.source === res!.key && a.target === fw!.key)) continue;
    // "the political declaration on the implementation of the United Nations Global Plan of Action ...,7", "the outcome
    // document of the special event ... towards achieving the Millennium Development Goals,10": the footnote is the
    // longer thing's, whose title names the framework
    // (a word of the name of a framework before it is none: "the thirtieth anniversary of the Vienna Declaration and Programme of
    // Action and the twenty-fifth anniversary of the Declaration on the Right and Responsibility of Individuals ..., 7" with "7
    // Resolution 53/144, annex.", A/RES/78/216 OP1: the title words are read after the last framework before this one)
    let from = Math.max(0, fw.start - 160);
    for (const m of body) if (m.kind === 'Framework' && m.end > from && m.end <= fw.start) from = m.end;
    if (TITLE_NAMING_BEFORE_RE.test(text.slice(from, fw.start))) continue;
    // "the Nagoya Protocol on Access to Genetic Resources ... to the Convention on Biological Diversity,21" with "21 ...,
    // document UNEP/CBD/COP/10/27, annex, decision X/1." (A/RES/78/155 PP37): the decision adopted the protocol, whose
    // name (read short) ends with the treaty it belongs to, not that treaty
    if (decision && fw.start > 8 && text.startsWith(' to the ', fw.start - 8)) continue;
    // "its resolution 47/135 ..., by which it adopted the Declaration on the Rights of Persons Belonging to ... Minorities, and the
    // International Covenant on Civil and Political Rights, 5" with "5 See resolution 2200 A (XXI), annex." (A/RES/78/330 PP14):
    // the note names the resolution that adopted it; the list read on from "by which it adopted" took one name too many
    for (let k = out.length - 1; k >= 0; k--) {
      const a = out[k]!;
      if (a.type === 'ADOPTED' && a.target === fw.key && a.source !== res.key && a.source.startsWith(RESOLUTION_PREFIX)) out.splice(k, 1);
    }
    // a note that cites where the text is ("Resolution 71/256, annex.") states no adoption: only the words before the mark
    // ("..., adopted on 20 December 1993,6", "its adoption of the ... on 8 September 2000,2") or the note itself ("Adopted under
    // the UNFCCC in ..., decision 1/CP.21.") may; the note then names who adopted it
    if (adoptedUnder === undefined && !adoptionStatedAtMark(text, fw, r.offset, r.footnote.text, body)) {
      // (the note still tells which year's declaration it is: "the political declaration of the high-level meeting on universal
      // health coverage,31" with "31 Resolution 74/2.", A/RES/78/187 PP14, is the one of 2019)
      const year = fw.key.startsWith(MEETING_DECLARATION_KEY) && !DATED_KEY_RE.test(fw.key) ? adoptionYear(res.key, res.attrs.date) : undefined;
      if (year !== undefined) (noted ??= []).push({ mention: fw, year });
      continue;
    }
    if (adoptedUnder === undefined && adoptedBySittingInItsName(fw)) continue;
    // (a day before the mark outside the note's session: "the Doha Declaration ..., adopted on 19 April 2015,17" with "17 Resolution
    // 70/174, annex." (A/RES/79/133 PP16; the Kyoto Declaration "adopted on 7 March 2021,18" with 76/181, PP17): a congress adopted it,
    // the Assembly endorsed it months later; the note only says where the text is (session 54))
    if (adoptionDayOutsideSession(res, fw, r.offset, body)) continue;
    out.push({ type: 'ADOPTED', source: res.key, target: fw.key, phrase: text.slice(fw.start, r.offset + r.mark.length), start: fw.start, end: r.offset + r.mark.length });
    if (res.attrs.date === undefined && !parts) datedByAdoptionDay(res, fw, r.offset, body);
    if (parts) {
      for (const f of footnotes) {
        if (f.kind !== 'Resolution' || f.key === res.key || f.footnote?.offset !== r.offset || f.footnote.mark !== r.mark) continue;
        out.push({ type: 'ADOPTED', source: f.key, target: fw.key, phrase: text.slice(fw.start, r.offset + r.mark.length), start: fw.start, end: r.offset + r.mark.length });
      }
    }
    // (two annexes: the framework printed right before this one and " and (the) " is the other)
    if (own?.groups?.two !== undefined) {
      let first: EntityMention | undefined;
      for (const m of body) if (m.kind === 'Framework' && m.end <= fw.start && fw.start - m.end <= 9 && AND_THE_BETWEEN_RE.test(text.slice(m.end, fw.start))) first = m;
      if (first && first.key !== fw.key && !out.some((a) => a.type === 'ADOPTED' && a.target === first!.key)) {
        out.push({ type: 'ADOPTED', source: res.key, target: first.key, phrase: text.slice(first.start, r.offset + r.mark.length), start: first.start, end: r.offset + r.mark.length });
      }
    }
  }
  return noted;
}
/**
 * "the adoption of the Addis Ababa Action Agenda of the Third International Conference on Financing for Development6" with "6
 * Resolution 69/313, annex." (A/RES/78/134 OP16, 79/195 OP18, 78/231 OP1, 79/199 OP1): the text names its own sitting, which
 * ADOPTED it (the sitting printed inside the framework's name, lead's ruling session 51); the note's "Resolution X, annex" says
 * where the text is printed (the resolution endorsed it), as a note does after "adopted at/by the <sitting>" (adoptionStatedAtMark).
 */
function adoptedBySittingInItsName(fw: EntityMention): boolean {
  const of = fw.phrase.indexOf(OF_THE_SPACED);
  if (of <= 0) return false;
  // (as extract.ts namedInFrameworkNames reads it: not what a title is about, "the Leaders' Declaration on the Solidarity of the
  // ... Forum", nor a declaration's sitting, which sittingsOfDeclarations reads)
  const head = fw.phrase.slice(0, of);
  if (head.includes(' on the ') || head.includes('eclaration')) return false;
  return lookupName(fw.phrase.slice(of + OF_THE_SPACED.length))?.kind === 'Event';
}
const OF_THE_SPACED = ' of the ';
/** the words between a text and the framework it was adopted under (frameworkAdoptedUnder's gate) */
const ADOPTED_UNDER_THE = ' adopted under the ';
/** (a decision footnote's gate) */
const DECISION_WORDS = ', decision ';
/** The framework printed right before " adopted under the " and the framework `under` (which the footnote mark closes). */
function frameworkAdoptedUnder(text: string, under: EntityMention, body: readonly EntityMention[]): EntityMention | undefined {
  const at = under.start - ADOPTED_UNDER_THE.length;
  if (at <= 0 || !text.startsWith(ADOPTED_UNDER_THE, at)) return undefined;
  for (const m of body) if (m.kind === 'Framework' && m.end === at && m.key !== under.key) return m;
  return undefined;
}
/**
 * "the Declaration on the Elimination of Violence against Women, adopted on 20 December 1993,6" with "6 Resolution 48/104."
 * (A/RES/78/288 PP4; the Universal Declaration "adopted on 10 December 1948" with "Resolution 217 A (III)", 78/199 PP16 and 4
 * more texts; 79/11 PP3, 79/133 PP8, 78/262 PP6): the day the words before the mark give the text's adoption is the day of the
 * resolution that adopted it, printed nowhere else in the text. The resolution mention learns it (its node's date, whose
 * ADOPTED_ON edge graph/build.ts adds as for "resolution 54/134 of 17 December 1999"), only a whole day inside the
 * resolution's session (dayInAssemblySession).
 */
function datedByAdoptionDay(res: EntityMention, fw: EntityMention, markAt: number, body: readonly EntityMention[]): void {
  for (const m of body) {
    if (m.kind !== 'Date' || m.start < fw.end || m.end > markAt) continue;
    const iso = m.key.slice(5);
    if (dayInAssemblySession(res.key, iso)) res.attrs.date = iso;
    return;
  }
}
/** the whole day or month printed between the framework and its mark falls outside the session of the note's resolution (dayOutsideAssemblySession) */
function adoptionDayOutsideSession(res: EntityMention, fw: EntityMention, markAt: number, body: readonly EntityMention[]): boolean {
  for (const m of body) if (m.kind === 'Date' && m.start >= fw.end && m.end <= markAt) return dayOutsideAssemblySession(res.key, m.key.slice(5));
  return false;
}
const ENDORSED_BY_ASSEMBLY_TO_MARK_RE = /,?\s+and\s+endorsed\s+by\s+the\s+(?:General\s+)?Assembly\s*,?\s*$/;
/**
 * "the Declaration of Principles and the Plan of Action adopted by the World Summit on the Information Society at its first phase,
 * held in Geneva from 10 to 12 December 2003,4 and endorsed by the General Assembly,5 and the Tunis Commitment and the Tunis Agenda
 * for the Information Society adopted by the Summit at its second phase, ...,6 and endorsed by the Assembly,7" with "5 Resolution
 * 59/220." and "7 Resolution 60/252." (A/RES/80/118 PP9 prints "See resolution 59/220."; 78/132, 79/194, 79/277): the note's resolution ENDORSES each text the
 * sitting ADOPTED in the words before it (since the mark of the last such endorsement). Only a note that is the resolution alone.
 */
export function endorsedByFootnotedResolution(text: string, refs: ParagraphText['footnoteRefs'], footnotes: readonly EntityMention[], out: Attribution[]): void {
  let from = 0;
  const found: Attribution[] = [];
  for (const r of refs) {
    if (!r.footnote || !ENDORSED_BY_ASSEMBLY_TO_MARK_RE.test(text.slice(Math.max(0, r.offset - 45), r.offset)) || !NOTE_ONE_RESOLUTION_RE.test(r.footnote.text)) continue;
    const resolutions = footnotes.filter((f) => f.kind === 'Resolution' && f.footnote?.offset === r.offset && f.footnote.mark === r.mark);
    if (resolutions.length !== 1) continue;
    const res = resolutions[0]!;
    const endorsedAt = text.lastIndexOf(AND_ENDORSED_BY_THE, r.offset);
    for (const a of out) {
      if (a.type !== 'ADOPTED' || a.source.startsWith(RESOLUTION_PREFIX) || a.start < from || a.end > endorsedAt) continue;
      if (found.some((b) => b.source === res.key && b.target === a.target)) continue;
      found.push({ type: 'ENDORSES', source: res.key, target: a.target, phrase: text.slice(a.start, r.offset + r.mark.length), start: a.start, end: r.offset + r.mark.length });
    }
    from = r.offset + r.mark.length;
  }
  for (const a of found) out.push(a);
}

/** a note saying who launched what its mark follows (launchersInFootnotes): "Launched by the Secretary-General ..." */
const LAUNCHED_BY_NOTE_RE = /^Launched\s+by\s+(?:the\s+)?/;
/**
 * "Takes note with appreciation of the call to action on mobilization of resources for small island developing States16" with "16
 * Launched by the Secretary-General of the United Nations and the Prime Minister of Antigua and Barbuda on 28 May 2024 in Antigua and
 * Barbuda." (A/RES/80/136 OP3, 79/203 OP3): the body the note names first LEADS the initiative or framework the mark follows, as
 * "launched by" printed in the paragraph reads (an officer of a State, the Prime Minister, leads nothing: the graph names no post).
 */
export function launchersInFootnotes(text: string, refs: ParagraphText['footnoteRefs'], body: readonly EntityMention[], footnotes: readonly EntityMention[], out: Attribution[]): void {
  for (const r of refs) {
    const note = r.footnote?.text;
    const lead = note === undefined ? null : LAUNCHED_BY_NOTE_RE.exec(note);
    if (!lead) continue;
    const launched = body.find((m) => !m.footnote && (m.kind === 'Initiative' || m.kind === 'Framework') && m.end <= r.offset && r.offset - m.end <= 1);
    const launcher = footnotes.find((f) => f.kind === 'Organization' && f.footnote?.offset === r.offset && f.footnote.mark === r.mark && f.start === lead[0].length);
    if (!launched || !launcher || out.some((a) => a.type === 'LEADS' && a.source === launcher.key && a.target === launched.key)) continue;
    out.push({ type: 'LEADS', source: launcher.key, target: launched.key, phrase: text.slice(launched.start, r.offset + r.mark.length), start: launched.start, end: r.offset + r.mark.length });
  }
}

/** a text known only by its note's symbol, then the resolution that endorsed it: ",43 as endorsed in resolution 72/219" */
export const AS_ENDORSED_IN = ' as endorsed in ';
const MARK_TO_ENDORSING_RESOLUTION_RE = /^\s*,?\s*as\s+endorsed\s+in\s+(?:its\s+)?$/;
/**
 * "Recalls the action plan for integrating sustainable development practices into Secretariat-wide operations and facilities
 * management submitted by the Secretary-General,43 as endorsed in resolution 72/219" with "43 A/72/82." (A/RES/78/153 OP38, 79/206,
 * 80/138): the text is the note's document alone, and the resolution printed right after the mark ENDORSES it. Only a note that
 * names one document and no other entity.
 */
export function endorsedFootnotedDocument(text: string, refs: ParagraphText['footnoteRefs'], body: readonly EntityMention[], footnotes: readonly EntityMention[], out: Attribution[]): void {
  for (const r of refs) {
    if (!r.footnote) continue;
    const after = r.offset + r.mark.length;
    const res = body.find((m) => m.kind === 'Resolution' && !m.footnote && m.start > after && m.start - after <= 30);
    if (!res || !MARK_TO_ENDORSING_RESOLUTION_RE.test(text.slice(after, res.start))) continue;
    const noted = footnotes.filter((f) => f.kind !== 'Date' && f.footnote?.offset === r.offset && f.footnote.mark === r.mark);
    if (noted.length !== 1 || noted[0]!.kind !== 'Document') continue;
    out.push({ type: 'ENDORSES', source: res.key, target: noted[0]!.key, phrase: text.slice(r.offset, res.end), start: r.offset, end: res.end });
  }
}

/** up to a body's name, the words that say its own report was adopted: "the adoption by consensus of the second annual progress
 *  report of the " ("its adoption of the final report of the Study Group", A/RES/80/164 OP4, is the Commission's act: not read) */
const ADOPTION_OF_REPORT_OF_BEFORE_RE = /\bthe\s+adoption\s+(?:by\s+consensus\s+)?of\s+the\s+(?:[a-z]+[-\s]){0,4}report\s+of\s+(?:the\s+)?$/;
/** between the body and its report's mark: a comma or nothing */
const BODY_TO_MARK_RE = /^,?\s*$/;
/** right after the mark: another adopter named ("..., by the Conference") */
const BY_AFTER_MARK_RE = /^\s*,?\s*by\s/;
/** between the mark and the day the report was adopted: " on " ("the report of the Group of Governmental Experts6 on 16 August 2024") */
const ON_AFTER_MARK_RE = /^\s*on\s+$/;
/**
 * "Welcomes the adoption by consensus of the second annual progress report of the Open-ended Working Group,1" with "1 See
 * A/78/265." (A/RES/78/237 OP3): the body whose report it is adopted it, as "the adoption by consensus by <body> of <text>"
 * reads (adoptionByAttributions). Only a note that names one document and no other entity, and no adopter named after it.
 * A day printed right after the mark is the adoption's: "taking note of the adoption of the report of the Group of Governmental
 * Experts6 on 16 August 2024" (A/RES/79/18 PP16) gives the report ADOPTED_ON that day. A session whose report it is adopted it
 * likewise: "the adoption of the report of the 2023 session of the Group of Governmental Experts 11 on 19 May 2023" (78/64 PP7).
 */
export function ownReportAdoptedAtMark(text: string, refs: ParagraphText['footnoteRefs'], body: readonly EntityMention[], footnotes: readonly EntityMention[], out: Attribution[]): void {
  for (const r of refs) {
    if (!r.footnote) continue;
    const owner = body.find((m) => (m.kind === 'Organization' || m.kind === 'Event') && !m.footnote && m.end <= r.offset && BODY_TO_MARK_RE.test(text.slice(m.end, r.offset)));
    if (!owner || !ADOPTION_OF_REPORT_OF_BEFORE_RE.test(text.slice(Math.max(0, owner.start - 120), owner.start))) continue;
    if (BY_AFTER_MARK_RE.test(text.slice(r.offset + r.mark.length, r.offset + r.mark.length + 8))) continue;
    const noted = footnotes.filter((f) => f.kind !== 'Date' && f.footnote?.offset === r.offset && f.footnote.mark === r.mark);
    if (noted.length !== 1 || noted[0]!.kind !== 'Document') continue;
    if (out.some((a) => a.type === 'ADOPTED' && a.target === noted[0]!.key)) continue;
    const markEnd = r.offset + r.mark.length;
    out.push({ type: 'ADOPTED', source: owner.key, target: noted[0]!.key, phrase: text.slice(owner.start, markEnd), start: owner.start, end: markEnd });
    const day = body.find((m) => m.kind === 'Date' && m.start > markEnd && ON_AFTER_MARK_RE.test(text.slice(markEnd, m.start)));
    if (day) out.push({ type: 'ADOPTED_ON', source: noted[0]!.key, target: day.key, phrase: text.slice(owner.start, day.end), start: owner.start, end: day.end });
  }
}

/** "the adoption by consensus of the ... report of": ownReportAdoptedAtMark's gate */
export const ADOPTION_OF_WORD = 'adoption ';

/** a meeting's political declaration named with no year, and the year of the resolution its note cites (extract.ts keys it so) */
export interface NotedDeclaration {
  mention: EntityMention;
  year: string;
}
/** the key of a meeting's declaration, which the graph keys by year ("... (2019)") */
const MEETING_DECLARATION_KEY = 'Framework:Political declaration of the ';
const DATED_KEY_RE = / \((?:19|20)\d\d\)$/;
/** a decision note that says so itself: "Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21." */
const ADOPTED_NOTE_HEAD = 'Adopted ';
/**
 * Whether the words of a framework's mention up to its note's mark at `offset`, or the note, state that it was adopted: "the
 * Declaration on the Elimination of Violence against Women, adopted on 20 December 1993,6", "..., adopted by the General Assembly
 * on 8 June 2021,23", "its adoption of the United Nations Millennium Declaration on 8 September 2000,2", "the adoption of the
 * 2030 Agenda,3". Not a framework named alone before its mark, nor one adopted at a sitting the text names (that sitting ADOPTED
 * it: adoptedAtAttributions), nor one dated by "of" (its title's date).
 */
function adoptionStatedAtMark(text: string, fw: EntityMention, offset: number, note: string, body: readonly EntityMention[]): boolean {
  if (note.startsWith(ADOPTED_NOTE_HEAD)) return true;
  const gap = text.slice(fw.end, offset);
  if (gap.length >= 12 && gap.includes(ADOPTED_WORD_SPACED)) return ADOPTED_ON_TO_MARK_RE.test(gap) || ADOPTED_BY_ASSEMBLY_ON_TO_MARK_RE.test(gap);
  return (FRAMEWORK_TO_MARK_RE.test(gap) || ON_DAY_TO_MARK_RE.test(gap)) && (ADOPTION_OF_RE.test(text.slice(Math.max(0, fw.start - 30), fw.start)) || listedAfterAdoptionOf(text, fw, body)) && !sittingNamedAfterMark(text, fw, body);
}

/**
 * "Welcomes the adoption of the Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient
 * Prosperity 8 at the Fourth International Conference on Small Island Developing States" with "8 Resolution 78/317, annex."
 * (A/RES/79/236 OP13, 79/205 PP32, 80/137, 80/156): the adoption the words state is the sitting's, printed after the mark
 * (adoptionOfByResolutionAttributions reads it with the same gap); the note only says where the text is (session 54).
 */
function sittingNamedAfterMark(text: string, fw: EntityMention, body: readonly EntityMention[]): boolean {
  let next: EntityMention | undefined;
  for (const m of body) if (!m.footnote && m.start >= fw.end && (!next || m.start < next.start)) next = m;
  if (next?.kind !== 'Event') return false;
  const gap = text.slice(fw.end, next.start);
  return ADOPTION_AT_GAP_RE.test(gap) || MARK_THEN_ADOPTED_AT_GAP_RE.test(gap);
}

/** the words that open a list of adopted texts (listedAfterAdoptionOf's gate) */
const ADOPTION_OF_WORDS = 'adoption of ';

/**
 * "including through the adoption of the Madrid International Plan of Action on Ageing, 2002,13 the World Programme of Action for
 * Youth, 14 the Convention on the Rights of Persons with Disabilities, 15 the United Nations Declaration on the Rights of
 * Indigenous Peoples 16 and the Beijing Declaration and Platform for Action,17" with "14 Resolution 50/81, annex, and resolution
 * 62/126, annex." and "16 Resolution 61/295, annex." (A/RES/78/174 PP27): "the adoption of" governs every framework of the list,
 * not only the first. Walks back over frameworks separated only by commas, marks, years, "the" and "and" to one printed right
 * after "the adoption of".
 */
function listedAfterAdoptionOf(text: string, fw: EntityMention, body: readonly EntityMention[]): boolean {
  if (!textIncludes(text, ADOPTION_OF_WORDS)) return false;
  let cur = fw;
  for (let hops = 0; hops < 12; hops++) {
    let prev: EntityMention | undefined;
    for (const m of body) if (m.footnote === undefined && m.end <= cur.start && (!prev || m.end > prev.end)) prev = m;
    if (!prev || prev.kind !== 'Framework' || !isListSeparator(text.slice(prev.end, cur.start))) return false;
    if (ADOPTION_OF_RE.test(text.slice(Math.max(0, prev.start - 30), prev.start))) return true;
    cur = prev;
  }
  return false;
}

/** the words between two items of a list: ", 14 the ", " 16 and the ", ", 2002,13 the " (commas, marks, a year, "the", "and") */
function isListSeparator(gap: string): boolean {
  if (gap.length > 24) return false;
  let separated = false;
  for (const word of gap.split(' ')) {
    let w = word;
    while (w.length && (w.charCodeAt(0) === 44 /* , */ || isAsciiDigit(w.charCodeAt(0)))) {
      if (w.charCodeAt(0) === 44) separated = true;
      w = w.slice(1);
    }
    if (w === 'and') separated = true;
    else if (w !== '' && w !== 'the') return false;
  }
  return separated;
}
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const ADOPTED_WORD_SPACED = ' adopted ';
/** between two frameworks of one note's two annexes: " and the ", " and ", " and its " (the first text's own companion: "the
 * Copenhagen Declaration on Social Development and its Programme of Action5", A/RES/80/183 OP40, 79/150 OP40) */
const AND_THE_BETWEEN_RE = /^\s+and\s+(?:the\s+|its\s+)?$/;

/**
 * "the Amendment to the Convention on the Physical Protection of Nuclear Material,13" with "13 Adopted on 8 July 2005 by the
 * Conference to Consider and Adopt Proposed Amendments to the Convention ... (International Atomic Energy Agency, document
 * ...)" (A/RES/78/115 OP14, 80/171; the SUA protocols "Adopted on 14 October 2005 by the Diplomatic Conference on the Revision
 * of the SUA Treaties", 79/263; "Adopted by the Ninth Congress of the International Organization of Supreme Audit
 * Institutions, Lima, ...", 79/231; "Adopted at the fifteenth meeting of the Conference of the Parties to ...", 78/155): a
 * note that opens on the sitting that adopted the framework its mark closes. The sitting ADOPTED the framework, which is
 * ADOPTED_ON the day printed (spans are the note's). Not a note citing a decision or resolution (adoptedByFootnotedResolution).
 */
const ADOPTED_BY_SITTING_NOTE_RE = /^Adopted\s+(?:(on)\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d\s+)?(?:by|at)\s+(?:the\s+)?/;
export function adoptedBySittingFootnote(text: string, refs: ParagraphText['footnoteRefs'], body: readonly EntityMention[], footnotes: readonly EntityMention[], out: Attribution[]): void {
  for (const r of refs) {
    const t = r.footnote?.text;
    if (!t || t.charCodeAt(0) !== 65 /* A */) continue;
    const lead = ADOPTED_BY_SITTING_NOTE_RE.exec(t);
    if (!lead) continue;
    let sitting: EntityMention | undefined;
    let day: EntityMention | undefined;
    for (const f of footnotes) {
      if (f.footnote?.offset !== r.offset || f.footnote.mark !== r.mark) continue;
      if (f.kind === 'Event' && f.start === lead[0].length) sitting = f;
      else if (lead[1] && f.kind === 'Date' && f.start === 11 /* "Adopted on " */) day = f;
    }
    if (!sitting) continue;
    let fw: EntityMention | undefined;
    for (const m of body) if (m.kind === 'Framework' && m.end <= r.offset && sittingNoteMarkCloses(text.slice(m.end, r.offset)) && (!fw || m.end > fw.end)) fw = m;
    if (!fw || out.some((a) => a.type === 'ADOPTED' && a.target === fw!.key)) continue;
    out.push({ type: 'ADOPTED', source: sitting.key, target: fw.key, phrase: sitting.phrase, start: sitting.start, end: sitting.end });
    if (day && !out.some((a) => a.type === 'ADOPTED_ON' && a.source === fw!.key)) {
      out.push({ type: 'ADOPTED_ON', source: fw.key, target: dateKey(dateMentionIso(day)), phrase: day.phrase, start: day.start, end: day.end });
    }
  }
}

/** the words between the framework and the mark of the note naming the sitting that adopted it: none, or its year ("the Lima
 *  Declaration of Guidelines on Auditing Precepts of 1977 3" with "3 Adopted by the Ninth Congress of ...", A/RES/79/231 OP5) */
function sittingNoteMarkCloses(gap: string): boolean {
  return FRAMEWORK_TO_MARK_RE.test(gap) || (gap.length <= 12 && OF_YEAR_TO_MARK_RE.test(gap));
}
const OF_YEAR_TO_MARK_RE = /^\sof\s(?:19|20)\d\d[\s,;.]{0,3}$/;

/** between a framework's name and its own footnote mark: nothing, a space or a comma */
const NAME_TO_OWN_MARK_RE = /^\s?,?\s?$/;
/** The Resolution a footnote mark's note cites (the first one read in it), if any. */
function noteResolution(footnotes: readonly EntityMention[], r: ParagraphText['footnoteRefs'][number]): EntityMention | undefined {
  for (const f of footnotes) if (f.kind === 'Resolution' && f.footnote?.offset === r.offset && f.footnote.mark === r.mark) return f;
  return undefined;
}
/**
 * "Reaffirming the Declaration of Commitment on HIV/AIDS7 and the Political Declaration on HIV and AIDS: Ending Inequalities and
 * Getting on Track to End AIDS by 2030, adopted at the high-level plenary meeting of the General Assembly on HIV/AIDS, held in New
 * York from 8 to 10 June 2021, 8" with "7 Resolution S-26/2, annex." and "8 Resolution 75/284, annex." (A/RES/78/182 PP7): the
 * first of the pair carries a note of its own that cites another resolution than the second's, so it was adopted elsewhere (the
 * 2001 special session), and "adopted at" is the second's only. A pair whose notes cite one resolution ("the Sendai
 * Declaration1 and the Sendai Framework ...,2 adopted by the Third United Nations World Conference" with "1 Resolution 69/283,
 * annex I." and "2 Ibid., annex II." or "Resolution 69/283, annex II.") was adopted together. Drops such an ADOPTED from `out`.
 */
export function pairAdoptedUnderOtherNotes(text: string, refs: ParagraphText['footnoteRefs'], body: readonly EntityMention[], footnotes: readonly EntityMention[], out: Attribution[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const a = out[k]!;
    if (a.type !== 'ADOPTED') continue;
    const first = body.find((m) => m.kind === 'Framework' && m.key === a.target && m.start === a.start);
    if (!first) continue;
    const firstRef = refs.find((r) => r.offset >= first.end && r.offset - first.end <= 2 && NAME_TO_OWN_MARK_RE.test(text.slice(first.end, r.offset)));
    const firstNote = firstRef ? noteResolution(footnotes, firstRef) : undefined;
    if (!firstRef || !firstNote) continue;
    // the second of the pair: the same sitting adopted it, named after the first's mark, its own mark the next one after it
    const second = body.find((m) => m.kind === 'Framework' && m.start > firstRef.offset && m.start < a.end && out.some((b) => b.type === 'ADOPTED' && b.source === a.source && b.target === m.key));
    if (!second) continue;
    const secondRef = refs.find((r) => r.offset >= second.end);
    const secondNote = secondRef ? noteResolution(footnotes, secondRef) : undefined;
    if (secondNote && secondNote.key !== firstNote.key) out.splice(k, 1);
  }
}

/**
 * "the Beijing Declaration and Platform for Action,5" with "5 Report of the Fourth World Conference on Women, Beijing, 4–15
 * September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II." (A/RES/80/186,
 * some 150 notes of corpus-ga: the Rio and Copenhagen declarations, Agenda 21, the ICPD Programme of Action, ...): a note that
 * cites a sitting's report for the resolution and annex that hold the framework its mark closes. The sitting ADOPTED the
 * framework (span: the sitting's name in the note) where the words before the mark say it was adopted ("..., adopted in
 * Johannesburg, South Africa, in September 2002, 3"), or the note's do: the report's chapter I holds the sitting's own
 * resolutions, so "chap. I, resolution 1, annex" says the sitting adopted the text (aud54d, gold 78/148; a note "Resolution 70/1"
 * of the Assembly's still states none, adoptedByFootnotedResolution). Not a framework printed as the subject of a longer title
 * (TITLE_NAMING_BEFORE_RE). The resolution may be numbered in Roman: "chap. I, resolution I, annexes I and II" (A/RES/78/172 PP3).
 */
const SITTING_RESOLUTION_ANNEX_RE = /\bresolution\s+(?:\d{1,2}|[IVX]{1,4}),\s+annex/;
/** an organization's records that annex the framework to the session's resolutions: "Resolutions, annex VII", "Resolutions, sect. V, resolution 25, annex I" */
const RECORDS_RESOLUTIONS_ANNEX_RE = /\bResolutions,\s+(?:sect\.\s+[IVX]+,\s+resolution\s+\d{1,3},\s+)?annex\b/;
/** a report's volume whose title states the adoption: "vol. I, Resolutions Adopted by the Conference" (the Rio conference's report) */
const RESOLUTIONS_ADOPTED_BY_THE_CONFERENCE = 'Resolutions Adopted by the Conference';
/** Whether a note citing a sitting's report states the adoption: the volume "Resolutions Adopted by the Conference", the
 *  report's chapter I, which holds the sitting's own resolutions ("..., chap. I, resolution 1, annex", A/RES/78/148 PP1 note 4: the
 *  sitting adopted the resolution that carries the text; that chapter or resolution alone, REPORT_CHAPTER_ONE_END_RE), or the
 *  report's own annex ("(A/CONF.202/3), annex I."). */
const reportNoteSaysAdopted = (note: string): boolean =>
  note.includes(RESOLUTIONS_ADOPTED_BY_THE_CONFERENCE) || REPORT_CHAPTER_ONE_RESOLUTION_ANNEX_RE.test(note) || REPORT_OWN_ANNEX_RE.test(note) || REPORT_CHAPTER_ONE_END_RE.test(note);
/** a note's two annexes, each holding one of the two texts its mark closes: "annexes I and II" */
const TWO_ANNEXES_RE = /\bannexes\s+[IVX]{1,4}\s+and\s+[IVX]{1,4}\b/;
const IBID_REPORT_ANNEX_RE = /^Ibid\.,\s+(?:resolution\s+(?:\d{1,2}|[IVX]{1,4}),\s+)?annex(?:es)?\b/;
/**
 * "the Rio Declaration on Environment and Development,6 Agenda 21,7" with "6 Report of the United Nations Conference on Environment
 * and Development, Rio de Janeiro, 3–14 June 1992, vol. I, ..., resolution 1, annex I." and "7 Ibid., annex II."; "the Johannesburg
 * Declaration on Sustainable Development 9 and the Plan of Implementation of the World Summit on Sustainable Development
 * (Johannesburg Plan of Implementation), 10" with "10 Ibid., resolution 2, annex." (A/RES/80/157 PP6; the Mauritius Strategy, the
 * Beijing Platform, some 15 notes of corpus-ga): the note right after one citing a sitting's report cites the same report, whose
 * sitting adopted this framework too.
 */
export function adoptedByReportedSitting(text: string, refs: ParagraphText['footnoteRefs'], body: readonly EntityMention[], footnotes: readonly EntityMention[], out: Attribution[]): void {
  // (the sitting of the report the note before cited, for an "Ibid." note)
  let reported: EntityMention | undefined;
  let reportedSaysAdopted = false;
  for (const r of refs) {
    const t = r.footnote?.text;
    if (!t) continue;
    let sitting: EntityMention | undefined;
    let recordsAnnex = false;
    if ((t.startsWith('Report of the') || t.startsWith('See Report of the')) && (SITTING_RESOLUTION_ANNEX_RE.test(t) || REPORT_OWN_ANNEX_RE.test(t) || REPORT_CHAPTER_ONE_END_RE.test(t))) {
      const at = t.indexOf('Report of the') + 14;
      sitting = footnotes.find((f) => f.kind === 'Event' && f.start === at && f.footnote?.offset === r.offset && f.footnote.mark === r.mark);
      reported = sitting !== undefined && t.startsWith(',', sitting.end) ? sitting : undefined;
      reportedSaysAdopted = reportNoteSaysAdopted(t);
    } else if (reported !== undefined && t.charCodeAt(0) === 73 /* I */ && IBID_REPORT_ANNEX_RE.test(t)) {
      frameworkMarkedAdoptedBy(text, r.offset, body, reported, out, reportedSaysAdopted);
      continue;
    } else if (t.charCodeAt(0) === 73 /* I */ && IBID_REPORT_ANNEX_RE.test(t)) {
      // (the report cited under the paragraph before: "Agenda 21,7" with "7 Ibid., annex II." in A/RES/79/209 PP7 after PP6's note
      // "6 Report of the United Nations Conference on Environment and Development, ..., resolution 1, annex I.")
      const sittingOfIbid = ibidConferenceSitting(footnotes, r);
      if (sittingOfIbid !== undefined) frameworkMarkedAdoptedBy(text, r.offset, body, sittingOfIbid, out, true);
      reported = undefined;
      continue;
    } else {
      reported = undefined;
      if (t.includes(RECORDS_OF_AT) && RECORDS_RESOLUTIONS_ANNEX_RE.test(t)) {
        // "United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Forty-first Session,
        // Paris, 9–24 November 2021, vol. 1, Resolutions, annex VII" (the note of the Recommendation on the Ethics of Artificial
        // Intelligence, A/RES/80/215 PP4, 78/213, 78/265, 79/316, 80/118; "..., Resolutions, sect. V, resolution 25, annex I", the
        // Universal Declaration on Cultural Diversity, 78/161, 80/148): the session's resolutions annex the framework (the session
        // mention is read by extract.ts recordsSession)
        sitting = footnotes.find((f) => f.kind === 'Event' && f.footnote?.offset === r.offset && f.footnote.mark === r.mark && f.start > RECORDS_OF_AT.length && t.startsWith(RECORDS_OF_AT, f.start - RECORDS_OF_AT.length));
        recordsAnnex = true;
      }
    }
    if (!sitting || !t.startsWith(',', sitting.end)) continue;
    // (a records note annexing the text to the session's resolutions states that session's adoption of it, as a conference
    // report's own annex does: lead's ruling, session 56, A/RES/79/1 annex I OP52, 80/215 PP4)
    frameworkMarkedAdoptedBy(text, r.offset, body, sitting, out, recordsAnnex || reportNoteSaysAdopted(t), TWO_ANNEXES_RE.test(t), recordsAnnex ? t.slice(0, t.indexOf(RECORDS_OF_AT)) : undefined);
  }
}
/**
 * The conference whose numbered resolution an "Ibid." note cites again across a paragraph break (extract.ts carries the work of the
 * note before: "United Nations Conference on Environment and Development resolution 1"): that conference, a gazetteer Event keyed
 * with its date, spanned on the "Ibid."; its resolution's annex is a text it adopted (reportNoteSaysAdopted). Undefined otherwise.
 */
function ibidConferenceSitting(footnotes: readonly EntityMention[], r: ParagraphText['footnoteRefs'][number]): EntityMention | undefined {
  const work = footnotes.find((f) => f.kind === 'Resolution' && f.phrase === IBID_PHRASE && f.footnote?.offset === r.offset && f.footnote.mark === r.mark);
  const conference = typeof work?.attrs.body === 'string' ? entryByName('Event', work.attrs.body) : undefined;
  if (work === undefined || conference === undefined) return undefined;
  const startDate = typeof conference.attrs?.startDate === 'string' ? conference.attrs.startDate : undefined;
  return { kind: 'Event', key: eventKey(conference.name, startDate), name: conference.name, attrs: {}, phrase: work.phrase, start: work.start, end: work.end, footnote: work.footnote, nested: undefined };
}
/** the phrase extract.ts gives the work an "Ibid." note cites again */
export const IBID_PHRASE = 'Ibid.';
/** between a framework and the mark of the note citing the report: when and where it was adopted, as printed ("..., adopted in
 *  Johannesburg, South Africa, in September 2002, 3" with "3 Report of the World Summit on Sustainable Development, ...",
 *  A/RES/78/146 PP5; "..., adopted on 25 June 1993,4") */
const ADOPTED_DATED_TO_MARK_RE =
  /^[)\u201D"]?,?\s+adopted\s+(?:in\s+[A-Z][^,;:()\u201C\u201D\d]{1,40}?(?:,\s+[A-Z][^,;:()\u201C\u201D\d]{1,30}?)?,?\s+)?(?:on|in)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d[\s,]{0,3}$/;
// (or its short name in brackets closes, the same node: "the Plan of Implementation of the World Summit on Sustainable Development
// (Johannesburg Plan of Implementation), 10", A/RES/80/157 PP6; the bracket read as BRACKET_CLOSE_TO_MARK_RE)
function markClosesFramework(text: string, m: EntityMention, offset: number, issuer?: string): boolean {
  const gap = text.slice(m.end, offset);
  if (FRAMEWORK_TO_MARK_RE.test(gap)) return true;
  // (or the year the framework's printed name ends with, or its day: "the Madrid International Plan of Action on Ageing, 2002,6", A/RES/80/152
  // PP6, 78/177, 79/147, 79/8, 80/179)
  if (gap.length <= 28 && FRAMEWORK_YEAR_TO_MARK_RE.test(gap)) return true;
  // (or the organization whose records the note cites follows it: "the Recommendation on the Ethics of Artificial Intelligence of
  // the United Nations Educational, Scientific and Cultural Organization,12", A/RES/80/215 PP4)
  if (issuer !== undefined && gap.startsWith(' of the ') && gap.startsWith(issuer, 8)) return FRAMEWORK_TO_MARK_RE.test(gap.slice(8 + issuer.length));
  if (gap.length <= 6 && BRACKET_CLOSE_TO_MARK_RE.test(gap)) return BRACKET_OPEN_BEFORE_RE.test(text.slice(Math.max(0, m.start - 5), m.start));
  return gap.length <= 100 && gap.includes(' adopted ') && ADOPTED_DATED_TO_MARK_RE.test(gap);
}
/** The framework whose phrase the note's mark at `offset` closes: the sitting ADOPTED it (span: the sitting's name in the note it is read from). */
function frameworkMarkedAdoptedBy(text: string, offset: number, body: readonly EntityMention[], sitting: EntityMention, out: Attribution[], noteSaysAdopted = false, twoAnnexes = false, issuer?: string): boolean {
  let fw: EntityMention | undefined;
  for (const m of body) if (m.kind === 'Framework' && m.end <= offset && markClosesFramework(text, m, offset, issuer) && (!fw || m.end > fw.end)) fw = m;
  if (!fw) return false;
  // (two annexes, "chap. I, resolution I, annexes I and II": the framework printed right before this one and " and (the) " is the
  // other, "the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social
  // Development1", A/RES/78/172 PP3, as a note citing a resolution's two annexes says)
  if (twoAnnexes && noteSaysAdopted) {
    let first: EntityMention | undefined;
    for (const m of body) if (m.kind === 'Framework' && m.end <= fw.start && fw.start - m.end <= 9 && AND_THE_BETWEEN_RE.test(text.slice(m.end, fw.start))) first = m;
    if (first && first.key !== fw.key && !out.some((a) => a.type === 'ADOPTED' && a.target === first!.key)) {
      out.push({ type: 'ADOPTED', source: sitting.key, target: first.key, phrase: sitting.phrase, start: sitting.start, end: sitting.end });
    }
  }
  if (out.some((a) => a.type === 'ADOPTED' && a.target === fw!.key)) return false;
  // a note citing the report that holds the text ("Report of the Fourth World Conference on Women, ..., resolution 1,
  // annex I") states no adoption, as a note "Resolution 71/256, annex." does not: only "..., adopted in Johannesburg ... in September 2002, 3" before
  // the mark does, the note naming the sitting that adopted it
  // (or the note's own words do: the volume "Resolutions Adopted by the Conference", A/RES/78/71 PP9, 79/85, 51 notes of corpus-ga)
  const statedBeforeMark = text.slice(fw.end, offset).includes(ADOPTED_WORD_SPACED);
  if (!noteSaysAdopted && !statedBeforeMark) return false;
  // (a text named by its sitting, "the Plan of Implementation of the World Summit on Sustainable Development", is ADOPTED by the
  // sitting its name prints, adoptedBySittingInItsName: the edge and its span are the name's, its short name in brackets too)
  if (!statedBeforeMark && body.some((m) => m.key === fw!.key && adoptedBySittingInItsName(m))) return false;
  let from = Math.max(0, fw.start - 160);
  for (const m of body) if (m.kind === 'Framework' && m.end > from && m.end <= fw.start) from = m.end;
  // (but "the comprehensive 10-year review of the implementation of the Almaty Programme of Action: ...,154" with "154 Report of the
  // International Ministerial Conference ..., Almaty, ... (A/CONF.202/3), annex I." (A/RES/78/69 OP345): a review is no text a
  // note citing the report of another sitting than a review holds; the note cites the framework)
  const title = TITLE_NAMING_BEFORE_RE.exec(text.slice(from, fw.start));
  if (title && !(title[0].startsWith('review') && !REVIEW_WORD_RE.test(sitting.name))) return false;
  out.push({ type: 'ADOPTED', source: sitting.key, target: fw.key, phrase: sitting.phrase, start: sitting.start, end: sitting.end });
  return true;
}

/**
 * "1 These include, notably, the Convention on the Privileges and Immunities of the United Nations of 13 February 1946, ...,
 * and Amended Protocol II of 3 May 1996 to the Convention on Prohibitions ... of 10 October 1980" (A/RES/79/138 PP4, 78/118,
 * 80/112): a note that lists the treaties a paragraph means dates each as the body does (findAttributions, which does not read
 * notes: frameworkOfDayAttributions). Only notes with a framework and a date of their own; spans are the note's. A year after a
 * framework's name and a comma needs no date mention (commaYearAfterFramework).
 */
export function frameworkDaysInFootnotes(refs: ParagraphText['footnoteRefs'], footnotes: readonly EntityMention[], out: Attribution[]): void {
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i]!;
    const t = r.footnote?.text;
    if (!t) continue;
    let framework = false;
    let day = false;
    const note: EntityMention[] = [];
    for (let j = 0; j < footnotes.length; j++) {
      const f = footnotes[j]!;
      if (f.footnote?.offset !== r.offset || f.footnote.mark !== r.mark) continue;
      note.push(f);
      if (f.kind === 'Framework') framework = true;
      else if (f.kind === 'Date') day = true;
    }
    if (!framework) continue;
    const push: Push = (type, source, target, start, end) => {
      // (once per framework: the body may have dated it already)
      if (source === target || out.some((a) => a.type === type && a.source === source)) return;
      out.push({ type, source, target, phrase: t.slice(start, end), start, end });
    };
    // (a treaty listed with its year after a comma: "the Convention on Cluster Munitions, 2008;", A/RES/78/70 note 1)
    for (const f of note) if (f.kind === 'Framework' && (t.charCodeAt(f.end) === 44 /* , */ || t.charCodeAt(f.end) === 32)) commaYearAfterFramework(t, f, push);
    if (!day) continue;
    const sorted = sortSmall(note, (a, b) => a.start - b.start || b.end - a.end);
    frameworkOfDayAttributions(t, sorted, push);
  }
}

/**
 * "See World Trade Organization, ministerial decision on the TRIPS Agreement (WT/MIN(22)/30), adopted on 17 June 2022." and
 * "United Nations Conference on Trade and Development, The Bridgetown Covenant: from inequality and vulnerability to prosperity
 * for all (TD/541/Add.2), adopted on 7 October 2021." (A/RES/78/134 notes 7, 9, 10 and 12; 79/195, 80/121): a note citing a text
 * by its title and symbol, then the day it was adopted. The framework whose title opens the citation is ADOPTED_ON that day; a
 * title the graph has no framework for is known by its symbol, the Document, which takes the day (a framework inside the title,
 * "the TRIPS Agreement", is not the text cited). Only a whole day; once per text. Spans are the note's. The sitting the paragraph
 * says adopted the text before the mark ("the ministerial decision on the TRIPS Agreement that was adopted at the twelfth
 * Ministerial Conference of the World Trade Organization ...,7", "the decision at the twelfth Ministerial Conference ...;9")
 * ADOPTED it (sittingAdoptingNotedText).
 */
export function symbolAdoptedOnInFootnotes(text: string, refs: ParagraphText['footnoteRefs'], body: readonly EntityMention[], footnotes: readonly EntityMention[], out: Attribution[]): void {
  for (const r of refs) {
    const t = r.footnote?.text;
    if (!t || !textIncludes(t, ADOPTED_WORD_SPACED)) continue;
    const note = sortSmall(
      footnotes.filter((f) => f.footnote?.offset === r.offset && f.footnote.mark === r.mark),
      (a, b) => a.start - b.start || b.end - a.end,
    );
    for (let i = 1; i + 1 < note.length; i++) {
      const doc = note[i]!;
      const day = note[i + 1]!;
      if (doc.kind !== 'Document' || day.kind !== 'Date' || day.key.length !== 15 /* "Date:YYYY-MM-DD" */) continue;
      if (t.charCodeAt(doc.start - 1) !== 40 /* ( */ || !SYMBOL_TO_ADOPTION_DAY_GAP_RE.test(t.slice(doc.end, day.start))) continue;
      const title = note[i - 1]!;
      const titled =
        title.kind === 'Framework' && TITLE_TO_SYMBOL_GAP_RE.test(t.slice(title.end, doc.start)) && NOTE_TITLE_OPENING_BEFORE_RE.test(t.slice(0, title.start));
      const cited = titled ? title : doc;
      if (out.some((a) => a.type === 'ADOPTED_ON' && a.source === cited.key)) continue;
      out.push({ type: 'ADOPTED_ON', source: cited.key, target: day.key, phrase: t.slice(cited.start, day.end), start: cited.start, end: day.end });
      const sitting = sittingAdoptingNotedText(text, r.offset, t.slice(0, doc.start), body);
      if (sitting && !out.some((a) => a.type === 'ADOPTED' && a.target === cited.key)) {
        out.push({ type: 'ADOPTED', source: sitting.key, target: cited.key, phrase: sitting.phrase, start: sitting.start, end: sitting.end });
      }
    }
  }
}

/**
 * The sitting that the paragraph, before a note's mark at `markAt`, says adopted the text the note cites: the last sitting named
 * before the mark, in the same clause, printed after "the <decision|declaration> (on ...) (that was) (adopted) at the", the kind of
 * text named in the note's title too (`noteTitle`: "See World Trade Organization, ministerial decision on ...").
 */
function sittingAdoptingNotedText(text: string, markAt: number, noteTitle: string, body: readonly EntityMention[]): EntityMention | undefined {
  let sitting: EntityMention | undefined;
  for (const m of body) if (m.kind === 'Event' && m.footnote === undefined && m.end <= markAt && (!sitting || m.start > sitting.start)) sitting = m;
  if (!sitting || !SITTING_TO_TEXT_NOTE_MARK_RE.test(text.slice(sitting.end, markAt))) return undefined;
  const lead = TEXT_ADOPTED_AT_SITTING_BEFORE_RE.exec(text.slice(Math.max(0, sitting.start - 160), sitting.start));
  return lead && noteTitle.includes(lead[1]!) ? sitting : undefined;
}

/** the words before a note's mark read with the words after it (noteDocumentAdoptedAtSitting): enough for "ministerial decision" */
const WORDS_BEFORE_MARK = 24;
/**
 * "and welcomes the ministerial decision6 that was adopted at the Thirteenth Ministerial Conference of the World Trade Organization
 * on 2 March 2024 on smooth transition support measures ..." with "6 World Trade Organization, document WT/MIN(24)/34." (A/RES/79/195
 * OP4, 80/121 OP4): the mark closes the text's noun, the note cites it by its symbol (and publisher), and the words after the mark name the
 * sitting that adopted it (as symbolAdoptedOnInFootnotes reads the mark after the clause). The sitting ADOPTED the Document, which
 * is ADOPTED_ON the day printed right after the sitting (not the sitting's own date: entityScan reads it as the act's). Only a
 * note naming one Document and no other text; the noun and the sitting as TEXT_ADOPTED_AT_SITTING_BEFORE_RE reads them.
 */
export function noteDocumentAdoptedAtSitting(text: string, refs: ParagraphText['footnoteRefs'], body: readonly EntityMention[], footnotes: readonly EntityMention[], out: Attribution[]): void {
  if (!textIncludes(text, ADOPTED_WORD_SPACED)) return;
  for (const r of refs) {
    if (!r.footnote) continue;
    const markEnd = r.offset + r.mark.length;
    let sitting: EntityMention | undefined;
    for (const m of body) if (m.kind === 'Event' && !m.footnote && m.start >= markEnd && (!sitting || m.start < sitting.start)) sitting = m;
    if (!sitting) continue;
    const before = text.slice(Math.max(0, r.offset - WORDS_BEFORE_MARK), r.offset);
    const lead = TEXT_ADOPTED_AT_SITTING_BEFORE_RE.exec(before + text.slice(markEnd, sitting.start));
    // (the noun before the mark, and "adopted" printed: "the decision at the" with the mark after it is not this shape)
    if (!lead || lead.index >= before.length || !lead[0].includes(ADOPTED_WORD_SPACED)) continue;
    // (its publisher may open the note: "World Trade Organization, document ...")
    const noted = footnotes.filter((f) => f.footnote?.offset === r.offset && f.footnote.mark === r.mark && f.kind !== 'Organization');
    if (noted.length !== 1 || noted[0]!.kind !== 'Document') continue;
    const doc = noted[0]!;
    if (out.some((a) => a.type === 'ADOPTED' && a.target === doc.key)) continue;
    out.push({ type: 'ADOPTED', source: sitting.key, target: doc.key, phrase: text.slice(r.offset - (before.length - lead.index), sitting.end), start: r.offset - (before.length - lead.index), end: sitting.end });
    const day = body.find((m) => m.kind === 'Date' && m.key.length === 15 /* "Date:YYYY-MM-DD" */ && m.start > sitting!.end && ON_AFTER_MARK_RE.test(text.slice(sitting!.end, m.start)));
    if (day && !out.some((a) => a.type === 'ADOPTED_ON' && a.source === doc.key)) {
      out.push({ type: 'ADOPTED_ON', source: doc.key, target: day.key, phrase: text.slice(sitting.start, day.end), start: sitting.start, end: day.end });
    }
  }
}

/**
 * "Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations publication, ...)" (A/RES/78/172
 * footnote 1): a footnote that cites a sitting's report prints where and when the sitting was held right after its name. The
 * sitting named first is HELD_IN the place printed next (the first: "Johannesburg, South Africa" is the city, as "held in
 * Johannesburg, South Africa" in a paragraph), STARTS_ON (and ENDS_ON) the date (range) after it, unless the paragraph dated it. Only footnotes that open on
 * "Report of the" (or "See Report of the"), or that cite an organization's records with the session read there ("United Nations
 * Educational, Scientific and Cultural Organization, Records of the General Conference, Forty-first Session, Paris, 9–24 November
 * 2021", extract.ts recordsSession). Spans are the footnote's. Adds to `out` what it finds.
 */
const REPORT_FOOTNOTE_GAP_RE = /^,?\s+$/;
/**
 * "United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Forty-first Session, ..."
 * (A/RES/80/215 PP4 note 12, and some 25 notes citing UNESCO's records): the session extract.ts recordsSession reads, named
 * "forty-first session of the General Conference of the United Nations Educational, ...", is SESSION_OF that organ, as the
 * same session named in a paragraph is (aud48a gold). Span: the session's words in the note.
 */
function recordsSessionOf(session: EntityMention, out: Attribution[]): void {
  const owner = ownerOrgKey(session.name);
  if (owner === undefined || out.some((a) => a.type === 'SESSION_OF' && a.source === session.key)) return;
  out.push({ type: 'SESSION_OF', source: session.key, target: owner, phrase: session.phrase, start: session.start, end: session.end });
  const organ = organLinkOf(owner) ?? organNamingItsOwner(owner);
  if (organ && !out.some((a) => a.type === organ.link && a.source === organ.organ && a.target === organ.owner)) {
    out.push({ type: organ.link, source: organ.organ, target: organ.owner, phrase: session.phrase, start: session.start, end: session.end });
  }
}
/** The organ key of a session read from an organization's records ("General Conference of the United Nations Educational, ..."). */
export function recordsSessionOrganKey(session: EntityMention): string | undefined {
  return ownerOrgKey(session.name);
}
/** between an organ's own name and its owner's, in the organ's key ("General Conference of the ...") */
const ORGAN_OWNER_GAP = ' of the ';
/**
 * The organ whose gazetteer name ends with its owner's, "General Conference of the United Nations Educational, Scientific and
 * Cultural Organization" (the organ of the records' session, recordsSessionOf): PART_OF that owner, as the session's organ is
 * its owner's (lead's ruling, session 53) and as the organ printed in a paragraph is (organsOfNestedOwners). Not the United Nations.
 */
function organNamingItsOwner(organKey: string): OrganOfOwner | undefined {
  const name = organKey.slice(organKey.indexOf(KIND_SEPARATOR) + 1);
  const at = name.lastIndexOf(ORGAN_OWNER_GAP);
  const entry = at > 0 ? entryByName('Organization', name.slice(at + ORGAN_OWNER_GAP.length)) : undefined;
  if (entry === undefined) return undefined;
  const owner = nodeKey('Organization', normaliseName(entry.name));
  return owner === UNITED_NATIONS_KEY || owner === organKey ? undefined : { organ: organKey, link: 'PART_OF', owner };
}
/**
 * "14 Adopted by the Conference of the Parties serving as the Meeting of the Parties to the Cartagena Protocol on Biosafety at its
 * eighth meeting (see ...)" (A/RES/78/155 PP27 note 14): a numbered sitting of a Conference of the Parties named only in a note is
 * SESSION_OF that Conference, as the same sitting named in a paragraph is (partiesConferenceOf; eventAttributions reads paragraphs
 * only). Span: the sitting's words in the note.
 */
export function partiesSittingsInFootnotes(footnotes: readonly EntityMention[], out: Attribution[]): void {
  for (const f of footnotes) {
    const series = partiesConferenceOf(f);
    if (series === undefined || out.some((a) => a.type === 'SESSION_OF' && a.source === f.key)) continue;
    out.push({ type: 'SESSION_OF', source: f.key, target: series, phrase: f.phrase, start: f.start, end: f.end });
  }
}
/**
 * "22 See the summary of conclusions as reproduced in annex III to the report on the work of the forty-third session of the
 * Commission (Official Records of the General Assembly, Sixty-fifth Session, Supplement No. 17 (A/65/17), ...)" (A/RES/80/161
 * OP10 note 22): a numbered session of a body named only in a note is SESSION_OF that body, as the same session named in a
 * paragraph is ("the report on the work of its forty-third session", 78/103 OP11; eventAttributions reads paragraphs only).
 * Only "<ordinal> session of the <body>" whose owner ownerOrgKey reads; the organ holding it is its owner's, as in a paragraph.
 * Span: the session's words in the note.
 */
export function bodySessionsInFootnotes(footnotes: readonly EntityMention[], out: Attribution[]): void {
  for (const f of footnotes) {
    if (f.kind !== 'Event' || !NUMBERED_SESSION_OF_RE.test(f.name) || out.some((a) => a.type === 'SESSION_OF' && a.source === f.key)) continue;
    const owner = ownerOrgKey(f.name);
    if (owner === undefined) continue;
    out.push({ type: 'SESSION_OF', source: f.key, target: owner, phrase: f.phrase, start: f.start, end: f.end });
    const organ = organLinkOf(owner);
    if (organ && !out.some((a) => a.type === organ.link && a.source === organ.organ && a.target === organ.owner)) {
      out.push({ type: organ.link, source: organ.organ, target: organ.owner, phrase: f.phrase, start: f.start, end: f.end });
    }
  }
}
/** between the session and the organ's numbered text it adopted, in a note: the organ's name, then " adopted at its " */
const NOTE_ADOPTED_AT_ITS_GAP_RE = /^\s+adopted\s+at\s+its\s+$/;
/**
 * A note citing an organ's numbered text with the session that adopted it, its venue and days: "12 See decision
 * Ext/Assembly/AU/Dec.1(XI) of the Assembly of Heads of State and Government of the African Union adopted at its eleventh
 * extraordinary session, held in Addis Ababa on 17 and 18 November 2018." (A/RES/79/263 PP30, 78/262): the organ and its session
 * ADOPTED the text (sessions 61, 63), the session is SESSION_OF the organ and HELD_IN, STARTS_ON, ENDS_ON as printed in a
 * paragraph (findAttributions reads paragraphs only). Only the organ printed right before " adopted at its ", its session after.
 */
export function sessionsAdoptingInFootnotes(refs: ParagraphText['footnoteRefs'], footnotes: readonly EntityMention[], out: Attribution[]): void {
  const push = (type: Attribution['type'], source: string, target: string, m: EntityMention): void => {
    if (!out.some((a) => a.type === type && a.source === source && a.target === target)) out.push({ type, source, target, phrase: m.phrase, start: m.start, end: m.end });
  };
  for (const r of refs) {
    const t = r.footnote?.text;
    if (!t || !t.includes(' adopted at its ')) continue;
    const ms = footnotes.filter((f) => f.footnote?.offset === r.offset && f.footnote.mark === r.mark).sort((a, b) => a.start - b.start);
    for (let i = 1; i + 1 < ms.length; i++) {
      const organ = ms[i]!;
      const ev = ms[i + 1]!;
      const text = ms[i - 1]!;
      if (organ.kind !== 'Organization' || ev.kind !== 'Event' || text.kind !== 'Resolution' || !NOTE_ADOPTED_AT_ITS_GAP_RE.test(t.slice(organ.end, ev.start))) continue;
      if (!ev.name.endsWith(` of the ${organ.name}`) || !t.startsWith(' of the ', text.end) || text.end + 8 !== organ.start) continue;
      push('ADOPTED', organ.key, text.key, organ);
      push('ADOPTED', ev.key, text.key, ev);
      push('SESSION_OF', ev.key, organ.key, ev);
      const place = ms[i + 2];
      if (place?.kind !== 'Place' || !PHASE_HELD_IN_GAP_RE.test(t.slice(ev.end, place.start))) continue;
      push('HELD_IN', ev.key, place.key, place);
      const d = ms[i + 3];
      if (d?.kind !== 'Date' || !VENUE_THEN_DAY_GAP_RE.test(t.slice(place.end, d.start))) continue;
      push('STARTS_ON', ev.key, dateKey(dateMentionIso(d)), d);
      const e = ms[i + 4];
      if (d.attrs.role === 'start' && e?.kind === 'Date' && e.attrs.role === 'end') push('ENDS_ON', ev.key, dateKey(dateMentionIso(e)), e);
    }
  }
}
/** what heads a publisher's department in a note ("Department of Economic and Social Affairs", "Office of Legal Affairs") */
const PUBLISHER_DEPARTMENT_HEADS = ['Department of ', 'Office of '];
/** how a unit of such a department ends its name ("Population Division", "Statistics Division") */
const PUBLISHER_UNIT_TAILS = [' Division', ' Branch', ' Section', ' Unit'];
/**
 * A note naming its publisher as a chain, the department before its unit: "12 United Nations, Department of Economic and Social
 * Affairs, Population Division, World Population Prospects: 2022 Revision." (A/RES/78/177 PP10, 79/147 PP9): the unit is PART_OF
 * the department printed right before it, as "the Population Division of the Department ..." says (findAttributions reads
 * paragraphs only). Only a department or office, ", " and a division, branch, section or unit: a list of bodies is no chain.
 */
export function publisherUnitsInFootnotes(refs: ParagraphText['footnoteRefs'], footnotes: readonly EntityMention[], out: Attribution[]): void {
  for (const r of refs) {
    const t = r.footnote?.text;
    if (!t || !t.includes(', ')) continue;
    const inNote = footnotes.filter((f) => f.footnote?.mark === r.mark && f.kind === 'Organization').sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < inNote.length; i++) {
      const department = inNote[i]!;
      const unit = inNote[i + 1]!;
      if (t.slice(department.end, unit.start) !== ', ') continue;
      if (!PUBLISHER_DEPARTMENT_HEADS.some((h) => department.name.startsWith(h)) || !PUBLISHER_UNIT_TAILS.some((x) => unit.name.endsWith(x))) continue;
      if (out.some((a) => a.type === 'PART_OF' && a.source === unit.key)) continue;
      out.push({ type: 'PART_OF', source: unit.key, target: department.key, phrase: t.slice(department.start, unit.end), start: department.start, end: unit.end });
    }
  }
}
const REPORT_PREPARED_BY = ': report prepared by ';
const FINAL_REPORT_OF = 'Final Report of the ';
/** Where the sitting's name starts in a note citing its final report by title, opening the note or after its publisher; -1 if none. */
function finalReportSittingAt(t: string): number {
  const at = t.indexOf(FINAL_REPORT_OF);
  if (at < 0 || !(at === 0 || (at === 4 && t.startsWith('See ')) || t.startsWith(', ', at - 2))) return -1;
  return at + FINAL_REPORT_OF.length;
}
const RECORDS_OF_AT = ', Records of the ';
export function conferenceReportFootnoteAttributions(refs: ParagraphText['footnoteRefs'], footnotes: readonly EntityMention[], out: Attribution[]): void {
  for (const r of refs) {
    const t = r.footnote?.text;
    if (!t) continue;
    let at = t.startsWith('Report of the') || t.startsWith('See Report of the') ? t.indexOf('Report of the') + 14 : -1;
    // "Seventh United Nations Congress on the Prevention of Crime and the Treatment of Offenders, Milan, 26 August–6 September 1985:
    // report prepared by the Secretariat (United Nations publication, ...)" (A/RES/78/227 PP7 notes 4 and 7; "See Eighth ...",
    // 78/229, 79/176, 80/229): the sitting's report cited by the sitting's name, its venue and days, then the report's subtitle
    if (at < 0 && t.includes(REPORT_PREPARED_BY)) at = t.startsWith('See ') ? 4 : 0;
    // "See United Nations Educational, Scientific and Cultural Organization, Final Report of the World Education Forum, Dakar,
    // Senegal, 26–28 April 2000 (Paris, 2000)" (A/RES/79/178 notes 23 and 24, 79/151, 78/184, 79/156, 79/267, 80/187): the
    // sitting's final report cited by its title after its publisher, the sitting's venue and days printed as in a "Report of the" note
    if (at < 0) at = finalReportSittingAt(t);
    // "Adopted by the Ninth Congress of the International Organization of Supreme Audit Institutions, Lima, 17–26 October 1977."
    // (A/RES/79/231 OP5 notes 3 and 4; adoptedBySittingFootnote): the adopting sitting's venue and days printed as in a "Report of
    // the" note (not after "Adopted on <day> by": that day is the text's, read there)
    if (at < 0 && t.charCodeAt(0) === 65 /* A */) {
      const lead = ADOPTED_BY_SITTING_NOTE_RE.exec(t);
      if (lead && !lead[1]) at = lead[0].length;
    }
    // "<Organization>, Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021" (recordsSession)
    // (its mention, read by recordsSession, follows those words: no search of the note's text)
    if (at < 0) {
      const session = footnotes.find((f) => f.kind === 'Event' && f.footnote?.offset === r.offset && f.footnote.mark === r.mark && f.start > RECORDS_OF_AT.length && t.startsWith(RECORDS_OF_AT, f.start - RECORDS_OF_AT.length));
      if (!session) continue;
      at = session.start;
      // (the session is its organ's, as "the forty-second session of the General Conference of UNESCO" printed in a paragraph)
      recordsSessionOf(session, out);
    }
    const ms = footnotes.filter((f) => f.footnote?.offset === r.offset && f.footnote.mark === r.mark && f.start >= at).sort((a, b) => a.start - b.start);
    const ev = ms[0];
    if (!ev || ev.kind !== 'Event' || ev.start !== at || !t.startsWith(',', ev.end)) continue;
    let last = ev;
    let k = 1;
    for (; k < ms.length && ms[k]!.kind === 'Place' && REPORT_FOOTNOTE_GAP_RE.test(t.slice(last.end, ms[k]!.start)); k++) {
      if (last === ev && !out.some((a) => a.type === 'HELD_IN' && a.source === ev.key && a.target === ms[k]!.key)) {
        out.push({ type: 'HELD_IN', source: ev.key, target: ms[k]!.key, phrase: ms[k]!.phrase, start: ms[k]!.start, end: ms[k]!.end });
        learnFromNote(ev, 'location', ms[k]!.name);
      }
      last = ms[k]!;
    }
    if (last === ev) continue; // no place: the words after the name are not its venue and dates
    const d = ms[k];
    if (!d || d.kind !== 'Date' || !REPORT_FOOTNOTE_GAP_RE.test(t.slice(last.end, d.start))) continue;
    // "held in Beijing, in 1995,13" with "Beijing, 4–15 September 1995" in the note (A/RES/80/175 PP12, 78/172): the paragraph
    // dated the sitting already; the note's days win only where they fall within the paragraph's year (or month) and no end was read
    const dated = out.findIndex((a) => a.type === 'STARTS_ON' && a.source === ev.key);
    if (dated >= 0) {
      const printed = out[dated]!.target;
      const iso = dateMentionIso(d);
      if (out.some((a) => a.type === 'ENDS_ON' && a.source === ev.key) || !dateKey(iso).startsWith(printed + '-')) continue;
      out.splice(dated, 1);
    }
    out.push({ type: 'STARTS_ON', source: ev.key, target: dateKey(dateMentionIso(d)), phrase: d.phrase, start: d.start, end: d.end });
    const e = ms[k + 1];
    const ends = d.attrs.role === 'start' && e?.kind === 'Date' && e.attrs.role === 'end';
    if (ends) out.push({ type: 'ENDS_ON', source: ev.key, target: dateKey(dateMentionIso(e)), phrase: e.phrase, start: e.start, end: e.end });
    if (learnFromNote(ev, 'startDate', dateMentionIso(d)) && ends) learnFromNote(ev, 'endDate', dateMentionIso(e));
    secondPartInReportNote(t, ev, ms, ends ? k + 2 : k + 1, out);
  }
}
/** between a sitting's first venue and days in its report's note and its second part's: ", and " */
const SECOND_PART_GAP_RE = /^,\s+and\s+$/;
/**
 * A sitting held in two parts, its report's note printing each part's venue and days: "Report of the Fifth United Nations
 * Conference on the Least Developed Countries, New York, 17 March 2022, and Doha, 5–9 March 2023 (A/CONF.219/2023/3), chap. I,
 * resolution 2." (A/RES/78/160 OP4 note 14, eight more texts): HELD_IN the second place too, and ENDS_ON the second part's last day
 * (its first day the sitting's STARTS_ON already). `i`: the note's mention after the first part's days.
 */
function secondPartInReportNote(t: string, ev: EntityMention, ms: readonly EntityMention[], i: number, out: Attribution[]): void {
  const place = ms[i];
  const first = ms[i + 1];
  if (place?.kind !== 'Place' || first?.kind !== 'Date' || !SECOND_PART_GAP_RE.test(t.slice(ms[i - 1]!.end, place.start)) || !REPORT_FOOTNOTE_GAP_RE.test(t.slice(place.end, first.start))) return;
  const range = first.attrs.role === 'start' && ms[i + 2]?.kind === 'Date' && ms[i + 2]!.attrs.role === 'end';
  const last = range ? ms[i + 2]! : first;
  if (!out.some((a) => a.type === 'HELD_IN' && a.source === ev.key && a.target === place.key)) {
    out.push({ type: 'HELD_IN', source: ev.key, target: place.key, phrase: place.phrase, start: place.start, end: place.end });
  }
  // (the first part's own end, where it had one, is not the sitting's)
  const ended = out.findIndex((a) => a.type === 'ENDS_ON' && a.source === ev.key);
  if (ended >= 0) out.splice(ended, 1);
  out.push({ type: 'ENDS_ON', source: ev.key, target: dateKey(dateMentionIso(last)), phrase: last.phrase, start: last.start, end: last.end });
}

/**
 * The venue or day a report's note prints, kept on the sitting's mention too, where the mention has none (or a date the
 * note's refines): "Final Document of the International Conference on the Relationship between Disarmament and Development,2"
 * with "2 See Report of the International Conference ..., New York, 24 August–11 September 1987" (A/RES/80/25 PP2, 78/23, 79/43)
 * gave the edges but left the node with no venue and, merged with "the 1987 International Conference" (PP9), the year only.
 * A copy: a gazetteer entry's attributes may be shared by its mentions. True when it set the value.
 */
function learnFromNote(ev: EntityMention, k: 'location' | 'startDate' | 'endDate', v: string): boolean {
  const old = ev.attrs[k];
  if (old !== undefined && !(k !== 'location' && typeof old === 'string' && v.length > old.length && v.startsWith(`${old}-`))) return false;
  ev.attrs = { ...ev.attrs, [k]: v };
  return true;
}

/** How findAttributions records one attribution (once per type, source and target). */
type Push = (type: AttributionType, source: string, target: string, start: number, end: number) => void;

/** "secretariat hosted by": the participle is said of a body's secretariat */
const SECRETARIAT_BEFORE_RE = /\bsecretariat,?\s+$/i;

/** The body a "secretariat hosted by" belongs to: the first body, event or initiative of the clause before it. */
function secretariatOwner(text: string, sorted: EntityMention[], pos: number): EntityMention | undefined {
  let owner: EntityMention | undefined;
  for (let i = firstMentionAtOrAfter(sorted, pos) - 1; i >= 0; i--) {
    const x = sorted[i]!;
    if (x.end > pos) continue;
    if (!sameClause(text, x.end, pos)) break;
    if (HOSTED_KINDS.has(x.kind)) owner = x;
  }
  return owner;
}

/** a sitting named by a common noun, "of" its body or process: "the sixth implementation meeting of the Process" */
const UNNAMED_SITTING_OF_RE = /\b(?:meeting|session|conference|workshop)s?\s+of\s+(?:the|its)\b/;

/** a name's sitting printed as a common noun right before the participle: "<name> business forum, " */
const UNNAMED_SITTING_AFTER_RE = /^\s+(?:[a-z-]+\s+)?(?:forum|meeting|summit|conference|dialogue|workshop|seminar|symposium)s?,?\s*$/;

/** The mention right before `pos` lies after `target` and is followed by a sitting's common noun only ("... Goals business forum, "). */
function unnamedSittingBetween(text: string, sorted: EntityMention[], target: EntityMention, pos: number): boolean {
  for (let i = firstMentionAtOrAfter(sorted, pos) - 1; i >= 0; i--) {
    const x = sorted[i]!;
    if (x.end > pos) continue;
    return x.start > target.end && pos - x.end < 40 && UNNAMED_SITTING_AFTER_RE.test(text.slice(x.end, pos));
  }
  return false;
}

/** a sitting's common noun and "of the" right before a body's name: "the meetings of the <body>" */
const SITTINGS_OF_BODY_BEFORE_RE = /\b(?:meeting|session|workshop)s?\s+of\s+(?:the\s+)?$/;

/** The mention right before `pos` is a body named after "the meetings of (the)", printed after `target`, with only a comma or spaces before `pos`. */
function sittingsOfBodyBefore(text: string, sorted: EntityMention[], target: EntityMention, pos: number): boolean {
  for (let i = firstMentionAtOrAfter(sorted, pos) - 1; i >= 0; i--) {
    const x = sorted[i]!;
    if (x.end > pos) continue;
    return x.kind === 'Organization' && x.start > target.end && /^,?\s*$/.test(text.slice(x.end, pos)) && SITTINGS_OF_BODY_BEFORE_RE.test(text.slice(Math.max(0, x.start - 24), x.start));
  }
  return false;
}

/** a sitting's common noun, in lower case (an event's own name is no part of the gap after it) */
const SITTING_NOUN_IN_GAP_RE = /\b(?:meeting|session|conference|workshop|forum|summit|dialogue|seminar|symposium|round table)s?\b/g;
/** the gap opens on an apposition that names the event itself by a common noun: ", a meeting of ..." */
const SITTING_APPOSITION_RE = /^,\s+(?:a|an|the|its|which\s+was\s+(?:a|an|the))\s/;
/** before the sitting's noun: it is joined to the event ("... on 20 September 2023 and the high-level meeting to review ...,
 *  convened under the auspices of", A/RES/78/164 PP9; "as well as the special session, held on 17 May 2024, both hosted by",
 *  79/275 OP6): the participle is said of both */
const SITTING_JOINED_BEFORE_RE = /\b(?:and|or|as\s+well\s+as)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}$/;
/** a participle right after the name, or after its venue and dates, is the event's */
const UNNAMED_SITTING_GAP_MIN = 40;

/** The gap between an event's name and a participle names another sitting by a common noun, not joined to the event ("...,
 *  with one meeting for ... in Africa, "; "..., and notes in this regard the regional workshops "). */
function unnamedSittingInGap(gap: string): boolean {
  if (SITTING_APPOSITION_RE.test(gap)) return false;
  SITTING_NOUN_IN_GAP_RE.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = SITTING_NOUN_IN_GAP_RE.exec(gap))) last = m.index;
  return last >= 0 && !SITTING_JOINED_BEFORE_RE.test(gap.slice(Math.max(0, last - 60), last));
}

/** The anniversary or launch of an event printed before its name: what is held, hosted or organized then is that. */
const ANNIVERSARY_OF_BEFORE_RE = /\b(?:anniversary|launch|launching)\s+of\s+(?:the\s+)?$/;

/** The sitting named by the anniversary of `marked` printed right before it ("... conference to commemorate the thirtieth anniversary"). */
function sittingOfAnniversaryBefore(text: string, sorted: EntityMention[], marked: EntityMention): EntityMention | undefined {
  for (const x of sorted) {
    if (x.kind === 'Event' && x !== marked && x.end <= marked.start && marked.start - x.end < 30 && OF_MARKED_NAME_RE.test(text.slice(x.end, marked.start))) return x;
  }
  return undefined;
}
const EVENT_AT_THE = ' event at the ';
const EVENTS_AT_THE = ' events at the ';
/** "... side event at the <body>", "... events at the <body>" ends right before `start`: an unnamed sitting held at the body */
function eventAtBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - EVENTS_AT_THE.length), start);
  return before.endsWith(EVENT_AT_THE) || before.endsWith(EVENTS_AT_THE);
}
/** after a sitting's name and "under the" (and up to two words: "historic inaugural"), before the State or body that presides over it */
const PRESIDENCY_OF = 'presidency of ';
const CHAIRMANSHIP_OF = 'chairmanship of ';
/** how far back from "presidency of" UNDER_THE_BEFORE_CHAIR_RE looks ("under the historic inaugural ") */
const UNDER_THE_BEFORE_CHAIR_MAX = 40;
/** the most characters between the sitting's name and the phrase: its venue and days ("..., held in Montreal, Canada, from 7 to 19 December 2022, ") */
const PRESIDED_SITTING_GAP_MAX = 90;
/** the most characters between the phrase and the presiding State's name ("the Government of the ") */
const PRESIDING_AGENT_GAP_MAX = 24;
/**
 * "the second part of the fifteenth meeting of the Conference of the Parties to the Convention, held in Montreal, Canada, from 7 to
 * 19 December 2022, under the presidency of China" (A/RES/78/153 PP19, 78/154, 78/155, 78/262, 78/263 OP14, 79/263), "the twelfth
 * Ministerial Conference of the World Trade Organization, held in Geneva from 12 to 17 June 2022, under the presidency of the
 * Government of Kazakhstan" (A/RES/78/134 OP19, 78/138 OP14), "the Shanghai Cooperation Organization Tianjin Summit, held on 31
 * August and 1 September 2025 under the chairmanship of China" (A/RES/79/332 PP30; "the twenty-third meeting, held under the
 * chairmanship of India", PP18): the State (or body) that presides over the sitting named right before leads it. Only a sitting
 * whose venue and days alone stand between, in the same clause.
 */
function presidedSittingAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (const phrase of [PRESIDENCY_OF, CHAIRMANSHIP_OF]) {
    for (let word = text.indexOf(phrase); word >= 0; word = text.indexOf(phrase, word + phrase.length)) {
      // ("under the presidency of", "under the historic inaugural chairmanship of the Front de libération nationale kanak et
      // socialiste", A/RES/78/94 PP, 79/107, 80/98: the Nineteenth Melanesian Spearhead Group Leaders Summit; aud47f)
      const under = UNDER_THE_BEFORE_CHAIR_RE.exec(text.slice(Math.max(0, word - UNDER_THE_BEFORE_CHAIR_MAX), word));
      if (under === null) {
        if (phrase === PRESIDENCY_OF) presidencyOfNamedSitting(text, sorted, word, push);
        continue;
      }
      const at = word - under[0].length;
      const after = word + phrase.length;
      const agent = sorted.find((x) => AGENT_KINDS.has(x.kind) && x.start >= after && x.start - after <= PRESIDING_AGENT_GAP_MAX && FIRST_AGENT_GAP_RE.test(text.slice(after, x.start)));
      if (agent === undefined) continue;
      // the sitting ending last before the phrase
      let sitting: EntityMention | undefined;
      for (const x of sorted) {
        if (x.kind !== 'Event' || x.end > at) continue;
        if (sitting === undefined || x.end > sitting.end || (x.end === sitting.end && x.start < sitting.start)) sitting = x;
      }
      if (sitting === undefined || at - sitting.end > PRESIDED_SITTING_GAP_MAX || !sameClause(text, sitting.end, at)) continue;
      const from = sitting.end;
      if (sorted.some((x) => x.start >= from && x.end <= at && x.kind !== 'Place' && x.kind !== 'Date')) continue;
      // (the part named before the sitting it is of: "the second part of the fifteenth meeting ...", the presided one)
      const whole: EntityMention = sitting;
      const part = sorted.find((x) => x.kind === 'Event' && x.end < whole.start && text.slice(x.end, whole.start) === OF_THE_GAP);
      const presided = part ?? whole;
      push('LEADS', agent.key, presided.key, presided.start, agent.end);
    }
  }
}
/** between "presidency of" (or the State after it) and the sitting presided: "the" at most */
const PRESIDED_SITTING_AFTER_RE = /^\s*(?:the\s+)?$/;
/** between the State after "presidency of" and the sitting: " of (the) " */
const PRESIDING_STATE_OF_SITTING_RE = /^\s+of\s+(?:the\s+)?$/;
/** the most characters of PRESIDED_SITTING_AFTER_RE's or PRESIDING_STATE_OF_SITTING_RE's gap */
const PRESIDED_SITTING_AFTER_MAX = 12;
/**
 * The presidency named with its State and its sitting, without "under the" (presidedSittingAttributions): "the dialogue undertaken
 * by the Iraq presidency of the eleventh Meeting of States Parties to the Convention on Cluster Munitions" (A/RES/78/32 PP15, the
 * State printed before "presidency"), "welcoming the presidency of Cambodia of the fifth Review Conference of the Convention"
 * (A/RES/79/53 PP22, the State after it, then " of the " and the sitting): the State leads the sitting, as under its presidency.
 * Only a named State or body right beside the word and a sitting right after; `word` is where "presidency of " starts.
 */
function presidencyOfNamedSitting(text: string, sorted: readonly EntityMention[], word: number, push: Push): void {
  const after = word + PRESIDENCY_OF.length;
  const before = sorted.find((x) => AGENT_KINDS.has(x.kind) && x.end <= word && text.slice(x.end, word) === ' ');
  const agent = before ?? sorted.find((x) => AGENT_KINDS.has(x.kind) && x.start === after);
  if (agent === undefined) return;
  const from = before === undefined ? agent.end : after;
  const gapRe = before === undefined ? PRESIDING_STATE_OF_SITTING_RE : PRESIDED_SITTING_AFTER_RE;
  const sitting = sorted.find((x) => x.kind === 'Event' && x.start >= from && x.start - from <= PRESIDED_SITTING_AFTER_MAX && gapRe.test(text.slice(from, x.start)));
  if (sitting === undefined) return;
  push('LEADS', agent.key, sitting.key, Math.min(agent.start, sitting.start), Math.max(agent.end, sitting.end));
}
/** the longest time from a sitting's first part's end to its second part's last day (the second Review Conference of the CCM: ten
 *  months; the Fifth United Nations Conference on the Least Developed Countries: a year) */
const SECOND_PART_WITHIN_MS = 450 * 24 * 3600 * 1000;
/** between a sitting's first part's days and its second part's: " and on ", " and from ", " and reconvened from " ("convened at the
 *  Palais des Nations, Geneva, on 26 August 2022 and reconvened from 5 to 9 September 2022", A/RES/78/67 PP14, 79/78, 80/71) */
// (also after an aside set off by commas, where "reconvened" says the later days are the same sitting's: "... convened with the
// support of the Government of Japan on 4 and 5 September 2023, on the basis of the working paper prepared by the Secretariat,8 and
// reconvened from 25 to 28 March 2024", A/RES/79/187 PP9)
const SECOND_PART_DAYS_GAP_RE = /^(?:\s+and\s+(?:reconvened\s+)?|,\s+[^;:,]{1,100},\s*\d{0,3}\s+and\s+reconvened\s+)(?:on|from)\s+$/;
/** a plural sitting noun in a sitting's printed name ("the Palestine Investment Conferences, held in Bethlehem from 21 to 23 May 2008
 *  and on 2 and 3 June 2010", A/RES/78/121, 79/141): the days are those of several sittings */
const PLURAL_SITTING_NOUN_RE = /\b(?:[Cc]onferences|[Mm]eetings|[Ss]essions|[Ss]ummits|[Ff]orums|[Cc]ongresses|[Dd]ialogues|[Dd]ebates)\b/;
/** before a sitting's name: the "and (the)" of a list of sittings, each its own ("the fifty-first and the fifty-second sessions") */
const LISTED_SITTING_BEFORE_RE = /\band\s+(?:the\s+)?$/;
/**
 * A sitting held in two parts, each part's days printed after its name: "the second Review Conference of States Parties to the
 * Convention on Cluster Munitions, held in Geneva from 25 to 27 November 2020 and on 20 and 21 September 2021" (A/RES/78/32 PP14,
 * 79/58, 80/52): it ends on the second part's last day, as a sitting held in two parts in its report's note does
 * (secondPartInReportNote), not on the first part's (`firstEnd`). Not a sitting named last in a list ("the fifty-first and the
 * fifty-second sessions of the Committee on World Food Security, held in Rome from 23 to 27 October and on 25 November 2023
 * and from 21 to 25 October 2024, respectively", A/RES/79/227, 79/276: the later days another sitting's), nor the first of a
 * list. `from`: where the first part's days end.
 */
function secondPartLastDay(text: string, sorted: readonly EntityMention[], ev: EntityMention, from: number, firstEnd: string): EntityMention | undefined {
  if (LISTED_SITTING_BEFORE_RE.test(text.slice(Math.max(0, ev.start - 12), ev.start)) || PLURAL_SITTING_NOUN_RE.test(ev.phrase)) return undefined;
  // (the first of a list: another sitting named between it and the days)
  if (sorted.some((x) => x.kind === 'Event' && x !== ev && x.start >= ev.end && x.start < from)) return undefined;
  const k = sorted.findIndex((x) => x.kind === 'Date' && x.start >= from);
  const first = k >= 0 ? sorted[k]! : undefined;
  if (first === undefined || !SECOND_PART_DAYS_GAP_RE.test(text.slice(from, first.start))) return undefined;
  const next = sorted[k + 1];
  const last = first.attrs.role === 'start' && next?.kind === 'Date' && next.attrs.role === 'end' ? next : first;
  const iso = dateMentionIso(last);
  if (iso.length !== 10 || iso <= firstEnd || firstEnd.length !== 10) return undefined;
  // (parts of one sitting fall within a year or so: "convened by ... Austria, on 8 and 9 December 2014 and on 20 June 2022"
  // (A/RES/78/240 PP15, 78/53 PP29) names the third and the fourth Conferences on the Humanitarian Impact of Nuclear Weapons)
  return Date.parse(iso) - Date.parse(firstEnd) <= SECOND_PART_WITHIN_MS ? last : undefined;
}
/** the phrase after a body that names who leads it (ledBodyAttributions) */
const UNDER_THE_LEADERSHIP_OF = 'under the leadership of ';
/** the most characters between the led body's name and the phrase ("within the United Nations system, within existing mandates,
 *  supported by the Rule of Law Unit and ") */
const LED_BODY_PHRASE_GAP_MAX = 120;
/** the gap must open with the body's bracketed short name, a comma or its "within ..." and close with a comma or "and" */
const LED_BODY_PHRASE_GAP_RE = /^(?:\s*\([A-Z][A-Za-z\u2010\u2011-]{1,15}\))?(?:,|\s+within\b)(?:[^;:()“”]*(?:,|\band))?\s+$/;
/** before a body named in that gap that supports the led one ("supported by the Rule of Law Unit"): not the led one */
const SUPPORTED_BY_THE = 'supported by the ';
/**
 * Step 0b' of findAttributions: "the Rule of Law Coordination and Resource Group within the United Nations system, within existing
 * mandates, supported by the Rule of Law Unit and under the leadership of the Deputy Secretary-General" (A/RES/80/167 OP17, 78/112,
 * 79/126), "the United Nations Sustainable Development Group, under the leadership of the Secretary-General" (78/162, 80/149),
 * "the Inter-Agency Meeting on Outer Space Activities (UN-Space), under the leadership of the Office" (78/72 OP37): the named body
 * printed before the phrase is led by the one after it. Only past a comma (not "the Secretariat under the leadership of the
 * Under-Secretary-General", 78/118, said of the integration) and only a named body on both sides.
 */
function ledBodyAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let at = text.indexOf(UNDER_THE_LEADERSHIP_OF); at >= 0; at = text.indexOf(UNDER_THE_LEADERSHIP_OF, at + 1)) {
    const after = at + UNDER_THE_LEADERSHIP_OF.length;
    const leader = sorted.find((x) => x.kind === 'Organization' && x.start >= after && x.start - after <= PRESIDING_AGENT_GAP_MAX && FIRST_AGENT_GAP_RE.test(text.slice(after, x.start)));
    if (leader === undefined || !(isNamedOrganization(leader) || isShortFormOfFullName(leader))) continue;
    let led: EntityMention | undefined;
    for (const x of sorted) {
      if (x.end > at) break;
      // (the short name in brackets is the body named before it: "the Inter-Agency Meeting on Outer Space Activities (UN-Space)")
      if (HOSTED_KINDS.has(x.kind) && !text.endsWith(SUPPORTED_BY_THE, x.start) && !(led?.key === x.key && text.charCodeAt(x.start - 1) === 40 /* ( */)) led = x;
    }
    if (led === undefined || led.kind !== 'Organization' || !isNamedOrganization(led) || at - led.end > LED_BODY_PHRASE_GAP_MAX) continue;
    if (!sameClause(text, led.end, at) || !LED_BODY_PHRASE_GAP_RE.test(text.slice(led.end, at))) continue;
    // (the short name in brackets is the same body)
    if (sorted.some((x) => x.start > led.end && x.end <= at && x.key !== led.key && !text.endsWith(SUPPORTED_BY_THE, x.start))) continue;
    push('LEADS', leader.key, led.key, led.start, leader.end);
  }
}
/**
 * "under the leadership of the Office" (A/RES/78/72 OP37, 79/87, 80/76): a short form the resolution keyed to the full name it
 * printed before ("the Office for Outer Space Affairs of the Secretariat", PP3): it names that body, as its full name does.
 */
function isShortFormOfFullName(m: EntityMention): boolean {
  return m.name.length > m.phrase.length && m.name.startsWith(m.phrase);
}
/** between a framework and UNDER_THE_LEADERSHIP_OF: ", developed " (a participle of making the text, nothing else) */
const DEVELOPED_GAP_RE = /^\s*,?\s*(?:developed|prepared|drafted)\s+$/;
/** before UNDER_THE_LEADERSHIP_OF: "initiatives launched " (the initiatives named after the leader, LAUNCHED_UNDER_SUCH_AS_RE) */
const INITIATIVES_LAUNCHED_BEFORE_RE = /\binitiatives\s+launched\s+$/;
/** right after the leader: " such as the " */
const LAUNCHED_UNDER_SUCH_AS_RE = /^\s*,?\s+such\s+as\s+(?:the\s+)?$/;
/** between two of the initiatives listed: " and the ", ", the " */
const LAUNCHED_LIST_GAP_RE = /^(?:\s*,)?\s+(?:and\s+)?(?:the\s+)?$|^\s*,\s*(?:the\s+)?$/;
/**
 * "the United Nations System-wide Action Plan on Gender Equality and the Empowerment of Women, developed under the leadership of
 * the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women)" (A/RES/78/182 PP6, 80/186): the named
 * body under whose leadership a text was developed LEADS it, as "developed by" reads. Only a framework printed right before the
 * participle. So do the initiatives listed after it: "other initiatives launched under the leadership of the African Union
 * Commission such as the Great Green Wall and the Land Policy Initiative and the African Union Green Recovery Action Plan, as well
 * as initiatives launched by African countries ..." (A/RES/78/263 OP12, 79/264): each programme or plan of the list, as "launched
 * by" reads them; the list ends at the first other gap (", as well as").
 */
function developedUnderLeadershipAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let at = text.indexOf(UNDER_THE_LEADERSHIP_OF); at >= 0; at = text.indexOf(UNDER_THE_LEADERSHIP_OF, at + 1)) {
    const after = at + UNDER_THE_LEADERSHIP_OF.length;
    const leader = sorted.find((x) => x.kind === 'Organization' && x.start >= after && x.start - after <= PRESIDING_AGENT_GAP_MAX && FIRST_AGENT_GAP_RE.test(text.slice(after, x.start)));
    if (leader === undefined || !isNamedOrganization(leader)) continue;
    if (INITIATIVES_LAUNCHED_BEFORE_RE.test(text.slice(Math.max(0, at - 30), at))) {
      let listEnd = leader.end;
      let first = true;
      for (const x of sorted) {
        if (x.start < listEnd) continue;
        const gap = text.slice(listEnd, x.start);
        if (!(first ? LAUNCHED_UNDER_SUCH_AS_RE : LAUNCHED_LIST_GAP_RE).test(gap) || !LAUNCHED_KINDS.has(x.kind)) break;
        push('LEADS', leader.key, x.key, leader.start, x.end);
        listEnd = x.end;
        first = false;
      }
      continue;
    }
    let framework: EntityMention | undefined;
    for (const x of sorted) {
      if (x.end > at) break;
      framework = x;
    }
    if (framework?.kind === 'Framework' && DEVELOPED_GAP_RE.test(text.slice(framework.end, at))) push('LEADS', leader.key, framework.key, framework.start, leader.end);
  }
}
/** right after a launch's agents: " on " and the initiative's name (launchedOnTopicAttributions) */
const LAUNCHED_ON_GAP_RE = /^\s+on\s+(?:the\s+)?$/;
/**
 * "the meetings of discussion group VI of the informal process launched by the Secretary-General and the Governments of Canada and
 * Jamaica on Financing for Development in the Era of COVID-19 and Beyond" (A/RES/78/140 PP19, 79/234): the process no name stands
 * for is the initiative named after its launchers and " on ", which they lead, as "launched by" reads the initiative named before
 * it. Only a named body or a Government among the agents; only the initiative printed right after " on ".
 */
function launchedOnTopicAttributions(text: string, sorted: EntityMention[], afterVerb: number, push: Push): void {
  const by = LAUNCHED_BY_RE.exec(text.slice(afterVerb, afterVerb + 40));
  if (!by) return;
  const byPos = afterVerb + by[0].length;
  const { agents, end, governments } = agentsFrom(text, sorted, firstMentionAtOrAfter(sorted, byPos), byPos);
  if (agents.length === 0) return;
  const initiative = sorted[firstMentionAtOrAfter(sorted, end)];
  if (initiative?.kind !== 'Initiative' || !LAUNCHED_ON_GAP_RE.test(text.slice(end, initiative.start))) return;
  // (the second country of "the Governments of Canada and Jamaica" is a Government too)
  const governmentsOf = text.lastIndexOf(GOVERNMENTS_OF, end);
  for (const a of agents) if (a.kind === 'Organization' || governments.has(a) || (a.kind === 'Place' && governmentsOf >= byPos && governmentsOf < a.start)) push('LEADS', a.key, initiative.key, a.start, initiative.end);
}
/** a plural "Governments of" before the countries that act (launchedOnTopicAttributions) */
const GOVERNMENTS_OF = 'Governments of ';
/** Step 1 of findAttributions: "<event> ..., organized/convened/hosted/led by X, Y and Z" (the "by" may come after a venue or date). */
function agentVerbAttributions(text: string, sorted: EntityMention[], push: Push): void {
  AGENT_VERB_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AGENT_VERB_RE.exec(text))) {
    const verb = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const type = VERB_TYPE[verb];
    if (!type) continue;
    // "one from a developing country and one from a least developed country": an adjective
    if (verb === 'developed' && (DEVELOPED_ADJ_BEFORE_RE.test(text.slice(Math.max(0, m.index - 12), m.index)) || DEVELOPED_ADJ_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30)))) continue;
    let target = attributedBefore(text, sorted, m.index, type === 'HOSTS' ? HOSTED_KINDS : STANDING_VERBS.has(verb) ? STANDING_KINDS : ATTRIBUTED_KINDS);
    // "information held by the Organization": only a sitting is held by its organizer
    if (verb === 'held' && target?.kind !== 'Event') continue;
    if (REPORT_PARTICIPLES.has(verb) && (!target || !REPORT_PARTICIPLE_GAP_RE.test(text.slice(target.end, m.index)))) continue;
    // a body is hosted when the participle follows its name ("the African Space Agency, hosted by
    // Egypt"); further off, "hosted by" belongs to a meeting or pre-summit named in between
    // ("convened by the Secretary-General ..., as well as its Pre-Summit, hosted by UNESCO")
    if (target?.kind === 'Organization' && type === 'HOSTS' && !/^[\s,]*$/.test(text.slice(target.end, m.index))) {
      target = attributedBefore(text, sorted, m.index, ATTRIBUTED_KINDS);
    }
    // "within the framework of the Istanbul Process ..., in particular the sixth implementation meeting of the Process, hosted
    // by Singapore" (A/RES/80/200 PP27): what is hosted is the sitting printed in between, which no name stands for
    if (type === 'HOSTS' && target && target.kind !== 'Event' && m.index - target.end > 12 && UNNAMED_SITTING_OF_RE.test(text.slice(target.end, m.index))) continue;
    // "the Internet Governance Forum shall be made a permanent forum ..., with a continued secretariat hosted by the
    // Department of Economic and Social Affairs" (A/RES/80/173 OP100): what is hosted is the body whose secretariat it is
    if (type === 'HOSTS' && SECRETARIAT_BEFORE_RE.test(text.slice(Math.max(0, m.index - 16), m.index))) {
      target = secretariatOwner(text, sorted, m.index) ?? target;
    }
    // "the high-level political forum on sustainable development convened under the auspices of the General Assembly":
    // a forum or conference that is a body in its own right is convened too
    if (type === 'ORGANIZES') {
      const body = attributedBefore(text, sorted, m.index, ORG_KIND);
      if (body && MEETING_BODY_RE.test(body.name) && (!target || body.start > target.start)) target = body;
      // "such as the side event at the high-level political forum on sustainable development in New York in July 2023 jointly
      // organized by the Executive Secretariat of the Central European Initiative and ..." (A/RES/79/135 OP3): what was organized is
      // the unnamed event held at the forum, not the forum
      if (target !== undefined && target.kind === 'Organization' && eventAtBefore(text, target.start)) continue;
    }
    // "the Inter-Agency Consultative Group for Least Developed Countries, led by the Office of the High Representative ..."
    // (A/RES/79/218 OP6; 78/233, 80/150): a body led by another, named right before the participle
    // ("the Global Crisis Response Group on Food, Energy and Finance, chaired and convened by the Secretary-General", A/RES/79/196
    // PP13: a body chaired by another, as one led)
    // (the gate: a comma, a footnote mark's digit or "which is|was" before the participle)
    if (BODY_LEADER_VERBS.has(verb) && (!target || text.charCodeAt(m.index - 2) === 44 || isAsciiDigit(text.charCodeAt(m.index - 2)) || text.charCodeAt(m.index - 2) === 115 /* s */)) {
      const body = attributedBefore(text, sorted, m.index, ORG_KIND);
      if (body && (!target || body.start > target.start) && LED_BODY_GAP_RE.test(text.slice(body.end, m.index)) && isNamedOrganization(body)) target = body;
    }
    // "the United Nations Global Principles for Information Integrity, launched by the Secretary-General" (A/RES/80/215 PP5), "The
    // United Nations Youth Strategy, launched by the Secretary-General in 2018" (A/RES/78/179): a framework launched by a body is
    // led by it, as an initiative is. Only the framework named right before the participle, a comma or a space between ("the
    // United Nations Disability Inclusion Strategy launched by the Secretary-General in June 2019", A/RES/78/70 PP19, 80/74).
    if (LAUNCH_VERBS.has(verb) && m.index > 2) {
      const gap = text.charCodeAt(m.index - 2) === 44 /* , */ ? 2 : 1;
      const framework = attributedBefore(text, sorted, m.index, FRAMEWORK_KIND);
      if (framework !== undefined && framework.end === m.index - gap && (!target || framework.start > target.start)) target = framework;
    }
    if (!target) {
      if (LAUNCH_VERBS.has(verb)) launchedOnTopicAttributions(text, sorted, m.index + m[0].length, push);
      continue;
    }
    // "a high-level multi-stakeholder informal meeting to launch the Dialogue in the margins of the high-level week of the eightieth
    // session of the General Assembly, in 2025, chaired by the President of the General Assembly" (A/RES/79/325 OP6): what is
    // chaired is the unnamed meeting held in the margins of the sitting, not the sitting
    if (CHAIR_VERBS.has(verb) && text.endsWith(IN_THE_MARGINS_OF_THE, target.start)) continue;
    // "the Doha conference commemorating the thirtieth anniversary of the International Year of the Family, on the theme ...,
    // hosted by Qatar and organized by the Doha International Family Institute" (A/RES/79/150 OP39, 78/176 OP33): the
    // commemoration was hosted and organized, not the year it commemorates (whose dates and venue are not read either): the
    // sitting named by that anniversary, when one is ("the Doha conference to commemorate the thirtieth anniversary", its
    // mention ending at "anniversary"), else none
    if (target.kind === 'Event' && target.start > 12 && ANNIVERSARY_OF_BEFORE_RE.test(text.slice(Math.max(0, target.start - 30), target.start))) {
      const sitting = sittingOfAnniversaryBefore(text, sorted, target);
      if (sitting === undefined) continue;
      target = sitting;
    }
    // "the annual meeting of the Water Resilience Coalition initiative, as well as the Sustainable Development Goals business
    // forum, organized by the United Nations and the International Chamber of Commerce" (A/RES/79/228 OP25): the participle is
    // said of the sitting a common noun names after a name of another kind, printed after the target; not of the target
    if (unnamedSittingBetween(text, sorted, target, m.index)) continue;
    // "in the Conference of the Parties to the ... Convention ..., including ... and in the meetings of the Local Communities and
    // Indigenous Peoples Platform Facilitative Working Group organized by the secretariat of the Convention" (A/RES/78/189
    // OP13, 79/159, 80/191): the participle is said of the sittings of the body named right before it, not of the event
    if (target.kind === 'Event' && sittingsOfBodyBefore(text, sorted, target, m.index)) continue;
    // "the preparations for the Conference, including ... the three regional review meetings, with one meeting for the landlocked
    // developing countries in Africa, jointly organized by the Government of Botswana, ..." (A/RES/78/163 OP43): the participle
    // is said of the sitting a common noun names between the event's name and it, not of the event named further back
    if (target.kind === 'Event' && m.index - target.end > UNNAMED_SITTING_GAP_MIN && unnamedSittingInGap(text.slice(target.end, m.index))) continue;
    // "the United Nations Alliance of Civilizations initiative and the programmes led by the United Nations Educational,
    // Scientific and Cultural Organization" (A/RES/78/212 OP16): the participle is the common noun's joined after the name
    // (but "through initiatives such as eTrade for All and the e-trade readiness assessments and implementation tools launched by the
    // United Nations Conference on Trade and Development", A/RES/80/118 OP19: a bare noun, no article, closing a pair of
    // initiatives ends the list the participle is said of, the pair included)
    let listEndsWithNoun = false;
    if (m.index - target.end > 6 && m.index - target.end < 60 && COMMON_NOUN_JOINED_RE.test(text.slice(target.end, m.index))) {
      listEndsWithNoun = target.kind === 'Initiative' && type === 'LEADS' && BARE_NOUN_JOINED_RE.test(text.slice(target.end, m.index)) && initiativePairedBefore(text, sorted, target) !== undefined;
      if (!listEndsWithNoun) continue;
    }
    // "taking note of the Handbook on Children Recruited ... and its three related training manuals, and of the road map on the
    // treatment of children ... developed by the Office" (A/RES/78/226 PP17): the participle is said of the verb's next object,
    // a common noun after "and of the", not of the name before it
    if (m.index - target.end > 12 && text.slice(target.end, m.index).includes(AND_OF)) {
      if (UNNAMED_OBJECT_AFTER_AND_OF_RE.test(text.slice(target.end, m.index))) continue;
    }
    // find "by" within the next 120 characters of the same clause, skipping venue/date mentions
    const afterVerb = m.index + m[0].length;
    // "events jointly organized with the United Nations Office for Disaster Risk Reduction" (A/RES/78/152 OP60), "organized in
    // cooperation with the World Food Programme" (79/227 PP?): the body the sitting was organized with organizes it too
    // (", respectively, events jointly organized with ...": the plural noun resumes every event of the list paired by "respectively")
    if (type === 'ORGANIZES' && target.kind === 'Event' && text.charCodeAt(afterVerb + 1) !== 98 /* b */) {
      const listed = RESPECTIVELY_EVENTS_GAP_RE.test(text.slice(target.end, m.index)) ? respectiveEventsBefore(text, sorted, target) : [target];
      for (const ev of listed) coOrganizers(text, sorted, afterVerb, ev, push);
    }
    const rest = text.slice(afterVerb, afterVerb + 160);
    const by = /(?:^|\s)(?:by|under\s+the\s+auspices\s+of)\s+/.exec(rest);
    if (!by || !sameClause(text, afterVerb, afterVerb + by.index)) continue;
    // "convened in Jeddah, ..., hosted by X": the "by" is the other participle's
    if (OTHER_PARTICIPLE_RE.test(rest.slice(0, by.index))) continue;
    // "convened pursuant to article XIV of the Treaty, and recalling the joint statement issued by the Friends of ..."
    // (A/RES/78/66 PP9): a participle of another kind right before the "by" is the one it belongs to, unless the two
    // are joined ("which was convened and opened by the Secretary-General", A/RES/78/6 OP24)
    if (by.index > 0 && isOtherParticipleBefore(rest, by.index) && !JOINED_PARTICIPLE_RE.test(rest.slice(0, by.index))) continue;
    const skipped = sorted.filter((x) => x.start >= afterVerb && x.end <= afterVerb + by.index);
    if (skipped.some((x) => x.kind === 'Event' || x.kind === 'Initiative' || x.kind === 'Organization')) continue;
    const byPos = afterVerb + by.index + by[0].length;
    // (only a body hosted right after its name, as "the Stop TB Partnership, hosted by", is read as an item of a list)
    const listed = type === 'HOSTS' && target.start > 2 && /^,\s+$/.test(text.slice(target.end, m.index)) && LIST_ITEM_BEFORE_RE.test(text.slice(Math.max(0, target.start - 12), target.start));
    const { agents, end, governments } = agentsFrom(text, sorted, firstMentionAtOrAfter(sorted, byPos), byPos, listed);
    // "to be officially launched immediately following the adoption of the present resolution by the General Assembly" (A/RES/79/193
    // OP1): the "by" is the act noun's printed between ("adoption of <text> by the"), not the participle's
    if (agents.length > 0 && ADOPTION_OF_TEXT_BY_BEFORE_RE.test(text.slice(afterVerb, agents[0]!.start))) continue;
    // "the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable
    // Development Goals Summit)" (A/RES/78/166 OP6, 78/159 PP27, 80/145 PP30, 78/152, 79/205, 80/137): the forum is a standing body,
    // the sitting named in brackets right after its convener is what was convened (as where a declaration's words name the forum);
    // the bracket ends no agent's name (AGENT_END_RE), so the convener is read here
    if (type === 'ORGANIZES' && target.kind === 'Organization' && agents.length === 0) {
      const convener = sorted[firstMentionAtOrAfter(sorted, byPos)];
      const sitting = convener?.kind === 'Organization' && FIRST_AGENT_GAP_RE.test(text.slice(byPos, convener.start)) ? sittingInBracketsAt(text, sorted, convener.end) : undefined;
      if (convener !== undefined && sitting !== undefined) push(type, convener.key, sitting.key, m.index, sitting.end);
      continue;
    }
    // "by the Government of" may stand before the "by" gap's own words: "by the Government of Japan"
    const byGovernment = GOVERNMENTS_OF_END_RE.test(text.slice(afterVerb, byPos));
    // "the conferences on the humanitarian impact of nuclear weapons, convened by Norway, on 4 and 5 March 2013, Mexico, on 13
    // and 14 February 2014, and Austria, on ..." (A/RES/79/37 PP10, 78/34, 78/240, 79/60, 80/50): a State convenes a sitting
    // as a Government does, and the States listed each with its dates convene it too. Only with "by" right after the
    // participle: not "convened at the Palais des Nations, Geneva, ... with regard to outstanding questions by the Russian
    // Federation" (A/RES/80/71 PP14), whose "by" is another noun's
    const convened = (verb === 'convened' || verb === 'co-convened') && by.index === 0;
    const conveners = convened && agents.length > 0 ? datedConveners(text, sorted, agents) : [];
    for (const a of conveners) for (const ev of convenedSittings(text, sorted, a, target)) push(type, a.key, ev.key, m.index, a.end);
    const stateActs = STATE_AGENT_VERBS.has(verb) && (by.index === 0 || JOINTLY_GAP_RE.test(rest.slice(0, by.index)));
    // "through initiatives such as eTrade for All and the e-trade readiness assessments tool, launched by the United Nations
    // Conference on Trade and Development" (A/RES/79/194 OP16): after a comma the participle is said of both initiatives of a pair
    const pairedInitiative =
      type === 'LEADS' && target.kind === 'Initiative' && (listEndsWithNoun || (text.charCodeAt(m.index - 2) === 44 /* , */ && target.end === m.index - 2)) ? initiativePairedBefore(text, sorted, target) : undefined;
    const siblings = convened && target.kind === 'Event' && agents.length > 0 ? convenedSiblingSittings(text, sorted, target, end) : [];
    for (const a of agents) {
      if (a.kind === 'Place' && type !== 'HOSTS' && !convened && !governments.has(a) && !(byGovernment && a === agents[0]) && !(stateActs && a.attrs['country'] === a.name)) continue;
      push(type, a.key, target.key, m.index, end);
      for (const ev of siblings) push(type, a.key, ev.key, m.index, ev.end);
      if (pairedInitiative !== undefined && a.kind === 'Organization') push(type, a.key, pairedInitiative.key, m.index, end);
    }
    // "to be convened by the President of the General Assembly in collaboration with the World Health Organization" (A/RES/79/333
    // OP1), "organized by the Kingdom of Saudi Arabia in collaboration with the United Nations Industrial Development
    // Organization" (79/222 OP27): the body after the organizers organizes it with them
    if (type === 'ORGANIZES' && target.kind === 'Event' && agents.length > 0) coOrganizers(text, sorted, end, target, push);
  }
}

/** The Event named whole in brackets right after `end` (" (<sitting>)"), if any. */
function sittingInBracketsAt(text: string, sorted: EntityMention[], end: number): EntityMention | undefined {
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 40 /* ( */) return undefined;
  const m = sorted[firstMentionAtOrAfter(sorted, end + 2)];
  return m !== undefined && m.kind === 'Event' && m.start === end + 2 && text.charCodeAt(m.end) === 41 /* ) */ ? m : undefined;
}

/**
 * participles whose agent may be a State printed bare: "the Global Initiative to Combat Nuclear Terrorism was launched jointly by
 * the Russian Federation and the United States of America" (A/RES/79/42 PP9, 78/43, 80/41): a State leads an initiative it
 * launched or leads. (Not "organized by Kenya": a bare State organizes no sitting, accuracy-attributions and aud25h.)
 */
const STATE_AGENT_VERBS = new Set(['launched', 'initiated', 'led', 'co-led', 'spearheaded', 'chaired', 'co-chaired']);
/** between such a participle and its "by": " jointly" */
const JOINTLY_GAP_RE = /^\s+jointly$/;
/** between two conveners, the first's dates: ", on 4 and 5 March 2013, ", ", on 13 and 14 February 2014, and " */
const DATED_CONVENER_GAP_RE = /^,\s+on\s+\d{1,2}(?:\s+(?:and|to)\s+\d{1,2})?\s+[A-Z][a-z]+\s+(?:19|20)\d\d,\s+(?:and\s+)?$/;
/** The States listed after the last of `agents`, each after the dates of the one before ("Norway, on 4 and 5 March 2013, Mexico"). */
function datedConveners(text: string, sorted: EntityMention[], agents: readonly EntityMention[]): EntityMention[] {
  const more: EntityMention[] = [];
  let last = agents[agents.length - 1]!;
  for (let i = firstMentionAtOrAfter(sorted, last.end); i < sorted.length; i++) {
    const m = sorted[i]!;
    // (the sittings a series was read as, each spanning its days: knownEditionsListed)
    if (m.kind === 'Date' || m.kind === 'Event') continue;
    if (m.kind !== 'Place' || !DATED_CONVENER_GAP_RE.test(text.slice(last.end, m.start))) break;
    more.push(m);
    last = m;
  }
  return more;
}

/** before each of a plural sitting's dates after its convener: " on ", ", on ", " and on " */
const SIBLING_SITTING_GAP_RE = /^,?\s+(?:and\s+)?on\s+$/;
/**
 * "the Climate Summits convened by the Secretary-General on 23 September 2019 and on 24 September 2025" (A/RES/80/137 PP25): the
 * plural was read as one sitting per date (convenedPluralSittings), the last spanning the name, the earlier ones their dates after
 * the convener; the convener convenes those too. Only sittings of the named one's name, each right after "on".
 */
function convenedSiblingSittings(text: string, sorted: EntityMention[], named: EntityMention, from: number): EntityMention[] {
  const out: EntityMention[] = [];
  let last = from;
  for (let i = firstMentionAtOrAfter(sorted, from); i < sorted.length; i++) {
    const x = sorted[i]!;
    if (x.kind === 'Date') continue;
    if (x.kind !== 'Event' || x.name !== named.name || x.key === named.key || !SIBLING_SITTING_GAP_RE.test(text.slice(last, x.start))) break;
    out.push(x);
    last = x.end;
  }
  return out;
}

/** between a convening State and its sitting's days */
const CONVENER_DAYS_GAP_RE = /^,\s+on\s+$/;
/** between a sitting's days and the next sitting's of the same State: " and on ", ", and, most recently, on " */
const SAME_CONVENER_NEXT_DAYS_GAP_RE = /^,?\s+and,?\s+(?:most\s+recently,\s+)?on\s+$/;
/**
 * The sittings a State listed after the first convened: "convened by Norway, on 4 and 5 March 2013, Mexico, on 13 and 14
 * February 2014, and Austria, on 8 and 9 December 2014, and, most recently, on 20 June 2022" (A/RES/78/34 PP10), where the
 * series was read as its sittings, each spanning its days (knownEditionsListed): Mexico's is the one its days name, Austria's
 * the two after it. Otherwise (one sitting named, its days no mention) the sitting named before the participle.
 */
function convenedSittings(text: string, sorted: EntityMention[], state: EntityMention, named: EntityMention): EntityMention[] {
  const out: EntityMention[] = [];
  let last = state;
  for (let i = firstMentionAtOrAfter(sorted, state.end); i < sorted.length; i++) {
    const x = sorted[i]!;
    if (x.kind !== 'Event') continue;
    if (!(out.length === 0 ? CONVENER_DAYS_GAP_RE : SAME_CONVENER_NEXT_DAYS_GAP_RE).test(text.slice(last.end, x.start))) break;
    out.push(x);
    last = x;
  }
  return out.length > 0 ? out : [named];
}

/** right after an organizer (or the participle): " in collaboration with the ", ", in cooperation with ", " jointly with " */
const CO_ORGANIZER_GAP_RE = /^,?\s+(?:jointly\s+with|with|in\s+(?:collaboration|cooperation|partnership)\s+with)\s+(?:the\s+)?/;
/** The organizations printed right after `pos` and " in collaboration with (the) " organize `ev` too. */
function coOrganizers(text: string, sorted: EntityMention[], pos: number, ev: EntityMention, push: Push): void {
  const gap = CO_ORGANIZER_GAP_RE.exec(text.slice(pos, pos + 40));
  if (!gap) return;
  const at = pos + gap[0].length;
  const first = firstMentionAtOrAfter(sorted, at);
  const { agents, end } = agentsFrom(text, sorted, first, at);
  for (const a of agents) if (a.kind === 'Organization') push('ORGANIZES', a.key, ev.key, ev.start, end);
  // (a name the sentence goes on after: "in collaboration with the World Health Organization shall be held")
  const o = sorted[first];
  if (agents.length === 0 && o !== undefined && o.start === at && o.kind === 'Organization' && !NAME_GOES_ON_RE.test(text.slice(o.end, o.end + 3))) push('ORGANIZES', o.key, ev.key, ev.start, o.end);
}
/** a capitalised word right after a name: the name read may be the start of a longer one */
const NAME_GOES_ON_RE = /^\s[A-Z]/;
/** "jointly organized with", "organized in cooperation with": a sitting organized with a body no "by" names */
function coOrganizedWords(text: string): boolean {
  return textIncludes(text, 'organized with') || textIncludes(text, 'organized in co');
}

/**
 * Step 1a of findAttributions: "the convening of the World Telecommunication Development Conference by the International
 * Telecommunication Union": the noun names the organizer as the participle does.
 */
function conveningOfAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const ev = sorted[i]!;
    if (ev.kind !== 'Event' || !CONVENING_OF_RE.test(text.slice(Math.max(0, ev.start - 30), ev.start))) continue;
    // (a comma may set the agent off: "the convening of the high-level meeting on sand and dust storms, by the President of the
    // General Assembly", A/RES/80/143 OP4)
    const by = /^,?\s+by\s+/.exec(text.slice(ev.end, ev.end + 12));
    if (!by) continue;
    const byPos = ev.end + by[0].length;
    const { agents, end, governments } = agentsFrom(text, sorted, firstMentionAtOrAfter(sorted, byPos), byPos);
    for (const a of agents) if (a.kind === 'Organization' || governments.has(a)) push('ORGANIZES', a.key, ev.key, ev.start, end);
  }
}

/** the words after which an agent's convened bodies follow (forConveningAttributions' gate, a string test) */
const FOR_CONVENING_THE = ' for convening the ';
/** between the agent and FOR_CONVENING_THE: nothing, or the sessions it presided, " at its seventy-sixth and seventy-seventh sessions" */
const AGENT_SESSIONS_GAP_RE = /^(?:\s+at\s+its\s+[a-z]+(?:[-‑][a-z]+)?(?:\s+and\s+[a-z]+(?:[-‑][a-z]+)?)?\s+sessions?)?$/;
/** between two convened bodies, read from the first one's end: " and the ", ", the " (the next must start right after) */
const CONVENED_LIST_GAP_RE = /^(?:,\s+(?:and\s+)?|\s+and\s+)the\s+/;
/**
 * "Acknowledging the Presidents of the General Assembly at its seventy-sixth and seventy-seventh sessions for convening the
 * Advisory Board on Gender Equality and the General Assembly Platform of Women Leaders" (A/RES/78/182 PP22, 80/186 PP16): the
 * named body thanked for convening them ORGANIZES each body or initiative listed right after the words (aud51e gold). Not a
 * clause's subject that only supports the convening: "the Office for Disarmament Affairs ... will provide the support
 * necessary for convening the informal exchanges" (A/RES/80/58 OP6) prints other words between.
 */
function forConveningAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let at = text.indexOf(FOR_CONVENING_THE); at >= 0; at = text.indexOf(FOR_CONVENING_THE, at + 1)) {
    let agent: EntityMention | undefined;
    for (const x of sorted) {
      if (x.end > at) break;
      if (x.kind === 'Organization') agent = x;
    }
    if (agent === undefined || !isNamedOrganization(agent) || !AGENT_SESSIONS_GAP_RE.test(text.slice(agent.end, at))) continue;
    let from = at + FOR_CONVENING_THE.length;
    for (const x of sorted) {
      if (x.start < from) continue;
      if (x.start !== from || (x.kind !== 'Organization' && x.kind !== 'Initiative' && x.kind !== 'Event')) break;
      push('ORGANIZES', agent.key, x.key, agent.start, x.end);
      const gap = CONVENED_LIST_GAP_RE.exec(text.slice(x.end, x.end + 12));
      if (gap === null) break;
      from = x.end + gap[0].length;
    }
  }
}

/** before an event: "the holding by <agents> of (the) ", "the hosting by the Government of <country> of " (no clause ends between) */
const NOUN_BY_OF_RE = /\b(holding|convening|organi[sz]ation|hosting)\s+by\s+([^;:,()“”]{3,120}?)\s+of\s+(?:the\s+)?$/;
/** between two events of a list that the noun governs: their subtitles, venues and dates, then ", (and) the " or " and " */
const EVENT_LIST_GAP_RE = /^[^;()“”]{0,100}?(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;

/**
 * Step 1a'' of findAttributions: "the holding by the International Atomic Energy Agency of the fourth International
 * Conference on Nuclear Security: Shaping the Future, in Vienna in May 2024, the third International Conference on
 * Nuclear Security: ..., and the first ..." (A/RES/80/41 PP13), "the hosting by the Government of Switzerland of the
 * eighth session of the Global Platform for Disaster Risk Reduction": the agent printed before the events organized
 * (hosted) them, each event of the list the noun governs.
 */
function nounByAgentOfAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const ev = sorted[i]!;
    if (ev.kind !== 'Event') continue;
    const from = Math.max(0, ev.start - 160);
    const m = NOUN_BY_OF_RE.exec(text.slice(from, ev.start));
    if (!m) continue;
    const agentStart = from + m.index + m[0].length - m[0].slice(m[0].indexOf(m[2]!)).length;
    const agentEnd = agentStart + m[2]!.length;
    const hosting = m[1] === 'hosting';
    // "the convening by Indonesia of the third Conference of States Parties and Signatories to Treaties that Establish
    // Nuclear-Weapon-Free Zones and Mongolia on 24 April 2015" (A/RES/78/39 PP4, 80/47): a State convenes a sitting as it does
    // when "convened by Norway" follows the sitting (a State, not a town: its place is its own country)
    const convening = m[1] === 'convening';
    const agents = sorted.filter(
      (a) => a.start >= agentStart && a.end <= agentEnd && (a.kind === 'Organization' || (a.kind === 'Place' && (hosting || (convening && a.attrs['country'] === a.name)))),
    );
    if (agents.length === 0) continue;
    const type: AttributionType = hosting ? 'HOSTS' : 'ORGANIZES';
    const nounAt = from + m.index;
    let last = ev;
    for (let j = i; j < sorted.length; j++) {
      const e = sorted[j]!;
      if (e.start < last.end && e !== ev) continue;
      if (e !== ev) {
        if (e.kind === 'Place' || e.kind === 'Date') continue;
        if (e.kind !== 'Event' || !EVENT_LIST_GAP_RE.test(text.slice(last.end, e.start))) break;
      }
      for (const a of agents) push(type, a.key, e.key, nounAt, e.end);
      last = e;
      i = j;
    }
  }
}

/** right before the initiative: " to launch the ", " to convene the " (a platform the body convenes, as one it launches) */
const TO_LAUNCH_THE_RE = / to (?:launch|convene) the $/;
/** the gate of launchEffortsAttributions beside the word "launch" */
const TO_CONVENE_THE = ' to convene the ';
const EFFORTS_OF_THE = 'efforts of the ';
/** between the agent and " to launch the ": the President's term, " at its seventy-fourth session" */
const AT_ITS = ' at its ';
const SESSION_END = ' session';
/** between the agent and " to convene the ": its partners as an aside, ", in partnership with 40 United Nations bodies," */
const PARTNERS_ASIDE_END_RE = /, in partnership with [^,;()]{1,60},$/;
/**
 * Step 1a''' of findAttributions: "Taking note of the efforts of the President of the General Assembly at its seventy-fourth
 * session to launch the Alliance for Poverty Eradication" (A/RES/79/225 PP13, 78/165, 80/154), "the efforts of the International
 * Telecommunication Union, in partnership with 40 United Nations bodies, to convene the Artificial Intelligence for Good platform"
 * (A/RES/78/265 PP4): the body whose efforts launch or convene the initiative leads it, as "launched by" says. Only "efforts of
 * the <body>" right before, and nothing but its session or its partners between (a body named among the partners leads nothing).
 */
function launchEffortsAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 1; i < sorted.length; i++) {
    const ini = sorted[i]!;
    if (ini.kind !== 'Initiative') continue;
    const verb = TO_LAUNCH_THE_RE.exec(text.slice(Math.max(0, ini.start - 20), ini.start));
    if (!verb) continue;
    const verbAt = ini.start - verb[0].length;
    const partners = PARTNERS_ASIDE_END_RE.exec(text.slice(Math.max(0, verbAt - 90), verbAt));
    const agentEndLimit = partners ? verbAt - partners[0].length : verbAt;
    for (let j = i - 1; j >= 0; j--) {
      const agent = sorted[j]!;
      if (agent.kind !== 'Organization' || agent.end > agentEndLimit) continue;
      const gap = text.slice(agent.end, agentEndLimit);
      const sessionGap = gap.startsWith(AT_ITS) && gap.endsWith(SESSION_END) && gap.length < 40 && !gap.includes(',');
      if (text.endsWith(EFFORTS_OF_THE, agent.start) && (gap === '' || sessionGap)) push('LEADS', agent.key, ini.key, agent.start, ini.end);
      break;
    }
  }
}

/** what a body launches and so leads: a programme, or a strategy or plan (as "launched by" reads a framework) */
const LAUNCHED_KINDS: ReadonlySet<string> = new Set(['Initiative', 'Framework']);
/**
 * Step 1a' of findAttributions: "Recalls the launching of the Broadband Advocacy Targets by the Broadband Commission for
 * Sustainable Development" (the seed, E/2025/31 draft resolution I OP45), "noting further the launch of the Plan of Action by the
 * Secretary-General on 12 September 2019" (A/RES/78/129 PP14): the noun names who leads the initiative or framework as
 * "launched by" does.
 */
function launchOfAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const ini = sorted[i]!;
    if (!LAUNCHED_KINDS.has(ini.kind) || !LAUNCH_OF_RE.test(text.slice(Math.max(0, ini.start - 20), ini.start))) continue;
    const by = LAUNCHED_BY_RE.exec(text.slice(ini.end, ini.end + 40));
    if (!by) continue;
    const byPos = ini.end + by[0].length;
    const { agents, end, governments } = agentsFrom(text, sorted, firstMentionAtOrAfter(sorted, byPos), byPos);
    for (const a of agents) if (a.kind === 'Organization' || governments.has(a)) push('LEADS', a.key, ini.key, ini.start, end);
  }
}

/** before the agent: "the launch by ", "the launching by the " */
const LAUNCH_BY_BEFORE_RE = /\blaunch(?:ing)?\s+by\s+(?:the\s+)?$/;
/** the gate of an establishment named by its agent (no PARAGRAPH_WORDS bit is left for it) */
const ESTABLISHMENT_BY = 'establishment by ';
/** before the agent: "the establishment by the " (what it established may be a body too, led by it as "established by" says) */
const ESTABLISHMENT_BY_BEFORE_RE = /\bestablishment\s+by\s+(?:the\s+)?$/;
/** what a body establishes and so leads: a body, a programme or mechanism, a framework */
const ESTABLISHED_KINDS: ReadonlySet<string> = new Set(['Organization', 'Initiative', 'Framework']);
/** between the agent (its acronym in brackets may follow) and what it launched: " of the ", " of ", and the year it did so
 *  (", in 1973, of the ": "the establishment by the Secretary-General, in 1973, of the trust fund ...", A/RES/79/161 OP36) */
const AGENT_OF_LAUNCHED_GAP_RE = /^(?:\s\([A-Z][A-Za-z\u2010\u2011-]{1,15}\))?(?:,\s+in\s+\d{4})?,?\s+of\s+(?:the\s+)?$/;
/** between two agents of one launch: " and ", " and the " ("the launching by the African Union Commission and United Nations
 *  Development Programme, of the Africa Facility ...", A/RES/78/263 OP39, 79/264 OP39) */
const CO_AGENT_GAP_RE = /^\s+and\s+(?:the\s+)?$/;
/**
 * Step 1a (launch by) of findAttributions: "Noting the launch by the Secretary-General of the United Nations Strategy and Plan of
 * Action on Hate Speech" (A/RES/78/129 PP13), "the launch by UN-Habitat of the Global Action Plan: Accelerating for Transforming
 * Informal Settlements and Slums" (79/214): the agent printed between the noun and "of" leads what it launched, as "launched by"
 * says. Only a body named right after "by", and the initiative or framework named right after its "of" ("the launch by the High
 * Commissioner of an international campaign ..." names none). "Noting the establishment by the Secretary-General of the Global
 * Crisis Response Group on Food, Energy and Finance" (A/RES/78/157 PP7): the same for a body, as "established by" says.
 */
function launchByOfAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const agent = sorted[i]!;
    if (agent.kind !== 'Organization') continue;
    const before = text.slice(Math.max(0, agent.start - 24), agent.start);
    const established = ESTABLISHMENT_BY_BEFORE_RE.test(before);
    if (!established && !LAUNCH_BY_BEFORE_RE.test(before)) continue;
    // (the Assembly establishing a centre or body is its own act, not its leading it: "the establishment by the General Assembly
    // of the United Nations Regional Centre for Peace and Disarmament in Africa", A/RES/78/60 PP5)
    if (established && agent.key === GENERAL_ASSEMBLY_KEY) continue;
    // (two bodies launching it together, "by the African Union Commission and United Nations Development Programme, of the
    // Africa Facility": both lead it)
    const agents: EntityMention[] = [agent];
    let last = i;
    while (last + 2 < sorted.length && sorted[last + 1]!.kind === 'Organization' && CO_AGENT_GAP_RE.test(text.slice(sorted[last]!.end, sorted[last + 1]!.start))) {
      last++;
      agents.push(sorted[last]!);
    }
    const lastAgent = sorted[last]!;
    // (the year printed between them is a Date mention of its own: what was launched is the mention after it)
    const next = sorted[last + 1];
    if (next === undefined) continue;
    const launched = next.kind === 'Date' && last + 2 < sorted.length ? sorted[last + 2]! : next;
    if (!(established ? ESTABLISHED_KINDS : LAUNCHED_KINDS).has(launched.kind)) continue;
    const gap = text.slice(lastAgent.end, launched.start);
    if (AGENT_OF_LAUNCHED_GAP_RE.test(gap) || unitedNationsReadWithAgent(text, lastAgent, launched, gap)) {
      for (const a of agents) push('LEADS', a.key, launched.key, a.start, launched.end);
    }
  }
}
const OF_THE_UNITED_NATIONS = ' of the United Nations';
const UNITED_NATIONS_PREFIX = 'United Nations ';
/** "the Secretary-General of the United Nations Strategy and Plan of Action on Hate Speech" (A/RES/78/129 PP13): the name reader
 *  gave "of the United Nations" to the agent, and the framework keyed with it starts right after */
function unitedNationsReadWithAgent(text: string, agent: EntityMention, launched: EntityMention, gap: string): boolean {
  return gap === ' ' && launched.name.startsWith(UNITED_NATIONS_PREFIX) && text.endsWith(OF_THE_UNITED_NATIONS, agent.end);
}

/** the words between a whole and the first part the text says it includes (includedPartsAttributions' gate) */
const WHICH_INCLUDES_THE = ', which includes the ';
/** ... as a gap between two mentions, nothing else in it */
const WHICH_INCLUDES_GAP_RE = /^,\s+which\s+includes\s+the\s+$/;
/** what may include parts, and be one: a body, a programme or mechanism, an instrument */
const PART_KINDS: ReadonlySet<string> = new Set(['Organization', 'Initiative', 'Framework']);
/**
 * Step 5' of findAttributions: "Recognizing also the role of the Technology Facilitation Mechanism, which includes the
 * multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals, the inter-agency task team
 * on science, technology and innovation for the Sustainable Development Goals and the online platform, as a tool ..." (A/RES/80/118
 * PP8, 78/132 PP8, the genre's paragraph on the Mechanism): each part listed right after "which includes" is PART_OF the whole
 * named before it, as after "adopted A which includes B and C" (step 4). The list ends at the first gap of other words.
 */
function includedPartsAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const whole = sorted[i]!;
    const first = sorted[i + 1]!;
    if (!PART_KINDS.has(whole.kind) || !PART_KINDS.has(first.kind) || !WHICH_INCLUDES_GAP_RE.test(text.slice(whole.end, first.start))) continue;
    push('PART_OF', first.key, whole.key, whole.start, first.end);
    for (let j = i + 2; j < sorted.length; j++) {
      const part = sorted[j]!;
      if (!PART_KINDS.has(part.kind) || !INCLUDED_PART_GAP_RE.test(text.slice(sorted[j - 1]!.end, part.start))) break;
      push('PART_OF', part.key, whole.key, whole.start, part.end);
    }
  }
}

/** the words naming a whole by its parts' number ("as the three components of the ", the whole's name after them) */
const COMPONENTS_OF_THE = ' components of the ';
const AS_COMPONENTS_OF_BEFORE_RE = /\bas\s+the\s+(?:two|three|four|five|six)\s+components\s+of\s+the\s+$/;
/** a sub-item, not a part: "..., including the Global Pilot Programme ..." right before the mention */
const INCLUDING_BEFORE_RE = /\bincluding\s+(?:the\s+)?$/;
/**
 * "noting with appreciation the ongoing work of the United Nations inter-agency task team on science, technology and innovation
 * for the Sustainable Development Goals, including the Global Pilot Programme ..., and noting the expanded operationalization of
 * the 2030 Connect online platform, as the three components of the Technology Facilitation Mechanism" (A/RES/78/160 PP42, 80/147):
 * each body or programme the sentence named before the words is PART_OF the whole after them; not a sub-item ("including the"),
 * nor a sitting (the forum's sessions are its editions, not the forum).
 */
function namedComponentsAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (const whole of sorted) {
    if (!PART_KINDS.has(whole.kind) || !AS_COMPONENTS_OF_BEFORE_RE.test(text.slice(Math.max(0, whole.start - 48), whole.start))) continue;
    const words = text.lastIndexOf(' as ', whole.start);
    const from = text.lastIndexOf(';', words) + 1;
    let coverEnd = -1;
    // (a sub-item printed again by its short name: "including the Global Pilot Programme on ... Road Maps (STI for SDGs road
    // maps)", A/RES/78/160 PP42: still the sub-item)
    let subItems: string[] | undefined;
    for (const part of sorted) {
      if (part.start >= words) break;
      // (a mention inside a longer one is the longer one's word)
      const inside = part.end <= coverEnd;
      if (part.end > coverEnd) coverEnd = part.end;
      if (inside || part.start < from || part.key === whole.key || (part.kind !== 'Organization' && part.kind !== 'Initiative')) continue;
      if (INCLUDING_BEFORE_RE.test(text.slice(Math.max(0, part.start - 16), part.start))) {
        (subItems ??= []).push(part.key);
        continue;
      }
      if (subItems?.includes(part.key)) continue;
      push('PART_OF', part.key, whole.key, part.start, whole.end);
    }
  }
}

/** between "adopted" and what it adopted: "a comprehensive, far-reaching and people-centred set of universal and transformative " */
const SET_OF_GAP_RE = /^a\s+(?:[\w-]+,?\s+){0,8}set\s+of\s+(?:[\w-]+\s+){0,3}$/;
/** a footnote's mark after the first thing adopted: "by which it adopted the United Nations Convention against Transnational
 *  Organized Crime 1  and the Protocol to Prevent, Suppress and Punish Trafficking in Persons" (A/RES/79/286 PP3) */
const FOOTNOTE_MARK_GAP_RE = /^\s*\d{1,3}(?=\s*(?:,|and\s))/;
/** between "endorsed the" and the conference whose outcome it endorsed: "outcome document of the " */
const OUTCOME_OF_GAP_RE = /^outcome\s+document\s+of\s+(?:the\s+)?$/;
/** between that conference and the outcome's quoted title: ", entitled “" */
const ENTITLED_QUOTE_GAP_RE = /^,?\s+entitled\s+[“"]$/;
/** the words of a sitting's own endorsement (sittingEndorsedAttributions' cheap gate) */
const ENDORSED_THE = ' endorsed the ';
/** right before the sitting, the subject of a that-clause: "recalling that the " */
const THAT_THE_BEFORE_RE = /\bthat\s+the\s+$/;
const YEAR_SPACE_RE = /^\d{4}\s$/;
/** between that sitting and the framework it endorsed: its venue and days, who took part, then " endorsed the " (a body that owns
 *  the framework may stand last: "endorsed the Group of 20 Action Plan ...") */
const SITTING_ENDORSED_GAP_RE = /^,?(?:\s+(?:held|with)\s[^;:“”"]{0,200}?)?,?\s+endorsed\s+the\s+$/;
/**
 * Step 4': a sitting that endorsed a framework, as the text says in the active voice: "recalling that the Summit of the Group of 20
 * held in New Delhi on 9 and 10 September 2023 endorsed the 2023 Action Plan to Accelerate Progress on the Sustainable Development
 * Goals" (A/RES/78/136 PP8, 79/196 PP10): the sitting ENDORSES it. Only a framework named right after "endorsed the" (or after its
 * owner's name): "endorsed the Hamburg Update: Taking Forward the Group of 20 Action Plan ..." endorsed the update, not the plan.
 */
function sittingEndorsedAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const sitting = sorted[i]!;
    if (sitting.kind !== 'Event' || !THAT_THE_BEFORE_RE.test(text.slice(Math.max(0, sitting.start - 12), sitting.start))) continue;
    const verb = text.indexOf(ENDORSED_THE, sitting.end);
    if (verb < 0 || verb - sitting.end > 240) continue;
    const after = verb + ENDORSED_THE.length;
    // (the year its name opens with is read as a date: "endorsed the 2023 Action Plan to Accelerate Progress ...")
    let j = firstMentionAtOrAfter(sorted, after);
    while (sorted[j]?.kind === 'Date') j++;
    let target = sorted[j];
    const nameAt = YEAR_SPACE_RE.test(text.slice(after, after + 5)) ? after + 5 : after;
    if (target?.kind === 'Organization' && target.start === nameAt && sorted[j + 1]?.start === target.end + 1) target = sorted[++j];
    else if (target?.start !== nameAt) continue;
    if (target?.kind !== 'Framework' || !SITTING_ENDORSED_GAP_RE.test(text.slice(sitting.end, after))) continue;
    push('ENDORSES', sitting.key, target.key, sitting.start, target.end);
    // (and a second framework joined to the first: "endorsed the Bali Update on the Group of 20 Action Plan on the 2030 Agenda for
    // Sustainable Development and the Group of 20 Development Commitments", A/RES/79/196 PP10)
    const second = sorted[firstMentionAtOrAfter(sorted, target.end)];
    if (second?.kind === 'Framework' && second.start - target.end <= INCLUDING_GAP_MAX && JOINED_FRAMEWORK_GAP_RE.test(text.slice(target.end, second.start))) {
      push('ENDORSES', sitting.key, second.key, sitting.start, second.end);
    }
  }
}

/** the words of a sitting's own adoption (sittingAdoptedAttributions' cheap gate) */
const SPACE_ADOPTED = ' adopted';
/** after that sitting: " adopted the ", or " adopted, <what else it adopted>, the " (its venue and days may stand first) */
const SITTING_ADOPTED_VERB_RE = /^,?(?:\s+(?:held|with)\s[^;:“”"]{0,200}?)?,?\s+adopted(?:,\s+[^,;:“”"()]{1,120},)?\s+the\s+/;
/**
 * Step 4'*: a sitting that adopted a framework, as the text says in the active voice; three forms, one reader:
 * - the sitting after "that the": "Recognizes that the United Nations Conference on Sustainable Development adopted, among other
 *   commitments on sustainable consumption and production, the 10-Year Framework of Programmes on Sustainable Consumption and
 *   Production Patterns" (A/RES/78/151 OP8, 79/202, 80/135), as sittingEndorsedAttributions reads "endorsed";
 * - the Assembly sitting there: "the high-level meeting on the midterm review of the Sendai Framework on 18 and 19 May 2023, at which
 *   the General Assembly adopted the political declaration on the midterm review of the Sendai Framework" (A/RES/78/120 OP83,
 *   78/119, 79/139, 79/140, 79/205, 80/113): the sitting adopted it, as the passive "at which ... was adopted" says
 *   (atWhichAdoptedAttributions);
 * - "it", the sitting of the first clause: "Welcoming the convening of the intergovernmental conference held on 10 and 11 December
 *   2018 in Marrakech, Morocco, and recalling that it adopted the Global Compact for Safe, Orderly and Regular Migration" (A/RES/78/120
 *   PP13, 79/139, 80/113; "Reaffirms ..., and recalls that it adopted", 78/263 OP17, 79/264), with only its venue and days between:
 *   not where a body stands between (then "it" may be the body), nor "Recalling that it adopted" opening a paragraph (the Assembly).
 * Each time the sitting ADOPTED the framework printed right after the verb (frameworkAdoptedRightAfter), and that one only.
 */
function sittingAdoptedAttributions(text: string, sorted: EntityMention[], words: TextWords, push: Push): void {
  if (textIncludes(text, SPACE_ADOPTED)) {
    for (let i = 0; i + 1 < sorted.length; i++) {
      const sitting = sorted[i]!;
      if (sitting.kind !== 'Event' || !THAT_THE_BEFORE_RE.test(text.slice(Math.max(0, sitting.start - 12), sitting.start))) continue;
      const verb = SITTING_ADOPTED_VERB_RE.exec(text.slice(sitting.end, sitting.end + 360));
      if (verb) frameworkAdoptedRightAfter(sorted, sitting, sitting.end + verb[0].length, push);
    }
  }
  if (!hasWord(words, ADOPTED)) return;
  let m: RegExpExecArray | null;
  if (hasWord(words, AT_WHICH)) {
    AT_WHICH_ASSEMBLY_ADOPTED_RE.lastIndex = 0;
    while ((m = AT_WHICH_ASSEMBLY_ADOPTED_RE.exec(text))) {
      const ev = attributedBefore(text, sorted, m.index, EVENT_KIND);
      if (ev && !SITTING_NOUN_RE.test(textOutsideMentions(text, sorted, ev.end, m.index))) frameworkAdoptedRightAfter(sorted, ev, m.index + m[0].length, push);
    }
  }
  if (textIncludes(text, THAT_IT_ADOPTED)) {
    THAT_IT_ADOPTED_RE.lastIndex = 0;
    while ((m = THAT_IT_ADOPTED_RE.exec(text))) {
      const at = m.index;
      const ev = attributedBefore(text, sorted, at, EVENT_KIND);
      if (!ev || sorted.some((x) => x.start >= ev.end && x.end <= at && (x.kind === 'Organization' || x.kind === 'Event' || x.kind === 'Framework'))) continue;
      if (!SITTING_NOUN_RE.test(textOutsideMentions(text, sorted, ev.end, at))) frameworkAdoptedRightAfter(sorted, ev, at + m[0].length, push);
    }
  }
}

/** The framework printed right after a sitting's "adopted (the) " ending at `verbEnd` (a quote or "the" may open its mention): ADOPTED. */
function frameworkAdoptedRightAfter(sorted: readonly EntityMention[], sitting: EntityMention, verbEnd: number, push: Push): void {
  const adopted = sorted.find((x) => x.kind === 'Framework' && x.start >= verbEnd - 4 && x.start <= verbEnd);
  if (adopted) push('ADOPTED', sitting.key, adopted.key, sitting.start, adopted.end);
}

/** between the first thing a resolution acted on and a second verb of the same resolution: " (2016–2025) and endorsed the " */
const AND_ADOPTION_VERB_GAP_RE = /^(?:\s*\([^()]{1,30}\))?,?\s+and\s+(?:also\s+)?(?:adopted|endorsed|approved)\s+(?:the\s+)?$/;
/** the rare words of that second verb (AND_ADOPTION_VERB_GAP_RE's cheap gate) */
const AND_ENDORSED = ' and endorsed ';
const AND_ADOPTED = ' and adopted ';
/** Step 4 of findAttributions: "in which the Assembly adopted the Pact for the Future which includes the Global Digital Compact ...". */
function adoptedInWhichAttributions(text: string, sorted: EntityMention[], push: Push): void {
  ADOPTED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ADOPTED_RE.exec(text))) {
    // (", which endorsed": the resolution is the subject, printed right before the comma)
    const res = [...sorted].reverse().find((x) => x.kind === 'Resolution' && x.end <= m!.index && (m![1] === undefined ? m!.index - x.end < 120 : x.end === m!.index));
    if (m[1] !== undefined && res === undefined) continue;
    const after = m.index + m[0].length;
    let idx = firstMentionAtOrAfter(sorted, after);
    let first = idx < sorted.length ? sorted[idx] : undefined;
    // "in which it endorsed the outcome document of the United Nations Conference on Sustainable Development, entitled “The future
    // we want”" (A/RES/78/158 PP11, 79/212, 79/142): what it endorsed is the outcome the title names, not the conference
    if (first?.kind === 'Event' && OUTCOME_OF_GAP_RE.test(text.slice(after, first.start))) {
      const title = sorted[idx + 1];
      if (title?.kind === 'Framework' && ENTITLED_QUOTE_GAP_RE.test(text.slice(first.end, title.start))) {
        if (res) push('ADOPTED', res.key, title.key, m[1] === undefined ? m.index : m.index + m[0].indexOf('which'), title.end);
        continue;
      }
    }
    // "in which it proclaimed the United Nations Decade of Action on Nutrition (2016–2025) and endorsed the Rome Declaration on
    // Nutrition and the Framework for Action" (A/RES/78/168 PP28, 79/227, 79/276): a second verb of the same resolution; its
    // edges start at that verb, whose word alone then says adopted or endorsed (endorsedNotAdopted)
    const at = m[1] === undefined ? m.index : m.index + m[0].indexOf('which');
    let from = at;
    if (first && first.kind !== 'Framework' && first.kind !== 'Document' && (textIncludes(text, AND_ENDORSED) || textIncludes(text, AND_ADOPTED))) {
      // (the period in brackets is read as dates: past them)
      let next = idx + 1;
      while (sorted[next]?.kind === 'Date') next++;
      const second = sorted[next];
      const gap = second === undefined ? '' : text.slice(first.end, second.start);
      if (second !== undefined && AND_ADOPTION_VERB_GAP_RE.test(gap)) {
        from = first.end + gap.indexOf(' and ') + 5;
        idx = next;
        first = second;
      }
    }
    if (!first || (first.kind !== 'Framework' && first.kind !== 'Document')) continue;
    // "in which it adopted a comprehensive, far-reaching and people-centred set of universal and transformative Sustainable
    // Development Goals and targets" (A/RES/78/261 PP5, and some 140 texts recalling resolution 70/1 so)
    const gap = text.slice(after, first.start);
    if (from === at && !/^\s*$/.test(gap) && !SET_OF_GAP_RE.test(gap)) continue;
    if (res) push('ADOPTED', res.key, first.key, from, first.end);
    // "adopted A which includes B and C": B and C are part of A; "adopted A and B": both adopted
    let prev = first;
    let container: EntityMention | undefined;
    for (let j = idx + 1; j < sorted.length; j++) {
      const x = sorted[j]!;
      if (x.kind !== 'Framework' && x.kind !== 'Document') break;
      const gap = text.slice(prev.end, x.start);
      if (INCLUDES_GAP_RE.test(gap)) {
        container = prev;
        push('PART_OF', x.key, container.key, container.start, x.end);
      } else if (LIST_GAP_RE.test(gap) || (FOOTNOTE_MARK_GAP_RE.test(gap) && LIST_GAP_RE.test(gap.replace(FOOTNOTE_MARK_GAP_RE, '')))) {
        if (container) push('PART_OF', x.key, container.key, container.start, x.end);
        else if (res) push('ADOPTED', res.key, x.key, from, x.end);
      } else break;
      prev = x;
    }
  }
}

/** a framework named inside an unrecognised title: "the Declaration on Principles of International Law ... in accordance with the
 *  Charter of the United Nations, contained in the annex to its resolution 2625 (XXV)" holds the Charter, the annex the Declaration */
const INSIDE_TITLE_BEFORE_RE = /\b(?:accordance|conformity)\s+with\s+the\s+$/;
/** between a resolution and the framework it adopted, as the text says: "its resolution 79/1 of 22 September 2024, adopting the
 *  Pact for the Future" (A/RES/79/126 PP13) (a footnote mark may stand first)
 *  ("Recalling, in its resolution 78/47, its decision to adopt the Global Framework for Through-life Conventional Ammunition
 *  Management", A/RES/79/54 PP4, 80/43: the decision the resolution took) */
const ADOPTING_GAP_RE = /^\s*(?:\d{1,3}\s*)?,?\s*(?:adopting|its\s+decision\s+to\s+adopt)\s+(?:the\s+)?$/;
/** ... or only holds: ", containing the " (PART_OF, as "contained in": the text states no adoption), also with the declaration's
 *  kind before its title: " containing the political declaration entitled “" (A/RES/78/140 PP5) */
const CONTAINING_GAP_RE = /^\s*(?:\d{1,3}\s*)?,?\s*containing\s+(?:the\s+)?(?:(?:political\s+)?declaration\s+entitled\s+[“"]\s*)?$/;
const ANNEX_TO_WHICH = 'annex to which contain';
/** between a resolution and the title of the declaration it adopted (in its annex): ", in which it endorsed the political declaration in
 *  the annex thereto entitled “", ", in which it endorsed the declaration entitled “" */
const DECLARATION_ENTITLED_GAP_RE =
  /^\s*,\s*(?:in|by)\s+which\s+it\s+(?:adopted|endorsed|approved)\s+the\s+(?:political\s+)?declaration\s+(?:(?:contained\s+)?in\s+the\s+annex\s+thereto,?\s+)?entitled\s+[“"]\s*$/;
/** the words every such gap holds (its cheap gate) */
const WHICH_IT = ' which it ';
/** the words an annex named after its resolution's title opens with (annexedTitleAttributions' gate) */
const ANNEX_THERETO = ' annex thereto ';
/** right before a framework's quoted name: "including the annex thereto entitled “" (the annex of the resolution cited before) */
const ANNEX_THERETO_ENTITLED_BEFORE_RE = /\bincluding\s+the\s+annex\s+thereto,?\s+entitled\s+[“"]$/;
/**
 * "Recalling its resolution 79/1 of 22 September 2024, entitled “The Pact for the Future”, including the annex thereto entitled
 * “Global Digital Compact”" (A/RES/79/325 PP1): the instrument printed as the annex's title is PART_OF the resolution cited last
 * before it, as "contained in the annex to" reads (step 5); "entitled" states no adoption.
 */
function annexedTitleAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  let resolution: EntityMention | undefined;
  for (const m of sorted) {
    if (m.kind === 'Resolution') resolution = m;
    else if (m.kind === 'Framework' && resolution !== undefined && ANNEX_THERETO_ENTITLED_BEFORE_RE.test(text.slice(Math.max(0, m.start - 48), m.start))) {
      push('PART_OF', m.key, resolution.key, resolution.start, m.end);
    }
  }
}
/** between a resolution and the framework its annex holds: ", the annex to which contains the text of the " */
const ANNEX_TO_WHICH_GAP_RE = /^\s*(?:\d{1,3}\s*)?,\s*the\s+annex\s+to\s+which\s+contains?\s+(?:the\s+text\s+of\s+)?(?:the\s+)?$/;
/** between a framework (its short name in brackets) and the resolution that annexes it: "), welcomed by the General Assembly in its " */
const WELCOMED_IN_GAP_RE = /^\)?\s*,\s*welcomed\s+by\s+the\s+General\s+Assembly\s+in\s+(?:its\s+)?$/;
const ANNEXED_THERETO = 'annexed thereto';
/** "the adoption, on 14 June 2006 in Abuja at the ..., of the Convention ...": the day set off before the framework (step 4g) */
const ADOPTION_COMMA_ON = 'adoption, on ';
/** a body that approved a framework (step 4d): ", approved by the " */
const APPROVED_BY = ' approved by the ';
/** right after that resolution (its date read with it): " and annexed thereto" */
const ANNEXED_THERETO_AFTER_RE = /^,?\s+and\s+annexed\s+thereto\b/;
/** between a framework and the resolution (or its annex) that holds it: ", contained in the annex to ", " as contained in annex I to ",
 *  " contained in its resolution 75/1", ", contained in General Assembly resolution 1514 (XV)" */
const CONTAINED_IN_ANNEX_GAP_RE = /^\s*,?\s*(?:\d{1,3}\s*,?\s*)?(?:as\s+)?contained\s+in\s+(?:(?:the\s+)?annex(?:es)?\s+(?:[IV]{1,4}\s+)?to\s+)?$/;

/**
 * Step 4c of findAttributions: "the Sevilla Commitment, adopted by the General Assembly in its resolution 79/323": the resolution
 * adopted it; "the Declaration on Measures to Eliminate International Terrorism, contained in the annex to General Assembly
 * resolution 49/60", "the political declaration ... contained in the annex to its resolution 78/1" (A/RES/78/311 PP2), "the
 * Declaration on the Granting of Independence ..., contained in General Assembly resolution 1514 (XV)": the framework is PART_OF
 * the resolution that holds it (`contained`: the text says "contained in"), which states no adoption.
 */
function adoptedByResolutionAttributions(text: string, sorted: EntityMention[], push: Push, contained: boolean, annexedThereto: boolean): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const f = sorted[i]!;
    const owner = frameworkOwnerAfter(text, sorted, i);
    const r = resolutionAfterInstrument(sorted, i, owner === undefined ? 90 : owner.end - f.end + 90);
    if (r === undefined) continue;
    const gap = text.slice(f.end, r.start);
    if (ADOPTED_IN_GAP_RE.test(gap) || (owner !== undefined && ADOPTED_IN_GAP_RE.test(text.slice(owner.end, r.start)))) {
      push('ADOPTED', r.key, f.key, f.start, r.end);
      const pair = pairedBefore(text, sorted, i);
      if (pair) push('ADOPTED', r.key, pair.key, pair.start, r.end);
      const second = secondResolutionOfPair(text, sorted, r);
      if (second) push('ADOPTED', second.key, f.key, f.start, second.end);
    } else if (contained && CONTAINED_IN_ANNEX_GAP_RE.test(gap) && !INSIDE_TITLE_BEFORE_RE.test(text.slice(Math.max(0, f.start - 24), f.start))) {
      // what the annex holds is the one framework named last ("the Addis Ababa Action Agenda ... and the political
      // declaration ... contained in the annex to its resolution 78/1": 78/1 holds the declaration only); it is PART_OF the
      // resolution, which the text does not say adopted it (the sitting named before may have: "adopted at the ...")
      push('PART_OF', f.key, r.key, f.start, r.end);
    } else if (annexedThereto && WELCOMED_IN_GAP_RE.test(gap) && ANNEXED_THERETO_AFTER_RE.test(text.slice(r.end, r.end + 24))) {
      // "the Paris Principles), welcomed by the General Assembly in its resolution 48/134 of 20 December 1993 and annexed
      // thereto" (A/RES/79/177 PP4): PART_OF the resolution that annexes the text; welcomed, not adopted
      push('PART_OF', f.key, r.key, f.start, r.end);
    }
  }
  if (textIncludes(text, ENDORSED_BY_ASSEMBLY_IN_ITS)) endorsedAfterSittingAttributions(text, sorted, push);
  if (textIncludes(text, AND_ENDORSED_BY_THE)) endorsedByBodyAfterSitting(text, sorted, push);
}

/** the words of a body's endorsement after a sitting adopted a framework (endorsedByBodyAfterSitting's gate, and extract.ts's for
 *  endorsedByFootnotedResolution) */
export const AND_ENDORSED_BY_THE = ' and endorsed by the ';
/**
 * "taking note of action 2 of the Kazan Action Plan, adopted at the sixth International Conference of Ministers ... and endorsed by
 * the General Conference of the United Nations Educational, Scientific and Cultural Organization" (A/RES/79/8 OP13): the sitting
 * adopted it (adoptedAtAttributions), the body named after "and endorsed by the" ENDORSES it (aud43 convention: endorsed is
 * ENDORSES, not ADOPTED). The Assembly is left to endorsedAfterSittingAttributions (its resolution endorsed it).
 */
function endorsedByBodyAfterSitting(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.kind !== 'Framework' || f.footnote) continue;
    const verb = text.indexOf(AND_ENDORSED_BY_THE, f.end);
    if (verb < 0 || verb - f.end > 300) continue;
    const bodyStart = verb + AND_ENDORSED_BY_THE.length;
    const body = sorted.find((o) => o.start === bodyStart && o.kind === 'Organization' && !o.footnote);
    if (body === undefined || body.key === GENERAL_ASSEMBLY_KEY || !ADOPTED_AT_ENDORSED_BY_BODY_GAP_RE.test(text.slice(f.end, bodyStart))) continue;
    push('ENDORSES', body.key, f.key, f.start, body.end);
  }
}

/** the words of the Assembly's endorsement after a sitting adopted a framework (rare: asked before ADOPTED_AT_ENDORSED_GAP_RE) */
const ENDORSED_BY_ASSEMBLY_IN_ITS = 'endorsed by the General Assembly in its ';
/** a rare substring every "<framework or declaration> adopted at that <sitting>" holds: the gate of the steps that read it */
export const ADOPTED_AT_THAT = ' adopted at that ';
/** The sitting of that kind (eventKind) named last before `at` in the paragraph's own words: "adopted at that <kind>" means it. */
export function sittingNamedLastBefore(mentions: readonly EntityMention[], at: number, kind: string): EntityMention | undefined {
  let sitting: EntityMention | undefined;
  for (const e of mentions) if (e.kind === 'Event' && !e.footnote && e.end <= at && e.attrs.eventKind === kind) sitting = e;
  return sitting;
}
/** right after a framework: " adopted at that summit" (a comma or footnote mark may stand first); group 1 the sitting's noun */
const ADOPTED_AT_THAT_RE = /^\s*\d{0,3},?\s+adopted\s+at\s+that\s+(summit|conference|meeting|session)\b/;
/**
 * Step 4d': a framework "adopted at that <sitting>": "Also recalls the joint summit of the Heads of State and Government of
 * ..., held in Lomé on 30 July 2018, and the Lomé Declaration on Peace, Security, ... adopted at that summit" (A/RES/79/68
 * OP15, 80/63, 78/59): the sitting of that kind named last before it in the paragraph adopted it (none: no edge).
 */
function adoptedAtThatSittingAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.kind !== 'Framework') continue;
    const m = ADOPTED_AT_THAT_RE.exec(text.slice(f.end, f.end + 40));
    if (!m) continue;
    const sitting = sittingNamedLastBefore(sorted, f.start, m[1]!);
    if (sitting) push('ADOPTED', sitting.key, f.key, sitting.start, f.end + m[0].length);
  }
}

/** "the declarations adopted by the ", "the outcome documents adopted by the " (before the sittings listed) */
const PLURAL_ADOPTED_BY = 's adopted by the ';
const PLURAL_TEXTS_ADOPTED_BY_RE = /\b(?:[Dd]eclarations|outcome\s+documents)\s+adopted\s+by\s+the\s+$/;
/** before those texts: the resolutions listed, then ", in which it endorsed the " */
const IN_WHICH_IT_ENDORSED_RE = /^,?\s+in\s+which\s+it\s+endorsed\s+the\s+(?:[Dd]eclarations|outcome\s+documents)\s+adopted\s+by\s+the\s+$/;
/** between the titles of the list: a footnote mark, a comma, "and" */
const TITLE_LIST_GAP_RE = /^”?\s*(?:\d{1,3}\s*)?,?\s*(?:and\s+)?“?$/;
/**
 * "its resolutions 71/312 of 6 July 2017 and 76/296 of 21 July 2022, in which it endorsed the declarations adopted by the first and
 * second United Nations Conferences to Support the Implementation of Sustainable Development Goal 14: ..., entitled “Our ocean, our
 * future: call for action” and “Our ocean, our future, our responsibility”, respectively" (A/RES/78/155 PP13, 78/128 PP8, 79/208
 * PP14): "respectively" pairs the lists in order: each sitting ADOPTED its declaration, and each resolution listed before "in which
 * it endorsed" ENDORSES it. Only lists of equal length (two or more), the titles printed together before ", respectively".
 */
function respectivelyAdoptedAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  const at = text.indexOf(PLURAL_ADOPTED_BY);
  const from = at + PLURAL_ADOPTED_BY.length;
  if (!PLURAL_TEXTS_ADOPTED_BY_RE.test(text.slice(Math.max(0, at - 40), from))) return;
  const entitled = text.indexOf(' entitled “', from);
  if (entitled < 0 || entitled - from > 400) return;
  const respectively = text.indexOf(RESPECTIVELY, entitled);
  if (respectively < 0 || respectively - entitled > 500) return;
  const sittings = sorted.filter((m) => m.kind === 'Event' && !m.footnote && m.start >= from && m.end <= entitled);
  const titles = sorted.filter((m) => m.kind === 'Framework' && !m.footnote && m.start > entitled && m.end <= respectively);
  if (sittings.length < 2 || titles.length !== sittings.length) return;
  for (let i = 1; i < titles.length; i++) if (!TITLE_LIST_GAP_RE.test(text.slice(titles[i - 1]!.end, titles[i]!.start))) return;
  // (the last title's closing quote at most before ", respectively")
  const tailGap = text.slice(titles[titles.length - 1]!.end, respectively);
  if (tailGap !== '' && tailGap !== '”') return;
  for (let i = 0; i < titles.length; i++) push('ADOPTED', sittings[i]!.key, titles[i]!.key, sittings[i]!.start, titles[i]!.end);
  const resolutions = sorted.filter((m) => m.kind === 'Resolution' && !m.footnote && m.end <= at);
  const last = resolutions[resolutions.length - 1];
  if (resolutions.length < titles.length || !last || !IN_WHICH_IT_ENDORSED_RE.test(text.slice(last.end, from))) return;
  const listed = resolutions.slice(resolutions.length - titles.length);
  for (let i = 0; i < titles.length; i++) push('ENDORSES', listed[i]!.key, titles[i]!.key, listed[i]!.start, titles[i]!.end);
}

const ADOPTED_BY_THE = ' adopted by the ';
const INTER_ALIA_THE = ', inter alia, the ';
/** between the bodies listed after "adopted by the" (and a sitting's outcome documents listed, itsOutcomeDocumentAttributions): ", the ", " and the " */
const ADOPTER_LIST_GAP_RE = /^,?\s+(?:and\s+)?the\s+$/;
/** between the last body listed and the instrument it gives as an instance: ", inter alia, the " */
const INTER_ALIA_THE_GAP_RE = /^,\s+inter\s+alia,\s+the\s+$/;
/**
 * "recalling further the relevant resolutions and international instruments adopted by the General Assembly, the Security Council,
 * the Economic and Social Council and the Organization of African Unity, inter alia, the Organization of African Unity Convention for
 * the elimination of mercenarism in Africa,2 as well as by the African Union" (A/RES/78/191 PP2, 79/162, 80/194): the instrument given
 * as an instance of what the bodies listed adopted is ADOPTED by the one listed whose name heads its own (no guess among the others).
 */
function listedAdopterOfInstanceAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  const at = text.indexOf(ADOPTED_BY_THE);
  const from = at + ADOPTED_BY_THE.length;
  const body = sorted.filter((m) => !m.footnote && !m.nested && m.start >= from);
  const listed: EntityMention[] = [];
  let end = from;
  for (const m of body) {
    if (m.start < end) continue;
    const gap = text.slice(end, m.start);
    if (m.kind === 'Organization' && (listed.length === 0 ? gap === '' : ADOPTER_LIST_GAP_RE.test(gap))) {
      listed.push(m);
      end = m.end;
      continue;
    }
    if (m.kind === 'Framework' && listed.length !== 0 && INTER_ALIA_THE_GAP_RE.test(gap)) {
      const adopter = listed.find((o) => m.name.startsWith(`${o.name} `));
      if (adopter) push('ADOPTED', adopter.key, m.key, adopter.start, m.end);
    }
    return;
  }
}

/** before the days of the sittings listed: " held on " */
const HELD_ON = ' held on ';
/** between the two days: " and " */
const DAYS_AND_GAP_RE = /^\s+and\s+$/;
/**
 * "the high-level meetings of the General Assembly to commemorate the tenth and twentieth anniversaries of the adoption of the
 * Durban Declaration and Programme of Action, held on 22 September 2011 and 2021, respectively" (A/RES/78/201 PP7, 80/205 PP7):
 * two days printed after " held on " and before ", respectively" are those of the two sittings named last before, in order (each
 * its STARTS_ON). Only two single days, and two sittings of one clause with no date of their own between them and the days.
 */
function respectiveDaysOfSittings(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let at = text.indexOf(HELD_ON); at >= 0; at = text.indexOf(HELD_ON, at + 1)) {
    const k = firstMentionAtOrAfter(sorted, at + HELD_ON.length);
    const first = sorted[k];
    const second = sorted[k + 1];
    if (first?.kind !== 'Date' || second?.kind !== 'Date' || first.start !== at + HELD_ON.length || first.attrs.day === undefined || second.attrs.day === undefined) continue;
    if (first.attrs.role !== undefined || second.attrs.role !== undefined || !DAYS_AND_GAP_RE.test(text.slice(first.end, second.start)) || !text.startsWith(RESPECTIVELY, second.end)) continue;
    const sittings: EntityMention[] = [];
    for (let j = k - 1; j >= 0 && sittings.length < 2; j--) {
      const m = sorted[j]!;
      if (m.kind === 'Date' || text.slice(m.end, at).includes(';')) break;
      if (m.kind === 'Event' && !sittings.some((s) => s.key === m.key)) sittings.unshift(m);
    }
    if (sittings.length !== 2 || sittings[0]!.end > sittings[1]!.start) continue;
    push('STARTS_ON', sittings[0]!.key, dateKey(dateMentionIso(first)), first.start, first.end);
    push('STARTS_ON', sittings[1]!.key, dateKey(dateMentionIso(second)), second.start, second.end);
  }
}
/** the adoption of an instrument and its entry into force named together: " entry into force of " */
const ENTRY_INTO_FORCE_OF = ' entry into force of ';
/** before the instrument: "the adoption (by <adopter>) and the entry into force of (the) " */
const ADOPTION_AND_ENTRY_INTO_FORCE_OF_RE = /\badoption\s+(?:by\s+(?:the\s+)?[A-Z][^,;()]{1,60}?\s+)?and\s+the\s+entry\s+into\s+force\s+of\s+(?:the\s+)?$/;
/** between the instrument and its first day: a footnote mark, " on " */
const MARK_ON_GAP_RE = /^\s*(?:\d{1,3}\s*)?\s+on\s+$/;
/**
 * "Recalling the adoption by the General Assembly and the entry into force of the Treaty on 2 April 2013 and 24 December 2014,
 * respectively" (A/RES/79/52 PP15, 78/48 PP14, 80/46 PP15): "respectively" pairs the two steps with the two days in order, so the
 * instrument is ADOPTED_ON the first day (the entry into force has no attribution type). Only two single days printed right after
 * the instrument and right before ", respectively".
 */
function adoptionAndEntryIntoForceDays(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let k = 0; k + 2 < sorted.length; k++) {
    const f = sorted[k]!;
    if (f.kind !== 'Framework' || f.footnote || !ADOPTION_AND_ENTRY_INTO_FORCE_OF_RE.test(text.slice(Math.max(0, f.start - 100), f.start))) continue;
    const first = sorted[k + 1]!;
    const second = sorted[k + 2]!;
    if (first.kind !== 'Date' || second.kind !== 'Date' || first.attrs.day === undefined || second.attrs.day === undefined) continue;
    if (!MARK_ON_GAP_RE.test(text.slice(f.end, first.start)) || !DAYS_AND_GAP_RE.test(text.slice(first.end, second.start)) || !text.startsWith(RESPECTIVELY, second.end)) continue;
    push('ADOPTED_ON', f.key, dateKey(dateMentionIso(first)), f.start, first.end);
  }
}
/** after a list of titles, the sittings that adopted them in order: ", adopted, respectively, at the " */
const ADOPTED_RESPECTIVELY_AT_THE = 'adopted, respectively, at the ';
/** between the last title and those words: its closing quote, a comma and a footnote mark in either order ("”,10 ") */
const TITLE_TO_RESPECTIVELY_GAP_RE = /^”?\s*(?:\d{1,3}\s*)?,\s*(?:\d{1,3}\s*)?$/;
/** between the sittings listed: " and ", ", " */
const SITTING_LIST_GAP_RE = /^\s*,?\s*(?:and\s+)?(?:the\s+)?$/;
/**
 * "the declarations entitled “Our ocean, our future: call for action”9 and “Our ocean, our future, our responsibility”,10 adopted,
 * respectively, at the 2017 and 2022 United Nations Conferences to Support the Implementation of Sustainable Development Goal 14
 * ..." (A/RES/78/232 PP10): the titles first, then the sittings, which "respectively" pairs in order (respectivelyAdoptedAttributions
 * reads the sittings first). Only lists of equal length (two or more).
 */
function titlesAdoptedRespectivelyAtAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  const at = text.indexOf(ADOPTED_RESPECTIVELY_AT_THE);
  if (at < 0) return;
  const from = at + ADOPTED_RESPECTIVELY_AT_THE.length;
  const body = sorted.filter((m) => !m.footnote);
  // the titles listed right before, last first
  const titles: EntityMention[] = [];
  let end = at;
  for (let k = body.length - 1; k >= 0; k--) {
    const m = body[k]!;
    if (m.end > end) continue;
    if (m.kind !== 'Framework') break;
    const gap = text.slice(m.end, end);
    if (titles.length === 0 ? !TITLE_TO_RESPECTIVELY_GAP_RE.test(gap) : !TITLE_LIST_GAP_RE.test(gap)) break;
    titles.unshift(m);
    end = m.start;
  }
  const sittings: EntityMention[] = [];
  let start = from;
  for (const m of body) {
    // (a sitting's year is read as a date too: "at the 2017 and 2022 United Nations Conferences")
    if (m.start < start || sittings.length === titles.length || m.kind === 'Date') continue;
    if (m.kind !== 'Event' || !SITTING_LIST_GAP_RE.test(text.slice(start, m.start))) break;
    sittings.push(m);
    start = m.end;
  }
  if (titles.length < 2 || sittings.length !== titles.length) return;
  for (let i = 0; i < titles.length; i++) push('ADOPTED', sittings[i]!.key, titles[i]!.key, titles[i]!.start, sittings[i]!.end);
}

/** between the framework and the resolution: ", adopted at the <sitting>[, in <place>, on <days>,] and endorsed by the General Assembly in its " */
const ADOPTED_AT_ENDORSED_GAP_RE = /^\s*(?:\d{1,3}\s*)?,\s*(?:\d{1,3}\s*,?\s*)?adopted\s+at\s+the\s+[^;()]{1,240}?\s+and\s+endorsed\s+by\s+the\s+General\s+Assembly\s+in\s+(?:its\s+)?$/;
/**
 * "the Sendai Declaration and the Sendai Framework for Disaster Risk Reduction 2015–2030, adopted at the Third United Nations World
 * Conference on Disaster Risk Reduction and endorsed by the General Assembly in its resolution 69/283" (A/RES/78/158 PP15, 79/212,
 * 80/143), "the Global Compact for Safe, Orderly and Regular Migration, adopted at the Intergovernmental Conference ..., in
 * Marrakech, Morocco, on 10 and 11 December 2018, and endorsed by the General Assembly in its resolution 73/195" (80/185 PP8, 78/180,
 * 79/154, 79/217): the sitting adopted it (adoptedAtAttributions), and the resolution endorsed it (pushed ADOPTED, made ENDORSES by
 * endorsedNotAdopted). Only with no other
 * framework named between (the one joined by "and" before it, pairedBefore, goes with it).
 */
function endorsedAfterSittingAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.kind !== 'Framework') continue;
    let j = i + 1;
    while (j < sorted.length && (sorted[j]!.start < f.end || (sorted[j]!.kind !== 'Resolution' && sorted[j]!.kind !== 'Framework'))) j++;
    const r = j < sorted.length ? sorted[j] : undefined;
    if (r?.kind !== 'Resolution' || r.footnote || !ADOPTED_AT_ENDORSED_GAP_RE.test(text.slice(f.end, r.start))) continue;
    push('ADOPTED', r.key, f.key, f.start, r.end);
    const pair = pairedBefore(text, sorted, i);
    if (pair) push('ADOPTED', r.key, pair.key, pair.start, r.end);
  }
}

/** between a framework and the body whose text it is: " of the " */
const OWNER_OF_THE_GAP_RE = /^\s+of\s+the\s+$/;
/**
 * The organization named right after a framework as its owner: "the Space Debris Mitigation Guidelines of the Committee on the
 * Peaceful Uses of Outer Space, 22 endorsed by the General Assembly in its resolution 62/217" (A/RES/78/72 OP16, 79/87, 80/76):
 * the adoption words follow the owner's name, not the framework's.
 */
function frameworkOwnerAfter(text: string, sorted: readonly EntityMention[], i: number): EntityMention | undefined {
  const f = sorted[i]!;
  if (f.kind !== 'Framework') return undefined;
  let j = i + 1;
  while (j < sorted.length && sorted[j]!.start < f.end) j++;
  const o = j < sorted.length ? sorted[j] : undefined;
  return o?.kind === 'Organization' && OWNER_OF_THE_GAP_RE.test(text.slice(f.end, o.start)) ? o : undefined;
}

/** "resolutions " printed before the first of two resolutions, " and " between them */
const RESOLUTIONS_PLURAL = 'resolutions ';
const AND_BETWEEN_RESOLUTIONS_RE = /^,?\s+and\s+$/;
/**
 * The second resolution of "in its resolutions X of <day> and Y of <day>": "the World Programme of Action for Youth, adopted by the
 * General Assembly in its resolutions 50/81 of 14 December 1995 and 62/126 of 18 December 2007" (A/RES/80/180 PP5, 78/179, 80/178):
 * the programme and its supplement, one framework adopted by both.
 */
function secondResolutionOfPair(text: string, sorted: readonly EntityMention[], r: EntityMention): EntityMention | undefined {
  if (!text.slice(r.start, r.end).includes(RESOLUTIONS_PLURAL)) return undefined;
  let j = sorted.indexOf(r) + 1;
  while (j < sorted.length && (sorted[j]!.kind === 'Date' || sorted[j]!.start < r.end)) j++;
  const next = j < sorted.length ? sorted[j] : undefined;
  // (two only: in "resolutions 50/81, 62/126 and ..." a comma follows the first)
  if (next?.kind !== 'Resolution' || next.footnote || !AND_BETWEEN_RESOLUTIONS_RE.test(text.slice(r.end, next.start))) return undefined;
  return next;
}

/** A framework (or document) the next resolution after it approved, by the words between them: "the Relationship Agreement as
 *  approved by the General Assembly in its resolution 58/318" (A/RES/73/7 PP10); the mentions adoptedByResolutionAttributions reads. */
function approvedBeforeResolution(text: string, sorted: readonly EntityMention[]): boolean {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const r = resolutionAfterInstrument(sorted, i);
    if (r !== undefined && text.slice(sorted[i]!.end, r.start).includes('approved')) return true;
  }
  return false;
}

/**
 * When sorted[i] is a framework or document: the resolution printed next after it (in the body, within `reach` characters), with
 * only the Assembly's own name, the date of adoption or mentions inside the instrument's name between; else undefined. An
 * initiative too: a programme the Assembly proclaimed ("the World Programme for Human Rights Education proclaimed by the General
 * Assembly in its resolution 59/113 A of 10 December 2004", A/RES/79/267 PP17) is the resolution's act as a framework is.
 */
function resolutionAfterInstrument(sorted: readonly EntityMention[], i: number, reach = 90): EntityMention | undefined {
  const f = sorted[i]!;
  if (f.kind !== 'Framework' && f.kind !== 'Document' && f.kind !== 'Initiative') return undefined;
  let j = i + 1;
  // (a body's name between does not count against the reach: "the Strategic Framework for Partnering with Middle-Income Countries 11
  // adopted by the General Conference of the United Nations Industrial Development Organization in its resolution GC.18/Res.9",
  // A/RES/79/222 PP17)
  let bodies = 0;
  let upTo = f.end;
  // (nor the body's session and its venue printed after it: "... Organization at its eighteenth session, held in Abu Dhabi from 3 to
  // 7 November 2019, in its resolution GC.18/Res.9", A/RES/78/162 PP15)
  const atBodysSitting = (o: EntityMention): boolean => bodies > 0 && ((o.kind === 'Event' && o.attrs.eventKind === 'session') || o.kind === 'Place');
  for (; j < sorted.length && (sorted[j]!.kind === 'Organization' || sorted[j]!.kind === 'Date' || sorted[j]!.start < f.end || atBodysSitting(sorted[j]!)); j++) {
    const o = sorted[j]!;
    if ((o.kind === 'Organization' || atBodysSitting(o)) && o.start >= upTo) {
      bodies += o.end - o.start;
      upTo = o.end;
    }
  }
  const r = j < sorted.length ? sorted[j] : undefined;
  return r?.kind === 'Resolution' && !r.footnote && r.start - f.end - bodies <= reach ? r : undefined;
}

/** before a framework: "the adoption of the ", "the adoption by the General Assembly of ", "the adoption on 19 December 2022 of the "
 *  (A/RES/80/133 PP17, 78/144 PP15); how it was adopted set off by commas, "the adoption, with a vote, of the " (A/RES/80/49 PP12,
 *  79/47, 78/27: "... at the United Nations conference to negotiate ...", which adopted it); "the adoption, by consensus of the
 *  States Parties, of the Amendment to the Convention ..." (A/RES/80/41 PP7); the framework named in apposition to what it is, "the
 *  adoption of a framework for the global goal on adaptation, the United Arab Emirates Framework for Global Climate Resilience, at the
 *  fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement" (A/RES/80/138 OP24,
 *  79/206); the framework's title in quotes, "the adoption of the outcome document entitled “New Urban Agenda” at the ..."
 *  (A/RES/78/120 PP24, 79/139, 80/113); a word of praise before the name, "the adoption of the landmark Kunming-Montreal Global
 *  Biodiversity Framework at the fifteenth meeting of ..." (A/RES/78/232 OP16) */
const ADOPTION_OF_BEFORE_RE = /\badoption(?:,\s+(?:with|by|without)\s+[a-z]+(?:\s+[a-z]+)?(?:\s+of\s+the\s+States\s+Parties)?,)?\s+(?:on\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d\s+)?(?:by\s+the\s+(?:General\s+)?Assembly\s+)?of\s+(?:an?\s+[a-z][a-z -]{2,60}?,\s+)?(?:the\s+)?(?:landmark\s+|historic\s+)?(?:outcome\s+document\s+entitled\s+[“"])?$/;
/** how far before a framework ADOPTION_OF_BEFORE_RE is sought (room for the apposition's words) */
const ADOPTION_OF_BEFORE_REACH = 110;
/** between that framework and the resolution: " by the General Assembly in ", " (the Nelson Mandela Rules) by ", ", by " */
const ADOPTION_BY_GAP_RE = /^\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:by\s+the\s+(?:General\s+)?Assembly\s*,?\s+)?(?:on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*,?\s+)?(?:in|by|through)\s+(?:its\s+)?$/;

/** between that framework and the sitting: " at the ", ",15 at the ", " on 22 November 2021 at the ", " by the "; the title's closing
 *  quote first ("” at the ") */
const ADOPTION_AT_GAP_RE = /^[”"]?\s*(?:\d{1,3}\s*)?,?\s*(?:(?:on\s+\d{1,2}|in)\s+[A-Z][a-z]+\s+\d{4}\s*,?\s+)?(?:at|by|during)\s+(?:the\s+)?$/;
/** ... or the participle after the mark: ", 24 adopted at the " ("the adoption of the Kyoto Declaration ...: Towards the Achievement of
 *  the 2030 Agenda for Sustainable Development, 24 adopted at the Fourteenth United Nations Congress ...", A/RES/79/172 PP10) */
const MARK_THEN_ADOPTED_AT_GAP_RE = /^[”"]?\s*,?\s*\d{1,3}\s*,?\s+adopted\s+(?:at|by)\s+(?:the\s+)?$/;

/** Step 4c' of findAttributions: "the adoption of the Comprehensive Nuclear-Test-Ban Treaty in its resolution 50/245": the resolution
 *  adopted it; "the adoption of the New Urban Agenda at the United Nations Conference on Housing ...": the conference did. */
function adoptionOfByResolutionAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.kind !== 'Framework' || f.start < 12 || !ADOPTION_OF_BEFORE_RE.test(text.slice(Math.max(0, f.start - ADOPTION_OF_BEFORE_REACH), f.start))) continue;
    let j = i + 1;
    // the Assembly, a date, or the framework's short name in brackets ("(the Nelson Mandela Rules)") may stand between
    while (j < sorted.length && (sorted[j]!.kind === 'Organization' || sorted[j]!.kind === 'Date' || sorted[j]!.start < f.end || sorted[j]!.key === f.key)) j++;
    const r = j < sorted.length ? sorted[j] : undefined;
    const near = r !== undefined && !r.footnote && r.start - f.end <= 90;
    // "the adoption of the Vienna Declaration and Programme of Action by the World Conference on Human Rights", "... of the
    // 2021 Political Declaration ... on 22 November 2021 at the high-level meeting": the sitting adopted it
    if (near && r.kind === 'Event' && ADOPTION_AT_GAP_RE.test(text.slice(f.end, r.start))) push('ADOPTED', r.key, f.key, f.start, r.end);
    else if (near && r.kind === 'Resolution' && ADOPTION_BY_GAP_RE.test(text.slice(f.end, r.start))) push('ADOPTED', r.key, f.key, f.start, r.end);
    else adoptedByBodyNamed(text, sorted, i, r, push);
  }
}

/** right after the framework: " by the " (a footnote mark may stand first) */
const ADOPTION_BY_BODY_GAP_RE = /^\s*(?:\d{1,3}\s*)?by\s+the\s+$/;
/** right after the body: where its text goes on to a resolution that adopted it ("by the General Assembly in its resolution") */
const BODY_IN_RESOLUTION_RE = /^\s*,?\s*(?:in|by|through)\s+(?:its\s+)?resolution/;
/**
 * "the adoption of Agenda 2063 by the Assembly of Heads of State and Government of the African Union at its twenty-fourth
 * ordinary session" (A/RES/79/263 PP6, 78/262; 78/56, 79/65, 80/60 PP), "the adoption of the African Space Policy and
 * Strategy by the Assembly of the African Union at its twenty-sixth ordinary session" (A/RES/80/76 OP34, 79/87): the body
 * named after "by" adopted it, as in "the adoption by the <body> of <framework>" (adoptionByAttributions). Only when no
 * resolution or sitting read after it did (adoptionOfByResolutionAttributions).
 */
function adoptedByBodyNamed(text: string, sorted: EntityMention[], i: number, r: EntityMention | undefined, push: Push, relation: 'ADOPTED' | 'ENDORSES' = 'ADOPTED'): void {
  const f = sorted[i]!;
  let k = i + 1;
  while (k < sorted.length && (sorted[k]!.start < f.end || sorted[k]!.key === f.key)) k++;
  const body = k < sorted.length ? sorted[k]! : undefined;
  if (body?.kind !== 'Organization' || body.start - f.end > 12 || !isNamedOrganization(body)) return;
  if (!ADOPTION_BY_BODY_GAP_RE.test(text.slice(f.end, body.start)) || BODY_IN_RESOLUTION_RE.test(text.slice(body.end, body.end + 40))) return;
  // (not a resolution cited right after: "by the General Assembly, in its resolution 58/4")
  if (r?.kind === 'Resolution' && r.start - body.end < 60) return;
  push(relation, body.key, f.key, f.start, body.end);
  // (an endorsement's day is not the framework's adoption day; a second endorser: "... by the Committee on World Food Security
  // at its thirty-eighth session, held on 11 May 2012, and by the Council of the Food and Agriculture Organization of the United
  // Nations at its 144th session", A/RES/78/198 PP39)
  if (relation === 'ENDORSES') {
    secondEndorserNamed(text, sorted, k, f, push);
    return;
  }
  // the day (or month) printed right after the body is the adoption's: "... by the International Atomic Energy Agency on 8 July
  // 2005" (A/RES/80/41 PP7), "... by the Council of the Food and Agriculture Organization of the United Nations in November 2004"
  // (A/RES/79/171 PP8, 80/210), "... by the Council of Ministers of the Association in May 2025" (A/RES/80/109 OP117)
  const d = k + 1 < sorted.length ? sorted[k + 1]! : undefined;
  if (d?.kind === 'Date' && d.start - body.end <= 4 && ON_OR_IN_GAP_RE.test(text.slice(body.end, d.start))) push('ADOPTED_ON', f.key, d.key, f.start, d.end);
}
/** between a body and the date of what it did: " on ", " in " */
const ON_OR_IN_GAP_RE = /^\s+(?:on|in)\s+$/;

/** between a framework's first endorser and a second one: " at its thirty-eighth session, held on 11 May 2012, and by the " */
const AND_BY_THE_GAP_RE = /^(?:\s+at\s+its\s+[^;:()]{1,80}?)?,?\s+and\s+by\s+the\s+$/;

/** The body named after "and by the" past the first endorser's sitting endorsed the framework too. */
function secondEndorserNamed(text: string, sorted: EntityMention[], k: number, f: EntityMention, push: Push): void {
  const first = sorted[k]!;
  let j = k + 1;
  // (past the first one's sitting and its day: "at its thirty-eighth session, held on 11 May 2012")
  while (j < sorted.length && (sorted[j]!.start < first.end || sorted[j]!.kind === 'Event' || sorted[j]!.kind === 'Date')) j++;
  const second = j < sorted.length ? sorted[j]! : undefined;
  if (second?.kind !== 'Organization' || second.start - first.end > 120 || !isNamedOrganization(second)) return;
  if (AND_BY_THE_GAP_RE.test(text.slice(first.end, second.start))) push('ENDORSES', second.key, f.key, f.start, second.end);
}

/** before a framework: "the endorsement of the " (its endorser named after it: endorsementAttributions) */
const ENDORSEMENT_OF_BEFORE_RE = /\bendorsement\s+of\s+(?:the\s+|its\s+)?$/;
/** between that framework and the Assembly's resolution that endorsed it: " as a whole, without a vote, by the General Assembly in its " */
const ENDORSEMENT_IN_RESOLUTION_GAP_RE = /^(?:\s+as\s+a\s+whole)?,?(?:\s+(?:with|without)\s+a\s+vote,)?\s+by\s+the\s+General\s+Assembly,?\s+in\s+(?:its\s+)?$/;
/** before the endorser: "the endorsement by the ", "the endorsement by the General Conference of the " (as ADOPTION_BY_BEFORE_RE) */
const ENDORSEMENT_BY_BEFORE_RE = /\bendorsement,?\s+by\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){1,3}of\s+(?:the\s+)?)?$/;
/** before a resolution or decision that endorsed: "the endorsement by ", "the endorsement by the General Assembly, in " */
const ENDORSEMENT_BY_RESOLUTION_BEFORE_RE = /\bendorsement,?\s+by\s+(?:the\s+General\s+Assembly,?\s+in\s+)?$/;
/** the gate of endorsementAttributions: "endorsement by ", "endorsement of " */
const ENDORSEMENT_SPACED = 'endorsement ';

/**
 * Step 4c-endorsement of findAttributions: the noun of "endorsed", as "the adoption by X of Y" is that of "adopted" (convention: endorsed
 * is ENDORSES, from the endorser). "the endorsement by the Economic and Social Council on 2 July 2018 of the Strategic Framework on
 * Geospatial Information and Services for Disasters" (A/RES/78/152 OP32), "the endorsement by the General Conference of the United
 * Nations Educational, Scientific and Cultural Organization of the Kazan Action Plan" (A/RES/79/8 OP4), "the endorsement by the
 * Commission at its seventy-eighth session of the Regional Plan of Action on Sand and Dust Storms" (A/RES/78/158 PP13, 79/212):
 * the body named after "by" endorsed the framework named after "of"; "the endorsement of the Voluntary Guidelines for Securing
 * Sustainable Small-Scale Fisheries ... by the Committee on Fisheries" (A/RES/79/171 PP39, 80/210 PP42, 78/198 PP39): the body
 * named after the framework did. The resolution's own "its endorsement of" names no endorser and gives nothing here.
 */
function endorsementAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const m = sorted[i]!;
    if (m.start < 16) continue;
    const before = text.slice(Math.max(0, m.start - 50), m.start);
    if (m.kind === 'Framework' && ENDORSEMENT_OF_BEFORE_RE.test(before)) {
      // ("the endorsement of its Progress Declaration as a whole, without a vote, by the General Assembly in its resolution 76/266"
      // (A/RES/79/217 OP15): the resolution endorsed it, the Assembly as agent of its own act giving no edge, as "endorsed by the
      // General Assembly in its resolution 73/195" is read)
      const r = resolutionAfterInstrument(sorted, i, 120);
      if (r !== undefined && ENDORSEMENT_IN_RESOLUTION_GAP_RE.test(text.slice(m.end, r.start))) push('ENDORSES', r.key, m.key, m.start, r.end);
      else adoptedByBodyNamed(text, sorted, i, undefined, push, 'ENDORSES');
    }
    // ("the endorsement by the General Assembly, in its decision 80/506 of 12 September 2025, of the New York Declaration on the
    // Peaceful Settlement of the Question of Palestine ..." (A/RES/80/72 OP2): the decision endorsed it, as "the adoption, by its
    // resolution 56/6 ..., of" gives the resolution ADOPTED (the Assembly, agent of its own act, gives no edge)
    else if (m.kind === 'Resolution' && !m.footnote && ENDORSEMENT_BY_RESOLUTION_BEFORE_RE.test(before)) frameworksOfActor(text, sorted, push, i, 'ENDORSES');
    else if ((m.kind === 'Organization' || m.kind === 'Event') && ENDORSEMENT_BY_BEFORE_RE.test(before)) {
      if (text.startsWith(OF_LETTERED_LIST, m.end)) letteredFrameworksOf(text, sorted, push, i);
      else frameworksOfActor(text, sorted, push, i, 'ENDORSES');
    }
  }
  endorsersNamedWithOf(text, sorted, push);
}

/** before the endorser named after the noun with "of": "the endorsement of the ", ", and of the Heads of State and Government of
 *  the " (the leaders of a body, who speak for it) */
const ENDORSEMENT_OF_ENDORSER_BEFORE_RE = /(?:\bendorsement|,\s+and)\s+of\s+the\s+(?:Heads\s+of\s+State\s+and\s+Government\s+of\s+the\s+)?$/;
/** between that endorser and the framework it endorsed: its leaders, the day, the sitting, " of the " ("... Alliance of Small
 *  Island States on 22 September 2021 of the ") */
const ENDORSER_DAY_OF_GAP_RE = /^\s+(?:leaders\s+)?on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}(?:\s+at\s+the\s+[^,;()]{1,80}?)?\s+of\s+the\s+$/;
/** at most this many characters from "endorsement" to a later endorser joined by ", and of the" */
const ENDORSEMENT_REACH = 600;

/**
 * "Recalling the endorsement of the Pacific Islands Forum leaders on 6 August 2021 at the fifty-first Pacific Islands Forum of a
 * declaration on ..., and of the Heads of State and Government of the Alliance of Small Island States on 22 September 2021 of the
 * Leaders’ Declaration addressing, inter alia, ..." (A/RES/78/319 PP11, 78/69 OP340, 79/144 OP360, 80/110 OP346): the endorser named after
 * "endorsement of the" (or after ", and of the" further on), then its day, then the framework after " of the ": the body
 * ENDORSES it. A lowercase "of a declaration on ..." names no framework and gives nothing.
 */
function endorsersNamedWithOf(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const body = sorted[i]!;
    if (body.kind !== 'Organization' || body.start < 16) continue;
    const before = text.slice(Math.max(0, body.start - 60), body.start);
    if (!ENDORSEMENT_OF_ENDORSER_BEFORE_RE.test(before)) continue;
    const noun = text.lastIndexOf(ENDORSEMENT_SPACED, body.start);
    if (noun < 0 || body.start - noun > ENDORSEMENT_REACH) continue;
    let j = i + 1;
    while (j < sorted.length && (sorted[j]!.start < body.end || sorted[j]!.kind === 'Date' || sorted[j]!.kind === 'Event')) j++;
    const f = j < sorted.length ? sorted[j]! : undefined;
    if (f?.kind === 'Framework' && ENDORSER_DAY_OF_GAP_RE.test(text.slice(body.end, f.start))) push('ENDORSES', body.key, f.key, body.start, f.end);
  }
}

/** the gate of bodiesEndorsingAttributions */
const TO_ENDORSE_THE = 'to endorse the ';
/** between a body and the framework it endorsed: " was among the first international organizations to endorse the " */
const AMONG_FIRST_TO_ENDORSE_GAP_RE = /^\s+(?:was|were)\s+among\s+the\s+first\s+(?:[a-z-]+\s+){0,3}to\s+endorse\s+the\s+$/;
/** before a body whose decision the clause names ("the decision of the ", "the decision by the "), and between it and the framework:
 *  " to endorse the " */
const DECISION_OF_BODY_BEFORE_RE = /\bdecision\s+(?:of|by)\s+the\s+$/;
const DECISION_TO_ENDORSE_GAP_RE = /^\s+to\s+endorse\s+the\s+$/;

/**
 * "Recalls that the International Organization of la Francophonie was among the first international organizations to endorse the
 * Declaration of Shared Commitments on United Nations Peacekeeping Operations" (A/RES/79/331 OP13): the body ENDORSES the
 * framework. Not an invitation to endorse ("Invites ... civil society groups to endorse the Compact", A/RES/79/1): only the body
 * that was among the first to do so.
 */
function bodiesEndorsingAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const body = sorted[i]!;
    const f = sorted[i + 1]!;
    if (body.kind !== 'Organization' || f.kind !== 'Framework') continue;
    const gap = text.slice(body.end, f.start);
    // (also "Recalling the decision of the United Nations System Chief Executives Board for Coordination to endorse the United
    // Nations system-wide strategy on sustainable urban development", A/RES/79/214 PP13: the decision's body; "the decision by the
    // Committee of Ministers to endorse the preparation of a reference framework" names no framework)
    if (AMONG_FIRST_TO_ENDORSE_GAP_RE.test(gap) || (DECISION_TO_ENDORSE_GAP_RE.test(gap) && DECISION_OF_BODY_BEFORE_RE.test(text.slice(Math.max(0, body.start - 20), body.start)))) {
      push('ENDORSES', body.key, f.key, body.start, f.end);
    }
  }
}

/** after the endorser, its list: "the endorsement by the Committee on World Food Security of: (a) The Voluntary Guidelines ..." */
const OF_LETTERED_LIST = ' of: (a) ';
/** before each item of that list: "(b) The ", "(c) " */
const LETTERED_ITEM_BEFORE_RE = /\([a-z]\)\s+(?:[Tt]he\s+)?$/;

/**
 * "Recalling the endorsement by the Committee on World Food Security of: (a) The Voluntary Guidelines on the Responsible Governance
 * of Tenure ..., at its thirty-eighth session, ..., (b) The Principles for Responsible Investment in Agriculture and Food Systems,14
 * at its forty-first session, ..." (A/RES/79/171 PP38, 80/210 PP41): the body endorsed each framework the lettered list opens with.
 */
function letteredFrameworksOf(text: string, sorted: EntityMention[], push: Push, i: number): void {
  const body = sorted[i]!;
  for (let k = i + 1; k < sorted.length; k++) {
    const f = sorted[k]!;
    if (f.kind === 'Framework' && LETTERED_ITEM_BEFORE_RE.test(text.slice(Math.max(0, f.start - 8), f.start))) push('ENDORSES', body.key, f.key, body.start, f.end);
  }
}

/** before what a body made: "for completing and adopting the ", "for having formulated and adopted the ", "for adopting in
 *  principle the ", "and for having formulated and adopted, in principle, the " (group 1: the "and" that goes on from an
 *  earlier such phrase of the same body) */
const FOR_ADOPTING_BEFORE_RE = /(\band\s+)?\bfor\s+(?:having\s+)?(?:[a-z]+\s+and\s+)?(?:adopting|adopted)(?:,\s+in\s+principle,)?\s+(?:in\s+principle\s+)?(?:the\s+)?$/;
/** right after a body: " for the finalization and adoption of:", " for the approval or adoption of:" (its list follows) */
const FOR_ADOPTION_OF_LIST_RE = /^\s+for\s+the\s+[a-z]+\s+(?:and|or)\s+adoption\s+of:/;
/** the gates of bodyForAdoptingAttributions: " and adopting", " and adopted", " and adoption of:"; "for adopting"; " or adoption of:" */
const AND_ADOPT = ' and adopt';
const FOR_ADOPTING = 'for adopting ';
const OR_ADOPTION_OF_LIST = 'or adoption of:';

/**
 * Step 4c'''' of findAttributions: a body thanked or commended for adopting a text adopted it: "Expresses its appreciation to
 * the United Nations Commission on International Trade Law for completing and adopting the Model Law on Automated
 * Contracting" (A/RES/79/119 OP1, 79/118), "... for having formulated and adopted the Code of Conduct for Arbitrators ...,
 * and for having formulated and adopted, in principle, the Code of Conduct for Judges ..." (A/RES/78/105 OP1, 78/104), and
 * each framework of the list after "Commends the Commission for the finalization and adoption of: (a) In the area of ...,
 * the Model Provisions on Mediation ...;2 (b) ..." (A/RES/78/103 OP2, 79/117), and each initiative of such a list ("for the approval
 * or adoption of: ... the UNCITRAL Toolkit on ...", A/RES/80/161 OP2).
 */
function bodyForAdoptingAttributions(text: string, sorted: EntityMention[], push: Push): void {
  let body: EntityMention | undefined;
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (m.kind === 'Organization') {
      if (!FOR_ADOPTION_OF_LIST_RE.test(text.slice(m.end, m.end + 50))) continue;
      // (a toolkit of the list is keyed as an Initiative, and the body adopted it as much as a model law: "Commends the Commission
      // for the approval or adoption of: ... (c) In the area of investor-State dispute settlement reform, the UNCITRAL Toolkit on
      // Prevention and Mitigation of International Investment Disputes" (A/RES/80/161 OP2 (b), (c)))
      for (let k = i + 1; k < sorted.length; k++) if ((sorted[k]!.kind === 'Framework' || sorted[k]!.kind === 'Initiative') && sorted[k]!.start >= m.end) push('ADOPTED', m.key, sorted[k]!.key, m.start, sorted[k]!.end);
      return;
    }
    if (m.kind !== 'Framework') continue;
    const from = Math.max(0, m.start - 80);
    const lead = FOR_ADOPTING_BEFORE_RE.exec(text.slice(from, m.start));
    if (!lead) continue;
    const forAt = from + lead.index + (lead[1]?.length ?? 0);
    // the body printed right before "for"; "and for ..." goes on with the body of the phrase before it
    const before = sorted.findLast((x) => x.end <= forAt);
    if (before?.kind === 'Organization' && text.slice(before.end, forAt).trim() === '') body = before;
    else if (lead[1] === undefined) continue;
    if (!body) continue;
    push('ADOPTED', body.key, m.key, body.start, m.end);
    const second = frameworkJoinedAfter(text, sorted, i);
    if (second) push('ADOPTED', body.key, second.key, body.start, second.end);
  }
}

/** The next framework after sorted[i] (past the names between: the report a text is in, its session), when "and" joins it
 *  to sorted[i] as a second thing adopted (ADOPTED_TEXT_AND_GAP_RE). */
function frameworkJoinedAfter(text: string, sorted: readonly EntityMention[], i: number): EntityMention | undefined {
  const m = sorted[i]!;
  for (let k = i + 1; k < sorted.length; k++) {
    const n = sorted[k]!;
    if (n.kind !== 'Framework') continue;
    return n.start - m.end <= 240 && ADOPTED_TEXT_AND_GAP_RE.test(text.slice(m.end, n.start)) ? n : undefined;
  }
  return undefined;
}

/** before a sitting whose outcome is read: "the outcome of the ", "the decisions taken at the ", "the results of the " */
const OUTCOME_OF_BEFORE_RE = /\b(?:outcomes?|results?|decisions\s+(?:taken|adopted|made)\s+at)\s+(?:of\s+)?(?:the\s+)?$/;
/** after that sitting: ", held in Geneva from ... 2021, and in particular the adoption of ", ", 3 including the adoption of "
 *  (its venue, dates and a footnote mark may stand between; no clause ends there; the rest up to the framework is
 *  ADOPTION_OF_TITLED_BEFORE_RE's) */
const OUTCOME_ADOPTION_GAP_RE = /^[^;:()“”]{0,160}?,?\s*(?:\d{1,3}\s*)?,?\s*(?:and\s+)?(?:in\s+particular|including|notably|especially)\s+the\s+adoption\s+of\s/;

/** before the framework: "the adoption of the ", "the adoption of the declaration entitled “" */
const ADOPTION_OF_TITLED_BEFORE_RE = /\badoption\s+of\s+(?:the\s+)?(?:(?:[a-z]+\s+)?declarations?\s+entitled\s+“)?$/;
/** between two frameworks adopted together: " and the ", " entitled “Protecting lives, ...” and the ", and after a title
 *  read inside its quotes the closing quote: "the declaration entitled “Our commitment to ...” and the Vienna Action Plan"
 *  (A/RES/78/35 OP6) */
const SUBTITLE_AND_GAP_RE = /^”?(?:\s+entitled\s+“[^“”]{1,300}”)?\s*(?:\d{1,3}\s*)?and\s+(?:the\s+)?$/;

/**
 * Step 4c''' of findAttributions: "the decisions taken at the third Meeting of States Parties, including the adoption of the
 * declaration entitled “...”" (A/RES/80/54 OP7), "the outcome of the second Review Conference of States Parties to the
 * Convention on Cluster Munitions, held in Geneva ..., and in particular the adoption of the Lausanne Declaration ... and the
 * Lausanne Action Plan" (A/RES/78/32 PP14): the sitting whose outcome is named adopted the framework (and the one joined to
 * it by "and").
 */
function outcomeAdoptionAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 1; i < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.kind !== 'Framework' || !ADOPTION_OF_TITLED_BEFORE_RE.test(text.slice(Math.max(0, f.start - 70), f.start))) continue;
    // the sitting: the last Event before, past the places and dates of its venue
    let j = i - 1;
    while (j >= 0 && (sorted[j]!.kind === 'Place' || sorted[j]!.kind === 'Date' || sorted[j]!.end > sorted[i]!.start)) j--;
    const e = j >= 0 ? sorted[j]! : undefined;
    if (e?.kind !== 'Event' || f.start - e.end > 200 || !OUTCOME_ADOPTION_GAP_RE.test(text.slice(e.end, f.start))) continue;
    if (!OUTCOME_OF_BEFORE_RE.test(text.slice(Math.max(0, e.start - 40), e.start))) continue;
    push('ADOPTED', e.key, f.key, e.start, f.end);
    const next = i + 1 < sorted.length ? sorted[i + 1]! : undefined;
    if (next?.kind === 'Framework' && SUBTITLE_AND_GAP_RE.test(text.slice(f.end, next.start))) push('ADOPTED', e.key, next.key, e.start, next.end);
  }
}

/** between a framework and the day it was adopted: ", adopted on ", " adopted by the World Conference on Human Rights on ",
 *  ", which was adopted at the ... on " (a footnote mark may stand first; no clause or other name ends in between)
 *  (a treaty is dated by the day it was signed, as "of 1 July 1968" dates it: "the Protocol for the Prohibition of the Use in War
 *  of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare, signed at Geneva on 17 June 1925" (S/RES/687
 *  (1991) PP8, OP7), "the Declaration on the Zone of Peace, Freedom and Neutrality, signed in Kuala Lumpur on 27 November 1971")
 *  (a town printed with its district or country between commas: "signed in Washington, D.C., on 28 September 1995", A/RES/78/121 OP19)
 *  (or proclaimed: "... Culture Cooperation proclaimed on 4 November 1966 by the General Conference", A/RES/80/205 PP3)
 *  (not the day it was opened for signature: the Assembly adopted the Hostages Convention on 17 December 1979 and opened it the day
 *  after ("... Hostages, 63 opened for signature in New York on 18 December 1979", S/RES/687 (1991) PP22); the BBNJ Agreement,
 *  adopted in June 2023, "was opened for signature in New York ... on 20 September 2023" (A/RES/78/272 PP6))
 *  (or the Assembly's own "which it adopted on": "the Convention on the Rights of Persons with Disabilities, 1 which it adopted on
 *  13 December 2006", A/RES/79/149 PP2) */
const ADOPTED_ON_GAP_RE =
  /^\)?\s*(?:\d{1,3}\s*)?,?\s*(?:\d{1,3}\s+)?(?:(?:(?:which\s+)?was|as|which\s+it)\s+)?(?:adopted|approved|proclaimed|signed|done|concluded)\s+(?:(?:by|at|in)\s+[^,;:()“”]{1,90}?(?:,\s+[A-Z][A-Za-z.]{0,20},)?\s+)?on\s+$/;
/** a name skipped in a gap (namesMaskedGap): a character no text prints */
const NAME_MARK = '\uE000';
/** a gap with the names in it masked: ", adopted by the \uE000 on ", " adopted at the \uE000, held in \uE000, \uE000, on " (the
 *  body or sitting that adopted it, where it sat; the sitting's short name may follow it in brackets: "the Quito implementation
 *  plan for the New Urban Agenda, adopted by the United Nations Conference on Housing and Sustainable Urban Development (Habitat
 *  III) on 20 October 2016", A/RES/78/202 PP9); or the States that issued it, listed: "the joint statement on preventing nuclear
 *  war and avoiding arms races issued by China, France, the Russian Federation, ... and the United States of America on 3 January
 *  2022" (A/RES/78/42 PP7, 79/35, 80/39) */
const ADOPTED_BY_NAMED_ON_GAP_RE =
  /^\s*(?:\d{1,3}\s*)?,?\s*(?:\d{1,3}\s+)?(?:(?:which\s+)?was\s+)?(?:adopted|approved|proclaimed|issued)\s+(?:by|at)\s+(?:the\s+)?\uE000(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?\uE000){0,8}(?:\s*\((?:\uE000|[A-Z][A-Za-z\d ]{1,20})\))?(?:,?\s+(?:held\s+)?in\s+\uE000(?:,\s+\uE000)?)?,?\s+on\s+$/;
/** the same after "the adoption of <framework>", the year after: " by the \uE000 in "; who adopted it, then where: " by the \uE000 at
 *  the \uE000 in " ("the adoption of the Declaration on a Culture of Peace by the United Nations at the fifty-third session of the
 *  General Assembly in 1999", A/RES/78/277 OP18, 79/321) */
const ADOPTION_BY_SITTING_GAP = String.raw`^\s*(?:\d{1,3}\s*)?,?\s*(?:by|at)\s+(?:the\s+)?\uE000(?:\s+at\s+(?:the\s+)?\uE000)?,?\s+`;
const ADOPTION_BY_SITTING_IN_GAP_RE = new RegExp(ADOPTION_BY_SITTING_GAP + String.raw`in\s+$`);
/** ... and the day after it: "Recalls the adoption of the New York Declaration for Refugees and Migrants7 at the high-level plenary
 *  meeting of the General Assembly on addressing large movements of refugees and migrants, on 19 September 2016" (A/RES/78/184
 *  OP16, 79/156, 80/187): the day dates the adoption, as after "adopted at <sitting>" (session 54) */
const ADOPTION_BY_SITTING_ON_GAP_RE = new RegExp(ADOPTION_BY_SITTING_GAP + String.raw`on\s+$`);
/** text[from, to) with the mentions sorted[first, last) inside it (bodies, sittings, places) each printed as NAME_MARK */
function namesMaskedGap(text: string, sorted: readonly EntityMention[], first: number, last: number, from: number, to: number): string {
  let out = '';
  let at = from;
  for (let k = first; k < last; k++) {
    const m = sorted[k]!;
    if (m.start < at || m.end > to) continue;
    out += text.slice(at, m.start) + NAME_MARK;
    at = m.end;
  }
  return out + text.slice(at, to);
}
/** between a framework and the month it was adopted in: ", adopted in ", ",9 which was adopted in " (no body or sitting between:
 *  a sitting "held in New York in September 2023" dates the sitting) */
const ADOPTED_IN_MONTH_GAP_RE = /^\s*(?:\d{1,3}\s*)?,?\s*(?:\d{1,3}\s+)?(?:(?:which\s+)?was\s+)?adopted\s+in\s+$/;
/** between a framework and the year it was adopted in: ", adopted in ", "1 was adopted in ", ", adopted in Phnom Penh in " (the
 *  town where, then the year; no body or sitting between) */
const ADOPTED_IN_YEAR_GAP_RE = /^\)?\s*(?:\d{1,3}\s*)?,?\s*(?:\d{1,3}\s+)?(?:(?:which\s+)?was\s+)?adopted\s+in\s+(?:[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2},?\s+in\s+)?$/;
/** between a framework and the month or year it was adopted in, with who or where between: " adopted by the African Union in ",
 *  ", adopted by the Council of the Food and Agriculture Organization of the United Nations in ", " adopted at the Ministerial
 *  Meeting of the Baltic Marine Environment Protection Commission (Helsinki Commission) in ", " endorsed by the Statistical
 *  Commission in ", ", adopted in Johannesburg, South Africa, in ", "” adopted in Rio de Janeiro, Brazil, in " after a quoted
 *  title (the day's gap, ADOPTED_ON_GAP_RE, reads the same before
 *  "on"); " adopted under the United Nations Framework Convention on Climate Change in " (A/RES/78/205 OP30, 80/211). Not "... held
 *  in": that dates the sitting (the caller checks, HELD_WORD) */
const ADOPTED_BY_IN_DATE_GAP_RE =
  /^[)\u201D"]?\s*(?:\d{1,3}\s*)?,?\s*(?:\d{1,3}\s+)?(?:(?:which\s+)?was\s+)?(?:adopted|approved|endorsed)\s+(?:(?:by|at|under)\s+(?:the\s+)?[A-Z][^,;:\u201C\u201D]{1,120}?|in\s+[A-Z][^,;:()\u201C\u201D\d]{1,40}?(?:,\s+[A-Z][^,;:()\u201C\u201D\d]{1,30}?)?,?)\s+in\s+$/;
const HELD_WORD = ' held ';
/** The gap is ADOPTED_BY_IN_DATE_GAP_RE's and says nothing of a sitting held (cheap test first: "adopted " or "approved " or "endorsed " is in it). */
function adoptedByInDateGap(gap: string): boolean {
  return gap.length <= 170 && gap.includes('ed ') && !gap.includes(HELD_WORD) && ADOPTED_BY_IN_DATE_GAP_RE.test(gap);
}
/** after a year: another year listed with it (", 2010 and 2015", " and 2015") */
const MORE_YEARS_AFTER_RE = /^\s*(?:,|and|to|[–-])\s*(?:and\s+)?(?:19|20)\d\d/;
/** right after a name: the period it covers, in brackets ("(2023–2027)", "(2021-2030)") */
const PERIOD_IN_BRACKETS_AFTER_RE = /^\s?\((?:19|20)\d\d\s?[–-]\s?(?:19|20)?\d\d\)/;
/** between the second of two frameworks and the day: ",25 both adopted on " */
const BOTH_ADOPTED_ON_GAP_RE = /^\s*(?:\d{1,3}\s*)?,?\s*(?:\d{1,3}\s+)?both\s+adopted\s+on\s+$/;
/** between the first of the two and the second: " 24 and ", ", and " */
const BOTH_AND_GAP_RE = /^\s*(?:\d{1,3}\s*)?,?\s*and\s+$/;
/** `start` to `end` a whole title in quotes: an opening quote right before, a closing one right after */
function wholeQuotedTitle(text: string, start: number, end: number): boolean {
  const open = text.charCodeAt(start - 1);
  const close = text.charCodeAt(end);
  return (open === 0x201c /* “ */ && close === 0x201d) /* ” */ || (open === 34 && close === 34) /* " */;
}
/** the same after "the adoption of <framework>": " on ", ",7 on ", ", on " */
const ADOPTION_ON_GAP_RE = /^\s*(?:\d{1,3}\s*)?,?\s*on\s+$/;
/** ... or set off, a footnote mark after the comma, the town where between: ", in Abuja on " ("the adoption by the Lake Chad Basin
 *  Commission, with the support of the African Union, of the Regional Stabilization, Recovery and Resilience Strategy ..., in Abuja on
 *  30 August 2018", A/RES/78/59 PP34), ", 13 on " ("... of the Kintélé Declaration on hate speech in Central Africa, 13 on 16 January
 *  2023 in Kintélé", OP24) */
const ADOPTION_SET_OFF_ON_GAP_RE = letterRe(String.raw`^\s*(?:\d{1,3}\s*)?,\s*(?:\d{1,3}\s+)?(?:in\s+[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?\s+)?on\s+$`, 'u');
/** what may stand between "the adoption by <organ>[, <settings>,] of" and the framework */
const THE_OR_NOTHING_RE = /^(?:the\s+)?$/;
/**
 * "the adoption by <organ>[, <settings>,] of the <framework>" (extract.ts adoptionByOrganOfText reads the organ so): "the adoption by
 * the Lake Chad Basin Commission, with the support of the African Union, of the Regional Stabilization ... Strategy" (A/RES/78/59
 * PP34), "the adoption by the Standing Advisory Committee, at its fifty-fifth ministerial meeting, of the Kintélé Declaration"
 * (OP24): an adoption of the framework, as "the adoption of" right before it is, so the day printed after it is its ADOPTED_ON.
 */
function adoptionByOrganBefore(text: string, sorted: readonly EntityMention[], i: number): boolean {
  const f = sorted[i]!;
  for (let k = i - 1; k >= 0 && f.start - sorted[k]!.end < 160; k--) {
    const o = sorted[k]!;
    if (o.kind !== 'Organization' || !ADOPTION_BY_THE_BEFORE_RE.test(text.slice(Math.max(0, o.start - 20), o.start))) continue;
    const gap = ADOPTION_BY_ORGAN_OF_GAP_RE.exec(text.slice(o.end, f.start));
    return gap !== null && THE_OR_NOTHING_RE.test(text.slice(o.end + gap[0].length, f.start));
  }
  return false;
}
/** the year set off after "the adoption of <framework>": ", in ", ",3 in " ("30 years after the adoption of the Programme of Action of
 *  the International Conference on Population and Development, in 1994", A/RES/79/155 PP22). The comma is required: "the thirtieth
 *  anniversary of the adoption of the Paris Principles in 2023" (A/RES/78/204 PP3) dates the anniversary */
const ADOPTION_IN_YEAR_GAP_RE = /^\s*(?:\d{1,3}\s*)?,\s*in\s+$/;
/** the month after "the adoption of <framework>", the comma free as before a day (ADOPTION_ON_GAP_RE): "the adoption of the
 *  Djibouti declaration on refugee education in December 2017" (A/RES/78/185 PP13, 80/188); a month is no anniversary's year */
const ADOPTION_IN_MONTH_GAP_RE = /^\s*(?:\d{1,3}\s*)?,?\s*in\s+$/;
/** ... not after an anniversary of that adoption, whose year it is: "the upcoming sixtieth anniversary of the adoption of the
 *  International Convention on the Elimination of All Forms of Racial Discrimination, in 2025" (A/RES/79/161 OP2) */
const ANNIVERSARY_OF_ADOPTION_BEFORE_RE = /\banniversary\s+of\s+the\s+adoption\s+of\s+(?:the\s+)?$/;
/** "the signing of the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in Cairo on 11 April 1996" (A/RES/80/14
 *  PP2, 78/14, 79/15), "the signing of the Declaration of Principles on Interim Self-Government Arrangements in Washington, D.C.,
 *  on 13 September 1993" (78/121, 78/74 and 3 more), "the signing of the Protocol ... Warfare4 in Geneva on 17 June 1925"
 *  (79/79): a treaty is dated by the day it was signed, as by "signed at Geneva on" after it; its short name in brackets, a
 *  footnote mark and where it was signed may stand between */
const SIGNING_OF_RE = /\b(?:signing|signature)\s+of\s+(?:the\s+)?$/;
const SIGNING_ON_GAP_RE = /^\s*(?:\([^()]{1,60}\))?\s*(?:\d{1,3}\s*)?,?\s*(?:(?:in|at)\s+[A-Z][^;:()“”]{1,40}?,?\s+)?on\s+$/;
/** a treaty body's general comment or recommendation as its mention prints it (documents.ts generalCommentMentions) */
const GENERAL_COMMENT_PHRASE_RE = /^general\s+(?:comment|recommendation)\s/i;
/** after a general comment's mention, its lowercase topic up to the words of its adoption: " on migrant domestic workers" before
 *  ", adopted" or " adopted" (adoptedOnAttributions) */
const GENERAL_COMMENT_TOPIC_AFTER_RE = /^\s+on\s+[a-z][a-z\s-]{0,160}?(?=,?\s+adopted\s)/;
/** a framework named as part of another's title ("... of the midterm review of the Sendai Framework ..., adopted on", "the amendments
 *  to article 8 of the Rome Statute ..., relating to war crimes under the Rome Statute, adopted on 10 June 2010", "the amendments to
 *  the Code of that Convention adopted on 11 April 2025"): not the one adopted */
const OF_BEFORE_RE = /\b(?:of|to|under)\s+(?:the\s+|that\s+|this\s+)?$/;
const ADOPTION_OF_RE = /\badoption\s+of\s+(?:the\s+)?$/;
/** the verb's gerund before the framework, read as "the adoption of": "Recalling also that, in adopting the Convention on the
 *  Prevention and Punishment of the Crime of Genocide on 9 December 1948, it recognized" (A/RES/79/328 PP3) */
const ADOPTING_BEFORE_RE = /\badopting\s+the\s+$/;
/** how it was adopted set off by commas: "Noting the adoption, with a vote, of the Treaty on the Prohibition of Nuclear
 *  Weapons3 on 7 July 2017" (A/RES/80/49 PP12, 78/27, 79/47), "the adoption, by consensus, of the" */
const ADOPTION_HOW_OF_RE = /\badoption,\s+(?:with|by|without)\s+[a-z]+(?:\s+[a-z]+)?,\s+of\s+the\s+$/;
/** between a framework and the day it is dated by: " of ", ", of " */
const OF_DAY_GAP_RE = /^,?\s+of\s+$/;
/** a date mention that spans days: "27–28 February", "27 to 28 February", "27 and 28 February" */
const DAY_SPAN_RE = /\d\s*(?:[–-]|to|and)\s*\d/;
/** a text about the framework, whose date that is: "the amendments to the ", "the review of the ", "the report on the " */
const AMENDMENT_OF_BEFORE_RE = /\b(?:amendments?|amended|revisions?|reviews?|report|reports|protocols?)\s+(?:of|to|on)\s+(?:the\s+|that\s+|this\s+)?$/;
/** "its obligations under the Protocol for the Prohibition of ..., signed at Geneva on 17 June 1925" (S/RES/687 (1991) OP7): the
 *  framework itself, not a text about it */
const OBLIGATIONS_UNDER_RE = /\bobligations\s+under\s+(?:the\s+)?$/;
/** "..., signed at Geneva on": a treaty signed at a place is the treaty itself, whatever the words before it ("measures to uphold
 *  the authority of the Protocol ..., signed at Geneva on 17 June 1925", A/RES/79/48 PP3, 80/34; "an essential component of the
 *  Declaration on the Zone of Peace, Freedom and Neutrality, signed in Kuala Lumpur on 27 November 1971", 78/39, 80/47) unless
 *  they name a text about it ("the amendments to", AMENDMENT_OF_BEFORE_RE);
 *  or signed on a day, no place printed: "in the context of the Joint United Nations-African Union Framework for Enhanced
 *  Partnership in Peace and Security, signed on 19 April 2017" (A/RES/79/65 OP4, 78/56, 80/60) */
const SIGNED_AT_AFTER_RE = /^\)?\s*(?:\d{1,3}\s*)?,?\s*(?:\d{1,3}\s+)?(?:(?:which\s+)?was\s+)?signed\s+(?:at\s|in\s|on\s+\d)/;
/** AMENDMENT_OF_BEFORE_RE holds unless the words before it name the framework itself, no other text: "the provisions of the Vienna Convention on the
 *  Law of Treaties, adopted on 22 May 1969" (A/RES/80/170 PP13), "Takes note of the Seoul Forest Declaration, adopted on 6 May
 *  2022", "the importance of the Declaration and Programme of Action on a Culture of Peace, adopted by the General Assembly on
 *  13 September 1999" (A/RES/78/3 PP2)
 *  (not "the political declaration on the implementation of the United Nations Global Plan of Action ..., adopted at the
 *  high-level meeting ... on 27 and 28 September 2017" (A/RES/78/182 PP8): a title's "on the implementation of")
 *  ("on the basis of the model protocol approved by the Board of Governors of the Agency on 15 May 1997", A/RES/79/15 OP6, 78/14,
 *  80/14: what is built on a text names the text itself)
 *  (a numbered action of the text is part of it, adopted with it: "Taking note of action 55 of the Pact for the Future adopted on
 *  22 September 2024", A/RES/79/319 PP3; not a numbered article, whose amendments are adopted apart: "articles 124 and 8 of the
 *  Rome Statute adopted by the Review Conference") */
const ITSELF_OF_BEFORE_RE =
  /(?:(?<!\bon\s+(?:the\s+)?)\b(?:note|provisions|importance|principles|purposes|spirit|objectives|terms|according|implementation|goals|relevance|significance)|\bbasis|\bactions?\s+\d{1,3}(?:\s+(?:and|to)\s+\d{1,3})?)\s+(?:of|to)\s+(?:the\s+)?$/;

function signedAtPlace(text: string, f: EntityMention): boolean {
  return SIGNED_AT_AFTER_RE.test(text.slice(f.end, f.end + 40)) && !AMENDMENT_OF_BEFORE_RE.test(text.slice(Math.max(0, f.start - 50), f.start));
}

/**
 * Step 4g of findAttributions: "the Universal Declaration of Human Rights, adopted on 10 December 1948", "the Vienna Declaration
 * and Programme of Action adopted by the World Conference on Human Rights on 25 June 1993", "the adoption of the Treaty on the
 * Prohibition of Nuclear Weapons 1 on 7 July 2017" (A/RES/80/54 OP1): the framework ADOPTED_ON that day (as a cited resolution
 * is on the day printed after it). Only a day (not a month or year), the first date after the framework.
 */
function adoptedOnAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const f = sorted[i]!;
    // (a treaty body's general comment too, whose lowercase topic the gap skips: "general comment No. 1 on enforced disappearance
    // in the context of migration adopted by the Committee on Enforced Disappearances on 18 September 2023", A/RES/78/207 OP20,
    // 80/201; "general recommendation No. 26 (2008) on women migrant workers, adopted by the Committee ... in November 2008", 78/180)
    const topicEnd = f.kind === 'Document' && GENERAL_COMMENT_PHRASE_RE.test(f.phrase) ? f.end + (GENERAL_COMMENT_TOPIC_AFTER_RE.exec(text.slice(f.end, f.end + 200))?.[0].length ?? -1) : -1;
    if (f.kind !== 'Framework' && topicEnd < f.end) continue;
    const before = text.slice(Math.max(0, f.start - 30), f.start);
    const adoption =
      ADOPTION_OF_RE.test(before) ||
      ADOPTING_BEFORE_RE.test(before) ||
      (before.endsWith('of the ') && (ADOPTION_HOW_OF_RE.test(text.slice(Math.max(0, f.start - 60), f.start)) || adoptionByOrganBefore(text, sorted, i)));
    const signing = !adoption && SIGNING_OF_RE.test(before);
    if (!adoption && !signing && OF_BEFORE_RE.test(before) && !ITSELF_OF_BEFORE_RE.test(text.slice(Math.max(0, f.start - 50), f.start)) && !OBLIGATIONS_UNDER_RE.test(before) && !signedAtPlace(text, f)) continue;
    // the first date after it, past the bodies and sittings that adopted it (and mentions inside it)
    let j = i + 1;
    // (its short name in brackets too, the same node: after "the signing of", or "the Programme of Action for the Sustainable
    // Development of Small Island Developing States (Barbados Programme of Action)1 adopted in 1994", A/RES/78/317 annex)
    // (and the framework it was adopted under: "the Paris Agreement adopted under the United Nations Framework Convention on Climate
    // Change in December 2015", A/RES/78/205 OP30, 80/211)
    while (j < sorted.length && (sorted[j]!.start < f.end || sorted[j]!.kind === 'Organization' || sorted[j]!.kind === 'Event' || sorted[j]!.kind === 'Place' || (sorted[j]!.key === f.key && sorted[j]!.start - f.end <= 3) || (j === i + 1 && sorted[j]!.kind === 'Framework' && frameworkAdoptedUnder(text, sorted[j]!, sorted)?.key === f.key))) j++;
    let d = j < sorted.length ? sorted[j]! : undefined;
    // ("the Final Document of the Eighteenth Summit of Heads of State or Government of Non-Aligned Countries, adopted in Baku on
    // 26 October 2019", A/RES/78/115 PP32: the name runs on through its sitting's, printed as a mention of its own)
    const sittingEnd = sittingInTextNameEnd(text, sorted, i);
    if (d?.kind !== 'Date') continue;
    // (within 120 characters, the names between counted as one: "... issued by China, France, the Russian Federation, the United
    // Kingdom of Great Britain and Northern Ireland and the United States of America on 3 January 2022", A/RES/78/42 PP7)
    const gapFrom = Math.max(f.end, sittingEnd);
    if (d.start - gapFrom > 120 && (d.start - gapFrom > 400 || namesMaskedGap(text, sorted, i + 1, j, gapFrom, d.start).length > 120)) continue;
    // "the Plan of Action to Strengthen the Implementation of the Treaty on the South-East Asia Nuclear-Weapon-Free Zone
    // (2023–2027), adopted in Phnom Penh in 2022" (A/RES/78/39 OP1, 80/47): the years in brackets right after the name are the
    // period it covers, no day it was adopted; the date after them is
    let nameEnd = Math.max(frameworkNameEnd(text, sorted, i), sittingEnd, topicEnd);
    // (the gap to the date starts after its short name in brackets, as ADOPTED_ON_GAP_RE reads it: ")1 adopted in "; the
    // signing's gap reads the brackets itself)
    const shortName = signing ? undefined : sorted.slice(i + 1, j).find((x) => x.key === f.key && x.start >= f.end && x.start - f.end <= 3);
    if (shortName !== undefined && text.charCodeAt(shortName.end) === 41 /* ) */) nameEnd = shortName.end;
    const period = d.start - nameEnd <= 2 && text.charCodeAt(d.start - 1) === 40 /* ( */ ? PERIOD_IN_BRACKETS_AFTER_RE.exec(text.slice(nameEnd, nameEnd + 16)) : null;
    if (period) {
      nameEnd += period[0].length;
      while (j < sorted.length && (sorted[j]!.start < nameEnd || sorted[j]!.kind === 'Organization' || sorted[j]!.kind === 'Event' || sorted[j]!.kind === 'Place')) j++;
      d = j < sorted.length ? sorted[j]! : undefined;
      if (d?.kind !== 'Date' || d.start - nameEnd > 120) continue;
    }
    if (d.key.length === 9 /* Date:YYYY */) {
      // "the Universal Declaration on Cultural Diversity, adopted in 2001" (A/RES/78/161, 80/148), "... (2023–2027), adopted in
      // Phnom Penh in 2022": the year printed, when it is the only one ("the recommendations adopted in 2006, 2010 and 2015" are
      // several texts)
      // ("the Pact on Security, Stability and Development in the Great Lakes Region, adopted by the International Conference on the
      // Great Lakes Region in 2006", A/RES/78/185 PP14: who adopted it between, adoptedByInDateGap; "Recalling the adoption of the
      // 10-Year Framework of Programmes ... by the United Nations Conference on Sustainable Development in 2012", A/RES/78/144 PP16:
      // the sitting that adopted it, named between, then the year)
      const yearGap = text.slice(nameEnd, d.start);
      if (
        (ADOPTED_IN_YEAR_GAP_RE.test(yearGap) ||
          adoptedByInDateGap(yearGap) ||
          (adoption && j > i + 1 && ADOPTION_BY_SITTING_IN_GAP_RE.test(namesMaskedGap(text, sorted, i + 1, j, nameEnd, d.start))) ||
          (adoption && ADOPTION_IN_YEAR_GAP_RE.test(yearGap) && !ANNIVERSARY_OF_ADOPTION_BEFORE_RE.test(text.slice(Math.max(0, f.start - 50), f.start)))) &&
        !MORE_YEARS_AFTER_RE.test(text.slice(d.end, d.end + 12))
      )
        push('ADOPTED_ON', f.key, d.key, f.start, d.end);
      continue;
    }
    if (d.key.length === 12 /* Date:YYYY-MM */) {
      // "the Doha Programme of Action ..., adopted in March 2022 at the first part of the Fifth United Nations Conference ..."
      // (A/RES/78/138 PP11, 79/222, 80/124), "the Kyoto Declaration ..., adopted in March 2021" (79/154 PP35): the month printed
      // ("the Declaration of Sharm el-Sheikh, adopted by the African Union in October 2019", A/RES/78/160 PP45, 80/147; "the Plan of
      // Implementation of the World Summit on Sustainable Development (Johannesburg Plan of Implementation), adopted in Johannesburg,
      // South Africa, in September 2002", 78/146 PP5: who or where between, adoptedByInDateGap)
      const monthGap = text.slice(nameEnd, d.start);
      if (
        ADOPTED_IN_MONTH_GAP_RE.test(monthGap) ||
        adoptedByInDateGap(monthGap) ||
        (adoption && ADOPTION_IN_MONTH_GAP_RE.test(monthGap) && !ANNIVERSARY_OF_ADOPTION_BEFORE_RE.test(text.slice(Math.max(0, f.start - 50), f.start)))
      )
        push('ADOPTED_ON', f.key, d.key, f.start, d.end);
      continue;
    }
    if (d.key.length !== 15 /* Date:YYYY-MM-DD */) continue;
    const gap = text.slice(nameEnd, d.start);
    // (not a span of days: "the political declarations on ... 3 and on universal health coverage4 adopted at the General Assembly
    // high-level meetings held in New York on 20 and 21 September 2023, respectively", A/RES/78/205 PP17: two meetings' days)
    if (DAY_SPAN_RE.test(d.phrase)) continue;
    // ("the Durban Declaration and Programme of Action adopted by the World Conference against Racism, Racial Discrimination,
    // Xenophobia and Related Intolerance on 8 September 2001", A/RES/79/160 PP7, 78/190, 80/192 and 3 more: a body or sitting
    // whose name holds commas, between; read with the names skipped)
    // ("respect ... the boundary set out in the “Agreed Minutes between the State of Kuwait and the Republic of Iraq ...”, 58 signed
    // by them in the exercise of their sovereignty at Baghdad on 4 October 1963", S/RES/687 (1991) OP2: the quoted title's
    // closing quote stands first, when the framework is the whole quoted title)
    const adoptedOn =
      ADOPTED_ON_GAP_RE.test(gap) ||
      (wholeQuotedTitle(text, f.start, nameEnd) && ADOPTED_ON_GAP_RE.test(gap.slice(1))) || (j > i + 1 && gap.includes(',') && ADOPTED_BY_NAMED_ON_GAP_RE.test(namesMaskedGap(text, sorted, i + 1, j, nameEnd, d.start)));
    const adoptionAtSitting = adoption && j > i + 1 && ADOPTION_BY_SITTING_ON_GAP_RE.test(namesMaskedGap(text, sorted, i + 1, j, nameEnd, d.start));
    if (adoptedOn || (adoption && (ADOPTION_ON_GAP_RE.test(gap) || ADOPTION_SET_OFF_ON_GAP_RE.test(gap) || adoptionAtSitting)) || (signing && SIGNING_ON_GAP_RE.test(gap))) {
      push('ADOPTED_ON', f.key, d.key, f.start, d.end);
      // ("the Universal Declaration on Cultural Diversity ..., together with its Action Plan, 8 adopted on 2 November 2001": both)
      const owner = instrumentOfItsCompanion(text, sorted, i);
      if (owner) push('ADOPTED_ON', owner.key, d.key, owner.start, d.end);
      // ("the Quito Declaration ... and the Quito implementation plan for the New Urban Agenda, adopted by the United Nations
      // Conference on ... (Habitat III) on 20 October 2016", A/RES/78/202 PP9: the pair the sitting named between adopted, that day)
      const pair = adoptedOn && j > i + 1 ? pairedBefore(text, sorted, i) : undefined;
      if (pair) push('ADOPTED_ON', pair.key, d.key, pair.start, d.end);
    }
    else if (gap.length < 40 && BOTH_ADOPTED_ON_GAP_RE.test(gap)) {
      // "the political declarations of the second high-level meeting ... on the fight against tuberculosis 24 and the General
      // Assembly high-level meeting on pandemic prevention, preparedness and response,25 both adopted on 5 October 2023" (A/RES/80/207
      // OP39, 79/170, 78/203): the framework joined before it by "and" was adopted that day too
      push('ADOPTED_ON', f.key, d.key, f.start, d.end);
      let k = i - 1;
      while (k >= 0 && (sorted[k]!.end > f.start || sorted[k]!.kind === 'Organization' || sorted[k]!.kind === 'Event')) k--;
      const e = k >= 0 ? sorted[k]! : undefined;
      if (e?.kind === 'Framework' && f.start - e.end < 12 && BOTH_AND_GAP_RE.test(text.slice(e.end, f.start))) push('ADOPTED_ON', e.key, d.key, e.start, d.end);
    }
  }
  // the day printed before it: "the adoption on 7 July 2017 of the Treaty on the Prohibition of Nuclear Weapons" (A/RES/80/33
  // PP18, 78/33, 79/32), "the adoption on 19 December 2022 of the Kunming-Montreal Global Biodiversity Framework" (80/133 PP17)
  // ("the adoption, on 2 December 2013, of the Lima Declaration", A/RES/79/222 OP2; "the adoption, on 14 June 2006 in Abuja at
  // the thirtieth ordinary summit of the Economic Community of West African States, of the Convention on Small Arms ...",
  // A/RES/79/31 PP8, 78/54, 80/36: set off by commas, where and at which sitting between, the sitting adopted it)
  // ("the adoption by the Lake Chad Basin Commission, on 27 February 2025, of the Regional Strategy ...", A/RES/80/63 PP43; "the
  // adoption, by the Conference ... at its seventeenth ordinary session, on 30 July 2020, of the strategy ...", 79/68 OP14, 78/59;
  // "the adoption by the conference, on 19 June 2023, of the Agreement ...", 78/272 PP2, 79/271, 80/107: who adopted it first)
  // (a year or a month alike, right before the framework: "the adoption in 2024 of the Treaty on Intellectual Property, Genetic
  // Resources and Associated Traditional Knowledge of the World Intellectual Property Organization and of the Riyadh Design Law
  // Treaty", A/RES/80/147 PP54; "the adoption in 1987 of the Final Document of the International Conference on the Relationship
  // between Disarmament and Development", "the adoption in June 2023 of the Agreement under the United Nations Convention on the Law
  // of the Sea ...": the text joined by "and of the" was adopted then too)
  const byWhom = textIncludes(text, ADOPTION_BY_SPACED) || textIncludes(text, ADOPTION_COMMA_BY);
  for (let i = 1; i < sorted.length; i++) {
    const d = sorted[i - 1]!;
    if (d.kind !== 'Date' || d.start < 12) continue;
    const wholeDay = d.key.length === 15; /* Date:YYYY-MM-DD */
    const before = text.slice(Math.max(0, d.start - ADOPTION_ON_WINDOW), d.start);
    if (wholeDay ? !ADOPTION_ON_BEFORE_RE.test(before) && !(byWhom && ADOPTION_BY_ON_BEFORE_RE.test(text.slice(Math.max(0, d.start - 240), d.start))) : !ADOPTION_IN_BEFORE_RE.test(before)) continue;
    let k = i;
    while (k < sorted.length && (sorted[k]!.kind === 'Place' || sorted[k]!.kind === 'Event' || sorted[k]!.kind === 'Organization')) k++;
    const f = k < sorted.length ? sorted[k]! : undefined;
    if (f?.kind !== 'Framework' || f.start - d.end > 160) continue;
    const gap = text.slice(d.end, f.start);
    if (k === i && gap.length <= 9 && DAY_THEN_FRAMEWORK_GAP_RE.test(gap)) {
      push('ADOPTED_ON', f.key, d.key, d.start, f.end);
      const next = adoptedWithIt(text, sorted, k);
      if (next !== undefined) push('ADOPTED_ON', next.key, d.key, d.start, next.end);
    } else if (wholeDay && DAY_AT_SITTING_THEN_FRAMEWORK_GAP_RE.test(gap)) {
      push('ADOPTED_ON', f.key, d.key, d.start, f.end);
      const ev = sorted.slice(i, k).find((m) => m.kind === 'Event' && AT_THE_BEFORE_RE.test(text.slice(Math.max(0, m.start - 8), m.start)) && OF_THE_AFTER_RE.test(text.slice(m.end, f.start)));
      if (ev !== undefined) push('ADOPTED', ev.key, f.key, ev.start, f.end);
    }
  }
}
/** the characters before that day ADOPTION_ON_BEFORE_RE reads ("adoption, in Vienna on ") */
const ADOPTION_ON_WINDOW = 40;
/** before a year or a month that times an adoption: "the adoption in " (2024, June 2023) */
const ADOPTION_IN_BEFORE_RE = /\badoption\s+in\s+$/;
/** between a framework adopted at a time (or its owner after it) and a second one adopted with it: " and of the " */
const AND_OF_THE_GAP_RE = /^,?\s+and\s+of\s+(?:the\s+)?$/;

/**
 * The framework joined by "and of the" to the one at `k` of an adoption at a time ("the adoption in 2024 of the Treaty ... of the
 * World Intellectual Property Organization and of the Riyadh Design Law Treaty", A/RES/80/147 PP54), past the first one's owner
 * printed after it; undefined when none.
 */
function adoptedWithIt(text: string, sorted: readonly EntityMention[], k: number): EntityMention | undefined {
  const f = sorted[k]!;
  let at = f.end;
  let m = k + 1;
  while (m < sorted.length && sorted[m]!.start < f.end) m++;
  const owner = m < sorted.length ? sorted[m]! : undefined;
  if (owner?.kind === 'Organization' && text.startsWith(OF_THE_GAP, f.end) && owner.start === f.end + OF_THE_GAP.length) at = owner.end;
  const next = sorted.find((n) => n.kind === 'Framework' && n.start > at && n.start - at <= 14);
  return next !== undefined && AND_OF_THE_GAP_RE.test(text.slice(at, next.start)) ? next : undefined;
}
const ADOPTION_BY_SPACED = 'adoption by ';
/** "adoption, by <who> [at its <sitting>], on " before that day (no clause or other day between) */
const ADOPTION_BY_ON_BEFORE_RE = /\badoption,?\s+by\s+[^;,\d]{3,200}(?:\s+at\s+its\s+[^;,\d]{3,60})?,\s+on\s+$/;
const DAY_THEN_FRAMEWORK_GAP_RE = /^,?\s+of\s+(?:the\s+)?$/;
/** after that day, where and the sitting, up to the framework: " in Abuja at the thirtieth ordinary summit of ..., of the " */
const DAY_AT_SITTING_THEN_FRAMEWORK_GAP_RE = letterRe(String.raw`^(?:\s+in\s+[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)?\s+at\s+the\s+[^;,()]{5,140},\s+of\s+(?:the\s+)?$`, 'u');
/** the sitting itself: "at the " before it, ", of the " (the framework) right after it */
const AT_THE_BEFORE_RE = /\bat\s+the\s+$/;
const OF_THE_AFTER_RE = /^,\s+of\s+(?:the\s+)?$/;

const PROMULGATED_ON = 'promulgated on ';
/** before the day: "promulgated on ", "enacted on " */
const PROMULGATED_ON_BEFORE_RE = /\b(?:promulgated|enacted)\s+on\s+$/;
/** between the day and the law's name: " known as “the " */
const LAW_KNOWN_AS_GAP_RE = /^,?\s+known\s+as\s+[“"]?(?:the\s+)?$/;
/**
 * Step 4g' of findAttributions: "laws and regulations, such as that promulgated on 12 March 1996 known as “the Helms-Burton Act”"
 * (A/RES/80/4 PP4, 73/8, 78/7, 79/7): the law named right after the day it was promulgated is ADOPTED_ON that day.
 */
function promulgatedKnownAsAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 1; i < sorted.length; i++) {
    const d = sorted[i - 1]!;
    const f = sorted[i]!;
    if (d.kind !== 'Date' || d.key.length !== 15 /* Date:YYYY-MM-DD */ || f.kind !== 'Framework' || f.start - d.end > 20) continue;
    if (!LAW_KNOWN_AS_GAP_RE.test(text.slice(d.end, f.start)) || !PROMULGATED_ON_BEFORE_RE.test(text.slice(Math.max(0, d.start - 20), d.start))) continue;
    push('ADOPTED_ON', f.key, d.key, d.start, f.end);
  }
}

/** A framework mention right after a date mention (the mentions in text order): "the adoption on 7 July 2017 of the Treaty ...". */
function dayBeforeFramework(sorted: readonly EntityMention[]): boolean {
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.kind === 'Framework' && sorted[i - 1]!.kind === 'Date' && sorted[i]!.start - sorted[i - 1]!.end <= 9) return true;
  return false;
}

/** A framework mention with a date mention after it (the mentions in text order). */
function frameworkThenDate(sorted: readonly EntityMention[]): boolean {
  let framework = false;
  for (const m of sorted) {
    if (m.kind === 'Framework') framework = true;
    else if (framework && m.kind === 'Date') return true;
  }
  return false;
}

/**
 * Step 4g': "the Declaration of Principles on Interim Self-Government Arrangements of 13 September 1993" (A/RES/80/81 PP13),
 * "the Geneva Convention relative to the Protection of Civilian Persons in Time of War, of 12 August 1949" (A/RES/80/81 PP7),
 * "the Bangkok Declaration of 8 August 1967": the day a framework is dated by, printed right after its name, is its day of
 * adoption (as a cited resolution's "of 4 December 2024"), also after "the applicability of the"; not a text about it ("the
 * amendments to the Convention of ...", another text's date). A day, or a month printed alone.
 */
function frameworkOfDayAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.kind !== 'Framework') continue;
    // "the Customs Convention on Containers (Geneva, 2 December 1972)" (A/RES/80/151 note 14, 78/163 note 16): the town and day a
    // treaty was adopted, in brackets after its name
    const placed = i + 2 < sorted.length && sorted[i + 1]!.kind === 'Place' ? treatyPlaceAndDay(text, f, sorted[i + 2]!) : undefined;
    if (placed !== undefined) {
      push('ADOPTED_ON', f.key, placed.key, f.start, placed.end);
      continue;
    }
    if (i > 0 && amendedOnDayBefore(text, sorted[i - 1]!, f)) {
      push('ADOPTED_ON', f.key, sorted[i - 1]!.key, sorted[i - 1]!.start - AS_AMENDED_ON.length, f.end);
      continue;
    }
    const d = sorted[i + 1]!;
    if (d.kind !== 'Date' || d.start - f.end > 5 || d.start < f.end) continue;
    // ("the Rio Declaration on Environment and Development of June 1992" (A/RES/78/206 PP16, 80/216): the month, when that is all
    // the text prints; not one of two ("the ... Accord of March 2018 and November 2019": two texts' dates)
    if (d.key.length !== 15 /* Date:YYYY-MM-DD */ && (d.key.length !== 12 /* Date:YYYY-MM */ || MORE_DATES_AFTER_RE.test(text.slice(d.end, d.end + 28)))) continue;
    if (!OF_DAY_GAP_RE.test(text.slice(f.end, d.start))) continue;
    if (AMENDMENT_OF_BEFORE_RE.test(text.slice(Math.max(0, f.start - 50), f.start))) continue;
    // not a span of days ("the Los Pinos Declaration of 27–28 February 2020"): the meeting's, not one day of adoption
    if (DAY_SPAN_RE.test(text.slice(d.start, d.end))) continue;
    push('ADOPTED_ON', f.key, d.key, f.start, d.end);
  }
}

/** before the day an instrument was amended on */
const AS_AMENDED_ON = 'as amended on ';
/**
 * "the Protocol on ... Mines, Booby Traps and Other Devices, as amended on 3 May 1996 (Amended Protocol II)" (A/RES/78/70 PP30,
 * 80/74 PP30): the amended instrument, named in brackets after the day of its amendment, was adopted that day, as "Amended
 * Protocol II of 3 May 1996" is (A/RES/79/138 note 1).
 */
function amendedOnDayBefore(text: string, d: EntityMention, f: EntityMention): boolean {
  return d.kind === 'Date' && d.key.length === 15 /* Date:YYYY-MM-DD */ && d.end < f.start && f.start - d.end <= 3 && /^\s*\($/.test(text.slice(d.end, f.start)) && text.startsWith(AS_AMENDED_ON, d.start - AS_AMENDED_ON.length);
}
/** between a treaty's name and the day it was adopted: its town in brackets, "(Geneva, " (the day closes the brackets) */
const TREATY_TOWN_GAP_RE = /^\s?\([A-Z][\w\s-]{1,30},\s+$/;
/** The whole day `d` printed after `f`'s name as "(<town>, <day>)", if it is. */
function treatyPlaceAndDay(text: string, f: EntityMention, d: EntityMention): EntityMention | undefined {
  if (d.kind !== 'Date' || d.key.length !== 15 /* Date:YYYY-MM-DD */ || d.start - f.end > 40 || text.charCodeAt(d.end) !== 41 /* ) */ || DAY_SPAN_RE.test(d.phrase)) return undefined;
  return TREATY_TOWN_GAP_RE.test(text.slice(f.end, d.start)) ? d : undefined;
}
/** after a date: another one listed with it (" and November 2019", ",3 and 5 May 2020"), a footnote mark first or not */
const MORE_DATES_AFTER_RE = /^\d{0,3}\s*,?\s*and\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:19|20)\d\d/;
/** a day printed as the end of a framework's name: "Geneva Conventions of 12 August 1949" */
const DAY_ENDS_NAME_RE = /\sof\s+(\d{1,2}\s+[A-Z][a-z]+\s+(?:1[89]|20)\d\d)$/;
/** ... of another text the name is to: "Additional Protocol I to the Geneva Conventions of 12 August 1949" */
const TO_THE_RE = /\bto\s+the\b/;
/** ... unless it closes a "from the ... to the ..." span of the name's own topic: "the Transition from the Informal to the Formal
 *  Economy Recommendation, 2015 (No. 204)" (A/RES/79/221 OP19, 78/164, 80/153) is to no other text */
const FROM_THE_TO_THE_RE = /\bfrom\s+the\s[^,]*\bto\s+the\b/;
/**
 * Step 4g'': "Recalling the Geneva Conventions of 12 August 1949 2 and ..." (A/RES/79/138 PP5, 80/112, 79/173 OP1, 78/221 PP3:
 * 13 paragraphs of corpus-ga): the day read as part of the framework's name (the gazetteer's) is no Date mention, so step 4g'
 * does not see it; it dates the framework as "of <day>" after its name does. Not a day of the text the name is "to".
 */
function dayInFrameworkName(sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.kind !== 'Framework') continue;
    const last = f.phrase.charCodeAt(f.phrase.length - 1);
    if (last < 48 || last > 57) continue;
    const m = DAY_ENDS_NAME_RE.exec(f.phrase);
    if (!m || TO_THE_RE.test(f.phrase.slice(0, m.index))) continue;
    const iso = parseSingleDate(m[1]!);
    if (iso !== undefined && iso.length === 10) push('ADOPTED_ON', f.key, dateKey(iso), f.start, f.end);
  }
}

/** right after "<framework> of <year>": a footnote mark of one or two digits glued to the year, then a space or a stop */
const GLUED_MARK_AFTER_YEAR_RE = /^\d{1,2}(?=[\s,;.]|$)/;
/** right after a framework's name: its short form in brackets, then " of <year>"; or a footnote mark, glued to the bracket or
 * spaced from the name ("... (Mauritius Strategy)2 of 2005 and the SIDS Accelerated Modalities of Action (SAMOA) Pathway 3 of 2014",
 * A/RES/78/317 annex 13) */
const SHORT_FORM_BEFORE_OF_YEAR_RE = /^(?: \([A-Z][A-Za-z ]{1,60}\))?(?: ?\d{1,2})?(?= of (?:19|20)\d\d)/;
/**
 * after "<framework> of <year>": the phrase goes on as a proclamation ("the declaration of 2019 as the International Year ...") or
 * a role ("the Convention on Biological Diversity of 1992 as the main instrument"), an article or a name after "as"; not the
 * treaty's later amendment ("the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol") nor a bare plural
 * ("the SAMOA Pathway of 2014 as blueprints setting out ...", A/RES/78/317 annex 13)
 */
const AS_NAME_AFTER_YEAR_RE = /^ as (?:the |an? |[A-Z])/;
/**
 * Step 4g''': "the Regulations annexed to the Hague Convention IV of 1907" (A/RES/78/78 PP7, 79/77, 80/81), "the Ministerial
 * Declaration of 2019" (78/210 and 2 more), "the Protocol of 1978 relating thereto" (the MARPOL texts), "the Cape Town Agreement of
 * 2012": the year printed right after a framework's name with "of" (or ending the name) is the year it was adopted, as "of <day>" is its day. Not a
 * year of the text the name is "to" ("Additional Protocol I to the Geneva Conventions of 1949": the Conventions' year), nor of a
 * text about it ("the amendments to the Convention of ..."), nor a year named "as" a Year.
 */
function frameworkOfYear(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.kind !== 'Framework') continue;
    // ("the Ministerial Declaration of 2019", "the Bishkek Declaration of 2017", "the Torremolinos Protocol of 1993": the year read
    // as the end of the name, as the gazetteer knows it, dates it as well)
    const last = f.phrase.charCodeAt(f.phrase.length - 1);
    if (last >= 48 && last <= 57 && f.phrase.length > 8 && f.phrase.startsWith(' of ', f.phrase.length - 8)) {
      const named = f.phrase.slice(-4);
      if (YEAR_ALONE_RE.test(named) && !TO_THE_RE.test(f.phrase) && !AMENDMENT_OF_BEFORE_RE.test(text.slice(Math.max(0, f.start - 50), f.start))) push('ADOPTED_ON', f.key, dateKey(named), f.start, f.end);
      continue;
    }
    if (text.charCodeAt(f.end) === 44 /* , */ || text.startsWith(REVISED_AFTER_NAME, f.end)) {
      commaYearAfterFramework(text, f, push);
      continue;
    }
    // (its short form in brackets may stand between: "... Internally Displaced Persons in Africa (Kampala Convention) of 2009",
    // A/RES/80/188 OP5, 78/185)
    const nameEnd = f.end + (SHORT_FORM_BEFORE_OF_YEAR_RE.exec(text.slice(f.end, f.end + 64))?.[0].length ?? 0);
    if (!text.startsWith(' of ', nameEnd)) continue;
    const at = nameEnd + 4;
    const year = text.slice(at, at + 4);
    if (!YEAR_ALONE_RE.test(year)) continue;
    // (the year alone: no day, symbol, range or number goes on from it; a footnote mark after a comma may, or one glued to the
    // year: "... on Their Destruction of 19721 and the Convention ... of 19932 have", A/RES/78/53 PP3 with notes 1 and 2)
    const next = text.charCodeAt(at + 4);
    const mark = isAsciiDigit(next) ? GLUED_MARK_AFTER_YEAR_RE.exec(text.slice(at + 4, at + 8)) : undefined;
    if (mark === null || next === 47 /* / */ || next === 8211 /* – */ || next === 45 /* - */) continue;
    const yearEnd = at + 4 + (mark?.[0].length ?? 0);
    if (AS_NAME_AFTER_YEAR_RE.test(text.slice(yearEnd, yearEnd + 24)) || TO_THE_RE.test(f.phrase) || AMENDMENT_OF_BEFORE_RE.test(text.slice(Math.max(0, f.start - 50), f.start))) continue;
    push('ADOPTED_ON', f.key, dateKey(year), f.start, at + 4);
  }
}

/** right after a framework's name: ", <year>" then a stop, a bracket or the end ("the Convention on Cluster Munitions, 2008;", "the
 *  Protocol on Explosive Remnants of War, 2003 (Protocol V ...)"), a footnote mark before the stop or not (group 1: the year); also
 *  ", of <year> (" before the treaty's Treaty Series reference ("Convention for the Protection of Cultural Property in the Event of
 *  Armed Conflict, of 1954 (United Nations, Treaty Series, ...)", A/RES/80/148 note 11) */
const COMMA_YEAR_AFTER_NAME_RE = /^,\s?(?:((?:19|20)\d\d)(?:\s?\d{1,3})?(?=\s*(?:[;,.)(]|$))|of\s((?:19|20)\d\d)(?=\s\())/;
/** ... or with no comma, then the name's short form in brackets: " 1977 (Protocol I)" (group 1: the year) */
const YEAR_BEFORE_SHORT_FORM_AFTER_NAME_RE = /^\s((?:19|20)\d\d)\s\((?=[A-Z])/;
/** a possessive right before a name: "’s ", "'s " */
const POSSESSIVE_BEFORE_RE = /[’']s\s$/;
/**
 * "the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their
 * Destruction, 1997; ... the Convention on Cluster Munitions, 2008; ... the Convention on the Rights of Persons with Disabilities,
 * 2006." (A/RES/78/70 and 80/74 PP2 note 1), "the International Convention on Maritime Search and Rescue, 1979" (the law of the sea
 * texts): the year printed after a framework's name and a comma is the year it was adopted, as "of <year>" is (frameworkOfYear),
 * an instrument's year, no date. Not a year of the text the name is "to", nor of a text about it, nor a year before a range or a
 * word ("..., 2015–2030", "..., 2030 Agenda").
 */
function commaYearAfterFramework(text: string, f: EntityMention, push: Push): void {
  // (no comma, the year before the name's own bracketed short form: "... Victims of International Armed Conflicts 1977 (Protocol I)"
  // (A/RES/80/74 note 1): the year is that instrument's, "to the" in its name or not; lead, session 63)
  // (past a revision's mark the name is keyed without: "the Migration for Employment Convention (Revised), 1949 (No. 97)", A/RES/78/180
  // OP3, 80/185; "the Seafarers’ Identity Documents Convention (Revised), 2003", the law of the sea texts)
  const from = text.startsWith(REVISED_AFTER_NAME, f.end) ? f.end + REVISED_AFTER_NAME.length : f.end;
  const bare = text.charCodeAt(from) === 32;
  const m = (bare ? YEAR_BEFORE_SHORT_FORM_AFTER_NAME_RE : COMMA_YEAR_AFTER_NAME_RE).exec(text.slice(from, from + 16));
  if (!m || (!bare && TO_THE_RE.test(f.phrase) && !FROM_THE_TO_THE_RE.test(f.phrase)) || AMENDMENT_OF_BEFORE_RE.test(text.slice(Math.max(0, f.start - 50), f.start))) return;
  // ("Secretary-General’s Action Agenda on Internal Displacement, 2022.", A/RES/80/211 note 14: a publication cited by its author and
  // year, launched, not adopted)
  if (POSSESSIVE_BEFORE_RE.test(text.slice(Math.max(0, f.start - 4), f.start))) return;
  const year = m[1] ?? m[2]!;
  const yearAt = text.indexOf(year, from);
  push('ADOPTED_ON', f.key, dateKey(year), f.start, yearAt + 4);
}
/** a revision's mark printed after a name the gazetteer keys without it (commaYearAfterFramework) */
const REVISED_AFTER_NAME = ' (Revised)';

/** right before a title: ", entitled “", ",10 entitled “", ", entitled “The " (a title whose "The" is no word of the name), " entitled
 *  “" (no comma: "the political declaration of the high-level meeting on universal health coverage entitled “Universal health
 *  coverage: expanding our ambition ...”", A/RES/80/186 PP4, 78/182 PP8) */
const COMMA_ENTITLED_BEFORE_RE = /(?:,\s*(?:\d{1,3}\s*)?|\s)entitled\s+“(?:The\s+)?$/;
/** between one titled outcome of a list and the next sitting: "”, 10 the ", "”, 11 and the ", "”12 and the " */
const TITLED_LIST_NEXT_RE = /^[”"]\s*,?\s*(?:\d{1,3}\s*)?,?\s*(?:and\s+)?the\s+$/;
/** the declaration or outcome before its sitting: "declaration of the ", "outcomes of the ", "declaration adopted at the " */
const OUTCOME_NOUN_OF_RE = /\b(?:[Dd]eclaration|outcome\s+document|outcome)s?\s+(?:of|adopted\s+(?:at|by))\s+(?:the\s+)?/g;
/** the sitting as the last of the noun's list, the noun printed further back: ", and of the " ("the outcomes of the Fourth World
 *  Conference on Women, the Beijing Declaration and Platform for Action, and of the twenty-third special session of the General
 *  Assembly, entitled “Women 2000: ...”", A/RES/78/180 PP14, 80/185); read back OUTCOME_LIST_SPAN characters for the noun */
const AND_OF_THE_RE = /^\s*,?\s*and\s+of\s+the\s+$/;
const OUTCOME_LIST_SPAN = 240;

/** The characters the places and dates named between two mentions cover (sorted[from..to-1]; the two dates of one "20 to 22 June
 *  2012" share their span): where and when the sitting was held, printed between it and its outcome's title ("the outcome document
 *  of the United Nations Conference on Sustainable Development, held in Rio de Janeiro, Brazil, from 20 to 22 June 2012, entitled
 *  “The future we want”", A/RES/80/108 PP1 and 14 other texts), are no words that part the two. */
function venueAndDaysLength(sorted: EntityMention[], from: number, to: number): number {
  let covered = 0;
  let end = -1;
  for (let k = from; k < to; k++) {
    const m = sorted[k]!;
    if (m.kind !== 'Place' && m.kind !== 'Date') continue;
    if (m.end > end) covered += m.end - Math.max(m.start, end);
    end = Math.max(end, m.end);
  }
  return covered;
}

/**
 * Step 4h of findAttributions: "the ministerial declaration of the United Nations Environment Assembly at its third session,
 * entitled “Towards a pollution-free planet”" (A/RES/78/169 PP15), "the outcomes of the twenty-third special session of the
 * General Assembly, entitled “Women 2000: ...”" (A/RES/79/155 PP2): the sitting named between the declaration and its title
 * adopted it. Nothing else named in between (no framework, resolution or document), no clause or other title.
 */
function titledOutcomeAttributions(text: string, sorted: EntityMention[], push: Push): void {
  // the title last attributed: the next sitting of the list after it adopted the next title ("the outcome documents of the United
  // Nations Conference on Sustainable Development, entitled “The future we want”, 10 the Fourth International Conference on Small
  // Island Developing States, entitled “Antigua and Barbuda Agenda ...”, 11 and the Fifth United Nations Conference on the Least
  // Developed Countries, entitled “Doha Programme of Action ...”", A/RES/80/142 PP11, 79/211, 78/157)
  let listed: EntityMention | undefined;
  for (let i = 1; i < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.kind !== 'Framework' || f.start < 12 || !COMMA_ENTITLED_BEFORE_RE.test(text.slice(Math.max(0, f.start - 20), f.start))) continue;
    // the last sitting before the title, past the bodies and places named with it
    let j = i - 1;
    while (j >= 0 && (sorted[j]!.kind === 'Organization' || sorted[j]!.kind === 'Place' || sorted[j]!.kind === 'Date')) j--;
    const e = j >= 0 ? sorted[j]! : undefined;
    if (e?.kind !== 'Event' || f.start - e.end - venueAndDaysLength(sorted, j + 1, i) > 60) continue;
    // (back to the last other thing named before it: the body a session belongs to may stand between)
    let k = j - 1;
    while (k >= 0 && (sorted[k]!.kind === 'Organization' || sorted[k]!.kind === 'Place' || sorted[k]!.kind === 'Date')) k--;
    if (/[;“”]/.test(text.slice(e.end, text.lastIndexOf('“', f.start)))) continue;
    const from = Math.max(0, e.start - 160, k >= 0 ? sorted[k]!.end : 0);
    const between = text.slice(from, e.start);
    OUTCOME_NOUN_OF_RE.lastIndex = 0;
    let noun: RegExpExecArray | null = null;
    for (let m = OUTCOME_NOUN_OF_RE.exec(between); m; m = OUTCOME_NOUN_OF_RE.exec(between)) noun = m;
    const next = k >= 0 && sorted[k] === listed && TITLED_LIST_NEXT_RE.test(between);
    let scope = between;
    if (!noun && AND_OF_THE_RE.test(between)) {
      scope = text.slice(Math.max(0, e.start - OUTCOME_LIST_SPAN), e.start);
      OUTCOME_NOUN_OF_RE.lastIndex = 0;
      for (let m = OUTCOME_NOUN_OF_RE.exec(scope); m; m = OUTCOME_NOUN_OF_RE.exec(scope)) noun = m;
    }
    if (!next && (!noun || /[;“”]/.test(scope.slice(noun.index)))) continue;
    push('ADOPTED', e.key, f.key, e.start, f.end);
    listed = f;
  }
}

/** before the adopter: "the adoption by the ", "the adoption by the General Conference of the " (an organ of the body named),
 *  "the adoption in 2019 by the " (A/RES/78/52 PP18, 79/51, 80/44), "the adoption on 14 March 2008 by the " (79/9 PP4); the
 *  adopter set off by commas, "the adoption, by the Conference of Heads of State and Government of the Economic Community of
 *  Central African States at its seventeenth ordinary session, on 30 July 2020, of the strategy ..." (79/68 OP14, 78/59, 80/63);
 *  how it was adopted first, "the adoption by consensus in 2023 by the Disarmament Commission of the recommendations ..." (A/RES/79/19
 *  PP18, 80/19), "the adoption by consensus by the Disarmament Commission of the ..." */
const ADOPTION_BY_BEFORE_RE = /\badoption,?\s+(?:by\s+consensus\s+)?(?:(?:in|on\s+\d{1,2}\s+[A-Z][a-z]+)\s+(?:19|20)\d\d\s+)?by\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){1,3}of\s+(?:the\s+)?)?$/;
/** "the adoption in " / "the adoption on " (or "the adoption by consensus in ") right before a date mention: the dated form of
 *  ADOPTION_BY_BEFORE_RE (its gate); read in the DATED_ADOPTION_SPAN characters before the date */
const ADOPTION_DATED_BEFORE_RE = /\badoption\s+(?:by\s+consensus\s+)?(?:in|on)\s+$/;
const DATED_ADOPTION_SPAN = 28;
/** between the adopter and what it adopted: " of its ", ", at its tenth meeting, of the ", " on 17 October 2003 of the ",
 *  ", with the support of the African Union, of the ", both " on 11 June 2014, at its 103rd session, of the " (A/RES/79/154
 *  PP13, 78/180 PP21 and PP38, 80/185); the sitting without commas, " at its sixty-second session of the " (A/RES/78/52 PP18),
 *  or with where it was held, " at its thirteenth session, held in Istanbul, Turkey, on 14 and 15 April 2016, of the " (79/9
 *  PP4); and the part of the instrument the text names first, "of the preamble and 21 Guidelines for the Long-term
 *  Sustainability of Outer Space Activities" (78/52 PP18, 79/51, 80/44; 'the Committee' in 78/72, 79/86, 80/ outer space texts);
 *  and the treaty's later step named with its adoption, " and the entry into force of the " ("the adoption by the General Assembly
 *  and the entry into force of the Treaty on 2 April 2013 and 24 December 2014, respectively", A/RES/80/46 PP15, 79/52, 78/48);
 *  the text's new version, " ..., of its revised " ("... held in Istanbul from 1 to 3 November 2016, of its revised Plan of Action
 *  for the Advancement of Women", A/RES/79/9 PP22), " ..., of the amended " ("... held in Dakar on 13 and 14 March 2008, of the
 *  amended Charter of the Organization of the Islamic Conference", PP4) */
const ADOPTION_BY_GAP_OF_RE =
  /^(?:\s+(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4}|\s+at\s+its\s+[a-z]+(?:-[a-z]+)?\s+(?:ordinary\s+|special\s+)?session(?:,\s+held\s+in\s[^,;:()]{1,40}(?:,[^,;:()]{1,40}){0,2},)?|\s+and\s+the\s+entry\s+into\s+force)?\s*(?:,[^,;:()]{1,80},\s*|,\s*)?of\s+(?:its\s+|the\s+)?(?:preamble\s+and\s+\d{1,3}\s+|(?:revised|amended)\s+)?$/;

/** before a resolution that adopted: "the adoption by ", "the adoption, by " (the resolution's own words follow: "its
 *  resolution 56/6 of 9 November 2001", "General Assembly resolution 79/243 of 24 December 2024") */
const ADOPTION_BY_RESOLUTION_BEFORE_RE = /\badoption,?\s+by\s+$/;
const ADOPTION_COMMA_BY = 'adoption, by ';
/** "the adoption, with a vote, of the ": how it was adopted set off by commas (a rare substring: ADOPTION_OF_BEFORE_RE reads the rest) */
const ADOPTION_COMMA = 'adoption, ';
/** a date mention printed after "the adoption in " / "the adoption on " ("the adoption in 2019 by the Committee ...") */
const isDatedAdoption = (text: string, m: EntityMention): boolean => m.kind === 'Date' && m.start >= 12 && ADOPTION_DATED_BEFORE_RE.test(text.slice(Math.max(0, m.start - DATED_ADOPTION_SPAN), m.start));

/**
 * Step 4c'' of findAttributions: "the adoption by the General Conference of the United Nations Educational, Scientific and
 * Cultural Organization of its Recommendation on the Ethics of Artificial Intelligence" (A/RES/78/265 PP4), "the adoption by the
 * Fourteenth United Nations Congress on Crime Prevention and Criminal Justice of the Kyoto Declaration", "the adoption by the
 * Conference of the Parties to the Convention on Biological Diversity, at its tenth meeting, of the Nagoya Protocol": the body or
 * sitting named after "by" adopted the framework named after "of". So does a resolution: "the adoption by General Assembly
 * resolution 79/243 of 24 December 2024 of United Nations Convention against Cybercrime" (A/RES/80/118 PP56), "the adoption, by
 * its resolution 56/6 of 9 November 2001, of the Global Agenda for Dialogue among Civilizations" (A/RES/78/201, 80/205), "...,
 * by its resolution 58/4 of 31 October 2003, of the United Nations Convention against Corruption" (78/229, 80/229).
 */
function adoptionByAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    // (or a resolution cited in the text: "Welcoming the adoption by General Assembly resolution 79/243 of 24 December 2024 of
    // United Nations Convention against Cybercrime" (A/RES/80/118 PP56), "the adoption, by its resolution 58/4 of 31 October
    // 2003, of the United Nations Convention against Corruption" (A/RES/78/229 PP8; 56/6 in 78/201, 80/205; 55/25 in 80/229))
    const resolution = a.kind === 'Resolution' && !a.footnote;
    if ((a.kind !== 'Organization' && a.kind !== 'Event' && !resolution) || a.start < 12) continue;
    if (!(resolution ? ADOPTION_BY_RESOLUTION_BEFORE_RE : ADOPTION_BY_BEFORE_RE).test(text.slice(Math.max(0, a.start - 50), a.start))) continue;
    frameworksOfActor(text, sorted, push, i, 'ADOPTED');
  }
}

/**
 * The framework named after "of" past the actor sorted[i] (named after "the adoption by", "the endorsement by"), and those listed
 * with it: the actor adopted (or endorsed) each.
 */
function frameworksOfActor(text: string, sorted: EntityMention[], push: Push, i: number, relation: 'ADOPTED' | 'ENDORSES'): void {
  const a = sorted[i]!;
  // the first mention after the adopter's name, past bodies, sittings and dates named in the gap
  // (and places: where the sitting was held, " at its thirteenth session, held in Istanbul, Turkey, ...")
  let j = i + 1;
  while (j < sorted.length && (sorted[j]!.start < a.end || sorted[j]!.kind === 'Organization' || sorted[j]!.kind === 'Date' || sorted[j]!.kind === 'Event' || sorted[j]!.kind === 'Place')) j++;
  const f = j < sorted.length ? sorted[j]! : undefined;
  if (f === undefined || (f.kind !== 'Framework' && !isBodysOwnNumber(a, f, relation)) || f.start - a.end > 100) return;
  if (!ADOPTION_BY_GAP_OF_RE.test(text.slice(a.end, f.start))) return;
  push(relation, a.key, f.key, a.start, f.end);
  // the date printed between "adoption" and "by": the day (or year) the framework was adopted ("the adoption in 2019 by ...")
  const d = i > 0 ? sorted[i - 1]! : undefined;
  if (relation === 'ADOPTED' && a.kind !== 'Resolution' && d?.kind === 'Date' && a.start - d.end < 14 && ADOPTION_DATED_BEFORE_RE.test(text.slice(Math.max(0, d.start - DATED_ADOPTION_SPAN), d.start))) {
    push('ADOPTED_ON', f.key, d.key, d.start, f.end);
  }
  // ... or printed right after the adopter: "the adoption by the International Labour Conference on 11 June 2014, at its 103rd
  // session, of the Protocol ..." (A/RES/78/180 PP21, PP38; 79/154 PP13, 80/185), the day of the act (entityScan leaves it the
  // sitting's no date), for each text listed after "of"
  const day = relation === 'ADOPTED' && a.kind !== 'Resolution' && j > i + 1 ? sorted[i + 1]! : undefined;
  const adoptedOn = day?.kind === 'Date' && ADOPTER_ON_GAP_RE.test(text.slice(a.end, day.start)) ? day : undefined;
  if (adoptedOn) push('ADOPTED_ON', f.key, adoptedOn.key, adoptedOn.start, f.end);
  // the instruments listed after it were adopted with it: "of the Protocol to the Forced Labour Convention, 1930 (No. 29), and of
  // the Forced Labour (Supplementary Measures) Recommendation, 2014 (No. 203)" (A/RES/79/154 PP13), "of the Domestic Workers
  // Convention, 2011 (No. 189),18 the Domestic Workers Recommendation, 2011 (No. 201) and the Violence and Harassment
  // Convention" (A/RES/78/180 PP20, 80/185 PP20); and the body's own numbers listed after its first ("the adoption by the Security
  // Council of resolutions 2018 (2011) of 31 October 2011, 2039 (2012) of 29 February 2012 and 2634 (2022) of 31 May 2022",
  // A/RES/78/69 OP143, 79/144, 80/110)
  let last = f;
  for (let k = j + 1; k < sorted.length; k++) {
    const g = sorted[k]!;
    if (g.start < last.end) continue;
    const listed = f.kind === 'Framework' ? g.kind === 'Framework' : isBodysOwnNumber(a, g, relation);
    if (!listed || !ADOPTED_LIST_GAP_RE.test(text.slice(last.end, g.start))) break;
    push(relation, a.key, g.key, a.start, g.end);
    if (adoptedOn) push('ADOPTED_ON', g.key, adoptedOn.key, adoptedOn.start, g.end);
    last = g;
  }
}
/**
 * Whether f is a number of the body a adopted: "the adoption, by the Economic and Social Commission for Asia and the Pacific at
 * its seventy-ninth session, of resolution 79/8 of 19 May 2023" (A/RES/78/147 PP9; 72/7 in 78/158, 79/212, 80/143), "the adoption
 * by the Conference of the States Parties to the United Nations Convention against Corruption of resolution 10/12": the agent "by"
 * names ADOPTED it, as "adopted by the <body> at its <session>" reads (lead's ruling, session 59). Only the body's own number:
 * another organ's is cited, not adopted.
 */
function isBodysOwnNumber(a: EntityMention, f: EntityMention, relation: 'ADOPTED' | 'ENDORSES'): boolean {
  const body = f.attrs.body;
  return relation === 'ADOPTED' && f.kind === 'Resolution' && a.kind !== 'Resolution' && typeof body === 'string' && body !== 'General Assembly' && a.name.startsWith(body);
}
/**
 * "the Universal Declaration on Cultural Diversity of the United Nations Educational, Scientific and Cultural Organization, 7
 * together with its Action Plan, 8 adopted on 2 November 2001 by the General Conference" (A/RES/80/205 PP8, 78/201): the
 * instrument whose own plan or programme sorted[i] is (printed "its Action Plan", named "Action Plan of the <instrument>" by
 * the entity scan) was adopted with it. The instrument's mention before it, else undefined.
 */
function instrumentOfItsCompanion(text: string, sorted: readonly EntityMention[], i: number): EntityMention | undefined {
  const f = sorted[i]!;
  if (f.start < 4 || !text.startsWith('its ', f.start - 4) || f.name.length <= f.phrase.length + 8 || !f.name.startsWith(f.phrase) || !f.name.startsWith(' of the ', f.phrase.length)) return undefined;
  const key = `Framework:${f.name.slice(f.phrase.length + 8)}`;
  for (let j = i - 1; j >= 0; j--) if (sorted[j]!.key === key) return f.start - sorted[j]!.end <= 130 ? sorted[j] : undefined;
  return undefined;
}

/** between the adopter and the day of its act: " on " (frameworksOfActor) */
const ADOPTER_ON_GAP_RE = /^,?\s+on\s+$/;
/** between two instruments adopted together: ", 2011 (No. 189),18 the ", ", 1930 (No. 29), and of the ", " and the " (a year and
 *  an ILO number may follow a name) */
const ADOPTED_LIST_GAP_RE = /^(?:,\s*\d{4})?(?:\s*\(No\.\s*\d{1,3}\))?\s*,?\s*(?:\d{1,3}\s*)?(?:,\s*)?(?:and\s+)?(?:of\s+)?(?:the\s+)?$/;

/**
 * "the Declaration of Principles and the Plan of Action adopted by the World Summit", "the Sendai Declaration and the
 * Sendai Framework ..., adopted by the Third United Nations World Conference" (A/RES/79/277 PP1, A/RES/78/120 PP3):
 * the one framework joined by "and" to sorted[i] was adopted with it. Only a pair: in a longer list ("the Universal
 * Declaration of Human Rights, ... and the Vienna Declaration and Programme of Action adopted at the World Conference
 * on Human Rights") what follows "adopted" is the last item's alone.
 */
function pairedBefore(text: string, sorted: EntityMention[], i: number): EntityMention | undefined {
  const pair = previousListed(text, sorted, i, AND_GAP_RE) ?? planPairedBefore(text, sorted, i);
  if (!pair) return undefined;
  return previousListed(text, sorted, sorted.indexOf(pair), FRAMEWORK_LIST_GAP_RE) ? undefined : pair;
}
/** nothing, or a footnote mark, between two words */
const MARK_OR_NOTHING_GAP_RE = /^\s*(?:\d{1,3}\s*)?$/;
/** the words of a plan for the framework named next, after "and": " and the Quito implementation plan for the " */
const AND_PLAN_FOR_BEFORE_RE = /\s+and\s+the\s+(?:[A-Z][a-z]+\s+)?(?:implementation\s+|action\s+)?(?:plan|programme)\s+(?:for|of)\s+the\s+$/;
/**
 * "the Quito Declaration on Sustainable Cities and Human Settlements for All and the Quito implementation plan for the New Urban
 * Agenda, adopted by the United Nations Conference on Housing and Sustainable Urban Development (Habitat III) on 20 October 2016"
 * (A/RES/78/202 PP9, 80/157): the second item is printed as a plan for the framework sorted[i] names (its mention starts after
 * "plan for the", a place's mention may stand inside those words), so the framework before "and" is its pair.
 */
function planPairedBefore(text: string, sorted: EntityMention[], i: number): EntityMention | undefined {
  const next = sorted[i]!;
  const plan = AND_PLAN_FOR_BEFORE_RE.exec(text.slice(Math.max(0, next.start - 60), next.start));
  if (plan === null) return undefined;
  const at = next.start - plan[0].length;
  for (let j = i - 1; j >= 0; j--) {
    const g = sorted[j]!;
    if (g.end > at) {
      if (g.kind === 'Place') continue; // "Quito" inside the plan's words
      return undefined;
    }
    return (g.kind === 'Framework' || g.kind === 'Document') && MARK_OR_NOTHING_GAP_RE.test(text.slice(g.end, at)) ? g : undefined;
  }
  return undefined;
}

/**
 * The one initiative joined by "and" to `target` right before it: "eTrade for All and the e-trade readiness assessments tool".
 * Only a pair: a comma or another initiative listed before it makes a longer list, whose last item alone the participle may be
 * said of.
 */
function initiativePairedBefore(text: string, sorted: EntityMention[], target: EntityMention): EntityMention | undefined {
  const i = sorted.indexOf(target);
  let j = i - 1;
  while (j >= 0 && sorted[j]!.end > target.start) j--;
  const pair = j >= 0 ? sorted[j] : undefined;
  if (pair?.kind !== 'Initiative' || !AND_GAP_RE.test(text.slice(pair.end, target.start))) return undefined;
  let k = j - 1;
  while (k >= 0 && sorted[k]!.end > pair.start) k--;
  const before = k >= 0 ? sorted[k] : undefined;
  return before !== undefined && FRAMEWORK_LIST_GAP_RE.test(text.slice(before.end, pair.start)) ? undefined : pair;
}

/** The framework or document mention before sorted[i] (mentions inside its name skipped) when `gap` joins the two. */
function previousListed(text: string, sorted: EntityMention[], i: number, gap: RegExp): EntityMention | undefined {
  const next = sorted[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const g = sorted[j]!;
    if (g.end > next.start) continue; // a mention inside the next one's name
    return (g.kind === 'Framework' || g.kind === 'Document') && gap.test(text.slice(g.end, next.start)) ? g : undefined;
  }
  return undefined;
}
/** "A, B", "A and B", "A,1 and the B", "A,2 the B" (a footnote mark may stand after A, before or after its comma) */
const FRAMEWORK_LIST_GAP_RE = /^\s*,?\s*(?:\d{1,3}\s*)?(?:,\s*(?:and\s+)?|and\s+|(?<=[,\d]\s*))(?:the\s+)?$/;
/** "A and the B", "A1 and B" (no comma: a comma before "and" closes a longer list); "A,4 as well as the B" (A/RES/80/157 PP5,
 *  78/168: the Rome Declaration on Nutrition and the Framework for Action, adopted together) */
const AND_GAP_RE = /^\s*(?:\d{1,3}\s*)?(?:and|,?\s*(?:\d{1,3}\s*)?as\s+well\s+as)\s+(?:the\s+)?$/;

/**
 * Step 6 of findAttributions: the places of the World Summit on the Information Society, one event held in two (summitPhases.ts):
 * "the Geneva and Tunis phases of the World Summit" (HELD_IN each city); "the first phase of the World Summit on the Information
 * Society, held in Geneva from 10 to 12 December 2003" (A/RES/78/202 OP20) and "adopted by the World Summit ... at its first
 * phase, held in Geneva ..." (A/RES/79/277 PP1): where and when it was held. ("the summits held in Geneva and Tunis",
 * a mention of the Summit, has its venues from the reading of "held in" after any event.)
 */
function phaseAttributions(text: string, sorted: EntityMention[], words: TextWords, push: Push): void {
  WSIS_PHASE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WSIS_PHASE_RE.exec(text))) {
    const end = m.index + m[0].length;
    if (m[3] !== undefined) phaseVenueAndDates(text, sorted, m.index, end, push);
    else for (const city of cityPlaces(sorted, m.index, end)) push('HELD_IN', WSIS_KEY, city.key, city.start, city.end);
  }
  // "adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003"
  WSIS_AT_PHASE_RE.lastIndex = 0;
  const atPhase = hasWord(words, ITS_FIRST_PHASE) || hasWord(words, ITS_SECOND_PHASE);
  while (atPhase && (m = WSIS_AT_PHASE_RE.exec(text))) {
    const at = m.index;
    // (the phase of the Summit named last before it, in the same sentence part: "adopted by the Summit at its second phase")
    let summit: EntityMention | undefined;
    for (const x of sorted) if (x.kind === 'Event' && x.end <= at) summit = x;
    if (summit?.key !== WSIS_KEY || !SUMMIT_TO_PHASE_GAP_RE.test(text.slice(summit.end, at))) continue;
    phaseVenueAndDates(text, sorted, at, at + m[0].length, push);
  }
}

/** "the World Summit on the Information Society (Geneva 2003, Tunis 2005)", "..., held in Geneva in 2003 and in Tunis in 2005":
 *  the Summit was held in both cities, starting in each year printed. */
function summitVenuesAfter(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const summit = sorted[i]!;
    // (a space or a comma right after the name, before the pattern is tried)
    if (summit.key !== WSIS_KEY) continue;
    const next = text.charCodeAt(summit.end);
    if (next !== 32 /* space */ && next !== 44 /* , */) continue;
    WSIS_VENUES_AFTER_RE.lastIndex = summit.end;
    const m = WSIS_VENUES_AFTER_RE.exec(text);
    if (!m) continue;
    const end = summit.end + m[0].length;
    for (const city of cityPlaces(sorted, summit.end, end)) push('HELD_IN', WSIS_KEY, city.key, summit.start, city.end);
    for (const year of [m[2]!, m[4]!]) {
      const at = text.indexOf(year, summit.end);
      push('STARTS_ON', WSIS_KEY, dateKey(year), at, at + 4);
    }
  }
}

/** The place mentions from `start` to `end` (the cities that name the Summit's phases). */
function cityPlaces(sorted: EntityMention[], start: number, end: number): EntityMention[] {
  return sorted.filter((x) => x.kind === 'Place' && x.start >= start && x.end <= end);
}

const SO_THAT = ' so that ';
/** right before a venue printed before its sitting ("the convening at Madrid of the Peace Conference"): "convening at ", "holding in " */
const CONVENING_AT_BEFORE_RE = /\b(?:convening|holding)\s+(?:at|in)\s+$/;
/** from that place to the sitting that adopted the text there: " by the ", " at the " */
const PLACE_TO_ADOPTING_SITTING_GAP_RE = /^\s+(?:by|at)\s+(?:the\s+)?$/;
/**
 * Whether `place` is printed between "adopted in" and the sitting that adopted a text there: "the New Urban Agenda adopted in
 * Quito by the United Nations Conference on Housing and Sustainable Urban Development (Habitat III)" (A/RES/80/150 PP4, 78/169,
 * 78/233, 79/218): the later sitting's venue, not that of a sitting named earlier in the list.
 */
function adoptedInPlaceBySitting(text: string, place: EntityMention, sitting: EntityMention | undefined): boolean {
  return (
    sitting?.kind === 'Event' &&
    sitting.start - place.end <= 9 &&
    PLACE_TO_ADOPTING_SITTING_GAP_RE.test(text.slice(place.end, sitting.start)) &&
    ADOPTED_IN_BEFORE_RE.test(text.slice(Math.max(0, place.start - 12), place.start))
  );
}
/** between that venue and the day printed after it: " on " */
const VENUE_ON_DAY_GAP_RE = /^\s+on\s+$/;
/** ", during the " / ", at the " between a venue and the sitting named after it (PLACE_BEFORE_SITTING) */
const DURING_THE_GAP_RE = /^,\s+(?:during|at)\s+the\s+$/;
/** Between the venue of a sitting the text decides to convene (after CONVENE_IN_BEFORE_RE) and the sitting: ", on a date to be decided later, a " and the adjectives before its name. */
const CONVENED_VENUE_THEN_SITTING_GAP_RE = /^,(?:\s+on\s+a\s+date\s+to\s+be\s+(?:decided|determined)(?:\s+later)?,)?\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}$/;
/** "in " right before the venue (and ", " between a city and its country) */
const IN_BEFORE_RE = /\bin\s+$/;
const CITY_COUNTRY_GAP_RE = /^,\s+$/;

const ALL_HELD_IN = 'all held in ';
/** Step 3c: the venue after "all held in" is every listed event's before it in the same sentence part (no ";" between). */
function allHeldInAttributions(text: string, sorted: EntityMention[], out: readonly Attribution[], push: Push): void {
  for (let at = text.indexOf(ALL_HELD_IN); at >= 0; at = text.indexOf(ALL_HELD_IN, at + 1)) {
    const placeAt = at + ALL_HELD_IN.length;
    const p = sorted.find((x) => x.kind === 'Place' && x.start >= placeAt && x.start <= placeAt + 4);
    if (p === undefined) continue;
    const from = text.lastIndexOf(';', at) + 1;
    for (const ev of sorted) {
      if (ev.kind !== 'Event' || ev.start < from || ev.end > at) continue;
      if (out.some((a) => a.type === 'HELD_IN' && a.source === ev.key)) continue;
      push('HELD_IN', ev.key, p.key, at + 4, p.end);
    }
  }
}

const AND_THAT = ' and that ';
/** Between a sitting and the next one's name: its own "will be held <days>", then "and that the" (no venue of its own). */
const HELD_DAYS_AND_THAT_GAP_RE = /^\s+(?:will|shall)\s+be\s+held\s+(?:from\s+)?[^,;:()]{3,60}?\s+and\s+that\s+(?:the\s+)?$/;
/** Between the last sitting and the venue: its own "will be held <days>", then the comma that closes every clause, and "in". */
const HELD_DAYS_THEN_VENUE_GAP_RE = /^\s+(?:will|shall)\s+be\s+held\s+(?:from\s+)?[^,;:()]{3,60}?,\s+in\s+$/;
/**
 * Step 3c'': "Noting that the Games of the XXXIII Olympiad will be held from 26 July to 11 August 2024 and that the XVII
 * Paralympic Games will be held from 28 August to 8 September 2024, in Paris" (A/RES/78/10 PP11): the venue printed after a
 * comma past the last clause's days closes every "that ... will be held <days>" clause before it, whose sitting has no venue
 * of its own.
 */
function sharedClosingVenueAttributions(text: string, sorted: EntityMention[], out: readonly Attribution[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const last = sorted[i]!;
    if (last.kind !== 'Event') continue;
    const p = sorted.find((x) => x.start >= last.end && x.kind !== 'Date');
    if (p?.kind !== 'Place' || p.start - last.end > 90 || !HELD_DAYS_THEN_VENUE_GAP_RE.test(text.slice(last.end, p.start))) continue;
    let next = last;
    for (let k = i - 1; k >= 0; k--) {
      const ev = sorted[k]!;
      if (ev.kind === 'Date') continue;
      if (ev.kind !== 'Event' || !HELD_DAYS_AND_THAT_GAP_RE.test(text.slice(ev.end, next.start))) break;
      if (!out.some((a) => a.type === 'HELD_IN' && a.source === ev.key)) push('HELD_IN', ev.key, p.key, p.start - 3, p.end);
      next = ev;
    }
  }
}

const UNTIL_THE = ' until the ';
/** between the sitting that opens a period and the one that closes it: "... until the seventh day following the end of the " */
const UNTIL_END_OF_GAP_RE = /^\s+until\s+the\s+[a-z\s-]{0,40}?(?:end|close)\s+of\s+(?:the\s+)?$/;
/** between the closing sitting and its venue: ", to be held in " */
const TO_BE_HELD_IN_GAP_RE = /^,\s+(?:to\s+be|which\s+will\s+be)\s+held\s+in\s+$/;
/**
 * Step 3c''-period: "throughout the period from the seventh day before the start of the XXV Olympic Winter Games until the seventh
 * day following the end of the XIV Paralympic Winter Games, to be held in Milano-Cortina in 2026" (A/RES/80/8 OP1; 78/10 OP1, "...
 * the Games of the XXXIII Olympiad until ... the end of the XVII Paralympic Games, to be held in Paris in 2024"): the two sittings
 * that bound one period are the Games held there, the venue after the second closes both, as the one after two "will be held"
 * clauses does (step 3c''). Only a sitting with no venue of its own.
 */
function periodEndsVenueAttributions(text: string, sorted: EntityMention[], out: readonly Attribution[], push: Push): void {
  for (let i = 1; i < sorted.length; i++) {
    const last = sorted[i]!;
    if (last.kind !== 'Event') continue;
    const p = sorted.find((x) => x.start >= last.end && x.kind !== 'Date');
    if (p?.kind !== 'Place' || p.start - last.end > 24 || !TO_BE_HELD_IN_GAP_RE.test(text.slice(last.end, p.start))) continue;
    const first = sorted[i - 1]!;
    if (first.kind !== 'Event' || first.start >= last.start || !UNTIL_END_OF_GAP_RE.test(text.slice(first.end, last.start))) continue;
    if (!out.some((a) => a.type === 'HELD_IN' && a.source === first.key)) push('HELD_IN', first.key, p.key, p.start - 3, p.end);
  }
}

const COMMA_BOTH = ', both ';
/** right before the second sitting's name: the first is joined to it ("..., as well as the special session") */
const SITTING_JOINED_TO_NEXT_RE = /\b(?:and|as\s+well\s+as)\s+(?:the\s+)?$/;
/** what a participle after ", both" gives the second sitting and the first shares */
const BOTH_SHARED_TYPES: ReadonlySet<AttributionType> = new Set(['HOSTS', 'HELD_IN', 'ORGANIZES']);
/**
 * Step 3c''': "the 2024 plenary meeting of the Kimberley Process, held from 12 to 15 November 2024, as well as the special session,
 * held on 17 May 2024, both hosted by the United Arab Emirates in Dubai" (A/RES/79/275 OP6): what the participle after ", both"
 * gives the sitting named last (its host, venue, organizer) it gives the sitting joined before it too.
 */
function bothSittingsAttributions(text: string, sorted: EntityMention[], out: readonly Attribution[], push: Push): void {
  for (let at = text.indexOf(COMMA_BOTH); at >= 0; at = text.indexOf(COMMA_BOTH, at + 1)) {
    // the sitting named last before the words (its days may stand between)
    let k = firstMentionAtOrAfter(sorted, at) - 1;
    while (k >= 0 && sorted[k]!.kind === 'Date') k--;
    const second = sorted[k];
    if (second?.kind !== 'Event' || second.end > at) continue;
    let first: EntityMention | undefined;
    for (let j = k - 1; j >= 0 && first === undefined; j--) if (sorted[j]!.kind === 'Event' && sorted[j]!.end <= second.start) first = sorted[j];
    if (first === undefined || !SITTING_JOINED_TO_NEXT_RE.test(text.slice(Math.max(0, second.start - 16), second.start))) continue;
    if (text.slice(first.end, second.start).includes(';')) continue;
    for (const a of out.slice()) {
      if (a.start < at || !BOTH_SHARED_TYPES.has(a.type)) continue;
      if (a.target === second.key) push(a.type, a.source, first.key, a.start, a.end);
      else if (a.source === second.key) push(a.type, first.key, a.target, a.start, a.end);
    }
  }
}

const ALTERNATING_BETWEEN = 'alternating between ';
/** right after "alternating between ": the gap between the two venues */
const ALTERNATE_VENUES_GAP_RE = /^,?\s+and\s+$/;
/**
 * Step 3c': "Decides to convene the Dialogue annually ..., alternating between Geneva and New York" (A/RES/79/325 OP5): the
 * sitting convened, the nearest Event before the words in the same sentence part, is HELD_IN both venues.
 */
function alternatingVenueAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let at = text.indexOf(ALTERNATING_BETWEEN); at >= 0; at = text.indexOf(ALTERNATING_BETWEEN, at + 1)) {
    const placeAt = at + ALTERNATING_BETWEEN.length;
    const first = sorted.find((x) => x.kind === 'Place' && x.start === placeAt);
    const second = first && sorted.find((x) => x.kind === 'Place' && x.start > first.end && ALTERNATE_VENUES_GAP_RE.test(text.slice(first.end, x.start)));
    if (first === undefined || second === undefined) continue;
    const from = text.lastIndexOf(';', at) + 1;
    let ev: EntityMention | undefined;
    for (const x of sorted) if (x.kind === 'Event' && x.start >= from && x.end <= at) ev = x;
    if (ev === undefined) continue;
    push('HELD_IN', ev.key, first.key, at, first.end);
    push('HELD_IN', ev.key, second.key, at, second.end);
  }
}

const OF_THE_GENERAL_ASSEMBLY = ' of the General Assembly';
/** "the overall review by the General Assembly, in 2025, of the progress made since ..." (A/RES/78/265 OP12): the Assembly's sitting */
const REVIEW_BY_THE_GENERAL_ASSEMBLY = 'review by the General Assembly';
const GENERAL_ASSEMBLY_KEY = nodeKey('Organization', 'General Assembly');
const MEETING_OF_THE_ASSEMBLY = 'meeting of the Assembly ';
const OF_THE_ECONOMIC_AND_SOCIAL_COUNCIL = ' of the Economic and Social Council ';
const ECONOMIC_AND_SOCIAL_COUNCIL_KEY = nodeKey('Organization', 'Economic and Social Council');
/**
 * "high-level plenary meeting of the General Assembly" printed in a sitting's phrase whose name leaves the Assembly out; so the
 * Council: "a high-level special meeting of the Economic and Social Council with credit rating agencies" (A/RES/80/129 OP9),
 * printed for the sitting keyed "special high-level meeting on credit ratings".
 */
function printedAssemblyOwner(ev: EntityMention): string | undefined {
  if (ev.name.includes(OF_THE_GENERAL_ASSEMBLY)) return undefined;
  if (ev.phrase.includes(OF_THE_ECONOMIC_AND_SOCIAL_COUNCIL) && !ev.name.includes(OF_THE_ECONOMIC_AND_SOCIAL_COUNCIL)) return ECONOMIC_AND_SOCIAL_COUNCIL_KEY;
  const at = ev.phrase.indexOf(OF_THE_GENERAL_ASSEMBLY);
  // ("the high-level meeting of the Assembly on the realization of ...", A/RES/79/149 OP39: a known meeting printed with the
  // Assembly's short name, the General Assembly's as "meeting of the Assembly on HIV and AIDS" is)
  if (at < 0 && ev.phrase.includes(MEETING_OF_THE_ASSEMBLY)) return GENERAL_ASSEMBLY_KEY;
  if (at < 0) return ev.phrase.includes(REVIEW_BY_THE_GENERAL_ASSEMBLY) ? GENERAL_ASSEMBLY_KEY : undefined;
  return ownerOrgKey(ev.phrase.slice(0, at + OF_THE_GENERAL_ASSEMBLY.length));
}
/** what a sitting named after an anniversary it marks holds after its ordinal (entityScan anniversarySittingsListed) */
const ANNIVERSARY_OF_WORDS = ' anniversary of ';
/** how far the list's later sittings (their ordinals) stand from the first (its nouns) */
const ANNIVERSARY_LIST_REACH = 120;
/**
 * "the high-level meetings of the General Assembly to commemorate the tenth and twentieth anniversaries of the adoption of the
 * Durban Declaration and Programme of Action" (A/RES/78/201 PP7, 80/205 PP7, 79/166 PP6): one sitting per ordinal, the first
 * printed as the nouns, the others as their ordinals (entityScan anniversarySittingsListed); the Assembly printed once after the
 * nouns holds each, as "the high-level meeting of the General Assembly to commemorate the twentieth anniversary ..." does
 * (printedAssemblyOwner).
 */
function listedAnniversarySittingOwner(text: string, sorted: readonly EntityMention[], i: number): string | undefined {
  const ev = sorted[i]!;
  const at = ev.name.indexOf(ANNIVERSARY_OF_WORDS);
  if (at < 0 || ev.attrs.eventKind !== 'meeting') return undefined;
  const tail = ev.name.slice(at);
  // the first of the list: its nouns ("meetings", "events"), then the Assembly
  if (ev.phrase.endsWith('s') && text.startsWith(OF_THE_GENERAL_ASSEMBLY, ev.end)) return GENERAL_ASSEMBLY_KEY;
  for (let j = i - 1; j >= 0; j--) {
    const first = sorted[j]!;
    if (ev.start - first.end > ANNIVERSARY_LIST_REACH) return undefined;
    if (first.kind !== 'Event' || first.name === ev.name || !first.name.endsWith(tail)) continue;
    return first.phrase.endsWith('s') && text.startsWith(OF_THE_GENERAL_ASSEMBLY, first.end) ? GENERAL_ASSEMBLY_KEY : undefined;
  }
  return undefined;
}
/** right before a venue's "in": ", and in 2034 " (another edition's year) */
const AND_IN_YEAR_BEFORE_RE = /\band\s+in\s+(?:19|20)\d\d\s+$/;
/**
 * A session named by the year it is held in: "the report of the Disarmament Commission on its 1993 session" (A/RES/80/42 OP3),
 * "the 2024 session of the Conference on Disarmament", "the 2025 substantive session of the Disarmament Commission". Not the
 * Economic and Social Council's: its "2024 session" is the cycle that opens in July 2023. So is an edition named by its year:
 * "the 2010 Pacific regional seminar held in Nouméa" (A/RES/80/94 PP18), "the 2021 Climate Adaptation Summit".
 */
const YEAR_NAMED_SESSION_RE = /^((?:19|20)\d\d) (?:(?:[a-z]+ )?session of the (?!Economic and Social Council\b)|(?=[A-Z]))/;
/** (an edition's year printed at the mention itself, not a name carried back to "the seminar", "the Conference") */
function yearNamedDate(text: string, ev: EntityMention): string | undefined {
  const m = YEAR_NAMED_SESSION_RE.exec(ev.name);
  if (!m) return undefined;
  const year = m[1]!;
  if (m[0].length === 5 && (!text.startsWith(year, ev.start) || editionPostponedFrom(ev.key, year))) return undefined;
  return year;
}
/**
 * "the 2023 high-level debate of the General Assembly on the theme ..." (A/RES/78/225 OP4): the year printed right before a
 * sitting the gazetteer does not date, whose name leaves the year out, is the year it sat in (an observance's is not).
 */
function sittingYearPrintedBefore(text: string, ev: EntityMention): string | undefined {
  if (isObservance(ev)) return undefined;
  const year = yearPrintedBefore(text, ev.start);
  // (the article before the year: not the last of a list of years, "the 2020, 2021 and 2022 Sustainable Development Goals
  // Moments", A/RES/78/165 PP12, which names a series, not one sitting)
  if (year === undefined || !THE_BEFORE_YEAR_RE.test(text.slice(Math.max(0, ev.start - 10), ev.start - 5))) return undefined;
  return editionPostponedFrom(ev.key, year) ? undefined : year;
}
/** the article right before a year printed before a name */
const THE_BEFORE_YEAR_RE = /(?:^|\s)[Tt]he $/;
/** a year printed right before a name: "the 2005 World Summit", "the 2026 United Nations Water Conference to Accelerate ..." */
const PRINTED_YEAR_BEFORE_NAME_RE = /^((?:19|20)\d\d) (?=[A-Z])/;
/** an edition's mention that is its year alone: "2017" of "the 2017 and 2022 United Nations Conferences to Support ..." */
const YEAR_ALONE_RE = /^(?:19|20)\d\d$/;
/**
 * An edition whose days the gazetteer knows, named by its year with no date printed: "the development outcome of the 2005 World
 * Summit" (A/RES/78/138 PP2), "looking forward to the 2026 United Nations Water Conference to Accelerate ..." (A/RES/80/139 PP23,
 * 78/206, 78/321), "the 2025 Stocktaking Moment of the United Nations Food Systems Summit" (78/168 OP4), "the 2017 and 2022 United
 * Nations Conferences to Support the Implementation of Sustainable Development Goal 14" (78/232 PP10: each): dated by the year the
 * text gives (the gazetteer's day is not printed), as an edition the gazetteer does not know is (yearNamedDate). Only the year
 * the edition opened in: a name that keeps the year it was planned for is not dated by it (editionPostponedFrom).
 */
function printedEditionYear(text: string, sorted: readonly EntityMention[], i: number, start: string): string | undefined {
  const ev = sorted[i]!;
  const printed = ev.end - ev.start === 4 ? text.slice(ev.start, ev.end) : undefined;
  const year =
    printed !== undefined && YEAR_ALONE_RE.test(printed)
      ? printed
      : (PRINTED_YEAR_BEFORE_NAME_RE.exec(text.slice(ev.start, ev.start + 6))?.[1] ??
        yearBeforeOwner(text, sorted, i) ??
        yearPrintedBefore(text, ev.start) ??
        UN_YEAR_IN_NAME_RE.exec(text.slice(ev.start, ev.start + 20))?.[1] ??
        yearBeforeUnitedNations(text, ev.start));
  if (year === undefined || !start.startsWith(year) || editionPostponedFrom(ev.key, year)) return undefined;
  return year;
}
/** the edition's year printed inside its name after the Organization's: "the UN 2023 Water Conference" (A/RES/78/1 annex 38 (f)) */
const UN_YEAR_IN_NAME_RE = /^(?:UN|United Nations) ((?:19|20)\d\d) (?=[A-Z])/;
/** the edition's year and the Organization's name printed before a name the gazetteer keeps without them (yearBeforeUnitedNations) */
const YEAR_THEN_UNITED_NATIONS_BEFORE_RE = /(?:^|\s)((?:19|20)\d\d) United Nations $/;
/**
 * "the 2022 United Nations Transforming Education Summit" (A/RES/78/1 annex 38 (d)): the edition's year printed before "United
 * Nations", which the mention (the gazetteer's "Transforming Education Summit") leaves out.
 */
function yearBeforeUnitedNations(text: string, start: number): string | undefined {
  return start < 20 ? undefined : YEAR_THEN_UNITED_NATIONS_BEFORE_RE.exec(text.slice(start - 21, start))?.[1];
}
/**
 * "the 2024 Economic and Social Council forum on financing for development follow-up" (A/RES/78/139 OP15; 78/141 PP17 and
 * OP29, 79/199, ...): the edition's year printed before the body that holds it, named right before the edition.
 */
function yearBeforeOwner(text: string, sorted: readonly EntityMention[], i: number): string | undefined {
  const owner = i > 0 ? sorted[i - 1]! : undefined;
  if (owner?.kind !== 'Organization' || owner.end + 1 !== sorted[i]!.start || owner.start < 5 || text.charCodeAt(owner.start - 1) !== 32 /* space */) return undefined;
  const year = text.slice(owner.start - 5, owner.start - 1);
  return YEAR_ALONE_RE.test(year) && (owner.start === 5 || text.charCodeAt(owner.start - 6) === 32) ? year : undefined;
}
/**
 * "the 2023 high-level political forum on sustainable development" (A/RES/78/174 PP6, 79/146 PP9, 80/178 PP7), "the 2023
 * special meeting of the Economic and Social Council on international cooperation in tax matters" (A/RES/78/230 PP19): the
 * edition's year printed right before a name the mention starts at (a lowercase one, which the year does not open).
 */
function yearPrintedBefore(text: string, start: number): string | undefined {
  if (start < 5 || text.charCodeAt(start - 1) !== 32 /* space */) return undefined;
  const year = text.slice(start - 5, start - 1);
  return YEAR_ALONE_RE.test(year) && (start === 5 || text.charCodeAt(start - 6) === 32) ? year : undefined;
}
/**
 * Where the STARTS_ON phrase of an edition dated by its year starts: at the year printed right before the name ("the 2023
 * high-level political forum") or before its owner ("the 2024 Economic and Social Council forum on financing for development
 * follow-up", A/RES/78/139 OP15), which then is a date the paragraph mentions; else at the name.
 */
function editionYearStart(text: string, sorted: readonly EntityMention[], i: number, year: string): number {
  const ev = sorted[i]!;
  if (yearPrintedBefore(text, ev.start) === year) return ev.start - 5;
  if (yearBeforeOwner(text, sorted, i) === year) return sorted[i - 1]!.start - 5;
  if (yearBeforeUnitedNations(text, ev.start) === year) return text.lastIndexOf(year, ev.start);
  return ev.start;
}
/** a relative clause after a sitting's name and its venue, dates and theme, saying what it adopted */
const THAT_ADOPTED_THE = ', that adopted the ';
const WHICH_ADOPTED_THE = ', which adopted the ';
/**
 * "Notes with appreciation the ninth United Nations Alliance of Civilizations Global Forum, held in Fez, Kingdom of Morocco, on 22
 * and 23 November 2022 under the theme “...”, that adopted the Fez Declaration" (A/RES/78/129 OP13, 79/316): the sitting the
 * relative clause follows (past its venue and dates) adopted the framework named right after it. Only a sitting: a body or
 * resolution before it is read by other steps, and anything else may be what the clause is said of.
 */
function sittingThatAdoptedAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (const phrase of [THAT_ADOPTED_THE, WHICH_ADOPTED_THE]) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      const after = at + phrase.length;
      const f = sorted.find((x) => x.start === after);
      if (f?.kind !== 'Framework') continue;
      let sitting: EntityMention | undefined;
      for (let k = sorted.length - 1; k >= 0; k--) {
        const x = sorted[k]!;
        if (x.end > at || x.kind === 'Place' || x.kind === 'Date') continue;
        sitting = x;
        break;
      }
      if (sitting?.kind !== 'Event' || !sameClause(text, sitting.end, at)) continue;
      push('ADOPTED', sitting.key, f.key, sitting.start, f.end);
    }
  }
}

/** the words between a part's ordinal and its sitting's name ("second part of the Fifth ...") */
const PART_OF_THE_WORDS = ' part of the ';
/** The part of `sitting` printed right before its name ("the second part of the <sitting>"), as entityScan keys one. */
function sittingPartNamedBefore(text: string, before: EntityMention, sitting: EntityMention): EntityMention | undefined {
  if (before.kind !== 'Event' || sitting.start - before.end !== 8 || !text.startsWith(' of the ', before.end)) return undefined;
  const at = before.key.indexOf(PART_OF_THE_WORDS);
  return at > 0 && before.key.length - at - PART_OF_THE_WORDS.length === sitting.name.length && before.key.endsWith(sitting.name) ? before : undefined;
}
/** between a venue and the city it stands in: " in " */
const IN_GAP_RE = /^\s+in\s+$/;
/** between a country and its town: ", in " (a character test first: only a comma right after the country) */
const COMMA_IN_GAP_RE = /^,\s+in\s+$/;
/** between two towns: " and ", " and in " */
const AND_IN_GAP_RE = /^\s+and\s+(?:in\s+)?$/;
/** Place p is a country and q, printed right after it as ", in <q>", one of its towns (the gazetteer's country of each). */
function countryThenItsTown(text: string, p: EntityMention, q: EntityMention): boolean {
  return q.kind === 'Place' && text.charCodeAt(p.end) === 44 /* , */ && p.attrs.country === p.name && q.attrs.country === p.name && q.name !== p.name && COMMA_IN_GAP_RE.test(text.slice(p.end, q.start));
}
/** the venue most Assembly sittings are held at (gazetteer/places.ts) */
const UN_HEADQUARTERS_KEY = 'Place:United Nations Headquarters';
/** the United Nations' building in Geneva, named before the city as a sitting's venue */
const AT_PALAIS_DES_NATIONS = ' at the Palais des Nations, ';
/** the kinds of event that are observances (a day, year or decade proclaimed), not sittings of a body */
const OBSERVANCE_KINDS = new Set(['day', 'year', 'decade']);
export function isObservance(ev: EntityMention): boolean {
  const kind = ev.attrs.eventKind;
  return typeof kind === 'string' && OBSERVANCE_KINDS.has(kind);
}
/** before a sitting's name (or its short name in brackets after it): "the report on the ", "the report of the " */
const REPORT_ON_BEFORE_RE = /\breports?\s+(?:on|of)\s+the\s+[^,;()]*(?:\((?:the\s+)?)?$/;
/** between a sitting (its short name in brackets may follow, or it is that short name) and a day: ", adopted at <place> on " */
const ADOPTED_AT_ON_GAP_RE = /^\s*(?:\([^()]{1,80}\)|\))?,\s+adopted\s+(?:at|in)\s+[A-Z][^,;:()]{1,60}?,?\s+on\s+$/;
/**
 * "in the report on the Third Special Session of the Conference of the States Parties to Review the Operation of the Chemical
 * Weapons Convention (the Third Review Conference), adopted at The Hague on 19 April 2013" (A/RES/78/146 PP18): a sitting is not
 * adopted; what was (its report, printed before it) was adopted that day, the sitting's last (it sat from 8 to 19 April): no
 * STARTS_ON from that day. The venue is still the sitting's. So with a text whose name holds the sitting: "the Final Document of
 * the Eighteenth Summit ..., adopted in Baku on 26 October 2019" (A/RES/78/115 PP32, 79/129, 80/171): the Document's ADOPTED_ON
 * (the Summit sat on 25 and 26 October; its days come from where they are printed as its own, "held in Baku on 25 and 26 October").
 */
function reportAdoptedOnDay(text: string, sorted: readonly EntityMention[], i: number, dayStart: number): boolean {
  const ev = sorted[i]!;
  return (
    dayStart > ev.end &&
    dayStart - ev.end <= 160 &&
    ADOPTED_AT_ON_GAP_RE.test(text.slice(ev.end, dayStart)) &&
    (REPORT_ON_BEFORE_RE.test(text.slice(Math.max(0, ev.start - 300), ev.start)) || textNamingSitting(text, sorted, i) !== undefined)
  );
}
/** between the framework adopted and the sitting that adopted it: "7 at the " (the framework's note mark first) */
const MARK_AT_THE_GAP_RE = /^(?:\d{1,3})?\s+at\s+the\s+$/;
/**
 * "Recalls the adoption of the New York Declaration for Refugees and Migrants7 at the high-level plenary meeting of the General
 * Assembly on addressing large movements of refugees and migrants, on 19 September 2016" (A/RES/78/184 OP16, 79/156, 80/187): the
 * day set off after the sitting dates the adoption (the framework's ADOPTED_ON, adoptedOnAttributions), not the sitting's opening
 * (session 54, as reportAdoptedOnDay). "held at ... on" still dates the sitting.
 */
function adoptionAtSittingDay(text: string, sorted: readonly EntityMention[], i: number, dayStart: number): boolean {
  const ev = sorted[i]!;
  if (dayStart <= ev.end || !ADOPTION_ON_GAP_RE.test(text.slice(ev.end, dayStart))) return false;
  let k = i - 1;
  while (k >= 0 && sorted[k]!.end > ev.start) k--;
  const f = k >= 0 ? sorted[k]! : undefined;
  return f?.kind === 'Framework' && ev.start - f.end <= 12 && MARK_AT_THE_GAP_RE.test(text.slice(f.end, ev.start)) && ADOPTION_OF_RE.test(text.slice(Math.max(0, f.start - 30), f.start));
}
/** Whether the day at `dayStart` is an adoption's printed in a verb clause after the sitting's (CLAUSE_VERB_BETWEEN_RE). */
function adoptionDayOfLaterClause(text: string, ev: EntityMention, dayStart: number): boolean {
  if (dayStart <= ev.end) return false;
  const gap = text.slice(ev.end, dayStart);
  return CLAUSE_VERB_BETWEEN_RE.test(gap) && ADOPTION_BEFORE_DAY_RE.test(gap);
}
/** the head of a United Nations office named by the city it stands in ("United Nations Office at Geneva") */
const UN_OFFICE_AT = 'United Nations Office at ';
/**
 * A United Nations office named by its city, printed where a sitting's venue is: the city, as a place mention spanning the
 * office's name ("the sixteenth general cooperation meeting ..., held at the United Nations Office at Geneva from 17 to 19 July
 * 2024", A/RES/79/12 PP8: HELD_IN Geneva, as "at United Nations Headquarters in New York" is HELD_IN New York); undefined for
 * any other mention, or a city the gazetteer does not know as a place.
 */
function officeCityOf(m: EntityMention): EntityMention | undefined {
  if (m.kind !== 'Organization' || !m.name.startsWith(UN_OFFICE_AT)) return undefined;
  const city = lookupName(m.name.slice(UN_OFFICE_AT.length));
  if (city?.kind !== 'Place') return undefined;
  return { ...m, kind: 'Place', key: nodeKey('Place', city.name), name: city.name, attrs: {} };
}

/** right before a series a sitting is held beside: ", on the sidelines of the ", " on the margins of " */
const BESIDE_SERIES_BEFORE_RE = /\bon\s+the\s+(?:margins|sidelines)\s+of\s+(?:the\s+)?$/;
/**
 * "the high-level ministerial meeting ..., held on 12 October 2023, on the sidelines of the World Bank-International Monetary Fund
 * Annual Meetings in Morocco" (A/RES/79/263 OP27, 78/262): a series the sitting is held beside ends no window of the sitting; the
 * venue after it is the sitting's (a series takes none of its own)
 */
function besideSeries(text: string, ev: EntityMention, x: EntityMention): boolean {
  return x.start - ev.end < 120 && BESIDE_SERIES_BEFORE_RE.test(text.slice(ev.end, x.start)) && entryByName('Event', x.name)?.attrs?.series === true;
}

/** after a sitting's days or venue, another one offered instead ("... 29 May 2026 or from 27 April ...", "... in New York or at the ...") */
const OR_OTHER_DAYS_AFTER_RE = /^,?\s+or\s+(?:from|on|between)\s/;
const OR_OTHER_VENUE_AFTER_RE = /^,?\s+or\s+(?:at|in)\s/;
/** Step 3 of findAttributions, for the event sorted[i]: venue (HELD_IN), dates (STARTS_ON/ENDS_ON), sessions of bodies (SESSION_OF), editions (PART_OF). */
function eventAttributions(text: string, sorted: EntityMention[], i: number, pushAny: Push): void {
  const ev = sorted[i]!;
  // (whether the words printed dated the sitting: a year-named session with no date printed is dated by its year)
  let dated = false;
  const push: Push = (type, source, target, start, end) => {
    if (type === 'STARTS_ON' && source === ev.key) dated = true;
    pushAny(type, source, target, start, end);
  };
  const detail = eventDetail(ev);
  // "(the Fourth Review Conference)" right after the name is another name of it, not the next event
  // (a name inside the event's quoted title is no next event: "..., entitled “World Summit for Social Development and beyond ...”")
  const nextEvent = sorted
    .slice(i + 1)
    .find((x) => x.kind === 'Event' && x.start >= ev.end && x.key !== ev.key && !/^\s*\((?:the\s+)?$/.test(text.slice(ev.end, x.start)) && !(x.start - ev.end < 320 && titledSittingStart(text, sorted, x.start, x.end, x.name) === ev.start) && !periodAsTopic(text, ev.end, x) && !besideSeries(text, ev, x));
  const limit = Math.min(text.length, ev.end + EVENT_WINDOW, nextEvent ? nextEvent.start : Infinity);
  // a name inside a quoted title has no venue of its own: the one after the title is the titled sitting's
  const titled = titledSittingStart(text, sorted, ev.start, ev.end, ev.name) >= 0;
  // a list that pairs a venue with each of its sittings ("..., in Libreville from ..., in Yaoundé from ...", A/RES/78/235
  // PP7): the one paired with this sitting
  // ("the latest regional conferences hosted by the Philippines on ... and by Sierra Leone on 17 and 18 April 2024", A/RES/79/62
  // PP10: the second sitting, which spans its days, is hosted by the one printed before them)
  const hostAt = detail?.hostAt;
  if (hostAt !== undefined) {
    let host = sorted.find((x) => (x.kind === 'Place' || x.kind === 'Organization') && x.start === hostAt);
    // (and the co-hosts printed with it: "hosted by Jordan and Sweden", A/RES/78/73 PP21)
    while (host) {
      // (the phrase from the one printed first to the other's end: a host before the days, or after the sitting's noun)
      if (host.start < ev.end) push('HOSTS', host.key, ev.key, host.start, ev.end);
      else push('HOSTS', host.key, ev.key, ev.start, host.end);
      const from = host.end;
      host = sorted.find((x) => (x.kind === 'Place' || x.kind === 'Organization') && x.start > from && x.start - from <= 10 && HOSTS_GAP_RE.test(text.slice(from, x.start)));
    }
  }
  const pairedAt = detail?.venueAt;
  if (pairedAt !== undefined) {
    const p = sorted.find((x) => x.kind === 'Place' && x.start === pairedAt);
    // (the phrase from its "in ", as a venue printed after the name is quoted)
    const inAt = p ? text.lastIndexOf('in ', p.start) : -1;
    if (p) push('HELD_IN', ev.key, p.key, inAt >= 0 && p.start - inAt <= 7 ? inAt : p.start, p.end);
  }
  // "during the second part of the Fifth United Nations Conference on the Least Developed Countries, in Doha," (A/RES/80/156
  // OP13, 79/236, 78/167): the venue after a part's sitting is the part's, printed with no days of its own (its first part sat
  // in New York), not the whole sitting's
  const venueOwner = i > 0 ? sittingPartNamedBefore(text, sorted[i - 1]!, ev) ?? ev : ev;
  // (where a topic's place ends, once one is passed: "in Central Africa" of "the strategy on ... in Central Africa")
  let topicEnd = -1;
  for (let j = i + 1; j < sorted.length && pairedAt === undefined && !detail?.recurring && !detail?.unplaced && !titled; j++) {
    const p = officeCityOf(sorted[j]!) ?? sorted[j]!;
    if (p.start >= limit) break;
    if (p.kind !== 'Place' || p.start < ev.end) continue;
    if (!sameClause(text, ev.end, p.start)) break;
    // (a place the text was adopted in by a later sitting is that sitting's: adoptedInPlaceBySitting)
    if (adoptedInPlaceBySitting(text, p, sorted[j + 1])) break;
    // "... of the Second United Nations Games in a timely fashion, so that they can participate in the first meeting of the
    // committee ... in New York in January 2025" (A/RES/78/325 OP4): a purpose clause's venue is another sitting's (as its
    // dates are: EVENT_WINDOW_STOP_RE)
    const soThat = p.start - ev.end > 12 ? text.indexOf(SO_THAT, ev.end) : -1;
    if (soThat >= 0 && soThat < p.start) break;
    if (p.start - ev.end > 20 && HELD_VIRTUALLY_RE.test(text.slice(ev.end, p.start))) break;
    const before = text.slice(Math.max(ev.end, p.start - 40), p.start);
    // "convened at the Palais des Nations, Geneva, on 26 August 2022" (A/RES/79/78 PP14, 78/67, 80/71): the city after the
    // named building is the venue, from the "at"
    const building = before.endsWith(AT_PALAIS_DES_NATIONS) ? p.start - AT_PALAIS_DES_NATIONS.length + 1 : -1;
    if (building < 0 && !VENUE_GAP_RE.test(before)) continue;
    const inAt = building >= 0 ? building : Math.max(ev.end, p.start - 40) + before.search(/(?:in\s+(?:the\s+)?(?:city\s+of\s+)?|at\s+(?:the\s+)?|on\s+|across\s+the\s+|online\s+from\s+)$/);
    // past a topic's place ("..., on the humanitarian situation in Central Africa"), only the sitting's own day and venue
    // printed right after it: "..., held on 7 February 2025 in Malabo" (A/RES/80/63 PP19)
    if (topicEnd >= 0 && !AFTER_TOPIC_VENUE_GAP_RE.test(text.slice(topicEnd, p.start))) break;
    if (topicEnd < 0 && !venueGap(text, sorted, ev.end, inAt)) {
      if (topicEnd < 0 && topicInVenueGap(text.slice(ev.end, inAt))) topicEnd = p.end;
      continue;
    }
    // "the Winter Games in 2030 in the French Alps, France, and in 2034 in Salt Lake City" (A/RES/79/8 PP29): the venue after
    // "and in <year>" is the next edition's
    if (AND_IN_YEAR_BEFORE_RE.test(text.slice(Math.max(ev.end, inAt - 24), inAt))) break;
    // "at United Nations Headquarters in New York": the city the venue stands in, the one place the sitting is HELD_IN (the
    // building is no place of its own where the text names its city: the hand annotations of the genre mark New York only)
    const q = j + 1 < sorted.length ? sorted[j + 1] : undefined;
    // "the nineteenth Summit of la Francophonie, held in France, in Villers-Cotterêts and Paris, on 4 and 5 October 2024"
    // (A/RES/79/331 PP13): a country, then its towns: the towns are the venue, as "Johannesburg, South Africa" is the city
    if (q !== undefined && countryThenItsTown(text, p, q)) {
      push('HELD_IN', venueOwner.key, q.key, inAt, q.end);
      const r = j + 2 < sorted.length ? sorted[j + 2] : undefined;
      if (r?.kind === 'Place' && r.attrs.country === p.name && AND_IN_GAP_RE.test(text.slice(q.end, r.start))) push('HELD_IN', venueOwner.key, r.key, inAt, r.end);
      break;
    }
    const cityAfter = q?.kind === 'Place' && IN_GAP_RE.test(text.slice(p.end, q.start));
    // "... shall be held ..., at United Nations Headquarters in New York or at the United Nations Office at Geneva" (A/RES/80/164
    // OP21): one of two venues, still to be chosen: no HELD_IN of either
    if (OR_OTHER_VENUE_AFTER_RE.test(text.slice(cityAfter ? q!.end : p.end, (cityAfter ? q!.end : p.end) + 12))) break;
    if (!cityAfter || p.key !== UN_HEADQUARTERS_KEY) push('HELD_IN', venueOwner.key, p.key, inAt, p.end);
    if (cityAfter) push('HELD_IN', venueOwner.key, q!.key, inAt, q!.end);
    // "held in Krakow and Katowice, Poland" (A/RES/78/161 PP26): both towns, unless a "respectively" pairs them with events
    else if (q?.kind === 'Place' && /^\s+and\s+(?:in\s+)?$/.test(text.slice(p.end, q.start)) && !text.slice(q.end, q.end + 80).includes('respectively')) {
      push('HELD_IN', ev.key, q.key, inAt, q.end);
    }
    break;
  }
  // "Welcoming the convening at Madrid of the Peace Conference on the Middle East" (A/RES/78/77 PP11): the venue printed
  // before the name, between the sitting's noun and "of"
  const prev = i > 0 ? sorted[i - 1] : undefined;
  if (prev?.kind === 'Place' && adoptedInPlaceBySitting(text, prev, ev)) {
    // "the New Urban Agenda adopted in Quito by the United Nations Conference on Housing ...": the venue printed before the sitting
    push('HELD_IN', ev.key, prev.key, prev.start - 3, prev.end);
  } else if (prev?.kind === 'Place' && OF_THE_GAP_RE.test(text.slice(prev.end, ev.start))) {
    const at = text.slice(Math.max(0, prev.start - 20), prev.start).search(CONVENING_AT_BEFORE_RE);
    if (at >= 0) push('HELD_IN', ev.key, prev.key, prev.start, prev.end);
  } else if (prev?.kind === 'Date' && i > 1 && sorted[i - 2]!.kind === 'Place' && OF_THE_GAP_RE.test(text.slice(prev.end, ev.start))) {
    // "the convening in Madrid on 30 October 1991 of the Peace Conference on the Middle East" (A/RES/78/11 PP8, 80/73, 79/83):
    // the venue and day printed before the name (the day: dateFrontedBefore)
    const venue = sorted[i - 2]!;
    if (VENUE_ON_DAY_GAP_RE.test(text.slice(venue.end, prev.start)) && text.slice(Math.max(0, venue.start - 20), venue.start).search(CONVENING_AT_BEFORE_RE) >= 0) push('HELD_IN', ev.key, venue.key, venue.start, venue.end);
  } else if (prev?.kind === 'Place' && CONVENED_VENUE_THEN_SITTING_GAP_RE.test(text.slice(prev.end, ev.start)) && CONVENE_IN_BEFORE_RE.test(text.slice(Math.max(0, prev.start - 80), prev.start))) {
    // "Decides to convene, in New York, on a date to be decided later, a United Nations high-level international conference on
    // nuclear disarmament" (A/RES/78/27 OP5): the venue printed between the verb and the sitting it convenes
    push('HELD_IN', ev.key, prev.key, prev.start, prev.end);
  } else if (prev?.kind === 'Place' && ev.start - prev.end <= 14 && text.charCodeAt(prev.end) === 44 /* , */ && DURING_THE_GAP_RE.test(text.slice(prev.end, ev.start)) && !(ev.attrs.eventKind === 'session' && text.startsWith(', during', prev.end))) {
    // "their commitment expressed in Durban, South Africa, during the World Conference against Racism, ..." (A/RES/79/168
    // OP4, 78/196, 80/208): the venue printed before the sitting, after "in" (the city when a country follows it); "the launch of
    // the Tropical Forest Forever Facility in Belém, Brazil, at the thirtieth session of the Conference of the Parties" (A/RES/80/136).
    // Not "during" a body's session, which dates what is done there: "to consider convening ... a high-level meeting, in collaboration with the
    // Department ..., in New York, during the seventy-ninth session of the Assembly" (A/RES/79/5 OP13: the meeting's venue)
    const city = i > 1 ? sorted[i - 2] : undefined;
    const venue = city?.kind === 'Place' && CITY_COUNTRY_GAP_RE.test(text.slice(city.end, prev.start)) ? city : prev;
    const from = Math.max(0, venue.start - 6);
    const inAt = text.slice(from, venue.start).search(IN_BEFORE_RE);
    if (inAt >= 0) push('HELD_IN', ev.key, venue.key, from + inAt, venue.end);
  }
  const start = typeof ev.attrs.startDate === 'string' ? ev.attrs.startDate : undefined;
  const end = typeof ev.attrs.endDate === 'string' ? ev.attrs.endDate : undefined;
  if (i > 0 && !detail?.datePhrase && !detail?.recurring && (dateFrontedBefore(text, sorted, i, push) || adoptedThereOnDay(text, sorted, i, push))) {
    // dated by the date printed between the sitting's noun and its name ("the convening, in 2024, of the ninth session"), or
    // before it with its venue ("adopted in Khartoum on 16 October 2014 during the ...")
  } else if (detail?.printedStart && detail.datePhrase) {
    // "held in Rio de Janeiro, Brazil, in June 1992": the month the paragraph states (the node keeps the known day)
    push('STARTS_ON', ev.key, dateKey(detail.printedStart), detail.datePhrase.start, detail.datePhrase.end);
  } else if (detail?.datePhrase && start && reportAdoptedOnDay(text, sorted, i, detail.datePhrase.start)) {
    // the day a text about the sitting was adopted, not the day it opened
  } else if (detail?.datePhrase && start && adoptionAtSittingDay(text, sorted, i, detail.datePhrase.start)) {
    // the day of the adoption at the sitting, set off after it
  } else if (detail?.datePhrase && start && adoptionDayOfLaterClause(text, ev, detail.datePhrase.start)) {
    // the day of an adoption printed in a later verb clause ("... at its 103rd session,72 recalls ..., welcomes the adoption in
    // Yaoundé on 25 June 2013 of the Code", A/RES/78/69 OP143) is not the sitting's
  } else if (detail?.datePhrase && start && RESUME_THE_SESSION_GAP_RE.test(text.slice(ev.end, detail.datePhrase.start))) {
    // the days of its resumed part end the session, which opened before (A/RES/79/214 OP3)
    push('ENDS_ON', ev.key, dateKey(end ?? start), detail.datePhrase.start, detail.datePhrase.end);
  } else if (detail?.datePhrase && start && OR_OTHER_DAYS_AFTER_RE.test(text.slice(detail.datePhrase.end, detail.datePhrase.end + 12))) {
    // "decides that the seventy-seventh session of the Commission shall be held from 20 April to 29 May 2026 or from 27 April to
    // 5 June 2026 and from 29 June to 7 August 2026" (A/RES/80/164 OP21): one of two calendars, still to be chosen: no STARTS_ON
    // or ENDS_ON (the days stay the paragraph's dates)
  } else if (detail?.datePhrase && start) {
    push('STARTS_ON', ev.key, dateKey(start), detail.datePhrase.start, detail.datePhrase.end);
    // (a first part of one day has no end of its own: its day is where the second part follows)
    const secondPart = secondPartLastDay(text, sorted, ev, detail.datePhrase.end, end ?? start);
    // "commencing on 1 January 2025 and ending on 31 December 2034": the last day printed after the first (before a known year)
    const phraseEnd = detail.datePhrase.end;
    const lastDay = sorted.find((d) => d.kind === 'Date' && d.start >= phraseEnd && d.start - phraseEnd < 20);
    if (secondPart) push('ENDS_ON', ev.key, dateKey(dateMentionIso(secondPart)), secondPart.start, secondPart.end);
    else if (lastDay !== undefined && lastDay.attrs.role === undefined && AND_ENDING_ON_GAP_RE.test(text.slice(phraseEnd, lastDay.start))) push('ENDS_ON', ev.key, dateKey(dateMentionIso(lastDay)), lastDay.start, lastDay.end);
    else if (end) push('ENDS_ON', ev.key, dateKey(end), detail.datePhrase.start, detail.datePhrase.end);
  } else if (!detail) {
    // mentions from elsewhere: the first date mention(s) right after the event
    const dates = sorted.filter((d) => d.kind === 'Date' && d.start >= ev.end && d.start < limit && sameClause(text, ev.end, d.start));
    const first = dates.length > 0 ? dates[0] : undefined;
    if (first && first.start - ev.end < 120) {
      const role = first.attrs.role;
      push('STARTS_ON', ev.key, dateKey(dateMentionIso(first)), first.start, first.end);
      const second = dates.length > 1 ? dates[1] : undefined;
      if (role === 'start' && second?.attrs.role === 'end') push('ENDS_ON', ev.key, dateKey(dateMentionIso(second)), second.start, second.end);
    } else if (i > 0) dayConvenedBefore(text, sorted, i, push);
  } else if (!detail.datePhrase && !detail.recurring && i > 0) dayConvenedBefore(text, sorted, i, push);
  // (not when the paragraph prints the known first day elsewhere: "from 22 to 24 March 2023, referred to as the 2023 United
  // Nations Water Conference", A/RES/79/210 PP7, is dated by that day; a year alone printed again elsewhere is no such day:
  // "following ... the 2026 high-level political forum ..., taking into account the quadrennial report ... to be presented in
  // 2026", A/RES/79/214 OP29, keeps the forum's year)
  const yearNamed = dated
    ? undefined
    : start === undefined
      ? (yearNamedDate(text, ev) ?? sittingYearPrintedBefore(text, ev))
      : start.length > 4 && sorted.some((d) => d.kind === 'Date' && d.key === `Date:${start}`)
        ? undefined
        : printedEditionYear(text, sorted, i, start);
  if (yearNamed) push('STARTS_ON', ev.key, dateKey(yearNamed), editionYearStart(text, sorted, i, yearNamed), ev.end);
  // "Proclaims 2025 the International Year of Cooperatives", "proclaimed 2021–2030 the United Nations Decade on Ecosystem
  // Restoration": the year (or years) printed before the Year's or Decade's name is when it runs
  if (i > 0 && !detail?.datePhrase && (ev.name.includes('Year') || ev.name.includes('Decade'))) proclaimedYears(text, sorted, i, push);
  // "the United Nations Decade of Action on Nutrition (2016–2025)": the years printed right after the name
  if (!detail?.datePhrase && i + 2 < sorted.length && sorted[i + 1]!.kind === 'Date') yearsAfterName(text, sorted, i, push);
  // "the International Hydrological Decade, declared by UNESCO for the period 1965–1974": the period it was declared for
  if (!detail?.datePhrase && i + 2 < sorted.length && (ev.attrs.eventKind === 'decade' || ev.attrs.eventKind === 'year') && textIncludes(text, 'for the period')) periodDeclaredFor(text, sorted, i, push);
  // ("a one-day high-level plenary meeting of the General Assembly to commemorate the sixty-fifth anniversary of ...", A/RES/80/106
  // OP5; 78/234 OP41: a sitting named after what it marks keeps its owner in the words printed, not in its name)
  // (two known bodies first: ownerOrgKey would read "First Committee and the Special Political and Decolonization Committee"
  // as one body's name)
  // A body named in the sitting's own name ("the twenty-sixth session of the Commission on ...", "the high-level meeting of the
  // General Assembly on ...", "the overall review by the General Assembly") says whose sitting it is, not that the text states
  // the body organized it: SESSION_OF, from the sitting to the body.
  // ("United Nations Commission on International Trade Law Day events", A/RES/78/103 OP10, 79/117 OP15, 80/161 OP17: an observance
  // named after a body is no sitting of it)
  const joints = isObservance(ev) ? [] : jointOwnerKeys(ev.name);
  const owner = joints.length > 0 || isObservance(ev) ? undefined : (partiesConferenceOf(ev) ?? ownerOrgKey(ev.name) ?? ownerPrintedAfter(text, sorted, i) ?? printedAssemblyOwner(ev) ?? listedAnniversarySittingOwner(text, sorted, i));
  if (owner) {
    push('SESSION_OF', ev.key, qualifiedAsMentioned(owner, sorted), ev.start, ev.end);
    // the organ holding the session is its owner's (lead's ruling, session 53), printed in the session's name
    const organ = organLinkOf(owner);
    if (organ) push(organ.link, organ.organ, organ.owner, ev.start, ev.end);
  } else if (joints.length > 0) for (const joint of joints) push('SESSION_OF', ev.key, joint, ev.start, ev.end);
  else {
    const initiative = isObservance(ev) ? undefined : sittingInitiativeKey(ev.name, sorted);
    if (initiative) push('SESSION_OF', ev.key, initiative, ev.start, ev.end);
    else {
      const forum = isObservance(ev) ? undefined : (numberedForumSeriesKey(ev.name) ?? numberedShortSeriesKey(ev.name));
      if (forum) push('SESSION_OF', ev.key, forum, ev.start, ev.end);
    }
  }
  // "the high-level segment of the Fifteenth United Nations Congress ..." (A/RES/79/186 OP6): part of the Congress
  if (detail?.partOf !== undefined && detail.partOf !== ev.key) push('PART_OF', ev.key, detail.partOf, ev.start, ev.end);
  else if (detail?.partOf === undefined) {
    // "the first resumed session of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity"
    // (A/RES/80/135 PP15, the scan's name for "its two resumed sessions"): part of the meeting, as "the resumed session of" one is
    const resumed = NUMBERED_RESUMED_SESSION_OF_SITTING_RE.exec(ev.name);
    if (resumed) push('PART_OF', ev.key, eventKey(resumed[1]!), ev.start, ev.end);
  }
  const edition = /^(.*) ((?:19|20)\d{2})$/.exec(ev.name);
  // (not the edition of a one-off event of the gazetteer, dated: "the World Education Forum 2015" (Incheon, A/RES/78/156 PP13) is
  // no part of "the World Education Forum" (Dakar, 2000), another forum)
  const series = edition ? entryByName('Event', edition[1]!) : undefined;
  if (series && series.attrs?.startDate === undefined) push('PART_OF', ev.key, eventKey(edition![1]!), ev.start, ev.end);
  // "the United Nations Conference on Trade and Development eWeek, from 4 to 8 December 2023": a dated edition of a
  // recurring week or forum (keyed with its year) is part of the series, as "WSIS Forum 2025" is
  else if (!edition && ev.key.includes(' @ ') && entryByName('Event', ev.name)?.attrs?.series === true) push('PART_OF', ev.key, eventKey(ev.name), ev.start, ev.end);
}

/**
 * Lead's ruling, session 52: a numbered session or meeting of a Conference of the Parties (or of a "Conference of the Parties
 * serving as the Meeting of the Parties to ...", a "Conference of the States Parties") is SESSION_OF that Conference, as a
 * numbered session of an organization is SESSION_OF the organization: "the twenty-ninth session of the Conference of the Parties
 * to the United Nations Framework Convention on Climate Change" (A/RES/79/209 PP18). The Conference is an Event (the series),
 * keyed as it is when printed alone, so the two meet. Read from the sitting's key: its name there has the Conference's name
 * already normalised (entityScan.ts copSittingKey). Not a dated key (" @ "): no numbered sitting.
 */
function partiesConferenceOf(ev: EntityMention): string | undefined {
  if (ev.kind !== 'Event' || ev.key.includes(' @ ')) return undefined;
  const name = ev.key.slice(EVENT_KEY_PREFIX.length);
  const m = PARTIES_CONFERENCE_SITTING_RE.exec(name) ?? NUMBERED_STATES_PARTIES_CONFERENCE_RE.exec(name);
  if (m) return eventKey(m[1]!);
  // "the thirty-sixth Meeting of the Parties to the Montreal Protocol" (A/RES/80/138 PP5): a session of the protocol's governing
  // body, a standing body (an Organization), as a numbered session of an organization is; keyed by the protocol's gazetteer name.
  // (Not a gazetteer entry of its own: a body's name read first would swallow its numbered sitting's.)
  const meeting = NUMBERED_MEETING_OF_THE_PARTIES_RE.exec(ev.name);
  const protocol = meeting ? lookupName(meeting[1]!) : undefined;
  if (protocol?.kind === 'Framework') return nodeKey('Organization', `Meeting of the Parties to the ${protocol.name}`);
  // (a review conference keyed "Fourth Review Conference (Chemical Weapons Convention)", printed as a special session of the
  // Conference of the States Parties: that Conference's session, as the lead's ruling reads the numbered ones)
  const review = SPECIAL_SESSION_TO_REVIEW_NAME_RE.exec(ev.name);
  return review ? eventKey(`Conference of the States Parties to the ${review[1]!}`) : undefined;
}
const EVENT_KEY_PREFIX = 'Event:';

/** Between a fronted date and the sitting: ", of the " (the mention may start after the article). */
const FRONTED_DATE_THEN_SITTING_GAP_RE = /^,\s+of\s+(?:the\s+)?$/;
/** Before that date: the noun of the sitting's holding, then the date's preposition ("the convening, in ", "the successful completion, in "). */
const HOLDING_NOUN_BEFORE_DATE_RE = /\b(?:convening|holding|completion|conclusion)\s*,\s+(?:in|on|from)\s+$/;
/** ... or the noun and the venue, the day after it with no commas: "the convening in Madrid on " (then " of the " before the name) */
const HOLDING_VENUE_BEFORE_DATE_RE = letterRe(String.raw`\b(?:convening|holding)\s+(?:in|at)\s+\p{Lu}[^,;]{1,40}?\s+on\s+$`, 'u');
/** ... or the noun and the date with no commas: "the convening in 2025 of the ", "the convening in September 2025 of a " (A/RES/79/228
 *  PP8, 79/236 PP18, 80/180 PP5; the gap to the name is OF_A_GAP_RE's) */
const HOLDING_NOUN_BEFORE_BARE_DATE_RE = /\b(?:convening|holding)\s+(?:in|on)\s+$/;
/** Between that date and the sitting: " of the ", " of a " (the mention starts after the article) */
const OF_A_GAP_RE = /^\s+of\s+(?:the\s+|an?\s+)?$/;
/** Before a year printed " at its " session: an act of the body's, taken in it ("its decision, taken in "); the session sat in that year */
const ACT_IN_YEAR_BEFORE_RE = /\b(?:taken|adopted)\s+in\s+$/;
/** Between two sittings of one list: "the seventh and eighth sessions" (the first mention is its ordinal). */
const LISTED_SITTING_GAP_RE = /^(?:,\s+|,?\s+and\s+)$/;
/**
 * "Expresses its appreciation for the successful completion, in December 2024, of the seventeenth session of the Forum on
 * Minority Issues" (A/RES/80/199 OP15, 78/211 OP13), "Reaffirming its decision, taken in 1982 at its twelfth special session" (A/RES/80/64
 * PP3, 78/60, 79/69, 79/70), "Takes note of the convening, in 2024, of the ninth session of the Expert
 * Mechanism on the Right to Development" (A/RES/79/170 OP12, 78/203 and 80/207: "of the seventh and eighth sessions"),
 * "Welcomes the convening, from 3 to 6 February 2025, of the organizational session" (A/RES/80/128 OP1): the date printed
 * between the noun of its holding and the sitting's name is when the sitting was held, with commas or without ("Looking forward to
 * the convening in 2025 of the Fourth International Conference on Financing for Development", A/RES/79/228 PP8). Not "the commemoration, on 17 October
 * 2025, of the International Day" (a recurring day: no such noun here, and recurring events are not asked).
 */
function dateFrontedBefore(text: string, sorted: readonly EntityMention[], i: number, push: Push): boolean {
  let j = i - 1;
  // back over the sittings listed before this one
  while (j > 0 && sorted[j]!.kind === 'Event' && LISTED_SITTING_GAP_RE.test(text.slice(sorted[j]!.end, sorted[j + 1]!.start))) j--;
  const d = sorted[j]!;
  if (d.kind !== 'Date' || sorted[j + 1]!.start - d.end > 12) return false;
  const gap = text.slice(d.end, sorted[j + 1]!.start);
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  const ev = sorted[i]!;
  const fronted = FRONTED_DATE_THEN_SITTING_GAP_RE.test(gap)
    ? HOLDING_NOUN_BEFORE_DATE_RE.test(before)
    : d.attrs.role === undefined &&
      (OF_A_GAP_RE.test(gap)
        ? (OF_THE_GAP_RE.test(gap) && HOLDING_VENUE_BEFORE_DATE_RE.test(before)) || HOLDING_NOUN_BEFORE_BARE_DATE_RE.test(before)
        : ev.attrs.eventKind === 'session' && AT_ITS_GAP_RE.test(gap) && ACT_IN_YEAR_BEFORE_RE.test(before));
  if (!fronted) return false;
  // a range is two mentions of one span ('start', 'end')
  const pair = d.attrs.role !== undefined && j > 0 && sorted[j - 1]!.kind === 'Date' && sorted[j - 1]!.start === d.start ? sorted[j - 1]! : undefined;
  const from = pair?.attrs.role === 'start' ? pair : d;
  push('STARTS_ON', ev.key, dateKey(dateMentionIso(from)), from.start, from.end);
  if (pair) {
    const to = from === pair ? d : pair;
    push('ENDS_ON', ev.key, dateKey(dateMentionIso(to)), to.start, to.end);
  }
  return true;
}

/**
 * "its Declaration adopted in Khartoum on 16 October 2014 during the Regional Ministerial Conference on Human Trafficking and
 * Smuggling in the Horn of Africa" (A/RES/78/228 PP40, 80/228), "the declaration adopted in Florence, Italy, on 4 October 2014,
 * at the third United Nations Educational, Scientific and Cultural Organization World Forum on Culture and Cultural Industries"
 * (78/161 PP26): where and on which day a text was adopted, printed before the sitting that adopted it, are the sitting's
 * venue (the city before its country) and day. One day only (no range), and only after "adopted in". (i > 0: the caller checks.)
 */
function adoptedThereOnDay(text: string, sorted: readonly EntityMention[], i: number, push: Push): boolean {
  const ev = sorted[i]!;
  const d = sorted[i - 1]!;
  if (d.kind !== 'Date' || d.attrs.role !== undefined || !ADOPTED_DAY_THEN_SITTING_GAP_RE.test(text.slice(d.end, ev.start))) return false;
  // "the Doha Programme of Action ..., adopted in March 2022 at the first part of the Fifth United Nations Conference ..."
  // (A/RES/78/138 PP11, 79/222, 80/124, 79/331 OP46): the month it was adopted, with no venue, is the sitting's too
  if (d.attrs.month !== undefined && ADOPTED_IN_BEFORE_RE.test(text.slice(Math.max(0, d.start - 12), d.start))) {
    push('STARTS_ON', ev.key, dateKey(dateMentionIso(d)), d.start, d.end);
    return true;
  }
  const last = i > 1 ? sorted[i - 2]! : undefined;
  if (last?.kind !== 'Place' || !VENUE_THEN_DAY_GAP_RE.test(text.slice(last.end, d.start))) return false;
  const before = i > 2 ? sorted[i - 3]! : undefined;
  const city = before?.kind === 'Place' && CITY_COUNTRY_GAP_RE.test(text.slice(before.end, last.start)) ? before : last;
  if (!ADOPTED_IN_BEFORE_RE.test(text.slice(Math.max(0, city.start - 12), city.start))) return false;
  push('HELD_IN', ev.key, city.key, city.start - 3, city.end);
  push('STARTS_ON', ev.key, dateKey(dateMentionIso(d)), d.start, d.end);
  return true;
}

/** Between the day and the sitting: ", a special ", ", a one-day high-level " (the mention may start after its adjectives). */
const DAY_THEN_SITTING_GAP_RE = /^,\s+an?\s+(?:[\w-]+\s+){0,3}$/;
/** Before the day: the request to convene it ("to convene, within existing resources, on ", "to organize, on "). */
const CONVENE_ON_BEFORE_RE = /\b(?:convene|hold|organi[sz]e)(?:,\s+[^,;]{1,60})?,\s+on\s+$/;
/** Between a year (or month) and the sitting: ", a one-day high-level ", ", within existing resources, a ", " a ", ", the ". */
const YEAR_THEN_SITTING_GAP_RE = /^(?:,\s+within\s+existing\s+resources)?,?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$/;
/** Before that year: the verb of convening it and "in" ("to convene, in ", "will convene, during its eighty-second session in ",
 *  "to convene in ", "consider holding, in "). */
const CONVENE_IN_BEFORE_RE = /\b(?:convene|hold|holding|organi[sz]e)(?:,\s+[^,;\d]{1,60})?,?\s+in\s+$/;
/**
 * "Requests the President of the General Assembly to convene, within existing resources, on 24 April 2026, a special
 * commemorative meeting of the Assembly" (A/RES/80/111 OP12; "to organize, on 18 December 2025, a one-day high-level
 * plenary meeting", A/RES/80/106 OP5): the day printed before the sitting it is asked to convene is the sitting's STARTS_ON.
 * So is a year: "to convene, in 2025, within existing resources, a one-day high-level interactive dialogue" (A/RES/78/280 OP32),
 * "will convene, during its eighty-second session in 2027, a high-level meeting" (80/173 OP125), "to convene in 2024 a
 * high-level segment" (78/131 PP18), "to convene, in 2028, the United Nations Conference ..." (78/327 PP16).
 */
function dayConvenedBefore(text: string, sorted: readonly EntityMention[], i: number, push: Push): void {
  const ev = sorted[i]!;
  const d = sorted[i - 1]!;
  if (d.kind !== 'Date' || d.attrs.role !== undefined || ev.start - d.end > 40) return;
  const gap = text.slice(d.end, ev.start);
  const before = text.slice(Math.max(0, d.start - 90), d.start);
  if (!(DAY_THEN_SITTING_GAP_RE.test(gap) && CONVENE_ON_BEFORE_RE.test(before)) && !(YEAR_THEN_SITTING_GAP_RE.test(gap) && (CONVENE_IN_BEFORE_RE.test(before) || secondConvened(text, sorted, d)))) return;
  push('STARTS_ON', ev.key, dateKey(dateMentionIso(d)), d.start, d.end);
}

/** between the first sitting convened and the year of the second: "... Goal 6 and, in 2028, the ..." */
const AND_IN = ' and, in ';
/** before the first sitting: the verb of convening it ("decided to convene the ") */
const CONVENE_THE_BEFORE_RE = /\bconvene\s+(?:the\s+)?$/;
/**
 * "in which it decided to convene the 2026 United Nations Water Conference to Accelerate the Implementation of Sustainable
 * Development Goal 6 and, in 2028, the United Nations Conference on the Final Comprehensive Review ..." (A/RES/78/206 PP12,
 * 80/216 PP13): the year printed after "and, in " is the second sitting's the verb convenes, as "to convene, in 2028, the ..."
 * dates it (dayConvenedBefore); the year d is read only when a sitting convened ends right before those words.
 */
function secondConvened(text: string, sorted: readonly EntityMention[], d: EntityMention): boolean {
  const firstEnd = d.start - AND_IN.length;
  if (!text.startsWith(AND_IN, firstEnd)) return false;
  const first = sorted.find((x) => x.kind === 'Event' && x.end === firstEnd);
  return first !== undefined && CONVENE_THE_BEFORE_RE.test(text.slice(Math.max(0, first.start - 30), first.start));
}

/** between a body and the name its meeting is known by: " known as the ", ", known as the " */
const KNOWN_AS_GAP_RE = /^,?\s+known\s+as\s+(?:the\s+)?$/;
/** before that body: "meeting of the ", "plenary meeting of the " */
const MEETING_OF_BEFORE_RE = /\bmeeting\s+of\s+(?:the\s+)?$/;
/** between a body described as an initiative's owner and the initiative's name in apposition: a comma, or its title in quotes
 *  ("the campaign of the Secretary-General entitled “UNiTE to End Violence against Women”", A/RES/79/153 PP18) */
const APPOSED_NAME_GAP_RE = /^(?:,\s+|\s+entitled\s+“)$/;
/** between a body and the initiative named in apposition to "<body> initiative": " initiative, " (A/RES/78/140 PP35) */
const BODY_INITIATIVE_APPOSED_GAP_RE = /^\s+initiative,\s+$/;
/** between two bodies joined by a slash before one kind word: "Organisation for Economic Co-operation and Development/" */
const SLASH_GAP = '/';
/** before that body: the initiative described in lower case ("the debt swap initiative of the", "the campaign of the") */
const INITIATIVE_OF_BEFORE_RE = /\b(?:initiative|campaign)\s+of\s+(?:the\s+)?$/;
/**
 * "the Organisation for Economic Co-operation and Development/Group of 20 Inclusive Framework on Base Erosion and Profit Shifting"
 * (A/RES/78/230 PP20, 78/140 PP37, 79/234, 80/126): two bodies joined by a slash at the head of a framework's or programme's
 * printed name run it together; each LEADS it, as a body printed before a programme's name does (ownerNamedWithAttributions).
 * Both bodies the gazetteer knows by the words printed (the first up to the slash, the second the longest run of words after
 * it that leaves a name); not an office or officer (as ownsInitiativeNamedAfterIt).
 */
function slashJoinedOwnersAttributions(sorted: EntityMention[], push: Push): void {
  for (const t of sorted) {
    if (t.kind !== 'Framework' && t.kind !== 'Initiative') continue;
    const slash = t.phrase.indexOf('/');
    if (slash < 2 || slash > 80) continue;
    const first = lookupName(t.phrase.slice(0, slash));
    if (first?.kind !== 'Organization' || OFFICER_OR_OFFICE_RE.test(first.name)) continue;
    const words = t.phrase.slice(slash + 1).split(/\s+/);
    let second: GazetteerEntry | undefined;
    for (let n = Math.min(words.length - 1, 8); n >= 1 && second === undefined; n--) {
      const entry = lookupName(words.slice(0, n).join(' '));
      if (entry?.kind === 'Organization') second = entry;
    }
    if (second === undefined || OFFICER_OR_OFFICE_RE.test(second.name)) continue;
    const firstKey = ownerEntryKey(first);
    const secondKey = ownerEntryKey(second);
    if (firstKey !== undefined) push('LEADS', firstKey, t.key, t.start, t.end);
    if (secondKey !== undefined) push('LEADS', secondKey, t.key, t.start, t.end);
  }
}
/** the possessive, a body's initiatives and their topic, then the first listed: "’s initiatives on the new technologies, including the " */
const OWNER_INITIATIVES_INCLUDING_GAP_RE = /^[’']s\s+initiatives(?:\s+on\s+[^,;()]{1,60}?)?,\s+including\s+the\s+$/;
/** between two initiatives of that list: ", launched in 2020, the ", ", the establishment in May 2024 of the ", " and the " */
const NEXT_LISTED_INITIATIVE_GAP_RE = /^,?(?:\s+launched\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4},)?\s+(?:and\s+)?the\s+(?:establishment\s+(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?of\s+the\s+)?$/;
/**
 * "Taking note of the Secretary-General’s initiatives on the new technologies, including the Call to Action for Human Rights,
 * launched in 2020, the road map for digital cooperation, launched in June 2020, the United Nations Global Principles for
 * Information Integrity, the establishment in May 2024 of the Guidance on Human Rights Due Diligence ..." (A/RES/79/175 PP6): each
 * programme or plan listed after "<body>’s initiatives ..., including the" is the body's, as "the Secretary-General’s <Initiative>"
 * reads (ownerJoinedBefore): LEADS. The list ends at the first item that is neither (an office the body established) or at other
 * words between two items; the launch dates printed between them are skipped.
 */
function listedInitiativesOfOwnerAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const owner = sorted[i]!;
    const first = sorted[i + 1]!;
    if (owner.kind !== 'Organization' || !isNamedOrganization(owner) || first.start - owner.end > 100 || !OWNER_INITIATIVES_INCLUDING_GAP_RE.test(text.slice(owner.end, first.start))) continue;
    let prev: EntityMention | undefined;
    for (let j = i + 1; j < sorted.length; j++) {
      const item = sorted[j]!;
      if (item.kind === 'Date' || (prev !== undefined && item.end <= prev.end)) continue;
      if (!LAUNCHED_KINDS.has(item.kind) || (prev !== undefined && !NEXT_LISTED_INITIATIVE_GAP_RE.test(text.slice(prev.end, item.start)))) break;
      push('LEADS', owner.key, item.key, owner.start, item.end);
      prev = item;
    }
  }
}
/** between a body and "its" before a programme, the body's own clause: no stop, no other sentence's words (at most 120 characters) */
const BODY_THEN_ITS_GAP_RE = /^[^;:()\u201C\u201D]{1,120}\sits\s$/;
/**
 * "Also commends the World Meteorological Organization for achieving several improvements to the observation and modelling systems
 * that are part of its Sand and Dust Storm Warning Advisory and Assessment System" (A/RES/80/143 OP19, 79/212, 78/158): "its" before
 * a programme's name, with the one named body the last thing printed before it, is that body's: LEADS, as "the <body>’s
 * <Initiative>" reads (ownerJoinedBefore). Not the Assembly, the United Nations or an officer (ownsInitiativeNamedAfterIt's list).
 */
function itsInitiativeOfBodyAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  let owner: EntityMention | undefined;
  for (const t of sorted) {
    if (t.kind === 'Date') continue;
    if (t.kind === 'Initiative' && owner !== undefined && owner.end < t.start && BODY_THEN_ITS_GAP_RE.test(text.slice(owner.end, t.start))) {
      if (owner.key !== GENERAL_ASSEMBLY_KEY && owner.key !== UNITED_NATIONS_ORG_KEY && !OFFICER_OR_OFFICE_RE.test(owner.name) && isNamedOrganization(owner)) push('LEADS', owner.key, t.key, owner.start, t.end);
    }
    if (owner === undefined || t.start >= owner.end) owner = t.kind === 'Organization' ? t : undefined;
  }
}
/** Whether `gap` joins a body's name to `t`'s printed after it: one space, or a possessive before a programme (not a sitting:
 *  "the Secretary-General’s Early Warnings for All initiative", A/RES/80/151 OP55, 79/233 annex OP237), or the body's acronym
 *  in brackets before a programme (`owner` that acronym: "the International Criminal Police Organization (INTERPOL) Global Focal
 *  Point Network on Asset Recovery", A/RES/78/140 PP20, 79/234, 80/126, as "the INTERPOL Project Watchmaker" reads). */
function ownerJoinedBefore(text: string, owner: EntityMention, t: EntityMention): boolean {
  const gap = text.slice(owner.end, t.start);
  if (OWNER_SPACE_RE.test(gap)) return true;
  if (t.kind !== 'Initiative') return false;
  return OWNER_POSSESSIVE_GAP_RE.test(gap) || POSSESSIVE_CAMPAIGN_APPOSITION_GAP_RE.test(gap) || (ACRONYM_CLOSED_GAP_RE.test(gap) && text.charCodeAt(owner.start - 1) === 40 /* ( */ && ACRONYM_WORD_RE.test(owner.phrase));
}
/** between a body and its programme's name: " and its " (ownerNamedWithAttributions) */
const AND_ITS_GAP_RE = /^\s+and\s+its\s+$/;
/** right after that programme's name: its kind word */
const PROGRAMME_AFTER = ' programme';
/** the closing bracket of a body's acronym and one space before its programme's name (ownerJoinedBefore) */
const ACRONYM_CLOSED_GAP_RE = /^\)\s$/;
/** the gate of partnershipBetweenAttributions */
const BETWEEN_THE = ' between the ';
/** after a partnership's name, its topic in lower case and "between": " on small island developing States between the " */
const PARTNERSHIP_BETWEEN_GAP_RE = /^(?:\s+on\s+[a-z][A-Za-z\s-]{0,60}?)?\s+between\s+the\s+$/;
/** between the two parties: " and the " */
const PARTIES_AND_GAP_RE = /^\s+and\s+the\s+$/;
/**
 * "the Partnership for Action on small island developing States between the Development Assistance Committee of the Organisation
 * for Economic Co-operation and Development and the Alliance of Small Island States launched at the Fourth International Conference"
 * (A/RES/80/136 OP20): the two parties of a partnership programme lead it, as two bodies launching one do. Only a programme whose
 * name starts "Partnership" (not the declarations and plans named "... Partnership between ASEAN and the United Nations", 79/290,
 * which are Frameworks), and the two bodies right after "between the" (the first with its owner printed after it).
 */
function partnershipBetweenAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i + 2 < sorted.length; i++) {
    const p = sorted[i]!;
    if (p.kind !== 'Initiative' || !p.name.startsWith('Partnership')) continue;
    let j = firstMentionAtOrAfter(sorted, p.end);
    const first = sorted[j];
    if (first?.kind !== 'Organization' || !PARTNERSHIP_BETWEEN_GAP_RE.test(text.slice(p.end, first.start))) continue;
    // (the first party's owner printed after it: "the Development Assistance Committee of the Organisation ...")
    let firstEnd = first.end;
    const owner = sorted[j + 1];
    if (owner?.kind === 'Organization' && OF_THE_GAP_RE.test(text.slice(first.end, owner.start))) {
      firstEnd = owner.end;
      j++;
    }
    const second = sorted[j + 1];
    if (second?.kind !== 'Organization' || !PARTIES_AND_GAP_RE.test(text.slice(firstEnd, second.start))) continue;
    push('LEADS', first.key, p.key, p.start, first.end);
    push('LEADS', second.key, p.key, p.start, second.end);
  }
}
/** the officer whose own agendas and strategies are printed with his possessive (ownerNamedWithAttributions) */
const SECRETARY_GENERAL_KEY = 'Organization:Secretary-General of the United Nations';
/** his title, in a plan's key that names him (ownerNamedWithAttributions) */
const SECRETARY_GENERAL = 'Secretary-General';
/** his possessive, a plan's kind in lower case and a comma before its title in apposition: "’s disarmament agenda, " (no article after
 *  the comma: ", the ..." is the next item of a list); or the Assembly thanking him "for his disarmament agenda, " (A/RES/79/28 OP4) */
const POSSESSIVE_KIND_APPOSITION_GAP_RE = /^(?:[’']s|\s+for\s+his)\s+(?:[a-z-]+\s+){0,3}(?:agenda|strategy|plan|vision|road\s?map)\s*,\s$/;
/** his possessive and a word saying which version of his plan, before its printed name: "’s revised " (A/RES/79/155 PP21, "the
 *  Secretary-General’s revised Global Strategy for Women’s, Children’s and Adolescents’ Health"), "’s follow-up " (78/119, 79/140) */
const POSSESSIVE_VERSION_GAP_RE = /^[’']s\s+(?:revised|updated|follow-up)\s+$/;
/** his possessive at the head of a plan's printed name (ownerNamedWithAttributions) */
const SECRETARY_GENERAL_POSSESSIVE_RE = /^Secretary-General[’']s\s/;
/** an instrument a body adopts rather than runs (ownerNamedWithAttributions): "the African Union’s Agenda 2063" */
const ADOPTED_INSTRUMENT_NAME_RE = /\b(?:Agenda|Convention|Treaty|Charter|Declaration|Protocol|Agreement|Statute|Covenant|Constitution)\b/;
/** Whether `owner`, printed in the possessive right before a programme or plan, names the body: by its name or acronym, or by
 *  the short form of the full name the text gave before ("the Economic Community’s", keyed ECOWAS: isShortFormOfFullName). */
function possessiveOwnerNamed(text: string, owner: EntityMention, t: EntityMention): boolean {
  return OWNER_POSSESSIVE_GAP_RE.test(text.slice(owner.end, t.start)) && (isNamedOrganization(owner) || isShortFormOfFullName(owner));
}
/**
 * Step 2b of findAttributions: the body a programme or sitting belongs to, printed before or after its name: "the Economic
 * and Social Council forum on financing for development follow-up", "the International Telecommunication Union
 * Partner2Connect Digital Coalition", "the Information for All Programme of the United Nations Educational, Scientific and
 * Cultural Organization".
 */
function ownerNamedWithAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i]!;
    // "the Secretary-General’s Action Agenda on Internal Displacement" (A/RES/78/120 OP18, 78/184, 79/205 and eight more), "the
    // Secretary-General’s New Agenda for Peace" (78/47 PP15): the policy text he issued is his, as one "launched by" him is. A
    // body's possessive before the plan or framework it runs too ("the World Bank’s Evolution Roadmap", A/RES/79/323 annex OP37;
    // "the International Monetary Fund and World Bank’s Debt Sustainability Framework for Low-Income Countries", OP51: both), not
    // before a treaty or agenda it adopted ("the African Union’s Agenda 2063" states no lead).
    if (t.kind === 'Framework') {
      const owner = i > 0 ? sorted[i - 1]! : undefined;
      // (also with its kind in lower case and the title in apposition: "the Secretary-General’s disarmament agenda, Securing Our
      // Common Future: An Agenda for Disarmament", A/RES/78/42 PP3, 78/48 PP11, 78/33, 79/32)
      if (owner?.key === SECRETARY_GENERAL_KEY && (OWNER_POSSESSIVE_GAP_RE.test(text.slice(owner.end, t.start)) || POSSESSIVE_KIND_APPOSITION_GAP_RE.test(text.slice(owner.end, t.start)) || POSSESSIVE_VERSION_GAP_RE.test(text.slice(owner.end, t.start))))
        push('LEADS', owner.key, t.key, owner.start, t.end);
      // (the possessive read inside the plan's own printed name, the gazetteer keying it to the United Nations plan: "the
      // Secretary-General’s Strategy and Plan of Action on Hate Speech", A/RES/79/316 OP26; not a plan keyed with the possessive
      // in its name)
      else if (SECRETARY_GENERAL_POSSESSIVE_RE.test(t.phrase) && !t.key.includes(SECRETARY_GENERAL)) push('LEADS', SECRETARY_GENERAL_KEY, t.key, t.start, t.end);
      else if (owner?.kind === 'Organization' && possessiveOwnerNamed(text, owner, t) && !ADOPTED_INSTRUMENT_NAME_RE.test(t.name)) {
        push('LEADS', owner.key, t.key, owner.start, t.end);
        const before = i > 1 ? sorted[i - 2]! : undefined;
        if (before?.kind === 'Organization' && before.end <= owner.start && isNamedOrganization(before) && JOINT_OWNERS_GAP_RE.test(text.slice(before.end, owner.start)))
          push('LEADS', before.key, t.key, before.start, t.end);
      }
      continue;
    }
    if (t.kind !== 'Initiative' && t.kind !== 'Event') continue;
    // (a body printed before a sitting's name is the owner the name names, "the Economic and Social Council forum on financing
    // for development follow-up": SESSION_OF, from the sitting to the body; not an organizer the text states)
    const sitting = t.kind === 'Event' && !COMMEMORATION_RE.test(t.name);
    // before: the mention ending one space before the name (mentions nested in it are skipped)
    let j = i - 1;
    while (j >= 0 && sorted[j]!.end > t.start) j--;
    const prev = j >= 0 ? sorted[j]! : undefined;
    // (or by the short form of the full name printed before, in the possessive: "the Economic Community’s Small Arms Control
    // Programme", A/RES/78/54 PP10, 79/31, 80/36, after "the Economic Community of West African States")
    if (prev?.kind === 'Organization' && (isNamedOrganization(prev) || (t.kind === 'Initiative' && possessiveOwnerNamed(text, prev, t))) && ownerJoinedBefore(text, prev, t) && !t.name.includes(prev.name)) {
      if (sitting) push('SESSION_OF', t.key, prev.key, prev.start, t.end);
      else push('LEADS', prev.key, t.key, prev.start, t.end);
      // "the World Health Organization and United Nations Children’s Fund Joint Monitoring Programme" (A/RES/78/130 OP7): the
      // body printed before that one and " and " leads it too
      const before = j > 0 ? sorted[j - 1]! : undefined;
      if (t.kind === 'Initiative' && before?.kind === 'Organization' && before.end <= prev.start && isNamedOrganization(before) && JOINT_OWNERS_GAP_RE.test(text.slice(before.end, prev.start)))
        push('LEADS', before.key, t.key, before.start, t.end);
    }
    // "the efforts of the Office and its UN-SPIDER programme" (A/RES/78/72 OP27, 79/87, 80/76): the body runs the programme it
    // is printed with as "its" (the Office named by its short form, keyed to the full name printed before)
    else if (prev?.kind === 'Organization' && t.kind === 'Initiative' && t.start - prev.end <= 10 && AND_ITS_GAP_RE.test(text.slice(prev.end, t.start)) && text.startsWith(PROGRAMME_AFTER, t.end) && (isNamedOrganization(prev) || isShortFormOfFullName(prev))) {
      push('LEADS', prev.key, t.key, prev.start, t.end);
    }
    // "the United Nations-led Doha process": the body printed with "-led" before the name leads it, as "led by" after it does
    else if (prev?.kind === 'Organization' && t.start - prev.end <= 8 && text.charCodeAt(prev.end) !== 32 && LED_HYPHEN_GAP_RE.test(text.slice(prev.end, t.start)) && isNamedOrganization(prev)) {
      push('LEADS', prev.key, t.key, prev.start, t.end);
    }
    // "the high-level plenary meeting of the General Assembly known as the World Conference on Indigenous Peoples" (A/RES/80/207
    // PP13, OP42; 80/191, 79/159 and some twenty texts): the sitting is a meeting of the body named in its description (SESSION_OF)
    else if (prev?.kind === 'Organization' && t.kind === 'Event' && t.start - prev.end <= 16 && KNOWN_AS_GAP_RE.test(text.slice(prev.end, t.start)) && MEETING_OF_BEFORE_RE.test(text.slice(Math.max(0, prev.start - 20), prev.start))) {
      push('SESSION_OF', t.key, prev.key, prev.start, t.end);
    }
    // "noting the debt swap initiative of the Economic Commission for Latin America and the Caribbean, Debt for Climate Adaptation
    // Swap" (A/RES/79/197 PP20, 78/137, 80/123): the initiative named in apposition to its description is the body's
    else if (prev?.kind === 'Organization' && t.kind === 'Initiative' && isNamedOrganization(prev) && APPOSED_NAME_GAP_RE.test(text.slice(prev.end, t.start)) && INITIATIVE_OF_BEFORE_RE.test(text.slice(Math.max(0, prev.start - 20), prev.start))) {
      push('LEADS', prev.key, t.key, prev.start, t.end);
    }
    // "the joint Organisation for Economic Co-operation and Development/United Nations Development Programme initiative, Tax
    // Inspectors Without Borders" (A/RES/78/140 PP35, 79/234, 80/126): the bodies before "initiative" run the one named after it,
    // as "the <lowercase> initiative of the <body>, <Initiative>" reads; a body joined by a slash before that one too
    else if (prev?.kind === 'Organization' && t.kind === 'Initiative' && isNamedOrganization(prev) && t.start - prev.end <= 16 && BODY_INITIATIVE_APPOSED_GAP_RE.test(text.slice(prev.end, t.start))) {
      push('LEADS', prev.key, t.key, prev.start, t.end);
      const before = j > 0 ? sorted[j - 1]! : undefined;
      if (before?.kind === 'Organization' && before.end === prev.start - SLASH_GAP.length && text.startsWith(SLASH_GAP, before.end) && isNamedOrganization(before)) push('LEADS', before.key, t.key, before.start, t.end);
    }
    // a Day, Week, Year or Decade takes its owner printed after it too, as it takes one printed before it (LEADS): "the International
    // Girls in ICT Day of the International Telecommunication Union" (A/RES/79/194 PP34)
    if (t.kind !== 'Initiative' && !(t.kind === 'Event' && !sitting)) continue;
    // "International Telecommunication Union Artificial Intelligence Repository": the body begins the name
    // (or printed before the name a known initiative is keyed by: "the United Nations Office on Drugs and Crime Global Report on
    // Corruption in Sport", A/RES/79/8 PP36, is the Global Report)
    // (not the General Assembly: "the General Assembly Platform of Women Leaders", convened by its Presidents (A/RES/78/182 PP22),
    // is its own act, as ownsInitiativeNamedAfterIt reads it)
    // (and a Day whose name begins with its body's: "the United Nations Commission on International Trade Law Day events" (A/RES/
    // 78/103 OP10, 79/117 OP15, 80/161 OP17), no sitting of the body (eventAttributions) but the body's observance: LEADS, as an
    // owner printed before or after a Day gives, session 55)
    const owner = t.kind === 'Initiative' ? knownOwnerBefore(t.name) ?? ownerPrintedBefore(t) ?? acronymOwnerFirst(t.name) : knownOwnerBefore(t.name);
    if (owner && owner !== GENERAL_ASSEMBLY_KEY) {
      push('LEADS', owner, t.key, t.start, t.end);
      if (t.kind === 'Initiative') for (const l of initiativesListedUnderOneHead(text, sorted, i)) push('LEADS', owner, l.key, t.start, l.end);
    }
    // after: "<initiative> of the <body>[ and the <body>]"
    let k = i + 1;
    while (k < sorted.length && sorted[k]!.start < t.end) k++;
    // (a subtitle's year is no owner: "...: Delivering the Global Promise to End Female Genital Mutilation by 2030 of the ...")
    // (nor a period in brackets: "... Countering Terrorism (2022–2027) of the United Nations Office on Drugs and Crime")
    // (reads kept inside the text: past its end is an "out of bounds" deopt of this function, at corpus-ga's first initiative
    // that ends its paragraph)
    if ((t.end < text.length && text.charCodeAt(t.end) === 58) /* : */ || (t.end + 1 < text.length && text.charCodeAt(t.end + 1) === 40) /* ( */) while (k < sorted.length && sorted[k]!.kind === 'Date') k++;
    const next = k < sorted.length ? sorted[k]! : undefined;
    if (next?.kind !== 'Organization') continue;
    // ("the Women in Business and eTrade for Women initiatives of the United Nations Conference on Trade and Development", A/RES/79/201
    // OP21: a plural kind word closing a list of initiatives gives the owner after it each of them; not a single name's plural)
    const listed = t.kind === 'Initiative' && PLURAL_KIND_OF_THE_GAP_RE.test(text.slice(t.end, next.start)) ? initiativesListedBefore(text, sorted, i) : [];
    // (or a quoted name and its kind word: "the “HeforShe” campaign of the United Nations Entity for Gender Equality and the
    // Empowerment of Women", A/RES/78/182 OP9, 80/186 OP9; "the “25 by 2025” initiative of the Caribbean Community", 78/168, 79/227)
    if (listed.length === 0 && !ownerGapAfterInitiative(text.slice(t.end, next.start))) continue;
    const { agents, end } = agentsFrom(text, sorted, k, next.start);
    for (const a of agents) {
      if (a.kind !== 'Organization' || !isNamedOrganization(a)) continue;
      push('LEADS', a.key, t.key, t.start, end);
      for (const l of listed) push('LEADS', a.key, l.key, l.start, end);
    }
  }
}

/**
 * Before a framework, a part of it that is what a body adopted: "the amendments to articles 124 and 8 of the Rome Statute
 * adopted by the Assembly of States Parties" (A/RES/78/6 OP26), "the amendments to the Code of that Convention adopted by
 * the Special Tripartite Committee", "general comment No. 7 (2018) on ... under the Convention on the Rights of Persons
 * with Disabilities, adopted by the Committee".
 */
const PART_NAMED_BEFORE_RE = /\b([Aa]mendments?|[Aa]rticles?|[Gg]eneral\s+(?:comments?|recommendations?)|[Pp]rovisions?|[Aa]nnex(?:es)?|[Pp]rotocols?)\b[^,;()]{0,80}$/;

/**
 * A part of an instrument named before the framework `f` (PART_NAMED_BEFORE_RE), unless `f` is itself of that kind: "to conclude
 * additional protocols to their safeguards agreements on the basis of the model protocol approved by the Board of Governors"
 * (A/RES/79/15 OP6, 78/14, 80/14): the protocols are modelled on the framework, which is what the Board approved.
 */
function partNamedBefore(text: string, f: EntityMention, pair: EntityMention | undefined): boolean {
  const from = Math.max(0, f.start - 90);
  const part = PART_NAMED_BEFORE_RE.exec(text.slice(from, f.start));
  if (part === null) return false;
  // ("the Model Provisions and the Guidelines on Mediation were adopted by ...", A/RES/78/104 PP7: the word is the name of the
  // instrument paired before, no part of another)
  if (pair !== undefined && pair.start <= from + part.index && from + part.index < pair.end) return false;
  const kind = part[1]!.toLowerCase();
  return !f.phrase.toLowerCase().includes(kind.endsWith('s') ? kind.slice(0, -1) : kind);
}

/** A resolution cited right after the mention at sorted[k] ("by the General Assembly in its resolution 61/295"). */
function resolutionRightAfter(sorted: readonly EntityMention[], k: number): boolean {
  const at = sorted[k]!;
  for (let j = k + 1; j < sorted.length; j++) {
    const m = sorted[j]!;
    if (m.start < at.end || m.kind === 'Date') continue;
    return m.kind === 'Resolution' && m.start - at.end < 60;
  }
  return false;
}

/** right after a sitting's mention, the plural's "s": "high-level meeting|s held" */
const PLURAL_AFTER_RE = letterRe(String.raw`^s(?![\p{L}\d])`, 'u');
/** In a framework's printed words: the body that adopted it ("the political declaration adopted by the high-level political forum
 *  ...", "... adopted at the ..."; not "the political declaration of the ...", which aud20b's guard keeps unread). */
const ADOPTING_BODY_WORDS_RE = /\sadopted\s+(?:by|at)\s+the\s/;
/** ... or the declaration printed as the forum's own: "the 2023 political declaration of the high-level political forum on
 *  sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit)" (A/RES/78/130
 *  PP4, 78/146, 78/182, 79/209), as "<framework> of the <sitting>" reads (lead's ruling, session 51); only with the auspices words
 *  (adoptingForumWords) */
const DECLARATION_OF_THE_RE = /\bdeclaration\s+of\s+the\s/;
/** The framework's printed words name the forum that adopted it, convened under a body's auspices, or say "adopted by/at the". */
function adoptingForumWords(phrase: string): boolean {
  return ADOPTING_BODY_WORDS_RE.test(phrase) || (phrase.includes(UNDER_THE_AUSPICES_OF_THE) && DECLARATION_OF_THE_RE.test(phrase));
}

/** between an anniversary declaration's mention (which stops at "anniversary") and the name it marks: " of the ", " of the adoption of the " */
const ANNIVERSARY_NAME_GAP_RE = /^ of (?:the adoption of )?the $/;
const ANNIVERSARY = 'anniversary';
/**
 * Where the sitting printed inside a text's name ends: "the Final Document of the Nineteenth Summit of Heads of State or
 * Government of Non-Aligned Countries" (A/RES/79/129 PP32, 80/171, 78/115) is read as "Final Document" keyed with the Summit's
 * name, then the Summit; -1 when the text's name holds no sitting printed right after its head.
 */
function sittingInTextNameEnd(text: string, sorted: readonly EntityMention[], i: number): number {
  const sitting = textOfSittingAfter(text, sorted, i);
  return sitting ? sitting.end : -1;
}
/** The sitting (Event) printed after the text sorted[i] with "of the", whose name the text's name ends with. */
function textOfSittingAfter(text: string, sorted: readonly EntityMention[], i: number): EntityMention | undefined {
  const named = sorted[i]!;
  const sitting = sorted[i + 1];
  if (sitting?.kind !== 'Event' || sitting.start < named.end || !OF_THE_GAP_RE.test(text.slice(named.end, sitting.start))) return undefined;
  return named.name.toLowerCase().endsWith(` of the ${sitting.name.toLowerCase()}`) ? sitting : undefined;
}
/** The text (Framework or Document) printed right before the sitting sorted[i] whose name holds it ("the Final Document of the <sitting>"). */
function textNamingSitting(text: string, sorted: readonly EntityMention[], i: number): EntityMention | undefined {
  const named = i > 0 ? sorted[i - 1] : undefined;
  if (named === undefined || (named.kind !== 'Framework' && named.kind !== 'Document')) return undefined;
  return textOfSittingAfter(text, sorted, i - 1) === sorted[i] ? named : undefined;
}

/** An instrument's lower-case topic starts at `at`, after its year or not (LOWERCASE_TOPIC_TAIL_RE). */
function lowercaseTopicTailAt(text: string, at: number): boolean {
  LOWERCASE_TOPIC_TAIL_RE.lastIndex = at;
  return LOWERCASE_TOPIC_TAIL_RE.test(text);
}

/**
 * Where a framework's printed name ends. "the political declaration on the occasion of the thirtieth anniversary of the Fourth
 * World Conference on Women, adopted at the sixty-ninth session of the Commission on the Status of Women" (A/RES/80/147 PP41,
 * 80/186 OP2), "the declaration on the occasion of the thirtieth anniversary of the International Conference on Population and
 * Development, adopted on 29 April 2024" (A/RES/79/217 PP1): the mention stops at "anniversary" (entityScan
 * anniversaryDeclarations) and the name it marks is a mention of its own; the declaration's name ends with that one's.
 */
function frameworkNameEnd(text: string, sorted: readonly EntityMention[], i: number): number {
  const f = sorted[i]!;
  if (!f.phrase.endsWith(ANNIVERSARY)) return f.end;
  for (let k = i + 1; k < sorted.length && sorted[k]!.start <= f.end + 30; k++) {
    const m = sorted[k]!;
    if ((m.kind === 'Event' || m.kind === 'Framework') && f.name.endsWith(m.name) && ANNIVERSARY_NAME_GAP_RE.test(text.slice(f.end, m.start))) return m.end;
  }
  return f.end;
}

/**
 * The key of one of the Security Council's committees, keyed with the resolution that set it up (entityScan.ts
 * committeesOfResolutions): "the “Abu Dhabi Guiding Principles”,23 adopted by the Security Council Committee established pursuant to
 * resolution 1373 (2001) concerning counter-terrorism" (A/RES/79/53 OP18): the resolution says which committee, a body named as
 * surely as "the Counter-Terrorism Committee" is.
 */
const COUNCIL_COMMITTEE_OF_RESOLUTION_KEY = nodeKey('Organization', 'Security Council Committee (S/RES/');
/**
 * An organ printed by its own title with its owner right after it, and keyed with that owner: "the model protocol approved by
 * the Board of Governors of the Agency on 15 May 1997" (A/RES/79/15 OP6, 78/14, 80/14: "Board of Governors" after the
 * International Atomic Energy Agency was named), a body as plainly named as by its full name.
 */
function ownerPrintedAfterOrgan(text: string, organ: EntityMention): boolean {
  return text.startsWith(OF_THE_GAP, organ.end) && organ.name.includes(OF_THE_GAP) && organ.name.startsWith(organ.phrase);
}

/** before a framework that is the topic of a text named before it: "the new strategy for the integration of culture and creativity
 *  in the implementation of the ", "the political declaration on the implementation of the " (no comma between) */
const TEXT_ON_IMPLEMENTATION_OF_BEFORE_RE =
  /\b(?:strategy|strategies|declarations?|road\s?map|plans?|guidelines|recommendations|outcome|decisions?)\s+(?:for|on)\s+[^,;:()]{0,120}?\bimplementation\s+of\s+(?:the\s+)?$/i;
/** before an instrument whose amendments are the text named: "the amendments to article 8 of the ", "the amendment to the " */
const AMENDMENTS_TO_BEFORE_RE = /\bamendments?\s+to\s+(?:articles?\s+\d+[a-z]?(?:\s+and\s+\d+[a-z]?)?\s+of\s+)?(?:the\s+)?$/;
/**
 * Whether the instrument at `i` is the one whose amendments a paragraph names, not what was adopted: "the amendments to article 8
 * of the Rome Statute of the International Criminal Court, relating to war crimes under the Rome Statute, adopted on 10 June 2010
 * at the Review Conference of the Rome Statute" (A/RES/79/123 PP31): the Conference adopted the amendments (no node), not the
 * Statute, named right after "amendments to" or again inside their topic (" under the Rome Statute") after such a mention.
 */
function amendedInstrument(text: string, sorted: EntityMention[], i: number): boolean {
  const f = sorted[i]!;
  if (AMENDMENTS_TO_BEFORE_RE.test(text.slice(Math.max(0, f.start - 60), f.start))) return true;
  if (!OF_BEFORE_RE.test(text.slice(Math.max(0, f.start - 30), f.start))) return false;
  for (let j = i - 1; j >= 0; j--) {
    const g = sorted[j]!;
    if (f.start - g.end > 160 || text.slice(g.end, f.start).includes(';')) return false;
    if (g.key === f.key && AMENDMENTS_TO_BEFORE_RE.test(text.slice(Math.max(0, g.start - 60), g.start))) return true;
  }
  return false;
}
/** after another body's numbered text, up to the sitting or body that adopted it: its day, its quoted title or its subject (up
 *  to 160 characters), then "adopted at the " or "adopted by the " (group 1: "by", the adopter a body whose sitting follows
 *  " at its ", or a sitting), and the sitting's year ("adopted by the 2018 Plenipotentiary Conference of the Union", A/RES/78/52
 *  PP20); the day may follow "adopted" ("resolution 1 adopted on 20 November 2013 by the General Conference of the United Nations
 *  Educational, Scientific and Cultural Organization at its thirty-seventh session", A/RES/79/267 PP4); "adopted during its " reads
 *  as "at" the body's own session ("Environment Assembly resolution 2/21 on sand and dust storms, adopted during its second session",
 *  A/RES/80/143 OP15, 78/158, 79/212; the session-59 ruling's example); the subject may go on with ", including ..." ("decisions
 *  2/CP.27 and 2/CMA.4 on funding arrangements ..., including a focus on addressing loss and damage, adopted on 20 November 2022
 *  during the twenty-seventh session of the Conference of the Parties ...", A/RES/78/162 PP5, 80/149) */
const DECISION_ADOPTED_GAP_RE = /^(?:(?:,\s+also)?\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?(?:,?\s+entitled\s+“[^”]{1,300}”|\s+on\s+[^,;:()“”]{1,160}?(?:,\s+including\s+[^,;:()“”]{1,80}?)?)?\s*(?:\d{1,3}\s*)?,?\s+adopted\s+(?:on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4},?\s+)?(at|by|during)\s+(?:the\s+|(?<=during\s+)its\s+)?(?:(?:19|20)\d\d\s+)?$/;
/** after a body or series, the rest of its name and then " at its " (its numbered session follows): " of the States Parties at its "
 *  after a mention that ends at "Conference" (A/RES/79/56 OP16); a footnote mark or a comma may stand before "at" */
const AT_ITS_AFTER_RE = /^[^,;:()]{0,100}?\d{0,3},?\s+at\s+its\s/;
/** between two numbers of one list: ", ", " and ", ", and " */
const NUMBER_LIST_GAP_RE = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
/** the end of the words before a sitting named in full after "during": "during the ", "during the 2018 " (not "during its ") */
const DURING_THE_END_RE = /\bthe\s+(?:(?:19|20)\d\d\s+)?$/;
/** The bodies keying the numbered text at sorted[i] and the numbers listed right before it ("decisions 2/CP.27 and 2/CMA.4"). */
function listedBodies(text: string, sorted: readonly EntityMention[], i: number): unknown[] {
  const bodies: unknown[] = [sorted[i]!.attrs.body];
  for (let j = i - 1, at = sorted[i]!; j >= 0; j--) {
    const p = sorted[j]!;
    if (p.kind !== 'Resolution' || typeof p.attrs.body !== 'string' || !NUMBER_LIST_GAP_RE.test(text.slice(p.end, at.start))) break;
    bodies.push(p.attrs.body);
    at = p;
  }
  return bodies;
}
/**
 * Step 4d'' of findAttributions: "Recalls decision 16/6 entitled “Role of people of African descent, ... in the implementation of
 * the Convention on Biological Diversity”, adopted at the sixteenth meeting of the Conference of the Parties to the Convention on
 * Biological Diversity" (A/RES/80/140 OP17; "decision 16/22 on biodiversity and climate change, adopted at ...", OP36; "decision
 * 16/35 adopted at ...", OP40; 79/208 OP14), "recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019 adopted by the
 * Conference of the States Parties at its twenty-fourth session" (A/RES/78/29 PP5, 79/56, 80/34): the sitting "at" names, or the
 * body "by" names (not its session: lead's ruling, session 59), ADOPTED the numbered text, as it adopts a framework (step 4d, which
 * reads no numbers). Only another body's text (not the Assembly's own, adopted by the Assembly), and each number of a list printed
 * before the one the words follow.
 */
function decisionsAdoptedAtSittingAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i]!;
    if (r.kind !== 'Resolution' || typeof r.attrs.body !== 'string' || r.attrs.body === 'General Assembly') continue;
    // (the first mention the words "adopted at|by the" end right before: past the day and the names inside a quoted title,
    // "decision 16/6 entitled “... of the Convention on Biological Diversity”, adopted at the")
    let k = i + 1;
    let m: RegExpExecArray | null = null;
    // (or the act named as a noun before the text: "the adoption of resolution 2000/22 of 18 August 2000, on ..., by the
    // Subcommission ... at its fifty-second session", A/RES/78/199 PP15; ADOPTION_OF_OWN_TEXT_BY_GAP_RE's group 1 is "by")
    const gapRe = ADOPTION_OF_TEXT_BEFORE_RE.test(text.slice(Math.max(0, r.start - 40), r.start)) ? ADOPTION_OF_OWN_TEXT_BY_GAP_RE : DECISION_ADOPTED_GAP_RE;
    for (; k < sorted.length && sorted[k]!.start - r.end <= 360; k++) if ((m = gapRe.exec(text.slice(r.end, sorted[k]!.start)))) break;
    const next = sorted[k];
    if (!m || next === undefined) continue;
    let sitting: EntityMention | undefined;
    if (m[1] === 'at') sitting = next.kind === 'Event' ? next : undefined;
    // ("during its": only a session of the body the number is keyed by, or, after "during the", of the body of a number listed
    // before it: "decisions 2/CP.27 and 2/CMA.4 ..., adopted ... during the twenty-seventh session of the Conference of the Parties
    // ...", A/RES/78/162 PP5)
    else if (m[1] === 'during') sitting = next.kind === 'Event' && (DURING_THE_END_RE.test(m[0]) ? listedBodies(text, sorted, i) : [r.attrs.body]).some((b) => next.name.endsWith(` of the ${b}`)) ? next : undefined;
    // "the revised International Telecommunication Union resolution 186 on strengthening the role of the Union ..., adopted by the
    // 2018 Plenipotentiary Conference of the Union" (A/RES/78/52 PP20, 79/51, 80/44), "resolution 10/6 ..., adopted by the Conference
    // of the States Parties to the Convention" (79/190 PP57): the sitting or series named as the adopter, with no session after it
    // ("adopted by the Conference of the States Parties at its sixteenth session", 79/56 OP16: the session's, below or none)
    else if (next.kind === 'Event' && !AT_ITS_AFTER_RE.test(text.slice(next.end, next.end + 120))) sitting = next;
    else {
      // "adopted by the Conference of the States Parties at its twenty-fourth session": the body "by" names adopted it, its
      // sitting after " at its " stays an entity of the paragraph (lead's ruling, session 59: the agent "by" gives adopts)
      const after = sorted[k + 1];
      if ((next.kind === 'Event' || next.kind === 'Organization') && after?.kind === 'Event' && AT_ITS_GAP_RE.test(text.slice(next.end, after.start))) sitting = next;
    }
    // "the adoption of decision 14/1 by the Open-ended Working Group on Ageing in line with ..." (A/RES/78/324 OP1): the act named as a
    // noun, the body whose name keys the text printed after "by the" with no session, adopted it
    if (sitting === undefined && gapRe === ADOPTION_OF_OWN_TEXT_BY_GAP_RE && next.kind === 'Organization' && r.key.startsWith(`Resolution:${next.name} `)) sitting = next;
    if (sitting === undefined || sitting.key === r.key) continue;
    push('ADOPTED', sitting.key, r.key, r.start, sitting.end);
    // (the body printed once after a list of adoptions: "the adoption on 29 November 2013 of resolution 5/6 on the private sector,35
    // the adoption on 6 November 2015 of resolution 6/5, the Saint Petersburg statement ...,36 and the adoption of resolution 10/12 ...
    // by the Conference of the States Parties to the Convention", A/RES/79/190 OP59: each of its texts named after "the adoption of")
    if (gapRe === ADOPTION_OF_OWN_TEXT_BY_GAP_RE) {
      for (let j = i - 1, at = r; j >= 0; j--) {
        const p = sorted[j]!;
        if (p.footnote !== undefined || p.kind !== 'Resolution') continue;
        if (p.attrs.body !== r.attrs.body || at.start - p.end > 400 || text.slice(p.end, at.start).includes(';')) break;
        if (!ADOPTION_OF_TEXT_BEFORE_RE.test(text.slice(Math.max(0, p.start - 40), p.start))) break;
        push('ADOPTED', sitting.key, p.key, p.start, sitting.end);
        at = p;
      }
      continue;
    }
    // (the numbers listed before it: "decisions C-24/DEC.4 and C-24/DEC.5 ... adopted by"; another body's number too when the
    // sitting is named after "at" or "during", which holds both: "decisions 2/CP.27 and 2/CMA.4 ..., adopted ... during the
    // twenty-seventh session of the Conference of the Parties", A/RES/78/162 PP5)
    // (each number may carry its day and quoted title: "resolutions 10/1 of 16 October 2020, entitled “...”, and 10/3, also of 16
    // October 2020, entitled “...”, adopted by the Conference of the Parties at its tenth session", A/RES/78/228 PP47, 80/228; the
    // day and the names inside a title are mentions of their own, which the gap test reads)
    const named = m[1] !== 'by';
    for (let j = i - 1, at = r; j >= 0; j--) {
      const p = sorted[j]!;
      if (p.kind !== 'Resolution' && p.end <= at.start && at.start - p.end <= 360) continue;
      if (p.kind !== 'Resolution' || (p.attrs.body !== r.attrs.body && !(named && typeof p.attrs.body === 'string')) || !(NUMBER_LIST_GAP_RE.test(text.slice(p.end, at.start)) || OWN_TEXT_TITLED_LIST_GAP_RE.test(text.slice(p.end, at.start)))) break;
      push('ADOPTED', sitting.key, p.key, p.start, sitting.end);
      at = p;
    }
  }
}

/** between two numbers of a body listed after it ("resolution 2/10 on oceans and seas16 and resolution 4/11", "seas,19 resolution 4/11"): topic, mark, joint */
const OWN_TEXT_LIST_GAP_RE = /^(?:\s+on\s+[^;:()“”]{1,160}?)?(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\d{0,3}(?:,\d{0,3}\s*(?:and\s+)?|\s+and\s+)$/;
/** textsAdoptedByIncludingAttributions' gate */
const ADOPTED_BY_THE_INCLUDING = ', including ';
/**
 * Step 4d''-including: "Recalling resolutions ... adopted by the United Nations Environment Assembly of the United Nations Environment
 * Programme, including resolution 2/10 on oceans and seas16 and resolution 4/11 ..." (A/RES/78/159 PP16): the body "by" names
 * ADOPTED each of its own numbers listed after ", including" (keyed with its name; the texts of bodies with UN symbols, "resolutions
 * adopted by the Human Rights Council, including resolutions 36/6", are left as the golds leave "Human Rights Council resolution
 * 36/6"). extract.ts adoptedOwnTextsIncludingAfter keeps the body from the clause's targets.
 */
function textsAdoptedByIncludingAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const body = sorted[i]!;
    if ((body.kind !== 'Organization' && body.kind !== 'Event') || body.footnote !== undefined || !ADOPTED_BY_THE_BEFORE_RE.test(text.slice(Math.max(0, body.start - 20), body.start))) continue;
    const prefix = `Resolution:${body.name} `;
    let prev: EntityMention = body;
    let gapRe = OWN_TEXTS_INCLUDING_GAP_RE;
    for (let k = i + 1; k < sorted.length; k++) {
      const r = sorted[k]!;
      if (r.footnote !== undefined || r.start < body.end) continue;
      if (r.kind !== 'Resolution' || !r.key.startsWith(prefix) || !gapRe.test(text.slice(prev.end, r.start))) break;
      push('ADOPTED', body.key, r.key, body.start, r.end);
      prev = r;
      gapRe = OWN_TEXT_LIST_GAP_RE;
    }
    // (and each of its numbers listed before ", adopted by the": "resolutions 5/14 of 2 March 2022, entitled “...”,7 4/6 of 15
    // March 2019, entitled “...”,8 and 4/9 of 15 March 2019, entitled “...”,9 adopted by the United Nations Environment Assembly",
    // A/RES/78/169 PP14: the agent "by" names, with or without "at its <session>", lead's ruling, session 61)
    // (a body whose texts are keyed by another name: UNESCO's General Conference, "resolution 41C/53 adopted by the General
    // Conference of [UNESCO] on 23 November 2021", A/RES/78/312 PP6)
    const ownPrefix = OWN_TEXT_PREFIX_BY_BODY.get(body.key) ?? prefix;
    let next: EntityMention = body;
    gapRe = OWN_TEXT_BEFORE_ADOPTED_BY_GAP_RE;
    for (let k = i - 1; k >= 0; k--) {
      const r = sorted[k]!;
      // (the day inside a number's mention is a mention of its own)
      if (r.footnote !== undefined || r.kind === 'Date') continue;
      if (r.kind !== 'Resolution' || !r.key.startsWith(ownPrefix) || !gapRe.test(text.slice(r.end, next.start))) break;
      push('ADOPTED', body.key, r.key, r.start, body.end);
      next = r;
      gapRe = OWN_TEXT_TITLED_LIST_GAP_RE;
    }
  }
}

/** between a body printed as its own number's author and "adopted on": its title and footnote mark ("”, 6 adopted on 2 March 2022") */
const OF_BODY_ADOPTED_ON_GAP_RE = new RegExp(String.raw`^(?:,\s+entitled\s+“[^”;]{1,300}”)?\s?\d{0,3},?\s*\d{0,3}\s+adopted\s+(?:on|in)\s+`);
/**
 * Step 4d''-of: "Taking note of resolution 5/4 of the United Nations Environment Assembly, entitled “Sustainable lake management”,
 * adopted on 2 March 2022" (A/RES/79/142 PP5), "resolution 3/2005 of the Conference of the Food and Agriculture Organization of the
 * United Nations, adopted on 25 November 2005" (78/169 PP3): the body printed after its own number (the number is keyed with its
 * name), then "adopted on <day>", ADOPTED it, as "adopted by the <body>" says (step 4d''-including); the body stays no verb target
 * (sessions 52-54). Not a number of another body's, nor one with no adoption printed ("decision 15/24 of the Conference of the Parties
 * ... on ...": the golds read no ADOPTED there).
 */
function ownTextOfBodyAdoptedOnAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const r = sorted[i]!;
    if (r.kind !== 'Resolution' || r.footnote !== undefined || typeof r.attrs.body !== 'string' || r.attrs.body === 'General Assembly') continue;
    const body = sorted[i + 1]!;
    if ((body.kind !== 'Organization' && body.kind !== 'Event') || body.footnote !== undefined || body.start < r.end || body.start - r.end > 8) continue;
    if (!r.key.startsWith(`Resolution:${body.name} `) || !/^\s+of\s+the\s+$/.test(text.slice(r.end, body.start))) continue;
    if (!OF_BODY_ADOPTED_ON_GAP_RE.test(text.slice(body.end, body.end + 340))) continue;
    push('ADOPTED', body.key, r.key, r.start, body.end);
  }
}

/** the key prefix of the texts of a body that keys them by another name than its own */
const OWN_TEXT_PREFIX_BY_BODY: ReadonlyMap<string, string> = new Map([
  ['Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization', 'Resolution:UNESCO General Conference resolution '],
]);
/** after a day and a title printed with a number ("of 15 March 2019, entitled “...”,9"): the words and the footnote mark */
const DAY_TITLE_MARK_SOURCE = String.raw`(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?(?:,\s+entitled\s+“[^”;]{1,300}”)?\d{0,3}`;
/** between the last number of a body's list and the body: ",9 adopted by the " */
const OWN_TEXT_BEFORE_ADOPTED_BY_GAP_RE = new RegExp(String.raw`^${DAY_TITLE_MARK_SOURCE}(?:,\d{0,3})?\s+adopted\s+by\s+the\s+$`);
/** between two numbers of that list: ",7 ", ", 8 and " (the mark as the reader leaves it) */
const OWN_TEXT_TITLED_LIST_GAP_RE = new RegExp(String.raw`^${DAY_TITLE_MARK_SOURCE}(?:,\s?\d{0,3}\s*(?:and\s+)?|\s+and\s+)$`);

/** between a body's session and the number it adopted: ", in ", ", in its "; where and when the session was held first (A/RES/78/162 PP15) */
const IN_RESOLUTION_GAP_RE = new RegExp(String.raw`^(?:${SESSION_VENUE_DAYS_SOURCE})?,\s+in\s+(?:its\s+)?$`);
const AT_ITS_WORDS = ' at its ';
/** right before the agent of an act: "by the ", "by " */
const BY_THE_BEFORE_RE = /\bby\s+(?:the\s+)?$/;
/** between a body and its session: " at its ", " at its resumed " (the session's mention is its ordinal and noun) */
const AT_ITS_SESSION_GAP_RE = /^\s+at\s+its\s+(?:resumed\s+)?$/;
/**
 * Step 4d''': "Welcoming the decision by the United Nations Environment Assembly at its resumed fifth session, in resolution 5/14 of
 * 2 March 2022, to convene ..." (A/RES/80/140 PP34; "in its resolution 5/8", some 10 texts of corpus-ga): the body "by" names
 * ADOPTED the number printed right after its session, as in "adopted by the <body> at its <session>" (step 4d''; lead's ruling,
 * session 59); with no "by" the session did. Only the body's own number (the session named with the body the number is keyed by).
 */
function sessionInResolutionAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 2; i < sorted.length; i++) {
    const r = sorted[i]!;
    const body = r.attrs.body;
    if (r.kind !== 'Resolution' || typeof body !== 'string' || body === 'General Assembly') continue;
    // (its venue and days may stand between: "at its eighteenth session, held in Abu Dhabi from 3 to 7 November 2019, in its
    // resolution GC.18/Res.9", A/RES/78/162 PP15; IN_RESOLUTION_GAP_RE reads the words)
    let k = i - 1;
    while (k > 1 && (sorted[k]!.kind === 'Date' || sorted[k]!.kind === 'Place')) k--;
    const sitting = sorted[k]!;
    const organ = sorted[k - 1]!;
    if (sitting.kind !== 'Event' || !sitting.name.endsWith(` of the ${body}`) || organ.kind !== 'Organization' || !organ.name.startsWith(body)) continue;
    if (!IN_RESOLUTION_GAP_RE.test(text.slice(sitting.end, r.start)) || !AT_ITS_SESSION_GAP_RE.test(text.slice(organ.end, sitting.start))) continue;
    // ("the decision by the ...": the body "by" names adopted it, not its session, lead's ruling of session 59)
    const adopter = BY_THE_BEFORE_RE.test(text.slice(Math.max(0, organ.start - 8), organ.start)) ? organ : sitting;
    push('ADOPTED', adopter.key, r.key, organ.start, r.end);
  }
}

/** between a body and the number it adopted, printed as its agent: " in its " (or " in ", where the number's mention holds "its") */
const IN_ITS_GAP_RE = /^,?\s+in\s+(?:its\s+)?$/;
const IN_ITS_RESOLUTION_WORDS = ' in its resolution ';
/**
 * Step 4d'''': "the intergovernmental negotiating committee, established by the United Nations Environment Assembly in its resolution
 * 5/14 of 2 March 2022 at its resumed fifth session" (A/RES/78/159 OP5, 80/145 OP5): the body "by" names ADOPTED its own number
 * printed right after it with "in its", as "the decision by the <body> at its <session>, in its resolution" does (step 4d''').
 * Only another body's number keyed by that body's name (the Assembly's own act gives no edge).
 */
function byBodyInItsResolutionAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 1; i < sorted.length; i++) {
    const r = sorted[i]!;
    const body = r.attrs.body;
    // (a number keyed by its body's name, "United Nations Environment Assembly resolution 5/14", as the golds record its ADOPTED; not
    // one with a United Nations symbol, "as decided by the Human Rights Council in its resolution 42/23" (A/RES/78/203), whose
    // adoption the golds leave to the symbol)
    if (r.kind !== 'Resolution' || typeof body !== 'string' || body === 'General Assembly' || !r.key.includes(`${body} resolution `)) continue;
    const organ = sorted[i - 1]!;
    if (organ.kind !== 'Organization' || !organ.name.startsWith(body) || !IN_ITS_GAP_RE.test(text.slice(organ.end, r.start))) continue;
    if (BY_THE_BEFORE_RE.test(text.slice(Math.max(0, organ.start - 8), organ.start))) push('ADOPTED', organ.key, r.key, organ.start, r.end);
  }
}

/**
 * Step 4d-comments: "general comments No. 21 (1992) on ..., No. 32 (2007) on ... and No. 35 (2014) on ...,16 adopted by the Human
 * Rights Committee" (A/RES/79/172 PP7): the committee printed after a list of its general comments (documents.ts
 * generalCommentMentions, attrs.author) adopted each of them, not the last one alone; a comment's topic and a footnote mark stand
 * before "adopted by", which step 4d does not read past. A committee printed before its comments ("general comment No. 25 (2021) of
 * the Committee on the Rights of the Child") is named, not said to adopt.
 */
function listedGeneralCommentsAdoptedBy(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const g = sorted[i]!;
    const author = g.attrs.author;
    if (g.kind !== 'Document' || g.attrs.generalComment === undefined || typeof author !== 'string') continue;
    // the first body after it: the author its list names, with "adopted by the" right before and no ";" between
    let k = i + 1;
    while (k < sorted.length && sorted[k]!.kind !== 'Organization') k++;
    const body = k < sorted.length ? sorted[k]! : undefined;
    if (body === undefined || (body.name !== author && body.phrase.replace(/\s+/g, ' ') !== author)) continue;
    const gap = text.slice(g.end, body.start);
    if (!gap.includes(';') && ADOPTED_BY_THE_BEFORE_RE.test(gap)) push('ADOPTED', body.key, g.key, g.start, body.end);
  }
}

/**
 * Step 4d of findAttributions: "the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable
 * Urban Development", "the Tunis Agenda for the Information Society adopted by the Summit": the conference adopted it.
 */
function adoptedAtConferenceAttributions(text: string, sorted: EntityMention[], push: Push, adoptedWord: boolean): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const f = sorted[i]!;
    // (an initiative a body's leaders adopted: "the Global Initiative on Reducing Land Degradation ... adopted by the leaders of
    // the Group of 20 in Riyadh in 2020", A/RES/78/320 PP10, 78/154, 79/207, 80/139)
    // (not one that ends a longer noun, which is what was adopted: "the programme of work for the fourth cycle of the Regular
    // Process, as adopted by the Ad Hoc Working Group of the Whole", A/RES/80/110 OP323)
    if (f.kind !== 'Framework' && f.kind !== 'Document' && (f.kind !== 'Initiative' || text.endsWith(OF_THE_GAP, f.start))) continue;
    // (nor a framework whose implementation is the topic of the text adopted: "the new strategy for the integration of culture
    // and creativity in the implementation of the 2030 Agenda for Sustainable Development, adopted at the eleventh annual meeting
    // of the Creative Cities Network", A/RES/78/161 PP26, 80/148 PP30: the strategy was adopted; "the political declaration on the
    // implementation of the United Nations Global Plan of Action ..., adopted at the high-level meeting ... 2017", 78/182 PP7)
    if (TEXT_ON_IMPLEMENTATION_OF_BEFORE_RE.test(text.slice(Math.max(0, f.start - 200), f.start))) continue;
    if (amendedInstrument(text, sorted, i)) continue;
    // (past mentions inside the name and the date of adoption: "adopted in March 2022 at the first part of the")
    let k = i + 1;
    // ("the Voluntary Guidelines on Gender Equality ... of the Committee on World Food Security endorsed at the fifty-first session
    // of the Committee", A/RES/78/279 PP7: the owner printed after the title, part of its name as for its verb (session 57), stands
    // between the name and the words of its adoption)
    const ownerAfter = frameworkOwnerAfter(text, sorted, i);
    const nameEnd = ownerAfter !== undefined && OWNER_THEN_ADOPTED_AT_RE.test(text.slice(ownerAfter.end, ownerAfter.end + 40)) ? ownerAfter.end : frameworkNameEnd(text, sorted, i);
    // (and its short name in brackets right after it, the same node: "“...” (ESD for 2030), endorsed by")
    // (and the venue between "adopted in" and the sitting: "the New Urban Agenda adopted in Quito by the ...", adoptedInPlaceBySitting)
    while (
      k < sorted.length &&
      (sorted[k]!.start < nameEnd || sorted[k]!.kind === 'Date' || (sorted[k]!.key === f.key && sorted[k]!.start - f.end <= 3) || (sorted[k]!.kind === 'Place' && adoptedInPlaceBySitting(text, sorted[k]!, sorted[k + 1])))
    )
      k++;
    const ev = k < sorted.length ? sorted[k]! : undefined;
    // "the political declaration adopted by the high-level political forum on sustainable development convened under the
    // auspices of the General Assembly (Sustainable Development Goals Summit)" (A/RES/79/218 OP12, 78/163 OP8: 22 paragraphs of 22 texts),
    // "... adopted at the ..." (A/RES/78/151 OP6, 79/202 OP7, 80/135 OP6): the declaration's words name the forum that adopted
    // it, the sitting in brackets right after them is the one that did
    if (ev?.kind === 'Event' && ev.start - f.end <= 3 && text.charCodeAt(ev.start - 1) === 40 /* ( */ && adoptingForumWords(f.phrase)) {
      push('ADOPTED', ev.key, f.key, f.start, ev.end);
      // (and the body under whose auspices the forum was convened holds that sitting: A/RES/78/178 PP14, the General Assembly)
      const auspices = f.phrase.indexOf(UNDER_THE_AUSPICES_OF_THE);
      const holder = auspices < 0 ? undefined : ownerEntryKey(lookupName(f.phrase.slice(auspices + UNDER_THE_AUSPICES_OF_THE.length)));
      if (holder !== undefined) push('ORGANIZES', holder, ev.key, f.start + auspices + 1, ev.end);
      continue;
    }
    // (with no "adopted" in the text, only an agreement "reached at" or "agreed at" its sitting can be read)
    if (!adoptedWord) {
      REACHED_AT_AFTER_RE.lastIndex = f.end;
      if (!REACHED_AT_AFTER_RE.test(text)) continue;
    }
    // "the Declaration of Sharm el-Sheikh, adopted by the African Union in October 2019", "the Code of Conduct for
    // Responsible Fisheries, adopted by the Conference of the Food and Agriculture Organization": a body adopted it
    // (not when it did so in a resolution the text cites: step 4c makes the resolution the adopter)
    const body = ev?.kind === 'Organization';
    // ("the Incheon Declaration: Education 2030 – towards inclusive and equitable quality education and lifelong learning for
    // all, adopted at the World Education Forum 2015", A/RES/79/267 PP12, 79/178 OP17: the subtitle after the name's colon is
    // the title's, not a gap)
    const from = text.charCodeAt(f.end) === 58 /* : */ ? f.end + (SUBTITLE_BEFORE_ADOPTED_RE.exec(text.slice(f.end, f.end + 200))?.[0].length ?? 0) : nameEnd;
    if (ev?.kind !== 'Event' && !body) continue;
    // (the leaders who acted at the sitting, described: a longer gap, "... Government of countries using French as a common language at the ")
    // (or the purpose of an initiative, "... Habitats to prevent, halt and reverse land degradation adopted by the leaders of the")
    // (or its year and lower-case topic, " of 2024 for snow leopard conservation and climate adaptation, adopted at the ")
    const gapReach = ev.start - from > 70 && (text.slice(from, ev.start).includes(HEADS_OF_STATE) || text.startsWith(PURPOSE_TO, from) || lowercaseTopicTailAt(text, from)) ? 160 : 70;
    if (ev.start - from > gapReach || !ADOPTED_AT_GAP_RE.test(text.slice(from, ev.start))) {
      // "the Framework for Action,5 which provides a set of voluntary policy options and strategies for use by Governments, as
      // appropriate, adopted at the Second International Conference on Nutrition" (A/RES/80/157 PP5, 78/168): a relative clause
      // of the framework's own stands before its "adopted at"
      const gap = text.slice(from, ev.start);
      if (gap.length > 240 || !gap.includes(WHICH_WORD) || !WHICH_CLAUSE_ADOPTED_AT_GAP_RE.test(gap)) continue;
    }
    // (after a closing quote, only a framework that is the whole quoted title: not "decision 16/6 entitled “... in the
    // implementation of the Convention on Biological Diversity”, adopted at ..." (A/RES/79/208 OP14), where the decision was
    // adopted. A sitting printed as a short form, "“Our ocean, our future: call for action” adopted by the Conference
    // co-hosted by Fiji and Sweden, held in New York ... 2017" (A/RES/80/110 PP11), is the edition its year names: see
    // shortEditionsHeldAfter)
    if (text.charCodeAt(from) === 0x201d /* ” */ && text.charCodeAt(f.start - 1) !== 0x201c /* “ */) continue;
    // (not a sitting read from a plural: "... and on universal health coverage4 adopted at the General Assembly high-level
    // meetings held in New York on 20 and 21 September 2023, respectively", A/RES/78/205 PP17: several sittings, each its own)
    if (ev.kind === 'Event' && PLURAL_AFTER_RE.test(text.slice(ev.end, ev.end + 2))) continue;
    // (nor a one-word short form: "general comment No. 7 (2018) on ... the implementation and monitoring of the Convention,
    // adopted by the Committee on the Rights of Persons with Disabilities" ends a longer name, A/RES/79/172 PP7)
    // ("the Protocol on the Protection of ... and the Protocol on the Property Rights of Returning Persons, adopted by the
    // International Conference on the Great Lakes Region", A/RES/80/211 PP29: two instruments of one kind listed as a pair
    // were adopted together, the "Protocol" before is no part named)
    const pair = pairedBefore(text, sorted, i);
    const samePair = body && pair !== undefined && firstWordOf(pair.name) === firstWordOf(f.name);
    // (a Council committee's resolution printed right after it is the one that set it up, not one it adopted the text in)
    const councilCommittee = body && ev.key.startsWith(COUNCIL_COMMITTEE_OF_RESOLUTION_KEY);
    const namedBody = body && (isNamedOrganization(ev) || ownerPrintedAfterOrgan(text, ev) || councilCommittee);
    if (body && f.phrase.includes(' ') && !namedBody) {
      // "the guiding principles for the search for disappeared persons adopted by the Committee at its sixteenth session"
      // (A/RES/78/207 OP10, 80/201): a body named by its short form, whose sitting named right after says which body it is;
      // that body adopted it (lead's ruling, session 59: the agent "by" gives), the sitting where the short form was not read
      // as the sitting's owner
      const sitting = k + 1 < sorted.length ? sorted[k + 1]! : undefined;
      if (sitting?.kind === 'Event' && AT_ITS_GAP_RE.test(text.slice(ev.end, sitting.start)) && !resolutionRightAfter(sorted, k + 1)) {
        push('ADOPTED', sitting.name.endsWith(` of the ${ev.name}`) ? ev.key : sitting.key, f.key, f.start, sitting.end);
      }
      continue;
    }
    if (body && (!f.phrase.includes(' ') || !namedBody || (!councilCommittee && resolutionRightAfter(sorted, k)) || (!samePair && partNamedBefore(text, f, pair)))) continue;
    // "the Kyoto Declaration ...: Towards the Achievement of the 2030 Agenda for Sustainable Development, adopted by the
    // Fourteenth Congress", "resolution 8/9 on ... to support the 2030 Agenda ..., adopted by the Conference": the end
    // of a longer title, which is what was adopted
    if (TITLE_TAIL_BEFORE_RE.test(text.slice(Math.max(0, f.start - 80), f.start))) continue;
    // "the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, adopted by the
    // Conference": a bare "Conference" is the one the framework's own name holds, not the one it was read as (unless it was
    // read as that one: "..., adopted by the Conference, which was held from 13 to 16 July 2015", A/RES/78/69 PP14, the Third
    // Conference on Financing for Development, whose name the Agenda's holds, adopted it)
    if (!ev.phrase.includes(' ') && f.name.includes(ev.phrase) && !f.name.includes(ev.name)) continue;
    push('ADOPTED', ev.key, f.key, f.start, ev.end);
    // (a sitting that then endorsed it: ADOPTED here, ENDORSES by its participle, endorsedNotAdopted)
    let e = k + 1;
    while (e < sorted.length && sorted[e]!.kind === 'Date') e++;
    const endorser = sorted[e];
    if (endorser?.kind === 'Event' && endorser.start - ev.end <= 60 && AND_ENDORSED_AT_SITTING_GAP_RE.test(text.slice(ev.end, endorser.start))) {
      push('ADOPTED', endorser.key, f.key, f.start, endorser.end);
    }
    // ("the Universal Declaration on Cultural Diversity ..., together with its Action Plan, adopted ... by the General Conference")
    const owner = instrumentOfItsCompanion(text, sorted, i);
    if (owner) push('ADOPTED', ev.key, owner.key, owner.start, ev.end);
    if (f.phrase.endsWith(LISTED_DECLARATIONS_HEAD)) citiesListedBefore(text, sorted, i, (g) => push('ADOPTED', ev.key, g.key, g.start, ev.end));
    // ("the objectives of the Convention and the Kunming-Montreal Global Biodiversity Framework adopted at the fifteenth
    // session of the Conference of the Parties": the convention the conference's own name holds is older than it)
    // (a body's pair is not read: "the United Nations Declaration on the Rights of Indigenous Peoples and the Convention on
    // the Protection and Promotion of the Diversity of Cultural Expressions adopted by UNESCO", A/RES/79/315 PP2)
    // ("the Model Provisions and the Guidelines on Mediation were adopted by the United Nations Commission on International
    // Trade Law", A/RES/78/104 PP7: the plural verb says the pair was, whatever its kinds)
    const pluralVerb = text.slice(nameEnd, ev.start).includes(WERE_WORD);
    // ("the Voluntary Guidelines on the Responsible Governance of Tenure ... 14 and the Principles for Responsible Investment in
    // Agriculture and Food Systems, 15 endorsed by the Committee on World Food Security, which embrace ...", A/RES/80/184 PP20,
    // 78/181: each of the pair cited by its own note, the participle set off by a comma after the second's is said of both; not
    // "... Indigenous Peoples 3 and the Convention on ... adopted by UNESCO 4", A/RES/79/315 PP2, with no comma)
    const setOffAfterMarks = pair !== undefined && MARK_AND_GAP_RE.test(text.slice(pair.end, f.start)) && MARK_COMMA_PARTICIPLE_RE.test(text.slice(nameEnd, ev.start));
    // ("the political declaration of the high-level meeting on ... and the Bali Agenda for Resilience resulting from the seventh session
    // of the Global Platform ...", A/RES/78/280 PP24: the outcome of that session is the one the words follow, not the pair before)
    const resulting = text.slice(nameEnd, ev.start).includes(RESULTING_FROM);
    if (pair && !resulting && (!body || samePair || pluralVerb || setOffAfterMarks) && !ev.key.includes(pair.name)) push('ADOPTED', ev.key, pair.key, pair.start, ev.end);
    if (LOWER_OUTCOME_HEAD_RE.test(f.phrase)) outcomesListedBefore(text, sorted, i, (g) => push('ADOPTED', ev.key, g.key, g.start, ev.end));
  }
}

/** a sitting's outcome text printed by its lower-case head: "decision on ...", "resolution on ..." */
const LOWER_OUTCOME_HEAD_RE = /^(?:the\s+)?(?:decision|resolution)\s+on\s/;
/**
 * "the decision on strengthening the review process for the Treaty, the decision on principles and objectives ..., the decision
 * on the extension of the Treaty and the resolution on the Middle East, adopted by the 1995 Review and Extension Conference"
 * (A/RES/78/53 PP6, 79/50, 80/24): a list of one sitting's decisions and resolutions printed by their lower-case heads, the last
 * one's adoption is every listed one's (a longer list of named instruments stays the last one's: pairedBefore). Calls `each`
 * for those before sorted[i].
 */
function outcomesListedBefore(text: string, sorted: EntityMention[], i: number, each: (g: EntityMention) => void): void {
  for (let g = previousListed(text, sorted, i, FRAMEWORK_LIST_GAP_RE); g?.kind === 'Framework' && LOWER_OUTCOME_HEAD_RE.test(g.phrase); g = previousListed(text, sorted, sorted.indexOf(g), FRAMEWORK_LIST_GAP_RE)) each(g);
}

/** the plural head the last of a list of declarations named after cities prints (entityScan cityDeclarations) */
const LISTED_DECLARATIONS_HEAD = ' Declarations';
/** between two of those cities: ", ", " and ", ", and " */
const CITY_LIST_GAP_RE = /^,?\s+(?:and\s+)?$/;
/**
 * "the Moscow, Brasilia and Stockholm Declarations, adopted at the Global Ministerial Conferences and High-Level Conference on
 * Road Safety" (A/RES/79/138 PP41; "... Stockholm and Marrakech Declarations", 80/112): the head and what follows it are every
 * listed declaration's, so each city's declaration before the last (which prints the head) was adopted there too. Calls `each`
 * for them.
 */
function citiesListedBefore(text: string, sorted: EntityMention[], i: number, each: (g: EntityMention) => void): void {
  let next = sorted[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const g = sorted[j]!;
    if (g.kind !== 'Framework' || g.phrase.includes(' ') || !CITY_LIST_GAP_RE.test(text.slice(g.end, next.start))) return;
    each(g);
    next = g;
  }
}

function firstWordOf(name: string): string {
  const sp = name.indexOf(' ');
  return sp < 0 ? name : name.slice(0, sp);
}

/** from "at which" to the first "was/were adopted" after it, in the same sentence */
const AT_WHICH_ADOPTED_RE = /\bat\s+which\s[^.;]{0,200}?\s(?:was|were)\s+adopted\b/g;
/** the active form, the Assembly sitting there: "at which the General Assembly adopted the " (what follows is what it adopted) */
const AT_WHICH_ASSEMBLY_ADOPTED_RE = /\bat\s+which\s+the\s+(?:General\s+)?Assembly\s+adopted\s+(?:the\s+)?/g;
const EVENT_KIND = new Set(['Event']);
const SITTING_NOUN_RE = /\b(?:[Ss]ummit|[Cc]onference|[Mm]eeting|[Ss]ession|[Ff]orum|[Ss]egment|[Dd]ialogue)s?\b/;

/** The text from `from` to `to` with the mentions inside it left out (each a space). */
function textOutsideMentions(text: string, sorted: readonly EntityMention[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const x of sorted) {
    if (x.start < at || x.end > to) continue;
    out += text.slice(at, x.start) + ' ';
    at = x.end;
  }
  return out + text.slice(at, to);
}

/**
 * Step 4e of findAttributions: "the convening of the Summit of the Future on 22 and 23 September 2024 at the United Nations
 * Headquarters in New York, at which resolution 79/1 entitled “The Pact for the Future” and its annexes, including the Global
 * Digital Compact, were adopted" (A/RES/79/334 PP3 and ~50 texts of corpus-ga), "the World Summit for Social Development ...,
 * at which the Doha Political Declaration was adopted": the sitting before "at which" adopted the frameworks named up to
 * "adopted" (the resolution printed there is not what the sitting adopted in the graph's sense: it holds the framework). The active
 * form, "at which the General Assembly adopted the <framework>", is sittingAdoptedAttributions'.
 */
function atWhichAdoptedAttributions(text: string, sorted: EntityMention[], push: Push): void {
  AT_WHICH_ADOPTED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AT_WHICH_ADOPTED_RE.exec(text))) {
    const ev = attributedBefore(text, sorted, m.index, EVENT_KIND);
    // "the United Nations Conference on Sustainable Development, the United Nations summit for the adoption of the post-2015
    // development agenda, at which ...": a sitting noun after the event's mention is another sitting, not recognised
    if (!ev || SITTING_NOUN_RE.test(textOutsideMentions(text, sorted, ev.end, m.index))) continue;
    const to = m.index + m[0].length;
    for (const x of sorted) if (x.kind === 'Framework' && x.start > m.index && x.end <= to) push('ADOPTED', ev.key, x.key, ev.start, x.end);
  }
}

const AS_ADOPTED_AT = 'As adopted at ';
/** a sentence opened by the adoption it reports, the sitting right after: "As adopted at the " */
const AS_ADOPTED_AT_OPENING_RE = /(?:^|[.;]\s+)As\s+adopted\s+at\s+the\s+$/;
/**
 * "As adopted at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity and agreed upon
 * as global targets in the Kunming-Montreal Global Biodiversity Framework, we will ensure ..." (A/RES/79/314 annex OP10): the
 * sitting the opening phrase names adopted the framework named in the same phrase (before its first comma).
 */
function asAdoptedAtOpeningAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const ev = sorted[i]!;
    if (ev.kind !== 'Event' || !AS_ADOPTED_AT_OPENING_RE.test(text.slice(Math.max(0, ev.start - 20), ev.start))) continue;
    const comma = text.indexOf(',', ev.end);
    const phraseEnd = comma < 0 ? text.length : comma;
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < phraseEnd; j++) {
      const f = sorted[j]!;
      if (f.start < ev.end || f.kind !== 'Framework' || f.end > phraseEnd) continue;
      push('ADOPTED', ev.key, f.key, ev.start, f.end);
      break;
    }
  }
}

/** a second clause whose subject is the sitting named before: ", and recalling that it adopted the ", ", and recalls that it adopted " */
const THAT_IT_ADOPTED_RE = /,\s+and\s+(?:recalling|recalls|noting|notes)\s+that\s+it\s+adopted\s+(?:the\s+)?/g;
const THAT_IT_ADOPTED = ' that it adopted ';

/**
 * a framework printed as "outcome document" (entityScan outcomeDocumentsAfterSittings), "its " right before it; a named outcome's
 * printed end (NAMED_OUTCOME_DOCUMENT_OF_THE); the words before a titled sitting (extract.ts)
 */
export const OUTCOME_DOCUMENT_WORDS = 'outcome document';
const ITS_BEFORE_RE = /\bits\s+$/;
/** (or a declaration the sitting is named with, after ", and its": "the 2024 Global Education Meeting, held on 31 October and 1
 *  November 2024 in Fortaleza, Brazil, and its “Fortaleza Declaration”" (A/RES/79/151 PP14); "the first ... Global Ministerial
 *  Conference on Ending Tuberculosis ..., held in Moscow on 16 and 17 November 2017, and its Moscow Declaration to End TB"; the
 *  comma left out after the days: "the Global Education Meeting held in Fortaleza, Brazil, on 31 October and 1 November 2024 and
 *  its Fortaleza Declaration", A/RES/79/267 PP14) */
const AND_ITS_BEFORE_RE = /,?\s+and\s+its\s+[“"]?$/;
/** (or set off by commas in a list of sittings, each "in its" own outcome: "the International Conference on Financing for Development,
 *  in its Monterrey Consensus,20 the 2005 World Summit, the Follow-up International Conference ..., in its Doha Declaration on
 *  Financing for Development,21 ..., the third International Conference on Financing for Development, in its Addis Ababa Action
 *  Agenda" (A/RES/78/174 OP8, 79/146, 80/178): any framework, as "its outcome document, the") */
const IN_ITS_BEFORE_RE = /,\s+in\s+its\s+$/;
/** the gate of IN_ITS_BEFORE_RE's form */
const IN_ITS = ', in its ';
/** the gate of AND_WORDS_OF_ITS_BEFORE_RE's form */
const OF_ITS = ' of its ';
/** (or after a verb of its own: "... Global Ministerial Conference on Ending Tuberculosis ..., held in Moscow on 16 and 17 November
 *  2017, and take note with appreciation of its Moscow Declaration to End TB", A/RES/73/3 OP4; "and the adoption of its") */
const AND_WORDS_OF_ITS_BEFORE_RE = /,\s+and\s+(?:[a-z]+\s+){1,5}of\s+its\s+[“"]?$/;
/** the head of a sitting's outcome named after "and its": a Declaration, or a Consensus named by its city ("the World Summit on
 *  Teachers, held on 28 and 29 August 2025 in Santiago, and its Santiago Consensus", A/RES/80/141 OP3) */
const SITTING_OUTCOME_HEAD_RE = /Declaration|\bConsensus\b/;
const AND_ITS = ' and its ';
/** before a framework: "its outcome document, the ", "its outcome document, entitled “", "its outcome documents, the ", "its
 *  outcome, the " ("the Fourth International Conference on Financing for Development and its outcome, the Sevilla Commitment",
 *  A/80/L.41 PP5); "its outcomes, including the ", "its outcomes, including the adoption of the " ("the second part of the
 *  fifteenth meeting of the Conference of the Parties, held in Montreal, Canada, from 7 to 19 December 2022, and welcoming its
 *  outcomes, including the Kunming-Montreal Global Biodiversity Framework", A/RES/80/124 PP6, 78/138, 78/151 and some 15 texts;
 *  "... and its outcomes, in particular the adoption of the ...", 78/68 OP21)
 *  (a title that keeps its capital "The" after the comma: "the United Nations Conference on Trade and Development eWeek 2023, ...,
 *  and its outcome document, The Geneva Vision of the Future of the Digital Economy", A/RES/79/194 OP22) */
const ITS_OUTCOME_BEFORE_RE =
  /\bits\s+(?:outcome(?:\s+documents?)?\s*,?\s*(?:entitled\s+)?(?:[Tt]he\s+)?[“"]?|outcomes\s*,?\s+(?:including|in\s+particular)\s+(?:the\s+adoption\s+of\s+)?the\s+)$/;

/** between a sitting and the bodies printed as its hosts: ", hosted by the " (A/RES/78/198 PP41, 79/171, 80/210) */
const HOSTED_BY_GAP_RE = /^,\s+(?:jointly\s+)?(?:co-)?(?:hosted|organized|convened)\s+by\s+(?:the\s+)?$/;
/** "its outcome documents, the " before the first of the sitting's frameworks listed ("..., the Rome Declaration on Nutrition and the
 *  Framework for Action", A/RES/78/198 PP41): the next one joined by "and the" is its outcome too */
const ITS_OUTCOME_DOCUMENTS_BEFORE_RE = /\bits\s+outcome\s+documents\s*,\s*the\s+$/;
/**
 * Step 4f of findAttributions: "Welcoming the convening of the Fourth International Conference on Financing for Development
 * from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its outcome document, the Sevilla Commitment" (33 times in
 * corpus-ga), "the United Nations Conference on Sustainable Development, held in Rio de Janeiro, ..., and its outcome
 * document, entitled “The future we want”": the sitting named last before "its" (past its venue and dates only) adopted
 * the framework. Not when another mention stands between ("the initiative of the Office of the High Commissioner and its
 * outcome document, the Rabat Plan of Action": "its" is the initiative's).
 */
function itsOutcomeDocumentAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 1; i < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.kind !== 'Framework') continue;
    // (or the framework printed as "its outcome document" alone, the sitting's known outcome: "the second High-level United
    // Nations Conference on South-South Cooperation, held in Buenos Aires ..., and its outcome document", A/RES/79/221 OP14)
    const before = text.slice(Math.max(0, f.start - 50), f.start);
    // (a declaration "of its" after a verb of the next clause: "its" is still the sitting named last, with nothing between)
    const afterVerb = SITTING_OUTCOME_HEAD_RE.test(f.phrase) && AND_WORDS_OF_ITS_BEFORE_RE.test(before);
    if (!ITS_OUTCOME_BEFORE_RE.test(before) && !IN_ITS_BEFORE_RE.test(before) && !(text.startsWith(OUTCOME_DOCUMENT_WORDS, f.start) && ITS_BEFORE_RE.test(before)) && !(SITTING_OUTCOME_HEAD_RE.test(f.phrase) && AND_ITS_BEFORE_RE.test(before)) && !afterVerb) continue;
    let j = i - 1;
    while (j >= 0 && (sorted[j]!.kind === 'Date' || sorted[j]!.kind === 'Place' || sorted[j]!.end > f.start)) j--;
    // (past the bodies printed as the sitting's hosts too: "the Second International Conference on Nutrition, hosted by the World
    // Health Organization and the Food and Agriculture Organization of the United Nations in Rome from 19 to 21 November 2014, and of
    // its outcome documents, the Rome Declaration on Nutrition and the Framework for Action", A/RES/78/198 PP41)
    let k = j;
    while (k >= 0 && (sorted[k]!.kind === 'Organization' || sorted[k]!.kind === 'Date' || sorted[k]!.kind === 'Place')) k--;
    const host = sorted[k + 1];
    if (k < j && k >= 0 && sorted[k]!.kind === 'Event' && host !== undefined && HOSTED_BY_GAP_RE.test(text.slice(sorted[k]!.end, host.start))) j = k;
    const ev = j >= 0 ? sorted[j]! : undefined;
    if (ev?.kind !== 'Event' || f.start - ev.end > 300 || !(afterVerb || sameClause(text, ev.end, f.start))) continue;
    push('ADOPTED', ev.key, f.key, ev.start, f.end);
    const next = sorted.slice(i + 1).find((g) => g.start >= f.end);
    if (next?.kind === 'Framework' && ITS_OUTCOME_DOCUMENTS_BEFORE_RE.test(before) && ADOPTER_LIST_GAP_RE.test(text.slice(f.end, next.start))) push('ADOPTED', ev.key, next.key, ev.start, next.end);
  }
}

/** ", and the " right before a declaration named by its sitting's venue */
const AND_THE_BEFORE_RE = /,\s+and\s+the\s+$/;
/** the gate of venueNamedOutcomeAttributions */
const AND_THE_WORDS = ', and the ';
/**
 * Step 4f of findAttributions, without "its": "the eighteenth session of the General Conference of the United Nations Industrial
 * Development Organization, held in Abu Dhabi in November 2019, and the Abu Dhabi Declaration" (A/RES/79/222 PP15, and the
 * fifteenth session "held in Lima ..., and the Lima Declaration"; "... held in Havana on 15 and 16 September 2023, and the Havana
 * Declaration on ...", A/RES/78/259): a declaration or consensus named by the city the sitting just named was held in is that
 * sitting's outcome, as "and its Moscow Declaration" is. Only places and dates between the venue and the declaration.
 */
function venueNamedOutcomeAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 2; i < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.kind !== 'Framework' || !SITTING_OUTCOME_HEAD_RE.test(f.phrase) || !AND_THE_BEFORE_RE.test(text.slice(Math.max(0, f.start - 12), f.start))) continue;
    let j = i - 1;
    while (j >= 0 && (sorted[j]!.kind === 'Date' || sorted[j]!.kind === 'Place') && !(sorted[j]!.kind === 'Place' && f.phrase.startsWith(`${sorted[j]!.phrase} `))) j--;
    const venue = j >= 0 ? sorted[j]! : undefined;
    if (venue?.kind !== 'Place' || f.start - venue.end > 80) continue;
    // (the sitting ends right before ", held in <venue>"; mentions nested in its name start after it)
    const ev = sorted.slice(0, j).find((e) => e.kind === 'Event' && PHASE_HELD_IN_GAP_RE.test(text.slice(e.end, venue.start)));
    if (ev !== undefined) push('ADOPTED', ev.key, f.key, ev.start, f.end);
  }
}

/** "the outcomes of the " right before a sitting's name */
const OUTCOMES_OF = 'outcomes of the ';
/** (or "the decisions adopted during the ", "decisions adopted at the ": A/RES/79/314 annex OP8) */
const DECISIONS_ADOPTED = 'decisions adopted ';
const OUTCOMES_OF_BEFORE_RE = /\b(?:outcomes\s+of|decisions\s+adopted\s+(?:during|at))\s+the\s+$/;
/** "decisions adopted during the " before the first sitting: a sitting set off after a framework of the list opens its own items */
const DECISIONS_ADOPTED_BEFORE_RE = /\bdecisions\s+adopted\s+(?:during|at)\s+the\s+$/;
/** between the sitting and the first framework: ", including the ", ", in particular the ", " reflected in the " (A/RES/79/1
 *  annex I OP5) */
const OUTCOMES_INCLUDING_GAP_RE = /^\s*\d{0,2}\s*(?:,\s*(?:including|in\s+particular)|\s(?:as\s+)?reflected\s+in)\s+the\s+$/;
/** between two texts printed under one title, "the Geneva Declaration of Principles and Plan of Action": one item, the list goes on */
const OUTCOMES_TITLE_AND_GAP_RE = /^\s+and\s+$/;
/** between two frameworks of the list, their footnote marks kept: ",2 the ", "4 and the ", ", and the " */
const AND_WORD_RE = /\band\s/;
const OUTCOMES_LIST_GAP_RE = /^(?:\s*\d{1,2})?\s*(?:,\s*(?:\d{1,2}\s+)?(?:and\s+)?|\s+and\s+)the\s+$/;
/**
 * "all the outcomes of the World Summit on the Information Society, including the Geneva Declaration of Principles,2 the Geneva
 * Plan of Action,3 the Tunis Commitment4 and the Tunis Agenda for the Information Society,5" (A/RES/78/265 PP3, 79/322), "the
 * outcomes of the Summit of the Future, including the Pact for the Future" (A/RES/79/12): the sitting adopted each framework
 * the list names, up to the first mention that is no framework. Not "the outcome of the 2005 World Summit, including the
 * Millennium Development Goals" (one outcome, which restates goals adopted before).
 */
function outcomesOfSittingAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    let ev = sorted[i]!;
    if (ev.kind !== 'Event' || !OUTCOMES_OF_BEFORE_RE.test(text.slice(Math.max(0, ev.start - 30), ev.start))) continue;
    const sittingsListed = DECISIONS_ADOPTED_BEFORE_RE.test(text.slice(Math.max(0, ev.start - 30), ev.start));
    let prev = ev;
    let gapRe = OUTCOMES_INCLUDING_GAP_RE;
    for (let j = i + 1; j < sorted.length; j++) {
      const f = sorted[j]!;
      if (f.start < prev.end) continue;
      const gap = text.slice(prev.end, f.start);
      // ("the decisions adopted during the twenty-seventh session ..., in particular the Sharm el-Sheikh Implementation Plan, the
      // twenty-eighth session ..., in particular the UAE Consensus ...", A/RES/79/314 annex OP8: each sitting adopted its own items)
      if (sittingsListed && f.kind === 'Event' && prev !== ev && gapRe === OUTCOMES_LIST_GAP_RE && f.start - prev.end <= 30 && gapRe.test(gap)) {
        ev = f;
        prev = f;
        gapRe = OUTCOMES_INCLUDING_GAP_RE;
        continue;
      }
      const sameTitle = prev !== ev && OUTCOMES_TITLE_AND_GAP_RE.test(gap);
      if (f.kind !== 'Framework' || f.start - prev.end > 30 || !(sameTitle || gapRe.test(gap))) break;
      push('ADOPTED', ev.key, f.key, ev.start, f.end);
      prev = f;
      gapRe = OUTCOMES_LIST_GAP_RE;
      if (sameTitle) continue;
      // ("... and the Tunis Agenda for the Information Society,5 and the declaration on the commemoration of the seventy-fifth
      // anniversary of the United Nations contained in its resolution 75/1": the list closed at its "and")
      if (AND_WORD_RE.test(gap)) break;
    }
  }
}

/** "outcome document of the " (the gate of outcomeInAppositionAttributions, with OUTCOMES_OF) */
const OUTCOME_DOCUMENT_OF_THE = 'outcome document of the ';
/** right before the sitting: "the outcome document of the ", "the outcomes of the " */
const OUTCOME_OF_SITTING_BEFORE_RE = /\boutcome(?:\s+document)?s?\s+of\s+the\s+$/;
/** between the sitting and the framework set off after it: ", the " (not ",5 the ": a footnote mark closes an item of a list, "the
 *  Doha Declaration ...: outcome document of the Follow-up International Conference ...,5 the Addis Ababa Action Agenda", 79/215) */
const APPOSITION_THE_GAP_RE = /^,\s*the\s+$/;
/** after the framework, the list it is an item of going on: ", the Pact for the Future", ", and the ..." ("the outcomes of the World
 *  Summit on the Information Society, the 2030 Agenda for Sustainable Development, the Pact for the Future and the Global Digital
 *  Compact", A/RES/80/173 OP106) */
const LIST_GOES_ON_RE = /^\s*(?:\d{1,3}\s*)?,\s*(?:and\s+)?the\s/;
/**
 * "We reaffirm the call in the outcome document of the Fourth International Conference on Financing for Development, the Sevilla
 * Commitment, adopted by ..." (A/RES/80/173 OP65, a dozen texts of corpus-ga), "the outcome document of the Fourth International
 * Conference on Small Island Developing States, the Antigua and Barbuda Agenda ..." (79/195), "the outcomes of the Fourth World
 * Conference on Women, the Beijing Declaration and Platform for Action" (78/180): the framework set off right after the sitting
 * is its outcome, which the sitting adopted.
 */
function outcomeInAppositionAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const ev = sorted[i]!;
    if (ev.kind !== 'Event' || text.charCodeAt(ev.end) !== 0x2c /* , */) continue;
    const f = sorted[i + 1]!;
    if (f.kind !== 'Framework' || f.start - ev.end > 12 || !APPOSITION_THE_GAP_RE.test(text.slice(ev.end, f.start))) continue;
    if (!OUTCOME_OF_SITTING_BEFORE_RE.test(text.slice(Math.max(0, ev.start - 30), ev.start)) || LIST_GOES_ON_RE.test(text.slice(f.end, f.end + 12))) continue;
    push('ADOPTED', ev.key, f.key, ev.start, f.end);
  }
}

/** the gate of outcomeReflectedInFrameworkAttributions (a cheap test before the regex) */
const AS_REFLECTED_IN = 'as reflected in ';
/** between the sitting and the framework: its venue and days, then "as reflected in", maybe its report first ("..., held in Kyoto,
 *  Japan, from 7 to 12 March 2021, as reflected in the report of the Congress1 and in the ") */
const OUTCOME_REFLECTED_IN_GAP_RE = /^(?:,\s+held\s[^;:]{0,100}?)?,\s+as\s+reflected\s+in\s+(?:the\s+report\s+of\s+the\s+[A-Za-z]+\s*\d{0,3}\s+and\s+in\s+)?the\s+$/;
/**
 * "Recalling the outcome of the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice, held in Kyoto, Japan,
 * from 7 to 12 March 2021, as reflected in the report of the Congress and in the Kyoto Declaration on Advancing Crime Prevention,
 * Criminal Justice and the Rule of Law: ..." (A/RES/79/187 PP1, 78/224 PP1): the framework the sitting's outcome is reflected in
 * is that outcome, which the sitting adopted, as "<framework> as the outcome of the <sitting>" (frameworkAsOutcomeOfSittingAttributions,
 * session 66) read the other way round.
 */
function outcomeReflectedInFrameworkAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const ev = sorted[i]!;
    if (ev.kind !== 'Event' || ev.footnote || !OUTCOME_OF_SITTING_BEFORE_RE.test(text.slice(Math.max(0, ev.start - 30), ev.start))) continue;
    let f: EntityMention | undefined;
    for (let j = i + 1; j < sorted.length && f === undefined; j++) {
      const m = sorted[j]!;
      if (!m.footnote && m.kind === 'Framework') f = m;
    }
    if (f === undefined || f.start - ev.end > 200 || !OUTCOME_REFLECTED_IN_GAP_RE.test(text.slice(ev.end, f.start))) continue;
    push('ADOPTED', ev.key, f.key, ev.start, f.end);
  }
}

/** the gate of frameworkAsOutcomeOfSittingAttributions (a cheap test before the regex) */
const OUTCOME_OF_THE_WORDS = 'outcome ';
/**
 * "the Berlin Declaration on Education for Sustainable Development, the outcome statement of the World Conference on Education
 * for Sustainable Development, held from 17 to 19 May 2021 online from Berlin" (A/RES/78/156 OP2): the framework set off as
 * the outcome of the sitting named next, which adopted it (the mirror of outcomeInAppositionAttributions). Not an item of a list
 * that goes on after the sitting ("the Beijing Declaration and Platform for Action, the outcome document of the twenty-third
 * special session of the General Assembly, the declarations adopted ...", A/RES/79/223: the list's items, each its own).
 */
function frameworkAsOutcomeOfSittingAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const f = sorted[i]!;
    // (a comma sets the apposition off; a space opens " as the outcome of")
    if (f.kind !== 'Framework' || f.footnote || (text.charCodeAt(f.end) !== 0x2c /* , */ && text.charCodeAt(f.end) !== 0x20)) continue;
    const ev = bodyNamedNext(sorted, f.end);
    if (ev?.kind !== 'Event' || ev.start - f.end > 40 || !FRAMEWORK_TO_OUTCOME_OF_SITTING_GAP_RE.test(text.slice(f.end, ev.start))) continue;
    if (LIST_GOES_ON_RE.test(text.slice(ev.end, ev.end + 12))) continue;
    push('ADOPTED', ev.key, f.key, f.start, ev.end);
  }
}

/**
 * "the Doha Declaration on Financing for Development: outcome document of the Follow-up International Conference on Financing for
 * Development to Review the Implementation of the Monterrey Consensus" (A/RES/78/164 PP8, 11 texts of corpus-ga): the sitting
 * whose outcome document the framework's subtitle says it is adopted it.
 */
const DECLARATION_OF_THE_CONFERENCE = 'Declaration of the Conference';
/**
 * "Reaffirming the outcome of the United Nations Conference on the Human Environment, especially principle 7 of the Declaration
 * of the Conference,1" (A/RES/80/130 PP2, 79/200, 78/143): the conference the entity scan named the declaration after
 * (declarationsOfConferencesNamedBefore), named before it in the paragraph, adopted it.
 */
function declarationOfTheConferenceAttributions(sorted: readonly EntityMention[], push: Push): void {
  for (const f of sorted) {
    if (f.kind !== 'Framework' || f.phrase !== DECLARATION_OF_THE_CONFERENCE) continue;
    const ev = sorted.find((e) => e.kind === 'Event' && e.end <= f.start && f.name === `Declaration of the ${e.name}`);
    if (ev) push('ADOPTED', ev.key, f.key, ev.start, f.end);
  }
}
const FINAL_DOCUMENT_OF_THE = 'Final Document of the ';
const DOCUMENTS_OF_THE = 'ocuments of the ';
/** "Final Declarations of the " (a cheap gate before finalDocumentsOfListedSittingAttributions) */
const DECLARATIONS_OF_THE = 'Declarations of the ';
/** the words of a decision to convene a sitting printed first in lower case (a cheap gate before conveningNamedLaterAttributions) */
const CONVENE_A_GAP = 'convene a ';
/** between the convened sitting's lower-case words and its place: the year and the length it sits, then "in" */
const CONVENED_THEN_PLACE_GAP_RE = /^(?:\s+in\s+\d{4})?(?:\s+for\s+[^,;()]{1,30}(?:\s*\([^()]{1,30}\))?)?,?\s+in\s+$/;
/**
 * "Decides to convene a meeting of States in 2027 for two weeks (20 meetings), in New York, to review the implementation of the
 * Global Framework, ..., and further decides that the Chair may hold informal consultations ahead of the Meeting of States"
 * (A/RES/78/47 OP7): the sitting convened by lower-case words is the one the paragraph names after them; the place it sits in is
 * its HELD_IN, as where its name is printed ("convene the Meeting of States in New York", A/RES/80/43 OP5)
 */
function conveningNamedLaterAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (const sitting of sorted) {
    if (sitting.kind !== 'Event') continue;
    const words = CONVENE_A_GAP + sitting.name.charAt(0).toLowerCase() + sitting.name.slice(1);
    const at = text.indexOf(words);
    if (at < 0 || at + words.length > sitting.start || text.slice(at, sitting.start).includes(';')) continue;
    const from = at + words.length;
    const place = sorted.find((m) => m.kind === 'Place' && m.start > from && m.start < sitting.start);
    if (place && CONVENED_THEN_PLACE_GAP_RE.test(text.slice(from, place.start))) push('HELD_IN', sitting.key, place.key, at, place.end);
  }
}
/**
 * "in paragraph 329 of the Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries,
 * held in Kampala" (A/RES/80/64 PP7 and the other texts quoting that summit), "the Final Document of the 2000 Review
 * Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons" (A/RES/80/45 PP8): the sitting whose
 * Final Document it is adopted it. The sitting keeps its own mention right after "of the" (entityScan finalDocumentsOfSittings).
 */
function finalDocumentOfSittingAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.kind !== 'Framework' || !text.startsWith(FINAL_DOCUMENT_OF_THE, f.start)) continue;
    const ev = eventStartingAt(sorted, i + 1, f.start + FINAL_DOCUMENT_OF_THE.length);
    if (ev) push('ADOPTED', ev.key, f.key, f.start, ev.end);
  }
}
/** "Final Documents of the ", "Final Declarations of the " or "outcome documents of the " (the words split between the documents,
 *  entityScan finalDocumentsOfListedSittings) */
const DOCUMENTS_OF_LISTED_SITTINGS_RE = /^(?:Final (?:Documents|Declarations)|outcome documents) of the /;
/** the most sittings listed after those words whose documents the entity scan reads (one word of them each) */
const LISTED_DOCUMENTS_MAX = 4;
/**
 * "the Final Documents of the 2000 and 2010 Review Conferences" (A/RES/78/40 PP14, 79/41, 80/48), "the outcome documents of the
 * 2000 and 2010 Review Conferences" (A/RES/78/42 OP6): the entity scan gives the first Final Document the first word, the second
 * the second; each sitting listed after "of the" adopted its own, in order. Also "the Final Declarations of the Fourth, Sixth,
 * Seventh and Eighth Review Conferences" (A/RES/78/67 PP5, 79/78, 80/71): four documents, a word each.
 */
function finalDocumentsOfListedSittingAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 3 < sorted.length; i++) {
    const first = sorted[i]!;
    if (first.kind !== 'Framework') continue;
    const lead = DOCUMENTS_OF_LISTED_SITTINGS_RE.exec(text.slice(first.start, first.start + 40));
    if (!lead) continue;
    const leadEnd = first.start + lead[0].length;
    const docs = [first];
    for (let next = sorted[i + 1]; docs.length < LISTED_DOCUMENTS_MAX && next?.kind === 'Framework' && next.start === docs[docs.length - 1]!.end + 1 && next.end < leadEnd; next = sorted[i + docs.length]) docs.push(next);
    if (docs.length < 2 || (docs.length === 2 && docs[1]!.end + OF_THE_GAP.length !== leadEnd)) continue;
    const a = eventStartingAt(sorted, i + docs.length, leadEnd);
    if (!a) continue;
    const listed = [a];
    for (let last = a; listed.length < docs.length; ) {
      const next = sorted.find((e) => e.kind === 'Event' && e.start > last.end);
      if (!next) break;
      listed.push((last = next));
    }
    if (listed.length < docs.length) continue;
    docs.forEach((d, k) => push('ADOPTED', listed[k]!.key, d.key, d.start, listed[k]!.end));
  }
}
/** The Event mention among sorted[from..] that starts at `at` (the sitting named right after "of the"), if any. */
function eventStartingAt(sorted: readonly EntityMention[], from: number, at: number): EntityMention | undefined {
  for (let j = from; j < sorted.length && sorted[j]!.start <= at; j++) {
    const ev = sorted[j]!;
    if (ev.kind === 'Event' && ev.start === at) return ev;
  }
  return undefined;
}
/**
 * "the Buenos Aires outcome document of the second High-level United Nations Conference on South-South Cooperation" (A/RES/80/125
 * PP9, 78/144, 78/160, 80/147; "the Nairobi outcome document of the High-level United Nations Conference on South-South
 * Cooperation", 78/167 PP2, 79/236, 80/156): an outcome document named by its city, then the sitting whose outcome it is, which
 * adopted it. The sitting's mention starts right after "of the".
 */
const NAMED_OUTCOME_DOCUMENT_OF_THE = ' outcome document of the ';
function namedOutcomeDocumentOfSittingAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.kind !== 'Framework' || !f.phrase.endsWith(OUTCOME_DOCUMENT_WORDS) || !text.startsWith(OF_THE_GAP, f.end)) continue;
    const ev = eventStartingAt(sorted, i + 1, f.end + OF_THE_GAP.length);
    if (ev) push('ADOPTED', ev.key, f.key, f.start, ev.end);
  }
}
const OUTCOME_DOCUMENT_OF = ': outcome document of ';
function outcomeDocumentOfAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.kind !== 'Framework' || !text.startsWith(OUTCOME_DOCUMENT_OF, f.end)) continue;
    for (let j = i + 1; j < sorted.length && sorted[j]!.start <= f.end + 30; j++) {
      const ev = sorted[j]!;
      if (ev.kind !== 'Event' || ev.start <= f.end || !OUTCOME_DOCUMENT_OF_LEAD_RE.test(text.slice(f.end, ev.start))) continue;
      push('ADOPTED', ev.key, f.key, f.start, ev.end);
      break;
    }
  }
}

/** the gate of a body chaired by another (no PARAGRAPH_WORDS bit is left for it) */
const CHAIRED_BY = 'chaired by ';
const PHASE = wordIndex('phase');
const HOSTED = wordIndex('hosted');
const AUSPICES = wordIndex('auspices');
const CONVENED = wordIndex('convened');
const BY = wordIndex(' by ');
const CONVENING_OF = wordIndex('convening of');
const ORGANIZATION_OF = wordIndex('organization of');
/** the gate of thankedHosts: "for hosting", "for discharging their hosting responsibilities" */
const HOSTING = wordIndex('hosting');
const TO_HOST = wordIndex(' to host');
const TO_CO_HOST = wordIndex(' to co-host');
const WHICH = wordIndex('which');
const ADOPTED = wordIndex('adopted');
const ENDORSED = wordIndex('endorsed');
const PROCLAIMED = wordIndex('proclaimed');
const ITS_FIRST_PHASE = wordIndex('its first phase');
const ITS_SECOND_PHASE = wordIndex('its second phase');
const ADOPTION_OF = wordIndex('adoption of');
const ADOPTION_BY = wordIndex('adoption by');
const CONTAINED_IN = wordIndex('contained in');
const LAUNCH = wordIndex('launch');
const AT_WHICH = wordIndex('at which');
const ITS_OUTCOME = wordIndex('its outcome');
const ENTITLED_QUOTE = wordIndex('entitled “');
const THERETO = wordIndex('thereto');

// (and an agency, centre or institute of an organization: "the Nuclear Energy Agency of the Organisation for Economic
// Co-operation and Development" (A/RES/79/85 PP17), "the Ocean Acidification International Coordination Centre of the
// International Atomic Energy Agency", "the International Maritime Law Institute of the International Maritime Organization")
// (not a name that ends with its owner's: "the Board of Governors of the Agency" is keyed "... of the International Atomic
// Energy Agency")
const SUB_UNIT_LAST_WORDS: ReadonlySet<string> = new Set(['Unit', 'Branch', 'Division', 'Section', 'Service']);
// (and a team: "the Investigation and Identification Team of the Organisation for the Prohibition of Chemical Weapons", A/RES/80/224
// PP15, 78/222 PP6)
const SUB_BODY_WORDS: ReadonlySet<string> = new Set(['Agency', 'Centre', 'Institute', 'Team']);
const WORKING_GROUP_ON = 'Working Group on ';
/** an organization's advisory group printed in lower case: "the technical advisory group on global air pollution and health of the World Health Organization" (A/RES/79/212 OP13) */
const TECHNICAL_ADVISORY_GROUP_ON = 'technical advisory group on ';
/** a team of a body named by its task and topic: "the Action Team on Near-Earth Objects of the Committee on the Peaceful Uses of
 *  Outer Space" (A/RES/79/86 PP4), "the Action Team on Lunar Activities Consultation of the Committee" (79/87 OP24, 80/76 OP22) */
const TEAM_ON = ' Team on ';
/** a group of experts of a body named by its topic: "the Intergovernmental Group of Experts on Financing for Development of the United
 *  Nations Conference on Trade and Development" (A/RES/79/197 OP39, 80/123 OP46) */
const GROUP_OF_EXPERTS_ON = 'Group of Experts on ';
const OF_THE_GAP = ' of the ';
/**
 * a group named by a generic name and its owner after " of the ": "the Youth Group of the Preparatory Commission for the
 * Comprehensive Nuclear-Test-Ban Treaty Organization" (A/RES/80/70 PP12, 79/77, 78/66), "the Study Group of the International
 * Law Commission" (A/RES/78/319 PP7, 78/69 OP204), "the Advisory Group of the Fund" (80/11 OP14): the owner's group (its key
 * does not say whose it is). Only " of the " ("the Working Group in the Organization’s calendar" is no part of that), and
 * not a name that holds its owner's ("the Implementation Review Group of the Conference of the States Parties ..."). A
 * committee so named too: "the Inland Transport Committee of the Economic Commission for Europe" (A/RES/80/132 OP1), "the
 * Maritime Safety Committee of the International Maritime Organization", "the Fifth Committee of the General Assembly"; a numbered
 * working group: "Working Group III of the Commission" (A/RES/78/104 PP8). A board so named too: "the Trade and Development Board
 * of the United Nations Conference on Trade and Development" (A/RES/78/134 OP1, 79/195, 80/121 and the other texts naming it),
 * which the gazetteer keys by its own name.
 */
const BOARD = 'Board';
function groupOfBody(text: string, a: EntityMention, b: EntityMention, last: string, from: number): boolean {
  return (last === 'Group' || last === 'Committee' || last === BOARD || NUMBERED_WORKING_GROUP_RE.test(a.name)) && b.start - from === OF_THE_GAP.length && text.startsWith(OF_THE_GAP, from) && !a.name.includes(OF_THE_GAP);
}
/**
 * a unit named by its head first only: "the Programme on Ageing of the Department of Economic and Social Affairs" (A/RES/80/179
 * OP66, 78/177, 79/147), "the Programme Office ... of the ..." (an organ named "... Programme" is a fund or agency, not a unit)
 */
const SUB_UNIT_FIRST_WORDS: ReadonlySet<string> = new Set(['Programme']);
/** the head of a department's name, the owner of an office printed before it */
const DEPARTMENT_HEAD = 'Department ';
/** the heads of the other institutions that house an office printed before them (entityScan.ts hostInstitutionAt) */
const OFFICE_HOST_HEADS = ['University of ', 'Ministry of '];
/** the head of an office named for its remit ("Office for Democratic Institutions and Human Rights"), not for an officer */
const OFFICE_FOR = 'Office for ';
export const SECRETARIAT_KEY = 'Organization:Secretariat of the United Nations';
/**
 * a word of an organ's name that says it is a body of its owner: "Board of Governors", "Peace and Security Council"; and a
 * court's statutory organs, the Prosecutor and the Registrar/Registry ("which the Prosecutor of the Court has initiated proprio
 * motu", "declaration lodged with the Registrar of the International Criminal Court", A/RES/73/7 PP7, OP17: the Court is composed
 * of them), unlike the officer who presides over or heads a body ("President of the General Assembly", "Secretary-General of
 * ..."), which stays no part of it; a body's mechanism kept as an organ of its own ("the African Union Mechanism for Police
 * Cooperation (AFRIPOL)", A/RES/78/263 OP26, 79/264); a team named after its owner ("the Inter-Agency Standing Committee Task
 * Team on Inclusion of Persons with Disabilities in Humanitarian Action", A/RES/78/195 PP8, 80/197), as SUB_BODY_WORDS reads one before it
 */
const ORGAN_WORDS: ReadonlySet<string> = new Set(['Assembly', 'Board', 'Bureau', 'Caucus', 'Commission', 'Committee', 'Conference', 'Council', 'Secretariat', 'Subcommittee', 'Panel', 'Forum', 'Centre', 'Institute', 'Prosecutor', 'Registrar', 'Registry', 'Mechanism', 'Team']);
/** the words that end an organ's own title before its topic or members: "Council of Ministers", "Subcommittee on Accreditation" */
const ORGAN_TITLE_ENDS: readonly string[] = [' of ', ' on ', ' for '];
const UNITED_NATIONS = 'United Nations';
/** the body a forum that adopted a declaration was convened under: "... convened under the auspices of the General Assembly" */
export const UNDER_THE_AUSPICES_OF_THE = ' under the auspices of the ';
/** the rare words of sittingsUnderTheirAuspices (a cheap gate before UNDER_THEIR_AUSPICES_RE) */
const UNDER_THEIR_AUSPICES = 'under their auspices';
/** after a sitting, the pronoun for the pair of bodies named before it: " held under their auspices" */
const UNDER_THEIR_AUSPICES_RE = /^\s+(?:held|convened)\s+under\s+their\s+auspices\b/;
/** between the pair and the sitting: ", and the ", ", as well as the " */
const PAIR_THEN_SITTING_GAP_RE = /^,?\s+(?:and|as\s+well\s+as)\s+the\s+$/;
/** between the two bodies of the pair: " and the " */
const PAIR_GAP_RE = /^\s+and\s+(?:of\s+)?the\s+$/;
/**
 * "the central role of the General Assembly and the Economic and Social Council, and the high-level political forum on sustainable
 * development held under their auspices" (A/RES/80/108 PP5, 78/128): "their" is the pair named right before the sitting, each of
 * which organizes it, as "held under the auspices of" a body named reads (sittingsUnderAuspices)
 */
function sittingsUnderTheirAuspices(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 2; i < sorted.length; i++) {
    const sitting = sorted[i]!;
    if (sitting.kind !== 'Event' && !(sitting.kind === 'Organization' && MEETING_BODY_RE.test(sitting.name))) continue;
    const phrase = UNDER_THEIR_AUSPICES_RE.exec(text.slice(sitting.end, sitting.end + 40));
    if (phrase === null) continue;
    const second = sorted[i - 1]!;
    const first = sorted[i - 2]!;
    if (first.kind !== 'Organization' || second.kind !== 'Organization' || !isNamedOrganization(first) || !isNamedOrganization(second)) continue;
    if (!PAIR_THEN_SITTING_GAP_RE.test(text.slice(second.end, sitting.start)) || !PAIR_GAP_RE.test(text.slice(first.end, second.start))) continue;
    for (const body of [first, second]) push('ORGANIZES', body.key, sitting.key, sitting.end + 1, sitting.end + phrase[0].length);
  }
}
/**
 * "Looks forward to the 2026 special high-level meeting on credit ratings under the auspices of the Economic and Social Council"
 * (A/RES/80/122 OP66), "a one-day high-level plenary meeting under the auspices of the General Assembly": a sitting named right
 * before "under the auspices of" a body is organized by it, as one "convened (held) under the auspices of" it is (AGENT_VERB_RE).
 * Only a sitting (an Event), the body's name right after the words.
 */
function sittingsUnderAuspices(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const ev = sorted[i]!;
    // (or set off by a comma: "the convening of a high-level ministerial meeting on the mid-term review of the Decade, under the
    // auspices of the President of the General Assembly", A/RES/80/143 OP24)
    // (only a sitting the clause convenes: not "established at the third session of the Intergovernmental Group of Experts ...,
    // under the auspices of the United Nations Conference on Trade and Development", A/RES/80/119 PP14, whose auspices may be the body's)
    const comma = text.startsWith(',', ev.end) && CONVENING_OF_SITTING_BEFORE_RE.test(text.slice(Math.max(0, ev.start - 48), ev.start)) ? 1 : 0;
    if (ev.kind !== 'Event' || !text.startsWith(UNDER_THE_AUSPICES_OF_THE, ev.end + comma)) continue;
    const at = ev.end + comma + UNDER_THE_AUSPICES_OF_THE.length;
    const body = sorted.find((o) => o.start === at && o.kind === 'Organization');
    if (body !== undefined) push('ORGANIZES', body.key, ev.key, ev.end + 1, body.end);
  }
}
/** (an organ's name is asked once per mention: the answer per name, undefined cached as null) */
const organOwnerByName = new Map<string, string | null>();
/**
 * The organization an organ belongs to, when the organ's name holds its owner's: "<organ> of the <owner>" ("Board of
 * Governors of the International Atomic Energy Agency", A/RES/79/15 OP6; "Conference of Heads of State and Government of the
 * Economic Community of Central African States", A/RES/78/59 OP14) or "<owner> <organ>" ("ASEAN Regional Forum", A/RES/78/43
 * PP9; "African Union Commission"; "United Nations Development Programme Istanbul International Centre ...", A/RES/78/141 PP35).
 * The organ's own title (the words before its topic or members) holds a word of ORGAN_WORDS; the owner is a body the
 * gazetteer knows, not the United Nations (whose programmes and funds are not read as its organs), and not a body the title
 * is a party to ("the Assembly of States Parties to the Rome Statute of the International Criminal Court").
 */
function organOwnerKey(name: string): string | undefined {
  let owner = organOwnerByName.get(name);
  if (owner === undefined) {
    owner = suffixOwner(name) ?? prefixOwner(name) ?? null;
    if (organOwnerByName.size < 20_000) organOwnerByName.set(name, owner);
  }
  return owner ?? undefined;
}
function organTitleHasOrganWord(title: string): boolean {
  let end = title.length;
  for (const cut of ORGAN_TITLE_ENDS) {
    const at = title.indexOf(cut);
    if (at >= 0 && at < end) end = at;
  }
  let from = 0;
  while (from < end) {
    const space = title.indexOf(' ', from);
    const wordEnd = space < 0 || space > end ? end : space;
    if (ORGAN_WORDS.has(title.slice(from, wordEnd))) return true;
    from = wordEnd + 1;
  }
  return false;
}
function ownerEntryKey(entry: GazetteerEntry | undefined): string | undefined {
  if (entry === undefined || entry.kind !== 'Organization' || entry.name === UNITED_NATIONS) return undefined;
  return nodeKey('Organization', normaliseName(entry.name));
}
/**
 * "the Human Rights Council took note of the research-based progress report of its Advisory Committee" (A/RES/80/209 OP25,
 * 78/202 OP26, 78/234 OP50): a generic organ keyed with the body "its" refers to ("Advisory Committee (Human Rights Council)",
 * entityScan.ts) is that body's, PART_OF it as "the Advisory Committee of the Council" would be. Not a qualifier that only keeps
 * the name apart per text or instrument ("Advisory Group (A/RES/78/120)", "Scientific Advisory Group (Treaty on ...)").
 */
function qualifyingOwnerKey(organ: EntityMention): string | undefined {
  const qualifier = organQualifier(organ);
  return qualifier === undefined ? undefined : ownerEntryKey(entryByName('Organization', qualifier));
}
function suffixOwner(name: string): string | undefined {
  for (let at = name.indexOf(OF_THE_GAP); at > 0; at = name.indexOf(OF_THE_GAP, at + 1)) {
    const key = ownerEntryKey(entryByName('Organization', name.slice(at + OF_THE_GAP.length)));
    if (key === undefined) continue;
    const title = name.slice(0, at);
    return title.includes(' to ') || !organTitleHasOrganWord(title) ? undefined : key;
  }
  return undefined;
}
/** "the Yearbook of the International Law Commission" (A/RES/78/108 PP9): a record of the body's work, which the Secretariat publishes */
const YEARBOOK = 'Yearbook';
/** (a programme's owner is asked once per mention, as an organ's is) */
const initiativeOwnerByName = new Map<string, string | null>();
/**
 * The body that runs a programme, report series or index named "<title> of the <body>": "Global Programme on Cybercrime of the
 * United Nations Office on Drugs and Crime", "Food Price Index of the Food and Agriculture Organization of the United Nations",
 * "Sixth Assessment Report of the Intergovernmental Panel on Climate Change". Not a work about the body, whose title names what
 * of it it records ("Repertoire of the Practice of the Security Council", "Summaries of the Judgments, Advisory Opinions and
 * Orders of the International Court of Justice", "The Work of the International Law Commission").
 */
function initiativeOwnerKey(name: string): string | undefined {
  let owner = initiativeOwnerByName.get(name);
  if (owner === undefined) {
    owner = null;
    for (let at = name.indexOf(OF_THE_GAP); at > 0; at = name.indexOf(OF_THE_GAP, at + 1)) {
      const key = ownerEntryKey(entryByName('Organization', name.slice(at + OF_THE_GAP.length)));
      if (key === undefined) continue;
      const title = name.slice(0, at);
      if (!title.includes(OF_THE_GAP) && !title.startsWith('The ') && !title.startsWith(YEARBOOK)) owner = key;
      break;
    }
    if (initiativeOwnerByName.size < 20_000) initiativeOwnerByName.set(name, owner);
  }
  return owner ?? undefined;
}
/**
 * (an owner printed first: its acronym, or its full name of two words or more; up to nine words, "United Nations Commission on
 * International Trade Law Regional Centre for Asia and the Pacific", A/RES/78/103 OP12, 80/161 OP18)
 */
function prefixOwner(name: string): string | undefined {
  let words = 0;
  for (let at = name.indexOf(' '); at > 0 && words < 9; at = name.indexOf(' ', at + 1), words++) {
    const printed = name.slice(0, at);
    // (an officer's or office's title before " of " is no owner's name: "Secretary-General of the United Nations Conference on
    // Trade and ..."; a body's full name holds one: "Association of Southeast Asian Nations Political-Security Community Council",
    // A/RES/78/39 OP1; "Global Alliance of National Human Rights Institutions Caucus on ...", 78/204 PP12)
    if (printed.endsWith(' of') && OFFICER_OR_OFFICE_RE.test(printed)) break;
    const entry = lookupName(printed);
    // (a name of two words or more the gazetteer lists as the body's other name counts as its name: "Non-Aligned Movement Centre
    // for Human Rights and Cultural Diversity", A/RES/78/201 OP12, the Movement of Non-Aligned Countries' centre)
    if (entry === undefined || (entry.acronym !== printed && (words === 0 || (entry.name !== printed && !entry.aliases?.includes(printed))))) continue;
    // ("the Kimberley Process secretariat", A/RES/78/270 PP14: an initiative's secretariat is its body, entityScan.ts
    // initiativeSecretariats)
    if (entry.kind === 'Initiative' && name.slice(at) === SPACE_SECRETARIAT) return nodeKey('Initiative', normaliseName(entry.name));
    const key = ownerEntryKey(entry);
    // (a body's too: "the Melanesian Spearhead Group secretariat", A/RES/80/98 PP17)
    if (key !== undefined && (organTitleHasOrganWord(name.slice(at + 1)) || name.slice(at) === SPACE_SECRETARIAT)) return key;
  }
  return undefined;
}
/** between two units of one Secretariat: " and the " */
const AND_THE_GAP_RE = /^\s+and\s+the\s+$/;
/** the first word of a unit of the Secretariat named in full: "Department of ...", "Office of|for ..." */
const SECRETARIAT_UNIT_HEADS: ReadonlySet<string> = new Set(['Department ', 'Office ']);
/** between a unit and its office: " of the ", " in the ", " within the " */
const UNIT_OF_GAP_RE = /^\s+(?:of|in|within)\s+the\s+$/;

/**
 * "the Office for Disarmament Affairs of the Secretariat", "the Department of Economic and Social Affairs of the United
 * Nations Secretariat": `b`, the Secretariat printed right after the organization `a` and " of the ", is the body the unit
 * `a` belongs to (PART_OF, subUnitAttributions), and a target of the clause's verb too, as every other owner (session 50).
 */
export function isSecretariatOfUnit(text: string, a: EntityMention, b: EntityMention): boolean {
  return (
    b.key === SECRETARIAT_KEY &&
    a.kind === 'Organization' &&
    a.key !== b.key &&
    b.start >= a.end &&
    b.start - a.end <= 12 &&
    text.charCodeAt(a.end + 1) === 111 /* o */ &&
    UNIT_OF_GAP_RE.test(text.slice(a.end, b.start))
  );
}
/**
 * `a` a unit, sub-body or group of the Organization `b` printed right after it and " of|in|within the " (subUnitAttributions;
 * extract.ts for a report's author and its owner, both inside the report's words).
 */
export function isPartOfOwnerAfter(text: string, a: EntityMention, b: EntityMention, from = a.end): boolean {
  if (b.start - from > 12 || !UNIT_OF_GAP_RE.test(text.slice(from, b.start))) return false;
  const last = a.name.slice(a.name.lastIndexOf(' ') + 1);
  // (or starts with it: "the Division for Inclusive Social Development of the Department of Economic and Social Affairs",
  // A/RES/78/310 OP2)
  const first = a.name.slice(0, a.name.indexOf(' '));
  // (an office of a department: "the Office of Intergovernmental Support and Coordination for Sustainable Development in the
  // Department of Economic and Social Affairs", A/RES/78/129 OP22; "the Office of Human Resources of the Department of
  // Management Strategy, Policy and Compliance", 78/330 OP78); so of a university or ministry ("the Office of Self-Determination
  // and Constitutional Development in the University of the Virgin Islands", A/RES/80/103 OP6)
  // (or an office named for its remit, of the organization after it: "the Office for Democratic Institutions and Human Rights of the
  // Organization for Security and Cooperation in Europe", A/RES/78/221 OP12, 79/184, 80/223; "Office of ..." is an officer's)
  const officeOfDepartment = first === 'Office' && (b.name.startsWith(DEPARTMENT_HEAD) || OFFICE_HOST_HEADS.some((head) => b.name.startsWith(head)) || (a.name.startsWith(OFFICE_FOR) && b.kind === 'Organization'));
  const unit = SUB_UNIT_LAST_WORDS.has(last) || SUB_UNIT_LAST_WORDS.has(first) || SUB_UNIT_FIRST_WORDS.has(first) || officeOfDepartment || isSecretariatOfUnit(text, a, b);
  // (and a working group of a body: "the Working Group on the Digital Gender Divide of the Broadband Commission for Sustainable
  // Development", "the Working Group on Education of the Broadband Commission" (A/RES/80/118 PP36); so a team: TEAM_ON)
  // (or whose head noun stands before its " for ": "the Asian and Pacific Centre for the Development of Disaster Information
  // Management of the Economic and Social Commission for Asia and the Pacific", A/RES/78/158 PP5)
  const forAt = a.name.indexOf(' for ');
  const headBeforeFor = forAt > 0 ? a.name.slice(a.name.lastIndexOf(' ', forAt - 1) + 1, forAt) : '';
  // (a unit whose head noun stands before its topic's " on ": "the Advisory Service on International Humanitarian Law of the
  // International Committee of the Red Cross", A/RES/79/123 OP10)
  const onAt = a.name.indexOf(' on ');
  const headBeforeOn = onAt > 0 ? a.name.slice(a.name.lastIndexOf(' ', onAt - 1) + 1, onAt) : '';
  const unitBeforeOn = SUB_UNIT_LAST_WORDS.has(headBeforeOn) && !a.name.includes(' of the ');
  const subBody = (SUB_BODY_WORDS.has(last) || SUB_BODY_WORDS.has(first) || SUB_BODY_WORDS.has(headBeforeFor) || a.name.startsWith(WORKING_GROUP_ON) || a.name.startsWith(TECHNICAL_ADVISORY_GROUP_ON) || a.name.includes(TEAM_ON) || a.name.includes(GROUP_OF_EXPERTS_ON)) && !a.name.includes(' of the ');
  // (a working group's topic may print " of the " itself, no owner there: "the Working Group on the Status and Application of the
  // Five United Nations Treaties on Outer Space of the Legal Subcommittee", A/RES/79/87 OP10)
  const workingGroupOfTopic = a.name.startsWith(WORKING_GROUP_ON) && b.kind === 'Organization';
  return unit || unitBeforeOn || subBody || workingGroupOfTopic || groupOfBody(text, a, b, last, from);
}
/**
 * Where the words that name `a`'s owner start: after the closing bracket when `a` is the short name in brackets of the mention
 * before it ("the Social, Humanitarian and Cultural Issues Committee (Third Committee) of the General Assembly", A/RES/78/150
 * OP9: the owner is the whole name's), else at `a`'s end.
 */
function ownerGapStart(text: string, a: EntityMention, before: EntityMention | undefined): number {
  const bracketed = before !== undefined && before.key === a.key && text.charCodeAt(a.start - 1) === 40 /* ( */ && text.charCodeAt(a.end) === 41; /* ) */
  return bracketed && a.start - before.end <= 2 ? a.end + 1 : a.end;
}
/**
 * "the Commission, at its fiftieth session, in 2017, entrusted its Working Group III (Investor-State Dispute Settlement Reform)
 * with a broad mandate" (A/RES/78/104 PP3): a numbered working group keyed with the body it was read as belonging to
 * ("Working Group III (United Nations Commission on International Trade Law)") is PART_OF that body, when the body is an
 * organization this paragraph names or the gazetteer knows (not a resolution symbol, the key of a group no owner was found for).
 */
function numberedGroupOwnerKey(a: EntityMention, sorted: readonly EntityMention[]): string | undefined {
  if (!NUMBERED_WORKING_GROUP_RE.test(a.name) || !a.key.endsWith(')')) return undefined;
  const open = a.key.lastIndexOf(' (');
  if (open < 0) return undefined;
  const ownerName = a.key.slice(open + 2, -1);
  const named = sorted.find((m) => m.kind === 'Organization' && m !== a && m.name === ownerName);
  if (named !== undefined) return named.key;
  const entry = lookupName(ownerName);
  return entry?.kind === 'Organization' && entry.name === ownerName ? nodeKey('Organization', entry.name) : undefined;
}
/** what makes a committee one of a body's Main Committees (step 0c's gate) */
const MAIN_COMMITTEE_OF = ' Main Committee of ';
/**
 * Step 0c of findAttributions: "the Fifth Committee is the appropriate Main Committee of the General Assembly" (A/RES/80/83 PP15):
 * the committee is PART_OF the body (MAIN_COMMITTEE_OF_GAP_RE), both named Organizations, the body printed next.
 */
function mainCommitteeAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (const committee of sorted) {
    if (committee.kind !== 'Organization' || committee.footnote || !committee.name.endsWith(' Committee')) continue;
    const body = bodyNamedNext(sorted, committee.end);
    if (body?.kind === 'Organization' && MAIN_COMMITTEE_OF_GAP_RE.test(text.slice(committee.end, body.start))) push('PART_OF', committee.key, body.key, committee.start, body.end);
  }
}
/** the first mention after `end` in the paragraph's own words (`sorted`: by start, as findAttributions sorts them) */
function bodyNamedNext(sorted: readonly EntityMention[], end: number): EntityMention | undefined {
  return sorted.find((m) => !m.footnote && m.start >= end);
}

/** what makes a body another's subsidiary organ (step 0d's gates: "subsidiary organ/body of", "functional commission of") */
const SUBSIDIARY = ' subsidiary ';
const FUNCTIONAL_COMMISSION_OF = ' functional commission of ';
/**
 * Step 0d of findAttributions: "established the Human Rights Council as a subsidiary organ of the General Assembly" (A/RES/79/192
 * PP4), "the Committee for Programme and Coordination as the main subsidiary organ of the General Assembly and the Economic and
 * Social Council" (A/RES/78/244 OP1), "the Commission for Social Development, as a functional commission of the Economic and
 * Social Council": the body is PART_OF each parent named after the words (SUBSIDIARY_ORGAN_OF_GAP_RE).
 */
function subsidiaryOrganAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (const organ of sorted) {
    if (organ.kind !== 'Organization' || organ.footnote) continue;
    const parent = bodyNamedNext(sorted, organ.end);
    if (parent?.kind !== 'Organization' || !SUBSIDIARY_ORGAN_OF_GAP_RE.test(text.slice(organ.end, parent.start))) continue;
    push('PART_OF', organ.key, parent.key, organ.start, parent.end);
    const second = bodyNamedNext(sorted, parent.end);
    if (second?.kind === 'Organization' && AND_THE_SECOND_BODY_GAP_RE.test(text.slice(parent.end, second.start))) push('PART_OF', organ.key, second.key, organ.start, second.end);
  }
}

/** what makes a body a treaty's organ (step 0e's gate: ", established under the Convention ...") */
const ESTABLISHED_WORD = ' established ';
/**
 * Step 0e of findAttributions: "the Group of Governmental Experts on ... Lethal Autonomous Weapons Systems, established under the
 * Convention on ... Certain Conventional Weapons ..." (A/RES/79/62 PP7): the body is PART_OF the treaty printed right after the
 * words (ESTABLISHED_UNDER_TREATY_GAP_RE), a Framework named as an instrument (ORGAN_OWNING_INSTRUMENT_RE).
 */
function treatyOrganAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (const organ of sorted) {
    if (organ.kind !== 'Organization' || organ.footnote) continue;
    const treaty = bodyNamedNext(sorted, organ.end);
    if (treaty?.kind !== 'Framework' || !ORGAN_OWNING_INSTRUMENT_RE.test(treaty.name)) continue;
    if (ESTABLISHED_UNDER_TREATY_GAP_RE.test(text.slice(organ.end, treaty.start))) push('PART_OF', organ.key, treaty.key, organ.start, treaty.end);
  }
}

/**
 * Step 0e (of): "in collaboration with the Science-Policy Interface of the Convention" (A/RES/78/158 OP18, 79/207 PP29 and four
 * more): a body printed right before " of the <treaty>" is its organ, PART_OF it, as one "established under" it is (not a
 * secretariat: "the secretariat of the Convention" keys the treaty's body by the treaty's name).
 */
function treatyOrgansOf(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const organ = sorted[i]!;
    const treaty = sorted[i + 1]!;
    if (organ.kind !== 'Organization' || organ.footnote || treaty.kind !== 'Framework' || treaty.start !== organ.end + OF_THE_GAP.length) continue;
    if (!text.startsWith(OF_THE_GAP, organ.end) || !ORGAN_OWNING_INSTRUMENT_RE.test(treaty.name) || SECRETARIAT_NAME_RE.test(organ.name)) continue;
    // (not the agent, recipient or setting of an act on the treaty: "the adoption by the Committee of Ministers of the Framework
    // Convention on Artificial Intelligence ..." (A/RES/79/284 OP30), "the introduction by China and the Russian Federation at the
    // Conference on Disarmament of the draft treaty ...", A/RES/78/19 PP20 and five more)
    if (ACT_AGENT_BEFORE_RE.test(text.slice(Math.max(0, organ.start - 8), organ.start))) continue;
    push('PART_OF', organ.key, treaty.key, organ.start, treaty.end);
  }
}
/** a treaty's secretariat, keyed by the treaty's name */
const SECRETARIAT_NAME_RE = /\b[Ss]ecretariat\b/;
/** before a body, what makes it the agent, recipient or setting of an act named before it ("adoption by the ", "submission to the ",
 *  "introduction by China ... at the ") */
const ACT_AGENT_BEFORE_RE = /\b(?:by|to|at)\s+(?:the\s+)?$/;

/** the apposition that names the body its holder chairs (step 0b's gate; "as the Chair of the") */
const AS_THE_CHAIR_OF = ' as the Chair of ';
/** between the holder's name and " as the Chair of": nothing, a comma, ", in his capacity" */
const CHAIR_HOLDER_GAP_RE = /^,?(?:\s+in\s+(?:his|her|its|their)\s+capacity)?$/;
/**
 * Step 0b of findAttributions: "<body>, as the Chair of the <body>": the first leads the second (DESIGN's LEADS, "led by"). Both
 * named Organizations; the second printed right after "of (the) ".
 */
function chairOfAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let at = text.indexOf(AS_THE_CHAIR_OF); at >= 0; at = text.indexOf(AS_THE_CHAIR_OF, at + AS_THE_CHAIR_OF.length)) {
    const bodyFrom = at + AS_THE_CHAIR_OF.length;
    const bodyStart = text.startsWith('the ', bodyFrom) ? bodyFrom + 4 : bodyFrom;
    const body = sorted.find((x) => x.start === bodyStart && x.kind === 'Organization');
    // (a short form keyed to the full name is the body: "the University", "the Regional Centre")
    if (body === undefined) continue;
    // the holder: the last named Organization ending before the phrase, with at most ", in his capacity" between
    let holder: EntityMention | undefined;
    for (const x of sorted) if (x.end <= at && x.kind === 'Organization' && (holder === undefined || x.end >= holder.end)) holder = x;
    if (holder === undefined || at - holder.end > 20 || !isNamedOrganization(holder) || !CHAIR_HOLDER_GAP_RE.test(text.slice(holder.end, at))) continue;
    push('LEADS', holder.key, body.key, holder.start, body.end);
  }
}

/**
 * Step 0 of findAttributions: an Organization whose name ends "Unit", "Branch", "Division", "Section" or "Service" (or any
 * body "of the Secretariat") printed right before " of|in|within the <Organization>" is PART_OF it; so is an organ whose
 * name prints its owner's ("the Division for Ocean Affairs and the Law of the Sea of the Office of Legal Affairs", the owner
 * a mention nested in it).
 */
function subUnitAttributions(text: string, sorted: EntityMention[], push: Push): void {
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    if (a.kind !== 'Organization') {
      // "the SDG Investment Trends Monitor of the United Nations Conference on Trade and Development" (A/RES/78/141 PP17), "the
      // Global Programme on Cybercrime of the United Nations Office on Drugs and Crime": the body named in the programme's name runs it
      if (a.kind === 'Initiative' && a.name.includes(OF_THE_GAP)) {
        const runner = initiativeOwnerKey(a.name);
        if (runner !== undefined) push('LEADS', runner, a.key, a.start, a.end);
      }
      continue;
    }
    // "the General Conference of the International Atomic Energy Agency", "the General Conference of the Agency", "the
    // Board of Governors of the Agency", "the ASEAN Regional Forum": the organization's organ, its owner named in its name
    const owner = organOwnerKey(a.name) ?? qualifyingOwnerKey(a);
    if (owner !== undefined) push('PART_OF', a.key, owner, a.start, a.end);
    const groupOwner = numberedGroupOwnerKey(a, sorted);
    if (groupOwner !== undefined) push('PART_OF', a.key, groupOwner, a.start, a.end);
    if (i + 1 >= sorted.length) break;
    const b = sorted[i + 1]!;
    if (b.kind !== 'Organization' || b.key === a.key) continue;
    // "the Department of Peace Operations and the Department of Operational Support of the Secretariat" (A/RES/78/208 OP19; "the
    // Department of Public Information and the Department of Political Affairs of the Secretariat", 78/83 OP15, 79/96, 80/87;
    // "the Department of Global Communications and the Department of Political and Peacebuilding Affairs ...", 78/100 OP1,
    // 79/113, 80/104): two units named before one Secretariat are both its units, of one kind or a department and an office
    // ("the Department of Economic and Social Affairs and the Office of the High Representative for the Least Developed
    // Countries, Landlocked Developing Countries and Small Island Developing States of the Secretariat", A/RES/78/322 OP13)
    if (b.start > a.end && b.start - a.end <= 10 && i + 2 < sorted.length && AND_THE_GAP_RE.test(text.slice(a.end, b.start))) {
      const head = a.name.slice(0, a.name.indexOf(' ') + 1);
      if (SECRETARIAT_UNIT_HEADS.has(head) && SECRETARIAT_UNIT_HEADS.has(b.name.slice(0, b.name.indexOf(' ') + 1)) && isSecretariatOfUnit(text, b, sorted[i + 2]!)) push('PART_OF', a.key, SECRETARIAT_KEY, a.start, sorted[i + 2]!.end);
    }
    if (b.start >= a.end) {
      if (isPartOfOwnerAfter(text, a, b, ownerGapStart(text, a, i > 0 ? sorted[i - 1] : undefined))) push('PART_OF', a.key, b.key, a.start, b.end);
      // (not an officer over the body printed in its name: "the Administrator of the United Nations Development Programme" is no part
      // of it, session 53; A/RES/80/156 OP4)
    } else if (b.end <= a.end && text.endsWith(' of the ', b.start) && !OFFICER_OR_OFFICE_RE.test(a.name)) push('PART_OF', a.key, b.key, a.start, a.end);
  }
}

/** the head of a body's regional office's name (entityScan.ts names the office with its owner) */
const REGIONAL_OFFICE_FOR = 'Regional Office for ';
/**
 * "the Regional Office for Europe of the World Health Organization" (A/RES/79/135 OP5, OP15): the office, named with its owner
 * (entityScan.ts, regionalOfficesOfOwners), is PART_OF the owner printed right after it, or right before it ("..., including its
 * Regional Office for Europe", A/RES/79/284 OP8).
 */
function regionalOfficeOwners(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const first = sorted[i]!;
    const second = sorted[i + 1]!;
    if (first.kind !== 'Organization' || second.kind !== 'Organization') continue;
    // the office first: "the Regional Office for Europe of the World Health Organization"
    if (first.name.startsWith(REGIONAL_OFFICE_FOR) && first.name.endsWith(`${OF_THE_GAP}${second.name}`) && second.start === first.end + OF_THE_GAP.length && text.startsWith(OF_THE_GAP, first.end)) {
      push('PART_OF', first.key, second.key, first.start, second.end);
    }
    // the owner first: "the World Health Organization, including its Regional Office for Europe" (A/RES/79/284 OP8)
    if (second.name.startsWith(REGIONAL_OFFICE_FOR) && second.name.endsWith(`${OF_THE_GAP}${first.name}`) && second.start - first.end <= 20) {
      push('PART_OF', second.key, first.key, first.start, second.end);
    }
  }
}
/** the gate of listedOrgansOfItsAttributions: an organ named with "its" owner inside a list of bodies */
const OF_ITS_WORDS = ' of its ';
/** between the body listed first and the organ after it: ", the " */
const LISTED_BODY_GAP_RE = /^,\s+(?:the\s+)?$/;
/** between a body and its officer whose role the clause singles out: ", in particular the role of its " */
const ROLE_OF_ITS_GAP_RE = /^,\s+in\s+particular\s+the\s+(?:role|work)\s+of\s+its\s+$/;
/**
 * "the ongoing initiatives taken by the African Union, the Subcommittee on Refugees, Returnees and Internally Displaced Persons of its
 * Permanent Representatives Committee and the African Commission on Human and Peoples’ Rights, in particular the role of its Special
 * Rapporteur on Refugees, ..." (A/RES/80/188 OP15, 78/185): "its" is the body listed right before; the Subcommittee is PART_OF the
 * Committee, the Committee PART_OF the African Union, the Rapporteur PART_OF the Commission, each an organ printed with its owner
 * (a body, not an officer, after " of its "; the officer after "the role of its" as a Special Rapporteur of a Council is).
 */
function listedOrgansOfItsAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 1; i < sorted.length; i++) {
    const organ = sorted[i]!;
    const owner = sorted[i - 1]!;
    if (organ.kind !== 'Organization' || owner.kind !== 'Organization' || organ.key === owner.key) continue;
    const gap = text.slice(owner.end, organ.start);
    if (ROLE_OF_ITS_GAP_RE.test(gap)) {
      push('PART_OF', organ.key, owner.key, owner.start, organ.end);
      continue;
    }
    if (gap !== OF_ITS_WORDS || OFFICER_OR_OFFICE_RE.test(owner.name) || OFFICER_OR_OFFICE_RE.test(organ.name) || i < 2) continue;
    const first = sorted[i - 2]!;
    if (first.kind !== 'Organization' || first.key === organ.key || !LISTED_BODY_GAP_RE.test(text.slice(first.end, owner.start))) continue;
    push('PART_OF', owner.key, organ.key, owner.start, organ.end);
    push('PART_OF', organ.key, first.key, first.start, organ.end);
  }
}
/** the rare words of a body named in apposition as another's organ (a cheap gate before ORGAN_IN_APPOSITION_GAP_RE) */
const ORGAN_OF_THE = ' organ of the ';
/** (or a subsidiary body: "<body>, a subsidiary body of the General Assembly"; lead's ruling, session 53) */
const SUBSIDIARY_BODY_OF_THE = ' subsidiary body of the ';
/** between a body and its owner: ", the principal judicial organ of the ", ", as the principal judicial organ of the ", ", a subsidiary
 *  body of the " (a body only as a subsidiary one: not ", the main body of the ") */
const ORGAN_IN_APPOSITION_GAP_RE = /^\s*(?:\d{1,3}\s*)?,\s+(?:as\s+)?(?:the|a|its)\s+(?:(?:principal|main|chief|subsidiary|judicial|deliberative|policymaking|representative)\s+){0,2}(?:organ|subsidiary\s+body)\s+of\s+the\s+$/;
/**
 * "Recognizes the important role of the International Court of Justice, the principal judicial organ of the United Nations" (A/RES/
 * 78/111 OP11, 79/..., 80/...), "the International Court of Justice, as the principal judicial organ of the United Nations" (A/RES/
 * 80/167 PP14): the body is PART_OF the one the apposition names, as an organ printed with its owner is. Both named bodies, the
 * owner right after the words.
 */
function organInAppositionAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const organ = sorted[i]!;
    const owner = sorted[i + 1]!;
    if (organ.kind !== 'Organization' || owner.kind !== 'Organization' || owner.key === organ.key || owner.start - organ.end > 60) continue;
    if (ORGAN_IN_APPOSITION_GAP_RE.test(text.slice(organ.end, owner.start))) push('PART_OF', organ.key, owner.key, organ.start, owner.end);
  }
}

const AND_ITS_GAP = ' and its ';
/** "the World Health Organization, including its Regional Office for Europe" (A/RES/79/284 OP8): the organ listed as the body's own */
const INCLUDING_ITS_GAP = ', including its ';
/** "the Department of Economic and Social Affairs of the Secretariat, through its Financing for Sustainable Development Office"
 *  (A/RES/78/271 OP5): the body acting through its own organ */
const THROUGH_ITS_GAP = ', through its ';
/** "the Conference of the States Parties to the United Nations Convention against Corruption, and in particular its Open-ended
 *  Intergovernmental Working Group on Asset Recovery" (A/RES/78/140 PP30): the organ singled out of the body's work */
const IN_PARTICULAR_ITS_GAP = ', and in particular its ';
/** "the Division of Conference Management of the United Nations Office at Geneva, especially its Editing Section" (A/RES/78/108
 *  OP35, 79/121 OP36, 80/164 OP40): the organ singled out of the body's, printed with its owner (the Division's, not the Office's) */
const ESPECIALLY_ITS_GAP = ', especially its ';
/** a treaty's Conference of the (States) Parties, keyed as a series Event: its working groups are its organs */
const PARTIES_CONFERENCE_RE = /^Conference of the (?:States )?Parties\b/;
const ITS_WORD = 'its ';
const REPORT_WORD = 'Report';
const FORUM_WORD = ' Forum';
/**
 * "recognizes the important role of the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns and its
 * One Planet network" (A/RES/80/135 OP9), "the Food and Agriculture Organization of the United Nations and its Committee on
 * Fisheries" (A/RES/78/68, 79/145, 80/109): the named thing printed right after " and its " is the one before's own, PART_OF it.
 * An organ of a body (Organization of an Organization; not an officer or office: "the open-ended working group and its Chair",
 * "the Alliance of Civilizations and its High Representative"), or a programme or network of a framework or initiative. Not an
 * instrument ("the United Nations and its Charter", "the Copenhagen Declaration ... and its Programme of Action": outcomes side by
 * side) and not a body's programme, which the body leads rather than contains.
 */
const AS_PART_OF_THE = 'as part of the ';
/** how far back from the series the sitting may be named (its theme, venue and days between) */
const AS_PART_OF_REACH = 400;
/**
 * "the third United Nations High-level Conference of Heads of Counter-Terrorism Agencies of Member States, convened on the
 * overarching theme of “...” in New York on 19 and 20 June 2023, as part of the third Counter-Terrorism Week at the United
 * Nations" (A/RES/78/115 PP19, 79/129, 80/171): the sitting is PART_OF the event it was held as part of. Both Events, the series
 * right after ", as part of the ", only places and days between them, no clause ended between (";").
 */
function sittingPartOfEventAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let j = 1; j < sorted.length; j++) {
    const whole = sorted[j]!;
    if (whole.kind !== 'Event' || !AS_PART_OF_BEFORE_RE.test(text.slice(Math.max(0, whole.start - 24), whole.start))) continue;
    let i = j - 1;
    while (i >= 0 && (sorted[i]!.kind === 'Place' || sorted[i]!.kind === 'Date')) i--;
    const part = i >= 0 ? sorted[i]! : undefined;
    if (part?.kind !== 'Event' || part.key === whole.key || whole.start - part.end > AS_PART_OF_REACH || text.slice(part.end, whole.start).includes(';')) continue;
    push('PART_OF', part.key, whole.key, part.start, whole.end);
  }
}
/** a sitting's quoted theme closed, then the larger sitting it was held at (the cheap gate of themedSittingOfSessionAttributions) */
const THEME_CLOSED_OF_THE = '” of the ';
/**
 * "the high-level segment on the theme “Enhancing international cooperation, ... for refugees in Africa” of the sixty-fifth session
 * of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees" (A/RES/80/188 PP12, 78/185): the
 * sitting named by its quoted theme is PART_OF the session printed right after, as "the high-level segment of the Fifteenth
 * Congress" is (its theme only stands between). Both Events, nothing but the closing quote and " of the " between.
 */
function themedSittingOfSessionAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const part = sorted[i]!;
    const whole = sorted[i + 1]!;
    if (part.kind !== 'Event' || whole.kind !== 'Event' || part.key === whole.key) continue;
    // (the theme's closing quote is the part's last character, or printed right after it)
    const closeAt = text.charCodeAt(part.end - 1) === 8221 /* ” */ ? part.end - 1 : part.end;
    if (whole.start - closeAt === THEME_CLOSED_OF_THE.length && text.startsWith(THEME_CLOSED_OF_THE, closeAt)) push('PART_OF', part.key, whole.key, part.start, whole.end);
  }
}
const WITHIN_THE = 'within the ';
/**
 * Step 0b'''' of findAttributions: "the United Nations Counter-Terrorism Centre is performing its duties within the Office of
 * Counter-Terrorism" (A/RES/78/115 OP21, 79/129, 80/171), "the Implementation Support Unit within the Office for Disarmament
 * Affairs": an organ printed right before "within" the body it works inside is PART_OF that body. Both Organizations, next to each
 * other; not an officer or office of a person, and not the United Nations or its system ("the Rule of Law Coordination and Resource
 * Group within the United Nations system": where it works, not whose organ it is).
 */
function withinBodyAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const organ = sorted[i]!;
    const body = sorted[i + 1]!;
    if (organ.kind !== 'Organization' || body.kind !== 'Organization' || body.start - organ.end > 50 || organ.key === body.key) continue;
    if (body.key === UNITED_NATIONS_ORG_KEY || body.key.startsWith(UNITED_NATIONS_SYSTEM_KEY) || OFFICER_OR_OFFICE_RE.test(organ.name)) continue;
    if (WITHIN_BODY_GAP_RE.test(text.slice(organ.end, body.start))) push('PART_OF', organ.key, body.key, organ.start, body.end);
  }
}
const UNITED_NATIONS_SYSTEM_KEY = nodeKey('Organization', 'United Nations system');
function itsGapBetween(text: string, whole: EntityMention, part: EntityMention): string | undefined {
  for (const gap of [AND_ITS_GAP, INCLUDING_ITS_GAP, THROUGH_ITS_GAP, IN_PARTICULAR_ITS_GAP, ESPECIALLY_ITS_GAP]) if (part.start - whole.end === gap.length && text.startsWith(gap, whole.end)) return gap;
  return undefined;
}
function andItsPartAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    let whole = sorted[i]!;
    const part = sorted[i + 1]!;
    const gap = itsGapBetween(text, whole, part);
    if (gap === undefined || part.key === whole.key) continue;
    // ("the Department of Economic and Social Affairs of the Secretariat, through its Financing for Sustainable Development Office",
    // A/RES/78/271 OP5: the body that acts is the Department, printed with its owner; the Office is the Department's)
    // (so "..., especially its Editing Section": the Division of Conference Management of the United Nations Office at Geneva)
    const owned = (gap === THROUGH_ITS_GAP || gap === ESPECIALLY_ITS_GAP) && i > 0 ? sorted[i - 1]! : undefined;
    if (owned?.kind === 'Organization' && whole.kind === 'Organization' && OF_THE_GAP_RE.test(text.slice(owned.end, whole.start))) whole = owned;
    // (a list of one body's organs: "the Committee on the Peaceful Uses of Outer Space, its Scientific and Technical Subcommittee
    // and its Legal Subcommittee", A/RES/80/76 PP: both the Committee's)
    if (text.startsWith(ITS_WORD, whole.start - ITS_WORD.length)) continue;
    const organ = (whole.kind === 'Organization' || (whole.kind === 'Event' && PARTIES_CONFERENCE_RE.test(whole.name))) && part.kind === 'Organization' && !OFFICER_OR_OFFICE_RE.test(part.name);
    // (a report has no programmes: "the Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services Assessment
    // Report on Land Degradation and Restoration and its Global Assessment Report" (A/RES/79/207) names the Platform's two reports)
    const programme = (whole.kind === 'Framework' || (whole.kind === 'Initiative' && !whole.name.includes(REPORT_WORD))) && part.kind === 'Initiative';
    // (an initiative's standing forum, keyed as an Event: "the Agricultural Market Information System and its Rapid Response Forum",
    // A/RES/80/124 PP29)
    const forum = whole.kind === 'Initiative' && !whole.name.includes(REPORT_WORD) && part.kind === 'Event' && part.name.endsWith(FORUM_WORD);
    if (organ || programme || forum) push('PART_OF', part.key, whole.key, whole.start, part.end);
  }
}

/** the rare words of an instrument's own supplement named right after it (a cheap gate before ITS_SUPPLEMENT_GAP_RE) */
const ITS_SUPPLEMENT = ' its supplement';
/**
 * "the United Nations Convention against Transnational Organized Crime, 5 as well as its supplementing Protocol to Prevent,
 * Suppress and Punish Trafficking in Persons, Especially Women and Children" (A/RES/78/228 PP6): the supplement is PART_OF the
 * instrument, as a protocol printed ", supplementing the <convention>" (PART_OF_GAP_RE); "the Code of Conduct on the Safety and
 * Security of Radioactive Sources and its supplementary Guidance on the Import and Export of Radioactive Sources" (A/RES/79/55).
 */
function itsSupplementAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  // (a second supplement listed after a first is the same instrument's: "the Code of Conduct ..., its supplementary Guidance on
  // the Import and Export of Radioactive Sources and its supplementary Guidance on the Management of Disused Radioactive Sources",
  // A/RES/78/51: "its" is the Code's, not the first Guidance's)
  let lastSupplement: { part: EntityMention; whole: EntityMention } | undefined;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const before = sorted[i]!;
    const part = sorted[i + 1]!;
    if (before.kind !== 'Framework' || part.kind !== 'Framework' || part.key === before.key) continue;
    if (part.start - before.end > 40 || !ITS_SUPPLEMENT_GAP_RE.test(text.slice(before.end, part.start))) continue;
    const whole = lastSupplement?.part === before ? lastSupplement.whole : before;
    push('PART_OF', part.key, whole.key, whole.start, part.end);
    lastSupplement = { part, whole };
  }
}

/** the rare words before a framework whose protocols are listed after it (a cheap gate before PROTOCOLS_TO_BEFORE_RE) */
const PROTOCOLS_TO = 'protocols to ';
/** right before that framework: "two of the protocols to the " */
const PROTOCOLS_TO_BEFORE_RE = /\bprotocols\s+to\s+(?:the\s+)?$/;
/** from that framework to its protocols, in the same clause: " that are relevant to the protection of displaced persons, namely, the " */
const PROTOCOLS_NAMELY_GAP_RE = /^[^;:]{0,160}?,\s*namely,\s+(?:the\s+)?$/;
/**
 * "the Pact on Security, Stability and Development in the Great Lakes Region, ... and its instruments, in particular two of the
 * protocols to the Pact that are relevant to the protection of displaced persons, namely, the Protocol on the Protection of and
 * Assistance to Internally Displaced Persons and the Protocol on the Property Rights of Returning Persons" (A/RES/80/188 PP14,
 * 78/185): each Protocol listed after "namely" is PART_OF the framework, as a protocol printed "to the <framework>"
 * (PROTOCOL_TO_GAP_RE). Only frameworks named Protocol, joined as a list (JOINED_LIST_GAP_RE, no relative clause).
 */
function namedProtocolsToAttributions(text: string, sorted: readonly EntityMention[], push: Push): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const whole = sorted[i]!;
    if (whole.kind !== 'Framework' || !PROTOCOLS_TO_BEFORE_RE.test(text.slice(Math.max(0, whole.start - 20), whole.start))) continue;
    let prevEnd = -1;
    for (let j = i + 1; j < sorted.length; j++) {
      const part = sorted[j]!;
      if (part.start < whole.end) continue;
      if (part.kind !== 'Framework' || !PROTOCOL_WORD_RE.test(part.name)) break;
      const gap = text.slice(prevEnd < 0 ? whole.end : prevEnd, part.start);
      if (prevEnd < 0 ? !PROTOCOLS_NAMELY_GAP_RE.test(gap) : !JOINED_LIST_GAP_RE.test(gap) || RELATIVE_WORD_RE.test(gap)) break;
      push('PART_OF', part.key, whole.key, whole.start, part.end);
      prevEnd = part.end;
    }
  }
}

export function findAttributions(text: string, mentions: EntityMention[]): Attribution[] {
  const out: Attribution[] = [];
  const seen = new Set<string>();
  const push = (type: AttributionType, source: string, target: string, start: number, end: number): void => {
    if (source === target) return;
    const id = `${type}|${source}|${target}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ type, source, target, phrase: text.slice(start, end), start, end });
  };
  const sorted = sortSmall(
    mentions.filter((m) => !m.footnote),
    (a, b) => a.start - b.start || b.end - a.end,
  );
  // most paragraphs state nothing between entities: leave at once when nothing could be attributed
  // (an Organization only when the text says "hosted", "auspices" or "convened": three scans of the
  // text, made only when no other mention could be attributed; they were 40% of this function's time)
  let attributable = false;
  let organization = false;
  for (const m of sorted) {
    if (ATTRIBUTED_KINDS.has(m.kind) || m.kind === 'Framework' || m.kind === 'Resolution') attributable = true;
    else if (m.kind === 'Organization') organization = true;
    // ("the Food Price Index of the Food and Agriculture Organization of the United Nations", A/RES/79/171 PP22: the body inside
    // the programme's name is a nested mention, not among these, yet it runs the programme)
    if (m.kind === 'Initiative' && !organization && m.name.includes(OF_THE_GAP)) organization = true;
  }
  // 0. "the Terrorism Prevention Branch of the United Nations Office on Drugs and Crime", "the Rule of Law Unit in the Executive
  // Office of the Secretary-General", "the Office of Legal Affairs of the Secretariat": a unit is part of the office it is of
  if (organization) subUnitAttributions(text, sorted, push);
  // 0b. "the role of the United Nations Office on Drugs and Crime as the Chair of the Working Group on ...", "Requests the
  // Secretary-General, as the Chair of the United Nations System Chief Executives Board for Coordination, to ...": who chairs a
  // body leads it (a paragraph that prints the phrase only)
  if (organization && textIncludes(text, AS_THE_CHAIR_OF)) chairOfAttributions(text, sorted, push);
  // 0b'. "the United Nations Sustainable Development Group, under the leadership of the Secretary-General": who leads the body
  if (organization && textIncludes(text, UNDER_THE_LEADERSHIP_OF)) ledBodyAttributions(text, sorted, push);
  // 0b''. "the ... System-wide Action Plan ..., developed under the leadership of UN-Women": who leads the text's making
  if (organization && textIncludes(text, UNDER_THE_LEADERSHIP_OF)) developedUnderLeadershipAttributions(text, sorted, push);
  if (organization && textIncludes(text, MAIN_COMMITTEE_OF)) mainCommitteeAttributions(text, sorted, push);
  // 0b'''. "the Regional Office for Europe of the World Health Organization": the office is the owner's
  if (organization && textIncludes(text, REGIONAL_OFFICE_FOR)) regionalOfficeOwners(text, sorted, push);
  // 0b''''. "the United Nations Counter-Terrorism Centre is performing its duties within the Office of Counter-Terrorism"
  if (organization && textIncludes(text, WITHIN_THE)) withinBodyAttributions(text, sorted, push);
  // 0b'''''. "the Department of Economic and Social Affairs of the Secretariat, through its Financing for Sustainable Development
  // Office": bodies only, so read before step 1 leaves a paragraph with nothing else to attribute (andItsPartAttributions); "to
  // cooperate with the International Committee of the Red Cross and its Central Tracing Agency" (A/RES/79/173 OP11) too
  const itsPartGap = textIncludes(text, AND_ITS_GAP) || textIncludes(text, INCLUDING_ITS_GAP) || textIncludes(text, IN_PARTICULAR_ITS_GAP);
  const itsPartsRead = organization && (itsPartGap || textIncludes(text, THROUGH_ITS_GAP) || textIncludes(text, ESPECIALLY_ITS_GAP));
  if (itsPartsRead) andItsPartAttributions(text, sorted, push);
  if (organization && textIncludes(text, OF_ITS_WORDS)) listedOrgansOfItsAttributions(text, sorted, push);
  // 0b''. "the International Court of Justice, the principal judicial organ of the United Nations"
  if (organization && (textIncludes(text, ORGAN_OF_THE) || textIncludes(text, SUBSIDIARY_BODY_OF_THE))) organInAppositionAttributions(text, sorted, push);
  if (organization && (textIncludes(text, SUBSIDIARY) || textIncludes(text, FUNCTIONAL_COMMISSION_OF))) subsidiaryOrganAttributions(text, sorted, push);
  // 0e. "the Group of Governmental Experts on ..., established under the Convention on ...": a treaty's organ
  if (organization && textIncludes(text, ESTABLISHED_WORD)) treatyOrganAttributions(text, sorted, push);
  if (organization && textIncludes(text, OF_THE_GAP)) treatyOrgansOf(text, sorted, push);
  // 0f. "the support provided to the University by the host country, Costa Rica": the State named host of a standing body
  if (organization && textIncludes(text, HOST_COUNTRY)) hostCountryAttributions(text, sorted, push);
  // the phrases asked about below, found in one pass over the text (paragraphWords.ts; the entity scan read it already)
  const words = textWords(text);
  const phase = hasWord(words, PHASE);
  // ("the Ad Hoc Liaison Committee for the Coordination of the International Assistance to Palestinians, chaired by Norway",
  // A/RES/80/72 PP28, 79/81: a State chairing a body is no officer of it and LEADS it, as "under the chairmanship of" reads)
  // (and "the establishment by the Secretary-General of the Global Crisis Response Group ...", A/RES/78/157 PP7: two bodies)
  // (and "the intention of Turkmenistan to host the Regional Centre ...", A/RES/78/147 PP8: a State's offer to host a standing body)
  if (!attributable && organization) attributable = hasWord(words, HOSTED) || hasWord(words, AUSPICES) || hasWord(words, CONVENED) || textIncludes(text, CHAIRED_BY) || textIncludes(text, ESTABLISHMENT_BY) || hasWord(words, TO_HOST);
  // ("general comment No. 1 on enforced disappearance in the context of migration adopted by the Committee on Enforced
  // Disappearances", A/RES/78/207 OP20, 80/201: a body's text adopted by it, with no framework or sitting named beside)
  if (!attributable && organization && hasWord(words, ADOPTED) && sorted.some((m) => m.kind === 'Document')) attributable = true;
  if (!attributable && !phase) return out;

  // 1. "<event> ..., organized/convened/hosted/led by X, Y and Z" (the "by" may come after a venue or date)
  if (sorted.some((x) => HOSTED_KINDS.has(x.kind)) && (hasWord(words, BY) || hasWord(words, AUSPICES) || coOrganizedWords(text))) agentVerbAttributions(text, sorted, push);

  // 1d. "the 2026 special high-level meeting on credit ratings under the auspices of the Economic and Social Council": no participle
  if (hasWord(words, AUSPICES)) sittingsUnderAuspices(text, sorted, push);
  if (hasWord(words, AUSPICES) && textIncludes(text, UNDER_THEIR_AUSPICES)) sittingsUnderTheirAuspices(text, sorted, push);

  // 1c. "the second part of the fifteenth meeting of the Conference of the Parties ..., under the presidency of China": who presides
  if (textIncludes(text, PRESIDENCY_OF) || textIncludes(text, CHAIRMANSHIP_OF)) presidedSittingAttributions(text, sorted, push);

  // 1a. "the convening of the World Telecommunication Development Conference by the International Telecommunication
  // Union": the noun names the organizer as the participle does
  if (hasWord(words, CONVENING_OF) || hasWord(words, ORGANIZATION_OF)) conveningOfAttributions(text, sorted, push);
  // 1a'. "the Presidents of the General Assembly ... for convening the Advisory Board on Gender Equality and the ..."
  if (organization && textIncludes(text, FOR_CONVENING_THE)) forConveningAttributions(text, sorted, push);
  // 1a''. "the holding by the International Atomic Energy Agency of the fourth International Conference on Nuclear Security"
  if (hasWord(words, BY) && sorted.some((x) => x.kind === 'Event')) nounByAgentOfAttributions(text, sorted, push);
  // 1a'. "the launching of the Broadband Advocacy Targets by the Broadband Commission": who launched it leads it
  if (hasWord(words, LAUNCH) && hasWord(words, BY)) {
    launchOfAttributions(text, sorted, push);
    launchByOfAttributions(text, sorted, push);
  } else if (textIncludes(text, ESTABLISHMENT_BY)) launchByOfAttributions(text, sorted, push);
  // 1a'''. "the efforts of the President of the General Assembly at its seventy-fourth session to launch the Alliance for
  // Poverty Eradication", "the efforts of the International Telecommunication Union ... to convene the Artificial Intelligence for
  // Good platform": whose efforts launched or convene it leads it
  if ((hasWord(words, LAUNCH) || textIncludes(text, TO_CONVENE_THE)) && textIncludes(text, EFFORTS_OF_THE)) launchEffortsAttributions(text, sorted, push);

  // 1a''''. "the United Nations Youth Strategy, launched by the Secretary-General in 2018": the day it was launched ("the launch of
  // <name> in June 2019" too)
  if (textIncludes(text, LAUNCHED_WORD) || hasWord(words, LAUNCH)) launchDayAttributions(text, sorted, push);
  // 1a'''''. "the launch on 24 September 2018 of Youth 2030: The United Nations Youth Strategy": the day printed first
  if (hasWord(words, LAUNCH)) launchDayFirstAttributions(text, sorted, push);

  // 1b. "Expresses its profound gratitude to the Government and the people of Turkmenistan for hosting the Third
  // United Nations Conference on Landlocked Developing Countries": the thanked are the hosts
  if (hasWord(words, HOSTING)) thankedHosts(text, sorted, push);
  // 1c. "Welcomes the offer by the Government of Spain to host the Fourth International Conference on Financing for Development"
  if (hasWord(words, TO_HOST) || hasWord(words, TO_CO_HOST)) offeredHosts(text, sorted, push);

  // 2. "(International Telecommunication Union)" right after an initiative or event -> LEADS
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i]!;
    if (!ATTRIBUTED_KINDS.has(t.kind)) continue;
    const open = /^\s*\(\s*(?:the\s+)?$/;
    // guarded reads: past the end is an out-of-bounds access that deoptimised this (large) function
    const next = i + 1 < sorted.length ? sorted[i + 1] : undefined;
    if (!next || next.kind !== 'Organization' || !open.test(text.slice(t.end, next.start))) continue;
    const { agents, end } = agentsFrom(text, sorted, i + 1, next.start);
    if (!/^\s*\)/.test(text.slice(end))) continue;
    const close = end + text.slice(end).indexOf(')') + 1;
    for (let j = 0; j < agents.length; j++) {
      const a = agents[j]!;
      // "the 9th meeting of the Special Political and Decolonization Committee (Fourth Committee)",
      // "Forum on School Feeding for Commonwealth of Independent States (CIS)": another name of a
      // body the event's own name holds, not its leader
      if (a.kind !== 'Organization' || t.name.includes(a.name)) continue;
      push('LEADS', a.key, t.key, t.end, close);
    }
  }

  // 2b. the body a programme or sitting belongs to, printed before or after its name
  ownerNamedWithAttributions(text, sorted, push);
  if (textIncludes(text, BETWEEN_THE)) partnershipBetweenAttributions(text, sorted, push);
  // 2b'. "the Secretary-General’s initiatives ..., including the Call to Action for Human Rights, ..., the Global Principles ..."
  if (textIncludes(text, 's initiatives')) listedInitiativesOfOwnerAttributions(text, sorted, push);
  // 2b''. "commends the World Meteorological Organization for achieving ... improvements to the ... systems that are part of its Sand
  // and Dust Storm Warning Advisory and Assessment System"
  if (textIncludes(text, ITS_WORD)) itsInitiativeOfBodyAttributions(text, sorted, push);
  if (textIncludes(text, '/')) slashJoinedOwnersAttributions(sorted, push);
  // 2c. "Invites the Food and Agriculture Organization of the United Nations to facilitate the observance of the International Day"
  // (FACILITATE_BEFORE_RE needs "facilitate", "facilitating", "lead the implementation" or "agency" before the name: most
  // paragraphs print none)
  if (textIncludes(text, 'facilitat') || textIncludes(text, 'agency') || textIncludes(text, 'lead the implementation')) {
    for (let i = 1; i < sorted.length; i++) if (sorted[i]!.kind === 'Event' || sorted[i]!.kind === 'Initiative') facilitatorAttributions(text, sorted, i, push);
  }
  // 2d. "Requests the President of the General Assembly to convene a high-level meeting on ...": the body asked organizes it
  // (a paragraph with a body and a sitting only)
  if (organization && sorted.some((x) => x.kind === 'Event')) askedToConveneAttributions(text, sorted, push);

  // 3. events: venue (HELD_IN), dates (STARTS_ON/ENDS_ON), sessions of bodies (SESSION_OF), editions (PART_OF)
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.kind !== 'Event') continue;
    eventAttributions(text, sorted, i, push);
    if (i > 0) offeredConvener(text, sorted, i, push);
  }
  // 3'. "the third United Nations High-level Conference ..., convened ... in New York on 19 and 20 June 2023, as part of the third
  // Counter-Terrorism Week": the sitting is PART_OF the event
  if (textIncludes(text, AS_PART_OF_THE)) sittingPartOfEventAttributions(text, sorted, push);
  if (textIncludes(text, THEME_CLOSED_OF_THE)) themedSittingOfSessionAttributions(text, sorted, push);

  // 3b. "the A and the B, held in Dubai": A is held where B is (its venue was printed after B, past A's window);
  // read from the last of the list back, so a list of three passes the venue on along it
  for (let i = sorted.length - 1; i >= 0; i--) {
    const ev = sorted[i]!;
    const detail = ev.kind === 'Event' ? eventDetail(ev) : undefined;
    const last = detail?.listedWith;
    if (!last || detail!.venueAt !== undefined) continue;
    for (const a of out.slice()) if (a.type === 'HELD_IN' && a.source === last.key) push('HELD_IN', ev.key, a.target, a.start, a.end);
  }

  // 3c. "the first Conference of States Parties ..., on 4 November 2010, the second Conference of States Parties, on 12 and 13
  // November 2012, ... and the fifth Conference of States Parties, on 17 and 18 May 2022, all held in Addis Ababa" (A/RES/78/14 OP3)
  if (textIncludes(text, ALL_HELD_IN)) allHeldInAttributions(text, sorted, out, push);
  // 3c'. "convene the Dialogue annually ..., alternating between Geneva and New York" (A/RES/79/325 OP5): HELD_IN both
  if (textIncludes(text, ALTERNATING_BETWEEN)) alternatingVenueAttributions(text, sorted, push);
  // 3c''. "that the A will be held <days> and that the B will be held <days>, in Paris" (A/RES/78/10 PP11): HELD_IN for both
  if (textIncludes(text, AND_THAT)) sharedClosingVenueAttributions(text, sorted, out, push);
  if (textIncludes(text, UNTIL_THE)) periodEndsVenueAttributions(text, sorted, out, push);
  // 3c'''. "..., as well as the special session, held on 17 May 2024, both hosted by the United Arab Emirates in Dubai": both sittings
  if (textIncludes(text, COMMA_BOTH)) bothSittingsAttributions(text, sorted, out, push);

  // 4. "in which the Assembly adopted the Pact for the Future which includes the Global Digital Compact ..."
  if (hasWord(words, WHICH) && WHICH_ADOPTED_RE.test(text)) adoptedInWhichAttributions(text, sorted, push);
  // 4'. "recalling that the Summit of the Group of 20 held in New Delhi on 9 and 10 September 2023 endorsed the 2023 Action Plan ..."
  if (textIncludes(text, ENDORSED_THE)) sittingEndorsedAttributions(text, sorted, push);
  // 4'*. "Recognizes that the United Nations Conference on Sustainable Development adopted, among other commitments ..., the 10-Year
  // Framework of Programmes ..."
  sittingAdoptedAttributions(text, sorted, words, push);

  // 4''. "its resolutions 71/312 ... and 76/296 ..., in which it endorsed the declarations adopted by the first and second United
  // Nations Conferences ..., entitled “...” and “...”, respectively"
  if (textIncludes(text, RESPECTIVELY) && textIncludes(text, PLURAL_ADOPTED_BY)) respectivelyAdoptedAttributions(text, sorted, push);
  // 4''a. "the high-level meetings ... to commemorate the tenth and twentieth anniversaries ..., held on 22 September 2011 and 2021,
  // respectively": each sitting its day
  if (textIncludes(text, RESPECTIVELY) && textIncludes(text, HELD_ON)) respectiveDaysOfSittings(text, sorted, push);
  // 4''b. "the adoption by the General Assembly and the entry into force of the Treaty on 2 April 2013 and 24 December 2014,
  // respectively": the instrument's adoption day
  if (textIncludes(text, RESPECTIVELY) && textIncludes(text, ENTRY_INTO_FORCE_OF)) adoptionAndEntryIntoForceDays(text, sorted, push);
  // 4''*. "the declarations entitled “...”9 and “...”,10 adopted, respectively, at the 2017 and 2022 United Nations Conferences ..."
  if (textIncludes(text, ADOPTED_RESPECTIVELY_AT_THE)) titlesAdoptedRespectivelyAtAttributions(text, sorted, push);
  // 4''**. "instruments adopted by the General Assembly, ... and the Organization of African Unity, inter alia, the Organization of
  // African Unity Convention for the elimination of mercenarism in Africa": the listed adopter whose name heads the instance's
  if (textIncludes(text, INTER_ALIA_THE) && textIncludes(text, ADOPTED_BY_THE)) listedAdopterOfInstanceAttributions(text, sorted, push);

  // 4b. "its resolution 79/1 of 22 September 2024, adopting the Pact for the Future": the resolution adopted it, as the text says.
  // Not a resolution's title ("resolution 70/1 ..., entitled “Transforming our world: the 2030 Agenda for Sustainable
  // Development”", "its resolution 69/313 ... on the Addis Ababa Action Agenda ..."): a title names the text's subject and states
  // no adoption (the hand annotations of the genre never mark one); the paragraph that says "in which it adopted" does (step 4).
  const annexToWhich = textIncludes(text, ANNEX_TO_WHICH);
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i]!;
    if (r.kind !== 'Resolution') continue;
    const f = sorted.slice(i + 1).find((x) => x.start > r.end);
    if (!f || f.kind !== 'Framework') continue;
    const gap = text.slice(r.end, f.start);
    // "its resolution 1514 (XV) of 14 December 1960, containing the Declaration on the Granting of Independence to Colonial
    // Countries and Peoples" (A/RES/79/114 PP2, 80/86 OP1), "its resolution 46/182 of 19 December 1991, the annex to which contains
    // the guiding principles for ..." (A/RES/78/120 PP1, 79/139, 80/113): the framework is PART_OF the resolution that holds it,
    // as "contained in" reads (step 5)
    if ((gap.length < 56 && CONTAINING_GAP_RE.test(gap)) || (gap.length >= 32 && annexToWhich && ANNEX_TO_WHICH_GAP_RE.test(gap))) {
      push('PART_OF', f.key, r.key, r.start, f.end);
      continue;
    }
    let adopted = gap.length < 32 && ADOPTING_GAP_RE.test(gap);
    // "its resolution 74/4 of 15 October 2019, in which it endorsed the political declaration in the annex thereto entitled
    // “Gearing up for a decade of action ...”" (A/RES/80/181 PP5, 78/178), "its resolution 76/296 of 21 July 2022, in which it
    // endorsed the declaration entitled “Our ocean, our future, our responsibility”" (A/RES/80/109 PP20, 79/144, 78/68): the
    // resolution endorsed the declaration the title names, as the text says
    if (!adopted && gap.length < 110 && gap.includes(WHICH_IT) && DECLARATION_ENTITLED_GAP_RE.test(gap)) adopted = true;
    if (!adopted) continue;
    push('ADOPTED', r.key, f.key, r.start, f.end);
  }
  if (textIncludes(text, ANNEX_THERETO)) annexedTitleAttributions(text, sorted, push);

  // 4c. "the Sevilla Commitment, adopted by the General Assembly in its resolution 79/323": the resolution adopted it
  const containedIn = hasWord(words, CONTAINED_IN);
  // ("approved" is no paragraph word: asked of the gaps between a framework and a resolution after it, where there are any)
  const annexedThereto = hasWord(words, THERETO) && textIncludes(text, ANNEXED_THERETO);
  if (containedIn || annexedThereto || hasWord(words, ADOPTED) || hasWord(words, ENDORSED) || hasWord(words, PROCLAIMED) || approvedBeforeResolution(text, sorted)) {
    adoptedByResolutionAttributions(text, sorted, push, containedIn, annexedThereto);
  }

  // 4c'. "Recalling the adoption of the United Nations Global Plan of Action ... by the General Assembly in its resolution 64/293"
  // (or "the adoption on 19 December 2022 of the Kunming-Montreal ...": a day right before a framework, read off the mentions)
  const dayFirst = dayBeforeFramework(sorted);
  if (hasWord(words, ADOPTION_OF)) {
    adoptionOfByResolutionAttributions(text, sorted, push);
    // 4c'''. "the decisions taken at the third Meeting of States Parties, including the adoption of the declaration ..."
    outcomeAdoptionAttributions(text, sorted, push);
  } else if (dayFirst || textIncludes(text, ADOPTION_COMMA)) adoptionOfByResolutionAttributions(text, sorted, push);
  // 4c''. "the adoption by the General Conference of UNESCO of its Recommendation on the Ethics of Artificial Intelligence"
  // (or "the adoption, by its resolution 56/6 ..., of the Global Agenda ...", "the adoption, by the Conference of Heads of State
  // ... at its seventeenth ordinary session, ..., of the strategy": asked only where " by " is printed)
  if (hasWord(words, ADOPTION_BY) || (hasWord(words, BY) && textIncludes(text, ADOPTION_COMMA_BY)) || sorted.some((m) => isDatedAdoption(text, m))) adoptionByAttributions(text, sorted, push);

  // 4c-endorsement. "the endorsement by the Economic and Social Council ... of the Strategic Framework ...": the endorser ENDORSES it
  if (textIncludes(text, ENDORSEMENT_SPACED)) endorsementAttributions(text, sorted, push);
  // 4c-endorsement'. "the International Organization of la Francophonie was among the first international organizations to endorse
  // the Declaration of Shared Commitments ...": the body ENDORSES it
  if (textIncludes(text, TO_ENDORSE_THE)) bodiesEndorsingAttributions(text, sorted, push);

  // 4c''''. "... to the United Nations Commission on International Trade Law for completing and adopting the Model Law on ..."
  if (textIncludes(text, AND_ADOPT) || textIncludes(text, FOR_ADOPTING) || textIncludes(text, OR_ADOPTION_OF_LIST)) bodyForAdoptingAttributions(text, sorted, push);

  // 4c'''''. "the ninth United Nations Alliance of Civilizations Global Forum, held in Fez, ..., that adopted the Fez Declaration"
  if (textIncludes(text, THAT_ADOPTED_THE) || textIncludes(text, WHICH_ADOPTED_THE)) sittingThatAdoptedAttributions(text, sorted, push);

  // 4d. "the New Urban Agenda, adopted at the United Nations Conference on Housing ...": the conference adopted it
  // ("the Code of Conduct on the Safety and Security of Radioactive Sources, approved by the Board of Governors of the International
  // Atomic Energy Agency on 8 September 2003", A/RES/79/42 PP14, 78/43, 80/41: a body's approval is its adoption; "approved" is no
  // paragraph word)
  const approvedBy = textIncludes(text, APPROVED_BY);
  adoptedAtConferenceAttributions(text, sorted, push, hasWord(words, ADOPTED) || hasWord(words, ENDORSED) || hasWord(words, PROCLAIMED) || approvedBy);
  // 4d-comments. "general comments No. 21 (1992) ..., No. 32 (2007) ... and No. 35 (2014) ..., adopted by the Human Rights Committee"
  if (hasWord(words, ADOPTED) && sorted.some((m) => m.kind === 'Document' && m.attrs.generalComment !== undefined)) listedGeneralCommentsAdoptedBy(text, sorted, push);
  // 4d''. "decision 16/22 on biodiversity and climate change, adopted at the sixteenth meeting of the Conference of the Parties ..."
  if (hasWord(words, ADOPTED) || ADOPTION_OF_NUMBERED_TEXT.some((gate) => textIncludes(text, gate))) decisionsAdoptedAtSittingAttributions(text, sorted, push);
  // 4d''-including. "resolutions ... adopted by the United Nations Environment Assembly ..., including resolution 2/10"
  if (hasWord(words, ADOPTED) && (textIncludes(text, ADOPTED_BY_THE_INCLUDING) || textIncludes(text, ADOPTED_BY_THE))) textsAdoptedByIncludingAttributions(text, sorted, push);
  // 4d''-of. "resolution 5/4 of the United Nations Environment Assembly, entitled “...”, adopted on 2 March 2022"
  if (hasWord(words, ADOPTED)) ownTextOfBodyAdoptedOnAttributions(text, sorted, push);
  // 4d'''. "the decision by the United Nations Environment Assembly at its resumed fifth session, in resolution 5/14"
  if (textIncludes(text, AT_ITS_WORDS)) sessionInResolutionAttributions(text, sorted, push);
  if (textIncludes(text, IN_ITS_RESOLUTION_WORDS)) byBodyInItsResolutionAttributions(text, sorted, push);
  // 4d'. "the joint summit ..., held in Lomé on 30 July 2018, and the Lomé Declaration ... adopted at that summit"
  if (textIncludes(text, ADOPTED_AT_THAT)) adoptedAtThatSittingAttributions(text, sorted, push);

  // 4g. "the Universal Declaration of Human Rights, adopted on 10 December 1948": the day a framework was adopted
  // (or "..., signed at Geneva on 17 June 1925": a framework with a date after it, read off the mentions, not the text)
  if (dayFirst || hasWord(words, ADOPTED) || hasWord(words, ADOPTION_OF) || frameworkThenDate(sorted) || textIncludes(text, ADOPTION_COMMA_ON)) adoptedOnAttributions(text, sorted, push);
  // 4g'. "a law promulgated on 12 March 1996 known as “the Helms-Burton Act”": the day printed before the law's name
  if (textIncludes(text, PROMULGATED_ON)) promulgatedKnownAsAttributions(text, sorted, push);
  frameworkOfDayAttributions(text, sorted, push);
  dayInFrameworkName(sorted, push);
  frameworkOfYear(text, sorted, push);

  // 4h. "the ministerial declaration of the United Nations Environment Assembly at its third session, entitled “...”"
  if (hasWord(words, ENTITLED_QUOTE)) titledOutcomeAttributions(text, sorted, push);

  // 4e. "the Summit of the Future ..., at which resolution 79/1 entitled “The Pact for the Future” and its annexes were adopted"
  if (hasWord(words, AT_WHICH) && hasWord(words, ADOPTED)) atWhichAdoptedAttributions(text, sorted, push);
  if (textIncludes(text, AS_ADOPTED_AT)) asAdoptedAtOpeningAttributions(text, sorted, push);

  // 4f. "the Fourth International Conference on Financing for Development ..., and reaffirming its outcome document, the Sevilla Commitment"
  if (hasWord(words, ITS_OUTCOME) || textIncludes(text, AND_ITS) || textIncludes(text, OF_ITS) || textIncludes(text, IN_ITS)) itsOutcomeDocumentAttributions(text, sorted, push);
  if (textIncludes(text, AND_THE_WORDS)) venueNamedOutcomeAttributions(text, sorted, push);
  // 4f'''''. "all the outcomes of the World Summit on the Information Society, including the Geneva Declaration of Principles, ..."
  if (textIncludes(text, OUTCOMES_OF) || textIncludes(text, DECISIONS_ADOPTED)) outcomesOfSittingAttributions(text, sorted, push);
  // 4f''''''. "the outcome document of the Fourth International Conference on Financing for Development, the Sevilla Commitment"
  if (textIncludes(text, OUTCOME_DOCUMENT_OF_THE) || textIncludes(text, OUTCOMES_OF)) outcomeInAppositionAttributions(text, sorted, push);
  if (textIncludes(text, OUTCOME_OF_THE_WORDS)) frameworkAsOutcomeOfSittingAttributions(text, sorted, push);
  if (textIncludes(text, AS_REFLECTED_IN)) outcomeReflectedInFrameworkAttributions(text, sorted, push);
  // 4f'. "the Doha Declaration on Financing for Development: outcome document of the Follow-up International Conference ..."
  if (textIncludes(text, OUTCOME_DOCUMENT_OF)) outcomeDocumentOfAttributions(text, sorted, push);
  // 4f''''. "the Buenos Aires outcome document of the second High-level United Nations Conference on South-South Cooperation"
  if (textIncludes(text, NAMED_OUTCOME_DOCUMENT_OF_THE)) namedOutcomeDocumentOfSittingAttributions(text, sorted, push);
  // 4f'''. "the Final Document of the Nineteenth Summit of Heads of State or Government of Non-Aligned Countries"
  if (textIncludes(text, FINAL_DOCUMENT_OF_THE)) finalDocumentOfSittingAttributions(text, sorted, push);
  // 4f'''''''. "convene a meeting of States in 2027 ..., in New York, ... ahead of the Meeting of States": where it sits
  if (textIncludes(text, CONVENE_A_GAP)) conveningNamedLaterAttributions(text, sorted, push);
  // 4f''''''. "the Final Documents of the 2000 and 2010 Review Conferences": each sitting's own
  if (textIncludes(text, DOCUMENTS_OF_THE) || textIncludes(text, DECLARATIONS_OF_THE)) finalDocumentsOfListedSittingAttributions(text, sorted, push);
  // 4f''. "the United Nations Conference on the Human Environment, especially principle 7 of the Declaration of the Conference"
  if (textIncludes(text, DECLARATION_OF_THE_CONFERENCE)) declarationOfTheConferenceAttributions(sorted, push);

  // 5. "the Global Digital Compact, annexed to the Pact for the Future" -> PART_OF
  const including = textIncludes(text, INCLUDING_THE);
  const therein = textIncludes(text, THEREIN);
  const ofWhich = textIncludes(text, OF_WHICH_THE);
  const toWhich = textIncludes(text, TO_WHICH);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    if (including && a.kind === 'Framework' && b.kind === 'Framework' && b.start - a.end <= INCLUDING_GAP_MAX && INCLUDING_GAP_RE.test(text.slice(a.end, b.start)) && !TIME_MARK_BEFORE_RE.test(text.slice(Math.max(0, a.start - 12), a.start))) {
      push('PART_OF', b.key, a.key, a.start, b.end);
      continue;
    }
    if (therein && a.kind === 'Framework' && b.kind === 'Framework' && partNamedThereinAfter(text, a, b)) {
      push('PART_OF', b.key, a.key, a.start, b.end);
      continue;
    }
    if (ofWhich && a.kind === 'Framework' && b.kind === 'Framework' && partNamedOfWhichAfter(text, a, b)) {
      push('PART_OF', b.key, a.key, a.start, b.end);
      continue;
    }
    if (toWhich && a.kind === 'Framework' && b.kind === 'Framework' && partNamedToWhichAfter(text, a, b)) {
      push('PART_OF', b.key, a.key, a.start, b.end);
      continue;
    }
    // "the Paris Protocol on Economic Relations of 29 April 1994, fifth annex to the Israeli-Palestinian Interim Agreement on the
    // West Bank and the Gaza Strip" (A/RES/78/121 OP19, 79/141): the annex's own day printed between it and the agreement
    if (a.kind === 'Framework' && b.kind === 'Date' && i + 2 < sorted.length && sorted[i + 2]!.kind === 'Framework' && DAY_OF_GAP_RE.test(text.slice(a.end, b.start)) && ANNEX_TO_APPOSED_GAP_RE.test(text.slice(b.end, sorted[i + 2]!.start))) {
      push('PART_OF', a.key, sorted[i + 2]!.key, a.start, sorted[i + 2]!.end);
      continue;
    }
    if (a.kind !== 'Framework' || (b.kind !== 'Framework' && b.kind !== 'Document' && b.kind !== 'Resolution')) continue;
    if (b.kind === 'Framework' && PROTOCOL_WORD_RE.test(a.name) && PROTOCOL_TO_GAP_RE.test(text.slice(a.end, b.start))) {
      push('PART_OF', a.key, b.key, a.start, b.end);
      continue;
    }
    if (!PART_OF_GAP_RE.test(text.slice(a.end, b.start))) continue;
    // "the Declaration on Principles of International Law ... in accordance with the Charter of the United Nations, contained in
    // the annex to its resolution 2625 (XXV)": the annex holds the unrecognised declaration, not the Charter its title names
    if (b.kind === 'Resolution' && INSIDE_TITLE_BEFORE_RE.test(text.slice(Math.max(0, a.start - 24), a.start))) continue;
    push('PART_OF', a.key, b.key, a.start, b.end);
    const joined = PLURAL_PART_OF_GAP_RE.test(text.slice(a.end, b.start)) ? frameworkJoinedBefore(text, sorted, i) : undefined;
    if (joined) push('PART_OF', joined.key, b.key, joined.start, b.end);
  }

  // 5'. "the Technology Facilitation Mechanism, which includes the multi-stakeholder forum ..., the inter-agency task team ..."
  if (textIncludes(text, WHICH_INCLUDES_THE)) includedPartsAttributions(text, sorted, push);
  if (textIncludes(text, COMPONENTS_OF_THE)) namedComponentsAttributions(text, sorted, push);
  // 5''. "the 10-Year Framework of Programmes ... and its One Planet network", "the Food and Agriculture Organization of the
  // United Nations and its Committee on Fisheries"
  if (itsPartGap && !itsPartsRead) andItsPartAttributions(text, sorted, push);
  // 5'''. "the United Nations Convention against Transnational Organized Crime, as well as its supplementing Protocol to ..."
  if (textIncludes(text, ITS_SUPPLEMENT)) itsSupplementAttributions(text, sorted, push);
  // 5''''. "two of the protocols to the Pact ..., namely, the Protocol on ... and the Protocol on ..."
  if (textIncludes(text, PROTOCOLS_TO)) namedProtocolsToAttributions(text, sorted, push);

  // 6. the Summit's venues: "the Geneva and Tunis phases of the World Summit", "... at its first phase, held in Geneva ...", "the
  // summits held in Geneva and Tunis"
  if (phase) phaseAttributions(text, sorted, words, push);
  // 6a. "the World Summit on the Information Society (Geneva 2003, Tunis 2005)"
  summitVenuesAfter(text, sorted, push);

  // 7. "endorsed" is not "adopted": the rules above read both alike; the words of each ADOPTED edge say which one it was
  if (hasWord(words, ENDORSED)) endorsedNotAdopted(sorted, out);

  return sortSmall(out, (a, b) => a.start - b.start || a.end - b.end);
}

/**
 * An ADOPTED edge whose source endorsed the text rather than adopted it becomes ENDORSES (same source, target and phrase):
 * "its resolution 74/4 ..., in which it endorsed the political declaration" (A/RES/80/109 PP20), "the Sevilla Commitment,
 * endorsed by the General Assembly in its resolution 79/323", "the Principles ..., endorsed by the Committee on World Food
 * Security" (A/RES/78/181 PP20). The participle linking the source: the only one in the edge's words; else, with the source's
 * mention among them, the last one before it ("adopted at the Third World Conference ... and endorsed by the General Assembly
 * in its resolution 69/283": the sitting adopted the framework, the resolution endorsed it) or, with none before it, the first
 * one after it ("its resolution 74/4, in which it endorsed ..."). A framework's adoption date is never the endorsement's: the
 * graph dates a declaration from the resolution that ADOPTED it only (graph/build.ts).
 */
function endorsedNotAdopted(sorted: readonly EntityMention[], out: Attribution[]): void {
  for (const a of out) {
    if (a.type !== 'ADOPTED' || !a.phrase.includes('endorsed')) continue;
    const verbs: { word: string; at: number }[] = [];
    ADOPTION_PARTICIPLE_RE.lastIndex = 0;
    for (let m = ADOPTION_PARTICIPLE_RE.exec(a.phrase); m !== null; m = ADOPTION_PARTICIPLE_RE.exec(a.phrase)) verbs.push({ word: m[0], at: a.start + m.index });
    let verb: string | undefined;
    if (verbs.every((v) => v.word === 'endorsed')) verb = 'endorsed';
    else {
      const source = sorted.find((x) => x.key === a.source && x.start >= a.start && x.end <= a.end);
      if (source === undefined) continue;
      const before = verbs.filter((v) => v.at < source.start);
      verb = before.length > 0 ? before[before.length - 1]!.word : verbs.find((v) => v.at >= source.end)?.word;
    }
    if (verb === 'endorsed') a.type = 'ENDORSES';
  }
}
