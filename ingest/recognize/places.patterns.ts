// Place context: "in Quito, Ecuador" (city followed by its country is one location), and the
// prepositions that make a place the venue of an event.
import { letterRe } from '../letter-classes.js';
import { MONTHS } from '../months.patterns.js';

/** Text between a city and its country: ", " (and nothing else). */
export const CITY_COUNTRY_GAP_RE = /^,\s*$/;

/** Venue phrases in the text just before a place mention: "held in", "organized in", "in". */
export const VENUE_BEFORE_RE = /(?:\b(?:held|organized|organised|convened|hosted|taking\s+place|took\s+place|to\s+be\s+held|to\s+be\s+organized|to\s+be\s+convened|celebrated|launched)\s+)?(?:\bin\s+(?:the\s+)?(?:city\s+of\s+)?|\bat\s+(?:the\s+)?)$/;

/**
 * A town the gazetteer does not know, named before its country: "held in Medellín, Colombia, in 2019", "in Khankendi,
 * Azerbaijan, on 3 and 4 July 2025", "in Saint-Marc, Haiti", "in Punta del Este, Uruguay". Read back from the comma
 * before a country: "in"/"at", then up to four capitalised words (a few lowercase particles between them). Group 1.
 * (its state or province may come between: "in Jamnagar, Gujarat, India", A/RES/78/130 PP12)
 */
export const TOWN_BEFORE_COUNTRY_RE =
  letterRe(String.raw`(?<![\p{L}\p{N}])(?:in|at)\s+(\p{Lu}[\p{L}'’-]*(?:[ -](?:\p{Lu}[\p{L}'’-]*|de|del|da|do|dos|el|al|sur|upon)){0,3})(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)?,\s+(?:the\s+)?$`, 'u');

/**
 * Heads after a place's name that make the place the first word of another name: "the Nouméa Accord", "the Montreal
 * Protocol", "the Istanbul Process", "the Uruguay Round", "the Paris Club", "the Kigali Amendment" (the gazetteer knows
 * the place, not that name). Group-free; read at the place's end.
 */
export const PLACE_OPENS_NAME_RE =
  /^ (?:Accords?|Agreement|Agenda|Amendments?|Call|Charter|Club|Code|Commitments?|Compact|Consensus|Convention|Covenant|Declaration|Framework|Guidelines|Memorandum|Ministerial|Outcome|Pact|Pathway|Plan|Principles|Process|Programme|Protocol|Roadmap|Round|Rulebook|Rules|Statement|Statute|Strategy|Treaty|Update|Vision)\b/;

/** Whether the place mention ending at `end` opens another name (a cheap test of the next character first). */
export function placeOpensName(text: string, end: number): boolean {
  // (guarded: a read past the end, a place ending its paragraph, threw away the compiled code of the extraction it is inlined in)
  if (end + 1 >= text.length) return false;
  if (text.charCodeAt(end) !== 32) return false;
  const next = text.charCodeAt(end + 1);
  if (next >= 65 && next <= 90) return PLACE_OPENS_NAME_RE.test(text.slice(end, end + 14));
  return (next === 99 /* c */ || next === 100 /* d */ || next === 105 /* i */ || next === 112 /* p */ || next === 114 /* r */) && PLACE_OPENS_LOWER_NAME_RE.test(text.slice(end, end + 28));
}

/**
 * ... or printed in lower case before what the text is about: "the Belgrade principles on the relationship between national
 * human rights institutions and parliaments" (A/RES/78/204, 80/214), "the Marrakech declaration on the prevention of
 * corruption" (A/RES/79/190), "the Kigali declaration on the prevention and combating of unconstitutional changes"
 * (A/RES/79/68): the place names the text, it is not mentioned as a place. So too a place naming whose refugees they are:
 * "Palestine refugees", "the Palestine refugee camps" (the UNRWA texts, A/RES/80/78 and others: 140 in corpus-ga), as
 * "Syrian refugees" names no place. So too a plan named by its place: "the Quito implementation plan for the New Urban Agenda"
 * (A/RES/78/202 PP9, 80/209 PP8; the framework after "for the" is its name). And the commitments a summit's city names: "the
 * Copenhagen commitments and the Declaration on the tenth anniversary of the World Summit for Social Development" (A/RES/78/174
 * OP73, 79/146, 80/178: the commitments of the Copenhagen Declaration, no place).
 */
