// Session-54 plenary picks aud54f (gold tests/gold/aud54f-*: 80/72, 79/9, 80/11): the graph's faults found against the gold,
// each case quoting the file and paragraph it comes from, each fix with a guard (a near sentence that must not change).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/9', date: '2024-11-18' };
const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const PP4_79_9 =
  'Noting the adoption by the Islamic Summit Conference at its thirteenth session, held in Istanbul, Turkey, on 14 and 15 April 2016, of the Organization of Islamic Cooperation 2025 Programme of Action and the adoption on 14 March 2008 by the Islamic Summit Conference at its eleventh session, held in Dakar on 13 and 14 March 2008, of the amended Charter of the Organization of the Islamic Conference and its registration with the United Nations Secretariat,';

describe('a standing conference printed right before "at its <ordinal> session" holds that session', () => {
  it('A/RES/79/9 PP4: "the Islamic Summit Conference at its thirteenth session, held in Istanbul, Turkey, on 14 and 15 April 2016": the session is dated and placed, not the Conference', () => {
    const events = keys(PP4_79_9, 'Event:');
    expect(events).toContain('Event:thirteenth session of the Islamic Summit Conference');
    expect(events).toContain('Event:eleventh session of the Islamic Summit Conference');
    // the Conference itself is one series, no dated sitting of its own
    expect(events.filter((k) => k.startsWith('Event:Islamic Summit Conference'))).toEqual(['Event:Islamic Summit Conference', 'Event:Islamic Summit Conference']);
    const att = attributions(PP4_79_9);
    expect(att).toContain('HELD_IN Event:thirteenth session of the Islamic Summit Conference -> Place:Istanbul');
    expect(att).toContain('STARTS_ON Event:thirteenth session of the Islamic Summit Conference -> Date:2016-04-14');
    expect(att).toContain('ENDS_ON Event:eleventh session of the Islamic Summit Conference -> Date:2008-03-14');
    expect(att).toContain('HELD_IN Event:eleventh session of the Islamic Summit Conference -> Place:Dakar');
    expect(relations(PP4_79_9)).toContain('NOTES Event:thirteenth session of the Islamic Summit Conference');
  });

  it('guard, A/RES/79/55 PP13: an organization right before "at its" keeps its session ("the General Conference of the [IAEA] at its sixty-eighth regular session")', () => {
    const text =
      'Taking note of resolutions GC(68)/RES/8 and GC(68)/RES/9, adopted on 20 September 2024 by the General Conference of the International Atomic Energy Agency at its sixty-eighth regular session, which address measures to strengthen international cooperation and measures to enhance nuclear and radiation safety and nuclear security,';
    expect(keys(text, 'Event:', 'preambular', { ...GA, symbol: 'A/RES/79/55', date: '2024-12-02' })).toContain('Event:sixty-eighth session of the General Conference of the International Atomic Energy Agency');
  });

  it('guard, A/RES/78/164 OP17: "the Global Jobs Pact adopted by the International Labour Conference at its ninety-eighth session" is read as before', () => {
    const text =
      'Notes with concern the continuing high levels of unemployment, and in this regard invites donor countries to continue to assist Member States in adopting policies consistent with the Global Jobs Pact adopted by the International Labour Conference at its ninety-eighth session;';
    const events = keys(text, 'Event:', 'operative', { ...GA, symbol: 'A/RES/78/164', date: '2023-12-19' });
    expect(events).toContain('Event:International Labour Conference');
    expect(events).toContain('Event:ninety-eighth session of the International Labour Conference');
  });
});

const OP8_79_9 =
  'Also recalls the adoption of General Assembly resolution 78/264 of 15 March 2024 on measures to combat Islamophobia, sponsored by the Organization of Islamic Cooperation, in which the Assembly called upon Member States to take all necessary measures, and requested the Secretary-General to appoint a United Nations Special Envoy to combat Islamophobia;';

describe('the United Nations Special Envoy to Combat Islamophobia is a post of its own name', () => {
  it('A/RES/79/9 OP8: "requested the Secretary-General to appoint a United Nations Special Envoy to combat Islamophobia"', () => {
    const orgs = keys(OP8_79_9, 'Organization:', 'operative');
    expect(orgs).toContain('Organization:United Nations Special Envoy to Combat Islamophobia');
    expect(orgs).not.toContain('Organization:United Nations Special Envoy');
    expect(relations(OP8_79_9, 'operative')).toContain('RECALLS Organization:United Nations Special Envoy to Combat Islamophobia');
  });

  it('guard, A/RES/80/144 PP28: "the United Nations Special Envoy on Water" stays that envoy', () => {
    const text = 'Welcoming the appointment of the United Nations Special Envoy on Water,';
    const orgs = keys(text, 'Organization:', 'preambular', { ...GA, symbol: 'A/RES/80/144', date: '2025-12-15' });
    expect(orgs).toContain('Organization:United Nations Special Envoy on Water');
    expect(orgs.some((k) => k.includes('Islamophobia'))).toBe(false);
  });
});

