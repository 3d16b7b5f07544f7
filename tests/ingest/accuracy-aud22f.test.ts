// Misses found by the session-22 audit aud22f: A/RES/78/189 (rights of Indigenous Peoples), A/RES/79/124 (protection of
// diplomatic and consular missions), A/RES/79/21 (further practical measures for the prevention of an arms race in outer
// space), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/189', date: '2023-12-19' };

const { extract, keys, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const IDIL = 'Event:International Decade of Indigenous Languages';
const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';

describe('"the International Decade" printed alone is the international decade named last', () => {
  const OP35 =
    'Recalls the proclamation of the period 2022–2032 as the International Decade of Indigenous Languages, to draw attention to the critical loss of Indigenous languages and the urgent need to preserve, revitalize and promote Indigenous languages and to take urgent steps at the national, regional and international levels, and renew its support to the United Nations Educational, Scientific and Cultural Organization to serve as the lead agency for the International Decade through the global action plan, in collaboration with the Department of Economic and Social Affairs of the Secretariat, and other relevant agencies, within existing resources;';

  it('A/RES/78/189 OP35 (79/159, 80/191): "UNESCO to serve as the lead agency for the International Decade" leads the decade', () => {
    expect(attributions(OP35)).toContain(`LEADS ${UNESCO} -> ${IDIL}`);
  });

  it('A/RES/78/189 OP39: in a later paragraph too', () => {
    const ctx: RecognizeContext = { ...GA };
    extract(OP35, 'operative', ctx);
    const OP39 =
      'Invites Member States to consider establishing national mechanisms with adequate funding, and to support Indigenous Peoples, as custodians of their own languages, to initiate and develop appropriate measures for the implementation of the International Decade, with the aim to preserve, revitalize and promote Indigenous languages;';
    expect(keys(OP39, 'Event:', 'operative', ctx)).toEqual([IDIL]);
  });

  it('guard: not a decade of another name named last ("the Decade of Action on Nutrition")', () => {
    const ctx: RecognizeContext = { ...GA };
    extract('Welcomes the United Nations Decade of Action on Nutrition (2016–2025);', 'operative', ctx);
    expect(keys('Invites States to support the implementation of the International Decade, as appropriate;', 'Event:', 'operative', ctx)).toEqual([]);
  });

  it('guard: "the International Decade for Action, “Water for Sustainable Development”" is a name of its own', () => {
    const ctx: RecognizeContext = { ...GA };
    extract(OP35, 'operative', ctx);
    const text = 'Recalls the International Decade for Action, “Water for Sustainable Development”, 2018–2028;';
    expect(keys(text, 'Event:', 'operative', ctx)).not.toContain(IDIL);
  });

  it('guard: "the Decade" still refers back to a proclaimed decade when another is named after it in the paragraph (A/RES/78/321 OP1-OP2)', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/78/321' };
    const OP1 =
      'Decides to proclaim the period from 2025 to 2034 as the Decade of Action for Cryospheric Sciences, within existing structures, available resources and voluntary contributions, to address the challenges associated with melting glaciers and changes to the cryosphere by advancing related scientific research and monitoring, under the overarching goal of advancing global scientific cooperation and sustainable development efforts as articulated in the International Decade of Sciences for Sustainable Development, 2024–2033;';
    extract(OP1, 'operative', ctx);
    const OP2 = 'Invites all States to observe the Decade of Action as appropriate, at all levels, by promoting activities aimed at raising awareness of the Decade and the importance of glaciers;';
    expect([...new Set(keys(OP2, 'Event:', 'operative', ctx))]).toEqual(['Event:Decade of Action for Cryospheric Sciences']);
  });
});

describe('"the Latin American and Caribbean region" is the region of Latin America and the Caribbean', () => {
  it('A/RES/78/189 OP53 (79/159, 80/191, 78/245, 79/144): "its fundamental role in the Latin American and Caribbean region"', () => {
    const text =
      'Encourages the United Nations system to strengthen cooperation with the Fund for the Development of the Indigenous Peoples of Latin America and the Caribbean, considering its fundamental role in the Latin American and Caribbean region in processes of dialogue and consultation between States and Indigenous Peoples;';
    expect(keys(text, 'Place:')).toEqual(['Place:Latin America and the Caribbean']);
  });

  it('guard: "the Latin American and Caribbean States" is the regional group, no place (A/RES/80/76 OP44)', () => {
    const text = 'Notes that the Latin American and Caribbean States have nominated their candidates;';
    expect(keys(text, 'Place:')).toEqual([]);
  });
});

