// Files and folders -> knowledge graph: ingestPaths and its helpers.
// Apart from ingest/index.ts (the public API, which also exports the stage verbs) so that a caller
// that only ingests, such as the CLI, does not load the extraction stages on the main thread:
// when workers extract (any batch of 24 files or more), the main thread never needs them, and
// compiling them through tsx cost it ~0.35 s of CPU before the first worker started. The
// in-process path (small batches) loads them when it reads its first file (ingest/pool.ts).
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { GraphBuilder, type KnowledgeGraph } from '../graph/build.js';
import { extractFiles } from './pool.js';
import type { FileError, ResolutionExtraction } from './models.js';
import { TIMELINE, timelineMark, timelineReport } from './timeline.js';

/** Extensions picked up when a folder is given; a file named explicitly is always tried. */
export const INGESTIBLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.pdf', '.docx', '.html', '.htm', '.xml', '.json']);
/** Files in corpus folders that describe the corpus rather than hold resolutions. */
const NOT_RESOLUTIONS = /^(readme|sources|license|licence|notice|changelog)(\.|$)/i;

export interface IngestProgress {
  done: number;
  total: number;
  file: string;
  bytes: number;
}

export interface IngestOptions {
  onProgress?: (p: IngestProgress) => void;
  /** called after each file's resolutions are in the graph (the Neo4j writer uses it) */
  onFile?: (file: string, extractions: ResolutionExtraction[]) => void | Promise<void>;
  /** an existing graph to add to */
  graph?: KnowledgeGraph;
  /** worker threads for extraction (default: the cores, none for small batches) */
  workers?: number;
}

export interface IngestStats {
  files: number;
  filesRead: number;
  bytes: number;
  resolutions: number;
  paragraphs: number;
  nodesByKind: Record<string, number>;
  edgesByType: Record<string, number>;
  seconds: number;
}

export interface IngestResult {
  graph: KnowledgeGraph;
  errors: FileError[];
  /** files read with a repair (e.g. not UTF-8), that held no resolution, or where a recogniser failed on a paragraph */
  warnings: FileError[];
  stats: IngestStats;
}

/** Expands folders (recursively, sorted so that runs are repeatable) into files. */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; errors: FileError[] }> {
  const files: string[] = [];
  const errors: FileError[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && INGESTIBLE_EXTENSIONS.has(extname(e.name).toLowerCase()) && !NOT_RESOLUTIONS.test(e.name)) files.push(full);
    }
  };
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p);
      else files.push(p);
    } catch {
      errors.push({ file: p, message: `${p}: no such file or folder` });
    }
  }
  // The same file named twice (or inside two given folders) is read once.
  const seen = new Set<string>();
  return { files: files.filter((f) => (seen.has(resolve(f)) ? false : (seen.add(resolve(f)), true))), errors };
}

export { countGraph } from '../graph/build.js';

/**
 * Ingests files and folders into one knowledge graph. A file that cannot be read
 * is reported in `errors` and the batch goes on; nothing of it enters the graph.
 */
export async function ingestPaths(paths: string[], opts: IngestOptions = {}): Promise<IngestResult> {
  const started = performance.now();
  const { files, errors } = await expandPaths(paths);
  const warnings: FileError[] = [];
  const builder = new GraphBuilder(opts.graph);
  let bytes = 0;
  let filesRead = 0;
  let resolutions = 0;
  let paragraphs = 0;
  let done = 0;
  for await (const outcome of extractFiles(files, opts.workers, { withExtractions: opts.onFile !== undefined })) {
    const file = outcome.file;
    done++;
    if (!outcome.ok) {
      const message = outcome.message;
      errors.push({ file, message: message.includes(basename(file)) ? message : `${file}: ${message}` });
    } else {
      bytes += outcome.bytes;
      filesRead++;
      for (const w of outcome.warnings) warnings.push({ file, message: w.includes(basename(file)) ? w : `${file}: ${w}` });
      if (outcome.plans.length === 0) {
        warnings.push({ file, message: `${file}: no resolution found (expected "The General Assembly," or similar followed by paragraphs)` });
      }
      for (const plan of outcome.plans) {
        for (const w of plan.warnings ?? []) warnings.push({ file, message: `${file}: ${w}` });
        builder.applyPlan(plan);
        resolutions++;
        paragraphs += plan.paragraphs;
      }
      if (opts.onFile) await opts.onFile(file, outcome.extractions ?? []);
    }
    opts.onProgress?.({ done, total: files.length, file, bytes });
  }
  if (TIMELINE) timelineMark('graph: last plan applied, finalize starts');
  const graph = builder.finalize();
  if (TIMELINE) {
    timelineMark('graph built (finalize done)');
    timelineReport();
  }
  return {
    graph,
    errors,
    warnings,
    stats: {
      files: files.length,
      filesRead,
      bytes,
      resolutions,
      paragraphs,
      ...builder.counts(),
      seconds: (performance.now() - started) / 1000,
    },
  };
}
