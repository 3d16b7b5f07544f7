// Misses found by the session-20 audit aud20d: A/RES/79/195 (international trade and development), A/RES/79/212 (sand and
// dust storms), A/RES/79/268 (the SDG centre for Central Asia and Afghanistan), and the same forms in other texts.
// Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/195', date: '2024-12-19' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('trade instruments and programmes named without a head word the chunk reader knows', () => {
  it('A/RES/79/195 PP8: "stressing that Aid for Trade and targeted trade-related capacity-building are essential" names the initiative', () => {
    const pp8 =
      'Reaffirming also World Trade Organization decision WT/L/508/Add.1 of 25 July 2012 on accession by the least developed countries, and stressing that Aid for Trade and targeted trade-related capacity-building are essential to integrating developing countries into the international trading system,';
    expect(keys(pp8, 'Initiative:', 'preambular')).toEqual(['Initiative:Aid for Trade']);
    expect(relations(pp8, 'preambular')).toContain('EMPHASIZES Initiative:Aid for Trade');
  });

  it('guard: lowercase "aid for trade facilitation" is no initiative', () => {
    expect(keys('Calls for increased aid for trade facilitation in the least developed countries;', 'Initiative:')).toEqual([]);
  });

  it('A/RES/79/195 OP21: "in accordance with the Set of Multilaterally Agreed Equitable Principles and Rules for the Control of Restrictive Business Practices" is a framework', () => {
    const op21 =
      'Calls for strengthening competition and consumer protection laws, deepening international cooperation among competition authorities, in accordance with the Set of Multilaterally Agreed Equitable Principles and Rules for the Control of Restrictive Business Practices, and among consumer protection authorities;';
    expect(relations(op21)).toContain('CALLS_UPON Framework:Set of Multilaterally Agreed Equitable Principles and Rules for the Control of Restrictive Business Practices');
  });

  it('guard: the review conference named after the Set stays one event (A/RES/79/195 OP37)', () => {
    const text =
      'Looks forward to the Ninth United Nations Conference to Review All Aspects of the Set of Multilaterally Agreed Equitable Principles and Rules for the Control of Restrictive Business Practices, to be held in 2025;';
    expect(keys(text, 'Event:')).toEqual(['Event:Ninth United Nations Conference to Review All Aspects of the Set of Multilaterally Agreed Equitable Principles and Rules for the Control of Restrictive Business Practices']);
    expect(relations(text)).not.toContain('LOOKS_FORWARD_TO Framework:Set of Multilaterally Agreed Equitable Principles and Rules for the Control of Restrictive Business Practices');
  });

  it('A/RES/79/195 OP27: the Marrakesh Ministerial Decision is one framework, not a "Reform Programme" initiative', () => {
    const op27 =
      'Urges the members of the World Trade Organization to start the effective implementation and monitoring of the Marrakesh Ministerial Decision on Measures Concerning the Possible Negative Effects of the Reform Programme on Least Developed and Net Food-Importing Developing Countries, and notes the importance of having a dedicated work programme;';
    expect(relations(op27)).toContain(
      'URGES Framework:Marrakesh Ministerial Decision on Measures Concerning the Possible Negative Effects of the Reform Programme on Least Developed and Net Food-Importing Developing Countries',
    );
    expect(keys(op27, 'Initiative:')).toEqual([]);
  });

  it('A/RES/79/212 OP19: "its Sand and Dust Storm Warning Advisory and Assessment System" is the WMO initiative', () => {
    const op19 =
      'Also commends the World Meteorological Organization for achieving several improvements to the observation and modelling systems that are part of its Sand and Dust Storm Warning Advisory and Assessment System, which provides sand and dust storm forecasts for early warning systems in various countries;';
    expect(relations(op19)).toContain('APPRECIATES Initiative:Sand and Dust Storm Warning Advisory and Assessment System');
  });
});

