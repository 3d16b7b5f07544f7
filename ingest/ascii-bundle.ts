// The worker bundle written in ASCII alone, with the same meaning.
//
// Why: V8 reads a script that holds one character above ASCII through its slow UTF-8 decoder and keeps the
// whole text two bytes a character (String::NewFromUtf8 was 1.4% of bench:instructions --step 30 for a 3.1 MB
// bundle). esbuild's `charset: 'ascii'` escapes string literals and plain templates only: not regex literals,
// not tagged templates (String.raw regex sources) and not comments, which is where the bundle's typographic
// quotes and dashes are. This finishes the job on esbuild's output:
// - in a regex literal, a character becomes \uXXXX: the same pattern with or without the u flag (a surrogate
//   pair written as two escapes is one code point under u). Its `.source` changes; golden dump checked.
// - in a template (String.raw`...` or untagged), a run of characters becomes the substitution ${"\uXXXX"}:
//   String.raw puts a substitution's value in as it is, so the string built is the same character for
//   character, `.source` of a RegExp made from it included.
// - in a comment, the escape is written as text.
// Anything this small lexer is not sure of (a character after a backslash, in code, in a template of another
// tag) makes it give up: the bundle stays as esbuild wrote it.

/** Words after which a `/` starts a regex literal, not a division. */
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

/** Thrown when asciiSource meets what it does not rewrite. */
class NotRewritten extends Error {}

/** `\uXXXX` of each UTF-16 code unit of `text`. */
function unicodeEscapes(text: string): string {
  let out = '';
  for (let k = 0; k < text.length; k++) out += `\\u${text.charCodeAt(k).toString(16).toUpperCase().padStart(4, '0')}`;
  return out;
}

/** Whether the code unit at `at` of `code` is above ASCII. */
function isWide(code: string, at: number): boolean {
  return code.charCodeAt(at) > 0x7f;
}

/** Whether `code[at]` follows an odd run of backslashes (it is escaped). */
function escapedAt(code: string, at: number): boolean {
  let slashes = 0;
  while (at - slashes - 1 >= 0 && code[at - slashes - 1] === '\\') slashes++;
  return slashes % 2 === 1;
}

/** Whether the template whose backtick is at `tick` is untagged or tagged String.raw (a substitution keeps its value). */
function substitutionKeepsValue(code: string, tick: number): boolean {
  let k = tick - 1;
  while (k >= 0 && (code[k] === ' ' || code[k] === '\n' || code[k] === '\t' || code[k] === '\r')) k--;
  if (k < 0) return true;
  if (code.slice(0, k + 1).endsWith('String.raw')) return true;
  // a tag is an expression just before the backtick: a name, `)`, `]`
  return !/[\w$)\]]/.test(code[k]!);
}

/**
 * `code` (JavaScript as esbuild prints it) with every character above ASCII written as an escape of the same
 * meaning (see the head of this file); undefined when it cannot say that for sure.
 */
export function asciiSource(code: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(code)) return code;
  try {
    return rewrite(code);
  } catch (err) {
    if (err instanceof NotRewritten) return undefined;
    throw err;
  }
}

