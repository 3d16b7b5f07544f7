// Citations whose body is not printed before the number: real sentences -> expected symbols.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { findResolutionRefs } from '../../ingest/recognize/resolutions.js';

const ga = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const symbols = (text: string, ctx: RecognizeContext): string[] => findResolutionRefs(text, ctx).map((m) => m.attrs.symbol as string);

describe('a number that fits the Human Rights Council calendar', () => {
  it('A/RES/79/9 PP13: "resolution 16/18 of 24 March 2011 ... adopted by the Human Rights Council"', () => {
    const text =
      'and welcoming the promotion of the effective implementation of resolution 16/18 of 24 March 20116 and all its subsequent versions adopted by the Human Rights Council to counter global violence, religious discrimination and intolerance,';
    expect(symbols(text, ga('A/RES/79/9', '2024-11-07'))).toEqual(['A/HRC/RES/16/18']);
  });
  it('A/RES/79/258 OP83: "its decision 56/115 of 10 July 2024" after the Council\'s resolutions', () => {
    const text =
      'to support the activities mandated by the Human Rights Council in its resolutions 55/28 and 55/29 of 5 April 2024,32 56/13 of 11 July 2024,33 57/19 of 10 October 202434 and 57/28 of 11 October 202435 and its decision 56/115 of 10 July 2024;36';
    expect(symbols(text, ga('A/RES/79/258', '2024-12-24'))).toEqual([
      'A/HRC/RES/55/28',
      'A/HRC/RES/55/29',
      'A/HRC/RES/56/13',
      'A/HRC/RES/57/19',
      'A/HRC/RES/57/28',
      'A/HRC/DEC/56/115',
    ]);
  });
  it('a Commission on Crime Prevention session (May 2018) is not the Council\'s 27th (September 2014)', () => {
    // the Commission's twenty-seventh session closed on 18 May 2018 (SESSION_CALENDARS)
    expect(symbols('Recalling resolution 27/5 of 18 May 2018 on human rights,', ga('A/RES/78/229', '2023-12-19'))).toEqual([
      'Commission on Crime Prevention and Criminal Justice resolution 27/5',
    ]);
  });
  it('a date in the wrong part of the year does not fit (session 16 ended in March 2011)', () => {
    expect(symbols('Recalling resolution 16/18 of 24 October 2011 on human rights,', ga('A/RES/79/9', '2024-11-07'))).toEqual([]);
  });
});

describe('a body printed after the number', () => {
  it('A/RES/78/229 PP68: wins over the body inherited from the citation before', () => {
    const text =
      'Welcoming Commission on Crime Prevention and Criminal Justice resolution 27/5 of 18 May 201834 and resolution 11/4 of 21 October 2022 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime,35 which focused';
    expect(symbols(text, ga('A/RES/78/229', '2023-12-19'))).toEqual([
      'Commission on Crime Prevention and Criminal Justice resolution 27/5',
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 11/4',
    ]);
  });
  it('A/RES/78/229 PP72: is read past a footnote mark printed after a space', () => {
    const text =
      'Reaffirming also its resolution 76/185 of 16 December 2021, as well as resolutions 10/6 of 16 October 2020 36 and 11/3 of 21 October 2022 37 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime on preventing and combating transnational organized crime that affect the environment, and resolution 8/12 of 20 December 2019 38 of the Conference of the States Parties to the United Nations Convention against Corruption, on preventing';
    expect(symbols(text, ga('A/RES/78/229', '2023-12-19'))).toEqual([
      'A/RES/76/185',
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 10/6',
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 11/3',
      'Conference of the States Parties to the United Nations Convention against Corruption resolution 8/12',
    ]);
  });
});

