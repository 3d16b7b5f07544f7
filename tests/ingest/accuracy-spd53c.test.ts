// Session-53 speed helper spd53c (the references worker, the main thread, the regex census). No change to the graph (golden
// dump cmp-identical); what these tests pin down:
// - cleanInline (clean.ts) scans a text once for a space before a space, a hyphen or a mark (SPACE_BEFORE_SPACE_HYPHEN_OR_PUNCTUATION):
//   that one scan gates residueFlags (" -", "  ") and SPACE_BEFORE_PUNCTUATION, whose own scan runs only where the first found
//   something or cleanInline changed the text. The folded regex must hold wherever either of the two did, and pypdf's spaced
//   marks are still repaired, a space before a mark that a removal uncovered included.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanInline } from '../../ingest/clean.js';
import { SPACE_BEFORE_PUNCTUATION, SPACE_BEFORE_SPACE_HYPHEN_OR_PUNCTUATION } from '../../ingest/clean.patterns.js';

// A/RES/79/326 OP2 (corpus-ga A_RES_79_326.txt, lines joined as clean joins them): pypdf's space before a comma
const OP2_79_326 =
  'Also notes the importance of strengthening cooperation and coordination between the United Nations system and the Commonwealth of Independent States, and invites the Secretary-General to hold for that purpose regular consultations with the Secretary-General of the Commonwealth , making use of appropriate inter-agency forums and formats, including consultations between the Secretary-General and the heads of regional organizations;';
// A/RES/79/301 (corpus-ga A_RES_79_301.txt line 172): a footnote mark then a spaced comma
const SCALE_79_301 = 'of assessments for 20254 , as set out in its resolution 79/249 of 24 December 2024;';

describe('cleanInline: one scan for a space before a space, a hyphen or a mark (SPACE_BEFORE_SPACE_HYPHEN_OR_PUNCTUATION)', () => {
  it('holds wherever / [ -]/ (residueFlags) or SPACE_BEFORE_PUNCTUATION does, and nowhere else', () => {
    const alphabet = fc.constantFrom(' ', '-', ',', '”', ';', '.', ':', 'a', '1', '*', '\\', '“', '–');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(SPACE_BEFORE_SPACE_HYPHEN_OR_PUNCTUATION.test(text)).toBe(/ [ -]/.test(text) || SPACE_BEFORE_PUNCTUATION.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('A/RES/79/326 OP2 and A/RES/79/301: the space before the comma goes, the rest is as printed', () => {
    expect(cleanInline(OP2_79_326, true)).toBe(OP2_79_326.replace('Commonwealth ,', 'Commonwealth,'));
    expect(cleanInline(SCALE_79_301, true)).toBe('of assessments for 20254, as set out in its resolution 79/249 of 24 December 2024;');
  });

  it('a space before a mark that a removal uncovered is still repaired (the text changed: SPACE_BEFORE_PUNCTUATION runs again)', () => {
    // "A/AC \.105/1174": no space before a mark as the text comes; the Markdown escape's removal leaves "A/AC .105/1174" (the
    // symbol of A/RES/73/6 footnote 6, printed escaped), which SPACE_IN_SYMBOL rejoins
    expect(cleanInline('document A/AC \\.105/1174 of the Committee', true)).toBe('document A/AC.105/1174 of the Committee');
    // a footnote reference's removal before a spaced comma
    expect(cleanInline('the Goals [^4] , and', true)).toBe('the Goals ⁴, and');
  });

  it('a text with no space before a space, hyphen or mark is left as it was (near: a comma after a word, a hyphen inside one)', () => {
    const near = 'Recalling its resolution 78/1, the Sixth Committee’s long-standing work; and the “Pact for the Future”.';
    expect(SPACE_BEFORE_SPACE_HYPHEN_OR_PUNCTUATION.test(near)).toBe(false);
    expect(cleanInline(near, true)).toBe(near);
    // and " -" still splits nothing it should not: "small- and medium-sized" stays, "decision- making" is rejoined
    expect(cleanInline('small- and medium-sized enterprises', true)).toBe('small- and medium-sized enterprises');
    expect(cleanInline('decision- making processes', true)).toBe('decision-making processes');
  });
});
