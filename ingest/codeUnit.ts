// codeUnitAt(text, i): text.charCodeAt(i) read without the property load of `charCodeAt` on the text.
// Why: a scanner's `text.charCodeAt` site meets paragraphs of five or more string representations (sliced, cons, flat,
// one- and two-byte, internalized literals), so its load of `charCodeAt` (and of `length`) turns megamorphic, and even
// TurboFan's code then looks the method up in the stub cache on every character (LoadIC_Megamorphic, ~70 instructions a
// call). Through String.prototype the load is of one constant object, which TurboFan folds: the read compiles inline.
// In code not yet optimised it costs one call more, so it is for loops over every character of a text that TurboFan
// compiles early.
// Session 44 (spd44a): callgrind of the bench:instructions body (--step 30, 547ca64, --perf-basic-prof naming compiled code):
// 2,388k calls of LoadIC_Megamorphic, 169M instructions (2.4% of 7.10G), and by caller: wordsIn 1,440k calls / 105.8M (its
// `text.length` and `text.charCodeAt`, each character), scanGazetteerAt 377k / 35.0M, tokenKind 231k / 21.4M, then chunkTokens,
// residueFlags, isBlank, mayBeRule, isOneOf, isAnchorLine, mayBeIn 1.7-4.8M each, all TurboFan code. After (--log-ic over the
// same run): no megamorphic load left in those loops, only one `length` read a call. A loop over 1,200 strings of six
// representations (the ingest flags; host at load ~20, two rounds run one variant after another): charCodeAt 18.7 / 16.2 s,
// length hoisted 12.0 / 13.8 s, length hoisted and codeUnitAt 7.0 / 7.8 s.
// Session 15 had tried this helper in tokenKind and the gazetteer scan and seen no gain (one-thread harness, 200 files,
// 20.04G -> 20.09G, see recognize/capitalChunks.ts); wordsIn (recognize/wordAutomaton.ts) came later and is now the largest
// site, one text a paragraph read character by character. Whole run (bench:instructions --step 30, checkouts side by
// side): 6,919,135,795 -> 6,656,107,133 instructions (-3.8%); bench:ingest wall and CPU time did not move beyond their noise
// (~6.3 s, ~11.2 s CPU on an idle host).

/** a capital A-Z (the scanners' one test for an ASCII capital; capitalChunks.ts's isUpper also takes Latin-1 capitals) */
export function isAsciiCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** a lowercase a-z */
export function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** a digit 0-9 */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** text.charCodeAt(i). */
export function codeUnitAt(text: string, i: number): number {
  return String.prototype.charCodeAt.call(text, i);
}

// Session 45 (spd45a): for-of garbage. The ingest runs with --no-turbo-escape (bin/ingest-flags.mjs), so TurboFan code keeps
// what escape analysis would have removed: a for-of over an array makes an iterator object, and an iterator result object per
// item. A sampling heap profile of a one-thread ingest of all of corpus-ga (collected objects included, 2.85 GB allocated in
// all) put 178 MB on the array iterator's `next` and 70 MB on `values`, besides the results allocated inline in compiled
// callers: isOneOf (capitalChunks.ts, its only allocation) 64 MB, recognizeWith (extract.ts) 80 MB; and editionHead's split
// (entityScan.ts) 29 MB, asked of every event a resolution registered in each of its paragraphs. Those and the plan's loops
// (graph/plan.ts planMentions, planRelations, planAttributions), settleOverlaps and unitedNationsNamedBefore are indexed loops
// now. Allocated bytes (the sum of --trace-gc-nvp's `allocated`) over every 3rd corpus-ga file, one thread, both checkouts at
// once: 1,033.9 MB / 78 scavenges -> 949.4 MB / 73 (-8.2%); same graph counts, golden dump cmp-identical. bench:instructions
// --step 90 side by side (11 files, start-up and compiles most of it): 4,587,573,510 -> 4,546,512,841 (-0.9%); --step 30
// side by side: 6,748,637,119 -> 6,665,002,856 (-1.24%).
// --turbo-escape instead (escape analysis back for all code) was tried again: bench:instructions --step 30 6,647,927,855 ->
// 6,688,506,592 (+0.6%, its compiles cost more than the garbage), one-thread ingest of all of corpus-ga, process CPU, run
// side by side twice: 15.98 / 15.86 s and 15.78 / 15.77 s (base / with): not kept.
// Session 46 (spd46a): the next for-of loops by allocation. A sampling heap profile (collected objects included) of a one-thread
// ingest of every 3rd corpus-ga file still put ~140 MB of ~950 MB on array iterators (`next` 100 MB, `values` 40 MB), spread over
// ~100 functions; the ~40 passes that made most of it are indexed loops now (extract.ts bareOrgansOfOneOwner, citedUntyped,
// yearsOfFullyDatedEvents, sittingsOfDeclarations, verbRelations, mentionsOf, ...; entityScan.ts ordinalEditions,
// numberedForumSittings, unOfficesAtCities, chunkCandidates, markKnownTokens, learnAcronymDefinitions, toMentions, ...;
// attributions.ts, documentLinks.ts, dates.ts dateEndingAt, references-wire.ts usualParts). Loops over Maps and Sets, over
// a call's result or over an array the loop reassigns stay for-of. Allocated bytes (the sum of --trace-gc-nvp's `allocated`)
// over every 3rd corpus-ga file, one thread, the ingest flags, both bundles at once: 956.9 MB -> 867.8 MB (-9.3%); same graph
// counts, golden dump cmp-identical. (Their scavenge counts, 75 and 137, are not comparable: on a host at load ~20 the second
// run's new space shrank after its 15th scavenge, 14 MB allocated between scavenges -> 3-6 MB, the first's did not: V8 sizes
// it by the allocation rate over wall time.)
