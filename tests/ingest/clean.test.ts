// cleanText: input text -> clean paragraphs and lifted footnotes. The snippets
// are quoted from the shared corpus (PyMuPDF and pypdf extractions of UN PDFs,
// the ECOSOC seed report, railcar Markdown, Security Council texts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import type { SourceFormat, SourceText } from '../../ingest/models.js';
import { sharedDir } from '../helpers/env.js';

const src = (text: string, format: SourceFormat = 'text', file = 'test.txt'): SourceText => ({ file, format, text });
const paragraphs = (text: string, format: SourceFormat = 'text'): string[] => cleanText(src(text, format)).text.split('\n\n');

/** A78/132, end of page 1 and start of page 2 (PyMuPDF): footnotes under the rule, then the running header. */
const GA_PAGE_BREAK = [
  'Reaffirming its resolution 70/1 of 25 September 2015, entitled “Transforming ',
  'our world: the 2030 Agenda for Sustainable Development”, in which it adopted a ',
  'to address their unfinished business,  ',
  '__________________ ',
  ' ',
  '1  Resolutions 56/183, 57/238, 59/220, 60/252, 62/182, 63/202, 64/187, 65/141, 66/184, 67/195, ',
  '68/198, 69/204, 70/184, 71/212, 72/200, 73/218, 74/197, 75/202 and 76/189. ',
  ' ',
  '2  Economic and Social Council resolutions 2006/46, 2008/3, 2009/7, 2010/2, 2011/16, 2012/5, ',
  '2013/9, 2014/27, 2015/26, 2016/22, 2017/21, 2018/28, 2019/24, 2020/12, 2021/28 and 2022/15. ',
  '',
  'A/RES/78/132 ',
  'Information and communications technologies for ',
  'sustainable development',
  ' ',
  '23-25902',
  '2/15 ',
  ' ',
  ' ',
  'Reaffirming also its resolution 69/313 of 27 July 2015 on the Addis Ababa ',
  'Action Agenda of the Third International Conference on Financing for Development, ',
  'which is an integral part of the 2030 Agenda for Sustainable Development, supports ',
  'and complements it, helps to contextualize its means of implementation targets with ',
  'concrete policies and actions, and reaffirms the strong political commitment to ',
  'address the challenge of financing and creating an enabling environment at all levels ',
  'for sustainable development in the spirit of global partnership and solidarity,  ',
  '__________________ ',
  ' ',
  '3  Resolution 71/256, annex. ',
  '',
  'Information and communications technologies for ',
  'sustainable development ',
  'A/RES/78/132',
  ' ',
  '3/15',
  '23-25902 ',
  ' ',
  ' ',
  'sustainable development,3 ',
  ' ',
  '1. Recognizes that information and communications technologies have the potential ',
  'to provide new solutions to development challenges;  ',
].join('\n');

/** The first-page masthead of a GA resolution (PyMuPDF). */
const GA_MASTHEAD = [
  'United Nations ',
  'A/RES/78/132',
  ' ',
  ' ',
  'General Assembly ',
  'Distr.: General ',
  '21 December 2023 ',
  ' ',
  '23-25902 (E)    291223     ',
  '*2325902* ',
  ' ',
  ' ',
  'Seventy-eighth session ',
  'Agenda item 15 ',
  'Information and communications technologies for ',
  'sustainable development ',
  ' ',
  ' ',
  'Resolution adopted by the General Assembly ',
  'on 19 December 2023 ',
  ' ',
  '[on the report of the Second Committee (A/78/458, para. 11)] ',
  ' ',
  ' 78/132. Information and communications technologies for ',
  'sustainable development ',
  ' ',
  'The General Assembly,  ',
].join('\n');

