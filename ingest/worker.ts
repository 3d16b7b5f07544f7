// Worker thread body: reads and extracts files sent by ingest/pool.ts and posts
// back each resolution's graph plan (graph/plan.ts), which the main thread (the
// one graph writer) replays. Plans are flat and clone cheaply; the extraction
// trees themselves are only sent when the caller asked for them (onFile).
import { parentPort } from 'node:worker_threads';
import { extractFile } from './extract-file.js';
import { planResolution } from '../graph/plan.js';
import { warmUpStages } from './warm-up.js';
import type { WorkerReply, WorkerRequest } from './pool.js';

if (!parentPort) throw new Error('ingest/worker.ts must run as a worker thread');
const port = parentPort;

port.on('message', async (msg: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const { extractions, bytes, warnings } = await extractFile(msg.file);
    reply = { id: msg.id, ok: true, plans: extractions.map(planResolution), bytes, warnings };
    if (msg.withExtractions) reply.extractions = extractions;
  } catch (err) {
    reply = { id: msg.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});

// Before the first file: the stages get type feedback for their rarer branches (see warm-up.ts).
// Messages that arrive meanwhile wait in the port.
warmUpStages();
