// clean: SourceText -> CleanText. Removes what the printer added (page
// headers and footers, the first-page masthead, barcodes, job numbers), lifts
// footnotes out of the running text (keeping their marks so segment can attach
// them), unwraps hard line wraps into paragraphs, joins paragraphs split by a
// page break or a footnote block, and strips Markdown residue (links, italics,
// escapes) and stray URLs. Output: one paragraph or heading per line, lines
// separated by a blank line.
//
// It works line by line with precompiled, linear-time patterns: the whole
// GA corpus (19.6 MB) must clean in well under a second.
import type { CleanFootnote, CleanText, SourceText } from './models.js';
import * as P from './clean.patterns.js';
import { isRegexSpace } from './chars.js';
import { codeUnitAt } from './codeUnit.js';
import { letterRe } from './letter-classes.js';
import { genreLexicon } from './clean.lexicon.js';

interface Paragraph {
  text: string;
  /** a page break, furniture or a footnote block was removed just before it */
  breakBefore: boolean;
}

interface PendingFootnote {
  mark: string;
  text: string;
  /** the last text line before the footnote block; -1 before any */
  afterLine: number;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_TO_DIGIT: Record<string, string> = Object.fromEntries([...SUPERSCRIPT_DIGITS].map((c, i) => [c, String(i)]));

export function toSuperscript(digits: string): string {
  let out = '';
  for (const ch of digits) {
    const d = ch.charCodeAt(0) - 48;
    out += d >= 0 && d <= 9 ? SUPERSCRIPT_DIGITS[d] : ch;
  }
  return out;
}

/** "¹²" -> "12"; other marks unchanged */
export function markValue(mark: string): string {
  let out = '';
  for (const ch of mark) out += SUPERSCRIPT_TO_DIGIT[ch] ?? ch;
  return out;
}

function normalizeForCompare(line: string): string {
  const unsplit = line.includes(' -') ? line.replace(P.SPACE_BEFORE_HYPHEN, '$1-') : line;
  return unsplit.replace(P.WHITESPACE_RUN, ' ').trim().toLowerCase();
}

/** The end of a string, for end-anchored patterns (V8 would otherwise try them at every position). */
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** an ASCII letter */
function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function tail(text: string): string {
  return text.length > 48 ? text.slice(-48) : text;
}

/**
 * The per-line helpers below read a line's length once, before their loop: lines are strings of many
 * representations (sliced, flat, one- and two-byte, internalized), so V8's property caches at these sites are
 * megamorphic and each `.length` read in a loop's test was a generic lookup.
 */
function isBlank(line: string): boolean {
  const n = line.length;
  for (let i = 0; i < n; i++) {
    const c = codeUnitAt(line, i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Inline residue removal, applied to every paragraph and footnote. */
const HAS_BRACKET = 1;
const HAS_URL = 2;
const HAS_BACKSLASH = 4;
const HAS_STAR = 8;
const HAS_SPACE_HYPHEN = 16;
const HAS_DOUBLE_SPACE = 32;

/**
 * Which residues a paragraph may hold. Most paragraphs (94% of corpus-ga's) hold none, which searches tell
 * faster than the loop (the loop's charCodeAt dispatches on each string's representation, sliced or two-byte);
 * the loop reads the others in one pass. Four indexOf searches for single characters, and one regex, / [ -]/,
 * for " -" and "  ": indexOf(" -") and indexOf("  ") each stopped at every space of the paragraph (memchr on
 * the space, then a compare), 3.0k instructions per corpus-ga paragraph each, where the regex engine reads the
 * character after each position: 2.8k for both (the gate: 6.3k -> 3.7k instructions per paragraph). That regex is now
 * cleanInline's SPACE_BEFORE_SPACE_HYPHEN_OR_PUNCTUATION (`spaced`), run first as it gates SPACE_BEFORE_PUNCTUATION too.
 * The loop reads through codeUnitAt (spd52b): its `s.charCodeAt` load met five string representations and was the largest
 * megamorphic load left in optimised code (bench:instructions --step 30 body, callgrind: 51k of LoadIC_Megamorphic's 187k
 * calls from compiled code, 4.8M instructions; with liftMarkedFootnotes' and usesIndentParagraphs' first-character reads
 * also through codeUnitAt, LoadIC_Megamorphic 12.5M -> 8.3M instructions).
 */
function residueFlags(s: string, spaced: boolean): number {
  if (!spaced && s.indexOf('[') < 0 && s.indexOf('\\') < 0 && s.indexOf('*') < 0 && s.indexOf(':') < 0) return 0;
  let flags = 0;
  let previous = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = codeUnitAt(s, i);
    if (c === 91 /* [ */) flags |= HAS_BRACKET;
    else if (c === 58 /* : */ && (previous === 112 /* p */ || previous === 115 /* s */)) flags |= HAS_URL;
    else if (c === 92 /* \ */) flags |= HAS_BACKSLASH;
    else if (c === 42 /* * */) flags |= HAS_STAR;
    else if (c === 45 /* - */ && previous === 32) flags |= HAS_SPACE_HYPHEN;
    else if (c === 32 && previous === 32) flags |= HAS_DOUBLE_SPACE;
    previous = c;
  }
  return flags;
}

export function cleanInline(text: string, splitHyphens: boolean): string {
  let s = text;
  // " -", "  " (residueFlags) or a space before a mark (SPACE_BEFORE_PUNCTUATION): one scan for both gates
  const spaced = P.SPACE_BEFORE_SPACE_HYPHEN_OR_PUNCTUATION.test(s);
  const flags = residueFlags(s, spaced);
  if (flags & HAS_BRACKET) {
    if (s.includes('](')) s = s.replace(P.LINK_RESIDUE, '$1');
    if (s.includes('[^')) s = s.replace(P.MARKDOWN_FOOTNOTE_REF, (_m, mark: string) => (/^\d+$/.test(mark) ? toSuperscript(mark) : mark));
  }
  if (flags & HAS_URL && s.includes('http')) s = s.replace(P.STRAY_URL, '');
  if (flags & HAS_BACKSLASH) s = s.replace(P.MARKDOWN_ESCAPE, '$1');
  if (flags & HAS_STAR) s = s.replace(P.EMPHASIS, '$2');
  if (s.charCodeAt(0) === 35 /* # */) s = s.replace(P.MARKDOWN_HEADING, '');
  if (splitHyphens && flags & HAS_SPACE_HYPHEN) s = s.replace(P.SPACE_BEFORE_HYPHEN, '$1-');
  // removals above can leave two spaces where there was one
  if (flags) s = s.replace(P.SPACE_RUN, ' ');
  // a compound broken at a line end and its lines joined with a space by the extractor ("decision- making" in
  // the railcar Markdown of A/RES/80/23, "non- governmental" in corpus-ga); "small- and medium-sized" stays.
  // Tested with includes(): one more branch in residueFlags' loop made all of clean ~60% slower (0.46 -> 0.79 s CPU)
  if (s.includes('- ')) s = s.replace(P.HYPHEN_THEN_SPACE, '-');
  // (both steps below behind one scan for their four pairs, which nearly no text holds: the four searches each stopped at every
  // space, memchr on it then a compare. Session 50, spd50b: over corpus-ga's 49,125 paragraph and footnote texts, one thread,
  // ingest flags, CPU per pass at host load ~17: 93 ms for the four searches, 25 ms for the regex. The references worker's stages
  // alone over every 10th corpus-ga file, callgrind, one thread, fixed seeds: 5,672,593,753 -> 5,605,692,021 instructions,
  // -1.18%; with RARE_DOCUMENT_WORDS_RE, -1.65% against ec9986f's 5,699,747,576)
  // (a text unchanged so far with no space before a mark cannot hold one: the scan above said so)
  if ((spaced || s !== text) && P.SPACE_BEFORE_PUNCTUATION.test(s)) {
    // pypdf sets a space before a comma, a semicolon or a closing quote where the PDF kerned them apart ("Reaffirming , in
    // that regard", "a “Space2030 ” agenda", "resolutions 47/19 , 48/16", A/RES/73/6, 73/8): no drafting puts one there
    if (s.includes(' ,') || s.includes(' ”') || s.includes(' ;')) s = s.replace(P.SPACE_BEFORE_CLOSING, '');
    // and a symbol's part from its full stop ("A/AC .105/1174", A/RES/73/6 footnote 6)
    if (s.includes(' .')) s = s.replace(P.SPACE_IN_SYMBOL, '$1.');
  }
  // (gate: a space two characters after the first space, "45. I n", "I n v", before the regex; the bound
  // first: charCodeAt past the end is NaN, and the first such read deopts cleanInline's compiled code)
  const spaceAt = s.indexOf(' ');
  if (spaceAt + 2 < s.length && s.charCodeAt(spaceAt + 2) === 32) s = s.replace(P.LETTER_SPACED_OPENING, (_m, num: string | undefined, word: string) => (num ?? '') + word.replace(/ /g, ''));
  return s.trim();
}

const OPENER_LINE = /^[ \t]*(?:The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)\b|Recalling|Reaffirming)/;

const TEXT_HAS_CR = 1;
const TEXT_HAS_FORM_FEED = 2;
const TEXT_HAS_ODD_SPACE = 4;

/** U+2007, U+200B-U+200D, U+2060: indexOf searches a character by its highest byte (memchr), 0x20 for these, so it would stop at every space */
const WIDE_ODD_SPACE = /[\u2007\u200b-\u200d\u2060]/;

/**
 * CR, form feed, tabs, no-break and zero-width spaces, word joiners, soft hyphens, BOMs. Most texts hold none: one indexOf per
 * character (memchr on its highest byte) and one regex for the characters whose highest byte is a space's read a
 * corpus-ga pass in 22 ms CPU, where a loop over every character took 58 ms (a regex class over all, 53 ms).
 */
function textFlags(text: string): number {
  let flags = 0;
  if (text.indexOf('\r') >= 0) flags |= TEXT_HAS_CR;
  if (text.indexOf('\f') >= 0) flags |= TEXT_HAS_FORM_FEED;
  if (
    text.indexOf('\t') >= 0 ||
    text.indexOf('\u00a0') >= 0 ||
    text.indexOf('\u00ad') >= 0 ||
    text.indexOf('\u202f') >= 0 ||
    text.indexOf('\ufeff') >= 0 ||
    WIDE_ODD_SPACE.test(text)
  ) {
    flags |= TEXT_HAS_ODD_SPACE;
  }
  return flags;
}

function isAnchorLine(line: string): boolean {
  if (line === '\f') return true;
  let k = 0;
  const n = line.length;
  while (k < n && (codeUnitAt(line, k) === 32 || codeUnitAt(line, k) === 9)) k++;
  // a blank line: no read past its end (in optimised code that is a deopt, and blank lines are common)
  if (k === n) return false;
  const c = codeUnitAt(line, k);
  // cheap first-character test before the regexes: anchors start with a digit or '*'
  if (!((c >= 48 && c <= 57) || c === 42)) return false;
  return P.PAGE_NUMBER_LINE.test(line) || P.JOB_AND_PAGE_LINE.test(line) || P.JOB_NUMBER_LINE.test(line) || P.BARCODE_LINE.test(line);
}

/**
 * A number set on a line of its own between two one-word lines, in a text the PDF justified one word per line
 * ("its" / "resolution" / "73/89" / "of" / "6 December", A/RES/79/81 PP2; "and" / "78/330" / "of", A/RES/79/331 PP2): a
 * citation of the paragraph, not a page number (a page number stands among blank lines and other furniture).
 */
function isNumberInWordRun(lines: readonly string[], i: number): boolean {
  const before = lines[i - 1];
  const after = lines[i + 1];
  return before !== undefined && after !== undefined && P.ONE_LOWERCASE_WORD_LINE.test(before) && P.ONE_LOWERCASE_WORD_LINE.test(after) && P.PAGE_NUMBER_LINE.test(lines[i]!);
}

/** Lines of page furniture (headers, footers, page and job numbers) around each page break. */
function markPageFurniture(lines: string[], removed: Uint8Array): void {
  const n = lines.length;
  const anchors: number[] = [];
  for (let i = 0; i < n; i++) if (isAnchorLine(lines[i]!) && !isNumberInWordRun(lines, i)) anchors.push(i);
  if (anchors.length === 0) return;

  // the masthead runs to the first page footer; its job number and barcode go, nothing around them
  let mastheadEnd = n;
  for (const a of anchors) {
    const l = lines[a]!;
    if (l === '\f' || P.PAGE_NUMBER_LINE.test(l) || P.JOB_AND_PAGE_LINE.test(l)) {
      mastheadEnd = a;
      break;
    }
  }
  let symbol: string | undefined;
  for (let i = 0; i < Math.min(n, 40); i++) {
    const m = P.SYMBOL_LINE.exec(lines[i]!);
    if (m) {
      symbol = m[1]!.replace(P.WHITESPACE_RUN, ' ');
      break;
    }
  }
  const isSymbolLine = (line: string): boolean => {
    const m = P.SYMBOL_LINE.exec(line);
    if (m !== null) return symbol === undefined || m[1]!.replace(P.WHITESPACE_RUN, ' ') === symbol;
    // the symbol printed twice on one line ("A/RES/78/18A/RES/78/18", a last-page header)
    if (symbol === undefined) return false;
    const t = line.trim();
    return t.length === symbol.length * 2 && t.startsWith(symbol) && t.endsWith(symbol);
  };
  // the first-page heading (session, agenda item, title) holds the running title's words
  let headingEnd = Math.min(mastheadEnd, 60);
  for (let i = 0; i < headingEnd; i++) {
    if (OPENER_LINE.test(lines[i]!)) {
      headingEnd = i;
      break;
    }
  }
  const mastheadNorm = normalizeForCompare(lines.slice(0, headingEnd).join(' '));

  // learn the running title: the lines between the symbol and the page number of even pages
  const titles = new Set<string>();
  /** the same lines as printed (trimmed), for a check without normalising */
  const titleLines = new Set<string>();
  /**
   * A running-title line: as printed (trimmed) and normalised. Every page repeats the title, and the normalised
   * form is one of the trimmed line (normalizeForCompare trims): a line already learnt is not normalised again.
   */
  const learnTitle = (line: string): void => {
    const trimmed = line.trim();
    if (titleLines.has(trimmed)) return;
    titles.add(normalizeForCompare(line));
    titleLines.add(trimmed);
  };
  for (const a of anchors) {
    if (a < mastheadEnd) continue;
    for (let j = a - 1; j >= 0 && a - j <= 8; j--) {
      const line = lines[j]!;
      if (isSymbolLine(line)) {
        const between: string[] = [];
        for (let k = j + 1; k < a; k++) {
          const t = lines[k]!;
          if (!isBlank(t) && !isAnchorLine(t)) between.push(t);
        }
        // a running title ends no sentence and holds no meeting line: those are the body of a short last page
        // under its header (pdfjs puts the header on top: "A/RES/78/115", its title, then
        // "the item entitled “Measures to eliminate international terrorism”.", the meeting line, the footer)
        if (!between.some((t) => P.ENDS_SENTENCE_LINE.test(tail(t)) || P.MEETING_LINE_START.test(t))) {
          for (const t of between) learnTitle(t);
        }
        break;
      }
      const m = P.SYMBOL_THEN_TITLE_LINE.exec(line);
      if (m && (symbol === undefined || m[1] === symbol)) {
        learnTitle(m[2]!);
        break;
      }
    }
  }
  // a PDF read with pdfjs puts each page's header on top, after the form feed: the symbol, then the running
  // title wrapped as on the first page ("Information and communications technologies for sustainable" /
  // "development"), then a gap; a short last line of it is learnt here (the test below wants 12 characters)
  for (const a of anchors) {
    if (a < mastheadEnd || lines[a] !== '\f') continue;
    let j = a + 1;
    while (j < n && isBlank(lines[j]!)) j++;
    if (j >= n || !isSymbolLine(lines[j]!)) continue;
    const header: string[] = [];
    for (j++; j < n && header.length < 4 && !isBlank(lines[j]!); j++) header.push(lines[j]!);
    const norm = normalizeForCompare(header.join(' '));
    if (header.length > 0 && header.length < 4 && norm.length >= 12 && mastheadNorm.includes(norm)) {
      for (const t of header) learnTitle(t);
    }
  }
  const isTitleLike = (line: string, at: number): boolean => {
    if (line.length > 160) return false;
    if (titleLines.has(line.trim())) return true;
    // other running titles do not end a clause: skip the normalising for body lines
    if (P.ENDS_CLAUSE.test(tail(line)) && titles.size > 0) return false;
    const norm = normalizeForCompare(line);
    if (norm === '') return false;
    if (titles.has(norm)) return true;
    // pypdf puts the symbol on a running-title line ("on the fight against tuberculosis A/RES/73/3")
    const ts = P.TITLE_THEN_SYMBOL_LINE.exec(line);
    if (ts && (symbol === undefined || ts[2]!.replace(P.WHITESPACE_RUN, ' ') === symbol)) return true;
    const st = P.SYMBOL_THEN_TITLE_LINE.exec(line);
    if (st && (symbol === undefined || st[1] === symbol)) return true;
    // a line of the first-page heading repeated as a running title (never the heading itself),
    // printed against other furniture: a body line that happens to quote the title ("the Prohibition
    // of the Use, ... of Anti-Personnel" above a blank line and the header, A/RES/78/45) stays
    const besideFurniture = removed[at - 1] === 1 || removed[at + 1] === 1;
    return besideFurniture && at >= headingEnd && norm.length >= 12 && norm.length <= 120 && !/[.;,:]$/.test(norm) && mastheadNorm.includes(norm);
  };

  for (const a of anchors) {
    if (removed[a]) continue;
    removed[a] = 1;
    if (a < mastheadEnd) continue;
    const furniture = (line: string, at: number): boolean => isBlank(line) || isAnchorLine(line) || isSymbolLine(line) || isTitleLike(line, at);
    for (let j = a - 1; j >= 0 && a - j <= 12; j--) {
      if (removed[j]) continue;
      if (!furniture(lines[j]!, j)) break;
      if (!isBlank(lines[j]!)) removed[j] = 1;
    }
    for (let j = a + 1; j < n && j - a <= 12; j++) {
      if (removed[j]) continue;
      if (!furniture(lines[j]!, j)) break;
      if (!isBlank(lines[j]!)) removed[j] = 1;
    }
  }
}

/** a footnote line that goes on the one before: opens with a lower-case letter, a digit or a bracket */
const STARTS_LOWER_DIGIT_OR_PAREN_RE = letterRe(String.raw`^[\p{Ll}\d(]`, 'u');

/** Footnote blocks after a "____" rule, up to the page furniture (PDF text). */
function liftRuledFootnotes(lines: string[], removed: Uint8Array, out: PendingFootnote[]): void {
  const n = lines.length;
  let lastNumber = 0;
  for (let i = 0; i < n; i++) {
    if (removed[i] || !mayBeRule(lines[i]!, 95 /* _ */, 95) || !P.FOOTNOTE_RULE_LINE.test(lines[i]!)) continue;
    removed[i] = 1;
    let current: PendingFootnote | undefined;
    let blankBefore = false;
    for (let j = i + 1; j < n && j - i <= 80; j++) {
      if (removed[j] || lines[j] === '\f') break;
      const line = lines[j]!;
      if (isBlank(line)) {
        blankBefore = true;
        continue;
      }
      const m = P.PDF_FOOTNOTE_START.exec(line);
      const isNumber = m !== null && /^\d/.test(m[1]!);
      // the next number, or one or two further on when that line opens like a footnote (a capital: "11 Ibid., ...",
      // "11 See ...", "11 A/53/293"; not a date, "17 March 2022, and Doha" runs on): a footnote lost upstream must
      // not make the rest of the block one footnote
      const skip = isNumber && current !== undefined ? Number(m[1]) - lastNumber : 1;
      // (nor the next number when a day and month follow it on a line that runs on: "16 Report of the Fifth United Nations
      // Conference on the Least Developed Countries, New York," / "17 March 2022, and Doha, 5–9 March 2023 (A/CONF.219/2023/3),
      // ..." (A/RES/80/147 OP4), whose footnote 17 is printed next)
      const dayRunsOn = isNumber && current !== undefined && !blankBefore && P.MONTH_YEAR_START.test(m[2]!);
      const acceptable = m !== null && !dayRunsOn && (!isNumber || current === undefined || skip === 1 || ((skip === 2 || skip === 3) && P.SKIPPED_FOOTNOTE_START.test(m[2]!)));
      if (m && acceptable) {
        if (isNumber) lastNumber = Number(m[1]);
        current = { mark: m[1]!, text: m[2]!, afterLine: lastTextLine(lines, removed, i) };
        out.push(current);
      } else if (current && (!blankBefore || STARTS_LOWER_DIGIT_OR_PAREN_RE.test(line.trim()))) {
        current.text += ' ' + line.trim();
      } else if (!current && out.length > 0 && !m) {
        // the rest of the last footnote of the page before, printed under this page's rule without a mark
        // (A/RES/73/6: "6 Related documents include A/AC.105/1129, ..." runs on as "A/AC.105/1168, ...")
        current = out[out.length - 1]!;
        current.text += ' ' + line.trim();
      } else {
        break;
      }
      removed[j] = 1;
      blankBefore = false;
    }
  }
}

/**
 * The footnotes of a page printed after the resolution's "Adopted at the 473rd meeting ..." lines, with no rule above them
 * (the Security Council's yearly volumes: "9 See Official Records of the Security Council, Fifth Year, No. 15, 473rd
 * meeting, p. 2, footnote 2 (document S/1496, incorporating S/1496/Corr.1).", S/RES/82 (1950), whose PP2 prints the mark
 * "in its report 9 menaces"). Read only when they run to the end of the text after a blank line, each a number and a
 * capital ("12 votes to 2" goes on the meeting line), numbered one after another.
 */
function liftTrailingFootnotes(lines: string[], removed: Uint8Array, out: PendingFootnote[]): void {
  const n = lines.length;
  // the last "Adopted ..." line, among the last 40
  let adopted = -1;
  for (let i = n - 1; i >= 0 && i >= n - 40; i--) {
    const line = lines[i]!;
    if (line.length >= 8 && line.charCodeAt(0) === 65 /* A */ && line.startsWith('Adopted ') && !removed[i]) {
      adopted = i;
      break;
    }
  }
  if (adopted < 0) return;
  const found: PendingFootnote[] = [];
  let lastNumber = -1;
  let blankBefore = false;
  let first = -1;
  for (let j = adopted + 1; j < n; j++) {
    if (removed[j]) continue;
    const line = lines[j]!;
    if (isBlank(line)) {
      blankBefore = true;
      continue;
    }
    const c = line.charCodeAt(0);
    const m = c >= 48 && c <= 57 ? P.TRAILING_FOOTNOTE_START.exec(line) : null;
    if (m && (found.length === 0 ? blankBefore : Number(m[1]) === lastNumber + 1)) {
      lastNumber = Number(m[1]);
      if (first < 0) first = j;
      found.push({ mark: m[1]!, text: m[2]!, afterLine: -1 });
    } else if (found.length > 0) found[found.length - 1]!.text += ' ' + line.trim();
    blankBefore = false;
  }
  if (first < 0) return;
  const afterLine = lastTextLine(lines, removed, first);
  for (let j = first; j < n; j++) removed[j] = 1;
  for (const f of found) {
    f.afterLine = afterLine;
    out.push(f);
  }
}

/**
 * Can this line be a rule of `a` or `b` characters, maybe indented (FOOTNOTE_RULE_LINE, HORIZONTAL_RULE_LINE)? By its
 * first character: a regex test on each of corpus-ga's 394k lines cost more in the call than in the match.
 */
function mayBeRule(line: string, a: number, b: number): boolean {
  const c = line.length > 0 ? codeUnitAt(line, 0) : -1;
  return c === a || c === b || c === 32 || c === 9;
}

/** Is this one of the superscript digits ⁰¹²³⁴⁵⁶⁷⁸⁹ (SUPERSCRIPT_DIGITS)? */
function isSuperscriptDigit(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

/** Where a line's text starts: past what trimStart() removes (the whitespace of \s). */
function textStart(line: string): number {
  let k = 0;
  const n = line.length;
  while (k < n && isRegexSpace(codeUnitAt(line, k))) k++;
  return k;
}


function lastTextLine(lines: string[], removed: Uint8Array, before: number): number {
  for (let j = before - 1; j >= 0; j--) if (!removed[j] && !isBlank(lines[j]!)) return j;
  return -1;
}

/** Markdown "[^n]: text" definitions and superscript footnote paragraphs ("¹ See A/60/687."). */
function liftMarkedFootnotes(lines: string[], removed: Uint8Array, out: PendingFootnote[]): void {
  const n = lines.length;
  for (let i = 0; i < n; i++) {
    if (removed[i]) continue;
    const line = lines[i]!;
    // (no read past the end of an empty line: a deopt in optimised code)
    const first = line.length > 0 ? codeUnitAt(line, 0) : -1;
    if (first === 91 /* [ */) {
      const md = P.MARKDOWN_FOOTNOTE_DEF.exec(line);
      if (md) {
        let text = md[2]!;
        removed[i] = 1;
        let j = i + 1;
        for (; j < n && /^(?: {2,}|\t)\S/.test(lines[j]!); j++) {
          text += ' ' + lines[j]!.trim();
          removed[j] = 1;
        }
        out.push({ mark: toSuperscript(md[1]!), text, afterLine: lastTextLine(lines, removed, i) });
        i = j - 1;
        continue;
      }
    }
    if (mayBeRule(line, 45 /* - */, 42 /* * */) && P.HORIZONTAL_RULE_LINE.test(line)) {
      removed[i] = 1;
      continue;
    }
    // a blank line's "first character" is '' (which includes() accepted when this was read with trimStart() and
    // SUPERSCRIPT_DIGITS.includes()): kept so, without reading past the end
    const start = textStart(line);
    const sup = start === line.length || isSuperscriptDigit(codeUnitAt(line, start)) ? P.SUPERSCRIPT_FOOTNOTE_START.exec(line) : null;
    if (sup && (i === 0 || isBlank(lines[i - 1]!) || removed[i - 1])) {
      let text = sup[2]!;
      removed[i] = 1;
      let j = i + 1;
      for (; j < n && !isBlank(lines[j]!) && !removed[j]; j++) {
        text += ' ' + lines[j]!.trim();
        removed[j] = 1;
      }
      out.push({ mark: sup[1]!, text, afterLine: lastTextLine(lines, removed, i) });
      i = j - 1;
    }
  }
}

/** pypdf output marks paragraphs by indenting their first line rather than by blank lines. */
function usesIndentParagraphs(lines: string[], removed: Uint8Array): boolean {
  let indented = 0;
  let blanks = 0;
  let previousText = false;
  for (let i = 0; i < lines.length; i++) {
    if (removed[i]) continue;
    const line = lines[i]!;
    if (isBlank(line)) {
      if (previousText) blanks++;
      previousText = false;
      continue;
    }
    const c = codeUnitAt(line, 0);
    if (previousText && (c === 32 || c === 9) && P.INDENTED_START.test(line)) indented++;
    previousText = true;
  }
  return indented >= 3 && indented * 2 >= blanks;
}

// cleanText runs once per file and spends its time in loops, so V8 compiles it on-stack while
// the first file is still in its first loop: had the phases below been one function, each
// phase not yet run at that point (no type feedback) deoptimised it again later, and every
// recompile was of all of it with its inlined helpers (7 compiles, ~0.5 s of one cold worker).
// One function per phase: each is compiled on its own and recompiles only itself.
export function cleanText(src: SourceText): CleanText {
  const normalized = normalizeText(src.text);
  const lines = normalized.split('\n');
  const removed = new Uint8Array(lines.length);

  markPageFurniture(lines, removed);

  const pending: PendingFootnote[] = [];
  liftRuledFootnotes(lines, removed, pending);
  liftMarkedFootnotes(lines, removed, pending);
  liftTrailingFootnotes(lines, removed, pending);

  const indentMode = usesIndentParagraphs(lines, removed);
  // pypdf also breaks words inside a line ("The General As sembly,", "Reaffi rms", "Confere nce")
  if (indentMode) joinSplitWords(lines, removed, pending);
  // pypdf writes "high -level": repair only there (elsewhere " -" may be a dash)
  const splitHyphens = indentMode || (src.format === 'pdftext' && spaceHyphenBefore(normalized, 20_000) && P.SPLIT_HYPHEN_TEST.test(normalized.slice(0, 20_000)));
  const hyphens = new HyphenBreaks(normalized);

  const { paragraphs, lineParagraph } = buildParagraphs(lines, removed, indentMode, splitHyphens, hyphens);
  dropMasthead(paragraphs);
  dropRunningTitles(paragraphs);
  const { merged, finalIndex } = mergeParagraphs(paragraphs, hyphens);
  return assemble(merged, finalIndex, lineParagraph, pending, splitHyphens);
}

const LETTER_RUN = letterRe(String.raw`\p{L}+`, 'gu');
/** The verbs that open paragraphs, which a file may print only once, split ("Reaffi rms" in A/RES/73/6 OP7). */
const GENRE_WORDS: ReadonlySet<string> = new Set(
  ('reaffirms reaffirming recalls recalling welcomes welcoming notes noting recognizes recognizing acknowledges acknowledging ' +
    'encourages encouraging urges urging invites inviting requests requesting emphasizes emphasizing stresses stressing ' +
    'underlines underlining reiterates reiterating expresses expressing decides deciding calls calling considers considering ' +
    'commends commending appreciates condemns condemning supports supporting endorses endorsing affirms affirming ' +
    'convinced concerned mindful determined bearing taking').split(' '),
);
/**
 * "Reaffi rms": a letter run, one space, a lower-case letter run (the second piece is looked at, not consumed). The
 * second piece may end at a hyphen: "the Secretar y-General" (A/RES/73/7 OP11), "Secreta ry-General" (A/RES/73/8 OP4); the
 * first may follow one: "multidrug -resis tant" (A/RES/73/3 OP11, judged more strictly in joinSplitWords).
 */
const SPLIT_PAIR = letterRe(String.raw`(?<![\p{L}\p{N}'’])(\p{L}+) (?=(\p{Ll}+)(?![\p{L}\p{N}'’]))`, 'gu');

/**
 * pypdf breaks words inside a line ("Committee on the Pe aceful Uses", "Encour ages"): two pieces are joined
 * when the file spells the whole word elsewhere and the pieces are not both common words of the file
 * ("in to" stays, "in volved" becomes "involved" when the file has "involved").
 */
const SPLIT_DIGITS_TEST = /\d \d/;
/** "2 011" -> "2011" when the pieces make four digits (the lookahead of SPLIT_YEAR checked the century) */
const splitYear = (all: string, a: string, b: string): string => (a.length + b.length === 4 ? a + b : all);

/** a lower-case letter (one that has a capital: not a digit or mark) */
const isLowerLetter = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();

/** A piece that stands as a word: one of the genre's, or "a", "I" or a capital (an initial: "Annex L and"); not "s", "ion" */
function isGenreWord(piece: string): boolean {
  if (piece.length === 1) return piece === 'a' || !isLowerLetter(piece);
  return genreLexicon().has(piece.toLowerCase());
}

/**
 * Does a one-letter piece `a` at `at` end the word before it ("an d one": "and", not "done")? A split piece of the word
 * on its left, when the two make a word of the genre.
 */
function joinsLeft(line: string, a: string, at: number): boolean {
  if (a.length !== 1 || at < 2 || line.charCodeAt(at - 1) !== 32) return false;
  let from = at - 1;
  while (from > 0 && isLowerLetter(line[from - 1]!)) from--;
  return from < at - 1 && genreLexicon().has(line.slice(from, at - 1).toLowerCase() + a);
}

function joinSplitWords(lines: string[], removed: Uint8Array, footnotes: PendingFootnote[]): void {
  const counts = new Map<string, number>();
  const count = (line: string): void => {
    for (const m of line.matchAll(LETTER_RUN)) {
      const w = m[0].toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  };
  for (let i = 0; i < lines.length; i++) if (!removed[i]) count(lines[i]!);
  for (const f of footnotes) count(f.text);
  // a one-letter piece other than "a" is no word however often the file prints it: "an d" three times in A/RES/73/3 (OP0,
  // OP6) made "d" common, and "th e" (OP1, OP7) with the "(e)" labels made "e" so
  const common = (w: string): boolean => (w.length > 1 || w === 'a') && (counts.get(w.toLowerCase()) ?? 0) >= 3;
  const known = (w: string): boolean => counts.has(w) || GENRE_WORDS.has(w);
  const join = (line: string): string => {
    let joined = line.replace(SPLIT_PAIR, (all: string, a: string, b: string, at: number) => {
      const whole = (a + b).toLowerCase();
      // after a hyphen only two pieces that are no words: "multidrug -resis tant", not "follow-up to"
      if (at > 0 && line.charCodeAt(at - 1) === 45 && (isGenreWord(a) || isGenreWord(b))) return all;
      // a one-letter piece that ends the word on its left is not the start of the next ("an d one": "and one", not "an done")
      if (known(whole)) return !(common(a) && common(b)) && !joinsLeft(line, a, at) ? a : all;
      // a word the file spells nowhere else ("to s ubmit it", "an obsta cle to", "the displ aced", A/RES/73/8 OP4, 73/3):
      // joined when the genre knows it and one piece is no word ("within" is not made of "deals with in")
      return genreLexicon().has(whole) && !(isGenreWord(a) && isGenreWord(b)) && !joinsLeft(line, a, at) ? a : all;
    });
    // a day or year in two pieces ("of 2 8 October 2004", "25 October 2 011"): only on a line with a digit, a space and a digit
    if (SPLIT_DIGITS_TEST.test(joined)) joined = joined.replace(P.SPLIT_DAY, '$1$2').replace(P.SPLIT_YEAR, splitYear);
    // pypdf spaces a word from its apostrophe: "the Global Strategy for Women ’s, Children ’s and Adolescents ’ Health" (A/RES/73/3 OP2)
    if (joined.includes(' ’')) joined = joined.replace(P.SPACE_BEFORE_APOSTROPHE, '$1’');
    // pypdf drops a joint symbol's hyphen: "A/67/828  S/2013/210, annex" (A/RES/73/7 footnote 7) is one document
    if (joined.includes(' S/') || joined.includes(' E/')) joined = joined.replace(P.JOINT_SYMBOL_LOST_HYPHEN, '$1-');
    return joined;
  };
  for (let i = 0; i < lines.length; i++) {
    if (removed[i]) continue;
    const line = lines[i]!;
    if (line.indexOf(' ') < 0) continue;
    lines[i] = join(line);
  }
  // the footnotes' words are split as the text's ("A/71/53/Ad d.1/Corr.1", A/RES/73/3 footnote 4)
  for (const f of footnotes) f.text = join(f.text);
}

/**
 * Is there a " -" starting before `limit`? A pre-check for SPLIT_HYPHEN_TEST on the text's
 * head. Searched from the hyphens, which are rare: text.includes(' -') stopped at every
 * space of the whole text (0.6% of a warm pass).
 */
function spaceHyphenBefore(text: string, limit: number): boolean {
  for (let i = text.indexOf('-', 1); i >= 0 && i <= limit; i = text.indexOf('-', i + 1)) {
    if (text.charCodeAt(i - 1) === 32) return true;
  }
  return false;
}

/** Line ends, odd spaces and invisible characters made plain; a form feed gets a line of its own. */
function normalizeText(text: string): string {
  let normalized = text;
  const flags = textFlags(normalized);
  if (flags & TEXT_HAS_CR) normalized = normalized.replace(/\r\n?/g, '\n');
  if (flags & TEXT_HAS_ODD_SPACE) normalized = normalized.replace(P.ODD_SPACE, ' ').replace(P.INVISIBLE, '');
  if (flags & TEXT_HAS_FORM_FEED) normalized = normalized.replace(/\f/g, '\n\f\n');
  // "the Decade 2014– 2024": the range as "2014–2024"
  normalized = normalized.replace(P.SPACED_YEAR_RANGE, '$1\u2013');
  // "10−14 January 2005": the minus sign as the en dash (rare: looked for first)
  if (normalized.indexOf('\u2212') >= 0) normalized = normalized.replace(P.MINUS_SIGN_BETWEEN_DIGITS, '\u2013');
  // an OCR'd full stop after an article at a line's end, before the name it opens: "at the forty-eighth session of the.\nGeneral
  // Assembly" (S/RES/883 (1993) PP7): no sentence ends on "the" (rare: looked for first)
  if (normalized.includes(P.STOP_AFTER_ARTICLE_TELL)) normalized = normalized.replace(P.STOP_AFTER_ARTICLE, ' the\n');
  // a font that lost "j" (rare: the tell-tale looked for first, then the whole text's want of "j")
  if (normalized.includes(P.LOST_J_TELL) && !normalized.includes('j')) normalized = normalized.replace(P.LOST_J_WORD, restoreLostJ);
  return normalized;
}

/** "Oboectives" -> "Objectives", "maoor" -> "major" (the printed word's first capital kept) */
function restoreLostJ(word: string): string {
  const fixed = P.LOST_J_FIX.get(word.toLowerCase());
  if (fixed === undefined) return word;
  return word.charCodeAt(0) < 97 ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed;
}

/**
 * A word broken at a line end loses its hyphen only when the file spells it whole elsewhere
 * (UN texts break lines at real hyphens: "Secretary-", "high-", "capacity-").
 */
class HyphenBreaks {
  private readonly checks = new Map<string, boolean>();
  private lowerText: string | undefined;
  /** does the text hold a character that lower-cases to an ASCII letter without being one (İ, the Kelvin sign)? */
  private oddCase: boolean | undefined;

  constructor(private readonly text: string) {}

  drop(first: string, second: string): boolean {
    if (!P.STARTS_LOWERCASE.test(first) || P.COMPOUND_PREFIX.test(first)) return false;
    const a = first.toLowerCase();
    const b = second.toLowerCase();
    const key = `${a}-${b}`;
    const known = this.checks.get(key);
    if (known !== undefined) return known;
    // each check scans the text: bound the work on pathological input (the hyphen then stays)
    if (this.checks.size >= 500) return false;
    const drop = this.asciiCheck(a, b) ?? this.lowerCheck(a, b, key);
    this.checks.set(key, drop);
    return drop;
  }

  /** The check as written: the lower-cased text holds the whole word and not the hyphenated one. */
  private lowerCheck(a: string, b: string, key: string): boolean {
    this.lowerText ??= this.text.toLowerCase();
    return this.lowerText.includes(a + b) && !this.lowerText.includes(key);
  }

  /**
   * lowerCheck without lower-casing the text (~10M characters over corpus-ga, then two searches of each copy),
   * for ASCII words in a text where only ASCII letters lower-case to ASCII letters (no İ, no Kelvin sign; all
   * other case mappings of non-ASCII characters stay non-ASCII): then the lower-cased text holds an ASCII word
   * exactly where the text holds it in any mix of cases. The hyphenated word is looked for at the text's
   * hyphens (rare); the whole word first as printed, then ignoring ASCII case (a non-Unicode /i regex folds
   * no non-ASCII character to an ASCII one). undefined: not such a case, lowerCheck answers.
   */
  private asciiCheck(a: string, b: string): boolean | undefined {
    if (!isAsciiLower(a) || !isAsciiLower(b)) return undefined;
    const text = this.text;
    this.oddCase ??= text.indexOf('\u0130') >= 0 || text.indexOf('\u212a') >= 0;
    if (this.oddCase) return undefined;
    for (let h = text.indexOf('-', a.length); h >= 0 && h + b.length < text.length; h = text.indexOf('-', h + 1)) {
      if (asciiFoldedAt(text, h - a.length, a) && asciiFoldedAt(text, h + 1, b)) return false;
    }
    const whole = a + b;
    return text.includes(whole) || new RegExp(whole, 'i').test(text);
  }
}

/** Only a-z (a word a regex can be made of as it stands)? */
function isAsciiLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Does `text` hold the a-z word `word` at `at`, in any ASCII case? */
function asciiFoldedAt(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Can ENDS_WITH_COMMA_LINE hold on this (non-empty) line? Its last character must be the comma, a closing quote or
 * bracket after it, or a footnote mark's digit: most lines end on a letter, and skip the slice and the regex.
 */
function mayEndWithComma(line: string): boolean {
  const c = line.charCodeAt(line.length - 1);
  return c === 44 /* , */ || (c >= 48 && c <= 57) || c === 0x201d /* ” */ || c === 0x2019 /* ’ */ || c === 34 /* " */ || c === 41 /* ) */ || c === 93 /* ] */ || isSuperscriptDigit(c);
}

const STARTS_LETTER_RE = letterRe(String.raw`^\p{L}`, 'u');

/** Paragraphs from the lines left (before merging), and the pre-merge paragraph index of each line (-1: none). */
function buildParagraphs(
  lines: string[],
  removed: Uint8Array,
  indentMode: boolean,
  splitHyphens: boolean,
  hyphens: HyphenBreaks,
): { paragraphs: Paragraph[]; lineParagraph: Int32Array } {
  const n = lines.length;
  const paragraphs: Paragraph[] = [];
  /** pre-merge paragraph index of each line, to place footnotes */
  const lineParagraph = new Int32Array(n).fill(-1);
  /** the lines of the open paragraph; glued[k] says line k joins without a space (a hyphen break) */
  let parts: string[] | undefined;
  let glued: boolean[] = [];
  let partsBreak = false;
  let pendingBreak = false;
  let lastLine = '';
  /** characters in the open paragraph's lines, for closesBefore */
  let partsLength = 0;

  const close = (): void => {
    if (!parts) return;
    // empty paragraphs are kept (and skipped when merging) so line -> paragraph indexes stay valid
    let text = parts[0]!;
    if (parts.length > 1) {
      const pieces: string[] = [text];
      for (let k = 1; k < parts.length; k++) pieces.push(glued[k] ? parts[k]! : ` ${parts[k]!}`);
      text = pieces.join('');
    }
    paragraphs.push({ text: cleanInline(text, splitHyphens), breakBefore: partsBreak });
    parts = undefined;
  };

  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    if (removed[i]) {
      pendingBreak = true;
      // a page break inside a paragraph: let the merge step decide (pypdf keeps going)
      if (!indentMode) close();
      continue;
    }
    if (isBlank(line)) {
      // pypdf: blank lines around page furniture do not end the paragraph; indentation does
      if (!(indentMode && pendingBreak)) close();
      continue;
    }
    const t = line.trim();
    const indented = indentMode && (line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9);
    const c0 = t.charCodeAt(0);
    // "* * *" separates groups of paragraphs: it ends one, it is not text
    if (c0 === 42 && P.STAR_SEPARATOR.test(t)) {
      close();
      continue;
    }
    const maybeNumbered = (c0 >= 48 && c0 <= 57) || c0 === 40;
    if (parts && (indented || (maybeNumbered && P.NUMBERED_START.test(t) && P.ENDS_SENTENCE.test(tail(lastLine))) || closesBefore(t, c0, lastLine, partsLength, parts.length))) close();
    // "... in a sustainable manner.\n45th plenary meeting\n7 December 2023" with no blank line between them (A/RES/78/71
    // OP26, 78/20 OP10, 78/70 OP22): the meeting line that closes the resolution is no part of its last paragraph
    else if (parts && maybeNumbered && P.MEETING_LINE_START.test(t) && P.ENDS_SENTENCE.test(tail(lastLine))) close();
    // "Reaffirming its resolution 582 (1986),\nDeeply concerned that, ...": a preambular paragraph opened on the
    // next line after a comma, with neither a blank line nor an indent between them
    else if (parts && c0 >= 65 && c0 <= 90 && mayEndWithComma(lastLine) && P.ENDS_WITH_COMMA_LINE.test(tail(lastLine)) && P.PREAMBLE_OPENER_LINE.test(t)) close();
    lineParagraph[i] = paragraphs.length;
    if (!parts) {
      partsLength = t.length;
      parts = [t];
      glued = [false];
      partsBreak = pendingBreak;
      pendingBreak = false;
    } else {
      const last = parts[parts.length - 1]!;
      partsLength += 1 + t.length;
      pendingBreak = false;
      // "in low-\nand lower-middle-income countries": a compound sharing its second word is no broken word
      if (last.endsWith('-') && STARTS_LETTER_RE.test(t) && !P.SHARED_COMPOUND_NEXT.test(t)) {
        const end = P.HYPHEN_BREAK_END.exec(tail(last));
        const start = P.STARTS_WORD_LOWER.exec(t);
        if (end && start && hyphens.drop(end[1]!, start[1]!)) parts[parts.length - 1] = last.slice(0, -1);
        parts.push(t);
        glued.push(true);
      } else {
        parts.push(t);
        // "for the Decade 2024–\n2034": a range of years broken after its dash is one word. Every test made on
        // every line, reads guarded: a branch or a read past the end first met late in a corpus (a line that
        // ends with a dash is rare) threw away buildParagraphs' compiled code, twice per worker over corpus-ga
        const n = last.length;
        const dash = n >= 2 && last.charCodeAt(n - 1) === 0x2013;
        const digitBefore = n >= 2 && isDigitCode(last.charCodeAt(n - 2));
        const digitAfter = t.length > 0 && isDigitCode(t.charCodeAt(0));
        // "the post-\n2015 development agenda" (A/RES/78/202 PP9), "COVID-\n19": a compound broken after its hyphen
        // before a number keeps the hyphen and joins it
        // (the letter test made on every line too: behind the hyphen test it was first run at A/RES/78/153's "post-\n2015"
        // and deopted buildParagraphs there, "Insufficient type feedback for binary operation", one compile more per worker)
        const letterBefore = n >= 2 && isLetterCode(last.charCodeAt(n - 2));
        const hyphen = letterBefore && last.charCodeAt(n - 1) === 45;
        glued.push(digitAfter && ((dash && digitBefore) || hyphen));
      }
    }
    lastLine = t;
  }
  close();
  return { paragraphs, lineParagraph };
}

/**
 * Does the open paragraph end before line `t` though no blank line, indent or sentence end says so?
 * - a heading a numbered paragraph follows on the next line ("I.\nProductive capacity development\n40. We
 *   recognize that ...", "Priority area 1: Structural transformation and science, technology\nand innovation\n36.
 *   We recognize ...", A/RES/79/233): short, its last line ends no sentence, on no function word and no comma;
 * - a numbered action heading printed on the line after a sentence ("economic coercion.\nAction 2. We will place
 *   the eradication of poverty ...", the Pact for the Future, A/RES/79/1);
 * - an annex's label alone on its line ("Annex\nList of items referred to in paragraph § of the present
 *   resolution:", S/RES/883 (1993)): a heading of its own, which ends the resolution's text for segment.
 * Its rare tests get their type feedback at load (warmUpRareTests): inlined in buildParagraphs, a test first met
 * files later would throw that function's compiled code away.
 */
function closesBefore(t: string, c0: number, lastLine: string, partsLength: number, partsCount: number): boolean {
  if (c0 >= 48 && c0 <= 57) {
    if (partsLength <= 160 && P.NUMBERED_START.test(t)) {
      const end = tail(lastLine);
      if (!P.CLOSES_PARAGRAPH.test(end) && !P.ENDS_WITH_FUNCTION_WORD.test(end)) return true;
    }
  } else if ((c0 === 65 || c0 === 79) && P.NUMBERED_ACTION_HEADING.test(t) && P.ENDS_SENTENCE.test(tail(lastLine))) return true;
  // "... targets of the Sustainable Development Goals.\nAs a follow-up to the present political declaration, we:" (A/RES/78/4
  // annex, before paragraph 108): a declaration's lead-in to the numbered paragraphs after it, on the line after a sentence's end,
  // opens a paragraph of its own; after a line that ends no sentence it ends that sentence ("... in the End TB Strategy,2 and in
  // this regard we:", A/RES/78/5)
  if (c0 >= 65 && c0 <= 90 && t.charCodeAt(t.length - 1) === 58 /* : */ && P.DECLARATION_LEAD_IN_LINE.test(t) && P.ENDS_SENTENCE.test(tail(lastLine))) return true;
  return partsCount === 1 && lastLine.length <= 12 && lastLine.charCodeAt(0) === 65 && P.ANNEX_LABEL_LINE.test(lastLine);
}

/**
 * Merges paragraphs split by a page break or a lifted footnote block. A merged
 * paragraph keeps its pieces and its end apart: re-reading a growing string's
 * end after each join would flatten it every time (quadratic on long runs).
 * finalIndex[i]: the merged paragraph that pre-merge paragraph i went to.
 */
function mergeParagraphs(paragraphs: Paragraph[], hyphens: HyphenBreaks): { merged: MergedParagraph[]; finalIndex: Int32Array } {
  const merged: MergedParagraph[] = [];
  const finalIndex = new Int32Array(paragraphs.length);
  let carriedBreak = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const prev = merged[merged.length - 1];
    finalIndex[i] = Math.max(0, merged.length - 1);
    if (p.text === '') {
      carriedBreak = carriedBreak || p.breakBefore || i > 0;
      continue;
    }
    if (carriedBreak) p.breakBefore = true;
    carriedBreak = false;
    if (prev && continuesParagraph(prev, p)) {
      const last = prev.pieces[prev.pieces.length - 1]!;
      const end = last.endsWith('-') ? P.HYPHEN_BREAK_END.exec(tail(last)) : null;
      // "and also requests the Secretary-\n[page break]\nGeneral to keep the General Assembly informed" (A/RES/80/161 OP14,
      // 78/262 OP25, 79/54 OP10): a word broken at a page break goes on after its hyphen whatever its next letter's case, as
      // at a line end (buildParagraphs); only a lowercase head may drop the hyphen
      const start = end ? P.STARTS_WORD_LOWER.exec(p.text) : null;
      if (end && (start || P.STARTS_LETTER.test(p.text)) && !P.SHARED_COMPOUND_NEXT.test(p.text)) {
        if (start && hyphens.drop(end[1]!, start[1]!)) {
          prev.pieces[prev.pieces.length - 1] = last.slice(0, -1);
          prev.length--;
        }
        prev.pieces.push(p.text);
        prev.glued.push(true);
        prev.length += p.text.length;
      } else {
        prev.pieces.push(p.text);
        prev.glued.push(false);
        prev.length += p.text.length + 1;
      }
      prev.end = tail(`${prev.end} ${p.text}`);
    } else {
      merged.push({ pieces: [p.text], glued: [false], length: p.text.length, end: tail(p.text), first: p.text });
    }
    finalIndex[i] = merged.length - 1;
  }
  return { merged, finalIndex };
}

/** The clean text (paragraphs separated by a blank line) and its footnotes, placed after the paragraph they followed.
 *  The lists below are made from array literals, not with map(): an array V8's builtin map() makes is of another map
 *  (elements kind) than one its compiled map() or an empty list makes, and compiled readers of these lists
 *  (attachFootnotes, assemble itself) were thrown away on meeting the other ('wrong map'). A literal's arrays
 *  all start with the elements kind that literal's arrays last took. */
function assemble(merged: MergedParagraph[], finalIndex: Int32Array, lineParagraph: Int32Array, pending: PendingFootnote[], splitHyphens: boolean): CleanText {
  const texts: string[] = [];
  for (const m of merged) {
    if (m.pieces.length === 1) {
      texts.push(m.pieces[0]!);
      continue;
    }
    const out: string[] = [m.pieces[0]!];
    for (let k = 1; k < m.pieces.length; k++) out.push(m.glued[k] ? m.pieces[k]! : ` ${m.pieces[k]!}`);
    texts.push(out.join(''));
  }
  const offsetsEnd: number[] = [];
  let length = 0;
  for (let i = 0; i < texts.length; i++) {
    if (i > 0) length += 2;
    length += texts[i]!.length;
    offsetsEnd.push(length);
  }
  const footnotes: CleanFootnote[] = [];
  for (const f of pending) {
    const para = f.afterLine < 0 ? -1 : lineParagraph[f.afterLine]!;
    const idx = para < 0 || merged.length === 0 ? -1 : finalIndex[para]!;
    footnotes.push({ mark: f.mark, text: cleanInline(f.text, splitHyphens), offset: idx < 0 ? 0 : offsetsEnd[idx]! });
  }
  return { text: texts.join('\n\n'), footnotes };
}

interface MergedParagraph {
  pieces: string[];
  /** glued[k]: piece k joins the one before without a space (a word broken at a hyphen) */
  glued: boolean[];
  length: number;
  /** the last characters, for end-anchored checks */
  end: string;
  /** the first piece, for checks on the paragraph's start */
  first: string;
}

/** Should `cur` be joined to `prev` (one paragraph split by a page break, footnotes or a wrap)? */
function continuesParagraph(prev: MergedParagraph, cur: Paragraph): boolean {
  if (prev.length <= 6 && P.NUMBER_ONLY.test(prev.first)) return true;
  const prevEnd = prev.end;
  if (prev.pieces.length === 1 && P.MEETING_LINE.test(prev.first)) return false;
  if (P.STARTS_LOWERCASE.test(cur.text)) return cur.breakBefore || !/[.;:][”’")\]]?$/.test(prevEnd);
  if (P.NUMBERED_START.test(cur.text) || MASTHEAD_END.test(cur.text)) return false;
  // a part's numeral alone ("I", "II") opens a part, whatever ends the paragraph before: "Determines that this action
  // constitutes a breach of the peace; and" then "I" then "Calls for the immediate cessation of hostilities" (S/RES/82 (1950))
  if (cur.text.length <= 4 && P.ROMAN_NUMERAL_ONLY.test(cur.text)) return false;
  // no paragraph or heading ends on "of", "the", "on": the page broke mid-sentence
  if (P.ENDS_WITH_FUNCTION_WORD.test(prevEnd)) return true;
  if (!cur.breakBefore) return false;
  if (P.STARTS_DIGIT.test(cur.text) || P.STARTS_SESSION_NUMBER.test(cur.text)) return true;
  if (continuesNumberedParagraph(prev, cur)) return true;
  if (P.CLOSES_PARAGRAPH.test(prevEnd)) return false;
  // a short unterminated paragraph before a page break is a heading, not a broken sentence
  return prev.length >= 40;
}

/**
 * A numbered paragraph goes on after a page break with a capitalised word: every paragraph of a numbered text
 * starts with its number, so an unnumbered one at the top of a page is the rest of the paragraph before it.
 * After a comma ("... with the administering Power,\n[page]\nNew Zealand, neighbouring countries and ...",
 * A/RES/79/110; "... Islamophobia,\n[page]\nChristianophobia and antisemitism, is a threat ...", A/RES/80/192)
 * it always is; after a full stop when it is a whole sentence or more, not a heading ("... to digital
 * development.\n[page]\nWe call upon action line facilitators to ensure ...", A/RES/80/173 paragraph 111).
 */
function continuesNumberedParagraph(prev: MergedParagraph, cur: Paragraph): boolean {
  const c = cur.text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  const p0 = prev.first.charCodeAt(0);
  if (p0 < 48 || p0 > 57 || !P.NUMBERED_START.test(prev.first)) return false;
  const prevEnd = prev.end;
  const last = prevEnd.charCodeAt(prevEnd.length - 1);
  if (last === 44 /* , */ || (last >= 48 && last <= 57 && P.ENDS_WITH_COMMA_LINE.test(prevEnd))) return true;
  if (last !== 46 /* . */ || cur.text.length < 80) return false;
  const end = cur.text.charCodeAt(cur.text.length - 1);
  return (end === 46 || end === 59 /* ; */ || end === 58) /* : */ && !P.NUMBERED_ACTION_HEADING.test(cur.text);
}

const MASTHEAD_END = /^(?:\d{1,4}\/\d{1,4}\.|Resolution adopted|Adopted by|The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)\b|Draft resolution|Resolution \d)/;

/** First-page masthead: "United Nations", "Distr.: General", the distribution date, "Original: English". */
function dropMasthead(paragraphs: Paragraph[]): void {
  let afterDistr = false;
  const limit = Math.min(paragraphs.length, 25);
  for (let i = 0; i < limit; i++) {
    const p = paragraphs[i]!;
    if (p.text === '') continue;
    if (MASTHEAD_END.test(p.text)) break;
    let text = p.text;
    const distr = P.MASTHEAD_DISTR.exec(text);
    if (distr) text = text.slice(distr[0].length);
    text = text.replace(P.MASTHEAD_UNITED_NATIONS, '').trim();
    if (P.MASTHEAD_BODY_ONLY.test(text) || P.MASTHEAD_ORIGINAL.test(text) || (afterDistr && P.MASTHEAD_DATE_ONLY.test(text))) text = '';
    afterDistr = distr !== null || (afterDistr && text === '');
    p.text = text;
  }
}

/** Running titles left as paragraphs (Markdown conversions of PDFs): a repeat of the title line. */
function dropRunningTitles(paragraphs: Paragraph[]): void {
  let title: string | undefined;
  let titleAt = -1;
  for (let i = 0; i < Math.min(paragraphs.length, 40); i++) {
    const m = P.RESOLUTION_TITLE_PARAGRAPH.exec(paragraphs[i]!.text);
    if (m) {
      title = normalizeForCompare(m[1]!);
      titleAt = i;
      break;
    }
  }
  if (title === undefined || title.length < 12) return;
  for (let i = titleAt + 1; i < paragraphs.length; i++) {
    if (paragraphs[i]!.text.length > title.length + 8 || paragraphs[i]!.text.length < 20) continue;
    // both tests below need the normalised text to open as the title does: an ASCII first character (paragraphs are
    // trimmed) lower-cased must be the title's, so most paragraphs are not normalised
    const c = paragraphs[i]!.text.charCodeAt(0);
    if (c < 128 && (c >= 65 && c <= 90 ? c + 32 : c) !== title.charCodeAt(0)) continue;
    const norm = normalizeForCompare(paragraphs[i]!.text);
    if (norm === title || (norm.length >= 20 && !P.CLOSES_PARAGRAPH.test(norm) && title.startsWith(norm))) paragraphs[i]!.text = '';
  }
}

/**
 * The rare tests of closesBefore and continuesNumberedParagraph run at load on a sample that meets each
 * of them: their type feedback is then there when V8 compiles these functions (in the first file), and a test
 * first met files later no longer throws the compiled code away (each time a recompile).
 */
function warmUpRareTests(): void {
  // (V8 allocates a function's feedback vector only after a few calls: the sample runs several times)
  for (let round = 0; round < 12; round++) warmUpRound();
}

function warmUpRound(): void {
  const lines = ['Productive capacity development', '40. We recognize that many countries have weak capacities.', 'Annex', 'List of items referred to in paragraph 5:', 'economic coercion.', 'Action 2. We will place the eradication of poverty at the centre.', 'Objective 1. Close all digital divides', 'and in the', '12. Decides to remain seized.', 'Afghanistan', '(a) To include', 'of the Sustainable Development Goals.', 'As a follow-up to the present political declaration, we:'].join('\n').split('\n');
  for (let k = 1; k < lines.length; k++) {
    for (const partsLength of [20, 400]) for (const partsCount of [1, 2]) closesBefore(lines[k]!, lines[k]!.charCodeAt(0), lines[k - 1]!, partsLength, partsCount);
  }
  const sentence = 'We call upon action line facilitators to ensure close alignment with the 2030 Agenda for Sustainable Development.';
  for (const end of ['administering Power,', 'with the Charter of the United Nations,5', 'approaches to digital development.', 'as appropriate;']) {
    const prev: MergedParagraph = { pieces: [`4. Recognizes the cooperation with the ${end}`], glued: [false], length: 40 + end.length, end, first: `4. Recognizes the cooperation with the ${end}` };
    for (const text of [sentence, `${sentence.slice(0, -1)};`, `${sentence.slice(0, -1)}:`, `${sentence.slice(0, -1)} and`, 'New Zealand, neighbouring countries and the World Health Organization;', 'Action 6. We will invest in people to end poverty and strengthen trust and social cohesion in all countries.', 'Follow-up']) {
      continuesNumberedParagraph(prev, { text, breakBefore: true });
    }
  }
}
warmUpRareTests();
