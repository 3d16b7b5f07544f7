// readSource: a file on disk -> SourceText. The format comes from the
// extension, checked against the content (a PDF named .txt is still a PDF).
// Synchronous reads on purpose: a resolution file is small, the caller (a worker thread or the
// CLI) has nothing else to do meanwhile, and the five thread-pool round trips of fs/promises
// (stat, open, fstat, read, close) cost more CPU than reading the file (0.8 s vs 0.3 s for the
// 902 files of corpus-ga, single thread).
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { SourceFormat, SourceText } from '../models.js';
import { decodeText, hasByteOrderMark } from './decode.js';
import { readDocx } from './docx.js';
import { describeThrown, readError } from './errors.js';
import { jsonToText } from './json.js';
import { readPdf } from './pdf.js';
import { textFormat } from './text.js';

export { readError } from './errors.js';

/** 50 MB: far above any resolution or report, low enough to refuse a mistaken disk image. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  /** files larger than this are refused (a whole number of bytes; DEFAULT_MAX_BYTES when absent) */
  maxBytes?: number;
}

/**
 * The byte limit of `options`, checked (a positive whole number). By hand, not with zod: readSource runs
 * in the ingest worker threads, whose bundle then leaves zod out (~50 ms of CPU per worker at start).
 */
function maxBytesOf(options: ReadOptions): number {
  const maxBytes = options.maxBytes;
  if (maxBytes === undefined) return DEFAULT_MAX_BYTES;
  if (typeof maxBytes !== 'number' || !Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new TypeError(`readSource: ReadOptions.maxBytes must be a positive whole number of bytes, not ${String(maxBytes)}`);
  }
  return maxBytes;
}

type Container = 'pdf' | 'docx' | 'zip' | 'html' | 'xml' | 'json' | 'text';

const EXTENSIONS: Record<string, Container> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'xml',
  '.akn': 'xml',
  '.json': 'json',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
};

function startsWithBytes(bytes: Uint8Array, ascii: string): boolean {
  if (bytes.length < ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** Container by magic bytes, or undefined for text (decided after decoding). */
function sniffBinary(bytes: Uint8Array): Container | undefined {
  if (startsWithBytes(bytes, '%PDF-')) return 'pdf';
  if (startsWithBytes(bytes, 'PK\u0003\u0004')) return 'zip';
  return undefined;
}

function sniffText(text: string): Container {
  const head = text.slice(0, 1024).replace(/^\uFEFF/, '').trimStart();
  if (/^<\?xml\b/i.test(head)) return /<html\b/i.test(text.slice(0, 4096)) ? 'html' : 'xml';
  if (/^<!doctype html\b/i.test(head) || /^<html\b/i.test(head)) return 'html';
  if (/^<akomaNtoso\b/i.test(head)) return 'xml';
  if (/^[[{]/.test(head)) return 'json';
  return 'text';
}

function checkNotBlank(text: string, file: string): void {
  if (text.trim() === '') {
    throw readError(file, 'the file has no text (it is empty or only whitespace)', 'Check that the right file was given, or remove it from the batch.');
  }
}

export async function readSource(path: string, options: ReadOptions = {}): Promise<SourceText> {
  const maxBytes = maxBytesOf(options);
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw readError(path, 'this is not a regular file', 'Give a file (folders are expanded by the CLI, not here).');
    size = info.size;
  } catch (err) {
    if (err instanceof Error && err.message.startsWith(`${path}: `)) throw err;
    throw readError(path, `the file cannot be opened (${describeThrown(err)})`, 'Check the path and its permissions.', err);
  }
  if (size === 0) throw readError(path, 'the file is empty (0 bytes)', 'Check that the right file was given, or remove it from the batch.');
  if (size > maxBytes) {
    throw readError(path, `the file is too large (${(size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(1)} MB)`, 'Split it, or raise the limit (ReadOptions.maxBytes).');
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw readError(path, `the file cannot be read (${describeThrown(err)})`, 'Check the path and its permissions.', err);
  }
  return decodeSource(bytes, path);
}

/** UTF-8 byte lengths of texts read from files that hold exactly their UTF-8 form (see sourceByteLength). */
const UTF8_BYTE_LENGTHS = new WeakMap<SourceText, number>();

/**
 * The UTF-8 byte length of a source's text. A text read as it stands in a UTF-8 file (no byte order mark, no line
 * ends or front matter changed) is the file's bytes: their count, where Buffer.byteLength read the whole text
 * (15 ms CPU per corpus-ga pass).
 */
export function sourceByteLength(src: SourceText): number {
  return UTF8_BYTE_LENGTHS.get(src) ?? Buffer.byteLength(src.text);
}

/** Bytes (already read) -> SourceText; exported for tests and in-memory callers. */
export async function decodeSource(bytes: Uint8Array, file: string): Promise<SourceText> {
  if (bytes.length === 0) throw readError(file, 'the file is empty (0 bytes)', 'Check that the right file was given, or remove it from the batch.');
  const ext = extname(file).toLowerCase();
  const byName = EXTENSIONS[ext];
  const magic = sniffBinary(bytes);
  const warnings: string[] = [];
  const result = (format: SourceFormat, text: string, meta?: Record<string, string>): SourceText => {
    checkNotBlank(text, file);
    const src: SourceText = { file, format, text };
    if (meta && Object.keys(meta).length > 0) src.meta = meta;
    if (warnings.length > 0) src.warnings = warnings;
    return src;
  };

  if (magic === 'pdf') {
    const { text, meta } = await readPdf(bytes, file);
    return result('pdf', text, meta);
  }
  if (magic === 'zip') {
    if (byName !== undefined && byName !== 'docx') {
      throw readError(file, `this is a ZIP archive, not ${ext} text`, 'Unpack it, or give a .docx file the .docx extension.');
    }
    const { text, warnings: w } = await readDocx(bytes, file);
    warnings.push(...w);
    return result('docx', text);
  }
  if (byName === 'pdf' || byName === 'docx') {
    throw readError(file, `the name says ${ext} but the content is not a ${ext.slice(1).toUpperCase()} file`, 'Check that the file is complete and not renamed from another format.');
  }

  const warned = warnings.length;
  const decoded = decodeText(bytes, file, warnings);
  const decodedIsBytes = warnings.length === warned && !hasByteOrderMark(bytes);
  const container = byName ?? sniffText(decoded);
  if (byName === undefined && container === 'text' && ext !== '') {
    warnings.push(`${file}: unknown extension ${ext}; read as plain text`);
  }
  switch (container) {
    case 'html': {
      // htmlparser2 is loaded on the first HTML or XML file only (worker start-up)
      const { htmlToText } = await import('./markup.js');
      const { text, meta } = htmlToText(decoded);
      return result('html', text, meta);
    }
    case 'xml': {
      const { xmlToText } = await import('./markup.js');
      const { text, meta } = xmlToText(decoded);
      return result('xml', text, meta);
    }
    case 'json': {
      const { text, meta } = jsonToText(decoded, file);
      return result('json', text, meta);
    }
    default: {
      const { format, text, meta } = textFormat(file, decoded.includes('\r') ? decoded.replace(/\r\n?/g, '\n') : decoded, ext === '.md' || ext === '.markdown');
      const src = result(format, text, meta);
      if (decodedIsBytes && text === decoded) UTF8_BYTE_LENGTHS.set(src, bytes.length);
      return src;
    }
  }
}
