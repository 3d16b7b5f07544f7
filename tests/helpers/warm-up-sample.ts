// The entities worker's warm-up sample (ingest/warm-up.ts) extracted as the worker extracts it, for the tests that pin which
// branches its paragraphs take (accuracy-spd52c, accuracy-spd53b).
import { ENTITIES_SAMPLE } from '../../ingest/warm-up.js';
import { cleanText } from '../../ingest/clean.js';
import { segmentResolutions } from '../../ingest/segment.js';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphExtraction } from '../../ingest/models.js';

/** The entities worker's sample, extracted: the paragraph that starts with `start`. */
export function entitiesSampleParagraph(start: string): ParagraphExtraction {
  const [resolution] = segmentResolutions(cleanText({ ...ENTITIES_SAMPLE }), { ...ENTITIES_SAMPLE });
  const found = extractResolution(resolution!).paragraphs.find((p) => p.paragraph.text.startsWith(start));
  if (found === undefined) throw new Error(`no sample paragraph starts with "${start}"`);
  return found;
}
