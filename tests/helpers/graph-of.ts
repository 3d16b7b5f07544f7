// Made-up GA resolutions built into one graph, for tests of what graph/build.ts decides across resolutions (a citation of a
// later resolution dropped, an undated declaration dated by the resolution that adopted it).
import { GraphBuilder } from '../../graph/build.js';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionExtraction } from '../../ingest/models.js';

/** A paragraph with no footnotes: preambular when its id starts with PP. */
export const para = (id: string, text: string): ParagraphText => ({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] });

/** The Organization keys (those starting with `prefix`) of each paragraph, read in order as one GA resolution. */
export function orgKeys(symbol: string, paragraphs: ParagraphText[], prefix = 'Organization:Group'): string[][] {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol, date: '2024-12-02' };
  return paragraphs.map((p) => extractParagraph(p, ctx).mentions.filter((m) => m.key.startsWith(prefix)).map((m) => m.key));
}

/** A General Assembly resolution `symbol` adopted on `date` ("2018-10-10") with these paragraphs, extracted. */
export function gaResolution(symbol: string, date: string, paragraphs: ParagraphText[]): ResolutionExtraction {
  const c = { body: 'General Assembly', symbol, date, file: `${symbol.replace(/\//g, '_')}.txt` };
  return {
    key: `Resolution:${symbol}`,
    resolution: { symbol, body: 'General Assembly', number: symbol.replace('A/RES/', ''), date, instrument: 'resolution', file: c.file, paragraphs, headings: [] },
    paragraphs: paragraphs.map((p) => extractParagraph(p, c)),
  };
}

/** The finished graph of these resolutions. */
export function graphOf(...resolutions: ResolutionExtraction[]) {
  const b = new GraphBuilder();
  for (const r of resolutions) b.addResolution(r);
  return b.finalize();
}