describe('the bare words of a report footnoted before, as the object of "take into account", "transmit", "circulate", "examine"', () => {
  const PP8 =
    'Recalling the report of the Group of Governmental Experts on the relationship between disarmament and development4 and its reappraisal of this significant issue in the current international context,';
  const notes = [{ after: 'development4', mark: '4', text: 'A/59/119.' }];
  const DOC = 'Document:A/59/119';

  it('A/RES/78/23 OP5 (79/43, 80/25): "to take into account the report of the Group of Governmental Experts on ..." after PP8 footnoted it', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/78/23' };
    extractWithNotes('PP8', PP8, notes, ctx);
    const OP5 =
      'Encourages the relevant regional and subregional organizations and institutions, non-governmental organizations and research institutes to incorporate issues related to the relationship between disarmament and development into their agendas and, in this regard, to take into account the report of the Group of Governmental Experts on the relationship between disarmament and development;';
    const px = extract(OP5, 'operative', ctx);
    expect(px.mentions.map((m) => m.key)).toContain(DOC);
    expect(px.relations.map((r) => `${r.type} ${r.target}`)).toContain(`ENCOURAGES ${DOC}`);
    expect(px.relations.map((r) => `${r.type} ${r.target}`)).toContain('ENCOURAGES Organization:Group of Governmental Experts on the relationship between disarmament and development');
  });

  it('"Requests the Secretary-General to transmit the report of the Group ..." names it too', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/78/23' };
    extractWithNotes('PP8', PP8, notes, ctx);
    const text = 'Requests the Secretary-General to transmit the report of the Group of Governmental Experts on the relationship between disarmament and development;';
    expect(keys(text, 'Document:', 'operative', ctx)).toEqual([DOC]);
  });

  it('guard: "to consider the report of ..." may be a report still to come, left alone', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/78/23' };
    extractWithNotes('PP8', PP8, notes, ctx);
    const text = 'Decides to consider the report of the Group of Governmental Experts on the relationship between disarmament and development;';
    expect(keys(text, 'Document:', 'operative', ctx)).toEqual([]);
  });
});

describe('"the High Commissioner for the Security Council to refer ..." is the officer and the Council, not one name', () => {
  it('A/RES/78/222 PP32 (79/185 PP35): "noting the repeated encouragement by the High Commissioner for the Security Council to refer the situation"', () => {
    const text =
      'Recalling the statements by the United Nations High Commissioner for Human Rights that crimes against humanity are likely to have been committed in the Syrian Arab Republic, noting the repeated encouragement by the High Commissioner for the Security Council to refer the situation to the International Criminal Court,';
    const orgs = keys(text, 'Organization:', 'preambular');
    expect(orgs).toContain('Organization:Security Council');
    expect(orgs).not.toContain('Organization:High Commissioner for the Security Council');
  });

  it('guard: other names go on after "for the" ("the United Nations Voluntary Trust Fund for the Support of Victims of Torture")', () => {
    const text = 'Welcomes the contributions to the United Nations Voluntary Trust Fund for the Support of Victims of Torture;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:United Nations Voluntary Trust Fund for the Support of Victims of Torture']);
  });
});

describe('a convention printed with a misspelt word is the same convention', () => {
  it('A/RES/78/189 PP15: "the Convention on the Elimination of All Forms of Discriminations Against Women"', () => {
    const text =
      'Taking note of general recommendation No. 39 (2022) on the rights of Indigenous women and girls of the Committee on the Elimination of Discrimination against Women, and noting further that it provides recommendations to States parties to ensure the implementation of the Convention on the Elimination of All Forms of Discriminations Against Women,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:Convention on the Elimination of All Forms of Discrimination against Women']);
  });
});

