// Warm-up of the per-file stages (clean, segment, extraction, plan) on a private sample, run by an
// ingest worker as it loads. Why: a worker compiles its hot functions with TurboFan while its first
// files are still in the interpreter; a branch first taken after that (a footnote mark "*", a page
// number alone on a line, a venue after an event, an out-of-bounds read at a list's end) deoptimises
// the function, which is then compiled again, with everything inlined into it (findAttributions,
// buildParagraphs, markPageFurniture, splitClauses, attachFootnotes: 2-3 compiles each per worker).
// Running a sample that takes those branches first gives V8 their type feedback before it compiles.
//
// The sample is made up in the print layout of corpus-ga (PDF text of GA resolutions): masthead,
// page furniture, ruled footnote blocks, a reissue mark, hyphen breaks, no-break spaces, numbered
// paragraphs split from their number, sub-items, and sentences that state attributions (organized by,
// held in, adopted, annexed to, phases). No state reaches a real file: every stage is a pure function
// of its input or keeps its caches per resolution context (a fresh one here).
//
// Session 37 (spd37a), recompiles by their cost: a one-thread ingest of corpus-ga (--trace-opt, the ingest flags) compiled
// 826 functions with TurboFan, ~45% of the compile time going to second and later compiles of the same function. The costliest
// was entityScan.ts qualifyGenericNames, one loop of ~240 lines of rare cases: 4 compiles (an out-of-bounds read at the text's
// end, then two cases first met late), 855 of 11,120 ms of compiling. Its cases are now three functions compiled apart
// (qualifySpecialName, qualifyEstablishedName, qualifyGenericName) and the read is kept inside the text: the deopts moved
// along as warm-up text made them do before (the first part, smaller, is optimised sooner and compiled 5 times), but each
// compile is a third of the loop: two paired runs on a host at load 15-18 (times inflated alike), the three against the one
// loop 901 / 2,994 ms and 1,066 / 3,335 ms (-68%), all compiles 35.9 / 37.0 s and 42.9 / 45.3 s (-3%, -5%); the same 828-829
// compiles; the golden dump cmp-identical. Not done: routing a rare store through one shared helper (the
// "wrong map" deopts of enrichEvents' `attrs.unplaced = true`, 3 of its 4 compiles): a call site never run before the caller
// is optimised is a deopt of its own ("Insufficient type feedback for call", as chunkSegments' rare `segments.push` sites and
// findDocumentRefs' gated calls show), so only a rewrite that leaves no rare call or store in a big function would help.
// Session 38 (spd38a): reads past a string's end, which no warm-up can cover (the first file whose mention or line sits at
// the text's very end or start deopts the function, "out of bounds"): ten of them (verbRelations, cleanInline, matchAt,
// withoutPlacesInsideNames, shortFormCandidates, treatySeriesPublisher, liftTrailingFootnotes, capitalListEnd,
// symbolMentions, adoptedByFootnotedResolution) test their bound first. One-thread ingest of all of corpus-ga (the harness of
// bench:instructions, --native --trace-opt --trace-deopt): 838 -> 828 TurboFan compiles, no "out of bounds" deopt left; the
// compiles saved took ~105 ms in the base run (shortFormCandidates' third ~56 ms, symbolMentions' and capitalListEnd's second
// ~12 ms each, matchAt's ~14 ms), at a host load of 8-10. bench:instructions --step 30 meets one of them only (verbRelations):
// side by side 7,673,865,219 (base) / 7,663,325,789 (-0.14%), where two runs of the base alone gave 7,567M and 7,674M.
// Session 51 (spd51b), compiles per isolate: bench:ingest of corpus-ga (the ingest flags, --trace-opt --trace-deopt --log-code
// --log-deopt: V8 writes one log per isolate; compile times from --trace-opt matched by function), base ff2cdfbe, host load ~1.5:
// main thread 49 TurboFan compiles (applyPlan 61 ms, tsx's lexer 45 ms, the rest under 6 ms; its 21 deopts at finalize: GC'd
// maps, "weak objects"), references worker 196 compiles of 171 functions (650 KiB of code, 25 deopts), entities worker 414 of 353
// (1,271 KiB, 72 deopts); compile time (prepare + background + finalize, wall) references 1.15 s, entities 2.24 s, of which
// second and later compiles 0.20 s and 0.59 s. 21 of the entities worker's deopts and 13 of the references worker's were
// "dependency change" in batches of 3-10 functions at one moment (11.8 s into the run: knownNameCandidates, register,
// registerKept, longerNameBefore ... ten at once): --trace-generalization names the store behind each, a field of a shape going
// from constant to mutable (see mutableMentionFields below). Five rare stores, each now a new object (entityScan.ts
// reviewConferenceReferent, the resumed sitting's date range; extract.ts headingVerbsGiven via clauses.ts clauseWithVerb,
// datedByNote, annexesNamingThemselves), and the references worker makes the mention fields mutable too (it moves a report's
// key in bracketedSymbolsOfSgReports). After, the same trace (host load 17-20, two runs): entities 399 / 400 compiles
// (base 414, and 417 at that load), references 189 / 204 (base 196 / 198; the 204 run had a batch of GC "weak objects" deopts
// the others had not), "dependency change" deopts entities 21 -> 2, references 13 -> 7 (one batch left, cause not found).
// The golden dump is cmp-identical. Not changed: in A_RES_78_64 mentions of a shape not met before make eight functions deopt
// at once on "wrong map" (verbRelations, citedUntyped, planMentions, withoutQualifiersInNotes ...; one-thread --trace-deopt with
// file marks), and in A_RES_79_117 an attribution (yearsOfFullyDatedEvents, planAttributions): 78_64's mentions have the key
// lists of the others (Object.keys), so a field's representation or another path of transitions; not traced further.
// Session 51 (spd51c), traced further (the entities stage alone on one thread over corpus-ga's dumped wires, --trace-deopt with
// file marks; %HaveSameMap of every mention and attribution against those met before): not representations but spread copies.
// `{ ...m, key }` gets a map V8 makes for the clone, outside the literal's transition tree (no back pointer), though its keys are
// the literal's in the same order. 78/64's was decisionsOfQualifiedSittings' rekeyed decision, 79/117's ownersAsNested's moved
// SESSION_OF, and behind them 78/69 footnote 157's nested author (the same eight functions): each now the literal it replaces
// (tests/ingest/accuracy-spd51c.test.ts). The references worker's batch (matchAt, scanGazetteerAt, firstWordHash, wordsIn,
// strayControls: "code dependencies"; gdb on V8's DependentCode, Map::TransitionToPrototype) was Node's first Buffer made in
// C++ (it gives a Uint8Array Buffer's prototype: the Uint8Array map, stable till then, is no longer; here script.createCachedData
// in worker-entry.ts): primeNodeBuffers below. Left: isWordCode and markWordCharacters, compiled at module load (gazetteer
// fillCharacterTables) before any warm-up, deopt likewise in both workers (two tiny functions).
// bench:ingest of corpus-ga (--log-code --log-deopt, one log per isolate; one run each at host load ~6), base b2fe8233 / new:
// TurboFan compiles entities 409 / 399, references 192 / 189; deopts entities 59 / 49 ("wrong map" 14 / 2), references 19 / 14.
import { deserialize, serialize } from 'node:v8';
import { cleanText } from './clean.js';
import { segmentResolutions } from './segment.js';
import { extractWithReferences, recognizeReferences } from './extract.js';
import { findResolutionRefsWithPending } from './recognize/resolutions.js';
import { extractFileReferences } from './extract-file.js';
import { decodeFileReferences, encodeFileReferences, type WireFileReferences } from './references-wire.js';
import { planResolution } from '../graph/plan.js';
import { ENTITIES_SAMPLE_SNAPSHOT } from './warm-up-snapshot.js';
import type { EntityMention, ResolutionText, SourceText } from './models.js';
import type { WorkerRole } from './pool.js';

