// Misses found by the session-16 audit aud16c: A/RES/78/303 (financing of UNMIL), 78/87 and 79/111 (questions of
// Anguilla and of the Turks and Caicos Islands), 80/41 (terrorists and weapons of mass destruction), 80/206, 78/255, and
// the same forms in other texts. Each case quotes the file and paragraph named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph, extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionText } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/87', date: '2023-12-07' };
const relations = (text: string, id = 'PP1', ctx: RecognizeContext = { ...GA }): string[] =>
  extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx).relations.map(
    (r) => `${r.type} ${r.target}`,
  );

describe('"the report of the Secretary-General on <subject>" again, after a paragraph footnoted it', () => {
  const para = (id: string, text: string, notes: [string, string][] = []): ParagraphText => ({
    id,
    kind: id.startsWith('PP') ? 'preambular' : 'operative',
    text,
    footnoteRefs: notes.map(([mark, note]) => ({ mark, offset: text.lastIndexOf(` ${mark}`) + 1, footnote: { mark, text: note } })),
    subparagraphs: [],
  });
  const run = (paragraphs: ParagraphText[], symbol = 'A/RES/78/303') => {
    const r: ResolutionText = { symbol, body: 'General Assembly', date: '2024-06-28', instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] };
    return Object.fromEntries(extractResolution(r).paragraphs.map((p) => [p.paragraph.id, p.relations.map((x) => `${x.type} ${x.target}`)]));
  };
  const PP1 =
    'Having considered the report of the Secretary-General on the final performance of the United Nations Mission in Liberia 1 and the related report of the Advisory Committee on Administrative and Budgetary Questions, 2';
  const OP3 = 'Takes note of the report of the Secretary-General on the final performance of the United Nations Mission in Liberia;';

  it('A/RES/78/303 OP3: the report PP1 footnoted ("1 A/75/684.") is the one noted, not a node keyed by its subject', () => {
    const found = run([para('PP1', PP1, [['1', 'A/75/684.'], ['2', 'A/75/823.']]), para('OP3', OP3)]);
    expect(found.OP3).toContain('NOTES Document:A/75/684');
    expect(found.OP3!.filter((r) => r.startsWith('NOTES Document:report of'))).toEqual([]);
  });

  it('A/RES/78/73 OP16: "Takes note of the report ... on the operations of the United Nations Relief and Works Agency ..." after PP footnote "A/71/849."', () => {
    const pp =
      'Taking note of the report of the Secretary-General on the operations of the United Nations Relief and Works Agency for Palestine Refugees in the Near East, 4 submitted pursuant to resolution 71/93 of 6 December 2016,';
    const op =
      'Takes note of the report of the Secretary-General on the operations of the United Nations Relief and Works Agency for Palestine Refugees in the Near East and the conclusions and recommendations contained therein;';
    const found = run([para('PP5', pp, [['4', 'A/71/849.']]), para('OP16', op)], 'A/RES/78/73');
    expect(found.OP16).toContain('NOTES Document:A/71/849');
  });

  it('negative: a report on another subject stays its own', () => {
    const op = 'Takes note of the report of the Secretary-General on the final disposition of the assets of the United Nations Mission in Liberia;';
    const found = run([para('PP1', PP1, [['1', 'A/75/684.'], ['2', 'A/75/823.']]), para('OP3', op)]);
    expect(found.OP3).not.toContain('NOTES Document:A/75/684');
  });

  it('negative: two documents footnoted under the same subject leave the later bare subject unlinked', () => {
    const pp2 = 'Recalling the report of the Secretary-General on the final performance of the United Nations Mission in Liberia, 3';
    const found = run([para('PP1', PP1, [['1', 'A/75/684.'], ['2', 'A/75/823.']]), para('PP2', pp2, [['3', 'A/74/111.']]), para('OP3', OP3)]);
    expect(found.OP3).not.toContain('NOTES Document:A/75/684');
    expect(found.OP3).not.toContain('NOTES Document:A/74/111');
  });
});

describe('"the <Word> with the <body>": one capitalised word and the body it deals with are two things', () => {
  const SPECIAL = 'Organization:Special Committee (A/RES/78/87)';
  it('A/RES/78/87 PP20 (78/96, 78/98): "Recalling also the re-engagement of the Territory with the Special Committee in 2022,"', () => {
    expect(relations('Recalling also the re-engagement of the Territory with the Special Committee in 2022,')).toEqual([`RECALLS ${SPECIAL}`]);
  });

  it('A/RES/79/100 PP17 (80/91, 80/103): "Welcoming the continued engagement of the Territory with the Special Committee,"', () => {
    expect(relations('Welcoming the continued engagement of the Territory with the Special Committee,')).toEqual([`WELCOMES ${SPECIAL}`]);
  });

  it('guard: a name that goes on with "with the" after more words stays whole ("Committee on Relations with the Host Country")', () => {
    expect(relations('Recalling the report of the Committee on Relations with the Host Country,')).toContain('RECALLS Organization:Committee on Relations with the Host Country');
  });

  it('guard: "the International Day of Solidarity with the Palestinian People" stays one name', () => {
    const found = relations('Welcoming the observance of the International Day of Solidarity with the Palestinian People,');
    expect(found.some((r) => r.includes('Solidarity with the Palestinian People'))).toBe(true);
  });
});

