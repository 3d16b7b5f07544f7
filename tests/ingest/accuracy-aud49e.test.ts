// Session-49 audit aud49e: residual faults the session-48 annotators reported, each case quoting its file and paragraph,
// each with a guard:
// - the scorer: a gold ENT or REL naming a resolution of the Assembly's first sessions as printed ("A/RES/217 A (III)",
//   A/RES/80/215 PP1, E/2025/31 PP5) matches the graph's key A/RES/217(III)A, as CIT already did.
// - an organ printed with its treaty's possessive ("the Treaty’s Scientific Advisory Group", A/RES/80/54 OP9): PART_OF the treaty.
// - a session read from UNESCO's records in a note ("..., Records of the General Conference, Forty-first Session, ...", A/RES/80/215
//   PP4 note 12): SESSION_OF the General Conference.
// - a sitting named right before "under the auspices of" a body, with no participle ("the 2026 special high-level meeting on
//   credit ratings under the auspices of the Economic and Social Council", A/RES/80/122 OP66): ORGANIZES.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { GraphIndex, parseGold, scoreFile, type SerializedGraph } from '../bench/gold.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';
import { segmentLines } from '../helpers/segment-lines.js';

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

const TPNW = 'Framework:Treaty on the Prohibition of Nuclear Weapons';
const HEAD_80_54 = ['United Nations', 'A/RES/80/54', '', 'General Assembly', '', 'Resolution adopted by the General Assembly on 1 December 2025', '', '80/54. Treaty on the Prohibition of Nuclear Weapons', '', 'The General Assembly,', ''];
/** the attributions of a resolution made of HEAD_80_54 and `lines`, as 'TYPE source -> target' */
function resolutionAttributions(lines: string[]): string[] {
  const [r] = segmentLines([...HEAD_80_54, ...lines], 'A_RES_80_54.txt');
  return extractResolution(r!).paragraphs.flatMap((p) => p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`));
}

describe('an organ printed with its treaty\'s possessive is PART_OF the treaty', () => {
  it('A/RES/80/54 OP9 "the Treaty’s Scientific Advisory Group" (79/38 OP9, 78/35 OP7): PART_OF the TPNW', () => {
    const lines = [
      '1. Recalls the adoption of the Treaty on the Prohibition of Nuclear Weapons on 7 July 2017;',
      '',
      '9. Welcomes the ongoing work of the Treaty’s Scientific Advisory Group and the update to its report on the status and developments regarding nuclear weapons, nuclear weapon risks, the humanitarian consequences of nuclear weapons, nuclear disarmament and related issues;',
    ];
    expect(resolutionAttributions(lines)).toContain(`PART_OF Organization:Scientific Advisory Group (Treaty on the Prohibition of Nuclear Weapons) -> ${TPNW}`);
  });

  it('guard: A/RES/80/54 OP11 "the first Review Conference and its informal intersessional process": no PART_OF without a possessive', () => {
    const lines = [
      '1. Recalls the adoption of the Treaty on the Prohibition of Nuclear Weapons on 7 July 2017;',
      '',
      '11. Expresses its gratitude to the Secretary-General for his support provided to date, and requests him to render the necessary assistance and to provide such services, as may be required, for the first Review Conference and its informal intersessional process;',
    ];
    expect(resolutionAttributions(lines).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('a session read from an agency\'s records in a note is SESSION_OF its organ', () => {
  const GA_80_215: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/215', date: '2025-12-22' };
  const PP4 = 'Taking note with appreciation of the Recommendation on the Ethics of Artificial Intelligence of the United Nations Educational, Scientific and Cultural Organization,12';
  const SESSION = 'Event:forty-first session of the General Conference of the United Nations Educational, Scientific and Cultural Organization';
  const CONFERENCE = 'Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization';

  it('A/RES/80/215 PP4 note 12 "..., Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021, ...": SESSION_OF the General Conference', () => {
    const note = 'United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021, vol. 1, Resolutions, annex VII.';
    const att = footnotedAttributions('PP4', PP4, '12', 'Organization,12', note, GA_80_215);
    expect(att).toEqual(expect.arrayContaining([`SESSION_OF ${SESSION} -> ${CONFERENCE}`, `HELD_IN ${SESSION} -> Place:Paris`]));
  });

  it('guard: the Assembly\'s own records (A/RES/80/169 PP1 note 1 "Official Records of the General Assembly, Seventy-first Session, Supplement No. 10 (A/71/10)."): no SESSION_OF', () => {
    const note = 'Official Records of the General Assembly, Seventy-first Session, Supplement No. 10 (A/71/10).';
    const att = footnotedAttributions('PP4', PP4, '12', 'Organization,12', note, GA_80_215);
    expect(att.filter((a) => a.startsWith('SESSION_OF'))).toEqual([]);
  });
});

describe('a sitting named right before "under the auspices of" a body is organized by it', () => {
  const GA_80_122: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/122', date: '2025-12-22' };
  const { attributions } = oneParagraph({ ctx: GA_80_122, kind: 'operative' });
  const ECOSOC = 'Organization:Economic and Social Council';

  it('A/RES/80/122 OP66 "the 2026 special high-level meeting on credit ratings under the auspices of the Economic and Social Council": ORGANIZES', () => {
    const text =
      'Looks forward to the 2026 special high-level meeting on credit ratings under the auspices of the Economic and Social Council for dialogue among Member States, credit rating agencies, regulators, standard setters, long-term investors and public institutions that publish independent debt sustainability analysis;';
    expect(attributions(text)).toContain(`ORGANIZES ${ECOSOC} -> Event:special high-level meeting on credit ratings @ 2026`);
  });

  it('guard: A/RES/79/209 OP23 "the high-level political forum on sustainable development under the auspices of the Economic and Social Council": the forum as a body, no ORGANIZES', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/209', date: '2024-12-19' };
    const text =
      'Encourages the President of the United Nations Environment Assembly to continue to convey the main messages agreed upon by the Environment Assembly at its sessions during the high-level political forum on sustainable development under the auspices of the Economic and Social Council, as appropriate;';
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });
});
