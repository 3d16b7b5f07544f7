// Head nouns and lowercase-topic patterns that make an unknown capitalised name an Organization
// ("Working Group on Enhanced Cooperation", "Special Rapporteur on the right to privacy").
import { letterRe, letterSource } from '../letter-classes.js';

/** Head words of organization names (last head before the first preposition decides the kind). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'Commission', 'Committee', 'Council', 'Panel', 'Group', 'Force', 'Office', 'Fund', 'Agency', 'Organization', 'Organisation',
  'Union', 'Bank', 'Board', 'Body', 'Secretariat', 'Institute', 'Centre', 'Center', 'Department', 'Division', 'Entity',
  'Authority', 'Court', 'Tribunal', 'Mission', 'Rapporteur', 'Envoy', 'Representative', 'Adviser', 'Expert', 'Ombudsperson',
  'Unit', 'Service', 'Bureau', 'Team', 'Parliament', 'University', 'Academy', 'Foundation', 'Association', 'Federation',
  'Movement', 'League', 'Assembly', 'Secretary-General', 'Under-Secretary-General', 'Administration', 'Ministry', 'Agencies', 'Commissioner',
  // ("the Terrorism Prevention Branch of the United Nations Office on Drugs and Crime", A/RES/80/171 OP22)
  'Branch',
  // ("the Subcommittee on Accreditation of the Global Alliance of National Human Rights Institutions", A/RES/78/204 OP21, OP22;
  // "the Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment")
  'Subcommittee',
  // ("the Treaty Section of the Office of Legal Affairs", A/RES/80/170 PP4; "the Editing Section", "the Countering Terrorism Section")
  'Section',
  // a peacekeeping operation ("the United Nations Operation in Côte d’Ivoire", A/RES/78/299; "the African Union-United Nations
  // Hybrid Operation in Darfur", A/RES/78/308), as a "Mission" is
  'Operation',
  // a State's forces named as a body ("the Afghan National Defence and Security Forces", A/RES/79/317 OP15; "the Syrian Arab
  // Armed Forces", A/RES/78/222), as its "Air Force" is
  'Forces',
  // a convention's science body ("the Science-Policy Interface of the Convention" to Combat Desertification, A/RES/79/212 OP18, 78/158,
  // 80/143)
  'Interface',
  // the posts printed with a non-breaking hyphen, a joiner of capitalChunks' words ("the Under\u2011Secretary-General for Economic and
  // Social Affairs", A/RES/80/191 OP5; keys.ts folds it to "-")
  'Under\u2011Secretary-General', 'Secretary\u2011General',
]);

/**
 * Mandate-holders and bodies whose names continue with a lowercase topic, up to the next comma,
 * semicolon, parenthesis or reporting verb, or the words that start the clause around the name: "to" and
 * an action ("to hasten the release ...", "to the General Assembly"), "and the <next name>", "for briefing",
 * "with all the assistance", "in the fulfilment of its mandate", "since the establishment", "so far".
 * (The mandates the Council keeps are in the gazetteer, gazetteer/mandates.ts; this bounds the others.)
 * (a comma before "rules and principles" is inside the topic: "the open-ended working group on reducing space threats
 * through norms, rules and principles of responsible behaviours", A/RES/79/22 OP2)
 * (in a title, a comma opens a list of the topic's items that ends at its closing quote: “Open-ended intergovernmental working
 * group on an optional protocol to the Convention on the Rights of the Child on the rights to early childhood education, free
 * pre-primary education and free secondary education”, A/RES/80/190 PP12)
 */
