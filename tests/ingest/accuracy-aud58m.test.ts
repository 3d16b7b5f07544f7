// Session-58 audit aud58m: residual faults session 57's gold sets kept (aud57t 78/263, aud57d 78/120, aud57f 80/136, aud56t
// 78/140). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const AU263 = ctxOf('A/RES/78/263', '2023-12-22');
const { attributions, relations, keys } = oneParagraph({ ctx: AU263, kind: 'operative' });

const OP12 =
  'Recognizes the adverse effects of climate change, ecological changes and natural disasters on the achievement of sustainable development in African Member States, including drought, desertification, biodiversity loss, land degradation, flooding and food insecurity, emphasizes the importance of sustainable use of natural resources and the need for adequate risk assessment and risk management strategies, highlights the importance of supporting efforts to strengthen the implementation of initiatives aimed at enhancing resilience in Africa, in particular the Comprehensive Africa Agriculture Development Programme and other initiatives launched under the leadership of the African Union Commission such as the Great Green Wall and the Land Policy Initiative and the African Union Green Recovery Action Plan, as well as initiatives launched by African countries such as the Adaptation of African Agriculture and the Security, Stability and Sustainability initiatives, and welcomes the efforts and initiatives of the African Union on addressing climate change on the continent; and in this regard welcomes the outcomes of the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change (COP27), held in Sharm el-Sheikh, Egypt, in November 2022, as well as the launch of the Climate Responses for Sustaining Peace (CRSP) initiative by Egypt as President of the twenty-seventh session of the Conference of the Parties and the African Union, as well as the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change (COP28), held in Dubai, United Arab Emirates, in December 2023;';
const OP16 =
  'Welcomes the progress made in improving the collection and use of disaggregated migration data, including through the establishment of migration data and knowledge centres and observatories, such as the African Migration Observatory, as well as the promotion of bilateral and regional exchanges and initiatives on migration data;';
const OP26 =
  'Stresses the critical importance of a regional approach to conflict prevention, including early action to address rising conflict risk and emerging violent conflict and, in particular with respect to cross-border issues such as transnational organized crime, drug trafficking, disarmament, demobilization, repatriation, resettlement and reintegration programmes, the prevention and combating of illegal exploitation of and trafficking in natural resources and high-value commodities and the illicit trade in small arms and light weapons in all its aspects, and emphasizes in this regard the central role of national Governments, the African Union and subregional organizations in addressing such issues, and welcomes the role of the African Union Mechanism for Police Cooperation (AFRIPOL), based in Algeria, in fighting the organized crimes in Africa;';
const OP30 =
  'Welcomes the ongoing efforts of the African Union and subregional organizations to strengthen their capacity in peacekeeping operations on the continent, in accordance with Chapter VIII of the Charter of the United Nations and in close coordination with the United Nations, through the Peace and Security Council of the African Union, and in this regard takes note of the Cairo Road Map on Enhancing Peacekeeping Operations: From Mandate to Exit that was endorsed by the Peace and Security Council of the African Union as an African contribution to advance United Nations peacekeeping reform efforts related to the Secretary-General’s Action for Peacekeeping initiative, and further welcomes language from the communiqué as well as the ongoing efforts to develop a continental early warning system, strengthen the readiness of the African Standby Force and enhance mediation capacity and preventive diplomacy, including through the Panel of the Wise;';
const OP34 =
  'Recalls decision Assembly/AU/Dec.729(XXXII) of 11 February 2019 of the Assembly of Heads of State and Government of the African Union on revitalizing and operationalizing the African Union Policy on Post-Conflict Reconstruction and Development, while aligning it with the evolving international discourse on peacebuilding and sustaining peace and the actual needs of countries emerging from conflict in Africa, and calls upon the United Nations system and Member States to support the peace consolidation mechanisms and processes, including the African Peace and Security Architecture, the African Governance Architecture, the African Union Post-Conflict Reconstruction and Development Framework and the African Union Centre for Post-Conflict Reconstruction and Development, in order to fully contribute to conflict prevention, peacemaking initiatives, peacebuilding and post-conflict reconstruction;';
