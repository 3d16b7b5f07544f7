// Event patterns: capitalised names by head noun, sessions and meetings of bodies, WSIS+20 events,
// editions of recurring events ("WSIS Forum 2025"), and the date/venue phrases that follow them.
import { letterRe, letterSource } from '../letter-classes.js';
import { isLowerAscii } from '../codeUnit.js';
import { MONTHS } from '../months.patterns.js';

export type EventKindName = 'conference' | 'summit' | 'session' | 'meeting' | 'forum' | 'day' | 'week' | 'year' | 'decade' | 'dialogue' | 'other';

/** Head word -> event kind. */
export const EVENT_HEADS: ReadonlyMap<string, EventKindName> = new Map<string, EventKindName>([
  ['Conference', 'conference'], ['Conferences', 'conference'], ['Symposium', 'conference'], ['Congress', 'conference'],
  ['Summit', 'summit'], ['Forum', 'forum'], ['Day', 'day'], ['Days', 'day'], ['Week', 'week'], ['Year', 'year'],
  ['Decade', 'decade'], ['Dialogue', 'dialogue'], ['Meeting', 'meeting'], ['Session', 'session'], ['Sessions', 'session'], ['Games', 'other'],
  ['Expo', 'other'], ['Exhibition', 'other'], ['Event', 'meeting'], ['Olympiad', 'other'], ['Festival', 'other'],
  ['Retreat', 'meeting'], ['Consultation', 'meeting'], ['Consultations', 'meeting'], ['Hearing', 'meeting'],
  // sport events listed beside the Games ("the World Artistic Gymnastics Championships, the Special Olympics World Games, ...",
  // A/RES/78/325 PP5, A/RES/79/8)
  ['Championships', 'other'], ['Championship', 'other'],
  // a yearly showcase, as an expo is: "the tenth Sustainable Development Goals Investment Fair, held in Sevilla, Spain, from 30
  // June to 3 July 2025" (A/RES/80/127 PP22, 78/141, 79/198)
  ['Fair', 'other'],
  // a sitting held once, with its dates and venue: "to host the South-East Asia and Pacific Regional Workshop on the
  // Convention, held on 18 and 19 March 2025 in Manila" (A/RES/80/52 PP20), "the 2010 Joint Tuna Regional Fisheries
  // Management Organizations International Workshop on RFMO Management of Tuna Fisheries, held in Brisbane" (the fisheries texts)
  // (not 'meeting': a workshop's name is its topic, "Regional Workshop on the Convention", which namedMeeting would not take)
  ['Workshop', 'other'],
  // a sitting of scholars and officials held once, as a symposium is: "the United Nations Commission on International Trade Law
  // Colloquium on Climate Change and International Trade Law" (A/RES/78/103 OP3)
  ['Colloquium', 'conference'],
  // a conference held with an exhibition, the blend word its organizer prints: "the Hamedan Declaration adopted at the Third Economic
  // Cooperation Organization Confobition on Health Tourism, held in Hamedan, ..., from 11 to 13 June 2025" (A/RES/79/330 OP13)
  ['Confobition', 'conference'],
]);

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS_ORD = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Ordinal words up to "ninety-ninth", "hundredth", and "1st"/"28th". */
export const ORDINAL_SOURCE = `(?:(?:${TENS.join('|')})[-‑ ](?:${UNITS.join('|')})|${TENS_ORD.join('|')}|${TEENS.join('|')}|${UNITS.join('|')}|hundredth|\\d{1,3}(?:st|nd|rd|th))`;

/**
 * A review conference of a treaty's parties named by its ordinal or year ("Tenth Review Conference", "2026 Review Conference of
 * the Parties to the Treaty ..."): what a bare "the Review Conference" printed after it in the paragraph means
 * (entityScan.ts reviewConferenceNamedBefore).
 */
export const NUMBERED_REVIEW_CONFERENCE_RE = new RegExp(`^(?:${ORDINAL_SOURCE}|(?:19|20)\\d\\d) Review Conference\\b`, 'i');

/** A standing conference that sits in numbered sessions, printed right before "at its <ordinal> session": "the adoption by the
 *  Islamic Summit Conference at its thirteenth session, held in Istanbul, Turkey, on 14 and 15 April 2016, of the ..." (A/RES/79/9
 *  PP4). A name with an ordinal or a year at its head is one sitting itself ("the Fourth World Conference on Women"), none. */
export const STANDING_CONFERENCE_NAME_RE = new RegExp(`^(?!(?:${ORDINAL_SOURCE}|(?:19|20)\\d\\d)\\s)[A-Z][^,;]*\\s(?:Conference|Summit)$`, 'i');

/**
 * A document of the General Assembly's special session known by name, "Final Document of the Tenth Special Session of the
 * General Assembly", "Concluding Document of the Twelfth Special Session of the General Assembly" (the gazetteer's names,
 * matched whole; group 1: the session's ordinal as printed in the name)
 */
export const ASSEMBLY_SPECIAL_SESSION_DOCUMENT_RE = new RegExp(`^(?:Final|Concluding) Document of the (${ORDINAL_SOURCE}) Special Session of the General Assembly$`, 'i');

/** right before the Organization's name in "the seventy-fifth anniversary of the United Nations" (group 1: the ordinal) */
export const ANNIVERSARY_OF_BEFORE_RE = new RegExp(`\\b(${ORDINAL_SOURCE}) anniversary of the $`);
/** after "... anniversary of the United Nations": a lowercase noun the name qualifies ("the United Nations study on ..."), not the Organization's anniversary */
export const NOUN_AFTER_NAME_RE = /^\s+(?!(?:in|and|or|to|with|as|on|at|by|for|during|which|that|opens|was|is|has|had|will|were|are|be)\b)[a-z]/;

