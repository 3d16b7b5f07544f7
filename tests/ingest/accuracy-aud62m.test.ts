// Session-62 audit aud62m: faults found annotating A/RES/79/253 (United Nations pension system) and A/RES/79/268 (Regional
// Centre for the SDGs for Central Asia and Afghanistan). Each case quotes the file and paragraph it comes from; each fix has a
// guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';

/** A/RES/79/253 PP2 (corpus-ga A_RES_79_253.txt) with its seven notes as [mark, text, after]. */
const CONSIDERED_79_253 =
  'Having considered the report of the United Nations Joint Staff Pension Board for 2024,1 the reports of the Secretary-General on the investments of the United Nations Joint Staff Pension Fund and measures undertaken to increase the diversification of the Fund2 and on the administrative and financial implications arising from the report of the United Nations Joint Staff Pension Board,3 the financial report and audited financial statements for the year ended 31 December 2023 and the report of the Board of Auditors on the United Nations Joint Staff Pension Fund 4 and the recommendations contained therein, the reports of the Chief Executive of Pension Administration and the Representative of the Secretary-General for the investment of the assets of the Fund on the implementation of the recommendations of the Board of Auditors contained in its report for the year ended 31 December 2023 on the Fund5 and on the revised estimates for the Fund arising from the effect of changes in rates of exchange and inflation6 and the related report of the Advisory Committee on Administrative and Budgetary Questions,7';
const CONSIDERED_79_253_NOTES: [string, string, string][] = [
  ['1', 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 9 (A/79/9).', 'for 2024,1'],
  ['2', 'A/C.5/79/3.', 'the Fund2'],
  ['3', 'A/C.5/79/4.', 'Board,3'],
  ['4', 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 5P (A/79/5/Add.16).', 'Fund 4'],
  ['5', 'A/79/311.', 'the Fund5'],
  ['6', 'A/79/234.', 'inflation6'],
  ['7', 'A/79/7/Add.16.', 'Questions,7'],
];
const CEPA = 'Organization:Chief Executive of Pension Administration';
const RSG = 'Organization:Representative of the Secretary-General for the investment of the assets of the United Nations Joint Staff Pension Fund';

describe('item 1: the reports of two joint authors on a subject footnoted once are the documents the footnotes gave', () => {
  it('A/RES/79/253 OP3 "Further takes note of the reports of the Chief Executive of Pension Administration and the Representative ... on ... and on ...": A/79/311 and A/79/234', () => {
    const byId = relationsById(
      gaResolution('A/RES/79/253', '2024-12-24', [
        notedParagraph('PP2', CONSIDERED_79_253, CONSIDERED_79_253_NOTES),
        notedParagraph(
          'OP3',
          'Further takes note of the reports of the Chief Executive of Pension Administration and the Representative of the Secretary-General for the investment of the assets of the Fund on the implementation of the recommendations of the Board of Auditors contained in its report for the year ended 31 December 2023 on the Fund and on the revised estimates for the Fund arising from the effect of changes in rates of exchange and inflation;',
        ),
      ]),
    );
    expect(byId.OP3).toEqual(expect.arrayContaining(['NOTES Document:A/79/311', 'NOTES Document:A/79/234', `NOTES ${CEPA}`, `NOTES ${RSG}`]));
    // (the bodies inside the reports' subjects are what they are about: no verb)
    expect(byId.OP3).not.toContain('NOTES Organization:Board of Auditors');
    expect(byId.OP3).not.toContain('NOTES Organization:United Nations Joint Staff Pension Fund');
    // (typed in OP3, the two are no longer cited untyped in the preamble)
    expect(byId.PP2).not.toContain('CITES Document:A/79/311');
    expect(byId.PP2).not.toContain('CITES Document:A/79/234');
  });

  it('A/RES/78/253 VII.OP2: the singular, "the report of the Chief Executive ... and the Representative ... on the United Nations Joint Staff Pension Fund"', () => {
    const pp2 =
      'Having considered the report of the Secretary-General on the administrative and financial implications arising from the report of the United Nations Joint Staff Pension Board,21 the financial report and audited financial statements for the year ended 31 December 2022 and the report of the Board of Auditors on the Fund22 and the recommendations contained therein, the report of the Chief Executive of Pension Administration and the Representative of the Secretary-General for the investment of the assets of the Fund on the implementation of the recommendations of the Board of Auditors contained in its report for the year ended 31 December 2022 on the United Nations Joint Staff Pension Fund 23  and the related report of the Advisory Committee,24';
    const byId = relationsById(
      gaResolution('A/RES/78/253', '2023-12-22', [
        notedParagraph('VII.PP2', pp2, [
          ['21', 'A/C.5/78/4.', 'Board,21'],
          ['22', 'Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 5P (A/78/5/Add.16).', 'Fund22'],
          ['23', 'A/78/323.', 'Fund 23'],
          ['24', 'A/78/7/Add.7.', 'Committee,24'],
        ]),
        notedParagraph(
          'VII.OP2',
          'Also takes note of the report of the Chief Executive of Pension Administration and the Representative of the Secretary-General for the investment of the assets of the Fund on the implementation of the recommendations of the Board of Auditors contained in its report for the year ended 31 December 2022 on the United Nations Joint Staff Pension Fund;',
        ),
      ]),
    );
    expect(byId['VII.OP2']).toEqual(expect.arrayContaining(['NOTES Document:A/78/323', `NOTES ${CEPA}`, `NOTES ${RSG}`]));
  });

  it('guard: A/RES/79/253 OP2, the Secretary-General\'s two reports by subject, and OP1 the Board\'s report, unchanged', () => {
    const byId = relationsById(
      gaResolution('A/RES/79/253', '2024-12-24', [
        notedParagraph('PP2', CONSIDERED_79_253, CONSIDERED_79_253_NOTES),
        notedParagraph('OP1', 'Takes note of the report of the United Nations Joint Staff Pension Board;'),
        notedParagraph(
          'OP2',
          'Also takes note of the reports of the Secretary-General on the investments of the United Nations Joint Staff Pension Fund and measures undertaken to increase the diversification of the Fund and on the administrative and financial implications arising from the report of the United Nations Joint Staff Pension Board;',
        ),
      ]),
    );
    expect(byId.OP1).toEqual(['NOTES Document:A/79/9', 'NOTES Organization:United Nations Joint Staff Pension Board']);
    expect(byId.OP2).toEqual(expect.arrayContaining(['NOTES Document:A/C.5/79/3', 'NOTES Document:A/C.5/79/4', 'NOTES Organization:Secretary-General of the United Nations']));
    expect(byId.OP2).not.toContain('NOTES Document:A/79/311');
    expect(byId.PP2).toContain('CITES Document:A/79/5/Add.16');
  });

  it('guard: a later report of the same authors on another year is not the footnoted one', () => {
    const byId = relationsById(
      gaResolution('A/RES/79/253', '2024-12-24', [
        notedParagraph('PP2', CONSIDERED_79_253, CONSIDERED_79_253_NOTES),
        notedParagraph(
          'OP3',
          'Further takes note of the reports of the Chief Executive of Pension Administration and the Representative of the Secretary-General for the investment of the assets of the Fund on the implementation of the recommendations of the Board of Auditors contained in its report for the year ended 31 December 2022 on the Fund;',
        ),
      ]),
    );
    expect(byId.OP3!.filter((r) => r.includes('Document:'))).toEqual([]);
  });
});
