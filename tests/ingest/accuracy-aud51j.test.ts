// Session-51 audit aud51j (gold set aud51j: A/RES/79/207, 78/151, 80/156, Second Committee; 79/207 and 80/156 scoped to their
// first 40 paragraphs). Each case quotes the file and paragraph it comes from; each fix has a guard.
// - the body printed right after its own numbered text with " of the " ("Taking note of resolution 6/14 of 1 March 2024 of the
//   United Nations Environment Assembly", A/RES/79/207 PP11, PP13, OP13; 78/154, 80/139, 80/124, 78/138, 79/142, 78/155, 79/208,
//   80/140, 79/313; "decision EC-110/DEC.1 of the Executive Council", 80/34 OP10; "decisions 2/1 and 2/2 of 8 June 2023 of the United
//   Nations Habitat Assembly", 79/214 OP3): the text's author, part of the citation as in "United Nations Environment Assembly
//   resolution 6/14", no target of the clause's verb (the lead's convention: the adopting body of a cited text is no target).
// - a Conference of the Parties (an Event in the graph) printed right after its own decision, a footnote mark between ("in its
//   decision 3/COP.15,2 the Conference of the Parties to the Convention invited parties", A/RES/79/207 PP7; 78/154, 80/139): the
//   decision's author, no RECALLS target, as the Organizations printed after their own cited texts are.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const RES_79_207: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/207', date: '2024-12-19' };
const { relations } = oneParagraph({ ctx: RES_79_207, kind: 'preambular' });

const UNEA = 'Organization:United Nations Environment Assembly';

describe('the body printed right after its own numbered text with " of the " is its author, no verb target', () => {
  it('A/RES/79/207 PP11: "Taking note of resolution 6/14 of 1 March 2024 of the United Nations Environment Assembly, entitled ...": NOTES the resolution, not the Assembly', () => {
    const text =
      'Taking note of resolution 6/14 of 1 March 2024 of the United Nations Environment Assembly, entitled “Strengthening international efforts to combat desertification and land degradation, restore degraded land, promote land conservation and sustainable land management, contribute to land degradation neutrality, and enhance drought resilience”,';
    const rel = relations(text, 'preambular', { ...RES_79_207 });
    expect(rel).toContain('NOTES Resolution:United Nations Environment Assembly resolution 6/14');
    expect(rel).not.toContain(`NOTES ${UNEA}`);
  });

  it('A/RES/79/207 OP13: "in line with resolution 5/5 of the United Nations Environment Assembly" (no day): RECOGNIZES the resolution only', () => {
    const text =
      'Recognizes that sustainable land management approaches and technologies, including through nature-based solutions, ecosystem-based approaches and other management and conservation approaches, in line with resolution 5/5 of the United Nations Environment Assembly, constitute promising options to evaluate and consider in connection with sequestering carbon and enhancing the resilience of people and ecosystems affected by desertification, land degradation and drought, as well as the adverse effects of climate change and biodiversity loss;';
    const rel = relations(text, 'operative', { ...RES_79_207 });
    expect(rel).toContain('RECOGNIZES Resolution:United Nations Environment Assembly resolution 5/5');
    expect(rel).not.toContain(`RECOGNIZES ${UNEA}`);
  });

  it('A/RES/79/214 OP3: "Further welcomes decisions 2/1 and 2/2 of 8 June 2023 of the United Nations Habitat Assembly": no WELCOMES of the Habitat Assembly', () => {
    const text =
      'Further welcomes decisions 2/1 and 2/2 of 8 June 2023 of the United Nations Habitat Assembly, to extend the strategic planning cycle of UN-Habitat for the period 2020–2023 until the year 2025, and to adjourn its second regular session and to resume the session for a duration of two days, on 29 and 30 May 2025;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/214', date: '2024-12-19' });
    expect(rel).not.toContain('WELCOMES Organization:United Nations Habitat Assembly');
    expect(rel.filter((r) => r.startsWith('WELCOMES Resolution:United Nations Habitat Assembly decision 2/')).length).toBe(2);
  });

  it('guard: A/RES/78/153 PP22 "Noting the contribution of the United Nations Environment Assembly": the Assembly named as an actor stays NOTES', () => {
    const text =
      'Noting the contribution of the United Nations Environment Assembly to addressing the challenge of biodiversity loss, climate change and land and ecosystem degradation,';
    expect(relations(text, 'preambular', { ...RES_79_207 })).toContain(`NOTES ${UNEA}`);
  });

  it('guard: A/RES/78/316 PP7 "as well as relevant resolutions of the General Conference of the Agency" (no number): the body stays NOTES', () => {
    const text =
      'Taking note of decision GC(53)/DEC/13 of 18 September 2009 of the General Conference of the International Atomic Energy Agency, entitled “Prohibition of armed attack or threat of attack against nuclear installations, during operation or under construction”, as well as relevant resolutions of the General Conference of the Agency,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/316', date: '2024-09-03' });
    expect(rel).toContain('NOTES Organization:General Conference of the International Atomic Energy Agency');
  });

  it('guard: a body after another body\'s text ("General Assembly resolution 77/161 of the Environment Assembly"-like print: the Assembly\'s text, not UNEA\'s) keeps the verb', () => {
    const text = 'Recalling General Assembly resolution 77/161 of the United Nations Environment Assembly,';
    expect(relations(text, 'preambular', { ...RES_79_207 })).toContain(`RECALLS ${UNEA}`);
  });
});

describe('a Conference of the Parties printed right after its own decision is its author, no verb target', () => {
  const COP_UNCCD =
    'Event:Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa';
  const PP7 =
    'Recalling that, in its decision 3/COP.15,2 the Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa invited parties that have committed to voluntary land degradation neutrality targets to implement measures to accelerate the achievement thereof,';

  it('A/RES/79/207 PP7 (78/154, 80/139): "in its decision 3/COP.15,2 the Conference of the Parties ... invited": RECALLS the decision, not the Conference', () => {
    const rel = relations(PP7, 'preambular', { ...RES_79_207 });
    expect(rel).toContain('RECALLS Resolution:Conference of the Parties to the United Nations Convention to Combat Desertification decision 3/COP.15');
    expect(rel).not.toContain(`RECALLS ${COP_UNCCD}`);
  });

  it('guard: the Conference printed after another body\'s decision ("in its decision 1/CP.21, the Conference of the Parties to the [UNCCD] invited") keeps the verb', () => {
    const text = PP7.replace('3/COP.15,2', '1/CP.21,');
    expect(relations(text, 'preambular', { ...RES_79_207 })).toContain(`RECALLS ${COP_UNCCD}`);
  });
});
