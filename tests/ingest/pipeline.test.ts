// End-to-end ingest: files and folders in, knowledge graph out.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths, type IngestResult } from '../../ingest/index.js';
import { toJson } from '../../graph/export/index.js';
import { sharedDir } from '../helpers/env.js';

const seeds = sharedDir('seeds');
const ga = sharedDir('corpus-ga');

describe.skipIf(!seeds || !ga)('seed + corpus-ga', () => {
  let result: IngestResult;
  const cited = ['A/RES/79/1', 'A/RES/79/194', 'A/RES/78/160', 'A/RES/78/265', 'A/RES/78/311'];
  beforeAll(async () => {
    // The seed plus the five GA resolutions it cites (the whole corpus-ga is the benchmark's job).
    const dir = mkdtempSync(join(tmpdir(), 'kg-ga-'));
    for (const s of cited) copyFileSync(join(ga!, `${s.replaceAll('/', '_')}.txt`), join(dir, `${s.replaceAll('/', '_')}.txt`));
    result = await ingestPaths([seeds!, dir]);
  });

  it('reads every file', () => {
    expect(result.errors).toEqual([]);
    expect(result.stats.filesRead).toBe(6);
  });

  it("connects the seed's citations to the nodes that carry those resolutions' own titles and dates", () => {
    const g = result.graph;
    const draft = g.filterNodes((_k, a) => a.kind === 'Resolution' && a.draft === true && /draft resolution I$/.test(a.symbol));
    expect(draft).toHaveLength(1);
    for (const symbol of cited) {
      const key = `Resolution:${symbol}`;
      expect(g.hasNode(key), symbol).toBe(true);
      const attrs = g.getNodeAttributes(key);
      expect(attrs.ingested, symbol).toBe(true);
      expect(attrs.title, symbol).toBeTruthy();
      expect(attrs.date, symbol).toMatch(/^20\d\d-\d\d-\d\d$/);
      const recalls = g.filterEdges(draft[0]!, key, (_e, a) => a.type === 'RECALLS');
      expect(recalls.length, `${symbol} RECALLS`).toBeGreaterThan(0);
      expect(g.getEdgeAttribute(recalls[0]!, 'paragraph')).toMatch(/^PP\d+$/);
    }
    expect(g.getNodeAttribute('Resolution:A/RES/79/1', 'date')).toBe('2024-09-22');
  });
});

describe('batch robustness', () => {
  it('reports bad files by name and still ingests the good ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.pdf'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 9]));
    writeFileSync(
      join(dir, 'good.txt'),
      'Resolution adopted by the General Assembly on 19 December 2023\n\n78/999. Test resolution\n\nThe General Assembly,\n\nRecalling its resolution 70/125 of 16 December 2015,\n\n1. Welcomes the work of the International Telecommunication Union;\n',
    );
    const result = await ingestPaths([dir, join(dir, 'missing.txt')]);
    const failed = result.errors.map((e) => e.file).sort();
    expect(failed).toEqual([join(dir, 'binary.pdf'), join(dir, 'empty.txt'), join(dir, 'missing.txt')].sort());
    for (const e of result.errors) expect(e.message).toContain(e.file.split('/').pop());
    expect(result.stats.filesRead).toBe(1);
    expect(result.stats.resolutions).toBe(1);
  });

  it('gives the same graph when run twice on the same files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-same-'));
    writeFileSync(
      join(dir, 'a.txt'),
      'Resolution adopted by the General Assembly on 19 December 2023\n\n78/998. Test\n\nThe General Assembly,\n\nRecalling its resolution 70/125 of 16 December 2015,\n\n1. Invites UNESCO and the International Telecommunication Union (ITU) to continue;\n',
    );
    const a = await ingestPaths([dir]);
    const b = await ingestPaths([dir]);
    expect(toJson(b.graph)).toBe(toJson(a.graph));
  });
});

describe('ingest never throws on arbitrary text', () => {
  it('segments and extracts resolution-shaped noise without throwing, spans inside paragraphs', async () => {
    const fc = await import('fast-check');
    const { segmentResolutions, cleanText, extractResolution } = await import('../../ingest/index.js');
    const fragment = fc.constantFrom(
      'The General Assembly,\n\n',
      'Recalling its resolution 70/125 of 16 December 2015,',
      '1. *Welcomes* the holding of World Press Freedom Day, led by UNESCO;',
      ' resolutions 79/1 and 79/194 ',
      '(ITU)',
      ' held in Geneva from 7 to 11 April 2025',
      '\n\n',
      '¹ See A/60/687.\n',
      '[70/125](#)',
      '____\n',
      '23-25902 2/15\n',
      'Draft resolution I\n',
      ', and reaffirms ',
    );
    const text = fc.array(fc.oneof(fragment, fc.string(), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const src = { file: 'prop.txt', format: 'text' as const, text: t };
        for (const res of segmentResolutions(cleanText(src), src)) {
          const ex = extractResolution(res);
          for (const p of ex.paragraphs) {
            for (const m of p.mentions) {
              const host = m.footnote ? p.paragraph.footnoteRefs.find((f) => f.mark === m.footnote!.mark)?.footnote?.text ?? '' : p.paragraph.text;
              expect(host.slice(m.start, m.end)).toBe(m.phrase);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('reader warnings', () => {
  it('reports a file that was not UTF-8 as a warning naming it, and still ingests it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-latin1-'));
    const file = join(dir, 'latin1.txt');
    writeFileSync(
      file,
      Buffer.from('Resolution adopted by the General Assembly on 19 December 2023\n\n78/997. Caf\xe9 test\n\nThe General Assembly,\n\nRecalling its resolution 70/125 of 16 December 2015,\n\n1. Welcomes the work;\n', 'latin1'),
    );
    const result = await ingestPaths([file]);
    expect(result.errors).toEqual([]);
    expect(result.stats.resolutions).toBe(1);
    expect(result.warnings.some((w) => w.file === file && /UTF-8/.test(w.message))).toBe(true);
  });
});
