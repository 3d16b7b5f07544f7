// Session-41 audit aud41h: dates on a fresh random sample of corpus-ga (A/RES/79/160, 79/87, 78/78, 78/206, 79/219, 78/144,
// 80/181, 79/157): every Date node and every STARTS_ON / ENDS_ON / ADOPTED_ON edge judged against the text. Fixed, each with
// the file and paragraph it was found in and a guard:
// - a framework "adopted by" / "adopted at" a body or sitting whose name holds commas, then "on <day>" ("the Durban Declaration
//   and Programme of Action adopted by the World Conference against Racism, Racial Discrimination, Xenophobia and Related
//   Intolerance on 8 September 2001", A/RES/79/160 PP7): ADOPTED_ON that day, the names read as masked (also "adopted at the
//   Intergovernmental Conference in Marrakech, Morocco, on 10 December 2018", A/RES/79/154 PP10);
// - "the adoption of <framework> by <sitting> in <year>" (A/RES/78/144 PP16): the framework ADOPTED_ON that year;
// - a framework dated by a month printed alone after "of" ("the Rio Declaration on Environment and Development of June 1992",
//   A/RES/78/206 PP16): ADOPTED_ON that month (a day was read before, a month was not);
// - a sitting's acronym in brackets between its name and "in <year>" ("... Outer Space (UNISPACE IV) in 2027", A/RES/79/87
//   OP3): STARTS_ON the year, as without the acronym;
// - a framework dated by its year after "of" ("the Regulations annexed to the Hague Convention IV of 1907", A/RES/78/78 PP7) or
//   by the year ending its name ("the Ministerial Declaration of 2019", "the Bishkek Declaration of 2017"): ADOPTED_ON that year
//   (no Date was read at all), not the year of the text a name is "to" ("Additional Protocol I to the Geneva Conventions of 1949").
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/160', date: '2024-12-17' };
const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/206', date: '2023-12-19' };
const pp79 = oneParagraph({ ctx: GA79, kind: 'preambular' });
const op79 = oneParagraph({ ctx: { ...GA79, symbol: 'A/RES/79/87', date: '2024-12-04' }, kind: 'operative' });
const pp78 = oneParagraph({ ctx: GA78, kind: 'preambular' });

const DURBAN = 'Framework:Durban Declaration and Programme of Action';
const RIO = 'Framework:Rio Declaration on Environment and Development';
const TEN_YFP = 'Framework:10-Year Framework of Programmes on Sustainable Consumption and Production Patterns';
const UNISPACE4 = 'Event:Fourth United Nations Conference on the Peaceful Exploration of Outer Space';

const adoptedOn = (attributions: string[]): string[] => attributions.filter((a) => a.startsWith('ADOPTED_ON '));

