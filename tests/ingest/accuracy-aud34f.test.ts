// Session-34 audit aud34f: documents, report authors and document identity. A report footnoted as an Official Records
// supplement with its addendum ("Supplement No. 11 and addendum (...)", "...; and ibid., Supplement No. 53A (...)") or as one
// supplement after another is the body's the paragraph names. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../graph/build.js';
import type { RecognizeContext, ResolutionExtraction } from '../../ingest/models.js';
import { citingResolution } from '../graph/fixtures.js';
import { extractWithNotes, footnotedAuthors as authors, type Note } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/3', date: '2024-10-09' };
const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/189', date: '2025-12-15' };

describe('a body\'s report footnoted with its addendum or with further supplements: every document the footnote cites is the body\'s', () => {
  it('A/RES/79/3 PP1 (79/249 PP4): "chapter V of the report of the Committee on Contributions on its eighty-fourth session,1" ("Supplement No. 11 and addendum (A/79/11 and A/79/11/Add.1)")', () => {
    const text = 'Having considered chapter V of the report of the Committee on Contributions on its eighty-fourth session,1';
    const note = 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 11 and addendum (A/79/11 and A/79/11/Add.1).';
    expect(authors('PP1', text, [{ after: 'session,1', mark: '1', text: note }], GA79)).toEqual(['A/79/11 Committee on Contributions', 'A/79/11/Add.1 Committee on Contributions']);
  });

  it('A/RES/80/189 PP4 (78/186, 79/157): "the recommendations contained in the report of the Human Rights Council,1" ("...Supplement No. 53 (A/80/53); and ibid., Supplement No. 53A (A/80/53/Add.1).")', () => {
    const text = 'Having considered the recommendations contained in the report of the Human Rights Council,1';
    const note = 'Official Records of the General Assembly, Eightieth Session, Supplement No. 53 (A/80/53); and ibid., Supplement No. 53A (A/80/53/Add.1).';
    expect(authors('PP4', text, [{ after: 'Council,1', mark: '1', text: note }], GA80)).toEqual(['A/80/53 Human Rights Council', 'A/80/53/Add.1 Human Rights Council']);
  });

  it('A/RES/78/160 PP8 (80/147 PP9): "the reports of the Commission on Science and Technology for Development on its fourteenth to twenty-sixth sessions,6" (one ECOSOC supplement a year)', () => {
    const text = 'Taking note of the reports of the Commission on Science and Technology for Development on its fourteenth to twenty-sixth sessions,6';
    const note =
      'Official Records of the Economic and Social Council, 2011, Supplement No. 11 (E/2011/31); ibid., 2012, Supplement No. 11 and corrigendum (E/2012/31 and E/2012/31/Corr.1); ibid., 2022, Supplement No. 11 (E/2022/31); and ibid., 2023, Supplement No. 11 (E/2023/31).';
    const CSTD = 'Commission on Science and Technology for Development';
    expect(authors('PP8', text, [{ after: 'sessions,6', mark: '6', text: note }], { ...GA79, symbol: 'A/RES/78/160' })).toEqual([
      `E/2011/31 ${CSTD}`,
      `E/2012/31 ${CSTD}`,
      `E/2012/31/Corr.1 ${CSTD}`,
      `E/2022/31 ${CSTD}`,
      `E/2023/31 ${CSTD}`,
    ]);
  });

  it('guard: a further supplement cited for a part of it ("ibid., ..., Supplement No. 53A (A/68/53/Add.1), chap. III") is no whole report', () => {
    const text = 'Having considered the recommendations contained in the report of the Human Rights Council,1';
    const note = 'Official Records of the General Assembly, Sixty-eighth Session, Supplement No. 53 (A/68/53); and ibid., Supplement No. 53A (A/68/53/Add.1), chap. III.';
    expect(authors('PP4', text, [{ after: 'Council,1', mark: '1', text: note }], GA80)).toEqual(['A/68/53 -', 'A/68/53/Add.1 -']);
  });
});

