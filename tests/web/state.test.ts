// State modules of the web client (pure functions and actions), no browser.
import { describe, expect, it } from 'vitest';
import { toCompactGraph } from '../../web/server/view-graph.js';
import { buildDrawnGraph, parallelCurvature } from '../../web/src/core/graph/build.js';
import { computeVisibility, countCitationEdges } from '../../web/src/core/filters/visibility.js';
import { DEFAULT_FILTERS, type FiltersState } from '../../web/src/core/filters/types.js';
import { filtersStore, setEgo, setKindHidden, setYearRange } from '../../web/src/core/filters/actions.js';
import { timelinePositions } from '../../web/src/core/layout/timeline.js';
import { buildNodeSearch } from '../../web/src/core/search/index.js';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../web/src/core/url/state.js';
import { addToHistory, HISTORY_KEY, MAX_HISTORY, parseParams, queryStore, runQuery } from '../../web/src/core/query/actions.js';
import { extractResultGraph } from '../../web/src/core/query/result-graph.js';
import { toCsv, toJson } from '../../web/src/core/query/export.js';
import { applyNodeSizes, MAX_NODE_SIZE, MIN_NODE_SIZE } from '../../web/src/core/appearance/actions.js';
import { createStore } from '../../web/src/core/store.js';
import { smallGraph, syntheticGraph, XSS_NAME } from './fixtures.js';

const drawnSmall = () => buildDrawnGraph(toCompactGraph(smallGraph()));
const filters = (patch: Partial<FiltersState>): FiltersState => ({ ...DEFAULT_FILTERS, ...patch });

describe('store', () => {
  it('notifies subscribers with the new and previous state, and not for an unchanged state', () => {
    const store = createStore({ n: 1 });
    const seen: [number, number][] = [];
    const off = store.subscribe((s, p) => seen.push([s.n, p.n]));
    store.set({ n: 2 });
    store.set((s) => s);
    off();
    store.set({ n: 3 });
    expect(seen).toEqual([[2, 1]]);
  });
});

describe('drawn graph', () => {
  it('leaves Paragraph and Date nodes out, merges same-type parallel edges and counts citations received', () => {
    const compact = toCompactGraph(smallGraph());
    const kinds = new Set(compact.nodes.map((n) => compact.kinds[n[1]]));
    expect(kinds.has('Paragraph')).toBe(false);
    expect(kinds.has('Date')).toBe(false);
    expect(compact.excludedKinds).toEqual(['Paragraph', 'Date']);
    const r70 = compact.nodes.find((n) => n[0] === 'Resolution:A/RES/70/125')!;
    expect(r70[3]).toBe(2015);
    expect(r70[5]).toBe(1); // cited by A/RES/78/132 (twice, RECALLS + REAFFIRMS, one citer)
    const withParagraphs = toCompactGraph(smallGraph(), ['Paragraph']);
    expect(withParagraphs.nodes.some((n) => withParagraphs.kinds[n[1]] === 'Paragraph')).toBe(true);
  });

  it('merges repeated statements of one relation into one drawn edge with a count', () => {
    const g = syntheticGraph({ resolutions: 30, entities: 10, edges: 2_000 });
    const compact = toCompactGraph(g);
    const total = compact.edges.reduce((sum, e) => sum + e[3], 0);
    expect(total).toBe(g.size);
    expect(compact.edges.length).toBeLessThan(g.size);
  });

  it('curves parallel edges of different types between one pair in opposite directions', () => {
    const graph = drawnSmall();
    const between = graph.edges('Resolution:A/RES/78/132', 'Resolution:A/RES/70/125');
    expect(between.map((e) => graph.getEdgeAttribute(e, 'relation')).sort()).toEqual(['REAFFIRMS', 'RECALLS']);
    const curvatures = between.map((e) => graph.getEdgeAttribute(e, 'curvature') ?? 0);
    expect(between.every((e) => graph.getEdgeAttribute(e, 'type') === 'curved')).toBe(true);
    expect(Math.sign(curvatures[0]!)).toBe(-Math.sign(curvatures[1]!));
    const single = graph.edges('Resolution:A/RES/70/125', 'Resolution:E/RES/2006/46');
    expect(graph.getEdgeAttribute(single[0]!, 'type')).toBe('straight');
    expect(parallelCurvature(2, 2)).toBeGreaterThan(parallelCurvature(1, 2));
  });

  it('labels resolutions by symbol and keeps a crafted name as plain data', () => {
    const graph = drawnSmall();
    expect(graph.getNodeAttribute('Resolution:A/RES/78/132', 'label')).toBe('A/RES/78/132');
    expect(graph.getNodeAttribute(`Organization:${XSS_NAME}`, 'name')).toBe(XSS_NAME);
  });

  it('sizes nodes by citations or PageRank within the size bounds', () => {
    const graph = drawnSmall();
    for (const by of ['citations', 'pagerank'] as const) {
      applyNodeSizes(graph, by);
      const sizes = graph.mapNodes((_n, a) => a.size);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_NODE_SIZE);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_NODE_SIZE + 1e-9);
      expect(graph.getNodeAttribute('Resolution:A/RES/70/125', 'size')).toBeGreaterThan(graph.getNodeAttribute('Resolution:A/RES/78/132', 'size'));
    }
  });
});