const PLACE_OPENS_LOWER_NAME_RE = /^ (?:(?:declaration|principles) (?:on|for|of|in support of)|refugees?|implementation plan (?:for|of)|commitments)\b/;

const DECLARATION_AFTER_PLACE = ' declaration ';
/**
 * A declaration named by its place and printed in lower case, its topic to the end of its name: "the Kigali declaration on the
 * prevention and combating of unconstitutional changes in Central Africa12 and the Kigali declaration on the humanitarian
 * situation in Central Africa,13", "the Luanda declaration in support of the final adoption of the regional strategy ...,15"
 * (A/RES/79/68 PP39), "the Kintélé declaration on hate speech in Central Africa, 18 on 16 January 2023" (OP24), "the Djibouti
 * declaration on refugee education in December 2017" (A/RES/79/190): the topic ends at a comma, a semicolon, a closing quote
 * or bracket, a footnote mark, or a date or "adopted" after it. (group 1: the words after "declaration")
 */
const LOWER_DECLARATION_TAIL_RE = letterRe(
  String.raw`^ declaration ((?:on|for|of|in support of) [a-z][\p{L}\s'’-]*?)(?=\s*[,;:”)\d]|\s+(?:adopted|both|in (?:${MONTHS})\b)|$)`,
  'u',
);
/** how far the topic may run (a longer one is no name: the text runs on) */
const LOWER_DECLARATION_WINDOW = 240;
const RUN_OF_SPACES_RE = /\s+/g;
/** After a place mention ending at `end`: the declaration it names, printed " declaration on <topic>" (its printed length and
 *  its topic's words, one space between), or undefined. */
export function lowerDeclarationAfterPlace(text: string, end: number): { length: number; topic: string } | undefined {
  if (!text.startsWith(DECLARATION_AFTER_PLACE, end)) return undefined;
  const window = text.slice(end, end + LOWER_DECLARATION_WINDOW);
  const m = LOWER_DECLARATION_TAIL_RE.exec(window);
  if (m === null || (m[0].length === window.length && window.length === LOWER_DECLARATION_WINDOW)) return undefined;
  return { length: m[0].length, topic: m[1]!.replace(RUN_OF_SPACES_RE, ' ') };
}

/**
 * The Assembly's regional groups, printed as the States of a region: "the Latin American and Caribbean States have nominated
 * their candidates", "Urges the African States, the Asia-Pacific States, ..." (A/RES/80/76 OP44, OP46; 21 and 8 in corpus-ga):
 * an electoral group, not a mention of the Caribbean or of Asia and the Pacific. ("delimitation negotiations between
 * Caribbean States" does name the region's States.)
 */
const LATIN_AMERICAN_AND = 'Latin American and ';
export function placeNamesRegionalGroup(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || !text.startsWith(' States', end)) return false;
  const printed = text.slice(start, end);
  return printed === 'Asia-Pacific' || (printed === 'Caribbean' && start >= LATIN_AMERICAN_AND.length && text.startsWith(LATIN_AMERICAN_AND, start - LATIN_AMERICAN_AND.length));
}

/** "Pacific" after a compass quarter is a region of it, not the ocean: "the Indian Ocean and the North-West Pacific" (A/RES/78/69
 *  OP72, 79/144 OP70, 80/110 OP62, a line broken after the hyphen). Not "the South Pacific", a region the texts name alone. */
const COMPASS_QUARTER_BEFORE_RE = /(?:North|South)-(?:East|West) $/;
/**
 * "Atlantic" printed bare names the ocean only alone ("the Atlantic, Indian Ocean and South China Sea small island developing
 * States", A/RES/80/136 OP15; "the 2017 Atlantic hurricane season", 79/204 OP25): after a hyphen or a compass word it is part
 * of a region or a feature ("the northern Mid-Atlantic Ridge", A/RES/78/69 OP72, 79/144, 80/110; "the North-East Atlantic",
 * 80/110 OP62), before a capitalised word the first word of a name ("the Atlantic Meridional Overturning Circulation", 80/110
 * OP208). "Pacific" only after a compass quarter (COMPASS_QUARTER_BEFORE_RE).
 */
