// Misses found by the session-30 audit aud30i (reports whose footnote the linker did not accept): A/RES/79/157, 80/189,
// 78/186 (the Human Rights Council's report with its addendum), 80/64, 79/246. Each case quotes the file named; each fix
// has a guard case.
import { describe, expect, it } from 'vitest';
import { extractWithNotes, relationsByParagraph, type Note, type ResolutionParagraph } from '../helpers/footnoted-paragraph.js';

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

describe('a list of reports under one "reports of the Secretary-General on", one mark each', () => {
  const GA = { body: 'General Assembly', symbol: 'A/RES/80/64', date: '2025-12-01' };
  const PP2 =
    'Recalling also the reports of the Secretary-General on the United Nations Regional Centre for Peace and Disarmament in Africa, 1 the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific 2 and the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean,3';
  const notes = (text: string, after: string[]): Note[] => after.map((a, i) => ({ after: a, mark: String(i + 1), text: ['A/80/128.', 'A/80/129.', 'A/80/122.'][i]! })).filter((n) => text.includes(n.after));

  it('A/RES/80/64 PP2: each report is its own mention over its subject, titled; the centres keep their own mentions (as aud15b decided for A/RES/78/119 PP2)', () => {
    const x = extractWithNotes('PP2', PP2, notes(PP2, ['Africa, 1', 'Pacific 2', 'Caribbean,3']), { ...GA });
    const reports = x.mentions.filter((m) => m.kind === 'Document').map((m) => [m.key, m.attrs.title]);
    expect(reports).toContainEqual(['Document:A/80/129', 'Report of the Secretary-General on the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific']);
    expect(reports).toContainEqual([
      'Document:A/80/122',
      'Report of the Secretary-General on the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean',
    ]);
    const relations = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(relations).toEqual(expect.arrayContaining(['RECALLS Document:A/80/128', 'RECALLS Document:A/80/129', 'RECALLS Document:A/80/122']));
    expect(relations).toContain('RECALLS Organization:United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific');
  });

  it('guard: "... in Africa,1 and the related report of the Advisory Committee on Administrative and Budgetary Questions,2" is another cited thing, not a listed subject', () => {
    const text = 'Having considered the reports of the Secretary-General on the United Nations Regional Centre for Peace and Disarmament in Africa,1 and the related report of the Advisory Committee on Administrative and Budgetary Questions,2';
    const x = extractWithNotes('PP2', text, [
      { after: 'Africa,1', mark: '1', text: 'A/80/128.' },
      { after: 'Questions,2', mark: '2', text: 'A/80/7/Add.1.' },
    ], { ...GA });
    expect(x.mentions.filter((m) => m.kind === 'Document' && typeof m.attrs.title === 'string' && m.attrs.title.includes('Advisory Committee'))).toEqual([]);
    expect(x.mentions.filter((m) => m.key === 'Document:A/80/7/Add.1' && m.footnote === undefined)).toEqual([]);
  });
});

describe('guard: the list’s "on" going on from a report inside the first subject', () => {
  it('A/RES/78/242 PP3: "... contained in its reports on the United Nations19 and on the United Nations funds and programmes20" gives A/78/333/Add.1 no title "... on the United Nations funds and programmes"', () => {
    const text =
      'Having considered the reports of the Secretary-General on the implementation of the recommendations of the Board of Auditors contained in its reports on the United Nations19 and on the United Nations funds and programmes20';
    const x = extractWithNotes('PP3', text, [
      { after: 'United Nations19', mark: '19', text: 'A/78/333.' },
      { after: 'programmes20', mark: '20', text: 'A/78/333/Add.1.' },
    ], { body: 'General Assembly', symbol: 'A/RES/78/242', date: '2023-12-22' });
    expect(x.mentions.filter((m) => m.key === 'Document:A/78/333/Add.1' && m.footnote === undefined)).toEqual([]);
  });
});
