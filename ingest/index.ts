// Public API of the ingest pipeline. Four verbs, one per stage group:
//   readSource(path)            file -> SourceText            (ingest/read)
//   segmentResolutions(clean)   text -> ResolutionText[]      (ingest/clean, ingest/segment)
//   extractResolution(res)      -> entities, clauses, relations (ingest/recognize, clauses, attributions)
//   ingestPaths(paths)          files and folders -> knowledge graph (ingest/batch, graph/build)
// Importing this module loads every stage; ingest/batch.ts alone gives ingestPaths without them.
import { readSource } from './read/index.js';
import { cleanText } from './clean.js';
import { segmentResolutions } from './segment.js';
import { extractResolution } from './extract.js';
import { extractFile } from './extract-file.js';

export { readSource, cleanText, segmentResolutions, extractResolution, extractFile };
export type * from './models.js';
export { INGESTIBLE_EXTENSIONS, countGraph, expandPaths, ingestPaths, type IngestOptions, type IngestProgress, type IngestResult, type IngestStats } from './batch.js';
