// Two ingest workers as a pipeline: the "references" worker reads, cleans and segments each file and
// recognises its citations, documents, dates and verb clauses; it hands the lot straight to the
// "entities" worker (a MessageChannel between them: the main thread never copies it), which runs the
// entity scan, relations and attributions and posts each file's graph plans to the main thread.
//
// Why not two workers that each extract half of the files (ingest/pool.ts, split "files"): each would
// compile every stage with TurboFan. Over corpus-ga that cold cost is ~2.5 s of CPU per worker, next to
// ~2 s of work on its half; on a 2-core machine the run is CPU-bound, so compiling each stage in one
// worker only is worth the copy between the two.
//
// Results are yielded in file order. At most WINDOW files are in flight, which keeps memory bounded
// however large the corpus. A worker that crashes breaks the pipeline: the files not yet yielded go to
// `fallback` (workers by file), which retries them one by one and names a file that crashes again.
//
// KG_TIMELINE=1 (ingest/timeline.ts) prints where a run's time went: each worker's load, warm-up and files (busy wall,
// thread CPU), the waits between them, the main thread's plan time, finalize, and every thread's CPU. Session 34, corpus-ga
// at host load 12-16 (wall meaningless there; thread CPU, 3 runs): references worker 3.6-4.0 s, entities 7.4-8.4 s, main
// 2.3-2.5 s, V8's four compiler threads 3.2-3.6 s together (busy all through the run, not only at its start), of 16.5-18.6 s;
// boot 0.2 s (references) / 0.4-0.6 s (entities, warm-up included); finalize 0.1-0.3 s after the last plan. The entities
// worker, twice the references worker, is the pipeline's long pole: the references worker sits idle, held back by the
// window, about half of each run. Tried, not kept (session 34's report has the patch): the gazetteer hits in TextFacts,
// read by the references worker (gazetteer entries by index on the wire): 3 alternating pairs, entities 7.11-7.43 s (base 7.35-8.35), references
// 4.30-4.51 s (base 3.62-4.04), total CPU the same; wall at that load decided nothing.
// Session 37 (spd37a), 4 alternating pairs at host load 3-4, 5916472 against the qualifyGenericNames split and the
// lookupMisprinted gate (entityScan.ts, gazetteer/index.ts; -1.6% in bench:instructions): total CPU 16.60/17.85, 14.94/16.53,
// 15.36/14.72, 14.51/14.70 s; entities worker 7.47/7.26, 6.54/7.67, 6.93/6.59, 6.33/6.38 s; V8's four compiler threads
// 3.21/3.55, 2.97/2.94, 2.97/2.87, 2.89/2.87 s: a cut of ~1% does not show in thread CPU on a shared host (swings of 10%).
// Session 40 (spd40a), base/new, alternating, KG_TIMELINE thread CPU over files, host load 16-21 (no idle host to be had):
// the gazetteer hits among the TextFacts (read by this pipeline's references worker): 4 pairs, entities 9.46/8.98, 9.78/8.34,
// 8.91/9.03, 9.21/9.20 s, references 4.00/4.80, 4.18/4.64, 3.85/4.63, 4.00/4.65 s, total CPU the same (19.9/20.2 s on
// average). With textIncludes too (ingest/textIncludes.ts): 2 pairs, entities 12.08/10.52, 16.06/11.77 s, references
// 5.12/5.71, 6.06/6.30 s, total CPU 25.29/23.94, 32.25/27.33 s (a test suite ran beside them: figures ~1.3x the above).
// Session 42 (spd42a): perf over bench:ingest of corpus-ga (node --perf-basic-prof, 999 Hz, call graphs; samples per thread,
// 16.8k in all, host load 15-20): entities worker 43%, references worker 26%, main thread 15%, V8's four compiler threads ~10%.
// In both workers about half of the samples fall in baseline (Sparkplug) code, not TurboFan's: entities worker 3,392 of
// 7,196 (73% in the run's first fifth, 32% in its last), references 1,838 of 4,286. Builtins_LoadIC alone is ~9% of the
// entities worker: the property loads of baseline code. Functions called thousands of times over the run (headKind ~26k;
// sessionsOfBodies, linkTitlesToFootnoteSymbols, adoptedByFootnotedResolution) are never optimised under the ingest flags'
// interrupt budget (one-thread --trace-opt: never marked); the rest is a flat profile (no function above ~3% of a worker).
// The main thread spends ~32% of its samples collecting garbage, ~23% in scavenges that keep ~80% of the young generation
// (the graph it builds survives: each object is copied twice, into to-space and then into old space). postMessage of the
// entities worker's replies: ~0.9% of the samples of all threads (the --cpu-prof sampler's 1.1 s there counted waiting, not work).
// Tried, not kept: headKind (entityScan.ts) answers kept in a Map by the words joined (pure in its words; ~26k calls over
// corpus-ga, two thirds repeats; ~1% of the entities worker's samples, all in baseline code). bench:instructions --step 30
// 6,909,471,291 (3cdd111) -> 6,907,139,006 (-0.03%); one-thread native ingest of all of corpus-ga, both at once at load 16-18,
// user+sys 15.46 s (base) / 15.55 s: no gain to be seen. Nor in a faster filter build for ingest/textIncludes.ts (a rolling
// 24-bit hash of the last three code units, one multiply a character instead of two): the same 1.3 ns a character over 10k
// corpus-ga texts, the loop is bound by its reads and writes of the filter; and filterOf is ~2% of the entities worker.
// Session 43 (spd43a), KG_TIMELINE at host load ~3 (the one quiet run): thread CPU entities 4.86 s, references 2.87 s, main
// 1.21 s, V8's four compiler threads 1.26 s, of 10.28 s; entities warmed at 410 ms (boot CPU 270 ms), references idle 2.3 s
// between files. On an idle 2-core host the wall is bound twice over, and both bounds are near: all CPU over two cores
// (~5.2 s) and the entities worker's own path (boot + its CPU + finalize, ~5.4 s). Moving work to the references worker
// shortens the second only; the goal needs less CPU in all. Where the baseline code's property loads go (LoadIC 7.1% and
// LoadIC_Megamorphic 2.5% of bench:instructions --step 30; --log-ic, loads that turned megamorphic, by site): a mention's or
// candidate's `attrs.<field>` read across the many shapes attribute objects have: toMentions' eventDetails (datePhrase,
// printedStart, venue, series, unplaced, listedWith), qualifyGenericNames' attrs.qualifier and startDate, extract.ts's
// attrs.generalComment gate, citedUntyped's attrs.symbol; on the main thread mergePairs' current.ingested, mentionAttributes'
// iso, add's attrs.kind. Not changed: no one site is large; one shape for attribute objects would be a rewrite of the recognisers.
// Session 47 (spd47b): KG_TIMELINE names the main thread and each worker's thread and gives every thread's time runnable
// without a core (schedstat) and its niceness. At start the entities worker waits for the references worker's warm-up sample
// (warm-up.ts entitiesSampleWire: 50-60 ms of the references worker's CPU, 200-470 ms of wall at host load 9-19) with no
// work of its own; made at bundle time (as the gazetteer trie is) it would start its warm-up as soon as it loads (done in
// session 48, below). Tried: the references worker at a lower priority (ingest/thread-priority.ts; on by default since
// session 48, behind a guard on the host's other load).
// Session 48 (spd48b): the worker bundle carries that sample (ingest/warm-up-snapshot.ts), the entities worker warms up
// as it loads. KG_TIMELINE now also gives each worker's thread CPU between files: ~1 s each at host load ~20, for the entities
// worker mostly posting its replies (ingest/timeline.ts StageTimes.cpuStart). Finalize, per step (thread CPU, one run at load
// ~22): 240 ms in all, no step above 50 ms (addAdoptionDates 50, mergeAssemblyMeetings 40, mergeUndatedDeclarations 30).
// Session 49 (spd49a): the hand-offs. Session 48's ~0.8 s inside the entities worker's postMessage and ~1 s per worker between
// files were mostly KG_TIMELINE's thread clock lagging a tick behind (fixed: ingest/timeline.ts threadCpu). perf over
// bench:ingest of corpus-ga (999 Hz, call graphs, host load ~13; samples ~ ms): entities worker postMessage 89 (its serialize 48,
// the rest waking the main thread: eventfd write, futex wake, switch) and reading the references worker's messages 118 (scavenges
// included); references worker postMessage 89; main thread reading the replies 74: ~0.37 s of the run's 21 s of CPU (1.8%).
// In one thread (.tmp-prof/handoff.mts), all 902 replies posted and read back: ~85 ms of CPU. Tried, not kept: the plans' short
// strings sent once per run (241k of their 366k strings came in an earlier file's plans; later ones as an index into a table both
// threads keep): one thread, 6 alternating passes over all replies, process CPU 78-97 ms as now, 192-237 ms tabled (the encoder's
// Map look-ups cost more than V8's clone of the strings, ~0.1 us each).
// Session 49 (spd49c), the main thread alone: corpus-ga's plans dumped once (v8.serialize per file, as postMessage carries
// them) and replayed on one thread with the ingest flags (--single-threaded): apply ~1.7-1.9 s, finalize ~185-205 ms of
// thread CPU at host load ~15 (no mark-compact during the replay, as in bench:ingest's main isolate, --trace-gc). Under
// callgrind (~6.3G instructions; the same bundle varies ±1.5% from run to run, GC timing: no use for a 1% change):
// scavenges 27%, deserializing the plans 10% (two-byte strings: paragraph texts), hashing strings for Map.set 7% (the
// edge keys, ~100 characters each, into graphology's edge Map: one hash per key, unavoidable), Array.prototype.join 3.5%
// (PlanEdgeKeys), the adjacency dictionaries' stores 7%. V8's allocation-site pretenuring never tenures the plan's
// object literals here (--trace-pretenuring: sites at 100% survival stay "maybe tenure", max semi-space 1, 4 or 16 MB
// alike). Finalize by step (CPU profile, share of finalize): addAdoptionDates 23% (a third of it addEdgeRecord for its 3,680
// edges, optimised code with no deopt: perhaps graphology's edge Map growing then, not traced), mergeAssemblyMeetings 12%
// and mergeOwnerPrefixedTwins 12% (mostly mergeNodeInto and hasNode checks), laterCitations 11%, the rest under 6% each.
// Session 49 (spd49d): the references worker's CPU. --cpu-prof of its stages alone on one thread over corpus-ga (read, clean,
// segment, recognizeReferences with the texts' facts, the wire, v8 serialize; .tmp-prof harness, ingest flags): a flat profile,
// no function above ~5% of its samples: capitalChunks tokenize and scanCapitals, the gazetteer's matchAt, scanGazetteerAt and
// firstWordHash (the facts, together ~15%), splitClauses, cleanText and cleanInline, readResolutionRefs, findDocumentRefs,
// wordsIn, attachFootnotes, the clause-splitting regexps. Tried, not kept: paragraph, sub-paragraph and footnote texts made
// one-byte strings where every character fits in one byte (segmentResolutions, at the paragraph's literal: a test of
// /[^\x00-\xff]/ and a Buffer latin1 round trip; golden dump cmp-identical). The references wire shrinks by 26% (every 10th
// file: 7.21 -> 5.30 MB; all of corpus-ga 63.9 -> 46.9 MB), but this worker's instructions grow (callgrind, its stages alone,
// every 10th file, both at once: 5,686,674,827 -> 5,743,347,274, +1.0%): compiled JS -31M and string search -20M, against
// LoadIC_Megamorphic +38M (sites that met only two-byte flat strings now meet one-byte ones too) and ~+35M of regexp compiles
// (each expression compiled for both subject encodings, the ICU sets and case closures again; as session 33 saw the other way).
// Nor does the entities worker win it back: the whole pipeline on one thread (tests/bench/instructions-run.ts bundled, every
// 30th file, callgrind, both at once) 6,715,598,415 -> 6,869,448,635 (+2.3%; bench:instructions --step 30 at 081e1c8:
// 6,731,312,642). A retry should first move the hot scanners' reads to codeUnitAt (ingest/codeUnit.ts), so the extra string
// representation does not turn their loads megamorphic, and count the regexp compiles it adds.
// Session 50 (spd50a): the entities stage warm. One thread (.tmp-prof/warm.ts: every corpus-ga file read once, then the entities
// worker's work, decode to serialized plans, over all 902 files three or four times; ingest flags; host load 15-20): CPU a pass
// 15.3-15.5 s cold, 10.2-11.4 s warm (the same for the second, third and fourth pass: no further warming). Of the last pass
// (perf, 499 Hz): TurboFan code 37%, baseline 2%; V8 builtins the rest: LoadIC 7.9% and LoadIC_Megamorphic 3.1% (called from
// optimised code: sites with no or megamorphic feedback, spread over enrichEvents, toMentions, qualifySpecialName, segmentCandidate,
// extractParagraphWithReferences, findAttributions), Map look-ups by string 3.0% (factsOf 0.8, namedKey 0.6, entryByName 0.3) and
// Set 1.6%, calls through CallFunction 4.5% (2.3% the scan steps' table, runScanSteps inlined into scanNamedEntities), GC ~6%,
// string search ~2.5% (memchr, StringSearch), textIncludes with filterOf ~4%. Inclusive (--cpu-prof of the last pass):
// scanNamedEntities 49% (its steps' table 24%, chunkCandidates 6%, knownNameCandidates 4%), findAttributions 9%, footnote mentions
// 5%, planResolution 4%, v8 serialize and deserialize 3%. Passes over the text are not the cost: per paragraph (39,620, ~430
// characters) the stage ran 29.6 regexp execs (1.17M in all, 207k matches; only 167k of them on texts of 100+ characters, 4.3
// characters searched per character of text), 50 String includes and 16 indexOf calls (after textIncludes' filters: 2.64M,
// 497k finding something, 370M characters searched, most by memchr). No pass left is worth a gate of its own; the few that
// searched every paragraph in full for words nearly none holds are gated now (extract.ts notePhrasesOfLaterPasses,
// documentLinks.ts, entityScan.ts wsisPlus20Candidates): ~75 ms of CPU a pass of corpus-ga, replayed alone (~1%).
// bench:instructions --step 30, two pairs: 6,748,607,277 / 6,748,677,627 (ec9986f1) -> 6,728,967,977 / 6,732,367,768 (-0.29%,
// -0.24%; memchr 47.2M -> 43.8M). The warm passes'
// CPU above, base/new side by side at load ~18 (three pairs: 10.73/10.69, 11.39/10.92, 10.19/10.57 s), cannot show 1%.
// Session 50 (spd50b): the references worker warm. Its stages (read, clean, segment, recognizeReferences with the facts, the
// wire, v8 serialize) over corpus-ga three times in one process, --cpu-prof, the third pass only (~4.9 s of CPU at host load
// ~12; the first 6.8 s, the second 5.3 s: warm-up is a third of the first pass, not more): inclusive, readTextFacts 30%
// (scanCapitals 15%: tokenize 9%; scanGazetteer 11%; textWords 3%), the references recognisers 20% (resolutions 9%, documents
// 6%, dates 4%), cleanText 16% (cleanInline 4%, markPageFurniture 2.4%, normalizeText 2.2%), splitClauses 11%, segment 5%,
// readSource 5%, the wire and serialize 6.5%, GC 3.6%. Regular expressions 14% of the samples in all, none above 1.9% (the
// clause splitter's LATER_CANDIDATE_RE). Passes per text (49,125 paragraph and footnote texts a pass; every 3rd file counted by
// stage, RegExp exec and String includes/indexOf wrapped): findDocumentRefs 12.7 includes, 2 indexOf and 3.8 regexes (2.9% of
// the searches found anything), findResolutionRefs 2.8 includes and 8.3 regexes (its gate first: 21% of texts go on),
// splitClauses 3.1 includes and 7.3 regexes (59% find), findDates 4 regexes, the facts 3 regexes and one pass each of the
// word automaton, the tokenizer and the gazetteer scan; cleanText's and segmentResolutions' regexes are per line (~11 and ~12
// a text's worth, mostly anchored: they fail on a character or two). So most per-text passes are already gated; the ones
// found running on every text and finding nothing were findDocumentRefs' eleven searches and a regex for its rare passes
// (one scan now: documents.patterns.ts RARE_DOCUMENT_WORDS_RE). Tried, not kept: SPACED_YEAR_RANGE (clean.patterns.ts) with
// its lookbehind after the year, so the engine's first-character check skips (12.1 / 12.5 ms over corpus-ga's files: no gain).
// After the merge, the whole pipeline (bench:instructions --step 30, both at once, host load ~9): 6,651,848,773 before
// spd50b's two gates, 6,648,207,956 after (-0.05%: the references worker's -1.65% is ~0.05% of all; no rise).
// Session 51 (spd51b): recompiles after rare stores into a shape's constant fields (counts per isolate in ingest/warm-up.ts):
// TurboFan compiles over corpus-ga, entities worker 414 -> 400, references 196 -> 189. KG_TIMELINE, 4 alternating pairs at host
// load 8-17 (base ff2cdfbe first), V8's four compiler threads together 1.52/1.43, 1.55/1.38, 1.47/1.42, 1.56/1.44 s (every new
// run below every base run; -7%, ~0.1 s of CPU), total CPU 14.93/15.28, 15.77/13.63, 13.43/14.78, 15.77/15.82 s (noise at that
// load: no wall or total figure to give). bench:instructions --step 30, two pairs (each both at once), base / new:
// 6,739,295,128 / 6,743,990,409 and 6,747,736,643 / 6,746,142,335 (+0.07%, -0.02%): its 31
// files meet one of the rare stores only (A_RES_78_46's; 13 files of corpus-ga do), which a one-thread run of 31 files does not
// show apart from its noise (two base runs 6,643M and 6,739M this session).
// Session 51 (spd51c): spread copies as new maps, the C++ Buffer's prototype transition and spd51a's two gates (warm-up.ts has
// the deopt counts). KG_TIMELINE, 3 alternating pairs at host load ~6 (base b2fe8233 first), thread CPU base/new: entities
// 6.28/6.24, 5.85/5.69, 5.61/5.46 s, references 3.82/3.78, 3.52/3.47, 3.44/3.35 s, V8 helper threads 1.65/1.63, 1.62/1.56,
// 1.56/1.50 s, total 13.69/13.59, 12.86/12.56, 12.42/12.10 s (every new run below its pair's base, -0.7 to -2.6%: within what
// such a host swings; wall 21.7/22.1, 16.1/12.5, 12.2/11.8 s, meaningless there). bench:instructions --step 30, one pair, not
// run at once: base 6,588,470,962, new 6,644,260,095 (+0.85%; within the 1.4% two base runs differed by in session 51, no
// second pair in time: not shown to gain in instructions; its 31 files meet none of the three spread copies).
// Session 52 (spd52b): the property loads (LoadIC). Sites ranked by calls: --log-ic over the bench:instructions body (one thread,
// every 4th corpus-ga file, 226 files), each site's calls from V8's precise block coverage (Profiler.startPreciseCoverage, callCount
// and detailed). Of ~155M named loads executed, 128M are at monomorphic sites, 15M polymorphic, 4.1M megamorphic (0.4M keyed
// more); of those 4.5M, 3.6M on
// strings (a line's or text's `length`, `charCodeAt`, `slice` over five or more representations: clean.ts residueFlags 394k,
// isBlank 219k, mayBeRule 184k, isAnchorLine 113k, buildParagraphs, liftMarkedFootnotes, textStart ~90k each) and 0.96M on
// objects, most on the main thread (graphology's `attributes.kind` and `type` reads, mergeValue, mergePairs' `current.ingested`:
// 40-84 maps). The attribute objects of the entity scan are megamorphic at ~20 sites (namedKey attrs.qualifier, toMention
// attrs.eventKind, qualifySpecialName, enrichEvents' datePhrase and series: 20-60 maps each) but run ~22k times each over those
// 226 files (~100 a file): a few million instructions in all. Callgrind of the body (--step 30, --perf-basic-prof naming the
// compiled callers; 6,920.6M): LoadIC_Megamorphic 12.5M instructions (0.18%), 187k calls from optimised code, none of the entity
// scan's attribute sites above 0.1M; Builtins_LoadIC 472M (6.8%), 8.39M calls, 99% of them from baseline code (LoadICBaseline:
// ~57 instructions a load, ~48 at callers whose sites are monomorphic) and flat over ~1,100 callers (planMentions 11.7M, buildParagraphs
// 11.1M, applyPlan 10.7M, verbRelations 9.5M, knownNameCandidates 9.3M, register 9.1M: none above 2.5% of it); KeyedLoadIC
// 185M more, 2.35M calls, baseline too. So the LoadIC cost is the baseline tier's (code not yet, or never, optimised; see
// spd52c's theme), not the shapes of the attribute objects: one factory per attribute kind would save at most ~40 instructions
// at each megamorphic object load, ~5M instructions at --step 30 (<0.1%), against a rewrite of the recognisers. Not done.
// Done: the largest megamorphic site left in optimised code, residueFlags' `s.charCodeAt` (51k of the 187k calls), and the per-line
// first-character reads of liftMarkedFootnotes and usesIndentParagraphs read through codeUnitAt: LoadIC_Megamorphic 12.5M -> 8.3M
// instructions (204k -> 155k calls), total 6,920,632,619 -> 6,915,154,030 (-0.08%: within a run's noise; golden dump identical).
// bench:instructions --step 30, one pair run at once (host load ~18): base e3042514 6,784,772,202, new 6,769,916,223 (-0.22%); an
// earlier base run 6,718,549,826: the totals cannot show it (no second pair in time; KG_TIMELINE pairs at load 15-20 neither).
// Warm (the entities stage's second pass over the same 226 files in one process, wires decoded to plans serialized; callgrind
// instrumenting that pass only): Builtins_LoadIC 374M, 7.7M calls, still all from baseline code: functions that stay there in
// a warm pass (segmentCandidate 19.1M, qualifySpecialName 17.1M, enrichEvents 15.0M, shortFormCandidates 12.4M,
// bareOrgansOfOneOwner 12.2M, findAttributions 10.6M, sittingsOfDeclarations 8.5M, ordinalEditions 8.2M, eventAttributions 8.2M,
// extractParagraphWithReferences 6.4M, then ~1,000 more): a tiering question (never optimised, or deoptimised and not again),
// not one of shapes. LoadIC_Megamorphic 72.6M (983k calls) from optimised code, a flat spread: planMentions 15.2M (the
// mention key's `length`, `charCodeAt`, `startsWith`, `endsWith` loads: string representations again; the next candidate for
// codeUnitAt-style reads), chunkTokens 8.6M, bareOrdinalEditions 6.0M, toMention 5.6M, knownNameCandidates 5.0M, register 4.9M,
// possessorEnd 4.0M, qualifySpecialName 2.6M, namedKey 2.3M (attrs.qualifier), genericName 2.2M: the attribute objects' part of it
// ~10M of those 72.6M.
// Session 52 (spd52c): the entities worker's recompiles (ingest/warm-up.ts has the trace): its warm-up sample now takes ten branches
// corpus-ga first took after their functions were compiled (findAttributions' the costliest), two reads fixed; TurboFan compiles of
// the entities stage 399-405 -> 386-394; KG_TIMELINE at host load 17-21, V8's helper threads 1.62/1.43 and 1.58/1.33 s (base/new).
// Session 53 (spd53c): the references worker and the main thread, profiled apart (.tmp-prof harness, ingest flags, one thread,
// --cpu-prof at 200 us, host load 15-20). References worker's stages (read to v8 serialize, three passes of corpus-ga after the
// warm-up; 5.1-6.4 s a pass at that load): a flat profile, self time tokenize 5.2%, the gazetteer's matchAt 4.9%, GC 3.9%,
// splitClauses 3.2%, textWords 3.0%, scanGazetteerAt 3.0%, serialize 2.5%, readResolutionRefs 2.1%, the clause splitter's
// LATER_CANDIDATE_RE 2.0% (the largest regex), firstWordHash 2.0%, findDocumentRefs 2.0%, cleanText 1.6%, normalizeText 1.3%,
// tokenKind 1.2%, LATER_AT_RE 1.1%; regexes 15% in all. Main thread (corpus-ga's plans made once, then deserialize, applyPlan and
// finalize three times): GC 38% (three graphs built in one heap: more than bench:ingest's), addEdgeRecord 17% (its two edge Map
// look-ups by a fresh ~100-character key: the key's hash), attachMulti 8%, find 6%, applyPlan 4%, deserialize 2.4%; it runs no
// regex while it applies plans, and 5.7k in finalize. Regex census (RegExp exec/test/replace/split/match/matchAll/search wrapped
// in the harness, one pass of the whole pipeline): references stage 2.99M runs (61 a paragraph or footnote text), entities
// 1.24M; the runs on every text that find on few: SPACE_BEFORE_PUNCTUATION 64,877 runs / 4 finds (folded into residueFlags'
// scan now: clean.patterns.ts SPACE_BEFORE_SPACE_HYPHEN_OR_PUNCTUATION), RARE_DOCUMENT_WORDS_RE 49,125 / 368, REPORT_WORD_RE
// 49,125 / 4,897, MAY_CITE_RESOLUTIONS_RE 49,125 / 10,382; per line, anchored, failing on their first character (each under
// 0.1% of samples): the superscript-mark line 88,195 / 0, the rule line 83,684 / 0, "^[-–](?:19|20)\d\d$" 94,821 / 39.
// Tried, not kept (the 49,125 texts, one thread, ingest flags, ms a pass): MAY_CITE_RESOLUTIONS_RE 17 against "[Rr]esolution|
// [Dd]ecision|..." 26-28, five includes() 32-35, the words then a regex behind includes('/') 31-33; RARE_DOCUMENT_WORDS_RE 24 and
// each alternative's first letter as a class 24 (no gain); REPORT_WORD_RE folded into MAY_CITE_RESOLUTIONS_RE (one scan, both
// again where it finds) 37-40 against 34-36 for the two. Those gates are as cheap as a scan gets (~1 ns a character).
// Session 54 (spd54b): the entities stage alone, warm (.tmp-prof harness: corpus-ga's wires made once, then decode, extract, plan and
// v8 serialize, three passes, the third under the inspector's profiler at 200 us; ingest flags, one thread, host load 3-9; 4.8-6.6 s
// of CPU a warm pass unprofiled). 20,287 samples. Inclusive: extractParagraphWithReferences 79.8% (each paragraph's whole second
// half); the entity scan (scanNamedEntities, once per paragraph or footnote text, its answer cached for the other kinds) 45.8%, of
// it the scan steps' table (runScanSteps: ~100 gated steps, most finding nothing in most paragraphs) 24.0% and chunkCandidates
// (capitalised chunks to pattern candidates, finds in most paragraphs) 6.2%; findAttributions 10.6%; textIncludes 9.3% (self:
// textIncludes 3.2, includesOf 3.6, filterOf 2.7); GC 6.2%; enrichEvents 4.5%; footnoteMentionsOf 4.4%; verbRelations 4.2%;
// planResolution 4.0%; sessionCandidates 3.8%; segmentCandidate 3.1%; eventAttributions 3.0%; registerKept 2.8%; toMentions 2.5%;
// linkBareSgReports 2.5%. Self: no JavaScript function above 2.7% (the same flat profile as session 42's). The textIncludes
// census (every 2nd corpus-ga file, ingest/textIncludes.ts has it): 162 asks a text, 20% passed on to a search, 1.7% found. Two
// kinds of repeated work cut: a filter built again after the last paragraph (extract.ts outcomesOfSittingsNamedBefore, 0.72% of
// the samples), and phrases led by a space (" (", " and on ", " and of ", " on ") searched in full before a cheaper test that
// says no nearly always (entityScan.ts ellipticalPairs, sittingsOnDaysInVenues, knownEditionsListed; extract.ts
// withoutFrameworksInShortNames). bench:instructions --step 30, two pairs: -1.25% and -0.67% (figures in ingest/textIncludes.ts).
// The main thread (not changed): addEdgeRecord's hash of each edge key cannot be made in the worker (postMessage's serializer
// writes a string's characters, not its hash field: the main thread's copy is a new string, hashed on its first Map look-up), and
// each edge's attribute object is one literal already (graph/build.ts mentionEdge) that the graph keeps per edge.
// Session 54 (spd54a): the references stage's passes grouped by what they anchor on (census harness, regex runs and String
// includes/indexOf wrapped, every 3rd corpus-ga file: 16,760 paragraph and footnote texts, 6.0M characters; "scans" = characters
// searched / characters of text, per text): literal-word gates 7.6 full scans a text (MAY_CITE_RESOLUTIONS_RE, REPORT_WORD_RE,
// RARE_DOCUMENT_WORDS_RE: 2.8; includes '/', 'entitled ', and on paragraphs '“', ' we: (', '. We ', ': We, ': 4.8; 10% of them
// find), clean's per-line and per-file regexes 4.3 (21.7 runs a text, most anchored), digits (findDates' YEAR_RE and its
// dateEndingAt) 1.2, punctuation (splitClauses' LATER_CANDIDATE_RE and its verb regexes) 1.1 (7.3 runs, 59% find), segment
// 1.1, the recognisers' own passes behind their gates 1.2; the facts (tokenizer, gazetteer, word automaton) one JS pass each.
// Per pass over corpus-ga's 49,125 texts (one thread, ingest flags, host load ~16): the ten word gates ~190 ms, one word
// automaton of their words (wordAutomaton.ts) ~75 ms; LATER_CANDIDATE_RE ~144 ms (the costliest single scan), YEAR_RE ~19 ms.
// Tried, not kept: the literal-word group read in one pass (recognize/referenceWords.ts, patch in spd54a's report: 24 words, one
// word automaton pass a text, its answer cached by identity for findResolutionRefs, findDocumentRefs and splitClauses; golden
// dump cmp-identical). Those three over the 49,125 texts, base and new loaded side by side in one process and interleaved (6
// passes each after 2, host load ~14): 650 -> 607 ms a pass (-6.6%, new below base in every pass). The references stage alone
// (read to wire encode, every corpus-ga file, passes 2-4 of one process, 5 alternating pairs at host load 12-20): 3436/3429,
// 3511/3508, 3524/3294, 3317/3147, 3223/3169 ms (-2.7% on average). But bench:instructions --step 30, two pairs run at once
// (host load 12-20), base 96998346 / new: 6,895,194,034 / 6,949,998,950 and 6,896,148,372 / 6,952,613,999 (+0.79%, +0.82%:
// base runs agree to 0.01%, so a real rise); in its top 25 a new JIT-code entry of 102.35M instructions beside one of 102.35M
// that base has too (not traced: the callgrind file was gone, no time left to run again with --top 200).
// KG_TIMELINE over corpus-ga, 2 alternating pairs at host load 12-16 (base first, then new first), base/new thread CPU over
// files: references worker 4868/4148, 4420/4206 ms; entities worker (unchanged) 10141/8286, 8476/8237 ms; all threads
// 22.70/17.22, 17.68/16.96 s: the host's swings (the unchanged worker moved as much); no wall figure at that load (~80 s a run).
// Session 58 (spd58a): where the time goes now (one-thread ingest of all of corpus-ga, ingest flags, --cpu-prof at 200 us, host
// load 7-15; .tmp-prof harness: read to plans applied, as tests/bench/instructions-run.ts). Cold pass, self time: GC 7.5%,
// extractParagraphWithReferences 4.7% (its inlined passes), scanNamedEntities 3.7%, addEdgeRecord 2.1%, textIncludes 2.0% (with
// includesOf 1.0% and filterOf 0.8%), findAttributions 1.9%, runScanSteps 1.5%, tokenize 1.5%, matchAt 1.4%, splitClauses 1.2%,
// attachMulti 1.1%, verbRelations 1.1%, chunkCandidates 1.1%, then a flat tail (none above 1%); regexes 5.5% of the samples in
// all, none above 0.5% (the clause splitter's LATER_CANDIDATE_RE 0.48%, LATER_AT_RE 0.27%, START_RE 0.19%). Inclusive: the
// entities stage 53% (scanNamedEntities 30%, its steps' table 14.7%: enrichEvents 2.2%, sessionCandidates 1.6%,
// qualifyGenericNames 1.5%; findAttributions 5.8%), the references stage 26% (readTextFacts 8.5%), the main thread's applyPlan
// 6.5%, warm-up 3.0%. The same shape as sessions 42-54 recorded: no function grew to stand out; what sessions 55-57 added is
// spread over the steps. bench:instructions --step 30 at 2eb31171: 7,004,637,546 and 7,002,560,168 (session 54's base was
// 6,895M: +1.6%). Its largest single cost is not the run's work but the regexes' compile: CompileIrregexp 887M (12.7%), of which
// GetCaseIndependentLetters 237M, ICU's case closure of every letter of the i-flagged expressions, most of it for the four verb
// alternations of ingest/clauses.ts (4-5k characters each, compiled for both subject encodings). Done: their i flag spelled out
// as letter classes (ingest/caseFold.ts caseFolded; same matches: 78,182 execs of the 32 largest i-flagged sources over every
// 3rd corpus-ga file replayed both ways, no difference, and no slower: 6 interleaved rounds, 2,477 / 2,461 ms in all):
// CompileIrregexp 887M -> 753M, GetCaseIndependentLetters 237M -> 62M, total 7,002,560,168 -> 6,917,857,229 (-1.21%; golden dump
// identical). In a full ingest that compile is a fixed cost per worker (~20-60 ms of first execs for those four, measured as
// the first exec of each source per subject encoding), so the gain there is that much CPU, not a share of the run.
// Found, not done: the worker bundle holds raw non-ASCII characters from its line 508 (String.raw regex sources, comments), so
// V8 decodes all 3.1 MB of it as UTF-8 by its slow path and keeps it two-byte: String::NewFromUtf8 96M (1.4%) at --step 30.
// Escaping them at bundle time would change the raw strings of String.raw sources (\u2019 for ’): the same regexes, but not the
// same source text, which some code reads (verbBase, LATER_HEAD_RE's alternatives); not tried for want of time.
// Session 58 (spd58b): done, the bundle in ASCII alone (ingest/ascii-bundle.ts; esbuild's charset 'ascii' escapes strings and
// plain templates only, not regex literals, String.raw templates or comments): String.raw sources keep their text (a run of
// characters becomes the substitution ${"\uXXXX"}), so verbBase and LATER_HEAD_RE's alternatives read what they read before.
// bench:instructions --step 30, both run at once: base 24407095 6,935,379,244, new 6,859,074,863 (-76.3M, -1.10%; the
// Utf8DecoderBase 49.6M entry is gone, NewFromUtf8 inclusive 72M -> under the top; Scanner::Next unchanged). The load alone
// (--step 1000: one file) 3,518,358,027 -> 3,456,869,554 (-61.5M per bundle load, so per worker start). Golden dump identical.
// Not tried (time, and under the 0.5% bar by spd58a's estimate): folding the ~20 ordinal i-flag regexes (~0.15%).
// textIncludes census (every 5th corpus-ga file, 1.88M calls): 333k go straight to includes (284,811 texts under 100 characters,
// 11.8M characters searched; two-character phrases ": ", "” ", ") ", "“", "/" on long texts, 20M), 1.55M through the filter,
// of which 38k pass (32.5M characters) and 23.9k find. A larger filter (8192 or 16384 bits, or sized by the text) or four-grams
// instead of triples would search 60-64M characters instead of 66M (-3 to -8%): no change worth its cost.
// Session 59 (spd59a): the same flat profile (one-thread ingest of all of corpus-ga, ingest flags, inspector --cpu-prof at
// 200 us, host load ~15; 91,015 samples): GC 7.4%, extractParagraphWithReferences 5.5% (its lines: findAttributions inlined
// 1.7%, verbRelations' call 1.0%, the mention passes 0.6%), scanNamedEntities 3.6%, textIncludes 2.2%, addEdgeRecord 1.9%,
// findAttributions 1.7%, runScanSteps 1.6%, tokenize 1.5%, matchAt 1.4%, verbRelations 1.2%; regexes 5.4% (none above 0.43%).
// Allocation (sampling heap profiler with collected objects kept, every 3rd file, 860 MB sampled): push 8.1%, exec 7.0%,
// iterator next 6.6% (for-of results under --no-turbo-escape, spread over ~100 callers, none above 0.3%), join 5.7%,
// deserialize 5.3%; by caller planMentions' push 1.6%, segment's close and assemble joins 1.5% each, readOpening's exec 1.5%,
// splitClauses' exec 1.2%: no site large enough to move GC by 0.5%. The load alone (one file, --cpu-prof at 100 us): the warm-up
// 68% of it, the bench's ES module compile 7.6%, letterRe 0.9-1.5% (letterSource's character loop in the interpreter, ~150
// sources), caseFolded 0.5%. Tried, not kept: letterSource as one native replace over escapes and brackets (same output,
// checked against the loop) and the ~25 remaining non-u i-flag ordinal expressions (events.patterns.ts, entityScan.ts,
// attributions.ts, documents.ts, resolutions.patterns.ts, segment.patterns.ts SESSION and NUMBER_CONTEXT) spelled out by
// caseFolded (no `.source` read; 990,605 subjects of every 5th corpus-ga file, whole texts, lines and clauses: no difference in
// match, index or groups). Golden dump cmp-identical. bench:instructions --step 30: base 169f702c 6,904,487,360, new
// 6,898,902,992 (-5.6M, -0.08%; TextEmitPass 62.5M -> 65.6M: the folded classes cost the emitter part of what the case closure
// saved). Under the 0.5% bar: neither compile cost nor load-time string building has a 35M-instruction item left.
import { MessageChannel } from 'node:worker_threads';
import { outcomeOf, type FileOutcome, type WorkerReply, type WorkerRequest } from './pool.js';
import { startWorker } from './worker-entry.js';
import { TIMELINE, clock, timelineFile, timelineMark, timelineStart, timelineThreads } from './timeline.js';
import { cpuSample } from './thread-priority.js';

