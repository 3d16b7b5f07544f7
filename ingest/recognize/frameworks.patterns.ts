// Head nouns and fixed phrases that make an unknown capitalised name a Framework.

import { letterRe } from '../letter-classes.js';

export const FRAMEWORK_HEADS: ReadonlySet<string> = new Set([
  'Agenda', 'Declaration', 'Compact', 'Pact', 'Convention', 'Charter', 'Covenant', 'Treaty', 'Protocol', 'Framework',
  'Strategy', 'Principles', 'Guidelines', 'Consensus', 'Accord', 'Agreement', 'Roadmap', 'Commitment', 'Statement',
  'Outcome', 'Recommendation', 'Code', 'Rules', 'Statute', 'Pathway', 'Plan', 'Vision', 'Conventions', 'Protocols', 'Goals',
  // laws named in resolutions ("the Helms-Burton Act", A/RES/73/8 PP4; "the Guam Commonwealth Act", A/RES/78/92; "the Constitutive Act of
  // the African Union")
  'Act',
  // a named memorandum of good practices or of understanding ("the Algiers Memorandum on Good Practices on Preventing and Denying the
  // Benefits of Kidnapping for Ransom by Terrorists", A/RES/78/210 OP20; "the Memorandum of Understanding on the Conservation of
  // Migratory Sharks")
  'Memorandum',
  // a declaration named a call ("noting the Abidjan Call, which urged giving the highest priority to the issue of drought",
  // A/RES/79/207 PP22: the outcome of the fifteenth session of the Conference of the Parties to the Convention)
  'Call',
  // a constitution, a State's or territory's founding law or an organization's founding instrument ("Recalls the 2009 Constitution
  // of the Cayman Islands", A/RES/78/90 OP4; "the 2010 Constitution of Montserrat", A/RES/79/106 OP4; "the Constitution of the
  // World Health Organization", A/RES/78/280 PP7): a legal instrument as the Constitutive Act of the African Union is
  'Constitution',
  // an amendment to a treaty, a treaty of its own ("the Amendment to the Convention on the Physical Protection of Nuclear
  // Material", A/RES/79/129 OP14 and OP15; "the Doha Amendment to the Kyoto Protocol")
  'Amendment',
]);

/**
 * A summit's or council's closing text, as a declaration is, named by its town: "the Tashkent Communiqué adopted at the sixteenth
 * summit meeting of the Economic Cooperation Organization", "the Mashhad Communiqué adopted at the twenty-eighth meeting of the Council
 * of Ministers" (A/RES/79/330 OP5, OP9). Only as a name's last word (entityScan headKind): "the Final Communiqué of the Eleventh Islamic
 * Summit Conference" is the summit's text, the summit a sitting of its own (accuracy-aud39b), as the Final Declaration of one is.
 */
export const COMMUNIQUE_HEADS: ReadonlySet<string> = new Set(['Communiqué', 'Communique']);

/** Multi-word heads decided before single heads: "Programme of Action" is a framework, not a programme.
 *  ("the UNCITRAL Model Law on Electronic Signatures", "the Legislative Guide on Insolvency Law": the Commission's texts; so its
 *  "Model Clauses on Specialized Express Dispute Resolution", adopted with a model law, A/RES/79/117 OP2 (b)) */
export const FRAMEWORK_PHRASES_RE = /\b(?:Programme|Plan|Platform|Framework|Agenda) (?:of|for) Action\b|\bPlan of Implementation\b|\bPlatform for Action\b|\bModel (?:Law|Provisions|Clauses)\b|\bLegislative Guide\b/;

/** a State's law named by its title after "Law on" ("the Law on Rejecting Reactionary Thought and Culture", A/RES/78/218 OP18 (s);
 *  "the Law on Protecting the Pyongyang Cultural Language", 80/220; "the Law on the Use of Firearms by Armed Forces in Necessary
 *  Incidents", 79/183): "Law" heads the name only so; "the Law of the Sea" is a body of law, no text */
export const LAW_ON_TITLE_RE = letterRe(String.raw`^Law on (?:the )?\p{Lu}`, 'u');

/** an amendment's footnote mark glued between its name and the treaty it amends: "the Amendment2 to the Convention on the
 *  Physical Protection of Nuclear Material" (A/RES/79/42 PP7), "the Doha Amendment112 to the Kyoto Protocol" (A/RES/80/110
 *  OP198); group 1 the mark, the match ends where the treaty's name starts */
export const AMENDMENT_MARK_TO_RE = /\bAmendment(\d{1,3}) to (?:the )?(?=[A-Z])/g;

/** a protocol named by the treaty it amends: "the Protocol amending the Marrakesh Agreement Establishing the World Trade
 *  Organization" (A/RES/78/134 OP27, 78/163 OP19, 79/195, 80/121); the match ends where the treaty's name starts */
