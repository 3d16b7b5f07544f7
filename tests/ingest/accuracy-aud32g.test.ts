// Session-32 audit aud32g: one node per real thing, within and across files. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, graphOf, orgKeys, para } from '../helpers/graph-of.js';


const GGE = 'Organization:Group of Governmental Experts';
const PAROS = `${GGE} on Further Practical Measures for the Prevention of an Arms Race in Outer Space`;
const PP12_2018 =
  'Taking into account the work done by the Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space in 2018 and 2019 in the search for further practical measures for the prevention of an arms race in outer space,';

describe('groups of governmental experts of one title are told apart by the resolution that established them', () => {
  it('A/RES/79/22 OP5: the full name with ", established pursuant to General Assembly resolution 77/250" is keyed with it', () => {
    const text =
      'Welcomes the discussions held by the Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space, established pursuant to General Assembly resolution 77/250 of 30 December 2022, takes note of the Group’s conclusions and recommendations, and affirms that the Group has made a substantive contribution;';
    expect(orgKeys('A/RES/79/22', [para('OP5', text)])).toEqual([[`${PAROS} (A/RES/77/250)`, `${PAROS} (A/RES/77/250)`, `${PAROS} (A/RES/77/250)`]]);
  });

  it('A/RES/80/21 PP12, OP7, OP8: the group of 2018 and 2019 by its full name, then "the Group of Governmental Experts established pursuant to ... 77/250" and "the above-mentioned Group"', () => {
    const got = orgKeys('A/RES/80/21', [
      para('PP12', PP12_2018),
      para('OP7', 'Welcomes the contribution of the Group of Governmental Experts established pursuant to General Assembly resolution 77/250 to international efforts to conclude an international legally binding instrument on the prevention of an arms race in outer space;'),
      para('OP8', 'Underlines the importance of the substantive report adopted by consensus by the above-mentioned Group of Governmental Experts, which serves as a reference document for further measures;'),
    ]);
    expect(got).toEqual([[PAROS], [`${GGE} (A/RES/77/250)`], [`${GGE} (A/RES/77/250)`]]);
  });

  it('A/RES/79/21 OP7-OP9: "the report of the Group of Governmental Experts" after the group of 77/250 is that group', () => {
    const got = orgKeys('A/RES/79/21', [
      para('PP12', PP12_2018),
      para('OP7', 'Welcomes the work of the Group of Governmental Experts established pursuant to resolution 77/250, entitled “Further practical measures for the prevention of an arms race in outer space”;'),
      para('OP9', 'Requests the Secretary-General to transmit the report of the Group of Governmental Experts to the Conference on Disarmament prior to its 2025 session;'),
    ]);
    expect(got).toEqual([[PAROS], [`${GGE} (A/RES/77/250)`], [`${GGE} (A/RES/77/250)`]]);
  });

  it('guard: the full name without an establishing resolution, and its bare short form after it, stay the full name (A/RES/78/238 PP12)', () => {
    const got = orgKeys('A/RES/78/238', [para('PP12', PP12_2018), para('OP9', 'Requests the Secretary-General to transmit the report of the Group of Governmental Experts to the Conference on Disarmament;')]);
    expect(got).toEqual([[PAROS], [PAROS]]);
  });

  it('guard: a group named by a topic of its own keeps its name ("... on Emerging Technologies ..." is not re-keyed)', () => {
    const text = 'Welcomes the work of the Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems;';
    expect(orgKeys('A/RES/79/62', [para('OP1', text)])).toEqual([[`${GGE} on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems`]]);
  });

  it('graph: the bare group of 77/250 (A/RES/80/20 PP11) joins the full name keyed with 77/250 (A/RES/79/19 PP22); the group of 72/250 stays apart', () => {
    const full = gaResolution('A/RES/79/19', '2024-12-02', [
      para('PP21', 'Recalling the comprehensive and substantive discussions of the Group of Governmental Experts that was convened in 2018 and 2019 pursuant to its resolution 72/250 of 24 December 2017,'),
      para('PP22', 'Welcoming the adoption by consensus by the Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space, established pursuant to General Assembly resolution 77/250 of 30 December 2022, of its report,'),
    ]);
    const bare = gaResolution('A/RES/80/20', '2025-12-01', [
      para('PP11', 'Welcoming the substantive report adopted by consensus by the Group of Governmental Experts established pursuant to General Assembly resolution 77/250 of 30 December 2022,'),
    ]);
    const g = graphOf(full, bare);
    expect(g.filterNodes((key) => key.startsWith(GGE)).sort()).toEqual([`${GGE} (A/RES/72/250)`, `${PAROS} (A/RES/77/250)`]);
    expect(g.filterInEdges(`${PAROS} (A/RES/77/250)`, (_e, a, source) => a.type === 'WELCOMES' && source === 'Resolution:A/RES/80/20')).toHaveLength(1);
  });

  it('graph guard: the bare group of another resolution is not joined to it', () => {
    const full = gaResolution('A/RES/79/19', '2024-12-02', [
      para('PP22', 'Welcoming the adoption by consensus by the Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space, established pursuant to General Assembly resolution 77/250 of 30 December 2022, of its report,'),
    ]);
    const other = gaResolution('A/RES/79/54', '2024-12-02', [para('PP3', 'Recalling the work of the Group of Governmental Experts established pursuant to resolution 72/55,')]);
    const g = graphOf(full, other);
    expect(g.filterNodes((key) => key.startsWith(GGE)).sort()).toEqual([`${GGE} (A/RES/72/55)`, `${PAROS} (A/RES/77/250)`]);
  });
});

