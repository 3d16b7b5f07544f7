// Session-46 audit aud46a: a random sample of corpus-ga annotated like the scorer before looking at the output (gold in
// /tmp/lead/aud46a-gold: A/RES/79/318, 80/161, 80/46, 80/132, all paragraphs). Fixed: "the Day" printed alone refers back to
// the day named last ("World Sustainable Transport Day ... the observance of the Day", 80/132 OP13; 79/313 PP33); "the Decade"
// is the decade the resolution's title names even after another one is named in passing (80/132 OP10 -> OP13); a committee
// named before " of the <body>" is that body's (PART_OF: "the Inland Transport Committee of the Economic Commission for Europe",
// 80/132 OP1; the Maritime Safety Committee of the IMO, the Fifth Committee of the General Assembly); a numbered conference's
// name printed without its ordinal ("the Conference of States Parties to the Arms Trade Treaty", 80/46 OP3, 79/52 OP3) is the
// conference of every edition, not the edition named last. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/132', date: '2025-12-15' };
const { relations, attributions } = oneParagraph({ ctx: GA80, kind: 'operative' });

const TRANSPORT_DECADE = 'Event:Decade of Sustainable Transport';
const ROAD_SAFETY_DECADE = 'Event:Second Decade of Action for Road Safety';
const ATT_CSP = 'Event:Conference of States Parties to the Arms Trade Treaty';

const P80_132_OP10 =
  'Underlines the importance of safety across all modes of transport, and calls for enhanced coordination and synergies with the Second Decade of Action for Road Safety 2021–2030;';
const P80_132_OP13 =
  'Recalls its resolution 77/286, by which it declared 26 November as World Sustainable Transport Day, and encourages Member States, the United Nations system, regional commissions and all relevant stakeholders to utilize the observance of the Day as a platform for regular review and visibility of progress under the Decade, including through voluntary commitments, and good practices contributing to the implementation plan of the Decade;';
const P80_132_PP9 =
  'Recognizing also the growing role of artificial intelligence and other emerging digital technologies in transforming transport systems worldwide and enhancing safety, accessibility, efficiency and environmental sustainability in support of the implementation of the Decade,';
const P80_132_PP1 =
  'Recalling the proclamation, in its resolution 78/148 of 19 December 2023, within existing structures and available resources, of the period 2026–2035 as the United Nations Decade of Sustainable Transport,';

describe('"the Day" printed alone: the day named last', () => {
  it('A/RES/80/132 OP13: "declared 26 November as World Sustainable Transport Day, and encourages ... to utilize the observance of the Day": ENCOURAGES the Day', () => {
    expect(relations(P80_132_OP13)).toContain('ENCOURAGES Event:World Sustainable Transport Day');
  });

  it('guard: A/RES/78/245 OP "concerning Yom Kippur, the Day of Vesak, Diwali" after a day was named: the Day of Vesak is a name of its own', () => {
    const ctx: RecognizeContext = { ...GA80, symbol: 'A/RES/78/245' };
    relations('Welcomes the observance of World Wildlife Day;', 'operative', ctx);
    const rel = relations('Recalls its resolution 69/250 of 29 December 2014, concerning Yom Kippur, the Day of Vesak, Diwali, Gurpurab, Orthodox Christmas and Nowruz;', 'operative', ctx);
    expect(rel).toContain('RECALLS Event:Day of Vesak');
    expect(rel).not.toContain('RECALLS Event:World Wildlife Day');
  });
});

describe('"the Decade" is the decade the title names', () => {
  it('A/RES/80/132 PP1, OP10, OP13 (titled "United Nations Decade of Sustainable Transport 2026–2035"): "progress under the Decade" after the Road Safety decade is the transport decade', () => {
    const ctx: RecognizeContext = { ...GA80, title: 'United Nations Decade of Sustainable Transport 2026–2035' };
    relations(P80_132_PP1, 'preambular', ctx);
    expect(relations(P80_132_OP10, 'operative', ctx)).toContain(`CALLS_UPON ${ROAD_SAFETY_DECADE}`);
    const rel = relations(P80_132_OP13, 'operative', ctx);
    expect(rel).toContain(`ENCOURAGES ${TRANSPORT_DECADE}`);
    expect(rel).not.toContain(`ENCOURAGES ${ROAD_SAFETY_DECADE}`);
  });

  it('guard: the same paragraphs under a title that names no decade: "the Decade" is the one named last', () => {
    const ctx: RecognizeContext = { ...GA80, title: 'Sustainable transport' };
    relations(P80_132_PP1, 'preambular', ctx);
    relations(P80_132_OP10, 'operative', ctx);
    expect(relations(P80_132_OP13, 'operative', ctx)).toContain(`ENCOURAGES ${ROAD_SAFETY_DECADE}`);
  });

  it('guard: under the title, before any other decade is named, "the Decade" is the titled one (A/RES/80/132 PP9)', () => {
    const ctx: RecognizeContext = { ...GA80, title: 'United Nations Decade of Sustainable Transport 2026–2035' };
    relations(P80_132_PP1, 'preambular', ctx);
    expect(relations(P80_132_PP9, 'preambular', ctx)).toEqual([`RECOGNIZES ${TRANSPORT_DECADE}`]);
  });
});