describe('a framework adopted by a body or sitting whose name holds commas, on a day', () => {
  it('A/RES/79/160 PP7 (78/190, 80/192): "the Durban Declaration and Programme of Action adopted by the World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance on 8 September 2001": ADOPTED_ON 2001-09-08', () => {
    const text =
      'Recalling the relevant provisions of the Durban Declaration and Programme of Action adopted by the World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance on 8 September 2001, 9 in particular paragraph 2 of the Declaration and paragraphs 84 to 86 of the Programme of Action, as well as the relevant provisions of the outcome document of the Durban Review Conference of 24 April 2009,10 in particular paragraphs 11, 13 and 54,';
    const att = pp79.attributions(text);
    expect(adoptedOn(att)).toEqual([`ADOPTED_ON ${DURBAN} -> Date:2001-09-08`]);
    // (the conference that adopted it still ADOPTED it)
    expect(att.some((a) => a.startsWith('ADOPTED Event:World Conference against Racism') && a.endsWith(DURBAN))).toBe(true);
  });

  it('A/RES/79/154 PP10: "the Global Compact for Safe, Orderly and Regular Migration, adopted at the Intergovernmental Conference in Marrakech, Morocco, on 10 December 2018": ADOPTED_ON 2018-12-10', () => {
    const text =
      'Recalling the Global Compact for Safe, Orderly and Regular Migration, adopted at the Intergovernmental Conference in Marrakech, Morocco, on 10 December 2018 and endorsed by the General Assembly in its resolution 73/195 of 19 December 2018,';
    expect(adoptedOn(pp79.attributions(text))).toContain('ADOPTED_ON Framework:Global Compact for Safe, Orderly and Regular Migration -> Date:2018-12-10');
  });

  it('guard: A/RES/78/180 PP8: the same compact "adopted at the Intergovernmental Conference ..., held in Marrakech, Morocco, on 10 and 11 December 2018": the conference\'s two days, no day of adoption', () => {
    const text =
      'Recalling the Global Compact for Safe, Orderly and Regular Migration, adopted at the Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration, in Marrakech, Morocco, on 10 and 11 December 2018, and endorsed by the General Assembly,';
    expect(adoptedOn(pp79.attributions(text))).toEqual([]);
  });

  it('guard: a clause between the body and the day ("adopted by the Commission on the Status of Women, including at its sixty-seventh session, on 17 March 2023") dates no framework', () => {
    const text =
      'Recalling the agreed conclusions adopted by the Commission on the Status of Women, including at its sixty-seventh session, on 17 March 2023, and the Beijing Declaration and Platform for Action,';
    expect(adoptedOn(pp79.attributions(text)).filter((a) => a.includes('Beijing'))).toEqual([]);
  });
});

describe('"the adoption of <framework> by <sitting> in <year>"', () => {
  it('A/RES/78/144 PP16 (79/220, 80/133): "Recalling the adoption of the 10-Year Framework of Programmes ... by the United Nations Conference on Sustainable Development in 2012": ADOPTED_ON 2012', () => {
    const text =
      'Recalling the adoption of the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns by the United Nations Conference on Sustainable Development in 2012,9';
    const att = pp78.attributions(text);
    expect(adoptedOn(att)).toEqual([`ADOPTED_ON ${TEN_YFP} -> Date:2012`]);
    expect(att).toContain(`ADOPTED Event:United Nations Conference on Sustainable Development @ 2012 -> ${TEN_YFP}`);
  });

  it('guard: without "the adoption of" ("Recalling the 10-Year Framework ..., the United Nations Conference on Sustainable Development in 2012") no year of adoption is read', () => {
    const text =
      'Recalling the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns, welcomed by the United Nations Conference on Sustainable Development in 2012,';
    expect(adoptedOn(pp78.attributions(text))).toEqual([]);
  });
});

describe('a framework dated by a month printed alone after "of"', () => {
  it('A/RES/78/206 PP16 (80/216 PP15): "the Rio Declaration on Environment and Development of June 199216 and its resolution 66/288": ADOPTED_ON 1992-06 (the footnote mark glued to the year)', () => {
    const text =
      'Recalling also the Rio Declaration on Environment and Development of June 199216 and its resolution 66/288 of 27 July 2012, entitled “The future we want”, and emphasizing the critical importance of water and sanitation within the three dimensions of sustainable development,';
    expect(adoptedOn(pp78.attributions(text))).toEqual([`ADOPTED_ON ${RIO} -> Date:1992-06`]);
  });

  it('guard: two months after "of" (as A/RES/78/94 prints "... Accord of March 2018 and November 2019") are two texts\' dates, none the framework\'s', () => {
    const text = 'Recalling the Rio Declaration on Environment and Development of June 1992 and September 1993, and the Agenda 21,';
    expect(adoptedOn(pp78.attributions(text))).toEqual([]);
  });

  it('guard: a day after "of" is still read ("the Declaration of Principles on Interim Self-Government Arrangements of 13 September 1993", A/RES/78/78 PP13)', () => {
    const text = 'Recalling also the Declaration of Principles on Interim Self-Government Arrangements of 13 September 1993 13 and the subsequent implementation agreements between the Palestinian and Israeli sides,';
    expect(adoptedOn(pp78.attributions(text))).toEqual(['ADOPTED_ON Framework:Declaration of Principles on Interim Self-Government Arrangements -> Date:1993-09-13']);
  });
});

