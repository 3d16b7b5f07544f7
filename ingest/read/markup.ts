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
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        if (name === 'meta' && attrs.name && attrs.content) meta[attrs.name.toLowerCase()] = attrs.content;
        if (HTML_SKIP.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (HTML_PARAGRAPHS.has(name)) chunks.push('\n\n');
        else if (HTML_BLOCKS.has(name)) chunks.push('\n');
        else if (ITALIC.has(name)) chunks.push('*');
        else if (name === 'td' || name === 'th') chunks.push(' ');
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipDepth === 0) chunks.push(text.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (HTML_SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0 || name === 'br') return;
        if (HTML_PARAGRAPHS.has(name)) chunks.push('\n\n');
        else if (HTML_BLOCKS.has(name)) chunks.push('\n');
        else if (ITALIC.has(name)) chunks.push('*');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  if (title.trim()) meta.title = title.trim().replace(/\s+/g, ' ');
  // "* Welcomes *" -> "*Welcomes*"; empty emphasis dropped
  const text = finish(chunks).replace(/\*\s*\*/g, '').replace(/\*\s+([^*\n]*?)\s*\*/g, '*$1*');
  return { text, meta };
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
