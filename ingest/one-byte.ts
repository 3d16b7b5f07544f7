// Texts handed between ingest threads in V8's one-byte form where they can be.
//
// Why: a file's text decoded from UTF-8 is stored two bytes a character as soon as it holds one
// character past U+00FF (a curly quote, an en dash), and so is every paragraph cut from it, even one
// that holds no such character. Over corpus-ga 40 MB of the strings in the graph plans were two-byte,
// 7 MB of them needed it. Each such string is copied to the entities worker, scanned there, copied
// again in its plans to the main thread and kept by the graph: at twice the bytes for nothing.

import type { ResolutionText } from './models.js';

const WIDE = /[^\x00-\xff]/;

/** `s` with the same characters, one byte each when every character fits (Latin-1); else `s` itself. */
export function oneByteText(s: string): string {
  if (s.length === 0 || WIDE.test(s)) return s;
  return Buffer.from(s, 'latin1').toString('latin1');
}

/**
 * Makes the texts of `resolutions` (paragraphs, their sub-paragraphs and footnotes) one-byte where they can
 * be (see oneByteText), in place. Offsets stay right: the characters are the same.
 */
export function oneByteTexts(resolutions: readonly ResolutionText[]): void {
  for (const r of resolutions) {
    for (const p of r.paragraphs) {
      p.text = oneByteText(p.text);
      for (const s of p.subparagraphs) s.text = oneByteText(s.text);
      for (const f of p.footnoteRefs) if (f.footnote) f.footnote.text = oneByteText(f.footnote.text);
    }
  }
}