describe("a sitting's acronym in brackets before \"in <year>\"", () => {
  it('A/RES/79/87 OP3 (80/76 OP3, 79/1 OP84): "the proposal to hold a fourth United Nations Conference on the Peaceful Exploration of Outer Space (UNISPACE IV) in 2027": STARTS_ON 2027', () => {
    const text = 'Encourages the Committee to further consult on the proposal to hold a fourth United Nations Conference on the Peaceful Exploration of Outer Space (UNISPACE IV) in 2027;11';
    expect(op79.attributions(text)).toContain(`STARTS_ON ${UNISPACE4} -> Date:2027`);
  });

  it('guard: words in brackets that are no acronym ("(the fourth Conference) in 2027") date nothing', () => {
    const text = 'Encourages the Committee to further consult on the proposal to hold a fourth United Nations Conference on the Peaceful Exploration of Outer Space (the fourth Conference) in 2027;';
    expect(op79.attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('guard: a dated one-off sitting of the gazetteer keeps its own days ("the World Summit on the Information Society (WSIS) in 2025" names its review\'s year)', () => {
    const text = 'Recalling the outcomes of the World Summit on the Information Society (WSIS) in 2025 and the Tunis Agenda for the Information Society,';
    expect(pp78.attributions(text).filter((a) => a.startsWith('STARTS_ON Event:World Summit on the Information Society'))).toEqual([]);
  });
});

describe('a framework dated by its year after "of", or by the year ending its name', () => {
  it('A/RES/78/78 PP7 (79/91, 80/81): "the Regulations annexed to the Hague Convention IV of 1907, the Geneva Convention relative to ..., of 12 August 1949": ADOPTED_ON 1907 and 1949-08-12', () => {
    const text =
      'Reaffirming the applicability of the Regulations annexed to the Hague Convention IV of 1907, the Geneva Convention relative to the Protection of Civilian Persons in Time of War, of 12 August 1949,5 and relevant provisions of customary law, including those codified in Additional Protocol I6 to the four Geneva Conventions,7 to the Occupied Palestinian Territory, including East Jerusalem,';
    expect(adoptedOn(pp78.attributions(text)).sort()).toEqual([
      'ADOPTED_ON Framework:Geneva Convention relative to the Protection of Civilian Persons in Time of War -> Date:1949-08-12',
      'ADOPTED_ON Framework:Hague Convention IV -> Date:1907',
    ]);
  });

  it('A/RES/78/131 PP18: "following up to the Ministerial Declaration of 2019": the year ending the name, ADOPTED_ON 2019', () => {
    const text = 'Recalling the joint ministerial statement of the Commission on Narcotic Drugs on the 2024 midterm review, following up to the Ministerial Declaration of 2019,8';
    expect(adoptedOn(pp78.attributions(text)).filter((a) => a.endsWith('Date:2019'))).toHaveLength(1);
  });

  it('guard: A/RES/79/160 OP16: "article 34 of Additional Protocol I to the Geneva Conventions of 1949": the Conventions\' year, no date of Protocol I', () => {
    const text =
      'Expresses deep concern, and in this regard urges States to fully comply with their relevant obligations, inter alia, under article 34 of Additional Protocol I to the Geneva Conventions of 1949; 13';
    expect(adoptedOn(op79.attributions(text))).toEqual([]);
  });

  it('guard: a year named as a Year after "of" ("the proclamation of the Declaration of 2019 as ...") and a range ("the Sendai Framework of 2015–2030") date no framework', () => {
    expect(adoptedOn(pp78.attributions('Welcoming the Universal Declaration of Human Rights of 2019 as the basis of its work,'))).toEqual([]);
    expect(adoptedOn(pp78.attributions('Recalling the Sendai Framework for Disaster Risk Reduction of 2015–2030,'))).toEqual([]);
  });
});
