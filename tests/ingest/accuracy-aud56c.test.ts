// Audit aud56c (session 56): faults found annotating A/RES/79/212 (Combating sand and dust storms, Second Committee) and A/RES/78/22
// (Role of science and technology in the context of international security and disarmament, First Committee) from their raw texts
// (tests/gold/aud56c-*.gold.tsv). Each case quotes the file and paragraph it comes from; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_22: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/22', date: '2023-12-04' };
const GA79_212: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/212', date: '2024-12-19' };
const { relations } = oneParagraph({ ctx: GA79_212, kind: 'preambular' });

const UN = 'Organization:United Nations';

describe('the United Nations as the setting of discussions "within" it, as "in" it (session 55 ruling): no target', () => {
  it('A/RES/78/22 PP10: "Noting also the discussions within the United Nations and the specialized agencies on developments ..."', () => {
    const pp10 =
      'Noting also the discussions within the United Nations and the specialized agencies on developments in the field of information and communications technologies, including in the context of international security,';
    expect(relations(pp10, 'preambular', GA78_22).filter((r) => r.endsWith(UN))).toEqual([]);
  });

  it('guard: the United Nations as a partner ("cooperation with the United Nations") stays the target', () => {
    const t = 'Noting also the cooperation within regional organizations and with the United Nations on developments in the field of information and communications technologies,';
    expect(relations(t, 'preambular', GA78_22)).toContain(`NOTES ${UN}`);
  });
});

describe('a Conference of the Parties, subject of the act its own decision reports ("in which the Conference urged"), is its author: no target', () => {
  const COP_UNCCD = / Event:Conference of the Parties to the United Nations Convention to Combat Desertification/;

  it('A/RES/79/212 PP9: "noting also decision 26/COP.15 of 20 May 2022,9 in which the Conference urged a proactive approach ..."', () => {
    const pp9 =
      'Welcoming the convening of the fifteenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification, held in Abidjan, Côte d’Ivoire, from 9 to 20 May 2022, noting the adoption of the Abidjan Call as well as the Abidjan Legacy Programme, to address drought and preserve and restore the terrestrial ecosystem, reverse land degradation and halt the loss of biodiversity, noting also decision 26/COP.15 of 20 May 2022, in which the Conference urged a proactive approach to enhance cooperation at all levels to address the causes and impacts of sand and dust storms,';
    const rels = relations(pp9);
    expect(rels).toContain('NOTES Resolution:Conference of the Parties to the United Nations Convention to Combat Desertification decision 26/COP.15');
    expect(rels.filter((r) => COP_UNCCD.test(r))).toEqual([]);
    // (the session the paragraph welcomes stays the target)
    expect(rels.some((r) => r.startsWith('WELCOMES Event:fifteenth session of the Conference of the Parties'))).toBe(true);
  });

  it('guard: the Conference as the object of a later verb takes it ("..., and invites the Conference of the Parties to ...")', () => {
    const t =
      'Noting decision 26/COP.15 of 20 May 2022, in which the Conference urged a proactive approach to address sand and dust storms, and inviting the Conference of the Parties to the United Nations Convention to Combat Desertification to continue its work,';
    expect(relations(t).filter((r) => COP_UNCCD.test(r)).map((r) => r.split(' ')[0])).toEqual(['INVITES']);
  });
});

describe('a session of an organ printed with its second name after a slash ("Governing Council/Global Ministerial Environment Forum of UNEP") is the organ\'s', () => {
  const { attributions } = oneParagraph({ ctx: GA79_212, kind: 'preambular' });
  const GC = 'Organization:Governing Council of the United Nations Environment Programme';

  it('A/RES/79/212 PP14: "... on the margins of the twenty-seventh session of the Governing Council/Global Ministerial Environment Forum of the United Nations Environment Programme"', () => {
    const pp14 =
      'Taking note of the Regional Programme to Combat Sand and Dust Storms of the United Nations Environment Programme, and of other initiatives, including the ministerial meeting on sand and dust storms held in Nairobi on 21 February 2013 on the margins of the twenty-seventh session of the Governing Council/Global Ministerial Environment Forum of the United Nations Environment Programme,';
    const att = attributions(pp14);
    expect(att).toContain(`SESSION_OF Event:twenty-seventh session of the Governing Council/Global Ministerial Environment Forum of the United Nations Environment Programme -> ${GC}`);
    // (the organ holding the session is its owner's, lead's ruling of session 53)
    expect(att).toContain(`PART_OF ${GC} -> Organization:United Nations Environment Programme`);
  });

  it('guard: a session of the Assembly of an organization keeps its organ ("the twenty-fifth session of the General Assembly of the World Tourism Organization")', () => {
    const t = 'Welcoming the outcome of the twenty-fifth session of the General Assembly of the World Tourism Organization, held in Samarkand, Uzbekistan, from 16 to 20 October 2023,';
    const att = attributions(t);
    expect(att).toContain('SESSION_OF Event:twenty-fifth session of the General Assembly of the World Tourism Organization -> Organization:General Assembly of the World Tourism Organization');
    expect(att).toContain('PART_OF Organization:General Assembly of the World Tourism Organization -> Organization:World Tourism Organization');
  });
});

