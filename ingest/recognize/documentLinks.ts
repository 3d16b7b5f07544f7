// A report cited by its title or subject in the text and by its symbol in the footnote its mark
// points to ("the report of the Secretary-General entitled “Road map for digital cooperation”,³"
// with "³ A/74/821.") is one document: the titled mention takes the symbol's key, and keeps its
// title as an attribute, so the graph holds one Document node, not two.
import { nodeKey } from '../../graph/model-keys.js';
import { normaliseTitle } from '../keys.js';
import type { EntityMention, ParagraphText, RecognizeContext } from '../models.js';
import { TREATY_BODY_SERIES } from './documents.js';
import { MARK_TO_AUTHOR_RE, TITLE_BEFORE_SYMBOL_RE, MARKED_NOUN_BEFORE_RE, OFFICIAL_RECORDS_REPORT_RE, REPORT_FOR_YEAR_RE, REPORT_NOUN_END_RE, REPORTS_FOR_YEARS_AFTER_RE, REPORTS_OF_THE_BEFORE_RE, SUBJECT_THEN_SUBMITTED_TO_MARK_RE, CONTAINED_IN_ITS_REPORT_RE, AND_VERB_ITS_REPORT_RE, ITS_REPORT_ALONE_AFTER_RE, PRONOUN_REPORT_BEFORE_SG_RE, PART_OF_REPORT_BEFORE_RE, PART_TOPIC_AFTER_RE, REPORT_QUALIFIER_BEFORE_RE } from './documents.patterns.js';
import { letterRe } from '../letter-classes.js';
import { textIncludes } from '../textIncludes.js';

/** What may stand between the end of a title and its footnote mark: closing quotes or italics, a comma, the
 *  semicolon that ends an operative paragraph ("Takes note of the report of the Secretary-General on ...;14"). */
