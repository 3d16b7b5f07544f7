// Split a paragraph into verb clauses typed by their main verb.
//
// The first clause opens with the paragraph's verb ("Recalling also",
// "Welcomes and urges", "Takes note with appreciation", "Deeply concerned").
// A later main verb opens a new clause:
//   operative:  ", and reaffirms", ", and in this regard calls upon", "; notes",
//               " and encourages" (strong verbs only), "(a) Encourages";
//               participles of stance verbs after a comma or "while"
//               ("..., emphasizing ...", "while noting ...") — the body is their subject;
//   preambular: ", and emphasizing the need to", ", recognizing ...".
// Verbs reporting what another body did do not: past forms ("in which the
// Assembly reaffirmed", "as reaffirmed in", "adopted by") are never in the
// table, and a present-tense verb needs a comma/"and"/a connector before it,
// not a subject ("the Assembly recognizes").
// A compound verb ("Welcomes and urges", "Recalling and reaffirming") types the
// clause by its first verb and lists the others in `also` (extract.ts emits one
// relation per type).
import type { VerbRelationType } from '../graph/model-keys.js';
import type { Clause, SubParagraph } from './models.js';
import {
  ACTS_ITEM_AT_RE,
  DECISION_INFINITIVE_RE,
  ADDRESSEE_HEAD_RE,
  ADDRESSEE_INFINITIVE_RE,
  ADDRESSEE_SPACES_RE,
  ADJECTIVE_PAIR_AFTER_RE,
  MADE_BY_END_RE,
  RECALLED_TEXT_RELATIVE_RE,
  ADDRESSEE_WORD_RE,
  AS_WELL_AS_NOUN_RE,
  BODY_PARTICIPLE_AFTER_AS_WELL_AS_RE,
  BODY_REPORTED_ACT_BEFORE_RE,
  WHILE_LEAD_RE,
  CLAUSE_CONNECTORS,
  COMMA_AND_LEAD_AT_RE,
  COMMENDED_TO_ATTENTION_RE,
  AND_BARE_THAT_RE,
  THATLESS_VERB_RE,
  ASKED_TO_AFTER_RE,
  CONNECTED_BARE_THAT_RE,
  DECLARATION_BASE_VERB,
  LEADING_ADVERBS,
  TRAILING_MODIFIERS,
  VERB_TABLE,
  type VerbEntry,
} from './clauses.patterns.js';
import { isRegexSpace } from './chars.js';
import { caseFolded } from './caseFold.js';

export type ParagraphKind = 'preambular' | 'operative';

/** A clause with the relations of the other verbs of a compound ("Welcomes and urges" -> also [URGES]). */
export type TypedClause = Clause & { also?: VerbRelationType[] };

// One positional group per table entry: a match array is far cheaper than a
// groups object with 60 named properties (measured: the named version spent
// more time allocating than matching).
//
// Adjacent entries that read the same (relation, later, inOperative) share one group (their forms
// joined in table order, so the alternation tries them in the same order and matches the same text):
// 66 groups made each of the big regexes below hold more than 63 captures, and V8 runs a regex with
// more than that (over its static 128-register vector) through the runtime on every exec, at several
// times the cost of its inline path.
const ENTRY_GROUPS: readonly VerbEntry[] = groupEntries(VERB_TABLE);
const VERB_ALTERNATION = ENTRY_GROUPS.map((e) => `(${e.forms})`).join('|');

/**
 * The table's groups, every one in one object shape (relation and inOperative always present): the
 * entries as written have four shapes, and each shape first met by optimised code ("wrong map")
 * deoptimised splitClauses, one of its costliest functions to recompile.
 */
function groupEntries(table: readonly VerbEntry[]): VerbEntry[] {
  const groups: VerbEntry[] = [];
  for (const e of table) {
    const entry: VerbEntry = { forms: e.forms, relation: e.relation, later: e.later, inOperative: e.inOperative === true };
    const last = groups[groups.length - 1];
    if (last && last.relation === entry.relation && last.later === entry.later && last.inOperative === entry.inOperative) last.forms += `|${entry.forms}`;
    else groups.push(entry);
  }
  return groups;
}

/** Number of capturing groups in a regex source (to find where the verb groups start). */
function countGroups(source: string): number {
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      i++;
      continue;
    }
    if (source[i] === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && /[A-Za-z]/.test(source[i + 3] ?? '')))) n++;
  }
  return n;
}

/** The verb groups of a match: its index of the first table group (in the source as written, before caseFolded). */
function verbBase(source: string): number {
  const at = source.indexOf(`(${ENTRY_GROUPS[0]!.forms})`);
  return countGroups(source.slice(0, at)) + 1;
}

// The verb expressions below (and WE_CANDIDATE_RE) are case-insensitive, their i flag spelled out by caseFolded (ingest/caseFold.ts):
// compiling the flag letter by letter through ICU was most of their compile (spd58a).

/** Paragraph opening: number or label residue, emphasis marks, "We", adverbs, the verb, its modifiers. */
const START_SOURCE = String.raw`^\s*(?:\d{1,3}\s*\.\s*|\(?[a-z]{1,4}\)\s*)?[*_]*\s*(?<we>We\s+)?(?<verb>${LEADING_ADVERBS}(?:${VERB_ALTERNATION})(?![\w-])${TRAILING_MODIFIERS})[*_]*`;
const START_RE = new RegExp(caseFolded(START_SOURCE));

const START_BASE = verbBase(START_SOURCE);

/** "and urges" after the first verb: a compound verb. */
const COMPOUND_AT_SOURCE = String.raw`[*_]*\s+and\s+(?<verb>(?:also\s+|further\s+|strongly\s+)?(?:${VERB_ALTERNATION})(?![\w-])${TRAILING_MODIFIERS})[*_]*`;
const COMPOUND_AT_RE = new RegExp(caseFolded(COMPOUND_AT_SOURCE), 'y');

/**
 * A later verb: what precedes it (comma, semicolon, "and", "while", a
 * sub-paragraph label) and connectors ("in this regard"), then the verb.
 */
const LATER_AT_SOURCE = String.raw`(?<lead>[,;:](?:\s?\d{1,3}(?=and\s)|(?:\s?\d{1,3})?\s+)(?:and\s*,?\s+|while\s+|but\s+|and\s+while\s+|whilst\s+|as well as\s+)?|\s+(?:and|while|whilst)\s+|(?<label>\s\([a-z]{1,4}\)\s+))(?<conn>${CLAUSE_CONNECTORS})(?<verb>(?:(?:also|further|strongly|once again|again|fully|firmly|deeply|urgently|specifically|particularly|especially|notably|equally)\s+)*(?:continues\s+to\s+)?(?:${VERB_ALTERNATION})(?![\w-])${TRAILING_MODIFIERS})`;
const LATER_AT_RE = new RegExp(caseFolded(LATER_AT_SOURCE), 'y');

/**
 * A declaration's next sentence inside a paragraph: "... metrics for digital development. We call upon
 * the United Nations ...", "... World Summit vision. We reaffirm their mandates ...". Its verb opens a
 * clause; a verb outside the table ("We will", "We are committed", "We commit") opens one with no
 * relation, so the sentence is not typed by the verb of the one before. A connector may open the sentence
 * (". In this regard, we encourage ...", ". To this end, we request ...", with or without its comma: ". In this regard we decide
 * to: (a) ...", A/RES/80/5 annex OP43, 78/1 annex) and a footnote mark may stand
 * after the full stop (".6 We decide"). In a declaration the subject may also be repeated inside a sentence
 * (", and we welcome ...", "..., we request ..."): read the same way.
 */
const SENTENCE_CONNECTORS = String.raw`(?:In (?:this|that) (?:regard|context)|In particular|To (?:this|that) end|In addition|Additionally|Furthermore|Moreover|Accordingly|At the same time|Therefore),?\s+`;
/** Connectors between a comma and a declaration's repeated subject (", and in this regard we call upon"). */
const WE_CONNECTORS = String.raw`(?:in (?:this|that) (?:regard|context|connection)|to (?:this|that) end|in particular|therefore|accordingly|also|further)\s*,?\s+`;
const SENTENCE_AT_SOURCE = String.raw`(?:\.(?:\s?\d{1,3})?\s+(?:\([a-z]{1,4}\)\s+)?(?:${SENTENCE_CONNECTORS})?|[;:]\s+\([a-z]{1,4}\)\s+|(?<inside>[,;:]\s+(?:and\s+)?(?:${WE_CONNECTORS})?|\s+and\s+(?:${WE_CONNECTORS})?)|(?<lost>\s))We\s+(?<verb>${LEADING_ADVERBS}(?:particularly\s+)?(?:${VERB_ALTERNATION})(?![\w-])${TRAILING_MODIFIERS})?(?<other>[a-z]+)?`;
const SENTENCE_AT_RE = new RegExp(caseFolded(SENTENCE_AT_SOURCE), 'y');

const COMPOUND_BASE = verbBase(COMPOUND_AT_SOURCE);
const SENTENCE_BASE = verbBase(SENTENCE_AT_SOURCE);
const LATER_BASE = verbBase(LATER_AT_SOURCE);

/** The word after a candidate point, skipping "and"/"while"/a label. */
const NEXT_WORD_AT_RE = /[,;:]?(?:\s?\d{1,3}(?=and\s)|(?:\s?\d{1,3})?\s+)(?:(?:and|while|whilst|but|as well as)\s*,?\s+)*(?:\([a-z]{1,4}\)\s+)?([A-Za-z][a-z-]*(?:\s+[a-z]+){0,2})/y;

/**
 * Words that can begin a verb of the table or a connector before it. Checked
 * before running LATER_AT_RE, which is costly to fail; tests/ingest/clauses.test.ts
 * checks that every verb of the table passes.
 */
export const LATER_HEAD_RE =
  /^(?:tak|look|call|continues\s+to\s|appeal|draw|bear|keep|recall|reaffirm|reconfirm|welcom|not[ei]|observ|recogni|acknowledg|encourag|urg|exhort|invit|request|ask|direct|instruct|entrust|emphasi|re-?emphasi|stress|underlin|highlight|underscor|reiterat|express|appreciat|commend|applaud|congratulat|pa(?:ys|ying|y)\b|recommend|regret|decid|condemn|deplor|demand|support|endors|affirm|confirm|consider|declar|proclaim|adopt|approv|accept|authori|remind|reject|expect|anticipat|remain|resolv|agre|determin|renew|commit|recommit|accordingly|therefore|thus|hence|also|further|moreover|once|again|strongly|fully|firmly|deeply|urgently|mindful|aware|conscious|cogni|convinced|concerned|alarmed|determined|gravely|seriously|profoundly|guided|desirous|in (?:this|that|particular|addition|line|accordance)\b|with\s+regard\s+to\b|to (?:this|that) end|for (?:this|that) (?:purpose|reason)|on (?:this|that) basis|as such\b|as appropriate|where appropriate|at the same|inter alia|specifically\s+[a-z]+s\b|particularly\s+[a-z]+s\b|especially\s+[a-z]+s\b|notably\s+[a-z]+s\b|equally\s+[a-z]+s\b)/i;

/** The top-level alternatives of a regex source (no alternation inside groups or classes is split). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * LATER_HEAD_RE as a pattern on the text, weaker than it: it holds wherever NEXT_WORD_AT_RE's word passes
 * LATER_HEAD_RE (that word is one capital or small letter then small letters, so each alternative needs
 * only its first letter in both cases; its end-of-word \b is dropped, as the word may stop before the text does).
 * The alternatives are grouped by that first letter ("[Cc](?:all|ontinues\s+to\s|ommend|...)"): the regex
 * engine tries the alternatives one by one, and a word that fails tried all ~110 before; now it tries ~25 letters
 * and one group. The pattern is only tested (inside a lookahead), so the order of the alternatives is free.
 */
const LATER_HEAD_AHEAD = groupedByFirstLetter(
  topLevelAlternatives(LATER_HEAD_RE.source.slice('^(?:'.length, -1)).map((alt) => `[${alt[0]!.toUpperCase()}${alt[0]!}]${alt.slice(1).replaceAll('\\b', '')}`),
);

