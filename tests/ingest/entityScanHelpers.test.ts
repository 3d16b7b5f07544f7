// The hand-written scans that replaced regexes in the named-entity pass must find exactly what
// the regexes found: table cases (input -> expected spans) and a property against the regex.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GATE_WORDS, acronymSpans, gateWordsIn, isJsWhitespace, scannerFor } from '../../ingest/recognize/entityScan.js';
import { MEETING_RE, SESSION_NOUN_RE } from '../../ingest/recognize/events.patterns.js';
import { LOWERCASE_TOPIC_ORG_RE } from '../../ingest/recognize/organizations.patterns.js';
import { normaliseName } from '../../ingest/gazetteer/index.js';

/** The regex acronymSpans replaced (built per resolution from the acronyms defined so far). */
function acronymSpansByRegex(text: string, acronyms: readonly string[]): { start: number; end: number }[] {
  const alts = [...acronyms].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const out: { start: number; end: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const byLength = (list: string[]): string[] => [...list].sort((a, b) => b.length - a.length);

describe('acronymSpans', () => {
  const cases: [string, string[], [number, number][]][] = [
    ['the CSTD met', ['CSTD'], [[4, 8]]],
    ['CSTD, CSTD.', ['CSTD'], [[0, 4], [6, 10]]],
    // not inside a longer word or number
    ['XCSTD CSTDs CSTD2 2CSTD', ['CSTD'], []],
    // the longest acronym at a position wins
    ['the UN-Habitat report', ['UN', 'UN-Habitat'], [[4, 14]]],
    // a longer one that fails its end boundary leaves the shorter one
    ['UN-Habitats and UN', ['UN-Habitat', 'UN'], [[0, 2], [16, 18]]],
    // accented letters and letters outside the BMP are letters
    ['éCSTD CSTDé 𝐀CSTD CSTD', ['CSTD'], [[19, 23]]],
    // two acronyms overlapping: the leftmost one is taken
    ['ABC DEF', ['ABC DEF', 'DEF'], [[0, 7]]],
    ['', ['CSTD'], []],
  ];
  for (const [text, acronyms, expected] of cases) {
    it(`${JSON.stringify(text)} with ${acronyms.join(', ')}`, () => {
      const spans = acronymSpans(text, byLength(acronyms)).map((s) => [s.start, s.end]);
      expect(spans).toEqual(expected);
      expect(spans).toEqual(acronymSpansByRegex(text, acronyms).map((s) => [s.start, s.end]));
    });
  }

  it('finds what the alternation regex finds', () => {
    const piece = fc.constantFrom('AB', 'ABC', 'B', 'C', 'A-B', ' ', ',', 'x', '1', 'é', '𝐀', '(', ')', '\u00a0');
    const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));
    const acronyms = fc.uniqueArray(fc.constantFrom('AB', 'ABC', 'B', 'A-B', 'BC', 'AB C'), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(text, acronyms, (t, acrs) => {
        expect(acronymSpans(t, byLength(acrs))).toEqual(acronymSpansByRegex(t, acrs));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normaliseName', () => {
  const cases: [string, string][] = [
    ['Human Rights Council', 'Human Rights Council'],
    ['  Human   Rights\nCouncil ', 'Human Rights Council'],
    ['Secretary‑General’s', "Secretary-General's"],
    ['A\u00a0B', 'A B'],
    ['', ''],
    [' ', ''],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => expect(normaliseName(input)).toBe(expected));
  }

  it('is idempotent and single-spaced', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'B', ' ', '  ', '\n', '’', '–', '\u00a0', '"', '“'), { maxLength: 20 }).map((a) => a.join('')), (s) => {
        const n = normaliseName(s);
        expect(normaliseName(n)).toBe(n);
        expect(n).not.toMatch(/^\s|\s$|\s\s|[’–\u00a0“]/);
      }),
    );
  });
});

describe('scannerFor', () => {
  /** every match of a global regex: index, text and groups */
  const matches = (next: () => RegExpExecArray | null): unknown[] => {
    const out: unknown[] = [];
    for (let m = next(); m; m = next()) out.push([m.index, [...m]]);
    return out;
  };
  const regexes = { SESSION_NOUN_RE, MEETING_RE, LOWERCASE_TOPIC_ORG_RE };
  const piece = fc.constantFrom(
    'session', 'meeting', 'plenary', 'high-level', 'High-Level', 'ſpecial', 'special', 'segment', 'event', ' of the ', ' ', 'x', '1', 'é', '𝐀',
    'Special Rapporteur', ' on ', 'the ', 'rights', 'Working Group', 'Independent Expert', ', ', 'Ad Hoc Committee', 'to',
  );
  for (const [name, re] of Object.entries(regexes)) {
    it(`finds what ${name} finds`, () => {
      const scan = scannerFor(re);
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 25 }).map((a) => a.join('')), (text) => {
          re.lastIndex = 0;
          scan.lastIndex = 0;
          expect(matches(() => scan.exec(text))).toEqual(matches(() => re.exec(text)));
          expect(scan.lastIndex).toBe(0);
        }),
        { numRuns: 1500 },
      );
    });
  }
  it('refuses a regex without the leading lookbehind', () => {
    expect(() => scannerFor(/session/g)).toThrow(/lookbehind|opening/);
  });
});

describe('isJsWhitespace', () => {
  it('is /\\s/ for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isJsWhitespace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('gateWordsIn', () => {
  const byIncludes = (text: string): number => GATE_WORDS.reduce((bits, w, i) => (text.includes(w) ? bits | (1 << i) : bits), 0);

  it('says which gate words a text contains', () => {
    expect(gateWordsIn('')).toBe(0);
    expect(gateWordsIn('the Working Group on the right to food')).toBe(1 << GATE_WORDS.indexOf('orking'));
    expect(gateWordsIn('at its fifty-ninth session, the high-level meeting')).toBe((1 << GATE_WORDS.indexOf('session')) | (1 << GATE_WORDS.indexOf('meeting')));
    // inside longer words ("seventy" has "event"), at the very start and end of the text
    expect(gateWordsIn('seventy thereto')).toBe((1 << GATE_WORDS.indexOf('event')) | (1 << GATE_WORDS.indexOf('thereto')));
    expect(gateWordsIn('Ad Hoc')).toBe(1 << GATE_WORDS.indexOf('Ad Hoc'));
    // a word cut short by the end of the text, or by another character, is not there
    expect(gateWordsIn('the Ad  Hoc Conventio sessio meetin')).toBe(0);
  });

  it('finds what text.includes finds for every gate word', () => {
    const piece = fc.constantFrom(...GATE_WORDS, ...GATE_WORDS.map((w) => w.slice(1)), ...GATE_WORDS.map((w) => w.slice(0, -1)), 'g', 'v', 'k', 'H', 's', 'h', ' ', 'ss', 'e', 'C', 'R', 'E', 'A', 'é', '’');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(gateWordsIn(text)).toBe(byIncludes(text));
      }),
      { numRuns: 5000 },
    );
  });
});
