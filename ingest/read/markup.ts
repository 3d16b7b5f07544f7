// HTML and XML (Akoma Ntoso-like) -> text with htmlparser2. Block elements
// become line breaks, script/style/metadata are dropped, entities decoded.
// <i>/<em> are kept as *...* because the operative verb of a resolution is
// printed in italics and segment uses that to find it.
import { Parser } from 'htmlparser2';

const HTML_BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const HTML_PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'tr', 'dt', 'dd', 'pre', 'hr']);
const HTML_SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
const ITALIC = new Set(['i', 'em']);

/** Akoma Ntoso inline elements: everything else is a block. */
const XML_INLINE = new Set([
  'ref', 'mref', 'rref', 'date', 'docnumber', 'doctitle', 'doctype', 'docdate', 'docproponent', 'docstatus', 'docstage',
  'organization', 'person', 'location', 'term', 'concept', 'role', 'quantity', 'event', 'object', 'process', 'entity',
  'i', 'b', 'u', 'sup', 'sub', 'span', 'a', 'inline', 'marker', 'noteref', 'authorialnote', 'num', 'abbr', 'def',
  'remark', 'affectedDocument', 'relatedDocument', 'session', 'shortTitle', 'legislature', 'signature', 'img', 'eol', 'eop',
].map((n) => n.toLowerCase()));
const XML_SKIP = new Set(['meta', 'references', 'analysis', 'proprietary', 'notes']);

/** A footnote mark as the HTML of a Word file, mammoth, pandoc or ODS prints it: "1", "[1]" (in <sup> or a #link). */
const MARK_TEXT = /^\s*\[?(\d{1,3})\]?\s*$/;
/** The link back from a footnote to its mark: "↩", "↑", "^" */
const BACK_LINK_TEXT = /^\s*[↩↑^⤴]\uFE0E?\s*$/;
/** The id of a footnote's own element: pandoc "fn1", mammoth "footnote-1", Word "ftn1", "endnote-2" */
const FOOTNOTE_ID = /^_?(?:fn|ftn|footnote|endnote|note)[-_:]?(\d{1,3})$/i;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function toSuperscript(digits: string): string {
  let out = '';
  for (const ch of digits) out += SUPERSCRIPT_DIGITS[ch.charCodeAt(0) - 48] ?? ch;
  return out;
}

function romanLower(n: number): string {
  const table: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, r] of table) while (n >= v) {
    out += r;
    n -= v;
  }
  return out;
}

/** Label of the n-th item of a list nested `depth` deep, as UN texts number them: "1.", "(a)", "(i)". */
function listLabel(depth: number, n: number): string {
  if (depth <= 1) return `${n}.`;
  if (depth === 2) return `(${n <= 26 ? String.fromCharCode(96 + n) : String(n)})`;
  return `(${romanLower(n)})`;
}

/** A paragraph already numbered in its text: "1. Welcomes", "(a) to", "1.\tDecides" */
const NUMBERED_TEXT = /^\s*(?:\d{1,3}\.|\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\))(?:\s|$)/;

export interface MarkupText {
  text: string;
  meta: Record<string, string>;
}

