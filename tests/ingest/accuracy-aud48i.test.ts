// Session-48 audit aud48i: residual faults in documents and adoption the annotation helpers reported (aud48b-c), each case
// quoting its file and paragraph, each with a guard:
// - a body's interim report, cited without its title ("the two-level structure outlined in the interim report of the
//   High-level Panel on ...", A/RES/78/322 PP7, 78/232 OP10): a Document of its own, as its final report already is.
// - "takes note of its final report" (A/RES/78/322 OP1, 78/265 PP5): the report of the body named in full last before the pronoun.
// - "X and Y were adopted by <body>" (A/RES/78/104 PP7): the passive with a plural subject, ADOPTED for both.
// - a lowercase sitting's topic stops before "under the auspices of" ("the 2026 special high-level meeting on credit ratings under
//   the auspices of the Economic and Social Council ...", A/RES/80/122 OP66, 79/323 annex OP55): the gazetteer's meeting.
// - a note citing the Rio conference's report, "vol. I, Resolutions Adopted by the Conference ..., resolution 1, annex I"
//   (A/RES/78/71 PP9, 79/85): the volume's title states the adoption, so the conference ADOPTED the framework the mark closes.
// - a study cited by its title ("the Study on the Climatic and Other Global Effects of Nuclear War", A/RES/79/238 PP4): a Document.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_322: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/322', date: '2024-09-10' };
const { relations, attributions } = oneParagraph({ ctx: GA_78_322, kind: 'operative' });
const PANEL = 'High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States';
const INTERIM = `Document:interim report of the ${PANEL.toLowerCase()}`;

describe('a body\'s interim report cited without its title is a Document', () => {
  it('A/RES/78/322 PP7: "the two-level structure outlined in the interim report of the High-level Panel on ...": RECALLS the interim report and the Panel', () => {
    const text =
      `Recalling paragraph 10 of resolution 77/245, in which it, inter alia, supported the proposed definitions for structural vulnerability and resilience and the two-level structure outlined in the interim report of the ${PANEL} as the basis for the Panel’s continued work, guiding the selection of appropriate indicators to inform vulnerability across all sectors of sustainable development,`;
    const rel = relations(text, 'preambular');
    expect(rel).toEqual(expect.arrayContaining([`RECALLS ${INTERIM}`, `RECALLS Organization:${PANEL}`, 'RECALLS Resolution:A/RES/77/245']));
  });

  it('guard: A/RES/78/212 OP19 "the interim report of the Special Rapporteur on freedom of religion or belief; 6": the footnote\'s symbol names it, no report keyed by its author', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/212', date: '2023-12-19' };
    const rel = relations('Takes note with appreciation of the work and the interim report of the Special Rapporteur on freedom of religion or belief; 6', 'operative', ctx);
    expect(rel.filter((r) => r.includes('Document:interim report'))).toEqual([]);
  });

  it('guard: A/RES/78/198 OP42 "the interim report of the Special Rapporteur,21": a short form names no report', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/198', date: '2023-12-19' };
    const rel = relations('Takes note with appreciation of the interim report of the Special Rapporteur, which is focused on emerging issues with regard to the realization of the right to food;', 'operative', ctx);
    expect(rel.filter((r) => r.includes('Document:interim report'))).toEqual([]);
  });
});

const FINAL = `Document:final report of the ${PANEL.toLowerCase()}`;

