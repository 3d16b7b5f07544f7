// Precompiled patterns for resolution citations. Kept apart from the logic so
// a reader can see every printed form the recogniser knows in one place.
import { letterRe } from '../letter-classes.js';
import { DAY_MONTH_YEAR_SOURCE, DAY_OF_MONTH_OF_YEAR_SOURCE } from './dates.js';
import { ORDINAL_SOURCE } from './events.patterns.js';
import { MONTHS } from '../months.patterns.js';

export const GA = 'General Assembly';
export const ECOSOC = 'Economic and Social Council';
export const SC = 'Security Council';
export const HRC = 'Human Rights Council';
export const CHR = 'Commission on Human Rights';

/**
 * Cheap pre-filter: nothing to do without one of these words. An alternation of plain
 * words (no character classes: an alternation of classes was once the recogniser's single
 * largest cost on paragraphs without citations): one scan where five includes() scanned the
 * 80% of texts that cite nothing five times (33-40 vs 57-63 ms CPU per corpus-ga pass).
 */
const MAY_CITE_RESOLUTIONS_RE = /esolution|ecision|\/RES\/|\/DEC\/|\/Res\./;
export function mayCiteResolutions(text: string): boolean {
  return MAY_CITE_RESOLUTIONS_RE.test(text);
}

/** The word that opens a citation: "resolution(s)" / "decision(s)". */
export const INTRO_WORD_RE = /\b(?:[Rr]esolutions?|[Dd]ecisions?)(?=[\s,;.])/g;

/**
 * What may stand right before that word: a body (longest names first, so
 * "Human Rights Council" wins over "Council") or "its". Run on a short slice
 * ending at the word: scanning the whole text with this optional prefix was
 * 20x slower than finding the word first.
 */
