// Worker thread body: reads and extracts files sent by ingest/pool.ts and posts
// the extractions back. Graph building stays on the main thread (one writer).
import { parentPort } from 'node:worker_threads';
import { extractFile } from './extract-file.js';

if (!parentPort) throw new Error('ingest/worker.ts must run as a worker thread');
const port = parentPort;

port.on('message', async (msg: { id: number; file: string }) => {
  try {
    const { extractions, bytes, warnings } = await extractFile(msg.file);
    port.postMessage({ id: msg.id, ok: true, extractions, bytes, warnings });
  } catch (err) {
    port.postMessage({ id: msg.id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
