// Paragraph structure (session 10): paragraphs split by a page break, headings read as paragraphs, numbered
// lists and numbered sections inside a resolution, the end of a resolution's text. Every input is quoted from
// the named file of /work/shared/corpus-ga (or corpus), with its page furniture where the case needs it.
import { describe, expect, it } from 'vitest';
import { paragraphIds, segmentLines } from '../helpers/segment-lines.js';
import type { ResolutionText } from '../../ingest/models.js';

const segment = segmentLines;

const ids = paragraphIds;
const paragraph = (r: ResolutionText, id: string) => r.paragraphs.find((p) => p.id === id);

describe('a paragraph split by a page break is one paragraph', () => {
  it('A/RES/79/110 OP4: the rest after a comma opens with a capital ("New Zealand, ...")', () => {
    const [r] = segment(
      [
        'A/RES/79/110', '', '79/110. Question of Tokelau', '', 'The General Assembly,', '',
        'Having considered the question of Tokelau, ', '',
        '4. ', 'Recognizes the ongoing socioeconomic development challenges posed by ',
        'the COVID-19 pandemic to Tokelau, including the first recorded cases of community ',
        'transmission in May 2023, and the close cooperation with the administering Power, ',
        '__________________ ', ' ', '3  United Nations, Treaty Series, vol. 1771, No. 30822. ', '',
        'A/RES/79/110 ', 'Question of Tokelau', ' ', '24-23526', '4/5 ', ' ',
        'New Zealand, neighbouring countries and the World Health Organization in ',
        'successfully addressing the pandemic in Tokelau;  ', ' ',
        '5. ', 'Notes with appreciation that Tokelau and New Zealand remain firmly committed;',
      ],
      'A_RES_79_110.txt',
    );
    expect(ids(r!)).toBe('PP1 OP4 OP5');
    expect(paragraph(r!, 'OP4')!.text).toMatch(/with the administering Power, New Zealand, neighbouring countries and the World Health Organization in successfully addressing the pandemic in Tokelau;$/);
  });

  it('A/RES/80/173 OP111: a whole sentence at the top of the next page, after a full stop', () => {
    const [r] = segment(
      [
        'A/RES/80/173', '', '80/173. Outcome document of the high-level meeting', '', 'The General Assembly,', '',
        'Adopts the following outcome document:', '',
        '111. We reaffirm our commitment to the framework of action lines established in the ',
        'Geneva Plan of Action and recognize the value that many Governments have attributed to this framework in ',
        'supporting the formulation of national strategies and approaches to digital development. ',
        '',
        'A/RES/80/173 ', 'Outcome document of the high-level meeting', ' ', '25-20874', '18/20 ', ' ',
        'We call upon action line facilitators to ensure close alignment with the 2030 Agenda ',
        'for Sustainable Development when considering new work to implement the outcomes ',
        'of the World Summit, according to their existing mandates and resources. ',
        ' ',
        '112. We recognize the importance of the Internet Governance Forum;',
      ],
      'A_RES_80_173.txt',
    );
    expect(ids(r!)).toBe('OP0 OP111 OP112');
    expect(paragraph(r!, 'OP111')!.text).toMatch(/approaches to digital development\. We call upon action line facilitators .* existing mandates and resources\.$/);
  });

  it('a heading at the top of a page after a numbered paragraph stays a heading', () => {
    const [r] = segment(
      [
        'A/RES/80/173', '', '80/173. Outcome document of the high-level meeting', '', 'The General Assembly,', '',
        'Adopts the following outcome document:', '',
        '124. We reaffirm our commitment to the framework of action lines established in the ',
        'Geneva Plan of Action for the information society. ',
        '',
        'A/RES/80/173 ', 'Outcome document of the high-level meeting', ' ', '25-20874', '19/20 ', ' ',
        'Follow-up and review', ' ',
        '125. We recall that the General Assembly will convene a high-level meeting;',
      ],
      'A_RES_80_173.txt',
    );
    expect(ids(r!)).toBe('OP0 OP124 OP125');
    expect(r!.headings).toContain('Follow-up and review');
  });

  it('A/RES/79/146 PP19: a preambular paragraph cut after its footnote mark goes on with "Agenda 2063 adopted by ..."', () => {
    const [r] = segment(
      [
        'The General Assembly,', '',
        'Reaffirming that the Declaration on the Right to Development also informs the Monterrey Consensus of the International Conference on Financing for Development, 13',
        '',
        'Agenda 2063 adopted by the African Union, and the International Labour Organization Declaration on Social Justice for a Fair Globalization, 14 in the spirit of global partnership and solidarity,',
        '',
        'Affirming its strong support for fair globalization,',
        '',
        '1. Reaffirms the Copenhagen Declaration;',
        '__________________', '13 Resolution 69/313, annex.', '14 See A/63/538-E/2009/4, annex.',
      ],
      'A_RES_79_146.txt',
    );
    expect(ids(r!)).toBe('PP1 PP2 OP1');
    const pp1 = paragraph(r!, 'PP1')!;
    expect(pp1.text).toMatch(/Financing for Development, 13 Agenda 2063 adopted by the African Union/);
    expect(pp1.footnoteRefs.map((f) => [f.mark, pp1.text.slice(f.offset - 13, f.offset)])).toEqual([
      ['13', 'Development, '],
      ['14', 'obalization, '],
    ]);
  });

  it('an opener that PREAMBULAR_START does not list still opens a preambular paragraph (A/RES/78/213 PP21)', () => {
    const [r] = segment(
      [
        'The General Assembly,', '',
        'Recognizing that measures must comply with the principles of legality, necessity, proportionality and non-discrimination,',
        '',
        'Unequivocally condemning the use of blanket Internet shutdowns and unlawful or arbitrary online censorship,',
        '',
        '1. Calls upon all States to refrain from Internet shutdowns;',
      ],
      'A_RES_78_213.txt',
    );
    expect(ids(r!)).toBe('PP1 PP2 OP1');
  });
});

