// Session-51 audit aud51a (gold set aud51a: A/RES/78/149, 78/146, 80/158, Second Committee). Each case quotes the file and
// paragraph it comes from; each fix has a guard.
// - "the obligation upon Israel under the road map" after the Quartet road map was named (A/RES/80/158 PP22, 79/229 PP22,
//   78/170 PP22, the yearly permanent sovereignty texts): the short form is the Quartet's road map.
// - the Barbados Programme of Action, printed by its title, by "Barbados Programme of Action" or by both (A/RES/79/203 PP2,
//   78/232 OP28, 78/317, 80/110, 80/136): one instrument, three nodes before.
// - the Small Island Developing States Centre of Excellence, printed by its launched title "the Centre of Excellence for the
//   Sustainable Development of Small Island Developing States" (A/RES/79/203 PP12, OP8-OP11): one body, two nodes before.
// - "the fourth United Nations Conference on Small Island Developing States, in Antigua and Barbuda in May 2024" (A/RES/78/144
//   PP30): the Fourth International Conference on SIDS (a node of its own before).
// - "the Global Programme of Action" after its full name inside its review meeting's name (A/RES/78/68 OP237, 79/145, 80/109):
//   UNEP's Global Programme of Action for the Protection of the Marine Environment from Land-based Activities.
// - an initiative named by its quoted title after "project|programme|campaign|initiative entitled" (A/RES/78/146 PP17 note 16
//   "the Baltic Sea research project entitled “Chemical Munitions, Search and Assessment (CHEMSEA)”", 78/282 OP6, 79/133 OP5).
// - "the Peoples’ World Conference on Climate Change and the Rights of Mother Earth" (A/RES/79/210 PP5): the whole name (it was
//   cut at "and the").
// - "the Harmony with Nature Knowledge Network", "the System of Environmental-Economic Accounting" (A/RES/79/210 PP33, OP6; PP24,
//   OP14): named (no mention before: a lowercase word, a hyphenated word inside the name).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const RES_80_158: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/158', date: '2025-12-15' };
const { relations } = oneParagraph({ ctx: RES_80_158, kind: 'preambular' });

describe('"the road map" after the Quartet road map was named: the Quartet\'s road map', () => {
  const QUARTET = 'Framework:Quartet performance-based road map to a permanent two-State solution to the Israeli-Palestinian conflict';
  const PP21 =
    'Stressing the urgency of achieving without delay an end to the Israeli occupation that began in 1967 and a just, lasting and comprehensive peace settlement on all tracks, on the basis of Security Council resolutions 242 (1967), 338 (1973) of 22 October 1973, 425 (1978) of 19 March 1978, 1397 (2002) of 12 March 2002 and 2334 (2016), the principle of land for peace, the Arab Peace Initiative and the Quartet performance-based road map to a permanent two-State solution to the Israeli-Palestinian conflict, as endorsed by the Council in its resolution 1515 (2003) of 19 November 2003 and supported by the Council in its resolution 1850 (2008) of 16 December 2008,';
  const PP22 =
    'Stressing also, in this regard, the need for respect for the obligation upon Israel under the road map to freeze settlement activity, including so-called “natural growth”, and to dismantle all settlement outposts erected since March 2001,';

  it('A/RES/80/158 PP22 after PP21 (79/229, 78/170 PP22): "the obligation upon Israel under the road map": EMPHASIZES the Quartet road map', () => {
    const ctx = { ...RES_80_158 };
    expect(relations(PP21, 'preambular', ctx)).toContain(`EMPHASIZES ${QUARTET}`);
    expect(relations(PP22, 'preambular', ctx)).toContain(`EMPHASIZES ${QUARTET}`);
  });

  it('guard: with no Quartet road map named before, "the road map" names nothing', () => {
    expect(relations(PP22, 'preambular', { ...RES_80_158 }).filter((r) => r.startsWith('EMPHASIZES Framework:'))).toEqual([]);
  });

  it('guard: A/RES/78/149 OP3 "the Secretary-General\'s proposed road map for accelerated action on Goal 7" stays no Quartet road map after it was named', () => {
    const ctx = { ...RES_80_158 };
    relations(PP21, 'preambular', ctx);
    const op3 =
      'Takes note of the Secretary-General’s proposed road map for accelerated action on Goal 7, as described in the report of the Secretary-General on ensuring access to affordable, reliable, sustainable and modern energy for all;';
    expect(relations(op3, 'operative', ctx)).not.toContain(`NOTES ${QUARTET}`);
  });
});