describe('filters', () => {
  it('citation view keeps resolutions linked by RECALLS / REAFFIRMS and only those edges', () => {
    const graph = drawnSmall();
    expect(countCitationEdges(graph)).toBe(3);
    const v = computeVisibility(graph, filters({ view: 'citations' }));
    expect([...v.nodes].sort()).toEqual(['Resolution:A/RES/70/125', 'Resolution:A/RES/78/132', 'Resolution:E/RES/2006/46']);
    for (const e of v.edges) expect(['RECALLS', 'REAFFIRMS']).toContain(graph.getEdgeAttribute(e, 'relation'));
  });

  it('hides kinds and relation types, and filters by year while keeping undated nodes', () => {
    const graph = drawnSmall();
    const noOrgs = computeVisibility(graph, filters({ hiddenKinds: ['Organization'] }));
    expect(noOrgs.nodes.has('Organization:International Telecommunication Union')).toBe(false);
    expect([...noOrgs.edges].every((e) => graph.getNodeAttribute(graph.target(e), 'kind') !== 'Organization')).toBe(true);
    const noRecalls = computeVisibility(graph, filters({ hiddenRelations: ['RECALLS'] }));
    expect([...noRecalls.edges].some((e) => graph.getEdgeAttribute(e, 'relation') === 'RECALLS')).toBe(false);
    const recent = computeVisibility(graph, filters({ yearRange: [2010, 2020] }));
    expect(recent.nodes.has('Resolution:A/RES/70/125')).toBe(true);
    expect(recent.nodes.has('Resolution:E/RES/2006/46')).toBe(false);
    expect(recent.nodes.has('Place:Geneva')).toBe(true);
  });

  it('ego network keeps the nodes within the chosen number of hops', () => {
    const graph = drawnSmall();
    const one = computeVisibility(graph, filters({ ego: { node: 'Resolution:A/RES/70/125', depth: 1 } }));
    expect([...one.nodes].sort()).toEqual(['Resolution:A/RES/70/125', 'Resolution:A/RES/78/132', 'Resolution:E/RES/2006/46']);
    const two = computeVisibility(graph, filters({ ego: { node: 'Resolution:A/RES/70/125', depth: 2 } }));
    expect(two.nodes.has('Organization:International Telecommunication Union')).toBe(true);
    expect(two.nodes.has('Place:Geneva')).toBe(false);
  });

  it('actions toggle kinds, order a reversed year range and bound the ego depth', () => {
    setKindHidden('Place', true);
    setKindHidden('Event', true);
    setKindHidden('Place', false);
    expect(filtersStore.get().hiddenKinds).toEqual(['Event']);
    setYearRange([2020, 2000]);
    expect(filtersStore.get().yearRange).toEqual([2000, 2020]);
    setEgo('Resolution:A/RES/70/125', 9);
    expect(filtersStore.get().ego).toEqual({ node: 'Resolution:A/RES/70/125', depth: 4 });
  });
});

describe('timeline layout', () => {
  it('puts later years to the right and undated nodes left of the first year', () => {
    const graph = drawnSmall();
    const p = timelinePositions(graph);
    expect(p['Resolution:E/RES/2006/46']!.x).toBeLessThan(p['Resolution:A/RES/70/125']!.x);
    expect(p['Resolution:A/RES/70/125']!.x).toBeLessThan(p['Resolution:A/RES/78/132']!.x);
    expect(p['Event:World Summit on the Information Society|2003-12-10']!.x).toBeLessThan(p['Resolution:E/RES/2006/46']!.x);
    expect(p['Place:Geneva']!.x).toBeLessThan(p['Event:World Summit on the Information Society|2003-12-10']!.x);
  });
});

describe('search', () => {
  it('finds nodes by symbol, number, acronym and name prefix', () => {
    const search = buildNodeSearch(drawnSmall());
    expect(search.search('A/RES/70/125')[0]?.key).toBe('Resolution:A/RES/70/125');
    expect(search.search('70/125')[0]?.key).toBe('Resolution:A/RES/70/125');
    expect(search.search('ITU')[0]?.key).toBe('Organization:International Telecommunication Union');
    expect(search.search('telecommunic').map((h) => h.key)).toContain('Organization:International Telecommunication Union');
    expect(search.search('   ')).toEqual([]);
  });
});