const RUNNING_TITLE = 'Information and communications technologies for sustainable\ndevelopment';

const PAGE_1 = `United Nations 
A/RES/79/901
 
 
General Assembly 
Distr.: General 
20 December 2024 
 
24-24901* (E)    070125 
*2424901* 
 
 
Seventy-ninth session 
Agenda item 18 (b) 
${RUNNING_TITLE} 
 
 
 
 Resolution adopted by the General Assembly 
on 17 December 2024 
 
 
[on the report of the Second Committee (A/79/460/Add.2, para. 9)] 
 
 
 
 79/901. ${RUNNING_TITLE} 
 
 
 
The General Assembly, 
 
Recalling its resolution 70/1 of 25 September 2015, entitled \u201cTransforming our 
world: the 2030 Agenda for Sustainable Development\u201d, and its resolution 79/1 of 
22 September 2024, in which the General Assembly adopted the Pact for the Future, which 
includes the Global Digital Compact and the Declaration on Future Generations,1 
 
Recalling also the outcome documents of the Geneva and Tunis phases of the World 
Summit on the Information Society, and the Global Digital Compact, annexed to the 
Pact for the Future,2 
 
Noting the WSIS Forum 2024, organized by the International Telecommunication Union, 
the United Nations Educational, Scientific and Cultural Organization and the United 
Nations Development Programme, held in Geneva from 27 to 31 May 2024, and the 
Partner2Connect Digital Coalition (International Telecommunication Union), and the 
Fifteenth United Nations Congress on Crime Prevention and Criminal Justice, held 
in Kyoto, Japan, from 7 to 12\u00a0March 2021, hosted by the Government of Japan, 
 
Welcoming and supporting the twenty-seventh session of the Commission on Science and Technology 
for Development, held at United Nations Headquarters in New York, and the capacity-
building work of the Internet Governance Forum, convened by the Secretary-General,3 
__________________ 
 
* Reissued for technical reasons on 9 January 2025. 
 
1  Resolution 79/1, annex; see also https://www.un.org/pga/79/pact-for-the-future. 
 
2  See A/60/687 and A/C.2/59/3, annex; and Official Records of the Economic and Social 
Council, 2024, Supplement No. 11 (E/2024/31), chap. I, sect. B. 
 
3  A/79/62\u2013E/2024/11. 
 
`;

const PAGE_2 = `A/RES/79/901 
${RUNNING_TITLE} 
 
24-24901 
2/3 
 
Recalling Security Council resolution 661 (1990), 986 (1995) and, in particular, 
1447 (2002), 
 
Expressing concern that the digital divide persists between developed and 
developing countries, including in the least developed countries, and in the 
interests of all States: the work of the 
 
1. 
Takes note of the report of the Secretary-General4 and of the Special Rapporteur 
on the right to development; 
 
2. 
Decides to convene in 2025 a high-level meeting of the General Assembly on the 
overall review of the implementation of the outcomes of the World Summit on the 
Information Society, to be held in New York, and requests the President of the 
General Assembly to organize an informal interactive hearing, as follows: 
 
(a) 
An opening segment with the participation of the Secretary-General in the 
high-level meeting, and data collection and -sharing; 
 
(b) 
Two plenary meetings, one on 16 December 2025 and one on 17 December 2025; 
 
• Increase labour productivity in level H* countries, action lines C1 to C11 
and e-learning (C7); 
 
• Double the output of services sectors in landlocked developing countries; 
 
3. 
Calls upon all States, the United Nations system and other stakeholders, 
*including the private sector*, to support the International Decade for 
Action, \u201cWater for Sustainable Development\u201d4 2018\u20132028, led by the United 
Nations Educational, Scientific and Cultural Organization, and encourages Member 
States to develop national strategies, while recognizing the role of the Union;5 
 
4. 
Also decides to include in the provisional agenda of its eightieth session, under 
the item entitled \u201cInformation and communications technologies for sustainable 
development\u201d, a sub-item entitled \u201cOutcome of the World Summit on the 
Information Society\u201d, and reaffirms the Tunis Agenda for the Information Society. 
__________________ 
 
4  A/79/204. 
 
5  Report of the Conference of the Parties on its twenty-eighth session, held in Dubai, United 
Arab Emirates, from 30 November to 13 December 2023 (FCCC/CP/2023/11/Add.1), 
 
decision 1/CP.28. 
 
`;

const PAGE_3 = `A/RES/79/901A/RES/79/901 
 
${RUNNING_TITLE} 
 
24-24901 
3/3 
 
5. 
Requests and encourages the Secretary-General to submit to the General Assembly at its eighty-
first session a report on the implementation of the present resolution; 
 
6 Also requests the Secretary-General to continue to support the high -level 
political forum on sustainable development, convened under the auspices of the 
Economic and Social Council. 
 
46th plenary meeting 
17 December 2024 
 
* * * 
 
Annex 
 
${RUNNING_TITLE} 
 
 Political declaration of the high-level meeting on universal health coverage 
 
We, Heads of State and Government and representatives of States and Governments, 
assembled at United Nations Headquarters in New York on 21 September 2023, 
 
We commit to achieve universal health coverage by 2030, and recognize that health is 
a precondition for sustainable development; 
 
1. 
Reaffirm our commitment to achieve universal health coverage by 2030; 
 
2. 
Commit to strengthen health systems, and recognize the role of the World Health 
Organization (WHO). 
`;

export const SAMPLE: SourceText = { file: 'warm-up/A_RES_79_901.txt', format: 'pdftext', text: PAGE_1 + PAGE_2 + PAGE_3 };

