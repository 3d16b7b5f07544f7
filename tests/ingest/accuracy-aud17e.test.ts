// Misses found by the session-17 audit aud17e: A/RES/78/210 (terrorism and human rights), A/RES/80/87 (decolonization and the
// specialized agencies), A/RES/78/104 (UNCITRAL mediation texts), A/RES/78/14 (Treaty of Pelindaba), and the same forms in
// other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/210', date: '2023-12-19' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a named memorandum is a framework; the Global Counterterrorism Forum is a body', () => {
  it('A/RES/78/210 OP20 (80/213): "the Algiers Memorandum on Good Practices on Preventing and Denying the Benefits of Kidnapping for Ransom by Terrorists"', () => {
    const text =
      'Strongly condemns terrorist acts and all acts of violence committed by terrorist groups, including trafficking in persons, kidnapping and hostage-taking with demands for ransom and/or political concessions, and calls upon all Member States to prevent terrorists from benefiting from ransom payment and political concessions and to secure the safe release of hostages, in accordance with applicable legal obligations, while noting the initiatives in this regard, including the Algiers Memorandum on Good Practices on Preventing and Denying the Benefits of Kidnapping for Ransom by Terrorists;';
    const fw = keys(text, 'Framework:');
    expect(fw.length).toBe(1);
    expect(fw[0]).toMatch(/^Framework:Algiers Memorandum on Good Practices on Preventing and Denying the Benefits of Kidnapping/);
    expect(relations(text).some((r) => r.startsWith('NOTES Framework:Algiers Memorandum'))).toBe(true);
  });

  it('A/RES/78/210 OP23: "the Hague-Marrakech Memorandum ... of the Global Counterterrorism Forum"', () => {
    const text =
      'Urges States to adopt rehabilitation and reintegration strategies for returning foreign terrorist fighters, in line with good practices, such as those set out in the Hague-Marrakech Memorandum on Good Practices for a More Effective Response to the Foreign Terrorist Fighter Phenomenon of the Global Counterterrorism Forum, and to adopt a comprehensive approach that includes, inter alia, the development of national centres for counsel and the prevention of radicalization to violence;';
    expect(keys(text, 'Framework:')).toEqual([
      'Framework:Hague-Marrakech Memorandum on Good Practices for a More Effective Response to the Foreign Terrorist Fighter Phenomenon',
    ]);
    expect(keys(text, 'Organization:')).toEqual(['Organization:Global Counterterrorism Forum']);
    expect(keys(text, 'Event:')).toEqual([]);
    expect(relations(text)).toContain('URGES Organization:Global Counterterrorism Forum');
  });

  it('guard: an unnamed "Memorandum of Understanding between ..." is no framework (A/RES/79/332)', () => {
    const text =
      'Recalling the signing of the Memorandum of Understanding between the secretariat of the Shanghai Cooperation Organization and the United Nations Educational, Scientific and Cultural Organization,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual([]);
  });

  it('A/RES/78/68 OP35 (79/145, 80/109): "the Memorandum of Understanding on the Conservation of Migratory Sharks" keeps its whole name', () => {
    const text =
      'Encourages States and regional economic integration organizations that have not yet done so to become signatories to and implement the Memorandum of Understanding on the Conservation of Migratory Sharks;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Memorandum of Understanding on the Conservation of Migratory Sharks']);
  });
});

describe('UNCITRAL’s "Model Provisions on ..." is a framework, and "the Model Provisions" refers back to it', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/104', date: '2023-12-07' };
  const FULL = 'Framework:Model Provisions on Mediation for International Investment Disputes';

  it('A/RES/78/104 OP1: "for having formulated and adopted the Model Provisions on Mediation for International Investment Disputes"', () => {
    const text =
      'Expresses its appreciation to the United Nations Commission on International Trade Law for having formulated and adopted the Model Provisions on Mediation for International Investment Disputes, the text of which is contained in annex I to the report of the Commission on the work of its fifty-sixth session, and the Guidelines on Mediation for International Investment Disputes, the text of which is contained in annex II to the same report;';
    expect(keys(text, 'Framework:', 'operative', { ...ctx })).toContain(FULL);
  });

  it('A/RES/78/104 OP1 then OP2: "Recommends the use of the Model Provisions by States"', () => {
    const shared = { ...ctx };
    extract('Expresses its appreciation to the United Nations Commission on International Trade Law for having formulated and adopted the Model Provisions on Mediation for International Investment Disputes;', 'operative', shared);
    const text = 'Recommends the use of the Model Provisions by States and other relevant stakeholders involved in the negotiation of international investment instruments and their incorporation into such instruments;';
    expect(relations(text, 'operative', shared)).toEqual([`RECOMMENDS ${FULL}`]);
  });

  it('guard: "the Model Provisions" named by no earlier text is no entity', () => {
    const text = 'Recommends the use of the Model Provisions by States and other relevant stakeholders;';
    expect(keys(text, 'Framework:', 'operative', { ...ctx })).toEqual([]);
  });
});

