// Session-37 audit aud37d (Document nodes: authors, plurals, a random-sample audit). Fixed: the bare plural "the reports of
// the Board of Auditors" after the preamble listed them by subject, each footnoted, is all of those documents; a modifier set off
// by a comma after two verbs' objects ("Takes note of the audit opinions and findings, and endorses the recommendations,
// contained in the reports of ...") is the object of both verbs; a report's subject that lists two-word items ("on agriculture
// development, food security and nutrition to be submitted ... at its eightieth session") runs to its end; a report's date may
// stand before its author ("the report of 6 April 2020 of the United Nations Board of Inquiry 9"), or several dated reports' marks
// ("the reports of 18 October 2022,20 15 March 202321 and 19 October 2023 22 of the Independent International Commission ...");
// a call to action cited by its quoted title is a Document, its author the one body printed "by the ..."; the document footnoted
// after "the note by the Secretary-General transmitting his comments ..." is his (one transmitting another's report stays open,
// as aud36a decided). Pinned, unchanged:
// the working paper "prepared by the Chair" has no author (the Chair is no Organization). Each case quotes its file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAuthors, gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const BOARD_PP3 =
  'Having considered, for the period ended 31 December 2024, the financial reports and audited financial statements and the reports of the Board of Auditors on the United Nations,1 the International Trade Centre,2 the United Nations University3 and the United Nations Joint Staff Pension Fund,4 and the related report of the Advisory Committee on Administrative and Budgetary Questions,5';
const BOARD_NOTES: [string, string, string][] = [
  ['1', 'Official Records of the General Assembly, Eightieth Session, Supplement No. 5, vol. I (A/80/5 (Vol. I)).', 'United Nations,1'],
  ['2', 'Ibid., vol. III (A/80/5 (Vol. III)).', 'Trade Centre,2'],
  ['3', 'Ibid., vol. IV (A/80/5 (Vol. IV)).', 'University3'],
  ['4', 'Ibid., Supplement No. 5P (A/80/5/Add.16).', 'Pension Fund,4'],
  ['5', 'A/80/485.', 'Questions,5'],
];
const BOARD_REPORTS = ['A/80/5 (Vol. I)', 'A/80/5 (Vol. III)', 'A/80/5 (Vol. IV)', 'A/80/5/Add.16'].map((s) => `Document:${s}`);
const OP1 = 'Takes note of the audit opinions and findings, and endorses the recommendations, contained in the reports of the Board of Auditors;';

describe('the bare plural "the reports of the Board of Auditors" after the preamble listed them by subject', () => {
  it('A/RES/80/231 OP1 (79/245, 78/242) after PP3 "the reports of the Board of Auditors on the United Nations,1 the International Trade Centre,2 ...": NOTES and ENDORSES each listed report', () => {
    const r = relationsById(gaResolution('A/RES/80/231', '2025-12-30', [notedParagraph('PP1', BOARD_PP3, BOARD_NOTES), notedParagraph('OP1', OP1)]));
    for (const doc of BOARD_REPORTS) {
      expect(r.OP1).toContain(`NOTES ${doc}`);
      expect(r.OP1).toContain(`ENDORSES ${doc}`);
    }
    // (not the Advisory Committee's report, listed after the Board's)
    expect(r.OP1!.filter((x) => x.includes('A/80/485'))).toEqual([]);
  });

  it('guard: the plural words with a period after them ("the reports of the Board of Auditors for the annual financial period 2024") are another document, not the listed ones', () => {
    const op = 'Takes note of the concise summary of the principal findings and conclusions contained in the reports of the Board of Auditors for the annual financial period 2024;';
    const r = relationsById(gaResolution('A/RES/80/231', '2025-12-30', [notedParagraph('PP1', BOARD_PP3, BOARD_NOTES), notedParagraph('OP1', op)]));
    expect(r.OP1!.filter((x) => x.includes('Document:'))).toEqual([]);
  });

  it('guard: without a preamble that listed them, the bare plural words link no document', () => {
    const pp = 'Having considered the report of the Board of Auditors on the United Nations,1';
    const r = relationsById(gaResolution('A/RES/80/231', '2025-12-30', [notedParagraph('PP1', pp, [['1', 'A/80/5 (Vol. I).', 'Nations,1']]), notedParagraph('OP1', OP1)]));
    expect(r.OP1!.filter((x) => x.includes('Document:'))).toEqual([]);
  });
});