describe('a body cited earlier in the same resolution', () => {
  it('A/RES/78/169: the Environment Assembly session of the same date', () => {
    const ctx = ga('A/RES/78/169', '2023-12-19');
    symbols('Recalling United Nations Environment Assembly resolution 5/11 of 2 March 2022,', ctx);
    expect(symbols('Recalling resolutions 5/14 of 2 March 2022, entitled “End plastic pollution: towards an international legally binding instrument”,', ctx)).toEqual([
      'United Nations Environment Assembly resolution 5/14',
    ]);
  });
  it('A/RES/79/190: an undated number of a session cited before, and the full name of "the Convention"', () => {
    const ctx = ga('A/RES/79/190', '2024-12-19');
    symbols('Recalling resolution 6/3 of 6 November 2015 of the Conference of the States Parties to the United Nations Convention against Corruption,', ctx);
    expect(symbols('Recalling resolution 6/2 on facilitating international cooperation in asset recovery,', ctx)).toEqual([
      'Conference of the States Parties to the United Nations Convention against Corruption resolution 6/2',
    ]);
    expect(symbols('Recalling resolution 9/8 of 17 December 2021 of the Conference of the States Parties to the Convention,', ctx)).toEqual([
      'Conference of the States Parties to the United Nations Convention against Corruption resolution 9/8',
    ]);
  });
  it('does not carry a body from one resolution to another', () => {
    symbols('Recalling United Nations Environment Assembly resolution 5/11 of 2 March 2022,', ga('A/RES/78/169', '2023-12-19'));
    // undated, so only the memory of the citing resolution could name the body
    expect(symbols('Recalling resolution 5/14,', ga('A/RES/78/170', '2023-12-19'))).toEqual([]);
  });
  it('a printed date must match the one remembered for that session', () => {
    const ctx = ga('A/RES/78/229', '2023-12-19');
    symbols('Welcoming resolution 11/4 of 21 October 2022 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime,', ctx);
    expect(symbols('Recalling resolution 11/1 of 25 April 2002,', ctx)).toEqual([]);
  });
});

describe('"adopted by the ..." after a title or subject, "adopted at the Nth meeting of the ..."', () => {
  it('A/RES/78/169 PP14: a titled list closed by the body that adopted it', () => {
    const text =
      'Recalling resolutions 5/14 of 2 March 2022, entitled “End plastic pollution: towards an international legally binding instrument”, 7 4/6 of 15 March 2019, entitled “Marine plastic litter and microplastics”, 8 and 4/9 of 15 March 2019, entitled “Addressing single-use plastic products pollution”,9 adopted by the United Nations Environment Assembly of the United Nations Environment Programme,';
    expect(symbols(text, ga('A/RES/78/169', '2023-12-19'))).toEqual([
      'United Nations Environment Assembly resolution 5/14',
      'United Nations Environment Assembly resolution 4/6',
      'United Nations Environment Assembly resolution 4/9',
    ]);
  });
  it('A/RES/79/202 OP3: a subject, a footnote mark, then the body', () => {
    const text =
      'recalls in this regard resolution 6/8 of 1 March 2024 on promoting sustainable lifestyles,19 adopted by the United Nations Environment Assembly of the United Nations Environment Programme at its sixth session, and encourages';
    expect(symbols(text, ga('A/RES/79/202', '2024-12-19'))).toEqual(['United Nations Environment Assembly resolution 6/8']);
  });
  it('A/RES/78/146 PP7: "decision 15/4 at the fifteenth meeting of the Conference of the Parties to ..."', () => {
    const text =
      'Welcoming the Kunming-Montreal Global Biodiversity Framework adopted in decision 15/4 at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity,';
    expect(symbols(text, ga('A/RES/78/146', '2023-12-19'))).toEqual(['Conference of the Parties to the Convention on Biological Diversity decision 15/4']);
  });
  it('A/RES/78/47 PP2: "of the Group ..." after a comma and a mark starts the next item, it names no body', () => {
    const text =
      'Recalling also the reports of the Group of Governmental Experts established pursuant to resolution 72/55, 1 of the Group of Governmental Experts established pursuant to resolution 61/72,2 and of the Group of Experts established pursuant to resolution 52/38 J,3';
    expect(symbols(text, ga('A/RES/78/47', '2023-12-04'))).toEqual(['A/RES/72/55', 'A/RES/61/72', 'A/RES/52/38J']);
  });
});

describe('a footnote mark glued to a body name', () => {
  it('A/RES/79/190 PP30: "the Convention14" is "the Convention", and takes the full name cited before', () => {
    const ctx = ga('A/RES/79/190', '2024-12-19');
    symbols('Recalling resolution 9/4 of 17 December 2021 of the Conference of the States Parties to the United Nations Convention against Corruption,', ctx);
    expect(symbols('Recalling resolution 7/2 of 10 November 2017 of the Conference of the States Parties to the Convention14 on preventive measures,', ctx)).toEqual([
      'Conference of the States Parties to the United Nations Convention against Corruption resolution 7/2',
    ]);
  });
});

