// Entity name boundaries and kinds (names11): classes of truncated, over-long or mis-kinded names found by scanning
// every Organization / Event / Framework / Initiative node of the whole-corpus graph. A truncated name is both a false
// positive and a false negative, so each case asserts the whole key. Each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/238', date: '2023-12-22' };

function extract(text: string, ctx: RecognizeContext = GA) {
  return extractParagraph({ id: 'PP1', kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentions = (text: string): string[] => extract(text).mentions.map((m) => m.key);
const named = (text: string): string[] => mentions(text).filter((k) => /^(?:Organization|Event|Framework|Initiative):/.test(k));

describe('"a"/"an" after a preposition inside a name', () => {
  it('A/RES/78/238: "the Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space"', () => {
    const text =
      'Noting the report of the Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space,';
    expect(named(text)).toEqual(['Organization:Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space']);
  });

  it('A/RES/78/232: "the High-level Panel on the Development of a Multidimensional Vulnerability Index"', () => {
    const text = 'Welcoming the final report of the High-level Panel on the Development of a Multidimensional Vulnerability Index,';
    expect(named(text)).toEqual(['Organization:High-level Panel on the Development of a Multidimensional Vulnerability Index']);
  });

  it('"the Declaration on the Establishment of a New International Economic Order" (A/RES/79/215)', () => {
    const text = 'Recalling the Declaration on the Establishment of a New International Economic Order,';
    expect(named(text)).toEqual(['Framework:Declaration on the Establishment of a New International Economic Order']);
  });

  it('"... in Outer Space in 2018 and 2019": the years of a list are no part of the name', () => {
    const text =
      'Noting the work of the Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space in 2018 and 2019,';
    expect(named(text)).toEqual(['Organization:Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space']);
  });

  it('A/RES/78/229: "the Expert Group to Conduct a Comprehensive Study on Cybercrime"', () => {
    const text = 'Recalling the work of the Expert Group to Conduct a Comprehensive Study on Cybercrime,';
    expect(named(text)).toEqual(['Organization:Expert Group to Conduct a Comprehensive Study on Cybercrime']);
  });

  it('negative: "two Co-Chairs and a Bureau" are not one name', () => {
    expect(named('Noting that the Committee elected two Co-Chairs and a Bureau of five members,')).toEqual([]);
  });

  it('negative, A/RES/79/258: "the Mission for a final period" ends at "for"', () => {
    const text = 'Decides to extend the mandate of the United Nations Assistance Mission for Iraq for a final period,';
    expect(named(text)).toEqual(['Organization:United Nations Assistance Mission for Iraq']);
  });
});

describe('two nouns sharing one object: "of and", "of,"', () => {
  it('A/RES/78/267: "the International Day for the Prevention of and Fight against All Forms of Transnational Organized Crime"', () => {
    const text = 'Recalling the International Day for the Prevention of and Fight against All Forms of Transnational Organized Crime,';
    expect(named(text)).toEqual(['Event:International Day for the Prevention of and Fight against All Forms of Transnational Organized Crime']);
  });

  it('A/RES/78/69: "the Mediterranean Strategy for the Prevention of, Preparedness and Response to Marine Pollution from Ships"', () => {
    const text = 'Noting the Mediterranean Strategy for the Prevention of, Preparedness and Response to Marine Pollution from Ships,';
    expect(named(text)).toEqual(['Framework:Mediterranean Strategy for the Prevention of, Preparedness and Response to Marine Pollution from Ships']);
  });

  it('negative: "of and for" before lowercase words joins nothing', () => {
    expect(named('Noting the role of the Committee of and for the youth,')).toEqual([]);
  });
});

describe('a list of capitalised words inside a name', () => {
  it('A/RES/78/191: "the International Convention against the Recruitment, Use, Financing and Training of Mercenaries" (after "against")', () => {
    const text = 'Noting the International Convention against the Recruitment, Use, Financing and Training of Mercenaries,';
    expect(named(text)).toEqual(['Framework:International Convention against the Recruitment, Use, Financing and Training of Mercenaries']);
  });

  it('A/RES/78/68: "the International Monitoring, Control and Surveillance Network for Fisheries-related Activities" (at the second word)', () => {
    const text =
      'improve the capacity of the existing voluntary International Monitoring, Control and Surveillance Network for Fisheries-related Activities, and encourages States to join';
    expect(named(text)).toEqual(['Initiative:International Monitoring, Control and Surveillance Network for Fisheries-related Activities']);
  });

  it('negative: organizations listed with commas stay apart', () => {
    const text = 'Welcoming the contributions of the United Nations Children’s Fund, UN-Women and United Nations Population Fund to the programme,';
    expect(named(text)).toEqual([
      "Organization:United Nations Children's Fund",
      'Organization:United Nations Entity for Gender Equality and the Empowerment of Women',
      'Organization:United Nations Population Fund',
    ]);
  });
});

describe('a known name printed before the head of a longer name', () => {
  it('A/RES/78/133: "the United Nations Educational, Scientific and Cultural Organization World Conference on Cultural Policies and Sustainable Development"', () => {
    const text =
      'Welcoming the United Nations Educational, Scientific and Cultural Organization World Conference on Cultural Policies and Sustainable Development, held in Mexico City in 2022,';
    expect(named(text)).toEqual(['Event:United Nations Educational, Scientific and Cultural Organization World Conference on Cultural Policies and Sustainable Development @ 2022']);
  });

  it('negative: the organization alone is still the organization', () => {
    const text = 'Welcoming the work of the United Nations Educational, Scientific and Cultural Organization, and of the World Conference on Cultural Policies and Sustainable Development,';
    expect(named(text)).toContain('Organization:United Nations Educational, Scientific and Cultural Organization');
  });
});

describe('kinds by head', () => {
  it('A/RES/80/90: "the United States Congress" is a legislature (Organization), not an Event', () => {
    const text = 'Noting the legislation passed by the United States Congress and signed into law on 4 January 2025,';
    expect(named(text)).toEqual(['Organization:United States Congress']);
  });

  it('negative: a numbered congress is an Event', () => {
    expect(named('Welcoming the Fifteenth World Forestry Congress,')[0]).toMatch(/^Event:Fifteenth World Forestry Congress/);
  });

  it('A/RES/78/189: "the Expert Mechanism on the Rights of Indigenous Peoples" is a body; the Technology Facilitation Mechanism an Initiative', () => {
    const text = 'Welcoming the work of the Expert Mechanism on the Rights of Indigenous Peoples and the Technology Facilitation Mechanism,';
    expect(named(text)).toEqual(['Organization:Expert Mechanism on the Rights of Indigenous Peoples', 'Initiative:Technology Facilitation Mechanism']);
  });

  it('"the report of the International Narcotics Control Board for 2022 and 2023": the years are no part of the name', () => {
    expect(named('Noting the report of the International Narcotics Control Board for 2022 and 2023,')).toEqual(['Organization:International Narcotics Control Board']);
  });

  it('guard, A/RES/78/249 OP19: "approved for the Mechanism for 2024" is no "Mechanism for 2024"', () => {
    const text = 'Decides that there shall be set off their respective share in the Tax Equalization Fund approved for the Mechanism for 2024.';
    expect(named(text)).not.toContain('Initiative:Mechanism for 2024');
  });
});

describe('tokens that join names', () => {
  it('A/RES/78/144: "the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns"', () => {
    const text = 'Recalling the adoption of the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns,';
    expect(named(text)).toEqual(['Framework:10-Year Framework of Programmes on Sustainable Consumption and Production Patterns']);
  });

  it('A/RES/79/202 OP11: "the Board of the 10-Year Framework of Programmes ...": a name that opens with a number begins after "of the"', () => {
    const text = 'Also welcomes the decision of the Board of the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns to approve the strategy,';
    expect(named(text)).toContain('Framework:10-Year Framework of Programmes on Sustainable Consumption and Production Patterns');
  });

  it('A/RES/78/128 PP19: "the Sharm el-Sheikh Implementation Plan"', () => {
    expect(named('Recalls that, in the Sharm el-Sheikh Implementation Plan, the shareholders agreed,')).toEqual(['Framework:Sharm el-Sheikh Implementation Plan']);
  });

  it('A/RES/78/155 OP14: "the Sharm el-Sheikh to Kunming Action Agenda for Nature and People"', () => {
    const text = 'Encourages support for the Sharm el-Sheikh to Kunming Action Agenda for Nature and People, which is aimed at collecting actions,';
    expect(named(text)).toEqual(['Framework:Sharm el-Sheikh to Kunming Action Agenda for Nature and People']);
  });

  it('A/RES/78/69: "the Convention and the Part XI Agreement"', () => {
    expect(named('Calls upon States to become parties to the Convention and the Part XI Agreement;')).toContain('Framework:Part XI Agreement');
  });

  it('negative: a number before a lowercase word joins nothing', () => {
    expect(named('Welcoming the 5 new members and the 20 Member States, in Part II of the report,')).toEqual([]);
  });
});

describe('dates after a name', () => {
  it('"the United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988": the year of adoption is no part of the name', () => {
    const text = 'Recalling the United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988,';
    expect(named(text)).toEqual(['Framework:United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances']);
  });

  // (aud23b: the year says which one, the 2009 drug control declaration, now keyed by its full name from the gazetteer)
  it('negative: "the Political Declaration and Plan of Action of 2009" keeps the year that says which one', () => {
    expect(named('Recalling the Political Declaration and Plan of Action of 2009,')).toEqual([
      'Framework:Political Declaration and Plan of Action on International Cooperation towards an Integrated and Balanced Strategy to Counter the World Drug Problem',
    ]);
  });

  it('"the amendments to the Protocols in December 2021" name no "Protocols in December 2021"', () => {
    expect(named('Noting the adoption of the amendments to the Protocols in December 2021,')).toEqual([]);
  });

  it('A/RES/78/207: "to declare 30 August International Day of the Victims of Enforced Disappearances"', () => {
    expect(named('Decides to declare 30 August International Day of the Victims of Enforced Disappearances,')).toEqual([
      'Event:International Day of the Victims of Enforced Disappearances',
    ]);
  });

  it('A/RES/78/155: "the Ad Hoc Open-ended Inter-sessional Working Group on Article 8 (j)" keeps the article number', () => {
    const text = 'Noting the work of the Ad Hoc Open-ended Inter-sessional Working Group on Article 8 (j) and Related Provisions of the Convention on Biological Diversity,';
    // (keyed "Intersessional", as A/RES/79/208 OP20 prints it, since acc15; with the letter and the words after it, the
    // group's full name, since aud23d)
    expect(named(text)).toContain('Organization:Ad Hoc Open-ended Intersessional Working Group on Article 8 (j) and Related Provisions of the Convention on Biological Diversity');
  });

  it('A/RES/79/225 (title of 79/276): "Implementation of the United Nations Decade of Action on Nutrition" names the decade', () => {
    const text = 'Recalling its resolution 79/276 of 25 March 2025, entitled “Implementation of the United Nations Decade of Action on Nutrition (2016–2025)”,';
    expect(named(text)).toEqual(['Event:Decade of Action on Nutrition']);
  });
});

describe('well-known names with commas or lowercase words (gazetteer)', () => {
  it('A/RES/79/29: "the Declaration on International Cooperation in the Exploration and Use of Outer Space for the Benefit and in the Interest of All States, ..."', () => {
    const text =
      'Confirming its commitment to the Declaration on International Cooperation in the Exploration and Use of Outer Space for the Benefit and in the Interest of All States, Taking into Particular Account the Needs of Developing Countries, as';
    expect(named(text)).toEqual([
      'Framework:Declaration on International Cooperation in the Exploration and Use of Outer Space for the Benefit and in the Interest of All States, Taking into Particular Account the Needs of Developing Countries',
    ]);
  });
});

describe('a body\'s name run into an instrument\'s or an addressee', () => {
  it('A/RES/78/185: "the Organization of African Unity Convention governing ..." is a Framework', () => {
    const text = 'Recalling the Organization of African Unity Convention governing the specific aspects of refugee problems in Africa,';
    // (keyed by its full title since aud18n: the mercenarism convention of the same Organization is another treaty; the owner at
    // the head of the name is mentioned, not a target: session 58, aud58n)
    expect(named(text)).toEqual(['Framework:Organization of African Unity Convention Governing the Specific Aspects of Refugee Problems in Africa', 'Organization:Organization of African Unity']);
  });

  it('"the Committee on World Food Security Voluntary Guidelines on ..." is a Framework', () => {
    const text = 'Welcoming the Committee on World Food Security Voluntary Guidelines on the Responsible Governance of Tenure of Land, Fisheries and Forests,';
    expect(named(text)[0]).toMatch(/^Framework:Committee on World Food Security Voluntary Guidelines on the Responsible Governance of Tenure/);
  });

  it('negative: "the Special Tripartite Committee of the Maritime Labour Convention" stays a body', () => {
    expect(named('Noting the work of the Special Tripartite Committee of the Maritime Labour Convention,')).toEqual([
      'Organization:Special Tripartite Committee of the Maritime Labour Convention',
    ]);
  });

  it('A/RES/78/57 PP6: "the Regional Centre to Member States" names no "Regional Centre to Member States"; "the Regional Centre" is the centre named before', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/57', date: '2023-12-04' };
    extract('Recalling its resolutions on the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean,', ctx);
    const keys = extract('Welcoming the support provided by the Regional Centre to Member States in the region,', ctx).mentions.map((m) => m.key);
    expect(keys).toEqual(['Organization:United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean']);
  });

  it('negative: "to Assure Non-Nuclear-Weapon States against ..." is a verb and its object inside the name', () => {
    const text = 'Noting the Ad Hoc Committee on Effective International Arrangements to Assure Non-Nuclear-Weapon States against the Use or Threat of Use of Nuclear Weapons,';
    expect(named(text)).toEqual(['Organization:Ad Hoc Committee on Effective International Arrangements to Assure Non-Nuclear-Weapon States against the Use or Threat of Use of Nuclear Weapons']);
  });

  it('A/RES/80/188: "the Conference of Parties to ..." is keyed as "the Conference of the Parties to ..."', () => {
    const text = 'Welcoming the outcome of the twenty-seventh session of the Conference of Parties to the United Nations Framework Convention on Climate Change,';
    expect(named(text)).toContain('Event:twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change');
  });
});

describe('two names joined by "or the" or by "and" before the first word again', () => {
  it('A/RES/78/187: "the Convention on the Rights of the Child or the Optional Protocols thereto"', () => {
    const text = 'Urges States parties to withdraw reservations that are incompatible with the object and purpose of the Convention on the Rights of the Child or the Optional Protocols thereto,';
    expect(named(text)).not.toContain('Framework:Convention on the Rights of the Child or the Optional Protocols');
    expect(named(text)).toContain('Framework:Convention on the Rights of the Child');
  });

  it('A/RES/78/69: "its Tsunami Ready Recognition Programme and Tsunami Ready Coalition"', () => {
    const text = 'Welcoming its 10-Year Research, Development and Implementation Plan, including its Tsunami Ready Recognition Programme and Tsunami Ready Coalition, aimed at building resilient communities,';
    expect(named(text)).toEqual([
      'Framework:10-Year Research, Development and Implementation Plan',
      'Initiative:Tsunami Ready Recognition Programme',
      'Initiative:Tsunami Ready Coalition',
    ]);
  });

  it('negative: "the International Red Cross and Red Crescent Movement" is one name', () => {
    expect(named('Welcoming the work of the International Red Cross and Red Crescent Movement,')).toEqual(['Organization:International Red Cross and Red Crescent Movement']);
  });

  it('negative: "the Staff Regulations and Staff Rules" (no head before "and") is not split', () => {
    expect(named('Recalling the Staff Regulations and Staff Rules of the United Nations,')).not.toContain('Framework:Staff Rules');
  });
});

describe('the Commission\'s texts: model laws and legislative guides', () => {
  it('A/RES/79/118: "the UNCITRAL-UNIDROIT Model Law on Warehouse Receipts" ... "the Model Law"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/118', date: '2024-12-04' };
    const first = extract('Noting that the Commission, at its fifty-seventh session, finalized and adopted the UNCITRAL-UNIDROIT Model Law on Warehouse Receipts,', ctx);
    expect(first.mentions.map((m) => m.key)).toContain('Framework:UNCITRAL-UNIDROIT Model Law on Warehouse Receipts');
    const later = extract('Recommends that all States give favourable consideration to the Model Law when revising their laws;', ctx);
    expect(later.mentions.map((m) => m.key)).toContain('Framework:UNCITRAL-UNIDROIT Model Law on Warehouse Receipts');
  });

  it('"the Model Law on Secured Transactions of the Commission": the author is no part of the name', () => {
    expect(named('Noting the Model Law on Secured Transactions of the Commission,')).toContain('Framework:Model Law on Secured Transactions');
  });

  it('negative: "the principles of International Law and the Law of the Sea" name no instrument', () => {
    expect(named('Recalling the principles of International Law and the Law of the Sea,')).toEqual([]);
  });
});

