// Name boundaries and back-references found wrong when reading GA resolutions against their text:
// event names cut at a lowercase word, generic short forms ("the Programme of Action", "the
// Fifteenth Congress") keyed as things of their own. Inputs are quoted from corpus-ga.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { EntityMention, RecognizeContext } from '../../ingest/models.js';

/** Mentions (no dates, no organizations nested in longer names: accuracy-nested.test.ts) of consecutive paragraphs of one resolution, as the pipeline sees them. */
function read(paragraphs: string[]): EntityMention[][] {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/999' };
  return paragraphs.map((text, i) =>
    extractParagraph({ id: `PP${i + 1}`, kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx).mentions.filter((m) => m.kind !== 'Date' && !m.nested),
  );
}
const keysOf = (ms: EntityMention[]): string[] => ms.map((m) => m.key);
const phrasesOf = (ms: EntityMention[]): string[] => ms.map((m) => m.phrase);

describe('event names with a lowercase verb phrase inside them', () => {
  it('"Conference to Support the Implementation of Sustainable Development Goal 14" is one name (A/RES/78/128)', () => {
    const [ms] = read(['Decides that the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development shall be held in Nice, France, from 9 to 13 June 2025,']);
    const ev = ms!.find((m) => m.kind === 'Event')!;
    expect(ev.phrase).toBe('2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14');
    expect(ev.key).toBe('Event:United Nations Ocean Conference @ 2025');
    expect(ev.attrs).toMatchObject({ startDate: '2025-06-09', endDate: '2025-06-13', location: 'Nice' });
  });

  it('the 2022 conference in Lisbon is another node than the 2025 one', () => {
    const [ms] = read(['Recalling the 2022 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development, held in Lisbon from 27 June to 1 July 2022,']);
    expect(keysOf(ms!)).toContain('Event:United Nations Ocean Conference @ 2022');
  });

  it('"Water Conference to Accelerate the Implementation of Sustainable Development Goal 6" (A/RES/78/206)', () => {
    const [ms] = read(['Looking forward to the 2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6: Ensure availability and sustainable management of water and sanitation for all, to be co-hosted by Senegal and the United Arab Emirates,']);
    const ev = ms!.find((m) => m.kind === 'Event')!;
    expect(ev.phrase).toBe('2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6');
    expect(ev.key).toBe('Event:United Nations Water Conference @ 2026');
  });

  it('an unknown conference "to Adopt the <known name>" runs to the end of the known name', () => {
    const [ms] = read(['Recalling the Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration, held in Marrakech, Morocco, on 10 and 11 December 2018,']);
    const ev = ms!.find((m) => m.kind === 'Event')!;
    expect(ev.phrase).toBe('Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration');
    expect(ev.attrs).toMatchObject({ startDate: '2018-12-10', location: 'Marrakech' });
  });

  it('the midterm review conference is named with its quoted decade title, and is the 2023 Water Conference', () => {
    const [ms] = read(['Recalling the United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, “Water for Sustainable Development”, 2018–2028, in New York from 22 to 24 March 2023,']);
    expect(ms!.map((m) => [m.key, m.phrase])).toContainEqual([
      'Event:United Nations Water Conference @ 2023',
      'United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, “Water for Sustainable Development”, 2018–2028',
    ]);
  });

  it('the decade with its quoted title and years is one mention', () => {
    const [ms] = read(['Welcoming the activities of the International Decade for Action, “Water for Sustainable Development”, 2018–2028, and']);
    expect(phrasesOf(ms!)).toContain('International Decade for Action, “Water for Sustainable Development”, 2018–2028');
  });

  it('a lowercase "the" between capitalised words elsewhere still ends a name', () => {
    const [ms] = read(['Invites the Commission on Crime Prevention and Criminal Justice to welcome the Secretary-General']);
    expect(phrasesOf(ms!)).toContain('Commission on Crime Prevention and Criminal Justice');
    expect(phrasesOf(ms!).some((p) => p.includes('welcome'))).toBe(false);
  });
});

describe('"the Programme of Action" refers back to the programme named before it', () => {
  it('in the same paragraph (A/RES/78/233 OP2)', () => {
    const [ms] = read(['Calls upon the least developed countries to implement the Doha Programme of Action for the Least Developed Countries, including by developing an ambitious national implementation strategy regarding the Programme of Action and integrating its provisions into their national policies']);
    expect(new Set(keysOf(ms!)).size).toBe(1);
    expect(phrasesOf(ms!)).toEqual(['Doha Programme of Action for the Least Developed Countries', 'Programme of Action']);
  });

  it('in a later paragraph (A/RES/78/174 PP2 -> PP4)', () => {
    const [, later] = read([
      'Recalling the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social Development,',
      'Welcoming the progress made towards the full implementation of the Copenhagen Declaration and the Programme of Action through concerted action',
    ]);
    expect(later!.find((m) => m.phrase === 'Programme of Action')?.key).toBe('Framework:Programme of Action of the World Summit for Social Development');
  });

  it('the nearest earlier programme in the paragraph wins over one named in an earlier paragraph', () => {
    const [, later] = read([
      'Recalling the Doha Programme of Action for the Least Developed Countries,',
      'Recalling the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024 and the implementation of the Programme of Action,',
    ]);
    const pa = later!.find((m) => m.phrase === 'Programme of Action')!;
    expect(pa.key).toMatch(/^Framework:Vienna Programme of Action/);
  });

  it('with nothing named before, no generic "Programme of Action" node is made', () => {
    const [ms] = read(['recognizing that, guided by the principles of resilience-building and risk reduction, implementation of the Programme of Action can support the integration of disaster risk reduction']);
    expect(keysOf(ms!)).not.toContain('Framework:Programme of Action');
  });

  it('nor a generic "Working Group"', () => {
    const [ms] = read(['Requests the Working Group to continue its work']);
    expect(keysOf(ms!)).not.toContain('Organization:Working Group');
  });
});

describe('ordinal short forms of events named in full before', () => {
  it('"the Fifteenth Congress" is the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice (A/RES/78/224)', () => {
    const [, later] = read([
      'Recalling its decision to hold the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice in Abu Dhabi in 2026,',
      'Recalling that it requested the Commission on Crime Prevention and Criminal Justice to approve the topics for the workshops of the Fifteenth Congress,',
    ]);
    expect(later!.find((m) => m.phrase === 'Fifteenth Congress')?.key).toBe('Event:Fifteenth United Nations Congress on Crime Prevention and Criminal Justice');
  });

  it('"the Ninth Review Conference" after its full name in the same paragraph', () => {
    const [ms] = read([
      'Recalling the Ninth Review Conference of the States Parties to the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction, and noting that the Ninth Review Conference decided',
    ]);
    const events = ms!.filter((m) => m.kind === 'Event');
    expect(events).toHaveLength(2);
    expect(events[1]!.phrase).toBe('Ninth Review Conference');
    expect(events[1]!.key).toBe(events[0]!.key);
  });

  it('an ordinal short form with no longer name before stays as printed', () => {
    const [ms] = read(['Welcomes the Third Review Conference held in Oslo in 2014,']);
    expect(keysOf(ms!).some((k) => k.startsWith('Event:Third Review Conference'))).toBe(true);
  });
});

describe('kinds and referents of long event names', () => {
  it('"Biennial Meeting of States to Consider the Implementation of the Programme of Action ..." is a meeting, not a framework', () => {
    const [ms] = read(['Welcomes the Eighth Biennial Meeting of States to Consider the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, held in New York']);
    expect(ms![0]).toMatchObject({
      kind: 'Event',
      phrase: 'Eighth Biennial Meeting of States to Consider the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects',
    });
  });

  it('the review conference of the small arms programme runs to the end of the programme\'s name', () => {
    const [ms] = read(['Recalling the Fourth United Nations Conference to Review Progress Made in the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, held in New York from 18 to 29 June 2018,']);
    expect(ms![0]!.kind).toBe('Event');
    expect(ms![0]!.phrase.endsWith('in All Its Aspects')).toBe(true);
    expect(ms![0]!.attrs).toMatchObject({ startDate: '2018-06-18', location: 'New York' });
  });

  it('"Doha Programme of Action for ..." is still a framework', () => {
    const [ms] = read(['Recalling the Doha Programme of Action for the Least Developed Countries,']);
    expect(ms![0]!.kind).toBe('Framework');
  });

  it('frameworks with a comma-separated verb list are read whole', () => {
    const [ms] = read([
      'Recalling the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime, the Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing and the International Plan of Action to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing,',
    ]);
    expect(phrasesOf(ms!.filter((m) => m.kind === 'Framework'))).toEqual(
      expect.arrayContaining([
        'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
        'Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing',
        'International Plan of Action to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing',
      ]),
    );
  });

  it('"the Declaration and Programme of Action on a Culture of Peace" is one framework (A/RES/78/129 PP3)', () => {
    const [ms] = read(['Recalling also its resolutions 53/243 A and B of 13 September 1999 on the Declaration and Programme of Action on a Culture of Peace, which serve as a universal mandate']);
    expect(keysOf(ms!)).toContain('Framework:Declaration and Programme of Action on a Culture of Peace');
    expect(keysOf(ms!)).not.toContain('Framework:Programme of Action');
  });

  it('"the Conference of the Parties" is not a back-reference to the last conference (A/RES/78/154 OP33)', () => {
    const [ms] = read(['Recalling the United Nations Conference on Sustainable Development, and welcomes the convening of the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change']);
    const session = ms!.find((m) => m.phrase.startsWith('twenty-seventh session'))!;
    expect(session.key).toBe('Event:twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change');
  });

  it('a session named before is not what "the Conference" later refers to', () => {
    const [, later] = read([
      'Recalling the 2023 United Nations Water Conference and the fifteenth session of the Conference of the Parties to the Convention on Biological Diversity,',
      'Decides that the Conference shall be held in New York,',
    ]);
    expect(later!.find((m) => m.phrase === 'Conference')?.key).not.toMatch(/session/);
  });
});

describe('lists of capitalised words inside names', () => {
  it.each([
    ['Welcoming the establishment of the Global Crisis Response Group on Food, Energy and Finance, chaired and convened by the Secretary-General,', 'Global Crisis Response Group on Food, Energy and Finance', 'Organization'],
    ['Requests the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean to continue', 'United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean', 'Organization'],
    ['Recalling the Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities,', 'Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities', 'Framework'],
    ['Invites the International Labour Organization Joint Ad Hoc Working Group on Illegal, Unreported and Unregulated Fishing and Related Matters to meet', 'International Labour Organization Joint Ad Hoc Working Group on Illegal, Unreported and Unregulated Fishing and Related Matters', 'Organization'],
  ])('%s', (text, phrase, kind) => {
    const [ms] = read([text]);
    expect(ms!.map((m) => [m.phrase, m.kind])).toContainEqual([phrase, kind]);
  });

  it('a list of country names stays a list of places', () => {
    const [ms] = read(['Welcoming the contributions of the Republic of Moldova, Tunisia, Mauritius and Senegal,']);
    expect(ms!.map((m) => m.kind)).toEqual(['Place', 'Place', 'Place', 'Place']);
  });

  it('a comma before a multi-word item ends the name ("Committee on Information, Member States and ...")', () => {
    const [ms] = read(['Requests the Committee on Information, Member States and observers to continue']);
    expect(phrasesOf(ms!)).toContain('Committee on Information');
  });
});

describe('footnote marks printed against the last word of a name (GA PDFs)', () => {
  it('"Programme of Action2" is the Vienna Declaration and Programme of Action (A/RES/78/179 PP1)', () => {
    const [ms] = read(['Recalling the Universal Declaration of Human Rights,1 the Vienna Declaration and Programme of Action2 and relevant international human rights instruments,']);
    expect(ms!.map((m) => [m.key, m.phrase])).toContainEqual(['Framework:Vienna Declaration and Programme of Action', 'Vienna Declaration and Programme of Action']);
  });

  it('"Cultural Rights2": the name stops before the mark', () => {
    const [ms] = read(['Recalling the International Covenant on Economic, Social and Cultural Rights2 and the International Covenant on Civil and Political Rights,']);
    expect(phrasesOf(ms!)).toContain('International Covenant on Economic, Social and Cultural Rights');
  });

  it('a year glued to a word is no footnote mark in a symbol-like acronym ("G20" stays whole)', () => {
    const [ms] = read(['Welcoming the Group of 20 and the G20 summit,']);
    expect(phrasesOf(ms!).some((p) => p === 'G')).toBe(false);
  });
});

describe('trailing words that are not part of a name', () => {
  it('"... Minorities in 2022": the year stays out of the name', () => {
    const [ms] = read(['Noting the thirtieth anniversary of the Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities in 2022,']);
    expect(phrasesOf(ms!)).toContain('Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities');
  });

  it('"International Year of Cooperatives in 2025" is the 2025 year (A/RES/78/175 OP3)', () => {
    const [ms] = read(['Calls for the proclamation of another International Year of Cooperatives in 2025, and encourages all Member States']);
    expect(ms!.find((m) => m.kind === 'Event')?.key).toBe('Event:International Year of Cooperatives @ 2025');
  });
});

describe('head at the end of a name after "for"', () => {
  it('"Tokyo Nutrition for Growth Summit, convened by the Government of Japan on 7 and 8 December 2021" (A/RES/78/168 OP19)', () => {
    const [ms] = read(['Takes note of the Tokyo Nutrition for Growth Summit, convened by the Government of Japan on 7 and 8 December 2021, and the Tokyo Compact on Global Nutrition for Growth,']);
    const ev = ms!.find((m) => m.kind === 'Event')!;
    expect(ev).toMatchObject({ phrase: 'Tokyo Nutrition for Growth Summit', attrs: { startDate: '2021-12-07', endDate: '2021-12-08' } });
  });

  it('"Notes the Final Document of the Tenth Special Session of the General Assembly," reads the known instrument whole', () => {
    const [ms] = read(['Notes the Final Document of the Tenth Special Session of the General Assembly,']);
    expect(ms!.filter((m) => m.kind === 'Framework').map((m) => m.phrase)).toEqual(['Final Document of the Tenth Special Session of the General Assembly']);
    // (the session it names is the node running text names, not one read from the capitals: aud48h)
    expect(ms!.filter((m) => m.kind === 'Event').map((m) => m.key)).toEqual(['Event:tenth special session of the General Assembly']);
  });

  it.each([
    'Requests the Presidents of the Conference to report,',
    'Decides to grant the Power to the Special Committee,',
  ])('no head-at-the-end reading for "%s"', (text) => {
    const [ms] = read([text]);
    expect(ms!.filter((m) => m.kind === 'Event' || m.kind === 'Framework').map((m) => m.phrase)).toEqual([]);
  });
});

describe('"the Conference of the Parties" after a named one', () => {
  it('refers back to the conference of the parties named before (not to a generic node)', () => {
    const [ms] = read(['Welcomes the fifteenth session of the Conference of the Parties to the Convention on Biological Diversity, and notes that the Conference of the Parties decided']);
    const bare = ms!.find((m) => m.phrase === 'Conference of the Parties')!;
    expect(bare.key).toBe('Event:Conference of the Parties to the Convention on Biological Diversity');
  });

  it('with none named before, no generic "Conference of the Parties" node', () => {
    const [ms] = read(['Requests the Conference of the Parties to consider']);
    expect(keysOf(ms!).some((k) => k.startsWith('Event:Conference of the Parties'))).toBe(false);
  });
});

describe('mandate holders and bodies: where the name ends', () => {
  it.each([
    ['Takes note of the report of the Special Rapporteur on the human rights of internally displaced persons20 and the conclusions contained therein', 'Special Rapporteur on the human rights of internally displaced persons'],
    ['Decides that the Working Group on the strengthening of the Convention would make appropriate recommendations', 'Working Group on the strengthening of the Convention'],
    ['Takes note of the report of the Special Rapporteur on the human rights of migrants submitted to the Human Rights Council at its fifty-sixth session,', 'Special Rapporteur on the human rights of migrants'],
    ['Requests the Special Rapporteur on the right to food to submit an interim report', 'Special Rapporteur on the right to food'],
  ])('%s', (text, phrase) => {
    const [ms] = read([text]);
    expect(phrasesOf(ms!)).toContain(phrase);
  });

  it('"on 9 and 10 August 2009" is no topic of a Personal Envoy', () => {
    const [ms] = read(['Welcomes the meeting with the Personal Envoy of the Secretary-General on 9 and 10 August 2009 in Dürnstein,']);
    expect(phrasesOf(ms!).some((p) => p.includes('August'))).toBe(false);
  });

  it.each([
    'Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance',
    'Special Rapporteur on extrajudicial, summary or arbitrary executions',
    'Special Rapporteur on trafficking in persons, especially women and children',
    'Special Committee to Investigate Israeli Practices Affecting the Human Rights of the Palestinian People and Other Arabs of the Occupied Territories',
  ])('a mandate whose name holds a comma or a participle is read whole: %s', (name) => {
    const [ms] = read([`Takes note of the report of the ${name}, and requests`]);
    expect(ms!.map((m) => [m.kind, m.phrase])).toContainEqual(['Organization', name]);
  });

  it('"the Special Committee in Caracas": a body is not named after the city it met in (A/RES/78/86 PP15)', () => {
    const [ms] = read(['Welcomes the Caribbean regional seminar held by the Special Committee in Caracas from 10 to 12 May 2023,']);
    expect(phrasesOf(ms!)).toEqual(expect.arrayContaining(['Special Committee', 'Caracas']));
  });

  it('"the Scientific Committee in May 2022 in Vienna": nor after the month it met in', () => {
    const [ms] = read(['Welcomes the work of the Scientific Committee in May 2022 in Vienna,']);
    expect(phrasesOf(ms!)).toContain('Scientific Committee');
  });

  it('a centre or office keeps the city it stands in ("Regional Service Centre in Entebbe") and a region stays in a body\'s name', () => {
    const [ms] = read(['Notes the work of the Regional Service Centre in Entebbe and of the Subregional Centre for Human Rights and Democracy in Central Africa,']);
    expect(phrasesOf(ms!)).toEqual(['Regional Service Centre in Entebbe', 'Subregional Centre for Human Rights and Democracy in Central Africa']);
  });

  it('"the Special Committee" later in the paragraph of its full name is that committee; "for 2017" is no part of a name (A/RES/78/100 PP1)', () => {
    const [ms] = read([
      'Having examined the report of the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples for 2023, and the report of the Special Committee for 2017',
    ]);
    // (the names only: the two reports, printed here without their footnote marks, are Documents of their own, aud42g)
    expect(new Set(keysOf(ms!).filter((k) => !k.startsWith('Document:')))).toEqual(new Set(['Organization:Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples']));
  });
});

describe('"Continues to <verb>" and "Remains concerned"', () => {
  it('A/RES/78/160 OP34: "Continues to encourage" types its targets ENCOURAGES', async () => {
    const { splitClauses } = await import('../../ingest/clauses.js');
    expect(splitClauses('Continues to encourage the United Nations system to take an active role', 'operative').map((c) => c.relation)).toEqual(['ENCOURAGES']);
    expect(splitClauses('Continues to express particular concern about systemic discrimination, and urges States', 'operative').map((c) => c.relation)).toEqual(['EXPRESSES', 'URGES']);
  });

  it('A/RES/78/168 OP37: "Remains deeply concerned" is a clause with no relation', async () => {
    const { splitClauses } = await import('../../ingest/clauses.js');
    const [c] = splitClauses('Remains deeply concerned about the recurring food insecurity and malnutrition', 'operative');
    expect(c!.verb).toBe('Remains deeply concerned');
    expect(c!.relation).toBeUndefined();
  });
});

describe('editions of a series named in full before', () => {
  it('"the Tenth Review Conference" after the Ninth one in full: the same series with its own ordinal', () => {
    const [ms] = read([
      'Recalling the Ninth Review Conference of the States Parties to the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction, and looking forward to the Tenth Review Conference,',
    ]);
    expect(ms!.find((m) => m.phrase === 'Tenth Review Conference')?.key).toBe(
      // (keyed "<ordinal> Review Conference (<treaty>)" with the treaty's gazetteer name: names12)
      'Event:Tenth Review Conference (Biological Weapons Convention)',
    );
  });

  it('"the 2010 Review Conference" follows the 2000 Review Conference, not the 1995 Review and Extension Conference', () => {
    const [ms] = read([
      'Recalling the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons and the 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons and the 2010 Review Conference,',
    ]);
    // (the NPT's 2010 conference is its eighth, keyed as the ordinal one: names12)
    expect(ms!.find((m) => m.phrase === '2010 Review Conference')?.key).toBe('Event:Eighth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
  });

  it('"the Fourteenth Congress" after the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice', () => {
    const [, later] = read(['Recalling the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice,', 'Recalling the Kyoto Declaration adopted at the Fourteenth Congress,']);
    expect(later!.find((m) => m.phrase === 'Fourteenth Congress')?.key).toBe('Event:Fourteenth United Nations Congress on Crime Prevention and Criminal Justice');
  });
});

describe('instruments "of the United Nations"', () => {
  it('keep the United Nations in their name', () => {
    const [ms] = read(['Recalling the Convention on the Privileges and Immunities of the United Nations and the Financial Regulations and Rules of the United Nations,']);
    expect(phrasesOf(ms!)).toEqual(['Convention on the Privileges and Immunities of the United Nations', 'Financial Regulations and Rules of the United Nations']);
  });

  it('but a code "of the Food and Agriculture Organization" names its author apart', () => {
    const [ms] = read(['Recalling the Code of Conduct for Responsible Fisheries of the Food and Agriculture Organization of the United Nations,']);
    expect(ms!.map((m) => m.kind)).toEqual(['Framework', 'Organization']);
  });

  it('"Convention on the Safety of United Nations and Associated Personnel" is one name', () => {
    const [ms] = read(['Urges States to become parties to the Convention on the Safety of United Nations and Associated Personnel,']);
    expect(phrasesOf(ms!)).toEqual(['Convention on the Safety of United Nations and Associated Personnel']);
  });
});

describe('"its <ordinal> session" in a General Assembly text', () => {
  const events = (text: string): string[] => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/87', date: '2024-12-06' };
    return extractParagraph({ id: 'OP4', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx).mentions.filter((m) => m.kind === 'Event').map((m) => m.key);
  };

  it('A/RES/80/16 PP3: "at its eleventh substantive session" is not a session of the Assembly', () => {
    expect(events('Recalling further that, at its eleventh substantive session, on 11 July 2025, the open-ended working group considered its final report,')).toEqual([]);
  });

  it('A/RES/79/87 OP4: "at its sixty-third session, the Legal Subcommittee" is not the Assembly\'s sixty-third session', () => {
    expect(events('Notes that, at its sixty-third session, the Legal Subcommittee of the Committee continued its work')).not.toContain('Event:sixty-third session of the General Assembly');
  });

  it('"its seventy-ninth session" and "its twenty-fourth special session" are the Assembly\'s', () => {
    expect(events('Decides to include in the provisional agenda of its seventy-ninth session the item, recalling its twenty-fourth special session,')).toEqual([
      'Event:seventy-ninth session of the General Assembly',
      'Event:twenty-fourth special session of the General Assembly',
    ]);
  });

  it('"since its forty-third session in 1988": the year confirms the Assembly (A/RES/78/49 PP6)', () => {
    expect(events('Recalling all its resolutions on the matter since its forty-third session in 1988, including')).toEqual(['Event:forty-third session of the General Assembly']);
  });
});

describe('container titles', () => {
  it('a title line cut in the extracted text gives way to the full title of the front matter (A/RES/80/16)', async () => {
    const { segmentResolutions } = await import('../../ingest/segment.js');
    const { cleanText } = await import('../../ingest/clean.js');
    const text = 'Resolution adopted by the General Assembly on 1 December 2025\n\n80/16. Open-ended working group on security of and in the use of\n\nThe General Assembly,\n\nRecalling its resolutions 75/240 of 31 December 2020,\n\n1. Decides to endorse the final report;';
    const src = { file: 'A_RES_80_16.railcar.txt', format: 'markdown' as const, text, meta: { title: 'Open-ended Working Group on Security of and in the Use of Information and Communications Technologies 2021-2025 established pursuant to General Assembly resolution 75/240 :' } };
    const [r] = segmentResolutions(cleanText(src), src);
    expect(r!.title).toBe('Open-ended Working Group on Security of and in the Use of Information and Communications Technologies 2021-2025 established pursuant to General Assembly resolution 75/240');
  });
});

describe('regressions caught in the corpus-wide diff', () => {
  it('a footnote mark after a year range ("2024–203413") does not hide the known name (A/RES/80/118 PP19)', () => {
    const [ms] = read(['Recognizing that the Doha Programme of Action for the Least Developed Countries,12 the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–203413 and the Antigua and Barbuda Agenda']);
    expect(ms!.map((m) => [m.kind, m.phrase])).toContainEqual(['Framework', 'Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034']);
    expect(ms!.some((m) => m.kind === 'Event')).toBe(false);
  });

  it('seed PP8 / A/RES/79/194 PP8: "the Plan of Action adopted by the World Summit on the Information Society" is the Geneva Plan of Action', () => {
    const [ms] = read(['Recalling the Declaration of Principles and the Plan of Action adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003,']);
    expect(keysOf(ms!)).toContain('Framework:Geneva Plan of Action');
  });
});

describe('"Official Records of the General Assembly" in footnotes', () => {
  it('names a publication, not the Assembly acting (A/RES/78/100 PP1 fn1)', () => {
    const [ms] = read(['Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 23 (A/78/23).']);
    expect(ms!.map((m) => m.key)).toEqual(['Document:A/78/23']);
  });

  it('"Records of the General Conference" of UNESCO neither; the organization before it stays', () => {
    const [ms] = read(['United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021, vol. 1']);
    expect(ms!.map((m) => m.kind)).toEqual(['Organization', 'Place']);
  });

  it('"the General Assembly" elsewhere is still the Assembly', () => {
    const [ms] = read(['Requests the Secretary-General to report to the General Assembly at its seventy-ninth session']);
    expect(keysOf(ms!)).toContain('Organization:General Assembly');
  });
});

describe('"United Nations" as part of other names', () => {
  it('"United Nations and associated personnel" is personnel, not the Organization (A/RES/78/118)', () => {
    const [ms] = read(['Strongly condemns all attacks against United Nations and associated personnel and United Nations and humanitarian personnel,']);
    expect(keysOf(ms!)).not.toContain('Organization:United Nations');
  });

  it.each([
    ['United Nations Audiovisual Library of International Law', 'Initiative'],
    ['United Nations Regional Courses in International Law', 'Initiative'],
    ['United Nations Logistics Base at Brindisi, Italy', 'Organization'],
    ['United Nations Joint Staff Pension Fund', 'Organization'],
  ])('"%s" is one name', (name, kind) => {
    const [ms] = read([`Welcomes the work of the ${name} and requests`]);
    expect(ms!.map((m) => [m.phrase, m.kind])).toEqual([[name, kind]]);
  });
});

describe('an undated long name whose dates name a known edition', () => {
  it('A/RES/78/128 PP7: the conference "convened in Lisbon from 27 June to 1 July 2022" is the 2022 Ocean Conference', () => {
    const [ms] = read([
      'Recalling that the United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development was convened in Lisbon from 27 June to 1 July 2022,',
    ]);
    expect(ms!.find((m) => m.kind === 'Event')?.key).toBe('Event:United Nations Ocean Conference @ 2022');
  });

  it('A/RES/78/128 PP6: "convened at United Nations Headquarters from 5 to 9 June 2017" is the 2017 one', () => {
    const [ms] = read([
      'Recalling also that, pursuant to its resolution 70/303 of 9 September 2016, the first United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development was convened at United Nations Headquarters from 5 to 9 June 2017,',
    ]);
    expect(ms!.find((m) => m.kind === 'Event')?.key).toBe('Event:United Nations Ocean Conference @ 2017');
  });
});

// Mandate holders end in a lowercase topic, so where their name stops was guessed from the words after it;
// the clause after the name ran into it ("... on the right to development and to cooperate with the High
// Commissioner ..."), and each run-on was a node of its own that "the Special Rapporteur" later pointed at.
describe('mandate holders: the name stops where the mandate stops', () => {
  const organizations = (ms: EntityMention[]): string[] => keysOf(ms.filter((m) => m.kind === 'Organization'));

  it('A/RES/78/203 OP51: "... the Special Rapporteur on the right to development and to cooperate with the High Commissioner ..."', () => {
    const [ms] = read([
      'Encourages relevant bodies of the United Nations system, within their respective mandates, to contribute further to the work of the Working Group on the Right to Development and the Special Rapporteur on the right to development and to cooperate with the High Commissioner in the fulfilment of his mandate with regard to the implementation of the right to development;',
    ]);
    expect(organizations(ms!)).toContain('Organization:Special Rapporteur on the right to development');
    expect(phrasesOf(ms!)).toContain('Special Rapporteur on the right to development');
    expect(organizations(ms!).filter((k) => k.includes('cooperate'))).toEqual([]);
  });

  it('A/RES/78/218 OP13: the country mandate ends before "for briefing the Council"', () => {
    const [ms] = read([
      'Welcomes the resumption of the Security Council discussion on the situation in the Democratic People’s Republic of Korea and reiterates its appreciation to the United Nations High Commissioner for Human Rights and the Special Rapporteur on the situation of human rights in the Democratic People’s Republic of Korea for briefing the Council on the country’s human rights situation,',
    ]);
    expect(organizations(ms!)).toContain("Organization:Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea");
    expect(organizations(ms!).filter((k) => k.includes('briefing'))).toEqual([]);
  });

  it('A/RES/78/198 OP9: "of the Human Rights Council" printed inside the title is the same mandate, and "the Special Rapporteur" later refers to it', () => {
    const [op9, op42] = read([
      'Encourages the Special Rapporteur of the Human Rights Council on the right to food to continue to mainstream a gender perspective in the fulfilment of his mandate,',
      'Requests the Special Rapporteur to submit an interim report to the General Assembly at its seventy-ninth session',
    ]);
    expect(organizations(op9!)).toContain('Organization:Special Rapporteur on the right to food');
    expect(organizations(op42!)).toContain('Organization:Special Rapporteur on the right to food');
  });

  it('A/RES/78/191 OP20: the short title "Working Group on the use of mercenaries" is the mandate, "with all the assistance" is not in it', () => {
    const [ms] = read([
      'Requests the Secretary-General and the United Nations High Commissioner for Human Rights to continue to provide the Working Group on the use of mercenaries with all the assistance and support necessary for the fulfilment of its mandate,',
    ]);
    expect(organizations(ms!)).toContain(
      'Organization:Working Group on the use of mercenaries as a means of violating human rights and impeding the exercise of the right of peoples to self-determination',
    );
    expect(phrasesOf(ms!)).toContain('Working Group on the use of mercenaries');
  });

  it('A/RES/79/182 PP55: "the Special Envoy of the Secretary-General on Myanmar and the former Minister for Foreign Affairs of Indonesia" are two', () => {
    const [ms] = read([
      'thus welcoming the development of the women and peace and security platform in Myanmar, co-facilitated by the former Special Envoy of the Secretary-General on Myanmar and the former Minister for Foreign Affairs of Indonesia,',
    ]);
    expect(organizations(ms!)).toEqual(['Organization:Special Envoy of the Secretary-General on Myanmar']);
  });

  it('A/RES/78/222 OP21: an envoy is not named by what the parties are asked to do ("to hasten the release ...")', () => {
    const [ms] = read([
      'Encourages all parties to the conflict to enhance their engagement with the Special Envoy of the Secretary-General for Syria to hasten the release of all arbitrarily detained persons by the Syrian regime and to make progress on the issue of missing persons;',
    ]);
    expect(organizations(ms!)).toEqual(['Organization:Special Envoy of the Secretary-General for Syria']);
  });

  // (the Envoy on Water is in the gazetteer since aud23g: printed so, it is "the United Nations Special Envoy on Water" of
  // A/RES/80/144 PP28, one node)
  it('A/RES/79/227 PP33: an envoy stops before "to <verb>"', () => {
    const [ms] = read([
      'and noting the appointment of the Special Envoy of the Secretary-General on Water to galvanize partnerships and concerted efforts to advance the water agenda,',
    ]);
    expect(organizations(ms!)).toEqual(['Organization:United Nations Special Envoy on Water']);
  });

  it('A/RES/79/79 OP4: a working group not in the gazetteer stops before "to further consider"', () => {
    const [ms] = read([
      'Encourages the Working Group on the strengthening of the Convention to further consider the measures aimed at strengthening and institutionalizing the Convention in all its aspects,',
    ]);
    expect(organizations(ms!)).toContain('Organization:Working Group on the strengthening of the Convention');
  });

  it('A/RES/78/203 OP6: "the report of the Working Group on its twenty-second and twenty-third sessions" names no working group "on its sessions"', () => {
    const [, ms] = read(['Recalling the work of the Working Group on the Right to Development,', 'Takes note of the report of the Working Group on its twenty-second and twenty-third sessions;']);
    expect(organizations(ms!)).toEqual(['Organization:Working Group on the Right to Development']);
  });

  it('A/RES/78/13 OP3: "the Chair of the Ad Hoc Committee to continue his informal consultations" names the committee only', () => {
    const [ms] = read(['Requests the Chair of the Ad Hoc Committee to continue his informal consultations with the members of the Committee and to report through the Committee to the General Assembly at its eightieth session;']);
    expect(organizations(ms!).filter((k) => k.includes('consultations'))).toEqual([]);
  });
});

// The budget resolutions' staffing tables name posts, grades and staff categories with the heads of names
// ("Programme", "Team", "Service"): they were Organization and Initiative nodes, and "(P-3)" after one was
// learnt as its acronym.
describe('posts and staff categories are not organizations', () => {
  it('A/RES/78/253 OP214: "a position of Senior Programme Officer (P-5)"', () => {
    const [ms] = read(['Decides to reclassify the position of Senior Administrative Officer (P-5) to a position of Senior Programme Officer (P-5);']);
    expect(ms!.filter((m) => m.kind === 'Organization' || m.kind === 'Initiative')).toEqual([]);
  });

  it('A/RES/79/258 OP69: "Administrative Assistant (General Service (Other level))"', () => {
    const [ms] = read(['Decides to abolish the following long-vacant posts in the Office of the Special Envoy of the Secretary-General for Syria: (a) One post of Chief Security Officer (P-4); (c) One post of Administrative Assistant (General Service (Other level));']);
    expect(keysOf(ms!)).not.toContain('Organization:General Service');
  });

  it('A/RES/80/243 OP162 and OP168: a post is not an organization, and its grade is no acronym for later paragraphs', () => {
    const [op162, op168] = read([
      'Decides to abolish one post of Mission Planning Officer (P-3);',
      'Decides against the abolishment of the post of Information Analyst (P-3);',
    ]);
    expect(op162!.filter((m) => m.kind === 'Organization')).toEqual([]);
    expect(op168!.filter((m) => m.kind === 'Organization')).toEqual([]);
  });

  it('A/RES/80/242 OP51: the post is dropped, the office it sits in is kept', () => {
    const [ms] = read(['Decides against the establishment of the P-2 Associate Programme Management Officer in the Office for Digital and Emerging Technologies;']);
    expect(keysOf(ms!)).toEqual(['Organization:Office for Digital and Emerging Technologies']);
  });
});

// "(the Convention)", "(the Agreement)" after a name define its short form for the whole resolution. They were
// learnt as acronyms, and an acronym is found wherever it is printed: inside every later convention's name
// ("the International Convention for the Prevention of Pollution from Ships" became the Law of the Sea Convention).
describe('a name defined as "(the Agreement)" or "(the Convention)"', () => {
  const PP2 =
    'Recalling the relevant provisions of the United Nations Convention on the Law of the Sea (the Convention), 1 and bearing in mind the relationship between the Convention and the 1995 Agreement for the Implementation of the Provisions of the United Nations Convention on the Law of the Sea of 10 December 1982 relating to the Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks (the Agreement),2';

  it('A/RES/79/145 PP2: the Fish Stocks Agreement printed in full is the known agreement', () => {
    const [ms] = read([PP2]);
    expect(keysOf(ms!)).toContain('Framework:United Nations Fish Stocks Agreement');
    expect(keysOf(ms!).filter((k) => k.startsWith('Framework:1995'))).toEqual([]);
  });

  it('A/RES/79/145 PP4, PP49: "the Agreement" is the defined one, also after another agreement is named; "the Compliance Agreement" is its own', () => {
    const [, pp4, pp49] = read([
      PP2,
      'Welcoming ratifications of and accessions to the Agreement and the fact that a growing number of States, entities referred to in the Convention and in article 1, paragraph 2 (b), of the Agreement,',
      'Recognizing the duty provided in the Convention, the Agreement to Promote Compliance with International Conservation and Management Measures by Fishing Vessels on the High Seas (the Compliance Agreement),10 the Agreement and the Code for flag States to effectively exercise jurisdiction',
    ]);
    expect(keysOf(pp4!.filter((m) => m.phrase === 'Agreement'))).toEqual(['Framework:United Nations Fish Stocks Agreement', 'Framework:United Nations Fish Stocks Agreement']);
    expect(keysOf(pp4!.filter((m) => m.phrase === 'Convention'))).toEqual(['Framework:United Nations Convention on the Law of the Sea']);
    const agreements = pp49!.filter((m) => m.phrase === 'Agreement' || m.phrase === 'Compliance Agreement');
    expect(agreements.map((m) => `${m.phrase} ${m.key}`)).toEqual([
      'Compliance Agreement Framework:Agreement to Promote Compliance with International Conservation and Management Measures by Fishing Vessels on the High Seas',
      'Agreement Framework:United Nations Fish Stocks Agreement',
    ]);
  });

  it('A/RES/78/69 OP253: a later convention printed in full is not the defined "Convention"', () => {
    const [, ms] = read([
      'Recalling the relevant provisions of the United Nations Convention on the Law of the Sea (the Convention),',
      'Recalls the resolution of the thirtieth Consultative Meeting of Contracting Parties to the Convention on the Prevention of Marine Pollution by Dumping of Wastes and Other Matter, 1972 (the London Convention) and the third Meeting of Contracting Parties to the London Protocol,',
    ]);
    expect(keysOf(ms!)).not.toContain('Framework:United Nations Convention on the Law of the Sea');
  });

  it('A/RES/78/68 PP53: "that Agreement" is the one just named, not the defined one', () => {
    const [, ms] = read([
      PP2,
      'Recalling the entry into force of the Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing of the Food and Agriculture Organization of the United Nations in 2016, 10 and acknowledging the holding of the Fourth Meeting of the Parties to that Agreement, in Bali, Indonesia, from 8 to 12 May 2023,',
    ]);
    expect(keysOf(ms!.filter((m) => m.phrase === 'Agreement'))).toEqual(['Framework:Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing']);
  });

  it('A/RES/78/69 OP95: "the Meeting of States Parties to the Convention" is the defined convention\'s, whatever convention was named last', () => {
    const [, , ms] = read([
      'Recalling the relevant provisions of the United Nations Convention on the Law of the Sea (the Convention),',
      'Noting the work of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
      'Notes that the Meeting of States Parties to the Convention, in its decisions regarding the conditions of service of the members of the Commission, reaffirmed the obligation of States under the Convention',
    ]);
    expect(keysOf(ms!)).toContain('Event:Meeting of States Parties to the United Nations Convention on the Law of the Sea');
  });
});

// Frequent bodies printed under a short or misspelt name that made a second node.
describe('one node for a body however the genre prints it', () => {
  it('A/RES/79/257 OP5: "the Advisory Committee of Administrative and Budgetary Questions" is ACABQ', () => {
    const [ms] = read(['Endorses the conclusions and recommendations contained in the report of the Advisory Committee of Administrative and Budgetary Questions, subject to the provisions of the present resolution;']);
    expect(keysOf(ms!)).toContain('Organization:Advisory Committee on Administrative and Budgetary Questions');
  });

  it('administration of justice: "the Dispute Tribunal" and "the Appeals Tribunal" are the United Nations tribunals', () => {
    const [ms] = read(['Notes the work of the Dispute Tribunal and the Appeals Tribunal in the disposal of cases,']);
    expect(keysOf(ms!)).toEqual(['Organization:United Nations Dispute Tribunal', 'Organization:United Nations Appeals Tribunal']);
  });

  it('"the sixth session of the Environment Assembly" is a session of the United Nations Environment Assembly', () => {
    const [ms] = read(['Welcoming the outcome of the sixth session of the Environment Assembly, held in Nairobi from 26 February to 1 March 2024,']);
    expect(keysOf(ms!)).toContain('Event:sixth session of the United Nations Environment Assembly');
  });

  it('A/RES/78/40: the Treaty of Tlatelolco is not cut at "in Latin America"', () => {
    const [ms] = read(['Recognizing the continuing contributions that the Antarctic Treaty, the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean (Treaty of Tlatelolco), the South Pacific Nuclear Free Zone Treaty (Treaty of Rarotonga)']);
    expect(keysOf(ms!).filter((k) => k.includes('Tlatelolco') || k.includes('Prohibition of Nuclear Weapons'))).toEqual([
      'Framework:Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean',
      'Framework:Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean',
    ]);
  });
});

// A name printed once with "United Nations" and once without in the same resolution is one thing. The usual
// cause: "the Political Declaration on the Implementation of the United Nations Global Plan of Action ..." is
// split after "of the United Nations", so the plan is read without it.
describe('a name without "United Nations" named before with it', () => {
  it('A/RES/79/154 PP12: the Global Plan of Action inside the Political Declaration\'s title is the United Nations one', () => {
    const [ms] = read([
      'Welcoming in particular the efforts of States, United Nations bodies and agencies and intergovernmental and non-governmental organizations to combat trafficking in persons, especially trafficking in women and children, including the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons adopted by the General Assembly in its resolution 64/293 of 30 July 2010 and the 2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons,',
    ]);
    // the dated declaration is read whole (its year tells the 2021 declaration from the 2025 one); the plan
    // named before it keeps "United Nations"
    expect(keysOf(ms!).filter((k) => k.includes('Global Plan of Action'))).toEqual([
      'Framework:United Nations Global Plan of Action to Combat Trafficking in Persons',
      'Framework:2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons',
    ]);
  });

  it('A/RES/78/59 PP3 and OP29: the Standing Advisory Committee named in full before', () => {
    const [, ms] = read([
      'Bearing in mind the establishment by the Secretary-General on 28 May 1992 of the United Nations Standing Advisory Committee on Security Questions in Central Africa, the purpose of which is to encourage arms limitation, disarmament, non- proliferation and development in the Central Africa subregion,',
      'Welcomes the increased contributions made by several Member States to the trust fund, reminds the States members of the Standing Advisory Committee of the commitments that they undertook on the adoption of the Declaration on the Trust Fund of the United Nations Standing Advisory Committee on Security Questions in Central Africa on 8 May 2009',
    ]);
    expect(keysOf(ms!)).toContain('Organization:United Nations Standing Advisory Committee on Security Questions in Central Africa');
    expect(keysOf(ms!)).not.toContain('Organization:Standing Advisory Committee on Security Questions in Central Africa');
  });
});

describe('"of the United Nations <Name>": the United Nations begins the next name', () => {
  it('A/RES/79/154 PP12: the mention is the whole "United Nations Global Plan of Action ...", not the United Nations and a plan', () => {
    const [ms] = read([
      'Welcoming in particular the 2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons,',
    ]);
    expect(phrasesOf(ms!)).toContain('2021 Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons');
    expect(keysOf(ms!)).not.toContain('Organization:United Nations');
  });
});

// "the 1961 Convention on the Reduction of Statelessness": the year of adoption is printed before the name, and
// the same texts print it without ("Convention on the Reduction of Statelessness") or as "the 1961 Convention".
describe('an instrument printed after its year of adoption', () => {
  it('A/RES/78/184 OP7: full names without the year, and "the 1954 Convention", "the 1961 Convention" are them', () => {
    const [ms] = read([
      'Welcomes recent accessions to the 1954 Convention relating to the Status of Stateless Persons5 and the 1961 Convention on the Reduction of Statelessness, 6 notes that 97 States are now parties to the 1954 Convention and 79 States are parties to the 1961 Convention, encourages States that have not done so to give consideration to acceding to those instruments,',
    ]);
    expect(ms!.filter((m) => m.kind === 'Framework').map((m) => `${m.phrase} = ${m.key}`)).toEqual([
      'Convention relating to the Status of Stateless Persons = Framework:Convention relating to the Status of Stateless Persons',
      'Convention on the Reduction of Statelessness = Framework:Convention on the Reduction of Statelessness',
      '1954 Convention = Framework:Convention relating to the Status of Stateless Persons',
      '1961 Convention = Framework:Convention on the Reduction of Statelessness',
    ]);
  });

  it('A/RES/79/133 OP8: "the 1972 Convention for the Protection of the World Cultural and Natural Heritage" is the convention', () => {
    const [ms] = read([
      'Reaffirms the importance of the 1970 Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property, the 1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects, the 1954 Convention for the Protection of Cultural Property in the Event of Armed Conflict and the two Protocols thereto, the 1972 Convention for the Protection of the World Cultural and Natural Heritage,',
    ]);
    expect(keysOf(ms!)).toContain('Framework:Convention for the Protection of the World Cultural and Natural Heritage');
    expect(keysOf(ms!)).toContain('Framework:UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects');
    expect(keysOf(ms!)).toContain('Framework:Convention for the Protection of Cultural Property in the Event of Armed Conflict');
  });
});

describe('known names printed with something glued to them', () => {
  it('A/RES/78/168 OP53: "the United Nations Secretary-General’s call" is the Secretary-General', () => {
    const [ms] = read(['Recognizes the contribution made thus far by early warning systems, and in this regard welcomes the progress of the United Nations Secretary-General’s call to protect everyone on Earth through universal coverage of early warning systems,']);
    expect(keysOf(ms!)).toContain('Organization:Secretary-General of the United Nations');
    expect(keysOf(ms!)).not.toContain('Organization:United Nations Secretary-General');
  });

  it('A/RES/80/109: a footnote mark glued to a hyphenated last word ("Trans-shipment9") is not part of the name', () => {
    const [ms] = read(['Noting in this regard the Voluntary Guidelines for Trans-shipment9 as a new instrument within the framework of the Code,']);
    expect(keysOf(ms!)).toContain('Framework:Voluntary Guidelines for Trans-shipment');
  });
});

// "the Scientific Committee", "the Standing Advisory Committee": the words of a longer name before its first
// preposition (without "United Nations") stand for it once it is named; each was a generic node of its own
// shared by every resolution.
describe('a name printed by its words before the preposition', () => {
  it('A/RES/78/71 PP1: "the Scientific Committee" after the United Nations Scientific Committee on the Effects of Atomic Radiation', () => {
    const [ms] = read([
      'Recalling its resolution 913 (X) of 3 December 1955, by which it established the United Nations Scientific Committee on the Effects of Atomic Radiation, and its subsequent resolutions on the subject, in which, inter alia, it requested the Scientific Committee to continue its work,',
    ]);
    expect(keysOf(ms!.filter((m) => m.kind === 'Organization'))).toEqual([
      'Organization:United Nations Scientific Committee on the Effects of Atomic Radiation',
      'Organization:United Nations Scientific Committee on the Effects of Atomic Radiation',
    ]);
  });

  it('A/RES/78/59 PP3-PP4: "the Standing Advisory Committee" in the next paragraph', () => {
    const [, pp4] = read([
      'Bearing in mind the establishment by the Secretary-General on 28 May 1992 of the United Nations Standing Advisory Committee on Security Questions in Central Africa, the purpose of which is to encourage arms limitation, disarmament, non- proliferation and development in the Central Africa subregion,',
      'Recalling that the purpose of the Standing Advisory Committee is to conduct reconstruction and confidence-building activities in Central Africa among its member States, including through confidence-building and arms limitation measures,',
    ]);
    expect(keysOf(pp4!.filter((m) => m.kind === 'Organization'))).toEqual(['Organization:United Nations Standing Advisory Committee on Security Questions in Central Africa']);
  });
});

// A known entry's short form ("the Pension Fund", "the High Commissioner") once its full name is printed: a
// capitalised two-word name was keyed on its own ("Organization:Pension Fund"), and later "the Fund" with it.
describe('short forms of known entries', () => {
  it('A/RES/79/253 PP2, OP7: "the Pension Fund" and "the Fund" are the United Nations Joint Staff Pension Fund', () => {
    const [, op7] = read([
      'Having considered the report of the United Nations Joint Staff Pension Board for 2024,1 the reports of the Secretary-General on the investments of the United Nations Joint Staff Pension Fund and measures undertaken to increase the diversification of the Fund2',
      'Acknowledges the commitment of the Pension Fund to manage long-standing recommendations of the Board of Auditors, and reiterates the importance of the secretariat of the Fund, the Pension Board and the Representative of the Secretary-General addressing all the accepted recommendations of the Board of Auditors',
    ]);
    const byPhrase = Object.fromEntries(op7!.map((m) => [m.phrase, m.key]));
    expect(byPhrase['Pension Fund']).toBe('Organization:United Nations Joint Staff Pension Fund');
    expect(byPhrase['Fund']).toBe('Organization:United Nations Joint Staff Pension Fund');
    expect(byPhrase['Pension Board']).toBe('Organization:United Nations Joint Staff Pension Board');
  });

  it('A/RES/80/187 OP3: the Executive Committee of the Programme of the United Nations High Commissioner for Refugees is one body (UNHCR nested)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/187' };
    const px = extractParagraph(
      { id: 'OP3', kind: 'operative', text: 'Endorses the report of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees on the work of its seventy-sixth session;', footnoteRefs: [], subparagraphs: [] },
      ctx,
    );
    const orgs = px.mentions.filter((m) => m.kind === 'Organization');
    expect(orgs.filter((m) => !m.nested).map((m) => m.key)).toEqual(['Organization:Executive Committee of the Programme of the United Nations High Commissioner for Refugees']);
    expect(orgs.filter((m) => m.nested).map((m) => m.key)).toEqual(['Organization:Office of the United Nations High Commissioner for Refugees']);
  });

  it('A/RES/80/188: "the High Commissioner" in a resolution on the Office of the High Commissioner for Refugees', () => {
    const [, ms] = read([
      'Having considered the report of the United Nations High Commissioner for Refugees on the activities of his Office,',
      'Recalls the Global Compact on Refugees as set out in the High Commissioner’s annual report (part II) of 2018,11 affirmed on 17 December 2018,',
    ]);
    expect(keysOf(ms!.filter((m) => m.kind === 'Organization'))).toEqual(['Organization:Office of the United Nations High Commissioner for Refugees']);
  });
});

