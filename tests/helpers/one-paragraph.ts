// One paragraph through extractParagraph, as the audit tests quote it: "the keys of the mentions that start so", "the
// verb relations as 'TYPE target'", "the attributions as 'TYPE source -> target'". Each test file fixes its context (the
// resolution quoted) and whether its sentences are preambular or operative by default.
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

export type ParagraphKind = 'preambular' | 'operative';

export function oneParagraph(defaults: { ctx: RecognizeContext; kind: ParagraphKind }) {
  const extract = (text: string, kind: ParagraphKind = defaults.kind, ctx: RecognizeContext = { ...defaults.ctx }) =>
    extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
  return {
    extract,
    keys: (text: string, prefix: string, kind?: ParagraphKind, ctx?: RecognizeContext): string[] =>
      extract(text, kind, ctx).mentions.filter((m) => m.key.startsWith(prefix)).map((m) => m.key),
    relations: (text: string, kind?: ParagraphKind, ctx?: RecognizeContext): string[] => extract(text, kind, ctx).relations.map((r) => `${r.type} ${r.target}`),
    attributions: (text: string, kind?: ParagraphKind, ctx?: RecognizeContext): string[] =>
      extract(text, kind, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`),
  };
}

/** One paragraph with one footnote, whose mark stands at `mark` inside `at` (the first place `at` is printed): its attributions. */
export function footnotedAttributions(id: string, text: string, mark: string, at: string, footnote: string, ctx: RecognizeContext): string[] {
  const offset = text.indexOf(at) + at.indexOf(mark);
  const x = extractParagraph(
    { id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [{ mark, offset, footnote: { mark, text: footnote } }], subparagraphs: [] },
    ctx,
  );
  return x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
}