const OP39 =
  'Welcomes the launching by the African Union Commission and United Nations Development Programme, of the Africa Facility to Support Inclusive Transitions, on the sidelines of the fifth African Union mid-year coordination meeting, held in Nairobi on 15 July 2023;';

const AUC = 'Organization:African Union Commission';
const AU = 'Organization:African Union';

describe('item 1 (aud57t 78/263): the African Union texts of "Promotion of durable peace" (78/263, 79/264)', () => {
  it('A/RES/78/263 OP12: "other initiatives launched under the leadership of the African Union Commission such as the Great Green Wall and the Land Policy Initiative and the African Union Green Recovery Action Plan": the Commission LEADS each', () => {
    const att = attributions(OP12);
    expect(att).toContain(`LEADS ${AUC} -> Initiative:Great Green Wall`);
    expect(att).toContain(`LEADS ${AUC} -> Initiative:Land Policy Initiative`);
    expect(att).toContain(`LEADS ${AUC} -> Framework:African Union Green Recovery Action Plan`);
    // (the list ends at ", as well as": the countries' initiatives are not the Commission's; nor the programme before "and other")
    expect(att.filter((a) => a.startsWith(`LEADS ${AUC}`) && /Adaptation|Comprehensive|Climate Responses/.test(a))).toEqual([]);
  });

  it('guard: A/RES/78/182 PP6 "..., developed under the leadership of ... (UN-Women)" still LEADS the framework printed before', () => {
    const att = attributions(
      'Welcoming the United Nations System-wide Action Plan on Gender Equality and the Empowerment of Women, developed under the leadership of the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women),',
      'preambular',
      ctxOf('A/RES/78/182', '2023-12-19'),
    );
    expect(att.filter((a) => a.startsWith('LEADS Organization:United Nations Entity for Gender Equality and the Empowerment of Women ->'))).toHaveLength(1);
  });

  it('A/RES/78/263 OP16: "such as the African Migration Observatory": a body of the Union, an Organization', () => {
    expect(keys(OP16, 'Organization:African Migration')).toEqual(['Organization:African Migration Observatory']);
    expect(relations(OP16)).toContain('WELCOMES Organization:African Migration Observatory');
  });

  it('A/RES/78/263 OP26: "the role of the African Union Mechanism for Police Cooperation (AFRIPOL)": an organ PART_OF the Union, which takes the verb too', () => {
    const AFRIPOL = 'Organization:African Union Mechanism for Police Cooperation';
    expect(relations(OP26)).toContain(`WELCOMES ${AFRIPOL}`);
    expect(relations(OP26)).toContain(`WELCOMES ${AU}`);
    const att = attributions(OP26);
    expect(att).toContain(`PART_OF ${AFRIPOL} -> ${AU}`);
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: "the International Residual Mechanism for Criminal Tribunals" is no organ of an owner', () => {
    const att = attributions('Welcomes the work of the International Residual Mechanism for Criminal Tribunals,', 'preambular');
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });

  it('A/RES/78/263 OP30: "the Cairo Road Map on Enhancing Peacekeeping Operations: From Mandate to Exit that was endorsed by the Peace and Security Council of the African Union"', () => {
    const MAP = 'Framework:Cairo Road Map on Enhancing Peacekeeping Operations: From Mandate to Exit';
    expect(relations(OP30)).toContain(`NOTES ${MAP}`);
    expect(attributions(OP30)).toContain(`ENDORSES Organization:Peace and Security Council of the African Union -> ${MAP}`);
  });

  it('A/RES/78/263 OP34: "operationalizing the African Union Policy on Post-Conflict Reconstruction and Development": a Framework the verb takes', () => {
    expect(relations(OP34)).toContain('RECALLS Framework:African Union Policy on Post-Conflict Reconstruction and Development');
    // (its Framework and Centre, read before, unchanged)
    expect(relations(OP34)).toContain('CALLS_UPON Framework:African Union Post-Conflict Reconstruction and Development Framework');
    expect(relations(OP34)).toContain('CALLS_UPON Organization:African Union Centre for Post-Conflict Reconstruction and Development');
  });

  it('A/RES/78/263 OP39: "on the sidelines of the fifth African Union mid-year coordination meeting, held in Nairobi on 15 July 2023"', () => {
    const MEETING = 'Event:fifth African Union mid-year coordination meeting';
    expect(relations(OP39)).toContain(`WELCOMES ${MEETING}`);
    const att = attributions(OP39);
    expect(att).toContain(`HELD_IN ${MEETING} -> Place:Nairobi`);
    expect(att).toContain(`STARTS_ON ${MEETING} -> Date:2023-07-15`);
  });
});