export const PROTOCOL_AMENDING_RE = /\bProtocol amending (?:the )?(?=[A-Z])/g;

/** a declaration named after the city that gave it its name, then the sitting that adopted it: "the Declaration of Astana of the "
 *  (A/RES/78/130 PP6, "... of the Global Conference on Primary Health Care"); the match ends at the sitting's "the " */
export const DECLARATION_OF_CITY_OF_THE_RE = letterRe(String.raw`^(?:the )?Declaration of \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? of (?=the )`, 'u');

/** the words before a dated sitting that name the political declaration it adopted: "the political declaration agreed at the "
 *  (A/RES/79/1 para. 20 (b)), "the political declaration of the " (79/1 annex II PP3), "political declaration adopted during the 2023 "; group
 *  `at` where "political declaration" starts in the slice read */
export const DECLARATION_AT_SITTING_BEFORE_RE = /(?<at>political declaration) (?:(?:agreed|adopted) (?:at|during) |of )the (?:(?:19|20)\d\d )?$/;

/** the same declaration printed after its dated sitting as what the sitting did: "(Sustainable Development Goals Summit) in September
 *  2023, which adopted a political declaration in which the Assembly ..." (A/RES/80/145 PP30, 78/159 PP27); the match starts right
 *  after the sitting's words (its date between, no comma); group `at` where "political declaration" starts */
export const DECLARATION_ADOPTED_BY_SITTING_AFTER_RE = /^[^,;.]{0,40}, which adopted (?:a|the|its) (?<at>political declaration)\b/;

/** after a bare instrument head, a topic printed in lower case: "the Guidelines for port State control officers carrying out
 *  inspections ..." (A/RES/78/68 OP202), "the Guidelines for the control and management of ships’ biofouling" (A/RES/78/69
 *  OP231) are guidelines of their own, not the ones named last */
export const LOWERCASE_TOPIC_AFTER_RE = /^\s+(?:on|for|to)\s+(?:the\s+)?[a-z]/;

/** between two texts a body is thanked for adopting, the second joined by "and": "for having formulated and adopted the Model
 *  Provisions on Mediation for International Investment Disputes, the text of which is contained in annex I to the report of
 *  the Commission on the work of its fifty-sixth session,1 and the Guidelines on Mediation ..." (A/RES/78/104 OP1); no
 *  clause ends between */
export const ADOPTED_TEXT_AND_GAP_RE = /^(?:,\s+the\s+text\s+of\s+which\s+is\s+contained\s+in\s+[^;:()“”]{1,160}?)?\s*,?\s*(?:\d{1,3}\s*)?,?\s*and\s+(?:the\s+)?$/;

/**
 * A strategy named by its quoted title after "strategy" and "entitled", whose it is printed between: "the climate change strategy
 * of Tokelau, entitled “Living with change: an integrated national strategy for enhancing the resilience of Tokelau to climate
 * change and related hazards, 2017–2030”" (A/RES/79/110 PP15, OP10; 78/97, 80/101), "the strategy entitled “Equality in law for
 * women and girls by 2030: ...”" (79/331). A comma only after whose it is ("the report on the strategy, entitled “...”" is the
 * report's title). Group 1: the title.
 */
export const ENTITLED_STRATEGY_RE = letterRe(
  String.raw`\bstrategy(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,)?\s+entitled\s+\u201c(\p{Lu}[^\u201c\u201d;]{1,240}?)\u201d`,
  'gu',
);

/**
 * A text named by its quoted title that opens with its kind, a plural instrument head and a lowercase word: "the adoption by
 * consensus by the Disarmament Commission of the “Recommendations to promote the practical implementation of transparency and
 * confidence-building measures in outer space activities ...”" (A/RES/78/52 PP11, OP6, OP9; 79/51, 80/44), "any changes to the
 * “Guidelines for determination of level and step on recruitment ...”" (79/280 OP3). After "the " only: a title after "entitled"
 * is an agenda item's or a decision's ("the item entitled “Recommendations for achieving ...”", 78/62). Group 1: the title.
 */
export const QUOTED_INSTRUMENT_TITLE_RE = /(?<=\bthe )\u201c((?:Recommendations|Guidelines|Principles) (?:to|for|on|regarding) [a-z][^\u201c\u201d;]{1,400}?)\u201d/g;

