// Session-42 audit aud42d: the seed's genre annotated like the scorer before looking at the output (gold in
// /tmp/lead/aud42d-gold: A/RES/79/194 PP1-PP55 and OP1-OP23, A/RES/78/160 PP1-PP47 and OP1-OP9, A/RES/80/173 OP21-OP72), then
// compared. Fixed: a framework set off after the sitting whose outcome document it is ("the outcome document of the Fourth
// International Conference on Financing for Development, the Sevilla Commitment") and "its outcome document, The Geneva Vision
// ..." are ADOPTED by the sitting; the Assembly printed as the agent of its own cited text ("as requested by the General
// Assembly in its resolution 70/125", "the adoption by the General Assembly of resolution 78/213") is the author, no verb
// target, as "General Assembly resolution 70/125" already is (the lead's convention, aud41i gold; "other resolutions of the
// Assembly" keeps the verb, aud41a's guard). Each case quotes the file and paragraph; each fix has a guard. Left: UNCTAD's
// "e-trade readiness assessments tool" (79/194 OP16) is no Initiative: as one, it takes the "launched by" that eTrade for All
// keeps today (aud14b's test); both should be LEADS.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/194', date: '2024-12-19' };
const { relations, attributions } = oneParagraph({ ctx: GA79, kind: 'operative' });

const GA = 'Organization:General Assembly';
const FFD4 = 'Event:Fourth International Conference on Financing for Development';
const SEVILLA = 'Framework:Sevilla Commitment';

describe('a framework named as the outcome document of a sitting is ADOPTED by it', () => {
  it('A/RES/80/173 OP65: "the outcome document of the Fourth International Conference on Financing for Development, the Sevilla Commitment": the Conference ADOPTED it', () => {
    const text =
      'We reaffirm the call in the outcome document of the Fourth International Conference on Financing for Development, the Sevilla Commitment, adopted by the General Assembly in its resolution 79/323 of 25 August 2025, for the development of financing plans and coordination of investment in digital infrastructure, including digital public infrastructure and digital public goods.';
    expect(attributions(text)).toContain(`ADOPTED ${FFD4} -> ${SEVILLA}`);
  });

  it('A/RES/79/195 PP8 (80/121 PP9): "the outcome document of the Fourth International Conference on Small Island Developing States, the Antigua and Barbuda Agenda ...,4 and stressing": ADOPTED', () => {
    const text =
      'Recognizing the importance of the work programme on small economies, as also reflected in the outcome document of the Fourth International Conference on Small Island Developing States, the Antigua and Barbuda Agenda for Small Island Developing States,4 and stressing that Aid for Trade and targeted trade-related capacity-building are essential,';
    expect(attributions(text, 'preambular').filter((a) => a.startsWith('ADOPTED Event:Fourth International Conference on Small Island Developing States'))).toHaveLength(1);
  });

  it('A/RES/79/194 OP22: "the United Nations Conference on Trade and Development eWeek 2023, ..., and its outcome document, The Geneva Vision of the Future of the Digital Economy": the eWeek ADOPTED it (the title keeps its capital "The")', () => {
    const text =
      'Notes the holding of the United Nations Conference on Trade and Development eWeek 2023, under the theme “Shaping the future of the digital economy”, from 4 to 8 December 2023, and its outcome document, The Geneva Vision of the Future of the Digital Economy;';
    expect(attributions(text)).toContain('ADOPTED Event:United Nations Conference on Trade and Development eWeek @ 2023 -> Framework:Geneva Vision of the Future of the Digital Economy');
  });

  it('guard: A/RES/80/173 OP106 "the outcomes of the World Summit on the Information Society, the 2030 Agenda ..., the Pact for the Future and the Global Digital Compact": a list, the Summit adopted none of the others', () => {
    const text =
      'We recognize the importance of ensuring coherence in the implementation of the outcomes of the World Summit on the Information Society, the 2030 Agenda for Sustainable Development, the Pact for the Future and the Global Digital Compact, by building synergies between them to ensure their effective implementation.';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: A/RES/79/215 PP11 "...: outcome document of the Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus,5 the Addis Ababa Action Agenda and other relevant outcomes": the footnote mark closes a list item, the Follow-up Conference did not adopt the Addis Ababa Action Agenda', () => {
    const text =
      'Stressing the need to fulfil all financing for development commitments, including those contained in the Monterrey Consensus of the International Conference on Financing for Development,4 the Doha Declaration on Financing for Development: outcome document of the Follow-up International Conference on Financing for Development to Review the Implementation of the Monterrey Consensus,5 the Addis Ababa Action Agenda and other relevant outcomes of major United Nations conferences and summits,';
    expect(attributions(text, 'preambular').filter((a) => a.includes('-> Framework:Addis Ababa Action Agenda'))).toEqual([]);
  });
});

