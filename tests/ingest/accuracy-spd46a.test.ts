// Session-46 speed helper spd46a. No change to the graph (golden dump cmp-identical); what these tests pin down, for the hot
// paths rewritten:
// - textIncludes (ingest/textIncludes.ts) reads `includes` and `charCodeAt` through String.prototype (no megamorphic load on
//   texts of many string representations): its answers stay text.includes' for flat, sliced, concatenated and two-byte texts,
//   on both paths (filtered texts of 100+ characters, and shorter ones searched as they are);
// - indexed loops for for-of over arrays in ~40 passes (entityScan.ts unOfficesAtCities, ordinalEditions, chunkCandidates,
//   markKnownTokens, ...; attributions.ts; extract.ts): a paragraph that takes several of them reads as before.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { textIncludes } from '../../ingest/textIncludes.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_284: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/284', date: '2025-04-16' };
const { keys, attributions } = oneParagraph({ ctx: GA79_284, kind: 'preambular' });

// A/RES/79/284 PP7 (corpus-ga A_RES_79_284.txt)
const PP7 =
  'Welcoming the increasingly close relations between the United Nations and the Council of Europe, and commending the contribution of the Permanent Delegations of the Council of Europe to the United Nations Offices at Geneva and at Vienna to the enhancement of cooperation and the achievement of greater synergy between the United Nations and the Council of Europe, and noting the call to strengthen the partnership between the Council of Europe and the United Nations as expressed in the Reykjavik Declaration: United around Our Values, which was adopted at the fourth Summit of Heads of State and Government of the Council of Europe, held in Reykjavik on 16 and 17 May 2023,';
const SUMMIT = 'Event:Fourth Summit of Heads of State and Government of the Council of Europe';

describe('textIncludes: the answers of text.includes, whatever the string representation', () => {
  // (built at run time: a slice of a longer text, a concatenation, a two-byte text, a short text under the filter's length)
  const sliced = `xx${PP7}yy`.slice(2, PP7.length + 2);
  const joined = PP7.slice(0, 200) + PP7.slice(200);
  const twoByte = `“${PP7}”`;
  const short = PP7.slice(0, 90);

  it('A/RES/79/284 PP7: the phrases the paragraph prints are found in each representation of it', () => {
    for (const text of [PP7, sliced, joined, twoByte]) {
      for (const phrase of ['United Nations Offices at ', ': ', ' held in ', 'Reykjavik Declaration', '17 May 2023,']) {
        expect(textIncludes(text, phrase)).toBe(true);
      }
    }
    expect(textIncludes(twoByte, '“Welcoming')).toBe(true);
    expect(textIncludes(short, 'close relations')).toBe(true);
  });

  it('guard: phrases the paragraph does not print are not found, on the filtered path and the short one', () => {
    for (const text of [PP7, sliced, joined, twoByte, short]) {
      for (const phrase of [' and on ', 'Offices at Nairobi', 're-Summit', 'of senior officials of the', '/', 'xy']) {
        expect(textIncludes(text, phrase)).toBe(text.includes(phrase));
        expect(textIncludes(text, phrase)).toBe(false);
      }
    }
  });
});

describe('indexed loops over candidates and mentions (same reading as the for-of loops)', () => {
  it('A/RES/79/284 PP7: "the United Nations Offices at Geneva and at Vienna" is both offices; the summit that adopted the Declaration, held in Reykjavik on 16 and 17 May 2023', () => {
    expect(keys(PP7, 'Organization:United Nations Office')).toEqual(['Organization:United Nations Office at Geneva', 'Organization:United Nations Office at Vienna']);
    const a = attributions(PP7);
    expect(a).toContain(`ADOPTED ${SUMMIT} -> Framework:Reykjavik Declaration of Heads of State and Government of the Council of Europe`);
    expect(a).toContain(`HELD_IN ${SUMMIT} -> Place:Reykjavik`);
    expect(a).toContain(`STARTS_ON ${SUMMIT} -> Date:2023-05-16`);
    expect(a).toContain(`ENDS_ON ${SUMMIT} -> Date:2023-05-17`);
  });

  it('guard: one office alone ("the United Nations Office at Geneva") is that office, and Vienna printed apart is a place', () => {
    const text = 'Commending the contribution of the Permanent Delegation of the Council of Europe to the United Nations Office at Geneva, and its visit to Vienna,';
    expect(keys(text, 'Organization:United Nations Office')).toEqual(['Organization:United Nations Office at Geneva']);
    expect(keys(text, 'Place:')).toEqual(['Place:Vienna']);
  });
});
