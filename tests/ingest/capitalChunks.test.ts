// scanCapitals: one tokenising pass gives capitalised chunks and determiner + head pairs.
// Table cases, input -> expected printed spans.
import { describe, expect, it } from 'vitest';
import { scanCapitals } from '../../ingest/recognize/capitalChunks.js';

const HEADS = new Set(['Commission', 'Working Group', 'Group', 'Summit', 'World Summit', 'Agency']);
const BARE = new Set(['World Summit']);

function scan(text: string, chunkHeads?: ReadonlySet<string>): { chunks: string[]; heads: string[] } {
  const r = scanCapitals(text, HEADS, BARE, chunkHeads);
  return { chunks: r.chunks.map((c) => text.slice(c.start, c.end)), heads: r.heads.map((h) => `${h.head}@${text.slice(h.start, h.end)}`) };
}

describe('scanCapitals', () => {
  const cases: [string, string[], string[]][] = [
    ['the Commission on Science and Technology for Development met', ['Commission on Science and Technology for Development'], ['Commission@Commission']],
    ['requests the Working Group to report', ['Working Group'], ['Working Group@Working Group']],
    // a determiner counts only with nothing but spaces before the head
    ['the, Commission', [], []],
    ['the\u00a0Commission', [], ['Commission@Commission']],
    // "This" is capitalised, so it starts a chunk (the recognisers drop such leading words)
    ['This Commission and that Group', ['This Commission'], ['Commission@Commission', 'Group@Group']],
    // "World Summit" needs no determiner
    ['World Summit on the Information Society', ['World Summit on the Information Society'], ['World Summit@World Summit']],
    // a line-break hyphen before a capital stays inside the token
    ['the Inter- Agency Standing Committee', ['Inter- Agency Standing Committee'], []],
    // years join a chunk; connectors ("of the", "in") join capitalised words
    ['Summit of the Future 2024 in New York', ['Summit of the Future 2024 in New York'], []],
    // connectors alone do not start or end a chunk
    ['of the and', [], []],
    ['', [], []],
    // a footnote mark glued to a word ("Declaration1", A/RES/78/120 PP3) is a token of its own that ends the chunk; the
    // mark's token is written for every word and counted only after a mark (tokenize, without a branch)
    ['the Sendai Declaration1 and the Sendai Framework for Disaster Risk Reduction', ['Sendai Declaration', 'Sendai Framework for Disaster Risk Reduction'], []],
    ['the Commission2 and the Working Group', ['Working Group'], ['Commission@Commission', 'Working Group@Working Group']],
    ['the Commission on Science and Technology for Development12 in New York', ['Commission on Science and Technology for Development', 'New York'], ['Commission@Commission']],
    // no mark: a number that is a word of its own
    ['the Group of 77 and China', [], ['Group@Group']],
  ];
  for (const [text, chunks, heads] of cases) {
    it(JSON.stringify(text), () => expect(scan(text)).toEqual({ chunks, heads }));
  }

  it('keeps only chunks holding one of chunkHeads (possessive ignored)', () => {
    const text = "the Commission's Bureau met the United Nations Office in New York";
    expect(scan(text, new Set(['Commission', 'Office'])).chunks).toEqual(["Commission's Bureau", 'United Nations Office in New York']);
  });
});