describe('one report title printed with and without "the", "towards" and "toward" is one document', () => {
  const PP18 =
    'Recalling its resolution 66/293 of 17 September 2012, and looking forward to the sixth biennial report of the Secretary-General on the review of the implementation of the commitments made towards Africa’s development, to be submitted to the General Assembly at its seventy-ninth session,';
  const OP56 =
    'Requests the President of the General Assembly to organize an interactive multi-stakeholder dialogue to discuss the main findings and recommendations contained in the report of the Secretary-General on the review of the implementation of commitments made toward Africa’s development during the resumed seventy-ninth session of the General Assembly;';
  const africa = (g: ReturnType<typeof graphOf>) => g.filterNodes((key, a) => a.kind === 'Document' && key.includes('africa')).sort();

  it('A/RES/78/262 PP18 and OP56 (79/263 PP21, OP57): one Document node with both edges', () => {
    const g = graphOf(gaResolution('A/RES/78/262', '2024-02-26', [para('PP18', PP18), para('OP56', OP56)]));
    const docs = africa(g);
    expect(docs).toHaveLength(1);
    expect(g.inEdges(docs[0]!).map((e) => g.getEdgeAttribute(e, 'type')).filter((t) => t !== 'MENTIONS').sort()).toEqual(['LOOKS_FORWARD_TO', 'REQUESTS']);
  });

  it('guard: a title that differs in a word of its own stays apart ("Asia’s development")', () => {
    const other = OP56.replace('Africa’s', 'Asia’s').replace('commitments made toward', 'commitments made towards');
    const g = graphOf(gaResolution('A/RES/78/262', '2024-02-26', [para('PP18', PP18), para('OP56', other)]));
    expect(g.filterNodes((_key, a) => a.kind === 'Document' && /africa|asia/.test(_key))).toHaveLength(2);
  });
});