describe('page furniture and masthead (PyMuPDF text)', () => {
  it('removes running headers, footers, page and job numbers, lifts footnotes and joins the broken paragraph', () => {
    const clean = cleanText(src(GA_PAGE_BREAK, 'pdftext'));
    expect(clean.text.split('\n\n')).toEqual([
      'Reaffirming its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, in which it adopted a to address their unfinished business,',
      'Reaffirming also its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, which is an integral part of the 2030 Agenda for Sustainable Development, supports and complements it, helps to contextualize its means of implementation targets with concrete policies and actions, and reaffirms the strong political commitment to address the challenge of financing and creating an enabling environment at all levels for sustainable development in the spirit of global partnership and solidarity, sustainable development,3',
      '1. Recognizes that information and communications technologies have the potential to provide new solutions to development challenges;',
    ]);
    expect(clean.footnotes.map((f) => [f.mark, f.text])).toEqual([
      ['1', 'Resolutions 56/183, 57/238, 59/220, 60/252, 62/182, 63/202, 64/187, 65/141, 66/184, 67/195, 68/198, 69/204, 70/184, 71/212, 72/200, 73/218, 74/197, 75/202 and 76/189.'],
      ['2', 'Economic and Social Council resolutions 2006/46, 2008/3, 2009/7, 2010/2, 2011/16, 2012/5, 2013/9, 2014/27, 2015/26, 2016/22, 2017/21, 2018/28, 2019/24, 2020/12, 2021/28 and 2022/15.'],
      ['3', 'Resolution 71/256, annex.'],
    ]);
    // each footnote is placed at the end of the paragraph its block followed
    const firstEnd = clean.text.indexOf('\n\n');
    expect(clean.footnotes[0]!.offset).toBe(firstEnd);
    expect(clean.footnotes[2]!.offset).toBe(clean.text.indexOf('\n\n', firstEnd + 2));
  });

  it('drops "United Nations", "Distr.: General", the distribution date, the job number and the barcode; keeps the symbol and heading', () => {
    expect(paragraphs(GA_MASTHEAD, 'pdftext')).toEqual([
      'A/RES/78/132',
      'Seventy-eighth session Agenda item 15 Information and communications technologies for sustainable development',
      'Resolution adopted by the General Assembly on 19 December 2023',
      '[on the report of the Second Committee (A/78/458, para. 11)]',
      '78/132. Information and communications technologies for sustainable development',
      'The General Assembly,',
    ]);
  });

  it('drops the one-line masthead of a Markdown conversion', () => {
    expect(paragraphs('United Nations\n\nGeneral Assembly Distr.: General 5 December 2025\n\nEightieth session Agenda item 94\n\nThe General Assembly,', 'markdown')).toEqual([
      'Eightieth session Agenda item 94',
      'The General Assembly,',
    ]);
  });

  it('removes a Security Council footer and form feed ("02-75941 (E)" then the symbol)', () => {
    const text = 'relevant resolutions;\n\n02-75941 (E)\n\fS/RES/1454 (2002)\n\n2. Decides to conduct a thorough review;';
    expect(paragraphs(`United Nations S/RES/1454 (2002)\n\nSecurity Council Distr.: General\n\n30 December 2002\n\n1. Approves ${text}`, 'pdftext')).toEqual([
      'S/RES/1454 (2002)',
      '1. Approves relevant resolutions;',
      '2. Decides to conduct a thorough review;',
    ]);
  });
});

describe('pypdf text (indented paragraphs, split words)', () => {
  const PYPDF = [
    ' 6. Recognize that, while the World Health Organization declared tuberculosis a global emergency, ',
    'by the rise of multidrug -resistant tuberculosis an d the heavy burden of tuberculosis, ',
    '__________________ ',
    ' 1  Resolution 70/1 . ',
    ' 2  Resolution 69/313 , annex.  ',
    'Political declaration of the high-level meeting of the General Assembly  ',
    'on the fight against tuberculosis A/RES/73/3 ',
    ' ',
    '3/10 18-16895 ',
    ' ',
    'HIV and AIDS, and other co -morbidities such as diabetes; ',
    ' 7. Express serious concern that, despite these commitments, ',
    'tuberculosis remains a cause of an enormous burden; ',
    'A/RES/73/3 ',
    'Political declaration of the high-level meeting of the General Assembly ',
    ' on the fight against tuberculosis ',
    ' ',
    '18-16895 4/10 ',
    ' ',
    'illness and mortality place an additional burden; ',
    ' 8. Recognize that tuberculosis affects populations inequitably; ',
    ' 9. Further recognize that tuberculosis is preventable; ',
    ' 10. Recognize the rest; ',
  ].join('\n');

  it('starts paragraphs at indented lines, continues them across page furniture, repairs "multidrug -resistant"', () => {
    const clean = cleanText(src(PYPDF, 'pdftext', 'A_RES_73_3.pdftext.txt'));
    expect(clean.text.split('\n\n')).toEqual([
      '6. Recognize that, while the World Health Organization declared tuberculosis a global emergency, by the rise of multidrug-resistant tuberculosis and the heavy burden of tuberculosis, HIV and AIDS, and other co-morbidities such as diabetes;',
      '7. Express serious concern that, despite these commitments, tuberculosis remains a cause of an enormous burden; illness and mortality place an additional burden;',
      '8. Recognize that tuberculosis affects populations inequitably;',
      '9. Further recognize that tuberculosis is preventable;',
      '10. Recognize the rest;',
    ]);
    expect(clean.footnotes.map((f) => `${f.mark}:${f.text}`)).toEqual(['1:Resolution 70/1 .', '2:Resolution 69/313, annex.']);
  });
});