describe('"the Executive Committee of the Programme of the High Commissioner" is UNHCR\'s Executive Committee', () => {
  const EXCOM = 'Organization:Executive Committee of the Programme of the United Nations High Commissioner for Refugees';

  it('A/RES/78/185 OP21 (80/188 OP21): "adopted by the Executive Committee of the Programme of the High Commissioner at its fifty-second session"', () => {
    const text =
      'Reaffirms the conclusion on the international protection of refugees and asylum-seekers adopted by the Executive Committee of the Programme of the High Commissioner at its fifty-second session;';
    expect(keys(text, 'Organization:')).toEqual([EXCOM]);
    expect(keys(text, 'Event:')).toEqual(['Event:fifty-second session of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees']);
  });

  it('guard: the full name is the same node', () => {
    const text = 'Welcomes the work of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees;';
    expect(keys(text, 'Organization:Executive')).toEqual([EXCOM]);
  });
});

describe('"the Group of Governmental Experts" named again, and the bare words of its report', () => {
  const GGE = 'Organization:Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities';
  const PP11 =
    'Welcoming the adoption by consensus by the Disarmament Commission of the “Recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space, in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities”,5';
  const PP14 =
    'Recalling the work done in 2012 and 2013 by the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities, which was convened by the Secretary-General, on the basis of equitable geographical distribution, to conduct a study on outer space transparency and confidence-building measures,';
  const PP16 =
    'Recalling the consideration of the report of the Group of Governmental Experts,6 as well as views on the modalities of making practical use of the recommendations contained therein,';
  const PP19 =
    'Recalling the special report by the Inter-Agency Meeting on Outer Space Activities (UN-Space) on the implementation of the report of the Group of Governmental Experts, and the recommendations contained therein, as submitted to the Committee on the Peaceful Uses of Outer Space at its fifty-ninth session, in 2016,9';

  // The Group's full name inside PP11's quoted title is part of the Recommendations' name (aud58d, session 58) and sets no
  // antecedent; PP14 names the Group itself, as the real text does before PP16.
  it('A/RES/78/52 PP16: the short form spans "Group of Governmental Experts"', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/78/52' };
    extractWithNotes('PP11', PP11, [{ after: '”,5', mark: '5', text: 'Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 42 (A/78/42), annex.' }], ctx);
    extractWithNotes('PP14', PP14, [], ctx);
    const px = extractWithNotes('PP16', PP16, [{ after: 'Experts,6', mark: '6', text: 'A/68/189.' }], ctx);
    expect(px.mentions.filter((m) => m.key === GGE).map((m) => m.phrase)).toEqual(['Group of Governmental Experts']);
  });

  it('A/RES/78/52 PP19 (79/51, 80/44): "on the implementation of the report of the Group of Governmental Experts" is A/68/189, footnoted in PP16, not the A/78/42 of the quoted title in PP11', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/78/52' };
    extractWithNotes('PP11', PP11, [{ after: '”,5', mark: '5', text: 'Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 42 (A/78/42), annex.' }], ctx);
    extractWithNotes('PP16', PP16, [{ after: 'Experts,6', mark: '6', text: 'A/68/189.' }], ctx);
    const px = extractWithNotes('PP19', PP19, [{ after: '2016,9', mark: '9', text: 'A/AC.105/1116.' }], ctx);
    expect(px.mentions.filter((m) => m.key.startsWith('Document:')).map((m) => m.key)).toEqual(['Document:A/68/189', 'Document:A/AC.105/1116']);
  });

  it('guard: a report named before a mark outside quotes still takes the mark ("Recalling the report of the Group ...,4")', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/78/23' };
    extractWithNotes('PP8', 'Recalling the report of the Group of Governmental Experts on the relationship between disarmament and development,4', [{ after: 'development,4', mark: '4', text: 'A/59/119.' }], ctx);
    const text = 'Invites States to take into account the report of the Group of Governmental Experts on the relationship between disarmament and development;';
    expect(keys(text, 'Document:', 'operative', ctx)).toEqual(['Document:A/59/119']);
  });
});
