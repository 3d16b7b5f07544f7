// One file through every stage up to extraction (runs in a worker or in-process). When two workers
// share the work by stage (ingest/pool-stages.ts), the first runs readFileReferences and the second
// extractWithReferences; extractFile is the two in a row.
import { readSource, sourceByteLength } from './read/index.js';
import { cleanText } from './clean.js';
import { segmentResolutions } from './segment.js';
import { extractWithReferences, recognizeReferences, type ResolutionReferences } from './extract.js';
import type { ResolutionExtraction, ResolutionText } from './models.js';

/** A file read, cleaned and segmented, with what recognizeReferences read in each of its resolutions. */
export interface FileReferences {
  resolutions: ResolutionText[];
  references: ResolutionReferences[];
  bytes: number;
  warnings: string[];
}

/**
 * Reads one file up to the first half of extraction. Throws an Error naming the file. `withFacts`: with what the entity
 * scan reads of each text alone (TextFacts), for the other half in another thread; in the same thread the scan reads
 * them itself, with the gazetteer lookup at word starts the facts do not carry.
 */
export async function readFileReferences(file: string, withFacts = true): Promise<FileReferences> {
  const src = await readSource(file);
  const resolutions = segmentResolutions(cleanText(src), src);
  return { resolutions, references: resolutions.map((r) => recognizeReferences(r, withFacts)), bytes: sourceByteLength(src), warnings: src.warnings ?? [] };
}

/** The second half of extraction over a file's resolutions. */
export function extractFileReferences(read: FileReferences): ResolutionExtraction[] {
  return read.resolutions.map((r, i) => extractWithReferences(r, read.references[i]!));
}

/** Reads one file into its resolutions' extractions. Throws an Error naming the file. */
export async function extractFile(file: string): Promise<{ extractions: ResolutionExtraction[]; bytes: number; warnings: string[] }> {
  const read = await readFileReferences(file, false);
  return { extractions: extractFileReferences(read), bytes: read.bytes, warnings: read.warnings };
}
