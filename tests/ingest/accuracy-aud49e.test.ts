// Session-49 audit aud49e: residual faults the session-48 annotators reported, each case quoting its file and paragraph,
// each with a guard:
// - the scorer: a gold ENT or REL naming a resolution of the Assembly's first sessions as printed ("A/RES/217 A (III)",
//   A/RES/80/215 PP1, E/2025/31 PP5) matches the graph's key A/RES/217(III)A, as CIT already did.
import { describe, expect, it } from 'vitest';
import { GraphIndex, parseGold, scoreFile, type SerializedGraph } from '../bench/gold.js';

describe('scorer: a resolution of the first sessions named as printed in ENT and REL', () => {
  const RES = 'Resolution:A/RES/80/215';
  const UDHR = 'Resolution:A/RES/217(III)A';
  const graph: SerializedGraph = {
    nodes: [
      { key: RES, attributes: { kind: 'Resolution', name: 'A/RES/80/215', symbol: 'A/RES/80/215', sourceFile: '/data/corpus-ga/A_RES_80_215.txt' } },
      { key: 'Paragraph:A/RES/80/215#PP1', attributes: { kind: 'Paragraph', resolution: RES, paragraphId: 'PP1' } },
      { key: UDHR, attributes: { kind: 'Resolution', name: 'A/RES/217(III)A', symbol: 'A/RES/217(III)A' } },
    ],
    edges: [
      { source: 'Paragraph:A/RES/80/215#PP1', target: UDHR, attributes: { type: 'MENTIONS', paragraph: 'PP1', resolution: RES } },
      { source: RES, target: UDHR, attributes: { type: 'REAFFIRMS', paragraph: 'PP1', resolution: RES } },
    ],
  };
  const index = new GraphIndex(graph);

  it('A/RES/80/215 PP1 "resolution 217 A (III)": ENT, CIT and REL all match A/RES/217(III)A', () => {
    const gold = parseGold(
      ['#!source\tcorpus-ga/A_RES_80_215.txt', 'ENT\tResolution\tA/RES/217 A (III)', 'CIT\tPP1\tA/RES/217 A (III)', 'REL\tPP1\tREAFFIRMS\tA/RES/217 A (III)'].join('\n'),
      'x.gold.tsv',
    );
    const s = scoreFile(index, gold, RES);
    expect([s.tallies.ENT, s.tallies.CIT, s.tallies.REL]).toEqual([{ tp: 1, fp: 0, fn: 0 }, { tp: 1, fp: 0, fn: 0 }, { tp: 1, fp: 0, fn: 0 }]);
  });

  it('guard: another part of the same resolution ("A/RES/217 B (III)") does not match', () => {
    const gold = parseGold(['#!source\tcorpus-ga/A_RES_80_215.txt', 'REL\tPP1\tREAFFIRMS\tA/RES/217 B (III)'].join('\n'), 'y.gold.tsv');
    expect(scoreFile(index, gold, RES).tallies.REL).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});
