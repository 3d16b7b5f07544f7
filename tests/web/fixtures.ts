// Graphs for the web tests: a small hand-built one with provenance (and a
// crafted label that must stay text), and a synthetic one the size of a real corpus.
import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { edgeKey, type RelationType } from '../../graph/model.js';
import { seededRandom } from '../helpers/random.js';

export const XSS_NAME = '<img src=x onerror=alert(1)>';

interface ParagraphSpec {
  resolution: string;
  id: string;
  text: string;
}

function addParagraph(graph: MultiDirectedGraph, p: ParagraphSpec): string {
  const symbol = p.resolution.slice('Resolution:'.length);
  const key = `Paragraph:${symbol}#${p.id}`;
  graph.addNode(key, {
    kind: 'Paragraph',
    name: `${symbol} ${p.id}`,
    resolution: p.resolution,
    paragraphId: p.id,
    paragraphKind: p.id.startsWith('PP') ? 'preambular' : 'operative',
    text: p.text,
    sourceFile: `corpus/${symbol.replace(/\//g, '_')}.txt`,
  });
  graph.addDirectedEdgeWithKey(edgeKey('PART_OF', key, p.resolution), key, p.resolution, { type: 'PART_OF', resolution: p.resolution, paragraph: p.id });
  return key;
}

function relate(graph: MultiDirectedGraph, type: RelationType, source: string, target: string, resolution: string, paragraph: string, phrase: string, verb?: string): void {
  const paragraphKey = `Paragraph:${resolution.slice('Resolution:'.length)}#${paragraph}`;
  const text = graph.getNodeAttribute(paragraphKey, 'text') as string;
  const spanStart = text.indexOf(phrase);
  if (spanStart < 0) throw new Error(`fixture: "${phrase}" is not in ${paragraphKey}`);
  const attrs: Attributes = {
    type,
    resolution,
    paragraph,
    phrase,
    verb,
    document: graph.getNodeAttribute(paragraphKey, 'sourceFile'),
    spanStart,
    spanEnd: spanStart + phrase.length,
    clause: 0,
  };
  graph.addDirectedEdgeWithKey(edgeKey(type, source, target, { resolution, paragraph, clause: 0 }), source, target, attrs);
  graph.mergeDirectedEdgeWithKey(edgeKey('MENTIONS', paragraphKey, target), paragraphKey, target, { type: 'MENTIONS', resolution, paragraph });
}

/** A few resolutions citing each other, an organisation, an event, a place, and one crafted name. */
export function smallGraph(): MultiDirectedGraph {
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  const r70 = 'Resolution:A/RES/70/125';
  const r78 = 'Resolution:A/RES/78/132';
  const e2006 = 'Resolution:E/RES/2006/46';
  const itu = 'Organization:International Telecommunication Union';
  const xss = `Organization:${XSS_NAME}`;
  const wsis = 'Event:World Summit on the Information Society|2003-12-10';
  const geneva = 'Place:Geneva';
  g.addNode(r70, { kind: 'Resolution', name: 'A/RES/70/125', symbol: 'A/RES/70/125', title: 'Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society', date: '2015-12-16', body: 'General Assembly', ingested: true });
  g.addNode(r78, { kind: 'Resolution', name: 'A/RES/78/132', symbol: 'A/RES/78/132', title: 'Information and communications technologies for sustainable development', date: '2023-12-19', body: 'General Assembly', ingested: true });
  g.addNode(e2006, { kind: 'Resolution', name: 'E/RES/2006/46', symbol: 'E/RES/2006/46', date: '2006-07-28', body: 'Economic and Social Council' });
  g.addNode(itu, { kind: 'Organization', name: 'International Telecommunication Union', acronym: 'ITU' });
  g.addNode(xss, { kind: 'Organization', name: XSS_NAME, acronym: XSS_NAME });
  g.addNode(wsis, { kind: 'Event', name: 'World Summit on the Information Society', startDate: '2003-12-10', eventKind: 'summit' });
  g.addNode(geneva, { kind: 'Place', name: 'Geneva', country: 'Switzerland' });
  g.addNode('Date:2015-12-16', { kind: 'Date', name: '2015-12-16', iso: '2015-12-16', year: 2015, month: 12, day: 16 });
  g.addDirectedEdgeWithKey(edgeKey('ADOPTED_ON', r70, 'Date:2015-12-16'), r70, 'Date:2015-12-16', { type: 'ADOPTED_ON' });

  addParagraph(g, { resolution: r78, id: 'PP1', text: 'Recalling its resolution 70/125 of 16 December 2015 on the overall review of the World Summit on the Information Society,' });
  addParagraph(g, { resolution: r78, id: 'OP1', text: 'Reaffirms General Assembly resolution 70/125 and the commitments made at the Summit;' });
  addParagraph(g, { resolution: r78, id: 'OP3', text: 'Welcomes the work of the International Telecommunication Union (ITU), which organized the World Summit on the Information Society in Geneva;' });
  addParagraph(g, { resolution: r78, id: 'OP5', text: `Notes the contribution of ${XSS_NAME} to the dialogue;` });
  addParagraph(g, { resolution: r70, id: 'PP2', text: 'Recalling Economic and Social Council resolution 2006/46 of 28 July 2006,' });

  relate(g, 'RECALLS', r78, r70, r78, 'PP1', 'its resolution 70/125 of 16 December 2015', 'Recalling');
  relate(g, 'REAFFIRMS', r78, r70, r78, 'OP1', 'General Assembly resolution 70/125', 'Reaffirms');
  relate(g, 'WELCOMES', r78, itu, r78, 'OP3', 'International Telecommunication Union (ITU)', 'Welcomes');
  relate(g, 'ORGANIZES', itu, wsis, r78, 'OP3', 'organized the World Summit on the Information Society');
  relate(g, 'HELD_IN', wsis, geneva, r78, 'OP3', 'Geneva');
  relate(g, 'NOTES', r78, xss, r78, 'OP5', XSS_NAME, 'Notes');
  relate(g, 'RECALLS', r70, e2006, r70, 'PP2', 'Economic and Social Council resolution 2006/46 of 28 July 2006', 'Recalling');
  return g;
}

