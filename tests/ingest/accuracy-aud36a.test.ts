// Session-36 audit aud36a: the authors of documents a resolution footnotes. A working paper or note "prepared by the"/"by the"
// a body (the Secretariat's working paper on each Non-Self-Governing Territory), a body's report footnoted with an annex of its
// supplement ("the report of the Disarmament Commission on its 1993 session; 1"), a part of a supplement ("(A/78/12 (Part I))")
// or printed "(part II) of 2018", a subject holding a list of single words, a body "established by" someone; and a session
// report "on its eighty-fourth session1" cited bare again is the footnoted document. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAuthors, gaResolution, markedParagraph, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/100', date: '2024-12-04' };
const SECRETARIAT = 'Secretariat of the United Nations';
const UNHCR = 'Office of the United Nations High Commissioner for Refugees';

describe('a document "prepared by the" body, or its note "by the" body', () => {
  it('A/RES/79/100 PP2 (every Territory\'s text, 78-80): "the working paper prepared by the Secretariat on Anguilla2": the Secretariat is its author', () => {
    const text = 'Taking note of the working paper prepared by the Secretariat on Anguilla2 and other relevant information,';
    expect(footnotedAuthors('PP2', text, [{ after: 'Anguilla2', mark: '2', text: 'A/AC.109/2024/2.' }], GA79)).toEqual([`A/AC.109/2024/2 ${SECRETARIAT}`]);
  });

  it('A/RES/80/160 PP20: "as well as the note by the Secretariat11": the Secretariat is its author', () => {
    const text =
      'Having considered at its previous sessions the report of the Group of Legal Experts established by the Secretary-General pursuant to its resolution 59/3009 and the reports of the Ad Hoc Committee,10 as well as the note by the Secretariat11 and the reports of the Secretary-General 12 on criminal accountability of United Nations officials and experts on mission,';
    const notes = [
      { after: '59/3009', mark: '9', text: 'See A/60/980.' },
      { after: 'Secretariat11', mark: '11', text: 'A/62/329.' },
    ];
    expect(footnotedAuthors('PP20', text, notes, { ...GA79, symbol: 'A/RES/80/160' })).toEqual(['A/60/980 Group of Legal Experts', `A/62/329 ${SECRETARIAT}`]);
  });

  it('guard: a working paper "to be prepared by the Secretariat" is still to come: no author for the footnoted document', () => {
    const text = 'Looks forward to the working paper to be prepared by the Secretariat on Anguilla2 and other relevant information;';
    expect(footnotedAuthors('OP9', text, [{ after: 'Anguilla2', mark: '2', text: 'A/AC.109/2024/2.' }], GA79)).toEqual(['A/AC.109/2024/2 -']);
  });

  it('guard: "the note by the Secretary-General transmitting the report of the Special Rapporteur,5": the note carries another\'s report, neither author is given', () => {
    const text = 'Takes note of the note by the Secretary-General transmitting the report of the Special Rapporteur on the right to food,5';
    expect(footnotedAuthors('OP1', text, [{ after: 'food,5', mark: '5', text: 'A/79/171.' }], GA79)).toEqual(['A/79/171 -']);
  });
});

describe('a body\'s report footnoted by an annex of its supplement', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/38', date: '2023-12-04' };

  it('A/RES/78/38 OP3 (79/27, 80/42): "set out in the report of the Disarmament Commission on its 1993 session; 1" with "..., Supplement No. 42 (A/48/42), annex II, sect. III.A.": the Commission is the author of A/48/42', () => {
    const text = 'Reaffirms the ways and means regarding confidence- and security-building measures set out in the report of the Disarmament Commission on its 1993 session; 1';
    const note = 'Official Records of the General Assembly, Forty-eighth Session, Supplement No. 42 (A/48/42), annex II, sect. III.A.';
    expect(footnotedAuthors('OP3', text, [{ after: 'session; 1', mark: '1', text: note }], GA78)).toEqual(['A/48/42 Disarmament Commission']);
  });

  it('guard: an annex that names what it holds ("annex I, decision SS.XI/9"): no author', () => {
    const text = 'Recalling the report of the Governing Council of the United Nations Environment Programme on its eleventh special session;3';
    const note = 'Official Records of the General Assembly, Sixty-fifth Session, Supplement No. 25 (A/65/25), annex I, decision SS.XI/9.';
    expect(footnotedAuthors('PP3', text, [{ after: 'session;3', mark: '3', text: note }], GA78)).toEqual(['A/65/25 -']);
  });

  it('guard: A/RES/78/52 PP13: the report named inside a quoted title ("... set out in the report of the Group of Governmental Experts on ...”,5") is not the annex\'s document', () => {
    const text =
      'Welcoming the adoption by consensus by the Disarmament Commission of the “Recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space, in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities”,5';
    const note = 'Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 42 (A/78/42), annex.';
    const authors = footnotedAuthors('PP13', text, [{ after: '”,5', mark: '5', text: note }], { ...GA78, symbol: 'A/RES/78/52' });
    expect(authors.filter((a) => a.includes('Group of Governmental Experts'))).toEqual([]);
  });
});

