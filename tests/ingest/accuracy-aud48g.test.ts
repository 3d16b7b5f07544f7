// Session-48 audit aud48g: residual faults the annotation helpers reported (aud48d, aud48e gold files), each checked across
// corpus-ga with the golden dump: a report's author inside a report series' known name is a verb target (first read here, then
// dropped as aud48b's ownersEndingInitiativesAsTargets, merged meanwhile, gives the same edges: these cases pin it), and so is a
// report's second author; the Assembly asked by a reported recommendation "that the General Assembly proclaim" is no target; an organ
// of a body printed by its short form ("the Bureau of the Special Committee") is that body's; a footnote mark between a
// framework and ", including the ..." keeps the PART_OF. Each case quotes the file and paragraph it comes from; each fix has
// a guard.
import { describe, expect, it } from 'vitest';
import { cleanText, extractResolution, segmentResolutions } from '../../ingest/index.js';
import type { RecognizeContext, ResolutionExtraction, SourceText } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const GA78_321: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/321', date: '2024-08-06' };
const { relations, attributions } = oneParagraph({ ctx: GA78_321, kind: 'preambular' });

const IPCC = 'Organization:Intergovernmental Panel on Climate Change';
const SIXTH_AR = 'Initiative:Sixth Assessment Report of the Intergovernmental Panel on Climate Change';
const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';
const IUCN = 'Organization:International Union for Conservation of Nature';

describe("a report's author printed at the end of a report series' name is a target of the clause's verb", () => {
  it('A/RES/78/321 PP9: "Noting with concern the findings contained in the Sixth Assessment Report of the Intergovernmental Panel on Climate Change": NOTES the report and the Panel, the Panel LEADS it', () => {
    const text =
      'Noting with concern the findings contained in the Sixth Assessment Report of the Intergovernmental Panel on Climate Change and its special reports entitled Global Warming of 1.5°C and The Ocean and Cryosphere in a Changing Climate,';
    expect(relations(text)).toContain(`NOTES ${SIXTH_AR}`);
    expect(relations(text)).toContain(`NOTES ${IPCC}`);
    expect(attributions(text)).toContain(`LEADS ${IPCC} -> ${SIXTH_AR}`);
  });

  it('A/RES/79/198 PP7 form: the series in lower case ("the synthesis report of the sixth assessment report of the Intergovernmental Panel on Climate Change")', () => {
    const text = 'Welcoming the synthesis report of the sixth assessment report of the Intergovernmental Panel on Climate Change,';
    expect(relations(text)).toEqual([`WELCOMES ${SIXTH_AR}`, `WELCOMES ${IPCC}`]);
  });

  it('A/RES/78/69 OP38: "Takes note of the second edition of the Global Ocean Science Report of the Intergovernmental Oceanographic Commission" (a pattern-read series: the capital "Report of the")', () => {
    const text =
      'Takes note of the second edition of the Global Ocean Science Report of the Intergovernmental Oceanographic Commission, which assesses the status of and trends in ocean science capacity around the world;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' })).toContain('NOTES Organization:Intergovernmental Oceanographic Commission');
  });

  it('guard: a body inside another name than a report\'s stays no target ("the International Conference on Small Island Developing States of the United Nations")', () => {
    const text = 'Noting the holding of the International Conference on Small Island Developing States of the United Nations in Antigua and Barbuda,';
    expect(relations(text)).not.toContain('NOTES Organization:United Nations');
  });
});

