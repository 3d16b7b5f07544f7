// Session-33 audit aud33e: identity (one node per real thing). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { ParagraphText } from '../../ingest/models.js';
import { gaResolution, graphOf, orgKeys, para } from '../helpers/graph-of.js';


const GGE = 'Organization:Group of Governmental Experts';
const PAROS = `${GGE} on Further Practical Measures for the Prevention of an Arms Race in Outer Space`;
const MANDATE = `${GGE} to consider and make recommendations on substantial elements of an international legally binding instrument on the prevention of an arms race in outer space`;
const OP7_77_250 =
  'Welcomes the work of the Group of Governmental Experts established pursuant to resolution 77/250, entitled “Further practical measures for the prevention of an arms race in outer space”, which was tasked with considering and making recommendations on substantial elements of an international legally binding instrument on the prevention of an arms race in outer space;';
const OP14_MANDATE =
  'Welcomes the establishment for the period 2024–2028 of an open-ended working group which is tasked to continue, building on the work of the Group of Governmental Experts to consider and to make recommendations on substantial elements of an international legally binding instrument on the prevention of an arms race in outer space, including, inter alia, on the prevention of the placement of weapons in outer space;';

describe('a group of governmental experts named by its mandate after the resolution named it by its establishing resolution', () => {
  it('A/RES/79/21 OP7, OP14: "the Group of Governmental Experts to consider and to make recommendations ..." is the group of 77/250 named in OP7', () => {
    expect(orgKeys('A/RES/79/21', [para('OP7', OP7_77_250), para('OP14', OP14_MANDATE)])).toEqual([[`${GGE} (A/RES/77/250)`], [`${MANDATE} (A/RES/77/250)`]]);
  });

  it('guard: A/RES/78/238 OP7, no group keyed with a resolution before it: the mandate name stays unkeyed (72/250 gave the same mandate)', () => {
    const op7 =
      'Welcomes the establishment in 2023 of the Group of Governmental Experts to consider and make recommendations on substantial elements of an international legally binding instrument on the prevention of an arms race in outer space, including, inter alia, on the prevention of the placement of weapons in outer space;';
    expect(orgKeys('A/RES/78/238', [para('OP7', op7)])).toEqual([[MANDATE]]);
  });

  it('graph: A/RES/79/21 (bare and mandate of 77/250) and A/RES/79/19 PP22 (full name of 77/250) make one group; 72/250 stays apart', () => {
    const named = gaResolution('A/RES/79/19', '2024-12-02', [
      para('PP21', 'Recalling the comprehensive and substantive discussions of the Group of Governmental Experts that was convened in 2018 and 2019 pursuant to its resolution 72/250 of 24 December 2017,'),
      para('PP22', 'Welcoming the adoption by consensus by the Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space, established pursuant to General Assembly resolution 77/250 of 30 December 2022, of its report,'),
    ]);
    const mandated = gaResolution('A/RES/79/21', '2024-12-02', [para('OP7', OP7_77_250), para('OP14', OP14_MANDATE)]);
    const g = graphOf(named, mandated);
    expect(g.filterNodes((key) => key.startsWith(GGE)).sort()).toEqual([`${GGE} (A/RES/72/250)`, `${PAROS} (A/RES/77/250)`]);
    expect(g.filterInEdges(`${PAROS} (A/RES/77/250)`, (_e, a, source) => a.type === 'WELCOMES' && source === 'Resolution:A/RES/79/21').length).toBe(2);
  });

  it('graph guard: names keyed with one resolution that do not start with one another stay apart (A/RES/79/117 OP6 "Working Group II", OP11 "Working Group III")', () => {
    const r = gaResolution('A/RES/79/117', '2024-12-04', [
      para('OP6', 'Takes note with interest of the decision of the Commission to mandate Working Group II to work on the recognition and enforcement of electronic arbitral awards;'),
      para('OP11', 'Expresses its appreciation to the European Union to the trust fund, which would facilitate the participation of representatives of developing countries in the deliberations of Working Group III;'),
    ]);
    const keys = graphOf(r).filterNodes((key) => key.startsWith('Organization:Working Group')).sort();
    expect(keys).toEqual(['Organization:Working Group II (A/RES/79/117)', 'Organization:Working Group III (A/RES/79/117)']);
  });
});

describe('a plan printed with the place it belongs to and, in the same texts, as "its" plan after the place', () => {
  const PP14 =
    'Bearing in mind the development aspirations of Tokelau as expressed in its revised National Strategic Plan 2021–2026, with a shared vision of “Thriving communities with opportunities for all”,';
  const OP6 = 'Takes note of the National Strategic Plan 2021–2026 of Tokelau, which further prioritizes good governance, as an important framework for the Territory’s sustainable future;';
  const plans = (...rs: ReturnType<typeof gaResolution>[]): string[] => graphOf(...rs).filterNodes((key) => key.startsWith('Framework:National')).sort();

  it('graph: A/RES/78/97 PP14 "its revised National Strategic Plan 2021–2026" and OP6 "... of Tokelau" (79/110, 80/101) are one plan', () => {
    const r = gaResolution('A/RES/78/97', '2023-12-07', [para('PP14', PP14), para('OP6', OP6)]);
    expect(plans(r)).toEqual(['Framework:National Strategic Plan 2021-2026 of Tokelau']);
  });

  it('graph guard: the short name printed in a text that does not name the place stays apart (a constructed near form: another territory\'s plan)', () => {
    const tokelau = gaResolution('A/RES/78/97', '2023-12-07', [para('OP6', OP6)]);
    const other = gaResolution('A/RES/78/101', '2023-12-07', [para('PP5', 'Noting the National Strategic Plan 2021–2026 adopted by the territorial Government,')]);
    expect(plans(tokelau, other)).toEqual(['Framework:National Strategic Plan 2021-2026', 'Framework:National Strategic Plan 2021-2026 of Tokelau']);
  });
});

