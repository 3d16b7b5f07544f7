// Tokeniser for openCypher. Keywords are not tokens of their own: the parser
// matches identifiers case-insensitively, because most keywords may also be names.
import { syntaxError } from './errors.js';

export type TokenKind = 'ident' | 'quotedIdent' | 'string' | 'integer' | 'float' | 'param' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Identifier or punctuation text, decoded string, number digits, parameter name. */
  text: string;
  start: number;
  end: number;
}

// Longest first, so that `<=` wins over `<`.
const PUNCTUATION = ['..', '<=', '>=', '<>', '!=', '=~', '+=', '(', ')', '[', ']', '{', '}', ',', '.', ':', '|', '=', '<', '>', '+', '-', '*', '/', '%', '^', ';', '$'];

const isIdentStart = (c: string): boolean => /[\p{L}_]/u.test(c);
const isIdentPart = (c: string): boolean => /[\p{L}\p{N}_\p{Pc}]/u.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const close = source.indexOf('*/', i + 2);
      if (close < 0) throw syntaxError(source, i, 'Unterminated comment');
      i = close + 2;
      continue;
    }
    const start = i;
    if (c === "'" || c === '"') {
      let text = '';
      i++;
      for (;;) {
        if (i >= n) throw syntaxError(source, start, 'Unterminated string literal');
        const ch = source[i]!;
        if (ch === c) {
          i++;
          break;
        }
        if (ch === '\\') {
          const e = source[i + 1];
          i += 2;
          switch (e) {
            case '\\': text += '\\'; break;
            case "'": text += "'"; break;
            case '"': text += '"'; break;
            case 'b': text += '\b'; break;
            case 'f': text += '\f'; break;
            case 'n': text += '\n'; break;
            case 'r': text += '\r'; break;
            case 't': text += '\t'; break;
            case 'u':
            case 'U': {
              const len = e === 'u' ? 4 : 8;
              const hex = source.slice(i, i + len);
              if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw syntaxError(source, i - 2, 'Invalid unicode escape in string literal');
              text += String.fromCodePoint(parseInt(hex, 16));
              i += len;
              break;
            }
            default:
              throw syntaxError(source, i - 2, `Invalid escape sequence \\${e ?? ''} in string literal`);
          }
          continue;
        }
        text += ch;
        i++;
      }
      tokens.push({ kind: 'string', text, start, end: i });
      continue;
    }
    if (c === '`') {
      let text = '';
      i++;
      for (;;) {
        if (i >= n) throw syntaxError(source, start, 'Unterminated quoted identifier');
        if (source[i] === '`') {
          if (source[i + 1] === '`') {
            text += '`';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += source[i];
        i++;
      }
      tokens.push({ kind: 'quotedIdent', text, start, end: i });
      continue;
    }
    const prev = tokens[tokens.length - 1];
    const dotStartsNumber =
      c === '.' && isDigit(source[i + 1]) && !(prev && (prev.kind === 'ident' || prev.kind === 'quotedIdent' || prev.text === ')' || prev.text === ']' || prev.text === '}') && prev.end === i);
    if (isDigit(c) || dotStartsNumber) {
      if (c === '0' && (source[i + 1] === 'x' || source[i + 1] === 'X')) {
        i += 2;
        while (i < n && /[0-9a-zA-Z_]/.test(source[i]!)) i++;
        tokens.push({ kind: 'integer', text: source.slice(start, i), start, end: i });
        continue;
      }
      let isFloat = false;
      while (isDigit(source[i]) || source[i] === '_') i++;
      if (source[i] === 'o' && source.slice(start, i) === '0') {
        i++;
        while (i < n && /[0-9a-zA-Z_]/.test(source[i]!)) i++;
        tokens.push({ kind: 'integer', text: source.slice(start, i), start, end: i });
        continue;
      }
      if (source[i] === '.' && isDigit(source[i + 1])) {
        isFloat = true;
        i++;
        while (isDigit(source[i]) || source[i] === '_') i++;
      }
      if ((source[i] === 'e' || source[i] === 'E') && (isDigit(source[i + 1]) || ((source[i + 1] === '-' || source[i + 1] === '+') && isDigit(source[i + 2])))) {
        isFloat = true;
        i += 2;
        while (isDigit(source[i])) i++;
      }
      // `1abc` is not a number followed by a name.
      if (i < n && isIdentStart(source[i]!)) {
        while (i < n && isIdentPart(source[i]!)) i++;
        throw syntaxError(source, start, `Invalid number literal '${source.slice(start, i)}'`);
      }
      tokens.push({ kind: isFloat ? 'float' : 'integer', text: source.slice(start, i), start, end: i });
      continue;
    }
    if (isIdentStart(c)) {
      i++;
      while (i < n && isIdentPart(source[i]!)) i++;
      tokens.push({ kind: 'ident', text: source.slice(start, i), start, end: i });
      continue;
    }
    if (c === '$') {
      i++;
      if (source[i] === '`') {
        const close = source.indexOf('`', i + 1);
        if (close < 0) throw syntaxError(source, i, 'Unterminated quoted parameter name');
        tokens.push({ kind: 'param', text: source.slice(i + 1, close), start, end: close + 1 });
        i = close + 1;
        continue;
      }
      const nameStart = i;
      while (i < n && isIdentPart(source[i]!)) i++;
      if (i === nameStart) throw syntaxError(source, start, 'Expected a parameter name after $');
      tokens.push({ kind: 'param', text: source.slice(nameStart, i), start, end: i });
      continue;
    }
    const punct = PUNCTUATION.find((p) => source.startsWith(p, i));
    if (!punct) throw syntaxError(source, i, `Unexpected character '${c}'`);
    i += punct.length;
    tokens.push({ kind: 'punct', text: punct, start, end: i });
  }
  tokens.push({ kind: 'eof', text: '', start: n, end: n });
  return tokens;
}