const TOPIC = letterSource(String.raw`(?!\d)(?:the\s+)?(?:[^,;:()“”"\[\]]|,(?=\s+rules\s+and\s+principles\s)|,(?=[^;:()“”"\[\]]{1,160}\sand\s[^,;:()“”"\[\]]{1,80}”)){3,200}?(?=\s*(?:,(?!\s+rules\s+and\s+principles\s|[^;:()“”"\[\]]{1,160}\sand\s[^,;:()“”"\[\]]{1,80}”)|[;:()“”"\[\]]|$)|(?<=\p{L})\d{1,3}(?=[\s,.;]|$)|\s+(?:to\s+(?:be\s+)?(?:held|convened|submit|present|continue|report|include|engage)|established|entitled|held|convened|which|who|that|as\s+well\s+as|in\s+accordance|submitted|presented|prepared|in\s+(?:his|her|its|their)|in\s+the\s+(?:fulfilment|performance|implementation|follow-up|discharge)|to\s+(?:the\s+(?:General\s+Assembly|Human\s+Rights\s+Council|Council)|this|that|consider|hasten|galvanize|give|address|consult|facilitate|cooperate|further|make|provide|ensure|assist|support|undertake|follow|pay|conduct|visit|prepare|contribute|carry|share|identify|monitor|respond|discharge)|and\s+(?:the|in|relevant|United\s+Nations)|for\s+(?:briefing|a\s+period|the\s+(?:period|purpose))|on\s+(?:his|her|its|their)|during|with\s+(?:all|the|relevant|a\s+view)|so\s+far|since\s+the|without|of\s+looking|open\s+to\s+all|would|should|shall|will|may|might|could|must|is|are|was|were|has|have|had|on\s+\d|(?:in|for)\s+(?:19|20)\d\d)\b)`);

// (the Commission's rapporteur on a topic as the Council's on a mandate: "the Special Rapporteur of the International Law
// Commission on the protection of persons in the event of disasters", A/RES/80/169 OP11, 79/122)
// (an organization's advisory group printed in lower case: "under the technical advisory group on global air pollution and health
// of the World Health Organization", A/RES/79/212 OP13, 78/158, 80/143)
// (a body's informal working group printed in lower case: "Recognizing the informal working group on consumer product safety,
// established at the third session of the Intergovernmental Group of Experts on Consumer Protection Law and Policy", A/RES/80/119 PP14)
export const LOWERCASE_TOPIC_ORG_RE = letterRe(
  String.raw`(?<![\p{L}\p{N}])(?:(?:Special|Personal)\s+(?:Envoy|Representative|Adviser)\s+of\s+the\s+Secretary-General\s+(?:for|on)|Special\s+Rapporteur(?:\s+of\s+the\s+(?:Human\s+Rights\s+Council|International\s+Law\s+Commission))?\s+on|Independent\s+Expert\s+on|(?:Working\s+Group\s+on|[Oo]pen-ended\s+(?:intergovernmental\s+)?[Ww]orking\s+[Gg]roup\s+on|Group\s+of\s+Governmental\s+Experts\s+on|Ad\s+Hoc\s+Committee\s+on|technical\s+advisory\s+group\s+on|informal\s+working\s+group\s+on)(?=\s+(?!the\s+[A-Z])(?!(?:its|his|her|their)\s)(?:the\s+)?[a-z]))\s+${TOPIC}`,
  'gu',
);

/**
 * Before a body whose name LOWERCASE_TOPIC_ORG_RE would read on: the talks held at it. "Encourages Member States to continue
 * exchanging views at the Open-ended Working Group on intergovernmental regular institutional dialogue on security ..." (A/RES/78/237
 * OP6): the lower-case words after "on" are what the views are on, and the body is the group the text named before (its short form).
 */
export const TALKS_AT_BODY_BEFORE_RE = /\b(?:views|discussions?|discussing|deliberations|negotiations|consultations)\s+(?:at|in|within)\s+the\s+$/;

/**
 * A body printed in lower case with no name of its own, named by the organ that established it and its mandate: "the open-ended
 * intergovernmental working group established by the Human Rights Council with the mandate of considering the possibility of
 * elaborating an international regulatory framework, ... on the regulation, monitoring and oversight of the activities of private
 * military and security companies" (A/RES/78/191 PP7, 79/162, 80/194). Group 1 is the printed body, the gazetteer's short form of
 * the group's full name; the establisher stays a name of its own.
 */
export const GROUP_NAMED_BY_ESTABLISHER_RE =
  /\bthe\s+(open-ended\s+intergovernmental\s+working\s+group)(?=\s+established\s+by\s+the\s+Human\s+Rights\s+Council\s+with\s+the\s+mandate\s+of\s+considering\s+the\s+possibility\s+of\s+elaborating\s+an\s+international\s+regulatory\s+framework\b)/g;
/** the gazetteer name of the group GROUP_NAMED_BY_ESTABLISHER_RE reads (gazetteer/mandates.ts) */
export const PMSC_WORKING_GROUP =
  'open-ended intergovernmental working group on an international regulatory framework on the regulation, monitoring and oversight of the activities of private military and security companies';