describe('"the <organ> of the <short form>": the organ of the body the short form stands for', () => {
  const ctx80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/41', date: '2025-12-01' };
  const PP14 =
    'Recalling the Code of Conduct on the Safety and Security of Radioactive Sources, approved by the Board of Governors of the International Atomic Energy Agency on 8 September 2003, and the supplementary Guidance on the Management of Disused Radioactive Sources, approved by the Board of Governors of the Agency on 11 September 2017,';
  it('A/RES/80/41 PP14 (78/43, 79/42): "approved by the Board of Governors of the Agency" is the IAEA board named before, not a bare "Board of Governors"', () => {
    const found = relations(PP14, 'PP14', { ...ctx80 });
    expect(found).toContain('RECALLS Organization:Board of Governors of the International Atomic Energy Agency');
    expect(found).not.toContain('RECALLS Organization:Board of Governors');
  });

  it('A/RES/78/14 OP6: "the model protocol approved by the Board of Governors of the Agency" after the Agency named in full', () => {
    const text =
      'Encourages all States that have not done so to conclude additional protocols to their safeguards agreements with the International Atomic Energy Agency on the basis of the model protocol approved by the Board of Governors of the Agency on 15 May 1997;';
    expect(relations(text, 'OP6', { ...ctx80, symbol: 'A/RES/78/14' })).toContain('ENCOURAGES Organization:Board of Governors of the International Atomic Energy Agency');
  });

  it('A/RES/80/122 OP46: "encourages the Executive Board of the Fund" after "the International Monetary Fund"', () => {
    const text =
      'Welcomes the recent review of the International Monetary Fund surcharge policy, and encourages the Executive Board of the Fund to consider the appropriate charges policy;';
    expect(relations(text, 'OP46', { ...ctx80, symbol: 'A/RES/80/122' })).toContain('ENCOURAGES Organization:Executive Board of the International Monetary Fund');
  });

  it('guard: an organ of a short form that stands for nothing named before keeps its printed name (no owner made up)', () => {
    const text = 'Recalling the decision approved by the Board of Governors of the Agency on 11 September 2017,';
    const found = relations(text, 'PP1', { ...ctx80, symbol: 'A/RES/80/999' });
    expect(found.filter((r) => r.includes('Board of Governors'))).toEqual(['RECALLS Organization:Board of Governors of the Agency']);
  });
});

