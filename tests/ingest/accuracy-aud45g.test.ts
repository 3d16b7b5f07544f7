// Session-45 audit aud45g: formats and endorsements left open by session 44. Audited: A/RES/80/3 (railcar Markdown) annex
// paragraphs 1-2, A/RES/73/6 (pypdf text) OP1's repeated footnote number, footnote marks left after ";" in paragraph text
// (every format of /work/shared/corpus), and the endorsement forms with no edge in corpus-ga. Fixed: a declaration paragraph
// whose number (and the words before it) a page break lost is cut from the paragraph it ran into when the numbers skip it; a
// repeated spaced footnote number after a name one word longer than the name its first mark followed ("Sustainable Development
// Goals 2" after "the 2030 Agenda for Sustainable Development, 2"); "the declarations adopted by the first and second <sittings>,
// entitled “A” and “B”, respectively" (titles read, each sitting ADOPTED its own, each resolution listed ENDORSES it); "adopted /
// endorsed by the Heads of State and Government of <group> at the <sitting>" (the sitting); the WSIS texts "adopted by the Summit
// ..., and endorsed by the General Assembly,7" with "7 See resolution 59/220." (the note's resolution ENDORSES them). Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText, extractResolution, segmentResolutions } from '../../ingest/index.js';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext, ResolutionExtraction, SourceText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

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

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/128', date: '2023-12-05' };
const { attributions, relations } = oneParagraph({ ctx: GA78, kind: 'preambular' });

describe('"the declarations adopted by the first and second <sittings> ..., entitled “A” and “B”, respectively"', () => {
  const PP8 =
    'Recalling further its resolutions 71/312 of 6 July 2017 and 76/296 of 21 July 2022 in which it endorsed the declarations adopted by the first and second United Nations Conferences to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development, entitled “Our ocean, our future: call for action” and “Our ocean, our future, our responsibility”, respectively, and in this regard reaffirming the important role of the declarations in demonstrating the collective will to take action,';
  const CALL = 'Framework:Our ocean, our future: call for action';
  const RESPONSIBILITY = 'Framework:Our ocean, our future, our responsibility';

  it('A/RES/78/128 PP8: both titles are recalled; the 2017 Conference ADOPTED the first, the 2022 one the second; 71/312 and 76/296 ENDORSE them in that order', () => {
    expect(relations(PP8)).toEqual(expect.arrayContaining([`RECALLS ${CALL}`, `RECALLS ${RESPONSIBILITY}`]));
    const atts = attributions(PP8);
    expect(atts).toEqual(
      expect.arrayContaining([
        `ADOPTED Event:United Nations Ocean Conference @ 2017 -> ${CALL}`,
        `ADOPTED Event:United Nations Ocean Conference @ 2022 -> ${RESPONSIBILITY}`,
        `ENDORSES Resolution:A/RES/71/312 -> ${CALL}`,
        `ENDORSES Resolution:A/RES/76/296 -> ${RESPONSIBILITY}`,
      ]),
    );
    expect(atts).not.toContain(`ADOPTED Event:United Nations Ocean Conference @ 2017 -> ${RESPONSIBILITY}`);
    expect(atts).not.toContain(`ENDORSES Resolution:A/RES/71/312 -> ${RESPONSIBILITY}`);
  });

  it('guard: A/RES/78/155 PP13, the same words with no titles ("..., demonstrating the collective will"): no adoption or endorsement read', () => {
    const text =
      'Recalling also its resolutions 71/312 of 6 July 2017 and 76/296 of 21 July 2022, in which it endorsed the declarations adopted by the first and second United Nations Conferences to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development, demonstrating the collective will to take action to conserve and sustainably use our oceans, seas and marine resources for sustainable development,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED') || a.startsWith('ENDORSES'))).toEqual([]);
  });

  it('guard: two titles but three sittings (the lists differ in length): no pairing', () => {
    const text =
      'Recalling its resolutions 71/312 of 6 July 2017 and 76/296 of 21 July 2022, in which it endorsed the declarations adopted by the first, second and third United Nations Conferences to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development, entitled “Our ocean, our future: call for action” and “Our ocean, our future, our responsibility”, respectively,';
    expect(attributions(text).filter((a) => a.startsWith('ENDORSES'))).toEqual([]);
  });
});