/**
 * Branches of the references stage that corpus-ga takes within its first few hundred files, each of
 * which otherwise deoptimised a compiled function there (an ECOSOC citation list, a range of years
 * proclaimed, a two-month date range across a year end, a paragraph opened on the line after a comma,
 * "Continues to", a second sentence opened by "We", a paragraph opened by "We" that repeats it: ", and we welcome",
 * which A/RES/79/1 first met, deoptimising splitClauses and laterCandidates; a numbered "Action 6." heading between its
 * paragraphs, where readParagraphs deoptimised). Only the references worker reads them: the
 * entities worker runs these stages in the interpreter (too few calls to compile), where they would
 * only cost time. Corpus-ga's references stage in one thread (valgrind, --single-threaded):
 * 15.18G -> 14.77G instructions, with the one-shape hints and sentences of resolutions.ts and clauses.ts.
 * Session 41 (spd41a, operative paragraphs 12-13): splitClauses' text adopted after ": We, " ("Insufficient type feedback"
 * at `clauses[clauses.length - 1]` there) and its aside opened by a participle of asking (`(asides ??= []).push`, "wrong
 * map"), both met in corpus-ga after it was compiled. One-thread ingest of all of corpus-ga (bench:instructions --native
 * --step 1, --trace-opt): splitClauses 5 -> 3 TurboFan compiles (398-517 ms each in that run, at host load ~15), all compiles 883 -> 879.
 * Session 53 (spd53b, operative paragraphs 13-14, no blank line after 14): the meeting line right after the last paragraph
 * (buildParagraphs' MEETING_LINE_START close, A/RES/78/20 OP10), a report's title in quotation marks (findDocumentRefs'
 * quotedReportMentions, A/RES/79/276) and pypdf's space before a comma (cleanInline's SPACE_BEFORE_CLOSING, 79/301), each first
 * met in corpus-ga after its function was compiled ("Insufficient type feedback for call"). Figures with the entities
 * sample's paragraphs, below.
 */
const REFERENCES_PREAMBLE = `Recalling its resolutions 74/911 of 12 December 2019 76/912 of 9 December 2021 and 78/913 of 
4 December 2023, 
 
Recalling Economic and Social Council resolutions 2023/3 of 5 June 2023 and 2025/2 of 
30 September 2024, and its resolution 
75/271 of 16 April 2021, by which it proclaimed 2021\u20132030 the United Nations Decade of 
Ocean Science, and the session held from 26 December to 4 January 2024, 
Deeply concerned that the digital divide persists, 
 
Recalling its resolution 72/241, entitled \u201cA world against violence and violent 
extremism\u201d, adopted by consensus, 
 
`;
const REFERENCES_OPERATIVE = `7. 
Continues to encourage Member States to support the Decade. We recognize its role; 
 
8. 
We reaffirm the Decade, and we welcome its follow-up; 
We recognize that the multilateral system must be strengthened, and we welcome the 
Decade.  
 
Priority area 4: Enhancing adaptive capacity 
\u2022 Increase labour productivity by 50 per cent by 2034. 
 
Action 6. We will invest in people to end poverty and restore trust. 
 
9. 
We reaffirm the Decade. 
 
10. 
Requests the Disarmament Commission to hold a session during 2025, namely from 7 to 25 April, and 
stresses the impacts of the COVID-194 pandemic; 
 
11. 
The Working Capital Fund shall be established for 2025 in the amount of 250 million United States dollars; 
 
12. 
Adopts the following political declaration approved by the high-level meeting on 21 September 2024: We, Heads of State 
and Government, reaffirm our commitment to end the epidemic, and commit to act; 
 
13. 
Takes note of the report \u201cOur Common Agenda\u201d of the Secretary-General , and of its resolutions 47/19 , 48/16; 
 
14. 
Decides to convene the meeting in 2026, requesting the Secretary-General to continue to support it, and invites Member 
States to participate; 
`;

export const REFERENCES_SAMPLE: SourceText = {
  ...SAMPLE,
  text: SAMPLE.text.replace('Expressing concern that', `${REFERENCES_PREAMBLE}Expressing concern that`).replace('46th plenary meeting', `${REFERENCES_OPERATIVE}46th plenary meeting`)
    .replace('decision 1/CP.28. \n', 'decision 1/CP.28. \n \n7  See A/79/62. \n'),
};