/** "[Tt]ak", "[Tt]herefore" -> "[Tt](?:ak|herefore)": alternatives that open with the same class, one group each, in first-seen order. */
function groupedByFirstLetter(alternatives: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const alt of alternatives) {
    const letter = alt.slice(0, 4);
    const rests = groups.get(letter);
    if (rests) rests.push(alt.slice(4));
    else groups.set(letter, [alt.slice(4)]);
  }
  return [...groups].map(([letter, rests]) => (rests.length === 1 ? letter + rests[0]! : `${letter}(?:${rests.join('|')})`)).join('|');
}

/**
 * NEXT_WORD_AT_RE after its first whitespace, its word being one LATER_HEAD_AHEAD may pass. Each point's own
 * character is matched first (a comma, or the space before "and"), so the regex engine skips other characters
 * on its first-character check (25% less time than a leading lookahead read at every position).
 */
const LATER_WORD_AHEAD = String.raw`(?:(?:and|while|whilst|but|as well as)\s*,?\s+)*(?:\([a-z]{1,4}\)\s+)?(?:${LATER_HEAD_AHEAD})`;

/**
 * Where a later clause may begin: a comma, semicolon or colon followed by a
 * space, " and ", " while ", " whilst ", " (" (a sub-paragraph label), or the full
 * stop before a declaration's next sentence (". We recognize").
 * A point is kept only where the word after it (as NEXT_WORD_AT_RE reads it) may pass LATER_HEAD_RE
 * (LATER_HEAD_AHEAD): six points in seven fail it, and a test() here allocates nothing, where running
 * NEXT_WORD_AT_RE at every point built a match array and a string per point. The points kept are
 * still checked with NEXT_WORD_AT_RE and LATER_HEAD_RE, so the clauses are the same.
 *
 * Each match is one character, so points do not hide each other (", and " gives the comma and the space):
 * the point's own character for a full stop, comma, semicolon or colon; for a space, a character after it,
 * found by the engine's first-character check where a space (one character in seven) is not: the "d" of
 * " and " (then the point is 3 back), the "w" of " while"/" whilst" or the "(" of a label (1 back).
 * Before, every space entered the lookahead (" (?=and |whil(?:e|st) |\()"); read from after the connector
 * or the bracket, the lookaheads are the old ones (" and": LATER_WORD_AHEAD's first connector is the "and"
 * itself, as no head word and no label opens with "and "; " while"/" whilst" likewise; " (": only a label
 * opens with a bracket). Together with the grouped heads: 35% fewer instructions for this scan.
 */
const LATER_CANDIDATE_RE = new RegExp(
  String.raw`\.(?= We | ?\d{1,3} We | \([a-z]{1,4}\) We | (?:In|To|Furthermore|Moreover|Accordingly|Additionally|At|Therefore)\b[^.;]{0,20},? we )|[;:](?= \([a-z]{1,4}\) We )|[,;:](?= |\d)(?=(?:\s?\d{1,3}(?=and\s)|(?:\s?\d{1,3})?\s+)${LATER_WORD_AHEAD})|d(?<= and)(?= )(?=\s*,?\s+${LATER_WORD_AHEAD})|w(?<= w)(?=hil(?:e|st)(?= )\s*,?\s+${LATER_WORD_AHEAD})|\((?<= \()(?=[a-z]{1,4}\)\s+(?:${LATER_HEAD_AHEAD}))`,
  'g',
);
function laterCandidates(text: string, from: number, declaration: boolean): number[] {
  const out: number[] = [];
  LATER_CANDIDATE_RE.lastIndex = from;
  while (LATER_CANDIDATE_RE.test(text)) {
    const end = LATER_CANDIDATE_RE.lastIndex;
    const c = text.charCodeAt(end - 1);
    // the point: a space before "and" / "while" / a label, or the matched character itself
    const at = c === 100 /* d */ ? end - 4 : c === 119 /* w */ || c === 40 /* ( */ ? end - 2 : end - 1;
    // the lookbehind of a space's match may reach before `from`
    if (at >= from) out.push(at);
  }
  if (declaration) {
    // the repeated subject of a declaration (", and we welcome", "To this end, we request"): read by readSentence
    const before = out.length;
    WE_CANDIDATE_RE.lastIndex = from;
    while (WE_CANDIDATE_RE.test(text)) out.push(WE_CANDIDATE_RE.lastIndex - 1);
    // "... with the objective of advancing the development agenda of the We welcome the Awaza Programme of Action ..." (A/RES/80/3
    // annex, railcar Markdown of the PDF: the end of paragraph 1, its stop and the number 2 lost): a capital "We" right after a
    // lowercase word opens the declaration's next sentence, as after ". We" (case-sensitive: "that we" is no sentence)
    if (text.includes(' We ')) {
      LOST_STOP_WE_RE.lastIndex = from;
      while (LOST_STOP_WE_RE.test(text)) out.push(LOST_STOP_WE_RE.lastIndex - 1);
    }
    if (out.length > before) out.sort((a, b) => a - b);
  }
  return out;
}

/** A declaration's next sentence whose full stop was lost: the space between a lowercase word and a capital "We". */
const LOST_STOP_WE_RE = /(?<=[a-z]) (?=We [a-z])/g;
/** Where a declaration repeats its subject inside a sentence: ", and we", ", in this regard we", " and we". */
const WE_CANDIDATE_RE = new RegExp(caseFolded(String.raw`[,;:](?=\s+(?:and\s+)?(?:${WE_CONNECTORS})?we\s)|\s(?=and\s+(?:${WE_CONNECTORS})?we\s)`), 'g');


/** The table entry whose group matched, the verb words as printed and their head word. */
function entryOf(m: RegExpExecArray, base: number): { entry: VerbEntry; head: string; text: string } | undefined {
  for (let i = 0; i < ENTRY_GROUPS.length; i++) {
    const v = m[base + i];
    if (v !== undefined) return { entry: ENTRY_GROUPS[i]!, head: headWord(v), text: v };
  }
  return undefined;
}

/**
 * The first word of a verb phrase, lower-cased: what precedes its first space or comma (v.split(/[\s,]+/)[0], without
 * the split's regex run and array; this runs on every opening and later verb).
 */
function headWord(v: string): string {
  let k = 0;
  while (k < v.length) {
    const c = v.charCodeAt(k);
    if (c === 44 /* , */ || isRegexSpace(c)) break;
    k++;
  }
  return v.slice(0, k).toLowerCase();
}

/** An adjective of stance: "mindful", "aware", "conscious", "cognizant", "deeply concerned". */
const ADJECTIVE_END_RE = /(?:ed|ware|scious|zant|ful)$/i;
/** what follows a stance adjective ("encouraged by", "determined to", "mindful of", "concerned, in this regard, that") */
const STANCE_AFTER_RE = /^(?:,|\s*$|\s+(?:by|that|of|at|about|with|to|in|over|upon|on|for|as|also|further|both|regarding|concerning|because|and)\b)/;

/** "participle" | "third" (3rd person singular) | "base" form of the verb phrase's head. */
function formOf(head: string): 'participle' | 'third' | 'base' | 'adjective' {
  if (head.endsWith('ing')) return 'participle';
  if (/(?:ed|ware|scious|zant|ful)$/.test(head)) return 'adjective';
  if (head.endsWith('s') && !head.endsWith('ss')) return 'third';
  return 'base';
}

interface Opening {
  verb: string;
  /** offset just after the opening verb phrase */
  end: number;
  /** where the verb phrase starts when a subject is printed before it ("The Security Council requests"), else 0 */
  at: number;
  entry?: VerbEntry;
  /** the other verbs' relations; undefined when none */
  also: VerbRelationType[] | undefined;
  we: boolean;
}

/**
 * A paragraph that names its subject before the verb: the Security Council's early form ("The Security Council requests
 * the permanent members ...", S/RES/1 (1946)) and the record of a decision ("At its 65th plenary meeting, on 16 December
 * 2025, the General Assembly, on the proposal of its President, decided to invite ...", GA decision 80/524). The body
 * is the citing one; its verb types the clause as a resolution's opening verb does.
 */
const SUBJECT_FIRST_RE = new RegExp(
  String.raw`^\s*(?:At\s+its\s+[^,;]{1,80},\s+(?:on\s+[^,;]{1,40},\s+)?)?[Tt]he\s+(?:Security\s+Council|General\s+Assembly|Economic\s+and\s+Social\s+Council)(?:,\s+[^,;]{1,160},)?\s+(?:(?<past>decided|took\s+note|adopted|approved|endorsed|requested|invited|welcomed|reaffirmed|recalled|authorized|expressed|recommended|urged|encouraged)\b|(?<verb>${LEADING_ADVERBS}(?:${VERB_ALTERNATION})(?![\w-])${TRAILING_MODIFIERS}))`,
);
const SUBJECT_FIRST_BASE = verbBase(SUBJECT_FIRST_RE.source);
/** what a decision's past-tense verb maps to; entries of the table's shape (one object shape for entryOf's readers) */
const PAST_VERB_ENTRIES: ReadonlyMap<string, VerbEntry> = new Map(
  (
    [
      ['decided', 'DECIDES'], ['took note', 'NOTES'], ['adopted', 'ADOPTS'], ['approved', 'APPROVES'], ['endorsed', 'ENDORSES'], ['requested', 'REQUESTS'],
      ['invited', 'INVITES'], ['welcomed', 'WELCOMES'], ['reaffirmed', 'REAFFIRMS'], ['recalled', 'RECALLS'], ['authorized', 'AUTHORIZES'],
      ['expressed', 'EXPRESSES'], ['recommended', 'RECOMMENDS'], ['urged', 'URGES'], ['encouraged', 'ENCOURAGES'],
    ] as const
  ).map(([past, relation]) => [past, { forms: past, relation, later: 'strong', inOperative: false }]),
);

function readSubjectFirst(text: string): Opening | undefined {
  const m = SUBJECT_FIRST_RE.exec(text);
  if (!m?.groups) return undefined;
  const end = m.index + m[0].length;
  if (m.groups.past !== undefined) {
    const verb = m.groups.past.replace(/\s+/g, ' ');
    return { verb, end, at: end - m.groups.past.length, entry: PAST_VERB_ENTRIES.get(verb), also: undefined, we: false };
  }
  const found = entryOf(m, SUBJECT_FIRST_BASE);
  const printed = m.groups.verb!;
  return { verb: printed.trim(), end, at: end - printed.length, entry: found?.entry, also: undefined, we: false };
}

function readOpening(text: string): Opening | undefined {
  const m = START_RE.exec(text);
  if (!m?.groups) {
    // (only a paragraph opened by "The " or "At its ": a character test before the regex)
    const c = text.charCodeAt(0);
    return (c === 84 /* T */ && text.startsWith('The ')) || (c === 65 /* A */ && text.startsWith('At its ')) ? readSubjectFirst(text) : undefined;
  }
  const found = entryOf(m, START_BASE);
  const entry = found?.entry;
  let verb = m.groups.verb!.trim();
  // "Welcomes and urges", "Recalling and reaffirming"
  const compound = readCompoundVerbs(text, m.index + m[0].length, entry?.relation);
  const { end, also } = compound;
  if (compound.verbs.length > 0) verb = text.slice(m.index, end).replace(/[*_]/g, '').replace(/^\s*(?:\d{1,3}\s*\.\s*|\(?[a-z]{1,4}\)\s*)?(?:We\s+)?/i, '').trim();
  // a declaration's paragraph may drop the "We": "Express serious concern that ..., and acknowledge
  // that ..." (A/RES/73/3); a resolution's opens with the third person or a participle
  // ("Continues to encourage" is the third person: the form of "continue" counts)
  const head = /\b(continu(?:es|e|ing)) to\s/i.exec(m.groups.verb!)?.[1]!.toLowerCase() ?? found?.head;
  const we = Boolean(m.groups.we) || (found !== undefined && found.entry.later !== 'lead' && formOf(head!) === 'base');
  // one object shape whether or not the verb is in the table (`entry` undefined): an opening of the
  // other shape first met by optimised code deoptimised splitClauses
  return { verb, end, at: 0, entry, also, we };
}

/** The main verb of a paragraph as printed ("Recalling also", "Welcomes and urges"), or undefined. */
export function mainVerb(text: string, _kind?: ParagraphKind): string | undefined {
  return readOpening(text)?.verb;
}

/** The relation a printed verb phrase maps to ("Takes note with appreciation" -> NOTES), or undefined. */
export function verbRelation(verbPhrase: string): VerbRelationType | undefined {
  return readOpening(verbPhrase)?.entry?.relation;
}

