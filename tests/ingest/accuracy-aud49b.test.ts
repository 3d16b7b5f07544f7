// Session-49 audit aud49b (other text formats and older sessions: A/RES/73/6, 73/7, 73/8 as extracted from the PDFs with
// pypdf, A/RES/80/4 as railcar Markdown; gold in tests/gold/aud49b-*). Fixed in the readers: pypdf's words broken inside a
// line that the cleaner left ("an d", "th e", "multidrug -resis tant", A/RES/73/3); a joint symbol whose hyphen pypdf
// dropped ("A/67/828  S/2013/210", A/RES/73/7 footnote 7). In segmentation: a draft that prints no title and adopts the
// document after it takes that document's heading as its title, and who submitted it ("Draft resolution submitted by the
// President of the General Assembly") is kept (A/80/L.41). Each case quotes the file and paragraph; each fix has a guard.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import type { SourceText } from '../../ingest/models.js';
import { sharedDir } from '../helpers/env.js';
import { gaResolution, graphOf, para } from '../helpers/graph-of.js';
import { segmentLines } from '../helpers/segment-lines.js';

const corpus = sharedDir('corpus');
const pdfText = (file: string): SourceText => ({ file, format: 'pdftext', text: readFileSync(join(corpus!, file), 'utf8') });
/** the cleaned paragraph that starts with `start` */
const paragraphStarting = (src: SourceText, start: string): string | undefined => cleanText(src).text.split('\n\n').find((p) => p.startsWith(start));

describe.skipIf(!corpus)('pypdf words broken inside a line (A/RES/73/3, the whole file)', () => {
  it('A/RES/73/3 OP1, OP7: "to end th e tuberculosis epidemic", "the fight against th e disease": "e" is no word, however often "(e)" is printed', () => {
    const src = pdfText('A_RES_73_3.pdftext.txt');
    expect(paragraphStarting(src, '1. Reaffirm')).toContain('including the resolve to end the tuberculosis epidemic by 2030');
    expect(paragraphStarting(src, '7. Express serious concern')).toContain('engagement in the fight against the disease is needed');
  });

  it('A/RES/73/3 OP0, OP6: "an d one that addresses", "multidrug -resistant tuberculosis an d the heavy burden": "and", and not "an done"', () => {
    const src = pdfText('A_RES_73_3.pdftext.txt');
    expect(paragraphStarting(src, '6. Recognize that')).toContain('the rise of multidrug-resistant tuberculosis and the heavy burden of tuberculosis');
    const text = cleanText(src).text;
    expect(text).toContain('achieving universal health coverage, and one that addresses the social and economic');
    expect(text).not.toContain('andone');
  });

  it('A/RES/73/3 OP11: "multidrug -resis tant tuberculosis", "multidrug -resista nt tuberculosis": the piece after the hyphen is joined', () => {
    const op11 = paragraphStarting(pdfText('A_RES_73_3.pdftext.txt'), '11. Recognize that');
    expect(op11).toContain('of the estimated number of multidrug-resistant tuberculosis cases were diagnosed');
    expect(op11).toContain('enrolled in treatment for multidrug-resistant tuberculosis are successfully treated');
  });
});

describe('guards: pieces that are words stay apart', () => {
  // (a line before the numbered ones: pypdf's paragraphs are told by their indent after a line of text, three at least)
  const lines = (...xs: string[]): SourceText => ({ file: 'A_RES_73_3.pdftext.txt', format: 'pdftext', text: ['on the fight against tuberculosis ', ...xs].join('\n') });

  it('guard: after a hyphen, two words of the genre stay apart ("the follow -up on the declaration" is not "follow-upon")', () => {
    // (A/RES/73/3 OP52-OP53 as pypdf prints them, "follow-up on" as A/RES/78/3 OP4 has it; "upon" is a word of the file)
    const src = lines(
      ' 52. Request the Secretary -General to promote collaboration among all stakeholders, and call upon Member States to act; ',
      ' 53. Also request the Secretary -General to provide a progress report on the follow -up on the present declaration; ',
      ' 54. Decide to convene a high-level meeting; ',
    );
    expect(cleanText(src).text).toContain('a progress report on the follow-up on the present declaration;');
  });

  it('guard: the one-letter word "a" stays a word: "for a review" is not "fora review" in a text that prints "fora"', () => {
    const src = lines(
      ' 1. Commit to raise the issue in all relevant fora, and to develop a plan; ',
      ' 2. Commit to provide for a review of a plan and a report on a plan; ',
      ' 3. Commit to a process for prevention, for diagnosis and for care; ',
    );
    const text = cleanText(src).text;
    expect(text).toContain('Commit to provide for a review of a plan and a report on a plan;');
  });
});