describe('the seed report (Markdown-ish, superscript footnotes, link residue)', () => {
  it('lifts superscript footnotes interleaved by a page break and continues the paragraph after them', () => {
    const text = [
      'Recalling further General Assembly resolutions 79/1 of 22 September 2024, and emphasizing the need to',
      '',
      '¹ See A/C.2/59/3 and A/60/687.',
      '',
      '² General Assembly resolution 217 A (III).',
      '',
      'uphold these commitments in areas of vulnerability,',
    ].join('\n');
    const clean = cleanText(src(text));
    expect(clean.text).toBe('Recalling further General Assembly resolutions 79/1 of 22 September 2024, and emphasizing the need to uphold these commitments in areas of vulnerability,');
    expect(clean.footnotes).toEqual([
      { mark: '¹', text: 'See A/C.2/59/3 and A/60/687.', offset: clean.text.length },
      { mark: '²', text: 'General Assembly resolution 217 A (III).', offset: clean.text.length },
    ]);
  });

  it.each([
    ['link residue', '1. *Welcomes and urges* the full implementation of General Assembly resolution [70/125](#);', '1. Welcomes and urges the full implementation of General Assembly resolution 70/125;'],
    ['an escaped link text', '¹⁰ See General Assembly resolution [2200 A \\(XXI\\)](#), annex.', ''],
    ['a link with an address', 'See [A/74/821](https://undocs.org/A/74/821).', 'See A/74/821.'],
    ['a stray URL inside a sentence', 'on information and communications technologies for sustainable development, https://unctad.org/system/files/official-document/ecosoc_res_2024d14_en.pdf 78/160 of 19 December 2023', 'on information and communications technologies for sustainable development, 78/160 of 19 December 2023'],
    ['italics around a verb phrase', '44. *Takes note of the latest global report of the Broadband Commission*, and notes', '44. Takes note of the latest global report of the Broadband Commission, and notes'],
    ['bold and a Markdown heading', '## **Internet governance**', 'Internet governance'],
    ['a star that is not emphasis', 'the Secretary-General* and others*', 'the Secretary-General* and others*'],
  ])('strips %s', (_what, input, expected) => {
    expect(cleanText(src(input)).text).toBe(expected);
  });

  it('keeps the escaped link text of a lifted footnote', () => {
    expect(cleanText(src('¹⁰ See General Assembly resolution [2200 A \\(XXI\\)](#), annex.')).footnotes[0]!.text).toBe('See General Assembly resolution 2200 A (XXI), annex.');
  });

  it('joins an italic word split from its paragraph by footnotes', () => {
    const text = '(c) Notes with appreciation the work of the Partnership and the *Measuring*\n\n¹⁵ General Assembly resolution [69/313](#), annex.\n\nDigital Development series, which provides information;';
    expect(cleanText(src(text)).text).toBe('(c) Notes with appreciation the work of the Partnership and the Measuring Digital Development series, which provides information;');
  });

  it('joins a paragraph that stops on a preposition with its continuation', () => {
    expect(paragraphs('109. *Urges* all countries to fulfil their commitments under the Addis Ababa Action Agenda of the Third International Conference on\n\nFinancing for Development,¹⁵ with special attention;')).toEqual([
      '109. Urges all countries to fulfil their commitments under the Addis Ababa Action Agenda of the Third International Conference on Financing for Development,¹⁵ with special attention;',
    ]);
  });

  it('keeps headings, titles and labels apart from the paragraphs around them', () => {
    expect(paragraphs('Draft resolution I\n\nAssessment of the progress made in the implementation of the outcomes of the World Summit on the Information Society\n\nThe Economic and Social Council,\n\nExpressing its appreciation to the Secretary-General,\n\nTaking stock: reviewing the implementation of the outcomes of the World Summit on the Information Society\n\n1. *Welcomes* the inputs;\n\nInternet governance\n\n82. *Reaffirms* the outcomes;')).toEqual([
      'Draft resolution I',
      'Assessment of the progress made in the implementation of the outcomes of the World Summit on the Information Society',
      'The Economic and Social Council,',
      'Expressing its appreciation to the Secretary-General,',
      'Taking stock: reviewing the implementation of the outcomes of the World Summit on the Information Society',
      '1. Welcomes the inputs;',
      'Internet governance',
      '82. Reaffirms the outcomes;',
    ]);
  });
});