/**
 * Branches of the entities stage that corpus-ga takes within its first few hundred files, each of which
 * otherwise deoptimised a compiled function there, which V8 then compiled again with all it inlines: a
 * numbered "Conference of States Parties" named after the treaty before it (scanNamedEntities, 0.1 s of
 * TurboFan), a list of capitalised words opening a name (chunkLast), a possessive known name
 * (possessorEnd), "Assistant Secretary-General" (namesAPost), a name printed with and without "United
 * Nations" (unitedNationsNamedBefore), an initiative "of the United Nations and" another body, a
 * sitting of a body and an organ before an instrument (chunkSegments), an acronym with "+20" (learnAcronymDefinitions), a decade with its
 * years (enrichEvents), a generic name qualified by the resolution (qualifyGenericNames), "the Assembly"
 * (shortFormCandidates), places after "treaties of" (knownNameCandidates), a name's head defined in brackets
 * (learnAcronymDefinitions). Only the entities worker reads them: the references worker compiles none of these.
 * The last paragraph holds names that each took a branch of chunkSegments or segmentCandidate first met in corpus-ga,
 * which then threw away their compiled code (chunkSegments was compiled 5 times, segmentCandidate 3): a place after "in"
 * that ends one name before another ("in Malta and the ..."), "of a" after a place, a name whose first word comes
 * again after "and", "Part II", a pair of years, a Congress after a place, "with the <body>", "of the Commission", and
 * a Regional Centre (register).
 * The paragraphs after it (session 13) take branches that still deoptimised a compiled function in corpus-ga (over
 * bench:ingest with --trace-deopt: 34 deopts in the two workers before, 15 after, with ENTITIES_EARLY, the operative
 * paragraphs 8-9 and the references sample's paragraphs 10-11): "including the annex thereto entitled" (findAttributions,
 * its costliest recompile), "Affected by <agent>" (agentsOfParticiples), an instrument adopted by a forum "convened under
 * the auspices of" (now one gazetteer name: the high-level political forum's declaration) and a "Final Declaration adopted by
 * the fourteenth Conference on ..." (instrumentsOfSittings), "the Journal of the United Nations" and "UN-Oceans"
 * (knownNameCandidates and matchAt refuse the United Nations there; session 16), "Working Group I" (namesToOtherNames), "Act" as a head (headKind), "United
 * Nations International Day" (eventKey), "Mechanism" as an organization's head (fits), an event's name with ", particularly
 * in Africa" (keyCase), "of the Commission" after a short form (chunkSegments), a place opening a name with names after it
 * (withoutPlacesOpeningNames).
 * Session 14 (bench:ingest with --trace-opt: scanNamedEntities, extractParagraphWithReferences and enrichEvents each compiled
 * once less per run, 9 -> 5 compiles of these and findAttributions): a special session "to Review the Operation of" a
 * convention (scanNamedEntities called specialSessionsToReview first in corpus-ga), a declaration's meeting "of the General
 * Assembly" held on two days in a city (extractParagraphWithReferences: a nested body and a venue among the meeting's own
 * attributions), a decade extended "to 2030" (enrichEvents), decades named again later ("the Third Decade", "the Fourth
 * International Decade", whose earlier paragraph's details enrichEvents drops), an organization invited "to facilitate" an
 * observance (findAttributions' facilitators), a resolution before the author nested in a footnoted report (OP1), and "the
 * General Assembly high-level meeting on ...", whose body and meeting are nested mentions that start together (findAttributions
 * sorts them by their ends: compiled once instead of twice).
 * Session 15 (the last paragraph): a meeting "and its political declaration" and "the political declarations of the high-level
 * meetings on ..." (scanNamedEntities called declarationsAfterMeetings and listedDeclarationsOfMeetings first in corpus-ga and
 * was compiled twice, its costliest compile), and "the Force" as a short form (shortFormCandidates, compiled twice: its
 * "Force"/"Mission" test). Each now compiled once per run (bench:ingest with --trace-opt, 3 runs). The paragraph after it:
 * "the 2000 Review Conference" after a treaty (qualifyGenericNames' treaty conference named by its year) and a forum "and the
 * high-level political forum ... convened under the auspices of" after a session (eventWindowEnd): one compile less each.
 * Then "the political declaration of the 2023 high-level meeting on ..." (sittingsOfDeclarations' meeting keyed with the year,
 * "wrong map" at its first dated declaration in corpus-ga): compiled once instead of twice.
 * Session 16 (the second paragraph): a treaty named alone before another one named inside a sitting's name ("the 2026
 * Review Conference of the Parties to the Treaty on ...", then "the Treaty": register and scanNamedEntities' "the Treaty" of
 * the paragraph) and
 * "the adoption by the Fourteenth United Nations Congress ... of the Kyoto Declaration" (chunkSegments' sitting that adopts):
 * each deoptimised its function at corpus-ga's first such paragraph.
 * Session 18 (the last two paragraphs): "the seminar" after a regional seminar (seminarsNamedBefore) and "the Special
 * Rapporteurs on A and on B" (pluralMandates), branches of scanNamedEntities corpus-ga first takes in its decolonization and
 * Guam texts.
 * Session 39 (spd39a, the last two paragraphs): "the declaration adopted at that meeting", "the Declaration of the Conference",
 * "in which it adopted the political declaration contained in the annex thereto, entitled" and "all held in": findAttributions'
 * calls behind their includes gates (adoptedAtThatSittingAttributions, declarationOfTheConferenceAttributions,
 * allHeldInAttributions, DECLARATION_ANNEX_THERETO_GAP_RE), met in corpus-ga after it was compiled ("Insufficient type
 * feedback for call"), each a recompile of it. The paragraph after them: register's branches for the Millennium Development
 * Goals after the Goals, a statute of a court (courtOfStatute) and a lower-case short form ("guiding principles").
 * One-thread ingest of every other corpus-ga file (--trace-opt --trace-deopt, the ingest flags): findAttributions 3 -> 1
 * compiles, register 5 -> 3, all TurboFan compiles 552 -> 547; the golden dump cmp-identical.
 * Session 19 (the last paragraph, and operative paragraphs 12-13): branches corpus-ga took after their functions were
 * compiled (bench:ingest with --trace-deopt-verbose, which names the text): "the tenth and twentieth anniversaries of" and a
 * "Constitution" (scanNamedEntities' anniversarySittingsListed and withoutUnnamedConstitutions calls), a decade proclaimed near
 * an operative paragraph's start (proclaimedHere), two long body names chunkSegments splits, a framework named after a committee
 * (segmentCandidate), "the first Meeting of States Parties to the Treaty" (qualifyGenericNames), "the United Nations Offices at
 * Geneva, Vienna and Nairobi" (unOfficesAtCities), a mandate with a curly apostrophe (knownNameCandidates), "the Sixth Constitutional
 * Convention, established following the referendum held in" (headKind, eventWindowEnd), a footnote mark glued to a Roman numeral
 * (segmentCandidate). Deopts of the two workers' larger functions 19 -> 9-12, TurboFan compiles 590-595 -> 572-590 a run.
 * Session 52 (spd52c, the last six paragraphs here and operative paragraphs 17-20): recompiles of the entities worker's largest
 * functions, traced with the entities stage alone on one thread over corpus-ga's dumped references wires (.tmp-prof harness: the
 * warm-up, then decode, extract, plans and v8 serialize of all 902 files; the ingest flags, --trace-opt --trace-deopt with file
 * marks). Branches first taken after their function was compiled, each a soft deopt ("Insufficient type feedback") and a second
 * compile: findAttributions (7.9 KB of bytecode, the costliest compile of the stage) at A/RES/80/108's "..., which are integral
 * parts of" after two frameworks (frameworkJoinedBefore), chunkSegments at 78/69 OP226 (bodyThenPlan: the sample's "adoption by the
 * Marine Environment Protection Committee of" takes the split before it), scanNamedEntities at 78/67 (" a commission") and 78/73
 * PP21 (sittings hosted on two days: hostedAt made anew), register at 78/68 OP179 (bodyOfEstablishingInstrument), 78/73 (UNRWA's
 * Commissioner-General) and 80/198 OP50 (fundOfOrgan inlined), registerKept at 78/321 OP1 (a decade proclaimed), bareOrdinalEditions
 * at 79/331 OP43 (one edition found twice; its findIndex callback now a loop, entityScan.ts), and extractParagraphWithReferences at
 * 80/173 (adoptedOutcomeDocument), which then ran its last 160 files in baseline code, never compiled again. ownerNamedWithAttributions
 * read past a text's end (79/215 OP8; attributions.ts). Over the run: TurboFan compiles 399-405 -> 386-394, deopts 45-47 -> 32-35
 * (runs differ: when a background compile lands moves a deopt or two). Left: qualifySpecialName's second compile (79/20's Group of
 * Governmental Experts by its short name: two sample paragraphs for it only moved the deopt to its next branch, a "Group of
 * Governmental Experts to ..." with an established qualifier; not kept). The same harness, base/new
 * alternating, 3 pairs at host load ~21 (thread CPU): V8's other threads (its compiler threads, the GC being single-threaded)
 * 1051/920, 1065/863, 988/846 ms (-15% on average), the main thread 7937/7616, 7907/7338, 7087/7079 ms; the same plans (59,564,434
 * bytes serialized; these three pairs with two paragraphs more in the sample, the ones for qualifySpecialName). bench:ingest of
 * corpus-ga, KG_TIMELINE, 2 alternating pairs after a discarded one, host load 17-21 (wall 151-191 s: meaningless), thread CPU
 * base/new: V8's four helper threads 1.62/1.43, 1.58/1.33 s, entities worker 9.32/9.18, 9.00/8.51 s, all threads 18.77/18.68,
 * 18.38/17.57 s. Under valgrind (cachegrind, the harness --single-threaded, fixed seeds, every 3rd file for time: 301 files, which
 * meet few of the branches: 272 -> 269 compiles there) 14,391,394,945 -> 14,377,855,029 instructions (-0.09%), of which the larger
 * sample's warm-up +3% (native: 343 -> 352 ms of thread CPU); all 902 files --single-threaded natively: 400 -> 387 compiles, 45 -> 36
 * deopts. bench:instructions --step 30, one pair run at once (host load ~20): 6,786,921,188 -> 6,811,573,429 (+0.36%: the larger
 * warm-up; its 31 files meet one of the branches only, 78/73's; two base runs have differed by 1.4%). The golden dump is cmp-identical.
 * Session 53 (spd53b, operative paragraphs 21-22): the deopts left, traced over the whole pipeline on one thread (the
 * bench:instructions body over all 902 corpus-ga files with a mark per file; the ingest flags, --single-threaded, fixed seeds,
 * --trace-opt --trace-deopt-verbose: compiles are synchronous there, so the trace is the same from run to run): 47 deopts, 603
 * TurboFan compiles. Of the larger functions: yearSessionsNamedBefore twice (A/RES/78/61 PP10's "at the 2023 session" after the
 * Conference on Disarmament's; 79/72, a second body's session of one year: three compiles, ~31 ms each), buildParagraphs twice
 * (clean.ts; the references sample, above), possessorEnd twice ("Member States’" at 78/69, "a Member State’s Permanent
 * Mission" at 80/172; then, once those were warmed, "the Agency’s Secretariat" at 78/8), authorOfTextsNamed (extract.ts, a
 * read past the text's end at 78/69 PP33) and segmentResolutions (a spread copy's map at 79/243's annexed convention, segment.ts
 * annexParts; compiled once, it ran its last ~150 files uncompiled). After (these paragraphs, the references sample's 13-14 and
 * the three code changes): 37 deopts, 594 compiles; the golden dump cmp-identical. Left (each a function of a few ms to
 * compile, or not reached by a sample without output of its own): eleven small scan steps of scanNamedEntities' tables (their
 * rare call first taken: 78/39, 78/46, 78/50, 78/67, 79/9, 79/68, 79/122, 79/243, 79/317 twice, 80/124), markCandidates at 79/233
 * (capitalAfterMarkOk's mark after a year's full stop, a footnote sequence the sample lacks), readOpening at 78/253, toMentions
 * "wrong map" at 79/18 (attrs.qualifier), chunkTokens at 78/119, TaggedWriter.key "not a Smi" at 78/103.
 * The recompiles saved took ~148 ms of the base trace's 3,916 ms of TurboFan compiling (host load ~3: yearSessionsNamedBefore 2 x
 * ~31 ms, buildParagraphs 2 x ~22, findDocumentRefs ~12, possessorEnd 2 x ~8, cleanInline ~7, authorOfTextsNamed ~7): -3.8%, on
 * compiler threads that were ~1.4 s of bench:ingest's CPU. bench:instructions --step 30, one pair run at once (host load ~20, the
 * first commit: without the references sample's OP13): 6,863,822,013 -> 6,876,738,744 (+0.19%: the larger sample's warm-up; its
 * 31 files meet few of these branches; two base runs have differed by 1.4%). bench:ingest of corpus-ga, KG_TIMELINE, 3
 * alternating pairs at host load 17-25 (six other valgrind runs on the two cores: wall 141-346 s), the first discarded: CPU
 * base/new 25.24/35.35 s and 33.84/29.06 s, V8's four compiler threads 1.82/2.03 and 2.06/1.91 s, entities worker 12.69/19.07 and
 * 17.73/14.88 s: such a host shows nothing either way. What is sure is the trace's count; no quieter measure was had in time.
 * Session 53 (spd53a): the rare rules of sittingsOfDeclarations and yearSessionsNamedBefore are functions of their own behind the
 * gates they had (extract.ts meetingBeforeItsDeclaration, sittingOfDeclaration, yearSessionsOfParagraph; none is compiled by
 * TurboFan over corpus-ga). One-thread ingest of all of corpus-ga (bench:instructions --native --step 1, --trace-opt --trace-deopt,
 * base 4c560530 and new run at once at host load ~24, compile times inflated ~8x; an earlier base run at load ~1 compiled for 4.50 s
 * in all): TurboFan compiles 603 -> 601, deopts 47 -> 46; yearSessionsNamedBefore 3 compiles / 877 ms -> 2 / 350 ms (its one deopt
 * left: a year whose sessions are two bodies', sessionOfYear.set(year, null), met late), sittingsOfDeclarations 759 -> 152 ms.
 * Tried, not kept: the same split of findAttributions' inline rules (the leader in brackets, the venue passed along a list, a
 * resolution holding or adopting the framework after it, the PART_OF gap's guard and joined framework: four functions). The smaller
 * function reached TurboFan sooner (3 + bytecode length / 150 budget ticks), before corpus-ga's first PART_OF "set out therein"
 * (A/RES/79/178) and its Helms-Burton Act "promulgated on" (A/RES/78/7): 3 compiles and 2 deopts instead of 1 and 0, until a sample
 * paragraph took both branches ("Reaffirming the 2030 Agenda ... and the Sustainable Development Goals set out therein, and
 * concerned about laws ..., such as that promulgated on 12 March 1996 known as “the Helms-Burton Act”"); then one compile, 843 ->
 * 830 ms in the pair above: its loops are its cost, not the rare rules, and the sample costs warm-up time.
 * bench:instructions --step 30, one pair run at once (host load ~24; base 4c560530 / all three splits with that sample paragraph):
 * 6,863,816,601 / 6,866,691,513 (+0.04%, within a run's noise): the one-thread count cannot see a few compiles' gain. No second
 * pair in time; no KG_TIMELINE pair (bench:ingest at that load ran for minutes).
 */
