// Misses found by the session-26 audit aud26d: A/RES/78/181 (women and girls in rural areas), A/RES/80/134 (sustainable
// tourism in Central America and the Dominican Republic), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractParagraph } from '../../ingest/extract.js';
import { findDocumentRefs } from '../../ingest/recognize/documents.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/134', date: '2025-12-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"and in this sense" / "and in that sense" open a later clause', () => {
  it('A/RES/80/134 OP23 (78/145): "..., and in that sense welcomes the progress of the Secretary-General’s call ... Early Warning for All initiative"', () => {
    const text =
      'Urges the tourism sector in the States members of the Central American Integration System to be part of the coordination, knowledge-sharing and communication mechanisms for security and emergency management at the national and regional levels, which will enable government agencies to make relevant, informed and coordinated decisions, and in that sense welcomes the progress of the Secretary-General’s call to protect everyone on Earth through universal coverage of early warning systems, including through the Early Warning for All initiative;';
    const rels = relations(text);
    expect(rels).toContain('WELCOMES Initiative:Early Warnings for All');
    expect(rels).not.toContain('URGES Initiative:Early Warnings for All');
    expect(rels).toContain('URGES Organization:Central American Integration System');
  });

  it('A/RES/79/226: "..., and in this sense continues to encourage national Governments to consult with ... the United Nations Development Programme"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/226', date: '2024-12-19' };
    const text =
      'Notes the alignment of operational activities with national priorities, challenges, planning and programming, and in this sense continues to encourage national Governments to consult with the United Nations Development Programme;';
    const rels = relations(text, 'operative', ctx);
    expect(rels).toContain('ENCOURAGES Organization:United Nations Development Programme');
    expect(rels).not.toContain('NOTES Organization:United Nations Development Programme');
  });

  it('guard: "in the sense of" is no connector ("Notes ..., in the sense of the Charter of the United Nations")', () => {
    const text = 'Notes the measures taken, and in the sense of the Charter of the United Nations welcomes nothing more;';
    expect(relations(text)).toContain('NOTES Framework:Charter of the United Nations');
  });
});

