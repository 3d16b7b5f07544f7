// Misses found by the session-14 audit aud14h: A/RES/78/281 (World Football Day), A/RES/79/17 (assurances to
// non-nuclear-weapon States), A/RES/78/294 (financing of the Regional Service Centre in Entebbe), A/RES/79/235
// (international tax cooperation). Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph, extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionText } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/281', date: '2024-05-07' };

function extract(text: string, kind: 'preambular' | 'operative' = 'operative', ctx: RecognizeContext = GA) {
  return extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentions = (text: string, kind: 'preambular' | 'operative' = 'operative'): string[] => extract(text, kind).mentions.map((m) => m.key);
const relations = (text: string, kind: 'preambular' | 'operative' = 'operative'): string[] => extract(text, kind).relations.map((r) => `${r.type} ${r.target}`);
const attributions = (text: string): string[] => extract(text).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

describe('a headless name with its own lowercase head after "the": "the <Name> initiative|campaign"', () => {
  it('A/RES/78/281 PP14: "Welcoming the Football for the Goals initiative"', () => {
    const text =
      'Welcoming the Football for the Goals initiative, a platform for the global football community to engage with and advocate for the Sustainable Development Goals and build on sustainability practices,';
    expect(relations(text, 'preambular')).toContain('WELCOMES Initiative:Football for the Goals');
  });

  it('A/RES/78/184 OP8: "encourages the fulfilment of the goals of the I Belong campaign to end statelessness"', () => {
    const text =
      'Re-emphasizes that prevention and reduction of statelessness are primarily the responsibility of States, in appropriate cooperation with the international community, encourages the fulfilment of the goals of the I Belong campaign to end statelessness;';
    expect(relations(text)).toContain('ENCOURAGES Initiative:I Belong');
  });

  it('A/RES/78/138 OP21: "the Aid for Trade initiative should aim to help developing countries"', () => {
    const text =
      'Also stresses that the Aid for Trade initiative should aim to help developing countries, particularly the least developed countries, to build the supply-side capacity and trade-related infrastructure that they need;';
    expect(mentions(text)).toContain('Initiative:Aid for Trade');
  });

  it('A/RES/78/145 OP23: "the Early Warning for All initiative" is the gazetteer\'s Early Warnings for All', () => {
    const text =
      'Urges Member States to protect everyone on Earth through universal coverage of early warning systems, including through the Early Warning for All initiative;';
    const m = mentions(text);
    expect(m).toContain('Initiative:Early Warnings for All');
    expect(m).not.toContain('Initiative:Early Warning for All');
  });

  it('negative: no "the" before the name ("Small Island Developing States campaign for ...": a verb)', () => {
    const text = 'Notes that Small Island Developing States campaign for climate action at the international level;';
    expect(mentions(text).filter((k) => k.startsWith('Initiative:'))).toEqual([]);
  });

  it('negative: "the United Nations initiative" is no initiative named "United Nations"', () => {
    const text = 'Welcomes the United Nations initiative to promote sport for development and peace;';
    const m = mentions(text);
    expect(m.filter((k) => k.startsWith('Initiative:'))).toEqual([]);
  });

  it('negative: "initiatives" (plural, lowercase) is not a head ("the Paris Pact initiatives" keep their own reading)', () => {
    const text = 'Welcomes the Green Football Champions initiatives of Member States;';
    expect(mentions(text)).not.toContain('Initiative:Green Football Champions');
  });
});

describe('"the 1924 Summer Olympic Games, held in Paris": an edition of its own series, dated and placed', () => {
  it('A/RES/78/281 OP5', () => {
    const text =
      'Decides to proclaim 25 May as World Football Day, as 2024 marks the 100th anniversary of the first international football tournament in history with the representation of all regions as part of the 1924 Summer Olympic Games, held in Paris;';
    const r = relations(text);
    expect(r).toContain('DECIDES Event:Summer Olympic Games @ 1924');
    expect(attributions(text)).toContain('HELD_IN Event:Summer Olympic Games @ 1924 -> Place:Paris');
    expect(r).not.toContain('DECIDES Event:Olympic Games');
  });

  it('negative: "the Summer and Winter Olympic Games" stays the Olympic Games series', () => {
    const text = 'Encourages Member States to observe the Olympic Truce during the Summer and Winter Olympic Games;';
    expect(mentions(text)).not.toContain('Event:Summer Olympic Games');
  });
});

/** A paragraph with its footnote marks, each [mark, footnote text], the mark at its last place in the text. */
function para(id: string, text: string, notes: [string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, note]) => ({ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: note } }));
  return { id, kind: /(?:^|\.)PP/.test(id) ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}
