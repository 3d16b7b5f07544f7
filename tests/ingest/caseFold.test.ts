import { describe, expect, it } from 'vitest';
import { caseFolded } from '../../ingest/caseFold.js';

/** The match of `source` with the i flag and of its folded source without it, side by side. */
function both(source: string, flags: string, text: string): [RegExpExecArray | null, RegExpExecArray | null] {
  return [new RegExp(source, `${flags}i`).exec(text), new RegExp(caseFolded(source), flags).exec(text)];
}

describe('caseFolded: the i flag spelled out for ASCII letters', () => {
  it('spells each letter in both cases, each class with both cases of its letters, and keeps group names and escapes', () => {
    expect(caseFolded(String.raw`^\s*(?<we>We\s+)?[a-z]{1,4}\)[^,;]\b`)).toBe(String.raw`^\s*(?<we>[wW][eE]\s+)?[a-zA-Z]{1,4}\)[^,;]\b`);
    expect(caseFolded(String.raw`[\w-]‑(?<![x-z])\u2019\x2C`)).toBe(String.raw`[\w-]‑(?<![x-zX-Z])\u2019\x2C`);
  });

  it('matches what the i flag matches, with the same captures (clause openings and later verbs of ingest/clauses.ts)', () => {
    const source = String.raw`(?<lead>[,;:]\s+(?:and\s+)?|\s(?<label>\([a-z]{1,4}\))\s+)(?<verb>(?:also\s+)?(urg(?:es|ing)|call(?:s|ing) upon)|(welcom(?:es|ing)))(?![\w-])`;
    const texts = [
      'Welcomes the report, and URGES all States to act',
      'Recalling its resolutions; (b) Calls upon the parties, and welcoming the efforts',
      ' (IV) Also urges; (iv) also Urging',
      'no verb here, and urgent matters',
    ];
    for (const text of texts) for (const flags of ['', 'y', 'g']) {
      const [withFlag, folded] = both(source, flags, text);
      expect(folded && [...folded], text).toEqual(withFlag && [...withFlag]);
      expect(folded?.index).toBe(withFlag?.index);
      expect(folded?.groups && { ...folded.groups }).toEqual(withFlag?.groups && { ...withFlag.groups });
    }
  });

  it('refuses what it cannot spell: backreferences, cased letters above ASCII, unknown escaped letters', () => {
    expect(() => caseFolded(String.raw`(a)\1`)).toThrow();
    expect(() => caseFolded(String.raw`(?<x>a)\k<x>`)).toThrow();
    expect(() => caseFolded('é')).toThrow();
    expect(() => caseFolded(String.raw`\u00e9`)).toThrow();
    expect(() => caseFolded(String.raw`\p`)).toThrow();
  });
});
