// Regular expressions of the clean stage, compiled once. Each is anchored or
// bounded so that it runs in linear time on any input (no nested quantifiers).
import { letterRe } from './letter-classes.js';
import { MONTHS } from './months.patterns.js';

/** A UN document symbol: A/RES/78/132, A/80/L.41, S/RES/1454 (2002), E/RES/2006/46, A/HRC/RES/53/29 */
export const SYMBOL_SRC = String.raw`(?:A|S|E|UNEP|TD|CRC|CEDAW)(?:\/[A-Za-z0-9.\-]+){1,5}(?: ?\(\d{4}\))?`;
/** A line that is only a document symbol */
export const SYMBOL_LINE = new RegExp(String.raw`^[ \t]*(?:United Nations[ \t]+)?(${SYMBOL_SRC})[ \t]*$`);
/** A running-title line that ends with the symbol (pypdf output of odd pages) */
export const TITLE_THEN_SYMBOL_LINE = new RegExp(String.raw`^[ \t]*(\S.*?)[ \t]+(${SYMBOL_SRC})[ \t]*$`);
/** A line that begins with the symbol then the title (pypdf output of even pages) */
export const SYMBOL_THEN_TITLE_LINE = new RegExp(String.raw`^[ \t]*(${SYMBOL_SRC})[ \t]+(\S.*?)[ \t]*$`);

/** "2/15" */
export const PAGE_NUMBER_LINE = /^[ \t]*\d{1,3}\/\d{1,3}[ \t]*$/;
/** One short lowercase word on a line ("resolution", "of", "and"): the one-word lines of a text justified one word per line */
export const ONE_LOWERCASE_WORD_LINE = letterRe(String.raw`^[ \t]*\p{Ll}[\p{L}’'-]{0,15},?[ \t]*$`, 'u');
/** "23-25902", "23-25902 (E)    291223", "02-75941 (E)" */
export const JOB_NUMBER_LINE = /^[ \t]*\d{2}-\d{5}(?:[ \t]*\([A-Z]\))?(?:[ \t]+\d{6})?[ \t]*$/;
/** pypdf puts both on one line: "18-16895 2/10", "3/10 18-16895" */
export const JOB_AND_PAGE_LINE = /^[ \t]*(?:\d{2}-\d{5}[ \t]+\d{1,3}\/\d{1,3}|\d{1,3}\/\d{1,3}[ \t]+\d{2}-\d{5})[ \t]*$/;
/** barcode "*2325902*" */
export const BARCODE_LINE = /^[ \t]*\*\d{7,10}\*[ \t]*$/;
/** "Please recycle" and similar print marks */
export const PRINT_MARK_LINE = /^[ \t]*(?:Please recycle|\d{2}-\d{5}[ \t]*\(E\)[ \t]*\d{0,6}[ \t]*\*\d{7,10}\*)[ \t]*$/i;
/** footnote separator "__________________" */
export const FOOTNOTE_RULE_LINE = /^[ \t]*_{5,}[ \t]*$/;
/** Markdown horizontal rule */
export const HORIZONTAL_RULE_LINE = /^[ \t]*(?:-{3,}|\*{3,})[ \t]*$/;

/** A footnote line of PDF text: "1  Resolutions 56/183, ...", " 2  A/58/874", "* Reissued ..." */
export const PDF_FOOTNOTE_START = /^[ \t]*(\d{1,3}|\*{1,3}|[†‡§])[ \t]+(\S.*)$/;
/** A footnote printed after the meeting line: its number, a space, a capital ("9 See Official Records ..."). */
export const TRAILING_FOOTNOTE_START = /^(\d{1,3}) ([A-Z\u201c"].*)$/;
/** The text of a footnote whose number skips one or two (the footnotes between were lost): a capital, not a month */
export const SKIPPED_FOOTNOTE_START = new RegExp(String.raw`^(?!(?:${MONTHS})\b)[A-Z“"]`);
/** The rest of a line that opens on a day of a month: "17 March 2022, and Doha, ..." (a date the line before wrapped, no footnote),
 *  or on the first day of a spaced range: "3 – 14 June 1992, vol. I, ..." (A/RES/78/143 footnote 2, 78/136, 78/151: the Rio
 *  Conference's report; "18 – 22 March 2002", the Monterrey Conference's), whose rest opens on the dash */
export const MONTH_YEAR_START =
  new RegExp(String.raw`^(?:[–-]\s?\d{1,2}\s+)?(?:${MONTHS})\s+(?:1[89]|20)\d\d\b`);
/** A footnote paragraph with a superscript mark: "¹ See A/C.2/59/3 and A/60/687." */
export const SUPERSCRIPT_FOOTNOTE_START = /^[ \t]*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)[ \t]*(\S.*)$/;
/** Markdown footnote definition "[^2]: text" */
export const MARKDOWN_FOOTNOTE_DEF = /^\[\^([^\]\s]{1,10})\]:[ \t]*(.*)$/;
/** Markdown footnote reference "[^10]" */
export const MARKDOWN_FOOTNOTE_REF = /\[\^([^\]\s]{1,10})\]/g;