/** "the Government of Ghana": the country, not a separate organization node. */
export const GOVERNMENT_OF_RE = /\bGovernments?\s+of\s+(?:the\s+)?/y;

/**
 * Between a committee and the body whose Main Committee it is said to be: "recognizing that the Fifth Committee is the appropriate
 * Main Committee of the General Assembly entrusted with responsibilities for administrative and budgetary matters" (A/RES/80/83
 * PP15 and 10 more texts of corpus-ga), "Recalling the Third Committee as the Main Committee of the General Assembly in charge of
 * social, humanitarian and cultural issues" (A/RES/78/188 PP): the committee is PART_OF that body, as "the Fifth Committee of the
 * General Assembly" is.
 */
export const MAIN_COMMITTEE_OF_GAP_RE = /^,?\s+(?:is|as)\s+(?:the\s+)?(?:(?:appropriate|relevant|competent)\s+)?Main\s+Committee\s+of\s+(?:the\s+)?$/;

/**
 * Between a body and the body it is said to be a subsidiary organ of: "in which it established the Human Rights Council as a
 * subsidiary organ of the General Assembly" (A/RES/79/192 PP4), "Reaffirms the role of the Committee for Programme and
 * Coordination as the main subsidiary organ of the General Assembly and the Economic and Social Council" (A/RES/78/244 OP1,
 * 79/247, 80/233), "the Disarmament Commission as the specialized, deliberative subsidiary body of the General Assembly"
 * (A/RES/78/62 PP5), "the Commission for Social Development, as a functional commission of the Economic and Social Council"
 * (A/RES/78/174 OP69): PART_OF that body (and the one printed after "and the", AND_THE_SECOND_BODY_GAP_RE). Lower-case adjectives only
 * between the article and the noun.
 */
export const SUBSIDIARY_ORGAN_OF_GAP_RE =
  /^,?\s+(?:is|as)\s+(?:a|an|the)\s+(?:[a-z-]+,?\s+){0,3}?(?:subsidiary\s+(?:organ|body)|functional\s+commission)\s+of\s+(?:the\s+)?$/;
/**
 * Between a body and the treaty it was set up under: "the Group of Governmental Experts on Emerging Technologies in the Area of
 * Lethal Autonomous Weapons Systems, established under the Convention on Prohibitions or Restrictions on the Use of Certain
 * Conventional Weapons ..." (A/RES/79/62 PP7, 78/241, 79/239, 80/57, 80/58), "the OSPAR Commission established by the
 * Convention for the Protection of the Marine Environment of the North-East Atlantic" (A/RES/78/68 and four more texts): the
 * body is the treaty's organ, PART_OF it, as "the Treaty’s Scientific Advisory Group" is (extract.ts possessiveOwnerBeforeParts).
 * Not "to be established pursuant to the Convention" (a body still to come).
 */
export const ESTABLISHED_UNDER_TREATY_GAP_RE = /^,?\s+(?:which\s+was\s+)?established\s+(?:under|by)\s+(?:the\s+)?$/;
/** the instruments whose organs a body so established is: a treaty, convention, protocol, statute or covenant (not a charter,
 *  whose principal organs are the Organization's: "the International Court of Justice, established by the Charter"); and a
 *  compact whose working groups are its organs ("the Working Group on Border Management and Law Enforcement related to
 *  Counter-Terrorism of the United Nations Global Counter-Terrorism Coordination Compact", A/RES/79/53 PP28) */
export const ORGAN_OWNING_INSTRUMENT_RE = /\b(?:Convention|Treaty|Protocol|Statute|Covenant|Compact)\b/;

/**
 * Between two bodies that share what is said of the first: the two parents of a subsidiary organ ("of the General Assembly
 * and the Economic and Social Council"), the two bodies after a plural post ("the Chairs of the Fifth Committee and the
 * Advisory Committee ...", officerPosts.ts: both chairs).
 */
export const AND_THE_SECOND_BODY_GAP_RE = /^\s+and\s+(?:of\s+)?the\s+$/;
/**
 * Between two bodies of a list after a plural post that goes on past them: "the Presidents of the General Assembly, the Economic
 * and Social Council and the Security Council" (A/RES/79/327 OP3): the comma before a next "the" (the last comes after "and the").
 */
