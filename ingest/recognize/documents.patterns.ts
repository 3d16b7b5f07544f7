// Precompiled patterns for documents: UN document symbols and reports cited by
// title or by subject.
import { letterRe, letterSource } from '../letter-classes.js';
import { ORDINAL_SOURCE } from './events.patterns.js';

/**
 * "eport" (a report needs the word). A regex, not includes(): includes() searches from the first character, an
 * "e" (one letter in eight), and stopped at each; the class keeps V8 from reading the pattern as a plain string
 * and its regex engine skips ahead on the "t" (23% fewer instructions over corpus-ga's paragraphs).
 */
const REPORT_WORD_RE = /[e]port/;
export function holdsReportWord(text: string): boolean {
  return REPORT_WORD_RE.test(text);
}

/**
 * A UN-style document symbol: an upper-case series ("A", "E/CN.16", "S",
 * "FCCC", "WHA58") then slash-separated parts ("74/821", "L.9", "Add.1",
 * "CRP.3", "65-E" in the joint symbol "A/67/65-E/2012/48"). At least one part
 * after the series must hold a digit, so "HIV/AIDS" and "G20/OECD" are not
 * symbols; a trailing full stop is never part of a symbol. A section of the proposed programme budget is
 * printed after a space: "A/78/6 (Sect. 3)/Add.8" (A/RES/78/274 footnote 1), its own document, not A/78/6; so is a
 * volume: "A/78/5 (Vol. I)" and "A/78/5 (Vol. III)" are the Board of Auditors' reports on the United Nations and on the
 * International Trade Centre (A/RES/78/242 footnotes 1-2), two documents, not one A/78/5; and a part, printed so too:
 * "NPT/CONF.1995/32 (Part I)" (the 1995 Review Conference's Final Document, part I: A/RES/78/30 PP), "A/73/12 (Part I)", and two
 * parts bound as one: "NPT/CONF.2000/28 (Parts I and II)" (the 2000 Review Conference's Final Document, vol. I: A/RES/78/40).
 */
export const DOC_SYMBOL_RE =
  /(?<![\w/.\-–])[A-Z][A-Z0-9]{0,9}(?:\.\d+)?(?:\/[A-Z0-9][A-Za-z0-9]*(?:[.\-–][A-Za-z0-9]+)*(?:\([A-Za-z0-9.\-]{1,12}\)| \(Sect\. \d{1,2}[A-Z]?\)| \((?:Vol\.|Part) [IVX]{1,4}\)| \(Parts [IVX]{1,4} and [IVX]{1,4}\))?)+(?![\w/])/g;

/**
 * The second part of a joint symbol the PDF text printed after a space: "A/77/69/Add.1- E/2022/47/Add.1" (A/RES/79/226 note
 * 17, between "A/77/69-E/2022/47" and "A/78/72-E/2023/59"): one document, the Assembly's and the Council's. Sticky, read right
 * after a symbol that a hyphen and a space follow. Group 1: the second part.
 */
export const JOINT_SECOND_PART_RE = /- ([AES]\/\d{2,4}\/\d{1,4}(?:\/(?:Add|Corr|Rev)\.\d{1,2})*)(?![\w/])/y;

/**
 * A specialized agency's or a committee's document symbol printed with a space after its series, read after the word
 * "document(s)": "Food and Agriculture Organization of the United Nations, document CL 144/9 (C 2013/20), appendix D"
 * (A/RES/78/181 PP20 fn14 and 10 more notes), "document C 2015/20", "document CFS 2023/51/3.", "International Maritime
 * Organization, document MSC 84/24/Add.1" (20 texts of corpus-ga). Group 1: the symbol (a trailing full stop is no part of it).
 */
export const SPACED_DOC_SYMBOL_RE = /\bdocuments? ([A-Z]{1,5} \d{1,4}\/[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*)*)(?![\w/])/g;

/** The series word of a depositary notification's symbol: DEPOSITARY_NOTIFICATION_RE's gate. */
export const TREATIES_SERIES = 'TREATIES-';

/**
 * A depositary notification's symbol, "C.N.347.2024.TREATIES-XXVI.6" (number, year, the chapter of the Multilateral Treaties
 * Deposited with the Secretary-General, item), with its dots or as the PDF text prints it without them ("CN347 2024
 * TREATIES-XXVI 6", A/RES/79/58 fn3). Groups: number, year, chapter, item.
 */
export const DEPOSITARY_NOTIFICATION_RE = /(?<![\w.])C\.?N\.?\s?(\d{1,4})[.\s](\d{4})[.\s]TREATIES-([IVXL]{1,7})[.\s](\d{1,3})(?![\w/])/g;

/** Resolution and decision symbols are Resolution nodes, not documents. */
export const RESOLUTION_SYMBOL_RE = /^(?:A|E|S|A\/HRC)\/(?:RES|DEC)\//;

/** Titles that open a report reference: "final report", "annual report", "reports". */
const REPORT_WORD = String.raw`\b(?<report>(?:(?:final|annual|latest|global|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|progress|comprehensive|special|interim|synthesis|summary|consolidated|biennial|quadrennial|flagship|thematic|joint)\s+)*[Rr]eports?)`;

