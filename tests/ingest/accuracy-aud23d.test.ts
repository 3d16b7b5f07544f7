// Misses found by the session-23 audit aud23d: A/RES/78/155 (Convention on Biological Diversity), A/RES/80/179 (Second World
// Assembly on Ageing), A/RES/79/133 (return of cultural property), and the same forms in other texts. Each case quotes the file
// and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/155', date: '2023-12-19' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a framework named in full, then by a shorter form, is one framework', () => {
  const MIPAA = 'Framework:Madrid International Plan of Action on Ageing';
  const AGEING: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/179', date: '2025-12-18' };

  it('A/RES/80/179 PP2: "the Madrid Plan of Action" is the Madrid International Plan of Action on Ageing', () => {
    const text =
      'Recognizing that there has been steady participation of Member States in the fourth review and appraisal cycle of implementation of the Madrid Plan of Action, although, in some parts of the world, awareness of the Madrid Plan of Action remains limited, which limits the scope of implementation efforts,';
    expect(keys(text, 'Framework:', 'preambular', { ...AGEING })).toEqual([MIPAA, MIPAA]);
    expect(relations(text, 'preambular', { ...AGEING })).toEqual([`RECOGNIZES ${MIPAA}`]);
  });

  it('guard: the name in full keeps its key (A/RES/80/179 OP1 "the Madrid International Plan of Action on Ageing, 2002")', () => {
    const text = 'Reaffirms the Political Declaration and the Madrid International Plan of Action on Ageing, 2002;';
    expect(keys(text, 'Framework:Madrid', 'operative', { ...AGEING })).toEqual([MIPAA]);
  });

  const CARTAGENA = 'Framework:Cartagena Protocol on Biosafety to the Convention on Biological Diversity';

  it('A/RES/78/155 OP39: "the Cartagena Protocol" is the Cartagena Protocol on Biosafety to the Convention on Biological Diversity', () => {
    const text = 'Also invites parties to the Convention to consider, as appropriate, ratifying or acceding to the Cartagena Protocol;';
    expect(keys(text, 'Framework:Cartagena', 'operative', { ...GA })).toEqual([CARTAGENA]);
  });

  it('A/RES/78/155 OP20: "the Cartagena Protocol on Biosafety" is the same protocol', () => {
    const text =
      'Encourages the respective parties, in close collaboration with relevant stakeholders, to take concrete measures towards achieving the objectives of the Convention on Biological Diversity and the Protocols thereto, the Cartagena Protocol on Biosafety and the Nagoya Protocol;';
    expect(keys(text, 'Framework:Cartagena', 'operative', { ...GA })).toEqual([CARTAGENA]);
  });

  it('guard: the Supplementary Protocol "to the Cartagena Protocol on Biosafety" stays one framework of its own (A/RES/78/155 OP40)', () => {
    const text =
      'Invites parties to the Cartagena Protocol to consider, as appropriate, ratifying or acceding to the Nagoya-Kuala Lumpur Supplementary Protocol on Liability and Redress to the Cartagena Protocol on Biosafety;';
    expect(keys(text, 'Framework:', 'operative', { ...GA })).toEqual([
      CARTAGENA,
      'Framework:Nagoya-Kuala Lumpur Supplementary Protocol on Liability and Redress to the Cartagena Protocol on Biosafety',
    ]);
  });

  it('guard: the Cartagena Declaration on Refugees is another instrument', () => {
    const text = 'Recalls the Cartagena Declaration on Refugees;';
    expect(keys(text, 'Framework:Cartagena', 'operative', { ...GA })).toEqual(['Framework:Cartagena Declaration on Refugees']);
  });

  const UNCCD = 'Framework:United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa';

  it('A/RES/78/155 OP47: "the Convention to Combat Desertification" beside the CBD and the UNFCCC is the UNCCD', () => {
    const text =
      'Notes the ongoing work of the Joint Liaison Group of the secretariats and offices of the relevant subsidiary bodies of the Convention on Biological Diversity, the Convention to Combat Desertification and the United Nations Framework Convention on Climate Change;';
    expect(keys(text, 'Framework:', 'operative', { ...GA })).toEqual([
      'Framework:Convention on Biological Diversity',
      UNCCD,
      'Framework:United Nations Framework Convention on Climate Change',
    ]);
  });

  it('guard: the World Day to Combat Desertification and Drought stays a day', () => {
    const text = 'Welcomes the observance of the World Day to Combat Desertification and Drought;';
    expect(keys(text, 'Framework:', 'operative', { ...GA })).toEqual([]);
    expect(keys(text, 'Event:', 'operative', { ...GA })).toEqual(['Event:World Day to Combat Desertification and Drought']);
  });
});

