// segmentResolutions: clean text -> resolutions with metadata and PP/OP
// paragraphs. Snippets are quoted from the shared corpus; the last block runs
// over the real files.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import type { ResolutionText, SourceFormat, SourceText } from '../../ingest/models.js';
import { readSource } from '../../ingest/read/index.js';
import { parseDate, parseSession, readAndSegment, segmentResolutions, symbolFromFileName } from '../../ingest/segment.js';
import { repoRoot, sharedDir } from '../helpers/env.js';

function segment(text: string, file = 'test.txt', format: SourceFormat = 'text', meta?: Record<string, string>): ResolutionText[] {
  const src: SourceText = { file, format, text, ...(meta ? { meta } : {}) };
  return segmentResolutions(cleanText(src), src);
}

const ids = (r: ResolutionText): string => r.paragraphs.map((p) => p.id).join(' ');

const GA_RESOLUTION = [
  'A/RES/78/132',
  'Seventy-eighth session Agenda item 15 Information and communications technologies for sustainable development',
  'Resolution adopted by the General Assembly on 19 December 2023',
  '[on the report of the Second Committee (A/78/458, para. 11)]',
  '78/132. Information and communications technologies for sustainable development',
  'The General Assembly,',
  'Recalling its resolution 77/150 of 14 December 2022 on information and communications technologies for sustainable development, as well as previous resolutions on the issue,1',
  'Deeply concerned by the digital divides,',
  'Bearing in mind the 2030 Agenda,',
  '1. Recognizes that information and communications technologies have the potential to provide new solutions to development challenges;',
  '2. Calls upon all stakeholders:',
  '(a) To bridge the digital divides;',
  '(b) To promote digital literacy;',
  '3. Decides to include in the provisional agenda of its seventy-ninth session the item entitled “Information and communications technologies for sustainable development”.',
  '49th plenary meeting 19 December 2023',
  '__________________',
  '1 Resolutions 56/183 and 76/189.',
].join('\n\n');