describe('item 1 guard: "that was adopted at" stays unread', () => {
  it('A/RES/78/134 OP21: "the ministerial decision on the TRIPS Agreement that was adopted at the twelfth Ministerial Conference of the World Trade Organization": the decision was adopted, not the Agreement', () => {
    const att = attributions(
      'Takes note with appreciation of the ministerial decision on the TRIPS Agreement that was adopted at the twelfth Ministerial Conference of the World Trade Organization to authorize the use of the subject matter of a patent required for the production and supply of COVID-19 vaccines without the consent of the right holder to the extent necessary to address the COVID-19 pandemic;',
      'operative',
      ctxOf('A/RES/78/134', '2023-12-19'),
    );
    expect(att.filter((a) => a.startsWith('ADOPTED ') && a.includes('Intellectual Property'))).toEqual([]);
  });
});

describe('item 2 (aud57d 78/120): the Secretary-General\'s agenda, his Special Envoys on El Niño, the day of a Summit named by its year', () => {
  const CTX120 = ctxOf('A/RES/78/120', '2023-12-15');
  const SG = 'Organization:Secretary-General of the United Nations';

  it('A/RES/78/120 OP18: "recognizes the importance of the Secretary-General’s Action Agenda on Internal Displacement": he LEADS his agenda', () => {
    const text =
      'Encourages Member States, regional organizations, the United Nations, humanitarian and development organizations and other relevant stakeholders, as appropriate, to continue to strengthen international and regional collaboration to provide assistance and support and achieve durable solutions for internally displaced persons, and in this regard recognizes the importance of the Secretary-General’s Action Agenda on Internal Displacement;';
    expect(attributions(text, 'operative', CTX120)).toContain(`LEADS ${SG} -> Framework:Action Agenda on Internal Displacement`);
    expect(relations(text, 'operative', CTX120)).toContain(`RECOGNIZES ${SG}`);
  });

  it('guard: A/RES/79/264 "the African Union’s Agenda 2063": a body\'s possessive before the agenda it adopted states no lead', () => {
    const att = attributions('Reaffirms its support for the African Union’s Agenda 2063,', 'operative', ctxOf('A/RES/79/264', '2024-12-17'));
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('A/RES/78/120 OP85: "notes the work of the Special Envoys of the Secretary-General on El Niño and Climate": the envoys, one node', () => {
    const text =
      'Urges Member States to strengthen early warning systems, and notes the work of the Special Envoys of the Secretary-General on El Niño and Climate and the blueprint for action prepared by them, and the standard operating procedures for El Niño/ Southern Oscillation events of the Inter-Agency Standing Committee;';
    expect(relations(text, 'operative', CTX120)).toContain('NOTES Organization:Special Envoys of the Secretary-General on El Niño and Climate');
  });

  it('A/RES/78/120 PP10: "the 2019 Climate Action Summit convened by the Secretary-General on 23 September": the day takes the year of the name', () => {
    const text = 'Welcoming the holding of the 2019 Climate Action Summit convened by the Secretary-General on 23 September, and taking note of the multi-partner initiatives and commitments presented during the Summit,';
    expect(keys(text, 'Date:', 'preambular', CTX120)).toContain('Date:2019-09-23');
  });

  it('guard: a yearless day after a year that names no sitting stays undated ("the 2030 Agenda ... on 23 September")', () => {
    const text = 'Recalling the 2030 Agenda for Sustainable Development and the high-level dialogue held on 23 September,';
    expect(keys(text, 'Date:', 'preambular', CTX120).filter((k) => k.startsWith('Date:2030-'))).toEqual([]);
  });
});

describe('item 5 (aud56t 78/140): "the informal process launched by X on <Initiative>"', () => {
  const FFDI = 'Initiative:Financing for Development in the Era of COVID-19 and Beyond Initiative';
  it('A/RES/78/140 PP19: "... the informal process launched by the Secretary-General and the Governments of Canada and Jamaica on Financing for Development in the Era of COVID-19 and Beyond": the three launchers LEAD it', () => {
    const text =
      'Acknowledging that the COVID-19 pandemic has put a spotlight on the limitations of the Governments of developing countries to marshal resources in times of crisis, and recalling the meetings of discussion group VI of the informal process launched by the Secretary-General and the Governments of Canada and Jamaica on Financing for Development in the Era of COVID-19 and Beyond,';
    const att = attributions(text, 'preambular', ctxOf('A/RES/78/140', '2023-12-19'));
    expect(att).toContain(`LEADS Organization:Secretary-General of the United Nations -> ${FFDI}`);
    expect(att).toContain(`LEADS Place:Canada -> ${FFDI}`);
    expect(att).toContain(`LEADS Place:Jamaica -> ${FFDI}`);
  });

  it('guard: "a process launched by the Secretary-General on 12 September 2019" names no initiative after "on"', () => {
    const att = attributions('Noting the process launched by the Secretary-General on 12 September 2019,', 'preambular', ctxOf('A/RES/78/140', '2023-12-19'));
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});

describe('item 4 (aud57f 80/136): "the Atlantic" printed alone as a region of small island developing States', () => {
  const CTX136 = ctxOf('A/RES/80/136', '2025-12-15');
  it('A/RES/80/136 OP15: "a coordination mechanism for the Atlantic, Indian Ocean and South China Sea small island developing States"', () => {
    const text =
      'Welcomes the progress on establishing a coordination mechanism for the Atlantic, Indian Ocean and South China Sea small island developing States to support the implementation of the Antigua and Barbuda Agenda for Small Island Developing States;';
    const places = keys(text, 'Place:', 'operative', CTX136);
    expect(places).toContain('Place:Atlantic');
    expect(places).toContain('Place:Indian Ocean');
  });

  it('guard: "the South Atlantic" and "the North Atlantic Treaty Organization" keep their own names', () => {
    expect(keys('Recalling the zone of peace and cooperation of the South Atlantic,', 'Place:', 'preambular', CTX136)).toEqual(['Place:South Atlantic']);
    expect(keys('Noting the role of the North Atlantic Treaty Organization,', 'Place:', 'preambular', CTX136)).toEqual([]);
  });
});

describe('item 4 (aud57f 80/136): "the Partnership for Action ... between the A and the B"', () => {
  const CTX136 = ctxOf('A/RES/80/136', '2025-12-15');
  it('A/RES/80/136 OP20: the two parties of the partnership LEAD it (the first printed with its owner)', () => {
    const text =
      'Notes with appreciation the Partnership for Action on small island developing States between the Development Assistance Committee of the Organisation for Economic Co-operation and Development and the Alliance of Small Island States launched at the Fourth International Conference on Small Island Developing States aimed at delivering solutions to some priority areas for small island developing States;';
    const leads = attributions(text, 'operative', CTX136).filter((a) => a.startsWith('LEADS'));
    expect(leads).toEqual([
      'LEADS Organization:Development Assistance Committee -> Initiative:Partnership for Action',
      'LEADS Organization:Alliance of Small Island States -> Initiative:Partnership for Action',
    ]);
  });

  it('guard: A/RES/79/290 "the Joint Declaration on Comprehensive Partnership between the Association of Southeast Asian Nations and the United Nations": a declaration, no lead', () => {
    const att = attributions(
      'Welcomes the commitment to implementing the Joint Declaration on Comprehensive Partnership between the Association of Southeast Asian Nations and the United Nations, issued on 19 November 2011;',
      'operative',
      ctxOf('A/RES/79/290', '2025-06-02'),
    );
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});