const OP6_79_9 =
  'Welcomes the strong commitment of the Organization of Islamic Cooperation in the fight against violent extremism, affirms the important role of the Organization of Islamic Cooperation in responding, in coordination with the United Nations, to the threat posed by violent extremism, and takes note of the cooperation between relevant United Nations institutions and Sawt Al-Hikma (the Voice of Wisdom) and the Centre for Dialogue, Peace and Understanding within the General Secretariat of the Organization of Islamic Cooperation to delegitimize and deconstruct the extremist narratives;';

describe('Sawt Al-Hikma, the OIC centre, is an organization of the clause', () => {
  it('A/RES/79/9 OP6: "takes note of the cooperation between relevant United Nations institutions and Sawt Al-Hikma (the Voice of Wisdom)"', () => {
    const orgs = keys(OP6_79_9, 'Organization:', 'operative');
    expect(orgs).toContain('Organization:Sawt Al-Hikma');
    // its English name in brackets is the same node
    expect(orgs.filter((k) => k.includes('Wisdom'))).toEqual([]);
    expect(relations(OP6_79_9, 'operative')).toContain('NOTES Organization:Sawt Al-Hikma');
  });

  it('guard, same paragraph: the Centre for Dialogue, Peace and Understanding stays a target of its own', () => {
    expect(relations(OP6_79_9, 'operative').some((r) => r.startsWith('NOTES Organization:Centre for Dialogue, Peace and Understanding'))).toBe(true);
  });
});

const OP33_79_284 =
  'Welcomes the commitment of the Council of Europe to the promotion of the implementation of the United Nations Global Counter-Terrorism Strategy, notes the contribution of the Council of Europe to the implementation of relevant Security Council resolutions on the prevention and suppression of terrorist acts through the Council of Europe Convention on the Prevention of Terrorism and its Additional Protocol and through the Council of Europe Counter-Terrorism Strategy (2023–2027), and recalls that the Council of Europe Convention on the Prevention of Terrorism, including its Additional Protocol, and the Council of Europe Convention on Laundering, Search, Seizure and Confiscation of the Proceeds from Crime and on the Financing of Terrorism are open for accession by all States;';

describe('"<convention> and its Additional Protocol" is that convention\'s protocol, as "its Optional Protocol" is', () => {
  const GA79_284: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/284', date: '2025-06-30' };
  it('A/RES/79/284 OP33: "the Council of Europe Convention on the Prevention of Terrorism and its Additional Protocol", ", including its Additional Protocol,"', () => {
    const fws = keys(OP33_79_284, 'Framework:', 'operative', GA79_284);
    expect(fws).not.toContain('Framework:Additional Protocol');
    expect(fws).toContain('Framework:Additional Protocol to the Council of Europe Convention on the Prevention of Terrorism');
    const rel = relations(OP33_79_284, 'operative', GA79_284);
    expect(rel).toContain('NOTES Framework:Additional Protocol to the Council of Europe Convention on the Prevention of Terrorism');
    expect(rel).toContain('RECALLS Framework:Additional Protocol to the Council of Europe Convention on the Prevention of Terrorism');
  });

  it('guard, A/RES/79/154 OP5: "the Convention on the Rights of Persons with Disabilities and its Optional Protocol" reads as before', () => {
    const text = 'Calls upon States to consider ratifying the Convention on the Rights of Persons with Disabilities and its Optional Protocol, and the International Convention for the Protection of All Persons from Enforced Disappearance;';
    expect(keys(text, 'Framework:', 'operative', { ...GA79_284, symbol: 'A/RES/79/154', date: '2024-12-17' })).toContain('Framework:Optional Protocol to the Convention on the Rights of Persons with Disabilities');
  });
});