const TENS_STEMS = ['twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];

/** 1..99 for "first".."ninety-ninth" and "28th"; undefined otherwise. */
export function ordinalValue(ordinal: string): number | undefined {
  const o = ordinal.toLowerCase().replace(/‑/g, '-');
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(o);
  if (digits) return Number(digits[1]);
  const unit = UNITS.indexOf(o);
  if (unit >= 0) return unit + 1;
  const teen = TEENS.indexOf(o);
  if (teen >= 0) return teen + 10;
  const [tens, units] = o.split(/[- ]/);
  const t = TENS_STEMS.findIndex((x) => tens!.startsWith(x));
  if (t < 0) return undefined;
  return (t + 2) * 10 + (units ? UNITS.indexOf(units) + 1 : 0);
}

/** "twenty-eighth session of the", "its seventy-ninth regular session", "the eleventh emergency special session of the". */
export const SESSION_RE = letterRe(
  `(?<![\\p{L}\\p{N}])(?:(its|their)\\s+)?(${ORDINAL_SOURCE})\\s+((?:regular|special|resumed|emergency\\s+special|organizational|substantive|annual|ministerial)\\s+)?(session|meeting|plenary\\s+meeting|high-level\\s+meeting)s?(?:\\s+of\\s+(?:the\\s+)?)?`,
  'giu',
);

/**
 * "high-level meeting of the", "high-level plenary meeting on", "General Assembly high-level meeting on"; "the commemorative
 * high-level plenary meeting devoted to the follow-up to the outcome of the special session on children" (A/RES/78/187 PP14,
 * 80/190: what it commemorates is part of its name, as "special high-level" is).
 */
export const MEETING_RE = letterRe(String.raw`(?<![\p{L}\p{N}])((?:commemorative\s+)?high-level(?:\s+plenary)?|plenary|commemorative|ministerial|special\s+high-level)\s+(meeting|segment|event|dialogue)(?:\s+of\s+(?:the\s+)?)?`, 'giu');

/**
 * A lowercase one-off sitting: "the global conference to commemorate the International Day for ...", "a high-level
 * pledging conference on ...", "the thematic debate on ...", "the expert group meeting on ...", "the regional dialogue on
 * protection and solutions ..., held in Bamako ..., hosted by the Government of Mali" (A/RES/78/185 OP9), "the first biennial
 * panel discussion on the issue of unilateral coercive measures and human rights organized by the Human Rights Council in
 * 2015" (A/RES/80/209 OP26), "the forthcoming international conference on artificial intelligence in education to be held in
 * Ashgabat" (A/RES/79/322 PP10: "forthcoming"/"upcoming" is no part of the name), "the second consultative meeting on
 * strengthening partnerships with national rapporteurs ..., held in Bangkok on 21 and 22 May 2014, co-hosted by the United Nations
 * Office on Drugs and Crime, ..." and "the first regional consultation on trafficking in persons in Eastern Africa, held in virtual
 * format on 7 and 8 February 2022" (A/RES/80/228 OP34, OP13; 78/228), "the one-day informal interactive dialogue on commodity
 * markets in New York on 26 April 2024" (A/RES/80/124 PP11, 78/138: how long it lasted is no part of its name; lowercaseSittings
 * drops "one-day"), "the first-ever expert dialogue on mountains and climate change, convened by the Chair of the Subsidiary Body
 * for Scientific and Technological Advice" (A/RES/80/144 PP15), "the second regional protection dialogue on the Lake Chad basin,
 * held in Nigeria in January 2019" (A/RES/78/185 OP8: the refugee texts' dialogues on protection). Only the words before
 * the noun; what names it (a topic, an event commemorated, a body) and what makes it one sitting (hosted by, held in,
 * a date) are read after it. Lowercase and case-sensitive: a capitalised "Global Conference on ..." is a name. A bare
 * "conference" or "meeting" only with its quoted theme after it: "the Hangzhou outcomes, adopted at the conference on the
 * theme “Culture for sustainable cities”, held in Hangzhou, China, from 10 to 12 December 2015" (A/RES/78/161 PP26). "the
 * fifteenth sectoral cooperation meeting between the League of Arab States and the United Nations ..." (A/RES/79/12 PP8): named
 * by the two parties that meet (PARTIES_BETWEEN_RE). A year before a body's sitting dates it as one sitting: "the 2023
 * high-level debate of the General Assembly on the theme “...”" (A/RES/78/225 OP4; SITTING_YEAR_BEFORE_RE). "open-ended" as the
 * other qualifiers: "the open-ended intergovernmental expert group meeting on model strategies on reducing reoffending, which was
 * convened ... on 4 and 5 September 2023, ... and reconvened from 25 to 28 March 2024" (A/RES/79/187 PP9).
 */
export const LOWERCASE_SITTING_RE =
  letterRe(String.raw`(?<![\p{L}\p{N}])(?:[Tt]he|an?)\s+(?:(?:forthcoming|upcoming)\s+)?(?:(?:19|20)\d\d\s+(?=(?:high-level|special)\s+(?:debate|meeting)\s+of\s+the\s+[A-Z]))?((?:(?:global|international|regional\s+protection|regional|subregional|interregional|open-ended|intergovernmental|high-level|ministerial|thematic|interactive|pledging|commemorative|expert\s+group|expert|multi-stakeholder|consultative|special|first(?:-ever)?|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|biennial|annual|half-day|one-day,?|informal|joint|world|general\s+cooperation|sectoral\s+cooperation)\s+)+|(?=meeting\s+of\s+the\s+[A-Z])|(?=panel\s+discussion\s+organized\s+by\s)|(?<=[Cc]onven(?:e|ing)\b[^;]{0,120}\sa\s+)(?=meeting\s+on\s)|(?=(?:conference|meeting)\s+on\s+the\s+theme\s+“))(conference|debate|meeting|symposium|workshop|dialogue|consultation|panel\s+discussion|forum|congress)(?![\p{L}\p{N}-])`, 'gu');

/**
 * The hearing a modalities text sets up, printed in lower case with no name of its own: "to organize and preside over an
 * interactive multi-stakeholder hearing, before the end of June 2024" (A/RES/78/269 OP6, 79/273, 79/333, 79/288), "an informal
 * interactive multi-stakeholder hearing" (79/286 OP11), "the one-day intersessional multi-stakeholder hearing" (79/199 OP29); then
 * "the multi-stakeholder hearing" (78/269 OP13) and "the hearing" (78/269 OP6). Group 1: the qualifiers and noun (the words its
 * node is named by, its length left out); group 2 "multi-stakeholder" (a bare "the hearing" has neither qualifier nor group 2).
 * Singular only: "the informal interactive multi-stakeholder hearings" of the migration review forums (78/204) are many sittings.
 */
export const UNNAMED_HEARING_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])(?:the|an?)\s+(?:[a-z]+-day\s+)?((?:(?:informal|interactive|intersessional)\s+)*(multi[-‑]stakeholder\s+)?hearing)(?![\p{L}\p{N}-])`,
  'gu',
);

/**
 * "the three informal interactive hearings on possible further measures necessary to enhance the participation of Indigenous
 * Peoples' representatives ..., held at United Nations Headquarters on 17 April 2018, 25 April 2019 and 20 April 2023" (A/RES/78/189
 * OP51, 79/159, 80/191): hearings in the plural, one sitting per day listed after their topic (entityScan pluralHearings). Group 1:
 * the qualifiers, which name each hearing with its topic.
 */
export const PLURAL_HEARINGS_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])the\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?((?:(?:informal|interactive|intersessional)\s+)+(?:multi[-‑]stakeholder\s+)?)hearings(?![\p{L}\p{N}-])`,
  'gu',
);
/** after PLURAL_HEARINGS_RE: the topic, up to the ", held" that lists the days (its purpose words too: "necessary to enhance ...") */
export const HEARINGS_TOPIC_RE = /^\s+on\s+([^,;:()“”"]{3,300}?)(?=,\s+held\s)/u;

/**
 * After a lowercase sitting's noun, the purpose that names it in place of a topic, up to what makes it one sitting: " to promote
 * the ratification of the Convention" in "the upcoming world congress to promote the ratification of the Convention, to be held
 * in 2024" (A/RES/78/207 OP2). Not without the ", (to be) held": "a world congress to promote ... as discussed by the Committee"
 * (PP23) is a project, no sitting.
 */
export const PURPOSE_THEN_HELD_RE = /^\s+to\s+(?:promote|advance|strengthen|review)\s+[^,;:()“”]{3,120}?(?=,\s+(?:to\s+be\s+|which\s+(?:was|will\s+be)\s+)?held\s)/u;
/** the gate of PURPOSE_THEN_HELD_RE, right after a lowercase sitting's noun */
export const TO_PROMOTE_ETC = ' to ';

/** the gate of MINISTERS_RESPONSIBLE_RE, right after a lowercase sitting's noun */
export const OF_MINISTERS = ' of ministers ';
/**
 * After a lowercase sitting's noun, who sat at it in place of a topic: " of ministers responsible for communication, media,
 * information and information and communications technology from States members of the Economic Community of Central African
 * States" (A/RES/79/68 OP24, 80/63: "the regional forum of ministers ..., held on 30 and 31 January 2024 in Bangui"); the
 * portfolio list has commas of its own, so the words run to ", held" (what makes it one sitting), not to the first comma.
 */
export const MINISTERS_RESPONSIBLE_RE = /^\s+of\s+ministers\s+(?:responsible\s+for|in\s+charge\s+of)\s+[^;:()“”"]{3,250}?(?=,\s+held\s)/u;
/**
 * The same with other sitters named in lower case, the words run to ", held" likewise: "the high-level meeting of small island
 * developing States of the Atlantic, Indian Ocean and South China Sea, held in Praia on 15 and 16 May 2025" (A/RES/80/136 OP15),
 * "the fifth meeting of attorneys/prosecutors general of the Economic Cooperation Organization member States, held in Dushanbe on 16
 * May 2024" (A/RES/79/330 OP6). Not "of the ..." (a body's sitting, SITTING_OF_RE).
 */
export const SITTERS_THEN_HELD_RE = /^\s+of\s+(?!the\s)[a-z][^;:()“”"]{2,160}?(?=,\s+held\s)/u;

/** the gate of PARTIES_BETWEEN_RE, right after a lowercase sitting's noun */
export const BETWEEN_PARTIES = ' between ';
/** After a lowercase sitting's noun, before its first party: " between the " ("the sixteenth general cooperation meeting between the United Nations and ..."). */
export const FIRST_PARTY_RE = /^\s+between\s+(?:the\s+)?/u;
/** Between the two parties of a sitting: " and the ". */
export const SECOND_PARTY_RE = /^\s+and\s+(?:the\s+)?/u;
/**
 * After the parties, the agencies that sit with them and belong to the name: " and their specialized agencies" ("the fifteenth
 * sectoral cooperation meeting between the League of Arab States and the United Nations and their specialized agencies", A/RES/79/12 PP8).
 */
export const THEIR_AGENCIES_RE = /^\s+and\s+their\s+specialized\s+agencies\b/u;
/** The parties printed as the two bodies the resolution is about: " between the two organizations" (A/RES/79/12 OP5, OP7). */
export const THE_TWO_PARTIES_RE = /^\s+between\s+the\s+two\s+organizations\b/u;
/** A sitting named by its parties makes one sitting by its theme too: ", on the theme “" (A/RES/79/12 OP5), ", under the theme “". */
export const THEMED_AFTER_RE = /^,?\s+(?:on|under)\s+the\s+theme\s+“/u;
/** the first of listed ordinals, at its start ("sixteenth" of "sixteenth and seventeenth sessions") */
export const FIRST_LISTED_ORDINAL_RE = new RegExp(`^(${ORDINAL_SOURCE})`, 'iu');
/** a sitting's ordinal and its space at the start of its words ("sixteenth "): the words a later sitting of the series shares */
export const SITTING_ORDINAL_RE = new RegExp(`^(?:${ORDINAL_SOURCE}) `, 'u');
/** A lowercase sitting named by its parties (lowercaseSittings): group 1 its words ("sixteenth general cooperation meeting"), 2 the parties. */
export const SITTING_BETWEEN_NAME_RE = /^((?:[a-z-]+ )+(?:meeting|conference|consultation|dialogue)) between (.+)$/u;

/**
 * Between a lowercase sitting's noun and its topic, the aside that says where it sat: "the biennial panel discussion, held at the
 * sixtieth session of the Council, on the impact of unilateral coercive measures and overcompliance on the right to food and food
 * security" (A/RES/80/209 OP26; "to be held at", 79/167 OP26): the topic after the aside names the sitting. Or when: "the report of
 * the Office ... on the half-day panel discussion, held on 27 September 2023, on the rights of Indigenous Peoples" (A/RES/80/191
 * PP34).
 */
export const HELD_AT_ASIDE_BEFORE_TOPIC_RE =
  new RegExp(String.raw`^,\s+(?:to\s+be\s+)?held\s+(?:(?:at|during)\s+the\s+[^,;:()“”"]{3,80}|on\s+\d{1,2}\s+(?:${MONTHS})\s+(?:19|20)\d\d),(?=\s+on\s)`, 'u');

/**
 * What makes a lowercase sitting one sitting, right after its topic: who hosted or convened it, where or when it was held ("the
 * annual half-day panel discussion on the rights of Indigenous Peoples, to be held during the sixty-third session of the Human
 * Rights Council", A/RES/80/191 PP32).
 */
// (also with its sponsor between: "the open-ended intergovernmental expert group meeting on model strategies on reducing reoffending,
// which was convened with the support of the Government of Japan on 4 and 5 September 2023", A/RES/79/187 PP9)
export const ONE_SITTING_AFTER_RE =
  new RegExp(String.raw`^,?\s+(?:(?:which\s+(?:was|will\s+be)\s+|to\s+be\s+)?(?:hosted|co-hosted|held|convened|organized|co-organized)\s+(?:with\s+the\s+support\s+of\s+(?:the\s+)?[A-Z][^,;:]{0,40}?\s+)?(?:by|in|at|on|from|during)\s|(?:in|at)\s+(?!accordance\b)[A-Z]|on\s+\d{1,2}\s|from\s+\d{1,2}\s|of\s+\d{1,2}\s+(?:${MONTHS})\s+(?:19|20)\d\d\b)`, 'u');

/**
 * Words after which "in <Place>" is part of a topic, not where the sitting met: "the situation of Rohingya Muslims
 * and other minorities in Myanmar", "the peace-security-development nexus in Africa", "peace in the Middle East"
 * (A/RES/80/221 OP42: the conference on the minorities in Myanmar met in New York). Lowercase; the capitalised
 * name reader compares lowercased words.
 */
export const TOPIC_BEFORE_IN = 'tourism|situation|situations|minorities|minority|population|populations|people|peoples|peace|conflict|conflicts|security|stability|crisis|crises|nexus|violence|war|occupation|reconciliation|reconstruction|democracy|refugees|children|women|girls';

/**
 * "the first regional consultation on trafficking in persons in Eastern Africa, held in virtual format on 7 and 8 February 2022,
 * and takes note of the regional consultation with civil society ... in the Americas, held in Panama City on 8 May 2025"
 * (A/RES/80/228 OP13, 78/228 OP11): a sitting held virtually has no venue; a place printed after another "held" is another
 * sitting's (the HELD_IN attribution and the sitting's location, eventVenue, read it alike). Not "its two resumed sessions,
 * held online from 3 to 6 December 2024 and in Rome from 25 to 27 February 2025" (the biodiversity texts, A/RES/80/133,
 * 80/137 "held virtually ... and in Rome"): held online and in Rome.
 */
export const HELD_VIRTUALLY_RE = /\bheld\s+(?:in\s+(?:a\s+)?virtual\s+format|virtually|online)\b.*\bheld\s/;
/**
 * A purpose clause after a sitting's topic is no word of it: "the 2021 high-level meeting of the General Assembly on HIV and
 * AIDS to ensure universal access to integrated prevention, ..." (A/RES/78/5 annex OP50), "the political declaration of the
 * high-level meeting on universal health coverage to achieve universal health coverage" (A/RES/78/174, 79/146, 80/178): the
 * topic ends before "to <verb>" (PURPOSE_VERBS). Not after a noun that takes the infinitive as its own complement ("the
 * high-level meeting on international cooperation to combat illicit financial flows ...", A/RES/78/140 PP; PURPOSE_NOUNS).
 */
const PURPOSE_VERBS = 'ensure|achieve|accelerate|promote|strengthen|advance|address|end|enhance|mobilize|combat|prevent|reduce|eliminate|foster|improve|increase|protect';
const PURPOSE_NOUNS =
  'cooperation|efforts?|actions?|measures|ways|need|commitments?|steps|partnerships?|strategies|approaches|means|capacity|capacities|opportunities|rights?|mechanisms?|plans?|investments?|resources|funding|support|will|ability';
/** Lowercase topic after "on": up to a comma, semicolon, parenthesis, quote or a participle.
 *  (the word boundary after "in <year>|in <Capital>" is inside the group: after "[A-Z]" it stopped only before one-letter
 *  words, so "high-level meeting on non-communicable diseases in September 2025" took the month; a date "on 26 September
 *  2018" or "of 30 June 2022" ends the topic too, as a footnote mark does ("... in Persons3 will be held"); "in Persons",
 *  "in Small Arms" are words of a topic's name; "at its eightieth session" says when the meeting is, not what about; "and to
 *  the <noun>" is a second complement of the words before the sitting: "in relation to the follow-up to the outcome of the
 *  high-level meeting on disability and development and to the principles of the Convention ...", A/RES/79/149 PP9; "the
 *  ministerial meeting on South-South cooperation to be held on the margins of the third United Nations Conference ...", 80/156
 *  OP15, "the High-level Dialogue on Financing for Development ... every four years back-to-back with the high-level political
 *  forum", 79/323 annex OP65: the sitting it sits beside, or how often it meets, is no word of its topic)
 *  (nor the body under whose auspices it sits: "the 2026 special high-level meeting on credit ratings under the auspices of the
 *  Economic and Social Council for dialogue among Member States", A/RES/80/122 OP66, 79/323 annex OP55) */
export const TOPIC_SOURCE = letterSource(String.raw`(?!\d)(?:the\s+)?[^,;:()“”"\[\]]{3,220}?(?=\s*(?:[,;:()“”"\[\]]|$)|\s+(?:(?:to|shall|will|would)\s+be\s+(?:held|convened|organized)|held|convened|organized|hosted|adopted|endorsed|entitled|which|that|and\s+the\s+adoption|under\s+the\s+auspices\s+of)\b|\s+by\s+the\s+[A-Z]|(?<!\b(?:${PURPOSE_NOUNS}))\s+to\s+(?:${PURPOSE_VERBS})\b|\s+at\s+its\s+[a-z-]+\s+session\b|\s+(?:back-to-back\s+with|on\s+the\s+(?:margins|sidelines)\s+of|in\s+conjunction\s+with|every\s+(?:two|three|four|five|other)\s+years?|with\s+a\s+(?:special|particular)\s+focus)\b|\s+in\s+(?:(?:19|20)\d{2}\b|(?!Persons|Small\s+Arms\b)(?<!\b(?:${TOPIC_BEFORE_IN})\s+in\s+)[A-Z]|accordance\b)|\s+(?:on|of)\s+\d|(?<=\p{L})\d{1,3}(?=[\s,.;]|$)|\s+(?:can|could|should|may|might|must|will|would|shall)\s|\s+and\s+to\s+(?:(?:draft|prepare|submit|report|circulate|present|transmit|convene|hold|organize|invite|provide|ensure)\b|the\s)|\s+\d{1,3}\s+and\s|(?<=(?:19|20)\d\d[-–‑](?:19|20)\d\d)\d{1,3}(?=[\s,.;]|$))`);
/**
 * A special session of the General Assembly known by its topic, no ordinal printed: "the first-ever special session of the
 * General Assembly against corruption, held from 2 to 4 June 2021" (A/RES/79/190 PP11, OP9), "the special session of the
 * General Assembly on children" (79/153 OP1), "a special session of the General Assembly in response to the COVID-19
 * pandemic at the level of Heads of State and Government was held" (79/333 PP3), "the 2016 special session of the General
 * Assembly on the world drug problem" (79/284). Group 1 "first-ever" when printed (part of the phrase, not of the name: the
 * gap "adopted at the" before it then reads as before any sitting), 2 the words from "special" to the preposition, 3 the
 * topic. Only after "the", "a" or a year: "the twenty-seventh special session of the General Assembly on children" is
 * the numbered session (sessionsOfBodies); a capitalised "Special session ..." is a resolution's quoted title.
 */
export const TOPIC_SPECIAL_SESSION_RE = new RegExp(
  String.raw`(?<=(?:\b[Tt]he|\ba|\b(?:19|20)\d\d)\s+)((?:first-ever\s+)?)(special\s+session\s+of\s+the\s+General\s+Assembly\s+(?:against|on|in\s+response\s+to)\s+)(?!\d)(${TOPIC_SOURCE})`,
  'gu',
);
/** The level a sitting meets at, no word of its topic: "in response to the COVID-19 pandemic at the level of Heads of State and Government". */
export const AT_THE_LEVEL_OF_RE = /\s+at\s+the\s+level\s+of\b.*$/s;
/**
 * Right after a sitting's short form, the venue or dates it was held at: ", which was held from 13 to 16 July 2015" ("the Addis
 * Ababa Action Agenda of the Third International Conference on Financing for Development, adopted by the Conference, which was
 * held from 13 to 16 July 2015", A/RES/78/69 PP14, 79/144, 80/110), " held in Lisbon from ..." (group 1: the year).
 */
export const HELD_AFTER_SHORT_RE = /^,?\s+(?:which\s+was\s+)?held\s+(?:in|at|from|on)\s[^;.()“”]{0,60}?\b((?:19|20)\d\d)\b/;
export const ON_TOPIC_RE = new RegExp(String.raw`^\s+on\s+(${TOPIC_SOURCE})`, 'u');
/**
 * A high-level meeting's topic printed "devoted to": "the commemorative high-level plenary meeting devoted to the follow-up to the
 * outcome of the special session on children, held in New York from 11 to 13 December 2007" (A/RES/78/187 PP14, 80/190 PP14).
 */
export const DEVOTED_TO_TOPIC_RE = new RegExp(String.raw`^\s+devoted\s+to\s+(${TOPIC_SOURCE})`, 'u');
/** a high-level meeting's qualifier, commemorative or not (MEETING_RE group 1): the meetings DEVOTED_TO_TOPIC_RE reads */
export const HIGH_LEVEL_QUALIFIER_RE = /^(?:commemorative\s+)?high-level/i;
/** a high-level meeting's name as entityScan's meetingsOfBodies keys it, commemorative or not: "commemorative high-level plenary meeting ..." */
export const HIGH_LEVEL_SITTING_NAME_RE = /^(?:commemorative )?high-level (?:plenary )?meeting /;
/**
 * A topic cut at the comma of a series of adjectives before its noun: "the one-day high-level interactive dialogue on the
 * social, economic and environmental determinants of health" (A/RES/78/280 OP32, 79/287 OP13): the topic read so far is
 * "the <one word>" and the series runs on to the noun, whose phrase ends as a topic does (TOPIC_SOURCE). Matched on the
 * text after the cut topic; the whole match is the rest of the topic.
 */
export const ADJECTIVE_SERIES_TOPIC_RE = new RegExp(
  String.raw`^,\s+(?:[a-z][\w-]*,\s+)*[a-z][\w-]*,?\s+(?:and|or)\s+[a-z][\w-]*\s+(?:${TOPIC_SOURCE})`,
  'u',
);
/** the topic read before ADJECTIVE_SERIES_TOPIC_RE: "the" and one lowercase word */
export const LONE_MODIFIER_TOPIC_RE = /^(?:the\s+)?[a-z][\w-]*$/u;
/**
 * The rest of a topic whose first comma opens a series of single lowercase words closed by "and"/"or": "the high-level
 * meeting on pandemic prevention, preparedness and response" (A/RES/78/203 OP41, A/RES/78/3's title; 22 GA texts): the
 * topic ends after the series, not at its comma. Not a list of topics (", on ..."), a participle or clause (", held in",
 * ", which"), nor verbs of a new clause with their object (", welcomes and supports the ..."): the series ends the topic
 * (punctuation, a footnote mark, a preposition or participle after it; not "... treatment and care services").
 */
export const TOPIC_SERIES_AFTER_RE =
  /^,\s+(?!(?:and|or|in|on|at|which|including|as|held|inter|entitled|both|adopted|convened)\b)[a-z][\w-]*(?:,\s+[a-z][\w-]*)*,?\s+(?:and|or)\s+[a-z][\w-]*(?=\s*(?:[,;:.()”\d]|$)|\s+(?:in|to|held|at|on|for|convened|adopted|which|and|as|with|from|during|by)\b)/u;
/** After "high-level meeting": the year it meets printed before its topic, " in 2024" of "a high-level meeting in 2024 on antimicrobial
 *  resistance" (A/RES/78/269 PP1; group 1 the year) */
export const YEAR_BEFORE_TOPIC_RE = /^\s+in\s+((?:19|20)\d\d)(?=\s+on\s)/;
/** in the topic after such a year: the next verb of the decision reported ("... on antimicrobial resistance and requested the President
 *  of the General Assembly to appoint two co-facilitators", A/RES/78/269 PP1), where the topic ends */
export const REPORTED_VERB_IN_TOPIC_RE = /\s+and\s+(?:requested|decided|invited|called|encouraged|urged|noted|recognized|welcomed)\b/;
/**
 * After "high-level meeting": the year it meets, before or inside "on a comprehensive review of the progress achieved in <topic>"
 * ("a high-level meeting in 2025 on a comprehensive review of the progress achieved in the prevention and control of
 * noncommunicable diseases", A/RES/79/273 PP1; "the high-level meeting on a comprehensive review, in 2025, of the progress
 * achieved in ...", A/RES/79/287 OP17). Groups: year1 or year2, topic.
 */
export const REVIEW_OF_PROGRESS_RE = new RegExp(
  String.raw`^(?:\s+in\s+(?<year1>(?:19|20)\d\d))?\s+on\s+a\s+comprehensive\s+review(?:,\s+in\s+(?<year2>(?:19|20)\d\d),)?\s+of\s+the\s+progress\s+(?:achieved|made)\s+in\s+(?<topic>${TOPIC_SOURCE})`,
  'u',
);

/**
 * The words before a sitting that name its outcome without a title: "the Beijing Declaration and Platform for Action and the
 * outcome of the twenty-third special session" (A/RES/78/182 PP9), "the outcomes of the ...", "the outcome document of the
 * thirtieth special session" (extract.ts outcomesOfSittingsNamedBefore).
 */
export const OUTCOME_OF_SITTING_BEFORE_RE = /\boutcomes?(?:\s+documents?)?\s+of\s+(?:the\s+)?$/;

/**
 * A review's words before the name of what it reviews, at the start of the review's mention: "overall review of the
 * implementation of the outcomes of the", "overall review by the General Assembly of the implementation of the outcomes of the",
 * "20-year review of progress made in the implementation of the outcomes of the" (A/RES/79/277 PP2, PP4, PP7). A meeting named
 * for the review ("high-level meeting of the General Assembly on the overall review of ...") does not start so.
 */
export const REVIEW_OF_OUTCOMES_RE =
  /^(?:(?:overall|comprehensive|[\w-]+-year)\s+)*review\s+(?:by\s+the\s+General\s+Assembly\s+)?of\s+(?:(?:the\s+)?progress\s+made\s+in\s+)?the\s+implementation\s+of\s+the\s+outcomes\s+of\s+the\s+/;
/** "to review progress in the implementation of ...": what a meeting is convened to review (ON_TOPIC_RE's topic) */
export const TO_REVIEW_TOPIC_RE = new RegExp(String.raw`^\s+to\s+review\s+(${TOPIC_SOURCE})`, 'u');

/** "World Summit on the Information Society (WSIS)+20 Forum High-level Event 2024", "WSIS+20 High-level Event 2025",
 *  "World Summit on the Information Society+ 20 Forum High-level Event" (A/RES/80/118 PP27). */
export const WSIS_PLUS20_EVENT_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(?:World\s+Summit\s+on\s+the\s+Information\s+Society(?:\s*\(WSIS\))?|WSIS)\s*\+\s*20(\s+Forum)?\s+High-\s*[Ll]evel\s+Event(?:\s+(\d{4}))?`, 'gu');

/** A year right after a recurring event's name: "WSIS Forum 2025". */
export const EDITION_YEAR_RE = letterRe(String.raw`^\s+((?:19|20)\d{2})(?![\p{L}\p{N}\/])`, 'u');

/** A year range in parentheses after a decade/year: "(2022–2032)". */
export const YEAR_RANGE_PAREN_RE = /^\s*\(((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\)/u;

/**
 * Date phrases that follow an event: "from 27 to 31 May 2024", "on 1 and 2 October 2024",
 * "on 14 October 2024", "in December 2025", "from 26 September to 14 October 2022".
 * Group 1 is the phrase to hand to parseDateRange.
 */
export { MONTHS };

/** after a lowercase sitting's noun: who organized it (then the organizer's name, ORGANIZER_THEN_DAY_RE after it) */
export const ORGANIZED_BY_RE = /^\s+organized\s+by\s+(?:the\s+)?/;
/**
 * After the organizer of a lowercase sitting that no topic names: the day it sat, "the panel discussion organized by the
 * President of the General Assembly held on 13 June 2016" (A/RES/79/149 PP9), "the interactive multi-stakeholder dialogue
 * organized by the President of the General Assembly on 21 July 2023" (A/RES/78/262 OP2, 79/263): the organizer and the day
 * make it one sitting, as a host and days do (hostedSittings).
 */
export const ORGANIZER_THEN_DAY_RE = new RegExp(String.raw`^,?\s+(?:held\s+)?on\s+\d{1,2}\s+(?:${MONTHS})\s+(?:19|20)\d\d(?!\d)`);

/** the gate of a lowercase sitting placed and dated before it: the words that put an act at its close (a rare substring) */
export const AT_THE_END_OF_THE = ', at the end of the ';
/**
 * Before a sitting's date: another sitting of the same body named between ("at the emergency, 295th, meeting of the Committee,
 * as set out in document A/AC.154/415, and also at its online informal meeting on 17 September 2020", A/RES/80/172 OP15): the
 * date is that sitting's (a second sitting joined by "and"; not "convened by the President ... at its seventy-fifth session on
 * 27 April 2021", A/RES/78/160 PP16, the sitting's own day).
 */
export const OTHER_SITTING_OF_ITS_BEFORE_DATE_RE = /\band\s+(?:also\s+)?at\s+its\s+(?:[\w-]+\s+){0,3}meeting$/;

/**
 * "in late August 2025", "in early 2026", "in mid-2025": a part of the month or year printed before it, which still dates
 * the sitting to that month or year ("the forthcoming international conference on artificial intelligence in education to be
 * held in Ashgabat in late August 2025", A/RES/79/322 PP10).
 */
const PART_OF_PERIOD = String.raw`(?:early|late|mid)(?:\s+|-)`;

/**
 * Before a lowercase sitting named by its topic: where and when an act was done at its close, "the signature of a joint
 * declaration ..., in Yaoundé on 27 April 2022, at the end of the " (A/RES/79/68 PP28, 80/63): the venue and day are the
 * sitting's too. Group 1: the venue, 2: the day. Matched on the words right before the sitting's first qualifier.
 */
export const PLACED_DATED_AT_END_OF_RE = new RegExp(
  String.raw`,\s+in\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+on\s+(\d{1,2}\s+(?:${MONTHS})\s+(?:19|20)\d\d),\s+at\s+the\s+end\s+of\s+the\s+$`,
  'u',
);
// (a weekday may come first: "to be held in New York on Monday, 22 September 2025", A/RES/79/288 OP1; before each of two days:
// "will be held on Monday, 24 November, and Tuesday, 25 November 2025", A/RES/79/286 OP1)
// (a range of days of one month, then a resumed day of another: "at its eighteenth session, held from 12 to 30 September and
// on 21 October 2011", A/RES/79/107 PP12; "from 23 to 27 October and on 25 November 2023", the CFS session of 2023)
// ("the third Review Conference of the Convention on Cluster Munitions, to be held in Vientiane during the week of 14 to 18
// September 2026", A/RES/80/52 OP8, 79/58 OP8 "during the week of 15 September 2025": the week's days are the sitting's)
// (two months: "the legislative elections held in June and July 2024", A/RES/80/95 PP21, not July alone)
export const EVENT_DATE_RE = letterRe(
  String.raw`(?:^|[\s,(])(?:from|on|in|between|during(?:\s+the\s+week\s+of)?)\s+(?:${PART_OF_PERIOD})?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?((?:\d{1,2}\s*(?:to|[-–])\s*\d{1,2}\s+(?:${MONTHS})\s+and\s+on\s+|\d{1,2}(?:\s+(?:${MONTHS}))?(?:\s+\d{4})?(?:\s*(?:to|and|[-–])\s*|,\s+and\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+))?\d{1,2}\s+(?:${MONTHS}),?\s+\d{4}|(?:(?:${MONTHS})\s+(?:and|to)\s+)?(?:${MONTHS})\s+\d{4}|\d{4}(?![\p{L}\p{N}\/]))`,
  'u',
);

/**
 * A session's second part printed right after the dates of its first, in the same year: "decides that the next session of the
 * Commission shall be held at the United Nations Office at Geneva from 14 April to 30 May 2025 and from 30 June to 31 July 2025"
 * (A/RES/79/121 OP18); a relative clause on the first part may stand between: "from 15 April to 31 May 2024, which will coincide
 * with the commemoration of the seventy-fifth anniversary of the Commission, and from 1 July to 2 August 2024" (A/RES/78/108
 * OP17). Group 1: the second part's days.
 */
export const SECOND_PART_DATES_RE = new RegExp(String.raw`^(?:,\s+which\s+[^,;()]{1,160},)?\s+and\s+from\s+(\d{1,2}\s+(?:${MONTHS})\s+to\s+\d{1,2}\s+(?:${MONTHS})\s+(?:19|20)\d\d)(?!\d)`);

/**
 * A day printed right after a sitting's name with "of": "the meeting of the Committee on Relations with the Host Country of 12
 * September 2025" (A/RES/80/1 PP3). Only a full day, month and year, right after the name.
 */
export const EVENT_OF_DATE_RE = new RegExp(String.raw`^\s+of\s+(\d{1,2}\s+(?:${MONTHS})\s+\d{4})(?![\d/])`, 'u');
/**
 * A year alone right after a sitting's name with "of", the sitting's year even where a document is named after it: "the
 * political declaration of the high-level meeting on universal health coverage of 2019" (A/RES/78/4 annex OP45, after the 2023
 * meeting of OP1), "the political declaration of the Sustainable Development Goals Summit of 2023" (A/RES/79/1 annex II PP3).
 * (or after the title of the document named before it: "the political declaration of the high-level meeting on universal health
 * coverage, entitled “Universal health coverage: moving together to build a healthier world”, of 2019", A/RES/78/4 annex OP0)
 */
export const EVENT_OF_YEAR_RE = /^(?:,\s+entitled\s+“[^”]{1,200}”\d{0,2},)?\s+of\s+((?:19|20)\d\d)(?![\d/–-])/;
/**
 * The same year read into a sitting's name by the capital scan: "the findings of the International Conference on the Safety and
 * Security of Radioactive Sources of 2022" (A/RES/79/55 PP23, the conference "held in Vienna from 20 to 24 June 2022" of PP15),
 * "the International Snow Leopard and Ecosystem Forum of 2017" (80/144 OP37), "the Special Conference of 1994" (78/67 OP7,
 * 79/78, 80/71): cut from the name, so that EVENT_OF_YEAR_RE dates the sitting by it.
 */
export const OF_YEAR_END_RE = / of (?:19|20)\d\d$/;

/**
 * A date printed with no preposition, set off by a comma right after the event or its venue: "the fourth United Nations
 * World Data Forum in Hangzhou, China, 24 to 27 April 2023" (A/RES/78/132 PP47). Group 1 as in EVENT_DATE_RE.
 */
export const EVENT_COMMA_DATE_RE = new RegExp(
  String.raw`^(?:\s+in\s+(?:the\s+)?[A-Z][^,;.()\d]{0,40}?(?:,\s+(?:the\s+)?[A-Z][^,;.()\d]{0,40}?)?)?,\s+((?:\d{1,2}(?:\s+(?:${MONTHS}))?\s*(?:to|and|[-–])\s*)?\d{1,2}\s+(?:${MONTHS}),?\s+\d{4})(?![\d/])`,
  'u',
);

/**
 * A recurring week, forum or summit dated as one edition right after its name: "the United Nations Conference on Trade
 * and Development eWeek, from 4 to 8 December 2023" (seed OP43), "..., held in Geneva from 27 to 31 May 2024", "the
 * high-level political forum ... (Sustainable Development Goals Summit),6 held in New York on 18 and 19 September 2023"
 * (A/RES/78/146 PP8). A range of days with its year; one day, a month or a year only after a participle ("the
 * Sustainable Development Goals Summit held in September 2023", "the WSIS Forum, to be held in Geneva in 2026"): a bare
 * "in 2024" is not enough to tell an edition from the series.
 * (a closing parenthesis or quote, a footnote mark: "(Sustainable Development Goals Summit),6 held", "“WSIS+20 Forum
 * High-level Event”, to be held"; or the edition's theme in quotes: "the first edition of the Sagarmatha Sambaad on “Climate change,
 * mountains and the future of humanity”, held in Nepal from 16 to 18 May 2025", A/RES/80/144 OP31)
 */
const EDITION_LEAD = String.raw`^(?:\s*\([^()]{1,40}\))?(?:\s+on\s+(?:the\s+theme\s+)?“[^“”;]{1,100}”)?[)”]?,?\d{0,3},?\s+`;
// (a city and its country: "held in Gangwon, Republic of Korea, in 2024")
const EDITION_PLACE = String.raw`(?:(?:in|at)\s+(?:the\s+)?[A-Z][^,;.()]{0,40}?(?:,\s+(?:the\s+)?[A-Z][^,;.()\d]{0,40}?)?,?\s+)?`;
// ("from 14 to 30 July and from 15 to 27 August 2028, respectively": the second range is the edition's)
const EDITION_DAYS = String.raw`(?:from\s+\d{1,2}(?:\s+(?:${MONTHS}))?\s+to|on\s+\d{1,2}(?:\s+(?:${MONTHS}))?\s+and|(?:on\s+)?\d{1,2}\s*[-–])\s*\d{1,2}\s+(?:${MONTHS})(?:\s+and\s+(?:from\s+)?\d{1,2}(?:\s+(?:${MONTHS}))?\s+to\s+\d{1,2}\s+(?:${MONTHS}))?,?\s+`;
// (or its convener between: "the Nutrition for Growth Summit, to be convened by the Government of France in 2024", A/RES/78/168
// OP19; "the second Global Supply Chain Forum, which will be organized jointly by ... in 2026", 80/124 OP39)
const EDITION_BY_AGENT = String.raw`(?:held|convened|hosted|organi[sz]ed)\s+(?:jointly\s+)?(?:by|under\s+the\s+auspices\s+of)\s+[^,;:()\d]{3,120}?,?\s+`;
const EDITION_HELD_ON = String.raw`(?:which\s+(?:was|is\s+to\s+be|will\s+be)\s+|to\s+be\s+|(?:will|would|shall)\s+be\s+)?(?:(?:held|convened)\s+|${EDITION_BY_AGENT})${EDITION_PLACE}(?:(?:on\s+\d{1,2}\s+|in\s+)(?:${MONTHS}),?\s+|in\s+)`;
// ("the International Telecommunication Union Artificial Intelligence for Good Global Summit in Geneva, in 2026", A/RES/79/325
// OP6: its venue, then the year set off by a comma)
const EDITION_VENUE_YEAR = String.raw`in\s+(?:the\s+)?[A-Z][^,;.()\d]{0,40}?,\s+in\s+`;
// ("the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable
// Development Goals Summit) in September 2023", A/RES/80/145 PP30, 78/159: the summit's name in brackets, then the month and
// year it met, with no participle)
const EDITION_BRACKETED_MONTH = String.raw`(?<=^\)\s+)in\s+(?:${MONTHS}),?\s+`;
export const SERIES_EDITION_DATES_RE = new RegExp(
  String.raw`${EDITION_LEAD}(?:${EDITION_BRACKETED_MONTH}|(?:(?:which\s+(?:was|will\s+be)\s+|to\s+be\s+|(?:will|would|shall)\s+be\s+)?(?:held|convened|organized|organised)\s+)?${EDITION_PLACE}${EDITION_DAYS}|${EDITION_HELD_ON}|${EDITION_VENUE_YEAR})(?:19|20)\d{2}(?![\d/])`,
  'u',
);

/** Sentence-level stop for the window in which an event's dates and venue are read.
 *  (", and of the": the next of a list of acts, whose date is its own: "the endorsement of the Pacific Islands Forum leaders
 *  on 6 August 2021 at the fifty-first Pacific Islands Forum of a declaration ..., and of the Heads of State and Government of
 *  the Alliance of Small Island States on 22 September 2021 of the Leaders’ Declaration", A/RES/78/319 PP11)
 *  (not the abbreviation of a venue's name: "held in St. John’s from 27 to 30 May 2024", A/RES/79/218 PP10; the look-behind
 *  runs only at a full stop)
 *  (", to hold": what an officer of the sitting is asked to hold, whose day is its own: "To request the President of the
 *  Seventeenth Annual Conference ..., on an exceptional basis ..., to hold informal open consultations on Protocol V on 8 November
 *  2023", A/RES/78/64 OP8 (e)) */
export const EVENT_WINDOW_STOP_RE = /[;]|\.(?<!\bSt\.)\s|,\sand\sof\sthe\s|,\sto\shold\s|\s(?:and\s+(?:the\s+)?(?:holding|launch)|as\s+well\s+as|while)\s/;

/**
 * ", and taking note ...", ", and welcoming also ...", ", and requests ...": a later main verb of the paragraph, whose dates are
 * what it speaks of, not the sitting's: "the report ... submitted to the Human Rights Council at its thirty-seventh session,10
 * and taking note with appreciation of the submission by the Government ... in December 2023 of the written replies" (A/RES/79/181
 * PP8); "the Second Maritime Conference of the Economic Community of Central African States ..., and welcoming also the
 * inauguration of the headquarters of the ... Forum in Libreville on 3 October 2025" (A/RES/80/63 PP15). Unless the later clause
 * speaks of the sitting again (SITTING_AGAIN_RE).
 */
export const LATER_CLAUSE_STOP_RE =
  /,\s?\d{0,3}\s+and\s+(?:(?:also|further|in\s+this\s+regard)\s+)?(?:taking\s+(?:also\s+)?note|noting|welcoming|recalling|recogni[sz]ing|reaffirming|acknowledging|expressing|encouraging|urging|stressing|emphasi[sz]ing|notes|welcomes|recalls|recogni[sz]es|reaffirms|acknowledges|expresses|encourages|urges|stresses|emphasi[sz]es|invites|requests|calls\s+upon|decides)\s/;
/** "..., and in this regard notes that the session was held from 8 to 12 August 2022" (A/RES/78/234 OP32), "notes the holding of
 *  the ninth and tenth sessions, from ..." (79/161 OP33), "and decides that the Conference will be held in Awaza ... from 5 to 8
 *  August 2025" (79/279 OP1): the later clause dates the sitting named before */
export const SITTING_AGAIN_RE = /\b(?:held|holding|convening|the\s+(?:[a-z]+\s+(?:and\s+[a-z]+\s+)?)?(?:sessions?|Conference|meeting|Summit|Forum|Congress|Assembly|Dialogue))\b/;

/** After "as well as": a participle set off by a comma that the two conjuncts share ("the fifteenth
 *  meeting ..., as well as the Meetings of the Parties to the Protocols, held in Kunming, China, from
 *  11 to 15 October 2021"): the venue and dates after it are the first event's too. */
export const SHARED_PARTICIPLE_RE = /^[^;.,]{1,200},\s+(?:held|convened|which\s+(?:was|were)\s+held|which\s+took\s+place)\s/;

/** ", in 2017 and 2021" right after a list's last sitting: one year per sitting, in order (group 1: the years); not a year of a
 *  longer date or a range */
export const IN_YEARS_AFTER_RE = /^,?\s+in\s+((?:(?:19|20)\d{2},\s+)*(?:19|20)\d{2},?\s+and\s+(?:19|20)\d{2})(?![\d\u2013/-])/;

/** The noun of a session/meeting, with "of the" after it (or ", respectively, of the": "the eighteenth and twenty-first meetings,
 *  respectively, of the United Nations Open-ended Informal Consultative Process ...", A/RES/78/319 PP10, 78/69, 79/144, 80/110):
 *  the anchor for SESSION_BEFORE_RE; a body's numbered summit too ("the fourteenth summit of the Global Forum", A/RES/79/217 PP27,
 *  one of its yearly meetings). A footnote mark may be glued
 *  to the noun ("adopted by the General Assembly at its twenty-fourth special session2 constitute", A/RES/78/172 PP3): one
 *  to three digits, then no letter or digit. */
export const SESSION_NOUN_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(session|meeting|plenary\s+meeting|high-level\s+meeting|retreat|summit)s?(?!\p{L}|\p{N}{4}|\p{N}{1,3}\p{L})(?:(?:,\s+respectively,)?\s+of\s+(?:the\s+)?)?`, 'gu');

/** What precedes the noun: "its twenty-eighth ", "the seventy-ninth regular ", "its 2024 ", "the 1993 substantive " (a year
 *  numbers the sessions of the Conference on Disarmament, the Disarmament Commission, the Economic and Social Council and
 *  the Special Committee on decolonization: only after "the", "its" or "their"). A footnote mark may be glued to a word
 *  ordinal: "at its fiftieth 33 and fifty-third34 sessions" (A/RES/78/180 OP4). "the seventy-fifth plenary session of the
 *  Executive Committee" (A/RES/79/158 OP9) is its seventy-fifth session; "the sixth implementation meeting of the Process"
 *  (the Istanbul Process, A/RES/78/214 PP27) is a meeting of its own kind, so is "the sixth global meeting of the Mountain
 *  Partnership" (A/RES/80/144 PP19, OP31). "the United Nations Environment Assembly at its resumed fifth session" (A/RES/80/134
 *  PP13, 78/145 and 12 more texts) is its fifth session, as "the resumed seventy-ninth session of the General Assembly" is read.
 *  "the emergency, 295th, meeting of the Committee" (A/RES/80/172 OP8, OP15; 78/116, 79/130): the ordinal set off by commas
 *  after "emergency" is the meeting's number, as "the 295th meeting" is read. */
export const SESSION_BEFORE_RE = letterRe(
  `(?<![\\p{L}\\p{N}])(?:(its|their)\\s+(?:resumed\\s+)?)?(${ORDINAL_SOURCE}|(?:19|20)\\d\\d(?<=(?:the|its|their)\\s+\\d{4}))(?:(?<=[a-z])\\d{1,3})?(?:(?<=\\bemergency,\\s+[\\w-]+),)?\\s+((?:regular|special|resumed|emergency\\s+special|organizational|substantive|annual|ministerial|ordinary|extraordinary|summit|plenary|implementation|global)\\s+)?$`,
  'iu',
);

/** "... Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement": the body a COP
 *  acts as for a protocol or agreement (the CMP, the CMA, the COP-MOPs of the Biodiversity Convention). */
export const SERVING_AS_MEETING_RE = /\s+serving\s+as\s+the\s+[Mm]eeting(s?)\s+of\s+the\s+Parties\s+to\s+(?:the\s+)?/g;

/** "the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, as well as the
 *  Meetings of the Parties to the Protocols to the Convention, held in Cali" (A/RES/80/137 PP32, 79/207 OP3, 80/140 OP6):
 *  the sittings of the Conference of the Parties serving as the Meetings of the Parties to the Protocols, printed without
 *  "the Conference of the Parties serving as" (that longer name is SERVING_AS_MEETING_RE's). Group 1: the name as printed. */
export const PROTOCOL_MEETINGS_RE = letterRe(String.raw`(?<!serving\s+as\s+)\bthe\s+(Meetings\s+of\s+the\s+Parties\s+to\s+the\s+Protocols\s+to\s+the\s+Convention(?:\s+on\s+Biological\s+Diversity)?)(?![\p{L}])`, 'gu');

/** The instrument's name printed after "Parties to the": capitalised words joined by "to the"/"of the"/"on". */
export const INSTRUMENT_AFTER_RE = letterRe(String.raw`^[A-Z][\p{L}\d-]*(?:\s+(?:(?:to|of|on)\s+(?:the\s+)?)?[A-Z][\p{L}\d-]*)*`, 'u');

/** An ordinal right before a name: "the fourth Conference of the Parties serving as ...". */
export const ORDINAL_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}])(${ORDINAL_SOURCE})\\s+$`, 'iu');

/** Between two events of one list: "A and the B", "A, the B", "A, as well as the B", "A and the meetings of the B", "A and a B"
 *  (A/RES/78/147 OP8) (a footnote mark may follow A, glued or set off by a space: "the forty-eighth 3 and forty-ninth
 *  ministerial meetings", A/RES/78/59 PP13). */
export const LISTED_EVENTS_GAP_RE =
  /^(?:\s?\d{1,2})?\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s(?:and|as\s+well\s+as)\s+)(?:the\s+|its\s+|an?\s+)?(?:(?:meetings|sessions)\s+of\s+the\s+)?$/;

/** A capitalised sitting noun ending an event's name ("the Sixth Review Conference"): a footnote mark glued to it cites that
 *  sitting's own outcome document, so the name is complete and a venue or dates printed after the next name are not its. */
export const SITTING_NAME_END_RE = /\b(?:Conference|Summit|Meeting|Forum|Congress|Dialogue)$/;

/** After the last event of a list: a participle set off by a comma, which the listed events share
 *  ("the A and the B, held in Dubai from ...", "..., both held in ...", "..., to be held in ...").
 *  ("the thirtieth session of the Conference of the Parties ..., the twentieth session of the ... Kyoto Protocol and the seventh
 *  session of the ... Paris Agreement, presided over by the Government of Brazil in Belém from 10 to 21 November 2025", A/RES/80/145
 *  PP8, 78/153 OP35, 79/206, 80/138: the climate sessions held together under one presidency) */
export const SHARED_AFTER_LIST_RE =
  /^(?:\s*\([^()]{1,40}\))?\d{0,2}\s*,\s*(?:(?:both|all|which\s+(?:were|was|will\s+be)|that\s+(?:were|will\s+be))\s+)?(?:(?:to\s+be\s+)?(?:held|convened|hosted|co-hosted|organized|organised|presided\s+over)|taking\s+place|took\s+place)\b/;

/**
 * "the seventeenth meeting of the Conference of the Parties to the Convention on Biological Diversity and the meetings of the
 * Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention, in Yerevan from 19 to 30
 * October 2026" (A/RES/80/151 PP17): a body's sittings printed as "and the meetings of" the next name are held with the sitting
 * before them; the venue after the last one, set off by a comma and no participle, is both sittings'. MEETINGS_OF_BEFORE_RE ends
 * the text before the last name, VENUE_AFTER_COMMA_RE begins the text after it.
 */
export const MEETINGS_OF_BEFORE_RE = /\sand\s+the\s+meetings\s+of\s+the\s+$/;
// (or no comma before "to be held in": "... to the Protocols to the Convention to be held in Yerevan in 2026", A/RES/80/133 PP17)
export const VENUE_AFTER_COMMA_RE = /^\d{0,2}(?:,\s+in\s|,?\s+to\s+be\s+held\s+in\s)/;

/** Before a listed sitting's own venue, from the end of the list (or of the dates before): ", in ", ", and in ", " held in " */
export const PAIRED_VENUE_BEFORE_RE = /^[\s,]*(?:and\s+)?(?:held\s+)?in\s+(?:the\s+)?$/;
/** Between that venue and its dates: " ", ", " (or its country: "in Kintélé, Congo, from 12 to 16 January 2023") */
export const PAIRED_VENUE_AFTER_RE = /^[\s,]*$/;

/** Day-month phrases of a "respectively" list: "from 4 to 20 February and from 4 to 13 March 2022, respectively".
 *  ("from 14 to 30 July and 15 to 27 August 2028, respectively": the second range without its "from", A/RES/78/10 PP19;
 *  "from 4 to 8 and 11 to 15 August 2025, respectively": the first range without its month, A/RES/80/128 OP2) */
export const RESPECTIVE_DATES_RE = new RegExp(
  String.raw`(?:\b(?:from|on)|(?<=\band))\s+(\d{1,2}(?:\s+(?:${MONTHS}))?\s*(?:to|and|[-–])\s*\d{1,2}\s+(?:${MONTHS})|\d{1,2}\s+(?:${MONTHS})|\d{1,2}\s*(?:to|[-–])\s*\d{1,2}(?=\s+and\s+\d))(?:,?\s+((?:19|20)\d{2}))?`,
  'g',
);

/** A participle alone between an event and a bare year: "the thirtieth special session ..., held in 2016"; or with the
 *  venue: "..., held in Suwon, Republic of Korea, in 2024", "..., held in Bali in 2022", "“WSIS+20 Forum High-level Event”, to be held in Geneva in 2025";
 *  or the venue alone, the year set off by a comma or not: "... Global Summit in Geneva, in 2026" (A/RES/79/325 OP6),
 *  "the International Climate Forum in Dushanbe in 2024" (A/RES/78/147 OP4), or the venue
 *  set off: "the fourth World Conference on Creative Economy, in Uzbekistan in 2024" (A/RES/78/133 PP8). Its organizers may
 *  come first, and the venue be the one it was held online from: "the World Conference on Education for Sustainable Development,
 *  organized by the Government of Japan and the United Nations Educational, Scientific and Cultural Organization, held in
 *  Aichi-Nagoya, Japan, in 2014", "..., held online from Berlin, Germany, in 2021" (A/RES/80/141 PP17, 78/156).
 *  (or the body that convenes, hosts or organizes it, between the participle and the year: "the Nutrition for Growth Summit, to
 *  be convened by the Government of France in 2024" (A/RES/78/168 OP19, 79/218), "..., which is to be convened by the General
 *  Assembly in 2030" (80/173 OP126), "..., to be hosted by Tajikistan in Dushanbe in 2028" (80/151, 79/206), "..., to be held
 *  under the auspices of the United Nations Conference on Trade and Development in 2030" (80/121 OP43), "..., which will be
 *  organized jointly by ... in 2026" (80/124 OP39); no digit in it, so a citation's year ("by the Assembly in its resolution
 *  70/1 of ...") or a target year ("by 2030") is never read) */
const PARTICIPLE_BY_AGENT = String.raw`(?:held|convened|hosted|organi[sz]ed)\s+(?:jointly\s+)?(?:by|under\s+the\s+auspices\s+of)\s+[^,;:()\d]{3,120}?,?\s+`;
// (or how long it sits, then the year: "to convene the thirty-seventh Meeting of States Parties for five days in 2027" (A/RES/80/110
// OP44, 79/144, 78/69), "the eighteenth round of informal consultations of States parties to the Agreement for three days in 2025"
// (the fish stocks texts), "a twenty-sixth meeting of the Informal Consultative Process for eight meetings in 2026"; or that it would
// be held: "decided that its eleventh session would be held in Qatar in 2025", A/RES/79/190 OP3; "the Fourth International Conference
// on Financing for Development will be held in 2025 in Seville, Spain", A/RES/79/196 PP9)
const FOR_DURATION = String.raw`\s+for\s+(?:[a-z]+(?:-[a-z]+)?|\d{1,2})\s+(?:(?:working|consecutive)\s+)?(?:days|weeks|meetings),?\s+in\s+`;
// (or its acronym in brackets, read as part of the name, the year right after: "the proposal to hold a fourth United Nations
// Conference on the Peaceful Exploration of Outer Space (UNISPACE IV) in 2027", A/RES/79/87 OP3, as "... Outer Space in 2027")
const ACRONYM_THEN_IN = String.raw`\s*\([A-Z][A-Z0-9+-]*(?:\s[A-Z0-9+-]+){0,2}\)\s+in\s+`;
// (or when it begins: "by which it proclaimed the United Nations Decade of Sustainable Transport, beginning in 2026", "the recently
// proclaimed United Nations Decade of Sustainable Transport that will begin in 2026", A/RES/78/290 PP7, OP6)
const BEGINNING_IN = String.raw`,?\s+(?:(?:that|which)\s+will\s+)?(?:beginning|commencing|starting|begin|start)\s+in\s+`;
// (or its hosts set off before the participle, with no digit or comma in their names, so that no later sitting's dates are read:
// "the third United Nations Ocean Conference, co-hosted by France and Costa Rica, to be held in 2025", A/RES/78/159 PP22; "...,
// co-hosted by Costa Rica and France, to be held in Nice, France, in 2025", 78/327)
export const HELD_BEFORE_YEAR_RE = new RegExp(
  String.raw`^(?:${ACRONYM_THEN_IN}|(?:\s*\([^()]{1,80}\))?[)”]?\d{0,2}(?:,\s+(?:jointly\s+|co-)?organi[sz]ed\s+by\s+[^;:()]{3,160}?|,\s+(?:jointly\s+|co-)?hosted\s+by\s+[^,;:()\d]{3,80}?)?\s*,?\s*(?:(?:most\s+recently|last)\s+)?(?:which\s+(?:was|is\s+to\s+be|will\s+be)\s+|to\s+be\s+|(?:would|shall|will)\s+be\s+)?(?:(?:held|convened)\s+|${PARTICIPLE_BY_AGENT})(?:(?:in|online\s+from)\s+(?:the\s+)?[A-Z][^,;.()\d]{0,40}?(?:,\s+(?:the\s+)?[A-Z][^,;.()\d]{0,40}?)?,?\s+)?in\s+|\s+in\s+(?:the\s+)?[A-Z][^,;.()\d]{0,40}?,?\s+in\s+|,\s+in\s+(?:the\s+)?[A-Z][^,;.()\d]{0,40}?\s+in\s+|${FOR_DURATION}|${BEGINNING_IN})(?:${PART_OF_PERIOD})?$`,
);

/**
 * The next item of a list after a sitting, adopted at another sitting printed in lower case (not read as an event): "the third
 * United Nations Educational, Scientific and Cultural Organization World Forum on Culture and Cultural Industries, the Hangzhou
 * outcomes, adopted at the conference on the theme “Culture for sustainable cities”, held in Hangzhou, China, from 10 to 12
 * December 2015" (A/RES/78/161 PP26, 80/148): the venue and days after it are that conference's, not the sitting named before.
 */
export const ITEM_ADOPTED_AT_LOWERCASE_SITTING_RE = /,\s+the\s+[A-Z0-9][^;]*?,\s+adopted\s+(?:at|during)\s+(?:the|an?)\s+[a-z]/;
export const ADOPTED_AT_WORDS = ', adopted ';
/**
 * A second object of the clause's verb, an act, after a sitting and its title: "Taking note of resolution 77.17 ..., adopted by the
 * World Health Assembly at its seventy-seventh session, entitled “...” and of the adoption of the WHO Pandemic Agreement through
 * resolution 78.1 on 20 May 2025 at the seventy-eighth World Health Assembly" (A/RES/79/333 PP4): the day after it is that act's.
 */
export const AND_OF_THE_ACT_RE = /\band\s+of\s+the\s+(?:adoption|signing|launch|entry\s+into\s+force)\s+of\b/;
/** Words that tie a venue to the event however far it is printed: "..., held in", "to be convened in".
 *  ("We, Heads of State and Government ..., assembled at the United Nations in New York on 26 September 2018": the
 *  meeting's declaration says where it met) */
export const VENUE_VERB_RE = /\b(?:held|convened|took\s+place|to\s+take\s+place|taking\s+place|hosted|organi[sz]ed|assembled|(?:have|has)\s+met)\b/;
/** Longest stretch between an event and "in <place>" with no such word. */
export const VENUE_GAP_MAX = 120;


/** Between a sitting's name and its quoted title: ", entitled “", ",2 entitled “". */
const SITTING_TITLE_GAP_RE = /^\d{0,2},?\s*\d{0,2}\s*entitled\s+\u201c$/;

/**
 * Where the sitting starts whose quoted title holds [start, end) ("the twenty-fourth special session of the General Assembly,
 * entitled “World Summit for Social Development and beyond: ...”, held in Geneva from 26 June to 1 July 2000", A/RES/78/261
 * PP1): a name there is a word of the title, not a sitting with a venue and dates of its own, nor the next event after the
 * sitting. -1 when no event mention ends right before ", entitled “" ("the international conference entitled “Global Mountain
 * Dialogue for Sustainable Development: ...”, held in Kyrgyzstan" is named by its title), nor when the title names the sitting
 * itself ("the World Social Summit entitled “Second World Summit for Social Development” in 2025", A/RES/79/1 OP25).
 */
export function titledSittingStart(text: string, mentions: readonly { kind: string; name: string; start: number; end: number }[], start: number, end: number, name: string): number {
  // (no sitting is titled in a text that prints no ", entitled “": a search that fails at once in a one-byte text, where
  // lastIndexOf ran back to the text's start for every event name)
  if (text.indexOf('entitled \u201c') < 0) return -1;
  const open = text.lastIndexOf('\u201c', start);
  if (open < 9 || start - open > 300 || !text.startsWith('entitled ', open - 9)) return -1;
  const close = text.indexOf('\u201d', open);
  if (close < end) return -1;
  for (const o of mentions) if (o.kind === 'Event' && o.end <= open && open - o.end <= 16 && o.name !== name && SITTING_TITLE_GAP_RE.test(text.slice(o.end, open + 1))) return o.start;
  return -1;
}

/** A purpose infinitive: "to facilitate", "to review" (not "to be held", "to take place", nor a range "from 5 to 8 June"). */
const PURPOSE_RE = /\sto\s+(?!be\s|take\s)[a-z]{3,}\s/;
/** a purpose opening the gap after a sitting: " to establish " (not an instrument the sitting's name ends on: "the Fourth
 *  Meeting of the Parties to that Agreement, in Bali", A/RES/78/68 PP53) */
const PURPOSE_OPENING_GAP_RE = /^\s+to\s+(?!be\s|take\s|that\s|the\s|this\s|these\s|those\s|its\s|their\s|which\s)[a-z]{3,}\s/;
const PARTICIPLE_CLAUSE_RE = /,\d{0,3}\s+(?:and\s+)?(?!including\b)[a-z]{3,}ing\s/;
const TOPIC_AFTER_COMMA_RE = /^,\s+(?:concerning|regarding)\s+(?:the\s+)?[a-z]/;
/** a lowercase topic later in the gap: "..., of the strategy on preventing and combating terrorism ", ", on the humanitarian
 *  situation " (not "with a focus on strengthening ...", nor "on the margins of") */
const TOPIC_ON_IN_GAP_RE = /,\s+(?:of\s+the\s+[^,;]{1,80}?\s)?on\s+(?:the\s+)?(?!margins\b|sidelines\b|occasion\b)[a-z]/;
/** Whether the gap between a sitting and an "in <place>" holds a lowercase topic (venueGapWords: no venue then). */
export function topicInVenueGap(gap: string): boolean {
  return gap.includes(' on ') && TOPIC_ON_IN_GAP_RE.test(gap);
}
/** From the end of such a topic's place to a later venue: the sitting's own "held" and day right after it (", held on 7
 *  February 2025 in "), not a later clause's ("..., welcomes the organization of the regional forum ..., held ... in Bangui"),
 *  nor what was done there (", on 16 January 2023 in Kintélé": where the text adopted, A/RES/79/68 OP24) */
export const AFTER_TOPIC_VENUE_GAP_RE = /^,?\s*(?:\d{1,3}\s*,?\s*)?(?:held|convened)\s+(?:(?:on|from)\s+\d[^,;]{0,40}?\s+)?(?:in|at)\s+(?:the\s+)?$/;
/**
 * The adopter's sitting named between it and the text it adopted: "the adoption by the Standing Advisory Committee, at its fifty-fifth
 * ministerial meeting, of the Kintélé Declaration on hate speech in Central Africa, 13 on 16 January 2023 in Kintélé, Congo" (A/RES/78/59
 * OP24): the day and town printed after the text are the adoption's (the text's ADOPTED_ON, session 54), not the sitting's (which sat
 * in Sao Tome in May, PP38). ADOPTION_BY_AT_ITS_BEFORE_RE before the sitting, SITTING_THEN_TEXT_AFTER_RE right after it.
 */
export const ADOPTION_BY_AT_ITS_BEFORE_RE = /\badoption,?\s+by\s+the\s+[^;]{3,200}?,?\s+at\s+its\s+$/;
export const SITTING_THEN_TEXT_AFTER_RE = /^,?\s+of\s/;
/**
 * Whether the words between an event (ending at `from`) and the "in/at" before a place (at `to`) let the place be the
 * event's venue (the caller checks what else stands between them). Not inside a quoted title opened after the event ("under the item
 * entitled “Financing of the United Nations peacekeeping forces in the Middle East”"), not after "particularly"
 * ("... Desertification, Particularly in Africa": a name's words), not past a long stretch of other words ("..., and
 * requests the Secretary-General to ... in Africa") unless a venue verb says so. 'verb' when a venue verb does.
 */
export function venueGapWords(text: string, from: number, to: number): 'verb' | 'near' | undefined {
  if (/\b(?:[Pp]articularly|[Ee]specially)\s+$/.test(text.slice(Math.max(0, to - 14), to))) return undefined;
  const gap = text.slice(from, to);
  if (gap.length > 30 && gap.includes(ADOPTED_AT_WORDS) && ITEM_ADOPTED_AT_LOWERCASE_SITTING_RE.test(gap)) return undefined;
  // cheap gate: a quote mark is rare between an event and its venue
  if (gap.includes('\u201c')) {
    let open = 0;
    for (const ch of gap) {
      if (ch === '\u201c') open++;
      else if (ch === '\u201d' && open > 0) open--;
    }
    if (open > 0) return undefined;
  }
  const verb = VENUE_VERB_RE.exec(gap);
  if (verb) {
    // "the Preparatory Committee for the third United Nations Conference on ... held from 5 to 8 February 2024 ..., and taking
    // note of the outcomes of the three regional review meetings ..., with one meeting in Africa" (A/RES/79/219 PP5): a
    // participle after the verb's own phrase opens another clause of the resolution's, whose "in" is another sitting's
    if (gap.length - verb.index > 24 && gap.includes('ing ', verb.index) && PARTICIPLE_CLAUSE_RE.test(gap.slice(verb.index))) return undefined;
    // "the Leaders' Meeting of the Association of Southeast Asian Nations (ASEAN) held on 24 April 2021 to facilitate a
    // peaceful solution in the interests of the people of Myanmar ..., and to that end calls upon all stakeholders in Myanmar"
    // (A/RES/80/221 OP24 (t), 79/182, 78/219): past the verb's own phrase, a purpose ("to facilitate") says what the sitting
    // was for, and an "in" after it is not where it met (unless another venue verb follows: "to review ..., held in")
    if (gap.length - verb.index > 40 && gap.includes(' to ', verb.index)) {
      const purpose = PURPOSE_RE.exec(gap.slice(verb.index + verb[0].length));
      if (purpose && !VENUE_VERB_RE.test(gap.slice(verb.index + verb[0].length + purpose.index))) return undefined;
    }
    return 'verb';
  }
  // "the Conference of High Contracting Parties to the Fourth Geneva Convention on measures to enforce the Convention in the
  // Occupied Palestinian Territory" (A/RES/78/78 OP15), "at its seventy-ninth session on the situation of human rights in
  // the Syrian Arab Republic": "in" after a lowercase topic says what about, not where ("on 22 and 23 September 2024 at
  // United Nations Headquarters in New York" is a date)
  if (gap.length > 5 && gap.charCodeAt(0) === 32 && gap.charCodeAt(1) === 111 /* o */ && gap.charCodeAt(2) === 110 /* n */ && gap.charCodeAt(3) === 32 && isLowerAscii(gap.charCodeAt(4))) return undefined;
  // "at its sixty-seventh regular session, concerning the application of Agency safeguards in the Middle East" (A/RES/78/17
  // OP3): the same after "concerning", "regarding"
  if (gap.length > 12 && gap.charCodeAt(0) === 44 /* , */ && TOPIC_AFTER_COMMA_RE.test(gap)) return undefined;
  // "the decision by the 2022 plenary meeting of the Kimberley Process to establish the Kimberley Process secretariat in
  // Gaborone" (A/RES/78/270 OP6, 79/275 OP8): with no venue verb, an "in" after a purpose printed right after the sitting is
  // where what it decided stands, not where it met
  if (gap.length > 12 && PURPOSE_OPENING_GAP_RE.test(gap)) return undefined;
  if (gap.length > VENUE_GAP_MAX) return undefined;
  // "the Conference of Heads of State ... at its seventeenth ordinary session, on 30 July 2020, of the strategy on preventing
  // and combating terrorism in Central Africa" (A/RES/79/68 OP14, 78/59, 80/63), "at its sixth extraordinary session, on the
  // humanitarian situation in Central Africa, held on 7 February 2025 in Malabo" (80/63 PP19): with no venue verb, an "in"
  // after a lowercase topic anywhere in the gap says what about, as at its start above
  if (topicInVenueGap(gap)) return undefined;
  // "adopted by the 1995 Review and Extension Conference ... on 11 May 1995, in which the Conference noted with concern the
  // continued existence in the Middle East of ..." (A/RES/79/74 PP7): what the sitting said, whose "in" is no venue (a
  // venue verb in the gap said 'verb' above)
  if (gap.length > 14 && gap.includes(' in which ')) return undefined;
  // "... of the 2010 Review Conference of the Parties to the Treaty ...,10 reaffirming and recognizing the legitimate interests
  // of the States that comprise the nuclear-weapon-free zone in Latin America" (A/RES/80/15 OP4): a participle after a comma
  // opens another clause of the resolution's, whose "in" is not the sitting's venue
  if (gap.length > 20 && gap.includes('ing ') && PARTICIPLE_CLAUSE_RE.test(gap)) return undefined;
  return 'near';
}

/** The ordinal word of 1..99: 19 -> "nineteenth", 21 -> "twenty-first". */
export function ordinalWord(n: number): string | undefined {
  if (n < 1 || n > 99) return undefined;
  if (n < 10) return UNITS[n - 1];
  if (n < 20) return TEENS[n - 10];
  const tens = Math.floor(n / 10);
  return n % 10 === 0 ? TENS_ORD[tens - 2] : `${TENS[tens - 2]}-${UNITS[(n % 10) - 1]}`;
}

/**
 * Bodies that meet once a year, numbered from a first meeting (its year): "the meetings of the Internet Governance
 * Forum, most recently held in Kyoto, Japan, in 2023" is its eighteenth meeting (Athens 2006 was the first), the node
 * "the nineteenth meeting of the Internet Governance Forum, organized in Riyadh" names.
 */
export const ANNUAL_MEETINGS_SINCE: ReadonlyMap<string, number> = new Map([['Internet Governance Forum', 2006]]);

/** The date of one meeting after its venue: "in 2023", "in June 2025", "from 8 to 12 October 2023", "on 3 and 4 July 2025". */
const MEETING_DATE = String.raw`(?:in\s+((?:(?:${MONTHS})\s+)?(?:19|20)\d{2})|(?:from|on)\s+(\d{1,2}(?:\s+(?:${MONTHS}))?(?:\s+(?:to|and)\s+\d{1,2})?\s+(?:${MONTHS}),?\s+(?:19|20)\d{2}))(?![\d/])`;
const MEETING_PLACE = String.raw`(?:the\s+)?[A-Z][^,;.()\d]{0,40}?(?:,\s+(?:the\s+)?[A-Z][^,;.()\d]{0,40}?)?,?\s+`;

/** After such a body's name: one meeting's venue and date ("..., most recently held in Kyoto, Japan, in 2023", "held in
 *  Norway, in June 2025", "held in Kyoto, Japan, from 8 to 12 October 2023"). Group 1 or 2: the date. */
export const ANNUAL_MEETING_HELD_RE = new RegExp(
  String.raw`^\d{0,2},?\s+(?:(?:most\s+recently|last)\s+)?(?:which\s+was\s+|to\s+be\s+)?held\s+in\s+${MEETING_PLACE}${MEETING_DATE}`,
  'u',
);

/** A later "the meeting" of that body in the same sentence: "and taking note of the meeting to be held in Riyadh, Saudi
 *  Arabia, in 2024". Group 1: "meeting"; group 2 or 3: the date. */
export const NEXT_MEETING_HELD_RE = new RegExp(
  String.raw`\b(?:the|its)\s+(?:next\s+)?(meeting)\s+(?:to\s+be\s+|that\s+will\s+be\s+)?held\s+in\s+${MEETING_PLACE}${MEETING_DATE}`,
  'gu',
);

/** " on the implementation of the ", " on the ": a decade or year named right after a sitting as its subject */
const TOPIC_GAP_RE = /^\s+on\s+the\s+(?:implementation\s+of\s+the\s+)?$/;
/**
 * "the Pacific regional seminar on the implementation of the Third International Decade for the Eradication of
 * Colonialism, held in Nadi, Fiji, from 21 to 23 May 2014" (A/RES/80/101 PP14): a decade or year named as the subject
 * of the sitting that ends at `evEnd` is no later sitting (it is held nowhere): the venue and dates after it are still
 * the sitting's.
 */
export function periodAsTopic(text: string, evEnd: number, x: { start: number; attrs: Record<string, unknown> }): boolean {
  if (x.start - evEnd > 40) return false;
  const kind = x.attrs.eventKind;
  return (kind === 'decade' || kind === 'year') && TOPIC_GAP_RE.test(text.slice(evEnd, x.start));
}

/**
 * A numbered sitting of a treaty's Conference of the Parties, as texts print it: "the twenty-eighth session of the
 * Conference of the Parties to the ...", "the fifteenth meeting of ...", "the twenty-seventh Conference of the Parties to
 * ..." (no sitting noun, A/RES/78/152 OP33). Group 1 the ordinal, 2 the noun, 3 the instrument as printed. Not "...
 * serving as the Meeting of the Parties to ..." (a name that goes on: the caller tests for it).
 */
export const COP_SITTING_RE = new RegExp(`^(${ORDINAL_SOURCE}) (?:(session|meeting) of the )?Conference of the (?:Contracting )?Parties to (?:the )?(.+)$`, 'i');

/**
 * The treaties whose Conferences of the Parties sit under a number, each with the noun its secretariat numbers them by
 * and the ways texts print its name (a printed name may stop short of the full title, at a line's end or before "and/or":
 * "the Convention to Combat Desertification in Those Countries Experiencing Serious Drought", A/RES/79/331 OP53). One key
 * per sitting: "the fifteenth session of the Conference of the Parties to the Convention on Biological Diversity" (A/RES/79/208
 * OP23) is its fifteenth meeting (A/RES/79/264 PP), "the sixteenth session of the Conference of the Parties to the United
 * Nations Convention to Combat Desertification" the same session under the Convention's full title.
 */
export const COP_TREATIES: readonly { name: string; noun: 'session' | 'meeting'; printed: readonly string[] }[] = [
  { name: 'United Nations Framework Convention on Climate Change', noun: 'session', printed: ['United Nations Framework Convention on Climate Change'] },
  {
    name: 'Convention on Biological Diversity',
    noun: 'meeting',
    printed: ['Convention on Biological Diversity', 'Convention on Biodiversity', 'United Nations Convention on Biological Diversity'],
  },
  {
    name: 'United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa',
    noun: 'session',
    printed: ['United Nations Convention to Combat Desertification', 'Convention to Combat Desertification'],
  },
  {
    name: 'Convention on the Conservation of Migratory Species of Wild Animals',
    noun: 'meeting',
    printed: ['Convention on the Conservation of Migratory Species of Wild Animals', 'Convention on Migratory Species'],
  },
];

/**
 * A Conference of the Parties' sitting by its short name: "at COP 27 held in Sharm El-Sheikh", "by COP 28", "the CBD
 * COP15" (A/RES/78/1 annex (l), (m)). Group 1 the treaty's acronym printed before it, group 2 the number. Not a document
 * symbol's part ("CBD/COP/15/17"), nor "COP" in a longer word.
 */
export const COP_SHORT_RE = letterRe(String.raw`(?<![\p{L}\p{N}/])(?:(CBD|UNCCD|UNFCCC)\s+)?COP\s?(\d{1,2})(?![\p{L}\p{N}/])`, 'gu');

/**
 * A numbered sitting named in lower case after the organization that holds it: "the sixteenth extraordinary African Union
 * summit on terrorism" (A/RES/78/263 OP21, 79/264), "the first African Union policy conference on ..." (A/RES/79/329 PP22),
 * "the eighth United Nations-African Union annual conference" (A/RES/79/329 PP8, 78/263 OP41). ORG_SITTING_BEFORE_RE: the
 * ordinal (and a qualifier) right before the organization's name; ORG_SITTING_AFTER_RE: the noun right after it (a
 * qualifier first). Not a high-level or ministerial meeting or dialogue (meetingsOfBodies reads those), nor a capitalised
 * noun (a name of its own).
 */
export const ORG_SITTING_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}-])(${ORDINAL_SOURCE})\\s+((?:extraordinary|ordinary|annual|special)\\s+)?$`, 'u');
export const ORG_SITTING_AFTER_RE = letterRe(String.raw`^\s+((?:annual|extraordinary|ordinary|policy|joint)\s+)?(summit|conference)(?![\p{L}\p{N}-])`, 'u');

