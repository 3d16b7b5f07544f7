// Misses found by the session-14 hand audit aud14c: A/RES/79/106 (Question of Montserrat), A/RES/80/172 (Committee on
// Relations with the Host Country), A/RES/79/67 (Regional Centre for Peace and Disarmament in Asia and the Pacific),
// A/RES/78/41, A/RES/80/17 (nuclear-weapon-free zone in the Middle East), A/RES/78/19, A/RES/78/240, A/RES/78/312 (World
// Kiswahili Language Day). Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/17', date: '2025-12-01' };

function extract(text: string, ctx: RecognizeContext = GA, id = 'OP3') {
  return extractParagraph({ id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentions = (text: string, ctx?: RecognizeContext): string[] => extract(text, ctx).mentions.map((m) => m.key);
const citations = (text: string, ctx?: RecognizeContext): string[] => mentions(text, ctx).filter((k) => k.startsWith('Resolution:'));
const attributions = (text: string, ctx?: RecognizeContext, id?: string): string[] =>
  extract(text, ctx, id).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const IAEA = 'Resolution:General Conference of the International Atomic Energy Agency';

describe('resolutions and decisions of the General Conference of the International Atomic Energy Agency', () => {
  it('A/RES/80/17 OP3: "Takes note of resolution GC(69)/RES/15, adopted on 18 September 2025 by the General Conference ..."', () => {
    const text =
      'Takes note of resolution GC(69)/RES/15, adopted on 18 September 2025 by the General Conference of the International Atomic Energy Agency at its sixty-ninth regular session, concerning the application of Agency safeguards in the Middle East;';
    const r = extract(text);
    expect(r.mentions.map((m) => m.key)).toContain(`${IAEA} resolution GC(69)/RES/15`);
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toContain(`NOTES ${IAEA} resolution GC(69)/RES/15`);
  });

  it('A/RES/78/316 PP8: "resolution GC(67)/RES/16 of 28 September 2023, entitled ..." keeps its date', () => {
    const text =
      'Taking note also of resolution GC(67)/RES/16 of 28 September 2023, entitled “Nuclear safety, security and safeguards in Ukraine”, adopted by the General Conference of the Agency,';
    const m = extract(text, { ...GA, symbol: 'A/RES/78/316' }, 'PP8').mentions.find((x) => x.key === `${IAEA} resolution GC(67)/RES/16`);
    expect(m?.attrs.date).toBe('2023-09-28');
  });

  it('A/RES/80/7 OP2: a list after semicolons and "comprising", with lettered parts, then decisions', () => {
    const text =
      'Takes note of resolutions GC(69)/RES/7, entitled “Nuclear and radiation safety”; GC(69)/RES/8, entitled “Nuclear security”; GC(69)/RES/9, entitled “Strengthening the Agency’s activities related to nuclear science, technology and applications”, comprising GC(69)/RES/9 A.2, entitled “Support to the African Union’s Pan African Tsetse and Trypanosomosis Eradication Campaign (AU‑PATTEC)”, GC(69)/RES/9 A.3, entitled “Zoonotic Disease Integrated Action (ZODIAC) Project”, and GC(69)/RES/9 B, entitled “Nuclear power applications”; GC(69)/RES/10, entitled “Extending the Technical Cooperation Programme for the State of Palestine to the Gaza Strip”; and GC(69)/RES/16, entitled “Personnel”; and decisions GC(69)/DEC/10, entitled “Amendment to Article XIV.A of the Statute”, and GC(69)/DEC/12, entitled “Amendment to Article VI of the Statute”, adopted by the General Conference of the Agency at its sixty-ninth regular session;';
    expect(citations(text, { ...GA, symbol: 'A/RES/80/7' })).toEqual([
      `${IAEA} resolution GC(69)/RES/7`,
      `${IAEA} resolution GC(69)/RES/8`,
      `${IAEA} resolution GC(69)/RES/9`,
      `${IAEA} resolution GC(69)/RES/9 A.2`,
      `${IAEA} resolution GC(69)/RES/9 A.3`,
      `${IAEA} resolution GC(69)/RES/9 B`,
      `${IAEA} resolution GC(69)/RES/10`,
      `${IAEA} resolution GC(69)/RES/16`,
      `${IAEA} decision GC(69)/DEC/10`,
      `${IAEA} decision GC(69)/DEC/12`,
    ]);
  });

  it('negative: a document symbol of the General Conference is no resolution ("(GC(69)/RES/DEC(2025))", A/RES/80/7 fn 2)', () => {
    const text =
      'See International Atomic Energy Agency, Resolutions and Other Decisions of the General Conference, Sixty-ninth Regular Session of the General Conference, 15–19 September 2025 (GC(69)/RES/DEC(2025)) for the full texts of relevant resolutions.';
    expect(citations(text).filter((k) => k.includes('GC('))).toEqual([]);
  });

  it('negative: a semicolon ends a list of other numbers as before ("decisions 1/CP.21; GC(..." is not read on)', () => {
    const text = 'Recalling decision 1/CP.21; GC(69)/RES/15 is cited elsewhere,';
    expect(citations(text).filter((k) => k.includes('GC('))).toEqual([]);
  });
});

describe('a sitting "held by" a body is organized by it', () => {
  it('A/RES/79/106 PP16: "the Caribbean regional seminar ..., held by the Special Committee in Caracas and hosted by ..."', () => {
    const text =
      'Welcoming the Caribbean regional seminar on the theme “Pursuing goals and addressing needs of the Non-Self-Governing Territories”, held by the Special Committee in Caracas and hosted by the Government of the Bolivarian Republic of Venezuela from 14 to 16 May 2024, as a significant and forward-looking event, which enabled the participants to assess progress made and address challenges faced in the decolonization process, review the existing working methods of the Committee and renew its commitment to implementing its historic task,';
    const a = attributions(text, { body: 'General Assembly', symbol: 'A/RES/79/106', date: '2024-12-04' }, 'PP16');
    // (alone, the short name is keyed with the resolution; in the file, with the Committee's full name printed in PP1)
    expect(a).toContain('ORGANIZES Organization:Special Committee (A/RES/79/106) -> Event:Caribbean regional seminar @ 2024');
    expect(a).toContain('HOSTS Place:Venezuela (Bolivarian Republic of) -> Event:Caribbean regional seminar @ 2024');
  });

  it('negative, A/RES/78/243: what is "held by the Organization" is information, not a sitting', () => {
    const text =
      'Stresses the sensitivity and need for security of the data and information held by the Organization both at Headquarters and in the field, and stresses the importance of the Umoja enterprise resource planning system;';
    expect(attributions(text, { body: 'General Assembly', symbol: 'A/RES/78/243', date: '2023-12-22' }).filter((x) => x.startsWith('ORGANIZES'))).toEqual([]);
  });

  it('negative: "held in" without "by" attributes no organizer', () => {
    const text =
      'Welcoming the Pacific regional seminar, held in Dili from 21 to 23 May 2025, and the report of the Special Committee thereon,';
    expect(attributions(text, { body: 'General Assembly', symbol: 'A/RES/80/100', date: '2025-12-10' }, 'PP16').filter((x) => x.startsWith('ORGANIZES'))).toEqual([]);
  });
});

describe('organizations the gazetteer lacked', () => {
  it('A/RES/78/312 PP8: "the Southern African Development Community and the East African Community"', () => {
    const text =
      'Taking note of the approval and adoption of Kiswahili as an official and working language of the African Union, the Southern African Development Community and the East African Community as an important tool in fostering regional integration,';
    expect(mentions(text, { body: 'General Assembly', symbol: 'A/RES/78/312', date: '2024-07-01' })).toContain('Organization:East African Community');
  });

  it('negative: "East African" alone names no community', () => {
    const text = 'Noting the drought in the East African region and the Horn of Africa,';
    expect(mentions(text).filter((k) => k.includes('East African'))).toEqual([]);
  });
});

describe('names the gazetteer now knows in full', () => {
  it('A/RES/80/172 PP2: the Headquarters Agreement printed in full is the Headquarters Agreement', () => {
    const text =
      'Recalling Article 105 of the Charter of the United Nations, the Convention on the Privileges and Immunities of the United Nations,2 the Agreement between the United Nations and the United States of America regarding the Headquarters of the United Nations,3 the Vienna Convention on Diplomatic Relations4 and the responsibilities of the host country,';
    const r = extract(text, { body: 'General Assembly', symbol: 'A/RES/80/172', date: '2025-12-15' }, 'PP2');
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toContain('RECALLS Framework:Headquarters Agreement');
  });

  it('negative: another agreement between the United Nations and a party keeps its own name (A/RES/78/292 PP)', () => {
    const text =
      'Recalling the Relationship Agreement between the United Nations and the International Criminal Court, and the Headquarters Agreement,';
    const ms = mentions(text);
    expect(ms).toContain('Framework:Relationship Agreement between the United Nations and the International Criminal Court');
    expect(ms.filter((k) => k === 'Framework:Headquarters Agreement')).toHaveLength(1);
  });

  it('A/RES/79/67 PP3: "the twenty-second United Nations-Republic of Korea Joint Conference on Disarmament and Non-Proliferation Issues" is no Conference on Disarmament', () => {
    const text =
      'Taking note of the report of the Secretary-General, and expressing its appreciation to the Regional Centre for its important work in promoting dialogue and confidence-building measures through the organization of meetings, conferences and workshops in the region, including the twenty-second United Nations-Republic of Korea Joint Conference on Disarmament and Non-Proliferation Issues,';
    const ms = mentions(text, { body: 'General Assembly', symbol: 'A/RES/79/67', date: '2024-12-02' });
    expect(ms).not.toContain('Organization:Conference on Disarmament');
    expect(ms.some((k) => k.startsWith('Event:') && k.includes('United Nations-Republic of Korea Joint Conference on Disarmament and Non-Proliferation Issues'))).toBe(true);
  });

  it('negative, A/RES/78/19 PP17: the Conference on Disarmament itself stays an Organization', () => {
    const text =
      'Recognizing that negotiations for the conclusion of an international agreement or agreements to prevent an arms race in outer space remain a priority task of the Conference on Disarmament and that the concrete proposals on confidence-building measures could form an integral part of such agreements,';
    expect(mentions(text, { body: 'General Assembly', symbol: 'A/RES/78/19', date: '2023-12-04' })).toContain('Organization:Conference on Disarmament');
  });

  it('A/RES/79/40 OP27: "the Saving Lives Entity fund" is a fund (Initiative), not an Organization', () => {
    const text =
      'Welcomes the establishment of the Saving Lives Entity fund to ensure sustained financing for coordinated, integrated small arms control measures in countries most affected by the illicit trade in small arms and light weapons;';
    const ms = mentions(text, { body: 'General Assembly', symbol: 'A/RES/79/40', date: '2024-12-02' });
    expect(ms).toContain('Initiative:Saving Lives Entity');
    expect(ms).not.toContain('Organization:Saving Lives Entity');
  });
});

describe('a date after a sitting that belongs to an act named in between', () => {
  const text =
    'Expresses serious concern regarding multiple cases of denial of entry visas, and takes note of the statement of the United Nations Legal Counsel at the 320th meeting of the Committee on Relations with the Host Country addressing the press statement issued by the State Department on 29 August 2025 in relation to the host country’s obligations under the Headquarters Agreement;';

  it('A/RES/80/172 OP8: the 320th meeting is not dated by the State Department\'s statement', () => {
    const a = attributions(text, { body: 'General Assembly', symbol: 'A/RES/80/172', date: '2025-12-15' }, 'OP8');
    expect(a.filter((x) => x.startsWith('STARTS_ON'))).toEqual([]);
    expect(mentions(text, { body: 'General Assembly', symbol: 'A/RES/80/172', date: '2025-12-15' }).some((k) => k.startsWith('Event:320th meeting'))).toBe(true);
  });

  it('negative: a meeting "held on" a date keeps it', () => {
    const t = 'Takes note of the statement of the Legal Counsel at the 320th meeting of the Committee on Relations with the Host Country, held on 29 August 2025;';
    const a = attributions(t, { body: 'General Assembly', symbol: 'A/RES/80/172', date: '2025-12-15' }, 'OP8');
    expect(a.some((x) => x.startsWith('STARTS_ON') && x.endsWith('Date:2025-08-29'))).toBe(true);
  });
});

describe('the conferences on the humanitarian impact of nuclear weapons, a series', () => {
  // (aud37a: named with each sitting's days, the series is its four sittings)
  it('A/RES/78/240 PP15: printed in lowercase, the series is still named (as its sittings)', () => {
    const text =
      'Recalling the testimonies of survivors and victims of the nuclear tests at the conferences on the humanitarian impact of nuclear weapons, convened by Norway, on 4 and 5 March 2013, Mexico, on 13 and 14 February 2014, and Austria, on 8 and 9 December 2014 and on 20 June 2022, where survivors and victims of the tests’ experiences and testimonies contributed to our understanding of the harmful effects of the testing and use of nuclear weapons,';
    const r = extract(text, { body: 'General Assembly', symbol: 'A/RES/78/240', date: '2023-12-22' }, 'PP15');
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toContain('RECALLS Event:First Conference on the Humanitarian Impact of Nuclear Weapons');
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toContain('RECALLS Event:Fourth Conference on the Humanitarian Impact of Nuclear Weapons');
  });

  it('A/RES/78/42 PP14: "the most recent of which was held in Vienna on 20 June 2022" dates one of them, not the series', () => {
    const text =
      'Welcoming the renewed attention to the humanitarian consequences of nuclear weapons in disarmament forums since 2010, including in the Conferences on the Humanitarian Impact of Nuclear Weapons, the most recent of which was held in Vienna on 20 June 2022,';
    const r = extract(text, { body: 'General Assembly', symbol: 'A/RES/78/42', date: '2023-12-04' }, 'PP14');
    expect(r.mentions.map((m) => m.key)).toContain('Event:Conferences on the Humanitarian Impact of Nuclear Weapons');
    expect(r.attributions.filter((a) => a.source === 'Event:Conferences on the Humanitarian Impact of Nuclear Weapons' && (a.type === 'HELD_IN' || a.type === 'STARTS_ON'))).toEqual([]);
  });

  // (aud37a: all four, each its own node, not the fourth alone nor the series)
  it('negative, A/RES/78/53 PP29: "the first, second, third and fourth Conferences ..." is not the fourth one', () => {
    const text =
      'Recalling the convening of the first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons, in Oslo on 4 and 5 March 2013, in Nayarit, Mexico, on 13 and 14 February 2014, and in Vienna on 8 and 9 December 2014 and on 20 June 2022,';
    const ms = mentions(text, { body: 'General Assembly', symbol: 'A/RES/78/53', date: '2023-12-04' });
    expect(ms.filter((k) => k.startsWith('Event:'))).toEqual(['Event:First Conference on the Humanitarian Impact of Nuclear Weapons', 'Event:Second Conference on the Humanitarian Impact of Nuclear Weapons', 'Event:Third Conference on the Humanitarian Impact of Nuclear Weapons', 'Event:Fourth Conference on the Humanitarian Impact of Nuclear Weapons']);
  });

  it('negative: a lone ordinal before a known name still names that edition ("the Second International Decade ...")', () => {
    const text = 'Recalling the Second International Decade of the World’s Indigenous People,';
    expect(mentions(text).some((k) => k.startsWith('Event:Second International Decade'))).toBe(true);
  });
});

describe('the International Decades for the Eradication of Colonialism, together', () => {
  it('A/RES/79/106 PP5: "the plan of action for the International Decades for the Eradication of Colonialism"', () => {
    const text =
      'Conscious of the importance of continuing the effective implementation of the Declaration, taking into account the target set by the United Nations to eradicate colonialism by 2030 and the plan of action for the International Decades for the Eradication of Colonialism,4';
    expect(mentions(text, { body: 'General Assembly', symbol: 'A/RES/79/106', date: '2024-12-04' })).toContain('Event:International Decades for the Eradication of Colonialism');
  });

  // (session 17, acc17b: the capitalised ordinals name two of the series' editions, each its own node, as an annotator tags
  // them; still no "Fourth ... Decades" key)
  it('"the Third and Fourth International Decades ..." (A/RES/78/94) is the Third and the Fourth Decade, not a "Fourth ... Decades"', () => {
    const text =
      'Noting the regional seminars on the implementation of the Third and Fourth International Decades for the Eradication of Colonialism held since May 2014,';
    const ms = mentions(text, { body: 'General Assembly', symbol: 'A/RES/78/94', date: '2023-12-05' });
    expect(ms).toContain('Event:Third International Decade for the Eradication of Colonialism');
    expect(ms).toContain('Event:Fourth International Decade for the Eradication of Colonialism');
    expect(ms.filter((k) => k.startsWith('Event:Fourth International Decades'))).toEqual([]);
  });

  it('negative: one decade keeps its edition ("the Fourth International Decade for the Eradication of Colonialism")', () => {
    const text = 'Recalling the proclamation of the period 2021–2030 as the Fourth International Decade for the Eradication of Colonialism,';
    expect(mentions(text, { body: 'General Assembly', symbol: 'A/RES/79/106', date: '2024-12-04' })).toContain('Event:Fourth International Decade for the Eradication of Colonialism');
  });
});

describe('"a Permanent Mission": any State\'s, no one body', () => {
  it('A/RES/80/172 OP3: "the premises of a Permanent Mission" names no Organization', () => {
    const text =
      'Recalls the privileges and immunities applicable to the premises of the permanent missions to the United Nations, urges the host country to remove without delay any restrictions applied to the premises of a Permanent Mission inconsistent with those privileges and immunities;';
    expect(mentions(text, { body: 'General Assembly', symbol: 'A/RES/80/172', date: '2025-12-15' }).filter((k) => k.includes('Permanent Mission'))).toEqual([]);
  });

  it('negative, A/RES/79/82 OP5: a named mission stays', () => {
    const text = 'Requests the Permanent Observer Mission of the State of Palestine to the United Nations to continue its cooperation;';
    expect(mentions(text, { body: 'General Assembly', symbol: 'A/RES/79/82', date: '2024-12-03' })).toContain(
      'Organization:Permanent Observer Mission of the State of Palestine to the United Nations',
    );
  });
});

describe('resolutions of the Assembly of the Intergovernmental Oceanographic Commission, numbered by a Roman session', () => {
  it('A/RES/78/69 fn 108: "Intergovernmental Oceanographic Commission resolution XXX-2"', () => {
    const text =
      'Established through World Meteorological Organization resolution 9 (Cg-18) and Intergovernmental Oceanographic Commission resolution XXX-2, which also disbanded the Joint WMO-IOC Technical Commission for Oceanography and Marine Meteorology.';
    expect(citations(text, { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' })).toEqual([
      'Resolution:World Meteorological Organization resolution 9(Cg-18)',
      'Resolution:Intergovernmental Oceanographic Commission resolution XXX-2',
    ]);
  });

  it('negative: a Roman-numbered "resolution XXX-2" with no Commission printed is no citation', () => {
    expect(citations('Recalling resolution XXX-2 of the Conference,')).toEqual([]);
  });
});

describe('"the United Nations" before a verb or an adverb is the Organization, not an adjective', () => {
  it('A/RES/78/312 PP3: "Recognizing also that the United Nations pursues multilingualism ..."', () => {
    const text =
      'Recognizing also that the United Nations pursues multilingualism as a means of promoting, protecting and preserving diversity of languages and cultures globally,';
    const r = extract(text, { body: 'General Assembly', symbol: 'A/RES/78/312', date: '2024-07-01' }, 'PP3');
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toContain('RECOGNIZES Organization:United Nations');
  });

  it('A/RES/79/106 PP14: "the appropriate bodies of the United Nations actively pursue a public awareness campaign"', () => {
    const text =
      'Recognizing the need for the Special Committee to ensure that the appropriate bodies of the United Nations actively pursue a public awareness campaign aimed at assisting the people of Montserrat with their inalienable right to self-determination,';
    expect(mentions(text, { body: 'General Assembly', symbol: 'A/RES/79/106', date: '2024-12-04' })).toContain('Organization:United Nations');
  });

  it('negative: "United Nations entities", "the United Nations system" stay adjectives', () => {
    const text = 'Encourages the United Nations entities and the United Nations system as a whole to continue to support Member States;';
    expect(mentions(text).filter((k) => k === 'Organization:United Nations')).toEqual([]);
  });
});

describe('the Legal Counsel, a post as the Secretary-General\'s is', () => {
  it('A/RES/80/172 OP15: "recalls the statements of the Legal Counsel at the emergency, 295th, meeting of the Committee"', () => {
    const text =
      'Requests the Secretary-General to remain actively engaged in all aspects of the relations of the United Nations with the host country, and in this regard recalls the statements of the Legal Counsel at the emergency, 295th, meeting of the Committee, as set out in document A/AC.154/415;';
    const r = extract(text, { body: 'General Assembly', symbol: 'A/RES/80/172', date: '2025-12-15' }, 'OP15');
    expect(r.relations.map((x) => `${x.type} ${x.target}`)).toContain('RECALLS Organization:Legal Counsel of the United Nations');
  });

  it('negative: "access to legal counsel" is no post', () => {
    const text = 'Urges States to ensure that persons deprived of their liberty have prompt access to legal counsel;';
    expect(mentions(text).filter((k) => k.includes('Legal Counsel'))).toEqual([]);
  });
});

describe('a sitting "held under the auspices of" a body is organized by it', () => {
  it('A/RES/80/121 OP43: "the Tenth United Nations Conference on Competition and Consumer Protection, to be held under the auspices of UNCTAD"', () => {
    const text =
      'Welcomes the decision to convene the Tenth United Nations Conference on Competition and Consumer Protection, to be held under the auspices of the United Nations Conference on Trade and Development in 2025;';
    expect(attributions(text, { body: 'General Assembly', symbol: 'A/RES/80/121', date: '2025-12-15' }, 'OP43')).toContain(
      'ORGANIZES Organization:United Nations Conference on Trade and Development -> Event:Tenth United Nations Conference on Competition and Consumer Protection',
    );
  });

  it('negative, A/RES/78/177: "other processes held under the auspices of the United Nations" organize no sitting', () => {
    const text =
      'Encourages Member States to take into account the issue of marine debris in international discussions, such as in the General Assembly and other processes held under the auspices of the United Nations, by considering incorporating it;';
    expect(attributions(text, { body: 'General Assembly', symbol: 'A/RES/78/177', date: '2023-12-19' }).filter((x) => x.startsWith('ORGANIZES'))).toEqual([]);
  });
});
