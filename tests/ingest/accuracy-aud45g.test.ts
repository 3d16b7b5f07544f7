// Session-45 audit aud45g: formats and endorsements left open by session 44. Audited: A/RES/80/3 (railcar Markdown) annex
// paragraphs 1-2, A/RES/73/6 (pypdf text) OP1's repeated footnote number, footnote marks left after ";" in paragraph text
// (every format of /work/shared/corpus), and the endorsement forms with no edge in corpus-ga. Fixed: a declaration paragraph
// whose number (and the words before it) a page break lost is cut from the paragraph it ran into when the numbers skip it; a
// repeated spaced footnote number after a name one word longer than the name its first mark followed ("Sustainable Development
// Goals 2" after "the 2030 Agenda for Sustainable Development, 2"). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText, extractResolution, segmentResolutions } from '../../ingest/index.js';
import type { ResolutionExtraction, SourceText } from '../../ingest/models.js';

const extract = (src: SourceText): ResolutionExtraction => extractResolution(segmentResolutions(cleanText(src), src)[0]!);
const idsAndOpenings = (ex: ResolutionExtraction): string[] => ex.paragraphs.map((p) => `${p.paragraph.id} ${p.paragraph.text.split(' ').slice(0, 3).join(' ')}`);

describe('a declaration paragraph whose number a page break lost, run into the paragraph before', () => {
  /** A/RES/80/3 as the railcar export prints it: front matter split off, the annex's paragraph 2 glued to paragraph 1 */
  const railcar = (annex: string): SourceText => ({
    file: 'A_RES_80_3.railcar.txt',
    format: 'markdown',
    meta: { symbol: 'A/RES/80/3', title: 'Awaza Political Declaration :', date: '2025-10-15' },
    text: `United Nations

General Assembly Distr.: General 15 October 2025

Eightieth session Agenda item 13

Resolution adopted by the General Assembly on 14 October 2025

[without reference to a Main Committee (A/80/L.4)]

80/3. Awaza Political Declaration

The General Assembly,

Recalling its resolutions 76/217 of 17 December 2021 and 79/279 of 11 April 2025 on the convening of the Third United Nations Conference on Landlocked Developing Countries,

1. Endorses the political declaration adopted by the Third United Nations Conference on Landlocked Developing Countries, which is contained in the annex to the present resolution;

18th plenary meeting 14 October 2025

Annex

${annex}
`,
  });
  const PARA_1 =
    '1. We, the Heads of State and Government and high-level representatives, met in Awaza, Turkmenistan, from 5 to 8 August 2025 at the Third United Nations Conference on Landlocked Developing Countries, with the participation of representatives of intergovernmental and non‑governmental organizations, the private sector, civil society, academia and other stakeholders, under the theme “Driving progress through\n\npartnerships” with the objective of advancing the development agenda of the ';
  const PARA_2 =
    'We welcome the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034 adopted by the General Assembly on 24 December 2024, which builds on the progress achieved under the Almaty Programme of Action and provides a renewed and action- oriented framework to support the efforts of landlocked developing countries in achieving sustainable development.';
  const SECTION_3 =
    'I.\nGlobal context and shared commitments 3. We gather at a critical juncture marked by overlapping global challenges, including geopolitical tensions and conflicts, food and energy crises.';
  const AWAZA = 'Framework:Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024-2034';

  it('A/RES/80/3 (railcar) annex 1-2: "... the development agenda of the We welcome the Awaza Programme of Action ...", then "3. We gather": paragraph 2 is its own, WELCOMES the Programme there', () => {
    const ex = extract(railcar(`${PARA_1}${PARA_2}\n\n${SECTION_3}\n`));
    expect(idsAndOpenings(ex).filter((x) => x.startsWith('Annex'))).toEqual(['Annex.OP1 We, the Heads', 'Annex.OP2 We welcome the', 'Annex.OP3 We gather at']);
    const op1 = ex.paragraphs.find((p) => p.paragraph.id === 'Annex.OP1')!;
    expect(op1.paragraph.text.endsWith('the development agenda of the')).toBe(true);
    const op2 = ex.paragraphs.find((p) => p.paragraph.id === 'Annex.OP2')!;
    expect(op2.relations.map((r) => `${r.type} ${r.target}`)).toContain(`WELCOMES ${AWAZA}`);
  });

  it('guard: the numbers run on (paragraph 2 printed with its number): no cut inside paragraph 1', () => {
    const ex = extract(railcar(`${PARA_1}landlocked developing countries.\n\n2. ${PARA_2}\n\n3. We gather at a critical juncture.\n`));
    expect(idsAndOpenings(ex).filter((x) => x.startsWith('Annex'))).toEqual(['Annex.OP1 We, the Heads', 'Annex.OP2 We welcome the', 'Annex.OP3 We gather at']);
    expect(ex.paragraphs.find((p) => p.paragraph.id === 'Annex.OP1')!.paragraph.text.endsWith('landlocked developing countries.')).toBe(true);
  });

  it('guard: a skipped number with no "We <verb>" opening inside the paragraph before leaves it whole (no lost paragraph to find)', () => {
    const ex = extract(railcar(`${PARA_1}landlocked developing countries, in line with the Vienna Programme of Action.\n\n3. We gather at a critical juncture.\n`));
    const ids = idsAndOpenings(ex).filter((x) => x.startsWith('Annex'));
    expect(ids).toEqual(['Annex.OP1 We, the Heads', 'Annex.OP3 We gather at']);
  });
});