describe('"adopted / endorsed by the Heads of State and Government of <group> at the <sitting>": the sitting', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/331', date: '2025-09-08' };
  const SUMMIT = 'Event:Seventeenth Summit of la Francophonie';

  it('A/RES/79/331 OP51: "refers to the Yerevan Call on Living Together, endorsed by the Heads of State and Government of countries using French as a common language at the seventeenth Summit of la Francophonie": the Summit ENDORSES the Call', () => {
    const text =
      'Expresses its gratitude to the International Organization of la Francophonie for the steps it has taken in recent years to promote cultural and linguistic diversity and dialogue between cultures and civilizations, refers to the Yerevan Call on Living Together, endorsed by the Heads of State and Government of countries using French as a common language at the seventeenth Summit of la Francophonie as a document to set forth the principles of living together for the francophone countries;';
    const atts = attributions(text, 'operative', { ...ctx });
    expect(atts).toContain(`ENDORSES ${SUMMIT} -> Framework:Yerevan Call on Living Together`);
    expect(atts.filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('A/RES/79/331 OP2: "the Yerevan Declaration adopted by the Heads of State and Government of countries using French as a common language at the seventeenth Summit of la Francophonie": the Summit ADOPTED it', () => {
    const text =
      'Notes with satisfaction, in accordance with the Yerevan Declaration adopted by the Heads of State and Government of countries using French as a common language at the seventeenth Summit of la Francophonie, the active participation of the International Organization of la Francophonie in the work of the United Nations;';
    expect(attributions(text, 'operative', { ...ctx })).toContain(`ADOPTED ${SUMMIT} -> Framework:Yerevan Declaration`);
  });

  it('guard: the long gap allowed only for the leaders: "adopted, after lengthy consultations among the members of several regional groups, at the seventeenth Summit" is no adoption read', () => {
    const text =
      'Notes with satisfaction the Yerevan Declaration adopted after lengthy consultations among the members of several regional groups and their partners at the seventeenth Summit of la Francophonie;';
    expect(attributions(text, 'operative', { ...ctx }).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('WSIS texts "adopted by the Summit ..., and endorsed by the General Assembly" with the resolution in the note', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/118', date: '2025-12-15' };
  const PP9 =
    'Recalling the Declaration of Principles and the Plan of Action adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003,6 and endorsed by the General Assembly,7 and the Tunis Commitment and the Tunis Agenda for the Information Society adopted by the Summit at its second phase, held in Tunis from 16 to 18 November 2005,8 and endorsed by the Assembly,9';
  const notes: Record<string, string> = { '6': 'See A/C.2/59/3, annex.', '7': 'See resolution 59/220.', '8': 'See A/60/687.', '9': 'See resolution 60/252.' };
  const withNotes = (text: string, byMark: Record<string, string> = notes) => {
    const refs = Object.entries(byMark).map(([mark, note]) => {
      const offset = text.indexOf(`,${mark}`) + 1;
      return { mark, offset, footnote: { mark, text: note } };
    });
    return extractParagraph({ id: 'PP9', kind: 'preambular', text, footnoteRefs: refs, subparagraphs: [] }, { ...ctx }).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
  };

  it('A/RES/80/118 PP9 (78/132, 79/194, 79/277): 59/220 ENDORSES the Geneva texts, 60/252 the Tunis texts; the Summit ADOPTED them', () => {
    const atts = withNotes(PP9);
    expect(atts).toEqual(
      expect.arrayContaining([
        'ENDORSES Resolution:A/RES/59/220 -> Framework:Geneva Declaration of Principles',
        'ENDORSES Resolution:A/RES/59/220 -> Framework:Geneva Plan of Action',
        'ENDORSES Resolution:A/RES/60/252 -> Framework:Tunis Commitment',
        'ENDORSES Resolution:A/RES/60/252 -> Framework:Tunis Agenda for the Information Society',
        'ADOPTED Event:World Summit on the Information Society -> Framework:Tunis Agenda for the Information Society',
      ]),
    );
    expect(atts).not.toContain('ENDORSES Resolution:A/RES/60/252 -> Framework:Geneva Plan of Action');
    expect(atts.filter((a) => a.startsWith('ADOPTED Resolution:'))).toEqual([]);
  });

  it('guard: a note after "and endorsed by the General Assembly" that cites no resolution alone ("See A/C.2/59/3 and resolution 59/220, para. 3.") makes no endorsement', () => {
    const atts = withNotes(PP9, { ...notes, '7': 'See A/C.2/59/3 and resolution 59/220, para. 3.' });
    expect(atts.filter((a) => a.startsWith('ENDORSES Resolution:A/RES/59/220'))).toEqual([]);
    expect(atts).toContain('ENDORSES Resolution:A/RES/60/252 -> Framework:Tunis Commitment');
  });
});

describe('a text known by its note\'s symbol, "as endorsed in resolution N" after the mark', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/153', date: '2023-12-19' };
  const withNote = (text: string, mark: string, note: string) =>
    extractParagraph(
      { id: 'OP38', kind: 'operative', text, footnoteRefs: [{ mark, offset: text.indexOf(`,${mark}`) + 1, footnote: { mark, text: note } }], subparagraphs: [] },
      { ...ctx },
    ).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

  it('A/RES/78/153 OP38 (79/206 OP41, 80/138 OP42): "the action plan ... submitted by the Secretary-General,43 as endorsed in resolution 72/219" with "43 A/72/82.": 72/219 ENDORSES A/72/82', () => {
    const text =
      'Recalls the action plan for integrating sustainable development practices into Secretariat-wide operations and facilities management submitted by the Secretary-General,43 as endorsed in resolution 72/219;';
    expect(withNote(text, '43', 'A/72/82.')).toContain('ENDORSES Resolution:A/RES/72/219 -> Document:A/72/82');
  });

  it('guard: a note naming a resolution, not a document ("43 Resolution 70/1."): the note is no endorsed text (the framework named before the mark is)', () => {
    const text = 'Recalls the 2030 Agenda for Sustainable Development,43 as endorsed in resolution 72/219;';
    const endorsed = withNote(text, '43', 'Resolution 70/1.').filter((a) => a.startsWith('ENDORSES'));
    expect(endorsed).toEqual(['ENDORSES Resolution:A/RES/72/219 -> Framework:2030 Agenda for Sustainable Development']);
  });
});
