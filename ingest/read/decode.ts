// Bytes -> text. UTF-8 is the norm; a file that is not valid UTF-8 is decoded
// as windows-1252 with a warning rather than refused: resolution texts saved
// by older Windows tools (Word "Save as text") are cp1252, and refusing them
// would lose a whole document for a few curly quotes. windows-1252 maps every
// byte, so the text is always readable; the warning tells the user to check it.
import { readError } from './errors.js';

const SNIFF_BYTES = 8192;

/** 1 for the C0 control bytes that are not common in extracted text (tab, LF, VT, FF, CR and ESC are). */
const STRAY_CONTROL = new Uint8Array(256);
for (let b = 0; b < 32; b++) STRAY_CONTROL[b] = b === 9 || b === 10 || b === 11 || b === 12 || b === 13 || b === 27 ? 0 : 1;

/** Heuristic: NUL bytes or many C0 control characters mean a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  const head = bytes.subarray(0, n);
  if (head.indexOf(0) >= 0) return true;
  return strayControls(head) / n > 0.05;
}

/**
 * Branch-free count: a per-byte branch that text files never take had no type feedback,
 * and V8 deoptimised this loop again and again (hundreds of times over corpus-ga).
 * A function of its own: V8 compiles the loop on-stack during the first call, and code
 * after the loop in the same function (the ratio) had never run, so that compiled code
 * was thrown away at the loop's end, up to 165 times per corpus-ga pass (deopts.sh).
 */
function strayControls(bytes: Uint8Array): number {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) controls += STRAY_CONTROL[bytes[i]!]!;
  return controls;
}

function hasPrefix(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** windows-1252 bytes 0x80-0x9F (Node's TextDecoder treats the label as Latin-1 without full ICU). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** Does the file open with a byte order mark (UTF-8, UTF-16 LE or BE), which decodeText reads and drops? */
export function hasByteOrderMark(bytes: Uint8Array): boolean {
  return hasPrefix(bytes, [0xef, 0xbb, 0xbf]) || hasPrefix(bytes, [0xff, 0xfe]) || hasPrefix(bytes, [0xfe, 0xff]);
}

/**
 * Decode a text file. Pushes a warning when the encoding had to be guessed. Without a warning and without a byte
 * order mark the bytes were valid UTF-8 (the strict decoder accepted them), so they are the text's UTF-8 form.
 */
export function decodeText(bytes: Uint8Array, file: string, warnings: string[]): string {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (hasPrefix(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (hasPrefix(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) {
    throw readError(
      file,
      'this is a binary file, not text in a known format',
      'Give a .txt, .md, .pdf, .docx, .html, .json or .xml file (convert other formats to PDF or text first).',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warnings.push(`${file}: not valid UTF-8; decoded as windows-1252 (check accented letters and quotes, or re-save the file as UTF-8)`);
    return decodeWindows1252(bytes);
  }
}
