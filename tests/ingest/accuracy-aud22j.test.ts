// Misses found by the session-22 audit aud22j: A/RES/78/144 (agricultural technology for sustainable development) and
// A/RES/78/220 (human rights in the Islamic Republic of Iran), and the same forms in other texts. Each case quotes the file
// and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/144', date: '2023-12-19' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const INDICATORS = 'Framework:Global indicator framework for the Sustainable Development Goals and targets of the 2030 Agenda for Sustainable Development';

describe('the global indicator framework for the Sustainable Development Goals is a framework', () => {
  it('A/RES/78/144 OP7 (80/133 OP8): "the ongoing work of the Statistical Commission on the global indicator framework"', () => {
    const OP7 =
      'Stresses the importance of indicators that can be used to formulate targeted policies towards the development and adoption of, access to and use of agricultural technology and to measure their impact on the Sustainable Development Goals, and in this regard encourages Member States, in cooperation with all relevant stakeholders, to continue to contribute to the ongoing work of the Statistical Commission on the global indicator framework;';
    expect(relations(OP7)).toContain(`ENCOURAGES ${INDICATORS}`);
    expect(relations(OP7)).toContain('ENCOURAGES Organization:Statistical Commission');
  });

  it('A/RES/79/217 OP17 (79/1 OP81, 79/199 OP25): "the global indicator framework for the Sustainable Development Goals and targets of the 2030 Agenda" names the Agenda after it', () => {
    const text =
      'Encourages Member States to consider migration when preparing their voluntary national reviews by, inter alia, including relevant data and indicators from the global indicator framework for the Sustainable Development Goals and targets of the 2030 Agenda, and requests the United Nations system entities to develop guidance for Member States in that regard;';
    expect(keys(text, 'Framework:')).toEqual([INDICATORS, 'Framework:2030 Agenda for Sustainable Development']);
  });

  it('guard: the Goals named alone stay the Goals ("to measure their impact on the Sustainable Development Goals")', () => {
    const text = 'Stresses the importance of indicators to measure their impact on the Sustainable Development Goals;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Sustainable Development Goals']);
  });
});

describe('the Doha Programme of Action printed without "the" before "Least Developed Countries"', () => {
  const DOHA = 'Framework:Doha Programme of Action for the Least Developed Countries for the Decade 2022-2031';
  const adopted = (text: string, after: string, note: string) =>
    extractWithNotes('PP30', text, [{ after, mark: after.replace(/^\D+/, ''), text: note }], { ...GA })
      .attributions.filter((a) => a.type === 'ADOPTED')
      .map((a) => `${a.source} -> ${a.target}`);

  it('A/RES/78/144 PP30 (80/133): "the Doha Programme of Action for Least Developed Countries,14" with "14 Resolution 76/258, annex."', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    const text =
      'Recalling further all relevant strategies and programmes of action for the least developed countries, landlocked developing countries and small island developing States, including the Doha Programme of Action for Least Developed Countries,14 the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024 and the SIDS Accelerated Modalities of Action (SAMOA) Pathway,';
    expect(adopted(text, 'Countries,14', 'Resolution 76/258, annex.')).toEqual([]);
  });

  it('guard: the short name is still the Programme, and a note far after it is not ("the Doha Programme of Action and the Sustainable Development Goals,14")', () => {
    const text = 'Recalling the Doha Programme of Action and the Sustainable Development Goals,14';
    expect(keys(text, 'Framework:Doha', 'preambular')).toEqual([DOHA]);
    expect(adopted(text, 'Goals,14', 'Resolution 76/258, annex.')).not.toContain(`Resolution:A/RES/76/258 -> ${DOHA}`);
  });
});

describe("an organization's constitution printed by its acronym or after the organization's name is one framework", () => {
  it('A/RES/79/136 PP29: "the Charter of the United Nations and the Constitution of INTERPOL"', () => {
    const text =
      'Convinced that increased and enhanced cooperation between the United Nations and INTERPOL in accordance with the Charter of the United Nations and the Constitution of INTERPOL, as well as applicable international law, will contribute to achieving the respective purposes and principles of both organizations,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:Charter of the United Nations', 'Framework:Constitution of the International Criminal Police Organization']);
  });

  it('A/RES/78/3 annex OP44: "under other provisions of the World Health Organization Constitution"', () => {
    const text =
      'Support the work of the Intergovernmental Negotiating Body to draft and negotiate a convention, agreement or other international instrument, with a view to adoption under article 19, or under other provisions of the World Health Organization Constitution as may be deemed appropriate;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Constitution of the World Health Organization']);
  });

  it('guard: another organization\'s constitution keeps its own name ("the Constitution of the United Nations Educational, Scientific and Cultural Organization")', () => {
    const text = 'Recalling the Constitution of the United Nations Educational, Scientific and Cultural Organization,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:Constitution of the United Nations Educational, Scientific and Cultural Organization']);
  });
});