describe('a Conference of the Parties, no sitting named, is keyed under its treaty\'s full title', () => {
  const COP_UNCCD =
    'Event:Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa';

  it('A/RES/78/158 PP9: "decision 26/COP.15 ..., in which the Conference urged" is the UNCCD\'s Conference', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/158', date: '2023-12-19' };
    const text =
      'Welcoming the convening of the fifteenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification, held in Abidjan, Côte d’Ivoire, from 9 to 20 May 2022, noting also decision 26/COP.15 of 20 May 2022, in which the Conference urged a proactive approach to enhance cooperation at all levels to address the causes and impacts of sand and dust storms,';
    expect(keys(text, 'Event:Conference', 'preambular', ctx)).toEqual([COP_UNCCD]);
  });

  it('"the Conference of the Parties to the Convention on Biodiversity" is the CBD\'s (A/RES/79/233 annex)', () => {
    const text = 'Welcomes the outcomes of the Conference of the Parties to the Convention on Biodiversity;';
    expect(keys(text, 'Event:', 'operative', { ...GA })).toEqual(['Event:Conference of the Parties to the Convention on Biological Diversity']);
  });

  it('guard: the Conference of a treaty not numbered by sittings keeps its name (United Nations Convention against Transnational Organized Crime)', () => {
    const text = 'Welcomes the work of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime;';
    expect(keys(text, 'Event:', 'operative', { ...GA })).toEqual([
      'Event:Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
    ]);
  });

  it('guard: a numbered session keeps its key (A/RES/78/155 PP36)', () => {
    const text =
      'Recognizing the importance of the outcomes of the fifteenth session of the Conference of the Parties of the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa, held in Abidjan, Côte d’Ivoire from 9 to 20 May 2022,';
    expect(keys(text, 'Event:', 'preambular', { ...GA })).toEqual([
      'Event:fifteenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa',
    ]);
  });
});

describe('a body named by an article of its convention keeps the article\'s letter and the words after it', () => {
  const WG8J = 'Organization:Ad Hoc Open-ended Intersessional Working Group on Article 8 (j) and Related Provisions of the Convention on Biological Diversity';

  it('A/RES/78/155 OP19: "the Ad Hoc Open-ended Inter-sessional Working Group on Article 8 (j) and related provisions"', () => {
    const text =
      'Notes the limited progress made, and in this regard invites the secretariat of the Convention, through the Secretary-General, to report on the progress made by the Ad Hoc Open-ended Inter-sessional Working Group on Article 8 (j) and related provisions when reporting on the implementation of the present resolution to the General Assembly;';
    expect(keys(text, 'Organization:Ad Hoc', 'operative', { ...GA })).toEqual([WG8J]);
  });

  it('A/RES/79/208 PP28: "... Intersessional ... and Related Provisions of the Convention on Biological Diversity" is the same group', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/208', date: '2024-12-19' };
    const text =
      'Recalling the work done by the Ad Hoc Open-ended Intersessional Working Group on Article 8 (j) and Related Provisions of the Convention on Biological Diversity,';
    expect(keys(text, 'Organization:Ad Hoc', 'preambular', ctx)).toEqual([WG8J]);
  });

  it('A/RES/80/140 OP24: "the Subsidiary Body on Article 8 (j) and Other Provisions of the Convention on Biological Diversity related to Indigenous Peoples and Local Communities"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/140', date: '2025-12-15' };
    const text =
      'Welcomes the decision to establish the Subsidiary Body on Article 8 (j) and Other Provisions of the Convention on Biological Diversity related to Indigenous Peoples and Local Communities, which met for the first time from 27 to 30 October 2025 in Panama City;';
    expect(keys(text, 'Organization:Subsidiary', 'operative', ctx)).toEqual([
      'Organization:Subsidiary Body on Article 8 (j) and Other Provisions of the Convention on Biological Diversity related to Indigenous Peoples and Local Communities',
    ]);
  });

  it('guard: "article 8 (j) of the Convention" in lower case names no body (A/RES/78/155 OP19)', () => {
    const text = 'Notes the limited progress made in mainstreaming article 8 (j) of the Convention and related provisions into various areas of work under the Convention;';
    expect(keys(text, 'Organization:', 'operative', { ...GA })).toEqual([]);
  });
});

