// segment: CleanText -> ResolutionText[]. Finds each resolution (or draft, or
// decision) in a cleaned file, reads its metadata from the heading above its
// preamble (symbol, body, adoption date, title, session, agenda item), then
// splits its text into preambular (PP1..n) and operative (OP1..n) paragraphs,
// keeps sub-paragraphs inside their parent, keeps section headings, and
// attaches footnotes to the paragraphs whose text carries their marks.
//
// A resolution's own paragraphs stop at "Annex" or at the meeting line ("49th
// plenary meeting", "Adopted at the 2nd meeting"). An annex is another
// instrument with its own numbering. Most annexes (conventions in articles,
// rules of procedure, budget tables, lists, modalities, principles) are left
// out; an annexed declaration that the resolution adopts or endorses (a
// political declaration, an outcome document, a programme of action, a pact or
// compact: annexParts) is kept as paragraphs of the resolution with ids
// prefixed by the annex ("Annex.OP3", "AnnexII.PP1"), read as the same
// declaration printed inline after "Adopts the following political
// declaration:" is (A/RES/73/3: OP0, OP1, ...).
import { basename, extname } from 'node:path';
import type { CleanText, Footnote, ParagraphText, ResolutionText, SourceText, SubParagraph } from './models.js';
import { cleanText, markValue } from './clean.js';
import { readSource, type ReadOptions } from './read/index.js';
import * as P from './segment.patterns.js';
import { isRegexSpace } from './chars.js';
import { isAsciiCapital } from './codeUnit.js';
import { letterRe } from './letter-classes.js';

interface Block {
  text: string;
  /** offset in CleanText.text */
  start: number;
}

interface Unit {
  /** header paragraphs (masthead, title, draft label) */
  headerFrom: number;
  /** index of "The General Assembly," or -1 when the preamble opens without it */
  opener: number;
  bodyFrom: number;
  bodyTo: number;
  /** the meeting line closing the unit, if any */
  closing: number | undefined;
  decision: boolean;
  /** annexed declarations kept as the resolution's paragraphs (annexParts) */
  annexes: AnnexPart[] | undefined;
}

/**
 * A Unit, every one of one shape (all fields, in this order). Why: readParagraphs and segmentResolutions read units made
 * with and without a closing line, a decision flag or annexes; each other shape first met in corpus-ga (an annexed
 * declaration, a draft decision) deoptimised them ("wrong map"), and V8 compiled them again.
 */
function newUnit(headerFrom: number, opener: number, bodyFrom: number, bodyTo: number, closing: number | undefined, decision = false): Unit {
  return { headerFrom, opener, bodyFrom, bodyTo, closing, decision, annexes: undefined };
}

/** An annex read as paragraphs of its resolution: blocks [from, to), ids prefixed ("Annex.OP3", "AnnexII.PP1"). */
interface AnnexPart {
  from: number;
  to: number;
  prefix: string;
  /** the annex's title line ("Global Digital Compact"), when it has one: what "Adopts ... and its annexes" adopts */
  title: string | undefined;
}

const MONTHS: Record<string, string> = {
  january: '01', february: '02', march: '03', april: '04', may: '05', june: '06',
  july: '07', august: '08', september: '09', october: '10', november: '11', december: '12',
};
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** "19 December 2023" (anywhere in the text) -> "2023-12-19" */
export function parseDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const iso = P.ISO_DATE.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const m = P.DATE.exec(text);
  if (!m) return undefined;
  const monthName = m[2]!.toLowerCase().startsWith('apri') ? 'april' : m[2]!.toLowerCase();
  const month = MONTHS[monthName];
  const day = Number(m[1]);
  if (!month || day < 1 || day > 31) return undefined;
  return `${m[3]}-${month}-${String(day).padStart(2, '0')}`;
}

/** "Seventy-eighth session" -> "78"; "80th session" -> "80" */
export function parseSession(text: string): string | undefined {
  const m = P.SESSION.exec(text);
  if (!m) return undefined;
  if (m[3]) return String(Number(m[3]));
  const tens = m[1] ? TENS[m[1].slice(0, -1).toLowerCase()] ?? 0 : 0;
  const unit = ORDINALS[m[2]!.toLowerCase()];
  return unit === undefined ? undefined : String(tens + unit);
}

/** "2023 session" -> "2023" (the Economic and Social Council's sessions; a header line, so a cheap test first) */
function yearSession(text: string): string | undefined {
  if (!text.includes('session')) return undefined;
  const m = P.YEAR_SESSION.exec(text);
  return m ? m[1] ?? m[2] : undefined;
}

/** Bodies whose resolutions have a document symbol of their own (A/RES, S/RES, E/RES, A/HRC/RES) */
const KEYED_OPENER_BODIES: ReadonlySet<string> = new Set(['General Assembly', 'Security Council', 'Economic and Social Council', 'Human Rights Council', 'Assembly', 'Council']);