/** a declaration's sentence opened later in a paragraph that does not open with "We" */
const LATER_WE = '. We ';
/** a lead-in that ends on "we:" right before the first item of a list */
const WE_LIST_RE = /\bwe:\s\(a\)\s/;
/** a paragraph opened by its purpose, then the declaration's subject: "To track and monitor progress, we request" (gate, then the test) */
const PURPOSE_OPENING = 'To ';
const PURPOSE_THEN_WE_RE = /^To [a-z][^.;:,]{0,120}, we [a-z]/;
/** a paragraph opened by a short adverbial of time or contrast, then the declaration's subject: "Beginning in 2026, we call upon
 * the Economic Commission for Latin America and the Caribbean ..." (A/RES/78/317 annex 41), "However, we note" (79/233 annex 8) */
const FRONTED_WE = ', we ';
const FRONTED_THEN_WE_RE = /^[A-Z][a-z]+(?: [a-z\d]+){0,4}, we [a-z]/;
/** the text an operative paragraph adopts, printed after its colon with the declaration's own subject (splitClauses) */
const ADOPTED_TEXT_WE = ': We, ';

/**
 * Verb clauses of a paragraph, in order; together they cover the whole text
 * (the first starts at 0, each ends where the next starts). A paragraph whose
 * opening verb is not in the table still gets a first clause (relation
 * undefined), so later verbs are read.
 */