describe('a joint symbol whose hyphen pypdf dropped', () => {
  it.skipIf(!corpus)('A/RES/73/7 OP13 footnote 7 "A/67/828  S/2013/210, annex.": one document, A/67/828-S/2013/210 (as 78/6, 79/6, 80/6 print it)', () => {
    const notes = cleanText(pdfText('A_RES_73_7.pdftext.txt')).footnotes.map((f) => `${f.mark} ${f.text}`);
    expect(notes).toContain('7 A/67/828-S/2013/210, annex.');
    // (footnote 2, two symbols of one series with "and" between, stays as printed)
    expect(notes).toContain('2 A/58/874 and A/58/874/Add.1 .');
  });

  it('guard: symbols with a comma or "and" between, or two Assembly symbols, stay apart', () => {
    const src: SourceText = {
      file: 'A_RES_73_7.pdftext.txt',
      format: 'pdftext',
      text: [
        'on the report of the Court ',
        ' 1. Takes note of the reports; 1 ',
        ' 2. Notes the letters; 2 ',
        ' 3. Notes the other letters; 3 ',
        '__________________ ',
        ' 1  A/73/334 , S/2018/1024 . ',
        ' 2  A/72/100  and S/2017/500 . ',
        ' 3  A/73/335  A/73/336 . ',
      ].join('\n'),
    };
    expect(cleanText(src).footnotes.map((f) => f.text)).toEqual(['A/73/334, S/2018/1024 .', 'A/72/100 and S/2017/500 .', 'A/73/335 A/73/336 .']);
  });
});

describe('a draft with no title of its own that adopts the document after it', () => {
  const OUTCOME =
    'Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society';
  /** the head of A/80/L.41 as printed (masthead, session, agenda item and its title, the label, the chapeau, the heading) */
  const L41 = (label: string, chapeau: string): string[] => [
    'United Nations ',
    'A/80/L.41',
    ' ',
    'General Assembly ',
    'Distr.: Limited ',
    '16 December 2025 ',
    ' ',
    'Eightieth session ',
    'Agenda item 15 ',
    'Information and communications technologies for ',
    'sustainable development  ',
    ' ',
    label,
    ' ',
    'The General Assembly ',
    ' ',
    chapeau,
    ' ',
    ' Outcome document of the high-level meeting of the ',
    'General Assembly on the overall review of the implementation of ',
    'the outcomes of the World Summit on the Information Society ',
    ' ',
    'Recalling the outcome document of the high-level meeting on the overall review of the implementation of the outcomes of the World Summit, ',
    ' ',
    '1. We reaffirm our commitment to the vision of the World Summit on the Information Society; ',
  ];

  it('A/80/L.41: "Draft resolution submitted by the President of the General Assembly", "Adopts the following outcome document ...:", then its heading: the title of the draft (and of 80/173)', () => {
    const [r] = segmentLines(
      L41('Draft resolution submitted by the President of the General Assembly ', 'Adopts the following outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society at its eightieth session: '),
      'A_80_L.41.txt',
    );
    expect(r).toMatchObject({ symbol: 'A/80/L.41', draft: true, title: OUTCOME, agendaItem: '15', session: '80' });
  });

  it('A/80/L.41: "Draft resolution submitted by the President of the General Assembly": the draft keeps its submitter, and its symbol', () => {
    const [r] = segmentLines(L41('Draft resolution submitted by the President of the General Assembly ', 'Adopts the following outcome document: '), 'A_80_L.41.txt');
    expect(r).toMatchObject({ symbol: 'A/80/L.41', draft: true, submittedBy: 'President of the General Assembly' });
    expect(r!.draftLabel).toBeUndefined();
    // (on the Resolution node of the graph)
    const draft = gaResolution('A/80/L.41', '2025-12-16', [para('OP1', 'We reaffirm our commitment;')]);
    draft.resolution.submittedBy = r!.submittedBy;
    const node = graphOf(draft).getNodeAttributes('Resolution:A/80/L.41');
    expect(node.submittedBy).toBe('President of the General Assembly');
  });

  it('guard: a report\'s "Draft resolution I" names no submitter and keeps its report symbol (E/2025/31, the seed\'s form)', () => {
    const [r] = segmentLines(
      ['E/2025/31', '', 'Draft resolution I', '', 'Assessment of the progress made', '', 'The Economic and Social Council,', '', 'Recalling its resolution 2006/46,', '', '1. Takes note of the report;'],
      'E_2025_31.txt',
    );
    expect(r).toMatchObject({ symbol: 'E/2025/31 draft resolution I', draftLabel: 'Draft resolution I' });
    expect(r!.submittedBy).toBeUndefined();
  });

  it('guard: a draft whose first paragraph adopts nothing ("Welcomes the outcome document ...;") takes no heading as its title', () => {
    const [r] = segmentLines(L41('Draft resolution submitted by the President of the General Assembly ', 'Welcomes the outcome document of the high-level meeting; '), 'A_80_L.41.txt');
    expect(r!.draft).toBe(true);
    expect(r!.title).toBeUndefined();
  });

  it.skipIf(!corpus)('guard: the adopted resolution keeps its numbered title line (A/RES/80/173, "80/173. Outcome document of ...")', async () => {
    const { readAndSegment } = await import('../../ingest/segment.js');
    const [r] = await readAndSegment(join(corpus!, 'A_RES_80_173.txt'));
    expect(r).toMatchObject({ symbol: 'A/RES/80/173', title: OUTCOME });
    expect(r!.draft).toBeUndefined();
  });
});
