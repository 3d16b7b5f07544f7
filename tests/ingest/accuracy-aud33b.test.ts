// Misses found by the session-33 audit aud33b (First Committee texts): "the signing of the <treaty> ... in Cairo on 11 April
// 1996" left the treaty undated (the participle "signed in Cairo on" after it was read, the noun before it not), and "the Final
// Document ... of 30 June 1978, 1" with "1 Resolution S-10/2." lost the resolution that adopted it (a day after "of" stood
// between the framework and its footnote mark). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const GA_80_14: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/14', date: '2025-12-01' };
const GA_78_121: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/121', date: '2023-12-06' };
const GA_79_79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/79', date: '2024-12-02' };
const GA_79_24: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/24', date: '2024-12-02' };
const GA_79_190: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/190', date: '2024-12-17' };
const GA_79_39: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/39', date: '2024-12-02' };
const GA_78_118: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/118', date: '2023-12-08' };

const PELINDABA = 'Framework:African Nuclear-Weapon-Free Zone Treaty';
const OSLO = 'Framework:Declaration of Principles on Interim Self-Government Arrangements';
const GENEVA_PROTOCOL = 'Framework:Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare';
const UNCAC = 'Framework:United Nations Convention against Corruption';
const FINAL_DOCUMENT = 'Framework:Final Document of the Tenth Special Session of the General Assembly';
const datesOf = (a: string[], key: string): string[] => a.filter((x) => x.startsWith(`ADOPTED_ON ${key} -> `));

describe('"the signing of the <treaty> [(short name)] [in <place>] on <day>": the treaty is ADOPTED_ON that day', () => {
  it('A/RES/80/14 PP2: "the signing of the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in Cairo on 11 April 1996"', () => {
    const { attributions } = oneParagraph({ ctx: GA_80_14, kind: 'preambular' });
    const text = 'Recalling also the signing of the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) in Cairo on 11 April 1996,';
    expect(datesOf(attributions(text), PELINDABA)).toEqual([`ADOPTED_ON ${PELINDABA} -> Date:1996-04-11`]);
  });

  it('A/RES/78/121 PP2: "the signing of the Declaration of Principles ... in Washington, D.C., on 13 September 1993, by the Government ..."', () => {
    const { attributions } = oneParagraph({ ctx: GA_78_121, kind: 'preambular' });
    const text =
      'Recalling also the signing of the Declaration of Principles on Interim Self-Government Arrangements in Washington, D.C., on 13 September 1993, by the Government of the State of Israel and the Palestine Liberation Organization, the representative of the Palestinian people, and the subsequent implementation agreements concluded by the two sides,';
    expect(datesOf(attributions(text), OSLO)).toEqual([`ADOPTED_ON ${OSLO} -> Date:1993-09-13`]);
  });

  it('A/RES/79/79 OP5: "the signing of the Protocol ... Warfare4 in Geneva on 17 June 1925" (a footnote mark before the place)', () => {
    const text =
      'Recalls the centenary of the signing of the Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare4 in Geneva on 17 June 1925;';
    const a = footnotedAttributions('OP5', text, '4', 'Warfare4', 'League of Nations, Treaty Series, vol. XCIV, No. 2138.', GA_79_79);
    expect(datesOf(a, GENEVA_PROTOCOL)).toEqual([`ADOPTED_ON ${GENEVA_PROTOCOL} -> Date:1925-06-17`]);
  });

  it('guard, A/RES/79/190 PP3: "the opening for signature of the Convention by Member States at the ... conference ... from 9 to 11 December 2003": no day of signing', () => {
    const { attributions } = oneParagraph({ ctx: GA_79_190, kind: 'preambular' });
    const text =
      'Noting the adoption of the United Nations Convention against Corruption by the General Assembly, in its resolution 58/4 of 31 October 2003, and the opening for signature of the Convention by Member States at the high-level political conference convened for that purpose in Merida, Mexico, from 9 to 11 December 2003, and highlighting the efforts of the United Nations Office on Drugs and Crime to promote the implementation of the Convention,';
    const a = attributions(text);
    expect(datesOf(a, UNCAC)).toEqual([]);
    expect(a).toContain(`ADOPTED Resolution:A/RES/58/4 -> ${UNCAC}`);
  });
});

