// `npm start [-- <folder>]`: ingest a folder (the bundled sample by default) into
// the embedded store, build the web client if needed, and serve it.
import { parseArgs } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../../ingest/batch.js';
import { createProgress } from '../progress.js';
import { formatSummary } from './ingest.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLE_DIR = join(repoRoot, 'data', 'sample');

export const START_HELP = `Usage: npm start [-- <files|folders...>] [--port 5173] [--host 127.0.0.1]
       kg start [<files|folders...>] [--port N] [--host H]

Ingests the files (default: the bundled sample in data/sample) into the
embedded store, builds the web client if needed, and serves it.`;

export async function startCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '5173' },
      host: { type: 'string', default: '127.0.0.1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(START_HELP);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`kg start: --port must be a number between 0 and 65535, got "${values.port}"`);
    return 2;
  }
  const inputs = positionals.length ? positionals : [SAMPLE_DIR];
  const progress = createProgress('Ingesting');
  const result = await ingestPaths(inputs, { onProgress: (p) => progress.update(p.done, p.total, p.file) });
  progress.stop();
  console.error(formatSummary(result));
  if (result.stats.filesRead === 0) {
    console.error('kg start: no file could be read.');
    return 1;
  }
  const { ensureWebBuilt } = await import('../../web/server/build.js');
  if (await ensureWebBuilt({ quiet: true })) console.error('Built the web client (web/dist).');
  const { startServer } = await import('../../web/server/index.js');
  const server = await startServer({ graph: result.graph, port, host: values.host! });
  console.log(`Serving the knowledge graph on ${server.url}`);
  // Keep running until interrupted.
  await new Promise<void>((done) => {
    const stop = (): void => {
      void server.close().then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
