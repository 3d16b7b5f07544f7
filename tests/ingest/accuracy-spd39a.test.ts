// Session-39 speed helper spd39a. No accuracy change: the recognisers' \p{L}, \p{Lu}, \p{Ll} and \p{N} classes are now
// compiled as explicit ranges (ingest/letter-classes.ts), which V8 compiles without building ICU sets. Covered: the ranges
// against \p{...} on every character of Latin-1, Latin Extended-A/B, Greek and Cyrillic and on the characters beyond ASCII
// that corpus-ga, corpus and seeds hold; letterSource inside and outside character classes; a real paragraph whose places
// are spelt with letters beyond ASCII (A/RES/78/235 PP7), with a guard for the ASCII ones in it. The golden dump of
// seeds+corpus+corpus-ga is cmp-identical to the one made with \p{...}.
import { describe, expect, it } from 'vitest';
import { LETTER_RANGES, LOWER_RANGES, NUMBER_RANGES, STARTS_UPPER_RE, UPPER_RANGES, letterRe, letterSource } from '../../ingest/letter-classes.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

/** The characters beyond ASCII that are letters or numbers in corpus-ga, corpus and seeds (counted with \p{L} / \p{N}). */
const CORPUS_CHARACTERS = '²³¹àáãåçèéêíñóôöøúüćşžВ⁰⁴⁵⁶⁷⁸⁹';

const classes: [name: string, ranges: string][] = [
  ['L', LETTER_RANGES],
  ['Lu', UPPER_RANGES],
  ['Ll', LOWER_RANGES],
  ['N', NUMBER_RANGES],
];

/** A letter of Latin Extended-A, -B or Additional, which the ranges count as both cases. */
function isLatinExtended(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code >= 0x100 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
}

function characters(from: number, to: number): string[] {
  const out: string[] = [];
  for (let c = from; c <= to; c++) out.push(String.fromCharCode(c));
  return out;
}

describe('letter-classes: the explicit ranges read as \\p{...} on the texts of the genre', () => {
  for (const [name, ranges] of classes) {
    it(`[${name}] matches what \\p{${name}} matches among ASCII and the corpus's characters beyond it`, () => {
      const unicode = new RegExp(`^\\p{${name}}$`, 'u');
      const explicit = new RegExp(`^[${ranges}]$`, 'u');
      // Latin Extended letters (ć ş ž) count as both cases on purpose: the test after next.
      const differ = [...characters(0, 127), ...CORPUS_CHARACTERS]
        .filter((c) => !(name === 'Lu' && isLatinExtended(c)))
        .filter((c) => unicode.test(c) !== explicit.test(c));
      expect(differ).toEqual([]);
    });
  }

  it('[L] holds every letter of Latin-1, Latin Extended-A/B, Greek and Cyrillic, and no other character up to U+024F (IPA and modifier letters are left out)', () => {
    const unicode = /^\p{L}$/u;
    const explicit = new RegExp(`^[${LETTER_RANGES}]$`, 'u');
    expect([...characters(0, 0x24f), ...characters(0x370, 0x52f)].filter((c) => unicode.test(c) && !explicit.test(c))).toEqual([]);
    expect(characters(0, 0x24f).filter((c) => !unicode.test(c) && explicit.test(c))).toEqual([]);
  });

  it('[Lu] and [Ll] tell the cases of Latin-1, Greek and Cyrillic letters apart as \\p{Lu} and \\p{Ll} do', () => {
    const upper = new RegExp(`^[${UPPER_RANGES}]$`, 'u');
    const lower = new RegExp(`^[${LOWER_RANGES}]$`, 'u');
    const letters = [...characters(0xc0, 0xff), ...characters(0x391, 0x3c9), ...characters(0x400, 0x45f)].filter((c) => /^\p{L}$/u.test(c));
    expect(letters.filter((c) => /^\p{Lu}$/u.test(c) !== upper.test(c))).toEqual([]);
    expect(letters.filter((c) => /^\p{Ll}$/u.test(c) !== lower.test(c))).toEqual([]);
  });

  it('[Lu] and [Ll] each hold every letter of Latin Extended-A, -B and Additional, so "Łódź" opens with a capital and "Kovačević" goes on in lowercase', () => {
    const upper = new RegExp(`^[${UPPER_RANGES}]$`, 'u');
    const lower = new RegExp(`^[${LOWER_RANGES}]$`, 'u');
    const letters = [...characters(0x100, 0x24f), ...characters(0x1e00, 0x1eff)].filter((c) => /^\p{L}$/u.test(c));
    expect(letters.filter((c) => !upper.test(c) || !lower.test(c))).toEqual([]);
    expect(STARTS_UPPER_RE.test('Łódź')).toBe(true);
    expect(STARTS_UPPER_RE.test('Đà Nẵng')).toBe(true);
    expect(new RegExp(`^[${UPPER_RANGES}][${LOWER_RANGES}]+$`, 'u').test('Kovačević')).toBe(true);
  });

  it('guard: an ASCII or Latin-1 lowercase letter is no capital', () => {
    expect(STARTS_UPPER_RE.test('égalité')).toBe(false);
    expect(STARTS_UPPER_RE.test('session')).toBe(false);
  });

  it('[N] holds the superscript digits a PDF prints as footnote marks', () => {
    const number = new RegExp(`^[${NUMBER_RANGES}]+$`, 'u');
    expect(number.test('¹²³⁰⁴⁵⁶⁷⁸⁹')).toBe(true);
    expect(number.test('a')).toBe(false);
  });
});

