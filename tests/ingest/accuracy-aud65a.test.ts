// Session-65 audit aud65a: A/RES/80/224 (Situation of human rights in the Syrian Arab Republic, Third Committee) and the texts of
// the genre that print the same words. Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const SYRIA_TITLE = 'Situation of human rights in the Syrian Arab Republic';
const SYRIA_CTX = ctxOf('A/RES/80/224', '2025-12-18', SYRIA_TITLE);
const { keys, relations, attributions } = oneParagraph({ ctx: SYRIA_CTX, kind: 'preambular' });
const SYRIA = 'Place:Syrian Arab Republic';
const OPCW = 'Organization:Organisation for the Prohibition of Chemical Weapons';
const OPCW_EC = 'Organization:Executive Council of the Organisation for the Prohibition of Chemical Weapons';
const IIT = 'Organization:Investigation and Identification Team';
const IIMP = 'Organization:Independent Institution on Missing Persons in the Syrian Arab Republic';

// A/RES/80/224 PP16, as printed
const PP16 =
  'Welcoming the commitment expressed during the 108th session of the Executive Council of the Organisation for the Prohibition of Chemical Weapons by the Minister for Foreign Affairs and Expatriates of the Syrian Arab Republic to work with the Technical Secretariat of the Organisation and other States Parties to the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction towards the rapid and complete elimination of the Assad regime’s chemical weapons programme in accordance with the obligations of Syria under Security Council resolution 2118 (2013) of 27 September 2013 and the Chemical Weapons Convention, encouraging the Government to continue its cooperation with the Organisation, and welcoming also the steps taken by the new Government of Syria to support and facilitate the work of the Technical Secretariat, despite the challenges facing the country after 14 years of war,';

describe('an organ printed with its owner inside its own sitting\'s name is PART_OF the owner, as printed alone', () => {
  it('A/RES/80/224 PP16: "the 108th session of the Executive Council of the Organisation for the Prohibition of Chemical Weapons"', () => {
    const atts = attributions(PP16);
    expect(atts).toContain(`SESSION_OF Event:108th session of the Executive Council of the Organisation for the Prohibition of Chemical Weapons -> ${OPCW_EC}`);
    expect(atts).toContain(`PART_OF ${OPCW_EC} -> ${OPCW}`);
    // (the Technical Secretariat printed on its own keeps its PART_OF)
    expect(atts).toContain(`PART_OF Organization:Technical Secretariat of the Organisation for the Prohibition of Chemical Weapons -> ${OPCW}`);
  });

  it('guard: the bodies inside the sitting\'s name still take no verb (session 63)', () => {
    const rels = relations(PP16);
    expect(rels).not.toContain(`WELCOMES ${OPCW_EC}`);
    expect(rels).not.toContain(`WELCOMES ${OPCW}`);
  });

  it('guard: A/RES/79/56 OP16-style organ printed alone: one PART_OF, not two', () => {
    const atts = attributions('Requests the Executive Council of the Organisation for the Prohibition of Chemical Weapons to report on the matter;', 'operative');
    expect(atts.filter((a) => a === `PART_OF ${OPCW_EC} -> ${OPCW}`)).toHaveLength(1);
  });
});

describe('a Team printed with its owner after " of the " is PART_OF it, as an agency, centre or institute is', () => {
  it('A/RES/80/224 PP15: "the findings of the Investigation and Identification Team of the Organisation for the Prohibition of Chemical Weapons"', () => {
    const text =
      'Reiterating its grave concern at the findings of the Investigation and Identification Team of the Organisation for the Prohibition of Chemical Weapons attributing responsibility for multiple chemical weapons attacks to the former Assad regime and in one instance to Da’esh,';
    expect(attributions(text)).toContain(`PART_OF ${IIT} -> ${OPCW}`);
    expect(relations(text)).toEqual(expect.arrayContaining([`REITERATES ${IIT}`, `REITERATES ${OPCW}`]));
  });

  it('guard: A/RES/79/134 OP8 "the first report of the Investigation and Identification Team pursuant to ...": no owner printed, no PART_OF', () => {
    const text = 'Notes the first report of the Investigation and Identification Team pursuant to paragraph 10 of decision C-SS-4/DEC.3;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith(`PART_OF ${IIT}`))).toEqual([]);
  });
});

