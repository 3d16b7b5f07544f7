// Misses found by the session-30 audit aud30i (reports whose footnote the linker did not accept): A/RES/79/157, 80/189,
// 78/186 (the Human Rights Council's report with its addendum), 80/64, 79/246. Each case quotes the file named; each fix
// has a guard case.
import { describe, expect, it } from 'vitest';
import { relationsByParagraph, type ResolutionParagraph } from '../helpers/footnoted-paragraph.js';

// one resolution: its paragraphs share the context object, as in the pipeline; a paragraph's footnote mark is its last character
const resolution = (symbol: string, paragraphs: ResolutionParagraph[]): string[][] => relationsByParagraph({ body: 'General Assembly', symbol, date: '2024-12-17' }, paragraphs);
const documents = (relations: string[]): string[] => relations.filter((r) => r.includes('Document:'));

describe('a body’s report footnoted with its addendum as the next supplement ("(A/79/53); and ibid., Supplement No. 53A (A/79/53/Add.1)")', () => {
  const PP3 = 'Having considered the recommendations contained in the report of the Human Rights Council,1';
  const OP1 = 'Takes note of the report of the Human Rights Council, including the addendum thereto, and its recommendations.';

  it('A/RES/79/157 OP1: "Takes note of the report of the Human Rights Council, including the addendum thereto, ..." is A/79/53, the addendum A/79/53/Add.1', () => {
    const [, op] = resolution('A/RES/79/157', [
      {
        text: PP3,
        footnote: 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 53 (A/79/53); and ibid., Supplement No. 53A (A/79/53/Add.1).',
        kind: 'preambular',
      },
      { text: OP1 },
    ]);
    expect(documents(op!)).toEqual(['NOTES Document:A/79/53', 'NOTES Document:A/79/53/Add.1']);
    // the body is named in the clause and keeps its own edge
    expect(op).toContain('NOTES Organization:Human Rights Council');
  });

  it('the same with the symbols alone ("A/79/53 and A/79/53/Add.1.")', () => {
    const [, op] = resolution('A/RES/79/157', [
      { text: PP3, footnote: 'A/79/53 and A/79/53/Add.1.', kind: 'preambular' },
      { text: OP1 },
    ]);
    expect(documents(op!)).toEqual(['NOTES Document:A/79/53', 'NOTES Document:A/79/53/Add.1']);
  });

  it('guard: "; and ibid." giving another supplement (A/RES/79/165: "...Supplement No. 38 (A/79/38); ... and ibid., Supplement No. 56 (A/79/56).") is several reports: the bare words stay unlinked', () => {
    const [, op] = resolution('A/RES/79/157', [
      {
        text: PP3,
        footnote: 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 53 (A/79/53); and ibid., Supplement No. 56 (A/79/56).',
        kind: 'preambular',
      },
      { text: OP1 },
    ]);
    expect(documents(op!)).toEqual([]);
  });

  it('guard: a report footnoted alone has no addendum to link ("the addendum thereto" names nothing the resolution gave)', () => {
    const [, op] = resolution('A/RES/79/157', [
      { text: PP3, footnote: 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 53 (A/79/53).', kind: 'preambular' },
      { text: OP1 },
    ]);
    expect(documents(op!)).toEqual(['NOTES Document:A/79/53']);
  });
});

describe('the Board of Auditors’ report footnoted by "Relevant parts of the Official Records ..., Supplement No. 5, vol. I (A/79/5 (Vol. I))."', () => {
  const PP2 = 'Having considered the report of the Board of Auditors on the financial report and audited financial statements for the year ended 31 December 2023,1';
  const NOTE = 'Relevant parts of the Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 5, vol. I (A/79/5 (Vol. I)).';

  it('A/RES/79/246 OP1: "Takes note of the report of the Secretary-General, the report of the Board of Auditors and the report of ..." links the Board’s report', () => {
    const [, op] = resolution('A/RES/79/246', [
      { text: PP2, footnote: NOTE, kind: 'preambular' },
      { text: 'Takes note of the report of the Secretary-General, the report of the Board of Auditors and the report of the Secretary-General on the implementation of the recommendations of the Board of Auditors;' },
    ]);
    expect(op).toContain('NOTES Document:A/79/5 (Vol. I)');
  });

  it('guard: a footnote giving two volumes ("...; and ibid., vol. III (A/79/5 (Vol. III)).") is two reports: the bare words stay unlinked', () => {
    const [, op] = resolution('A/RES/79/246', [
      { text: PP2, footnote: `${NOTE.slice(0, -1)}; and ibid., vol. III (A/79/5 (Vol. III)).`, kind: 'preambular' },
      { text: 'Takes note of the report of the Secretary-General, the report of the Board of Auditors and the report of the Secretary-General on the implementation of the recommendations of the Board of Auditors;' },
    ]);
    expect(op!.filter((r) => r.includes('Document:A/79/5'))).toEqual([]);
  });

  it('guard: the next of a list still to be written ("the report of the Board of Auditors to be submitted ...") is not that document', () => {
    const [, op] = resolution('A/RES/79/246', [
      { text: PP2, footnote: NOTE, kind: 'preambular' },
      { text: 'Looks forward to the report of the Secretary-General, the report of the Board of Auditors to be submitted to the General Assembly at its eightieth session;' },
    ]);
    expect(op!.filter((r) => r.includes('Document:A/79/5'))).toEqual([]);
  });
});
