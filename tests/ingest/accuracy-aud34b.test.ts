// Misses found by the session-34 audit aud34b (A/RES/80/93, 80/97, 80/83, 79/92, 79/95): a document cited by its symbol
// only in a clause whose verb has no relation ("Having considered/examined the report ...,1", "Conscious of ... the plan
// of action ...,4" with "4 A/56/61, annex.") had no edge from the citing resolution: the citation was lost, as a
// resolution's was before aud15e. It CITES it now, once per resolution, and only when no typed clause relates to it.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, ResolutionText } from '../../ingest/models.js';

/** A paragraph with its footnote marks, each [mark, footnote text], the mark at its last place in the text. */
function para(id: string, text: string, notes: [string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, note]) => ({ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: note } }));
  return { id, kind: /(?:^|\.)PP/.test(id) ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}
const resolution = (symbol: string, paragraphs: ParagraphText[]): ResolutionText => ({
  symbol,
  body: 'General Assembly',
  date: '2025-12-05',
  instrument: 'resolution',
  file: 'x.txt',
  paragraphs,
  headings: [],
});
/** every edge from the resolution to a document, as "<paragraph> <type> <target>" */
const documentEdges = (r: ResolutionText): string[] =>
  extractResolution(r)
    .paragraphs.flatMap((p) => p.relations.map((x) => `${p.paragraph.id} ${x.type} ${x.target}`))
    .filter((x) => x.includes(' Document:'));

const HAVING_CONSIDERED_80_96 =
  'Having considered the question of the Falkland Islands (Malvinas) and examined the report of the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples for 2025,1';
const OR_A_80_23: [string, string] = ['1', 'Official Records of the General Assembly, Eightieth Session, Supplement No. 23 (A/80/23).'];
const CONSCIOUS_80_93 =
  'Conscious of the importance of continuing the effective implementation of the Declaration, taking into account the target set by the United Nations to eradicate colonialism by 2030 and the plan of action for the International Decades for the Eradication of Colonialism,4';
const HAVING_EXAMINED_80_93 = 'Having examined the report of the visiting mission,7';
const REITERATING_80_97 = 'Reiterating its endorsement of the report, conclusions and recommendations of the visiting mission,7';

describe('a document cited by its symbol only where no verb clause types it', () => {
  it('A/RES/80/93 PP5: "Conscious of ... the plan of action for the International Decades for the Eradication of Colonialism,4" (4 A/56/61, annex.)', () => {
    expect(documentEdges(resolution('A/RES/80/93', [para('PP5', CONSCIOUS_80_93, [['4', 'A/56/61, annex.']])]))).toEqual(['PP5 CITES Document:A/56/61']);
  });

  it('A/RES/80/93 PP21: "Having examined the report of the visiting mission,7" (7 A/AC.109/2025/20.)', () => {
    expect(documentEdges(resolution('A/RES/80/93', [para('PP21', HAVING_EXAMINED_80_93, [['7', 'A/AC.109/2025/20.']])]))).toEqual([
      'PP21 CITES Document:A/AC.109/2025/20',
    ]);
  });

  it('A/RES/80/96 PP1: "Having considered ... and examined the report of the Special Committee ... for 2025,1" (the Official Records supplement)', () => {
    expect(documentEdges(resolution('A/RES/80/96', [para('PP1', HAVING_CONSIDERED_80_96, [OR_A_80_23])]))).toEqual(['PP1 CITES Document:A/80/23']);
  });

  it('guard, A/RES/80/97 PP27: a typed clause elsewhere in the resolution ("Reiterating its endorsement of the report ...,7") is the citation: no CITES', () => {
    const r = resolution('A/RES/80/97', [
      para('PP21', HAVING_EXAMINED_80_93, [['7', 'A/AC.109/2020/20.']]),
      para('PP27', REITERATING_80_97, [['7', 'A/AC.109/2020/20.']]),
    ]);
    expect(documentEdges(r)).toEqual(['PP27 REITERATES Document:A/AC.109/2020/20']);
  });

  it('guard, A/RES/80/83 OP1: a typed clause keeps its own verb ("Takes note of the report of the Secretary-General ...;3"): NOTES, not CITES', () => {
    const text = 'Takes note of the report of the Secretary-General submitted pursuant to resolution 79/92;3';
    expect(documentEdges(resolution('A/RES/80/83', [para('OP1', text, [['3', 'A/80/322.']])]))).toEqual(['OP1 NOTES Document:A/80/322']);
  });

  it('guard: a report named only by its words, no symbol ("Having considered the report of the Secretary-General on the financing ..."): no citation to draw', () => {
    const text = 'Having considered the report of the Secretary-General on the financing of the United Nations Interim Force in Lebanon and the related report of the Advisory Committee on Administrative and Budgetary Questions,';
    expect(documentEdges(resolution('A/RES/80/300', [para('PP1', text)])).filter((x) => x.includes(' CITES '))).toEqual([]);
  });

  it('guard: a resolution is still cited as before ("Bearing in mind" + resolution 1514 (XV))', () => {
    const r = extractResolution(resolution('A/RES/79/95', [para('PP8', 'Bearing in mind its resolution 1514 (XV) of 14 December 1960,')]));
    expect(r.paragraphs.flatMap((p) => p.relations.map((x) => `${x.type} ${x.target}`))).toEqual(['CITES Resolution:A/RES/1514(XV)']);
  });
});
