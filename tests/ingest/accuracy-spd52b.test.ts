// Session-52 speed helper spd52b (property loads: the baseline-tier and megamorphic LoadIC). No change to the graph (golden dump
// cmp-identical); what these tests pin down:
// - cleanInline's residue loop (clean.ts residueFlags) reads a paragraph's characters through codeUnitAt (ingest/codeUnit.ts), not
//   through a `charCodeAt` load on the text: that load met every string representation and was megamorphic (the largest
//   LoadIC_Megamorphic site of bench:instructions --step 30 left in optimised code, 51k of its 187k calls);
// - cleanText's per-line first-character reads (liftMarkedFootnotes, usesIndentParagraphs) likewise load no `charCodeAt` off a line;
// - the same text comes out of every representation of a paragraph or file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanInline, cleanText } from '../../ingest/clean.js';
import type { SourceText } from '../../ingest/models.js';
import { sharedDir } from '../helpers/env.js';

// A/RES/79/153 PP4 (corpus-ga A_RES_79_153.txt): its colons ("Women 2000: gender equality") send it through the residue loop
const PP4_79_153 =
  'Reaffirming further the Vienna Declaration and Programme of Action, 12 which reaffirms that all human rights, including the right to development, are universal, indivisible, interdependent and interrelated, the Beijing Declaration13 and Platform for Action, 14 the outcomes of the twenty-third special session of the General Assembly, entitled “Women 2000: gender equality, development and peace for the twenty-first century”,15 the Programme of Action of the International Conference on Population and Development16 and the Programme of Action of the World Summit for Social Development17 and their 5-, 10-, 15- and 20-year reviews, as well as the United Nations Millennium Declaration,18 and the commitments relevant to women and girls made at the 2005 World Summit 19 and reiterated in Assembly resolution 65/1 of 22 September 2010, entitled “Keeping the promise: united to achieve the Millennium Development Goals”, and those made in the outcome document of the United Nations summit for the adoption of the post-2015 development agenda, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,20';
// A/RES/79/153 PP1 as pypdf printed it, a residue of each kind the loop flags: a double space and " -" ("Seventy -first")
const PP1_SPACED = 'Recalling its resolutions 53/117 of 9 December 1998,  56/128 of 19 December 2001, and the Seventy -first session';

/** `text` in other string representations V8 keeps: a slice of a longer text, a concatenation, a flat copy. */
function representations(text: string): string[] {
  const longer = `xx${text}yy`;
  const flat = text.split('').join('');
  return [text, longer.slice(2, 2 + text.length), text.slice(0, 40) + text.slice(40), flat];
}

/**
 * Loads of `charCodeAt` off a string that `counts` accepts while `run` runs. An accessor in the method's place sees the
 * receiver of each load: the string for `text.charCodeAt(i)`, String.prototype for codeUnitAt's load.
 */
function charCodeAtLoads(counts: (receiver: string) => boolean, run: () => void): number {
  const original = Object.getOwnPropertyDescriptor(String.prototype, 'charCodeAt')!;
  const method = original.value as typeof String.prototype.charCodeAt;
  let loads = 0;
  Object.defineProperty(String.prototype, 'charCodeAt', {
    configurable: true,
    get(this: unknown) {
      if (typeof this === 'string' && counts(this)) loads++;
      return method;
    },
  });
  try {
    run();
  } finally {
    Object.defineProperty(String.prototype, 'charCodeAt', original);
  }
  return loads;
}

describe('cleanInline: the residue loop loads no charCodeAt from the paragraph', () => {
  it('A/RES/79/153 PP4: two loads (the "#" heading test, the letter-spacing gate), not one a character', () => {
    let cleaned = '';
    // before: 1,125 loads (one a character, and those two)
    expect(charCodeAtLoads((s) => s === PP4_79_153, () => (cleaned = cleanInline(PP4_79_153, true)))).toBe(2);
    expect(cleaned).toBe(PP4_79_153);
  });

  it('A/RES/79/153 PP1 (pypdf spacing): the residues the loop flags are still removed, in every representation', () => {
    const expected = 'Recalling its resolutions 53/117 of 9 December 1998, 56/128 of 19 December 2001, and the Seventy-first session';
    for (const text of representations(PP1_SPACED)) expect(cleanInline(text, true)).toBe(expected);
    // near case: without splitHyphens the " -" stays (only the double space goes)
    expect(cleanInline(PP1_SPACED, false)).toBe('Recalling its resolutions 53/117 of 9 December 1998, 56/128 of 19 December 2001, and the Seventy -first session');
  });

  it('a near case: a paragraph with no residue skips the loop and reads the same', () => {
    const plain = 'Reaffirming the Universal Declaration of Human Rights, 9';
    for (const text of representations(plain)) expect(cleanInline(text, true)).toBe(plain);
  });
});

describe('cleanText: the footnote and indent passes load no charCodeAt from a line', () => {
  const dir = sharedDir('corpus-ga');
  it.skipIf(dir === undefined)('A_RES_79_153.txt: loads off the lines fall from ~3 a line to under one in four, same clean text and footnotes', () => {
    const text = readFileSync(join(dir!, 'A_RES_79_153.txt'), 'utf8');
    const lines = new Set(text.split('\n').filter((l) => l.trim() !== ''));
    const src: SourceText = { file: 'A_RES_79_153.txt', format: 'pdftext', text };
    const expected = cleanText(src);
    // footnote 1 ("¹ See Official Records ...", lifted by liftMarkedFootnotes) and PP1 read as before
    expect(expected.footnotes.map((f) => f.mark)).toContain('1');
    expect(expected.text).toContain('Recalling its resolutions 53/117 of 9 December 1998');
    let clean = expected;
    const loads = charCodeAtLoads((s) => lines.has(s), () => (clean = cleanText(src)));
    // liftMarkedFootnotes' and usesIndentParagraphs' first-character reads are gone: before, 1,169 loads off the file's 425
    // distinct text lines (about three a line); now 41 (the first-character reads left in buildParagraphs and cleanInline)
    expect(loads).toBeLessThan(lines.size / 4);
    expect(clean).toEqual(expected);
  });
});
