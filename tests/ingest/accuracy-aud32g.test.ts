// Session-32 audit aud32g: one node per real thing, within and across files. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext } from '../../ingest/models.js';
import { gaResolution, graphOf } from '../helpers/graph-of.js';

const para = (id: string, text: string): ParagraphText => ({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] });
/** The Organization keys of each paragraph, read in order as one resolution. */
function orgKeys(symbol: string, paragraphs: ParagraphText[], prefix = 'Organization:Group'): string[][] {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol, date: '2024-12-02' };
  return paragraphs.map((p) => extractParagraph(p, ctx).mentions.filter((m) => m.key.startsWith(prefix)).map((m) => m.key));
}

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
