// The i flag spelled out in a regex source, for the few large expressions whose compile it made costly.
//
// Irregexp compiles a case-insensitive expression letter by letter through ICU (GetCaseIndependentLetters: one
// UnicodeSet and its case closure for every letter of every emit pass); over a one-thread ingest of every 30th
// corpus-ga file those calls alone were 237M of 7,005M instructions (session 58, spd58a), most of them for the
// verb alternations of ingest/clauses.ts (4-5k characters each, compiled once per subject encoding). Without the
// u flag the i flag makes an ASCII letter match itself and its other case only (the spec's Canonicalize maps no
// character of 128 and above to one below), so "[wW][eE]" and "[a-zA-Z]" without the flag match exactly what
// "we" and "[a-z]" match with it, in the same order, with the same captures.

/** Escaped letters whose meaning the i flag does not touch: classes, assertions, control characters, hex escapes. */
const SAFE_ESCAPED_LETTERS = new Set(['b', 'B', 'd', 'D', 's', 'S', 'w', 'W', 'n', 'r', 't', 'f', 'v']);

const isAsciiLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const otherCase = (c: string): string => (c >= 'a' ? c.toUpperCase() : c.toLowerCase());
const hasCase = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();

/** The ASCII letters of code units lo..hi in their other case, as class ranges. */
function otherCaseRanges(lo: number, hi: number): string {
  let out = '';
  for (const [from, to, shift] of [
    [97, 122, -32],
    [65, 90, 32],
  ] as const) {
    const s = Math.max(lo, from);
    const e = Math.min(hi, to);
    if (s <= e) out += String.fromCharCode(s + shift) + (e > s ? `-${String.fromCharCode(e + shift)}` : '');
  }
  return out;
}

/**
 * A regex source (for a RegExp without the u flag) that matches without the i flag what `source` matches with it:
 * each ASCII letter outside a class becomes "[xX]", each class gains the other case of its letters. Throws on what
 * it cannot spell so (a letter with case above ASCII, a backreference, an escape it does not know): such a source
 * keeps its i flag.
 */
export function caseFolded(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      if (n === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4))) {
        if (hasCase(String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16)))) throw new Error(`caseFolded: a cased \\x escape in ${source}`);
        out += source.slice(i, i + 4);
        i += 3;
        continue;
      }
      if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        if (hasCase(String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)))) throw new Error(`caseFolded: a cased \\u escape in ${source}`);
        out += source.slice(i, i + 6);
        i += 5;
        continue;
      }
      if ((n >= '1' && n <= '9') || n === 'k' || (isAsciiLetter(n) && !SAFE_ESCAPED_LETTERS.has(n))) throw new Error(`caseFolded: cannot fold \\${n} in ${source}`);
      if (inClass && source[i + 2] === '-' && source[i + 3] !== ']') throw new Error(`caseFolded: a range from an escape in ${source}`);
      out += c + n;
      i++;
      continue;
    }
    if (c.charCodeAt(0) >= 128 && hasCase(c)) throw new Error(`caseFolded: a cased letter above ASCII (${c}) in ${source}`);
    if (inClass) {
      if (c === ']') {
        inClass = false;
        out += c;
      } else if (source[i + 1] === '-' && source[i + 2] !== undefined && source[i + 2] !== ']') {
        const to = source[i + 2]!;
        if (to === '\\' || (to.charCodeAt(0) >= 128 && hasCase(to))) throw new Error(`caseFolded: a range to an escape or cased letter in ${source}`);
        out += `${c}-${to}${otherCaseRanges(c.charCodeAt(0), to.charCodeAt(0))}`;
        i += 2;
      } else out += isAsciiLetter(c) ? c + otherCase(c) : c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') {
        out += '^';
        i++;
      }
      continue;
    }
    if (c === '(' && source.startsWith('?<', i + 1) && isAsciiLetter(source[i + 3] ?? '')) {
      // a group's name, not text to match
      const end = source.indexOf('>', i);
      out += source.slice(i, end + 1);
      i = end;
      continue;
    }
    out += isAsciiLetter(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
  }
  return out;
}
