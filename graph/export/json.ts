// graphology's own serialisation (`graph.export()`), validated on the way in.
import { readFile } from 'node:fs/promises';
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
