// Misses found by the session-30 audit aud30e: A/RES/80/57, 79/70, 79/94, 78/295, 80/79, 79/261, 80/59, 78/109, 79/14 and
// 80/240, and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

/** A paragraph whose footnote marks are printed in its text: [mark, footnote text, the words the mark ends]. */
function para(id: string, text: string, notes: [string, string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, note, at]) => ({ mark, offset: text.indexOf(at) + at.length - mark.length, footnote: { mark, text: note } }));
  return { id, kind: id.includes('OP') ? 'operative' : 'preambular', text, footnoteRefs, subparagraphs: [] };
}

/** The verb relations of the last paragraph, after the ones before it in one resolution. */
function lastRelations(symbol: string, paragraphs: ParagraphText[]): string[] {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol, date: '2025-12-30' };
  let last: string[] = [];
  for (const p of paragraphs) last = extractParagraph(p, ctx).relations.map((r) => `${r.type} ${r.target}`);
  return last;
}

describe('the bare "report of the <body>" after the preamble footnoted that body\'s report printed with its subject', () => {
  const PP1 =
    'Having considered the report of the Secretary-General on the revised estimates relating to the proposed programme budget for 2026 and the support account for peacekeeping operations for the 2025/26 period,1 the report of the Independent Audit Advisory Committee on internal oversight2 and the related report of the Advisory Committee on Administrative and Budgetary Questions,3';
  const pp1 = para('PP1', PP1, [
    ['1', 'Relevant parts of A/80/400.', '2025/26 period,1'],
    ['2', 'A/80/90/Add.1.', 'internal oversight2'],
    ['3', 'A/80/538.', 'Budgetary Questions,3'],
  ]);

  it('A/RES/80/240 OP1: "Takes note of the report of the Secretary-General and the report of the Independent Audit Advisory Committee;" notes A/80/90/Add.1', () => {
    const rel = lastRelations('A/RES/80/240', [pp1, para('OP1', 'Takes note of the report of the Secretary-General and the report of the Independent Audit Advisory Committee;')]);
    expect(rel).toContain('NOTES Document:A/80/90/Add.1');
    expect(rel).toContain('NOTES Organization:Independent Audit Advisory Committee');
  });

  it('A/RES/80/237 II.OP3: "Recalls paragraphs 63 and 68 of the report of the Independent Audit Advisory Committee, and ..." after "... on its activities for the period ...,2"', () => {
    const PP2 = 'Having considered the report of the Independent Audit Advisory Committee on its activities for the period from 1 August 2024 to 31 July 2025,2';
    const OP3 =
      'Recalls paragraphs 63 and 68 of the report of the Independent Audit Advisory Committee, and requests the Secretary-General to continue to ensure that enterprise risk management is fully integrated;';
    const rel = lastRelations('A/RES/80/237', [para('II.PP2', PP2, [['2', 'A/80/309.', '31 July 2025,2']]), para('II.OP3', OP3)]);
    expect(rel).toContain('RECALLS Document:A/80/309');
  });

  it('guard: later words that print a subject of their own are another report ("the report of the Independent Audit Advisory Committee on its activities")', () => {
    const rel = lastRelations('A/RES/80/240', [
      pp1,
      para('OP2', 'Requests the Secretary-General to take into account the report of the Independent Audit Advisory Committee on its activities for the period from 1 August 2025 to 31 July 2026;'),
    ]);
    expect(rel.filter((r) => r.includes('Document:'))).toEqual([]);
  });

  it('guard: a mark after a comma names another document, not the body\'s report ("the report of the Board of Auditors on ..., the note by the Secretary-General,3")', () => {
    const PP = 'Having considered the report of the Board of Auditors on the capital master plan, the note by the Secretary-General,3';
    const rel = lastRelations('A/RES/79/246', [para('PP2', PP, [['3', 'A/79/999.', 'Secretary-General,3']]), para('OP1', 'Takes note of the report of the Board of Auditors;')]);
    expect(rel).not.toContain('NOTES Document:A/79/999');
  });

  it('guard: A/RES/79/254 OP29 "had previously been included as annexes to the report of the Internal Justice Council" is the reports of years before', () => {
    const PP2 =
      'Having considered the reports of the Secretary-General on administration of justice at the United Nations1 and on the activities of the Office of the United Nations Ombudsman and Mediation Services,2 the report of the Internal Justice Council on administration of justice at the United Nations3 and the related report of the Advisory Committee on Administrative and Budgetary Questions, 4';
    const OP29 =
      'Recalls that the respective views of the Appeals Tribunal and the Dispute Tribunal had previously been included as annexes to the report of the Internal Justice Council, notes the usefulness of such information;';
    const rel = lastRelations('A/RES/79/254', [
      para('PP2', PP2, [
        ['1', 'A/79/127.', 'United Nations1'],
        ['2', 'A/79/141.', 'Services,2'],
        ['3', 'A/79/121.', 'United Nations3'],
        ['4', 'A/79/539.', 'Questions, 4'],
      ]),
      para('OP29', OP29),
    ]);
    expect(rel).not.toContain('RECALLS Document:A/79/121');
  });
});

describe('the International Law Commission\'s draft conclusions are instruments, as its draft articles are', () => {
  const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/109', date: '2023-12-07' };
  const { relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });
  const JUS_COGENS = 'Framework:draft conclusions on identification and legal consequences of peremptory norms of general international law (jus cogens)';

  it('A/RES/78/109 OP1: "takes note of the adoption by the Commission of the draft conclusions on identification and legal consequences of peremptory norms ... (jus cogens)"', () => {
    const text =
      'Welcomes the conclusion of the work of the International Law Commission on peremptory norms of general international law (jus cogens), and takes note of the adoption by the Commission of the draft conclusions on identification and legal consequences of peremptory norms of general international law (jus cogens) and the annex and commentaries thereto;';
    expect(relations(text)).toContain(`NOTES ${JUS_COGENS}`);
    expect(attributions(text)).toContain(`ADOPTED Organization:International Law Commission -> ${JUS_COGENS}`);
  });

  it('A/RES/78/108 OP2 (79/121 OP5): "notes in particular the completion of the first reading of the draft conclusions on general principles of law"', () => {
    const text =
      'Expresses its appreciation to the International Law Commission for the work accomplished at its seventy-fourth session, and notes in particular the completion of the first reading of the draft conclusions on general principles of law and the commentaries thereto;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/108', date: '2023-12-07' })).toContain('NOTES Framework:draft conclusions on general principles of law');
  });

  it('guard: the topic alone ("peremptory norms of general international law (jus cogens)") is no instrument', () => {
    const text = 'Noting that the subject of identification and legal consequences of peremptory norms of general international law (jus cogens) is of major importance in international relations,';
    expect(relations(text, 'preambular').filter((r) => r.includes('Framework:'))).toEqual([]);
  });
});
