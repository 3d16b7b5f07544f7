// Session-51 speed helper spd51b (V8's compiles and deopts). No change to the graph (golden dump cmp-identical). V8 keeps a
// field that no store has changed yet as a constant of its object shape, and compiled code that read the field depends on
// that; the first store of another value into it throws all that code away, each function then compiled again. Over
// corpus-ga (bench:ingest, --trace-deopt --trace-generalization) five rare stores did so, late in the run:
// - reviewConferenceReferent (recognize/entityScan.ts) capitalised a new Ref's `name` after making it: ten functions of the
//   entities worker (knownNameCandidates, register, registerKept, longerNameBefore ...) compiled again, 11.8 s into the run;
// - a sitting resumed on a later day (entityScan.ts eventWindow dates) set the date range's `end`: textFacts, chunkTokens;
// - headingVerbsGiven (extract.ts) gave a heading's verb to the first clause in place: the references worker's paragraph,
//   newClause;
// - datedByNote and annexesNamingThemselves (extract.ts) set relations' `target`, and the latter the paragraph's `relations`:
//   verbRelations, citedUntyped, planRelations, planResolution;
// - the references worker (bracketedSymbolsOfSgReports, documents.ts) sets a mention's `key`; only the entities worker had
//   made the mention fields mutable at warm-up (warm-up.ts mutableMentionFields): dedupe, push, mention, mentionList.
// Each now makes a new object (or filters the array in place, or primes the shape at warm-up). These tests pin, on the
// corpus-ga paragraphs that take those branches, what the code still yields, with a near case that the branch leaves alone.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFileReferences, readFileReferences } from '../../ingest/extract-file.js';
import { clauseWithVerb, splitClauses } from '../../ingest/clauses.js';
import type { ResolutionExtraction } from '../../ingest/models.js';
import { sharedDir } from '../helpers/env.js';

const ga = sharedDir('corpus-ga');

/** The first resolution of a corpus-ga file, extracted as the pipeline's two workers do. */
async function extracted(file: string): Promise<ResolutionExtraction> {
  return extractFileReferences(await readFileReferences(join(ga!, file)))[0]!;
}

const SALW_PREFIX = 'United Nations Conference to Review Progress Made in the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects';

describe.skipIf(!ga)('reviewConferenceReferent: "the third Review Conference" after the series is named (entityScan.ts)', () => {
  it('A/RES/78/46 OP7 "third Review Conference" and OP17 "fourth Review Conference": the series\' conference, capitalised', async () => {
    const r = await extracted('A_RES_78_46.txt');
    const keyOf = (id: string, phrase: string) => r.paragraphs.find((p) => p.paragraph.id === id)?.mentions.find((m) => m.phrase === phrase)?.key;
    expect(keyOf('OP7', 'third Review Conference')).toBe(`Event:Third ${SALW_PREFIX}`);
    expect(keyOf('OP17', 'fourth Review Conference')).toBe(`Event:Fourth ${SALW_PREFIX}`);
  });

  it('A/RES/78/46 PP20 "fourth Review Conference", printed before OP9 names the conference in full, is that conference (since aud61h: extract.ts reviewConferencesNamedLater)', async () => {
    const r = await extracted('A_RES_78_46.txt');
    const pp20 = r.paragraphs.find((p) => p.paragraph.id === 'PP20')!;
    expect(pp20.mentions.find((m) => m.phrase === 'fourth Review Conference')?.key).toBe(`Event:Fourth ${SALW_PREFIX}`);
  });
});

describe.skipIf(!ga)('a sitting resumed on a later day ends on that day (entityScan.ts, respective dates)', () => {
  it('A/RES/79/227 PP18 "held in Rome from 23 to 27 October and on 25 November 2023 and from 21 to 25 October 2024, respectively"', async () => {
    const r = await extracted('A_RES_79_227.txt');
    const pp18 = r.paragraphs.find((p) => p.paragraph.id === 'PP18')!;
    const dates = (key: string) => {
      const m = pp18.mentions.find((x) => x.key === key);
      return m && [m.attrs.startDate, m.attrs.endDate];
    };
    expect(dates('Event:fifty-first session of the Committee on World Food Security')).toEqual(['2023-10-23', '2023-11-25']);
    // guard: the next sitting, not resumed, keeps the end of its own range
    expect(dates('Event:fifty-second session of the Committee on World Food Security')).toEqual(['2024-10-21', '2024-10-25']);
  });
});

