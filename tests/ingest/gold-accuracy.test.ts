// The quality targets (citation F1 >= 0.97, entity F1 >= 0.9, verb-relation F1 >= 0.85) held on our own
// hand-annotated resolutions (tests/gold; `npm run bench:accuracy -- --verbose` lists what each file misses).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/batch.js';
import { GraphIndex, addTallies, emptyTallies, f1, parseGold, resolutionOfGold, scoreFile, type GoldFile, type SerializedGraph } from '../bench/gold.js';
import { repoRoot, sharedDir } from '../helpers/env.js';

const goldDir = join(repoRoot, 'tests', 'gold');
const goldFiles = readdirSync(goldDir).filter((f) => f.endsWith('.gold.tsv')).sort();
const shared = sharedDir();

describe('gold annotations (tests/gold)', () => {
  const golds: GoldFile[] = goldFiles.map((f) => parseGold(readFileSync(join(goldDir, f), 'utf8'), `tests/gold/${f}`));

  it('are there, and every one names its annotated text and its annotator', () => {
    expect(golds.length).toBeGreaterThan(0);
    for (const g of golds) {
      expect(g.source, g.path).toMatch(/^(?:seeds|corpus|corpus-ga)\//);
      expect(g.annotator, g.path).toBeTruthy();
      expect(g.facts.length, g.path).toBeGreaterThan(0);
    }
  });

  it.skipIf(!shared)('meet the issue\'s F1 targets for citations, entities and verb relations', { timeout: 300_000 }, async () => {
    const sources = [...new Set(golds.map((g) => join(shared!, g.source)))];
    const result = await ingestPaths(sources);
    expect(result.errors).toEqual([]);
    const index = new GraphIndex(result.graph.export() as SerializedGraph);
    const all = emptyTallies();
    for (const g of golds) addTallies(all, scoreFile(index, g, resolutionOfGold(index, g, join(shared!, g.source))).tallies);
    // enough annotated facts for the figures to mean something
    expect(all.REL.tp + all.REL.fn).toBeGreaterThan(100);
    expect(f1(all.CIT)).toBeGreaterThanOrEqual(0.97);
    expect(f1(all.ENT)).toBeGreaterThanOrEqual(0.9);
    expect(f1(all.REL)).toBeGreaterThanOrEqual(0.85);
  });
});
