// Misses found by the session-21 audit aud21i: A/RES/78/1 (political declaration of the 2023 SDG Summit), A/RES/80/91
// (Question of Anguilla), A/RES/80/99 (Question of Pitcairn), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/1', date: '2023-09-29' };

const { relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a declaration\'s sentences and sub-paragraphs opened by "We"', () => {
  it('A/RES/78/1 annex OP33: "We are encouraged by ..., and call upon the international community to take the opportunity of the Third UN Conference on LLDCs"', () => {
    const text =
      'We are encouraged by the progress achieved in the implementation of the Vienna Programme of Action for Landlocked Developing Countries 2014–2024, and the SAMOA Pathway for SIDS 2014–2024, and call upon the international community to take the opportunity of the Third UN Conference on LLDCs and the 4th International Conference on Small Island Developing States to identify and address the key priority issues of LLDCs and SIDS respectively. Additionally, we welcome the Doha political declaration, and the commitments made towards the timely and full implementation of the Doha Programme of Action for the Least Developed Countries for the Decade 2022–2031.';
    const r = relations(text);
    expect(r.filter((x) => x.includes('Vienna Programme'))).toEqual([]);
    expect(r.some((x) => x.startsWith('CALLS_UPON Event:Third UN Conference on LLDCs'))).toBe(true);
    expect(r).toContain('WELCOMES Framework:Doha Programme of Action for the Least Developed Countries for the Decade 2022-2031');
  });

  it('A/RES/78/1 annex OP38 (l), (m): "... early warning mechanisms. (l) We stress the urgency of ... the UNFCCC and the Paris Agreement ... (m) We emphasize the need for ... the Convention on Biological Diversity"', () => {
    const text =
      'We are determined to make all efforts to implement the 2030 Agenda. To this end: (k) We recommit to the full implementation of the Sendai Framework for Disaster Risk Reduction 2015–2030. We will promote effective local, national and regional multi-hazard early warning mechanisms. (l) We stress the urgency of enhancing ambition for climate action in the implementation of the UNFCCC and the Paris Agreement in relation to climate mitigation. In this regard, we also look forward to the first global stock take of the Paris Agreement to take place at COP 28. (m) We emphasize the need for a balanced and enhanced implementation of all provisions of the Convention on Biological Diversity, including its three objectives.';
    const r = relations(text);
    expect(r).toContain('EMPHASIZES Framework:United Nations Framework Convention on Climate Change');
    expect(r).toContain('EMPHASIZES Framework:Paris Agreement');
    expect(r).toContain('LOOKS_FORWARD_TO Framework:Paris Agreement');
    expect(r).toContain('EMPHASIZES Framework:Convention on Biological Diversity');
    expect(r.filter((x) => x.includes('Sendai'))).toEqual([]);
  });

  it('A/RES/78/1 annex OP38 (t): "...: (iv) We welcome the Secretary-General’s efforts to address the SDG financing gap"', () => {
    const text =
      'We commit to accelerate the full implementation of the Addis Ababa Action Agenda, including the following: (iii) We call for improved international debt mechanisms to support debt review. (iv) We welcome the Secretary-General’s efforts to address the SDG financing gap through an SDG stimulus.';
    expect(relations(text)).toContain('WELCOMES Organization:Secretary-General of the United Nations');
    expect(relations(text).filter((x) => x.includes('Addis Ababa'))).toEqual([]);
  });

  it('A/RES/79/323 annex OP27: "To ...: (a) We commit to ...; (b) We encourage ..." (a sub-paragraph after a semicolon)', () => {
    const text =
      'To ensure that countries have the necessary resources: (a) We commit to strengthen tax systems in line with the Addis Ababa Action Agenda; (b) We welcome the work of the Platform for Collaboration on Tax.';
    const r = relations(text);
    expect(r.filter((x) => x.includes('Addis Ababa'))).toEqual([]);
    expect(r).toContain('WELCOMES Initiative:Platform for Collaboration on Tax');
  });

  it('guard: a resolution\'s list items keep the list\'s verb ("Encourages all States: (a) To ratify the Paris Agreement; (b) To implement the Sendai Framework")', () => {
    const text =
      'Encourages all States: (a) To ratify the Paris Agreement; (b) To implement the Sendai Framework for Disaster Risk Reduction 2015–2030;';
    const r = relations(text);
    expect(r).toContain('ENCOURAGES Framework:Paris Agreement');
    expect(r).toContain('ENCOURAGES Framework:Sendai Framework for Disaster Risk Reduction 2015-2030');
  });

  it('guard: outside a declaration a base form is no verb ("Takes note of the Paris Agreement, and the call for the Sendai Framework")', () => {
    const text = 'Takes note of the Paris Agreement, and the call for the Sendai Framework for Disaster Risk Reduction 2015–2030;';
    expect(relations(text)).toContain('NOTES Framework:Sendai Framework for Disaster Risk Reduction 2015-2030');
  });
});

