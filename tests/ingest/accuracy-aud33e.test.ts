// Session-33 audit aud33e: identity (one node per real thing). Each case quotes the file and paragraph; each fix has a guard.
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
