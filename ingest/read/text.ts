// Plain text and Markdown: YAML front matter becomes metadata; text that
// carries the running headers of a UN PDF is marked as PDF text.
import type { SourceFormat } from '../models.js';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const YAML_SCALAR_LINE = /^([A-Za-z_][\w.-]*)[ \t]*:[ \t]*(.*)$/;
/** job number line of a UN document ("23-25902", "23-25902 (E) 291223", pypdf "18-16895 2/10") */
const JOB_NUMBER_LINE = /^[ \t]*(?:\d{1,3}\/\d{1,3}[ \t]+)?\d{2}-\d{5}(?:[ \t]+\(E\)|[ \t]+\d{1,3}\/\d{1,3})?[ \t]*$/m;
/** page number line "2/15" */
const PAGE_NUMBER_LINE = /^[ \t]*\d{1,3}\/\d{1,3}[ \t]*$/m;
const PDF_TEXT_NAME = /\.pdftext\.txt$/i;

export interface FrontMatter {
  meta: Record<string, string>;
  body: string;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    const inner = v.slice(1, -1);
    return v.startsWith('"') ? inner.replace(/\\"/g, '"').replace(/\\\\/g, '\\') : inner.replace(/''/g, "'");
  }
  return v;
}

/** Split YAML front matter (simple `key: scalar` lines; nested values are skipped) from the body. */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  const meta: Record<string, string> = {};
  let keys = 0;
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = YAML_SCALAR_LINE.exec(line);
    if (!kv) continue;
    keys++;
    const value = unquote(kv[2]!);
    if (value !== '' && value !== '|' && value !== '>') meta[kv[1]!] = value;
  }
  // a leading horizontal rule followed by prose is not front matter
  if (keys === 0) return undefined;
  return { meta, body: text.slice(m[0].length) };
}

/** Text extracted from a PDF: by its name, or by a UN job number and a page number line. */
export function looksLikePdfText(file: string, text: string): boolean {
  if (PDF_TEXT_NAME.test(file)) return true;
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  return text.includes('\f') || (JOB_NUMBER_LINE.test(head) && PAGE_NUMBER_LINE.test(head)) || /^[ \t]*\d{2}-\d{5}[ \t]+\d{1,3}\/\d{1,3}[ \t]*$/m.test(head);
}

export function textFormat(file: string, text: string, markdownByName: boolean): { format: SourceFormat; text: string; meta?: Record<string, string> } {
  const fm = splitFrontMatter(text);
  if (fm) return { format: 'markdown', text: fm.body, meta: fm.meta };
  if (looksLikePdfText(file, text)) return { format: 'pdftext', text };
  return { format: markdownByName ? 'markdown' : 'text', text };
}
