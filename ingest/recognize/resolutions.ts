// Resolution (and decision) citations in paragraph text.
//
// Canonical symbols (the node key is `Resolution:<symbol>`):
//   General Assembly            A/RES/70/125, A/RES/ES-10/19, A/RES/S-27/2
//     lettered parts            "67/97 A" -> A/RES/67/97A (no space, like the old form)
//     old numbering             "217 A (III)" -> A/RES/217(III)A, "1514 (XV)" -> A/RES/1514(XV)
//   Economic and Social Council E/RES/2006/46; old "1296 (XLIV)" -> E/RES/1296(XLIV)
//   Security Council            S/RES/242(1967); printed without its year -> S/RES/1373
//                               (the resolver may merge it with the one S/RES/1373(YYYY))
//   Human Rights Council        A/HRC/RES/47/16, A/HRC/RES/S-30/1
//   Commission on Human Rights  E/CN.4/RES/2005/69
//   decisions                   A/DEC/79/555, E/DEC/2024/205, A/HRC/DEC/47/115 (kind Resolution,
//                               attrs.instrument 'decision')
//   other bodies                "Commission on Narcotic Drugs resolution 61/11" ->
//                               "Commission on Narcotic Drugs resolution 61/11" (symbol as printed,
//                               never mistaken for a GA resolution)
// The body of a number without one comes from its form first (YYYY/NN -> ECOSOC,
// N (YYYY) -> Security Council, roman session -> GA unless the citing body is
// ECOSOC), then from "the General Assembly ... in its", then from ctx.body.
import { nodeKey } from '../../graph/model-keys.js';
import type { EntityMention, RecognizeContext } from '../models.js';
import { isAsciiCapital, isAsciiDigit } from '../codeUnit.js';
import { parseSingleDate } from './dates.js';
import { ordinalValue } from './events.patterns.js';
import {
  AFTER_BODY_NOUN_RE,
  BODY_AFTER_RE,
  CHR,
  CONTINUATION_BEFORE_RE,
  DOCUMENT_BODIES,
  DRAFT_BEFORE_RE,
  ECOSOC_REPORT_BODIES,
  ECOSOC,
  ENTITLED_AT_RE,
  TITLE_THEN_OF_THE_AT_RE,
  FOREIGN_SYMBOL_AT_RE,
  FOREIGN_SYMBOL_BODIES,
  FOREIGN_BODY_AFTER_RE,
  FOREIGN_BODY_ALIASES,
  FOREIGN_BODY_BEFORE_RE,
  GA,
  GENERIC_BODY_WORD,
  HRC,
  INTRO_BEFORE_RE,
  INTRO_WORD_RE,
  ITEM_AT_RE,
  ITEM_START_RE,
  BODY_NOUN_RE,
  BODY_SYMBOL_RE,
  UNESCO_GC_ADOPTED_AT_RE,
  ITU_RESOLUTION_RE,
  ITU_CONFERENCES,
  ITU_CONFERENCE_AFTER_RE,
  CITES_RESOLUTION_RE,
  CITES_COP_NAME,
  UNESCO_GC_NAME,
  UNESCO_GC_RECORDS_RE,
  UNESCO_GC_SESSION_RE,
  UNESCO_GC_SYMBOL_RE,
  CBD_SYMBOL_BODIES,
  BODY_TO_ITS_RE,
  YEAR_NUMBER_AHEAD_RE,
  KNOWN_BODY_AT_END_RE,
  LIST_SEP_AT_RE,
  LIST_ZONE_END_RE,
  UNSEPARATED_DATED_ITEM_AT_RE,
  NOT_A_BODY,
  OF_DATE_AT_RE,
  OF_DAY_OF_MONTH_OF_YEAR_AT_RE,
  ADOPTED_ON_AT_RE,
  ADOPTED_ON_BY_THE_END_RE,
  LOWER_ASIDE_ADOPTED_ON_AT_RE,
  FOREIGN_RANGE_TO_AT_RE,
  ON_SUBJECT_AT_RE,
  PURSUANT_TO_CITATION_END_RE,
  REPORT_BEFORE_RE,
  CONFERENCE_REPORT_START_RE,
  CONFERENCE_NAME_RE,
  PARTIES_BODY_RE,
  CONFERENCE_RESOLUTION_AT_RE,
  CONFERENCE_ROMAN_NUMBER_AT_RE,
  IBID_RESOLUTION_RE,
  mayCiteResolutions,
  SC,
  SERIES_COMMA_AT_RE,
  NAME_COMMA_AT_RE,
  SESSION_CALENDARS,
  SUBJECT_DATE_END_RE,
  GLUED_MARK_END_RE,
  SUBJECT_END_RE,
  SYMBOL_RE,
} from './resolutions.patterns.js';
import { MONTHS } from '../months.patterns.js';

type Instrument = 'resolution' | 'decision';

/** What the text says about the body before a number. */
interface BodyHint {
  /** explicit or resolved body name ("General Assembly", ...), or a foreign body's name */
  body?: string;
  /** the body was printed ("Security Council resolution"), not inferred */
  explicit: boolean;
  /** "Council"/"the Council" without saying which */
  anyCouncil?: boolean;
  /** a body outside the known five: keep the symbol as printed */
  foreign?: boolean;
  /** where the printed body name starts, when it lies before the matched words */
  phraseStart?: number;
  /** read inside a footnote's reference to a report: no footnote mark can be glued to the number */
  inFootnote?: boolean;
  /** for a body printed after the number: where its name ends (a title may follow: ", entitled “...”") */
  printedEnd?: number;
}

/**
 * Every hint in one object shape, its optional fields present (maybe undefined): hints of a dozen
 * shapes met late (a foreign body, a report in a footnote) were 'wrong map' deopts of readResolutionRefs,
 * the largest function V8 compiles in the references stage.
 */
function hintOf(h: BodyHint): BodyHint {
  return { body: h.body, explicit: h.explicit, anyCouncil: h.anyCouncil, foreign: h.foreign, phraseStart: h.phraseStart, inFootnote: h.inFootnote, printedEnd: h.printedEnd };
}

interface Item {
  groups: Record<string, string | undefined>;
  start: number;
  end: number;
}

interface Cited {
  symbol: string;
  body: string;
  number: string;
  /** GA/HRC session or ECOSOC year, to drop citations of later texts */
  session?: number;
  year?: number;
  scNumber?: number;
}

const KNOWN_BODY: Record<string, string> = {
  'General Assembly': GA,
  Assembly: GA,
  'Economic and Social Council': ECOSOC,
  ECOSOC,
  'Security Council': SC,
  'Human Rights Council': HRC,
  'Commission on Human Rights': CHR,
  SC,
  GA,
  HRC,
  'the Assembly': GA,
};

