// Session-47 speed helper spd47a (worker hot paths). No change to the graph (golden dump cmp-identical); what these tests pin
// down, for the hot paths rewritten:
// - readTextFacts (recognize/entityScan.ts) keeps each text's word starts as a view of a shared block, not a slice of its
//   own: the starts of one text stay its own while later texts (and a text longer than a block) are read;
// - findDocumentRefs (recognize/documents.ts) asks its two "entitled" patterns behind one search for "entitled ": a quoted
//   title and a bare one are still read, a text without the word reads neither;
// - splitClauses (clauses.ts) looks for a declaration's later sentence (". We ") with a plain search instead of textIncludes;
//   declarationsAdoptedAtThatSitting (extract.ts) likewise (its cases: tests/ingest/accuracy-aud32n.test.ts);
// - indexed loops for for-of over arrays (chunkCandidates, matchAt, findDates, knownNameCandidates, shortFormCandidates,
//   registerKept, clauseAt, splitClauses): the readings below go through them.
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../ingest/clauses.js';
import { findDocumentRefs } from '../../ingest/recognize/documents.js';
import { readTextFacts } from '../../ingest/recognize/entityScan.js';

// A/RES/80/75 OP22 (corpus-ga A_RES_80_75.txt)
const OP22_80_75 =
  'Notes the online publication of the United Nations Environment Programme booklet entitled Radiation: Effects and Sources in 16 different languages, and encourages its wide dissemination and periodic update, as appropriate, on the basis of the most recent Scientific Committee reports and annexes;';
// A/RES/80/75 OP23
const OP23_80_75 =
  'Welcomes the ongoing work of the secretariat to publish the website of the Scientific Committee in all official languages of the United Nations;';
// A/RES/80/166 PP15 (corpus-ga A_RES_80_166.txt)
const PP15_80_166 =
  'Recalling also its resolution 64/115 of 16 December 2009 and the document entitled “Introduction and implementation of sanctions imposed by the United Nations” annexed thereto,';
// A/RES/79/1 annex OP46, its first four sentences (corpus-ga A_RES_79_1.txt)
const OP46_79_1 =
  'A nuclear war would visit devastation upon all humankind and we must make every effort to avert the danger of such a war, bearing in mind that “a nuclear war cannot be won and must never be fought”. We will uphold our respective obligations and commitments. We reiterate our deep concern over the state of nuclear disarmament. We reaffirm the inalienable right of all countries to develop research, production and use of nuclear energy for peaceful purposes without discrimination, in conformity with their respective obligations.';

describe('readTextFacts: word starts kept in a shared block', () => {
  it('A/RES/80/75 OP22: the starts and gazetteer names of a text stay its own after other texts, one longer than a block, are read', () => {
    const facts = readTextFacts(OP22_80_75);
    const firstWords = (starts: Int32Array): string[] => [...starts].slice(0, 4).map((i) => OP22_80_75.slice(i, OP22_80_75.indexOf(' ', i)));
    const before = [...facts.wordStarts];
    expect(firstWords(facts.wordStarts)).toEqual(['Notes', 'the', 'online', 'publication']);
    expect(facts.hits.map((h) => OP22_80_75.slice(h.start, h.end))).toEqual(['United Nations Environment Programme']);
    // (70,000 words: more starts than one block holds, then a short text in the next block)
    const long = Array.from({ length: 70_000 }, (_, k) => (k % 7 === 0 ? 'Welcomes' : 'the')).join(' ');
    const longFacts = readTextFacts(long);
    expect(longFacts.wordStarts.length).toBe(70_000);
    expect(longFacts.wordStarts[69_999]).toBe(long.lastIndexOf(' ') + 1);
    const other = readTextFacts(OP23_80_75);
    expect(OP23_80_75.slice(other.wordStarts[1]!, other.wordStarts[2]! - 1)).toBe('the');
    expect([...facts.wordStarts]).toEqual(before);
  });

  it('guard: a text read twice gets the same starts, each in its own view', () => {
    const a = readTextFacts(OP23_80_75);
    const b = readTextFacts(OP23_80_75);
    expect([...b.wordStarts]).toEqual([...a.wordStarts]);
    b.wordStarts[0] = -1;
    expect(a.wordStarts[0]).toBe(0);
  });
});

describe('findDocumentRefs: the "entitled" titles behind one search', () => {
  it('A/RES/80/75 OP22: "booklet entitled Radiation: Effects and Sources" (a bare title) is the document', () => {
    expect(findDocumentRefs(OP22_80_75).map((m) => `${m.key} «${m.phrase}»`)).toEqual(['Document:radiation: effects and sources «Radiation: Effects and Sources»']);
  });

  it('A/RES/80/166 PP15: "the document entitled “Introduction and implementation of sanctions ...”" (a quoted title)', () => {
    expect(findDocumentRefs(PP15_80_166).map((m) => m.key)).toEqual(['Document:introduction and implementation of sanctions imposed by the united nations']);
  });

  it('guard: A/RES/80/75 OP23, no "entitled", names no document; nor a title word with "entitled" not before a capital', () => {
    expect(findDocumentRefs(OP23_80_75)).toEqual([]);
    expect(findDocumentRefs('Notes the online publication of the booklet entitled radiation: effects and sources in 16 different languages;')).toEqual([]);
  });
});

describe('splitClauses: a declaration\'s later sentence found by a plain search', () => {
  it('A/RES/79/1 annex OP46: ". We will uphold", ". We reiterate", ". We reaffirm" each open a clause after a first sentence without "We"', () => {
    expect(splitClauses(OP46_79_1, 'operative').map((c) => `${c.verb}|${c.relation ?? '-'}`)).toEqual(['A|-', 'We will|-', 'reiterate our deep concern|REITERATES', 'reaffirm|REAFFIRMS']);
  });

  it('guard: the first sentence alone, its "we must" inside, is one clause', () => {
    const first = OP46_79_1.slice(0, OP46_79_1.indexOf(' We will'));
    expect(splitClauses(first, 'operative').map((c) => c.verb)).toEqual(['A']);
  });
});