/** The lexer of asciiSource: copies `code`, escaping wide characters by where they stand. */
function rewrite(code: string): string {
  const parts: string[] = [];
  let copied = 0;
  /** Replaces code[from, to) by `text`. */
  const replace = (from: number, to: number, text: string): void => {
    parts.push(code.slice(copied, from), text);
    copied = to;
  };
  /** Escapes the wide characters of code[from, to) (a comment, a regex literal) in place. */
  const escapeWide = (from: number, to: number, inComment: boolean): void => {
    for (let k = from; k < to; k++) {
      if (!isWide(code, k)) continue;
      if (!inComment && escapedAt(code, k)) throw new NotRewritten();
      let end = k + 1;
      while (end < to && isWide(code, end)) end++;
      replace(k, end, unicodeEscapes(code.slice(k, end)));
      k = end - 1;
    }
  };
  const braceDepthsOfTemplates: number[] = [];
  let depth = 0;
  let regexAllowed = true;
  let i = 0;
  const n = code.length;
  /** Reads a template's text from `i` (after its backtick or a substitution's `}`) to its end or next `${`. */
  const templateText = (tagOk: boolean): void => {
    while (i < n) {
      const c = code[i]!;
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '`') {
        i++;
        regexAllowed = false;
        return;
      }
      if (c === '$' && code[i + 1] === '{') {
        braceDepthsOfTemplates.push(depth);
        i += 2;
        regexAllowed = true;
        return;
      }
      if (isWide(code, i)) {
        if (!tagOk || escapedAt(code, i)) throw new NotRewritten();
        let end = i + 1;
        while (end < n && isWide(code, end)) end++;
        replace(i, end, `\${"${unicodeEscapes(code.slice(i, end))}"}`);
        i = end;
        continue;
      }
      i++;
    }
    throw new NotRewritten();
  };
  /** Whether each open template (innermost last) may take substitutions. */
  const templateTagsOk: boolean[] = [];
  while (i < n) {
    const c = code[i]!;
    if (c === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      escapeWide(i, stop, true);
      i = stop;
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      if (end < 0) throw new NotRewritten();
      escapeWide(i, end, true);
      i = end + 2;
    } else if (c === '/' && regexAllowed) {
      const start = i;
      let inClass = false;
      i++;
      for (;;) {
        if (i >= n || code[i] === '\n') throw new NotRewritten();
        const r = code[i]!;
        if (r === '\\') i += 2;
        else {
          if (r === '[') inClass = true;
          else if (r === ']') inClass = false;
          else if (r === '/' && !inClass) break;
          i++;
        }
      }
      i++;
      while (i < n && /[a-z]/.test(code[i]!)) i++;
      escapeWide(start, i, false);
      regexAllowed = false;
    } else if (c === '"' || c === "'") {
      const start = i;
      i++;
      while (i < n && code[i] !== c) {
        if (code[i] === '\n') throw new NotRewritten();
        i += code[i] === '\\' ? 2 : 1;
      }
      i++;
      escapeWide(start, i, false);
      regexAllowed = false;
    } else if (c === '`') {
      const tagOk = substitutionKeepsValue(code, i);
      templateTagsOk.push(tagOk);
      i++;
      templateText(tagOk);
      if (code[i - 1] === '`') templateTagsOk.pop();
    } else if (c === '{') {
      depth++;
      i++;
      regexAllowed = true;
    } else if (c === '}') {
      i++;
      if (braceDepthsOfTemplates.length > 0 && braceDepthsOfTemplates[braceDepthsOfTemplates.length - 1] === depth) {
        braceDepthsOfTemplates.pop();
        templateText(templateTagsOk[templateTagsOk.length - 1] ?? false);
        if (code[i - 1] === '`') templateTagsOk.pop();
      } else {
        depth--;
        regexAllowed = true;
      }
    } else if (/[A-Za-z_$]/.test(c)) {
      const start = i;
      while (i < n && /[\w$]/.test(code[i]!)) i++;
      const word = code.slice(start, i);
      // a property name (after a dot) is never a keyword
      regexAllowed = code[start - 1] !== '.' && REGEX_AFTER_WORDS.has(word);
    } else if (/[0-9]/.test(c)) {
      while (i < n && /[\w.]/.test(code[i]!)) i++;
      regexAllowed = false;
    } else if (c === ')' || c === ']') {
      i++;
      regexAllowed = false;
    } else if (c === ' ' || c === '\n' || c === '\t' || c === '\r') {
      i++;
    } else if (isWide(code, i)) {
      throw new NotRewritten();
    } else {
      i++;
      regexAllowed = true;
    }
  }
  if (braceDepthsOfTemplates.length > 0) throw new NotRewritten();
  parts.push(code.slice(copied));
  return parts.join('');
}
