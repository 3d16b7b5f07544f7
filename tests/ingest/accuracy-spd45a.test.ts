// Session-45 speed helper spd45a. No change to the graph (golden dump cmp-identical); what these tests pin down, for the hot
// paths rewritten to allocate less (indexed loops for for-of, no split):
// - capitalChunks.ts isOneOf (connectors of four letters and more, determiners): the chunks and determined heads it reads;
// - entityScan.ts editionHead / bareOrdinalEditions: "the third Conference" after the editions named in full is that edition,
//   not where the head goes on to a name, nor for a name that starts with a number;
// - extract.ts recognizeWith: every recogniser's mentions, in order.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { scanCapitals } from '../../ingest/recognize/capitalChunks.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_53: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/53', date: '2023-12-04' };
const { extract } = oneParagraph({ ctx: GA78_53, kind: 'preambular' });
const NO_HEADS: ReadonlySet<string> = new Set();

// A/RES/78/53 PP29 (corpus-ga A_RES_78_53.txt; 79/50, 80/24 print it too)
const PP29 =
  'Recalling the successful convening of the first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons, in Oslo on 4 and 5 March 2013, in Nayarit, Mexico, on 13 and 14 February 2014, and in Vienna on 8 and 9 December 2014 and on 20 June 2022, and recalling also that 127 nations have formally endorsed the Humanitarian Pledge issued following the third Conference,';
const THIRD = 'Event:Third Conference on the Humanitarian Impact of Nuclear Weapons';

describe('bare ordinal editions (editionHead read off the first two spaces, no split)', () => {
  it('A/RES/78/53 PP29: "the Humanitarian Pledge issued following the third Conference" is the Third Conference on the Humanitarian Impact of Nuclear Weapons', () => {
    const x = extract(PP29);
    const bare = x.mentions.filter((m) => m.phrase === 'third Conference');
    expect(bare.map((m) => m.key)).toEqual([THIRD]);
    expect(bare[0]!.start).toBe(PP29.lastIndexOf('third Conference'));
    expect(x.relations.filter((r) => r.target === THIRD).map((r) => r.type)).toEqual(['RECALLS', 'RECALLS']);
  });

  it('guard: the same words with "the third Conference of States Parties": the head goes on to a name, no edition of the Conferences', () => {
    const text = PP29.replace('the third Conference,', 'the third Conference of States Parties,');
    const x = extract(text);
    const at = text.lastIndexOf('third Conference');
    expect(x.mentions.filter((m) => m.start === at).map((m) => m.key)).toEqual(['Event:Third Conference of States Parties (A/RES/78/53)']);
    expect(x.mentions.some((m) => m.phrase === 'third Conference')).toBe(false);
  });

  it('guard: an edition qualified before its head ("the Third Review Conference of the Parties to the Treaty ...") has no bare form "the third Conference"', () => {
    const text =
      'Recalling the Third Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, and the declaration issued following the third Conference,';
    const at = text.lastIndexOf('third Conference');
    expect(extract(text).mentions.filter((m) => m.start === at).map((m) => m.key)).toEqual([]);
  });
});

describe('connectors and determiners compared in place (isOneOf, an indexed loop)', () => {
  // A/RES/78/191 OP8 (corpus-ga A_RES_78_191.txt)
  const OP8 = 'Calls upon all States that have not yet done so to consider acceding to or ratifying the International Convention against the Recruitment, Use, Financing and Training of Mercenaries;';

  it('A/RES/78/191 OP8: "against" (a connector of seven letters) joins the chunk; the Convention is called upon', () => {
    const chunks = scanCapitals(OP8, NO_HEADS, NO_HEADS).chunks.map((c) => OP8.slice(c.start, c.end));
    expect(chunks.some((c) => c.startsWith('International Convention against the Recruitment'))).toBe(true);
    const x = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/191', date: '2023-12-19' }, kind: 'operative' }).relations(OP8);
    expect(x).toEqual(['CALLS_UPON Framework:International Convention against the Recruitment, Use, Financing and Training of Mercenaries']);
  });

  it('guard: a word of the same length that is no connector ("amongst" is not listed) ends the chunk', () => {
    const text = OP8.replace('against', 'amongst');
    const chunks = scanCapitals(text, NO_HEADS, NO_HEADS).chunks.map((c) => text.slice(c.start, c.end));
    expect(chunks.some((c) => c.includes('amongst'))).toBe(false);
  });

  it('determiners of each length ("the", "this", "said") before a head; not "these"', () => {
    const text = 'Welcomes the Commission, this Committee, said Council and these Programme;';
    const heads = new Set(['Commission', 'Committee', 'Council', 'Programme']);
    const found = scanCapitals(text, heads, NO_HEADS).heads.map((h) => h.head);
    expect(found).toEqual(['Commission', 'Committee', 'Council']);
  });
});