export const INTRO_BEFORE_RE =
  /(?:\b(?<body>General Assembly|Economic and Social Council|ECOSOC|Security Council|Human Rights Council|Commission on Human Rights|Assembly|Council|SC|GA|HRC)(?:['’]s)?|\b(?<its>its|[Tt]heir)(?:\s+own)?)\s+$/;

/** "draft resolution 8" is not a citation of an adopted resolution. */
export const DRAFT_BEFORE_RE = /\bdraft\s+$/;

/** A body printed after the number: "the resolution 58/13 by the Human Rights Council", "resolution 5/1 of the Human Rights Council". */
export const BODY_AFTER_RE =
  /^\s*,?\s*(?:(?:adopted\s+)?by|of)\s+the\s+(General Assembly|Economic and Social Council|Security Council|Human Rights Council|Commission on Human Rights)\b/;

/**
 * A body we do not key printed after the number: "decision 15/11 of the Conference of the
 * Parties to the Convention on Biological Diversity", "decisions 21/1 and 21/2 adopted by the
 * High-level Committee on South-South Cooperation", "decision 14/1 of the Open-ended Working
 * Group on Ageing". A capitalised run (with the small words of a name) that holds a body noun; a
 * symbol is no word of it ("EC-55/1 of the Executive Council and A-32/3 of the Assembly").
 */
export const FOREIGN_BODY_AFTER_RE =
  /^\s*,?\s*(?:(?:adopted\s+)?by|of)\s+the\s+((?:[A-Z][\w’'-]*)(?:\s+(?:[A-Z](?![\w’'-]*\/)[\w’'-]*|of|on|the|and|for|to|against|in))*)/;

/** Head nouns a body printed after the number must hold. */
export const AFTER_BODY_NOUN_RE = /\b(?:Assembly|Council|Commission|Sub-?[Cc]ommission|Conference|Board|Committee|Parties|Group|Forum|Meeting)\b/;

/**
 * A footnote mark as the cleaned text keeps it inside a list: digits glued to
 * the year or number before ("2021" + "5" in "12 July 20215 and 53/17",
 * "76/179" + "18" in "76/17918") or standing after the comma (",5 38/6",
 * ", 24 6/2"), or superscripts.
 */
export const FOOTNOTE_MARK = '(?:\\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})';

/**
 * One cited number, in every printed form. Optional markdown link residue
 * "[70/125](#)" and escaped parentheses "2200 A \(XXI\)" are tolerated.
 *  - spec:    special / emergency special session "S-27/2", "ES-10/19"
 *  - a/b:     "70/125" (session/number) or "2006/46" (year/number)
 *  - old:     "217 A (III)", "1514 (XV)", "1 (S-IV)" (GA and ECOSOC before 1976-78)
 *  - sc:      "242 (1967)" (Security Council)
 *  - fao:     "7/2019" (number/year: the FAO Conference; only with that body printed)
 *  - bare:    "1373" (Security Council, only after an explicit Council)
 */
const ITEM_CORE = String.raw`(?:(?<spec>(?:ES|S)[-‑]\d{1,2})\/(?<specnum>\d{1,3})(?=\d{0,2}(?![\d/]))|(?<a>\d{1,4})\/(?!(?:19|20)\d\d(?!\d))(?<b>\d{1,3})(?=(?<mark>\d{0,2})(?![\d/]))|(?<old>\d{1,4})(?:\s?(?<oldL>[A-Z]))?\s?\\?\((?<roman>(?:ES-|S-)?[IVXLC]{1,7})\\?\)|(?<sc>\d{1,4})\s?\\?\((?<scy>19[4-9]\d|20\d\d)\\?\)|(?<fao>\d{1,2})\/(?<faoYear>(?:19|20)\d\d)(?![\d/])|(?<bare>\d{1,4})(?![\d/]|\.\d|\s?\\?\())`;
const LINK_TAIL = String.raw`(?:\](?:\([^)\s]{0,200}\))?)?`;
/** Part letters of a lettered resolution: "67/97 A", "36/87 A and B", "76/247 A to C". */
const LETTERS = String.raw`(?:\s(?<l1>[A-Z]{1,2})(?:\s(?:and|to)\s(?<l2>[A-Z])|\s?[-–]\s?(?<l3>[A-Z]))?(?![\w’'/]))?`;
export const ITEM_SOURCE = String.raw`\[?${ITEM_CORE}${LINK_TAIL}${LETTERS}`;

/** An item at a given position (sticky). */
export const ITEM_AT_RE = new RegExp(ITEM_SOURCE, 'y');

/** Separator between two list items printed next to each other. */
export const LIST_SEP_AT_RE = new RegExp(
  String.raw`${FOOTNOTE_MARK}?\s*(?:,\s*(?:${FOOTNOTE_MARK}\s+(?=\[?(?:(?:ES|S)[-‑])?\d))?(?:and\s+|or\s+|as well as\s+)?|\s(?:and|or|as well as)\s+)`,
  'y',
);

/**
 * A dated list item run into the next with the comma lost in print: "73/38 of 5 December 2018 75/42 of 7 December 2020"
 * (A/RES/79/49 PP2). Only a session/number that is itself dated follows, so a number that starts other words does not.
 */
export const UNSEPARATED_DATED_ITEM_AT_RE = new RegExp(String.raw`\s+(?=\d{1,3}\/\d{1,3}\s+of\s+${DAY_MONTH_YEAR_SOURCE})`, 'y');

/**
 * Where a later list item may start ("79/1 of ..., in which ..., and 79/194
 * of ..."): a digit not glued to a symbol ("A/74/821") or a word.
 */
export const ITEM_START_RE = /(?<![\w/.\-–])\[?(?:(?:ES|S)[-‑])?\d/g;

/** What must precede a later list item: a separator, or link residue (a URL) the cleaner left. */
export const CONTINUATION_BEFORE_RE = new RegExp(
  String.raw`(?:[,;]|\band|\bor|\bas well as|\bin particular|\bincluding|\bnotably|(?:https?:|www\.)\S*)\s*(?:${FOOTNOTE_MARK}\s+)?$`,
);

/**
 * Where a list zone ends: a semicolon (unless the list goes on after it: "55/222,
 * sect. III, para. 12; 56/64 B, sect. X") or a full stop closing a sentence (not
 * the one of "sect. V").
 */
export const LIST_ZONE_END_RE =
  /;(?!\s*(?:and\s+)?\[?(?:(?:ES|S)[-‑])?\d{1,4}\/\d)|(?<!\b(?:sect|paras?|chap|No|vol|pp?|arts?|Corr|Add|Rev|annex))\.(?=\s+[A-Z(“"]|\s*$)/g;

/**
 * "of 28 July 2006" after a number; "adopted on 2 March 2022"; ", adopted by the General Assembly on 27 March 2025"
 * (A/80/L.41 PP4, A/RES/78/187): the day the citing text says the body adopted it.
 * (a section cited between the number and its day: "45/248 B, section VI, of 21 December 1990, ..., 59/276, section XI, of
 * 23 December 2004", A/RES/80/242 PP1, 79/257, 78/252)
 * (a footnote mark printed between the number and its day: "United Nations Environment Assembly resolutions 5/7 27 and 5/8 28
 * of 2 March 2022", A/RES/79/204 PP31)
 * ("on" alone, no comma: "since the adoption of decision 45/461 on 16 September 1991" (A/RES/79/327 PP3), "the adoption of
 * Security Council resolution 1325 (2000) on 31 October 2000" (A/RES/79/92, 80/11, 80/83), "resolutions 1754 (2007) on 30
 * April 2007, 1783 (2007) on 31 October 2007" (A/RES/78/85): every such day in corpus-ga is the day it was adopted)
 */
export const OF_DATE_AT_RE = new RegExp(
  String.raw`(?:\s\d{1,3}(?=\s+of\s+\d))?(?:,\s*sections?\s+[IVXL]+,)?\s*,?\s*(?:of|(?<=[\d)]\s+)on|adopted(?:\s+by\s+the\s+(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|Assembly|Council))?\s+on)\s+(?<date>${DAY_MONTH_YEAR_SOURCE})`,
  'y',
);

/** ... the day printed "of" its month "of" its year: "77/203 of 15 of December of 2022" (A/RES/79/159 PP2, 78/189, 80/191) */
export const OF_DAY_OF_MONTH_OF_YEAR_AT_RE = new RegExp(String.raw`\s+of\s+(?<date>${DAY_OF_MONTH_OF_YEAR_SOURCE})`, 'y');

/**
 * The same day printed after the title or subject instead: 'resolution 5/4 of the United Nations Environment Assembly, entitled
 * “Sustainable lake management”, adopted on 2 March 2022' (A/RES/79/142 PP5), 'resolution 78/148, entitled “...”, adopted on 19
 * December 2023', 'resolution 76/133 on the inclusive policies ... (COVID-19), adopted on 16 December 2021' (A/RES/78/172).
 * Only "adopted ... on": an "of <date>" after a title may date something else. How it was adopted may come between:
 * 'resolution 72/241, entitled “A world against violence and violent extremism”, adopted by consensus on 20 December 2017'
 * (A/RES/78/214 PP25, 79/180, 80/200).
 */
export const ADOPTED_ON_AT_RE = new RegExp(
  String.raw`(?:\s*\([^()]{1,40}\))?\s*,?\s*adopted(?:\s+(?:by\s+consensus|without\s+a\s+vote))?(?:\s+by\s+the\s+(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|Assembly|Council|General\s+Conference\s+of\s+the\s+United\s+Nations\s+Educational,\s+Scientific\s+and\s+Cultural\s+Organization))?\s+on\s+(?<date>${DAY_MONTH_YEAR_SOURCE})`,
  'y',
);

/**
 * The day printed before UNESCO's General Conference, its session and "in its resolution N": "the Recommendation on ... adopted on
 * 20 November 2023 by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its
 * forty-second session in its resolution 16" (A/RES/79/267 PP5): the day the resolution adopted it. Asked of the words before a
 * UNESCO_GC_SESSION_RE match.
 */
export const ADOPTED_ON_BY_THE_END_RE = new RegExp(String.raw`\badopted\s+on\s+(?<date>${DAY_MONTH_YEAR_SOURCE})\s+by\s+the\s+$`);

/**
 * The day after a subject's lower-case aside: "decisions 2/CP.27 and 2/CMA.4 on funding arrangements for responding to loss and
 * damage ..., including a focus on addressing loss and damage, adopted on 20 November 2022" (A/RES/78/162 PP5, 79/206): the words
 * of the decisions' title go on past the comma. An aside naming something (capitalised: "including the Addis Ababa Action
 * Agenda, adopted on ...") may be what that day dates, so it is not read past.
 */
export const LOWER_ASIDE_ADOPTED_ON_AT_RE = new RegExp(
  String.raw`,\s*including\s[^A-Z,;:“”"()]{1,120},\s*adopted(?:\s+by\s+consensus|\s+without\s+a\s+vote)?\s+on\s+(?<date>${DAY_MONTH_YEAR_SOURCE})`,
  'y',
);

/** Right after a citation's quoted title, ", of the " before its author (resolutions.ts bodyAfterAdoption; A/RES/79/313 PP34). */
export const TITLE_THEN_OF_THE_AT_RE = /\s*,\s*of\s+the\s/y;
/** 'entitled “Transforming our world: ...”' after a number (and date); a stray comma after the word is read past ('entitled, “Affordable housing ...”', A/RES/78/172 PP7) */
export const ENTITLED_AT_RE = /\s*,?\s*(?:entitled|titled),?\s+[“"]([^”"]{1,500})[”"]/y;

/**
 * The day printed at the end of a subject: "Human Rights Council resolution 49/7 on cultural rights and the protection of
 * cultural heritage of 31 March 2022" (A/RES/79/133 PP27), "resolutions 5/1 on institution-building of the Council and 5/2
 * on the Code of Conduct for Special Procedures Mandate Holders of the Council of 18 June 2007" (A/RES/79/168 PP29): the
 * resolution's (asked only of a subject that ends with a digit).
 */
export const SUBJECT_DATE_END_RE = new RegExp(String.raw`\s+of\s+(?<date>${DAY_MONTH_YEAR_SOURCE})$`);

/**
 * "on the follow-up to ..." after a number (and date); also "concerning", "regarding" and "relating to" ("Security Council
 * resolution 186 (1964) of 4 March 1964 regarding the establishment of the United Nations Peacekeeping Force in Cyprus",
 * A/RES/79/303 PP2; "resolution 79/260 of 24 December 2024 relating to unforeseen and extraordinary expenses", 79/261 OP5). A
 * subject may open with a name ("its resolution 71/279 of 6 April 2017 on Micro-, Small and Medium-sized Enterprises Day",
 * A/RES/79/201 PP14; "65/5 of 20 October 2010 on World Interfaith Harmony Week", 78/214 PP25); a day, "on 22 September", is a digit.
 */
export const ON_SUBJECT_AT_RE = /\s+(?:on|(concerning|regarding|relating\s+to))\s+(?=[a-zA-Z“"])/y;

/**
 * "the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism" (A/RES/78/115
 * PP): what follows "concerning" there is the committee's, not the resolution's subject. Also after a list of numbers ("the
 * Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) concerning ISIL (Da’esh), Al-Qaida
 * and associated individuals ...", A/RES/79/317).
 */
export const PURSUANT_TO_CITATION_END_RE =
  /pursuant\s+to\s+(?:Security\s+Council\s+)?resolutions?\s+(?:[\d/]+(?:\s+\(\d{4}\))?(?:,\s+|\s+and\s+))*[^,;]{1,30}$/;

/** A footnote mark glued to a subject's last lowercase word ("on countering cyberbullying18"); not "Goal 16", "COVID-19". */
export const GLUED_MARK_END_RE = /(?<=[a-z])\d{1,3}$/;
/**
 * Where a subject phrase ends: before "and" and the next number of the list, not before "and" and the second of two days ("on
 * the modalities and the scope of the Summit of the Future to be held on 22 and 23 September 2024", A/RES/78/160 PP10).
 */
export const SUBJECT_END_RE =
  new RegExp(String.raw`[,;(]|:(?!\s+[a-z])|\.(?=\s|$)|\s(?:in which|by which|whereby|which|adopted|and\s+(?=\[?(?:(?:ES|S)[-‑])?\d)(?!\d{1,2}\s+(?:${MONTHS})\b)|as well as\s+(?=\[?(?:(?:ES|S)[-‑])?\d))\b|$`, 'g');

/** ", secure and trustworthy ...": a comma inside an adjective series, not the end of a subject. */
export const SERIES_COMMA_AT_RE = /,\s+(?!and\b|in\b|which\b|including\b|as\b|inter\b|entitled\b)[a-z][\w-]*(?:,\s+[a-z][\w-]*)*\s+(?:and|or)\s+[a-z]/y;

/**
 * A comma inside a capitalised name, not the end of a subject: "the United Nations Regional Centre for Peace, Disarmament
 * and Development in Latin America and the Caribbean", "the regional centres ... in Nepal, Peru and Togo" (a series of
 * single capitalised words closed by "and"), the Desertification Convention's "..., Particularly in Africa", and a town's
 * country ("on the financing of the Regional Service Centre in Entebbe, Uganda, and ...", A/RES/79/299 PP1; "at Brindisi,
 * Italy", A/RES/78/295 PP2). Asked only after a capitalised word.
 */
export const NAME_COMMA_AT_RE =
  /,\s+(?:[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)*\s+and\s+[A-Z]|Particularly\s+in\s|(?<=\s(?:in|at)\s+[A-Z][\w’'-]*,\s+)[A-Z][\w’'-]*(?=,|;|$))/y;

/** Nouns that end a body's name ("United Nations Environment Assembly", "Conference of the Parties"). */
export const BODY_NOUN_RE = /\b(?:Assembly|Council|Commission|Conference|Board|Committee|Parties|Organization|Forum|Programme)\b/g;

/**
 * What may stand between a body's name and "its resolution" for "its" to mean
 * that body: "the General Assembly in its", "the Council, in its", "the
 * Economic and Social Commission for Asia and the Pacific in its", "the
 * Environment Assembly at its fifth session, in its", "..., as reflected in its",
 * "the guidance and leadership role of the Human Rights Council, including through its" (A/RES/80/193 OP59).
 * "... and recalling its resolution" does not match: there "its" is the citing body.
 */
export const BODY_TO_ITS_RE =
  /^(?:\s+(?:for|on|of|and|the|[A-Z][\w’'-]*))*(?:\s+at\s+its\s+[^,;]{0,40})?(?:,\s+as\s+[a-z]+)?(?:,\s+including)?,?\s+(?:in|by|through|under|with)\s+$/;

/** A year-numbered resolution ahead ("resolution 2013/1"): no numbering of the Assembly's. */
export const YEAR_NUMBER_AHEAD_RE = /^\s+(?:19[4-9]|20\d)\d\/\d/;

/** A known body ending right at a body noun. */
export const KNOWN_BODY_AT_END_RE =
  /(?:General Assembly|\bthe Assembly|Security Council|Economic and Social Council|Human Rights Council|\b[Tt]he Council|Commission on Human Rights)$/;

/** Stand-alone symbols: A/RES/70/125, E/RES/2006/46, S/RES/242 (1967), A/HRC/RES/47/16, A/DEC/79/555. */
export const SYMBOL_RE = new RegExp(
  String.raw`(?<![\w/.])(?<prefix>A\/HRC|A|E|S)\/(?<kind>RES|DEC)\/(?:(?<spec>(?:ES|S)[-‑]\d{1,2})\/(?<specnum>\d{1,3})(?=\d{0,2}(?![\d/]))|(?<a>\d{1,4})\/(?<b>\d{1,4})|(?<old>\d{1,4})\s?(?:\((?<roman>(?:ES-|S-)?[IVXLC]{1,7})\)|\((?<scy>19[4-9]\d|20\d\d)\))?(?:\s?\[?(?<oldL>[A-Z])\]?)?)(?:\s?(?<l1>[A-Z])(?![\w/]))?(?![\w/])`,
  'g',
);

/** Words before "resolution" that name no body: sentence openers and verbs. */
export const NOT_A_BODY = new Set([
  'See', 'Recalling', 'Reaffirming', 'Noting', 'Welcoming', 'Bearing', 'Taking', 'Also', 'Further', 'In', 'Under',
  'The', 'Its', 'By', 'And', 'Pursuant', 'Resolution', 'Resolutions', 'Annex', 'Ibid', 'Cf', 'Also', 'Recalls',
  'Reaffirms', 'Notes', 'Welcomes', 'Recognizing', 'Recognizes', 'Decides', 'Requests', 'Acting', 'Guided',
  // a declaration's verbs in the first person plural: "Recall World Health Assembly resolution 76.4 of 30 May 2023" (A/RES/78/4
  // annex OP7)
  'Recall', 'Reaffirm', 'Note', 'Welcome', 'Recognize', 'Acknowledge', 'Take', 'Decide', 'Request', 'Reiterate', 'Underline',
  // "Investment Dispute resolution", "Conflict resolution": the noun, not a body's resolution
  'Dispute', 'Disputes', 'Conflict', 'Conflicts',
]);

/** A lone generic word ("Commission resolution 66/1") names a body we cannot tell. */
export const GENERIC_BODY_WORD = /^(?:Commission|Conference|Board|Committee|Assembly|Council|Parties|Meeting|Organization|Executive Board|Group|Working Group|States Parties)$/;

/** Title-case run naming a body before "resolution": "Commission on Narcotic Drugs", "World Health Assembly". */
export const FOREIGN_BODY_BEFORE_RE =
  /((?:(?:[A-Z][A-Za-z’'.-]*|of|on|the|and|for|to|against)\s+){0,15}?[A-Z][A-Za-z’'.-]*)\s+$/;

/** One name per body we do not key, whatever the text calls it. */
export const FOREIGN_BODY_ALIASES: Record<string, string> = {
  'Environment Assembly': 'United Nations Environment Assembly',
  'United Nations Environmental Assembly': 'United Nations Environment Assembly',
  'UN-Habitat Assembly': 'United Nations Habitat Assembly',
  'United Nations Environment Assembly of the United Nations Environment Programme': 'United Nations Environment Assembly',
  'General Conference of the United Nations Educational': 'General Conference of the United Nations Educational, Scientific and Cultural Organization',
  // the Convention is "against" Transnational Organized Crime; some texts print "on"
  'Conference of the Parties to the United Nations Convention on Transnational Organized Crime':
    'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
};

/**
 * The days on which bodies the genre cites by bare "N/M of <date>" closed their sessions (their
 * texts are dated that day). "resolution 10/7 of 16 October 2020" with no body printed is the
 * Conference of the Parties to the Organized Crime Convention's: session and date together fit no
 * other body. Only the bodies whose bare numbers the corpora print; dates as their resolutions bear them.
 */
export const SESSION_CALENDARS: readonly { body: string; closed: Readonly<Record<number, readonly string[]>> }[] = [
  {
    body: 'United Nations Environment Assembly',
    closed: { 1: ['2014-06-27'], 2: ['2016-05-27'], 3: ['2017-12-06'], 4: ['2019-03-15'], 5: ['2022-03-02'], 6: ['2024-03-01'], 7: ['2025-12-12'] },
  },
  {
    body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
    closed: { 8: ['2016-10-21'], 9: ['2018-10-19'], 10: ['2020-10-16'], 11: ['2022-10-21'], 12: ['2024-10-18'] },
  },
  {
    body: 'Conference of the States Parties to the United Nations Convention against Corruption',
    closed: { 3: ['2009-11-13'], 5: ['2013-11-29'], 6: ['2015-11-06'], 7: ['2017-11-10'], 8: ['2019-12-20'], 9: ['2021-12-17'], 10: ['2023-12-15'] },
  },
  {
    body: 'Conference of the Parties to the Convention on Biological Diversity',
    closed: { 14: ['2018-11-29', '2018-11-30'], 15: ['2022-12-19'], 16: ['2024-11-01'] },
  },
  {
    body: 'Commission on Crime Prevention and Criminal Justice',
    closed: {
      23: ['2014-05-16'], 25: ['2016-05-27'], 26: ['2017-05-26'], 27: ['2018-05-18'], 28: ['2019-05-24'], 30: ['2021-05-21'],
      31: ['2022-05-20'], 32: ['2023-05-26', '2023-05-27'], 33: ['2024-05-17'], 34: ['2025-05-23'],
    },
  },
];

/**
 * A footnote that cites a number after the report or document printing it names the body by the
 * report's symbol: "Official Records of the General Assembly, Seventy-third Session, Supplement No. 53
 * (A/73/53), chap. IV, sect. A, resolution 37/17" (the Human Rights Council's report), "Official
 * Records of the Economic and Social Council, 2015, Supplement No. 7 (E/2015/27), chap. I, sect. C,
 * resolution 59/1" (the Commission on the Status of Women's), "United Nations Environment Programme,
 * document CBD/COP/15/17, decision 15/4", "..., document UNEP/CBD/BS/COP-MOP/5/17, annex, decision BS-V/11" (the Cartagena
 * Protocol's meeting of the Parties, A/RES/80/140 note 23, 79/208, 78/155). Run on the text before ", resolution"/", decision" only;
 * no semicolon may stand between the symbol and the number (another reference starts after one).
 */
export const REPORT_BEFORE_RE =
  /(?:\(A\/(?<gaSession>\d{2})\/(?<gaReport>53|25)\b[^)]*\)|\(E\/\d{4}\/(?<ecReport>2[478]|30)\b[^)]*\)|\b(?<doc>(?:UNEP\/)?CBD\/COP|UNEP\/CBD\/BS\/COP-MOP|CTOC\/COP|CAC\/COSP)\/[^\s,;]*|\b(?<wha>WHA(?:SS)?\d{1,2})\/[^\s,;]*)[^;()]*$/;

/**
 * A note that opens with a conference's report: "Report of the World Summit on Sustainable Development, Johannesburg, ..., chap.
 * I, resolution 1, annex." (group 1 the meeting's name, up to its venue's comma or its acronym's parenthesis). Its ", resolution 1"
 * is that conference's first resolution (the one adopting the declaration the paragraph names).
 */
export const CONFERENCE_REPORT_START_RE =
  /^(?:See\s+)?Report\s+of\s+the\s+([A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|on|the|and|for|in|to))*?)\s*(?=[,(])/;
/**
 * the meeting noun a conference report's name must carry ("Fourth World Conference on Women", "Second World Assembly on Ageing",
 * "International Meeting to Review the Implementation of the Programme of Action for the Sustainable Development of Small Island
 * Developing States": the Mauritius Strategy's, A/RES/78/232 note 3 and 7 more SIDS notes of corpus-ga)
 */
export const CONFERENCE_NAME_RE = /\b(?:Conference|Summit|World\s+Assembly|International\s+Meeting)\b/;
/** a body of a treaty whose report cites its own numbered decisions (read by their symbols, not as a conference's) */
export const PARTIES_BODY_RE = /^Conference\s+of\s+(?:the\s+)?(?:States\s+)?Parties\b/;
/** ", resolution N" of a conference's report: a small number alone, not "resolution 70/1" or "217 A (III)" */
export const CONFERENCE_RESOLUTION_AT_RE = /resolution\s+(?:\d{1,2}|[IV]{1,3}(?=,))(?![\d\/(]|\.\d|\s+[A-Z(])/y;
/**
 * A conference's resolution numbered in roman numerals in its report's note: "Report of the World Summit for Social Development,
 * Copenhagen, 6–12 March 1995 (United Nations publication, Sales No. E.96.IV.8), chap. I, resolution I, annexes I and II."
 * (A/RES/80/175 note 1, 78/172): the number after "resolution " and its spaces, before the comma (the same resolution as the
 * other reports' "resolution 1").
 */
export const CONFERENCE_ROMAN_NUMBER_AT_RE = /(I{1,3}|IV)(?=,)/y;

/** "Ibid., resolution 2, annex." after a conference report's note (group 1 the number) */
export const IBID_RESOLUTION_RE = /^\s*(?:\d{1,3}\s+)?Ibid\.,\s+(?:chap\.\s+[IVX]{1,4},\s+)?(resolution\s+(\d{1,2}))(?![\d\/(]|\.\d)/;

/** Bodies by the supplement number of their report to the Economic and Social Council (E/YYYY/NN). */
export const ECOSOC_REPORT_BODIES: Readonly<Record<string, string>> = {
  '24': 'Statistical Commission',
  '27': 'Commission on the Status of Women',
  '28': 'Commission on Narcotic Drugs',
  '30': 'Commission on Crime Prevention and Criminal Justice',
};

/** Bodies by the prefix of their documents' symbols. */
export const DOCUMENT_BODIES: Readonly<Record<string, string>> = {
  'CBD/COP': 'Conference of the Parties to the Convention on Biological Diversity',
  'UNEP/CBD/COP': 'Conference of the Parties to the Convention on Biological Diversity',
  'UNEP/CBD/BS/COP-MOP': 'Conference of the Parties serving as the meeting of the Parties to the Cartagena Protocol on Biosafety',
  'CTOC/COP': 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  'CAC/COSP': 'Conference of the States Parties to the United Nations Convention against Corruption',
};

/** " to " between the two ends of a range of numbers of a Conference of the Parties: "decisions 9/CP.19 to 15/CP.19". */
export const FOREIGN_RANGE_TO_AT_RE = /\s+to\s+(?=\d{1,2}\/(?:CP|CMA|CMP|COP)\.\d)/y;

/**
 * Numbers of other bodies whose printed form names the body: "decision 1/CP.21" (the Climate Change
 * Conference of the Parties), "decisions 1/CMA.3 and 1/CMA.4", "decision 3/COP.15" (Desertification),
 * "decision C-25/DEC.9" / "EC-94/DEC.2" (Chemical Weapons Convention), "resolution GC.18/Res.9",
 * "decision IDB.48/Dec.8" (UNIDO), "resolution GC(69)/RES/15", "GC(69)/RES/9 A.2", "GC(XXXIV)/RES/530" (IAEA), "resolution MSC.571(109)", "A.1117(30)" (IMO), "decision
 * Assembly/AU/Dec.729(XXXII)", "EX.CL/Dec.263 (VIII)", "CM/Res.1356 (LIV)" (African Union and OAU),
 * "resolution LC-LP.1 (2008)" (London Convention and Protocol, IMO documents), "decisions ISBA/28/C/9"
 * (Seabed Authority), "resolution 15 (Cg-18)" (WMO), "decision WT/L/508/Add.1"
 * (WTO), "resolution EC-55/1", "decision A-32/4.4" (IOC; its Assembly's "resolution XXX-2" only with the Commission
 * printed). Read only where "resolution(s)"/"decision(s)"
 * is followed by no number of a keyed body. Session digits are bounded so that a footnote mark glued
 * on ("decisions 1/CP.2731") stays outside.
 * Also forms that need the body printed (before, after, or by the footnote's document):
 * "World Health Assembly resolution 72.7", "decision 75(8)", "decision SSA2(5)" (who), "decision IX/16 C" (roman sessions of a
 * Conference of the Parties), "decision BS-V/11" (the Cartagena Protocol's meetings of the Parties, A/RES/80/140 note 23) and
 * "decision SS.VI/1" (special sessions of the Governing Council of the United Nations Environment Programme, named by the footnote's report: "Supplement No. 25 (A/55/25), annex I, decision SS.VI/1", A/RES/79/209 PP1).
 */
export const FOREIGN_SYMBOL_AT_RE = new RegExp(
  [
    String.raw`(?<cp>\d{1,2}\/CP\.(?:[1-3]\d|[1-9]))`,
    String.raw`(?<cma>\d{1,2}\/CMA\.[1-9])`,
    String.raw`(?<cmp>\d{1,2}\/CMP\.(?:1\d|20|[1-9]))`,
    String.raw`(?<ccd>\d{1,2}\/COP\.(?:1\d|[1-9]))`,
    String.raw`(?<opcw>(?:C|EC)(?:-SS|-M)?[-‑]\d{1,3}\/DEC\.\d{1,3})`,
    String.raw`(?<unido>(?:GC|IDB)\.\d{1,2}\/(?:Res|Dec)\.\d{1,3})`,
    // (the Agency numbered its General Conference's sessions in Roman numerals until the 1990s: "resolution GC(XXXIV)/RES/530",
    // A/RES/78/49 PP2, 80/26)
    String.raw`(?<iaea>GC\((?:\d{1,2}|[XVIL]{1,7})\)\/(?:RES|DEC)\/\d{1,3}(?:\s[A-D](?:\.\d)?(?![\w’'-]))?)`,
    String.raw`(?<imo>(?:A|MSC|MEPC|FAL|LEG|LC[-‑]\s?LP|LP|LC)\.\d{1,4}\s?\(\d{1,4}\))`,
    String.raw`(?<au>(?:Ext\/)?(?:Assembly\/AU\/Decl?|EX\.CL\/Dec|CM\/Res)\.\s?\d{1,4}\s?\([IVXL]{1,7}\))`,
    String.raw`(?<isba>ISBA\/\d{1,2}\/[AC]\/\d{1,3})`,
    String.raw`(?<wmo>\d{1,3}\s?\(Cg[-‑ ]\d{1,2}\))`,
    String.raw`(?<wto>WT\/(?:MIN\(\d{2}\)\/\d{1,3}(?:-WT\/L\/\d{1,4})?|L\/\d{1,4}(?:\/Add\.\d{1,2})?))`,
    String.raw`(?<ioc>(?:A|EC)[-‑]\d{1,2}\/\d{1,2}(?:\.\d{1,2}){0,3})`,
    String.raw`(?<iocRoman>[XVI]{1,6}[-‑]\d{1,2})`,
    String.raw`(?<who>\d{2}\.\d{1,2}|(?:\d{2}|SSA\d)\(\d{1,2}\))`,
    String.raw`(?<romanCop>[IVX]{1,5}\/\d{1,3}(?:\s[A-Z](?![\w’'-]))?)`,
    // the Cartagena Protocol's meeting of the Parties numbers its meetings in roman numerals after "BS-" ("decision BS-V/11")
    String.raw`(?<bsRoman>BS-[IVX]{1,5}\/\d{1,3})`,
    String.raw`(?<unepSpecial>SS\.[IVX]{1,5}\/\d{1,2})`,
  ].join('|') + String.raw`(?=\d{0,3}(?![\w\/‑-]|\.\d))`,
  'y',
);

/** The bodies of FOREIGN_SYMBOL_AT_RE's self-naming forms, by group; AU symbols by their prefix. */
export const FOREIGN_SYMBOL_BODIES: Readonly<Record<string, string>> = {
  cp: 'Conference of the Parties to the United Nations Framework Convention on Climate Change',
  cma: 'Conference of the Parties serving as the meeting of the Parties to the Paris Agreement',
  cmp: 'Conference of the Parties serving as the meeting of the Parties to the Kyoto Protocol',
  ccd: 'Conference of the Parties to the United Nations Convention to Combat Desertification',
  'opcw:C': 'Conference of the States Parties to the Chemical Weapons Convention',
  'opcw:EC': 'Executive Council of the Organisation for the Prohibition of Chemical Weapons',
  'unido:GC': 'General Conference of the United Nations Industrial Development Organization',
  'unido:IDB': 'Industrial Development Board of the United Nations Industrial Development Organization',
  iaea: 'General Conference of the International Atomic Energy Agency',
  imo: 'International Maritime Organization',
  'au:Assembly': 'Assembly of the African Union',
  'au:Ext': 'Assembly of the African Union',
  'au:EX': 'Executive Council of the African Union',
  'au:CM': 'Council of Ministers of the Organization of African Unity',
  'isba:A': 'Assembly of the International Seabed Authority',
  'isba:C': 'Council of the International Seabed Authority',
  wmo: 'World Meteorological Organization',
  wto: 'World Trade Organization',
  ioc: 'Intergovernmental Oceanographic Commission',
};

/**
 * Document symbols of other bodies' resolutions and decisions, cited on their own (mostly in
 * footnotes: "UNEP/EA.5/Res.14.", "HSP/HA.2/Res.3", "decision CBD/COP/DEC/16/5 of 1 November 2024"):
 * the same node as "United Nations Environment Assembly resolution 5/14". Run only on texts holding
 * "/Res.", "/DEC/" or "/MOP/". The older symbols of the Protocols' meetings number the meeting in roman numerals and
 * have no "DEC": "decision CBD/CP/MOP/VIII/1914 and" (VIII/19, a two-digit footnote mark glued on, A/RES/78/155 PP27).
 */
export const BODY_SYMBOL_RE =
  /(?<![\w/.])(?:(?:UNEP\/EA\.(?<unea>\d{1,2})\/Res\.(?<uneaN>\d{1,2})|HSP\/HA\.(?<habitat>\d)\/Res\.(?<habitatN>\d{1,2})|CBD\/(?<cbd>COP|NP\/MOP|CP\/MOP)\/DEC\/(?<cbdS>\d{1,2})\/(?<cbdN>\d{1,2}))(?![\w/])|CBD\/(?<cbdOld>NP\/MOP|CP\/MOP)\/(?<cbdR>[IVX]{1,5})\/(?<cbdRN>\d{1,2})(?=(?:\d{2})?(?![\w/])))/g;

/**
 * The UNESCO General Conference numbers its resolutions afresh at each session, "42 C/16" (session 42, resolution 16), so
 * a key needs the session. UNESCO's own forms "resolution 42 C/16", "resolution 41C/53" (A/RES/78/312 PP6, no space) and
 * "42 C/Resolution 16" here; the GA's "the General Conference of [UNESCO] at its forty-second session in its resolution
 * 16" (A/RES/79/267 PP5, "16,15" with a footnote mark after the comma) in UNESCO_GC_SESSION_RE. Run only on texts holding
 * "C/" or the Conference's name.
 */
export const UNESCO_GC_SYMBOL_RE =
  /(?<![\w/.])(?:resolution\s+(?<session>\d{1,2})\s?C\/(?<number>\d{1,3})|(?<sessionFirst>\d{1,2})\s?C\/\s?[Rr]esolution\s+(?<numberAfter>\d{1,3}))(?![\w/]|\.\d)/g;
export const UNESCO_GC_NAME = 'General Conference of the United Nations Educational, Scientific and Cultural Organization';
export const UNESCO_GC_SESSION_RE = new RegExp(
  String.raw`General Conference of the United Nations Educational, Scientific and Cultural Organization,? at its (?<ordinal>${ORDINAL_SOURCE}) session,? (?:in|by) its (?<intro>resolution )(?<number>\d{1,3})(?![\d/]|\.\d)`,
  'g',
);

/**
 * The number printed before the Conference's name and session: "resolution 1 adopted on 20 November 2013 by the General
 * Conference of [UNESCO] at its thirty-seventh session" (A/RES/79/267 PP4). Anchored at the number's "resolution"; run on
 * texts holding the Conference's name.
 */
export const UNESCO_GC_ADOPTED_AT_RE = new RegExp(
  String.raw`(?<![\w/.])resolution (?<number>\d{1,3}),? adopted (?:on \d{1,2} [A-Z][a-z]+ \d{4} )?by the General Conference of the United Nations Educational, Scientific and Cultural Organization,? at its (?<ordinal>${ORDINAL_SOURCE}) session`,
  'g',
);

/**
 * UNESCO's records in a footnote: "United Nations Educational, Scientific and Cultural Organization, Records of the General
 * Conference, Forty-first Session, Paris, 9–24 November 2021, vol. 1, Resolutions, sect. VIII, resolution 53." (A/RES/78/312
 * note 1; 78/287, 78/330, 79/8): that session's resolution. Not "Resolutions, annex VII." (no number). Run on texts holding
 * "Records of the General Conference"; case-blind for the capitalised session ordinal.
 */
export const UNESCO_GC_RECORDS_RE = new RegExp(
  String.raw`Records of the General Conference, (?<ordinal>${ORDINAL_SOURCE}) Session,[^;()]{0,160}?, (?<intro>resolution )(?<number>\d{1,3})(?![\d/]|\.\d)`,
  'gi',
);

/** The bodies of BODY_SYMBOL_RE's CBD symbols, by the meeting in the symbol. */
export const CBD_SYMBOL_BODIES: Readonly<Record<string, string>> = {
  COP: 'Conference of the Parties to the Convention on Biological Diversity',
  'NP/MOP': 'Conference of the Parties serving as the meeting of the Parties to the Nagoya Protocol on Access and Benefit-sharing',
  'CP/MOP': 'Conference of the Parties serving as the meeting of the Parties to the Cartagena Protocol on Biosafety',
};

/**
 * The International Telecommunication Union's conferences number their resolutions once and revise them at later ones, the
 * revision named by its venue and year: "Resolution 140 (Rev. Bucharest, 2022)" (the Plenipotentiary Conference's, on ITU's
 * role in the World Summit on the Information Society), "resolution 200 (Dubai, 2018)" (as first adopted). Each venue and
 * year is one conference, so the number and the parenthesis are a stable key. Group place: the venue; year. Run only on texts
 * holding "(Rev. ", "ITU" or "Telecommunication".
 */
export const ITU_RESOLUTION_RE = letterRe(
  String.raw`(?<![\p{L}\d/.])[Rr]esolution\s+(?<number>\d{1,3})\s+\((?<rev>Rev\.\s+)?(?<place>\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?),\s+(?<year>(?:19|20)\d\d)\)`,
  'gu',
);
/** The ITU conference a resolution's venue and year name (the conferences since 1998 that adopt resolutions). */
export const ITU_CONFERENCES: Readonly<Record<string, string>> = {
  'Minneapolis, 1998': 'Plenipotentiary Conference',
  'Marrakesh, 2002': 'Plenipotentiary Conference',
  'Antalya, 2006': 'Plenipotentiary Conference',
  'Guadalajara, 2010': 'Plenipotentiary Conference',
  'Busan, 2014': 'Plenipotentiary Conference',
  'Dubai, 2018': 'Plenipotentiary Conference',
  'Bucharest, 2022': 'Plenipotentiary Conference',
  'Istanbul, 2002': 'World Telecommunication Development Conference',
  'Doha, 2006': 'World Telecommunication Development Conference',
  'Hyderabad, 2010': 'World Telecommunication Development Conference',
  'Dubai, 2014': 'World Telecommunication Development Conference',
  'Buenos Aires, 2017': 'World Telecommunication Development Conference',
  'Kigali, 2022': 'World Telecommunication Development Conference',
  'Florianópolis, 2004': 'World Telecommunication Standardization Assembly',
  'Johannesburg, 2008': 'World Telecommunication Standardization Assembly',
  'Dubai, 2012': 'World Telecommunication Standardization Assembly',
  'Hammamet, 2016': 'World Telecommunication Standardization Assembly',
  'Geneva, 2022': 'World Telecommunication Standardization Assembly',
  'New Delhi, 2024': 'World Telecommunication Standardization Assembly',
};
/** The ITU conference printed after the parenthesis: "... (Rev. Dubai, 2018) of the Plenipotentiary Conference of ...". */
export const ITU_CONFERENCE_AFTER_RE =
  /^,?\s+(?:adopted\s+by|of)\s+the\s+(?:International\s+Telecommunication\s+Union\s+)?(Plenipotentiary\s+Conference|World\s+Telecommunication\s+Development\s+Conference|World\s+Telecommunication\s+Standardization\s+Assembly)/;

/**
 * The resolutions of the Conference of the Parties to the Convention on International Trade in Endangered Species of Wild Fauna
 * and Flora, numbered by the meeting that adopted them and revised at later ones: "resolution Conf. 12.6 (Rev. CoP18)"
 * (A/RES/78/68 note 14, 79/145, 80/109). Run only on texts holding "Conf. ".
 */
export const CITES_RESOLUTION_RE = /(?<![\w/.])[Rr]esolution\s+Conf\.\s?(?<number>\d{1,2}\.\d{1,2})(?<rev>\s+\(Rev\.\s+CoP\d{1,2}\))?/g;
export const CITES_COP_NAME = 'Conference of the Parties to the Convention on International Trade in Endangered Species of Wild Fauna and Flora';

/**
 * A footnote that gives where a treaty body's decision holds the text in its annex, by the document's symbol alone: "See
 * FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex." (some 55 notes of corpus-ga, the Paris Agreement). The note states no
 * adoption ("See"): attributions.ts reads it as the adopting decision only where the words before the mark say the text was
 * adopted under a framework ("the Paris Agreement adopted under the United Nations Framework Convention on Climate Change, 11",
 * A/RES/80/135 PP13, 79/319 PP8, aud45e and aud47c golds).
 */
export const DECISION_ANNEX_NOTE_RE = /^(?:See\s+)?[A-Z]{2,}[A-Z0-9.]*\/[^\s,]+,\s+decision\s+[^\s,;]+,\s+annex\.?\s*$/;
