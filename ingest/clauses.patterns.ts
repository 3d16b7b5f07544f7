// The verb table of the genre: how each main verb is printed at the start of a
// preambular paragraph (participle or adjective: "Recalling", "Mindful of"),
// of an operative paragraph (third person: "Recalls", "Calls upon"), or of a
// declaration's paragraph ("We recognize"), and the relation it maps to.
// A verb with no relation in graph/model.ts (e.g. "Bearing in mind",
// "Convinced", "Having considered") still opens a clause, with relation undefined.
import type { VerbRelationType } from '../graph/model-keys.js';
import { MONTHS } from './months.patterns.js';

export interface VerbEntry {
  /** regex source of the verb stem forms, without the first letter's case (added when compiled) */
  forms: string;
  relation?: VerbRelationType;
  /**
   * 'strong': may open a later clause after a plain " and " (", and" always does);
   * 'weak': only after a comma or semicolon (nouns or common subordinate uses: "supports", "considers");
   * 'lead': only at the start of a paragraph (adjectives such as "Convinced", "Having considered").
   */
  later: 'strong' | 'weak' | 'lead';
  /** participles that may open a later clause inside an operative paragraph ("..., emphasizing ...") */
  inOperative?: boolean;
}

// Forms: [stem, -s ending, -ing ending, base]. The participle, the third
// person and the base form are all accepted wherever the table is used; the
// paragraph kind decides which ones may open a later clause.
export const VERB_TABLE: VerbEntry[] = [
  // multi-word verbs first (longest match wins in the alternation order)
  { forms: 'tak(?:es|ing|e) (?:fully |duly |also |further |into )?(?:into )?(?:account|consideration)', relation: 'TAKES_INTO_ACCOUNT', later: 'weak' },
  { forms: 'tak(?:es|ing|e) (?:also |further )?(?:(?:careful|due|good|special|particular) )?note', relation: 'NOTES', later: 'strong', inOperative: true },
  // (in an operative paragraph too: "..., and looking forward to the convening of the Fourth International Conference on
  // Financing for Development from 30 June to 3 July 2025 in Seville, Spain" (A/RES/79/223 OP4, 79/287, 80/118): the body's
  // stance, never what the paragraph's verb acts on)
  { forms: 'look(?:s|ing)? forwards?', relation: 'LOOKS_FORWARD_TO', later: 'strong', inOperative: true },
  { forms: 'pa(?:ys|ying|y) (?:(?:a|special|particular|its|their) )?tribute', relation: 'APPRECIATES', later: 'weak' },
  // "calls in this regard for full compliance", "calls, therefore, upon Member States", "Calls, in particular, for the continuation
  // of the efforts of Member States, ..., with the assistance of the United Nations ..." (A/RES/78/70 OP3, 76/74)
  { forms: 'call(?:s|ing)?(?:,? (?:in (?:this|that) (?:regard|context)|therefore|in particular),?)? (?:(?:once again|once more|again|also|further|urgently|strongly|therefore) )*(?:upon|on|for)', relation: 'CALLS_UPON', later: 'strong' },
  { forms: 'appeal(?:s|ing)? (?:(?:once again|again|also|further|urgently|strongly) )*to', relation: 'CALLS_UPON', later: 'strong' },
  { forms: 'draw(?:s|ing)? (?:(?:the |particular |special )?attention)', relation: 'EMPHASIZES', later: 'strong' },
  { forms: 'call(?:s|ing)? (?:(?:the |particular |special )?attention)', relation: 'EMPHASIZES', later: 'strong' },
  // "Brings to the attention of the United Nations System Chief Executives Board for Coordination the importance ..." (A/RES/79/334
  // OP24): "Draws the attention of" in other words. Only as the paragraph's verb ('lead'): later in a paragraph the participle is
  // what a letter or report does ("the letter ... from the Secretary-General ... bringing to the attention of the General Assembly
  // ... developments", A/RES/79/232 PP4, 80/77)
  { forms: 'br(?:ings|inging|ing) to the (?:(?:particular|special|urgent) )?attention', relation: 'EMPHASIZES', later: 'lead' },
  // not inOperative: "Encourages the Secretary-General to ..., bearing in mind paragraphs 5 and 6 of Security Council
  // resolution 1502 (2003)" (A/RES/78/298 OP26): inside an operative paragraph the participle is an adjunct of the
  // paragraph's verb, and what it names is what that verb acts on (golden +120 verb edges, none lost)
  { forms: 'bear(?:s|ing)? (?:also |further )?in mind', later: 'strong' },
  { forms: 'keep(?:s|ing)? in mind', later: 'weak' },
  { forms: 'recall(?:s|ing)?', relation: 'RECALLS', later: 'strong', inOperative: true },
  { forms: 'reaffirm(?:s|ing)?', relation: 'REAFFIRMS', later: 'strong', inOperative: true },
  // "Reconfirms the Addis Ababa Action Agenda, and recognizes ..." (A/RES/78/174 OP68, 79/146, 80/178), "Reconfirming its endorsement
  // of the Geneva communiqué" (78/222, 79/185): "reaffirms" in other words
  { forms: 'reconfirm(?:s|ing)?', relation: 'REAFFIRMS', later: 'strong', inOperative: true },
  { forms: 'welcom(?:es|ing|e)', relation: 'WELCOMES', later: 'strong', inOperative: true },
  { forms: 'not(?:es|ing|e)(?! verbales?)', relation: 'NOTES', later: 'strong', inOperative: true },
  { forms: 'observ(?:es|ing|e)', relation: 'NOTES', later: 'weak' },
  { forms: 'recogni[sz](?:es|ing|e)', relation: 'RECOGNIZES', later: 'strong', inOperative: true },
  { forms: 'acknowledg(?:es|ing|e)', relation: 'ACKNOWLEDGES', later: 'strong', inOperative: true },
  { forms: 'encourag(?:es|ing|e)', relation: 'ENCOURAGES', later: 'strong' },
  { forms: 'urg(?:es|ing|e)', relation: 'URGES', later: 'strong' },
  { forms: 'exhort(?:s|ing)?', relation: 'URGES', later: 'strong' },
  { forms: 'invit(?:es|ing|e)', relation: 'INVITES', later: 'strong' },
  // "requesting" is far more often the adjective of the law of mutual assistance than the body's act: "in particular, requested
  // and requesting States, to cooperate" (A/RES/79/190 PP54), "States requiring and requesting assistance", "requesting
  // countries"; or a gerund after "consider": "invited States parties to consider, as appropriate, requesting the assistance of
  // the United Nations Office on Drugs and Crime" (A/RES/79/190 PP16, what the recalled resolution invited). Neither opens a
  // REQUESTS clause ("and requesting States to submit" still does: a verb with its object and infinitive). The lookbehind
  // follows the literal, so it runs only where "request" is printed
  { forms: 'request(?<!\\bconsider(?:ing)?,?\\s(?:as appropriate,\\s)?request)(?:s|ing(?!\\s(?:and|or)\\srequested\\b|\\s(?:Member\\s)?States?\\b(?!\\sto\\b)|\\s(?:countries|Governments?|Parties|parties|developing|assistance)\\b))?(?! (?:from|for|by|of|received|made|submitted)\\b)', relation: 'REQUESTS', later: 'strong' },
  // the Security Council's orders to its organs and the Secretary-General ("Directs the Secretary-General to develop",
  // S/RES/687 (1991) OP19, S/RES/1454 (2002) OP3; "Instructs the Committee", "Entrusts the Committee", S/RES/883 (1993)):
  // DESIGN.md's nearest type is REQUESTS. Only with an ending: "direct" alone is mostly the adjective
  { forms: '(?:direct|instruct|entrust)(?:s|ing)', relation: 'REQUESTS', later: 'strong' },
  // "Expresses its appreciation to those States that have received the Special Rapporteur, asks them to examine the Special
  // Rapporteur's recommendations carefully, invites them to inform ..." (A/RES/79/176 OP27): a request in other words, REQUESTS as
  // DESIGN.md's nearest type. Only with an ending and after a comma or semicolon: "advisers to ask about savers' sustainability"
  // (the plain verb) opens nothing
  { forms: 'ask(?:s|ing)', relation: 'REQUESTS', later: 'weak' },
  { forms: '(?:re-?)?emphasi[sz](?:es|ing|e)', relation: 'EMPHASIZES', later: 'strong', inOperative: true },
  { forms: 'stress(?:es|ing)?', relation: 'EMPHASIZES', later: 'strong', inOperative: true },
  { forms: 'underlin(?:es|ing|e)', relation: 'EMPHASIZES', later: 'strong', inOperative: true },
  { forms: 'highlight(?:s|ing)?', relation: 'EMPHASIZES', later: 'strong', inOperative: true },
  { forms: 'underscor(?:es|ing|e)', relation: 'EMPHASIZES', later: 'strong', inOperative: true },
  { forms: 'reiterat(?:es|ing|e)', relation: 'REITERATES', later: 'strong', inOperative: true },
  { forms: 'express(?:es|ing)?', relation: 'EXPRESSES', later: 'strong', inOperative: true },
  { forms: 'appreciat(?:es|ing|e)', relation: 'APPRECIATES', later: 'strong' },
  { forms: 'commend(?:s|ing)?', relation: 'APPRECIATES', later: 'strong' },
  { forms: 'applaud(?:s|ing)?', relation: 'APPRECIATES', later: 'strong' },
  // DESIGN.md has no relation of its own for these; they praise, as "commends" does
  { forms: 'congratulat(?:es|ing|e)', relation: 'APPRECIATES', later: 'weak' },
  // "Praising the Government of Japan for conducting an intensive, succinct and fruitful Fourteenth Congress" (A/RES/78/223
  // PP13, 79/186): only as a paragraph's verb (no "and praises" in the corpus)
  { forms: 'prais(?:es|ing|e)', relation: 'APPRECIATES', later: 'lead' },
  { forms: 'recommend(?:s|ing)?', relation: 'RECOMMENDS', later: 'strong' },
  { forms: 'regret(?:s|ting)?', relation: 'REGRETS', later: 'strong', inOperative: true },
  { forms: 'decid(?:es|ing|e)', relation: 'DECIDES', later: 'strong' },
  // "Resolves that the Secretary-General shall report to the Advisory Committee ..." (A/RES/78/255, the budget texts), "12.
  // Resolves to bridge the artificial intelligence and other digital divides ..." (A/RES/79/334): a decision in other words;
  // DESIGN.md's list has no type of its own for it, and DECIDES is the one an annotator would pick
  { forms: 'resolv(?:es|ing|e)', relation: 'DECIDES', later: 'weak' },
  { forms: 'condemn(?:s|ing)?', relation: 'CONDEMNS', later: 'strong' },
  { forms: 'deplor(?:es|ing|e)', relation: 'CONDEMNS', later: 'strong' },
  { forms: 'demand(?:s|ing)?(?! (?:for|of|from|on|by)\\b)', relation: 'DEMANDS', later: 'weak' },
  // "Requires Iraq to inform the Council" (S/RES/687 (1991) OP32): a demand; only as a paragraph's verb ("and requires
  // strengthened support" says what a thing needs)
  { forms: 'requir(?:es|ing)', relation: 'DEMANDS', later: 'lead' },
  { forms: 'support(?:s|ing)?(?! (?:for|of|from|to)\\b)', relation: 'SUPPORTS', later: 'weak' },
  { forms: 'endors(?:es|ing|e)', relation: 'ENDORSES', later: 'strong' },
  { forms: 'affirm(?:s|ing)?', relation: 'AFFIRMS', later: 'strong' },
  { forms: 'confirm(?:s|ing)?', relation: 'AFFIRMS', later: 'weak' },
  { forms: 'consider(?:s|ing)?', relation: 'CONSIDERS', later: 'weak' },
  { forms: 'declar(?:es|ing|e)', relation: 'DECLARES', later: 'weak' },
  { forms: 'proclaim(?:s|ing)?', relation: 'DECLARES', later: 'weak' },
  { forms: 'adopt(?:s|ing)?', relation: 'ADOPTS', later: 'weak' },
  { forms: 'approv(?:es|ing|e)', relation: 'APPROVES', later: 'weak' },
  { forms: 'accept(?:s|ing)?', relation: 'ACCEPTS', later: 'weak' },
  { forms: 'authori[sz](?:es|ing|e)', relation: 'AUTHORIZES', later: 'weak' },
  // verbs with no relation type: they open a clause so that later targets are not typed by the verb before
  { forms: 'remind(?:s|ing)?', later: 'weak' },
  { forms: 'reject(?:s|ing)?', later: 'weak' },
  { forms: 'agre(?:es|eing|e)', later: 'weak' },
  { forms: 'determin(?:es|ing|e)', later: 'weak' },
  // "Renews its call upon all States ... to provide the necessary support for the implementation of the Global Compact on
  // Refugees" (A/RES/80/187 OP89, 6 texts of corpus-ga; "renews its call upon", 3 more): the call said again, as "Reiterates its
  // call upon" (39 texts) is REITERATES; not "renews the global framework" (what a thing does); "Renews its previous call to all
  // States to observe strictly the principles and objectives of the Protocol for the Prohibition ..." (A/RES/79/48 OP2, 80/34)
  { forms: 'renew(?:s|ing|e)? (?:its|their|our|the) (?:(?:previous|earlier) )?(?:calls?|appeals?|requests?)', relation: 'REITERATES', later: 'strong', inOperative: true },
  { forms: 'renew(?:s|ing)?', later: 'weak' },
  // "We further recognize that ... partnerships are critical and commit to working ... the Sustainable Development Goals" (A/RES/79/233
  // annex OP21), "and commits to": a pledge has no type in DESIGN.md's list, and what it names is not the object of the verb before
  // (lead's ruling, session 59), so it opens its clause after a plain "and" too. Not the participle: "by addressing the gaps,
  // assessing progress and recommitting to the Copenhagen Declaration" (80/178 PP6) is a gerund of what a summit is for
  // (and its participle after a clause: "Urging all countries ... to ratify and accede to the United Nations Convention against
  // Corruption, encouraging parties to review its implementation, committing to making the Convention an effective instrument ..."
  // (A/RES/78/164 PP19, 79/221 PP23, 80/153 PP23): the body's pledge, not a gerund of a list; "recommitting" stays the gerund)
  { forms: '(?:(?:re)?commits?|committing)(?= (?:(?:itself|ourselves|themselves) )?to\\b)', later: 'strong' },
  { forms: '(?:re)?commit(?:s|ting)?', later: 'weak' },
  { forms: 'appropriat(?:es|ing|e)', later: 'lead' },
  { forms: 'designat(?:es|ing|e)', later: 'lead' },
  // "1. Establishes, within the United Nations, the multidisciplinary Independent International Scientific Panel on Artificial
  // Intelligence ..." (A/RES/79/325 OP1, OP4): the Assembly's decision to establish, in one word ("Decides to establish" is
  // DECIDES; "Resolves" is too); only as a paragraph's verb ("and establishes" inside one is mostly what a thing does)
  { forms: 'establish(?:es|ing)?', relation: 'DECIDES', later: 'lead' },
  { forms: 'extend(?:s|ing)?', later: 'lead' },
  { forms: 'acting', later: 'lead' },
  // "Having noted that the Secretary-General, in a letter dated 9 December 2024, has again brought the situation to the
  // attention of the General Assembly" (A/RES/79/232 PP5): the perfect participle of a table verb is that verb ("Noting",
  // "Recalling"); "Having considered", "Having examined", "Having received", "Having listened to" have no type in DESIGN.md's
  // list and stay untyped (a paragraph verb, no edge)
  { forms: 'having (?:also |further )?(?:noted|taken (?:also |further )?note)', relation: 'NOTES', later: 'lead' },
  { forms: 'having (?:also |further )?recalled', relation: 'RECALLS', later: 'lead' },
  { forms: 'having (?:also |further )?reaffirmed', relation: 'REAFFIRMS', later: 'lead' },
  { forms: 'having (?:also |further )?welcomed', relation: 'WELCOMES', later: 'lead' },
  { forms: 'having (?:also |further )?[a-z]+(?:ed|en|ne|wn|ard)', later: 'lead' },
  // "..., and while acknowledging that action taken in 2023 led to a relative reduction in processing times for certain Missions,
  // remains seriously concerned that other Missions and Secretariat staff members ..." (A/RES/79/130 OP10); ", and remains
  // concerned" (11 texts): a main verb of its own after a comma, untyped as "Concerned" is; what it names is not acknowledged
  { forms: 'remain(?:s|ing)? (?:(?:deeply|gravely|seriously|profoundly|extremely|very|also|further|particularly|increasingly) )*(?:concerned|alarmed|disturbed|troubled|worried)', later: 'weak' },
  // "Expresses its appreciation for the efforts made by the United States Mission to the United Nations, and expects that the
  // issues raised at the meetings of the Committee will be resolved ..." (A/RES/79/130 OP13), ", and anticipates that"
  // (A/RES/79/130 OP3, OP12): a later main verb with no type in DESIGN.md's list; what follows is not what was appreciated
  { forms: 'expect(?:s|ing)?', later: 'weak' },
  { forms: 'anticipat(?:es|ing|e)', later: 'weak' },
  { forms: '(?:remain(?:s|ing)? )?(?:(?:deeply|gravely|seriously|profoundly|extremely|very|also|further|particularly|increasingly) )*(?:concerned|alarmed|disturbed|dismayed|shocked|troubled|appalled|distressed|outraged|saddened|worried)', later: 'lead' },
  // (no type for these: "Cognizant of" and "Mindful of" say the Assembly is aware of a fact or bears it in mind, not that it
  // recognizes it as valid or true (RECOGNIZES); "Having considered the report" (A/RES/78/72 PP16) reports the examination of
  // a text, not the judgement "Considering that" (CONSIDERS); gold files 80/94, 80/169 and 78/132 record them untyped. "Agrees
  // that the Subcommittee should ..." (78/72 OP10, OP40) assents to a course proposed, not a decision (DECIDES) nor an
  // endorsement of a named text (ENDORSES): it stays outside the table, its paragraph's verb recorded as printed, no edge)
  { forms: '(?:(?:deeply|firmly|fully|also|further|strongly) )*(?:convinced|aware|conscious|cognizant|mindful|persuaded|determined|resolved|committed|desirous|guided|inspired|encouraged|heartened|gratified|appreciative|grateful|confident|reassured|satisfied|pleased|disappointed|reaffirming)', later: 'lead' },
  { forms: 'desiring|believing|seeking|wishing|reminding|emphasizing|noting|aiming|striving|taking stock', later: 'lead' },
];