describe('a framework "endorsed by" a body: the body adopted it, as "adopted by" reads', () => {
  const PP = { body: 'General Assembly', symbol: 'A/RES/78/181', date: '2023-12-19' } as RecognizeContext;

  it('A/RES/78/181 PP20 (80/184): "the Principles for Responsible Investment in Agriculture and Food Systems, 15 endorsed by the Committee on World Food Security"', () => {
    const text =
      'Recognizing also the Voluntary Guidelines on the Responsible Governance of Tenure of Land, Fisheries and Forests in the Context of National Food Security 14 and the Principles for Responsible Investment in Agriculture and Food Systems, 15 endorsed by the Committee on World Food Security, which embrace gender equality as one of the main guiding principles of implementation,';
    expect(attributions(text, 'preambular', PP)).toContain(
      'ENDORSES Organization:Committee on World Food Security -> Framework:Principles for Responsible Investment in Agriculture and Food Systems',
    );
  });

  it('A/RES/78/198 PP: "the Principles ...,13 which were endorsed by the Committee on World Food Security at its forty-first session"', () => {
    const text =
      'Recalling also the Principles for Responsible Investment in Agriculture and Food Systems,13 which were endorsed by the Committee on World Food Security at its forty-first session, held from 13 to 18 October 2014,';
    expect(attributions(text, 'preambular', PP)).toContain(
      'ENDORSES Organization:Committee on World Food Security -> Framework:Principles for Responsible Investment in Agriculture and Food Systems',
    );
  });

  it('A/RES/79/171 OP16: "the Principles ..., as endorsed by the Committee on World Food Security, is essential"', () => {
    const text =
      'Stresses that improving access to productive resources and responsible public investment in rural development, taking into consideration the Principles for Responsible Investment in Agriculture and Food Systems, as endorsed by the Committee on World Food Security, is essential for eradicating hunger and poverty;';
    expect(attributions(text, 'operative', PP)).toContain(
      'ENDORSES Organization:Committee on World Food Security -> Framework:Principles for Responsible Investment in Agriculture and Food Systems',
    );
  });

  it('guard: "endorsed by the General Assembly in its resolution 79/323": the resolution endorsed it (conv43a), not the Assembly (A/RES/80/134 PP4)', () => {
    const text =
      'Welcoming the convening of the Fourth International Conference on Financing for Development from 30 June to 3 July 2025 in Sevilla, Spain, and reaffirming its outcome document, the Sevilla Commitment, endorsed by the General Assembly in its resolution 79/323 of 25 August 2025, which sets forth a renewed global framework for financing for development,';
    const atts = attributions(text, 'preambular', GA);
    expect(atts).toContain('ENDORSES Resolution:A/RES/79/323 -> Framework:Sevilla Commitment');
    expect(atts.filter((a) => a.startsWith('ADOPTED Organization:'))).toEqual([]);
  });

  it('guard: a framework supported, not endorsed, by a body ("the Principles ..., supported by the Committee on World Food Security")', () => {
    const text =
      'Recalling the Principles for Responsible Investment in Agriculture and Food Systems, supported by the Committee on World Food Security,';
    expect(attributions(text, 'preambular', PP).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('the World Tourism Organization\'s report series', () => {
  const PP21 =
    'Taking note of the World Tourism Organization World Tourism Barometer of September 2025, which highlights that international tourism increased by 5 per cent in the first half of 2025, and noting, however, that it was mentioned in the World Tourism Barometer of May 2025 that economic factors could impact international tourism,';

  it('A/RES/80/134 PP21 (78/145): "the World Tourism Organization World Tourism Barometer of September 2025"', () => {
    const rels = relations(PP21, 'preambular');
    expect(rels).toContain('NOTES Initiative:World Tourism Barometer');
    expect(rels).toContain('NOTES Organization:World Tourism Organization');
  });

  it('guard: the Organization alone stays the Organization ("in cooperation with the World Tourism Organization", A/RES/80/134 PP19)', () => {
    const text = 'Commending the ongoing efforts of the Governments, in cooperation with the World Tourism Organization, in the implementation of programmes,';
    expect(keys(text, 'Initiative:', 'preambular')).toEqual([]);
    expect(keys(text, 'Organization:', 'preambular')).toEqual(['Organization:World Tourism Organization']);
  });
});

describe('words of a sitting\'s quoted theme are no framework the resolution names', () => {
  const PP12 =
    'Welcoming the offer by the Government of El Salvador to host World Tourism Day 2026, under the theme “Digital Agenda and Artificial Intelligence to redesign tourism”, to be held in San Salvador on 27 September 2026,';

  it('A/RES/80/134 PP12: "under the theme “Digital Agenda and Artificial Intelligence to redesign tourism”"', () => {
    expect(keys(PP12, 'Framework:', 'preambular')).toEqual([]);
    expect(relations(PP12, 'preambular')).toContain('WELCOMES Event:World Tourism Day @ 2026');
  });

  it('guard: a known framework in a theme is still named ("on the theme “Accelerating the recovery ... and the full implementation of the 2030 Agenda for Sustainable Development”", A/RES/78/174)', () => {
    const text =
      'Welcoming the high-level political forum on sustainable development held in July 2023 under the theme “Accelerating the recovery from the coronavirus disease (COVID-19) and the full implementation of the 2030 Agenda for Sustainable Development at all levels”,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:2030 Agenda for Sustainable Development']);
  });

  it('guard: a framework named by pattern outside a theme stays ("the Digital Agenda for Latin America and the Caribbean")', () => {
    const text = 'Welcoming the Digital Agenda for Latin America and the Caribbean,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:Digital Agenda for Latin America and the Caribbean']);
  });
});

describe('a sitting "on <topic> in <region>" is named by the region; the venue is the one it was "held in"', () => {
  it('A/RES/80/134 PP32 (78/145 PP29): "the Forum on Sustainable Tourism and Climate Change in Central America, held from 21 to 24 September 2023 in La Ceiba, Honduras"', () => {
    const text =
      'Taking note of the outcomes of the Forum on Sustainable Tourism and Climate Change in Central America, held from 21 to 24 September 2023 in La Ceiba, Honduras, and of the third Social, Solidarity and Sustainable Tourism Forum,';
    expect(keys(text, 'Event:Forum', 'preambular')).toEqual(['Event:Forum on Sustainable Tourism and Climate Change in Central America @ 2023']);
    const atts = attributions(text, 'preambular');
    expect(atts).toContain('HELD_IN Event:Forum on Sustainable Tourism and Climate Change in Central America @ 2023 -> Place:La Ceiba');
    expect(atts.filter((a) => a.endsWith('-> Place:Central America'))).toEqual([]);
  });

  it('A/RES/78/59 PP16 (79/68, 80/63): "the African Union Extraordinary Summit of Heads of State and Government on Maritime Security and Safety and Development in Africa, held in Lomé on 15 October 2016"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/59', date: '2023-12-05' };
    const text =
      'Welcoming the adoption of the African Charter on Maritime Security and Safety and Development in Africa at the African Union Extraordinary Summit of Heads of State and Government on Maritime Security and Safety and Development in Africa, held in Lomé on 15 October 2016,';
    const evs = keys(text, 'Event:', 'preambular', ctx);
    expect(evs).toEqual(['Event:African Union Extraordinary Summit of Heads of State and Government on Maritime Security and Safety and Development in Africa @ 2016']);
    expect(attributions(text, 'preambular', ctx)).toContain(`HELD_IN ${evs[0]} -> Place:Lomé`);
  });

  it('guard: a sitting in a city is held there ("the Plenipotentiary Conference of the International Telecommunication Union in Bucharest")', () => {
    const text = 'Welcoming the outcome of the Plenipotentiary Conference in Bucharest in October 2022,';
    const atts = attributions(text, 'preambular');
    expect(atts.some((a) => a.startsWith('HELD_IN') && a.endsWith('-> Place:Bucharest'))).toBe(true);
  });

  it('guard: a sitting with no topic "in <region>" is held there ("the Regional Forum in Central America")', () => {
    const text = 'Welcoming the Fourth Regional Forum in Central America, held on 12 May 2023,';
    const atts = attributions(text, 'preambular');
    expect(atts.some((a) => a.startsWith('HELD_IN') && a.endsWith('-> Place:Central America'))).toBe(true);
  });
});

