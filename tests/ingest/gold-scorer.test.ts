// The accuracy bench's gold format and scorer (tests/bench/gold.ts) on hand-made graphs: a scorer that counts wrong
// would make every figure of `npm run bench:accuracy` wrong.
import { describe, expect, it } from 'vitest';
import { GoldFormatError, GraphIndex, f1, nameKey, parseGold, parseScope, resolutionOfGold, scoreFile, sessionLetterLast, type SerializedGraph } from '../bench/gold.js';

const RES = 'Resolution:A/RES/79/277';
const para = (id: string): string => `Paragraph:A/RES/79/277#${id}`;

/** A small graph as `kg ingest` serialises it: two paragraphs of one resolution. */
function sampleGraph(): SerializedGraph {
  const node = (key: string, attributes: Record<string, unknown>) => ({ key, attributes });
  const edge = (source: string, target: string, attributes: Record<string, unknown>) => ({ source, target, attributes: { resolution: RES, ...attributes } });
  return {
    nodes: [
      node(RES, { kind: 'Resolution', name: 'A/RES/79/277', symbol: 'A/RES/79/277', sourceFile: '/data/corpus/A_RES_79_277.txt' }),
      node(para('PP1'), { kind: 'Paragraph', resolution: RES, paragraphId: 'PP1' }),
      node(para('OP2'), { kind: 'Paragraph', resolution: RES, paragraphId: 'OP2' }),
      node('Organization:International Telecommunication Union', { kind: 'Organization', name: 'International Telecommunication Union', acronym: 'ITU' }),
      node('Event:World Summit on the Information Society', { kind: 'Event', name: 'World Summit on the Information Society' }),
      node('Place:Geneva', { kind: 'Place', name: 'Geneva' }),
      node('Resolution:A/RES/60/252', { kind: 'Resolution', name: 'A/RES/60/252', symbol: 'A/RES/60/252' }),
      node('Resolution:S/RES/242(1967)', { kind: 'Resolution', name: 'S/RES/242(1967)', symbol: 'S/RES/242(1967)' }),
      node('Date:2003-12-10', { kind: 'Date', name: '2003-12-10', iso: '2003-12-10' }),
    ],
    edges: [
      edge(para('PP1'), 'Event:World Summit on the Information Society', { type: 'MENTIONS', paragraph: 'PP1' }),
      edge(para('PP1'), 'Place:Geneva', { type: 'MENTIONS', paragraph: 'PP1' }),
      edge(para('PP1'), 'Resolution:A/RES/60/252', { type: 'MENTIONS', paragraph: 'PP1' }),
      edge(para('PP1'), 'Date:2003-12-10', { type: 'MENTIONS', paragraph: 'PP1' }),
      edge(RES, 'Event:World Summit on the Information Society', { type: 'RECALLS', paragraph: 'PP1' }),
      edge(RES, 'Resolution:A/RES/60/252', { type: 'RECALLS', paragraph: 'PP1' }),
      edge('Event:World Summit on the Information Society', 'Place:Geneva', { type: 'HELD_IN', paragraph: 'PP1' }),
      edge('Event:World Summit on the Information Society', 'Date:2003-12-10', { type: 'STARTS_ON', paragraph: 'PP1' }),
      // OP2: the same event twice under one verb is one fact; ITU under another verb
      edge(para('OP2'), 'Organization:International Telecommunication Union', { type: 'MENTIONS', paragraph: 'OP2' }),
      edge(para('OP2'), 'Resolution:S/RES/242(1967)', { type: 'MENTIONS', paragraph: 'OP2' }),
      edge(RES, 'Organization:International Telecommunication Union', { type: 'INVITES', paragraph: 'OP2' }),
      edge(RES, 'Event:World Summit on the Information Society', { type: 'WELCOMES', paragraph: 'OP2' }),
      edge('Event:World Summit on the Information Society', 'Place:Geneva', { type: 'HELD_IN', paragraph: 'OP2' }),
    ],
  };
}

