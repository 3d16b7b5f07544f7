// The flat form in which the "references" worker hands a file to the "entities" worker must give back,
// after a structured clone, exactly what it was made from: same values, same key order, same shared objects.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { decodeFileReferences, encodeFileReferences } from '../../ingest/references-wire.js';
import { readFileReferences, type FileReferences } from '../../ingest/extract-file.js';
import { recognizeReferences } from '../../ingest/extract.js';
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

  it('passes objects of another shape (a mention with a footnote) as they are', () => {
    const refs = recognizeReferences(resolution);
    const p = refs.paragraphs[0]!;
    p.body.before.push({ kind: 'Document', key: 'Document:X', name: 'X', attrs: {}, phrase: 'X', start: 0, end: 1, footnote: { mark: '1', offset: 3 } });
    p.body.problemsAfter.push('findDates failed on "…": boom');
    const read: FileReferences = { resolutions: [resolution], references: [refs], bytes: 0, warnings: [] };
    expect(sameClone(acrossThreads(read), read)).toBe(true);
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
