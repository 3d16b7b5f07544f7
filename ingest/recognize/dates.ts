// Dates in resolution text: "28 July 2006", "July 2006", "in 2025", and the
// ranges the genre prints ("from 7 to 11 April 2025", "on 1 and 2 October 2024",
// "from 26 September to 14 October 2022", "9–24 November 2021").
//
// Hand-written patterns do the work; chrono-node is only a fallback inside
// parseDateRange. Measured on the seed's phrases chrono (en.strict) misses
// "1 and 2 October 2024" (returns only the 2nd), "July 2006" and "in 2025",
// leaves the start year of "26 September to 14 October 2022" unknown, does not
// tolerate OCR slips ("Apri]") and costs ~0.2 ms per call; one precompiled
// regex over the paragraph is both exact and ~50x cheaper.
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import { nodeKey } from '../../graph/model-keys.js';
import type { EntityMention, RecognizeContext } from '../models.js';
import { isRegexSpace } from '../chars.js';
import { YEAR_END_RE } from './dates.patterns.js';

// chrono-node is loaded the first time the fallback needs it, not with this module: loading it (every
// locale it ships) cost each ingest worker ~0.2 s of CPU at start, and no phrase of the corpora reaches
// the fallback. A synchronous require (of its CommonJS build) because parseDateRange is synchronous.
const requireLazily = createRequire(import.meta.url);
let chronoLoaded: typeof Chrono | undefined;
function chrono(): typeof Chrono {
  return (chronoLoaded ??= requireLazily('chrono-node') as typeof Chrono);
}

/** Month names with the OCR slips seen in the corpus ("Apri]", "Ju1y"). */
const MONTH_SOURCE =
  'January|February|March|Apri[l1I\\]]|May|June|Ju[l1I]y|August|September|October|November|December';
const MONTH_INDEX: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7,
  august: 8, september: 9, october: 10, november: 11, december: 12,
};

const MONTH_BY_NAME = new Map(Object.entries(MONTH_INDEX).map(([k, v]) => [k[0]!.toUpperCase() + k.slice(1), v]));

/** Month number of a printed month name (OCR slips tolerated), or undefined. */
export function monthNumber(name: string): number | undefined {
  const direct = MONTH_BY_NAME.get(name);
  if (direct !== undefined) return direct;
  const n = name.toLowerCase().replace(/^apri[1i\]]$/, 'april').replace(/^ju[1i]y$/, 'july');
  return MONTH_INDEX[n];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO string with the precision given (YYYY, YYYY-MM, YYYY-MM-DD); undefined when impossible. */
export function isoDate(year: number, month?: number, day?: number): string | undefined {
  if (year < 1000 || year > 2999) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const D = '(\\d{1,2})';
const M = `(${MONTH_SOURCE})`;
const Y = '(\\d{4})';
// (the minus sign printed for the dash in some footnotes is made an en dash by clean.ts: MINUS_SIGN_BETWEEN_DIGITS)
const DASH = '\\s*[-–—]\\s*';
const S = '\\s+';
/** ", and Tuesday, " between two days of one sitting, each printed with its weekday */
const WEEKDAY_AND = `,${S}and${S}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),${S}`;
/** the same, tested on the dm-dmy match: such days are one sitting's, a range even within a month */
const WEEKDAY_AND_RE = new RegExp(WEEKDAY_AND);

/**
 * Every date the genre prints ends with a four-digit year. The scan finds the
 * years (cheap) and reads what stands before each one with end-anchored
 * patterns on a short window, longest form first. One global regex with all
 * forms and the year prepositions cost ~4x more: it tried the alternation at
 * every word of every paragraph.
 */
const B = '(?<![\\w/.])'; // a day must not be glued to a word, symbol or number
/** the end of a range of years after its first year: "–2030" ("2021–2030"), "‑2026" (a non-breaking hyphen: "Plan of
 *  Action 2024‑2026", A/RES/79/135 OP9), "– 2024" ("the Decade 2014– 2024", A/RES/78/163 PP1)
 *  (a footnote mark may be glued to the later year: "for the Decade 2014–20242 and", A/RES/78/163 PP1) */
const YEARS_RANGE_END_RE = /^ ?[–‑‐-] ?((?:19|20)\d\d)(?:(?![\d/])|(?=\d{1,2}(?![\w/.]|,\d)))/;

const BEFORE_YEAR: { kind: 'dm-dmy' | 'd-dmy' | 'dmy' | 'mdy' | 'my' | 'y'; re: RegExp }[] = [
  // 26 September to 14 October 2022 / 26 September–14 October 2022 / 30 November and 1 December 2023
  // (a footnote mark may stand before "and": "transmitted by the Secretary-General on 20 March 53 and 28 March 1991", S/RES/687)
  // ("from 12 to 30 September and on 21 October 2011": a resumed sitting's day, "on" before it)
  // ("on Monday, 24 November, and Tuesday, 25 November 2025", A/RES/79/286 OP1: each day printed with its weekday)
  { kind: 'dm-dmy', re: new RegExp(`${B}${D}${S}${M}(?:(?:${S}\\d{1,3})?${S}and${S}(?:on${S})?|${WEEKDAY_AND}|${S}to${S}|${DASH})${D}${S}${M},?${S}$`) },
  // 7 to 11 April 2025 / 1 and 2 October 2024 / 9–24 November 2021
  { kind: 'd-dmy', re: new RegExp(`${B}${D}(?:${S}(?:to|and)${S}|${DASH})${D}${S}${M},?${S}$`) },
  // 28 July 2006
  { kind: 'dmy', re: new RegExp(`${B}${D}${S}${M},?${S}$`) },
  // July 28, 2006 (rare in UN texts, present in quotations)
  { kind: 'mdy', re: new RegExp(`${B}${M}${S}${D},${S}$`) },
  // July 2006
  { kind: 'my', re: new RegExp(`${B}${M}${S}$`) },
  // in 2025, by 2030 ... (years only after a preposition; see plausibleYear)
  {
    kind: 'y',
    // ("Proclaims 2025 the International Year of Cooperatives", "to proclaim the year 2027 as the International Year of ...",
    // "to observe 2025 as the International Year of Quantum Science and Technology" (A/RES/78/287 OP2, the Year's invitation);
    // "the proposed programme budget for 2024", "no later than 2026" (not "more than 2000 people"), "through 2030",
    // "towards 2030 and beyond", "by the end of 2025", "in the first half of 2024", "as of 2023", "for the year 2024",
    // "the calendar years 2025, 2026 and 2027", "compared with 2015"; "that 2025 marks the eightieth anniversary": see
    // THAT_YEAR_VERB_RE; "at its 2024 session": see SESSION_AFTER_RE; "by holding dedicated intersessional meetings in both 2024
    // and 2025", A/RES/78/16 PP21: the first year after "in both")
    re: /(?:\b(?:[Ii]n\s+both|[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Bb]eyond|[Dd]uring|[Tt]hroughout|[Tt]hrough|[Tt]owards?|[Ff]rom|[Tt]o|[Bb]etween|[Aa]nd|[Ee]arly|[Ll]ate|[Ff]or|(?:later|earlier|sooner)\s+than|[Tt]hat|(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle|half|quarter|course)\s+of|[Aa]s\s+of|[Cc]ompared\s+with|(?:[Tt]he|calendar|fiscal|financial)\s+years?|[Ii]ts|[Tt]he|[Tt]heir)\s+|\b[Mm]id-|\b(?:[Pp]roclaim(?:s|ed|ing)?|[Dd]eclar(?:e|es|ed|ing)|[Dd]esignat(?:e|es|ed|ing)|[Oo]bserv(?:e|es|ed|ing))\s+(?:the\s+year\s+)?)$/,
  },
];

/** A four-digit year not glued to a symbol, number or word ("2006/46", "E/2025/31", "1,014", "2003.5 of"); a
 *  footnote mark after a comma is no number ("held in Geneva from 10 to 12 December 2003,4 and endorsed"), nor one after a
 *  sentence's full stop, before the next sentence or the end ("... from 5 to 9 June 2017.3 The ocean", A/RES/79/314), nor
 *  one glued to the year ("51/9 of 6 October 202211 and"), read as a date only after a month (see scanDates).
 *  The first digit is matched before the lookbehinds (which then look past it): a regex that opens with a
 *  lookbehind runs it at every position, this one only at digits (half the scan's time, and no \d{4} pre-scan needed). */
const YEAR_RE = /\d(?<![\w/.,–]\d)(?<!(?<![Mm]id)-\d)\d{3}(?:(?![\w/]|\.\d(?!\d?(?:\s+[A-Z]|\s*$))|,\d{4})|(?=\d{1,2}(?![\w/.]|,\d)))/g;

/**
 * The word right before a year (skipping spaces and a comma): a month name
 * decides which patterns are worth trying. A character loop, because an
 * end-anchored regex retried from every start of the window cost more than
 * the rest of the scan.
 */
function lastWord(before: string): string | undefined {
  // by character code: compares of one-character strings met a two-byte one late and threw the compiled code away
  let i = before.length - 1;
  while (i >= 0) {
    const c = before.charCodeAt(i);
    if (c !== 32 && c !== 44) break;
    i--;
  }
  const end = i + 1;
  while (i >= 0) {
    const c = before.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 49 || c === 93)) break; // [A-Za-z1\]]
    i--;
  }
  return end > i + 1 ? before.slice(i + 1, end) : undefined;
}