export function splitClauses(text: string, kind: ParagraphKind, subparagraphs?: readonly SubParagraph[]): TypedClause[] {
  const opening = readOpening(text);
  const clauses: TypedClause[] = [];
  // a subject printed before the verb ("At its 65th plenary meeting, on ..., the General Assembly, ... decided") is
  // a clause of its own with no relation: the body and its meeting are not what it decided
  if (opening !== undefined && opening.at > 0) clauses.push(newClause(0, firstWord(text), 0, opening.at, undefined, undefined));
  clauses.push(newClause(clauses.length, opening?.verb ?? firstWord(text), opening?.at ?? 0, text.length, opening?.entry?.relation, opening?.also));

  // "We, the Heads of State and Government ..., assembled at ..., affirm that ..." (a declaration's opening paragraph, its subject
  // printed with an apposition): no verb opens it, but its later base-form verbs are the declaration's, as after "We affirm"
  // "We are encouraged by ..., and call upon ...", "We commit to ..., recognizing ...": a declaration's paragraph opened by a
  // verb outside the table is still the declaration's (its first clause types nothing)
  // (or a list its lead-in gives to "we": "Recognizing the important advisory and advocacy role ..., we: (a) Take note of ...;
  // (b) Decide to convene ...", A/RES/79/1 annex II 32; "Ocean action must be based on ... To that end we: (a) Affirm ...",
  // A/RES/79/314 annex OP30)
  // (or a sentence its purpose opens before the subject: "To track and monitor progress, we request the Secretary-General to
  // provide a Compact implementation map ..." (A/RES/79/1 annex I 71), as "To this end, we request" after a full stop)
  let declaration =
    (opening?.we ?? false) ||
    text.startsWith('We, ') ||
    text.startsWith('We ') ||
    (text.includes(' we: (') && WE_LIST_RE.test(text)) ||
    (text.startsWith(PURPOSE_OPENING) && PURPOSE_THEN_WE_RE.test(text)) ||
    (opening === undefined && text.includes(FRONTED_WE) && FRONTED_THEN_WE_RE.test(text));
  // "Scale up ..., and acknowledge ...": a commitment of a declaration opened by a verb outside the table; its later base
  // forms are the declaration's, its participles stay the adjuncts they are in any operative paragraph ("Take measures
  // ..., including by integrating ..., and supporting and training community health groups ...", A/RES/78/3 annex 72)
  const commitment = !declaration && kind === 'operative' && opening?.entry === undefined && DECLARATION_BASE_VERB.test(text);
  let resumeAt = opening?.end ?? 0;
  // "Adopts the following political declaration approved by the high-level meeting ... on 26 September 2018: We, Heads of State
  // and Government ..., assembled at the United Nations in New York on 26 September 2018, ..., reaffirm our commitment to ending
  // the tuberculosis epidemic ... in line with the Sustainable Development Goals target, commit to ..." (A/RES/73/3 OP0): the text
  // adopted, printed after the colon with its own subject, is a declaration's opening as a paragraph that starts "We, ..." is:
  // its subject and apposition type nothing, its later base-form verbs are the declaration's. Not "Adopts" the venue it met at.
  if (!declaration && kind === 'operative' && opening?.entry !== undefined) {
    const weAt = text.indexOf(ADOPTED_TEXT_WE);
    if (weAt > resumeAt) {
      clauses[clauses.length - 1]!.end = weAt + 2;
      clauses.push(newClause(clauses.length, 'We', weAt + 2, text.length, undefined, undefined));
      resumeAt = weAt + 2;
      declaration = true;
    }
  }
  // a participle was read as an adjunct inside a that-clause ("that, bearing in mind ...")
  let thatAdjunct = false;
  // a third person was read as the next verb of a relative clause ("..., which notes ..., invites ...")
  let relativeSeries = false;
  // a verb inside a quoted title is the title's ("the declaration entitled “Our ocean, our future: call for action”",
  // A/RES/79/314 annex OP2): no clause opens there
  const quoted = text.includes('“');
  // clauses opened by a participle of asking set off by a comma (addressingAsidesClosed)
  let asides: TypedClause[] | undefined;
  // (a paragraph that becomes a declaration's at a later sentence, "Transnational organized crime ... can pose a serious threat
  // .... We decide to: ... (b) Strengthen international cooperation ..., and we welcome the elaboration of the draft United Nations
  // Convention against Cybercrime", A/RES/79/1 OP45: its repeated subject is a candidate too, read once "We" has opened a sentence)
  // (a plain search, not textIncludes: in the references worker this is the one phrase asked of a paragraph, and textIncludes
  // would build the paragraph's filter for it, a pass over every character with a hash each. Session 47, spd47a: that build was
  // 1.1% of the CPU samples of a one-thread ingest of corpus-ga)
  const points = laterCandidates(text, resumeAt, declaration || text.includes(LATER_WE));
  for (let pi = 0; pi < points.length; pi++) {
    const at = points[pi]!;
    if (at < resumeAt) continue;
    if (quoted && insideQuote(text, at)) continue;
    const fullStop = text.charCodeAt(at) === 46; /* "." */
    // a declaration's next sentence (". We recognize"), or its subject repeated (", and we welcome"), or a sub-paragraph
    // of its own opened by "We" ("...: (a) We commit ...; (b) We encourage ...", A/RES/79/323 OP27, A/RES/78/1 annex OP38)
    const sentence = fullStop || declaration || text.charCodeAt(at + 2) === 40 /* ( */ ? readSentence(text, at, clauses[clauses.length - 1]!.start) : undefined;
    if (sentence) {
      clauses[clauses.length - 1]!.end = sentence.start;
      clauses.push(newClause(clauses.length, sentence.verb, sentence.start, text.length, sentence.relation, sentence.also.length ? sentence.also : undefined));
      resumeAt = sentence.end;
      declaration = true;
      continue;
    }
    if (fullStop) continue;
    NEXT_WORD_AT_RE.lastIndex = at;
    const w = NEXT_WORD_AT_RE.exec(text);
    if (!w || !LATER_HEAD_RE.test(w[1]!)) continue;
    LATER_AT_RE.lastIndex = at;
    const m = LATER_AT_RE.exec(text);
    if (!m) continue;
    const g = m.groups ?? {};
    const found = entryOf(m, LATER_BASE);
    if (!found) continue;
    const entry = found.entry;
    // "Recalling ..., and mindful of ...": an adjective after ", and" in a preamble opens
    // a clause with no relation, so what follows is not typed by the verb before it.
    if (entry.later === 'lead' && !(kind === 'preambular' && COMMA_AND_LEAD_AT_RE.test(m[0]) && ADJECTIVE_END_RE.test(found.text))) continue;
    // "... in which it decided to hold the Fifteenth Congress ..., and encouraged the relevant United Nations programmes
    // ... to cooperate with the United Nations Office on Drugs and Crime" (A/RES/80/225 PP7): a past tense with its object,
    // what the cited resolution did, not the stance adjective "encouraged by" / "determined to" / "mindful of"
    if (entry.later === 'lead' && !STANCE_AFTER_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const verbText = g.verb!;
    // "..., a political agenda, which, among other issues, calls for addressing ..." (A/RES/79/135 OP2), "decision C-28/DEC.12 ...
    // by the Conference of the States Parties to the Convention, which, inter alia, recommends that States parties ..." (79/185
    // OP6): the verb right after a relative pronoun and its aside set off by commas is the relative clause's, what the text or
    // body it stands for does, not the body's act
    if (text.charCodeAt(m.index) === 44 /* , */ && relativeAsideBefore(text, m.index)) continue;
    // ", and continues to regret ...": the third person of "continue" counts, as at a paragraph's start
    const form = verbText.includes('ontinues') ? 'third' : formOf(found.head);
    const lead = g.lead ?? '';
    const plainAnd = !/[,;:]/.test(lead) && !g.label && (g.conn ?? '') === '';
    // "Notes decision 16/35 adopted at the sixteenth meeting of the Conference of the Parties ..., which notes the work of ...,
    // invites the Parties to the Rio conventions to ..., and further invites Parties ... in line with ... decision XIII/24"
    // (A/RES/80/140 OP40): an operative third person after a bare comma, in a clause whose relative "which notes" has no verb of
    // its own yet closed, is the next verb of that relative clause, what the decision does, and so is the ", and" that ends the
    // series; what they name stays with the clause's verb. (", which encourages ..., and invites the Department", 80/129 OP11,
    // has no bare-comma verb: the body's own invitation.)
    if (kind === 'operative' && form === 'third' && !g.label && !lead.includes(';')) {
      if (lead.trim() === ',' && (g.conn ?? '') === '' && RELATIVE_THIRD_BEFORE_RE.test(text.slice(clauses[clauses.length - 1]!.start, m.index))) {
        relativeSeries = true;
        continue;
      }
      if (relativeSeries && SERIES_AND_LEAD_RE.test(lead)) continue;
    }
    if (plainAnd && entry.later !== 'strong' && !bodyActAfterAnd(text, kind, form, entry, clauses[clauses.length - 1]!.start, m.index)) continue;
    // "Recalls the adoption of the principles ..., found in its strategic plan ..., 2021–2025, which captures the region's vision of
    // itself ... and emphasizes its action plan for tourism and climate change" (A/RES/78/145 OP6): a third person joined by a
    // plain "and" (no comma) to the verb of a relative clause goes on with that clause's subject, as it does in a preamble
    // (OTHER_SUBJECT_BEFORE_RE); the body's own later verb is set off by a comma
    // (so for a that-clause describing a text: "Takes note of the decision of the Ninth Conference of States Parties that welcomes
    // the Guiding Principles on Business and Human Rights and encourages States parties to the Arms Trade Treaty ... to continue
    // discussions", A/RES/78/48 OP2: the decision encourages, the Assembly takes note, DOCUMENT_THAT_THIRD_BEFORE_RE)
    if (plainAnd && kind === 'operative' && form === 'third' && !declaration) {
      const clauseSoFar = text.slice(clauses[clauses.length - 1]!.start, m.index);
      if (RELATIVE_ANY_THIRD_BEFORE_RE.test(clauseSoFar) || DOCUMENT_THAT_THIRD_BEFORE_RE.test(clauseSoFar)) continue;
    }
    // "Recalling also its decision that, bearing in mind its resolutions 62/63 and 63/119 ..., the consideration of the report
    // ... would be continued" (A/RES/78/102 PP22, 80/160), "Notes with appreciation that, recognizing the need to balance ...,
    // the Conference allocated 15 days" (A/RES/78/67 OP, 79/78, 80/71): a participle right after "that," is an adjunct inside the that-clause
    // (and a participle joined to it by a plain "and": "taking into account the views of Member States and also noting the
    // inputs by the Secretariat, would be continued")
    if (form === 'participle' && ((lead.charCodeAt(0) === 44 /* , */ && text.startsWith('that', m.index - 4)) || (thatAdjunct && !/[,;:]/.test(lead) && !g.label))) {
      thatAdjunct = true;
      continue;
    }
    // "with a view to obtaining and reaffirming their financial commitment to the Institute" (A/RES/79/242 PP18), "in promoting
    // and encouraging respect for human rights" (the Charter's words, A/RES/78/196 PP, 79/168, 80/208): a participle joined by a
    // plain "and" to a gerund outside the table is that gerund's fellow, what others do, not the body's act
    if (plainAnd && form === 'participle' && gerundFellow(text, m.index + m[0].length - verbText.length)) continue;
    // "has been strengthened by identifying, reaffirming and consolidating specific standards" (A/RES/78/205 PP25, 80/211): a
    // participle right after "<preposition> <gerund>, " (no object between) shares that gerund's object, a series' item
    if (form === 'participle' && gerundCommaFellow(text, m.index + m[0].length - verbText.length)) continue;
    // ", as well as recognizes ...": only the third person is the body's act ("as well as support for" is a noun)
    // (but "..., and welcoming the progress made in these discussions, as well as taking note of the report of the
    // Secretary-General ..." (A/RES/79/239 PP17, 78/241 PP): "taking note" is never a noun, and the body takes note; nor
    // "..., encouraging further efforts ..., as well as welcoming the decision by the United Nations Environment Assembly"
    // (A/RES/78/232 PP13): the body's stance participles, BODY_PARTICIPLE_AFTER_AS_WELL_AS_RE)
    if (form !== 'third' && lead.includes('as well as') && !(form === 'participle' && BODY_PARTICIPLE_AFTER_AS_WELL_AS_RE.test(verbText))) continue;
    // "..., considering the provision of ...": a weak participle after a bare comma is usually a gerund in a list.
    // (but "Conscious of the importance of continuing the effective implementation of the Declaration, taking into account the
    // target set by the United Nations ... and the plan of action for the International Decades for the Eradication of
    // Colonialism" (A/RES/79/108 PP5 and 33 more territory texts), "Concerned about the difficulties ..., taking into account the
    // particular importance of the recovery of stolen assets" (79/190 PP51): after a stance that takes no object, the body's own
    // act; not inside a that-clause: "Convinced that endeavours by countries ..., taking into account the specific characteristics
    // of each region" (78/36 PP9) is what the endeavours do)
    if (entry.later === 'weak' && form === 'participle' && !/and|;/.test(lead) && (g.conn ?? '') === '' && !(entry.relation === 'TAKES_INTO_ACCOUNT' && kind === 'preambular' && stanceWithoutObject(text, clauses, m.index))) continue;
    // "Recognizing the transformative potential of digital technologies in advancing health promotion efforts, enhancing disease
    // prevention strategies, and supporting the achievement of universal health coverage ..." (A/RES/79/287 PP22), "can contribute
    // to ending poverty, ..., and supporting the overall quality of life of families" (A/RES/78/176 PP3, 79/150, 80/183), "in
    // eradicating poverty ..., and supporting sustained economic growth" (A/RES/79/222 PP31): in a preamble, a weak participle
    // after ", and" that closes a series of gerunds outside the table is the series' last item, what others do, not the body's
    // act ("..., and supporting the Secretary-General in his continuing efforts", A/RES/78/198 PP53, has no such series; "and
    // strongly supporting", an adverb of the body's stance, is the body's). Only acts others do as often ("supporting",
    // "adopting"): a stance ("and demanding the cessation of such plans", A/RES/78/78 PP21; "and taking into account", "and
    // keeping in mind", "and remaining concerned") is the body's after any series
    if (entry.later === 'weak' && form === 'participle' && kind === 'preambular' && !declaration && SERIES_ACTS.has(entry.relation) && lead.includes(',') && !lead.includes(';') && verbText.startsWith(found.text) && gerundSeriesBefore(text, clauses[clauses.length - 1]!.start, m.index)) continue;
    // "Noting further that, on 24 October 2022, the Russian Federation submitted a letter ... lodging a complaint, ... and requesting
    // the consideration of a proposed draft resolution" (A/RES/78/67 PP15, 79/78 PP15), "Acknowledging that young people are ...
    // active actors in shaping the development of artificial intelligence and calling for inclusive governance" (A/RES/80/180
    // PP27): in a preamble, a participle after a plain "and" (no comma) inside a that- or relative clause goes on with that
    // clause's subject; the body's own later participle is set off by a comma (", and welcoming")
    if (plainAnd && kind === 'preambular' && form === 'participle' && !declaration && OTHER_SUBJECT_BEFORE_RE.test(text.slice(clauses[clauses.length - 1]!.start, m.index))) continue;
    // (so a participle after ", while" that closes a body's act reported with "in which the <Body> <past>": BODY_REPORTED_ACT_BEFORE_RE)
    if (kind === 'preambular' && form === 'participle' && !declaration && WHILE_LEAD_RE.test(lead) && BODY_REPORTED_ACT_BEFORE_RE.test(text.slice(clauses[clauses.length - 1]!.start, m.index))) continue;
    // "Recalling also its resolutions 71/328 ..., 73/346 ... and 76/268 ..., which reaffirm that multilingualism is a core value of the
    // Organization ..., and requesting the Secretary-General to continue to make efforts to ensure that multilingualism is not undermined
    // ..." (A/RES/78/236 PP2, 80/170 PP2): a preamble requests nothing of its own; after a relative clause of the texts it recalls or
    // reaffirms, the request is theirs, and what it names stays with the recall ("Expressing support for ..., and requesting that the
    // Commission of Inquiry continue to brief the General Assembly", A/RES/78/222 PP23, has no recalled text: the body requests)
    if (form === 'participle' && entry.relation === 'REQUESTS' && kind === 'preambular' && !declaration && recalledTextsRequest(clauses[clauses.length - 1]!, text, m.index)) continue;
    // "..., encouraging the Agency to continue to support its members ..." (A/RES/78/157 OP2), "and calling upon the United
    // Nations system to intensify its efforts" (79/152 OP10): a participle of asking, with someone asked and an infinitive,
    // is the body's act as ", and encourages" is (not a gerund of a list: "encouraging entrepreneurship, creating ...")
    // "We further call upon the Forum to reinforce its intersessional work, support national and regional initiatives, and apply
    // ..." (A/RES/80/173 OP102): in a declaration, a base form after a bare comma in a clause that asks someone to act is the
    // next infinitive of what is asked, not the declaration's own verb (askedInfinitiveBefore)
    if (declaration && form === 'base' && lead.trim() === ',' && !g.label && (g.conn ?? '') === '' && askedInfinitiveBefore(text, clauses[clauses.length - 1]!, m.index)) continue;
    const addressing = kind === 'operative' && form === 'participle' && !declaration && !g.label && addressingParticiple(text, entry, m.index + m[0].length, clauses[clauses.length - 1]!.start, m.index);
    if (!addressing && !opensClause(kind, form, entry, lead, Boolean(g.label), declaration || (commitment && form === 'base')) && !preambleActAfterAnd(text, kind, form, entry, lead, m.index)) continue;
    // "Requests the Commission ... to undertake and present ... a stocktaking of current practices ..., highlighting opportunities
    // and challenges, to provide insights ..." (E/2025/31 draft resolution I OP125), "to submit ... a report on the implementation of
    // the present resolution, ..., emphasizing the three dimensions of sustainable development" (A/RES/79/204 OP32, 80/150 OP83),
    // "Notes ... the comments transmitted by the Commission, pursuant to paragraph 20 of General Assembly resolution 77/110 ...,
    // highlighting the relevance of its current work to ... the Sustainable Development Goals" (A/RES/78/103 OP16, 79/117, 80/161):
    // a participle of emphasis right after a document asked for or transmitted says what the document says, not the body's stance
    // (DESIGN.md: verbs that report what another does open no clause); what it names stays with the clause of that document
    if (kind === 'operative' && form === 'participle' && entry.relation === 'EMPHASIZES' && lead.charCodeAt(0) === 44 /* , */ && !/and|;/.test(lead) && (g.conn ?? '') === '' && documentContentBefore(text, clauses[clauses.length - 1]!.start, m.index)) continue;
    // "takes note of the statements of the Legal Counsel at the 297th and 298th meetings of the Committee, reiterating his
    // statement at the emergency, 295th, meeting ..." (A/RES/80/172 OP8): one reiterates one's own words, so the participle
    // before "his"/"her" is that person's act, not the body's ("welcoming his report" is the body's: A/RES/78/189 PP)
    if (form === 'participle' && OWN_WORDS_RE.test(verbText) && HIS_HER_AT_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
    // "Recalling the joint statement ... issued by China, France, ... on 3 January 2022, affirming that ..., and the statement by the
    // New Agenda Coalition issued on 25 January 2022,4 calling for the five nuclear-weapon States to ..." (A/RES/78/42 PP7, 79/35,
    // 80/39): a participle right after the day a text was issued says what that text does, not the body's own act
    if (form === 'participle' && ISSUED_ON_DAY_END_RE.test(text.slice(Math.max(clauses[clauses.length - 1]!.start, m.index - 240), m.index + m[0].length - verbText.length))) continue;
    // ("..., and in this regard, building upon the discussion at the previous high-level event on culture and sustainable
    // development, invites the President ...", A/RES/78/161 OP26: what the later verb builds on is its clause's, from "building")
    const conn = g.conn ?? '';
    const building = conn.length > 12 ? namingConnectorAt(conn, lead) : -1;
    const start = building >= 0 ? m.index + lead.length + building : m.index + m[0].length - verbText.length;
    resumeAt = m.index + m[0].length;
    const prev = clauses[clauses.length - 1]!;
    prev.end = start;
    const opened = newClause(clauses.length, verbText.trim(), start, text.length, entry.relation, undefined);
    clauses.push(opened);
    // (an aside set off by a bare comma after the main verb's objects: ", as well as ..." may go back to them)
    if (addressing && lead.trim() === ',') (asides ??= []).push(opened);
  }
  if (asides !== undefined) addressingAsidesClosed(text, clauses, asides);
  commendedToAttention(text, clauses);
  if (kind === 'operative' && clauses.length > 1 && text.includes(' regard')) bareThatClausesResumed(text, clauses);
  if (kind === 'preambular' && clauses.length > 1 && text.includes(AND_THAT)) bareThatAfterObjectResumed(text, clauses);
  // (the preamble's participles too: "urging Parties and inviting other Governments, ..., to ensure the ... implementation of the
  // Framework", A/RES/80/144 PP20; "Encouraging Member States and inviting multi-stakeholders ..., to develop", 79/322)
  if (clauses.length > 1) sharedComplements(text, clauses);
  if (kind === 'operative' && clauses.length > 1 && text.includes(AND_TO)) askedInfinitivesResumed(text, clauses);
  if (clauses.length > 1 && text.includes(', and ')) sharedObjects(text, clauses);
  if (clauses.length > 1 && ELIDED_OWNER_GATE_RE.test(text)) elidedOwnersShared(text, clauses);
  if (kind === 'operative' && clauses.length > 1 && clauses.some(opensByParticiple)) {
    if (text.includes(' thus ') || text.includes(' thereby ')) resultParticiplesResumed(text, clauses);
    adjunctsClosed(text, clauses);
    if (text.includes(DECISION_OF)) decisionInfinitivesResumed(text, clauses);
  }
  if (subparagraphs !== undefined && subparagraphs.length > 1 && clauses.length > 1) return withListVerbRestored(text, clauses, subparagraphs);
  return clauses;
}

/**
 * "..., notes that the Committee encourages Member States ..., requests the host country to ..., and urges the host country to
 * continue to take appropriate action ..., and in this regard that the Committee notes the serious concerns raised by a Member State
 * ... by host country Customs and Border Protection officers" (A/RES/78/116 OP2, 79/130 OP2): a bare that-clause cannot be what an
 * addressee is asked to do with an infinitive; it goes on with the verb that last took a that-clause ("notes that ..."), elided
 * (the 2025 text, A/RES/80/172 OP2, prints it: "and in this regard notes that the Committee notes"). A clause of its own opens at
 * "that", typed by that verb.
 */
function bareThatClausesResumed(text: string, clauses: TypedClause[]): void {
  CONNECTED_BARE_THAT_RE.lastIndex = 0;
  for (let m = CONNECTED_BARE_THAT_RE.exec(text); m !== null; m = CONNECTED_BARE_THAT_RE.exec(text)) {
    const at = m.index + m[0].length;
    const k = clauses.findIndex((c) => c.start < m!.index && at < c.end);
    if (k < 1) continue;
    const asking = clauses[k]!;
    const askedAt = text.indexOf(asking.verb, asking.start) + asking.verb.length;
    if (!ASKING_RELATIONS.has(asking.relation) || !ASKED_TO_AFTER_RE.test(text.slice(askedAt, m.index))) continue;
    let thatVerb: TypedClause | undefined;
    for (let j = k - 1; j >= 0 && thatVerb === undefined; j--) {
      const c = clauses[j]!;
      const verbAt = text.indexOf(c.verb, c.start);
      if (c.relation !== undefined && verbAt >= 0 && text.startsWith(' that ', verbAt + c.verb.length)) thatVerb = c;
    }
    if (thatVerb === undefined) continue;
    const resumed = newClause(k + 1, 'that', at, asking.end, thatVerb.relation, thatVerb.also);
    asking.end = m.index;
    clauses.splice(k + 1, 0, resumed);
    for (let j = k + 2; j < clauses.length; j++) clauses[j] = newClause(j, clauses[j]!.verb, clauses[j]!.start, clauses[j]!.end, clauses[j]!.relation, clauses[j]!.also);
  }
}

const AND_THAT = ', and that ';

/**
 * AND_BARE_THAT_RE: ", and that ..." inside a later participle's clause whose verb takes no that-clause (THATLESS_VERB_RE: "..., and
 * strongly condemning such killings when they take place, and that women and girls ... are disproportionately affected", A/RES/79/176
 * PP13) goes on with the nearest earlier verb that took a that-clause, else with the paragraph's verb. A clause of its own opens at
 * "that", typed by that verb. Not after a participle that may take one ("reiterating the need ..., and that", A/RES/78/140 PP19).
 */
function bareThatAfterObjectResumed(text: string, clauses: TypedClause[]): void {
  AND_BARE_THAT_RE.lastIndex = 0;
  for (let m = AND_BARE_THAT_RE.exec(text); m !== null; m = AND_BARE_THAT_RE.exec(text)) {
    const at = m.index + m[0].length;
    const k = clauses.findIndex((c) => c.start < m!.index && at < c.end);
    if (k < 1) continue;
    const later = clauses[k]!;
    const verbAt = text.indexOf(later.verb, later.start);
    if (!THATLESS_VERB_RE.test(later.verb) || verbAt < 0 || text.slice(verbAt + later.verb.length, m.index).includes(' that ')) continue;
    let resumedVerb: TypedClause = clauses[0]!;
    for (let j = k - 1; j > 0; j--) {
      const c = clauses[j]!;
      const cVerbAt = text.indexOf(c.verb, c.start);
      if (c.relation !== undefined && cVerbAt >= 0 && text.startsWith(' that ', cVerbAt + c.verb.length)) {
        resumedVerb = c;
        break;
      }
    }
    if (resumedVerb.relation === undefined) continue;
    const resumed = newClause(k + 1, 'that', at, later.end, resumedVerb.relation, resumedVerb.also);
    later.end = m.index;
    clauses.splice(k + 1, 0, resumed);
    for (let j = k + 2; j < clauses.length; j++) clauses[j] = newClause(j, clauses[j]!.verb, clauses[j]!.start, clauses[j]!.end, clauses[j]!.relation, clauses[j]!.also);
  }
}

/** "Commends <a text> to the attention of <addressees>" recommends the text (COMMENDED_TO_ATTENTION_RE): the clause is retyped */
function commendedToAttention(text: string, clauses: TypedClause[]): void {
  for (const c of clauses) {
    if (c.relation !== 'APPRECIATES' || !c.verb.startsWith('ommend', 1)) continue;
    if (COMMENDED_TO_ATTENTION_RE.test(text.slice(c.start, c.end))) c.relation = 'RECOMMENDS';
  }
}

/**
 * Whether the paragraph so far is one stance with no relation ("Conscious of ...", "Concerned about ...") and no that-clause up
 * to `at`, whose subject a participle there could belong to.
 */
function stanceWithoutObject(text: string, clauses: readonly Clause[], at: number): boolean {
  const only = clauses.length === 1 ? clauses[0]! : undefined;
  return only !== undefined && only.relation === undefined && !text.slice(only.start, at).includes(' that ');
}

const BUILDING_ON = 'building ';

/** how far back from an aside's closing comma its relative pronoun may stand ("which, among other issues,") */
const RELATIVE_ASIDE_REACH = 60;
/**
 * Whether the comma at `at` closes a relative pronoun ("which", "who") or its aside: "which, inter alia," (the comma right after
 * the pronoun, the aside read as the later verb's connector) or "which, among other issues," (the comma after the aside, no
 * comma or semicolon between).
 */
function relativeAsideBefore(text: string, at: number): boolean {
  if (text.startsWith(' which', at - 6) || text.startsWith(' who', at - 4)) return true;
  const k = Math.max(text.lastIndexOf('which, ', at), text.lastIndexOf(' who, ', at));
  if (k < 0 || at - k > RELATIVE_ASIDE_REACH) return false;
  const asideStart = text.indexOf(', ', k) + 2;
  for (let i = asideStart; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 /* , */ || c === 59 /* ; */) return false;
  }
  return asideStart < at;
}

/** a document whose content a participle may tell (the last one before the participle is read) */
const DOCUMENT_NOUN_RE = /\b(?:reports?|comments|stocktaking|study|summary|overview|analysis|assessment)\b/g;
/** the document asked for: an infinitive of producing it before it ("to prepare and submit ... a report") */
const PRODUCE_INFINITIVE_RE = /\bto\s+(?:[a-z]+\s+and\s+)?(?:prepare|submit|present|produce|undertake|conduct|compile|issue)\b/;
/** the document transmitted: "the comments transmitted by the Commission" */
const TRANSMITTED_BY_RE = /^\s+(?:transmitted|submitted|prepared|presented|issued)\s+by\b/;
/** Whether text[from, to) ends with a document asked for or transmitted, within a sentence's reach of `to`, no semicolon after it. */
function documentContentBefore(text: string, from: number, to: number): boolean {
  const slice = text.slice(from, to);
  let last: RegExpExecArray | null = null;
  DOCUMENT_NOUN_RE.lastIndex = 0;
  for (let d = DOCUMENT_NOUN_RE.exec(slice); d !== null; d = DOCUMENT_NOUN_RE.exec(slice)) last = d;
  if (last === null || slice.length - last.index > 400 || slice.includes(';', last.index)) return false;
  const after = last.index + last[0].length;
  return TRANSMITTED_BY_RE.test(slice.slice(after, after + 20)) || PRODUCE_INFINITIVE_RE.test(slice.slice(0, last.index));
}
/**
 * Where a connector that names something starts in the later verb's connector: "building on X", and "in line with X" /
 * "in accordance with X" ("..., draws attention to the gender digital divide, ..., and, in line with Sustainable Development
 * Goal 5 on achieving gender equality and empowering all women and girls, calls upon Member States and other stakeholders
 * ... to adopt all needed measures", E/2025/31 draft resolution I OP68): what the later verb acts in line with is its
 * clause's, not what the verb before drew attention to. -1 when the connector names nothing ("in this regard").
 */
function namingConnectorAt(conn: string, lead: string): number {
  let at = conn.indexOf(BUILDING_ON);
  // only after "and": "Underlining the importance of timely ... information ..., in accordance with the 2030 Agenda, noting global
  // and regional initiatives" (A/RES/78/138 PP32), "(b) Facilitate ... engagement ..., in line with Council resolution 1996/31 of 25
  // July 1996; (c) Support the youth forum" (A/RES/79/1 OP71): set off by commas alone, the phrase closes the clause before
  if (!lead.includes('and')) return at;
  for (const opener of NAMING_CONNECTORS) {
    const i = conn.indexOf(opener);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}
// ("..., and with regard to the Repertoire calls upon the Secretary-General", A/RES/78/111 OP18: the Repertoire is what the call is about)
const NAMING_CONNECTORS = ['in line with ', 'in accordance with ', 'with regard to '] as const;

/** weak verbs of acts that others do as often as the body ("supporting", "adopting"), unlike its stance ("demanding", "taking into account") */
const SERIES_ACTS: ReadonlySet<VerbRelationType | undefined> = new Set<VerbRelationType | undefined>(['SUPPORTS', 'ADOPTS', 'APPROVES', 'ACCEPTS']);
/** a gerund after a comma or a preposition ("in advancing", ", enhancing", "to ending") */
const GERUND_IN_SERIES_RE = /(?:,\s+|\b(?:in|by|to|of|through|towards|for|on)\s+)([a-z]+ing)\b/g;
/** words in -ing that are no gerund of a series: prepositions, and nouns of the genre */
const NOT_GERUND_RE = /^(?:including|regarding|concerning|following|during|according|notwithstanding|pending|excluding|funding|financing|meeting|training|building|planning|understanding|reporting|monitoring|learning|housing|spending|setting|beginning|being|offering|warning|gathering|undertaking|trafficking|peacekeeping|peacebuilding|marketing|bearing|standing|hearing|thing|nothing|something|anything|everything|morning|evening|king|ring|string|spring|wing|ceiling|sibling|shipping|clothing|wellbeing|lending|borrowing|dumping|fishing|mining|pricing|rating|ranking|licensing|processing|programming|engineering|manufacturing|catering|policing|sentencing|timing|wording|dealing|listing|meaning)$/;
/** Whether a gerund outside the table (a series' item) stands in text[from, to). */
function gerundSeriesBefore(text: string, from: number, to: number): boolean {
  const slice = text.slice(from, to);
  if (!slice.includes('ing')) return false;
  GERUND_IN_SERIES_RE.lastIndex = 0;
  for (let g = GERUND_IN_SERIES_RE.exec(slice); g !== null; g = GERUND_IN_SERIES_RE.exec(slice)) {
    if (!NOT_GERUND_RE.test(g[1]!) && !LATER_HEAD_RE.test(g[1]!)) return true;
  }
  return false;
}

/** "<gerund> and (also) " ends right before `start`, the gerund no verb of the table (nor a word before one: LATER_HEAD_RE). */
const GERUND_AND_END_RE = /\b([a-z]+ing)\s+and\s+(?:also\s+)?$/;
function gerundFellow(text: string, start: number): boolean {
  const g = GERUND_AND_END_RE.exec(text.slice(Math.max(0, start - 40), start));
  return g !== null && !LATER_HEAD_RE.test(g[1]!);
}
/** "<preposition> <gerund>, " ends right before `start`, the gerund no verb of the table nor a noun in -ing (NOT_GERUND_RE). */
const PREPOSITION_GERUND_COMMA_END_RE = /\b(?:in|by|to|of|through|towards|for|on)\s+([a-z]+ing),\s+$/;
function gerundCommaFellow(text: string, start: number): boolean {
  const g = PREPOSITION_GERUND_COMMA_END_RE.exec(text.slice(Math.max(0, start - 40), start));
  return g !== null && !NOT_GERUND_RE.test(g[1]!) && !LATER_HEAD_RE.test(g[1]!);
}

/** Whether `at` stands inside a quoted title: after an opening quote not yet closed, with its closing quote close after it. */
function insideQuote(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at);
  if (open < 0 || text.lastIndexOf('”', at) > open) return false;
  const close = text.indexOf('”', at);
  return close >= 0 && close - open < 300;
}

/** participles of repeating one's own words */
const OWN_WORDS_RE = /^(?:reiterating|reaffirming|restating)$/;
/** a text issued on a day, up to the comma (and footnote mark) before a participle: "issued by ... on 3 January 2022, ", "issued on
 *  25 January 2022,4 ", "issued on 5 June and 2 October 2015, " */
const ISSUED_ON_DAY_END_RE = /\bissued\s+(?:by\s+[^;]{1,200}?\s+)?on\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+and\s+\d{1,2}\s+[A-Z][a-z]+)?\s+\d{4}\s*,\s*\d{0,3}\s*$/;
/** "his " / "her " right after the participle */
const HIS_HER_AT_RE = /^\s(?:his|her)\s/;

