// A paragraph for extraction tests with its footnotes placed where the text prints their marks: each note's mark ends the
// first occurrence of `after` ("Secretary-General12" with mark "12"), so the offsets are those a segmenter would give.
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

export type Note = { after: string; mark: string; text: string };

/**
 * extractParagraph of `text` as paragraph `id` (OP… or a section's "II.OP1" operative, else preambular) with `notes`
 * attached, read under `heading` when given (the sub-heading the segmenter read it under).
 */
export function extractWithNotes(id: string, text: string, notes: Note[], ctx: RecognizeContext, heading?: string) {
  const footnoteRefs = notes.map((n) => {
    const at = text.indexOf(n.after);
    if (at < 0) throw new Error(`no "${n.after}" in the text`);
    const offset = at + n.after.length - n.mark.length;
    return { mark: n.mark, offset, footnote: { mark: n.mark, text: n.text } };
  });
  return extractParagraph({ id, kind: /(?:^|\.)OP/.test(id) ? 'operative' : 'preambular', text, footnoteRefs, subparagraphs: [], ...(heading ? { heading } : {}) }, ctx);
}

export type ResolutionParagraph = { text: string; footnote?: string; kind?: 'preambular' | 'operative' };

/**
 * The verb relations ('TYPE target') of each paragraph of one resolution, extracted in order with one shared context, as the
 * pipeline does; a paragraph's `footnote` is marked "1" on its last character. Paragraphs are operative unless told.
 */
export function relationsByParagraph(ctx: RecognizeContext, paragraphs: ResolutionParagraph[]): string[][] {
  return paragraphs.map(({ text, footnote, kind = 'operative' }, i) => {
    const mark = '1';
    const offset = text.length - 1;
    const px = extractParagraph(
      { id: `${kind === 'operative' ? 'OP' : 'PP'}${i + 1}`, kind, text, footnoteRefs: footnote ? [{ mark, offset, footnote: { mark, text: footnote } }] : [], subparagraphs: [] },
      ctx,
    );
    return px.relations.map((r) => `${r.type} ${r.target}`);
  });
}