describe('the Council of Europe conventions whose names go on in lower case are read whole (gazetteer)', () => {
  const GA79_284: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/284', date: '2025-06-30' };
  it('A/RES/79/284 OP15: "the Convention for the Protection of Human Rights and Dignity of the Human Being with regard to the Application of Biology and Medicine (Convention on Human Rights and Biomedicine)": one convention', () => {
    const text =
      'Notes with appreciation the cooperation between the United Nations and the Council of Europe in the field of bioethics, and continues to recall that the Convention for the Protection of Human Rights and Dignity of the Human Being with regard to the Application of Biology and Medicine (Convention on Human Rights and Biomedicine) is open for accession by all States;';
    expect(keys(text, 'Framework:', 'operative', GA79_284)).toEqual([
      'Framework:Convention for the Protection of Human Rights and Dignity of the Human Being with regard to the Application of Biology and Medicine',
      'Framework:Convention for the Protection of Human Rights and Dignity of the Human Being with regard to the Application of Biology and Medicine',
    ]);
  });

  it('A/RES/79/284 OP29, OP39: the data protection and the football safety conventions, not their first words', () => {
    const op29 = 'Notes the continued development of the Council of Europe Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data, which is open for accession by all States;';
    expect(keys(op29, 'Framework:', 'operative', GA79_284)).toEqual(['Framework:Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data']);
    const op39 = 'Recalls that the Council of Europe Convention on an Integrated Safety, Security and Service Approach at Football Matches and Other Sports Events is open for accession by all States;';
    expect(keys(op39, 'Framework:', 'operative', GA79_284)).toEqual(['Framework:Council of Europe Convention on an Integrated Safety, Security and Service Approach at Football Matches and Other Sports Events']);
  });

  it('A/RES/79/284 OP30: "the adoption by the Committee of Ministers of the Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law": its name goes on after the comma', () => {
    const text =
      'Encourages further cooperation between the United Nations and the Council of Europe on the development of standard-setting instruments in the digital era, and notes in this context the adoption by the Committee of Ministers of the Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law;';
    expect(keys(text, 'Framework:', 'operative', GA79_284)).toEqual(['Framework:Council of Europe Framework Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law']);
  });

  it('guard: "the Convention for the Protection of Human Rights and Fundamental Freedoms" stays the European Convention', () => {
    const text = 'Recalls the Convention for the Protection of Human Rights and Fundamental Freedoms;';
    const fws = keys(text, 'Framework:', 'operative', GA79_284);
    expect(fws.some((k) => k.includes('Biology') || k.includes('Human Being'))).toBe(false);
    expect(fws.length).toBe(1);
  });
});

describe('the Congress of Local and Regional Authorities of the Council of Europe is an organ of the Council of Europe, not a sitting', () => {
  const GA79_284: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/284', date: '2025-06-30' };
  const OP24 =
    'Notes the cooperation between the Council of Europe and the United Nations Human Settlements Programme (UN-Habitat) in the field of sustainable urban governance, in particular also through the Congress of Local and Regional Authorities of the Council of Europe and its Centre of Expertise for Good Governance;';
  it('A/RES/79/284 OP24: "through the Congress of Local and Regional Authorities of the Council of Europe": an Organization PART_OF its owner, both targets', () => {
    expect(keys(OP24, 'Event:', 'operative', GA79_284)).toEqual([]);
    expect(keys(OP24, 'Organization:', 'operative', GA79_284)).toContain('Organization:Congress of Local and Regional Authorities of the Council of Europe');
    const att = attributions(OP24, 'operative', GA79_284);
    expect(att).toContain('PART_OF Organization:Congress of Local and Regional Authorities of the Council of Europe -> Organization:Council of Europe');
    expect(att.filter((a) => a.startsWith('SESSION_OF'))).toEqual([]);
    expect(relations(OP24, 'operative', GA79_284)).toContain('NOTES Organization:Congress of Local and Regional Authorities of the Council of Europe');
  });

  it('A/RES/79/284 OP24: "and calls for enhanced cooperation between the Congress of Local and Regional Authorities and the Economic Commission for Europe": the same organ, printed without its owner', () => {
    const text =
      'Calls for enhanced cooperation between the Council of Europe and the United Nations Human Settlements Programme (UN-Habitat) in the field of sustainable urban governance, and calls for enhanced cooperation between the Congress of Local and Regional Authorities and the Economic Commission for Europe and its Forum of Mayors;';
    expect(keys(text, 'Event:Congress', 'operative', GA79_284)).toEqual([]);
    expect(relations(text, 'operative', GA79_284)).toContain('CALLS_UPON Organization:Congress of Local and Regional Authorities of the Council of Europe');
  });

  it('guard, A/RES/79/284 PP7: "the fourth Summit of Heads of State and Government of the Council of Europe" stays a sitting', () => {
    const text = 'Welcoming the Reykjavik Declaration: United around Our Values, which was adopted at the fourth Summit of Heads of State and Government of the Council of Europe, held in Reykjavik on 16 and 17 May 2023,';
    expect(keys(text, 'Event:', 'preambular', GA79_284).some((k) => k.includes('Summit of Heads of State and Government of the Council of Europe'))).toBe(true);
  });
});
