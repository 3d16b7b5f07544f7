// Regular expressions of the segment stage, compiled once; all anchored and
// without nested quantifiers, so each runs in linear time on a paragraph.
import { letterRe } from './letter-classes.js';
import { MONTHS } from './months.patterns.js';

const BODIES = String.raw`General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council|Commission on [A-Z][A-Za-z ,]{2,80}?|Conference of the Parties|Governing Council|Executive Board|Council|Assembly`;

/** "The General Assembly," — opens the preamble of a resolution */
export const OPENER = new RegExp(String.raw`^The (${BODIES})\s*[,:;]?$`);
/** "Draft resolution I", "Draft decision", "Draft resolution A/C.2/78/L.12" */
export const DRAFT_LABEL = /^Draft (resolution|decision)(?:\s+([IVXLC]{1,6}|[A-Z]|\d{1,3}))?$/;
/** "78/132. Information and communications technologies ..." (GA/ECOSOC resolution title line) */
export const TITLE_LINE = /^(\d{1,4})\/(\d{1,4})(?:\s?([A-Z]))?\.\s+(\S.*)$/;
/** A draft's number still to be given, before its title: "47/… The promotion, protection and enjoyment of human rights on the Internet" (HRC drafts) */
export const UNNUMBERED_TITLE_START = /^\d{1,4}\/(?:…|\.\.\.)\s+(?=\S)/;
/** "Resolution 68/1" above the title of a commission's resolution in its report (section "Matters brought to the attention of the Council") */
export const BODY_RESOLUTION_LINE = /^Resolution (\d{1,3}\/\d{1,3})$/;
/** "Resolution 242 (1967)", "Resolution 242 (1967) of 22 November 1967" */
export const SC_RESOLUTION_LINE = /^Resolution (\d{1,4}) ?\((\d{4})\)(?:\s+(?:of\s+)?(\d{1,2} [A-Z][a-z]+\]? \d{4}))?$/;
/** "Therefore" alone between the preamble and the numbered paragraphs (S/RES/1 (1946)) */
export const THEREFORE_LINE = /^Therefore,?$/;
/** "of 22 October 1973": the date line under "Resolution 338 (1973)" */
export const DATE_ONLY_LINE = /^of \d{1,2} [A-Z][a-z]+ \d{4}$/;
/** a subject heading in capitals, as the Council's early compilations print it above a resolution: words, no digits */
export const CAPITALS_HEADING = /^[A-Z][A-Z'’,-]*(?: [A-Z][A-Z'’,-]*){0,14}$/;
/** "9 (1946). Resolution of 15 October 1946", "1 (1946) Resolution of 25 January 1946" */
export const SC_OLD_RESOLUTION_LINE = /^(\d{1,4}) ?\((\d{4})\)\.? Resolution of (.{6,30})$/;
/** "Resolution adopted by the General Assembly on 19 December 2023" */
export const ADOPTED_BY_LINE = new RegExp(String.raw`^Resolution adopted by the (${BODIES})(?: on (.{6,30}))?$`);
/** "Adopted by the Security Council at its 4683rd meeting, on 30 December 2002" */
export const SC_ADOPTED_LINE = /^Adopted by the (Security Council|[A-Z][A-Za-z ]{2,60}) at its \d{1,5}(?:st|nd|rd|th) meeting,? on (.{6,30})$/;
/** A document symbol alone: "A/RES/78/132", "S/RES/1454 (2002)", "E/2025/31", "A/80/L.41" */
export const SYMBOL_PARAGRAPH = /^((?:A|S|E)(?:\/[A-Za-z0-9.\-]+){1,5})(?: ?\((\d{4})\))?$/;
/** "A/RES/78/132", "A/RES/75/290 B" */
export const GA_RES_SYMBOL = /^A\/RES\/(\d{1,3})\/(\d{1,4})(?: ?([A-Z]))?$/;
export const SC_RES_SYMBOL = /^S\/RES\/(\d{1,4})$/;
export const ECOSOC_RES_SYMBOL = /^E\/RES\/(\d{4})\/(\d{1,3})$/;
/** "A/HRC/RES/56/7", "A/HRC/RES/S-33/1" (a special session's): group 1 the number as the Council prints it, "56/7" */
export const HRC_RES_SYMBOL = /^A\/HRC\/RES\/((?:S-)?\d{1,2}\/\d{1,3})$/;