describe('"its final report", "its interim report": the report of the body named in full before', () => {
  it('A/RES/78/322 OP1: "Welcomes the work of the “High-level Panel ...”, takes note of its final report": NOTES the Panel\'s final report', () => {
    const text = `Welcomes the work of the “${PANEL}”, takes note of its final report, and decides to advance the multidimensional vulnerability index;`;
    const rel = relations(text);
    expect(rel).toEqual(expect.arrayContaining([`WELCOMES Organization:${PANEL}`, `NOTES ${FINAL}`]));
  });

  it('A/RES/78/265 PP5: "a multi-stakeholder High-level Advisory Body on Artificial Intelligence and of its interim report ..., and looking forward to its final report": both reports of the Body', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/265', date: '2024-03-21' };
    const text =
      'Taking note also of the report of the Secretary-General of the United Nations entitled “Road map for digital cooperation”, as well as the establishment of the Office of the Secretary-General’s Envoy on Technology to coordinate its implementation and the establishment by the Secretary-General of a multi-stakeholder High-level Advisory Body on Artificial Intelligence and of its interim report issued on 21 December 2023, and looking forward to its final report,';
    const rel = relations(text, 'preambular', ctx);
    expect(rel).toEqual(
      expect.arrayContaining([
        'NOTES Document:interim report of the high-level advisory body on artificial intelligence',
        'LOOKS_FORWARD_TO Document:governing artificial intelligence for humanity',
      ]),
    );
  });

  it('guard: A/RES/78/40 OP9 "the Group of Governmental Experts to further consider nuclear disarmament verification issues adopted its final report": no full name, no report', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/40', date: '2023-12-04' };
    const text =
      'Also calls upon all States to strengthen support for initiatives to develop multilateral disarmament verification as an effective step towards achieving the objectives of article VI of the Treaty on the Non-Proliferation of Nuclear Weapons, and encouraging broad participation by all States, and welcomes that the Group of Governmental Experts to further consider nuclear disarmament verification issues adopted its final report by consensus in May 2023;';
    expect(relations(text, 'operative', ctx).filter((r) => r.includes('Document:'))).toEqual([]);
  });

  it('guard: A/RES/78/168 PP19 "the fifty-first session of the Committee on World Food Security, ..., and the adoption of its final report": the session\'s, no report of the Committee', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/168', date: '2023-12-19' };
    const text =
      'Taking note of the fifty-first session of the Committee on World Food Security, held in Rome from 23 to 27 October 2023, and the adoption of its final report and of its main outcomes,';
    expect(relations(text, 'preambular', ctx).filter((r) => r.includes('Document:'))).toEqual([]);
  });
});

describe('a study cited by its title is a Document', () => {
  it('A/RES/79/238 PP4: "the subsequent publication in 1989 of the Study on the Climatic and Other Global Effects of Nuclear War": RECALLS the study', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/238', date: '2024-12-24' };
    const text =
      'Recalling its resolutions 40/152 G of 16 December 1985 and 41/86 H of 4 December 1986 and the subsequent publication in 1989 of the Study on the Climatic and Other Global Effects of Nuclear War,';
    expect(relations(text, 'preambular', ctx)).toContain('RECALLS Document:study on the climatic and other global effects of nuclear war');
  });

  it('A/RES/78/229 OP52: "Takes note of the first Global Study on Smuggling of Migrants published by the United Nations Office on Drugs and Crime": NOTES the study', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/229', date: '2023-12-19' };
    const text = 'Takes note of the first Global Study on Smuggling of Migrants published by the United Nations Office on Drugs and Crime, as well as of its global Observatory on Smuggling of Migrants;';
    expect(relations(text, 'operative', ctx)).toContain('NOTES Document:global study on smuggling of migrants');
  });

  it('guard: A/RES/78/229 OP74 "the open-ended intergovernmental Expert Group to Conduct a Comprehensive Study on Cybercrime": the body, no study', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/229', date: '2023-12-19' };
    const text = 'Notes with appreciation the past work, results and recommendations of the open-ended intergovernmental Expert Group to Conduct a Comprehensive Study on Cybercrime, a useful forum for practitioners to exchange best practices and experiences;';
    const rel = relations(text, 'operative', ctx);
    expect(rel).toContain('NOTES Organization:Expert Group to Conduct a Comprehensive Study on Cybercrime');
    expect(rel.filter((r) => r.includes('Document:'))).toEqual([]);
  });
});

