// Session-49 audit aud49g: residual adoption faults the annotators reported (no new gold set), each case quoting its file and
// paragraph, each with a guard:
// - a text adopted by the States or participants at a sitting, or by a body's member States: the sitting (or body) ADOPTED it,
//   as "adopted by the Heads of State and Government of ..." already reads (S/RES/687 PP9, A/RES/78/68 PP74, 78/59 PP12).
// - ADOPTED_ON past the adopting sitting's short name in brackets ("... Urban Development (Habitat III) on 20 October 2016", A/RES/78/202 PP9).
// - a law "promulgated on <day> known as “the <name>”": ADOPTED_ON that day (A/RES/80/4 PP4, 73/8, 78/7, 79/7).
// - "affiliated to the United Nations": the Organization qualifies the centres, no verb target (A/RES/73/6 PP7, 78/72 OP29, 79/87, 80/76).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_68: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' };
const { attributions } = oneParagraph({ ctx: GA_78_68, kind: 'preambular' });

describe('"adopted by participants at | all States participating in | the States members of" a sitting or body: it ADOPTED the text', () => {
  it('A/RES/78/68 PP74: "the Santiago de Compostela Declaration ... adopted by participants at the International Conference of Women in Fisheries"', () => {
    const text =
      'Noting in this regard the Santiago de Compostela Declaration for Equal Opportunities in the Fisheries and Aquaculture Sectors adopted by participants at the International Conference of Women in Fisheries, in November 2018,';
    expect(attributions(text)).toContain(
      'ADOPTED Event:International Conference of Women in Fisheries @ 2018 -> Framework:Santiago de Compostela Declaration for Equal Opportunities in the Fisheries and Aquaculture Sectors',
    );
  });

  it('S/RES/687 (1991) PP9: "the Final Declaration adopted by all States participating in the Conference of States Parties to the 1925 Geneva Protocol ..."', () => {
    const ctx: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/687 (1991)', date: '1991-04-03' };
    const text =
      'Recalling that Iraq has subscribed to the Final Declaration adopted by all States participating in the Conference of States Parties to the 1925 Geneva Protocol and Other Interested States, held in Paris from 7 to 11 January 1989, establishing the objective of universal elimination of chemical and biological weapons,';
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('ADOPTED '))).toEqual([
      'ADOPTED Event:Conference of States Parties to the 1925 Geneva Protocol and Other Interested States -> Framework:Final Declaration (Conference of States Parties to the 1925 Geneva Protocol and Other Interested States)',
    ]);
  });

  it('A/RES/78/59 PP12: "the Libreville Declaration ..., adopted by the States members of the Standing Advisory Committee on 26 November 2015"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/59', date: '2023-12-04' };
    const text =
      'Reaffirming the Libreville Declaration on the Adoption and Implementation of the Regional Strategy and Plan of Action for Combating Terrorism and the Trafficking in Small Arms and Light Weapons in Central Africa, adopted by the States members of the Standing Advisory Committee on 26 November 2015 at their forty-first ministerial meeting, held in Libreville from 23 to 27 November 2015,';
    // (alone, the short name keys to this text; the file names the body in full before, as the golden dump shows)
    expect(attributions(text, 'preambular', ctx)).toContainEqual(
      expect.stringMatching(/^ADOPTED Organization:[^>]*Standing Advisory Committee[^>]* -> Framework:Libreville Declaration on the Adoption/),
    );
  });

  it('guard: "a plan welcomed by participants at the Conference" is no adoption', () => {
    const text =
      'Noting in this regard the Santiago de Compostela Declaration for Equal Opportunities in the Fisheries and Aquaculture Sectors welcomed by participants at the International Conference of Women in Fisheries, in November 2018,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});

describe('ADOPTED_ON past the adopting sitting\'s short name in brackets', () => {
  it('A/RES/78/202 PP9: "the Quito implementation plan for the New Urban Agenda, adopted by the United Nations Conference on Housing and Sustainable Urban Development (Habitat III) on 20 October 2016"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/202', date: '2023-12-19' };
    const text =
      'Bearing in mind all the references to this question in the Quito Declaration on Sustainable Cities and Human Settlements for All and the Quito implementation plan for the New Urban Agenda, adopted by the United Nations Conference on Housing and Sustainable Urban Development (Habitat III) on 20 October 2016,';
    expect(attributions(text, 'preambular', ctx)).toContain('ADOPTED_ON Framework:New Urban Agenda -> Date:2016-10-20');
  });

  it('guard: a bracket that is no short name ("(see annex) on 20 October 2016") gives no ADOPTED_ON', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/202', date: '2023-12-19' };
    const text =
      'Bearing in mind the New Urban Agenda, adopted by the United Nations Conference on Housing and Sustainable Urban Development (see the report of the Conference, chap. I) on 20 October 2016,';
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('ADOPTED_ON '))).toEqual([]);
  });
});

describe('a law "promulgated on <day> known as “the <name>”": ADOPTED_ON that day', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/4', date: '2025-10-29' };
  it('A/RES/80/4 PP4: "laws and regulations, such as that promulgated on 12 March 1996 known as “the Helms-Burton Act”"', () => {
    const text =
      'Concerned about the continued promulgation and application by Member States of laws and regulations, such as that promulgated on 12 March 1996 known as “the Helms-Burton Act”, the extraterritorial effects of which affect the sovereignty of other States,';
    expect(attributions(text, 'preambular', ctx)).toContain('ADOPTED_ON Framework:Helms-Burton Act -> Date:1996-03-12');
  });

  it('guard: "reported on 12 March 1996 known as “the Helms-Burton Act”" is no promulgation', () => {
    const text =
      'Concerned about the continued application by Member States of laws and regulations, such as that reported on 12 March 1996 known as “the Helms-Burton Act”, the extraterritorial effects of which affect the sovereignty of other States,';
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('ADOPTED_ON '))).toEqual([]);
  });
});

describe('"affiliated to the United Nations": the Organization qualifies the centres, no target of the verb', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/73/6', date: '2018-10-26' };
  const { relations } = oneParagraph({ ctx, kind: 'preambular' });
  it('A/RES/73/6 PP7: "the regional centres for space science and technology education, affiliated to the United Nations": no RECOGNIZES United Nations', () => {
    const text =
      'Recognizing the importance of capacity-building, education and training provided by the regional centres for space science and technology education, affiliated to the United Nations, in particular for developing countries, and the need to enhance them to improve their overall capacity,';
    expect(relations(text)).not.toContain('RECOGNIZES Organization:United Nations');
  });

  it('guard: "the centres and the United Nations" addressed stay the verb\'s', () => {
    const text = 'Recognizing the importance of the education provided by the regional centres and the United Nations, in particular for developing countries,';
    expect(relations(text)).toContain('RECOGNIZES Organization:United Nations');
  });
});
