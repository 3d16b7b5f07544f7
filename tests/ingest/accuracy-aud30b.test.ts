// Misses found by the session-30 audit aud30b: A/RES/79/48 (1925 Geneva Protocol), A/RES/79/324 (Extraordinary Chambers in
// the Courts of Cambodia) and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractParagraph } from '../../ingest/extract.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/48', date: '2024-12-02' };
const { attributions, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const GENEVA_PROTOCOL = 'Framework:Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare';
const adoptedOn = (xs: string[]) => xs.filter((a) => a.startsWith('ADOPTED_ON'));

describe('a treaty "signed at <place> on <day>" is ADOPTED_ON that day, whatever the words before its name', () => {
  it('A/RES/79/48 PP3 (80/34 PP4): "measures to uphold the authority of the Protocol ..., signed at Geneva on 17 June 1925,1"', () => {
    const text =
      'Recalling the long-standing determination of the international community to achieve the effective prohibition of the development, production, stockpiling and use of chemical and biological weapons, as well as the continuing support for measures to uphold the authority of the Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare, signed at Geneva on 17 June 1925,1 as expressed by consensus in many previous resolutions,';
    expect(adoptedOn(attributions(text))).toEqual([`ADOPTED_ON ${GENEVA_PROTOCOL} -> Date:1925-06-17`]);
  });

  it('A/RES/78/39 PP6 (80/47): "as an essential component of the Declaration on the Zone of Peace, Freedom and Neutrality, signed in Kuala Lumpur on 27 November 1971"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/39', date: '2023-12-04' };
    const text =
      'Recalling the signing of the Treaty on the Southeast Asia Nuclear Weapon-Free Zone in Bangkok on 15 December 1995, as an essential component of the Declaration on the Zone of Peace, Freedom and Neutrality, signed in Kuala Lumpur on 27 November 1971,';
    expect(attributions(text, 'preambular', ctx)).toContain('ADOPTED_ON Framework:Declaration on the Zone of Peace, Freedom and Neutrality -> Date:1971-11-27');
  });

  // (session 52, aud52f: opening a treaty for signature is not adopting it)
  it('A/RES/80/15 PP1: "the Treaty ... (Treaty of Tlatelolco)1 was opened for signature in Mexico City on 14 February 1967": no ADOPTED_ON', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/15', date: '2025-12-01' };
    const text =
      'Recalling that the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean (Treaty of Tlatelolco)1 was opened for signature in Mexico City on 14 February 1967,';
    expect(adoptedOn(attributions(text, 'preambular', ctx))).toEqual([]);
  });

  it('A/RES/78/40 PP19 (79/41, 80/48): "the Treaty on the Prohibition of Nuclear Weapons was adopted on 7 July 2017" (no "which")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/40', date: '2023-12-04' };
    const text = 'Recalling that the Treaty on the Prohibition of Nuclear Weapons was adopted on 7 July 2017,';
    expect(adoptedOn(attributions(text, 'preambular', ctx))).toEqual(['ADOPTED_ON Framework:Treaty on the Prohibition of Nuclear Weapons -> Date:2017-07-07']);
  });

  it('guard: a text about the treaty signed that day is not the treaty ("the amendments to the Protocol ..., signed at")', () => {
    const text =
      'Noting the amendments to the Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare, signed at Geneva on 17 June 2020,';
    expect(adoptedOn(attributions(text))).toEqual([]);
  });

  it('guard: after "the authority of the", a day not of its signing dates nothing', () => {
    const text =
      'Recalling the support for measures to uphold the authority of the Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare, as expressed on 17 June 2020,';
    expect(adoptedOn(attributions(text))).toEqual([]);
  });
});

describe('"Renews its previous call" is the call said again (REITERATES)', () => {
  it('A/RES/79/48 OP2: "Renews its previous call to all States to observe strictly the principles and objectives of the Protocol ..."', () => {
    const text =
      'Renews its previous call to all States to observe strictly the principles and objectives of the Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare, and reaffirms the vital necessity of upholding its provisions;';
    expect(relations(text, 'operative')).toEqual([`REITERATES ${GENEVA_PROTOCOL}`]);
  });

  it('guard: "Renews its previous commitment to the Protocol ..." types no edge', () => {
    const text =
      'Renews its previous commitment to the Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare;';
    expect(relations(text, 'operative')).toEqual([]);
  });
});