/** between a sitting and the name it marks: "the conference to commemorate the thirtieth anniversary of [the adoption of] [the] <name>" */
export const OF_MARKED_NAME_RE = /^\s+of\s+(?:the\s+adoption\s+of\s+)?(?:the\s+)?$/;

/**
 * "as well as its two resumed sessions" (A/RES/80/135 PP15), "as well as the two resumed sessions of the sixteenth meeting of
 * the Conference of the Parties to the Convention" (80/137-80/140, 80/145): a sitting's resumed sessions, each held apart.
 * Group 1: "of the " when the sitting's name comes next (else "its": the sitting was named before).
 */
export const TWO_RESUMED_SESSIONS_RE = /\b(?:its|the)\s+two\s+resumed\s+sessions(\s+of\s+the\s+)?/g;
/** one resumed session's venue and days: "online from 3 to 6 December 2024", "in Rome, Italy, from 25 to 27 February 2025"; or
 *  its one day: "in New York on 17 March 2022" (the first part of the Fifth United Nations Conference on the Least Developed
 *  Countries, A/RES/78/153 PP6, 79/206 PP6) */
const RESUMED_VENUE_DAYS_SOURCE = letterSource(String.raw`(?:online|virtually|in\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?),?)\s+(?:from|on)\s+(\d{1,2}(?:(?:\s+\p{Lu}\p{Ll}+)?\s+to\s+\d{1,2})?\s+\p{Lu}\p{Ll}+\s+\d{4})`);
/**
 * After the two resumed sessions (or the sitting's name after them): ", held online from 3 to 6 December 2024 and in Rome,
 * Italy, from 25 to 27 February 2025" (the comma may be missing, A/RES/80/140). Groups 1 and 3: each one's venue (none when
 * held online); 2 and 4: its days.
 */