const COMPASS_BEFORE_RE = /(?:North|South|East|West|Northern|Southern|Eastern|Western|Mid|Central|Tropical)(?:-(?:East|West))? $/;
export function atlanticIsPartOfName(text: string, start: number, end: number): boolean {
  if (end - start === 7 && text.startsWith('Pacific', start)) return COMPASS_QUARTER_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start));
  if (end - start !== 8 || !text.startsWith('Atlantic', start)) return false;
  if (start > 0 && text.charCodeAt(start - 1) === 45 /* - */) return true;
  if (COMPASS_BEFORE_RE.test(text.slice(Math.max(0, start - 18), start))) return true;
  const next = text.charCodeAt(end + 1);
  return text.charCodeAt(end) === 32 && next >= 65 && next <= 90;
}

/**
 * "the Territory" in a "Question of <Territory>" text: the Territory the title names ("Requests the Territory and the administering
 * Power to take all measures necessary ...", A/RES/80/94 OP12 and each Territory's text). Singular and capitalised; not "the
 * Territory of ..." (a name printed after it) nor "the Territories".
 */
export const THE_TERRITORY_RE = letterRe(String.raw`(?<![\p{L}\p{N}])the (Territory)(?![\p{L}\p{N}])(?! of\b)`, 'gu');

/**
 * "the Government" printed bare in a "Situation of human rights in <State>" text: the State the title names, as "the Territory" is
 * the Territory in its Question's text ("encouraging the Government to continue its cooperation with the Organisation", A/RES/80/224
 * PP16; "and calls upon the Government to ensure accountability", 79/183 OP25, 78/220, 80/222). Singular and capitalised; not "the
 * Government of ..." (the State printed after it), nor "the Governments", nor a possessive. Group 1 the word.
 */
export const THE_GOVERNMENT_RE = letterRe(String.raw`(?<![\p{L}\p{N}])the (Government)(?![\p{L}\p{N}’'-])(?!\s+of\b)`, 'gu');
/** a country situation's title, "Situation of human rights in the Syrian Arab Republic": group 1 the State */
export const SITUATION_IN_STATE_RE = /^Situation of human rights in (?:the )?([^,]+)$/;

/**
 * "hosted by the territorial Government" in a "Question of <Territory>" text: the Territory the title names, as the host of a sitting
 * ("the 2003 Caribbean regional seminar in Anguilla, hosted by the territorial Government with the cooperation of the administering
 * Power", A/RES/78/87 PP19, 79/100, 80/91), as "hosted by the Government of Indonesia" names Indonesia. Only after "hosted by": the
 * territorial Government elsewhere ("in cooperation with the territorial Government", "calls upon the administering Power to
 * assist the territorial Government") stays unread, as the gold files of the Territories read it. Group 1 the words.
 */
export const HOSTED_BY_TERRITORIAL_GOVERNMENT_RE = /\bhosted\s+by\s+the\s+(territorial\s+Government)\b/g;

/**
 * "Headquarters" printed bare after "at": the United Nations Headquarters ("the holding of regional seminars in the Caribbean and
 * Pacific regions and at Headquarters", A/RES/80/96 PP15 and each Territory's text; "the impact of the reforms at Headquarters on
 * the delivery of relevant special political mission mandates in the field", 78/79 OP8; "held at Headquarters on 16 ...").
 * Group 1 the word. Not "at Headquarters of ..." (another body's seat), nor "the Headquarters Agreement", "the Headquarters
 * district" (not after "at").
 */
export const AT_HEADQUARTERS_RE = letterRe(String.raw`(?<![\p{L}\p{N}])at\s+(Headquarters)(?![\p{L}\p{N}])(?!\s+of\b)`, 'gu');