/** Link residue "[70/125](#)", "[A/74/821](https://undocs.org/A/74/821)" -> the link text */
export const LINK_RESIDUE = /\[([^\]\n]{1,300})\]\((?:#[^)\s]{0,200}|[^)\s]{1,500})\)/g;
/** Markdown escapes "\(XXI\)" */
export const MARKDOWN_ESCAPE = /\\([()[\]*_#.\-!`])/g;
/** Emphasis markers around words: "*Welcomes*", "**Decides**" */
export const EMPHASIS = /(\*{1,2})(?=[^\s*])([^*\n]{1,400}?[^\s*])\1(?!\*)/g;
/** A stray URL in running text (with the space before it) */
export const STRAY_URL = /[ \t]*<?\bhttps?:\/\/[^\s<>]+>?/g;
/** Markdown heading marks */
export const MARKDOWN_HEADING = /^#{1,6}[ \t]+/;
/** pypdf splits "high-level" as "high -level", "Secretary-General" as "Secretary -General" */
export const SPACE_BEFORE_HYPHEN = letterRe(String.raw`(\p{L}) -(?=\p{L})`, 'gu');
export const WHITESPACE_RUN = /\s+/g;
/** "decision- making": a hyphen after a word, a space, a lower-case word that is not the "and"/"or" of "small- and medium-sized" */
export const HYPHEN_THEN_SPACE = letterRe(String.raw`(?<=\p{L}\p{L})- (?!(?:and|or|nor|to|as|but|versus|through|via)\b)(?=\p{Ll})`, 'gu');

/** An opening verb printed letter-spaced for emphasis, after its number: "45. I n v i t e s relevant special procedure mandate
 *  holders" (A/RES/79/172 OP45); no English paragraph opens with four single letters */
export const LETTER_SPACED_OPENING = /^(\d{1,3}\.\s)?([A-Z](?: [a-z]){3,})(?= )/;

/** Does a paragraph end its sentence/clause (so a following capitalised line is a new paragraph)? */
export const CLOSES_PARAGRAPH = /[.;:,!?][”’")\]]?(?:[ \t]?(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?[”’")\]]?$/;
/** Ends a sentence (. ; :) */
export const ENDS_SENTENCE = /[.;:][”’")\]]?(?:[ \t]?(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/;
/** A line that ends a preambular paragraph: a comma, maybe a footnote mark after it ("Protocol, 28"). */
export const ENDS_WITH_COMMA_LINE = /,[”’")\]]?(?:[ \t]?(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/;
/**
 * A line that opens a preambular paragraph ("Reaffirming further that", "Deeply concerned that", "Acting under
 * Chapter VII"): after a line ending with a comma it starts a new paragraph even without a blank line or an
 * indent (S/RES/598 (1987), A/RES/78/187 PP2). Capitalised, these words only open paragraphs; "Taking into
 * Particular Account" inside a declaration's title (A/RES/79/29) is excluded.
 */
export const PREAMBLE_OPENER_LINE =
  /^(?:(?:Deeply|Gravely|Seriously|Profoundly|Further|Also) [a-z]+|Recalling|Reaffirming|Recognizing|Noting|Welcoming|Taking note|Taking into account|Bearing in mind|Expressing|Emphasizing|Stressing|Underlining|Underscoring|Highlighting|Acknowledging|Deploring|Condemning|Convinced|Mindful|Aware|Conscious|Concerned|Alarmed|Determined|Acting under|Having (?:considered|examined|received|heard|adopted)|Considering|Affirming|Reiterating|Guided|Cognizant|Commending|Appreciating)\b/;
/** "Action 6. We will invest in people ...", "Objective 1. Close all digital divides ..." (A/RES/79/1's headings) */
export const NUMBERED_ACTION_HEADING = /^(?:Action|Objective) \d{1,3}\. [A-Z]/;
/** A declaration's lead-in line to the numbered paragraphs after it: "As a follow-up to the present political declaration, we:" (A/RES/78/4 annex) */
export const DECLARATION_LEAD_IN_LINE = /^[A-Z][^.;:]{0,160}, we:$/;
/** An annex's label alone: "Annex", "Annex II", "Appendix" (as segment's ANNEX_LINE) */
export const ANNEX_LABEL_LINE = /^(?:Annex(?:es)?|Appendix)(?:\s+(?:[IVXLC]{1,6}|[A-Z]|\d{1,2}))?$/;
/** An operative paragraph number or sub-paragraph label at the start of a line */
export const NUMBERED_START = /^(?:\d{1,3}\.(?:\s|$)|\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\)\s)/;
/** a number or label alone: "1." */
export const NUMBER_ONLY = /^(?:\d{1,3}\.|\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\))$/;
export const STARTS_LOWERCASE = letterRe(String.raw`^[\p{Ll}]`, 'u');
export const STARTS_DIGIT = /^\d/;
/** The meeting line that closes a resolution ("50th (resumed) plenary meeting 22 December 2023"): nothing after it continues it */
export const MEETING_LINE = /^\d{1,3}(?:st|nd|rd|th)[ \t]+(?:\(resumed\)[ \t]+)?plenary meeting(?:[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4})?$/;
/** A line that ends a sentence or an operative paragraph: "." or ";", maybe a closing quote or bracket (a running title may end on ":") */
export const ENDS_SENTENCE_LINE = /[.;][”’")\]]?[ \t]*$/;
/** The start of the meeting line: "50th plenary meeting", "45th (resumed) plenary meeting" */
export const MEETING_LINE_START = /^[ \t]*\d{1,3}(?:st|nd|rd|th)[ \t]+(?:\(resumed\)[ \t]+)?plenary meeting\b/;
/** A special-session or emergency-session number ("S-29/1", "ES-10/21"): a cited text, never a paragraph's first word */
export const STARTS_SESSION_NUMBER = /^[A-Z]{1,2}-\d{1,3}\/\d/;
/** word broken at a line end with a hyphen: "recog-" */
export const HYPHEN_BREAK_END = letterRe(String.raw`(\p{L}+)-$`, 'u');
export const STARTS_WORD_LOWER = letterRe(String.raw`^(\p{Ll}+)`, 'u');
/** a piece that starts with a letter of either case (after a hyphen break: "Secretary-" then "General") */
export const STARTS_LETTER = letterRe(String.raw`^\p{L}`, 'u');
/** the line after "low-" that makes it "low- and lower-middle-income": the hyphen ends a word sharing the next one's head */
export const SHARED_COMPOUND_NEXT = /^(?:and|or|nor|to)(?: |$)/;

/** First-page masthead */
export const MASTHEAD_DISTR = /^(?:United Nations\s+)?(?:(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council)\s+)?Distr\.:?\s*(?:General|Limited|Restricted)\b(?:\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*/;
export const MASTHEAD_UNITED_NATIONS = /^United Nations(?:\s+(?=(?:A|S|E)\/))?/;
export const MASTHEAD_BODY_ONLY = /^(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council)$/;
export const MASTHEAD_DATE_ONLY = new RegExp(String.raw`^\d{1,2}\s+(?:${MONTHS})\s+\d{4}$`);
export const MASTHEAD_ORIGINAL = /^Original:\s*\w+$/;
/** "78/132. Information and communications ..." (resolution title line) */
export const RESOLUTION_TITLE_PARAGRAPH = /^\d{1,4}\/\d{1,4}(?:\s?[A-Z])?\.\s+(.+)$/;
/** A part's numeral printed alone on its line ("I", "II", "IV"). */
export const ROMAN_NUMERAL_ONLY = /^[IVX]{1,4}$/;
/** A line that cannot end a paragraph: it stops on an article, preposition or conjunction */
export const ENDS_WITH_FUNCTION_WORD = / (?:of|the|on|and|to|for|in|a|an|by|with|at|from|or|as|its|their|that|which|into|between|among|under|towards?|including)$/;
export const SPACE_RUN = / {2,}/g;
/** A range of days printed with the minus sign (U+2212) for its en dash: "Port Louis, Mauritius, 10−14 January 2005", "Rio de
 *  Janeiro, 3−14 June 1992" (A/RES/79/204 notes 1, 6, 24; 78/156, 78/168, 79/215, 80/141): the dash the date readers know. */
export const MINUS_SIGN_BETWEEN_DIGITS = /(?<=\d ?)\u2212(?= ?\d)/g;
/**
 * A range of years printed with spaces at its en dash: "the Vienna Programme of Action ... for the Decade 2014– 2024" (A/RES/78/163
 * PP1), "the Sendai Framework for Disaster Risk Reduction 2015 – 2030" (A/RES/78/262 OP, 79/149 PP6), "(2014 –2023)", "(2019 –" at
 * a line's end before "2025)" (A/RES/79/242): written as the unspaced range is ("2015–2030"), which names read whole. The
 * spaces go (a line break stays, for buildParagraphs' join of "2024–\n2034"); group 1 the first year.
 */
export const SPACED_YEAR_RANGE = /(?<![\d/.\u2013-])((?:19|20)\d\d)(?: +\u2013 *| *\u2013 +| +\u2013(?=\n))(?=\n?(?:19|20)\d\d(?!\d))/g;
/**
 * A PDF whose font lost the glyph of "j" prints "o" in its place: "the Implementation of the Oboectives of the International
 * Decade for Action", "maoor", "to be hosted by Taoikistan" (A/RES/80/135 PP13, PP14), and a name so printed is not the one
 * printed elsewhere. LOST_J_TELL is the tell-tale (no English word holds it); LOST_J_WORD the misread words of the genre, none
 * an English word; LOST_J_FIX each one's stem as spelt (lower case). Read only in a text that prints no "j" at all.
 */
export const LOST_J_TELL = 'boectiv';
export const LOST_J_WORD = letterRe(String.raw`(?<!\p{L})(?:[Oo]boectiv|[Ss]uboect|[Pp]rooect|[Mm]aoor|Taoikistan|[Aa]doust|oobs?(?!\p{L}))`, 'gu');
export const LOST_J_FIX: ReadonlyMap<string, string> = new Map([
  ['oboectiv', 'objectiv'],
  ['suboect', 'subject'],
  ['prooect', 'project'],
  ['maoor', 'major'],
  ['taoikistan', 'tajikistan'],
  ['adoust', 'adjust'],
  ['oob', 'job'],
  ['oobs', 'jobs'],
]);
export const ODD_SPACE = /[\u00a0\u2007\u202f\t]/g;
/** soft hyphens, zero-width spaces and joiners, the word joiner U+2060 ("22\u2060–23 September 2024", A/RES/80/150 PP10), BOMs */
export const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
/** first halves of compounds UN texts break at the hyphen: the hyphen stays */
export const COMPOUND_PREFIX = /^(?:self|capacity|high|well|gender|nuclear|decision|long|short|cost|middle|mid|post|pre|forward|counter|by|confidence|weapon|medium|multi|information|cross|non|co|inter|intra|low|small|large|full|open|public|private|sub|anti|semi|re|all|state|country|people|human|world|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|region|user|youth|knowledge|system|military|supplier|distance|north|south|east|west|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|land|sea|age|climate|community|child|women|data|technology|science|evidence|results|rights|needs|gender|peace|follow|life|time|follow|read|rule|risk|people|mine|space|south)$/;
export const INDENTED_START = /^[ \t]+[A-Z0-9(“"]/;
/** spaces between a word, number or bracket and the comma, semicolon or closing quote after it (pypdf's kerning gaps) */
export const SPACE_BEFORE_CLOSING = letterRe(String.raw`(?<=[\p{L}\p{N})\]])[ ]+(?=[,;”])`, 'gu');
export const SPLIT_HYPHEN_TEST = letterRe(String.raw`\p{L} -\p{Ll}`, 'u');
export const STAR_SEPARATOR = /^\*(?:\s*\*){2,}$/;
/** a line ending a clause or sentence (with a footnote mark): not a running title */
export const ENDS_CLAUSE = /[.;,:][”’")\]]?(?:\s?\d{1,3})?\s*$/;
/**
 * pypdf splits numbers too: "59/11 of 2 8 October 2004", "66/6 of 25 October 2 011" (A/RES/73/8 PP6). A day in two
 * one-digit pieces after "of"/"on" before a month; a year in two pieces (four digits, 19xx or 20xx) after a day and month.
 */
export const SPLIT_DAY = new RegExp(String.raw`(?<=\b(?:of|on|from|to|and) )([1-3]) (\d)(?= (?:${MONTHS})\b)`, 'g');
export const SPLIT_YEAR = new RegExp(String.raw`(?<=\b\d{1,2} (?:${MONTHS}),? )(?=(?:1 9|2 0|19 |20 |1 \d{3}\b|2 \d{3}\b|19\d \d\b|20\d \d\b))(\d{1,3}) (\d{1,3})(?![\d/])`, 'g');
/**
 * A space before a comma, a semicolon, a closing quote or a full stop: where SPACE_BEFORE_CLOSING or SPACE_IN_SYMBOL may
 * hold. One regex, not four includes(): the engine reads the character after each space, a search stopped at every space.
 */
export const SPACE_BEFORE_PUNCTUATION = / [,”;.]/;
/**
 * A space before a space, a hyphen (cleanInline's residueFlags: "  ", " -") or SPACE_BEFORE_PUNCTUATION's marks: one scan
 * of the text as it comes tells both. Where it finds none and cleanInline changed nothing, SPACE_BEFORE_PUNCTUATION cannot
 * hold, and its own scan is skipped (it found something in 4 of corpus-ga's 64,877 cleaned texts; it now runs on 2,330). Session
 * 53 (spd53c), the 64,877 texts, one thread, ingest flags: the two scans 44-46 ms a pass, the folded one alone 24 ms (as / [ -]/
 * alone, 22-24). bench:instructions --step 30: base 6,861,940,221 and 6,863,819,937 (4c560530, two runs), new 6,858,365,707
 * (-0.07%: small, as its 31 files are; outside the 1.9M the two base runs differ by).
 */
export const SPACE_BEFORE_SPACE_HYPHEN_OR_PUNCTUATION = / [ \-,”;.]/;
/** pypdf spaces a symbol's part from its full stop: "A/AC .105/1174" (A/RES/73/6 footnote 6) */
export const SPACE_IN_SYMBOL = /(\/[A-Z]{1,8}) \.(?=\d)/g;
/**
 * pypdf drops the hyphen of a joint symbol: "A/67/828  S/2013/210, annex" (A/RES/73/7 footnote 7), printed
 * "A/67/828-S/2013/210" in the PyMuPDF texts of 78/6, 79/6, 80/6. An Assembly symbol, then spaces only, then a Council or
 * Economic and Social Council one ("A/80/62-E/2025/12"): two symbols with no comma or "and" between are one document.
 */
export const JOINT_SYMBOL_LOST_HYPHEN = /(?<![\w/])(A\/\d{1,2}\/\d{1,4}(?:\/Add\.\d{1,3})?) {1,3}(?=[SE]\/\d{4}\/\d{1,4}(?![\w/]))/g;
/** pypdf's space between a word and its apostrophe ("Women ’s", "Adolescents ’ Health", "the world ’s people") */
export const SPACE_BEFORE_APOSTROPHE = letterRe(String.raw`(\p{L}) ’(?=s\b|\s)`, 'gu');

/** An OCR'd full stop after "the" at a line's end, before a capitalised word ("of the.\nGeneral Assembly"); the tell-tale first. */
export const STOP_AFTER_ARTICLE_TELL = ' the.\n';
export const STOP_AFTER_ARTICLE = / the\.\n(?=[A-Z])/g;
