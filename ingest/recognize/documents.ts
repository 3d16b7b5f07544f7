// Documents cited in paragraph text (and in footnotes such as "See A/C.2/59/3
// and A/60/687." or "A/79/62-E/2024/12."):
//  - UN document symbols: key `Document:<symbol as printed>`; a joint symbol
//    ("A/67/65-E/2012/48") is one document.
//  - reports cited by title ("the report of the Secretary-General entitled
//    “Road map for digital cooperation”"): key `Document:<normalised title>`
//    (lower case, spaces collapsed, outer punctuation trimmed); attrs {title, author}.
//  - reports of the Secretary-General cited by subject ("the report of the
//    Secretary-General on the progress made ..."): name "Report of the
//    Secretary-General on <subject>", key its normalised form. The subject runs
//    to the first comma, semicolon, parenthesis, footnote mark, full stop or a
//    word that starts a new phrase ("including", "submitted", "and the", "which"),
//    so "..., including the 20-year review thereof" stays outside it.
// Resolution symbols (A/RES/..., E/RES/..., S/RES/..., A/DEC/...) are left to
// findResolutionRefs.
import { nodeKey } from '../../graph/model-keys.js';
import { normaliseTitle } from '../keys.js';
import type { EntityMention, RecognizeContext } from '../models.js';
import { entryByName, lookupName, scanGazetteer } from '../gazetteer/index.js';
import {
  DOC_SYMBOL_RE,
  JOINT_SECOND_PART_RE,
  SPACED_DOC_SYMBOL_RE,
  DEPOSITARY_NOTIFICATION_RE,
  TREATIES_SERIES,
  KNOWN_REPORTS,
  REPORT_CITES_CONFERENCE_RESOLUTION_RE,
  holdsReportWord,
  mayCiteKnownReport,
  mayCiteIpccVolume,
  IPCC_VOLUME_RE,
  REPORT_EDITION_RE,
  REPORT_TITLE_JOINER_RE,
  SUBTITLE_AFTER_RE,
  SUBTITLE_END_RE,
  REPORT_TITLE_WORD_RE,
  RESOLUTION_SYMBOL_RE,
  SG_REPORT_RE,
  STATE_OF_EDITION_RE,
  WESP_EDITION_RE,
  SUBJECT_END_RE,
  PURPOSE_CLAUSE_AFTER_RE,
  TITLED_REPORT_RE,
  QUOTED_REPORT_RE,
  QUOTED_REPORT_GATE_RE,
  YEAR_FIRST_REPORT_RE,
  SECRETARIAT_REPORT_OF_SITTING_RE,
  SECRETARIAT_REPORT_OF_SITTING_GATE,
  CONFERENCE_REPORT_SYMBOL_RE,
  FINAL_DOCUMENT_SYMBOLS_RE,
  FINAL_DOCUMENT_SYMBOLS_GATE,
  ITS_STAGE_REPORT_RE,
  REPORT_NAMED_ALONE_AFTER_RE,
  REPORT_OWNER_RE,
  SHORT_FORM_REPORT_RE,
  SESSION_OF_THE_BEFORE_RE,
  CLAUSE_BREAK_RE,
  BRACKET_AFTER_RE,
  OWNER_GOES_ON_RE,
  STUDY_TITLE_RE,
  STUDY_ON,
  RARE_DOCUMENT_WORDS_RE,
} from './documents.patterns.js';
import { ORDINAL_SOURCE, ordinalValue } from './events.patterns.js';
import { letterRe, STARTS_UPPER_RE } from '../letter-classes.js';
import { MONTHS } from '../months.patterns.js';

/** (Lives in ingest/keys.ts, which the graph writer loads without the recognisers.) */
export { normaliseTitle };

function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().replace(/^[“”"*\s]+|[“”"*\s,.;:]+$/g, '');
}

/** A symbol must hold a digit in a part after its series ("HIV/AIDS", "G20/OECD" are not symbols). */
function plausibleSymbol(symbol: string): boolean {
  const parts = symbol.split('/');
  if (parts.length < 2) return false;
  return parts.slice(1).some((p) => /\d/.test(p));
}

const CBD_OLD_DECISION_RE = /^CBD\/(?:CP|NP)\/MOP\/[IVX]{1,5}\/\d{1,4}$/;