/**
 * A conclusion of the Executive Committee of the High Commissioner's Programme, named by its lowercase topic before its adopter:
 * "the conclusion on civil registration adopted by the Executive Committee of the Programme of the United Nations High Commissioner
 * for Refugees at its sixty-fourth session" (A/RES/80/188 OP20, 78/185), "the conclusion on machine-readable travel documents for
 * refugees and stateless persons adopted by the Executive Committee at its sixty-eighth session" (OP22). Only before "adopted by
 * the Executive Committee": "the conclusions on international protection" (79/156, 80/187) name no one text. Group 1: the name.
 */
export const EXCOM_CONCLUSION_RE = /(?<=\bthe )(conclusion on [a-z][^,;:()\u201c\u201d]{2,160}?) adopted by the Executive Committee\b/g;

/**
 * A Territory's constitution order, a statutory instrument named by its Territory, "Constitution", an optional "(Amendment)" and
 * its year: "the Anguilla Constitution (Amendment) Orders 2019 and 2020, which came into force in May 2019 and November 2020,
 * respectively" (A/RES/78/87 PP22, 79/100 PP21, 80/91 PP21): two orders, one per year (a plural "Orders" with two years). The
 * brackets break the capitalised chunk the heads read, and "Order" is no head of its own ("the New International Economic Order",
 * "the Sovereign Military Order of Malta"). Group 1 the name before "Order", 2 and 3 the years.
 */
export const CONSTITUTION_ORDERS_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]*(?: (?:and )?\p{Lu}[\p{L}-]*)* Constitution(?: \(Amendment\))?) Orders? ((?:19|20)\d\d)(?: and ((?:19|20)\d\d))?(?![\p{L}\p{N}])`,
  'gu',
);

/** a capitalised word of a name (ASCII and typographic apostrophes, hyphens) */
const NAME_WORD = String.raw`\p{Lu}[\p{L}’'-]*`;
/**
 * An agreement of the United Nations with a State, its Government or an organization, named by its parties and what it is on:
 * "the Agreement between the United Nations and the Government of Sierra Leone on the Establishment of a Residual Special Court
 * for Sierra Leone" (A/RES/80/243 V.OP4), "the Addendum to the Agreement between the United Nations and the Royal Government of
 * Cambodia concerning the Prosecution under Cambodian Law of Crimes Committed during the Period of Democratic Kampuchea on the
 * Transitional Arrangements and the Completion of Work of the Extraordinary Chambers" (80/243 IV.OP6, 79/324), "the Agreement
 * between the United Nations and the Latin American and Caribbean Economic System" (79/13 PP): one instrument, not the United
 * Nations and the bodies in its title. After "the " only ("the Relationship Agreement between ..." is agreementsBetween's), or
 * opening a footnote that cites it by its registered title ("1 Agreement between the United Nations and the Latin American
 * Economic System (United Nations, Treaty Series, vol. 1651, No. 1061).", 79/13 PP2's footnote). The
 * party: capitalised words joined by "of (the)", "for (the)" or "and"; the subject: capitalised words joined by short connectors.
 */
export const UN_AGREEMENT_BETWEEN_RE = letterRe(
  String.raw`(?:(?<=\bthe )|^)(?:Addendum to the )?Agreement between the United Nations and (?:the )?(?:Royal )?(?:Government of (?:the )?)?${NAME_WORD}(?: (?:(?:of|for)(?: the)? |and )?${NAME_WORD})*(?: (?:on|concerning|regarding|relating to) (?:(?:the|a|an) )?${NAME_WORD}(?: (?:(?:of|under|during|on|for|in|to|and)(?: (?:the|a|an))? )?${NAME_WORD})*)?`,
  'gu',
);

/**
 * Before a day, in "the adoption on 7 July 2017 of the Treaty ...": "adoption on ", "adoption, on ", or with the city between
 * ("the adoption, in Vienna on 5 September 1997, of the Joint Convention ...", A/RES/78/49 PP8, 80/26; "the adoption in Yaoundé on
 * 25 June 2013 of the Code of Conduct ...", A/RES/78/69 OP143). attributions.ts reads the 40 characters before the day.
 */
export const ADOPTION_ON_BEFORE_RE = letterRe(String.raw`\badoption,?\s+(?:in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+)?on\s+$`, 'u');

/**
 * A note citing a text by its title and symbol, then its day: "... ministerial decision on the TRIPS Agreement (WT/MIN(22)/30),
 * adopted on 17 June 2022." (A/RES/78/134 note 7, 79/195, 80/121). The words between the symbol and the day; attributions.ts
 * symbolAdoptedOnInFootnotes.
 */
export const SYMBOL_TO_ADOPTION_DAY_GAP_RE = /^\),\s+adopted\s+on\s+$/;
/**
 * In the paragraph, before the sitting that adopted the text such a note cites: "the ministerial decision on the TRIPS Agreement
 * that was adopted at the " (A/RES/78/134 OP21), "the decision at the " (OP23; 79/195, 80/121). Group 1: the kind of text
 * ("decision", "declaration"), which the note's title must name too.
 */