describe('a committee named before " of the <body>" is that body\'s', () => {
  it('A/RES/80/132 OP1: "such as the Inland Transport Committee of the Economic Commission for Europe": PART_OF the Commission', () => {
    const text =
      'Welcomes the official launch of the United Nations Decade of Sustainable Transport 2026–2035 at United Nations Headquarters in New York, on 10 December 2025, as well as the commencement of the implementation plan for the Decade, developed by the Department of Economic and Social Affairs of the Secretariat, in collaboration with the United Nations regional commissions, through extensive consultations conducted in 2024 and 2025 with Member States and specialized agencies, funds, programmes and bodies of the United Nations, such as the Inland Transport Committee of the Economic Commission for Europe, as well as other intergovernmental organizations, including the International Maritime Organization and the International Civil Aviation Organization;';
    const att = attributions(text);
    expect(att).toContain('PART_OF Organization:Inland Transport Committee -> Organization:Economic Commission for Europe');
    expect(att).toContain('PART_OF Organization:Department of Economic and Social Affairs -> Organization:Secretariat of the United Nations');
    expect(relations(text)).toContain('WELCOMES Organization:Economic Commission for Europe');
  });

  it('A/RES/80/234 PP6: "the Fifth Committee of the General Assembly": PART_OF the Assembly', () => {
    const ctx: RecognizeContext = { ...GA80, symbol: 'A/RES/80/234' };
    expect(attributions('Recalling the role of the Fifth Committee of the General Assembly in administrative and budgetary matters,', 'preambular', ctx)).toContain(
      'PART_OF Organization:Fifth Committee -> Organization:General Assembly',
    );
  });

  it('guard: "the International Committee of the Red Cross" is one name, no committee of another body', () => {
    const att = attributions('Welcomes the work of the International Committee of the Red Cross in this regard;');
    expect(att.filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('a numbered conference\'s name printed without its ordinal: the conference of every edition', () => {
  const GA80_46: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/46', date: '2025-12-01' };
  const P80_46_OP1 =
    'Welcomes the decisions taken by the Eleventh Conference of States Parties to the Arms Trade Treaty, held in person with a livestreaming option from 25 to 29 August 2025, which included a discussion on universalization as a priority theme for the Conference, and notes that the Twelfth Conference of States Parties will be held in Geneva from 24 to 28 August 2026;';

  it('A/RES/80/46 OP3 (79/52 OP3): "the cumulative body of decisions adopted by the Conference of States Parties to the Arms Trade Treaty" after the Eleventh and Twelfth Conferences: that conference, not the edition named last', () => {
    const ctx: RecognizeContext = { ...GA80_46 };
    relations(P80_46_OP1, 'operative', ctx);
    const rel = relations(
      'Recognizes the cumulative body of decisions adopted by the Conference of States Parties to the Arms Trade Treaty, which have progressively strengthened the Treaty’s contributions to international peace and security, human rights and humanitarian dimensions, and encourages States Parties and other stakeholders to continue discussions on how relevant developments on human rights and international humanitarian law instruments apply in the context of the Treaty, as appropriate;',
      'operative',
      ctx,
    );
    expect(rel).toContain(`RECOGNIZES ${ATT_CSP}`);
    expect(rel.filter((r) => r.includes('Twelfth') || r.includes('Eleventh'))).toEqual([]);
  });

  it('guard: "the Conference" printed bare after OP1 is still the edition named last', () => {
    const ctx: RecognizeContext = { ...GA80_46 };
    relations(P80_46_OP1, 'operative', ctx);
    expect(relations('Requests the Conference to consider the matter;', 'operative', ctx)).toEqual(['REQUESTS Event:Twelfth Conference of States Parties to the Arms Trade Treaty']);
  });
});