describe('"the Science-Policy Interface of the Convention": a body (an Interface as a head of a body\'s name)', () => {
  const { relations: opRelations } = oneParagraph({ ctx: GA79_212, kind: 'operative' });

  it('A/RES/79/212 OP18: "..., in collaboration with the Science-Policy Interface of the Convention and other relevant United Nations system entities"', () => {
    const op18 =
      'Commends the secretariat of the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa, on its efforts to develop both a global base map of sand and dust storm sources, in collaboration with the United Nations Environment Programme and the World Meteorological Organization, and the Sand and Dust Storms Compendium: Information and Guidance on Assessing and Addressing the Risks, in collaboration with the Science-Policy Interface of the Convention and other relevant United Nations system entities, as a comprehensive collation of material designed to provide information and guidance on how to assess and address the risks posed by sand and dust storms and plan actions to combat their recurrence and impacts;';
    const rels = opRelations(op18);
    expect(rels).toContain('APPRECIATES Organization:Science-Policy Interface');
    // (the Convention of "of the Convention" stays the clause's target, as before)
    expect(rels.some((r) => r.startsWith('APPRECIATES Framework:United Nations Convention to Combat Desertification'))).toBe(true);
  });

  it('guard: a lowercase "science-policy interface" names no body', () => {
    const t = 'Recognizes the importance of strengthening the science-policy interface at all levels to combat desertification;';
    expect(opRelations(t).filter((r) => r.includes('nterface'))).toEqual([]);
  });
});

describe('an advisory group printed in lower case with its topic ("the technical advisory group on ...") is a body, as a working group is, its owner apart', () => {
  const { relations: opRelations } = oneParagraph({ ctx: GA79_212, kind: 'operative' });
  const { attributions: opAttributions } = oneParagraph({ ctx: GA79_212, kind: 'operative' });
  const TAG = 'Organization:technical advisory group on global air pollution and health';

  it('A/RES/79/212 OP13: "recognizes the formation of a working group ... under the technical advisory group on global air pollution and health of the World Health Organization"', () => {
    const op13 =
      'Recognizes that sand and dust storms cause numerous human health problems in different regions around the world, invites the World Health Organization, with the cooperation of other relevant United Nations system entities, as appropriate, to support affected countries in combating health problems caused by sand and dust storms, within their respective mandates, recognizes the formation of a working group on sand and dust storms to discuss emerging issues and share information under the technical advisory group on global air pollution and health of the World Health Organization, and also recognizes the publication of a dedicated section on the health effects of sand and dust storms as part of the World Health Organization global air quality guidelines released in September 2021;';
    const rels = opRelations(op13);
    expect(rels).toContain(`RECOGNIZES ${TAG}`);
    // (its owner, printed after it, is PART_OF's target and takes the clause's verb too: the lead's ruling of session 50)
    expect(opAttributions(op13)).toContain(`PART_OF ${TAG} -> Organization:World Health Organization`);
    expect(rels.filter((r) => r === 'RECOGNIZES Organization:World Health Organization')).toHaveLength(1);
    expect(rels).toContain('INVITES Organization:World Health Organization');
  });

  it('guard: "technical advisory services" names no body', () => {
    const t = 'Requests the World Health Organization to provide technical advisory services on global air pollution and health to affected countries;';
    expect(opRelations(t).filter((r) => r.includes('advisory'))).toEqual([]);
  });
});