function finish(chunks: string[]): string {
  return chunks
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function htmlToText(html: string): MarkupText {
  const chunks: string[] = [];
  const meta: Record<string, string> = {};
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  // italics: where the open '*' went, to move spaces out of the emphasis ("<i>Welcomes </i>the") or drop it when empty
  const italicOpen: number[] = [];
  // a <sup> or an in-page link (#...) whose text may be a footnote mark: its chunks are decided at its end
  let markDepth = 0;
  let markFrom = -1;
  // lists: operative paragraphs and sub-paragraphs as <ol>/<li> carry their number in the markup only
  const lists: { ordered: boolean; n: number; notes: boolean }[] = [];
  let pendingLabel: string | undefined;
  /** superscript number of the footnote an <li> of a notes list holds */
  let pendingNote: string | undefined;
  // open elements, true for a footnotes container (class/id/role/style naming footnotes or endnotes)
  const footnoteScope: boolean[] = [];
  let footnoteListDepth = 0;
  /** A list label before the item's first text, outside an emphasis that opens it ("<li><i>Takes note</i>") */
  const putLabel = (label: string): void => {
    let at = chunks.length;
    while (at > 0 && chunks[at - 1] === '*' && italicOpen.includes(at - 1)) at--;
    chunks.splice(at, 0, label);
    for (let k = 0; k < italicOpen.length; k++) if (italicOpen[k]! >= at) italicOpen[k]!++;
  };
  const isMarkStart = (name: string, attrs: Record<string, string>): boolean => name === 'sup' || (name === 'a' && (attrs.href ?? '').startsWith('#'));
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        const footnoteBlock = /foot|endnote/i.test(`${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.role ?? ''} ${attrs.style ?? ''}`) && FOOTNOTE_ID.exec(attrs.id ?? '') === null;
        footnoteScope.push(footnoteBlock);
        if (footnoteBlock) footnoteListDepth++;
        if (name === 'meta' && attrs.name && attrs.content) meta[attrs.name.toLowerCase()] = attrs.content;
        if (HTML_SKIP.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (markDepth > 0 || isMarkStart(name, attrs)) {
          if (markDepth === 0) markFrom = chunks.length;
          markDepth++;
          return;
        }
        if (name === 'ol' || name === 'ul') {
          lists.push({ ordered: name === 'ol', n: Number(attrs.start ?? '1') - 1, notes: footnoteListDepth > 0 });
          chunks.push('\n');
          return;
        }
        if (name === 'li') {
          const list = lists[lists.length - 1];
          chunks.push('\n\n');
          const note = FOOTNOTE_ID.exec(attrs.id ?? '');
          // the label goes before the item's first text (which may sit in a <p> of its own)
          if (note) pendingNote = toSuperscript(note[1]!);
          else if (list?.notes) pendingNote = toSuperscript(String(++list.n));
          else if (list?.ordered) pendingLabel = listLabel(lists.filter((l) => l.ordered && !l.notes).length, ++list.n);
          return;
        }
        if (HTML_PARAGRAPHS.has(name)) chunks.push('\n\n');
        else if (HTML_BLOCKS.has(name)) chunks.push('\n');
        else if (ITALIC.has(name)) {
          italicOpen.push(chunks.length);
          chunks.push('*');
        } else if (name === 'td' || name === 'th') chunks.push(' ');
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipDepth > 0) return;
        if (pendingNote !== undefined && markDepth === 0 && text.trim() !== '') {
          putLabel(`${pendingNote} `);
          pendingNote = undefined;
        }
        if (pendingLabel !== undefined && markDepth === 0 && text.trim() !== '') {
          if (!NUMBERED_TEXT.test(text)) putLabel(`${pendingLabel} `);
          pendingLabel = undefined;
        }
        chunks.push(text.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (footnoteScope.pop()) footnoteListDepth--;
        if (HTML_SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0 || name === 'br') return;
        if (markDepth > 0) {
          markDepth--;
          if (markDepth === 0) {
            const inner = chunks.splice(markFrom).join('');
            const mark = MARK_TEXT.exec(inner);
            // a footnote mark becomes a superscript (as in Markdown conversions); a back link goes
            if (mark) chunks.push(toSuperscript(mark[1]!));
            else if (!BACK_LINK_TEXT.test(inner)) chunks.push(inner);
          }
          return;
        }
        if (name === 'ol' || name === 'ul') {
          lists.pop();
          chunks.push('\n');
          return;
        }
        if (name === 'li') {
          pendingLabel = undefined;
          pendingNote = undefined;
          chunks.push('\n\n');
          return;
        }
        if (HTML_PARAGRAPHS.has(name)) chunks.push('\n\n');
        else if (HTML_BLOCKS.has(name)) chunks.push('\n');
        else if (ITALIC.has(name)) closeItalic(chunks, italicOpen.pop());
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  if (title.trim()) meta.title = title.trim().replace(/\s+/g, ' ');
  return { text: finish(chunks), meta };
}

/**
 * Ends an emphasis opened at chunks[open]: "* Welcomes *" becomes " *Welcomes* " (spaces outside, so the
 * Markdown-style markers clean removes sit on the word), an empty or blank emphasis is dropped.
 */
function closeItalic(chunks: string[], open: number | undefined): void {
  if (open === undefined || chunks[open] !== '*') return;
  const inner = chunks.slice(open + 1).join('');
  if (inner.trim() === '' || inner.includes('\n')) {
    // an emphasis across paragraphs is not a verb: keep the text, drop the marker
    chunks[open] = '';
    return;
  }
  const lead = /^\s*/.exec(inner)![0];
  const trail = /\s*$/.exec(inner)![0];
  chunks.splice(open, chunks.length - open, `${lead}*${inner.trim()}*${trail}`);
}

export function xmlToText(xml: string): MarkupText {
  const chunks: string[] = [];
  const meta: Record<string, string> = {};
  let skipDepth = 0;
  // "<num>1.</num><content><p>Welcomes" stays one paragraph: "1. Welcomes"
  let afterNum = false;
  const parser = new Parser(
    {
      onopentag(rawName, attrs) {
        const name = rawName.toLowerCase().replace(/^[\w-]+:/, '');
        if (name === 'frbrthis' && attrs.value && !meta.uri) meta.uri = attrs.value;
        if (name === 'frbrdate' && attrs.date && !meta.date) meta.date = attrs.date;
        if (XML_SKIP.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (ITALIC.has(name)) chunks.push('*');
        else if (!XML_INLINE.has(name) && !afterNum) chunks.push('\n\n');
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (afterNum && text.trim() !== '') afterNum = false;
        chunks.push(text.replace(/\s+/g, ' '));
      },
      onclosetag(rawName) {
        const name = rawName.toLowerCase().replace(/^[\w-]+:/, '');
        if (XML_SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (ITALIC.has(name)) chunks.push('*');
        else if (name === 'num') {
          chunks.push(' ');
          afterNum = true;
        } else if (!XML_INLINE.has(name) && !afterNum) chunks.push('\n\n');
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return { text: finish(chunks).replace(/\*\s*\*/g, ''), meta };
}