describe('"by the <body> of its resolution": the body named is the author', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/87', date: '2025-12-05' };

  it('A/RES/80/87 OP13 (78/83, 79/96): "the adoption by the Economic Commission for Latin America and the Caribbean of its resolution 574 (XXVII)"', () => {
    const text =
      'Recalls the adoption by the Economic Commission for Latin America and the Caribbean of its resolution 574 (XXVII) of 16 May 1998, calling for the necessary mechanisms for its associate members, including Non-Self-Governing Territories, to participate in the special sessions of the General Assembly;';
    const res = keys(text, 'Resolution:', 'operative', { ...ctx });
    expect(res).toEqual(['Resolution:Economic Commission for Latin America and the Caribbean resolution 574 (XXVII)']);
    expect(res).not.toContain('Resolution:A/RES/574(XXVII)');
  });

  it('guard: "the adoption by the General Assembly of its resolution 77/296" stays the Assembly’s', () => {
    const text = 'Welcoming the adoption by the General Assembly of its resolution 77/296 of 30 May 2023,';
    expect(keys(text, 'Resolution:', 'preambular', { ...ctx })).toEqual(['Resolution:A/RES/77/296']);
  });

  it('guard: "the report of the Secretary-General on the implementation of its resolution 79/96" is the citing body’s', () => {
    const text = 'Takes note of the report of the Secretary-General on the implementation of its resolution 79/96;';
    expect(keys(text, 'Resolution:', 'operative', { ...ctx })).toEqual(['Resolution:A/RES/79/96']);
  });
});

describe('a protocol "to the Treaty" is not what a later "the Treaty" refers back to', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/14', date: '2023-12-04' };
  const PELINDABA = 'Framework:African Nuclear-Weapon-Free Zone Treaty';

  it('A/RES/78/14 OP1, OP4, OP5 (79/15, 80/14): "to ensure the speedy application of the Treaty to territories ..."', () => {
    const shared = { ...ctx };
    extract('Recalls with satisfaction the entry into force of the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) on 15 July 2009;', 'operative', shared);
    extract('Expresses its appreciation to the nuclear-weapon States that have signed the Protocols to the Treaty that concern them, and calls upon those that have not yet ratified the Protocols that concern them to do so as soon as possible;', 'operative', shared);
    const x = extract(
      'Calls upon the States contemplated in Protocol III to the Treaty that have not yet done so to take all measures necessary to ensure the speedy application of the Treaty to territories for which they are, de jure or de facto, internationally responsible and which lie within the limits of the geographical zone established in the Treaty;',
      'operative',
      shared,
    );
    const treaty = x.mentions.filter((m) => m.phrase === 'Treaty').map((m) => m.key);
    expect(treaty.length).toBeGreaterThan(0);
    expect(new Set(treaty)).toEqual(new Set([PELINDABA]));
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`CALLS_UPON ${PELINDABA}`);
  });

  it('guard: "the Treaty" after the treaty alone still refers back to it', () => {
    const shared = { ...ctx };
    extract('Recalls with satisfaction the entry into force of the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba) on 15 July 2009;', 'operative', shared);
    expect(relations('Calls upon African States that have not yet done so to sign and ratify the Treaty as soon as possible;', 'operative', shared)).toEqual([`CALLS_UPON ${PELINDABA}`]);
  });
});

