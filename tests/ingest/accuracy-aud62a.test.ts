// Session-62 audit aud62a: residuals of the first reading of A/RES/79/228 (Towards global partnerships, Second Committee). Each
// case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/228', '2024-12-19'), kind: 'operative' });
const GLOBAL_COMPACT = 'Initiative:United Nations Global Compact';
const MIGRATION_COMPACT = 'Framework:Global Compact for Safe, Orderly and Regular Migration';

describe('item 1: "the Global Compact" after "the United Nations Global Compact" is the business initiative', () => {
  const OP29 =
    'Welcomes the efforts of the United Nations Global Compact to engage Member States in its work through the United Nations Global Compact Government Group and the United Nations Global Compact Group of Friends as two important channels for Governments to engage on issues related to corporate sustainability, responsible business practices and public-private partnerships for advancing the 2030 Agenda, and in that regard encourages Member States to further engage with the Global Compact through those channels;';

  it('A/RES/79/228 OP29: "encourages Member States to further engage with the Global Compact through those channels"', () => {
    const rel = relations(OP29);
    expect(rel).toContain(`WELCOMES ${GLOBAL_COMPACT}`);
    expect(rel).toContain(`ENCOURAGES ${GLOBAL_COMPACT}`);
  });

  it('A/RES/79/228 OP29 with the initiative named in an earlier paragraph only (PP13, the text\'s first mention)', () => {
    const byId = relationsById(
      gaResolution('A/RES/79/228', '2024-12-19', [
        notedParagraph('PP1', 'Recalling the principles of the United Nations Global Compact,'),
        notedParagraph('OP1', 'Encourages Member States to further engage with the Global Compact through those channels;'),
      ]),
    );
    expect(byId['OP1']).toEqual([`ENCOURAGES ${GLOBAL_COMPACT}`]);
  });

  it('guard: A/RES/78/217 PP7-PP8: "the Global Compact" after the migration compact stays the migration Framework', () => {
    const byId = relationsById(
      gaResolution('A/RES/78/217', '2023-12-19', [
        notedParagraph(
          'PP7',
          'Recalling also the Global Compact for Safe, Orderly and Regular Migration, adopted at the Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration, held in Marrakech, Morocco, on 10 and 11 December 2018, and endorsed by the General Assembly in its resolution 73/195 of 19 December 2018,',
        ),
        notedParagraph(
          'PP8',
          'Recalling further that the Global Compact is based on a set of cross-cutting and interdependent guiding principles: people-centred, international cooperation, national sovereignty, rule of law and due process,',
        ),
      ]),
    );
    expect(byId['PP8']).toEqual([`RECALLS ${MIGRATION_COMPACT}`]);
  });

  it('guard: "the Global Compact on Refugees" printed alone is its own Framework, not the business initiative', () => {
    const rel = relations(
      'Welcomes the efforts of the United Nations Global Compact, and calls upon States to implement the Global Compact on Refugees;',
    );
    expect(rel).toContain('CALLS_UPON Framework:Global Compact on Refugees');
    expect(rel.filter((r) => r.startsWith('CALLS_UPON') && r.endsWith(GLOBAL_COMPACT))).toEqual([]);
  });
});

describe('item 2: a known body, a lower-case "strategy" and its period name a Framework, whose years are no dates', () => {
  const OP31 =
    'Recalls that multilateralism is not an option but a necessity, and calls for an enabling environment for partnerships that are aligned with the 2030 Agenda, in particular with regard to adherence by the private sector to the 10 principles of the United Nations Global Compact, and in addition, inter alia, promotion of investment in quality, reliable, sustainable and resilient infrastructure and decent job creation, as well as aiming for the reduction of greenhouse gas emissions and negative biodiversity impacts, and for support for the implementation of the United Nations Global Compact strategy 2024\u20132025, including the United Nations Global Compact Africa Strategy 2024\u20132025 and the United Nations Global Compact sustainable supply chain and small and medium-sized enterprises programme, which are aimed at raising ambition and achieving stronger private sector engagement, accountability and partnerships, in support of a sustainable, resilient and inclusive recovery from COVID-19;';

  it('A/RES/79/228 OP31: "the United Nations Global Compact strategy 2024–2025, including the ... Africa Strategy 2024–2025"', () => {
    const x = oneParagraph({ ctx: ctxOf('A/RES/79/228', '2024-12-19'), kind: 'operative' });
    const rel = x.relations(OP31);
    expect(rel).toContain('CALLS_UPON Framework:United Nations Global Compact strategy 2024-2025');
    expect(rel).toContain('CALLS_UPON Framework:United Nations Global Compact Africa Strategy 2024-2025');
    expect(rel).toContain(`CALLS_UPON ${GLOBAL_COMPACT}`);
    expect(x.keys(OP31, 'Date:')).toEqual([]);
  });

  it('guard: "the UNESCO strategy for youth": no period, no strategy named (the body keeps the verb)', () => {
    expect(relations('Welcomes the UNESCO strategy for youth;')).toEqual(['WELCOMES Organization:United Nations Educational, Scientific and Cultural Organization']);
  });

  it('guard: A/RES/79/194 PP24 "the United Nations Development Programme Digital Strategy 2022–2025": the capitalised name as before', () => {
    const x = oneParagraph({ ctx: ctxOf('A/RES/79/194', '2024-12-19'), kind: 'preambular' });
    const text =
      'Taking note of the United Nations Development Programme Digital Strategy 2022\u20132025, which seeks to assist countries, upon their request, in their efforts towards digital transformation through the creation of inclusive and resilient digital ecosystems,';
    expect(x.relations(text)).toEqual(['NOTES Framework:United Nations Development Programme Digital Strategy 2022-2025']);
  });
});
