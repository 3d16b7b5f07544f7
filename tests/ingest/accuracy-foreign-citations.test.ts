// Citations of bodies we do not key, and of keyed bodies named only by the report that prints the
// number: real sentences and footnotes from corpus-ga -> expected symbols.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext, ResolutionText } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { findResolutionRefs } from '../../ingest/recognize/resolutions.js';

const ga = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const symbols = (text: string, ctx: RecognizeContext): string[] => findResolutionRefs(text, ctx).map((m) => m.attrs.symbol as string);

const CBD = 'Conference of the Parties to the Convention on Biological Diversity';

describe('a generic noun standing for a body named before it', () => {
  it('A/RES/78/131 PP18: "Commission resolution 66/1" after "the Commission on Narcotic Drugs ... the Commission"', () => {
    const text =
      'Bearing in mind that, in the Ministerial Declaration of 2019, Member States resolved to review in the Commission on Narcotic Drugs in 2029 progress in implementing all international drug policy commitments, with a midterm review in the Commission in 2024, and that Member States decided, in Commission resolution 66/1 of 17 March 2023,9 to convene in 2024 a high-level segment of the Commission';
    expect(symbols(text, ga('A/RES/78/131', '2023-12-18'))).toEqual(['Commission on Narcotic Drugs resolution 66/1']);
  });
  it('A/RES/79/147 OP69: "the Working Group of its decision 14/1" after "the Open-ended Working Group on Ageing"', () => {
    const text =
      'Decides to formally conclude the mandate of the Open-ended Working Group on Ageing, established by the General Assembly in its resolution 65/182, and notes with appreciation the completed work of the Working Group, in view of the adoption by the Working Group of its decision 14/1,21 and recognizes the positive contributions of Member States';
    expect(symbols(text, ga('A/RES/79/147', '2024-12-17'))).toEqual(['A/RES/65/182', 'Open-ended Working Group on Ageing decision 14/1']);
  });
});

describe('a footnote naming the body by the report or document that prints the number', () => {
  const ctx = ga('A/RES/80/216', '2025-12-15');
  it('GA Supplement No. 53 is the Human Rights Council\'s report (A/RES/79/133, A/RES/78/177, A/RES/79/267)', () => {
    expect(symbols('Official Records of the General Assembly, Seventy-third Session, Supplement No. 53 (A/73/53), chap. IV, sect. A, resolution 37/17.', ctx)).toEqual(['A/HRC/RES/37/17']);
    expect(symbols('See Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 53A, (A/77/53/Add.1), chap. III, sect. A, resolution 51/4.', ctx)).toEqual(['A/HRC/RES/51/4']);
    expect(
      symbols('Ibid., Sixty-ninth Session, Supplement No. 53A and corrigenda (A/69/53/Add.1, A/69/53/Add.1/Corr.1 and A/69/53/Add.1/Corr.2), chap. IV, sect. A, resolution 27/12.', ctx),
    ).toEqual(['A/HRC/RES/27/12']);
  });
  it('ECOSOC Supplement No. 7 is the Commission on the Status of Women\'s (not A/RES/59/1, A/RES/69/1)', () => {
    expect(symbols('Official Records of the Economic and Social Council, 2015, Supplement No. 7 (E/2015/27), chap. I, sect. C, resolution 59/1, annex.', ctx)).toEqual([
      'Commission on the Status of Women resolution 59/1',
    ]);
    expect(symbols('Official Records of the Economic and Social Council, 2025, Supplement No. 7 (E/2025/27), chap. I, sect. C, resolution 69/1, annex.', ctx)).toEqual([
      'Commission on the Status of Women resolution 69/1',
    ]);
  });
  it('ECOSOC Supplement No. 4 is the Statistical Commission\'s; its decisions run past 100 (no footnote mark inside a footnote)', () => {
    expect(symbols('Official Records of the Economic and Social Council, 2013, Supplement No. 4 (E/2013/24), chap. I, sect. C, decision 44/114.', ctx)).toEqual([
      'Statistical Commission decision 44/114',
    ]);
    expect(symbols('See Official Records of the Economic and Social Council, 2024, Supplement No. 4 (E/2024/24), chap. I., sect. C, decision 55/115.', ctx)).toEqual([
      'Statistical Commission decision 55/115',
    ]);
  });
  it('GA Supplement No. 25: the Environment Assembly from the sixty-ninth session, the UNEP Governing Council before', () => {
    expect(symbols('See Official Records of the General Assembly, Sixty-ninth Session, Supplement No. 25 (A/69/25), annex, resolution 1/15.', ctx)).toEqual([
      'United Nations Environment Assembly resolution 1/15',
    ]);
    expect(symbols('Official Records of the General Assembly, Fifty-second Session, Supplement No. 25 (A/52/25), annex, decision 19/1, annex.', ctx)).toEqual([
      'Governing Council of the United Nations Environment Programme decision 19/1',
    ]);
  });
  it('convention documents: CBD/COP, CTOC/COP, CAC/COSP (A/RES/79/1, A/RES/79/154, A/RES/79/234)', () => {
    expect(symbols('United Nations Environment Programme, document CBD/COP/15/17, decision 15/4, annex.', ctx)).toEqual([`${CBD} decision 15/4`]);
    expect(symbols('CTOC/COP/2020/10, sect. I.A, resolution 10/1.', ctx)).toEqual([
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 10/1',
    ]);
    expect(symbols('CAC/COSP/2021/17, sect. I.A, resolution 9/2, para. 15.', ctx)).toEqual([
      'Conference of the States Parties to the United Nations Convention against Corruption resolution 9/2',
    ]);
  });
  it('a report symbol before a semicolon does not reach the next reference', () => {
    expect(symbols('Official Records of the General Assembly, Seventy-third Session, Supplement No. 53 (A/73/53); and resolution 73/1, annex.', ctx)).toEqual(['A/RES/73/1']);
  });
});