describe('an Economic and Social Council resolution of the session opened in July before its year', () => {
  it('A/RES/80/186 PP17: resolution 2026/2 of 19 September 2025, cited in December 2025', () => {
    const text = 'Taking note of the adoption of Economic and Social Council resolution 2026/2 of 19 September 2025 on the revitalization of the work of the Council,';
    expect(symbols(text, ga('A/RES/80/186', '2025-12-15'))).toEqual(['E/RES/2026/2']);
  });
  it('is not cited before July of the year before its number', () => {
    expect(symbols('Recalling Economic and Social Council resolution 2026/2,', ga('A/RES/79/300', '2025-06-01'))).toEqual([]);
  });
});

describe('number/year citations of the FAO Conference', () => {
  it('A/RES/78/168 PP14: "resolution 6/2019 of 28 June 2019 of the Conference of the Food and Agriculture Organization ..."', () => {
    const text =
      'as well as resolution 6/2019 of 28 June 2019 of the Conference of the Food and Agriculture Organization of the United Nations on antimicrobial resistance,';
    expect(symbols(text, ga('A/RES/78/168', '2023-12-19'))).toEqual(['Conference of the Food and Agriculture Organization of the United Nations resolution 6/2019']);
  });
  it('with no body printed, "7/2019" is no citation', () => {
    expect(symbols('Recalling resolution 7/2019 of 28 June 2019,', ga('A/RES/78/168', '2023-12-19'))).toEqual([]);
  });
});

describe('long names of bodies we do not key', () => {
  it('A/RES/80/227 OP18: a 13-word Conference name before "resolution" is read whole', () => {
    const text =
      'Welcomes the establishment, in accordance with Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 12/4, of the open-ended intergovernmental expert group';
    expect(symbols(text, ga('A/RES/80/227', '2025-12-15'))).toEqual([
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 12/4',
    ]);
  });
  it('A/RES/80/140: a session cited under the short name first, then the full one, is still that body', () => {
    const ctx = ga('A/RES/80/140', '2025-12-15');
    symbols('Recalling decision 15/4 of the Conference of the Parties to the Convention,', ctx);
    symbols('Welcoming decision 15/5 of the Conference of the Parties to the Convention on Biological Diversity,', ctx);
    expect(symbols('in line with decisions 15/6 and 15/7;', ctx)).toEqual([
      'Conference of the Parties to the Convention on Biological Diversity decision 15/6',
      'Conference of the Parties to the Convention on Biological Diversity decision 15/7',
    ]);
  });
});

describe('a bare "resolution" after another body\'s citation, past a footnote mark', () => {
  it('A/RES/80/228 PP13: the Commission on Crime Prevention and Criminal Justice resolutions that follow', () => {
    const text =
      'Recalling Commission on Crime Prevention and Criminal Justice resolution 27/4 of 18 May 2018, entitled “Strengthening measures against trafficking in persons”,15 resolution 32/1 of 27 May 2023, entitled “Taking action against trafficking in persons in business operations”, 16 resolution 33/1 of 17 May 2024, entitled “Countering trafficking”,';
    expect(symbols(text, ga('A/RES/80/228', '2025-12-15'))).toEqual([
      'Commission on Crime Prevention and Criminal Justice resolution 27/4',
      'Commission on Crime Prevention and Criminal Justice resolution 32/1',
      'Commission on Crime Prevention and Criminal Justice resolution 33/1',
    ]);
  });
});

describe('the body whose session closed on the printed date', () => {
  it('A/RES/79/133 PP7: "resolution 10/7 of 16 October 2020" is the Organized Crime Convention Conference\'s', () => {
    const text = 'Recalling the adoption of resolution 10/7 of 16 October 2020, entitled “Combating transnational organized crime against cultural property”,';
    expect(symbols(text, ga('A/RES/79/133', '2024-12-17'))).toEqual([
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 10/7',
    ]);
  });
  it('A/RES/79/208 OP12: "decision 16/2 of 1 November 2024" is the Biodiversity Conference\'s', () => {
    expect(symbols('Acknowledges decision 16/2 of 1 November 2024 on the modalities for operationalizing the multilateral mechanism,', ga('A/RES/79/208', '2024-12-19'))).toEqual([
      'Conference of the Parties to the Convention on Biological Diversity decision 16/2',
    ]);
  });
  it('the same number on another day is no one\'s', () => {
    expect(symbols('Recalling resolution 10/7 of 17 October 2020,', ga('A/RES/79/133', '2024-12-17'))).toEqual([]);
  });
});