describe('the Assembly printed as the agent of its own cited text is its author, no verb target', () => {
  it('A/RES/80/173 OP65: "the Sevilla Commitment, adopted by the General Assembly in its resolution 79/323": no REAFFIRMS of the Assembly, the Commitment is still reaffirmed', () => {
    const text =
      'We reaffirm the call in the outcome document of the Fourth International Conference on Financing for Development, the Sevilla Commitment, adopted by the General Assembly in its resolution 79/323 of 25 August 2025, for the development of financing plans and coordination of investment in digital infrastructure.';
    expect(relations(text)).not.toContain(`REAFFIRMS ${GA}`);
    expect(relations(text)).toContain(`REAFFIRMS ${SEVILLA}`);
  });

  it('A/RES/79/194 PP45: "as requested by the General Assembly in its resolution 70/125 ... and endorsed by the Economic and Social Council in its resolution 2017/21": no RECALLS of the Assembly; the Council, another body that acted, stays', () => {
    const text =
      'Recalling also the convening of the Working Group on Enhanced Cooperation on Public Policy Issues Pertaining to the Internet, based on the proposal by the Chair of the Commission on Science and Technology for Development regarding the structure and composition of the Working Group, as requested by the General Assembly in its resolution 70/125 of 16 December 2015 and endorsed by the Economic and Social Council in its resolution 2017/21, and taking note of its work,';
    const rel = relations(text, 'preambular');
    expect(rel).not.toContain(`RECALLS ${GA}`);
    expect(rel).toContain('RECALLS Organization:Economic and Social Council');
    expect(rel).toContain('RECALLS Organization:Working Group on Enhanced Cooperation');
  });

  it('A/RES/80/173 OP70: "We recall the adoption by the General Assembly of resolution 78/213 on 19 December 2023": the resolution is recalled, not the Assembly', () => {
    const text =
      'We reaffirm our commitment that the same rights that people have offline must also be protected online. We recall the adoption by the General Assembly of resolution 78/213 on 19 December 2023, in which it set out principles and actions concerning the promotion and protection of human rights in the context of digital technologies.';
    const rel = relations(text);
    expect(rel).toContain('RECALLS Resolution:A/RES/78/213');
    expect(rel.filter((r) => r.endsWith(GA))).toEqual([]);
  });

  it('guard: A/RES/78/160 PP45 "its continental programme embedded in the resolutions of the General Assembly on the New Partnership for Africa\'s Development": the author of resolutions named after them keeps the verb (aud40i, aud41a guard)', () => {
    const text =
      'Recalling the importance of supporting the African Union’s Agenda 2063, as well as its 10-year plan of action, as a strategic framework for ensuring a positive socioeconomic transformation in Africa within the next 50 years, and its continental programme embedded in the resolutions of the General Assembly on the New Partnership for Africa’s Development and regional initiatives,';
    const rel = relations(text, 'preambular');
    expect(rel).toContain(`RECALLS ${GA}`);
    expect(rel).toContain('RECALLS Organization:African Union');
  });

  it('guard: A/RES/79/194 OP13 "encourages the working group to report on its progress to the General Assembly, by no later than the eighty-first session": the Assembly addressed stays a target', () => {
    const text =
      'Recalls the request for the Commission on Science and Technology for Development to establish a dedicated working group to engage in a comprehensive and inclusive multi-stakeholder dialogue on data governance at all levels as relevant for development, encourages the working group to report on its progress to the General Assembly, by no later than the eighty-first session, including on follow-up recommendations towards equitable and interoperable data governance arrangements;';
    expect(relations(text)).toContain(`ENCOURAGES ${GA}`);
  });

  it('guard: A/RES/78/265 PP4 "the Guiding Principles on Business and Human Rights ..., as endorsed by the Human Rights Council in its resolution 17/4": another body that endorsed a text stays a target (aud41i gold)', () => {
    const text =
      'Taking note of the Guiding Principles on Business and Human Rights: Implementing the United Nations “Protect, Respect and Remedy” Framework, as endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011,';
    expect(relations(text, 'preambular')).toContain('NOTES Organization:Human Rights Council');
  });
});