/**
 * The base-form verbs outside the table that open a political declaration's commitments ("66. Scale up, as appropriate
 * ..., financial resources dedicated to mental health, and acknowledge the World Health Organization’s support ...",
 * A/RES/80/117 annex; "Strengthen ..., and encourage", "Leverage ..., and call upon", A/RES/78/4 annex): the paragraph
 * is the declaration's ("we"), so a later base-form verb of the table opens a clause as after "Reaffirm ...". A closed
 * list: a capitalised word without an ending may be a noun ("Member States", "Science"). "Take" with the measures' adjective
 * too ("70. Take comprehensive measures to tackle antimicrobial resistance ..., and look forward to the high-level meeting on
 * antimicrobial resistance", A/RES/78/3 annex).
 */
export const DECLARATION_BASE_VERB = /^(?:Strengthen|Promote|Ensure|Scale up|Improve|Enhance|Prioritize|Invest|Provide|Leverage|Undertake|Explore|Accelerate|Prevent|Expand|Implement|Eliminate|Increase|Mobilize|Develop|Strive|Integrate|Use|Address|Fast-track|Maintain|Foster|Advance|Harness|Pursue|Continue to|Take (?:(?:comprehensive|concrete|decisive|effective|further|immediate|urgent|(?:all |the )?necessary) )?(?:measures|action|steps))\b/;

/** Adverbs printed before a verb ("Also", "Further", "Strongly", "Once again"). */
export const LEADING_ADVERBS =
  '(?:(?:[Aa]lso|[Ff]urther|[Ff]urthermore|[Mm]oreover|[Aa]gain|[Oo]nce again|[Ss]trongly|[Ff]irmly|[Dd]eeply|[Gg]reatly|[Hh]ighly|[Ww]armly|[Ff]ully|[Ee]mphatically|[Ss]olemnly|[Uu]rgently|[Rr]esolutely|[Uu]nequivocally|[Ww]holeheartedly|[Ss]incerely|[Ll]ikewise|[Ss]imilarly|[Ff]inally|[Ee]arnestly|[Tt]herefore|[Aa]ccordingly|[Ii]n addition|[Aa]dditionally|[Cc]ontinuing to|[Cc]ontinues to|[Cc]ontinue to) )*';

/**
 * What may follow the verb and still belong to the printed verb phrase. The possessive noun ("expressing its support",
 * "reaffirms its commitment") is the verb's own stance, except after "note": "..., and noting its support for the Member
 * States" (A/RES/78/277 PP35, 79/321) notes what "its" owner (the organization of the clause before) does, so "its" is
 * the object the pronoun rule reads.
 */
export const TRAILING_MODIFIERS =
  '(?: (?:also|further|again|once again|in particular|strongly|firmly|fully|with (?:deep |grave |great |serious |particular |profound |utmost |growing |increasing |considerable )?(?:concern|appreciation|satisfaction|interest|regret|alarm|gratitude|approval|dismay|disappointment))(?![\\w-]))*' +
  '(?:(?<![Nn]ot(?:es|ing|e)) (?:its|their|our) (?:(?:deep|deepest|sincere|profound|grave|serious|strong|full|firm|continued|unwavering|strongest|great|warm|utmost|heartfelt|steadfast|renewed|high) )*(?:commitment|appreciation|concern|gratitude|support|condolences|solidarity|regret|satisfaction|hope|conviction|determination|thanks|sympathy|alarm|readiness|willingness|intention|expectation|understanding|position|opposition|recognition|respect|firm belief|belief)(?![\\w-]))?';

/**
 * Openers of a later clause between the comma and the verb ("and in this regard calls upon"; "..., without prejudice to
 * the consideration of this topic ... in other forums of the United Nations, and for this purpose reiterates its decision
 * to establish ... a working group of the Sixth Committee", A/RES/80/168 OP2; ", and on that basis invites", A/RES/79/226;
 * ", and in that sense welcomes the progress of the Secretary-General’s call", A/RES/80/134 OP23, 78/145; ", and in this sense
 * continues to encourage national Governments", A/RES/79/226; ", and in that endeavour encourages all Member States to participate
 * to the upcoming world congress", A/RES/78/207 OP2;
 * "..., and in this regard, building upon the discussion at the previous high-level event on culture and sustainable
 * development, invites the President of the General Assembly", A/RES/78/161 OP26, 80/148; ", and building on the work of the
 * Group of 20 ..., invites", A/RES/80/123: what the later verb builds on is its clause's).
 * "..., stresses the need to pursue practical steps towards this goal, for that reason encourages the Security Council to take
 * appropriate action" (A/RES/78/222 OP32, 79/185 OP33), "..., and as such welcomes the growing popularity of the United Nations
 * official social media accounts" (A/RES/78/330 OP62): a reason or manner before the later verb; "at the same times reiterates
 * its serious concern about ... Al-Qaida" (A/RES/79/317 OP17) is "at the same time" as printed there.
 * "..., and with regard to the Repertoire calls upon the Secretary-General to continue to follow the modalities" (A/RES/78/111
 * OP18, 79/125, 80/166): the topic of the later verb, as "in this regard" is.
 * Not "strongly": an adverb of the verb's manner is the verb's ("welcoming its reports, strongly condemning the continued lack
 * of cooperation", A/RES/78/222 PP23: the clause is "strongly condemning ..."; LATER_AT_RE's verb takes it).
 * "in line with" / "in accordance with" run to a comma, never over a semicolon: "... in line with the Kunming-Montreal Global
 * Biodiversity Framework;10 (f) Reaffirm our resolve to set ..." (A/RES/79/1 OP28) is the next item's verb, not a connector up
 * to the noun "resolve" read as the verb.
 */
export const CLAUSE_CONNECTORS =
  '(?:(?:in (?:this|that) (?:regard|context|respect|connection|sense|endeavour)|to (?:this|that) end|for (?:this|that) (?:purpose|reason)|on (?:this|that) basis|as such|accordingly|therefore|thus|hence|also|further|furthermore|moreover|in particular|in addition|at the same times?|inter alia|once again|again|as appropriate|where appropriate|in line with [^,;]{1,160}|in accordance with [^,;]{1,160}|with regard to [^,;]{1,160}|building (?:up)?on [^,;]{1,160}),? )*';

/**
 * What may stand before a State's name when the State acts or is addressed: "the ", "the Government of (the) ", "Governments of "
 * (the addressees here, the agents and hosts of attributions.ts). GOVERNMENTS_OF_END_RE: the gap ends with the Government(s) of.
 */
export const STATE_BEFORE_NAME = '(?:the\\s+)?(?:Governments?\\s+of\\s+(?:the\\s+)?)?';
export const GOVERNMENTS_OF_END_RE = /Governments?\s+of\s+(?:the\s+)?$/;

/**
 * STATE_BEFORE_NAME for a State addressed or thanked, which may be its Government and its people together: "Expresses its profound
 * gratitude to the Government and the people of Antigua and Barbuda for hosting" (A/RES/78/317), "Reiterating its appreciation to
 * the administering Power and to the Government and people of Montserrat" (80/97 PP26, 79/106, 78/93). Not in STATE_BEFORE_NAME:
 * the agents and hosts of attributions.ts keep their own forms. A kingdom's "Royal Government": "and encourages the Royal
 * Government of Cambodia to take steps in that respect" (A/RES/80/243 IV.OP8, 79/258, 78/253).
 */
const STATE_ADDRESSED_BEFORE_NAME = '(?:the\\s+)?(?:(?:Royal\\s+)?Governments?\\s+(?:and\\s+(?:the\\s+)?peoples?\\s+)?of\\s+(?:the\\s+)?)?';

/**
 * A State the verb addresses (extract.ts addressedPlace): what lies between the verb and the place ("Calls upon Israel",
 * "Urges the Government of the Islamic Republic of Iran", "Expresses its appreciation to the Government of Ghana"), between
 * two addressees ("Invites Cambodia and Senegal to prepare", A/RES/79/230 OP5), and what follows the last one: the
 * infinitive or its preamble (", the occupying Power, to", " not to", " for continuing", " particularly to"). Anything else
 * after the name ("the Myanmar military", "Mediterranean countries", "Israel’s construction") makes it a modifier. Also "the
 * authorities in/of" a State: "Calls upon the authorities in North Korea to withdraw forthwith their armed forces to the 38th
 * parallel", S/RES/82 (1950): the State's authorities addressed, as its Government is. Also the verb's asking noun addressed
 * with "to": "Reiterates its request in this regard to the Government of Israel to assume responsibility" (A/RES/78/143 OP5,
 * 79/200, 80/130): the State the request goes to, as "Requests the Government of Israel to" would address it. Also after the
 * Territory's administering Power, addressed first and left unnamed: "Reiterates its appreciation to the administering Power and
 * the Government of New Caledonia for the close cooperation" (A/RES/80/98 OP3, 78/94, 79/107): the Territory is addressed too.
 * Also the call renewed: "Reiterates its call upon Israel to fully lift the restrictions" (the State called upon, as by "Calls upon").
 * Also thanks printed without "its", where the clause's verb is the bare "Expressing": "Expressing appreciation to Zimbabwe, as
 * the 2023 Chair of the Kimberley Process, for its efforts" (A/RES/78/270 PP26, 79/275 PP28), as "Expressing its appreciation to".
 * Also the State welcomed in a role, "as" right after it: "Welcoming also Uzbekistan as the sixtieth Kimberley Process participant"
 * (A/RES/79/275 PP22): the State is what the Assembly welcomes, as ", as the 2023 Chair" after Zimbabwe is.
 */