describe('"X and Y were adopted by <body>": the body ADOPTED both', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/104', date: '2023-12-07' };
  const UNCITRAL = 'Organization:United Nations Commission on International Trade Law';

  // (the paragraph alone, with the names in full as the resolution's OP1 prints them: its short forms are keyed by the text's earlier names)
  it('A/RES/78/104 PP7: "the Model Provisions and the Guidelines on Mediation were adopted by the United Nations Commission on International Trade Law at its fifty-sixth session"', () => {
    const text =
      'Noting also that the Model Provisions on Mediation for International Investment Disputes and the Guidelines on Mediation for International Investment Disputes were adopted by the United Nations Commission on International Trade Law at its fifty-sixth session, after due deliberations,';
    const att = attributions(text, 'preambular', ctx);
    expect(att).toEqual(
      expect.arrayContaining([
        `ADOPTED ${UNCITRAL} -> Framework:Model Provisions on Mediation for International Investment Disputes`,
        `ADOPTED ${UNCITRAL} -> Framework:Guidelines on Mediation for International Investment Disputes`,
      ]),
    );
  });

  it('guard: A/RES/78/104 PP7 reworded, "the amendments to the Guidelines ... were adopted by": a part named before the instrument, no ADOPTED of it', () => {
    const text = 'Noting also that the amendments to the Guidelines on Mediation for International Investment Disputes were adopted by the United Nations Commission on International Trade Law at its fifty-sixth session,';
    const att = attributions(text, 'preambular', ctx);
    expect(att.filter((a) => a.startsWith(`ADOPTED ${UNCITRAL}`))).toEqual([]);
  });
});

describe('a sitting\'s topic stops before "under the auspices of"', () => {
  it('A/RES/79/323 annex OP55: "a special high-level meeting on credit ratings under the auspices of the Economic and Social Council for dialogue among Member States": the gazetteer\'s meeting', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/323', date: '2025-08-25' };
    const text =
      'We decide to convene a special high-level meeting on credit ratings under the auspices of the Economic and Social Council for dialogue among Member States, credit rating agencies, regulators, standard setters, long-term investors and public institutions;';
    const rel = relations(text, 'operative', ctx);
    expect(rel.filter((r) => r.includes('Event:special high-level meeting on credit ratings'))).toEqual(['DECIDES Event:special high-level meeting on credit ratings']);
  });

  it('guard: A/RES/78/280 OP32 "a one-day, high-level interactive dialogue on the social, economic and environmental determinants of health": a topic with no auspices keeps its words', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/280', date: '2024-06-24' };
    const text = 'Decides to convene a one-day, high-level interactive dialogue on the social, economic and environmental determinants of health by the President of the General Assembly, in 2025;';
    expect(relations(text, 'operative', ctx).some((r) => r.includes('dialogue on the social, economic and environmental determinants of health'))).toBe(true);
  });
});

describe('a note citing "Resolutions Adopted by the Conference": the conference ADOPTED the framework its mark closes', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/71', date: '2023-12-04' };
  const RIO_NOTE =
    'Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3– 14 June 1992, vol. I, Resolutions Adopted by the Conference (United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.';
  const TEXT =
    'Recognizing the importance of disseminating the findings of the Scientific Committee, including to the public, and widely publicizing scientific knowledge about atomic radiation, and recalling in that context principle 10 of the Rio Declaration on Environment and Development,1';

  it('A/RES/78/71 PP9: "principle 10 of the Rio Declaration on Environment and Development,1" with the Rio note: UNCED ADOPTED the Declaration', () => {
    const att = footnotedAttributions('PP9', TEXT, '1', 'Development,1', RIO_NOTE, ctx);
    expect(att).toContain('ADOPTED Event:United Nations Conference on Environment and Development @ 1992 -> Framework:Rio Declaration on Environment and Development');
  });

  it('A/RES/80/186 "the Beijing Declaration and Platform for Action,5" with a report note that prints no "Adopted" but "chap. I, resolution 1": the Conference ADOPTED it (aud54d)', () => {
    const text = 'Reaffirming the Beijing Declaration and Platform for Action,5';
    const note = 'Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.';
    const att = footnotedAttributions('PP5', text, '5', 'Action,5', note, { body: 'General Assembly', symbol: 'A/RES/80/186', date: '2025-12-15' });
    // (convention changed in session 54 (aud54d, lead's item 3): a note citing a sitting's report for its "chap. I, resolution 1, annex" states the adoption (the sitting's own resolution carries the text))
    expect(att.filter((a) => a.startsWith('ADOPTED'))).toEqual(['ADOPTED Event:Fourth World Conference on Women -> Framework:Beijing Declaration and Platform for Action']);
  });
});