const ENTITIES_PREAMBLE = `Recalling the convening of the first Conference of States Parties to the African 
Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba), on 4 November 2010, and the 
second Conference of States Parties, on 12 and 13 November 2012, and the Ministerial 
Declaration on Strengthening Our Actions at the National, Regional and International 
Levels to Accelerate the Implementation of Our Joint Commitments, 
 
Recalling the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, welcoming the submission at the 2026 Review 
Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons of a working paper on the Treaty, and the adoption 
by the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice of the Kyoto Declaration on Advancing 
Crime Prevention, Criminal Justice and the Rule of Law, 
 
Noting the Secretary-General\u2019s Early Warnings for All initiative, the appointment of the 
first United Nations Assistant Secretary-General for Youth Affairs, the cooperation 
between the United Nations Alliance of Civilizations and the Council of Europe, which 
encourages the Alliance of Civilizations to continue its work, the Stolen Asset Recovery 
Initiative of the United Nations and the World Bank, the Ministerial Conference of the World 
Trade Organization, the adoption by the Committee of Ministers of the Gender Equality 
Strategy, and the second International 
Conference on Agrarian Reform and Rural Development (ICARRD+20), in Cartagena, 
Colombia, from 24 to 28 February 2026, 
 
Recalling the treaties of Tlatelolco, Rarotonga, Bangkok and Pelindaba, and the United Nations 
Convention on the Law of the Sea (the Convention), 
 
Welcoming the launch of the Second International Decade for People of African Descent 
(2025\u20132034) and the Second High-level Conference, and stressing the role of the Assembly 
in this regard, 
 
Noting the work of the International Institute on Ageing in Malta and the European Centre for 
Social Welfare Policy and Research in Vienna, the establishment by the Government of Syria of a 
National Commission on Transitional Justice, the Global Partnership on Nutrient Management and 
Global Wastewater Initiative, Part II of the Vienna Declaration and Programme of Action, the 
World Summit on the Information Society in 2003 and 2005, the World Conservation Congress and 
the Panama Congress, the cooperation of the International Organization of Supreme Audit Institutions 
with the United Nations, the Model Law on Secured Transactions of the Commission, and the 
United Nations Regional Centre for Peace and Disarmament in Africa, 
 
Recalling its resolution 79/1 of 22 September 2024, entitled \u201cThe Pact for the Future\u201d, including the annex 
thereto entitled \u201cGlobal Digital Compact\u201d, its resolution 57/167 of 18 December 2002, in which it 
endorsed the Political Declaration and the Madrid International Plan of Action on Ageing, 2002, and its 
resolution 72/249 of 24 December 2017, in which it decided to convene an intergovernmental conference, 
under the auspices of the United Nations, to consider the recommendations of the Preparatory Committee 
established by resolution 69/292 of 19 June 2015, 
 
Recalling also the adoption by the Lake Chad Basin Commission, with the support of the African Union, 
of the Regional Stabilization Strategy for Areas Affected by Boko Haram in the Lake Chad Basin 
Region, and that the Commission decided, at its fifty-third session, to 
develop a model law with Working Group I, jointly with the International Labour Organization, 
 
Acknowledging the Presidents of the General Assembly at its seventy-sixth and seventy-seventh sessions 
for convening the Advisory Board on Gender Equality, the Expert Mechanism on the Rights of Indigenous Peoples, the United Nations International Day in Support of Victims of Torture, the 
Constitutive Act of the African Union and the Protocol on Explosive Remnants of War (Protocol V), the 
sixteenth session of the Conference of the Parties to the United Nations Convention to Combat 
Desertification in Those Countries Experiencing Serious Drought and/or Desertification, particularly 
in Africa, the Marrakesh Ministerial Decision, the Working Group of the Commission and the Paris Club, 
 
Welcoming the Political Declaration adopted by the High-Level Political Forum on Sustainable Development 
convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in 
New York on 18 and 19 September 2023, the Final Declaration adopted by the fourteenth Conference on 
Facilitating the Entry into Force of the Comprehensive Nuclear-Test-Ban Treaty, the pledges announced in the Journal of the United Nations 
and the work of UN-Oceans, the fourth and fifth meetings of the Inter-Agency Coordination 
Group, held in virtual format on 2 December 2022 and on 8 November 2023, and the First Meeting of the 
Conference of the Parties to the Agreement from 24 to 26 June 2024, 
 
Noting with appreciation the commitment of States parties to the Convention to the Implementation 
Review Mechanism, both as States parties under review and as reviewing States, and recalling 
decision 10/2 of 15 December 2023 of the Conference of the States Parties to the Convention, 
 
Recalling the work related to the Fourth Special Session of the Conference of the States Parties to Review the 
Operation of the Chemical Weapons Convention, held in The Hague from 21 to 30 November 2018, 
 
Recalling also its resolution 75/123 of 10 December 2020, in which it declared the period 2021\u20132030 the Fourth 
International Decade for the Eradication of Colonialism, and the Third United Nations Decade for the Eradication of 
Poverty (2018\u20132027), 
 
Welcoming the adoption of the political declaration of the General Assembly high-level meeting on the fight against 
tuberculosis, held in New York on 22 September 2023, 
 
Recalling the third high-level meeting of the General Assembly on the prevention and control of non-communicable 
diseases, held in New York on 27 September 2018, and its political declaration, and the political declarations of the 
high-level meetings on pandemic prevention, preparedness and response, on universal health coverage and on the fight 
against tuberculosis, and the United Nations Interim Force in Lebanon, and requesting the Force to report, 
 
Recalling the Treaty on the Non-Proliferation of Nuclear Weapons and the outcome document of the 2000 Review Conference, 
and the ministerial declaration of the high-level segment of the 2024 session of the Economic and Social Council and the 
high-level political forum on sustainable development convened under the auspices of the Economic and Social Council from 
8 to 17 July 2024, 
 
Reaffirming the political declaration of the 2023 high-level meeting on universal health coverage, 
 
Bearing in mind its resolution 77/109 of 7 December 2022, the Olympic and Paralympic Games, the General Assembly of the 
Organization of American States, the Division for Inclusive Social Development of the Department of Economic and Social 
Affairs of the Secretariat, the High-Level Panel on Digital Cooperation, the Secretary-General\u2019s New Agenda for Peace, the prevention and control of noncommunicable diseases and the 
Joint Inspection Unit, and requesting the Unit to report, 
 
Noting the holding of the fifty-second and fifty-third ministerial meetings of the United Nations Standing Advisory 
Committee on Security Questions in Central Africa, in Libreville from 22 to 26 November 2021, and in Sao Tome from 
15 to 19 May 2023, 
 
Welcoming the Caribbean regional seminar held by the Special Committee in Caracas from 14 to 16 May 2024, 
 
Recalling the conclusions and recommendations adopted by the seminar, and the joint letter from the Special 
Rapporteurs on the rights of Indigenous Peoples and on the right to food, 
 
Recalling the high-level meetings of the General Assembly to commemorate the tenth and twentieth anniversaries of the 
adoption of the Durban Declaration and Programme of Action, the Constitution of the World Health Organization and the 2009 
Constitution, the report of the Open-ended Ad Hoc Working Group on the Causes of Conflict and the Promotion of Durable 
Peace and Sustainable Development in Africa, the declaration of the States members of the Agency for the Prohibition of 
Nuclear Weapons in Latin America and the Caribbean on the International Day for the Total Elimination of Nuclear Weapons, 
the Committee on World Food Security Voluntary Guidelines on Food Systems and Nutrition, the adoption of the Treaty on the 
Prohibition of Nuclear Weapons on 7 July 2017 and the first Meeting of States Parties to the Treaty, the United Nations 
Offices at Geneva, Vienna and Nairobi, the Special Rapporteur on the situation of human rights in the Democratic 
People\u2019s Republic of Korea, the Sixth Constitutional Convention, established following the referendum held in November 
2020, the Treaty on the Non-Proliferation of Nuclear Weapons and the 2010 Review Conference of the Parties to the Treaty, and the 
Strategic Framework for Cooperation on Maritime Affairs3 of the Assembly, 
 
Noting the work of the Rome-based agencies, the Regional Office for Europe and Central Asia and the Open-ended Working 
Group on security of and in the use of information and communications technologies 2021\u20132025, 
 
Recalling the political declaration on the occasion of the twentieth anniversary of the World Summit on the Information 
Society, the second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons, the Office of the United 
Nations High Commissioner for Human Rights, and requesting the High Commissioner to report, and the Members\u2019 and 
Workers\u2019 Rights Forum, and general comment No. 31 (2027) of the Committee on the Rights of the Child, 
 
Welcoming the political declaration approved by the high-level meeting on the fight against tuberculosis on 30 November 
and 1 December 2026, 
 
Recalling the high-level meeting of the General Assembly on the rule of law at the national and international levels, and 
the declaration adopted at that meeting, and the outcome of the United Nations Conference on the Human Environment, 
especially principle 7 of the Declaration of the Conference, 
 
Recalling its resolution 75/284 of 8 June 2021, in which it adopted the political declaration contained in the annex thereto, 
entitled \u201cPolitical Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030\u201d, and 
the third Conference of States Parties, on 29 and 30 May 2014, and the fourth Conference of States Parties, on 14 and 
15 March 2018, all held in Addis Ababa, 
 
Bearing in mind the Sustainable Development Goals and the Millennium Development Goals, the Rome Statute of the International 
Criminal Court and the Guiding Principles on Extreme Poverty and Human Rights, 
 
Reaffirming its resolutions 79/323 of 25 August 2025 on the Sevilla Commitment adopted at the Fourth International 
Conference on Financing for Development and 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third 
International Conference on Financing for Development, which are integral parts of the 2030 Agenda for Sustainable 
Development, and the request to set up a commission to investigate the claims, 
 
Welcoming the endorsement of the Agreement for the Establishment of the General Fisheries Commission for the 
Mediterranean, as amended, by the Commission at its thirty-eighth session, 
 
Noting the most recent ministerial meetings held on 22 September 2022 and 21 September 2023, hosted by Jordan and Sweden, 
and the efforts of the Commissioner-General of the United Nations Relief and Works Agency for Palestine Refugees in the 
Near East, 
 
Recalling the first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons, the Third 
United Nations Conference on Landlocked Developing Countries, and the Humanitarian Pledge issued following the third 
Conference and the fourth Conference, 
 
Welcoming the nineteenth Summit of la Francophonie, held in France, in Villers-Cotter\u00eats and Paris, on 4 and 5 October 2024, 
 
Stressing the importance of the work of the Board of Trustees of the United Nations Voluntary Fund for Victims of Torture, 
 
`;

