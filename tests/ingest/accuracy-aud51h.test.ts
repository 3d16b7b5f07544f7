// Session-51 audit aud51h: single-file ingest. A user may ingest one resolution alone (`kg ingest one-resolution.txt`), where
// the graph has only that text to merge by; `npm run bench:accuracy -- --alone` scores every gold text read that way. Fixed:
// - a declaration's own printed date dates it before its meeting does: A/RES/78/290 alone keyed "the political declaration of
//   the high-level meeting on improving global road safety of 30 June 2022" (PP6) "(2026)" and its meeting "@ 2026", the
//   sitting "to be convened by the Assembly in 2026" (OP18); the whole corpus read it as 2022 (graph/build.ts
//   mergeUndatedDeclarations, redateAdoptingSittings).
// - a footnote mark glued to the capital that ends a gazetteer name of several words ends the name: "the Declaration of
//   Commitment on HIV/AIDS7 and" (A/RES/78/182 PP7) was read "... on HIV" (gazetteer/index.ts markAfterNamedAcronym).
// Each case names the file and paragraph it comes from; each fix has a guard.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/batch.js';
import type { KnowledgeGraph } from '../../graph/build.js';
import { sharedDir } from '../helpers/env.js';
import { gaResolution, graphOf, para } from '../helpers/graph-of.js';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const corpusGa = sharedDir('corpus-ga');

/** The graph of corpus-ga's `file` ingested alone. */
async function alone(file: string): Promise<KnowledgeGraph> {
  const result = await ingestPaths([join(corpusGa!, file)]);
  return result.graph;
}

/** "TYPE source -> target" of the edges of `resolution`'s paragraph `paragraph` (no provenance edges). */
function edgesOf(g: KnowledgeGraph, resolution: string, paragraph: string): string[] {
  const out: string[] = [];
  g.forEachEdge((_e, a, source, target) => {
    if (a.resolution !== resolution || a.paragraph !== paragraph || a.type === 'MENTIONS' || source.startsWith('Paragraph:')) return;
    out.push(`${String(a.type)} ${source} -> ${target}`);
  });
  return out.sort();
}

const ROAD_MEETING = 'Event:high-level meeting on improving global road safety';
const ROAD_DECLARATION = 'Framework:Political declaration of the high-level meeting on improving global road safety';

describe.skipIf(corpusGa === undefined)('a declaration dated as printed, its meeting that year, in a file read alone', () => {
  it('A/RES/78/290 PP6 "the political declaration of the high-level meeting on improving global road safety of 30 June 2022" and OP18 "the high-level meeting to be convened by the Assembly in 2026"', async () => {
    const g = await alone('A_RES_78_290.txt');
    const pp6 = edgesOf(g, 'Resolution:A/RES/78/290', 'PP6');
    expect(pp6).toEqual(
      expect.arrayContaining([
        `REAFFIRMS Resolution:A/RES/78/290 -> ${ROAD_MEETING} @ 2022`,
        `REAFFIRMS Resolution:A/RES/78/290 -> ${ROAD_DECLARATION} (2022)`,
        `ADOPTED ${ROAD_MEETING} @ 2022 -> ${ROAD_DECLARATION} (2022)`,
        `ADOPTED_ON ${ROAD_DECLARATION} (2022) -> Date:2022-06-30`,
      ]),
    );
    expect(pp6.filter((e) => e.includes('2026'))).toEqual([]);
    // (the meeting of 2026 stays the one OP18 names)
    expect(edgesOf(g, 'Resolution:A/RES/78/290', 'OP18')).toEqual(
      expect.arrayContaining([`REQUESTS Resolution:A/RES/78/290 -> ${ROAD_MEETING} @ 2026`, `ORGANIZES Organization:General Assembly -> ${ROAD_MEETING} @ 2026`]),
    );
    expect(g.getNodeAttribute(`${ROAD_MEETING} @ 2022`, 'startDate')).toBe('2022');
  });
});

describe('guard: a declaration printed with no date keeps the year its meeting has', () => {
  it('made-up near text of A/RES/78/290 PP6 without "of 30 June 2022", beside OP18', () => {
    const g = graphOf(
      gaResolution('A/RES/78/290', '2024-06-17', [
        para('PP6', 'Reaffirming its commitment to the political declaration of the high-level meeting on improving global road safety, in which road safety was recognized as a major public health concern,'),
        para('OP18', 'Requests the Secretary-General to provide a progress report during the eightieth session of the General Assembly, which will serve to inform the high-level meeting to be convened by the Assembly in 2026.'),
      ]),
    );
    expect(g.hasNode(`${ROAD_MEETING} @ 2022`)).toBe(false);
    expect(g.hasNode(`${ROAD_DECLARATION} (2022)`)).toBe(false);
  });
});

describe('a footnote mark glued to the capital that ends a name of several words', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/182', date: '2023-12-19' };
  const frameworks = (text: string): string[] =>
    extractParagraph(para('PP7', text), ctx)
      .mentions.filter((m) => m.key.startsWith('Framework:'))
      .map((m) => m.key);

  it('A/RES/78/182 PP7 "Reaffirming the Declaration of Commitment on HIV/AIDS7 and the Political Declaration on HIV and AIDS: ..."', () => {
    const PP7 =
      'Reaffirming the Declaration of Commitment on HIV/AIDS7 and the Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030, adopted at the high-level plenary meeting of the General Assembly on HIV/AIDS, held in New York from 8 to 10 June 2021, 8 which, inter alia, addressed the pursuit of transformative AIDS responses,';
    expect(frameworks(PP7)).toContain('Framework:Declaration of Commitment on HIV/AIDS');
    expect(frameworks(PP7)).not.toContain('Framework:Declaration of Commitment on HIV');
  });

  it('guard: an acronym alone keeps its digits ("SIDS4", A/RES/79/209), and three digits after the capital are no mark', () => {
    const ctx79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/209', date: '2024-12-19' };
    const sids = extractParagraph(para('PP5', 'Welcoming the outcome of the Fourth International Conference on Small Island Developing States (SIDS4), held in Antigua and Barbuda,'), ctx79).mentions.map((m) => m.phrase);
    expect(sids.some((p) => p === 'SIDS')).toBe(false);
    expect(frameworks('Reaffirming the Declaration of Commitment on HIV/AIDS123 and the goals therein,')).not.toContain('Framework:Declaration of Commitment on HIV/AIDS');
  });
});