const resolution = (symbol: string, paragraphs: ParagraphText[]): ResolutionText => ({ symbol, body: 'General Assembly', date: '2024-06-28', instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] });
/** paragraph id -> verb relations */
const relationsByParagraph = (r: ResolutionText) => Object.fromEntries(extractResolution(r).paragraphs.map((p) => [p.paragraph.id, p.relations.map((x) => `${x.type} ${x.target}`)]));
const CONSIDERED_78_294 =
  'Having considered the reports of the Secretary-General on the financing of the Regional Service Centre 1 and the related report of the Advisory Committee on Administrative and Budgetary Questions,2';

describe('"the reports of the Secretary-General" after the footnoted reports (plural) of the Secretary-General', () => {
  it('A/RES/78/294 OP2: "Takes note of the reports of the Secretary-General;" is A/78/601 and A/78/722 (PP2 footnote 1)', () => {
    const found = relationsByParagraph(
      resolution('A/RES/78/294', [
        para('PP2', CONSIDERED_78_294, [
          ['1', 'A/78/601 and A/78/722.'],
          ['2', 'A/78/744/Add.6.'],
        ]),
        para('OP2', 'Takes note of the reports of the Secretary-General;'),
      ]),
    );
    expect(found.OP2).toEqual(['NOTES Document:A/78/601', 'NOTES Document:A/78/722', 'NOTES Organization:Secretary-General of the United Nations']);
  });

  it('A/RES/80/239 OP1: a corrigendum among them ("1 A/80/412, A/80/412/Corr.1 and A/80/505.")', () => {
    const found = relationsByParagraph(
      resolution('A/RES/80/239', [
        para('PP1', 'Having considered the reports of the Secretary-General on the budget performance for 2024 and the proposed budget for 2026, 1 the financial report and audited financial statements,', [
          ['1', 'A/80/412, A/80/412/Corr.1 and A/80/505.'],
        ]),
        para('OP1', 'Takes note of the reports of the Secretary-General;'),
      ]),
    );
    expect(found.OP1).toEqual(['NOTES Document:A/80/412', 'NOTES Document:A/80/412/Corr.1', 'NOTES Document:A/80/505', 'NOTES Organization:Secretary-General of the United Nations']);
  });

  it('negative: a footnote that is not symbols only leaves the bare words alone', () => {
    const found = relationsByParagraph(
      resolution('A/RES/78/294', [
        para('PP2', CONSIDERED_78_294, [
          ['1', 'A/78/601 and A/78/722; see also resolution 77/306.'],
          ['2', 'A/78/744/Add.6.'],
        ]),
        para('OP2', 'Takes note of the reports of the Secretary-General;'),
      ]),
    );
    expect(found.OP2!.filter((r) => r.includes('Document:'))).toEqual([]);
  });

  it('negative: reports still to be written are not the footnoted ones ("to be included in the reports of the Secretary-General")', () => {
    const found = relationsByParagraph(
      resolution('A/RES/78/294', [
        para('PP2', CONSIDERED_78_294, [
          ['1', 'A/78/601 and A/78/722.'],
          ['2', 'A/78/744/Add.6.'],
        ]),
        para('OP9', 'Requests that information on the matter be included in the reports of the Secretary-General;'),
      ]),
    );
    expect(found.OP9!.filter((r) => r.includes('Document:'))).toEqual([]);
  });
});