export { seededRandom };

/**
 * A graph shaped like an ingested GA corpus: resolutions citing older ones
 * (preferential attachment), and verb / entity relations to organisations,
 * events, initiatives, frameworks and places. ~3k drawn nodes, ~20k edges.
 */
export function syntheticGraph(options: { resolutions?: number; entities?: number; edges?: number; seed?: number } = {}): MultiDirectedGraph {
  const { resolutions = 1_100, entities = 1_900, edges = 20_000, seed = 42 } = options;
  const random = seededRandom(seed);
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  const resolutionKeys: string[] = [];
  for (let i = 0; i < resolutions; i++) {
    const session = 50 + Math.floor((i / resolutions) * 30);
    const symbol = `A/RES/${session}/${100 + i}`;
    const key = `Resolution:${symbol}`;
    g.addNode(key, { kind: 'Resolution', name: symbol, symbol, date: `${session + 1945}-12-${String(1 + (i % 28)).padStart(2, '0')}`, body: 'General Assembly' });
    resolutionKeys.push(key);
  }
  const entityKinds = ['Organization', 'Organization', 'Event', 'Initiative', 'Framework', 'Place', 'Document'] as const;
  const entityKeys: string[] = [];
  for (let i = 0; i < entities; i++) {
    const kind = entityKinds[i % entityKinds.length]!;
    const name = `${kind} ${i}`;
    const key = `${kind}:${name}`;
    const attrs: Attributes = { kind, name };
    if (kind === 'Organization') attrs.acronym = `ORG${i}`;
    if (kind === 'Event') attrs.startDate = `${1995 + (i % 29)}-06-01`;
    g.addNode(key, attrs);
    entityKeys.push(key);
  }
  const verbTypes: RelationType[] = ['WELCOMES', 'NOTES', 'URGES', 'INVITES', 'REQUESTS', 'ENCOURAGES', 'RECOGNIZES', 'CALLS_UPON'];
  const pick = <T>(list: readonly T[], skew = 1): T => list[Math.floor(Math.pow(random(), skew) * list.length)]!;
  for (let i = 0; i < edges; i++) {
    const citing = 1 + Math.floor(random() * (resolutions - 1));
    const source = resolutionKeys[citing]!;
    const roll = random();
    let type: RelationType;
    let target: string;
    if (roll < 0.45) {
      type = random() < 0.6 ? 'RECALLS' : 'REAFFIRMS';
      target = resolutionKeys[Math.floor(Math.pow(random(), 2) * citing)]!; // older, with popular ones cited more
    } else if (roll < 0.9) {
      type = pick(verbTypes);
      target = pick(entityKeys, 2);
    } else {
      type = pick(['LEADS', 'ORGANIZES', 'HOSTS', 'PART_OF'] as const);
      target = pick(entityKeys, 2);
    }
    const paragraph = `${random() < 0.5 ? 'PP' : 'OP'}${1 + Math.floor(random() * 20)}`;
    g.addDirectedEdgeWithKey(`${type}|${source}->${target}@${paragraph}/${i}`, source, target, { type, resolution: source, paragraph, phrase: target.slice(target.indexOf(':') + 1) });
  }
  return g;
}