/** a later clause opened by a participle (", noting ...") */
function opensByParticiple(c: TypedClause): boolean {
  return c.start > 0 && c.verb.endsWith('ing');
}

/** ", thus ensuring", ", thereby contributing": a participle of result, set off by a comma */
const RESULT_PARTICIPLE_RE = /,\s+(?:thus|thereby)\s+[a-z]+ing\b/g;
/** before a stance participle opened inside its sentence: ", noting", ", and noting" */
const PARTICIPLE_SET_OFF_END_RE = /,\s+(?:and\s+)?$/;

/**
 * "Welcomes the commitment of the parties to continue to show political will ..., noting efforts and developments since
 * 2006, thus ensuring the implementation of Security Council resolutions 1754 (2007), ..." (A/RES/78/85 OP3): an operative
 * clause opened by a stance participle (", noting") ends at a participle of result, which tells what the main clause's
 * object does; the clause before it resumes there (its index: one edge per target per verb clause).
 */
function resultParticiplesResumed(text: string, clauses: TypedClause[]): void {
  for (let k = clauses.length - 1; k >= 1; k--) {
    const c = clauses[k]!;
    const prev = clauses[k - 1]!;
    if (!c.verb.endsWith('ing') || prev.relation === undefined) continue;
    // (a participle heading its own item "(n) Recognizing that ..., thus helping to achieve the 2030 Agenda" (A/RES/80/5 annex
    // OP29) is no aside of the clause before: its result stays its own)
    if (!PARTICIPLE_SET_OFF_END_RE.test(text.slice(Math.max(0, c.start - 8), c.start))) continue;
    RESULT_PARTICIPLE_RE.lastIndex = c.start;
    const m = RESULT_PARTICIPLE_RE.exec(text);
    if (!m || m.index >= c.end) continue;
    const at = m.index + 1;
    clauses.splice(k + 1, 0, newClause(prev.index, prev.verb, at, c.end, prev.relation, prev.also));
    c.end = at;
  }
}

