// Session-53 speed helper spd53c (the references worker, the main thread, the regex census). No change to the graph (golden
// dump cmp-identical); what these tests pin down:
// - cleanInline (clean.ts) scans a text once for a space before a space, a hyphen or a mark (SPACE_BEFORE_SPACE_HYPHEN_OR_PUNCTUATION):
//   that one scan gates residueFlags (" -", "  ") and SPACE_BEFORE_PUNCTUATION, whose own scan runs only where the first found
//   something or cleanInline changed the text. The folded regex must hold wherever either of the two did, and pypdf's spaced
//   marks are still repaired, a space before a mark that a removal uncovered included.
// - the gazetteer's gluedFootnoteMark (gazetteer/index.ts) reads the dash five characters back before it slices the text for
//   its year-range regex: a mark glued to a year range ("2024–203413") still ends the known name, with an en dash or a hyphen.
//   (A pure gate: these tests pin the behaviour, which is the same with and without it.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanInline } from '../../ingest/clean.js';
import { SPACE_BEFORE_PUNCTUATION, SPACE_BEFORE_SPACE_HYPHEN_OR_PUNCTUATION } from '../../ingest/clean.patterns.js';
import { extractParagraph } from '../../ingest/extract.js';
import type { EntityMention } from '../../ingest/models.js';

/** A preambular paragraph's mentions (no dates, no nested organizations), as the pipeline reads it. */
function mentionsOf(text: string): EntityMention[] {
  return extractParagraph({ id: 'PP1', kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, { body: 'General Assembly', symbol: 'A/RES/80/118' }).mentions.filter(
    (m) => m.kind !== 'Date' && !m.nested,
  );
}

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

// A/RES/80/118 PP19 (corpus-ga A_RES_80_118.txt)
const PP19_80_118 =
  'Recognizing that the Doha Programme of Action for the Least Developed Countries,12 the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–203413 and the Antigua and Barbuda Agenda';

describe('gazetteer: a footnote mark glued to a year range (gluedFootnoteMark, the dash read before the regex)', () => {
  const awaza = (text: string): string[] => mentionsOf(text).filter((m) => m.kind === 'Framework' && m.phrase.startsWith('Awaza')).map((m) => m.phrase);

  it('A/RES/80/118 PP19: "2024–203413" is the Decade 2024–2034 and mark 13 (en dash), and so with a hyphen', () => {
    expect(awaza(PP19_80_118)).toEqual(['Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034']);
    expect(awaza(PP19_80_118.replace('2024–2034', '2024-2034'))).toEqual(['Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024-2034']);
  });

  it('near: the same name printed without the mark is read the same', () => {
    expect(awaza(PP19_80_118.replace('203413', '2034'))).toEqual(['Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034']);
  });
});