describe('the small island developing States\' programme and centre: one node each however printed', () => {
  const RES_79_203: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/203', date: '2024-12-19' };
  const BPOA = 'Framework:Programme of Action for the Sustainable Development of Small Island Developing States';
  const MAURITIUS = 'Framework:Mauritius Strategy for the Further Implementation of the Programme of Action for the Sustainable Development of Small Island Developing States';
  const CENTRE = 'Organization:Small Island Developing States Centre of Excellence';
  const { keys } = oneParagraph({ ctx: RES_79_203, kind: 'preambular' });

  it('A/RES/79/203 PP2: "the Barbados Programme of Action for the Sustainable Development of Small Island Developing States" is the Programme, beside the Mauritius Strategy', () => {
    const text =
      'Reaffirming also the continued applicability of the SIDS Accelerated Modalities of Action (SAMOA) Pathway, the Mauritius Strategy for the Further Implementation of the Programme of Action for the Sustainable Development of Small Island Developing States and the Barbados Programme of Action for the Sustainable Development of Small Island Developing States, and noting that despite the considerable progress small island developing States have made over the past three decades the vision of these programmes of action remains unmet,';
    const k = keys(text, 'Framework:');
    expect(k).toContain(BPOA);
    expect(k).toContain(MAURITIUS);
    expect(k.filter((x) => x.includes('Barbados'))).toEqual([]);
  });

  it('A/RES/78/232 OP28: "implementing the Barbados Programme of Action, the Mauritius Strategy and the Samoa Pathway" is the Programme its title named before', () => {
    const ctx = { ...RES_79_203, symbol: 'A/RES/78/232', date: '2023-12-22' };
    const text =
      'Reaffirms the commitment to take urgent and concrete action to address the vulnerability of small island developing States, including through the sustained implementation of the Programme of Action for the Sustainable Development of Small Island Developing States, the Mauritius Strategy for the Further Implementation of the Programme of Action for the Sustainable Development of Small Island Developing States and the Samoa Pathway, and underlines the urgency of finding additional solutions to the major challenges facing small island developing States in a concerted manner so as to support them in sustaining the momentum realized in implementing the Barbados Programme of Action, the Mauritius Strategy and the Samoa Pathway and achieving the 2030 Agenda for Sustainable Development;';
    const k = keys(text, 'Framework:', 'operative', ctx);
    expect(k.filter((x) => x === BPOA).length).toBeGreaterThanOrEqual(2);
    expect(k.filter((x) => x.includes('Barbados'))).toEqual([]);
  });

  it('guard: the Mauritius Strategy named alone is no mention of the Programme its title holds', () => {
    const text = 'Recalling the Mauritius Strategy for the Further Implementation of the Programme of Action for the Sustainable Development of Small Island Developing States,';
    expect(keys(text, 'Framework:')).toEqual([MAURITIUS]);
  });

  it('A/RES/79/203 PP12, OP8: "the Centre of Excellence for the Sustainable Development of Small Island Developing States", then "the Centre of Excellence": the SIDS Centre of Excellence', () => {
    const ctx = { ...RES_79_203 };
    const pp12 =
      'Welcoming the launch of the Centre of Excellence for the Sustainable Development of Small Island Developing States, which includes a small island developing States data hub, a technology and innovation mechanism and an Island Investment Forum, and the global small island developing States debt sustainability support service, by the Government of Antigua and Barbuda,';
    expect(keys(pp12, 'Organization:', 'preambular', ctx)).toEqual([CENTRE]);
    const op8 =
      'Looks forward to the operationalization of the Centre of Excellence, and reiterates the call for the Centre to collaborate with universities, academic institutions, regional organizations and the private sector to avoid duplication and ensure coordinated and coherent support for small island developing States;';
    expect(keys(op8, 'Organization:', 'operative', ctx)).toContain(CENTRE);
  });

  it('guard: A/RES/78/152 OP56 "the Centre of Excellence on Climate and Disaster Resilience" stays its own body', () => {
    const ctx = { ...RES_79_203, symbol: 'A/RES/78/152', date: '2023-12-19' };
    const text = 'Notes the ongoing work of the Centre of Excellence on Climate and Disaster Resilience;';
    expect(keys(text, 'Organization:', 'operative', ctx)).toEqual(['Organization:Centre of Excellence on Climate and Disaster Resilience']);
  });
});

