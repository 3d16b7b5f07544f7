// Misses left open by earlier audits, fixed by fix23. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/152', date: '2023-12-19' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"requests X, and urges Y, to <do>": both verbs ask the shared infinitive', () => {
  const SENDAI = 'Framework:Sendai Framework for Disaster Risk Reduction 2015-2030';
  it('A/RES/78/152 OP56: "requests the relevant United Nations entities ..., and urges other relevant stakeholders, to continue to integrate ... the Sendai Framework"', () => {
    const text =
      'Acknowledges the continuous work of the entities of the United Nations system, in accordance with their respective mandates, in supporting the efforts of developing countries in the area of disaster risk reduction, requests the relevant United Nations entities and United Nations country teams, and urges other relevant stakeholders, to continue to integrate disaster risk reduction and the implementation of the Sendai Framework into their work, and notes the ongoing work of the Centre of Excellence on Climate and Disaster Resilience;';
    const r = relations(text);
    expect(r).toContain(`URGES ${SENDAI}`);
    expect(r).toContain(`REQUESTS ${SENDAI}`);
    expect(r).not.toContain('REQUESTS Organization:Centre of Excellence on Climate and Disaster Resilience');
    expect(r).not.toContain(`ACKNOWLEDGES ${SENDAI}`);
  });

  it('A/RES/80/150 OP78: "calls upon Member States, and invites other multilateral development partners ..., to make voluntary contributions ... resolution 59/244"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/150', date: '2025-12-15' };
    const text =
      'Reiterates the critical importance of the full and effective participation of the least developed countries in the review, and in this regard requests the Secretary-General to mobilize extrabudgetary resources and calls upon Member States, and invites other multilateral development partners, intergovernmental and non‑governmental organizations and the private sector, to make voluntary contributions to the trust fund established in accordance with resolution 59/244 of 22 December 2004;';
    const r = relations(text, 'operative', ctx);
    expect(r).toContain('INVITES Resolution:A/RES/59/244');
    expect(r).toContain('CALLS_UPON Resolution:A/RES/59/244');
    expect(r).not.toContain('REQUESTS Resolution:A/RES/59/244');
  });

  it('A/RES/78/201 OP22: each verb keeps its own object ("requests the Office of the High Commissioner, and invites UNESCO, to support ...")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/201', date: '2023-12-19' };
    const r = relations(
      'Also requests the Office of the High Commissioner, and invites the United Nations Educational, Scientific and Cultural Organization, to support initiatives aimed at promoting intercultural dialogue on human rights;',
      'operative',
      ctx,
    );
    expect(r).toContain('INVITES Organization:United Nations Educational, Scientific and Cultural Organization');
    expect(r).not.toContain('REQUESTS Organization:United Nations Educational, Scientific and Cultural Organization');
  });

  it('guard: a first verb with an infinitive of its own asks nothing after the second ("requests the Secretary-General to report, and invites ..., to ...")', () => {
    const r = relations(
      'Requests the Secretary-General to report on the matter, and invites Member States, as appropriate, to continue to integrate the implementation of the Sendai Framework into their work;',
    );
    expect(r).toContain(`INVITES ${SENDAI}`);
    expect(r).not.toContain(`REQUESTS ${SENDAI}`);
  });

  it('guard: no comma before the infinitive, no shared infinitive ("Encourages Member States, and invites donors to support the Sendai Framework")', () => {
    const r = relations('Encourages Member States, and invites donors to support the Sendai Framework;');
    expect(r).toContain(`INVITES ${SENDAI}`);
    expect(r).not.toContain(`ENCOURAGES ${SENDAI}`);
  });
});

describe('"the Conference at its <ordinal> session" after the paragraph named a conference: that conference\'s session', () => {
  const ctx0: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/227', date: '2025-12-18' };
  const before = (ctx: RecognizeContext) => {
    const { extract } = oneParagraph({ ctx, kind: 'preambular' });
    extract(
      'Recalling Conference of the Parties to the United Nations Convention on Transnational Organized Crime resolutions 10/6 of 16 October 2020 and 12/4 of 18 October 2024, on tackling crimes that affect the environment,',
      'preambular',
      ctx,
    );
    extract(
      'Recalling also Conference of the States Parties to the United Nations Convention against Corruption resolution 8/12 of 20 December 2019, entitled “Preventing and combating corruption as it relates to crimes that have an impact on the environment”,',
      'preambular',
      ctx,
    );
  };
  it('A/RES/80/227 OP18: "in accordance with Conference of the Parties to the ... Organized Crime resolution 12/4 ... to the Conference at its thirteenth session"', () => {
    const ctx = { ...ctx0 };
    before(ctx);
    const text =
      'Welcomes the establishment, in accordance with Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 12/4, of the open-ended intergovernmental expert group on crimes that affect the environment, whose mandate is to take stock of the application of the Convention, and which is also to submit a summary of the deliberations to the Conference at its thirteenth session;';
    expect(keys(text, 'Event:thirteenth', 'operative', ctx)).toEqual([
      'Event:thirteenth session of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
    ]);
  });
  it('guard: with no conference named in the paragraph, "the Conference at its thirteenth session" is the one named last', () => {
    const ctx = { ...ctx0 };
    before(ctx);
    expect(keys('Invites States parties to submit their views to the Conference at its thirteenth session;', 'Event:thirteenth', 'operative', ctx)).toEqual([
      'Event:thirteenth session of the Conference of the States Parties to the United Nations Convention against Corruption',
    ]);
  });
});