describe('footnote marks spaced from their word', () => {
  it('A/RES/79/1 paragraph 32: a mark after a sentence, before the next one ("Nations. 11 We reiterate")', () => {
    const [r] = segment(
      [
        'The General Assembly,', '',
        'Adopts the following Pact for the Future:', '',
        '32. We recall the importance of the Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations. 11 We reiterate our full respect for the sovereign equality of all Member States.',
        '__________________', '11 Resolution 2625 (XXV), annex.',
      ],
      'A_RES_79_1.txt',
    );
    const op32 = paragraph(r!, 'OP32')!;
    expect(op32.footnoteRefs.map((f) => [f.mark, f.footnote?.text])).toEqual([['11', 'Resolution 2625 (XXV), annex.']]);
    expect(op32.text.slice(op32.footnoteRefs[0]!.offset - 9, op32.footnoteRefs[0]!.offset + 5)).toBe('Nations. 11 We');
  });
});

describe('headings are not paragraphs', () => {
  it('A/RES/79/1: "Action 2. ..." printed on the line after a sentence is a heading, not the end of a paragraph', () => {
    const [r] = segment(
      [
        'The General Assembly,', '',
        'Adopts the following Pact for the Future:', '',
        '20. We reaffirm that the Sustainable Development Goals are a compass. We decide to: ',
        ' ', '(d) ', 'Remove all obstacles to sustainable development and refrain from ', 'economic coercion. ',
        'Action 2. We will place the eradication of poverty at the centre of our efforts to ', 'achieve the 2030 Agenda. ',
        '21. Eradicating poverty, in all its forms and dimensions, including extreme poverty, ', 'is an imperative for all humankind. ',
      ],
      'A_RES_79_1.txt',
    );
    expect(ids(r!)).toBe('OP0 OP20 OP21');
    expect(paragraph(r!, 'OP20')!.text).toMatch(/refrain from economic coercion\.$/);
    expect(r!.headings).toEqual(['Action 2. We will place the eradication of poverty at the centre of our efforts to achieve the 2030 Agenda.']);
    expect(paragraph(r!, 'OP21')!.heading).toBe(r!.headings[0]);
  });

  it('A/RES/79/233: a section heading with no blank line before the numbered paragraph ("I.\\nProductive capacity development\\n40. ...")', () => {
    const [r] = segment(
      [
        'The General Assembly,', '',
        'Adopts the Programme of Action:', '',
        '39. We recognize that structural transformation is critical to support the landlocked developing countries to achieve their development ',
        'ambitions.  ', ' ',
        'I. ', 'Productive capacity development  ',
        '40. We recognize that many landlocked developing countries have weak productive ',
        'capacities that constrain their ability to foster technology spillovers across sectors.  ',
      ],
      'A_RES_79_233.txt',
    );
    expect(ids(r!)).toBe('OP0 OP39 OP40');
    expect(paragraph(r!, 'OP40')).toMatchObject({ number: 40, heading: 'I. Productive capacity development', text: expect.stringMatching(/^We recognize that many/) });
  });

  it('A/RES/78/68: a section title printed apart from its numeral completes the heading ("II", then the Fish Stocks Agreement)', () => {
    const [r] = segment(
      [
        'The General Assembly,', '',
        '50. Calls upon States to take measures, taking into account the best available scientific information, the precautionary approach and ecosystem approaches, as appropriate;',
        '', '', 'II', '', '',
        'Implementation of the 1995 Agreement for the Implementation of the ',
        'Provisions of the United Nations Convention on the Law of the Sea of ',
        '10 December 1982 relating to the Conservation and Management of Straddling ',
        'Fish Stocks and Highly Migratory Fish Stocks ',
        '',
        '51. Calls upon all States that have not done so to become parties to the Agreement;',
      ],
      'A_RES_78_68.txt',
    );
    expect(ids(r!)).toBe('OP50 OP51');
    expect(paragraph(r!, 'OP51')!.heading).toMatch(/^II Implementation of the 1995 Agreement .* Highly Migratory Fish Stocks$/);
  });

  it('A/RES/79/145: the same title after its numeral on one line, longer than a heading alone', () => {
    const [r] = segment(
      [
        'The General Assembly,', '',
        '52. Calls upon States to take measures, taking into account the best available scientific information, the precautionary approach and ecosystem approaches, as appropriate;',
        '',
        'II Implementation of the 1995 Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks',
        '',
        '53. Calls upon all States that have not done so to become parties to the Agreement;',
      ],
      'A_RES_79_145.txt',
    );
    expect(ids(r!)).toBe('OP52 OP53');
  });
});