describe('a modifier after a comma shared by two verbs\' objects', () => {
  const { relations } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/80/231', date: '2025-12-30' }, kind: 'operative' });

  it('A/RES/80/231 OP1: "Takes note of the audit opinions and findings, and endorses the recommendations, contained in the reports of the Board of Auditors": the Board\'s reports are what both verbs act on', () => {
    const rel = relations(OP1);
    expect(rel).toContain('NOTES Organization:Board of Auditors');
    expect(rel).toContain('ENDORSES Organization:Board of Auditors');
  });

  it('guard: "..., and endorses the recommendations contained in the reports of the Board of Auditors" (no comma): the modifier is the second verb\'s alone', () => {
    const rel = relations('Takes note of the audit opinions and findings, and endorses the recommendations contained in the reports of the Board of Auditors;');
    expect(rel).toContain('ENDORSES Organization:Board of Auditors');
    expect(rel).not.toContain('NOTES Organization:Board of Auditors');
  });
});

describe('a report\'s subject listing two-word items', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/169', date: '2023-12-19' };
  const { keys } = oneParagraph({ ctx: GA78, kind: 'operative' });

  it('A/RES/78/169 OP11: "the report of the Secretary-General on agriculture development, food security and nutrition to be submitted to the General Assembly at its eightieth session": the whole subject, keyed for the eightieth session', () => {
    const text =
      'Requests the Secretary-General, in close collaboration with the Food and Agriculture Organization of the United Nations, to include a special section on natural plant fibres and sustainable development in the report of the Secretary-General on agriculture development, food security and nutrition to be submitted to the General Assembly at its eightieth session;';
    expect(keys(text, 'Document:')).toEqual(['Document:report of the secretary-general on agriculture development, food security and nutrition (A/80)']);
  });

  it('guard: a subject followed by a comma and the next clause ("on agriculture development, food security and nutrition, urges Member States and ...") ends before the clause', () => {
    const text =
      'Takes note of the report of the Secretary-General on agriculture development, food security and nutrition, urges Member States and the international community to continue to support the efforts;';
    expect(keys(text, 'Document:')).toEqual(['Document:report of the secretary-general on agriculture development, food security and nutrition (A/78)']);
  });
});

describe('a working paper prepared by the Chair (pinned: no author)', () => {
  it('A/RES/79/187 PP9: "on the basis of the working paper prepared by the Secretariat,8 and ... on the basis of the working paper prepared by the Chair,9": the Secretariat\'s paper is its, the Chair\'s has none (a chair is a person, no Organization)', () => {
    const text =
      'Taking note of the discussions and progress made at the open-ended intergovernmental expert group meeting on model strategies on reducing reoffending, which was convened with the support of the Government of Japan on 4 and 5 September 2023, on the basis of the working paper prepared by the Secretariat, 8 and reconvened from 25 to 28 March 2024, on the basis of the working paper prepared by the Chair,9 in all official languages of the United Nations,';
    const authors = footnotedAuthors(
      'PP9',
      text,
      [
        { after: 'Secretariat, 8', mark: '8', text: 'E/CN.15/2023/13.' },
        { after: 'Chair,9', mark: '9', text: 'UNODC/CCPCJ/EG.9/2023/2.' },
      ],
      { body: 'General Assembly', symbol: 'A/RES/79/187', date: '2024-12-17' },
    );
    expect(authors).toEqual(['E/CN.15/2023/13 Secretariat of the United Nations', 'UNODC/CCPCJ/EG.9/2023/2 -']);
  });
});

describe('a body\'s report whose date stands before its author', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/222', date: '2023-12-19' };

  it('A/RES/78/222 PP33: "the report of 6 April 2020 of the United Nations Board of Inquiry 9" ("9 S/2020/278."): the Board\'s report', () => {
    const text = 'Recalling also the report of 6 April 2020 of the United Nations Board of Inquiry 9 into strikes that damaged and destroyed health-care facilities in the north-west of the Syrian Arab Republic,';
    expect(footnotedAuthors('PP33', text, [{ after: 'Inquiry 9', mark: '9', text: 'S/2020/278.' }], GA78)).toEqual(['S/2020/278 United Nations Board of Inquiry']);
  });

  it('guard: "the letter of 6 April 2020 of the United Nations Board of Inquiry 9": not a report, no author', () => {
    const text = 'Recalling also the letter of 6 April 2020 of the United Nations Board of Inquiry 9 into strikes that damaged and destroyed health-care facilities,';
    expect(footnotedAuthors('PP33', text, [{ after: 'Inquiry 9', mark: '9', text: 'S/2020/278.' }], GA78)).toEqual(['S/2020/278 -']);
  });

  const PP19 =
    'Welcoming also the reports of the Secretary-General submitted pursuant to resolutions 76/17918 and 77/229,19 and the reports of 18 October 2022,20 15 March 202321 and 19 October 2023 22 of the Independent International Commission of Inquiry on Ukraine pursuant to Human Rights Council resolution 49/1,';
  const notes = (third: string) => [
    { after: '76/17918', mark: '18', text: 'A/77/220 and A/HRC/50/65.' },
    { after: '77/229,19', mark: '19', text: 'A/78/340 and A/HRC/53/64.' },
    { after: '2022,20', mark: '20', text: 'A/77/533.' },
    { after: '202321', mark: '21', text: 'A/HRC/52/62.' },
    { after: '2023 22', mark: '22', text: third },
  ];
  const GA78_221: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/221', date: '2023-12-19' };

  it('A/RES/78/221 PP19: "the reports of 18 October 2022,20 15 March 202321 and 19 October 2023 22 of the Independent International Commission of Inquiry on Ukraine": each dated report is the Commission\'s', () => {
    const authors = footnotedAuthors('PP19', PP19, notes('A/78/540.'), GA78_221);
    const commission = 'Independent International Commission of Inquiry on Ukraine';
    expect(authors).toEqual(expect.arrayContaining([`A/77/533 ${commission}`, `A/HRC/52/62 ${commission}`, `A/78/540 ${commission}`, 'A/77/220 Secretary-General']));
  });

  it('guard: a dated list one of whose marks footnotes no report ("Resolution 49/1.") gives the body none of them', () => {
    const authors = footnotedAuthors('PP19', PP19, notes('Resolution 49/1.'), GA78_221);
    expect(authors).toEqual(expect.arrayContaining(['A/77/533 -', 'A/HRC/52/62 -']));
  });
});

