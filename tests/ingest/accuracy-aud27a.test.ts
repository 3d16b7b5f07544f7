// Misses found by the session-27 audit aud27a: A/RES/79/257 (questions relating to the proposed programme budget for 2025)
// and A/RES/80/162 (United Nations Convention on Negotiable Cargo Documents), and the same forms in other texts. Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/257', date: '2024-12-24' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

/** A paragraph with its footnote marks, each [mark, footnote text], the mark at its last place in the text. */
function para(id: string, text: string, notes: [string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, note]) => ({ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: note } }));
  return { id, kind: /(?:^|\.)PP/.test(id) ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}
const resolution = (symbol: string, date: string, paragraphs: ParagraphText[]): ResolutionText => ({ symbol, body: 'General Assembly', date, instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] });
/** paragraph id -> its verb relations */
const relationsByParagraph = (r: ResolutionText) => Object.fromEntries(extractResolution(r).paragraphs.map((p) => [p.paragraph.id, p.relations.map((x) => `${x.type} ${x.target}`)]));

describe('"the report of the Advisory Committee of Administrative and Budgetary Questions" (the name misprinted) is the footnoted report', () => {
  const PP4 =
    'Having considered the proposed programme budget for 2025,1 the report of the Independent Audit Advisory Committee on internal oversight: proposed programme budget for 20252 and the related report of the Advisory Committee on Administrative and Budgetary Questions,3';
  const NOTES: [string, string][] = [
    ['1', 'A/79/6 (Introduction), sects. 1–36 and income sects. 1–3 and corrigenda.'],
    ['2', 'A/79/89.'],
    ['3', 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 7 (A/79/7).'],
  ];

  it('A/RES/79/257 OP5: "Endorses the conclusions and recommendations contained in the report of the Advisory Committee of Administrative and Budgetary Questions, ..." is A/79/7 (PP4 footnote 3)', () => {
    const found = relationsByParagraph(
      resolution('A/RES/79/257', '2024-12-24', [
        para('PP4', PP4, NOTES),
        para('OP5', 'Endorses the conclusions and recommendations contained in the report of the Advisory Committee of Administrative and Budgetary Questions, subject to the provisions of the present resolution;'),
      ]),
    );
    expect(found.OP5).toEqual(['ENDORSES Document:A/79/7', 'ENDORSES Organization:Advisory Committee on Administrative and Budgetary Questions']);
  });

  it('guard: the report of another committee "of" something is not the Committee\'s report', () => {
    const found = relationsByParagraph(
      resolution('A/RES/79/257', '2024-12-24', [
        para('PP4', PP4, NOTES),
        para('OP5', 'Takes note of the report of the Advisory Committee of Experts on the Classification of Goods, subject to the provisions of the present resolution;'),
      ]),
    );
    expect(found.OP5).not.toContain('NOTES Document:A/79/7');
  });
});

describe('"the resumed <ordinal> session" with no owner printed, in a General Assembly text, is the Assembly\'s session', () => {
  const SESSION_79 = 'Event:seventy-ninth session of the General Assembly';

  it('A/RES/79/257 OP8: "... to present a report on improving the financial situation of the Organization at the first part of the resumed seventy-ninth session;"', () => {
    const text =
      'Notes the Secretary-General’s initiative to present a report on improving the financial situation of the Organization at the first part of the resumed seventy-ninth session;';
    expect(keys(text, 'Event:')).toEqual([SESSION_79]);
    expect(relations(text)).toContain(`NOTES ${SESSION_79}`);
  });

  it('A/RES/78/253 II.OP4: "requests the Secretary-General to provide an update during the second part of the resumed seventy-eighth session"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/253', date: '2023-12-22' };
    const text =
      'Recalls paragraph 13 of the report of the Advisory Committee, notes the continuous increase of the balance of the cost recovery fund, requests the Secretary-General to provide an update during the second part of the resumed seventy-eighth session and to continue the review of the fund;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual(['Event:seventy-eighth session of the General Assembly']);
  });

  it('guard: "the resumed fifth session" (the Environment Assembly\'s, far from the Assembly\'s own numbers) is not the General Assembly\'s', () => {
    const text = 'Welcomes the outcomes of the resumed fifth session, and the adoption of its resolutions;';
    expect(keys(text, 'Event:fifth session of the General Assembly')).toEqual([]);
  });

  it('guard: "resumed" after another word than "the" ("a resumed seventy-ninth session") is left alone', () => {
    const text = 'Decides to hold a resumed seventy-ninth session if necessary;';
    expect(keys(text, 'Event:')).toEqual([]);
  });
});