describe('the High Commissioner\'s report by its part', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/185', date: '2023-12-19' };

  it('A/RES/78/185 OP4 (80/188): "the High Commissioner’s annual report (part II) of 2018,11" with "11 See A/73/12 (Part II).": the High Commissioner is its author', () => {
    const text =
      'Recalls the Global Compact on Refugees as set out in the High Commissioner’s annual report (part II) of 2018,11 affirmed on 17 December 2018,12 and calls upon the international community as a whole to implement the Compact;';
    const notes = [
      { after: '2018,11', mark: '11', text: 'See A/73/12 (Part II).' },
      { after: 'December 2018,12', mark: '12', text: 'See resolution 73/151.' },
    ];
    // (the author as the paragraph alone names it: the file's earlier paragraphs make "High Commissioner" the Office)
    expect(footnotedAuthors('OP4', text, notes, GA78)).toEqual(['A/73/12 (Part II) High Commissioner']);
  });

  it('A/RES/78/185 OP1: "the reports of the Secretary-General9 and the United Nations High Commissioner for Refugees;10" with "10 ..., Supplement No. 12 (A/78/12 (Part I)).": the Office is the author of the part', () => {
    const text = 'Takes note of the reports of the Secretary-General9 and the United Nations High Commissioner for Refugees;10';
    const notes = [
      { after: 'Secretary-General9', mark: '9', text: 'A/78/183.' },
      { after: 'Refugees;10', mark: '10', text: 'Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 12 (A/78/12 (Part I)).' },
    ];
    expect(footnotedAuthors('OP1', text, notes, GA78)).toEqual(['A/78/183 Secretary-General', `A/78/12 (Part I) ${UNHCR}`]);
  });

  it('guard: "the High Commissioner’s annual report (part II) and the note by the Secretariat,11": the mark is the note\'s, its author the Secretariat', () => {
    const text = 'Recalls the High Commissioner’s annual report (part II) and the note by the Secretariat,11';
    expect(footnotedAuthors('OP4', text, [{ after: 'Secretariat,11', mark: '11', text: 'A/62/329.' }], GA78)).toEqual([`A/62/329 ${SECRETARIAT}`]);
  });
});

describe('a report\'s subject holding a list of single words', () => {
  const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/160', date: '2025-12-09' };

  it('A/RES/80/160 PP17, PP18: "the report of the High-level Independent Panel on Peace Operations on uniting our strengths for peace: politics, partnership and people, 4", "the report of the Joint Inspection Unit on fraud prevention, detection and response in United Nations system organizations6": each body is its report\'s author', () => {
    const pp17 = 'Recalling the report of the High-level Independent Panel on Peace Operations on uniting our strengths for peace: politics, partnership and people, 4 and the subsequent report of the Secretary-General,';
    expect(footnotedAuthors('PP17', pp17, [{ after: 'people, 4', mark: '4', text: 'See A/70/95-S/2015/446.' }], GA80)).toEqual(['A/70/95-S/2015/446 High-level Independent Panel on Peace Operations']);
    const pp18 = 'Recalling also the report of the Joint Inspection Unit on fraud prevention, detection and response in United Nations system organizations6 and the Anti-Fraud and Anti-Corruption Framework,';
    expect(footnotedAuthors('PP18', pp18, [{ after: 'organizations6', mark: '6', text: 'A/71/731.' }], GA80)).toEqual(['A/71/731 Joint Inspection Unit']);
  });

  it('guard: "the report of the Joint Inspection Unit on fraud prevention, and calls upon the Secretary-General to report on its use,6": a new clause, not the subject: no author', () => {
    const text = 'Recalls the report of the Joint Inspection Unit on fraud prevention, and calls upon the Secretary-General to report on its use,6';
    expect(footnotedAuthors('OP2', text, [{ after: 'use,6', mark: '6', text: 'A/71/731.' }], GA80)).toEqual(['A/71/731 -']);
  });
});