describe('a body named for two regions ("for Central Asia and Afghanistan") is one name', () => {
  const ctx268: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/268', date: '2025-03-04' };

  it('A/RES/79/268 PP14: "the United Nations Regional Centre for the Sustainable Development Goals for Central Asia and Afghanistan"', () => {
    const pp14 =
      'Noting its support to the establishment, through voluntary contributions, of the United Nations Regional Centre for the Sustainable Development Goals for Central Asia and Afghanistan,';
    expect(keys(pp14, 'Organization:', 'preambular', ctx268)).toEqual(['Organization:United Nations Regional Centre for the Sustainable Development Goals for Central Asia and Afghanistan']);
    expect(keys(pp14, 'Place:', 'preambular', ctx268)).toEqual([]);
  });

  it('A/RES/79/268 OP3: "the Regional Collaborative Platform for Europe and Central Asia"', () => {
    const op3 =
      'Calls upon the Centre to collaborate with Governments, the Regional Collaborative Platform for Europe and Central Asia, and relevant regional hubs and centres of the United Nations agencies at the regional level;';
    expect(keys(op3, 'Initiative:', 'operative', ctx268)).toEqual(['Initiative:Regional Collaborative Platform for Europe and Central Asia']);
  });

  it('guard: "the Office for Central Africa and the Economic Community of Central African States" stay two bodies', () => {
    const text = 'Welcomes the cooperation between the United Nations Regional Office for Central Africa and the Economic Community of Central African States;';
    expect(keys(text, 'Organization:', 'operative', ctx268)).toContain('Organization:Economic Community of Central African States');
  });

  it('guard: two regions with no body before them stay two places', () => {
    const text = 'Welcomes the increasing trade between Central Asia and Afghanistan;';
    expect(keys(text, 'Place:', 'operative', ctx268)).toEqual(['Place:Central Asia', 'Place:Afghanistan']);
  });
});

describe('"adopted at the <numbered conference> on <day>" dates the act, not the conference', () => {
  const starts = (text: string) => attributions(text).filter((a) => a.startsWith('STARTS_ON'));

  it('A/RES/79/195 OP4: "the ministerial decision that was adopted at the Thirteenth Ministerial Conference ... on 2 March 2024" does not start the conference that day', () => {
    const op4 =
      'Recalls the ministerial decision of 7 December 2013 on duty-free and quota-free market access for least developed countries, and welcomes the ministerial decision that was adopted at the Thirteenth Ministerial Conference of the World Trade Organization on 2 March 2024 on smooth transition support measures in favour of countries graduated from the least developed country category;';
    expect(keys(op4, 'Event:')).toEqual(['Event:Thirteenth Ministerial Conference of the World Trade Organization']);
    expect(starts(op4)).toEqual([]);
  });

  it('guard: "held from 26 February to 2 March 2024" still dates it (A/RES/79/195 OP22)', () => {
    const op22 =
      'Welcomes the successful conclusion of the Thirteenth Ministerial Conference of the World Trade Organization, held from 26 February to 2 March 2024 in Abu Dhabi, United Arab Emirates;';
    expect(starts(op22)).toEqual(['STARTS_ON Event:Thirteenth Ministerial Conference of the World Trade Organization -> Date:2024-02-26']);
  });

  it('guard: an unnumbered forum keeps the one date printed with it (A/RES/79/178 OP17: "adopted at the World Education Forum on 28 April 2000")', () => {
    const text = 'Reaffirms the Dakar Framework for Action, adopted at the World Education Forum on 28 April 2000;';
    expect(extract(text).mentions.find((m) => m.key.startsWith('Event:'))?.key).toBe('Event:World Education Forum @ 2000');
  });
});

describe('reports cited by an unquoted title', () => {
  const ctx212: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/212', date: '2024-12-19' };
  const pp5 =
    'Highlighting the synergies between the implementation of the 2030 Agenda for Sustainable Development and the Paris Agreement, noting with concern also the findings of the report of the Asian and Pacific Centre for the Development of Disaster Information Management of the Economic and Social Commission for Asia and the Pacific entitled Sand and Dust Storms Risk Assessment in Asia and the Pacific and the report of the United Nations Environment Programme entitled Impacts of Sand and Dust Storms on Oceans: A Scientific Environmental Assessment for Policy Makers, in addition to the World Health Organization global air quality guidelines and the World Meteorological Organization report entitled 2020 State of Climate Services: Risk Information and Early Warning Systems, welcoming the convening of the twenty-eighth session of the Conference of the Parties,';

  it('A/RES/79/212 PP5: a title ending "in Asia and the Pacific" goes on past "and the Pacific"; a title may open with its year', () => {
    const docs = keys(pp5, 'Document:', 'preambular', ctx212);
    expect(docs).toContain('Document:sand and dust storms risk assessment in asia and the pacific');
    expect(docs).toContain('Document:2020 state of climate services: risk information and early warning systems');
  });

  it('guard: "and the report of" still ends a title (the second report is a name of its own)', () => {
    const docs = keys(pp5, 'Document:', 'preambular', ctx212);
    expect(docs).toContain('Document:impacts of sand and dust storms on oceans: a scientific environmental assessment for policy makers');
    expect(docs.filter((d) => d.includes('and the report'))).toEqual([]);
  });
});