export const ADDRESSEE_GAP_RE = new RegExp(`^\\s+(?:its\\s+(?:[a-z]+\\s+)?(?:request|invitation|appeal|call)s?\\s+(?:in\\s+this\\s+regard\\s+)?to\\s+|its\\s+calls?\\s+(?:up)?on\\s+|(?:appreciation|gratitude|thanks)\\s+to\\s+|to\\s+)?(?:the\\s+administering\\s+Power\\s+and\\s+)?(?:the\\s+authorities\\s+(?:in|of)\\s+(?:the\\s+)?|${STATE_ADDRESSED_BEFORE_NAME})$`);
export const ADDRESSEE_LIST_GAP_RE = new RegExp(`^(?:,\\s*|,?\\s+and\\s+)${STATE_ADDRESSED_BEFORE_NAME}$`);
/** between the verb and the body it addresses first ("Encourages the Secretary-General and the Royal Government of Cambodia to", A/RES/80/243 IV.OP6) */
export const ADDRESSED_BODY_GAP_RE = /^\s+(?:the\s+)?$/;
export const ADDRESSEE_AFTER_RE = /^(?:[,;:]|\s+(?:to|not|for|particularly|and|in\s+its|as)\b)/;
/**
 * Thanks resumed for more States later in the paragraph: "Expresses its appreciation to all Member States and organizations that
 * have consistently supported the programme ..., in particular to the European Union and to the Governments of Algeria, Argentina,
 * ..." (A/RES/79/63 OP3), "Expresses its appreciation to the Government of Uruguay for hosting, in 2023, and to the Governments of
 * Montenegro, Namibia and the Philippines for hosting, in 2024, ..." (79/205 OP70): right before the first State so thanked.
 * Only after a verb of thanks addressed with "to" (extract.ts): "Commends the conclusions ... of the visiting mission to the
 * Government of ..., and to the Government of Montserrat for appropriate action" (78/93 OP11) names the recipients of a text.
 */
export const THANKED_AGAIN_BEFORE_RE = /\s(?:and|in\s+particular)\s+to\s+the\s+Governments?\s+(?:and\s+(?:the\s+)?peoples?\s+)?of\s+(?:the\s+)?$/;
/**
 * A clause of thanks by its verb phrase, whatever its relation: "Expresses its appreciation", "Reiterating its appreciation"
 * (A/RES/80/97 PP26: REITERATES), "Expressing its profound gratitude" (thankedAgain's gate beside EXPRESSES).
 */
export const THANKS_VERB_END_RE = /\b(?:appreciation|gratitude|thanks)$/;

/**
 * The State a demand makes the subject of its "that" clause: "Demands that Israel, the occupying Power, cease the exploitation"
 * (A/RES/78/170 OP), "Demands that the Russian Federation immediately cease its war of aggression" (78/221, 79/184, 80/223),
 * "and strongly demanding again that the Democratic People's Republic of Korea sincerely listen to the voices of the victims"
 * (80/220 PP22, 78/218, 79/181), "Demands once more that Israel withdraw" (A/RES/79/83 OP6, 78/11, 80/73): the State
 * addressed, as by "urges X to". DEMAND_GAP_RE: between the verb and the name (only for DEMANDS: "Recognizes that Israel
 * has ..." addresses nobody); DEMAND_AFTER_RE: after it, a comma (", the occupying Power,")
 * or the that-clause's verb, perhaps after an adverb (not a word that makes the name a modifier or a subject of a statement).
 * Security Council texts demand of two States at once and set a phrase off after "that": "Demands that Iraq and Kuwait respect
 * the inviolability of the international boundary" (S/RES/687 (1991) OP2), "Demands that, as a first step towards a negotiated
 * settlement, the Islamic Republic of Iran and Iraq observe an immediate cease-fire" (S/RES/598 (1987) OP1): each State is
 * addressed (" and " + a capital after the first; the second, listed, is followed by the verb as a single one is).
 */
export const DEMAND_GAP_RE = new RegExp(`^\\s+(?:(?:again|also|further|once\\s+(?:again|more))\\s+)?that(?:,[^,;]{1,80},)?\\s+${STATE_BEFORE_NAME}$`);
export const DEMAND_AFTER_RE = /^(?:,|\s+and\s+(?:the\s+)?[A-Z]|\s+(?!(?:and|or|of|in|on|to|for|with|by|at|as|is|are|was|were|has|have|had|will|would|should|shall)\b)[a-z]+\b)/;

/**
 * The State a decision binds, the subject of its "that ... shall" clause: "Decides that Iraq shall unconditionally accept the
 * destruction ...", "Decides further that Iraq shall unconditionally undertake ...", "Decides also, for the implementation of
 * paragraph 8, the following: (a) Iraq shall submit to the Secretary-General ..." (S/RES/687 (1991) OP8, OP10, OP9), "Decides
 * that Sao Tome and Principe and Somalia shall be permitted to vote" (A/RES/80/2): what the decision acts on, as the State a
 * demand addresses. DECISION_SUBJECT_GAP_RE: between "Decides" and the name; DECISION_SUBJECT_AFTER_RE: after it, "shall" or
 * another State listed (" and " + a capital, or ", " + a capital: "Decides that the Comoros, Sao Tome and Principe and Somalia
 * shall be permitted to vote", A/RES/78/2 OP6). Not "Decides that the Conference shall" (no State), nor "Decides to allow Iraq".
 * A State named with all States as the decision's subjects, set off by commas, is bound too: "Decides that the Governments of
 * all States, and the Government of Libya, shall take the necessary measures ..." (S/RES/883 (1993) OP8).
 */
export const DECISION_SUBJECT_GAP_RE = new RegExp(`^\\s*(?:(?:also|further|hereby)\\b)?(?:,[^,;:]{1,80},)?\\s*(?:that|the\\s+following:\\s+\\(a\\))(?:,[^,;]{1,120},)?\\s+(?:(?:the\\s+Governments\\s+of\\s+)?all\\s+States,\\s+and\\s+)?${STATE_BEFORE_NAME}$`);
export const DECISION_SUBJECT_AFTER_RE = /^(?:,?\s+and\s+(?:the\s+)?[A-Z]|,\s+(?:the\s+)?[A-Z]|,?\s+shall\b)/;
/**
 * The State a decision admits to a body: "Decides to admit, upon its request, Iraq, in accordance with the criterion set forth in
 * General Assembly decision 60/522 ..., as a member of the Advisory Commission of the United Nations Relief and Works Agency ..."
 * (A/RES/79/88 OP6), "Decides to admit <State> to membership in the United Nations": the State the decision acts on, as the one
 * it binds (DECISION_SUBJECT_GAP_RE). ADMITTED_STATE_GAP_RE: between "Decides" and the name (a parenthetic phrase may stand
 * between "admit" and the State); ADMITTED_STATE_AFTER_RE: after it, a comma or the membership it is admitted to.
 */
export const ADMITTED_STATE_GAP_RE = new RegExp(`^\\s*(?:(?:also|further|hereby)\\s+)?to\\s+admit(?:,[^,;:]{1,80},)?\\s+${STATE_BEFORE_NAME}$`);
export const ADMITTED_STATE_AFTER_RE = /^(?:,|\s+as\s+(?:an?\s+)?members?\b|\s+to\s+membership\b)/;

/** the participle as an adjective joined to another ("in particular requesting and requested States parties, to cooperate", A/RES/78/140 OP21) */
export const ADJECTIVE_PAIR_AFTER_RE = /^\s+(?:and|or)\s/;
/**
 * what another made, right before the participle's comma: "welcomes the proposals made by the Secretary-General, inviting Member
 * States to voluntarily exchange national best practices ..., and invites Member States to do so" (A/RES/78/112 OP20, 79/126,
 * 80/167): the proposals invite, and the body's own invitation follows
 */
export const MADE_BY_END_RE = /\b(?:proposals?|recommendations?|reports?|letter|note|appeal|call|initiative)\s+(?:made|submitted|presented|put\s+forward|issued|transmitted|launched)\s+by\s+(?:the\s+)?[A-Z][^,;()]{0,100}$/;
/** a relative clause of the texts a preamble recalls ("resolutions ..., which reaffirm that", "resolution 53/144, by which it adopted") */
export const RECALLED_TEXT_RELATIVE_RE = /\b(?:which|whereby)\b/;
/** the spaces between an addressee's words */
export const ADDRESSEE_SPACES_RE = /\s+/;
/**
 * An operative participle of asking that addresses someone ("..., encouraging the Agency to continue to support its members",
 * A/RES/78/157 OP2; ", inviting relevant stakeholders, including Member States, ..., to review the overall crisis", 79/182 OP36;
 * "and calling upon the United Nations system to intensify its efforts", 79/152 OP10): the addressee, perhaps with a phrase set
 * off by commas, then "to" and a verb. ADDRESSEE_WORD_RE: a word that cannot stand in the addressee's name ("communication
 * among fistula centres to facilitate", "persons belonging to ..."); ADDRESSEE_HEAD_RE: the addressee's last word, an actor
 * (a capital: "Member States", "the Agency"; or a common noun of those asked to act), not a thing ("its work to collectively
 * address"); ADDRESSEE_INFINITIVE_RE: after " to ", a verb, not a recipient ("to the", "to its").
 */
export const ADDRESSEE_WORD_RE = /^(?:in|on|at|for|with|among|between|from|by|into|through|within|towards?|that|which|who|whose|as|is|are|be|[a-z]+ing)$/;
export const ADDRESSEE_HEAD_RE =
  /^(?:[A-Z][\w’'-]*|States|Governments|countries|[Pp]arties|members|organizations|entities|agencies|stakeholders|institutions|donors|partners|actors|system|community|bodies|programmes|funds|authorities|companies|teams|mechanisms|commissions|leaders|Secretary-General)$/;
export const ADDRESSEE_INFINITIVE_RE = /^to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|all|each|any|such|national|international|regional)\s)[a-z]/;
/** a sub-paragraph whose item is a gerund or an infinitive of what the addressees do ("(i) Considering ...", "(a) To afford ...") */
export const ACTS_ITEM_AT_RE = /^\([a-z]{1,4}\)\s+(?:[A-Z][a-z]+ing|To)\b/;
/** ", to hold its seventeenth session": the infinitive of a body's own act, completing a decision the main clause named */
export const DECISION_INFINITIVE_RE = /,\s+to\s+[a-z]+\s+its\s/g;
/**
 * After ", as well as", the participles that are the body's own act, never a gerund of what others do: "taking note" (A/RES/79/239
 * PP17), "welcoming", "noting", "reaffirming", "recalling", "acknowledging" ("..., as well as welcoming the decision by the United
 * Nations Environment Assembly", A/RES/78/232 PP13; "as well as noting the development of a handbook", 78/167; "as well as
 * reaffirming the need to strengthen", 78/4). Not "encouraging", "promoting", "supporting": "linkages with domestic suppliers,
 * as well as encouraging the integration of local enterprises" (A/RES/78/141 OP5) is what the investment does. Tested on the
 * verb read (its adverbs before it).
 */
export const BODY_PARTICIPLE_AFTER_AS_WELL_AS_RE = /\b(?:taking\s+note|welcoming|noting|reaffirming|recalling|acknowledging)\b/;
/** ", as well as the contributions of ...": the main verb's list of objects resumes after a participle's aside */
export const AS_WELL_AS_NOUN_RE = /,\s+as\s+well\s+as\s+(?:the|its|their|those|that)\s/g;

