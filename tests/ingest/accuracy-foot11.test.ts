// Footnote marks the PDF text printed where the old candidates did not look (session 11): glued to a year, to a
// symbol's number, to "Agenda 21" or "COVID-19", run into the next word, spaced before the next item of a list, after
// a span of years or a symbol, at a paragraph's end after its full stop. Each is a weak candidate, taken only when it
// is the next footnote's mark. Every input is quoted from the named file of /work/shared/corpus-ga (shortened where
// the case does not need the rest) with its footnote block; the negative cases guard numbers that are not marks.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { segmentResolutions } from '../../ingest/segment.js';

interface Case {
  name: string;
  file: string;
  paragraphs: string[];
  footnotes: string[];
  /** the paragraph, mark and text up to the mark's end (10 characters before it) of every footnote attached */
  expected: [string, string, string][];
  id: string;
}
const positive: Case[] = [
  {
    name: 'A/RES/78/144 PP30: "for the Decade 2014–202415 and the SIDS Accelerated Modalities" (a year, mark 15)',
    file: 'A_RES_78_144.txt', id: 'PP1',
    paragraphs: ['Recalling further all relevant strategies and programmes of action for the least developed countries, landlocked developing countries and small island developing States, including the Doha Programme of Action for Least Developed Countries,14 the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–202415 and the SIDS Accelerated Modalities of Action (SAMOA) Pathway, 16 recalling the Fifth United Nations Conference on the Least Developed Countries, held in Doha,'],
    footnotes: ['14 Resolution 76/258, annex.', '15 Resolution 69/137, annex I.', '16 Resolution 69/15, annex.'],
    expected: [['PP1', '14', 'Countries,14'], ['PP1', '15', ' 2014–202415'], ['PP1', '16', ' Pathway, 16']],
  },
  {
    name: 'A/RES/78/118 PP5: "the Geneva Conventions of 12 August 19492 and the Additional Protocols" (a year, mark 2)',
    file: 'A_RES_78_118.txt', id: 'PP1',
    paragraphs: ['Recalling the Geneva Conventions of 12 August 19492 and the Additional Protocols thereto of 8 June 1977,3 and the obligation of parties to armed conflict to respect and ensure respect for international humanitarian law in all circumstances,'],
    footnotes: ['2 United Nations, Treaty Series, vol. 75, Nos. 970–973.', '3 Ibid., vol. 1125, Nos. 17512 and 17513.'],
    expected: [['PP1', '2', 'ugust 19492'], ['PP1', '3', 'June 1977,3']],
  },
  {
    name: 'A/RES/78/202 PP1: a list of resolutions and dates, "49/6 of 31 March 202210 and 52/13 of 3 April 2023,11"',
    file: 'A_RES_78_202.txt', id: 'PP1',
    paragraphs: ['Recalling all its previous resolutions on this subject, and Human Rights Council resolutions 43/15 of 22 June 2020,8 46/5 of 23 March 2021,9 49/6 of 31 March 202210 and 52/13 of 3 April 2023,11 as well as previous resolutions of the Council and the Commission on Human Rights,'],
    footnotes: ['8 Ibid., Seventy-fifth Session, Supplement No. 53 (A/75/53), chap. IV, sect. A.', '9 Ibid., Seventy-sixth Session, Supplement No. 53 (A/76/53), chap. V, sect. A.', '10 Ibid., Seventy-seventh Session, Supplement No. 53 (A/77/53), chap. VI, sect. A.', '11 Ibid., Seventy-eighth Session, Supplement No. 53 (A/78/53), chap. V, sect. A.'],
    expected: [['PP1', '8', 'June 2020,8'], ['PP1', '9', 'arch 2021,9'], ['PP1', '10', 'March 202210'], ['PP1', '11', 'pril 2023,11']],
  },
  {
    name: 'A/RES/78/189 PP1: "resolutions 27/13 of 25 September 2014, 1 30/4 of 1 October 2015, 2 33/12 and ..." (spaced, before the next resolution)',
    file: 'A_RES_78_189.txt', id: 'PP1',
    paragraphs: ['Recalling Human Rights Council resolutions 27/13 of 25 September 2014, 1 30/4 of 1 October 2015, 2 33/12 and 33/13 of 29 September 2016,3 36/14 of 28 September 2017,'],
    footnotes: ['1 See Official Records of the General Assembly, Sixty-ninth Session, Supplement No. 53A (A/69/53/Add.1), chap. IV, sect. A.', '2 Ibid., Seventieth Session, Supplement No. 53A (A/70/53/Add.1), chap. III.', '3 Ibid., Seventy-first Session, Supplement No. 53A (A/71/53/Add.1), chap. II.'],
    expected: [['PP1', '1', 'ber 2014, 1'], ['PP1', '2', 'ber 2015, 2'], ['PP1', '3', 'mber 2016,3']],
  },
  {
    name: 'A/RES/78/129 PP8: "Hate Speech, 5 21 August as ..., Human Fraternity, 7 16 November as" (spaced, before the next date)',
    file: 'A_RES_78_129.txt', id: 'PP1',
    paragraphs: ['Welcoming the observance of 18 June as the International Day for Countering Hate Speech, 5 21 August as the International Day of Remembrance of and Tribute to the Victims of Terrorism,6 4 February as the International Day of Human Fraternity, 7 16 November as the International Day for Tolerance, 8 20 February as the World Day of Social Justice 9 and 15 March as the International Day to Combat Islamophobia, 10 as proclaimed by the United Nations,'],
    footnotes: ['5 Resolution 75/309.', '6 Resolution 72/165.', '7 Resolution 75/200.', '8 Resolution 51/95.', '9 Resolution 62/10.', '10 Resolution 76/254.'],
    expected: [['PP1', '5', 'e Speech, 5'], ['PP1', '6', 'Terrorism,6'], ['PP1', '7', 'aternity, 7'], ['PP1', '8', 'olerance, 8'], ['PP1', '9', 'l Justice 9'], ['PP1', '10', 'mophobia, 10']],
  },
  {
    name: 'A/RES/79/147 OP52: "the Sendai Framework for Disaster Risk Reduction 2015–2030 19 by, inter alia," (spaced, after a span of years)',
    file: 'A_RES_79_147.txt', id: 'OP52',
    paragraphs: ['52. Calls upon Member States to take concrete measures, in accordance with the Madrid Plan of Action and the Sendai Framework for Disaster Risk Reduction 2015–2030 19 by, inter alia, including older persons in disaster risk reduction;'],
    footnotes: ['19 Resolution 69/283, annex II.'],
    expected: [['OP52', '19', '2015–2030 19']],
  },
  {
    name: 'A/RES/78/221 PP19: "submitted pursuant to resolutions 71/205 13 and 72/190, 14 and the reports" (spaced, after a symbol)',
    file: 'A_RES_78_221.txt', id: 'PP1',
    paragraphs: ['Welcoming also the reports of the Office of the United Nations High Commissioner for Human Rights, submitted pursuant to resolutions 71/205 13 and 72/190, 14 and the reports of the Secretary-General,'],
    footnotes: ['13 See A/72/498.', '14 See A/73/404.'],
    expected: [['PP1', '13', 'ns 71/205 13'], ['PP1', '14', 'd 72/190, 14']],
  },
  {
    name: 'A/RES/79/159 OP18: "the Paris Agreement,38and the Kunming-Montreal Biodiversity Framework39" (run into the next word)',
    file: 'A_RES_79_159.txt', id: 'OP18',
    paragraphs: ['18. Further stresses the importance of enhancing the participation of Indigenous Peoples in processes and negotiations on issues that affect them, including the United Nations Framework Convention on Climate Change and the Paris Agreement,38and the Kunming-Montreal Biodiversity Framework39 under the United Nations Convention on Biological Diversity;40'],
    footnotes: ['38 Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21.', '39 United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex.', '40 United Nations, Treaty Series, vol. 1760, No. 30619.'],
    expected: [['OP18', '38', 'Agreement,38'], ['OP18', '39', ' Framework39'], ['OP18', '40', 'Diversity;40']],
  },
  {
    name: 'A/RES/80/129 PP2: "all previous resolutions 3on the follow-up to and implementation" (run into the next word)',
    file: 'A_RES_80_129.txt', id: 'PP1',
    paragraphs: ['Recalling its resolution 79/199 of 19 December 2024 and all previous resolutions 3on the follow-up to and implementation of the outcomes of the International Conferences on Financing for Development,'],
    footnotes: ['3 Resolutions 70/192, 71/217, 72/208, 73/223, 74/207, 75/208, 76/198, 77/156 and 78/231.'],
    expected: [['PP1', '3', 'solutions 3']],
  },
  {
    name: 'A/RES/78/103 OP25: "... in accordance with the applicable guidelines. 27" (after the full stop that ends the paragraph)',
    file: 'A_RES_78_103.txt', id: 'OP25',
    paragraphs: ['25. Recalls its resolutions affirming the importance of United Nations websites,26 and welcomes the continuous efforts of the Commission to enhance the visibility of its work by utilizing social media features in accordance with the applicable guidelines. 27', '45th plenary meeting 7 December 2023'],
    footnotes: ['26 Resolutions 52/214, sect. C, para. 3; and 61/121 B, sect. IV, paras. 65–77.', '27 See resolution 63/120, para. 20.'],
    expected: [['OP25', '26', ' websites,26'], ['OP25', '27', 'idelines. 27']],
  },
  {
    name: 'A/RES/78/136 PP5: "the Programme for the Further Implementation of Agenda 216 and the Plan" (Agenda 21, mark 6)',
    file: 'A_RES_78_136.txt', id: 'PP1',
    paragraphs: ['Recalling also the Rio Declaration on Environment and Development,4 Agenda 21,5 the Programme for the Further Implementation of Agenda 216 and the Plan of Implementation of the World Summit on Sustainable Development, 7'],
    footnotes: ['4 Report of the United Nations Conference on Environment and Development, resolution 1, annex I.', '5 Ibid., annex II.', '6 Resolution S-19/2, annex.', '7 Report of the World Summit on Sustainable Development, chap. I, resolution 2, annex.'],
    expected: [['PP1', '4', 'velopment,4'], ['PP1', '5', 'Agenda 21,5'], ['PP1', '6', ' Agenda 216'], ['PP1', '7', 'elopment, 7']],
  },
  {
    name: 'A/RES/78/233 OP10: "the Group of Least Developed Countries on COVID-1915 and commits" (COVID-19, mark 15)',
    file: 'A_RES_78_233.txt', id: 'OP10',
    paragraphs: ['10. Expresses deep concern at the devastating impacts of the COVID-19 pandemic on the least developed countries, takes note of the statement dated 28 April 2020 of the Group of Least Developed Countries on COVID-1915 and commits to supporting its implementation;'],
    footnotes: ['15 See A/74/843, annex.'],
    expected: [['OP10', '15', 'n COVID-1915']],
  },
  {
    name: 'A/RES/78/220 OP1: "submitted pursuant to resolution 77/2285 and the report" (a symbol, mark 5)',
    file: 'A_RES_78_220.txt', id: 'OP1',
    paragraphs: ['1. Takes note of the report of the Secretary-General submitted pursuant to resolution 77/2285 and the report of the Special Rapporteur of the Human Rights Council on the situation of human rights in the Islamic Republic of Iran, 6 submitted pursuant to Council resolution 52/27;'],
    footnotes: ['5 A/78/511.', '6 A/78/326.'],
    expected: [['OP1', '5', 'ion 77/2285'], ['OP1', '6', ' of Iran, 6']],
  },
  {
    name: 'A/RES/78/68 PP77: "as well as decision VII/1113 and other relevant decisions" (a symbol, mark 13)',
    file: 'A_RES_78_68.txt', id: 'PP1',
    paragraphs: ['Recognizing further the importance of this approach to relevant provisions of the Agreement and the Code, as well as decision VII/1113 and other relevant decisions of the Conference of the Parties to the Convention on Biological Diversity,'],
    footnotes: ['13 See United Nations Environment Programme, document UNEP/CBD/COP/7/21, annex.'],
    expected: [['PP1', '13', 'ion VII/1113']],
  },
  {
    name: 'A/RES/78/153 OP12: "in accordance with decisions 1/CP.2731 and 1/CMA.4" (a symbol, mark 31)',
    file: 'A_RES_78_153.txt', id: 'OP12',
    paragraphs: ['12. Emphasizes the importance of just transition pathways, in accordance with decisions 1/CP.2731 and 1/CMA.4;'],
    footnotes: ['31 See FCCC/CP/2022/10/Add.1.'],
    expected: [['OP12', '31', 'ns 1/CP.2731']],
  },
  {
    name: 'A/RES/79/176 OP6: "articles 6, 14 and 15 of the International Covenant ..., the Convention on the Rights of the Child 14 and" (the mark, not the article)',
    file: 'A_RES_79_176.txt',
    id: 'OP6',
    paragraphs: ['6. Calls upon States which retain the death penalty to pay particular regard to the provisions contained in articles 6, 14 and 15 of the International Covenant on Civil and Political Rights, articles 37 and 40 of the Convention on the Rights of the Child 14 and articles 12, 13 and 14 of the Convention on the Rights of Persons with Disabilities,15 bearing in mind the safeguards and guarantees;'],
    footnotes: ['14 United Nations, Treaty Series, vol. 1577, No. 27531.', '15 Ibid., vol. 2515, No. 44910.'],
    expected: [['OP6', '14', 'the Child 14'], ['OP6', '15', 'abilities,15']],
  },
  {
    name: 'A/RES/80/233 OP15: "as contained in the report of the Secretary-General.10" (glued after the full stop of a hyphenated word)',
    file: 'A_RES_80_233.txt',
    id: 'OP15',
    paragraphs: ['15. Further approves the programme plan for programme 6, Legal affairs, of the proposed programme budget for 2026, as contained in the report of the Secretary-General.10', '69th (resumed) plenary meeting'],
    footnotes: ['10 A/80/6 (Sect. 8).'],
    expected: [['OP15', '10', 'y-General.10']],
  },
  {
    name: 'A/RES/78/8 PP1: "Having received the report of the International Atomic Energy Agency for 2022 1" (its comma lost: a paragraph, not a heading)',
    file: 'A_RES_78_8.txt',
    id: 'PP1',
    paragraphs: ['Having received the report of the International Atomic Energy Agency for 2022 1', 'Taking note of the statement by the Director General of the Agency, in which he provided additional information on the main developments in the activities of the Agency during 2023,', 'Recognizing the importance of the work of the Agency,'],
    footnotes: ['1 See A/78/304.'],
    expected: [['PP1', '1', ' for 2022 1']],
  },
  {
    name: 'A/RES/78/68 PP2: "the Law of the Sea (the Convention), 1 and bearing in mind" after the star footnote of the symbol ("* Reissued for technical reasons")',
    file: 'A_RES_78_68.txt',
    id: 'PP1',
    paragraphs: ['Recalling the relevant provisions of the United Nations Convention on the Law of the Sea (the Convention), 1 and bearing in mind the relationship between the Convention and the 1995 Agreement (the Agreement),2'],
    footnotes: ['* Reissued for technical reasons on 15 January 2024.', '1 United Nations, Treaty Series, vol. 1833, No. 31363.', '2 Ibid., vol. 2167, No. 37924.'],
    expected: [['PP1', '1', 'vention), 1'], ['PP1', '2', 'greement),2']],
  },
  {
    name: 'A/RES/78/222 PP32: "regretting that a draft resolution 8 was not adopted" (no draft resolution is numbered so)',
    file: 'A_RES_78_222.txt',
    id: 'PP1',
    paragraphs: ['Recalling the statements made by the Secretary-General, noting the repeated encouragement by the High Commissioner for the Security Council to refer the situation to the International Criminal Court, and regretting that a draft resolution 8 was not adopted notwithstanding broad support from Member States,'],
    footnotes: ['8 S/2014/348.'],
    expected: [['PP1', '8', 'esolution 8']],
  },
  {
    name: 'A/RES/78/152 OP19: "held in Sharm El-Sheikh, including the decision 20 on funding arrangements" (the decision, numbered by its footnote)',
    file: 'A_RES_78_152.txt',
    id: 'OP19',
    paragraphs: ['19. Welcomes the outcomes of the twenty-seventh session of the Conference of the Parties, held in Sharm El-Sheikh, including the decision 20 on funding arrangements for responding to loss and damage;'],
    footnotes: ['20 Decision 2/CP.27 and 2/CMA.4.'],
    expected: [['OP19', '20', ' decision 20']],
  },
  {
    name: 'A/RES/73/6 PP5 (pypdf text, /work/shared/corpus): "the Sendai Framework for Disaster Risk Reduction 2015 –2030 3 and of the commitments" (the range read as "2015–2030", fix26)',
    file: 'A_RES_73_6.pdftext.txt',
    id: 'PP1',
    paragraphs: ['Convinced that the fulfilment of the 2030 Agenda for Sustainable Development, 2 of the Sendai Framework for Disaster Risk Reduction 2015 –2030 3 and of the commitments by States parties to the Paris Agreement 4 requires stronger coordination and support at all international levels,'],
    footnotes: ['2 Resolution 70/1 .', '3 Resolution 69/283 , annex II.', '4 See FCCC/CP/2015/10/Add.1 , decision 1/CP.21, annex.'],
    expected: [['PP1', '2', 'elopment, 2'], ['PP1', '3', '2015–2030 3'], ['PP1', '4', 'Agreement 4']],
  },
];
const negative: Case[] = [
  {
    name: 'a year whose last digits are not the next footnote\'s mark ("31 March 202210" when footnote 11 is next)',
    file: 'A_RES_78_202.txt', id: 'PP1',
    paragraphs: ['Recalling Human Rights Council resolutions 49/6 of 31 March 202210 and 52/13 of 3 April 2023,11 as well as previous resolutions of the Council,'],
    footnotes: ['11 Ibid., Seventy-eighth Session, Supplement No. 53 (A/78/53), chap. V, sect. A.'],
    expected: [['PP1', '11', 'pril 2023,11']],
  },
  {
    name: 'a registration number after "No." is not a year and a mark ("No. 20378" when footnote 8 is next)',
    file: 'A_RES_78_73.txt', id: 'PP1',
    paragraphs: ['Recalling the Convention on the Elimination of All Forms of Discrimination against Women (United Nations, Treaty Series, vol. 1249, No. 20378) and the Convention on the Rights of the Child,8'],
    footnotes: ['8 United Nations, Treaty Series, vol. 1577, No. 27531.'],
    expected: [['PP1', '8', 'the Child,8']],
  },
  {
    name: 'a symbol whose last digits are not the next footnote\'s mark ("resolution 77/2285" when footnote 6 is next)',
    file: 'A_RES_78_220.txt', id: 'OP1',
    paragraphs: ['1. Takes note of the report of the Secretary-General submitted pursuant to resolution 77/2285 and the report of the Special Rapporteur, 6 submitted pursuant to Council resolution 52/27;'],
    footnotes: ['6 A/78/326.'],
    expected: [['OP1', '6', 'pporteur, 6']],
  },
  {
    name: 'a three-digit resolution number is not cut into a symbol and a mark ("resolution 77/228 and" when footnote 8 is next)',
    file: 'A_RES_78_220.txt', id: 'OP1',
    paragraphs: ['1. Takes note of the report of the Secretary-General submitted pursuant to resolution 77/228 and the report of the Special Rapporteur, 8 submitted pursuant to Council resolution 52/27;'],
    footnotes: ['8 A/78/326.'],
    expected: [['OP1', '8', 'pporteur, 8']],
  },
  {
    name: 'paragraph numbers in a list, ordinals, a paragraph ending with a number after a reference\'s full stop: no marks',
    file: 'A_RES_78_1.txt', id: 'PP1',
    paragraphs: ['Recalling paragraphs 5, 6 and 7 of its resolution 77/1, adopted at its 3rd and 4th plenary meetings, and the Sendai Framework 2015–2030 3rd edition,', '1. Decides to consider the question in accordance with annex II, paragraph 4. 6'],
    footnotes: ['6 Resolution 70/1.'],
    expected: [],
  },
  {
    name: 'a number after a comma before a number that is not a resolution or a date ("Member States, 6 000 troops")',
    file: 'A_RES_78_1.txt', id: 'PP1',
    paragraphs: ['Noting that, in the Member States, 6 000 troops and police have been deployed, and that in 2024, 6 2025 budgets were approved,'],
    footnotes: ['6 Resolution 70/1.'],
    expected: [],
  },
  {
    name: 'A/RES/80/233 OP12: a list of numbers, "for programmes 2, 10, 17, 25 and 26 of the proposed programme budget" (footnote 10 is next)',
    file: 'A_RES_80_233.txt',
    id: 'OP12',
    paragraphs: ['12. Further approves, on an exceptional basis and without creating a precedent, for programmes 2, 10, 17, 25 and 26 of the proposed programme budget for 2026, a programme narrative;'],
    footnotes: ['10 A/80/6 (Sect. 8).'],
    expected: [],
  },
  {
    name: 'A/RES/78/205 OP11 and OP30: "Internally Displaced Persons 2018–2020 (GP20) to commemorate" is no mark 20; "Risk Reduction 2015–203020 and" is',
    file: 'A_RES_78_205.txt',
    id: 'OP30',
    paragraphs: [
      '11. Notes the implementation of the multi-stakeholder Plan of Action for Advancing Prevention, Protection and Solutions for Internally Displaced Persons 2018–2020 (GP20) to commemorate the twentieth anniversary of the Guiding Principles on Internal Displacement, and its follow-up initiative, (GP2.0);',
      '30. Recognizes the adverse effects of climate change, and in this regard recalls the Sendai Framework for Disaster Risk Reduction 2015–203020 and the political declaration of its midterm review, 21 the Paris Agreement;',
    ],
    footnotes: ['20 Resolution 69/283, annex II.', '21 Resolution 77/289, annex.'],
    expected: [['OP30', '20', ' 2015–203020'], ['OP30', '21', 'm review, 21']],
  },
  {
    name: 'A/RES/79/284 OP28: "on combating hate speech (CM/Rec(2022)16), on the impacts" closes the parenthesis; footnote 16 is not there',
    file: 'A_RES_79_284.txt',
    id: 'OP28',
    paragraphs: ['28. Takes note of recent recommendations of the Committee of Ministers of the Council of Europe to member States on combating hate speech (CM/Rec(2022)16), on the impacts of digital technologies on freedom of expression (CM/Rec(2022)13);'],
    footnotes: ['16 See Official Records of the Economic and Social Council, 2019, Supplement No. 8 (E/2019/28), chap. I, sect. B.'],
    expected: [],
  },
  {
    name: 'A/RES/78/64: "in line with decision 1 of the Sixth Review Conference" is decision 1, not footnote 1',
    file: 'A_RES_78_64.txt',
    id: 'OP8',
    paragraphs: ['8. Recalls the work of the open-ended Group of Governmental Experts, established in decision 1 of the Fifth Review Conference and continued in line with decision 1 of the Sixth Review Conference;'],
    footnotes: ['1 United Nations, Treaty Series, vol. 1342, No. 22495.'],
    expected: [],
  },
];