describe('numbered lists and numbered sections', () => {
  it('A/RES/78/223 OP11: the numbered items of a provisional agenda are items of the paragraph, and "12." follows "11."', () => {
    const [r] = segment(
      [
        'The General Assembly,', '',
        '11. Approves the following provisional agenda for the Fifteenth Congress, finalized by the Commission at its thirty-second session:',
        '',
        '1. Opening of the Congress.', '',
        '2. Organizational matters.', '',
        '3. Advancing innovative and evidence-based crime prevention strategies.', '',
        '4. Adoption of the report of the Congress.', '',
        '12. Decides that the following issues shall be considered in workshops within the framework of the Congress;',
      ],
      'A_RES_78_223.txt',
    );
    expect(ids(r!)).toBe('OP11 OP12');
    const op11 = paragraph(r!, 'OP11')!;
    expect(op11.subparagraphs.map((s) => s.label)).toEqual(['1.', '2.', '3.', '4.']);
    for (const s of op11.subparagraphs) expect(op11.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    expect(op11.subparagraphs[0]!.text).toBe('Opening of the Congress.');
  });

  it('A/RES/78/248 OP14: a quoted "4." after "new paragraph 4:" is no paragraph 4', () => {
    const [r] = segment(
      [
        'The General Assembly,', '',
        '14. Decides to approve the following amendment to the statute of the United Nations Dispute Tribunal: Article 9, new paragraph 4:',
        '',
        '4. In hearing an application to appeal an administrative decision imposing a disciplinary measure, the Dispute Tribunal shall assess whether the measure imposed was proportionate to the offence.',
        '',
        '15. Invites the Sixth Committee to consider the legal aspects of the reports;',
      ],
      'A_RES_78_248.txt',
    );
    expect(ids(r!)).toBe('OP14 OP15');
    expect(paragraph(r!, 'OP14')!.subparagraphs.map((s) => s.label)).toEqual(['4.']);
  });

  it('an unnumbered adopting paragraph ending with a colon still lets "1." open the numbering (A/RES/80/173)', () => {
    const [r] = segment(['The General Assembly,', '', 'Adopts the following outcome document:', '', '1. We reaffirm our commitment;', '', '2. We recognize the role of the Forum;'], 'A_RES_80_173.txt');
    expect(ids(r!)).toBe('OP0 OP1 OP2');
  });

  it('A/RES/78/253: paragraphs numbered from 1 again in each Roman-numbered section are named by section; a lettered part inside a section is no section', () => {
    const [r] = segment(
      [
        '78/253. Questions relating to the proposed programme budget for 2024', '', 'The General Assembly,', '',
        'VII', '', 'Administrative expenses of the United Nations Joint Staff Pension Fund', '',
        'Recalling its resolution 70/238 A of 23 December 2015, section XIII of its resolution 77/263 A,', '',
        '1. Takes note of the report of the United Nations Joint Staff Pension Board;', '',
        '2. Approves the changes to the staffing table as set out in the table below:', '',
        'B. Office of Investment Management', '',
        '3. Approves the estimates of 139,789,700 dollars for the administration of the Fund;', '',
        'XI', '', 'Revised estimates resulting from resolutions and decisions adopted by the Human Rights Council at its fifty-second, fifty-third and fifty-fourth regular sessions, and at its thirty-sixth special session, in 2023', '',
        'Having considered the report of the Secretary-General and the related report of the Advisory Committee,', '',
        '1. Takes note of the report of the Secretary-General;', '',
        '2. Endorses the conclusions and recommendations contained in the report of the Advisory Committee;', '',
        '50th (resumed) plenary meeting 22 December 2023',
      ],
      'A_RES_78_253.txt',
    );
    expect(ids(r!)).toBe('VII.PP1 VII.OP1 VII.OP2 VII.OP3 XI.PP1 XI.OP1 XI.OP2');
    expect(paragraph(r!, 'XI.OP2')).toMatchObject({ number: 2, text: expect.stringMatching(/^Endorses/) });
  });
});

describe('where a resolution ends', () => {
  it('A/RES/79/233: "55th (resumed) plenary meeting 24 December 2024" closes the text; its annexed programme of action is read as Annex paragraphs (annex19)', () => {
    const [r] = segment(
      [
        '79/233. Programme of Action for Landlocked Developing Countries for the Decade 2024–2034', '', 'The General Assembly,', '',
        'Recalling its resolution 78/149 of 19 December 2023,', '',
        'Adopts the Programme of Action for Landlocked Developing Countries for the Decade 2024–2034, as contained in the annex to the present resolution.', '',
        '55th (resumed) plenary meeting 24 December 2024', '',
        'Annex', '', 'Programme of Action for Landlocked Developing Countries for the Decade 2024–2034', '',
        '1. We are at a defining moment in history;',
      ],
      'A_RES_79_233.txt',
    );
    expect(ids(r!)).toBe('PP1 OP1 Annex.OP1');
    expect(r!.date).toBe('2024-12-24');
    expect(r!.headings).toEqual([]);
  });

  it('S/RES/883 (1993): "Annex" on the line above the annex\'s title ends the resolution', () => {
    const [r] = segment(
      [
        'Resolution 883 (1993)', '', 'Adopted by the Security Council at its 3312th meeting, on 11 November 1993', '', 'The Security Council,', '',
        'Reaffirming its resolutions 731 (1992) of 21 January 1992 and 748 (1992) of 31 March 1992,', '',
        '17. Decides to remain seized of the matter.', '', '',
        'Annex', 'List of items referred to in paragraph § of the present resolution:', '',
        'I. Pumps of medium or large capacity whose capacity is equal to or larger than 350 cubic metres per hour.',
      ],
      'S_RES_0883_1993.txt',
    );
    expect(ids(r!)).toBe('PP1 OP17');
  });
});