describe('"the Division", "the Organization of ...", "the Assembly of ..."', () => {
  it('A/RES/78/69 OP6, OP42: "the Division" is the Division for Ocean Affairs and the Law of the Sea the text defined', () => {
    const [, op42] = read([
      'and re-emphasizes the importance of the completion of these efforts through wide participation and reviews by Member States of the technical standards for the collection, storage and dissemination of the deposited information, developed by the International Hydrographic Organization, in cooperation with the Division for Ocean Affairs and the law of the Sea of the Office of Legal Affairs of the Secretariat (the Division), which are not legally binding,',
      'Calls upon the Division to continue to disseminate information on relevant procedures related to the trust fund established for the purpose of facilitating the preparation of submissions to the Commission',
    ]);
    expect(keysOf(op42!.filter((m) => m.kind === 'Organization'))).toEqual(['Organization:Division for Ocean Affairs and the Law of the Sea']);
  });

  it('A/RES/78/108 OP35: "the Division of Conference Management" is not the last division named', () => {
    const [, ms] = read([
      'Recalling the work of the Division for Ocean Affairs and the Law of the Sea,',
      'welcomes the efforts made by the Division of Conference Management of the United Nations Office at Geneva, especially its Editing Section,',
    ]);
    expect(keysOf(ms!)).toContain('Organization:Division of Conference Management');
    expect(keysOf(ms!)).not.toContain('Organization:Division for Ocean Affairs and the Law of the Sea');
  });
});

// "Relationship Agreement" was one node for every organization's agreement with the United Nations: the parties
// printed after "between" name the agreement.
describe('an agreement between two parties', () => {
  it('A/RES/78/6 PP9, PP10: the Relationship Agreement between the United Nations and the International Criminal Court, and "the Relationship Agreement" after it', () => {
    const [pp9, pp10] = read([
      'Expressing its appreciation to the Secretary-General for providing effective and efficient assistance to the International Criminal Court in accordance with the Relationship Agreement between the United Nations and the International Criminal Court,2',
      'Acknowledging the Relationship Agreement as approved by the General Assembly in its resolution 58/318 of 13 September 2004,',
    ]);
    const key = 'Framework:Relationship Agreement between the United Nations and the International Criminal Court';
    expect(keysOf(pp9!)).toContain(key);
    expect(keysOf(pp10!)).toContain(key);
    expect(keysOf(pp10!)).not.toContain('Framework:Relationship Agreement');
  });
});