export const LISTED_SECOND_BODY_GAP_RE = /^,\s+the\s+$/;

/**
 * Between two bodies of a dated list after a plural post: "the letters ... from the Chairs of the Disarmament and International
 * Security Committee (First Committee) dated 22 October 2024,4 the Economic and Financial Committee (Second Committee) dated 25
 * October 2024,5 ... and the Special Political and Decolonization Committee (Fourth Committee) dated 23 October 2024 7 addressed
 * to the Chair of the Fifth Committee" (A/RES/79/247 PP4, 78/244, 80/233): each body's chair wrote its letter (officerPosts.ts).
 * The body's short name in brackets may stand before the date.
 */
export const DATED_LIST_SECOND_BODY_GAP_RE = /^(?:\s+\([^()]{1,40}\))?\s+dated\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*,?\s*\d{0,3},?\s+(?:and\s+)?the\s+$/;

/** between two bodies that both own the name after them: "the World Health Organization and United Nations Children's Fund
 *  Joint Monitoring Programme" (a bare "and", no article: "X and the Y" lists two names) */
export const JOINT_OWNERS_GAP_RE = /^\s+and\s+$/;

/** a body that numbers its working groups: UNCITRAL's "Working Group III", the IPCC's "Working Group I", the Disarmament
 *  Commission's (not an "Agency" or a "Union" listed before one: "the Swiss Agency for Development and Cooperation ... the
 *  deliberations of Working Group III", A/RES/78/103 OP14) */
export const NUMBERED_GROUP_OWNER_HEAD_RE = /\b(?:Commission|Panel|Committee|Council|Conference)\b/;
/** a body's numbered working group by its generic name: "Working Group III", "Working Group I" (keyed with its owner:
 *  "Working Group III (United Nations Commission on International Trade Law)", entityScan.ts numberedBodyOwner) */
export const NUMBERED_WORKING_GROUP_RE = /^Working Group (?:[IVX]{1,4}|\d{1,2})$/;

/** the text sets up a commission it does not name: "to establish a commission that will administer the fund" (S/RES/687 OP18) */
export const SETS_UP_A_COMMISSION_RE = /\b(?:establish|create|set up|establishment of|creation of) a commission\b/;

/** a staff grade in parentheses after a post's title, not an acronym: "One post of Military Adviser (P-4)", "Senior Legal
 *  Officer (P-5)", "Public Information Assistant (G-5)", "(D-1)" (A/RES/79/258 VIII.OP28) */
export const STAFF_GRADE_RE = /^(?:[PDG]|FS|GS|NO)-\d$/;

/** right before "United Nations Volunteers", the staff category, not the programme: "to increase the participation of national
 *  staff, including national United Nations Volunteers" (A/RES/78/309 OP3), "interns, type II gratis personnel and volunteers
 *  (other than United Nations Volunteers)" (A/RES/78/248 OP13), "the participation of persons with disabilities, including as
 *  on-site and online United Nations Volunteers" (A/RES/79/148 PP4: the people who serve so) */
export const VOLUNTEERS_AS_STAFF_BEFORE_RE = /\b(?:national|international|online|on-site|onsite|other\s+than)\s+$/;

/** right before a post's title: "to abolish one post of ", "the position of " (A/RES/79/258 VIII.OP28, XVII.OP29) */
export const POST_OF_BEFORE_RE = /\b(?:posts?|positions?) of (?:an? )?$/;

/** a post's bare title, every word capitalised: "Military Adviser" (not "Special Representative of the Secretary-General for ...") */
export const BARE_TITLE_RE = /^[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}$/;

/**
 * Right after "United Nations": a hyphened participle and a lowercase noun, the name as one half of a compound adjective ("all
 * United Nations-led mediation and peace processes", A/RES/79/1 OP40; "a subsequent United Nations-led intergovernmental process",
 * "United Nations-supported facilities", "United Nations-related instruments"): no Organization, as "United Nations entities" is
 * none (UN_ADJECTIVE_RE). A capitalised name after it stays the thing the Organization leads ("the United Nations-led Doha process",
 * A/RES/79/317, LEADS in attributions.ts).
 */
export const UN_COMPOUND_ADJECTIVE_AFTER_RE = /^[-\u2011][a-z]+\s+[a-z]/;