describe('guards: a framework further into a quoted theme is one the theme cites', () => {
  it('A/RES/79/286 OP4: "will address the theme “The Global Plan of Action and enduring trafficking issues ...”"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/286', date: '2025-06-27' };
    const text =
      'Decides that panel discussion 1, to be held from 3 to 4.30 p.m., will address the theme “The Global Plan of Action and enduring trafficking issues and gaps which should, inter alia, be addressed”;';
    expect(keys(text, 'Framework:', 'operative', ctx).length).toBe(1);
  });
});

describe('a specialized agency\'s document cited by a symbol printed with a space after its series', () => {
  const docKeys = (text: string): string[] => findDocumentRefs(text, GA).map((m) => m.key);

  it('A/RES/78/181 PP20 fn14 (11 notes): "Food and Agriculture Organization of the United Nations, document CL 144/9 (C 2013/20), appendix D."', () => {
    expect(docKeys('Food and Agriculture Organization of the United Nations, document CL 144/9 (C 2013/20), appendix D.')).toEqual(['Document:CL 144/9']);
  });

  it('A/RES/78/181 PP20 fn15: "..., document C 2015/20, appendix D." read with the paragraph it is marked in', () => {
    const text =
      'Recognizing also the Principles for Responsible Investment in Agriculture and Food Systems, 15 endorsed by the Committee on World Food Security,';
    const offset = text.indexOf(' 15') + 1;
    const r = extractParagraph(
      {
        id: 'PP20',
        kind: 'preambular',
        text,
        footnoteRefs: [{ mark: '15', offset, footnote: { mark: '15', text: 'Food and Agriculture Organization of the United Nations, document C 2015/20, appendix D.' } }],
        subparagraphs: [],
      },
      { body: 'General Assembly', symbol: 'A/RES/78/181', date: '2023-12-19' },
    );
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toContain('RECOGNIZES Document:C 2015/20');
  });

  it('the International Maritime Organization\'s and the Committee on World Food Security\'s ("document MSC 84/24/Add.1, annex 7", "document CFS 2023/51/3.", "document LC 32/15 and Corr.1")', () => {
    expect(docKeys('International Maritime Organization, document MSC 84/24/Add.1, annex 7.')).toEqual(['Document:MSC 84/24/Add.1']);
    expect(docKeys('Food and Agriculture Organization of the United Nations, document CFS 2023/51/3.')).toEqual(['Document:CFS 2023/51/3']);
    expect(docKeys('International Maritime Organization, document LC 32/15 and Corr.1, annex 2.')).toEqual(['Document:LC 32/15']);
    expect(docKeys('Food and Agriculture Organization of the United Nations, document C 2017/REP, appendix D.')).toEqual(['Document:C 2017/REP']);
  });

  it('guard: no word "document" before, no symbol ("in Article 2 2/3 of the Statute", "Goal 16 16/2")', () => {
    expect(docKeys('as set out in Article 2 2/3 of the Statute, and Goal 16 16/2,')).toEqual([]);
  });

  it('guard: a symbol with no space is read as before ("document A/CONF.216/5")', () => {
    expect(docKeys('See document A/CONF.216/5, annex.')).toEqual(['Document:A/CONF.216/5']);
  });
});