describe('a report of the Secretary-General still to come is keyed with the Assembly session it is for', () => {
  it('A/RES/79/257 OP58: "the report of the Secretary-General on strengthening the effectiveness of the regular programme of technical cooperation, to be presented at its eightieth session"', () => {
    const text =
      'Recalls paragraphs V.117, V.122 and V.123 of the report of the Advisory Committee, and requests that the report of the Secretary-General on strengthening the effectiveness of the regular programme of technical cooperation, to be presented at its eightieth session, reflect the following elements;';
    expect(keys(text, 'Document:report of the secretary-general')).toEqual([
      'Document:report of the secretary-general on strengthening the effectiveness of the regular programme of technical cooperation (A/80)',
    ]);
  });

  it('A/RES/78/262 PP18 and A/RES/79/263 PP21: the same words in two sessions name one report, the one for the seventy-ninth session', () => {
    const text =
      'Recalling its resolution 66/293 of 17 September 2012, by which it established a United Nations monitoring mechanism to review commitments made towards Africa’s development, and looking forward to the sixth biennial report of the Secretary-General on the review of the implementation of the commitments made towards Africa’s development, to be submitted to the General Assembly at its seventy-ninth session,';
    const REPORT = "Document:report of the secretary-general on the review of the implementation of the commitments made towards africa's development (A/79)";
    const ctx78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/262', date: '2023-12-22' };
    const ctx79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/263', date: '2024-12-24' };
    expect(keys(text, 'Document:report', 'preambular', ctx78)).toEqual([REPORT]);
    expect(keys(text, 'Document:report', 'preambular', ctx79)).toEqual([REPORT]);
  });

  it('A/RES/78/262 OP56: "... the report of the Secretary-General on the review ... during the resumed seventy-ninth session of the General Assembly"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/262', date: '2023-12-22' };
    const text =
      'Requests the President of the General Assembly to organize an interactive multi-stakeholder dialogue to discuss the main findings and recommendations contained in the report of the Secretary-General on the review of the implementation of commitments made toward Africa’s development during the resumed seventy-ninth session of the General Assembly;';
    expect(keys(text, 'Document:report', 'operative', ctx)).toEqual([
      "Document:report of the secretary-general on the review of the implementation of commitments made toward africa's development (A/79)",
    ]);
  });

  it('guard: a report cited by subject with no session after it keeps the citing session', () => {
    const text = 'Takes note of the report of the Secretary-General on strengthening the effectiveness of the regular programme of technical cooperation;';
    expect(keys(text, 'Document:report of the secretary-general')).toEqual([
      'Document:report of the secretary-general on strengthening the effectiveness of the regular programme of technical cooperation (A/79)',
    ]);
  });

  it('guard: a past session after the subject ("submitted to the General Assembly at its seventy-seventh session") keeps the citing session', () => {
    const text =
      'Recalls the report of the Secretary-General on strengthening the effectiveness of the regular programme of technical cooperation, submitted to the General Assembly at its seventy-seventh session;';
    expect(keys(text, 'Document:report of the secretary-general')).toEqual([
      'Document:report of the secretary-general on strengthening the effectiveness of the regular programme of technical cooperation (A/79)',
    ]);
  });
});