describe('lowercase topics of bodies', () => {
  it('A/RES/80/22: "the Group of Governmental Experts on lethal autonomous weapons systems during its sessions" ends before "during"', () => {
    const text = 'Welcoming the work of the Group of Governmental Experts on lethal autonomous weapons systems during its sessions in 2025,';
    expect(named(text)).toContain('Organization:Group of Governmental Experts on lethal autonomous weapons systems');
  });
});

describe('lowercase sittings: where the topic ends', () => {
  it('A/RES/78/152 OP67: "the high-level meeting on the midterm review will be an input to ..." ends before the verb', () => {
    const text = 'Recognizes that the findings of the midterm review of the Sendai Framework and the political declaration of the high-level meeting on the midterm review will be an input to the Summit of the Future in 2024,';
    expect(named(text).filter((k) => k.startsWith('Event:high-level'))).toEqual(['Event:high-level meeting on the midterm review']);
  });

  it('A/RES/78/203 OP41: "... on the fight against tuberculosis 28 and the General Assembly high-level meeting ...": a footnote mark ends the topic', () => {
    const text =
      'Also recalls the political declarations of the second high-level meeting of the General Assembly on the fight against tuberculosis 28 and the General Assembly high-level meeting on pandemic prevention, preparedness and response,';
    // (the meeting's declaration is named too since aud21l: "the political declarations of the <meeting> and the <meeting>")
    expect(named(text).filter((k) => k.includes('tuberculosis'))).toEqual([
      'Framework:Political declaration of the high-level meeting on the fight against tuberculosis',
      'Event:high-level meeting of the General Assembly on the fight against tuberculosis',
    ]);
  });
});

