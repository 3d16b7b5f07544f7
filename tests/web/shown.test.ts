// The graph sigma draws: built from the filters' sets, following the model's node updates.
import { describe, expect, it } from 'vitest';
import { toCompactGraph } from '../../web/server/view-graph.js';
import { buildDrawnGraph, isBigGraph } from '../../web/src/core/graph/build.js';
import { buildShownGraph, mirrorNodeUpdates } from '../../web/src/core/graph/shown.js';
import { computeVisibility } from '../../web/src/core/filters/visibility.js';
import { DEFAULT_FILTERS, type FiltersState } from '../../web/src/core/filters/types.js';
import { sameFilters } from '../../web/src/core/filters/actions.js';
import { smallGraph, syntheticGraph } from './fixtures.js';

const filters = (patch: Partial<FiltersState>): FiltersState => ({ ...DEFAULT_FILTERS, ...patch });

describe('shown graph', () => {
  it('holds exactly the nodes and edges the filters keep, with their attributes', () => {
    const model = buildDrawnGraph(toCompactGraph(smallGraph()));
    for (const patch of [{ view: 'citations' as const }, { hiddenKinds: ['Organization'] }, { ego: { node: 'Resolution:A/RES/70/125', depth: 1 } }, {}]) {
      const visibility = computeVisibility(model, filters(patch));
      const shown = buildShownGraph(model, visibility, { curves: true });
      expect(new Set(shown.nodes())).toEqual(visibility.nodes);
      expect(new Set(shown.edges())).toEqual(visibility.edges);
      for (const edge of shown.edges()) {
        expect(shown.source(edge)).toBe(model.source(edge));
        expect(shown.getEdgeAttribute(edge, 'relation')).toBe(model.getEdgeAttribute(edge, 'relation'));
      }
      for (const node of shown.nodes()) expect(shown.getNodeAttribute(node, 'label')).toBe(model.getNodeAttribute(node, 'label'));
    }
  });

  it('curves parallel edges only when asked, and never shares attribute objects with the model', () => {
    const model = buildDrawnGraph(toCompactGraph(smallGraph()));
    const visibility = computeVisibility(model, filters({ view: 'citations' }));
    const pair = (g: typeof model) => g.edges('Resolution:A/RES/78/132', 'Resolution:A/RES/70/125');
    const curved = buildShownGraph(model, visibility, { curves: true });
    expect(pair(curved).map((e) => curved.getEdgeAttribute(e, 'type'))).toEqual(['curved', 'curved']);
    const straight = buildShownGraph(model, visibility, { curves: false });
    expect(pair(straight).map((e) => straight.getEdgeAttribute(e, 'type'))).toEqual(['straight', 'straight']);
    const node = 'Resolution:A/RES/70/125';
    straight.setNodeAttribute(node, 'x', 12345);
    expect(model.getNodeAttribute(node, 'x')).not.toBe(12345);
  });

  it('follows batch and single node updates of the model into the current shown graph', () => {
    const model = buildDrawnGraph(toCompactGraph(smallGraph()));
    let shown = buildShownGraph(model, computeVisibility(model, filters({ view: 'citations' })), { curves: false });
    const stop = mirrorNodeUpdates(model, () => shown);
    model.updateEachNodeAttributes((_n, attrs) => ({ ...attrs, x: attrs.x + 1000 }), { attributes: ['x'] });
    shown.forEachNode((node, attrs) => expect(attrs.x).toBe(model.getNodeAttribute(node, 'x')));
    model.setNodeAttribute('Resolution:A/RES/70/125', 'size', 17);
    expect(shown.getNodeAttribute('Resolution:A/RES/70/125', 'size')).toBe(17);
    // A node the shown graph lacks is skipped; a rebuilt shown graph is followed.
    model.setNodeAttribute('Organization:International Telecommunication Union', 'y', 5);
    expect(shown.hasNode('Organization:International Telecommunication Union')).toBe(false);
    shown = buildShownGraph(model, computeVisibility(model, filters({})), { curves: false });
    model.setNodeAttribute('Organization:International Telecommunication Union', 'y', 6);
    expect(shown.getNodeAttribute('Organization:International Telecommunication Union', 'y')).toBe(6);
    stop();
    model.setNodeAttribute('Organization:International Telecommunication Union', 'y', 7);
    expect(shown.getNodeAttribute('Organization:International Telecommunication Union', 'y')).toBe(6);
  });

  it('a big drawn graph keeps its edges straight', () => {
    const model = buildDrawnGraph(toCompactGraph(syntheticGraph()));
    expect(isBigGraph(model.order, model.size)).toBe(true);
    expect(model.someEdge((_e, attrs) => attrs.type === 'curved')).toBe(false);
  });
});

describe('sameFilters', () => {
  it('tells a filter update that keeps the same items from one that changes them', () => {
    const base = filters({ view: 'citations', hiddenKinds: ['Place'], yearRange: [2000, 2010], ego: { node: 'Resolution:A/RES/70/125', depth: 1 } });
    expect(sameFilters(base, { ...base, hiddenKinds: ['Place'], yearRange: [2000, 2010], ego: { node: 'Resolution:A/RES/70/125', depth: 1 } })).toBe(true);
    expect(sameFilters(base, { ...base, view: 'full' })).toBe(false);
    expect(sameFilters(base, { ...base, hiddenKinds: [] })).toBe(false);
    expect(sameFilters(base, { ...base, hiddenRelations: ['RECALLS'] })).toBe(false);
    expect(sameFilters(base, { ...base, yearRange: null })).toBe(false);
    expect(sameFilters(base, { ...base, yearRange: [2000, 2011] })).toBe(false);
    expect(sameFilters(base, { ...base, ego: { node: 'Resolution:A/RES/70/125', depth: 2 } })).toBe(false);
    expect(sameFilters(base, { ...base, ego: null })).toBe(false);
  });
});