describe('a name with a lower-case "its" inside is read to its end', () => {
  const CULT: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/133', date: '2024-12-06' };

  it('A/RES/79/133 OP40: "the International Fund for the Return of Cultural Property to its Countries of Origin or its Restitution in case of Illicit Appropriation"', () => {
    const text =
      'Recognizes the importance of the International Fund for the Return of Cultural Property to its Countries of Origin or its Restitution in case of Illicit Appropriation, launched in November 2000, and invites Member States to increase further their voluntary contributions to the Fund;';
    const FUND = 'Organization:International Fund for the Return of Cultural Property to its Countries of Origin or its Restitution in case of Illicit Appropriation';
    expect(keys(text, 'Organization:', 'operative', { ...CULT })).toEqual([FUND, FUND]);
  });

  it('A/RES/79/133 OP33: the Intergovernmental Committee ... and its sixteenth session', () => {
    const text =
      'Recalls the adoption by the Intergovernmental Committee for Promoting the Return of Cultural Property to its Countries of Origin or its Restitution in case of Illicit Appropriation, at its sixteenth session, of the rules of procedure on mediation and conciliation;';
    const COMMITTEE = 'Organization:Intergovernmental Committee for Promoting the Return of Cultural Property to its Countries of Origin or its Restitution in case of Illicit Appropriation';
    expect(keys(text, 'Organization:', 'operative', { ...CULT })).toEqual([COMMITTEE]);
  });

  it('guard: "the return of cultural property to its countries of origin" in lower case names no body (A/RES/79/133 PP4)', () => {
    const text = 'Welcomes efforts with regard to the return or restitution of cultural property to its countries of origin;';
    expect(keys(text, 'Organization:', 'operative', { ...CULT })).toEqual([]);
  });
});

describe('a report series and an action agenda of the biodiversity texts', () => {
  it('A/RES/78/155 PP17: "the fifth edition of the Global Biodiversity Outlook" is the report series', () => {
    const text =
      'Recalling further the fifth edition of the Global Biodiversity Outlook, in which it was highlighted that none of the 20 Aichi Biodiversity Targets were fully achieved,';
    expect(keys(text, 'Initiative:', 'preambular', { ...GA })).toEqual(['Initiative:Global Biodiversity Outlook', 'Initiative:Aichi Biodiversity Targets']);
    expect(relations(text, 'preambular', { ...GA })).toContain('RECALLS Initiative:Global Biodiversity Outlook');
  });

  const SHARM = 'Framework:Sharm el-Sheikh to Kunming Action Agenda for Nature and People';

  it('A/RES/78/155 OP14: "the Action Agenda" after the Sharm el-Sheikh to Kunming Action Agenda for Nature and People is that agenda', () => {
    const text =
      'Encourages support for the Sharm el-Sheikh to Kunming Action Agenda for Nature and People, which is aimed at collecting, coordinating and celebrating actions in support of biodiversity conservation and its sustainable use, and invites relevant agencies, funds and programmes of the United Nations system to support the implementation of the Action Agenda;';
    expect(keys(text, 'Framework:', 'operative', { ...GA })).toEqual([SHARM, SHARM]);
    expect(relations(text, 'operative', { ...GA })).toEqual([`ENCOURAGES ${SHARM}`, `INVITES ${SHARM}`]);
  });

  it('guard: "the Action Agenda of the thirtieth session of the Conference of the Parties" with no agenda named before is not Sharm el-Sheikh\'s (A/RES/80/109 PP33)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/109', date: '2025-12-09' };
    const text =
      'Noting the inclusion of fisheries and aquaculture in the Action Agenda of the thirtieth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change,';
    expect(keys(text, 'Framework:', 'preambular', ctx)).not.toContain(SHARM);
  });
});
