// Session-68 audit aud68e: A/RES/79/310 (financing of the United Nations Mission for the Referendum in Western Sahara) and
// A/RES/78/300 (financing of the United Nations Peacekeeping Force in Cyprus), Fifth Committee, and the genre's sister texts. Each
// case quotes the file and paragraph it comes from; the fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, footnotedAuthors, type Note } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const IRMCT_78_249 = ctxOf('A/RES/78/249', '2023-12-22', 'Financing of the International Residual Mechanism for Criminal Tribunals');

/** the Document mentions of a paragraph that no footnote gives and no symbol keys (a report cited by its subject alone) */
const unnumberedReports = (id: string, text: string, notes: Note[], ctx: RecognizeContext): string[] =>
  extractWithNotes(id, text, notes, { ...ctx })
    .mentions.filter((m) => m.kind === 'Document' && !m.footnote && typeof m.attrs.symbol !== 'string')
    .map((m) => m.key);

describe('"the reports of the Secretary-General on A, B and C,<mark>": the subjects after the first, listed after a comma', () => {
  // A/RES/78/249 PP1 (corpus-ga A_RES_78_249.txt)
  const PP1 =
    'Having considered the reports of the Secretary-General on the budget performance for 2022, the proposed budget for 2024 and the revised estimates arising from the effect of changes in rates of exchange and inflation for the International Residual Mechanism for Criminal Tribunals,1 the financial report and audited financial statements for the year ended 31 December 2022 and the report of the Board of Auditors on the International Residual Mechanism for Criminal Tribunals 2 and the recommendations contained therein, as well as the related reports of the Advisory Committee on Administrative and Budgetary Questions,3';
  const notes: Note[] = [
    { after: 'Criminal Tribunals,1', mark: '1', text: 'A/78/390, A/78/534 and A/78/634.' },
    { after: 'Criminal Tribunals 2', mark: '2', text: 'Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 5O (A/78/5/Add.15).' },
    { after: 'Questions,3', mark: '3', text: 'A/78/621 and A/78/7/Add.41.' },
  ];

  it('A/RES/78/249 PP1: the three reports are the footnote\'s three symbols, by the Secretary-General; no report "on the budget performance for 2022" of its own', () => {
    expect(unnumberedReports('PP1', PP1, notes, IRMCT_78_249)).toEqual([]);
    expect(footnotedAuthors('PP1', PP1, notes, IRMCT_78_249).slice(0, 3)).toEqual([
      'A/78/390 Secretary-General',
      'A/78/534 Secretary-General',
      'A/78/634 Secretary-General',
    ]);
  });

  it('guard: one report ("the report of the Secretary-General on A, the B and the C,1"): the list is not read as its subjects', () => {
    const text =
      'Having considered the report of the Secretary-General on the budget performance for 2022, the proposed budget for 2024 and the revised estimates for the Mechanism,1';
    const one: Note[] = [{ after: 'Mechanism,1', mark: '1', text: 'A/78/390, A/78/534 and A/78/634.' }];
    expect(unnumberedReports('PP1', text, one, IRMCT_78_249)).toEqual(['Document:report of the secretary-general on the budget performance for 2022 (A/78)']);
  });

  it('guard: another cited thing in the list ("..., the report of the Board of Auditors and the ...,1"): the mark may be its', () => {
    const text =
      'Having considered the reports of the Secretary-General on the budget performance for 2022, the report of the Board of Auditors and the revised estimates for the Mechanism,1';
    const one: Note[] = [{ after: 'Mechanism,1', mark: '1', text: 'A/78/390, A/78/534 and A/78/634.' }];
    expect(unnumberedReports('PP1', text, one, IRMCT_78_249)).toContain('Document:report of the secretary-general on the budget performance for 2022 (A/78)');
  });

  it('guard: A/RES/79/255 PP1 "the reports of the Secretary-General on the budget performance for 2023 and the proposed budget for 2025, 1" (no list after a comma): unchanged', () => {
    const text =
      'Having considered the reports of the Secretary-General on the budget performance for 2023 and the proposed budget for 2025, 1 the financial report and audited financial statements for the year ended 31 December 2023,';
    const ctx = ctxOf('A/RES/79/255', '2024-12-24', 'Financing of the International Residual Mechanism for Criminal Tribunals');
    const one: Note[] = [{ after: '2025, 1', mark: '1', text: 'A/79/373 and A/79/555.' }];
    expect(unnumberedReports('PP1', text, one, ctx)).toEqual([]);
    expect(footnotedAuthors('PP1', text, one, ctx)).toEqual(['A/79/373 Secretary-General', 'A/79/555 Secretary-General']);
  });
});

describe('the gold conventions of 78/300 (UNFICYP) the graph already reads', () => {
  const UNFICYP = ctxOf('A/RES/78/300', '2024-06-28', 'Financing of the United Nations Peacekeeping Force in Cyprus');
  const { relations } = oneParagraph({ ctx: UNFICYP, kind: 'operative' });

  it('A/RES/78/300 OP13: the Governments whose contributions a that-clause names are not addressed (session 64, addressedPlace)', () => {
    const rels = relations(
      'Notes with appreciation that a one-third share of the net appropriation, equivalent to 19,429,967 dollars, will be funded through voluntary contributions from the Government of Cyprus and the amount of 6.5 million dollars from the Government of Greece;',
    );
    expect(rels.filter((r) => r.includes('Place:'))).toEqual([]);
  });

  it('A/RES/78/300 OP23: "shall be returned to the Government of Cyprus": the recipient is not addressed', () => {
    const rels = relations(
      'Decides, taking into account its voluntary contribution for the financial period ended 30 June 2023, that one third of the net unencumbered balance and other revenue in the amount of 765,600 dollars in respect of the financial period ended 30 June 2023 shall be returned to the Government of Cyprus;',
    );
    expect(rels.filter((r) => r.includes('Place:'))).toEqual([]);
  });
});
