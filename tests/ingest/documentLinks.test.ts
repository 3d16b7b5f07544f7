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

describe('reports cited by subject or by an unquoted title', () => {
  const docsIn = (text: string, symbol = 'A/RES/78/40') =>
    extractParagraph({ id: 'PP1', kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, { body: 'General Assembly', symbol })
      .mentions.filter((m) => m.kind === 'Document')
      .map((m) => [m.key, m.phrase]);

  it('a subject-only report is scoped by the citing session (the 78th session\'s report is not the 79th\'s)', () => {
    const text = 'Taking note of the report of the Secretary-General on current developments in science and technology,';
    expect(docsIn(text, 'A/RES/78/160')[0]![0]).toBe('Document:report of the secretary-general on current developments in science and technology (A/78)');
    expect(docsIn(text, 'A/RES/79/199')[0]![0]).toBe('Document:report of the secretary-general on current developments in science and technology (A/79)');
  });

  it('a list of single words inside a subject does not end it (A/RES/78/33)', () => {
    expect(docsIn('Taking note of the report of the Secretary-General on the environmental, ecological, health and other impacts of the 30-year period of nuclear testing in Kazakhstan, and')[0]![1]).toBe(
      'report of the Secretary-General on the environmental, ecological, health and other impacts of the 30-year period of nuclear testing in Kazakhstan',
    );
  });

  it('"on the matter" names no report', () => {
    expect(docsIn('Taking note of the report of the Secretary-General on the matter, prepared pursuant to paragraph 7')).toEqual([]);
  });

  it('an unquoted title with a list of capitalised words runs past its commas (A/RES/78/69)', () => {
    expect(docsIn('Taking note of the report entitled Sources, Fate and Effects of Microplastics in the Marine Environment: A Global Assessment, Guidelines for the Monitoring')[0]![1]).toBe(
      'report entitled Sources, Fate and Effects of Microplastics in the Marine Environment: A Global Assessment',
    );
  });

  it('a list of titles stays apart (IPCC special reports)', () => {
    expect(docsIn('Noting the special reports of the Intergovernmental Panel on Climate Change entitled Global Warming of 1.5°C, The Ocean and Cryosphere in a Changing Climate and Climate Change and Land,')[0]![0]).toBe('Document:global warming of 1.5°c');
  });
});

describe('graph: a subject-only report joins the symbol node of its own session only', () => {
  const resolution = (symbol: string, date: string, paragraphs: ParagraphText[]): ResolutionText => ({ symbol, body: 'General Assembly', date, instrument: 'resolution', file: `${symbol}.txt`, paragraphs, headings: [] });
  const subject = 'Taking note of the report of the Secretary-General on current developments in science and technology,';

  it('same session: one node; another session: its own node', () => {
    const b = new GraphBuilder();
    b.addResolution(extractResolution(resolution('A/RES/78/160', '2023-12-19', [para('PP1', `${subject}¹`, { '¹': 'A/78/62.' })])));
    b.addResolution(extractResolution(resolution('A/RES/78/161', '2023-12-19', [para('PP1', subject, {})])));
    b.addResolution(extractResolution(resolution('A/RES/79/199', '2024-12-19', [para('PP1', subject, {})])));
    const g = b.finalize();
    expect(g.inNeighbors('Document:A/78/62').sort()).toEqual(['Paragraph:A/RES/78/160#PP1', 'Paragraph:A/RES/78/161#PP1', 'Resolution:A/RES/78/160', 'Resolution:A/RES/78/161']);
    expect(g.hasNode('Document:report of the secretary-general on current developments in science and technology (A/79)')).toBe(true);
  });
});