describe('a General Assembly resolution', () => {
  const [r] = segment(GA_RESOLUTION, 'A_RES_78_132.txt', 'pdftext');

  it('reads symbol, body, number, date, title, session and agenda item from the heading', () => {
    expect(r).toMatchObject({
      symbol: 'A/RES/78/132',
      body: 'General Assembly',
      number: '78/132',
      date: '2023-12-19',
      title: 'Information and communications technologies for sustainable development',
      session: '78',
      agendaItem: '15',
      instrument: 'resolution',
      file: 'A_RES_78_132.txt',
    });
    expect(r!.draft).toBeUndefined();
  });

  it('splits preambular and numbered operative paragraphs', () => {
    expect(ids(r!)).toBe('PP1 PP2 PP3 OP1 OP2 OP3');
    expect(r!.paragraphs.map((p) => p.number)).toEqual([undefined, undefined, undefined, 1, 2, 3]);
    expect(r!.paragraphs[1]).toMatchObject({ kind: 'preambular', text: 'Deeply concerned by the digital divides,' });
    expect(r!.paragraphs[3]!.text).toBe('Recognizes that information and communications technologies have the potential to provide new solutions to development challenges;');
  });

  it('keeps sub-paragraphs inside their parent and lists them with their offsets', () => {
    const op2 = r!.paragraphs[4]!;
    expect(op2.text).toBe('Calls upon all stakeholders: (a) To bridge the digital divides; (b) To promote digital literacy;');
    expect(op2.subparagraphs.map((s) => s.label)).toEqual(['(a)', '(b)']);
    for (const s of op2.subparagraphs) expect(op2.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('attaches a footnote to the paragraph whose text carries its mark', () => {
    expect(r!.paragraphs[0]!.footnoteRefs).toEqual([{ mark: '1', offset: r!.paragraphs[0]!.text.length - 1, footnote: { mark: '1', text: 'Resolutions 56/183 and 76/189.' } }]);
    expect(r!.paragraphs.slice(1).every((p) => p.footnoteRefs.length === 0)).toBe(true);
  });
});

describe('reports with draft resolutions', () => {
  const REPORT = [
    'Chapter I',
    'Matters calling for action by the Economic and Social Council or brought to its attention',
    'A. Draft resolutions for adoption by the Council',
    '1. The Commission on Science and Technology for Development recommends to the Economic and Social Council the adoption of the following draft resolutions:',
    'Draft resolution I',
    'Assessment of the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society',
    'The Economic and Social Council,',
    'Recalling the outcome documents of the World Summit on the Information Society,¹',
    'Expressing its appreciation to the Secretary-General of the United Nations Conference on Trade and Development,',
    'Taking stock: reviewing the implementation of the outcomes of the World Summit on the Information Society',
    '1. *Welcomes and urges* the full implementation of General Assembly resolution [70/125](#);',
    'Internet governance',
    '2. *Reaffirms* that the outcomes of the World Summit related to Internet governance are to be pursued;',
    'Draft resolution II',
    'Science, technology and innovation for development',
    'The Economic and Social Council,',
    'Recognizing the role of science,',
    '1. *Encourages* Member States to invest;',
    '¹ See A/C.2/59/3 and A/60/687.',
  ].join('\n\n');

  const drafts = segment(REPORT, '/data/seeds/000_a671e0a3fb8a7acb.txt');

  it('finds each draft, names it after the report (here the file, as no report symbol is printed)', () => {
    expect(drafts.map((d) => [d.symbol, d.draftLabel, d.body, d.title])).toEqual([
      ['000_a671e0a3fb8a7acb draft resolution I', 'Draft resolution I', 'Economic and Social Council', 'Assessment of the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society'],
      ['000_a671e0a3fb8a7acb draft resolution II', 'Draft resolution II', 'Economic and Social Council', 'Science, technology and innovation for development'],
    ]);
    expect(drafts.every((d) => d.draft === true && d.instrument === 'resolution')).toBe(true);
  });

  it('leaves the report’s own numbered paragraph out and keeps section headings as headings', () => {
    expect(ids(drafts[0]!)).toBe('PP1 PP2 OP1 OP2');
    expect(drafts[0]!.headings).toEqual(['Taking stock: reviewing the implementation of the outcomes of the World Summit on the Information Society', 'Internet governance']);
    expect(drafts[0]!.paragraphs.map((p) => p.heading)).toEqual([undefined, undefined, drafts[0]!.headings[0], drafts[0]!.headings[1]]);
    expect(drafts[0]!.paragraphs[2]!.text).toBe('Welcomes and urges the full implementation of General Assembly resolution 70/125;');
    expect(ids(drafts[1]!)).toBe('PP1 OP1');
  });

  it('attaches a superscript footnote', () => {
    const pp1 = drafts[0]!.paragraphs[0]!;
    expect(pp1.text).toBe('Recalling the outcome documents of the World Summit on the Information Society,¹');
    expect(pp1.footnoteRefs).toEqual([{ mark: '¹', offset: pp1.text.length - 1, footnote: { mark: '¹', text: 'See A/C.2/59/3 and A/60/687.' } }]);
  });

  it('reads a draft decision, which has no preamble', () => {
    const units = segment('Draft resolution I\n\nA title\n\nThe Economic and Social Council,\n\nRecalling its resolution 2006/46,\n\n1. Decides to act;\n\nDraft decision I\n\nReport of the Commission on Science and Technology for Development on its twenty-eighth session\n\nThe Economic and Social Council takes note of the report of the Commission on its twenty-eighth session.', '/r/report.txt');
    expect(units.map((u) => [u.symbol, u.instrument])).toEqual([
      ['report draft resolution I', 'resolution'],
      ['report draft decision I', 'decision'],
    ]);
    expect(units[1]!.title).toBe('Report of the Commission on Science and Technology for Development on its twenty-eighth session');
    expect(units[1]!.paragraphs.map((p) => [p.id, p.text])).toEqual([['OP1', 'The Economic and Social Council takes note of the report of the Commission on its twenty-eighth session.']]);
  });

  it('uses the report symbol when the report prints it', () => {
    const [d] = segment(`E/2025/31\n\nDraft resolution I\n\nA title\n\nThe Economic and Social Council,\n\nRecalling its resolution 2006/46,\n\n1. Decides to act;`);
    expect(d!.symbol).toBe('E/2025/31 draft resolution I');
  });
});

describe('Security Council resolutions', () => {
  it('reads the 1967 format ("Resolution 242 (1967) of 22 November 1967") and the adoption line ends the text', () => {
    const [r] = segment('Resolution 242 (1967)\nof 22 November 1967\n\nThe Security Council,\n\nExpressing its continuing concern with the grave\nsituation in the Middle East,\n\n1. Affirms that the fulfilment of Charter principles requires:\n\n(i) Withdrawal of Israel armed forces;\n\n(ii) Termination of all claims;\n\n2. Requests the Secretary-General to report.\n\nAdopted unanimously at the\n1382nd meeting.');
    expect(r).toMatchObject({ symbol: 'S/RES/242(1967)', number: '242 (1967)', body: 'Security Council', date: '1967-11-22' });
    expect(ids(r!)).toBe('PP1 OP1 OP2');
    expect(r!.paragraphs[1]!.subparagraphs.map((s) => s.label)).toEqual(['(i)', '(ii)']);
  });

  it('reads the modern heading ("Adopted by the Security Council at its 4683rd meeting, on 30 December 2002")', () => {
    const [r] = segment('S/RES/1454 (2002)\n\nResolution 1454 (2002)\n\nAdopted by the Security Council at its 4683rd meeting, on 30 December 2002\n\nThe Security Council,\n\nActing under Chapter VII of the Charter of the United Nations,\n\n1. Approves the adjustments;\n\n2. Decides to remain seized of the matter.\n\nAnnex A\n\n1. Not a paragraph of the resolution.');
    expect(r).toMatchObject({ symbol: 'S/RES/1454(2002)', date: '2002-12-30' });
    expect(ids(r!)).toBe('PP1 OP1 OP2');
  });

  it('reads the 1946 compilation format and its sections', () => {
    const [r] = segment('9 (1946). Resolution of 15 October 1946\n\nThe Security Council,\n\nIn virtue of the powers conferred upon it by Article 35,\n\nResolves that:\n\nA\n\n1. The International Court of Justice shall be open to a State;\n\nB\n\n2. Such declaration may be either particular or general.\n\nAdopted unanimously at the 76th meeting.');
    expect(r).toMatchObject({ symbol: 'S/RES/9(1946)', date: '1946-10-15' });
    expect(ids(r!)).toBe('PP1 OP0 OP1 OP2'); // the printed "1." is OP1; the unnumbered "Resolves that:" before it OP0
    expect(r!.headings).toEqual(['A', 'B']);
    expect(r!.paragraphs[1]).toMatchObject({ kind: 'operative', text: 'Resolves that:' });
    expect(r!.paragraphs[1]!.number).toBeUndefined();
  });
});

describe('shapes of General Assembly texts', () => {
  it('takes an unnumbered single operative paragraph; the annexed declaration follows as Annex paragraphs', () => {
    const [r] = segment('78/1. Political declaration of the high-level political forum\n\nThe General Assembly\n\nEndorses the political declaration adopted by the high-level political forum, which is contained in the annex to the present resolution.\n\n15th plenary meeting 29 September 2023\n\nAnnex\n\n1. We, the Heads of State and Government, have met;', 'A_RES_78_1.txt');
    expect(r).toMatchObject({ symbol: 'A/RES/78/1', date: '2023-09-29' });
    expect(r!.paragraphs).toHaveLength(2);
    expect(r!.paragraphs[0]).toMatchObject({ id: 'OP1', kind: 'operative', text: expect.stringMatching(/^Endorses/) });
    expect(r!.paragraphs[1]).toMatchObject({ id: 'Annex.OP1', kind: 'operative', number: 1, text: 'We, the Heads of State and Government, have met;' });
  });

  it('finds the preamble after the title line when "The General Assembly," is missing', () => {
    const [r] = segment('78/225. Enhancing the contributions of the Commission on Crime Prevention and Criminal Justice\n\nReaffirming its resolution 70/1 of 25 September 2015,\n\n1. Invites the Commission to contribute;\n\n50th plenary meeting 19 December 2023');
    expect(r).toMatchObject({ symbol: 'A/RES/78/225', date: '2023-12-19' });
    expect(ids(r!)).toBe('PP1 OP1');
  });

  it('keeps the items of a list announced by a colon, and bullets, inside their paragraph', () => {
    const [r] = segment('The General Assembly,\n\n1. Decides that the plenary meetings will be held as follows:\n\nMonday, 9 June: from 9 a.m. to 1 p.m.\n\nTuesday, 10 June: from 10 a.m. to 1 p.m.;\n\n2. Sets the following targets:\n\n• Increase labour productivity by 50 per cent by 2034.\n\n• Double the output of services sectors.\n\n3. Decides to remain seized.', 'A_RES_78_128.txt');
    expect(r!.paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(r!.paragraphs[0]!.text).toBe('Decides that the plenary meetings will be held as follows: Monday, 9 June: from 9 a.m. to 1 p.m. Tuesday, 10 June: from 10 a.m. to 1 p.m.;');
    const op2 = r!.paragraphs[1]!;
    expect(op2.subparagraphs.map((x) => x.label)).toEqual(['•', '•']);
    for (const x of op2.subparagraphs) expect(op2.text.slice(x.start, x.start + x.text.length)).toBe(x.text);
  });

  it('reads an operative number that lost its period when it is the next number ("6 Also reaffirms")', () => {
    const [r] = segment('The General Assembly,\n\n5. Reaffirms the role of the General Assembly;\n\n6 Also reaffirms the important role of the International Law Commission;\n\n7. Further reaffirms the rule of law;', 'A_RES_80_167.txt');
    expect(r!.paragraphs.map((p) => p.number)).toEqual([5, 6, 7]);
  });

  it('keeps the preambular paragraphs of a text adopted inline ("Adopts the following outcome document:")', () => {
    const [r] = segment('A/80/L.41\n\nThe General Assembly\n\nAdopts the following outcome document:\n\nRecalling the outcome document of the high-level meeting,\n\n1. We reaffirm our commitment;');
    expect(r).toMatchObject({ symbol: 'A/80/L.41', draft: true });
    expect(ids(r!)).toBe('OP0 PP1 OP1');
  });

  describe('operative paragraph ids are the printed numbers when the text has one numbering', () => {
    // A/RES/80/173: "Adopts the following outcome document ..." (unnumbered), then the document's "1. We reaffirm ..."
    it('an unnumbered adopting paragraph before the numbering is OP0 and "1." is OP1', () => {
      const [r] = segment('A/RES/80/173\n\nThe General Assembly\n\nAdopts the following outcome document:\n\nRecalling resolution 79/277,\n\n1. We reaffirm our commitment;\n\n2. We recognize the role of the Forum;');
      expect(ids(r!)).toBe('OP0 PP1 OP1 OP2');
      expect(r!.paragraphs.find((p) => p.id === 'OP2')!.text).toMatch(/^We recognize/);
    });

    it('numbers that start above 1 are kept, and an unnumbered paragraph inside the numbering is named after the number before it', () => {
      const [r] = segment('The General Assembly,\n\n5. Reaffirms the role of the General Assembly;\n\n6. Also reaffirms the important role of the International Law Commission;\n\nDecides to remain seized of the matter.\n\n7. Further reaffirms the rule of law;', 'A_RES_80_167.txt');
      expect(ids(r!)).toBe('OP5 OP6 OP6.1 OP7');
    });

    it('a numbering that restarts in numbered sections is read by section ("II.OP1")', () => {
      const [r] = segment('The General Assembly,\n\nI\n\n1. Reaffirms the role of the General Assembly;\n\n2. Welcomes the report;\n\nII\n\n1. Requests the Secretary-General to report;', 'A_RES_80_168.txt');
      expect(ids(r!)).toBe('I.OP1 I.OP2 II.OP1');
      expect(r!.paragraphs.map((p) => p.number)).toEqual([1, 2, 1]);
    });

    it('a numbering that restarts with no numbered sections is counted through', () => {
      const [r] = segment('The General Assembly,\n\n1. Reaffirms the role of the General Assembly;\n\n2. Welcomes the report;\n\nFollow-up\n\n1. Requests the Secretary-General to report;', 'A_RES_80_168.txt');
      expect(ids(r!)).toBe('OP1 OP2 OP3');
      expect(r!.paragraphs.map((p) => p.number)).toEqual([1, 2, 1]);
    });
  });

  it.each([
    ['a title printed without its number', 'A/RES/79/9\n\nResolution adopted by the General Assembly on 18 November 2024\n\n[without reference to a Main Committee (A/79/L.9/Rev.1)]\n\nCooperation between the United Nations and the Organization of Islamic Cooperation\n\nThe General Assembly,\n\n1. Welcomes the cooperation;', 'Cooperation between the United Nations and the Organization of Islamic Cooperation'],
    ['a title wrapped onto a second paragraph', '79/243. United Nations Convention against Cybercrime;\n\nStrengthening International Cooperation for Combating Certain Crimes\n\nThe General Assembly,\n\n1. Adopts the Convention;', 'United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes'],
    ['a title cut short before the preamble (railcar)', '80/16. Open-ended working group on security of and in the use of\n\nThe General Assembly,\n\n1. Decides to endorse the final report;', 'Open-ended working group on security of and in the use of'],
  ])('reads %s', (_what, text, title) => {
    const [r] = segment(text, 'x.md', 'markdown');
    expect(r!.title).toBe(title);
    expect(r!.paragraphs[0]).toMatchObject({ id: 'OP1', number: 1 });
  });

  it('reads a decision record', () => {
    const [r] = segment('At its 65th plenary meeting, on 16 December 2025, the General Assembly, on the proposal of its President, decided to invite the representatives of the following entities to make a statement.', 'GA_decision_80_524.json', 'json', {
      ED_DecisionNumber: '80/524',
      ED_Title: 'High-level meeting on the overall review',
      ED_Session: '80th session of the General Assembly',
      ED_AgendaItem: '15',
    });
    expect(r).toMatchObject({ symbol: 'A/DEC/80/524', instrument: 'decision', number: '80/524', date: '2025-12-16', body: 'General Assembly', session: '80', agendaItem: '15', title: 'High-level meeting on the overall review' });
    expect(ids(r!)).toBe('OP1');
  });

  it('finds nothing in a text that is not a resolution', () => {
    expect(segment('Minutes of the meeting\n\nThe meeting was called to order at 10 a.m.')).toEqual([]);
  });
});

describe('metadata helpers', () => {
  it.each([
    ['Resolution adopted by the General Assembly on 19 December 2023', '2023-12-19'],
    ['on 1 July 2024', '2024-07-01'],
    ['of 3 Apri] 1991', '1991-04-03'],
    ['2025-12-16T05:00:00.000Z', '2025-12-16'],
    ['no date here', undefined],
  ])('parseDate(%j) = %j', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    ['Seventy-eighth session', '78'],
    ['Eightieth session Agenda item 94', '80'],
    ['Tenth emergency special session', '10'],
    ['80th session of the General Assembly', '80'],
    ['Agenda item 15', undefined],
  ])('parseSession(%j) = %j', (input, expected) => {
    expect(parseSession(input)).toBe(expected);
  });

  it.each([
    ['A_RES_78_132.txt', 'A/RES/78/132'],
    ['/x/A_RES_73_3.pdftext.txt', 'A/RES/73/3'],
    ['S_RES_0242_1967.txt', 'S/RES/242(1967)'],
    ['E_RES_2006_46.json', 'E/RES/2006/46'],
    ['notes.txt', undefined],
  ])('symbolFromFileName(%j) = %j', (input, expected) => {
    expect(symbolFromFileName(input)).toBe(expected);
  });
});

describe('robustness', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-segment-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('read -> clean -> segment never throws on arbitrary text, and reading fails only with a plain Error naming the file', async () => {
    const pieces = fc.constantFrom('The General Assembly,', 'Recalling its resolution 70/1,', '1. Decides', '(a) ', 'Annex', '¹ ', '__________', '23-25902', '2/15', 'A/RES/78/132', 'Draft resolution I', '\f', '\n', '\n\n', ' ', '*', '[70/125](#)', '-\n', ',1', '49th plenary meeting');
    const text = fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.oneof(pieces, fc.string({ maxLength: 20 })), { maxLength: 60 }).map((a) => a.join('')));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom('.txt', '.md', '.pdftext.txt', '.json', '.html', '.xml'), async (content, ext) => {
        const path = join(dir, `case${n++}${ext}`);
        writeFileSync(path, content);
        let src: SourceText;
        try {
          src = await readSource(path);
        } catch (err) {
          expect(err).toBeInstanceOf(Error);
          expect((err as Error).message.startsWith(`${path}: `)).toBe(true);
          return;
        }
        const resolutions = segmentResolutions(cleanText(src), src);
        for (const r of resolutions) {
          expect(r.symbol).not.toBe('');
          for (const p of r.paragraphs) for (const ref of p.footnoteRefs) expect(p.text.slice(ref.offset, ref.offset + ref.mark.length)).toBe(ref.mark);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps 50,000 sub-paragraphs in one paragraph in linear time', () => {
    const [r] = segment(`The General Assembly,\n\n1. Decides:\n\n${'(a) item;\n\n'.repeat(50_000)}`);
    const op1 = r!.paragraphs[0]!;
    expect(op1.subparagraphs).toHaveLength(50_000);
    const last = op1.subparagraphs[49_999]!;
    expect(op1.text.slice(last.start, last.start + last.text.length)).toBe('item;');
  }, 60_000);

  it('segments an HTML resolution end to end (italic verbs, entities, links)', async () => {
    const path = join(dir, 'A_RES_70_125.html');
    writeFileSync(
      path,
      `<html><head><title>A/RES/70/125</title><script>var x = 1;</script></head><body>
      <p>Resolution adopted by the General Assembly on 16 December 2015</p>
      <h2>70/125. Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society</h2>
      <p>The General Assembly,</p>
      <p><i>Recalling</i> its resolution 68/302 of 31 July 2014 on the modalities,</p>
      <p>1. <i>Adopts</i> the following outcome document of the high-level meeting &amp; its <a href="https://undocs.org/A/70/L.33">annex</a>;</p>
      <p>2. <em>Decides</em> to remain seized.</p></body></html>`,
    );
    const [r] = await readAndSegment(path);
    expect(r).toMatchObject({ symbol: 'A/RES/70/125', date: '2015-12-16', number: '70/125' });
    expect(r!.paragraphs.map((p) => [p.id, p.text])).toEqual([
      ['PP1', 'Recalling its resolution 68/302 of 31 July 2014 on the modalities,'],
      ['OP1', 'Adopts the following outcome document of the high-level meeting & its annex;'],
      ['OP2', 'Decides to remain seized.'],
    ]);
  });

  it('segments the PDF and DOCX fixtures end to end', async () => {
    const [pdf] = await readAndSegment(join(repoRoot, 'tests/fixtures/resolution.pdf'));
    expect(pdf).toMatchObject({ symbol: 'A/RES/99/1', date: '2031-03-03', session: '99', agendaItem: '7', title: 'Testing the reader' });
    expect(pdf!.paragraphs.map((p) => [p.id, p.text])).toEqual([
      ['PP1', 'Recalling its resolution 98/5 of 1 January 2030 on reading documents, 1'],
      ['OP1', 'Welcomes the report of the Secretary-General on the reading of documents in portable formats;'],
      ['OP2', 'Decides to remain seized of the matter.'],
    ]);
    expect(pdf!.paragraphs[0]!.footnoteRefs[0]).toMatchObject({ mark: '1', footnote: { text: 'See A/98/100.' } });
    const [docx] = await readAndSegment(join(repoRoot, 'tests/fixtures/draft.docx'));
    expect(docx).toMatchObject({ symbol: 'draft draft resolution I', body: 'Economic and Social Council', title: 'Testing the Word reader' });
    expect(ids(docx!)).toBe('PP1 OP1 OP2');
  });
});

describe.skipIf(!sharedDir('seeds'))('the shared texts', () => {
  it('segments the seed report into its draft resolution: 10 preambular and 138 operative paragraphs, footnotes on PP1 and PP5', async () => {
    const drafts = await readAndSegment(join(sharedDir('seeds') ?? '', '000_a671e0a3fb8a7acb.txt'));
    expect(drafts).toHaveLength(1);
    const [d] = drafts;
    expect(d).toMatchObject({ symbol: 'E/2025/31 draft resolution I', body: 'Economic and Social Council', draft: true });
    const pp = d!.paragraphs.filter((p) => p.kind === 'preambular');
    const op = d!.paragraphs.filter((p) => p.kind === 'operative');
    expect(pp).toHaveLength(10);
    expect(op).toHaveLength(138);
    expect(op.map((p) => p.number)).toEqual(Array.from({ length: 138 }, (_v, i) => i + 1));
    expect(pp[0]!.footnoteRefs.map((r) => [r.mark, r.footnote?.text])).toEqual([['¹', 'See A/C.2/59/3 and A/60/687.']]);
    // footnote 2 is marked in PP5 ("...Universal Declaration of Human Rights,²")
    expect(pp[4]!.text).toContain('Universal Declaration of Human Rights,²');
    expect(pp[4]!.footnoteRefs.map((r) => [r.mark, r.footnote?.text])).toEqual([['²', 'General Assembly resolution 217 A (III).']]);
    // PP6 continues after the interleaved footnotes, with the stray URL gone
    expect(pp[5]!.text).toContain('the Sustainable Development Goals, 78/160 of 19 December 2023');
    expect(pp[5]!.text.endsWith('and emphasizing the need to uphold these commitments in areas of vulnerability and persistent low level of digital development that hinder safe and equitable access to information and communications technologies and their use for sustainable development,')).toBe(true);
    expect(d!.headings).toEqual(['Taking stock: reviewing the implementation of the outcomes of the World Summit on the Information Society', 'Internet governance', 'Enhanced cooperation', 'Internet Governance Forum', 'The road ahead']);
    const op116 = op[115]!;
    expect(op116.subparagraphs.map((s) => s.label)).toEqual(['(a)', '(b)', '(c)', '(d)']);
    expect(op116.text).toContain('the Measuring Digital Development series');
    expect(d!.paragraphs.reduce((n, p) => n + p.footnoteRefs.length, 0)).toBe(16);
  });

  it.skipIf(!sharedDir('corpus'))('reads A/RES/78/132: its first preambular paragraph and 59 operative paragraphs', async () => {
    const [r] = await readAndSegment(join(sharedDir('corpus') ?? '', 'A_RES_78_132.txt'));
    expect(r).toMatchObject({ symbol: 'A/RES/78/132', date: '2023-12-19', session: '78', agendaItem: '15' });
    expect(r!.paragraphs[0]).toMatchObject({
      id: 'PP1',
      text: 'Recalling its resolution 77/150 of 14 December 2022 on information and communications technologies for sustainable development, as well as previous resolutions on the issue,1',
    });
    expect(r!.paragraphs[0]!.footnoteRefs[0]!.footnote?.text).toMatch(/^Resolutions 56\/183, 57\/238/);
    const op = r!.paragraphs.filter((p) => p.kind === 'operative');
    expect(op).toHaveLength(59);
    expect(op.map((p) => p.number)).toEqual(Array.from({ length: 59 }, (_v, i) => i + 1));
    expect(r!.paragraphs.filter((p) => p.kind === 'preambular')).toHaveLength(56);
  });

  it.skipIf(!sharedDir('corpus'))('reads every corpus file into at least one resolution with a symbol and paragraphs', async () => {
    const corpus = sharedDir('corpus') ?? '';
    for (const f of readdirSync(corpus).filter((n) => /\.(txt|json)$/.test(n))) {
      const resolutions = await readAndSegment(join(corpus, f));
      expect(resolutions.length, f).toBeGreaterThanOrEqual(1);
      const expected = symbolFromFileName(f);
      if (expected) expect(resolutions[0]!.symbol, f).toBe(expected);
      expect(resolutions[0]!.paragraphs.some((p) => p.kind === 'operative'), f).toBe(true);
    }
  });

  it.skipIf(!sharedDir('corpus-ga'))('segments every corpus-ga file into exactly one resolution named like the file, dated, with operative paragraphs', async () => {
    const ga = sharedDir('corpus-ga') ?? '';
    const files = readdirSync(ga).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(900);
    const failures: string[] = [];
    for (const f of files) {
      const resolutions = await readAndSegment(join(ga, f));
      const r = resolutions[0];
      const problems = [
        resolutions.length !== 1 && `${resolutions.length} resolutions`,
        r && r.symbol !== symbolFromFileName(f) && `symbol ${r.symbol}`,
        r && !/^\d{4}-\d{2}-\d{2}$/.test(r.date ?? '') && 'no date',
        r && !r.paragraphs.some((p) => p.kind === 'operative') && 'no operative paragraph',
      ].filter(Boolean);
      if (problems.length > 0) failures.push(`${f}: ${problems.join(', ')}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('a report that cites itself names its drafts', () => {
  const REPORT = (footnote: string, recommender = 'Commission on Science and Technology for Development') =>
    [
      'Chapter I',
      'Matters calling for action by the Economic and Social Council or brought to its attention',
      `1. The ${recommender} recommends to the Economic and Social Council the adoption of the following draft resolutions:`,
      'Draft resolution I',
      'Assessment of the progress made',
      'The Economic and Social Council,',
      'Recalling its resolution 2006/46,',
      '123. *Takes note* of the report of the Commission on Science and Technology for Development on its twenty-eighth session,¹⁶ including a summary of the substantive discussion;',
      `¹⁶ ${footnote}`,
    ].join('\n\n');

  it('seed: "Official Records of the Economic and Social Council, 2025, Supplement No. 11 (E/2025/31)" names the draft E/2025/31 draft resolution I', () => {
    const [d] = segment(REPORT('*Official Records of the Economic and Social Council, 2025, Supplement No. 11 (E/2025/31).*'), '/data/seeds/000_a671e0a3fb8a7acb.txt');
    expect(d!.symbol).toBe('E/2025/31 draft resolution I');
  });

  it('the report of another body is not the report holding the drafts', () => {
    const [d] = segment(REPORT('*Official Records of the Economic and Social Council, 2025, Supplement No. 11 (E/2025/31).*', 'Statistical Commission'), '/data/seeds/000_a671e0a3fb8a7acb.txt');
    expect(d!.symbol).toBe('000_a671e0a3fb8a7acb draft resolution I');
  });

  it('a footnote without an Official Records symbol names nothing', () => {
    const [d] = segment(REPORT('See A/80/62-E/2025/12.'), '/data/seeds/000_a671e0a3fb8a7acb.txt');
    expect(d!.symbol).toBe('000_a671e0a3fb8a7acb draft resolution I');
  });
});