describe('the Extraordinary Chambers in the Courts of Cambodia: one Organization, "the Extraordinary Chambers" after its full name', () => {
  const ECCC = 'Organization:Extraordinary Chambers in the Courts of Cambodia';
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/79/324', date: '2025-08-25' });
  const para = (c: RecognizeContext, id: string, text: string) =>
    extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [], subparagraphs: [] }, c);
  const PP2 =
    'Recalling also that the expenses of the Extraordinary Chambers in the Courts of Cambodia shall be defrayed in accordance with the relevant provisions of the Agreement between the United Nations and the Royal Government of Cambodia concerning the Prosecution under Cambodian Law of Crimes Committed during the Period of Democratic Kampuchea (the Agreement) 1 and that the expenses to be defrayed by the United Nations in accordance with those provisions shall be borne by voluntary contributions from the international community, in accordance with resolution 57/228 B of 13 May 2003,';
  const PP3 =
    'Welcoming the efforts of the Secretary-General and the Royal Government of Cambodia towards completion of the work of the Extraordinary Chambers, including with regard to the drawdown of activities and the residual functions requiring performance,';
  const OP1 =
    'Encourages the Secretary-General and the Royal Government of Cambodia to take all the measures necessary to fully implement the Addendum to the Agreement between the United Nations and the Royal Government of Cambodia concerning the Prosecution under Cambodian Law of Crimes Committed during the Period of Democratic Kampuchea on the Transitional Arrangements and the Completion of Work of the Extraordinary Chambers (the Addendum) 3 with a view to working towards the completion of the remaining residual functions and ensuring an orderly and timely transition to the new Cambodian institution;';
  const OP2 =
    'Requests the Secretary-General to undertake with the Royal Government of Cambodia similar consultations, as envisaged under article 2, paragraph 2, of the Addendum, with respect to the period beyond 2027, to assess whether there is any need for the remaining residual functions to be performed by the Extraordinary Chambers;';

  it('A/RES/79/324 PP2, PP3: the full name, then "the work of the Extraordinary Chambers" (WELCOMES it)', () => {
    const c = ctx();
    expect(para(c, 'PP2', PP2).relations.map((r) => `${r.type} ${r.target}`)).toContain(`RECALLS ${ECCC}`);
    expect(para(c, 'PP3', PP3).relations.map((r) => `${r.type} ${r.target}`)).toContain(`WELCOMES ${ECCC}`);
  });

  it('A/RES/79/324 OP1, OP2: "(the Addendum)" after a title ending in its name is no acronym of the Chambers ("of the Addendum" is not them)', () => {
    const c = ctx();
    para(c, 'PP2', PP2);
    para(c, 'OP1', OP1);
    const op2 = para(c, 'OP2', OP2);
    const eccc = op2.mentions.filter((m) => m.key === ECCC).map((m) => m.phrase);
    expect(eccc).toEqual(['Extraordinary Chambers']);
  });

  it('guard: "the Extraordinary Chambers" with no full name before is nothing', () => {
    expect(para(ctx(), 'PP3', PP3).mentions.filter((m) => m.key === ECCC)).toEqual([]);
  });

  it('guard: an acronym in brackets after the name still defines it ("(ECCC)")', () => {
    const c = ctx();
    para(c, 'PP2', 'Recalling the establishment of the Extraordinary Chambers in the Courts of Cambodia (ECCC),');
    expect(para(c, 'OP1', 'Requests the Secretary-General to report on the work of the ECCC;').mentions.filter((m) => m.key === ECCC).map((m) => m.phrase)).toEqual(['ECCC']);
  });
});

describe('the Western Sahara talks\' venues: Manhasset and Long Island, New York', () => {
  const { keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/98', date: '2024-12-04' }, kind: 'preambular' });
  const PP9 =
    'Also expressing its satisfaction at the holding of nine informal meetings convened by the Personal Envoy of the Secretary-General on 9 and 10 August 2009 in Dürnstein, Austria, on 10 and 11 February 2010 in Westchester County, New York, United States of America, from 7 to 10 November 2010, from 16 to 18 December 2010 and from 21 to 23 January 2011, all on Long Island, New York, from 7 to 9 March 2011 in Mellieha, Malta, from 5 to 7 June 2011 and from 19 to 21 July 2011, both on Long Island, and from 11 to 13 March 2012 in Manhasset, New York, to prepare for the fifth round of negotiations,';

  it('A/RES/79/98 PP9 (78/85, 80/89): "all on Long Island, New York", "in Manhasset, New York"', () => {
    const places = keys(PP9, 'Place:');
    expect(places).toContain('Place:Long Island');
    expect(places).toContain('Place:Manhasset');
  });

  it('guard: the other venues of the paragraph stay as they were', () => {
    expect([...new Set(keys(PP9, 'Place:'))].sort()).toEqual(
      ['Place:Austria', 'Place:Dürnstein', 'Place:Long Island', 'Place:Malta', 'Place:Manhasset', 'Place:Mellieha', 'Place:New York', 'Place:United States of America', 'Place:Westchester County'],
    );
  });
});