describe('a call to action cited by its title', () => {
  const { keys, extract } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/80/135', date: '2025-12-15' }, kind: 'operative' });

  it('A/RES/80/135 OP13 (80/144 PP14): "takes note of the call to action by the Secretary-General entitled “From Rome to Addis and beyond”": a Document by its title, the Secretary-General its author, NOTES', () => {
    const text =
      'Takes note with appreciation of the United Nations Food Systems Summit +4 Stocktaking Moment, convened by the Secretary-General from 27 to 29 July 2025 in Addis Ababa, and takes note of the call to action by the Secretary-General entitled “From Rome to Addis and beyond”;';
    const doc = extract(text).mentions.find((m) => m.kind === 'Document');
    expect(doc?.key).toBe('Document:from rome to addis and beyond');
    expect(doc?.attrs.author).toBe('Secretary-General');
    expect(extract(text).relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Document:from rome to addis and beyond');
  });

  it('guard: "the joint study by the United Nations and the Council of Europe, entitled “...”": two bodies, no one author (the title only)', () => {
    const text = 'Taking note of the joint study by the United Nations and the Council of Europe, entitled “Trafficking in organs, tissues and cells and trafficking in human beings for the purpose of the removal of organs”,';
    const doc = extract(text, 'preambular').mentions.find((m) => m.kind === 'Document');
    expect(doc?.attrs).toEqual({ title: 'Trafficking in organs, tissues and cells and trafficking in human beings for the purpose of the removal of organs' });
    expect(keys(text, 'Document:', 'preambular')).toHaveLength(1);
  });
});

describe('the note by the Secretary-General transmitting his own comments', () => {
  it('A/RES/79/281 (78/243): "the note by the Secretary-General transmitting his comments and those of the United Nations System Chief Executives Board for Coordination thereon,5" ("5 A/79/717/Add.1."): the note is his', () => {
    const text =
      'Having considered the report of the Joint Inspection Unit entitled “Review of consideration of and action taken on the reports and recommendations of the Joint Inspection Unit by United Nations system organizations”,4 and the note by the Secretary-General transmitting his comments and those of the United Nations System Chief Executives Board for Coordination thereon,5';
    const notes = [
      { after: 'organizations”,4', mark: '4', text: 'A/79/717.' },
      { after: 'thereon,5', mark: '5', text: 'A/79/717/Add.1.' },
    ];
    expect(footnotedAuthors('PP1', text, notes, { body: 'General Assembly', symbol: 'A/RES/79/281', date: '2025-04-11' })).toContain('A/79/717/Add.1 Secretary-General');
  });

  it('guard: A/RES/78/161 OP1 "the note by the Secretary-General transmitting the report of the United Nations Educational, Scientific and Cultural Organization; 11": another\'s report, its author left open (aud36a)', () => {
    const text = 'Takes note of the note by the Secretary-General transmitting the report of the United Nations Educational, Scientific and Cultural Organization; 11';
    expect(footnotedAuthors('OP1', text, [{ after: '; 11', mark: '11', text: 'A/78/217.' }], { body: 'General Assembly', symbol: 'A/RES/78/161', date: '2023-12-19' })).toEqual(['A/78/217 -']);
  });

  it('guard: a mark after a semicolon inside the paragraph ("...; and welcomes the work of the Board,12") is not the note\'s', () => {
    const text = 'Takes note of the note by the Secretary-General transmitting his comments on the report; and welcomes the work of the Board of Auditors,12 and encourages it to continue;';
    expect(footnotedAuthors('OP1', text, [{ after: 'Auditors,12', mark: '12', text: 'A/78/218.' }], { body: 'General Assembly', symbol: 'A/RES/78/161', date: '2023-12-19' })).not.toContain('A/78/218 Secretary-General');
  });
});