/**
 * Whether the participle whose verb phrase ends at `after` asks someone to act: a verb of asking, then an addressee (an actor,
 * perhaps with a phrase set off by commas: "the Agency, in its capacity as an observer of the General Assembly ..., to continue",
 * A/RES/80/142 OP2; "all Member States and, where applicable, other stakeholders to refrain", 79/152 OP5) and "to" with a verb.
 * Not inside a list of the addressees' own acts ("(i) Considering ..., and encouraging persons belonging to ... minorities to
 * meaningfully participate", 80/199 OP16; "including by collecting data ..., by examining ... and urging all relevant
 * stakeholders to work with the United Nations", 79/149 OP35): there the participle is what they do.
 */
function addressingParticiple(text: string, entry: VerbEntry, after: number, clauseStart: number, at: number): boolean {
  if (!ASKING_RELATIONS.has(entry.relation) || !addresseeThenInfinitive(text, after)) return false;
  if (MADE_BY_END_RE.test(text.slice(Math.max(clauseStart, at - 160), at))) return false;
  // the item `at` stands in: after the last label before it
  const label = text.lastIndexOf(') ', at);
  if (label >= 0) {
    const open = text.lastIndexOf('(', label);
    if (open >= 0 && ACTS_ITEM_AT_RE.test(text.slice(open, label + 40))) return false;
  }
  return !gerundSeriesBefore(text, clauseStart, at);
}

/**
 * Whether `clause` asks someone to act and its infinitive stands before `at`: "We further call upon the Forum to reinforce its
 * intersessional work, support ..." (A/RES/80/173 OP102), "We call upon all stakeholders to strengthen independent and public
 * media, support media workers and ensure ..." (OP77). A base form there is one more infinitive of the series the addressee is
 * asked for.
 */
function askedInfinitiveBefore(text: string, clause: Clause, at: number): boolean {
  if (!ASKING_RELATIONS.has(clause.relation)) return false;
  const verbAt = text.indexOf(clause.verb, clause.start);
  if (verbAt < 0 || verbAt >= at) return false;
  const after = verbAt + clause.verb.length;
  const to = text.indexOf(' to ', after);
  return to >= 0 && to < at && addresseeThenInfinitive(text, after);
}

/** " the Agency to continue", " relevant stakeholders, including ..., to review": an actor addressed, then "to" and a verb. */
function addresseeThenInfinitive(text: string, after: number): boolean {
  const window = text.slice(after, after + 320);
  if (ADJECTIVE_PAIR_AFTER_RE.test(window)) return false;
  const to = window.indexOf(' to ');
  if (to < 0 || !ADDRESSEE_INFINITIVE_RE.test(window.slice(to + 1))) return false;
  const span = window.slice(0, to);
  if (span.includes(';') || span.includes(':')) return false;
  const comma = span.indexOf(',');
  // "the Agency, in its capacity ..., to": the name before the set-off phrase; "all Member States and, where applicable, other
  // stakeholders to": the names around it
  const names = comma < 0 ? [span] : span.endsWith(',') ? [span.slice(0, comma)] : [span.slice(0, comma), span.slice(span.lastIndexOf(',') + 1)];
  for (const name of names) {
    const words = name.trim().split(ADDRESSEE_SPACES_RE);
    if (words[words.length - 1] === 'and') words.pop();
    if (words.length === 0 || words.length > 8 || words.some((w) => ADDRESSEE_WORD_RE.test(w))) return false;
    if (!ADDRESSEE_HEAD_RE.test(words[words.length - 1]!)) return false;
  }
  return true;
}

/**
 * "Also takes note of the role and activities of the International Renewable Energy Agency, encouraging the Agency ... to continue
 * to support its members ..., as well as the contributions of the International Solar Alliance" (A/RES/78/157 OP2, 79/211, 80/142):
 * a participle of asking set off by a comma after the main verb's objects is an aside; ", as well as the ..." goes back to those
 * objects, and the main clause resumes there (its index: one edge per target per verb clause). Only after the paragraph's own
 * verb: after another participle (", while expressing concern ... and urging all external actors to respect the Charter ..., as
 * well as the unity ... of Syria", 80/224 OP18) the list is the infinitive's.
 */
function addressingAsidesClosed(text: string, clauses: TypedClause[], asides: readonly TypedClause[]): void {
  for (let k = clauses.length - 1; k >= 1; k--) {
    const c = clauses[k]!;
    const prev = clauses[k - 1]!;
    if (!asides.includes(c) || prev.relation === undefined || ASKING_RELATIONS.has(prev.relation) || opensByParticiple(prev)) continue;
    AS_WELL_AS_NOUN_RE.lastIndex = c.start;
    const m = AS_WELL_AS_NOUN_RE.exec(text);
    if (!m || m.index >= c.end) continue;
    const at = m.index + 1;
    clauses.splice(k + 1, 0, newClause(prev.index, prev.verb, at, c.end, prev.relation, prev.also));
    c.end = at;
  }
}

/** verbs of asking whose objects may share one infinitive ("requests X, and urges Y, to continue ...") */
const ASKING_RELATIONS: ReadonlySet<VerbRelationType | undefined> = new Set<VerbRelationType | undefined>(['URGES', 'ENCOURAGES', 'INVITES', 'REQUESTS', 'CALLS_UPON']);
/** ", and " (and an adverb of the verb) right before a later verb */
const COMMA_AND_END_RE = /,\s+and\s+$/;
/** "calls for": its object is a thing */
const CALLS_FOR_RE = /\bfor$/i;
/** an infinitive of its own in the first verb's clause ("requests the Secretary-General to mobilize ...") */
const OWN_INFINITIVE_RE = /\bto\s+[a-z]/;
/** the first verb's infinitive, one word with no object, right before the plain "and" of the second verb (" to submit and ") */
const OBJECTLESS_INFINITIVE_AND_RE = /\sto\s+[a-z]+\s+and\s+$/;
/** the comma before the shared infinitive (not "to the", "to its": a recipient) */
const SHARED_TO_RE = /,\s+to\s+(?!(?:the|a|an|its|their|this|that|these|those|all|each)\s)[a-z]/g;
/**
 * the first verb's few addressees and a plain "and" before the later verb ("Member States and ", "all States and ", "donor
 * countries and ", "relevant organizations and bodies of the United Nations system and ", A/RES/80/3 annex paragraph 24): those
 * asked to act, not a thing asked for ("Encourages cooperation and invites States to ...")
 */
const ADDRESSEES_AND_RE =
  /^\s+(?:[^,;:()\s]+\s+){0,3}?(?:States|Governments|countries|[Pp]arties|members|organizations|entities|agencies|stakeholders|institutions|donors|partners|Secretary-General)(?:\s+and\s+(?:bodies|organs|entities|agencies|funds and programmes))?(?:\s+of\s+the\s+United\s+Nations(?:\s+system)?)?\s+and\s+$/;
/** after a plain "and": the space or comma before the shared infinitive */
const PLAIN_SHARED_TO_RE = /,?\s+to\s+(?!(?:the|a|an|its|their|this|that|these|those|all|each)\s)[a-z]/g;

/**
 * "requests the relevant United Nations entities and United Nations country teams, and urges other relevant stakeholders,
 * to continue to integrate disaster risk reduction and the implementation of the Sendai Framework into their work ..."
 * (A/RES/78/152 OP56, 79/205, 80/137), "calls upon Member States, and invites other multilateral development partners ...,
 * to make voluntary contributions to the trust fund ... in accordance with resolution 59/244" (A/RES/80/150 OP78),
 * "Requests United Nations agencies and organizations, and invites intergovernmental and non-governmental organizations,
 * to continue to strengthen efforts ... on the Convention" (A/RES/78/195 OP3): two verbs of asking, each with its own
 * objects, share the infinitive printed after the second verb's objects and a comma. The first verb asks it too, so from
 * that comma on the second clause also has the first verb's relation (its index: one edge per target per clause). Not when
 * the first verb's clause has an infinitive of its own ("requests the Secretary-General to mobilize extrabudgetary
 * resources, and invites ..., to ...").
 * The same with a plain "and" after the first verb's few addressees: "Calls upon Member States and invites other stakeholders
 * to take action to cooperate with ... the 2030 Agenda" (A/RES/78/265 OP4, 79/194 OP65, 80/118 OP70), "Calls upon all States
 * and encourages non-State actors to implement the Guiding Principles" (A/RES/78/216 OP29), "Encourages Member States and
 * invites multi-stakeholders ..., to develop" (78/265 OP3): the first verb has no object but its addressees, so it asks
 * what the second asks; the infinitive may follow the second verb's objects without a comma.
 */
function sharedComplements(text: string, clauses: TypedClause[]): void {
  for (let k = clauses.length - 1; k >= 1; k--) {
    const c = clauses[k]!;
    const prev = clauses[k - 1]!;
    if (prev.relation === undefined || !ASKING_RELATIONS.has(prev.relation) || !ASKING_RELATIONS.has(c.relation) || prev.index === c.index) continue;
    // ("Calls for the proclamation of another International Year of Cooperatives in 2025, and encourages all Member States
    // ..., to take advantage of ...", A/RES/78/175 OP3: what is called for is a thing, not someone asked to act)
    if (CALLS_FOR_RE.test(prev.verb)) continue;
    // from the verb as printed: a declaration's clause starts at its subject ("We call upon ... and invite ...", A/RES/80/3
    // annex paragraph 24)
    const prevVerbAt = text.indexOf(prev.verb, prev.start);
    const between = text.slice(prevVerbAt >= 0 && prevVerbAt < c.start ? prevVerbAt + prev.verb.length : prev.start + prev.verb.length, c.start);
    const plain = !COMMA_AND_END_RE.test(between);
    // ("Calls upon all States parties to submit and encourages them to make available, ..., their initial reports, ... as required
    // under article 13 of the Treaty", A/RES/78/48 OP6, 79/52, 80/46: the first verb's infinitive has no object before "and", so
    // it asks for what the second verb's infinitive names: both verbs take it)
    if (!(plain && OBJECTLESS_INFINITIVE_AND_RE.test(between)) && ((plain && !ADDRESSEES_AND_RE.test(between)) || OWN_INFINITIVE_RE.test(between))) continue;
    const shared = plain ? PLAIN_SHARED_TO_RE : SHARED_TO_RE;
    shared.lastIndex = c.start + c.verb.length;
    const m = shared.exec(text);
    if (!m || m.index >= c.end) continue;
    const at = m.index + 1;
    const also = c.relation === prev.relation || c.also?.includes(prev.relation) ? c.also : [prev.relation].concat(c.also ?? NO_RELATIONS);
    clauses.splice(k + 1, 0, newClause(c.index, `${prev.verb} ... ${c.verb}`, at, c.end, c.relation, also));
    c.end = at;
  }
}
const NO_RELATIONS: VerbRelationType[] = [];