describe('the city or country a centre sits in', () => {
  it('A/RES/78/177 OP58: "the International Institute on Ageing in Malta and the European Centre for Social Welfare Policy and Research in Vienna"', () => {
    const text =
      'acknowledges the work of institutes such as the International Institute on Ageing in Malta and the European Centre for Social Welfare Policy and Research in Vienna, and encourages',
      keys = named(text);
    expect(keys).toEqual(['Organization:International Institute on Ageing', 'Organization:European Centre for Social Welfare Policy and Research']);
  });

  it('A/RES/79/290 OP4: "the ... Centre for Sustainable Development Studies and Dialogue in Thailand"', () => {
    const text =
      'Welcomes the collaboration between the United Nations and the Association of Southeast Asian Nations Centre for Sustainable Development Studies and Dialogue in Thailand in order to encourage research,';
    expect(named(text)).toContain('Organization:Association of Southeast Asian Nations Centre for Sustainable Development Studies and Dialogue');
  });

  it('negative: "the United Nations Regional Centre for Peace and Disarmament in Africa" is named with its region', () => {
    expect(named('Welcoming the work of the United Nations Regional Centre for Peace and Disarmament in Africa,')).toEqual([
      'Organization:United Nations Regional Centre for Peace and Disarmament in Africa',
    ]);
  });

  it('negative: "the United Nations Mission in South Sudan" keeps its country', () => {
    expect(named('Welcoming the work of the United Nations Mission in South Sudan,')).toEqual(['Organization:United Nations Mission in South Sudan']);
  });
});

