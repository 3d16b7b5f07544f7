// ingest/batch.ts is what the CLI ingests with. When workers extract, the main thread must not
// load the extraction stages (compiling them through tsx cost it ~0.35 s of CPU before the first
// worker started): its static imports must not reach them; the in-process path loads them lazily.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { repoRoot } from '../helpers/env.js';

/** Modules a module loads when imported: its static value imports and re-exports (not `import type`, not import()). */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?'(\.{1,2}\/[^']+)'/gm)) {
      visit(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
    }
  };
  visit(entry);
  return seen;
}

const STAGES = ['ingest/extract.ts', 'ingest/extract-file.ts', 'ingest/clean.ts', 'ingest/segment.ts', 'ingest/read/index.ts'];

describe('ingest/batch.ts', () => {
  it('loads none of the extraction stages when imported, and the CLI ingests through it', () => {
    const closure = [...staticClosure(resolve(repoRoot, 'ingest/batch.ts'))].map((f) => f.slice(repoRoot.length + 1));
    expect(closure).toContain('graph/build.ts'); // the walk does follow imports
    expect(closure.filter((f) => STAGES.includes(f))).toEqual([]);
    const cli = [...staticClosure(resolve(repoRoot, 'cli/kg.ts')), ...staticClosure(resolve(repoRoot, 'cli/commands/ingest.ts'))];
    expect(cli.map((f) => f.slice(repoRoot.length + 1)).filter((f) => STAGES.includes(f) || f === 'ingest/index.ts')).toEqual([]);
  });

  it('loads no recogniser, no gazetteer and no zod when imported (the main thread builds the graph only)', () => {
    const closure = [...staticClosure(resolve(repoRoot, 'ingest/batch.ts'))];
    const relative = closure.map((f) => f.slice(repoRoot.length + 1));
    expect(relative).toContain('ingest/keys.ts'); // what the graph writer needs of ingest/
    expect(relative.filter((f) => f.startsWith('ingest/recognize/') || f.startsWith('ingest/gazetteer/') || f === 'graph/model.ts')).toEqual([]);
    const importsZod = closure.filter((f) => /^\s*import\s+(?!type\b)[^;]*?\sfrom\s+'zod'/m.test(readFileSync(f, 'utf8')));
    expect(importsZod.map((f) => f.slice(repoRoot.length + 1))).toEqual([]);
  });

  it('is what ingest/index.ts exports for ingesting (the public API is unchanged)', async () => {
    const index = await import('../../ingest/index.js');
    const batch = await import('../../ingest/batch.js');
    expect(index.ingestPaths).toBe(batch.ingestPaths);
    expect(index.expandPaths).toBe(batch.expandPaths);
    for (const verb of ['readSource', 'cleanText', 'segmentResolutions', 'extractResolution', 'extractFile', 'countGraph', 'INGESTIBLE_EXTENSIONS'] as const) {
      expect(index[verb]).toBeDefined();
    }
  });
});