describe('a body named only in a later paragraph of the same resolution', () => {
  const paragraph = (id: string, text: string) => ({ id, kind: 'operative' as const, text, footnoteRefs: [], subparagraphs: [] });
  const resolution = (paragraphs: ReturnType<typeof paragraph>[]) =>
    extractResolution({ symbol: 'A/RES/80/140', body: 'General Assembly', date: '2025-12-15', file: 'A_RES_80_140.txt', paragraphs } as unknown as ResolutionText);
  // A/RES/80/140 OP10 and OP11 cite CBD decisions by number; OP17 and OP23 name the Conference of the Parties.
  const op10 = paragraph(
    'OP10',
    'Emphasizes that the successful implementation of the Kunming-Montreal Global Biodiversity Framework requires responsibility and transparency, including through revising or updating national biodiversity strategies and action plans, in alignment with the Framework, its goals and its targets, in line with decisions 15/6, 16/31 and 16/32;',
  );
  const op11 = paragraph(
    'OP11',
    'Looks forward to the global review of the collective progress in implementation of the Kunming-Montreal Global Biodiversity Framework, and recalls that Parties are requested to submit their seventh national report, in line with decision 16/32, and for those that have not yet done so, to revise or update their national biodiversity strategies and action plans in line with decisions 15/6 and 16/1;',
  );
  const op17 = paragraph(
    'OP17',
    'Recalls decision 16/6 entitled “Role of people of African descent, comprising collectives embodying traditional lifestyles, in the implementation of the Convention on Biological Diversity”, adopted at the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity;',
  );
  const op23 = paragraph('OP23', 'Also takes note with appreciation of decisions 15/10 and 16/4 of the Conference of the Parties to the Convention on Biological Diversity;');
  const cited = (ex: ReturnType<typeof resolution>, id: string) => {
    const p = ex.paragraphs.find((x) => x.paragraph.id === id)!;
    return { mentions: p.mentions.filter((m) => m.kind === 'Resolution').map((m) => m.key), relations: p.relations.filter((r) => r.target.startsWith('Resolution:')).map((r) => `${r.type} ${r.target}`) };
  };
  it('A/RES/80/140 OP10, OP11: "decisions 15/6, 16/31 and 16/32" are the Conference of the Parties\'s', () => {
    const ex = resolution([op10, op11, op17, op23]);
    expect(cited(ex, 'OP10').mentions).toEqual([`Resolution:${CBD} decision 15/6`, `Resolution:${CBD} decision 16/31`, `Resolution:${CBD} decision 16/32`]);
    expect(cited(ex, 'OP11').relations).toEqual([`RECALLS Resolution:${CBD} decision 16/32`, `RECALLS Resolution:${CBD} decision 15/6`, `RECALLS Resolution:${CBD} decision 16/1`]);
  });
  it('with no paragraph naming the body, the numbers cite nothing (and leave no placeholder)', () => {
    const ex = resolution([op10, op11]);
    expect(cited(ex, 'OP10')).toEqual({ mentions: [], relations: [] });
    expect(cited(ex, 'OP11')).toEqual({ mentions: [], relations: [] });
  });
});

