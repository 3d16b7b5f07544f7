// Session-48 speed helper spd48b: the pipeline's waits (ingest/pool-stages.ts, ingest/worker.ts, ingest/warm-up.ts).
// Changed: the entities worker's warm-up sample (warm-up.ts entitiesSampleWire) is made when the worker bundle is made
// (ingest/worker-entry.ts builtEntitiesSample, carried by ingest/warm-up-snapshot.ts), so that the entities worker warms
// up as soon as it loads instead of waiting for the references worker to read the sample and send it. Run from the
// sources (tsx, dist) the references worker still sends it. The graph is the same (golden dump cmp-identical).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { MessageChannel } from 'node:worker_threads';
import { repoRoot } from '../helpers/env.js';
import { buildBundle, builtEntitiesSample, startWorker } from '../../ingest/worker-entry.js';
import { ENTITIES_SAMPLE_BUNDLED, bundledEntitiesSample, entitiesSampleWire, warmUpEntities, warmUpStages } from '../../ingest/warm-up.js';
import { extractFileReferences, readFileReferences } from '../../ingest/extract-file.js';
import { decodeFileReferences, encodeFileReferences, type WireFileReferences } from '../../ingest/references-wire.js';
import { planResolution } from '../../graph/plan.js';
import type { ReferencesMessage, WorkerReply } from '../../ingest/pool.js';

/** The repository's own sample (data/sample): a file the pipeline reads, present wherever the tests run. */
const SAMPLE_FILE = join(repoRoot, 'data', 'sample', 'ecosoc-wsis-draft-resolutions.txt');

/** What a function writes to stderr (the timeline report goes there). */
function stderrOf(run: () => void): string {
  let printed = '';
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string) => ((printed += s), true)) as typeof process.stderr.write;
  try {
    run();
  } finally {
    process.stderr.write = write;
  }
  return printed;
}

describe('the entities warm-up sample made at bundle time (builtEntitiesSample)', () => {
  it('is the wire the references worker would send, as it arrives from another thread', async () => {
    const esbuild = await import('esbuild');
    const bundled = deserialize(Buffer.from(await builtEntitiesSample(esbuild), 'base64')) as WireFileReferences;
    expect(bundled).toEqual(deserialize(serialize(entitiesSampleWire())));
    // the facts block crosses as the Int32Array it is (warmUpEntities' decoder reads it so)
    expect(bundled.facts).toBeInstanceOf(Int32Array);
    expect(warmUpEntities(bundled, 2)).toBe(2); // one resolution, twice
  }, 120_000);

  it('is carried by the worker bundle (ingest/warm-up-snapshot.ts replaced), as the gazetteer trie is', async () => {
    const startFile = await buildBundle();
    const bundle = readFileSync(startFile.replace(/\.mjs$/, '.cjs'), 'utf8');
    expect(bundle).toMatch(/ENTITIES_SAMPLE_SNAPSHOT = "[A-Za-z0-9+/=]{1000,}"/);
  }, 120_000);

  it('guard: the sources carry none, so the references worker still sends the sample there (tsx workers, dist)', () => {
    expect(ENTITIES_SAMPLE_BUNDLED).toBe(false);
    expect(bundledEntitiesSample()).toBeUndefined();
    // the sources' entities warm-up reads the sample itself, as before
    expect(warmUpStages(1, 'entities')).toBe(1);
  });
});

describe('the entities worker started from the bundle', () => {
  it('is warmed before its first file though no references worker sent it a sample (data/sample), and plans it as this thread does', async () => {
    const entry = pathToFileURL(await buildBundle());
    const read = await readFileReferences(SAMPLE_FILE);
    const expected = extractFileReferences(decodeFileReferences(deserialize(serialize(encodeFileReferences(read))) as WireFileReferences)).map(planResolution);
    const channel = new MessageChannel();
    // KG_TIMELINE: the worker sends its boot times (loaded, warmed) with its first file, only when it warmed up
    const worker = startWorker(entry, { workerData: { role: 'entities', port: channel.port1 }, transferList: [channel.port1], env: { ...process.env, KG_TIMELINE: '1' } });
    try {
      const reply = new Promise<WorkerReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      // the one message: a file, never the warm-up sample (id -1) the references worker sends from the sources
      const file: ReferencesMessage = { id: 0, ok: true, read: encodeFileReferences(await readFileReferences(SAMPLE_FILE)), withExtractions: false };
      channel.port2.postMessage(file);
      const r = await reply;
      expect(r.ok).toBe(true);
      expect(r.tl?.ent.boot).toBeDefined();
      const [loaded, warmed] = r.tl!.ent.boot!;
      expect(warmed).toBeGreaterThanOrEqual(loaded);
      expect(r.ok && r.plans).toEqual(expected);
    } finally {
      channel.port2.close();
      await worker.terminate();
    }
  }, 120_000);
});

describe('KG_TIMELINE: thread CPU between files', () => {
  it("sums each worker's thread CPU from the end of one file to the start of the next (boot to the first file included)", async () => {
    const { timelineFile, timelineReport, timelineStart } = await import('../../ingest/timeline.js');
    timelineStart();
    const t0 = Date.now();
    const ent = (k: number, cpuStart: number, cpu: number) => ({ start: t0 + 10 * k, end: t0 + 10 * k + 5, cpuStart, cpu });
    timelineFile(0).ent = { ...ent(0, 120, 150), boot: [t0, t0, 100] };
    timelineFile(1).ent = ent(1, 170, 200);
    timelineFile(2).ent = ent(2, 230, 260);
    const printed = stderrOf(timelineReport);
    // (120 - 100) + (170 - 150) + (230 - 200)
    expect(printed).toMatch(/entities +loaded .*thread CPU between files 70 ms\)/);
  });

  it('guard: times without cpuStart (a worker of before) count nothing between files', async () => {
    const { timelineFile, timelineReport, timelineStart } = await import('../../ingest/timeline.js');
    timelineStart();
    const t0 = Date.now();
    timelineFile(0).ent = { start: t0, end: t0 + 5, cpu: 150, boot: [t0, t0, 100] };
    const printed = stderrOf(timelineReport);
    expect(printed).toMatch(/thread CPU between files 0 ms\)/);
  });
});
