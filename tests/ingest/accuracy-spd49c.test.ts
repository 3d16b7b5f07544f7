// Session-49 speed helper spd49c (the main thread: graph building and finalize). No change to the graph (golden dump
// cmp-identical); what these tests pin down, for the paths of graph/build.ts rewritten:
// - laterCitations looks a paragraph's resolution up once per run of edges from one resolution (was a hasNode and a
//   getNodeAttributes per edge): a citation of a later resolution is still dropped by the date of the paragraph's own
//   resolution, also when plans of resolutions adopted before and after the cited one alternate;
// - addAdoptionDates takes a cited resolution's document from a Map kept as `Resolution:` keys are added (was a walk of all
//   the keys added, in finalize): still the document of the node's last add (a key dropped and added again counts from its
//   second add), and for a node of kind Resolution under another key, the document found among all the keys added;
// - firstDocumentOf with lastIndexOf (was a loop): a node moved onto a new key keeps the document of the node moved.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, type KnowledgeGraph } from '../../graph/build.js';
import { gaResolution, para } from '../helpers/graph-of.js';

// A/RES/79/126 PP13 (corpus-ga, as printed): cites resolution 79/1, adopted on 22 September 2024
const PP13 = 'Taking note of its resolution 79/1 of 22 September 2024, adopting the Pact for the Future, which reaffirms the importance of upholding and promoting the rule of law, in accordance with the principles of the Charter of the United Nations,';
const PACT = 'Resolution:A/RES/79/1';

/** Edges into `target` as "type source" (MENTIONS from a paragraph, verb relations from a resolution). */
const into = (g: KnowledgeGraph, target: string): string[] => g.mapInEdges(target, (_e, a, source) => `${a.type} ${source}`).sort();
/** The documents of the ADOPTED_ON edges out of `key`. */
const adoptedOnDocuments = (g: KnowledgeGraph, key: string): unknown[] => g.filterOutEdges(key, (_e, a) => a.type === 'ADOPTED_ON').map((e) => g.getEdgeAttribute(e, 'document'));

describe('laterCitations: a paragraph\'s resolution looked up once per run of its edges', () => {
  it('A/RES/79/126 PP13 as printed (adopted 4 December 2024) and in two resolutions adopted before 22 September 2024, alternating: only 79/126\'s citation stays', () => {
    const b = new GraphBuilder();
    b.addResolution(gaResolution('A/RES/78/301', '2024-06-03', [para('PP1', PP13)]));
    b.addResolution(gaResolution('A/RES/79/126', '2024-12-04', [para('PP13', PP13)]));
    b.addResolution(gaResolution('A/RES/78/302', '2024-06-04', [para('PP1', PP13)]));
    const g = b.finalize();
    expect(into(g, PACT)).toEqual(['MENTIONS Paragraph:A/RES/79/126#PP13', 'NOTES Resolution:A/RES/79/126']);
  });

  it('guard: the same three in the other order (the earlier resolutions around the later one) drop the same two citations', () => {
    const b = new GraphBuilder();
    b.addResolution(gaResolution('A/RES/79/126', '2024-12-04', [para('PP13', PP13)]));
    b.addResolution(gaResolution('A/RES/78/301', '2024-06-03', [para('PP1', PP13)]));
    b.addResolution(gaResolution('A/RES/79/127', '2024-12-04', [para('PP2', PP13)]));
    const g = b.finalize();
    expect(into(g, PACT)).toEqual(['MENTIONS Paragraph:A/RES/79/126#PP13', 'MENTIONS Paragraph:A/RES/79/127#PP2', 'NOTES Resolution:A/RES/79/126', 'NOTES Resolution:A/RES/79/127']);
  });
});

describe('addAdoptionDates: a cited resolution\'s ADOPTED_ON edge has the document of its node\'s last add', () => {
  const cites = (symbol: string, id: string) => gaResolution(symbol, '2024-12-04', [para(id, PP13)]);

  it('A/RES/79/126 PP13 read twice: 79/1\'s node, added from the first file, moved away, then added again from the second, is the second file\'s', () => {
    const b = new GraphBuilder();
    b.addResolution(cites('A/RES/79/126', 'PP13'));
    b.mergeNodeInto(PACT, `${PACT} (moved)`);
    b.addResolution(cites('A/RES/79/127', 'PP13'));
    const g = b.finalize();
    expect(adoptedOnDocuments(g, PACT)).toEqual(['A_RES_79_127.txt']);
    // the node moved onto a new key keeps the document of the node moved (firstDocumentOf)
    expect(adoptedOnDocuments(g, `${PACT} (moved)`)).toEqual(['A_RES_79_126.txt']);
  });

  it('guard: moved onto a key that is not a Resolution key, the node (still of kind Resolution) keeps the first file\'s document', () => {
    const b = new GraphBuilder();
    b.addResolution(cites('A/RES/79/126', 'PP13'));
    b.addResolution(cites('A/RES/79/127', 'PP13'));
    b.mergeNodeInto(PACT, 'Cited:79/1');
    const g = b.finalize();
    expect(g.getNodeAttribute('Cited:79/1', 'kind')).toBe('Resolution');
    expect(adoptedOnDocuments(g, 'Cited:79/1')).toEqual(['A_RES_79_126.txt']);
  });
});
