// Worker thread body, in one of three roles (workerData.role, see ingest/pool.ts):
// - "whole" (default): reads and extracts files sent by the main thread and posts back each
//   resolution's graph plan (graph/plan.ts), which the main thread (the one graph writer) replays.
// - "references": the first half of a two-worker pipeline (ingest/pool-stages.ts): reads, cleans and
//   segments files sent by the main thread, recognises citations, documents, dates and clauses, and
//   passes the lot to the "entities" worker through workerData.port.
// - "entities": the second half: the entity scan, relations, attributions and plans, posted back to
//   the main thread as a "whole" worker would.
// Plans are flat and clone cheaply; the extraction trees themselves are only sent when the caller
// asked for them (onFile).
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { extractFile, extractFileReferences, readFileReferences } from './extract-file.js';
import { planResolution } from '../graph/plan.js';
import { decodeFileReferences, encodeFileReferences } from './references-wire.js';
import { ENTITIES_SAMPLE_BUNDLED, entitiesSampleWire, warmUpEntities, warmUpStages } from './warm-up.js';
import type { ReferencesMessage, WorkerReply, WorkerRequest, WorkerRole } from './pool.js';
import { TIMELINE, clock, threadCpu, type StageTimes } from './timeline.js';
import { ReferencesPriority, ownThreadId, type CpuSample } from './thread-priority.js';

if (!parentPort) throw new Error('ingest/worker.ts must run as a worker thread');
const port = parentPort;
/** KG_TIMELINE: when this module loaded, and (below) when its warm-up was done. */
const loadedAt = TIMELINE ? clock() : 0;
let boot: StageTimes['boot'];
/** KG_TIMELINE: this file's times, with the boot times on the first. */
function stageTimes(start: number, cpuStart: number): StageTimes {
  const t: StageTimes = { start, end: clock(), cpu: threadCpu(), cpuStart };
  if (boot) [t.boot, t.tid, boot] = [boot, ownThreadId(), undefined];
  return t;
}
const data = (workerData ?? {}) as { role?: WorkerRole; port?: MessagePort; hostAtStart?: CpuSample };
const role: WorkerRole = data.role ?? 'whole';
/** The id of the references worker's first message to the entities worker: the warm-up sample, not a file. */
const WARM_UP_ID = -1;
/** Files this worker has handled (see fileHandled). */
let handled = 0;
/** The references worker's niceness (ingest/thread-priority.ts); undefined in the other roles. */
let referencesPriority: ReferencesPriority | undefined;
/** After this many files a worker's functions are compiled: the code cache made then serves the next runs' workers. */
const CODE_CACHE_AFTER_FILES = 16;
/** Counts a file; at CODE_CACHE_AFTER_FILES, has the start file (ingest/worker-entry.ts bundleStartFile) write the V8
 * code cache of this worker's role when it found none. Nothing when the worker started otherwise. */
function fileHandled(): void {
  if (++handled !== CODE_CACHE_AFTER_FILES) return;
  const ready = (globalThis as Record<symbol, unknown>)[Symbol.for('kg.ingest.codeCacheReady')];
  if (typeof ready === 'function') ready();
}
const failure = (id: number, err: unknown): { id: number; ok: false; message: string } => ({ id, ok: false, message: err instanceof Error ? err.message : String(err) });

if (role === 'whole') {
  port.on('message', async (msg: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      const { extractions, bytes, warnings } = await extractFile(msg.file);
      reply = { id: msg.id, ok: true, plans: extractions.map(planResolution), bytes, warnings };
      if (msg.withExtractions) reply.extractions = extractions;
    } catch (err) {
      reply = failure(msg.id, err);
    }
    port.postMessage(reply);
    fileHandled();
  });
} else {
  const next = data.port;
  if (!next) throw new Error(`ingest/worker.ts: the "${role}" role needs workerData.port`);
  if (role === 'references') {
    // Behind the entities worker, the pipeline's long pole, when the two share a core: KG_INGEST_NICE at once, else
    // decided after the warm-up (below) from the host's other load, and again as files go (see thread-priority.ts)
    const priority = (referencesPriority = new ReferencesPriority(data.hostAtStart));
    // Unless the bundle carries it (the entities worker then warms up on that copy as it loads, and this worker reads the
    // sample in its own warm-up below), first the entities worker's warm-up sample, read up to the wire (see warm-up.ts
    // entitiesSampleWire): the entities worker, which has the most work, then never runs this stage. A sample that fails
    // to read sends nothing: the entities worker then starts cold.
    if (!ENTITIES_SAMPLE_BUNDLED) {
      try {
        const warmUp: ReferencesMessage = { id: WARM_UP_ID, ok: true, read: entitiesSampleWire(), withExtractions: false };
        next.postMessage(warmUp);
      } catch {
        // no warm-up for the entities worker
      }
    }
    port.on('message', async (msg: WorkerRequest) => {
      const start = TIMELINE ? clock() : 0;
      const cpuStart = TIMELINE ? threadCpu() : 0;
      let out: ReferencesMessage;
      try {
        out = { id: msg.id, ok: true, read: encodeFileReferences(await readFileReferences(msg.file)), withExtractions: msg.withExtractions };
      } catch (err) {
        out = failure(msg.id, err);
      }
      if (TIMELINE) out.tl = stageTimes(start, cpuStart);
      next.postMessage(out);
      fileHandled();
      priority.fileDone();
    });
  } else {
    next.on('message', (msg: ReferencesMessage) => {
      if (msg.id === WARM_UP_ID) {
        if (msg.ok) warmUpEntities(msg.read);
        if (TIMELINE) boot = [loadedAt, clock(), threadCpu()];
        return;
      }
      const start = TIMELINE ? clock() : 0;
      const cpuStart = TIMELINE ? threadCpu() : 0;
      let reply: WorkerReply;
      // (a new object: the failure's own carries the references worker's times, not a reply's)
      if (!msg.ok) reply = { id: msg.id, ok: false, message: msg.message };
      else {
        try {
          const read = decodeFileReferences(msg.read);
          const extractions = extractFileReferences(read);
          reply = { id: msg.id, ok: true, plans: extractions.map(planResolution), bytes: read.bytes, warnings: read.warnings };
          if (msg.withExtractions) reply.extractions = extractions;
        } catch (err) {
          reply = failure(msg.id, err);
        }
      }
      if (TIMELINE) reply.tl = { ref: msg.tl, ent: stageTimes(start, cpuStart) };
      port.postMessage(reply);
      fileHandled();
    });
  }
}

// Before the first file: the stages get type feedback for their rarer branches (see warm-up.ts).
// Messages that arrive meanwhile wait in the port. The entities worker warms up on the sample its
// bundle carries, else on the one the references worker sends it first (above).
// Session 48 (spd48b): the sample bundled (no wait for the references worker). KG_TIMELINE over corpus-ga at host load ~20,
// two alternating pairs after a discarded one, base/new: the entities worker from loaded to warmed 3239/2198 ms and
// 2168/2171 ms, its boot CPU 500/410 and 420/420 ms: at that load its warm-up's own CPU hides the wait (session 47 saw
// 200-470 ms of it at load 9-19); the golden dump is cmp-identical.
const warmsNow = role !== 'entities' || ENTITIES_SAMPLE_BUNDLED;
if (warmsNow) warmUpStages(2, role);
referencesPriority?.decide();
if (TIMELINE && warmsNow) boot = [loadedAt, clock(), threadCpu()];
