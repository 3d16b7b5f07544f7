// Session 12 (names12): one node per real thing, and names that end where they end. Duplicate nodes of the corpus
// graph (corpus-ga + corpus + seeds), found by normalising keys (case, hyphens, articles, prepositions, ordinals), and
// names cut at "by", "between" or run on across "to". Each case quotes the file and paragraph named; each fix has a
// guard against over-merging or over-joining.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const ctxOf = (symbol: string, date = '2024-12-02'): RecognizeContext => ({ body: 'General Assembly', symbol, date });

function extract(text: string, ctx: RecognizeContext, id = 'PP1') {
  return extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const keys = (text: string, ctx: RecognizeContext, id?: string): string[] => extract(text, ctx, id).mentions.map((m) => m.key);
const keyOf = (text: string, phrase: string, ctx: RecognizeContext, id?: string): string | undefined =>
  extract(text, ctx, id).mentions.find((m) => text.slice(m.start, m.end) === phrase)?.key;

describe('a numbered sitting of a treaty\'s parties: one key however it is printed', () => {
  it('A/RES/79/35 PP25 "the third Meeting of States Parties to the Treaty ..." and A/RES/79/38 OP11 "the third Meeting of States Parties" after OP10 named it in full', () => {
    const full = keys(
      'Welcoming the outcomes of the first and second Meetings of States Parties to the Treaty on the Prohibition of Nuclear Weapons, held in 2022 in Vienna,11 and 2023 in New York,12 and the convening of the third Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons, to be held in New York in March 2025, and encouraging all States to participate in these proceedings,',
      ctxOf('A/RES/79/35'),
    );
    const ctx = ctxOf('A/RES/79/38');
    extract('Confirms that the third Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons will be held at United Nations Headquarters in New York from 3 to 7 March 2025;', ctx, 'OP10');
    const short = keyOf(
      'Expresses its gratitude to the Secretary-General for his support provided to date, and requests him to render the necessary assistance and to provide such services, as may be required, for the third Meeting of States Parties and its informal intersessional process;',
      'third Meeting of States Parties',
      ctx,
      'OP11',
    );
    expect(full).toContain('Event:Third Meeting (Treaty on the Prohibition of Nuclear Weapons)');
    expect(short).toBe('Event:Third Meeting (Treaty on the Prohibition of Nuclear Weapons)');
  });

  it('A/RES/80/39 PP30 "the first Review Conference of the Treaty on ..." is the "First Review Conference of Parties to the Treaty ..." (the treaty by its gazetteer name)', () => {
    const k = keyOf(
      'Welcoming the outcomes of the first, second and third Meetings of States Parties to the Treaty on the Prohibition of Nuclear Weapons, held in 2022 in Vienna, 11 and in 2023 and 2025 in New York,12 and the convening of the first Review Conference of the Treaty on the Prohibition of Nuclear Weapons from 30 November to 4 December 2026, and encouraging all States to participate in these proceedings,',
      'first Review Conference of the Treaty on the Prohibition of Nuclear Weapons',
      ctxOf('A/RES/80/39', '2025-12-01'),
    );
    expect(k).toBe('Event:First Review Conference (Treaty on the Prohibition of Nuclear Weapons)');
  });

  it('A/RES/78/71 PP: the Biological Weapons Convention\'s Ninth Review Conference in full is keyed with the Convention\'s gazetteer name', () => {
    const k = keys(
      'Recalling the Ninth Review Conference of the States Parties to the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction,',
      ctxOf('A/RES/78/71', '2023-12-04'),
    );
    expect(k).toContain('Event:Ninth Review Conference (Biological Weapons Convention)');
  });

  it('guard: the same ordinal of two treaties\' sittings stays two nodes, and "of the Convention" alone keeps its own key', () => {
    const ctx = ctxOf('A/RES/80/71', '2025-12-01');
    const k = keys(
      'Recalling the Ninth Review Conference of the States Parties to the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction and the Ninth Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,',
      ctx,
    );
    expect(k).toContain('Event:Ninth Review Conference (Biological Weapons Convention)');
    expect(k).toContain('Event:Ninth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
    // A/RES/78/64 OP8: "the Fifth Review Conference of the High Contracting Parties to the Convention" names no treaty of its own
    expect(keys('Recalls decision 1 of the Fifth Review Conference of the High Contracting Parties to the Convention,', ctxOf('A/RES/78/64', '2023-12-04'))).not.toContain(
      'Event:Fifth Review Conference (Convention)',
    );
  });

  it('the NPT\'s review conferences by year are the ordinal ones: "the ninth ..., held from 27 April to 22 May 2015" (A/RES/78/30 PP9) and "the 2026 Review Conference of the Treaty ..." (A/RES/80/39 PP15)', () => {
    const ninth = keys(
      'Expressing concern that the ninth Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held from 27 April to 22 May 2015, as well as the tenth Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held from 1 to 26 August 2022, were not able to reach agreement on a substantive final document,',
      ctxOf('A/RES/78/30', '2023-12-04'),
    );
    const byYear = keys(
      'Looking ahead to the pivotal 2026 Review Conference of the Treaty on the Non-Proliferation of Nuclear Weapons, which will mark the culmination of the eleventh review cycle of the Treaty, and recalling the 2015 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons and the 2020 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,',
      ctxOf('A/RES/80/39', '2025-12-01'),
    );
    expect(ninth).toContain('Event:Ninth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
    expect(ninth).toContain('Event:Tenth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
    expect(byYear).toContain('Event:Eleventh Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
    expect(byYear).toContain('Event:Ninth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
    // (the 2020 one, postponed, was held in 2022 as the tenth)
    expect(byYear).toContain('Event:Tenth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
  });

  it('guard: another series\' review conference of a year keeps the year key (A/RES/78/42 PP: "the 2010 Review Conference" of the NPT is the eighth; the Durban Review Conference of 2009 is no NPT one)', () => {
    const k = keys(
      'Reiterating the expression of deep concern by the 2010 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons at the catastrophic humanitarian consequences of any use of nuclear weapons, and recalling the 2009 Durban Review Conference,',
      ctxOf('A/RES/78/42', '2023-12-04'),
    );
    expect(k).toContain('Event:Eighth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
    expect(k).toContain('Event:Durban Review Conference @ 2009');
  });

  it('A/RES/78/153 PP21: "the Conference of the Parties of the Convention on Biological Diversity" is the one most texts print "to the"', () => {
    const k = keys(
      'Recalling the initiative of the Conference of the Parties of the Convention on Biological Diversity at its fourteenth meeting to promote a coherent approach between the United Nations Framework Convention on Climate Change, the Convention on Biological Diversity and the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, particularly in Africa (the Rio conventions), to address biodiversity loss, climate change and land and ecosystem degradation,',
      ctxOf('A/RES/78/153', '2023-12-19'),
    );
    expect(k).toContain('Event:Conference of the Parties to the Convention on Biological Diversity');
    expect(k).not.toContain('Event:Conference of the Parties of the Convention on Biological Diversity');
  });
});

describe('names printed two ways in the corpus: one gazetteer entry', () => {
  it('A/RES/78/196 PP12: "the Vienna Declaration and Programme for Action" is the Vienna Declaration and Programme of Action', () => {
    const k = keys(
      'Reaffirming that democracy, development and respect for human rights and fundamental freedoms are interdependent and mutually reinforcing and that democracy is based on the freely expressed will of the people to determine their own political, economic, social and cultural systems and their full participation in all aspects of their lives, as enshrined in the Vienna Declaration and Programme for Action,11',
      ctxOf('A/RES/78/196', '2023-12-19'),
    );
    expect(k).toContain('Framework:Vienna Declaration and Programme of Action');
  });

  it('A/RES/78/318 OP1: "the Second World Summit on Social Development" is the Second World Summit for Social Development', () => {
    const k = keys(
      'Decides that the “World Social Summit’’ under the title “the Second World Summit for Social Development” will be held at the level of Heads of State or Government in Qatar from 4 to 6 November 2025, and welcomes the offer by the Government of Qatar to host the “World Social Summit’’ under the title “the Second World Summit on Social Development’’ in 2025;',
      ctxOf('A/RES/78/318', '2024-09-03'),
      'OP1',
    );
    expect([...new Set(k.filter((x) => x.startsWith('Event:Second World Summit')))]).toEqual(['Event:Second World Summit for Social Development']);
  });

  it('A/RES/78/160 OP21: the TRIPS Agreement and the Doha Declaration on it, each printed with "World Trade Organization" before it', () => {
    const k = keys(
      'Also notes the critical role of science, technology and innovation in accelerating the recovery from the coronavirus disease (COVID-19) pandemic, and that in order to facilitate a more robust and resilient recovery, a strong global financing framework for development in science, technology and innovation, should be considered to bridge the digital divides, promote sustainable development and ensure flexibility and resilience in the face of future disruptions, highlighting how open-source technology could facilitate knowledge-sharing on mutually agreed terms and respond to common challenges across countries, reaffirming the World Trade Organization Agreement on Trade-Related Aspects of Intellectual Property Rights (TRIPS Agreement) as amended, also reaffirming the 2001 World Trade Organization Doha Declaration on the TRIPS Agreement and Public Health, which recognizes that intellectual property rights should be interpreted and implemented in a manner supportive of the right of States to protect public health and, in particular, to promote access to medicines for all, and reaffirms the need for appropriate incentives in the development of new health products;',
      ctxOf('A/RES/78/160', '2023-12-19'),
      'OP21',
    );
    expect([...new Set(k.filter((x) => x.startsWith('Framework:')))].sort()).toEqual([
      'Framework:Agreement on Trade-Related Aspects of Intellectual Property Rights',
      'Framework:Doha Declaration on the TRIPS Agreement and Public Health',
    ]);
  });

  it('A/RES/78/40 PP13: the zones\' treaties by their full names and by their places\' are one node each', () => {
    const k = keys(
      'Recognizing the continuing contributions that the Antarctic Treaty,6 the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean (Treaty of Tlatelolco),7 the South Pacific Nuclear Free Zone Treaty (Treaty of Rarotonga), 8 the Treaty on the South-East Asia Nuclear Weapon-Free Zone (Treaty of Bangkok),9 the African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba)10 and the Treaty on a Nuclear-Weapon-Free Zone in Central Asia (Treaty of Semipalatinsk),11 as well as the nuclear-weapon-free status of Mongolia, are making towards attaining the objectives of nuclear disarmament and nuclear non-proliferation,',
      ctxOf('A/RES/78/40', '2023-12-04'),
    );
    expect([...new Set(k.filter((x) => x.startsWith('Framework:')))].sort()).toEqual([
      'Framework:African Nuclear-Weapon-Free Zone Treaty',
      'Framework:Antarctic Treaty',
      'Framework:South Pacific Nuclear Free Zone Treaty',
      'Framework:Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean',
      'Framework:Treaty on a Nuclear-Weapon-Free Zone in Central Asia',
      'Framework:Treaty on the South-East Asia Nuclear-Weapon-Free Zone',
    ]);
  });

  it('guard, A/RES/78/219: the Organization of Islamic Cooperation\'s "Special Envoy for Myanmar" (PP25) is not the Secretary-General\'s "Special Envoy on Myanmar" (OP30)', () => {
    const ctx = ctxOf('A/RES/78/219', '2023-12-19');
    const oic = keys(
      'Acknowledging also the efforts of the Organization of Islamic Cooperation, alongside relevant international efforts, aimed at bringing peace and stability to Rakhine State and other states and regions of Myanmar, including through the work of the previous Special Envoy for Myanmar of the Secretary-General of the Organization of Islamic Cooperation,',
      ctx,
    );
    const un = keys('Requests the Secretary-General: (b) To swiftly appoint a Special Envoy on Myanmar, and to submit the report of the Special Envoy covering all relevant issues;', ctx, 'OP30');
    const envoys = [...oic, ...un].filter((x) => x.includes('Special Envoy'));
    expect(new Set(envoys).size).toBe(2);
  });
});

describe('a short name defined in parentheses is the longest name\'s before it', () => {
  it('A/RES/78/29 PP5, OP8, OP13: "(the Third Review Conference)" after the special session\'s name is no acronym of the Chemical Weapons Convention', () => {
    const ctx = ctxOf('A/RES/78/29', '2023-12-04');
    // (PP5 named "the Conference of the States Parties" before: OP8's special session is then read up to "Conference",
    // and the Convention's name is the last before the parentheses)
    extract(
      'Recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019 adopted by the Conference of the States Parties at its twenty-fourth session, introducing changes to schedules 1 (A) and 1, respectively, of the Annex on Chemicals to the Convention,',
      ctx,
      'PP5',
    );
    extract(
      'Emphasizes that the universality of the Convention is essential to achieving its object and purpose, calls upon all States that have not yet done so to become parties to the Convention without delay, and in this regard recalls the outcome of the Third Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention (the Third Review Conference);',
      ctx,
      'OP8',
    );
    const text =
      'Recalls that the Third Review Conference expressed concern regarding the statement made by the Director General of the Organisation for the Prohibition of Chemical Weapons in his report to the Executive Council of the Organisation at its sixty-eighth session,';
    expect(keyOf(text, 'Third Review Conference', ctx, 'OP13')).toMatch(/^Event:/);
  });

  it('guard: an acronym printed after an instrument\'s own name is still its acronym (A/RES/78/29 PP: "the Organisation for the Prohibition of Chemical Weapons (OPCW)")', () => {
    const ctx = ctxOf('A/RES/78/29', '2023-12-04');
    extract('Welcoming the cooperation between the United Nations and the Organisation for the Prohibition of Chemical Weapons (OPCW),', ctx);
    expect(keys('Noting the work of the OPCW,', ctx, 'PP2')).toContain('Organization:Organisation for the Prohibition of Chemical Weapons');
  });
});

describe('name boundaries', () => {
  it('A/RES/78/59 PP34: "... Strategy for Areas Affected by Boko Haram in the Lake Chad Basin Region" goes on past "by"', () => {
    const k = keys(
      'Recalling the adoption by the Lake Chad Basin Commission, with the support of the African Union, of the Regional Stabilization, Recovery and Resilience Strategy for Areas Affected by Boko Haram in the Lake Chad Basin Region, in Abuja on 30 August 2018,',
      ctxOf('A/RES/78/59', '2023-12-04'),
    );
    expect(k).toContain('Framework:Regional Stabilization, Recovery and Resilience Strategy for Areas Affected by Boko Haram in the Lake Chad Basin Region');
  });

  it('A/RES/79/284 PP9: "the Register of Damage Caused by the Aggression of the Russian Federation against Ukraine"', () => {
    const k = keys(
      'Recognizing also that the unprecedented challenges now facing Europe call for strengthened cooperation between the United Nations and the Council of Europe, acknowledging in that connection the establishment by the Council of Europe of the Register of Damage Caused by the Aggression of the Russian Federation against Ukraine, whose statute refers to General Assembly resolution ES-11/5 of 14 November 2022,',
      ctxOf('A/RES/79/284', '2025-04-01'),
    );
    expect(k).toContain('Initiative:Register of Damage Caused by the Aggression of the Russian Federation against Ukraine');
  });

  it('guard: "by" after a name that ends in no such participle ends it (A/RES/78/59 PP34: "the adoption by the Lake Chad Basin Commission")', () => {
    const k = keys('Recalling the Strategy adopted by the Lake Chad Basin Commission, with the support of the African Union,', ctxOf('A/RES/78/59', '2023-12-04'));
    expect(k).toContain('Organization:Lake Chad Basin Commission');
  });

  it('A/RES/78/23 PP2: "the International Conference on the Relationship between Disarmament and Development"', () => {
    const k = keys(
      'Recalling also the provisions of the Final Document of the Tenth Special Session of the General Assembly concerning the relationship between disarmament and development, 1 as well as the adoption on 11 September 1987 of the Final Document of the International Conference on the Relationship between Disarmament and Development,2',
      ctxOf('A/RES/78/23', '2023-12-04'),
    );
    expect(k.some((x) => x.startsWith('Event:International Conference on the Relationship between Disarmament and Development'))).toBe(true);
  });

  it('A/RES/79/118 PP2: "the joint UNIDROIT-UNCITRAL Working Group to Working Group I" is two bodies', () => {
    const k = keys(
      'Recalling also that the Commission decided, at its fifty-third session, in 2020, to develop a model law on the private law aspects of warehouse receipts jointly with the International Institute for the Unification of Private Law (UNIDROIT) and that the final text would bear the names of both organizations in recognition of their close cooperation,1 and, at its fifty-sixth session, in 2023, to refer the draft model law on warehouse receipts developed by the joint UNIDROIT-UNCITRAL Working Group to Working Group I (Warehouse Receipts),2',
      ctxOf('A/RES/79/118', '2024-12-04'),
    );
    expect(k).toContain('Organization:UNIDROIT-UNCITRAL Working Group');
    expect(k.some((x) => x.includes('to Working Group'))).toBe(false);
  });

  it('guard: "to" still joins an instrument to the one it amends (A/RES/78/69: "the 2005 Protocol to the 1988 Protocol for the Suppression of ...")', () => {
    const k = keys(
      'Noting the entry into force of the 2005 Protocol to the 1988 Protocol for the Suppression of Unlawful Acts against the Safety of Fixed Platforms Located on the Continental Shelf,',
      ctxOf('A/RES/78/69', '2023-12-05'),
    );
    expect(k).toContain('Framework:2005 Protocol to the 1988 Protocol for the Suppression of Unlawful Acts against the Safety of Fixed Platforms Located on the Continental Shelf');
  });

  it('A/RES/79/329 PP8: "the Framework for a Renewed ..." after frameworks the gazetteer knows is a name of its own, not "the Framework" named last', () => {
    const k = keys(
      'Welcoming in this regard the convening of the eighth United Nations-African Union annual conference at the level of the Secretary-General and the Chairperson of the African Union Commission, held in Addis Ababa on 21 October 2024, and the results that emanated from it to further enhance the partnership between both organizations in different fields, at which conference participants reviewed progress in the implementation of the Joint United Nations-African Union Framework for Enhanced Partnership in Peace and Security, the African Union-United Nations Framework for the Implementation of Agenda 2063 and the 2030 Agenda for Sustainable Development, and the African Union-United Nations Joint Framework on Human Rights, and welcomed the progress made in the implementation of the three joint frameworks, and recalling its resolution 71/254 of 23 December 2016, on the Framework for a Renewed United Nations-African Union Partnership on Africa’s Integration and Development Agenda 2017–2027,',
      ctxOf('A/RES/79/329', '2025-06-01'),
    );
    expect(k).toContain("Framework:Framework for a Renewed United Nations-African Union Partnership on Africa's Integration and Development Agenda 2017-2027");
    expect(k).toContain('Framework:African Union-United Nations Framework for the Implementation of Agenda 2063 and the 2030 Agenda for Sustainable Development');
  });
});

describe('who launched an initiative leads it', () => {
  const leads = (text: string, ctx: RecognizeContext, id?: string): string[] =>
    extract(text, ctx, id)
      .attributions.filter((a) => a.type === 'LEADS')
      .map((a) => `${a.source} -> ${a.target}`);

  it('A/RES/79/216 OP6: "launched by the Secretary-General jointly with the International Labour Organization": both lead it', () => {
    expect(
      leads(
        'Takes note with appreciation of the Global Accelerator on Jobs and Social Protection for Just Transitions, launched by the Secretary-General jointly with the International Labour Organization;',
        ctxOf('A/RES/79/216'),
        'OP6',
      ),
    ).toEqual([
      'Organization:Secretary-General of the United Nations -> Initiative:Global Accelerator on Jobs and Social Protection for Just Transitions',
      'Organization:International Labour Organization -> Initiative:Global Accelerator on Jobs and Social Protection for Just Transitions',
    ]);
  });

  // (was "led by no one": the aud40h gold annotates "the United Nations Global Principles for Information Integrity, launched by
  // the Secretary-General" (A/RES/80/215 PP5) LEADS; a framework launched by a body is led by it, aud41l)
  it('A/RES/78/179 PP11: a strategy (a Framework) "launched by the Secretary-General" is led by the Secretary-General', () => {
    expect(
      leads(
        'Noting the progress made on the implementation of Youth 2030: The United Nations Youth Strategy, launched by the Secretary-General in 2018, to address the needs of youth and to fulfil their potential as agents of change,',
        ctxOf('A/RES/78/179', '2023-12-19'),
      ),
    ).toEqual(['Organization:Secretary-General of the United Nations -> Framework:United Nations Youth Strategy']);
  });
});

describe('the Assembly\'s years and decades printed with "United Nations" before them or not', () => {
  it('A/RES/78/266 PP4: "the United Nations International Year of Peace and Trust" is keyed as "the International Year of Peace and Trust" (the series; "declared 2021 the International Year ..." is the 2021 edition, aud20i)', () => {
    const k = keys(
      'Recalling its resolution 73/338 of 12 September 2019, by which it declared 2021 the International Year of Peace and Trust, and its resolution 76/299 of 28 July 2022, in which it noted the proclamation every five years of the United Nations International Year of Peace and Trust in order to focus the efforts of the United Nations and its Member States,',
      ctxOf('A/RES/78/266', '2024-03-21'),
    );
    expect([...new Set(k.filter((x) => x.includes('Peace and Trust')))]).toEqual(['Event:International Year of Peace and Trust @ 2021', 'Event:International Year of Peace and Trust']);
  });

  it('A/RES/80/174 PP3 "the Decade of Action on Nutrition to 2030" and A/RES/79/276 OP20 "the United Nations Decade of Action on Nutrition to 2030" are one node', () => {
    const a = keys(
      'Recalling its resolution 79/276 of 25 March 2025, which highlighted the importance of nutrition and extended the Decade of Action on Nutrition to 2030,',
      ctxOf('A/RES/80/174', '2025-12-15'),
    ).filter((x) => x.includes('Nutrition'));
    const b = keys(
      'Decides to extend the United Nations Decade of Action on Nutrition to 2030, to align it with the 2030 Agenda for Sustainable Development;',
      ctxOf('A/RES/79/276', '2025-03-25'),
      'OP20',
    ).filter((x) => x.includes('Nutrition'));
    expect(a.length).toBe(1);
    expect(b).toEqual(a);
  });

  it('A/RES/78/321 PP8, OP1: "the Decade of Action for Cryospheric Sciences" is named, not "the Decade" last named', () => {
    const ctx = ctxOf('A/RES/78/321', '2024-08-01');
    extract(
      'Recognizing also the importance of initiatives related to the Earth’s cryosphere for the achievement of the Sustainable Development Goals1 and for the implementation of the International Decade for Action, “Water for Sustainable Development”, 2018–2028,',
      ctx,
      'PP8',
    );
    const k = keys(
      'Decides to proclaim the period from 2025 to 2034 as the Decade of Action for Cryospheric Sciences, within existing structures, available resources and voluntary contributions,',
      ctx,
      'OP1',
    );
    expect(k).toContain('Event:Decade of Action for Cryospheric Sciences');
  });

  it('guard, A/RES/78/12 OP1: "a United Nations Day" is not "Day"', () => {
    const k = keys('Decides to designate 7 September, the current World Duchenne Awareness Day, as a United Nations Day, to be observed every year beginning in 2024;', ctxOf('A/RES/78/12', '2023-11-17'), 'OP1');
    expect(k).not.toContain('Event:Day');
  });
});

describe('a United Nations plan or body printed without "United Nations"', () => {
  it('A/RES/79/226 OP13: "the System-wide Action Plan on Gender Equality and the Empowerment of Women" is the United Nations one, named in full', () => {
    const k = keys(
      'Calls upon the United Nations development system to continue to promote gender equality and the empowerment of all women and girls by enhancing and accelerating gender mainstreaming through the full implementation of the System-wide Action Plan on Gender Equality and the Empowerment of Women, developed under the leadership of the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women),',
      ctxOf('A/RES/79/226'),
      'OP13',
    );
    expect(k).toContain('Framework:United Nations System-wide Action Plan on Gender Equality and the Empowerment of Women');
  });

  it('A/RES/79/316 OP26: "the Secretary-General’s Plan of Action to Safeguard Religious Sites" is the United Nations Plan, a Framework; the Fez Plan of Action stays its own', () => {
    const k = keys(
      'Takes note of global efforts to support implementing the Secretary-General’s Plan of Action for Religious Leaders and Actors to Prevent Incitement to Violence that Could Lead to Atrocity Crimes, also called the Fez Plan of Action, the Secretary-General’s Strategy and Plan of Action on Hate Speech and the Secretary-General’s Plan of Action to Safeguard Religious Sites;',
      ctxOf('A/RES/79/316', '2025-07-01'),
      'OP26',
    );
    expect(k).toContain('Framework:United Nations Plan of Action to Safeguard Religious Sites');
    expect(k.filter((x) => x.includes('Religious Leaders')).length).toBeGreaterThan(0);
  });
});

describe('a short form with words of its own after it is not the nearer name without them', () => {
  it('A/RES/78/229 PP15, OP16: "the Conference of the States Parties to the United Nations Convention against Corruption" after "the Conference of the Parties to the ... Organized Crime"', () => {
    const ctx = ctxOf('A/RES/78/229', '2023-12-19');
    // (PP15 named the Conference of the States Parties: OP16's short form "Conference" is read as it, then was taken
    // for the conference of parties printed nearer before it)
    extract(
      'Welcoming the adoption by the Conference of the States Parties to the United Nations Convention against Corruption of resolution 9/8 of 17 December 2021 on promoting anti-corruption education, awareness-raising and training,9 in which the Conference recognized the fundamental role of education in the prevention of and fight against corruption,',
      ctx,
      'PP15',
    );
    const k = keys(
      'Welcomes the progress achieved by the Conference of the Parties to the United Nations Convention against Transnational Organized Crime and the Conference of the States Parties to the United Nations Convention against Corruption in the implementation of their respective mandates,',
      ctx,
      'OP16',
    );
    expect(k.filter((x) => x.startsWith('Event:Conference of the')).sort()).toEqual([
      'Event:Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      'Event:Conference of the States Parties to the United Nations Convention against Corruption',
    ]);
  });

  it('guard: "the Conference" with nothing after it is still the conference named before it in the paragraph (A/RES/78/29 PP9: "in which the Conference addressed")', () => {
    const ctx = ctxOf('A/RES/78/29', '2023-12-04');
    const text =
      'Reaffirming the importance of the outcome of the Third Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention, held in The Hague from 8 to 19 April 2013 (the Third Review Conference), including its consensus final report, in which the Conference addressed all aspects of the Convention,';
    const k = keyOf(text, 'Conference', ctx, 'PP9');
    expect(k).toMatch(/^Event:Third /);
  });
});