/**
 * Right before a body's name, the post that presides it: "the Chair of the ", "the Co-Chairs of the ", "its Vice-Chair of the ",
 * "the Chairperson of the ", "the Rapporteur of the ", "the Executive Secretary of the " (the head of a body's secretariat: "the
 * sustained efforts by the Executive Secretary of the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty
 * Organization", A/RES/80/70 PP8), "the Administrator of the " (the head of a programme: "the report of the Administrator of the United
 * Nations Development Programme", A/RES/80/156 OP4) (group 1: the post as printed, plural or not). Not "as the Chair of the ..." (officerPosts.ts:
 * the name before "as" holds the post), not "the 2024 Chair of the ..." (a year between: a State's term).
 */
export const POST_OF_BODY_BEFORE_RE = /(?:^|[^\w-])(?:[Tt]he|[Ii]ts)\s+((?:Co-|Vice-)?(?:Chair(?:person|man|woman)?|Rapporteur)s?|Executive\s+Secretar(?:y|ies)|Administrator)\s+of\s+the\s+$/;
/** POST_OF_SITTING_BEFORE_RE's post stands for the sitting's mention unless the sitting's own facts follow ("the summary by the Chair of the meeting of the Ad Hoc Liaison Committee held on 22
 *  September 2014", A/RES/78/121 PP19, 79/141): the sitting stays the mention, which carries its date (the post would drop it) */
export const SITTING_HELD_AFTER_RE = /^,?\s+held\b/;
/**
 * Right before a sitting's name (an Event), the post that presides it: "submitted by the President of the Twenty-first Meeting of the
 * States Parties to the Convention" (A/RES/79/53 PP22), "the dialogue undertaken by the President of the twelfth Meeting of States
 * Parties" (79/58 PP16), "To request the President of the Seventeenth Annual Conference of the High Contracting Parties" (78/64 OP8):
 * the officer takes the verb, the sitting in its name none (lead, session 63). "President" here too, unlike POST_OF_BODY_BEFORE_RE's
 * bodies (the gazetteer keys a body's President); singular only ("the two Presidents of the Conference" elect officers of it).
 */
export const POST_OF_SITTING_BEFORE_RE = /(?:^|[^\w-])(?:[Tt]he|[Ii]ts)\s+(President|(?:Co-|Vice-)?Chair(?:person|man|woman)?)\s+of\s+the\s+$/;
/**
 * ... or a plural post with no article, joined to another officer: "incoming Presidents of the General Assembly and Chairs of the
 * Fifth Committee shall reach out to ..." (A/RES/79/247 OP8, 78/244, 80/233). Plural only: a singular after "and" lists offices to
 * fill ("the offices of Chair of the Committee and Chair of the Legal Subcommittee", A/RES/80/76), not posts addressed. Group 1 as
 * POST_OF_BODY_BEFORE_RE's.
 */
export const PLURAL_POST_AFTER_AND_BEFORE_RE = /(?:^|[^\w-])and\s+((?:Co-|Vice-)?(?:Chair(?:person|man|woman)?|Rapporteur)s)\s+of\s+the\s+$/;
/**
 * Right before a Territory's name, the post that heads its government: "as conveyed by the Premier of Montserrat to the Chair of
 * the Special Committee" (A/RES/80/97 PP21), "a representative of the Governor of Guam" (80/96 PP20), "the Governor of American
 * Samoa", "the Chief Minister of Anguilla", "the new President of French Polynesia" (A/RES/78/91 PP18; group 1: the post as
 * printed, group 2: "the " before the name if printed).
 */
export const POST_OF_TERRITORY_BEFORE_RE = /(?:^|[^\w-])(?:[Tt]he|[Ii]ts)\s+(?:new\s+)?(Premier|(?:Lieutenant\s+)?Governor|Chief\s+Minister|President)\s+of\s+(the\s+)?$/;
/**
 * The same post printed before the Government it speaks for: "the statement made by the Lieutenant Governor, as a representative
 * of the Government of the United States Virgin Islands, at the 2025 Pacific regional seminar" (A/RES/80/103 PP18, 78/90, 79/103);
 * groups as POST_OF_TERRITORY_BEFORE_RE's.
 */
