// graphology's own serialisation (`graph.export()`), validated on the way in.
import { createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { z } from 'zod';
import type { SerializedGraph as GraphologySerializedGraph } from 'graphology-types';
import type { KnowledgeGraph } from '../build.js';
import { createKnowledgeGraph } from '../build.js';

const SerializedGraph = z.object({
  attributes: z.record(z.string(), z.unknown()).optional(),
  options: z.object({ type: z.string().optional(), multi: z.boolean().optional(), allowSelfLoops: z.boolean().optional() }).partial().optional(),
  nodes: z.array(z.object({ key: z.string(), attributes: z.object({ kind: z.string(), name: z.string().optional() }).passthrough() })),
  edges: z.array(
    z.object({
      key: z.string().optional(),
      source: z.string(),
      target: z.string(),
      attributes: z.object({ type: z.string() }).passthrough(),
    }),
  ),
});

export function toJson(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export());
}

/**
 * Nodes and edges serialised by one JSON.stringify call. One call per item (283k over corpus-ga), the
 * items' strings gathered into one chunk by `+=`, made a string of thousands of pieces that every
 * write then had to flatten before encoding it: ~1.1-1.3 s of the main thread's CPU for the 139 MB
 * file. A batch's text is one flat string, written without its brackets (a slice of it, not a
 * copy). `JSON.stringify([a, b])` is `[` + `JSON.stringify(a)` + `,` + ... + `]` for such items
 * (objects, never undefined), so the file is the same. Nodes go in smaller batches: one paragraph
 * with a curly quote makes its whole batch's text two bytes a character.
 * (Over corpus-ga, serialising and encoding in memory: nodes 290 -> 215-235 ms, edges 980 -> 665-720 ms.)
 */
const NODE_BATCH = 64;
const EDGE_BATCH = 512;

/** graphology's isEmpty: any enumerable key, own or inherited. */
function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/**
 * Writes exactly what `toJson` returns, batch by batch, to `path` (atomically: through a temporary file
 * renamed at the end, removed on failure). `graph.export()` copies every node and edge and
 * `JSON.stringify` then makes one string of the whole graph (126 MB over corpus-ga, twice that when a
 * curly quote makes it two bytes a character): `kg ingest --out` peaked near 1 GB holding both next
 * to the graph. Each item here is serialised as graphology's export shapes it (serializeNode /
 * serializeEdge: no `attributes` when empty; a directed graph has no `undirected`).
 */
export async function writeGraphJson(graph: KnowledgeGraph, path: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  const out = createWriteStream(tmp);
  const failed = once(out, 'error').then(([err]) => Promise.reject(err as Error));
  failed.catch(() => undefined);
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  const batch: object[] = [];
  let first = true;
  /** Writes the batch's items, after a comma unless they are the list's first. */
  const writeBatch = async (): Promise<void> => {
    if (batch.length === 0) return;
    const json = JSON.stringify(batch);
    batch.length = 0;
    if (!first) await write(',');
    first = false;
    await write(json.slice(1, -1));
  };
  try {
    const head = { options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }, attributes: graph.getAttributes() };
    await write(`${JSON.stringify(head).slice(0, -1)},"nodes":[`);
    // items go out in batches as they are serialised, so that no copy of all of them is held
    const nodeIterator = graph.nodeEntries();
    for (let n = nodeIterator.next(); !n.done; n = nodeIterator.next()) {
      const { node: key, attributes } = n.value;
      batch.push(hasKeys(attributes) ? { key, attributes } : { key });
      if (batch.length === NODE_BATCH) await writeBatch();
    }
    await writeBatch();
    await write('],"edges":[');
    first = true;
    const edgeIterator = graph.edgeEntries();
    for (let e = edgeIterator.next(); !e.done; e = edgeIterator.next()) {
      const { edge: key, source, target, attributes } = e.value;
      batch.push(hasKeys(attributes) ? { key, source, target, attributes } : { key, source, target });
      if (batch.length === EDGE_BATCH) await writeBatch();
    }
    await writeBatch();
    await write(']}');
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    await rename(tmp, path);
  } catch (err) {
    out.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Parses a graph.json written by `kg ingest --out`; errors name the file and the problem. */
export function parseGraphJson(text: string, file = 'graph.json'): KnowledgeGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message}); expected a graph written by \`kg ingest --out\``);
  }
  const parsed = SerializedGraph.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: not a knowledge-graph export (${issue?.path.join('.') || 'root'}: ${issue?.message}); expected a graph written by \`kg ingest --out\``);
  }
  const graph = createKnowledgeGraph();
  try {
    // zod checked the shape graphology needs; its own type is wider than zod's inference.
    graph.import({ nodes: parsed.data.nodes, edges: parsed.data.edges } as unknown as GraphologySerializedGraph);
  } catch (err) {
    throw new Error(`${file}: inconsistent graph (${(err as Error).message})`);
  }
  return graph;
}

export async function loadGraphFile(file: string): Promise<KnowledgeGraph> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(`${file}: cannot read the graph file; create it with \`npx kg ingest <files> --out ${file}\``);
  }
  return parseGraphJson(text, file);
}
