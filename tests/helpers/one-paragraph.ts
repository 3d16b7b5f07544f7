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
