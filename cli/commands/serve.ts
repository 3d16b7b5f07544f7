// `kg serve [--graph graph.json | --neo4j] [--port N] [--host H]`: serves the web
// client and its API over a saved graph (embedded engine) or a Neo4j database.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import { z } from 'zod';
import { ensureWebBuilt } from '../../web/server/build.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer, type RunningServer } from '../../web/server/index.js';

const USAGE = `usage: kg serve [--graph graph.json | --neo4j] [--port N] [--host H]
  --graph FILE   graphology JSON written by \`kg ingest --out\` (default graph.json)
  --neo4j        query the Neo4j database of NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD
  --port N       port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host H       address to bind (default ${DEFAULT_HOST}; other hosts expose the API to the network)`;

const ServeArgs = z.object({
  graph: z.string().min(1).optional(),
  neo4j: z.boolean().optional(),
  port: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_PORT),
  host: z.string().min(1).default(DEFAULT_HOST),
  help: z.boolean().optional(),
});

/** The graph saved as graphology JSON, with a message naming the file when it is not one. */
export async function readGraphFile(file: string): Promise<MultiDirectedGraph> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read a graph: ${error instanceof Error ? error.message : String(error)}`);
  }
  const shape = z.object({ nodes: z.array(z.object({ key: z.string() }).passthrough()), edges: z.array(z.object({}).passthrough()) }).passthrough();
  const parsed = shape.safeParse(data);
  if (!parsed.success) throw new Error(`${file}: not a graphology export (expected {nodes: [{key, attributes}], edges: [...]})`);
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  // graph.json carries its own options; a multi directed graph accepts every export the ingest writes.
  graph.import(parsed.data as unknown as Parameters<MultiDirectedGraph["import"]>[0]);
  return graph;
}

/** Starts the server and resolves when it is listening; the caller keeps the process alive. */
export async function startServe(argv: string[]): Promise<RunningServer | number> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        graph: { type: 'string' },
        neo4j: { type: 'boolean' },
        port: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`kg serve: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const args = ServeArgs.safeParse(values);
  if (!args.success) {
    console.error(`kg serve: ${args.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}\n${USAGE}`);
    return 2;
  }
  if (args.data.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.data.neo4j && args.data.graph) {
    console.error(`kg serve: give --graph or --neo4j, not both\n${USAGE}`);
    return 2;
  }
  try {
    if (await ensureWebBuilt({ quiet: true })) console.log('built the web client into web/dist');
  } catch (error) {
    console.error(`kg serve: could not build the web client: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    let server: RunningServer;
    if (args.data.neo4j) {
      const { openNeo4jStore } = await import('../../cypher/store.js');
      const store = await openNeo4jStore(process.env);
      server = await startServer({ store, port: args.data.port, host: args.data.host });
    } else {
      const graph = await readGraphFile(args.data.graph ?? 'graph.json');
      server = await startServer({ graph, port: args.data.port, host: args.data.host });
    }
    console.log(`Serving ${server.graph.order} nodes and ${server.graph.size} edges (${server.store.kind}) on ${server.url}`);
    if (!['127.0.0.1', '::1', 'localhost'].includes(args.data.host)) {
      console.warn(`kg serve: bound to ${args.data.host}: the graph and the query console are reachable from the network`);
    }
    return server;
  } catch (error) {
    console.error(`kg serve: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

export async function serveCommand(argv: string[]): Promise<number> {
  const started = await startServe(argv);
  if (typeof started === 'number') return started;
  // Serve until interrupted.
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      void started.close().then(() => started.store.close()).finally(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
