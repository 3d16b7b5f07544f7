import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../graph/build.js';
import { citedResolutionText, citingResolution } from './fixtures.js';

describe('GraphBuilder', () => {
  it('makes the resolution, its paragraphs with provenance, and typed verb edges', () => {
    const b = new GraphBuilder();
    b.addResolution(citingResolution());
    const g = b.finalize();
    expect(g.getNodeAttributes('Resolution:A/RES/78/132')).toMatchObject({ kind: 'Resolution', symbol: 'A/RES/78/132', date: '2023-12-19', ingested: true });
    const para = g.getNodeAttributes('Paragraph:A/RES/78/132#PP1');
    expect(para).toMatchObject({ kind: 'Paragraph', paragraphId: 'PP1', paragraphKind: 'preambular', verb: 'Recalling' });
    const recalls = g.filterOutEdges('Resolution:A/RES/78/132', (_e, a) => a.type === 'RECALLS');
    expect(recalls).toHaveLength(1);
    const edge = g.getEdgeAttributes(recalls[0]!);
    expect(g.target(recalls[0]!)).toBe('Resolution:A/RES/70/125');
    expect(edge).toMatchObject({ paragraph: 'PP1', document: 'a.txt', phrase: 'its resolution 70/125 of 16 December 2015', verb: 'Recalling' });
    expect(para.text.slice(edge.spanStart, edge.spanEnd)).toBe(edge.phrase);
    expect(g.filterOutEdges('Paragraph:A/RES/78/132#PP1', (_e, a) => a.type === 'PART_OF')).toHaveLength(1);
  });

  it('merges an acronym and a full name into one organization node, mentioned once per paragraph', () => {
    const b = new GraphBuilder();
    b.addResolution(citingResolution());
    const g = b.finalize();
    expect(g.filterNodes((_k, a) => a.kind === 'Organization')).toEqual(['Organization:International Telecommunication Union']);
    expect(g.filterOutEdges('Paragraph:A/RES/78/132#OP1', (_e, a) => a.type === 'MENTIONS')).toHaveLength(1);
  });

  it("takes an event's start or end day over the month or year known first (A/RES/79/38 PP: 'to be held in New York in March 2025', then OP: 'from 3 to 7 March 2025'), never another date", () => {
    const b = new GraphBuilder();
    const key = 'Event:Third Meeting (Treaty on the Prohibition of Nuclear Weapons)';
    b.mergeNode(key, { kind: 'Event', name: 'third Meeting of States Parties', startDate: '2025-03' }, 'a.txt');
    b.mergeNode(key, { kind: 'Event', name: 'third Meeting of States Parties', startDate: '2025-03-03', endDate: '2025-03-07' }, 'a.txt');
    b.mergeNode(key, { kind: 'Event', startDate: '2025-03', endDate: '2025' }, 'a.txt');
    expect(b.graph.getNodeAttributes(key)).toMatchObject({ startDate: '2025-03-03', endDate: '2025-03-07' });
    // a different day, or a year that only begins the same way, is no refinement: the first stays
    b.mergeNode(key, { kind: 'Event', startDate: '2025-03-04', endDate: '2025-03-071' }, 'a.txt');
    expect(b.graph.getNodeAttributes(key)).toMatchObject({ startDate: '2025-03-03', endDate: '2025-03-07' });
    const decade = 'Event:Decade of Ocean Science for Sustainable Development';
    b.mergeNode(decade, { kind: 'Event', startDate: '2021', endDate: '2030' }, 'a.txt');
    b.mergeNode(decade, { kind: 'Event', startDate: '2021-01-01' }, 'a.txt');
    expect(b.graph.getNodeAttributes(decade)).toMatchObject({ startDate: '2021-01-01', endDate: '2030' });
    // only those two: another attribute known first stays, however the new value begins
    const un = 'Organization:United Nations';
    b.mergeNode(un, { kind: 'Organization', acronym: 'UN', date: '1945' }, 'a.txt');
    b.mergeNode(un, { kind: 'Organization', acronym: 'UN-Women', date: '1945-10-24' }, 'a.txt');
    expect(b.graph.getNodeAttributes(un)).toMatchObject({ acronym: 'UN', date: '1945' });
  });

  it('lets the ingested text of a cited resolution supply its title, in either order', () => {
    for (const order of [0, 1]) {
      const b = new GraphBuilder();
      const steps = [() => b.addResolution(citingResolution()), () => b.addResolution(citedResolutionText())];
      if (order) steps.reverse();
      steps.forEach((s) => s());
      const g = b.finalize();
      const cited = g.getNodeAttributes('Resolution:A/RES/70/125');
      expect(cited.title).toMatch(/^Outcome document of the high-level meeting/);
      expect(cited.ingested).toBe(true);
      expect(g.inDegree('Resolution:A/RES/70/125')).toBeGreaterThan(0);
    }
  });

  it('drops a citation of a resolution adopted after the citing one (a misread)', () => {
    const b = new GraphBuilder();
    b.addResolution(citingResolution({ date: '2010-01-01' }));
    b.addResolution(citedResolutionText('2015-12-16'));
    const g = b.finalize();
    expect(g.filterOutEdges('Resolution:A/RES/78/132', (_e, a) => a.type === 'RECALLS')).toHaveLength(0);
  });

  it('drops the misread found through the edges it noted as it built the graph, or by walking them when a kind changed', () => {
    const misread = () => {
      const ex = citingResolution({ date: '2010-01-01' });
      ex.paragraphs[0]!.mentions[0]!.kind = 'Document'; // the cited resolution first met as another kind of node
      return ex;
    };
    const b = new GraphBuilder();
    b.addResolution(misread());
    expect(b.graph.getNodeAttribute('Resolution:A/RES/70/125', 'kind')).toBe('Document');
    b.addResolution(citedResolutionText('2015-12-16')); // its own text makes it a Resolution, adopted after the citing one
    const g = b.finalize();
    expect(g.filterOutEdges('Paragraph:A/RES/78/132#PP1', (_e, a) => a.type === 'MENTIONS')).toHaveLength(0);
    expect(g.filterOutEdges('Resolution:A/RES/78/132', (_e, a) => a.type === 'RECALLS')).toHaveLength(0);
  });

  it('finds through the edges it noted the misreads a walk of every dated resolution finds', () => {
    const build = (walk: boolean) => {
      const b = new GraphBuilder();
      for (const ex of [citingResolution({ date: '2010-01-01' }), citedResolutionText('2015-12-16'), citingResolution({ symbol: 'A/RES/79/1', date: '2024-09-22', file: 'c.txt' })]) b.addResolution(ex);
      // (white box: no noted edges makes finalize walk the graph, as it does for a graph it was given with edges)
      if (walk) (b as unknown as { citingEdges: unknown }).citingEdges = undefined;
      const sizeBefore = b.graph.size;
      const g = b.finalize();
      return { json: JSON.stringify(g.export()), dropped: sizeBefore - g.size };
    };
    const noted = build(false);
    expect(noted.dropped).toBeGreaterThan(0);
    expect(noted).toEqual(build(true));
  });

  it('gives adoption dates their Date node and ADOPTED_ON edge, for cited resolutions too', () => {
    const b = new GraphBuilder();
    b.addResolution(citingResolution());
    const g = b.finalize();
    expect(g.hasEdge(g.edges('Resolution:A/RES/70/125', 'Date:2015-12-16')[0])).toBe(true);
    expect(g.getNodeAttributes('Date:2015-12-16')).toMatchObject({ kind: 'Date', year: 2015, month: 12, day: 16 });
  });

  it('is repeatable: the same input gives the same serialised graph', () => {
    const build = () => {
      const b = new GraphBuilder();
      b.addResolution(citingResolution());
      b.addResolution(citedResolutionText());
      return JSON.stringify(b.finalize().export());
    };
    expect(build()).toBe(build());
  });

  it('is idempotent: adding the same resolution twice changes nothing', () => {
    const once = new GraphBuilder();
    once.addResolution(citingResolution());
    const twice = new GraphBuilder();
    twice.addResolution(citingResolution());
    twice.addResolution(citingResolution());
    expect(JSON.stringify(twice.finalize().export())).toBe(JSON.stringify(once.finalize().export()));
  });
});