/**
 * The nouns the United Nations qualifies, right before "of the" and its name (extract.ts qualifiesAnotherNoun): "the history of
 * the", "the six official languages of the", "States Members of the", "a State Member of the", "Member States and observers of
 * the", "States not members of the"; and the General Assembly ("members of the specialized agencies and observers of the").
 * Also what the Charter sets and the Organization spends: "the purposes and principles of the", "core values and principles of
 * the", "the regular budget of the", "the rules and procedures of the", "staff regulations and rules of the". The Organization
 * there is no target of the clause's verb. So for its parts, as for its members: "the appropriate bodies of the", "other organs of
 * the", "the principal judicial organ of the", "the relevant entities of the", "specialized agencies, funds and programmes of the"
 * (the same parts printed "United Nations entities" name no Organization at all), and "the rules of procedure of the" General Assembly.
 * So for the Human Rights Council's parts: "special procedures of the", "the human rights mechanisms of the", "other subsidiary
 * bodies of the", "special procedure mandate holders of the" Human Rights Council (A/RES/78/211 OP22, 78/188 OP43, 79/172 OP45).
 * So for one part left unnamed: "in the work of ... and of a subsidiary body of the General Assembly" (A/RES/79/130 OP8); not a
 * named body's role, "the role of the Advisory Committee as a subsidiary body of the General Assembly" (78/245 PP7), "as the
 * principal policymaking body of the United Nations" (78/225 PP6: the gold's EMPHASIZES), where the owner keeps its verb.
 * So for who observes the Assembly: "relevant observers to the", "observer status in the" General Assembly (A/RES/80/168 OP4, OP5).
 * And what is "affiliated to the" Organization: "the regional centres for space science and technology education, affiliated to
 * the United Nations" (A/RES/73/6 PP7, 78/72 OP29, 79/87, 80/76): the centres are recognized, the Organization names their tie.
 * So for its other parts and papers: "the existing institutions of the" (A/RES/80/171 OP20), "the internship programme of the"
 * (78/111 OP12, 79/125, 80/166), "as official documents of the" United Nations (78/111 OP11); for who pays: "with no cost to the"
 * (78/111 OP15); for what it holds dear: "multilingualism, as a core value of the Organization" (A/RES/78/330 OP2, OP5; "a
 * fundamental value of the", 78/245, 79/331 and more: the Organization owns the value, the clause's verb is about
 * multilingualism); and for where a gathering meets: "the third Counter-Terrorism Week at the" (80/171 PP19), "the relevant
 * meetings at the United Nations in New York" (80/1 OP1); its parts named with "in": "calls upon all entities in the United Nations to inform
 * ... the Office of Legal Affairs" (A/RES/79/116 OP6, 78/102, 80/160: the entities are called upon, as "the relevant entities of the").
 * So for its treaties and forums listed as its parts: "the environment-related agencies, conventions and forums of the United Nations,
 * in particular the United Nations Environment Programme, ..." (A/RES/79/330 OP37: the agencies listed after it are welcomed).
 * So for the operations it runs and whose scale it assesses: "the scale of assessments applicable to peacekeeping operations of the
 * United Nations" (A/RES/78/249 OP18, 79/255 OP23, 80/239 OP5: the scale is decided on); not "the presence and operations of the
 * United Nations" (79/232), the Organization's own acts.
 * Not "the capabilities of the" nor "the meetings of the" United Nations (80/1 PP2):
 * its capacity and its meetings stay the Organization's, as its work does. So for the frame a thing is done in: "strengthening
 * international and regional cooperation, within the framework of the United Nations and relevant regional forums" (A/RES/78/187
 * PP50, 80/190), "appropriate international procedures within the framework of the United Nations" (78/26, 79/46, 80/40), "an
 * autonomous institution within the framework of the" (79/73), "within the overall budgetary framework of the" (80/198 OP49).
 * So for the week a thing happens in: "the launch on 27 September 2024, during the high-level week of the General Assembly ..., of
 * the Global Alliance" (A/RES/80/72 OP3), "held on the margins of high-level week of the General Assembly in September 2023"
 * (78/28 PP3, 78/40 PP10; 79/81 OP2): when it was, not the Assembly welcomed; so "the work of the Fifth Committee during the
 * second part of the resumed session of the General Assembly" (A/RES/80/234 OP10, 78/245, 79/248). And where a service is run,
 * "conference services were managed in an integrated manner throughout all duty stations in the Organization" (80/234 OP36), as
 * "entities in the".
 */
export const UN_QUALIFIER_BEFORE_RE =
  /\b(?:(?:history|languages|[Mm]embers?|Member\s+States|observers|principles|values?|budget|[Rr]ules(?:\s+of\s+procedure)?|procedures|bodies|(?<!\bas\s)a\s+(?:subsidiary\s+)?body|organs?|entities|agencies|funds|programmes?|conventions|forums|peacekeeping\s+operations|organizations|institutions|mechanisms|mandate\s+holders|documents|framework|high-level\s+week|resumed\s+session)\s+of|observers?(?:\s+status)?\s+(?:to|in)|(?:entities|duty\s+stations)\s+in|affiliated\s+(?:to|with)|costs?\s+to|(?:[Ww]eeks?|meetings|events)\s+at)\s+the\s+$/;

/**
 * A second principal organ sharing the parts noun of the first (UN_QUALIFIER_BEFORE_RE): "in the work of the Main Committees ...,
 * including subsidiary bodies of the General Assembly and the Economic and Social Council" (A/RES/80/172 OP8): the bodies of both
 * are meant, the Council no more a target than the Assembly.
 */
export const PARTS_OF_ORGAN_AND_BEFORE_RE =
  /\b(?:bodies|organs|entities|mechanisms)\s+of\s+the\s+(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council)\s+and\s+(?:of\s+)?the\s+$/;

/**
 * Right before the United Nations' name, the Organization as the setting of what the clause names, not an actor (extract.ts
 * qualifierIn, the United Nations only): where a thing is or happens, "no tolerance for any corruption at the United Nations"
 * (A/RES/79/116 OP5, 78/102, 80/160), "international tax cooperation at the United Nations" (78/140 OP29 and six more; 79/235
 * PP4), "discussions at the United Nations" (78/233 OP13), "the role of the Portuguese language at the United Nations" (79/265
 * OP17), "its Offices of the Special Representative at the United Nations" (79/136 PP7: its gold), as "meetings at the" (UN_QUALIFIER_BEFORE_RE); how far a policy reaches, "fully implemented ...
 * throughout the United Nations" (79/116 OP6, 78/102, 80/160; "throughout the Organization", 78/243 OP8); the source of what
 * States use, "information and material obtained from the United Nations" (79/116 OP12, 78/102, 80/160); where a State's envoy is
 * accredited, "co-chaired by the Permanent Representatives of Maldives and New Zealand to the United Nations" (78/232 OP36), "the
 * permanent missions (accredited) to the United Nations" (78/116 OP3, OP5, OP11; 79/8 OP25; lead's ruling of session 64); where
 * processes run, "the Global Digital Compact, the Pact for the Future, and relevant follow-up processes in the United Nations"
 * (A/RES/78/311 OP14); where talks are held, "looks forward to the continuation of discussions in the United Nations" (80/118
 * OP13, lead's ruling of session 55), "takes note of discussions in the United Nations on debt issues" (78/137 OP35, 79/197,
 * 80/123), "We will continue discussions in the United Nations" (79/1 annex I OP49), "when relevant matters are being discussed in
 * the United Nations" (A/RES/78/6 OP18, 73/7, 79/6, 80/6); where a body is set up, "Welcomes the
 * establishment, within the United Nations, of the multidisciplinary Independent International Scientific Panel on Artificial
 * Intelligence" (A/RES/80/147 OP17; "Establishes, within the United Nations, the Global Dialogue", 79/325 OP2), as "coordination
 * within the United Nations" is where the bodies coordinate, and "Noting also the discussions within the United Nations and the
 * specialized agencies on developments in the field of information and communications technologies" (78/22 PP10); where States
 * cooperate and who acts, "through relevant settings within and outside the United Nations" (A/RES/79/213 OP2), "actors ...
 * within and outside the United Nations" (80/11 OP24, 78/208 PP49), "existing efforts, both inside and outside the United Nations" (79/53
 * OP26); where initiatives are promoted, "the different initiatives of Member States, promoted in the United Nations to contribute to the
 * global fight against trafficking in persons" (A/RES/78/228 PP30, 80/228); where debates are held, "discussions held at the global, regional and national levels, ..., including at the level of the
 * United Nations and other international organizations" (A/RES/79/217 PP29); where practices are shared, "share good practices for achieving organizational results across the United
 * Nations" (A/RES/80/237 I.OP18, 80/180: as "throughout", and "across the Secretariat", session 58). Not
 * "with the United Nations" (a partner: "to cooperate fully with the United Nations") nor "support from the United Nations" (its
 * own act): those stay the verb's. The Organization's alone: a Council or the Assembly "at" which a report is presented is its
 * addressee.
 */
export const UN_SETTING_BEFORE_RE =
  /\b(?:at(?:\s+the\s+level\s+of)?|throughout|across|within|outside(?:\s+of)?|obtained\s+from|(?:processes|discussions|discussed|promoted)\s+in|Permanent\s+(?:Representatives?|(?:Observer\s+)?Missions?)\s+of\s+[^,;:]{1,60}?\s+to|(?:[Pp]ermanent\s+missions\s+(?:accredited\s+)?|missions\s+accredited\s+)to)\s+the\s+$/;
/**
 * Right before another body's name, the body organizations are accredited to: "civil society representatives, including from
 * organizations accredited to the Economic and Social Council" (A/RES/80/56 OP2), a setting as "permanent missions accredited to the
 * United Nations" is (UN_SETTING_BEFORE_RE, lead's ruling of session 64; extract.ts qualifierIn), no target of the clause's verb.
 * Only the participle after the accredited noun: "invites all Member States ... to become accredited to the United Nations
 * Environment Programme" (A/RES/79/209 OP28) asks them to join it, a target.
 */
export const ACCREDITED_TO_BEFORE_RE = /\b(?:organizations|missions|entities|bodies|representatives)\s+accredited\s+to\s+the\s+$/;
/**
 * Around the United Nations' name, the cooperation the clause's act is set in, with partners named by no name: "Welcoming also, in
 * the context of enhanced cooperation between the United Nations and all its relevant partners, ... efforts to ..." (A/RES/79/228
 * PP19), "Encouraging the private sector in the context of enhanced cooperation between the United Nations and all its relevant
 * partners to ..." (PP23): a setting, no target of the clause's verb (lead's ruling, session 62; extract.ts qualifierIn). Not "in
 * the context of cooperation between the United Nations and the African Union", two named partners.
 */
export const UN_COOPERATION_CONTEXT_BEFORE_RE = /\bin\s+the\s+context\s+of\s+(?:(?:enhanced|increased|closer)\s+)?cooperation\s+between\s+the\s+$/;
/** UN_COOPERATION_CONTEXT_BEFORE_RE's partners after the Organization's name: " and all its relevant partners", " and relevant partners" */
export const UN_UNNAMED_PARTNERS_AFTER_RE = /^\s+and\s+(?:all\s+)?(?:its\s+)?(?:relevant\s+)?partners\b/;
/**
 * Around the Security Council's name, the Council as the source of the mandate of the personnel, forces or operations the clause
 * names: a setting of theirs, no target of the clause's verb (lead's ruling, session 62; extract.ts isCouncilMandateSource):
 * "non-United Nations personnel serving under a mandate of the Security Council" (A/RES/78/331 PP3, OP14), "non-United Nations
 * forces authorized by the Security Council" (79/258 VIII.OP23), "peace support operations ... which are authorized by the
 * Security Council" (79/329 OP9, OP10; 79/1), "special political missions mandated by the Security Council" (78/70 PP15, 80/74;
 * 79/1 OP42, 79/317 OP64: "mandated by" reads as "authorized by", lead's ruling, session 62). Not "the authority of the Security
 * Council" (78/219 PP: the Council cited for itself).
 */
export const COUNCIL_MANDATE_SOURCE_BEFORE_RE = /\b(?:under\s+(?:a|the)\s+mandates?\s+of|(?:authori[sz]ed|mandated)\s+by)\s+the\s+$/;
/** "serving under a Security Council mandate", "authorized under a Security Council mandate" (78/331 OP11, OP13): before the name */
export const UNDER_A_BEFORE_RE = /\bunder\s+an?\s+$/;
/** ... and after it */
export const MANDATE_AFTER_RE = /^\s+mandates?\b/;

/**
 * Right before a United Nations Office's name, the Office as the venue of the sittings the clause names, as Headquarters is (a
 * Place, no target): "three in-person informal meetings ..., two of which should be held at United Nations Headquarters in New
 * York and one at the United Nations Office at Geneva" (A/RES/79/240 OP3), "decides that the next session of the Commission shall
 * be held at the United Nations Office at Geneva" (the International Law Commission texts), "held at the United Nations Office at
 * Geneva from 17 to 19 July 2024" (lead's ruling, session 62; extract.ts qualifierIn). So the Office printed as the other venue
 * after Headquarters, past the days the sitting's verb is far from: "decides that the seventy-seventh session of the Commission
 * shall be held from 20 April to 29 May 2026 or from 27 April to 5 June 2026 and from 29 June to 7 August 2026, at United Nations
 * Headquarters in New York or at the United Nations Office at Geneva" (A/RES/80/164 OP21). Not the Office addressed ("Requests
 * the United Nations Office at Nairobi to ...") nor the facilities "at" it, whose owner it is.
 */
export const UN_OFFICE_VENUE_BEFORE_RE = /(?:\b(?:held|convened|hosted|meet|take\s+place)\b[^;:]{0,80}?\sat\s+the\s+|\bat\s+(?:the\s+)?United\s+Nations\s+Headquarters(?:\s+in\s+New\s+York)?,?\s+or\s+at\s+the\s+)$/;
/**
 * Right before a body's name, the body under whose auspices the sitting the clause names is held: "the 2024 high-level political
 * forum on sustainable development, to be held under the auspices of the Economic and Social Council" (A/RES/78/225 PP8): a
 * setting of the sitting, which it ORGANIZES (attributions.ts), no target of the clause's verb (lead's ruling, session 62;
 * extract.ts qualifierIn). So the body under whose auspices a text was made: "the Islamabad Declaration on Girls’ Education in
 * Muslim Communities adopted under the auspices of the Muslim World League" (A/RES/79/317 OP41), "the Agreement ..., negotiated
 * under the auspices of the Arctic Council" (78/69 OP348, 79/144), "... developed under the auspices of the Food and Agriculture
 * Organization" (78/68): the text is the target (aud64e; no attribution read). So both organs of a pair, "the high-level political
 * forum on sustainable development convened under the auspices of both the Economic and Social Council and the General Assembly"
 * (A/RES/79/222 OP48), and the second auspices after a first, "which met under the auspices of the General Assembly in September 2023
 * and under the auspices of the Economic and Social Council in New York" (79/209 PP27; lead's ruling, session 64). So "organized":
 * "the Transforming Education Summit, convened and organized under the auspices of the Secretary-General" (78/174 PP8). So the making
 * of a text named as a noun, the auspices set off by commas before the text: "consider the development, under the auspices of the
 * Commission on Crime Prevention and Criminal Justice and with the support of the United Nations Office on Drugs and Crime, of model
 * strategies to reduce reoffending" (A/RES/79/187 PP4, 78/224 PP4): "developed under the auspices of" as a noun (the Office, a
 * source of support, stays a target).
 */