export const POST_FOR_TERRITORY_BEFORE_RE = /(?:^|[^\w-])[Tt]he\s+(Premier|(?:Lieutenant\s+)?Governor|Chief\s+Minister),\s+as\s+(?:a|the)\s+representative\s+of\s+the\s+Government\s+of\s+(the\s+)?$/;
/**
 * The same post printed bare in a "Question of <Territory>" text: "the renewed invitation extended by the Premier to the Special
 * Committee" (A/RES/78/89 PP19), "the establishment of the Commission of Inquiry by the Governor on 18 January 2021" (78/89 PP24,
 * 79/102, 80/93), "the information provided by the Premier that Montserrat could not achieve ..." (78/93): the post of the
 * Territory the title names (entityScan.ts territoriesNamedBare). Not before "of" (POST_OF_TERRITORY_BEFORE_RE reads the name
 * printed), ", as" (POST_FOR_TERRITORY_BEFORE_RE) nor a possessive ("to override the Governor’s veto", 78/86 PP29: the veto is
 * the topic). Group 1 the post.
 */
export const TERRITORY_POST_BARE_RE = /(?<![\w-])the\s+(Premier|Governor|Chief\s+Minister)(?![\w-])(?!\s+of\b)(?![’']s\b)(?!,\s+as\b)/g;
/** POST_OF_TERRITORY_BEFORE_RE's post that heads a State's government too ("the President of the Russian Federation"): a Territory's
 *  only for a Non-Self-Governing Territory ("the representative of the President of French Polynesia", A/RES/78/91 PP18, PP19) */
export const STATE_OR_TERRITORY_POST = 'President';
/** before "the <post> of the": "as" (the name before it is the post holder, "the Secretary-General, as the Chair of the ...") */
export const AS_BEFORE_POST_RE = /\bas\s+$/;
/** officers and offices named after whom they serve ("Special Envoy of the Secretary-General", "Office of the United Nations
 *  High Commissioner for Refugees"): no organ of that body (extract.ts organsOfNestedOwners, attributions.ts andItsPartAttributions) */
export const OFFICER_OR_OFFICE_RE = /^(?:Office|Secretary-General|Deputy|Under-Secretary-General|Assistant|President|Vice-President|Chair|Chairperson|Special|Personal|High|Executive\s+(?:Director|Secretary|Office)|Director|Administrator|Commissioner|Registrar|Prosecutor|Representative|Envoy|Independent\s+Expert)\b/;
/** the key qualifier of one of the Security Council's committees, the symbol of the resolution that set it up: "S/RES/661(1990)"
 *  (group 1: the number, 2: the year; entityScan.ts councilCommitteeName) */
export const COUNCIL_COMMITTEE_QUALIFIER_RE = /^S\/RES\/(\d{1,4})\(((?:19|20)\d\d)\)$/;
/** a special procedure's mandate holder ("Special Rapporteur of the Human Rights Council on ...", "Special Rapporteur of the
 *  International Law Commission on ..."): an officer by its title, yet a mechanism of the body printed in it, PART_OF that body
 *  (extract.ts organsOfNestedOwners), unlike an envoy "of the Secretary-General" who serves a post */
export const MANDATE_HOLDER_RE = /^(?:Special\s+Rapporteur|Independent\s+Expert)\b/;

/** one capitalised word read at lastIndex: "Commonwealth" in "the Secretary-General of the Commonwealth" (a short form) */
export const CAPITAL_WORD_STICKY_RE = letterRe(String.raw`\p{Lu}[\p{L}’'-]*(?![\p{L}\p{N}])`, 'y');

/**
 * Between an organ and the body it works inside (attributions.ts withinBodyAttributions): "the United Nations Counter-Terrorism
 * Centre is performing its duties within the Office of Counter-Terrorism" (A/RES/78/115 OP21, 79/129, 80/171), "the Implementation
 * Support Unit within the Office for Disarmament Affairs", "the Equality for Women and Men Unit within the International
 * Organization of la Francophonie"; the organ PART_OF the body.
 */
export const WITHIN_BODY_GAP_RE = /^\s+(?:(?:is|are)\s+performing\s+(?:its|their)\s+(?:duties|functions)\s+|(?:(?:is|was)\s+)?(?:established|located|housed|based)\s+)?within\s+(?:the\s+)?$/;