describe('numbers whose printed form names their body', () => {
  const ctx = ga('A/RES/80/138', '2025-12-15');
  const UNFCCC = 'Conference of the Parties to the United Nations Framework Convention on Climate Change';
  const CMA = 'Conference of the Parties serving as the meeting of the Parties to the Paris Agreement';
  it('climate change decisions, a footnote mark glued to the last (A/RES/78/153 OP, A/RES/79/206 OP, A/RES/78/159 fn 11)', () => {
    expect(symbols('and welcomes the establishment of the work programme on just transition pathways, in accordance with decisions 1/CP.2731 and 1/CMA.4;', ctx)).toEqual([
      `${UNFCCC} decision 1/CP.27`,
      `${CMA} decision 1/CMA.4`,
    ]);
    expect(symbols('United Arab Emirates just transition work programme on just transition pathways, in accordance with decisions 1/CP.27, 1/CMA.4 and 3/CMA.5;31', ctx)).toEqual([
      `${UNFCCC} decision 1/CP.27`,
      `${CMA} decision 1/CMA.4`,
      `${CMA} decision 3/CMA.5`,
    ]);
    expect(symbols('See FCCC/CP/2022/10/Add.1, decision 2/CP.27, and FCCC/PA/CMA/2022/10/Add.1, decision 2/CMA.4.', ctx)).toEqual([`${UNFCCC} decision 2/CP.27`, `${CMA} decision 2/CMA.4`]);
  });
  it('desertification decisions (A/RES/78/154 PP, A/RES/80/143 PP)', () => {
    const CCD = 'Conference of the Parties to the United Nations Convention to Combat Desertification';
    expect(symbols('Recalling that, in its decision 3/COP.15,2 the Conference of the Parties to the Convention invited parties', ctx)).toEqual([`${CCD} decision 3/COP.15`]);
    expect(symbols('held in Riyadh, from 2 to 13 December 2024, and its decision 27/COP.16 of 14 December 2024,10 and looking forward', ctx)).toEqual([`${CCD} decision 27/COP.16`]);
  });
  it('Chemical Weapons Convention decisions (A/RES/78/29 PP, OP)', () => {
    expect(symbols('Recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019 adopted by the Conference of the States Parties', ctx)).toEqual([
      'Conference of the States Parties to the Chemical Weapons Convention decision C-24/DEC.4',
      'Conference of the States Parties to the Chemical Weapons Convention decision C-24/DEC.5',
    ]);
    expect(
      symbols('in accordance with the Convention, Executive Council decisions EC-M-33/DEC.1 and EC‑94/DEC.2 and Security Council resolution 2118 (2013) of 27 September 2013', ctx),
    ).toEqual([
      'Executive Council of the Organisation for the Prohibition of Chemical Weapons decision EC-M-33/DEC.1',
      'Executive Council of the Organisation for the Prohibition of Chemical Weapons decision EC-94/DEC.2',
      'S/RES/2118(2013)',
    ]);
  });
  it('African Union and OAU symbols (A/RES/78/263 OP34, A/RES/78/185 OP11, A/RES/78/56 fn 2, A/RES/78/49 OP7)', () => {
    expect(symbols('Recalls decision Assembly/AU/Dec.729(XXXII) of 11 February 2019 of the Assembly of Heads of State and Government', ctx)).toEqual([
      'Assembly of the African Union decision Assembly/AU/Dec.729(XXXII)',
    ]);
    expect(symbols('Welcomes decision Assembly/AU/Decl. 8 (XXXII), adopted by the Assembly of Heads of State', ctx)).toEqual(['Assembly of the African Union decision Assembly/AU/Decl.8(XXXII)']);
    expect(symbols('A/60/693, annex II, decision EX.CL/Dec.263 (VIII).', ctx)).toEqual(['Executive Council of the African Union decision EX.CL/Dec.263(VIII)']);
    expect(symbols('Takes note of resolution CM/Res.1356 (LIV) of 1991, adopted by the Council of Ministers', ctx)).toEqual([
      'Council of Ministers of the Organization of African Unity resolution CM/Res.1356(LIV)',
    ]);
  });
  it('UNIDO, IMO, Seabed Authority, WMO and WTO symbols (A/RES/79/222, A/RES/80/110, A/RES/78/69, A/RES/78/134)', () => {
    expect(symbols('acknowledged by the General Conference of the Organization in its resolution GC.18/Res.3 of 7 November 2019,13', ctx)).toEqual([
      'General Conference of the United Nations Industrial Development Organization resolution GC.18/Res.3',
    ]);
    expect(symbols('International Maritime Organization, Assembly resolutions A.1029(26) and A.1074(28).', ctx)).toEqual([
      'International Maritime Organization resolution A.1029(26)',
      'International Maritime Organization resolution A.1074(28)',
    ]);
    expect(symbols('Notes the adoption by the Council of decisions ISBA/28/C/9, ISBA/28/C/24 and ISBA/28/C/25 at its twenty-eighth session', ctx)).toEqual([
      'Council of the International Seabed Authority decision ISBA/28/C/9',
      'Council of the International Seabed Authority decision ISBA/28/C/24',
      'Council of the International Seabed Authority decision ISBA/28/C/25',
    ]);
    expect(symbols('See World Meteorological Organization resolution 15 (Cg-18).', ctx)).toEqual(['World Meteorological Organization resolution 15(Cg-18)']);
    expect(symbols('Reaffirming World Trade Organization decision WT/MIN(15)/48-WT/L/982 of 19 December 2015 on the implementation', ctx)).toEqual([
      'World Trade Organization decision WT/MIN(15)/48-WT/L/982',
    ]);
  });
  it('World Health Assembly numbers need the Assembly printed, its document, or its calendar (A/RES/78/269, A/RES/79/333, A/RES/78/119 fn 12, A/RES/78/177)', () => {
    expect(
      symbols('Recalling World Health Assembly resolution 68.7 of 26 May 2015, entitled “Global action plan on antimicrobial resistance”, 6 and World Health Assembly resolution 72.5 of 28 May 2019', ctx),
    ).toEqual(['World Health Assembly resolution 68.7', 'World Health Assembly resolution 72.5']);
    expect(symbols('Taking note of resolution 77.17 of 1 June 2024, adopted by the World Health Assembly at its seventy-seventh session', ctx)).toEqual(['World Health Assembly resolution 77.17']);
    expect(symbols('World Health Organization, document WHA58/2005/REC/1, resolution 58.3, annex.', ctx)).toEqual(['World Health Assembly resolution 58.3']);
    expect(symbols('Recalling World Health Assembly resolutions on ageing, specifically resolution 58.16 of 25 May 2005 on strengthening active and healthy ageing, resolution 65.3 of 25 May 2012 on strengthening', ctx)).toEqual([
      'World Health Assembly resolution 58.16',
      'World Health Assembly resolution 65.3',
    ]);
    // a dotted number with no body and a date off the Assembly's calendar cites nothing
    expect(symbols('Noting that the Agreement on the Conservation of Albatrosses and Petrels adopted resolution 8.5 in May 2025, which recognizes', ctx)).toEqual([]);
  });
  it('roman session numbers need a Conference of the Parties printed after or the footnote\'s document (A/RES/80/110, A/RES/78/155 fn 13)', () => {
    expect(symbols('Recalls decision IX/16 C, adopted at the ninth meeting of the Conference of the Parties to the Convention on Biological Diversity', ctx)).toEqual([`${CBD} decision IX/16 C`]);
    expect(symbols('United Nations Environment Programme, document UNEP/CBD/COP/13/25, decisions XIII/18 and 14/12, 14/13 and 14/17 of the Conference', ctx)).toEqual([
      `${CBD} decision XIII/18`,
      `${CBD} decision 14/12`,
      `${CBD} decision 14/13`,
      `${CBD} decision 14/17`,
    ]);
    expect(symbols('See A/51/312, annex II, decision II/10.', ctx)).toEqual([]);
  });
  it('London Convention and Protocol, WMO Congress sessions printed without a hyphen, WHO decisions (A/RES/80/110, A/RES/78/69, A/RES/78/280)', () => {
    expect(symbols('International Maritime Organization, document LC 32/15 and Corr.1, annex 5, resolution LC‑LP.2 (2010).', ctx)).toEqual([
      'International Maritime Organization resolution LC-LP.2(2010)',
    ]);
    expect(symbols('See World Meteorological Organization resolution 46 (Cg 17).', ctx)).toEqual(['World Meteorological Organization resolution 46(Cg-17)']);
    expect(symbols('Recalling World Health Assembly decision SSA2(5) of 1 December 2021, in which it established an intergovernmental negotiating body', ctx)).toEqual([
      'World Health Assembly decision SSA2(5)',
    ]);
    expect(symbols('See World Health Organization, document WHA75/2022/REC/1, decision 75(8).', ctx)).toEqual(['World Health Assembly decision 75(8)']);
  });
});

