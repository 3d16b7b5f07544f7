// `kg ingest <files|folders...> [--out graph.json] [--neo4j]`
import { parseArgs } from 'node:util';
import { writeFile, rename } from 'node:fs/promises';
import { ingestPaths, type IngestResult } from '../../ingest/batch.js';
import { writeGraphJson } from '../../graph/export/index.js';
import { createProgress } from '../progress.js';

export const INGEST_HELP = `Usage: kg ingest <files|folders...> [--out graph.json] [--neo4j]

Reads resolutions (.txt .md .pdf .docx .html .xml .json; folders are searched
recursively), extracts entities and relations, and writes the knowledge graph.

  --out FILE   where to write the graph as graphology JSON (default: graph.json,
               unless --neo4j is given)
  --neo4j      also load the graph into Neo4j (NEO4J_URI, NEO4J_USERNAME,
               NEO4J_PASSWORD; start a local one with \`npm run neo4j:start\`)
  --quiet      no progress bar

Files that cannot be read are listed at the end; the exit code is non-zero
only when no file could be read.`;

function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

export function formatSummary(result: IngestResult): string {
  const { stats, errors, warnings } = result;
  const lines = [
    `Files: ${stats.files} (${stats.filesRead} read, ${errors.length} failed), ${(stats.bytes / 1e6).toFixed(1)} MB in ${stats.seconds.toFixed(1)} s`,
    `Resolutions: ${stats.resolutions}; paragraphs: ${stats.paragraphs}`,
    `Nodes: ${result.graph.order} (${formatCounts(stats.nodesByKind)})`,
    `Relations: ${result.graph.size} (${formatCounts(stats.edgesByType)})`,
  ];
  if (warnings.length) {
    lines.push(`Warnings (${warnings.length}):`);
    for (const w of warnings) lines.push(`  - ${w.message}`);
  }
  if (errors.length) {
    lines.push(`Files that failed (${errors.length}):`);
    for (const e of errors) lines.push(`  - ${e.message}`);
  }
  return lines.join('\n');
}

/** Writes atomically: a crash never leaves a half-written graph file. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

export async function ingestCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      neo4j: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(INGEST_HELP);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(`kg ingest: name at least one file or folder.\n\n${INGEST_HELP}`);
    return 2;
  }
  const progress = values.quiet ? undefined : createProgress('Ingesting');
  const result = await ingestPaths(positionals, {
    onProgress: (p) => progress?.update(p.done, p.total, p.file),
  });
  progress?.stop();
  if (result.stats.filesRead === 0) {
    console.error(formatSummary(result));
    console.error('kg ingest: no file could be read.');
    return 1;
  }
  const out = values.out ?? (values.neo4j ? undefined : 'graph.json');
  if (out) {
    await writeGraphJson(result.graph, out);
  }
  if (values.neo4j) {
    const { loadIntoNeo4j } = await import('./neo4j-load.js');
    await loadIntoNeo4j(result.graph, { quiet: values.quiet });
  }
  console.log(formatSummary(result));
  if (out) console.log(`Graph written to ${out}`);
  return 0;
}
