// Character classes read by code point, for loops that test one character where a regex would be run per call.

/** A character \s matches and trim() removes (ASCII, no-break, Unicode spaces, line separators, BOM). */
export function isRegexSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