describe('"the fourth United Nations Conference on Small Island Developing States": the Fourth International Conference on SIDS', () => {
  const RES_78_144: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/144', date: '2023-12-19' };
  const SIDS4 = 'Event:Fourth International Conference on Small Island Developing States';
  const { keys } = oneParagraph({ ctx: RES_78_144, kind: 'preambular' });

  it('A/RES/78/144 PP30: "looking forward to ... the fourth United Nations Conference on Small Island Developing States, in Antigua and Barbuda in May 2024"', () => {
    const text =
      'Recalling further all relevant strategies and programmes of action for the least developed countries, landlocked developing countries and small island developing States, recalling the Fifth United Nations Conference on the Least Developed Countries, held in Doha, looking forward to the convening of the third United Nations Conference on Landlocked Developing Countries, in Kigali in June 2024, and the fourth United Nations Conference on Small Island Developing States, in Antigua and Barbuda in May 2024, and recognizing the major challenge to the achievement of durable peace,';
    const k = keys(text, 'Event:');
    expect(k).toContain(SIDS4);
    expect(k).toContain('Event:Third United Nations Conference on Landlocked Developing Countries');
    expect(k.filter((x) => x.startsWith('Event:Fourth United Nations Conference on Small'))).toEqual([]);
  });

  it('guard: "the Fourth United Nations Conference on the Least Developed Countries" stays that conference', () => {
    expect(keys('Recalling the Fourth United Nations Conference on the Least Developed Countries, held in Istanbul, Turkey,', 'Event:')).toEqual([
      'Event:Fourth United Nations Conference on the Least Developed Countries',
    ]);
  });
});

describe('"the Global Programme of Action": the programme on land-based pollution of the marine environment', () => {
  const RES_78_68: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' };
  const GPA = 'Framework:Global Programme of Action for the Protection of the Marine Environment from Land-based Activities';
  const { relations } = oneParagraph({ ctx: RES_78_68, kind: 'operative' });

  it('A/RES/78/68 OP237 (79/145 OP245, 80/109 OP252): "recognizing the continued relevance ... of the Global Programme of Action and its three global partnerships"', () => {
    const text =
      'Notes the decision by the fifth Intergovernmental Review Meeting on the Implementation of the Global Programme of Action for the Protection of the Marine Environment from Land-based Activities to hold no further sessions of the periodic Intergovernmental Review, while recognizing the continued relevance and valuable role of the Global Programme of Action and its three global partnerships, namely the Global Partnership on Marine Litter, the Global Partnership on Nutrient Management and the Global Wastewater Initiative, to safeguard marine ecosystems;';
    const rel = relations(text);
    expect(rel).toContain(`RECOGNIZES ${GPA}`);
    expect(rel.filter((r) => r.endsWith('Framework:Global Programme of Action'))).toEqual([]);
  });

  it('guard: with no full name before it in the resolution, "the Global Programme of Action" stays as printed (as aud31h\'s guard)', () => {
    expect(relations('Recognizes the importance and valuable role of the Global Programme of Action and its three global partnerships;', 'operative', { ...RES_78_68 })).toEqual([
      'RECOGNIZES Framework:Global Programme of Action',
    ]);
  });

  it('guard: "the World Programme of Action for Youth" stays that programme', () => {
    expect(relations('Recalls the World Programme of Action for Youth;')).toEqual(['RECALLS Framework:World Programme of Action for Youth']);
  });
});