describe('"..., as well as that of the <body> ...,<mark>": the second report is that body\'s', () => {
  const GA89: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/89', date: '2024-12-04' };
  it('A/RES/79/89 PP2 (78/75, 80/79): "the report of the Secretary-General submitted pursuant to its resolution 78/75 of 7 December 2023,1 as well as that of the United Nations Conciliation Commission for Palestine for the period from 1 September 2023 to 31 August 2024,2"', () => {
    const text =
      'Taking note of the report of the Secretary-General submitted pursuant to its resolution 78/75 of 7 December 2023,1 as well as that of the United Nations Conciliation Commission for Palestine for the period from 1 September 2023 to 31 August 2024,2';
    const notes: Note[] = [
      { after: '2023,1', mark: '1', text: 'A/79/287.' },
      { after: '2024,2', mark: '2', text: 'A/79/259.' },
    ];
    expect(authors('PP2', text, notes, GA89)).toEqual(['A/79/287 Secretary-General', 'A/79/259 United Nations Conciliation Commission for Palestine']);
  });

  it('guard: "those" that stands for resolutions (A/RES/80/214 PP1, after a report: "... recalling all its relevant resolutions, as well as those of the Human Rights Council on national institutions,2") names no author', () => {
    const text =
      'Taking note of the report of the Secretary-General,1 recalling all its relevant resolutions, as well as those of the Human Rights Council on national institutions,2';
    const notes: Note[] = [
      { after: 'General,1', mark: '1', text: 'A/80/286.' },
      { after: 'institutions,2', mark: '2', text: 'A/HRC/51/12.' },
    ];
    expect(authors('PP1', text, notes, { ...GA89, symbol: 'A/RES/80/214' })).toEqual(['A/80/286 Secretary-General', 'A/HRC/51/12 -']);
  });
});

describe('a report named inside a cited resolution\'s title, with no footnote of its own, is the title\'s words, not a document the paragraph cites', () => {
  const GA321: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/321', date: '2025-07-25' };
  const { keys } = oneParagraph({ ctx: GA321, kind: 'preambular' });

  it('A/RES/79/321 PP6 (78/277 PP6): "72/276 of 26 April 2018 on the follow-up to the report of the Secretary-General on peacebuilding and sustaining peace": no 79th-session report (it joined A/79/552)', () => {
    const text =
      'Recalling further its resolutions 75/201 of 21 December 2020 and 70/262 of 27 April 2016 on the review of the United Nations peacebuilding architecture, 72/276 of 26 April 2018 on the follow-up to the report of the Secretary-General on peacebuilding and sustaining peace and 76/305 of 8 September 2022 on financing for peacebuilding,';
    expect(keys(text, 'Document:')).toEqual([]);
    expect(keys(text, 'Resolution:')).toEqual(['Resolution:A/RES/75/201', 'Resolution:A/RES/70/262', 'Resolution:A/RES/72/276', 'Resolution:A/RES/76/305']);
  });

  it('A/RES/78/126 PP2: "Economic and Social Council resolution 2023/10 of 7 June 2023 on the report of the Committee for Development Policy on its twenty-fifth session,"', () => {
    const text = 'Recalling also Economic and Social Council resolution 2023/10 of 7 June 2023 on the report of the Committee for Development Policy on its twenty-fifth session,';
    expect(keys(text, 'Document:', 'preambular', { ...GA321, symbol: 'A/RES/78/126' })).toEqual([]);
  });

  it('guard: the report the paragraph cites itself keeps its mention (A/RES/80/11 PP15: "Taking note of the report of the Secretary-General on peacebuilding and sustaining peace")', () => {
    expect(keys('Taking note of the report of the Secretary-General on peacebuilding and sustaining peace and the inputs for the 2025 review,', 'Document:')).toHaveLength(1);
  });

  it('guard: a report in a resolution\'s title with its footnote is cited (A/RES/79/230 PP1: "resolution 2024/7 of 5 June 2024 on the report of the Committee for Development Policy on its twenty-sixth session,1")', () => {
    const text = 'Recalling Economic and Social Council resolution 2024/7 of 5 June 2024 on the report of the Committee for Development Policy on its twenty-sixth session,1';
    const x = extractWithNotes('PP1', text, [{ after: 'session,1', mark: '1', text: 'E/2024/33.' }], { ...GA321, symbol: 'A/RES/79/230' });
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('RECALLS Document:E/2024/33');
  });
});