const BODY_BY_SYMBOL: [RegExp, string][] = [
  [/^A\/HRC\//, 'Human Rights Council'],
  [/^A\//, 'General Assembly'],
  [/^S\//, 'Security Council'],
  [/^E\//, 'Economic and Social Council'],
];

/** The end of a string, for end-anchored patterns (V8 would otherwise try them at every position). */
function tail(text: string): string {
  return text.length > 48 ? text.slice(-48) : text;
}

function isHeadingLike(text: string): boolean {
  if (text.length > 200 || P.TERMINAL_PUNCTUATION.test(tail(text)) || P.STARTS_LOWERCASE.test(text)) return false;
  // a clause that goes on in the next paragraph is no heading: "Determines that this action constitutes a breach of the
  // peace; and" (S/RES/82 (1950), its first operative paragraph, before the part numeral "I")
  if (text.charCodeAt(text.length - 1) === 100 /* d */ && P.ENDS_WITH_CLAUSE_AND.test(tail(text))) return false;
  let spaces = 0;
  for (let i = text.indexOf(' '); i >= 0 && spaces < 30; i = text.indexOf(' ', i + 1)) spaces++;
  return spaces < 30;
}

/** Symbol from a file name: A_RES_78_132 -> A/RES/78/132, S_RES_0242_1967 -> S/RES/242(1967). */
export function symbolFromFileName(file: string): string | undefined {
  const base = basename(file).replace(/\..*$/, '');
  let m = /^A_RES_(\d{1,3})_(\d{1,4})(?:_?([A-Z]))?$/i.exec(base);
  if (m) return `A/RES/${Number(m[1])}/${Number(m[2])}${m[3] ? ` ${m[3].toUpperCase()}` : ''}`;
  m = /^S_RES_(\d{1,4})_(\d{4})$/i.exec(base);
  if (m) return `S/RES/${Number(m[1])}(${m[2]})`;
  m = /^E_RES_(\d{4})_(\d{1,3})$/i.exec(base);
  if (m) return `E/RES/${m[1]}/${Number(m[2])}`;
  return undefined;
}

function fileBase(file: string): string {
  const base = basename(file);
  const ext = extname(base);
  return (ext ? base.slice(0, -ext.length) : base).replace(/\.(?:pdftext|railcar|extracted)$/i, '');
}

function needsEdgeTrim(raw: string): boolean {
  if (raw === '') return false;
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(raw.length - 1);
  return first <= 32 || last <= 32 || first === 0xa0 || last === 0xa0;
}

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n\n', start);
    const stop = end < 0 ? text.length : end;
    const raw = text.slice(start, stop);
    // clean's output is already one line per paragraph with single spaces; other text is normalised here
    const trimmed = raw.indexOf('\n') >= 0 || needsEdgeTrim(raw) ? raw.replace(/\s+/g, ' ').trim() : raw;
    if (trimmed !== '') blocks.push({ text: trimmed, start: start + (raw.length - raw.trimStart().length) });
    if (end < 0) break;
    start = end + 2;
  }
  return blocks;
}

function isBodyEnd(text: string): boolean {
  const c = text.charCodeAt(0);
  // a report's lettered section ("B. Draft decision for adoption by the Council") ends the draft before it: the report's
  // own paragraph after it ("2. The Commission ... recommends ...") is no operative paragraph of that draft
  if (c >= 65 && c <= 72 && text.charCodeAt(1) === 46 && text.charCodeAt(2) === 32 && P.REPORT_SECTION_HEADING.test(text)) return true;
  // first-character dispatch: these run on every paragraph
  if (c >= 48 && c <= 57) return P.GA_MEETING_LINE.test(text);
  if (c === 65 /* A */) return P.SC_MEETING_LINE.test(text) || P.ANNEX_LINE.test(text);
  return false;
}

/** "Provisional agenda and documentation for the twenty-ninth session of the Commission" (a draft decision's agenda) */
function isAgendaHeading(text: string): boolean {
  return text.startsWith('Provisional agenda') && P.PROVISIONAL_AGENDA_HEADING.test(text);
}

/** Starts of a new resolution's heading: a draft label, a title line, an "adopted by" line, a symbol. */
function isUnitHeader(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 68 /* D */) return P.DRAFT_LABEL.test(text);
  if (c === 82 /* R */) return P.ADOPTED_BY_LINE.test(text) || P.SC_RESOLUTION_LINE.test(text) || P.BODY_RESOLUTION_LINE.test(text);
  if (c >= 48 && c <= 57) return P.SC_OLD_RESOLUTION_LINE.test(text);
  return false;
}

function isOpener(text: string): boolean {
  return text.charCodeAt(0) === 84 /* T */ && text.length <= 120 && P.OPENER.test(text);
}

function looksPreambular(text: string): boolean {
  return P.ENDS_WITH_COMMA.test(tail(text)) && P.PREAMBULAR_START.test(text);
}

/** Find the resolutions of a file: each preamble opener, or a fallback when there is none. */
function findUnits(blocks: Block[], src: SourceText): Unit[] {
  const units: Unit[] = [];
  let headerFrom = 0;
  for (let i = 0; i < blocks.length; i++) {
    const label = P.DRAFT_LABEL.exec(blocks[i]!.text);
    if (label && label[1] === 'decision') {
      // "Draft decision I", its title, then "The Economic and Social Council takes note of ..." (no preamble)
      let from = -1;
      for (let k = i + 1; k < Math.min(blocks.length, i + 4); k++) {
        if (P.DECISION_SENTENCE.test(blocks[k]!.text)) {
          from = k;
          break;
        }
      }
      if (from > 0) {
        let end = from + 1;
        // "... approves the provisional agenda and documentation for the twenty-ninth session of the Commission set out below."
        // then the agenda under its heading: its items ("1. Election of officers.") are no paragraphs of the decision
        while (end < blocks.length && !isUnitHeader(blocks[end]!.text) && !isOpener(blocks[end]!.text) && !isBodyEnd(blocks[end]!.text) && !isAgendaHeading(blocks[end]!.text)) end++;
        units.push(newUnit(headerFrom, -1, from, end, undefined, true));
        headerFrom = end;
        i = end - 1;
        continue;
      }
    }
    if (!isOpener(blocks[i]!.text)) continue;
    // the body runs to the meeting line, an annex, or the next resolution's heading
    let j = i + 1;
    let closing: number | undefined;
    for (; j < blocks.length; j++) {
      const t = blocks[j]!.text;
      if (isBodyEnd(t)) {
        closing = j;
        break;
      }
      if (isOpener(t) || isUnitHeader(t) || (P.TITLE_LINE.test(t) && j + 1 < blocks.length && isOpener(blocks[j + 1]!.text))) break;
    }
    units.push(newUnit(headerFrom, i, i + 1, j, closing));
    // skip an annex: the next unit's heading starts at the next draft label / title / opener
    let next = j;
    if (closing !== undefined) {
      next = closing + 1;
      if (P.ANNEX_LINE.test(blocks[closing]!.text) || (next < blocks.length && P.ANNEX_LINE.test(blocks[next]!.text))) {
        const annexAt = P.ANNEX_LINE.test(blocks[closing]!.text) ? closing : next;
        while (next < blocks.length && !isUnitHeader(blocks[next]!.text) && !isOpener(blocks[next]!.text)) next++;
        // an opener inside an annex ("The Conference,") belongs to the annex unless a heading precedes it
        while (next < blocks.length && isOpener(blocks[next]!.text) && !(next > 0 && isUnitHeader(blocks[next - 1]!.text))) {
          next++;
          while (next < blocks.length && !isUnitHeader(blocks[next]!.text) && !isOpener(blocks[next]!.text)) next++;
        }
        const annexes = annexParts(blocks, i + 1, j, annexAt, next);
        if (annexes) units[units.length - 1]!.annexes = annexes;
      }
    }
    headerFrom = closing !== undefined ? Math.min(next, blocks.length) : j;
    i = Math.max(i, next - 1);
  }
  if (units.length > 0) return units;

  // No opener: the preamble starts after the title line, or at the first preambular/numbered paragraph.
  let bodyFrom = -1;
  for (let i = 0; i < Math.min(blocks.length, 60); i++) {
    const t = blocks[i]!.text;
    if (P.TITLE_LINE.test(t)) {
      bodyFrom = i + 1;
      break;
    }
    // "1 (1946) Resolution of 25 January 1946", then "By Article 47 of the Charter, the United Nations have agreed ... ;" and
    // "Therefore" (S/RES/1 (1946)): the Council's heading line with no "The Security Council," after it; the body starts
    // after it (a preamble that opens with no participle was lost when the body started at "1.")
    if (isUnitHeader(t) && (P.SC_OLD_RESOLUTION_LINE.test(t) || P.SC_RESOLUTION_LINE.test(t))) {
      bodyFrom = i + 1;
      while (bodyFrom < blocks.length && P.DATE_ONLY_LINE.test(blocks[bodyFrom]!.text)) bodyFrom++;
      break;
    }
    if (P.DECISION_TEXT.test(t)) {
      return [newUnit(0, -1, i, i + 1, undefined, true)];
    }
    if (looksPreambular(t) || /^1\.\s/.test(t)) {
      bodyFrom = i;
      break;
    }
  }
  if (bodyFrom < 0) {
    const decisionMeta = src.meta?.ED_DecisionNumber ?? src.meta?.decision;
    if (decisionMeta && blocks.length > 0) return [newUnit(0, -1, 0, blocks.length, undefined, true)];
    return [];
  }
  let j = bodyFrom;
  let closing: number | undefined;
  for (; j < blocks.length; j++) {
    if (isBodyEnd(blocks[j]!.text)) {
      closing = j;
      break;
    }
  }
  if (j === bodyFrom) return [];
  return [newUnit(0, -1, bodyFrom, j, closing)];
}

/**
 * The annexes of blocks [annexAt, end) (each opened by an "Annex", "Annex II" line) that are declarations, kept as
 * paragraphs of the resolution whose body is blocks [bodyFrom, bodyTo): a political declaration or outcome document
 * adopted or endorsed by the resolution "as contained in the annex" (A/RES/78/4, 79/323, 80/3) or by "Adopts the
 * following political declaration" with the declaration printed in the annex (A/RES/80/117), the Global Digital
 * Compact and the Declaration on Future Generations annexed to the Pact for the Future (A/RES/79/1). Read by the title
 * of the annex (a declaration's name), its opening in the declaration's voice ("We, Heads of State and Government
 * ..."), or the resolution's clause adopting it. A convention in articles, rules of procedure, a budget's tables, a
 * list, modalities, principles or model strategies stay out (their title says so), as any annex of other resolutions.
 */
function annexParts(blocks: Block[], bodyFrom: number, bodyTo: number, annexAt: number, end: number): AnnexPart[] | undefined {
  let adopts = false;
  for (let k = bodyFrom; k < bodyTo && !adopts; k++) {
    const t = blocks[k]!.text;
    adopts = P.ADOPTS_DECLARATION.test(t) && (t.includes('annex') || t.includes('following')) && P.DECLARATION_WORD.test(t);
  }
  let parts: AnnexPart[] | undefined;
  for (let s = annexAt; s < end; ) {
    let e = s + 1;
    while (e < end && !P.ANNEX_LINE.test(blocks[e]!.text)) e++;
    const label = blocks[s]!.text;
    const first = s + 1 < e ? blocks[s + 1]!.text : '';
    const titled = isHeadingLike(first);
    let voice = false;
    let articles = false;
    for (let k = s + 1; k < Math.min(e, s + 4); k++) {
      const t = blocks[k]!.text;
      voice ||= P.DECLARATION_VOICE.test(t);
      articles ||= P.CONVENTION_OPENING.test(t);
    }
    const vetoed = articles || (titled && P.NOT_DECLARATION_ANNEX.test(first));
    if (label.startsWith('Annex') && e > s + 1 && !vetoed && (adopts || voice || (titled && P.DECLARATION_WORD.test(first)))) {
      (parts ??= []).push({ from: s + 1, to: e, prefix: `${label.replace(/\s+/g, '')}.`, title: titled ? first : undefined });
    } else if (articles && label.startsWith('Annex')) {
      const preamble = conventionPreamble(blocks, s + 1, e);
      // the literal of the branch above, not a spread copy (a clone map of its own: segmentResolutions' `part.title` deopted
      // on it, "wrong map", at A/RES/79/243's convention, and ran its last files uncompiled)
      if (preamble) (parts ??= []).push({ from: preamble.from, to: preamble.to, prefix: `${label.replace(/\s+/g, '')}.`, title: undefined });
    }
    s = e;
  }
  return parts;
}

/**
 * The preamble of a convention annexed to the resolution that adopts it, blocks [from, to) of the annex: the paragraphs
 * after "The States Parties to the present Convention," up to "Have agreed as follows:" (A/RES/79/243, 80/162). They are
 * clauses of the genre ("Recalling General Assembly resolutions 74/247 ...", "Commending the work of the United Nations
 * Office on Drugs and Crime"); the articles after them are the treaty's rules, no clauses, and stay out. Undefined when the
 * annex opens with its articles or its preamble has no end line.
 */
function conventionPreamble(blocks: Block[], from: number, to: number): { from: number; to: number } | undefined {
  let k = from;
  while (k < Math.min(to, from + 4) && !P.CONVENTION_PARTIES_OPENER.test(blocks[k]!.text.trim())) k++;
  if (k >= Math.min(to, from + 4)) return undefined;
  const start = k + 1;
  for (k = start; k < to; k++) if (P.CONVENTION_PREAMBLE_END.test(blocks[k]!.text)) break;
  return k < to && k > start ? { from: start, to: k } : undefined;
}

/** The metadata a resolution's header gives (the model's fields, all optional but the instrument). */
type Header = Partial<Pick<ResolutionText, 'symbol' | 'body' | 'number' | 'title' | 'date' | 'session' | 'agendaItem' | 'draftLabel' | 'committee' | 'report' | 'draftSymbol' | 'submittedBy'>> &
  Pick<ResolutionText, 'instrument'>;

/**
 * "[on the report of the Sixth Committee (A/78/432, para. 8)]": the committee and its report, kept on the resolution as its
 * agenda item is (the header is no paragraph: it names what the Assembly acted on, no verb of the text relates it), or the
 * draft's symbol "[without reference to a Main Committee (A/78/L.1)]". The line may break before its end (`next`).
 */
function adoptedOnReport(t: string, next: string | undefined, header: Header): void {
  if (!t.startsWith('[on the report of ') && !t.startsWith('[without reference to ') && !t.startsWith('[on the recommendation of ')) return;
  const line = (t.includes(']') || next === undefined ? t : `${t} ${next}`).replace(/\s+/g, ' ').trim();
  const m = P.ADOPTED_ON_REPORT_LINE.exec(line);
  if (!m) return;
  if (m[4]) {
    header.draftSymbol = m[4];
    return;
  }
  const numbered = P.MAIN_COMMITTEE_NUMBER.exec(line);
  header.committee = numbered ? numbered[1] : m[1] ?? m[2];
  header.report = m[3];
}

/** the rest of a title after its printed part: a word, a number, a quote or a bracket */
const TITLE_GOES_ON_RE = letterRe(String.raw`^ [\p{L}\d“"(]`, 'u');

function readHeader(blocks: Block[], unit: Unit, src: SourceText, single: boolean, reportSymbol: string | undefined): Header {
  const header: Header = { instrument: unit.decision ? 'decision' : 'resolution' };
  const headerEnd = unit.opener >= 0 ? unit.opener : unit.bodyFrom;
  let draftAt = -1;
  let titleLine: RegExpExecArray | undefined;
  let titleAt = -1;
  let printedSymbol: string | undefined;
  let scNumber: { n: string; year: string } | undefined;
  let scAt = -1;
  let bodyNumber: string | undefined;
  for (let i = unit.headerFrom; i < headerEnd; i++) {
    const t = blocks[i]!.text;
    if (t.length <= 20 && t.startsWith('Resolution ')) bodyNumber ??= P.BODY_RESOLUTION_LINE.exec(t)?.[1];
    const draft = P.DRAFT_LABEL.exec(t);
    if (draft) {
      draftAt = i;
      header.draftLabel = t;
      header.instrument = draft[1] === 'decision' ? 'decision' : 'resolution';
      continue;
    }
    // a draft's submitter, printed in its label (the label is no "Draft resolution I": the symbol stays the document's)
    if (t.startsWith('Draft ')) header.submittedBy ??= P.DRAFT_SUBMITTED_BY.exec(t)?.[1];
    const symbol = P.SYMBOL_PARAGRAPH.exec(t);
    if (symbol) printedSymbol = symbol[2] ? `${symbol[1]}(${symbol[2]})` : symbol[1];
    const title = P.TITLE_LINE.exec(t);
    if (title && !titleLine) {
      titleLine = title;
      titleAt = i;
    }
    const adopted = P.ADOPTED_BY_LINE.exec(t);
    if (adopted) {
      header.body ??= adopted[1];
      header.date ??= parseDate(adopted[2]);
    }
    const scAdopted = P.SC_ADOPTED_LINE.exec(t);
    if (scAdopted) {
      header.body ??= scAdopted[1];
      header.date ??= parseDate(scAdopted[2]);
    }
    const sc = P.SC_RESOLUTION_LINE.exec(t) ?? P.SC_OLD_RESOLUTION_LINE.exec(t);
    if (sc) {
      scNumber = { n: sc[1]!, year: sc[2]! };
      scAt = i;
      header.date ??= parseDate(sc[3]);
      // "Resolution 883 (1993)" then the date alone on the next line
      const next = blocks[i + 1]?.text;
      if (next && P.BARE_DATE.test(next)) header.date ??= parseDate(next);
    }
    header.session ??= parseSession(t) ?? yearSession(t);
    const agenda = P.AGENDA_ITEM.exec(t);
    if (agenda) header.agendaItem ??= agenda[1];
    if (t.charCodeAt(0) === 91 /* [ */ && header.committee === undefined && header.draftSymbol === undefined) adoptedOnReport(t, blocks[i + 1]?.text, header);
  }
  // the decision record states its date in its one paragraph
  if (unit.decision && unit.bodyFrom < blocks.length) {
    const d = P.DECISION_TEXT.exec(blocks[unit.bodyFrom]!.text);
    if (d) {
      header.date ??= parseDate(d[1]);
      header.body ??= d[2];
    }
  }
  if (unit.opener >= 0) header.body ??= P.OPENER.exec(blocks[unit.opener]!.text)?.[1];
  if (unit.closing !== undefined) {
    const meeting = blocks[unit.closing]!.text;
    header.date ??= parseDate(meeting);
  }

  // title: the title line; for a draft the paragraph(s) between the label and the opener
  if (titleLine) {
    // a long title wraps onto the next paragraph ("79/243. United Nations Convention against Cybercrime;" + subtitle)
    const rest = blocks.slice(titleAt + 1, headerEnd).map((b) => b.text);
    header.title = rest.length > 0 && rest.length <= 2 && rest.every((r) => !r.startsWith('[') && !P.SYMBOL_PARAGRAPH.test(r)) ? [titleLine[4], ...rest].join(' ') : titleLine[4];
  } else if (unit.opener > unit.headerFrom && draftAt < 0) {
    // no number before the title ("Cooperation between the United Nations and ..."): the heading just above the preamble
    const above = blocks[unit.opener - 1]!.text;
    if (isHeadingLike(above) && !above.startsWith('[') && !isUnitHeader(above) && !P.SC_ADOPTED_LINE.test(above) && !P.NOT_A_TITLE.test(above) && !P.SYMBOL_PARAGRAPH.test(above) && !P.SESSION.test(above)) {
      header.title = above.includes('/') ? above.replace(P.UNNUMBERED_TITLE_START, '') : above;
    }
  } else if (draftAt >= 0 && headerEnd - draftAt >= 2) header.title = blocks.slice(draftAt + 1, headerEnd).map((b) => b.text).join(' ');
  // the Council's early compilations print the subject in capitals above the resolution's number line ("MILITARY STAFF
  // COMMITTEE", then "1 (1946) Resolution of 25 January 1946", S/RES/1 (1946)): that heading is its title, as printed
  if (!header.title && scAt > unit.headerFrom) {
    const above = blocks[scAt - 1]!.text;
    if (P.CAPITALS_HEADING.test(above)) header.title = above;
  }
  const meta = single ? src.meta : undefined;
  // (the container's title as the catalogue punctuates it, the resolution's own punctuation restored)
  const catalogueTitle = meta?.title?.replace(P.CATALOGUE_END_COLON, '').replace(P.CATALOGUE_SUBTITLE_COLON, ': ');
  if (!header.title && catalogueTitle) header.title = catalogueTitle;
  // a title line cut short in the extracted text ("Open-ended working group on security of and in the use of";
  // the railcar Markdown keeps only a wrapped title's first line: "Necessity of ending the economic, commercial
  // and financial", A/RES/80/4) is completed from the container's full title when that one goes on with more
  // words (not with a ": subtitle")
  if (header.title && catalogueTitle) {
    const full = catalogueTitle.replace(/\s+/g, ' ').trim();
    const printed = header.title.replace(/\s+/g, ' ').trim();
    const rest = full.slice(printed.length);
    if (rest.length > 0 && TITLE_GOES_ON_RE.test(rest) && full.toLowerCase().startsWith(printed.toLowerCase())) header.title = full;
  }
  if (!header.title && meta?.ED_Title) header.title = meta.ED_Title;

  // symbol
  const fromName = symbolFromFileName(src.file);
  if (header.draftLabel) {
    header.symbol = `${reportSymbol ?? fileBase(src.file)} ${header.draftLabel.replace(/^Draft/, 'draft')}`;
  } else if (printedSymbol && /\/RES\//.test(printedSymbol)) {
    header.symbol = printedSymbol.replace(/ ?\((\d{4})\)$/, '($1)');
  } else if (meta?.symbol && /^[AES]\//.test(meta.symbol)) {
    header.symbol = meta.symbol;
  } else if (titleLine && (header.body === undefined || header.body === 'General Assembly') && !/^\d{4}$/.test(titleLine[1]!)) {
    header.symbol = `A/RES/${Number(titleLine[1])}/${Number(titleLine[2])}${titleLine[3] ? ` ${titleLine[3]}` : ''}`;
  } else if (titleLine && header.body === 'Economic and Social Council') {
    header.symbol = `E/RES/${titleLine[1]}/${Number(titleLine[2])}`;
  } else if (scNumber) {
    header.symbol = `S/RES/${Number(scNumber.n)}(${scNumber.year})`;
  } else if (bodyNumber && header.body && !KEYED_OPENER_BODIES.has(header.body)) {
    // a commission's resolution, keyed as the texts cite it: "Commission on Narcotic Drugs resolution 68/1"
    header.symbol = `${header.body} resolution ${bodyNumber}`;
    header.number = bodyNumber;
  } else if (unit.decision && (meta?.ED_DecisionNumber ?? meta?.decision)) {
    header.symbol = `A/DEC/${meta?.ED_DecisionNumber ?? meta?.decision}`;
  } else if (printedSymbol) {
    header.symbol = printedSymbol;
  } else if (fromName && single) {
    header.symbol = fromName;
  }
  if (header.symbol) {
    for (const [re, body] of BODY_BY_SYMBOL) {
      if (re.test(header.symbol)) {
        header.body ??= body;
        break;
      }
    }
    const ga = P.GA_RES_SYMBOL.exec(header.symbol);
    const sc = /^S\/RES\/(\d{1,4})\((\d{4})\)$/.exec(header.symbol);
    const ecosoc = P.ECOSOC_RES_SYMBOL.exec(header.symbol);
    const dec = /^A\/DEC\/(\d{1,3}\/\d{1,4})$/.exec(header.symbol);
    if (ga) {
      header.number = `${ga[1]}/${ga[2]}${ga[3] ? ` ${ga[3]}` : ''}`;
      header.session ??= ga[1];
    } else if (sc) header.number = `${sc[1]} (${sc[2]})`;
    else if (ecosoc) header.number = `${ecosoc[1]}/${ecosoc[2]}`;
    else if (dec) header.number = dec[1];
    else if (header.symbol.startsWith('A/HRC/')) header.number ??= P.HRC_RES_SYMBOL.exec(header.symbol)?.[1];
  }
  if (meta) {
    header.date ??= parseDate(meta.date ?? meta['ED_Meeting.0.ED_Date']);
    if (!header.session && meta.ED_Session) header.session = parseSession(meta.ED_Session);
    header.agendaItem ??= meta.ED_AgendaItem;
  }
  return header;
}

/** A paragraph being built, before it gets its PP/OP id. */
interface Draft {
  kind: 'preambular' | 'operative';
  number?: number;
  /** set from `pieces` when the paragraph is complete */
  text: string;
  /** the blocks joined into the paragraph (a growing string re-read at its end would be re-flattened each time) */
  pieces: string[];
  length: number;
  /** the last characters, for end-anchored checks */
  end: string;
  subparagraphs: SubParagraph[];
  heading?: string;
  /** the label of the numbered section the paragraph sits in ("XI", "B"), for ids when the numbering restarts */
  section: string | undefined;
  /** clean-text offsets spanned, for footnote placement */
  cleanFrom: number;
  cleanTo: number;
}

/**
 * A preambular paragraph cut after a comma by a page break, its rest opening with a capital: "... the
 * Monterrey Consensus of the International Conference on Financing for Development, 13\n[page]\nAgenda 2063
 * adopted by the African Union, ..." (A/RES/79/146), "... in a Timely and Reliable Manner,\n[page]\nIllicit
 * Small Arms and Light Weapons ..." (A/RES/79/67), a list of names (A/RES/80/223). Every preambular paragraph
 * opens with a participle or an adjective of mind (PREAMBULAR_START): a block that opens otherwise, is no
 * operative paragraph and no heading, goes on the paragraph before.
 */
function continuesPreamble(last: Draft, t: string, seenOperative: boolean): boolean {
  if (seenOperative || last.kind !== 'preambular' || last.number !== undefined) return false;
  const c = t.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  // openers PREAMBULAR_START does not list ("Unequivocally condemning", "Re-emphasizing the", "Ever mindful",
  // "Seized of", "Disappointed at") go on with a lowercase word; a name cut by the page goes on with a capital
  // or a number ("Agenda 2063", "Illicit Small Arms", "Iryna Danylovych")
  const space = t.indexOf(' ');
  if (space < 0 || space + 1 >= t.length) return false;
  const next = t.charCodeAt(space + 1);
  if (!((next >= 65 && next <= 90) || (next >= 48 && next <= 57))) return false;
  return P.ENDS_WITH_COMMA.test(last.end) && !P.PREAMBULAR_START.test(t) && !P.OPERATIVE_START.test(t) && !P.PREAMBLE_OPENER.test(t) && !isHeadingLike(t);
}

/**
 * A numbered section's heading too long for isHeadingLike: "II Implementation of the 1995 Agreement for the
 * Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982
 * relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks"
 * (A/RES/79/145, 80/109): a Roman numeral, a capital, no sentence end.
 */
function isLongSectionHeading(t: string): boolean {
  if (t.length < 200 || t.length >= 320) return false;
  const c = t.charCodeAt(0);
  if (c !== 73 && c !== 86 && c !== 88 && c !== 76 && c !== 67) return false; // I V X L C
  return P.ROMAN_SECTION_HEADING.test(t) && !P.TERMINAL_PUNCTUATION.test(tail(t));
}

/**
 * Is a section heading's label a Roman numeral? Sections numbered in Roman numerals may hold parts lettered A, B
 * inside ("VII Administrative expenses of the United Nations Joint Staff Pension Fund", then "B. Office of
 * Investment Management" in a table of it, A/RES/78/253), and a letter does not end such a section. A lone I,
 * V, X, L or C after a lettered section is a letter (S/RES/687 (1991): sections A to I).
 */
function isRomanLabel(label: string, current: string | undefined, currentRoman: boolean): boolean {
  return P.ROMAN_NUMERAL.test(label) && (label.length > 1 || current === undefined || currentRoman);
}

/** Split a unit's body into paragraphs. */
function readParagraphs(blocks: Block[], unit: Unit): { drafts: Draft[]; headings: string[] } {
  const drafts: Draft[] = [];
  const headings: string[] = [];
  let heading: string | undefined;
  let seenOperative = false;
  let lastNumber = 0;
  /** inside the items of a list announced by a colon */
  let inList = false;
  /** the block before was a heading of a numeral alone ("II") */
  let bareNumeral = false;
  /** the number of the last item of a numbered list inside the last paragraph (0: none) */
  let listNumber = 0;
  /** the label of the last numbered section heading ("XI" of "XI Revised estimates ...", "B") */
  let section: string | undefined;
  let sectionRoman = false;
  /** A heading read: the paragraphs after it sit under it, in its numbered section when it has a label. */
  const openHeading = (h: string): void => {
    heading = h;
    headings.push(h);
    const label = P.SECTION_LABEL.exec(h)?.[1];
    if (label !== undefined) {
      const roman = isRomanLabel(label, section, sectionRoman);
      if (roman || !sectionRoman) {
        section = label;
        sectionRoman = roman;
      }
    }
    listNumber = 0;
  };
  const append = (d: Draft, text: string, block: Block): void => {
    d.pieces.push(text);
    d.length += 1 + text.length;
    d.end = text.length >= 48 ? tail(text) : tail(`${d.end} ${text}`);
    d.cleanTo = block.start + block.text.length;
  };
  for (let i = unit.bodyFrom; i < unit.bodyTo; i++) {
    const block = blocks[i]!;
    const t = block.text;
    // the lone "Therefore" before the numbered paragraphs joins the preamble to them: no heading of theirs
    if (t.length <= 10 && !seenOperative && t.charCodeAt(0) === 84 /* T */ && P.THEREFORE_LINE.test(t)) continue;
    const last = drafts[drafts.length - 1];
    const afterBareNumeral = bareNumeral;
    bareNumeral = false;
    const cleanTo = block.start + t.length;
    let numbered = P.NUMBERED_PARAGRAPH.exec(t);
    // "6 Also reaffirms" (the period lost in print) counts when 6 is the next number
    if (!numbered && lastNumber > 0) {
      const bare = P.BARE_NUMBER_PARAGRAPH.exec(t);
      if (bare && Number(bare[1]) === lastNumber + 1) numbered = bare;
    }
    if (!numbered && lastNumber > 0) {
      // a heading run into the next numbered paragraph (HEADING_RUN_IN): the heading, then the paragraph; after a numeral
      // alone ("I.", then "Global context and shared commitments 3. We gather ...", A/RES/80/3's annex, railcar form, whose
      // paragraph 2 lost its number) the section's title, and the number may be one further
      let next = lastNumber + 1;
      let at = t.indexOf(` ${next}. `);
      // (or printed with it: "I. Global context and shared commitments 3. We gather ...")
      if (at < 0 && ((afterBareNumeral && heading !== undefined) || P.ROMAN_SECTION_HEADING.test(t))) at = t.indexOf(` ${++next}. `);
      const runIn = at > 2 && at < 260 ? P.HEADING_RUN_IN.exec(t) : null;
      if (runIn && Number(runIn[2]) === next) {
        if (next === lastNumber + 2) splitLostParagraph(drafts, blocks, i, lastNumber + 1);
        if (afterBareNumeral && heading !== undefined) {
          heading = `${heading} ${runIn[1]!}`;
          headings[headings.length - 1] = heading;
          listNumber = 0;
        } else openHeading(runIn[1]!);
        inList = false;
        lastNumber = next;
        seenOperative = true;
        drafts.push(newDraft('operative', lastNumber, t.slice(runIn[0].length), heading, section, block.start + runIn[0].length, cleanTo));
        continue;
      }
    }
    if (numbered && numbered[2] !== '') {
      const n = Number(numbered[1]);
      // a numbered list announced by a colon, its numbers no paragraph's: "11. Approves the following provisional
      // agenda for the Fifteenth Congress ...:" then "1. Opening of the Congress." ... "7. Adoption of the report
      // of the Congress." (A/RES/78/223); "Article 9, new paragraph 4:" then "4. In hearing an application ..."
      // (A/RES/78/248). Items of the paragraph, not paragraphs numbered again.
      if (last && n !== lastNumber + 1 && ((listNumber === 0 && n <= lastNumber && last.end.endsWith(':')) || (listNumber > 0 && n === listNumber + 1))) {
        const start = last.length + 1 + (t.length - numbered[2]!.length);
        append(last, t, block);
        last.subparagraphs.push({ label: `${n}.`, text: numbered[2]!, start });
        listNumber = n;
        inList = false;
        continue;
      }
      listNumber = 0;
      inList = false;
      seenOperative = true;
      if (n === lastNumber + 2 && lastNumber > 0) splitLostParagraph(drafts, blocks, i, lastNumber + 1);
      // "... as well as the relevant commitments in the Pact for the Future. 16 9. We note the interest ..." (A/RES/80/3's
      // annex, railcar form: the line break before the next number lost): the paragraphs numbered next run on in one block
      let body = numbered[2]!;
      let number = n;
      let from = block.start;
      for (let cut = runOnParagraph(body, number); cut > 0; cut = runOnParagraph(body, number)) {
        const bodyAt = block.start + t.length - body.length;
        drafts.push(newDraft('operative', number, body.slice(0, cut), heading, section, from, bodyAt + cut));
        from = bodyAt + cut + 1;
        body = body.slice(cut + 3 + String(number + 1).length);
        number += 1;
      }
      lastNumber = number;
      drafts.push(newDraft('operative', number, body, heading, section, from, cleanTo));
      continue;
    }
    const sub = P.SUBPARAGRAPH.exec(t);
    if (sub && last) {
      const start = last.length + 1 + sub[1]!.length + 3;
      append(last, t, block);
      last.subparagraphs.push({ label: `(${sub[1]})`, text: sub[2]!, start });
      continue;
    }
    const bullet = P.BULLET_ITEM.exec(t);
    if (bullet && last) {
      const start = last.length + 1 + (t.length - bullet[1]!.length);
      append(last, t, block);
      last.subparagraphs.push({ label: '•', text: bullet[1]!, start });
      continue;
    }
    // "Action 6. We will invest in people to end poverty ...": a numbered heading of the Pact for the Future
    // (A/RES/79/1), a full sentence between numbered paragraphs, not a paragraph of its own
    const c0 = t.charCodeAt(0);
    if ((c0 === 65 || c0 === 79) && P.NUMBERED_ACTION_HEADING.test(t)) {
      heading = t;
      headings.push(t);
      inList = false;
      listNumber = 0;
      continue;
    }
    // the items of a list announced by a colon ("will be held as follows:" / "Monday, 9 June: ...")
    if (last && (last.end.endsWith(':') || inList) && !P.OPERATIVE_START.test(t) && !P.PREAMBULAR_START.test(t) && !isHeadingLike(t)) {
      append(last, t, block);
      inList = true;
      continue;
    }
    inList = false;
    // a paragraph continued after a page break that clean could not join
    if (last && (P.STARTS_LOWERCASE.test(t) || (!P.TERMINAL_PUNCTUATION.test(last.end) && !P.PREAMBULAR_START.test(t) && !P.OPERATIVE_START.test(t) && !isHeadingLike(t)) || continuesPreamble(last, t, seenOperative))) {
      append(last, t, block);
      continue;
    }
    // "Noting in this regard the recommendation by the Co-Chairmen of the Steering" (S/RES/827 (1993)): in the
    // preamble, a block that opens like a preambular paragraph is one cut by a blank line, not a heading
    const openerCut = !seenOperative && P.PREAMBLE_OPENER.test(t);
    // a section's title printed apart from its numeral ("II", then "Implementation of the 1995 Agreement for the
    // Implementation of the Provisions of the United Nations Convention on the Law of the Sea ... Fish Stocks",
    // A/RES/78/68): too long for a heading alone, it ends no sentence and completes the heading
    if (afterBareNumeral && heading !== undefined && t.length < 320 && !P.TERMINAL_PUNCTUATION.test(tail(t))) {
      heading = `${heading} ${t}`;
      headings[headings.length - 1] = heading;
      continue;
    }
    // ("II. What do small island developing States want?", A/RES/78/317's annex: a numbered section's heading asks)
    const askingHeading = t.length < 160 && t.charCodeAt(t.length - 1) === 63 /* ? */ && P.SECTION_LABEL.test(t);
    // a lettered section's title too long for isHeadingLike, right before the section's first item ("B. Scale up climate action
    // and support, including climate finance, in line with existing commitments and obligations under the United Nations Framework
    // Convention on Climate Change and the Paris Agreement", then "(a) Accelerated actions ...": A/RES/78/317 annex 32, whose
    // sections A-J run inside one numbered paragraph): a heading, not an unnumbered paragraph of its own
    const headingBeforeItems = i + 1 < unit.bodyTo && P.LETTERED_SECTION_HEADING.test(t) && blocks[i + 1]!.text.startsWith('(a) ');
    if (!openerCut && (isHeadingLike(t) || (t.length < 120 && P.SECTION_HEADING.test(t) && !P.TERMINAL_PUNCTUATION.test(tail(t))) || isLongSectionHeading(t) || askingHeading || headingBeforeItems)) {
      openHeading(t);
      bareNumeral = t.length <= 6 && P.SECTION_HEADING.test(t);
      continue;
    }
    // after the operative part a preambular paragraph opens an embedded text ("Adopts the following declaration:")
    // (and before it, a reason followed by a lone "Therefore": "By Article 47 of the Charter, the United Nations have agreed
    // ... ;", then "Therefore", then "1. The Security Council requests ...", S/RES/1 (1946))
    const preambular = seenOperative
      ? looksPreambular(t) && !P.OPERATIVE_START.test(t)
      : P.ENDS_WITH_COMMA.test(tail(t)) || (P.PREAMBULAR_START.test(t) && !P.OPERATIVE_START.test(t)) || (i + 1 < unit.bodyTo && P.THEREFORE_LINE.test(blocks[i + 1]!.text));
    if (!preambular) seenOperative = true;
    listNumber = 0;
    drafts.push(newDraft(preambular ? 'preambular' : 'operative', undefined, t, heading, section, block.start, cleanTo));
  }
  if (unit.decision && drafts.length === 0 && unit.bodyFrom < unit.bodyTo) {
    const b = blocks[unit.bodyFrom]!;
    drafts.push(newDraft('operative', undefined, b.text, undefined, undefined, b.start, b.start + b.text.length));
  }
  for (const d of drafts) d.text = d.pieces.length === 1 ? d.pieces[0]! : d.pieces.join(' ');
  return { drafts, headings };
}

/**
 * The numbers skip `lost`: that paragraph lost its number, and the words before its opening, at a page break, and its text ran
 * on in the paragraph before ("... with the objective of advancing the development agenda of the We welcome the Awaza Programme
 * of Action ...", A/RES/80/3's annex, railcar form: "landlocked developing countries. 2." lost). Cut the paragraph before at a
 * declaration's opening inside it (LOST_DECLARATION_PARAGRAPH) and make the rest paragraph `lost`. Called only where the numbers
 * skip one; a paragraph holding items, or with no such opening, is left whole.
 */
function splitLostParagraph(drafts: Draft[], blocks: readonly Block[], before: number, lost: number): void {
  const last = drafts[drafts.length - 1];
  if (!last || last.number !== lost - 1 || last.subparagraphs.length > 0) return;
  for (let p = last.pieces.length - 1; p >= 0; p--) {
    const piece = last.pieces[p]!;
    if (!piece.includes(' We ')) continue;
    const m = P.LOST_DECLARATION_PARAGRAPH.exec(piece);
    if (!m) continue;
    // the piece's offset in the clean text: the block it was read from (a numbered block's piece is its text after the number)
    let pieceFrom = -1;
    for (let j = before - 1; j >= 0 && blocks[j]!.start + blocks[j]!.text.length > last.cleanFrom; j--) {
      const b = blocks[j]!;
      if (b.text.endsWith(piece)) {
        pieceFrom = b.start + b.text.length - piece.length;
        break;
      }
    }
    if (pieceFrom < 0) return;
    const cleanTo = last.cleanTo;
    const rest = last.pieces.slice(p + 1);
    last.pieces = [...last.pieces.slice(0, p), piece.slice(0, m.index).trimEnd()];
    last.length = last.pieces.join(' ').length;
    last.end = tail(last.pieces.join(' '));
    last.cleanTo = pieceFrom + m.index - 1;
    const lostDraft = newDraft(last.kind, lost, piece.slice(m.index), last.heading, last.section, pieceFrom + m.index, cleanTo);
    for (const r of rest) {
      lostDraft.pieces.push(r);
      lostDraft.length += 1 + r.length;
    }
    lostDraft.end = tail(lostDraft.pieces.join(' '));
    drafts.push(lostDraft);
    return;
  }
}

/**
 * Where the paragraph numbered `n + 1` starts inside the text of paragraph `n` (the index of the space before its number), or
 * -1: " 9. We note ..." after "... in the Pact for the Future. 16" (A/RES/80/3 annex, para. 8), " 15. We emphasize ..." after
 * "... finance facility for" (para. 14, words lost in print). The next number only, then a sentence's opening ("We note",
 * "Requests the"), and no reference to a numbered part before it ("paragraph 9. ", "article 15. "). One indexOf per
 * numbered paragraph.
 */
function runOnParagraph(text: string, n: number): number {
  const label = ` ${n + 1}. `;
  const at = text.indexOf(label);
  if (at < 1) return -1;
  const after = at + label.length;
  if (!P.RUN_ON_PARAGRAPH_START.test(text.slice(after, after + 40)) || P.NUMBERED_PART_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return -1;
  return at;
}

/**
 * A paragraph begun with its first block. Every draft has the same object shape (number and
 * heading present, maybe undefined): built by spreads and "added when set", drafts came in
 * many shapes, each a 'wrong map' deopt of the optimised code reading them.
 */
function newDraft(
  kind: Draft['kind'],
  number: number | undefined,
  text: string,
  heading: string | undefined,
  section: string | undefined,
  cleanFrom: number,
  cleanTo: number,
): Draft {
  return { kind, number, text: '', pieces: [text], length: text.length, end: tail(text), subparagraphs: [], heading: heading ? heading : undefined, section, cleanFrom, cleanTo };
}

interface MarkCandidate {
  mark: string;
  value: string;
  offset: number;
  /** glued to the word ("issue,1"), a superscript or a star: may skip a footnote whose mark was lost */
  strong: boolean;
}

const GLUE_BEFORE = new Set([...',;:”’")]']);
const SPACE_BEFORE = new Set([...',;:”’")]']);

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && P.LETTER.test(ch));
}

