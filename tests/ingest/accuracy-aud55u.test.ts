// Session-55 audit aud55u: residual faults reported by the session's helpers. Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import { gaResolution, graphOf, para } from '../helpers/graph-of.js';

const OP56_80_173 =
  'We take note of the final report of the open-ended working group on security of and in the use of information and communications technologies 2021–2025 established pursuant to General Assembly resolution 75/240 and the establishment of the Global Mechanism on developments in the field of ICTs in the context of international security and advancing responsible State behaviour in the use of ICTs.';
const OP2_79_237 =
  'Welcomes the consensus achieved within the OEWG to: (a) Recommend the establishment of the future permanent mechanism based on the consensus elements contained in the paper entitled “Elements for the Open-Ended Action-Oriented Permanent Mechanism on ICT Security in the context of international security” as contained in document A/79/214 in order to ensure a seamless transition from the OEWG to the future permanent mechanism; (b) Continue discussions within the current OEWG and to submit recommendations in the Final Report of the OEWG to be adopted in July 2025 on: (i) modalities on the participation of other interested parties and stakeholders, including businesses, non-governmental organizations and academia, in the future permanent mechanism; (ii) dedicated thematic groups of the future permanent mechanism; and (iii) other elements as required; (c) Recommend that the future permanent mechanism would facilitate the continued operationalization and further development of all existing initiatives set up under the auspices of the OEWG 2021–2025 and/or other previous processes, including, inter alia, the Global POC Directory and the Global Roundtable on ICT security capacity-building;';
const FULL_REPORT =
  'Document:final report of the open-ended working group on security of and in the use of information and communications technologies 2021–2025';

describe('item 1: "the Final Report of the OEWG" and "the final report of the open-ended working group on ... 2021–2025" are one Document', () => {
  it('A/RES/79/237 OP2 and A/RES/80/173 OP56: one node, named in full, without the short title', () => {
    const g = graphOf(
      gaResolution('A/RES/79/237', '2024-12-24', [para('OP2', OP2_79_237)]),
      gaResolution('A/RES/80/173', '2025-12-15', [para('OP56', OP56_80_173)]),
    );
    const reports = g.filterNodes((k) => k.startsWith('Document:final report of the')).sort();
    expect(reports).toEqual([FULL_REPORT]);
    expect(g.getNodeAttribute(FULL_REPORT, 'title')).toBeUndefined();
    expect(g.hasEdge('Paragraph:A/RES/79/237#OP2', FULL_REPORT)).toBe(true);
    expect(g.hasEdge('Resolution:A/RES/80/173', FULL_REPORT)).toBe(true);
  });

  it('guard: A/RES/79/237 OP2 read alone keeps its report of the OEWG', () => {
    const g = graphOf(gaResolution('A/RES/79/237', '2024-12-24', [para('OP2', OP2_79_237)]));
    expect(g.filterNodes((k) => k.startsWith('Document:final report of the'))).toEqual(['Document:final report of the oewg']);
  });
});

describe('item 4: "the joint Office of ... Refugees/Council of Europe Programme for ... Legal Professionals courses": the Council of Europe\'s programme, one node with OP22\'s', () => {
  const ctx = { body: 'General Assembly', symbol: 'A/RES/79/284', date: '2025-06-10', file: 'A_RES_79_284.txt' };
  const keysOf = (text: string) => extractParagraph({ id: 'OP20', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx).mentions.map((m) => m.key);
  const HELP = 'Initiative:Council of Europe Programme for Human Rights Education for Legal Professionals';

  it('A/RES/79/284 OP20: the programme keyed from "Council of Europe" on; the Office of the High Commissioner still mentioned', () => {
    const keys = keysOf(
      'Notes with appreciation the presence at the Council of Europe and of the United Nations High Commissioner for Refugees Representation to the European Institutions in Strasbourg (including by their participation in developing the joint Office of the United Nations High Commissioner for Refugees/Council of Europe Programme for Human Rights Education for Legal Professionals courses for legal professionals in the field of asylum and migration);',
    );
    expect(keys).toContain(HELP);
    expect(keys).toContain('Organization:Office of the United Nations High Commissioner for Refugees');
    expect(keys.filter((k) => k.includes('Refugees/'))).toEqual([]);
  });

  it('guard: A/RES/78/140 PP37 "the Organisation for Economic Co-operation and Development/Group of 20 Inclusive Framework" (no "joint"): the pair still owns the name', () => {
    const keys = keysOf(
      'Noting the work of the 143 members of the Organisation for Economic Co-operation and Development/Group of 20 Inclusive Framework on Base Erosion and Profit Shifting, which provides a forum for collaboration for tackling tax avoidance,',
    );
    expect(keys).toContain('Framework:Inclusive Framework on Base Erosion and Profit Shifting');
  });
});
