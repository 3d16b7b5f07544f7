// The worker pool: results come back in file order whatever order workers finish
// in, a crashing worker costs only the files it held, and workers give the same
// graph plans as extraction in the main thread.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultSplit, extractFiles, type FileOutcome, type WorkSplit } from '../../ingest/pool.js';
import { buildBundle, workerEntry } from '../../ingest/worker-entry.js';
import { sharedDir } from '../helpers/env.js';
import { extractFile, ingestPaths } from '../../ingest/index.js';
import type { ResolutionExtraction } from '../../ingest/models.js';

const fakeWorker = new URL('../fixtures/fake-ingest-worker.mjs', import.meta.url);

async function collect(files: string[], workers: number, entry?: URL, split?: WorkSplit): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for await (const o of extractFiles(files, workers, { workerEntry: entry, split })) out.push(o);
  return out;
}

describe('extractFiles with workers by file', () => {
  it('yields results in file order when later files finish first', async () => {
    const files = Array.from({ length: 12 }, (_, i) => `/nowhere/f${i}-${(12 - i) * 4}.txt`);
    const out = await collect(files, 3, fakeWorker);
    expect(out.map((o) => o.file)).toEqual(files);
    expect(out.every((o) => o.ok)).toBe(true);
  });

  it('reports the file that crashes a worker, by name, and goes on with the rest', async () => {
    const files = ['/x/a-5.txt', '/x/b-0.txt', '/x/crash.txt', '/x/c-0.txt', '/x/d-10.txt', '/x/e-0.txt'];
    const out = await collect(files, 2, fakeWorker, 'files');
    expect(out.map((o) => o.file)).toEqual(files);
    expect(out.filter((o) => !o.ok)).toEqual([{ file: '/x/crash.txt', ok: false, message: expect.stringMatching(/^\/x\/crash\.txt: the ingest worker reading it crashed \(simulated crash\)/) }]);
  });

  it('stops with an error when workers cannot start at all', async () => {
    const broken = pathToFileURL(join(import.meta.dirname, 'no-such-worker.mjs'));
    await expect(collect(['/x/a.txt', '/x/b.txt', '/x/c.txt'], 1, broken)).rejects.toThrow(/cannot start/);
  });
});

describe('extractFiles with two workers by stage', () => {
  it('is what two workers do by default, and KG_INGEST_SPLIT overrides it', () => {
    const before = process.env.KG_INGEST_SPLIT;
    try {
      delete process.env.KG_INGEST_SPLIT;
      expect([defaultSplit(1), defaultSplit(2), defaultSplit(3)]).toEqual(['files', 'stages', 'files']);
      process.env.KG_INGEST_SPLIT = 'files';
      expect(defaultSplit(2)).toBe('files');
      process.env.KG_INGEST_SPLIT = 'stages';
      expect([defaultSplit(1), defaultSplit(3)]).toEqual(['files', 'stages']);
    } finally {
      if (before === undefined) delete process.env.KG_INGEST_SPLIT;
      else process.env.KG_INGEST_SPLIT = before;
    }
  });

  it('yields results in file order, more files than the pipeline holds at once', async () => {
    const files = Array.from({ length: 70 }, (_, i) => `/nowhere/f${i}-${i % 7}.txt`);
    const out = await collect(files, 2, fakeWorker, 'stages');
    expect(out.map((o) => o.file)).toEqual(files);
    expect(out.every((o) => o.ok)).toBe(true);
  });

  it('hands the files left when a stage worker crashes to workers by file, which name the file that crashes again', async () => {
    const files = ['/x/a-5.txt', '/x/b-0.txt', '/x/crash.txt', '/x/c-0.txt', '/x/d-10.txt', '/x/e-0.txt'];
    const out = await collect(files, 2, fakeWorker, 'stages');
    expect(out.map((o) => o.file)).toEqual(files);
    expect(out.filter((o) => !o.ok)).toEqual([{ file: '/x/crash.txt', ok: false, message: expect.stringMatching(/^\/x\/crash\.txt: the ingest worker reading it crashed \(simulated crash\)/) }]);
  });

  it('loses no file when the second stage crashes: the rest is extracted by file', async () => {
    // the fake "entities" worker dies on crash-late.txt; a worker by file reads it
    const files = ['/x/a-0.txt', '/x/crash-late.txt', '/x/b-0.txt', '/x/c-3.txt'];
    const out = await collect(files, 2, fakeWorker, 'stages');
    expect(out.map((o) => [o.file, o.ok])).toEqual(files.map((f) => [f, true]));
  });
});

const corpus = sharedDir('corpus');
describe.skipIf(!corpus)('bundled workers', () => {
  it('give the same graph plans, in the same order, as extraction in this thread, split by file or by stage', async () => {
    const files = readdirSync(corpus!)
      .filter((f) => f.endsWith('.txt') && !/^sources/i.test(f))
      .slice(0, 10)
      .map((f) => join(corpus!, f));
    const bundle = pathToFileURL(await buildBundle());
    const inThread = await collect(files, 0);
    for (const split of ['files', 'stages'] as const) {
      const inWorkers = await collect(files, 2, bundle, split);
      expect(inWorkers.map((o) => o.file)).toEqual(files);
      expect(inWorkers).toEqual(inThread);
    }
    // A bundle (this one, or one a concurrent run just made) is what workers start from now.
    expect(String(await workerEntry())).toMatch(/\/\.cache\/ingest-worker\/worker-[\w-]+\.mjs$/);
  }, 60_000);

  it('hand onFile the same extraction trees as extracting in this thread', async () => {
    const files = readdirSync(corpus!)
      .filter((f) => f.endsWith('.txt') && !/^sources/i.test(f))
      .slice(0, 4)
      .map((f) => join(corpus!, f));
    const seen = new Map<string, ResolutionExtraction[]>();
    const result = await ingestPaths(files, { workers: 2, onFile: (file, extractions) => void seen.set(file, extractions) });
    expect([...seen.keys()]).toEqual(files);
    for (const f of files) expect(seen.get(f)).toEqual((await extractFile(f)).extractions);
    expect(result.stats.resolutions).toBe([...seen.values()].reduce((n, e) => n + e.length, 0));
  }, 60_000);

  it('can be turned off: KG_INGEST_WORKER=tsx starts workers through tsx', async () => {
    const before = process.env.KG_INGEST_WORKER;
    process.env.KG_INGEST_WORKER = 'tsx';
    try {
      expect(String(await workerEntry())).toMatch(/\/ingest\/worker-boot\.mjs$/);
    } finally {
      if (before === undefined) delete process.env.KG_INGEST_WORKER;
      else process.env.KG_INGEST_WORKER = before;
    }
  });
});