describe('a session report "on its <session> session" cited bare again', () => {
  const pp4 = 'Having considered the report of the Committee on Contributions on its eighty-fourth session1 and the report of the Secretary-General on multi-year payment plans,2';
  const note = 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 11 and addendum (A/79/11 and A/79/11/Add.1).';
  const resolution = (op1: string) =>
    gaResolution('A/RES/79/249', '2024-12-24', [
      { ...markedParagraph('PP4', pp4, [['2', 'A/79/69.']]), footnoteRefs: [{ mark: '1', offset: pp4.indexOf('session1') + 7, footnote: { mark: '1', text: note } }] },
      markedParagraph('OP1', op1),
    ]);

  it('A/RES/79/249 OP1: "Takes note of the report of the Committee on Contributions on its eighty-fourth session;" is A/79/11, footnoted in PP4', () => {
    expect(relationsById(resolution('Takes note of the report of the Committee on Contributions on its eighty-fourth session;')).OP1).toContain('NOTES Document:A/79/11');
  });

  it('guard: the report "on its eighty-fifth session" is another (still to come): not A/79/11', () => {
    const op1 = relationsById(resolution('Requests the Committee on Contributions to include the report of the Committee on Contributions on its eighty-fifth session;')).OP1!;
    expect(op1).not.toContain('REQUESTS Document:A/79/11');
  });
});

describe('a body\'s report by one of the subjects its reports were listed with', () => {
  const pp3 =
    'Having considered the reports of the Board of Auditors on the United Nations,1 the International Trade Centre,2 the International Residual Mechanism for Criminal Tribunals 16 and the United Nations Joint Staff Pension Fund,17 and the related report of the Advisory Committee,';
  const notes: [string, string, string][] = [
    ['1', 'Official Records of the General Assembly, Eightieth Session, Supplement No. 5, vol. I (A/80/5 (Vol. I)).', 'United Nations,1'],
    ['2', 'Ibid., vol. III (A/80/5 (Vol. III)).', 'Centre,2'],
    ['16', 'Ibid., Supplement No. 5O (A/80/5/Add.15).', 'Tribunals 16'],
    ['17', 'Ibid., Supplement No. 5P (A/80/5/Add.16).', 'Fund,17'],
  ];
  const resolution = (op: string) => relationsById(gaResolution('A/RES/80/231', '2025-12-23', [notedParagraph('PP3', pp3, notes), markedParagraph('OP4', op)]));

  it('A/RES/80/231 OP4, OP5 (79/245, 78/242): "Decides to consider further the report of the Board of Auditors on the International Residual Mechanism for Criminal Tribunals under the agenda item ..." is the report PP3 footnoted for that subject', () => {
    expect(resolution('Decides to consider further the report of the Board of Auditors on the International Residual Mechanism for Criminal Tribunals under the agenda item relating to the Mechanism;').OP4).toContain('DECIDES Document:A/80/5/Add.15');
    expect(resolution('Also decides to consider further the report of the Board of Auditors on the United Nations Joint Staff Pension Fund under the agenda item relating to the Pension Fund;').OP4).toContain('DECIDES Document:A/80/5/Add.16');
  });

  it('guard: "the report of the Board of Auditors on the United Nations Development Programme", a subject not listed: not the United Nations\' report (its words go on)', () => {
    const op = resolution('Decides to consider further the report of the Board of Auditors on the United Nations Development Programme under the agenda item relating to the Programme;').OP4!;
    expect(op.filter((r) => r.startsWith('DECIDES Document:'))).toEqual([]);
  });
});
