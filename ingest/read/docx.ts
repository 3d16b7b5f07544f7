// DOCX -> text with mammoth's raw text extraction (one paragraph per line,
// paragraphs separated by a blank line).
import { describeThrown, readError } from './errors.js';

export async function readDocx(bytes: Uint8Array, file: string): Promise<{ text: string; warnings: string[] }> {
  // Loaded on the first .docx only: mammoth and its zip/XML libraries are most of an ingest
  // worker's code, and evaluating them cost every worker start-up ~30 ms for corpora of text files.
  let mammoth: typeof import('mammoth');
  try {
    mammoth = (await import('mammoth')).default;
  } catch (err) {
    throw readError(file, `the Word library could not be loaded (${describeThrown(err)})`, 'Run `npm install` and try again.', err);
  }
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    const warnings = result.messages.filter((m) => m.type === 'error').map((m) => `${file}: ${m.message}`);
    return { text: result.value.replace(/\r\n?/g, '\n').trim(), warnings };
  } catch (err) {
    throw readError(file, `this Word file could not be read (${describeThrown(err)})`, 'Check that it is a .docx (not an old .doc: save it as .docx or PDF first).', err);
  }
}
