// Session-64 audit aud64a: A/RES/79/263 (New Partnership for Africa's Development: progress in implementation and international
// support, plenary) and its sister text 78/262. Each case quotes the file and paragraph it comes from; each fix has a guard for
// the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/79/263',
  date: '2025-01-15',
  title: 'New Partnership for Africa’s Development: progress in implementation and international support',
};
const { relations } = oneParagraph({ ctx, kind: 'operative' });
const AUDA_NEPAD = 'Organization:African Union Development Agency-New Partnership for Africa\'s Development';

describe('the African Union\'s health bodies and vaccine initiatives of the NEPAD texts (gazetteer)', () => {
  // A/RES/79/263 OP16 (78/262 OP16)
  const OP16 =
    'Notes the unprecedented impact of COVID‑19 on the continent’s hard-won development and economic gains; notes that there is a need for additional support to reduce the effects of and recover from the pandemic to enable the continent to achieve the 2030 Agenda and Agenda 2063, and to support the implementation of the Adapted Africa Joint Continental Strategy for COVID‑19 Pandemic, fully operationalize and enhance the capacity of the African Medicines Agency and the Africa Centres for Disease Control and Prevention, including to support Africa’s manufacture of vaccines against COVID‑19 and other viral diseases, and urges Member States and the international community to support the continental development and manufacture of safe and effective vaccines, therapeutics, diagnostics and medical products, and other relevant initiatives, including African initiatives such as the Partnerships for African Vaccine Manufacturing and the African Vaccine Acquisition Trust accelerating post-COVID‑19 economic and social development;';

  it('A/RES/79/263 OP16: "the African Medicines Agency and the Africa Centres for Disease Control and Prevention": both bodies', () => {
    const rels = relations(OP16);
    expect(rels).toContain('NOTES Organization:Africa Centres for Disease Control and Prevention');
    // guard: the Agency beside it, read before by its head word, stays
    expect(rels).toContain('NOTES Organization:African Medicines Agency');
  });

  it('A/RES/79/263 OP16: "the Partnerships for African Vaccine Manufacturing and the African Vaccine Acquisition Trust": two initiatives', () => {
    const rels = relations(OP16);
    expect(rels).toContain('URGES Initiative:Partnerships for African Vaccine Manufacturing');
    expect(rels).toContain('URGES Initiative:African Vaccine Acquisition Trust');
    // guard: the continent's strategy of the first clause keeps its verb
    expect(rels).toContain('NOTES Framework:Adapted Africa Joint Continental Strategy for COVID-19 Pandemic');
  });
});

describe('"the Agency" after the African Union Development Agency-New Partnership for Africa\'s Development: that Agency', () => {
  it('A/RES/79/263 OP3 (78/262 OP3): "the Heads of State and Government Orientation Committee of the Agency", "cooperation with the Agency"', () => {
    const rels = relations(
      'Recognizes the efforts of the African Union Development Agency-New Partnership for Africa’s Development, and in this regard reaffirms the essential role played by the Heads of State and Government Orientation Committee of the Agency, welcomes the efforts by development partners to strengthen cooperation with the Agency, and underscores the importance of coherent and coordinated implementation of Agenda 2063 and the 2030 Agenda for Sustainable Development, while acknowledging that much needs to be done to overcome the challenges in their implementation;',
    );
    expect(rels).toContain(`RECOGNIZES ${AUDA_NEPAD}`);
    expect(rels).toContain(`REAFFIRMS ${AUDA_NEPAD}`);
    expect(rels).toContain(`WELCOMES ${AUDA_NEPAD}`);
    expect(rels.filter((r) => r.endsWith('Organization:African Union Development Agency'))).toEqual([]);
  });

  it('guard: A/RES/79/263 PP30 "to rename the African Union Development Agency as the ...": the former name stays a body of its own', () => {
    const rels = relations(
      'Taking note with appreciation of the transformation of the New Partnership Planning and Coordinating Agency into the African Union Development Agency in conformity with the decision of the Assembly of Heads of State and Government of the African Union to rename the African Union Development Agency as the African Union Development Agency-New Partnership for Africa’s Development,',
      'preambular',
    );
    expect(rels).toContain('NOTES Organization:African Union Development Agency');
    expect(rels).toContain(`NOTES ${AUDA_NEPAD}`);
  });

  it('guard: "the Agency" in a text that names another agency is that agency (A/RES/79/263 OP16 wording, no AUDA-NEPAD)', () => {
    const rels = relations('Calls for support to fully operationalize the African Medicines Agency and to enhance the capacity of the Agency;');
    expect(rels.filter((r) => r.includes(AUDA_NEPAD))).toEqual([]);
  });
});

describe('a note citing an organ\'s numbered text "adopted at its <n> session, held in <place> on <days>"', () => {
  const PP30 =
    'Taking note with appreciation of the transformation of the New Partnership Planning and Coordinating Agency into the African Union Development Agency in conformity with the decision of the Assembly of Heads of State and Government of the African Union to rename the African Union Development Agency as the African Union Development Agency-New Partnership for Africa’s Development,12';
  const SESSION = 'Event:eleventh extraordinary session of the Assembly of Heads of State and Government of the African Union';
  const ASSEMBLY_AU = 'Organization:Assembly of Heads of State and Government of the African Union';
  const DECISION = 'Resolution:Assembly of the African Union decision Ext/Assembly/AU/Dec.1(XI)';

  it('A/RES/79/263 PP30 note 12 (78/262): the session ADOPTED the decision, is SESSION_OF the Assembly, HELD_IN, STARTS_ON, ENDS_ON', () => {
    const atts = footnotedAttributions(
      'PP30',
      PP30,
      '12',
      'Development,12',
      'See decision Ext/Assembly/AU/Dec.1(XI) of the Assembly of Heads of State and Government of the African Union adopted at its eleventh extraordinary session, held in Addis Ababa on 17 and 18 November 2018.',
      ctx,
    );
    expect(atts).toContain(`ADOPTED ${ASSEMBLY_AU} -> ${DECISION}`);
    expect(atts).toContain(`ADOPTED ${SESSION} -> ${DECISION}`);
    expect(atts).toContain(`SESSION_OF ${SESSION} -> ${ASSEMBLY_AU}`);
    expect(atts).toContain(`HELD_IN ${SESSION} -> Place:Addis Ababa`);
    expect(atts).toContain(`STARTS_ON ${SESSION} -> Date:2018-11-17`);
    expect(atts).toContain(`ENDS_ON ${SESSION} -> Date:2018-11-18`);
  });

  it('guard: A/RES/79/263 OP35 note 28 "See decision Ext/Assembly/AU/Dec.1(XI), sect. XI.": no sitting, no attribution of one', () => {
    const atts = footnotedAttributions(
      'OP35',
      'Welcomes the progress that has been achieved in implementing the African Peer Review Mechanism, takes note of the decision on its institutional reform,28 and emphasizes African ownership of the process;',
      '28',
      'reform,28',
      'See decision Ext/Assembly/AU/Dec.1(XI), sect. XI.',
      ctx,
    );
    expect(atts.filter((a) => a.startsWith('ADOPTED') || a.startsWith('SESSION_OF') || a.startsWith('HELD_IN'))).toEqual([]);
  });
});
