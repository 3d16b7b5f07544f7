// Audit aud54g (session 54): faults found annotating A/RES/80/160, 78/115 (Sixth Committee) and 80/182 (Third Committee)
// from their raw texts (tests/gold/aud54g-*.gold.tsv). Each case quotes the file and paragraph it comes from; each fix has a
// guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80_182: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/182', date: '2025-12-15' };
const { attributions, relations } = oneParagraph({ ctx: GA80_182, kind: 'preambular' });

const FFD4 = 'Event:Fourth International Conference on Financing for Development';
const SEVILLA = 'Framework:Sevilla Commitment';

describe('"<framework> of the <sitting>" where the gazetteer keys the framework by its short name: the sitting ADOPTED it', () => {
  it('A/RES/80/182 PP5: "... and the Sevilla Commitment of the Fourth International Conference on Financing for Development": ADOPTED, both REAFFIRMED', () => {
    const pp5 =
      'Reaffirming the adoption of the outcome document of the United Nations summit for the adoption of the post-2015 development agenda, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, the Addis Ababa Action Agenda of the Third International Conference on Financing for Development and the Sevilla Commitment of the Fourth International Conference on Financing for Development, and noting the acknowledgement therein of the role of cooperatives in the implementation of the 2030 Agenda and in relation to financing for development,';
    expect(attributions(pp5)).toContain(`ADOPTED ${FFD4} -> ${SEVILLA}`);
    // as the Addis Ababa Action Agenda, printed as one name with its sitting, already was
    expect(attributions(pp5)).toContain('ADOPTED Event:Third International Conference on Financing for Development -> Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development');
    const rel = relations(pp5);
    expect(rel).toContain(`REAFFIRMS ${SEVILLA}`);
    expect(rel).toContain(`REAFFIRMS ${FFD4}`);
  });

  it('A/RES/80/161 OP28: "Also recalls with satisfaction that, in the Sevilla Commitment of the Fourth International Conference ..., 38 States expressed ...": ADOPTED', () => {
    const op28 = 'Also recalls with satisfaction that, in the Sevilla Commitment of the Fourth International Conference on Financing for Development, 38 States expressed their commitment to consider joining the Convention;';
    expect(attributions(op28, 'operative', { body: 'General Assembly', symbol: 'A/RES/80/161', date: '2025-12-15' })).toContain(`ADOPTED ${FFD4} -> ${SEVILLA}`);
  });

  it('A/RES/79/267 PP17 (80/173 OP69): "the Vienna Declaration and Programme of Action of the World Conference on Human Rights": ADOPTED by the 1993 Conference', () => {
    const pp17 = 'Reaffirming the Vienna Declaration and Programme of Action of the World Conference on Human Rights,';
    const att = attributions(pp17, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/267', date: '2025-06-02' });
    expect(att.some((a) => a.startsWith('ADOPTED Event:World Conference on Human Rights') && a.endsWith('-> Framework:Vienna Declaration and Programme of Action'))).toBe(true);
  });

  it('guard: a framework named with its sitting in other words ("the Sevilla Commitment, the outcome of the Fourth International Conference") is read as before (no second ADOPTED)', () => {
    const t = 'Reaffirming the Sevilla Commitment of the Fourth International Conference on Financing for Development and the Sevilla Commitment adopted at the Fourth International Conference on Financing for Development,';
    expect(attributions(t).filter((a) => a === `ADOPTED ${FFD4} -> ${SEVILLA}`)).toHaveLength(1);
  });

  it('guard: A/RES/80/229 PP72 "resolution 12/4 ... within the scope of the United Nations Convention against Transnational Organized Crime of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime": the Conference of a treaty\'s parties adopted no treaty', () => {
    const pp72 =
      'Welcoming resolution 12/4 of 18 October 2024 on enhancing measures to prevent and combat crimes that affect the environment falling within the scope of the United Nations Convention against Transnational Organized Crime of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, and the discussions held at the first meeting of the expert group,';
    const att = attributions(pp72, 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/229', date: '2025-12-22' });
    expect(att.filter((a) => a.startsWith('ADOPTED ') && a.endsWith('-> Framework:United Nations Convention against Transnational Organized Crime'))).toEqual([]);
  });

  it('guard: a decade after a framework adopts nothing ("the Global Action Plan of the International Decade of Indigenous Languages")', () => {
    const t = 'Encourages Member States to implement the Global Action Plan of the International Decade of Indigenous Languages;';
    expect(attributions(t, 'operative').filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});
