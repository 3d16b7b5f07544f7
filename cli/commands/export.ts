// `kg export --format json|gexf|graphml|csv [--graph graph.json] [--out FILE|DIR]`
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadGraphFile, toGexf, toGraphml, toJson, writeGraphJson } from '../../graph/export/index.js';
import { writeFileAtomic } from './ingest.js';

export const EXPORT_HELP = `Usage: kg export --format json|gexf|graphml|csv [--graph graph.json] [--out PATH]

Converts a graph written by \`kg ingest\` for other tools:
  json     graphology JSON (graph.export())
  gexf     GEXF 1.3 for Gephi
  graphml  GraphML (yEd, Cytoscape, NetworkX)
  csv      CSV files in neo4j-admin import's header format (--out is a folder)

  --graph FILE  the graph to export (default: graph.json)
  --out PATH    output file (default: standard output; for csv: folder ./csv)`;

const Format = z.enum(['json', 'gexf', 'graphml', 'csv']);

export async function exportCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string', short: 'f', default: 'json' },
      graph: { type: 'string', default: 'graph.json' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(EXPORT_HELP);
    return 0;
  }
  const format = Format.safeParse(values.format);
  if (!format.success) {
    console.error(`kg export: unknown format "${values.format}"; use one of json, gexf, graphml, csv.`);
    return 2;
  }
  const graph = await loadGraphFile(values.graph!);
  if (format.data === 'csv') {
    const { exportNeo4jCsv } = await import('../../graph/export/csv.js');
    const dir = values.out ?? 'csv';
    await exportNeo4jCsv(graph, dir);
    console.error(`CSV files for neo4j-admin import written to ${dir}/`);
    return 0;
  }
  if (format.data === 'json' && values.out) {
    await writeGraphJson(graph, values.out);
    console.error(`json written to ${values.out}`);
    return 0;
  }
  const text = format.data === 'json' ? toJson(graph) : format.data === 'gexf' ? toGexf(graph) : toGraphml(graph);
  if (values.out) {
    await writeFileAtomic(values.out, text);
    console.error(`${format.data} written to ${values.out}`);
  } else {
    process.stdout.write(text);
  }
  return 0;
}