describe("a report's second author, printed after ' and the ' after the first, is a target as the first is", () => {
  it('A/RES/78/321 PP10: "the 2022 report of the United Nations Educational, Scientific and Cultural Organization and the International Union for Conservation of Nature entitled World Heritage Glaciers ..."', () => {
    const text =
      'Noting with concern also the findings of the 2022 report of the United Nations Educational, Scientific and Cultural Organization and the International Union for Conservation of Nature entitled World Heritage Glaciers: Sentinels of Climate Change regarding the accelerated melting of glaciers in world heritage sites, with glaciers in a third of those sites projected to disappear by 2050,';
    expect(relations(text)).toContain(`NOTES ${UNESCO}`);
    expect(relations(text)).toContain(`NOTES ${IUCN}`);
  });

  it('guard: a partner named otherwise than as a joined second author stays no target ("the 2022 report of [UNESCO] prepared in cooperation with the International Union for Conservation of Nature entitled ...")', () => {
    const text =
      'Noting with concern also the findings of the 2022 report of the United Nations Educational, Scientific and Cultural Organization prepared in cooperation with the International Union for Conservation of Nature entitled World Heritage Glaciers: Sentinels of Climate Change,';
    expect(relations(text)).toContain(`NOTES ${UNESCO}`);
    expect(relations(text)).not.toContain(`NOTES ${IUCN}`);
  });
});

describe('the Assembly asked by a reported recommendation "that the General Assembly proclaim" is no verb target', () => {
  const GA78_122: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/122', date: '2023-12-08' };

  it('A/RES/78/122 PP9: "Recalling United Nations Habitat Assembly resolution 2/3 ..., in which the United Nations Habitat Assembly recommended that the General Assembly proclaim 20 September as World Cleanup Day"', () => {
    const text =
      'Recalling United Nations Habitat Assembly resolution 2/3 of 9 June 2023, in which the United Nations Habitat Assembly recommended that the General Assembly proclaim 20 September as World Cleanup Day,';
    expect(relations(text, 'preambular', GA78_122)).not.toContain('RECALLS Organization:General Assembly');
    expect(relations(text, 'preambular', GA78_122)).toContain('RECALLS Event:World Cleanup Day');
  });

  it('guard: the Assembly addressed by the clause\'s own verb stays a target (an ECOSOC draft: "Recommends that the General Assembly proclaim ...")', () => {
    const text = 'Recommends that the General Assembly proclaim 20 September as World Cleanup Day;';
    const ecosoc: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/RES/2023/1', date: '2023-07-01' };
    expect(relations(text, 'operative', ecosoc)).toContain('RECOMMENDS Organization:General Assembly');
  });
});

describe('a footnote mark between a framework and ", including the ..." keeps the PART_OF the unmarked form gets', () => {
  const GA80_94: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/94', date: '2025-12-04' };
  const SDGS_IN_AGENDA = 'PART_OF Framework:Sustainable Development Goals -> Framework:2030 Agenda for Sustainable Development';

  it('A/RES/80/94 OP11: "Takes into account the 2030 Agenda for Sustainable Development, 8 including the Sustainable Development Goals" with "8 Resolution 70/1."', () => {
    const text =
      'Takes into account the 2030 Agenda for Sustainable Development, 8 including the Sustainable Development Goals, stresses the importance of fostering the economic and social sustainable development of the Territory;';
    expect(footnotedAttributions('OP11', text, '8', 'Development, 8 including', 'Resolution 70/1.', GA80_94)).toContain(SDGS_IN_AGENDA);
  });

  it('A/RES/79/175 PP7: "the Pact for the Future,21 including the Global Digital Compact,22" (the mark against the comma)', () => {
    const text = 'Reiterating the need to implement actions in the Pact for the Future,21 including the Global Digital Compact,22 that are relevant to the right to privacy,';
    expect(footnotedAttributions('PP7', text, '21', 'Future,21 including', 'Resolution 79/1.', { body: 'General Assembly', symbol: 'A/RES/79/175', date: '2024-12-17' })).toContain(
      'PART_OF Framework:Global Digital Compact -> Framework:Pact for the Future',
    );
  });

  it('guard: A/RES/78/327 OP4 "the achievement of Sustainable Development Goal 6, including the Sustainable Development Goal 6 Global Acceleration Framework": the Goal\'s number is no mark', () => {
    const text =
      'Decides that the Conference shall enhance cooperation to accelerate the achievement of Sustainable Development Goal 6, including the Sustainable Development Goal 6 Global Acceleration Framework;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/327', date: '2024-08-05' };
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('PART_OF Framework:Sustainable Development Goal 6 Global'))).toEqual([]);
  });
});