/** /\d,\s+$/ read from the end ("July 28, "): the end-anchored regex was tried from every start of the window. */
function endsWithDigitCommaSpace(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isRegexSpace(s.charCodeAt(i))) i--;
  return i < s.length - 1 && i >= 1 && s.charCodeAt(i) === 44 /* , */ && isDigitCode(s.charCodeAt(i - 1));
}

/** How far before a year a date may start ("26 September to 14 October " is 27 characters). */
const WINDOW = 48;

export interface DateValue {
  iso: string;
  year: number;
  month?: number;
  day?: number;
}

function dateValue(year: number, month?: number, day?: number): DateValue | undefined {
  const iso = isoDate(year, month, day);
  if (!iso) return undefined;
  return { iso, year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

interface DateMatch {
  start: number;
  end: number;
  /** start of the date itself (a preposition before a bare year is not part of it) */
  valueStart: number;
  dates: DateValue[];
  /** a date printed before this one that shares its year but makes no range with it ("dated 29 September and
   *  1 October 1993"; "on 3 and 4 September and 2 September 2024"); every match has the field (undefined when none),
   *  so all share one shape */
  lead: DateMatch | undefined;
}

/** `b` is the day after `a`. */
function nextDay(a: DateValue, b: DateValue): boolean {
  if (a.day === undefined || b.day === undefined || a.month === undefined || b.month === undefined) return false;
  return Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day) === 86_400_000;
}

/** "ESD for " before a year: a programme's name ("Education for Sustainable Development: Towards achieving the Sustainable
 *  Development Goals” (ESD for 2030)", A/RES/78/156 PP13) */
const ACRONYM_FOR_RE = /\b[A-Z]{2,}\s+for\s+$/;

/** "its ", "the ", "their " (not "the year "): see SESSION_AFTER_RE */
const DETERMINER_END_RE = /\b(?:[Ii]ts|[Tt]he|[Tt]heir)\s+$/;
/** right after a year: "groups" it names ("the 2010, 2013, 2015 and 2021 groups of governmental experts") */
const YEAR_NAMES_GROUPS_RE = /^\s+groups\b/;
/** a session after its year: "2024 session", "1993 substantive session" */
const SESSION_AFTER_RE = /^\s+(?:(?:substantive|organizational|regular|annual|resumed|ordinary|plenary)\s+)?sessions?\b/;
/** a preparatory committee that meets once a year, whose year names its session: "at the 2024 Preparatory Committee of the Treaty on
 *  the Non-Proliferation of Nuclear Weapons" (A/RES/79/60 PP10; entityScan.ts nptPreparatorySessionsOfYears), a date of the
 *  paragraph as "at its 2024 session" is (not a name's year, as plausibleYear reads a year before a capital) */
const PREPARATORY_COMMITTEE_AFTER_RE = /^\s+Preparatory\s+Committee\s+of\s+the\b/;
/** the later years of a list before "sessions", right after the first: "at its 2023 and 2024 sessions" (A/RES/79/165 OP2), "the
 *  2023 and 2024 sessions of the Preparatory Committee" (79/41, 80/48); the first year names a session as the last does */
const LISTED_YEARS_SESSIONS_RE = /^(?:,\s+(?:19|20)\d{2})*,?\s+and\s+(?:19|20)\d{2}\s+(?:(?:substantive|organizational|regular|annual|resumed|ordinary|plenary)\s+)?sessions\b/;

/**
 * before a year after "and": a name's year the scan did not read as a date ("the Anguilla Constitution (Amendment) Orders 2019 and
 * 2020", A/RES/78/87 PP22, 79/100, 80/91): the second year names the second instrument, as the first names the first. (A first
 * year read as a date, "in July 2023 and 2024", "Between 2024 and 2030", is not in the slice read: it starts after that date.)
 */
const NAME_YEAR_AND_END_RE = /\b[A-Z][\w()-]*\s+(?:19|20)\d\d\s+and\s+$/;

/** the verb after "that 2025": "marks", "will mark", "was the worst year", "coincides with" */
const THAT_YEAR_VERB_RE = /^,?\s+(?:marks|marked|will|would|was|is|has|had|coincides|saw|witnessed)\b/;

/** A year is a plausible date when a preposition introduces it and no capitalised name follows ("2030 Agenda"). */
function plausibleYear(text: string, end: number, year: number): boolean {
  if (year < 1900 || year > 2100) return false;
  const after = text.slice(end, end + 24);
  // "2030 Agenda", "2024 Olympic Games": a year used as part of a name.
  if (/^\s+[A-Z][a-z]/.test(after)) return false;
  // "and 2017 (2011)": a Security Council resolution number, not a year ("in 2026 (10 meetings)" is one).
  if (/^\s*\((?:19|20)\d\d\)/.test(after)) return false;
  return true;
}

/** "29 September and 1 October 1993" (m: the dm-dmy match at `start`): the second date, led by the first, itself a
 *  range when "D and " opens it ("on 3 and 4 September and 2 September 2024", the CCW Protocol V meetings). */
function twoDatesOfOneYear(text: string, m: RegExpExecArray, start: number, yEnd: number, a: DateValue, b: DateValue, notBefore: number): DateMatch {
  const firstEnd = start + m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length;
  let dayEnd = m[0].lastIndexOf(m[4]!);
  while (isRegexSpace(m[0].charCodeAt(dayEnd - 1))) dayEnd--;
  const secondStart = start + dayEnd - m[3]!.length;
  let lead: DateMatch = { start, end: firstEnd, valueStart: start, dates: [a], lead: undefined };
  const from = Math.max(notBefore, start - 9);
  const days = DAY_AND_RE.exec(text.slice(from, start));
  const first = days ? dateValue(a.year, a.month, Number(days[1])) : undefined;
  if (days && first && first.iso < a.iso) lead = { start: from + days.index, end: firstEnd, valueStart: from + days.index, dates: [first, a], lead: undefined };
  return { start: secondStart, end: yEnd, valueStart: secondStart, dates: [b], lead };
}
/** "from D to D and " right before a "D to D Month Year" range: the first range printed without its month (group 1, 2: its days) */
const FROM_DAYS_AND_RE = /\bfrom\s+(\d{1,2})\s+to\s+(\d{1,2}),?\s+and\s+(?:from\s+)?$/;
/**
 * "the first and second substantive sessions of the Intergovernmental Negotiating Committee, convened in New York from 4 to 8 and
 * 11 to 15 August 2025, respectively" (A/RES/80/128 OP2): the first range takes the month and year of the second, which it leads
 * (both ranges its mentions); undefined unless both of its days exist and fall before the second range.
 */
function daysRangeBefore(text: string, start: number, a: DateValue, notBefore: number): DateMatch | undefined {
  const from = Math.max(notBefore, start - 24);
  const m = FROM_DAYS_AND_RE.exec(text.slice(from, start));
  if (!m) return undefined;
  const first = dateValue(a.year, a.month, Number(m[1]));
  const last = dateValue(a.year, a.month, Number(m[2]));
  if (!first || !last || first.iso >= last.iso || last.iso >= a.iso) return undefined;
  // (the range as printed, "4 to 8", without "from" and " and ")
  const at = from + m.index + m[0].indexOf(m[1]!, 4);
  const end = from + m.index + m[0].indexOf(m[2]!, m[0].indexOf(' to ')) + m[2]!.length;
  return { start: at, end, valueStart: at, dates: [first, last], lead: undefined };
}
// (or "D to ": "from 2 to 5 June and 30 June 2024" leads with the range of 2 to 5 June)
const DAY_AND_RE = /(?<![\w/.,])(\d{1,2})(?:\s+(?:and|to)\s+|\s*[-–]\s*)$/;
/** "in the second week of May in 2025" (A/RES/79/272 OP2): a month printed before "in" and its year, the month of that year
 *  (the capitalised month only: "States may in 2025" is the verb) */
const MONTH_IN_END_RE = new RegExp(`${B}${M}${S}in${S}$`);

/** The date that ends with the year at [yStart, yEnd), if the words before it make one. */
function dateEndingAt(text: string, yStart: number, yEnd: number, notBefore: number): DateMatch | undefined {
  const from = Math.max(notBefore, yStart - WINDOW);
  const before = text.slice(from, yStart);
  const y = Number(text.slice(yStart, yEnd));
  const num = (v: string | undefined): number => Number(v);
  const last = lastWord(before);
  const afterMonth = last !== undefined && monthNumber(last) !== undefined;
  const afterDayComma = endsWithDigitCommaSpace(before);
  // (before the loop: the preposition form would read "in 2025" as the year alone)
  if (last === 'in' && before.endsWith(' in ')) {
    const m = MONTH_IN_END_RE.exec(before);
    const a = m ? dateValue(y, monthNumber(m[1]!)) : undefined;
    if (m && a) return { start: from + m.index, end: yEnd, valueStart: from + m.index, dates: [a], lead: undefined };
  }
  for (let i = 0; i < BEFORE_YEAR.length; i++) {
    const { kind, re } = BEFORE_YEAR[i]!;
    // Only the preposition form is possible unless a month (or "July 28,") precedes the year.
    if (kind !== 'y' && !(kind === 'mdy' ? afterDayComma : afterMonth)) continue;
    const m = re.exec(before);
    if (!m) continue;
    const start = from + m.index;
    switch (kind) {
      case 'dm-dmy': {
        const a = dateValue(y, monthNumber(m[2]!), num(m[1]));
        const b = dateValue(y, monthNumber(m[4]!), num(m[3]));
        if (!a || !b) break;
        // "on 30 November and 1 December": two days of one sitting over a month end; "on 5 October and
        // 12 December" are two dates of one year, and so are "20 and 21 July and 22 July" (one sitting would
        // print "21 and 22 July") and "on 20 March and 28 March 1991": each its own mention, no range
        if (/\sand\s/.test(m[0])) {
          if ((a.month !== b.month || WEEKDAY_AND_RE.test(m[0])) && nextDay(a, b)) return { start, end: yEnd, valueStart: start, dates: [a, b], lead: undefined };
          return twoDatesOfOneYear(text, m, start, yEnd, a, b, notBefore);
        }
        // "26 December to 4 January 2025": the start lies in the previous year.
        const a2 = a.iso > b.iso ? dateValue(y - 1, a.month, a.day) : a;
        if (a2) return { start, end: yEnd, valueStart: start, dates: [a2, b], lead: undefined };
        break;
      }
      case 'd-dmy': {
        // (not a footnote mark after a dated year: "the reports ... of 24 August 2016 3 and 21 October 2016,4", A/RES/79/56 OP4;
        // the window may start after that year, hence the text)
        if (YEAR_END_RE.test(text.slice(Math.max(0, start - 6), start))) break;
        const mo = monthNumber(m[3]!);
        const a = dateValue(y, mo, num(m[1]));
        const b = dateValue(y, mo, num(m[2]));
        if (a && b && a.iso <= b.iso) return { start, end: yEnd, valueStart: start, dates: [a, b], lead: daysRangeBefore(text, start, a, notBefore) };
        break;
      }
      case 'dmy': {
        const a = dateValue(y, monthNumber(m[2]!), num(m[1]));
        if (a) return { start, end: yEnd, valueStart: start, dates: [a], lead: undefined };
        break;
      }
      case 'mdy': {
        const a = dateValue(y, monthNumber(m[1]!), num(m[2]));
        if (a) return { start, end: yEnd, valueStart: start, dates: [a], lead: undefined };
        break;
      }
      case 'my': {
        const a = dateValue(y, monthNumber(m[1]!));
        if (!a) break;
        // "the conflict of July and August 2014" (A/RES/78/121 PP4), "held in June and July 2024" (80/95 PP21): two months of one
        // year, from the first to the second (as parseDateRange reads MONTH_PAIR_RE); the first month is a date the text states too
        const pair = MONTH_BEFORE_PAIRED_RE.exec(text.slice(Math.max(notBefore, start - 16), start));
        const first = pair ? dateValue(y, monthNumber(pair[1]!)) : undefined;
        if (pair && first && first.iso < a.iso) return { start: start - pair[0].length, end: yEnd, valueStart: start - pair[0].length, dates: [first, a], lead: undefined };
        return { start, end: yEnd, valueStart: start, dates: [a], lead: undefined };
      }
      case 'y': {
        const preparatorySession = PREPARATORY_COMMITTEE_AFTER_RE.test(text.slice(yEnd, yEnd + 30));
        if (!preparatorySession && !plausibleYear(text, yEnd, y)) return undefined;
        // "(ESD for 2030)": a year after an acronym and "for" names a programme
        // (these three leave a range of years to the test after the loop: "the 2018–2030 Strategic Framework")
        if (ACRONYM_FOR_RE.test(before)) break;
        // "at its 2024 session", "the 2024 session of the Economic and Social Council": a year after "its", "the" only
        // for a session (not "the 2023 report", "the 2030 Agenda")
        if (DETERMINER_END_RE.test(m[0]) && !preparatorySession && !SESSION_AFTER_RE.test(text.slice(yEnd, yEnd + 30)) && !LISTED_YEARS_SESSIONS_RE.test(text.slice(yEnd, yEnd + 60))) break;
        // "the 2010, 2013, 2015 and 2021 groups of governmental experts" (A/RES/78/16 PP8): years naming the groups, as the
        // first three (no preposition) are
        if (YEAR_NAMES_GROUPS_RE.test(text.slice(yEnd, yEnd + 8))) break;
        if (NAME_YEAR_AND_END_RE.test(before)) break;
        // "Noting that 2025 will mark the thirtieth anniversary": a year after "that" only as the subject of such a verb
        if ((m[0].charCodeAt(0) === 116 || m[0].charCodeAt(0) === 84) && m[0].charCodeAt(2) === 97 /* [Tt]ha */ && m[0].charCodeAt(3) === 116 && !THAT_YEAR_VERB_RE.test(text.slice(yEnd, yEnd + 20))) break;
        const a = dateValue(y);
        if (!a) return undefined;
        // "proclaimed 2021–2030 the United Nations Decade on Ecosystem Restoration": a range of years
        const b = rangeEndYear(text, yEnd, y);
        if (b) return { start: yStart, end: b.end, valueStart: yStart, dates: [a, b.date], lead: undefined };
        return { start, end: yEnd, valueStart: yStart, dates: [a], lead: undefined };
      }
    }
  }
  // "the United Nations Decade of Action on Nutrition (2016–2025)", "the Decade of Ocean Science, 2021–2030", "the period
  // 2024–2034", "the Sendai Framework for Disaster Risk Reduction 2015–2030", "the 2021–2025 open-ended working group": a
  // range of years wherever it is printed (a year alone there is no date: "(2011)", ", 2015 and", "the 2030 Agenda"),
  // except where numbers are counted ("resolutions 2020–2025", "paragraphs 1990–1995")
  const b = rangeEndYear(text, yEnd, y);
  if (b && y >= 1900 && b.date.year - y <= 30 && !NUMBERS_BEFORE_RE.test(before)) {
    const a = dateValue(y);
    if (a) return { start: yStart, end: b.end, valueStart: yStart, dates: [a, b.date], lead: undefined };
  }
  // "the reports of the Secretary-General of 1990 3 and 1995" (A/RES/79/240 PP2), "the Political Declarations of 20172 and
  // 2021" (A/RES/80/9): a year after "of" listed with a later one ("and 1995" is a date), a footnote mark between or not
  if (before.endsWith(' of ') && OF_YEAR_AND_YEAR_RE.test(text.slice(yEnd, yEnd + 12)) && plausibleYear(text, yEnd, y)) {
    const a = dateValue(y);
    if (a) return { start: yStart, end: yEnd, valueStart: yStart, dates: [a], lead: undefined };
  }
  // "its resolutions ..., 76/148 of 16 December 2021, 77/203 of 15 of December of 2022 and 78/189 of 19 December 2023"
  // (A/RES/79/159 PP2, 78/189 PP2, 80/191 PP2): a day and month each printed with "of", one date (the word before "of" a month
  // first, read by character: the pattern only then)
  if (before.endsWith(' of ') && monthNumber(lastWord(before.slice(0, before.length - 3)) ?? '') !== undefined) {
    const m = DAY_OF_MONTH_OF_END_RE.exec(before);
    const a = m ? dateValue(y, monthNumber(m[2]!), Number(m[1])) : undefined;
    if (m && a) return { start: from + m.index, end: yEnd, valueStart: from + m.index, dates: [a], lead: undefined };
  }
  // "the declaration of 2022 as the International Year of Sustainable Mountain Development" (A/RES/80/144 PP29), "the
  // proclamation of 2017 as the International Year of Sustainable Tourism for Development" (A/RES/78/145, 78/260, 80/134),
  // "the designation of 2025 as the International Year of Glaciers' Preservation" (A/RES/80/137), "the observance of 2025 as
  // ...": the noun of "Proclaims 2025 the ..." with the year it names (not "the Declaration of 2019", an instrument's date,
  // nor "the declaration of 2019 to progressively provide ...")
  if (before.endsWith(' of ') && YEAR_NAMED_AS_BEFORE_RE.test(before) && YEAR_NAMED_AS_AFTER_RE.test(text.slice(yEnd, yEnd + 12)) && y >= 1900 && y <= 2100) {
    const a = dateValue(y);
    if (a) return { start: yStart, end: yEnd, valueStart: yStart, dates: [a], lead: undefined };
  }
  // "the Inter-Agency Standing Committee Guidelines on Inclusion of Persons with Disabilities in Humanitarian Action, of 2019,"
  // (A/RES/78/195 PP19), "the Convention for the Safeguarding of the Intangible Cultural Heritage, of 2003 (United Nations,
  // Treaty Series ...)" (A/RES/78/161 PP22), "Additional Protocol I thereto, of 1977,9": an instrument dated by its year
  // after a comma, the phrase closed after it
  if (before.endsWith(', of ') && COMMA_OF_YEAR_END_RE.test(text.slice(yEnd, yEnd + 4)) && y >= 1900) {
    const a = dateValue(y);
    if (a) return { start: yStart, end: yEnd, valueStart: yStart, dates: [a], lead: undefined };
  }
  return undefined;
}

/** "15 of December of " before a year (see dateEndingAt) */
const DAY_OF_MONTH_OF_END_RE = new RegExp(`${B}${D}${S}of${S}${M}${S}of${S}$`);
/** the nouns of proclaiming a year before "of <year> as the ..." (see dateEndingAt) */
const YEAR_NAMED_AS_BEFORE_RE = /\b(?:proclamation|declaration|designation|observance)\s+of\s+(?:the\s+year\s+)?$/;
const YEAR_NAMED_AS_AFTER_RE = /^\s+as\s+(?:the\s+|an?\s+)?[A-Z]/;
/** after a year printed after "of": its footnote mark, then " and <year>" */
const OF_YEAR_AND_YEAR_RE = /^ ?\d{0,2},? and (?:19|20)\d\d(?!\d\d)/;
/** after a year printed after ", of ": the phrase closes (a comma, semicolon, full stop, an opening bracket, the end) */
const COMMA_OF_YEAR_END_RE = /^(?:[,;.]|\s?\(|$)/;

/** Words that count numbers before a range of them ("resolutions 2020–2025", "paras. 1990–1995"). */
const NUMBERS_BEFORE_RE = /(?:\b(?:[Rr]esolutions?|[Dd]ecisions?|[Pp]aragraphs?|[Pp]aras?\.|pp?\.|Nos?\.|[Aa]rticles?|[Ss]ections?|[Rr]ules?|[Pp]ages?))\s*$/;

/** The later year of a range printed "–YYYY" right after year `y` (which ends at `yEnd`) and where it ends, or undefined. */
function rangeEndYear(text: string, yEnd: number, y: number): { date: DateValue; end: number } | undefined {
  // (guarded: a read past the end of the text, a year ending it, threw away dateEndingAt's compiled code)
  let dash = yEnd < text.length ? text.charCodeAt(yEnd) : -1;
  if (dash === 32 && yEnd + 1 < text.length) dash = text.charCodeAt(yEnd + 1);
  if (dash !== 8211 /* – */ && dash !== 45 /* - */ && dash !== 8209 /* ‑ */ && dash !== 8208 /* ‐ */) return undefined;
  const until = YEARS_RANGE_END_RE.exec(text.slice(yEnd, yEnd + 8));
  const b = until ? dateValue(Number(until[1])) : undefined;
  return b && b.year > y ? { date: b, end: yEnd + until![0].length } : undefined;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Between listed years: a comma, maybe the earlier one's footnote mark (", ", ",13 ", ", 1 ") */
const LISTED_YEAR_GAP_RE = /^,(?:\s*\d{1,2})?\s+$/;
/**
 * A year listed after a year date: "in 2019, 2021, 2022 and 2023" (the last one after "and" is a date by itself), footnote
 * marks between ("the high-level meetings of the General Assembly held in 2006,13 2011,14 201615 and 2021", A/RES/78/188 PP5).
 */
function listedYear(text: string, yStart: number, out: readonly DateMatch[], lastEnd: number): DateMatch | undefined {
  const prev = out.length > 0 ? out[out.length - 1]! : undefined;
  if (!prev || prev.end !== lastEnd || prev.dates.length !== 1 || prev.dates[0]!.month !== undefined) return undefined;
  if (yStart - lastEnd > 7 || text.charCodeAt(lastEnd) !== 44 /* , */ || !LISTED_YEAR_GAP_RE.test(text.slice(lastEnd, yStart))) return undefined;
  const y = Number(text.slice(yStart, yStart + 4));
  const a = plausibleYear(text, yStart + 4, y) ? dateValue(y) : undefined;
  return a ? { start: yStart, end: yStart + 4, valueStart: yStart, dates: [a], lead: undefined } : undefined;
}

/** after a day: " and <year>, respectively" (the day and month printed once for two years) */
const AND_YEAR_RESPECTIVELY_RE = /^\s+and\s+((?:19|20)\d\d)(?=,\s+respectively\b)/;
/**
 * "the high-level meetings of the General Assembly to commemorate the tenth and twentieth anniversaries ..., held on 22 September
 * 2011 and 2021, respectively" (A/RES/78/201 PP7, 80/205 PP7): the later year is that day and month of it, not a bare year.
 * Only before ", respectively" (which pairs the two days with two sittings).
 */
function sameDayOfLaterYear(text: string, r: DateMatch): DateMatch | undefined {
  const m = AND_YEAR_RESPECTIVELY_RE.exec(text.slice(r.end, r.end + 40));
  const first = r.dates[0]!;
  const y = m ? Number(m[1]) : 0;
  const d = m && y > first.year ? dateValue(y, first.month, first.day) : undefined;
  if (!m || !d) return undefined;
  const start = r.end + m[0].length - 4;
  return { start, end: start + 4, valueStart: start, dates: [d], lead: undefined };
}

/** days of a month printed without the year, which a later date of the same sentence gives: "from 14 to 25 April",
 *  "on 15 and 16 March", "from 28 November to 4 December", "on 21 October" */
const YEARLESS_SOURCE = `(?:${D}${S}${M}${S}to${S}${D}${S}${M}|${D}(?:${S}(?:to|and)${S}|${DASH})${D}${S}${M}|${D}${S}${M})`;
const YEARLESS_RE = new RegExp(`(?<![\\w/.])${YEARLESS_SOURCE}`, 'g');
/** a list of them right before a dated day: "from 4 to 8 March and from " (26 to 30 August 2024), "on 15 and 16 March, from
 *  7 to 18 August and from " (4 to 8 December 2023) */
const YEARLESS_LIST_RE = new RegExp(`(?<![\\w/.])(?:${YEARLESS_SOURCE}(?:,${S}(?:and${S})?|${S}and${S})(?:(?:from|on)${S})?)+$`);
/** the cheap test first: a list ends right before the dated day */
const LIST_END_RE = /(?:\band|,)\s+(?:from\s+|on\s+)?$/;

/**
 * The days printed without their year before the dated days `r` in one list ("the Preparatory Commission from 14 to 25
 * April and from 18 to 29 August 2025", A/RES/79/271 OP1; "held from 12 to 30 September and on 21 October 2011"): each
 * of the year printed last. None when a day would fall after the dated one (the year is then not clear).
 */
function yearlessBefore(text: string, r: DateMatch, lastEnd: number): DateMatch[] {
  const first = r.lead ?? r;
  const d0 = first.dates[0]!;
  if (d0.day === undefined || first.start - lastEnd < 8 || !LIST_END_RE.test(text.slice(Math.max(lastEnd, first.start - 12), first.start))) return [];
  const from = Math.max(lastEnd, first.start - 160);
  const list = YEARLESS_LIST_RE.exec(text.slice(from, first.start));
  if (!list) return [];
  const out: DateMatch[] = [];
  YEARLESS_RE.lastIndex = 0;
  for (let m = YEARLESS_RE.exec(list[0]); m; m = YEARLESS_RE.exec(list[0])) {
    const at = from + list.index + m.index;
    const dates = yearlessDates(m, 1, d0.year);
    if (dates.some((d) => !d || d.iso > d0.iso) || (dates.length === 2 && dates[0]!.iso >= dates[1]!.iso)) return [];
    out.push({ start: at, end: at + m[0].length, valueStart: at, dates: dates as DateValue[], lead: undefined });
  }
  return out;
}

/**
 * The days of a match of YEARLESS_SOURCE whose groups start at group `g` of `m`, in `year`: two for "D Month to D
 * Month" and "D to D Month", one for "D Month" (undefined where a day does not exist).
 */
function yearlessDates(m: RegExpExecArray, g: number, year: number): (DateValue | undefined)[] {
  const day = (i: number): number => Number(m[g + i]);
  const month = (i: number): number | undefined => monthNumber(m[g + i]!);
  if (m[g] !== undefined) return [dateValue(year, month(1), day(0)), dateValue(year, month(3), day(2))];
  if (m[g + 4] !== undefined) return [dateValue(year, month(6), day(4)), dateValue(year, month(6), day(5))];
  return [dateValue(year, month(8), day(7))];
}

/** ", namely from 1 to 19 April" after a year: "for a period of three weeks during 2024, namely from 1 to 19 April" */
const NAMELY_RE = new RegExp(`^,?${S}namely${S}(?:(?:from|on)${S})?(${YEARLESS_SOURCE})(?!${S}\\d)`);

/** The days printed without their year after "namely" that follow the year `r` (A/RES/78/62 OP8). */
function namelyAfter(text: string, r: DateMatch): DateMatch | undefined {
  if (text.charCodeAt(r.end) !== 44 /* , */ || !text.startsWith('namely', r.end + 2)) return undefined;
  const m = NAMELY_RE.exec(text.slice(r.end, r.end + 60));
  if (!m) return undefined;
  const dates = yearlessDates(m, 2, r.dates[0]!.year);
  if (dates.some((d) => !d) || (dates.length === 2 && dates[0]!.iso >= dates[1]!.iso)) return undefined;
  const start = r.end + m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, valueStart: start, dates: dates as DateValue[], lead: undefined };
}

/**
 * after a sitting's year, its name and who convened it, the day printed without a year: " Climate Action Summit convened by the
 * Secretary-General on 23 September" (group 1: the day(s), YEARLESS_SOURCE's groups after it); no other year after the day
 */
const EDITION_DAY_AFTER_RE = new RegExp(
  `^${S}(?:[A-Z][\\w’'-]*${S}){0,8}?(?:Summit|Conference|Forum|Meeting|Dialogue)(?:${S}(?:convened|organized|hosted|held)(?:${S}by${S}(?:the${S})?[A-Z][\\w’'-]*(?:${S}[A-Z][\\w’'-]*){0,3})?)?${S}on${S}(${YEARLESS_SOURCE})(?![\\w])(?!,?${S}\\d)`,
);
/**
 * "Welcoming the holding of the 2019 Climate Action Summit convened by the Secretary-General on 23 September" (A/RES/78/120 PP10,
 * 79/139, 80/113): the day of an edition named by its year, printed without the year, takes the year of the name, as "namely"
 * days take the year before them.
 */
function editionDayAfter(text: string, yearEnd: number, year: number): DateMatch | undefined {
  const m = EDITION_DAY_AFTER_RE.exec(text.slice(yearEnd, yearEnd + 160));
  if (!m) return undefined;
  const dates = yearlessDates(m, 2, year);
  if (dates.some((d) => !d) || (dates.length === 2 && dates[0]!.iso >= dates[1]!.iso)) return undefined;
  const start = yearEnd + m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, valueStart: start, dates: dates as DateValue[], lead: undefined };
}

/** "D, " days printed before "D and D Month Year" (group 1: the days with their commas) */
const LISTED_DAYS_BEFORE_RE = /(?<![\w/.,])((?:\d{1,2},\s+)+)$/;
/** "D and D " opening a match: two days of one month joined by "and" */
const DAY_AND_DAY_RE = /^(\d{1,2})\s+and\s+(\d{1,2})\s/;
/**
 * "the Syrian Arab Air Force used chemical weapons in Ltamenah on 24, 25 and 30 March 2017" (A/RES/79/56 OP4, 80/34, 78/29): a list
 * of days of one month, each its own date (not a range from the second to the last, the first lost): the listed days and the two
 * joined by "and", one match each; undefined when `r` is no "D and D Month Year" after such a list.
 */
function daysListedBefore(text: string, r: DateMatch, lastEnd: number): DateMatch[] | undefined {
  const pair = DAY_AND_DAY_RE.exec(text.slice(r.start, r.start + 12));
  if (!pair || r.start - lastEnd < 4) return undefined;
  const list = LISTED_DAYS_BEFORE_RE.exec(text.slice(Math.max(lastEnd, r.start - 40), r.start));
  if (!list) return undefined;
  const { year, month } = r.dates[0]!;
  const out: DateMatch[] = [];
  const from = Math.max(lastEnd, r.start - 40) + list.index;
  const dayRe = /\d{1,2}/g;
  for (let m = dayRe.exec(list[1]!); m; m = dayRe.exec(list[1]!)) {
    const d = dateValue(year, month, Number(m[0]));
    if (!d || d.iso >= r.dates[0]!.iso) return undefined;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, valueStart: from + m.index, dates: [d], lead: undefined });
  }
  const secondAt = r.start + pair[0].length - 1 - pair[2]!.length;
  out.push({ start: r.start, end: r.start + pair[1]!.length, valueStart: r.start, dates: [r.dates[0]!], lead: undefined });
  out.push({ start: secondAt, end: r.end, valueStart: secondAt, dates: [r.dates[1]!], lead: undefined });
  return out;
}