describe('a body named before the number, its name ending in an apostrophe', () => {
  it('A/RES/78/171 PP8: "African Commission on Human and Peoples’ Rights resolutions 263 of 5 November 2013"', () => {
    const text =
      'Recalling also African Commission on Human and Peoples’ Rights resolutions 263 of 5 November 2013 on the prevention of attacks and discrimination against persons on the basis of their real or imputed sexual orientation or gender identity,';
    expect(symbols(text, ga('A/RES/78/171', '2023-12-19'))).toEqual(["African Commission on Human and Peoples' Rights resolution 263"]);
  });
});

describe('a short name of a Conference, completed by the session calendar', () => {
  it('A/RES/79/190 PP12, OP67: "resolution 9/2 of 17 December 2021 of the Conference of the States Parties to the Convention"', () => {
    const ctx = ga('A/RES/79/190', '2024-12-19');
    expect(
      symbols(
        'to follow up and build on the political declaration through an inclusive follow-up process to the special session, and recalling resolution 9/2 of 17 December 2021 of the Conference of the States Parties to the Convention,9',
        ctx,
      ),
    ).toEqual(['Conference of the States Parties to the United Nations Convention against Corruption resolution 9/2']);
    expect(
      symbols(
        'implementation and monitoring of anti-corruption programmes in accordance with resolution 10/10 of 15 December 2023 of the Conference of States Parties to the Convention;',
        ctx,
      ),
    ).toEqual(['Conference of the States Parties to the United Nations Convention against Corruption resolution 10/10']);
  });
  it('A/RES/79/208 OP8: "decision 15/6 of 19 December 2022 adopted at the fifteenth meeting of the Conference of the Parties"', () => {
    const text =
      'in alignment with the Framework, its goals and its targets, in line with decision 15/6 of 19 December 2022 adopted at the fifteenth meeting of the Conference of the Parties;24';
    expect(symbols(text, ga('A/RES/79/208', '2024-12-19'))).toEqual([`${CBD} decision 15/6`]);
  });
  it('A/RES/79/209 PP2: "Governing Council of the United Nations Environment Programme decision 27/2" keeps "Governing"', () => {
    const text =
      'in the implementation of the Programme’s mandate, in line with Governing Council of the United Nations Environment Programme decision 27/2 of 22 February 2013,4';
    expect(symbols(text, ga('A/RES/79/209', '2024-12-19'))).toEqual(['Governing Council of the United Nations Environment Programme decision 27/2']);
  });
});

