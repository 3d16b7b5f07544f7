// A report named by title (or subject) in the text and by symbol in its footnote is one Document.
// Inputs quoted from the seed (ECOSOC draft) and GA resolutions.
import { describe, expect, it } from 'vitest';
import { extractParagraph, extractResolution } from '../../ingest/extract.js';
import { GraphBuilder } from '../../graph/build.js';
import type { ParagraphText, ResolutionText } from '../../ingest/models.js';

function para(id: string, text: string, footnotes: Record<string, string>): ParagraphText {
  const footnoteRefs = Object.entries(footnotes).map(([mark, fn]) => ({ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: fn } }));
  return { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}
const docs = (p: ParagraphText) =>
  extractParagraph(p, { body: 'Economic and Social Council' }).mentions.filter((m) => m.kind === 'Document').map((m) => ({ key: m.key, phrase: m.phrase, fn: Boolean(m.footnote), title: m.attrs.title }));

describe('titled report + footnote symbol', () => {
  it('seed PP8: the title with the mark takes the symbol, the other titled report keeps its title key', () => {
    const found = docs(
      para('PP8', 'Taking note of the report of the High-level Panel on Digital Cooperation, entitled “The age of digital interdependence”, and the report of the Secretary-General entitled “Road map for digital cooperation”,³', { '³': 'A/74/821.' }),
    );
    expect(found).toEqual([
      { key: 'Document:the age of digital interdependence', phrase: 'report of the High-level Panel on Digital Cooperation, entitled “The age of digital interdependence”', fn: false, title: 'The age of digital interdependence' },
      { key: 'Document:A/74/821', phrase: 'report of the Secretary-General entitled “Road map for digital cooperation”', fn: false, title: 'Road map for digital cooperation' },
      { key: 'Document:A/74/821', phrase: 'A/74/821', fn: true, title: undefined },
    ]);
  });

  it('seed PP9: a report cited by subject, with a modifier before the mark, takes the joint symbol', () => {
    const found = docs(
      para('PP9', 'Taking note with satisfaction of the report of the Secretary-General on the progress made in the implementation of and follow-up to the outcomes of the World Summit at the regional and international levels, including the 20-year review thereof,⁴', { '⁴': 'A/80/62-E/2025/12.' }),
    );
    expect(found.map((d) => d.key)).toEqual(['Document:A/80/62-E/2025/12', 'Document:A/80/62-E/2025/12']);
    expect(found[0]!.title).toBe('Report of the Secretary-General on the progress made in the implementation of and follow-up to the outcomes of the World Summit at the regional and international levels');
  });

  it('a footnote citing two documents links neither (seed PP1 style "See A/C.2/59/3 and A/60/687")', () => {
    const found = docs(para('PP3', 'Taking note of the report of the Secretary-General entitled “Our Common Agenda”,¹', { '¹': 'See A/75/982 and A/76/1.' }));
    expect(found[0]!.key).toBe('Document:our common agenda');
  });

  it('a mark after another cited thing in between is not the report\'s', () => {
    const found = docs(
      para('PP4', 'Taking note of the report of the Secretary-General entitled “Road map for digital cooperation”, and recalling the Global Digital Compact,⁵', { '⁵': 'A/79/L.2.' }),
    );
    expect(found[0]!.key).toBe('Document:road map for digital cooperation');
  });

  it('a footnote citing a resolution does not turn the report into a resolution', () => {
    const found = docs(para('PP5', 'Taking note of the report of the Secretary-General entitled “Road map for digital cooperation”,⁶', { '⁶': 'See resolution 73/218.' }));
    expect(found[0]!.key).toBe('Document:road map for digital cooperation');
  });
});

describe('graph: the same report cited by title elsewhere joins the symbol node', () => {
  const resolution = (symbol: string, date: string, paragraphs: ParagraphText[]): ResolutionText => ({
    symbol,
    body: 'General Assembly',
    date,
    instrument: 'resolution',
    file: `${symbol}.txt`,
    paragraphs,
    headings: [],
  });

  it('one Document node for A/74/821 whether the title came with the footnote or not', () => {
    const b = new GraphBuilder();
    b.addResolution(extractResolution(resolution('A/RES/75/1', '2020-09-21', [para('PP1', 'Taking note of the report of the Secretary-General entitled “Road map for digital cooperation”,', {})])));
    b.addResolution(
      extractResolution(resolution('A/RES/76/1', '2021-09-21', [para('PP1', 'Taking note of the report of the Secretary-General entitled “Road map for digital cooperation”,³', { '³': 'A/74/821.' })])),
    );
    const g = b.finalize();
    expect(g.hasNode('Document:road map for digital cooperation')).toBe(false);
    expect(g.getNodeAttributes('Document:A/74/821')).toMatchObject({ symbol: 'A/74/821', title: 'Road map for digital cooperation' });
    expect(g.inNeighbors('Document:A/74/821').filter((k) => k.startsWith('Resolution:')).sort()).toEqual(['Resolution:A/RES/75/1', 'Resolution:A/RES/76/1']);
  });
});

describe('modifiers between the title and the mark', () => {
  it('A/RES/79/194 PP21: "..., presented on 11 June 2020,12" with footnote A/74/821', () => {
    const found = docs(
      para('PP21', 'also taking note of the report of the Secretary-General entitled “Road map for digital cooperation”, presented on 11 June 2020,12', { '12': 'A/74/821.' }),
    );
    expect(found[0]!.key).toBe('Document:A/74/821');
  });

  it('"..., of 5 March 2024,3": a date modifier', () => {
    const found = docs(para('PP2', 'Taking note of the report of the Secretary-General on the work of the Organization, of 5 March 2024,3', { '3': 'A/79/1.' }));
    expect(found[0]!.key).toBe('Document:A/79/1');
  });
});