/** All date matches in `text`, in order, as value lists (a range gives two); `lists`: with the days a later year dates. */
function scanDates(text: string, lists = false): DateMatch[] {
  const out: DateMatch[] = [];
  let lastEnd = 0;
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    // (the later year of a range printed with a space: "2014– 2024")
    if (m.index < lastEnd) continue;
    const dated = dateEndingAt(text, m.index, m.index + 4, lastEnd);
    const r = dated ?? listedYear(text, m.index, out, lastEnd);
    // digits glued after the year are a footnote mark only in a dated form ("6 October 202211") or a list of years ("in
    // 2011,14 201615 and 2021"), not after a preposition ("in 202011" is no year)
    if (r && (dated === undefined || !(r.dates[0]!.month === undefined && m.index + 4 < text.length && isDigitCode(text.charCodeAt(m.index + 4))))) {
      if (lists && r.dates[0]!.day !== undefined) for (const y of yearlessBefore(text, r, lastEnd)) out.push(y);
      const listed = r.dates.length === 2 && r.lead === undefined ? daysListedBefore(text, r, lastEnd) : undefined;
      if (listed !== undefined) for (const d of listed) out.push(d);
      else out.push(r);
      lastEnd = r.end;
      const sameDay = r.dates.length === 1 && r.dates[0]!.day !== undefined ? sameDayOfLaterYear(text, r) : undefined;
      if (sameDay) {
        out.push(sameDay);
        lastEnd = sameDay.end;
      }
      const named = lists && r.dates.length === 1 && r.dates[0]!.month === undefined ? namelyAfter(text, r) : undefined;
      if (named) {
        out.push(named);
        lastEnd = named.end;
      }
      // the glued mark is no day of the next date ("13 January 20103 and 6 August 2013")
      while (lastEnd < text.length && isDigitCode(text.charCodeAt(lastEnd))) lastEnd++;
    } else if (r === undefined && lists) {
      // (the year of a sitting's name is no date of its own here, but dates the day printed after the name)
      const day = editionDayAfter(text, m.index + 4, Number(m[0].slice(0, 4)));
      if (day) {
        out.push(day);
        lastEnd = day.end;
      }
    }
  }
  return out;
}