export const TWO_RESUMED_HELD_RE = new RegExp(String.raw`^,?\s+held\s+${RESUMED_VENUE_DAYS_SOURCE}\s+and\s+${RESUMED_VENUE_DAYS_SOURCE}`, 'u');

/**
 * "the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in
 * Kunming, China, from 11 to 15 October 2021, and the second part of the fifteenth meeting ..., held in Montreal, Canada, from 7
 * to 19 December 2022" (A/RES/78/138 PP9 and the texts that quote it; "the first part of the second session of the United Nations
 * Habitat Assembly, held in Nairobi from 5 to 9 June 2023", 78/...): one part of a sitting, the sitting's name next. Group 1: the
 * part's ordinal; 2: "the", or "its" before a body's session ("the committee held the second part of its fifth session in Geneva
 * from 5 to 14 August 2025", A/RES/80/110 OP213, 80/109; "adopted by the United Nations Habitat Assembly at the first part of its
 * second session", 79/214).
 */
export const PART_OF_SITTING_RE = /\bthe\s+(first|second|third)\s+part\s+of\s+(the|its)\s+/g;
/** "the resumed session of the <sitting>" (A/RES/79/313 PP31): one resumed session of a sitting, its name next */
export const RESUMED_SESSION_OF_SITTING_RE = /\bthe\s+resumed\s+session\s+of\s+the\s+/g;
/**
 * A body's resumed session dated by the day printed before it: "the statement made on 12 June 2023 to the resumed session of the
 * Special Committee" (A/RES/79/110 PP14), "and on 12 June 2023 at the resumed session of the Special Committee on the Situation
 * ..." (PP17; 78/97, 80/101). Group 1: the day; the body's name next.
 */
