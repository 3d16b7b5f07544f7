// A made-up ResolutionText for stage tests: A/RES/80/140's metadata (a GA resolution that cites CBD
// decisions by number) with the paragraphs a test gives.
import type { ParagraphText, ResolutionText } from '../../ingest/models.js';

export function resolution80140(paragraphs: ParagraphText[]): ResolutionText {
  return { symbol: 'A/RES/80/140', body: 'General Assembly', date: '2025-12-15', file: 'A_RES_80_140.txt', instrument: 'resolution', headings: [], paragraphs };
}