function mention(text: string, start: number, end: number, d: DateValue, role?: 'start' | 'end'): EntityMention {
  return {
    kind: 'Date',
    key: nodeKey('Date', d.iso),
    name: d.iso,
    attrs: { iso: d.iso, year: d.year, ...(d.month ? { month: d.month } : {}), ...(d.day ? { day: d.day } : {}), ...(role ? { role } : {}) },
    phrase: text.slice(start, end),
    start,
    end,
  };
}

/**
 * Dates in a paragraph. A range yields two mentions (attrs.role 'start'/'end')
 * that share the span of the whole range as printed. Bare years count only
 * after a preposition ("in 2025", "by 2030") and never when a capitalised name
 * follows ("the 2030 Agenda"), nor inside symbols ("2006/46", "E/2025/31").
 */
export function findDates(text: string, _ctx: RecognizeContext = {}): EntityMention[] {
  const out: EntityMention[] = [];
  const found = scanDates(text, true);
  for (let k = 0; k < found.length; k++) {
    const r = found[k]!;
    if (r.lead) pushDateMentions(out, text, r.lead);
    pushDateMentions(out, text, r);
  }
  return out;
}

/**
 * The year a footnote mark is glued to, read as if the mark stood apart: "the High-Level Political Forum on Sustainable
 * Development in 202315 convened under the auspices of the General Assembly" (A/RES/79/178 PP13: 2023, mark 15), "since its
 * establishment in 200624 with" (78/72 OP), "on the fight against tuberculosis in 20237 and" (80/117), "the report of the
 * Committee in 20197" (79/130). scanDates takes glued digits for a mark only in a dated form ("in 202011" may be a number);
 * here segmentation took them as the mark of a footnote the paragraph has. `marks`: the paragraph's marks and their offsets;
 * `found`: the dates read already, to which the years read so are added in text order.
 */
