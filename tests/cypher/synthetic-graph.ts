// A deterministic synthetic knowledge graph shaped like the real one
// (graph/model.ts): resolutions with paragraphs, organisations, events,
// frameworks, initiatives, places and dates, linked by verb relations
// (RECALLS, WELCOMES, ...) and entity relations (LEADS, ORGANIZES, ...).
// Optional properties are sometimes absent and values repeat, so filters,
// nulls, ties and groupings all have something to bite on. Used by the
// differential suite (small) and the Cypher benchmark (corpus-sized).
import type { Attributes } from 'graphology-types';
import { createKnowledgeGraph, dateAttributes, type KnowledgeGraph } from '../../graph/build.js';
import { edgeKey, nodeKey, type RelationType } from '../../graph/model.js';
import { seededRandom } from '../helpers/random.js';

export interface SyntheticSize {
  resolutions: number;
  paragraphsPerResolution: number;
  organizations: number;
  events: number;
  frameworks: number;
  initiatives: number;
  places: number;
  /** verb relations per resolution, on average */
  relationsPerResolution: number;
  seed: number;
}

export const SMALL: SyntheticSize = {
  resolutions: 60,
  paragraphsPerResolution: 6,
  organizations: 25,
  events: 18,
  frameworks: 10,
  initiatives: 12,
  places: 10,
  relationsPerResolution: 8,
  seed: 7,
};

/** About the corpus-ga graph: ~900 resolutions, ~30k paragraphs, ~100k edges. */
export const CORPUS_SIZED: SyntheticSize = {
  resolutions: 900,
  paragraphsPerResolution: 33,
  organizations: 400,
  events: 300,
  frameworks: 120,
  initiatives: 200,
  places: 150,
  relationsPerResolution: 40,
  seed: 11,
};


const WORDS = [
  'digital', 'development', 'information', 'society', 'sustainable', 'cooperation', 'international', 'technology',
  'capacity', 'building', 'women', 'youth', 'climate', 'health', 'education', 'peace', 'security', 'human', 'rights',
  'financing', 'partnership', 'innovation', 'data', 'access', 'connectivity', 'gender', 'equality', 'oceans',
];
const BODIES = ['General Assembly', 'Economic and Social Council', 'Security Council', 'Human Rights Council'];
const VERBS: [RelationType, string][] = [
  ['RECALLS', 'Recalls'],
  ['REAFFIRMS', 'Reaffirms'],
  ['WELCOMES', 'Welcomes'],
  ['NOTES', 'Takes note of'],
  ['RECOGNIZES', 'Recognizes'],
  ['ENCOURAGES', 'Encourages'],
  ['URGES', 'Urges'],
  ['CALLS_UPON', 'Calls upon'],
  ['INVITES', 'Invites'],
  ['REQUESTS', 'Requests'],
  ['EMPHASIZES', 'Stresses'],
  ['DECIDES', 'Decides'],
];
const EVENT_KINDS = ['conference', 'summit', 'session', 'meeting', 'forum', 'day', 'week'];