export const DATED_RESUMED_SESSION_OF_BODY_RE = new RegExp(String.raw`\bon\s+(\d{1,2}\s+(?:${MONTHS})\s+(?:19|20)\d\d)\s+(?:at|to)\s+the\s+resumed\s+session\s+of\s+the\s+`, 'g');
/** after a part's sitting: ", as well as the Meetings of the Parties to the Protocols to the Convention" held with it (A/RES/78/155 OP2) */
export const PROTOCOL_MEETINGS_AFTER_PART_RE = /^,\s+as\s+well\s+as\s+the\s+Meetings\s+of\s+the\s+Parties\s+to\s+the\s+Protocols(?:\s+to\s+the\s+Convention)?(?=,)/;
/** After that sitting's name: ", held in Kunming, China, from 11 to 15 October 2021", or " under the presidency of China, in
 *  Montreal, Canada, from 7 to 19 December 2022" (A/RES/78/262 OP42, 78/263 OP14, 79/263 OP43) (group 1: the venue, none when
 *  held online; 2: the days). A name cut short by a drafting slip, "the second part of the fifteenth meeting of the Conference of
 *  the Parties to, held in Montreal" (A/RES/78/151 PP11), leaves a dangling "to" before the comma. */
export const PART_HELD_RE = letterRe(String.raw`^(?:\s+to(?=,))?,?\s+(?:held\s+|under\s+the\s+presidency\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,\s+)${RESUMED_VENUE_DAYS_SOURCE}`, 'u');
/** the gate of partsOfSittings for a body's own session: "the second part of its fifth session" (a rare substring) */
export const PART_OF_ITS = ' part of its ';
/** After "held the <ordinal> part of its <session>": where and when, with no "held" of its own ("in Geneva from 5 to 14 August
 *  2025", A/RES/80/110 OP213). Groups as PART_HELD_RE's: 1 the venue, 2 the days. */