describe("other bodies' resolution symbols are the resolutions themselves", () => {
  const ctx = ga('A/RES/80/191', '2025-12-15');
  it('UNEP/EA.n/Res.m in footnotes (A/RES/78/128 and 84 more footnotes "UNEP/EA.5/Res.1."; A/RES/78/138 "UNEP/EA.5/Res.2, UNEP/EA.5/Res.7 and UNEP/EA.5/Res.8.")', () => {
    expect(symbols('UNEP/EA.5/Res.2, UNEP/EA.5/Res.7 and UNEP/EA.5/Res.8.', ctx)).toEqual([
      'United Nations Environment Assembly resolution 5/2',
      'United Nations Environment Assembly resolution 5/7',
      'United Nations Environment Assembly resolution 5/8',
    ]);
    // the same node as the body text's citation
    expect(symbols('in accordance with United Nations Environment Assembly resolution 4/1 (UNEP/EA.4/Res.1).', ctx)).toEqual([
      'United Nations Environment Assembly resolution 4/1',
      'United Nations Environment Assembly resolution 4/1',
    ]);
  });
  it('HSP/HA.2/Res.3 (A/RES/78/122 fn 9) and CBD/COP/DEC/16/5 (A/RES/80/191 PP46)', () => {
    expect(symbols('HSP/HA.2/Res.3.', ctx)).toEqual(['United Nations Habitat Assembly resolution 2/3']);
    expect(symbols('Welcoming the adoption of decision CBD/COP/DEC/16/5 of 1 November 2024 on the establishment of the Subsidiary Body on Article 8 (j)', ctx)).toEqual([`${CBD} decision 16/5`]);
  });
});

