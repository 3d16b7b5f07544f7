// Session-53 speed helper spd53a (the largest first compiles). No change to the graph (golden dump cmp-identical). The rare
// rules of findAttributions (parenthesised leaders, a venue passed along a list, a resolution holding or adopting the framework
// after it, a PART_OF gap), of sittingsOfDeclarations (the sitting a declaration's title names) and of yearSessionsNamedBefore
// (a session printed with its year alone) are now functions of their own, called behind the gates they had: the tests below pin
// that each still reads the paragraphs it read (pure moves: they pass before and after). The smaller findAttributions reached
// TurboFan sooner, before corpus-ga's first "... and the Sustainable Development Goals set out therein" (a PART_OF) and its
// Helms-Burton Act "promulgated on 12 March 1996" (A/RES/78/7): two deopts and two more compiles of it. The entities worker's
// warm-up sample (ingest/warm-up.ts) now takes both branches: the first test pins that it does (it fails without that paragraph).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITIES_SAMPLE } from '../../ingest/warm-up.js';
import { cleanText } from '../../ingest/clean.js';
import { segmentResolutions } from '../../ingest/segment.js';
import { extractResolution } from '../../ingest/extract.js';
import { extractFileReferences, readFileReferences } from '../../ingest/extract-file.js';
import type { ParagraphExtraction, RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { sharedDir } from '../helpers/env.js';

const ga = sharedDir('corpus-ga');
const attributionsOf = (p: ParagraphExtraction): string[] => p.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

/** The entities worker's sample, extracted: the paragraph that starts with `start`. */
function sampleParagraph(start: string): ParagraphExtraction {
  const [resolution] = segmentResolutions(cleanText({ ...ENTITIES_SAMPLE }), { ...ENTITIES_SAMPLE });
  const found = extractResolution(resolution!).paragraphs.find((p) => p.paragraph.text.startsWith(start));
  if (found === undefined) throw new Error(`no sample paragraph starts with "${start}"`);
  return found;
}

/** One paragraph of a corpus-ga file, extracted with the whole file (what the paragraphs before it named counts). */
async function fileParagraph(file: string, id: string): Promise<ParagraphExtraction> {
  const [resolution] = extractFileReferences(await readFileReferences(join(ga!, file)));
  const found = resolution!.paragraphs.find((p) => p.paragraph.id === id);
  if (found === undefined) throw new Error(`no ${id} in ${file}`);
  return found;
}

describe("the entities worker's warm-up sample takes findAttributions' branches corpus-ga met after its (smaller) function was compiled", () => {
  it('A/RES/79/178 PP: "the 2030 Agenda for Sustainable Development and the Sustainable Development Goals set out therein" (partNamedThereinAfter), A/RES/78/7 PP: "promulgated on 12 March 1996 known as “the Helms-Burton Act”" (promulgatedKnownAsAttributions)', () => {
    const p = sampleParagraph('Reaffirming the 2030 Agenda for Sustainable Development and the Sustainable Development Goals set out therein');
    expect(attributionsOf(p)).toEqual([
      'PART_OF Framework:Sustainable Development Goals -> Framework:2030 Agenda for Sustainable Development',
      'ADOPTED_ON Framework:Helms-Burton Act -> Date:1996-03-12',
    ]);
  });
});

const { attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' } as RecognizeContext, kind: 'operative' });

describe('findAttributions: its rare rules, each a function of its own, read what they read', () => {
  it('A/RES/78/69 OP45: "under the PROBLUE Ocean Governance Capacity-Building Training Programme (World Bank)": the body in brackets LEADS it (leadersInParentheses)', () => {
    const text =
      'Notes with appreciation the joint delivery of regional online trainings for East Africa, West Africa, the Pacific and the Indian Ocean region on ocean affairs and the law of the sea, including the development of a self-paced e-learning platform by the Division and other partners under the PROBLUE Ocean Governance Capacity-Building Training Programme (World Bank);';
    expect(attributions(text)).toEqual(['LEADS Organization:World Bank -> Initiative:PROBLUE Ocean Governance Capacity-Building Training Programme']);
  });

  it('guard: a bracket that holds more than the body, "the PROBLUE ... Training Programme (World Bank, in 2022)", makes no leader', () => {
    const text = 'Notes with appreciation the PROBLUE Ocean Governance Capacity-Building Training Programme (World Bank, in 2022);';
    expect(attributions(text).filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('A/RES/79/114 PP2: "its resolution 1514 (XV) of 14 December 1960, containing the Declaration on the Granting of Independence ..." (resolutionHoldingFramework: PART_OF)', async () => {
    expect(attributionsOf(await fileParagraph('A_RES_79_114.txt', 'PP2'))).toEqual(['PART_OF Framework:Declaration on the Granting of Independence to Colonial Countries and Peoples -> Resolution:A/RES/1514(XV)']);
  });

  it('A/RES/80/181 PP5: "its resolution 74/4 of 15 October 2019, in which it endorsed the political declaration in the annex thereto entitled “...”" (resolutionHoldingFramework: the resolution endorsed it)', async () => {
    expect(attributionsOf(await fileParagraph('A_RES_80_181.txt', 'PP5'))).toEqual([
      'ENDORSES Resolution:A/RES/74/4 -> Framework:Gearing up for a decade of action and delivery for sustainable development: political declaration of the Sustainable Development Goals Summit',
    ]);
  });

  it('A/RES/78/221 PP5: "the Declaration on Principles of International Law ... in accordance with the Charter of the United Nations, contained in the annex to its resolution 2625 (XXV)": no PART_OF of the Charter (partOfNext\'s guard)', async () => {
    const p = await fileParagraph('A_RES_78_221.txt', 'PP5');
    expect(attributionsOf(p).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
    expect(attributionsOf(p)).toContain(
      'ADOPTED Resolution:A/RES/2625(XXV) -> Framework:Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations',
    );
  });

  it('"the Global Digital Compact, annexed to the Pact for the Future": PART_OF (partOfNext)', () => {
    expect(attributions('Recalling the Global Digital Compact, annexed to the Pact for the Future,', 'preambular').filter((a) => a.startsWith('PART_OF'))).toEqual([
      'PART_OF Framework:Global Digital Compact -> Framework:Pact for the Future',
    ]);
  });
});

describe.skipIf(!ga)('sittingsOfDeclarations and yearSessionsNamedBefore: their rare parts, functions of their own, read what they read', () => {
  it('A/RES/79/263 OP15: "the political declaration of the third high-level meeting of the General Assembly on the prevention and control of non-communicable diseases": the meeting ADOPTED it (sittingOfDeclaration)', async () => {
    expect(attributionsOf(await fileParagraph('A_RES_79_263.txt', 'OP15'))).toEqual([
      'ADOPTED Event:high-level meeting of the General Assembly on the prevention and control of non-communicable diseases -> Framework:Political declaration of the high-level meeting on the prevention and control of non-communicable diseases',
      'SESSION_OF Event:high-level meeting of the General Assembly on the prevention and control of non-communicable diseases -> Organization:General Assembly',
    ]);
  });

  it('A/RES/78/61 PP10: "the efforts and contributions made at the 2023 session" after PP6\'s "the Conference on Disarmament at its 2023 session": that session, the clause\'s target (yearSessionsOfParagraph)', async () => {
    const p = await fileParagraph('A_RES_78_61.txt', 'PP10');
    expect(p.relations.map((r) => `${r.type} ${r.target}`)).toEqual(['NOTES Event:2023 session of the Conference on Disarmament']);
  });
});