function symbolMentions(text: string, out: EntityMention[]): void {
  DOC_SYMBOL_RE.lastIndex = 0;
  for (let m = DOC_SYMBOL_RE.exec(text); m; m = DOC_SYMBOL_RE.exec(text)) {
    let symbol = m[0].replace(/[–]/g, '-');
    if (RESOLUTION_SYMBOL_RE.test(symbol) || !plausibleSymbol(symbol)) continue;
    let phrase = m[0];
    // a joint symbol cut after its hyphen ("A/77/69/Add.1- E/2022/47/Add.1"): one symbol, its second part read with it
    if (text.charCodeAt(m.index + m[0].length) === 45 && text.charCodeAt(m.index + m[0].length + 1) === 32) {
      JOINT_SECOND_PART_RE.lastIndex = m.index + m[0].length;
      const second = JOINT_SECOND_PART_RE.exec(text);
      if (second) {
        symbol = `${symbol}-${second[1]!}`;
        phrase = text.slice(m.index, JOINT_SECOND_PART_RE.lastIndex);
        DOC_SYMBOL_RE.lastIndex = JOINT_SECOND_PART_RE.lastIndex;
      }
    }
    if (/^[IVXL]+\//.test(symbol)) continue; // "decision X/1" of a Conference of the Parties
    // "decision CBD/CP/MOP/VIII/1914": a Protocol meeting's decision by its older symbol (BODY_SYMBOL_RE), a citation
    if (CBD_OLD_DECISION_RE.test(symbol)) continue;
    const end = m.index + phrase.length;
    out.push({
      kind: 'Document',
      key: nodeKey('Document', symbol),
      name: symbol,
      attrs: { symbol },
      phrase,
      start: m.index,
      end,
    });
    // a space then "a": the rare "and Add.1" after a symbol (the test below runs on few symbols)
    if (end + 1 < text.length && text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 97) addendumMention(text, symbol, end, out);
  }
}

/**
 * An addendum or corrigendum printed by its suffix alone after the symbol it belongs to: "the report of the Secretary-General
 * (S/25704 and Add.1)" (S/RES/827 (1993) PP2, the Security Council's way of citing a report and its addendum): two documents,
 * S/25704 and S/25704/Add.1. Group 1: the suffix.
 */
const ADDENDUM_AFTER_SYMBOL_RE = / and ((?:Add|Corr)\.\d{1,2})(?![\w/])/y;
function addendumMention(text: string, symbol: string, from: number, out: EntityMention[]): void {
  ADDENDUM_AFTER_SYMBOL_RE.lastIndex = from;
  const a = ADDENDUM_AFTER_SYMBOL_RE.exec(text);
  if (!a) return;
  const full = `${symbol}/${a[1]}`;
  const start = from + a[0].length - a[1]!.length;
  out.push({ kind: 'Document', key: nodeKey('Document', full), name: full, attrs: { symbol: full }, phrase: a[1]!, start, end: start + a[1]!.length });
}

/**
 * The OPCW Executive Council's documents ("EC-96/DG.1.", a Director-General's note, A/RES/78/29 footnote 15; "a note by the
 * Technical Secretariat, EC-91/S/3", A/RES/79/134 OP7): the series' hyphen keeps DOC_SYMBOL_RE from them. Decisions
 * ("EC-94/DEC.2") are citations (resolutions.patterns.ts), not documents.
 */
const OPCW_DOCUMENT_RE = /(?<![\w/.\-])EC-\d{1,3}\/(?:DG|S|INF|HP|NAT)[./]\d{1,3}(?:\/(?:Rev|Add|Corr)\.\d{1,2})?(?![\w/])/g;
function opcwDocumentMentions(text: string, out: EntityMention[]): void {
  OPCW_DOCUMENT_RE.lastIndex = 0;
  for (let m = OPCW_DOCUMENT_RE.exec(text); m; m = OPCW_DOCUMENT_RE.exec(text)) {
    const symbol = m[0];
    out.push({ kind: 'Document', key: nodeKey('Document', symbol), name: symbol, attrs: { symbol }, phrase: symbol, start: m.index, end: m.index + symbol.length });
  }
}

/**
 * A depositary notification of the Secretary-General, "C.N.347.2024.TREATIES-XXVI.6" (a State's withdrawal from the Convention
 * on Cluster Munitions, A/RES/79/58 PP13 fn3), which the PDF text prints without its dots: "See CN347 2024 TREATIES-XXVI 6
 * (depositary notification)". Its own document, keyed as the depositary prints it (DEPOSITARY_NOTIFICATION_RE).
 */
function depositaryNotificationMentions(text: string, out: EntityMention[]): void {
  DEPOSITARY_NOTIFICATION_RE.lastIndex = 0;
  for (let m = DEPOSITARY_NOTIFICATION_RE.exec(text); m; m = DEPOSITARY_NOTIFICATION_RE.exec(text)) {
    const symbol = `C.N.${m[1]!}.${m[2]!}.TREATIES-${m[3]!}.${m[4]!}`;
    out.push({ kind: 'Document', key: nodeKey('Document', symbol), name: symbol, attrs: { symbol }, phrase: m[0], start: m.index, end: m.index + m[0].length });
  }
}

/** "document CL 144/9", "document MSC 84/24/Add.1" (SPACED_DOC_SYMBOL_RE): the symbol, as symbolMentions reads one. */
function spacedSymbolMentions(text: string, out: EntityMention[]): void {
  SPACED_DOC_SYMBOL_RE.lastIndex = 0;
  for (let m = SPACED_DOC_SYMBOL_RE.exec(text); m; m = SPACED_DOC_SYMBOL_RE.exec(text)) {
    const symbol = m[1]!;
    const start = m.index + m[0].length - symbol.length;
    out.push({ kind: 'Document', key: nodeKey('Document', symbol), name: symbol, attrs: { symbol }, phrase: symbol, start, end: start + symbol.length });
  }
}

/** Reports cited by a title the genre prints without "entitled" or in a list (KNOWN_REPORTS). */
function knownReportMentions(text: string, out: EntityMention[]): void {
  for (const r of KNOWN_REPORTS) {
    r.printed.lastIndex = 0;
    for (let m = r.printed.exec(text); m; m = r.printed.exec(text)) {
      out.push({
        kind: 'Document',
        key: nodeKey('Document', normaliseTitle(r.title)),
        name: r.title,
        attrs: { title: r.title },
        phrase: m[0],
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
}

/** The volumes of an IPCC assessment (IPCC_VOLUME_RE), each keyed by its title as printed. */
function ipccVolumeMentions(text: string, out: EntityMention[]): void {
  IPCC_VOLUME_RE.lastIndex = 0;
  for (let m = IPCC_VOLUME_RE.exec(text); m; m = IPCC_VOLUME_RE.exec(text)) {
    const title = m[0].replace(/\s+/g, ' ');
    out.push({ kind: 'Document', key: nodeKey('Document', normaliseTitle(title)), name: title, attrs: { title }, phrase: m[0], start: m.index, end: m.index + m[0].length });
  }
}

/** A titled mention that only strings known reports together ("A and B") is theirs, not one more document. */
function holdsOtherKnownReport(title: string): boolean {
  if (!mayCiteKnownReport(title)) return false;
  let found = 0;
  let exact = false;
  for (const r of KNOWN_REPORTS) {
    r.printed.lastIndex = 0;
    const m = r.printed.exec(title);
    if (!m) continue;
    found++;
    if (m[0].length === title.length) exact = true;
  }
  return found > 1 || (found === 1 && !exact);
}

/** one capitalised word: a body's head printed as a short form ("Panel", "Commission", "Chair-Rapporteur") */
const AGENDA_ITEM = 'agenda item';
const HEAD_ALONE_RE = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/;
/** a date read where the author stands: "the United Nations country team reports of 26 August 2016, entitled ..." (A/RES/78/73) */
const DATE_AUTHOR_RE = /^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$|^(?:[A-Z][a-z]+\s+)?\d{4}$/;
const SECRETARY_GENERAL = 'Secretary-General of the United Nations';
/**
 * The author of a report as the graph names it: a known body by its Organization node's name, whatever form the text
 * prints ("the Food and Agricultural Organization of the United Nations" (A/RES/78/279 PP), "the OEWG" (A/RES/79/237), "the
 * Secretary-General of the United Nations"), the Secretary-General as every other reader names him; no author for a date
 * or a body's head alone ("the report of the Chair-Rapporteur entitled ..." (A/RES/78/203 OP9): whose chair, the words
 * around say, not these).
 */
export function reportAuthor(printed: string): string | undefined {
  const known = lookupName(printed);
  if (known?.kind === 'Organization') return known.name === SECRETARY_GENERAL ? 'Secretary-General' : known.name;
  return HEAD_ALONE_RE.test(printed) || DATE_AUTHOR_RE.test(printed) ? undefined : printed;
}

function titledMentions(text: string, out: EntityMention[]): void {
  // the pattern needs "entitled" or "titled": most paragraphs that name a report have neither, and the
  // pattern (opening on any "report" and its adjectives) costs far more to scan with than this search
  if (!text.includes('titled')) return;
  TITLED_REPORT_RE.lastIndex = 0;
  for (let m = TITLED_REPORT_RE.exec(text); m; m = TITLED_REPORT_RE.exec(text)) {
    const g = m.groups ?? {};
    const raw = g.quoted ?? g.singleQuoted ?? g.italic ?? g.bare;
    if (!raw) continue;
    const title = editionTitle(cleanTitle(raw));
    if (holdsOtherKnownReport(title)) continue;
    const key = normaliseTitle(title);
    if (key.length < 3) continue;
    const attrs: Record<string, unknown> = { title };
    const printed = g.author?.replace(/\s+/g, ' ').trim().replace(/^the\s+/, '');
    // "in time for the annual presentation of the report by the Head of the Mechanism ... under the agenda item entitled
    // “Prevention of armed conflict”" (A/RES/78/222 OP28, 79/185): the title is the agenda item's, no report's
    if (printed?.includes(AGENDA_ITEM)) continue;
    // (not a body's head alone: "the special report of the Panel entitled Global Warming of 1.5°C" (A/RES/78/154 PP13) after
    // "the Intergovernmental Panel on Climate Change" names no author the graph can tell; its other mentions name it in full)
    const author = printed ? reportAuthor(printed) : undefined;
    if (author) attrs.author = author;
    out.push({ kind: 'Document', key: nodeKey('Document', key), name: title, attrs, phrase: m[0], start: m.index, end: m.index + m[0].length });
    // "the reports entitled “Assessment of ...”, “Culture in times of COVID-19: ...” and “Cultural and creative industries ...”,
    // produced in 2021 and 2022 by the United Nations Educational, Scientific and Cultural Organization" (A/RES/78/161 PP30,
    // 80/148), "the reports of the Expert Mechanism ... entitled “Impact of militarization ...” 27 and “Efforts to implement ...”"
    // (A/RES/78/189 OP2): a plural's titles that follow the first are reports too, by the same author
    if (g.quoted === undefined || !g.report!.endsWith('s')) continue;
    let at = m.index + m[0].length;
    for (let n = NEXT_LISTED_TITLE_RE.exec(text.slice(at, at + 320)); n; n = NEXT_LISTED_TITLE_RE.exec(text.slice(at, at + 320))) {
      const open = at + n[0].indexOf('\u201c');
      const next = cleanTitle(n[1]!);
      const nextKey = normaliseTitle(next);
      at += n[0].length;
      if (nextKey.length < 3 || holdsOtherKnownReport(next)) continue;
      out.push({ kind: 'Document', key: nodeKey('Document', nextKey), name: next, attrs: author ? { title: next, author } : { title: next }, phrase: text.slice(open, at), start: open, end: at });
      if (!n[0].includes(', \u201c')) break;
    }
  }
}
/** "the report “<title>”": a report cited by its quoted title alone (QUOTED_REPORT_RE). */
function quotedReportMentions(text: string, out: EntityMention[]): void {
  QUOTED_REPORT_RE.lastIndex = 0;
  for (let m = QUOTED_REPORT_RE.exec(text); m; m = QUOTED_REPORT_RE.exec(text)) {
    const title = editionTitle(cleanTitle(m.groups!.quoted!));
    if (holdsOtherKnownReport(title)) continue;
    const key = normaliseTitle(title);
    if (key.length < 3) continue;
    out.push({ kind: 'Document', key: nodeKey('Document', key), name: title, attrs: { title }, phrase: m[0], start: m.index, end: m.index + m[0].length });
  }
}

/** the next title of a plural's list (a footnote mark may follow the one before): ", “...”", "27 and “...”", " and “...”" */
const NEXT_LISTED_TITLE_RE = /^\s?\d{0,3}(?:,\s+|,?\s+and\s+)\u201c([^\u201d]{2,300})\u201d/;

/**
 * "the document entitled “Introduction and implementation of sanctions imposed by the United Nations” annexed thereto"
 * (A/RES/80/166 PP15), "a document entitled “Joint statement of the principles of partnership”" (A/RES/80/101 PP9): a
 * document cited by its quoted title. Not an outcome document ("the outcome document entitled “New Urban Agenda”"): a
 * conference's declaration, which the framework patterns name.
 * ("the joint study by the United Nations and the Council of Europe, entitled “Trafficking in organs, tissues and cells ...”",
 * "assessment toolkit entitled “...”" (A/RES/79/189 PP12), "the technical paper entitled “Vulnerable marine ecosystems: ...”"
 * (A/RES/79/145), "guide entitled “...”": other publications cited by their quoted titles, their author between (group 2);
 * "the documents entitled “Review of the operation of the Treaty, ...” and “Improving the effectiveness of the strengthened
 * review process for the Treaty”", A/RES/80/45 PP7, A/RES/78/30: two documents, the plural group 1, the second title after)
 * ("the call to action by the Secretary-General entitled “From Rome to Addis and beyond”", A/RES/80/135 OP13, 80/144 PP14; "the
 * joint call to action entitled “A world in crisis: ...”", A/RES/78/228 PP22: a call to action published under its title)
 */
const TITLED_DOCUMENT_RE =
  /(?<!outcome,?\s)\b(?:document|study|toolkit|paper|guide|handbook|manual|publication|compendium|call\s+to\s+action)(s?)(\s+by\s+(?:the\s+)?[A-Z][^,;\u201c\u201d]{2,120}?)?,?\s+(entitled\s+\u201c([^\u201d]{2,300})\u201d)/g;
const SECOND_TITLE_RE = /^,?\s+and\s+\u201c([^\u201d]{2,300})\u201d/;
/**
 * The same publications cited by a title printed in italics, which cleaning leaves bare: "the World Health Organization manual
 * entitled Obstetric Fistula: Guiding Principles for Clinical Management and Programme Development, which provides ..."
 * (A/RES/79/155 OP15(g)), "the publication entitled Protecting Minority Rights: A Practical Guide to Developing Comprehensive
 * Anti-Discrimination Legislation,10" (A/RES/78/211, 80/199), "the study entitled Giha Mo’na: A Self-determination Study for
 * Guåhan;" (A/RES/79/105, 80/96). The title opens on a capital (not a year: "the publication entitled 2025 Global Report on
 * Food Crises" is the report series' edition), holds a subtitle after a colon, which marks where a title printed bare stops
 * being read as the sentence ("the study entitled Trafficking in organs, tissues and cells" stays unread: where it ends is
 * not in the words), and runs to the next comma, semicolon, bracket, full stop or footnote number. "the United Nations
 * Environment Programme booklet entitled Radiation: Effects and Sources in 16 different languages," (A/RES/80/75 OP22,
 * 79/85): a booklet too, and the languages it is printed in are not its title.
 */
const BARE_TITLED_DOCUMENT_RE =
  /(?<!outcome,?\s)\b(?:study|toolkit|paper|guide|handbook|manual|publication|compendium|booklet)\s+entitled\s+([A-Z][^,;:\u201c\u201d"()]*:\s+[A-Z](?:(?!\s+in\s+\d)[^,;:\u201c\u201d"()])*)(?=[,;(]|\.(?:\s|$)|\s+\d{1,3}(?:\s|$)|\s+in\s+\d{1,3}\s+(?:different\s+)?languages\b|$)/g;
const BARE_ENTITLED_GATE_RE = /entitled [A-Z]/;
function bareTitledDocumentMentions(text: string, out: EntityMention[]): void {
  BARE_TITLED_DOCUMENT_RE.lastIndex = 0;
  for (let m = BARE_TITLED_DOCUMENT_RE.exec(text); m; m = BARE_TITLED_DOCUMENT_RE.exec(text)) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    titledDocument(m[1]!, m[1]!, start, end, out);
  }
}
/**
 * "the Sand and Dust Storms Compendium: Information and Guidance on Assessing and Addressing the Risks, in collaboration with
 * ..." (A/RES/78/158 OP18): a publication cited bare by its main title, whose head is a publication's noun, a colon and its
 * subtitle is one Document named as printed, to the next comma, semicolon, bracket, full stop or footnote number (the main
 * title alone is no initiative: entityScan.ts's pattern reads it so when it stops at the colon). The subtitle's words are
 * capitalised, small words between: where lower-case words run on ("the International Law Handbook: Collection of Instruments
 * as a valuable resource ...", A/RES/78/107 OP15), where the title ends is not in the words, and nothing is read.
 */
const SUBTITLED_PUBLICATION_RE =
  /\bthe\s+((?:[A-Z][A-Za-z-]*\s+(?:(?:and|of|on|for)\s+)?)+(?:Compendium|Handbook|Manual|Toolkit|Yearbook):\s+[A-Z][A-Za-z’'-]*(?:\s+(?:(?:and|in|of|for|on|to|the|a|an)\s+)*[A-Z][A-Za-z’'-]*)*)(?=[,;(]|\.(?:\s|$)|(?<=[A-Za-z])\d{1,3}(?:\s|$)|\s+\d{1,3}(?:\s|$)|$)/g;
/** the head and colon SUBTITLED_PUBLICATION_RE needs: one search gates the pattern */
const SUBTITLED_PUBLICATION_GATE_RE = /(?:Compendium|Handbook|Manual|Toolkit|Yearbook): [A-Z]/;
function subtitledPublicationMentions(text: string, out: EntityMention[]): void {
  SUBTITLED_PUBLICATION_RE.lastIndex = 0;
  for (let m = SUBTITLED_PUBLICATION_RE.exec(text); m; m = SUBTITLED_PUBLICATION_RE.exec(text)) {
    const end = m.index + m[0].length;
    titledDocument(m[1]!, m[1]!, end - m[1]!.length, end, out);
  }
}
function titledDocumentMentions(text: string, out: EntityMention[]): void {
  TITLED_DOCUMENT_RE.lastIndex = 0;
  for (let m = TITLED_DOCUMENT_RE.exec(text); m; m = TITLED_DOCUMENT_RE.exec(text)) {
    const end = m.index + m[0].length;
    // (an author printed between is its own mention: the document's words start at "entitled")
    const start = m[2] === undefined ? m.index : end - m[3]!.length;
    titledDocument(m[4]!, text.slice(start, end), start, end, out, m[2] === undefined ? undefined : knownAuthor(m[2]));
    if (m[1] !== 's') continue;
    const second = SECOND_TITLE_RE.exec(text.slice(end, end + 310));
    if (second) titledDocument(second[1]!, second[0].slice(second[0].indexOf('\u201c')), end + second[0].indexOf('\u201c'), end + second[0].length, out);
  }
}
function titledDocument(printed: string, phrase: string, start: number, end: number, out: EntityMention[], author?: string): void {
  const title = cleanTitle(printed);
  const key = normaliseTitle(title);
  if (key.length < 3) return;
  out.push({ kind: 'Document', key: nodeKey('Document', key), name: title, attrs: author === undefined ? { title } : { title, author }, phrase, start, end });
}
/** the words " by the <author>" before "entitled": one Organization's name, as its node has it ("Secretary-General" for his); else none
 *  ("by the United Nations and the Council of Europe": two, no one author) */
const BY_AUTHOR_RE = /^\s+by\s+(?:the\s+)?/;
function knownAuthor(by: string): string | undefined {
  const known = lookupName(by.replace(BY_AUTHOR_RE, '').trim());
  if (known?.kind !== 'Organization') return undefined;
  return known.name === SECRETARY_GENERAL ? 'Secretary-General' : known.name;
}

/**
 * ", ecological, health and other impacts": a list of lower-case words inside a subject, not its end; an item may be two words,
 * as in the agenda item's title "the report of the Secretary-General on agriculture development, food security and nutrition to
 * be submitted to the General Assembly at its eightieth session" (A/RES/78/169 OP11): the subject goes on to its end.
 */
const SUBJECT_LIST_RE = /^,\s(?:[a-z][\w-]*(?:\s[a-z][\w-]*)?,\s)*[a-z][\w-]*(?:\s[a-z][\w-]*)?\s+and\s+[a-z]/;

/**
 * "the reports of the Secretary-General on strengthening the partnership between the United Nations and the African Union on
 * issues of peace and security in Africa" (A/RES/79/329 PP5), "... on cooperation between the United Nations and the Council
 * of Europe" (79/284): "between" wants its "and", which is no end of the subject (the first "and" after it only).
 */
function betweenOpen(text: string, from: number, at: number): boolean {
  const between = text.lastIndexOf(BETWEEN, at);
  return between >= from && !text.slice(between, at).includes(' and ');
}
const BETWEEN = ' between ';

function subjectEnd(text: string, from: number): number {
  SUBJECT_END_RE.lastIndex = from;
  for (;;) {
    const e = SUBJECT_END_RE.exec(text);
    if (!e) return text.length;
    if (
      (e[0] === '' && e.index < text.length) ||
      (e[0] === ',' && SUBJECT_LIST_RE.test(text.slice(e.index, e.index + 120))) ||
      (e[0].startsWith(' and the') && betweenOpen(text, from, e.index))
    ) {
      SUBJECT_END_RE.lastIndex = e.index + 1;
      continue;
    }
    return e.index;
  }
}

/** Subjects that only point back ("on the matter"): which report is meant is not in the words. */
const BACK_REFERENCE_SUBJECT_RE = /^(?:the|this|that)\s+(?:matter|question|issue|subject|item|topic)$/i;

/**
 * A report cited by subject alone is the one before the citing session: "the report of the
 * Secretary-General on current developments in science and technology" in a resolution of the
 * seventy-eighth session is not the one of the seventy-ninth. The session (GA) or year (ECOSOC) of the
 * citing resolution scopes the key.
 */
function citingSession(ctx: RecognizeContext): string | undefined {
  const m = /^(A|E)\/RES\/(\d{1,4})\//.exec(ctx.symbol ?? '');
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** After a report's subject, the Assembly session it is for: ", to be submitted to the General Assembly at its seventy-ninth session". */
const REPORT_FOR_SESSION_RE = new RegExp(
  `^,?\\s+(?:to\\s+be\\s+(?:submitted|presented)(?:\\s+to\\s+the\\s+General\\s+Assembly)?\\s+at\\s+its|during\\s+the\\s+(?:resumed\\s+|main\\s+part\\s+of\\s+the\\s+)?)\\s*(${ORDINAL_SOURCE})\\s+session\\b`,
  'i',
);
/**
 * A report of the Secretary-General still to come is keyed with the Assembly session it is for, not the citing one: "looking
 * forward to the sixth biennial report of the Secretary-General on the review of the implementation of the commitments made
 * towards Africa’s development, to be submitted to the General Assembly at its seventy-ninth session" (A/RES/78/262 PP18)
 * is the report A/RES/79/263 PP21 cites with the same words; "... to be presented at its eightieth session" (A/RES/79/257
 * OP58, OP74). Only the Assembly's own sessions, from the citing one to three ahead.
 */
function sessionReportIsFor(text: string, to: number, session: string | undefined): string | undefined {
  if (session === undefined || !session.startsWith('A/')) return session;
  const c = text.charCodeAt(to);
  if (c !== 44 /* , */ && c !== 32) return session;
  const m = REPORT_FOR_SESSION_RE.exec(text.slice(to, to + 90));
  const n = m ? ordinalValue(m[1]!) : undefined;
  const citing = Number(session.slice(2));
  return n !== undefined && n > citing && n <= citing + 3 ? `A/${n}` : session;
}

/** right before a report the clause asks something to be put into: "and to reflect this in the " */
const REPORT_STILL_TO_COME_BEFORE_RE = /\bto\s+(?:reflect|include)\s+(?:this|it|them|these)\s+in\s+the\s+$/;
/**
 * "we request the Secretary-General to provide a Compact implementation map ... and to reflect this in the report of the
 * Secretary-General on progress made in the implementation of and follow-up to the outcomes of the World Summit ... ahead of
 * the WSIS+20 review" (A/RES/79/1 annex I OP71): a report the citing resolution asks to carry what it requests is one still to
 * come, of the session after the citing one (not the citing session's, A/79/62-E/2024/3, issued before the request).
 */
function sessionOfReportStillToCome(text: string, at: number, session: string | undefined): string | undefined {
  if (session === undefined || !session.startsWith('A/') || !REPORT_STILL_TO_COME_BEFORE_RE.test(text.slice(Math.max(0, at - 40), at))) return session;
  return `A/${Number(session.slice(2)) + 1}`;
}

function sgReportMentions(text: string, out: EntityMention[], ctx: RecognizeContext): void {
  // both of the pattern's forms print "Secretary-General" (as titledMentions: a search before the scan)
  if (!text.includes('Secretary-General')) return;
  SG_REPORT_RE.lastIndex = 0;
  for (let m = SG_REPORT_RE.exec(text); m; m = SG_REPORT_RE.exec(text)) {
    const from = m.index + m[0].length;
    const at = m.index;
    if (out.some((o) => o.attrs.title !== undefined && o.start <= at && at < o.end)) continue; // cited by title already
    // "the report of the Secretary-General on “Innovative voluntary financing options for artificial intelligence capacity-building”"
    // (A/RES/80/118 OP17): the quoted words are its title, as after "entitled" (titledMentions), not a subject cut at the quote
    if (text.charCodeAt(from) === 0x201c /* “ */) {
      const quoted = QUOTED_TITLE_AT_RE.exec(text.slice(from, from + 320));
      if (quoted === null) continue;
      const title = cleanTitle(quoted[1]!);
      const end = from + quoted[0].length;
      out.push({ kind: 'Document', key: nodeKey('Document', normaliseTitle(title)), name: title, attrs: { title, author: 'Secretary-General' }, phrase: text.slice(at, end), start: at, end });
      SG_REPORT_RE.lastIndex = end;
      continue;
    }
    const to = Math.min(subjectEnd(text, from), from + 240);
    // A footnote mark printed after a space ("Programme of Assistance 1") is not part of the subject, nor the report's date
    // ("the report of the Secretary-General on peacebuilding and sustaining peace of 25 November 20242", A/RES/80/11 PP15;
    // 79/265): but a resolution's ("on the implementation of resolution 77/330 of 25 August 2023", A/RES/79/330) stays.
    let printed = text.slice(from, to).replace(/\s+\d{1,3}\s*$/, '');
    if (!CITES_IN_SUBJECT_RE.test(printed)) printed = printed.replace(REPORT_DATE_TAIL_RE, '');
    const subject = printed.replace(/\s+/g, ' ').trim();
    if (subject.split(' ').length < 2 && !PURPOSE_CLAUSE_AFTER_RE.test(text.slice(to, to + 24))) continue;
    // "the report ... on the implementation of the present resolution" is a report still to come.
    if (/\bpresent resolution\b/.test(subject) || BACK_REFERENCE_SUBJECT_RE.test(subject)) continue;
    // (a report that opens a cited resolution's title with no footnote of its own is the title's words, an older report)
    if (opensResolutionTitle(text, at) && !MARK_AFTER_RE.test(text.slice(from + printed.trimEnd().length, from + printed.trimEnd().length + 5))) continue;
    const session = sessionOfReportStillToCome(text, at, sessionReportIsFor(text, to, citingSession(ctx)));
    // A citation inside the subject ("on the implementation of resolution 75/210")
    // must stay its own mention: the extractor keeps the outermost of nested
    // mentions, so the report's span then ends before its subject.
    const citesInside = CITES_IN_SUBJECT_RE.test(subject);
    const end = citesInside ? m.index + m[0].replace(/\s+on\s+$/, '').length : from + printed.trimEnd().length;
    out.push(sgReportMention(text, subject, session, m.index, end));
    SG_REPORT_RE.lastIndex = Math.max(end, from);
    // "the reports of the Secretary-General on the budget performance of the support account ... to 30 June 2023 1 and on
    // the budget for the support account ... to 30 June 2025,2" (A/RES/78/293 PP2): the second report, cited by its subject
    // (its footnote's symbol then keys it, documentLinks), as "the report of the Secretary-General on the budget for ..."
    // is later (OP1)
    if (!citesInside && text.charCodeAt(to) !== 44 /* , */ && text.charCodeAt(to) !== 59 /* ; */ && /reports\s/.test(m[0])) secondSgReport(text, to, session, out);
  }
}

/** Before a report: a cited resolution's title that it opens ("its resolutions ... 72/276 of 26 April 2018 on the follow-up to the ") */
const RESOLUTION_TITLE_BEFORE_RE =
  /\b\d{1,4}\/\d{1,3}(?:\s+[A-Z])?(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?(?:\s+on|,?\s+entitled\s+[“"])\s+(?:the\s+)?(?:[Ff]ollow-up\s+to\s+the\s+)?$/;
/**
 * "Recalling further its resolutions ... 72/276 of 26 April 2018 on the follow-up to the report of the Secretary-General on
 * peacebuilding and sustaining peace and 76/305 ..." (A/RES/79/321 PP6, 78/277 PP6), "Economic and Social Council resolution
 * 2023/10 of 7 June 2023 on the report of the Committee for Development Policy on its twenty-fifth session," (A/RES/78/126 PP2):
 * the report is named inside the cited resolution's title; the paragraph cites the resolution, and the report is an older
 * one than the citing session's (unless a footnote gives its symbol: "76/6 ... on the report of the Secretary-General entitled
 * “Our Common Agenda”,19", A/RES/79/321 PP14).
 */
function opensResolutionTitle(text: string, at: number): boolean {
  return text.charCodeAt(at - 1) === 32 && RESOLUTION_TITLE_BEFORE_RE.test(text.slice(Math.max(0, at - 90), at));
}

/** a citation inside a report's subject (sgReportMentions) */
const CITES_IN_SUBJECT_RE = /\d\/\d|[Rr]esolution/;
/** the date a report is of, printed after its subject */
const REPORT_DATE_TAIL_RE = new RegExp(String.raw`\s+of\s+\d{1,2}\s+(?:${MONTHS})\s+(?:19|20)\d\d\s*$`);
/** a quoted title from its opening mark (group 1: the words) */
const QUOTED_TITLE_AT_RE = /^\u201c([^\u201c\u201d]{2,300})\u201d/;
/** A capital that may start a name (not a month's: "for the period from 1 July 2024 to 30 June 2025"). */
const NAME_IN_SUBJECT_RE = new RegExp(String.raw`\b(?!(?:${MONTHS})\b)[A-Z]`);
/** What may follow a whole subject: its footnote mark, or the end of the paragraph. */
const SUBJECT_DONE_RE = /^[\s”"’*_,.;]{0,4}\d{1,3}(?![\d/])|^[\s”"’*_]*[;.]?\s*$/;
/** After a plural report's subject: a mark maybe, then "and on <subject>". */
const AND_ON_SUBJECT_RE = /^\s*\d{0,3}\s+and\s+on\s+(?=[a-z“"])/;

/** The second report of "the reports of the Secretary-General on <subject> and on <subject>", from `at` (the first's end). */
function secondSgReport(text: string, at: number, session: string | undefined, out: EntityMention[]): void {
  const and = AND_ON_SUBJECT_RE.exec(text.slice(at, at + 16));
  if (!and) return;
  const from = at + and[0].length;
  const to = Math.min(subjectEnd(text, from), from + 240);
  const printed = text.slice(from, to).replace(/\s+\d{1,3}\s*$/, '');
  const subject = printed.replace(/\s+/g, ' ').trim();
  if (subject.split(' ').length < 2 || /\d\/\d|resolution/.test(subject)) return;
  // (not a subject that may name a body or an instrument, "and on the Central Emergency Response Fund" (A/RES/78/119 PP2):
  // the report's span would swallow the name's mention and its verb relation)
  if (NAME_IN_SUBJECT_RE.test(subject)) return;
  const start = from - and[0].length + and[0].lastIndexOf('on');
  const end = from + printed.trimEnd().length;
  // the whole subject: its footnote mark or the paragraph's end after it, not more words after a comma (", racial
  // discrimination, xenophobia and related intolerance and ... the Durban Declaration and Programme of Action;15", A/RES/78/234 OP21)
  if (!SUBJECT_DONE_RE.test(text.slice(end, end + 12))) return;
  out.push(sgReportMention(text, subject, session, start, end));
  SG_REPORT_RE.lastIndex = Math.max(SG_REPORT_RE.lastIndex, end);
}

/** The report of the Secretary-General cited by `subject` at `start`..`end`, keyed with the citing session (citingSession). */
function sgReportMention(text: string, subject: string, session: string | undefined, start: number, end: number): EntityMention {
  const name = `Report of the Secretary-General on ${subject}`;
  return {
    kind: 'Document',
    key: nodeKey('Document', session ? `${normaliseTitle(name)} (${session})` : normaliseTitle(name)),
    name,
    attrs: { subject, author: 'Secretary-General' },
    phrase: text.slice(start, end),
    start,
    end,
  };
}

/** REPORT_EDITION_RE's other head word ("Summary Progress Update 2021 on ..."), and its gate (holdsReportWord's "reporting") */
const UPDATE = 'Update';
const SPACED_UPDATE = ' Update ';
/**
 * A flagship report's edition cited by its title and year: "Takes note of the Digital Economy Report 2024 of the
 * United Nations Conference on Trade and Development" (seed OP42), "the World Investment Report 2023". One document,
 * keyed by its title with the year (the series without a year stays the gazetteer's Initiative). The title is the run
 * of capitalised words before "Report", joined by "and", "of", "on", "for" ("the" only after one of them, or as the
 * title's first word "The"): "Welcomes the World ..." starts at "World".
 */
function reportEditionMentions(text: string, out: EntityMention[]): void {
  REPORT_EDITION_RE.lastIndex = 0;
  for (let m = REPORT_EDITION_RE.exec(text); m; m = REPORT_EDITION_RE.exec(text)) {
    const at = m.index;
    if (out.some((o) => o.start <= at && at < o.end)) continue; // cited by title already ("entitled Digital Economy Report 2024: ...")
    const from = Math.max(0, at - 160);
    const words: { w: string; s: number }[] = [];
    const wordRe = /\S+/g;
    for (let w = wordRe.exec(text.slice(from, at)); w; w = wordRe.exec(text.slice(from, at))) words.push({ w: w[0], s: from + w.index });
    let first = words.length; // index of the title's first word
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i]!.w;
      // ("the Digital Economy Report and the Technology and Innovation Report 2023": the title before is another report's)
      if (w === 'Report' || w === 'Reports') break;
      if (REPORT_TITLE_WORD_RE.test(w) && !/[,;:.)]$/.test(w)) first = i;
      else if ((REPORT_TITLE_JOINER_RE.test(w) && i < words.length - 1) || (w === 'the' && i > 0 && words[i - 1]!.w !== 'and' && REPORT_TITLE_JOINER_RE.test(words[i - 1]!.w))) continue;
      else break;
    }
    // a title starts with a capitalised word, not with a joiner or a footnote mark ("TD/B/EFD/6/3. 6 Economic Development in Africa Report 2020")
    while (first < words.length && !STARTS_UPPER_RE.test(words[first]!.w)) first++;
    // "Welcomes World Drug Report 2024" at the start of a paragraph: its verb is not part of the title
    // (a footnote that begins with a title, "Economic Development in Africa Report 2020: ...", keeps its first word)
    // ("Financing for Sustainable Development Report 2024 (United Nations publication, 2024)", a footnote of A/RES/80/118 and
    // some 30 texts: a title's first word, which a joiner follows; a verb is followed by the title's first word)
    if (first === 0 && from === 0 && words.length > 1 && words[0]!.s === 0 && /^[A-Z][a-z]+(?:[^i]es|ing)$/.test(words[0]!.w) && !REPORT_TITLE_JOINER_RE.test(words[1]!.w)) first++;
    // "The Sustainable Development Goals Report 2023" is printed with and without its article: one document
    if (first < words.length - 1 && words[first]!.w === 'The') first++;
    // "United Nations Office on Drugs and Crime World Drug Report 2023": the publisher printed before the title
    // (the mention's span keeps the publisher: it covers the capitalised run another reader may take whole)
    const spanFirst = first;
    let author: string | undefined;
    for (let k = words.length - 1; k > first + 1; k--) {
      const printed = words.slice(first, k).map((x) => x.w).join(' ');
      // ("The United Nations World Water Development Report" is the title's own "United Nations")
      const publisher = printed === 'United Nations' ? undefined : entryByName('Organization', printed);
      if (publisher && STARTS_UPPER_RE.test(words[k]!.w)) {
        author = publisher.name;
        first = k;
        break;
      }
    }
    if (first >= words.length) continue;
    const start = words[spanFirst]!.s;
    const subject = m.groups!.subject;
    const after = m.groups!.after;
    const head = m[0].startsWith(UPDATE) ? UPDATE : 'Report';
    const title = `${text.slice(words[first]!.s, at).replace(/\s+/g, ' ')}${head} ${subject ? `on ${subject.replace(/\s+/g, ' ')} ` : ''}${m[2]!.replace(/\s/g, '')}${after ? ` on ${after.replace(/\s+/g, ' ')}` : ''}`;
    let end = at + m[0].length;
    // "the World Investment Report 2023: Investing in Sustainable Energy for All by the United Nations Conference on Trade and
    // Development" (A/RES/78/141 OP35, 79/198 OP37), "the World Investment Report 2023, entitled Investing in ..." (A/RES/78/157
    // PP6, no quotes): the subtitle is the edition's (its key stays the title's and year's), and a
    // name inside it ("Sustainable Energy for All") is no mention of its own
    // (the subtitle whole or not at all: its words end at punctuation or before "by the"; a known publisher after "of the" is no
    // part of it, "... for All of the United Nations Conference on Trade and Development", A/RES/79/198 OP37; a subtitle read
    // on past a lowercase word or a dash, "Shaping an Environmentally ...", is left out)
    end = subtitleEnd(text, end);
    const attrs: Record<string, unknown> = { title };
    if (author) attrs.author = author;
    out.push({ kind: 'Document', key: nodeKey('Document', normaliseTitle(title)), name: title, attrs, phrase: text.slice(start, end), start, end });
  }
}

/** " of the " or " by the " in a subtitle's words: what follows may be the publisher's name */
const SUBTITLE_PUBLISHER_RE = /\s+(?:of|by)\s+the\s+/;
const COMMA_ENTITLED = ', entitled ';

/**
 * Where an edition's name printed at `start`..`end` ends with its subtitle: ": <subtitle>" or ", entitled <subtitle>" (the
 * subtitle whole or not at all: its words end at punctuation, a footnote mark or before "by the"; a known publisher after
 * "of the" is no part of it, "... for All of the United Nations Conference on Trade and Development", A/RES/79/198 OP37; a
 * subtitle read on past a lowercase word or a dash, "Shaping an Environmentally ...", is left out).
 */
function subtitleEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 58 /* : */ && !text.startsWith(COMMA_ENTITLED, end)) return end;
  SUBTITLE_AFTER_RE.lastIndex = end;
  const sub = SUBTITLE_AFTER_RE.exec(text);
  if (!sub) return end;
  let words = sub[0];
  const of = SUBTITLE_PUBLISHER_RE.exec(words);
  if (of && entryByName('Organization', words.slice(of.index + of[0].length))) words = words.slice(0, of.index);
  return SUBTITLE_END_RE.test(text.slice(end + words.length, end + words.length + 9)) ? end + words.length : end;
}

/**
 * " on Disaster Risk Reduction" after a year-first "Report": capitalised words joined by "and", "of", "for", "in", "to" (group 1),
 * ending at punctuation, the end or a lowercase word ("..., and recognizing", "Food Crises: Joint Analysis").
 */
const REPORT_SUBJECT_RE =
  letterRe(String.raw`\s+on\s+(\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:and|of|for|in|to)\s+)?\p{Lu}[\p{L}’'-]*){0,6})(?=[,;:.)”]|\s*$|\s+(?!and\b|of\b|for\b|in\b|to\b)\p{Ll}|\s*\d)`, 'uy');

/**
 * A flagship report's edition with its year printed first: "the 2023 Global Sustainable Development Report" is the document
 * "Global Sustainable Development Report 2023" (one key with the year-after form above), not the series. The title is the run
 * of capitalised words after the year, joined by "and", "of", "on", "for", "in", "to", up to "Report"; a subject after "Report
 * on" is the title's when it is such a run too ("the 2024 Global Assessment Report on Disaster Risk Reduction", A/RES/79/206
 * PP11: "Global Assessment Report on Disaster Risk Reduction 2024", as 80/138 PP11 prints it; "entitled 2024 Global Report on
 * Food Crises: Joint Analysis ...", 79/227 PP52), not when it is not ("the 2024 Thematic Assessment Report on the
 * Interlinkages among ..."); nor a run that is not a report's ("the 2030 Agenda for Sustainable Development").
 */
function yearFirstReportMentions(text: string, out: EntityMention[]): void {
  YEAR_FIRST_REPORT_RE.lastIndex = 0;
  for (let m = YEAR_FIRST_REPORT_RE.exec(text); m; m = YEAR_FIRST_REPORT_RE.exec(text)) {
    const wordRe = /\s*(\S+)/y;
    wordRe.lastIndex = m.index + m[0].length;
    const words: string[] = [];
    let end = -1;
    let subject = '';
    for (let w = wordRe.exec(text); w && words.length < 12; w = wordRe.exec(text)) {
      const word = w[1]!;
      const bare = word.replace(/[,;:.]$/, '');
      if (bare === 'Report' && words.length > 0) {
        if (bare === word && /^\s(?:on|of)\s/.test(text.slice(wordRe.lastIndex, wordRe.lastIndex + 4))) {
          // "Report on ...": the title goes on; its subject is the title's when it is a run of capitalised words
          REPORT_SUBJECT_RE.lastIndex = wordRe.lastIndex;
          const sub = REPORT_SUBJECT_RE.exec(text);
          if (sub) {
            subject = sub[1]!.replace(/\s+/g, ' ');
            end = wordRe.lastIndex + sub[0].length;
          }
          break;
        }
        end = wordRe.lastIndex - word.length + 6;
        break;
      }
      if (bare !== word || !(REPORT_TITLE_WORD_RE.test(word) || (words.length > 0 && REPORT_TITLE_JOINER_RE.test(word)))) break;
      words.push(word);
    }
    if (end < 0 || REPORT_TITLE_JOINER_RE.test(words[words.length - 1]!)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const title = `${words.join(' ')} Report ${subject ? `on ${subject} ` : ''}${m[1]!}`;
    // "the 2018 Disability and Development Report: Realizing the Sustainable Development Goals by, for and with Persons with
    // Disabilities" (A/RES/78/178 PP32, 78/195 PP21): the subtitle is the edition's, as after the year-after form
    end = subtitleEnd(text, end);
    out.push({ kind: 'Document', key: nodeKey('Document', normaliseTitle(title)), name: title, attrs: { title }, phrase: text.slice(start, end), start, end });
  }
}

/**
 * "the report of the International Law Commission on the work of its seventy-fifth session" (A/RES/79/121 OP1), "the report of
 * the Ad Hoc Committee to Elaborate ... on its reconvened concluding session" (A/RES/79/243 OP1): a body's report on a session of
 * its own, printed without the footnote that gives its symbol (a mark after "session" leaves it to the symbol). Keyed by the
 * body and the session; its span is the word "report" alone, so the body and its session stay mentions of their own.
 */
const BODY_SESSION_REPORT_RE =
  letterRe(String.raw`\b[Rr]eport\s+of\s+the\s+(?<author>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|on|for|and|the|to|in|against|a|an))*?)\s+on\s+(?:the\s+work\s+of\s+)?its\s+(?<session>(?:(?:[a-z]+-)?(?:first|second|third|[a-z]+th)\s+)?(?:(?:resumed|reconvened|concluding|substantive|special|regular|annual|organizational)\s+)*)session(?![\p{L}\d])`, 'gu');
/** a footnote mark after "session" ("on the work of its seventy-fourth session;3"): the footnote's symbol names the report */
const MARK_AFTER_RE = /^[,;.]?\s?\d{1,3}(?![\d/])/;
/** a short form or a treaty's bare head: "the Commission", "the Conference of the States Parties to the Convention" */
const VAGUE_AUTHOR_RE = /^[A-Z][a-z]+$|\bthe\s+(?:Convention|Agreement|Treaty|Protocol)$/;

function bodySessionReportMentions(text: string, out: EntityMention[]): void {
  BODY_SESSION_REPORT_RE.lastIndex = 0;
  for (let m = BODY_SESSION_REPORT_RE.exec(text); m; m = BODY_SESSION_REPORT_RE.exec(text)) {
    const author = m.groups!.author!.replace(/\s+/g, ' ');
    const session = m.groups!.session!.replace(/\s+/g, ' ');
    if (!session || VAGUE_AUTHOR_RE.test(author)) continue;
    const end = m.index + m[0].length;
    if (MARK_AFTER_RE.test(text.slice(end, end + 5)) || opensResolutionTitle(text, m.index)) continue;
    const name = `Report of the ${author} on its ${session}session`;
    out.push({
      kind: 'Document',
      key: nodeKey('Document', normaliseTitle(name)),
      name,
      attrs: { author: reportAuthor(author) ?? author, title: name },
      phrase: m[0].slice(0, 6),
      start: m.index,
      end: m.index + 6,
    });
  }
}

/**
 * "the final report of the High-level Advisory Body on Artificial Intelligence" (A/RES/78/311 OP14), "the final report of the
 * High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States": a body's
 * one final report, cited without its title; its interim report so too ("the two-level structure outlined in the interim report
 * of the High-level Panel on ...", A/RES/78/322 PP7, 78/232 OP10), a document of its own. Keyed by the body, or by the title the genre gives it elsewhere (FINAL_REPORT_TITLES);
 * its span is the words "final report", so the body keeps its mention and relations. Not after a short form ("the final
 * report of the Panel", "of the Study Group"), nor before a footnote mark. A body printed in lower case is read only as a
 * known name (gazetteer), by its full name: "the final report of the open-ended working group on security of and in the use
 * of information and communications technologies 2021–2025 established pursuant to General Assembly resolution 75/240"
 * (A/RES/80/173 OP56). So its report of one year, keyed with the year: "the 2005 report of the Bermuda Independence Commission,
 * which provides ..." (A/RES/78/88 OP4, 79/101, 80/92), "the 2024 report of the Inter-Agency Task Force on Financing for
 * Development, of an analysis" (78/140 OP41); not one with its title after it ("the 2022 report of the International Labour
 * Organization entitled Making the Right to Social Security a Reality ...", 78/180: the title names it), nor the
 * Secretary-General's (one word).
 */
const FINAL_REPORT_RE =
  /\b(?<stage>final|interim|(?:19|20)\d\d)\s+report\s+of\s+the\s+(?:(?<author>[A-Z][\w’'-]*(?:\s+(?:(?:of|on|for|and|the|to|in|a|an)\s+)*[A-Z][\w’'-]*)*)|(?=[a-z]))/g;
/** a full name: a joining word inside ("Panel on ...", "Commission on ...") or three capitalised words */
const FULL_NAME_RE = /\s(?:of|on|for|to|in)\s|^\S+\s\S+\s\S+/;
const FINAL_REPORT_TITLES: Readonly<Record<string, string>> = {
  // its final report, "Governing AI for Humanity" (September 2024), cited by title in the seed (E/2025/31 OP52)
  'high-level advisory body on artificial intelligence': 'Governing Artificial Intelligence for Humanity',
};

/** the Organization whose known name (not its acronym) is printed at `at` in `text`, and where that name ends */
function knownBodyAt(text: string, at: number): { name: string; end: number } | undefined {
  const hit = scanGazetteer(text.slice(at, at + 200))[0];
  if (hit === undefined || hit.start !== 0 || hit.acronym || hit.entry.kind !== 'Organization') return undefined;
  return { name: hit.entry.name, end: at + hit.end };
}

function finalReportMentions(text: string, out: EntityMention[], ctx: RecognizeContext): void {
  FINAL_REPORT_RE.lastIndex = 0;
  for (let m = FINAL_REPORT_RE.exec(text); m; m = FINAL_REPORT_RE.exec(text)) {
    const at = m.index;
    if (out.some((o) => o.start <= at && at < o.end)) continue; // cited by title already
    const stage = m.groups!.stage!;
    const year = stage !== 'final' && stage !== 'interim';
    const printed = m.groups!.author;
    const known = printed === undefined ? knownBodyAt(text, at + m[0].length) : undefined;
    const author = printed?.replace(/\s+/g, ' ') ?? known?.name;
    if (author === undefined || !FULL_NAME_RE.test(author)) continue;
    // ("the 2024 report of the Inter-Agency Task Force on Financing for Development3 and ...", A/RES/79/234 PP: a mark glued to the
    // name, its footnote names the report)
    if (year && MARK_GLUED_RE.test(author)) continue;
    // "the final report of the Formal Consultative Meeting,3" (A/RES/78/67 PP14): the footnote's symbol names it
    const end = known?.end ?? at + m[0].length;
    if (MARK_AFTER_RE.test(text.slice(end, end + 5))) continue;
    if (year && (ENTITLED_AFTER_RE.test(text.slice(end, end + 12)) || NAME_GOES_ON_AFTER_COMMA_RE.test(text.slice(end, end + 4)))) continue;
    const title = stage === 'final' ? FINAL_REPORT_TITLES[author.toLowerCase()] : undefined;
    const name = title ?? `${year ? stage : stage === 'final' ? 'Final' : 'Interim'} report of the ${author}`;
    const by = reportAuthor(author);
    const phrase = /^\w+\s+report/.exec(m[0])![0];
    const mention: EntityMention = {
      kind: 'Document',
      key: nodeKey('Document', normaliseTitle(name)),
      name,
      attrs: title ? { title, author: by } : { author: by },
      phrase,
      start: at,
      end: at + phrase.length,
    };
    out.push(mention);
    // (a year's report is one of a series: a later "the report of the <body>" need not be it)
    if (!year) rememberStageReport(ctx, author, mention);
  }
}
/** a footnote mark printed against the author's last word (finalReportMentions) */
const MARK_GLUED_RE = /\D\d{1,3}$/;
/** a title right after a year's report names it (finalReportMentions) */
const ENTITLED_AFTER_RE = /^,?\s+entitled\b/;
/**
 * a capitalised word after the author's comma: the name goes on ("the 2020 report of the Director General of the United Nations
 * Educational, Scientific and Cultural Organization on the safety of journalists", A/RES/78/215 PP9, 80/217), not read here
 */
const NAME_GOES_ON_AFTER_COMMA_RE = /^,\s?[A-Z]/;
/** a report of one year before its author (finalReportMentions' gate) */
const YEAR_REPORT_OF_THE_RE = /\b(?:19|20)\d\d\s+report\s+of\s+the\s/;

/**
 * "Recalling the report of the High-level Panel on Illicit Financial Flows from Africa and its relevant contributions" (A/RES/78/140
 * PP11, 79/234, 80/126): an ad hoc panel's one report, cited without its title or symbol, is a document as its final report is
 * (finalReportMentions), keyed "Report of the <panel>"; its span the word "report", so the Panel keeps its mention. Only the
 * report named alone after the panel's full name (REPORT_NAMED_ALONE_AFTER_RE: not a name cut short, "... for Achieving the 2030
 * Agenda"), not before a mark or a title ("the report of the High-level Panel on Digital Cooperation, entitled ...": the title
 * names it), nor one whose name goes on after a comma, nor a panel whose final or interim report the resolution named before (shortFormReportMentions refers back to it).
 */
const PANEL_REPORT_RE = /\breport\s+of\s+the\s+(?<author>High-level\s+Panel\s+on\s+[A-Z][\w’'-]*(?:\s+(?:(?:of|on|for|and|the|to|in|a|an|from)\s+)*[A-Z][\w’'-]*)*)/g;
/** the words that open a panel's report (panelReportMentions' gate) */
const REPORT_OF_PANEL = 'report of the High-level Panel on ';
function panelReportMentions(text: string, out: EntityMention[], ctx: RecognizeContext): void {
  PANEL_REPORT_RE.lastIndex = 0;
  for (let m = PANEL_REPORT_RE.exec(text); m; m = PANEL_REPORT_RE.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (out.some((o) => o.start < end && at < o.end)) continue; // cited by title already
    const after = text.slice(end, end + 12);
    // ("... on International Financial Accountability, Transparency and Integrity ...": the name goes on after its comma)
    if (!REPORT_NAMED_ALONE_AFTER_RE.test(after) || MARK_AFTER_RE.test(after) || ENTITLED_AFTER_RE.test(after) || NAME_GOES_ON_AFTER_COMMA_RE.test(after)) continue;
    const author = m.groups!.author!.replace(/\s+/g, ' ');
    if (stageReportsNamed.get(ctx)?.some((n) => n.author === author || n.author.startsWith(`${author} `))) continue;
    const name = `Report of the ${author}`;
    out.push({ kind: 'Document', key: nodeKey('Document', normaliseTitle(name)), name, attrs: { author: reportAuthor(author) }, phrase: 'report', start: at, end: at + 6 });
  }
}

/**
 * "Welcomes the work of the “High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island
 * Developing States”, takes note of its final report" (A/RES/78/322 OP1), "the establishment ... of a multi-stakeholder High-level
 * Advisory Body on Artificial Intelligence and of its interim report ..., and looking forward to its final report" (A/RES/78/265
 * PP5): the report of the last body named in full before the pronoun in the same sentence, keyed as finalReportMentions keys it.
 * Not before a footnote mark or a bracketed symbol (they name it), nor when that body's session owns it (SESSION_OF_THE_BEFORE_RE).
 */
function ownStageReportMentions(text: string, out: EntityMention[], ctx: RecognizeContext): void {
  ITS_STAGE_REPORT_RE.lastIndex = 0;
  for (let m = ITS_STAGE_REPORT_RE.exec(text); m; m = ITS_STAGE_REPORT_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (MARK_AFTER_RE.test(text.slice(end, end + 5)) || BRACKET_AFTER_RE.test(text.slice(end, end + 2))) continue;
    const owner = lastFullNameBefore(text, m.index);
    if (!owner) continue;
    const stage = m.groups!.stage!;
    const title = stage === 'final' ? FINAL_REPORT_TITLES[owner.toLowerCase()] : undefined;
    const name = title ?? `${stage === 'final' ? 'Final' : 'Interim'} report of the ${owner}`;
    const start = m.index + 4; // the words "final report", as finalReportMentions' span
    const mention: EntityMention = {
      kind: 'Document',
      key: nodeKey('Document', normaliseTitle(name)),
      name,
      attrs: title ? { title, author: reportAuthor(owner) } : { author: reportAuthor(owner) },
      phrase: text.slice(start, end),
      start,
      end,
    };
    out.push(mention);
    rememberStageReport(ctx, owner, mention);
  }
}

/** the words that open a short form (shortFormReportMentions' gate) */
const THE_REPORT_OF_THE = 'the report of the ';

/** a body's final or interim report a resolution named, with its author's full name as printed */
interface StageReportNamed {
  author: string;
  report: EntityMention;
}

/**
 * Per resolution (its context object, as the recognisers keep what a text named before): the final and interim reports its
 * paragraphs named so far, the last named last. Paragraphs are read in order within a resolution, whichever worker reads them.
 */
const stageReportsNamed = new WeakMap<RecognizeContext, StageReportNamed[]>();

function rememberStageReport(ctx: RecognizeContext, author: string, report: EntityMention): void {
  const named = stageReportsNamed.get(ctx);
  if (named === undefined) stageReportsNamed.set(ctx, [{ author, report }]);
  else named.push({ author, report });
}

/**
 * "the report of the High-level Panel" (A/RES/78/322 OP16, OP23) after the resolution named "its final report" of the
 * "High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States" (OP1): the
 * report named last before whose author's full name is the name printed or opens with it, keyed as that mention (its span the
 * word "report", so the body keeps its mention). Only the report named alone (REPORT_NAMED_ALONE_AFTER_RE: not "the report of
 * the Panel on its first session", nor before a mark or a bracketed symbol, which name another document), and only a name of
 * two words or more ("the report of the Panel" may be any panel's).
 */
function shortFormReportMentions(text: string, out: EntityMention[], ctx: RecognizeContext): void {
  const named = stageReportsNamed.get(ctx);
  if (named === undefined) return;
  SHORT_FORM_REPORT_RE.lastIndex = 0;
  for (let m = SHORT_FORM_REPORT_RE.exec(text); m; m = SHORT_FORM_REPORT_RE.exec(text)) {
    const author = m.groups!.author!.replace(/\s+/g, ' ');
    if (!author.includes(' ')) continue;
    const end = m.index + m[0].length;
    if (!REPORT_NAMED_ALONE_AFTER_RE.test(text.slice(end, end + 12)) || MARK_AFTER_RE.test(text.slice(end, end + 5))) continue;
    const start = m.index + 4; // the word "report"
    if (out.some((o) => o.start < end && start < o.end)) continue;
    let before: StageReportNamed | undefined;
    for (const n of named) if (n.author === author || n.author.startsWith(`${author} `)) before = n;
    if (before === undefined) continue;
    const r = before.report;
    // (a report this paragraph names after the short form is not the one it refers back to)
    if (r.start > m.index && out.includes(r)) continue;
    out.push({ kind: 'Document', key: r.key, name: r.name, attrs: r.attrs, phrase: 'report', start, end: start + 6 });
  }
}

/**
 * The last name of two words or more printed in the sentence before `at` (a single word is a month or a short form), if it is a
 * full name (FULL_NAME_RE) the sentence goes on after and no session of it comes first; else none: the pronoun is not read.
 */
function lastFullNameBefore(text: string, at: number): string | undefined {
  let from = 0;
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (let b = CLAUSE_BREAK_RE.exec(text); b && b.index < at; b = CLAUSE_BREAK_RE.exec(text)) from = b.index + b[0].length;
  const sentence = text.slice(from, at);
  let last: RegExpExecArray | undefined;
  REPORT_OWNER_RE.lastIndex = 0;
  for (let m = REPORT_OWNER_RE.exec(sentence); m; m = REPORT_OWNER_RE.exec(sentence)) if (/\s/.test(m[0])) last = m;
  if (!last || !OWNER_GOES_ON_RE.test(sentence.slice(last.index + last[0].length, last.index + last[0].length + 6))) return undefined;
  const name = last[0].replace(/\s+/g, ' ');
  if (!FULL_NAME_RE.test(name) || SESSION_OF_THE_BEFORE_RE.test(sentence.slice(Math.max(0, last.index - 30), last.index))) return undefined;
  return name;
}

/** A study cited by its title (STUDY_TITLE_RE): one Document keyed by that title, unless a longer mention holds it already. */
function studyTitleMentions(text: string, out: EntityMention[]): void {
  STUDY_TITLE_RE.lastIndex = 0;
  for (let m = STUDY_TITLE_RE.exec(text); m; m = STUDY_TITLE_RE.exec(text)) {
    const at = m.index;
    if (out.some((o) => o.start <= at && at < o.end)) continue;
    const title = m.groups!.title!.replace(/\s+/g, ' ');
    out.push({ kind: 'Document', key: nodeKey('Document', normaliseTitle(title)), name: title, attrs: { title }, phrase: m[0], start: at, end: at + m[0].length });
  }
}

/**
 * A sitting's final report cited by its title: "See United Nations Educational, Scientific and Cultural Organization, Final
 * Report of the World Education Forum 2015, Incheon, Republic of Korea, 19–22 May 2015 (Paris, 2015)" (A/RES/79/267 footnote
 * 18, 78/156, 78/184, 79/156, 79/178, 80/187), "Final Report of the World Education Forum, Dakar, Senegal, 26–28 April 2000"
 * (A/RES/79/151, 79/178): one document, keyed by its title with the year the title prints (the Dakar and Incheon reports
 * are two), not an initiative (entityScan's head "Report" reads no name that "Final" opens). Its span is the words "Final
 * Report", so the sitting keeps its mention, as finalReportMentions' do. Only a full name or an acronym after "of the".
 */
const FINAL_REPORT_TITLE_RE =
  /\bFinal\s+Report\s+of\s+the\s+(?<author>[A-Z][\w’'-]*(?:\s+(?:(?:of|on|for|and|the|to|in)\s+)*[A-Z][\w’'-]*)*)(?:\s+(?<year>(?:19|20)\d\d)(?![\d/]))?/g;
const ACRONYM_RE = /^[A-Z]{2,}$/;

function finalReportTitleMentions(text: string, out: EntityMention[]): void {
  FINAL_REPORT_TITLE_RE.lastIndex = 0;
  for (let m = FINAL_REPORT_TITLE_RE.exec(text); m; m = FINAL_REPORT_TITLE_RE.exec(text)) {
    const at = m.index;
    if (out.some((o) => o.start <= at && at < o.end)) continue; // cited by title already
    const author = m.groups!.author!.replace(/\s+/g, ' ');
    if (!FULL_NAME_RE.test(author) && !ACRONYM_RE.test(author)) continue;
    const year = m.groups!.year;
    const name = `Final Report of the ${author}${year ? ` ${year}` : ''}`;
    out.push({
      kind: 'Document',
      key: nodeKey('Document', normaliseTitle(name)),
      name,
      attrs: { title: name, author: reportAuthor(author) },
      phrase: text.slice(at, at + 12),
      start: at,
      end: at + 12,
    });
  }
}

/**
 * A footnote that cites a conference's report by its title, place and dates, with the sales number of the United Nations
 * publication and no symbol: "Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations
 * publication, Sales No. E.96.IV.8), chap. I, resolution 1, annex." (A/RES/78/172 footnote 1), "Report of the United Nations
 * Conference on Environment and Development, Rio de Janeiro, 3–14 June 1992, vol. I, Resolutions Adopted by the Conference
 * (United Nations publication, ...)". The report (but see below) is one Document keyed by its title, "Report of the <sitting>"
 * (the key bodySessionReportMentions and finalReportMentions give a report named by its author); its span is the word "Report" alone,
 * so the sitting keeps its mention (and its venue and dates, attributions.ts conferenceReportFootnoteAttributions). A report
 * printed with its symbol ("(A/CONF.192/15)") is that symbol's Document, titled and authored so (CONFERENCE_REPORT_SYMBOL_RE).
 * A note that names the conference's resolution after the bracket (nearly all: "chap. I, resolution 1, annex") gives no report:
 * the gold annotations (sessions 43-45) cite the conference's resolution and name the conference, not the publication holding both.
 */
const CONFERENCE_REPORT_RE =
  /^(?:See\s+)?Report\s+of\s+the\s+([^,()]{4,250}),\s+[A-Z][^()]{0,160}?(?:19|20)\d{2}(?:,\s+vol\.\s[^()]{0,120})?\s*\(United\s+Nations\s+publication\b/;

function conferenceReportMentions(text: string, out: EntityMention[]): void {
  const m = CONFERENCE_REPORT_RE.exec(text);
  if (m) {
    // (a note that goes on to the conference's own resolution, "..., chap. I, resolution 1, annex.", cites that resolution, read
    // by findResolutionRefs, and the sitting that adopted it: the report is only where both are printed, no text of its own)
    if (!REPORT_CITES_CONFERENCE_RESOLUTION_RE.test(text.slice(m[0].length))) sittingReportMention(m[1]!, 'Report', m[0].indexOf('Report'), out);
    return;
  }
  // (printed with its symbol instead: the symbol's Document, read already, is the report and takes its title and author)
  const s = CONFERENCE_REPORT_SYMBOL_RE.exec(text);
  if (!s) return;
  const symbol = out.find((o) => o.kind === 'Document' && o.start === s[0].length && typeof o.attrs.symbol === 'string');
  if (symbol === undefined) return;
  const sitting = s[1]!.replace(/\s+/g, ' ').trim();
  symbol.attrs = { ...symbol.attrs, title: `Report of the ${sitting}`, author: sitting };
}

/** The footnote that cites a sitting's Final Document by its volumes' symbols (FINAL_DOCUMENT_SYMBOLS_RE): each symbol read in
 *  the bracket, but a corrigendum (a document of its own), takes the Final Document's title and the sitting as its author. */
function finalDocumentSymbols(text: string, out: EntityMention[]): void {
  const m = FINAL_DOCUMENT_SYMBOLS_RE.exec(text);
  if (!m) return;
  const open = m[0].length - 1;
  // the bracket's own close: the symbols hold brackets of their own ("(Vol. I)")
  let close = open + 1;
  for (let depth = 1; close < text.length; close++) {
    const c = text.charCodeAt(close);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */ && --depth === 0) break;
  }
  const sitting = m[1]!.replace(/\s+/g, ' ').trim();
  const title = `Final Document of the ${sitting}`;
  for (const o of out) {
    if (o.kind !== 'Document' || o.start <= open || o.end > close || typeof o.attrs.symbol !== 'string' || o.attrs.symbol.includes('/Corr.')) continue;
    o.attrs = { ...o.attrs, title, author: sitting };
  }
}

/** The footnote that names the sitting first, its report "prepared by the Secretariat" (SECRETARIAT_REPORT_OF_SITTING_RE): the
 *  sitting's report, one Document with the one "Report of the <sitting>" names; its span the word "report". */
function secretariatReportOfSittingMentions(text: string, out: EntityMention[]): void {
  const m = SECRETARIAT_REPORT_OF_SITTING_RE.exec(text);
  if (!m) return;
  sittingReportMention(m[1]!, 'report', m[0].lastIndexOf('report prepared'), out);
}

/** the sitting's report, its span the report word (`word`) at `start`, so the sitting keeps its own mention */
function sittingReportMention(printed: string, word: string, start: number, out: EntityMention[]): void {
  const sitting = printed.replace(/\s+/g, ' ').trim();
  const name = `Report of the ${sitting}`;
  out.push({
    kind: 'Document',
    key: nodeKey('Document', normaliseTitle(name)),
    name,
    attrs: { title: name, author: sitting },
    phrase: word,
    start,
    end: start + word.length,
  });
}

/**
 * A treaty body's general comment or general recommendation: "general comment No. 25 (2021) of the Committee on the Rights of
 * the Child" (A/RES/78/187 PP15), "general recommendation No. 39 (2022) on the rights of Indigenous women and girls of the
 * Committee on the Elimination of Discrimination against Women" (A/RES/78/189), "Committee on the Elimination of
 * Discrimination against Women general recommendation No. 38 (2020)" (A/RES/80/9), "general comments No. 21 (1992) on ...,
 * No. 32 (2007) on ... and No. 35 (2014) on ..., adopted by the Human Rights Committee" (A/RES/79/172 PP7). One Document per
 * comment, keyed by "general comment No. N of the <committee>" (the symbol its footnote prints, "CRC/C/GC/25", keys it
 * instead: documentLinks.ts linkGeneralComments); its span is "general comment No. N (YYYY)", so the committee keeps its
 * own mention. Without a committee (nor a symbol) it is no mention: "general comment No. 1" alone names none.
 */
const GENERAL_COMMENT_GATE_RE = /[l] (?:comment|recommendation)/;
const GENERAL_COMMENT_RE = /\b[Gg]eneral\s+(comment|recommendation)(s?)\s+No\.\s?(\d{1,3})(?:\s?\(((?:19|20)\d\d)\))?/g;
/** A further comment of a plural head's list: "and No. 35 (2014)", ", 21 No. 6 (2018)" (after the footnote mark of the one before). */
const LISTED_COMMENT_RE = /(?:,|\band|(?<=[a-z],?\s?)\d{1,3})\s+No\.\s?(\d{1,3})\s?\(((?:19|20)\d\d)\)/g;
/** The treaty bodies, their full names as printed, and the series of their general comments' symbols. */
const TREATY_BODY_RE =
  /Human\s+Rights\s+Committee|Committee\s+(?:on\s+Economic,\s+Social\s+and\s+Cultural\s+Rights|on\s+the\s+Elimination\s+of\s+Racial\s+Discrimination|on\s+the\s+Elimination\s+of\s+Discrimination\s+against\s+Women|against\s+Torture|on\s+the\s+Rights\s+of\s+the\s+Child|on\s+the\s+Protection\s+of\s+the\s+Rights\s+of\s+All\s+Migrant\s+Workers\s+and\s+Members\s+of\s+Their\s+Families|on\s+Migrant\s+Workers|on\s+the\s+Rights\s+of\s+Persons\s+with\s+Disabilities|on\s+Enforced\s+Disappearances)/g;
export const TREATY_BODY_SERIES: readonly [RegExp, string][] = [
  [/^Human/, 'CCPR'],
  [/Economic/, 'E/C.12'],
  [/Racial/, 'CERD'],
  [/Women$/, 'CEDAW'],
  [/Torture$/, 'CAT'],
  [/Child$/, 'CRC'],
  [/Migrant/, 'CMW'],
  [/Disabilities$/, 'CRPD'],
  [/Disappearances$/, 'CED'],
];

/** The first treaty body named in text[from, to), as printed (spaces collapsed). */
function treatyBodyIn(text: string, from: number, to: number): { name: string; start: number; end: number } | undefined {
  TREATY_BODY_RE.lastIndex = from;
  const m = TREATY_BODY_RE.exec(text);
  if (!m || m.index + m[0].length > to) return undefined;
  return { name: m[0].replace(/\s+/g, ' '), start: m.index, end: m.index + m[0].length };
}

function generalCommentMentions(text: string, out: EntityMention[]): void {
  GENERAL_COMMENT_RE.lastIndex = 0;
  const found: { m: RegExpExecArray; items: { number: string; year?: string; start: number; end: number }[]; body?: string }[] = [];
  for (let m = GENERAL_COMMENT_RE.exec(text); m; m = GENERAL_COMMENT_RE.exec(text)) {
    const items: { number: string; year?: string; start: number; end: number }[] = [{ number: m[3]!, year: m[4], start: m.index, end: m.index + m[0].length }];
    found.push({ m, items });
  }
  for (let i = 0; i < found.length; i++) {
    const { m, items } = found[i]!;
    const next = i + 1 < found.length ? found[i + 1]!.m.index : text.length;
    const semi = text.indexOf(';', m.index);
    const limit = Math.min(next, semi < 0 ? text.length : semi, m.index + 600);
    if (m[2] === 's') {
      // the list of a plural head, up to the body that adopted them
      const by = treatyBodyIn(text, items[0]!.end, limit);
      const listEnd = by ? by.start : limit;
      LISTED_COMMENT_RE.lastIndex = items[0]!.end;
      for (let l = LISTED_COMMENT_RE.exec(text); l && l.index < listEnd; l = LISTED_COMMENT_RE.exec(text)) {
        const start = l.index + l[0].indexOf('No.');
        items.push({ number: l[1]!, year: l[2], start, end: l.index + l[0].length });
      }
    }
    // the committee: after the comment (before the next one), or printed just before its head ("Committee on ... general
    // recommendation No. 38", "the general recommendations of the Committee on ..., especially general recommendation No. 25")
    let body = treatyBodyIn(text, items[items.length - 1]!.end, limit)?.name;
    if (body === undefined) {
      const from = Math.max(i > 0 ? found[i - 1]!.items[found[i - 1]!.items.length - 1]!.end : 0, m.index - 160);
      let last: string | undefined;
      TREATY_BODY_RE.lastIndex = from;
      for (let b = TREATY_BODY_RE.exec(text); b && b.index < m.index; b = TREATY_BODY_RE.exec(text)) last = b[0].replace(/\s+/g, ' ');
      body = last;
    }
    // "Committee on ... general recommendation No. 39 (2022) on ...12 and general recommendation No. 40 (2024) on ..." (A/RES/80/10 PP7)
    if (body === undefined && i > 0 && /\band\s+$/.test(text.slice(m.index - 8, m.index))) body = found[i - 1]!.body;
    found[i]!.body = body;
    const word = m[1] === 'comment' ? 'comment' : 'recommendation';
    for (const it of items) {
      const name = `General ${word} No. ${it.number}${body ? ` of the ${body}` : ''}`;
      const attrs: Record<string, unknown> = { title: name, generalComment: it.number };
      if (it.year) attrs.year = it.year;
      if (body) attrs.author = body;
      out.push({ kind: 'Document', key: body ? nodeKey('Document', normaliseTitle(name)) : '', name, attrs, phrase: text.slice(it.start, it.end), start: it.start, end: it.end });
    }
  }
}

/**
 * A flagship edition cited "entitled" with its subtitle is the edition its title and year name: "entitled Digital Economy Report
 * 2024: Shaping an ..." (A/RES/79/194) and "the Digital Economy Report 2024" (reportEditionMentions) are one; so are "The United
 * Nations World Water Development Report 2025: Mountains and Glaciers – Water Towers" (A/RES/80/144 PP10) and "the United Nations
 * World Water Development Report 2025" (A/RES/80/216 PP9). The title's words, "Report", the year, then ":" or the end.
 */
const EDITION_SUBTITLE_RE = letterRe(String.raw`^(?:The\s+)?((?:\p{Lu}[\p{L}\p{N}’'-]*\s+(?:(?:and|of|on|for|in|to|the)\s+)*)+Report\s+(?:19|20)\d{2}(?:[/–-](?:19|20)?\d{2})?):\s`, 'u');

/** A "The State of ..." edition's title without "Report" and its subtitle (STATE_OF_EDITION_RE), a "<title> Report <year>: <subtitle>" without its subtitle; other titles as they are. */
function editionTitle(title: string): string {
  if (!title.startsWith('The State of ')) {
    if (!title.includes('Report ')) return title;
    const e = EDITION_SUBTITLE_RE.exec(title);
    return e ? e[1]!.replace(/\s+/g, ' ') : title;
  }
  STATE_OF_EDITION_RE.lastIndex = 0;
  const m = STATE_OF_EDITION_RE.exec(title);
  return m && m.index === 0 ? `The State of ${m[1]!.replace(/\s+/g, ' ')}${m[2]}` : title;
}

/**
 * "The State of Food Security and Nutrition in the World 2023: Urbanization, ..." (A/RES/78/198 OP5), "the publications
 * entitled The State of ..." (A/RES/78/168), "as indicated in The State of World Fisheries and Aquaculture 2022" (A/RES/78/68):
 * one document per edition, keyed by the series and the year, whatever subtitle is printed. A title "entitled" already
 * named (titledMentions) is not named twice.
 */
function stateOfEditionMentions(text: string, out: EntityMention[]): void {
  STATE_OF_EDITION_RE.lastIndex = 0;
  for (let m = STATE_OF_EDITION_RE.exec(text); m; m = STATE_OF_EDITION_RE.exec(text)) {
    const at = m.index;
    if (out.some((o) => o.kind === 'Document' && o.start <= at && at < o.end)) continue;
    const title = `The State of ${m[1]!.replace(/\s+/g, ' ')}${m[2]}`;
    out.push({ kind: 'Document', key: nodeKey('Document', normaliseTitle(title)), name: title, attrs: { title }, phrase: m[0], start: at, end: at + m[0].length });
  }
}

/** "World Economic Situation and Prospects 2022": one document per edition, keyed by the series and the year (WESP_EDITION_RE). */
function wespEditionMentions(text: string, out: EntityMention[]): void {
  WESP_EDITION_RE.lastIndex = 0;
  for (let m = WESP_EDITION_RE.exec(text); m; m = WESP_EDITION_RE.exec(text)) {
    const at = m.index;
    if (out.some((o) => o.kind === 'Document' && o.start <= at && at < o.end)) continue;
    const title = `World Economic Situation and Prospects ${m[1]}`;
    out.push({ kind: 'Document', key: nodeKey('Document', normaliseTitle(title)), name: title, attrs: { title }, phrase: m[0], start: at, end: at + m[0].length });
  }
}

/**
 * UNCTAD's yearly statistical report on the Goals, named by its title with a lowercase "report": "through a dedicated section
 * of the Sustainable Development Goals Pulse report, to be introduced to the Second Committee by the Secretariat" (A/RES/78/140
 * OP42, 79/234, 80/126). A document (a report series, as the "Sustainable Development Goals Report"), not the Goals themselves.
 */
const SDG_PULSE_REPORT_RE = /\bSustainable\s+Development\s+Goals\s+Pulse\s+report\b/g;
const SDG_PULSE_TITLE = 'Sustainable Development Goals Pulse report';
function sdgPulseReportMentions(text: string, out: EntityMention[]): void {
  SDG_PULSE_REPORT_RE.lastIndex = 0;
  for (let m = SDG_PULSE_REPORT_RE.exec(text); m; m = SDG_PULSE_REPORT_RE.exec(text)) {
    const at = m.index;
    if (out.some((o) => o.kind === 'Document' && o.start <= at && at < o.end)) continue;
    out.push({ kind: 'Document', key: nodeKey('Document', normaliseTitle(SDG_PULSE_TITLE)), name: SDG_PULSE_TITLE, attrs: { title: SDG_PULSE_TITLE }, phrase: m[0], start: at, end: at + m[0].length });
  }
}

const PREPARED_BY = 'prepared by the ';
/**
 * "the report on the economic impact of broadband in the least developed countries, landlocked developing countries and small
 * island developing States, jointly prepared by the Office of the High Representative ... and the International Telecommunication
 * Union" (A/RES/80/118 PP18, 79/194, 78/132): a report cited by its subject, whose author the comma and "prepared by" name,
 * is a document keyed by that subject. Not the Secretary-General's (his reports are keyed as sgReportMentions keys them).
 * Group 1: the subject; group 2: the author's first words.
 */
const PREPARED_REPORT_RE = /\breport\s+on\s+(the\s+[a-z][^;:,“”()]{10,200}?(?:,\s+[a-z][^;:,“”()]{2,80}?)*?),\s+(?:jointly\s+)?prepared\s+by\s+the\s+(?!Secretary-General)([A-Z][\w-]*(?:\s+[\w-]+){0,2})/g;
function preparedReportMentions(text: string, out: EntityMention[]): void {
  PREPARED_REPORT_RE.lastIndex = 0;
  for (let m = PREPARED_REPORT_RE.exec(text); m; m = PREPARED_REPORT_RE.exec(text)) {
    const at = m.index;
    if (out.some((o) => o.kind === 'Document' && o.start <= at && at < o.end)) continue;
    const subject = m[1]!.replace(/\s+/g, ' ');
    const title = `Report on ${subject}`;
    const end = at + m[0].indexOf(m[1]!) + m[1]!.length;
    out.push({ kind: 'Document', key: nodeKey('Document', normaliseTitle(title)), name: title, attrs: { title, subject }, phrase: text.slice(at, end), start: at, end });
  }
}

/** Document symbols and reports cited by title or subject, in text order. */
export function findDocumentRefs(text: string, ctx: RecognizeContext = {}): EntityMention[] {
  // the rare passes' gates, behind one scan for all their words (RARE_DOCUMENT_WORDS_RE)
  const rare = RARE_DOCUMENT_WORDS_RE.test(text);
  const known = rare && mayCiteKnownReport(text);
  // (an IPCC assessment's volumes, "Climate Change 2022: Impacts, Adaptation and Vulnerability")
  const ipcc = rare && mayCiteIpccVolume(text);
  // each search once: the gate's two searches (a symbol needs a slash; a report needs the word) pick the passes too
  const slash = text.includes('/');
  const report = holdsReportWord(text);
  // ("document entitled": a title cited without "report", A/RES/80/166 PP15; one search, the pattern runs where it is found)
  // (the same titles printed in italics, bare once cleaned: an "entitled" followed by a capital; the pattern runs where one is)
  // Session 47 (spd47a): both behind one search for "entitled ", which most texts lack: the gate regex, run on every text of
  // the references worker, was 0.24% of a one-thread ingest's CPU samples (corpus-ga), more than a string search.
  const entitledAt = text.indexOf('entitled ');
  const titled = entitledAt >= 0 && text.includes('entitled \u201c', entitledAt);
  const bareTitled = entitledAt >= 0 && BARE_ENTITLED_GATE_RE.test(text);
  // (a treaty body's general comment: "l comment", "l recommendation"; one regex, its class scanned for, is cheaper than two
  // searches, as REPORT_WORD_RE)
  const comment = rare && GENERAL_COMMENT_GATE_RE.test(text);
  // (a flagship's edition, "The State of ... 2023", is cited without the word "report" too)
  const stateOf = rare && text.includes('The State of ');
  // (and so is an edition of the World Economic Situation and Prospects)
  const wesp = rare && text.includes('Situation and Prospects ');
  // (a study is cited by its title: "the Study on the Climatic and Other Global Effects of Nuclear War")
  const study = rare && text.includes(STUDY_ON);
  // (a publication cited bare by its title and subtitle: "the Sand and Dust Storms Compendium: Information and Guidance ...")
  const subtitledPublication = text.includes(': ') && SUBTITLED_PUBLICATION_GATE_RE.test(text);
  // (a depositary notification, "C.N.347.2024.TREATIES-XXVI.6": no slash)
  const depositary = text.includes(TREATIES_SERIES);
  if (!known && !ipcc && !slash && !report && !titled && !bareTitled && !comment && !stateOf && !wesp && !study && !subtitledPublication && !depositary) return [];
  const out: EntityMention[] = [];
  if (depositary) depositaryNotificationMentions(text, out);
  if (titled) titledDocumentMentions(text, out);
  if (bareTitled) bareTitledDocumentMentions(text, out);
  if (subtitledPublication) subtitledPublicationMentions(text, out);
  if (known) knownReportMentions(text, out);
  if (ipcc) ipccVolumeMentions(text, out);
  if (comment) generalCommentMentions(text, out);
  if (slash) {
    symbolMentions(text, out);
    if (text.includes('EC-')) opcwDocumentMentions(text, out);
    if (text.includes(FINAL_DOCUMENT_SYMBOLS_GATE)) finalDocumentSymbols(text, out);
    if (text.includes('document')) spacedSymbolMentions(text, out);
  }
  if (report) {
    // (a footnote that opens on a report's title: "Report of the ...", "See Report of the ...")
    if (text.startsWith('Report of the') || text.startsWith('See Report of the')) conferenceReportMentions(text, out);
    // (or names the sitting first, its report "prepared by the Secretariat")
    else if (text.includes(SECRETARIAT_REPORT_OF_SITTING_GATE)) secretariatReportOfSittingMentions(text, out);
    titledMentions(text, out);
    if (QUOTED_REPORT_GATE_RE.test(text)) quotedReportMentions(text, out);
    sgReportMentions(text, out, ctx);
    if (text.includes(' its ') && text.includes('session')) bodySessionReportMentions(text, out);
    if (text.includes('final report') || text.includes('interim report') || (text.includes(' report of the ') && YEAR_REPORT_OF_THE_RE.test(text))) finalReportMentions(text, out, ctx);
    if (text.includes('its final report') || text.includes('its interim report')) ownStageReportMentions(text, out, ctx);
    if (text.includes(THE_REPORT_OF_THE)) shortFormReportMentions(text, out, ctx);
    if (text.includes('Final Report of the ')) finalReportTitleMentions(text, out);
    if (text.includes(PREPARED_BY)) preparedReportMentions(text, out);
    if (text.includes('Pulse report')) sdgPulseReportMentions(text, out);
    if (text.includes(REPORT_OF_PANEL)) panelReportMentions(text, out, ctx);
    // (after the titles "entitled", before the editions read back from "Report": "The State of Broadband Report 2024" is one)
    if (stateOf) stateOfEditionMentions(text, out);
    if (text.includes('Report ') || text.includes(SPACED_UPDATE)) reportEditionMentions(text, out);
    if (text.includes(' Report') && text.includes('the ')) yearFirstReportMentions(text, out);
  } else if (stateOf) stateOfEditionMentions(text, out);
  if (wesp) wespEditionMentions(text, out);
  if (study) studyTitleMentions(text, out);
  if (slash && report && out.length > 1) bracketedSymbolsOfSgReports(text, out);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** between a report's subject and the bracket of its symbol: no other report, no end of a sentence or of a list item */
const SUBJECT_TO_BRACKET_RE = /^[^;()“”]{0,300}$/;
const OTHER_REPORT_WORD_RE = /\breports?\b|\.\s/
/**
 * "Report of the Secretary-General on revised estimates relating to the proposed programme budget for 2024 under section 1,
 * Overall policymaking, direction and coordination, and section 29B, Department of Operational Support (A/78/753)." (A/RES/79/226
 * footnote 33): a report named by its subject with its symbol in brackets after it is one document, the symbol's, by the
 * Secretary-General, its subject running to the bracket (a number in it, "section 1", cut the subject as a footnote mark would):
 * the subject's mention takes the symbol's key, as a footnote's symbol keys the paragraph's subject (documentLinks), and the
 * symbol's own mention goes. Not where another report or a list item stands between them.
 */
function bracketedSymbolsOfSgReports(text: string, out: EntityMention[]): void {
  let dropped = false;
  for (const m of out) {
    if (m.kind !== 'Document' || m.attrs.author !== 'Secretary-General' || typeof m.attrs.subject !== 'string' || typeof m.attrs.symbol === 'string' || !m.key) continue;
    // the first symbol after the subject, alone in its brackets
    let s: EntityMention | undefined;
    for (const o of out) if (o !== m && o.kind === 'Document' && typeof o.attrs.symbol === 'string' && o.start > m.end && (s === undefined || o.start < s.start)) s = o;
    if (s === undefined || text.charCodeAt(s.start - 1) !== 40 /* ( */ || text.charCodeAt(s.end) !== 41 /* ) */) continue;
    const gap = text.slice(m.end, s.start - 1);
    // (the subject read may already run over another report: "... for 2024 and the related report of the Advisory Committee")
    if (!SUBJECT_TO_BRACKET_RE.test(gap) || OTHER_REPORT_WORD_RE.test(gap) || OTHER_REPORT_WORD_RE.test(m.attrs.subject)) continue;
    if (out.some((o) => o !== m && o !== s && o.kind === 'Document' && o.start >= m.end && o.start < s.start)) continue;
    const subject = `${m.attrs.subject}${gap}`.replace(/\s+/g, ' ').replace(/[\s,]+$/, '');
    const symbol = s.attrs.symbol as string;
    m.attrs = { ...m.attrs, subject, title: `Report of the Secretary-General on ${subject}`, symbol };
    m.key = nodeKey('Document', symbol);
    m.name = symbol;
    s.key = '';
    dropped = true;
  }
  if (!dropped) return;
  let k = 0;
  for (const m of out) if (m.key !== '') out[k++] = m;
  out.length = k;
}