describe('"Calls for <a thing>, and encourages X, to <do>": nothing is called upon', () => {
  it('guard: A/RES/78/175 OP3 "Calls for the proclamation of another International Year of Cooperatives in 2025, and encourages all Member States ..., to take advantage of ... the Sustainable Development Goals"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/175', date: '2023-12-19' };
    const r = relations(
      'Calls for the proclamation of another International Year of Cooperatives in 2025, and encourages all Member States, as well as the United Nations and all other relevant stakeholders, to take advantage of the International Year of Cooperatives as a way of raising awareness of their contribution to the implementation of the Sustainable Development Goals;',
      'operative',
      ctx,
    );
    expect(r).toContain('ENCOURAGES Framework:Sustainable Development Goals');
    expect(r).not.toContain('CALLS_UPON Framework:Sustainable Development Goals');
  });
});

describe('"the <ordinal> Conference of the Parties to <the Convention> serving as the meeting of the Parties to the Paris Agreement": the Convention\'s session', () => {
  const COP27 = 'Event:twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
  it('A/RES/78/159 PP5: "the twenty-seventh Conference of the Parties to the UNFCCC serving as the meeting of the Parties to the Paris Agreement, held in Sharm el-Sheikh"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/159', date: '2023-12-19' };
    const text =
      'Welcoming also the outcomes of the twenty-seventh Conference of the Parties to the United Nations Framework Convention on Climate Change serving as the meeting of the Parties to the Paris Agreement, held in Sharm el-Sheikh, Egypt, from 6 to 20 November 2022, including the adoption of the decisions to establish new funding arrangements,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([COP27]);
    expect(attributions(text, 'preambular', ctx)).toContain(`HELD_IN ${COP27} -> Place:Sharm el-Sheikh`);
  });
  it('guard: A/RES/78/152 OP33 "the fourth Conference of the Parties serving as the meeting of the Parties to the Paris Agreement" is the Agreement\'s fourth session', () => {
    const text =
      'Welcomes the outcomes of the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change and the fourth Conference of the Parties serving as the meeting of the Parties to the Paris Agreement, held in Sharm El-Sheikh;';
    expect(keys(text, 'Event:')).toEqual([COP27, 'Event:fourth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement']);
  });
  it('guard: A/RES/79/233 "the fifth session of the Conference of the Parties to the UNFCCC serving as the Meeting of the Parties to the Paris Agreement" is the Agreement\'s fifth session', () => {
    const text =
      'Welcomes the decision adopted at the fifth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change serving as the Meeting of the Parties to the Paris Agreement;';
    expect(keys(text, 'Event:')).toEqual(['Event:fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement']);
  });
});

describe('"..., as the first session of the Conference of the Parties held in a <kind of place>": a predicate, no sitting', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/151', date: '2025-12-15' };
  it('A/RES/80/151 OP50 (80/3): COP29 "as the first session of the Conference of the Parties held in a landlocked developing country"', () => {
    const text =
      'Welcomes the convening of the twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, the nineteenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the sixth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement in Baku in November 2024, as the first session of the Conference of the Parties held in a landlocked developing country, and the adoption of their decisions by Parties;';
    const k = keys(text, 'Event:', 'operative', ctx);
    expect(k).toContain('Event:twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change');
    expect(k).not.toContain('Event:first session of the Conference of the Parties to the United Nations Framework Convention on Climate Change');
  });
  it('guard: "the first session of the Conference of the Parties, held in Berlin" is that session', () => {
    const text = 'Recalls the first session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, held in Berlin in 1995;';
    expect(keys(text, 'Event:', 'operative', ctx)).toContain('Event:first session of the Conference of the Parties to the United Nations Framework Convention on Climate Change');
  });
});

describe('a title printed with its subtitle after a colon is one name', () => {
  it('A/RES/80/137 PP41: "the Integrated Fire Management Voluntary Guidelines: Principles and Strategic Actions,22"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/137', date: '2025-12-15' };
    const text =
      'Striving to adopt an integrated approach to wildland fire management, and in this regard noting the Landscape Fire Governance Framework and the Integrated Fire Management Voluntary Guidelines: Principles and Strategic Actions,22';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([
      'Framework:Landscape Fire Governance Framework',
      'Framework:Integrated Fire Management Voluntary Guidelines: Principles and Strategic Actions',
    ]);
  });
  it('A/RES/78/161: "namely, the Seoul Agenda: Goals for the Development of Arts Education."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/161', date: '2023-12-19' };
    const text = 'Recalling the World Conference on Arts Education, held in Seoul from 25 to 28 May 2010, namely, the Seoul Agenda: Goals for the Development of Arts Education.';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual(['Framework:Seoul Agenda: Goals for the Development of Arts Education']);
  });
  it('guard: a name the gazetteer knows keeps its name ("the Incheon Declaration: Education 2030 – towards ...", A/RES/79/267)', () => {
    const text = 'Recalling the Incheon Declaration: Education 2030 – towards inclusive and equitable quality education and lifelong learning for all,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:Incheon Declaration']);
  });
  it('guard: a body before a colon takes no subtitle ("the reports of the United Nations Office on Drugs and Crime: World Drug Report and ...")', () => {
    const k = keys('Notes the reports of the United Nations Office on Drugs and Crime: World Drug Report and Global Report on Trafficking in Persons;', 'Organization:');
    expect(k).toEqual(['Organization:United Nations Office on Drugs and Crime']);
  });
});

describe('a report of a series printed after the series and a colon', () => {
  it('guard: A/RES/78/162 PP6 "the Global Assessment Report on Disaster Risk Reduction: Special Report on Drought 2021" keeps the series', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/162', date: '2023-12-19' };
    const text = 'Noting with concern the findings of the Global Assessment Report on Disaster Risk Reduction: Special Report on Drought 2021,';
    expect(keys(text, 'Initiative:', 'preambular', ctx)).toEqual(['Initiative:Global Assessment Report on Disaster Risk Reduction']);
  });
});