/**
 * "the report of the Secretary-General entitled “Road map for digital cooperation”",
 * "the report of the High-level Panel on Digital Cooperation, entitled “The age of
 * digital interdependence”", "the final report of ..., entitled *Governing AI for
 * Humanity*", "the report prepared by the secretariat of UNCTAD entitled “...”".
 * The title is quoted, in *italics*, or (after cleaning removed the italics)
 * a capitalised run up to the next comma, semicolon or full stop, or to "regarding", which the sentence goes on with
 * ("the report of the World Meteorological Organization entitled State of the Global Climate 2023 regarding the profound
 * changes seen in the cryosphere", A/RES/78/321 PP, twice). The author runs to no other report ("the synthesis report of
 * the Sixth Assessment Report and the special reports entitled Global Warming of 1.5°C", A/RES/78/319 PP8, 78/232: the special
 * reports are titled, the Assessment Report is the synthesis report's subject, no author). A title in single quotes is one
 * printed inside another's quoted title ("its resolution 76/6 ..., entitled “Follow-up to the report of the Secretary-General
 * entitled ‘Our Common Agenda’”", A/RES/78/318 PP11, 78/261 PP6); an apostrophe inside it ("’s") does not close it.
 */
export const TITLED_REPORT_RE = new RegExp(
  String.raw`${REPORT_WORD}\s+(?:(?:of|by|from|prepared\s+by|submitted\s+by|issued\s+by)\s+(?<author>(?:the\s+)?(?:(?!\s+and\s+(?:the\s+)?(?:[a-z]+\s+)?reports?\s)[^,;“”"()]|,(?=\s+Scientific\s+and\s+Cultural)){2,160}?)\s*,?\s+)?(?:entitled|titled)\s+(?:[“"](?<quoted>[^”"]{2,300})[”"]|‘(?<singleQuoted>(?:[^’“”]|’(?=[a-z])){2,300})’|\*(?<italic>[^*]{2,300})\*|(?<bare>(?:[A-Z]|(?:19|20)\d\d\s[A-Z])(?:[^,;“”"()]|,\s(?=[A-Z][\w-]*(?:,\s[A-Z][\w-]*)*\s+and\s+[A-Z])){1,200}?)(?=,(?!\s[A-Z][\w-]*(?:,\s[A-Z][\w-]*)*\s+and\s+[A-Z])|[;(]|\.(?:\s|$)|\s+and\s+(?:the\s(?!Pacific\b|Caribbean\b)|(?:a|an|its|his|her|their)\s)|\s+\d{1,3}(?:\s|$)|\s+regarding\s|$))`,
  'g',
);

/**
 * A report cited by its quoted title with no "entitled" between: "Taking note of the report “What are healthy diets? Joint
 * statement by the Food and Agriculture Organization of the United Nations and the World Health Organization (2024)” 3 by the
 * ..." (A/RES/79/276 PP25). Group "quoted": the title.
 */
export const QUOTED_REPORT_RE = new RegExp(String.raw`${REPORT_WORD}\s+\u201c(?<quoted>[^\u201d]{2,300})\u201d`, 'g');
/** the gate of QUOTED_REPORT_RE: the word, a space, an opening quotation mark */
export const QUOTED_REPORT_GATE_RE = /ports? \u201c/;

/** "the report of the Secretary-General on <subject>", "the Secretary-General’s report on <subject>". */
export const SG_REPORT_RE = new RegExp(
  String.raw`(?:${REPORT_WORD}\s+of\s+the\s+Secretary-General|\bSecretary-General['’]s\s+(?<report2>(?:annual\s+|progress\s+|latest\s+)*reports?))\s+on\s+(?=[a-z“"])`,
  'g',
);

/**
 * Where the subject of a report ends: punctuation, a footnote mark (after a word, or glued to a date's year: "as at 30 June 20231",
 * A/RES/78/296 PP2), or words that start a new phrase ("and the
 * report of ...", "and on the activities of ..."). Not "and its"/"and their": in corpus-ga they only carry the subject
 * on ("... science and technology and their potential impact on international security and disarmament efforts",
 * "... the continuing operation of the Register and its further development"). "and also" opens the clause's next verb, after
 * a footnote mark printed apart ("the report of the Secretary-General on the work of the Technology Bank for the Least Developed
 * Countries 20 and also decides to include ...", A/RES/80/150 OP38). Nor the next resolution of a list the
 * report's subject was the title of ("72/276 of 26 April 2018 on the follow-up to the report of the Secretary-General on
 * peacebuilding and sustaining peace and 76/305 of 8 September 2022 on ...", A/RES/79/321 PP6), after a word (not "on the
 * implementation of resolutions 55/235 and 55/236"). Nor when the report is to be discussed: "the report of the Secretary-General on
 * the review of the implementation of commitments made toward Africa’s development during the resumed seventy-ninth session of the
 * General Assembly" (A/RES/79/263 OP57, 78/262), as "during its" (a session, not a subject's "during the pandemic"). Nor when it is
 * still to come: "the quadrennial report of the Secretary-General on progress in the implementation of the New Urban Agenda to be
 * presented in 2026" (A/RES/79/214 OP29), or when it is due: "the report of the Secretary-General on progress made in the
 * implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international
 * levels ahead of the WSIS+20 review" (A/RES/79/1 annex I 71). Nor what the report is to say: "to update the information in the
 * next report of the Secretary-General on multilingualism on how to ensure the publication of procurement notices ..." (A/RES/78/330
 * OP10): the subject is "multilingualism". So for what the report proposes, a purpose clause "to <verb>": "the report of the
 * Secretary-General on multilingualism to achieve full parity among the six official languages", "... to reinforce the broader
 * multilingual development ..." (A/RES/78/330 OP51, OP52). Only a few verbs of purpose: a subject holds "to" before nouns ("access
 * to justice", "follow-up to the"); measured in session 59, no other report subject of corpus-ga has "to" before a verb. Not after the nouns that take their
 * own "to" ("on how to strengthen", "on measures to ensure", "on efforts to promote"): there the verb is the subject.
 */