export const HELD_ITS_PART_VENUE_DAYS_RE = letterRe(String.raw`^\s+${RESUMED_VENUE_DAYS_SOURCE}`, 'u');
/** before "the <ordinal> part of its": the body held it */
export const HELD_BEFORE = 'held ';
/** the gate of nextBarePart: the next part of the sitting whose part was named before, by its ordinal alone (a rare substring) */
export const AND_THE_BARE_PART = ' part, held ';
/**
 * After a part of a sitting read with its venue and days: ", and the second part, held in Montreal, Canada, under the presidency
 * of China, from 7 to 19 December 2022" (A/RES/78/155 OP2), the sitting's next part named by its ordinal alone, the sitting's
 * name not repeated. Group 1: its ordinal, 2: its venue, 3: its days; the presidency between the venue and the days is no venue.
 */
export const AND_THE_BARE_PART_RE = letterRe(
  String.raw`^[^;]{0,160}?,\s+and\s+the\s+(second|third)\s+part,\s+held\s+in\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?),?(?:\s+under\s+the\s+presidency\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*,)?\s+from\s+(\d{1,2}(?:\s+\p{Lu}\p{Ll}+)?\s+to\s+\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})`,
  'u',
);
/**
 * Right after a sitting's name in a citation: " (Part II), Montreal, Canada, 7–19 December 2022" ("Adopted at the fifteenth
 * meeting of the Conference of the Parties to the Convention on Biological Diversity (Part II), Montreal, Canada, 7–19 December
 * 2022", A/RES/78/189, 78/262, 79/263 footnotes). Group 1: the part's roman number, 2: the venue, 3: the days.
 */
export const CITED_PART_VENUE_DAYS_RE =
  letterRe(String.raw`^\s+\(Part\s+(I{1,3})\),\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?,\s+(\d{1,2}(?:\s+\p{Lu}\p{Ll}+)?\s*[\u2013-]\s*\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})`, 'u');

/**
 * A Territory's election, dated: "Recalling the general election that was held in April 2021" (A/RES/78/90 PP24, the
 * "Question of <Territory>" texts), "the legislative elections held in June 2022, and the territorial elections that were held
 * in April 2023" (78/91), "Noting the elections that were held in November 2023" (79/108). Where is said before or after
 * "held": "the elections in the Territory that were held in October 2024" (80/97 PP24, 78/92, 78/93), "the elections held in the
 * Territory in November 2022" (78/86, 80/90), "the democratic elections in Tokelau held on 23 January 2020" (78/97, a day).
 * Without "held", only where the day or the month follows (no "the elections in 2025" of a plan): "Recalling also the holding
 * of free and fair elections in the Territory on 23 January 2020" (78/97 PP12, 79/110, 80/101), "the peaceful conduct of
 * provincial elections in New Caledonia on 12 May 2019" (the New Caledonia texts). Two months: "the legislative elections held in
 * June and July 2024" (80/95 PP21). The Territory's legislature elected, named by capitalised words only: "the democratic
 * election of the General Fono on 26 January 2023", "the most recent election of the General Fono on 26 January 2023" (79/110
 * PP12, OP3; 78/97, 80/101); not "the election of the President of the ..." (an officer's, its words go on with "of"). Group 1:
 * its kind word; 2: "election" or "elections" (the span ends there: the dates after it are read as any sitting's).
 */
const ELECTION_WHEN = String.raw`(?:in\s+(?:${MONTHS})(?:\s+and\s+(?:${MONTHS}))?|on\s+\d{1,2}\s+(?:${MONTHS}))\s+(?:19|20)\d\d(?!\d)`;
export const ELECTION_HELD_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])(?:the|of)\s+(?:(?:democratic|free\s+and\s+fair|most\s+recent)\s+)?(?:(general|legislative|territorial|presidential|parliamentary|provincial)\s+)?(elections?)\s+(?:in\s+(?:the\s+Territory|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+|of\s+the\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\s+)?(?:(?:that\s+(?:was|were)\s+)?held\s+(?:in\s+the\s+Territory\s+)?)?${ELECTION_WHEN}`,
  'gu',
);
/**
 * A Territory's referendum, dated: "Recalling that, in a referendum held in 1987, the registered and eligible voters of Guam
 * endorsed a draft Guam Commonwealth Act" (A/RES/80/96 PP22, 78/92, 79/105), "as supported by Guam voters in the referendum of
 * 1987" (80/96 OP6), "Acknowledging the outcome of the referendum held on 8 November 2022" (80/90, American Samoa), "the
 * constitutional referendum in November 2022" (80/90), "Recalling the referendum held on 3 November 2020 on convening a
 * constitutional convention" (78/99, 80/103, the United States Virgin Islands), "the third self-determination referendum in New
 * Caledonia on 12 December 2021" (78/94), "its subsequent decision to hold a further referendum in October 2007" (79/110 PP10,
 * 78/97, 80/101). Its subject between, only before "held": "the outcomes of the referendum on proposed amendments to the
 * Constitution of American Samoa held on 8 November 2022" (78/86 OP5, 79/99, 80/90). A year alone only after "held in" or "of"
 * (what was held; not "a referendum in 2026" of a plan); one referendum only (the plural lists several dates). The span ends at
 * "referendum": the date after it is read as any sitting's.
 */
export const REFERENDUM_HELD_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])(?:the|a|of)\s+(?:(?:first|second|third|further)\s+)?(?:(?:constitutional|self-determination)\s+)?(referendum)\s+(?:on\s+(?:[\p{L}\p{N}’'-]+\s+){1,12}?(?=held\s))?(?:in\s+(?:the\s+Territory|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+)?(?:(?:that\s+was\s+)?held\s+(?:in\s+the\s+Territory\s+)?(?:${ELECTION_WHEN}|in\s+(?:19|20)\d\d(?!\d))|${ELECTION_WHEN}|of\s+(?:19|20)\d\d(?!\d))`,
  'gu',
);
/**
 * A Territory's referendums listed with their days: "the first and second self-determination referendums in New Caledonia on
 * 4 November 2018 and 4 October 2020, respectively" (A/RES/80/98 PP10, 78/94, 79/107), "the conduct of self-determination
 * referendums in New Caledonia on 4 November 2018, 4 October 2020 and 12 December 2021" (PP22, PP27). Group 1: "referendums" (the
 * span of the last one), 2: where they were held, when printed, 3: the days, two or more, the last after "and".
 */
const REFERENDUM_DAY = String.raw`\d{1,2}\s+(?:${MONTHS})\s+(?:19|20)\d\d(?!\d)`;
export const PLURAL_REFERENDUMS_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])(?:(?:first|second)\s+and\s+(?:second|third)\s+)?(?:(?:constitutional|self-determination)\s+)?(referendums)\s+(?:in\s+(the\s+Territory|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+)?on\s+(${REFERENDUM_DAY}(?:,\s+${REFERENDUM_DAY})*,?\s+and\s+(?:on\s+)?${REFERENDUM_DAY})`,
  'gu',
);
/**
 * A Territory's referendum with its day printed before it: "Taking note of the holding on 12 December 2021 of the third
 * self-determination referendum in New Caledonia" (A/RES/80/98 PP12, 78/94, 79/107), or its month: "its decision in August 2005
 * to hold in February 2006 a referendum on self-determination" (79/110 PP10, 78/97, 80/101). Group 1: the day or month, 2:
 * "referendum", 3: where it was held, when printed.
 */
export const REFERENDUM_DAY_BEFORE_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])(?:(?:holding|conduct)\s+on\s+(${REFERENDUM_DAY})\s+of\s+the|hold\s+in\s+((?:${MONTHS})\s+(?:19|20)\d\d)(?!\d)\s+a)\s+(?:(?:first|second|third)\s+)?(?:(?:constitutional|self-determination)\s+)?(referendum)(?![\p{L}\p{N}])(?:\s+in\s+(the\s+Territory|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?))?`,
  'gu',
);
/**
 * Two referendums of one Territory named by their months, outside that Territory's own text: "the professional, open and
 * transparent conduct of both the February 2006 and the October 2007 referendums to determine the future status of Tokelau"
 * (A/RES/78/101 OP7, 79/114). Group 1, 2: the months, 3: "referendums", 4: the Territory.
 */
export const MONTH_REFERENDUMS_OF_STATUS_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])(?:both\s+)?the\s+((?:${MONTHS})\s+(?:19|20)\d\d)\s+and\s+the\s+((?:${MONTHS})\s+(?:19|20)\d\d)\s+(referendums)\s+to\s+determine\s+the\s+future\s+status\s+of\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)`,
  'gu',
);
/** one day of PLURAL_REFERENDUMS_RE's list */
export const REFERENDUM_DAY_RE = new RegExp(REFERENDUM_DAY, 'g');
/** A Territory's resolution title: group 1 the Territory ("Question of the Cayman Islands" -> "the Cayman Islands"). */
export const QUESTION_OF_TERRITORY_RE = letterRe(String.raw`^Question of ((?:the )?\p{Lu}[\p{L} -]*)$`, 'u');

/** After "the third Conference": a connector that makes it the start of a longer name ("the third Conference of States Parties"). */
export const BARE_EDITION_GOES_ON_RE = /^\s+(?:of|on|for|to)\b/;

/** "the high-level meetings on ", "the high-level meetings of the General Assembly on ": meetings listed by topic. */
export const HIGH_LEVEL_MEETINGS_ON_RE = letterRe(String.raw`(?<![\p{L}\p{N}])the\s+high-level\s+meetings\s+(?:of\s+the\s+General\s+Assembly\s+)?on\s+`, 'gu');
/**
 * One listed high-level meeting with its own year: "antimicrobial resistance in 2024 and " then "non-communicable diseases in
 * 2025" (A/RES/78/4 annex OP6). Group 1: the topic, lowercase (up to the first " in <year>"); 2: the year; 3: the separator
 * before the next one (", ", " and ", ", and on "), none after the last.
 */
export const TOPIC_IN_YEAR_ITEM_RE = letterRe(String.raw`([a-z][a-z ,-]{2,100}?)\s+in\s+((?:19|20)\d\d)(?![\d\p{L}–-])(,?\s+and\s+(?:on\s+)?(?=[a-z])|,\s+(?:on\s+)?(?=[a-z]))?`, 'uy');

/**
 * Between a body and "organizational session": it is to hold one ("the intergovernmental negotiating committee shall convene an
 * organizational session in New York from 3 to 6 February 2025", A/RES/79/235 OP5; "the open-ended working group shall hold a
 * two-day organizational session", 78/20 OP6; "which will hold a one day organizational session", 78/231 OP31). Not "to convene":
 * "Requests the Secretary-General to convene an organizational session" names who convenes it, not whose it is.
 */
export const TO_HOLD_ORGANIZATIONAL_GAP_RE = /^,?\s+(?:which\s+)?(?:(?:shall|will|would|should)\s+(?:convene|hold)|to\s+hold)\s+(?:an|a\s+(?:one|two|three)[- ]day)\s+$/;

/** the gate of hostedSittings: a sitting hosted by someone (a rare substring) */
export const HOSTED_BY = ' hosted by ';
/**
 * An unnamed sitting hosted by someone: "the regional conference hosted by ", "the latest regional conferences hosted by ",
 * "the most recent ministerial meeting hosted by " (group 1: its qualifiers, 2: its noun, 3: the plural's "s"). "latest" and
 * "most recent" say which one, not what it is: no part of the name.
 */
export const HOSTED_SITTING_RE =
  letterRe(String.raw`(?<![\p{L}\p{N}])[Tt]he\s+(?:(?:latest|most\s+recent)\s+)?((?:(?:international|regional|subregional|interregional|global|ministerial|high-level|extraordinary)\s+){0,3})(conference|meeting|summit|forum|workshop|seminar|symposium|retreat)(s?)\s+(?=hosted\s+by\s)`, 'gu');
/**
 * Before " hosted by ": two unnamed sittings with a day each, their hosts after both, "the most recent ministerial meetings held
 * on 22 September 2022 and 21 September 2023, " (A/RES/78/73 PP21); group 1: qualifiers, 2: noun, 3 and 4: the days.
 */
export const HELD_ON_TWO_DAYS_BEFORE_HOSTED_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[Tt]he\s+(?:(?:latest|most\s+recent)\s+)?((?:(?:international|regional|subregional|interregional|global|ministerial|high-level|extraordinary)\s+){0,3})(conference|meeting|summit|forum)s\s+held\s+on\s+(\d{1,2}\s+(?:${MONTHS})\s+(?:19|20)\d\d)\s+and\s+(\d{1,2}\s+(?:${MONTHS})\s+(?:19|20)\d\d),?$`,
  'u',
);
/** between two hosts of one sitting: ", " or " and " (an Oxford comma too) */
export const HOSTS_GAP_RE = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
/** right after the hosts: a co-organizer ("and co-organized by "), then the days ("on 15 and 16 February 2023") */
export const CO_ORGANIZED_BY_RE = /^\s+and\s+co-organized\s+by\s+(?:the\s+)?/;
/** (group 0 ends with the days' year) */
export const HOSTED_ON_DAYS_RE = new RegExp(String.raw`^,?\s+on\s+(?:\d{1,2}\s+(?:and|to)\s+)?\d{1,2}\s+(?:${MONTHS})\s+(?:19|20)\d\d(?![\d–/-])`);
/** the plural's next sitting: " and by " another host, with its own days */
export const AND_BY_RE = /^,?\s+and\s+by\s+(?:the\s+)?/;
/** the gate of heldSittings: a sitting held somewhere (a rare substring) */
export const HELD_IN = ' held in ';
/**
 * Before " held in ": an unnamed sitting, "the extraordinary ministerial conference", "the ministerial meeting", "its forum"
 * (group 1: its qualifiers, 2: its noun), singular only; read backwards from each " held in " (heldSittings), so that no regex
 * runs over a paragraph that holds none.
 */