/** The Framework keys of each paragraph, read in order as one resolution. */
function frameworkKeys(symbol: string, paragraphs: ParagraphText[], prefix: string): string[][] {
  return orgKeys(symbol, paragraphs, `Framework:${prefix}`);
}

describe('one declaration printed with its subtitle, with its authors and short', () => {
  const REYKJAVIK = 'Framework:Reykjavik Declaration of Heads of State and Government of the Council of Europe';
  it('A/RES/79/284 PP7 (": United around Our Values"), PP11 (short), OP25 (full): one declaration', () => {
    const got = frameworkKeys('A/RES/79/284', [
      para('PP7', 'Welcoming the increasingly close relations between the United Nations and the Council of Europe, and noting the call to strengthen the partnership between the Council of Europe and the United Nations as expressed in the Reykjavik Declaration: United around Our Values, which was adopted at the fourth Summit of Heads of State and Government of the Council of Europe, held in Reykjavik on 16 and 17 May 2023,'),
      para('PP11', 'Recalling that the Committee of Ministers of the Council of Europe continues to supervise their execution, recalling also that the Reykjavik Declaration stressed the need to make every effort to ensure the execution of the Court’s judgments by the Russian Federation,'),
      para('OP25', 'Also notes the priority accorded by the Council of Europe to the protection of the environment, as recognized in appendix V to the Reykjavik Declaration of Heads of State and Government of the Council of Europe;'),
    ], 'Reykjavik');
    expect(got).toEqual([[REYKJAVIK], [REYKJAVIK], [REYKJAVIK]]);
  });

  it('guard: A/RES/78/68 PP77, FAO\'s "Reykjavik Declaration on Responsible Fisheries in the Marine Ecosystem" keeps its name', () => {
    const pp77 =
      'Recognizing the importance of applying ecosystem approaches to the management of human activities in the ocean, and noting in this regard the Reykjavik Declaration on Responsible Fisheries in the Marine Ecosystem, the work of the Food and Agriculture Organization of the United Nations,';
    expect(frameworkKeys('A/RES/78/68', [para('PP77', pp77)], 'Reykjavik')).toEqual([['Framework:Reykjavik Declaration on Responsible Fisheries in the Marine Ecosystem']]);
  });

  it('A/RES/78/154 PP23 "the Riyadh Leader’s Declaration" is the Riyadh Leaders’ Declaration of 79/207 PP25', () => {
    const text = (who: string) =>
      `Recognizing the Global Initiative on Reducing Land Degradation and Enhancing Conservation of Terrestrial Habitats adopted by the leaders of the Group of 20 in Riyadh in 2020, as well as the Riyadh ${who} Declaration,`;
    expect(frameworkKeys('A/RES/78/154', [para('PP23', text('Leader’s'))], 'Riyadh')).toEqual([["Framework:Riyadh Leaders' Declaration"]]);
    expect(frameworkKeys('A/RES/79/207', [para('PP25', text('Leaders’'))], 'Riyadh')).toEqual([["Framework:Riyadh Leaders' Declaration"]]);
  });
});

describe('a parties\' sitting "to that Agreement" is the sitting of the agreement named before', () => {
  const PSMA_MEETING = 'Event:Fourth Meeting (Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing)';
  const events = (symbol: string, id: string, text: string): string[][] => orgKeys(symbol, [para(id, text)], 'Event:Fourth');

  it('A/RES/78/68 PP53: "... and acknowledging the holding of the Fourth Meeting of the Parties to that Agreement, in Bali" is OP109\'s meeting', () => {
    const pp53 =
      'Recalling the entry into force of the Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing of the Food and Agriculture Organization of the United Nations in 2016, and acknowledging the holding of the Fourth Meeting of the Parties to that Agreement, in Bali, Indonesia, from 8 to 12 May 2023,';
    const op109 =
      'Acknowledges, in this regard, the convening of the Fourth Meeting of the Parties to the Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing, which was held in Bali, Indonesia, from 8 to 12 May 2023;';
    expect(events('A/RES/78/68', 'PP53', pp53)).toEqual([[PSMA_MEETING]]);
    expect(events('A/RES/78/68', 'OP109', op109)).toEqual([[PSMA_MEETING]]);
  });

  it('A/RES/80/109 OP114: after "the Port State Measures Agreement" as well', () => {
    const op114 =
      'Acknowledges the follow-up by Parties to the Port State Measures Agreement of the “Bali Strategy” to strengthen the implementation and effectiveness of that Agreement, adopted at the Fourth Meeting of the Parties to that Agreement, and welcomes the operationalization of the Global Information Exchange System;';
    expect(events('A/RES/80/109', 'OP114', op114)).toEqual([[PSMA_MEETING]]);
  });

  it('guard: no agreement named in the paragraph, the sitting stays the resolution\'s own (a constructed near form)', () => {
    expect(events('A/RES/80/109', 'OP115', 'Welcomes the outcome of the Fourth Meeting of the Parties to that Agreement;')).toEqual([['Event:Fourth Meeting of the Parties (A/RES/80/109)']]);
  });
});