/** Files sent and not yet yielded: enough that the entities worker never waits (a corpus-ga file is 20 KB on average, 200 KB at most). */
const WINDOW = 32;

export async function* extractFilesByStage(
  files: string[],
  entry: URL,
  withExtractions: boolean,
  fallback: (rest: string[]) => AsyncGenerator<FileOutcome>,
): AsyncGenerator<FileOutcome> {
  if (TIMELINE) timelineStart();
  const channel = new MessageChannel();
  // hostAtStart: the references worker measures the host's other load from here to the end of its warm-up (thread-priority.ts)
  const references = startWorker(entry, { workerData: { role: 'references', port: channel.port1, hostAtStart: cpuSample() }, transferList: [channel.port1] });
  const entities = startWorker(entry, { workerData: { role: 'entities', port: channel.port2 }, transferList: [channel.port2] });
  const done = new Map<number, FileOutcome>();
  let next = 0;
  let emitted = 0;
  let broken = false;
  let closing = false;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const dispatch = (): void => {
    while (!broken && next < files.length && next - emitted < WINDOW) {
      const request: WorkerRequest = { id: next, file: files[next]!, withExtractions };
      references.postMessage(request);
      if (TIMELINE) timelineFile(next).dispatched = clock();
      next++;
    }
  };
  entities.on('message', (reply: WorkerReply) => {
    if (TIMELINE) Object.assign(timelineFile(reply.id), { replied: clock(), ref: reply.tl?.ref, ent: reply.tl?.ent });
    done.set(reply.id, outcomeOf(files, reply));
    if (reply.id === emitted) notify();
  });
  const breakOff = (): void => {
    if (closing) return;
    broken = true;
    notify();
  };
  for (const w of [references, entities]) {
    w.on('error', breakOff);
    w.on('exit', breakOff);
  }
  try {
    dispatch();
    while (emitted < files.length) {
      while (!done.has(emitted) && !broken) await new Promise<void>((resolve) => (wake = resolve));
      const outcome = done.get(emitted);
      if (!outcome) break; // the pipeline broke before this file was done
      done.delete(emitted);
      emitted++;
      dispatch();
      if (TIMELINE) timelineFile(emitted - 1).yielded = clock();
      yield outcome;
      if (TIMELINE) timelineFile(emitted - 1).resumed = clock();
    }
  } finally {
    closing = true;
    if (TIMELINE) {
      timelineThreads();
      timelineMark('pool: workers told to end');
    }
    // Not awaited: the caller goes on (to finalize the graph, on one core) while the workers' threads tear down their
    // heaps on theirs. Session 47 (spd47b), bench:ingest over corpus-ga, KG_TIMELINE, host load ~19: awaited, the main
    // thread waited 105, 131 and 283 ms between its last plan and finalize; now 0-1 ms (2 alternating pairs; finalize
    // itself 683-1071 ms before, 936-1036 ms after: no slower that such a host can show). A worker that cannot end is no
    // error of the batch: each exits with the process.
    void Promise.all([references.terminate(), entities.terminate()]).then(
      () => TIMELINE && timelineMark('pool: workers ended'),
      () => undefined,
    );
  }
  if (emitted < files.length) yield* fallback(files.slice(emitted));
}
