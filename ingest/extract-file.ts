// One file through every stage up to extraction (runs in a worker or in-process).
import { readSource } from './read/index.js';
import { cleanText } from './clean.js';
import { segmentResolutions } from './segment.js';
import { extractResolution } from './extract.js';
import type { ResolutionExtraction } from './models.js';

/** Reads one file into its resolutions' extractions. Throws an Error naming the file. */
export async function extractFile(file: string): Promise<{ extractions: ResolutionExtraction[]; bytes: number; warnings: string[] }> {
  const src = await readSource(file);
  const resolutions = segmentResolutions(cleanText(src), src);
  return { extractions: resolutions.map((r) => extractResolution(r)), bytes: Buffer.byteLength(src.text), warnings: src.warnings ?? [] };
}