describe('"the importance of the <framework>, adopted ... on <day>": the framework is the one adopted that day', () => {
  const adoptedOn = (text: string, ctx: RecognizeContext): string[] =>
    extractParagraph({ id: 'PP3', kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx)
      .attributions.filter((a) => a.type === 'ADOPTED_ON')
      .map((a) => `${a.source} -> ${a.target}`);

  it('A/RES/78/277 PP3 (79/321): "Recognizing the importance of the Declaration and Programme of Action on a Culture of Peace, adopted by the General Assembly on 13 September 1999"', () => {
    const text = 'Recognizing the importance of the Declaration and Programme of Action on a Culture of Peace, adopted by the General Assembly on 13 September 1999,';
    expect(adoptedOn(text, { ...GA, symbol: 'A/RES/78/277' })).toEqual(['Framework:Declaration and Programme of Action on a Culture of Peace -> Date:1999-09-13']);
  });

  it('A/RES/78/236 PP13 (80/170): "Bearing in mind the provisions of the Vienna Convention on the Law of Treaties, adopted on 22 May 1969"', () => {
    const text = 'Bearing in mind the provisions of the Vienna Convention on the Law of Treaties, adopted on 22 May 1969,';
    expect(adoptedOn(text, { ...GA, symbol: 'A/RES/78/236' })).toEqual(['Framework:Vienna Convention on the Law of Treaties -> Date:1969-05-22']);
  });

  it('guard A/RES/78/182 PP8: "the political declaration on the implementation of the United Nations Global Plan of Action ..., adopted at the high-level meeting ... on 27 and 28 September 2017" is not the Plan\'s day', () => {
    const text =
      'Reaffirming the political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons, adopted at the high-level meeting of the General Assembly held in New York on 27 and 28 September 2017,';
    expect(adoptedOn(text, { ...GA, symbol: 'A/RES/78/182' }).filter((r) => r.includes('Global Plan of Action'))).toEqual([]);
  });

  it('guard A/RES/78/218: "the political declaration ... on the midterm review of the Sendai Framework ..., adopted on 18 May 2023" dates the declaration, not the Framework', () => {
    const text = 'Recalling the political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030, adopted on 18 May 2023,';
    expect(adoptedOn(text, { ...GA, symbol: 'A/RES/78/218' }).filter((r) => r.startsWith('Framework:Sendai Framework'))).toEqual([]);
  });
});

describe('"the holding (convening, hosting) by <agent> of <events>": the agent organized (hosted) each event of the list', () => {
  const attrs = (text: string, type: string, ctx: RecognizeContext, id = 'PP13'): string[] =>
    extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx)
      .attributions.filter((a) => a.type === type)
      .map((a) => `${a.source} -> ${a.target}`);
  const ctx80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/41', date: '2025-12-01' };
  const IAEA = 'Organization:International Atomic Energy Agency';

  it('A/RES/80/41 PP13 (78/43, 79/42): the four International Conferences on Nuclear Security held by the IAEA', () => {
    const text =
      'Taking note of the holding by the International Atomic Energy Agency of the fourth International Conference on Nuclear Security: Shaping the Future, in Vienna in May 2024, the third International Conference on Nuclear Security: Sustaining and Strengthening Efforts, in Vienna in February 2020, the second International Conference on Nuclear Security: Commitments and Actions, in Vienna in December 2016, and the first International Conference on Nuclear Security: Enhancing Global Efforts, in Vienna in July 2013, and the relevant resolutions adopted by the General Conference of the Agency at its sixty-ninth regular session,';
    const found = attrs(text, 'ORGANIZES', ctx80);
    // (each keyed by its subtitle since aud54e: one node with the same sitting printed without its ordinal, A/RES/79/55 PP15)
    for (const n of ['Shaping the Future @ 2024', 'Sustaining and Strengthening Efforts @ 2020', 'Commitments and Actions @ 2016', 'Enhancing Global Efforts @ 2013'])
      expect(found).toContain(`${IAEA} -> Event:International Conference on Nuclear Security: ${n}`);
  });

  it('A/RES/80/113 PP: "the hosting by the Government of Switzerland of the eighth session of the Global Platform for Disaster Risk Reduction"', () => {
    const text =
      'Noting with appreciation the hosting by the Government of Switzerland of the eighth session of the Global Platform for Disaster Risk Reduction, held in Geneva from 2 to 6 June 2025,';
    expect(attrs(text, 'HOSTS', { ...ctx80, symbol: 'A/RES/80/113' })).toContain('Place:Switzerland -> Event:eighth session of the Global Platform for Disaster Risk Reduction');
  });

  it('A/RES/78/69 OP107: "Approves the convening by the Secretary-General of the sixtieth, sixty-first and sixty-second sessions of the Commission"', () => {
    const text =
      'Approves the convening by the Secretary-General of the sixtieth, sixty-first and sixty-second sessions of the Commission on the Limits of the Continental Shelf, in New York, from 22 January to 8 March 2024, from 8 July to 23 August 2024 and from 7 October to 22 November 2024, respectively, with full conference services;';
    const found = attrs(text, 'ORGANIZES', { ...ctx80, symbol: 'A/RES/78/69' }, 'OP107');
    for (const n of ['sixtieth', 'sixty-first', 'sixty-second'])
      expect(found).toContain(`Organization:Secretary-General of the United Nations -> Event:${n} session of the Commission on the Limits of the Continental Shelf`);
  });

  it('guard: the list ends at another body named between the events ("and the work of the Commission ... at its nineteenth session")', () => {
    const text =
      'Taking note of the holding by the International Atomic Energy Agency of the fourth International Conference on Nuclear Security, in Vienna in May 2024, and the work of the Commission on Sustainable Development at its nineteenth session,';
    const found = attrs(text, 'ORGANIZES', ctx80);
    expect(found).toContain(`${IAEA} -> Event:International Conference on Nuclear Security: Shaping the Future @ 2024`);
    expect(found.filter((r) => r.startsWith(IAEA) && r.includes('nineteenth session'))).toEqual([]);
  });

  it('guard: another noun before "by" ("the support by the Agency of the ...") names no organizer', () => {
    const text = 'Welcoming the support by the International Atomic Energy Agency of the fourth International Conference on Nuclear Security, in Vienna in May 2024,';
    expect(attrs(text, 'ORGANIZES', ctx80).filter((r) => r.startsWith(IAEA))).toEqual([]);
  });
});