describe("the Agency's codes printed with its name first are the same codes", () => {
  it('A/RES/78/49 (80/26): "the International Atomic Energy Agency Code of Practice on the International Transboundary Movement of Radioactive Waste" and "the Code of Practice ..., adopted on 21 September 1990"', () => {
    const long = 'Expresses the hope that the effective implementation of the International Atomic Energy Agency Code of Practice on the International Transboundary Movement of Radioactive Waste will enhance the protection of all States from the dumping of radioactive wastes on their territories;';
    const short = 'Recalling resolution GC(XXXIV)/RES/530 establishing the Code of Practice on the International Transboundary Movement of Radioactive Waste, adopted on 21 September 1990 by the General Conference of the International Atomic Energy Agency,';
    const key = 'Framework:Code of Practice on the International Transboundary Movement of Radioactive Waste';
    expect(keys(long, 'Framework:')).toEqual([key]);
    expect(keys(short, 'Framework:', 'preambular')).toEqual([key]);
  });

  it('A/RES/78/51: "the International Atomic Energy Agency Code of Conduct on the Safety and Security of Radioactive Sources"', () => {
    const text = 'Recalling, among other instruments, the International Atomic Energy Agency Code of Conduct on the Safety and Security of Radioactive Sources, its supplementary Guidance on the Import and Export of Radioactive Sources,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:Code of Conduct on the Safety and Security of Radioactive Sources', 'Framework:Guidance on the Import and Export of Radioactive Sources']);
  });
});

describe('a code named in full once and then short is one framework', () => {
  it('A/RES/78/105 OP2, OP3: "the Code of Conduct for Arbitrators", "the Code of Conduct for Judges"', () => {
    expect(keys('Recommends the use of the Code of Conduct for Arbitrators by arbitrators and parties;', 'Framework:')).toEqual([
      'Framework:Code of Conduct for Arbitrators in International Investment Dispute Resolution',
    ]);
    expect(keys('Recommends the use of the Code of Conduct for Judges by standing mechanisms;', 'Framework:')).toEqual([
      'Framework:Code of Conduct for Judges in International Investment Dispute Resolution',
    ]);
  });

  it('guard: another code of conduct keeps its name ("the Code of Conduct for Law Enforcement Officials")', () => {
    expect(keys('Recalling the Code of Conduct for Law Enforcement Officials,', 'Framework:', 'preambular')).toEqual(['Framework:Code of Conduct for Law Enforcement Officials']);
  });
});

describe('the regional codes of conduct against piracy printed by their full titles', () => {
  it('A/RES/79/144 OP135 (78/69 OP143, 80/110 OP129): "the Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships and Illicit Maritime Activity in West and Central Africa"', () => {
    const text =
      'Encourages States to implement the Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships and Illicit Maritime Activity in West and Central Africa, and calls upon States in the region to continue their efforts;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships and Illicit Maritime Activity in West and Central Africa']);
  });

  it('A/RES/78/69 OP142: "... in the Western Indian Ocean and the Gulf of Aden (Djibouti Code of Conduct)/Jeddah Amendment"', () => {
    const text =
      'Notes the continued implementation of the Code of Conduct concerning the Repression of Piracy and Armed Robbery against Ships in the Western Indian Ocean and the Gulf of Aden (Djibouti Code of Conduct)/Jeddah Amendment;';
    const got = keys(text, 'Framework:');
    expect(got[0]).toBe('Framework:Code of Conduct concerning the Repression of Piracy and Armed Robbery against Ships in the Western Indian Ocean and the Gulf of Aden');
    expect(got).not.toContain('Framework:Code of Conduct');
    expect(got).not.toContain('Framework:Djibouti Code of Conduct');
  });

  it('guard: "the Hague Code of Conduct against Ballistic Missile Proliferation" keeps its name', () => {
    expect(keys('Recalling the Hague Code of Conduct against Ballistic Missile Proliferation,', 'Framework:', 'preambular')).toEqual(['Framework:Hague Code of Conduct against Ballistic Missile Proliferation']);
  });
});