describe('graph: a body\'s final report cited under the body\'s short name and its full name is one Document', () => {
  const PANEL = 'High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States';
  const SHORT = 'High-level Panel on the Development of a Multidimensional Vulnerability Index';
  const BY_SHORT = 'Document:final report of the high-level panel on the development of a multidimensional vulnerability index';
  const BY_FULL = `${BY_SHORT} for small island developing states`;
  /** A/RES/78/232: OP12 names the Panel in full ("the final report of the High-level Panel ... for Small Island Developing States"), OP43 by its short name */
  function resolution(other: { key: string; name: string }): ResolutionExtraction {
    const ex = citingResolution({ symbol: 'A/RES/78/232', file: 'A_RES_78_232.txt' });
    const mentions = [
      { key: `Organization:${PANEL}`, kind: 'Organization' as const, name: PANEL, attrs: { aliases: [SHORT] } },
      { key: BY_FULL, kind: 'Document' as const, name: `Final report of the ${PANEL}`, attrs: { author: PANEL } },
      { key: other.key, kind: 'Document' as const, name: other.name, attrs: { author: SHORT } },
    ];
    for (const m of mentions) ex.paragraphs[0]!.mentions.push({ ...m, phrase: 'Rec', start: 0, end: 3 });
    return ex;
  }
  const documentKeys = (ex: ResolutionExtraction): string[] => {
    const b = new GraphBuilder();
    b.addResolution(ex);
    return b.finalize().filterNodes((_k, a) => a.kind === 'Document').sort();
  };

  it('A/RES/78/232 OP43 and OP12: "the final report of the High-level Panel on the Development of a Multidimensional Vulnerability Index" joins the full name\'s node', () => {
    expect(documentKeys(resolution({ key: BY_SHORT, name: `Final report of the ${SHORT}` }))).toEqual([BY_FULL]);
  });

  it('guard: another report of the body under its short name stays its own node (only the one final report joins)', () => {
    const SESSION = 'Document:report of the high-level panel on the development of a multidimensional vulnerability index on its first session';
    expect(documentKeys(resolution({ key: SESSION, name: `Report of the ${SHORT} on its first session` }))).toEqual([BY_FULL, SESSION].sort());
  });
});

describe('"the report of <body> for <year>,<mark>" and "... and the recommendations contained therein,<mark>": the body\'s report', () => {
  it('A/RES/78/6 OP1 (79/6, 80/6): "Welcomes the report of the International Criminal Court for 2022/23;1"', () => {
    expect(authors('OP1', 'Welcomes the report of the International Criminal Court for 2022/23;1', [{ after: '23;1', mark: '1', text: 'A/78/322.' }], { ...GA79, symbol: 'A/RES/78/6' })).toEqual([
      'A/78/322 International Criminal Court',
    ]);
  });

  it('A/RES/78/245 PP4 (79/248, 80/234): "Having considered the report of the Committee on Conferences for 2023 1"', () => {
    const note = 'Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 32 (A/78/32).';
    expect(authors('PP4', 'Having considered the report of the Committee on Conferences for 2023 1', [{ after: '2023 1', mark: '1', text: note }], { ...GA79, symbol: 'A/RES/78/245' })).toEqual([
      'A/78/32 Committee on Conferences',
    ]);
  });

  it('A/RES/78/24 PP8 (79/44, 80/30): "Recalling also the report of the Open-ended Working Group and the recommendations contained therein,2": the Group named in full before', () => {
    const text =
      'Recalling also the report of the Open-ended Working Group on the fourth special session of the General Assembly devoted to disarmament and the recommendations contained therein,2';
    expect(authors('PP8', text, [{ after: 'therein,2', mark: '2', text: 'A/AC.268/2017/2.' }], { ...GA79, symbol: 'A/RES/78/24' })).toEqual([
      'A/AC.268/2017/2 Open-ended Working Group on the fourth special session of the General Assembly devoted to disarmament',
    ]);
  });

  it('guard: a report on the body for a year is not the body\'s ("the report of the Secretary-General on the cooperation between the United Nations and the International Criminal Court for 2023;1")', () => {
    const text = 'Takes note of the report of the Secretary-General on the cooperation between the United Nations and the International Criminal Court for 2023;1';
    expect(authors('OP1', text, [{ after: '2023;1', mark: '1', text: 'A/78/999.' }], { ...GA79, symbol: 'A/RES/78/6' })).not.toContain('A/78/999 International Criminal Court');
  });
});