describe('"with the <body>" joins two names', () => {
  it('A/RES/79/231 PP7: "the International Organization of Supreme Audit Institutions with the United Nations"', () => {
    const text = 'Welcoming the cooperation of the International Organization of Supreme Audit Institutions with the United Nations,';
    expect(named(text)).toEqual(['Organization:International Organization of Supreme Audit Institutions', 'Organization:United Nations']);
  });

  it('negative: "the Committee on Relations with the Host Country" is one name', () => {
    expect(named('Noting the report of the Committee on Relations with the Host Country,')).toEqual(['Organization:Committee on Relations with the Host Country']);
  });
});

describe('a numbered assembly is a sitting', () => {
  it('A/RES/78/174: "the Second World Assembly on Ageing" is an Event', () => {
    expect(named('Recalling the outcome of the Second World Assembly on Ageing,')).toEqual(['Event:Second World Assembly on Ageing']);
  });

  it('negative: "the World Health Assembly" is a body', () => {
    expect(named('Recalling the resolutions of the World Health Assembly,')).toEqual(['Organization:World Health Assembly']);
  });
});

describe('an indefinite article after a place begins another name', () => {
  it('guard of the "of a" join, A/RES/80/224 OP3: "the Government of Syria of a National Commission on Transitional Justice"', () => {
    const text = 'Also welcomes the establishment by the Government of Syria of a National Commission on Transitional Justice and encourages the Commission to seek accountability,';
    expect(named(text)).toContain('Organization:National Commission on Transitional Justice');
  });
});
