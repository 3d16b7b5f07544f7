// Stage "recognise + relate": runs every recogniser over each paragraph (and the
// footnotes its marks point to), settles overlapping mentions, splits the
// paragraph into verb clauses and types one relation per entity per clause.
import type {
  Attribution,
  Clause,
  EntityMention,
  ParagraphExtraction,
  ParagraphText,
  RecognizeContext,
  ResolutionExtraction,
  ResolutionText,
  VerbRelation,
} from './models.js';
import { nodeKey, type NodeKind, type VerbRelationType } from '../graph/model-keys.js';
import { findResolutionRefsWithPending, hasPendingCitations, ibidConferenceResolution, isPendingCitation, resolvePendingCitation } from './recognize/resolutions.js';
import { findDocumentRefs } from './recognize/documents.js';
import { addYearsBeforeGluedMarks, findDates } from './recognize/dates.js';
import { LOWER_WORD_OF_YEAR_RE, NAME_TAIL_WORDS_RE } from './recognize/dates.patterns.js';
import { findOrganizations } from './recognize/organizations.js';
import { DECLARATION_ADOPTED_AT_THE, FOR_THE, FOUNDING_INSTRUMENT_OF_RE, TOPIC_ON_THE, GA_SESSION_TAIL, eventDetail, eventKey, giveTextFacts, isNamedOrganization, namedKey, ORGANIZING_COMMITTEE_OF_THE, OUTCOME_DOCUMENT_OF_TITLE, readTextFacts, REVIEW_CONFERENCE_TAIL, SPACE_SECRETARIAT, type TextFacts, declarationName, HLM_NAME_RE, OFFICE_OF_THE } from './recognize/entityScan.js';
import { SESSION_NUMBERED_CONFERENCES } from './standingConferences.js';
import { findEvents } from './recognize/events.js';
import { findInitiatives } from './recognize/initiatives.js';
import { findFrameworks } from './recognize/frameworks.js';
import { findActionLines } from './recognize/actionLines.js';
import { findPlaces } from './recognize/places.js';
import { entryByName, lookupName, normaliseName, type GazetteerEntry } from './gazetteer/index.js';
import { ORGANS_NAMING_OWNER } from './gazetteer/organizations.js';
import { DECLARATION_ADOPTED_BY_SITTING_AFTER_RE, DECLARATION_AT_SITTING_BEFORE_RE, DECLARATION_OF_CITY_OF_THE_RE, FRAMEWORK_HEADS } from './recognize/frameworks.patterns.js';
import { atlanticIsPartOfName, lowerDeclarationAfterPlace, placeNamesRegionalGroup, placeOpensName } from './recognize/places.patterns.js';
import { ANNIVERSARY_OF_BEFORE_RE, ASSEMBLY_SPECIAL_SESSION_DOCUMENT_RE, FORUM_THEN_UNDER_ASSEMBLY_AFTER_RE, FORUM_UNDER_ASSEMBLY_YEAR_AFTER_RE, HELD_AFTER_NAME_RE, NOUN_AFTER_NAME_RE, OAD_SEGMENT_OF, ORDINAL_SOURCE, OUTCOME_OF_SITTING_BEFORE_RE, REVIEW_OF_OUTCOMES_RE } from './recognize/events.patterns.js';
import { withSummitMentions } from './recognize/summitPhases.js';
import { withListedOrganizations } from './recognize/listedOrganizations.js';
import { withProposingPresident } from './recognize/decisionPresident.js';
import { bodiesOfPosts, withOfficerPosts } from './recognize/officerPosts.js';
import { ADOPTED_AT_THAT, IBID_PHRASE, ADOPTION_OF_WORD, ownReportAdoptedAtMark, OUTCOME_DOCUMENT_WORDS, AND_ENDORSED_BY_THE, AS_ENDORSED_IN, adoptedByFootnotedResolution, endorsedByFootnotedResolution, endorsedFootnotedDocument, launchersInFootnotes, type NotedDeclaration, adoptedByReportedSitting, adoptedBySittingFootnote, conferenceReportFootnoteAttributions, partiesSittingsInFootnotes, bodySessionsInFootnotes, sessionsAdoptingInFootnotes, publisherUnitsInFootnotes, symbolAdoptedOnInFootnotes, noteDocumentAdoptedAtSitting, pairAdoptedUnderOtherNotes, findAttributions, frameworkDaysInFootnotes, isObservance, isPartOfOwnerAfter, isSecretariatOfUnit, SECRETARIAT_KEY, ownerPrintedInInitiativeName, ownsInitiativeNamedAfterIt, qualifiedAsMentioned, recordsSessionOrganKey, sittingNamedLastBefore, UNDER_THE_AUSPICES_OF_THE } from './attributions.js';
import { linkAdvisoryOpinions, linkBareSgReports, linkGeneralComments, linkPluralSubjectReports, linkTitlesNamedWithSymbols, linkTitlesToFootnoteSymbols } from './recognize/documentLinks.js';
import { clauseWithVerb, mainVerb, splitClauses } from './clauses.js';
import { ADDRESSED_BODY_GAP_RE, ADDRESSEE_AFTER_RE, AUSPICES_OF_SESSION_BEFORE_RE, ADDRESSEE_GAP_RE, ADDRESSEE_LIST_GAP_RE, AGENT_BY_BEFORE_RE, ASSEMBLY_ASKED_BEFORE_RE, ASSEMBLY_ASKED_TO_PROCLAIM_AFTER_RE, ASSEMBLY_SUBJECT_ACT_AFTER_RE, THAT_SETTING_THE_BEFORE_RE, ASSEMBLY_THROUGH_WHICH_ACT_AFTER_RE, OBJECT_WHICH_THE_BEFORE_RE, ASSEMBLY_MODAL_ACT_AFTER_RE, ADOPTION_OF_TEXT_BY_BEFORE_RE, ADOPTION_ONLY_OF_TEXT_BY_BEFORE_RE, ASSEMBLY_ACT_NOUNS_OF, AUTHOR_ACT_BY_BEFORE_RE, AUTHOR_ACT_ON_DAY_OR_AS_AFTER_RE, NOTED_ACT_BY_BEFORE_RE, NOTED_ACT_MARK_GAP_RE, NOTE_ONE_RESOLUTION_RE, AUTHOR_REPORTED_ACT_AFTER_RE, ENTITLED_TITLE_GAP_RE, OWN_TEXT_MARK_GAP_RE, ADOPTED_OWN_TEXT_GAP_RE, ADOPTED_DAY_OR_PLACE_BY_THE_BEFORE_RE, ADOPTED_BY_THE_BEFORE_RE, ADOPTION_BY_THE_BEFORE_RE, ADOPTION_BY_ORGAN_OF_GAP_RE, ENDORSEMENT_BY_THE_BEFORE_RE, ENDORSER_OF_GAP_RE, ENDORSEMENT_OF_TEXT_BY_BEFORE_RE, ENDORSER_AT_ITS_SESSION_GAP_RE, ADOPTION_OF_TEXT_BEFORE_RE, ADOPTION_OF_OWN_TEXT_BY_GAP_RE, ADOPTION_OF_NUMBERED_TEXT, OWN_TEXTS_INCLUDING_GAP_RE, WHICH_ASIDE_THE_BEFORE_RE, AUTHOR_IN_TEXT_AFTER_RE, OWN_CITED_TEXT_PHRASE_RE, SAME_RESOLUTION_BEFORE_RE, ITS_WORK_AFTER_VERB_RE, AUTHOR_LIST_GAP_RE, AUTHOR_OF_TEXTS_AFTER_RE, ADMITTED_STATE_AFTER_RE, ADMITTED_STATE_GAP_RE, DECISION_SUBJECT_AFTER_RE, DECISION_SUBJECT_GAP_RE, DEMAND_AFTER_RE, THANKED_AGAIN_BEFORE_RE, THANKS_VERB_END_RE, OWN_DECISION_MARK_THE_GAP_RE, LAST_PART_AFTER_RE, PART_LIST_GAP_RE, DEMAND_GAP_RE, ITS_IMPLEMENTATION_AFTER_RE, PRONOUN_OBJECT_AFTER_VERB_RE, ASSEMBLY_OWN_AFTER_ITS, OWNER_STANCE_NOTED_AFTER_ITS, AGENT_ACT_AFTER_ITS, NOTING_VERB_RE, PLURAL_OWNER_GAP_RE, PLURAL_LIST_BREAK_RE, UN_QUALIFIER_BEFORE_RE, PARTS_OF_ORGAN_AND_BEFORE_RE, UN_SETTING_BEFORE_RE, ACCREDITED_TO_BEFORE_RE, UN_COOPERATION_CONTEXT_BEFORE_RE, UN_UNNAMED_PARTNERS_AFTER_RE, UN_OFFICE_VENUE_BEFORE_RE, AUSPICES_OF_SITTING_BEFORE_RE, COUNCIL_MANDATE_SOURCE_BEFORE_RE, UNDER_A_BEFORE_RE, MANDATE_AFTER_RE, SECRETARIAT_SETTING_BEFORE_RE, SECRETARIAT_ENTITIES_SETTING_BEFORE_RE, SECRETARIAT_UNITS_WITHIN_BEFORE_RE, MEMBERS_RELATIVE_BEFORE_RE, UN_POSSESSION_AFTER_RE, BUDGET_SECTION_TITLE_RE, WHICH_THE_ASSEMBLY_AND_THE_BEFORE_RE, SG_AS_POST_OF_SITTING_RE, PARTIES_ADOPTED_DURING_BEFORE_RE, ASSEMBLY_DISCUSSION_SETTING_BEFORE_RE, COUNCIL_AFTER_ASSEMBLY_SETTING_BEFORE_RE, ASSEMBLY_EXPRESSED_IN_BEFORE_RE, ASSEMBLY_CLAUSE_SUBJECT_BEFORE_RE, ASSEMBLY_CLAUSE_SUBJECT_MODAL_AFTER_RE, RECALLED_TEXT_RELATIVE_RE, SESSION_AS_TIME_BEFORE_RE, EVENT_AS_TIME_BEFORE_RE, BODY_ACT_AS_TIME_BEFORE_RE, BODY_ACT_AS_TIME_POSSESSIVE_BEFORE_RE, BODY_TEXT_ADOPTION_AS_TIME_BEFORE_RE, AT_THE_BEFORE_RE, SITTING_AT_ITS_GAP_RE, DEMONSTRATIVE_OBJECT_RE } from './clauses.patterns.js';
import { adoptionYear, normaliseTitle, resolutionKey } from './keys.js';
import { isAsciiCapital, isAsciiDigit, isLowerAscii } from './codeUnit.js';
import { sortSmall } from './sortSmall.js';
import { hasWord, textWords, wordIndex } from './recognize/paragraphWords.js';
import { letterRe } from './letter-classes.js';
import { STARTS_LOWERCASE } from './clean.patterns.js';
import { textIncludes } from './textIncludes.js';
import { AND_THE_SECOND_BODY_GAP_RE, MANDATE_HOLDER_RE, OFFICER_OR_OFFICE_RE } from './recognize/organizations.patterns.js';

type Recognizer = (text: string, ctx: RecognizeContext) => EntityMention[];

// The recognisers, in three groups. Order matters only for ties of equal span: the earlier recogniser
// wins, so a text's mentions are always [citations and documents, named entities, dates]. The first and
// last groups read references by number and keep no state the entity scan reads (nor the other way round):
// recognizeReferences runs them, with the clause splitter and what the entity scan reads of each text alone
// (readTextFacts), apart from the rest of the entity scan (extractWithReferences), so that the two halves can run
// in two threads (ingest/pool.ts) and each half is compiled in one only.
/** citations and document references: before the named entities */
const REFERENCES_BEFORE: readonly Recognizer[] = [findResolutionRefsWithPending, findDocumentRefs];
/** the entity scan and the recognisers built on it */
const NAMED_ENTITIES: readonly Recognizer[] = [findEvents, findFrameworks, findInitiatives, findActionLines, findOrganizations, findPlaces];
/** dates: after the named entities */
const REFERENCES_AFTER: readonly Recognizer[] = [findDates];

const KIND_PRIORITY: Record<NodeKind, number> = {
  Resolution: 0,
  Document: 1,
  Event: 2,
  Framework: 3,
  Initiative: 4,
  ActionLine: 5,
  Organization: 6,
  Place: 7,
  Date: 8,
  Paragraph: 9,
};

/** KIND_PRIORITY as a Map: the sort reads it with every kind, where a keyed load on the record,
 *  optimised for the kinds seen first, deopted ("wrong name") at the first other kind. */
const KIND_RANK: ReadonlyMap<string, number> = new Map(Object.entries(KIND_PRIORITY));

/** `also` of a clause with one verb (never changed: concat reads it) */
const NO_FURTHER_RELATIONS: readonly VerbRelationType[] = [];

/** Kinds a verb clause does not point at: they qualify other entities (a Place does when the verb addresses it: addressedPlace). */
const NOT_VERB_TARGETS = new Set<NodeKind>(['Date', 'Place', 'Paragraph']);

/** Kinds whose names may hold the years they run ("... 2015–2030"): a date inside one is the name's word. (Not an Event:
 *  a decade's years in its name are its dates, "the International Decade for Action ..., 2018–2028" STARTS_ON 2018.) */
const NAMES_WITH_PERIODS = new Set<NodeKind>(['Framework', 'Initiative', 'Organization']);

/** Kinds settleOverlaps hands to nestedOrganizations when a longer mention embeds them. */
const NESTABLE_KINDS = new Set<NodeKind>(['Organization', 'Event', 'Framework', 'Initiative']);

/**
 * Keep the outermost mention where mentions overlap ("General Assembly resolution
 * 70/125" beats "General Assembly"; "Tunis Agenda" beats the place "Tunis").
 * Dates and resolution citations survive inside other mentions: a cited
 * resolution's date is a date too, and a report's subject may cite a resolution.
 * Organizations (and events, frameworks, initiatives) dropped inside another mention go to `droppedOrganizations` when given
 * (see nestedOrganizations).
 */
export function settleOverlaps(mentions: EntityMention[], droppedOrganizations?: EntityMention[]): EntityMention[] {
  const sorted = sortSmall(
    mentions.slice(),
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || KIND_RANK.get(a.kind)! - KIND_RANK.get(b.kind)!,
  );
  const kept: EntityMention[] = [];
  let coverEnd = -1;
  let cover: EntityMention | undefined;
  // where the last name that may hold its years (NAMES_WITH_PERIODS) printed inside the cover ends
  let innerPeriodNameEnd = -1;
  // (an indexed loop: for-of made an iterator and a result object per mention, see ingest/codeUnit.ts)
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (m.kind === 'Date') {
      // (but not a period, a range of two dates, inside a name: "the Sendai Framework for Disaster Risk Reduction
      // 2015–2030", "the Doha Programme of Action for the Least Developed Countries for the Decade 2022–2031" (A/RES/78/138
      // PP11, PP12) are named by their years, which state no date, as "the 2030 Agenda" is)
      // (a single date stays: "the Geneva Conventions of 12 August 1949" were signed that day, A/RES/79/184 PP3)
      // (nor one inside such a name that an event's name embeds: "the high-level meeting of the General Assembly on the midterm
      // review of the Sendai Framework for Disaster Risk Reduction 2015–2030", A/RES/78/158 PP15: the Framework's years)
      const inNamedPeriod = cover !== undefined && m.end <= coverEnd && m.attrs.role !== undefined
        && (NAMES_WITH_PERIODS.has(cover.kind) || m.end <= innerPeriodNameEnd);
      // (nor a bare year an initiative's quoted name sets as its goal: "its policy entitled “Tobacco-Free Tokelau by 2020”"
      // (A/RES/79/110 PP8, OP9; 78/97), named by its target year as "the 2030 Agenda" is)
      const inInitiativeName = cover !== undefined && m.end <= coverEnd && cover.kind === 'Initiative' && m.attrs.role === undefined && m.attrs.month === undefined;
      if (!inNamedPeriod && !inInitiativeName) kept.push(m);
      continue;
    }
    if (cover && m.start < coverEnd && m.kind === 'Resolution' && m.end <= coverEnd) {
      // A citation inside a longer phrase ("the report of the Secretary-General on
      // the implementation of resolution 70/125") is still a citation.
      kept.push(m);
      continue;
    }
    if (cover && m.start < coverEnd && m.kind === 'Resolution' && cover.kind !== 'Resolution' && m.end - m.start <= cover.end - cover.start) {
      // nor is one a longer name runs into ("of the Executive Council and A-32/3 of the Assembly")
      kept.push(m);
      continue;
    }
    if (cover && m.start < coverEnd) {
      // Overlaps the current outer mention: drop it unless it only overlaps partially
      // and is longer than what it overlaps (then the longer one wins).
      if (m.end > coverEnd && m.end - m.start > cover.end - cover.start) {
        kept.splice(kept.indexOf(cover), 1);
        kept.push(m);
        cover = m;
        coverEnd = m.end;
      } else {
        if (droppedOrganizations && NESTABLE_KINDS.has(m.kind) && m.end <= coverEnd) droppedOrganizations.push(m);
        if (NAMES_WITH_PERIODS.has(m.kind) && m.end <= coverEnd) innerPeriodNameEnd = Math.max(innerPeriodNameEnd, m.end);
      }
      continue;
    }
    kept.push(m);
    cover = m;
    coverEnd = m.end;
  }
  return sortSmall(kept, (a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Kinds whose names may embed an organization's name ("Executive Council of the African Union"); not a citation
 * ("Governing Council of the United Nations Environment Programme decision 27/2" cites, it does not mention UNEP).
 */
const NESTING_KINDS = new Set<NodeKind>(['Event', 'Document', 'Initiative', 'Framework', 'Organization']);

/**
 * What precedes an organization named as the owner, host or author inside a longer name ("... of the", "Adviser
 * to the"); one at the start of the name qualifies it ("United Nations Decade of ...", "Secretary-General’s
 * Action Agenda") and one inside a symbol is not a name at all ("A/HRC/17/31").
 * "Relationship Agreement between the United Nations and the International Criminal Court": both parties.
 */
// (or the lowercase words describing the owner before its capitalised name: "the organizational session of the Member State-led,
// open-ended Intergovernmental Negotiating Committee on ...", A/RES/80/128 OP1; entityScan.ts DESCRIBED_OWNER_BEFORE_RE)
const OWNER_BEFORE_RE = /\s(?:of|to|by|between)\s+(?:the\s+)?(?:(?:Member\s+State-led,\s+)?open-ended,?\s+)?$|\sbetween\s.+\sand\s+(?:the\s+)?$/;
/** the joint body a sitting is named after (entityScan.ts sittingsOfJointBodies): its owners listed before its name are printed in the sitting's mention */
const OF_THE_JOINT = ' of the Joint ';
/**
 * "the fifth meeting of the Food and Agriculture Organization of the United Nations, International Maritime Organization and
 * International Labour Organization Joint Ad Hoc Working Group on ..." (A/RES/79/144 OP108): the sitting is the joint body's;
 * the bodies printed inside its mention (the owners listed, the body itself) are mentioned too, as a sitting's owner printed after
 * " of the " is.
 */
function isJointBodySitting(outer: EntityMention): boolean {
  return outer.kind === 'Event' && outer.name.includes(OF_THE_JOINT);
}
/**
 * `m`, a body printed inside a joint body's sitting (isJointBodySitting): the joint body or one of its owners listed before its
 * name. The clause that names the sitting names them too and they take its verb, as a sitting's owner printed after " of the "
 * does ("... and notes the holding of the fifth meeting of the Food and Agriculture Organization of the United Nations,
 * International Maritime Organization and International Labour Organization Joint Ad Hoc Working Group on ...", A/RES/79/144
 * OP108: NOTES the meeting, the Working Group, the three owners), even where an earlier clause named an owner already.
 */
function inJointBodySitting(m: EntityMention, pool: readonly EntityMention[]): boolean {
  if (m.kind !== 'Organization' || m.footnote !== undefined) return false;
  return pool.some((o) => o.start <= m.start && m.end <= o.end && o.key !== m.key && isJointBodySitting(o));
}
/** An event a lowercase sitting commemorates or marks ("the global conference to commemorate the International Day ..."). */
const MARKED_BEFORE_RE = /\s(?:commemorate|mark|celebrate|commemoration\s+of|occasion\s+of)\s+(?:the\s+)?$/;
/** A fund's words before the event it serves, inside its name: "trust fund for the Programme for the " */
const FUND_FOR_EVENT_BEFORE_RE = /^trust\s+fund\s+for\s+the\s+(?:Programme\s+for\s+the\s+)?$/i;
/** A commemoration's noun and "of" right before a name inside a longer one: what it marks, not who holds it. */
const COMMEMORATION_OF_RE = /\b(?:Day|Week|Year|Decade)\s+of\s+(?:the\s+)?$/;
/** a body's work a report covers: "the status of", "the operations of the" (REPORT_SUBJECT_BEFORE_RE, BODY_WORK_OF_BEFORE_RE) */
const BODY_WORK_OF = String.raw`(?:status|operations|work|activities)\s+of\s+(?:the\s+)?`;
/**
 * What precedes an organization that is the whole subject of a report inside the report's words: "the reports of the
 * Secretary-General on the United Nations Regional Centre for Peace and Disarmament in Africa,1 the ..." (A/RES/79/70 PP2,
 * 78/60, 80/64). The report is about the body, as "and on the Central Emergency Response Fund,2" is (A/RES/78/119 PP2). Or
 * after "the status of", "the operations of", "the work of", "the activities of" the body: "the report of the Secretary-General
 * on the status of the United Nations Voluntary Fund for Indigenous Peoples" (A/RES/80/191 OP12, 78/189, 79/159), "on the
 * operations of the United Nations Relief and Works Agency ..." (A/RES/78/73 OP16): the body is still what the report is about.
 * So after a first subject the reports cover: "the reports of the Secretary-General on national institutions ...10 and on the
 * activities of the Global Alliance ... in accrediting ..." (A/RES/78/204 PP19, 80/214; the second subject's "and on").
 */
const REPORT_SUBJECT_BEFORE_RE = new RegExp(String.raw`\breports?\s+(?:of|by)\s+(?:the\s+)?[^,;]{1,80}?\s+on\s+(?:[^,;]{1,160}?\s+and\s+on\s+)?(?:the\s+)?(?:${BODY_WORK_OF})?$`);
/**
 * What precedes a sitting, instrument or programme a report is about, inside the report's words, after lowercase words of
 * the subject: "the reports of the Secretary-General on the follow-up to the Fifth United Nations Conference on the Least
 * Developed Countries" (A/RES/80/150 OP1, 79/218, 78/233), "the report of the Secretary-General on progress towards the
 * Sustainable Development Goals" (A/RES/80/133 PP5 and five more), "on the implementation of the United Nations Decade of
 * Action on Nutrition (2016–2025)" (A/RES/79/276 OP1): the clause mentions it, as it does a resolution the subject cites.
 * (An article's number among those words: "the report of the Secretary-General on the implementation of article 3 of the
 * Relationship Agreement", A/RES/73/7 OP13.)
 */
const REPORT_TOPIC_BEFORE_RE = /\breports?\s+(?:of|by)\s+(?:the\s+)?[^,;“”]{1,80}?\s+on\s+(?:(?:[a-z][\w’-]*|\d{1,3})\s+){0,20}$/;
/**
 * ... or the partner of the United Nations a report is about: "the report of the Secretary-General on cooperation between the
 * United Nations and the Council of Europe" (A/RES/79/284 PP12), "the reports of the Secretary-General on strengthening the
 * partnership between the United Nations and the African Union on issues of peace and security in Africa" (A/RES/79/329 PP5).
 */
const REPORT_PARTNER_BEFORE_RE = /\breports?\s+(?:of|by)\s+(?:the\s+)?[^,;]{1,80}?\s+on\s+[^,;“”]{0,80}\bbetween\s+the\s+United\s+Nations\s+and\s+(?:the\s+)?$/;
/** right before a body's name: what isReportBudgetSubject needs first */
const OF_THE_BEFORE = ' of the ';
/** right before "Organization" (the United Nations' short form) when a report is on its work */
const WORK_OF_THE_BEFORE = ' work of the ';
/**
 * ... or the body whose budget or financing a report is about, after those lowercase words: "the report of the Secretary-General
 * on the budget performance of the Regional Service Centre for the period from 1 July 2023 to 30 June 2024" (A/RES/79/299 OP5; the
 * same "Takes note" in 28 Fifth Committee texts of corpus-ga, "the Force", "the Mission"), "the reports of the Secretary-General on
 * the financing of the ...", a closed mission's "report of the Secretary-General on the final performance of the United Nations
 * Mission in Liberia" (A/RES/78/303 OP3, 78/299, 78/308, 79/311): the clause mentions the body as it does everywhere else in the
 * text. Only these words (a string test, then REPORT_TOPIC_BEFORE_RE): "on the outcome of the twenty-fifth session of the
 * Commission" names the session's owner, no target of its own (SESSION_OF).
 */
const REPORT_BUDGET_OF_THE = [' budget performance of the ', ' final performance of the ', ' financing of the ', ' proposed budget of the '];
function isReportBudgetSubject(before: string): boolean {
  return before.endsWith(OF_THE_BEFORE) && REPORT_BUDGET_OF_THE.some((words) => before.endsWith(words)) && REPORT_TOPIC_BEFORE_RE.test(before);
}
/**
 * The body is the start of a longer body's name the same report words name: "the report of the Secretary-General on the final
 * performance of the African Union-United Nations Hybrid Operation in Darfur" (A/RES/79/311 OP3, 78/308): the Operation is the
 * report's subject, the African Union only part of its name.
 */
function opensLongerName(m: EntityMention, mentions: readonly EntityMention[]): boolean {
  return mentions.some((d) => d.start === m.start && d.end > m.end && d.kind === 'Organization');
}
/** A capitalised word after it: the known name is the start of a longer one ("the United Nations Voluntary Fund for ..."). */
const LONGER_NAME_AFTER_RE = letterRe(String.raw`\s+\p{Lu}`, 'uy');

/** the first word of a panel's name, which OFFICER_OR_OFFICE_RE's "High" (Commissioner) would take for an officer */
const HIGH_LEVEL = 'High-level ';
/** "’s " or "'s " at `at`: a possessive after a name */
function isPossessiveAt(text: string, at: number): boolean {
  const apostrophe = text.charCodeAt(at);
  return (apostrophe === 0x2019 || apostrophe === 0x27) && text.charCodeAt(at + 1) === 0x73 /* s */ && text.charCodeAt(at + 2) === 0x20;
}
/**
 * PART_OF from an organ to the owner named in its possessive at the start of its printed name ("the Secretary-General’s
 * Advisory Board of Eminent Persons on Zero Waste", A/RES/80/135 PP18): the owner came back from nestedOrganizations with the
 * organ's start. Not an officer or office ("the Secretary-General’s Envoy on Technology" serves him, is no organ of his).
 */
function possessiveOwnerParts(text: string, kept: readonly EntityMention[], nested: readonly EntityMention[], attributions: Attribution[]): void {
  for (const n of nested) {
    if (n.kind !== 'Organization' || !isPossessiveAt(text, n.end)) continue;
    // (both back from inside a report's words: "the report of the Secretary-General’s High-level Panel on Digital Cooperation
    // entitled ...", A/RES/78/160 PP16, the organ right after the possessive)
    const organ =
      n.nested === undefined
        ? kept.find((k) => k.start === n.start && k.end > n.end && k.kind === 'Organization')
        : nested.find((k) => k.start === n.end + POSSESSIVE_S.length && k.kind === 'Organization');
    if (organ !== undefined) possessivePart(text, n, organ, attributions);
  }
}
/** The organization printed in a possessive right before `m` ("Secretary-General’s " before "High-level Panel ..."), if any. */
function possessiveOwnerBefore(text: string, m: EntityMention, dropped: readonly EntityMention[]): EntityMention | undefined {
  const at = m.start - POSSESSIVE_S.length;
  if (at <= 0 || !isPossessiveAt(text, at)) return undefined;
  return dropped.find((d) => d.end === at && d.kind === 'Organization');
}
/**
 * PART_OF `organ` -> `owner`, the owner printed in a possessive right before the organ's words (its name's start, or a mention
 * of its own): not the same node, not an officer or office after the possessive (a panel is no officer: "the Secretary-General’s
 * High-level Panel on Internal Displacement", A/RES/78/119 OP82).
 */
function possessivePart(text: string, owner: EntityMention, organ: EntityMention, attributions: Attribution[]): void {
  if (organ.key === owner.key) return;
  const rest = text.slice(owner.end + POSSESSIVE_S.length, organ.end);
  if (!rest.startsWith(HIGH_LEVEL) && OFFICER_OR_OFFICE_RE.test(rest)) return;
  partOfOnce(attributions, organ.key, owner.key, text.slice(owner.start, organ.end), owner.start, organ.end);
}
/** a possessive's apostrophe, curly or straight, and its "s " */
const POSSESSIVE_S = '’s ';
const POSSESSIVE_S_STRAIGHT = "'s ";
/**
 * PART_OF from an organ to the owner printed as a mention of its own in a possessive right before it: "its efforts to support the
 * Commission’s Multi-stakeholder Working Group on Data Governance at All Levels" (A/RES/80/147 PP15, "the Commission" the
 * Commission on Science and Technology for Development named before): the owner is no part of the organ's name, so
 * possessiveOwnerParts does not meet it. Not an officer or office ("the Secretary-General’s Special Envoy" serves him).
 * The owner may be a treaty: "the Treaty’s Scientific Advisory Group" (A/RES/80/54 OP9, 79/38 OP9, 78/35 OP7), a body its
 * States parties set up under it (aud48h gold).
 */
function possessiveOwnerBeforeParts(text: string, kept: readonly EntityMention[], attributions: Attribution[]): void {
  for (const owner of kept) {
    if ((owner.kind !== 'Organization' && owner.kind !== 'Framework') || owner.footnote !== undefined || !isPossessiveAt(text, owner.end)) continue;
    const organ = kept.find((k) => k.start === owner.end + POSSESSIVE_S.length && k.kind === 'Organization' && k.footnote === undefined);
    if (organ !== undefined) possessivePart(text, owner, organ, attributions);
  }
}
/** between an organ and its owner printed in one gazetteer alias ("... Assembly of the United Nations Environment Programme") */
const ALIAS_OWNER_GAP = ' of the ';
/**
 * An organ printed by an alias that holds its owner's name: "the United Nations Environment Assembly of the United Nations
 * Environment Programme" (A/RES/80/135 OP3 and some twenty more), "the Multi-stakeholder Advisory Group of the Internet
 * Governance Forum". The alias swallows the owner, which the scan then never meets; the clause mentions it as it does the
 * owner printed after an organ's own name ("the Working Group on Education of the Broadband Commission", aud41f): a verb
 * target of its own (not marked nested), PART_OF read by organsOfNestedOwners. Cheap first test: the printed phrase is longer
 * than the name by more than the gap (most mentions print their name or a shorter form).
 */
function ownersPrintedInAliases(text: string, kept: readonly EntityMention[], nested: EntityMention[]): void {
  for (let i = 0; i < kept.length; i++) {
    const m = kept[i]!;
    if (m.kind === 'Initiative' && m.footnote === undefined && m.phrase.length > 40) {
      ownerOpeningInitiative(text, m, kept, nested);
      continue;
    }
    if (m.kind === 'Initiative' && m.footnote === undefined && m.phrase.includes(PARTNERSHIP_SPACED)) partnershipOpeningFacility(m, kept, nested);
    if (m.kind !== 'Organization') continue;
    if (m.end - m.start === m.name.length && m.name.startsWith(ENVOY_OF_THE)) {
      envoyOwnerPrinted(text, m, nested);
      continue;
    }
    if (m.end - m.start === m.name.length && m.name.endsWith(SPACE_COORDINATOR)) {
      ownerOpeningPost(text, m, nested);
      continue;
    }
    // (or the organ's own gazetteer name, printed in full, that holds its owner's: "the Regional Anti-Terrorist Structure of the
    // Shanghai Cooperation Organization", A/RES/79/332 PP15; the trie took the whole name, so no owner was dropped for
    // nestedOrganizations to bring back; not an officer or office, as organsOfNestedOwners reads no PART_OF there)
    const alias = m.end - m.start > m.name.length + ALIAS_OWNER_GAP.length;
    if (!alias && !(m.end - m.start === m.name.length && m.name.includes(ALIAS_OWNER_GAP) && !OFFICER_OR_OFFICE_RE.test(m.name))) continue;
    const printed = text.slice(m.start, m.end);
    const at = printed.lastIndexOf(ALIAS_OWNER_GAP);
    if (at <= 0) continue;
    // (the full name's last " of the " may be inside an instrument or a topic it names: "the Assembly of States Parties to the
    // Rome Statute of the International Criminal Court" is the Statute's parties' organ, not the Court's)
    if (!alias && (printed.lastIndexOf(TO_THE, at) >= 0 || printed.lastIndexOf(ON_TOPIC, at) >= 0)) continue;
    const entry = entryByName('Organization', printed.slice(at + ALIAS_OWNER_GAP.length));
    // (not the United Nations, whose organs' names all end so; not an alias whose name holds the owner's already)
    if (entry === undefined || entry.name === UNITED_NATIONS_NAME || (alias && m.name.includes(entry.name))) continue;
    const key = nodeKey('Organization', normaliseName(entry.name));
    if (key === m.key || nested.some((n) => n.key === key && n.start === m.start + at + ALIAS_OWNER_GAP.length)) continue;
    const start = m.start + at + ALIAS_OWNER_GAP.length;
    nested.push(ownerMention(entry, key, text, start, m.end, m.footnote));
  }
}
/** the owner's Organization mention, printed at [start, end) inside a longer name the trie took whole, with its gazetteer entry's
 *  attributes and acronym (shared by the three readers of owners printed inside names below and above) */
function ownerMention(entry: GazetteerEntry, key: string, text: string, start: number, end: number, footnote: EntityMention['footnote']): EntityMention {
  const attrs: Record<string, unknown> = { ...(entry.attrs ?? {}) };
  if (entry.acronym) attrs.acronym = entry.acronym;
  return { kind: 'Organization', key, name: entry.name, attrs, phrase: text.slice(start, end), start, end, footnote, nested: undefined };
}
/** an envoy's post named after whom the envoy serves, then the mandate ("for ...", "on ...") */
const ENVOY_OF_THE = 'Special Envoy of the ';
const MANDATE_AFTER_OWNER_RE = / (?:for|on) /g;
/**
 * "the nomination of the Special Envoy of the United Nations High Commissioner for Refugees for the Horn of Africa" (A/RES/80/188
 * PP13, 78/185): an envoy the gazetteer knows by a name that holds whom it serves; the trie took the whole name, so no owner was
 * dropped for nestedOrganizations to bring back. The owner, a body the gazetteer knows, is a verb target as a post's owner is
 * (aud65v gold; a post heading an organization, accuracy-aud65r), with no PART_OF (an officer). Not the Secretary-General, whose
 * envoys keep their reading.
 */
function envoyOwnerPrinted(text: string, m: EntityMention, nested: EntityMention[]): void {
  const from = m.start + ENVOY_OF_THE.length;
  const rest = text.slice(from, m.end);
  MANDATE_AFTER_OWNER_RE.lastIndex = 0;
  for (let hit = MANDATE_AFTER_OWNER_RE.exec(rest); hit !== null; hit = MANDATE_AFTER_OWNER_RE.exec(rest)) {
    // (by any name the gazetteer knows: "the United Nations High Commissioner for Refugees" is an alias of the Office's)
    const entry = lookupName(rest.slice(0, hit.index));
    if (entry?.kind !== 'Organization') continue;
    const key = nodeKey('Organization', normaliseName(entry.name));
    if (entry.name === UNITED_NATIONS_NAME || key === UN_SECRETARY_GENERAL_KEY) return;
    if (nested.some((n) => n.key === key && n.start === from)) return;
    nested.push(ownerMention(entry, key, text, from, from + hit.index, m.footnote));
    return;
  }
}
/** the cheap gate of ownerOpeningPost: the post's last word */
const SPACE_COORDINATOR = ' Coordinator';
/** the post's own words after its owner's name: " Anti-Trafficking Coordinator" (capitalised, the last one "Coordinator") */
const POST_AFTER_OWNER_RE = /^ (?:[A-Z][\w-]* )+Coordinator$/;
/**
 * "takes note of the engagement of the European Union Anti-Trafficking Coordinator with the Coordination Group" (A/RES/78/228
 * OP12, 80/228 OP12): a post the gazetteer knows by a name that opens with the organization it serves; the trie took the whole
 * name, so no owner was dropped for nestedOrganizations to bring back. The owner is a verb target as a post's owner printed
 * after " of the " is (accuracy-aud65r; aud66q gold), with no PART_OF (an officer). Not the United Nations ("the United Nations
 * Special Coordinator for the Middle East Peace Process" keeps its reading).
 */
function ownerOpeningPost(text: string, m: EntityMention, nested: EntityMention[]): void {
  for (let at = m.name.indexOf(' '); at > 0; at = m.name.indexOf(' ', at + 1)) {
    if (!POST_AFTER_OWNER_RE.test(m.name.slice(at))) continue;
    const entry = entryByName('Organization', m.name.slice(0, at));
    if (entry === undefined || entry.name === UNITED_NATIONS_NAME) continue;
    const key = nodeKey('Organization', normaliseName(entry.name));
    if (nested.some((n) => n.key === key && n.start === m.start)) return;
    nested.push(ownerMention(entry, key, text, m.start, m.start + at, m.footnote));
    return;
  }
}
/**
 * "the International Union for Conservation of Nature Red List of Threatened Species" (A/RES/79/143 PP7): a programme the
 * gazetteer knows by a name that opens with its owner's full name; the trie took the whole name, so no owner was dropped for
 * nestedOrganizations to bring back (where one was, as "the World Bank Global Road Safety Facility", it does). The clause
 * mentions the owner: a verb target, as the owner printed first in an organ's name is. (The caller's cheap gate, a phrase of
 * more than 40 characters: the trie swallows only long full names, shorter owners come back nested.)
 */
function ownerOpeningInitiative(text: string, m: EntityMention, kept: readonly EntityMention[], nested: EntityMention[]): void {
  const owner = ownerPrintedInInitiativeName(text, m);
  if (owner === undefined) return;
  const key = nodeKey('Organization', normaliseName(owner.entry.name));
  if (kept.some((k) => k.key === key && k.start === m.start) || nested.some((n) => n.key === key && n.start === m.start)) return;
  nested.push(ownerMention(owner.entry, key, text, m.start, m.start + owner.length, undefined));
}
/** the cheap gate of partnershipOpeningFacility */
const PARTNERSHIP_SPACED = 'Partnership';
/** a partnership's name opening the printed name of a facility it runs, before "/" or a space and a name of two words or more
 *  (group 1: the partnership's name; not "the Multi-Stakeholder Partnership Platform" (A/RES/79/2 annex OP28), one name) */
const PARTNERSHIP_OPENING_RE = /^((?:[A-Z][A-Za-z-]*\s){1,4}Partnership)(?:\/|\s)(?=[A-Z][A-Za-z-]*\s[A-Z])/;
/**
 * "the Stop TB Partnership/Global Drug Facility" (A/RES/73/3 OP15, 78/5 annex OP37), "the Stop TB Partnership Global Drug
 * Facility" (79/2 annex OP37): a facility the gazetteer knows by a name that opens with the partnership running it. The clause
 * mentions the partnership too (a verb target, as an owner printed first in an organ's name is), and the facility is PART_OF it
 * (partsOfOpeningPartnerships).
 */
function partnershipOpeningFacility(m: EntityMention, kept: readonly EntityMention[], nested: EntityMention[]): void {
  const opening = PARTNERSHIP_OPENING_RE.exec(m.phrase);
  if (opening === null) return;
  const name = opening[1]!;
  const key = nodeKey('Initiative', normaliseName(name));
  if (key === m.key || kept.some((k) => k.key === key && k.start === m.start) || nested.some((n) => n.key === key && n.start === m.start)) return;
  nested.push({ kind: 'Initiative', key, name, attrs: {}, phrase: name, start: m.start, end: m.start + name.length, footnote: undefined, nested: undefined });
}
/** The facility whose printed name the partnership mention `n` opens (partnershipOpeningFacility), if any. */
function facilityOpenedBy(n: EntityMention, kept: readonly EntityMention[]): EntityMention | undefined {
  if (n.kind !== 'Initiative' || n.nested !== undefined) return undefined;
  return kept.find((k) => k.kind === 'Initiative' && k.start === n.start && k.end > n.end && k.key !== n.key);
}
/** The facility whose printed name a partnership opens (partnershipOpeningFacility) is PART_OF that partnership. */
function partsOfOpeningPartnerships(kept: readonly EntityMention[], nested: readonly EntityMention[], attributions: Attribution[]): void {
  for (const n of nested) {
    const facility = facilityOpenedBy(n, kept);
    if (facility === undefined || attributions.some((a) => a.type === 'PART_OF' && a.source === facility.key && a.target === n.key)) continue;
    attributions.push({ type: 'PART_OF', source: facility.key, target: n.key, phrase: facility.phrase, start: facility.start, end: facility.end });
  }
}
/** inside an organ's full name, before an instrument or topic it names (ownersPrintedInAliases) */
const TO_THE = ' to the ';
const ON_TOPIC = ' on ';
/** the Organization's own gazetteer name */
const UNITED_NATIONS_NAME = 'United Nations';

/**
 * Organizations settleOverlaps dropped (`dropped`) because a longer name embeds them ("the Twelfth Ministerial Conference
 * of the World Trade Organization"): the paragraph mentions them too, so they come back marked `nested` (no
 * verb relation: "Welcomes" is about the conference). Only organizations printed by name or acronym: a short
 * form ("the Council" in "the twenty-ninth session of the Council") means whatever the text named last. None
 * inside a citation, nor inside a mention of the same organization, nor one that only overlaps a kept mention.
 * What a report named by its words is about comes back too, with its verb relation (isReportSubject): a body that is the
 * whole subject, a sitting, instrument or programme after the subject's lowercase words (REPORT_TOPIC_BEFORE_RE).
 */
export function nestedOrganizations(text: string, dropped: readonly EntityMention[], kept: readonly EntityMention[]): EntityMention[] {
  const nested: EntityMention[] = [];
  for (let i = 0; i < dropped.length; i++) {
    const m = dropped[i]!;
    const organization = m.kind === 'Organization';
    // (a short form there, "on the budget performance of the Force", is the body the text named: it comes back too)
    // (the string test first: the slice only where " of the " stands right before the name)
    // (and "the Organization" after "the work of": "the report of the Secretary-General on the work of the Organization" is about
    // the United Nations, a target as "the work of the General Assembly" is; lead, session 63)
    if (organization && !isNamedOrganization(m) && !(text.endsWith(OF_THE_BEFORE, m.start) && isReportBudgetSubject(text.slice(Math.max(0, m.start - 200), m.start))) && !(m.name === UNITED_NATIONS_NAME && text.endsWith(WORK_OF_THE_BEFORE, m.start))) continue;
    let outer: EntityMention | undefined;
    let blocked = false;
    for (let j = 0; j < kept.length; j++) {
      const k = kept[j]!;
      if (k.start > m.start) break;
      if (k.end <= m.start || k.kind === 'Date') continue;
      if (m.end > k.end || k.key === m.key || !NESTING_KINDS.has(k.kind)) {
        blocked = true;
        break;
      }
      outer = k;
    }
    if (!outer || blocked) continue;
    // "the Office of the Special Representative of the Secretary-General for Children and Armed Conflict" (A/RES/78/228 PP19,
    // 78/252 OP36, 78/263 OP35): an office named for its officer is a body of its own (session 61, accuracy-aud61x); the officer
    // printed in its name is no owner and no mention of the paragraph
    if (organization && outer.kind === 'Organization' && outer.name === OFFICE_OF_THE + m.name) continue;
    // (an organ printed after its owner's possessive inside a report's words, "the report of the Secretary-General’s High-level
    // Panel on Digital Cooperation entitled ..." (A/RES/78/160 PP16): read as if the owner were not printed; the owner comes back
    // on its own and possessiveOwnerParts links the two)
    const owner = organization ? possessiveOwnerBefore(text, m, dropped) : undefined;
    const before = outer.phrase.slice(0, (owner ?? m).start - outer.start);
    // (a body is a report's subject only where it is the whole subject: not "on the United Nations study on ...")
    const subject =
      outer.kind === 'Document' &&
      (organization ? (m.end === outer.end && REPORT_SUBJECT_BEFORE_RE.test(before)) || REPORT_PARTNER_BEFORE_RE.test(before) || isReportBudgetSubject(before) : REPORT_TOPIC_BEFORE_RE.test(before));
    // "the global conference to commemorate the International Day for ...": the day is named too
    // ("the Organisation for Economic Co-operation and Development/Group of 20 Inclusive Framework on ...": the two bodies joined
    // by a slash at the name's start own it)
    // (a word on each side of the slash: not "HRC" in the symbol "A/HRC/17/31")
    const slashOwner = organization && outer.kind !== 'Document' && (before.endsWith('/') ? before.indexOf('/') === before.length - 1 && isLowerAscii(before.charCodeAt(before.length - 2)) : before === '' && text.charCodeAt(m.end) === 47 && isLowerAscii(text.charCodeAt(m.end - 1)));
    // "the Secretary-General’s Advisory Board of Eminent Persons on Zero Waste" (A/RES/80/135 PP18): a body's organ named
    // with its owner's possessive; the owner is a verb target of the clause as one printed after " of the " is (aud41f), and the
    // organ PART_OF it (possessiveOwnerParts). Not an instrument or programme so named ("the Secretary-General’s Action Agenda")
    const possessiveOwner = organization && before === '' && outer.kind === 'Organization' && isPossessiveAt(text, m.end);
    // "the International Union for Conservation of Nature Red List of Threatened Species" (A/RES/79/143 PP7): a programme named
    // with the body that runs it printed first (LEADS, ownerNamedWithAttributions); the clause mentions that body, a verb target
    // as an organ's owner printed first is ("UNESCO Institute for Statistics")
    const initiativeOwner = organization && before === '' && outer.kind === 'Initiative' && m.footnote === undefined && ownsInitiativeNamedAfterIt(outer, m);
    // "the trust fund for the Programme for the Decade for Action to Combat Racism and Racial Discrimination" (A/RES/79/161 OP36):
    // the event a fund serves, named last in its name, is what the clause recalls too
    const servedEvent = m.kind === 'Event' && outer.kind === 'Initiative' && m.end === outer.end && FUND_FOR_EVENT_BEFORE_RE.test(before);
    // "the World Trade Organization Thirteenth Ministerial Conference" (A/RES/79/198 PP41, 80/127 PP45), "the 13th WTO Ministerial
    // Conference" (A/RES/78/1 annex OP38): the body printed before its numbered sitting, which entityScan.ts keys as "... of the
    // World Trade Organization" (bodyFirstSittingInFull); mentioned as the owner printed after " of the " is, no verb target
    if (organization && isOwnerPrintedBeforeSitting(outer, m)) {
      nested.push({ kind: m.kind, key: m.key, name: m.name, attrs: m.attrs, phrase: m.phrase, start: m.start, end: m.end, footnote: m.footnote, nested: true });
      continue;
    }
    // "the Kimberley Process secretariat" (A/RES/78/270 PP14): the initiative a secretariat serves, printed first in its name
    // (entityScan.ts initiativeSecretariats), is what the clause speaks of too, as an organ's owner printed first is; so the
    // body whose secretariat it is ("the Melanesian Spearhead Group secretariat", A/RES/80/98 PP17)
    const servedInitiative = (m.kind === 'Initiative' || organization) && outer.kind === 'Organization' && before === '' && outer.name === m.name + SPACE_SECRETARIAT;
    // "the Group of Experts of the High Contracting Parties to Amended Protocol II" (A/RES/78/64 OP8): the instrument whose parties'
    // body it is, printed last in its name (entityScan.ts partiesInstrumentInName), is a verb target as an organ's owner printed
    // after " of the " is (session 50), and the body PART_OF it (organsOfNestedOwners)
    const partiesInstrument = isPartiesInstrument(outer, m, before);
    if (possessiveOwner || initiativeOwner || servedEvent || servedInitiative || partiesInstrument) {
      nested.push({ kind: m.kind, key: m.key, name: m.name, attrs: m.attrs, phrase: m.phrase, start: m.start, end: m.end, footnote: m.footnote, nested: undefined });
      continue;
    }
    // (the bodies inside a joint body's sitting: the last owner listed stands right before the body's name, read as a longer name)
    const jointOwner = organization && isJointBodySitting(outer);
    if (!subject && !slashOwner && !(organization && isReportCoAuthor(text, m, dropped)) && !jointOwner && !(organization ? OWNER_BEFORE_RE : m.kind === 'Event' ? MARKED_BEFORE_RE : undefined)?.test(before) && !isOrganOfSitting(outer, m, before) && !isSittingOfEvent(outer, m, before)) continue;
    // "the United Nations Decade of Sustainable Energy for All" (A/RES/80/142 PP1), "the high-level dialogue on the midpoint
    // review of the United Nations Decade of Sustainable Energy for All" (OP36): a day, week, year or decade is named for what
    // it marks; the organization named after its "of" is no owner the paragraph mentions
    if (organization && !subject && COMMEMORATION_OF_RE.test(before)) continue;
    LONGER_NAME_AFTER_RE.lastIndex = m.end;
    // a literal with every field of a mention, as inFootnote's: a spread copy ({ ...m, nested: true }) got a map of its
    // own each time, and every function that read nested mentions met new ones all through corpus-ga ("wrong map")
    // (the second of a slash pair stands right before the name it owns)
    if (slashOwner || jointOwner || !LONGER_NAME_AFTER_RE.test(text)) nested.push({ kind: m.kind, key: m.key, name: m.name, attrs: m.attrs, phrase: m.phrase, start: m.start, end: m.end, footnote: m.footnote, nested: true });
  }
  return nested;
}

/** inside a body's name, right before the instrument whose parties' body it is: " Parties to " */
const PARTIES_TO_GAP = ' Parties to ';
/** A Framework printed last in a body's name after " Parties to " (entityScan.ts partiesInstrumentInName). */
function isPartiesInstrument(outer: EntityMention, m: EntityMention, before: string): boolean {
  return m.kind === 'Framework' && outer.kind === 'Organization' && m.end === outer.end && before.endsWith(PARTIES_TO_GAP);
}

/**
 * "the Group of Experts of the High Contracting Parties to the Protocol on ... Other Devices, as amended on 3 May 1996 (Amended
 * Protocol II), to the Convention ..." (A/RES/78/70 PP30, 80/74 PP30): a body keyed as its parties' to the instrument the paragraph
 * names apart (entityScan.ts KEY_RESPELLINGS) is PART_OF it, as when the short name ends the body's (isPartiesInstrument).
 */
function bodiesKeyedToPartiesInstrument(kept: readonly EntityMention[], attributions: Attribution[]): void {
  for (const body of kept) {
    if (body.kind !== 'Organization' || !body.key.includes(PARTIES_TO_GAP)) continue;
    for (const fw of kept) {
      if (fw.kind !== 'Framework' || !body.key.endsWith(PARTIES_TO_GAP + fw.key.slice(fw.key.indexOf(':') + 1))) continue;
      partOfOnce(attributions, body.key, fw.key, body.phrase, body.start, body.end);
    }
  }
}

/** a PART_OF from `source` to `target`, unless one is already there */
function partOfOnce(attributions: Attribution[], source: string, target: string, phrase: string, start: number, end: number): void {
  if (!attributions.some((a) => a.type === 'PART_OF' && a.source === source && a.target === target)) attributions.push({ type: 'PART_OF', source, target, phrase, start, end });
}

/** right before the sitting that owns an organ, inside the organ's name: " of the " */
const SITTING_OWNER_GAP = ' of the ';

/** A sitting keyed with its owner after " of the " (`outer`) whose printed name gives that owner (`m`) first, not last. */
function isOwnerPrintedBeforeSitting(outer: EntityMention, m: EntityMention): boolean {
  return outer.kind === 'Event' && m.end < outer.end && outer.name.endsWith(SITTING_OWNER_GAP + m.name);
}

/**
 * "the Steering Committee of the International Conference on the Former Yugoslavia" (S/RES/827 (1993) PP8): an organ named
 * after the conference it serves; the conference is mentioned too (its owner, as a body owning an organ is), and the organ
 * PART_OF it (organsOfNestedOwners). Not an officer's or an office's name ("the President of the ... Conference"), which
 * names the office, as for an organization.
 */
function isOrganOfSitting(outer: EntityMention, m: EntityMention, before: string): boolean {
  return m.kind === 'Event' && outer.kind === 'Organization' && m.end === outer.end && (before.endsWith(SITTING_OWNER_GAP) || isOrganizingCommitteeOf(outer, m)) && !OFFICER_OR_OFFICE_RE.test(outer.name);
}

/**
 * `outer` the Organizing Committee of the sitting `m` its name ends with: "the Organizing Committee of the Paris 2024 Olympic and
 * Paralympic Games", the second of "the Organizing Committees of the Paris 2024 Olympic and Paralympic Games and the Dakar 2026
 * Youth Olympic Games" (A/RES/78/10 PP22; entityScan.ts organizingCommitteesOfListedGames), printed with no " of the " of its own.
 * The committee ORGANIZES the sitting (organsOfNestedOwners), no PART_OF.
 */
function isOrganizingCommitteeOf(outer: EntityMention, m: EntityMention): boolean {
  return m.kind === 'Event' && outer.kind === 'Organization' && m.end === outer.end && m.start > outer.start && outer.name.startsWith(ORGANIZING_COMMITTEE_OF_THE);
}

/**
 * "Also decides that the high-level segment of the Fifteenth Congress shall be held during the first two days of the Congress"
 * (A/RES/79/186 OP6): a segment printed with the sitting it is part of (EventDetail.partOf); the sitting is mentioned too and
 * takes the clause's verb, as an organ's owner printed after " of the " does (lead, session 50) and as "the high-level week of
 * the eightieth session" gives its session (sessionsOfTheirSittings).
 */
function isSittingOfEvent(outer: EntityMention, m: EntityMention, before: string): boolean {
  // (the sitting printed by its acronym, with no article: "the preparatory process and the high-level segment of UNISPACE+50",
  // A/RES/73/6 OP1)
  return m.kind === 'Event' && outer.kind === 'Event' && (before.endsWith(SITTING_OWNER_GAP) || before.endsWith(OWNER_OF)) && eventDetail(outer)?.partOf === m.key;
}

/**
 * A recogniser that fails on one paragraph must not cost the whole file: its
 * mentions are skipped and the failure is reported as a warning on the file.
 */
function recognizeWith(recognizers: readonly Recognizer[], text: string, ctx: RecognizeContext, out: EntityMention[], problems: string[]): EntityMention[] {
  // (indexed loops: for-of made an iterator and a result object per mention, see ingest/codeUnit.ts)
  for (let i = 0; i < recognizers.length; i++) {
    const recognize = recognizers[i]!;
    try {
      const found = recognize(text, ctx);
      for (let k = 0; k < found.length; k++) out.push(found[k]!);
    } catch (err) {
      problems.push(`${recognize.name} failed on "${text.slice(0, 60)}…": ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return out;
}

/** What recognizeReferences read in one text (a paragraph, or one footnote it points to). */
export interface TextReferences {
  /** citations and document references */
  before: EntityMention[];
  /** dates */
  after: EntityMention[];
  /** failures of those recognisers, in the same two groups */
  problemsBefore: string[];
  problemsAfter: string[];
  /**
   * What the entity scan reads of the text alone (its words, capitalised chunks, known names), read here so that
   * the entity scan, in the other half, does not (null when reading them failed: the entity scan then reads them
   * itself, and says why it fails)
   */
  facts: TextFacts | null;
}

/** What recognizeReferences read in one paragraph. */
export interface ParagraphReferences {
  body: TextReferences;
  /** one per footnote reference of the paragraph; null where the reference has no footnote text */
  footnotes: (TextReferences | null)[];
  clauses: Clause[];
  /** why splitClauses failed, if it did */
  clauseProblem: string | null;
}

/** A pending citation settled once the whole resolution was read (see resolvePendingCitation): its new key, name and attributes. */
export interface SettledCitation {
  key: string;
  name: string;
  symbol: unknown;
  body: unknown;
  number: unknown;
}

/** What recognizeReferences read in one resolution. */
export interface ResolutionReferences {
  paragraphs: ParagraphReferences[];
  /**
   * Pending citations (keyed by their mention's `attrs` object, which a footnote's copy of the mention
   * shares, and which a structured clone of this whole object keeps shared) -> how they settled, or
   * null when they are dropped. Null when the resolution has none.
   */
  pending: Map<Record<string, unknown>, SettledCitation | null> | null;
}

function readTextReferences(text: string, ctx: RecognizeContext, withFacts: boolean): TextReferences {
  const problemsBefore: string[] = [];
  const problemsAfter: string[] = [];
  const before = recognizeWith(REFERENCES_BEFORE, text, ctx, [], problemsBefore);
  const after = recognizeWith(REFERENCES_AFTER, text, ctx, [], problemsAfter);
  let facts: TextFacts | null = null;
  try {
    if (withFacts) facts = readTextFacts(text);
  } catch {
    // read again by the entity scan, which reports the failure as a recogniser's
  }
  return { before, after, problemsBefore, problemsAfter, facts };
}

function readParagraphReferences(paragraph: ParagraphText, ctx: RecognizeContext, withFacts = false): ParagraphReferences {
  const text = paragraph.text;
  const body = readTextReferences(text, ctx, withFacts);
  // (the year a footnote's mark is glued to: "in 202315 convened", A/RES/79/178 PP13)
  if (paragraph.footnoteRefs.length > 0) addYearsBeforeGluedMarks(text, paragraph.footnoteRefs, body.after);
  const footnotes: (TextReferences | null)[] = [];
  for (const ref of paragraph.footnoteRefs) footnotes.push(ref.footnote?.text ? readTextReferences(ref.footnote.text, ctx, withFacts) : null);
  let clauses: Clause[] = [];
  let clauseProblem: string | null = null;
  try {
    clauses = splitClauses(text, paragraph.kind, paragraph.subparagraphs);
  } catch (err) {
    clauseProblem = `splitClauses failed on "${text.slice(0, 60)}…": ${err instanceof Error ? err.message : String(err)}`;
  }
  return { body, footnotes, clauses, clauseProblem };
}

/**
 * "Resolves that:" printed alone, then numbered paragraphs with no verb of their own: "1. The International Court of
 * Justice shall be open to a State which is not a party to the Statute of the International Court of Justice ..."
 * (S/RES/9 (1946)), "1. The Working Capital Fund shall be established for 2024 ..." (A/RES/78/256, 79/261, 80/246).
 * Each is what the body resolved, as the items "(a) ..." of "Decides:" are: a paragraph whose first clause has no
 * verb takes the heading's verb and relation, up to the first paragraph that opens with a verb (typed or not).
 * Only a short operative paragraph ending in ":" can head (a character test per paragraph).
 */
function headingVerbsGiven(texts: readonly ParagraphText[], refs: ParagraphReferences[]): void {
  let heading: Clause | undefined;
  for (let i = 0; i < texts.length; i++) {
    const p = texts[i]!;
    const t = p.text;
    const clauses = refs[i]!.clauses;
    if (p.kind !== 'operative') {
      heading = undefined;
      continue;
    }
    if (t.length < 40 && t.charCodeAt(t.length - 1) === 58 /* ":" */) {
      heading = clauses.length === 1 && clauses[0]!.relation !== undefined ? clauses[0] : undefined;
      continue;
    }
    if (heading === undefined) continue;
    const first = clauses[0];
    if (first === undefined || first.start !== 0 || first.relation !== undefined || mainVerb(t) !== undefined) {
      heading = undefined;
      continue;
    }
    clauses[0] = clauseWithVerb(first, heading.verb, heading.relation);
  }
}

/** A resolution's context for the recognisers: each keeps its memory of the resolution under it. */
function contextOf(resolution: ResolutionText): RecognizeContext {
  return { body: resolution.body, symbol: resolution.symbol, date: resolution.date, file: resolution.file, title: resolution.title };
}

/**
 * The first half of extraction: citations, document references and dates in every paragraph (and its
 * footnotes), pending citations settled, each paragraph's verb clauses, and what the entity scan reads of
 * each text alone (TextFacts).
 * extractWithReferences does the rest; extractResolution is the two in a row.
 */
export function recognizeReferences(resolution: ResolutionText, withFacts = true): ResolutionReferences {
  const ctx = contextOf(resolution);
  const paragraphs = resolution.paragraphs.map((p) => readParagraphReferences(p, ctx, withFacts));
  headingVerbsGiven(resolution.paragraphs, paragraphs);
  let pending: ResolutionReferences['pending'] = null;
  if (hasPendingCitations(ctx)) {
    pending = new Map();
    for (const p of paragraphs) {
      for (const t of [p.body, ...p.footnotes]) {
        if (!t) continue;
        for (const m of t.before) {
          if (!isPendingCitation(m) || pending.has(m.attrs)) continue;
          const settled = resolvePendingCitation(m, ctx);
          pending.set(m.attrs, settled ? { key: settled.key, name: settled.name, symbol: settled.attrs.symbol, body: settled.attrs.body, number: settled.attrs.number } : null);
        }
      }
    }
  }
  return { paragraphs, pending };
}

/** A text's mentions in recogniser order: references before, named entities, references after. */
function mentionsOf(text: string, ctx: RecognizeContext, refs: TextReferences, problems: string[]): EntityMention[] {
  if (refs.facts) giveTextFacts(text, refs.facts);
  for (let i = 0; i < refs.problemsBefore.length; i++) problems.push(refs.problemsBefore[i]!);
  const out = recognizeWith(NAMED_ENTITIES, text, ctx, refs.before.slice(), problems);
  for (let i = 0; i < refs.after.length; i++) out.push(refs.after[i]!);
  for (let i = 0; i < refs.problemsAfter.length; i++) problems.push(refs.problemsAfter[i]!);
  return out;
}

/** `related` (clause index, relation type, target key, ...) holds this relation. */
function relatedBefore(related: readonly (number | string)[], clause: number, type: string, target: string): boolean {
  for (let k = 0; k < related.length; k += 3) if (related[k] === clause && related[k + 1] === type && related[k + 2] === target) return true;
  return false;
}

/**
 * `m` read from a footnote: a copy with `footnote` set. One literal with every field of a mention (`nested`
 * undefined on most): all copies share one shape. A copy key by key made one shape per shape of its source, and a
 * nested mention's copy, first met late, threw away the compiled code of footnoteMentionsOf ("wrong map").
 */
function inFootnote(m: EntityMention, footnote: { mark: string; offset: number }): EntityMention {
  return { kind: m.kind, key: m.key, name: m.name, attrs: m.attrs, phrase: m.phrase, start: m.start, end: m.end, footnote, nested: m.nested };
}

function clauseAt(clauses: Clause[], offset: number): Clause | undefined {
  let found: Clause | undefined;
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k]!;
    if (c.start <= offset) found = c;
    else break;
  }
  return found;
}

/**
 * "the Nouméa Accord", "the Istanbul Process", "the Paris Club": a place whose name opens another name (no longer
 * mention holds it) is not mentioned as a place. Kept as found otherwise (most paragraphs: no copy).
 */
function withoutPlacesOpeningNames(text: string, mentions: EntityMention[]): EntityMention[] {
  let out: EntityMention[] | undefined;
  /** the end of a declaration read in place of its place: mentions inside it ("in Central Africa") are its words */
  let insideUntil = -1;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start < insideUntil) continue;
    if (m.kind === 'Place' && (placeOpensName(text, m.end) || placeNamesRegionalGroup(text, m.start, m.end) || atlanticIsPartOfName(text, m.start, m.end))) {
      out ??= mentions.slice(0, i);
      // "the Kigali declaration on the humanitarian situation in Central Africa" (A/RES/79/68 PP39): the declaration, a
      // Framework named as printed (its head capitalised, as the same text prints it elsewhere: "the Bangui Declaration")
      const declaration = text.charCodeAt(m.end + 1) === 100 /* d */ ? lowerDeclarationAfterPlace(text, m.end) : undefined;
      if (declaration !== undefined) {
        const end = m.end + declaration.length;
        const name = `${m.phrase} Declaration ${declaration.topic}`;
        out.push({ kind: 'Framework', key: namedKey('Framework', name), name, attrs: {}, phrase: text.slice(m.start, end), start: m.start, end });
        insideUntil = end;
      }
      continue;
    }
    out?.push(m);
  }
  return out ?? mentions;
}

/** a plan's head word inside a quoted title, before the period its name ends with (withoutPeriodsInPlanTitles) */
const PLAN_IN_TITLE_RE = /\b(?:[Ss]trateg(?:y|ies)|[Pp]lans?|[Pp]rogramme|[Ff]ramework|[Aa]genda|[Vv]ision)\b/;
/**
 * A period of years inside a quoted title, printed after the plan it names: "resolution 69.3 of 29 May 2016, entitled “Global
 * strategy and action plan on ageing and health 2016–2020: towards a world ...”" (A/RES/78/177 PP11, 79/147 PP10), "“Living with
 * change: an integrated national strategy for ... Tokelau ..., 2017–2030”" (78/97). The years name the plan, as a span inside a
 * framework's name does (settleOverlaps, session 55): no date where no mention of the plan was read. A decade's or event's own
 * years in a title stay ("“United Nations Decade of Healthy Ageing (2021–2030)”", "“El Niño 2023–2024: ...”").
 */
function withoutPeriodsInPlanTitles(text: string, mentions: EntityMention[]): EntityMention[] {
  let dropped: Set<EntityMention> | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind !== 'Date' || m.attrs.role === undefined) continue;
    const open = text.lastIndexOf('entitled “', m.start);
    if (open < 0) continue;
    const close = text.indexOf('”', open + 10);
    if (close < m.end || text.lastIndexOf('”', m.start) > open) continue;
    if (PLAN_IN_TITLE_RE.test(text.slice(open + 10, m.start))) (dropped ??= new Set()).add(m);
  }
  return dropped === undefined ? mentions : mentions.filter((m) => !dropped!.has(m));
}

/** before a budget section's number (withoutBudgetSectionTitles' gate) */
const SECTION_WORD = 'section ';

/**
 * "Appropriates an additional amount of 1,442,000 dollars, comprising 969,900 dollars under section 18, Economic and social
 * development in Africa, 468,300 dollars under section 20, Economic development in Europe, and 3,800 dollars under section 29E,
 * Administration, Geneva, of the proposed programme budget for 2024" (A/RES/78/253 X.OP3): a budget section's title names a line
 * of the budget, not the places, bodies or departments its words name (BUDGET_SECTION_TITLE_RE): no mention inside it.
 */
function withoutBudgetSectionTitles(text: string, mentions: EntityMention[]): EntityMention[] {
  if (mentions.length === 0 || !textIncludes(text, SECTION_WORD)) return mentions;
  const titles: number[] = [];
  BUDGET_SECTION_TITLE_RE.lastIndex = 0;
  for (let m = BUDGET_SECTION_TITLE_RE.exec(text); m !== null; m = BUDGET_SECTION_TITLE_RE.exec(text)) {
    const end = m.index + m[0].length;
    titles.push(end - m[1]!.length, end);
  }
  if (titles.length === 0) return mentions;
  const inTitle = (m: EntityMention): boolean => {
    for (let k = 0; k < titles.length; k += 2) if (m.start >= titles[k]! && m.end <= titles[k + 1]!) return true;
    return false;
  };
  return mentions.some(inTitle) ? mentions.filter((m) => !inTitle(m)) : mentions;
}

/**
 * "the Office for Disarmament Affairs of the Secretariat", "the Department of Economic and Social Affairs of the Secretariat"
 * printed in a footnote, where findAttributions does not run: the unit's PART_OF the Secretariat goes to `parts`. The
 * Secretariat printed as owner stays a mention and a target of the clause's verb, as every other owner ("the Commission on X
 * of the Economic and Social Council"; the lead's ruling, session 50: it was dropped from session 18 on). So any unit, sub-body
 * or group printed with its owner right after it, as findAttributions reads one in the paragraph's own words ("Consisting of
 * the Mine Action Service of the Department of Peace Operations of the Secretariat, ...", A/RES/78/70 PP14 note 3, 80/74).
 */
function pushOwningSecretariatParts(text: string, mentions: EntityMention[], parts: Attribution[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const a = mentions[i - 1]!;
    if (m.kind === 'Organization' && (isSecretariatOfUnit(text, a, m) || (a.kind === 'Organization' && a.key !== m.key && m.start >= a.end && isPartOfOwnerAfter(text, a, m)))) {
      parts.push({ type: 'PART_OF', source: a.key, target: m.key, phrase: text.slice(a.start, m.end), start: a.start, end: m.end });
    }
  }
}

/**
 * The resolution's own body as the subject of its paragraph: "The Security Council reserves the right to rescind or amend
 * this resolution ..." (S/RES/9 (1946) OP4), "The Security Council requests the permanent members ..." (S/RES/1 (1946) OP1).
 * The body acts; it is not what its verb is about, so it is no verb target (the paragraph still mentions it). Only the
 * name right after the paragraph's opening "The ", then a lower-case word or a comma (the verb or an inserted phrase).
 */
function withoutActingBody(text: string, ctx: RecognizeContext, mentions: EntityMention[]): EntityMention[] {
  // (a character test first: most paragraphs open with a verb, not "The ")
  if (text.charCodeAt(0) !== 84 /* T */ || !text.startsWith('The ') || ctx.body === undefined) return mentions;
  const first = mentions.find((m) => m.start === 4 && !m.footnote);
  if (first?.kind !== 'Organization' || first.name !== ctx.body) return mentions;
  const after = text.charCodeAt(first.end);
  const next = text.charCodeAt(first.end + 1);
  const acts = after === 44 /* , */ || (after === 32 /* space */ && next >= 97 /* a */ && next <= 122 /* z */);
  return acts ? mentions.filter((m) => m !== first) : mentions;
}

/**
 * The Assembly as the author of its own act, no target of the clause's verb (the lead's convention: "established by the General
 * Assembly", "as approved by the Assembly" give no edge; the paragraph still mentions it). One filter for the four printed forms:
 * - its act printed with the Assembly as agent, the act's text cited or not (agentOfCitedText: "as requested by the General
 *   Assembly in its resolution 70/125", "the adoption by the General Assembly of", "approved by the General Assembly");
 * - its act with the resolution moved to a note: "the Declaration of Principles and the Plan of Action adopted by the World Summit
 *   on the Information Society at its first phase, ..., and endorsed by the General Assembly,7" with "7 See resolution 59/220."
 *   (A/RES/80/118 PP9, 78/132, 79/194, 79/277 PP1; the lead's ruling, aud48f): assemblyActNotedAfter. The note's resolution stays a
 *   target, and ENDORSES the texts (attributions.ts endorsedByFootnotedResolution);
 * - another body's recommendation that the Assembly proclaim what this text proclaims ("the recommendation made by the General
 *   Conference of [UNESCO] ... for the United Nations General Assembly to proclaim 2025 the International Year of ...", A/RES/78/287
 *   PP9; aud43b gold): assemblyAskedToProclaim, in the Assembly's own texts only (in another body's text the Assembly is a body it
 *   names);
 * - in its own text, the Assembly as the subject of its act in a that-clause ("We recall that the General Assembly will convene
 *   ... a high-level meeting", "that the General Assembly determined, in its resolution 70/125, that", A/RES/80/173 OP125, OP126),
 *   or of an object relative clause with a modal ("any guidance and support which the General Assembly may be able to provide",
 *   A/RES/79/232 PP4).
 * The author printed right after its own cited text ("in its resolution 77/150, the General Assembly recognized") is any body's
 * (authorAfterOwnCitedText, in verbRelations and footnoteMentionsOf).
 */
function withoutAssemblyAuthoringItsActs(text: string, ctx: RecognizeContext, refs: ParagraphText['footnoteRefs'], mentions: EntityMention[]): EntityMention[] {
  let out: EntityMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.key === GENERAL_ASSEMBLY_KEY && !m.footnote && assemblyAuthorsItsAct(text, ctx, refs, m)) {
      out ??= mentions.slice(0, i);
      continue;
    }
    if (i > 0 && secondBodyOfAssemblyAuspices(text, mentions[i - 1]!, m)) {
      out ??= mentions.slice(0, i);
      continue;
    }
    out?.push(m);
  }
  return out ?? mentions;
}

/**
 * The body paired with the Assembly under whose auspices a sitting meets: "the high-level political forum on sustainable development,
 * under the auspices of the General Assembly and the Economic and Social Council" (A/RES/79/214 OP21, 79/209 OP24, 78/206 OP11 with
 * "and of the"): the pair's auspices, no verb target either (the lead's ruling, session 64, extending session 54's to the second organ).
 */
function secondBodyOfAssemblyAuspices(text: string, assembly: EntityMention, m: EntityMention): boolean {
  if (assembly.key !== GENERAL_ASSEMBLY_KEY || m.kind !== 'Organization' || m.footnote || assembly.start < UNDER_THE_AUSPICES_OF_THE.length) return false;
  return text.startsWith(UNDER_THE_AUSPICES_OF_THE, assembly.start - UNDER_THE_AUSPICES_OF_THE.length) && AND_THE_SECOND_BODY_GAP_RE.test(text.slice(assembly.end, m.start));
}

/** the Assembly's mention `m` printed as the author of its own act, in one of withoutAssemblyAuthoringItsActs' four forms */
function assemblyAuthorsItsAct(text: string, ctx: RecognizeContext, refs: ParagraphText['footnoteRefs'], m: EntityMention): boolean {
  // (a full stop after the name ends the forms that read on after it, not the act named before it: "or the proceeds of loans
  // authorized by the Assembly." (A/RES/79/261 OP6, 78/256, 80/246))
  // ("... the terms of reference and modalities ... of the Independent International Scientific Panel on AI ... for the adoption by
  // the General Assembly." (A/RES/79/1 annex I 57): its act named as a noun before it ends the sentence as well)
  if (text.charCodeAt(m.end) === 0x2e /* . */ ? assemblyActNamedBefore(text, m) || assemblyNounActBefore(text, m) : agentOfCitedText(text, m)) return true;
  if (refs.length > 0 && assemblyActNotedAfter(text, refs, m)) return true;
  // the Assembly as the subject of its own act in its own text (ASSEMBLY_SUBJECT_ACT_AFTER_RE): "that the General Assembly will
  // convene ... a high-level meeting" (its ORGANIZES stays), "that the General Assembly determined, in its resolution 70/125, that"
  if (ctx.body === ASSEMBLY_NAME && m.start >= THAT_THE.length && text.startsWith(THAT_THE, m.start - THAT_THE.length) && ASSEMBLY_SUBJECT_ACT_AFTER_RE.test(text.slice(m.end, m.end + 240))) return true;
  // ("that at the first special session ..., in 1978, the Assembly stressed": the same act after the setting it was done in)
  if (ctx.body === ASSEMBLY_NAME && THAT_SETTING_THE_BEFORE_RE.test(text.slice(Math.max(0, m.start - 240), m.start)) && ASSEMBLY_SUBJECT_ACT_AFTER_RE.test(text.slice(m.end, m.end + 240))) return true;
  // ("the quadrennial comprehensive policy review ..., through which the General Assembly establishes ...": the process it acts by)
  if (ctx.body === ASSEMBLY_NAME && m.start >= THROUGH_WHICH_THE.length && text.startsWith(THROUGH_WHICH_THE, m.start - THROUGH_WHICH_THE.length) && ASSEMBLY_THROUGH_WHICH_ACT_AFTER_RE.test(text.slice(m.end, m.end + 40))) return true;
  // ("any guidance and support which the General Assembly may be able to provide": what it may give, its own act)
  if (ctx.body === ASSEMBLY_NAME && OBJECT_WHICH_THE_BEFORE_RE.test(text.slice(Math.max(0, m.start - 30), m.start)) && ASSEMBLY_MODAL_ACT_AFTER_RE.test(text.slice(m.end, m.end + 30))) return true;
  // ("(e) Where circumstances warrant, the General Assembly should give special consideration ...": a step it will take)
  if (ctx.body === ASSEMBLY_NAME && ASSEMBLY_CLAUSE_SUBJECT_BEFORE_RE.test(text.slice(Math.max(0, m.start - 8), m.start)) && ASSEMBLY_CLAUSE_SUBJECT_MODAL_AFTER_RE.test(text.slice(m.end, m.end + 200)) && !assemblyInRelativeClause(text, m)) return true;
  return ctx.body === ASSEMBLY_NAME && (textIncludes(text, ASSEMBLY_TO) || textIncludes(text, ASSEMBLY_PROCLAIM)) && assemblyAskedToProclaim(text, m);
}

/**
 * The Assembly at `m` inside a relative clause since its clause opened (after the last semicolon or colon): "the Relationship
 * Agreement ..., in which, with a view to ..., the General Assembly shall cooperate closely": the cited text's words, where the
 * Assembly is a party named, not the subject of a step of its own text.
 */
function assemblyInRelativeClause(text: string, m: EntityMention): boolean {
  const from = Math.max(text.lastIndexOf(';', m.start), text.lastIndexOf(':', m.start)) + 1;
  return RECALLED_TEXT_RELATIVE_RE.test(text.slice(from, m.start));
}

/** before the Assembly as the subject of a that-clause (assemblyAuthorsItsAct) */
const THAT_THE = 'that the ';
/** before the Assembly as the subject of a relative clause on its own process (assemblyAuthorsItsAct) */
const THROUGH_WHICH_THE = 'through which the ';

/** the Assembly's name between "endorsed by the" and a mark whose note is one resolution (withoutAssemblyAuthoringItsActs) */
function assemblyActNotedAfter(text: string, refs: ParagraphText['footnoteRefs'], m: EntityMention): boolean {
  const ref = refs.find((r) => r.offset >= m.end && r.offset - m.end <= 4);
  if (ref?.footnote === undefined || !NOTED_ACT_MARK_GAP_RE.test(text.slice(m.end, ref.offset))) return false;
  return NOTED_ACT_BY_BEFORE_RE.test(text.slice(Math.max(0, m.start - 20), m.start)) && NOTE_ONE_RESOLUTION_RE.test(ref.footnote.text);
}

const isBodyFramework = (m: EntityMention): boolean => m.kind === 'Framework' && m.footnote === undefined;

/** how far back from a mention the bracket opening a short name may stand ("(STI for SDGs road maps)": 9 characters) */
const SHORT_NAME_REACH = 40;

/**
 * A framework named inside the bracketed short name printed after a longer name that names it in full: "the Global Pilot
 * Programme on Science, Technology and Innovation for Sustainable Development Goals Road Maps (STI for SDGs road maps)"
 * (A/RES/78/160 PP42, 79/334 PP8, 80/147 PP53): the Goals are part of the programme's name twice, no target of the clause's
 * verb (aud42d gold: NOTES the programme, not the Goals). Only where the name before the bracket contains the framework's name
 * (as the Goals inside the programme's name are no mention) and the bracket holds more than the framework's own short name.
 * Cheap gates first: a framework mention, then a bracket in the paragraph (" (" is searched in full, a stop at every space).
 */
function withoutFrameworksInShortNames(text: string, mentions: EntityMention[]): EntityMention[] {
  if (!mentions.some(isBodyFramework) || !textIncludes(text, ' (')) return mentions;
  let dropped: EntityMention[] | undefined;
  for (const m of mentions) {
    if (m.kind !== 'Framework' || m.footnote !== undefined) continue;
    const open = text.lastIndexOf('(', m.start);
    if (open < 1 || m.start - open > SHORT_NAME_REACH || text.charCodeAt(open - 1) !== 0x20 || text.slice(open, m.start).includes(')')) continue;
    // (the framework's own short name, the whole bracket, names it: "the Convention for the Protection of ... (Barcelona
    // Convention)" after a meeting of its Parties, "(Treaty of Pelindaba)")
    if (m.start === open + 1 && text.charCodeAt(m.end) === 0x29 /* ) */) continue;
    const named = mentions.find((n) => n !== m && n.footnote === undefined && n.end === open - 1 && n.name.includes(m.name));
    if (named !== undefined) (dropped ??= []).push(m);
  }
  return dropped === undefined ? mentions : mentions.filter((m) => !dropped!.includes(m));
}

/**
 * An organization's bracketed acronym printed right after a sitting whose name ends with that organization's name: "the five-point
 * consensus reached at the Leaders’ Meeting of the Association of Southeast Asian Nations (ASEAN) held on 24 April 2021"
 * (A/RES/78/219 OP16 (t), 79/182 OP19, 80/221 OP24): the acronym belongs to the owner named inside the sitting's name, which takes
 * no verb (session 63), so it takes none either; the paragraph still mentions it. Cheap gates first: an organization in brackets.
 */
function withoutOwnerAcronymsAfterSittings(text: string, mentions: EntityMention[]): EntityMention[] {
  let dropped: EntityMention[] | undefined;
  for (const m of mentions) {
    if (m.kind !== 'Organization' || m.footnote !== undefined || text.charCodeAt(m.start - 1) !== 0x28 /* ( */ || text.charCodeAt(m.end) !== 0x29 /* ) */) continue;
    // (an acronym only: a bracketed other name, "the 9th meeting of the Special Political and Decolonization Committee (Fourth
    // Committee)" (A/RES/78/97 PP17), keeps its verb as the golds read it)
    if (m.phrase.includes(' ') || m.phrase !== m.phrase.toUpperCase()) continue;
    const owner = m.key.slice(m.key.indexOf(':') + 1);
    if (mentions.some((e) => e.kind === 'Event' && e.footnote === undefined && e.end === m.start - 2 && text.slice(e.start, e.end).endsWith(owner))) (dropped ??= []).push(m);
  }
  return dropped === undefined ? mentions : mentions.filter((m) => !dropped!.includes(m));
}

/** the words after the Assembly asked to proclaim (assemblyAuthorsItsAct's gate for assemblyAskedToProclaim) */
const ASSEMBLY_TO = 'General Assembly to ';
const ASSEMBLY_PROCLAIM = 'General Assembly proclaim';

/** "for the United Nations General Assembly to proclaim", "recommended that the General Assembly proclaim" around `m` */
function assemblyAskedToProclaim(text: string, m: EntityMention): boolean {
  return ASSEMBLY_ASKED_TO_PROCLAIM_AFTER_RE.test(text.slice(m.end, m.end + 24)) && ASSEMBLY_ASKED_BEFORE_RE.test(text.slice(Math.max(0, m.start - 24), m.start));
}

/** One paragraph, both halves of extraction in a row (its citations cannot be pending: see extractResolution). */
export function extractParagraph(paragraph: ParagraphText, ctx: RecognizeContext, problems: string[] = []): ParagraphExtraction {
  return extractParagraphWithReferences(paragraph, ctx, readParagraphReferences(paragraph, ctx), problems);
}

function extractParagraphWithReferences(paragraph: ParagraphText, ctx: RecognizeContext, refs: ParagraphReferences, problems: string[]): ParagraphExtraction {
  const text = paragraph.text;
  const dropped: EntityMention[] = [];
  const beforePosts = withProposingPresident(text, ctx, withListedOrganizations(text, withSummitMentions(text, withoutPlacesOpeningNames(text, withoutBudgetSectionTitles(text, withoutPeriodsInPlanTitles(text, settleOverlaps(mentionsOf(text, ctx, refs.body, problems), dropped)))))));
  const bodyMentions = withOfficerPosts(text, beforePosts);
  if (textIncludes(text, WHICH_INCLUDES_THE)) lastPartsNamedByWhole(text, bodyMentions);
  else if (textIncludes(text, AND_THE_LOWER_PART)) lastPartOfWholeNamedBefore(text, bodyMentions);
  if (textIncludes(text, RENAMED_IT) || textIncludes(text, FORMERLY_KNOWN_AS)) formerNamesOfRenamedBodies(text, bodyMentions);
  // (always the array nestedOrganizations makes, even empty: footnoteMentionsOf pushes onto it, and an empty literal here
  // was an array of another kind to V8, first met there late in corpus-ga: "wrong map")
  const nested = nestedOrganizations(text, dropped, bodyMentions);
  const postOrganParts: Attribution[] = [];
  if (bodyMentions !== beforePosts && nested.length) organsOfPostsWithOwners(text, bodiesOfPosts(beforePosts, bodyMentions), nested, postOrganParts);
  ownersPrintedInAliases(text, bodyMentions, nested);
  // (PART_OF of units "of the Secretariat" in footnotes, pushOwningSecretariatParts)
  const secretariatParts: Attribution[] = [];
  const footnoteMentions = paragraph.footnoteRefs.length ? footnoteMentionsOf(paragraph, ctx, refs, problems, dropped, nested, secretariatParts) : [];
  // (a treaty body's general comment: keyed by its footnote's symbol, or dropped with neither symbol nor committee)
  // (the kind first: only documents.ts's Document mentions carry generalComment, and the attrs load met every shape; spd51a)
  if (bodyMentions.some((m) => m.kind === 'Document' && m.attrs.generalComment !== undefined) || footnoteMentions.some((m) => m.key === '')) linkGeneralComments(bodyMentions, footnoteMentions);
  linkTitlesToFootnoteSymbols(paragraph, bodyMentions, footnoteMentions, ctx);
  linkTitlesNamedWithSymbols(text, bodyMentions, ctx);
  linkPluralSubjectReports(bodyMentions, ctx, text);
  linkBareSgReports(paragraph, bodyMentions, footnoteMentions, ctx);
  linkAdvisoryOpinions(paragraph, bodyMentions, footnoteMentions, ctx);
  const mentions = [...bodyMentions, ...footnoteMentions];
  decisionsOfQualifiedSittings(mentions);
  if (nested.length) {
    // after every other mention, and only for organizations the paragraph does not mention otherwise:
    // its MENTIONS edge keeps the phrase and span of the first mention (graph/plan.ts)
    const has = new Set<string>();
    for (const m of mentions) has.add(m.key);
    for (const m of nested) {
      // (but a report's author named again in another clause is mentioned by the report's clause too: "Noting with concern
      // the findings contained in the special reports of the Intergovernmental Panel on Climate Change, entitled ..., and
      // acknowledging the ongoing work of the Intergovernmental Panel" (A/RES/80/145 PP14): NOTES and ACKNOWLEDGES it)
      // (and a body owning the organ whose name ends with it: "noting the cooperation between the Regional Anti-Terrorist
      // Structure of the Shanghai Cooperation Organization and ..." after "the States members of the Shanghai Cooperation
      // Organization" in an earlier clause, A/RES/79/332 PP15: the organ's clause mentions its owner too)
      // (and a partnership opening each printed name of its facility, "... the Stop TB Partnership/Global Drug Facility, ..., and
      // therefore encourage all nations to use the Stop TB Partnership/Global Drug Facility", A/RES/73/3 OP15: each clause's)
      // (and the body a report is about, named again in another clause: "Recalls the report of the Secretary-General on the status
      // of the United Nations Voluntary Fund for Indigenous Peoples, encourages Governments ... to contribute to ... the United
      // Nations Voluntary Fund for Indigenous Peoples" (A/RES/80/191 OP12, 78/189, 79/159): RECALLS and ENCOURAGES it)
      if (has.has(m.key) && !isReportAuthor(text, m) && !isReportSubject(text, m, mentions) && authorOfOwner(text, m, nested) === undefined && !ownerOfOrgan(text, m, bodyMentions) && !inJointBodySitting(m, bodyMentions) && facilityOpenedBy(m, bodyMentions) === undefined) continue;
      has.add(m.key);
      mentions.push(m);
    }
  }

  const clauses = refs.clauses;
  if (refs.clauseProblem !== null) problems.push(refs.clauseProblem);
  const titles = hasWord(textWords(text), ENTITLED_QUOTE) ? agendaItemTitles(text) : NO_SPANS;
  const listedDeclarations = textIncludes(text, THEIR_DECLARATIONS) ? declarationsOfListedMeetings(text, clauses, mentions) : NO_DECLARED_MEETINGS;
  const relations = verbRelations(text, withoutOwnerAcronymsAfterSittings(text, withoutFrameworksInShortNames(text, withoutAssemblyAuthoringItsActs(text, ctx, paragraph.footnoteRefs, withoutQualifiersInNotes(paragraph.footnoteRefs, withoutActingBody(text, ctx, mentions))))), clauses, titles);
  if (clauses.length > 1 && relations.length) {
    pronounAddressees(text, clauses, relations);
    if (textIncludes(text, ITS_WORK) || textIncludes(text, ITS_REPORT)) pronounOwners(text, clauses, relations);
    frameworkOfItsImplementation(text, clauses, relations);
    pronounObjects(text, clauses, relations, mentions);
    if (textIncludes(text, SHARED_MODIFIER_GATE)) sharedModifierRelations(text, clauses, relations);
    if (textIncludes(text, THIS_HIGH_LEVEL_MEETING)) thisMeetingEntitled(text, clauses, relations);
  }
  let attributions: Attribution[] = [];
  try {
    attributions = findAttributions(text, bodyMentions);
  } catch (err) {
    problems.push(`findAttributions failed on "${text.slice(0, 60)}…": ${err instanceof Error ? err.message : String(err)}`);
  }
  if (relations.length && attributions.length) withoutOwnersPrintedBeforeSittings(relations, attributions);
  // (reviewedEvents reads a title's tail with the recognisers under a copy of the context: the paragraph's mentions keep their
  // scan details, see sameResolution in entityScan.ts)
  if (textIncludes(text, OUTCOMES_OF_THE)) reviewedEvents(text, ctx, clauses, mentions, relations);
  if (textIncludes(text, GENERAL_DEBATE_OF) || textIncludes(text, HIGH_LEVEL_WEEK_OF) || textIncludes(text, OAD_SEGMENT_OF)) sessionsOfTheirSittings(text, clauses, mentions, relations, attributions);
  if (textIncludes(text, ANNIVERSARY_OF_THE_UN)) anniversariesOfTheUnitedNations(text, clauses, mentions, relations);
  if (textIncludes(text, TO_ESTABLISH_AN)) establishedBeforeNamed(text, clauses, mentions, relations);
  if (relations.length && mentions.some(isReviewOfOutcomes)) reviewedEventsOfReviewMeetings(text, ctx, clauses, mentions, relations);
  if (textIncludes(text, REVIEW_OF_THE)) reviewedFrameworks(text, ctx, clauses, mentions, relations);
  if (textIncludes(text, UNDER_THE_ASSEMBLY)) summitsOfAssemblyForumDeclarations(text, clauses, mentions, relations, attributions, ctx.date);
  if (textIncludes(text, POLITICAL_DECLARATION_WORDS)) declarationsOfDatedSittings(text, clauses, mentions, relations, attributions);
  // "the adoption of the 2030 Agenda for Sustainable Development,2" with "2 Resolution 70/1.": the resolution adopted it (where
  // the words say adopted; a note alone only names the resolution, and the year of a meeting's declaration)
  for (const a of secretariatParts) if (!attributions.some((b) => b.type === a.type && b.source === a.source && b.target === a.target)) attributions.push(a);
  for (const a of postOrganParts) if (!attributions.some((b) => b.type === a.type && b.source === a.source && b.target === a.target)) attributions.push(a);
  if (footnoteMentions.length) {
    const noted = adoptedByFootnotedResolution(text, paragraph.footnoteRefs, bodyMentions, footnoteMentions, attributions);
    if (noted) for (const d of noted) datedByNote(d, relations, attributions);
    conferenceReportFootnoteAttributions(paragraph.footnoteRefs, footnoteMentions, attributions);
    partiesSittingsInFootnotes(footnoteMentions, attributions);
    bodySessionsInFootnotes(footnoteMentions, attributions);
    sessionsAdoptingInFootnotes(paragraph.footnoteRefs, footnoteMentions, attributions);
    publisherUnitsInFootnotes(paragraph.footnoteRefs, footnoteMentions, attributions);
    adoptedBySittingFootnote(text, paragraph.footnoteRefs, bodyMentions, footnoteMentions, attributions);
    adoptedByReportedSitting(text, paragraph.footnoteRefs, bodyMentions, footnoteMentions, attributions);
    if (attributions.length > 1 && paragraph.footnoteRefs.length > 1) pairAdoptedUnderOtherNotes(text, paragraph.footnoteRefs, bodyMentions, footnoteMentions, attributions);
    frameworkDaysInFootnotes(paragraph.footnoteRefs, footnoteMentions, attributions);
    symbolAdoptedOnInFootnotes(text, paragraph.footnoteRefs, bodyMentions, footnoteMentions, attributions);
    noteDocumentAdoptedAtSitting(text, paragraph.footnoteRefs, bodyMentions, footnoteMentions, attributions);
    if (textIncludes(text, AND_ENDORSED_BY_THE)) endorsedByFootnotedResolution(text, paragraph.footnoteRefs, footnoteMentions, attributions);
    if (textIncludes(text, AS_ENDORSED_IN)) endorsedFootnotedDocument(text, paragraph.footnoteRefs, bodyMentions, footnoteMentions, attributions);
    launchersInFootnotes(text, paragraph.footnoteRefs, bodyMentions, footnoteMentions, attributions);
    if (textIncludes(text, ADOPTION_OF_WORD)) ownReportAdoptedAtMark(text, paragraph.footnoteRefs, bodyMentions, footnoteMentions, attributions);
  }
  for (const [meeting, d] of listedDeclarations) attributions.push({ type: 'ADOPTED', source: meeting.key, target: d.key, phrase: d.phrase, start: d.start, end: d.end });
  if (textIncludes(text, UNDER_THE_ASSEMBLY)) assemblyConvenersInDeclarations(text, mentions, attributions);
  if (nested.length && attributions.length) ownersAsNested(attributions, nested);
  if (nested.length) organsOfNestedOwners(text, bodyMentions, nested, attributions);
  if (textIncludes(text, PARTIES_TO_GAP)) bodiesKeyedToPartiesInstrument(bodyMentions, attributions);
  if (nested.length) partsOfOpeningPartnerships(bodyMentions, nested, attributions);
  if (nested.length) possessiveOwnerParts(text, bodyMentions, nested, attributions);
  if (relations.length && attributions.length) ownersOfOrgansAsTargets(text, bodyMentions, mentions, attributions, relations);
  if (relations.length && attributions.length) ownersEndingInitiativesAsTargets(text, ctx, bodyMentions, mentions, attributions, relations);
  if (textIncludes(text, POSSESSIVE_S) || textIncludes(text, POSSESSIVE_S_STRAIGHT)) possessiveOwnerBeforeParts(text, bodyMentions, attributions);
  if (nested.length > 1) authorOwnerParts(text, nested, attributions);
  const titleSittings: EntityMention[] = [];
  const meetings = sittingsOfDeclarations(text, ctx, bodyMentions, mentions, attributions, titleSittings);
  if (titleSittings.length) titleSittingRelations(text, clauses, titleSittings, relations);
  // the meeting a declaration is named after keeps its venue and dates: "the political declaration of the high-level meeting
  // on universal health coverage, held in New York on 21 September 2023" (A/RES/78/174 PP9). Read once more with the
  // meetings among the mentions (a few paragraphs); only the meetings' own attributions are taken.
  if (meetings.length) {
    try {
      // (with the body named inside a meeting's name: "the high-level meeting of the General Assembly on ..." SESSION_OF)
      for (const m of mentions) if (m.nested && m.kind === 'Organization' && meetings.some((e) => e.start <= m.start && m.end <= e.end)) meetings.push(m);
      for (const a of findAttributions(text, withMeetingsOfDeclarations(bodyMentions, meetings))) {
        const meeting = meetings.find((m) => m.key === a.source || (m.kind === 'Event' && m.key === a.target));
        if (!meeting || attributions.some((b) => b.type === a.type && b.source === a.source && b.target === a.target)) continue;
        // (its dates only as "held ... on/from <date>" right after it: not a resolution's date, "as reflected in its
        // resolution 71/3 of 5 October 2016", A/RES/73/3 OP2, nor a later meeting's, "to hold a high-level meeting in 2026")
        // ("approved by the high-level meeting ... on 26 September 2018", A/RES/73/3 OP0: the day it approved it, its own)
        // ("adopted at the Nelson Mandela Peace Summit in 2018", A/RES/79/8 PP13: the year it adopted it, its own)
        // ("the political declaration of the high-level meeting of the General Assembly on antimicrobial resistance in 2016",
        // A/RES/78/269 PP2: the year right after the meeting is the one its key was made with, " @ 2016": the meeting's own)
        const gap = text.slice(meeting.end, a.start);
        const approvedOn = ON_GAP_RE.test(gap) && DECLARATION_BY_RE.test(text.slice(Math.max(0, meeting.start - 40), meeting.start));
        if ((a.type === 'STARTS_ON' || a.type === 'ENDS_ON') && !HELD_ON_GAP_RE.test(gap) && !approvedOn && !(IN_GAP_RE.test(gap) && (text.endsWith(DECLARATION_ADOPTED_AT, meeting.start) || keyedWithYear(meeting, a.target)))) continue;
        attributions.push(a);
        // (the day it approved the declaration is the declaration's too, as "the Final Document ..., adopted in Baku on 26
        // October 2019" is the Document's, A/RES/78/115 PP32: "the following political declaration approved by the high-level
        // meeting ... on 26 September 2018", A/RES/73/3 OP0, ADOPTED_ON that day)
        if (approvedOn && a.type === 'STARTS_ON') declarationApprovedOn(attributions, meeting.key, a);
      }
    } catch (err) {
      problems.push(`findAttributions failed on "${text.slice(0, 60)}…": ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (meetings.length) meetingYearsPrintedBeforeDeclarations(text, mentions, meetings, attributions);
  if (attributions.length && textIncludes(text, DECLARATION_OF_WORDS)) undatedSittingsEndingDeclarations(text, paragraph.footnoteRefs, mentions, attributions);
  // (after sittingsOfDeclarations: a declaration's sitting is its nested mention, which ADOPTED it)
  if (bodyMentions.some(isFrameworkPrintedLong)) namedInFrameworkNames(text, ctx, clauses, mentions, relations, attributions);
  if (bodyMentions.some(isFrameworkPrintedShort)) sittingsPrintedAfterFrameworks(text, bodyMentions, attributions);
  if (bodyMentions.some(isFrameworkPrintedBeforeItsBody)) bodiesPrintedAfterTheirFrameworks(text, bodyMentions, attributions);
  if (bodyMentions.some(isAssemblySessionDocument)) sessionsOfAssemblyDocuments(text, ctx, clauses, bodyMentions, mentions, relations, attributions);
  if (paragraph.kind === 'operative' && ctx.symbol) adoptedHere(text, ctx.symbol, clauses, relations, attributions);
  if (paragraph.kind === 'operative' && ctx.symbol && textIncludes(text, ADOPTS_OUTCOME_DOCUMENT_OF)) adoptedOutcomeDocument(text, ctx.symbol, clauses, mentions, relations, attributions);
  if (attributions.length) venuesOfHeldEvents(mentions, attributions);
  if (titles.length && attributions.length) attributions = withoutDatesInAgendaTitles(attributions, titles);
  if (attributions.length) yearsOfDatedAttributions(text, mentions, attributions);
  yearsOfCitedResolutions(text, mentions);
  if (textIncludes(text, OF_YEAR_19) || textIncludes(text, OF_YEAR_20)) yearsOfUnnamedTexts(text, mentions);
  return { paragraph, mentions, clauses, relations, attributions };
}

/** A four-digit year printed at `start` as a Date mention of the paragraph (the year-only dates the readers below add). */
function yearMention(year: string, start: number): EntityMention {
  return { kind: 'Date', key: nodeKey('Date', year), name: year, attrs: { iso: year, year: Number(year) }, phrase: year, start, end: start + 4 };
}

/**
 * The year alone a cited resolution is dated by, printed at the end of its citation ("resolutions CM/Res.1153 (XLVIII) of 19881
 * and CM/Res.1225 (L) of 1989,2 adopted by the Council of Ministers of the Organization of African Unity", A/RES/78/49 PP1;
 * "resolution CM/Res.1356 (LIV) of 1991", OP7; 80/26): a date the paragraph states, as the day of "its resolution 51/45 J of
 * 10 December 1996" is (findDates leaves a year after "of" alone: "the Convention of 1951" is an instrument's year, no date).
 * Only a citation of the paragraph's own text, its phrase ending with the year.
 */
function yearsOfCitedResolutions(text: string, mentions: EntityMention[]): void {
  for (let i = 0, n = mentions.length; i < n; i++) {
    const m = mentions[i]!;
    const year = m.attrs.date;
    if (m.kind !== 'Resolution' || m.footnote !== undefined || typeof year !== 'string' || year.length !== 4 || !m.phrase.endsWith(year)) continue;
    const key = nodeKey('Date', year);
    if (m.end > text.length || !text.startsWith(year, m.end - 4) || mentions.some((x) => x.key === key)) continue;
    mentions.push(yearMention(year, m.end - 4));
  }
}

/** the gates of yearsOfUnnamedTexts: " of " before a year of the 1900s or 2000s */
const OF_YEAR_19 = ' of 19';
const OF_YEAR_20 = ' of 20';
/** how far the lower-case words that go on from a name may run ("on primary health care"): see yearsOfUnnamedTexts */
const NAME_TAIL_MAX = 80;
/** the head nouns of instruments, in lower case: "the declaration of 2019 to progressively provide ..." (A/RES/78/4) is an
 *  instrument's year, no date (accuracy-aud26c); an unnamed agreement or memorandum of understanding between two bodies is no
 *  framework (aud17e, gold aud50i 79/136): its year is one. See yearsOfUnnamedTexts. */
const INSTRUMENT_HEADS_LOWER: ReadonlySet<string> = new Set([...FRAMEWORK_HEADS].filter((h) => h !== 'Agreement' && h !== 'Memorandum').map((h) => h.toLowerCase()));
/** "the Additional Protocols thereto of 1977" (A/RES/79/173 PP2): the year of the instrument "thereto" stands for */
const THERETO = 'thereto';
/** "the Economic and Social Council at its substantive session of 2023" (A/RES/78/119 OP1, 79/140 OP1): a session named by its year
 *  holds a date the paragraph states, as "the 2023 session of the Economic and Social Council" does (78/162 PP11); the session's
 *  mention holding the year does not make it an instrument's (see yearsOfUnnamedTexts) */
const SESSION_WORD = 'session';

/** a body named right before a lower-case head noun, one space between: "the Disarmament Commission guidelines of 1999" (A/RES/78/39
 *  PP5, 80/47) is the body's text by no name of its own, as "the ... Disarmament Commission principles of verification of 1988" is,
 *  so its year is a date; "the declaration of 2019" alone stays an instrument's year (accuracy-aud26c) */
function bodyBeforeWord(mentions: readonly EntityMention[], wordStart: number): boolean {
  return mentions.some((x) => x.kind === 'Organization' && x.footnote === undefined && x.end + 1 === wordStart);
}

/**
 * The year of a text or act the paragraph names by no name of its own, printed after it with "of": "the cooperation agreement
 * of 1997 between the United Nations and INTERPOL" (A/RES/79/136 PP2), "the United Nations Disarmament Commission principles of
 * verification of 1988" (A/RES/78/239 PP1), "the atomic bombings of 1945" (79/60 PP5), "in respect of 2024": a date the
 * paragraph states. Not an instrument's year (ADOPTED_ON and no date, as findDates leaves "the Convention of 1951"): the year
 * after a name the paragraph knows, a mention ending right before " of " ("the political declaration of 2019") or a framework
 * the lower-case words go on from with a preposition ("the Declaration of Astana on primary health care of 2018", A/RES/80/117
 * annex OP26; not "the Sustainable Development Goals deadline of 2030", 78/290 OP6), or a mention holding the
 * year; nor after an instrument's head noun ("the declaration of 2019", "the action plan of 2022": INSTRUMENT_HEADS_LOWER) or
 * "thereto". A capitalised word before "of" is left alone: "the Protocol of 1978 relating thereto" may be a name
 * the gazetteer lacks ("the Armistice Line of 1949" stays no date). Only the paragraph's own text (not a footnote's).
 */
function yearsOfUnnamedTexts(text: string, mentions: EntityMention[]): void {
  LOWER_WORD_OF_YEAR_RE.lastIndex = 0;
  for (let m = LOWER_WORD_OF_YEAR_RE.exec(text); m; m = LOWER_WORD_OF_YEAR_RE.exec(text)) {
    const word = m[1]!;
    const instrument = INSTRUMENT_HEADS_LOWER.has(word) || (word.endsWith('s') && INSTRUMENT_HEADS_LOWER.has(word.slice(0, -1)));
    if (word === THERETO || (instrument && !bodyBeforeWord(mentions, m.index))) continue;
    const wordEnd = m.index + word.length;
    const yearStart = m.index + m[0].length - 4;
    const named = mentions.some(
      (x) =>
        x.footnote === undefined &&
        ((x.start <= yearStart && yearStart < x.end && !(word === SESSION_WORD && x.kind === 'Event')) ||
          (x.kind !== 'Date' && x.end === wordEnd) ||
          (x.kind === 'Framework' && x.end < wordEnd && wordEnd - x.end <= NAME_TAIL_MAX && NAME_TAIL_WORDS_RE.test(text.slice(x.end, wordEnd)))),
    );
    if (named) continue;
    const year = m[2]!;
    if (word === SESSION_WORD && mentions.some((x) => x.kind === 'Date' && x.start === yearStart)) continue;
    mentions.push(yearMention(year, yearStart));
  }
}

/**
 * "the 2023 political declaration of the high-level meeting on universal health coverage" (A/RES/78/130 PP5; "the 2018 political
 * declaration of the high-level meeting of the General Assembly on the fight against tuberculosis", 78/5 annex OP19): the year
 * printed before the declaration keyed the meeting that ADOPTED it (" @ 2023", sittingsOfDeclarations); it is the meeting's
 * STARTS_ON too, as "the 2023 high-level meetings" are (and so a date the paragraph mentions: yearsOfDatedAttributions).
 * So is the year printed after the meeting that ends the declaration's name, "the political declaration of the high-level meeting
 * on universal health coverage of 2023" (78/173 PP15, 80/190 PP13, 78/4 annex OP45): the meeting's year, not the declaration's
 * (the Assembly adopted it on 5 October 2023), so frameworkOfYear's ADOPTED_ON of that year goes.
 */
function meetingYearsPrintedBeforeDeclarations(text: string, mentions: readonly EntityMention[], meetings: readonly EntityMention[], attributions: Attribution[]): void {
  for (let i = 0, n = attributions.length; i < n; i++) {
    const a = attributions[i]!;
    if (a.type !== 'ADOPTED') continue;
    const meeting = meetings.find((m) => m.key === a.source && m.kind === 'Event');
    const declaration = meeting && mentions.find((m) => m.key === a.target && m.kind === 'Framework' && m.footnote === undefined);
    if (!meeting || !declaration) continue;
    if (datedByYearAfterDeclaration(text, meeting, declaration, attributions)) continue;
    // (or right before the meeting inside the declaration's name: "the political declaration of the 2023 high-level meeting on
    // universal health coverage", A/RES/79/223 PP13, as "the 2023 high-level meeting" printed alone is dated)
    const inside =
      meeting.start > declaration.start && isAsciiDigit(text.charCodeAt(meeting.start - 5)) && ORDINAL_OR_YEAR_GAP_RE.test(text.slice(meeting.start - YEAR_GAP.length, meeting.start));
    const yearAt = inside ? meeting.start - 5 : declaration.start - 5;
    // four digits and a space right before the declaration's words, no digit or "/" before them
    if (!inside && (yearAt < 1 || text.charCodeAt(declaration.start - 1) !== 32 || isDigitOrSlash(text.charCodeAt(yearAt - 1)))) continue;
    // (the meeting's key ends in its four-digit year: the same four characters are that year)
    const year = text.slice(yearAt, yearAt + 4);
    if (!meeting.key.endsWith(` @ ${year}`)) continue;
    const target = `Date:${year}`;
    if (attributions.some((b) => b.type === 'STARTS_ON' && b.source === meeting.key)) continue;
    const end = inside ? meeting.end : Math.max(meeting.end, declaration.end);
    attributions.push({ type: 'STARTS_ON', source: meeting.key, target, phrase: text.slice(yearAt, end), start: yearAt, end });
  }
}

/** The year after the declaration whose name the meeting ends (meetingYearAfterDeclaration) dates the meeting, not the declaration's
 *  adoption: its STARTS_ON in place of the declaration's ADOPTED_ON. Whether there was such a year. */
function datedByYearAfterDeclaration(text: string, meeting: EntityMention, declaration: EntityMention, attributions: Attribution[], marked = false): boolean {
  const after = meetingYearAfterDeclaration(text, meeting, declaration, marked);
  if (after === undefined) return false;
  const target = `Date:${after}`;
  const adoptedOn = attributions.findIndex((b) => b.type === 'ADOPTED_ON' && b.source === declaration.key && b.target === target && b.start === declaration.start);
  if (adoptedOn >= 0) attributions.splice(adoptedOn, 1);
  if (!attributions.some((b) => b.type === 'STARTS_ON' && b.source === meeting.key)) {
    const end = declaration.end + OF_YEAR.length;
    attributions.push({ type: 'STARTS_ON', source: meeting.key, target, phrase: text.slice(meeting.start, end), start: meeting.start, end });
  }
  return true;
}

/**
 * The same for a sitting the paragraph names inside a declaration's own name, keyed with no year: "the Declaration of the High-level
 * Dialogue on International Migration and Development of 2013" (A/RES/78/180 PP19, 80/185 PP19; meetingYearAfterDeclaration).
 */
function undatedSittingsEndingDeclarations(text: string, footnoteRefs: ParagraphText['footnoteRefs'], mentions: EntityMention[], attributions: Attribution[]): void {
  for (let i = 0, n = attributions.length; i < n; i++) {
    const a = attributions[i]!;
    if (a.type !== 'ADOPTED' || a.source.includes(' @ ')) continue;
    const meeting = mentions.find((m) => m.key === a.source && m.kind === 'Event' && m.footnote === undefined);
    const declaration = meeting && mentions.find((m) => m.key === a.target && m.kind === 'Framework' && m.footnote === undefined && m.end === meeting.end);
    if (!meeting || !declaration) continue;
    const yearEnd = declaration.end + OF_YEAR.length;
    const marked = footnoteRefs.some((r) => r.offset === yearEnd);
    // (the year is a date the paragraph mentions, as yearsOfDatedAttributions reads one, which takes the mark's digits for a number's)
    if (datedByYearAfterDeclaration(text, meeting, declaration, attributions, marked) && marked) {
      const year = text.slice(yearEnd - 4, yearEnd);
      if (!mentions.some((m) => m.key === `Date:${year}`)) mentions.push(yearMention(year, yearEnd - 4));
    }
  }
}

/** "the " and a year before a meeting's name (meetingYearsPrintedBeforeDeclarations) */
const YEAR_GAP = 'the 2023 ';
/** " of " and a year (meetingYearAfterDeclaration) */
const OF_YEAR = ' of 2023';
/** the year alone after a name: " of 2023" and no digit, "/" or dash after it */
const OF_YEAR_AFTER_NAME_RE = /^ of ((?:19|20)\d\d)(?![\d/\u2013-])/;

/** The year printed right after the declaration whose name the meeting ends ("... on universal health coverage of 2023"), when the
 *  meeting's key carries that year, or carries none and the meeting is one sitting of no known date ("the Declaration of the
 *  High-level Dialogue on International Migration and Development of 2013", A/RES/78/180 PP19, 80/185: the Dialogue's year, as
 *  session 61 ruled, not the declaration's ADOPTED_ON); else undefined. */
function meetingYearAfterDeclaration(text: string, meeting: EntityMention, declaration: EntityMention, marked = false): string | undefined {
  if (meeting.end !== declaration.end || meeting.start <= declaration.start) return undefined;
  // (a footnote mark may follow the year with no space: "... Migration and Development of 201317 recognized", the mark 17)
  const year = OF_YEAR_AFTER_NAME_RE.exec(text.slice(declaration.end, declaration.end + OF_YEAR.length + (marked ? 0 : 1)))?.[1];
  if (year === undefined) return undefined;
  if (meeting.key.endsWith(` @ ${year}`)) return year;
  return !meeting.key.includes(' @ ') && meeting.attrs.startDate === undefined && entryByName('Event', meeting.name)?.attrs?.series !== true ? year : undefined;
}

/**
 * A year an attribution of this paragraph dates an event by, printed in its phrase, is a date the paragraph mentions: "the 2026
 * United Nations Water Conference" STARTS_ON 2026 (A/RES/78/321 PP16), "the Final Document of the 2000 Review Conference"
 * (A/RES/78/30 PP7). findDates leaves a year before a name alone ("the 2030 Agenda", "the 2022 report"): once the year dates a
 * sitting, it is a date. Only a year printed in the paragraph's own text (not a footnote's), only a year alone (a fuller date is
 * findDates' own), and not an instrument's year ("the Convention of 1951", "the Declaration of 2019": ADOPTED_ON, no date by
 * the tests of acc14 and aud26c).
 */
function yearsOfDatedAttributions(text: string, mentions: EntityMention[], attributions: readonly Attribution[]): void {
  for (const a of attributions) {
    if ((a.type !== 'STARTS_ON' && a.type !== 'ENDS_ON') || !YEAR_ONLY_DATE_RE.test(a.target)) continue;
    if (a.end > text.length || text.slice(a.start, a.end) !== a.phrase || mentions.some((m) => m.key === a.target)) continue;
    const year = a.target.slice(5);
    let at = text.indexOf(year, a.start);
    // the year as a word of its own, not the digits of a symbol or a longer number
    while (at >= 0 && at + 4 <= a.end && (isDigitOrSlash(text.charCodeAt(at - 1)) || isDigitOrSlash(text.charCodeAt(at + 4)))) at = text.indexOf(year, at + 1);
    if (at < 0 || at + 4 > a.end) continue;
    mentions.push(yearMention(year, at));
  }
}

/** a digit or "/" (a year glued to either is part of a symbol or a number: "2006/46", "20242") */
function isDigitOrSlash(code: number): boolean {
  return isAsciiDigit(code) || code === 47;
}

/**
 * An event HELD_IN one place by this paragraph keeps it as its venue, where its mention has none: "the First, Second, Third and
 * Fourth Conferences of States Parties to the Treaty of Pelindaba, held in Addis Ababa" (A/RES/80/14 OP3, 78/14, 79/15), "the
 * convening at Madrid of the Peace Conference on the Middle East" (A/RES/78/77 PP11 and 5 more), "on Margarita Island" (the
 * Seventeenth Non-Aligned Summit, 7 texts): the edge was made, the node had no location. Not an event held in two places
 * ("held in Krakow and Katowice, Poland"). A copy of the attributes: a gazetteer entry's may be shared by its mentions.
 */
function venuesOfHeldEvents(mentions: EntityMention[], attributions: readonly Attribution[]): void {
  for (const a of attributions) {
    if (a.type !== 'HELD_IN' || !a.source.startsWith(EVENT_PREFIX)) continue;
    if (attributions.some((b) => b !== a && b.type === 'HELD_IN' && b.source === a.source)) continue;
    const place = mentions.find((m) => m.key === a.target && m.kind === 'Place');
    if (!place) continue;
    for (const m of mentions) if (m.key === a.source && m.kind === 'Event' && m.attrs.location === undefined && !isSeriesNode(m)) m.attrs = { ...m.attrs, location: place.name };
  }
}

/** An event keyed by the name of a series the gazetteer knows, not one of its editions: "the World Summit on the Information
 *  Society" met in Geneva and in Tunis, a paragraph that names one is no venue of the whole (venuesOfHeldEvents). */
function isSeriesNode(m: EntityMention): boolean {
  return m.key === eventKey(m.name) && entryByName('Event', m.name)?.attrs?.series === true;
}

/**
 * "the political declaration of the high-level meeting on universal health coverage,31" with "31 Resolution 74/2." (A/RES/78/187
 * PP14, 79/217 PP5, 78/5 annex OP3): the declaration of that year (keyed "... (2019)" as the graph keys the dated ones), its
 * relations too. The note states no adoption (no ADOPTED), but it says which declaration it is; the meeting it is named after
 * is then that year's (sittingsOfDeclarations reads the year off the key).
 */
function datedByNote(d: NotedDeclaration, relations: VerbRelation[], attributions: Attribution[]): void {
  const m = d.mention;
  const from = m.key;
  const to = `${from} (${d.year})`;
  m.key = to;
  // (a new relation, not a store into its `target`: the first such store, two thirds into corpus-ga, threw away the entities
  // worker's compiled code of every function that had read a relation's target, verbRelations among them; see
  // warm-up.ts mutableMentionFields)
  for (let k = 0; k < relations.length; k++) {
    const r = relations[k]!;
    if (r.target === from && r.footnote === undefined && r.start === m.start && r.end === m.end) relations[k] = { type: r.type, target: to, clause: r.clause, verb: r.verb, phrase: r.phrase, start: r.start, end: r.end, footnote: undefined };
  }
  for (const a of attributions) {
    if (a.source === from) a.source = to;
    if (a.target === from) a.target = to;
  }
}

/** between an operative clause's start and the framework it adopts: "Adopts the ", "Also adopts ", "Adopts the following " */
const ADOPTS_OBJECT_RE = /^\s*(?:and\s+)?(?:[Aa]lso\s+|[Ff]urther\s+)?[Aa]dopts\s+(?:the\s+)?(?:following\s+)?$/;
/** ... or the name it adopts a text under: "Adopts the proposed version of the model strategies on reducing reoffending,
 *  annexed to the present resolution, as the United Nations Model Strategies on Reducing Reoffending" (A/RES/80/226 OP2) */
const ADOPTS_AS_RE = /^\s*(?:and\s+)?(?:[Aa]lso\s+|[Ff]urther\s+)?[Aa]dopts\s+the\s+[^;:]{1,200}?,?\s+as\s+the\s+$/;
/**
 * ... or a decision to adopt it: "Decides to adopt the Global Framework for Through-life Conventional Ammunition Management"
 * (A/RES/78/47 OP2), "Decides to adopt the United Nations principles for consumer product safety annexed to the present
 * resolution" (A/RES/80/119 OP1), "Decides hereby to establish an international tribunal ... and to this end to adopt the
 * Statute of the International Tribunal annexed to the above-mentioned report" (S/RES/827 (1993) OP2): the words from the
 * clause's start to the framework, which only the decision's own infinitives chain to the adopting ("and ... to adopt").
 */
const DECIDES_TO_ADOPT_RE = /^\s*(?:and\s+)?(?:[Aa]lso\s+|[Ff]urther\s+)?[Dd]ecides\s+(?:(?:also|further|hereby)\s+)?to\s+(?:adopt\s+(?:the\s+)?$|[a-z][^;:]*?\sand\s+(?:to\s+this\s+end\s+|in\s+this\s+regard\s+|also\s+)?to\s+adopt\s+(?:the\s+)?$)/;
/** ... but not another's adopting, which a decision to convene, invite or request would bring in ("Decides to convene a
 *  conference to consider and to adopt the ...", "Decides to invite States ... and to adopt ...") */
const ANOTHER_ADOPTS_RE = /\b(?:convene|convening|invite|inviting|request|requesting|call|calling|encourage|urge|enable|allow|shall|should|will|States|Parties|Conference|Committee|Commission)\b/;

/**
 * "Adopts the United Nations Convention against Cybercrime ... annexed to the present resolution" (A/RES/79/243 OP2): the
 * resolution itself adopted the framework its operative verb takes as object (the resolution key, as for "in which the
 * Assembly adopted" in a resolution it cites). Only the object right after the verb: not "Adopts the political declaration
 * of the high-level meeting ..., and the Sustainable Development Goals" further on. Likewise a framework its decision
 * adopts (DECIDES_TO_ADOPT_RE). One edge for the one fact: the "Adopts" verb relation to what it adopts is dropped for its
 * ADOPTED twin (the type of DESIGN's table, and the one citing resolutions give the same adoption); the clause's other mentions
 * keep ADOPTS; a decision keeps DECIDES (the verb of DESIGN's table).
 */
function adoptedHere(text: string, symbol: string, clauses: readonly Clause[], relations: VerbRelation[], attributions: Attribution[]): void {
  for (let i = relations.length - 1; i >= 0; i--) {
    const r = relations[i]!;
    if ((r.type !== 'ADOPTS' && r.type !== 'DECIDES') || r.footnote !== undefined || !r.target.startsWith('Framework:')) continue;
    const clause = clauses.find((c) => c.index === r.clause);
    if (!clause || r.start < clause.start) continue;
    const before = text.slice(clause.start, r.start);
    if (r.type === 'ADOPTS' ? !ADOPTS_OBJECT_RE.test(before) && !ADOPTS_AS_RE.test(before) : !DECIDES_TO_ADOPT_RE.test(before) || ANOTHER_ADOPTS_RE.test(before)) continue;
    attributions.push({ type: 'ADOPTED', source: resolutionKey(symbol), target: r.target, phrase: text.slice(clause.start, r.end), start: clause.start, end: r.end });
    if (r.type === 'ADOPTS') relations.splice(i, 1);
  }
}

/** the gate of adoptedOutcomeDocument: "Adopts the following outcome document of the high-level meeting ..." */
const ADOPTS_OUTCOME_DOCUMENT_OF = 'dopts the following outcome document of the ';
/** " at its eightieth session": the session the sitting is part of, printed after the document's title */
const AT_ITS_SESSION_GAP = ' at its ';

/**
 * "Adopts the following outcome document of the high-level meeting of the General Assembly on the overall review of the
 * implementation of the outcomes of the World Summit on the Information Society at its eightieth session:" (A/RES/80/173 OP0,
 * its draft A/80/L.41): the resolution adopts a document, titled by the sitting whose outcome it is (a Document keyed by its
 * title, as a report by its words); the sitting and the session are named in the title, no objects of "Adopts". "at its
 * eightieth session" puts the sitting in that session (PART_OF, as "the high-level week of the eightieth session").
 */
function adoptedOutcomeDocument(text: string, symbol: string, clauses: readonly Clause[], mentions: EntityMention[], relations: VerbRelation[], attributions: Attribution[]): void {
  const at = text.indexOf(ADOPTS_OUTCOME_DOCUMENT_OF);
  const clause = clauses.find((c) => c.start <= at && at < c.end);
  if (!clause || clause.start !== at - 1 || clause.relation !== 'ADOPTS') return;
  const titleStart = at + 'dopts the following '.length;
  const sittingStart = at + ADOPTS_OUTCOME_DOCUMENT_OF.length;
  const sitting = mentions.find((m) => m.kind === 'Event' && m.start === sittingStart && m.footnote === undefined);
  if (!sitting) return;
  const title = text.slice(titleStart, sitting.end);
  const key = nodeKey('Document', normaliseTitle(title));
  let end = sitting.end;
  const session = text.startsWith(AT_ITS_SESSION_GAP, sitting.end) ? mentions.find((m) => m.kind === 'Event' && m.start === sitting.end + AT_ITS_SESSION_GAP.length && m.footnote === undefined) : undefined;
  if (session) {
    end = session.end;
    partOfOnce(attributions, sitting.key, session.key, text.slice(sitting.start, session.end), sitting.start, session.end);
  }
  mentions.push({ kind: 'Document', key, name: title, attrs: { title }, phrase: title, start: titleStart, end: sitting.end, footnote: undefined, nested: undefined });
  // (the title's names are the document's words: no "Adopts" edge of their own)
  for (let i = relations.length - 1; i >= 0; i--) {
    const r = relations[i]!;
    if (r.type === 'ADOPTS' && r.footnote === undefined && r.start >= titleStart && r.end <= end) relations.splice(i, 1);
  }
  attributions.push({ type: 'ADOPTED', source: resolutionKey(symbol), target: key, phrase: text.slice(clause.start, sitting.end), start: clause.start, end: sitting.end });
}

const DECLARATION_OF = 'Declaration of the ';
const DECLARATION_OF_LOWER = 'declaration of the ';
const DECLARATION_OF_LOWER_WORDS = 'declaration of the';
const DECLARATIONS_OF_LOWER = 'declarations of the ';
const POLITICAL_DECLARATION_OF = 'Political declaration of the ';
/** a meeting named by what the text named before: "the high-level meeting on its midterm review" */
const ON_ITS = ' on its ';
const LOWER_POLITICAL_DECLARATION_OF = 'political declaration of the ';
const OUTCOME_DOCUMENT_OF = 'Outcome document of the ';
const LOWER_OUTCOME_DOCUMENT_OF = 'outcome document of the ';
const LOWER_POLITICAL_DECLARATION_ADOPTED_BY = 'political declaration adopted by the ';
/** "declaration approved by the ", "declaration adopted by the ": the meeting that adopted it named after it */
const DECLARATION_BY_RE = /declaration (?:approved|adopted) by the /;
const ITS_DECLARATION_PHRASE = 'political declaration';
const ORDINAL_OR_YEAR_GAP_RE = /^the (?:[a-z]+(?:-[a-z]+)?|(?:19|20)\d\d) $/;
const ON_GAP_RE = /^\s+on\s+$/;
/**
 * Before a declaration of "the political declarations of the [2023] high-level meetings [of the General Assembly] on <topic>, on
 * <topic> and on <topic>" (entityScan, listedDeclarationsOfMeetings), up to the phrase it prints: the plural meetings' name and
 * the topics listed before it (group 1: "of the General Assembly ", the meetings' shared owner). Not "the political declarations
 * on <topic>, on <topic> ..., adopted at the respective high-level meetings" (declarationsOnTopics: the meetings printed after).
 */
const LISTED_MEETINGS_BEFORE_RE = /\bdeclarations\s+of\s+the\s+(?:(?:19|20)\d\d\s+)?high-level\s+meetings\s+(of\s+the\s+General\s+Assembly\s+)?on\s+(?:[a-z][a-z ,-]*?(?:,\s+|\s+and\s+)on\s+)*$/;
/** the year that list prints before the meetings' plural name: "declarations of the 2023 " (group 1) */
const LISTED_MEETINGS_YEAR_RE = /^declarations\s+of\s+the\s+((?:19|20)\d\d)\s/;
const HLM_ON = 'high-level meeting on ';
const HLM_OF_ASSEMBLY_ON = 'high-level meeting of the General Assembly on ';
// (a footnote mark may stand before "held": "... on the Information Society,10 held in New York on 15 and 16 December 2015",
// A/RES/80/118 PP11, 79/194 PP10; a superscript mark where the source is HTML or DOCX)
const HELD_ON_GAP_RE = /^(?:,\s+[a-z][a-z ,-]{0,60}?)?,?(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?\s+held\s+(?:(?:in|at)\s+[^,;()\d]{1,60}?\s+)?(?:on|from|in)\s+$/;
const MEETING_YEAR_RE = / \(((?:19|20)\d\d)\)$/;
/** right after a listed declaration's topic: its own year ("on universal health coverage held in 2019 and 2023, on pandemic
 *  prevention ... in 2023", A/RES/80/117 annex para. 5): each topic dated after it, which the list read before the topic would
 *  take for the first one only; LISTED_DATED_MEETINGS_RE reads that list whole */
const TOPIC_DATED_AFTER_RE = /^\s+(?:held\s+)?in\s+(?:19|20)\d\d/;
/** a year printed after a listed topic, with the footnote mark the text glues to it or spaces after it: "2019 4", "2023, 5",
 *  "2023,6", "20237", "2024,8" (A/RES/80/117 annex para. 5) */
const MARKED_YEAR = String.raw`(?:19|20)\d\d\d{0,2}(?:,?\s?\d{1,2}(?=\s))?`;
const DATED_TOPIC = String.raw`[a-z][a-z ,-]*?\s+(?:held\s+)?in\s+${MARKED_YEAR}(?:,?\s+and\s+${MARKED_YEAR})*`;
/** the gate of LISTED_DATED_MEETINGS_RE */
const DECLARATIONS_OF_HLMS = 'declarations of the high-level meetings ';
/**
 * "the political declarations of the high-level meetings of the General Assembly on universal health coverage held in 2019 4 and
 * 2023, 5 on pandemic prevention, preparedness and response in 2023,6 on the fight against tuberculosis in 20237 and on
 * antimicrobial resistance in 2024,8" (A/RES/80/117 annex para. 5): the whole list of two topics at least, each dated after it
 * (group 1: "of the General Assembly ", the meetings' shared owner). One meeting per topic and year, as the list dated before its
 * plural name gives (session 64), its year printed.
 */
const LISTED_DATED_MEETINGS_RE = new RegExp(
  String.raw`\bdeclarations\s+of\s+the\s+high-level\s+meetings\s+(of\s+the\s+General\s+Assembly\s+)?on\s+${DATED_TOPIC}(?:,?\s+(?:and\s+)?on\s+${DATED_TOPIC})+`,
  'g',
);
/** the dated list (LISTED_DATED_MEETINGS_RE) the declaration mention `d` is printed in, or null */
function datedListOf(text: string, d: EntityMention): RegExpExecArray | null {
  if (!text.includes(DECLARATIONS_OF_HLMS)) return null;
  LISTED_DATED_MEETINGS_RE.lastIndex = 0;
  for (let m = LISTED_DATED_MEETINGS_RE.exec(text); m !== null; m = LISTED_DATED_MEETINGS_RE.exec(text)) {
    if (m.index < d.end && d.start < m.index + m[0].length) return m;
  }
  return null;
}
/** "the political declaration adopted at the Nelson Mandela Peace Summit" (a gazetteer title): the sitting named after it */
const DECLARATION_ADOPTED_AT = 'declaration adopted at the ';
/** after such a title, the sitting's year: " in 2018" */
const IN_YEAR_AFTER_RE = /^\s+in\s+((?:19|20)\d\d)(?!\d)/;
/** between the sitting and its year: " in " */
const IN_GAP_RE = /^\s+in\s+$/;
/** the sitting keyed with the year `dateKey` ("Date:2016") names: "Event:high-level meeting on antimicrobial resistance @ 2016" */
function keyedWithYear(sitting: EntityMention, dateKey: string): boolean {
  return dateKey.length === 9 /* Date:YYYY */ && sitting.key.endsWith(` @ ${dateKey.slice(5)}`);
}

/** bodyMentions with the meetings declarations are named after (sittingsOfDeclarations) in them, in text order */
function withMeetingsOfDeclarations(bodyMentions: EntityMention[], meetings: readonly EntityMention[]): EntityMention[] {
  return sortSmall([...bodyMentions, ...meetings], (a, b) => a.start - b.start || b.end - a.end);
}

/**
 * "the Progress Declaration of the International Migration Review Forum", "the Joint Declaration of the Paris Summit for
 * the Mediterranean", "the Final Declaration of the Third Review Conference of the Parties to ...": the title names the
 * sitting that adopted it. The sitting comes back as a nested mention (no verb relation: the clause is about the
 * declaration) and ADOPTED the declaration. Only the words after "of the" of a Framework mention that prints the
 * phrase are scanned (a few dozen in corpus-ga): no scan of the paragraph. Returns the meetings political declarations
 * are named after ("the political declaration of the high-level meeting on ..."), whose venue and dates the caller reads.
 */
function sittingsOfDeclarations(text: string, ctx: RecognizeContext, bodyMentions: readonly EntityMention[], mentions: EntityMention[], attributions: Attribution[], added: EntityMention[]): EntityMention[] {
  let meetings: EntityMention[] | undefined;
  for (let i = 0; i < bodyMentions.length; i++) {
    const d = bodyMentions[i]!;
    if (d.kind !== 'Framework') continue;
    // "the high-level meeting on ..., held in New York on 27 September 2018, and its political declaration" (entityScan,
    // declarationsAfterMeetings): the meeting named before it adopted it
    if (d.phrase === ITS_DECLARATION_PHRASE && (d.name.startsWith(POLITICAL_DECLARATION_OF) || d.name.startsWith(DECLARATION_ADOPTED_AT_THE))) {
      meetingBeforeItsDeclaration(text, d, bodyMentions, attributions);
      continue;
    }
    // "the outcome document of the international conference entitled “Dialogue is a Guarantee of Peace”" (entityScan,
    // titledSittingOutcome): the words alone, the titled sitting right after them
    if (d.phrase === OUTCOME_DOCUMENT_WORDS && d.name.startsWith(OUTCOME_DOCUMENT_OF_TITLE)) {
      titledSittingAfterItsOutcome(text, d, bodyMentions, attributions);
      continue;
    }
    // "the Declaration of the commemorative high-level plenary meeting ..." (entityScan, declarationsOfHighLevelMeetings): the
    // words alone, the meeting a mention of its own right after them
    if (d.phrase === DECLARATION_OF_WORDS) {
      meetingAfterItsDeclaration(d, bodyMentions, attributions);
      continue;
    }
    // "the declaration of the twenty-fourth annual Ministerial Meeting of Landlocked Developing Countries" (entityScan,
    // declarationsOfMinisterialMeetings): the words and the ordinal, the meeting right after them (the words alone when the
    // ordinal is the sitting's own: "the declaration of the fifteenth forum on the development of tourism ...", A/RES/78/145 PP29)
    if ((d.phrase.startsWith(DECLARATION_OF_LOWER) || d.phrase === DECLARATION_OF_LOWER_WORDS) && d.name.startsWith(DECLARATION_OF_LOWER)) {
      ministerialMeetingAfterItsDeclaration(d, bodyMentions, attributions);
      continue;
    }
    // "the final declaration of the Third High-level International Conference ..." (entityScan, finalDeclarationsOfSittings): the
    // words alone, the sitting right after them
    if (d.phrase.startsWith(FINAL_DECLARATION_OF_WORDS) && d.name.startsWith(FINAL_DECLARATION_OF_WORDS)) {
      sittingAfterItsFinalDeclaration(d, bodyMentions, attributions);
      continue;
    }
    let at = d.phrase.indexOf(DECLARATION_OF);
    // "the political declaration of the high-level meeting on ..." (entityScan, declarationsOfMeetings)
    let tailStart = -1;
    let listed = false;
    // ("the declaration of the high-level meeting of the General Assembly on the rule of law ...": a titled declaration printed
    // lowercase, A/RES/80/167 PP11)
    if (at < 0 && d.name.startsWith(DECLARATION_OF)) at = d.phrase.indexOf(DECLARATION_OF_LOWER);
    // ("the political declaration of the third United Nations Ocean Conference" (A/RES/80/145 OP6): a declaration the gazetteer
    // knows by its title, printed as its sitting's; entityScan, knownDeclarationsOfSittings)
    if (at < 0 && d.phrase.startsWith(LOWER_POLITICAL_DECLARATION_OF)) at = LOWER_POLITICAL_DECLARATION_OF.length - DECLARATION_OF_LOWER.length;
    // (or printed as the one its sitting adopted: "Endorses the political declaration adopted by the Third United Nations
    // Conference on Landlocked Developing Countries" (A/RES/80/3 OP1, the Awaza Political Declaration)
    // (the sitting as the agent of the adoption, "adopted by the ...", "approved by the ...": no mention of its own by the clause,
    // as the Assembly of "adopted by the General Assembly" is none; titleSittingRelations)
    let byAgent = false;
    if (at < 0 && d.phrase.startsWith(LOWER_POLITICAL_DECLARATION_ADOPTED_BY)) {
      byAgent = true;
      at = LOWER_POLITICAL_DECLARATION_ADOPTED_BY.length - DECLARATION_OF_LOWER.length;
      tailStart = d.start + LOWER_POLITICAL_DECLARATION_ADOPTED_BY.length - 4; // at "the "
    }
    if (at < 0 && d.name.startsWith(POLITICAL_DECLARATION_OF)) {
      at = d.phrase.indexOf(DECLARATION_OF_LOWER);
      // "the following political declaration approved by the high-level meeting of the General Assembly on ..." (A/RES/73/3 OP0)
      if (at < 0) {
        const by = DECLARATION_BY_RE.exec(d.phrase);
        if (by) {
          byAgent = true;
          at = by.index;
          tailStart = d.start + at + by[0].length - 4; // at "the "
        }
      }
      // "the political declarations of the <meeting> 27 and the <meeting>" (entityScan, declarationsOfMeetings): the first
      // printed after the plural, the second from its own "the "
      if (at < 0) {
        listed = true;
        at = d.phrase.indexOf(DECLARATIONS_OF_LOWER);
        if (at >= 0) tailStart = d.start + at + DECLARATIONS_OF_LOWER.length - 4;
        else if (d.phrase.startsWith('the ')) [at, tailStart] = [0, d.start];
      }
    }
    // "the political declaration adopted at the Nelson Mandela Peace Summit in 2018" (A/RES/79/8 PP13, 78/281 PP9, 78/310 PP7,
    // 78/325 PP2): a title naming the sitting after "adopted at the", printed with a capital ("adopted at the high-level political
    // forum ..." names a body's sitting the title does not key)
    let adoptedAt = false;
    if (at < 0) {
      const a = d.phrase.indexOf(DECLARATION_ADOPTED_AT);
      const first = a >= 0 ? d.phrase.charCodeAt(a + DECLARATION_ADOPTED_AT.length) : 0;
      if (first >= 65 && first <= 90) [at, tailStart, adoptedAt] = [a, d.start + a + DECLARATION_ADOPTED_AT.length - 4, true];
    }
    // "the Declaration of Astana of the Global Conference on Primary Health Care" (A/RES/78/130 PP6): named after its city, then
    // the sitting that adopted it
    if (at < 0) {
      const city = DECLARATION_OF_CITY_OF_THE_RE.exec(d.phrase);
      if (city) [at, tailStart] = [city.index, d.start + city[0].length];
    }
    // "the 2014 outcome document of the high-level meeting of the Assembly on ..." (entityScan, outcomeDocumentsOfMeetings;
    // A/RES/73/3 OP2): the meeting's outcome, as its political declaration is
    if (at < 0 && d.name.startsWith(OUTCOME_DOCUMENT_OF) && d.phrase.startsWith(LOWER_OUTCOME_DOCUMENT_OF)) [at, tailStart] = [0, d.start + LOWER_OUTCOME_DOCUMENT_OF.length - 4];
    if (at < 0 || listed) {
      // (one of the meetings listed by their topics: its declaration prints the topic only, the meeting is read off its name)
      const meeting = meetingOfListedDeclaration(text, ctx, d, bodyMentions, mentions, attributions, added);
      if (meeting !== null) {
        if (meeting !== undefined) (meetings ??= []).push(meeting);
        continue;
      }
    }
    if (at < 0) continue;
    if (tailStart < 0) tailStart = d.start + at + DECLARATION_OF.length - 4; // at "the "
    const meeting = sittingOfDeclaration(text, ctx, d, { at, tailStart, listed, byAgent, adoptedAt }, mentions, attributions, added);
    if (meeting !== undefined) (meetings ??= []).push(meeting);
  }
  return meetings ?? NO_MEETINGS;
}

/**
 * "recalling the political declarations of the 2023 high-level meetings of the General Assembly on pandemic prevention,
 * preparedness and response, on universal health coverage and on the fight against tuberculosis" (A/RES/78/280 PP46; "..., as
 * reflected in its resolutions 78/3, 78/4 and 78/5 of 5 October 2023", 79/263 OP15, 78/262): each listed declaration's meeting,
 * named as the singular prints it ("the political declaration of the high-level meeting on universal health coverage") and keyed
 * with the declaration's year, is mentioned by the clause and ADOPTED its declaration, as sittingOfDeclaration reads one meeting
 * printed in full. Null when `d` is no such listed declaration; undefined
 * when the paragraph mentions its meeting already (its ADOPTED is still drawn).
 */
function meetingOfListedDeclaration(text: string, ctx: RecognizeContext, d: EntityMention, bodyMentions: readonly EntityMention[], mentions: EntityMention[], attributions: Attribution[], added: EntityMention[]): EntityMention | undefined | null {
  if (!d.name.startsWith(HLM_ON, POLITICAL_DECLARATION_OF.length)) return null;
  // (a list whose topics are dated after them: each declaration in it, the second of a topic printed as its year alone)
  const dated = datedListOf(text, d);
  let ofAssembly = dated?.[1];
  let yearBefore: string | undefined;
  if (dated === null) {
    // (the first prints the plural name, the later ones their topic alone: what comes before the phrase's topic is the list)
    const topicAt = d.name.endsWith(d.phrase) ? d.start : d.end - (d.name.length - POLITICAL_DECLARATION_OF.length - HLM_ON.length);
    if (topicAt < d.start || !d.phrase.endsWith(text.slice(topicAt, d.end))) return null;
    const list = LISTED_MEETINGS_BEFORE_RE.exec(text.slice(Math.max(0, topicAt - 400), topicAt));
    if (!list || TOPIC_DATED_AFTER_RE.test(text.slice(d.end, d.end + 16))) return null;
    ofAssembly = list[1];
    yearBefore = LISTED_MEETINGS_YEAR_RE.exec(list[0])?.[1];
  }
  const topic = d.name.slice(POLITICAL_DECLARATION_OF.length + HLM_ON.length);
  const printed = `${ofAssembly ? HLM_OF_ASSEMBLY_ON : HLM_ON}${topic}`;
  const e = findEvents(printed, { body: ctx.body, symbol: ctx.symbol, date: ctx.date, file: ctx.file }).find((o) => o.start === 0 && o.end === printed.length);
  if (e === undefined) return null;
  // (only a list dated by its year or its adopting resolutions: an undated meeting of a topic the Assembly met on twice is merged
  // into one edition by the graph, which would date the declaration by it; it stays undated, accuracy-aud19d, A/RES/79/224 PP7)
  const year = MEETING_YEAR_RE.exec(d.key)?.[1];
  if (year === undefined) return null;
  const known = typeof e.attrs.startDate === 'string' ? e.attrs.startDate.slice(0, 4) : undefined;
  const [key, attrs] = known === year ? [e.key, e.attrs] : [eventKey(e.name, year), { eventKind: e.attrs.eventKind }];
  attributions.push({ type: 'ADOPTED', source: key, target: d.key, phrase: d.phrase, start: d.start, end: d.end });
  // (a year printed before the plural name, "the 2023 high-level meetings", dates each meeting, as it dates one printed so
  // (meetingYearsPrintedBeforeDeclarations); not a year only the adopting resolutions give, 79/263 OP15)
  // (and a year printed after the topic, in a dated list)
  if (dated !== null || yearBefore === year) attributions.push({ type: 'STARTS_ON', source: key, target: `Date:${year}`, phrase: d.phrase, start: d.start, end: d.end });
  if (mentions.some((m) => m.key === key) || bodyMentions.some((m) => m.key === key)) return undefined;
  const mention: EntityMention = { kind: e.kind, key, name: e.name, attrs, phrase: d.phrase, start: d.start, end: d.end, footnote: undefined, nested: true };
  mentions.push(mention);
  added.push(mention);
  return mention;
}

/** the gate of declarationsOfListedMeetings, and the words it reads as the declarations */
const DECLARATIONS_WORDS = 'political declarations';
const THEIR_DECLARATIONS = ` their ${DECLARATIONS_WORDS}`;
const NO_DECLARED_MEETINGS: readonly [EntityMention, EntityMention][] = [];
const ENTITLED_AFTER_DECLARATIONS = ', entitled';
/**
 * "Welcoming also the organization of the 2023 high-level meetings of the General Assembly on A, on B and on C and the 2024
 * high-level meeting of the General Assembly on D, and recalling their political declarations" (A/RES/79/287 PP9; 79/2 annex OP11,
 * 80/153): one declaration per dated high-level meeting the clause before names (two at least), keyed as "the political
 * declaration of the <meeting>" is (entityScan, declarationsOfMeetings), the later clause's object, ADOPTED by its meeting
 * (lead's ruling, session 64). The declarations are pushed to `mentions`; returned with their meetings.
 */
function declarationsOfListedMeetings(text: string, clauses: readonly Clause[], mentions: EntityMention[]): readonly [EntityMention, EntityMention][] {
  const start = text.indexOf(THEIR_DECLARATIONS) + THEIR_DECLARATIONS.length - DECLARATIONS_WORDS.length;
  // (not declarations named by their titles after the words: "and reaffirming their political declarations, entitled “...”", A/RES/80/176 PP12)
  if (text.startsWith(ENTITLED_AFTER_DECLARATIONS, start + DECLARATIONS_WORDS.length)) return NO_DECLARED_MEETINGS;
  const at = clauses.findIndex((c) => c.start <= start && start < c.end);
  if (at < 1) return NO_DECLARED_MEETINGS;
  const prev = clauses[at - 1]!;
  const meetings = mentions.filter((m) => m.kind === 'Event' && m.footnote === undefined && m.start >= prev.start && m.end <= clauses[at]!.start && HLM_NAME_RE.test(m.name) && typeof m.attrs.startDate === 'string');
  if (meetings.length < 2) return NO_DECLARED_MEETINGS;
  const out: [EntityMention, EntityMention][] = [];
  for (const meeting of meetings) {
    const name = declarationName(meeting.name);
    // (the year keys it, as the declaration printed with its meeting's year; the node keeps no attribute of it)
    const key = namedKey('Framework', name, { qualifier: (meeting.attrs.startDate as string).slice(0, 4) });
    const d: EntityMention = { kind: 'Framework', key, name, attrs: {}, phrase: DECLARATIONS_WORDS, start, end: start + DECLARATIONS_WORDS.length };
    mentions.push(d);
    out.push([meeting, d]);
  }
  return out;
}

/** the place of a declaration's sitting in its mention's phrase, as sittingsOfDeclarations read it */
interface DeclarationSittingAt {
  /** where the words naming the declaration begin in the phrase */
  at: number;
  /** where the sitting's name begins in the text */
  tailStart: number;
  /** one of "the political declarations of the <meeting> and the <meeting>" */
  listed: boolean;
  /** "adopted by the <sitting>": the sitting is the agent, no mention of the clause's own */
  byAgent: boolean;
  /** "adopted at the <Sitting>" */
  adoptedAt: boolean;
}

/**
 * "the high-level meeting on ..., held in New York on 27 September 2018, and its political declaration" (entityScan,
 * declarationsAfterMeetings): the meeting named before it adopted it. Apart from sittingsOfDeclarations' loop, as the rare rules
 * below: the loop over every framework compiles small (spd53a).
 */
function meetingBeforeItsDeclaration(text: string, d: EntityMention, bodyMentions: readonly EntityMention[], attributions: Attribution[]): void {
  const topic = d.name.slice(d.name.indexOf(' on ') + 1);
  // (a named summit's, "Political declaration adopted at the Nelson Mandela Peace Summit": that summit, A/RES/78/277 PP30)
  const summit = d.name.startsWith(DECLARATION_ADOPTED_AT_THE) ? d.name.slice(DECLARATION_ADOPTED_AT_THE.length) : undefined;
  let meeting: EntityMention | undefined;
  for (let j = 0; j < bodyMentions.length; j++) {
    const e = bodyMentions[j]!;
    if (summit !== undefined) {
      if (e.kind === 'Event' && e.end <= d.start && e.name === summit) meeting = e;
      continue;
    }
    // (the meeting "on the midterm review of the implementation of the Sendai Framework ...", its declaration the gazetteer's "...
    // on the midterm review of the Sendai Framework ...": A/RES/80/138 PP11)
    if (e.kind === 'Event' && e.end <= d.start && (e.name.endsWith(topic) || e.name.replace(REVIEW_OF_IMPLEMENTATION, REVIEW_OF).endsWith(topic))) meeting = e;
  }
  if (meeting) attributions.push({ type: 'ADOPTED', source: meeting.key, target: d.key, phrase: text.slice(meeting.start, d.end), start: meeting.start, end: d.end });
}

/** how far after "outcome document" the titled sitting's mention may start: " of the international conference entitled " */
const TITLED_SITTING_REACH = 90;
/**
 * "the outcome document of the international conference entitled “Dialogue is a Guarantee of Peace”, held in Ashgabat on 11
 * December 2022" (A/RES/78/277 PP28, 79/321): the titled sitting the outcome is named after, its own mention right after the words,
 * ADOPTED it.
 */
function titledSittingAfterItsOutcome(text: string, d: EntityMention, bodyMentions: readonly EntityMention[], attributions: Attribution[]): void {
  const title = d.name.slice(OUTCOME_DOCUMENT_OF_TITLE.length);
  const sitting = bodyMentions.find((e) => e.kind === 'Event' && e.start >= d.end && e.start - d.end <= TITLED_SITTING_REACH && e.name === title);
  if (sitting) attributions.push({ type: 'ADOPTED', source: sitting.key, target: d.key, phrase: text.slice(d.start, sitting.end), start: d.start, end: sitting.end });
}

const REVIEW_OF_IMPLEMENTATION = 'review of the implementation of the ';
const REVIEW_OF = 'review of the ';

/** a declaration printed as the words before its meeting's own mention: "the Declaration of the <meeting>" */
const DECLARATION_OF_WORDS = 'Declaration of the';
/**
 * "the Declaration of the commemorative high-level plenary meeting devoted to the follow-up to the outcome of the special session
 * on children, held in New York from 11 to 13 December 2007" (A/RES/78/187 PP14, 80/190 PP14): the meeting printed right after
 * the words, which keeps its venue and dates, ADOPTED the declaration named after it.
 */
function meetingAfterItsDeclaration(d: EntityMention, bodyMentions: readonly EntityMention[], attributions: Attribution[]): void {
  const meeting = bodyMentions.find((e) => e.kind === 'Event' && e.start === d.end + 1 && d.name === `${DECLARATION_OF}${e.name}`);
  if (meeting) attributions.push({ type: 'ADOPTED', source: meeting.key, target: d.key, phrase: `${d.phrase} ${meeting.phrase}`, start: d.start, end: meeting.end });
}

/**
 * "the declaration of the twenty-fourth annual Ministerial Meeting of Landlocked Developing Countries held at United Nations
 * Headquarters on 26 September 2025" (A/RES/80/151 PP21): the meeting printed right after the declaration's words ADOPTED it.
 */
function ministerialMeetingAfterItsDeclaration(d: EntityMention, bodyMentions: readonly EntityMention[], attributions: Attribution[]): void {
  const meeting = bodyMentions.find((e) => e.kind === 'Event' && e.start === d.end + 1 && d.name.endsWith(` ${e.name}`));
  if (meeting) attributions.push({ type: 'ADOPTED', source: meeting.key, target: d.key, phrase: `${d.phrase} ${meeting.phrase}`, start: d.start, end: meeting.end });
}

const FINAL_DECLARATION_OF_WORDS = 'final declaration of the';
/** "the final declaration of the <sitting>": the sitting printed right after the words ADOPTED it (its name as printed in the title) */
function sittingAfterItsFinalDeclaration(d: EntityMention, bodyMentions: readonly EntityMention[], attributions: Attribution[]): void {
  const sitting = bodyMentions.find((e) => e.kind === 'Event' && e.start === d.end + 1);
  if (sitting) attributions.push({ type: 'ADOPTED', source: sitting.key, target: d.key, phrase: `${d.phrase} ${sitting.phrase}`, start: d.start, end: sitting.end });
}

/**
 * The sitting a declaration's title names (sittingsOfDeclarations, for a title it found the sitting's place in): added to the
 * paragraph's mentions as the declaration's adopter; returned when it is a meeting the clause's verb takes too. A function of
 * its own: few frameworks get here, and its cases, first met late, no longer throw away the loop's compiled code (spd53a).
 */
function sittingOfDeclaration(text: string, ctx: RecognizeContext, d: EntityMention, sittingAt: DeclarationSittingAt, mentions: EntityMention[], attributions: Attribution[], added: EntityMention[]): EntityMention | undefined {
  const { at, tailStart, listed, byAgent, adoptedAt } = sittingAt;
  const tail = text.slice(tailStart, d.end);
  // a context of its own: the recognisers keep per-resolution state keyed by the context object (names seen, series
  // of sittings), and a second reading of words already read must not change how later paragraphs are keyed
  for (const e of findEvents(tail, { body: ctx.body, symbol: ctx.symbol, date: ctx.date, file: ctx.file })) {
    // the whole rest of the title, not a sitting named inside it ("... of the Parties to the Convention on ...")
    // (the meeting's ordinal or year before it: "the political declaration of the third high-level meeting of the General
    // Assembly on ...", A/RES/79/263 OP15)
    if ((e.start > 4 && !(e.start < 16 && ORDINAL_OR_YEAR_GAP_RE.test(tail.slice(0, e.start)))) || e.end !== tail.length) continue;
    // (a meeting's declaration keyed with its year, "... (2023)": the meeting of that year, as its dated mentions are keyed)
    const lower = listed || d.phrase.charCodeAt(at) === 100 /* d */ || d.phrase.charCodeAt(at) === 111; /* o: outcome document */
    const year = lower ? MEETING_YEAR_RE.exec(d.key) : null;
    let key = year && !e.attrs.startDate ? eventKey(e.name, year[1]) : e.key;
    // (the sitting's year printed after the title: keyed as "the Nelson Mandela Peace Summit in 2018" is)
    const yearAfter = adoptedAt && !e.attrs.startDate ? IN_YEAR_AFTER_RE.exec(text.slice(d.end, d.end + 12)) : null;
    if (yearAfter) key = eventKey(e.name, yearAfter[1]);
    // "the Final Declaration of the Third Review Conference of the Parties to the Convention on ... (Biological) and Toxin
    // Weapons ..., later amended by the Final Declaration of the Seventh Review Conference" (A/RES/78/67, 79/78, 80/71 PP4):
    // read alone, the short name is keyed with the resolution; it is a sitting of the instrument the one named before served
    let name = e.name;
    // "the political declaration of the high-level meeting on the midterm review" read as the review named in full before
    // (entityScan, highLevelMeetingsNamedBefore; A/RES/79/205 OP76): the meeting is that review's, as the declaration is
    if (d.name.length > POLITICAL_DECLARATION_OF.length + e.name.length + 4 && d.name.startsWith(e.name, POLITICAL_DECLARATION_OF.length) && d.name.startsWith(' of ', POLITICAL_DECLARATION_OF.length + e.name.length)) {
      name = d.name.slice(POLITICAL_DECLARATION_OF.length);
      key = eventKey(name, year?.[1]);
    } else if (e.name.includes(ON_ITS) && d.name.startsWith(POLITICAL_DECLARATION_OF)) {
      // "the political declaration of the high-level meeting on its midterm review" with the instrument "its" stands for
      // found (entityScan, reviewedInstrumentDeclaration; A/RES/78/141 OP22): the meeting is that review's, read by its
      // full name as the paragraphs that print it read it
      const full = d.name.slice(POLITICAL_DECLARATION_OF.length);
      const own = findEvents(full, { body: ctx.body, symbol: ctx.symbol, date: ctx.date, file: ctx.file }).find((o) => o.start === 0 && o.end === full.length);
      if (own !== undefined) [name, key] = [own.name, own.key];
    }
    const of = ctx.symbol && key.endsWith(`(${ctx.symbol})`) ? sittingOfInstrumentBefore(e.name, key, mentions, tailStart) : undefined;
    if (of) [key, name] = of;
    const seen = mentions.find((m) => m.key === key);
    if (seen !== undefined) {
      // (a meeting the paragraph named before still adopted the declaration named after it: A/RES/78/159 PP13; so did one
      // its footnote names, "the Incheon Declaration of the World Education Forum 2015,5" with "Final Report of the World
      // Education Forum 2015, Incheon, ..." in footnote 5, A/RES/78/156 PP14)
      if (lower || seen.footnote !== undefined) attributions.push({ type: 'ADOPTED', source: key, target: d.key, phrase: text.slice(d.start, d.end), start: d.start, end: d.end });
      return undefined;
    }
    mentions.push({ kind: e.kind, key, name, attrs: e.attrs, phrase: e.phrase, start: e.start + tailStart, end: e.end + tailStart, footnote: undefined, nested: true });
    if (!byAgent) added.push(mentions[mentions.length - 1]!);
    attributions.push({ type: 'ADOPTED', source: key, target: d.key, phrase: text.slice(d.start, d.end), start: d.start, end: d.end });
    // (so is the sitting of a title printed with a capital when "held in/on ..." follows the title: a declaration is not held,
    // "the Declaration of the Seventh Congress of the Leaders of World and Traditional Religions, held in Astana on 14 and 15
    // September 2022", A/RES/79/321 PP28, 78/277 PP28)
    if (lower || HELD_AFTER_NAME_RE.test(text.slice(d.end, d.end + 24))) return mentions[mentions.length - 1]!;
    return undefined;
  }
  return undefined;
}
const NO_MEETINGS: EntityMention[] = [];

/**
 * The sittings a declaration's title names (sittingsOfDeclarations) are mentioned by the clause that names the declaration:
 * "Further reaffirm the 2016 political declaration of the high-level meeting of the General Assembly on antimicrobial
 * resistance" (A/RES/73/3 OP2) reaffirms the meeting too, as "the Addis Ababa Action Agenda of the Third International
 * Conference on Financing for Development" names its conference and the hand golds count it (A/RES/79/1 OP20, 78/259 PP4: the
 * Sustainable Development Goals Summit of "the political declaration of the ... Summit"). Not the sitting printed as the adopting
 * agent ("Endorses the political declaration adopted by the Third United Nations Conference on ...", A/RES/80/3 OP1; sittingsOfDeclarations
 * leaves it out), nor under "Adopts" (the declaration only).
 */
function titleSittingRelations(text: string, clauses: Clause[], sittings: readonly EntityMention[], relations: VerbRelation[]): void {
  const named: EntityMention[] = sittings.map(({ nested: _nested, ...m }) => m);
  for (const r of verbRelations(text, named, clauses, NO_SPANS)) {
    if (r.type === 'ADOPTS' || relations.some((o) => o.clause === r.clause && o.type === r.type && o.target === r.target)) continue;
    relations.push(r);
  }
}

/** The most letters between a decision's number and the sitting named after it: " of the " */
const DECISION_OF_SITTING_GAP = 8;

/**
 * "decision 1 of the Fifth Review Conference of the High Contracting Parties to the Convention", "decision 1 of the Sixth
 * Review Conference" (A/RES/78/64 OP8, 79/75, 80/68): the cited body is the sitting printed after the number, a body we do
 * not key, known only as printed ("the Convention", or nothing). The Event read there is keyed with its instrument
 * ("Sixth Review Conference (Convention on Certain Conventional Weapons)"): the decision takes that name as its body, so the
 * two printings of one conference are one body, and not another treaty's conference of that ordinal.
 */
function decisionsOfQualifiedSittings(mentions: EntityMention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const r = mentions[i]!;
    if (r.kind !== 'Resolution' || r.footnote || typeof r.attrs.body !== 'string' || typeof r.attrs.number !== 'string') continue;
    const body = r.attrs.body;
    // (only a sitting SITTING_OF_INSTRUMENT_RE may key: most cited bodies are the Assembly's, the Council's)
    if (!body.includes(' Review Conference') && !body.includes(' Meeting of ')) continue;
    for (const e of mentions) {
      if (e.kind !== 'Event' || e.start < r.end || e.start > r.end + DECISION_OF_SITTING_GAP || e.phrase !== body || e.footnote) continue;
      const q = SITTING_OF_INSTRUMENT_RE.exec(e.key);
      if (!q) break;
      const sitting = e.key.slice(EVENT_PREFIX.length);
      const instrument = r.attrs.instrument === 'decision' ? 'decision' : 'resolution';
      const symbol = `${sitting} ${instrument} ${r.attrs.number}`;
      // (the literal of the recognisers' mentions, r's own fields: a spread copy got a map of its own, which A/RES/78/64 OP8,
      // 290 files into corpus-ga, brought to eight compiled functions of the entities worker at once, "wrong map")
      mentions[i] = { kind: r.kind, key: nodeKey('Resolution', symbol), name: symbol, attrs: { ...r.attrs, symbol, body: sitting }, phrase: r.phrase, start: r.start, end: r.end };
      break;
    }
  }
}

/** "<Ordinal> Review Conference (<instrument>)": a numbered parties' sitting keyed with its instrument (entityScan's partiesSittingKey). */
const SITTING_OF_INSTRUMENT_RE = /^Event:[A-Z][a-z]+(?:-[a-z]+)? (Review Conference|Meeting of (?:the )?States Parties|Meeting of the Parties) \((?![AES]\/)(.+)\)$/;
/**
 * The key and name of `name` (a bare "<Ordinal> Review Conference", keyed `key` with the resolution) as a sitting of the instrument
 * whose sitting of the same kind the paragraph named before `before` (the last in the list), if any.
 */
function sittingOfInstrumentBefore(name: string, key: string, mentions: readonly EntityMention[], before: number): [string, string] | undefined {
  const space = name.indexOf(' ');
  const head = name.slice(space + 1);
  if (!key.startsWith(`Event:${name} (`)) return undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const o = mentions[i]!;
    const m = o.kind === 'Event' && o.start < before ? SITTING_OF_INSTRUMENT_RE.exec(o.key) : null;
    if (!m || m[1] !== head) continue;
    // (named as the text names the other: "Seventh Review Conference of the Parties to the Convention on ...")
    const full = o.name.slice(o.name.indexOf(' ') + 1).startsWith(`${head} `) ? `${name.slice(0, space)}${o.name.slice(o.name.indexOf(' '))}` : name;
    return [`Event:${name} (${m[2]})`, full];
  }
  return undefined;
}

/**
 * "in the margins of the International Telecommunication Union Artificial Intelligence for Good Global Summit in Geneva, in 2026"
 * (A/RES/79/325 OP6): the body printed right before a sitting's name is the owner the name names (SESSION_OF, whose span opens
 * at the body: ownerNamedWithAttributions), no target of the clause's verb of its own, as the body inside "the twenty-sixth
 * session of the Commission on ..." is not (nested). The body's verb relation from that printing only: named again, it stays.
 */
function withoutOwnersPrintedBeforeSittings(relations: VerbRelation[], attributions: readonly Attribution[]): void {
  for (const a of attributions) {
    if (a.type !== 'SESSION_OF') continue;
    for (let i = relations.length - 1; i >= 0; i--) {
      const r = relations[i]!;
      if (r.target === a.target && r.start === a.start && r.end < a.end && r.footnote === undefined) relations.splice(i, 1);
    }
  }
}

/**
 * "the oral report of the Chair of the Working Group of the Sixth Committee on its work" (A/RES/79/129 PP35, 78/115, 80/171): the
 * post replaced its body (withOfficerPosts), an organ printed with its owner. The organ is still named: a mention (nested, the
 * verb is the post's), PART_OF the owner printed inside its name; the post itself gets neither PART_OF nor LEADS (lead's ruling,
 * session 53: officers get no LEADS of the body they preside). Adds the organs to `nested`, their PART_OF to `parts`.
 */
function organsOfPostsWithOwners(text: string, bodies: readonly EntityMention[], nested: EntityMention[], parts: Attribution[]): void {
  for (const body of bodies) {
    if (body.footnote !== undefined) continue;
    const owner = nested.find((n) => n.kind === 'Organization' && n.start > body.start && n.end === body.end && n.key !== body.key && OWNER_OF_GAP_RE.test(text.slice(body.start, n.start)));
    if (owner === undefined) continue;
    // (a literal with every field of a mention, as nestedOrganizations makes them)
    nested.push({ kind: body.kind, key: body.key, name: body.name, attrs: body.attrs, phrase: body.phrase, start: body.start, end: body.end, footnote: body.footnote, nested: true });
    parts.push({ type: 'PART_OF', source: body.key, target: owner.key, phrase: body.phrase, start: body.start, end: body.end });
  }
}

/**
 * "the third meeting of the Coordination Group" (A/RES/78/228 PP21): the body inside the sitting's name comes back as a
 * nested mention keyed with whose it is ("Coordination Group (A/RES/78/228)"); the sitting's SESSION_OF, read from the
 * name alone, names that node too, not a bare "Coordination Group" no mention has.
 */
function ownersAsNested(attributions: Attribution[], nested: readonly EntityMention[]): void {
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i]!;
    // (the body is ORGANIZES's source and SESSION_OF's target)
    if (a.type === 'ORGANIZES') {
      const source = qualifiedAsMentioned(a.source, nested);
      if (source !== a.source && !attributions.some((b) => b.type === a.type && b.source === source && b.target === a.target)) attributions[i] = { type: a.type, source, target: a.target, phrase: a.phrase, start: a.start, end: a.end };
    } else if (a.type === 'SESSION_OF') {
      const target = qualifiedAsMentioned(a.target, nested);
      // (literals of findAttributions' field order, not spread copies: a copy got a map of its own, and A/RES/79/117 OP7's,
      // 348 files into corpus-ga, threw away the entities worker's compiled planResolution and yearsOfFullyDatedEvents)
      if (target !== a.target && !attributions.some((b) => b.type === a.type && b.source === a.source && b.target === target)) attributions[i] = { type: a.type, source: a.source, target, phrase: a.phrase, start: a.start, end: a.end };
    }
  }
}

/** between an organ's name (or the owner before) and the owner printed inside its mention: " of the ", " of " */
const OWNER_OF_GAP_RE = /\sof\s+(?:the\s+)?$/;
/** an organ's topic: "Working Group on the ..." */
const TOPIC_ON_RE = /\son\s/;
/**
 * "the Caribbean Sea Commission of the Association of Caribbean States" (A/RES/79/204 OP4), "the Intergovernmental Coordination
 * Group for ... the Caribbean and Adjacent Regions of the Intergovernmental Oceanographic Commission" (OP26), "the Division for
 * Ocean Affairs and the Law of the Sea of the Office of Legal Affairs of the Secretariat" (PP10): an organ whose mention prints
 * its owner after " of the " is PART_OF it (the owner comes back as a nested mention, which findAttributions does not read);
 * each later owner in the chain is PART_OF the one after it.
 */
function organsOfNestedOwners(text: string, kept: readonly EntityMention[], nested: readonly EntityMention[], attributions: Attribution[]): void {
  // (and an organ nested in its own sitting's name, its owner printed after it: "the 108th session of the Executive Council of the
  // Organisation for the Prohibition of Chemical Weapons" (A/RES/80/224 PP16): the Council PART_OF the OPCW, as printed alone)
  const organsInSittings = nested.filter((n) => n.kind === 'Organization' && kept.some((k) => k.kind === 'Event' && k.start < n.start && n.end <= k.end));
  // (or its owner printed right after the sitting's name, which ends with the organ's: "the second session of the United Nations
  // Habitat Assembly of the United Nations Human Settlements Programme (UN-Habitat)" (A/RES/79/221 PP6, 78/164 PP6): the Assembly
  // PART_OF UN-Habitat, as the Council of the OPCW is); not an organ whose name prints its own owner ("the first session of the
  // Subcommittee on Fisheries Management of the Committee on Fisheries of the Food and Agriculture Organization", A/RES/78/68 PP28:
  // the Committee's owner follows)
  for (const organ of organsInSittings) {
    if (organ.name.includes(OF_THE)) continue;
    const sitting = kept.find((k) => k.kind === 'Event' && k.start < organ.start && organ.end === k.end);
    if (sitting === undefined || !text.startsWith(SITTING_OWNER_GAP, sitting.end) || OFFICER_OR_OFFICE_RE.test(organ.name)) continue;
    const owner = kept.find((k) => k.kind === 'Organization' && k.start === sitting.end + SITTING_OWNER_GAP.length);
    if (owner !== undefined && owner.key !== UNITED_NATIONS_KEY && owner.key !== organ.key) partOfOnce(attributions, organ.key, owner.key, text.slice(organ.start, owner.end), organ.start, owner.end);
  }
  for (const outer of organsInSittings.length ? [...kept, ...organsInSittings] : kept) {
    // (not an officer or office; but a special procedure is its body's mechanism: "the report of the Special Rapporteur of the
    // Human Rights Council on the negative impact of ...", A/RES/78/202 OP23, 18 texts; "... of the International Law Commission")
    if (outer.kind !== 'Organization' || (OFFICER_OR_OFFICE_RE.test(outer.name) && !MANDATE_HOLDER_RE.test(outer.name))) continue;
    if (outer.name.startsWith(ORGANIZING_COMMITTEE_OF_THE)) {
      for (const n of nested) if (isOrganizingCommitteeOf(outer, n) && !attributions.some((a) => a.type === 'ORGANIZES' && a.source === outer.key && a.target === n.key)) attributions.push({ type: 'ORGANIZES', source: outer.key, target: n.key, phrase: text.slice(outer.start, n.end), start: outer.start, end: n.end });
      continue;
    }
    let part: EntityMention = outer;
    for (const n of nested) {
      // (a sitting owns an organ named after it as a body does: isOrganOfSitting)
      if (n.kind === 'Framework' && isPartiesInstrument(outer, n, text.slice(outer.start, n.start))) {
        partOfOnce(attributions, outer.key, n.key, text.slice(outer.start, n.end), outer.start, n.end);
        continue;
      }
      if ((n.kind !== 'Organization' && !(n.kind === 'Event' && n.end === outer.end)) || n.start <= outer.start || n.end > outer.end || n.start < part.start) continue;
      // (a footnote's mention counts its offsets in the note, not in the paragraph: "the General Assembly" of "4 The Conference of
      // the Committee on Disarmament became ... as from the tenth special session of the General Assembly" fell, by its offsets,
      // inside "the Conference of the Committee on Disarmament,4" of the text and read as its owner, A/RES/78/49 PP4, 80/26)
      if (n.footnote?.mark !== outer.footnote?.mark) continue;
      if (!OWNER_OF_GAP_RE.test(text.slice(Math.max(part === outer ? outer.start : part.end, n.start - 8), n.start))) continue;
      // ("the Working Group on the Financing of the United Nations Relief and Works Agency ...", A/RES/78/73 OP11: the body
      // named in the organ's topic, not its owner)
      // (unless the organ is keyed with its owner and no topic: "the Independent Permanent Commission on Human Rights of the
      // Organization of Islamic Cooperation", A/RES/79/9 PP21, is keyed "Independent Permanent Human Rights Commission of ...")
      if (TOPIC_ON_RE.test(text.slice(outer.start, n.start)) && (TOPIC_ON_RE.test(outer.name) || !outer.name.endsWith(n.name))) break;
      if (part !== outer && !OWNER_OF_GAP_RE.test(text.slice(part.end, n.start))) continue;
      if (n.key !== part.key) partOfOnce(attributions, part.key, n.key, text.slice(outer.start, n.end), outer.start, n.end);
      part = n;
    }
  }
}

/**
 * "calls upon Member States ... to follow up on the recommendations of the Subcommittee on Accreditation of the Global Alliance of
 * National Human Rights Institutions" (A/RES/78/204 OP21, OP22), "the General Conference of the International Atomic Energy
 * Agency", "the Executive Board of the International Monetary Fund": an organ whose name the gazetteer holds whole, its owner
 * printed at its end after " of (the) " (a nested mention, PART_OF read above). The clause mentions the owner as it does one
 * printed after an organ's name the scan reads apart ("the Working Group on Education of the Broadband Commission", aud41f gold;
 * "the Steering Committee of the International Conference on the Former Yugoslavia", aud44d gold): a target of each of the
 * organ's verb relations. Not an officer or office (OFFICER_OR_OFFICE_RE), nor a sitting's owner (SESSION_OF, no PART_OF).
 */
function ownersOfOrgansAsTargets(text: string, kept: readonly EntityMention[], mentions: EntityMention[], attributions: readonly Attribution[], relations: VerbRelation[]): void {
  for (const a of attributions) {
    if (a.type !== 'PART_OF' || !a.source.startsWith(ORGANIZATION_PREFIX) || !a.target.startsWith(ORGANIZATION_PREFIX)) continue;
    const organ = kept.find((k) => k.key === a.source && k.kind === 'Organization' && k.footnote === undefined);
    if (organ === undefined || OFFICER_OR_OFFICE_RE.test(organ.name)) continue;
    // (not an organ the paragraph names as a sitting's owner: "noting ... the meetings of the Council of Heads of State of the
    // Shanghai Cooperation Organization, including the twenty-fourth meeting", A/RES/79/332 PP12, aud46d gold: no verb edge for it)
    if (attributions.some((b) => b.type === 'SESSION_OF' && b.target === organ.key)) continue;
    // (the owner's name printed at the end of the organ's, after " of (the) ": not an acronym, not a possessive before it)
    const ownerName = a.target.slice(ORGANIZATION_PREFIX.length);
    // (not the United Nations, nor an office read as the owner, as ownerOfOrgan has it: "the Codification Division of the Office
    // of Legal Affairs", A/RES/78/272 OP13)
    if (a.target === UNITED_NATIONS_KEY || OFFICER_OR_OFFICE_RE.test(ownerName)) continue;
    let start = ownerPrintedAt(text, organ, ownerName);
    let end = organ.end;
    // (or its full name printed first, "<owner> <organ words>": "the decision of the Association of Southeast Asian Nations
    // Political-Security Community Council" (A/RES/78/39 OP1, aud46b gold), "noting the Global Alliance of National Human Rights
    // Institutions Caucus on ..." (78/204 PP12, aud46c), "the United Nations Commission on International Trade Law Regional Centre
    // for Asia and the Pacific" (78/103 OP12, aud46d): the owner is named as much as after " of the ")
    // (as printed: the organ may be keyed by its gazetteer name, "Internet Governance Forum Leadership Panel" by "Leadership Panel of
    // the Internet Governance Forum", A/DEC/80/524, aud45b gold)
    if (start < 0 && organ.end > organ.start + ownerName.length + 1 && text.charCodeAt(organ.start + ownerName.length) === 32 && text.startsWith(ownerName, organ.start)) {
      start = organ.start;
      end = organ.start + ownerName.length;
    }
    if (start < 0) continue;
    const count = relations.length;
    let related = false;
    for (let i = 0; i < count; i++) {
      const r = relations[i]!;
      // (the clause that prints the organ's mention: not a later pronoun for it, "and requests it to continue", A/RES/78/73 OP10)
      if (r.target !== organ.key || r.footnote !== undefined || r.start !== organ.start) continue;
      related = true;
      if (relations.some((o) => o.clause === r.clause && o.type === r.type && o.target === a.target)) continue;
      relations.push({ type: r.type, target: a.target, clause: r.clause, verb: r.verb, phrase: text.slice(start, end), start, end, footnote: undefined });
    }
    // (the paragraph mentions it: a nested mention, as nestedOrganizations gives one the scan met)
    if (related && !mentions.some((m) => m.key === a.target)) {
      mentions.push({ kind: 'Organization', key: a.target, name: ownerName, attrs: {}, phrase: text.slice(start, end), start, end, footnote: undefined, nested: true });
    }
  }
}

/** right before an owner printed without an article at the end of a programme's name (ownersEndingInitiativesAsTargets) */
const OF_BEFORE = ' of ';
const INITIATIVE_PREFIX = 'Initiative:';
/**
 * "the Sixth Assessment Report of the Intergovernmental Panel on Climate Change" (A/RES/78/321 PP9, 79/198 PP7), "the Regional
 * Programme to Combat Sand and Dust Storms of the United Nations Environment Programme" (78/158 PP14): a programme or report
 * series keyed with the body that runs it printed in its name, at its end after " of (the) " (LEADS, ownerNamedWithAttributions).
 * The clause mentions that body as it does one printed after a programme's shorter name ("the Global Programme on Preventing and
 * Countering Terrorism (2022–2027) of the United Nations Office on Drugs and Crime", 78/226 PP19) or first in it
 * (ownerOpeningInitiative), and as it does a report's author: a target of each of the programme's verb relations. Not the United
 * Nations, the resolution's own body, an officer or office (as ownersOfOrgansAsTargets).
 */
function ownersEndingInitiativesAsTargets(text: string, ctx: RecognizeContext, kept: readonly EntityMention[], mentions: EntityMention[], attributions: readonly Attribution[], relations: VerbRelation[]): void {
  for (const a of attributions) {
    if (a.type !== 'LEADS' || !a.source.startsWith(ORGANIZATION_PREFIX) || !a.target.startsWith(INITIATIVE_PREFIX) || a.source === UNITED_NATIONS_KEY) continue;
    const ownerName = a.source.slice(ORGANIZATION_PREFIX.length);
    if (ownerName === ctx.body || OFFICER_OR_OFFICE_RE.test(ownerName)) continue;
    let related = false;
    let printedAt = -1;
    for (const initiative of kept) {
      if (initiative.key !== a.target || initiative.footnote !== undefined) continue;
      const start = ownerPrintedInInitiative(text, initiative, ownerName);
      if (start < 0) continue;
      const count = relations.length;
      for (let i = 0; i < count; i++) {
        const r = relations[i]!;
        // (the clause that prints the programme's mention, not a later pronoun for it)
        if (r.target !== initiative.key || r.footnote !== undefined || r.start !== initiative.start) continue;
        related = true;
        printedAt = start;
        if (relations.some((o) => o.clause === r.clause && o.type === r.type && o.target === a.source)) continue;
        relations.push({ type: r.type, target: a.source, clause: r.clause, verb: r.verb, phrase: ownerName, start, end: start + ownerName.length, footnote: undefined });
      }
    }
    // (the paragraph mentions it: a nested mention, as ownersOfOrgansAsTargets gives one)
    if (related && !mentions.some((m) => m.key === a.source)) {
      mentions.push({ kind: 'Organization', key: a.source, name: ownerName, attrs: {}, phrase: ownerName, start: printedAt, end: printedAt + ownerName.length, footnote: undefined, nested: true });
    }
  }
}

/**
 * Where the body `ownerName` is printed in the programme's mention (-1 when it is not): at its end after " of (the) ", or at its
 * start before the programme's own words ("the synthesis report of the Intergovernmental Panel on Climate Change sixth
 * assessment report", A/RES/78/144 PP12, 80/133 PP14, keyed as the Panel's Sixth Assessment Report).
 */
function ownerPrintedInInitiative(text: string, initiative: EntityMention, ownerName: string): number {
  const atEnd = initiative.end - ownerName.length;
  if (atEnd > initiative.start && text.startsWith(ownerName, atEnd) && (text.endsWith(OF_THE_BEFORE, atEnd) || text.endsWith(OF_BEFORE, atEnd))) return atEnd;
  const afterOwner = initiative.start + ownerName.length;
  if (afterOwner < initiative.end && text.charCodeAt(afterOwner) === 32 && text.startsWith(ownerName, initiative.start)) return initiative.start;
  return -1;
}

/**
 * Where the owner `ownerName` is printed at the end of the organ's mention, after " of (the) " (-1 when it is not): by its name,
 * or by the one word of it the text refers back with ("the Advisory Commission of the Agency", A/RES/78/73 OP10, 80/77 OP37:
 * "Agency" in the United Nations Relief and Works Agency's name).
 */
function ownerPrintedAt(text: string, organ: EntityMention, ownerName: string): number {
  let start = organ.end - ownerName.length;
  if (start <= organ.start || !text.startsWith(ownerName, start)) {
    const at = text.lastIndexOf(' ', organ.end - 1) + 1;
    const word = text.slice(at, organ.end);
    // (after " of the " only: "the Agency", not a word of the organ's own name, "the World Health Organization Commission on Social
    // Determinants of Health", A/RES/79/287 PP26)
    if (at <= organ.start || !text.endsWith(OF_THE, at) || !isAsciiCapital(word.charCodeAt(0)) || !(ownerName.includes(` ${word} `) || ownerName.endsWith(` ${word}`))) return -1;
    start = at;
  }
  return OWNER_OF_GAP_RE.test(text.slice(Math.max(organ.start, start - 8), start)) ? start : -1;
}

// extractParagraphWithReferences is cut in three (its footnotes, its verb relations and the rest) so that TurboFan
// compiles three small functions rather than one with all of them inlined: a deopt in one (a footnote's nested
// organization is a late branch) recompiles that part only. As one, it was compiled three times per cold pass.

/**
 * Per resolution (its context): the documents and resolutions the last footnote read cited (none when it cited neither), for
 * an "Ibid." after it that prints no symbol of its own ("1 Official Records ..., Supplement No. 27 (A/79/27)." then, under
 * a later paragraph, "2 Ibid., para. 10.", A/RES/79/71 PP11): the same work is cited again.
 */
const lastFootnoteWorks = new WeakMap<RecognizeContext, EntityMention[]>();
const IBID_RE = /^\s*(?:\d{1,3}\s+)?Ibid\./;
const SEE_ALSO_AFTER_IBID = '; see also ';
/**
 * "9 Ibid., chap. II, sect. C; see also A/AC.105/1285." under "7 Official Records ..., Supplement No. 20 (A/78/20)." (A/RES/78/72
 * OP3; 79/87, 80/76 the same with "Ibid., para. 350; see also resolution 79/1, action 56."): the "Ibid." cites the work before
 * again, the documents after "see also" are further works of their own. Not "Ibid., Sixty-second Session, Supplement No. 20
 * (A/62/20)": a symbol before the "; see also" is the work the "Ibid." part names.
 */
function ibidBeforeSeeAlso(text: string, works: readonly EntityMention[]): RegExpExecArray | null {
  const seeAlso = text.indexOf(SEE_ALSO_AFTER_IBID);
  if (seeAlso < 0 || works.some((w) => w.start < seeAlso)) return null;
  return IBID_RE.exec(text);
}
const VOL_AFTER_IBID = ', vol. ';
const NO_IN_NOTE = ', No. ';
/** "Ibid., vol. 1833, No. 31363.": the United Nations Treaty Series' way of citing a treaty (volume, then registration number) */
function treatySeriesIbid(text: string, end: number): boolean {
  if (!text.startsWith(VOL_AFTER_IBID, end)) return false;
  let i = end + VOL_AFTER_IBID.length;
  const digits = i;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i > digits && text.startsWith(NO_IN_NOTE, i);
}

// (no digits: a symbol or number in the note is a citation, kept)
const TO_BE_ADOPTED_RE = /^To be adopted by [^.;\d]{0,60}\.?\s*$/;

const RECORDS_OF = ', Records of the ';
/** after an organization's name and ", Records of the ": its organ and the session's ordinal ("General Conference, Forty-first
 *  Session, "; group 1 the organ, 2 the ordinal) */
const RECORDS_SESSION_RE = new RegExp(`^([A-Z][a-z]+(?: [A-Z][a-z]+){0,3}), (?=[A-Z])(${ORDINAL_SOURCE}) Session, `, 'iu');
/**
 * "United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Forty-first Session,
 * Paris, 9–24 November 2021, vol. 1, Resolutions, annex VII." (A/RES/78/265 PP4 note 6, and some 20 texts citing UNESCO's
 * records; or after "See "): the note names the session of the organization's organ that adopted the text cited, as "Report of the Fourth World
 * Conference on Women, Beijing, 4–15 September 1995" names its conference; its venue and dates follow
 * (conferenceReportFootnoteAttributions). Only after an organization named first in the note ("Official Records of the General
 * Assembly, Seventy-ninth Session, Supplement No. 27" cites the Assembly's records, kept as their symbol).
 */
function recordsSession(text: string, org: EntityMention): EntityMention | undefined {
  if (org.kind !== 'Organization' || (org.start !== 0 && !(org.start === 4 && text.startsWith('See '))) || !text.startsWith(RECORDS_OF, org.end)) return undefined;
  const at = org.end + RECORDS_OF.length;
  const m = RECORDS_SESSION_RE.exec(text.slice(at, at + 80));
  if (!m || m[1]!.toLowerCase() === m[1]) return undefined;
  const name = `${m[2]!.toLowerCase()} session of the ${m[1]!} of the ${org.name}`;
  const end = at + m[0].length - 2;
  return { kind: 'Event', key: eventKey(name), name, attrs: { eventKind: 'session' }, phrase: text.slice(at, end), start: at, end, footnote: undefined, nested: undefined };
}

/** After a publication's name: the volume a note cites (", vol. 10", " 1982, vol. II", ", 2006, vol. II"). */
const VOLUME_AFTER_RE = /^,?\s*(?:\d{4},?\s*)?vol\./;
/**
 * "8 The United Nations Disarmament Yearbook, vol. 10: 1985 (United Nations publication, ...), appendix VII." (A/RES/80/48
 * PP14), "3 See Yearbook of the International Law Commission, 2006, vol. II (Part Two), para. 50" (A/RES/80/165 PP5): a
 * note citing a volume of a publication series gives the source of a text, not a series the paragraph speaks of.
 */
function volumeCited(text: string, end: number): boolean {
  return VOLUME_AFTER_RE.test(text.slice(end, end + 16));
}

/** The mentions of a paragraph's footnotes, as copies marked with their footnote; their nested organizations go to `nested`. */
function footnoteMentionsOf(
  paragraph: ParagraphText,
  ctx: RecognizeContext,
  refs: ParagraphReferences,
  problems: string[],
  dropped: EntityMention[],
  nested: EntityMention[],
  parts: Attribution[],
): EntityMention[] {
  const footnoteMentions: EntityMention[] = [];
  const footnoteRefs = paragraph.footnoteRefs;
  for (let i = 0; i < footnoteRefs.length; i++) {
    const ref = footnoteRefs[i]!;
    const noteRefs = refs.footnotes[i];
    if (!ref.footnote?.text || !noteRefs) continue;
    // "To be adopted by the General Assembly." (the financing resolutions' note on the scale of assessments, A/RES/78/297
    // OP18): what is yet to come, no entity the paragraph's verb applies to
    if (ref.footnote.text.charCodeAt(0) === 84 && TO_BE_ADOPTED_RE.test(ref.footnote.text)) continue;
    dropped.length = 0;
    const kept = withoutPlacesOpeningNames(ref.footnote.text, settleOverlaps(mentionsOf(ref.footnote.text, ctx, noteRefs, problems), dropped));
    pushOwningSecretariatParts(ref.footnote.text, kept, parts);
    for (const m of kept) {
      if (m.kind === 'Initiative' && volumeCited(ref.footnote.text, m.end)) continue;
      // "By its resolution 63/111, the General Assembly designated 8 June as World Oceans Day." (A/RES/78/69 footnote 157, 79/144,
      // 80/110): the cited text's author, mentioned (as a nested organization is) but no target of the marking clause's verb
      if (m.kind === 'Organization' && authorAfterOwnCitedText(ref.footnote.text, m, kept)) {
        // (inFootnote's literal, not a spread copy of it: the copy got a map of its own, which threw away eight compiled functions
        // of the entities worker at once, verbRelations, citedUntyped, planMentions ..., at this very footnote, "wrong map")
        nested.push({ kind: m.kind, key: m.key, name: m.name, attrs: m.attrs, phrase: m.phrase, start: m.start, end: m.end, footnote: { mark: ref.mark, offset: ref.offset }, nested: true });
        continue;
      }
      footnoteMentions.push(inFootnote(m, { mark: ref.mark, offset: ref.offset }));
    }
    const session = kept.length > 1 ? recordsSession(ref.footnote.text, kept[0]!) : undefined;
    if (session) {
      footnoteMentions.push(inFootnote(session, { mark: ref.mark, offset: ref.offset }));
      // (the organ the note names, "General Conference", is mentioned by the paragraph, no target of its verb: lead's ruling,
      // session 56, A/RES/78/213 PP4, 79/1 annex I OP52)
      const organ = recordsSessionOrganKey(session);
      const organEnd = ref.footnote.text.indexOf(',', session.start);
      if (organ !== undefined && organEnd > session.start) {
        const phrase = ref.footnote.text.slice(session.start, organEnd);
        nested.push({ kind: 'Organization', key: organ, name: organ.slice(organ.indexOf(':') + 1), attrs: {}, phrase, start: session.start, end: organEnd, footnote: { mark: ref.mark, offset: ref.offset }, nested: true });
      }
    }
    const works = kept.filter((m) => m.kind === 'Document' || m.kind === 'Resolution');
    const ibid = works.length === 0 ? IBID_RE.exec(ref.footnote.text) : ibidBeforeSeeAlso(ref.footnote.text, works);
    // "7 Ibid., vol. 1833, No. 31363." under "6 NPT/CONF.2020/16 and NPT/CONF.2015/23." (A/RES/78/39 PP14, after a page break):
    // a volume and number of the Treaty Series a note further up cited, not the documents of the note just before
    // (and an "Ibid." after it cites that volume again: no documents either)
    if (ibid && treatySeriesIbid(ref.footnote.text, ibid.index + ibid[0].length)) {
      lastFootnoteWorks.set(ctx, works);
      continue;
    }
    if (ibid) {
      // the work the footnote before cited, spanned on this footnote's "Ibid."
      const end = ibid.index + ibid[0].length;
      for (const w of lastFootnoteWorks.get(ctx) ?? []) {
        // "Ibid., resolution 2, annex." under a conference's report: that conference's resolution 2, not the 1 cited before
        const other = ref.footnote.text.includes(', resolution ') ? ibidConferenceResolution(ref.footnote.text, w) : undefined;
        if (other) {
          footnoteMentions.push({ kind: other.kind, key: other.key, name: other.name, attrs: other.attrs, phrase: other.phrase, start: other.start, end: other.end, footnote: { mark: ref.mark, offset: ref.offset }, nested: undefined });
          continue;
        }
        footnoteMentions.push({ kind: w.kind, key: w.key, name: w.name, attrs: w.attrs, phrase: IBID_PHRASE, start: end - 5, end, footnote: { mark: ref.mark, offset: ref.offset }, nested: w.nested });
      }
    } else lastFootnoteWorks.set(ctx, works);
    if (dropped.length) for (const m of nestedOrganizations(ref.footnote.text, dropped, kept)) nested.push(inFootnote(m, { mark: ref.mark, offset: ref.offset }));
  }
  return footnoteMentions;
}

const ENTITLED_QUOTE = wordIndex('entitled “');
const NO_SPANS: readonly number[] = [];
// the words before "entitled “" that make the quoted text an agenda item's title: "the item entitled", "the sub-item
// entitled", "items entitled", "agenda item entitled", "the standing item on its agenda entitled"
const ITEM_BEFORE_RE = /\bitems? (?:on its agenda )?$/;

/**
 * The spans (start, end pairs) of the quoted titles of agenda items: "Decides to include in the provisional agenda of its
 * eightieth session, under the item entitled “General and complete disarmament”, the sub-item entitled “United Nations
 * Regional Centre for Peace and Disarmament in Africa”" (A/RES/79/66 OP10). The Assembly decides on the item, not on
 * the Centre its title names: an entity printed inside gets no verb edge (it keeps its mention). Not the titles of
 * documents, declarations or reports ("the report of the Secretary-General entitled “...”").
 */
function agendaItemTitles(text: string): readonly number[] {
  let spans: number[] | undefined;
  for (let i = text.indexOf('entitled “'); i >= 0; i = text.indexOf('entitled “', i + 10)) {
    if (!ITEM_BEFORE_RE.test(text.slice(Math.max(0, i - 24), i))) continue;
    const close = text.indexOf('”', i + 10);
    if (close < 0) continue;
    (spans ??= []).push(i + 10, close);
  }
  return spans ?? NO_SPANS;
}

/**
 * The days or years of events printed inside an agenda item's quoted title: "Decides to include in the provisional agenda of its
 * eighty-second session ... the sub-item entitled “Follow-up to nuclear disarmament obligations agreed to at the 1995, 2000 and
 * 2010 Review Conferences of the Parties to the Treaty ...”" (A/RES/80/45 OP6): the paragraph decides on the item, whose title
 * gives the conferences no verb edge (verbRelations), so no dates either; the paragraphs that name the conferences date them.
 */
function withoutDatesInAgendaTitles(attributions: Attribution[], titles: readonly number[]): Attribution[] {
  return attributions.filter((a) => (a.type !== 'STARTS_ON' && a.type !== 'ENDS_ON') || !inSpans(titles, a.start));
}

function inSpans(spans: readonly number[], at: number): boolean {
  for (let k = 0; k < spans.length; k += 2) if (at >= spans[k]! && at < spans[k + 1]!) return true;
  return false;
}

/** Letters a quoted title may hold besides an organization's name and still be that name ("the ", a footnote mark) */
const QUOTE_OWN_NAME_SLACK = 8;
/** a lowercase word of four letters or more: the words of a title in sentence case, not the "of the", "and" of a name */
const TITLE_WORD_RE = letterRe(String.raw`(?:^|[^\p{L}])\p{Ll}{4,}`, 'u');

/**
 * An organization named inside a longer quoted title: "Welcoming the adoption by consensus by the Disarmament Commission of the
 * “Recommendations to promote the practical implementation of transparency and confidence-building measures in outer space
 * activities ..., in accordance with the recommendations set out in the report of the Group of Governmental Experts on
 * Transparency and Confidence-Building Measures in Outer Space Activities”" (A/RES/80/44 PP12, OP6): the clause is about what
 * the title names, the body is only a word of it (it keeps its mention); so in the titles of resolutions, reports and themes
 * ("its resolution 76/6 of 15 November 2021, entitled “Follow-up to the report of the Secretary-General entitled ‘Our Common
 * Agenda’”", A/RES/78/318 PP11). Not a quote that is the name itself, or opens with it, or has no words but a name's.
 */
function insideQuotedTitle(text: string, m: EntityMention): boolean {
  const open = text.lastIndexOf('“', m.start);
  if (open < 0) return false;
  const closeBefore = text.lastIndexOf('”', m.start);
  if (closeBefore > open) return false;
  const close = text.indexOf('”', m.end);
  if (close < 0) return false;
  // another quote opened before the close: the quotes are unbalanced, read none
  const reopen = text.indexOf('“', m.end);
  if (reopen >= 0 && reopen < close) return false;
  if (close - open - 1 - (m.end - m.start) <= QUOTE_OWN_NAME_SLACK) return false;
  // a quoted name the recognizer read in part: "Takes note of the appointment of the “Special Committee to investigate the 2022
  // unrests”" (A/RES/78/220 OP5), "a reinforced partnership, named the “Barcelona Process: Union for the Mediterranean”" (A/RES/78/65 PP5)
  if (m.start === open + 1) return false;
  return TITLE_WORD_RE.test(text.slice(open + 1, m.start)) || TITLE_WORD_RE.test(text.slice(m.end, close));
}

/**
 * Before the author of a report or note named inside its words: "the report of the", "the reports of", "the note by the";
 * "the report prepared by the secretariat of the United Nations Conference on Trade and Development entitled “Implementing
 * World Summit on the Information Society Outcomes: A Twenty-Year Review”" (E/2025/31 draft resolution I OP124): the body
 * whose secretariat prepared it is its author as well. Or an organ printed after its owner's possessive: "the June 2019 report of
 * the Secretary-General’s High-level Panel on Digital Cooperation entitled ..." (A/RES/78/160 PP16): the panel wrote it (its
 * owner, the possessive, is a target too: nestedOrganizations).
 */
const REPORT_AUTHOR_BEFORE_RE = /\b(?:reports?|note)\s+(?:(?:prepared|submitted|issued)\s+)?(?:of|by)\s+(?:the\s+)?(?:[Ss]ecretariat\s+of\s+(?:the\s+)?)?(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}[’']s\s)?$/;

/**
 * The author of a report named inside the report's words ("Welcoming the report of the Secretary-General,5" with "5 A/77/80.",
 * A/RES/80/21 PP13; "Takes note of the report of the Secretary-General on ...", "the report of the Office of the United
 * Nations High Commissioner for Human Rights entitled “...”"): a nested mention (it blocks no link, it is not the
 * document), but an entity the clause mentions all the same, as when no document is read from the words ("Takes note of
 * the report of the Secretary-General;" with no footnote): one verb edge each, whatever the print form. Only organizations
 * in the paragraph's own text; nested ones elsewhere stay without (a body inside an event's name: the clause is about the event).
 */
function isReportAuthor(text: string, m: EntityMention): boolean {
  return m.kind === 'Organization' && m.footnote === undefined && REPORT_AUTHOR_BEFORE_RE.test(text.slice(Math.max(0, m.start - 48), m.start));
}

/** between a report's two authors */
const CO_AUTHOR_GAP = ' and the ';
/**
 * The second author of a report by two bodies ("the 2022 report of the United Nations Educational, Scientific and Cultural
 * Organization and the International Union for Conservation of Nature entitled World Heritage Glaciers ...", A/RES/78/321
 * PP10): printed right after " and the " after the first, itself the report's author (isReportAuthor); a target of the clause's
 * verb as the first is. `pool`: the mentions the first author may be among.
 */
function isReportCoAuthor(text: string, m: EntityMention, pool: readonly EntityMention[]): boolean {
  if (m.kind !== 'Organization' || m.footnote !== undefined || !text.endsWith(CO_AUTHOR_GAP, m.start)) return false;
  const firstEnd = m.start - CO_AUTHOR_GAP.length;
  return pool.some((a) => a.end === firstEnd && a !== m && isReportAuthor(text, a));
}

/** between a report's author and the body it belongs to */
const AUTHOR_OWNER_GAP = ' of the ';
/**
 * The author of a report whose owner `m` is printed right after it, both inside the report's words: "taking note of the report
 * of the Working Group on Education of the Broadband Commission entitled “Digital skills for life and work”" (A/RES/80/118 PP36,
 * 79/194, 78/132). The clause mentions the Commission as it does the group (as it does with no report read from the words:
 * "the work of the Working Group on Education of the Broadband Commission"), and the group is PART_OF it. The author is looked
 * for in `pool`; undefined for any other mention (a cheap test on the text first: most nested ones are not after " of the ").
 */
function authorOfOwner(text: string, m: EntityMention, pool: readonly EntityMention[]): EntityMention | undefined {
  if (m.kind !== 'Organization' || m.footnote !== undefined || !text.endsWith(AUTHOR_OWNER_GAP, m.start)) return undefined;
  const authorEnd = m.start - AUTHOR_OWNER_GAP.length;
  return pool.find((a) => a.end === authorEnd && a !== m && isReportAuthor(text, a));
}

/** the words before a committee's owner printed inside the committee's name */
const COMMITTEE_OF_THE = 'ommittee of the ';
/**
 * "Instructs the Committee of the Security Council established by resolution 748 (1992) to draw up ..." (S/RES/883 (1993) OP9,
 * OP10): the Council is the owner of the organ its verb addresses, and an owner named after the organ is the verb's target too
 * (as "the Working Group on Education of the Broadband Commission" gives both), with the organ PART_OF it. The committee's
 * scoped name embeds the owner, which comes back nested; a sitting's owner ("the twenty-ninth session of the Committee") stays
 * without a verb edge.
 */
function ownerOfCommittee(text: string, m: EntityMention): boolean {
  return m.kind === 'Organization' && m.footnote === undefined && m.start >= COMMITTEE_OF_THE.length && text.endsWith(COMMITTEE_OF_THE, m.start);
}

/**
 * The owner printed after " of (the) " at the end of an organ's name: "Takes note of resolution GC(67)/RES/13, adopted ... by the
 * General Conference of the International Atomic Energy Agency" (A/RES/78/17 OP3), "the Executive Council of the African Union"
 * (A/RES/79/65 PP8), "the Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons" (A/RES/78/29 OP2).
 * The clause mentions the owner as it does the organ, and the organ is PART_OF it (organsOfNestedOwners): a verb target too, as
 * the golds read an owner after an organ (aud41f "Working Group on Education of the Broadband Commission", aud46c 78/204 OP21,
 * aud46d 79/332 PP8). Not an office or officer as the owner. Not a sitting's owner (an Event is no organ: SESSION_OF only), not an officer's or an office's body
 * ("Office of the United Nations High Commissioner for Refugees", OFFICER_OR_OFFICE_RE), not a body named in the organ's topic
 * ("the Working Group on the Financing of the United Nations Relief and Works Agency ..."), not the United Nations, whose organs'
 * names all end so. A nested mention only (the caller's gate), then a string test.
 */
function ownerOfOrgan(text: string, m: EntityMention, pool: readonly EntityMention[]): boolean {
  if (m.kind !== 'Organization' || m.footnote !== undefined || m.key === UNITED_NATIONS_KEY || !(text.endsWith(AUTHOR_OWNER_GAP, m.start) || text.endsWith(OWNER_OF, m.start))) return false;
  // (an office or officer read as the owner names whom a part of the organ's name serves, not the organ's owner: "the Executive
  // Committee of the Programme of the United Nations High Commissioner for Refugees", A/RES/78/96, aud45a guard)
  if (OFFICER_OR_OFFICE_RE.test(m.name)) return false;
  for (const o of pool) {
    if (o.end !== m.end || o.start >= m.start || o.kind !== 'Organization' || o.nested !== undefined || o.footnote !== undefined || o.key === m.key) continue;
    if (OFFICER_OR_OFFICE_RE.test(o.name) && !POSTS_NAMING_OWNER.has(o.name)) return false;
    const head = text.slice(o.start, m.start);
    return !(TOPIC_ON_RE.test(head) && (TOPIC_ON_RE.test(o.name) || !o.name.endsWith(m.name)));
  }
  return false;
}
/** the posts the gazetteer lists among the organs naming their owner ("the Commissioner for Human Rights of the Council of
 *  Europe", A/RES/78/221 PP18): the owner is a verb target, as a post's owner printed after " of the " is (accuracy-aud65r); no
 *  PART_OF (organsOfNestedOwners reads none for an officer) */
const POSTS_NAMING_OWNER: ReadonlySet<string> = new Set(ORGANS_NAMING_OWNER.filter((e) => OFFICER_OR_OFFICE_RE.test(e.name)).map((e) => e.name));
/** between an organ and its owner printed without "the" ("the Executive Board of UN-Women") */
const OWNER_OF = ' of ';

/**
 * The owner printed after " of (the) " at the end of its founding instrument's name: "Recalling the Constitution of the United
 * Nations Educational, Scientific and Cultural Organization" (A/RES/79/321 PP2, 78/277 PP2), "the principles of the Constitutive
 * Act of the African Union" (79/329 PP2). entityScan.ts genericInstrument keys the instrument with its body, which comes back
 * nested; a first reader gives the body the clause's verb, as the owner after " of (the) " of any framework keeps it (session-58
 * ruling; only guidelines and strategic plans take none). Not the United Nations (its Charter recalls no Organization), and not a
 * statute or a privileges agreement (the aud49b and aud61p golds give the International Criminal Court no verb there).
 */
function ownerOfFoundingInstrument(text: string, m: EntityMention, pool: readonly EntityMention[]): boolean {
  if (m.kind !== 'Organization' || m.footnote !== undefined || m.key === UNITED_NATIONS_KEY || !(text.endsWith(AUTHOR_OWNER_GAP, m.start) || text.endsWith(OWNER_OF, m.start))) return false;
  return pool.some((o) => o.kind === 'Framework' && o.end === m.end && o.start < m.start && o.nested === undefined && o.footnote === undefined && FOUNDING_INSTRUMENT_OF_RE.test(o.name));
}

/**
 * The sitting that owns the organ (isOrganOfSitting) or the segment (isSittingOfEvent) whose name ends with it: the clause
 * mentions it, as a body owning an organ.
 */
function ownsOrganAround(text: string, m: EntityMention, pool: readonly EntityMention[]): boolean {
  // (" of " too: the sitting printed by its acronym, "the high-level segment of UNISPACE+50", A/RES/73/6 OP1)
  if (m.kind !== 'Event' || m.footnote !== undefined) return false;
  // (or the second of two sittings after a plural Organizing Committees: isOrganizingCommitteeOf)
  if (!(text.endsWith(SITTING_OWNER_GAP, m.start) || text.endsWith(OWNER_OF, m.start))) return pool.some((o) => o.nested === undefined && isOrganizingCommitteeOf(o, m));
  return pool.some((o) => o.end === m.end && o.start < m.start && o.nested === undefined && (isOrganOfSitting(o, m, text.slice(o.start, m.start)) || isSittingOfEvent(o, m, text.slice(o.start, m.start))));
}

/** PART_OF from a report's author to its owner printed after it inside the report's words (authorOfOwner). */
function authorOwnerParts(text: string, nested: readonly EntityMention[], attributions: Attribution[]): void {
  for (const m of nested) {
    const author = authorOfOwner(text, m, nested);
    if (!author || author.key === m.key || !isPartOfOwnerAfter(text, author, m)) continue;
    if (attributions.some((a) => a.type === 'PART_OF' && a.source === author.key && a.target === m.key)) continue;
    attributions.push({ type: 'PART_OF', source: author.key, target: m.key, phrase: text.slice(author.start, m.end), start: author.start, end: m.end });
  }
}

/**
 * What a report is about, named inside the report's words: a body as its whole subject (REPORT_SUBJECT_BEFORE_RE) or as the
 * United Nations' partner (REPORT_PARTNER_BEFORE_RE), a sitting,
 * instrument or programme after the subject's lowercase words (REPORT_TOPIC_BEFORE_RE): one verb edge too.
 */
function isReportSubject(text: string, m: EntityMention, mentions: readonly EntityMention[]): boolean {
  if (m.footnote !== undefined) return false;
  const before = text.slice(Math.max(0, m.start - 200), m.start);
  if (m.kind !== 'Organization') return REPORT_TOPIC_BEFORE_RE.test(before);
  // (the body whose work is reported is the whole subject: not "on the activities of the Council of Europe in the field of
  // statistics", where the subject goes on past it; accuracy-aud38d)
  if (REPORT_SUBJECT_BEFORE_RE.test(before)) return !(BODY_WORK_OF_BEFORE_RE.test(before) && SUBJECT_GOES_ON_AFTER_RE.test(text.slice(m.end, m.end + 20)));
  return REPORT_PARTNER_BEFORE_RE.test(before) || (isReportBudgetSubject(before) && !opensLongerName(m, mentions));
}

/** `m` after "<report> ... on the activities of the", the subject going on past it (" in accrediting ..."): a part of the subject */
function isBodyWorkInLongerReportSubject(text: string, m: EntityMention): boolean {
  const before = text.slice(Math.max(0, m.start - 200), m.start);
  return BODY_WORK_OF_BEFORE_RE.test(before) && SUBJECT_GOES_ON_AFTER_RE.test(text.slice(m.end, m.end + 20)) && REPORT_SUBJECT_BEFORE_RE.test(before);
}

/** a report's subject that is a body's work: "on the status of", "on the operations of the", "on the activities of" */
const BODY_WORK_OF_BEFORE_RE = new RegExp(`${BODY_WORK_OF}$`);
/** after the body, its work narrowed by a phrase: " in the field of ...", " on ...", " relating to ..." */
const SUBJECT_GOES_ON_AFTER_RE = /^\s+(?:in|on|of|relat\w+|concerning|regarding|with)\s/;

/** the United Nations Offices away from Headquarters, venues of sittings (qualifierIn: UN_OFFICE_VENUE_BEFORE_RE) */
const UN_OFFICE_KEYS: ReadonlySet<string> = new Set(['Organization:United Nations Office at Geneva', 'Organization:United Nations Office at Nairobi', 'Organization:United Nations Office at Vienna']);
/** after "General Assembly": the room it meets in (qualifierIn) */
const HALL_AFTER = ' Hall';
/** the Secretary-General's node key (verbRelations: SG_AS_POST_OF_SITTING_RE) */
const UN_SECRETARY_GENERAL_KEY = 'Organization:Secretary-General of the United Nations';
/** the General Assembly's node key (verbRelations: the author of a cited text) */
const GENERAL_ASSEMBLY_KEY = 'Organization:General Assembly';
/** the Human Rights Council's node key (qualifiesAnotherNoun: its special procedures and mechanisms) */
const HUMAN_RIGHTS_COUNCIL_KEY = 'Organization:Human Rights Council';
/** the Security Council's node key (qualifiesAnotherNoun: its permanent and elected members) */
const SECURITY_COUNCIL_KEY = 'Organization:Security Council';
/** the Economic and Social Council's node key (an author of cited texts; qualifierIn: "subsidiary bodies of the ... and the Council") */
const ECONOMIC_AND_SOCIAL_COUNCIL_KEY = 'Organization:Economic and Social Council';
/**
 * The bodies whose cited resolutions report what they did ("in which the Assembly reaffirmed", E/2025/31 draft resolution I PP5;
 * "Security Council resolution 1996 (2011) of 8 July 2011, by which the Council established ... the United Nations Mission in
 * South Sudan", A/RES/79/309 PP2, and some ninety "by which the Council extended the mandate" in the financing texts): the
 * subject of the reported act is the cited text's author, no target of the citing clause's verb (aud42e: the Assembly's rule,
 * for the other bodies that adopt numbered resolutions).
 */
const RESOLUTION_AUTHOR_KEYS: ReadonlySet<string> = new Set([GENERAL_ASSEMBLY_KEY, SECURITY_COUNCIL_KEY, ECONOMIC_AND_SOCIAL_COUNCIL_KEY, HUMAN_RIGHTS_COUNCIL_KEY]);

/**
 * The Organization as a qualifier of another noun, not an actor the clause's verb takes: the frame of a time ("one of the
 * greatest global challenges in the history of the United Nations", A/RES/80/228 PP4, 78/196 and a dozen more; "at this
 * critical juncture in the history of the United Nations", 79/232), the set of its languages ("commends the fact that the
 * website of the Commission continues to be published simultaneously in the six official languages of the United Nations",
 * A/RES/80/161 OP24, and some ninety more) or its membership ("Invites all Member States and observers of the United Nations,
 * organizations of the United Nations system ... to observe the Day", 79/320 OP2; "Encourages States Members of the United
 * Nations ... to move up ... in their level of contribution", 79/250 OP12): the States, observers or languages are what the
 * verb invites, encourages or commends, so the paragraph mentions the Organization and the clause's verb does not take it.
 * The Organization itself addressed ("Calls upon Member States and the United Nations to cooperate"), or the role, work or
 * efforts of the United Nations, stay its verb's (UN_QUALIFIER_BEFORE_RE: the nouns, right before "of the").
 * So for the General Assembly's observers, the formula of the observances ("Invites all States Members of the United Nations,
 * members of the specialized agencies and observers of the General Assembly ... to observe the International Day of Play",
 * A/RES/78/268 OP2, OP5, and some twenty more texts): the observers are invited, not the Assembly. Its parts likewise ("the
 * need for the Special Committee to ensure that the appropriate bodies of the United Nations actively pursue a public awareness
 * campaign", A/RES/79/108 PP13 and some thirty-five territory texts; "Requests the entities of the United Nations to strengthen
 * efforts", 78/182 OP40), and "the rules of procedure of the General Assembly" (A/RES/78/319 OP14).
 * So for the Security Council's members: "Reaffirms that the permanent members of the Security Council should form a separate
 * level" (A/RES/79/250 OP6), "Reiterates its conviction that the participation of all permanent members of the Security Council
 * ... is important" (78/13 OP2, 80/13), "the efforts of the three African non-permanent members of the Security Council" (79/329
 * PP20), "The Security Council requests the permanent members of the Security Council to direct their Chiefs of Staff"
 * (S/RES/1 (1946) OP1): the States are meant, the Council is mentioned.
 */
function qualifiesAnotherNoun(text: string, m: EntityMention): boolean {
  return m.footnote === undefined && qualifierIn(text, m);
}

/** `m`, one of the bodies qualifiesAnotherNoun reads, right after a noun it qualifies in `text` (the paragraph's or its note's) */
function qualifierIn(text: string, m: EntityMention): boolean {
  if (m.kind === 'Event' && m.start >= 30 && AUSPICES_OF_SESSION_BEFORE_RE.test(text.slice(Math.max(0, m.start - 140), m.start))) return true;
  if (m.kind !== 'Organization') return false;
  if (m.start >= 20 && MEMBERS_RELATIVE_BEFORE_RE.test(text.slice(Math.max(0, m.start - 48), m.start))) return true;
  if (m.key === UNITED_NATIONS_KEY && UN_POSSESSION_AFTER_RE.test(text.slice(m.end, m.end + 48))) return true;
  if (m.key === UNITED_NATIONS_KEY && UN_SETTING_BEFORE_RE.test(text.slice(Math.max(0, m.start - 100), m.start))) return true;
  if (m.key !== UNITED_NATIONS_KEY && m.start >= 22 && ACCREDITED_TO_BEFORE_RE.test(text.slice(Math.max(0, m.start - 44), m.start))) return true;
  if (m.key === UNITED_NATIONS_KEY && UN_UNNAMED_PARTNERS_AFTER_RE.test(text.slice(m.end, m.end + 40)) && UN_COOPERATION_CONTEXT_BEFORE_RE.test(text.slice(Math.max(0, m.start - 80), m.start))) return true;
  if (m.key === SECRETARIAT_KEY && isSecretariatSetting(text, m)) return true;
  if (UN_OFFICE_KEYS.has(m.key) && UN_OFFICE_VENUE_BEFORE_RE.test(text.slice(Math.max(0, m.start - 120), m.start))) return true;
  // (not the United Nations: "processes held under the auspices of the United Nations" names it as sponsor, a target, aud51m, aud58e)
  if (m.key !== UNITED_NATIONS_KEY && m.start >= 30 && AUSPICES_OF_SITTING_BEFORE_RE.test(text.slice(Math.max(0, m.start - 120), m.start))) return true;
  // "a pre-recorded statement ..., which will be played in the General Assembly Hall" (A/RES/80/1 OP1), "to be held in the General
  // Assembly Hall, at United Nations Headquarters in New York" (78/158 OP9, 79/212, 80/143): the room, not the Assembly
  if (m.key === GENERAL_ASSEMBLY_KEY && text.startsWith(HALL_AFTER, m.end)) return true;
  if (m.key === GENERAL_ASSEMBLY_KEY && m.start >= 16 && ASSEMBLY_DISCUSSION_SETTING_BEFORE_RE.test(text.slice(Math.max(0, m.start - 32), m.start))) return true;
  if (m.key === GENERAL_ASSEMBLY_KEY && m.start >= 16 && ASSEMBLY_EXPRESSED_IN_BEFORE_RE.test(text.slice(Math.max(0, m.start - 100), m.start))) return true;
  if (m.key === ECONOMIC_AND_SOCIAL_COUNCIL_KEY || m.key === SECURITY_COUNCIL_KEY || m.key === HUMAN_RIGHTS_COUNCIL_KEY) {
    if (m.start >= 30 && PARTS_OF_ORGAN_AND_BEFORE_RE.test(text.slice(Math.max(0, m.start - 80), m.start))) return true;
    if (m.key === ECONOMIC_AND_SOCIAL_COUNCIL_KEY && m.start >= 70 && COUNCIL_AFTER_ASSEMBLY_SETTING_BEFORE_RE.test(text.slice(Math.max(0, m.start - 100), m.start))) return true;
  }
  return (m.key === UNITED_NATIONS_KEY || m.key === GENERAL_ASSEMBLY_KEY || m.key === HUMAN_RIGHTS_COUNCIL_KEY || m.key === SECURITY_COUNCIL_KEY) && UN_QUALIFIER_BEFORE_RE.test(text.slice(Math.max(0, m.start - 32), m.start));
}

/** before a body's short form used as a noun's qualifier: a preposition with no article ("for ") */
const BARE_PREPOSITION_BEFORE_RE = /(?:^|\s)(?:for|of|on|in|with|to)\s$/;
/** after it: the lowercase noun it qualifies, then a break (" duties,", " matters and") */
const QUALIFIED_NOUN_AFTER_RE = /^\s[a-z]{3,}(?=[,;.]|\s+(?:and|or)\s)/;
/** a short form of capitalised words, no acronym ("Governing Board") */
const CAPITALISED_WORDS_RE = /^[A-Z][a-z]+(?:\s[A-Z][a-z]+)+$/;
/**
 * "including the visit of the Chair to the secretariat for Governing Board duties" (A/RES/79/242 PP21): a body's short form with
 * no article, qualifying the lowercase noun after it, names what the noun is about; the paragraph mentions the body, the clause's
 * verb does not take it.
 */
function shortFormQualifyingNoun(text: string, m: EntityMention): boolean {
  if (!CAPITALISED_WORDS_RE.test(m.phrase)) return false;
  return BARE_PREPOSITION_BEFORE_RE.test(text.slice(Math.max(0, m.start - 6), m.start)) && QUALIFIED_NOUN_AFTER_RE.test(text.slice(m.end, m.end + 30));
}

/** The Security Council at `m` as the source of a mandate ("serving under a Security Council mandate"): a setting (session 62) */
function isCouncilMandateSource(text: string, m: EntityMention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return COUNCIL_MANDATE_SOURCE_BEFORE_RE.test(before) || (UNDER_A_BEFORE_RE.test(before) && MANDATE_AFTER_RE.test(text.slice(m.end, m.end + 12)));
}

const SECRETARIAT_ENTITIES_AFTER = ' entities';
/** The Secretariat at `m` as the setting of what the clause names, not its addressee nor owner of the units addressed (session 58) */
function isSecretariatSetting(text: string, m: EntityMention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (text.startsWith(SECRETARIAT_ENTITIES_AFTER, m.end)) return SECRETARIAT_ENTITIES_SETTING_BEFORE_RE.test(before);
  return SECRETARIAT_SETTING_BEFORE_RE.test(before) && !SECRETARIAT_UNITS_WITHIN_BEFORE_RE.test(before);
}

/**
 * The same qualifier in a paragraph's note: "8 The list will include proposed as well as final names. The general basis of any
 * objections, if requested by one or more States Members of the United Nations or States members of the specialized agencies,
 * will be made known to the Office of the President of the General Assembly" (A/RES/78/269 OP11, the modalities texts'
 * note on the list of speakers: 78/20, 78/318, 78/319, 79/273, 79/278, 79/286, 79/288, 79/289, 79/333): the States are
 * meant, the note mentions the Organization and the paragraph's verb does not take it. Cheap gate first: a mark in the paragraph.
 */
function withoutQualifiersInNotes(refs: ParagraphText['footnoteRefs'], mentions: EntityMention[]): EntityMention[] {
  if (refs.length === 0) return mentions;
  let out: EntityMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const note = m.footnote === undefined ? undefined : refs.find((r) => r.offset === m.footnote!.offset && r.mark === m.footnote!.mark)?.footnote;
    if (note !== undefined && qualifierIn(note.text, m)) {
      out ??= mentions.slice(0, i);
      continue;
    }
    out?.push(m);
  }
  return out ?? mentions;
}

/**
 * A place the clause's verb addresses: "Calls upon Israel, the occupying Power, to ...", "urges the Government of the Islamic
 * Republic of Iran to ...", "Invites Cambodia and Senegal to ..." (A/RES/78/170 OP5, 78/220 OP18, 79/230 OP5): the State the
 * body calls upon, urges or commends, so the verb's edge goes to it. Other places in a clause say where something is or
 * happens ("the Forum held in Riyadh") and take none. `from`: the end of the verb, or of the addressee before this one in the
 * clause (a list of States).
 */
function addressedPlace(text: string, m: EntityMention, from: number, listed: boolean, relation: VerbRelationType): boolean {
  if (m.footnote || m.start < from) return false;
  const gap = text.slice(from, m.start);
  if ((listed ? ADDRESSEE_LIST_GAP_RE : ADDRESSEE_GAP_RE).test(gap) && ADDRESSEE_AFTER_RE.test(text.slice(m.end, m.end + 16))) return true;
  // "Demands that Israel, the occupying Power, cease ...": the subject of the demand's that-clause (DEMAND_GAP_RE); "Demands
  // that Iraq and Kuwait respect ...": the second subject, listed after the first (ADDRESSEE_LIST_GAP_RE)
  if (relation === 'DEMANDS') return (listed ? ADDRESSEE_LIST_GAP_RE : DEMAND_GAP_RE).test(gap) && DEMAND_AFTER_RE.test(text.slice(m.end, m.end + 24));
  if (relation !== 'DECIDES') return false;
  // "Decides to admit, upon its request, Iraq, ..., as a member of the Advisory Commission": the State admitted (the word
  // "admit" in the gap first, as a plain test)
  if (!listed && gap.includes('admit') && ADMITTED_STATE_GAP_RE.test(gap)) return ADMITTED_STATE_AFTER_RE.test(text.slice(m.end, m.end + 24));
  // "Decides that Iraq shall ...": the State the decision binds (DECISION_SUBJECT_GAP_RE); the words "that" or "following" in
  // the gap first, as a plain test
  return (listed ? ADDRESSEE_LIST_GAP_RE.test(gap) : (gap.includes('that') || gap.includes('following')) && DECISION_SUBJECT_GAP_RE.test(gap)) && DECISION_SUBJECT_AFTER_RE.test(text.slice(m.end, m.end + 16));
}

/**
 * A body the clause's verb addresses, right after the verb or after the addressee before it: "Encourages the Secretary-General
 * and ..." (from: the verb's end, or the last addressee's when `listed`). Only the gap is read: whether a State follows it as an
 * addressee is addressedPlace's test (ADDRESSEE_LIST_GAP_RE, ADDRESSEE_AFTER_RE).
 */
function addressedBody(text: string, m: EntityMention, from: number, listed: boolean): boolean {
  if (from < 0 || m.start < from) return false;
  return (listed ? ADDRESSEE_LIST_GAP_RE : ADDRESSED_BODY_GAP_RE).test(text.slice(from, m.start));
}

/** the words between a whole and the first part the text says it includes (lastPartsNamedByWhole's gate) */
const WHICH_INCLUDES_THE = ', which includes the ';
/** lastPartOfWholeNamedBefore's gate, the words before the part (LAST_PART_AFTER_RE reads them): " and the ", as a co-author's */
const AND_THE_LOWER_PART = CO_AUTHOR_GAP;
const RENAMED_IT = ' and renamed it ';
const FORMERLY_KNOWN_AS = ' (formerly known as ';
/** between a body's former name and its new one: " and renamed it ", " and renamed it the " */
const RENAMED_IT_GAP_RE = /^\s+and\s+renamed\s+it\s+(?:the\s+)?$/;
/** between a body's name and its former one: " (formerly known as ", " (formerly known as the " */
const FORMERLY_KNOWN_AS_GAP_RE = /^\s+\(formerly\s+known\s+as\s+(?:the\s+)?$/;
/**
 * A renamed body is one entity (lead's ruling, session 59): "by which it established the United Nations Regional Centre for Peace
 * and Disarmament in Asia and renamed it the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific"
 * (A/RES/79/67 PP1, 78/58, 80/62), "Hay’at Tahrir al-Sham (formerly known as the Nusrah Front)" (78/222 PP15, OP10; 79/185): the
 * former name's mention is keyed to the body's present name, an alternative name of that one node (as an acronym is), so the
 * clause's verb takes the body once. Organizations only.
 */
function formerNamesOfRenamedBodies(text: string, mentions: EntityMention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const first = mentions[i]!;
    const second = mentions[i + 1]!;
    if (first.kind !== 'Organization' || second.kind !== 'Organization' || first.key === second.key) continue;
    const gap = text.slice(first.end, second.start);
    const [former, present] = RENAMED_IT_GAP_RE.test(gap) ? [first, second] : FORMERLY_KNOWN_AS_GAP_RE.test(gap) ? [second, first] : [undefined, undefined];
    if (former === undefined || present === undefined) continue;
    mentions[mentions.indexOf(former)] = { ...former, key: present.key, name: present.name };
  }
}

/**
 * "the Technology Facilitation Mechanism, which includes the multi-stakeholder forum ..., the inter-agency task team ... and the
 * online platform" (A/RES/80/118 PP8, 78/132 PP8): the last part, printed in lower case by what it is to the whole, is the one the
 * gazetteer knows as "<part> of the <whole>" ("online platform of the Technology Facilitation Mechanism"): a mention of it, so
 * that the clause's verb takes it and the whole includes it (attributions, step 5'). Only a known name: a lower-case noun in
 * the list that is no part's name stays unread.
 */
function lastPartsNamedByWhole(text: string, mentions: EntityMention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const whole = mentions[i]!;
    if (!text.startsWith(WHICH_INCLUDES_THE, whole.end) || (whole.kind !== 'Initiative' && whole.kind !== 'Organization' && whole.kind !== 'Framework')) continue;
    let last = mentions[i + 1]!;
    if (last.start !== whole.end + WHICH_INCLUDES_THE.length) continue;
    let j = i + 2;
    for (; j < mentions.length && PART_LIST_GAP_RE.test(text.slice(last.end, mentions[j]!.start)); j++) last = mentions[j]!;
    const part = LAST_PART_AFTER_RE.exec(text.slice(last.end, last.end + 60));
    if (!part) continue;
    const entry = lookupName(`${part[2]!} of the ${whole.name}`);
    if (entry === undefined || (entry.kind !== 'Initiative' && entry.kind !== 'Organization')) continue;
    const start = last.end + part[1]!.length;
    const end = start + part[2]!.length;
    mentions.splice(j, 0, { kind: entry.kind, key: namedKey(entry.kind, entry.name), name: entry.name, attrs: {}, phrase: part[2]!, start, end, footnote: undefined, nested: undefined });
    return;
  }
}

/**
 * "Reiterates its call for voluntary contributions ... to support the full operationalization of all components of the Technology
 * Facilitation Mechanism, ..., including through STI for SDGs road maps and the online platform" (A/RES/79/334 OP22): the same last
 * part printed in lower case after a list, its whole named before it in the paragraph but with no "which includes": the one part
 * the gazetteer knows as "<part> of the <whole>" for exactly one whole the paragraph named before, as lastPartsNamedByWhole reads it.
 */
function lastPartOfWholeNamedBefore(text: string, mentions: EntityMention[]): void {
  for (let j = 1; j < mentions.length; j++) {
    const last = mentions[j]!;
    const part = LAST_PART_AFTER_RE.exec(text.slice(last.end, last.end + 60));
    if (!part) continue;
    const start = last.end + part[1]!.length;
    const end = start + part[2]!.length;
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    let entry: ReturnType<typeof lookupName>;
    for (let i = 0; i < j; i++) {
      const whole = mentions[i]!;
      if (whole.footnote !== undefined || (whole.kind !== 'Initiative' && whole.kind !== 'Organization' && whole.kind !== 'Framework')) continue;
      const found = lookupName(`${part[2]!} of the ${whole.name}`);
      if (found === undefined || (found.kind !== 'Initiative' && found.kind !== 'Organization')) continue;
      // (two wholes with a part of that name: whose is not said)
      if (entry !== undefined && entry.name !== found.name) return;
      entry = found;
    }
    if (entry === undefined) continue;
    mentions.splice(j + 1, 0, { kind: entry.kind, key: namedKey(entry.kind, entry.name), name: entry.name, attrs: {}, phrase: part[2]!, start, end, footnote: undefined, nested: undefined });
    return;
  }
}

/** the gate of summitsOfAssemblyForumDeclarations: the forum's convener printed inside the declaration's name */
const UNDER_THE_ASSEMBLY = ' under the auspices of the General Assembly';
const FORUM_DECLARATION_KEY = 'Framework:Political Declaration of the High-level Political Forum on Sustainable Development';
const FORUM_WORDS = 'high-level political forum';
const SDG_SUMMIT = 'Sustainable Development Goals Summit';
const SDG_SUMMIT_SERIES_KEY = eventKey(SDG_SUMMIT);

/** the words of FORUM_UNDER_ASSEMBLY_YEAR_AFTER_RE's reading that dates the annexing resolution, not the summit */
const CONTAINED_IN_THE_ANNEX = 'contained in the annex';

/** summitsOfAssemblyForumDeclarations' venue (HELD_IN, location) and days (STARTS_ON, ENDS_ON, dates) printed in text[from, to). */
function forumVenueAndDays(text: string, mentions: readonly EntityMention[], key: string, from: number, to: number, attrs: Record<string, unknown>, attributions: Attribution[]): void {
  for (const m of mentions) {
    if (m.start < from || m.end > to || m.footnote !== undefined) continue;
    if (m.kind === 'Place') {
      const inAt = text.lastIndexOf('in ', m.start);
      attrs.location = m.name;
      attributions.push({ type: 'HELD_IN', source: key, target: m.key, phrase: text.slice(inAt, m.end), start: inAt, end: m.end });
    } else if (m.kind === 'Date' && typeof m.attrs.iso === 'string') {
      const type = m.attrs.role === 'end' ? 'ENDS_ON' : 'STARTS_ON';
      attrs[type === 'ENDS_ON' ? 'endDate' : 'startDate'] = m.attrs.iso;
      attributions.push({ type, source: key, target: m.key, phrase: m.phrase, start: m.start, end: m.end });
    }
  }
}

/**
 * "the political declaration adopted at the high-level political forum on sustainable development convened under the auspices
 * of the General Assembly contained in the annex to its resolution 78/1 of 29 September 2023" (A/RES/78/265 PP2, 78/311 PP2,
 * 79/322; "..., held in New York on 18 and 19 September 2023", 79/219 OP3): the gazetteer reads the whole phrase as the
 * declaration, and the forum that met under the Assembly that year (the Sustainable Development Goals Summit, as the texts
 * that print it in brackets name it: attributions.ts keys it so) went unread. It is mentioned (the clause's verb takes it), it
 * adopted the declaration and the Assembly convened it, as in the bracketed printing. Only with its year printed after (or in
 * a note); printed with none, the forum's last meeting before the citing text (lastForumUnderAssemblyBefore).
 */
function summitsOfAssemblyForumDeclarations(text: string, clauses: Clause[], mentions: EntityMention[], relations: VerbRelation[], attributions: Attribution[], citedOn: string | undefined): void {
  let added: EntityMention[] | undefined;
  for (const d of mentions) {
    if (d.key !== FORUM_DECLARATION_KEY || d.footnote !== undefined) continue;
    // (or the Assembly's auspices printed after a title that stops before them, with the year: FORUM_THEN_UNDER_ASSEMBLY_AFTER_RE)
    const inPhrase = d.phrase.includes(UNDER_THE_ASSEMBLY);
    const printedAfter = inPhrase ? null : FORUM_THEN_UNDER_ASSEMBLY_AFTER_RE.exec(text.slice(d.end, d.end + 120));
    if (!inPhrase && printedAfter === null) continue;
    const after = inPhrase ? FORUM_UNDER_ASSEMBLY_YEAR_AFTER_RE.exec(text.slice(d.end, d.end + 120)) : null;
    const forumAt = d.phrase.toLowerCase().indexOf(FORUM_WORDS);
    // (not where the Summit is named in brackets with no date, "... General Assembly (Sustainable Development Goals Summit), which
    // recommitted ...", A/RES/80/155 PP8: that mention is the series, and stays so)
    const year = printedAfter
      ? (printedAfter[1] ?? printedAfter[2])
      : (after?.[1] ??
        annexingResolutionYearInNote(text, d, mentions) ??
        (noteMarkAfter(text, d.end) || mentions.some((o) => o.key === SDG_SUMMIT_SERIES_KEY) ? undefined : lastForumUnderAssemblyBefore(citedOn)));
    if (year === undefined || forumAt < 0 || (printedAfter !== null && !printedAfter[0].includes(UNDER_THE_ASSEMBLY))) continue;
    const key = eventKey(SDG_SUMMIT, year);
    // (the summit named in brackets after it is read already: "... General Assembly (Sustainable Development Goals Summit)")
    if (mentions.some((o) => o.key === key) || added?.some((o) => o.key === key)) continue;
    const start = d.start + forumAt;
    const end = printedAfter
      ? d.end + printedAfter[0].indexOf(UNDER_THE_ASSEMBLY) + UNDER_THE_ASSEMBLY.length
      : d.start + d.phrase.indexOf(UNDER_THE_ASSEMBLY) + UNDER_THE_ASSEMBLY.length;
    const attrs: Record<string, unknown> = { eventKind: 'summit', startDate: year };
    // "..., held in New York on 18 and 19 September 2023" (79/219 OP3, 78/163 OP8), "... in September 2023" (80/186): the
    // venue and days printed after the declaration's words are the summit's, as in the bracketed printing (not the day of the
    // resolution that annexed the declaration)
    if (after && !after[0].includes(CONTAINED_IN_THE_ANNEX)) forumVenueAndDays(text, mentions, key, d.end, d.end + after[0].length, attrs, attributions);
    (added ??= []).push({ kind: 'Event', key, name: SDG_SUMMIT, attrs, phrase: text.slice(start, end), start, end, footnote: undefined, nested: undefined });
    attributions.push({ type: 'ADOPTED', source: key, target: d.key, phrase: text.slice(d.start, end), start: d.start, end });
    const assemblyAt = end - ' General Assembly'.length + 1;
    attributions.push({ type: 'ORGANIZES', source: GENERAL_ASSEMBLY_KEY, target: key, phrase: text.slice(start, end), start: assemblyAt, end });
  }
  if (added !== undefined) addMentionsWithClauseVerbs(text, clauses, added, mentions, relations, NO_SPANS);
}

/** the first year the forum met under the auspices of the Assembly (the 2019 SDG Summit), and how many years apart it meets */
const FIRST_FORUM_UNDER_ASSEMBLY = 2019;
const FORUM_UNDER_ASSEMBLY_EVERY = 4;
/** the month and day before which a year's forum under the Assembly had not yet met (the 2023 Summit: 18 and 19 September) */
const FORUM_UNDER_ASSEMBLY_MET_BY = '-09-18';
/**
 * "welcomes the commitment made by Heads of State and Government in the political declaration adopted during the high-level
 * political forum on sustainable development convened under the auspices of the General Assembly to support the work of the
 * intergovernmental negotiating committee" (A/RES/80/135 OP18, 78/151 OP13, 79/202, 79/209; "Endorses the political declaration
 * adopted by ...", 78/1 OP1): printed with no year and no note, the declaration is the one of the forum's last meeting under the
 * Assembly before the citing text (the forum meets so every four years: 2019, 2023), as aud45e's 80/135 gold reads it. The year
 * of that meeting, from the citing resolution's date; undefined without one. (A note that names no resolution, "See A/74/843,
 * annex.", may name an older text: no year read then, aud45e's guard.)
 */
function lastForumUnderAssemblyBefore(citedOn: string | undefined): string | undefined {
  if (citedOn === undefined || citedOn.length < 10) return undefined;
  const citedIn = Number(citedOn.slice(0, 4));
  if (!(citedIn >= FIRST_FORUM_UNDER_ASSEMBLY)) return undefined;
  let met = citedIn - ((citedIn - FIRST_FORUM_UNDER_ASSEMBLY) % FORUM_UNDER_ASSEMBLY_EVERY);
  if (citedOn < `${met}${FORUM_UNDER_ASSEMBLY_MET_BY}`) met -= FORUM_UNDER_ASSEMBLY_EVERY;
  return met >= FIRST_FORUM_UNDER_ASSEMBLY ? String(met) : undefined;
}

/** A note's mark printed right after `end` (", " at most between): "... of the General Assembly,18". */
function noteMarkAfter(text: string, end: number): boolean {
  let at = end;
  while (at < text.length && at < end + 2 && (text.charCodeAt(at) === 44 /* , */ || text.charCodeAt(at) === 32)) at++;
  return isAsciiDigit(text.charCodeAt(at));
}

/**
 * The year of the one resolution a note marked right after the declaration's words names: "as outlined in the political
 * declaration of the high-level political forum on sustainable development convened under the auspices of the General
 * Assembly,8" with "8 Resolution 78/1, annex." (A/RES/80/135 PP6): the resolution that annexed the declaration, adopted the
 * autumn the forum met (keys.ts adoptionYear: a low number of its session, or its printed date), as "contained in the annex to
 * its resolution 78/1 of 29 September 2023" printed in the text dates it (FORUM_UNDER_ASSEMBLY_YEAR_AFTER_RE). Only a mark
 * right after the words (", " at most between) whose note names one resolution and nothing else.
 */
function annexingResolutionYearInNote(text: string, d: EntityMention, mentions: readonly EntityMention[]): string | undefined {
  let noted: EntityMention | undefined;
  for (const m of mentions) {
    const note = m.footnote;
    if (note === undefined || note.offset < d.end || note.offset > d.end + 2) continue;
    const gap = text.slice(d.end, note.offset);
    if (gap !== '' && gap !== ',' && gap !== ' ') continue;
    if (m.kind !== 'Resolution' || (noted !== undefined && noted.key !== m.key)) return undefined;
    noted = m;
  }
  return noted === undefined ? undefined : adoptionYear(noted.key, noted.attrs.date);
}

/** the convener's name at the end of UNDER_THE_ASSEMBLY */
const ASSEMBLY_NAME = 'General Assembly';

/**
 * "the political declaration adopted at the high-level political forum on sustainable development convened under the auspices
 * of the General Assembly" (A/RES/78/265 PP2, 78/311 PP2, 79/322 PP2; "... (Sustainable Development Goals Summit)", 78/151 OP6
 * and 24 more): the gazetteer reads the Assembly as words of the declaration's mention, and the Assembly ORGANIZES the forum.
 * The paragraph mentions the convener it states, as it does where the forum has its own mention ("the high-level political
 * forum ..., convened under the auspices of the General Assembly", 78/148 PP8), and, as there, the Assembly convening a sitting
 * is the agent of its own act: no verb target (the lead's ruling, session 54; ASSEMBLY_ACT_BY_THE). Not a body named only in a
 * sitting's name, nor the author of a cited resolution: only where an ORGANIZES from the Assembly starts inside the declaration's
 * words.
 */
function assemblyConvenersInDeclarations(text: string, mentions: EntityMention[], attributions: readonly Attribution[]): void {
  let added: EntityMention[] | undefined;
  for (const d of mentions) {
    if (d.kind !== 'Framework' || d.footnote !== undefined) continue;
    const at = d.phrase.indexOf(UNDER_THE_ASSEMBLY);
    if (at < 0 || !attributions.some((a) => a.type === 'ORGANIZES' && a.source === GENERAL_ASSEMBLY_KEY && a.start >= d.start && a.start < d.end)) continue;
    const start = d.start + at + UNDER_THE_ASSEMBLY.length - ASSEMBLY_NAME.length;
    if (!text.startsWith(ASSEMBLY_NAME, start)) continue;
    (added ??= []).push({ kind: 'Organization', key: GENERAL_ASSEMBLY_KEY, name: ASSEMBLY_NAME, attrs: {}, phrase: ASSEMBLY_NAME, start, end: start + ASSEMBLY_NAME.length, footnote: undefined, nested: undefined });
  }
  if (added !== undefined) mentions.push(...added);
}

/** the words before the instrument a review is named for (reviewedFrameworks' gate) */
const REVIEW_OF_THE = ' review of the ';

/**
 * "as an input to the high-level review of the Global Digital Compact" (A/RES/79/325 OP8, OP12): the review is the sitting
 * (one Event mention over the whole phrase), and the instrument it reviews, named in full at its end, is mentioned too: the
 * clause's verb takes it, as reviewedEvents gives it the summit whose outcomes a review is named for (the seed's gold: WSIS in
 * the high-level meeting's name). Only an instrument that is the whole rest of the review's name after "review of the".
 */
function reviewedFrameworks(text: string, ctx: RecognizeContext, clauses: Clause[], mentions: EntityMention[], relations: VerbRelation[]): void {
  let added: EntityMention[] | undefined;
  for (const m of mentions) {
    if (m.kind !== 'Event' || m.footnote !== undefined || m.nested !== undefined) continue;
    const at = m.phrase.lastIndexOf(REVIEW_OF_THE);
    if (at < 0) continue;
    const tail = m.phrase.slice(at + REVIEW_OF_THE.length);
    // a context of its own, as reviewedEvents' reading: per-resolution state must not change
    const reviewed = findFrameworks(tail, { body: ctx.body, symbol: ctx.symbol, date: ctx.date, file: ctx.file }).find((f) => f.start === 0 && f.end === tail.length);
    const start = m.start + at + REVIEW_OF_THE.length;
    // (named elsewhere in the paragraph, "the Compact" of another clause, it is still mentioned here)
    if (reviewed === undefined || mentions.some((o) => o.key === reviewed.key && o.start <= start && o.end >= m.end)) continue;
    (added ??= []).push({ kind: reviewed.kind, key: reviewed.key, name: reviewed.name, attrs: reviewed.attrs, phrase: tail, start, end: start + tail.length, footnote: undefined, nested: undefined });
  }
  if (added !== undefined) addMentionsWithClauseVerbs(text, clauses, added, mentions, relations, NO_SPANS);
}

/** the gate of declarationsOfDatedSittings */
const POLITICAL_DECLARATION_WORDS = 'political declaration ';

/**
 * "Fully implement the commitments in the political declaration agreed at the Sustainable Development Goals Summit in 2023"
 * (A/RES/79/1 para. 20 (b)), "the political declaration of the Sustainable Development Goals Summit of 2023" (79/1 annex II
 * PP3): the sitting is read as that year's edition, and its declaration, which the gazetteer knows by a name with the year
 * ("Political Declaration of the 2023 Sustainable Development Goals Summit", resolution 78/1's), went unread. It is mentioned
 * (the clause's verb takes it) and the sitting ADOPTED it. Only a dated sitting right after the words and a declaration so
 * named, not a sitting inside a declaration's name already read ("the political declaration adopted at the high-level
 * political forum ... convened under the auspices of the General Assembly", summitsOfAssemblyForumDeclarations).
 */
function declarationsOfDatedSittings(text: string, clauses: Clause[], mentions: EntityMention[], relations: VerbRelation[], attributions: Attribution[]): void {
  let added: EntityMention[] | undefined;
  for (const m of mentions) {
    const startDate = m.attrs.startDate;
    if (m.kind !== 'Event' || m.footnote !== undefined || typeof startDate !== 'string') continue;
    if (mentions.some((d) => d.kind === 'Framework' && d.footnote === undefined && d.start <= m.start && m.end <= d.end)) continue;
    const from = Math.max(0, m.start - 60);
    const before = DECLARATION_AT_SITTING_BEFORE_RE.exec(text.slice(from, m.start));
    // (or printed after the sitting as what it did: "(Sustainable Development Goals Summit) in September 2023, which adopted a
    // political declaration", A/RES/80/145 PP30, 78/159 PP27: the mention is the declaration's words)
    const after = before?.groups ? null : DECLARATION_ADOPTED_BY_SITTING_AFTER_RE.exec(text.slice(m.end, m.end + 120));
    if (!before?.groups && !after?.groups) continue;
    const entry = lookupName(`Political Declaration of the ${startDate.slice(0, 4)} ${m.name}`);
    if (entry?.kind !== 'Framework') continue;
    const key = namedKey('Framework', entry.name);
    if (mentions.some((o) => o.key === key && o.footnote === undefined) || added?.some((o) => o.key === key)) continue;
    const start = after ? m.end + after[0].length - after.groups!.at!.length : from + before!.index;
    const end = after ? m.end + after[0].length : m.end;
    (added ??= []).push({ kind: 'Framework', key, name: entry.name, attrs: {}, phrase: text.slice(start, end), start, end, footnote: undefined, nested: undefined });
    attributions.push({ type: 'ADOPTED', source: m.key, target: key, phrase: text.slice(Math.min(start, m.start), end), start: Math.min(start, m.start), end });
  }
  if (added !== undefined) addMentionsWithClauseVerbs(text, clauses, added, mentions, relations, NO_SPANS);
}

/** between a cited text and its author printed after it (authorAfterOwnCitedText's gate) */
const COMMA_THE = ', the ';
/** the symbols of the numbered texts RESOLUTION_AUTHOR_KEYS' bodies adopt, as Resolution keys open (authorAfterOwnCitedText) */
const OWN_TEXT_KEY_PREFIXES: ReadonlyMap<string, readonly string[]> = new Map([
  [GENERAL_ASSEMBLY_KEY, ['Resolution:A/RES/', 'Resolution:A/DEC/']],
  ['Organization:Security Council', ['Resolution:S/RES/']],
  [ECONOMIC_AND_SOCIAL_COUNCIL_KEY, ['Resolution:E/RES/', 'Resolution:E/DEC/']],
  [HUMAN_RIGHTS_COUNCIL_KEY, ['Resolution:A/HRC/']],
  // (the IAEA Board of Governors' resolutions are printed as its documents: "resolutions GOV/2022/17 of 3 March 2022, ... of the
  // Board of Governors of the Agency", A/RES/78/316 PP8; authorOfResolutionBefore)
  ['Organization:Board of Governors of the International Atomic Energy Agency', ['Document:GOV/']],
  // (UNESCO keys its General Conference's resolutions with their session: "UNESCO General Conference resolution 41 C/53")
  ['Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization', ['Resolution:UNESCO General Conference resolution ']],
  // (the African Union's Assembly keys its decisions with its short name: "decision Assembly/AU/Dec.729(XXXII) of 11 February 2019
  // of the Assembly of Heads of State and Government of the African Union", A/RES/78/263 OP34, 79/264)
  ['Organization:Assembly of Heads of State and Government of the African Union', ['Resolution:Assembly of the African Union decision ']],
  // (the IMO keys its Assembly's resolutions with its own name: "resolution A.1159(32) of 15 December 2021 of the Assembly of the
  // International Maritime Organization", A/RES/78/69 OP144)
  ['Organization:Assembly of the International Maritime Organization', ['Resolution:International Maritime Organization resolution ']],
]);

/** whether the mention lies inside one of the author spans (start, end in turn) verbRelations skipped */
function insideAuthor(authorSpans: readonly number[], m: EntityMention): boolean {
  for (let i = 0; i < authorSpans.length; i += 2) if (m.start >= authorSpans[i]! && m.end <= authorSpans[i + 1]!) return true;
  return false;
}

/**
 * The body printed right after its own cited text, subject of the act that text reports: "Acknowledges that, in its resolution
 * 77/150, the General Assembly recognized ..." (E/2025/31 draft resolution I OP15, OP27; A/RES/79/84 PP2; 80/12 PP7, PP13): the
 * cited text's author, no target of the citing clause's verb, as in "General Assembly resolution 77/150, in which the Assembly
 * recognized" (verbRelations; in a footnote, footnoteMentionsOf, with the footnote's text and mentions). Only the text's own
 * author ("as requested by the Economic and Social Council in its resolution 2023/3, the General Assembly ..." cites no text of
 * the Assembly's) and only an act it did (a past form, not "was requested"). The text may be named again by "in the resolution"
 * or "in the same resolution" (resolutionNamedAgain: "noting that in the resolution, the Assembly invited", A/RES/79/192 PP5).
 */
function authorAfterOwnCitedText(text: string, m: EntityMention, mentions: readonly EntityMention[]): boolean {
  if (m.start < COMMA_THE.length || !text.startsWith(COMMA_THE, m.start - COMMA_THE.length)) return false;
  const citedEnd = m.start - COMMA_THE.length;
  const printed = mentions.find((r) => r.end === citedEnd && r.kind === 'Resolution' && r.footnote === undefined);
  const cited = printed ?? resolutionNamedAgain(text, citedEnd, mentions);
  if (cited === undefined || (printed !== undefined && !OWN_CITED_TEXT_PHRASE_RE.test(cited.phrase))) return false;
  const prefixes = OWN_TEXT_KEY_PREFIXES.get(m.key);
  const own = prefixes !== undefined ? prefixes.some((p) => cited.key.startsWith(p)) : authorOfCitedResolution(m, [cited]);
  return own && AUTHOR_REPORTED_ACT_AFTER_RE.test(text.slice(m.end, m.end + 40));
}

/**
 * The body printed right after its own numbered text with " of the ": "Taking note of resolution 6/14 of 1 March 2024 of the United
 * Nations Environment Assembly, entitled ..." (A/RES/79/207 PP11, PP13, OP13; 78/154, 80/139, 80/124, 78/138, 79/142), "resolution
 * 9/8 of 17 December 2021 of the Conference of the States Parties to the United Nations Convention against Corruption" (79/190):
 * the text's author, part of the citation as in "United Nations Environment Assembly resolution 6/14" (authorOfTextsNamed), no
 * target of the clause's verb; the paragraph still mentions it. Only the author of that very text: "resolution 70/1 of the General
 * Assembly" is the Assembly's, "the report of the Secretary-General on resolution 78/154 of the Conference" names no author.
 */
function authorOfResolutionBefore(text: string, m: EntityMention, mentions: readonly EntityMention[]): boolean {
  if (m.start < OF_THE.length || !text.startsWith(OF_THE, m.start - OF_THE.length)) return false;
  const citedEnd = m.start - OF_THE.length;
  // (or with its title between: "resolution GC(67)/RES/16 of 28 September 2023, entitled “...”, of the General Conference of the
  // International Atomic Energy Agency", A/RES/78/316 PP8)
  const titled = text.charCodeAt(citedEnd - 1) === 0x2c /* , */ && text.charCodeAt(citedEnd - 2) === 0x201d /* ” */;
  // (a Document only for a body whose texts are so keyed: OWN_TEXT_KEY_PREFIXES)
  const prefixes = OWN_TEXT_KEY_PREFIXES.get(m.key);
  const cited = mentions.find((r) => (r.kind === 'Resolution' || (r.kind === 'Document' && prefixes !== undefined)) && r.footnote === undefined && (r.end === citedEnd || (r.end < citedEnd && ((titled && ENTITLED_TITLE_GAP_RE.test(text.slice(r.end, citedEnd))) || OWN_TEXT_MARK_GAP_RE.test(text.slice(r.end, citedEnd))))));
  if (cited === undefined) return false;
  if (prefixes !== undefined) return prefixes.some((p) => cited.key.startsWith(p));
  return authorOfCitedResolution(m, [cited]) || (m.kind === 'Event' && seriesOpensDecisionKey(m, cited));
}

/** the longest rest of an author's printed name before ", the " (authorNamedAgainAsSubject) */
const AUTHOR_NAME_REST_MAX = 120;
/**
 * Whether the mention follows the author span ending at `authorEnd` with ", the " (the rest of the author's printed name may lie
 * between, when only its head was read: "of the Conference of the States Parties to the Convention, the Conference invited") and
 * is the subject of a past act.
 */
function authorNamedAgainAsSubject(text: string, authorEnd: number, m: EntityMention): boolean {
  if (m.start < authorEnd + COMMA_THE.length || m.start - authorEnd > AUTHOR_NAME_REST_MAX || !text.startsWith(COMMA_THE, m.start - COMMA_THE.length)) return false;
  const rest = text.slice(authorEnd, m.start - COMMA_THE.length);
  return !rest.includes(',') && !rest.includes(';') && AUTHOR_REPORTED_ACT_AFTER_RE.test(text.slice(m.end, m.end + 40));
}

/** A sitting series (an Event) whose decision the paragraph cites before it (seriesOpensDecisionKey): "in which the Conference urged". */
function seriesOfDecisionBefore(m: EntityMention, mentions: readonly EntityMention[]): boolean {
  if (m.kind !== 'Event') return false;
  for (const r of mentions) if (r.kind === 'Resolution' && r.start < m.start && seriesOpensDecisionKey(m, r)) return true;
  return false;
}

/**
 * A sitting series (an Event) printed in short whose decision's key names it in full: "decision C-26/DEC.10 of the Conference of
 * the States Parties" (A/RES/79/56 OP9, OP10; the Conference keyed "Conference of the States Parties to the Chemical Weapons
 * Convention" in the decision's key): the series' printed name opens that body's name; a session of it ("of the Fourth Special
 * Session of the Conference of the States Parties") does not, and stays a target.
 */
function seriesOpensDecisionKey(m: EntityMention, cited: EntityMention): boolean {
  const decisionAt = cited.key.lastIndexOf(' decision ');
  if (decisionAt < 0) return false;
  const body = cited.key.slice(cited.key.indexOf(':') + 1, decisionAt);
  // (or the series keyed by its full name, the decision by the printed one: "decision 26/COP.15 of 20 May 2022, in which the
  // Conference urged" (A/RES/78/158 PP9), the Conference "... to Combat Desertification in Those Countries Experiencing ...")
  // (or printed bare after the decision of another meeting of the parties: "decision 1/CMA.3 of the Conference of the Parties on
  // the active involvement of Indigenous Peoples" (A/RES/80/138 OP33, 78/153, 79/206): the text names the Paris Agreement's
  // meeting short, which the paragraph reads as the Convention's Conference; it is the decision's author all the same)
  return body === m.name || body.startsWith(`${m.name} `) || m.name.startsWith(`${body} `) || (m.phrase === BARE_CONFERENCE_OF_THE_PARTIES && body.startsWith(`${BARE_CONFERENCE_OF_THE_PARTIES} `));
}
/** a Conference of the Parties printed with no treaty (seriesOpensDecisionKey) */
const BARE_CONFERENCE_OF_THE_PARTIES = 'Conference of the Parties';


/**
 * The body printed after its own numbered text with "adopted by the": "Recalling resolution 41C/53 adopted by the General
 * Conference of the United Nations Educational, Scientific and Cultural Organization on 23 November 2021" (A/RES/78/312 PP6),
 * "Welcoming resolution 3/2023 of 7 July 2023, entitled “...”, adopted by the Conference of the Food and Agriculture Organization
 * of the United Nations at its forty-third session" (78/123 PP3; 80/174 PP4), "resolution 77.17 of 1 June 2024, adopted by the
 * World Health Assembly" (79/333 PP4), "resolution 10/12 of 15 December 2023, adopted by the Conference of the States Parties to
 * the Convention" (79/190 PP61): the text's author, as "resolution 6/14 of the United Nations Environment Assembly"
 * (authorOfResolutionBefore), no target of the clause's verb (the lead's convention: the adopting body of a cited text is no
 * target); the session that adopted it still is. An Organization or a sitting series (an Event: the FAO Conference, a Conference
 * of the Parties), and only the author of that very text: a framework "adopted by the General Conference" is not a numbered text.
 */
function adoptedOwnTextBefore(text: string, m: EntityMention, mentions: readonly EntityMention[]): boolean {
  if (m.start < BY_THE.length || !text.startsWith(BY_THE, m.start - BY_THE.length)) return false;
  // (or with its day or place between: "GC(68)/RES/9, adopted on 20 September 2024 by the", ruling, session 53)
  const from = Math.max(0, m.start - 90);
  const words = ADOPTED_DAY_OR_PLACE_BY_THE_BEFORE_RE.exec(text.slice(from, m.start));
  if (words === null) return adoptionOfOwnTextBefore(text, m, mentions);
  const gapEnd = from + words.index;
  // the last text the paragraph cites before the words, not in a footnote; its mention may hold the day ("GC(67)/RES/13, adopted
  // on 28 September 2023", the ADOPTED_ON reading), so it may end inside them
  let cited: EntityMention | undefined;
  for (const r of mentions) if (r.kind === 'Resolution' && r.footnote === undefined && r.end <= m.start - BY_THE.length && (cited === undefined || r.end > cited.end)) cited = r;
  if (cited === undefined || (cited.end <= gapEnd && !ADOPTED_OWN_TEXT_GAP_RE.test(text.slice(cited.end, gapEnd)))) return false;
  const prefixes = OWN_TEXT_KEY_PREFIXES.get(m.key);
  return prefixes !== undefined ? prefixes.some((p) => cited.key.startsWith(p)) : authorOfCitedResolution(m, [cited]);
}

/**
 * The body printed after "the adoption of" its own numbered text: "Recalling the adoption of resolution 2000/22 of 18 August 2000, on
 * the promotion of dialogue on human rights issues, by the Subcommission on the Promotion and Protection of Human Rights at its
 * fifty-second session" (A/RES/78/199 PP15, 79/166, 80/204; 79/313 PP37, 79/190 OP59): the text's author, no target of the clause's
 * verb, as with "adopted by the" (adoptedOwnTextBefore; ADOPTION_OF_OWN_TEXT_BY_GAP_RE).
 */
function adoptionOfOwnTextBefore(text: string, m: EntityMention, mentions: readonly EntityMention[]): boolean {
  if (!ADOPTION_OF_NUMBERED_TEXT.some((gate) => textIncludes(text, gate))) return false;
  let cited: EntityMention | undefined;
  for (const r of mentions) if (r.kind === 'Resolution' && r.footnote === undefined && r.end <= m.start - BY_THE.length && (cited === undefined || r.end > cited.end)) cited = r;
  if (cited === undefined || !ADOPTION_OF_TEXT_BEFORE_RE.test(text.slice(Math.max(0, cited.start - 40), cited.start)) || !ADOPTION_OF_OWN_TEXT_BY_GAP_RE.test(text.slice(cited.end, m.start))) return false;
  const prefixes = OWN_TEXT_KEY_PREFIXES.get(m.key);
  return prefixes !== undefined ? prefixes.some((p) => cited.key.startsWith(p)) : authorOfCitedResolution(m, [cited]);
}

/**
 * An organ printed as the author of the act named as a noun: "Recognizing the adoption of Agenda 2063 by the Assembly of Heads of
 * State and Government of the African Union at its twenty-fourth ordinary session" (A/RES/79/263 PP6, 78/263; "the adoption of the
 * African Space Policy and Strategy by the Assembly of the African Union at its twenty-sixth ordinary session", 79/263 and two more):
 * the adopter, no target of the clause's verb (lead's ruling, sessions 62 and 64); its session still is. So with a day or nothing
 * after the organ, as the adopter printed before its text (session 65) and the endorser of an unnamed text (session 68): "Noting the
 * adoption of the programme of work for the 2009 session by the Conference on Disarmament on 29 May 2009" (A/RES/80/24 PP19, 79/50,
 * 78/53), "the adoption of the reports of the five subsidiary bodies by the Conference on Disarmament" (79/71), "the adoption of the
 * Declaration on a Culture of Peace by the United Nations at the fifty-third session of the General Assembly in 1999" (78/277 OP18,
 * 79/321 OP18). An Organization only: a sitting printed so ("the adoption of the Vienna Declaration ... by the World Conference on
 * Human Rights", 78/199 PP16) stays a target (accuracy-aud62u).
 */
function adoptionByOrganAtItsSession(text: string, m: EntityMention): boolean {
  if (m.kind !== 'Organization' || m.start < BY_THE.length || !text.startsWith(BY_THE, m.start - BY_THE.length)) return false;
  // (the organ's other acts named as nouns only with its session after it: "the consideration of this item by the Security Council"
  // keeps the Council a target, accuracy-aud54i)
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  return text.startsWith(AT_ITS_SESSION_GAP, m.end) ? ADOPTION_OF_TEXT_BY_BEFORE_RE.test(before) : ADOPTION_ONLY_OF_TEXT_BY_BEFORE_RE.test(before);
}

/**
 * The same organ printed as the adopter before the text it adopted: "Recalling the adoption by the General Conference of [UNESCO]
 * on 17 October 2003 of the Declaration concerning the Intentional Destruction of Cultural Heritage" (A/RES/79/133 PP9, PP10, OP21
 * "at its thirty-eighth session, in November 2015, of"): "the adoption of X by <organ>" reworded, the adopter, no target of the
 * clause's verb (lead's ruling, session 65, extending adoptionByOrganAtItsSession's). An Organization only, as there.
 */
function adoptionByOrganOfText(text: string, m: EntityMention): boolean {
  // (or a standing conference of an organization, which sits in numbered sessions as an organ does: "the adoption by the
  // International Labour Conference of the Domestic Workers Convention, 2011 (No. 189)", A/RES/78/180 PP20, PP21, PP38; 79/224 PP6)
  if ((m.kind !== 'Organization' && !(m.kind === 'Event' && SESSION_NUMBERED_CONFERENCES.has(m.name))) || text.charCodeAt(m.start - 4) !== 0x74 /* t, of "the " */ || !ADOPTION_BY_THE_BEFORE_RE.test(text.slice(Math.max(0, m.start - 20), m.start))) return false;
  return ADOPTION_BY_ORGAN_OF_GAP_RE.test(text.slice(m.end, m.end + 120));
}

/** the gate of endorserOfText's second form: "endorsement of " */
const ENDORSEMENT_OF = 'endorsement of ';

/**
 * An organ printed as the endorser in the nominal form of an endorsement: "the endorsement by <organ> [on <day> | at its <n>
 * session] of X" (A/RES/78/152 OP32, 79/8 OP4, 78/158 PP13), "the endorsement of X by <organ> at its <n> session" (78/198 PP39,
 * 79/171 PP39): read as the adopter of adoptionByOrganOfText and adoptionByOrganAtItsSession, no target of the clause's verb (lead's
 * ruling, session 68; attributions.ts gives it ENDORSES). Its owner printed inside its name ("the General Conference of the United
 * Nations Educational, Scientific and Cultural Organization") keeps its verb; so do the leaders' body in "the endorsement by the
 * Heads of Government of the Caribbean Community of the report" (78/98 PP21) and an Assembly named before its own decision ("the
 * endorsement by the General Assembly, in its decision 80/506 ..., of", 80/72 OP2: no gap read).
 */
function endorserOfText(text: string, m: EntityMention): boolean {
  if (m.kind !== 'Organization' || m.start < BY_THE.length) return false;
  if (ENDORSEMENT_BY_THE_BEFORE_RE.test(text.slice(Math.max(0, m.start - 20), m.start))) {
    const after = text.slice(m.end, m.end + 120);
    return ADOPTION_BY_ORGAN_OF_GAP_RE.test(after) || ENDORSER_OF_GAP_RE.test(after);
  }
  return ENDORSER_AT_ITS_SESSION_GAP_RE.test(text.slice(m.end, m.end + 12)) && textIncludes(text, ENDORSEMENT_OF) && ENDORSEMENT_OF_TEXT_BY_BEFORE_RE.test(text.slice(Math.max(0, m.start - 340), m.start));
}

/** pronounObjects' antecedent in `prev`, which names no other: the one organ printed there as the adopter before its text (adoptionByOrganOfText) */
function adopterBeforeUnnamedText(text: string, prev: Clause, mentions: readonly EntityMention[]): VerbRelation | undefined {
  let found: VerbRelation | undefined;
  for (const m of mentions) {
    if (m.start < prev.start || m.end > prev.end || m.kind !== 'Organization' || m.footnote || !adoptionByOrganOfText(text, m)) continue;
    if (found !== undefined && found.target !== m.key) return undefined;
    found = { type: prev.relation!, target: m.key, clause: prev.index, verb: prev.verb, phrase: m.phrase, start: m.start, end: m.end };
  }
  return found;
}

/**
 * The body that adopted the texts the clause names, some of its own numbered ones listed after it: "resolutions ... adopted by the
 * United Nations Environment Assembly of the United Nations Environment Programme, including resolution 2/10" (A/RES/78/159 PP16),
 * "relevant resolutions adopted by the Human Rights Council, including resolutions 36/6" (80/201 PP4): the texts' author, no target
 * of the clause's verb, as in "United Nations Environment Assembly resolution 2/10" (ADOPTED_BY_THE_BEFORE_RE). Only with a
 * number of its own after it: "resolutions adopted by the Commission" alone leaves the body a target (aud42e).
 */
function adoptedOwnTextsIncludingAfter(text: string, m: EntityMention, mentions: readonly EntityMention[]): boolean {
  if (m.start < BY_THE.length || !text.startsWith(BY_THE, m.start - BY_THE.length) || !ADOPTED_BY_THE_BEFORE_RE.test(text.slice(Math.max(0, m.start - 20), m.start))) return false;
  let first: EntityMention | undefined;
  for (const r of mentions) if (r.footnote === undefined && r.start >= m.end && (first === undefined || r.start < first.start)) first = r;
  if (first === undefined || first.kind !== 'Resolution' || !OWN_TEXTS_INCLUDING_GAP_RE.test(text.slice(m.end, first.start))) return false;
  const prefixes = OWN_TEXT_KEY_PREFIXES.get(m.key);
  if (prefixes !== undefined) return prefixes.some((p) => first.key.startsWith(p));
  return (m.kind === 'Organization' || m.kind === 'Event') && first.key.startsWith(`Resolution:${m.name} `);
}

/**
 * A Conference of the Parties (an Event in the graph) printed right after its own decision, subject of the act that decision
 * reports: "Recalling that, in its decision 3/COP.15,2 the Conference of the Parties to the Convention invited parties ..."
 * (A/RES/79/207 PP7; 78/154, 80/139): the decision's author, no target of the clause's verb, as authorAfterOwnCitedText's
 * Organizations are. The decision's key names the body ("...Convention to Combat Desertification decision 3/COP.15"), which the
 * sitting's longer name opens with.
 */
function conferenceAfterOwnDecision(text: string, m: EntityMention, mentions: readonly EntityMention[]): boolean {
  const from = Math.max(0, m.start - 12);
  const gap = text.slice(from, m.start);
  const comma = gap.lastIndexOf(',');
  if (comma < 0 || !OWN_DECISION_MARK_THE_GAP_RE.test(gap.slice(comma))) return false;
  const citedEnd = from + comma;
  const cited = mentions.find((r) => r.end === citedEnd && r.kind === 'Resolution' && r.footnote === undefined && OWN_CITED_TEXT_PHRASE_RE.test(r.phrase));
  if (cited === undefined) return false;
  const decisionAt = cited.key.lastIndexOf(' decision ');
  const body = decisionAt < 0 ? '' : cited.key.slice(cited.key.indexOf(':') + 1, decisionAt);
  return body !== '' && m.name.startsWith(body) && AUTHOR_REPORTED_ACT_AFTER_RE.test(text.slice(m.end, m.end + 40));
}

/**
 * The resolution "in the resolution" or "in the same resolution" names again right before `end` (SAME_RESOLUTION_BEFORE_RE):
 * the last one the paragraph cites before it (authorAfterOwnCitedText).
 */
function resolutionNamedAgain(text: string, end: number, mentions: readonly EntityMention[]): EntityMention | undefined {
  if (text.charCodeAt(end - 1) !== 0x6e /* n, of "resolution" */ || !SAME_RESOLUTION_BEFORE_RE.test(text.slice(Math.max(0, end - 32), end))) return undefined;
  let last: EntityMention | undefined;
  for (const r of mentions) if (r.kind === 'Resolution' && r.footnote === undefined && r.end <= end - 'resolution'.length) last = r;
  return last;
}

/**
 * "which the <body>" or "whereby the <body>" ("General Assembly resolution 70/232, whereby the Assembly requested the President",
 * A/RES/80/191 OP55, 79/159, 78/189), or with an aside between ("which, inter alia, the"): a string test first, the regex only
 * after ", the "
 */
function afterWhichThe(text: string, start: number): boolean {
  if (text.startsWith('which the ', start - 10) || text.startsWith('whereby the ', start - 12)) return true;
  if (text.startsWith(' and the ', start - 9)) return WHICH_THE_ASSEMBLY_AND_THE_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start));
  return text.startsWith(', the ', start - 6) && WHICH_ASIDE_THE_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * A body whose own numbered resolution the paragraph cites, keyed by its name ("United Nations Habitat Assembly resolution 2/3 of
 * 9 June 2023, in which the United Nations Habitat Assembly recommended that ...", A/RES/78/122 PP9; "United Nations Environment
 * Assembly resolution 5/14 ..., in which the Environment Assembly decided"): the cited text's author, as RESOLUTION_AUTHOR_KEYS'
 * bodies are (only after "which the" and before a past form: verbRelations tests that first).
 */
function authorOfCitedResolution(m: EntityMention, mentions: readonly EntityMention[]): boolean {
  // (or a sitting series keyed as an Event, whose texts are keyed with its name: "resolution 10/12 ..., adopted by the Conference
  // of the States Parties to the Convention, in which the Conference called upon", A/RES/79/190 PP61)
  if (m.kind !== 'Organization' && m.kind !== 'Event') return false;
  const prefix = `Resolution:${m.key.slice(m.key.indexOf(':') + 1)} `;
  for (const r of mentions) if (r.kind === 'Resolution' && r.start < m.start && r.key.startsWith(prefix)) return true;
  return false;
}

/** the sittings of a numbered session named after it (sessionsOfTheirSittings' gates: rare substrings) */
const GENERAL_DEBATE_OF = 'general debate of the ';
const HIGH_LEVEL_WEEK_OF = 'high-level week of the ';

/**
 * "during the general debate of the Assembly at its eightieth session" (A/RES/80/1 OP1, OP2), "in the margins of the high-level
 * week of the eightieth session of the General Assembly" (79/325 OP6): entityScan reads the debate or the week as one Event
 * mention over the whole phrase, part of the session (EventDetail.partOf); the session is named too, and the clause's verb takes
 * it, as "the second part of" a conference and the conference both are (a mention of the paragraph, not a nested one). The session
 * is its body's as the sitting is (SESSION_OF the sitting's owner: 79/325 OP6, 80/172 OP6 "the high-level week of the eightieth
 * session of the General Assembly"), as the session printed alone is.
 */
function sessionsOfTheirSittings(text: string, clauses: Clause[], mentions: EntityMention[], relations: VerbRelation[], attributions: Attribution[]): void {
  let added: EntityMention[] | undefined;
  for (const m of mentions) {
    if (m.kind !== 'Event' || m.footnote !== undefined || !(m.key.startsWith(GENERAL_DEBATE_KEY) || m.key.startsWith(HIGH_LEVEL_WEEK_KEY) || m.key.startsWith(OAD_SEGMENT_KEY))) continue;
    const session = eventDetail(m)?.partOf;
    if (session === undefined) continue;
    // (the session may be read already, nested in the sitting's name: its SESSION_OF is drawn here all the same)
    const owner = attributions.find((a) => a.type === 'SESSION_OF' && a.source === m.key)?.target;
    if (owner !== undefined && !attributions.some((a) => a.type === 'SESSION_OF' && a.source === session)) {
      attributions.push({ type: 'SESSION_OF', source: session, target: owner, phrase: m.phrase, start: m.start, end: m.end });
    }
    if (mentions.some((o) => o.key === session) || added?.some((o) => o.key === session)) continue;
    const name = session.slice(EVENT_PREFIX.length);
    // (the session's words as printed: its ordinal and "session", "... of the General Assembly" or not)
    const ordinal = name.slice(0, name.indexOf(' ') + 1);
    const at = m.phrase.lastIndexOf(ordinal);
    if (at < 0) continue;
    const start = m.start + at;
    (added ??= []).push({ kind: 'Event', key: session, name, attrs: { eventKind: 'session' }, phrase: text.slice(start, m.end), start, end: m.end, footnote: undefined, nested: undefined });
  }
  if (added !== undefined) addMentionsWithClauseVerbs(text, clauses, added, mentions, relations, NO_SPANS);
}
const EVENT_PREFIX = 'Event:';
const GENERAL_DEBATE_KEY = EVENT_PREFIX + GENERAL_DEBATE_OF;
const HIGH_LEVEL_WEEK_KEY = EVENT_PREFIX + HIGH_LEVEL_WEEK_OF;
const OAD_SEGMENT_KEY = EVENT_PREFIX + OAD_SEGMENT_OF;

/** establishedBeforeNamed's gate: "to establish an international tribunal" */
const TO_ESTABLISH_AN = ' to establish an ';

/**
 * "Decides hereby to establish an international tribunal for the sole purpose of prosecuting persons responsible for ... and to
 * this end to adopt the Statute of the International Tribunal annexed to the above-mentioned report" (S/RES/827 (1993) OP2):
 * the body a decision establishes, printed with the indefinite article and lowercase words, is the one the same paragraph then
 * names by those words capitalised: the clause's verb takes it. Only two or three words that the later name prints exactly.
 */
function establishedBeforeNamed(text: string, clauses: Clause[], mentions: EntityMention[], relations: VerbRelation[]): void {
  const at = text.indexOf(TO_ESTABLISH_AN);
  const start = at + TO_ESTABLISH_AN.length;
  const words = text.slice(start, start + 80).split(' ', 3);
  for (let n = 3; n >= 2; n--) {
    const lower = words.slice(0, n);
    if (lower.length < n || !lower.every((w) => w.length > 1 && isLowerAscii(w.charCodeAt(0)) && isLowerAscii(w.charCodeAt(w.length - 1)))) continue;
    const printed = lower.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
    // (the name may be printed inside a longer one, "the Statute of the International Tribunal": a nested mention)
    const named = mentions.find((m) => m.start > start && m.footnote === undefined && m.kind === 'Organization' && m.phrase === printed);
    if (named === undefined) continue;
    const end = start + lower.join(' ').length;
    addMentionsWithClauseVerbs(text, clauses, [{ kind: named.kind, key: named.key, name: named.name, attrs: named.attrs, phrase: text.slice(start, end), start, end, footnote: undefined, nested: undefined }], mentions, relations, NO_SPANS);
    return;
  }
}

/** anniversariesOfTheUnitedNations' gate */
const ANNIVERSARY_OF_THE_UN = ' anniversary of the United Nations';

/**
 * "We reaffirm our pledge, made on the occasion of the seventy-fifth anniversary of the United Nations, to reinvigorate global
 * action ..." (A/RES/79/1 annex paragraph 16), "Recalling further the seventy-fifth anniversary of the United Nations in 2020"
 * (A/RES/79/290 PP6), "in the context of the eightieth anniversary of the United Nations in 2025" (79/319 OP9): the Organization's commemoration (UN75, UN80) is an
 * event of its own, and the clause's verb takes it as well as the United Nations named in it. Not inside a longer name ("the
 * declaration on the commemoration of the seventy-fifth anniversary of the United Nations": the United Nations is nested there),
 * nor the United Nations qualifying a noun after it ("the twentieth anniversary of the United Nations study on ...").
 */
function anniversariesOfTheUnitedNations(text: string, clauses: Clause[], mentions: EntityMention[], relations: VerbRelation[]): void {
  let added: EntityMention[] | undefined;
  for (const m of mentions) {
    if (m.key !== UNITED_NATIONS_KEY || m.footnote !== undefined || m.nested !== undefined || NOUN_AFTER_NAME_RE.test(text.slice(m.end, m.end + 16))) continue;
    // (a quoted title's words: "the subtopic “The rule of law ... at the eightieth anniversary of the United Nations”", A/RES/79/126 OP24)
    if (insideQuotedTitle(text, m)) continue;
    const before = ANNIVERSARY_OF_BEFORE_RE.exec(text.slice(Math.max(0, m.start - 48), m.start));
    if (!before) continue;
    const start = m.start - before[0].length;
    // (the sitting that marks it is read already: "the commemoration of the eightieth anniversary of the United Nations",
    // A/RES/80/5 annex 5)
    if (mentions.some((o) => o.kind === 'Event' && o.start < start && o.end > start)) continue;
    const name = `${before[1]!.toLowerCase()}${text.slice(start + before[1]!.length, m.end)}`;
    const key = eventKey(name);
    if (mentions.some((o) => o.key === key) || added?.some((o) => o.key === key)) continue;
    (added ??= []).push({ kind: 'Event', key, name, attrs: { eventKind: 'other' }, phrase: text.slice(start, m.end), start, end: m.end, footnote: undefined, nested: undefined });
  }
  if (added !== undefined) addMentionsWithClauseVerbs(text, clauses, added, mentions, relations, NO_SPANS);
}

/** the words a review's name ends on before what it reviews (reviewedEvents' gate, before REVIEW_OF_OUTCOMES_RE) */
const OUTCOMES_OF_THE = ' outcomes of the ';

/**
 * "the overall review of the implementation of the outcomes of the World Summit on the Information Society" (A/RES/79/277 PP2,
 * PP4, PP7): entityScan reads the review as the meeting that concludes it (one Event mention over the whole phrase), and the
 * summit whose outcomes it reviews, named in full at its end, is mentioned too: the clause's verb takes it (a mention of the
 * paragraph, not a nested one). Not inside a meeting named for the review ("the high-level meeting of the General Assembly on
 * the overall review of ...": REVIEW_OF_OUTCOMES_RE reads the mention's start), where the summit is part of the meeting's name.
 */
function reviewedEvents(text: string, ctx: RecognizeContext, clauses: Clause[], mentions: EntityMention[], relations: VerbRelation[]): void {
  let added: EntityMention[] | undefined;
  for (const m of mentions) {
    if (m.kind !== 'Event' || m.footnote !== undefined || !m.phrase.includes(OUTCOMES_OF_THE)) continue;
    const review = REVIEW_OF_OUTCOMES_RE.exec(m.phrase);
    if (!review) continue;
    const tail = m.phrase.slice(review[0].length);
    // a context of its own, as sittingsOfDeclarations' second reading: per-resolution state must not change
    const reviewed = findEvents(tail, { body: ctx.body, symbol: ctx.symbol, date: ctx.date, file: ctx.file }).find((e) => e.start === 0 && e.end === tail.length);
    if (reviewed === undefined || mentions.some((o) => o.key === reviewed.key) || added?.some((o) => o.key === reviewed.key)) continue;
    const start = m.start + review[0].length;
    (added ??= []).push({ kind: reviewed.kind, key: reviewed.key, name: reviewed.name, attrs: reviewed.attrs, phrase: tail, start, end: start + tail.length, footnote: undefined, nested: undefined });
  }
  if (added !== undefined) addMentionsWithClauseVerbs(text, clauses, added, mentions, relations, NO_SPANS);
}

/** a review meeting's formal name, the Assembly's sitting named with what it reviews (reviewedEventsOfReviewMeetings) */
const FORMAL_REVIEW_MEETING_NAMES = [HLM_OF_ASSEMBLY_ON, `H${HLM_OF_ASSEMBLY_ON.slice(1)}`];

/** an Event keyed as the review of an event's outcomes ("high-level meeting on the overall review of the implementation of the
 *  outcomes of the World Summit on the Information Society @ 2015"), printed in any wording (a key test, no regex) */
function isReviewOfOutcomes(m: EntityMention): boolean {
  return m.kind === 'Event' && m.footnote === undefined && m.key.includes(OUTCOMES_OF_THE);
}

/**
 * The event whose outcomes a review meeting reviews, printed inside the meeting's own words in another wording than
 * reviewedEvents reads: "the high-level meeting on the overall review of the implementation of the outcomes of the World
 * Summit" (A/RES/80/173 PP1, A/80/L.41 PP1), "the 20-year review of the World Summit" (80/173 OP16), "the overall review by the
 * General Assembly, in 2025, of the progress made since the World Summit on the Information Society" (A/RES/78/265 OP12), the
 * meeting named in a quoted title (A/RES/78/311 PP2). The older gold sets (aud40h's seed, aud41i, aud43a) count the summit
 * named in the review's name as a target of the clause's verb, as the Compact in "high-level review of the Global Digital
 * Compact". Read from the meeting's key (the summit's full name after "outcomes of the"), only where the meeting's words print
 * the summit's first two words ("World Summit"): "the 20-year review" alone names no summit. Not the meeting printed by its
 * formal name, "the high-level meeting of the General Assembly on the overall review of ...", where the summit is part of the
 * sitting's own name (aud41f gold, A/RES/78/132 PP14, OP30, 80/118 PP14; aud42d gold, 79/194 PP13; aud41i's gold counts it in
 * the quoted title of 78/311 PP2: a conflict left to the lead).
 */
function reviewedEventsOfReviewMeetings(text: string, ctx: RecognizeContext, clauses: Clause[], mentions: EntityMention[], relations: VerbRelation[]): void {
  let added: EntityMention[] | undefined;
  for (const m of mentions) {
    if (!isReviewOfOutcomes(m) || FORMAL_REVIEW_MEETING_NAMES.some((n) => m.phrase.startsWith(n))) continue;
    const at = m.key.lastIndexOf(OUTCOMES_OF_THE) + OUTCOMES_OF_THE.length;
    const dated = m.key.indexOf(' @ ', at);
    const name = m.key.slice(at, dated < 0 ? undefined : dated);
    const secondSpace = name.indexOf(' ', name.indexOf(' ') + 1);
    const printedFrom = m.phrase.lastIndexOf(secondSpace < 0 ? name : name.slice(0, secondSpace));
    if (printedFrom < 0) continue;
    // a context of its own, as reviewedEvents: per-resolution state must not change
    const reviewed = findEvents(name, { body: ctx.body, symbol: ctx.symbol, date: ctx.date, file: ctx.file }).find((e) => e.start === 0 && e.end === name.length);
    if (reviewed === undefined || reviewed.key === m.key || mentions.some((o) => o.key === reviewed.key) || added?.some((o) => o.key === reviewed.key)) continue;
    const start = m.start + printedFrom;
    (added ??= []).push({ kind: reviewed.kind, key: reviewed.key, name: reviewed.name, attrs: reviewed.attrs, phrase: text.slice(start, m.end), start, end: m.end, footnote: undefined, nested: undefined });
  }
  if (added !== undefined) addMentionsWithClauseVerbs(text, clauses, added, mentions, relations, NO_SPANS);
}

/**
 * A body printed as the adjective of the numbered texts it adopted ("General Assembly and Security Council resolutions 1514 (XV)
 * ..."): part of the citation, no verb target (AUTHOR_OF_TEXTS_AFTER_RE); so is each body listed before the last one ("General
 * Assembly and", AUTHOR_LIST_GAP_RE). Cheap gates first: a space, then "r", "d", "a" or "o" (resolutions, decisions, and, or), or a comma.
 */
function authorOfTextsNamed(text: string, m: EntityMention, mentions: readonly EntityMention[]): boolean {
  for (let depth = 0; depth < 4; depth++) {
    // reads kept inside the text: a read past its end deopted this function ("out of bounds", A/RES/78/69's footnote ending
    // in a body); -1 there fails every test below as NaN did
    const c = m.end < text.length ? text.charCodeAt(m.end) : -1;
    if (c !== 0x20 && c !== 0x2c) return false;
    const n = m.end + 1 < text.length ? text.charCodeAt(m.end + 1) : -1;
    if (c === 0x20 && (n === 0x72 /* r */ || n === 0x64) /* d */) return AUTHOR_OF_TEXTS_AFTER_RE.test(text.slice(m.end, m.end + 16));
    if (c === 0x20 && n !== 0x61 /* a */ && n !== 0x6f /* o */) return false;
    // the next body listed, right after the gap: a mention of its own, not a nested one
    let next: EntityMention | undefined;
    for (let i = 0; i < mentions.length; i++) {
      const o = mentions[i]!;
      if (o.start > m.end && o.start - m.end <= 10 && o.kind === 'Organization' && !o.nested && !o.footnote && (next === undefined || o.start < next.start)) next = o;
    }
    if (next === undefined || !AUTHOR_LIST_GAP_RE.test(text.slice(m.end, next.start))) return false;
    m = next;
  }
  return false;
}

/**
 * The Assembly printed as the agent of its own cited text ("as requested by the General Assembly in its resolution 70/125", "the
 * adoption by the General Assembly of resolution 78/213"): the author, no verb target (AGENT_BY_BEFORE_RE with
 * AUTHOR_IN_TEXT_AFTER_RE), as "General Assembly resolution 70/125" and "in which the Assembly adopted" (the lead's convention,
 * aud41i gold: "adopted by the General Assembly on/in"). Only the Assembly: another body that endorsed or adopted a text ("as
 * endorsed by the Human Rights Council in its resolution 17/4", A/RES/78/265 PP4) is an actor the clause names (aud41i gold
 * keeps it). Not "other resolutions of the Assembly", which keeps the verb (aud40i, the aud41a guard). Cheap gate first: " i" or
 * " o" after the name.
 */
function agentOfCitedText(text: string, m: EntityMention): boolean {
  // "the obligation of Member States ... to bear the expenses of the Organization as apportioned by the General Assembly" (A/RES/80/2
  // PP2, 78/2, 79/3; 79/249 OP5, Article 17 of the Charter): the Assembly's own act again, as "adopted by the General Assembly on"
  if (assemblyActNamedBefore(text, m)) return true;
  // "in accordance with the procedure and practices established by the General Assembly" (A/RES/79/310 and 19 more peacekeeping
  // financing texts of corpus-ga), "the scope, budget and timeline approved by the General Assembly" (79/258), "to be funded under
  // section 3, Political affairs, as may be approved by the General Assembly" (79/299 OP7), "special political missions authorized
  // by the General Assembly and/or the Security Council" (79/258), "at the dates and location ... to be determined by the General
  // Assembly at its eightieth session" (80/169 PP10), "urge other States to do likewise, as called for by the General Assembly and
  // other organs of the United Nations" (78/202 PP6, 79/167, 80/209), "multilateral disarmament machinery as mandated by the
  // General Assembly at its first special session" (78/27 PP8, 79/47, 80/49): the Assembly's own act again, whatever follows (the
  // Council named with it stays the verb's, as another body's act does)
  // "Recalling the adoption by the General Assembly and the entry into force of the Treaty" (A/RES/80/46 PP15, 79/52, 78/48),
  // "the adoption by the General Assembly of the 2030 Agenda" (78/228 PP5, 80/228), "... at its seventy-second session of the
  // political declaration" (78/59 PP22, 79/68, 80/63): the Assembly's act named as a noun with its agent first, whatever
  // follows, as "the adoption of the Convention by the General Assembly" below; so its other acts named as nouns: "the proclamation
  // by the General Assembly of the period 2021–2030 as the Fourth International Decade for the Eradication of Colonialism" (A/RES/80/94
  // PP16 and 31 more Territories' texts), "... at its seventy-second session of 2019–2028 as the United Nations Decade of Family
  // Farming" (78/198), "the establishment by the General Assembly of the United Nations Regional Centre" (78/60), "the recognition by
  // the General Assembly, the Security Council and other United Nations organs of the legitimacy" (78/83 OP4: the Council stays)
  if (assemblyNounActBefore(text, m)) return true;
  // "Recalling that, in paragraph 5 of its resolution 77/157, it reiterated its request to the Government of Israel ..., and
  // recognizing the conclusion of the Secretary-General that this request of the General Assembly has yet to be implemented"
  // (A/RES/78/143 PP9, 79/200, 80/130): the act the paragraph named is named again with its author, as "the request by the"
  // (a demonstrative only: "the decision of the General Assembly to declare ..." names the Assembly's act first, and keeps it)
  if (text.charCodeAt(m.start - 4) === 0x74 /* t */ && ASSEMBLY_ACT_NAMED_AGAIN.some((act) => m.start >= act.length && text.startsWith(act, m.start - act.length))) return true;
  // (also with a comma before the text: "Welcomes the extension by the General Assembly, in its resolution 76/202 of 17 December
  // 2021, of the mandate of the 10-Year Framework" (A/RES/80/135 OP12; 79/276 in five texts of corpus-ga): the same act)
  const gap = text.charCodeAt(m.end) === 0x2c /* , */ ? m.end + 1 : m.end;
  const n = text.charCodeAt(gap + 1);
  // (the same act as a noun at the clause's end: "to be officially launched immediately following the adoption of the present
  // resolution by the General Assembly;" (A/RES/79/193 OP1): no DECLARES target, no LEADS of the Decade proclaimed)
  if (text.charCodeAt(m.end) === 0x3b /* ; */) return assemblyActOnThingBefore(text, m);
  if (text.charCodeAt(gap) !== 0x20) return false;
  if ((n === 0x69 /* i */ || n === 0x6f /* o */ || n === 0x62) /* b */ && AUTHOR_IN_TEXT_AFTER_RE.test(text.slice(gap, gap + 24))) {
    if (AGENT_BY_BEFORE_RE.test(text.slice(Math.max(0, m.start - 8), m.start))) return true;
  }
  if (gap !== m.end) return false;
  // the text's own act named with its day or what it made of a thing: "the Awaza Programme of Action ... adopted by the General
  // Assembly on 24 December 2024,1" (footnote "Resolution 79/233, annex"), "2025 was proclaimed by the General Assembly as the
  // International Year of Peace and Trust,4" (A/RES/80/3 annex paragraphs 2 and 5): the Assembly's resolution reworded again
  // ("b": "adopted by the General Assembly by consensus as resolution 69/313", A/RES/78/103 OP18)
  if ((n === 0x6f /* o */ || n === 0x61 /* a */ || n === 0x62) /* b */ && AUTHOR_ACT_ON_DAY_OR_AS_AFTER_RE.test(text.slice(m.end, m.end + 48))) {
    if (AUTHOR_ACT_BY_BEFORE_RE.test(text.slice(Math.max(0, m.start - 20), m.start))) return true;
  }
  return assemblyActOnThingBefore(text, m);
}

/**
 * "the adoption of the Convention by the General Assembly" (A/RES/79/243 OP5), "the reinscription of the Territory by the General
 * Assembly" (78/91 OP7): its act as a noun, the thing acted on between (string tests before the regex; agentOfCitedText).
 */
function assemblyActOnThingBefore(text: string, m: EntityMention): boolean {
  if (m.start >= 7 && text.startsWith(BY_THE, m.start - BY_THE.length) && ASSEMBLY_ACT_NOUNS_OF.some((noun) => textIncludes(text, noun))) {
    return ADOPTION_OF_TEXT_BY_BEFORE_RE.test(text.slice(Math.max(0, m.start - 120), m.start));
  }
  return false;
}

/**
 * The Assembly's act printed right before its name, whatever follows (agentOfCitedText's first forms, APPORTIONED_BY_THE and
 * ASSEMBLY_ACT_BY_THE): "as apportioned by the General Assembly", "established by the General Assembly", "loans authorized by the
 * Assembly.".
 */
function assemblyActNamedBefore(text: string, m: EntityMention): boolean {
  if (m.start >= APPORTIONED_BY_THE.length && text.startsWith(APPORTIONED_BY_THE, m.start - APPORTIONED_BY_THE.length)) return true;
  return text.charCodeAt(m.start - 4) === 0x74 /* t */ && ASSEMBLY_ACT_BY_THE.some((act) => m.start >= act.length && text.startsWith(act, m.start - act.length));
}

/** The Assembly's act named as a noun right before its name, whatever follows (ASSEMBLY_NOUN_ACT_BY_THE): "the adoption by the General Assembly". */
function assemblyNounActBefore(text: string, m: EntityMention): boolean {
  return text.charCodeAt(m.start - 4) === 0x74 /* t */ && ASSEMBLY_NOUN_ACT_BY_THE.some((act) => m.start >= act.length && text.startsWith(act, m.start - act.length));
}

/** before the Assembly as the agent of an adoption named as a noun (agentOfCitedText's gate) */
const BY_THE = 'by the ';

/**
 * the Assembly as the agent of its adoption, proclamation, establishment ... named as a noun, right before its name (agentOfCitedText);
 * "the overall review by the General Assembly shall take stock" (A/RES/79/277 OP4), "the comprehensive review by the General Assembly,
 * in 2025, of the progress made" (78/132 OP55): its own review (the lead's ruling, session 50, as the 80/118 OP66 gold reads it);
 * its deciding and agreeing: "the proposed world social summit in 2025, subject to discussion and agreement by the General Assembly
 * on its modalities" (A/RES/78/1 annex 37), "in the absence of a decision by the General Assembly itself that a Non-Self-Governing Territory has
 * attained ..." (78/81 OP1, 79/94, 80/85; 78/94 OP16, 79/107, 80/98 reaffirm it)
 */
const ASSEMBLY_NOUN_ACT_BY_THE = ['adoption by the ', 'proclamation by the ', 'establishment by the ', 'recognition by the ', 'request by the ', 'review by the ', 'agreement by the ', 'decision by the ',
  // its approval a change or text awaits: "any changes in this limitation require the prior approval of the General Assembly"
  // (A/RES/79/298 I.OP5, 78/293), "without prior review and approval by the General Assembly", "recommended by a committee for
  // approval by the General Assembly" (79/257 OP7, OP27)
  'approval by the ', 'approval of the ',
  // its own stance named as a noun: "reaffirming also the support and appreciation of the General Assembly for the efforts of the
  // United Nations" (A/RES/79/191 PP9), as "reaffirming its support" gives it no edge
  'appreciation of the ',
  // its own follow-up to a sitting: "with a view to recommending, through the Economic and Social Council, appropriate follow-up by
  // the General Assembly at its eighty-first session" (A/RES/80/225 OP11): its own act, as its review; the session stays a target,
  // as with "considered by the General Assembly at its eightieth session"
  'follow-up by the '];

/** the Assembly's act the paragraph named before, named again with a demonstrative, right before its name (agentOfCitedText) */
const ASSEMBLY_ACT_NAMED_AGAIN = ['this request of the ', 'that request of the '];

/** the Assembly's share-out of the Organization's expenses, right before its name (agentOfCitedText) */
const APPORTIONED_BY_THE = 'apportioned by the ';
/**
 * the Assembly's approval, establishment, authorization, call or mandate of what the clause names, right before its name (agentOfCitedText);
 * so the mandate it gave ("its role in implementing the mandate conferred upon it by the General Assembly", A/RES/78/290 PP22) and the
 * sitting it convenes ("the high-level meeting to be convened by the Assembly in 2026", 78/290 OP18; "the high-level meetings on health
 * convened by the General Assembly during the seventy-eighth session", 78/162, 80/149): its ORGANIZES stays; so the periods it declared
 * ("the three Decades for Action to Combat Racism and Racial Discrimination declared by the General Assembly", 78/234 PP17, OP36,
 * 79/161), the tasks or proposals it gave a body ("the tasks assigned to it by the General Assembly", 78/76 OP1, 80/80; "any proposal
 * referred to it by the General Assembly", 78/111 OP3, 79/125, 80/166), the mandates it entrusted or extended ("counter-terrorism
 * mandates entrusted by the General Assembly", 79/257 OP41; "whose mandate was extended by the General Assembly in 2015", 79/175 PP6);
 * "the standards and norms in crime prevention and criminal justice adopted or recommended by the General Assembly, including the ...
 * Nelson Mandela Rules" (A/RES/78/224 PP7, 79/187 PP5): the texts it adopted, as "adopted by the General Assembly on ..." (not
 * "recommended by" alone: aud46d's guard keeps "the guidelines recommended by the General Assembly by consensus at its seventy-eighth
 * session" a target); the parameters it set out, what it gave, and its deciding otherwise: "within the parameters set out by the
 * General Assembly" (A/RES/78/248 OP5, 79/254, 80/238), "mandates given by the General Assembly" (79/327), "until decided otherwise by
 * the General Assembly" (79/258); what it gave, named with "from" ("a standing invitation from the General Assembly", 78/272 OP5)
 */
const ASSEMBLY_ACT_BY_THE = [
  // its texts, whatever follows (not only "on <day>", "as", "at its session": AUTHOR_ACT_ON_DAY_OR_AS_AFTER_RE): "the scale of
  // assessments adopted by the General Assembly for contributions of Member States" (A/RES/79/261 OP2, 78/256, 80/246), "the
  // resolutions adopted by the General Assembly, in particular resolution 79/260" (79/261 OP5), "all previous resolutions adopted by
  // the General Assembly, the Commission on Human Rights and the Human Rights Council" (78/218 PP2: the other authors stay)
  'adopted by the ',
  'approved by the ',
  'established by the ',
  'authorized by the ',
  'determined by the ',
  'called for by the ',
  'mandated by the ',
  'conferred upon it by the ',
  'conferred on it by the ',
  // ("executing the mandate given to it by the General Assembly of educating and training leaders for peace", A/RES/79/84 PP3)
  'given to it by the ',
  'convened by the ',
  'declared by the ',
  'assigned to it by the ',
  'referred to it by the ',
  'entrusted by the ',
  'extended by the ',
  'adopted or recommended by the ',
  'set out by the ',
  'given by the ',
  'otherwise by the ',
  // its decisions: "adjustments ... that may become necessary as a result of actions and decisions taken by the General Assembly at its
  // eightieth session" (A/RES/80/234 OP4, 78/245, 79/248; the session stays, as with "considered by the")
  'taken by the ',
  // (and its deciding itself: "cooperation between the Board of Auditors and the Administration ..., which is indispensable to
  // informed decision-making by the General Assembly", A/RES/79/245 OP10)
  'decision-making by the ',
  // the texts it considered: "the report of the Group of Governmental Experts ..., considered by the General Assembly on 5 December
  // 2013" (A/RES/80/44 OP1, 78/52, 79/51), "the draft declaration to be considered by the General Assembly at its eightieth session"
  // (79/161 OP19, 78/234; the session stays). (Not "endorsed by the": with no resolution in a note the Assembly stays the verb's,
  // aud48f's guard; assemblyActNotedAfter reads it with its note.)
  'considered by the ',
  // its appointments and its deciding: "a list of 40 members of the Panel to be appointed by the General Assembly" (A/RES/79/325
  // OP3), "The Secretary General shall be appointed by the General Assembly upon the recommendation of the Security Council"
  // (79/327 OP2 (k)), "may be considered and decided upon by the General Assembly during the high-level review" (79/325 OP12);
  // its evaluations: "an evaluation of its modalities shall be carried out by the General Assembly on the basis of an evaluation
  // made by the Human Rights Council" (A/RES/79/161 OP17, 78/234, 80/193; the Council stays)
  'appointed by the ',
  'decided upon by the ',
  'carried out by the ',
  // what it gave a body, named with "from": "entities that have received a standing invitation from the General Assembly pursuant to
  // its relevant resolutions" (A/RES/78/272 OP5), "in accordance with its mandate from the General Assembly" (the request too)
  'invitation from the ',
  'mandate from the ',
  'request from the ',
  // the sittings it convenes, named with their setting: "the high-level political forum on sustainable development convened under
  // the auspices of the General Assembly" (A/RES/78/148 PP8 and some 70 more of corpus-ga), "informal meetings organized under the
  // auspices of the General Assembly" (79/319 OP12), "a preparatory process, to be established under the auspices of the Assembly"
  // (78/272 PP4): its own act, as "convened by the General Assembly" (the lead's ruling, session 54; its ORGANIZES stays). So the
  // Council named with it ("... and of the Economic and Social Council": session 64, secondBodyOfAssemblyAuspices)
  'under the auspices of the ',
];

/** the words before the Governments thanked again (thankedAgain's gate, before THANKED_AGAIN_BEFORE_RE; "to" may be left out) */
const THE_GOVERNMENT = ' the Government';

/**
 * A State thanked again later in a clause of thanks addressed with "to" ("Expresses its appreciation to all Member States ..., in
 * particular to the European Union and to the Governments of Algeria, ...", A/RES/79/63 OP3): the first one named after "and to
 * the Governments of" (THANKED_AGAIN_BEFORE_RE); those listed after it follow as addressedPlace's list.
 */
function thankedAgain(text: string, m: EntityMention, clause: Clause): boolean {
  if (m.footnote || !textIncludes(text, THE_GOVERNMENT)) return false;
  const end = verbEnd(text, clause);
  if (end < 0 || !text.startsWith(' to ', end) || m.start <= end || !ADDRESSEE_AFTER_RE.test(text.slice(m.end, m.end + 16))) return false;
  return THANKED_AGAIN_BEFORE_RE.test(text.slice(Math.max(end, m.start - 48), m.start));
}

/** the words before the sitting a framework is the outcome of, inside its printed name (namedInFrameworkNames); between a numbered
 * text and its author printed after it (authorOfResolutionBefore) */
const OF_THE = ' of the ';
/** "Declaration", "declaration" */
const ECLARATION = 'eclaration';
const UNITED_NATIONS_KEY = 'Organization:United Nations';
/** A framework printed with more than its name, or with " of the " in it, or keyed whole with an owner at its head:
 * namedInFrameworkNames' gate */
function isFrameworkPrintedLong(m: EntityMention): boolean {
  return m.kind === 'Framework' && m.footnote === undefined && (m.phrase.includes(OF_THE) || m.phrase.length > m.name.length || ownerHeadOfName(m) !== undefined);
}

/** the words of a name keyed whole that ownerHeadOfName tries as its owner, from the longest: "Association of Southeast Asian
 * Nations" (five) */
const OWNER_HEAD_MAX_WORDS = 5;
/**
 * The owner printed at the head of a framework keyed whole ("the African Union Post-Conflict Reconstruction and Development
 * Framework", A/RES/79/329 OP15; "the African Union Convention for the Protection and Assistance of Internally Displaced Persons
 * in Africa", 80/188 PP3): the longest words before a space the gazetteer keys as an organization (not the United Nations), as
 * printed. The recognisers read the whole name only, so without this the paragraph would not mention the owner. A year the
 * name opens with is skipped ("the 2021 Alliance of Small Island States Leaders’ Declaration", A/RES/79/314 annex OP12: the
 * owner follows the year); `at` is where the owner starts in the name.
 */
function ownerHeadOfName(m: EntityMention): { head: string; at: number } | undefined {
  // (printed as keyed, but for a dash: "the United Nations Development Programme Digital Strategy 2022–2025", A/RES/79/194 PP24)
  if (m.phrase.length !== m.name.length) return undefined;
  const name = m.name;
  const at = LEADING_YEAR_RE.test(name) ? 5 : 0;
  const spaces: number[] = [];
  for (let i = name.indexOf(' ', at); i > 0 && spaces.length < OWNER_HEAD_MAX_WORDS; i = name.indexOf(' ', i + 1)) spaces.push(i);
  for (let k = spaces.length - 1; k >= 0; k--) {
    const head = name.slice(at, spaces[k]);
    const entry = lookupName(head);
    if (entry?.kind === 'Organization' && nodeKey('Organization', normaliseName(entry.name)) !== UNITED_NATIONS_KEY && m.phrase.startsWith(head, at)) return { head, at };
  }
  return undefined;
}
/** a year and a space opening a name ("2021 Alliance of Small Island States Leaders’ Declaration") */
const LEADING_YEAR_RE = /^(?:19|20)\d\d /;

/**
 * What a framework's printed name holds besides the framework: "the Addis Ababa Action Agenda of the Third International
 * Conference on Financing for Development" (A/RES/80/118 PP4, 78/132 PP4), "the Programme of Action of the International
 * Conference on Population and Development": the sitting whose outcome it is, named in full after " of the "; "the United
 * Nations Educational, Scientific and Cultural Organization Recommendation on the Ethics of Artificial Intelligence" (A/RES/78/132
 * PP56, 80/118 PP59): the body whose instrument it is, printed before the name the gazetteer keeps (as "the Recommendation ... of
 * the United Nations Educational, Scientific and Cultural Organization", A/RES/80/215 PP4, prints it after). The clause mentions
 * them: the verb takes the sitting, as reviewedEvents' summit, not the body printed before the name, part of it (lead's ruling,
 * session 58). Not the United Nations printed before a name ("United Nations Convention against Corruption" qualifies it), nor
 * one the paragraph mentions already. The sitting named after " of the " ADOPTED the
 * framework (lead's ruling, session 51: the framework of a sitting is its outcome; 79/196 gold PP3), mentioned already or not;
 * not a decade or year ("the Global Action Plan of the International Decade of Indigenous Languages", A/RES/80/191 OP38: an
 * observance adopts nothing), nor the body printed before a name.
 */
function namedInFrameworkNames(text: string, ctx: RecognizeContext, clauses: Clause[], mentions: EntityMention[], relations: VerbRelation[], attributions: Attribution[]): void {
  let added: EntityMention[] | undefined;
  let ownersAtHead: EntityMention[] | undefined;
  for (const m of mentions) {
    if (!isFrameworkPrintedLong(m)) continue;
    // a context of its own, as reviewedEvents': per-resolution state must not change
    const own = { body: ctx.body, symbol: ctx.symbol, date: ctx.date, file: ctx.file };
    let found: EntityMention | undefined;
    let at = 0;
    // (the owner printed at the head of the name, which takes no verb of the clause)
    let atHead = false;
    const of = m.phrase.indexOf(OF_THE);
    // (not what a title is about: "the Leaders' Declaration on the Solidarity of the Archipelagic and Island States Forum"; nor
    // a declaration's sitting, sittingsOfDeclarations' nested mention: "the Final Declaration of the Seventh Review Conference",
    // "the political declaration of the high-level meeting on ...", "the Declaration of Astana of the Global Conference ...")
    if (of > 0 && !m.phrase.slice(0, of).includes(TOPIC_ON_THE) && !m.phrase.slice(0, of).includes(ECLARATION)) {
      const tail = m.phrase.slice(of + OF_THE.length);
      // (a sitting the gazetteer knows only: one read from the capitals alone is keyed apart from the node its mentions in
      // running text make, "the Final Document of the Tenth Special Session of the General Assembly, the first special session")
      found = lookupName(tail)?.kind === 'Event' ? findEvents(tail, own).find((e) => e.start === 0 && e.end === tail.length) : undefined;
      at = of + OF_THE.length;
    }
    if (found === undefined && m.phrase.length > m.name.length + 1 && m.phrase.endsWith(m.name) && m.phrase.charCodeAt(m.phrase.length - m.name.length - 1) === 32) {
      const head = m.phrase.slice(0, m.phrase.length - m.name.length - 1);
      found = findOrganizations(head, own).find((o) => o.start === 0 && o.end === head.length && o.key !== UNITED_NATIONS_KEY);
      at = 0;
      atHead = true;
    }
    // (the owner at the head of a name keyed whole: the same reading, lead's ruling, session 58)
    const owner = found === undefined ? ownerHeadOfName(m) : undefined;
    if (owner !== undefined) {
      found = findOrganizations(owner.head, own).find((o) => o.start === 0 && o.end === owner.head.length && o.key !== UNITED_NATIONS_KEY);
      at = owner.at;
      atHead = true;
    }
    if (found === undefined) continue;
    if (!atHead && found.kind === 'Event' && !isObservance(found)) adoptedByItsSitting(found.key, m, attributions);
    if (mentions.some((o) => o.key === found.key) || added?.some((o) => o.key === found.key) || ownersAtHead?.some((o) => o.key === found.key)) continue;
    const start = m.start + at;
    const mention: EntityMention = { kind: found.kind, key: found.key, name: found.name, attrs: found.attrs, phrase: found.phrase, start, end: start + found.phrase.length, footnote: undefined, nested: undefined };
    if (atHead) (ownersAtHead ??= []).push(mention);
    else (added ??= []).push(mention);
  }
  // (the owner printed at the head of the name is part of it: mentioned, no target of the clause's verb; lead's ruling, session 58)
  if (ownersAtHead !== undefined) mentions.push(...ownersAtHead);
  if (added === undefined) return;
  // (none inside an agenda item's quoted title: "under the item entitled “Review and implementation of the Concluding Document of
  // the Twelfth Special Session of the General Assembly”", A/RES/78/56 OP14)
  const titles = hasWord(textWords(text), ENTITLED_QUOTE) ? agendaItemTitles(text) : NO_SPANS;
  addMentionsWithClauseVerbs(text, clauses, added, mentions, relations, titles);
}

/** a framework printed as the name it is keyed by (namedInFrameworkNames reads the longer prints): sittingsPrintedAfterFrameworks' gate */
function isFrameworkPrintedShort(m: EntityMention): boolean {
  return isBodyFramework(m) && m.phrase.length === m.name.length;
}

/**
 * "the Sevilla Commitment of the Fourth International Conference on Financing for Development" (A/RES/80/182 PP5, 80/113,
 * 80/150, 80/161, 80/186): the framework the gazetteer keys by its short name, the sitting a mention of its own right after
 * " of the ". The sitting ADOPTED the framework, as when the whole is one printed name (namedInFrameworkNames; lead's ruling,
 * session 51); not a decade or year, which adopts nothing, nor the conference of a treaty's parties, named after the treaty
 * ("resolution 12/4 ... within the scope of the United Nations Convention against Transnational Organized Crime of the Conference
 * of the Parties to the United Nations Convention against Transnational Organized Crime", A/RES/80/229 PP72: the resolution is the
 * Conference's). The clause's verb takes both mentions already.
 */
function sittingsPrintedAfterFrameworks(text: string, bodyMentions: readonly EntityMention[], attributions: Attribution[]): void {
  for (const m of bodyMentions) {
    if (!isFrameworkPrintedShort(m) || !text.startsWith(OF_THE, m.end)) continue;
    const at = m.end + OF_THE.length;
    const sitting = bodyMentions.find((e) => e.start === at && e.kind === 'Event' && e.footnote === undefined);
    if (sitting === undefined || isObservance(sitting) || sitting.name.includes(m.name)) continue;
    if (attributions.some((a) => a.type === 'ADOPTED' && a.source === sitting.key && a.target === m.key)) continue;
    attributions.push({ type: 'ADOPTED', source: sitting.key, target: m.key, phrase: text.slice(m.start, sitting.end), start: m.start, end: sitting.end });
  }
}

/** a framework printed with the first words of its name only, the rest a body's name: bodiesPrintedAfterTheirFrameworks' gate */
function isFrameworkPrintedBeforeItsBody(m: EntityMention): boolean {
  return m.kind === 'Framework' && m.footnote === undefined && m.phrase.length < m.name.length && m.name.includes(OF_THE) && m.phrase.includes(ECLARATION);
}

/**
 * "Recalling the ministerial declaration of the high-level political forum on sustainable development3 held in 2022" (A/RES/78/157
 * PP9, 79/211 PP6): a declaration printed by its words ("ministerial declaration", entityScan ministerialDeclarationsOfForum), its
 * name that of the body printed right after " of the ", a mention of its own (an Organization, not a sitting:
 * sittingsPrintedAfterFrameworks reads those). The body ADOPTED its declaration (lead's ruling, session 56). The clause's verb
 * takes both mentions already.
 */
function bodiesPrintedAfterTheirFrameworks(text: string, bodyMentions: readonly EntityMention[], attributions: Attribution[]): void {
  for (const m of bodyMentions) {
    if (!isFrameworkPrintedBeforeItsBody(m)) continue;
    const at = m.end + OF_THE.length;
    // (or the forum printed after the Council's segment it met with: "the ministerial declaration of the high-level segment of the 2024
    // session of the Economic and Social Council and the high-level political forum on sustainable development", A/RES/79/263 PP15,
    // 79/231 PP2, "adopted at the high-level segment ...", 79/146 PP18: the forum ADOPTED it all the same, session 56; its year
    // printed, "... and the 2023 high-level political forum ...", 78/174 PP16, 80/178: the forum's sitting of that year, an Event)
    const body =
      (text.startsWith(OF_THE, m.end) ? bodyMentions.find((e) => e.start === at && e.kind === 'Organization' && e.footnote === undefined) : undefined) ??
      bodyMentions.find((e) => e.start > m.end && e.start - m.end < 160 && (e.kind === 'Organization' || e.kind === 'Event') && e.footnote === undefined && SEGMENT_THEN_FORUM_GAP_RE.test(text.slice(m.end, e.start)));
    if (body === undefined || m.name.toLowerCase() !== `${m.phrase.toLowerCase()}${OF_THE}${body.name.toLowerCase()}`) continue;
    if (attributions.some((a) => a.type === 'ADOPTED' && a.source === body.key && a.target === m.key)) continue;
    attributions.push({ type: 'ADOPTED', source: body.key, target: m.key, phrase: text.slice(m.start, body.end), start: m.start, end: body.end });
  }
}

/**
 * between a ministerial declaration's words and the forum that met with the Council's high-level segment, or the forum's sitting
 * named by its year alone ("the ministerial declaration of the 2022 high-level political forum on sustainable development",
 * A/RES/78/128 PP13; "adopted at the 2023 high-level political forum"): that sitting ADOPTED it (bodiesPrintedAfterTheirFrameworks)
 */
const SEGMENT_THEN_FORUM_GAP_RE =
  /^\s+(?:of|adopted\s+(?:at|during))\s+the\s+(?:high-level\s+segment\s+of\s+the\s+(?:19|20)\d\d\s+session\s+of\s+the\s+Economic\s+and\s+Social\s+Council\s+and\s+(?:of\s+)?the\s+(?:(?:19|20)\d\d\s+)?|(?:19|20)\d\d\s+)$/;

/** `sitting` ADOPTED the framework `m` whose printed name ends with it ("<framework> of the <sitting>"), unless already read. */
function adoptedByItsSitting(sitting: string, m: EntityMention, attributions: Attribution[]): void {
  if (attributions.some((a) => a.type === 'ADOPTED' && a.source === sitting && a.target === m.key)) return;
  attributions.push({ type: 'ADOPTED', source: sitting, target: m.key, phrase: m.phrase, start: m.start, end: m.end });
}

/** the end of the names of the documents of the Assembly's special sessions the gazetteer knows (a string test before the regex) */
const ASSEMBLY_SPECIAL_SESSION_TAIL = ' Special Session of the General Assembly';
function isAssemblySessionDocument(m: EntityMention): boolean {
  return m.kind === 'Framework' && m.name.endsWith(ASSEMBLY_SPECIAL_SESSION_TAIL);
}

/**
 * "in paragraph 58 of the Final Document of the Tenth Special Session of the General Assembly,2" (A/RES/80/59 PP5 and some
 * thirty First Committee texts), "the Concluding Document of the Twelfth Special Session of the General Assembly" (A/RES/80/64
 * OP7): a document the gazetteer knows by name names the Assembly's special session that adopted it. The session is keyed as
 * running text names it ("the first special session devoted to disarmament" is the tenth, entityScan); the paragraph mentions
 * it and the clause's verb takes it, as namedInFrameworkNames' sittings; it ADOPTED the document, as the sitting of a "Final
 * Document of the <sitting>" does (attributions.ts finalDocumentOfSittingAttributions), and is a SESSION_OF the Assembly.
 */
function sessionsOfAssemblyDocuments(text: string, ctx: RecognizeContext, clauses: Clause[], bodyMentions: readonly EntityMention[], mentions: EntityMention[], relations: VerbRelation[], attributions: Attribution[]): void {
  let added: EntityMention[] | undefined;
  for (const m of bodyMentions) {
    if (!isAssemblySessionDocument(m)) continue;
    const named = ASSEMBLY_SPECIAL_SESSION_DOCUMENT_RE.exec(m.name);
    const start = named === null ? -1 : text.indexOf(named[1]!, m.start);
    if (named === null || start < 0 || start >= m.end) continue;
    // a context of its own, as namedInFrameworkNames': per-resolution state must not change
    const own = { body: ctx.body, symbol: ctx.symbol, date: ctx.date, file: ctx.file };
    const session = findEvents(`${named[1]!.toLowerCase()} special session of the General Assembly`, own)[0];
    if (session === undefined) continue;
    if (!mentions.some((o) => o.key === session.key) && !added?.some((o) => o.key === session.key)) {
      (added ??= []).push({ kind: 'Event', key: session.key, name: session.name, attrs: session.attrs, phrase: text.slice(start, m.end), start, end: m.end, footnote: undefined, nested: undefined });
    }
    for (const [type, target] of [['ADOPTED', m.key], ['SESSION_OF', GENERAL_ASSEMBLY_KEY]] as const) {
      if (!attributions.some((a) => a.type === type && a.source === session.key && a.target === target)) attributions.push({ type, source: session.key, target, phrase: text.slice(m.start, m.end), start: m.start, end: m.end });
    }
  }
  if (added === undefined) return;
  // (none a verb target inside an agenda item's quoted title, as namedInFrameworkNames')
  const titles = hasWord(textWords(text), ENTITLED_QUOTE) ? agendaItemTitles(text) : NO_SPANS;
  addMentionsWithClauseVerbs(text, clauses, added, mentions, relations, titles);
}

/**
 * The paragraph's mentions a second reading found (a summit inside a review's name, a convener inside a declaration's name):
 * mentioned, and each clause's verb takes them as it takes the first reading's (one edge per target per clause: none twice).
 */
function addMentionsWithClauseVerbs(text: string, clauses: Clause[], added: EntityMention[], mentions: EntityMention[], relations: VerbRelation[], titles: readonly number[]): void {
  mentions.push(...added);
  for (const r of verbRelations(text, added, clauses, titles)) if (!relations.some((o) => o.clause === r.clause && o.type === r.type && o.target === r.target)) relations.push(r);
}

/** `m`, a session of the General Assembly, named after "after the", "until its" (SESSION_AS_TIME_BEFORE_RE): a time, no target */
function sessionAsTime(text: string, m: EntityMention): boolean {
  return m.name.endsWith(GA_SESSION_TAIL) && SESSION_AS_TIME_BEFORE_RE.test(text.slice(Math.max(0, m.start - 16), m.start));
}

/** `m`, an event after "years after the convening of the" (EVENT_AS_TIME_BEFORE_RE): a time, no target */
function eventAsTime(text: string, m: EntityMention): boolean {
  return EVENT_AS_TIME_BEFORE_RE.test(text.slice(Math.max(0, m.start - 48), m.start));
}

/** `m`, a body after "since the takeover by the" or before "’s" after "subsequent to the" (BODY_ACT_AS_TIME_BEFORE_RE): a time, no target */
function bodyActAsTime(text: string, m: EntityMention): boolean {
  const before = text.slice(Math.max(0, m.start - 64), m.start);
  return BODY_ACT_AS_TIME_BEFORE_RE.test(before) || BODY_TEXT_ADOPTION_AS_TIME_BEFORE_RE.test(before) || (isPossessiveAt(text, m.end) && BODY_ACT_AS_TIME_POSSESSIVE_BEFORE_RE.test(before));
}

/**
 * `m`, a sitting body after "at the" with " at its" and its session right after, or that session: the setting of an act (lead,
 * session 63; AT_THE_BEFORE_RE).
 */
function sittingAsSetting(text: string, m: EntityMention, mentions: readonly EntityMention[]): boolean {
  const bodyAt = (body: EntityMention): boolean => AT_THE_BEFORE_RE.test(text.slice(Math.max(0, body.start - 8), body.start));
  for (const o of mentions) {
    if (o.kind !== 'Event' || o.footnote) continue;
    // (m the body: its session follows; m the session: the body precedes it)
    if (o.start > m.end && o.start - m.end <= 9 && SITTING_AT_ITS_GAP_RE.test(text.slice(m.end, o.start)) && o.name.endsWith(` of the ${m.name}`)) return bodyAt(m);
    if (o.end < m.start && m.start - o.end <= 9 && SITTING_AT_ITS_GAP_RE.test(text.slice(o.end, m.start)) && m.name.endsWith(` of the ${o.name}`)) return bodyAt(o);
  }
  return false;
}

/** Where the printed verb of `clause` ends in `text` (-1 when it is not printed as given). */
function verbEnd(text: string, clause: Clause): number {
  const at = text.indexOf(clause.verb, clause.start);
  return at < 0 || at >= clause.end ? -1 : at + clause.verb.length;
}

/**
 * One verb relation per clause, relation type and mentioned entity (not dates, places but the States a verb addresses,
 * nested organizations but a report's author, nor entities printed inside an agenda item's quoted title: `titles`, from
 * agendaItemTitles).
 */
function verbRelations(text: string, mentions: readonly EntityMention[], clauses: Clause[], titles: readonly number[]): VerbRelation[] {
  const relations: VerbRelation[] = [];
  // the (clause index, relation type, target key) of every relation so far, flat: one relation per type,
  // clause and target. Searched in order rather than a Set of "type|clause|key" strings: a paragraph has
  // a few relations, and no string is built and hashed per relation.
  const related: (number | string)[] = [];
  // the relation types of the clause of the mention before: mentions come in text order, most clauses hold
  // several, and concat (a generic builtin) per mention was the hottest line of this function
  let typesOf: Clause | undefined;
  let types: readonly VerbRelationType[] = NO_FURTHER_RELATIONS;
  // the clause of the last addressed place and where it ends: the next place may be listed after it
  let addressedIn: Clause | undefined;
  let addressedEnd = -1;
  const quoted = textIncludes(text, '“');
  // the span of the last author skipped after its own numbered text: its owner printed inside its name is no target either
  // ("resolution CM/Res.1356 (LIV) of 1991, adopted by the Council of Ministers of the Organization of African Unity", A/RES/78/49 OP7)
  // (every such author's span, start and end in turn: nested mentions come after all others, so the last author alone would miss
  // the General Conference's owner in A/RES/78/316 PP8 when the Board of Governors is an author after it)
  const authorSpans: number[] = [];
  // (or printed after it: "of the Board of Governors of the Agency", A/RES/78/316 PP8: where that owner starts and its key)
  let ownerAfterAuthorAt = -1;
  let authorKey = '';
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (NOT_VERB_TARGETS.has(m.kind)) {
      if (m.kind !== 'Place' || m.footnote) continue;
      const clause = clauseAt(clauses, m.start);
      if (!clause?.relation) continue;
      const listed = clause === addressedIn;
      const from = listed ? addressedEnd : verbEnd(text, clause);
      if (from < 0) continue;
      if (!addressedPlace(text, m, from, listed, clause.relation) && !((clause.relation === 'EXPRESSES' || THANKS_VERB_END_RE.test(clause.verb)) && thankedAgain(text, m, clause))) continue;
      addressedIn = clause;
      addressedEnd = m.end;
    } else if (m.nested && !isReportAuthor(text, m) && !isReportCoAuthor(text, m, mentions) && !isReportSubject(text, m, mentions) && authorOfOwner(text, m, mentions) === undefined && !ownerOfCommittee(text, m) && !ownsOrganAround(text, m, mentions) && !ownerOfOrgan(text, m, mentions) && !ownerOfFoundingInstrument(text, m, mentions) && !inJointBodySitting(m, mentions)) continue;
    if (titles.length && !m.footnote && inSpans(titles, m.start)) continue;
    if (quoted && m.kind === 'Organization' && !m.footnote && insideQuotedTitle(text, m)) continue;
    if (m.start >= 16 && m.start - 4 < text.length && text.charCodeAt(m.start - 4) === 0x74 /* t */ && qualifiesAnotherNoun(text, m)) continue;
    if (m.kind === 'Organization' && !m.footnote && !m.nested && m.phrase.length < m.name.length && shortFormQualifyingNoun(text, m)) continue;
    if (m.key === SECURITY_COUNCIL_KEY && !m.footnote && isCouncilMandateSource(text, m)) continue;
    // "Secretariat entities" with no "the" before them: "throughout all Secretariat entities", "reported by Secretariat entities"
    if (m.key === SECRETARIAT_KEY && !m.footnote && text.startsWith(SECRETARIAT_ENTITIES_AFTER, m.end) && isSecretariatSetting(text, m)) continue;
    // (a body whose work the reports' words cover, printed after the report's span, the subject going on past the body: "the reports
    // of the Secretary-General on national institutions ...10 and on the activities of the Global Alliance ... in accrediting ...",
    // A/RES/78/204 PP19, 80/214: mentioned only, as inside a report's span, isReportSubject)
    if (m.kind === 'Organization' && !m.nested && !m.footnote && isBodyWorkInLongerReportSubject(text, m)) continue;
    // (a sitting's post named in a list of posts: "as Secretary-General and Special Adviser ... of the fourth International
    // Conference ..., respectively", A/RES/78/232 OP31)
    if (m.key === UN_SECRETARY_GENERAL_KEY && m.start >= 3 && !m.footnote && text.startsWith('as Secretary-General and ', m.start - 3) && SG_AS_POST_OF_SITTING_RE.test(text.slice(m.start, m.start + 420))) continue;
    // (the author of a cited text, subject of the act it reports: a string test before the regex)
    if (m.start >= 10 && afterWhichThe(text, m.start) && (RESOLUTION_AUTHOR_KEYS.has(m.key) || authorOfCitedResolution(m, mentions) || seriesOfDecisionBefore(m, mentions)) && AUTHOR_REPORTED_ACT_AFTER_RE.test(text.slice(m.end, m.end + 40))) continue;
    // (the same author printed after its own cited text: "in its resolution 77/150, the General Assembly recognized")
    if (m.kind === 'Organization' && !m.footnote && authorAfterOwnCitedText(text, m, mentions)) continue;
    // (an owner printed inside the author's name need not be flagged nested: "the United Nations Environment Assembly of the United
    // Nations Environment Programme", A/RES/78/169 PP14)
    if (authorSpans.length !== 0 && !m.footnote && insideAuthor(authorSpans, m)) continue;
    if (m.start === ownerAfterAuthorAt && !m.footnote && authorKey.endsWith(` of the ${m.name}`)) continue;
    if (m.kind === 'Event' && !m.footnote && conferenceAfterOwnDecision(text, m, mentions)) continue;
    // (the sitting where the parties adopted the texts the clause names: a setting, A/RES/78/158 OP20)
    if (m.kind === 'Event' && !m.footnote && m.start >= 30 && PARTIES_ADOPTED_DURING_BEFORE_RE.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
    // (a session of the Assembly as a point in time, "as decided after the seventy-eighth session of the General Assembly", and a
    // sitting body with its session as the setting of an act, "at the Conference of the Parties at its twenty-eighth session")
    if (m.kind === 'Event' && !m.footnote && m.start >= 10 && (sessionAsTime(text, m) || eventAsTime(text, m) || sittingAsSetting(text, m, mentions))) continue;
    // (a body whose act dates the clause: "since the takeover by the Taliban", "subsequent to the Taliban’s edicts")
    if (m.kind === 'Organization' && !m.footnote && m.start >= 10 && bodyActAsTime(text, m)) continue;
    // (the author just skipped, named again as the subject of the act its text reports: "in resolution 9/8 of the Conference of the
    // States Parties to the Convention, the Conference invited", A/RES/79/190 PP17)
    if (m.key === authorKey && !m.footnote && authorNamedAgainAsSubject(text, authorSpans[authorSpans.length - 1]!, m)) continue;
    // (the author printed after its own numbered text, with "of" or "adopted by the": "resolution 6/14 of 1 March 2024 of the United
    // Nations Environment Assembly", "resolution 41C/53 adopted by the General Conference"; or before them: "resolutions adopted by
    // the United Nations Environment Assembly ..., including resolution 2/10")
    if ((m.kind === 'Organization' || m.kind === 'Event') && !m.footnote && (authorOfResolutionBefore(text, m, mentions) || adoptedOwnTextBefore(text, m, mentions) || adoptedOwnTextsIncludingAfter(text, m, mentions) || adoptionByOrganAtItsSession(text, m))) {
      // (unless the body is named again later as a target, whose owner takes the verb with it: "decision GC(53)/DEC/13 ... of the
      // General Conference of the International Atomic Energy Agency, ..., as well as relevant resolutions of the General Conference
      // of the Agency", A/RES/78/316 PP7)
      if (!namedAgainAfter(text, m, mentions)) {
        authorSpans.push(m.start, m.end);
        authorKey = m.key;
        ownerAfterAuthorAt = text.startsWith(OF_THE, m.end) ? m.end + OF_THE.length : -1;
      }
      continue;
    }
    // (the organ printed as the adopter before the text it adopted; its owner printed inside its name keeps its verb)
    if ((m.kind === 'Organization' || m.kind === 'Event') && !m.footnote && adoptionByOrganOfText(text, m)) continue;
    // (so the organ printed as the endorser in an endorsement's nominal form)
    if (m.kind === 'Organization' && !m.footnote && endorserOfText(text, m)) continue;
    if (m.kind === 'Organization' && !m.footnote && text.charCodeAt(m.end) !== 0x2e /* . */ && authorOfTextsNamed(text, m, mentions)) continue;
    if (m.kind === 'Organization' && !m.footnote && ownerPrintedInFrameworkTitle(text, m, mentions)) continue;
    if (m.kind === 'Organization' && !m.footnote && authorBeforeOwnDesignation(text, m, mentions)) continue;
    const at = m.footnote ? m.footnote.offset : m.start;
    const clause = clauseAt(clauses, at);
    if (!clause?.relation) continue;
    // one path for simple and compound verbs ("Welcomes and urges"): a branch for the rarer compound
    // verbs had no type feedback when extractParagraph was first optimised, and deopted it when met
    if (clause !== typesOf) {
      typesOf = clause;
      types = [clause.relation].concat(clause.also ?? NO_FURTHER_RELATIONS);
    }
    for (const type of types) {
      if (relatedBefore(related, clause.index, type, m.key)) continue;
      related.push(clause.index, type, m.key);
      relations.push({ type, target: m.key, clause: clause.index, verb: clause.verb, phrase: m.phrase, start: m.start, end: m.end, footnote: m.footnote?.mark });
    }
    // a body the verb addresses opens the list of addressees a State may follow in: "Encourages the Secretary-General and the Royal
    // Government of Cambodia to take all the measures necessary" (A/RES/80/243 IV.OP6, 79/324)
    if (!m.footnote && m.kind === 'Organization' && addressedBody(text, m, clause === addressedIn ? addressedEnd : verbEnd(text, clause), clause === addressedIn)) {
      addressedIn = clause;
      addressedEnd = m.end;
    }
  }
  return relations;
}

/** the titles the ruling reads with their owner: guidelines and strategic plans (not a treaty, code or act "of" a body: its party or author stays a target) */
const OWNED_TITLE_RE = /\b(?:Guidelines|Strategic Plan)\b/;
/**
 * The body printed as the owner closing a framework's title, after " of (the) ": "the Guidelines for the Long-term Sustainability
 * of Outer Space Activities of the Committee on the Peaceful Uses of Outer Space" (A/RES/80/76 OP5), "the Voluntary Guidelines on
 * ... Food Security and Nutrition of the Committee on World Food Security" (A/RES/78/279 PP7). The owner is part of the name, as a
 * session's owner is (lead's ruling, session 57): the paragraph mentions it, the clause's verb does not take it, as it does not
 * the owner inside a title keyed whole ("the Space Debris Mitigation Guidelines of the Committee ...", nested).
 */
function ownerPrintedInFrameworkTitle(text: string, m: EntityMention, mentions: readonly EntityMention[]): boolean {
  const gap = text.endsWith(OF_THE, m.start) ? OF_THE.length : text.endsWith(OF_BEFORE, m.start) ? OF_BEFORE.length : 0;
  if (gap === 0) return false;
  const titleEnd = m.start - gap;
  return mentions.some((f) => f.kind === 'Framework' && f.end === titleEnd && f.footnote === undefined && OWNED_TITLE_RE.test(f.name));
}

/** a framework printed by its lower-case numbered designation: "recommendation No. 189" */
const NUMBERED_DESIGNATION_RE = /^[a-z]+ No\. \d/;
/**
 * a treaty body's general recommendation or comment printed right after the body: "Noting Committee on the Elimination of
 * Discrimination against Women general recommendation No. 39 (2022) on the rights of Indigenous women and girls" (A/RES/80/10 PP7;
 * "... general recommendation No. 38 (2020)", 80/9 annex OP6): the Committee is the author keyed before its numbered text, as the
 * ILO before "recommendation No. 189" (the Document's span starts at "general"; documents.ts generalCommentMentions)
 */
const GENERAL_COMMENT_DESIGNATION_RE = /^general (?:recommendation|comment)s? No\.\s?\d/;
/**
 * The body printed right before the lower-case designation of its own numbered instrument: "recalls International Labour
 * Organization recommendation No. 189 concerning job creation in small and medium-sized enterprises" (A/RES/79/222 OP42; No. 204,
 * 78/174 and two more): the author keyed before the number, as "World Health Assembly resolution 76.16" is (session 62), and the
 * owner at the head of an instrument's name takes no verb (session 58): mentioned, no target of the clause's verb. So the body
 * right before a lower-case name its instrument is keyed by: "encourages Member States to align with the World Health Organization
 * global strategy on digital health 2020–2025" (A/RES/79/287 OP6, PP23), as the WTO before its TRIPS Agreement (aud58r).
 */
function authorBeforeOwnDesignation(text: string, m: EntityMention, mentions: readonly EntityMention[]): boolean {
  return text.charCodeAt(m.end) === 32 && mentions.some((f) => f.start === m.end + 1 && f.footnote === undefined && ((f.kind === 'Framework' && (NUMBERED_DESIGNATION_RE.test(f.phrase) || (m.key !== UNITED_NATIONS_KEY && STARTS_LOWERCASE.test(f.phrase)))) || (f.kind === 'Document' && GENERAL_COMMENT_DESIGNATION_RE.test(f.phrase))));
}

/** Whether the paragraph names `m`'s entity again after it (not in a footnote). */
function namedAgainAfter(text: string, m: EntityMention, mentions: readonly EntityMention[]): boolean {
  // (not as the subject of the act its text reports, right after it: the author again, authorNamedAgainAsSubject)
  for (const o of mentions) if (o.key === m.key && o.start >= m.end && !o.footnote && !authorNamedAgainAsSubject(text, m.end, o)) return true;
  return false;
}

/** the rare words a modifier shared by two verbs' objects opens with (a cheap gate before the regexes below) */
const SHARED_MODIFIER_GATE = ', contained in ';
/** the first clause's object, plain (no comma, bracket or quote in it), then ", and " before the second verb */
const FIRST_PLAIN_OBJECT_RE = /^\s+(?:of\s+)?the\s+[^,;()“”]{1,80},\s+and\s+$/;
/** the second verb's plain object, then the shared modifier after a comma (group 1: from the comma on) */
const SECOND_OBJECT_SHARED_RE = /^\s+the\s+[^,;()“”]{1,80}(,\s+contained\s+in\s)/;
/**
 * "1. Takes note of the audit opinions and findings, and endorses the recommendations, contained in the reports of the Board of
 * Auditors;" (A/RES/80/231 OP1; 79/245, 78/242): the modifier set off by a comma after the second verb's object is shared by
 * both objects (the opinions and findings are contained in the reports too), so what it names is the object of both verbs:
 * the first clause's relation to each entity named in the modifier, under the first clause. Only where each verb has one plain
 * object and the modifier follows the second one's comma ("and endorses the recommendations contained in ..." is the second
 * verb's alone).
 */
function sharedModifierRelations(text: string, clauses: readonly Clause[], relations: VerbRelation[]): void {
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i]!;
    const prev = clauses[i - 1]!;
    if (c.relation === undefined || prev.relation === undefined) continue;
    const prevVerbEnd = verbEnd(text, prev);
    const end = verbEnd(text, c);
    if (prevVerbEnd < 0 || end < 0 || !FIRST_PLAIN_OBJECT_RE.test(text.slice(prevVerbEnd, c.start))) continue;
    const shared = SECOND_OBJECT_SHARED_RE.exec(text.slice(end, c.end));
    if (!shared) continue;
    const from = end + shared[0].length - shared[1]!.length;
    const types = [prev.relation, ...(prev.also ?? [])];
    for (const r of relations.slice()) {
      if (r.clause !== c.index || r.footnote || r.start < from) continue;
      for (const type of types) {
        if (relations.some((o) => o.clause === prev.index && o.type === type && o.target === r.target)) continue;
        // (footnote given, if undefined: the map of verbRelations' literal, which planRelations' compiled loop expects)
        relations.push({ type, target: r.target, clause: prev.index, verb: prev.verb, phrase: r.phrase, start: r.start, end: r.end, footnote: undefined });
      }
    }
  }
}

/** Verbs of asking whose addressee may be a pronoun ("and requests him to", "and encourages it to"). */
const PRONOUN_ASKING: ReadonlySet<string> = new Set(['REQUESTS', 'INVITES', 'ENCOURAGES', 'URGES', 'CALLS_UPON']);
/** right after the verb: the pronoun and "to" (group 1: the pronoun), or "that" and the subject pronoun (group 2) and its verb */
const PRONOUN_TO_RE = /^\s+(?:(him or her|him|her|it)\s+to|that\s+(he or she|he|she)\s+[a-z]+)\s/;
/** right after the verb: "that" and a person's subject pronoun ("and requests that he submit", PRONOUN_TO_RE's gate) */
const THAT_HE = ' that he';
const THAT_SHE = ' that she';
/** words that end a person's office at the head of its name ("Special Rapporteur" of "Special Rapporteur on ...") */
const PERSON_TITLE_END_RE =
  /(?:^|\s)(?:Secretary-General|Commissioner(?:-General)?|Rapporteur|Representative|Envoy|Adviser|Expert|Director(?:-General)?|Administrator|President|Chair(?:person)?|Coordinator|Ombudsperson|Prosecutor|Registrar|Advocate|Secretary)$/;
/** where the head of an organization's name ends: before its first " of ", " on ", " for ", ... */
const NAME_HEAD_END_RE = / (?:of|on|for|to|in|against|with|at)\b|\s\(/;
/** An Organization key whose name is a person's office ("Secretary-General of the United Nations", "Special Rapporteur on ..."). */
function personOffice(key: string): boolean {
  const name = key.slice(13);
  const cut = NAME_HEAD_END_RE.exec(name);
  return PERSON_TITLE_END_RE.test(cut ? name.slice(0, cut.index) : name);
}

/**
 * "Expresses its satisfaction to the Secretary-General for his support ..., and requests him to continue to provide the
 * assistance" (A/RES/80/63 OP35), "Acknowledges the guidance and leadership role of the Human Rights Council, and encourages
 * it to continue" (A/RES/78/234 OP47), "expresses its appreciation to the Advisory Commission of the Agency, and requests it
 * to" (A/RES/80/77 OP37): a clause of asking whose addressee is a pronoun asks the one the clause before named first, a
 * person's office for "him"/"her", any other organization for "it" (some 60 paragraphs of corpus-ga). Its phrase is the pronoun.
 * So a sitting for "it": "We look forward to the WSIS+20 review in 2025 and invite it to identify how ..." (A/RES/79/1 annex I 68).
 * ("them" is left: it mostly stands for States, which are no node; the gold files read no "urges them" either.)
 */
function pronounAddressees(text: string, clauses: readonly Clause[], relations: VerbRelation[]): void {
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (c.relation === undefined || !PRONOUN_ASKING.has(c.relation)) continue;
    const end = verbEnd(text, c);
    // (a character test first: " h" or " i" after the verb)
    // ("Welcomes the actions taken by the Inter-Parliamentary Union to ... engagement with the United Nations, and encourages both
    // organizations to enhance their cooperation" (A/RES/79/319 OP1), "Notes with satisfaction the increasing cooperation between
    // the Organization of Islamic Cooperation and [UNESCO], and calls upon the two organizations to expand" (79/9 OP22): the two
    // organizations the clause before named first)
    if (text.startsWith(BOTH_ORGANIZATIONS, end) || text.startsWith(THE_TWO_ORGANIZATIONS, end)) {
      bothOrganizationsAsked(text, c, clauses[i - 1]!, end, relations);
      continue;
    }
    // ("Takes note of the report of the Secretary-General,28 and requests that he submit to the General Assembly ..." (A/RES/79/191
    // OP60, 79/319 OP31): the person asked is the subject of what is requested)
    const next = end < 0 ? 0 : text.charCodeAt(end + 1);
    if (next !== 104 /* h */ && next !== 105 /* i */ && !(next === 116 /* t */ && (text.startsWith(THAT_HE, end) || text.startsWith(THAT_SHE, end)))) continue;
    const m = PRONOUN_TO_RE.exec(text.slice(end, end + 28));
    if (!m) continue;
    const pronoun = m[1] ?? m[2]!;
    const person = pronoun !== 'it';
    const prev = clauses[i - 1]!;
    // ("him", "her": the first person's office that clause names, as nothing else is one; "it": the first thing it names, and
    // only when that is an organization or a sitting (itsReferent): "Urges the Russian Federation: ... (j) To uphold ... and encourages it to respect"
    // (A/RES/78/221 OP7) is about the State, not the Court named in (b))
    let referent: VerbRelation | undefined;
    for (const r of relations) {
      if (r.clause !== prev.index || r.footnote || (referent !== undefined && r.start >= referent.start)) continue;
      if (!person || (r.target.startsWith('Organization:') && personOffice(r.target))) referent = r;
    }
    if (referent === undefined || (person ? !referent.target.startsWith('Organization:') || !personOffice(referent.target) : !itsReferent(referent.target))) continue;
    const target = referent.target;
    if (relations.some((r) => r.clause === c.index && r.target === target)) continue;
    const start = end + m[0].indexOf(pronoun);
    for (const type of [c.relation, ...(c.also ?? [])]) {
      relations.push({ type, target, clause: c.index, verb: c.verb, phrase: pronoun, start, end: start + pronoun.length, footnote: undefined });
    }
  }
}

/** What "it" may stand for (pronounAddressees): an organization other than a person's office, or a sitting. */
function itsReferent(target: string): boolean {
  return target.startsWith('Event:') || (target.startsWith('Organization:') && !personOffice(target));
}

/** "this high-level meeting" (thisMeetingEntitled's gate) */
const THIS_HIGH_LEVEL_MEETING = ' this high-level meeting';
/** right before a meeting's quoted title: "a high-level meeting entitled “" */
const MEETING_ENTITLED_BEFORE_RE = /\bmeeting\s+entitled\s+[\u201C"]$/;
/**
 * "We decide to convene a high-level meeting entitled “High-level review of the Global Digital Compact”, ... We request the
 * President of the General Assembly to appoint co-facilitators ... to determine the modalities for this high-level meeting."
 * (A/RES/79/1 annex I OP74): "this high-level meeting" in a later clause is the meeting an earlier clause introduced by its
 * title, and that clause's verb takes it too. Only a meeting introduced so ("this high-level meeting serves to ...", A/RES/78/3
 * OP26, is the meeting that adopts the text, which no clause names).
 */
function thisMeetingEntitled(text: string, clauses: readonly Clause[], relations: VerbRelation[]): void {
  let meeting: VerbRelation | undefined;
  for (const r of relations) {
    if (r.footnote || !r.target.startsWith('Event:') || !MEETING_ENTITLED_BEFORE_RE.test(text.slice(Math.max(0, r.start - 30), r.start))) continue;
    if (meeting === undefined || r.start < meeting.start) meeting = r;
  }
  if (meeting === undefined) return;
  const target = meeting.target;
  for (const c of clauses) {
    if (c.relation === undefined || c.start <= meeting.start) continue;
    const at = text.indexOf(THIS_HIGH_LEVEL_MEETING, c.start);
    if (at < 0 || at >= c.end || relations.some((r) => r.clause === c.index && r.target === target)) continue;
    const start = at + 1;
    const end = at + THIS_HIGH_LEVEL_MEETING.length;
    for (const type of [c.relation, ...(c.also ?? [])]) {
      relations.push({ type, target, clause: c.index, verb: c.verb, phrase: text.slice(start, end), start, end, footnote: undefined });
    }
  }
}

/** the words of ITS_WORK_AFTER_VERB_RE (pronounOwners' gate) */
const ITS_WORK = ' its work';
const ITS_REPORT = ' its report';

/**
 * A later clause about the work or report of what the clause before named first, by the pronoun alone ("Recalling also the
 * convening of the Working Group on Enhanced Cooperation ..., and taking note of its work,", A/RES/78/132 PP44, 79/194, 80/118;
 * ITS_WORK_AFTER_VERB_RE): the later clause's verb takes that body or sitting too, as "the report of the Working Group" would
 * make it the clause's (a report's author). Only an organization or an event first named by the clause before (not the
 * Assembly, whose own work "its" may be, nor a cited text's author after it).
 */
function pronounOwners(text: string, clauses: readonly Clause[], relations: VerbRelation[]): void {
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i]!;
    const end = c.relation === undefined ? -1 : verbEnd(text, c);
    const m = end < 0 ? null : ITS_WORK_AFTER_VERB_RE.exec(text.slice(end, end + 24));
    if (!m) continue;
    const prev = clauses[i - 1]!;
    let first: VerbRelation | undefined;
    for (const r of relations) if (r.clause === prev.index && !r.footnote && (first === undefined || r.start < first.start)) first = r;
    if (first === undefined || first.target === GENERAL_ASSEMBLY_KEY || !(first.target.startsWith('Organization:') || first.target.startsWith('Event:'))) continue;
    const target = first.target;
    if (relations.some((r) => r.clause === c.index && r.target === target)) continue;
    const start = end + m[0].indexOf(m[1]!);
    for (const type of [c.relation!, ...(c.also ?? [])]) {
      relations.push({ type, target, clause: c.index, verb: c.verb, phrase: m[1]!, start, end: start + m[1]!.length, footnote: undefined });
    }
  }
}

/** right after a verb of asking: the two organizations the clause before named ("and encourages both organizations to") */
const BOTH_ORGANIZATIONS = ' both organizations to ';
const THE_TWO_ORGANIZATIONS = ' the two organizations to ';
/** the word the edge's phrase quotes */
const ORGANIZATIONS_WORD = 'organizations';
/** pronounAddressees for "both organizations" / "the two organizations": the first two organizations `prev` names, when it names two */
function bothOrganizationsAsked(text: string, c: Clause, prev: Clause, end: number, relations: VerbRelation[]): void {
  const named: string[] = [];
  for (const r of relations) {
    if (r.clause !== prev.index || r.footnote || !r.target.startsWith('Organization:') || named.includes(r.target)) continue;
    named.push(r.target);
  }
  if (named.length < 2) return;
  const start = text.indexOf(ORGANIZATIONS_WORD, end);
  for (const target of named.slice(0, 2)) {
    if (relations.some((r) => r.clause === c.index && r.target === target)) continue;
    for (const type of [c.relation!, ...(c.also ?? [])]) {
      relations.push({ type, target, clause: c.index, verb: c.verb, phrase: ORGANIZATIONS_WORD, start, end: start + ORGANIZATIONS_WORD.length, footnote: undefined });
    }
  }
}

/** the verb of a call said again: "renewing the call", "renews its calls" (REITERATES) */
const RENEWED_CALL_VERB_RE = /^renew\w*\s+(?:its|their|our|the)\s+(?:(?:previous|earlier)\s+)?calls?$/i;
/** between a resolution and the framework it endorsed or adopted: ", in which it endorsed the " */
const FRAMEWORK_ENDORSED_IN_WHICH_GAP_RE = /^,\s+(?:in|by)\s+which\s+it\s+(?:endorsed|adopted)\s+(?:the\s+)?$/;
/**
 * "Welcomes the outcome document of the Fourth International Conference on Financing for Development, the Sevilla Commitment,
 * and calls for its timely and effective implementation" (A/RES/80/147 OP1 and eight more texts of 2025), "Welcomes the
 * Kunming-Montreal Global Biodiversity Framework, adopted at ..., and calls for its timely implementation": what is to be
 * implemented is the text the clause before named, so the call is for that framework (the first one that clause names; a
 * conference or body named before it is not implemented). Only a Framework: "the law ..., and calls for its full
 * implementation" names no node. So for "and urges its early, inclusive and effective implementation", "and urging timely
 * action to ensure its full implementation" (A/RES/80/135 PP15, OP6) and "and encourages its full and effective implementation"
 * (A/RES/78/68 OP21): the body urges or encourages what implements that framework.
 */
function frameworkOfItsImplementation(text: string, clauses: readonly Clause[], relations: VerbRelation[]): void {
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i]!;
    const relation = c.relation;
    // ("and renewing the call for its implementation", A/RES/78/160 PP36, 80/147: the call for it said again)
    const renewedCall = relation === 'REITERATES' && RENEWED_CALL_VERB_RE.test(c.verb);
    if (relation === undefined || !(relation === 'CALLS_UPON' ? c.verb.endsWith(' for') : relation === 'URGES' || relation === 'ENCOURAGES' || renewedCall)) continue;
    let end = verbEnd(text, c);
    if (renewedCall) end = text.startsWith(' for', end) ? end + 4 : -1;
    // (a character test first: " its", " their" or " timely action" right after the verb)
    if (end < 0 || !(text.startsWith(' its ', end) || text.startsWith(' their ', end) || text.startsWith(' timely action ', end))) continue;
    const m = ITS_IMPLEMENTATION_AFTER_RE.exec(text.slice(end, end + 80));
    if (!m) continue;
    // ("their": the outcomes the clause before welcomed, and a Framework only where it is named as one of them, "its outcomes,
    // including the Kunming-Montreal Global Biodiversity Framework, and urging their ... implementation" (A/RES/78/138 PP and
    // ten more); "the outcomes of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement,
    // and urging their full implementation" urges the outcomes, not the Agreement that names the sitting)
    const included = m[1] === 'their';
    const prev = clauses[i - 1]!;
    let referent: VerbRelation | undefined;
    for (const r of relations) {
      if (r.clause !== prev.index || r.footnote || !r.target.startsWith('Framework:')) continue;
      if (included && !text.startsWith('including the ', r.start - 14)) continue;
      if (referent === undefined || r.start < referent.start) referent = r;
    }
    if (referent === undefined) continue;
    const target = referent.target;
    // (a resolution named before it is the act whose implementation is asked for: "Recalls its decision, in its resolution
    // 77/71, to establish a ... programme ... relating to the implementation of the Programme of Action ..., and urges its
    // implementation in 2025", A/RES/79/40 OP24)
    // (but not a resolution that endorsed or adopted that framework: "Reaffirming its resolution 73/291 of 15 April 2019, in which
    // it endorsed the Buenos Aires outcome document ..., and renewing the call for its implementation", A/RES/78/160 PP36)
    const first = referent.start;
    if (relations.some((r) => r.clause === prev.index && !r.footnote && r.start < first && r.target.startsWith('Resolution:') && !(r.end < first && FRAMEWORK_ENDORSED_IN_WHICH_GAP_RE.test(text.slice(r.end, first))))) continue;
    if (relations.some((r) => r.clause === c.index && r.target === target)) continue;
    const start = end + m[0].indexOf(m[1]!);
    for (const type of [relation, ...(c.also ?? [])]) {
      relations.push({ type, target, clause: c.index, verb: c.verb, phrase: m[1]!, start, end: start + m[1]!.length, footnote: undefined });
    }
  }
}

/** an antecedent that can call or appeal (AGENT_ACT_AFTER_ITS): an organization or a sitting, not a programme or framework */
function isAgentAntecedent(r: VerbRelation): boolean {
  return r.target.startsWith('Organization:') || r.target.startsWith(EVENT_PREFIX);
}
/** the word after "its" that names a text's implementation (pronounObjects: the one framework among several candidates) */
const IMPLEMENTATION_WORD = 'implementation';
/** the Assembly's resolutions' keys (pronounObjects) */
const ASSEMBLY_RESOLUTION_KEY_PREFIX = 'Resolution:A/RES/';
/** right after the Assembly's own resolution, the act by which it made what the clause names next: ", by which it designated" */
const OWN_RESOLUTION_DESIGNATED_AFTER_RE = /^,\s+(?:by|in)\s+which\s+it\s+(?:designated|proclaimed|declared)\s/;
/** a part or resumed session of a meeting ("first part of the fifteenth meeting of ...", "second resumed session of ...") */
const PART_OF_SITTING_KEY_RE = /^Event:[a-z-]+(?:\s+resumed)?\s+(?:part|session|segment)\s+of\s+the\s+(.+)$/;
/** `sitting` printed right after `body` and " for the ", the end of the name `body` is keyed by ("Preparatory Committee for the <sitting>") */
function isSittingOfBodyName(text: string, body: VerbRelation, sitting: VerbRelation): boolean {
  return body.end + FOR_THE.length === sitting.start && text.startsWith(FOR_THE, body.end) && sitting.target.startsWith(EVENT_PREFIX) && body.target.endsWith(`${FOR_THE}${sitting.target.slice(EVENT_PREFIX.length)}`);
}
/** an ordinal word after the pronoun: "its twenty-fifth session" names a numbered sitting of its own */
const ORDINAL_WORD_RE = new RegExp(`^(?:${ORDINAL_SOURCE})$`);
/** PRONOUN_OBJECT_AFTER_VERB_RE right after a verb ending at `end`, when the pronoun may stand for what a clause before named */
function pronounObject(text: string, end: number, verb: string): RegExpExecArray | null {
  const m = PRONOUN_OBJECT_AFTER_VERB_RE.exec(text.slice(end, end + 40));
  if (!m || m[1] === 'them' || DEMONSTRATIVE_OBJECT_RE.test(m[1]!)) return m;
  const word = m[2];
  if (word === undefined || ORDINAL_WORD_RE.test(word)) return null;
  // (the Assembly notes another's stance, never its own: "and noting its support for the Member States", A/RES/78/277 PP35)
  if (m[1] === 'its' && ASSEMBLY_OWN_AFTER_ITS.test(word) && !(NOTING_VERB_RE.test(verb) && OWNER_STANCE_NOTED_AFTER_ITS.test(word))) return null;
  return m;
}

/**
 * A later clause whose object is headed by a possessive or object pronoun (PRONOUN_OBJECT_AFTER_VERB_RE): "Welcoming also the
 * convening of the sixteenth meeting of the Conference of the Parties ..., and taking note of its adopted decisions" (A/RES/79/212
 * PP10), "Welcoming the convening of the high-level meeting ... on nuclear disarmament, ..., and recognizing its contribution"
 * (78/27 PP2), "Notes the important contributions of the Common Fund for Commodities and other ... organizations, and encourages
 * them" (80/124 OP37): the later clause's verb takes the pronoun's antecedent, when the clause before names exactly one thing
 * the pronoun can stand for: "its" an organization other than an officer, the Assembly or the United Nations (mostly the
 * qualifier of another's work or staff there), a sitting, a framework or an initiative; "his", "her" an officer; "their", "them"
 * the list of organizations and sittings the clause names first (PLURAL_LIST_BREAK_RE), or one organization named as the owner
 * at the head of that clause's object (PLURAL_OWNER_GAP_RE). A place, a resolution, a document (a State's, a report's own) or a
 * second candidate leaves "its" unresolved; a part or resumed session of a meeting stands for the meeting ("Recalling the first
 * part ... and the second part of the fifteenth meeting ..., and welcoming its outcomes", 80/124 PP6). Not "its" of the
 * Assembly's own attitudes and acts (ASSEMBLY_OWN_AFTER_ITS), nor a pronoun before a capitalised name or an ordinal ("its Sand
 * and Dust Storm Warning ... System", "its twenty-fifth session": that name), nor after a clause whose own object a pronoun
 * heads ("recalls in this regard its adoption of ... the 2023 IMO Strategy ..., and notes its adoption of guidelines",
 * A/RES/79/144 OP234: both the IMO's).
 */
function pronounObjects(text: string, clauses: readonly Clause[], relations: VerbRelation[], mentions: readonly EntityMention[]): void {
  let prevEnd = clauses.length > 0 && clauses[0]!.relation !== undefined ? verbEnd(text, clauses[0]!) : -1;
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i]!;
    const relation = c.relation;
    const end = relation === undefined ? -1 : verbEnd(text, c);
    const prevVerbEnd = prevEnd;
    prevEnd = end;
    if (end < 0 || prevVerbEnd < 0) continue;
    const m = pronounObject(text, end, c.verb);
    if (!m) continue;
    // ("those bodies", "those organizations" read as "them", DEMONSTRATIVE_OBJECT_RE)
    const demonstrative = DEMONSTRATIVE_OBJECT_RE.test(m[1]!);
    const pronoun = demonstrative ? 'them' : m[1]!;
    const word = demonstrative ? undefined : m[2];
    // ("and recalling their political declarations" after listed meetings: the declarations, each its meeting's, are the object
    // and the meetings only their owners, declarationsOfListedMeetings)
    if (pronoun === 'their' && word !== undefined && relations.some((r) => r.clause === c.index && r.phrase === DECLARATIONS_WORDS && r.start === end + m[0].length - word.length)) continue;
    const prev = clauses[i - 1]!;
    // (the clause before heads its own object by a pronoun: a third clause's may stand for what that object names, "taking note
    // of its outcomes, including its endorsement of the theme ..., and recognizing its relevance", A/RES/80/133 PP10, or for what
    // the first clause named, as both do in "recalls in this regard its adoption of ..., and notes its adoption of", 79/144 OP234)
    if (pronounObject(text, prevVerbEnd, clauses[i - 1]!.verb)) continue;
    const person = pronoun === 'his' || pronoun === 'her';
    const plural = pronoun === 'their' || pronoun === 'them';
    const named: VerbRelation[] = [];
    let blocked = false;
    // (where the first thing that cannot be the antecedent starts: the list "them" stands for may end before it)
    let firstBlocker = Number.POSITIVE_INFINITY;
    for (const r of relations) {
      if (r.clause !== prev.index || r.footnote || named.some((n) => n.target === r.target)) continue;
      const t = r.target;
      if (t === GENERAL_ASSEMBLY_KEY) continue;
      // (nor the United Nations, the qualifier of another's work there: "Taking note of the commitment of the University in its support
      // to the work of the United Nations, and recognizing its contribution", A/RES/79/84 PP13: the University's)
      if (t === UNITED_NATIONS_KEY && !person && !plural) continue;
      // (the Assembly's own resolution that made the one candidate, named in its relative clause: "Recalling also its resolution
      // 63/278 of 22 April 2009, by which it designated 22 April as International Mother Earth Day, and recognizing its importance",
      // A/RES/79/210 PP3: the Day's; the resolution is the act, no antecedent and no second candidate)
      if (t.startsWith(ASSEMBLY_RESOLUTION_KEY_PREFIX) && OWN_RESOLUTION_DESIGNATED_AFTER_RE.test(text.slice(r.end, r.end + 48))) continue;
      // (nor, for "their", the treaty a sitting of its parties is named after: "the sixteenth meeting of the Conference of the Parties
      // to the Convention on Biological Diversity, and the meetings of the Parties to the Protocols to the Convention, ..., and taking
      // note of their adopted decisions", A/RES/80/143 PP10: the Convention names whose meetings they are)
      if (plural && t.startsWith(FRAMEWORK_PREFIX) && relations.some((o) => o.clause === prev.index && o.target.startsWith(EVENT_PREFIX) && o.target.endsWith(`${TO_THE}${t.slice(FRAMEWORK_PREFIX.length)}`))) continue;
      const office = t.startsWith('Organization:') && personOffice(t);
      // (a person's office is no antecedent of "its" and leaves it to the one organization beside it: "the Global Crisis Response
      // Group ..., chaired and convened by the Secretary-General, and taking note of its briefs", A/RES/78/136 PP11)
      if (office && !person && !plural) continue;
      // (a plural pronoun stands for initiatives in the list too: "such as the Alliance for Financial Inclusion, the Better Than Cash
      // Alliance, ... and the Group of 20 Global Partnership for Financial Inclusion, urges them to engage", A/RES/80/125 OP17, 78/139)
      const fits = person ? office : plural ? t.startsWith('Organization:') || t.startsWith('Event:') || t.startsWith('Initiative:') : !office && t !== UNITED_NATIONS_KEY && (t.startsWith('Organization:') || t.startsWith('Event:') || t.startsWith('Framework:') || t.startsWith('Initiative:'));
      if (fits) named.push(r);
      else if (!person) {
        blocked = true;
        if (r.start < firstBlocker) firstBlocker = r.start;
      }
    }
    // ("them", the ones a verb of asking addresses, stands for the list the clause names first, whatever it names after that list:
    // "Commends the practical initiatives and actions by relevant United Nations bodies, including the United Nations Children's
    // Fund, ... and the University for Peace, as well as their activities ... related to specific areas identified in the
    // Programme of Action, and encourages them to continue", A/RES/78/277 OP5, 79/321: the bodies; the list is cut below. Not
    // "their": mostly the things that list did, "the sustained efforts by the Executive Secretary ... to promote the
    // universalization of the Treaty, and encouraging their continuation", A/RES/80/70 PP8; "its outcomes, including the
    // Kunming-Montreal Global Biodiversity Framework, and urging their ... implementation", 78/151 PP11)
    if (pronoun === 'them' && blocked && named.some((r) => r.start < firstBlocker)) blocked = false;
    // (the one organ printed as the adopter before a text it leaves unnamed, which takes no verb of its own: "notes the adoption by
    // the European Commission against Racism and Intolerance of the relevant general policy recommendations, and takes note of its
    // statements", A/RES/79/284 OP17: its statements, as "the statements of X" would make X the clause's; lead's ruling, session 66)
    if (!blocked && named.length === 0 && !person && !plural) {
      const adopter = adopterBeforeUnnamedText(text, prev, mentions);
      if (adopter !== undefined) named.push(adopter);
    }
    if (blocked || named.length === 0) continue;
    named.sort((a, b) => a.start - b.start);
    // (the parts of a meeting named beside it stand for the meeting)
    const keys = named.map((r) => r.target);
    let antecedents = named.filter((r) => {
      const part = PART_OF_SITTING_KEY_RE.exec(r.target);
      return part === null || !keys.includes(`Event:${part[1]!}`);
    });
    // (nor is the sitting printed as the end of the body's name before it a second candidate: "the meetings of the Preparatory
    // Committee for the third United Nations Conference on Landlocked Developing Countries ... and taking note with appreciation of
    // its outcomes", A/RES/79/219 PP5: the Committee, keyed with the sitting it prepares, is the one)
    if (antecedents.length === 2) antecedents = antecedents.filter((r) => !antecedents.some((o) => isSittingOfBodyName(text, o, r)));
    // (a meeting named with its parts or resumed sessions is a plural antecedent: "the sixteenth meeting of the Conference of the
    // Parties ..., as well as the two resumed sessions of the sixteenth meeting ..., and taking note of their adopted decisions",
    // A/RES/80/143 PP10: the meeting's; lead's ruling, session 57)
    const sittingWithParts = antecedents.length === 1 && named.length > 1 && antecedents[0]!.target.startsWith('Event:');
    if (plural) {
      // (the list the clause names first; one organization only as the owner heading the clause's object)
      let last = 1;
      while (last < antecedents.length && antecedents[last]!.start < firstBlocker && !PLURAL_LIST_BREAK_RE.test(text.slice(antecedents[last - 1]!.end, antecedents[last]!.start))) last++;
      antecedents = antecedents.slice(0, last);
      // (not a sitting: "Welcomes the convening of the sixteenth session of the Conference of the Parties ..., and the adoption of
      // its decisions, and calls for their full implementation", A/RES/80/143 OP20: the decisions')
      if (antecedents.length === 1 && !sittingWithParts && (!antecedents[0]!.target.startsWith('Organization:') || !PLURAL_OWNER_GAP_RE.test(text.slice(prevVerbEnd, antecedents[0]!.start)))) continue;
    } else if (antecedents.length !== 1) {
      // ("its implementation" is a text's: the one framework among the candidates, not the sitting that adopted it, "Reaffirming
      // further the New Urban Agenda, adopted at the United Nations Conference on Housing ... (Habitat III), ..., and recognizing
      // that its implementation can contribute", A/RES/79/210 PP14)
      // ("its call" an agent's: the one organization or sitting among the candidates, not the programme its work is on, "the
      // Centre's establishment of a human rights education unit, ..., focused on implementation of the ... World Programme for
      // Human Rights Education, ..., and notes its call for additional voluntary resources", A/RES/80/219 OP5, 78/209 OP5)
      const texts =
        word === IMPLEMENTATION_WORD
          ? antecedents.filter((r) => r.target.startsWith('Framework:'))
          : word !== undefined && AGENT_ACT_AFTER_ITS.test(word)
            ? antecedents.filter(isAgentAntecedent)
            : [];
      if (texts.length !== 1) continue;
      antecedents = texts;
    } else if (word !== undefined && AGENT_ACT_AFTER_ITS.test(word) && !isAgentAntecedent(antecedents[0]!)) {
      // (nor is a lone programme or framework the caller: "notes its call" is then the call of a body the clause leaves unnamed)
      continue;
    }
    const start = demonstrative ? end + m[0].indexOf(m[1]!) : end + m[0].lastIndexOf(pronoun, m[0].length - (word === undefined ? 0 : word.length));
    // (the demonstrative's noun printed after the list names what it stands for: "Welcomes the work of the International Olympic
    // Committee ..., in mobilizing national and international sports federations and organizations, ..., and invites those
    // organizations and national committees to cooperate", A/RES/78/10 OP3: the federations and organizations, not the Committees)
    if (demonstrative) {
      const noun = m[1]!.slice(m[1]!.search(/\s/)).trim();
      const lastEnd = Math.max(...antecedents.map((a) => a.end));
      if (new RegExp(`\\b${noun}\\b`).test(text.slice(lastEnd, start))) continue;
    }
    const phrase = demonstrative ? m[1]!.replace(/\s+/g, ' ') : pronoun;
    const spanEnd = demonstrative ? start + m[1]!.length : start + pronoun.length;
    for (const a of antecedents) {
      const target = a.target;
      if (relations.some((r) => r.clause === c.index && r.target === target)) continue;
      for (const type of [relation!, ...(c.also ?? [])]) {
        relations.push({ type, target, clause: c.index, verb: c.verb, phrase, start, end: spanEnd, footnote: undefined });
      }
    }
  }
}

/**
 * A resolution the text cites only in clauses whose verb has no relation ("Bearing in mind its resolutions 73/189 of
 * 17 December 2018, ... and 79/189 of 17 December 2024", A/RES/80/229 PP54; "Invites Member States, bearing in mind
 * paragraph 5 (b) of its resolution 77/109 of 7 December 2022, to ...", A/RES/79/125 OP5; "Having considered ... in
 * response to resolution ES-10/26") or in a footnote of one ("Guided by the Universal Declaration of Human Rights,1" with
 * "1 Resolution 217 A (III)."): it is cited all the same, so the resolution CITES it, once, at its first such mention.
 * So is a document cited by its symbol: "Having considered the report of the Secretary-General1" (the budget and
 * financing texts), "Having examined the report of the Special Committee ... for 2025,1" (every Fourth Committee text),
 * "the plan of action for the International Decades ...,4" with "4 A/56/61, annex." under "Conscious". Not a document
 * known only by its title: the text names it but cites no document.
 * Not when any clause of the resolution types an edge to it (RECALLS in PP3 and "bearing in mind" in OP9: one citation).
 */
function citedUntyped(paragraphs: ParagraphExtraction[], self: string): void {
  let cited: Set<string> | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    for (let j = 0; j < p.mentions.length; j++) {
      const m = p.mentions[j]!;
      if ((m.kind !== 'Resolution' && !(m.kind === 'Document' && typeof m.attrs.symbol === 'string')) || m.nested || m.key === self) continue;
      if (cited === undefined) {
        cited = new Set<string>([self]);
        for (let k = 0; k < paragraphs.length; k++) {
          const relations = paragraphs[k]!.relations;
          for (let l = 0; l < relations.length; l++) cited.add(relations[l]!.target);
        }
      }
      if (cited.has(m.key)) continue;
      cited.add(m.key);
      const at = m.footnote ? m.footnote.offset : m.start;
      const clause = clauseAt(p.clauses, at);
      p.relations.push({ type: 'CITES', target: m.key, clause: clause?.index ?? 0, verb: clause?.verb ?? '', phrase: m.phrase, start: m.start, end: m.end, footnote: m.footnote?.mark });
    }
  }
}

/** A date key of a year alone ("Date:2025"). */
const YEAR_ONLY_DATE_RE = /^Date:\d{4}$/;

/** (what an event's key ends with when made with a year: " @ 1987") */
const KEYED_YEAR_GAP = ' @ ';
/**
 * An event's key without the year it was made with: the sitting a footnote dates to the day ("2 See Report of the International
 * Conference on the Relationship between Disarmament and Development, New York, 24 August–11 September 1987", A/RES/80/25 PP2) is
 * keyed by its name there, and " @ 1987" where a paragraph prints its year ("the action programme adopted at the 1987
 * International Conference ...", PP9): one sitting, which the graph joins.
 */
function eventNameKey(key: string): string {
  const at = key.length - 7;
  if (at <= 0 || !key.startsWith(KEYED_YEAR_GAP, at)) return key;
  for (let i = at + 3; i < key.length; i++) if (!isAsciiDigit(key.charCodeAt(i))) return key;
  return key.slice(0, at);
}

/**
 * An event the resolution dates fully in one clause and by its year alone in another ("to be held from 18 to 20 February 2025
 * in Marrakech" in OP2, "alongside the Fourth Global Ministerial Conference on Road Safety, in 2025" in OP12, A/RES/78/290;
 * "6 to 15 March 2026" in PP11 and "to be held in Milano-Cortina in 2026" in OP1, A/RES/80/8): the fuller date is the best one
 * the text gives, so the year alone adds no STARTS_ON (ENDS_ON) of its own. A year stays when the resolution prints no fuller
 * date of that year for the event (each file states its own: another resolution's full date does not count).
 */
function yearsOfFullyDatedEvents(paragraphs: ParagraphExtraction[]): void {
  let fuller: Set<string> | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    for (let j = 0; j < p.attributions.length; j++) {
      const a = p.attributions[j]!;
      if ((a.type !== 'STARTS_ON' && a.type !== 'ENDS_ON') || a.target.length <= 9 || !a.target.startsWith('Date:')) continue;
      (fuller ??= new Set<string>()).add(`${a.type}|${eventNameKey(a.source)}|${a.target.slice(5, 9)}`);
    }
  }
  if (fuller === undefined) return;
  const dated = fuller;
  const drop = (a: Attribution): boolean =>
    (a.type === 'STARTS_ON' || a.type === 'ENDS_ON') && YEAR_ONLY_DATE_RE.test(a.target) && dated.has(`${a.type}|${eventNameKey(a.source)}|${a.target.slice(5)}`);
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.attributions.some(drop)) replaceAll(p.attributions, p.attributions.filter((a) => !drop(a)));
  }
}

/**
 * Citations whose body only a later paragraph names ("in line with decisions 15/6 and 16/1" before
 * "decision 16/6 ... of the Conference of the Parties to the Convention on Biological Diversity"):
 * rekeyed as recognizeReferences settled them once the whole resolution was read, or dropped with their relations.
 */
function settlePendingCitations(paragraphs: ParagraphExtraction[], pending: NonNullable<ResolutionReferences['pending']>): void {
  const isPending = (m: EntityMention): boolean => m.kind === 'Resolution' && pending.has(m.attrs);
  for (const p of paragraphs) {
    if (!p.mentions.some(isPending)) continue;
    const mentions: EntityMention[] = [];
    const rekeyed = new Map<string, string | undefined>();
    for (const m of p.mentions) {
      if (!isPending(m)) {
        mentions.push(m);
        continue;
      }
      const s = pending.get(m.attrs);
      // what resolvePendingCitation makes of this mention (or of a footnote's copy of it); the literal of every field
      // of a mention (inFootnote's): a spread copy was an object of a map of its own, which planMentions met late ("wrong map")
      const settled = s
        ? { kind: m.kind, key: s.key, name: s.name, attrs: { ...m.attrs, symbol: s.symbol, body: s.body, number: s.number }, phrase: m.phrase, start: m.start, end: m.end, footnote: m.footnote, nested: m.nested }
        : undefined;
      rekeyed.set(`${m.key}@${m.start}:${m.footnote?.mark ?? ''}`, settled?.key);
      if (settled) mentions.push(settled);
    }
    replaceAll(p.mentions, mentions);
    const relations: VerbRelation[] = [];
    const seen = new Set<string>();
    for (const r of p.relations) {
      const id = `${r.target}@${r.start}:${r.footnote ?? ''}`;
      const target = rekeyed.has(id) ? rekeyed.get(id) : r.target;
      if (!target) continue;
      // the same literal as extractParagraphWithReferences makes: a spread copy is an object of another
      // map, which planResolution then meets in its loop over relations (a deopt there)
      const rel = target === r.target ? r : { type: r.type, target, clause: r.clause, verb: r.verb, phrase: r.phrase, start: r.start, end: r.end, footnote: r.footnote };
      const once = `${rel.type}|${rel.clause}|${rel.target}`;
      if (seen.has(once)) continue;
      seen.add(once);
      relations.push(rel);
    }
    replaceAll(p.relations, relations);
    replaceAll(
      p.attributions,
      p.attributions.filter((a) => !a.source.startsWith('Resolution:?') && !a.target.startsWith('Resolution:?')),
    );
  }
}

/**
 * An organ printed bare ("the Executive Council", "the Technical Secretariat", "the Committee of Ministers") whose owner the
 * same resolution names elsewhere with it ("the Executive Council of the Organisation for the Prohibition of Chemical
 * Weapons", A/RES/78/29 OP6 before OP13; "the Committee of Ministers of the Council of Europe", A/RES/79/284 PP11, then OP19):
 * the bare mention is that owner's organ, read before or after the full name, not a node of its own (keyed alone it joined
 * every owner's organ of that name; qualified by the resolution, "Executive Council (A/RES/78/29)", it split the OPCW's).
 * Only when the resolution names exactly one owner's organ of that name, and the owner is an organization it names (or the
 * full name's PART_OF says so); an organ qualified by another resolution (the one that established it) is left alone.
 */
const OWNED_ORGAN_RE = /^(?:(?:Executive|Technical|Governing|General|Standing|Steering|Advisory|Endowment) )?(?:Council|Board|Secretariat|Committee|Bureau|Fund)(?: of Ministers)?$/;
const ORGANIZATION_PREFIX = 'Organization:';
function bareOrgansOfOneOwner(paragraphs: ParagraphExtraction[], symbol: string): void {
  const selfQualifier = ` (${symbol})`;
  /** organ name -> its bare keys in this resolution (bare or qualified by this resolution) */
  let bare: Map<string, Set<string>> | undefined;
  /** key -> a mention of it (the full name's name and attributes go to the bare mentions, as a back-reference takes them) */
  const orgKeys = new Map<string, EntityMention>();
  const owners = new Map<string, string>();
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    for (let j = 0; j < p.mentions.length; j++) {
      const m = p.mentions[j]!;
      if (m.kind !== 'Organization') continue;
      if (!orgKeys.has(m.key)) orgKeys.set(m.key, m);
      let name = m.key.slice(ORGANIZATION_PREFIX.length);
      if (name.endsWith(selfQualifier)) name = name.slice(0, name.length - selfQualifier.length);
      if (!OWNED_ORGAN_RE.test(name)) continue;
      bare ??= new Map();
      const keys = bare.get(name);
      if (keys === undefined) bare.set(name, new Set([m.key]));
      else keys.add(m.key);
    }
    for (let k = 0; k < p.attributions.length; k++) {
      const a = p.attributions[k]!;
      if (a.type === 'PART_OF' && a.source.startsWith(ORGANIZATION_PREFIX)) owners.set(a.source, a.target);
    }
  }
  if (bare === undefined) return;
  const rekey = new Map<string, EntityMention>();
  for (const [name, keys] of bare) {
    const head = `${ORGANIZATION_PREFIX}${name} of `;
    // (every "<organ> of ..." counts against a guess, its owner read or not: "the Executive Board of UN-Habitat" and
    // "... of the International Monetary Fund" in one text leave a bare "Executive Board" as it was)
    let full: string | undefined;
    let count = 0;
    for (const k of orgKeys.keys()) {
      if (!k.startsWith(head) || k.length <= head.length + 3) continue;
      full = k;
      count++;
    }
    if (count !== 1) continue;
    const rest = full!.slice(head.length);
    const owner = owners.get(full!) ?? `${ORGANIZATION_PREFIX}${rest.startsWith('the ') ? rest.slice(4) : rest}`;
    if (!orgKeys.has(owner) || OWNED_ORGAN_RE.test(owner.slice(ORGANIZATION_PREFIX.length))) continue;
    for (const k of keys) rekey.set(k, orgKeys.get(full!)!);
  }
  if (rekey.size > 0) rekeyMentions(paragraphs, rekey);
}

/** Every mention, verb target and attribution end keyed by a key of `rekey` takes the name and attributes of its mention. */
function rekeyMentions(paragraphs: ParagraphExtraction[], rekey: ReadonlyMap<string, EntityMention>): void {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (!p.mentions.some((m) => rekey.has(m.key))) continue;
    // (new literals of every field, as settlePendingCitations makes them: a mention object may be read elsewhere)
    replaceAll(
      p.mentions,
      p.mentions.map((m) => {
        const to = rekey.get(m.key);
        return to === undefined ? m : { kind: m.kind, key: to.key, name: to.name, attrs: to.attrs, phrase: m.phrase, start: m.start, end: m.end, footnote: m.footnote, nested: m.nested };
      }),
    );
    const seen = new Set<string>();
    const relations: VerbRelation[] = [];
    for (let j = 0; j < p.relations.length; j++) {
      const r = p.relations[j]!;
      const target = rekey.get(r.target)?.key;
      const rel = target === undefined ? r : { type: r.type, target, clause: r.clause, verb: r.verb, phrase: r.phrase, start: r.start, end: r.end, footnote: r.footnote };
      const once = `${rel.type}|${rel.clause}|${rel.target}`;
      if (seen.has(once)) continue;
      seen.add(once);
      relations.push(rel);
    }
    replaceAll(p.relations, relations);
    const attributions: Attribution[] = [];
    for (const a of p.attributions) {
      const source = rekey.get(a.source)?.key ?? a.source;
      const target = rekey.get(a.target)?.key ?? a.target;
      if (source === target) continue;
      attributions.push(source === a.source && target === a.target ? a : { type: a.type, source, target, phrase: a.phrase, start: a.start, end: a.end });
    }
    replaceAll(p.attributions, attributions);
  }
}

/** "Event:Fourth Review Conference": a review conference keyed by its ordinal alone (group 1; the resolution's qualifier taken off) */
const BARE_REVIEW_CONFERENCE_KEY_RE = new RegExp(`^Event:(${ORDINAL_SOURCE}) Review Conference$`, 'i');
/** "Event:Fourth United Nations Conference to Review Progress Made ...": one of a series named in full (group 1 its ordinal) */
const CONFERENCE_TO_REVIEW_KEY_RE = new RegExp(`^Event:(${ORDINAL_SOURCE}) (?:United Nations )?Conference to Review `, 'i');
/**
 * "Recalling the recommendation of the Eighth Biennial Meeting of States that the fourth Review Conference discuss ..." (A/RES/78/46
 * PP20), before OP9 names it "the fourth United Nations Conference to Review Progress Made in the Implementation of the Programme of
 * Action ...": a review conference printed by its ordinal before the resolution names that ordinal's conference in full is that
 * conference, as it is once named (entityScan reviewConferenceReferent reads back only). Only where the resolution names exactly one
 * "<Ordinal> ... Conference to Review ..." of that ordinal.
 */
function reviewConferencesNamedLater(paragraphs: ParagraphExtraction[], symbol: string): void {
  // (keyed "Event:Fourth Review Conference (A/RES/78/46)": a short form no conference named before resolves is qualified by the
  // resolution that prints it)
  const selfQualifier = ` (${symbol})`;
  /** key -> its ordinal (lower case) */
  let bare: Map<string, string> | undefined;
  for (const p of paragraphs) {
    for (const m of p.mentions) {
      if (m.kind !== 'Event' || !m.key.includes(REVIEW_CONFERENCE_TAIL)) continue;
      const ordinal = BARE_REVIEW_CONFERENCE_KEY_RE.exec(m.key.endsWith(selfQualifier) ? m.key.slice(0, m.key.length - selfQualifier.length) : m.key)?.[1];
      if (ordinal !== undefined) (bare ??= new Map()).set(m.key, ordinal.toLowerCase());
    }
  }
  if (bare === undefined) return;
  /** ordinal (lower case) -> the mention of the one conference named in full with it (null: two were) */
  const full = new Map<string, EntityMention | null>();
  for (const p of paragraphs) {
    for (const m of p.mentions) {
      if (m.kind !== 'Event') continue;
      const ordinal = CONFERENCE_TO_REVIEW_KEY_RE.exec(m.key)?.[1]!.toLowerCase();
      if (ordinal === undefined) continue;
      const known = full.get(ordinal);
      if (known === undefined) full.set(ordinal, m);
      else if (known !== null && known.key !== m.key) full.set(ordinal, null);
    }
  }
  const rekey = new Map<string, EntityMention>();
  for (const [key, ordinal] of bare) {
    const to = full.get(ordinal);
    if (to) rekey.set(key, to);
  }
  if (rekey.size > 0) rekeyMentions(paragraphs, rekey);
}

/**
 * A mention a whole-resolution pass finds after the paragraph was extracted (a short form printed before its name, a declaration
 * adopted "at that" sitting): `named`'s entity at [start, end), put among the paragraph's mentions in start order; the clause it
 * stands in gives it its verbs, as extraction would have.
 */
function addLateMention(p: ParagraphExtraction, named: EntityMention, phrase: string, start: number, end: number): void {
  const mention: EntityMention = { kind: named.kind, key: named.key, name: named.name, attrs: named.attrs, phrase, start, end };
  // (a spread, not concat(): concat makes a HOLEY_ELEMENTS array, and this rare one, sorted by sortSmall, turned its
  // element stores polymorphic; its compiled code then made every packed list it sorted holey, and the mention lists
  // of the whole entity stage changed map late in the run: "wrong map" deopts and recompiles of findAttributions & co.)
  replaceAll(p.mentions, sortSmall([...p.mentions, mention], (a, b) => a.start - b.start || a.end - b.end));
  const clause = clauseAt(p.clauses, start);
  if (!clause?.relation) return;
  for (const type of [clause.relation].concat(clause.also ?? NO_FURTHER_RELATIONS)) {
    if (p.relations.some((r) => r.type === type && r.clause === clause.index && r.target === named.key)) continue;
    p.relations.push({ type, target: named.key, clause: clause.index, verb: clause.verb, phrase, start, end, footnote: undefined });
  }
}

/** "Framework:2007 Constitution of the British Virgin Islands": a constitution keyed with whose it is */
const NAMED_CONSTITUTION_KEY_RE = /^Framework:(?:(?:19|20)\d\d )?Constitution of /;
/** the gate of BARE_CONSTITUTION_RE */
const THE_CONSTITUTION = 'the Constitution';
/** "the Constitution" printed bare: not "the Constitution of ...", "... Constitution (Amendment) Order", "the Constitution Committee" */
const BARE_CONSTITUTION_RE = /\bthe (Constitution)\b(?! of\b)(?! \()(?! [A-Z])/g;
/**
 * "Taking note of the agreement of the administering Power to the proposal by the territorial Government ... without the need for a
 * temporary partial suspension of the Constitution" (A/RES/78/89 PP25, PP26; 79/102, 80/93) before PP27 names it "the 2007
 * Constitution of the British Virgin Islands": in a "Question of <Territory>" text "the Constitution" printed bare before the one
 * constitution the text names in full is that constitution, as it is once named (entityScan resolves the short form only after
 * the name: OP4, OP5). Only where the text names exactly one constitution so; the clause's verb takes it.
 */
function constitutionsNamedLater(paragraphs: ParagraphExtraction[], title: string | undefined): void {
  if (title === undefined || !title.startsWith('Question of ')) return;
  let named: EntityMention | undefined;
  let first = -1;
  for (let i = 0; i < paragraphs.length; i++) {
    for (const m of paragraphs[i]!.mentions) {
      if (m.kind !== 'Framework' || !NAMED_CONSTITUTION_KEY_RE.test(m.key)) continue;
      if (named === undefined) {
        named = m;
        first = i;
      } else if (named.key !== m.key) return;
    }
  }
  if (named === undefined) return;
  for (let i = 0; i < first; i++) {
    const p = paragraphs[i]!;
    const text = p.paragraph.text;
    if (!textIncludes(text, THE_CONSTITUTION)) continue;
    BARE_CONSTITUTION_RE.lastIndex = 0;
    for (const m of text.matchAll(BARE_CONSTITUTION_RE)) {
      const start = m.index + m[0].length - m[1]!.length;
      const end = m.index + m[0].length;
      if (p.mentions.some((e) => !e.footnote && e.start < end && e.end > start)) continue;
      addLateMention(p, named, m[1]!, start, end);
    }
  }
}

/** "the [political ]declaration adopted at that <sitting>" (a footnote mark may stand between); group 1: the sitting's noun */
const BARE_DECLARATION_AT_THAT_RE = /\bthe\s+((?:political\s+)?declaration)\s*\d{0,3},?\s+adopted\s+at\s+that\s+(summit|conference|meeting|session)\b/;
const FRAMEWORK_PREFIX = 'Framework:';
/**
 * A declaration printed bare after its sitting: "Recalls the high-level meeting of the General Assembly on the rule of law at
 * the national and international levels, held during ..., and the declaration adopted at that meeting" (A/RES/79/126 OP1,
 * 78/112, 80/167). "declaration" alone names no framework, but the sitting of that kind named before it in the paragraph
 * adopted one the same resolution names in full ("Noting the declaration of the high-level meeting ...", PP11, where that
 * meeting ADOPTED it): the bare words are that framework, so the clause's verb and the sitting's ADOPTED go to it. Only when the
 * resolution gives that sitting exactly one adopted framework; else nothing (no node is called "declaration").
 */
function declarationsAdoptedAtThatSitting(paragraphs: ParagraphExtraction[], holding: readonly number[]): void {
  for (const i of holding) {
    const p = paragraphs[i]!;
    const text = p.paragraph.text;
    const m = BARE_DECLARATION_AT_THAT_RE.exec(text);
    if (!m) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const sitting = sittingNamedLastBefore(p.mentions, m.index, m[2]!);
    if (!sitting || p.mentions.some((e) => !e.footnote && e.start < end && e.end > start)) continue;
    let adopted: Attribution | undefined;
    let count = 0;
    for (const q of paragraphs) {
      for (const a of q.attributions) {
        if (a.type !== 'ADOPTED' || a.source !== sitting.key || !a.target.startsWith(FRAMEWORK_PREFIX) || a.target === adopted?.target) continue;
        adopted = a;
        count++;
      }
    }
    if (count !== 1) continue;
    let named: EntityMention | undefined;
    for (const q of paragraphs) named ??= q.mentions.find((e) => e.key === adopted!.target);
    if (!named) continue;
    addLateMention(p, named, m[1]!, start, end);
    if (!p.attributions.some((a) => a.type === 'ADOPTED' && a.source === sitting!.key && a.target === named!.key)) {
      p.attributions.push({ type: 'ADOPTED', source: sitting.key, target: named.key, phrase: text.slice(sitting.start, m.index + m[0].length), start: sitting.start, end: m.index + m[0].length });
    }
  }
}

/** the rare words of a framework adopted at the occasion the paragraph before dated (the gate of adoptedOnThatOccasion) */
const ADOPTED_ON_THAT_OCCASION = ' adopted on that occasion';
/** between the framework and those words: a footnote mark, a comma */
const MARK_OR_COMMA_GAP_RE = /^\s*\d{0,3},?$/;
/**
 * "Recalling also the signing of the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in Cairo on 11 April 1996,"
 * then "Recalling further the Cairo Declaration adopted on that occasion," (A/RES/79/15 PP2-PP3, 78/14, 80/14): the occasion is
 * the one the paragraph before dated, so the framework was adopted on its day. Only when that paragraph dates one day.
 */
function adoptedOnThatOccasion(paragraphs: ParagraphExtraction[], holding: readonly number[]): void {
  for (const i of holding) {
    if (i === 0) continue;
    const p = paragraphs[i]!;
    const text = p.paragraph.text;
    const at = text.indexOf(ADOPTED_ON_THAT_OCCASION);
    let framework: EntityMention | undefined;
    for (const m of p.mentions) if (!m.footnote && m.kind === 'Framework' && m.end <= at && MARK_OR_COMMA_GAP_RE.test(text.slice(m.end, at))) framework = m;
    if (framework === undefined) continue;
    let day: Attribution | undefined;
    let days = 0;
    for (const a of paragraphs[i - 1]!.attributions) {
      if ((a.type !== 'ADOPTED_ON' && a.type !== 'STARTS_ON') || a.target.length !== 15 /* Date:YYYY-MM-DD */ || a.target === day?.target) continue;
      day = a;
      days++;
    }
    if (days !== 1 || day === undefined || p.attributions.some((a) => a.type === 'ADOPTED_ON' && a.source === framework!.key)) continue;
    const end = at + ADOPTED_ON_THAT_OCCASION.length;
    p.attributions.push({ type: 'ADOPTED_ON', source: framework.key, target: day.target, phrase: text.slice(framework.start, end), start: framework.start, end });
  }
}

/**
 * Puts `items` in place of what `list` holds. The paragraph keeps its arrays (each made for it alone): assigning
 * new ones made those fields of every paragraph object mutable, a change of the objects' hidden class that threw
 * away the compiled code reading paragraphs (extractParagraphWithReferences, planResolution) the first time a
 * resolution had a pending citation.
 */
function replaceAll<T>(list: T[], items: readonly T[]): void {
  list.length = 0;
  for (const x of items) list.push(x);
}

/**
 * Notes paragraph `i` in `atThat` / `onThatOccasion` / `outcome` when its text holds the rare words that the resolution's passes
 * after every paragraph's extraction look for (declarationsAdoptedAtThatSitting, adoptedOnThatOccasion, outcomesOfSittingsNamedBefore). Why here, before the paragraph's
 * extraction: its first gate builds the text's textIncludes filter anyway, so each ask is a few bit tests; the passes after
 * the last paragraph found those filters gone (they hold the last texts only) and searched every paragraph in full instead
 * (session 47, spd47a: a filter built again per paragraph there was 0.7% of the CPU samples).
 * Session 50 (spd50a): over the entities stage of all of corpus-ga, the two searches ran 40,235 and 38,718 times on texts of
 * ~430 characters (17.3M and 16.7M characters searched) for 12 and 3 paragraphs holding the words. Replayed alone over corpus-ga's
 * 39,620 paragraph texts (7 rounds, one thread, the ingest flags, host load ~18): the two full searches 49-56 ms of CPU, the two
 * asks of a filter already built 1-11 ms (the build, which the scan's first gate makes anyway, counted apart: 80-92 ms).
 * Session 54 (spd54b): outcomesOfSittingsNamedBefore's OUTCOME too. It asked every paragraph of each resolution that states a
 * sitting's adopted framework, after the last paragraph, so each filter was built again: a CPU profile of the entities stage
 * alone (warm, all of corpus-ga) put 0.72% of its samples in those rebuilds (146 of 20,287), the largest caller of filterOf after
 * the first build.
 */
function notePhrasesOfLaterPasses(text: string, i: number, atThat: number[], onThatOccasion: number[], outcome: number[]): void {
  if (textIncludes(text, ADOPTED_AT_THAT)) atThat.push(i);
  if (textIncludes(text, ADOPTED_ON_THAT_OCCASION)) onThatOccasion.push(i);
  if (textIncludes(text, OUTCOME)) outcome.push(i);
}

/**
 * The second half of extraction, given what recognizeReferences read in the same resolution (here, or in
 * another thread: `refs` may be a structured clone): the entity scan, overlaps settled, verb relations per
 * clause and attributions.
 */
export function extractWithReferences(resolution: ResolutionText, refs: ResolutionReferences): ResolutionExtraction {
  const ctx = contextOf(resolution);
  const problems: string[] = [];
  const holdAdoptedAtThat: number[] = [];
  const holdAdoptedOnThatOccasion: number[] = [];
  const holdOutcome: number[] = [];
  const paragraphs = resolution.paragraphs.map((p, i) => {
    notePhrasesOfLaterPasses(p.text, i, holdAdoptedAtThat, holdAdoptedOnThatOccasion, holdOutcome);
    return extractParagraphWithReferences(p, ctx, refs.paragraphs[i]!, problems);
  });
  if (refs.pending) settlePendingCitations(paragraphs, refs.pending);
  bareOrgansOfOneOwner(paragraphs, resolution.symbol);
  reviewConferencesNamedLater(paragraphs, resolution.symbol);
  constitutionsNamedLater(paragraphs, resolution.title);
  declarationsAdoptedAtThatSitting(paragraphs, holdAdoptedAtThat);
  adoptedOnThatOccasion(paragraphs, holdAdoptedOnThatOccasion);
  outcomesOfSittingsNamedBefore(paragraphs, holdOutcome);
  yearSessionsNamedBefore(paragraphs);
  citedUntyped(paragraphs, resolutionKey(resolution.symbol));
  if (resolution.annexTitles !== undefined) annexesAdoptedWithIt(resolution.annexTitles, paragraphs, resolutionKey(resolution.symbol));
  if (resolution.annexPrefixes !== undefined) annexesNamingThemselves(resolution.annexTitles!, resolution.annexPrefixes, paragraphs);
  presentDeclarations(paragraphs, resolutionKey(resolution.symbol));
  yearsOfFullyDatedEvents(paragraphs);
  const ex: ResolutionExtraction = { resolution, key: resolutionKey(resolution.symbol), paragraphs };
  if (problems.length) ex.warnings = problems;
  return ex;
}

/** the word outcomesOfSittingsNamedBefore's paragraphs print (its gate, a string test) */
const OUTCOME = 'outcome';
/** How far before a sitting's name OUTCOME_OF_SITTING_BEFORE_RE reads ("outcome documents of the ") */
const OUTCOME_OF_REACH = 32;

/**
 * "... in the implementation of the Beijing Declaration and Platform for Action and the outcome of the twenty-third special
 * session" (A/RES/78/182 PP9, and PP16, PP19, PP28, OP1-OP3), after PP2 named that outcome with its title ("the outcome of the
 * twenty-third special session of the General Assembly, entitled “Women 2000: ...”", ADOPTED by the session): a back reference,
 * over paragraphs, to the text the sitting adopted. The paragraph mentions the text, and each verb that takes the sitting takes
 * it too (the sitting keeps its edge, as a sitting printed with the text it adopted does). Only a sitting of which this
 * resolution states one adopted framework: of one that adopted several here ("the outcomes of the World Summit on the
 * Information Society") the words do not say which, nor of one whose adopted text is named after it ("the Programme of Action of
 * the World Summit for Social Development": one of its outcomes).
 */
function outcomesOfSittingsNamedBefore(paragraphs: ParagraphExtraction[], holdingOutcome: readonly number[]): void {
  // event key -> the framework it adopted here (null: more than one)
  const outcomeOf = new Map<string, { key: string; name: string } | null>();
  for (const p of paragraphs) {
    for (const a of p.attributions) {
      if (a.type !== 'ADOPTED' || !a.source.startsWith('Event:') || !a.target.startsWith('Framework:')) continue;
      const known = outcomeOf.get(a.source);
      if (known === null || known?.key === a.target) continue;
      const named = p.mentions.find((m) => m.key === a.target);
      // (a text named after its sitting is one of its outcomes, not the outcome: "the Programme of Action of the World Summit for
      // Social Development" beside the Copenhagen Declaration, A/RES/78/174 PP1)
      const sitting = named && p.mentions.find((m) => m.key === a.source);
      const namedAfterSitting = sitting !== undefined && named!.name.includes(`${OF_THE}${sitting.name}`);
      outcomeOf.set(a.source, known === undefined && named && !namedAfterSitting ? { key: a.target, name: named.name } : null);
    }
  }
  if (outcomeOf.size === 0) return;
  for (const i of holdingOutcome) {
    const p = paragraphs[i]!;
    const text = p.paragraph.text;
    const sittings = p.mentions.filter((m) => m.kind === 'Event' && m.footnote === undefined && outcomeOf.get(m.key));
    for (const sitting of sittings) {
      const outcome = outcomeOf.get(sitting.key)!;
      // the paragraph names the text itself ("..., entitled “Women 2000: ...”"): nothing to resolve
      if (p.mentions.some((m) => m.key === outcome.key)) continue;
      const before = OUTCOME_OF_SITTING_BEFORE_RE.exec(text.slice(Math.max(0, sitting.start - OUTCOME_OF_REACH), sitting.start));
      if (!before) continue;
      const start = sitting.start - before[0].length;
      const phrase = text.slice(start, sitting.end);
      p.mentions.push({ kind: 'Framework', key: outcome.key, name: outcome.name, attrs: {}, phrase, start, end: sitting.end });
      for (const r of [...p.relations]) {
        if (r.target !== sitting.key || r.start !== sitting.start || r.footnote !== undefined) continue;
        if (p.relations.some((x) => x.clause === r.clause && x.type === r.type && x.target === outcome.key)) continue;
        p.relations.push({ type: r.type, target: outcome.key, clause: r.clause, verb: r.verb, phrase, start, end: sitting.end });
      }
    }
  }
}

/** the words after a year that make it a session's name ("the 2023 session") */
const YEAR_SESSION = ' session';
/** what follows a session named with its body ("the 2023 session of the Economic and Social Council"): not a bare session */
const SESSION_OF_BODY = ' of ';
/** what precedes the year of a bare session */
const THE_BEFORE_YEAR = 'the ';

/**
 * "Noting with appreciation the efforts and contributions made at the 2023 session to promote substantive discussions on issues on
 * the agenda" (A/RES/78/61 PP10), after PP6 named "the Conference on Disarmament at its 2023 session": a session printed with its
 * year alone is the one of that year the resolution named before with its body, when it named only one body's. Its clause's verb
 * takes it. Not a session no paragraph before dated with a body ("the priority theme for the 2024 session", A/RES/78/174: the
 * Commission's, named by no year before), nor one printed with its body ("the 2025 session of the Economic and Social Council").
 */
function yearSessionsNamedBefore(paragraphs: ParagraphExtraction[]): void {
  // year -> the session of that year named before (null: two bodies' sessions of that year)
  const sessionOfYear = new Map<string, { key: string; name: string } | null>();
  for (const p of paragraphs) {
    if (sessionOfYear.size > 0 && textIncludes(p.paragraph.text, YEAR_SESSION)) yearSessionsOfParagraph(p, sessionOfYear);
    for (const m of p.mentions) {
      if (m.kind !== 'Event' || !isYearSessionOfBody(m.key)) continue;
      const year = m.key.slice(EVENT_PREFIX.length, EVENT_PREFIX.length + 4);
      const known = sessionOfYear.get(year);
      if (known === undefined) sessionOfYear.set(year, { key: m.key, name: m.name });
      else if (known !== null && known.key !== m.key) sessionOfYear.set(year, null);
    }
  }
}

/**
 * yearSessionsNamedBefore's reading of one paragraph that prints " session" after a year (a few paragraphs of a resolution):
 * a function of its own, so the loop over every paragraph's mentions compiles small and a case first met late here does not
 * throw that loop's compiled code away (spd53a: its 2-3 compiles a run).
 */
function yearSessionsOfParagraph(p: ParagraphExtraction, sessionOfYear: ReadonlyMap<string, { key: string; name: string } | null>): void {
  const text = p.paragraph.text;
  for (let at = text.indexOf(YEAR_SESSION); at >= 0; at = text.indexOf(YEAR_SESSION, at + YEAR_SESSION.length)) {
    const start = at - 4;
    const end = at + YEAR_SESSION.length;
    if (start < THE_BEFORE_YEAR.length || !text.startsWith(THE_BEFORE_YEAR, start - THE_BEFORE_YEAR.length) || text.startsWith(SESSION_OF_BODY, end)) continue;
    if (end < text.length && isLetterOrDigitCode(text.charCodeAt(end))) continue;
    const year = text.slice(start, at);
    if (!isFourDigitYear(year)) continue;
    const session = sessionOfYear.get(year);
    if (!session || p.mentions.some((m) => m.kind !== 'Date' && m.start < end && m.end > start && m.footnote === undefined)) continue;
    const phrase = text.slice(start, end);
    p.mentions.push({ kind: 'Event', key: session.key, name: session.name, attrs: { eventKind: 'session' }, phrase, start, end });
    const clause = clauseAt(p.clauses, start);
    if (clause === undefined) continue;
    for (const type of clause.relation === undefined ? (clause.also ?? []) : [clause.relation, ...(clause.also ?? [])]) {
      if (p.relations.some((r) => r.clause === clause.index && r.type === type && r.target === session.key)) continue;
      p.relations.push({ type, target: session.key, clause: clause.index, verb: clause.verb, phrase, start, end, footnote: undefined });
    }
  }
}
/** "Event:2023 session of the Conference on Disarmament": a session keyed by its year and its body */
function isYearSessionOfBody(key: string): boolean {
  const y = EVENT_PREFIX.length;
  return key.startsWith(EVENT_PREFIX) && isFourDigitYear(key.slice(y, y + 4)) && key.startsWith(`${YEAR_SESSION}${SESSION_OF_BODY}`, y + 4);
}
/** four ASCII digits of a year of the 1900s or 2000s */
function isFourDigitYear(s: string): boolean {
  if (s.length !== 4 || !(s.startsWith('19') || s.startsWith('20'))) return false;
  for (let i = 2; i < 4; i++) if (!isAsciiDigit(s.charCodeAt(i))) return false;
  return true;
}
/** a letter or digit of ASCII (a word goes on: "the 2023 sessions") */
function isLetterOrDigitCode(code: number): boolean {
  return isAsciiDigit(code) || isAsciiCapital(code) || isLowerAscii(code);
}

/** the word after PRESENT_TEXT that names a declaration ("the present declaration", "the present political declaration") */
const PRESENT_DECLARATION_AFTER_RE = /^(?:[Pp]olitical )?[Dd]eclaration(?![A-Za-z])/;
/** a word of a declaration's name (its key's), any case */
const DECLARATION_WORD = 'eclaration';

/**
 * "Request the Secretary-General ... to promote collaboration ... and implement the present declaration" (A/RES/73/3 OP52, OP53,
 * the declaration printed after "Adopts the following political declaration approved by the high-level meeting ...:"; the
 * annexed declarations of A/RES/78/3, 78/4, 78/5 and 79/2: "the implementation of the present political declaration"): in a
 * resolution that adopts one declaration, "the present (political) declaration" is that declaration, the framework its ADOPTED
 * edge reaches. The paragraph mentions it and its clause's verb takes it. Not where another mention already spans the words
 * (annexesNamingThemselves' "the present Political Declaration"), nor in a resolution adopting no declaration or several.
 */
function presentDeclarations(paragraphs: ParagraphExtraction[], self: string): void {
  let declaration: { key: string; name: string } | undefined;
  for (const p of paragraphs) {
    for (const a of p.attributions) {
      if (a.type !== 'ADOPTED' || a.source !== self || !a.target.startsWith('Framework:') || !a.target.includes(DECLARATION_WORD)) continue;
      if (declaration !== undefined && declaration.key !== a.target) return;
      const named = p.mentions.find((m) => m.key === a.target);
      declaration = { key: a.target, name: named?.name ?? a.target.slice('Framework:'.length) };
    }
  }
  if (declaration === undefined) return;
  for (const p of paragraphs) if (textIncludes(p.paragraph.text, PRESENT_TEXT)) presentDeclarationsOfParagraph(p, declaration);
}

/** presentDeclarations' reading of one paragraph that prints "the present " (a function of its own: see yearSessionsOfParagraph) */
function presentDeclarationsOfParagraph(p: ParagraphExtraction, declaration: { key: string; name: string }): void {
  const text = p.paragraph.text;
  for (let at = text.indexOf(PRESENT_TEXT); at >= 0; at = text.indexOf(PRESENT_TEXT, at + PRESENT_TEXT.length)) {
    const head = PRESENT_DECLARATION_AFTER_RE.exec(text.slice(at + PRESENT_TEXT.length, at + PRESENT_TEXT.length + 24));
    if (!head) continue;
    const start = at + PRESENT_TEXT.length;
    const end = start + head[0].length;
    if (p.mentions.some((m) => m.kind !== 'Date' && m.start < end && m.end > start && m.footnote === undefined)) continue;
    const phrase = text.slice(start, end);
    p.mentions.push({ kind: 'Framework', key: declaration.key, name: declaration.name, attrs: {}, phrase, start, end });
    const clause = clauseAt(p.clauses, start);
    if (clause === undefined) continue;
    for (const type of clause.relation === undefined ? (clause.also ?? []) : [clause.relation, ...(clause.also ?? [])]) {
      if (p.relations.some((r) => r.clause === clause.index && r.type === type && r.target === declaration.key)) continue;
      p.relations.push({ type, target: declaration.key, clause: clause.index, verb: clause.verb, phrase, start, end, footnote: undefined });
    }
  }
}

/** The declaration the meeting `meeting` ADOPTED is ADOPTED_ON the day `day` names (its STARTS_ON read after "approved by"). */
function declarationApprovedOn(attributions: Attribution[], meeting: string, day: Attribution): void {
  const adopted = attributions.find((b) => b.type === 'ADOPTED' && b.source === meeting && b.target.startsWith('Framework:'));
  if (!adopted || attributions.some((b) => b.type === 'ADOPTED_ON' && b.source === adopted.target)) return;
  attributions.push({ type: 'ADOPTED_ON', source: adopted.target, target: day.target, phrase: day.phrase, start: day.start, end: day.end });
}

/** the words before a head word that point at the text they are printed in ("this Declaration", "the present Declaration") */
const THIS_TEXT = 'this ';
const PRESENT_TEXT = 'the present ';

/**
 * "..., we: (a) Take note of the Secretary-General's proposal to appoint a Special Envoy for Future Generations to support the
 * implementation of this Declaration; (b) Decide to convene ... a high-level plenary meeting ... that will review the implementation
 * of this Declaration ..." (A/RES/79/1 annex II 32, the annex titled "Declaration on Future Generations"): inside an annexed text,
 * "this Declaration" is the annex itself, not the declaration named last before it (the Rio Declaration, annex II PP3). The mention,
 * and the relations and attributions read from it, go to the framework of the annex's title, where the gazetteer knows it and the
 * title holds the head word printed.
 */
function annexesNamingThemselves(titles: readonly string[], prefixes: readonly string[], paragraphs: ParagraphExtraction[]): void {
  for (let i = 0; i < prefixes.length; i++) {
    const entry = lookupName(titles[i]!);
    if (entry?.kind !== 'Framework') continue;
    const own = namedKey('Framework', entry.name);
    const titleWords = entry.name.split(' ');
    for (const p of paragraphs) {
      const text = p.paragraph.text;
      if (!p.paragraph.id.startsWith(prefixes[i]!) || !(textIncludes(text, THIS_TEXT) || textIncludes(text, PRESENT_TEXT))) continue;
      let moved = false;
      for (const m of p.mentions) {
        if (m.kind !== 'Framework' || m.key === own || m.footnote !== undefined || !titleWords.includes(m.phrase)) continue;
        if (!text.startsWith(THIS_TEXT, m.start - THIS_TEXT.length) && !text.startsWith(PRESENT_TEXT, m.start - PRESENT_TEXT.length)) continue;
        const before = m.key;
        moved = true;
        m.key = own;
        m.name = entry.name;
        // (new relations, not stores into their `target`: see datedByNote)
        for (let k = 0; k < p.relations.length; k++) {
          const r = p.relations[k]!;
          if (r.target === before && r.start === m.start && r.footnote === undefined) p.relations[k] = { type: r.type, target: own, clause: r.clause, verb: r.verb, phrase: r.phrase, start: r.start, end: r.end, footnote: undefined };
        }
        for (const a of p.attributions) {
          if (a.start !== m.start) continue;
          if (a.target === before) a.target = own;
          if (a.source === before) a.source = own;
        }
      }
      if (!moved) continue;
      // one edge per target per clause: a clause that named the annex in full too keeps one (dropped in place: a store into
      // `relations` made that field of every paragraph's extraction mutable and threw away the entities worker's compiled
      // planResolution; see warm-up.ts mutableMentionFields)
      const seen = new Set<string>();
      let kept = 0;
      for (const r of p.relations) {
        const k = `${r.clause} ${r.type} ${r.target} ${r.footnote ?? ''}`;
        if (seen.has(k)) continue;
        seen.add(k);
        p.relations[kept++] = r;
      }
      p.relations.length = kept;
    }
  }
}

/** the adopting clause's words for the annexes it adopts with the text it names */
const ITS_ANNEXES = ' its annexes';

/**
 * "Adopts the following Pact for the Future and its annexes:" (A/RES/79/1 OP0), with "Annex I  Global Digital Compact" and
 * "Annex II  Declaration on Future Generations" printed after the meeting line: the resolution adopted the annexes too, which
 * the clause names only by their titles there. Each title the gazetteer knows as a framework is ADOPTED by the resolution, in
 * the paragraph whose adopting clause (adoptedHere's ADOPTED, before the words) says "its annexes".
 */
function annexesAdoptedWithIt(titles: readonly string[], paragraphs: ParagraphExtraction[], self: string): void {
  for (const p of paragraphs) {
    const text = p.paragraph.text;
    const at = text.indexOf(ITS_ANNEXES);
    if (at < 0 || !p.attributions.some((a) => a.type === 'ADOPTED' && a.source === self && a.end <= at)) continue;
    for (const title of titles) {
      const entry = lookupName(title);
      if (entry?.kind !== 'Framework') continue;
      const target = namedKey('Framework', entry.name);
      if (p.attributions.some((a) => a.type === 'ADOPTED' && a.source === self && a.target === target)) continue;
      p.attributions.push({ type: 'ADOPTED', source: self, target, phrase: ITS_ANNEXES.slice(1), start: at + 1, end: at + ITS_ANNEXES.length });
    }
  }
}

/** Recognise entities and relations in every paragraph of one resolution. */
export function extractResolution(resolution: ResolutionText): ResolutionExtraction {
  return extractWithReferences(resolution, recognizeReferences(resolution, false));
}

// Runs settleOverlaps over a few made-up mentions at load (in the interpreter, microseconds) so each
// of its branches has type feedback before V8 optimises the code it is inlined in: a branch first taken
// late in a run (a longer mention partly overlapping the cover) deopted extractParagraph, which was then
// compiled again. Ten runs: V8 records a function's feedback only after its first few calls.
{
  const mention = (kind: NodeKind, start: number, end: number): EntityMention => ({ kind, key: `${kind}:warm-up`, name: 'warm-up', attrs: {}, phrase: 'warm-up', start, end });
  const made = [
    mention('Organization', 0, 10),
    mention('Resolution', 2, 8),
    mention('Date', 3, 5),
    mention('Place', 5, 20),
    mention('Place', 15, 18),
    mention('Event', 25, 30),
    mention('Framework', 25, 30),
    // a citation a longer name runs into ("of the Executive Council and A-32/3 of the Assembly")
    mention('Event', 40, 50),
    mention('Resolution', 45, 52),
  ];
  for (let run = 0; run < 10; run++) settleOverlaps(made);
}