export const HELD_SITTING_BEFORE_RE =
  letterRe(String.raw`(?<![\p{L}\p{N}])(?:[Tt]he|its)\s+((?:(?:international|regional|subregional|interregional|global|ministerial|high-level|extraordinary)\s+){0,3})(conference|meeting|summit|forum|workshop|seminar|symposium|retreat),?$`, 'u');
/** the same sitting "convened at" or "convened in" its venue ("the ministerial meeting convened at United Nations Headquarters in
 *  New York on 26 September 2019", A/RES/78/73 PP21): gates of heldSittings too */
export const CONVENED_AT = ' convened at ';
export const CONVENED_IN = ' convened in ';
/** the gate of datedSittings: a sitting convened on its days, no venue printed */
export const CONVENED_ON = ' convened on ';
/**
 * Before " convened on ": an unnamed sitting that only its qualifiers and days identify, "the extraordinary virtual ministerial
 * pledging conference" (A/RES/78/73 PP21); two qualifiers at least, so that "the meeting" or "the high-level meeting" of a year,
 * which many are, names none (group 1: its qualifiers, 2: its noun).
 */
export const DATED_SITTING_BEFORE_RE =
  letterRe(String.raw`(?<![\p{L}\p{N}])[Tt]he\s+((?:(?:international|regional|subregional|interregional|global|ministerial|high-level|extraordinary|virtual|pledging)\s+){2,4})(conference|meeting|summit|forum)$`, 'u');
/** after its venue: ", Morocco" (its country), then the days ("on 23 and 24 April 2015", "from 11 to 13 November 2014") */
export const VENUE_COUNTRY_GAP_RE = /^,\s+$/;
/** after a building: " in New York", the city it stands in (which names the sitting) */
export const VENUE_CITY_GAP_RE = /^\s+in\s+$/;
export const HELD_ON_DAYS_RE =
  new RegExp(String.raw`^,?\s+(?:on|from)\s+(?:\d{1,2}(?:\s+(?:${MONTHS}))?\s+(?:and|to)\s+)?\d{1,2}\s+(?:${MONTHS})\s+(?:19|20)\d\d(?![\d–/-])`);
/** the gate of firstMeetingsOfProcesses: a process or body said to have first met somewhere (a rare substring) */
export const INITIALLY_MET = ' initially met in ';
/** the same first meeting printed ", initiated in May 2023 in Doha" (A/RES/79/317 PP6): the process's start is its first sitting */
export const INITIATED_IN = ', initiated in ';
/** right after a process's name: " that initially met in May 2023 in Doha", ", initiated in May 2023 in Doha" (group 1 or 2: the
 *  words that stand for its first meeting) */
export const INITIALLY_MET_RE = letterRe(String.raw`^,?\s+(?:(?:that|which)\s+(initially\s+met)|(initiated))\s+in\s+(?:(?:\d{1,2}\s+)?(?:${MONTHS})\s+)?(?:19|20)\d\d\s+in\s+\p{Lu}`, 'u');

/**
 * One venue of a range's list and the years of its sittings there, from the list's separator on: "Maputo (1999)", ", Geneva
 * (2008 and 2010)", ", Geneva (2012, 2013 and 2015)", " and Geneva (2022 and 2023)" (A/RES/79/34 PP6, 80/35): a venue that
 * held several of the range's sittings prints their years in one parenthesis. Group 1: the separator, 2: the venue (after
 * "the": "the Dead Sea"), 3: its years. Sticky.
 */
export const VENUE_YEARS_ITEM_RE = /(,\s+(?:and\s+)?|\s+and\s+)?(?:the\s+)?([A-Z][^;()\d]{0,60}?)\s+\(((?:19|20)\d{2}(?:(?:,\s+|,?\s+and\s+)(?:19|20)\d{2})*)\)/y;

/** the gate of seminarEditions: a seminar named (a rare substring) */
export const SEMINAR = ' Seminar';
/** right before a name: the ordinal of its edition, "the second " (group 1) */
export const EDITION_ORDINAL_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}-])the\\s+(${ORDINAL_SOURCE})\\s+$`, 'u');
/** right after a name: it sits somewhere ("to be held in Ethiopia in 2024"), so the name with an ordinal is one sitting of it */
export const HELD_AFTER_NAME_RE = /^,?\s+(?:to\s+be\s+)?held\s+(?:in|at|on|from)\s/;

/**
 * After a range of sittings: the day (or days) of each, "on 21 November 2017, 29 November 2018, 1 November 2019 and 5 and 6 June
 * 2022" (A/RES/79/9 PP18, "the first to fourth Conferences of Organization of Islamic Cooperation Member States on Mediation, on
 * ..."). Group 1: the list, its items read with RANGE_DAYS_ITEM_RE.
 */
export const RANGE_DAYS_AFTER_RE = new RegExp(
  String.raw`^,?\s+(?:held\s+)?on\s+((?:\d{1,2}(?:\s+(?:and|to)\s+\d{1,2})?\s+(?:${MONTHS})\s+(?:19|20)\d\d,\s+)+\d{1,2}(?:\s+(?:and|to)\s+\d{1,2})?\s+(?:${MONTHS})\s+(?:19|20)\d\d,?\s+and\s+\d{1,2}(?:\s+(?:and|to)\s+\d{1,2})?\s+(?:${MONTHS})\s+(?:19|20)\d\d)(?!\d)`,
);
/** one sitting's day or days in that list: "21 November 2017", "5 and 6 June 2022" */
export const RANGE_DAYS_ITEM_RE = new RegExp(String.raw`\d{1,2}(?:\s+(?:and|to)\s+\d{1,2})?\s+(?:${MONTHS})\s+(?:19|20)\d\d`, 'g');

/**
 * A range of numbered sittings from the first: "the First to Twenty-first Meetings of the States Parties to the Convention"
 * (A/RES/79/34 PP6; in lower case, "the first to twentieth meetings of the States parties to the Convention", 78/45 PP6), "the first to fourth Conferences of Organization of Islamic Cooperation Member States on Mediation" (79/9
 * PP18), "the First to Fourteenth Summits of the Association of Southeast Asian Nations and the United Nations" (group 1: the
 * first ordinal, 2: the last, 3: the sitting noun's singular, in either case, 4: the name after the noun, capitalised words and joining words;
 * its trailing joining words are the caller's to trim). Sticky: read at the "irst to " gate's hit less its first letter.
 */
export const FIRST_TO_ORDINAL_SITTINGS_RE = letterRe(
  String.raw`([Ff]irst) to (${ORDINAL_SOURCE.replace(/(?<![\\a-z])([a-z])/g, (_, c: string) => `[${c}${c.toUpperCase()}]`)}) ([Mm]eeting|[Cc]onference|[Ss]ummit)s ((?:of|on) (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|(?<=States )parties|of|the|and|to|on|for))*)`,
  'uy',
);

/**
 * After "the political declaration adopted at the high-level political forum on sustainable development convened under the
 * auspices of the General Assembly" printed with no summit's name in brackets: the year the forum met, read from the resolution
 * that annexed the declaration ("contained in the annex to its resolution 78/1 of 29 September 2023", A/RES/78/265 PP2, 78/311,
 * 79/322), from where and when it was held ("held in New York on 18 and 19 September 2023", 79/219 OP3) or from its month
 * ("in September 2023", 80/186). The year is group 1.
 */
export const FORUM_UNDER_ASSEMBLY_YEAR_AFTER_RE = new RegExp(
  String.raw`^\s?\d{0,3},?\s+(?:(?:which\s+is\s+)?contained\s+in\s+the\s+annex\s+to\s+(?:its|the)\s+resolution\s+\d{1,3}\/\d{1,3}\s+of\s+\d{1,2}\s+(?:${MONTHS})\s+|held\s+in\s+New\s+York\s+(?:on|from)\s+\d{1,2}(?:\s+(?:and|to)\s+\d{1,2}|\s*[-–]\s*\d{1,2})?\s+(?:${MONTHS})\s+|in\s+(?:${MONTHS})\s+)((?:19|20)\d\d)(?!\d)`,
);

/**
 * After "the Political Declaration adopted at the High-Level Political Forum on Sustainable Development" (a gazetteer title that
 * stops before the Assembly): the Assembly's auspices printed after it, with the year the forum met before them ("... in 202315
 * convened under the auspices of the General Assembly", A/RES/79/178 PP13: the year, then a note's mark) or after them ("...
 * (HLPF), under the auspices of the General Assembly in September 2023,4", A/RES/78/182 PP4). The year is group 1 or group 2.
 */
export const FORUM_THEN_UNDER_ASSEMBLY_AFTER_RE = new RegExp(
  String.raw`^(?:\s+\([A-Z]{2,8}\))?,?(?:\s+in\s+((?:19|20)\d\d)\d{0,3})?(?:\s+convened)?\s+under\s+the\s+auspices\s+of\s+the\s+General\s+Assembly(?:\s+in\s+(?:(?:${MONTHS})\s+)?((?:19|20)\d\d)(?!\d))?`,
);

// The World Summit on the Information Society, one event held in Geneva (2003) and in Tunis (2005) (summitPhases.ts,
// attributions.ts phaseAttributions).
/** "the summits held in Geneva and Tunis": the cities are groups 1 and 2, read from where SUMMITS_HELD_IN starts. */
export const SUMMITS_HELD_IN = 'summits held in ';
export const SUMMITS_HELD_IN_RE = /summits\s+held\s+in\s+(Geneva|Tunis)\s+and\s+(Geneva|Tunis)\b/y;
/** "the Geneva and Tunis phases of the World Summit", "the Tunis phase of the WSIS" (the cities are groups 1 and 2); "the first
 *  phase of the World Summit on the Information Society" (the ordinal is group 3). */
export const WSIS_PHASE_RE = /\b(Geneva|Tunis)(?:\s+and\s+(Geneva|Tunis))?\s+phases?\s+of\s+the\s+(?:World\s+Summit(?:\s+on\s+the\s+Information\s+Society)?|WSIS)\b|\b(first|second)\s+phase\s+of\s+the\s+(?:World\s+Summit(?:\s+on\s+the\s+Information\s+Society)?|WSIS)\b/g;
/** "the World Summit on the Information Society at its first phase", "adopted at its second phase" (the ordinal is group 1) */
export const WSIS_AT_PHASE_RE = /\b(?:adopted\s+)?at\s+its\s+(first|second)\s+phase\b/g;
/** between the Summit's name and "at its first phase": the same sentence part */
export const SUMMIT_TO_PHASE_GAP_RE = /^[^;]{0,120}$/;
/** between the end of a phase's name and its venue: ", held in " */
export const PHASE_HELD_IN_GAP_RE = /^\s*,?\s*held\s+in\s+$/;
/** between the venue and the first day: " from ", " on " */
export const PHASE_FROM_GAP_RE = /^\s+(?:from|on)\s+$/;
/** Right after the Summit's name (sticky): its two venues with their years, "(Geneva 2003, Tunis 2005)", "(Geneva, 2003 and
 *  Tunis, 2005)", ", held in Geneva in 2003 and in Tunis in 2005" (cities groups 1 and 3, years 2 and 4). */
export const WSIS_VENUES_AFTER_RE = /\s*(?:\(|,\s*held\s+in\s+)(Geneva|Tunis),?\s+(?:in\s+)?(20\d{2})\s*(?:,\s*(?:and\s+)?|and\s+)(?:in\s+)?(Geneva|Tunis),?\s+(?:in\s+)?(20\d{2})\b/y;

/** adoptedThereOnDay: between the day a text was adopted and the sitting that adopted it (", at the ", " during the ") */
export const ADOPTED_DAY_THEN_SITTING_GAP_RE = /^,?\s+(?:at|during)\s+the\s+$/;
/** adoptedThereOnDay: between the venue (or its country) and that day (" on ", ", on ") */
export const VENUE_THEN_DAY_GAP_RE = /^,?\s+on\s+$/;
/** adoptedThereOnDay: before the venue ("its Declaration adopted in ") */
export const ADOPTED_IN_BEFORE_RE = /\badopted\s+in\s+$/;
/** hostedList: before a list of sittings, the host's noun and name ("the hosting by the Government of Brazil of the ") */
export const HOSTING_BY_OF_BEFORE_RE = /\bhosting\s+by\s+(?:the\s+)?Government\s+of\s+(?:the\s+)?[A-Z][^,;]{1,60}?\s+of\s+the\s+$/;
/** hostedList: after the list's last name, its venue or days set off by a comma (", in Sharm el-Sheikh, from ...", ", from ...") */
export const HOSTED_LIST_TAIL_RE = /^,\s+(?:in|from)\s/;

/** a capitalised name word or a joining word inside a name ("Ocean Science for Sustainable Development") */
const ELLIPTICAL_NAME_SOURCE = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:and|of|on|for|the|in)\s+)*\p{Lu}[\p{L}'’-]*)*`;
/**
 * After a plural sitting or period noun, two names sharing it: "the United Nations Conferences on Human Settlements (Habitat II)
 * and on Housing and Sustainable Urban Development (Habitat III)" (A/RES/79/214 PP1), "the United Nations Decades of Ocean Science
 * for Sustainable Development and on Ecosystem Restoration" (79/314 annex OP30). Group 1: the first preposition, 2: the first
 * name's words, 3: the second preposition, 4: the second name's words; the first's bracketed acronym may stand before "and".
 */
export const ELLIPTICAL_PAIR_AFTER_RE = letterRe(
  String.raw`^\s+(on|of|for)\s+(${ELLIPTICAL_NAME_SOURCE})(?:\s+\([^()]{1,20}\))?,?\s+and\s+(on|of|for)\s+(${ELLIPTICAL_NAME_SOURCE})`,
  'u',
);
/** before the plural noun: the capitalised words its names open with ("United Nations "), group 1 */
export const ELLIPTICAL_HEAD_BEFORE_RE = letterRe(String.raw`(?<![\p{L}\p{N}-])((?:\p{Lu}[\p{L}-]*\s+){1,4})$`, 'u');
/** The plural nouns two names may share, with their singular. */
export const ELLIPTICAL_PLURAL_NOUNS: readonly (readonly [string, string])[] = [['Conferences', 'Conference'], ['Decades', 'Decade']];

/** the gate of LOWERCASE_BODY_HOLDS_ITS_RE: the verb of holding, printed before "its" */
export const HELD_GATE = ' held ';
/**
 * Right before "its <ordinal> session": a body named again by its lowercase head as the subject that held it, "and notes that
 * the committee held the second part of its fifth session in Geneva" (A/RES/80/110 OP213): the head (1), "committee".
 */
export const LOWERCASE_BODY_HOLDS_ITS_RE =
  /\bthe\s+(committee|commission|conference|council|board|forum|panel|working\s+group)\s+(?:has\s+|had\s+)?held\s+(?:the\s+(?:first|second|third|resumed)\s+part\s+of\s+)?$/;

/** the gate of ORDINAL_PARTIES_MEETING_RE (a rare substring) */
export const MEETING_OF_STATES_PARTIES_LOWER = ' meeting of the States parties to the ';
/**
 * A numbered meeting of a treaty's parties printed in lower case, "the seventh meeting of the States parties to the Convention,
 * held in New York on 12 June 2023" (A/RES/78/207 OP7; "the Eighth Meeting of the States Parties to the Convention" in 80/201
 * OP7): the ordinal (1) and the instrument's name after "to the" (2), capitalised words and their joining words.
 */
export const ORDINAL_PARTIES_MEETING_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}-])(${ORDINAL_SOURCE}) meeting of the States parties to the (\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|of|the|and|to|on|for))*)`,
  'gu',
);

/**
 * A treaty's parties' meeting named by its year, printed in lower case: "the measures endorsed by the 2018 meeting of States parties,
 * as reflected in section V of the report of the meeting" (A/RES/78/67 OP17; "the 2018 Meeting of the States Parties" in 79/78
 * OP18, 80/71 OP18): the year (1). Not a numbered one (ORDINAL_PARTIES_MEETING_RE) nor an unnumbered "the meeting of States parties".
 */
export const YEAR_PARTIES_MEETING_LOWER_RE = /(?<![\w-])the ((?:19|20)\d\d) meeting of (?:the )?States parties(?![\w-])/g;
/** the gate of LOWERCASE_MEETING_OF_STATES_RE */
export const MEETING_OF_STATES_LOWER = 'meeting of States';
/**
 * The Meeting of States of a programme or framework printed in lower case right after its article: "Recalls its decision to
 * convene a meeting of States in 2027 ..., in New York, to review the implementation of the Global Framework, ... ahead of the
 * meeting of States" (A/RES/79/54 OP5-OP7), "the first meeting of States in 2027 to review the implementation of the Global
 * Framework for Through-life Conventional Ammunition Management" (79/52 PP9, 80/46 PP9): the sitting 78/47 and 80/43 print
 * "Meeting of States" (group 1). Not "a one-week biennial meeting of States in 2026" (79/40 OP8, 80/38: another word between),
 * "the preparatory meeting of States" (the gazetteer's), nor a treaty's "meeting of States parties".
 */
export const LOWERCASE_MEETING_OF_STATES_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])(?:the|a)\s+(?:first\s+)?(meeting\s+of\s+States)(?!\s+[Pp]arties)(?![\p{L}\p{N}])`,
  'gu',
);
/** between a sitting's name and the purpose it was convened for, at most the year: "the first meeting of States| in 2027| to review" */
export const YEAR_BEFORE_PURPOSE_GAP_RE = /^(?:\s+in\s+(?:19|20)\d\d)?$/;