describe('"the <body>’s latest reports,<mark>": the possessive names the reports\' author', () => {
  const GA211: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/211', date: '2025-12-15' };
  const IDP = 'Special Rapporteur on the human rights of internally displaced persons';
  const PP43 = `Taking note with appreciation of the four thematic priorities set by the ${IDP}, and further noting the Special Rapporteur’s latest reports, 19`;

  it('A/RES/80/211 PP43 (shortened): "further noting the Special Rapporteur’s latest reports, 19" ("19 A/80/212 and A/79/334.")', () => {
    expect(authors('PP43', PP43, [{ after: 'reports, 19', mark: '19', text: 'A/80/212 and A/79/334.' }], GA211)).toEqual([`A/80/212 ${IDP}`, `A/79/334 ${IDP}`]);
  });

  it('guard: the possessive of something else than a report ("the Special Rapporteur’s visit to the country, 19") names no author', () => {
    const text = PP43.replace('latest reports, 19', 'visit to the country, 19');
    expect(authors('PP43', text, [{ after: 'country, 19', mark: '19', text: 'A/80/212.' }], GA211)).toEqual(['A/80/212 -']);
  });
});

describe('"the reports of the Board of Auditors on the United Nations,1 the International Trade Centre,2 ...": every listed report is the Board\'s', () => {
  const GA231: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/231', date: '2025-12-30' };
  const PP3 =
    'Having considered, for the period ended 31 December 2024, the financial reports and audited financial statements and the reports of the Board of Auditors on the United Nations,1 the International Trade Centre,2 the United Nations University,3 the International Residual Mechanism for Criminal Tribunals 16 and the United Nations Joint Staff Pension Fund,17 the note by the Secretary-General transmitting the concise summary of the principal findings, conclusions and recommendations contained in the reports of the Board of Auditors for the annual financial period 2024,18';
  const notes: Note[] = [
    { after: 'Nations,1', mark: '1', text: 'Official Records of the General Assembly, Eightieth Session, Supplement No. 5, vol. I (A/80/5 (Vol. I)).' },
    { after: 'Centre,2', mark: '2', text: 'Ibid., vol. III (A/80/5 (Vol. III)).' },
    { after: 'University,3', mark: '3', text: 'Ibid., Supplement No. 5A (A/80/5/Add.1).' },
    { after: 'Tribunals 16', mark: '16', text: 'Ibid., Supplement No. 5O (A/80/5/Add.15).' },
    { after: 'Fund,17', mark: '17', text: 'Ibid., Supplement No. 5P (A/80/5/Add.16).' },
    { after: '2024,18', mark: '18', text: 'A/80/253.' },
  ];

  it('A/RES/80/231 PP3 (78/242, 79/245; shortened): the Board\'s reports, one "Ibid." supplement or volume a mark; not the note by the Secretary-General after the list', () => {
    const BOA = 'Board of Auditors';
    expect(authors('PP3', PP3, notes, GA231)).toEqual([
      `A/80/5 (Vol. I) ${BOA}`,
      `A/80/5 (Vol. III) ${BOA}`,
      `A/80/5/Add.1 ${BOA}`,
      `A/80/5/Add.15 ${BOA}`,
      `A/80/5/Add.16 ${BOA}`,
      'A/80/253 -',
    ]);
  });

  it('guard: an "Ibid." footnote for a part of a supplement ("Ibid., Supplement No. 13 (A/78/13), pp. 7–9.") is no whole report', () => {
    const got = authors('PP3', PP3, notes.map((n) => (n.mark === '2' ? { ...n, text: 'Ibid., Supplement No. 5 (A/80/5 (Vol. III)), pp. 7–9.' } : n)), GA231);
    expect(got.slice(0, 3)).toEqual(['A/80/5 (Vol. I) Board of Auditors', 'A/80/5 (Vol. III) -', 'A/80/5/Add.1 -']);
  });
});