/**
 * A branch of computeHeadOf that corpus-ga met after it was compiled, taken in ENTITIES_PREAMBLE's place it was not (the
 * function was compiled by then): read earlier, as the sample's second paragraph. An assembly of States parties named in
 * full as an organization.
 */
const ENTITIES_EARLY = `Noting the Assembly of States Parties to the Rome Statute of the International Criminal Court, 
 
`;

// (The bare words "report of the Secretary-General" after a footnoted report: linkBareSgReports links them to that report and
// copies the Secretary-General named inside as a nested mention, a literal of another shape than the recognisers' (with
// footnote and nested). findAttributions, which reads the body mentions, met that shape ~270 paragraphs into corpus-ga ("wrong
// map", then compiled again, twice).)
// (OP11's "the articles on diplomatic protection and the articles": scanNamedEntities' step for the International Law
// Commission's articles printed alone, which only the Sixth Committee's texts reach, is called once here)
// (OP16: chunkSegments' splits "on the" after an author named in full, "from the X to the Y" of two instruments, a body "of the"
// plan it adopts, "and United Nations country teams": each met in corpus-ga after the function was compiled, 5 compiles of it
// over corpus-ga, now 2; the one-thread ingest of all of corpus-ga 828 -> 824 TurboFan compiles, graph cmp-identical)
const ENTITIES_OPERATIVE = `7. 
Takes note with appreciation of the report of the Secretary-General, and of the World Summit on the 
Information Society, convened by the Secretary-General; 
 
8. 
Adopts the political declaration of the high-level meeting on pandemic prevention, preparedness and 
response, held on 20 September 2023, as annexed to the present resolution; 
 
9. 
Invites the United Nations Environment Programme to facilitate the observance of the International Day of Clean Air 
for Blue Skies, and takes note of the report of the Secretary-General; 
 
10. 
Reaffirms that the objective of the Third Decade is to maintain the momentum generated by the implementation of the 
Second Decade, and recognizes that the eradication of colonialism continues to be one of the priorities of the United 
Nations for the Fourth International Decade; 
 
11. 
Adopts the political declaration of the high-level meeting of the General Assembly on antimicrobial resistance, held 
in New York on 26 and 27 September 2024, as annexed to the present resolution, and decides to extend the United Nations 
Decade of Action on Nutrition to 2030, and commends the articles on diplomatic protection and the articles to the 
attention of Governments; 
 
12. 
Decides to proclaim the United Nations Decade of Sustainable Transport, 2026\u20132035; 
 
13. 
Takes note of the Joint Declaration of the Paris Summit for the Mediterranean and the Montevideo Protocol III7; 
 
14. 
Takes note of the final report of the open-ended working group; 
 
15. 
Adopts the following Pact for the Future and its annexes: 
 
16. 
Takes note of the reports of the Secretary-General on the United Nations Regional Centre for Peace and Disarmament in 
Africa, and of the outcomes of international health promotion conferences, from the Ottawa Charter for Health Promotion 
to the Bangkok Charter for Health Promotion in a Globalized World, and welcomes the adoption by the Marine Environment 
Protection Committee of the 2025 Action Plan to Address Marine Plastic Litter from Ships and closer coordination between 
the Office of the High Representative and United Nations country teams; 
 
17. 
Encourages the effective implementation by member States of the Indian Ocean Rim Association of the Strategic Framework 
to comprehensively combat marine plastic litter; 
 
18. 
Adopts the following outcome document of the high-level meeting of the General Assembly on the overall review of the 
implementation of the outcomes of the World Summit on the Information Society at its eightieth session: 
 
19. 
Decides to proclaim the period from 2025 to 2034 as the Decade of Action for Cryospheric Sciences, within existing 
structures, to address the challenges associated with melting glaciers, as articulated in the International Decade of 
Sciences for Sustainable Development, 2024\u20132033, and encourages contributions to the Special Fund established by the 
Optional Protocol; 
 
20. 
Notes the commitment to sustainable development, as reaffirmed at the nineteenth Summit of la Francophonie, and the 
specific actions, as agreed at the nineteenth Summit and set out in the Villers-Cotter\u00eats Declaration; 
 
21. 
Appreciates the support expressed for the Conference on Disarmament at its 2023 session and for the Disarmament Commission 
at its 2024 session, takes note of the concerns raised at a Member State\u2019s Permanent Mission, and notes the staffing of 
the Agency\u2019s Secretariat; 
 
22. 
Notes with appreciation the efforts made at the 2023 session to promote substantive discussions; 
 
`;

