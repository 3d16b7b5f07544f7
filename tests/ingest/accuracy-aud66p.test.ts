// Session-66 audit aud66p: gold of A/RES/78/211 (effective promotion of the Declaration on the Rights of Persons Belonging to
// National or Ethnic, Religious and Linguistic Minorities) and A/RES/79/174 (freedom of religion and belief). Each case quotes
// the file and paragraph it comes from; the fix has a guard for the near sentence that must not change.
// Fixed: "the 2030 Agenda ..., of which the Addis Ababa Action Agenda ... is an integral part" (the part printed after the whole,
// 78/211 PP10 and six sister texts) is PART_OF the whole, as "..., which is an integral part of" already was.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_211: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/211', date: '2023-12-19' };
const { attributions } = oneParagraph({ ctx: GA_78_211, kind: 'preambular' });
const AAAA = 'Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development';
const AGENDA = 'Framework:2030 Agenda for Sustainable Development';
const partOf = (atts: string[]): string[] => atts.filter((a) => a.startsWith('PART_OF'));

describe('"<whole>, of which the <part> is an integral part": the part is PART_OF the whole', () => {
  it('A/RES/78/211 PP10: "Reaffirming also the 2030 Agenda for Sustainable Development, 8 of which the Addis Ababa Action Agenda ...9 is an integral part"', () => {
    const text =
      'Reaffirming also the 2030 Agenda for Sustainable Development, 8 of which the Addis Ababa Action Agenda of the Third International Conference on Financing for Development9 is an integral part, recalling that the Sustainable Development Goals and targets seek to realize the human rights of all,';
    const atts = footnotedAttributions('PP10', text, '9', 'Development9', 'Resolution 69/313, annex.', GA_78_211);
    expect(atts).toContain(`PART_OF ${AAAA} -> ${AGENDA}`);
  });

  it('A/RES/78/164 PP5 (79/221, 80/153): "... of the 2030 Agenda for Sustainable Development, of which the Addis Ababa Action Agenda is an integral part"', () => {
    const text =
      'Reaffirming that the eradication of poverty is an overarching objective of the 2030 Agenda for Sustainable Development, of which the Addis Ababa Action Agenda is an integral part, as well as an ethical imperative for all humankind,';
    // (the short name is keyed as the full one)
    expect(partOf(attributions(text))).toContain(`PART_OF ${AAAA} -> ${AGENDA}`);
  });

  it('guard: "the 2030 Agenda ..., of which the Addis Ababa Action Agenda reaffirms the commitments": no part named', () => {
    const text = 'Recalling the 2030 Agenda for Sustainable Development, of which the Addis Ababa Action Agenda reaffirms the commitments,';
    expect(partOf(attributions(text))).toEqual([]);
  });

  it('guard: "the Vienna Declaration and Programme of Action, of which the Universal Declaration of Human Rights is the foundation": no part', () => {
    const text = 'Recalling the Vienna Declaration and Programme of Action, of which the Universal Declaration of Human Rights is the foundation,';
    expect(partOf(attributions(text))).toEqual([]);
  });
});