function normaliseBody(b: string | undefined): string | undefined {
  if (!b) return undefined;
  const t = b.trim();
  if (/^(?:the )?general assembly$/i.test(t) || /^(?:the )?assembly$/i.test(t)) return GA;
  if (/economic and social council|^ecosoc$/i.test(t)) return ECOSOC;
  if (/security council/i.test(t)) return SC;
  if (/human rights council/i.test(t)) return HRC;
  if (/commission on human rights/i.test(t)) return CHR;
  return t;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
function romanToNumber(r: string): number {
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN_VALUES[r[i]!] ?? 0;
    const next = ROMAN_VALUES[r[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Canonical citation for one number, or undefined when the form does not fit the body. */
function cite(g: Record<string, string | undefined>, hint: BodyHint, ctxBody: string | undefined, instrument: Instrument): Cited | undefined {
  const letters = lettersOf(g);
  const suffix = letters[0] ?? '';
  const dec = instrument === 'decision';
  const ctx = normaliseBody(ctxBody);
  if (hint.foreign && hint.body) {
    if (GENERIC_BODY_WORD.test(hint.body)) return undefined;
    const number = printedNumber(g.b && !hint.inFootnote && !(dec && sessionDecisionNumber(g.b, g.mark, hint.body)) ? { ...g, b: smallNumber(g.b + (g.mark ?? '')) } : g);
    return number ? { symbol: `${hint.body} ${instrument} ${number}`, body: hint.body, number } : undefined;
  }
  const body = hint.body;
  // number/year ("7/2019") is no numbering of a body we key
  if (g.fao) return undefined;
  if (g.spec) {
    // special sessions: GA (S-27/2, ES-10/19) or HRC (S-30/1)
    const spec = g.spec.replace("‑", "-");
    const number = `${spec}/${g.specnum}`;
    const hrc = body === HRC || (!body && hint.anyCouncil) || (!hint.explicit && !body && ctx === HRC);
    if (hrc) {
      // the Council's special sessions adopt one resolution or a few, numbered in one digit: a second digit is a footnote mark
      // glued on ("Human Rights Council resolution S-35/16 and the report of the Special Rapporteur", A/RES/79/183 OP1: S-35/1,
      // mark 6; segment.ts councilResolutionGluedMark); the Assembly's emergency special sessions run past nine ("ES-10/19")
      const own = !dec && !hint.inFootnote && g.specnum!.length === 2 ? `${spec}/${g.specnum![0]}` : number;
      return { symbol: `A/HRC/${dec ? 'DEC' : 'RES'}/${own}`, body: HRC, number: own };
    }
    return { symbol: `A/${dec ? 'DEC' : 'RES'}/${number}`, body: GA, number };
  }
  if (g.a && g.b) {
    const first = Number(g.a);
    // Digits glued after a number are a footnote mark ("76/17918" = 76/179 + 18). Only the
    // Assembly numbers past 99 and decisions past 200: elsewhere "5/1411" is 5/14 + 11
    // (see smallNumber).
    // (and the Council's, however it was named: "by the Human Rights Council in its resolutions 55/2831 and 55/29" is 55/28
    // + 31, A/RES/79/258 IX.OP4; "54/2639 and 54/3340" 54/26 + 39 and 54/33 + 40, 78/253 XI.OP3: it adopts a few dozen a
    // session, never a 100th)
    const smallNumbered =
      !dec &&
      !hint.inFootnote &&
      body !== GA &&
      ((hint.explicit && body !== undefined) || body === HRC || hint.anyCouncil || first >= 1946 || (ctx === HRC && Boolean(g.mark)));
    const b = smallNumbered ? smallNumber(g.b + (g.mark ?? '')) : g.b;
    const number = `${g.a}/${b}`;
    if (first >= 1946 && first <= 2100) {
      // year/number: ECOSOC, or the Commission on Human Rights when it is named
      if (body === CHR || (!body && ctx === CHR)) return { symbol: `E/CN.4/${dec ? 'DEC' : 'RES'}/${number}`, body: CHR, number, year: first };
      if (body === SC) return undefined;
      // ECOSOC decisions are numbered from 201 ("decision 2024/205").
      if (dec && Number(g.b) < 201) return undefined;
      return { symbol: `E/${dec ? 'DEC' : 'RES'}/${number}${suffix}`, body: ECOSOC, number: number + (suffix ? ` ${suffix}` : ''), year: first };
    }
    if (first >= 100) return undefined; // neither a session nor a year: "2/15"-like noise
    if (body === SC || body === ECOSOC || body === CHR) return undefined;
    // The Council adopts a few dozen resolutions a session; "resolution 60/251" in its
    // own text is the General Assembly's (the one that created it). Its decisions are numbered
    // from 101 ("its decision 18/120", "decision 2/102"), below the Assembly's (from 401).
    const hrcSized = dec ? Number(b) >= 101 && Number(b) < 401 : Number(b) <= 80;
    const hrc = body === HRC || (!body && hint.anyCouncil && hrcSized) || (!hint.explicit && !body && ctx === HRC && hrcSized);
    if (hrc) return { symbol: `A/HRC/${dec ? 'DEC' : 'RES'}/${number}`, body: HRC, number, session: first };
    // The Assembly numbers session/number only from its thirty-first session (1976): "resolution
    // 5/14" or "10/4" is another body's (UNEA, a Conference of the Parties), never A/RES/5/14.
    if (first < 31) return undefined;
    // GA decisions are numbered from 401 ("decision 79/555"); "decision 15/4" of a
    // Conference of the Parties is not one of them.
    if (dec && Number(g.b) < 401) return undefined;
    return {
      symbol: `A/${dec ? 'DEC' : 'RES'}/${number}${suffix}`,
      body: GA,
      number: number + (suffix ? ` ${suffix}` : ''),
      session: first,
    };
  }
  if (g.old && g.roman) {
    if (dec) return undefined;
    const letter = g.oldL ?? suffix;
    const number = `${g.old}${letter ? ` ${letter}` : ''} (${g.roman})`;
    const session = /^[IVXLC]+$/.test(g.roman) ? romanToNumber(g.roman) : undefined;
    const ecosoc = body === ECOSOC || (!body && hint.anyCouncil) || (!hint.explicit && !body && ctx === ECOSOC);
    if (body === SC || body === HRC) return undefined;
    if (ecosoc) return { symbol: `E/RES/${g.old}(${g.roman})${letter}`, body: ECOSOC, number, ...(session ? { session } : {}) };
    return { symbol: `A/RES/${g.old}(${g.roman})${letter}`, body: GA, number, ...(session ? { session } : {}) };
  }
  if (g.sc && g.scy) {
    if (dec) return undefined;
    if (body && body !== SC && hint.explicit && !hint.anyCouncil) return undefined;
    return { symbol: `S/RES/${Number(g.sc)}(${g.scy})`, body: SC, number: `${Number(g.sc)} (${g.scy})`, year: Number(g.scy), scNumber: Number(g.sc) };
  }
  if (g.bare) {
    // "Security Council resolution 1373": only when the Council is named or is the citing body.
    const sc = body === SC || (!hint.explicit && !body && ctx === SC) || (hint.anyCouncil && ctx === SC);
    if (!sc || dec) return undefined;
    return { symbol: `S/RES/${Number(g.bare)}`, body: SC, number: String(Number(g.bare)), scNumber: Number(g.bare) };
  }
  return undefined;
}

/** A functional commission of the Economic and Social Council (not the Commission on Human Rights, numbered by year). */
const FUNCTIONAL_COMMISSION_RE = /\bCommission\b/;
const COMMISSION_ON_HUMAN_RIGHTS = 'Commission on Human Rights';

/**
 * A commission's decision numbered from 101 in its session, printed in full: "Statistical Commission decision 53/113 of 11
 * March 2022" (A/RES/78/229 PP45, 80/229 PP42) is 53/113, not 53/11 with a footnote mark 3 glued on. Three digits 101-199
 * and nothing more; a commission's resolutions stay small ("Commission on the Status of Women resolution 60/2").
 */
function sessionDecisionNumber(b: string, mark: string | undefined, body: string): boolean {
  return b.length === 3 && b.charCodeAt(0) === 49 /* 1 */ && b !== '100' && !mark && FUNCTIONAL_COMMISSION_RE.test(body) && body !== COMMISSION_ON_HUMAN_RIGHTS;
}

/**
 * The number of a body that adopts a few dozen resolutions a session (Human
 * Rights Council, ECOSOC, commissions, UNEA) from the digits printed after the
 * slash, a footnote mark glued on: "1411" -> "14", "929" -> "9", "16" -> "16".
 */
function smallNumber(digits: string): string {
  if (digits.length < 3) return digits;
  return Number(digits.slice(0, 2)) <= 60 ? digits.slice(0, 2) : digits.slice(0, 1);
}

function printedNumber(g: Record<string, string | undefined>): string | undefined {
  if (g.spec) return `${g.spec.replace("‑", "-")}/${g.specnum}`;
  if (g.fao) return `${g.fao}/${g.faoYear}`;
  if (g.a) return `${g.a}/${g.b}`;
  if (g.old) return `${g.old}${g.oldL ? ` ${g.oldL}` : ''} (${g.roman})`;
  if (g.sc) return `${g.sc} (${g.scy})`;
  if (g.bare) return g.bare;
  return undefined;
}

/** Part letters: "A" -> [A]; "A and B" -> [A, B]; "A to C" -> [A, B, C]. */
function lettersOf(g: Record<string, string | undefined>): string[] {
  if (!g.l1) return [];
  const to = g.l2 ?? g.l3;
  if (!to) return [g.l1];
  const a = g.l1.charCodeAt(0);
  const b = to.charCodeAt(0);
  if (b <= a || b - a > 25) return [g.l1];
  const out: string[] = [];
  for (let c = a; c <= b; c++) out.push(String.fromCharCode(c));
  return out;
}

/** One mention per part letter ("36/87 A and B" cites two resolutions). */
function expandLetters(g: Record<string, string | undefined>): Record<string, string | undefined>[] {
  const letters = lettersOf(g);
  if (letters.length <= 1) return [g];
  // "A and B" but only "A" -> "B" (a range): each letter becomes its own citation.
  return letters.map((l) => ({ ...g, l1: l, l2: undefined, l3: undefined }));
}

/**
 * Spans of the parts of "36/87 A and B of 9 December 1981": the extractor keeps
 * one of mentions sharing a span, so each part gets its own: the first runs from
 * the phrase start to its letter, the last from its letter to the phrase end, a
 * part only implied by a range ("B" of "A to C") gets the word "to".
 */
function letterSpans(text: string, item: Item, n: number, phraseStart: number, phraseEnd: number): [number, number][] {
  if (n <= 1) return [[phraseStart, phraseEnd]];
  const seg = text.slice(item.start, item.end);
  const m = /\s([A-Z]{1,2})(\s(?:and|to)\s|\s?[-–]\s?)([A-Z])$/.exec(seg);
  if (!m) return Array.from({ length: n }, () => [phraseStart, phraseEnd] as [number, number]);
  const firstEnd = item.start + m.index + 1 + m[1]!.length;
  const joinStart = firstEnd + (m[2]!.length - m[2]!.trimStart().length);
  const joinEnd = firstEnd + m[2]!.trimEnd().length;
  const lastStart = item.end - 1;
  const spans: [number, number][] = [[phraseStart, firstEnd]];
  for (let i = 1; i < n - 1; i++) spans.push([joinStart, joinEnd]);
  spans.push([lastStart, Math.max(phraseEnd, item.end)]);
  return spans;
}

/**
 * Another body's plain numbers, listed and each dated: "African Commission on Human and Peoples’ Rights resolutions 263 of 5
 * November 2013 on the prevention of attacks ... and 373 of 22 May 2017 on the Regional Action Plan on Albinism in Africa"
 * (A/RES/80/177 PP8, 78/171 PP8): the next plain number is the body's next resolution when the one before was a plain number
 * too and it has its own day (a bare number elsewhere is a footnote mark or a count).
 */
function datedBareOfForeign(text: string, hint: BodyHint, plural: boolean, item: Item, next: Item): boolean {
  if (!plural || !hint.foreign || !hint.explicit || !item.groups.bare) return false;
  OF_DATE_AT_RE.lastIndex = next.end;
  return OF_DATE_AT_RE.test(text);
}

function readItemAt(text: string, pos: number): Item | undefined {
  ITEM_AT_RE.lastIndex = pos;
  const m = ITEM_AT_RE.exec(text);
  if (!m || !m.groups) return undefined;
  return { groups: m.groups, start: pos, end: pos + m[0].length };
}

interface Tail {
  /** end of the number and its date: the phrase of the mention */
  end: number;
  /** end of everything read after the number (date, title, subject): where the list goes on */
  after: number;
  date?: string;
  title?: string;
  subject?: string;
}

/**
 * Every tail is made here, with all its fields: one shape for all tails. A tail with a title first met late (its own
 * shape) threw away the compiled readResolutionRefs callbacks ("wrong map"); so did a tail copied with a spread
 * ({ ...tail, title }), which V8 builds with another map than this literal's (makeMention deoptimised in 5 files).
 */
function newTail(end: number, after: number, date: string | undefined, title: string | undefined, subject: string | undefined): Tail {
  return { end, after, date, title, subject };
}

const OF_WORD = ' of ';

/** "of 28 July 2006", 'entitled “...”' and "on <subject>" after a number. */
function readTail(text: string, pos: number): Tail {
  const tail = newTail(pos, pos, undefined, undefined, undefined);
  OF_DATE_AT_RE.lastIndex = pos;
  let d = OF_DATE_AT_RE.exec(text);
  // (" of 15 of December of 2022": a digit after " of " first, the pattern only then)
  if (d === null && text.startsWith(OF_WORD, pos) && isAsciiDigit(text.charCodeAt(pos + OF_WORD.length))) {
    OF_DAY_OF_MONTH_OF_YEAR_AT_RE.lastIndex = pos;
    d = OF_DAY_OF_MONTH_OF_YEAR_AT_RE.exec(text);
  }
  if (d?.groups?.date) {
    const iso = parseSingleDate(d.groups.date.replace(/\s+/g, ' '));
    if (iso) tail.date = iso;
    tail.end = pos + d[0].length;
    tail.after = tail.end;
    // A footnote mark glued to the year ("4 March 202210"): read past it, outside the phrase.
    const glued = /^(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?=[\s,;.]|$)/.exec(text.slice(tail.end, tail.end + 4));
    if (glued) tail.after += glued[0].length;
  }
  ENTITLED_AT_RE.lastIndex = tail.end;
  const t = ENTITLED_AT_RE.exec(text);
  if (t?.[1]) {
    tail.title = t[1].replace(/\s+/g, ' ').trim();
    tail.after = t.index + t[0].length;
    if (!tail.date) readAdoptedOn(text, tail);
    return tail; // the title is the phrase; the subject is not printed too
  }
  ON_SUBJECT_AT_RE.lastIndex = tail.end;
  const o = ON_SUBJECT_AT_RE.exec(text);
  if (o && !(o[1] && PURSUANT_TO_CITATION_END_RE.test(text.slice(Math.max(0, pos - 80), pos)))) {
    const from = tail.end + o[0].length;
    let to = subjectEnd(text, from);
    // "... of the United Nations system and its resolutions 73/248 ...": another
    // citation starts inside; the subject ends before it (and before its "and").
    const next = nextCitationInSubject(text, from);
    let cutAtCitation = false;
    if (next && next.index < to) {
      let head = text.slice(from, next.index);
      // (and before the body named before it: "on the proclamation of international years and Economic and Social Council
      // resolution 1980/67" (A/RES/79/270 PP3) ended "... years and Economic" at the "and" inside the Council's name)
      // (asked only when the last word before the next citation is capitalised)
      const body = isAsciiCapital(head.charCodeAt(head.lastIndexOf(' ', head.length - 2) + 1)) ? BODY_BEFORE_INTRO_RE.exec(head) : null;
      // (not when the capitalised words are the object the subject ends on: "concerning the efficient functioning of the
      // Commission and Assembly resolution 61/98", A/RES/78/62 PP; the "and" below cuts there)
      if (body && body.index > 0 && !ARTICLE_END_RE.test(head.slice(0, body.index))) head = head.slice(0, body.index + 1);
      const and = head.lastIndexOf(' and ');
      to = from + (and >= 0 ? and : head.length);
      cutAtCitation = and < 0;
    }
    let subject = text.slice(from, to).trim();
    // "on the financing of the activities arising from Security Council resolution 1863 (2009)" (A/RES/78/309 PP4), "on
    // progress in the implementation of General Assembly resolution 75/233 on ..." (A/RES/78/160 OP3): a subject ending in a
    // preposition has the next citation as its object, so it runs on past that number. The list cursor (tail.after) stays at
    // the cut: the inner citation is still read as a citation of its own.
    if (cutAtCitation && OBJECT_PREPOSITION_END_RE.test(subject)) subject = subjectThroughCitation(text, from, next!) ?? subject;
    // "... of the Council of 18 June 2007": the day the resolution was adopted, not words of its subject
    const last = subject.charCodeAt(subject.length - 1);
    if (last >= 48 && last <= 57 && !tail.date) {
      const d = SUBJECT_DATE_END_RE.exec(subject);
      const iso = d?.groups?.date ? parseSingleDate(d.groups.date.replace(/\s+/g, ' ')) : undefined;
      if (iso) {
        tail.date = iso;
        subject = subject.slice(0, d!.index);
      }
    }
    // "2/21 of 27 May 2016 on sand and dust storms4 and 4/10 of ..." (A/RES/78/158 PP6, 78/215, 78/187, 78/159): a footnote
    // mark glued to the subject's last word is no part of it
    if (last >= 48 && last <= 57) subject = subject.replace(GLUED_MARK_END_RE, '');
    if (subject.length >= 3) {
      tail.subject = subject;
      tail.after = to;
      if (!tail.date) readAdoptedOn(text, tail);
    }
  }
  return tail;
}

/**
 * 'entitled “Sustainable lake management”, adopted on 2 March 2022' (A/RES/79/142 PP5): the day printed after the title or
 * subject, when none came after the number; the phrase (tail.end) stays the number's.
 */
function readAdoptedOn(text: string, tail: Tail): void {
  const c = text.charCodeAt(tail.after);
  if (c !== 44 /* , */ && c !== 32 && c !== 40 /* ( */) return;
  ADOPTED_ON_AT_RE.lastIndex = tail.after;
  let a = ADOPTED_ON_AT_RE.exec(text);
  // (", including a focus on ..., adopted on <day>": asked only after ", including ")
  if (!a && c === 44 && text.startsWith(', including ', tail.after)) {
    LOWER_ASIDE_ADOPTED_ON_AT_RE.lastIndex = tail.after;
    a = LOWER_ASIDE_ADOPTED_ON_AT_RE.exec(text);
  }
  if (!a?.groups?.date) return;
  const iso = parseSingleDate(a.groups.date.replace(/\s+/g, ' '));
  if (!iso) return;
  tail.date = iso;
  tail.after = a.index + a[0].length;
}

/** a head whose capitalised tail is the noun its article asks for: "... functioning of the" */
const ARTICLE_END_RE = /\sthe$/;
/** a subject cut before a citation whose last word asks for an object: "arising from", "implementation of" */
const OBJECT_PREPOSITION_END_RE = /\s(?:of|from|under|to|by|with|pursuant\s+to)$/;
/** the number of the citation a subject runs into: "resolution 1863 (2009)", "resolution 75/233", "decision 50/500 A" */
const INNER_NUMBER_AT_RE = /\s+(?:\d+\/\d+(?:\s+[A-Z]\b)?|\d+\s+\((?:\d{4}|[IVXLC]+|S-[IVXLC]+|ES-[IVXLC]+)\))/y;

/**
 * The subject read on through the citation it names as its object, up to where a subject ends after that number (or
 * before the next citation's "and"); undefined when the number is not one we read.
 */
function subjectThroughCitation(text: string, from: number, inner: RegExpExecArray): string | undefined {
  INNER_NUMBER_AT_RE.lastIndex = inner.index + inner[0].length;
  if (!INNER_NUMBER_AT_RE.exec(text)) return undefined;
  const numberEnd = INNER_NUMBER_AT_RE.lastIndex;
  let to = subjectEnd(text, numberEnd);
  const next = nextCitationInSubject(text, numberEnd);
  if (next && next.index < to) {
    const and = text.slice(numberEnd, next.index).lastIndexOf(' and ');
    to = and >= 0 ? numberEnd + and : next.index;
  }
  return text.slice(from, to).trim();
}

function subjectEnd(text: string, from: number): number {
  SUBJECT_END_RE.lastIndex = from;
  for (;;) {
    const m = SUBJECT_END_RE.exec(text);
    if (!m) return text.length;
    if (m[0] === ',') {
      SERIES_COMMA_AT_RE.lastIndex = m.index;
      if (SERIES_COMMA_AT_RE.test(text)) continue; // "safe, secure and trustworthy"
      if (isAsciiCapital(text.charCodeAt(text.lastIndexOf(' ', m.index) + 1))) {
        NAME_COMMA_AT_RE.lastIndex = m.index;
        if (NAME_COMMA_AT_RE.test(text)) continue; // "Regional Centre for Peace, Disarmament and Development"
      }
    }
    if (m[0] === '' && m.index === text.length) return text.length;
    if (m[0] === '') {
      SUBJECT_END_RE.lastIndex = m.index + 1;
      continue;
    }
    return m.index;
  }
}

/** The body hint from the words before "resolution(s)". */
function bodyHint(text: string, introStart: number, groups: Record<string, string | undefined>): BodyHint {
  if (groups.body) {
    const named = groups.body;
    const before = text.slice(Math.max(0, introStart - 80), introStart);
    if (named === 'Assembly' || named === 'Council') {
      // "World Health Assembly resolution", "Trusteeship Council resolution": a body we do not key.
      const prev = /([A-Z][\w’'.-]*)\s+$/.exec(before);
      if (prev && !NOT_A_BODY.has(prev[1]!) && !/^(?:General|Social|Security|Rights)$/.test(prev[1]!)) {
        const name = foreignBodyName(before + named + ' ') ?? `${prev[1]} ${named}`;
        const at = (before + named).lastIndexOf(name);
        return hintOf({ body: canonicalForeign(name), explicit: true, foreign: true, phraseStart: at >= 0 ? introStart - before.length + at : undefined });
      }
      if (named === 'Assembly') return hintOf({ body: GA, explicit: true });
      return hintOf({ explicit: true, anyCouncil: true });
    }
    return hintOf({ body: KNOWN_BODY[named] ?? named, explicit: true });
  }
  const before = text.slice(Math.max(0, introStart - 120), introStart);
  if (groups.its) return itsHint(before);
  // "Commission on Narcotic Drugs resolution 61/11": a capitalised name right before "resolution",
  // mid-sentence (a lower-case word or punctuation before the name; a possessive's apostrophe, curly or straight: "Peoples' Rights").
  const prev = /([A-Z][\w’'.-]*)\s+$/.exec(before);
  if (prev && !NOT_A_BODY.has(prev[1]!) && /[a-z,;)”’']$/.test(before.slice(0, prev.index).trimEnd())) {
    const name = foreignBodyName(before);
    const at = name ? before.lastIndexOf(name) : -1;
    if (name) return hintOf({ body: canonicalForeign(name), explicit: true, foreign: true, phraseStart: at >= 0 ? introStart - before.length + at : undefined });
  }
  return hintOf({ explicit: false });
}

/**
 * Whose "its" it is: the body named just before "in its resolution" (see
 * BODY_TO_ITS_RE), else the citing body (ctx.body, applied by cite()).
 */
function itsHint(before: string): BodyHint {
  BODY_NOUN_RE.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = BODY_NOUN_RE.exec(before); m; m = BODY_NOUN_RE.exec(before)) last = m;
  if (!last) return hintOf({ explicit: false });
  const nounEnd = last.index + last[0].length;
  const between = before.slice(nounEnd);
  // Find where "in its" begins: `before` ends right before "its".
  const upToNoun = before.slice(0, nounEnd);
  // "the adoption by the Economic Commission for Latin America and the Caribbean of its resolution 574 (XXVII)" (A/RES/80/87
  // OP13): "by the <body> of its" names the author as "the <body> in its" does
  if (!BODY_TO_ITS_RE.test(between) && !(OF_ITS_AT_END_RE.test(between) && BY_THE_BODY_RE.test(upToNoun))) return hintOf({ explicit: false });
  const continuation = /^(?:\s+(?:for|on|of|and|the|[A-Z][\w’'-]*))*/.exec(between)?.[0] ?? '';
  const known = KNOWN_BODY_AT_END_RE.exec(upToNoun + continuation.replace(/\s+(?:and|the|of|on|for)$/, ''));
  if (known) {
    if (/^[Tt]he Council$/.test(known[0])) return hintOf({ explicit: false, anyCouncil: true });
    return hintOf({ body: normaliseBody(known[0])!, explicit: false });
  }
  // A forum, conference or programme is usually what the citing body set up
  // "in its resolution" ("the establishment of the Permanent Forum ... in its
  // resolution 75/314"), not the author: keep the citing body.
  if (/^(?:Forum|Conference|Programme|Organization)$/.test(last[0])) return hintOf({ explicit: false });
  // A body we do not key ("United Nations Environment Assembly", "Economic and
  // Social Commission for Asia and the Pacific"): keep its name.
  const head = foreignBodyName(upToNoun + ' ') ?? last[0];
  const name = (head + continuation.replace(/\s+(?:and|the|of|on|for)$/, '')).replace(/\s+/g, ' ').trim();
  // "the mandate of the Committee, as contained in its resolutions": a lone generic
  // noun is more often what the citing body acted on than the author.
  if (GENERIC_BODY_WORD.test(name)) return hintOf({ explicit: false });
  return hintOf({ body: canonicalForeign(name), explicit: true, foreign: true });
}

/** What ends "by the <body> of its": the name's tail, then "of". */
const OF_ITS_AT_END_RE = /^(?:\s+(?:for|on|and|the|[A-Z][\w’'-]*))*\s+of\s+$/;
/** "by the" and the capitalised words of a body's name up to its noun. */
const BY_THE_BODY_RE = /\bby\s+the\s+(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*$/;

/**
 * "resolution 42 C/16" and "the General Conference of [UNESCO] at its forty-second session in its
 * resolution 16" (A/RES/79/267 PP5): one node, "UNESCO General Conference resolution 42 C/16", as UNESCO numbers it. The
 * session-first form's mention is "resolution 16" (the number's span), as other bodies' "in its resolution" citations.
 */
function unescoConferenceCitations(text: string, push: (c: Cited | undefined, start: number, end: number, tail: Tail, instrument: Instrument) => void): void {
  const cite = (session: number, number: string, start: number, end: number, dateBefore?: string): void => {
    const symbol = `UNESCO General Conference resolution ${session} C/${number}`;
    const tail = readTail(text, end);
    // "resolution 41C/53 adopted by the General Conference of [UNESCO] on 23 November 2021" (A/RES/78/312 PP6): the day after the body
    if (!tail.date && !tail.title && !tail.subject) readAdoptedOn(text, tail);
    if (!tail.date && dateBefore) tail.date = dateBefore;
    push({ symbol, body: UNESCO_GC_NAME, number: `${session} C/${number}` }, start, end, tail, 'resolution');
  };
  if (text.includes('C/')) {
    UNESCO_GC_SYMBOL_RE.lastIndex = 0;
    for (let m = UNESCO_GC_SYMBOL_RE.exec(text); m; m = UNESCO_GC_SYMBOL_RE.exec(text)) {
      const g = m.groups ?? {};
      cite(Number(g.session ?? g.sessionFirst), String(Number(g.number ?? g.numberAfter)), m.index, m.index + m[0].length);
    }
  }
  // a footnote's "Records of the General Conference, Forty-first Session, ..., resolution 53": the mention is "resolution 53"
  if (text.includes('Records of the General Conference')) {
    UNESCO_GC_RECORDS_RE.lastIndex = 0;
    for (let m = UNESCO_GC_RECORDS_RE.exec(text); m; m = UNESCO_GC_RECORDS_RE.exec(text)) {
      const session = ordinalValue(m.groups!.ordinal!);
      if (session === undefined) continue;
      const end = m.index + m[0].length;
      cite(session, String(Number(m.groups!.number)), end - m.groups!.number!.length - m.groups!.intro!.length, end);
    }
  }
  if (!text.includes(UNESCO_GC_NAME)) return;
  UNESCO_GC_SESSION_RE.lastIndex = 0;
  for (let m = UNESCO_GC_SESSION_RE.exec(text); m; m = UNESCO_GC_SESSION_RE.exec(text)) {
    const session = ordinalValue(m.groups!.ordinal!);
    if (session === undefined) continue;
    const end = m.index + m[0].length;
    // "adopted on 20 November 2023 by the General Conference ... in its resolution 16" (A/RES/79/267 PP5): the day printed before
    const before = text.startsWith('by the ', m.index - 7) ? ADOPTED_ON_BY_THE_END_RE.exec(text.slice(Math.max(0, m.index - 60), m.index)) : null;
    const dateBefore = before?.groups?.date ? parseSingleDate(before.groups.date.replace(/\s+/g, ' ')) : undefined;
    cite(session, String(Number(m.groups!.number)), end - m.groups!.number!.length - m.groups!.intro!.length, end, dateBefore);
  }
  // "resolution 1 adopted on 20 November 2013 by the General Conference ... at its thirty-seventh session": the mention
  // is "resolution 1" (the date and body are read as any citation's tail)
  if (!text.includes(' adopted ')) return;
  UNESCO_GC_ADOPTED_AT_RE.lastIndex = 0;
  for (let m = UNESCO_GC_ADOPTED_AT_RE.exec(text); m; m = UNESCO_GC_ADOPTED_AT_RE.exec(text)) {
    const session = ordinalValue(m.groups!.ordinal!);
    if (session === undefined) continue;
    const number = m.groups!.number!;
    const end = m.index + 'resolution '.length + number.length;
    cite(session, String(Number(number)), m.index, end);
  }
}

/**
 * "Resolution 140 (Rev. Bucharest, 2022)" of the ITU Plenipotentiary Conference: keyed "ITU Plenipotentiary Conference
 * resolution 140 (Rev. Bucharest, 2022)", the conference named after the parenthesis or known by its venue and year
 * (ITU_CONFERENCES); a venue and year of no ITU conference, with none named, is another body's and left alone.
 */
function ituConferenceCitations(text: string, push: (c: Cited | undefined, start: number, end: number, tail: Tail, instrument: Instrument) => void): void {
  ITU_RESOLUTION_RE.lastIndex = 0;
  for (let m = ITU_RESOLUTION_RE.exec(text); m; m = ITU_RESOLUTION_RE.exec(text)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    const venue = `${g.place!.replace(/\s+/g, ' ')}, ${g.year!}`;
    const printed = ITU_CONFERENCE_AFTER_RE.exec(text.slice(end, end + 120))?.[1]?.replace(/\s+/g, ' ');
    const conference = printed ?? ITU_CONFERENCES[venue];
    if (!conference) continue;
    const number = `${g.number!} (${g.rev ? 'Rev. ' : ''}${venue})`;
    const symbol = `ITU ${conference} resolution ${number}`;
    push({ symbol, body: `${conference} of the International Telecommunication Union`, number }, m.index, end, readTail(text, end), 'resolution');
  }
}

/** "resolution Conf. 12.6 (Rev. CoP18)": the CITES Conference of the Parties' resolution, revision and all (CITES_RESOLUTION_RE). */
function citesCitations(text: string, push: (c: Cited | undefined, start: number, end: number, tail: Tail, instrument: Instrument) => void): void {
  CITES_RESOLUTION_RE.lastIndex = 0;
  for (let m = CITES_RESOLUTION_RE.exec(text); m; m = CITES_RESOLUTION_RE.exec(text)) {
    const end = m.index + m[0].length;
    const number = `Conf. ${m.groups!.number!}${m.groups!.rev ? ` ${m.groups!.rev.trim().replace(/\s+/g, ' ')}` : ''}`;
    push({ symbol: `CITES resolution ${number}`, body: CITES_COP_NAME, number }, m.index, end, readTail(text, end), 'resolution');
  }
}

/** One name per body we do not key ("Environment Assembly" -> "United Nations Environment Assembly"). */
function canonicalForeign(name: string): string {
  // a footnote mark glued to the name's last word ("... to the Convention14") is not part of it
  let bare = name.replace(/(?<=[a-z])\d{1,3}$/, '');
  // "Peoples’ Rights" and "Peoples' Rights" are one body: the key takes the plain apostrophe, as titles' keys do (keys.ts)
  if (bare.includes('’')) bare = bare.replaceAll('’', "'");
  return FOREIGN_BODY_ALIASES[bare] ?? bare;
}

/** "the Commission on Narcotic Drugs " -> "Commission on Narcotic Drugs". */
function foreignBodyName(before: string): string | undefined {
  const m = FOREIGN_BODY_BEFORE_RE.exec(before);
  if (!m?.[1]) return undefined;
  // Drop what leads into the name: "Recalling", "Welcoming also", "the", "and".
  // ("Governing Council of the United Nations Environment Programme" keeps its participle)
  let name = m[1].trim().replace(/^(?:(?:the|of|on|and|for|to|against|also|further|(?!Governing\b)[A-Z][a-z]+ing|See|In|By)\s+)+/, '');
  // the paragraph's verb before the name: "Recalls Executive Council decision EC-94/DEC.2"
  for (let sp = name.indexOf(' '); sp > 0 && NOT_A_BODY.has(name.slice(0, sp)); sp = name.indexOf(' ')) name = name.slice(sp + 1);
  if (!name || NOT_A_BODY.has(name.split(' ').pop()!)) return undefined;
  return name;
}

interface CitingInfo {
  gaSession?: number;
  ecosocYear?: number;
  scNumber?: number;
  hrcSession?: number;
}

function citingInfo(ctx: RecognizeContext): CitingInfo {
  const s = ctx.symbol ?? '';
  let m: RegExpExecArray | null;
  if ((m = /^A\/RES\/(\d+)\//.exec(s))) return { gaSession: Number(m[1]) };
  if ((m = /^E\/RES\/(\d{4})\//.exec(s))) return { ecosocYear: Number(m[1]) };
  if ((m = /^S\/RES\/(\d+)/.exec(s))) return { scNumber: Number(m[1]) };
  if ((m = /^A\/HRC\/RES\/(\d+)\//.exec(s))) return { hrcSession: Number(m[1]) };
  // A draft has no number yet, and often no date, but its symbol gives its session: "A/80/L.41", "A/C.3/80/L.20",
  // "A/HRC/58/L.12", "E/2025/L.20" or a committee report "E/2025/31 draft resolution I" (the session of 2025)
  if ((m = /^A\/(?:C\.\d\/)?(\d+)\/L\./.exec(s))) return { gaSession: Number(m[1]) };
  if ((m = /^A\/HRC\/(\d+)\/L\./.exec(s))) return { hrcSession: Number(m[1]) };
  if ((m = /^E\/(\d{4})\//.exec(s))) return { ecosocYear: Number(m[1]) };
  return {};
}

/** A resolution cannot cite itself nor a later one. */
function impossible(c: Cited, date: string | undefined, ctx: RecognizeContext, citing: CitingInfo): boolean {
  if (ctx.symbol && c.symbol === ctx.symbol) return true;
  if (date && ctx.date && date > ctx.date) return true;
  if (c.body === GA && c.session !== undefined && citing.gaSession !== undefined && !c.symbol.includes('(') && c.session > citing.gaSession) return true;
  if (c.body === ECOSOC && c.year !== undefined && citing.ecosocYear !== undefined && c.year > citing.ecosocYear) return true;
  if (c.body === SC && c.scNumber !== undefined && citing.scNumber !== undefined && c.scNumber >= citing.scNumber) return true;
  if (c.body === HRC && c.session !== undefined && citing.hrcSession !== undefined && c.session > citing.hrcSession) return true;
  if (c.year !== undefined && ctx.date && c.body !== ECOSOC && String(c.year) > ctx.date.slice(0, 4)) return true;
  // The Council's session YYYY opens in July of YYYY-1: "Economic and Social Council resolution
  // 2026/2 of 19 September 2025" is cited in December 2025.
  if (c.body === ECOSOC && c.year !== undefined && ctx.date) {
    const year = Number(ctx.date.slice(0, 4));
    const month = Number(ctx.date.slice(5, 7)) || 1;
    if (c.year > year + 1 || (c.year === year + 1 && month < 7)) return true;
  }
  return false;
}

function makeMention(text: string, c: Cited, start: number, end: number, tail: Tail, instrument: Instrument): EntityMention {
  const attrs: Record<string, unknown> = { symbol: c.symbol, body: c.body, number: c.number };
  if (instrument === 'decision') attrs.instrument = 'decision';
  if (tail.date) attrs.date = tail.date;
  if (tail.title) attrs.title = tail.title;
  if (tail.subject) attrs.subject = tail.subject;
  return { kind: 'Resolution', key: nodeKey('Resolution', c.symbol), name: c.symbol, attrs, phrase: text.slice(start, end), start, end };
}

/** End of the zone in which later list items of a plural citation may appear. */
function listZoneEnd(text: string, from: number): number {
  LIST_ZONE_END_RE.lastIndex = from;
  const z = LIST_ZONE_END_RE.exec(text);
  NEXT_INTRO_RE.lastIndex = from;
  const n = NEXT_INTRO_RE.exec(text);
  return Math.min(z ? z.index : text.length, n ? n.index : text.length);
}

/**
 * Where another citation starts inside a subject: "resolution(s)"/"decision(s)", but not "the decision" read as a noun
 * ("its resolution 79/258 A on the decision to provide sufficient funding for the resident coordinator system", A/RES/80/242
 * OP50); "... and its subsequent resolutions thereon" still ends the subject.
 */
function nextCitationInSubject(text: string, from: number): RegExpExecArray | null {
  NEXT_INTRO_RE.lastIndex = from;
  for (;;) {
    const n = NEXT_INTRO_RE.exec(text);
    if (!n || n[0][0] === '/' || !THE_BEFORE_RE.test(text.slice(Math.max(from, n.index - 5), n.index))) return n;
  }
}
const THE_BEFORE_RE = /(?:^|\s)(?:the|a)\s$/;

/** a body's capitalised name at the end of a subject, right before the next "resolution": " Economic and Social Council " */
const BODY_BEFORE_INTRO_RE = /\s[A-Z][\w’'.-]*(?:\s+(?:(?:and|of|for|on|the)\s+)*[A-Z][\w’'.-]*)*\s+$/;

/** Another "resolution(s)"/"decision(s)" (or a symbol) closes the list of the one before. */
const NEXT_INTRO_RE = /\b(?:[Rr]esolutions?|[Dd]ecisions?)\b|\/(?:RES|DEC)\//g;

/**
 * Resolution and decision citations in one paragraph (or footnote) text.
 * Each number of a list gets its own mention, with its own date, title and
 * subject; the phrase is the number as printed with its own date
 * ("79/194 of 19 December 2024"), the first one including the introducing words.
 */
export function findResolutionRefs(text: string, ctx: RecognizeContext = {}): EntityMention[] {
  const found = readResolutionRefs(text, ctx);
  return hasPendingCitations(ctx) ? found.filter((m) => !isPendingCitation(m)) : found;
}

/**
 * findResolutionRefs plus the citations whose body is settled once the whole resolution is read
 * (extract.ts settles them with resolvePendingCitation).
 */
export function findResolutionRefsWithPending(text: string, ctx: RecognizeContext = {}): EntityMention[] {
  return readResolutionRefs(text, ctx);
}

function readResolutionRefs(text: string, ctx: RecognizeContext): EntityMention[] {
  if (!mayCiteResolutions(text)) return [];
  const out: EntityMention[] = [];
  const taken: [number, number][] = [];
  const citing = citingInfo(ctx);
  const memory = foreignMemoryOf(ctx);
  let unescoFound = false;
  const push = (c: Cited | undefined, start: number, end: number, tail: Tail, instrument: Instrument): void => {
    if (!c || impossible(c, tail.date, ctx, citing)) return;
    // the Conference's "resolution 1" read again without its session by step 2 ("resolution 1 adopted ... by the General
    // Conference", "C/Resolution 16 of the General Conference of UNESCO") where step 1c keyed it with the session: one
    // citation, the sessioned one (asked only once step 1c found one)
    if (unescoFound && out.some((m) => m.attrs.body === UNESCO_GC_NAME && m.start < end && start < m.end)) return;
    out.push(makeMention(text, c, start, end, tail, instrument));
    taken.push([start, end]);
  };

  // 1. Stand-alone symbols.
  SYMBOL_RE.lastIndex = 0;
  for (let m = SYMBOL_RE.exec(text); m; m = SYMBOL_RE.exec(text)) {
    const g = m.groups ?? {};
    const c = symbolCitation(g);
    if (!c) continue;
    const tail = readTail(text, m.index + m[0].length);
    push(c.cited, m.index, m.index + m[0].length, tail, c.instrument);
    symbolListRest(text, Math.max(tail.after, m.index + m[0].length), c.cited, c.instrument, ctx, push);
  }

  // 1b. Other bodies' resolution symbols ("UNEP/EA.5/Res.14", "CBD/COP/DEC/16/5").
  if (text.includes('/Res.') || text.includes('/DEC/') || text.includes('/MOP/')) {
    BODY_SYMBOL_RE.lastIndex = 0;
    for (let m = BODY_SYMBOL_RE.exec(text); m; m = BODY_SYMBOL_RE.exec(text)) {
      // (the older CBD symbols' match ends at the number, before a mark glued on: "CBD/CP/MOP/VIII/19" of "CBD/CP/MOP/VIII/1914")
      const end = m.index + m[0].length;
      push(bodySymbolCitation(m.groups ?? {}), m.index, end, readTail(text, end), m.groups?.cbd || m.groups?.cbdOld ? 'decision' : 'resolution');
    }
  }

  // 1c. The UNESCO General Conference's resolutions, keyed with their session ("42 C/16")
  if (text.includes('C/') || text.includes(UNESCO_GC_NAME) || text.includes('Records of the General Conference')) {
    const before = out.length;
    unescoConferenceCitations(text, push);
    unescoFound = out.length > before;
  }

  // 1d. Resolutions numbered with their revision: the ITU conferences' ("Resolution 140 (Rev. Bucharest, 2022)"), CITES's
  // ("resolution Conf. 12.6 (Rev. CoP18)")
  if (text.includes('(Rev. ') || text.includes('ITU') || text.includes('Telecommunication')) ituConferenceCitations(text, push);
  if (text.includes('Conf. ')) citesCitations(text, push);

  // 2. "resolution(s) <number> [of <date>] [, and <number> ...]".
  INTRO_WORD_RE.lastIndex = 0;
  let resumeAt = 0;
  let previous: { hint: BodyHint; end: number } | undefined;
  for (let w = INTRO_WORD_RE.exec(text); w; w = INTRO_WORD_RE.exec(text)) {
    if (w.index < resumeAt) continue;
    const m = introAt(text, w);
    const groups = m.groups;
    const word = w[0];
    if (!groups.body && !groups.its && DRAFT_BEFORE_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const instrument: Instrument = /^[Dd]ecision/.test(word) ? 'decision' : 'resolution';
    const plural = /s$/.test(word);
    let hint = bodyHint(text, m.index, groups);
    let inheritedHint = false;
    // "Human Rights Council decision 18/120 ... and resolutions 24/14, 27/21": a
    // bare "resolutions" right after another body's citation is that body's.
    if (!hint.explicit && !groups.its && !groups.body && previous && INHERIT_BETWEEN_RE.test(text.slice(previous.end, m.index))) {
      const inherited = hintOf({ ...previous.hint, phraseStart: undefined });
      hint = inherited;
      inheritedHint = true;
    }
    // "Commission on Population and Development resolutions 2006/2 ... and 2009/1 ... and its resolution 2013/1" (A/RES/78/217
    // PP17): a year-numbered "its resolution" right after another body's list is that body's, as the Assembly numbers none by
    // year (the Council does: in its own text "its" stays the Council)
    if (groups.its && !hint.explicit && !hint.body && previous?.hint.foreign && isAssemblyText(ctx) && INHERIT_BETWEEN_RE.test(text.slice(previous.end, m.index)) && YEAR_NUMBER_AHEAD_RE.test(text.slice(w.index + word.length, w.index + word.length + 12))) {
      hint = hintOf({ ...previous.hint, phraseStart: undefined });
    }
    // "..., Supplement No. 53 (A/73/53), chap. IV, sect. A, resolution 37/17": the report's body
    // (m.index >= 2: a read before the text's start, NaN, deopted readResolutionRefs as out of bounds)
    if (!hint.explicit && !groups.its && !groups.body && m.index >= 2 && text.charCodeAt(m.index - 2) === 44 /* ", " */) {
      const report = reportBody(text, m.index);
      if (report) hint = report;
    }
    let pos = w.index + word.length;
    // "resolutions 79/1" — skip spaces (and a "No." some old texts print) before the number.
    SPACE_AT_RE.lastIndex = pos;
    const spm = SPACE_AT_RE.exec(text);
    if (spm) pos += spm[0].length;
    let item = readItemAt(text, pos);
    // "Report of the World Summit for Social Development, ..., chap. I, resolution I, annexes I and II." (A/RES/80/175 note 1): the
    // conference's resolution 1
    if (!item && hint.inFootnote && hint.foreign && hint.body && instrument === 'resolution' && !plural) {
      CONFERENCE_ROMAN_NUMBER_AT_RE.lastIndex = pos;
      const roman = CONFERENCE_ROMAN_NUMBER_AT_RE.exec(text);
      if (roman) {
        const number = String(romanToNumber(roman[1]!));
        const end = pos + roman[0].length;
        push({ symbol: `${hint.body} resolution ${number}`, body: hint.body, number }, m.index, end, readTail(text, end), instrument);
        resumeAt = end;
        previous = undefined;
        continue;
      }
    }
    if (!item) {
      // "decision 1/CP.21", "decisions C-24/DEC.4 and C-24/DEC.5", "World Health Assembly resolution 72.7"
      const read = readForeignSymbols(text, pos, hint, instrument, hint.phraseStart ?? m.index, push, conferenceCitedBefore(out, pos), memory);
      // "decisions XIII/18 and 14/12, 14/13 ...": the list goes on with numbers of the same body
      const after = read?.next === undefined ? undefined : readItemAt(text, read.next);
      // (only session/number: a bare number after the list is a footnote mark or a count)
      const rest = after?.groups.a && after.groups.b ? after : undefined;
      if (read && !rest) {
        resumeAt = read.end;
        previous = { hint: read.hint, end: read.end };
        continue;
      }
      if (read && rest) {
        hint = hintOf({ ...read.hint, phraseStart: rest.start });
        item = rest;
        pos = rest.start;
      }
    }
    if (!item) {
      // "relevant Human Rights Council resolutions, in particular resolutions 7/34", "the
      // resolutions and decisions of the Human Rights Council, the most recent of which being
      // resolutions 53/26": remember the body for the numbers that follow.
      const wordEnd = w.index + word.length;
      const of = hint.explicit ? null : BODY_OF_AFTER_RE.exec(text.slice(wordEnd, wordEnd + 80));
      const named: BodyHint = of?.[1] ? hintOf({ body: normaliseBody(of[1])!, explicit: true }) : hint;
      const namedEnd = of ? wordEnd + of[0].length : pos;
      // "its relevant resolutions related to culture ..., in particular 41/187 of ...": the
      // numbers come after the subject of the plural.
      const deferred = plural ? laterItem(text, namedEnd, listZoneEnd(text, namedEnd)) : undefined;
      if (!deferred) {
        previous = named.explicit && named.body !== GA ? { hint: named, end: namedEnd } : undefined;
        continue;
      }
      hint = hintOf({ ...named, phraseStart: deferred.start });
      item = deferred;
      pos = deferred.start;
    }
    let first = true;
    const zoneEnd = plural ? listZoneEnd(text, pos) : pos;
    let cursor = pos;
    let lastEnd = pos;
    // The list's items are cited once the list is read: a body printed after the last
    // number ("decisions 15/10 and 16/4 of the Conference of the Parties ...") is every
    // item's that names none.
    const pending: { parts: Record<string, string | undefined>[]; spans: [number, number][]; tail: Tail; after: BodyHint | undefined }[] = [];
    // An inherited body yields to one printed after the number: "Commission on Crime Prevention and
    // Criminal Justice resolution 27/5 of 18 May 2018 and resolution 11/4 of 21 October 2022 of the
    // Conference of the Parties to the ... Convention against Transnational Organized Crime".
    const mayTakeBodyAfter = (!hint.explicit || inheritedHint) && !groups.its;
    while (item) {
      const read = readTail(text, item.end);
      const phraseStart = first ? (hint.phraseStart ?? m.index) : item.start;
      const phraseEnd = read.date ? read.end : item.end;
      // past the date and a footnote mark glued to it, not past a subject (which may hold a body's name)
      const afterAt = Math.max(item.end, read.date ? (read.title || read.subject ? read.end : read.after) : item.end);
      let after = mayTakeBodyAfter ? bodyAfter(text, afterAt, false) : undefined;
      // past a quoted title or a subject, "adopted by the ..." (or "by the ..." after "the adoption of": A/RES/78/199 PP15)
      if (!after && mayTakeBodyAfter) after = bodyAfterAdoption(text, read, afterAt, first && adoptionBefore(text, m.index));
      const parts = expandLetters(item.groups);
      const spans = letterSpans(text, item, parts.length, phraseStart, phraseEnd);
      // "resolution 11/4 of the Conference of the Parties to the ... Convention, entitled “...”": the title after the body
      let tail = read;
      if (after?.printedEnd !== undefined && !read.title) {
        ENTITLED_AT_RE.lastIndex = after.printedEnd;
        const t = ENTITLED_AT_RE.exec(text);
        if (t?.[1]) {
          tail = newTail(read.end, Math.max(read.after, t.index + t[0].length), read.date, t[1].replace(/\s+/g, ' ').trim(), read.subject);
          if (!tail.date) readAdoptedOn(text, tail);
        } else if (!read.date && !read.subject) {
          // "resolution 3/2005 of the Conference of the Food and Agriculture Organization of the United Nations, adopted on 25
          // November 2005" (A/RES/78/169): the day after the body
          const dated = newTail(read.end, Math.max(read.after, after.printedEnd), undefined, undefined, undefined);
          readAdoptedOn(text, dated);
          if (dated.date) tail = dated;
        }
      }
      // after: undefined too, so that every entry has one shape
      pending.push({ parts, spans, tail, after });
      first = false;
      lastEnd = Math.max(tail.end, item.end);
      cursor = Math.max(tail.after, item.end);
      // Directly following item: "79/1 and 79/194", "660 (1990), 661 (1990)".
      LIST_SEP_AT_RE.lastIndex = cursor;
      const sep = LIST_SEP_AT_RE.exec(text);
      let next: Item | undefined;
      if (sep) {
        next = readItemAt(text, cursor + sep[0].length);
        if (next && next.groups.bare && hint.body !== SC && !(hint.anyCouncil && normaliseBody(ctx.body) === SC) && !(!hint.explicit && normaliseBody(ctx.body) === SC) && !datedBareOfForeign(text, hint, plural, item, next)) next = undefined;
        if (next && !plural && !isStrongForm(next.groups)) next = undefined;
      } else if (plural && tail.date) {
        // "73/38 of 5 December 2018 75/42 of 7 December 2020": the comma lost in print (A/RES/79/49 PP2)
        UNSEPARATED_DATED_ITEM_AT_RE.lastIndex = cursor;
        const gap = UNSEPARATED_DATED_ITEM_AT_RE.exec(text);
        if (gap) next = readItemAt(text, cursor + gap[0].length);
      }
      // "including resolution 661 (1990) of ..., 986 (1995) of ..., and in particular, 1447 (2002)":
      // a singular that already ran into a list reads on like a plural.
      if (!next && (plural || pending.length > 1)) next = laterItem(text, cursor, plural ? zoneEnd : listZoneEnd(text, cursor));
      item = next;
    }
    // Only a body printed after the list's last number covers the items before it.
    const listAfter = pending.length > 1 ? pending[pending.length - 1]!.after : undefined;
    if (plural && pending.length > 1) {
      // (the dates first: a subject shared back from the last item is no subject of an item's own, which stops a date's run;
      // "resolutions 72/276 and 2413 (2018) of 26 April 2018 on peacebuilding and sustaining peace", A/RES/79/92 PP5)
      shareListDate(text, pending);
      shareListTitle(text, pending);
    }
    let antecedent: BodyHint | null | undefined;
    // no body, no "its", nothing read on from the citation before it: the number alone
    const bare = !hint.explicit && !inheritedHint && !groups.its && !groups.body && !hint.anyCouncil;
    // "Recalling its resolution 67/1 of 22 March 2024" in a resolution of the Commission on Narcotic Drugs (a report's
    // section "Matters brought to the attention of the Council"): "its" is the citing commission, a body we do not key
    // (not a generic opener, "The Council,", whose number says nothing of whose it is)
    const ownForeign =
      groups.its !== undefined && !hint.body && !hint.anyCouncil && ctx.body !== undefined && !KEYED_BODIES.has(normaliseBody(ctx.body)!) && !GENERIC_BODY_WORD.test(ctx.body);
    for (const p of pending) {
      const itemHint = p.after ?? listAfter ?? (ownForeign ? hintOf({ body: ctx.body, explicit: true, foreign: true }) : hint);
      p.parts.forEach((g, i) => {
        let c = cite(g, itemHint, ctx.body, instrument);
        // "as adopted in resolution 70/1" in a text of the Human Rights Council's fifty-eighth session: a bare number of a
        // session the Council has not held is the Assembly's (not after "its", the Council's own)
        if (c && bare && c.body === HRC && c.session !== undefined && citing.hrcSession !== undefined && c.session > citing.hrcSession) {
          c = cite(g, hintOf({ body: GA, explicit: true }), ctx.body, instrument) ?? c;
        }
        // "resolution 72/7 of 19 May 2016": the Assembly's seventy-second session began in 2017,
        // so the date says another body adopted it; without one named before, no citation.
        const misdated = c !== undefined && !itemHint.explicit && outsideSession(c, p.tail.date);
        if (misdated) c = undefined;
        if (!c && (misdated || needsAntecedent(g, itemHint))) {
          // "the Conference of the Parties to the ... Convention, in particular its resolution
          // 10/4", "Indian Ocean Tuna Commission, resolutions 12/07": the body named before.
          if (antecedent === undefined) antecedent = antecedentBody(text, hint.phraseStart ?? m.index, isGeneric(itemHint) ? itemHint.body : undefined) ?? null;
          if (antecedent) c = cite(g, antecedent, ctx.body, instrument);
          // "Recalling resolutions 5/14 of 2 March 2022, ..." in a text that cited "United Nations
          // Environment Assembly resolution 5/5 of 2 March 2022" before: same session, same body.
          if (!c) {
            const known = memory.recall(g, p.tail.date, isGeneric(itemHint) ? itemHint.body : undefined);
            if (known) c = cite(g, known, ctx.body, instrument);
          }
          // "Recalling the adoption of resolution 10/7 of 16 October 2020": the body whose session N
          // closed that day
          if (!c) {
            const body = calendarBody(g, p.tail.date, isGeneric(itemHint) ? itemHint.body : undefined);
            if (body) c = cite(g, hintOf({ body, explicit: true, foreign: true }), ctx.body, instrument);
          }
        }
        // "welcoming ... resolution 16/18 of 24 March 2011 and all its subsequent versions adopted by
        // the Human Rights Council", "through its resolution 54/18 of 12 October 2023, the Human Rights
        // Council ...": no body printed before the number, but its session and date fit the Council's
        // calendar (no other body numbering N/M holds session N in that part of that year) and the
        // paragraph is about human rights.
        if (!c && !itemHint.explicit && hrcCalendarFits(g, p.tail.date) && HUMAN_RIGHTS_RE.test(text)) {
          c = cite(g, hintOf({ body: HRC, explicit: true }), ctx.body, instrument);
        }
        // "Recalling also Human Rights Council resolutions 43/1 of 19 June 2020 and 47/21, and ... the report ..., submitted
        // pursuant to resolution 43/1" (A/RES/80/193 PP27, 79/161 PP25, 78/234 OP30): a bare number the paragraph cited
        // before as another body's is that citation again, not the citing body's resolution of that number
        if (c && bare && !itemHint.explicit && !itemHint.foreign && out.length !== 0) c = sameNumberCitedBefore(out, c, p.spans[i]![0], instrument) ?? c;
        // "Human Rights Council resolutions 34/24 of 24 March 2017, ... 40/20 ... and 46/17" (A/RES/79/181 OP8), then "the
        // report to the Human Rights Council submitted pursuant to resolutions 34/24, 40/20 and 46/17" (OP10; 78/218, 80/220,
        // 78/234 OP30 "resolution 43/1"): a bare number the resolution already cited as the Council's is that one, not the
        // Assembly's thirty-fourth session's (not after "its", the citing body's own)
        if (c && c.body === GA && !itemHint.explicit && !groups.its && memory.hasCouncilNumbers()) {
          const council = cite(g, hintOf({ body: HRC, explicit: true }), ctx.body, instrument);
          if (council && memory.citedAsCouncil(council.number)) c = council;
        }
        if (c && c.body === HRC) memory.noteCouncil(c.number);
        if (c && g.a && !KEYED_BODIES.has(c.body)) c = memory.remember(c, g, p.tail.date, instrument);
        if (!c && !misdated && !itemHint.explicit && needsAntecedent(g, itemHint)) {
          // "in line with decisions 15/6, 16/31 and 16/32" before the paragraph that names the
          // Conference of the Parties of sessions 15 and 16: settled once the resolution is read
          // (resolvePendingCitations), dropped if no body is known by then
          const pending = { symbol: `${PENDING_PREFIX}${instrument} ${g.a}/${g.b}`, body: '', number: `${g.a}/${g.b}` };
          if (impossible(pending, p.tail.date, ctx, citing)) return;
          const mention = makeMention(text, pending, p.spans[i]![0], p.spans[i]![1], p.tail, instrument);
          PENDING.set(mention.attrs, { g, date: p.tail.date, instrument });
          PENDING_CONTEXTS.add(ctx);
          out.push(mention);
          taken.push([p.spans[i]![0], p.spans[i]![1]]);
          return;
        }
        push(c, p.spans[i]![0], p.spans[i]![1], p.tail, instrument);
      });
    }
    resumeAt = lastEnd;
    if (hint.explicit && hint.body !== GA) previous = { hint, end: lastEnd };
    else previous = undefined;
  }
  return dedupe(out);
}

/** The citation of another body's resolution or decision numbered as `c` printed before `at` in the paragraph, if any. */
function sameNumberCitedBefore(out: readonly EntityMention[], c: Cited, at: number, instrument: Instrument): Cited | undefined {
  const decision = instrument === 'decision';
  for (let i = out.length - 1; i >= 0; i--) {
    const o = out[i]!;
    if (o.start >= at || o.attrs.number !== c.number || o.attrs.body === c.body || (o.attrs.instrument === 'decision') !== decision) continue;
    return { symbol: o.attrs.symbol as string, body: o.attrs.body as string, number: c.number };
  }
  return undefined;
}

const SPACE_AT_RE = /\s+(?:No\.\s*)?/y;

/** Only a list separator between two items of a list: ", ", " and ", ", and ". */
const PLAIN_LIST_GAP_RE = /^\s*,?\s*(?:and\s+)?$/;

/**
 * "its resolutions 55/186 of 20 December 2000 and 56/181 of 21 December 2001, entitled “Towards a strengthened and
 * stable international financial architecture”" (A/RES/78/136 PP1), "its resolutions 53/199 of 15 December 1998 and
 * 61/185 of 20 December 2006 on the proclamation of international years" (A/RES/78/127 PP3): the resolutions of one
 * agenda item keep one title and subject, printed once after the last of them. It is each item's that runs into it
 * with only a date and a list separator in between (an item with a title or subject of its own stops the run).
 */
function shareListTitle(text: string, pending: readonly { spans: [number, number][]; tail: Tail }[]): void {
  for (let k = pending.length - 1; k > 0; k--) {
    const { title, subject } = pending[k]!.tail;
    if (!title && !subject) continue;
    for (let i = k - 1; i >= 0; i--) {
      const p = pending[i]!;
      const nextStart = pending[i + 1]!.spans[0]?.[0];
      if (p.tail.title || p.tail.subject || nextStart === undefined || !PLAIN_LIST_GAP_RE.test(text.slice(p.tail.after, nextStart))) break;
      p.tail = title ? newTail(p.tail.end, p.tail.after, p.tail.date, title, p.tail.subject) : newTail(p.tail.end, p.tail.after, p.tail.date, p.tail.title, subject);
    }
  }
}

/**
 * "its resolutions ..., 73/266 of 22 December 2018, 74/28 and 74/29 of 12 December 2019, 75/32 of 7 December 2020"
 * (A/RES/78/16 PP1), "resolutions 72/77 and 72/78 of 7 December 2017": numbers of one session a few apart, printed with
 * one date after the last of them, were adopted that day (the same sitting's). Not numbers of other sessions or far
 * apart ("70/1 and 72/279 of 31 May 2018": only the last is of that day). An item with a date, title or subject of its own
 * stops the run ("its resolutions 68/50 of 5 December 2013, 77/40, 77/41 and 77/42 of 7 December 2022", A/RES/78/20 PP2).
 * (aud17a and aud17g wrote this step each; this is aud17g's, with the distance guard.)
 */
function shareListDate(text: string, pending: readonly { parts: Record<string, string | undefined>[]; spans: [number, number][]; tail: Tail }[]): void {
  for (let k = pending.length - 1; k > 0; k--) {
    const date = pending[k]!.tail.date;
    const p = pending[k - 1]!;
    if (!date || p.tail.date || p.tail.title) continue;
    // (an item with a subject of its own shares only a day printed after the next one's subject: "resolutions 5/1 on
    // institution-building of the Council and 5/2 on the Code of Conduct ... of the Council of 18 June 2007", A/RES/79/168
    // PP29; the subject's last word is the day's year, not the number's)
    if (p.tail.subject && !dayAfterSubject(text, pending[k]!.tail)) continue;
    const a = p.parts[0]!;
    const b = pending[k]!.parts[0]!;
    if (!(b.sc !== undefined ? twinOfCouncil(a, b, date) : a.a !== undefined && a.a === b.a && a.b !== undefined && b.b !== undefined && Math.abs(Number(a.b) - Number(b.b)) <= 10)) continue;
    const nextStart = pending[k]!.spans[0]?.[0];
    if (nextStart === undefined || !PLAIN_LIST_GAP_RE.test(text.slice(p.tail.after, nextStart))) continue;
    p.tail = newTail(p.tail.end, p.tail.after, date, p.tail.title, p.tail.subject);
  }
}

/**
 * "the adoption by the General Assembly and the Security Council of substantively identical resolutions 70/262 and 2282 (2016) of
 * 27 April 2016", "resolutions 72/276 and 2413 (2018) of 26 April 2018 on peacebuilding and sustaining peace" (A/RES/79/92 PP5,
 * 78/79, 80/83): twin resolutions the two organs adopt the same day, printed with one date after the Council's. The Assembly's
 * number must be of the session that day falls in, the Council's year that day's.
 */
function twinOfCouncil(ga: Record<string, string | undefined>, council: Record<string, string | undefined>, date: string): boolean {
  if (ga.a === undefined || ga.b === undefined || council.scy !== date.slice(0, 4)) return false;
  const year = Number(date.slice(0, 4));
  const session = Number(ga.a);
  // (session N opens in September of 1945 + N and closes in September of the year after)
  return year === 1945 + session ? date.slice(5, 7) >= '09' : year === 1946 + session && date.slice(5, 7) <= '09';
}

/** The tail's day was printed at the end of its subject (SUBJECT_DATE_END_RE), not right after the number. */
function dayAfterSubject(text: string, tail: Tail): boolean {
  return tail.subject !== undefined && YEAR_END_RE.test(text.slice(tail.after - 4, tail.after)) && !YEAR_END_RE.test(text.slice(tail.end - 4, tail.end));
}
const YEAR_END_RE = /^\d{4}$/;

/** Whether the citing body is the General Assembly (the default when none is known). */
function isAssemblyText(ctx: RecognizeContext): boolean {
  const body = normaliseBody(ctx.body);
  return body === undefined || body === GA;
}

/** What may stand between another body's citation and a bare "resolutions" that inherits its body.
 *  (a footnote mark may follow the comma: '..., entitled “...”,15 resolution 32/1 of 27 May 2023') */
const INHERIT_BETWEEN_RE = /^[^.;]{0,200}?(?:\band|\bas well as|\bin particular|\bincluding|\bnotably|\bbeing|\bwas|\bwere|,\s*\d{0,3})\s*$/;

/** "resolutions and decisions of the Human Rights Council": the body after a bare plural. */
const BODY_OF_AFTER_RE =
  /^(?:\s+and\s+decisions)?\s+(?:of|by|adopted\s+by)\s+the\s+(Human Rights Council|Economic and Social Council|Security Council|Commission on Human Rights)\b/;

/** Bodies we key, when a name read after the number ends with one ("the United Nations General Assembly"). */
const KNOWN_BODY_NAME_END_RE = /(?:General Assembly|Economic and Social Council|Security Council|Human Rights Council|Commission on Human Rights)$/;

/** A footnote mark standing alone before "of the" / "by the" / ", adopted by the" / "adopted at the".
 *  After a comma only before "adopted": in "pursuant to resolution 72/55, 1 of the Group of ...
 *  established pursuant to resolution 61/72" the words after the mark start the next list item. */
const SPACED_MARK_AT_RE = /\s+\d{1,3}(?=\s*,?\s*(?:adopted\s+)?(?:by|of|at)\s+the\s)|\s*,\s*\d{1,3}(?=\s*,?\s*adopted\s)/y;

/** "adopted at the fifteenth meeting ", "at its sixth session " before "of the <body>". */
const ADOPTED_AT_MEETING_AT_RE = /\s*,?\s*(?:adopted\s+)?at\s+the\s+(?:[\w-]+\s+){0,3}?(?:meeting|session)\s+(?=of\s+the\s)/y;

/** ", adopted by the" after a title or subject. */
const ADOPTED_BY_AT_RE = /\s*,?\s*adopted\s+by\s+the\s/y;

/** "the adoption of " before a citation: the body that adopted it may follow as "by the <body>". */
const ADOPTION_OF_BEFORE_RE = /\badoption\s+of\s+(?:the\s+)?$/;
function adoptionBefore(text: string, at: number): boolean {
  return at >= 12 && text.charCodeAt(at - 1) === 32 && ADOPTION_OF_BEFORE_RE.test(text.slice(Math.max(0, at - 20), at));
}

/** A subject between commas after the date, then "by the": ", on the promotion of dialogue on human rights issues, by the". */
const ADOPTION_SUBJECT_AT_RE = /\s*,\s*on\s[^,;.“”()]{1,200},\s*(?=by\s+the\s)/y;
/**
 * The body printed past a citation's title or subject: only "adopted by the ..." names it ('resolution 6/8 of 1 March 2024
 * on promoting sustainable lifestyles,19 adopted by the United Nations Environment Assembly', 'resolutions 5/14 of 2 March
 * 2022, entitled “...”, ... adopted by the ...'), or "by the" after "the adoption of" (`adoption`): 'the adoption of
 * resolution 2000/22 of 18 August 2000, on the promotion of dialogue on human rights issues, by the Subcommission on the
 * Promotion and Protection of Human Rights' (A/RES/78/199 PP15), 'the adoption of resolution 10/7 of 16 October 2020,
 * entitled “...”, by the Conference of the Parties to ...'.
 */
function bodyAfterAdoption(text: string, read: Tail, afterAt: number, adoption: boolean): BodyHint | undefined {
  // (past a quoted title, ", of the ..." names it too: the closing quote bounds the title, "resolution 10/6 of 16 October 2020,
  // entitled “...”, of the Conference of the Parties to the ... Convention against Transnational Organized Crime", A/RES/79/313 PP34)
  if (read.title && read.after > afterAt) {
    TITLE_THEN_OF_THE_AT_RE.lastIndex = read.after;
    if (TITLE_THEN_OF_THE_AT_RE.test(text)) return bodyAfter(text, read.after, false);
  }
  if ((read.title || read.subject) && read.after > afterAt) return bodyAfter(text, read.after, !adoption);
  if (!adoption) return undefined;
  ADOPTION_SUBJECT_AT_RE.lastIndex = afterAt;
  const subject = ADOPTION_SUBJECT_AT_RE.exec(text);
  return subject ? bodyAfter(text, afterAt + subject[0].length, false) : undefined;
}

/** Cheap gate for bodyAfter: "of the", "by the", ", adopted by the" right after the number. */
const AFTER_LEAD_AT_RE = /\s*,?\s*(?:adopted\s+)?(?:by|of)\s+the\s/y;

/**
 * The body printed right after a number (and its date): "resolution 5/1 of the Human Rights
 * Council", "decision 15/11 of the Conference of the Parties to the Convention on Biological
 * Diversity". A lone generic noun ("of the Conference") tells nothing.
 */
function bodyAfter(text: string, at: number, adoptedOnly: boolean): BodyHint | undefined {
  // a footnote mark printed after a space or comma ("11/3 of 21 October 2022 37 of the Conference ...")
  SPACED_MARK_AT_RE.lastIndex = at;
  const mark = SPACED_MARK_AT_RE.exec(text);
  if (mark) at += mark[0].length;
  // "decision 15/6 adopted at the fifteenth meeting of the Conference of the Parties to ...": the
  // meeting's body is the decision's
  ADOPTED_AT_MEETING_AT_RE.lastIndex = at;
  const meeting = ADOPTED_AT_MEETING_AT_RE.exec(text);
  if (meeting) at += meeting[0].length;
  else if (adoptedOnly) {
    ADOPTED_BY_AT_RE.lastIndex = at;
    if (!ADOPTED_BY_AT_RE.test(text)) return undefined;
  }
  AFTER_LEAD_AT_RE.lastIndex = at;
  if (!AFTER_LEAD_AT_RE.test(text)) return undefined;
  const printed = text.slice(at, at + 160);
  // "the Conference of the Parties to the United Nations Convention against Transnational organized Crime" (A/RES/79/133
  // PP13, a line break in the name): the name as the other texts print it (as keyCase reads the entity's name)
  const slice = printed.includes(' organized Crime') ? printed.replace(' organized Crime', ' Organized Crime') : printed;
  const known = BODY_AFTER_RE.exec(slice);
  if (known?.[1]) return hintOf({ body: normaliseBody(known[1])!, explicit: true, printedEnd: at + known[0].length });
  const f = FOREIGN_BODY_AFTER_RE.exec(slice);
  if (!f?.[1]) return undefined;
  // a footnote mark glued to the last word ("the Convention14") is not part of the name
  const name = f[1].replace(/(?<=[a-z])\d{1,3}$/, '').replace(/(?:\s+(?:of|on|the|and|for|to|against|in))+$/, '');
  if (!AFTER_BODY_NOUN_RE.test(name) || GENERIC_BODY_WORD.test(name)) return undefined;
  const printedEnd = at + f[0].replace(/(?:\s+(?:of|on|the|and|for|to|against|in))+$/, '').length;
  const keyed = KNOWN_BODY_NAME_END_RE.exec(name);
  if (keyed) return hintOf({ body: normaliseBody(keyed[0])!, explicit: true, printedEnd });
  return hintOf({ body: canonicalForeign(name), explicit: true, foreign: true, printedEnd });
}

/**
 * A number no keyed body can have ("5/14": the Assembly's numbering starts at 31/1) with no
 * body printed, or only a generic noun ("Conference resolution 6/1"): the citation is another
 * body's, named earlier in the text.
 */
function needsAntecedent(g: Record<string, string | undefined>, hint: BodyHint): boolean {
  if (!g.a || !g.b) return false;
  if (isGeneric(hint)) return true; // "Commission resolution 1998/72", "Conference resolution 6/1"
  return Number(g.a) < 31 && !hint.explicit;
}

function isGeneric(hint: BodyHint): boolean {
  return Boolean(hint.foreign && hint.body && GENERIC_BODY_WORD.test(hint.body));
}

/** A General Assembly citation dated outside the years of its session (n runs from September 1945+n). */
function outsideSession(c: Cited, date: string | undefined): boolean {
  if (c.body !== GA || c.session === undefined || !date || c.symbol.includes('(')) return false;
  const year = Number(date.slice(0, 4));
  return year < 1945 + c.session || year > 1946 + c.session;
}

const KEYED_BODIES: ReadonlySet<string> = new Set([GA, ECOSOC, SC, HRC, CHR]);

/**
 * "Conference of the States Parties to the Convention": a short form that names its convention only
 * by context ("the Convention", or none at all).
 */
const SHORT_FOREIGN_RE = /^((?:(?:[A-Z][\w-]*|of|the)\s+)*?(?:Conference|Meeting) of (?:the )?(?:States )?Parties)(?: to the Convention)?$/;

/**
 * What one citing resolution has cited from bodies we do not key, across its paragraphs (the
 * recognise context is one object per resolution): which body held session N on a date, which one
 * session N at all, and the full names of Conferences of the Parties.
 */
class ForeignMemory {
  private readonly byDate = new Map<string, BodyHint>();
  /** null once two bodies cited the same session number */
  private readonly bySession = new Map<string, BodyHint | null>();
  private readonly fullNames: string[] = [];
  /** numbers the resolution cited as the Human Rights Council's ("Human Rights Council resolutions 34/24 ...") */
  private readonly councilNumbers = new Set<string>();

  noteCouncil(number: string): void {
    this.councilNumbers.add(number);
  }

  /** numbers the resolution cited as the World Health Assembly's ("World Health Assembly resolution 76.16") */
  private readonly healthAssemblyNumbers = new Set<string>();

  noteHealthAssembly(number: string): void {
    this.healthAssemblyNumbers.add(number);
  }

  citedAsHealthAssembly(number: string): boolean {
    return this.healthAssemblyNumbers.has(number);
  }

  hasCouncilNumbers(): boolean {
    return this.councilNumbers.size > 0;
  }

  citedAsCouncil(number: string): boolean {
    return this.councilNumbers.has(number);
  }

  remember(c: Cited, g: Record<string, string | undefined>, date: string | undefined, instrument: Instrument): Cited {
    let body = c.body;
    const short = SHORT_FOREIGN_RE.exec(body);
    if (short) {
      // "Conference of the States Parties to the Convention resolution 9/8" after "Conference of
      // the States Parties to the United Nations Convention against Corruption resolution 9/4": one body.
      const full = this.fullNames.filter((n) => n.startsWith(short[1]! + ' to the '));
      if (full.length === 1) body = full[0]!;
      else {
        // "Conference of the States Parties to the Convention resolution 9/2 of 17 December 2021", "the
        // Conference of the Parties decision 15/6 of 19 December 2022": the Conference whose session
        // N closed that day (SESSION_CALENDARS)
        const closed = calendarBody(g, date, undefined);
        if (closed && closed.replace(/ of the /, ' of ').startsWith(short[1]!.replace(/ of the /, ' of ') + ' to the ')) body = closed;
      }
    } else if (/ to the /.test(body) && !this.fullNames.includes(body)) {
      this.fullNames.push(body);
    }
    const hint: BodyHint = hintOf({ body, explicit: true, foreign: true });
    if (date) this.byDate.set(`${g.a}|${date}`, hint);
    const before = this.bySession.get(g.a!);
    // the same body under its short and full names is one body: keep the full name
    const same = before !== undefined && before !== null && (before.body === body || isShortNameOf(before.body!, body));
    const shorter = before !== undefined && before !== null && isShortNameOf(body, before.body!);
    this.bySession.set(g.a!, before === undefined || same ? hint : shorter ? before : null);
    if (body === c.body) return c;
    return { ...c, body, symbol: `${body} ${instrument} ${c.number}` };
  }

  /** The body that held this session (on this date, when one is printed); a generic noun ("Conference") must be in its name. */
  recall(g: Record<string, string | undefined>, date: string | undefined, generic: string | undefined): BodyHint | undefined {
    if (!g.a || !g.b) return undefined;
    // a printed date must match: session 11 of one body in 2022 is not session 11 of another in 2002
    const hint = date ? this.byDate.get(`${g.a}|${date}`) : (this.bySession.get(g.a) ?? undefined);
    if (!hint || (generic && !hint.body!.includes(generic))) return undefined;
    return hint;
  }
}

/** "Conference of the Parties to the Convention" is a short name of "Conference of the Parties to the Convention on Biological Diversity". */
function isShortNameOf(short: string, full: string): boolean {
  const m = SHORT_FOREIGN_RE.exec(short);
  return Boolean(m && full !== short && full.startsWith(m[1]! + ' to the ') && !SHORT_FOREIGN_RE.test(full));
}

const FOREIGN_MEMORIES = new WeakMap<RecognizeContext, ForeignMemory>();

function foreignMemoryOf(ctx: RecognizeContext): ForeignMemory {
  let m = FOREIGN_MEMORIES.get(ctx);
  if (!m) FOREIGN_MEMORIES.set(ctx, (m = new ForeignMemory()));
  return m;
}

/** The body of SESSION_CALENDARS whose session `g.a` closed on `date`; a generic noun ("Conference") must be in its name. */
function calendarBody(g: Record<string, string | undefined>, date: string | undefined, generic: string | undefined): string | undefined {
  if (!g.a || !g.b || !date) return undefined;
  const session = Number(g.a);
  for (const c of SESSION_CALENDARS) {
    if (c.closed[session]?.includes(date) && (!generic || c.body.includes(generic))) return c.body;
  }
  return undefined;
}

/** The paragraph speaks of human rights or names the Council. */
const HUMAN_RIGHTS_RE = /Human Rights Council|human rights/i;

/**
 * Whether "N/M of <date>" fits the Human Rights Council's calendar: three regular sessions a year
 * since 2006 (1st June 2006, 2nd-3rd late 2006; from the 4th, session 4+3k in February-April of
 * 2007+k, 5+3k in June-July, 6+3k in September-December). Resolutions are adopted in the session's
 * last days; the 43rd (2020) was suspended in March and resumed in June, hence the window to June.
 */
function hrcCalendarFits(g: Record<string, string | undefined>, date: string | undefined): boolean {
  if (!g.a || !g.b || !date || date.length < 7) return false;
  const session = Number(g.a);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (session < 1 || session > 99) return false;
  if (session <= 3) return year === 2006 && month >= 6;
  const k = Math.floor((session - 4) / 3);
  if (year !== 2007 + k) return false;
  const phase = (session - 4) % 3;
  if (phase === 0) return month >= 2 && month <= 6;
  if (phase === 1) return month >= 6 && month <= 7;
  return month >= 9;
}

/** Body nouns an antecedent may end with (not a programme or forum: those rarely adopt resolutions). */
const ANTECEDENT_NOUN_RE = /\b(?:Assembly|Council|Commission|Conference|Board|Committee|Parties|Group)\b/g;

/** Words that may continue a body's name after its noun ("... Parties to the United Nations Convention against Corruption"). */
const NAME_CONTINUATION_RE = /^(?:\s+(?:for|on|of|and|the|to|against|[A-Z][\w’'-]*))*/;

/**
 * The last body we do not key named in the 300 characters before `end`, or undefined. A generic
 * noun standing for a body named earlier ("... in the Commission on Narcotic Drugs in 2029 ..., with a
 * midterm review in the Commission in 2024, ..., in Commission resolution 66/1"; "the Open-ended
 * Working Group on Ageing ..., the adoption by the Working Group of its decision 14/1") is that body.
 */
function antecedentBody(text: string, end: number, generic?: string): BodyHint | undefined {
  const window = text.slice(Math.max(0, end - 300), end);
  ANTECEDENT_NOUN_RE.lastIndex = 0;
  const nouns: number[] = [];
  for (let m = ANTECEDENT_NOUN_RE.exec(window); m; m = ANTECEDENT_NOUN_RE.exec(window)) nouns.push(m.index + m[0].length);
  if (!nouns.length) return undefined;
  const last = nameEndingAt(window, nouns[nouns.length - 1]!, end > 300, generic);
  if (typeof last !== 'string') return last;
  if (generic && !last.includes(generic) && !generic.includes(last)) return undefined;
  // a generic noun: the body it stands for is named before it, with the same noun
  for (let i = nouns.length - 2; i >= 0; i--) {
    const before = nameEndingAt(window, nouns[i]!, end > 300, last);
    if (before && typeof before !== 'string' && before.body!.includes(last)) return before;
  }
  return undefined;
}

/**
 * The body whose name ends at a body noun of `window` (see antecedentBody): a hint, undefined for
 * none, or the generic noun itself ("Commission", "Working Group") when that is all it says.
 */
function nameEndingAt(window: string, nounEnd: number, cut: boolean, generic: string | undefined): BodyHint | string | undefined {
  const upToNoun = window.slice(0, nounEnd);
  const continuation = (NAME_CONTINUATION_RE.exec(window.slice(nounEnd))?.[0] ?? '').replace(/(?:\s+(?:and|the|of|on|for|to|against))+$/, '');
  const full = (upToNoun + continuation).replace(/\s+/g, ' ');
  // a body we key ("the General Assembly, in its resolution 5/14"): no guess, unless a generic
  // noun refers back to it ("the Commission on Human Rights ..., in particular Commission resolution 1998/72")
  const known = KNOWN_BODY_NAME_END_RE.exec(full) ?? KNOWN_BODY_AT_END_RE.exec(upToNoun);
  if (known) return generic && known[0].includes(generic) ? hintOf({ body: normaliseBody(known[0])!, explicit: true }) : undefined;
  let head = foreignBodyName(upToNoun + ' ');
  if (!head) return undefined;
  // the window may start inside a name ("States Parties to ..."): no guess from half a name
  if (cut && window.indexOf(head) <= 1) return undefined;
  // "the Commission on Crime Prevention and Criminal Justice and the Conference of the Parties": the last one
  const and = head.lastIndexOf(' and the ');
  if (and >= 0) head = head.slice(and + ' and the '.length);
  const name = (head + continuation).replace(/\s+/g, ' ').replace(/(?<=[a-z])\d{1,3}$/, '').trim();
  if (GENERIC_BODY_WORD.test(name)) return name;
  return hintOf({ body: canonicalForeign(name), explicit: true, foreign: true });
}

const UNEP_GOVERNING_COUNCIL = 'Governing Council of the United Nations Environment Programme';

/** The body whose report or document is printed before ", resolution" (see REPORT_BEFORE_RE). */
function reportBody(text: string, introStart: number): BodyHint | undefined {
  const r = REPORT_BEFORE_RE.exec(text.slice(Math.max(0, introStart - 200), introStart));
  const g = r?.groups;
  if (!g) return conferenceOfReport(text, introStart);
  if (g.gaReport === '53') return Number(g.gaSession) >= 61 ? hintOf({ body: HRC, explicit: true, inFootnote: true }) : undefined;
  // the Environment Assembly's sessions from the sixty-ninth (2014); before it, the Governing Council's
  if (g.gaReport === '25') {
    const body = Number(g.gaSession) >= 69 ? 'United Nations Environment Assembly' : UNEP_GOVERNING_COUNCIL;
    return hintOf({ body, explicit: true, foreign: true, inFootnote: true });
  }
  const body = g.ecReport ? ECOSOC_REPORT_BODIES[g.ecReport] : g.doc ? DOCUMENT_BODIES[g.doc] : g.wha ? WHO_ASSEMBLY : undefined;
  return body ? hintOf({ body, explicit: true, foreign: true, inFootnote: true }) : undefined;
}

/**
 * The conference whose report a note opens with, for its ", resolution 1" (see CONFERENCE_REPORT_START_RE): "Report of the
 * United Nations Conference on Environment and Development, Rio de Janeiro, 3–14 June 1992, vol. I, Resolutions Adopted by the
 * Conference (...), resolution 1, annex I." (A/RES/80/135 note 1, some 240 notes of corpus-ga). Only a small number alone and
 * no semicolon between (another reference starts after one).
 */
function conferenceOfReport(text: string, introStart: number): BodyHint | undefined {
  // (or a parenthesis in the note opens with it: "Doha Political Declaration (Report of the Fifth United Nations Conference
  // on the Least Developed Countries, ..., chap. I, resolution 2)", A/RES/78/148 note 14)
  const atStart = text.startsWith('Report of the ') || text.startsWith('See Report of the ');
  const opening = atStart ? 0 : text.lastIndexOf('(Report of the ', introStart) + 1;
  if (opening === 0 && !atStart) return undefined;
  CONFERENCE_RESOLUTION_AT_RE.lastIndex = introStart;
  if (!CONFERENCE_RESOLUTION_AT_RE.test(text)) return undefined;
  const name = CONFERENCE_REPORT_START_RE.exec(opening === 0 ? text : text.slice(opening))?.[1];
  if (!name || !CONFERENCE_NAME_RE.test(name) || PARTIES_BODY_RE.test(name) || text.lastIndexOf(';', introStart) >= opening) return undefined;
  return hintOf({ body: canonicalForeign(name), explicit: true, foreign: true, inFootnote: true });
}

/**
 * "5 Ibid., resolution 2, annex." after "4 Report of the World Summit on Sustainable Development, ..., chap. I, resolution 1,
 * annex." (A/RES/80/135 PP1, some 20 notes of corpus-ga): the same conference's resolution 2, read from the work the note
 * before cited (`previous`, a conference's numbered resolution); undefined for any other note or work.
 */
export function ibidConferenceResolution(note: string, previous: EntityMention): EntityMention | undefined {
  const body = previous.attrs.body;
  if (previous.kind !== 'Resolution' || typeof body !== 'string' || !/^\d{1,2}$/.test(String(previous.attrs.number)) || !previous.key.endsWith(` resolution ${String(previous.attrs.number)}`)) return undefined;
  const m = IBID_RESOLUTION_RE.exec(note);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1]!.length;
  const symbol = `${body} resolution ${m[2]!}`;
  return { kind: 'Resolution', key: nodeKey('Resolution', symbol), name: symbol, attrs: { symbol, body, number: m[2]! }, phrase: m[1]!, start, end: start + m[1]!.length, footnote: undefined, nested: undefined };
}

/** The introducing words: "resolution" plus the body or "its" printed before it. */
function introAt(text: string, w: RegExpExecArray): { index: number; groups: Record<string, string | undefined> } {
  const from = Math.max(0, w.index - 45);
  const before = text.slice(from, w.index);
  const b = INTRO_BEFORE_RE.exec(before);
  if (!b) return { index: w.index, groups: {} };
  // INTRO_BEFORE_RE's two groups copied by name: a regex's groups object is a dictionary-mode object,
  // and spreading it went through the runtime's slow object clone on every citation word
  const g = b.groups;
  return { index: from + b.index, groups: { body: g?.body, its: g?.its } };
}

function isStrongForm(g: Record<string, string | undefined>): boolean {
  return Boolean(g.spec || g.a || g.roman || g.scy);
}

/** A later item of a plural list after a relative clause: must follow ", and", "and" or link residue. */
function laterItem(text: string, from: number, zoneEnd: number): Item | undefined {
  ITEM_START_RE.lastIndex = from;
  for (let s = ITEM_START_RE.exec(text); s && s.index < zoneEnd; s = ITEM_START_RE.exec(text)) {
    const before = text.slice(Math.max(from, s.index - 80), s.index);
    if (!CONTINUATION_BEFORE_RE.test(before)) continue;
    // Another introducer in between ("... and resolution 70/1") is handled by the main loop.
    if (/[Rr]esolutions?\s+$|[Dd]ecisions?\s+$|paragraphs?\s+$|\b(?:para|chap|No|vol|p|pp)\.\s*$/.test(before)) continue;
    const item = readItemAt(text, s.index);
    if (item && isStrongForm(item.groups)) return item;
  }
  return undefined;
}

/**
 * A list whose first item is a full symbol goes on with bare numbers of the same body: "its resolutions S/RES/687 (1991) and
 * 1284 (1999)", "resolutions A/RES/70/1 and 70/125". Only the symbol's own numbering is read on ("S/RES/..." with
 * "1284 (1999)", "A/RES/..." with "70/125"), so a count or a day after the symbol is no item.
 */
function symbolListRest(
  text: string,
  from: number,
  first: Cited,
  instrument: Instrument,
  ctx: RecognizeContext,
  push: (c: Cited, start: number, end: number, tail: Tail, instrument: Instrument) => void,
): void {
  const hint = hintOf({ body: first.body, explicit: true });
  for (let cursor = from; ; ) {
    LIST_SEP_AT_RE.lastIndex = cursor;
    const sep = LIST_SEP_AT_RE.exec(text);
    if (!sep) return;
    const item = readItemAt(text, cursor + sep[0].length);
    if (!item || !(first.scNumber !== undefined ? item.groups.sc : item.groups.a || item.groups.roman || item.groups.spec)) return;
    const c = cite(item.groups, hint, ctx.body, instrument);
    if (!c || c.body !== first.body) return;
    const tail = readTail(text, item.end);
    push(c, item.start, tail.date ? tail.end : item.end, tail, instrument);
    cursor = Math.max(tail.after, item.end);
  }
}

function symbolCitation(g: Record<string, string | undefined>): { cited: Cited; instrument: Instrument } | undefined {
  const instrument: Instrument = g.kind === 'DEC' ? 'decision' : 'resolution';
  const kind = g.kind!;
  const prefix = g.prefix!;
  if (g.spec) {
    const number = `${g.spec.replace("‑", "-")}/${g.specnum}`;
    return { cited: { symbol: `${prefix}/${kind}/${number}`, body: prefix === 'A/HRC' ? HRC : GA, number }, instrument };
  }
  if (g.a && g.b) {
    const number = `${g.a}/${g.b}`;
    const l = g.l1 ?? '';
    const body = prefix === 'E' ? ECOSOC : prefix === 'A/HRC' ? HRC : prefix === 'S' ? SC : GA;
    if (prefix === 'S') return undefined;
    const first = Number(g.a);
    return {
      cited: { symbol: `${prefix}/${kind}/${number}${l}`, body, number: number + (l ? ` ${l}` : ''), ...(prefix === 'E' ? { year: first } : { session: first }) },
      instrument,
    };
  }
  if (g.old) {
    if (prefix === 'S') {
      const n = Number(g.old);
      return g.scy
        ? { cited: { symbol: `S/RES/${n}(${g.scy})`, body: SC, number: `${n} (${g.scy})`, year: Number(g.scy), scNumber: n }, instrument }
        : { cited: { symbol: `S/RES/${n}`, body: SC, number: String(n), scNumber: n }, instrument };
    }
    if (!g.roman) return undefined;
    const letter = g.oldL ?? g.l1 ?? '';
    const body = prefix === 'E' ? ECOSOC : GA;
    return { cited: { symbol: `${prefix}/RES/${g.old}(${g.roman})${letter}`, body, number: `${g.old}${letter ? ` ${letter}` : ''} (${g.roman})` }, instrument };
  }
  return undefined;
}

const WHO_ASSEMBLY = 'World Health Assembly';

/** " of 1989" after another body's symbol, a footnote mark maybe glued to the year ("of 19881"). */
const YEAR_OF_AT_RE = new RegExp(String.raw`\s*,?\s*of\s+((?:19|20)\d\d)(\d{1,2})?(?![\d\s]*(?:${MONTHS}))(?!\d)`, 'y');

/**
 * Numbers whose printed form names their body (see FOREIGN_SYMBOL_AT_RE), a list of them from `pos`
 * ("decisions 1/CP.27, 1/CMA.4 and 3/CMA.5"): each is cited; returns where the list ends and the
 * last body, or undefined when no such number stands at `pos`.
 */
function readForeignSymbols(
  text: string,
  pos: number,
  hint: BodyHint,
  instrument: Instrument,
  phraseStart: number,
  push: (c: Cited, start: number, end: number, tail: Tail, instrument: Instrument) => void,
  conferenceBefore?: string,
  memory?: ForeignMemory,
): { end: number; hint: BodyHint; next?: number } | undefined {
  let at = pos;
  let read: { end: number; hint: BodyHint; next?: number } | undefined;
  // cited once the list is read, so that a subject printed after the last number is every number's (shareForeignListSubject)
  const items: ForeignListItem[] = [];
  for (;;) {
    FOREIGN_SYMBOL_AT_RE.lastIndex = at;
    const f = FOREIGN_SYMBOL_AT_RE.exec(text);
    if (!f?.groups) {
      // after a separator: where the list may go on with other numbers
      if (read && at > read.end) read.next = at;
      break;
    }
    const symbolEnd = at + f[0].length;
    let tail = readTail(text, symbolEnd);
    // "resolutions CM/Res.1153 (XLVIII) of 19881 and CM/Res.1225 (L) of 1989": a year only (a mark glued on)
    YEAR_OF_AT_RE.lastIndex = symbolEnd;
    const year = tail.date ? null : YEAR_OF_AT_RE.exec(text);
    if (year) tail = newTail(symbolEnd + year[0].length - (year[2]?.length ?? 0), symbolEnd + year[0].length, year[1]!, tail.title, tail.subject);
    let printedEnd: number | undefined;
    if (!tail.title) {
      // "Decision C-25/DEC.9 of the Conference of the States Parties, entitled “...”, of 21 April 2021"
      printedEnd = bodyAfter(text, tail.date ? tail.after : symbolEnd, false)?.printedEnd;
      ENTITLED_AT_RE.lastIndex = printedEnd ?? text.length;
      const t = printedEnd === undefined ? null : ENTITLED_AT_RE.exec(text);
      if (t?.[1]) {
        tail = newTail(tail.end, t.index + t[0].length, tail.date, t[1].replace(/\s+/g, ' ').trim(), tail.subject);
        OF_DATE_AT_RE.lastIndex = tail.after;
        const d = tail.date ? null : OF_DATE_AT_RE.exec(text);
        const iso = d?.groups?.date ? parseSingleDate(d.groups.date.replace(/\s+/g, ' ')) : undefined;
        if (iso) tail = newTail(tail.end, d!.index + d![0].length, iso, tail.title, tail.subject);
      }
    }
    let body = foreignSymbolBody(f.groups, hint, text, tail.date ? tail.after : symbolEnd, tail.date, conferenceBefore);
    // "within the framework of resolution 76.16" (A/RES/80/191 OP9) after "World Health Assembly resolution 76.16 of 30 May
    // 2023" (PP): the number this text cited as the Health Assembly's, printed again without its body, is that resolution
    const who = f.groups.who;
    if (who !== undefined && memory !== undefined) {
      if (body === WHO_ASSEMBLY) memory.noteHealthAssembly(who);
      else if (body === undefined && memory.citedAsHealthAssembly(who)) body = WHO_ASSEMBLY;
    }
    if (!body) break;
    const number = f[0].replace(/‑/g, '-').replace(/\s+(?=\()|(?<=[.-])\s+/g, '').replace(/\(Cg (?=\d)/, '(Cg-');
    const end = tail.end > symbolEnd ? tail.end : symbolEnd;
    items.push({ cited: { symbol: `${body} ${instrument} ${number}`, body, number }, start: read ? at : phraseStart, at, symbolEnd, end, tail });
    read = { end, hint: hintOf({ body, explicit: true, foreign: true }) };
    // "resolutions EC-55/1 of the Executive Council and A-32/3 of the Assembly of ...": the list goes on past the body
    const cursor = Math.max(tail.after, symbolEnd, tail.title ? 0 : (printedEnd ?? 0));
    LIST_SEP_AT_RE.lastIndex = cursor;
    let sep = LIST_SEP_AT_RE.exec(text);
    // "resolutions GC(67)/RES/7, entitled “...”; GC(67)/RES/8, entitled “...”, comprising GC(67)/RES/10 A, ...; and
    // GC(67)/RES/17" (A/RES/78/8 OP2): the Atomic Energy Agency's list goes on after semicolons and "comprising"
    if (f.groups.iaea !== undefined) {
      IAEA_SEMICOLON_AT_RE.lastIndex = cursor;
      sep = IAEA_SEMICOLON_AT_RE.exec(text) ?? sep;
      // "General Conference resolutions GC(68)/RES/8, on nuclear and radiation safety, and GC(68)/RES/9, on nuclear
      // security" (A/RES/79/55 OP7): a subject with "and" inside, cut there, leaves the next number past its rest
      if (!sep || text.charCodeAt(cursor + sep[0].length) !== 71 /* G */) {
        IAEA_AFTER_SUBJECT_AT_RE.lastIndex = cursor;
        sep = IAEA_AFTER_SUBJECT_AT_RE.exec(text) ?? sep;
      }
    }
    // "decisions 9/CP.19 to 15/CP.19" (A/RES/78/153 note 24): a range names its two ends (asked only at " to ")
    if (!sep && text.startsWith(' to ', cursor)) {
      FOREIGN_RANGE_TO_AT_RE.lastIndex = cursor;
      sep = FOREIGN_RANGE_TO_AT_RE.exec(text);
    }
    if (!sep) break;
    at = cursor + sep[0].length;
  }
  if (items.length > 1) shareForeignListSubject(text, items);
  for (const item of items) push(item.cited, item.start, item.end, item.tail, instrument);
  return read;
}

interface ForeignListItem {
  cited: Cited;
  /** start of the phrase; `at`: where the number is printed */
  start: number;
  at: number;
  symbolEnd: number;
  end: number;
  tail: Tail;
}

/**
 * "decisions 2/CP.27 and 2/CMA.4 on funding arrangements for responding to loss and damage ..., adopted on 20 November 2022"
 * (A/RES/78/162 PP5, 79/206 OP): the title or subject printed once after the last number of a list is each number's that runs
 * into it with only a list separator between; so is a day read after that subject (not one printed right after the last
 * number: "1/CP.28 of 13 December 2023" dates that decision alone). A number with a title, subject or day of its own stops the run.
 */
function shareForeignListSubject(text: string, items: ForeignListItem[]): void {
  const last = items[items.length - 1]!.tail;
  if (!last.title && !last.subject) return;
  const date = last.date !== undefined && last.end === items[items.length - 1]!.symbolEnd ? last.date : undefined;
  for (let i = items.length - 2; i >= 0; i--) {
    const p = items[i]!;
    if (p.tail.title || p.tail.subject || p.tail.date || !PLAIN_LIST_GAP_RE.test(text.slice(Math.max(p.tail.after, p.symbolEnd), items[i + 1]!.at))) break;
    p.tail = newTail(p.tail.end, p.tail.after, date, last.title, last.subject);
  }
}

/** Before the next number of a list of the Atomic Energy Agency's resolutions: "; GC(67)/RES/8", "; and GC(67)/RES/17", ", comprising GC(67)/RES/10 A". */
const IAEA_SEMICOLON_AT_RE = /\s*(?:;|,\s*comprising)\s*(?:and\s+)?(?=GC\()/y;

/** The rest of a subject ("... and radiation safety"), then ", and GC(" / ", GC(": where the next number of the Agency's list starts. */
const IAEA_AFTER_SUBJECT_AT_RE = /[^;.“”()]{0,100}?,\s*(?:and\s+)?(?=GC\(\d)/y;

/**
 * The Conference or Meeting of the Parties of the last citation read before `at` in the paragraph, if any: "Notes decision 16/35
 * adopted at the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, which ..., in line
 * with options ... provided in decision XIII/24" (A/RES/80/140 OP40). Not the climate and desertification Conferences, whose
 * numbers name them ("1/CP.21") and are never roman.
 */
function conferenceCitedBefore(out: readonly EntityMention[], at: number): string | undefined {
  for (let i = out.length - 1; i >= 0; i--) {
    const o = out[i]!;
    if (o.end > at) continue;
    const body = typeof o.attrs.body === 'string' ? o.attrs.body : '';
    if (!TREATY_PARTIES_BODY_RE.test(body) || SELF_NAMED_CONFERENCES.has(body)) return undefined;
    return body;
  }
  return undefined;
}

/** A Conference or Meeting of the Parties to a treaty, the body of roman-numbered decisions ("decision IX/16 C"). */
const TREATY_PARTIES_BODY_RE = /(?:Conference|Meeting) of the (?:States )?Parties to the \w/;
const SELF_NAMED_CONFERENCES: ReadonlySet<string | undefined> = new Set([FOREIGN_SYMBOL_BODIES.cp, FOREIGN_SYMBOL_BODIES.cma, FOREIGN_SYMBOL_BODIES.cmp, FOREIGN_SYMBOL_BODIES.ccd]);

/**
 * The body of a FOREIGN_SYMBOL_AT_RE match: named by the form, or printed before or after it; a roman-numbered decision with no
 * body printed near is the Conference of the Parties the paragraph cited a decision of before it (`conferenceBefore`).
 */
function foreignSymbolBody(
  g: Record<string, string | undefined>,
  hint: BodyHint,
  text: string,
  after: number,
  date: string | undefined,
  conferenceBefore?: string,
): string | undefined {
  if (g.cp) return FOREIGN_SYMBOL_BODIES.cp;
  if (g.cma) return FOREIGN_SYMBOL_BODIES.cma;
  if (g.cmp) return FOREIGN_SYMBOL_BODIES.cmp;
  if (g.ccd) return FOREIGN_SYMBOL_BODIES.ccd;
  if (g.opcw) return FOREIGN_SYMBOL_BODIES[g.opcw.startsWith('EC') ? 'opcw:EC' : 'opcw:C'];
  if (g.unido) return FOREIGN_SYMBOL_BODIES[g.unido.startsWith('GC') ? 'unido:GC' : 'unido:IDB'];
  if (g.iaea) return FOREIGN_SYMBOL_BODIES.iaea;
  if (g.imo) return FOREIGN_SYMBOL_BODIES.imo;
  if (g.au) return FOREIGN_SYMBOL_BODIES[`au:${/^[A-Za-z]+/.exec(g.au)![0]}`];
  if (g.isba) return FOREIGN_SYMBOL_BODIES[`isba:${g.isba.split('/')[2]}`];
  if (g.wmo) return FOREIGN_SYMBOL_BODIES.wmo;
  if (g.wto) return FOREIGN_SYMBOL_BODIES.wto;
  if (g.ioc) return FOREIGN_SYMBOL_BODIES.ioc;
  // "World Health Assembly resolution 72.7", "resolution 77.17 of 1 June 2024, adopted by the World
  // Health Assembly"; "decision IX/16 C, adopted at the ninth meeting of the Conference of the Parties to ..."
  const printed = hint.foreign && hint.body && !isGeneric(hint) ? hint.body : bodyAfter(text, after, false)?.body;
  // "Recalling World Health Assembly resolutions on ageing, specifically resolution 58.16 of 25 May
  // 2005 ..., resolution 65.3 of 25 May 2012": the Health Assembly meets in May, its Nth session in 1947 + N
  if (!printed && g.who && date && Number(date.slice(0, 4)) === 1947 + Number(g.who.slice(0, 2)) && /-0[56]/.test(date.slice(4, 7))) return WHO_ASSEMBLY;
  if (!printed && g.romanCop) return conferenceBefore;
  if (!printed) return undefined;
  if (g.who) return printed === WHO_ASSEMBLY ? printed : undefined;
  // "Intergovernmental Oceanographic Commission resolution XXX-2" (A/RES/78/69): its Assembly's session in Roman numerals
  if (g.iocRoman) return printed === FOREIGN_SYMBOL_BODIES.ioc ? printed : undefined;
  if (g.unepSpecial) return printed === UNEP_GOVERNING_COUNCIL ? printed : undefined;
  if (g.bsRoman) return printed === CBD_SYMBOL_BODIES['CP/MOP'] ? printed : undefined;
  return TREATY_PARTIES_BODY_RE.test(printed) ? printed : undefined;
}

/** Symbols of citations whose body is settled after the whole resolution is read. */
const PENDING_PREFIX = '?';
// keyed by the mention's attrs: a footnote's mentions are copied with their attrs (extract.ts)
const PENDING = new WeakMap<Record<string, unknown>, { g: Record<string, string | undefined>; date: string | undefined; instrument: Instrument }>();

const PENDING_CONTEXTS = new WeakSet<RecognizeContext>();

/** Whether any citation read with this context waits for resolvePendingCitation. */
export function hasPendingCitations(ctx: RecognizeContext): boolean {
  return PENDING_CONTEXTS.has(ctx);
}

/** Whether a mention waits for resolvePendingCitation. */
export function isPendingCitation(m: EntityMention): boolean {
  return m.kind === 'Resolution' && m.name.startsWith(PENDING_PREFIX) && PENDING.has(m.attrs);
}

/**
 * A pending citation of one resolution (see findResolutionRefs) with the body its session had in
 * the citations read over the whole resolution, or by the session calendars; undefined when none.
 */
export function resolvePendingCitation(m: EntityMention, ctx: RecognizeContext): EntityMention | undefined {
  const p = PENDING.get(m.attrs);
  if (!p) return undefined;
  const known = foreignMemoryOf(ctx).recall(p.g, p.date, undefined);
  const body = known?.body ?? calendarBody(p.g, p.date, undefined);
  if (!body) return undefined;
  const c = cite(p.g, hintOf({ body, explicit: true, foreign: true }), ctx.body, p.instrument);
  if (!c) return undefined;
  const attrs: Record<string, unknown> = { ...m.attrs, symbol: c.symbol, body: c.body, number: c.number };
  return { ...m, key: nodeKey('Resolution', c.symbol), name: c.symbol, attrs };
}

/** The citation a BODY_SYMBOL_RE match stands for: "UNEP/EA.5/Res.14" -> "United Nations Environment Assembly resolution 5/14". */
function bodySymbolCitation(g: Record<string, string | undefined>): Cited | undefined {
  let body: string | undefined;
  let number: string;
  let instrument = 'resolution';
  if (g.unea) {
    body = 'United Nations Environment Assembly';
    number = `${g.unea}/${g.uneaN}`;
  } else if (g.habitat) {
    body = 'United Nations Habitat Assembly';
    number = `${g.habitat}/${g.habitatN}`;
  } else if (g.cbdOld) {
    body = CBD_SYMBOL_BODIES[g.cbdOld];
    number = `${g.cbdR}/${g.cbdRN}`;
    instrument = 'decision';
  } else {
    body = CBD_SYMBOL_BODIES[g.cbd ?? ''];
    number = `${g.cbdS}/${g.cbdN}`;
    instrument = 'decision';
  }
  return body ? { symbol: `${body} ${instrument} ${number}`, body, number } : undefined;
}

/** One mention per (key, span): a symbol inside a "resolution A/RES/..." phrase is read once. */
function dedupe(ms: EntityMention[]): EntityMention[] {
  const seen = new Set<string>();
  const out: EntityMention[] = [];
  for (const m of ms.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const k = `${m.key}@${m.start}:${m.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(m);
  }
  return out;
}