export const ENTITIES_SAMPLE: SourceText = {
  ...SAMPLE,
  text: SAMPLE.text.replace('Expressing concern that', `${ENTITIES_PREAMBLE}Expressing concern that`).replace('46th plenary meeting', `${ENTITIES_OPERATIVE}46th plenary meeting`)
    .replace('Recalling also the outcome documents', `${ENTITIES_EARLY}Recalling also the outcome documents`)
    .replace('Takes note of the report of the Secretary-General4', 'Takes note, in accordance with paragraph 7 of resolution 46/30, of the report of the Secretary-General4')
    .replace('3  A/79/62\u2013E/2024/11.', '3  A/79/62\u2013E/2024/11; and the outcome of the Twelfth Ministerial Conference of the World Trade Organization.'),
};

/**
 * Runs the sample through the per-file stages of a worker's role `runs` times: every stage for a
 * "whole" worker; read to recognizeReferences for a "references" one; the rest for an "entities" one
 * (over the sample's references as the worker bundle carries them, else read here once, then copied as between
 * threads: see bundledEntitiesSample and entitiesSampleWire). Returns how many plans it made,
 * or resolutions read for "references" (a check for tests). Two runs (one half of corpus-ga, process CPU,
 * 3 alternating runs each): 3.86-3.91 s against 4.15-4.60 s without; three runs as good, five worse (V8
 * then optimises on the sample alone). A second, pypdf-style sample without footnotes made clean slower
 * (4.3-5.0 s): the optimised code covered layouts corpus-ga never has.
 * Session 43 (spd43a), one-thread ingest of all of corpus-ga (the bench:instructions bundle, --native --step 1), variants run at
 * once at host load ~20, process CPU in three rounds: two runs of each role (today's) 13.08 / 12.81 / 12.51 s, one entities run
 * 13.19 / 12.85 / 12.62 s, one references run 13.07 / 12.80 / 12.61 s: the sample's second run neither costs nor gains
 * what a shared host can show; kept at two.
 */
