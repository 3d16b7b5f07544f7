// Session-41 speed helper spd41a. No change to the graph (golden dump cmp-identical); what these tests pin down:
// - textIncludes (ingest/textIncludes.ts) rules phrases out by the text's runs of three characters, not pairs: a gate made of
//   pairs every paragraph holds (" and on ", " part of the ") no longer costs a pass over the text, and the answers stay
//   text.includes'. Texts from 100 characters on are filtered (was 160).
// - the references worker's warm-up sample (ingest/warm-up.ts REFERENCES_SAMPLE) takes two branches of splitClauses that
//   corpus-ga met only after it was compiled: the text an operative paragraph adopts, printed after ": We, " (A/RES/73/3 OP0's
//   form), and a participle of asking set off by commas ("Decides ..., requesting the Secretary-General to ..., and invites").
import { afterEach, describe, expect, it, vi } from 'vitest';
import { textIncludes } from '../../ingest/textIncludes.js';
import { splitClauses } from '../../ingest/clauses.js';
import { REFERENCES_SAMPLE } from '../../ingest/warm-up.js';

// A/RES/78/132 PP16 (corpus-ga A_RES_78_132.txt)
const PP16 =
  'Taking note of the report of the Secretary-General on the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels,';
// A/RES/78/132 PP22
const PP22 =
  'Taking note of the United Nations Development Programme Digital Strategy 2022–2025, which seeks to assist countries, upon their request, in their efforts towards digital transformation through the creation of inclusive and resilient digital ecosystems,';

/** How often textIncludes searched the text itself (String.prototype.includes) to answer `phrase`. */
function passesFor(text: string, phrase: string): { answer: boolean; passes: number } {
  const spy = vi.spyOn(String.prototype, 'includes');
  try {
    const answer = textIncludes(text, phrase);
    return { answer, passes: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

describe('textIncludes: phrases ruled out by the runs of three characters of the text', () => {
  afterEach(() => vi.restoreAllMocks());

  it('A/RES/78/132 PP16: " and on " (each pair of it printed in the paragraph: the pair filter passed it on to a search) is answered "no" without a pass, as ", and its " and " part of the "', () => {
    for (const phrase of [' and on ', ', and its ', ' part of the ']) {
      expect(PP16.includes(phrase)).toBe(false);
      expect(passesFor(PP16, phrase)).toEqual({ answer: false, passes: 0 });
    }
  });

  it('guard: A/RES/78/132 PP16 and PP22: phrases printed there are found (one pass each), as text.includes finds them', () => {
    for (const [text, phrase] of [
      [PP16, ' on the '],
      [PP16, 'Secretary-General on the progress'],
      [PP16, 'regional and international levels,'],
      [PP22, '2022–2025, which'],
      [PP22, ', upon their request, '],
    ] as const) {
      expect(passesFor(text, phrase)).toEqual({ answer: true, passes: 1 });
    }
  });

  it('guard: a text of 100 to 159 characters is filtered now, with the same answers; a phrase under three characters is searched as it is', () => {
    const short = PP16.slice(0, 120);
    expect(short.length).toBeGreaterThanOrEqual(100);
    for (const phrase of ['Secretary-General', ' on the ', 'the World Summit', 'Information Society', ' of', 'xy']) {
      expect(textIncludes(short, phrase)).toBe(short.includes(phrase));
    }
    expect(passesFor(short, 'Information Society').passes).toBe(0);
    expect(passesFor(short, 'of')).toEqual({ answer: true, passes: 1 });
    // every span of the paragraph is found in it: never a wrong "no" (three characters and more, two-byte ones too)
    for (const text of [PP16, PP22, short]) {
      for (let start = 0; start < text.length; start += 5) {
        for (const length of [3, 4, 9, 30]) {
          const span = text.slice(start, start + length);
          if (!textIncludes(text, span)) throw new Error(`"${span}" not found in its own text`);
        }
      }
    }
  });
});

/** The warm-up sample's operative paragraph that starts with `opening`, as one line. */
function sampleParagraph(opening: string): string {
  const at = REFERENCES_SAMPLE.text.indexOf(opening);
  expect(at).toBeGreaterThan(0);
  const end = REFERENCES_SAMPLE.text.indexOf(';', at);
  return REFERENCES_SAMPLE.text.slice(at, end + 1).replace(/\s*\n\s*/g, ' ');
}

describe("the references worker's warm-up takes splitClauses' rarer branches before it is compiled", () => {
  it('the text adopted after ": We, " (A/RES/73/3 OP0: "Adopts the following political declaration approved by the high-level meeting ...: We, Heads of State and Government ..."): its subject a clause of its own, its base forms the declaration\'s', () => {
    const text = sampleParagraph('Adopts the following political declaration');
    const clauses = splitClauses(text, 'operative');
    expect(clauses.map((c) => c.verb)).toEqual(['Adopts', 'We', 'reaffirm our commitment', 'commit']);
    expect(clauses[1]!.start).toBe(text.indexOf(': We, ') + 2);
  });

  it('a participle of asking set off by a comma ("Decides to convene ..., requesting the Secretary-General to continue ..., and invites"): a REQUESTS clause of its own', () => {
    const text = sampleParagraph('Decides to convene the meeting in 2026');
    expect(splitClauses(text, 'operative').map((c) => c.relation)).toEqual(['DECIDES', 'REQUESTS', 'INVITES']);
  });

  it('guard: "Adopts" with no text printed after a colon opens no "We" clause; a participle with no addressee and "to" is no aside', () => {
    expect(splitClauses('Adopts the following political declaration approved by the high-level meeting on 21 September 2024;', 'operative').map((c) => c.verb)).toEqual(['Adopts']);
    expect(splitClauses('Decides to convene the meeting in 2026, recognizing the role of the Secretary-General;', 'operative').map((c) => c.relation)).not.toContain('REQUESTS');
  });
});