describe('"at its resumed fifth session": the body\'s session, as "the resumed seventy-ninth session" is read', () => {
  const PP13 =
    'Welcoming also the decision by the United Nations Environment Assembly at its resumed fifth session, in its resolution 5/14 of 2 March 2022,8 to convene an intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution,';

  it('A/RES/80/134 PP13 (78/145 and 12 more texts): "the United Nations Environment Assembly at its resumed fifth session"', () => {
    expect(keys(PP13, 'Event:', 'preambular')).toEqual(['Event:fifth session of the United Nations Environment Assembly']);
    expect(relations(PP13, 'preambular')).toContain('WELCOMES Event:fifth session of the United Nations Environment Assembly');
  });

  it('guard: "at its fifth session" is read as before', () => {
    const text = 'Recalling the ministerial declaration of the United Nations Environment Assembly at its fifth session,';
    expect(keys(text, 'Event:', 'preambular')).toEqual(['Event:fifth session of the United Nations Environment Assembly']);
  });
});

describe('the 10-Year Framework of Programmes\' tourism programme is one node', () => {
  it('A/RES/80/134 OP20 and OP27 (78/145): "the Sustainable Tourism Programme of the 10-Year Framework ..." is "the One Planet Sustainable Tourism Programme"', () => {
    const OP20 =
      'Invites Governments and other stakeholders to join the Sustainable Tourism Programme of the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns, which is aimed at promoting innovation;';
    const OP27 = 'Encourages the States members, and notes that existing initiatives, such as the One Planet Sustainable Tourism Programme, among other international initiatives, can deliver support;';
    expect(keys(OP20, 'Initiative:')).toEqual(['Initiative:One Planet Sustainable Tourism Programme']);
    expect(keys(OP20, 'Framework:')).toEqual(['Framework:10-Year Framework of Programmes on Sustainable Consumption and Production Patterns']);
    expect(keys(OP27, 'Initiative:')).toEqual(['Initiative:One Planet Sustainable Tourism Programme']);
  });

  it('guard: another programme of the Framework stays its own ("the Sustainable Food Systems Programme")', () => {
    const text = 'Invites Governments to join the Sustainable Food Systems Programme of the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns;';
    expect(keys(text, 'Initiative:One Planet')).toEqual([]);
  });
});
