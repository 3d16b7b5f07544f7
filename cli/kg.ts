// The `kg` command line: one sub-command per job.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './commands/start.js';

export const HELP = `kg: UN resolutions as a knowledge graph

Usage:
  kg ingest <files|folders...> [--out graph.json] [--neo4j]   read resolutions into a graph
  kg query "<cypher>" [--graph graph.json | --neo4j] [--format table|json|csv]
                                                              read-only Cypher query
  kg serve [--graph graph.json | --neo4j] [--port N]          serve the web client
  kg export --format json|gexf|graphml|csv [--graph graph.json] [--out PATH]
  kg start [<folders...>]                                     ingest + serve (npm start)

Run \`kg <command> --help\` for a command's options.`;

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  ingest: async () => (await import('./commands/ingest.js')).ingestCommand,
  query: async () => (await import('./commands/query.js')).queryCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  start: async () => (await import('./commands/start.js')).startCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    console.log(pkg.version);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(`kg: unknown command "${name}".\n\n${HELP}`);
    return 2;
  }
  try {
    return await (await load())(rest);
  } catch (err) {
    // Expected failures (bad file, server down, bad option) print one clear line.
    const message = err instanceof Error ? err.message : String(err);
    console.error(`kg ${name}: ${message}`);
    if (process.env.KG_DEBUG && err instanceof Error) console.error(err.stack);
    return 1;
  }
}
