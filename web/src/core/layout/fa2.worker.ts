// ForceAtlas2 in a web worker. Unlike the library's supervisor, which runs one
// iteration per round trip and so waits for the page to draw after each one,
// this worker iterates in batches of a few tens of milliseconds and posts only
// the positions; the page applies the latest ones once per frame.
import iterateImport from 'graphology-layout-forceatlas2/iterate.js';
import { cjsDefault } from '../interop.js';
import type { LayoutWorkerReply, LayoutWorkerRequest } from './worker-protocol.js';

const iterate = cjsDefault(iterateImport as unknown as { default: typeof iterateImport });
const PPN = 10; // values per node in the library's node matrix
const BATCH_MS = 40;

let nodes: Float32Array | null = null;
let edges: Float32Array | null = null;
let settings: Record<string, unknown> = {};
let running = false;
let scheduled = false;

function batch(): void {
  scheduled = false;
  if (!running || !nodes || !edges) return;
  const started = performance.now();
  let iterations = 0;
  do {
    iterate(settings, nodes, edges);
    iterations++;
  } while (performance.now() - started < BATCH_MS);
  const order = nodes.length / PPN;
  const positions = new Float32Array(order * 2);
  for (let i = 0; i < order; i++) {
    positions[i * 2] = nodes[i * PPN]!;
    positions[i * 2 + 1] = nodes[i * PPN + 1]!;
  }
  const reply: LayoutWorkerReply = { type: 'positions', positions, iterations, ms: performance.now() - started };
  (self as unknown as Worker).postMessage(reply, [positions.buffer]);
  // Yield so that a `stop` message is read between batches.
  scheduled = true;
  setTimeout(batch, 0);
}

self.addEventListener('message', (event: MessageEvent<LayoutWorkerRequest>) => {
  const message = event.data;
  if (message.type === 'init') {
    nodes = new Float32Array(message.nodes);
    edges = new Float32Array(message.edges);
    settings = message.settings;
  } else if (message.type === 'start') {
    running = true;
    if (!scheduled) batch();
  } else if (message.type === 'stop') {
    running = false;
  }
});
