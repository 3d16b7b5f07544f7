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

/** Characters gathered before a write: large enough that writes are few, small enough to stay out of the way. */
const WRITE_CHUNK = 1 << 20;

/** graphology's isEmpty: any enumerable key, own or inherited. */
function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/**
 * Writes exactly what `toJson` returns, item by item, to `path` (atomically: through a temporary file
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
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (!out.write(buffer)) await Promise.race([once(out, 'drain'), failed]);
    buffer = '';
  };
  try {
    const head = { options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }, attributes: graph.getAttributes() };
    buffer = `${JSON.stringify(head).slice(0, -1)},"nodes":[`;
    // items go out in chunks as they are serialised, so that no copy of all of them is held
    let first = true;
    const nodeIterator = graph.nodeEntries();
    for (let n = nodeIterator.next(); !n.done; n = nodeIterator.next()) {
      const { node: key, attributes } = n.value;
      const item = JSON.stringify(hasKeys(attributes) ? { key, attributes } : { key });
      buffer += first ? item : `,${item}`;
      first = false;
      if (buffer.length >= WRITE_CHUNK) await flush();
    }
    buffer += '],"edges":[';
    first = true;
    const edgeIterator = graph.edgeEntries();
    for (let e = edgeIterator.next(); !e.done; e = edgeIterator.next()) {
      const { edge: key, source, target, attributes } = e.value;
      const item = JSON.stringify(hasKeys(attributes) ? { key, source, target, attributes } : { key, source, target });
      buffer += first ? item : `,${item}`;
      first = false;
      if (buffer.length >= WRITE_CHUNK) await flush();
    }
    buffer += ']}';
    await flush();
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
