// Session-49 audit aud49e: residual faults the session-48 annotators reported, each case quoting its file and paragraph,
// each with a guard:
// - the scorer: a gold ENT or REL naming a resolution of the Assembly's first sessions as printed ("A/RES/217 A (III)",
//   A/RES/80/215 PP1, E/2025/31 PP5) matches the graph's key A/RES/217(III)A, as CIT already did.
// - an organ printed with its treaty's possessive ("the Treaty’s Scientific Advisory Group", A/RES/80/54 OP9): PART_OF the treaty.
// - a session read from UNESCO's records in a note ("..., Records of the General Conference, Forty-first Session, ...", A/RES/80/215
//   PP4 note 12): SESSION_OF the General Conference.
// - a sitting named right before "under the auspices of" a body, with no participle ("the 2026 special high-level meeting on
//   credit ratings under the auspices of the Economic and Social Council", A/RES/80/122 OP66): ORGANIZES.
// - the working group of the Sixth Committee printed in lower case ("Invites the working group of the Sixth Committee",
//   A/RES/80/168 OP3; "its working group", PP4; "the working group", OP5; "a working group of the Committee", 80/169 OP15): an
//   Organization keyed with the resolution, PART_OF the Committee, which takes the verb too.
// - the Assembly qualifying its observers ("relevant observers to the General Assembly", A/RES/80/168 OP4, OP5) or the agent of
//   what it is yet to determine ("the modalities to be determined by the General Assembly", 80/169 PP10): no verb target.
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

describe('the working group of the Sixth Committee, printed in lower case: one per resolution, PART_OF the Committee', () => {
  const GA_80_168: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/168', date: '2025-12-15' };
  const { relations, attributions } = oneParagraph({ ctx: GA_80_168, kind: 'operative' });
  const WG_168 = 'Organization:working group of the Sixth Committee (A/RES/80/168)';
  const SIXTH = 'Organization:Sixth Committee';

  it('A/RES/80/168 OP3 "Invites the working group of the Sixth Committee, to be established at its eighty-first session": INVITES it and its owner', () => {
    const text = 'Invites the working group of the Sixth Committee, to be established at its eighty-first session, to consider and comment on the question “how the principle of universal jurisdiction is distinct from other related concepts”;';
    expect(relations(text)).toEqual(expect.arrayContaining([`INVITES ${WG_168}`, `INVITES ${SIXTH}`]));
    expect(attributions(text)).toContain(`PART_OF ${WG_168} -> ${SIXTH}`);
  });

  it('A/RES/80/168 PP4 "in the Sixth Committee, including in the context of its working group": NOTES the group', () => {
    const text =
      'Noting the constructive dialogue in the Sixth Committee, including in the context of its working group, recognizing the diversity of views expressed by States, including concerns expressed in relation to the abuse or misuse of the principle of universal jurisdiction,';
    expect(relations(text, 'preambular')).toEqual(expect.arrayContaining([`NOTES ${SIXTH}`, `NOTES ${WG_168}`]));
  });

  it('A/RES/80/169 OP15 "the Sixth Committee shall resume its session ..., within the framework of a working group of the Committee": DECIDES the group', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/169', date: '2025-12-15' };
    const text = 'Decides that the Sixth Committee shall resume its session from 6 to 10 April 2026, within the framework of a working group of the Committee, in accordance with resolution 79/128;';
    expect(relations(text, 'operative', ctx)).toContain('DECIDES Organization:working group of the Sixth Committee (A/RES/80/169)');
  });

  it('guard: A/RES/79/128 OP2 "the reports of the working group on protection of persons in the event of disasters": another group\'s name, not read so', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/128', date: '2024-12-04' };
    const text = 'Takes note of the reports of the working group on protection of persons in the event of disasters, including the Chair’s summary of the deliberations in the working group at the seventy-eighth and seventy-ninth sessions;';
    expect(relations(text, 'operative', ctx).filter((r) => r.includes('working group'))).toEqual([]);
  });

  it('guard: "a working group of the Committee" with no Sixth Committee named before it in the paragraph is not read as its group', () => {
    const text = 'Decides that the Committee shall continue its work within the framework of a working group of the Committee;';
    expect(relations(text).filter((r) => r.includes('working group'))).toEqual([]);
  });

  const HEAD_80_168 = ['United Nations', 'A/RES/80/168', '', 'General Assembly', '', 'Resolution adopted by the General Assembly on 15 December 2025', '', '80/168. The scope and application of the principle of universal jurisdiction', '', 'The General Assembly,', ''];
  const relationsOf = (lines: string[]): string[] => {
    const [r] = segmentLines([...HEAD_80_168, ...lines], 'A_RES_80_168.txt');
    return extractResolution(r!).paragraphs.flatMap((p) => p.relations.map((x) => `${p.paragraph.id} ${x.type} ${x.target}`));
  };

  it('A/RES/80/168 OP5 "Decides that the working group shall be open to all Member States" after OP3 named it: DECIDES the group', () => {
    const lines = [
      '3. Invites the working group of the Sixth Committee, to be established at its eighty-first session, to consider and comment on the question;',
      '',
      '5. Decides that the working group shall be open to all Member States and that relevant observers will be invited to participate in the work of the working group;',
    ];
    expect(relationsOf(lines)).toContain(`OP5 DECIDES ${WG_168}`);
  });

  it('guard: A/RES/79/128 OP2 "the deliberations in the working group at the seventy-eighth and seventy-ninth sessions": the Assembly\'s sessions, not the group\'s', () => {
    const lines = [
      '1. Decides that the Sixth Committee shall examine the draft articles within the framework of a working group of the Committee;',
      '',
      '2. Takes note of the reports of the working group on protection of persons in the event of disasters, including the Chair’s summary of the deliberations in the working group at the seventy-eighth and seventy-ninth sessions;',
    ];
    const rel = relationsOf(lines);
    expect(rel).toContain('OP2 NOTES Event:seventy-eighth session of the General Assembly');
    expect(rel.filter((r) => r.includes('session of the working group'))).toEqual([]);
  });
});