describe('an initiative named by its quoted title after its kind word and "entitled"', () => {
  const RES_78_146: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/146', date: '2023-12-19' };
  const { extract, keys, relations } = oneParagraph({ ctx: RES_78_146, kind: 'preambular' });

  it('A/RES/78/146 PP17 (note 16): "the Baltic Sea research project entitled “Chemical Munitions, Search and Assessment (CHEMSEA)”"', () => {
    const text =
      'Noting the national, regional and international activities, including scientific research, see, for example, the findings of the Baltic Sea research project entitled “Chemical Munitions, Search and Assessment (CHEMSEA)”, which is conducting research on environmental effects related to chemical munitions dumped at sea,';
    const chemsea = extract(text).mentions.find((m) => m.kind === 'Initiative');
    expect(chemsea?.key).toBe('Initiative:Chemical Munitions, Search and Assessment');
    expect(chemsea?.attrs.acronym).toBe('CHEMSEA');
    expect(relations(text)).toContain('NOTES Initiative:Chemical Munitions, Search and Assessment');
  });

  it('A/RES/78/282 OP6: "an outreach programme entitled “The Srebrenica Genocide and the United Nations”": the programme, no request to the United Nations', () => {
    const ctx = { ...RES_78_146, symbol: 'A/RES/78/282', date: '2024-05-23' };
    const text =
      'Requests the Secretary-General to establish an outreach programme entitled “The Srebrenica Genocide and the United Nations”, starting its activities with preparations for the thirtieth anniversary in 2025;';
    const rel = relations(text, 'operative', ctx);
    expect(rel).toContain('REQUESTS Initiative:The Srebrenica Genocide and the United Nations');
    expect(rel).not.toContain('REQUESTS Organization:United Nations');
  });

  it('guard: a report or a resolution entitled “...” is no initiative', () => {
    expect(keys('Taking note of the report of the Secretary-General entitled “Our Common Agenda”,', 'Initiative:')).toEqual([]);
    expect(keys('Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,', 'Initiative:')).toEqual([]);
  });
});

describe('"the Peoples’ World Conference on Climate Change and the Rights of Mother Earth": read whole', () => {
  const RES_79_210: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/210', date: '2024-12-19' };
  const { keys } = oneParagraph({ ctx: RES_79_210, kind: 'preambular' });

  it('A/RES/79/210 PP5: "Noting the Peoples’ World Conference on Climate Change and the Rights of Mother Earth, hosted by the Plurinational State of Bolivia in Cochabamba from 20 to 22 April 2010"', () => {
    const text =
      'Noting the Peoples’ World Conference on Climate Change and the Rights of Mother Earth, hosted by the Plurinational State of Bolivia in Cochabamba from 20 to 22 April 2010,';
    expect(keys(text, 'Event:')).toEqual(["Event:Peoples' World Conference on Climate Change and the Rights of Mother Earth @ 2010"]);
  });

  it('guard: two sittings joined by "and the" stay two ("the Games of the XXXIV Olympiad and the XVIII Paralympic Games")', () => {
    const k = keys('Welcoming the Games of the XXXIV Olympiad and the XVIII Paralympic Games, to be held in Los Angeles, United States of America, in 2028,', 'Event:');
    expect(k.length).toBe(2);
  });
});

describe('the Harmony with Nature texts\' network and accounting standard', () => {
  const RES_79_210: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/210', date: '2024-12-19' };
  const { relations } = oneParagraph({ ctx: RES_79_210, kind: 'preambular' });

  it('A/RES/79/210 PP33: "Noting the work of the experts of the Harmony with Nature Knowledge Network"', () => {
    const text =
      'Noting the work of the experts of the Harmony with Nature Knowledge Network, who are collaborating on important activities in order to support the United Nations with the goal of ensuring that people everywhere have the relevant information,';
    expect(relations(text)).toContain('NOTES Initiative:Harmony with Nature Knowledge Network');
  });

  it('A/RES/79/210 OP14: "including through the System of Environmental-Economic Accounting and other relevant intergovernmental initiatives"', () => {
    const text =
      'Encourages all countries to develop and strengthen the quality and quantity of basic national statistical data on the three dimensions of sustainable development, including through the System of Environmental-Economic Accounting and other relevant intergovernmental initiatives;';
    expect(relations(text, 'operative')).toContain('ENCOURAGES Framework:System of Environmental-Economic Accounting');
  });

  it('guard: "in harmony with nature" printed in lower case names nothing', () => {
    expect(relations('Calls for holistic approaches that will guide humanity to live in harmony with nature;', 'operative')).toEqual([]);
  });
});