/** Segments the paragraphs under "The General Assembly," with the footnote block after them; every attached footnote. */
function attached(c: Case): [string, string, string][] {
  const lines = ['The General Assembly,', ''];
  for (const p of c.paragraphs) lines.push(p, '');
  lines.push('__________________', ...c.footnotes);
  const src: SourceText = { file: c.file, format: 'text', text: lines.join('\n') };
  const out: [string, string, string][] = [];
  for (const r of segmentResolutions(cleanText(src), src)) {
    for (const p of r.paragraphs) for (const f of p.footnoteRefs) out.push([p.id, f.mark, p.text.slice(Math.max(0, f.offset - 10), f.offset + f.mark.length)]);
  }
  return out;
}

describe('footnote marks the PDF text hid: each footnote goes to the paragraph with its mark', () => {
  for (const c of positive) {
    it(c.name, () => {
      const got = attached(c);
      expect(got).toEqual(c.expected);
      expect(got.map(([id]) => id).every((id) => id === c.id)).toBe(true);
    });
  }
});

describe('numbers that are not the next footnote\'s mark stay numbers', () => {
  for (const c of negative) it(c.name, () => expect(attached(c)).toEqual(c.expected));
});

describe('a footnote newly attached brings its list of Member States', () => {
  it('A/RES/80/46 OP2 footnote 8: "Bahamas (The)" does not define "The" as an acronym of the Bahamas for later paragraphs', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/46', date: '2025-12-01' };
    const list = 'Welcomes the signature of the Convention by Albania, Andorra, Argentina, Australia, Austria, Bahamas (The), Barbados, Belgium and Belize;';
    const later = 'Decides that the meeting shall be held in New York. The Secretary-General shall report on its outcome;';
    const first = extractParagraph({ id: 'OP2', kind: 'operative', text: list, footnoteRefs: [], subparagraphs: [] }, ctx);
    expect(first.mentions.find((m) => m.key === 'Place:Bahamas')?.attrs).toEqual({ country: 'Bahamas' });
    const second = extractParagraph({ id: 'OP20', kind: 'operative', text: later, footnoteRefs: [], subparagraphs: [] }, ctx);
    expect(second.mentions.map((m) => m.key)).toEqual(['Place:New York', 'Organization:Secretary-General of the United Nations']);
  });
});