export function addYearsBeforeGluedMarks(text: string, marks: readonly { mark: string; offset: number }[], found: EntityMention[]): void {
  let masked: string | undefined;
  for (const { mark, offset } of marks) {
    // four digits glued before the mark, a space before them
    if (offset < 5 || text.charCodeAt(offset - 5) !== 32 || !text.startsWith(mark, offset)) continue;
    let k = offset - 4;
    while (k < offset && isDigitCode(text.charCodeAt(k))) k++;
    if (k < offset) continue;
    masked = (masked ?? text).slice(0, offset) + ' '.repeat(mark.length) + (masked ?? text).slice(offset + mark.length);
  }
  if (masked === undefined) return;
  for (const d of findDates(masked)) {
    if (!marks.some((m) => m.offset === d.end) || found.some((f) => f.start === d.start && f.key === d.key)) continue;
    let at = found.length;
    while (at > 0 && found[at - 1]!.start > d.start) at--;
    found.splice(at, 0, d);
  }
}

function pushDateMentions(out: EntityMention[], text: string, r: DateMatch): void {
  if (r.dates.length === 2) {
    out.push(mention(text, r.start, r.end, r.dates[0]!, 'start'), mention(text, r.start, r.end, r.dates[1]!, 'end'));
  } else {
    out.push(mention(text, r.valueStart, r.end, r.dates[0]!));
  }
}