export const AUSPICES_OF_SITTING_BEFORE_RE =
  /\b(?:(?:(?:held|convened|adopted|negotiated|developed|met|organi[sz]ed)|(?:development|adoption|negotiation|elaboration),)\s+under\s+the\s+auspices\s+of\s+(?:both\s+the\s+[^;:,]{1,60}?\s+and\s+|both\s+)?the|auspices\s+of\s+the\s+General\s+Assembly\s[^;:,]{0,40}?and\s+under\s+the\s+auspices\s+of\s+the)\s+$/;
/**
 * Right before a sitting's name, the sitting under whose auspices another was held, its place and days printed between: "the World
 * of Work Summit: Social Justice for All, held in Geneva on 14 and 15 June 2023, under the auspices of the 111th International Labour
 * Conference" (A/RES/78/174 PP13, 79/146, 80/178): a setting, as a body's auspices are (AUSPICES_OF_SITTING_BEFORE_RE)
 */
export const AUSPICES_OF_SESSION_BEFORE_RE = /\b(?:held|convened)\b[^;:]{0,80}?\s+under\s+the\s+auspices\s+of\s+the\s+$/;
/**
 * Right before the General Assembly's name, the Assembly as the place where talks are held, as "discussions in the United Nations"
 * (UN_SETTING_BEFORE_RE, session 55): "Acknowledging the usefulness of discussing in the General Assembly the status of instruments
 * of international humanitarian law" (A/RES/79/123 PP32), "at all relevant discussions in the General Assembly" (78/179 OP26,
 * 80/180 OP30): the talks are the topic, the Assembly holds them (its own act, sessions 54-55). So where delegations sit, "youth
 * representatives in national delegations at the General Assembly" (78/179 PP14, 80/180).
 */
export const ASSEMBLY_DISCUSSION_SETTING_BEFORE_RE = /\b(?:(?:discussions|discussing|discussed)\s+in|delegations\s+at)\s+the\s+$/;
/**
 * Right before the Economic and Social Council's name, the Council listed after the Assembly as a second place where delegations
 * sit or talks are held (ASSEMBLY_DISCUSSION_SETTING_BEFORE_RE): "youth representatives in national delegations at the General
 * Assembly and in its subsidiary bodies, the Economic and Social Council and its functional commissions" (A/RES/78/179 PP14, 80/180),
 * "at all relevant discussions in the General Assembly and its subsidiary bodies, the Economic and Social Council ..." (78/179
 * OP26, 80/180 OP30): a setting as the Assembly is.
 */
export const COUNCIL_AFTER_ASSEMBLY_SETTING_BEFORE_RE =
  /\b(?:(?:discussions|discussing|discussed)\s+in|delegations\s+at)\s+the\s+General\s+Assembly\s+and\s+(?:in\s+)?its\s+subsidiary\s+bodies,\s+the\s+$/;
/**
 * Right before the General Assembly's name, the Assembly as the place where views were voiced, alone or after another forum:
 * "Noting the support expressed in the Conference on Disarmament and in the General Assembly for the elaboration of an
 * international convention" (A/RES/78/53 PP16, 79/50, 80/24): the setting of the support, as "discussions in" it (session 62).
 * Not "expressed by the General Assembly", its own act.
 */
export const ASSEMBLY_EXPRESSED_IN_BEFORE_RE = /\bexpressed\s+in\s+the\s+(?:[A-Z][^,;]{0,60}?\s+and\s+in\s+the\s+)?$/;
/**
 * Right before the Secretariat's name, the Secretariat as the setting of what the clause names, as the United Nations is
 * (UN_SETTING_BEFORE_RE): "the first of its kind within the Secretariat and system-wide" (A/RES/78/330 OP4), "implementation of the
 * ... Framework on Multilingualism across the Secretariat" (78/330 OP14), "across the entire Secretariat" (78/330 OP81),
 * "accountability throughout the Secretariat" (session 58), and so "enhances both management and accountability in the Secretariat"
 * (A/RES/78/252 OP20, 79/257 OP12, 80/242 OP33: the budget texts). Not "of" or "by" the Secretariat, its own work and acts, nor the
 * units a clause addresses "within the Secretariat" (SECRETARIAT_UNITS_WITHIN_BEFORE_RE); nor "in the Secretariat" after other
 * words, which first readers read both ways ("racism and racial discrimination in the Secretariat", 78/253 XII.OP4, a target).
 */
export const SECRETARIAT_SETTING_BEFORE_RE = /\b(?:(?:throughout|within|across)\s+the\s+(?:entire\s+)?|accountability\s+in\s+the\s+)$/;
/**
 * Right before "Secretariat entities", the entities as a setting or source, not an addressee (session 58): "implementing relevant
 * resolutions throughout all Secretariat entities" (A/RES/78/330 OP15), "the difficulties reported by Secretariat entities", "to
 * address the problem among Secretariat entities" (OP18). Not "requests ... all Secretariat entities to contribute" (OP17).
 */
export const SECRETARIAT_ENTITIES_SETTING_BEFORE_RE = /\b(?:(?:throughout|across|within)\s+all|among(?:\s+all)?|reported\s+by(?:\s+all)?)\s+$/;
/**
 * Right before "within the Secretariat", the units a clause addresses, whose owner keeps the verb (session-50 organ/owner ruling):
 * "calls upon all departments and offices within the Secretariat to fully support the work of the Coordinator" (A/RES/78/330 OP11).
 */
export const SECRETARIAT_UNITS_WITHIN_BEFORE_RE = /\b(?:departments|offices|entities|units)\s+within\s+the\s+$/;

/**
 * Right before a body's name, a relative clause that sorts the States or countries the clause names by their membership: "large
 * operations of the Bank in States members of the Initiative that are not members of the European Union" (A/RES/79/135 OP12),
 * "the proposals submitted by the States members of the Conference on Disarmament that are members of the Group of 21" (78/53
 * PP20, 79/50, 80/24), "travel assistance to developing countries that are members of the Commission" (78/103 OP13, 79/117,
 * 80/161): the States are meant, the body only says which (extract.ts qualifierIn, any body). Not "States members of the <body>"
 * alone, which the golds read as the body's target (79/326 PP3, 80/97 PP19), nor "to become a member of the International
 * Labour Organization" (78/218 OP18: the body the State is urged to join).
 */
export const MEMBERS_RELATIVE_BEFORE_RE = /\b(?:that|which|who)\s+are\s+(?:not\s+)?(?:also\s+)?members\s+of\s+the\s+$/;

/**
 * ", and in this regard that the Committee notes the serious concerns ..." (A/RES/78/116 OP2, 79/130 OP2): a that-clause joined by
 * a connector with no verb of its own (the 2025 text prints "and in this regard notes that the Committee notes"). Its lead: the
 * comma and "and" up to "that".
 */
export const CONNECTED_BARE_THAT_RE = /, and in (?:this|that) regard,? (?=that (?:the|a|an|its|all) )/g;
/** a later participle that takes no that-clause (AND_BARE_THAT_RE): "condemning"; not "reiterating the need ..., and that" (A/RES/78/140 PP19: the reiteration's) */
export const THATLESS_VERB_RE = /\bcondemn(?:s|ing)?$/i;
/**
 * "Noting with alarm the growing number of civilians ... killed ... and strongly condemning such killings when they take place, and
 * that women and girls and persons with disabilities are disproportionately affected by conflict, as recognized in Security Council
 * resolution 1325 (2000) ..." (A/RES/79/176 PP13): a bare that-clause after a later participle that takes no that-clause
 * (THATLESS_VERB_RE) cannot be that participle's; it goes on with what the paragraph's verb takes. Not the demonstrative ("and that of its subsidiary
 * bodies", "and that which"). Its lead: the comma and "and" up to "that".
 */
export const AND_BARE_THAT_RE = /, and (?=that (?!(?:of|which|is|was|in|on|for|to|by|with|made|taken|adopted|provided|contained|submitted|held)\b)[a-z])/g;
/** " the host country to continue to take ...": after an asking verb, the one asked (no comma) and an infinitive */
export const ASKED_TO_AFTER_RE = /^ [^,;:]{1,80}? to (?!(?:the|a|an|its|their|this|that|these|those|all|each|any|such)\s)[a-z]/;

/**
 * "Commends once again the articles on diplomatic protection to the attention of Governments" (A/RES/80/165 OP1; the Sixth
 * Committee's texts on the Commission's articles): commending a text to someone's attention recommends it to them; not
 * "commends the Secretary-General for bringing ... to the attention of" (the one praised brought it).
 */
export const COMMENDED_TO_ATTENTION_RE = /^[Cc]ommend(?:s|ing)?\s(?:(?!\b(?:bring|bringing|brought|draws?|drawing|drew|calls?|calling|called)\b)[^;])*?\sto\s+the\s+attention\s+of\b/;

/**
 * Right after the Organization's name, a possessive before a thing it holds or runs (as "the budget of the" before it): "the
 * stores available from the Organization’s strategic deployment stocks" (A/RES/80/241 OP3), "in the Organization’s calendar of
 * conferences and meetings" (78/177 OP67), "the Organization’s parliamentary documentation" (79/248 OP111), "the Organization’s
 * internal justice system" (80/238 OP19): the thing is meant, the Organization names its holder and takes no verb. Its work,
 * action, capacity, functioning or liquidity ("the Organization’s proper functioning", 79/195, 80/121) stay the Organization's,
 * as "the work of the Organization" does.
 */
