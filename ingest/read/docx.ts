// DOCX -> text: mammoth converts it to HTML, which markup.ts reads as it reads any HTML. Raw text
// (mammoth.extractRawText) lost the footnotes (the marks and the notes: a citation in a footnote is
// most of a resolution's citations), the italics of the verbs and the numbers of list paragraphs.
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
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    const warnings = result.messages.filter((m) => m.type === 'error').map((m) => `${file}: ${m.message}`);
    const { htmlToText } = await import('./markup.js');
    return { text: htmlToText(result.value).text, warnings };
  } catch (err) {
    throw readError(file, `this Word file could not be read (${describeThrown(err)})`, 'Check that it is a .docx (not an old .doc: save it as .docx or PDF first).', err);
  }
}
