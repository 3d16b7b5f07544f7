// A paragraph for extraction tests with its footnotes placed where the text prints their marks: each note's mark ends the
// first occurrence of `after` ("Secretary-General12" with mark "12"), so the offsets are those a segmenter would give.
import { extractParagraph, extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionText } from '../../ingest/models.js';

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

/**
 * A paragraph whose footnotes are `[mark, footnote text, the words the mark ends]` (the first place those words are printed):
 * preambular when its id is PP… or a section's "II.PP2", else operative.
 */
export function notedParagraph(id: string, text: string, notes: [string, string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, note, at]) => ({ mark, offset: text.indexOf(at) + at.length - mark.length, footnote: { mark, text: note } }));
  return { id, kind: /(?:^|\.)PP/.test(id) ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}

/** The footnoted Document mentions of one paragraph as 'symbol author' ('-' for none), in the footnotes' order. */
export function footnotedAuthors(id: string, text: string, notes: Note[], ctx: RecognizeContext): string[] {
  const x = extractWithNotes(id, text, notes, { ...ctx });
  return x.mentions.filter((m) => m.kind === 'Document' && m.footnote).map((m) => `${m.name} ${typeof m.attrs.author === 'string' ? m.attrs.author : '-'}`);
}

/** A paragraph whose footnotes are `[mark, footnote text]`, each mark at its last place in the text (as notedParagraph). */
export function markedParagraph(id: string, text: string, notes: [string, string][] = []): ParagraphText {
  return notedParagraph(id, text, notes.map(([mark, note]) => [mark, note, text.slice(0, text.lastIndexOf(mark) + mark.length)]));
}

/** A General Assembly resolution of these paragraphs (and its title, when given), as the segmenter gives one. */
export const gaResolution = (symbol: string, date: string, paragraphs: ParagraphText[], title?: string): ResolutionText => ({
  symbol, body: 'General Assembly', date, instrument: 'resolution', file: 'x.txt', paragraphs, headings: [], ...(title ? { title } : {}),
});

/** paragraph id -> its verb relations as 'TYPE target', the resolution extracted as the pipeline does */
export const relationsById = (r: ResolutionText): Record<string, string[]> =>
  Object.fromEntries(extractResolution(r).paragraphs.map((p) => [p.paragraph.id, p.relations.map((x) => `${x.type} ${x.target}`)]));

/** A/RES/80/238 PP2 and OP1 (corpus-ga A_RES_80_238.txt) with PP2's four notes as [mark, text, after]: reports by title, their symbols in the notes. */
export const CONSIDERED_80_238 =
  'Having considered the reports of the Secretary-General on administration of justice at the United Nations1 and on the activities of the Office of the United Nations Ombudsman and Mediation Services,2 the report of the Internal Justice Council on administration of justice at the United Nations3 and the related report of the Advisory Committee on Administrative and Budgetary Questions, 4';
export const CONSIDERED_80_238_NOTES: [string, string, string][] = [
  ['1', 'A/80/136.', 'at the United Nations1'],
  ['2', 'A/80/135.', 'Mediation Services,2'],
  ['3', 'A/80/131.', 'at the United Nations3'],
  ['4', 'A/80/509.', 'Questions, 4'],
];
export const TAKES_NOTE_80_238 =
  'Takes note of the report of the Secretary-General on administration of justice at the United Nations and on the activities of the Office of the United Nations Ombudsman and Mediation Services, the report of the Internal Justice Council on administration of justice at the United Nations and the related report of the Advisory Committee on Administrative and Budgetary Questions;';