describe('event identity', () => {
  it('merges an undated mention of an event into its one dated mention', () => {
    const b = new GraphBuilder();
    const ex = citingResolution();
    const text = ex.paragraphs[1]!.paragraph.text;
    const ev = (key: string, date?: string) => ({
      kind: 'Event' as const,
      key,
      name: 'twenty-eighth session of the Commission',
      attrs: date ? { startDate: date } : {},
      phrase: 'ITU',
      start: text.indexOf('ITU'),
      end: text.indexOf('ITU') + 3,
    });
    ex.paragraphs[0]!.mentions.push(ev('Event:twenty-eighth session of the Commission @ 2025-04-07', '2025-04-07'));
    ex.paragraphs[1]!.mentions.push(ev('Event:twenty-eighth session of the Commission'));
    b.addResolution(ex);
    const g = b.finalize();
    const events = g.filterNodes((_k, a) => a.kind === 'Event');
    expect(events).toEqual(['Event:twenty-eighth session of the Commission @ 2025-04-07']);
    expect(g.inDegree(events[0]!)).toBe(2);
  });
});

describe('Security Council resolution identity', () => {
  it('joins "resolution 1373" to "resolution 1373 (2001)"', () => {
    const b = new GraphBuilder();
    const ex = citingResolution();
    const pp = ex.paragraphs[0]!;
    const text = pp.paragraph.text;
    for (const symbol of ['S/RES/1373', 'S/RES/1373(2001)']) {
      pp.mentions.push({ kind: 'Resolution', key: `Resolution:${symbol}`, name: symbol, attrs: { symbol }, phrase: text.slice(0, 9), start: 0, end: 9 });
    }
    b.addResolution(ex);
    const g = b.finalize();
    expect(g.hasNode('Resolution:S/RES/1373')).toBe(false);
    expect(g.hasNode('Resolution:S/RES/1373(2001)')).toBe(true);
  });
});
