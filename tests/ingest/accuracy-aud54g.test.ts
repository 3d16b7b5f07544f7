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

const GA80_160: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/160', date: '2025-12-15' };
const UN = 'Organization:United Nations';
const SG = 'Organization:Secretary-General of the United Nations';

describe('the Organization as the place where something is or is done ("at the United Nations", "throughout the United Nations"): no verb target', () => {
  it('A/RES/80/160 OP5 (78/102, 79/116): "welcomes the reaffirmation by the Secretary-General that there will be no tolerance for any corruption at the United Nations": the Secretary-General only', () => {
    const op5 =
      'Expresses its concern with respect to all alleged crimes on the part of United Nations officials and experts on mission, including allegations of fraud, corruption and other financial crimes, and in that regard welcomes the reaffirmation by the Secretary-General that there will be no tolerance for any corruption at the United Nations;';
    const rel = relations(op5, 'operative', GA80_160);
    expect(rel).toContain(`WELCOMES ${SG}`);
    expect(rel).not.toContain(`WELCOMES ${UN}`);
  });

  it('A/RES/80/160 OP6: "... is fully implemented in a coherent and coordinated manner throughout the United Nations": URGES the Secretary-General, not the Organization', () => {
    const op6 =
      'Urges the Secretary-General to continue to ensure that his zero-tolerance policy for criminal activities, such as sexual exploitation and abuse, fraud and corruption, is made known to all United Nations officials and experts on mission at all levels, especially those in managerial positions, and is fully implemented in a coherent and coordinated manner throughout the United Nations, including funds and programmes, and calls upon all entities in the United Nations, including funds, programmes and specialized agencies, as appropriate, to inform and to cooperate fully with the Office of Legal Affairs of the Secretariat in all cases involving allegations that a crime may have been committed by a United Nations official or expert on mission;';
    const rel = relations(op6, 'operative', GA80_160);
    expect(rel).toContain(`URGES ${SG}`);
    expect(rel).not.toContain(`URGES ${UN}`);
    expect(rel).not.toContain(`CALLS_UPON ${UN}`);
  });

  it('A/RES/79/136 PP7: "its Offices of the Special Representative at the United Nations, the European Union and the African Union": where the Offices sit (79/136 gold)', () => {
    const pp7 =
      'Acknowledging the global structure of the General Secretariat of the International Criminal Police Organization, consisting of its seat in Lyon, France, its Global Complex for Innovation located in Singapore, its regional bureaux and liaison offices around the world and its Offices of the Special Representative at the United Nations, the European Union and the African Union,';
    expect(relations(pp7, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/136', date: '2024-12-04' })).not.toContain(`ACKNOWLEDGES ${UN}`);
  });

  it('guard: A/RES/80/160 OP11 "Encourages all States and the United Nations to cooperate with each other": the Organization addressed keeps the verb', () => {
    const op11 = 'Encourages all States and the United Nations to cooperate with each other in the exchange of information and in facilitating the conduct of investigations;';
    expect(relations(op11, 'operative', GA80_160)).toContain(`ENCOURAGES ${UN}`);
  });

  it('guard: A/RES/79/319 PP7 "the annual parliamentary hearings at the United Nations, as well as other ... meetings organized by the Inter-Parliamentary Union in cooperation with the United Nations": the partner keeps WELCOMES', () => {
    const pp7 =
      'Welcoming the annual parliamentary hearings at the United Nations, as well as other specialized parliamentary meetings organized by the Inter-Parliamentary Union in cooperation with the United Nations to correspond to major United Nations conferences and events,';
    const rel = relations(pp7, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/319', date: '2025-06-02' });
    expect(rel.filter((r) => r === `WELCOMES ${UN}`)).toHaveLength(1);
  });

  it('guard: only the Organization: a Council "at" which a report is presented stays its addressee ("to present ... at the Human Rights Council")', () => {
    const t = 'Requests the Special Rapporteur to present an oral update at the Human Rights Council at its sixtieth session;';
    expect(relations(t, 'operative', GA80_160)).toContain('REQUESTS Organization:Human Rights Council');
  });
});