/** Does text[..end) end with a word of four or more letters, the last lower-case, after a space, a quote or a hyphen? */
function endsWithWord(text: string, end: number): boolean {
  let k = end;
  while (k > 0 && isLetter(text[k - 1]!)) k--;
  if (end - k < 4 || !isLowerLetter(text[end - 1]!)) return false;
  // ("report of the Secretary-General.10": the last part of a hyphenated word)
  return k === 0 || text[k - 1] === ' ' || text[k - 1] === '“' || text[k - 1] === '(' || text[k - 1] === '-' || text[k - 1] === '‑';
}

/** Whether a year (1900-2039) after a space or a range's dash ("2014–2024") ends right before `end`. */
function yearEndsAt(text: string, end: number): boolean {
  if (end < 5 || (text.charCodeAt(end - 5) !== 32 && text.charCodeAt(end - 5) !== 0x2013)) return false;
  const c0 = text.charCodeAt(end - 4);
  const c1 = text.charCodeAt(end - 3);
  const c2 = text.charCodeAt(end - 2);
  const c3 = text.charCodeAt(end - 1);
  if (c2 < 48 || c2 > 57 || c3 < 48 || c3 > 57) return false;
  return (c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48 && c2 <= 51);
}

function isLowerLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 0xdf && P.LOWER_LETTER.test(ch));
}

