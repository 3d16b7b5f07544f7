// \p{L}, \p{Lu}, \p{Ll} and \p{N} in the recognisers' regex sources, read as explicit ranges before the
// source is compiled.
//
// Why: V8 has ICU build the set of a \p{...} class each time it parses a source that holds one (every
// Unicode letter: ~700 ranges), then canonicalises it, and again per subject encoding; a /iu source also
// closes it over case. Micro-benchmark (node 20, --no-regexp-tier-up, two encodings each):
// `(?<![\p{L}\p{N}])w(?![\p{L}\p{N}])` 2.9 ms per source, with /iu 5.7 ms, with the ranges below 0.09 ms
// (/iu 0.3 ms). The ingest compiles ~150 such sources per worker.
// bench:instructions --step 30, each run against the base (b09eedc) at the same time, host at load 13-16: 7,691,936,018 ->
// 7,390,989,426 (-3.91%); again, with the warm-up paragraphs of session 39 (warm-up.ts) too, 7,794,110,403 -> 7,489,855,708
// (-3.90%). In the base, V8's regexp character classes were the largest native entries after LoadIC:
// CharacterRange::Canonicalize 139M, u_charType 100M, UnicodeSet::applyIntPropertyValue 77M, UnicodeSet::add 52M.
//
// Why the ranges are enough: resolutions are English texts. The letters beyond ASCII that corpus-ga, corpus
// and seeds hold are Latin-1 letters (é ñ ô ü ...), Latin Extended-A (ć ş ž) and one Cyrillic В (a misprinted B);
// their numbers beyond 0-9 are superscripts (¹ ² ³ ⁰ ⁴-⁹, footnote marks). The ranges take in all of Latin-1,
// Latin Extended-A and -B, Latin Extended Additional (Vietnamese names), Greek and Cyrillic. A letter of another
// script (CJK, Arabic: names are transliterated in these texts) no longer counts as a letter. Uppercase and
// lowercase are told apart in Latin-1, Greek and Cyrillic. In Latin Extended-A, -B and Additional the cases
// alternate code point by code point, and listing them one by one makes a class of ~600 ranges that compiles
// 3-4 times slower (0.33 against 0.11 ms per source, /iu 1.09 against 0.13); those letters count as BOTH
// cases instead (0.07 ms), so a name opening with one ("Łódź", "Šibenik", "Đà Nẵng") still opens with a
// capital, and a lowercase one inside a word ("Kovačević") still reads as lowercase.
// The graph is the same as with \p{...} (golden dump cmp-identical); tests/ingest/accuracy-spd39a.test.ts
// checks the ranges against \p{...} on the corpus's characters.

/** The ranges of a \p{L} class (Latin-1's ª µ º letters included). */
export const LETTER_RANGES = String.raw`A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff`;
/** ... of \p{Lu} */
export const UPPER_RANGES = String.raw`A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u0386-\u038f\u0391-\u03ab\u0400-\u042f\u1e00-\u1eff`;
/** ... of \p{Ll} */
export const LOWER_RANGES = String.raw`a-z\u00b5\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u03ac-\u03ce\u0430-\u045f\u1e00-\u1eff`;
/** ... of \p{N}: digits, Latin-1's superscripts and fractions, superscript and subscript digits */
export const NUMBER_RANGES = String.raw`0-9\u00b2\u00b3\u00b9\u00bc-\u00be\u2070\u2074-\u2079\u2080-\u2089`;

const RANGES: Readonly<Record<string, string>> = { L: LETTER_RANGES, Lu: UPPER_RANGES, Ll: LOWER_RANGES, N: NUMBER_RANGES };

/**
 * `source` with each \p{L}, \p{Lu}, \p{Ll} and \p{N} replaced by its ranges: inside a character class
 * the ranges themselves, outside one a class of them. Any other \p{...} is left as it is. Runs once per
 * source, when its module loads.
 */
export function letterSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (source[i + 1] === 'p' && source[i + 2] === '{') {
        const close = source.indexOf('}', i + 3);
        const ranges = close > 0 ? RANGES[source.slice(i + 3, close)] : undefined;
        if (ranges !== undefined) {
          out += inClass ? ranges : `[${ranges}]`;
          i = close;
          continue;
        }
      }
      out += c + (source[i + 1] ?? '');
      i++;
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
    }
  }
  return out;
}

/** A RegExp of `source` read by letterSource. */
export function letterRe(source: string, flags: string): RegExp {
  return new RegExp(letterSource(source), flags);
}

/** A word that opens with an uppercase letter. */
export const STARTS_UPPER_RE = letterRe(String.raw`^\p{Lu}`, 'u');
