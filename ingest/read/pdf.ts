// PDF -> text with pdfjs-dist (legacy build, which runs in Node without a
// worker thread). Text items are joined into lines by their y position; a
// wide vertical gap becomes a blank line (UN PDFs space their paragraphs);
// pages are separated by a form feed so clean can find page furniture.
import { readError, describeThrown } from './errors.js';

interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Shape of the pdfjs text items we use (the package types them loosely). */
interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** Join one page's text items into lines, top to bottom. */
export function itemsToLines(items: PlacedText[]): string {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; height: number; parts: PlacedText[] }[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    const tolerance = Math.max(2, 0.5 * Math.max(item.height, last?.height ?? 0));
    if (last && Math.abs(last.y - item.y) <= tolerance) {
      last.parts.push(item);
      last.height = Math.max(last.height, item.height);
    } else {
      lines.push({ y: item.y, height: item.height, parts: [item] });
    }
  }
  const out: string[] = [];
  let previous: { y: number; height: number } | undefined;
  for (const line of lines) {
    line.parts.sort((a, b) => a.x - b.x);
    // the body text's baseline: the tallest item's (a footnote mark is smaller and raised)
    let body = line.parts[0]!;
    for (const part of line.parts) if (part.height > body.height) body = part;
    const pieces: string[] = [];
    let end = -Infinity;
    for (const part of line.parts) {
      const gap = part.x - end;
      const prev = pieces[pieces.length - 1];
      // a raised footnote mark right after a number ("12 August 1949" + "1") is set apart as PDF-text extractors
      // print it ("1949 1"), or it would read as the year 19491 and the mark would be lost
      const mark = prev !== undefined && part.height < 0.85 * body.height && part.y > body.y + 1 && /^\d{1,3}$/.test(part.str) && /\d$/.test(prev);
      if (mark) pieces.push(' ');
      else if (prev !== undefined && gap > 0.15 * Math.max(part.height, 1) && !/\s$/.test(prev) && !/^\s/.test(part.str)) pieces.push(' ');
      pieces.push(part.str);
      end = part.x + part.width;
    }
    if (previous && previous.y - line.y > 1.8 * Math.max(line.height, previous.height, 1)) out.push('');
    out.push(pieces.join('').replace(/\s+$/, ''));
    previous = line;
  }
  return out.join('\n');
}

export async function readPdf(bytes: Uint8Array, file: string): Promise<{ text: string; meta: Record<string, string> }> {
  let pdfjs: typeof import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch (err) {
    throw readError(file, `the PDF library could not be loaded (${describeThrown(err)})`, 'Run `npm install` and try again.', err);
  }
  // pdfjs takes ownership of (detaches) the buffer it is given: pass a copy
  const data = new Uint8Array(bytes);
  const task = pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PlacedText[] = [];
      for (const item of content.items) {
        if (!isTextItem(item)) continue;
        items.push({ str: item.str, x: Number(item.transform[4]), y: Number(item.transform[5]), width: item.width, height: item.height });
      }
      pages.push(itemsToLines(items));
      page.cleanup();
    }
    const meta: Record<string, string> = { pages: String(doc.numPages) };
    const info = (await doc.getMetadata().catch(() => undefined))?.info;
    if (info && typeof info === 'object') {
      for (const [key, value] of Object.entries(info as Record<string, unknown>)) {
        if (typeof value === 'string' && value.trim() !== '') meta[key.toLowerCase()] = value.trim();
      }
    }
    const text = pages.join('\n\f\n');
    if (text.replace(/\s+/g, '') === '') {
      throw readError(file, 'the PDF has no text layer (it is probably a scan)', 'Run OCR on it first (e.g. `ocrmypdf in.pdf out.pdf`) and ingest the result.');
    }
    return { text, meta };
  } catch (err) {
    if (err instanceof Error && err.message.startsWith(`${file}: `)) throw err;
    throw readError(file, `this PDF could not be read (${describeThrown(err)})`, 'Check that the file is a complete, unencrypted PDF, or give its text instead (.txt).', err);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