/**
 * A spaced number before a capital is a mark after a comma ("... on Financing for Development, 13 Agenda 2063
 * adopted by ...": a page break cut the paragraph after its mark, A/RES/79/146) or after a sentence's full stop
 * ("... in accordance with the Charter of the United Nations. 11  We reiterate ...", A/RES/79/1 paragraph 32).
 */
function capitalAfterMarkOk(text: string, at: number, before2: string): boolean {
  if (before2 === ',') return true;
  // (or on a year: "... for the Decade 2014–2024. 11  The combined effects", A/RES/79/233 annex paragraph 6; 79/323 annex 17)
  return before2 === '.' && (endsWithWord(text, at - 2) || yearEndsAt(text, at - 2));
}

/**
 * A spaced number between "the <year>" and the capitalised name the year qualifies is that name's mark: "the Final Documents
 * of the 2000 7 and the 2010 8 Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons"
 * (A/RES/79/35 PP8, 78/42): mark 8 sources the 2010 Conference's Final Document. (`at`: the number; the year and its space
 * before it; a weak candidate, taken only as the next footnote's mark.)
 */
function attributiveYearBefore(text: string, at: number): boolean {
  return at >= 9 && text.startsWith('the ', at - 9) && yearEndsAt(text, at - 1);
}

/**
 * A mark glued to a year: "the Decade 2014–202415 and", "of 12 August 19492 and", "of 31 March 202210 and" (the
 * PDF text lost the superscript's raise). A run of five to seven digits opening with a year (1945-2039) after a space
 * or a range's dash, not a number of a treaty series or a document ("No. 20378"): the digits after the year are a
 * weak candidate, taken only when they are the next footnote's mark.
 */