describe('a title printed after the body that follows the number', () => {
  const cites = (text: string) => findResolutionRefs(text, ga('A/RES/80/34', '2025-12-01')).map((m) => [m.attrs.symbol, m.attrs.title ?? null, m.attrs.date ?? null]);
  it('A/RES/78/229 OP64: "resolution 11/4 of the Conference of the Parties to the ..., entitled “...”"', () => {
    expect(
      cites(
        'as adopted by the General Assembly in its resolution 69/196 on the International Guidelines, and resolution 11/4 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, entitled “Strengthening crime prevention and criminal justice responses to protect cultural property, especially with regard to its trafficking in any situations, including in the context of all armed conflicts and natural disasters”;',
      ),
    ).toEqual([
      ['A/RES/69/196', null, null],
      [
        'Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 11/4',
        'Strengthening crime prevention and criminal justice responses to protect cultural property, especially with regard to its trafficking in any situations, including in the context of all armed conflicts and natural disasters',
        null,
      ],
    ]);
  });
  it('A/RES/80/34 OP12: "Decision C-SS-4/DEC.3 of the Fourth Special Session of the Conference of the States Parties, entitled “...”, of 27 June 2018"', () => {
    expect(
      cites(
        'Also recalls the adoption of: (a) Decision C-SS-4/DEC.3 of the Fourth Special Session of the Conference of the States Parties, entitled “Addressing the threat from chemical weapons use”, of 27 June 2018; (b) Decision EC-94/DEC.2 of the Executive Council, entitled “Addressing the possession and use of chemical weapons by the Syrian Arab Republic”, of 9 July 2020;',
      ),
    ).toEqual([
      ['Conference of the States Parties to the Chemical Weapons Convention decision C-SS-4/DEC.3', 'Addressing the threat from chemical weapons use', '2018-06-27'],
      ['Executive Council of the Organisation for the Prohibition of Chemical Weapons decision EC-94/DEC.2', 'Addressing the possession and use of chemical weapons by the Syrian Arab Republic', '2020-07-09'],
    ]);
  });
});

describe("lists of other bodies' symbols", () => {
  const cites = (text: string) => findResolutionRefs(text, ga('A/RES/80/26', '2025-11-20')).map((m) => [m.attrs.symbol, m.attrs.date ?? null]);
  it('A/RES/80/26 PP1: a year for a date, a footnote mark glued to it ("of 19881 and CM/Res.1225 (L) of 1989,2")', () => {
    expect(
      cites('Bearing in mind resolutions CM/Res.1153 (XLVIII) of 19881 and CM/Res.1225 (L) of 1989,2 adopted by the Council of Ministers of the Organization of African Unity,'),
    ).toEqual([
      ['Council of Ministers of the Organization of African Unity resolution CM/Res.1153(XLVIII)', '1988'],
      ['Council of Ministers of the Organization of African Unity resolution CM/Res.1225(L)', '1989'],
    ]);
  });
  it('A/RES/78/69 OP309: the list goes on past a body ("EC-55/1 of the Executive Council and A-32/3 of the Assembly")', () => {
    expect(
      cites(
        'Takes note of resolutions EC-55/1 of the Executive Council and A-32/3 of the Assembly of the Intergovernmental Oceanographic Commission, in which these bodies took note of the establishment of Decade coordinating mechanisms;',
      ).map((c) => c[0]),
    ).toEqual(['Intergovernmental Oceanographic Commission resolution EC-55/1', 'Intergovernmental Oceanographic Commission resolution A-32/3']);
  });
});