/**
 * The lettered sections of the chapter of a commission's report that holds the drafts: "A. Draft resolutions for adoption
 * by the Council", "B. Draft decision for adoption by the Council", "C. Matters brought to the attention of the Council",
 * "D. Resolution adopted by the Commission" (E/2025/31 chapter I; every functional commission's report is so built).
 */
export const REPORT_SECTION_HEADING = /^[A-H]\. (?:Draft (?:resolutions?|decisions?) (?:for|recommended)|Matters? (?:calling|brought)|(?:Resolutions?|Decisions?) adopted by)\b.{0,160}$/;
/** The heading of the agenda a draft decision approves: "Provisional agenda and documentation for the twenty-ninth session of the Commission" */
export const PROVISIONAL_AGENDA_HEADING = /^Provisional agenda (?:and documentation )?for the .{0,160}session\b[^.;:]{0,120}$/;
/**
 * End of the resolution proper: the meeting line, or an annex. A Human Rights Council resolution prints how it was adopted
 * under its meeting and date, in the same block: "40th meeting 13 July 2021 [Adopted without a vote.]", "[Adopted by a
 * recorded vote of 27 to 12, with 7 abstentions. The voting was as follows: ..." (the note is no operative paragraph).
 */
export const GA_MEETING_LINE = /^(\d{1,3})(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting\b(?:\s+(.{6,30}))?(?:\s+\[Adopted\b.{0,2000})?$/;
// ("Adopted at the 473rd_ meeting", "... by 14 votes to none. One member (Yemen) did not participate in the vote.";
// scanned yearbooks print a 1 as I or l: "Adopted at the 298Ist meeting", S/RES/687 (1991))
export const SC_MEETING_LINE = /^Adopted\b.{0,80}\bat the\s+\d[\dIl]{0,4}(?:st|nd|rd|th)?_?\s+meeting\b.{0,160}$/;
export const ANNEX_LINE = /^(?:Annex(?:es)?|Appendix|Attachment)(?:\s+(?:[IVXLC]{1,6}|[A-Z]|\d{1,2}))?$/;

// Header fields
/**
 * An Economic and Social Council session is named by its year: "2023 session", "Substantive session of 2006" (the masthead
 * may run the symbol into it: "E/RES/2023/3 2023 session 25 July 2022–26 July 2023 Agenda item 18 (b)")
 */
export const YEAR_SESSION = /(?:^|\s)(?:(\d{4}) session|(?:[Ss]ubstantive |[Oo]rganizational |[Mm]anagement )?session of (\d{4}))\b/;
export const SESSION = /\b(?:((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)|(\d{1,3})(?:st|nd|rd|th))\s+(?:regular\s+|special\s+|emergency special\s+|resumed\s+)?session\b/i;
/**
 * The line under an Assembly resolution's date that says how it came to the plenary: "[on the report of the Sixth Committee
 * (A/78/432, para. 8)]", "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/78/429,
 * para. 33)]", "[without reference to a Main Committee (A/78/L.1)]" (spaces already single): group 1 the committee (group 2
 * the body it recommends, below), group 3 its report's symbol; group 4 the draft's symbol.
 * (a PDF's text layer may set the draft's symbol off with spaces: "[without reference to a Main Committee ( A/73/L.3 )]",
 * A/RES/73/8 as pypdf reads it)
 * An Economic and Social Council resolution names the subsidiary body whose report carried the draft: "[on the
 * recommendation of the Commission on Science and Technology for Development (E/2023/31)]", "... of the Committee for
 * Development Policy (E/2023/33)]" (the same two fields; its name need not end in Committee).
 */
export const ADOPTED_ON_REPORT_LINE =
  /^\[(?:on the (?:report of the (.+?(?:Committee|Commission|Council))|recommendation of the ([^()]+?))(?: \((?:[A-Z][a-z]+ Committee)\))? \(([A-Z][A-Z0-9.]*\/[^\s,;()]+)(?:, [^)]{1,60})?\)|without reference to a Main Committee \( ?([A-Z][A-Z0-9.]*\/[^\s,;()]+)(?:(?: and |, )[^)]{1,80})? ?\))\]$/;
/** "(Fourth Committee)" printed after a Main Committee's full name: the name it goes by */
export const MAIN_COMMITTEE_NUMBER = / \(([A-Z][a-z]+ Committee)\) \(/;
// "Agenda item 15", "Agenda item 99 (s)", and past (z) the sub-items of the disarmament item run on doubled: "Agenda item 98 (cc)"
// (A/RES/79/49)
export const AGENDA_ITEM = /\bAgenda items? (\d{1,3}(?: ?\([a-z]{1,2}\))?(?:(?:, | and )\d{1,3}(?: ?\([a-z]{1,2}\))?){0,8})/;
export const DATE = /\b(\d{1,2})\s+(January|February|March|Apri[l\]1I|]|May|June|July|August|September|October|November|December)\s+(\d{4})\b/;
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Paragraph shapes */
export const NUMBERED_PARAGRAPH = /^(\d{1,3})\.\s*(.*)$/;
export const BARE_NUMBER_PARAGRAPH = /^(\d{1,3}) ((?:(?:Also|Further|Strongly) [a-z]+s|[A-Z][a-z]+s)\b.*)$/;
/** "Action 6. We will invest in people ...", "Objective 1. Close all digital divides ..." (A/RES/79/1's headings) */
export const NUMBERED_ACTION_HEADING = /^(?:Action|Objective) \d{1,3}\. [A-Z]/;
export const SUBPARAGRAPH = /^\(([a-z]{1,2}|[ivxlc]{1,7}|\d{1,2})\)\s+(\S.*)$/;
/** "I. Our shared commitment", "A. Draft resolutions ...", "A" (Security Council sections) */
export const SECTION_HEADING = /^(?:[IVXLC]{1,6}|[A-Z])\.?(?:\s+\S.{0,200})?$/;
/** "II Implementation of the 1995 Agreement ...": a Roman numeral, then a capitalised title */
export const ROMAN_SECTION_HEADING = /^[IVXLC]{1,6}\.? [A-Z]/;
/** The label of a numbered section heading: "XI" of "XI Revised estimates ...", "II" of "II.", "B" (not "A State ...") */
export const SECTION_LABEL = /^([IVXLC]{1,6}|[A-Z])\.?(?= [A-Z]|$)/;
/** a section lettered with its stop ("B. Scale up climate action ..."), its title a phrase (see readParagraphs' headingBeforeItems) */
export const LETTERED_SECTION_HEADING = /^[A-Z]\. [A-Z][^.;:!?]{0,240}$/;
export const ROMAN_NUMERAL = /^[IVXLC]+$/;
/** A clause ending on "; and" (the next paragraph goes on with the sentence). */
export const ENDS_WITH_CLAUSE_AND = /[;,] and$/;
export const TERMINAL_PUNCTUATION = /[.,;:!?][”’")\]]?(?:\s?(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\*{1,3}))?$/;
export const ENDS_WITH_COMMA = /,[”’")\]]?(?:\s?(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\*{1,3}))?$/;
export const STARTS_LOWERCASE = letterRe(String.raw`^[\p{Ll}]`, 'u');
/** First words of a preambular paragraph: a participle or an adjective of mind */
export const PREAMBULAR_START = /^(?:(?:Also|Further|Further also|Deeply|Gravely|Seriously|Strongly|Profoundly|Greatly|Fully|Firmly|Once again|Again|Bearing|Expressing|Noting|Taking)\b|[A-Z][a-z]+ing\b|(?:Aware|Mindful|Convinced|Conscious|Concerned|Alarmed|Determined|Guided|Desirous|Cognizant|Cognisant|Resolved|Encouraged|Heartened|Appalled|Shocked|Dismayed|Disturbed|Distressed|Troubled|Saddened|Outraged|Gratified|Pleased|Satisfied|Inspired|Persuaded|Confident|Committed|Deploring|Emphasizing|Acknowledging|Bearing in mind|Having|Recognizing|Welcoming|Reaffirming|Recalling|Regretting|Underlining|Stressing|Considering|Acting|Affirming|Highlighting|Reiterating|Observing|Believing|Wishing|Seeking)\b)/;
/** The openers of a preambular paragraph that no heading starts with ("Noting in this regard the ..."). */
export const PREAMBLE_OPENER = /^(?:Recalling|Reaffirming|Recognizing|Noting|Welcoming|Taking note|Bearing in mind|Expressing|Emphasizing|Stressing|Underlining|Acknowledging|Deploring|Convinced|Mindful|Concerned|Deeply concerned|Gravely concerned|Alarmed|Determined|Having (?:considered|received|examined|reviewed|heard|studied)|Acting under)\b/;
/** First word of an operative paragraph: a verb in the third person ("Decides", "Takes note", "Also requests") */
export const OPERATIVE_START = /^(?:(?:Also|Further|Further also|Strongly|Once again|Again|Again also|Hereby|Urgently|Respectfully|Formally|Solemnly|Deeply|Most|Emphatically)\s+)?[A-Z][a-z]+(?:es|s)\b/;
/** "At its 65th plenary meeting, on 16 December 2025, the General Assembly, ... decided" */
export const DECISION_TEXT = /^At its \d{1,4}(?:st|nd|rd|th) (?:plenary )?meeting, on ([^,]{6,30}), the (General Assembly|Security Council|Economic and Social Council|[A-Z][A-Za-z ]{2,60}),.*\bdecided\b/;

/** Footnote references in paragraph text */
export const SUPERSCRIPT_MARK = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
/** Words after which a number is a number, not a footnote mark */
export const NUMBER_CONTEXT = /^(?:paragraphs?|para\.|resolutions?|decisions?|articles?|items?|chapters?|chap\.|annex|sections?|rules?|vol\.|volume|No\.|nos?\.|pages?|p\.|pp\.|principles?|goal|target|recommendations?|part|phase|of|from|to|and|by|on|in|at|until|since|about|over|under|than|some|least|top|first|last|per|with)$/i;
/** Before a number that is not a year with a mark glued to it ("No. 20378", "resolution 20165", "US$ 20245") */
export const NOT_YEAR_BEFORE = /(?:\bNos?\.|\bvol\.|\bpp?\.|\bISO|\$|olutions?|cisions?|\bcode|\bparas?\.) $/i;
/** A number a spaced mark may follow: a year, a span of years, a symbol ("2014,", "2015–2030", "2015 –2030", "71/205") */
export const MARKABLE_NUMBER = /^(?:(?:(?:1[89]|20)\d\d)?–?(?:1[89]|20)\d\d|\d{1,3}\/\d{1,4})[,;]?$/;
/**
 * After a mark spaced after a comma: the next resolution or date of a list (" 30/4 of", " 21 August", " 2022," of a
 * list of years, " 20142 and" a year with its own mark glued on: "held in 2011, 1 20142 and 2018;3", A/RES/80/117)
 */
export const ITEM_AFTER_MARK = new RegExp(String.raw`^ (?:\d{1,3}/\d|\d{1,2} (?:${MONTHS})\b|(?:19|20)\d\d(?:[,;]|\d{1,2}[ ,;]))`);
/** The word after a mark whose space was lost ("Agreement,38and the", "resolutions 3on the") */
export const WORD_AFTER_MARK = /(?:and|as|on|in|including|that|no|which|to|for|the)\b/y;
/** After "first <mark>": the second of two ordinals the mark's noun is shared by (" and second2 annual progress reports"; not " and second 20 days") */
export const NEXT_ORDINAL_AFTER = /^ and (?:the )?second\d{0,3} [a-z]/;
/** the two words before a repeated footnote mark, the last a capitalised name word ("Sustainable Development", "of UNISPACE+50") */
export const NAME_BEFORE_MARK = /(\S+) ([A-Z][A-Za-z\u2019'-]*[a-z]|[A-Z]{2,}[A-Za-z]*(?:\+\d{1,2})?)$/;
/** an acronym that names a thing alone ("UNISPACE+50", "UNCTAD") */
export const ACRONYM_NAME = /^[A-Z]{4,}(?:\+\d{1,2})?$/;
/** a number that counts ("6 from African States", "1 each for Arabic"): no footnote mark */
export const COUNT_AFTER_NUMBER = /^ (?:from|each|per|of|out|times|percent|more|less|fewer|months?|years?|days?|weeks?|members?|States)\b/;
/** A list of numbers going on after a number ("6, 14 and 15", "2, 10, 17"): the number is one of them, not a mark */
export const NUMBER_LIST_AFTER = /^(?:,| and| or| to)\s?\d/;
/** "a draft resolution 8 was", "the decision 20 on": a resolution or decision named by no number of its own */
export const DRAFT_OR_THE_BEFORE = /\b(?:draft|the) (?:resolution|decision) $/;
export const STAR_MARK = letterRe(String.raw`(?<=[\p{L},;:”’")\]])\*{1,3}(?!\*)`, 'gu');
export const DIGIT_RUN = /\d+/g;
export const LETTER = letterRe(String.raw`^\p{L}$`, 'u');
export const LOWER_LETTER = letterRe(String.raw`^\p{Ll}$`, 'u');
export const HAS_SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;
export const BARE_DATE = /^(?:of )?\d{1,2} [A-Z][a-z]+\]? \d{4}$/;
/**
 * A library catalogue's title punctuation (ISBD) in a container's `title` (the railcar front matter): " : " before a subtitle
 * ("Scale of assessments for the apportionment of the expenses of the United Nations : requests under Article 19 of the
 * Charter :", A/RES/80/2) and " :" closing it; the resolution prints "United Nations: requests ...", and no end colon.
 */
export const CATALOGUE_SUBTITLE_COLON = /\s+:\s+/g;
export const CATALOGUE_END_COLON = /\s*:$/;
/** a chapeau that adopts the text printed after it: "Adopts the following outcome document of the high-level meeting ...:" (A/80/L.41) */
export const ADOPTS_THE_FOLLOWING = /^Adopts the following\b[^:;]{0,400}:/;
/** who submitted a draft, printed in its label: "Draft resolution submitted by the President of the General Assembly" (A/80/L.41) */
export const DRAFT_SUBMITTED_BY = /^Draft (?:resolution|decision) submitted by (?:the )?(\S.{2,200}?)\s*$/;
/** a limited-distribution document's symbol, a draft's: "A/80/L.41" */
export const L_DOCUMENT_SYMBOL = /\/L\.\d/;
/** heading lines above a preamble that are not its title */
export const NOT_A_TITLE = /^(?:Draft resolution\b|Resolution \d|\d{1,4} ?\(\d{4}\)|Adopted\b)|\bResolution of\b/;
/** the one sentence of a draft decision: "The Economic and Social Council takes note of ..." */
export const DECISION_SENTENCE = new RegExp(String.raw`^The (?:${BODIES}),? (?:[a-z]|on the|having)`);
/** "• Increase labour productivity ..." */
export const BULLET_ITEM = /^[•▪◦‣–-]\s+(\S.*)$/;

/** "1. The Commission on Science and Technology for Development recommends to the Economic and Social Council the adoption of the following draft resolutions:" */
export const RECOMMENDING_BODY = /^(?:\d{1,3}\.\s+)?The\s+(.+?)\s+recommends\s+to\s+the\s+(?:Economic\s+and\s+Social\s+Council|General\s+Assembly)\s+the\s+adoption\s+of\s+the\s+following\s+draft/;

/** The symbol of a report in the Official Records: "Supplement No. 11 (E/2025/31)". */
export const SUPPLEMENT_SYMBOL = /Supplement\s+No\.\s*\d+[A-Z]?\s*\(((?:A|E)\/[A-Za-z0-9.\/-]+)\)/;


// Annexed declarations (segment.ts findUnits/annexParts): an annex kept as the resolution's paragraphs is a declaration,
// an outcome document, a programme or plan of action, a pact, a compact, a commitment, a call for action.
/** a declaration-like instrument named in an annex's title or in the clause adopting it */
export const DECLARATION_WORD = /\b(?:[Dd]eclaration|[Oo]utcome [Dd]ocument|[Pp]rogramme of [Aa]ction|[Pp]lan of [Aa]ction|[Pp]act|[Cc]ompact|[Cc]ommitment|[Cc]all for [Aa]ction)\b/;
/** the resolution's clause adopting or endorsing it: "Adopts the following political declaration", "Endorses the Sevilla Commitment, ... as contained in the annex" */
export const ADOPTS_DECLARATION = /^(?:\d{1,3}\.\s+)?(?:Adopts|Endorses|Approves)\b/;
/** an annex that is no declaration, by its title: a convention, rules, regulations, tables, a budget, lists of members, modalities, a report */
export const NOT_DECLARATION_ANNEX = /\b(?:[Cc]onvention|[Pp]rotocol|[Tt]reaty|[Rr]ules of [Pp]rocedure|[Ss]tatute|[Ss]taffing|[Ff]inancing|[Bb]udget|[Pp]rovisional agenda|[Oo]rganization of work|[Aa]rticle \d|States Parties|[Ll]ist of|[Aa]mendments?|[Mm]odalities|[Tt]erms of reference|[Pp]rinciples|[Mm]odel|[Gg]uidelines|[Cc]redits|[Ii]nterpretative notes|[Rr]egulations|[Rr]ules|[Ss]cale of|[Ss]chedule|[Tt]ables?|[Cc]omposition|[Mm]embers|[Rr]eport)\b/;
/** the declaration's own voice opening it: "We, Heads of State and Government ...", "1. We, the States Members ..." */
export const DECLARATION_VOICE = /^(?:\d{1,3}\.\s+)?We,? /;
/** a convention's or statute's opening: "Article 1", "The States Parties to this Convention,", "Chapter I" */
export const CONVENTION_OPENING = /^(?:Article \d|The States Parties\b|The Parties to this\b|Chapter I\b|Part I\b)/;
/** a convention's preamble in the States Parties' voice: "The States Parties to the present Convention," (its own paragraphs follow) */
export const CONVENTION_PARTIES_OPENER = /^The (?:States )?Parties to (?:the present|this) (?:Convention|Protocol|Agreement|Treaty),?$/;
/** the end of a convention's preamble: "Have agreed as follows:", or its first article or chapter when that line is lost */
export const CONVENTION_PREAMBLE_END = /^(?:Have agreed as follows|Hereby agree|Agree as follows|Article 1\b|Chapter I\b|Part I\b)/;
/**
 * Inside a block, the opening of a declaration's paragraph whose number (and the words before it) a page break lost: a lowercase
 * word, then "We" and a lowercase verb ("... the development agenda of the We welcome the Awaza Programme ...", A/RES/80/3's annex,
 * railcar form, where "landlocked developing countries. 2." was lost). "We" never stands capitalised inside a sentence.
 */
export const LOST_DECLARATION_PARAGRAPH = /(?<=[a-z,;] )We (?:also |further |strongly |therefore )?[a-z]{3,}/;
/** The opening of a numbered paragraph run on after the one before (segment.ts runOnParagraph): a capitalised word, then a lowercase one. */
export const RUN_ON_PARAGRAPH_START = /^[A-Z][a-z]* (?:[a-z]|the\b)/;
/** A word that numbers a part before a number ("paragraph 9", "article 15", "Goal 16", "resolution 9"), or that joins numbers. */
export const NUMBERED_PART_BEFORE = /(?:\b(?:[Pp]aragraphs?|[Aa]rticles?|[Ss]ections?|[Rr]ules?|[Cc]hapters?|[Aa]nnex|[Pp]rinciples?|[Rr]ecommendations?|[Gg]oals?|[Tt]argets?|[Rr]esolutions?|[Dd]ecisions?|No|para|and|or|to)|[-–,])$/;
/**
 * A heading run into the numbered paragraph after it by the print: "VI. Role of the Board of Advisers ... Group of Friends of
 * Landlocked Developing Countries 341. We recall ...", "Partnerships and support mechanisms 17. We invite ..." (the annexed
 * programmes and declarations of A/RES/79/233, 80/3): the heading (no digit, no punctuation but its label's), then the number.
 */
export const HEADING_RUN_IN = /^((?:(?:[IVXLC]{1,6}|[A-Z])\. )?[A-Z](?:[^.;:()“”"\d]|(?:19|20)\d\d(?:[–‑-](?:19|20)\d\d)?){2,250}?) (\d{1,3})\. (?=[A-Z])/;
