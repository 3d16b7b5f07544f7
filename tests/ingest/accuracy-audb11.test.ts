// Misses found by the session-11 hand audit audb11 of four texts in other formats than the plain GA text:
// A/RES/79/277 and A/RES/80/215 (PyMuPDF text), A/RES/73/7 (pypdf text of the PDF, .pdftext.txt) and A/RES/80/23
// (railcar Markdown). Each case quotes the file and paragraph named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import { extractParagraph, extractResolution } from '../../ingest/extract.js';
import type { RecognizeContext, SourceFormat, SourceText } from '../../ingest/models.js';
import { segmentResolutions } from '../../ingest/segment.js';

const ICC: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/7', date: '2018-10-29' };

function extract(text: string, ctx: RecognizeContext = ICC, kind: 'preambular' | 'operative' = 'operative') {
  return extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentions = (text: string, ctx?: RecognizeContext): string[] => extract(text, ctx).mentions.map((m) => m.key);
const attributions = (text: string, ctx?: RecognizeContext): string[] => extract(text, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

/** Per paragraph: its text and its verb relations ("PP2 EXPRESSES Organization:..."). */
function extractFile(file: string, format: SourceFormat, text: string) {
  const src: SourceText = { file, format, text };
  return segmentResolutions(cleanText(src), src).map((r) => extractResolution(r))[0]!;
}

/** The head of A/RES/73/7 as pypdf extracted it (A_RES_73_7.pdftext.txt): indented paragraphs, "Secretary -General". */
const PYPDF_HEAD = [
  ' United Nations  A/RES/73/7  ',
  '  ',
  'General Assembly ',
  ' ',
  'Distr.: General  ',
  '31 October 2018  ',
  ' ',
  'Seventy -third session  ',
  'Agenda item 77  ',
  ' ',
  '  Resolution adopted by the General Assembly on ',
  '29 October 2018 ',
  ' ',
  '[without reference to a Main Committee ( A/73/L.8  and A/73/L.8/Add.1 )] ',
  ' ',
  ' 73/7. Report of the International Criminal Court  ',
  ' ',
  ' ',
  ' The General Assembly , ',
  ' Recalling  its resolution 72/3  of 30 October 2017 and all its previous relevant ',
  'resolutions,  ',
  ' Emphasizing  that justice, especially transitional justice in conflict and post -',
  'conflict societies, is a  fundamental building block of sustainable peace,  ',
  ' Expressing its appreciation to the Secretary -General for providing effective and ',
  'efficient assistance to the International Criminal Court in accordance with the ',
  'Relationship Agreement between the United Nations and the International Criminal ',
  'Court, 2 ',
];

describe('pypdf text: a hyphen printed after a space before a capital ("Secretary -General")', () => {
  it('A/RES/73/7 PP9 (pdftext): "Expressing its appreciation to the Secretary -General for ..." names the Secretary-General', () => {
    const text = [...PYPDF_HEAD, ' 22. Expresses its appreciation for the work undertaken by the liaison office, and encourages the Secretary -General to continue to work closely with that office;  '].join('\n');
    const ex = extractFile('A_RES_73_7.pdftext.txt', 'pdftext', text);
    const pp3 = ex.paragraphs.find((p) => p.paragraph.id === 'PP3')!;
    expect(pp3.paragraph.text).toContain('to the Secretary-General for providing');
    expect(pp3.relations.map((r) => `${r.type} ${r.target}`)).toContain('EXPRESSES Organization:Secretary-General of the United Nations');
    const op = ex.paragraphs.find((p) => p.paragraph.kind === 'operative')!;
    expect(op.relations.map((r) => `${r.type} ${r.target}`)).toContain('ENCOURAGES Organization:Secretary-General of the United Nations');
  });

  it('A/RES/73/7 OP25 (pdftext): "Acknowledges the report of the Secretary -General on the work of the Organization" is that report', () => {
    const text = [...PYPDF_HEAD, ' 25. Acknowledges the report of the Secretary -General on the work of the Organization;  '].join('\n');
    const op = extractFile('A_RES_73_7.pdftext.txt', 'pdftext', text).paragraphs.find((p) => p.paragraph.kind === 'operative')!;
    const relations = op.relations.map((r) => `${r.type} ${r.target}`);
    expect(relations.some((r) => r.startsWith('ACKNOWLEDGES Document:report of the secretary-general on the work of the organization'))).toBe(true);
    // (session 63, accuracy-aud63r: "the work of the Organization" names the United Nations as the report's topic, a target too)
    expect(relations).toContain('ACKNOWLEDGES Organization:United Nations');
  });

  it('A/RES/73/7 OP11 (pdftext): "Notes the efforts of the Secretar y-General" (a word broken before its hyphen) names the Secretary-General', () => {
    const text = [...PYPDF_HEAD, ' 11. Notes  the efforts of the Secretar y-General in promoting cooperation between the United Nations and the International Criminal Court;  '].join('\n');
    const op = extractFile('A_RES_73_7.pdftext.txt', 'pdftext', text).paragraphs.find((p) => p.paragraph.kind === 'operative')!;
    expect(op.paragraph.text).toContain('the efforts of the Secretary-General in');
    expect(op.relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Organization:Secretary-General of the United Nations');
  });

  it('negative (pdftext): "the high-level" is two words of the file, not one broken word', () => {
    const text = [...PYPDF_HEAD, ' 1. Welcomes  the high-level meeting of the General Assembly on the Court held on 10 June 2018 ; '].join('\n');
    const op = extractFile('A_RES_73_7.pdftext.txt', 'pdftext', text).paragraphs.find((p) => p.paragraph.kind === 'operative')!;
    expect(op.paragraph.text).toContain('Welcomes the high-level meeting');
  });

  it('negative: the lower-case repair still holds ("post -conflict"), and a plain text keeps " -" as printed', () => {
    const ex = extractFile('A_RES_73_7.pdftext.txt', 'pdftext', [...PYPDF_HEAD, ' 1. Welcomes  the report of the International Criminal Court for 2017/18 ; '].join('\n'));
    expect(ex.paragraphs.find((p) => p.paragraph.id === 'PP2')!.paragraph.text).toContain('post-conflict societies');
    const plain = extractFile(
      'A_RES_73_7.txt',
      'text',
      ['73/7. Report of the International Criminal Court', '', 'The General Assembly,', '', 'Recalling the list of items -General and complete disarmament,', '', '1. Welcomes the report;'].join('\n'),
    );
    expect(plain.paragraphs[0]!.paragraph.text).toContain('items -General');
  });
});

describe('a body named inside an instrument\'s name inside a sitting\'s name does not organize the sitting', () => {
  it('A/RES/73/7 OP4: the International Criminal Court does not organize "the Review Conference of the Rome Statute of the International Criminal Court"', () => {
    const a = attributions(
      'Notes the recent ratifications and acceptances of the amendments adopted at the Review Conference of the Rome Statute of the International Criminal Court, held in Kampala from 31 May to 11 June 2010;',
    );
    expect(a.filter((x) => x.startsWith('ORGANIZES'))).toEqual([]);
    expect(a).toContain('HELD_IN Event:Review Conference of the Rome Statute of the International Criminal Court @ 2010 -> Place:Kampala');
  });

  it('negative, A/RES/80/118: "the Plenipotentiary Conference of the International Telecommunication Union" is still the Union\'s', () => {
    const a = attributions(
      'Notes the outcomes of the Plenipotentiary Conference of the International Telecommunication Union, held in Bucharest from 26 September to 14 October 2022;',
      { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' },
    );
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(a.some((x) => x.startsWith('SESSION_OF Event:Plenipotentiary Conference') && x.endsWith(' -> Organization:International Telecommunication Union'))).toBe(true);
  });
});

describe('a sitting named with the short form of its instrument is the sitting named with the instrument in full', () => {
  it('A/RES/73/7 OP24: "the Review Conference of the Rome Statute" is the Review Conference of OP4', () => {
    const text =
      'Recalls that, at the Review Conference of the Rome Statute, which was convened and opened by the Secretary-General, States parties reaffirmed their commitment to the Rome Statute and its full implementation;';
    expect(mentions(text)).toContain('Event:Review Conference of the Rome Statute of the International Criminal Court');
    expect(mentions(text)).not.toContain('Event:Review Conference of the Rome Statute');
  });

  it('negative, A/RES/78/136 PP4: "... to Review the Implementation of the Monterrey Consensus" keeps its printed name', () => {
    const text =
      'Recalling also the Doha Declaration on Financing for Development: outcome document of the Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus, held in Doha from 29 November to 2 December 2008,';
    expect(mentions(text)).toContain('Event:Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus @ 2008');
  });
});

describe('"the high-level meeting" printed alone is the high-level meeting the resolution named last', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/277', date: '2025-03-25' };
  // OP2 names the meeting and its dates; the mention of OP3 is read with the resolution's state after OP2
  const op2 =
    'Also decides to convene the high-level meeting of the General Assembly, at the highest possible level, on 16 and 17 December 2025, in accordance with the rules of procedure of the General Assembly;';
  // (a sitting of the Assembly named without its topic is keyed by its day, aud23f: the Assembly holds several a year)
  const hlm = 'Event:high-level meeting of the General Assembly @ 2025-12-16';

  it('A/RES/79/277 OP3: "... representatives of all relevant stakeholders ... to speak during the high-level meeting" -> DECIDES that meeting', () => {
    const c = { ...ctx };
    expect(mentions(op2, c)).toContain(hlm);
    const op3 =
      'Further decides that the President of the General Assembly, in consultation with Member States, will invite, in addition to all Member and observer States and observers, representatives of all relevant stakeholders of the World Summit on the Information Society to speak during the high-level meeting, and in this regard also encourages the participation of those stakeholders in the meeting;';
    const rel = extract(op3, c).relations.map((r) => `${r.type} ${r.target}`);
    expect(rel).toContain(`DECIDES ${hlm}`);
  });

  it('negative: nothing named before, a plural, or words naming another meeting ("the high-level meeting on ...", "... held in 2019")', () => {
    expect(mentions('Requests the Secretary-General to provide adequate support for the high-level meeting;', { ...ctx }).filter((k) => k.startsWith('Event:'))).toEqual([]);
    const c = { ...ctx };
    mentions(op2, c);
    const events = (text: string) => mentions(text, c).filter((k) => k === hlm);
    expect(events('Recalls the political declarations of the high-level meetings of the General Assembly;')).toEqual([]);
    expect(events('Recalls the high-level meeting held in 2019 on universal health coverage;')).toEqual([]);
    expect(events('Notes the high-level meeting on antimicrobial resistance;')).toEqual([]);
  });

  it('negative, A/RES/78/182 OP20: the meeting this paragraph convenes, not the one named before', () => {
    const c: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/182', date: '2023-12-19' };
    const pp20 = 'Recalling also the high-level meeting of the General Assembly on the twenty-fifth anniversary of the Fourth World Conference on Women, held on 1 October 2020,';
    expect(mentions(pp20, c).some((k) => k.includes('twenty-fifth anniversary'))).toBe(true);
    const op20 =
      'Decides, in order to celebrate the thirtieth anniversary of the Fourth World Conference on Women, so as to accelerate the realization of gender equality and the empowerment of all women and girls, to convene a one-day high-level meeting of the General Assembly in the margins of the general debate of the Assembly at its eightieth session, and that the outcome of the high-level meeting shall take the form of a Chair’s summary;';
    expect(mentions(op20, c).filter((k) => k.includes('twenty-fifth anniversary'))).toEqual([]);
  });
});

describe('the full title of the Guiding Principles on Business and Human Rights', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/215', date: '2025-12-18' };

  it('A/RES/80/215 OP4: "... in line with the Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and Remedy” Framework" names no Organization', () => {
    const text =
      'Encourages the private sector and all relevant stakeholders to meet their responsibility to respect human rights in line with the Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and Remedy” Framework and applicable domestic laws;';
    expect(extract(text, ctx).relations.map((r) => `${r.type} ${r.target}`)).toEqual(['ENCOURAGES Framework:Guiding Principles on Business and Human Rights']);
  });

  it('negative, A/RES/80/215 PP16: the short title is the same principles, printed as it is', () => {
    const text =
      'Recalling that, in line with the Guiding Principles on Business and Human Rights, business enterprises must meet their responsibility to avoid causing or contributing to adverse human rights impacts through their own activities,';
    const m = extract(text, ctx, 'preambular').mentions.filter((x) => x.kind === 'Framework');
    expect(m.map((x) => `${x.key} ${x.phrase}`)).toEqual(['Framework:Guiding Principles on Business and Human Rights Guiding Principles on Business and Human Rights']);
  });
});

describe('"the Assembly of States Parties" printed alone after its full name', () => {
  const asp = 'Organization:Assembly of States Parties to the Rome Statute of the International Criminal Court';
  const op26 =
    'Takes note of the decision of the Assembly of States Parties to the Rome Statute of the International Criminal Court at its fifteenth session, while recalling that, according to article 112, paragraph 6, of the Rome Statute, the Assembly of States Parties shall meet at the seat of the Court or at United Nations Headquarters, to hold its seventeenth session in The Hague, looks forward to the seventeenth session, which is to be held from 5 to 12 December 2018;';

  it('A/RES/73/7 OP26: "..., the Assembly of States Parties shall meet at the seat of the Court ..., to hold its seventeenth session" is that Assembly, and so are its sessions', () => {
    const m = mentions(op26, { ...ICC });
    expect(m).not.toContain('Organization:Assembly of States Parties');
    expect(m.filter((k) => k === asp)).toHaveLength(2);
    expect(m).toContain('Event:seventeenth session of the Assembly of States Parties to the Rome Statute of the International Criminal Court');
  });

  it('A/RES/73/7 OP27: "Encourages the widest possible participation of States in the Assembly of States Parties" with nothing named before', () => {
    const text =
      'Encourages the widest possible participation of States in the Assembly of States Parties, invites States to contribute to the trust fund for the participation of least developed countries;';
    expect(extract(text, { ...ICC }).relations.map((r) => `${r.type} ${r.target}`)).toContain(`ENCOURAGES ${asp}`);
  });

  it('negative, A/RES/73/7 OP26: "the seat of the Court" after the Assembly\'s full name is the Court, not the Assembly (whose name ends with "Court")', () => {
    const c = { ...ICC };
    mentions('Recognizing the International Criminal Court as an independent permanent judicial institution,', c);
    const m = extract(op26, c).mentions.filter((x) => x.phrase === 'Court').map((x) => x.key);
    expect(m).toEqual(['Organization:International Criminal Court']);
  });

  it('negative, A/RES/79/15 OP3: the sittings "the second Conference of States Parties, on 12 and 13 November 2012" keep their ordinals', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/15', date: '2024-12-02' };
    mentions('Recalling also the signing of the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in Cairo on 11 April 1996,', ctx);
    const m = mentions(
      'Recalls the convening of the first Conference of States Parties to the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba), on 4 November 2010, the second Conference of States Parties, on 12 and 13 November 2012, the third Conference of States Parties, on 29 and 30 May 2014, all held in Addis Ababa;',
      ctx,
    );
    // (the series named in full by the first edition just before, each edition keyed as that one is: aud21n)
    expect(m).toContain('Event:Second Conference of States Parties to the African Nuclear-Weapon-Free Zone Treaty');
    expect(m).toContain('Event:Third Conference of States Parties to the African Nuclear-Weapon-Free Zone Treaty');
  });
});

describe('"at its <ordinal> session of the <lower-case word>": what follows "of" is not whose session it is', () => {
  it('A/RES/73/7 OP19 (pdftext): "to inform the General Assembly at its seventy-fourth session of the expenses incurred"', () => {
    const text =
      'Emphasizes the importance of the full implementation of all aspects of the Relationship Agreement, as well as the need for the Secretary-General to continue to inform the General Assembly at its seventy-fourth session of the expenses incurred and reimbursements received by the United Nations in connection with assistance provided to the International Criminal Court;';
    expect(extract(text).relations.map((r) => `${r.type} ${r.target}`)).toContain('EMPHASIZES Event:seventy-fourth session of the General Assembly');
  });

  it('negative, A/RES/78/69 OP221: "the adoption by the Conference of the Parties to that Convention at its twelfth meeting of resolution 12.20" is no meeting of a body named elsewhere', () => {
    const text =
      'Further welcomes the activities of relevant United Nations bodies and organizations, in particular the United Nations Environment Programme, to address the sources and impacts of marine debris, as well as actions relating to marine debris taken under the Convention on Biological Diversity and the Convention on the Conservation of Migratory Species of Wild Animals, 114 in particular the adoption by the Conference of the Parties to that Convention at its twelfth meeting of resolution 12.20 on the management of marine debris, and notes the work of the International Whaling Commission on assessing the impacts of marine debris on cetaceans;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' };
    expect(mentions(text, ctx).filter((k) => k.includes('twelfth meeting of the International Whaling Commission'))).toEqual([]);
  });
});