/** a plural sitting's name before its noun ("Forums"): capitalised words, "for"/"of"/"on" between them, the last capitalised
 *  ("the Sustainable Energy for All Forums", group 1); not "and" or "the", which join two names */
export const CONNECTED_CAPITALS_BEFORE_RE = letterRe(String.raw`(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}-]*\s+(?:(?:(?:for|of|on)\s+)?\p{Lu}[\p{L}-]*\s+){0,5})$`, 'u');
/** right after a plural sitting's noun: " held in " (its venues and days follow, one pair per sitting) */
export const HELD_IN_VENUES_AFTER_RE = /^,?\s+held\s+in\s+/;
/** one sitting of such a list, from its venue on: "Kigali, from 17 to 19 May 2022", "Bridgetown, on 12 and 13 March 2025",
 *  a country after the town ("Bali, Indonesia, on 13 October 2018") (group 1: the venue, 2: the days) */
export const VENUE_ON_DAYS_ITEM_RE = letterRe(
  String.raw`(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?:,\s+\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,3})?,?\s+(?:on|from)\s+((?:\d{1,2}(?:\s+\p{Lu}\p{Ll}+)?\s+(?:and|to)\s+)?\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})`,
  'uy',
);
/** between two sittings of that list: ", and in ", " and in ", ", in " (group 1: "and", before the last) */
export const VENUE_ON_DAYS_SEP_RE = /,?\s+(and\s+)?in\s+/y;

/** a body's ministers who meet by portfolio, printed after a lowercase ordinal (the gate of ministersMeetingsOfBodies: a rare
 *  substring) */
export const MEETING_OF_THE_MINISTERS = ' meeting of the Ministers ';
/** before that gate: "the fifty-sixth", "the twenty-second annual" (group 1: the ordinal) */
export const MINISTERS_MEETING_ORDINAL_BEFORE_RE = letterRe(`(?<![\\p{L}\\p{N}-])(${ORDINAL_SOURCE})(?:\\s+annual)?$`, 'u');
/** after it, the portfolio up to the body's name: "for Foreign Affairs of the ", "of Finance of " (group 1: the portfolio) */
export const MINISTERS_PORTFOLIO_AFTER_RE = /^((?:for|of)\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})\s+of\s+(?:the\s+)?/;

/**
 * Right before "presidency of" / "chairmanship of": "under the" and up to two lowercase words ("under the historic inaugural
 * chairmanship of", A/RES/78/94): presidedSittingAttributions (attributions.ts) reads the chair after it and the sitting before it.
 */
export const UNDER_THE_BEFORE_CHAIR_RE = /\bunder\s+the\s+(?:[a-z]+\s+){0,2}$/;

/**
 * Before "to facilitate the observance of" (facilitatorAttributions): an aside after the agencies asked, which may name a
 * resolution or bodies of its own: ", mindful of the criteria set out in the annex to Economic and Social Council resolution
 * 1980/67," (A/RES/78/122 OP4), ", in collaboration with other relevant organizations of the United Nations system," (A/RES/79/294
 * OP3). Only the asides the genre prints there, by their opening words: a bare comma-delimited stretch may be a list of the bodies
 * asked ("Invites Member States, the United Nations system and civil society, as appropriate, to"). The partners after "in
 * cooperation with" may be a list, commas and all: ", in cooperation with the relevant international organizations, the
 * specialized agencies and local, national and international cooperative organizations, and all other relevant stakeholders,
 * including the Committee for the Promotion and Advancement of Cooperatives," (A/RES/78/289 OP3); no verb of asking inside it.
 */
export const FACILITATOR_ASIDE_BEFORE_RE =
  /,\s*(?:(?:mindful\s+of|bearing\s+in\s+mind|in\s+(?:close\s+)?(?:collaboration|cooperation|consultation|partnership|coordination)\s+with|within\s+existing\s+resources)\b[^,;]{1,160}|in\s+(?:close\s+)?(?:collaboration|cooperation|consultation|partnership|coordination)\s+with\s(?:(?!\b(?:invites?|requests?|encourages?|urges?|calls)\b)[^;:]){1,320}?),\s*$/;

/** A Year or Decade and the period it was declared for (periodDeclaredFor): ", declared by the " before the declaring body */
export const PERIOD_DECLARED_BY_GAP_RE = /^,?\s+(?:declared|proclaimed)\s+by\s+(?:the\s+)?$/;
/** ... " for the period " after that body */
export const FOR_THE_PERIOD_GAP_RE = /^\s+for\s+the\s+period\s+$/;
/** ... or " proclaimed for the period " right after the name */
export const PERIOD_DECLARED_FOR_GAP_RE = /^,?\s+(?:declared|proclaimed)\s+for\s+the\s+period\s+$/;

/**
 * A body's session numbered by the year printed after it, "its" pointing back to the body: "the report of the Special Committee
 * on the work of its session held in 2023" (A/RES/78/111 PP16), "Requests the Special Committee, at its session in 2024"
 * (OP3, OP8), "Decides that the Special Committee shall hold its next session from 20 to 28 February 2024" (OP2; 79/125,
 * 80/166, the Charter Committee's texts): the session "its 2024 session" would name. Groups 1 and 2: the noun and the year
 * printed after it; 3 and 4: the noun and the year ending the dates after it.
 */
export const ITS_SESSION_YEAR_AFTER_RE = letterRe(
  String.raw`\bits\s+(?:next\s+)?(session)\s+(?:held\s+)?in\s+((?:19|20)\d\d)(?![\d\p{L}])|\bits\s+next\s+(session)(?=\s+from\s+\d{1,2}(?:\s+[A-Z][a-z]+)?\s+to\s+\d{1,2}\s+[A-Z][a-z]+\s+((?:19|20)\d\d)(?![\d\p{L}]))`,
  'gu',
);

/** "the next session of the " right before a sitting body's name (A/RES/78/108 OP17, 78/111 OP6, 80/76) */
export const NEXT_SESSION_OF_THE = 'next session of the ';
/** A session held in two parts, two ranges of days after its name in one clause: "from 15 April to 31 May 2024, which will coincide
 *  with ..., and from 1 July to 2 August 2024" (A/RES/78/108 OP17): neither range dates the whole session */
export const TWO_PARTS_HELD_AFTER_RE = /^[^;]*?\bfrom\s+\d{1,2}\b[^;]*?\bfrom\s+\d{1,2}\b/;
/**
 * After that body's name, the year the session is to be held in: "..., shall be held at the United Nations Office at Geneva
 * from 15 April to 31 May 2024" (A/RES/78/108 OP17; 79/121 OP18), ", to be held in 2026" (A/RES/80/76 OP33). Group 1: the first
 * year printed in the same clause.
 */
export const SESSION_HELD_IN_YEAR_AFTER_RE = /^,?\s+(?:shall\s+be\s+|will\s+be\s+|to\s+be\s+)held\b[^;,]{0,90}?(?<!\d)((?:19|20)\d\d)(?!\d)/;

/**
 * A numbered sitting of a treaty's Conference or Meeting of the Parties, named by its ordinal (lowercase: the sitting's own
 * name, not "the Fifth Conference of States Parties"): "twenty-eighth session of the Conference of the Parties to the United
 * Nations Framework Convention on Climate Change", "sixth session of the Conference of the Parties serving as the Meeting of
 * the Parties to the Paris Agreement", "fourth special session of the Conference of the States Parties to ...", "fifteenth
 * meeting of the Conference of the Contracting Parties to the Convention on Wetlands" (A/RES/80/3 annex para. 12, the Ramsar
 * Convention's name for its Parties). Group 1: the Conference (or Meeting), the series the sitting belongs to (attributions.ts
 * partiesConferenceOf: SESSION_OF).
 */
export const PARTIES_CONFERENCE_SITTING_RE = new RegExp(
  `^${ORDINAL_SOURCE} (?:(?:special|extraordinary|regular|resumed) )?(?:session|meeting) of the ((?:Conference|Meeting) of the (?:States |Contracting )?Parties\\b.+)$`,
);

/**
 * The title of a text on a body's report of one numbered session: "Report of the International Law Commission on the work of its
 * seventy-fifth session" (A/RES/79/121, 78/108, 80/164). Group 1: the body; 2: the session's ordinal.
 */
export const REPORT_ON_ITS_SESSION_TITLE_RE = new RegExp(`^Report of the (.+?) on the work of its (${ORDINAL_SOURCE}) session$`);

/** Before an event a sitting was held in: ", as part of the " ("..., convened ... in New York on 19 and 20 June 2023, as part of the
 *  third Counter-Terrorism Week at the United Nations", A/RES/78/115 PP19; attributions.ts sittingPartOfEventAttributions) */
export const AS_PART_OF_BEFORE_RE = /,\s+as\s+(?:an?\s+)?(?:integral\s+)?part\s+of\s+(?:the\s+)?$/;

/**
 * A numbered sitting whose name the scan closed at the first of the bodies printed before a joint body's name: "the fifth meeting
 * of the Food and Agriculture Organization of the United Nations, International Maritime Organization and International Labour
 * Organization Joint Ad Hoc Working Group on ..." (A/RES/79/144 OP108). Group 1: the sitting's words before " of the ".
 */
export const NUMBERED_SITTING_OF_RE = new RegExp(`^((?:${ORDINAL_SOURCE})(?: [a-z]+)? (?:meeting|session)) of the `, 'i');
/** between two of the bodies listed before the joint body's name: ", " or " and " */
export const LISTED_OWNERS_GAP_RE = /^(?:,\s+(?:and\s+)?|\s+and\s+)$/;
/** the head of a body the listed owners hold together, opening its name */
export const JOINT_BODY_HEAD = 'Joint ';
/** A numbered sitting of an organization's Conference printed as its edition: "the forty-fourth Conference of the Food and
 *  Agriculture Organization of the United Nations" (A/RES/80/133 PP10), "the Twelfth Ministerial Conference of the World Trade
 *  Organization" (A/RES/78/134 OP21), or by its year: "the 2011 Ministerial Conference" (A/RES/80/121 OP13, named by the scan with
 *  the WTO). Group 1: the Conference's name. */
export const NUMBERED_ORGAN_CONFERENCE_RE = new RegExp(`^(?:${ORDINAL_SOURCE}|(?:19|20)\\d\\d) ((?:Ministerial )?Conference of the .+)$`, 'i');

/**
 * A new verb clause between a sitting and a date the scan read for it: "... by the Maritime Safety Committee ... at its 103rd
 * session,72 recalls the primary role of States ..., welcomes the adoption in Yaoundé on 25 June 2013 of the Code of Conduct ..."
 * (A/RES/78/69 OP143): the day is another clause's (attributions.ts eventAttributions).
 */
export const CLAUSE_VERB_BETWEEN_RE =
  /,\s+(?:and\s+)?(?:also\s+|further\s+)?(?:recalls|recalling|welcomes|welcoming|notes|noting|supports|supporting|urges|urging|encourages|encouraging|invites|inviting|requests|requesting|reaffirms|reaffirming|recognizes|recognizing|emphasizes|emphasizing|stresses|stressing|underlines|underlining|takes\s+note|taking\s+note)\b/;
/** ... the day of an adoption printed in that clause: "welcomes the adoption in Yaoundé on " (the words right before the day) */
export const ADOPTION_BEFORE_DAY_RE = /\badoption\b[^,;]{0,60}$/;
/** A numbered resumed session of a numbered sitting, as the scan names the two (entityScan.ts resumedSessionsOfSittings): "first
 *  resumed session of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity" (A/RES/80/135
 *  PP15, 79/313 PP31). Group 1: the sitting's name. */
export const NUMBERED_RESUMED_SESSION_OF_SITTING_RE = new RegExp(`^(?:first|second|third) resumed session of the ((?:${ORDINAL_SOURCE}) (?:meeting|session) of the .+)$`);
/** A numbered Meeting of the Parties to a protocol whose governing body it is: "the thirty-sixth Meeting of the Parties to the
 *  Montreal Protocol" (A/RES/80/138 PP5, 79/206, 78/153). Group 1: the protocol as printed (attributions.ts
 *  partiesConferenceOf: SESSION_OF its Meeting of the Parties, when the gazetteer knows the protocol). */
export const NUMBERED_MEETING_OF_THE_PARTIES_RE = new RegExp(`^(?:${ORDINAL_SOURCE}) Meeting of the Parties to the (.+)$`, 'i');
/** A Conference of States Parties numbered as its edition: "the Eleventh Conference of States Parties to the Arms Trade Treaty",
 *  "the Fifth Conference of States Parties to the African Nuclear-Weapon-Free Zone Treaty", "the Fourth Conference of States Parties
 *  and Signatories to Treaties that Establish Nuclear-Weapon-Free Zones and Mongolia" (A/RES/80/59, 79/40, 80/50). Group 1: the
 *  Conference, the series (attributions.ts partiesConferenceOf: SESSION_OF), as PARTIES_CONFERENCE_SITTING_RE's. */
export const NUMBERED_STATES_PARTIES_CONFERENCE_RE = new RegExp(`^(?:${ORDINAL_SOURCE}) (Conference of (?:the )?States Parties\\b.+)$`, 'i');
/** A treaty's review conference printed as "<Ordinal> Special Session of the Conference of the States Parties to Review the Operation
 *  of the Chemical Weapons Convention" (A/RES/79/56 PP6, PP7, PP8; 78/29, 80/34), keyed as that treaty's review conference: a session
 *  of the Conference of the States Parties all the same. Group 1: the instrument as printed (attributions.ts partiesConferenceOf). */
export const SPECIAL_SESSION_TO_REVIEW_NAME_RE = new RegExp(`^(?:${ORDINAL_SOURCE}) Special Session of the Conference of (?:the )?States Parties to Review the Operation of the (.+)$`, 'i');

/** after a name: the acronym of its last words, then "Countries", the group the name goes on to name ("the first Forum on School
 *  Feeding for Commonwealth of Independent States (CIS) Countries in Bishkek", A/RES/79/227 OP38, 79/276 PP5): the acronym
 *  stands in the middle of the name. Not "(ASEAN) Member States" nor "(APEC) Economies" after a body's own name: those are the
 *  body's members, no longer name (and entityScan.ts gates the rule by ") C"). Group `acronym` the letters, the match ends after
 *  "Countries" */
export const ACRONYM_INSIDE_NAME_AFTER_RE = /^ \((?<acronym>[A-Z]{2,8})\) Countries\b/;

/** right before a name: a group's acronym in brackets ("... South Africa (BRICS) "), the end of the text before the name's own
 *  words ("the Brazil, Russian Federation, India, China and South Africa (BRICS) Tuberculosis Research Network", A/RES/73/3
 *  OP44). Group `acronym` the letters; the match starts at the space before the bracket */
export const ACRONYM_BRACKETS_BEFORE_NAME_RE = / \((?<acronym>[A-Z]{3,8})\) $/;
const LISTED_NAME_SOURCE = String.raw`[A-Z][\p{L}’'-]*(?: [A-Z][\p{L}’'-]*)*`;
/** the end of a text before an acronym in brackets: a list of three or more capitalised names ("Brazil, Russian Federation,
 *  India, China and South Africa"), the members whose initials the acronym spells (entityScan.ts namesAfterListedMembers) */
export const LISTED_NAMES_END_RE = letterRe(String.raw`(?<![\p{L}\p{N}])(?:${LISTED_NAME_SOURCE}, ){2,}${LISTED_NAME_SOURCE},? and ${LISTED_NAME_SOURCE}$`, 'u');
/** between two names of such a list */
export const LISTED_NAMES_SEPARATOR_RE = /,? and |, /;

/** the year printed right before a lowercase sitting of a body (LOWERCASE_SITTING_RE lets it stand there): "the 2023 |high-level
 *  debate of the General Assembly" (A/RES/78/225 OP4); tested on the few characters before the sitting's first qualifier */
export const SITTING_YEAR_BEFORE_RE = /(?<![\d-])(?:19|20)\d\d\s+$/;

/** "the discussions at the operational activities for development segment of the 2023 session of the Economic and Social Council"
 *  (A/RES/78/162 PP11, 80/149 PP11): the Council's segment, a sitting part of that session (entityScan sittingsOfSessions, as the
 *  general debate of a session is; extract.ts sessionsOfTheirSittings) */
export const OAD_SEGMENT_OF = 'operational activities for development segment of the ';