describe('URL state', () => {
  it('round-trips the view and the query', () => {
    const state: UrlState = {
      view: 'citations',
      layout: 'timeline',
      hiddenKinds: ['Place', 'Event'],
      hiddenRelations: ['NOTES'],
      yearRange: [2000, 2020],
      ego: { node: 'Resolution:A/RES/70/125', depth: 2 },
      selected: 'Organization:International Telecommunication Union',
      query: 'MATCH (n {name: "a&b=#c"}) RETURN n',
      params: '{"x": 1}',
      console: true,
    };
    expect(decodeUrlState(`#${encodeUrlState(state)}`)).toEqual(state);
  });

  it('drops fields that do not parse instead of failing', () => {
    const decoded = decodeUrlState('#view=nonsense&hide=Place,<script>&years=abc&ego=9*x&node=Place:Geneva');
    expect(decoded).toEqual({ selected: 'Place:Geneva' });
  });
});

describe('query console state', () => {
  it('parses parameters as a JSON object and explains what is wrong otherwise', () => {
    expect(parseParams('')).toEqual({ params: {} });
    expect(parseParams('{"a": 1}')).toEqual({ params: { a: 1 } });
    expect(parseParams('[1]')).toHaveProperty('error');
    expect((parseParams('{a:1}') as { error: string }).error).toMatch(/not valid JSON/);
  });

  it('keeps history newest first, without duplicates, bounded', () => {
    let history: string[] = [];
    for (let i = 0; i < MAX_HISTORY + 5; i++) history = addToHistory(history, `q${i}`);
    history = addToHistory(history, 'q10');
    expect(history[0]).toBe('q10');
    expect(history.length).toBe(MAX_HISTORY);
    expect(new Set(history).size).toBe(history.length);
  });

  it('runs a query, stores history, and reports server errors as messages', async () => {
    const saved = new Map<string, string>();
    const storage = { getItem: (k: string) => saved.get(k) ?? null, setItem: (k: string, v: string) => void saved.set(k, v) };
    const sent: unknown[] = [];
    queryStore.set({ text: 'MATCH (n) RETURN n.name AS name', paramsText: '{"limit": 3}' });
    await runQuery(async (_url, body) => {
      sent.push(body);
      return { columns: ['name'], rows: [['ITU']], truncated: false, elapsedMs: 1 };
    }, storage);
    expect(sent).toEqual([{ query: 'MATCH (n) RETURN n.name AS name', params: { limit: 3 } }]);
    expect(queryStore.get().status).toBe('done');
    expect(queryStore.get().result?.rows).toEqual([['ITU']]);
    expect(JSON.parse(saved.get(HISTORY_KEY)!)).toEqual(['MATCH (n) RETURN n.name AS name']);

    await runQuery(async () => {
      throw new Error('The console is read-only: CREATE is a write clause and is not allowed.');
    }, storage);
    expect(queryStore.get().status).toBe('error');
    expect(queryStore.get().error).toMatch(/read-only/);

    queryStore.set({ paramsText: '{oops' });
    await runQuery(async () => ({ columns: [], rows: [], truncated: false, elapsedMs: 0 }));
    expect(queryStore.get().error).toMatch(/Parameters are not valid JSON/);
  });

  it('finds nodes, relationships and paths in result rows', () => {
    const a = { elementId: '4:1', labels: ['Resolution'], properties: { key: 'Resolution:A/RES/78/132', symbol: 'A/RES/78/132' } };
    const b = { elementId: '4:2', labels: ['Resolution'], properties: { key: 'Resolution:A/RES/70/125', symbol: 'A/RES/70/125' } };
    const r = { elementId: '5:1', type: 'RECALLS', startNodeElementId: '4:1', endNodeElementId: '4:2', properties: {} };
    const fromRows = extractResultGraph([[a, r, b], ['plain text', 3]]);
    expect(fromRows.nodes.map((n) => n.id).sort()).toEqual(['Resolution:A/RES/70/125', 'Resolution:A/RES/78/132']);
    expect(fromRows.edges).toEqual([{ id: '5:1', source: 'Resolution:A/RES/78/132', target: 'Resolution:A/RES/70/125', type: 'RECALLS' }]);
    const path = { segments: [{ start: a, relationship: r, end: b }] };
    expect(extractResultGraph([[path]]).edges).toHaveLength(1);
    expect(extractResultGraph([['x', 1, null]]).nodes).toEqual([]);
  });

  it('exports CSV with quoting and formula guarding, and JSON as records', () => {
    const csv = toCsv(['a', 'b'], [['x,y', '=cmd()'], [{ k: 1 }, null]]);
    expect(csv).toBe('a,b\r\n"x,y",\'=cmd()\r\n"{""k"":1}",\r\n');
    expect(JSON.parse(toJson(['a'], [[1], [2]]))).toEqual([{ a: 1 }, { a: 2 }]);
  });
});