/** A one-resolution PDF text of a Question-of-a-Territory item: the Special Committee named in full in PP1, then `pp2`. */
const decolonizationText = (pp2: string) => `Resolution adopted by the General Assembly on 4 December 2025

80/98. Question of New Caledonia

The General Assembly,

Having considered the chapter of the report of the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples relating to New Caledonia,

${pp2}

1. Reaffirms its resolution 1514 (XV);
`;
const organizationsOf = (text: string, id: string): { relations: string[]; attributions: string[] } => {
  const src: SourceText = { file: 'inline.txt', format: 'pdftext', text };
  const [r]: ResolutionExtraction[] = segmentResolutions(cleanText(src), src).map((x) => extractResolution(x));
  const p = r!.paragraphs.find((x) => x.paragraph.id === id)!;
  return {
    relations: p.relations.filter((x) => x.target.startsWith('Organization:')).map((x) => `${x.type} ${x.target}`),
    attributions: p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`),
  };
};

describe('an organ of a body printed by its short form ("the Bureau of the Special Committee") is that body\'s, not a node of the file', () => {
  const SPECIAL_COMMITTEE =
    'Organization:Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples';

  it('A/RES/80/98 PP36 (78/94 PP31, 79/107 PP32): "consultations with the Bureau of the Special Committee in New York": NOTES the Bureau, PART_OF the Special Committee', () => {
    const x = organizationsOf(
      decolonizationText('Taking note of the welcome engagement of the administering Power, at the ministerial level, for consultations with the Bureau of the Special Committee in New York on 7 February 2022,'),
      'PP2',
    );
    const bureau = `Organization:Bureau of the ${SPECIAL_COMMITTEE.slice('Organization:'.length)}`;
    expect(x.relations).toEqual([`NOTES ${bureau}`]);
    expect(x.attributions).toContain(`PART_OF ${bureau} -> ${SPECIAL_COMMITTEE}`);
  });

  it('guard: with no Special Committee named before, the Bureau stays a node of its resolution', () => {
    const text = `Resolution adopted by the General Assembly on 4 December 2025

80/98. Question of New Caledonia

The General Assembly,

Taking note of the consultations with the Bureau of the Special Committee in New York,

1. Reaffirms its resolution 1514 (XV);
`;
    expect(organizationsOf(text, 'PP1').relations).toEqual(['NOTES Organization:Bureau of the Special Committee (A/RES/80/98)']);
  });
});

describe('the Melanesian Spearhead Group is a known body: its leaders printed after its name are no body of their own', () => {
  const GA80_98: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/98', date: '2025-12-04' };
  const MSG = 'Organization:Melanesian Spearhead Group';

  it('A/RES/80/98 PP30: "Taking note of the Melanesian Spearhead Group Leaders’ joint statement on the decolonization process ...": NOTES the Group', () => {
    const text =
      'Taking note of the Melanesian Spearhead Group Leaders’ joint statement on the decolonization process and political situation in New Caledonia issued on the margins of the Pacific Islands Leaders Meeting in Tokyo on 17 July 2024,';
    expect(relations(text, 'preambular', GA80_98)).toContain(`NOTES ${MSG}`);
    expect(relations(text, 'preambular', GA80_98).some((r) => r.includes('Group Leaders'))).toBe(false);
  });

  it('guard: A/RES/80/98 PP15 "the nineteenth Melanesian Spearhead Group Leaders Summit ..., held in Nouméa from 19 to 21 June 2013" stays the Summit, a session of the Group', () => {
    const text =
      'Recalling the conclusions of the nineteenth Melanesian Spearhead Group Leaders Summit, under the historic inaugural chairmanship of the Front de libération nationale kanak et socialiste, held in Nouméa from 19 to 21 June 2013,';
    expect(relations(text, 'preambular', GA80_98)).toContain('RECALLS Event:Nineteenth Melanesian Spearhead Group Leaders Summit');
    expect(attributions(text, 'preambular', GA80_98)).toContain(`SESSION_OF Event:Nineteenth Melanesian Spearhead Group Leaders Summit -> ${MSG}`);
  });
});
