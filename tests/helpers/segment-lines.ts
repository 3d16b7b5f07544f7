// A made-up plain-text file, one array item per line, segmented as `kg ingest` would (clean, then segment), and the
// paragraph ids a resolution came out with: the setup of the segmentation cases (annexes, lost numbers, headings).
import { cleanText } from '../../ingest/clean.js';
import type { ResolutionText, SourceText } from '../../ingest/models.js';
import { segmentResolutions } from '../../ingest/segment.js';

export function segmentLines(lines: string[], file: string): ResolutionText[] {
  const src: SourceText = { file, format: 'text', text: lines.join('\n') };
  return segmentResolutions(cleanText(src), src);
}

/** "PP1 OP1 OP2 Annex.OP1": a resolution's paragraph ids in order. */
export const paragraphIds = (r: ResolutionText): string => r.paragraphs.map((p) => p.id).join(' ');
