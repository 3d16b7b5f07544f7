// The flat form in which the "references" worker hands a file to the "entities" worker must give back,
// after a structured clone, exactly what it was made from: same values, same key order, same shared objects.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { decodeFileReferences, encodeFileReferences } from '../../ingest/references-wire.js';
import { readFileReferences, type FileReferences } from '../../ingest/extract-file.js';
import { extractResolution, extractWithReferences, recognizeReferences } from '../../ingest/extract.js';
import { giveTextFacts, readTextFacts, scanNamedEntities } from '../../ingest/recognize/entityScan.js';
import { resolution80140 } from '../helpers/resolution-text.js';
import { sharedDir } from '../helpers/env.js';

/** The same values, with keys in the same order, undefined-valued keys and Map entries included. */
const dump = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x === undefined ? '(undefined)' : x instanceof Map ? { map: [...x] } : x));
const sameClone = (a: unknown, b: unknown): boolean => dump(a) === dump(b);
const acrossThreads = (read: FileReferences): FileReferences => decodeFileReferences(structuredClone(encodeFileReferences(read)));

describe('references on the wire', () => {
  const resolution = resolution80140([
      {
        id: 'OP10',
        kind: 'operative',
        text: 'Recalls, in line with decisions 15/6 and 16/31, the report of the Secretary-General (A/80/210) of 12 May 2025;1',
        footnoteRefs: [
          { mark: '1', offset: 112, footnote: { mark: '1', text: 'See decision 16/6 of the Conference of the Parties to the Convention on Biological Diversity, and decision 15/6.' } },
          { mark: '2', offset: 3 },
        ],
        subparagraphs: [],
      },
      { id: 'OP11', kind: 'operative', text: 'Takes note of decisions 15/10 and 16/4 of the Conference of the Parties to the Convention on Biological Diversity;', footnoteRefs: [], subparagraphs: [] },
  ]);

  it('gives back mentions, clauses, footnotes and settled citations exactly, the settled ones keyed by the mentions\' own attrs', () => {
    const read: FileReferences = { resolutions: [resolution], references: [recognizeReferences(resolution)], bytes: 10, warnings: ['w'] };
    expect(read.references[0]!.pending?.size).toBeGreaterThan(0);
    const back = acrossThreads(read);
    expect(sameClone(back, read)).toBe(true);
    const pending = back.references[0]!.pending!;
    const attrsOfMentions = back.references[0]!.paragraphs.flatMap((p) => [p.body, ...p.footnotes].flatMap((t) => (t ? t.before : []))).map((m) => m.attrs);
    expect([...pending.keys()].every((a) => attrsOfMentions.includes(a))).toBe(true);
  });

  it('passes objects of another shape (a mention with a footnote, an odd clause) as they are', () => {
    const refs = recognizeReferences(resolution);
    const p = refs.paragraphs[0]!;
    p.body.before.push({ kind: 'Document', key: 'Document:X', name: 'X', attrs: {}, phrase: 'X', start: 0, end: 1, footnote: { mark: '1', offset: 3 } });
    p.clauses.push({ index: 9, verb: 'notes', start: 0, end: 1 });
    p.body.problemsAfter.push('findDates failed on "…": boom');
    const read: FileReferences = { resolutions: [resolution], references: [refs], bytes: 0, warnings: [] };
    expect(sameClone(acrossThreads(read), read)).toBe(true);
  });
});

describe("texts' facts (what the entity scan reads of a text alone) on the wire", () => {
  // A/RES/78/132 PP16 and its footnote 9
  const text =
    'Taking note of the report of the Secretary-General on the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels, 9';
  const resolution = resolution80140([{ id: 'PP16', kind: 'preambular', text, footnoteRefs: [{ mark: '9', offset: text.length, footnote: { mark: '9', text: 'A/78/62-E/2023/49.' } }], subparagraphs: [] }]);
  const read = (): FileReferences => ({ resolutions: [resolution], references: [recognizeReferences(resolution)], bytes: 0, warnings: [] });

  it('come back as read: gate words, capitalised chunks, short-form heads, word starts', () => {
    const r = read();
    const sent = r.references[0]!.paragraphs[0]!;
    const facts = sent.body.facts!;
    expect(facts.heads.map((h) => h.head)).toEqual(['Secretary-General', 'World Summit']);
    expect(facts.chunks.map((c) => text.slice(c.start, c.end))).toEqual(['World Summit on the Information Society']);
    expect([...facts.wordStarts].map((i) => text.slice(i, i + 6)).slice(0, 4)).toEqual(['Taking', 'note o', 'of the', 'the re']);
    const back = acrossThreads(r).references[0]!.paragraphs[0]!;
    expect(back.body.facts).toEqual(facts);
    expect(back.footnotes[0]!.facts).toEqual(sent.footnotes[0]!.facts);
  });

  it('of another shape are not sent (a chunk that starts mid-character): the entity scan reads the text itself, and finds the same', () => {
    const r = read();
    const facts = r.references[0]!.paragraphs[0]!.body.facts!;
    facts.chunks.push({ start: 0.5, end: 6 });
    const back = acrossThreads(r).references[0]!;
    expect(back.paragraphs[0]!.body.facts).toBeNull();
    expect(back.paragraphs[0]!.footnotes[0]!.facts).not.toBeNull();
    expect(extractWithReferences(resolution, back)).toEqual(extractResolution(resolution));
  });

  it('are what the entity scan reads of a text it is given them for (not the text again)', () => {
    // A/RES/78/132 PP22: the strategy's name is a capitalised chunk, not a gazetteer name
    const pp22 =
      'Taking note of the United Nations Development Programme Digital Strategy 2022–2025, which seeks to assist countries, upon their request, in their efforts towards digital transformation through the creation of inclusive and resilient digital ecosystems,';
    const facts = readTextFacts(pp22);
    giveTextFacts(pp22, { ...facts, chunks: [] });
    expect(scanNamedEntities(pp22, { body: 'General Assembly' }).map((m) => m.phrase)).toEqual(['United Nations Development Programme']);
    giveTextFacts(pp22, facts);
    expect(scanNamedEntities(pp22, { body: 'General Assembly' }).map((m) => m.phrase)).toEqual(['United Nations Development Programme Digital Strategy 2022–2025', 'United Nations Development Programme']);
  });

  it('that do not match the texts fail the file (the entities worker names it) rather than being scanned with', () => {
    const wire = structuredClone(encodeFileReferences(read()));
    expect(decodeFileReferences(structuredClone(wire)).references[0]!.paragraphs[0]!.body.facts).not.toBeNull();
    const short = { ...wire, facts: wire.facts.slice(0, wire.facts.length - 1) };
    expect(() => decodeFileReferences(short)).toThrow(/facts on the references wire do not match its texts/);
    const long = { ...wire, facts: Int32Array.from([...wire.facts, 0]) };
    expect(() => decodeFileReferences(long)).toThrow(/facts on the references wire do not match its texts/);
  });
});

const corpusGa = sharedDir('corpus-ga');
describe.skipIf(!corpusGa)('references on the wire, real files', () => {
  it('give back every file exactly (files with pending citations, footnotes, several resolutions)', async () => {
    const files = ['A_RES_80_140.txt', 'A_RES_78_132.txt', 'A_RES_79_1.txt', 'A_RES_80_138.txt'].map((f) => join(corpusGa!, f));
    for (const file of files) {
      const read = await readFileReferences(file);
      expect(sameClone(acrossThreads(read), read), file).toBe(true);
    }
  });
});