describe('the Assembly as a qualifier of its observers, or as the agent of what it is yet to determine: no target', () => {
  const GA_80_168: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/168', date: '2025-12-15' };
  const { relations } = oneParagraph({ ctx: GA_80_168, kind: 'operative' });
  const GA = 'Organization:General Assembly';

  it('A/RES/80/168 OP4 "Invites Member States and relevant observers to the General Assembly ..., and requests the Secretary-General to ... submit to the Assembly at its eighty-first session a report": REQUESTS the Assembly (the addressee), no INVITES', () => {
    const text =
      'Invites Member States and relevant observers to the General Assembly, as appropriate, to submit, before 24 April 2026, information and observations on the scope and application of universal jurisdiction, and requests the Secretary-General to prepare and submit to the Assembly at its eighty-first session a report based on such information and observations;';
    const rel = relations(text);
    expect(rel).not.toContain(`INVITES ${GA}`);
    // (guard: the Assembly a report is submitted to stays the addressee, as the gold files have it: aud48d 80/83 OP7)
    expect(rel).toContain(`REQUESTS ${GA}`);
  });

  it('A/RES/80/168 OP5, 78/271 OP2 "relevant observers to the General Assembly", "observers in the General Assembly": no DECIDES', () => {
    expect(relations('Decides that the working group shall be open to all Member States and that relevant observers to the General Assembly will be invited to participate in the work of the working group;')).not.toContain(`DECIDES ${GA}`);
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/271', date: '2024-04-10' };
    expect(relations('Decides that the high-level meeting shall be open to the participation of all States Members of the United Nations or States members of the specialized agencies and observers in the General Assembly, in accordance with arrangements;', 'operative', ctx)).not.toContain(`DECIDES ${GA}`);
  });

  it('A/RES/80/169 PP10 (79/128 OP4) "in accordance with the modalities to be determined by the General Assembly at its eightieth session": no RECALLS of the Assembly', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/169', date: '2025-12-15' };
    const text =
      'Recalling that, in its resolution 79/128, it decided to elaborate and conclude a legally binding instrument on the protection of persons in the event of disasters, by the end of 2027 at the latest, at the dates and location and in accordance with the modalities to be determined by the General Assembly at its eightieth session,';
    const rel = relations(text, 'preambular', ctx);
    expect(rel).not.toContain(`RECALLS ${GA}`);
    expect(rel).toContain('RECALLS Event:eightieth session of the General Assembly');
  });

  it('guard: A/RES/80/168 OP4 "requests the Secretary-General to ... submit to the General Assembly" still REQUESTS the Assembly', () => {
    expect(relations('Requests the Secretary-General to prepare and submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution;')).toContain(`REQUESTS ${GA}`);
  });
});
