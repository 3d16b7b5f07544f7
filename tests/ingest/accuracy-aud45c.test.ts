// Session-45 audit aud45c: three corpus-ga resolutions of the information-society family annotated like the scorer before
// looking at the output (gold in /tmp/lead/aud45c-gold: A/RES/80/147 "Science, technology and innovation for sustainable
// development", all 57 preambular and 55 operative paragraphs; A/RES/78/237 "Developments in the field of information and
// telecommunications in the context of international security"; A/RES/78/243 "Information and communications technology
// strategy"). Fixed: "and calls for its timely and effective implementation" after a clause that welcomed a text calls for
// that text's implementation (CALLS_UPON the first Framework the clause before named; eleven texts of 2023-2025 print it
// after the Sevilla Commitment, the Antigua and Barbuda Agenda, the New Urban Agenda, the Kunming-Montreal Framework); the
// WIPO Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge is one instrument (the generic
// scan cut its name at the comma). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/147', date: '2025-12-15' };
const { relations } = oneParagraph({ ctx: GA80, kind: 'operative' });

const SEVILLA = 'Framework:Sevilla Commitment';
const FFD4 = 'Event:Fourth International Conference on Financing for Development';
const callsUpon = (rel: string[]) => rel.filter((r) => r.startsWith('CALLS_UPON '));

describe('"and calls for its ... implementation": the call is for the text the clause before welcomed', () => {
  it('A/RES/80/147 OP1 (80/121 OP22, 80/122 OP3, ...): "Welcomes the outcome document of the Fourth International Conference on Financing for Development, the Sevilla Commitment, and calls for its timely and effective implementation": CALLS_UPON the Commitment, not the Conference', () => {
    const text =
      'Welcomes the outcome document of the Fourth International Conference on Financing for Development, the Sevilla Commitment, and calls for its timely and effective implementation with regard to, inter alia, science, technology and innovation, as an important action area for sustainable development;';
    const rel = relations(text);
    expect(rel).toContain(`WELCOMES ${SEVILLA}`);
    expect(rel).toContain(`WELCOMES ${FFD4}`);
    expect(callsUpon(rel)).toEqual([`CALLS_UPON ${SEVILLA}`]);
  });

  it('A/RES/79/203 OP2: "Welcomes the outcome document of the Fourth International Conference on Small Island Developing States, the Antigua and Barbuda Agenda ..., and calls for its full, timely and effective implementation": CALLS_UPON the Agenda', () => {
    const text =
      'Welcomes the outcome document of the Fourth International Conference on Small Island Developing States, the Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity, and calls for its full, timely and effective implementation;';
    expect(callsUpon(relations(text))).toEqual(['CALLS_UPON Framework:Antigua and Barbuda Agenda for Small Island Developing States']);
  });

  it('A/RES/78/161 PP8 (80/148 PP15): "Welcoming the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito, ..., calling for its full, effective and timely implementation": CALLS_UPON the Agenda, not the Conference', () => {
    const text =
      'Welcoming the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito, Ecuador, from 17 to 20 October 2016, calling for its full, effective and timely implementation at all levels,';
    expect(callsUpon(relations(text, 'preambular'))).toEqual(['CALLS_UPON Framework:New Urban Agenda']);
  });

  it('guard: A/RES/78/220 OP3 "Also welcomes the ongoing efforts of the Islamic Republic of Iran to implement the Nationality Law, ..., and calls for its full implementation": no Framework node welcomed, no call edge', () => {
    const text =
      'Also welcomes the ongoing efforts of the Islamic Republic of Iran to implement the Nationality Law, which gives Iranian women married to men with foreign nationality the right to request Iranian citizenship for their children under the age of 18 years, and calls for its full implementation;';
    expect(callsUpon(relations(text))).toEqual([]);
  });

  it('guard: "calls for" with its own object ("and calls for the full implementation of the Sevilla Commitment") keeps that object only, and "its" before another noun ("calls for its continued support") adds nothing', () => {
    expect(callsUpon(relations('Welcomes the Doha Political Declaration, and calls for the full implementation of the Sevilla Commitment;'))).toEqual([`CALLS_UPON ${SEVILLA}`]);
    expect(callsUpon(relations('Welcomes the Sevilla Commitment, and calls for its continued support to developing countries;'))).toEqual([]);
  });
});

describe('the WIPO Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge: one instrument', () => {
  const WIPO_TREATY = 'Framework:WIPO Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge';
  it('A/RES/80/147 PP54: "welcoming the adoption in 2024 of the Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge of the World Intellectual Property Organization and of the Riyadh Design Law Treaty": the whole name, and the Riyadh treaty beside it', () => {
    const text =
      'Noting the ongoing efforts of the World Intellectual Property Organization to assist Member States in establishing intellectual property strategies and national ecosystems that promote innovation and creativity and support the flow of knowledge and technical expertise, and welcoming the adoption in 2024 of the Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge of the World Intellectual Property Organization and of the Riyadh Design Law Treaty,';
    const rel = relations(text, 'preambular');
    expect(rel).toContain(`WELCOMES ${WIPO_TREATY}`);
    expect(rel).toContain('WELCOMES Framework:Riyadh Design Law Treaty');
    expect(rel).not.toContain('WELCOMES Framework:Treaty on Intellectual Property');
  });

  it('guard: A/RES/80/147 OP28 "such as the Agreement on Trade-Related Aspects of Intellectual Property Rights (TRIPS)": the TRIPS Agreement, not the WIPO treaty', () => {
    const text =
      'Recognizes the important role of intellectual property regimes, such as the Agreement on Trade-Related Aspects of Intellectual Property Rights (TRIPS), and the importance of intellectual property rights, in contributing to progress on science, technology and innovation and the achievement of sustainable development;';
    const rel = relations(text);
    expect(rel).toContain('RECOGNIZES Framework:Agreement on Trade-Related Aspects of Intellectual Property Rights');
    expect(rel).not.toContain(`RECOGNIZES ${WIPO_TREATY}`);
  });
});
