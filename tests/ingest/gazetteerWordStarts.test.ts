// scanGazetteer can look names up only where scanCapitals says words start (one walk over the
// paragraph for both); it must find exactly what the walk over every character finds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanGazetteer } from '../../ingest/gazetteer/index.js';
import { scanCapitals } from '../../ingest/recognize/capitalChunks.js';

const NO_HEADS: ReadonlySet<string> = new Set();
const printed = (text: string, hits: ReturnType<typeof scanGazetteer>): string[] => hits.map((h) => `${h.entry.kind}:${h.entry.name}@${text.slice(h.start, h.end)}`);
function bothWays(text: string): { walk: string[]; atWordStarts: string[] } {
  const { wordStarts } = scanCapitals(text, NO_HEADS, NO_HEADS);
  return { walk: printed(text, scanGazetteer(text)), atWordStarts: printed(text, scanGazetteer(text, wordStarts)) };
}

// pieces that start names, join words inside tokens, or end a match on a footnote mark
const PIECES = [
  'United Nations', 'General Assembly', 'Economic and Social Council', 'Paris Agreement', 'Paris', 'Tunis Agenda', 'WHO', 'ITU',
  'high-level political forum', 'eTrade for Women', 'World Summit on the Information Society', 'Human Rights Council',
  'non-State', 'Inter- Agency', "l'Organisation", 'l’Union', '2024–2030', 'Telecommunication/Information', 'A/RES/78/1',
  'Rights1', 'Decade 2024–203413', '“', '”', '(', ')', ',', '.', ' ', ' ', '\u00a0', '\n', '-', '‑', '’', "'", 'of', 'the', 'and', 'x',
];

describe('scanGazetteer at word starts', () => {
  it('finds the same names as the walk over every character', () => {
    let found = 0;
    for (const text of [
      'the United Nations and the Economic and Social Council',
      "non-State actors of the Inter- Agency Standing Committee and l'Organisation mondiale",
      'the Paris Agreement, adopted in Paris, and the Tunis Agenda for the Information Society',
      'WHO, ITU and the high-level political forum on sustainable development (2024–2030)',
      'Human Rights1 Council, Decade 2024–203413 and A/RES/78/1',
    ]) {
      const { walk, atWordStarts } = bothWays(text);
      expect(atWordStarts).toEqual(walk);
      found += walk.length;
    }
    // the sentences do name things (an empty scan would compare equal too)
    expect(found).toBeGreaterThanOrEqual(8);
  });

  it('finds the same names on random mixes of names, joiners and punctuation', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const { walk, atWordStarts } = bothWays(pieces.join(''));
        expect(atWordStarts).toEqual(walk);
      }),
      { numRuns: 500 },
    );
  });
});
