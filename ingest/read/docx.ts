// DOCX -> text with mammoth's raw text extraction (one paragraph per line,
// paragraphs separated by a blank line).
import mammoth from 'mammoth';
import { describeThrown, readError } from './errors.js';

export async function readDocx(bytes: Uint8Array, file: string): Promise<{ text: string; warnings: string[] }> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    const warnings = result.messages.filter((m) => m.type === 'error').map((m) => `${file}: ${m.message}`);
    return { text: result.value.replace(/\r\n?/g, '\n').trim(), warnings };
  } catch (err) {
    throw readError(file, `this Word file could not be read (${describeThrown(err)})`, 'Check that it is a .docx (not an old .doc: save it as .docx or PDF first).', err);
  }
}