/**
 * "Reaffirming also the importance of, and welcoming the rapidly growing interest throughout the world in, establishing and
 * strengthening ... national human rights institutions in accordance with the Paris Principles" (A/RES/78/204 PP7, 80/214),
 * "Acknowledges the efforts of, and invites creditors to provide additional flexibility to, developing countries affected by
 * natural disasters" (A/RES/78/137 OP16, 79/197, 80/123): the first verb's object breaks off at its preposition, and both verbs
 * take the object printed after the second verb's own preposition and comma. From that comma on, the second clause also has
 * the first verb's relation (its index: one edge per target per clause).
 */
function sharedObjects(text: string, clauses: TypedClause[]): void {
  for (let k = clauses.length - 1; k >= 1; k--) {
    const c = clauses[k]!;
    const prev = clauses[k - 1]!;
    if (prev.relation === undefined || c.relation === undefined || prev.index === c.index) continue;
    if (!OBJECT_BROKEN_OFF_RE.test(text.slice(Math.max(prev.start, c.start - 40), c.start))) continue;
    OBJECT_RESUMED_RE.lastIndex = c.start + c.verb.length;
    const m = OBJECT_RESUMED_RE.exec(text);
    if (!m || m.index >= c.end) continue;
    const at = m.index + m[0].length;
    const also = c.relation === prev.relation || c.also?.includes(prev.relation) ? c.also : [prev.relation].concat(c.also ?? NO_RELATIONS);
    clauses.splice(k + 1, 0, newClause(c.index, `${prev.verb} ... ${c.verb}`, at, c.end, c.relation, also));
    c.end = at;
  }
}
/** the first verb's object broken off at a preposition right before ", and <later verb>" ("the importance of, and ") */
const OBJECT_BROKEN_OFF_RE = /\s(?:of|in|to|for|on|with|from|about|into)\s*,\s+and\s+$/;
/** the second verb's preposition and the comma after which the shared object is printed ("interest ... in, ") */
const OBJECT_RESUMED_RE = /\s(?:of|in|to|for|on|with|from|about|into),\s+/g;

/** a cheap gate: a bare "the work" (or efforts, activities) right before a plain "and" */
const ELIDED_OWNER_GATE_RE = /\sthe\s+(?:work|efforts|activities)\s+and\s/;
/** the first verb's object, a bare head noun with no owner, right before the plain "and" of the later verb */
const OWNER_ELIDED_RE = /^\s+the\s+(?:work|efforts|activities)\s+and\s+$/;
/** the later verb's object up to its owner's " of " ("note of the reports of ", "note with appreciation of the report of ") */
const OWNER_RESUMED_RE = /^\s+(?:(?:note\s+)?(?:with\s+[a-z]+\s+)?of\s+)?the\s+(?:[a-z]+\s+)?reports?\s+of\s+/;
/** where the owner's name ends: a comma, a semicolon, or a participle of what was done with the report */
const OWNER_END_RE = /[,;]|\s(?:presented|submitted|transmitted|contained|issued|prepared)\s/;

/**
 * "Welcomes the work and takes note of the reports of the Special Rapporteur on the situation of human rights defenders presented
 * to the Human Rights Council and the General Assembly" (A/RES/78/216 OP8), "Recalling the work and taking note of the report of the
 * Intergovernmental Working Group on Drought during the triennium 2022-2024, tasked with ..." (A/RES/80/139 PP29): the first verb's
 * bare "the work" has the owner the later verb's report names, so the first verb takes that owner too: from the report's " of " to
 * the end of the owner's name (a comma, or "presented to": the report's recipients are not the work's), the later clause also has the
 * first verb's relation (its index: one edge per target per clause). Not "welcomes the work of the Council and takes note of the
 * report of the Panel": the first verb's object has an owner of its own.
 */
function elidedOwnersShared(text: string, clauses: TypedClause[]): void {
  for (let k = clauses.length - 1; k >= 1; k--) {
    const c = clauses[k]!;
    const prev = clauses[k - 1]!;
    if (prev.relation === undefined || c.relation === undefined || prev.index === c.index) continue;
    const prevVerbAt = text.indexOf(prev.verb, prev.start);
    if (prevVerbAt < 0 || prevVerbAt >= c.start || !OWNER_ELIDED_RE.test(text.slice(prevVerbAt + prev.verb.length, c.start))) continue;
    const after = c.start + c.verb.length;
    const m = OWNER_RESUMED_RE.exec(text.slice(after, c.end));
    if (!m) continue;
    const at = after + m[0].length;
    const e = OWNER_END_RE.exec(text.slice(at, c.end));
    const end = e ? at + e.index : c.end;
    const also = c.relation === prev.relation || c.also?.includes(prev.relation) ? c.also : [prev.relation].concat(c.also ?? NO_RELATIONS);
    if (end < c.end) clauses.splice(k + 1, 0, newClause(c.index, c.verb, end, c.end, c.relation, c.also));
    clauses.splice(k + 1, 0, newClause(c.index, `${prev.verb} ... ${c.verb}`, at, end, c.relation, also));
    c.end = at;
  }
}

/** relations of participles whose object may be "that"/"to <do>" after a comma (", while urging all States, ..., to ratify") */
const TO_OBJECT_RELATIONS: ReadonlySet<VerbRelationType | undefined> = new Set<VerbRelationType | undefined>(['URGES', 'ENCOURAGES', 'INVITES', 'REQUESTS', 'CALLS_UPON', 'DECIDES', 'RECOMMENDS', 'DEMANDS', 'AUTHORIZES', undefined]);
/**
 * ", that" after an adjunct: the main verb's object resumes. (Not ", to <do>": "recognizing the right of countries, in
 * particular developing countries, to fully utilize ..." (A/RES/78/134 OP20), "while also recognizing the need for the
 * United Nations and the Council of Europe to continue to work together, within their respective mandates, to support
 * ..." (A/RES/79/284 OP1): the infinitive of a noun inside the adjunct.)
 */
const ADJUNCT_END_RE = /,\s+that\b/g;
/**
 * The main verb's noun object after an adjunct set off right after that verb: "Stresses, while recognizing the intergovernmental
 * nature of the Conference, the importance of the effective ... participation ... in the Conference" (A/RES/78/163 OP51), "Underscores,
 * while recognizing and building on recent efforts, the need to ..." (80/122 OP41). Only these heads: a list inside the adjunct's
 * object ("the role of Governments, the private sector and ...") does not resume the verb.
 */
const ADJUNCT_END_NOUN_RE = /,\s+the\s+(?:(?:critical|crucial|vital|utmost|particular|urgent)\s+)?(?:importance|need|necessity|urgency)\b/g;
/** what follows the main verb up to the adjunct: one comma and "while" ("51. Stresses, while recognizing") */
const SET_OFF_AFTER_VERB_RE = /^,\s+(?:while|whilst)\s+$/;

/**
 * "Decides, without setting a precedent ... and while stressing that the representatives of the State of Palestine
 * should be able to participate in person ..., that: (a) The State of Palestine may submit ..." (A/RES/80/1 OP1),
 * "Emphasizes, while noting progress, that the large-scale deployment of clean energy technologies has been insufficient
 * ..." (A/RES/78/157 OP25): a stance participle set off inside the main clause, its own object printed right after it,
 * ends at the comma before the main verb's "that", where the main clause resumes (its index: one edge per target per
 * verb clause). Not a participle followed by a comma ("while noting, in particular, that ...": its own object), nor one
 * whose object may be a clause of its own (urging, inviting, deciding ...).
 */
function adjunctsClosed(text: string, clauses: TypedClause[]): void {
  for (let k = clauses.length - 1; k >= 1; k--) {
    const c = clauses[k]!;
    const prev = clauses[k - 1]!;
    if (!opensByParticiple(c) || prev.relation === undefined || opensByParticiple(prev) || TO_OBJECT_RELATIONS.has(c.relation)) continue;
    const after = c.start + c.verb.length;
    if (text.charCodeAt(after) === 44 /* , */) continue;
    ADJUNCT_END_RE.lastIndex = after;
    let m = ADJUNCT_END_RE.exec(text);
    if ((!m || m.index >= c.end) && SET_OFF_AFTER_VERB_RE.test(text.slice(text.indexOf(prev.verb, prev.start) + prev.verb.length, c.start))) {
      ADJUNCT_END_NOUN_RE.lastIndex = after;
      m = ADJUNCT_END_NOUN_RE.exec(text);
    }
    if (!m || m.index >= c.end) continue;
    const at = m.index + 1;
    clauses.splice(k + 1, 0, newClause(prev.index, prev.verb, at, c.end, prev.relation, prev.also));
    c.end = at;
  }
}

/**
 * "Encourages all Member States to establish effective ... national institutions ..., and welcomes the growing number of States
 * establishing national human rights institutions in line with the Paris Principles, including as one of the means for accelerating
 * ... the implementation of the 2030 Agenda ..., and to seek technical cooperation and assistance from the Office of the United
 * Nations High Commissioner for Human Rights" (A/RES/78/204 OP9, 80/214): an infinitive after ", and" in a clause that asks no one
 * to act and has no "to" of its own cannot be that clause's; it is the next thing the verb of asking before asks (its index: one
 * edge per target per clause). Not where the later clause has a "to" before ("welcomes the decision of the Council to hold ...,
 * and to invite ...": the noun's infinitives).
 */
function askedInfinitivesResumed(text: string, clauses: TypedClause[]): void {
  for (let k = clauses.length - 1; k >= 1; k--) {
    const c = clauses[k]!;
    const prev = clauses[k - 1]!;
    if (!ASKING_RELATIONS.has(prev.relation) || ASKING_RELATIONS.has(c.relation) || c.relation === undefined || prev.index === c.index) continue;
    if (!OWN_INFINITIVE_RE.test(text.slice(prev.start + prev.verb.length, prev.end))) continue;
    const after = c.start + c.verb.length;
    const at = text.indexOf(AND_TO, after);
    if (at < 0 || at >= c.end || !INFINITIVE_AT_RE.test(text.slice(at + AND_TO.length - 3, at + AND_TO.length + 20))) continue;
    if (ANY_TO_RE.test(text.slice(after, at))) continue;
    const start = at + AND_TO.length - 3;
    clauses.splice(k + 1, 0, newClause(prev.index, prev.verb, start, c.end, prev.relation, prev.also));
    c.end = start;
  }
}
/** ", and to " before the infinitive askedInfinitivesResumed gives back to the verb of asking */
const AND_TO = ', and to ';
/** "to <verb>" (not "to the", "to its": a recipient) */
const INFINITIVE_AT_RE = /^to\s+(?!(?:the|a|an|its|their|this|that|these|those|all|each|such)\s)[a-z]+\s/;
/** any "to" in the later clause before ", and to" */
const ANY_TO_RE = /\bto\b/;

/** the noun a later infinitive may complete (decisionInfinitivesResumed) */
const DECISION_OF = ' decision of ';

/**
 * "Takes note of the decision of the Assembly of States Parties ... at its fifteenth session, while recalling that, according to
 * article 112, paragraph 6, of the Rome Statute, the Assembly of States Parties shall meet at the seat of the Court or at United
 * Nations Headquarters, to hold its seventeenth session in The Hague, looks forward to ..." (A/RES/73/7 OP26, 78/6 OP and the
 * yearly ICC texts): the participle's aside ends at the comma before the infinitive of the decision the main clause named
 * ("the decision of ... to hold its ... session"), where the main clause resumes (its index: one edge per target per clause).
 */
function decisionInfinitivesResumed(text: string, clauses: TypedClause[]): void {
  for (let k = clauses.length - 1; k >= 1; k--) {
    const c = clauses[k]!;
    const prev = clauses[k - 1]!;
    if (!opensByParticiple(c) || prev.relation === undefined || opensByParticiple(prev)) continue;
    const decision = text.indexOf(DECISION_OF, prev.start);
    if (decision < 0 || decision >= prev.end) continue;
    DECISION_INFINITIVE_RE.lastIndex = c.start;
    const m = DECISION_INFINITIVE_RE.exec(text);
    if (!m || m.index >= c.end) continue;
    const at = m.index + 1;
    clauses.splice(k + 1, 0, newClause(prev.index, prev.verb, at, c.end, prev.relation, prev.also));
    c.end = at;
  }
}