describe('letterSource: a class inside a class is its ranges, outside one a class of them', () => {
  it('inside a class, as in the lookbehind "(?<![\\p{L}\\p{N}])"', () => {
    expect(letterSource(String.raw`(?<![\p{L}\p{N}-])the`)).toBe(String.raw`(?<![${LETTER_RANGES}${NUMBER_RANGES}-])the`);
  });

  it('outside a class, as in "\\p{Lu}[\\p{L}-]*"', () => {
    expect(letterSource(String.raw`\p{Lu}[\p{L}-]*`)).toBe(String.raw`[${UPPER_RANGES}][${LETTER_RANGES}-]*`);
  });

  it('guard: an escaped bracket opens no class, and a \\p{...} it does not read (\\p{M}) is left as it is', () => {
    expect(letterSource(String.raw`\[\p{Ll}\]\p{M}`)).toBe(String.raw`\[[${LOWER_RANGES}]\]\p{M}`);
  });

  it('a word boundary made with the ranges: no match after a letter beyond ASCII or a superscript digit, one after a space', () => {
    const re = letterRe(String.raw`(?<![\p{L}\p{N}])session`, 'u');
    expect(re.test('intersession')).toBe(false);
    expect(re.test('Kintélésession')).toBe(false);
    expect(re.test('²session')).toBe(false);
    expect(re.test('its session')).toBe(true);
  });

  it('STARTS_UPPER_RE: a word opening with an uppercase letter, ASCII or not', () => {
    expect(['Yaoundé', 'Émile', 'Åland', 'kintélé', '2023'].map((w) => STARTS_UPPER_RE.test(w))).toEqual([true, true, true, false, false]);
  });
});

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/235', date: '2023-12-22' };
const { attributions } = oneParagraph({ ctx: GA78, kind: 'preambular' });
const PP7 =
  'Noting the holding of the fifty-second, fifty-third, fifty-fourth and fifty-fifth ministerial meetings of the United Nations Standing Advisory Committee on Security Questions in Central Africa, in Libreville from 22 to 26 November 2021, in Yaoundé from 30 May to 4 June 2022, in Kintélé, Congo, from 12 to 16 January 2023, and in Sao Tome from 15 to 19 May 2023,';
const MEETING = 'ministerial meeting of the United Nations Standing Advisory Committee on Security Questions in Central Africa';

describe('places spelt with letters beyond ASCII, read through the explicit ranges', () => {
  it('A/RES/78/235 PP7: "in Yaoundé from 30 May to 4 June 2022, in Kintélé, Congo, from 12 to 16 January 2023": each meeting HELD_IN its town', () => {
    const att = attributions(PP7);
    expect(att).toContain(`HELD_IN Event:fifty-third ${MEETING} -> Place:Yaoundé`);
    expect(att).toContain(`HELD_IN Event:fifty-fourth ${MEETING} -> Place:Kintélé`);
  });

  it('guard: A/RES/78/235 PP7, the towns spelt in ASCII ("in Libreville", "in Sao Tome") keep their meetings', () => {
    const att = attributions(PP7);
    expect(att).toContain(`HELD_IN Event:fifty-second ${MEETING} -> Place:Libreville`);
    expect(att).toContain(`HELD_IN Event:fifty-fifth ${MEETING} -> Place:São Tomé`);
  });
});