export const UN_POSSESSION_AFTER_RE =
  /^(?:’s?|'s?)\s+(?:[a-z]+\s+){0,2}(?:stocks|calendar|documentation|justice\s+system|budgets?|premises|accounts)\b/;

/**
 * The same "which the" with an aside between: "in which, inter alia, the General Assembly reaffirmed" (A/RES/79/136 PP21),
 * "in which, among other things, the Council reaffirmed" (79/329 PP11, PP24; 79/134 OP11): the text before the body's name.
 */
export const WHICH_ASIDE_THE_BEFORE_RE = /\bwhich,\s+(?:inter\s+alia|among\s+other\s+things),\s+the\s+$/;
/** The second of two authors after "which the": "in which the Assembly and the " (before the Council, A/RES/78/270 PP17). */
export const WHICH_THE_ASSEMBLY_AND_THE_BEFORE_RE = /\bwhich\s+the\s+(?:General\s+)?Assembly\s+and\s+the\s+$/;

/**
 * Right after "which the (General) Assembly" or "which the Council": the act the cited text reports its author did ("in which
 * the Assembly reaffirmed the World Summit vision", "in which the Assembly adopted the Pact for the Future", E/2025/31 draft
 * resolution I PP5, PP6; "by which the Council established", A/RES/79/309 PP2): a past form, optionally after "has"/"had" or
 * "also". The body there is the cited resolution's author, as in "General Assembly resolution 70/125", and no target of the
 * citing clause's verb. A passive ("in which the General Assembly
 * was requested to undertake the overall review", A/RES/79/277 PP2) makes it the one asked, and stays the verb's.
 *
 * The act may come after an aside or an adverb ("a political declaration in which the
 * Assembly, inter alia, committed to conserving ...", A/RES/78/159 PP27, 80/145 PP30) or a second author printed with it
 * ("resolution 55/56 ... and Security Council resolution 1459 (2003) ..., in which the Assembly and the Council strongly
 * supported the Kimberley Process Certification Scheme", A/RES/78/270 PP17, 79/275 PP17). The act may be in the present, as the
 * cited text words it: "World Health Assembly resolution 76.16 ..., in which the World Health Assembly recalls relevant principles
 * ..., reaffirms that ..." (A/RES/80/191 PP26, 79/159, 78/189), "its resolution 57/337 ..., in which the General Assembly calls upon
 * Member States" (A/RES/80/42, 79/27, 78/38): the verbs of a resolution's table, with -s. "first" dates the act among the
 * author's texts ("resolution 69/156, in which the General Assembly first addressed the pressing issue", A/RES/79/158 PP2).
 */
export const AUTHOR_REPORTED_ACT_AFTER_RE =
  /^(?:\s+and\s+the\s+(?:Security\s+|Economic\s+and\s+Social\s+)?Council)?(?:,\s+(?:inter\s+alia|among\s+other\s+things),)?\s+(?:(?:also|further|again|ha[sd]|thereby|strongly|duly|unanimously|first)\s+)*(?:[a-z]+ed|took|made|set|gave|began|chose|(?:recall|reaffirm|call|urge|decide|request|recognize|welcome|note|invite|encourage|stress|emphasize|underline|acknowledge|reiterate|affirm|endorse|adopt)s)\b/;

/**
 * A clause so far that reports, in a relative clause, what a capitalised body did in a cited text, with no semicolon since: "Welcoming
 * also the adoption of Security Council resolution 2669 (2022), in which the Council demanded an immediate end to all forms of violence
 * ... and urged restraint" (A/RES/78/219 PP29, 79/182, 80/221). A participle set off by ", while" after it ("while acknowledging the
 * central role of ASEAN") goes on with the body's act, as the participle after a plain "and" does (clauses.ts).
 */
export const BODY_REPORTED_ACT_BEFORE_RE = /\b(?:in|by)\s+which\s+the\s+(?:[A-Z][\w-]*\s+){1,6}(?:also\s+)?[a-z]+ed\b[^;]*$/;
export const WHILE_LEAD_RE = /^,\s+while\s+$/;

/**
 * Right after a later clause's verb, the work or report of what the clause before named first, by the pronoun alone: "Recalling
 * also the convening of the Working Group on Enhanced Cooperation ..., and taking note of its work," (A/RES/78/132 PP44, 79/194,
 * 80/118), "Welcoming the ministerial meeting on urbanization and climate change ..., and taking note of its report," (79/214):
 * group 1 the pronoun (extract.ts pronounOwners). The clause ends there (no "its work on ..." of another's).
 */
export const ITS_WORK_AFTER_VERB_RE = /^\s+(?:of\s+)?(its)\s+(?:work|report)(?=\s*[,;.]|\s*$)/;

/**
 * Right after a later clause's verb, a possessive or object pronoun heading its object: "and taking note of its adopted
 * decisions" (A/RES/79/212 PP10), "and welcoming its outcomes" (80/124 PP6), "and encourages them" (80/124 OP37), "and
 * reaffirming in particular its criteria" (80/209 PP19): group 1 the pronoun, group 2 the word after it (extract.ts
 * pronounObjects). Or heading the that-clause the verb opens: "and recognizing that its implementation can contribute" (A/RES/79/210
 * PP14), "stresses that its independence and objectivity are vital" (80/237 I.OP7). The word may be a counted compound: "and
 * affirming its 22-point action plan on nuclear disarmament" (A/RES/78/53 PP8, 79/50, 80/24), not a year ("its 2023 session").
 */
export const PRONOUN_OBJECT_AFTER_VERB_RE = /^\s+(?:of\s+|that\s+)?(?:(?:in\s+particular|in\s+this\s+regard|also|further)\s+)?(its|their|his|her|them|th(?:ose|ese)\s+(?:bodies|organizations))\b(?:\s+([a-z-]+|\d+-[a-z]+))?/;
/**
 * A demonstrative object read as "them" (pronounObjects): "Welcomes the coordination of the Unit with the Board of Auditors and the
 * Office of Internal Oversight Services of the Secretariat, and encourages those bodies to continue to share experiences"
 * (A/RES/79/281 OP7, 78/276 OP6: the three bodies); "Also welcomes the cooperation among the Council of Europe, ... and UN-Women
 * ..., encourages those organizations to increase their cooperation" (79/284 OP39).
 */
export const DEMONSTRATIVE_OBJECT_RE = /^th(?:ose|ese)\s/;
/**
 * Between the verb of the clause before and the one organization a plural pronoun stands for, the head of that clause's object
 * naming it as its owner: "Notes the important contributions of the" Common Fund for Commodities "and other international
 * commodities organizations, and encourages them", "Recognizes the role of the", "Notes with interest the progress made by the"
 * (pronounObjects). Not an organization printed further on, as the recipient or a qualifier ("the efforts made by the United
 * Nations system ... in extending ... assistance to the Economic Cooperation Organization ..., and encouraging them", A/RES/79/330
 * PP4).
 */
export const PLURAL_OWNER_GAP_RE = /^\s+(?:with\s+(?:appreciation|satisfaction|interest)\s+)?the\s+(?:[a-z-]+\s+){0,3}(?:of|by)\s+the\s+$/;
/** between two organizations of one list a plural pronoun stands for: a comma, "and", "as well as", "such as", an acronym */
export const PLURAL_LIST_BREAK_RE = /\bof\s+(?:the\s+)?$|\bto\s+[a-z]+\s/;
/**
 * Words after "its" that make it the Assembly's own (its attitude or act, not the thing the clause before named): "and
 * reaffirming its commitment", "and reiterates its call", "and expresses its deep concern", "its resolution 70/1".
 */
export const ASSEMBLY_OWN_AFTER_ITS =
  /^(?:resolutions?|decisions?|requests?|calls?|commitments?|appreciation|support|concern|determination|invitation|gratitude|satisfaction|recognition|conviction|resolve|position|readiness|willingness|intention|previous|own|firm|deep|deepest|profound|full|strong|strongest|grave|serious|sincere|continued|continuing|unwavering|steadfast|condolences|sympathy|solidarity|condemnation|dismay|regret|thanks|expectation|hope|encouragement|agreement|view|views|belief|wish|desire|confidence|consideration|reaffirmation|consensus|sessions?|seventy|eighty|sixty|agenda|member|members|subsidiary|president|consistent|longstanding|long-standing|unequivocal|utmost|great|greatest|warm|heartfelt)$/;
/**
 * The words of ASSEMBLY_OWN_AFTER_ITS that are another's stance after a verb of noting (NOTING_VERB_RE): "..., and noting its
 * support for the Member States" (A/RES/78/277 PP35, 79/321: UNESCO's support, named in the clause before). The Assembly
 * expresses or reaffirms its own stance; it does not note it.
 */
export const OWNER_STANCE_NOTED_AFTER_ITS = /^(?:support|commitment|readiness|willingness|determination|calls?)$/;
/**
 * A word after the pronoun naming a speech act only an agent performs: "..., and notes its call for additional voluntary
 * resources" (A/RES/80/219 OP5, 78/209 OP5: the Centre's). A programme or framework named beside the agent in the clause before
 * calls for nothing, so it is no second candidate (extract.ts pronounObjects).
 */
export const AGENT_ACT_AFTER_ITS = /^(?:calls?|appeals?)$/;
/** A printed verb of noting: "notes", "noting", "taking note of" (the verb as the clause records it). */
export const NOTING_VERB_RE = /^(?:[Aa]lso |[Ff]urther )?(?:[Nn]ot(?:es|ing|e)|[Tt]ak(?:es|ing|e) note)\b/;

/**
 * A citation that names its author after it with "its": "in its resolution 77/150, the General Assembly recognized" (E/2025/31
 * draft resolution I OP15, OP27; A/RES/79/84 PP2 "in its resolution 35/55 of 5 December 1980, the General Assembly approved";
 * 80/12 PP7, PP13; "By its resolution 63/111, the General Assembly designated"): the phrase of the cited text's mention. The
 * body printed after it (extract.ts authorAfterOwnCitedText), subject of a past form, is that text's author.
 */
export const OWN_CITED_TEXT_PHRASE_RE = /^its\s+(?:resolution|decision)\s/;
/**
 * Between a sitting body's own cited decision and the body printed right after it, a footnote mark glued to the comma:
 * "in its decision 3/COP.15,2 the Conference of the Parties to the Convention invited" (A/RES/79/207 PP7; 78/154, 80/139).
 */
export const OWN_DECISION_MARK_THE_GAP_RE = /^,\d{0,3}\s+the\s+$/;
/**
 * The title between a numbered text and its author printed after it: "resolution GC(67)/RES/16 of 28 September 2023, entitled
 * “Nuclear safety, security and safeguards in Ukraine”, of the General Conference of the International Atomic Energy Agency"
 * (A/RES/78/316 PP8): from the cited text's end to " of the " (extract.ts authorOfResolutionBefore)
 */
export const ENTITLED_TITLE_GAP_RE = /^(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?,\s+entitled\s+“[^“”]{1,200}”,$/;
/**
 * A footnote mark printed between a cited text and its author after it: "decision 15/29 of 19 December 2022 2 of the Conference of
 * the Parties to the Convention on Biological Diversity" (A/RES/79/313 PP11): from the cited text's end to " of the ".
 */
export const OWN_TEXT_MARK_GAP_RE = /^,?\s*\d{1,3}$/;
// (its day too when the mention does not hold it: "GOV/2024/18 of 7 March 2024, entitled “...”, of the Board of Governors of the
// Agency", A/RES/78/316 PP8, a document symbol's mention ends at the symbol)
/**
 * Between a numbered text and the body printed after it with "adopted by the": its day and its title, if printed, and the comma:
 * "resolution 41C/53 adopted by the General Conference of [UNESCO]" (A/RES/78/312 PP6), "resolution 3/2023 of 7 July 2023,
 * entitled “International Day of the Potato”, adopted by the Conference of the [FAO]" (78/123 PP3), "resolution 10/12 of
 * 15 December 2023, adopted by the Conference of the States Parties" (79/190 PP61), "10/3, also of 16 October 2020, entitled
 * “...”, adopted by" (78/228 PP47): from the cited text's end to "adopted by the " (extract.ts adoptedOwnTextBefore)
 */
export const ADOPTED_OWN_TEXT_GAP_RE = /^(?:,?\s+(?:also\s+)?of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?(?:,\s+entitled\s+“[^“”]{1,300}”)?(?:\s+establishing\s+the\s+[^;:()“”]{1,160}?)?,?(?:\s?\d{1,3})?\s+$/;
// (also the text's footnote mark before the words: "4/9 of 15 March 2019, entitled “Addressing single-use plastic products
// pollution”,9 adopted by the United Nations Environment Assembly", A/RES/78/169 PP14)
// (also "establishing the <text>,": "resolution GC(XXXIV)/RES/530 establishing the Code of Practice on the International
// Transboundary Movement of Radioactive Waste, adopted on 21 September 1990 by the General Conference of the [IAEA]", A/RES/78/49 PP2)
/**
 * Right before the body printed after its own numbered text: "adopted by the ", or with the day or the place the text was adopted
 * between (ruling, session 53): "resolutions GC(68)/RES/8 and GC(68)/RES/9, adopted on 20 September 2024 by the General Conference
 * of the [IAEA]" (A/RES/79/55 PP13; 78/17, 79/16, 80/17 OP3). From "adopted" (extract.ts adoptedOwnTextBefore).
 */
export const ADOPTED_DAY_OR_PLACE_BY_THE_BEFORE_RE = /\badopted(?:\s+(?:on|in|at)\s+[^;:()“”,]{1,60}?)?\s+by\s+the\s+$/;
/**
 * The same act named as a noun, the body's numbered text between: "Recalling the adoption of resolution 2000/22 of 18 August 2000, on
 * the promotion of dialogue on human rights issues, by the Subcommission on the Promotion and Protection of Human Rights at its
 * fifty-second session" (A/RES/78/199 PP15, 79/166, 80/204), "welcoming the adoption of resolution 31/1 of 20 May 2022, entitled
 * “...”, by the Commission at its thirty-first session" (79/313 PP37), "the adoption of resolution 10/12 on providing incentives ...
 * by the Conference of the States Parties" (79/190 OP59), "the adoption of decision 14/1 by the Open-ended Working Group on Ageing"
 * (78/324 OP1): ADOPTION_OF_TEXT_BEFORE_RE right before the text, ADOPTION_OF_OWN_TEXT_BY_GAP_RE from its end to the body (its day,
 * its quoted title or its subject, then "by the "; group 1 "by", as attributions.ts DECISION_ADOPTED_GAP_RE's). The body is the
 * text's author (extract.ts adoptedOwnTextBefore) and ADOPTED it (attributions.ts decisionsAdoptedAtSittingAttributions). The day
 * may stand between: "the adoption on 6 November 2015 of resolution 6/5" (79/190 OP59).
 */
export const ADOPTION_OF_TEXT_BEFORE_RE = /\badoption\s+(?:on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+)?of\s+$/;
export const ADOPTION_OF_OWN_TEXT_BY_GAP_RE = /^(?:,?\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?(?:,?\s+entitled\s+“[^“”]{1,300}”|,?\s+on\s+[^,;:()“”]{1,160}?)?\s*(?:\d{1,3}\s*)?,?\s+(by)\s+the\s+$/;
/** the gates of ADOPTION_OF_TEXT_BEFORE_RE's two forms (string tests before the regexes) */
export const ADOPTION_OF_NUMBERED_TEXT: readonly string[] = ['adoption of resolution ', 'adoption of decision '];
/**
 * Around a body that adopted the texts the clause names, some listed after it by their numbers: "Recalling resolutions related to
 * integrated coastal zone management adopted by the United Nations Environment Assembly of the United Nations Environment
 * Programme, including resolution 2/10 on oceans and seas16 and resolution 4/11 ..." (A/RES/78/159 PP16), "relevant resolutions
 * adopted by the Human Rights Council, including resolutions 36/6 of 28 September 2017" (80/201 PP4): ADOPTED_BY_THE_BEFORE_RE
 * right before the body, OWN_TEXTS_INCLUDING_GAP_RE between its printed name and the first number. The texts are the body's own
 * ("United Nations Environment Assembly resolution 2/10" reworded): the author, no target of the clause's verb (extract.ts
 * adoptedOwnTextsIncludingAfter), and it ADOPTED each number (attributions.ts textsAdoptedByIncludingAttributions).
 */
export const ADOPTED_BY_THE_BEFORE_RE = /\badopted\s+by\s+the\s+$/;
export const OWN_TEXTS_INCLUDING_GAP_RE = /^,\s+(?:including|in\s+particular)\s+$/;
/**
 * Around an organ printed as the adopter before the text it adopted: "the adoption by the General Conference of the United Nations
 * Educational, Scientific and Cultural Organization on 17 October 2003 of the Declaration ..." (A/RES/79/133 PP9, PP10), "... at its
 * thirty-eighth session, in November 2015, of the strategy ..." (OP21), "the adoption by the Standing Advisory Committee, at its
 * fifty-fifth ministerial meeting, of the Kintélé declaration": "the adoption of X by <organ>" reworded (lead's ruling, sessions 64
 * and 65), the adopter takes no verb (extract.ts adoptionByOrganOfText). ADOPTION_BY_THE_BEFORE_RE right before the organ (also
 * "the adoption, by the Conference of Heads of State and Government of [ECCAS] at its seventeenth ordinary session, on 30 July 2020,
 * of the strategy", A/RES/78/59 OP14), ADOPTION_BY_ORGAN_OF_GAP_RE after it: up to two settings (its day or month, its session or
 * meeting, the body that supported it: "the adoption by the Lake Chad Basin Commission, with the support of the African Union, of
 * the Regional Stabilization ... Strategy", 78/59 PP34), then "of".
 */
export const ADOPTION_BY_THE_BEFORE_RE = /\badoption,?\s+by\s+the\s+$/;
export const ADOPTION_BY_ORGAN_OF_GAP_RE = /^(?:,?\s+(?:(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:19|20)\d\d|at\s+its\s+[^,;:()]{1,40}?\s+(?:session|meeting)|with\s+the\s+support\s+of\s+[^,;:()]{1,80}?(?=,))){0,2},?\s+of\s/;
/**
 * Around an organ printed as the endorser in the nominal form of an endorsement (lead's ruling, session 68: read as the adopter
 * above, no verb; attributions.ts gives it ENDORSES): "the endorsement by the Economic and Social Council on 2 July 2018 of the
 * Strategic Framework ..." (A/RES/78/152 OP32), "the endorsement by its Marine Environment Protection Committee of a draft action
 * plan" (79/144 OP284). ENDORSEMENT_BY_THE_BEFORE_RE right before the organ; after it ADOPTION_BY_ORGAN_OF_GAP_RE, or
 * ENDORSER_OF_GAP_RE: its sitting named as its organization's (", at the twenty-eighth session of the Authority, of the
 * memorandum", 78/69 OP64) or a lettered list ("the Committee on World Food Security of: (a) The Voluntary Guidelines", 79/171 PP38).
 * ENDORSEMENT_OF_TEXT_BY_BEFORE_RE: the endorser printed after the text, its session after it ("the endorsement of the Voluntary
 * Guidelines ... by the Committee on World Food Security at its thirty-eighth session, ..., and by the Council of the Food and
 * Agriculture Organization of the United Nations at its 144th session", 78/198 PP39; "..., as amended, by the Commission at its
 * thirty-eighth session", 78/68 OP179), as adoptionByOrganAtItsSession reads "the adoption of X by <organ> at its session".
 */
export const ENDORSEMENT_BY_THE_BEFORE_RE = /\bendorsement,?\s+by\s+(?:the|its)\s+$/;
export const ENDORSER_OF_GAP_RE = /^(?:,\s+at\s+the\s+[^,;:()]{1,40}?\s+session\s+of\s+the\s+[A-Z][a-z]+,\s+of\s|\s+of:\s)/;
// (not the Assembly's own "its endorsement of", nor an agent of a participle: "Also recalls its endorsement of the decisions and
// recommendations adopted by the Special Committee at its 2016 session", A/RES/78/111 OP7: the Committee adopted them, a target)
export const ENDORSEMENT_OF_TEXT_BY_BEFORE_RE = /(?<!\bits\s)\bendorsement\s+of\s+(?:the\s+)?[^;:()]{1,300}?(?<!\b[a-z]+ed),?\s+(?:and\s+)?by\s+the\s+$/;
/** right after the endorser printed after the text: " at its ", ", at its " (ENDORSEMENT_OF_TEXT_BY_BEFORE_RE before it) */
export const ENDORSER_AT_ITS_SESSION_GAP_RE = /^,?\s+at\s+its\s/;
/**
 * Right before a sitting where others adopted the texts the clause names: "takes note of the Abidjan Call and other relevant
 * decisions adopted by the parties during the Conference, namely decision 26/COP.15" (A/RES/78/158 OP20): the sitting is where
 * the parties adopted them, a setting, no target of the clause's verb (extract.ts verbRelations).
 */
export const PARTIES_ADOPTED_DURING_BEFORE_RE = /\badopted\s+by\s+the\s+(?:States\s+)?[Pp]arties\s+during\s+the\s+$/;
/**
 * Right before a session of the Assembly named as a point in time: "the increase of the regular budget ... in 2023 as decided after
 * the seventy-eighth session of the General Assembly" (A/RES/79/85 OP26, 80/75), "until its eightieth session", "since the
 * sixty-second session of the Assembly" (78/113): when, no target of the clause's verb (lead, session 63). Not "by the": a deadline
 * or the session as an agent ("adopted by the special session").
 */
export const SESSION_AS_TIME_BEFORE_RE = /\b(?:after|before|until|since|prior\s+to)\s+(?:the|its)\s+$/;
/**
 * Right before an event whose convening dates the clause: "expressing its deep concern that, more than 20 years after the convening
 * of the World Summit for Social Development, progress has been slow" (A/RES/78/174 PP4, 78/318 PP5): when, no target of the
 * clause's verb (lead, session 63). So "since" with no span before it: "Recognizing also that, since the convening of the World Summit
 * for Social Development in Copenhagen in 1995, advances have been made" (78/174 PP27, 79/146, 80/178).
 */
export const EVENT_AS_TIME_BEFORE_RE = /\b(?:(?:years?|decades?)\s+after|since)\s+the\s+(?:convening|holding)\s+of\s+(?:the\s+)?$/;
/**
 * Right before a body whose act dates the clause: "violations and abuses of human rights ... since the takeover by the Taliban"
 * (A/RES/79/317 OP1), "initiatives ... that aim to provide quality education ... subsequent to the Taliban’s edicts" (OP40, a
 * possessive after the body: BODY_ACT_AS_TIME_POSSESSIVE_BEFORE_RE): when, no target of the clause's verb (lead, session 63, as
 * EVENT_AS_TIME_BEFORE_RE). Not "steps taken by the Taliban" nor "the primary responsibility of the Taliban" (targets).
 */
export const BODY_ACT_AS_TIME_BEFORE_RE = /\b(?:since|after|following|subsequent\s+to)\s+the\s+(?:takeover|seizure\s+of\s+power)\s+by\s+(?:the\s+)?$/;
export const BODY_ACT_AS_TIME_POSSESSIVE_BEFORE_RE = /\b(?:since|subsequent\s+to)\s+(?:the\s+)?$/;
/**
 * Right before the author of an unnamed text whose adoption dates the clause: "the importance of the United Nations being able to
 * respond and deploy rapidly to a peacekeeping operation upon the adoption of a relevant resolution of the Security Council"
 * (A/RES/79/298 I.PP3, 78/293): when, no target (session 64, as BODY_ACT_AS_TIME_BEFORE_RE). "a"/"an" only: a numbered or named
 * text ("following the adoption of resolution 2719 (2023)") stays cited with its author.
 */
export const BODY_TEXT_ADOPTION_AS_TIME_BEFORE_RE = /\b(?:upon|after|following)\s+the\s+adoption\s+of\s+an?\s+(?:relevant\s+)?(?:resolution|decision)\s+of\s+the\s+$/;
/**
 * A sitting body named as the setting of an act, with its session after it: "urging Parties to come to agreement ... at the
 * Conference of the Parties at its twenty-eighth session" (A/RES/78/159 PP5): where, neither the body nor its session a target of
 * the clause's verb (lead, session 63). Before the body, then between it and the session (extract.ts sittingAsSetting).
 */
export const AT_THE_BEFORE_RE = /(?:^|\s)at\s+the\s+$/;
export const SITTING_AT_ITS_GAP_RE = /^\s+at\s+its\s+$/;
/**
 * The same cited text named again before its author: "Recalling also its resolution 77/335 ..., and noting that in the
 * resolution, the Assembly invited each Main Committee" (A/RES/79/192 PP5), "noting also that, in the same resolution, the
 * Council called upon parties to armed conflict" (79/185 PP31): the words right before ", the <body>" (extract.ts
 * authorAfterOwnCitedText reads the last resolution the paragraph cites before them).
 */
export const SAME_RESOLUTION_BEFORE_RE = /\bin\s+(?:the|that|this)\s+(?:same\s+)?resolution$/;

/**
 * Right after a body's name, the numbered texts it adopted that the name qualifies as an adjective: "Security Council
 * resolutions 1325 (2000)", "General Assembly and Security Council resolutions 1514 (XV) ...". The body is part of the citation,
 * as in "General Assembly resolution 70/125" (one Resolution node carries it), and no target of the clause's verb.
 * AUTHOR_LIST_GAP_RE: the gap to the next author of the same texts. Texts named by no number ("all relevant General Assembly
 * resolutions, all relevant Human Rights Council resolutions", A/RES/80/215 PP2; "relevant General Assembly and Security Council
 * resolutions", 80/41 PP2) are not read so: no node of theirs carries the body, which stays the verb's target, as in "the
 * relevant resolutions of the General Assembly" and "resolutions adopted by the Commission" (aud42e).
 */
export const AUTHOR_OF_TEXTS_AFTER_RE = /^\s+(?:resolutions?|decisions?)\s+\d/;
export const AUTHOR_LIST_GAP_RE = /^(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$/;

/**
 * The same author printed as the agent of its text: "as requested by the General Assembly in its resolution 70/125" (A/RES/79/194
 * PP45, OP36), "the Sevilla Commitment, adopted by the General Assembly in its resolution 79/323" (80/173 OP65), "the call made by
 * the General Assembly in its resolution 70/125" (80/173 OP58), "endorsed by the Economic and Social Council in its resolution
 * 2017/21", "the adoption by the General Assembly of resolution 78/213" (80/173 OP70): AGENT_BY_BEFORE_RE right before the body,
 * AUTHOR_IN_TEXT_AFTER_RE right after it. Each is "General Assembly resolution 70/125" reworded: the author, no target of the
 * clause's verb (extract.ts agentOfCitedText reads it for the Assembly only). So "the finding of the General Assembly in its
 * resolution 293 (IV)" (S/RES/82 (1950) PP1): the Assembly's finding is its resolution's.
 */
export const AGENT_BY_BEFORE_RE = /\b(?:by|of)\s+(?:the\s+)?$/;
// (or "by its resolution": "the Open-ended Working Group ..., which was established by the Assembly by its resolution 65/66 and
// its decision 70/551" (A/RES/79/44 OP1, 78/24, 80/30), "adopted by the General Assembly by its resolution ...")
export const AUTHOR_IN_TEXT_AFTER_RE = /^\s+(?:in|of|by)\s+(?:its\s+|their\s+)?(?:resolutions?|decisions?)\b/;
// (a co-subject Council or Commission between: "Recalling that ... the General Assembly and the former Commission on Human Rights
// recognized the importance of ...", "that the General Assembly and the former Commission on Human Rights encouraged States
// Parties ..." (A/RES/80/206 PP6, PP11): the Assembly's part of a joint act is still its own; the co-subject keeps the verb)
const ASSEMBLY_CO_SUBJECT = String.raw`\s+and\s+the\s+(?:former\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?)*?(?:Council|Commission)(?:\s+on(?:\s+[A-Z][\w-]*)+)?`;
/**
 * After the Assembly's name as the subject of a that-clause in its own text, its act: "We recall that the General Assembly will
 * convene, during its eighty-second session in 2027, a high-level meeting ...", "We recall that the General Assembly determined, in
 * its resolution 70/125, that ..." (A/RES/80/173 OP125, OP126; the outcome's speakers name the Assembly in the third person). Not a
 * state ("that the General Assembly is the chief deliberative ... organ"): a future or past act only, perhaps after an aside
 * that names where it acted ("Noting that the General Assembly, in the outcome document of the high-level plenary meeting of the
 * Assembly known as the World Conference on Indigenous Peoples, affirmed ...", A/RES/80/191 PP38, 79/159, 78/189; "that the
 * General Assembly, in its decision 77/568 of 1 September 2023, decided").
 */
export const ASSEMBLY_SUBJECT_ACT_AFTER_RE = new RegExp(String.raw`^(?:${ASSEMBLY_CO_SUBJECT})?(?:,\s+(?:in|by|at|through)\s[^,;]{1,200},)?\s+(?:(?:will|shall)\s+[a-z]+|[a-z]+ed\b)`);
// (before it, a that-clause opened by the setting of the act, its year after a comma: "Recalling also that at the first special
// session of the General Assembly devoted to disarmament, in 1978, the Assembly stressed that ..." (A/RES/80/50 PP5); the session
// stays a target of its own; or by the matter it acted on: "Recalling that, with regard to the election of the members of the human
// rights treaty bodies, the General Assembly and the former Commission on Human Rights recognized ...", A/RES/80/206 PP6)
export const THAT_SETTING_THE_BEFORE_RE = /\bthat,?\s+(?:at|in|during|with\s+(?:regard|respect)\s+to)\s+[^,;:]{1,160}(?:,\s+in\s+\d{4})?,\s+the\s$/;
/**
 * After the Assembly's name as the subject of "through which the" in its own text, its act in the present too: "the quadrennial
 * comprehensive policy review of operational activities, through which the General Assembly establishes key system-wide strategic
 * policy orientations" (A/RES/78/166 PP6, 79/226 PP1, 80/155 PP7): the process by which it acts, not a state ("is").
 */
export const ASSEMBLY_THROUGH_WHICH_ACT_AFTER_RE = /^\s+(?!is\b|was\b)(?:(?:will|shall)\s+[a-z]+|[a-z]+(?:ed|s)\b)/;
/**
 * Before the Assembly's name as the subject of an object relative clause in its own text, the noun before "which" being what the
 * Assembly gives: "he would be grateful for any guidance and support which the General Assembly may be able to provide at this
 * critical juncture" (A/RES/79/232 PP4). Not after a preposition ("ways in which the General Assembly can contribute", "by which
 * the General Assembly endorsed": the resolution's own author, read elsewhere); ASSEMBLY_MODAL_ACT_AFTER_RE follows.
 */
export const OBJECT_WHICH_THE_BEFORE_RE = /(?<!\b(?:in|by|at|on|to|from|through|under|with|for|of|during|after)\s)\bwhich\s+the\s$/;
/** after it, a modal verb: the act it may do ("may be able to provide", "will give"), not a state it is in */
export const ASSEMBLY_MODAL_ACT_AFTER_RE = /^\s+(?:may|might|can|could|will|would|shall)\s+(?!be\s+(?:the|a|an)\b)[a-z]/;
/**
 * Before the Assembly's name as the subject of a clause of its own text that opens after a comma, semicolon or colon (a step or
 * principle a list gives): "(e) Where circumstances warrant, the General Assembly should give special consideration to ..." (A/RES/
 * 79/250 OP3), "(m) ..., the General Assembly and the Security Council should, upon notification from the Executive Office of the
 * Secretary-General, convene without delay" (A/RES/79/327 OP42): its own act, as "that the General Assembly will convene" (session
 * 55). ASSEMBLY_CLAUSE_SUBJECT_MODAL_AFTER_RE follows.
 */
export const ASSEMBLY_CLAUSE_SUBJECT_BEFORE_RE = /(?:^|[,;:]\s+)[Tt]he\s+$/;
/** after it, a co-subject Council or Commission, then "should", "shall" or "will" and a verb (not "be": it is acted on), an aside
 *  before or after the modal */
export const ASSEMBLY_CLAUSE_SUBJECT_MODAL_AFTER_RE =
  new RegExp(String.raw`^(?:${ASSEMBLY_CO_SUBJECT})?(?:,\s+[^,;]{1,120},)?\s+(?:should|shall|will)(?:,\s+[^,;]{1,120},)?\s+(?!be\b)[a-z]`);
/**
 * The same author's act named by its day or by what it made of a thing: "adopted by the General Assembly on 24 December 2024",
 * "was proclaimed by the General Assembly as the International Year of Peace and Trust" (A/RES/80/3 annex): AUTHOR_ACT_BY_BEFORE_RE
 * right before the body, AUTHOR_ACT_ON_DAY_OR_AS_AFTER_RE right after it.
 */
export const AUTHOR_ACT_BY_BEFORE_RE = /\b(?:adopted|proclaimed|declared)\s+by\s+(?:the\s+)?$/;
// (also "as resolution N", how it was adopted between: "the Addis Ababa Action Agenda ..., adopted by the General Assembly by
// consensus as resolution 69/313 of 27 July 2015" (A/RES/78/103 OP18, 79/117): the resolution is the Assembly's act)
// (also "at its <ordinal> [special] session": "the Political Declaration and Plan of Action ..., adopted by the General Assembly at
// its sixty-fourth session" (A/RES/79/10 PP11), "the further initiatives for social development adopted by the General Assembly at
// its twenty-fourth special session" (79/146 PP3): the same act dated by its sitting, which stays a target of its own)
export const AUTHOR_ACT_ON_DAY_OR_AS_AFTER_RE = new RegExp(String.raw`^\s+(?:on\s+\d{1,2}\s+(?:${MONTHS})\s+\d{4}|as\s+(?:the|an?)\s|(?:by\s+consensus\s+)?as\s+resolution\s|at\s+its\s+[a-z]+(?:-[a-z]+)?\s+(?:(?:emergency\s+)?special\s+)?session\b)`);
/**
 * The same author's act with its resolution in a note: "the Declaration of Principles and the Plan of Action adopted by the World
 * Summit ..., and endorsed by the General Assembly,7" with "7 See resolution 59/220." (A/RES/80/118 PP9, 78/132, 79/194, 79/277
 * PP1): NOTED_ACT_BY_BEFORE_RE right before the body, NOTED_ACT_MARK_GAP_RE between it and the mark, NOTE_ONE_RESOLUTION_RE the
 * note ("endorsed by the General Assembly in its resolution 59/220" reworded: extract.ts withoutAssemblyAuthoringItsActs).
 */
export const NOTED_ACT_BY_BEFORE_RE = /\b(?:adopted|endorsed|approved|proclaimed)\s+by\s+(?:the\s+)?$/;
// (a semicolon too, where the act ends an operative paragraph: "... adopted by consensus by the Disarmament Commission and endorsed
// by the General Assembly;12" with "12 Resolution 78/52.", A/RES/80/44 OP6, 79/51 OP6)
export const NOTED_ACT_MARK_GAP_RE = /^\s*[,;]?\s*$/;
/** a note that is one resolution: "Resolution 59/220.", "See resolution 60/252." (also attributions.ts endorsedByFootnotedResolution) */
export const NOTE_ONE_RESOLUTION_RE = /^(?:See\s+)?(?:General\s+Assembly\s+)?[Rr]esolution\s+\d{1,3}\/\d{1,3}\s*\.?\s*$/;
/** "<one of the nouns> of (the) <up to eight words> by the " right before the body (the two regexes below differ in their nouns only) */
function actOfTextByBeforeRe(nouns: readonly string[]): RegExp {
  return new RegExp(String.raw`\b(?:${nouns.join('|')})\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){1,8}by\s+the\s+$`);
}
/** the author's acts named as nouns that ADOPTION_OF_TEXT_BY_BEFORE_RE reads (written once for the regex and its string gate) */
const ASSEMBLY_ACT_NOUNS: readonly string[] = ['adoption', 'reinscription', 'consideration', 'elaboration'];
/**
 * The same author's act named as a noun, with the adopted text between: "two years after the adoption of the Convention by the
 * General Assembly" (A/RES/79/243 OP5); so its other acts on a thing: "since the reinscription of the Territory by the General
 * Assembly in 2013" (A/RES/78/91 OP7, 79/104, 80/95: French Polynesia put back on its list), "all documents relating to the
 * consideration of this item by the General Assembly at its seventy-eighth session" (78/15 OP4), "recommended the elaboration of
 * a convention by the Assembly" (79/122). Right before the body; the thing acted on is up to eight words with no comma.
 */
export const ADOPTION_OF_TEXT_BY_BEFORE_RE = actOfTextByBeforeRe(ASSEMBLY_ACT_NOUNS);
/**
 * The adoption alone, of the nouns above, with no session printed after the organ: "Noting the adoption of the programme of work for the
 * 2009 session by the Conference on Disarmament on 29 May 2009" (A/RES/80/24 PP19): the organ is the adopter (extract.ts
 * adoptionByOrganAtItsSession); "the consideration of this item by the Security Council" names no adopter (accuracy-aud54i).
 */
export const ADOPTION_ONLY_OF_TEXT_BY_BEFORE_RE = actOfTextByBeforeRe(['adoption']);
/** the nouns of ADOPTION_OF_TEXT_BY_BEFORE_RE with their "of" (extract.ts's string gate before the regex) */
export const ASSEMBLY_ACT_NOUNS_OF: readonly string[] = ASSEMBLY_ACT_NOUNS.map((noun) => `${noun} of `);

/**
 * The Assembly asked by another body's recommendation to proclaim what the resolution proclaims: "the recommendation made by the
 * General Conference of [UNESCO] at its forty-second session for the United Nations General Assembly to proclaim 2025 the
 * International Year of Quantum Science and Technology" (A/RES/78/287 PP9): ASSEMBLY_ASKED_BEFORE_RE right before the body,
 * ASSEMBLY_ASKED_TO_PROCLAIM_AFTER_RE right after it. The author of the act the resolution performs, as "proclaimed by the
 * General Assembly as the International Year" (AUTHOR_ACT_BY_BEFORE_RE): no target of the clause's verb (extract.ts).
 * (and the recommendation reported with "that": "resolution 2/3 ..., in which the United Nations Habitat Assembly recommended
 * that the General Assembly proclaim 20 September as World Cleanup Day", A/RES/78/122 PP9)
 */
export const ASSEMBLY_ASKED_BEFORE_RE = /\b(?:for|recommended\s+that)\s+(?:the\s+)?(?:United\s+Nations\s+)?$/;
export const ASSEMBLY_ASKED_TO_PROCLAIM_AFTER_RE = /^\s+(?:to\s+)?(?:proclaim|declare|designate)\b/;

/**
 * The lead of a stance adjective joined to the clause before by ", and" (clauses.ts): "Recalling ..., and mindful of ...";
 * also with a footnote mark printed between the comma and "and" ("Reaffirming paragraph 80 of the Final Document of the Tenth
 * Special Session of the General Assembly,5 and convinced that ... the Outer Space Treaty", A/RES/79/18 PP14; ",1 and mindful
 * of", five texts of corpus-ga), or run into it (",5and").
 */
export const COMMA_AND_LEAD_AT_RE = /^[,;](?:\s?\d{1,3}\s*|\s+)and\s/;

/** the act that set up a part a whole includes, printed before it: "... and the operationalization of the online platform" */
const PART_SET_UP_ACT = String.raw`(?:operationalization\s+of\s+the\s+)?`;
/**
 * After the parts a whole "includes" (extract.ts lastPartsNamedByWhole): the last one in lower case, up to four words, before a
 * comma or the paragraph's end ("... and the online platform, as a tool", A/RES/80/118 PP8), also behind the act that set it up
 * ("... and the operationalization of the online platform;", A/RES/78/162 OP20, 80/149 OP22). Group 1: the gap before the words,
 * group 2: the words.
 */
export const LAST_PART_AFTER_RE = new RegExp(String.raw`^(,?\s+and\s+the\s+${PART_SET_UP_ACT})([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})(?=\s*[,;.]|$)`);
/** between two parts a whole includes, listed (extract.ts lastPartsNamedByWhole): ", the ", ", and the ", " and the " */
export const PART_LIST_GAP_RE = /^(?:,\s+(?:and\s+)?|\s+and\s+)the\s+$/;
/** the same gap, the set-up act of the part after it allowed (attributions.ts includedPartsAttributions) */
export const INCLUDED_PART_GAP_RE = new RegExp(String.raw`^(?:,\s+(?:and\s+)?|\s+and\s+)the\s+${PART_SET_UP_ACT}$`);

/**
 * The participles that report another's adoption of a text, each a word: "in which it endorsed the ...", "adopted at the ...
 * and endorsed by the General Assembly in its resolution 69/283" (attributions.ts endorsedNotAdopted reads which one links
 * the adopting or endorsing source to the text).
 */
export const ADOPTION_PARTICIPLE_RE = /\b(?:adopted|endorsed|proclaimed|approved)\b/g;
/**
 * Between a framework and the body that endorsed what a sitting adopted: ", adopted at the <sitting> and endorsed by the " (the
 * Kazan Action Plan "adopted at the sixth International Conference of Ministers ... and endorsed by the General Conference of the
 * United Nations Educational, Scientific and Cultural Organization", A/RES/79/8 OP13; attributions.ts endorsedByBodyAfterSitting).
 */
export const ADOPTED_AT_ENDORSED_BY_BODY_GAP_RE = /^\s*(?:\d{1,3}\s*)?,\s*(?:\d{1,3}\s*,?\s*)?adopted\s+at\s+the\s+[^;()]{1,240}?,?\s+and\s+endorsed\s+by\s+the\s+$/;

/**
 * Right after "calls for", "urges" or "encourages" (extract.ts frameworkOfItsImplementation): "its" and up to four modifiers
 * before "implementation" ("and calls for its timely and effective implementation", "and urges its early, inclusive and
 * effective implementation"), also behind "timely action to ensure" ("and urges timely action to ensure its full
 * implementation", the SDG Summit declaration in some fifteen texts of the Second Committee), or "their" ("its outcomes,
 * including the Kunming-Montreal Global Biodiversity Framework, and urging their early, inclusive and effective implementation").
 * Group 1: "its" or "their".
 */
export const ITS_IMPLEMENTATION_AFTER_RE = /^\s+(?:timely\s+action\s+to\s+ensure\s+)?(its|their)\s+(?:[a-z]+,?\s+){0,4}implementation\b/;
/**
 * Between an instrument and the supplement printed right after it as its own: ", 5 as well as its supplementing " (the United
 * Nations Convention against Transnational Organized Crime and its Trafficking Protocol, A/RES/78/228 PP6, 80/228 PP6), ", its
 * supplementary ", ", of its supplementary ", " and of its supplementary " (the Code of Conduct on the Safety and Security of
 * Radioactive Sources and its Guidance, A/RES/78/51, 79/55): a footnote mark, a linking word and "of" at most before "its"
 * (attributions.ts itsSupplementAttributions).
 */
export const ITS_SUPPLEMENT_GAP_RE = /^\s*(?:\d{1,3}\s*)?,?\s*(?:\d{1,3}\s*)?(?:(?:and|as\s+well\s+as)\s+)?(?:of\s+)?its\s+(?:supplementing|supplementary)\s+$/;

/** words that end a budget section's title after a comma or a space (BUDGET_SECTION_TITLE_RE): the sentence goes on */
const BUDGET_TITLE_END = String.raw`(?:and|of|as|to|by|for|from|in|with|under|while|which|related|representing|including|comprising|subject|effective|thereby)\b`;
/** one comma-free run of a budget section's title: no digit (an amount or a year ends it), no word the sentence goes on with */
const BUDGET_TITLE_RUN = String.raw`(?:(?! (?:to|for|under|as|by|from|while|which|representing|including|comprising|of the (?:proposed )?programme)\b)[^,;:()\d])+`;
/**
 * A section of the programme budget named by its number and title: "under section 29B, Department of Operational Support, and",
 * "section 2, General Assembly and Economic and Social Council affairs and conference management, 2,503,600 dollars", "section 18,
 * Economic and social development in Africa", "section 29E, Administration, Geneva", "section 33, Construction, alteration,
 * improvement and major maintenance, of the proposed programme budget" (A/RES/78/253 IX.OP4, X.OP3, XII.OP16; 79/258, 80/243 and
 * the other budget texts of the Fifth Committee). The title names a budget line, not the bodies or places its words name (extract.ts
 * withoutBudgetSectionTitles). The title runs over commas while the next words are more of it ("Strategy, Policy and Compliance",
 * "alteration, improvement"), and ends at an amount, a bracket or a word the sentence goes on with (", of the proposed", ", and
 * 30,000 dollars", " to be offset"). Group 1: the title.
 */
export const BUDGET_SECTION_TITLE_RE = new RegExp(
  String.raw`\bsection \d{1,2}[A-Z]?, (?=[A-Z])(${BUDGET_TITLE_RUN}(?:, (?!${BUDGET_TITLE_END})(?=[A-Za-z])${BUDGET_TITLE_RUN})*)`,
  'g',
);

/**
 * Right from "Secretary-General" after "as": "Welcomes the appointments of the Under-Secretary-General ... and the High
 * Representative ... as Secretary-General and Special Adviser to the Secretary-General of the fourth International Conference on
 * Small Island Developing States, respectively" (A/RES/78/232 OP31): posts of the sitting named once after the last; the first is
 * the Conference's own secretary-general, no target (extract.ts verbRelations), as "the Secretary-General of the Conference" is none.
 */
export const SG_AS_POST_OF_SITTING_RE = /^Secretary-General\s+and\s+[^;,]{1,80}?\s+of\s+the\s+[^;]{1,200}?(?:Conference|Summit)\b[^;]{0,120}?,\s+respectively\b/;