describe('a fund named by generic words is its owner\'s', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' });
  const OP30 =
    'Further recognizes the importance of the World Maritime University of the International Maritime Organization, as a centre of excellence for maritime education and research, and urges States, intergovernmental organizations and other bodies to make voluntary financial contributions to the University’s Endowment Fund;';
  const OP289 =
    'Encourages, in that regard, relevant international organizations and other donors to consider supporting the Endowment Fund of the Authority in order to promote the conduct of collaborative marine scientific research;';
  const funds = (c: RecognizeContext, ...texts: [string, string][]) =>
    texts.map(([id, t]) => extractParagraph(para(id, t), c).mentions.filter((m) => m.key.includes('Fund')).map((m) => m.key));

  it('A/RES/78/69 OP30 (79/144 OP33): "the University’s Endowment Fund" after the World Maritime University', () => {
    expect(funds(ctx(), ['OP30', OP30])).toEqual([['Organization:Endowment Fund of the World Maritime University']]);
  });

  it('A/RES/78/69 OP289: "the Endowment Fund of the Authority", after the University\'s fund was named, is the International Seabed Authority\'s', () => {
    const c = ctx();
    expect(funds(c, ['OP30', OP30], ['OP280', 'Notes the work of the International Seabed Authority;'], ['OP289', OP289])).toEqual([
      ['Organization:Endowment Fund of the World Maritime University'],
      [],
      ['Organization:Endowment Fund of the International Seabed Authority'],
    ]);
  });

  it('guard: a fund with a name of its own keeps it ("the Peacebuilding Fund")', () => {
    expect(funds(ctx(), ['OP1', 'Welcomes contributions to the Peacebuilding Fund;'])).toEqual([['Organization:Peacebuilding Fund']]);
  });

  it('guard: a bare "Endowment Fund" with no owner printed stays as read', () => {
    expect(funds(ctx(), ['OP1', 'Urges States to make voluntary financial contributions to the Endowment Fund;'])).toEqual([['Organization:Endowment Fund']]);
  });
});

describe('a body printed with either spelling of "Organisation" is one node', () => {
  it('A/RES/78/280 OP14 "World Organization for Animal Health" and A/RES/79/2 "World Organisation for Animal Health"', () => {
    const c: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/280', date: '2024-05-23' };
    const keysOf = (t: string) => extractParagraph(para('OP14', t), { ...c }).mentions.filter((m) => m.key.includes('Animal')).map((m) => m.key);
    expect(keysOf('Calls upon the Food and Agriculture Organization of the United Nations, the World Organization for Animal Health and the United Nations Environment Programme to cooperate;')).toEqual([
      'Organization:World Organisation for Animal Health',
    ]);
    expect(keysOf('Requests the World Organisation for Animal Health to report;')).toEqual(['Organization:World Organisation for Animal Health']);
  });

  it('guard: another world organization keeps its own node ("the World Health Organization")', () => {
    const c: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/280', date: '2024-05-23' };
    const keysOf = (t: string) => extractParagraph(para('OP1', t), { ...c }).mentions.filter((m) => m.key.startsWith('Organization:World')).map((m) => m.key);
    expect(keysOf('Requests the World Health Organization to report;')).toEqual(['Organization:World Health Organization']);
  });
});

describe('a name printed with its owner after it ("... of the <body>") and without is one node', () => {
  const OCEAN = 'Initiative:Global Ocean Science Report';
  it('A/RES/78/69 "the Global Ocean Science Report of the Intergovernmental Oceanographic Commission" and A/RES/79/144 OP306 "the Global Ocean Science Report"', () => {
    const full = gaResolution('A/RES/78/69', '2023-12-05', [para('OP1', 'Notes the Global Ocean Science Report of the Intergovernmental Oceanographic Commission;')]);
    const bare = gaResolution('A/RES/79/144', '2024-12-10', [para('OP306', 'Notes the second edition of the Global Ocean Science Report;')]);
    const g = graphOf(full, bare);
    expect(g.filterNodes((key) => key.startsWith(OCEAN))).toEqual([`${OCEAN} of the Intergovernmental Oceanographic Commission`]);
    expect(g.filterInEdges(`${OCEAN} of the Intergovernmental Oceanographic Commission`, (_e, a, source) => a.type === 'NOTES' && source === 'Resolution:A/RES/79/144')).toHaveLength(1);
  });

  it('guard: a name with one distinctive word is not every owner\'s ("the Board of Trustees" of a fund, A/RES/80/198, and of another body, 79/73)', () => {
    const full = gaResolution('A/RES/80/198', '2025-12-15', [para('OP1', 'Welcomes the work of the Board of Trustees of the United Nations Voluntary Fund for Victims of Torture;')]);
    const bare = gaResolution('A/RES/79/73', '2024-12-02', [para('OP1', 'Takes note of the work of the Board of Trustees;')]);
    const g = graphOf(full, bare);
    expect(g.hasNode('Organization:Board of Trustees')).toBe(true);
  });
});