const GOLD = [
  '#!source\tcorpus/A_RES_79_277.txt',
  '#!annotator\ttest',
  '# a comment line',
  'ENT\tEvent\tthe World Summit on the Information Society | WSIS',
  'ENT\tOrganization\tITU',
  'ENT\tPlace\tGeneva',
  'ENT\tFramework\tTunis Agenda for the Information Society',
  'CIT\tPP1\tA/RES/60/252',
  'CIT\tOP2\tS/RES/242 (1967)',
  'REL\tPP1\tRECALLS\tWorld Summit on the Information Society',
  'REL\tPP1\tRECALLS\tA/RES/60/252',
  'REL\tOP2\tINVITES\tInternational Telecommunication Union\t# a trailing comment field',
  'REL\tOP2\tREQUESTS\tITU',
  'ATT\tHELD_IN\tWSIS | World Summit on the Information Society\tGeneva',
  'ATT\tSTARTS_ON\tWorld Summit on the Information Society\t2003-12-10',
  'DATE\t2003-12-10',
].join('\n');

describe('gold files: parseGold', () => {
  it('reads headers, facts with alternative names, and comments', () => {
    const g = parseGold(GOLD, 'x.gold.tsv');
    expect(g.source).toBe('corpus/A_RES_79_277.txt');
    expect(g.annotator).toBe('test');
    expect(g.facts).toHaveLength(13);
    expect(g.facts[0]).toEqual({ score: 'ENT', kind: 'Event', names: ['the World Summit on the Information Society', 'WSIS'] });
    expect(g.facts[8]).toEqual({ score: 'REL', paragraph: 'OP2', type: 'INVITES', names: ['International Telecommunication Union'] });
  });

  it('names the file and line of a malformed fact', () => {
    expect(() => parseGold('#!source\tx.txt\nREL\tPP1\tRECALLS', 'a.gold.tsv')).toThrow(/a\.gold\.tsv:2: REL takes 3 tab-separated fields/);
    expect(() => parseGold('#!source\tx.txt\nENT\tAgency\tITU', 'a.gold.tsv')).toThrow(GoldFormatError);
    expect(() => parseGold('#!source\tx.txt\nENT\tAgency\tITU', 'a.gold.tsv')).toThrow(/a\.gold\.tsv:2: ENT field kind/);
    expect(() => parseGold('#!source\tx.txt\n\nCIT\tparagraph 3\tA/RES/1/1', 'a.gold.tsv')).toThrow(/a\.gold\.tsv:3: CIT field paragraph/);
    expect(() => parseGold('#!source\tx.txt\nDATE\t7 April 2025', 'a.gold.tsv')).toThrow(/ISO date/);
    expect(() => parseGold('ENT\tPlace\tGeneva', 'a.gold.tsv')).toThrow(/a\.gold\.tsv: no "#!source/);
    expect(() => parseGold('#!source\tx.txt\nNOTE\tsomething', 'a.gold.tsv')).toThrow(/starts with ENT, CIT, REL, ATT or DATE/);
  });

  it('reads scopes: ranges share their prefix, a bare id is one paragraph, a star a whole part', () => {
    const inScope = parseScope('PP1-PP3 OP7 AnnexI.OP1-AnnexI.OP2 AnnexII.*', 'x');
    expect(['PP1', 'PP3', 'OP7', 'AnnexI.OP2', 'AnnexII.OP40'].every(inScope)).toBe(true);
    expect(['PP4', 'OP6', 'OP70', 'AnnexI.OP3', 'PP10'].some(inScope)).toBe(false);
    expect(() => parseScope('PP1-OP3', 'x.gold.tsv:3')).toThrow(/x\.gold\.tsv:3: scope item "PP1-OP3"/);
  });

  it('compares names without case, a leading "the", spaces and punctuation', () => {
    expect(nameKey('the I.T.U.')).toBe(nameKey('ITU'));
    expect(nameKey('S/RES/242 (1967)')).toBe(nameKey('S/RES/242(1967)'));
    expect(nameKey('Theatre Day')).not.toBe(nameKey('atre Day'));
  });

  it("reads a resolution of the Assembly's first sessions as printed (217 A (III)) as the graph keys it", () => {
    expect(sessionLetterLast('A/RES/217 A (III)')).toBe('A/RES/217(III)A');
    expect(sessionLetterLast('2200 A (XXI)')).toBe('A/RES/2200(XXI)A');
    expect(sessionLetterLast('A/RES/973(X)')).toBe('A/RES/973(X)');
    expect(sessionLetterLast('S/RES/242 (1967)')).toBe('S/RES/242 (1967)');
  });
});

describe('gold files: scoreFile', () => {
  const index = new GraphIndex(sampleGraph());
  const gold = parseGold(GOLD, 'x.gold.tsv');

  it('finds the one resolution of the source file, or asks for #!resolution', () => {
    expect(resolutionOfGold(index, gold, '/data/corpus/A_RES_79_277.txt')).toBe(RES);
    expect(() => resolutionOfGold(index, gold, '/data/other.txt')).toThrow(/holds 0 resolutions/);
    const named = parseGold(`${GOLD}\n#!resolution\tA/RES/1/1`, 'y.gold.tsv');
    expect(() => resolutionOfGold(index, named, '/data/corpus/A_RES_79_277.txt')).toThrow(/#!resolution A\/RES\/1\/1 is not among/);
  });

  it('reads #!resolution as printed, spaces and all: "S/RES/242 (1967)" is the graph\'s S/RES/242(1967) (aud49a gold files)', () => {
    const council = new GraphIndex({
      nodes: [{ key: 'Resolution:S/RES/242(1967)', attributes: { kind: 'Resolution', name: 'S/RES/242(1967)', symbol: 'S/RES/242(1967)', sourceFile: '/data/corpus/S_RES_0242_1967.txt' } }],
      edges: [],
    });
    const named = parseGold(`${GOLD}\n#!resolution\tS/RES/242 (1967)`, 'z.gold.tsv');
    expect(resolutionOfGold(council, named, '/data/corpus/S_RES_0242_1967.txt')).toBe('Resolution:S/RES/242(1967)');
  });

  it('counts each fact once: matches by any name, acronym or symbol; the rest are false positives and negatives', () => {
    const s = scoreFile(index, gold, RES);
    // ENT: WSIS, ITU, Geneva, both resolutions are in the graph; the Tunis Agenda is not; the cited resolutions are entities too
    expect(s.tallies.ENT).toEqual({ tp: 3, fp: 2, fn: 1 });
    expect(s.tallies.CIT).toEqual({ tp: 2, fp: 0, fn: 0 });
    // REL: WELCOMES WSIS in OP2 is not in the gold; REQUESTS ITU is not in the graph
    expect(s.tallies.REL).toEqual({ tp: 3, fp: 1, fn: 1 });
    expect(s.falsePositives).toContainEqual({ score: 'REL', label: 'OP2 WELCOMES Event:World Summit on the Information Society' });
    expect(s.falseNegatives).toContainEqual({ score: 'REL', label: 'OP2 REQUESTS ITU' });
    // ATT: HELD_IN stated in two paragraphs is one fact
    expect(s.tallies.ATT).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.tallies.DATE).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(f1(s.tallies.REL)).toBeCloseTo(0.75, 5);
  });

  it('matches a CIT fact by any of its symbols after " | ", as names are (aud50b, e, j first readings)', () => {
    const alternatives = parseGold(`#!source\tcorpus/A_RES_79_277.txt\nCIT\tPP1\tA/RES/60/999 | A/RES/60/252\nCIT\tOP2\tS/RES/1/1 | S/RES/2/2`, 'w.gold.tsv');
    const s = scoreFile(index, alternatives, RES);
    expect(s.tallies.CIT).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.falseNegatives).toContainEqual({ score: 'CIT', label: 'OP2 S/RES/1/1 | S/RES/2/2' });
  });

  it('leaves out what lies outside the scope, on both sides', () => {
    const scoped = parseGold(`#!source\tcorpus/A_RES_79_277.txt\n#!scope\tPP1\nREL\tPP1\tRECALLS\tWSIS | World Summit on the Information Society\nREL\tOP2\tREQUESTS\tITU`, 'z.gold.tsv');
    const s = scoreFile(index, scoped, RES);
    // OP2's gold fact is still counted (the annotator wrote it) but OP2's graph facts are not
    expect(s.tallies.REL).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.falsePositives.map((f) => f.label)).toEqual(expect.arrayContaining(['PP1 RECALLS Resolution:A/RES/60/252']));
    expect(s.falsePositives.some((f) => f.label.startsWith('OP2'))).toBe(false);
    expect(s.tallies.ENT.fp + s.tallies.ENT.tp).toBe(3);
  });
});