describe('"the Government" printed bare in a "Situation of human rights in <State>" text: that State', () => {
  it('A/RES/80/224 PP16: "encouraging the Government to continue its cooperation with the Organisation"', () => {
    expect(relations(PP16)).toContain(`ENCOURAGES ${SYRIA}`);
  });

  it('A/RES/79/183 OP25 (78/220, 80/222): "and calls upon the Government to ensure accountability"', () => {
    const text =
      'Expresses concern at the continued harassment of the families of the victims of the downing of Ukraine International Airlines flight 752, and calls upon the Government to ensure accountability for the victims;';
    const ctx = ctxOf('A/RES/79/183', '2024-12-17', 'Situation of human rights in the Islamic Republic of Iran');
    expect(relations(text, 'operative', ctx).filter((r) => r.startsWith('CALLS_UPON Place:'))).toHaveLength(1);
  });

  it('guard: A/RES/78/218 PP "limitations in the capacity of the Government to respond": the State spoken of, a mention and no verb', () => {
    const text =
      'Expressing grave concern at the limitations in the capacity of the Government to respond to natural disasters, and emphasizing in this context the need for assistance,';
    const ctx = ctxOf('A/RES/78/218', '2023-12-19', 'Situation of human rights in the Democratic People’s Republic of Korea');
    expect(keys(text, 'Place:', 'preambular', ctx)).toHaveLength(1);
    expect(relations(text, 'preambular', ctx).filter((r) => r.includes('Place:'))).toEqual([]);
  });

  it('guard: the same words in a text of another title name no State (which Government is not said)', () => {
    const ctx = ctxOf('A/RES/80/100', '2025-12-10', 'Assistance to the Palestine refugees');
    expect(keys('Calls upon the Government to ensure accountability for the victims;', 'Place:', 'operative', ctx)).toEqual([]);
  });

  it('guard: "the Government of Syria" and "the Governments" are not read twice or as the State', () => {
    expect(keys('Encourages the Government of Syria to ensure accountability;', SYRIA, 'operative')).toHaveLength(1);
    expect(keys('Encourages the Governments concerned to cooperate;', 'Place:', 'operative')).toEqual([]);
  });
});

describe('the Syrian governorates\' seats the texts name are Places; spoken of, no verb', () => {
  it('A/RES/80/224 OP2: "throughout Hasakah, Raqqah and Suwayda’"; PP20 "violence in Suwayda’ ... including in Latakia"', () => {
    const op2 = 'Welcomes the recent parliamentary elections in Syria, and looks forward to the final results of the elections once they have occurred throughout Hasakah, Raqqah and Suwayda’;';
    expect(keys(op2, 'Place:', 'operative')).toEqual(expect.arrayContaining(['Place:Hasakah', 'Place:Raqqah', "Place:Suwayda'"]));
    expect(relations(op2, 'operative').filter((r) => r.includes('Place:'))).toEqual([]);
    const pp20 = 'Expressing deep concern over the reports of attacks since December 2024, including violence in Suwayda’ and southern Syria in July 2025, including in Latakia,';
    expect(keys(pp20, 'Place:')).toEqual(expect.arrayContaining(["Place:Suwayda'", 'Place:Latakia']));
    expect(relations(pp20).filter((r) => r.includes('Place:'))).toEqual([]);
  });
});

describe('"the Independent Institution" after the Institution\'s full name is that Institution', () => {
  it('A/RES/80/224 PP17: "reiterating the call ... for all States and other relevant actors to cooperate with the Independent Institution"', () => {
    const text =
      'Noting that efforts will continue, encouraging the continued coordination and cooperation between the Syrian National Commission for Missing Persons, civil society and the Independent Institution on Missing Persons, and reiterating the call of the General Assembly in its resolution 77/301 of 29 June 2023 for all States and other relevant actors to cooperate with the Independent Institution, which is humanitarian in nature,';
    expect(relations(text)).toContain(`REITERATES ${IIMP}`);
  });

  it('guard: printed with no Institution named before, it names nothing', () => {
    expect(keys('Noting the call for all States to cooperate with the Independent Institution,', 'Organization:')).toEqual([]);
  });
});