describe('"looks forwards to" (a misprint) is LOOKS_FORWARD_TO', () => {
  it('A/RES/79/195 OP22: "..., and looks forwards to the convening of the fourteenth Ministerial Conference" is not welcomed', () => {
    const op22 =
      'Welcomes the successful conclusion of the Thirteenth Ministerial Conference of the World Trade Organization, held from 26 February to 2 March 2024 in Abu Dhabi, United Arab Emirates, and looks forwards to the convening of the fourteenth Ministerial Conference of the World Trade Organization, to be held in Cameroon on a date to be determined;';
    const rels = relations(op22);
    expect(rels).toContain('LOOKS_FORWARD_TO Event:Fourteenth Ministerial Conference of the World Trade Organization');
    expect(rels).not.toContain('WELCOMES Event:Fourteenth Ministerial Conference of the World Trade Organization');
    expect(rels).toContain('WELCOMES Event:Thirteenth Ministerial Conference of the World Trade Organization');
  });

  it('guard: "forwards" alone is no verb ("forwards the report to the Council")', () => {
    expect(relations('Welcomes the report of the Secretary-General, and forwards the report to the Economic and Social Council;')).not.toContain(
      'LOOKS_FORWARD_TO Organization:Economic and Social Council',
    );
  });
});

describe('named programmes printed lowercase or without their owner', () => {
  it('A/RES/79/212 OP14: "the global coalition on health, environment and climate change launched ... by the World Health Organization" is an initiative the three lead', () => {
    const op14 =
      'Emphasizes that sand and dust storm issues will continue to constitute important components of the global coalition on health, environment and climate change launched in May 2018 by the World Health Organization, the United Nations Environment Programme and the World Meteorological Organization to improve coordination;';
    expect(relations(op14)).toContain('EMPHASIZES Initiative:Global Coalition on Health, Environment and Climate Change');
    expect(attributions(op14)).toContain('LEADS Organization:World Health Organization -> Initiative:Global Coalition on Health, Environment and Climate Change');
  });

  it('guard: "a coalition on health" alone is no name', () => {
    expect(keys('Encourages Member States to form a coalition on health and climate change;', 'Initiative:')).toEqual([]);
  });

  it('A/RES/79/268 OP3: "as reflected in the Sustainable Development Cooperation Frameworks" is the United Nations framework', () => {
    const op3 =
      'Calls upon the Centre to develop a comprehensive action plan, which will contain concrete regional projects aligned with national priorities and plans of programme countries, including as reflected in the Sustainable Development Cooperation Frameworks;';
    expect(relations(op3)).toContain('CALLS_UPON Framework:United Nations Sustainable Development Cooperation Framework');
  });
});

describe('"at its <ordinal> session of the <framework>": the session is the body\'s, the framework what it acted on', () => {
  const ctx212: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/212', date: '2024-12-19' };

  it('A/RES/79/212 PP13: "the endorsement by the Commission at its seventy-eighth session of the Regional Plan of Action ..." is ESCAP\'s session', () => {
    const pp13 =
      'Noting also the endorsement by the Economic and Social Commission for Asia and the Pacific at its seventy-fifth session of the recommendation by the Governing Council of the Asian and Pacific Centre for the Development of Disaster Information Management to establish a subregional cooperation mechanism, and noting the endorsement by the Commission at its seventy-eighth session of the Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific, which provides a strategic framework,';
    expect(keys(pp13, 'Event:', 'preambular', ctx212)).toContain('Event:seventy-eighth session of the Economic and Social Commission for Asia and the Pacific');
    expect(relations(pp13, 'preambular', ctx212)).toContain('NOTES Framework:Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific');
  });

  it('a body named in full too, and its framework is no body whose session it is; guard: a lowercase object still ends the name (A/RES/73/7 OP19)', () => {
    const pp13 = 'Noting the endorsement by the Commission on Crime Prevention and Criminal Justice at its thirty-second session of the Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific,';
    const events = keys(pp13, 'Event:', 'preambular', ctx212);
    expect(events).toEqual(['Event:thirty-second session of the Commission on Crime Prevention and Criminal Justice']);
    const op19 = 'Requests the Secretary-General to inform the General Assembly at its seventy-fourth session of the expenses incurred;';
    expect(keys(op19, 'Event:', 'operative', ctx212)).toEqual(['Event:seventy-fourth session of the General Assembly']);
  });
});