describe("headingVerbsGiven: a heading's verb for the verbless paragraphs after it (extract.ts)", () => {
  it.skipIf(!ga)('A/RES/78/256 "Resolves that:" then "1. The Working Capital Fund shall be established ...": DECIDES, as "Resolves"', async () => {
    const r = await extracted('A_RES_78_256.txt');
    const op1 = r.paragraphs.find((p) => p.paragraph.id === 'OP1')!;
    expect(op1.clauses[0]).toMatchObject({ index: 0, verb: 'Resolves', start: 0, relation: 'DECIDES' });
    expect(op1.relations.map((x) => `${x.type} ${x.target} «${x.verb}»`)).toEqual(['DECIDES Organization:Working Capital Fund «Resolves»']);
  });

  it("clauseWithVerb: a new clause of splitClauses' shape, the clause it is made from unchanged", () => {
    const [clause] = splitClauses('The Working Capital Fund shall be established for 2024 in the amount of 250 million United States dollars;', 'operative');
    const before = { ...clause! };
    const given = clauseWithVerb(clause!, 'Resolves', 'DECIDES');
    expect(given).not.toBe(clause);
    expect(clause).toEqual(before);
    expect(Object.keys(given)).toEqual(Object.keys(clause!));
    expect(given).toEqual({ ...before, verb: 'Resolves', relation: 'DECIDES' });
  });
});

describe.skipIf(!ga)('relations moved to another target (extract.ts datedByNote, annexesNamingThemselves)', () => {
  const RELATION_FIELDS = ['type', 'target', 'clause', 'verb', 'phrase', 'start', 'end', 'footnote'];

  it('A/RES/78/187 PP14 "the political declaration of the high-level meeting on universal health coverage,31" (31 Resolution 74/2.): the 2019 declaration', async () => {
    const r = await extracted('A_RES_78_187.txt');
    const pp14 = r.paragraphs.find((p) => p.paragraph.id === 'PP14')!;
    const dated = pp14.relations.filter((x) => x.target.startsWith('Framework:Political declaration of the high-level meeting on universal health coverage'));
    expect(dated.map((x) => `${x.type} ${x.target} ${x.start}`)).toEqual(['RECALLS Framework:Political declaration of the high-level meeting on universal health coverage (2019) 1230']);
    expect(Object.keys(dated[0]!)).toEqual(RELATION_FIELDS);
    // guard: the meeting's own relation, read from another mention, is not moved
    expect(pp14.relations.some((x) => x.target === 'Event:high-level meeting on universal health coverage @ 2019' && x.start === 1259)).toBe(true);
  });

  it('A/RES/79/1 annex II 32 "this Declaration": the annex\'s own declaration, one relation per clause', async () => {
    const r = await extracted('A_RES_79_1.txt');
    const op32 = r.paragraphs.find((p) => p.paragraph.id === 'AnnexII.OP32')!;
    const own = op32.relations.filter((x) => x.target === 'Framework:Declaration on Future Generations');
    expect(own.map((x) => `${x.type} ${x.clause} ${x.start}`)).toEqual(['NOTES 1 267', 'DECIDES 2 432', 'REQUESTS 3 685']);
    for (const x of own) expect(Object.keys(x)).toEqual(RELATION_FIELDS);
    // guard: the other targets of the paragraph are kept, and the Rio Declaration is not among them
    expect(op32.relations.some((x) => x.target === 'Organization:Special Envoy for Future Generations')).toBe(true);
    expect(op32.relations.some((x) => x.target === 'Framework:Rio Declaration on Environment and Development')).toBe(false);
  });
});