export function warmUpStages(runs = 2, role: WorkerRole = 'whole'): number {
  primeNodeBuffers();
  if (role === 'entities') return warmUpEntities(bundledEntitiesSample() ?? (deserialize(serialize(entitiesSampleWire())) as WireFileReferences), runs);
  // The references worker read the entities worker's sample first when it made it for that worker: its stages keep that
  // run as warm-up where the bundle carries the sample. Without it, bench:instructions --step 30 counted 6,595M -> 6,755M
  // (+2.4%, LoadIC_Megamorphic 163M where it had been under 42M): the references stage had met less before the files. With
  // it, --step 90 (the only count the session had time for): 4,532M (base) / 4,583M (+1.1%, no LoadIC_Megamorphic in the
  // top 25; two counts of one base have differed by 1.4%): not shown to be a gain nor a loss in CPU; the gain is the wait.
  if (role === 'references' && ENTITIES_SAMPLE_BUNDLED) entitiesSampleWire();
  // (the references worker moves mentions in place too: bracketedSymbolsOfSgReports, documents.ts, sets a report's key)
  if (role === 'references') mutableMentionFields();
  let made = 0;
  for (let run = 0; run < runs; run++) {
    const src: SourceText = { ...(role === 'references' ? REFERENCES_SAMPLE : SAMPLE) };
    const resolutions = segmentResolutions(cleanText(src), src);
    for (const resolution of resolutions) {
      if (run === 0) primeCitations(resolution);
      const refs = recognizeReferences(resolution, role === 'references');
      if (role !== 'references') planResolution(extractWithReferences(resolution, refs));
      made++;
    }
  }
  return made;
}

/**
 * The entities worker's sample read up to the references wire. Made when the worker bundle is made (see
 * bundledEntitiesSample); run from the sources, the references worker makes it first thing and sends it. Either way the
 * entities worker warms up on a copy as between threads and never runs (nor loads the feedback of) the references stage
 * itself: that half of its warm-up was ~90 ms of its CPU cold (clean, segment, citations, clauses in the interpreter), on the
 * thread that has the most work, while the references worker sat idle at start waiting for the
 * entities worker to take files.
 */
export function entitiesSampleWire(): WireFileReferences {
  const src: SourceText = { ...ENTITIES_SAMPLE };
  const resolutions = segmentResolutions(cleanText(src), src);
  return encodeFileReferences({ resolutions, references: resolutions.map((r) => recognizeReferences(r)), bytes: 0, warnings: [] });
}

/** Whether this code is the worker bundle, which carries the entities worker's sample (see bundledEntitiesSample). */
export const ENTITIES_SAMPLE_BUNDLED = ENTITIES_SAMPLE_SNAPSHOT !== undefined;

/**
 * The entities worker's sample as the worker bundle carries it (ingest/warm-up-snapshot.ts), read into a fresh copy
 * as a message from another thread would be; undefined outside the bundle, or when it does not read.
 * Why: in the pipeline the entities worker waited for the references worker to make the sample and send it, with no
 * work of its own meanwhile: 50-60 ms of the references worker's CPU, 200-470 ms of wall at host load 9-19 (session 47).
 */
export function bundledEntitiesSample(): WireFileReferences | undefined {
  if (ENTITIES_SAMPLE_SNAPSHOT === undefined) return undefined;
  try {
    return deserialize(Buffer.from(ENTITIES_SAMPLE_SNAPSHOT, 'base64')) as WireFileReferences;
  } catch {
    return undefined;
  }
}

/**
 * The entities worker's warm-up: `runs` times the second half of extraction and the plans over `wire`
 * (entitiesSampleWire as it arrived from another thread: its strings are copies, not the interned literals
 * the recognisers made, so the decoder gets its type feedback too; its paragraph() deoptimised on the first
 * clause with `also` in corpus-ga). Each run reads its own copy. Returns how many plans it made.
 */
export function warmUpEntities(wire: WireFileReferences, runs = 2): number {
  mutableMentionFields();
  const copies = [wire];
  for (let run = 1; run < runs; run++) copies.push(deserialize(serialize(wire)) as WireFileReferences);
  let made = 0;
  for (const copy of copies) made += extractFileReferences(decodeFileReferences(copy)).map(planResolution).length;
  return made;
}

/**
 * Has Node make one Buffer in C++ (v8.serialize's): it makes a Uint8Array and gives it Buffer's prototype, and the first
 * time in an isolate that is a prototype transition of the Uint8Array map, which V8 held stable until then. Every function
 * compiled on that assumption (each that reads a Uint8Array: the gazetteer's matchAt, scanGazetteerAt, firstWordHash,
 * wordsIn, decode's strayControls ...) was thrown away at once ("code dependencies") a few files into corpus-ga, when the
 * worker wrote its code cache (worker-entry.ts, script.createCachedData). Done first, the transition precedes every compile.
 */
function primeNodeBuffers(): void {
  serialize(0);
}

/**
 * Stores once into each field of a mention that a later stage moves in place: linkTitlesToFootnoteSymbols
 * (documentLinks.ts) sets the key, name and attributes of a report it links to a footnote's symbol, and the end
 * and phrase of one whose subject runs on to the mark. V8 tracks a field that no store has changed yet as a
 * constant of its shape (all mentions of the recognisers share one: the literal of kind, key, name, attrs, phrase,
 * start, end), and the first store of another value throws away every function compiled on that assumption. The
 * sample moves key, name and attrs (in the interpreter, before anything is compiled), but no end or phrase: in
 * corpus-ga the first such report (some 100 files in) threw away 11 compiled functions of the entities worker at
 * once (findAttributions, footnoteMentionsOf, settleOverlaps, verbRelations, toMention, mentionList ...), each then
 * compiled again. A mention of that literal's shape, changed here, makes the fields mutable before the first file.
 */
function mutableMentionFields(): void {
  const m: EntityMention = { kind: 'Document', key: '', name: '', attrs: {}, phrase: '', start: 0, end: 0 };
  m.key = m.name = m.phrase = 'report';
  m.attrs = { symbol: 'A/1' };
  m.end = 6;
}

/**
 * How often the references worker reads the sample's citations before its runs. Why: V8 gives a function its
 * feedback vector (where type feedback is kept) only once it has run ~8x its bytecode size; readResolutionRefs
 * is 3.6 KB of bytecode that most paragraphs leave at once, so the two runs of the sample never got it one, nor
 * its helpers (cite, readTail, bodyHint, laterItem ...): the sample's citations warmed nothing, and the compiled
 * code deoptimised in corpus-ga on branches the sample had taken (a singular citation that runs into a list).
 */
const CITATION_PASSES = 2;

/** Reads each paragraph's citations CITATION_PASSES times, each pass with a fresh context of extract.ts's shape. */
function primeCitations(resolution: ResolutionText): void {
  for (let k = 0; k < CITATION_PASSES; k++) {
    const ctx = { body: resolution.body, symbol: resolution.symbol, date: resolution.date, file: resolution.file };
    for (const p of resolution.paragraphs) findResolutionRefsWithPending(p.text, ctx);
  }
}