const TITLE_TO_MARK_RE = /^[\s”"’*_,.;]{0,4}$/;
/**
 * ... or a modifier of the report itself: "the report ... on <subject>, including the 20-year review thereof,⁴",
 * "..., submitted pursuant to resolution 76/45,4", "..., on the implementation of General Assembly resolution 77/189;6",
 * "the report of the Secretary-General to the General Assembly at its seventy-seventh session,4" (A/RES/79/80 PP21).
 * Also a title quoted after a subject ("the reports of the Secretary-General on progress made towards achieving the commitments set
 * out in the outcome document of the twenty-seventh special session of the General Assembly on children, entitled “A world fit
 * for children”,33", A/RES/80/190 PP17: the outcome document's title, the report's mark after it).
 * Up to 300 characters: "... submitted pursuant to resolution 79/240 of 24 December 2024, containing possible options for the
 * establishment of a Group of ... within the United Nations,9" (A/RES/80/53 PP6) runs 222.
 */
const MODIFIER_TO_MARK_RE =
  /^,?\s+(?:including|in particular|which|containing|entitled\s+[“"]|contained|submitted|prepared|pursuant|presented|issued|published|released|launched|dated|regarding|concerning|covering|on\s+the\s+(?:implementation|follow-up)|to\s+the\s+(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council)\s+at\s+its|from\s+\d{1,2}\s+[A-Z][a-z]+|of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b[^;]{0,300};?[\s”"’*_]*$/;
/**
 * ... or, for a report cited by subject, the rest of its subject, which the recogniser ends at the first "and the",
 * colon or bracket (without a footnote it cannot tell): "the report of the Secretary-General on the safety of
 * journalists and the issue of impunity,6" (A/RES/78/215 PP5), "... on the United Nations and conflict prevention: a
 * collective recommitment,4",
 * "... on the implementation of resolution 78/7;1" (a subject holding a citation: the mention ends before it).
 */
const SUBJECT_TO_MARK_RE = /^(?:\s+(?:and|on|of|in|for|to|from|with|between|among|at|by|towards?|through|within|regarding|concerning|under)\s|:\s|\s*\()[^;]{0,300}[;]?[\s”"’*_,.]*$/;
/**
 * ... or, for several reports cited by their subjects, the subjects after the first, listed after a comma: "the reports of the
 * Secretary-General on the budget performance for 2022, the proposed budget for 2024 and the revised estimates arising from ...
 * for the International Residual Mechanism for Criminal Tribunals,1" (A/RES/78/249 PP1, "1 A/78/390, A/78/534 and A/78/634."):
 * the recogniser ends the first subject at the comma. No other comma or semicolon before the list's last "and the".
 */
const REPORTS_SUBJECTS_TO_MARK_RE = /^,\s+the\s+[^;,]{1,300}?\s+and\s+the\s+[^;,]{1,300}[\s”"’*_,.]*$/;
/**
 * Another cited thing joined in the gap ("... and the report of the Special Rapporteur,5", "... and the
 * conclusions of the Working Group,2", "..., and also taking note of ...", "... pursuant to the Security Council presidential
 * statement dated 16 December 2014,2"): the mark may be that thing's. Not "and the recommendations contained therein"
 * (in the report: A/RES/79/179 OP4).
 */
const OTHER_CITED_RE =
  /\b(?:and|as\s+well\s+as)\s+(?:(?:of|to|also|further)\s+)?(?:the\s+|its\s+|his\s+|her\s+|their\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?(?:reports?|notes?|letters?|documents?|statements?|communications?|summary|summaries|recommendations|conclusions|proposals|findings|observations)\b(?!\s+contained\s+therein)|\b(?:taking|takes|noting|notes|welcoming|welcomes|recalling|recalls|reaffirming|reaffirms|requests|requesting|urges|urging|encourages|encouraging|decides|deciding|stresses|stressing)\b|\breports?\s+(?:of|by|entitled)\b|\bpresidential\s+statement|\b(?:letter|statement|note|communication)s?\s+dated\b/;
/** The start of a modifier of the report, not of its title: where the subject carried on by the gap ends. */
const MODIFIER_START_RE = /,?\s+(?:and\s+the\s+recommendations\s+contained\s+therein|including|in particular|which|containing|contained|submitted|prepared|pursuant|presented|issued|published|released|launched|dated|covering|as\s+(?:requested|mandated|called)|in\s+accordance|in\s+response|at\s+its|during\s+its)\b/;
/** Where a subject carried on by the gap may end: a comma, an opening quote. */
const SUBJECT_BREAK_RE = /[,“"]/g;
/** ", ecological, health and other impacts": a list of single words inside a subject, not its end (as in documents.ts). */
const SUBJECT_LIST_RE = /^,\s(?:[a-z][\w-]*,\s)*[a-z][\w-]*\s+and\s+[a-z]/;
/** A footnote that is a document's symbol, perhaps with a locator: "A/79/224.", "See A/79/302-S/2024/600, sect. II.". */
const SYMBOL_FOOTNOTE_RE = /^(?:See\s+|Relevant\s+parts\s+of\s+)?([A-Z][A-Z0-9]{0,9}(?:\.\d+)?\/\S+?)(?=[,.;]?(?:\s|$)|\s*\()/;
/** A report named by its subject inside another's subject: "... contained in its reports on the United Nations". */
const REPORTS_ON_RE = /\breports?\s+on\s/;
/** A mention of several reports ("the reports of the Secretary-General on ..."). */
const REPORTS_RE = /\breports\b/;
/** Kinds that, standing in the modifier, could be what the footnote is about instead. */
const CITABLE = new Set(['Document', 'Resolution', 'Framework', 'Event', 'Initiative']);
/** ... when the footnote opens with a document symbol: a resolution, a framework, a sitting is not cited that way. */
const CITABLE_BY_SYMBOL = new Set(['Document', 'Initiative']);

type Gap = 'mark' | 'modifier' | 'subject';

/** The gap with the other mentions inside it masked (organizations, places, citations do not end a modifier; dates are read as printed). */
function maskedGap(text: string, from: number, to: number, body: readonly EntityMention[], m: EntityMention): string {
  let out = '';
  let at = from;
  for (const o of body) {
    if (o === m || o.kind === 'Date' || o.start < at || o.end > to) continue;
    out += `${text.slice(at, o.start)}Name`;
    at = o.end;
  }
  return out + text.slice(at, to);
}

/** How `m` reaches the mark at `offset`, if it is the mention the mark's footnote is about. */
function gapTo(text: string, m: EntityMention, offset: number, body: readonly EntityMention[], symbolFootnote: boolean): Gap | undefined {
  const gap = text.slice(m.end, offset);
  if (TITLE_TO_MARK_RE.test(gap)) return 'mark';
  const blocking = symbolFootnote ? CITABLE_BY_SYMBOL : CITABLE;
  if (body.some((o) => o !== m && blocking.has(o.kind) && !o.nested && o.start >= m.end && o.start < offset)) return undefined;
  const masked = body.some((o) => o !== m && o.kind !== 'Date' && o.start >= m.end && o.start < offset) ? maskedGap(text, m.end, offset, body, m) : gap;
  // (a footnote that opens with a symbol is a document's: only another document named in the gap may be what it cites)
  if (MODIFIER_TO_MARK_RE.test(masked) && (symbolFootnote ? !OTHER_CITED_RE.test(masked) : !/\sand\s/.test(masked))) return 'modifier';
  if (symbolFootnote && typeof m.attrs.subject === 'string' && SUBJECT_TO_MARK_RE.test(masked) && !OTHER_CITED_RE.test(masked)) return 'subject';
  if (symbolFootnote && typeof m.attrs.subject === 'string' && REPORTS_RE.test(m.phrase) && REPORTS_SUBJECTS_TO_MARK_RE.test(masked) && !OTHER_CITED_RE.test(masked)) return 'subject';
  return undefined;
}

/** A body's report on one of its sessions as documents.ts keys it (bodySessionReportMentions: the word "report" its span). */
const SESSION_REPORT_TITLE_RE = /^Report of the .+ on its .*session$/;
/**
 * After "session", what describes the session or the report before the mark: "the report of the Committee on the Peaceful Uses
 * of Outer Space on its fifty-eighth session, held in 2015, 7" (A/RES/78/52 PP16, 79/51, 80/44: "7 Official Records ...,
 * Supplement No. 20 (A/70/20)."), "the report of the International Law Commission on the work of its sixty-sixth session, which
 * contains the draft articles on the expulsion of aliens,1" (A/RES/78/110 PP1, "1 Official Records ..., Supplement No. 10
 * (A/69/10), chap. IV."), "the report of the United Nations Joint Staff Pension Board on the work of its eighty-first session
 * and administrative expenses of the United Nations Joint Staff Pension Fund,25" (A/RES/80/243 XII.PP2, 78/253: its title goes
 * on). No other report or verb in it (OTHER_CITED_RE), no semicolon.
 */
const SESSION_TO_MARK_RE =
  /^(?:,\s+(?:held\s+(?:in|at|from|on)|which\s+contains?|containing)\b[^;]{0,200}|\s+and\s+administrative\s+expenses\s+of\s+the\s+[^;,]{1,80})[\s”"’*_,.]*$/;

/**
 * `m`, a body's session report, reaches the mark at `offset` over a description of the session (SESSION_TO_MARK_RE), and the
 * footnote there cites a report: its symbol, or the Official Records supplement that holds it. Another document mentioned
 * in the gap may be what the footnote cites instead.
 */
function sessionReportToMark(text: string, m: EntityMention, offset: number, footnote: string, body: readonly EntityMention[]): boolean {
  if (m.end - m.start !== 6 || typeof m.attrs.title !== 'string' || !SESSION_REPORT_TITLE_RE.test(m.attrs.title)) return false;
  const session = text.indexOf(' session', m.end);
  if (session < 0 || session > offset) return false;
  const gap = text.slice(session + 8, offset);
  if (!SESSION_TO_MARK_RE.test(gap) || OTHER_CITED_RE.test(gap)) return false;
  if (!SYMBOL_FOOTNOTE_RE.test(footnote) && !OFFICIAL_RECORDS_REPORT_RE.test(footnote)) return false;
  return !body.some((o) => o !== m && o.kind === 'Document' && o.start > m.end && o.start < offset);
}

/** The symbols a footnote cites stand for one document: one symbol, or one with its addenda and corrigenda ("A/72/65 and A/72/65/Add.1"). */
function oneDocument(cited: readonly EntityMention[]): string | undefined {
  const first = cited[0];
  if (!first || first.kind !== 'Document' || typeof first.attrs.symbol !== 'string') return undefined;
  const symbol = first.attrs.symbol;
  for (let i = 1; i < cited.length; i++) {
    const s = cited[i]!.attrs.symbol;
    if (cited[i]!.kind !== 'Document' || typeof s !== 'string' || !/^\/(?:Add|Corr|Rev)\.\d+$/.test(s.slice(symbol.length)) || !s.startsWith(symbol)) return undefined;
  }
  return symbol;
}

/** The subject as printed through the gap, up to the report's own modifiers and the mark's punctuation. */
function fullSubject(text: string, m: EntityMention, offset: number): { subject: string; end: number } | undefined {
  const head = /\bon\s+/g;
  // the subject starts after the "on" that follows the author ("report of the Secretary-General on", "Secretary-General’s report on")
  const author = text.indexOf('Secretary-General', m.start);
  if (author < 0 || author > offset) return undefined;
  head.lastIndex = author;
  const on = head.exec(text);
  if (!on || on.index > offset) return undefined;
  const from = on.index + on[0].length;
  let to = offset;
  const rest = text.slice(m.end, offset);
  const modifier = MODIFIER_START_RE.exec(rest);
  if (modifier) to = m.end + modifier.index;
  // ", the current situation and the actions undertaken so far ..., with a special focus “on ...”" describes the
  // report, its title ends before ("the safety of journalists and the issue of impunity"); not a list of single
  // words (", reliable, sustainable and modern energy")
  SUBJECT_BREAK_RE.lastIndex = 0;
  for (let b = SUBJECT_BREAK_RE.exec(rest); b && m.end + b.index < to; b = SUBJECT_BREAK_RE.exec(rest)) {
    if (b[0] === ',' && SUBJECT_LIST_RE.test(rest.slice(b.index, b.index + 120))) continue;
    to = m.end + b.index;
    break;
  }
  while (to > from && /[\s”"’*_,.;:]/.test(text[to - 1]!)) to--;
  if (to <= from) return undefined;
  return { subject: text.slice(from, to).replace(/\s+/g, ' '), end: to };
}

/**
 * Rewrites, in place, body Document mentions named by title or subject whose footnote cites
 * exactly one document symbol (and no resolution); removes from `body` the mention of several reports
 * whose footnote cites several document symbols (and nothing else).
 */
export function linkTitlesToFootnoteSymbols(paragraph: ParagraphText, body: EntityMention[], footnotes: EntityMention[], ctx?: RecognizeContext): void {
  if (!paragraph.footnoteRefs.length) return;
  const text = paragraph.text;
  let cutReports = false;
  let listedReports: ListedReport[] | undefined;
  for (const m of body) {
    if (m.kind !== 'Document' || typeof m.attrs.symbol === 'string' || m.attrs.generalComment !== undefined) continue;
    let ref: ParagraphText['footnoteRefs'][number] | undefined;
    let gap: Gap | undefined;
    for (const r of paragraph.footnoteRefs) {
      if (!r.footnote || r.offset < m.end) continue;
      gap = gapTo(text, m, r.offset, body, SYMBOL_FOOTNOTE_RE.test(r.footnote.text));
      if (gap === undefined && sessionReportToMark(text, m, r.offset, r.footnote.text, body)) gap = 'modifier';
      if (gap) {
        ref = r;
        break;
      }
    }
    if (!ref || !gap) continue;
    const cited = footnotes.filter((f) => f.footnote?.offset === ref.offset && f.footnote.mark === ref.mark && (f.kind === 'Document' || f.kind === 'Resolution'));
    const symbol = oneDocument(cited);
    // "Having considered the reports of the Secretary-General on the financing of the Force,¹" with "¹ A/78/586 and
    // A/78/745.": the reports are the documents the footnote cites, each by its symbol; the subject names no other.
    // "Recalling the reports of the Secretary-General on the implementation of General Assembly resolutions 52/120 of
    // 12 December 1997 12 and 55/110 of 4 December 2000,13": each report its own footnote
    // a footnote that cites more than documents ("S/PRST/2014/27; see Resolutions and Decisions ...") is not a report's
    if (ref.footnote!.text.includes(';')) continue;
    if (REPORTS_RE.test(m.phrase) && cited.length > 0 && (cited.length > 1 || gap === 'subject') && cited.every((f) => f.kind === 'Document' && typeof f.attrs.symbol === 'string')) {
      m.key = '';
      cutReports = true;
      // (whose reports they are, the words said: the author the cut mention had)
      if (typeof m.attrs.author === 'string') authorFootnotedReports(footnotes, [ref], m.attrs.author);
      continue;
    }
    if (symbol === undefined) continue;
    // a symbol cited as one of several ("See A/C.2/59/3, annex") still names this report; "and" would not
    // (but for the document's own addenda and corrigenda)
    if (cited.length === 1 && /\band\b/.test(ref.footnote!.text)) continue;
    let title = typeof m.attrs.title === 'string' ? m.attrs.title : m.name;
    let attrs: Record<string, unknown> = m.attrs;
    // "the reports of the Secretary-General on <subject> contained in its reports on the United Nations19 and on the United
    // Nations funds and programmes20": each report its own mark; the subject names all of them when cited again without marks
    if (ctx !== undefined && typeof m.attrs.subject === 'string' && REPORTS_RE.test(m.phrase)) {
      const listed = rememberPluralSubject(ctx, paragraph, footnotes, m.attrs.subject, ref, symbol);
      // (not where the list's "on" goes on from a report inside the first subject: "the reports of the Secretary-General on the
      // implementation of the recommendations of the Board of Auditors contained in its reports on the United Nations19 and on
      // the United Nations funds and programmes20", A/RES/78/242 PP3: "the United Nations funds and programmes" is the Board's
      // report's subject, not the title of A/78/333/Add.1)
      if (listed !== undefined && !REPORTS_ON_RE.test(text.slice(m.start, ref.offset))) (listedReports ??= []).push(...listed);
    }
    if (gap === 'subject') {
      const full = fullSubject(text, m, ref.offset);
      if (full) {
        title = `Report of the Secretary-General on ${full.subject}`;
        attrs = { ...attrs, subject: full.subject };
        // the span runs on over the rest of the subject when nothing else is mentioned there (a citation inside
        // the subject stays its own mention: the report then ends before its subject, see sgReportMentions)
        if (full.end > m.end && !body.some((o) => o !== m && o.kind !== 'Date' && o.start >= m.end && o.start < full.end)) {
          m.end = full.end;
          m.phrase = text.slice(m.start, full.end);
        }
      }
    }
    m.attrs = { ...attrs, title, symbol };
    m.key = nodeKey('Document', symbol);
    m.name = symbol;
    // (the subject as completed above: a report cited again by its subject alone takes this symbol, linkSubjectReports)
    if (ctx !== undefined && typeof attrs.subject === 'string' && attrs.author === 'Secretary-General' && !REPORTS_RE.test(m.phrase)) rememberSubject(ctx, attrs.subject, symbol);
  }
  if (cutReports) {
    let k = 0;
    for (const m of body) if (m.key !== '') body[k++] = m;
    body.length = k;
  }
  if (listedReports !== undefined) linkListedReports(text, body, listedReports);
}

/**
 * The reports after the first of a list under one "reports of the Secretary-General" ("... in Africa,1 the United Nations
 * Regional Centre for Peace and Disarmament in Asia and the Pacific 2 and the ...,3", A/RES/80/64 PP2; "...,12 on multi-hazard
 * early warning systems in the least developed countries,13 ...", A/RES/79/218 OP1): each its own mention over its subject,
 * titled, as the first is. A subject that holds a mention of another kind than an organization is something else cited there
 * (its footnote's mention stays); an organization in it keeps its own mention (aud15b: "... and on the Central Emergency Response
 * Fund,2", A/RES/78/119 PP2).
 */
function linkListedReports(text: string, body: EntityMention[], listed: readonly ListedReport[]): void {
  for (const l of listed) {
    // (a short name in brackets ending the subject, "(Paris Principles)", names what the subject is about: its own mention)
    if (body.some((o) => o.kind !== 'Organization' && o.kind !== 'Date' && o.start < l.end && o.end > l.start && !(text.charCodeAt(o.start - 1) === 40 && o.end === l.end - 1))) continue;
    const title = `Report of the Secretary-General on ${l.subject}`;
    const mention: EntityMention = {
      kind: 'Document', key: nodeKey('Document', l.symbol), name: l.symbol, attrs: { subject: l.subject, author: 'Secretary-General', title, symbol: l.symbol }, phrase: text.slice(l.start, l.end), start: l.start, end: l.end, footnote: undefined, nested: undefined,
    };
    let k = body.length;
    while (k > 0 && body[k - 1]!.start > l.start) k--;
    body.splice(k, 0, mention);
  }
}

/**
 * Per resolution: the subject of a report of the Secretary-General cited by it with its symbol in a footnote, and that
 * symbol ('' once two symbols had one subject): "Having considered the report of the Secretary-General on the final
 * performance of the United Nations Operation in Côte d’Ivoire1" ("1 A/74/711."), then "3. Takes note of the report of the
 * Secretary-General on the final performance of the United Nations Operation in Côte d’Ivoire and the updated information
 * ..." (A/RES/78/299; 78/303, 78/73 OP16, 80/150): the same report, cited again by its subject alone.
 */
const subjectsOf = new WeakMap<RecognizeContext, Map<string, string>>();
function rememberSubject(ctx: RecognizeContext, subject: string, symbol: string): void {
  let known = subjectsOf.get(ctx);
  if (!known) subjectsOf.set(ctx, (known = new Map()));
  const key = normaliseTitle(subject);
  const before = known.get(key);
  known.set(key, before === undefined || before === symbol ? symbol : '');
  const short = shortSubject(key);
  if (short !== key) {
    const shortBefore = known.get(short);
    known.set(short, shortBefore === undefined || shortBefore === symbol ? symbol : '');
  }
}
/**
 * A subject with the Summit's name cut to its short form: "the report of the Secretary-General on the progress made in the
 * implementation of and follow-up to the outcomes of the World Summit at the regional and international levels" (A/RES/80/118
 * OP33, 79/194, 78/132) is the report PP17 footnoted with the name in full ("... of the World Summit on the Information Society
 * at the regional ...").
 */
function shortSubject(key: string): string {
  const at = key.indexOf(WSIS_IN_SUBJECT);
  return at < 0 ? key : key.slice(0, at + WSIS_SHORT_LENGTH) + key.slice(at + WSIS_IN_SUBJECT.length);
}
const WSIS_IN_SUBJECT = 'world summit on the information society';
const WSIS_SHORT_LENGTH = 'world summit'.length;

/** Per resolution: the subjects of reports of the Secretary-General footnoted one mark per report, and their symbols. */
const pluralSubjectsOf = new WeakMap<RecognizeContext, Map<string, string[]>>();
/**
 * Between one report's mark and the next one's: "and on <the next report's subject>" (A/RES/78/242 PP3), or a list of them, each its own "on" ("the reports of the Secretary-General on the follow-up to the Fifth United Nations
 * Conference on the Least Developed Countries,12 on multi-hazard early warning systems in the least developed countries,13 on
 * ... and on the work of the Technology Bank for the Least Developed Countries;17", A/RES/79/218 OP1). Group 1: the subject
 * (it may hold a colon: "on food insecurity in the least developed countries: modalities, terms of reference, ..."; and end on
 * a short name in brackets: "...9 and on the activities of the Global Alliance of National Human Rights Institutions in accrediting
 * national institutions in compliance with the principles relating to the status of ... human rights (Paris Principles),10",
 * A/RES/80/214 PP18).
 */
const LISTED_REPORT_GAP_RE = /^[\s,]*(?:and\s+)?on\s+([^;()“”]{1,300}?(?:\s\([A-Z][A-Za-z ]{1,60}\))?)[\s,;]*$/;
/**
 * ... or the next subject without its "on": "the reports of the Secretary-General on the United Nations Regional Centre for Peace
 * and Disarmament in Africa,1 the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific 2 and the
 * United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean,3" (A/RES/80/64 PP2;
 * 79/70, 78/60). Not another cited thing ("1 and the related report of the Advisory Committee ...,2": OTHER_CITED_RE, "report").
 */
const LISTED_THE_REPORT_GAP_RE = /^[\s,]*(?:and\s+)?(the\s+[^;()“”]{1,300}?)[\s,;]*$/;
/** A report of a list, after the first: its subject as printed, its symbol, and where its subject stands. */
interface ListedReport {
  subject: string;
  symbol: string;
  start: number;
  end: number;
}

/** The symbols of the reports cited by subject whose marks follow one another ("...19 and on ...20"), from `first`'s on. */
function rememberPluralSubject(
  ctx: RecognizeContext,
  paragraph: ParagraphText,
  footnotes: readonly EntityMention[],
  subject: string,
  first: ParagraphText['footnoteRefs'][number],
  symbol: string,
): ListedReport[] | undefined {
  const symbols = [symbol];
  // (the gap from the end of the mark before: marks stay in the text, "Nations19 and on ...")
  let at = first.offset;
  let from = first.offset + first.mark.length;
  const subjects: string[] = [];
  const spans: number[] = [];
  for (const r of paragraph.footnoteRefs) {
    if (!r.footnote || r.offset <= at) continue;
    const gap = paragraph.text.slice(from, r.offset);
    const listed = LISTED_REPORT_GAP_RE.exec(gap) ?? (OTHER_CITED_RE.test(gap) || /\breports?\b/.test(gap) ? null : LISTED_THE_REPORT_GAP_RE.exec(gap));
    if (!listed || !SYMBOL_FOOTNOTE_RE.test(r.footnote.text) || r.footnote.text.includes(';')) break;
    const cited = footnotes.filter((f) => f.footnote?.offset === r.offset && f.footnote.mark === r.mark && (f.kind === 'Document' || f.kind === 'Resolution'));
    const next = cited.length === 1 ? oneDocument(cited) : undefined;
    if (next === undefined || symbols.includes(next)) break;
    symbols.push(next);
    subjects.push(listed[1]!.replace(/\s+/g, ' '));
    const start = from + listed[0].indexOf(listed[1]!);
    spans.push(start, start + listed[1]!.length);
    at = r.offset;
    from = r.offset + r.mark.length;
  }
  if (symbols.length < 2) return undefined;
  // each report of the list is cited again by its own subject alone ("25. ... takes note of the report of the
  // Secretary-General on multi-hazard early warning systems in the least developed countries", A/RES/79/218): its symbol
  // (and by the subject up to its colon, where a subject cited again ends: "on food insecurity in the least developed
  // countries: modalities, ...")
  rememberSubject(ctx, subject, symbol);
  for (let k = 0; k < subjects.length; k++) {
    const s = subjects[k]!;
    rememberSubject(ctx, s, symbols[k + 1]!);
    const colon = s.indexOf(':');
    if (colon > 0) rememberSubject(ctx, s.slice(0, colon), symbols[k + 1]!);
  }
  let known = pluralSubjectsOf.get(ctx);
  if (!known) pluralSubjectsOf.set(ctx, (known = new Map()));
  known.set(subject, symbols);
  return subjects.map((s, k) => ({ subject: s, symbol: symbols[k + 1]!, start: spans[2 * k]!, end: spans[2 * k + 1]! }));
}

/**
 * "7. Takes note of the reports of the Secretary-General on the implementation of the recommendations of the Board of
 * Auditors ...;" (A/RES/78/242 OP7) after PP3 footnoted them one by one ("... on the United Nations19 and on the United
 * Nations funds and programmes20", "19 A/78/333.", "20 A/78/333/Add.1."): the reports named again by their subject alone
 * are those documents, each its own mention (not the first alone, which the title-keyed node would join).
 */
export function linkPluralSubjectReports(body: EntityMention[], ctx: RecognizeContext, text = ''): void {
  const one = subjectsOf.get(ctx);
  if (one !== undefined) linkSubjectReports(body, one, text);
  const known = pluralSubjectsOf.get(ctx);
  if (known === undefined) return;
  for (let i = 0; i < body.length; i++) {
    const m = body[i]!;
    if (m.kind !== 'Document' || typeof m.attrs.symbol === 'string' || typeof m.attrs.subject !== 'string' || !REPORTS_RE.test(m.phrase)) continue;
    const symbols = known.get(m.attrs.subject);
    if (symbols === undefined) continue;
    // every field of a mention in the recognisers' order: a spread copy is an object of a map of its own, which verbRelations,
    // planMentions and extractParagraphWithReferences met late in corpus-ga ("wrong map": each compiled again)
    const each = symbols.map((symbol): EntityMention => ({
      kind: m.kind, key: nodeKey('Document', symbol), name: symbol, attrs: { ...m.attrs, symbol }, phrase: m.phrase, start: m.start, end: m.end, footnote: m.footnote, nested: m.nested,
    }));
    body.splice(i, 1, ...each);
    i += each.length - 1;
  }
}

/** A report of the Secretary-General cited by a subject only (no symbol) that an earlier one footnoted a symbol for (subjectsOf). */
function linkSubjectReports(body: EntityMention[], known: ReadonlyMap<string, string>, text: string): void {
  for (const m of body) {
    if (m.kind !== 'Document' || typeof m.attrs.symbol === 'string' || typeof m.attrs.subject !== 'string' || m.attrs.author !== 'Secretary-General' || REPORTS_RE.test(m.phrase)) continue;
    const subject = normaliseTitle(m.attrs.subject);
    let symbol = known.get(subject) ?? known.get(shortSubject(subject));
    if (symbol === undefined && text !== '') {
      const whole = subjectPrintedOn(text, m, subject, known);
      if (whole !== undefined) {
        symbol = whole.symbol;
        m.end = whole.end;
        m.phrase = text.slice(m.start, whole.end);
      }
    }
    if (symbol === undefined || symbol === '') continue;
    // (the report's title, as linkTitlesToFootnoteSymbols keeps it: the name it was cited by)
    m.attrs = { ...m.attrs, title: typeof m.attrs.title === 'string' ? m.attrs.title : m.name, symbol };
    m.key = nodeKey('Document', symbol);
    m.name = symbol;
  }
  if (text !== '') linkNextSubjectReports(body, known, text);
}

/** After a report cited by subject, the next report's subject: ", and on " (the singular "report" printed for both). */
const AND_ON_RE = /^,?\s+and\s+on\s+/;
/**
 * "1. Takes note of the report of the Secretary-General on administration of justice at the United Nations and on the
 * activities of the Office of the United Nations Ombudsman and Mediation Services, ..." (A/RES/80/238 OP1; 79/254, 78/248)
 * after the preamble footnoted the two reports one mark each ("... at the United Nations1 and on the activities of the Office
 * ... Services,2"): the words after "and on" are the second report's subject in full, that report a mention of its own.
 */
function linkNextSubjectReports(body: EntityMention[], known: ReadonlyMap<string, string>, text: string): void {
  let added: EntityMention[] | undefined;
  for (const m of body) {
    if (m.kind !== 'Document' || typeof m.attrs.symbol !== 'string' || m.attrs.author !== 'Secretary-General' || REPORTS_RE.test(m.phrase)) continue;
    const and = AND_ON_RE.exec(text.slice(m.end, m.end + 12));
    if (!and) continue;
    const from = m.end + and[0].length - 3;
    const next = knownSubjectAt(text, from + 3, known);
    if (next === undefined || next.symbol === m.attrs.symbol) continue;
    // (a mention in the second subject, but an organization named in it, is something else cited there)
    if (body.some((o) => o.kind !== 'Organization' && o.kind !== 'Date' && o.start < next.end && o.end > from)) continue;
    (added ??= []).push({
      kind: 'Document', key: nodeKey('Document', next.symbol), name: next.symbol, attrs: { symbol: next.symbol }, phrase: text.slice(from, next.end), start: from, end: next.end, footnote: undefined, nested: undefined,
    });
  }
  if (added === undefined) return;
  for (const a of added) {
    // (an organization in the subject is what the report is about: no verb relation, as in the first report's subject)
    nestAuthors(body, a.start, a.end);
    let k = body.length;
    while (k > 0 && body[k - 1]!.start > a.start) k--;
    body.splice(k, 0, a);
  }
}

/** The known subject printed in full at `at` (its words, then no more of a word), the longest one: its symbol and end. */
function knownSubjectAt(text: string, at: number, known: ReadonlyMap<string, string>): { symbol: string; subject: string; end: number } | undefined {
  let best: { symbol: string; subject: string; end: number } | undefined;
  for (const [full, symbol] of known) {
    if (symbol === '' || (best !== undefined && full.length <= best.subject.length)) continue;
    const end = printedFrom(text, at, full, 0);
    if (end < 0) continue;
    best = { symbol, subject: full, end };
  }
  return best;
}

/**
 * "3. Welcomes the report of the Secretary-General on strengthening the role of the United Nations in enhancing periodic and
 * genuine elections and the promotion of democratization;" (A/RES/78/208 OP1) after PP30 footnoted the report ("19
 * A/78/260."): the recogniser ends a subject at "and the" (without a footnote it cannot tell), the words printed on are the
 * rest of the subject footnoted before. That subject and its symbol, and where its words end in `text`, when the words after
 * the mention are all of it (up to punctuation or the paragraph's end, not more words).
 */
function subjectPrintedOn(text: string, m: EntityMention, subject: string, known: ReadonlyMap<string, string>): { symbol: string; end: number } | undefined {
  for (const [full, symbol] of known) {
    if (symbol === '' || full.length <= subject.length + 4 || full.charCodeAt(subject.length) !== 32 || !full.startsWith(subject)) continue;
    const end = printedFrom(text, m.end, full, subject.length);
    if (end < 0) continue;
    return { symbol, end };
  }
  return undefined;
}
const WHITE_RE = /[\s\u00a0]/;
/**
 * Where `full` (a normalised title) from its character `j` on is printed in `text` from `i` (any run of white space for one
 * space, characters as titleChar keeps them), with no more of a word after it: the end of those words, or -1.
 */
function printedFrom(text: string, i: number, full: string, j: number): number {
  while (j < full.length && i < text.length) {
    const c = text[i]!;
    if (WHITE_RE.test(c)) {
      if (full.charCodeAt(j) !== 32) return -1;
      while (i < text.length && WHITE_RE.test(text[i]!)) i++;
      j++;
      continue;
    }
    if (titleChar(c) !== full[j]) return -1;
    i++;
    j++;
  }
  return j < full.length || (i < text.length && WORD_CHAR_RE.test(text[i]!)) ? -1 : i;
}
const WORD_CHAR_RE = letterRe(String.raw`[\p{L}\p{N}-]`, 'u');
/** One character of a title as normaliseTitle keeps it. */
function titleChar(c: string): string {
  if (c === '’' || c === '‘') return "'";
  if (c === '\u2010' || c === '\u2011') return '-';
  return c.toLowerCase();
}

const BARE_SG_REPORT = 'report of the Secretary-General';
/**
 * The other author whose report the budget texts cite by bare words after footnoting it once: "Having considered the
 * report of the Secretary-General1 and the related report of the Advisory Committee on Administrative and Budgetary
 * Questions,2" ("2 A/78/7/Add.44."), then "2. Endorses the conclusions and recommendations contained in the report of
 * the Advisory Committee on Administrative and Budgetary Questions;" (A/RES/78/274), "Takes note of paragraph 5 of the
 * report of the Advisory Committee;" (A/RES/78/243 OP3): the same report. The short name (another advisory committee's
 * in a few texts) links the bare words only to the report a footnote gave them, as the full name does.
 */
const BARE_ACABQ_REPORT = 'report of the Advisory Committee on Administrative and Budgetary Questions';
const ACABQ_SHORT_REPORT = 'report of the Advisory Committee';
const ACABQ_REST = BARE_ACABQ_REPORT.slice(ACABQ_SHORT_REPORT.length);
/**
 * The Committee's name misprinted "of Administrative" in some budget texts: "Endorses the conclusions and recommendations
 * contained in the report of the Advisory Committee of Administrative and Budgetary Questions" (A/RES/79/257 OP5; "reports",
 * 80/242 OP5), the report the preamble footnoted all the same. As long as ACABQ_REST, so a match ends where the name's would.
 */
const ACABQ_REST_MISPRINTED = ' of Administrative and Budgetary Questions';
/** `rest` printed at `pos` (for the Committee's name, also as misprinted). */
function restAt(text: string, pos: number, rest: string): boolean {
  return text.startsWith(rest, pos) || (rest === ACABQ_REST && text.startsWith(ACABQ_REST_MISPRINTED, pos));
}
/**
 * Per resolution (its entities-stage context): the one report of the Secretary-General it cited by the bare words
 * "the report of the Secretary-General" with a footnote giving its symbol; null once it cited another.
 */
const sgReportOf = new WeakMap<RecognizeContext, KnownReport>();
/** ... and the one report of the Advisory Committee on Administrative and Budgetary Questions, likewise. */
const acabqReportOf = new WeakMap<RecognizeContext, KnownReport>();
/**
 * The report known in the section of the resolution that footnoted it: each numbered section of an omnibus budget
 * resolution ("I", "II": paragraphs I.OP2, II.PP1) considers its own reports (A/RES/78/253: "the related report of the
 * Advisory Committee,4" in II, ",6" in III) and cites them by the bare words in its own paragraphs.
 */
interface KnownReport {
  section: string;
  known: string | null;
  /** carried into `section` from an earlier one, which the section's own report replaces (A/RES/79/298 II.PP2) */
  carried?: boolean;
  /** known (or left unknown) from the preamble, or from reports operative paragraphs name in passing: the report an operative
   *  paragraph marks as its clause's object replaces it */
  preamble?: boolean;
}
function sectionOf(paragraph: ParagraphText): string {
  const dot = paragraph.id.lastIndexOf('.');
  // (numbered sections' ids, "II.PP1"; and the heading the paragraph was read under: "I Umoja", "II Financial performance report")
  return (dot < 0 ? '' : paragraph.id.slice(0, dot)) + '|' + (paragraph.heading ?? '');
}
/**
 * The report the bare words name in `section`, from what was known before (`state`) and the reports the paragraph cites
 * itself (`own`: null for two or more, or one without a symbol): a section that cites none goes on with the one before
 * (sub-headings of one report's resolution, A/RES/79/254); one that cites its own starts afresh, also after paragraphs that
 * cite none ("II Support account and related funding issues: Recalling its resolution 77/304, Having considered the report
 * of the Secretary-General on the support account and related funding issues 5", A/RES/79/298: the two reports of section
 * I leave nothing known); two in one section leave the bare words alone.
 */
function knownAfter(state: KnownReport | undefined, own: string | null | undefined, section: string, operative?: boolean): KnownReport | undefined {
  if (state === undefined) return own === undefined ? undefined : { section, known: own, preamble: operative === false };
  if (own === undefined) {
    if (state.section === section) return state;
    // (into another numbered section: its bare words name none of the reports of the sections before, A/RES/80/243 XIV
    // "Having considered the financial performance report on the programme budget for 202432", then "Takes note of the
    // report of the Secretary-General" is not section XI's report)
    return numberOf(state.section) === numberOf(section) ? { section, known: state.known, carried: state.carried } : { section, known: null, carried: true };
  }
  if (state.section !== section || state.carried) return { section, known: own, preamble: operative === false };
  // (the reports the preamble cited, one or several, give way to the one an operative paragraph cites: "Taking note of the
  // report of the Secretary-General on current developments in science and technology ...,1", "... taking note of the report
  // of the Secretary-General submitted pursuant to General Assembly resolution 78/241 ...,3", then "2. Notes the report of
  // the Secretary-General,4 submitted pursuant to resolution 79/239, ..." and "3. Invites States to take into account the
  // observations and conclusions contained in the report of the Secretary-General ...", A/RES/80/58: the operative
  // part's own report, "4 A/80/78.")
  if (operative === true && state.preamble) return { section, known: own };
  return state.known === own ? state : { section, known: null, preamble: state.preamble === true && operative === false };
}
/** The numbered section of a sectionOf() value ("II" of "II|II Support account ..."; "" before the first). */
function numberOf(section: string): string {
  return section.slice(0, section.indexOf('|'));
}
/**
 * What may follow the bare words when they name the report itself ("Takes note of the report of the Secretary-General;"); also
 * when it is to be used, not what it is on: "to take into account the observations and conclusions contained in the report of
 * the Secretary-General when discussing ..." (A/RES/80/58 OP3), "to take into account the report of the Secretary-General in
 * their work within the Group of Governmental Experts" (A/RES/79/62 OP5).
 */
const BARE_AFTER_RE = /^(?:\s*[,;.:]|\s*$|\s+(?:and|in\s+which|which|that|submitted|presented|prepared|pursuant|when|in\s+(?:their|its)\s+work)\b)/;
/**
 * ... and precede them: the report the text is about, not one still to be written ("to be included in the report ..."); or
 * the object of what is asked done with a report that exists: "to take into account the report of the Group of Governmental
 * Experts on the relationship between disarmament and development;" after "Recalling the report of the Group ...4" (A/RES/78/23
 * OP5, PP8), "to transmit the report of ...", "to circulate ...", "to examine ...", "to give due consideration to ...".
 */
const BARE_BEFORE_RE =
  /(?:\b(?:of|in|on|by|with|from|to)|\b(?:take|takes|taking)\s+into\s+account|\b(?:transmit|circulate|examine))\s+the\s+(?:(?:current|latest|present|recent|most\s+recent)\s+)?$/;
/**
 * ... or after the clause's verb, or "and", when nothing after them says which report: "1. Welcomes the report of the
 * Secretary-General;" after "Having considered the report of the Secretary-General,1" (A/RES/79/124 OP1); "Encourages all
 * Member States, on the basis of sovereign equality and the report of the Secretary-General and the views ..." (A/RES/79/80
 * OP2). Not "Welcoming the report of the Secretary-General submitted pursuant to resolution 79/240 ...,9" (A/RES/80/53
 * PP6): another report, whose mark comes later. Also "the related report", as the preamble printed it: "Takes note of the
 * report of the Secretary-General ... and the related report of the Advisory Committee on Administrative and Budgetary
 * Questions;" (A/RES/80/238 OP1, 79/254 OP1, 78/248 OP1).
 */
const BARE_BEFORE_VERB_RE =
  /(?:\band|(?:^|[,;]\s|\b[Aa]lso\s|\b[Ff]urther\s)\s*(?:[Ww]elcom(?:es|ing)|[Nn]ot(?:es|ing)|[Aa]cknowledg(?:es|ing)|[Rr]ecall(?:s|ing)|[Cc]ommend(?:s|ing)|[Ee]ndors(?:es|ing)|[Aa]pprov(?:es|ing)|[Rr]ecogniz(?:es|ing))(?:\s+with\s+(?:appreciation|satisfaction|interest))?)\s+the\s+(?:related\s+)?$/;
const BARE_ALONE_AFTER_RE = /^(?:\s*[;.]|\s*$|,\s+in\s+which\b|\s+and\s+the\s+(?:views|recommendations|conclusions)\b)/;
/**
 * ... or as the next of a list of reports: "1. Takes note of the report of the Secretary-General, the report of the Board of
 * Auditors and the report of the Secretary-General on the implementation of the recommendations of the Board of Auditors;"
 * (A/RES/79/246 OP1, after PP2 footnoted the Board's report "2 Relevant parts of the Official Records ..., Supplement No. 5,
 * vol. I (A/79/5 (Vol. I)).").
 */
const LISTED_AFTER_REPORT_RE = /\breports?\s+of\s+the\s+[^,;]{1,60},\s+(?:and\s+)?the\s+$/;
/** (a report "for" which something is wanted is still to come; not one the body thanks or praises for: "Reiterates its appreciation
 *  for the report of the group of independent experts ...,24", A/RES/78/218 OP7, 79/181, 80/220) */
const FUTURE_BEFORE_RE = /\b(?:included|inclusion|include|submissions?|contributions?|inputs?|data)\s+(?:in|to|for)\s+the\s+$|(?<!\b(?:appreciation|gratitude|thanks)\s)\bfor\s+the\s+$/;
const FUTURE_AFTER_RE = /^\s+(?:to\s+be|that\s+will|which\s+will)\b/;
/** ... nor one of the reports of years before: "had previously been included as annexes to the report of the Internal Justice
 *  Council" (A/RES/79/254 OP29, 80/238 OP25: the series, not the report the preamble footnoted) */
const PREVIOUSLY_BEFORE_RE = /\bpreviously\b[^.;,]{0,60}$/;

/**
 * "Having also examined the report of the Secretary-General,2" (footnote "2 A/80/290.") then "1. Takes note of the
 * report of the Secretary-General;" (A/RES/80/89): the later bare words name the same report, the one document the
 * resolution footnoted under them; a resolution that footnoted two such reports, or cited one by subject without a
 * symbol, leaves them alone. Adds the Document mention to `body` (kept in text order). The same for the report of the
 * Advisory Committee on Administrative and Budgetary Questions (BARE_ACABQ_REPORT).
 */
export function linkBareSgReports(paragraph: ParagraphText, body: EntityMention[], footnotes: EntityMention[], ctx: RecognizeContext): void {
  linkBareSg(paragraph, body, footnotes, ctx);
  linkBarePluralSg(paragraph, body, footnotes, ctx);
  if (paragraph.footnoteRefs.length && textIncludes(paragraph.text, PURSUANT_TO_RESOLUTIONS)) authorReportsListedByResolution(paragraph, body, footnotes);
  // (a working paper "prepared by the Secretariat" has no word "report": PREPARED_BY_THE gates it; a study STUDY_OF_THE, a policy
  // brief "presented by the Secretary-General" PRESENTED_BY_THE)
  const t = paragraph.text;
  if (paragraph.footnoteRefs.length && (textIncludes(t, REPORT_WORD) || textIncludes(t, PREPARED_BY_THE) || textIncludes(t, STUDY_OF_THE) || textIncludes(t, PRESENTED_BY_THE))) {
    authorReportsOfBodies(paragraph, body, footnotes, ctx);
  }
  if (paragraph.footnoteRefs.length) authorReportsMarkedBeforeAuthor(paragraph, body, footnotes, ctx);
  if (paragraph.footnoteRefs.length && textIncludes(paragraph.text, TRANSMITTING)) authorTransmittingNotes(paragraph, body, footnotes);
  if (textIncludes(t, BY_THE_SG)) linkSgNotes(paragraph, body, footnotes, ctx);
  if (paragraph.footnoteRefs.length > 1 && textIncludes(paragraph.text, REPORTS_OF_THE_DATES) && REPORTS_OF_A_DAY_RE.test(paragraph.text)) authorDatedReports(paragraph, body, footnotes);
  linkBareOtherAuthors(paragraph, body, footnotes, ctx);
  if (textIncludes(t, ITS_REPORT)) linkItsReports(paragraph, body, ctx);
  if (textIncludes(t, FOR_20) || textIncludes(t, FOR_19)) unlinkedYearReports(paragraph, body, ctx);
  const plurals = authorPluralReportsOf.get(ctx);
  if (plurals !== undefined) linkBarePluralOfAuthors(paragraph, body, plurals);
  const state = acabqReportOf.get(ctx);
  if (state === undefined && !paragraph.footnoteRefs.length) return;
  const text = paragraph.text;
  // (a paragraph without the words cites no report of the Committee: sourceMarks would find none, the loop below no words;
  // only the section the known report was last carried into moves on)
  const first = textIncludes(text, ACABQ_SHORT_REPORT) ? text.indexOf(ACABQ_SHORT_REPORT) : -1;
  if (first < 0) {
    if (state !== undefined) {
      const section = sectionOf(paragraph);
      if (state.section !== section) acabqReportOf.set(ctx, knownAfter(state, undefined, section)!);
    }
    return;
  }
  const marksFrom = paragraph.footnoteRefs.length ? sourceMarks(text, paragraph, body, footnotes, ACABQ_SHORT_REPORT, ACABQ_REST) : undefined;
  rememberAddenda(ctx, marksFrom);
  const section = sectionOf(paragraph);
  const next = knownAfter(state, ownReport(undefined, marksFrom), section);
  if (next !== undefined) acabqReportOf.set(ctx, next);
  const known = next?.known;
  if (typeof known !== 'string') return;
  for (let at = first; at >= 0; ) {
    const end = restAt(text, at + ACABQ_SHORT_REPORT.length, ACABQ_REST) ? at + BARE_ACABQ_REPORT.length : at + ACABQ_SHORT_REPORT.length;
    linkBareAt(text, at, end, known, body, marksFrom, true, undefined, addendaOf.get(ctx)?.get(known));
    at = text.indexOf(ACABQ_SHORT_REPORT, end);
  }
}

/** the bare words with the report's symbol printed after them in brackets: "the report of the Secretary-General (", "... of 19 May 1993 (" */
const INLINE_SYMBOL_BEFORE_RE = /report of the Secretary-General(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*\($/;
/**
 * The report of the Secretary-General whose symbol the text prints in brackets after the bare words, as the texts of the
 * 1990s do: "Having considered the report of the Secretary-General (S/25704 and Add.1) pursuant to paragraph 2 of resolution
 * 808 (1993)", then "1. Approves the report of the Secretary-General;" (S/RES/827 (1993)): known as a footnoted one is.
 * Asked of the paragraph's Document mentions that open after a bracket (a few texts), not of its text.
 */
function inlineSgReport(text: string, body: readonly EntityMention[]): string | null | undefined {
  let own: string | null | undefined;
  for (let i = 0; i < body.length; i++) {
    const m = body[i]!;
    if (m.kind !== 'Document' || typeof m.attrs.symbol !== 'string' || m.start < 2 || text.charCodeAt(m.start - 1) !== 40) continue;
    if (!INLINE_SYMBOL_BEFORE_RE.test(text.slice(Math.max(0, m.start - 70), m.start))) continue;
    own = own === undefined || own === m.attrs.symbol ? m.attrs.symbol : null;
  }
  return own;
}

/** How far into an operative paragraph the bare words may start and still be its clause's object ("Also takes note with appreciation of the "). */
const OBJECT_WITHIN = 48;
/** After the bare words, what places a report at an earlier session or date: " submitted to the General Assembly at its sixty-second session". */
const PAST_REPORT_MODIFIER_RE =
  /^,?\s+(?:(?:submitted|presented)\s+)?to\s+the\s+(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council)\s+at\s+its\s+[a-z-]+(?:\s+special)?\s+session\b|^,?\s+(?:dated|of)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b/;
/**
 * "4. Acknowledges the conclusions in the report of the Secretary-General, in which he stated ..., building on ... the initial
 * work of the World Bank presented in the report of the Secretary-General submitted to the General Assembly at its
 * sixty-second session,7" (A/RES/80/130, 79/200, 78/143 OP4, after PP11 footnoted A/80/347): the unmarked first words are the
 * known report, the marked ones an old report the modifier sets apart. That one neither replaces nor clouds the known report
 * (OP5 "the conclusion contained in the report of the Secretary-General that ..." is A/80/347 too).
 */
function pastReportInPassing(
  text: string,
  first: number,
  state: KnownReport | undefined,
  section: string,
  marksFrom: { at: Set<number> } | undefined,
  bySubject: string | null | undefined,
): boolean {
  if (typeof state?.known !== 'string' || state.section !== section || first < 0 || !marksFrom || marksFrom.at.has(first) || bySubject !== undefined) return false;
  for (const at of marksFrom.at) if (!PAST_REPORT_MODIFIER_RE.test(text.slice(at + BARE_SG_REPORT.length, at + BARE_SG_REPORT.length + 120))) return false;
  return true;
}
function linkBareSg(paragraph: ParagraphText, body: EntityMention[], footnotes: EntityMention[], ctx: RecognizeContext): void {
  const state = sgReportOf.get(ctx);
  const inline = inlineSgReport(paragraph.text, body);
  if (state === undefined && !paragraph.footnoteRefs.length && inline === undefined) return;
  const text = paragraph.text;
  // reports of the Secretary-General cited by subject (with or without a symbol) are the paragraph's own too
  let bySubject: string | null | undefined = inline;
  for (let i = 0; i < body.length; i++) {
    const m = body[i]!;
    if (m.kind !== 'Document' || m.attrs.author !== 'Secretary-General') continue;
    const symbol = typeof m.attrs.symbol === 'string' ? m.attrs.symbol : null;
    bySubject = bySubject === undefined || bySubject === symbol ? symbol : null;
  }
  // (without the bare words in the paragraph, sourceMarks finds no marked ones)
  let at = textIncludes(text, BARE_SG_REPORT) ? text.indexOf(BARE_SG_REPORT) : -1;
  const marksFrom = at >= 0 && paragraph.footnoteRefs.length ? sourceMarks(text, paragraph, body, footnotes, BARE_SG_REPORT) : undefined;
  if (marksFrom?.own !== undefined) authorFootnotedReports(footnotes, marksFrom.own);
  rememberAddenda(ctx, marksFrom);
  const section = sectionOf(paragraph);
  // (an operative paragraph's own report replaces the preamble's only when it is the clause's object, marked right there:
  // "2. Notes the report of the Secretary-General,4"; not a report named in passing further on, "4. Acknowledges the
  // conclusions in the report of the Secretary-General, ... presented in the report of the Secretary-General submitted to the
  // General Assembly at its sixty-second session,7", A/RES/79/200, whose first words are the preamble's report)
  const object = paragraph.kind === 'operative' && at >= 0 && at < OBJECT_WITHIN && marksFrom !== undefined && marksFrom.at.has(at);
  const next = pastReportInPassing(text, at, state, section, marksFrom, bySubject)
    ? state
    : knownAfter(state, ownReport(bySubject, marksFrom), section, paragraph.kind === 'operative' ? object : false);
  if (next !== undefined) sgReportOf.set(ctx, next);
  const known = next?.known;
  if (typeof known !== 'string') return;
  if (textIncludes(text, PREPARED_BY_SG)) linkReportsPreparedBySg(text, known, body);
  if (textIncludes(text, IN_HIS_REPORT) || textIncludes(text, IN_HER_REPORT)) linkPronounReportsOfSg(text, known, body);
  while (at >= 0) {
    const end = at + BARE_SG_REPORT.length;
    linkBareAt(text, at, end, known, body, marksFrom, true, undefined, addendaOf.get(ctx)?.get(known));
    at = text.indexOf(BARE_SG_REPORT, end);
  }
}

/**
 * "taking note of the report of the Secretary-General submitted pursuant to United Nations General Assembly resolution 78/241 of
 * 22 December 2023 on lethal autonomous weapons systems, 4" ("4 A/79/88.", A/RES/79/239 PP17; "Taking note of the report of the
 * Secretary-General submitted pursuant to resolution 77/45,5", 78/23 PP10; "Takes note of the report of the Secretary-General;3"):
 * the footnote's document is the Secretary-General's report, whose words name no subject: its author is all the text gives
 * (the resolution it answers is no subject, and no relation type says "answers"). A copy of each mention, as inFootnote makes.
 */
function authorFootnotedReports(footnotes: EntityMention[], own: readonly { offset: number; mark: string }[], author = 'Secretary-General'): void {
  for (let i = 0; i < footnotes.length; i++) {
    const f = footnotes[i]!;
    if (f.kind !== 'Document' || typeof f.attrs.symbol !== 'string' || f.attrs.author !== undefined || !f.footnote) continue;
    if (!own.some((o) => o.offset === f.footnote!.offset && o.mark === f.footnote!.mark)) continue;
    footnotes[i] = { kind: f.kind, key: f.key, name: f.name, attrs: { ...f.attrs, author }, phrase: f.phrase, start: f.start, end: f.end, footnote: f.footnote, nested: f.nested };
  }
}

/**
 * "taking note of the note12 by the Secretariat on the Awaza Programme of Action ..." with "12 A/80/293." (A/RES/80/151 OP6),
 * "the first 1 and second2 annual progress reports of the open-ended working group on security of and in the use of information
 * and communications technologies 2021–2025" with "1 See A/77/275." and "2 See A/78/265." (A/RES/78/16 PP8): a mark printed on
 * the report's noun (or on the ordinal of a list of them), before "by the"/"of the" and the author, footnotes that author's
 * document, as a mark after the author's name does (authorReportsOfBodies). Only a footnote that cites documents alone
 * (reportsFootnote), the first body named right after the words, and a noun that is a report's or a note's.
 */
function authorReportsMarkedBeforeAuthor(paragraph: ParagraphText, body: readonly EntityMention[], footnotes: EntityMention[], ctx: RecognizeContext): void {
  const text = paragraph.text;
  const refs = paragraph.footnoteRefs;
  for (const r of refs) {
    if (r.footnote === undefined || !MARKED_NOUN_BEFORE_RE.test(text.slice(Math.max(0, r.offset - 8), r.offset))) continue;
    const from = r.offset + r.mark.length;
    // the first body named after the mark, within a few words
    const a = body.find((o) => o.start >= from && !o.nested);
    if (a === undefined || a.kind !== 'Organization' || a.start - from > 80) continue;
    // (the words to the author with the other marks cut: "  and second2 annual progress reports of the ")
    let words = '';
    let at = from;
    for (const o of refs) {
      if (o.offset < from || o.offset >= a.start) continue;
      words += text.slice(at, o.offset);
      at = o.offset + o.mark.length;
    }
    words += text.slice(at, a.start);
    const gap = MARK_TO_AUTHOR_RE.exec(words);
    // (the words must end on the report's noun: "note12 by the", "second2 annual progress reports of the")
    const noun = gap === null ? '' : text.slice(Math.max(0, r.offset - 8), r.offset).trimEnd() + gap[1]!;
    if (gap === null || !REPORT_NOUN_END_RE.test(noun) || !reportsFootnote(r.footnote.text)) continue;
    authorFootnotedReports(footnotes, [r], a.key === SG_KEY ? 'Secretary-General' : a.name);
    // (a plural's documents, for the later bare words "the first and second annual progress reports of the 2021–2025 open-ended
    // working group", A/RES/78/16 PP15: linkBarePluralOfAuthors)
    if (PLURAL_NOUN_END_RE.test(noun)) rememberPluralOfAuthor(ctx, paragraph.id, a.key, [r], footnotes);
  }
}
/** a plural report noun ending the words to the author: "second annual progress reports" (REPORT_NOUN_END_RE's plural) */
const PLURAL_NOUN_END_RE = /(?:^|\s)reports$/;

const PURSUANT_TO_RESOLUTIONS = ' pursuant to resolutions ';
const REPORTS_OF_THE = 'reports of the ';
const SG_KEY = nodeKey('Organization', 'Secretary-General of the United Nations');
/** between a plural report's author and " pursuant to resolutions ": nothing, or its subject ("on ..."), then "submitted"/"prepared" */
const AUTHOR_TO_PURSUANT_RE = /^(?:\s+on\s[^;]{1,240}?)?,?\s+(?:submitted|prepared)$/;
/** the resolutions listed after " pursuant to resolutions ", each perhaps with its mark: "73/263, 15 74/168, 16 75/192, 17 76/17918 and 77/229,19" */
const MARKED_RESOLUTION_LIST_RE = /^(?:\d{1,4}\/\d{1,6}[\s,]*(?:\d{1,3}[\s,]+)?(?:and\s+)?)+/;
/**
 * "the reports of the Secretary-General submitted pursuant to resolutions 73/263, 15 74/168, 16 75/192, 17 76/17918 and
 * 77/229,19" ("15 A/74/276.", "16 A/75/334 and A/HRC/44/21.": the report to the Assembly and the interim one to the Human Rights
 * Council) and "the reports of the Office of the United Nations High Commissioner for Human Rights on the situation of human
 * rights in ..., submitted pursuant to resolutions 71/205 13 and 72/190, 14" ("13 See A/72/498.") (A/RES/78/221 PP19, 79/184,
 * 80/223): one report (or pair) per resolution answered, each footnoted after its number; the footnotes' documents are that
 * author's. Not the marks after the list ("and the reports of 18 October 2022,20 ... of the Independent International Commission
 * of Inquiry on Ukraine"), nor where another cited thing stands between the author and "pursuant".
 */
function authorReportsListedByResolution(paragraph: ParagraphText, body: readonly EntityMention[], footnotes: EntityMention[]): void {
  const text = paragraph.text;
  for (let p = text.indexOf(PURSUANT_TO_RESOLUTIONS); p >= 0; p = text.indexOf(PURSUANT_TO_RESOLUTIONS, p + 1)) {
    const reportsAt = text.lastIndexOf(REPORTS_OF_THE, p);
    if (reportsAt < 0 || p - reportsAt > 400) continue;
    const authorAt = reportsAt + REPORTS_OF_THE.length;
    const author = body.find((m) => m.kind === 'Organization' && m.start === authorAt);
    if (author === undefined) continue;
    const gap = text.slice(author.end, p);
    if (!AUTHOR_TO_PURSUANT_RE.test(gap) || OTHER_CITED_RE.test(gap)) continue;
    const listAt = p + PURSUANT_TO_RESOLUTIONS.length;
    const list = MARKED_RESOLUTION_LIST_RE.exec(text.slice(listAt, listAt + 300));
    if (!list) continue;
    const listEnd = listAt + list[0].length;
    const marks = paragraph.footnoteRefs.filter((r) => r.offset > listAt && r.offset <= listEnd);
    if (marks.length) authorFootnotedReports(footnotes, marks, author.key === SG_KEY ? 'Secretary-General' : author.name);
  }
}

const REPORT_WORD = 'report';
const PREPARED_BY_THE = ' prepared by the ';
const STUDY_OF_THE = ' study of the ';
const PRESENTED_BY_THE = ' presented by the ';
/** Right before a body's name: the words that make it the author of the report(s) the next mark footnotes ("the interim report of
 *  the ", "the reports of the ", "the latest report to the Human Rights Council of the "), or the document it prepared ("the working
 *  paper prepared by the Secretariat on Anguilla2", A/RES/79/100 PP2 and every Territory's text; "the note by the Secretariat11",
 *  A/RES/80/160 PP20); the report's date may stand before its author ("the report of 6 April 2020 of the United Nations Board of
 *  Inquiry 9", A/RES/78/222 PP33), or the document its author presented ("the policy brief presented by the Secretary-General in
 *  July 2023,2", A/RES/78/79 PP10, the month it came out between the name and the mark: BODY_REPORT_TO_MARK_RE), or a study
 *  ("the comprehensive study of the Group of Independent Eminent Experts on the Implementation of the Durban Declaration and
 *  Programme of Action;19", A/RES/80/193 OP43; every "study of the" in corpus-ga names its author). */
const REPORT_OF_LEAD_RE =
  /\b(reports?|study)(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?(?:\s+to\s+the\s+(?:Human\s+Rights\s+Council|General\s+Assembly))?\s+of\s+the\s+$|\b(?:the|a)\s+(?:working\s+paper|report|note|study|policy\s+brief)\s+(?:prepared|presented)\s+by\s+the\s+$|\bthe\s+note\s+by\s+the\s+$/;
/** Between a body's name and its report's mark: nothing, its subject ("on ..."), the session it covers, where it went ("to the
 *  General Assembly"), the period it covers ("for the period from 1 September 2023 to 31 August 2024", A/RES/79/89 PP2), when it
 *  came out ("... presented by the Secretary-General in July 2023,2", A/RES/78/79 PP10), the year
 *  or period it covers ("the report of the Special Committee on the Situation ... for 2025,1", every Fourth Committee text; "the
 *  report of the International Criminal Court for 2022/23;1", A/RES/78/6 OP1; "... of the International Atomic Energy Agency for
 *  2023,1"), what is in it ("the report of the Open-ended Working Group and the recommendations contained therein,2", A/RES/78/24
 *  PP8), the part and year of an annual report ("the High Commissioner’s annual report (part II) of 2018,11", A/RES/78/185 OP4), a subject
 *  holding a list of single words ("... on uniting our strengths for peace: politics, partnership and people, 4", "... on fraud
 *  prevention, detection and response in United Nations system organizations6", A/RES/80/160 PP17, PP18; not ", and calls upon"),
 *  the body's own making ("the Group of Legal Experts established by the Secretary-General pursuant to its resolution 59/3009",
 *  PP20: the footnote a symbol, reportsFootnote), or a
 *  modifier of the report (MODIFIER_TO_MARK_RE: "submitted pursuant to ...", "issued in accordance with ...", "which
 *  highlights ..."). */
const BODY_REPORT_TO_MARK_RE =
  /^(?:\s+\(part\s+[IVX]{1,4}\)(?:\s+of\s+(?:19|20)\d\d)?|\s+on\s+[^,;()“”"]{1,200}?(?:,\s[a-z][\w-]*(?:\s+and\s+[a-z][\w-]*[^,;()“”"]{0,160}?)?)*|\s+established\s+by\s+the\s+[^,;()“”"]{1,160}?|,?\s+(?:(?:submitted|presented)\s+)?to\s+the\s+(?:General\s+Assembly|Human\s+Rights\s+Council)(?:\s+at\s+its\s+[a-z]+(?:-[a-z]+)?\s+sessions?)?|,?\s+for\s+the\s+period\s+from\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?\s+to\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|\s+for\s+(?:the\s+(?:year|period|biennium)\s+)?(?:19|20)\d\d(?:[–-]\d{4}|\/\d\d)?|\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|\s+and\s+the\s+recommendations\s+contained\s+therein)?[\s”"’*_,.;]{0,4}$/;
/** "..., as well as that of the ": a second body's report, the noun printed once before ("the report of the Secretary-General
 *  ...,1 as well as that of the United Nations Conciliation Commission for Palestine for the period ...,2", A/RES/79/89 PP2) */
const THAT_OF_LEAD_RE = /\b(?:as\s+well\s+as|and)\s+(that|those)\s+of\s+the\s+$/;
/** the report(s) "that"/"those" stands for, earlier in the clause, no other plain noun it could stand for between ("its relevant
 *  resolutions, as well as those of the Human Rights Council": a cited one, "its resolution 78/75", may stand there) */
const REPORT_NOUN_BEFORE_RE =
  /\breports?\s+(?:of|by)\s+the\s(?:(?!\b(?:resolutions?(?!\s+\d)|decisions?(?!\s+\d)|declarations?|statements?|letters?|notes?|recommendations|conclusions|views|efforts|work|activities)\b)[^;]){0,300}$/;
/** THAT_OF_LEAD_RE's match as REPORT_OF_LEAD_RE's would be (group 1 the report word), when the clause printed that word before it */
function thatOfLead(text: string, before: string, at: number): RegExpExecArray | null {
  if (!before.includes(' of the ')) return null;
  const lead = THAT_OF_LEAD_RE.exec(before);
  if (lead === null) return null;
  const leadAt = at - lead[0].length;
  if (!REPORT_NOUN_BEFORE_RE.test(text.slice(Math.max(0, leadAt - 320), leadAt))) return null;
  lead[1] = lead[1] === 'that' ? 'report' : 'reports';
  return lead;
}
/** A plural report's gap that opens a list of its subjects: " on the United Nations," */
const LISTED_SUBJECTS_OPEN_RE = /^\s+on\s+the\s+[^,;:]{1,160}?,?\s*$/;
/** After a listed subject's mark, the next subject of the same reports: " the International Trade Centre,", " and the United Nations
 *  Joint Staff Pension Fund," (A/RES/80/231 PP3, 78/242, 79/245: every report listed is the Board of Auditors', on the body named) */
const NEXT_LISTED_SUBJECT_RE = /^[\s,]*(?:and\s+)?the\s+[^,;:]{1,160}?[\s,]*$/;
/** a document noun: the list has moved on to another document ("the note by the Secretary-General transmitting ...") */
const REPORT_NOUN_RE = /\b(?:reports?|notes?|letters?|statements?|summary)\b/;
/** After a body's name: its possessive and the report(s) ("’s latest reports", "’s report"; group 1 the report word) */
const POSSESSIVE_REPORTS_RE = /^(?:[’']s)?\s+(?:(?:latest|most\s+recent|recent|annual|final|interim|last|progress|thematic)\s+){0,2}(reports?)\b/;
/** "further noting the Special Rapporteur’s latest reports, 19" (A/RES/80/211 PP43, "19 A/80/212 and A/79/334."): the body's name
 *  (its mention may hold the "’s") owns the reports the next mark footnotes */
function possessiveReports(text: string, a: EntityMention): RegExpExecArray | null {
  const c = text.charCodeAt(a.end - 2);
  const owned = text.charCodeAt(a.end - 1) === 115 /* s */ && (c === 0x2019 || c === 39);
  if (!owned && !((text.charCodeAt(a.end) === 0x2019 || text.charCodeAt(a.end) === 39) && text.charCodeAt(a.end + 1) === 115)) return null;
  return POSSESSIVE_REPORTS_RE.exec(text.slice(a.end, a.end + 60));
}
/** After a plural's first mark, the next of the sessions its reports went to: " and fifty-third", " sessions and to the General
 *  Assembly at its seventy-seventh", " and seventy-eighth sessions;" */
const NEXT_SESSION_MARK_RE = /^\s*(?:sessions?\s*,?\s+)?and\s+(?:(?:submitted\s+)?to\s+the\s+(?:General\s+Assembly|Human\s+Rights\s+Council|Council)\s+at\s+its\s+)?[a-z]+(?:-[a-z]+)?(?:\s+sessions?)?[\s,;.]*$/;
/** After a listed author's mark, the next author of the same "reports of": ",37 the ...", "38 and the ...", ", 30 and of the ...",
 *  ",18 as well as the ..." */
const NEXT_LISTED_AUTHOR_RE = /^[\s,]*(?:and\s+(?:of\s+)?|as\s+well\s+as\s+(?:of\s+)?)?the\s+$/;
/** Before "report of the": a document that is not the body's report but carries or sums it up (a note by the Secretary-General
 *  "transmitting the report of the United Nations Educational, Scientific and Cultural Organization;11", A/RES/78/161 OP1; "the
 *  notes by the Secretary-General drawing attention to the reports of the Joint Inspection Unit,8", 80/242 PP5; "the summary by
 *  the Secretary-General of the report of the Board of Inquiry12", 78/73 PP43): whose the footnoted document is, the text leaves open. */
const CARRIED_REPORT_BEFORE_RE = /\b(?:transmitting|drawing\s+attention\s+to|summary\b[^;,]{0,60}\bof)\s+(?:the|its|all)\s+(?:[\w-]+\s+){0,2}$/;
/** A footnote that cites reports by their symbols ("A/78/302.", "See A/76/264, A/77/270 and A/78/254.", "A/HRC/53/59; see also
 *  A/78/545.": the recent reports of A/RES/78/78 PP11) or by an Official Records supplement. */
function reportsFootnote(note: string): boolean {
  let symbols = note.includes('; see also ') ? note.replace(SEE_ALSO_RE, ' and ') : note;
  if (symbols.includes('ibid., ')) symbols = withoutIbidSupplements(symbols);
  if (symbols.includes('), annex')) symbols = symbols.replace(ANNEX_LOCATOR_RE, ').');
  return !symbols.includes(';') && (SYMBOL_FOOTNOTE_RE.test(symbols) || OFFICIAL_RECORDS_REPORT_RE.test(symbols) || IBID_SUPPLEMENT_RE.test(symbols));
}
/** The next whole supplement or volume of the Official Records the footnote before cited: "Ibid., vol. III (A/80/5 (Vol. III)).",
 *  "Ibid., Supplement No. 5A (A/80/5/Add.1)." (A/RES/80/231 PP3: the Board of Auditors' reports, one mark each) */
const IBID_SUPPLEMENT_RE =
  /^Ibid\.,\s+(?:(?:[A-Z][a-z]+(?:-[a-z]+)?\s+(?:Special\s+)?Session|\d{4}),\s+)?(?:Supplement\s+No\.\s+\d{1,3}[A-Z]?(?:,\s+vol\.\s+[IVX]{1,4})?|vol\.\s+[IVX]{1,4})(?:\s+and\s+(?:corrigendum|addendum))?\s+\([^()]{4,60}?(?:\s\(Vol\.\s+[IVX]{1,4}\))?\)\.?\s*$/;
/** a second text named in a footnote that cites one report by its symbol or supplement (oneReportFootnote) */
const AND_WORD_RE = /\band\b/;
const SEE_ALSO_RE = /;\s+see\s+also\s+(?=[A-Z][A-Z0-9]{0,9}\/)/g;
/**
 * An annex of the report the words name, after its supplement: "Official Records ..., Forty-eighth Session, Supplement No. 42
 * (A/48/42), annex II, sect. III.A." with "the ways and means ... set out in the report of the Disarmament Commission on its 1993
 * session; 1" (A/RES/78/38 OP3, 79/27, 80/42): the symbol is still the body's report (OFFICIAL_RECORDS_REPORT_RE, shared with the
 * readers of a whole report, keeps annexes out). Not an annex that names what it holds ("annex I, decision SS.XI/9").
 */
const ANNEX_LOCATOR_RE = /\),\s+annex(?:\s+[IVX]{1,4})?(?:,\s+sect\.\s+[IVX]{1,4}(?:\.[A-Z])?)?\.?\s*$/;
/** The further whole supplements after a first: "; and ibid., Supplement No. 53A (A/80/53/Add.1)", "; ibid., 2012, Supplement No. 11
 *  and corrigendum (E/2012/31 and E/2012/31/Corr.1); ... and ibid., 2023, Supplement No. 11 (E/2023/31)." (not a part of one:
 *  "ibid., ..., Supplement No. 53A (A/68/53/Add.1), chap. III" is an instrument inside it) */
const IBID_SUPPLEMENTS_TAIL_RE =
  /(?:;\s+(?:and\s+)?ibid\.,\s+(?:(?:[A-Z][a-z]+(?:-[a-z]+)?\s+(?:Special\s+)?Session|\d{4}),\s+)?Supplement\s+No\.\s+\d{1,3}[A-Z]?(?:\s+and\s+(?:corrigendum|addendum))?\s+\([^()]{4,80}\))+\.?\s*$/;
/**
 * A body's reports footnoted as one supplement after another: "Official Records of the General Assembly, Eightieth Session,
 * Supplement No. 53 (A/80/53); and ibid., Supplement No. 53A (A/80/53/Add.1)." (the Human Rights Council's report and its addendum,
 * A/RES/80/189 PP4, 78/186, 79/157; UNRWA's, 78/73, 80/78), "...; and ibid., 2023, Supplement No. 11 (E/2023/31)." (the reports of
 * the Commission on Science and Technology for Development on its fourteenth to twenty-sixth sessions, A/RES/78/160 PP8, 80/147):
 * the first supplement alone, which reportsFootnote reads (every document the footnote cites is then the body's).
 */
function withoutIbidSupplements(note: string): string {
  const tail = IBID_SUPPLEMENTS_TAIL_RE.exec(note);
  return tail ? `${note.slice(0, tail.index)}.` : note;
}
/**
 * "Takes note of the report of the Special Rapporteur on contemporary forms of racism, ..., prepared in accordance with the
 * request contained in its resolution 77/204;11" (A/RES/78/190 OP3), "takes note of the reports of the Special Rapporteur,24"
 * (78/189 OP1), "Takes note of the report of the Working Group on its twenty-sixth session;16" (80/207 OP6), "the reports of
 * the Special Rapporteur on the human rights of migrants submitted to the Council at its fiftieth 33 and fifty-third34 sessions
 * and to the General Assembly at its seventy-seventh35 and seventy-eighth sessions;36" (78/180 OP4), "the most recent reports
 * of the Special Representative of the Secretary-General on Violence against Children,36 the Special Representative ... for
 * Children and Armed Conflict,37 the Special Rapporteur on ...38 and the Special Rapporteur on ...,39" (78/187 PP20): the
 * documents each mark's footnote cites are the reports of the body named right before it, its author the body's name as the
 * Organization node has it (the same string in every file). Not where another cited thing stands between the name and the mark,
 * nor a report that is another one's subject ("the implications arising from the report of ..."), nor a report still to come.
 */
function authorReportsOfBodies(paragraph: ParagraphText, body: readonly EntityMention[], footnotes: EntityMention[], ctx: RecognizeContext): void {
  const text = paragraph.text;
  const refs = paragraph.footnoteRefs;
  // the mark after which a listed author may follow, and the report word of its list
  let listMarkEnd = -1;
  let listWord = '';
  for (const a of body) {
    if (a.kind !== 'Organization' || a.nested || a.start < 14) continue;
    const before = text.slice(Math.max(0, a.start - 60), a.start);
    const lead = REPORT_OF_LEAD_RE.exec(before) ?? thatOfLead(text, before, a.start);
    const owned = lead ? null : possessiveReports(text, a);
    // where the gap to the mark starts: after the body's name, or after "’s latest reports"
    const from = owned ? a.end + owned[0].length : a.end;
    let word: string;
    if (owned) word = owned[1]!;
    else if (lead) {
      // (no report word captured: one document "prepared by the" body)
      word = lead[1] ?? 'report';
      const leadAt = a.start - lead[0].length;
      const ahead = text.slice(Math.max(0, leadAt - 160), leadAt);
      if (SUBJECT_OF_OTHER_RE.test(ahead) || CARRIED_REPORT_BEFORE_RE.test(ahead) || FUTURE_BEFORE_RE.test(text.slice(Math.max(0, leadAt - 40), leadAt))) continue;
    } else if (listMarkEnd >= 0 && listMarkEnd <= a.start && (listWord === 'reports' || /\bof\s+the\s+$/.test(before)) && NEXT_LISTED_AUTHOR_RE.test(text.slice(listMarkEnd, a.start))) {
      word = listWord;
    } else continue;
    listMarkEnd = -1;
    // (the words inside a quoted title, whose mark is the title's: "Welcoming the adoption ... of the “Recommendations ..., in
    // accordance with the recommendations set out in the report of the Group of Governmental Experts on ...”,5" with "5 ...,
    // Supplement No. 42 (A/78/42), annex.", A/RES/78/52 PP13: the Disarmament Commission's report)
    if (text.lastIndexOf('“', a.start) > text.lastIndexOf('”', a.start)) continue;
    // (a report cited by its title or subject is its own mention, its author set there)
    if (body.some((o) => o.kind === 'Document' && o.start < a.end && o.end > a.start - 20)) continue;
    const first = refs.find((r) => r.offset >= from);
    if (first?.footnote === undefined || first.offset - from > 300) continue;
    const gap = text.slice(from, first.offset);
    if (body.some((o) => o !== a && !o.nested && CITABLE_BY_SYMBOL.has(o.kind) && o.start >= from && o.start < first.offset)) continue;
    const masked = body.some((o) => o !== a && o.kind !== 'Date' && o.start >= from && o.start < first.offset) ? maskedGap(text, from, first.offset, body, a) : gap;
    // (the gap as printed too: "the reports of the Special Rapporteur to the General Assembly21", A/RES/79/176 OP22)
    if (
      (!BODY_REPORT_TO_MARK_RE.test(masked) && !BODY_REPORT_TO_MARK_RE.test(gap) && !MODIFIER_TO_MARK_RE.test(masked) && !SUBJECT_THEN_SUBMITTED_TO_MARK_RE.test(masked)) ||
      OTHER_CITED_RE.test(masked)
    )
      continue;
    const author = a.key === SG_KEY ? 'Secretary-General' : a.name;
    const marks: { offset: number; mark: string }[] = [];
    // ("the reports of the Board of Auditors on the United Nations,1 the International Trade Centre,2 ...": the reports' subjects listed)
    const subjectsListed = word === 'reports' && LISTED_SUBJECTS_OPEN_RE.test(gap);
    let r = first;
    for (let i = refs.indexOf(first); ; ) {
      if (!reportsFootnote(r.footnote!.text)) break;
      marks.push(r);
      // (a list goes on with the next author only after one whose name ran to its mark: after "the reports of the Board of
      // Auditors on the United Nations,1 the International Trade Centre,2 ..." (A/RES/78/242 PP3) the names are the subjects)
      listMarkEnd = TITLE_TO_MARK_RE.test(gap) ? r.offset + r.mark.length : -1;
      listWord = word;
      // (a plural's reports to several sessions, each its mark)
      const next = refs[++i];
      if (word !== 'reports' || next?.footnote === undefined) break;
      const between = text.slice(r.offset + r.mark.length, next.offset);
      if (!NEXT_SESSION_MARK_RE.test(between) && !(subjectsListed && NEXT_LISTED_SUBJECT_RE.test(between) && !OTHER_CITED_RE.test(between) && !REPORT_NOUN_RE.test(between))) break;
      r = next;
    }
    if (marks.length) authorFootnotedReports(footnotes, marks, author);
    if (subjectsListed && marks.length > 1) rememberListedSubjects(ctx, paragraph, a, from, marks, footnotes);
  }
}

const TRANSMITTING = ' transmitting his ';
/** right before the Secretary-General's name: "the note by the " (group 0) */
const NOTE_BY_THE_RE = /\bnotes?\s+by\s+the\s+$/;
/** how far after the name the note's mark may stand */
const TRANSMITTED_WITHIN = 300;
const END_SEMICOLON_RE = /;\s*$/;
/**
 * "Having considered ... the note by the Secretary-General transmitting his comments and those of the United Nations System Chief
 * Executives Board for Coordination thereon,5" (A/RES/79/281 PP; 78/243): the mark ending what the note transmits footnotes the
 * note, and what it transmits is his own: the Secretary-General's document. Not a note transmitting another's text ("the note by
 * the Secretary-General transmitting the report of the United Nations Educational, Scientific and Cultural Organization; 11",
 * A/RES/78/161 OP1; "... the concise summary of the principal findings ... of the Board of Auditors ...,18", A/RES/80/231 PP3):
 * whose that document is, the note's or the report's, is left open (aud36a). Only the first mark after the name, within a
 * sentence part (no semicolon before it but the one ending the paragraph).
 */
function authorTransmittingNotes(paragraph: ParagraphText, body: readonly EntityMention[], footnotes: EntityMention[]): void {
  const text = paragraph.text;
  for (const a of body) {
    if (a.key !== SG_KEY || !text.startsWith(TRANSMITTING, a.end) || !NOTE_BY_THE_RE.test(text.slice(Math.max(0, a.start - 20), a.start))) continue;
    const r = paragraph.footnoteRefs.find((x) => x.offset >= a.end);
    // (the semicolon that ends the paragraph may stand before the mark: "... Organization; 11")
    if (r?.footnote === undefined || r.offset - a.end > TRANSMITTED_WITHIN || text.slice(a.end, r.offset).replace(END_SEMICOLON_RE, '').includes(';')) continue;
    if (!reportsFootnote(r.footnote.text)) continue;
    authorFootnotedReports(footnotes, [r], 'Secretary-General');
  }
}

/** the cheap gate of linkSgNotes */
const BY_THE_SG = ' by the Secretary-General';
/** right before the Secretary-General's name: one note ("the note by the ") */
const ONE_NOTE_BY_THE_RE = /\bnote\s+by\s+the\s+$/;
/** ... several ("the notes by the "), and where the words start (group 0) */
const NOTES_BY_THE_RE = /\bnotes\s+by\s+the\s+$/;
/** after the name, the plural words name the notes themselves: "Takes note of the notes by the Secretary-General." */
const NOTES_ALONE_AFTER_RE = /^\s*(?:[;.]|$)/;
/** after the name, a note's subject: "on the report of the Unit for 2024" (group 1) */
const NOTE_ON_RE = /^\s+on\s+/;
/** in the gap between a note's author and a mark, another cited document joined to it: the mark may be that one's */
const JOINED_DOCUMENT_RE = /\b(?:and|as\s+well\s+as)\s+(?:(?:of|to|also)\s+)?(?:the\s+|its\s+|his\s+)?(?:[\w’'-]+\s+){0,3}?(?:reports?|notes?|letters?|documents?|statements?|summary)\b/;
/** a quoted title in the gap (its words are the title's, not a list's: "... on the reports and recommendations of ...") */
const QUOTED_TITLE_RE = /“[^”]*”/g;
interface SgNotes {
  /** subject as printed after "on", normalised, -> symbol ('' when two notes had it) */
  subjects: Map<string, string>;
  /** the notes of the last preambular paragraph that footnoted any, in order */
  last: string[];
}
const sgNotesOf = new WeakMap<RecognizeContext, SgNotes>();
/**
 * A note by the Secretary-General footnoted with its symbol where the preamble considers it, named again without a mark:
 * "Having considered ... the note by the Secretary-General on the report of the Unit for 2024,3" ("3 A/79/742.") then
 * "2. Takes note of the note by the Secretary-General on the report of the Unit for 2024;" (A/RES/79/281 OP2, 78/276 OP2):
 * the same note, by its subject; "Having considered the note by the Secretary-General drawing attention to the report of the
 * Joint Inspection Unit entitled “...”4 and the note by the Secretary-General transmitting his comments ... thereon,5" then
 * "Takes note of the notes by the Secretary-General." (A/RES/79/281 section II): the notes the last such preambular paragraph
 * footnoted, when it footnoted two or more. A note's mark is the first after the name, in the same sentence part, with no other
 * document joined before it, and its footnote one document (with its addenda). Adds the Document mention over the word
 * "note(s)" (kept in text order).
 */
function linkSgNotes(paragraph: ParagraphText, body: EntityMention[], footnotes: readonly EntityMention[], ctx: RecognizeContext): void {
  const text = paragraph.text;
  let state = sgNotesOf.get(ctx);
  let own: string[] | undefined;
  let added: EntityMention[] | undefined;
  for (const a of body) {
    if (a.key !== SG_KEY) continue;
    const before = text.slice(Math.max(0, a.start - 20), a.start);
    const one = ONE_NOTE_BY_THE_RE.exec(before);
    const several = one ? null : NOTES_BY_THE_RE.exec(before);
    if (!one && !several) continue;
    const r = paragraph.footnoteRefs.find((x) => x.offset >= a.end);
    const gap = r === undefined ? '' : text.slice(a.end, r.offset).replace(END_SEMICOLON_RE, '');
    const marked = r?.footnote !== undefined && r.offset - a.end <= TRANSMITTED_WITHIN && !gap.includes(';');
    if (marked && one) {
      // remember the note the mark footnotes
      if (JOINED_DOCUMENT_RE.test(gap.replace(QUOTED_TITLE_RE, 'T')) || r.footnote!.text.includes(';')) continue;
      const cited = footnotes.filter((f) => f.footnote?.offset === r.offset && f.footnote.mark === r.mark && (f.kind === 'Document' || f.kind === 'Resolution'));
      const symbol = oneDocument(cited);
      if (symbol === undefined) continue;
      if (state === undefined) sgNotesOf.set(ctx, (state = { subjects: new Map(), last: [] }));
      const on = NOTE_ON_RE.exec(gap);
      if (on) {
        const key = normaliseTitle(gap.slice(on[0].length).replace(/[\s”"’*_,.:]+$/, ''));
        const known = state.subjects.get(key);
        state.subjects.set(key, known === undefined || known === symbol ? symbol : '');
      }
      if (paragraph.kind === 'preambular') (own ??= []).push(symbol);
      continue;
    }
    if (state === undefined || paragraph.kind !== 'operative' || (r !== undefined && r.offset - a.end <= TRANSMITTED_WITHIN && !gap.includes(';'))) continue;
    const noun = one ?? several!;
    const start = a.start - before.length + noun.index;
    const end = start + (one ? 4 : 5);
    if (body.some((o) => o.kind === 'Document' && o.start < a.start && o.end > start)) continue;
    let symbols: string[] = [];
    if (several) {
      if (NOTES_ALONE_AFTER_RE.test(text.slice(a.end, a.end + 3)) && state.last.length > 1) symbols = state.last;
    } else {
      const on = NOTE_ON_RE.exec(text.slice(a.end, a.end + 8));
      if (on) {
        const rest = normaliseTitle(text.slice(a.end + on[0].length, a.end + on[0].length + 300).split(/[;]/)[0]!.replace(/[\s”"’*_,.:]+$/, ''));
        const known = state.subjects.get(rest);
        if (known) symbols = [known];
      }
    }
    for (const symbol of symbols) {
      (added ??= []).push({ kind: 'Document', key: nodeKey('Document', symbol), name: symbol, attrs: { symbol }, phrase: text.slice(start, end), start, end });
    }
  }
  if (own !== undefined) state!.last = own;
  if (added === undefined) return;
  for (const d of added) {
    let k = body.length;
    while (k > 0 && body[k - 1]!.start > d.start) k--;
    body.splice(k, 0, d);
  }
}

/** "reports of " and a day's number: the reports listed by their dates (a cheap gate; the regex below says the rest) */
const REPORTS_OF_THE_DATES = 'reports of ';
const REPORTS_OF_A_DAY_RE = /\breports of \d/;
/** Right before a body's name: its reports listed by their dates, each with its mark, then "of the " (group 1: from the first date on) */
const DATED_REPORTS_LEAD_RE = /\breports\s+of\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}[\s,]*\d{1,3},?(?:\s+(?:and\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}[\s,]*\d{1,3},?){1,8})\s+of\s+the\s+$/;
/**
 * "... and the reports of 18 October 2022,20 15 March 202321 and 19 October 2023 22 of the Independent International Commission of
 * Inquiry on Ukraine pursuant to Human Rights Council resolution 49/1," (A/RES/78/221 PP19): each date's mark footnotes one of the
 * body's reports, printed before its name; their author is the body (as authorReportsOfBodies gives a report whose mark follows
 * the name). Only the marks inside the dated list, each footnote a report's symbol.
 */
function authorDatedReports(paragraph: ParagraphText, body: readonly EntityMention[], footnotes: EntityMention[]): void {
  const text = paragraph.text;
  for (const a of body) {
    if (a.kind !== 'Organization' || a.nested || a.start < 40) continue;
    const lead = DATED_REPORTS_LEAD_RE.exec(text.slice(Math.max(0, a.start - 200), a.start));
    if (!lead) continue;
    const from = a.start - lead[0].length + lead[0].indexOf(lead[1]!);
    const marks = paragraph.footnoteRefs.filter((r) => r.footnote !== undefined && r.offset > from && r.offset < a.start);
    if (marks.length < 2 || !marks.every((r) => reportsFootnote(r.footnote!.text))) continue;
    authorFootnotedReports(footnotes, marks, a.key === SG_KEY ? 'Secretary-General' : a.name);
  }
}

/** One listed subject of a body's reports, between the mark before (or "on") and its own: " on the United Nations,", " and the
 *  United Nations Joint Staff Pension Fund," (group 1). */
const LISTED_SUBJECT_WORDS_RE = /^[\s,]*(?:and\s+|on\s+)?(the\s+[^,;:“”]{1,160}?)[\s,;.”"’*_]*$/;
/**
 * "the reports of the Board of Auditors on the United Nations,1 the International Trade Centre,2 ... the International Residual
 * Mechanism for Criminal Tribunals 16 and the United Nations Joint Staff Pension Fund,17" (A/RES/80/231 PP3, 79/245, 78/242), then
 * "4. Decides to consider further the report of the Board of Auditors on the International Residual Mechanism for Criminal
 * Tribunals under the agenda item ..." (OP4, OP5): each listed subject with its mark's symbol, remembered for the author as a
 * marked "report of the <author> on <subject>" is (linkAuthorSubjectReports links the later bare words).
 */
function rememberListedSubjects(
  ctx: RecognizeContext,
  paragraph: ParagraphText,
  author: EntityMention,
  from: number,
  marks: readonly { offset: number; mark: string }[],
  footnotes: readonly EntityMention[],
): void {
  const text = paragraph.text;
  rememberPluralOfAuthor(ctx, paragraph.id, author.key, marks, footnotes);
  let known = authorSubjectsOf.get(ctx);
  if (!known) authorSubjectsOf.set(ctx, (known = new Map()));
  let ofAuthor = known.get(author.key);
  if (!ofAuthor) known.set(author.key, (ofAuthor = new Map()));
  let start = from;
  for (const r of marks) {
    const words = LISTED_SUBJECT_WORDS_RE.exec(text.slice(start, r.offset));
    start = r.offset + r.mark.length;
    const symbol = oneDocument(footnotes.filter((f) => f.kind === 'Document' && f.footnote?.offset === r.offset && f.footnote.mark === r.mark));
    if (words === null || symbol === undefined) continue;
    const subject = normaliseTitle(words[1]!);
    const before = ofAuthor.get(subject);
    ofAuthor.set(subject, before === undefined || before === symbol ? symbol : '');
  }
}

/**
 * Per resolution: for each author (an Organization's key), the documents of its reports listed by subject under one plural
 * ("the reports of the Board of Auditors on the United Nations,1 ... and the United Nations Joint Staff Pension Fund,17"), with
 * the paragraph that listed them; symbols null once a second paragraph listed a set of them.
 */
const authorPluralReportsOf = new WeakMap<RecognizeContext, Map<string, { paragraph: string; symbols: string[] | null }>>();
function rememberPluralOfAuthor(ctx: RecognizeContext, paragraph: string, author: string, marks: readonly { offset: number; mark: string }[], footnotes: readonly EntityMention[]): void {
  const symbols: string[] = [];
  for (const f of footnotes) {
    if (f.kind !== 'Document' || typeof f.attrs.symbol !== 'string' || symbols.includes(f.attrs.symbol)) continue;
    if (marks.some((r) => f.footnote?.offset === r.offset && f.footnote.mark === r.mark)) symbols.push(f.attrs.symbol);
  }
  let known = authorPluralReportsOf.get(ctx);
  if (!known) authorPluralReportsOf.set(ctx, (known = new Map()));
  const before = known.get(author);
  if (before === undefined) known.set(author, { paragraph, symbols });
  else if (before.paragraph !== paragraph) known.set(author, { paragraph, symbols: null });
  else if (before.symbols) for (const s of symbols) if (!before.symbols.includes(s)) before.symbols.push(s);
}

/**
 * "1. Takes note of the audit opinions and findings, and endorses the recommendations, contained in the reports of the Board of
 * Auditors;" (A/RES/80/231 OP1; 79/245, 78/242) after PP3 listed them by subject, each with its footnote ("the reports of the
 * Board of Auditors on the United Nations,1 the International Trade Centre,2 ..."): the later bare plural words, no subject after
 * them, are all of those documents. The author keeps its own verb relation (as in linkBareOtherAuthors). Not the listing
 * paragraph's own words, nor words with a subject or period after them ("the reports of the Board of Auditors for the annual
 * financial period 2024": BARE_AFTER_RE), nor a report still to come.
 */
function linkBarePluralOfAuthors(paragraph: ParagraphText, body: EntityMention[], known: ReadonlyMap<string, { paragraph: string; symbols: string[] | null }>): void {
  const text = paragraph.text;
  if (!textIncludes(text, REPORTS_OF_THE)) return;
  for (let i = 0; i < body.length; i++) {
    const a = body[i]!;
    if (a.kind !== 'Organization' || a.nested || a.start < REPORTS_OF_THE.length || !text.startsWith(REPORTS_OF_THE, a.start - REPORTS_OF_THE.length)) continue;
    const state = known.get(a.key);
    if (!state?.symbols || state.paragraph === paragraph.id) continue;
    const at = a.start - REPORTS_OF_THE.length;
    // (the reports listed by ordinal before: "by the first and second annual progress reports of the ...", A/RES/78/16 PP15)
    const before = text.slice(Math.max(0, at - 80), at).replace(LISTED_ORDINALS_END_RE, '');
    const after = text.slice(a.end, a.end + 20);
    if (!BARE_AFTER_RE.test(after) || !BARE_BEFORE_RE.test(before) || FUTURE_BEFORE_RE.test(before) || FUTURE_AFTER_RE.test(after)) continue;
    if (PREVIOUSLY_BEFORE_RE.test(text.slice(Math.max(0, at - 80), at))) continue;
    if (body.some((o) => o.start < a.end && at < o.end && o.kind !== 'Organization')) continue;
    const phrase = text.slice(at, a.end);
    let k = body.length;
    while (k > 0 && body[k - 1]!.start > at) k--;
    body.splice(k, 0, ...state.symbols.map((symbol): EntityMention => ({ kind: 'Document', key: nodeKey('Document', symbol), name: symbol, attrs: { symbol }, phrase, start: at, end: a.end })));
    i += state.symbols.length;
  }
}

const IN_HIS_REPORT = 'in his report';
const IN_HER_REPORT = 'in her report';
/**
 * "8. Notes that in his report the Secretary-General urged Member States ..." (A/RES/80/130 OP8; 79/200, 78/143), after PP11
 * footnoted "the report of the Secretary-General,6" ("6 A/80/347."): the pronoun's report is the one the resolution knows. Only
 * with the Secretary-General printed at once after the words ("in his report of 5 October 2017", "include in his report
 * recommendations" name another or a future one); the Secretary-General stays a mention of its own (the one who urged).
 */
function linkPronounReportsOfSg(text: string, known: string, body: EntityMention[]): void {
  PRONOUN_REPORT_BEFORE_SG_RE.lastIndex = 0;
  for (let m = PRONOUN_REPORT_BEFORE_SG_RE.exec(text); m; m = PRONOUN_REPORT_BEFORE_SG_RE.exec(text)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const end = at + m[1]!.length;
    if (body.some((o) => o.start < end && at < o.end)) continue;
    const mention: EntityMention = { kind: 'Document', key: nodeKey('Document', known), name: known, attrs: { symbol: known }, phrase: text.slice(at, end), start: at, end };
    let k = body.length;
    while (k > 0 && body[k - 1]!.start > at) k--;
    body.splice(k, 0, mention);
  }
}

/** ordinals listed before a plural report's noun, and its kind: "first and second annual progress " */
const LISTED_ORDINALS_END_RE = /\b(?:first|second|third|fourth|fifth)(?:(?:,\s+|,?\s+and\s+)(?:first|second|third|fourth|fifth))+\s+(?:annual\s+)?(?:progress\s+)?$/;
const PREPARED_BY_SG = ', prepared by the Secretary-General';
/** "the report on <subject>" right before ", prepared by the Secretary-General" (the subject: no comma, quote or semicolon) */
const REPORT_ON_PREPARED_BY_SG_RE = /\bthe\s+(report\s+on\s+[^;,“”]{1,300}?)(?=, prepared by the Secretary-General\b)/g;
/**
 * "1. Welcomes the report on the proposal for a United Nations programme of action ..., prepared by the Secretary-General on the
 * basis of the views expressed by States, pursuant to General Assembly resolution 77/37" (A/RES/78/16 OP1, after PP21 footnoted
 * "the report of the Secretary-General submitted pursuant to General Assembly resolution 77/37,4", "4 A/78/76."): the report of
 * the Secretary-General the resolution knows, its author named as its preparer (nested, no verb relation).
 */
function linkReportsPreparedBySg(text: string, known: string, body: EntityMention[]): void {
  REPORT_ON_PREPARED_BY_SG_RE.lastIndex = 0;
  for (let m = REPORT_ON_PREPARED_BY_SG_RE.exec(text); m; m = REPORT_ON_PREPARED_BY_SG_RE.exec(text)) {
    const at = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    // (an instrument named inside the subject is what the report is about, a mention of its own with the clause's verb: "the
    // report on the proposal for a United Nations programme of action to advance responsible State behaviour ...", A/RES/78/16 OP1)
    if (FUTURE_BEFORE_RE.test(text.slice(Math.max(0, at - 40), at)) || body.some((o) => o.start < end && at < o.end && o.kind !== 'Organization' && !(o.kind === 'Framework' && o.start > at && o.end <= end))) continue;
    nestAuthors(body, at, end + PREPARED_BY_SG.length);
    const mention: EntityMention = { kind: 'Document', key: nodeKey('Document', known), name: known, attrs: { symbol: known }, phrase: text.slice(at, end), start: at, end };
    let k = body.length;
    while (k > 0 && body[k - 1]!.start > at) k--;
    body.splice(k, 0, mention);
  }
}

const BARE_SG_REPORTS = 'reports of the Secretary-General';
/** Per resolution: the reports of the Secretary-General it footnoted together under the bare plural words; null once it did twice. */
const sgReportsOf = new WeakMap<RecognizeContext, { section: string; known: string[] | null }>();
/** Between the plural words and their mark: nothing, or the reports' subject ("on the budget performance for 2023 and ..., 1"). */
const PLURAL_GAP_RE = /^(?:\s+on\s[^;:()]{1,200}?)?[\s”"’*_,.]{0,4}$/;
/** A footnote of symbols only: "A/79/373 and A/79/555.", "A/80/412, A/80/412/Corr.1 and A/80/505." */
const SYMBOLS_FOOTNOTE_RE = /^[A-Z][A-Z0-9]{0,9}\/[^\s,;]+(?:(?:,| and) [A-Z][A-Z0-9]{0,9}\/[^\s,;]+?)+\.?$/;
/**
 * "Having considered the reports of the Secretary-General on the budget performance for 2023 and the proposed budget for
 * 2025,1" ("1 A/79/373 and A/79/555.") then "1. Takes note of the reports of the Secretary-General;" (A/RES/79/255,
 * A/RES/78/294 OP2): the later bare plural words name the same reports, the documents footnoted under them. A resolution
 * that footnoted two such sets, or a set with anything but symbols, leaves them alone.
 */
function linkBarePluralSg(paragraph: ParagraphText, body: EntityMention[], footnotes: EntityMention[], ctx: RecognizeContext): void {
  linkBarePlural(paragraph, body, footnotes, ctx, sgReportsOf, BARE_SG_REPORTS, '');
  // "Having considered the reports of the Secretary-General ...1 and the related reports of the Advisory Committee on
  // Administrative and Budgetary Questions,2" ("2 A/77/780 and A/78/803.") then "Endorses the conclusions and recommendations
  // contained in the reports of the Advisory Committee on Administrative and Budgetary Questions" (A/RES/78/308 OP4)
  linkBarePlural(paragraph, body, footnotes, ctx, acabqReportsOf, ACABQ_SHORT_REPORTS, ACABQ_REST);
}
const ACABQ_SHORT_REPORTS = 'reports of the Advisory Committee';
/** Per resolution: the reports of the Advisory Committee it footnoted together under the bare plural words, likewise. */
const acabqReportsOf = new WeakMap<RecognizeContext, { section: string; known: string[] | null }>();
function linkBarePlural(
  paragraph: ParagraphText,
  body: EntityMention[],
  footnotes: EntityMention[],
  ctx: RecognizeContext,
  reportsOf: WeakMap<RecognizeContext, { section: string; known: string[] | null }>,
  words: string,
  rest: string,
): void {
  const state = reportsOf.get(ctx);
  if (state === undefined && !paragraph.footnoteRefs.length) return;
  const text = paragraph.text;
  if (!textIncludes(text, words)) return;
  const first = text.indexOf(words);
  const wordsEnd = (at: number): number => (rest && restAt(text, at + words.length, rest) ? at + words.length + rest.length : at + words.length);
  const section = sectionOf(paragraph);
  // the paragraph's own set: the first mark after the words
  let own: string[] | null | undefined;
  const ownAt = new Set<number>();
  for (const r of paragraph.footnoteRefs) {
    if (!r.footnote || r.offset < first) continue;
    const at = text.lastIndexOf(words, r.offset);
    if (ownAt.has(at) || !PLURAL_GAP_RE.test(text.slice(wordsEnd(at), r.offset))) continue;
    if (paragraph.footnoteRefs.some((o) => o.offset > at && o.offset < r.offset)) continue;
    ownAt.add(at);
    const symbols: string[] = [];
    let others = false;
    for (const f of footnotes) {
      if (f.footnote?.offset !== r.offset || f.footnote.mark !== r.mark) continue;
      if (f.kind !== 'Document' || typeof f.attrs.symbol !== 'string') others = true;
      else if (!symbols.includes(f.attrs.symbol)) symbols.push(f.attrs.symbol);
    }
    own = own === undefined && !others && symbols.length > 1 && SYMBOLS_FOOTNOTE_RE.test(r.footnote.text.trim()) ? symbols : null;
  }
  let known: string[] | null | undefined;
  if (own !== undefined) {
    known = state === undefined || state.section !== section ? own : null;
    reportsOf.set(ctx, { section, known });
  } else known = state?.known;
  if (!known) return;
  for (let at = first; at >= 0; at = text.indexOf(words, at + words.length)) {
    if (ownAt.has(at)) continue;
    const end = wordsEnd(at);
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(end, end + 20);
    if (!BARE_AFTER_RE.test(after) || !BARE_BEFORE_RE.test(before) || FUTURE_BEFORE_RE.test(before) || FUTURE_AFTER_RE.test(after)) continue;
    if (body.some((o) => o.start < end && at < o.end && o.kind !== 'Organization')) continue;
    nestAuthors(body, at, end);
    let k = body.length;
    while (k > 0 && body[k - 1]!.start > at) k--;
    body.splice(k, 0, ...known.map((symbol): EntityMention => ({ kind: 'Document', key: nodeKey('Document', symbol), name: symbol, attrs: { symbol }, phrase: text.slice(at, end), start: at, end })));
  }
}

const REPORT_OF_THE = 'report of the ';
/** ... or its report by what it did: "Having considered the report on the activities of the Ethics Office,1" ("1 A/79/76."),
 *  then "1. Takes note of the report on the activities of the Ethics Office;" (A/RES/79/251, 80/235) */
const REPORT_ON_ACTIVITIES_OF_THE = 'report on the activities of the ';
/**
 * The modifier a body's report is printed with: "report of the Special Committee ... for 2023,1", "report of the International
 * Law Commission on the work of its seventy-fifth session,1"; and the year of work it covers, "Approves the report of the Special
 * Committee covering its work during 2025, in which ..." (A/RES/80/105 OP18, 79/114, 78/101: the report PP1 footnoted); the
 * inspection unit's annual title with its next year's programme, "the report of the Joint Inspection Unit for 2024 and programme
 * of work for 20252" then "1. Takes note with appreciation of the report of the Joint Inspection Unit for 2024 and programme of
 * work for 2025;" (A/RES/79/281 PP3 and OP1, 78/276): one report, the footnote's. (An
 * oversight body's annual report by its period, "the report of the Office on its activities for the period from ... to ...",
 * is linked by its author and subject, linkAuthorSubjectReports: a period read here would link another period's report too.)
 */
const AUTHOR_MODIFIER_RE =
  /^\s+(?:for\s+(?:the\s+year\s+)?\d{4}(?:\s+and\s+programme\s+of\s+work\s+for\s+\d{4})?|on\s+the\s+work\s+of\s+its\s+[a-z-]+(?:\s+and\s+[a-z-]+)?\s+sessions?|covering\s+its\s+work\s+(?:during|in)\s+\d{4})(?=[\s”"’*_,.;]|$)/;
/**
 * ... and, where the report's footnote mark stands, its subject too: "Having considered ... the report of the Independent Audit
 * Advisory Committee on internal oversight2" then "1. Takes note of the report of the Secretary-General and the report of the
 * Independent Audit Advisory Committee;" (A/RES/80/240; 80/237 II.OP3, 79/258 XVII.OP3): a body other than the Secretary-General
 * reports once per item, so the later bare words are that report (two footnoted under one author's words leave them alone,
 * knownAfter). Only where the words are marked: the later bare words with a subject are another report.
 */
const AUTHOR_OR_SUBJECT_MODIFIER_RE = new RegExp(`${AUTHOR_MODIFIER_RE.source}|^\\s+on\\s+[^,;()“”"]{1,200}?(?=[\\s”"’*_,.;]{0,4}$)`);
const SUBJECT_OF_OTHER_RE = /\b(?:from|on|out\s+of|follow-up\s+to|follow\s+up\s+to)\s+the\s+$|\b(?:implications|arising)\b[^;,]*$/;
/** Per resolution: for each other author (an Organization's key), the one report of it footnoted under the bare words. */
const authorReportsOf = new WeakMap<RecognizeContext, Map<string, KnownReport>>();
/**
 * Per resolution: a body's report on one of its sessions, footnoted with its symbol, under the key its title form takes
 * (documents.ts, bodySessionReportMentions): "Having considered the report of the International Law Commission on the work of
 * its seventy-sixth session,1" ("1 Official Records of the General Assembly, Eightieth Session, Supplement No. 10 (A/80/10)."),
 * then "1. Takes note of the report of the International Law Commission on the work of its seventy-sixth session;" (A/RES/80/164;
 * 79/121, 78/103): one document, A/80/10 ('' once two symbols had one title).
 */
const sessionReportsOf = new WeakMap<RecognizeContext, Map<string, string>>();
/** The session a body's report is on, printed after its words: " on the work of its seventy-sixth session", " on its eighty-fourth
 *  session" (the Committee on Contributions', A/RES/79/249 PP4 footnoted, OP1 bare); its mark may follow unspaced ("session1"). */
const SESSION_MODIFIER_RE = letterRe(String.raw`^\s+on\s+(?:the\s+work\s+of\s+)?its\s+([a-z]+(?:-[a-z]+)?)\s+session(?!\p{L})`, 'u');

function rememberSessionReport(ctx: RecognizeContext, text: string, words: string, author: EntityMention, at: ReadonlySet<number>, symbol: string): void {
  rememberModifiedReport(ctx, sessionReportsOf, text, words, at, SESSION_MODIFIER_RE, 80, (known, session) => {
    // (under its title form's key, and under the author's key and the session: the bare words with a session, sessionOfOther)
    for (const key of [nodeKey('Document', normaliseTitle(`Report of the ${author.phrase} on its ${session} session`)), `${author.key}|${session}`]) {
      const before = known.get(key);
      known.set(key, before === undefined || before === symbol ? symbol : '');
    }
  });
}

/**
 * rememberSessionReport's and rememberYearReport's loop: where a footnoted report's words stand (`at`), the modifier `modifierRe`
 * reads within `span` characters after them (its group 1: the session or the year), recorded in the resolution's map of `reportsOf`.
 */
function rememberModifiedReport(
  ctx: RecognizeContext,
  reportsOf: WeakMap<RecognizeContext, Map<string, string>>,
  text: string,
  words: string,
  at: ReadonlySet<number>,
  modifierRe: RegExp,
  span: number,
  record: (known: Map<string, string>, modifier: string) => void,
): void {
  for (const a of at) {
    const modifier = modifierRe.exec(text.slice(a + words.length, a + words.length + span));
    if (!modifier) continue;
    let known = reportsOf.get(ctx);
    if (!known) reportsOf.set(ctx, (known = new Map()));
    record(known, modifier[1]!);
  }
}

/**
 * The bare words of `author`'s report printed with a session other than the one footnoted with `known`: "... during the
 * consideration of the report of the Commission on the work of its seventy-seventh session" (A/RES/80/164 OP4, after footnoting
 * the seventy-sixth session's report): a report still to be written, not that document.
 */
function sessionOfOther(ctx: RecognizeContext, text: string, end: number, author: string, known: string): boolean {
  const session = SESSION_MODIFIER_RE.exec(text.slice(end, end + 80));
  return session !== null && sessionReportsOf.get(ctx)?.get(`${author}|${session[1]}`) !== known;
}

/**
 * Per resolution: a body's report of the work of one year, footnoted with its symbol, under the author's key and the year ("the
 * report of the Joint Inspection Unit for 2024 and programme of work for 20252", A/RES/79/281 PP3): the bare words printed later
 * with another year ("the report of the Joint Inspection Unit for 2025") are the next year's report, not that document.
 */
const yearReportsOf = new WeakMap<RecognizeContext, Map<string, string>>();

function rememberYearReport(ctx: RecognizeContext, text: string, words: string, author: EntityMention, at: ReadonlySet<number>, symbol: string): void {
  rememberModifiedReport(ctx, yearReportsOf, text, words, at, REPORT_FOR_YEAR_RE, 24, (known, year) => {
    // (the year's symbol, and the symbol's year: a resolution may footnote several years' reports of one body, A/RES/80/98 PP2, PP19)
    known.set(`${author.key}|${year}`, symbol);
    known.set(`${author.key}|${symbol}`, year);
  });
}

/** The bare words of `author`'s report printed with a year other than the one its footnoted report `known` covers. */
function yearOfOther(ctx: RecognizeContext, text: string, end: number, author: string, known: string): boolean {
  const footnotedYear = yearReportsOf.get(ctx)?.get(`${author}|${known}`);
  if (footnotedYear === undefined) return false;
  const year = REPORT_FOR_YEAR_RE.exec(text.slice(end, end + 24));
  return year !== null && year[1] !== footnotedYear;
}

/** unlinkedYearReports' gate: a year of work after a name */
const FOR_20 = ' for 20';
const FOR_19 = ' for 19';
/** right after the body's name (the cheap test before the patterns) */
const FOR = ' for ';
/**
 * A body's yearly report named with no footnote and no report of it footnoted before: "Taking note of the report on precursors of
 * the International Narcotics Control Board for 2022" (A/RES/78/131 PP17), "the reports of the International Narcotics Control
 * Board for 2022 and 2023" (79/191 PP12): one document per year, keyed by its author and year (the noun and its subject word as
 * printed: the Board's precursors report is another than its annual one); its span is the word "report(s)", so the body keeps its
 * mention. The year's report the resolution footnoted before (yearReportsOf) is that document. Not the Secretary-General's (his
 * reports are keyed by subject), nor words a document already covers or a footnote mark follows, nor another report's subject
 * ("the note by the Secretary-General on the report of the Unit for 2024", A/RES/79/281 OP2).
 */
function unlinkedYearReports(paragraph: ParagraphText, body: EntityMention[], ctx: RecognizeContext): void {
  const text = paragraph.text;
  let added: EntityMention[] | undefined;
  for (const m of body) {
    if (m.kind !== 'Organization' || m.name === 'Secretary-General of the United Nations' || !text.startsWith(FOR, m.end)) continue;
    const before = REPORTS_OF_THE_BEFORE_RE.exec(text.slice(Math.max(0, m.start - 48), m.start));
    if (!before) continue;
    const years = REPORTS_FOR_YEARS_AFTER_RE.exec(text.slice(m.end, m.end + 24));
    if (!years) continue;
    const end = m.end + years[0].length;
    if (paragraph.footnoteRefs.some((r) => r.offset >= end && r.offset <= end + 2)) continue;
    const start = m.start - before[0].length + before[0].indexOf(before[1]!);
    if (body.some((o) => o.kind === 'Document' && o.start < end && o.end > start)) continue;
    // (another report's subject, as for the bare words: "the note by the Secretary-General on the report of the Unit for 2024")
    if (SUBJECT_OF_OTHER_RE.test(text.slice(Math.max(0, start - 160), start))) continue;
    const footnoted = yearReportsOf.get(ctx);
    const noun = before[1]!.replace(/\s+/g, ' ').replace(/^(annual )?reports/, '$1report');
    for (const year of [years[1], years[2]]) {
      if (year === undefined) continue;
      const symbol = footnoted?.get(`${m.key}|${year}`);
      const title = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} of the ${m.name} for ${year}`;
      const wordEnd = start + before[1]!.length;
      (added ??= []).push(
        symbol !== undefined
          ? { kind: 'Document', key: nodeKey('Document', symbol), name: symbol, attrs: { symbol, title }, phrase: text.slice(start, wordEnd), start, end: wordEnd }
          : { kind: 'Document', key: nodeKey('Document', normaliseTitle(title)), name: title, attrs: { title, author: m.name }, phrase: text.slice(start, wordEnd), start, end: wordEnd },
      );
    }
  }
  if (added === undefined) return;
  for (const d of added) {
    let k = body.length;
    while (k > 0 && body[k - 1]!.start > d.start) k--;
    body.splice(k, 0, d);
  }
}

/** A body's session report cited by its title form that the resolution footnoted a symbol for before (sessionReportsOf). */
function linkSessionReports(body: EntityMention[], known: ReadonlyMap<string, string>): void {
  for (const m of body) {
    if (m.kind !== 'Document' || typeof m.attrs.symbol === 'string') continue;
    const symbol = known.get(m.key);
    if (symbol === undefined || symbol === '') continue;
    m.attrs = { ...m.attrs, title: typeof m.attrs.title === 'string' ? m.attrs.title : m.name, symbol };
    m.key = nodeKey('Document', symbol);
    m.name = symbol;
  }
}

/**
 * Reports of other bodies, likewise: "Having considered the report of the Ethics Office,1" ("1 A/78/91.") then "Takes
 * note of the report of the Ethics Office." (A/RES/78/246); "Having examined the report of the Special Committee on the
 * Situation with regard to ... for 2023,1" ("1 ... (A/78/23)."). The author's words must be an Organization mention printed
 * right after "report of the"; the author keeps its own verb relation (it is named in the clause), unlike the
 * Secretary-General's and the Advisory Committee's reports above.
 */
function linkBareOtherAuthors(paragraph: ParagraphText, body: EntityMention[], footnotes: EntityMention[], ctx: RecognizeContext): void {
  let states = authorReportsOf.get(ctx);
  const subjects = authorSubjectsOf.get(ctx);
  if (states === undefined && subjects === undefined && !paragraph.footnoteRefs.length) return;
  const sessionReports = sessionReportsOf.get(ctx);
  if (sessionReports !== undefined) linkSessionReports(body, sessionReports);
  const text = paragraph.text;
  // (cheap precondition: the words at all; asked of textIncludes, as the SG's and the Advisory Committee's report words above,
  // this paragraph's filter being at hand. Session 50, spd50a: over the entities stage of all of corpus-ga these four searches
  // ran 13-20k times each on paragraphs of ~440 characters, "report on the activities of the" found 4 times; replayed alone over
  // corpus-ga's 39,620 paragraph texts, the two here took 39-69 ms of CPU as indexOf, 2-14 ms as asks of a built filter)
  const of = textIncludes(text, REPORT_OF_THE);
  const onActivities = textIncludes(text, REPORT_ON_ACTIVITIES_OF_THE);
  // (the plural's words and joint authors are read for their subjects alone: jointOrPluralAuthors)
  const plural = textIncludes(text, REPORTS_OF_THE);
  if (!of && !onActivities && !plural) return;
  const leads = plural || of ? jointOrPluralAuthors(text, body) : undefined;
  if (leads !== undefined && (paragraph.footnoteRefs.length || subjects !== undefined)) linkAuthorSubjectReports(paragraph, body, footnotes, ctx, [...leads.keys()], leads);
  if (!of && !onActivities) return;
  let authors: EntityMention[] | undefined;
  for (const m of body) {
    if (m.kind !== 'Organization' || m.nested) continue;
    const lead = of && m.start >= REPORT_OF_THE.length && text.startsWith(REPORT_OF_THE, m.start - REPORT_OF_THE.length) ? REPORT_OF_THE.length
      : onActivities && m.start >= REPORT_ON_ACTIVITIES_OF_THE.length && text.startsWith(REPORT_ON_ACTIVITIES_OF_THE, m.start - REPORT_ON_ACTIVITIES_OF_THE.length) ? REPORT_ON_ACTIVITIES_OF_THE.length
        : 0;
    if (lead === 0) continue;
    if (m.name === 'Secretary-General of the United Nations' || m.phrase.startsWith('Advisory Committee') || m.phrase.startsWith('Secretary')) continue;
    // (another report's subject: "the reports of the Secretary-General ... on the administrative and financial implications
    // arising from the report of the United Nations Joint Staff Pension Board,3": the mark is the Secretary-General's, A/RES/79/253)
    if (SUBJECT_OF_OTHER_RE.test(text.slice(Math.max(0, m.start - lead - 160), m.start - lead))) continue;
    (authors ??= []).push(m);
  }
  if (!authors) return;
  if (paragraph.footnoteRefs.length || subjects !== undefined) linkAuthorSubjectReports(paragraph, body, footnotes, ctx, authors);
  const section = sectionOf(paragraph);
  const done = new Set<string>();
  const leadOf = (m: EntityMention): number => (text.startsWith(REPORT_OF_THE, m.start - REPORT_OF_THE.length) ? REPORT_OF_THE.length : REPORT_ON_ACTIVITIES_OF_THE.length);
  for (const author of authors) {
    if (done.has(author.key)) continue;
    done.add(author.key);
    const words = text.slice(author.start - leadOf(author), author.end);
    const marksFrom = paragraph.footnoteRefs.length ? sourceMarks(text, paragraph, body, footnotes, words, '', false, SUBJECT_OF_OTHER_RE, AUTHOR_OR_SUBJECT_MODIFIER_RE) : undefined;
    rememberAddenda(ctx, marksFrom);
    const state = states?.get(author.key);
    const own = ownReport(undefined, marksFrom);
    if (typeof own === 'string') {
      rememberSessionReport(ctx, text, words, author, marksFrom!.at, own);
      rememberYearReport(ctx, text, words, author, marksFrom!.at, own);
      rememberReportQualifier(ctx, text, marksFrom!.at, own);
    }
    const next = knownAfter(state, own, section);
    if (next !== undefined) {
      states ??= new Map();
      if (!authorReportsOf.has(ctx)) authorReportsOf.set(ctx, states);
      states.set(author.key, next);
    }
    const known = next?.known;
    if (typeof known !== 'string') continue;
    for (const m of authors) {
      if (m.key === author.key && !sessionOfOther(ctx, text, m.end, m.key, known) && !yearOfOther(ctx, text, endOfFullName(text, m), m.key, known)) linkBareAt(text, qualifiedStart(ctx, text, m.start - leadOf(m), known, marksFrom), endOfFullName(text, m), known, body, marksFrom, false, AUTHOR_MODIFIER_RE, addendaOf.get(ctx)?.get(known));
    }
  }
}

/** Per resolution: the words that singled out a body's footnoted report (REPORT_QUALIFIER_BEFORE_RE), by its symbol; '' for none,
 *  null when its marks were printed with different words. */
const reportQualifiersOf = new WeakMap<RecognizeContext, Map<string, string | null>>();
function qualifierBefore(text: string, at: number): string {
  const q = REPORT_QUALIFIER_BEFORE_RE.exec(text.slice(Math.max(0, at - 120), at));
  return q === null ? '' : q[1]!.replace(/\s+/g, ' ');
}
function rememberReportQualifier(ctx: RecognizeContext, text: string, marks: ReadonlySet<number>, symbol: string): void {
  let known = reportQualifiersOf.get(ctx);
  if (!known) reportQualifiersOf.set(ctx, (known = new Map()));
  for (const at of marks) {
    const q = qualifierBefore(text, at);
    const was = known.get(symbol);
    known.set(symbol, was === undefined || was === q ? q : null);
  }
}
/**
 * Where the bare words of a body's report start when the words that singled out its footnoted report stand before them again:
 * "Welcomes the adoption by consensus of the second annual progress report of the Open-ended Working Group,1" ("1 See A/78/265."),
 * then "as set out in annex A to the second annual progress report of the Open-ended Working Group" (A/RES/78/237 OP3, OP4, OP7):
 * the same report, its words read from "second". Other words ("the first annual progress report of ...") stay another report's,
 * which BARE_BEFORE_RE leaves alone; the marked words themselves are not moved.
 */
function qualifiedStart(ctx: RecognizeContext, text: string, at: number, known: string, marksFrom: { at: Set<number> } | undefined): number {
  if (marksFrom?.at.has(at)) return at;
  const q = reportQualifiersOf.get(ctx)?.get(known);
  if (!q) return at;
  const printed = qualifierBefore(text, at);
  return printed === q ? text.lastIndexOf('the ', at - 1) + 4 : at;
}

const ITS_REPORT = 'its report';
/**
 * "Endorses the recommendations and conclusions of the Committee on Relations with the Host Country contained in paragraph 146
 * of its report;" (A/RES/78/116 OP1, 79/130, 80/172): "its report" is the body's report the resolution knows by its symbol
 * (PP1 "Having considered the report of the Committee on Relations with the Host Country,1", "1 Official Records ...,
 * Supplement No. 26 (A/78/26)."), as the bare words "the report of the Committee ..." are. So too the pronoun of a next clause
 * right after the body's name: "Takes note with appreciation of the work of the Committee for Programme and Coordination, and
 * welcomes its report;" (A/RES/78/244 OP6, 79/247, 80/233; PP4 footnoted the Committee's report, A/79/16). Not a report with a
 * mark of its own, nor one on another session's work.
 */
function linkItsReports(paragraph: ParagraphText, body: EntityMention[], ctx: RecognizeContext): void {
  const states = authorReportsOf.get(ctx);
  if (states === undefined) return;
  const text = paragraph.text;
  const section = sectionOf(paragraph);
  for (const m of body.slice()) {
    if (m.kind !== 'Organization' || m.nested) continue;
    const after = text.slice(m.end, m.end + 120);
    const words = CONTAINED_IN_ITS_REPORT_RE.exec(after) ?? AND_VERB_ITS_REPORT_RE.exec(after);
    if (!words) continue;
    const end = m.end + words[0].length;
    const at = end - words[1]!.length;
    if (!ITS_REPORT_ALONE_AFTER_RE.test(text.slice(end, end + 4)) || paragraph.footnoteRefs.some((r) => r.offset >= end && r.offset <= end + 2)) continue;
    const known = knownAfter(states.get(m.key), undefined, section)?.known;
    if (typeof known !== 'string' || body.some((o) => o.start < end && at < o.end)) continue;
    const mention: EntityMention = { kind: 'Document', key: nodeKey('Document', known), name: known, attrs: { symbol: known }, phrase: text.slice(at, end), start: at, end };
    let k = body.length;
    while (k > 0 && body[k - 1]!.start > at) k--;
    body.splice(k, 0, mention);
  }
}

/**
 * Where the author's words end when the rest of its full name follows its short form: "Stresses the importance of the report of
 * the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities, considered by ..."
 * (A/RES/78/52 OP1, OP7, OP9; 79/51, 80/44), where the scan printed the group's short form, named in full before: the same bare
 * words of the report PP16 footnoted ("the report of the Group of Governmental Experts,6"), not a report on another subject.
 */
function endOfFullName(text: string, m: EntityMention): number {
  if (m.name.length <= m.phrase.length || !m.name.startsWith(m.phrase)) return m.end;
  const rest = m.name.slice(m.phrase.length);
  return text.startsWith(rest, m.end) ? m.end + rest.length : m.end;
}

/**
 * Per resolution: for each other author (an Organization's key), the subjects of its reports cited "report of the <author> on
 * <subject>" with a mark whose footnote is one symbol, each subject (normalised) with that symbol ('' once two had one subject).
 */
const authorSubjectsOf = new WeakMap<RecognizeContext, Map<string, Map<string, string>>>();
/** After the author's name: its report's subject ("report of the Internal Justice Council on administration of justice ..."). */
const AUTHOR_SUBJECT_RE = /^\s+on\s+/;
/** Before the words: the report cited itself, not a next one ("the next report of ...": "next" stands between). */
const THE_REPORT_BEFORE_RE = /\bthe\s+(?:related\s+)?$/;
/** After a subject's words: a capitalised word, the name printed goes on. */
const NAME_GOES_ON_RE = /^\s[A-Z]/;
/** Right before the second of two joint authors: "report(s) of the <first author> and the (Acting) " */
const JOINT_AUTHOR_GAP_RE = /^\s+and\s+the\s+(?:Acting\s+)?$/;

/**
 * The authors of reports printed as "the reports of the <author> on ..." (the plural) or as the second of two joint authors,
 * "the report(s) of the Chief Executive of Pension Administration and the (Acting) Representative of the Secretary-General for the
 * investment of the assets of the Fund on the implementation of ...5 and on the revised estimates ...6" (A/RES/79/253 PP2 and OP3;
 * 78/253 VII.PP2 and VII.OP2; 80/243 XII): each with where its report's words start, for linkAuthorSubjectReports (the subject
 * follows the second author). The singular's single author is linkBareOtherAuthors' own.
 */
function jointOrPluralAuthors(text: string, body: readonly EntityMention[]): Map<EntityMention, number> | undefined {
  let leads: Map<EntityMention, number> | undefined;
  let previous: EntityMention | undefined;
  for (const m of body) {
    if (m.kind !== 'Organization' || m.nested) continue;
    const p = previous;
    previous = m;
    if (m.start >= REPORTS_OF_THE.length && text.startsWith(REPORTS_OF_THE, m.start - REPORTS_OF_THE.length)) {
      (leads ??= new Map()).set(m, m.start - REPORTS_OF_THE.length);
      continue;
    }
    if (p === undefined || !JOINT_AUTHOR_GAP_RE.test(text.slice(p.end, m.start))) continue;
    const lead = text.startsWith(REPORTS_OF_THE, p.start - REPORTS_OF_THE.length) ? REPORTS_OF_THE.length : text.startsWith(REPORT_OF_THE, p.start - REPORT_OF_THE.length) ? REPORT_OF_THE.length : 0;
    if (lead > 0) (leads ??= new Map()).set(m, p.start - lead);
  }
  return leads;
}

/** After a plural's first marked subject ("...5"), its second, "and on <subject>6": remembered for the author with its mark's one symbol. */
function rememberNextSubject(paragraph: ParagraphText, footnotes: readonly EntityMention[], ref: { offset: number; mark: string }, ofAuthor: Map<string, string>): void {
  const text = paragraph.text;
  const after = ref.offset + ref.mark.length;
  const on = AND_ON_RE.exec(text.slice(after, after + 12));
  if (on === null) return;
  const from = after + on[0].length;
  const next = paragraph.footnoteRefs.find((r) => r.offset > after);
  if (next?.footnote === undefined || next.offset - from > 300 || !SYMBOL_FOOTNOTE_RE.test(next.footnote.text)) return;
  const gap = text.slice(from, next.offset);
  if (/[;“”]/.test(gap) || OTHER_CITED_RE.test(gap)) return;
  const symbol = oneDocument(footnotes.filter((f) => f.footnote?.offset === next.offset && f.footnote.mark === next.mark && (f.kind === 'Document' || f.kind === 'Resolution')));
  if (symbol === undefined) return;
  let to = next.offset;
  while (to > from && /[\s”"’*_,.;:]/.test(text[to - 1]!)) to--;
  if (to <= from) return;
  const subject = normaliseTitle(text.slice(from, to));
  const before = ofAuthor.get(subject);
  ofAuthor.set(subject, before === undefined || before === symbol ? symbol : '');
}

/**
 * "Having considered ... the report of the Internal Justice Council on administration of justice at the United Nations3"
 * ("3 A/80/131."), then "1. Takes note of ..., the report of the Internal Justice Council on administration of justice at the
 * United Nations and the related report ..." (A/RES/80/238 OP1; 79/254, 78/248): a body's report cited again by its author
 * and the same subject is the document the footnote gave. Remembers the marked ones, links the unmarked ones (the author keeps
 * its own verb relation, as in linkBareOtherAuthors).
 */
function linkAuthorSubjectReports(
  paragraph: ParagraphText,
  body: EntityMention[],
  footnotes: EntityMention[],
  ctx: RecognizeContext,
  authors: readonly EntityMention[],
  leads?: ReadonlyMap<EntityMention, number>,
): void {
  const text = paragraph.text;
  let added: EntityMention[] | undefined;
  for (const a of authors) {
    const on = AUTHOR_SUBJECT_RE.exec(text.slice(a.end, a.end + 8));
    if (!on) continue;
    const from = a.end + on[0].length;
    const ref = paragraph.footnoteRefs.find((r) => r.offset > a.end);
    // the marked words: their subject and the footnote's symbol, remembered
    if (ref?.footnote !== undefined && ref.offset - from < 300) {
      const gap = text.slice(a.end, ref.offset);
      const note = ref.footnote.text;
      const cited = footnotes.filter((f) => f.footnote?.offset === ref.offset && f.footnote.mark === ref.mark && (f.kind === 'Document' || f.kind === 'Resolution'));
      const symbol = oneDocument(cited);
      if (
        symbol !== undefined &&
        !/[;“”]/.test(gap) &&
        !OTHER_CITED_RE.test(gap) &&
        SYMBOL_FOOTNOTE_RE.test(note) &&
        !note.includes(';') &&
        !(cited.length === 1 && /\band\b/.test(note)) &&
        !body.some((o) => CITABLE_BY_SYMBOL.has(o.kind) && !o.nested && o.start >= a.end && o.start < ref.offset)
      ) {
        let to = ref.offset;
        while (to > from && /[\s”"’*_,.;:]/.test(text[to - 1]!)) to--;
        if (to > from) {
          let known = authorSubjectsOf.get(ctx);
          if (!known) authorSubjectsOf.set(ctx, (known = new Map()));
          let ofAuthor = known.get(a.key);
          if (!ofAuthor) known.set(a.key, (ofAuthor = new Map()));
          const subject = normaliseTitle(text.slice(from, to));
          const before = ofAuthor.get(subject);
          ofAuthor.set(subject, before === undefined || before === symbol ? symbol : '');
          if (leads?.has(a)) rememberNextSubject(paragraph, footnotes, ref, ofAuthor);
          continue;
        }
      }
    }
    // the unmarked words with a subject remembered for this author
    const ofAuthor = authorSubjectsOf.get(ctx)?.get(a.key);
    if (ofAuthor === undefined) continue;
    const printed = knownSubjectAt(text, from, ofAuthor);
    // (nor a known subject's words that another name goes on from: "on the United Nations" known, "on the United Nations Joint
    // Staff Pension Fund" printed)
    if (printed === undefined || NAME_GOES_ON_RE.test(text.slice(printed.end, printed.end + 3))) continue;
    const lead = leads?.get(a);
    const at = lead ?? a.start - REPORT_OF_THE.length;
    if ((lead === undefined && !text.startsWith(REPORT_OF_THE, at)) || !THE_REPORT_BEFORE_RE.test(text.slice(Math.max(0, at - 20), at)) || FUTURE_BEFORE_RE.test(text.slice(Math.max(0, at - 40), at))) continue;
    if (FUTURE_AFTER_RE.test(text.slice(printed.end, printed.end + 20)) || paragraph.footnoteRefs.some((r) => r.offset >= printed.end && r.offset <= printed.end + 2)) continue;
    if (body.some((o) => o.kind !== 'Organization' && o.kind !== 'Date' && o.start < printed.end && o.end > at)) continue;
    // (an organization in the subject is what the report is about: no verb relation; the author keeps its own)
    nestAuthors(body, from, printed.end);
    (added ??= []).push({
      kind: 'Document', key: nodeKey('Document', printed.symbol), name: printed.symbol, attrs: { symbol: printed.symbol }, phrase: text.slice(at, printed.end), start: at, end: printed.end, footnote: undefined, nested: undefined,
    });
    // (the plural's second subject: "... on the Fund and on the revised estimates for the Fund ...")
    const next = lead === undefined ? null : AND_ON_RE.exec(text.slice(printed.end, printed.end + 12));
    const second = next ? knownSubjectAt(text, printed.end + next[0].length, ofAuthor) : undefined;
    if (second === undefined || second.symbol === printed.symbol || NAME_GOES_ON_RE.test(text.slice(second.end, second.end + 3))) continue;
    if (paragraph.footnoteRefs.some((r) => r.offset >= second.end && r.offset <= second.end + 2)) continue;
    const secondAt = printed.end + next![0].length;
    nestAuthors(body, secondAt, second.end);
    added.push({
      kind: 'Document', key: nodeKey('Document', second.symbol), name: second.symbol, attrs: { symbol: second.symbol }, phrase: text.slice(secondAt, second.end), start: secondAt, end: second.end, footnote: undefined, nested: undefined,
    });
  }
  if (added === undefined) return;
  for (const m of added) {
    let k = body.length;
    while (k > 0 && body[k - 1]!.start > m.start) k--;
    body.splice(k, 0, m);
  }
}

/** The report a paragraph cites itself: `first` and the symbols its marked bare words footnote (null: more than one, or ambiguous). */
function ownReport(first: string | null | undefined, marksFrom: { symbols: string[]; ambiguous: boolean } | undefined): string | null | undefined {
  let own = first;
  if (!marksFrom) return own;
  for (const symbol of marksFrom.symbols) own = own === undefined || own === symbol ? symbol : null;
  return marksFrom.ambiguous ? null : own;
}

/** The bare words at [at, end) name the report `known` unless their context says otherwise; adds the mention. */
function linkBareAt(
  text: string,
  at: number,
  end: number,
  known: string,
  body: EntityMention[],
  marksFrom: { at: Set<number> } | undefined,
  nest = true,
  modifier?: RegExp,
  addenda?: readonly string[],
): void {
  const before = text.slice(Math.max(0, at - 40), at);
  let after = text.slice(end, end + 20);
  let tail = end;
  if (modifier) {
    const mod = modifier.exec(text.slice(end, end + 80));
    if (mod) {
      tail = end + mod[0].length;
      after = text.slice(tail, tail + 20);
    }
  }
  if (
    !(BARE_AFTER_RE.test(after) || (PART_TOPIC_AFTER_RE.test(after) && PART_OF_REPORT_BEFORE_RE.test(text.slice(Math.max(0, at - 80), at)))) ||
    !(BARE_BEFORE_RE.test(before) || (BARE_BEFORE_VERB_RE.test(before) && BARE_ALONE_AFTER_RE.test(after)) || LISTED_AFTER_REPORT_RE.test(text.slice(Math.max(0, at - 80), at))) ||
    FUTURE_BEFORE_RE.test(before) ||
    FUTURE_AFTER_RE.test(after) ||
    PREVIOUSLY_BEFORE_RE.test(text.slice(Math.max(0, at - 80), at)) ||
    marksFrom?.at.has(at) ||
    body.some((o) => o.start < end && at < o.end && o.kind !== 'Organization')
  )
    return;
  const mention: EntityMention = { kind: 'Document', key: nodeKey('Document', known), name: known, attrs: { symbol: known }, phrase: text.slice(at, end), start: at, end };
  if (nest) nestAuthors(body, at, end);
  let k = body.length;
  while (k > 0 && body[k - 1]!.start > at) k--;
  body.splice(k, 0, mention);
  if (addenda !== undefined) linkAddendaThereto(text, tail, addenda, body);
}

/** After the bare words: the report's addendum named with it, ", including the addendum thereto". Group 1: its words. */
const ADDENDUM_THERETO_RE = /^,?\s+(?:including|and|together\s+with)\s+(the\s+addend(?:um|a)\s+thereto)\b/;
/**
 * "Takes note of the report of the Human Rights Council, including the addendum thereto, and its recommendations." (A/RES/79/157
 * OP1; 80/189, 78/186) after PP3 footnoted the report with its addendum ("... (A/79/53); and ibid., Supplement No. 53A
 * (A/79/53/Add.1)."): the addendum is that document (one addendum for "the addendum", any for "the addenda").
 */
function linkAddendaThereto(text: string, tail: number, addenda: readonly string[], body: EntityMention[]): void {
  const words = ADDENDUM_THERETO_RE.exec(text.slice(tail, tail + 60));
  if (!words || (addenda.length !== 1 && words[1]!.includes('addendum'))) return;
  const at = tail + words[0].length - words[1]!.length;
  const end = tail + words[0].length;
  if (body.some((o) => o.start < end && at < o.end)) return;
  let k = body.length;
  while (k > 0 && body[k - 1]!.start > at) k--;
  body.splice(k, 0, ...addenda.map((symbol): EntityMention => ({ kind: 'Document', key: nodeKey('Document', symbol), name: symbol, attrs: { symbol }, phrase: text.slice(at, end), start: at, end })));
}

/** Per resolution: the addenda footnoted with a report under its bare words (Marks.addenda), by the report's symbol. */
const addendaOf = new WeakMap<RecognizeContext, Map<string, string[]>>();
function rememberAddenda(ctx: RecognizeContext, marks: Marks | undefined): void {
  if (marks?.addenda === undefined) return;
  let known = addendaOf.get(ctx);
  if (!known) addendaOf.set(ctx, (known = new Map()));
  for (const [symbol, addenda] of marks.addenda) known.set(symbol, addenda);
}

/** The author inside the words of a report is named, as inside "the report of the Secretary-General on ...": nested, no verb relation. */
function nestAuthors(body: EntityMention[], at: number, end: number): void {
  for (let i = 0; i < body.length; i++) {
    const o = body[i]!;
    if (o.kind === 'Organization' && !o.nested && o.start >= at && o.end <= end) body[i] = { kind: o.kind, key: o.key, name: o.name, attrs: o.attrs, phrase: o.phrase, start: o.start, end: o.end, footnote: o.footnote, nested: true };
  }
}

/** The marked bare words of a paragraph: the symbols their footnotes give, where the words stand, and the addenda a footnote gave with its report. */
interface Marks {
  symbols: string[];
  at: Set<number>;
  ambiguous: boolean;
  addenda?: Map<string, string[]>;
  /** the marks whose footnote is the report the words name, nothing else cited between (authorFootnotedReports) */
  own?: { offset: number; mark: string }[];
}
/** Bare "report of the Secretary-General" printed with a mark (perhaps after a modifier) whose footnote is one document's symbol: those symbols, and where the words stand. */
function sourceMarks(
  text: string,
  paragraph: ParagraphText,
  body: EntityMention[],
  footnotes: readonly EntityMention[],
  words: string,
  rest = '',
  nest = true,
  notAfter?: RegExp,
  modifier?: RegExp,
): Marks | undefined {
  let out: Marks | undefined;
  for (const r of paragraph.footnoteRefs) {
    if (!r.footnote) continue;
    const at = text.lastIndexOf(words, r.offset);
    if (at < 0 || (notAfter && notAfter.test(text.slice(Math.max(0, at - 160), at)))) continue;
    // (words inside a quoted title: the mark after the closing quote is the title's, "the “Recommendations to promote ... in
    // accordance with the recommendations set out in the report of the Group of Governmental Experts on ...”,5" with "5 ...
    // (A/78/42)", the Disarmament Commission's report, A/RES/78/52 PP11)
    if (text.lastIndexOf('“', at) > text.lastIndexOf('”', at)) continue;
    // "... presented in the report of the Secretary-General submitted to the General Assembly at its sixty-second session,7"
    const wordsEnd = rest && restAt(text, at + words.length, rest) ? at + words.length + rest.length : at + words.length;
    let gap = text.slice(wordsEnd, r.offset);
    if (modifier) {
      const mod = modifier.exec(gap);
      if (mod) gap = gap.slice(mod[0].length);
    }
    // (the first mark after the words, and not a report cited by subject: "report of the Secretary-General on ...")
    if ((!TITLE_TO_MARK_RE.test(gap) && !MODIFIER_TO_MARK_RE.test(gap)) || /^\s+on\s/.test(gap)) continue;
    if (paragraph.footnoteRefs.some((o) => o.offset > at && o.offset < r.offset)) continue;
    out ??= { symbols: [], at: new Set(), ambiguous: false };
    out.at.add(at);
    const cited = footnotes.filter((f) => f.footnote?.offset === r.offset && f.footnote.mark === r.mark && (f.kind === 'Document' || f.kind === 'Resolution'));
    const symbol = oneDocument(cited);
    if (symbol === undefined || !oneReportFootnote(r.footnote.text, cited.length)) out.ambiguous = true;
    else {
      out.symbols.push(symbol);
      // (the report's addenda footnoted with it, "A/79/53 and A/79/53/Add.1": what "the addendum thereto" names, linkBareAt)
      if (cited.length > 1) (out.addenda ??= new Map()).set(symbol, cited.slice(1).map((f) => f.attrs.symbol as string));
      // (the footnote names this report only when no other thing cited stands in the gap: "... submitted pursuant to resolution
      // 77/228 and the report of the Special Rapporteur ...,6" is the Rapporteur's)
      if (!OTHER_CITED_RE.test(gap)) (out.own ??= []).push({ offset: r.offset, mark: r.mark });
      // "Takes note of the report of the Secretary-General;3" ("3 A/80/415.", A/RES/80/120 OP1): the footnote's document is
      // what is noted, its author named inside it, as in the bare words linked later (nested, no verb relation)
      if (nest) nestAuthors(body, at, wordsEnd);
    }
  }
  return out;
}

/**
 * A footnote that cites one report: its symbol ("2 A/80/290."), or a body's report by its Official Records supplement ("1 Official
 * Records of the General Assembly, Eightieth Session, Supplement No. 10 (A/80/10).", A/RES/80/164 PP1: the International Law
 * Commission's report, cited again as "the report of the International Law Commission" in OP11-OP12); not two ("and", ";").
 */
function oneReportFootnote(text: string, cited: number): boolean {
  text = withoutIbidAddendum(text);
  if (textIncludes(text, ';')) return false;
  if (SYMBOL_FOOTNOTE_RE.test(text)) return cited !== 1 || !AND_WORD_RE.test(text);
  // ("6 Ibid., Eightieth Session, Supplement No. 33 (A/80/33).", A/RES/80/166 PP16, 79/125, 78/111: the Special Committee on the
  // Charter's report, after notes that cited the Official Records before; "the report of the Special Committee ..." in OP1)
  if (text.charCodeAt(0) === 73 /* I */) return IBID_SUPPLEMENT_RE.test(text) && (cited !== 1 || !AND_WORD_RE.test(text));
  // (the body's name may hold "and": only the brackets are asked)
  if (text.charCodeAt(0) !== 79 /* O */ && !text.startsWith('See ') && !text.startsWith('Relevant parts of the ')) return false;
  const records = OFFICIAL_RECORDS_REPORT_RE.exec(text);
  return records !== null && (cited !== 1 || !/\band\b/.test(records[1]!));
}

/**
 * A body's report footnoted with its addendum printed as the next supplement: "1 Official Records of the General Assembly,
 * Seventy-ninth Session, Supplement No. 53 (A/79/53); and ibid., Supplement No. 53A (A/79/53/Add.1)." (A/RES/79/157 PP3, 80/189,
 * 78/186: the Human Rights Council's report; 78/73: UNRWA's) is one report, as "A/79/53 and A/79/53/Add.1" is (oneDocument
 * asks that the symbols are one document's): the text without that tail.
 */
const IBID_ADDENDUM_RE = /;\s+and\s+ibid\.,\s+Supplement\s+No\.\s+\d{1,3}[A-Z]\s+\([^()]*\/Add\.\d+\)\.?\s*$/;
function withoutIbidAddendum(text: string): string {
  const tail = text.indexOf('; and ibid.') >= 0 ? IBID_ADDENDUM_RE.exec(text) : null;
  return tail ? `${text.slice(0, tail.index)}.` : text;
}

const ICJ_KEY = nodeKey('Organization', 'International Court of Justice');
const ADVISORY_OPINION_RE = /\b[Aa]dvisory opinions?\b/g;
/**
 * Between "advisory opinion(s)" and the date the Court rendered it: "rendered on", "of", "of the International Court of
 * Justice of", ", rendered on", "issued by the Court on", "rendered by the International Court of Justice on".
 */
const OPINION_TO_DATE_RE =
  /^(?:\s+of\s+the\s+(?:International\s+Court(?:\s+of\s+Justice)?|Court))?(?:,?\s+(?:rendered|issued|delivered|given))?(?:\s+by\s+the\s+(?:International\s+Court\s+of\s+Justice|Court))?\s+(?:of|on)\s+$/;
/** Between two dates of one mention of advisory opinions ("rendered on 9 July 2004 and 19 July 2024"). */
const DATE_AND_DATE_RE = /^,?\s+and\s+(?:on\s+|of\s+)?$/;
/** Before an opinion the text has named already: "the", "its", "the Court’s", "that". */
const THE_OPINION_RE = /(?:\b(?:the|its|that)|Court[’']s)\s+$/;
/** After an opinion named without its day: the Court's name at most, then no subject nor other author. */
const UNDATED_OPINION_END_RE = /^(?:\s+of\s+the\s+(?:International\s+Court\s+of\s+Justice|Court)\b)?(?!\s+(?:on|of|concerning|regarding|rendered|issued|delivered|given)\b)/;
/** Kinds a footnote mark after an advisory opinion may be about instead (a resolution, a report cited in between). */
const CITED_BETWEEN = new Set(['Document', 'Resolution', 'Framework', 'Initiative', 'Event']);

/** `body` holds a mention keyed `key` (a loop, no closure: asked of every paragraph). */
function mentionsKey(body: readonly EntityMention[], key: string): boolean {
  for (let i = 0; i < body.length; i++) if (body[i]!.key === key) return true;
  return false;
}

/**
 * Per resolution: the day of each advisory opinion of the International Court of Justice it footnoted with the symbol of the
 * document that transmits it ('' once two symbols had one day).
 */
const opinionsOf = new WeakMap<RecognizeContext, Map<string, string>>();
/** ... and, under this key, the symbol of the opinion it footnoted last. */
const LAST_OPINION = 'last';
/**
 * "Recalling the advisory opinion rendered on 19 July 2024 by the International Court of Justice on the legal consequences
 * ...,9" ("9 See A/78/968."), then "7. Recalls the determination by the International Court of Justice, in its advisory
 * opinion rendered on 19 July 2024, that ..." and "10. Demands that Israel ... comply with its legal obligations, as
 * mentioned in the advisory opinions rendered on 9 July 2004 and 19 July 2024 by the International Court of Justice"
 * (A/RES/79/91): the opinion named again by its day is the document its footnote gave; "the advisory opinion" without its
 * day, the one footnoted last. Read only in paragraphs that name the Court (or once the resolution footnoted an opinion).
 */
export function linkAdvisoryOpinions(paragraph: ParagraphText, body: EntityMention[], footnotes: readonly EntityMention[], ctx: RecognizeContext): void {
  let known = opinionsOf.get(ctx);
  if (known === undefined && !mentionsKey(body, ICJ_KEY)) return;
  const text = paragraph.text;
  if (text.indexOf('dvisory opinion') < 0) return;
  let added: EntityMention[] | undefined;
  ADVISORY_OPINION_RE.lastIndex = 0;
  for (let o = ADVISORY_OPINION_RE.exec(text); o; o = ADVISORY_OPINION_RE.exec(text)) {
    const end = o.index + o[0].length;
    // the day(s) it was rendered
    const days: EntityMention[] = [];
    let at = end;
    for (const m of body) {
      if (m.kind !== 'Date' || m.start < at) continue;
      if (m.start - at > 90) break;
      if (!(days.length === 0 ? OPINION_TO_DATE_RE : DATE_AND_DATE_RE).test(text.slice(at, m.start)) || !/^Date:\d{4}-\d\d-\d\d$/.test(m.key)) break;
      days.push(m);
      at = m.end;
    }
    if (days.length === 0) {
      // "Recalling that the International Court of Justice, in its advisory opinion, found that ..." (A/RES/79/232 PP12,
      // after PP10 footnoted the opinion of 19 July 2024), "3. Affirms, in accordance with the advisory opinion of the
      // International Court of Justice, that ..." (A/RES/80/116, after PP10 footnoted the opinion of 19 July 2024 and PP12
      // the one of 22 October 2025): the opinion the resolution footnoted last; not "an advisory opinion" (one requested),
      // not "advisory opinions", not one named by its subject or another court ("the advisory opinion on climate change ...",
      // "the advisory opinion of the International Tribunal for the Law of the Sea")
      if (known === undefined || o[0].endsWith('s') || !THE_OPINION_RE.test(text.slice(Math.max(0, o.index - 12), o.index)) || !UNDATED_OPINION_END_RE.test(text.slice(end, end + 60))) continue;
      const s = known.get(LAST_OPINION);
      if (!s || footnotes.some((f) => f.key === nodeKey('Document', s)) || (added !== undefined && added.some((m) => m.name === s))) continue;
      (added ??= []).push({
        kind: 'Document', key: nodeKey('Document', s), name: s, attrs: { symbol: s }, phrase: o[0], start: o.index, end: end, footnote: undefined, nested: undefined,
      });
      continue;
    }
    // its footnote: the first mark after the day(s), with no other opinion or cited thing in between
    let symbol: string | undefined;
    if (days.length === 1) {
      const ref = paragraph.footnoteRefs.find((r) => r.footnote && r.offset >= at);
      if (ref && ref.offset - at < 1200 && !ref.footnote!.text.includes(';')) {
        const gap = text.slice(at, ref.offset);
        if (!/dvisory opinion|;/.test(gap) && !body.some((m) => CITED_BETWEEN.has(m.kind) && !m.nested && m.start >= at && m.start < ref.offset)) {
          symbol = oneDocument(footnotes.filter((f) => f.footnote?.offset === ref.offset && f.footnote.mark === ref.mark && (f.kind === 'Document' || f.kind === 'Resolution')));
        }
      }
    }
    if (symbol !== undefined) {
      if (known === undefined) opinionsOf.set(ctx, (known = new Map()));
      const day = days[0]!.key;
      const before = known.get(day);
      known.set(day, before === undefined || before === symbol ? symbol : '');
      known.set(LAST_OPINION, symbol);
      continue;
    }
    if (known === undefined) continue;
    for (const d of days) {
      const s = known.get(d.key);
      // (not again where its footnote is read: "its advisory opinion of 19 July 20242 ... to supplement the advisory opinion
      // of 19 July 2024", A/RES/80/116 PP10)
      if (!s || footnotes.some((f) => f.key === nodeKey('Document', s))) continue;
      // (every field of a mention, in the recognisers' order: one shape with the others)
      (added ??= []).push({
        kind: 'Document', key: nodeKey('Document', s), name: s, attrs: { symbol: s }, phrase: text.slice(o.index, d.end), start: o.index, end: d.end, footnote: undefined, nested: undefined,
      });
    }
  }
  if (added === undefined) return;
  for (const m of added) {
    let i = body.length;
    while (i > 0 && body[i - 1]!.start > m.start) i--;
    body.splice(i, 0, m);
  }
}

/**
 * A treaty body's general comment (documents.ts generalCommentMentions) whose symbol a footnote of the paragraph prints
 * ("32 CRC/C/GC/25.", A/RES/78/187 PP15): keyed by that symbol, the one node the footnote's own mention has. The symbol is
 * the one of the comment's number ("/GC/25") in its committee's series (CRC, CEDAW, CCPR, E/C.12 ...), or the only one of
 * that number when no committee is named. A comment with neither committee nor symbol ("general comment No. 1") names no
 * document: its mention goes.
 */
export function linkGeneralComments(body: EntityMention[], footnotes: EntityMention[]): void {
  let drop = false;
  for (const m of body) {
    const n = m.attrs.generalComment;
    if (typeof n !== 'string') continue;
    const author = typeof m.attrs.author === 'string' ? m.attrs.author : undefined;
    const series = author === undefined ? undefined : TREATY_BODY_SERIES.find(([re]) => re.test(author))?.[1];
    let symbol: string | undefined;
    let several = false;
    for (const f of footnotes) {
      const s = f.attrs.symbol;
      if (f.kind !== 'Document' || typeof s !== 'string' || !s.endsWith(`/GC/${n}`)) continue;
      if (series !== undefined && !s.startsWith(`${series}/`)) continue;
      if (symbol !== undefined && symbol !== s) several = true;
      symbol = s;
    }
    if (symbol !== undefined && !several) {
      m.attrs = { ...m.attrs, symbol };
      m.key = nodeKey('Document', symbol);
      m.name = symbol;
    } else if (m.key === '') drop = true;
  }
  // (a footnote's own comment without a committee, "14 General recommendation No. 28 (2002) on ... (see Official Records ...)")
  if (drop || footnotes.some((m) => m.key === '')) {
    for (const list of [body, footnotes]) {
      let k = 0;
      for (const m of list) if (m.key !== '') list[k++] = m;
      list.length = k;
    }
  }
}

/**
 * Per resolution: a document named by its title with its symbol in brackets right after it, "to consider necessary adjustments
 * to the Goods Review List (S/2002/515)" (S/RES/1454 (2002) PP4), keyed by that title. Later paragraphs name it by the title
 * alone: "Approves ... the adjustments to the Goods Review List specified in Annex A to this resolution" (OP1), "requests the
 * Committee established by resolution 661 (1990) to review the Goods Review List" (OP2): the same document, the symbol's node.
 */
const titledSymbolsOf = new WeakMap<RecognizeContext, Map<string, EntityMention>>();

export function linkTitlesNamedWithSymbols(text: string, body: EntityMention[], ctx: RecognizeContext): void {
  const known = titledSymbolsOf.get(ctx);
  if (known !== undefined) linkKnownTitles(text, body, known);
  for (let i = 0; i < body.length; i++) {
    const m = body[i]!;
    // (character tests first: the symbol printed in brackets, " (S/2002/515)", before the regex on the words before it)
    if (m.kind !== 'Document' || m.footnote !== undefined || m.start < 12 || text.charCodeAt(m.start - 1) !== 40 /* ( */ || text.charCodeAt(m.start - 2) !== 32 || text.charCodeAt(m.end) !== 41 /* ) */) continue;
    if (typeof m.attrs.symbol !== 'string' && !m.key.includes('/')) continue;
    const title = TITLE_BEFORE_SYMBOL_RE.exec(text.slice(Math.max(0, m.start - 90), m.start - 2));
    if (title === null) continue;
    const titleStart = m.start - 2 - title[1]!.length;
    // (a name the recognisers read, a body's or an instrument's, is no document's title)
    if (body.some((o) => o !== m && o.start < m.start - 2 && o.end > titleStart)) continue;
    let map = known;
    if (map === undefined) titledSymbolsOf.set(ctx, (map = new Map()));
    map.set(title[1]!, m);
  }
}

/** Each title `known` holds, printed in `text` where no mention is and not before its symbol again: a mention of its document. */
function linkKnownTitles(text: string, body: EntityMention[], known: ReadonlyMap<string, EntityMention>): void {
  for (const [title, doc] of known) {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length)) {
      const end = at + title.length;
      if (text.startsWith(' (', end) || body.some((o) => o.start < end && o.end > at)) continue;
      let i = body.length;
      while (i > 0 && body[i - 1]!.start > at) i--;
      body.splice(i, 0, { kind: doc.kind, key: doc.key, name: doc.name, attrs: doc.attrs, phrase: title, start: at, end, footnote: undefined, nested: undefined });
    }
  }
}