/**
 * "Encourages all States: (a) To afford ...; (b) ..., bearing in mind due process considerations; (c) In
 * accordance with their national law, to provide ...": each sub-paragraph is governed by the verb that
 * introduced the list, so a clause opened inside one item ends at the next item's label, where the list's
 * clause resumes (unless that item opens with a verb of its own, already a clause). A resumed clause keeps
 * the list clause's index: clause indexes stay unique per verb clause, not per span.
 */
function withListVerbRestored(text: string, clauses: TypedClause[], subparagraphs: readonly SubParagraph[]): TypedClause[] {
  // the list's clause is the one its lead-in ends in, right before the first label: also when the first item opens with a verb
  // of its own ("We decide to: (a) Reaffirm ...; (b) ...", A/RES/79/1 OP28, OP37), the items after it are the lead-in's
  const leadEnd = labelStart(text, subparagraphs[0]!) - 1;
  if (leadEnd < 0) return clauses;
  const list = clauses.find((c) => c.start <= leadEnd && leadEnd < c.end);
  if (list === undefined) return clauses;
  let out: TypedClause[] | undefined;
  for (let k = 1; k < subparagraphs.length; k++) {
    const item = subparagraphs[k]!;
    const at = labelStart(text, item);
    const current = (out ?? clauses).find((c) => c.start <= item.start && item.start < c.end);
    if (current === undefined || current === list || current.start <= leadEnd || current.start >= at) continue;
    out ??= clauses.slice();
    // the list's clause resumes: its index, so a target it already relates to gets no second edge
    const resumed = newClause(list.index, list.verb, at, current.end, list.relation, list.also);
    current.end = at;
    out.splice(out.indexOf(current) + 1, 0, resumed);
  }
  return out ?? clauses;
}

/** Where a sub-paragraph's label ("(b)") is printed before its text. */
function labelStart(text: string, item: SubParagraph): number {
  const at = text.lastIndexOf(item.label, item.start);
  return at >= 0 ? at : item.start;
}

/**
 * The verbs joined to an opening verb from `end` on ("Welcomes and urges", "We reaffirm and renew"):
 * where they end, each as printed, and their relations other than `main`
 * (undefined when none; made with its first element, so every `also` has one elements kind: an
 * empty [] that later took a string was a 'wrong map' deopt of splitClauses, which inlines this).
 */
function readCompoundVerbs(text: string, end: number, main: VerbRelationType | undefined): { end: number; verbs: string[]; also: VerbRelationType[] | undefined } {
  let also: VerbRelationType[] | undefined;
  const verbs: string[] = [];
  for (;;) {
    if (!andFollows(text, end)) break;
    COMPOUND_AT_RE.lastIndex = end;
    const c = COMPOUND_AT_RE.exec(text);
    if (!c?.groups) break;
    const e2 = entryOf(c, COMPOUND_BASE)?.entry;
    if (!e2 || e2.later === 'lead') break;
    if (e2.relation && e2.relation !== main && !also?.includes(e2.relation)) {
      if (also) also.push(e2.relation);
      else also = [e2.relation];
    }
    verbs.push(c.groups.verb!.trim());
    end = c.index + c[0].length;
  }
  return { end, verbs, also };
}


/**
 * Does COMPOUND_AT_RE's opening, /[*_]*\s+and\s/i, stand at `at`? Read by character: over 80% of openings have
 * no "and" after them, and the exec of that large regex cost more to fail than this test.
 */
function andFollows(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 42 /* * */ || text.charCodeAt(i) === 95 /* _ */) i++;
  const spaceFrom = i;
  while (isRegexSpace(text.charCodeAt(i))) i++;
  if (i === spaceFrom) return false;
  return (text.charCodeAt(i) | 0x20) === 97 && (text.charCodeAt(i + 1) | 0x20) === 110 && (text.charCodeAt(i + 2) | 0x20) === 100 && isRegexSpace(text.charCodeAt(i + 3));
}

/** The clause a declaration's sentence opens at `at` (its full stop), with a compound verb's other relations. */
function readSentence(text: string, at: number, clauseStart: number): { start: number; end: number; verb: string; relation: VerbRelationType | undefined; also: VerbRelationType[] } | undefined {
  SENTENCE_AT_RE.lastIndex = at;
  const m = SENTENCE_AT_RE.exec(text);
  if (!m?.groups) return undefined;
  // (a sentence whose stop was lost opens a clause only with a verb of the table)
  if (m.groups.lost !== undefined && !m.groups.verb) return undefined;
  let start = at + m[0].search(/We\s/i);
  if (m.groups.inside !== undefined) {
    // "... implementation. Building on this work and consistent with the recommendations of the Council, we
    // request ...": the sentence whose subject is "we" is the clause from its first word
    const sentence = text.lastIndexOf('. ', at);
    if (sentence > clauseStart) start = sentence + 2;
  }
  // one object shape for every sentence (relation present, maybe undefined): two shapes were a 'wrong map' deopt of splitClauses
  if (!m.groups.verb) return { start, end: start, verb: `We ${m.groups.other ?? ''}`.trim(), relation: undefined, also: [] };
  const entry = entryOf(m, SENTENCE_BASE)?.entry;
  const compound = readCompoundVerbs(text, at + m[0].length - (m.groups.other?.length ?? 0), entry?.relation);
  const { end } = compound;
  const also = compound.also ?? [];
  const verb = [m.groups.verb.trim(), ...compound.verbs].join(' and ');
  // an adjective of stance ("We remain deeply concerned") types nothing
  const relation = entry && entry.later !== 'lead' ? entry.relation : undefined;
  return { start, end, verb, relation, also };
}

/**
 * Every clause in one object shape (relation and also present, maybe undefined): the first
 * clause with or without them and later ones without `also` were 'wrong map' deopts of
 * splitClauses and of extract.ts, which reads them. JSON output is the same.
 */
function newClause(index: number, verb: string, start: number, end: number, relation: VerbRelationType | undefined, also: VerbRelationType[] | undefined): TypedClause {
  return { index, verb, start, end, relation: relation ? relation : undefined, also };
}

/**
 * `clause` with another verb and relation, a new clause of newClause's shape. Why not stores into `clause`: V8 keeps a field
 * no store has changed yet as a constant of the shape, and the first store of another `verb` (extract.ts headingVerbsGiven, a
 * few dozen files into corpus-ga) threw away the compiled code of every function that had read a clause's verb (see
 * warm-up.ts mutableMentionFields).
 */
export function clauseWithVerb(clause: TypedClause, verb: string, relation: VerbRelationType | undefined): TypedClause {
  return newClause(clause.index, verb, clause.start, clause.end, relation, clause.also);
}

/** The clause recalls or reaffirms texts, and a relative clause of theirs ("which reaffirm", "by which it") stands before `at`. */
function recalledTextsRequest(clause: TypedClause, text: string, at: number): boolean {
  return (clause.relation === 'RECALLS' || clause.relation === 'REAFFIRMS') && RECALLED_TEXT_RELATIVE_RE.test(text.slice(clause.start, at));
}

/**
 * a relative clause not closed by a semicolon whose verb is one a decision or resolution acts with ("..., which notes the work of
 * ..."), not what a thing does ("the COVID-19 pandemic, which undermines ...", "blended finance, which combines ...")
 */
const RELATIVE_THIRD_BEFORE_RE =
  /,\s+which\s+(?:also\s+|further\s+)?(?:notes|invites|encourages|recognizes|welcomes|urges|requests|calls\s+upon|decides|reaffirms|recalls|emphasizes|stresses|acknowledges)\s[^;]*$/;
/** ", and " or " and " (the same "and" read from its space) before the last verb of a series */
const SERIES_AND_LEAD_RE = /^,?\s+and\s+$/;
/** ", and " before a later verb (its connector, "in this regard", is read apart) */
const COMMA_AND_LEAD_RE = /^,\s+and\s+$/;
/** a relative or that-clause whose subject a later third person may have ("which reaffirms ... and recognizes") */
const OTHER_SUBJECT_BEFORE_RE = /\b(?:which|that|whereby|who)\b/;
/** a relative pronoun whose own verb is plural ("developing countries that are particularly vulnerable"): a later third person
 *  singular cannot go on with it (preambleActAfterAnd) */
const PLURAL_RELATIVE_RE = /\b(?:which|that|who) (?:are|were|have)\b/g;
/** a relative clause with a verb in the third person, after a comma (", which captures ... and emphasizes") */
const RELATIVE_ANY_THIRD_BEFORE_RE = /,\s+which\s+(?:also\s+|further\s+)?[a-z]+s\s/;
/** a text named, then a that-clause whose verb in the third person says what it does ("the decision of the ... Conference that welcomes"; not "that was") */
const DOCUMENT_THAT_THIRD_BEFORE_RE = /\b(?:decisions?|resolutions?|reports?|declarations?|recommendations?)\b[^,;]{0,120}?\sthat\s+(?:also\s+|further\s+)?(?!(?:is|was|has|does)\s)[a-z]+s\s[^;]*$/;

/**
 * "Welcoming the Kunming-Montreal Global Biodiversity Framework, adopted at the fifteenth meeting ..., and urges the early,
 * inclusive and effective implementation of the Framework" (A/RES/79/209 PP17; 78/158, 78/168, 78/169 PP, 79/207 PP22, 79/202
 * PP24, 80/135, 80/145 PP7, 78/195 PP18, 79/317 PP18): a preamble that goes on in the third person after ", and" states the body's
 * own act, when no relative or that-clause before it could be that verb's subject.
 */
function preambleActAfterAnd(text: string, kind: ParagraphKind, form: ReturnType<typeof formOf>, entry: VerbEntry, lead: string, at: number): boolean {
  // ("..., including the Fund for Responding to Loss and Damage aimed at assisting developing countries that are particularly vulnerable
  // to the adverse effects of climate change, and invites financial contributions", A/RES/80/145 PP7: "that are" is the countries')
  return kind === 'preambular' && form === 'third' && entry.later === 'strong' && entry.relation !== undefined && COMMA_AND_LEAD_RE.test(lead) && !OTHER_SUBJECT_BEFORE_RE.test(text.slice(0, at).replace(PLURAL_RELATIVE_RE, ''));
}

/**
 * "Calls upon Iraq and Kuwait to begin immediately intensive negotiations for the resolution of their differences and supports
 * all efforts in this regard, and especially those of the League of Arab States" (S/RES/660 (1990) OP3): in an operative
 * paragraph, the third person of a typed verb after a plain "and" agrees with the body, when no relative or that-clause in
 * the clause before could be its subject ("which supports", "that the Programme ... and supports"); a weak verb otherwise
 * waits for a comma ("the grants and supports" is a noun).
 */
function bodyActAfterAnd(text: string, kind: ParagraphKind, form: ReturnType<typeof formOf>, entry: VerbEntry, clauseStart: number, at: number): boolean {
  return kind === 'operative' && form === 'third' && entry.later === 'weak' && entry.relation !== undefined && !OTHER_SUBJECT_BEFORE_RE.test(text.slice(clauseStart, at));
}

/** Whether a verb in this form, after this lead, is a main verb of the paragraph's body. */
function opensClause(kind: ParagraphKind, form: ReturnType<typeof formOf>, entry: VerbEntry, lead: string, label: boolean, declaration: boolean): boolean {
  if (entry.later === 'lead') return kind === 'preambular'; // an adjective already checked by the caller
  if (declaration) return form === 'base' || form === 'participle';
  if (label) return form === 'third' || (kind === 'preambular' && form === 'participle');
  if (kind === 'operative') {
    if (form === 'third') return true;
    // "..., emphasizing ...": stance participles only after a comma; after "while" any strong verb's
    // participle is the body's act too ("..., while urging all States to ...", "while encouraging ...")
    if (form !== 'participle') return false;
    // but a verb with no relation ("while bearing in mind the theme of ...", A/RES/78/211 OP14) is an adjunct of the
    // paragraph's verb, as after a comma: what it names is what that verb acts on
    if (/while|whilst/.test(lead)) return entry.relation !== undefined && (entry.inOperative === true || entry.later === 'strong');
    return entry.inOperative === true && /[,;]/.test(lead);
  }
  return form === 'participle';
}

function firstWord(text: string): string {
  const m = /^[\s\d.()*_]*([A-Za-z][\w-]*)/.exec(text);
  return m?.[1] ?? '';
}