function yearGluedMark(text: string, run: string, at: number, out: MarkCandidate[]): void {
  const c0 = run.charCodeAt(0);
  const c1 = run.charCodeAt(1);
  const c2 = run.charCodeAt(2);
  // 1945-1999 or 2000-2039, and a mark not opening with a zero
  if (!((c0 === 49 && c1 === 57 && c2 >= 52) || (c0 === 50 && c1 === 48 && c2 <= 51)) || run.charCodeAt(4) === 48) return;
  const before = text.charCodeAt(at - 1);
  if (before !== 32 && before !== 0x2013) return;
  const after = text[at + run.length] ?? '';
  if (after !== '' && after !== ' ' && after !== ',' && after !== ';' && after !== '.' && after !== ')' && after !== '\n') return;
  if (before === 32 && P.NOT_YEAR_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return;
  const mark = run.slice(4);
  out.push({ mark, value: mark, offset: at + 4, strong: false });
}

/**
 * A mark glued to the last number of a symbol: "pursuant to resolution 77/2285 and" (77/228, mark 5), "Environment
 * Assembly resolution 5/1411 requesting" (5/14, mark 11), "decision VII/1113 and", "decisions 1/CP.2731 and". A
 * run of four or five digits after "<digits or roman numeral>/" or "<capitals>." (a resolution's or decision's
 * number has one to three), not a year: its last digit and its last two are weak candidates, taken only when one
 * is the next footnote's mark.
 */
function symbolGluedMark(text: string, run: string, at: number, out: MarkCandidate[]): void {
  const before = text.charCodeAt(at - 1);
  if (before !== 47 && before !== 46) return;
  if (at < 3) return;
  const b2 = text.charCodeAt(at - 2);
  const isDigit2 = b2 >= 48 && b2 <= 57;
  const isCap2 = b2 >= 65 && b2 <= 90;
  // "77/", "VII/"; "CP.", "VIII."
  if (before === 47 ? !(isDigit2 || b2 === 73 || b2 === 86 || b2 === 88) : !isCap2) return;
  const c0 = run.charCodeAt(0);
  // (a run that reads as a year is one after digits: "resolution 77/1914" is no symbol; after a roman numeral it is the
  // decision's number and its mark, "decision CBD/CP/MOP/VIII/1914 and" (VIII/19, mark 14), A/RES/78/155 PP27)
  if (run.length === 4 && before === 47 && isDigit2 && ((c0 === 49 && run.charCodeAt(1) === 57) || (c0 === 50 && run.charCodeAt(1) === 48))) return;
  if (run.length === 4 && before !== 47 && ((c0 === 49 && run.charCodeAt(1) === 57) || (c0 === 50 && run.charCodeAt(1) === 48))) return;
  const after = text[at + run.length] ?? '';
  if (after !== '' && after !== ' ' && after !== ',' && after !== ';' && after !== ')') return;
  const end = at + run.length;
  if (run.charCodeAt(run.length - 2) !== 48) out.push({ mark: run.slice(-2), value: run.slice(-2), offset: end - 2, strong: false });
  if (run.charCodeAt(run.length - 1) !== 48) out.push({ mark: run.slice(-1), value: run.slice(-1), offset: end - 1, strong: false });
}

const HRC_RESOLUTION = 'Human Rights Council resolution ';
/**
 * A mark glued to a Human Rights Council resolution's number: "Human Rights Council resolution 55/197 and the report of the
 * Special Rapporteur" (A/RES/80/222 OP1: resolution 55/19, mark 7). The Council numbers its resolutions within a session in
 * one or two digits, so a third digit is a weak candidate, taken only when it is the next footnote's mark. A special session
 * adopts one resolution or a few, numbered in one digit, so there a second digit is one: "Human Rights Council resolution
 * S-35/16 and the report of the Special Rapporteur" (A/RES/79/183 OP1: resolution S-35/1, mark 6).
 */
function councilResolutionGluedMark(text: string, run: string, at: number, out: MarkCandidate[]): void {
  const end = at + run.length;
  const after = text[end] ?? '';
  if (after !== '' && after !== ' ' && after !== ',' && after !== ';' && after !== '.') return;
  // the session's one or two digits and the slash before the run ("S-" before a special session's), "Human Rights Council
  // resolution " before them
  let k = at - 1;
  while (k > 0 && text.charCodeAt(k - 1) >= 48 && text.charCodeAt(k - 1) <= 57) k--;
  const special = run.length === 2;
  if (special && !text.startsWith('S-', k - 2)) return;
  const start = special ? k - 2 : k;
  if (at - 1 - k < 1 || at - 1 - k > 2 || !text.startsWith(HRC_RESOLUTION, start - HRC_RESOLUTION.length) || run.charCodeAt(run.length - 1) === 48) return;
  out.push({ mark: run.slice(-1), value: run.slice(-1), offset: end - 1, strong: false });
}

/** Does a word a mark may run into ("and", "on", "including", P.WORD_AFTER_MARK) start at `at`? */
function wordAfterMark(text: string, at: number): boolean {
  P.WORD_AFTER_MARK.lastIndex = at;
  return P.WORD_AFTER_MARK.test(text);
}

/**
 * A mark glued to the number of a name: "Agenda 216 and the Plan of Implementation" (Agenda 21, mark 6), "the Group
 * of Least Developed Countries on COVID-1915 and" (COVID-19, mark 15). A weak candidate, as a year's.
 */
function namedNumberMark(text: string, run: string, at: number, out: MarkCandidate[]): void {
  const c0 = run.charCodeAt(0);
  const c1 = run.charCodeAt(1);
  if (run.charCodeAt(2) === 48) return;
  if (c0 === 50 && c1 === 49) {
    if (!text.startsWith('Agenda ', at - 7)) return;
  } else if (c0 === 49 && c1 === 57) {
    const dash = text.charCodeAt(at - 1);
    if ((dash !== 45 && dash !== 0x2011) || !text.startsWith('COVID', at - 6)) return;
  } else return;
  const after = text[at + run.length] ?? '';
  if (after !== '' && after !== ' ' && after !== ',' && after !== ';' && after !== '.') return;
  const mark = run.slice(2);
  out.push({ mark, value: mark, offset: at + 2, strong: false });
}

/**
 * Possible footnote marks in a paragraph, in text order: superscripts, stars
 * after a word, and numbers of 1-3 digits glued to a word or punctuation
 * ("issue,1", "Goals19") or, as pypdf writes them, spaced ("2005, 6 and").
 */
function markCandidates(text: string, superscripts: boolean): MarkCandidate[] {
  const out: MarkCandidate[] = [];
  if (superscripts) for (const m of text.matchAll(P.SUPERSCRIPT_MARK)) out.push({ mark: m[0], value: markValue(m[0]), offset: m.index, strong: true });
  P.DIGIT_RUN.lastIndex = 0;
  for (let m = P.DIGIT_RUN.exec(text); m; m = P.DIGIT_RUN.exec(text)) {
    const run = m[0];
    const at = m.index;
    if (at === 0) continue;
    if ((run.length === 3 || run.length === 4) && at > 5) namedNumberMark(text, run, at, out);
    if (run.length > 3) {
      if (run.length > 4 && run.length < 8) yearGluedMark(text, run, at, out);
      if (run.length < 6) symbolGluedMark(text, run, at, out);
      continue;
    }
    const before = text[at - 1]!;
    const after = text[at + run.length] ?? '';
    const after2 = text[at + run.length + 1] ?? '';
    if ((run.length === 3 || run.length === 2) && before === '/') councilResolutionGluedMark(text, run, at, out);
    if (after !== '' && (isLetter(after) || ((after === '/' || after === '.' || after === '-') && after2 >= '0' && after2 <= '9'))) {
      // "the Paris Agreement,38and the", "all previous resolutions 3on the": the space after the mark was lost
      // (space and comma by character code, as below: a two-byte character before the mark threw the compiled code away)
      const b = text.charCodeAt(at - 1);
      if ((b === 32 || b === 44 || isLowerLetter(before)) && isLowerLetter(after) && wordAfterMark(text, at + run.length)) out.push({ mark: run, value: run, offset: at, strong: false });
      continue;
    }
    // "The Africa We Want.11", "Agenda for Peace.12": a mark after a full stop that ends a word, not a
    // number of a symbol or abbreviation ("2.5", "WT/L/508/Add.1", "C-24/DEC.4", "paragraph IV.7")
    const afterStop = before === '.' && (after === '' || after === ' ') && endsWithWord(text, at - 1);
    // "adopted by the Conference held in New York from 5 to 9 June 2017.3", "... resolution 5/14 of 2 March 2022.13" (A/RES/79/314
    // annex OP2, OP15): a mark after the full stop of a sentence ending on a year, at the paragraph's end or before a capital; a
    // weak candidate (a decimal is no mark: "stood at 2017.3 in")
    if (before === '.' && !afterStop && run.length <= 2 && yearEndsAt(text, at - 1) && (after === '' || (after === ' ' && after2 >= 'A' && after2 <= 'Z'))) {
      out.push({ mark: run, value: run, offset: at, strong: false });
      continue;
    }
    if (isLetter(before) || GLUE_BEFORE.has(before) || afterStop) {
      // "(GP20) to commemorate", "(CM/Rec(2022)16), on the impacts": a number closing a parenthesis is its own
      if (before === '-' || before === '/' || after === ')') continue;
      out.push({ mark: run, value: run, offset: at, strong: true });
      continue;
    }
    // (by character code: a string compare met a two-byte one-character string late and threw the compiled code away)
    if (text.charCodeAt(at - 1) !== 32 || at < 2) continue;
    const before2 = text[at - 2]!;
    if (before2 === '.') {
      // only a mark after a sentence, before the next one's capital (capitalAfterMarkOk) or at the paragraph's end
      // ("... in accordance with the applicable guidelines. 27", A/RES/78/103 paragraph 44; "... Reduction 2015–2030. 14")
      // (or after a title's closing quote at the paragraph's end: "as recalled in paragraph 158 of “The future we want”. 5",
      // A/RES/79/314 annex OP4)
      if (after === '' ? !endsWithWord(text, at - 2) && !yearEndsAt(text, at - 2) && !(text.charCodeAt(at - 3) === 0x201d && endsWithWord(text, at - 3)) : after !== ' ' || !(after2 >= 'A' && after2 <= 'Z') || !capitalAfterMarkOk(text, at, before2)) continue;
    } else if (!(SPACE_BEFORE.has(before2) || isLowerLetter(before2) || (before2 >= '0' && before2 <= '9'))) continue;
    // "... on Financing for Development, 13 Agenda 2063 adopted by ...": a page break cut the paragraph after its
    // mark, and the rest opens with a capital (A/RES/79/146)
    const spacedOk =
      after === '' ||
      after === ',' ||
      after === ';' ||
      after === '.' ||
      (after === ' ' &&
        (after2 === '(' ||
          after2 === '“' ||
          isLowerLetter(after2) ||
          (after2 >= 'A' && after2 <= 'Z' && (capitalAfterMarkOk(text, at, before2) || attributiveYearBefore(text, at))) ||
          // "of 25 September 2014, 1 30/4 of 1 October 2015, 2 33/12 and", "Hate Speech, 5 21 August as": a mark after a
          // comma, before the next item of a list of resolutions or dates
          (before2 === ',' && after2 >= '0' && after2 <= '9' && P.ITEM_AFTER_MARK.test(text.slice(at + run.length, at + run.length + 14)))));
    if (!spacedOk) continue;
    const word = /(\S+)$/.exec(text.slice(Math.max(0, at - 24), at - 1))?.[1] ?? '';
    // after a year ("of 12 December 1997 12 and"), a span of years ("2015–2030 19 by") or a symbol ("resolutions
    // 71/205 13 and 72/190") a number is a mark; after other numbers it is not
    // after a number and its comma, a mark ("Agenda 21, 3 the Johannesburg Declaration", "children under age 5, 12 and
    // that") unless the list of numbers goes on ("articles 6, 14 and 15 of", "programmes 2, 10, 17 and 26")
    // "regretting that a draft resolution 8 was not adopted", "including the decision 20 on funding arrangements": no
    // draft resolution or decision is numbered so (A/78/L.5, decision 2/CP.27), the number is a mark
    // "the first 1 and second2 annual progress reports of the open-ended working group" (A/RES/78/16 PP8): after an ordinal
    // that the next ordinal follows, the number counts nothing, it is the first one's mark ("the first 10 and" is no such list)
    if (P.NUMBER_CONTEXT.test(word) && !(word.length > 7 && P.DRAFT_OR_THE_BEFORE.test(text.slice(Math.max(0, at - 26), at))) && !(word === 'first' && P.NEXT_ORDINAL_AFTER.test(text.slice(at + run.length, at + run.length + 14)))) continue;
    if (/\d$/.test(word) && !P.MARKABLE_NUMBER.test(word)) continue;
    if (before2 === ',' && /\d,$/.test(word) && !P.MARKABLE_NUMBER.test(word) && P.NUMBER_LIST_AFTER.test(text.slice(at + run.length, at + run.length + 8))) continue;
    out.push({ mark: run, value: run, offset: at, strong: false });
  }
  if (text.includes('*')) for (const m of text.matchAll(P.STAR_MARK)) out.push({ mark: m[0], value: m[0], offset: m.index, strong: true });
  if (out.length > 1) out.sort((a, b) => a.offset - b.offset);
  return out;
}

/**
 * Attach footnotes to paragraphs. Footnotes are numbered in text order, so
 * marks are matched in sequence: a number in the text only counts as a mark
 * when it is the next footnote's mark and that footnote's block comes after
 * the paragraph's start.
 */
function attachFootnotes(all: { draft: Draft; refs: ParagraphText['footnoteRefs'] }[], clean: CleanText): void {
  const notes = clean.footnotes;
  if (notes.length === 0) return;
  const used = new Uint8Array(notes.length);
  // the paragraph whose mark took each footnote (-1: none yet), for the repeated marks of attachRepeatedMarks
  const takenIn = new Int32Array(notes.length).fill(-1);
  const superscripts = notes.some((n) => P.HAS_SUPERSCRIPT.test(n.mark));
  let next = 0;
  // each paragraph's candidates, computed once: the look-ahead for glued marks reads later paragraphs' too
  const candidatesOf: (MarkCandidate[] | undefined)[] = new Array(all.length);
  for (let e = 0; e < all.length; e++) {
    const entry = all[e]!;
    const { draft } = entry;
    while (next < notes.length && (used[next] || notes[next]!.offset < draft.cleanFrom)) next++;
    if (next >= notes.length) break;
    const candidates = (candidatesOf[e] ??= markCandidates(draft.text, superscripts));
    for (const c of candidates) {
      // skip footnotes whose block lies before this paragraph: their mark was never found
      while (next < notes.length && (used[next] || notes[next]!.offset < draft.cleanFrom)) next++;
      let pick = -1;
      // a star footnote of the title or symbol ("* Reissued for technical reasons") waiting unmatched does not hold
      // back the numbered ones (A/RES/78/68: "the Law of the Sea (the Convention), 1 and bearing in mind")
      let expected = next;
      while (expected < notes.length && notes[expected]!.mark.charCodeAt(0) === 42 && c.mark.charCodeAt(0) !== 42) expected++;
      if (expected < notes.length && markValue(notes[expected]!.mark) === c.value) pick = expected;
      else if (c.strong && /^\d/.test(c.mark)) {
        // the mark of the expected footnote was lost (in a heading, or misprinted): skip up to three
        for (let k = next + 1; k < Math.min(notes.length, next + 4); k++) {
          if (!used[k] && markValue(notes[k]!.mark) === c.value) {
            pick = k;
            break;
          }
        }
        if (pick > next) next = pick;
      } else if (/[⁰¹²³⁴⁵⁶⁷⁸⁹*]/.test(c.mark)) {
        // superscripts and stars are unambiguous: take the nearest unused footnote with that mark
        for (let k = next; k < notes.length; k++) {
          if (!used[k] && markValue(notes[k]!.mark) === c.value) {
            pick = k;
            break;
          }
        }
      }
      if (pick < 0) continue;
      // a spaced number ("during the past 20 years") is the mark only when no glued one ("Goals20") follows
      // before the footnote's block (A/RES/79/194: footnote 20 belongs to OP67, not to OP60)
      if (!c.strong && gluedMarkFollows(all, candidatesOf, e, c, notes[pick]!.offset, superscripts)) continue;
      used[pick] = 1;
      takenIn[pick] = e;
      if (pick === next) next++;
      else if (pick === expected && expected > next) next = pick + 1;
      const note = notes[pick]!;
      const footnote: Footnote = { mark: note.mark, text: note.text };
      entry.refs.push({ mark: c.mark, offset: c.offset, footnote });
    }
  }
  attachRepeatedMarks(all, candidatesOf, notes, takenIn, superscripts);
}

/**
 * A later mention of a text already footnoted repeats that footnote's number, and the page prints no second footnote:
 * "the 2030 Agenda for Sustainable Development, 2 taking into account" and "the seven thematic priorities of
 * UNISPACE+50,1" (A/RES/73/6 OP4, PP22: footnotes 2 "Resolution 70/1." and 1 "See A/AC.105/1137." were printed
 * pages before, under PP5 and PP2). Such a number is the mark when its footnote was printed before the paragraph, an
 * earlier mark took it, and the name before the number was printed before that first mark too ("Sustainable
 * Development", "UNISPACE+50"): counts ("25 Member States, 6 from African States", "2 P-5, 7 P-4") name nothing
 * the footnoted paragraph named.
 */
function attachRepeatedMarks(
  all: { draft: Draft; refs: ParagraphText['footnoteRefs'] }[],
  candidatesOf: (MarkCandidate[] | undefined)[],
  notes: CleanText['footnotes'],
  takenIn: Int32Array,
  superscripts: boolean,
): void {
  // each mark's value -> the footnote an earlier mark took (the first: a number marks one footnote per text)
  const byValue = new Map<string, number>();
  let firstTaken = all.length;
  for (let k = 0; k < notes.length; k++) {
    if (takenIn[k]! < 0 || byValue.has(markValue(notes[k]!.mark))) continue;
    byValue.set(markValue(notes[k]!.mark), k);
    if (takenIn[k]! < firstTaken) firstTaken = takenIn[k]!;
  }
  if (byValue.size === 0) return;
  for (let e = firstTaken + 1; e < all.length; e++) {
    const entry = all[e]!;
    const { draft } = entry;
    const candidates = (candidatesOf[e] ??= markCandidates(draft.text, superscripts));
    let added = false;
    for (const c of candidates) {
      const k = byValue.get(c.value);
      if (k === undefined || takenIn[k]! >= e || notes[k]!.offset >= draft.cleanFrom) continue;
      if (entry.refs.some((r) => r.offset === c.offset)) continue;
      const first = all[takenIn[k]!]!;
      const firstMark = first.refs.find((r) => r.footnote?.text === notes[k]!.text);
      if (!firstMark || !nameRepeatedBeforeMark(draft.text, c, first.draft.text.slice(0, firstMark.offset))) continue;
      const note = notes[k]!;
      entry.refs.push({ mark: c.mark, offset: c.offset, footnote: { mark: note.mark, text: note.text } });
      added = true;
    }
    if (added && entry.refs.length > 1) entry.refs.sort((a, b) => a.offset - b.offset);
  }
}

/**
 * Does the name before the mark `c` ("Sustainable Development, 2", "UNISPACE+50,1": its last two words, or an
 * acronym alone) stand in `before`, the text before the footnote's first mark, and does no count go on after the
 * number ("6 from African States", "4 and 5")?
 */
function nameRepeatedBeforeMark(text: string, c: MarkCandidate, before: string): boolean {
  let end = c.offset;
  if (text.charCodeAt(end - 1) === 32) end--;
  if (text.charCodeAt(end - 1) === 44) end--;
  const words = P.NAME_BEFORE_MARK.exec(text.slice(Math.max(0, end - 80), end));
  if (!words) return false;
  const name = words[2] && P.ACRONYM_NAME.test(words[2]) ? words[2] : words[0];
  if (!before.includes(name) && !headNameMarkedFirst(text.slice(Math.max(0, end - 80), end - words[2]!.length - 1), before)) return false;
  const after = text.slice(c.offset + c.mark.length, c.offset + c.mark.length + 10);
  return !P.NUMBER_LIST_AFTER.test(after) && !P.COUNT_AFTER_NUMBER.test(after);
}

/**
 * Is `head` (the text before the last word of the name before a repeated mark) the name the first mark followed, so that the name
 * is that text's own, one word longer: "the Sustainable Development Goals 2" after "the 2030 Agenda for Sustainable Development, 2"
 * (A/RES/73/6 OP1 and PP5: footnote 2 "Resolution 70/1.", which adopted both).
 */
function headNameMarkedFirst(head: string, before: string): boolean {
  const words = P.NAME_BEFORE_MARK.exec(head);
  if (!words || !isAsciiCapital(words[1]!.charCodeAt(0))) return false;
  let end = before.length;
  while (end > 0 && (before.charCodeAt(end - 1) === 32 || before.charCodeAt(end - 1) === 44)) end--;
  return before.slice(0, end).endsWith(` ${words[0]}`);
}

/** Is there a glued mark with `c`'s value after it, in its paragraph or a later one that starts before `before`? */
function gluedMarkFollows(
  all: { draft: Draft }[],
  candidatesOf: (MarkCandidate[] | undefined)[],
  from: number,
  c: MarkCandidate,
  before: number,
  superscripts: boolean,
): boolean {
  for (let e = from; e < all.length; e++) {
    const draft = all[e]!.draft;
    if (e > from && draft.cleanFrom > before) break;
    if (!draft.text.includes(c.value)) continue;
    for (const other of (candidatesOf[e] ??= markCandidates(draft.text, superscripts))) {
      if (other.strong && other.value === c.value && (e > from || other.offset > c.offset)) return true;
    }
  }
  return false;
}

/**
 * A report that does not print its own symbol often cites itself: its drafts "take note of the report
 * of the Commission ... on its twenty-eighth session" with a footnote "Official Records of the Economic
 * and Social Council, 2025, Supplement No. 11 (E/2025/31)". When the body that recommends the drafts
 * ("The Commission on Science and Technology for Development recommends to the Economic and Social
 * Council the adoption of the following draft resolutions") is the author of that report, its symbol is
 * the report's own.
 */
function ownReportSymbolFromFootnote(blocks: Block[], clean: CleanText): string | undefined {
  let author: string | undefined;
  for (let i = 0; i < Math.min(blocks.length, 30) && !author; i++) {
    const t = blocks[i]!.text;
    if (P.DRAFT_LABEL.test(t)) break;
    author = P.RECOMMENDING_BODY.exec(t)?.[1];
  }
  if (!author) return undefined;
  const re = new RegExp(`report of the ${author.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} on its [\\w‑-]+(?: [a-z]+)? session,?\\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\d{1,3}(?![\\d/]))`, 'g');
  for (let m = re.exec(clean.text); m; m = re.exec(clean.text)) {
    const mark = m[1]!;
    const note = clean.footnotes.find((f) => f.mark === mark && f.offset >= m!.index);
    const symbol = note && P.SUPPLEMENT_SYMBOL.exec(note.text)?.[1];
    if (symbol) return symbol;
  }
  return undefined;
}

/**
 * Ids of a resolution's paragraphs, in order. A reader (and an annotator) names an operative paragraph by
 * the number printed before it, so when the printed numbers are one numbering (each printed once) they are
 * the ids: "1. We reaffirm ..." of an outcome document adopted by an unnumbered "Adopts the following
 * outcome document:" (A/RES/80/173, A/RES/79/1, S/RES/9 (1946)) is OP1, not OP2. An unnumbered operative
 * paragraph then gets the number printed before it and its rank after it ("OP0" for the single one before
 * the numbering, else "OP24.1", "OP24.2"), which no printed number takes. Preambular paragraphs are PP1, PP2, ...
 *
 * A text in numbered sections whose paragraphs are numbered from 1 again in each ("XI Revised estimates ...",
 * each with its preamble and its paragraphs 1, 2, ...: the budget resolutions A/RES/78/253, 79/258, 80/243;
 * "II Activities of the Independent Audit Advisory Committee" in 78/247, 80/237) names a paragraph by its
 * section: "XI.PP1", "XI.OP3". A text whose numbering restarts otherwise, or has no printed numbers, is
 * counted through: OP1, OP2, ...
 */
function paragraphIds(drafts: readonly { draft: Draft }[]): string[] {
  const ids = numberedIds(drafts, 0, drafts.length, '');
  if (ids) return ids;
  const sectioned = sectionIds(drafts);
  if (sectioned) return sectioned;
  const out: string[] = [];
  let pp = 0;
  let op = 0;
  for (const { draft } of drafts) out.push(draft.kind === 'preambular' ? `PP${++pp}` : `OP${++op}`);
  return out;
}

/**
 * Ids of drafts[from, to) with `prefix`, the operative ones by their printed numbers; undefined when a number is
 * printed twice there. With no printed number at all the operative paragraphs are counted: OP1, OP2, ...
 */
function numberedIds(drafts: readonly { draft: Draft }[], from: number, to: number, prefix: string): string[] | undefined {
  const printed = new Set<number>();
  let numbered = 0;
  for (let i = from; i < to; i++) {
    const draft = drafts[i]!.draft;
    if (draft.kind !== 'operative' || draft.number === undefined) continue;
    numbered++;
    printed.add(draft.number);
  }
  if (printed.size !== numbered) return undefined;
  const ids: string[] = [];
  let pp = 0;
  let op = 0;
  let last = 0;
  let unnumbered: number[] = []; // indexes in ids of the unnumbered operative paragraphs since the last printed number
  // the paragraph just before is the printed number `last`, ending with ";" (the list goes on), and the one unnumbered
  // paragraph came right after it, with no heading
  let afterListItem = false;
  let listGoesOn = false;
  const nameUnnumbered = (next: number | undefined): void => {
    // "24. ...;" then "Expresses its profound gratitude to ... ." with its "25." lost (a PDF's extraction, A/RES/80/3
    // railcar: OP1 then the unnumbered OP2) and no number or the next one after it: the number between
    const lost = unnumbered.length === 1 && last >= 1 && listGoesOn && (next === undefined || next === last + 2) && !printed.has(last + 1);
    const alone = last === 0 && unnumbered.length === 1;
    for (let k = 0; k < unnumbered.length; k++) ids[unnumbered[k]!] = lost ? `${prefix}OP${last + 1}` : alone ? `${prefix}OP0` : `${prefix}OP${last}.${k + 1}`;
    unnumbered = [];
    listGoesOn = false;
  };
  for (let i = from; i < to; i++) {
    const draft = drafts[i]!.draft;
    if (draft.kind === 'preambular') {
      ids.push(`${prefix}PP${++pp}`);
      afterListItem = false;
      continue;
    }
    if (numbered === 0) {
      ids.push(`${prefix}OP${++op}`);
      continue;
    }
    if (draft.number === undefined) {
      listGoesOn = unnumbered.length === 0 && afterListItem && draft.heading === undefined;
      afterListItem = false;
      unnumbered.push(ids.length);
      ids.push('');
      continue;
    }
    nameUnnumbered(draft.number);
    last = draft.number;
    afterListItem = endsWithSemicolon(draft.end);
    ids.push(`${prefix}OP${draft.number}`);
  }
  nameUnnumbered(undefined);
  return ids;
}

/** a paragraph's last characters: ";" then perhaps a footnote mark, the list of paragraphs goes on (read from the end) */
function endsWithSemicolon(end: string): boolean {
  let i = end.length - 1;
  while (i >= 0 && (isRegexSpace(end.charCodeAt(i)) || (end.charCodeAt(i) >= 48 && end.charCodeAt(i) <= 57))) i--;
  return i >= 0 && end.charCodeAt(i) === 59 /* ; */;
}

/**
 * Ids of an annexed declaration's paragraphs (see annexParts): as paragraphIds, prefixed by the annex ("Annex.OP3",
 * "AnnexII.PP1", "Annex.I.OP2" by section), so that they never meet the resolution's own ids.
 */
function annexIds(drafts: readonly { draft: Draft }[], prefix: string): string[] {
  const ids = numberedIds(drafts, 0, drafts.length, prefix);
  if (ids) return ids;
  const out: string[] = [];
  for (let from = 0; from < drafts.length; ) {
    const section = drafts[from]!.draft.section;
    let to = from + 1;
    while (to < drafts.length && drafts[to]!.draft.section === section) to++;
    const part = numberedIds(drafts, from, to, section === undefined ? prefix : `${prefix}${section}.`);
    if (!part) break;
    for (const id of part) out.push(id);
    from = to;
  }
  if (out.length === drafts.length && new Set(out).size === out.length) return out;
  let pp = 0;
  let op = 0;
  out.length = 0;
  for (const { draft } of drafts) out.push(draft.kind === 'preambular' ? `${prefix}PP${++pp}` : `${prefix}OP${++op}`);
  return out;
}

/** Ids by numbered section (see paragraphIds), when every section's numbers are one numbering; else undefined. */
function sectionIds(drafts: readonly { draft: Draft }[]): string[] | undefined {
  const ids: string[] = [];
  let sections = 0;
  for (let from = 0; from < drafts.length; ) {
    const section = drafts[from]!.draft.section;
    let to = from + 1;
    while (to < drafts.length && drafts[to]!.draft.section === section) to++;
    const part = numberedIds(drafts, from, to, section === undefined ? '' : `${section}.`);
    if (!part) return undefined;
    if (section !== undefined) sections++;
    for (const id of part) ids.push(id);
    from = to;
  }
  if (sections < 2 || new Set(ids).size !== ids.length) return undefined;
  return ids;
}

export function segmentResolutions(clean: CleanText, src: SourceText): ResolutionText[] {
  if (!rareTestsWarmedUp) warmUpRareTests();
  const blocks = splitBlocks(clean.text);
  if (blocks.length === 0) return [];
  const units = findUnits(blocks, src);
  if (units.length === 0) return [];
  // a report's own symbol, printed before its first draft
  let reportSymbol: string | undefined;
  for (let i = 0; i < Math.min(blocks.length, 30); i++) {
    const t = blocks[i]!.text;
    if (P.DRAFT_LABEL.test(t)) break;
    const s = P.SYMBOL_PARAGRAPH.exec(t);
    if (s && !/\/RES\//.test(s[1]!)) {
      reportSymbol = s[1];
      break;
    }
  }
  reportSymbol ??= ownReportSymbolFromFootnote(blocks, clean);
  const single = units.length === 1;
  const results: ResolutionText[] = [];
  const everyParagraph: { draft: Draft; refs: ParagraphText['footnoteRefs'] }[] = [];
  const perUnit: { header: Header; drafts: { draft: Draft; refs: ParagraphText['footnoteRefs'] }[]; headings: string[]; ids: string[]; annexTitles: string[] | undefined; annexPrefixes: string[] | undefined }[] = [];
  for (const unit of units) {
    const header = readHeader(blocks, unit, src, single, reportSymbol);
    const { drafts, headings } = readParagraphs(blocks, unit);
    // a draft that prints no title of its own and adopts the text after it ("Adopts the following outcome document of ...:",
    // then that document's heading, A/80/L.41): the heading is its title, as it is the title of the resolution adopted (80/173)
    if (!header.title && (header.draftLabel !== undefined || P.L_DOCUMENT_SYMBOL.test(header.symbol ?? '')) && drafts.length > 1 && P.ADOPTS_THE_FOLLOWING.test(drafts[0]!.text)) {
      const heading = drafts[1]!.heading;
      if (heading !== undefined && heading === headings[0]) header.title = heading;
    }
    // a literal and push, not map(): see clean.ts assemble (a 'wrong map' of this function and attachFootnotes)
    const entries: { draft: Draft; refs: ParagraphText['footnoteRefs'] }[] = [];
    for (const draft of drafts) entries.push({ draft, refs: [] });
    const ids = paragraphIds(entries);
    let annexTitles: string[] | undefined;
    let annexPrefixes: string[] | undefined;
    // an annexed declaration: its paragraphs follow the resolution's, ids prefixed by the annex ("Annex.OP3")
    if (unit.annexes) {
      for (const part of unit.annexes) {
        if (part.title !== undefined) {
          (annexTitles ??= []).push(part.title);
          (annexPrefixes ??= []).push(part.prefix);
        }
        const annex = readParagraphs(blocks, newUnit(part.from, -1, part.from, part.to, undefined));
        const annexEntries: { draft: Draft; refs: ParagraphText['footnoteRefs'] }[] = [];
        for (const draft of annex.drafts) annexEntries.push({ draft, refs: [] });
        for (const id of annexIds(annexEntries, part.prefix)) ids.push(id);
        for (const entry of annexEntries) entries.push(entry);
        for (const h of annex.headings) headings.push(h);
      }
    }
    everyParagraph.push(...entries);
    perUnit.push({ header, drafts: entries, headings, ids, annexTitles, annexPrefixes });
  }
  attachFootnotes(everyParagraph, clean);

  const seen = new Map<string, number>();
  for (const { header, drafts, headings, ids, annexTitles, annexPrefixes } of perUnit) {
    const paragraphs: ParagraphText[] = [];
    for (let k = 0; k < drafts.length; k++) {
      const { draft, refs } = drafts[k]!;
      const id = ids[k]!;
      // One object shape for every paragraph (number and heading present, maybe undefined): the four
      // shapes of "added when defined" were 'wrong map' deopts of extractParagraph, which inlines most
      // of the per-paragraph work. JSON output is the same (undefined is left out).
      const paragraph: ParagraphText = {
        id,
        kind: draft.kind,
        text: draft.text,
        footnoteRefs: refs,
        subparagraphs: draft.subparagraphs,
        number: draft.number,
        heading: draft.heading,
      };
      paragraphs.push(paragraph);
    }
    let symbol = header.symbol ?? `${fileBase(src.file)}${single ? '' : ` resolution ${results.length + 1}`}`;
    // two units with one symbol (e.g. a symbol missing from the second heading) must stay apart
    const count = seen.get(symbol) ?? 0;
    seen.set(symbol, count + 1);
    if (count > 0) symbol = `${symbol} (${count + 1})`;
    const resolution: ResolutionText = { symbol, instrument: header.instrument, file: src.file, paragraphs, headings };
    if (header.body) resolution.body = header.body;
    if (header.number) resolution.number = header.number;
    if (header.title) resolution.title = header.title;
    if (header.date) resolution.date = header.date;
    if (header.session) resolution.session = header.session;
    if (header.agendaItem) resolution.agendaItem = header.agendaItem;
    if (header.committee) resolution.committee = header.committee;
    if (header.report) resolution.report = header.report;
    if (header.draftSymbol) resolution.draftSymbol = header.draftSymbol;
    if (header.draftLabel || P.L_DOCUMENT_SYMBOL.test(symbol)) resolution.draft = true;
    if (header.draftLabel) resolution.draftLabel = header.draftLabel;
    if (header.submittedBy) resolution.submittedBy = header.submittedBy;
    if (annexTitles) resolution.annexTitles = annexTitles;
    if (annexPrefixes) resolution.annexPrefixes = annexPrefixes;
    results.push(resolution);
  }
  return results;
}

/** read -> clean -> segment, for callers that want the paragraphs of a file. */
export async function readAndSegment(path: string, options?: ReadOptions): Promise<ResolutionText[]> {
  const src = await readSource(path, options);
  return segmentResolutions(cleanText(src), src);
}

/**
 * The rare tests added to markCandidates, continuesPreamble and paragraphIds (a mark spaced before a capital, a
 * preamble cut by a page break, a numbering restarted by section) run at load on a sample that meets each, so
 * their type feedback is there when V8 compiles these functions in the first file: a test first met files later
 * would throw the compiled code away (V8 allocates feedback vectors after a few calls: several rounds).
 * Run by the first segmentResolutions, not at load: the entities worker, which loads this module and never
 * segments, does not run it (~30M instructions at its start).
 */
let rareTestsWarmedUp = false;
function warmUpRareTests(): void {
  rareTestsWarmedUp = true;
  const texts = ['the Charter of the United Nations. 11 We reiterate', 'on Financing for Development, 13 Agenda 2063 adopted', 'in paragraph 4 of', 'para. 5 The'];
  const draft = (kind: Draft['kind'], number: number | undefined, text: string, section: string | undefined): { draft: Draft } => ({ draft: newDraft(kind, number, text, undefined, section, 0, text.length) });
  for (let round = 0; round < 12; round++) {
    for (const text of texts) markCandidates(text, false);
    const last = newDraft('preambular', undefined, 'Recognizing the role of the Conference on Financing for Development,', undefined, undefined, 0, 10);
    for (const t of ['Agenda 2063 adopted by the African Union,', 'Unequivocally condemning the use,', 'Recalling General Assembly resolution 70/1,', 'Takes Note of', 'Word']) continuesPreamble(last, t, false);
    paragraphIds([draft('preambular', undefined, 'Recalling,', 'I'), draft('operative', 1, 'Notes;', 'I'), draft('operative', undefined, 'Decides;', 'I'), draft('operative', 1, 'Notes;', 'II')]);
    paragraphIds([draft('operative', 1, 'Notes;', undefined), draft('operative', 1, 'Notes;', undefined)]);
  }
}