/** The first date (or range) in a phrase as ISO strings: a single date gives `start` only. */
export function parseDateRange(phrase: string): { start?: string; end?: string } {
  // A bare year ("2025") is a date when the caller says so: it found it after "in"/"from".
  const bare = /^\s*((?:19|20)\d{2})\s*$/.exec(phrase);
  if (bare) return { start: bare[1]! };
  // two months of one year ("the legislative elections held in June and July 2024", A/RES/80/95 PP21): the first month starts
  const months = MONTH_PAIR_RE.exec(phrase);
  if (months) {
    const year = Number(months[3]);
    const start = isoDate(year, monthNumber(months[1]!));
    const end = isoDate(year, monthNumber(months[2]!));
    if (start && end) return { start, end };
  }
  const [first, second] = scanDates(phrase);
  if (first) {
    // two dates of one year that make no range ("on 5 October and 12 December 2023"): the first is the start
    // ("from 12 to 30 September and on 21 October 2011": a sitting resumed on a later day ends on that day)
    if (first.lead && first.lead.dates.length === 2 && AND_ON_RE.test(phrase.slice(first.lead.end, first.start))) return { start: first.lead.dates[0]!.iso, end: first.dates[0]!.iso };
    if (first.lead) return first.lead.dates.length === 2 ? { start: first.lead.dates[0]!.iso, end: first.lead.dates[1]!.iso } : { start: first.lead.dates[0]!.iso };
    if (first.dates.length === 2) return { start: first.dates[0]!.iso, end: first.dates[1]!.iso };
    // "26 December 2024 to 4 January 2025": two full dates joined by "to".
    if (second && second.dates.length === 1 && /^\s*(?:to|and|until|[-–—])\s*$/.test(phrase.slice(first.end, second.start))) {
      return { start: first.dates[0]!.iso, end: second.dates[0]!.iso };
    }
    return { start: first.dates[0]!.iso };
  }
  // Fallback for forms the patterns do not cover (e.g. "May 27-29, 2025").
  const [c] = chrono().en.strict.parse(phrase);
  if (!c || !c.start.isCertain('year')) return {};
  const iso = (p: Chrono.ParsedComponents): string | undefined =>
    isoDate(p.get('year') ?? 0, p.isCertain('month') ? (p.get('month') ?? undefined) : undefined, p.isCertain('day') ? (p.get('day') ?? undefined) : undefined);
  const start = iso(c.start);
  const end = c.end ? iso(c.end) : undefined;
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

const AND_ON_RE = /^\s+and\s+on\s+$/;
/** a month and "and" or "to" right before another month of a year: "July and " of "July and August 2014" (group 1: the month) */
const MONTH_BEFORE_PAIRED_RE = new RegExp(`${B}${M}${S}(?:and|to)${S}$`);
/** "June and July 2024", "June to July 2024": two months of one year, the whole phrase */
const MONTH_PAIR_RE = new RegExp(`^\\s*${M}${S}(?:and|to)${S}${M},?${S}${Y}\\s*$`);

/** Parse one "28 July 2006" / "July 2006" date (for "of <date>" after a citation). */
const SINGLE_DATE_RE = new RegExp(`^(?:${D}${S})?${M},?${S}${Y}$`);
export function parseSingleDate(s: string): string | undefined {
  // ("15 of December of 2022", DAY_OF_MONTH_OF_YEAR_SOURCE: the day and month each printed with "of")
  const m = SINGLE_DATE_RE.exec((s.includes(' of ') ? s.replaceAll(' of ', ' ') : s).trim());
  if (!m) return undefined;
  return isoDate(Number(m[3]), monthNumber(m[2]!), m[1] ? Number(m[1]) : undefined);
}

/** ... and of one printed with "of" after its day and its month: "77/203 of 15 of December of 2022" (A/RES/79/159 PP2, 78/189, 80/191). */
export const DAY_OF_MONTH_OF_YEAR_SOURCE = `\\d{1,2}\\s+of\\s+(?:${MONTH_SOURCE})\\s+of\\s+\\d{4}`;
/** Regex source of a printed day-month-year date (no groups), for other recognisers' patterns. */
export const DAY_MONTH_YEAR_SOURCE = `\\d{1,2}\\s+(?:${MONTH_SOURCE}),?\\s+\\d{4}`;