describe('line unwrapping', () => {
  it.each([
    ['a real hyphen at a line end', 'Recalling the vision of a people-\ncentred, inclusive information society,', 'Recalling the vision of a people-centred, inclusive information society,'],
    ['multi-stakeholder broken at its hyphen', 'the value of multi-\nstakeholder cooperation,', 'the value of multi-stakeholder cooperation,'],
    ['a proper noun', 'the Secretary-\nGeneral to report,', 'the Secretary-General to report,'],
    ['a word hyphenated by the printer when the file spells it whole', 'Recognizes the report;\n\n2. Also recog-\nnizes the work;', 'Recognizes the report;\n\n2. Also recognizes the work;'],
    ['a broken word the file spells whole only in capitals', 'RECOGNIZES the report;\n\n2. Also recog-\nnizes the work;', 'RECOGNIZES the report;\n\n2. Also recognizes the work;'],
    ['a broken word the file also hyphenates in one line', 'Recognizes the RECOG-NIZES report;\n\n2. Also recog-\nnizes the work;', 'Recognizes the RECOG-NIZES report;\n\n2. Also recog-nizes the work;'],
    ['a broken word the file spells whole as lower-casing a dotted capital I makes it', 'RECOGNİ the report;\n\n2. Also recogn-\ni the work;', 'RECOGNİ the report;\n\n2. Also recogni the work;'],
    ['a broken word in a text with a dotted capital I the file never spells whole', 'İstanbul;\n\n2. Also recog-\nnizes the work;', 'İstanbul;\n\n2. Also recog-nizes the work;'],
    ['a number alone on its line', '1. \n \nWe, the Heads of State and Government,', '1. We, the Heads of State and Government,'],
    ['a "* * *" separator between paragraphs', 'Promoting a wide range of transport and mobility options,\n* * *\nRecognizing the role of ports,', 'Promoting a wide range of transport and mobility options,\n\nRecognizing the role of ports,'],
    ['an operative number after a closed line', '(e) Means of implementation.\n14. We reaffirm our commitment;', '(e) Means of implementation.\n\n14. We reaffirm our commitment;'],
    ['a lower-case continuation after a page break without marks', '30. *Notes with great concern* that, for the majority of the poor, the promise of science\n\nthe need to effectively harness technology;', '30. Notes with great concern that, for the majority of the poor, the promise of science the need to effectively harness technology;'],
  ])('%s', (_what, input, expected) => {
    expect(cleanText(src(input)).text).toBe(expected);
  });
});

describe('railcar Markdown', () => {
  it('lifts [^n] footnote definitions, prints their references as superscripts and drops the running title', () => {
    const text = [
      '80/3. Awaza Political Declaration',
      '',
      'The General Assembly,',
      '',
      '7. We further reaffirm our commitment to the Convention on Biological Diversity[^10] and the Kunming-Montreal Global Biodiversity Framework;',
      '',
      'Awaza Political Declaration',
      '',
      '8. We welcome the outcome;',
      '',
      '---',
      '',
      '[^10]: United Nations, Treaty Series, vol. 1760,',
      '    No. 30619.',
    ].join('\n');
    const clean = cleanText(src(text, 'markdown'));
    expect(clean.text.split('\n\n')).toEqual([
      '80/3. Awaza Political Declaration',
      'The General Assembly,',
      '7. We further reaffirm our commitment to the Convention on Biological Diversity¹⁰ and the Kunming-Montreal Global Biodiversity Framework;',
      '8. We welcome the outcome;',
    ]);
    expect(clean.footnotes.map((f) => [f.mark, f.text])).toEqual([['¹⁰', 'United Nations, Treaty Series, vol. 1760, No. 30619.']]);
  });
});