describe('an edition named with a numeral ordinal', () => {
  const { keys } = oneParagraph({ ctx: GA, kind: 'operative' });

  it('A/RES/78/1 annex OP33: "the 4th International Conference on Small Island Developing States" is the Fourth', () => {
    const text = 'We call upon the international community to take the opportunity of the 4th International Conference on Small Island Developing States to identify priorities.';
    expect(keys(text, 'Event:')).toEqual(['Event:Fourth International Conference on Small Island Developing States']);
  });

  it('A/RES/78/1 annex OP38 (x): "the 13th WTO Ministerial Conference" is not the series', () => {
    const text = 'We look forward to concrete and positive results at the 13th WTO Ministerial Conference.';
    const k = keys(text, 'Event:');
    expect(k).toHaveLength(1);
    expect(k[0]).toMatch(/^Event:Thirteenth /);
  });

  it('guard: an ordinal past ninety-nine is left as printed ("the 111th International Labour Conference")', () => {
    const text = 'Welcomes the adoption by the 111th International Labour Conference of the resolution concerning a just transition;';
    expect(keys(text, 'Event:').filter((k) => k.includes('Hundred') || k.includes('Eleventh'))).toEqual([]);
  });
});

describe('a declaration\'s opening: where and when its signatories met, printed before the sitting', () => {
  const { keys, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });
  const OP1 =
    'We, the Heads of State and Government and high representatives, have met at United Nations Headquarters in New York on 18 and 19 September 2023, at the Sustainable Development Goals Summit, 1 to review progress and accelerate the implementation of the 2030 Agenda for Sustainable Development.';

  it('A/RES/78/1 annex OP1: the 2023 edition of the SDG Summit, held in New York on 18 and 19 September 2023', () => {
    expect(keys(OP1, 'Event:')).toEqual(['Event:Sustainable Development Goals Summit @ 2023']);
    const a = attributions(OP1);
    expect(a).toContain('HELD_IN Event:Sustainable Development Goals Summit @ 2023 -> Place:New York');
    expect(a).toContain('STARTS_ON Event:Sustainable Development Goals Summit @ 2023 -> Date:2023-09-18');
    expect(a).toContain('ENDS_ON Event:Sustainable Development Goals Summit @ 2023 -> Date:2023-09-19');
  });

  it('A/RES/80/5 annex OP1: "have gathered in Doha from 4 to 6 November 2025 at the Second World Summit for Social Development"', () => {
    const text =
      'We, Heads of State and Government and high representatives, have gathered in Doha from 4 to 6 November 2025 at the Second World Summit for Social Development to build a more just, inclusive, equitable and sustainable world.';
    const a = attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/80/5', date: '2025-11-04' });
    expect(a.some((x) => x.startsWith('HELD_IN Event:Second World Summit for Social Development') && x.endsWith('-> Place:Doha'))).toBe(true);
    expect(a.some((x) => x.startsWith('STARTS_ON Event:Second World Summit for Social Development') && x.endsWith('-> Date:2025-11-04'))).toBe(true);
  });

  it('guard: outside a declaration\'s opening the words before a sitting date nothing ("Recalling that Member States met in Doha from 4 to 6 November 2025 at the Second World Summit ...")', () => {
    const text = 'Recalling that Member States met in Doha in 2024, at the Sustainable Development Goals Summit,';
    expect(keys(text, 'Event:')).toEqual(['Event:Sustainable Development Goals Summit']);
  });
});

describe('the World Social Summit printed in lowercase', () => {
  const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

  it('A/RES/78/1 annex OP37: "We look forward to the proposed world social summit in 2025"', () => {
    const text =
      'We look forward to the proposed world social summit in 2025, subject to discussion and agreement by the General Assembly on its modalities.';
    expect(relations(text)).toContain('LOOKS_FORWARD_TO Event:Second World Summit for Social Development');
  });

  it('A/RES/78/261 PP (78/174, 78/175, 78/318, 79/146): "noting the proposal contained in that report to convene a world social summit in 2025"', () => {
    const text = 'Noting the proposal contained in that report to convene a world social summit in 2025, to be discussed and agreed upon by Member States,';
    expect(keys(text, 'Event:', 'preambular')).toEqual(['Event:Second World Summit for Social Development']);
  });

  it('guard: the first summit is not the second ("the World Summit for Social Development, held in Copenhagen in 1995")', () => {
    const text = 'Recalling the World Summit for Social Development, held in Copenhagen in 1995,';
    expect(keys(text, 'Event:', 'preambular').filter((k) => k.includes('Second'))).toEqual([]);
  });
});

describe('the Fourth International Conference on Financing for Development printed in lowercase', () => {
  const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

  it('A/RES/78/1 annex OP38 (xiii): "We look forward to the deliberations on convening a fourth international conference on financing for development in 2025"', () => {
    const text = 'We look forward to the deliberations on convening a fourth international conference on financing for development in 2025.';
    expect(relations(text)).toContain('LOOKS_FORWARD_TO Event:Fourth International Conference on Financing for Development');
  });

  it('A/RES/78/231 OP29: "Decides to convene, in 2025, a fourth international conference on financing for development"', () => {
    const text = 'Decides to convene, in 2025, a fourth international conference on financing for development to, inter alia, assess the progress made;';
    expect(keys(text, 'Event:')).toEqual(['Event:Fourth International Conference on Financing for Development']);
  });

  it('guard: the third is still the third ("the third International Conference on Financing for Development")', () => {
    const text = 'Recalls the outcome of the third International Conference on Financing for Development;';
    expect(keys(text, 'Event:')).toEqual(['Event:Third International Conference on Financing for Development']);
  });
});