describe('"..., all held in <place>": every sitting listed before it was held there', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/14', date: '2023-12-04' };
  const TEXT =
    'Recalls the convening of the first Conference of States Parties to the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba), on 4 November 2010, the second Conference of States Parties, on 12 and 13 November 2012, the third Conference of States Parties, on 29 and 30 May 2014, the fourth Conference of States Parties, on 14 and 15 March 2018, and the fifth Conference of States Parties, on 17 and 18 May 2022, all held in Addis Ababa;';

  it('A/RES/78/14 OP3 (79/15, 80/14): the five conferences', () => {
    const held = attributions(TEXT, 'operative', { ...ctx }).filter((a) => a.startsWith('HELD_IN'));
    expect(held.length).toBe(5);
    expect(held.every((a) => a.endsWith('-> Place:Addis Ababa'))).toBe(true);
    expect(held.some((a) => a.includes('First Conference of States Parties'))).toBe(true);
    expect(held.some((a) => a.includes('Third Conference of States Parties'))).toBe(true);
  });

  it('guard: a sitting in another part of the sentence (after ";") is not held there', () => {
    const text =
      'Recalls the convening of the World Conference on Women, held in Beijing from 4 to 15 September 1995; and notes the first Conference of States Parties to the African Nuclear-Weapon-Free Zone Treaty and the second Conference of States Parties, all held in Addis Ababa;';
    const held = attributions(text, 'operative', { ...ctx }).filter((a) => a.startsWith('HELD_IN'));
    expect(held.filter((a) => a.includes('World Conference on Women'))).toEqual(held.filter((a) => a.includes('World Conference on Women') && a.endsWith('Place:Beijing')));
    expect(held.filter((a) => a.endsWith('Place:Addis Ababa')).length).toBe(2);
  });
});

describe('"the Department of Global Communications of the Secretariat": a department PART_OF the Secretariat, as the others are', () => {
  it('A/RES/78/76 OP7 (d): "through the Department of Global Communications of the Secretariat"', () => {
    const text =
      'To circulate to Member States the annual reports mentioned in paragraph 5 above and ensure the widest availability of the reports of the Special Committee and of information regarding its activities and findings through the Department of Global Communications of the Secretariat.';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/76', date: '2023-12-07' };
    expect(keys(text, 'Organization:', 'operative', { ...ctx })).toContain('Organization:Department of Global Communications');
    expect(attributions(text, 'operative', { ...ctx })).toContain('PART_OF Organization:Department of Global Communications -> Organization:Secretariat of the United Nations');
  });

  it('A/RES/78/312 OP3: the department, not the Secretariat, is asked to facilitate the day (LEADS)', () => {
    const text =
      'Invites the United Nations Educational, Scientific and Cultural Organization and the Department of Global Communications of the Secretariat to facilitate the observance of World Kiswahili Language Day, in collaboration with other relevant organizations of the United Nations system;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/312', date: '2024-07-01' };
    const leads = attributions(text, 'operative', { ...ctx }).filter((a) => a.startsWith('LEADS'));
    expect(leads.some((a) => a.startsWith('LEADS Organization:Department of Global Communications -> Event:World Kiswahili Language Day'))).toBe(true);
    expect(leads.some((a) => a.startsWith('LEADS Organization:United Nations Educational, Scientific and Cultural Organization -> Event:World Kiswahili Language Day'))).toBe(true);
    expect(leads.filter((a) => a.startsWith('LEADS Organization:Secretariat'))).toEqual([]);
  });

  it('A/RES/80/173 OP99: "a continued secretariat hosted by the Department of Economic and Social Affairs of the Secretariat"', () => {
    const text =
      'We decide that the Internet Governance Forum shall be made a permanent forum of the United Nations, with a continued secretariat hosted by the Department of Economic and Social Affairs of the Secretariat, on a stable and sustainable basis with appropriate staffing;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/173', date: '2025-12-17' };
    const attrs = attributions(text, 'operative', { ...ctx });
    expect(attrs).toContain('HOSTS Organization:Department of Economic and Social Affairs -> Organization:Internet Governance Forum');
    expect(attrs).toContain('PART_OF Organization:Department of Economic and Social Affairs -> Organization:Secretariat of the United Nations');
    expect(attrs.filter((a) => a.startsWith('HOSTS Organization:Secretariat'))).toEqual([]);
  });

  it('guard: "organized by the Office for Disarmament Affairs and the Department of Global Communications" keeps both agents', () => {
    const text =
      'Welcomes the International Day against Nuclear Tests, organized by the Office for Disarmament Affairs and the Department of Global Communications, in collaboration with civil society;';
    const attrs = attributions(text, 'operative', { ...GA }).filter((a) => a.startsWith('ORGANIZES'));
    expect(attrs.length).toBe(2);
  });
});
