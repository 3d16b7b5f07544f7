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
import { warmUpStages } from './warm-up.js';
import type { ReferencesMessage, WorkerReply, WorkerRequest, WorkerRole } from './pool.js';

if (!parentPort) throw new Error('ingest/worker.ts must run as a worker thread');
const port = parentPort;
const data = (workerData ?? {}) as { role?: WorkerRole; port?: MessagePort };
const role: WorkerRole = data.role ?? 'whole';
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
  });
} else {
  const next = data.port;
  if (!next) throw new Error(`ingest/worker.ts: the "${role}" role needs workerData.port`);
  if (role === 'references') {
    port.on('message', async (msg: WorkerRequest) => {
      let out: ReferencesMessage;
      try {
        out = { id: msg.id, ok: true, read: encodeFileReferences(await readFileReferences(msg.file)), withExtractions: msg.withExtractions };
      } catch (err) {
        out = failure(msg.id, err);
      }
      next.postMessage(out);
    });
  } else {
    next.on('message', (msg: ReferencesMessage) => {
      let reply: WorkerReply;
      if (!msg.ok) reply = msg;
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
      port.postMessage(reply);
    });
  }
}

// Before the first file: the stages get type feedback for their rarer branches (see warm-up.ts).
// Messages that arrive meanwhile wait in the port.
warmUpStages(2, role);
