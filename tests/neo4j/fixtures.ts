// Small hand-built knowledge graphs for the Neo4j tests: every answer the tests
// expect follows from how these graphs are built.
import { createKnowledgeGraph, type KnowledgeGraph } from '../../graph/build.js';
import { edgeKey, type RelationType } from '../../graph/model.js';

export const DOC_A = 'corpus/a.txt';
export const DOC_B = 'corpus/b.txt';
export const DOC_C = 'corpus/c.txt';

export function addEdge(g: KnowledgeGraph, type: RelationType, source: string, target: string, document: string, paragraph = 'OP1', extra: Record<string, unknown> = {}): string {
  const resolution = source.startsWith('Resolution:') ? source : undefined;
  const key = edgeKey(type, source, target, { paragraph, clause: 0, resolution: resolution ?? document });
  g.addDirectedEdgeWithKey(key, source, target, { type, document, paragraph, resolution, phrase: `${type} ${target}`, spanStart: 0, spanEnd: 10, clause: 0, ...extra });
  return key;
}

/**
 * Three documents. A/RES/3 (doc C) reaffirms A/RES/2 (doc B), which recalls A/RES/1 (doc A);
 * A/RES/2 and A/RES/3 both recall A/RES/1. ITU is shared by A and B; the Initiative only by A.
 */
export function knownGraph(): KnowledgeGraph {
  const g = createKnowledgeGraph();
  g.addNode('Resolution:A/RES/1', { kind: 'Resolution', name: 'A/RES/1', symbol: 'A/RES/1', number: '1', body: 'General Assembly', date: '2015-12-16', ingested: true, title: 'First' });
  g.addNode('Resolution:A/RES/2', { kind: 'Resolution', name: 'A/RES/2', symbol: 'A/RES/2', number: '2', body: 'General Assembly', date: '2018-12-20', ingested: true });
  g.addNode('Resolution:A/RES/3', { kind: 'Resolution', name: 'A/RES/3', symbol: 'A/RES/3', number: '3', body: 'General Assembly', date: '2020-12-21', ingested: true });
  g.addNode('Organization:International Telecommunication Union', {
    kind: 'Organization',
    name: 'International Telecommunication Union',
    acronym: 'ITU',
    aliases: ['ITU', 'the Union'],
    note: null,
  });
  g.addNode('Initiative:Connect 2030', { kind: 'Initiative', name: 'Connect 2030' });
  g.addNode('Event:World Summit on the Information Society', { kind: 'Event', name: 'World Summit on the Information Society', eventKind: 'summit', startDate: '2003-12-10' });
  g.addNode('Place:Geneva', { kind: 'Place', name: 'Geneva', country: 'Switzerland' });
  g.addNode('Date:2003-12-10', { kind: 'Date', name: '2003-12-10', iso: '2003-12-10', year: 2003, month: 12, day: 10 });
  g.addNode('Paragraph:A/RES/1#OP1', {
    kind: 'Paragraph',
    name: 'A/RES/1 OP1',
    resolution: 'Resolution:A/RES/1',
    paragraphId: 'OP1',
    paragraphKind: 'operative',
    number: 1,
    text: 'Welcomes the work of the International Telecommunication Union,',
    footnotes: [],
    extra: { nested: true },
  });
  // doc A: A/RES/1
  addEdge(g, 'PART_OF', 'Paragraph:A/RES/1#OP1', 'Resolution:A/RES/1', DOC_A);
  addEdge(g, 'MENTIONS', 'Paragraph:A/RES/1#OP1', 'Organization:International Telecommunication Union', DOC_A);
  addEdge(g, 'WELCOMES', 'Resolution:A/RES/1', 'Organization:International Telecommunication Union', DOC_A);
  addEdge(g, 'LEADS', 'Organization:International Telecommunication Union', 'Initiative:Connect 2030', DOC_A);
  addEdge(g, 'ORGANIZES', 'Organization:International Telecommunication Union', 'Event:World Summit on the Information Society', DOC_A);
  addEdge(g, 'HELD_IN', 'Event:World Summit on the Information Society', 'Place:Geneva', DOC_A);
  addEdge(g, 'STARTS_ON', 'Event:World Summit on the Information Society', 'Date:2003-12-10', DOC_A);
  // doc B: A/RES/2
  addEdge(g, 'RECALLS', 'Resolution:A/RES/2', 'Resolution:A/RES/1', DOC_B, 'PP1');
  addEdge(g, 'RECALLS', 'Resolution:A/RES/2', 'Resolution:A/RES/1', DOC_B, 'PP4');
  addEdge(g, 'WELCOMES', 'Resolution:A/RES/2', 'Organization:International Telecommunication Union', DOC_B, 'OP2');
  addEdge(g, 'URGES', 'Resolution:A/RES/2', 'Organization:International Telecommunication Union', DOC_B, 'OP3');
  // doc C: A/RES/3
  addEdge(g, 'REAFFIRMS', 'Resolution:A/RES/3', 'Resolution:A/RES/2', DOC_C, 'PP1');
  addEdge(g, 'RECALLS', 'Resolution:A/RES/3', 'Resolution:A/RES/1', DOC_C, 'PP2');
  addEdge(g, 'NOTES', 'Resolution:A/RES/3', 'Event:World Summit on the Information Society', DOC_C, 'PP3');
  return g;
}

/** `docs` documents of `relsPerDoc` MENTIONS edges each (paragraph -> organization), for load and crash tests. */
export function bulkGraph(docs: number, relsPerDoc: number): KnowledgeGraph {
  const g = createKnowledgeGraph();
  const orgs = 200;
  for (let o = 0; o < orgs; o++) g.addNode(`Organization:Org ${o}`, { kind: 'Organization', name: `Org ${o}` });
  for (let d = 0; d < docs; d++) {
    const doc = `bulk/doc-${d}.txt`;
    const res = `Resolution:A/RES/BULK/${d}`;
    g.addNode(res, { kind: 'Resolution', name: `A/RES/BULK/${d}`, symbol: `A/RES/BULK/${d}` });
    const paragraphs = Math.ceil(relsPerDoc / 10);
    for (let p = 0; p < paragraphs; p++) {
      const par = `Paragraph:A/RES/BULK/${d}#OP${p}`;
      g.addNode(par, { kind: 'Paragraph', name: `A/RES/BULK/${d} OP${p}`, resolution: res, paragraphId: `OP${p}`, paragraphKind: 'operative', number: p, text: `Paragraph ${p}` });
      addEdge(g, 'PART_OF', par, res, doc, `OP${p}`);
      for (let k = 0; k < 9; k++) addEdge(g, 'MENTIONS', par, `Organization:Org ${(d * 7 + p * 3 + k) % orgs}`, doc, `OP${p}`, { clause: k });
    }
  }
  return g;
}