export const TEXT_ADOPTED_AT_SITTING_BEFORE_RE = /\b(decision|declaration)(?:\s+on\s[^;,()]{1,80}?)?(?:\s+(?:that|which)\s+(?:was|were))?\s+(?:adopted\s+)?at\s+(?:the\s+)?$/;
/** between that sitting and the note's mark: the rest of the clause (no semicolon but one closing the paragraph) */
export const SITTING_TO_TEXT_NOTE_MARK_RE = /^[^;]{0,400};?\s?$/;
/** in a note citing a sitting's report, the sitting's own resolution that annexes the text: "chap. I, resolution 1, annex" (or
 *  "resolution I": "chap. I, resolution I, annexes I and II", the Copenhagen report's note, A/RES/78/172 PP3) */
export const REPORT_CHAPTER_ONE_RESOLUTION_ANNEX_RE = /\bchap\.\s+I,\s+resolution\s+(?:\d{1,2}|[IVX]{1,4}),\s+annex/;
/**
 * in a note citing a sitting's report, its chapter I (the sitting's own resolutions) or one resolution there as the whole locator:
 * "Report of the United Nations Conference on Technical Cooperation among Developing Countries, Buenos Aires, ... 1978 (...), chap. I."
 * (the Buenos Aires Plan of Action, A/RES/80/156 PP3, 78/167, 79/236; the World Food Conference's Universal Declaration on the
 * Eradication of Hunger and Malnutrition, 78/198 PP3, 79/171, 80/210), "..., chap. I, resolution 1." (the Madrid International Plan
 * of Action on Ageing, A/RES/80/152 PP6; UNISPACE III's Vienna Declaration, 79/86 PP3): the sitting adopted the text, as when the
 * resolution's annex is named
 */
export const REPORT_CHAPTER_ONE_END_RE = /\bchap\.\s+I(?:,\s+resolution\s+(?:\d{1,2}|[IVX]{1,4}))?\.?\s*$/;
/**
 * in a note citing a sitting's report, the report's own annex that holds the text, right after the report's symbol: "Report of the
 * International Ministerial Conference of Landlocked and Transit Developing Countries ..., Almaty, Kazakhstan, 28 and 29 August 2003
 * (A/CONF.202/3), annex I." (the Almaty Programme of Action, A/RES/80/3 annex para. 2; annex II, the Almaty Declaration, 78/148 PP14):
 * the sitting's outcome annexed to its report, as its own resolution's annex is
 */
export const REPORT_OWN_ANNEX_RE = /\),\s+annex(?:es)?\s+[IVX]{1,4}(?:\s+and\s+[IVX]{1,4})?\.?\s*$/;
/** between a framework's title and its symbol's bracket in such a note: nothing, or a subtitle after a colon
 *  ("The Bridgetown Covenant: from inequality and vulnerability to prosperity for all (TD/541/Add.2)") */
export const TITLE_TO_SYMBOL_GAP_RE = /^(?::[^,;:()]{1,120})?\s\($/;
/** before a title that opens a note's citation: the note's start, "See ", or its publisher and a comma ("United Nations
 *  Conference on Trade and Development, The Bridgetown Covenant"); not a framework inside a title ("decision on the TRIPS Agreement") */
export const NOTE_TITLE_OPENING_BEFORE_RE = /(?:^|^See\s|,\s)(?:[Tt]he\s)?$/;
/** between a framework and the sitting whose outcome the apposition says it is: ", the outcome statement of the ", ", the outcome
 *  document of the " (attributions.ts frameworkAsOutcomeOfSittingAttributions); or " as the outcome of the " ("the Samarkand
 *  Declaration of 2024 as the outcome of the fourteenth meeting of the Conference of the Parties to ...", A/RES/79/313 PP29) */
export const FRAMEWORK_TO_OUTCOME_OF_SITTING_GAP_RE = /^(?:,\s+the\s+outcome\s+(?:document|statement)|\s+as\s+the\s+outcome)\s+of\s+the\s+$/;

/** an outcome text named in apposition after the sitting's "outcome document": the venue's name, then a lowercase kind of text
 *  ("..., held in Turkmenbashi, Turkmenistan, on 15 and 16 August 2022, and its outcome document, the Awaza summary statement",
 *  A/RES/78/148 PP15); group `name` the text's name, the venue word its first */
export const OUTCOME_TEXT_NAMED_AFTER_VENUE_RE = letterRe(
  String.raw`\boutcome (?:document|statement)s?, the (?<name>\p{Lu}[\p{L}-]+ (?:summary statement|statement|declaration|communiqué|call to action))\b`,
  'gu',
);