export const SUBJECT_END_RE =
  /[,;:(“”"¹²³⁴⁵⁶⁷⁸⁹⁰]|\.(?=\s|$)|\s(?:and\s+(?:the|his|her|to|in|on|of|welcomes|notes|takes|also)|(?:to\s+be\s+)?(?:submitted|presented)|pursuant|prepared|which|that|as\s+(?:requested|mandated|called)|contained|in\s+accordance|issued|in\s+response|at\s+its|during\s+its|during\s+the\s+(?:resumed\s+|main\s+part\s+of\s+the\s+)?[a-z]+(?:-[a-z]+)?\s+(?:regular\s+|special\s+)?session|for\s+consideration|ahead\s+of|including|entitled|on\s+how\s+to|(?<!\b(?:how|measures|efforts|ways|means|steps|actions?)\s)to\s+(?:achieve|reinforce|ensure|strengthen|enhance|improve|promote))\b|(?<=[a-z])\d{1,2}(?=\s|$)|(?<=[a-z])\sand\s+(?=\d{1,3}\/\d)|(?<=(?:ary|rch|ril|May|une|uly|ust|ber) (?:19|20)\d\d)\d{1,2}(?=\s|$)|$/g;
/**
 * Right after a report's subject, the purpose clause SUBJECT_END_RE stops at (" to achieve full parity ..."): the subject before it
 * may be one word ("on multilingualism", A/RES/78/330 OP51, OP52), which a subject cut anywhere else may not be.
 */
export const PURPOSE_CLAUSE_AFTER_RE = /^\s+to\s+(?:achieve|reinforce|ensure|strengthen|enhance|improve|promote)\b/;

/**
 * The edition year of a flagship report, printed after the word: "Digital Economy Report 2024", "World Investment
 * Report 2023", "Human Development Report 2023/2024". The title's words are read back from "Report" (REPORT_TITLE_WORD).
 * A subject may stand between ("Sustainable Development Goal 6 Synthesis Report on Water and Sanitation 2023", A/RES/78/206
 * PP8, 78/327 PP17; "its Global Report on Trafficking in Persons 2022", A/RES/79/145 OP124): group "subject".
 * So an "Update" edition, its subject after the year ("as shown in the Summary Progress Update 2021 on Sustainable Development
 * Goal 6", A/RES/80/216 PP12, 78/206): group "after".
 */
export const REPORT_EDITION_RE =
  letterRe(String.raw`(?<![\p{L}\p{N}])(?:Report|Update)\s+(?:on\s+(?<subject>\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|and|of|on|for|in|to)){0,6})\s+)?((?:19|20)\d{2}(?:\s?[/–-]\s?(?:(?:19|20)\d{2}|\d{2}))?)(?![\p{L}\p{N}/])(?:(?<=Update\s+\d{4})\s+on\s+(?<after>\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|\d{1,2}|and|of|on|for|in|to)){0,6}))?`, 'gu');

/**
 * An edition of a "The State of ..." flagship ("The State of Food Security and Nutrition in the World 2023", "The State of
 * World Fisheries and Aquaculture 2024", "The State of Broadband Report 2024"): the series' words (group 1), "Report" maybe,
 * the year (group 2). Printed with subtitles that differ in case and length ("2023: Urbanization, agrifood systems ...",
 * "2023: Urbanization, Agrifood Systems ...") or none ("as indicated in The State of World Fisheries and Aquaculture 2022").
 * The year keeps "The State of Palestine" out.
 */
export const STATE_OF_EDITION_RE =
  letterRe(String.raw`(?<![\p{L}\p{N}])The\s+State\s+of\s+((?:(?:the|and|of|in|for|on)\s+|\p{Lu}[\p{L}’'-]*\s+){1,10}?)(?:Report\s+)?((?:19|20)\d{2})(?![\p{L}\p{N}/])`, 'gu');

/**
 * An edition of the United Nations' flagship printed with its year and without the word "report": "World Economic Situation
 * and Prospects 2022 of the Department of Economic and Social Affairs" (A/RES/80/126 OP40, 79/234 OP36, 78/140 OP31). One
 * document per edition (group 1: the year), as "Financing for Sustainable Development Report 2022" printed beside it; the
 * series printed without a year stays the series.
 */
export const WESP_EDITION_RE = letterRe(String.raw`(?<![\p{L}\p{N}])World\s+Economic\s+Situation\s+and\s+Prospects\s+((?:19|20)\d{2})(?![\p{L}\p{N}/])`, 'gu');

/**
 * The edition year of a flagship report, printed before its title: "the 2023 Global Sustainable Development Report"
 * (A/RES/78/151 OP5, 80/147 PP19), "the 2018 Disability and Development Report: Realizing ..." (A/RES/78/195 PP21), "the
 * publication entitled 2024 Global Report on Food Crises: Joint Analysis ..." (A/RES/79/227 PP52). The title's words are
 * read on from the year up to "Report" (REPORT_TITLE_WORD_RE).
 */
export const YEAR_FIRST_REPORT_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(?:the|entitled)\s+((?:19|20)\d{2})\s+(?=\p{Lu})`, 'gu');

/** A word of a report's title before "Report": capitalised ("World", "UNEP", "E-Government"), or a number ("Goal 6"). */
export const REPORT_TITLE_WORD_RE = letterRe(String.raw`^(?:\p{Lu}[\p{L}\p{N}’'-]*|\d{1,2})$`, 'u');

/** Small words inside a title ("Trade and Development", "Financing for Sustainable Development", "The State of Broadband"). */
export const REPORT_TITLE_JOINER_RE = /^(?:and|of|on|for|in|to)$/;

/**
 * Reports the genre cites by title in lists and footnotes, where a title is not introduced by
 * "entitled" ("special reports 21" with footnote "Global Warming of 1.5°C, Climate Change and Land:
 * An IPCC Special Report on ... and The Ocean and Cryosphere in a Changing Climate") or runs into
 * the next title ("special reports entitled Global Warming of 1.5°C and The Ocean and Cryosphere in
 * a Changing Climate"). Each is one Document, keyed by its title, however it is printed.
 */
export interface KnownReport {
  title: string;
  /** every printed form, longest first */
  printed: RegExp;
}

export const KNOWN_REPORTS: readonly KnownReport[] = [
  {
    // IPCC special report, 2018; or by its subtitle after the Panel's name: "the special report of the Intergovernmental Panel
    // on Climate Change on the impacts of global warming of 1.5 degrees Celsius above pre-industrial levels and related global
    // greenhouse gas emission pathways" (A/RES/79/221 PP5, 78/164 PP6, 80/153 and six more texts)
    title: 'Global Warming of 1.5°C',
    printed:
      /(?<![\w-])(?:(?:IPCC\s+)?Special\s+Report\s+on\s+)?Global\s+Warming\s+of\s+1\.5\s?°C|(?<=\bspecial\s+report\s+of\s+the\s+Intergovernmental\s+Panel\s+on\s+Climate\s+Change\s+on\s+the\s+)impacts\s+of\s+global\s+warming\s+of\s+1\.5\s+degrees\s+Celsius(?:\s+above\s+pre[-\u2011]industrial\s+levels\s+and\s+related\s+global\s+greenhouse\s+gas\s+emission\s+pathways)?/g,
  },
  {
    // IPCC special report, 2019
    title: 'The Ocean and Cryosphere in a Changing Climate',
    printed: /(?<![\w-])(?:(?:IPCC\s+)?Special\s+Report\s+on\s+the|The)\s+Ocean\s+and\s+Cryosphere\s+in\s+a\s+Changing\s+Climate/g,
  },
  {
    // IPCC special report, 2019: its subtitle holds commas and "and", so it is listed whole; the subtitle is printed alone
    // too ("the findings of the Intergovernmental Panel on Climate Change in An IPCC Special Report on Climate Change,
    // Desertification, ...", A/RES/80/139 PP19)
    title: 'Climate Change and Land',
    printed:
      /(?<![\w-])(?:Climate\s+Change\s+and\s+Land(?::\s+An\s+IPCC\s+Special\s+Report\s+on\s+Climate\s+Change,\s+Desertification,\s+Land\s+Degradation,\s+Sustainable\s+Land\s+Management,\s+Food\s+Security,\s+and\s+Greenhouse\s+Gas\s+Fluxes\s+in\s+Terrestrial\s+Ecosystems|(?=\s*[:,;.]|\s+and\s|\s*$))|(?:IPCC\s+)?Special\s+Report\s+on\s+Climate\s+Change\s+and\s+Land|(?:An\s+)?IPCC\s+Special\s+Report\s+on\s+Climate\s+Change,\s+Desertification,\s+Land\s+Degradation,\s+Sustainable\s+Land\s+Management,\s+Food\s+Security,\s+and\s+Greenhouse\s+Gas\s+Fluxes\s+in\s+Terrestrial\s+Ecosystems)/g,
  },
  {
    // the Nuremberg Tribunal's judgment of 1946, printed in the texts on glorifying Nazism after the Tribunal's Charter, "the
    // Charter of the Nuremberg Tribunal, and the Judgment of the Tribunal which recognized as criminal ... the SS organization"
    // (A/RES/80/192 PP4, 79/160, 78/190): a bare "the Judgment of the Tribunal" only right after the Tribunal is named so
    title: 'Judgment of the Nuremberg Tribunal',
    printed: /(?<![\w-])Judgment\s+of\s+the\s+Nuremberg\s+Tribunal(?![\w-])|(?<=\bNuremberg\s+Tribunal,?\s+and\s+the\s+)Judgment\s+of\s+the\s+Tribunal(?![\w-])/g,
  },
];

/**
 * The volumes of an IPCC assessment, titled "Climate Change <year>: <subtitle>" and printed unquoted, in a list, their subtitles
 * with commas of their own: "the contributions of Working Groups I, II and III to the Sixth Assessment Report of the
 * Intergovernmental Panel on Climate Change, entitled Climate Change 2021: The Physical Science Basis, Climate Change 2022:
 * Impacts, Adaptation and Vulnerability and Climate Change 2022: Mitigation of Climate Change, and the special reports ..."
 * (A/RES/78/168 PP7), "Climate Change 2023: Synthesis Report, as well as ..." (A/RES/78/159, 80/145). The subtitle is capitalised
 * words joined by spaces, commas or small words; the next volume's "Climate Change <year>" and a lower-case word end it.
 */
const IPCC_WORD = letterSource(String.raw`\p{Lu}[\p{L}’'-]*`);
const IPCC_JOIN = String.raw`(?:,\s+|\s+(?:and|of|on|in|for)\s+(?:the\s+)?|\s+)(?!Climate\s+Change\s+(?:19|20)\d\d)`;
export const IPCC_VOLUME_RE = letterRe(String.raw`(?<![\p{L}-])Climate\s+Change\s+(?:19|20)\d\d:\s+${IPCC_WORD}(?:${IPCC_JOIN}${IPCC_WORD})*`, 'gu');
/** the gate of IPCC_VOLUME_RE */
export function mayCiteIpccVolume(text: string): boolean {
  return text.includes('Climate Change 20') || text.includes('Climate Change 19');
}

/**
 * Cheap gate: every printed form above holds one of these words (the subtitle printed alone, its first words). "and Land" is searched from the first "Land" (4
 * characters before it): a search stops at each occurrence of its first character, rare for "L", one letter in
 * twelve for "a" (the gate cost 2.3x more). From the text's end when there is none: both searches always run, as a
 * call first made after V8 compiled this gate threw the compiled code away.
 */
export function mayCiteKnownReport(text: string): boolean {
  // ("1.5 degrees": the 2018 report named by its subject, "on the impacts of global warming of 1.5 degrees Celsius ...")
  if (text.includes('Warming') || text.includes('Cryosphere') || text.includes('Special Report on Climate Change,') || text.includes('1.5 degrees')) return true;
  // (the Nuremberg Tribunal's Judgment)
  if (text.includes('Judgment of the')) return true;
  const land = text.indexOf('Land');
  return text.includes('and Land', land < 0 ? text.length : land - 4);
}

/**
 * One scan for the words of findDocumentRefs' rare passes: every word each of their own gates asks for (mayCiteKnownReport's,
 * "and Land" by its "Land"; mayCiteIpccVolume's; the general comments' "l comment" / "l recommendation"; "The State of ",
 * "Situation and Prospects ", STUDY_ON), found in ~0.7% of corpus-ga's texts: only those run the gates themselves. A new rare
 * pass's gate word goes here too. Session 50 (spd50b), the gates over corpus-ga's 49,125 paragraph and footnote texts (17.5M
 * characters, one thread, ingest flags, CPU per pass at host load ~14): eleven searches and a regex 71 ms, this one regex 31 ms.
 * The references worker's stages alone (read to v8 serialize, warm-up included) over every 10th corpus-ga file, callgrind, one
 * thread, fixed seeds: 5,699,747,576 -> 5,672,593,753 instructions (-0.48%). The whole pipeline (bench:instructions --step 30,
 * ec9986f against this change, host load ~15): 6,688,250,400 -> 6,735,373,097 (+0.70%, within that bench's run-to-run swing of
 * ~1%; memchr -2.6M as expected, Builtins_LoadIC_Megamorphic 68.6M where base had it below its top 25, not traced further).
 */
export const RARE_DOCUMENT_WORDS_RE =
  /Warming|Cryosphere|1\.5 degrees|Special Report on Climate Change,|Land|Judgment of the|Climate Change (?:19|20)|l comment|l recommendation|The State of |Situation and Prospects |Study on /;

/**
 * A footnote that cites a body's whole report by its Official Records supplement: "Official Records of the General Assembly,
 * Eightieth Session, Supplement No. 10 (A/80/10)." (the International Law Commission's report, A/RES/80/164 footnote 1),
 * "..., Supplement No. 53 (A/78/53), para. 12.", "Official Records of the Economic and Social Council, 2024, Supplement No. 4
 * (E/2024/24).": the symbol in brackets (group 1) names the report the text cites. Not a part of the report printed after
 * it ("annex I", "sect. C": an instrument inside it), nor a second supplement ("; and ibid., ..."). A volume of one: "Relevant
 * parts of the Official Records ..., Seventy-ninth Session, Supplement No. 5, vol. I (A/79/5 (Vol. I))." (the Board of Auditors'
 * report on the United Nations, A/RES/79/246 PP2). A report with its addendum: "..., Supplement No. 11 and addendum (A/79/11 and
 * A/79/11/Add.1)." (the Committee on Contributions', A/RES/79/3 PP1, 79/249 PP4). A part of one: "..., Supplement No. 12 (A/78/12
 * (Part I))." (the High Commissioner for Refugees' report, A/RES/78/185 OP1). The session's ordinal misprinted in lower case:
 * "Official Records of the General Assembly, eightieth Session, Supplement No. 23 (A/80/23)." (A/RES/80/96 footnote 1).
 */
export const OFFICIAL_RECORDS_REPORT_RE =
  /^(?:See\s+|Relevant\s+parts\s+of\s+the\s+)?Official\s+Records\s+of\s+the\s+(?:General\s+Assembly|Economic\s+and\s+Social\s+Council|Security\s+Council|Trade\s+and\s+Development\s+Board),\s+(?:[A-Za-z][a-z]+(?:-[a-z]+)?\s+(?:Special\s+)?Session|\d{4}(?:\s+Session)?),\s+Supplement\s+No\.\s+\d{1,3}[A-Z]?(?:\s+and\s+(?:corrigendum|addendum)|,\s+addendum|,\s+vol\.\s+[IVX]{1,4})?\s+\(([^()]{4,60}?(?:\s\((?:Vol\.|Part)\s+[IVX]{1,4}\))?)\)(?:,\s+(?:paras?\.|chap\.)\s+[\w.–-]+(?:\s+(?:to|and)\s+[\w.–-]+)?)?\.?\s*$/;

/**
 * A footnote that cites a sitting's report printed the older way, the sitting's name, place and dates first, then ": report
 * prepared by the Secretariat" and the sales number: "Seventh United Nations Congress on the Prevention of Crime and the
 * Treatment of Offenders, Milan, 26 August–6 September 1985: report prepared by the Secretariat (United Nations publication,
 * Sales No. E.86.IV.1), chap. I, sect. D.2, annex." (A/RES/78/227 footnote 4; "See Eighth United Nations Congress ..., Havana,
 * 27 August–7 September 1990: report prepared by the Secretariat ...", 78/227, 78/229, 79/176, 80/229): the sitting's report, as
 * "Report of the <sitting>, <place>, <dates> (United Nations publication ...)" is. Group 1: the sitting.
 */
export const SECRETARIAT_REPORT_OF_SITTING_RE =
  /^(?:See\s+)?((?:[A-Z][\w-]*\s+)+(?:[a-z]+\s+(?:the\s+)?)?[A-Z][^,()]{2,250}?),\s+[A-Z][^():]{0,160}?(?:19|20)\d{2}:\s+report\s+prepared\s+by\s+the\s+Secretariat\s*\(United\s+Nations\s+publication\b/;
/** the gate of SECRETARIAT_REPORT_OF_SITTING_RE */
export const SECRETARIAT_REPORT_OF_SITTING_GATE = ': report prepared by the Secretariat';

/**
 * A footnote that cites a sitting's report by its symbol, the sitting's name, place and dates first: "Report of the International
 * Ministerial Conference of Landlocked and Transit Developing Countries and Donor Countries and International Financial and
 * Development Institutions on Transit Transport Cooperation, Almaty, Kazakhstan, 28 and 29 August 2003 (A/CONF.202/3), annex I."
 * (A/RES/78/148 footnote 11, 78/163), "Report of the United Nations Conference on the Illicit Trade in Small Arms and Light Weapons
 * in All Its Aspects, New York, 9–20 July 2001 (A/CONF.192/15), chap. IV, para. 24." (every small-arms text): the report, as the
 * sales-number form (CONFERENCE_REPORT_RE in documents.ts) is, but the symbol's Document. Group 1: the sitting; the match ends at
 * the bracket that opens the symbol.
 */
export const CONFERENCE_REPORT_SYMBOL_RE = /^(?:See\s+)?Report\s+of\s+the\s+([^,()]{4,250}),\s+[A-Z][^()]{0,160}?(?:19|20)\d{2}\s*\(/;

/**
 * After a conference report's publication bracket, the conference's own numbered resolution the note cites: "... (United Nations
 * publication, Sales No. E.96.IV.8), chap. I, resolution 1, annexes I and II." (A/RES/78/172 note 1), "..., vol. I, Resolutions
 * Adopted by the Conference (...), resolution 1, annex I." (A/RES/80/135 note 1), "..., chap. I, resolution I, annexes I and II."
 * (A/RES/80/175). Read from the bracket that closes the publication on.
 */
export const REPORT_CITES_CONFERENCE_RESOLUTION_RE = /^[^()]*\)(?:,\s+chap\.\s+[IVX]{1,4})?,\s+resolution\s+(?:\d{1,2}|[IVX]{1,4})\b/;

/**
 * A footnote that cites a review conference's Final Document by its volumes' symbols, the sitting's name first: "See 2010 Review
 * Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, Final Document, vol. I (NPT/CONF.2010/50
 * (Vol. I)), part I, ..." (A/RES/78/28 footnote 1), "..., Final Document, vols. I–III (NPT/CONF.2010/50 (Vol. I), NPT/CONF.2010/50
 * (Vol. II) and NPT/CONF.2010/50 (Vol. III))." (78/40), "See 1995 Review and Extension Conference ..., Final Document, Part I
 * (NPT/CONF.1995/32 (Part I) and NPT/CONF.1995/32 (Part I)/Corr.2), annex.": each symbol in the bracket is (a volume of) the
 * sitting's Final Document. Group 1: the sitting; the match ends at the bracket that opens the symbols.
 */
export const FINAL_DOCUMENT_SYMBOLS_RE =
  /^(?:See\s+)?((?:19|20)\d\d\s+[A-Z][^,()]{4,250}),\s+Final\s+Document,\s+(?:vols?\.\s+[IVX]{1,4}(?:[–-][IVX]{1,4})?|Parts?\s+[IVX]{1,4})\s*\(/;
/** the gate of FINAL_DOCUMENT_SYMBOLS_RE */
export const FINAL_DOCUMENT_SYMBOLS_GATE = ', Final Document, ';

/**
 * A report's mark printed on its noun, before its author: "taking note of the note12 by the Secretariat on ..." (A/RES/80/151
 * OP6), "the first 1 and second2 annual progress reports of the open-ended working group on ..." (A/RES/78/16 PP8).
 * MARKED_NOUN_BEFORE_RE: the words the mark ends (a report word, or the ordinal of a list of them);
 * MARK_TO_AUTHOR_RE: from the mark to the author's name, other marks cut (a few lower-case words, the last "of the"/"by the");
 * its group 1: the words before "of"/"by", which end on the report word.
 */
export const MARKED_NOUN_BEFORE_RE = /\b(?:reports?|notes?|first|second|third|fourth|fifth|sixth)\s?$/;
export const MARK_TO_AUTHOR_RE = /^((?:\s+[a-z]+){0,6})\s+(?:of|by)\s+the\s+$/;
export const REPORT_NOUN_END_RE = /(?:^|\s)(?:reports?|notes?)$/;
/**
 * The words that single out one of a body's reports right before "report of the <body>": "the second annual progress report of the
 * Open-ended Working Group,1" (A/RES/78/237 OP3, "1 See A/78/265."); group 1 the words ("second annual progress ").
 * documentLinks.ts linkBareOtherAuthors: the same words printed again ("as set out in annex A to the second annual progress report
 * of the Open-ended Working Group", OP4, OP7) name the footnoted report; other words ("the first annual progress report") another.
 */
export const REPORT_QUALIFIER_BEFORE_RE = new RegExp(`\\bthe\\s+((?:(?:${ORDINAL_SOURCE}|annual|progress|final|interim|substantive|consolidated)\\s+)+)$`);

/**
 * Between a body's name and its report's mark, a subject then where the report went: "the report of the Special Rapporteur on the
 * rights of persons with disabilities on her visit to the Democratic People’s Republic of Korea in May 2017, submitted to the
 * Council at its thirty-seventh session,10" (A/RES/78/218 PP8; the gap with its names masked): the body's report, as a subject
 * alone or a modifier alone is (documentLinks.ts BODY_REPORT_TO_MARK_RE, MODIFIER_TO_MARK_RE).
 */
export const SUBJECT_THEN_SUBMITTED_TO_MARK_RE = /^\s+on\s+[^,;()“”"]{1,200}?,\s+(?:submitted|presented)\s+to\s+the\s+[^;,()“”"]{1,120}[\s”"’*_,.;]{0,4}$/;

/** After a body's report's words, the year of work it covers: " for 2024", " for the year 2023" (group 1: the year). */
export const REPORT_FOR_YEAR_RE = /^\s+for\s+(?:the\s+year\s+)?((?:19|20)\d\d)(?!\d)/;
/** Before a body's name: "the report of the ", "the reports of the ", "the report on precursors of the " (group 1: the noun and its
 *  subject word, as the title prints them). */
export const REPORTS_OF_THE_BEFORE_RE = /\bthe\s+((?:annual\s+)?reports?(?:\s+on\s+[a-z]+)?)\s+of\s+the\s+$/;
/** After it: the years of work the reports cover, " for 2022", " for 2022 and 2023" (groups 1 and 2), no footnote mark glued on. */
export const REPORTS_FOR_YEARS_AFTER_RE = /^\s+for\s+((?:19|20)\d\d)(?:\s+and\s+((?:19|20)\d\d))?(?![\d/])/;

/**
 * A document's title printed right before its symbol in brackets, after "the" (not "of the": "the report of the ... (symbol)"
 * names a report by its author): "consider necessary adjustments to the Goods Review List (S/2002/515)" (S/RES/1454 (2002) PP4).
 * Two to six capitalised words, no connector (the run must be a title of its own). Applied to the words before " (".
 */
export const TITLE_BEFORE_SYMBOL_RE = /(?<!\bof\s)\bthe\s+((?:[A-Z][a-z]+\s+){1,5}[A-Z][a-z]+)$/;

/** After a body's name, where in its own report a text is: " contained in paragraph 146 of its report" ("Endorses the
 *  recommendations and conclusions of the Committee on Relations with the Host Country contained in paragraph 146 of its
 *  report;", A/RES/78/116 OP1, 79/130, 80/172), " contained in chapter V of its report". Group 1: "its report", which
 *  ITS_REPORT_ALONE_AFTER_RE must end (not "its report on the work of its sixty-third session", another year's, A/RES/78/114). */
export const CONTAINED_IN_ITS_REPORT_RE = /^\s+contained\s+in\s+(?:paragraphs?|chapters?|sections?)\s+[\w().]+(?:(?:,|\s+and|\s+to)\s+[\w().]+){0,4}\s+of\s+(its\s+report)/;
/**
 * Before a report's bare words, the part of it cited: "Takes note of paragraphs 440 to 444 of the report of the International Law
 * Commission describing ..." (A/RES/80/164 OP20), "paragraphs 490 to 493 of the report of ... with regard to cooperation" (OP29;
 * 79/121, 78/108): what follows the words then says what those paragraphs are about (PART_TOPIC_AFTER_RE), not which report.
 */
export const PART_OF_REPORT_BEFORE_RE = /\b(?:paragraphs?|chapters?|sections?)\s+[\w().]+(?:(?:,|\s+and|\s+to)\s+[\w().]+){0,4}\s+of\s+the\s+$/;
/** ... and after them, the cited part's topic: "describing the reduction of its annual session", "with regard to cooperation" */
export const PART_TOPIC_AFTER_RE = /^\s+(?:describing|with\s+regard\s+to|regarding|relating\s+to)\s/;
/** After a body's name, a next clause taking its report by the pronoun: ", and welcomes its report" ("Takes note with appreciation
 *  of the work of the Committee for Programme and Coordination, and welcomes its report;", A/RES/78/244 OP6, 79/247, 80/233).
 *  Group 1: "its report", which ITS_REPORT_ALONE_AFTER_RE must end, as for CONTAINED_IN_ITS_REPORT_RE. */
export const AND_VERB_ITS_REPORT_RE = /^,?\s+and\s+(?:also\s+)?(?:welcomes|welcoming|endorses|endorsing|notes|noting|takes\s+note\s+of|taking\s+note\s+of)\s+(?:with\s+appreciation\s+)?(its\s+report)/;
/** The Secretary-General's pronoun taking the report, the Secretary-General printed at once after: "Notes that in his report the
 *  Secretary-General urged" (A/RES/80/130 OP8). Group 1: "his report". */
export const PRONOUN_REPORT_BEFORE_SG_RE = /\bin\s+((?:his|her)\s+report)\s+the\s+Secretary-General\b/g;
/** what may follow "its report" that names the report itself: the clause or sentence goes on or ends */
export const ITS_REPORT_ALONE_AFTER_RE = /^(?:\s*[,;.:]|\s*$|\s+and\s)/;

/** "takes note of its final report", "and of its interim report": a body's report named by the pronoun. Group "stage". */
export const ITS_STAGE_REPORT_RE = /\bits\s+(?<stage>final|interim)\s+report\b/g;
/** The names printed before the pronoun: a capitalised run with its joining words ("High-level Panel on the Development of ..."). */
export const REPORT_OWNER_RE = /(?<![\w’'-])[A-Z][\w’'-]*(?:\s+(?:(?:of|on|for|and|the|to|in|a|an)\s+)*[A-Z][\w’'-]*)*/g;
/**
 * After an owner's name the sentence goes on (a comma, "and", past a closing quotation mark), where a lowercase purpose would go
 * on with the name ("the Group of Governmental Experts to further consider ...", A/RES/78/40 OP9: no full name).
 */
export const OWNER_GOES_ON_RE = /^[”"]?(?:,|\s+and\s)/;
/** after the pronoun's report: a bracketed symbol names it ("as proposed in its interim report (S/25274)", S/RES/827 (1993) PP10) */
export const BRACKET_AFTER_RE = /^\s?\(/;
/**
 * "the report of the High-level Panel" after "takes note of its final report" named the report of the "High-level Panel on the
 * Development of a Multidimensional Vulnerability Index for Small Island Developing States" (A/RES/78/322 OP16, OP23): the report
 * named before, by the head of its author's name (documents.ts shortFormReportMentions). Group "author": the name printed.
 */
export const SHORT_FORM_REPORT_RE = /\bthe\s+report\s+of\s+the\s+(?<author>[A-Z][\w’'-]*(?:\s+(?:(?:of|on|for|and|the|to|in|a|an)\s+)*[A-Z][\w’'-]*)*)/g;
/** after the short form: the report named alone (a comma, the end of the clause, or the words that go on with the sentence) */
export const REPORT_NAMED_ALONE_AFTER_RE = /^(?:\s*[,;.:]|\s*$|\s+(?:and|to|as|in|which|that|with|including|be|is|are|was|were)\b)/;
/** a body's sitting, not the body, owns the report: "the fifty-first session of the Committee on World Food Security, ..., and the adoption of its final report" (A/RES/78/168 PP19) */
export const SESSION_OF_THE_BEFORE_RE = /session\s+of\s+the\s+[“"]?$/;
/** where the sentence the pronoun stands in opens: after a semicolon or a full stop */
export const CLAUSE_BREAK_RE = /[;.]\s/g;

/**
 * A study cited by its title, after "the" or an ordinal: "the subsequent publication in 1989 of the Study on the Climatic and
 * Other Global Effects of Nuclear War" (A/RES/79/238 PP4), "the first Global Study on Smuggling of Migrants published by the
 * United Nations Office on Drugs and Crime" (A/RES/78/229 OP52, 80/229 OP43). Not inside a body's name ("the Expert Group to
 * Conduct a Comprehensive Study on Cybercrime": a capitalised word before). Group "title".
 */
export const STUDY_TITLE_RE =
  /(?<=\b(?:the|first|second|third)\s)(?<title>(?:Global\s+)?Study\s+on\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:of|on|for|and|the|to|in|a|an)\s+)*[A-Z][\w’'-]*)*)/g;
/** the gate of STUDY_TITLE_RE */
export const STUDY_ON = 'Study on ';

/**
 * ": <subtitle>" (or ", entitled <subtitle>") after an edition's name: capitalised words and joiners, up to punctuation or a
 * lowercase word that is no joiner ("by"). "with" joins ("Persons with Disabilities"), and so does a listed run of
 * prepositions ("Realizing the Sustainable Development Goals by, for and with Persons with Disabilities", the Disability and
 * Development Reports of A/RES/78/178, 78/195, 79/149, 80/197).
 */
export const SUBTITLE_AFTER_RE = letterRe(
  String.raw`(?::|,\s+entitled)\s+\p{Lu}[\p{L}\p{N}’'-]*(?:\s+(?:(?:and|of|on|for|in|to|the|with|(?:by|for|with)(?:,\s+(?:by|for|with))*,?\s+and\s+(?:by|for|with))\s+)*\p{Lu}[\p{L}\p{N}’'-]*)*`,
  'uy',
);
/** where a subtitle's words may end: punctuation, a footnote mark ("... Persons with Disabilities 11 presents"), the end, or "by the"/"of the" before the publisher */
export const SUBTITLE_END_RE = /^(?:\s*[,;.)”]|\s?\d{1,3}(?![\d/.])(?=\s|[,;]|$)|\s*$|\s+(?:by|of)\s+the\s)/;
