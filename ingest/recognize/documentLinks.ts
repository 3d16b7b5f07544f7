// A report cited by its title or subject in the text and by its symbol in the footnote its mark
// points to ("the report of the Secretary-General entitled “Road map for digital cooperation”,³"
// with "³ A/74/821.") is one document: the titled mention takes the symbol's key, and keeps its
// title as an attribute, so the graph holds one Document node, not two.
import { nodeKey } from '../../graph/model.js';
import type { EntityMention, ParagraphText } from '../models.js';

/** What may stand between the end of a title and its footnote mark: closing quotes or italics, a comma, the
 *  semicolon that ends an operative paragraph ("Takes note of the report of the Secretary-General on ...;14"). */
const TITLE_TO_MARK_RE = /^[\s”"’*_,.;]{0,4}$/;
/** ... or a modifier of the report itself: "the report ... on <subject>, including the 20-year review thereof,⁴". */
const MODIFIER_TO_MARK_RE = /^,?\s+(?:including|in particular|which|containing|submitted|prepared|pursuant|presented|issued|published|released|launched|dated|of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b[^;]{0,120}$/;
/** A mention of several reports ("the reports of the Secretary-General on ..."). */
const REPORTS_RE = /\breports\b/;
/** Kinds that, standing in the modifier, could be what the footnote is about instead. */
const CITABLE = new Set(['Document', 'Resolution', 'Framework', 'Event', 'Initiative']);

/**
 * Rewrites, in place, body Document mentions named by title or subject whose footnote cites
 * exactly one document symbol (and no resolution); removes from `body` the mention of several reports
 * whose footnote cites several document symbols (and nothing else).
 */
export function linkTitlesToFootnoteSymbols(paragraph: ParagraphText, body: EntityMention[], footnotes: EntityMention[]): void {
  if (!paragraph.footnoteRefs.length) return;
  let cutReports = false;
  for (const m of body) {
    if (m.kind !== 'Document' || typeof m.attrs.symbol === 'string') continue;
    const ref = paragraph.footnoteRefs.find((r) => {
      if (!r.footnote || r.offset < m.end) return false;
      const gap = paragraph.text.slice(m.end, r.offset);
      if (TITLE_TO_MARK_RE.test(gap)) return true;
      return MODIFIER_TO_MARK_RE.test(gap) && !/\sand\s/.test(gap) && !body.some((o) => o !== m && CITABLE.has(o.kind) && o.start >= m.end && o.start < r.offset);
    });
    if (!ref) continue;
    const cited = footnotes.filter((f) => f.footnote?.offset === ref.offset && f.footnote.mark === ref.mark && (f.kind === 'Document' || f.kind === 'Resolution'));
    // "Having considered the reports of the Secretary-General on the financing of the Force,¹" with "¹ A/78/586 and
    // A/78/745.": the reports are the documents the footnote cites, each by its symbol; the subject names no other
    if (cited.length > 1 && REPORTS_RE.test(m.phrase) && cited.every((f) => f.kind === 'Document' && typeof f.attrs.symbol === 'string') && TITLE_TO_MARK_RE.test(paragraph.text.slice(m.end, ref.offset))) {
      m.key = '';
      cutReports = true;
      continue;
    }
    const only = cited.length === 1 ? cited[0]! : undefined;
    if (!only || only.kind !== 'Document' || typeof only.attrs.symbol !== 'string') continue;
    // a symbol cited as one of several ("See A/C.2/59/3, annex") still names this report; "and" would not
    if (/\band\b|;/.test(ref.footnote!.text)) continue;
    const title = typeof m.attrs.title === 'string' ? m.attrs.title : m.name;
    m.attrs = { ...m.attrs, title, symbol: only.attrs.symbol };
    m.key = nodeKey('Document', only.attrs.symbol);
    m.name = only.attrs.symbol;
  }
  if (cutReports) {
    let k = 0;
    for (const m of body) if (m.key !== '') body[k++] = m;
    body.length = k;
  }
}