describe('"<framework> of <day>, <mark>" with a note citing only the resolution: that resolution adopted it', () => {
  it('A/RES/79/39 PP3: "the Final Document of the Tenth Special Session of the General Assembly of 30 June 1978, 1" with "1 Resolution S-10/2."', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const text =
      'Emphasizing, in this regard, the fundamental role of the agreement on the Final Document of the Tenth Special Session of the General Assembly of 30 June 1978, 1 in which it is stated, inter alia, that “effective measures of nuclear disarmament and the prevention of nuclear war have the highest priority”,';
    const a = footnotedAttributions('PP3', text, '1', ', 1 in which', 'Resolution S-10/2.', GA_79_39);
    expect(a).not.toContain(`ADOPTED Resolution:A/RES/S-10/2 -> ${FINAL_DOCUMENT}`);
    expect(a).toContain(`ADOPTED_ON ${FINAL_DOCUMENT} -> Date:1978-06-30`);
  });

  it('guard, A/RES/78/118 OP17: "the Geneva Convention relative to ... in Time of War of 12 August 1949,15" with a note citing the Treaty Series: no ADOPTED', () => {
    const text =
      'Calls upon all States to comply fully with their obligations under international humanitarian law, including as provided for under the Geneva Convention relative to the Protection of Civilian Persons in Time of War of 12 August 1949,15 in order to respect and protect civilians;';
    const a = footnotedAttributions('OP17', text, '15', '1949,15', 'United Nations, Treaty Series, vol. 75, No. 973.', GA_78_118);
    expect(a.filter((x) => x.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('"the Protocols to the Treaty", "Protocol III to the Treaty": the protocols of the treaty the resolution named last', () => {
  const OP3 =
    'Recalls the convening of the first Conference of States Parties to the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba), on 4 November 2010, and the sixth Conference of States Parties, on 24 and 25 October 2024, all held in Addis Ababa;';
  const OP4 = 'Expresses its appreciation to the nuclear-weapon States that have signed the Protocols to the Treaty that concern them, and calls upon those that have not yet ratified the Protocols that concern them to do so as soon as possible;';
  const OP5 =
    'Calls upon the States contemplated in Protocol III to the Treaty that have not yet done so to take all measures necessary to ensure the speedy application of the Treaty to territories for which they are, de jure or de facto, internationally responsible and which lie within the limits of the geographical zone established in the Treaty;';

  it('A/RES/80/14 OP4, OP5: "Protocols to the Treaty" and "Protocol III to the Treaty" after OP3 named the African Nuclear-Weapon-Free Zone Treaty', () => {
    const { relations } = oneParagraph({ ctx: GA_80_14, kind: 'operative' });
    const ctx: RecognizeContext = { ...GA_80_14 };
    relations(OP3, 'operative', ctx);
    expect(relations(OP4, 'operative', ctx)).toContain('EXPRESSES Framework:Protocols to the African Nuclear-Weapon-Free Zone Treaty');
    expect(relations(OP5, 'operative', ctx)).toContain('CALLS_UPON Framework:Protocol III to the African Nuclear-Weapon-Free Zone Treaty');
  });

  it('guard, A/RES/80/14 OP5: the later "the Treaty" is still the treaty, not its protocol', () => {
    const { relations } = oneParagraph({ ctx: GA_80_14, kind: 'operative' });
    const ctx: RecognizeContext = { ...GA_80_14 };
    relations(OP3, 'operative', ctx);
    relations(OP4, 'operative', ctx);
    expect(relations(OP5, 'operative', ctx)).toContain(`CALLS_UPON ${PELINDABA}`);
  });

  it('guard, A/RES/79/24 OP2: "the Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia", named in full, keeps its name', () => {
    const { keys } = oneParagraph({ ctx: GA_79_24, kind: 'operative' });
    const text = 'Welcomes the signing of the Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia on 6 May 2014 by all five nuclear-weapon States;';
    expect(keys(text, 'Framework:Protocol')).toEqual(['Framework:Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia']);
  });
});