describe('robustness', () => {
  it.each([
    ['empty text', ''],
    ['only blanks', ' \n \n\t'],
    ['only furniture', '23-25902\n2/15\n*2325902*'],
    ['a rule with nothing after it', 'text\n__________________'],
    ['CRLF and no-break spaces', 'The\u00a0General Assembly,\r\n\r\nRecalling\u00adits resolution,'],
  ])('cleans %s without throwing', (_what, input) => {
    const clean = cleanText(src(input, 'pdftext'));
    expect(typeof clean.text).toBe('string');
    expect(clean.text).not.toMatch(/\r|\u00a0|\u00ad/);
  });

  it('does not backtrack catastrophically on pathological input', () => {
    // ~150 ms on a quiet machine; a quadratic or exponential pattern would take minutes.
    // The bound is loose because the machine is shared: speed goals live in the benchmarks.
    const nasty = `${'*'.repeat(20_000)}\n${'[a]('.repeat(5_000)}\n${'a-\n'.repeat(5_000)}\n${'1 '.repeat(20_000)}\n${'(a) '.repeat(5_000)}`;
    const started = performance.now();
    cleanText(src(nasty, 'pdftext'));
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('joins a long run of continuation paragraphs in linear time', () => {
    // 40,000 joins: ~0.3 s; re-reading the growing paragraph after each join took 30 s
    const clean = cleanText(src(`The General Assembly,\n\n${'and a continued line\n\n'.repeat(40_000)}`));
    expect(clean.text.length).toBe('The General Assembly, '.length + 'and a continued line '.length * 40_000 - 1);
  }, 60_000);
});

describe.skipIf(!sharedDir('seeds'))('the shared texts', () => {
  it('cleans the seed report: no residue, sixteen footnotes with their marks', () => {
    const seeds = sharedDir('seeds') ?? '';
    const clean = cleanText(src(readFileSync(join(seeds, '000_a671e0a3fb8a7acb.txt'), 'utf8')));
    expect(clean.text).not.toMatch(/\]\(#\)|https?:|\*Welcomes\*|\\\(/);
    expect(clean.footnotes.map((f) => f.mark)).toEqual(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '¹⁰', '¹¹', '¹²', '¹³', '¹⁴', '¹⁵', '¹⁶']);
    expect(clean.text).toContain('and emphasizing the need to uphold these commitments in areas of vulnerability');
    expect(clean.text.split('\n\n').filter((p) => /^\d+\. /.test(p))).toHaveLength(139);
  });

  it.skipIf(!sharedDir('corpus-ga'))('leaves no page furniture in a sample of GA resolutions from sessions 78 to 80', () => {
    const ga = sharedDir('corpus-ga') ?? '';
    const files = readdirSync(ga).filter((f) => f.endsWith('.txt'));
    const sample = files.filter((_f, i) => i % 45 === 0);
    expect(sample.length).toBeGreaterThanOrEqual(20);
    for (const f of sample) {
      const clean = cleanText(src(readFileSync(join(ga, f), 'utf8'), 'pdftext', f));
      const lines = clean.text.split('\n\n');
      const symbol = f.replace(/\.txt$/, '').replace(/_/g, '/');
      expect(lines.filter((l) => /^\d{1,3}\/\d{1,3}$|^\d{2}-\d{5}|^\*\d{7}\*$|^Distr\.:/.test(l)), f).toEqual([]);
      // the symbol survives once, at the top; never as a running header
      expect(lines.filter((l) => l === symbol), f).toHaveLength(1);
      expect(clean.footnotes.every((n, i) => i === 0 || Number(n.mark) === Number(clean.footnotes[i - 1]!.mark) + 1 || !/^\d+$/.test(n.mark)), f).toBe(true);
    }
  });
});

describe('page breaks inside citation lists (corpus-ga)', () => {
  it('continues a paragraph whose next page starts with a special-session number ("S-29/1"), A/RES/79/182 PP3', () => {
    const text = [
      'A/RES/79/182 ',
      'Situation of human rights of Rohingya Muslims and other minorities in Myanmar',
      '',
      'Recalling also its previous resolutions on the situation of human rights in ',
      'Myanmar, and recalling the resolutions of the Human Rights Council, the most recent of which being resolutions 47/1 of 12 July 2021,9 46/21 of 24 March 2021,10 ',
      '__________________ ',
      ' ',
      '9 Ibid., Seventy-sixth Session, Supplement No. 53 (A/76/53), chap. VII, sect. A. ',
      ' ',
      '10 Ibid., chap. II. ',
      '',
      'A/RES/79/182 ',
      'Situation of human rights of Rohingya Muslims and other ',
      'minorities in Myanmar',
      ' ',
      '24-24224',
      '2/18 ',
      ' ',
      'S-29/1 of 12 February 2021,11 43/26 of 22 June 2020,12 ',
      '',
      'Noting the report of the Special Envoy,',
    ].join('\n');
    const ps = paragraphs(text, 'pdftext');
    const recalling = ps.find((p) => p.startsWith('Recalling also'));
    expect(recalling).toMatch(/46\/21 of 24 March 2021,10 S-29\/1 of 12 February 2021,11 43\/26 of 22 June 2020,12$/);
    expect(ps.some((p) => p.startsWith('S-29/1'))).toBe(false);
    expect(ps).toContain('Noting the report of the Special Envoy,');
  });

  it('removes a last-page header that prints the symbol twice ("A/RES/78/18A/RES/78/18") and joins the list it split', () => {
    const text = [
      'A/RES/78/18 ',
      'Conclusion of effective international arrangements to assure ',
      'non-nuclear-weapon States against the use or threat of use of ',
      'nuclear weapons',
      ' ',
      'Recalling its relevant resolutions adopted in previous years, in particular resolutions 45/54 of 4 December 1990, 46/32 of 6 December 1991, 47/50 of ',
      '',
      'Conclusion of effective international arrangements to assure ',
      'non-nuclear-weapon States against the use or threat of use of ',
      'nuclear weapons ',
      'A/RES/78/18A/RES/78/18',
      ' ',
      '3/3',
      '23-24443 ',
      ' ',
      '9 December 1992, 48/73 of 16 December 1993,',
    ].join('\n');
    const ps = paragraphs(text, 'pdftext');
    expect(ps.find((p) => p.startsWith('Recalling'))).toMatch(/47\/50 of 9 December 1992, 48\/73 of 16 December 1993,$/);
    expect(ps.join('\n')).not.toContain('A/RES/78/18A/RES/78/18');
  });
});

describe('running titles against body text (corpus-ga)', () => {
  /** A/RES/78/45: the body line before the page header quotes the running title word for word. */
  const MINE_BAN_PAGE = [
    'A/RES/78/45',
    'Implementation of the Convention on the Prohibition of the Use, ',
    'Stockpiling, Production and Transfer of Anti-Personnel Mines and ',
    'on Their Destruction ',
    '',
    'The General Assembly, ',
    '',
    'Noting with satisfaction the work undertaken to implement the Convention on ',
    'the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel ',
    '',
    'A/RES/78/45 ',
    'Implementation of the Convention on the Prohibition of the Use, ',
    'Stockpiling, Production and Transfer of Anti-Personnel Mines and ',
    'on Their Destruction',
    ' ',
    '23-24508',
    '2/3 ',
    ' ',
    'Mines and on Their Destruction 1  and the substantial progress made towards ',
    'addressing the global anti-personnel landmine problem, ',
  ].join('\n');

  it('keeps a body line that quotes the title when a blank line parts it from the header', () => {
    const noting = paragraphs(MINE_BAN_PAGE, 'pdftext').find((p) => p.startsWith('Noting with satisfaction'));
    expect(noting).toContain('the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction');
  });

  it('ends the resolution at its meeting line: an annex after a page break is not joined to it (A/RES/78/252)', () => {
    const text = [
      '77. Also decides that a vacancy rate of 11.1 per cent shall be used as a basis for the budget for 2024. ',
      ' ',
      '50th (resumed) plenary meeting ',
      '22 December 2023 ',
      ' ',
      '',
      'A/RES/78/252 ',
      'Questions relating to the proposed programme budget for 2024',
      ' ',
      '23-26052',
      '10/11 ',
      ' ',
      'Annex ',
    ].join('\n');
    const ps = paragraphs(text, 'pdftext');
    expect(ps).toContain('50th (resumed) plenary meeting 22 December 2023');
    expect(ps).toContain('Annex');
  });
});