describe('a repeated spaced footnote number after the name of a text the footnote adopted', () => {
  /** A/RES/73/6 as pypdf prints it: footnote 2 under PP5's page, its number repeated in OP1 pages later */
  const PYPDF = `United Nations  A/RES/73/6
General Assembly  Distr.: General
2 November 2018
Seventy -third session
Agenda item 28
Resolution adopted by the General Assembly on 26 October 2018
[without reference to a Main Committee (A/73/L.9 and A/73/L.9/Add.1)]
73/6. Fiftieth anniversary of the first United Nations Conference on the Exploration and Peaceful Uses of Outer Space: space as a driver of sustainable development
 The General Assembly,
 Convinced  that the fulfilment of the 2030 Agenda for Sustainable Development, 2 of the
Sendai Framework for Disaster Risk Reduction 2015–2030 3 requires stronger coordination,
__________________
 2  Resolution 70/1 .
 3  Resolution 69/283 , annex II.  
 A/RES/73/6 
 
3/5 18-17962 
 
 1. Notes with appreciation  that the high-level segment of UNISPACE+50 resulted in
documents in which space is seen as a major driver of and contributor to the achievement
of the Sustainable Development Goals 2 for the benefit of all countries;
 2. Notes that some 2 delegations spoke;
30th plenary meeting
26 October 2018
`;
  const ex = extract({ file: 'A_RES_73_6.pdftext.txt', format: 'pdftext', text: PYPDF });
  const footnotesOf = (id: string): string[] => ex.paragraphs.find((p) => p.paragraph.id === id)!.paragraph.footnoteRefs.map((r) => r.footnote?.text ?? '');

  it('A/RES/73/6 OP1: "the achievement of the Sustainable Development Goals 2 for the benefit of all countries" cites footnote 2 "Resolution 70/1" (printed under PP5, after "the 2030 Agenda for Sustainable Development, 2")', () => {
    expect(footnotesOf('OP1')).toEqual(['Resolution 70/1 .']);
    const op1 = ex.paragraphs.find((p) => p.paragraph.id === 'OP1')!;
    expect(op1.relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Resolution:A/RES/70/1');
  });

  it('guard: a count "some 2 delegations" after no name of the first mark takes no footnote (A/RES/73/6 OP2 form)', () => {
    expect(footnotesOf('OP2')).toEqual([]);
  });
});