export function syntheticGraph(size: SyntheticSize = SMALL): KnowledgeGraph {
  const rnd = seededRandom(size.seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const g = createKnowledgeGraph();
  const add = (key: string, attrs: Attributes): string => {
    if (!g.hasNode(key)) g.addNode(key, attrs);
    return key;
  };
  const link = (type: RelationType, source: string, target: string, attrs: Attributes = {}): void => {
    const key = edgeKey(type, source, target, { resolution: attrs.resolution, paragraph: attrs.paragraph, clause: attrs.clause });
    if (!g.hasEdge(key)) g.addDirectedEdgeWithKey(key, source, target, { type, ...attrs });
  };
  const dateNode = (iso: string): string => add(nodeKey('Date', iso), dateAttributes(iso));
  const isoDate = (): string => {
    const y = 1995 + int(30);
    const m = 1 + int(12);
    const d = 1 + int(28);
    // Some dates are known to the month or the year only, as in the texts.
    const precision = rnd();
    if (precision < 0.1) return `${y}`;
    if (precision < 0.2) return `${y}-${String(m).padStart(2, '0')}`;
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };

  const orgs: string[] = [];
  for (let i = 0; i < size.organizations; i++) {
    const name = `${pick(['International', 'United Nations', 'World', 'Regional', 'Global'])} ${words(2)} ${pick(['Union', 'Organization', 'Programme', 'Agency', 'Fund'])} ${i}`;
    const attrs: Attributes = { kind: 'Organization', name };
    if (rnd() < 0.7) attrs.acronym = name.split(' ').map((w) => w[0]).join('').toUpperCase();
    if (rnd() < 0.3) attrs.aliases = [name.toLowerCase(), `the ${words(1)} body ${i}`];
    orgs.push(add(nodeKey('Organization', name), attrs));
  }
  const places: string[] = [];
  for (let i = 0; i < size.places; i++) {
    const name = `${pick(['Geneva', 'Tunis', 'New York', 'Nairobi', 'Addis Ababa', 'Bangkok', 'Santiago', 'Vienna'])} ${i}`;
    const attrs: Attributes = { kind: 'Place', name };
    if (rnd() < 0.6) attrs.country = pick(['Switzerland', 'Tunisia', 'United States', 'Kenya', 'Ethiopia', 'Thailand']);
    places.push(add(nodeKey('Place', name), attrs));
  }
  const frameworks: string[] = [];
  for (let i = 0; i < size.frameworks; i++) {
    const name = `${pick(['Agenda', 'Plan of Action', 'Compact', 'Declaration', 'Framework'])} for ${words(2)} ${i}`;
    const attrs: Attributes = { kind: 'Framework', name };
    if (rnd() < 0.4) attrs.acronym = `F${i}`;
    frameworks.push(add(nodeKey('Framework', name), attrs));
  }
  const initiatives: string[] = [];
  for (let i = 0; i < size.initiatives; i++) {
    const name = `${words(2)} ${pick(['Initiative', 'Coalition', 'Platform', 'Programme'])} ${i}`;
    const attrs: Attributes = { kind: 'Initiative', name };
    if (rnd() < 0.5) attrs.acronym = `I${i}`;
    const key = add(nodeKey('Initiative', name), attrs);
    initiatives.push(key);
    link('LEADS', pick(orgs), key, { phrase: 'led by' });
    if (rnd() < 0.3) link('LEADS', pick(orgs), key, { phrase: 'facilitated by' });
  }
  const events: string[] = [];
  for (let i = 0; i < size.events; i++) {
    const start = isoDate();
    const name = `${pick(['World Summit on', 'Conference on', 'Forum on', 'High-level Meeting on'])} ${words(2)} ${i}`;
    const attrs: Attributes = { kind: 'Event', name, eventKind: pick(EVENT_KINDS), startDate: start };
    if (rnd() < 0.5) attrs.endDate = start;
    const place = rnd() < 0.8 ? pick(places) : undefined;
    if (place) attrs.location = g.getNodeAttribute(place, 'name');
    const key = add(nodeKey('Event', `${name} ${start}`), attrs);
    events.push(key);
    if (place) link('HELD_IN', key, place);
    link('STARTS_ON', key, dateNode(start));
    link('ORGANIZES', pick(orgs), key, { phrase: 'organized by' });
    if (rnd() < 0.3) link('HOSTS', pick(orgs), key, { phrase: 'hosted by' });
  }

  const resolutions: string[] = [];
  for (let i = 0; i < size.resolutions; i++) {
    const session = 50 + int(30);
    const symbol = `A/RES/${session}/${100 + i}`;
    const date = isoDate();
    const attrs: Attributes = {
      kind: 'Resolution',
      name: symbol,
      symbol,
      body: pick(BODIES),
      number: `${session}/${100 + i}`,
      session: String(session),
      date,
      ingested: rnd() < 0.8,
    };
    if (rnd() < 0.9) attrs.title = `${words(3)} ${pick(['for development', 'and peace', 'in the digital age', ''])}`.trim();
    if (rnd() < 0.1) attrs.draft = true;
    const key = add(nodeKey('Resolution', symbol), attrs);
    resolutions.push(key);
    link('ADOPTED_ON', key, dateNode(date), { resolution: key, document: `${symbol}.txt` });
  }

  const targets = [orgs, events, frameworks, initiatives];
  resolutions.forEach((rKey, ri) => {
    const symbol = g.getNodeAttribute(rKey, 'symbol') as string;
    const paragraphs: string[] = [];
    for (let p = 1; p <= size.paragraphsPerResolution; p++) {
      const preambular = p <= Math.ceil(size.paragraphsPerResolution / 3);
      const number = preambular ? p : p - Math.ceil(size.paragraphsPerResolution / 3);
      const paragraphId = `${preambular ? 'PP' : 'OP'}${number}`;
      const [, verb] = pick(VERBS);
      const pKey = add(nodeKey('Paragraph', `${symbol} ${paragraphId}`), {
        kind: 'Paragraph',
        name: `${symbol} ${paragraphId}`,
        resolution: rKey,
        paragraphId,
        paragraphKind: preambular ? 'preambular' : 'operative',
        number,
        verb,
        text: `${verb} ${words(8 + int(20))}`,
      });
      paragraphs.push(pKey);
      link('PART_OF', pKey, rKey, { resolution: rKey, paragraph: paragraphId, document: `${symbol}.txt` });
    }
    const relations = Math.max(1, Math.round(size.relationsPerResolution * (0.5 + rnd())));
    for (let k = 0; k < relations; k++) {
      const pKey = pick(paragraphs);
      const paragraphId = g.getNodeAttribute(pKey, 'paragraphId') as string;
      const [type, verb] = pick(VERBS);
      // Citations point back in time, mostly; a few point forward so cycles exist.
      const target = rnd() < 0.35 && ri > 0 ? resolutions[rnd() < 0.9 ? int(ri) : int(resolutions.length)]! : pick(pick(targets));
      if (target === rKey) continue;
      const phrase = g.getNodeAttribute(target, 'name') as string;
      const spanStart = int(200);
      const attrs: Attributes = {
        resolution: rKey,
        paragraph: paragraphId,
        verb,
        phrase,
        document: `${symbol}.txt`,
        spanStart,
        spanEnd: spanStart + phrase.length,
        clause: int(2),
      };
      link(type, rKey, target, attrs);
      link('MENTIONS', pKey, target, { resolution: rKey, paragraph: paragraphId, phrase, spanStart, spanEnd: spanStart + phrase.length });
    }
  });
  return g;
}
