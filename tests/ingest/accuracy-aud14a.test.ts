// Misses found by the session-14 audit aud14a: a hand audit of A/RES/78/167 (South-South cooperation), 79/141 (assistance to
// the Palestinian people), 78/320 (forests), 79/320 (a day for landlocked developing countries), 80/83 (special political
// missions), 78/278 (International Day of the Markhor), 80/237 (OIOS) and 79/12 (the United Nations and the League of Arab
// States). Each case quotes the file and paragraph named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/278', date: '2024-05-02' };

function extract(text: string, id = 'PP1') {
  return extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs: [], subparagraphs: [] }, { ...GA });
}
const mentions = (text: string, id?: string): string[] => extract(text, id).mentions.map((m) => m.key);
const relations = (text: string, id?: string): string[] => extract(text, id).relations.map((r) => `${r.type} ${r.target}`);

describe('an instrument after the Roman numeral of its annex, appendix or article', () => {
  it('A/RES/78/278 PP5: "included in appendix I to the Convention on International Trade in Endangered Species of Wild Fauna and Flora"', () => {
    const text =
      'Underlining that the markhor (Capra falconeri) is an iconic and ecologically significant species found across the mountainous regions of Central and South Asia, including Afghanistan, India, Pakistan, Tajikistan, Turkmenistan and Uzbekistan, and recognizing that the markhor was categorized as “near threatened” in 2014 and is on the International Union for Conservation of Nature Red List of Threatened Species, and has been included in appendix I to the Convention on International Trade in Endangered Species of Wild Fauna and Flora1 since 1992,';
    expect(relations(text)).toContain('RECOGNIZES Framework:Convention on International Trade in Endangered Species of Wild Fauna and Flora');
  });

  it('A/RES/78/68 OP243: "Recalls annex V to the International Convention for the Prevention of Pollution from Ships, 1973"', () => {
    const text =
      'Recalls annex V to the International Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978 relating thereto, in which it is stated, inter alia, that the accidental loss or discharge of fishing gear which poses a significant threat to the marine environment or navigation, shall be reported to the State whose flag the ship is entitled to fly;';
    expect(relations(text, 'OP243')).toContain('RECALLS Framework:International Convention for the Prevention of Pollution from Ships');
  });

  it('negative: "Protocol I to the Geneva Conventions" keeps its numeral (the chunk opens with "Protocol")', () => {
    // (the gazetteer's Additional Protocol I since aud36d, which knows this printed form: still the protocol, not the Conventions)
    expect(mentions('Recalling Protocol I to the Geneva Conventions of 12 August 1949,')).toContain(
      'Framework:Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)',
    );
  });

  it('negative: a numeral before a known name changes nothing ("article VI of the Treaty on the Non-Proliferation of Nuclear Weapons")', () => {
    expect(mentions('Recalling article VI of the Treaty on the Non-Proliferation of Nuclear Weapons,')).toEqual(['Framework:Treaty on the Non-Proliferation of Nuclear Weapons']);
  });
});

describe('"Declaration of Principles" that is not the Geneva Declaration of Principles of the World Summit on the Information Society', () => {
  it('A/RES/79/141 PP2: "the Declaration of Principles on Interim Self‑Government Arrangements" (the Palestinian texts)', () => {
    const text =
      'Recalling also the signing of the Declaration of Principles on Interim Self‑Government Arrangements in Washington, D.C., on 13 September 1993, by the Government of the State of Israel and the Palestine Liberation Organization, the representative of the Palestinian people,1 and the subsequent implementation agreements concluded by the two sides,';
    const keys = mentions(text);
    expect(keys).toContain('Framework:Declaration of Principles on Interim Self-Government Arrangements');
    expect(keys).not.toContain('Framework:Geneva Declaration of Principles');
  });

  it('A/RES/78/208 OP15: "the Declaration of Principles for International Election Observation"', () => {
    const text =
      'Acknowledges the aim of harmonizing the methods and standards of the many intergovernmental and non-governmental organizations engaged in observing elections, and in this regard expresses appreciation for the Declaration of Principles for International Election Observation and the Code of Conduct for International Election Observers, which elaborate guidelines for international electoral observation;';
    const keys = mentions(text, 'OP15');
    expect(keys).toContain('Framework:Declaration of Principles for International Election Observation');
    expect(keys).not.toContain('Framework:Geneva Declaration of Principles');
  });

  it('A/RES/79/128 PP4: "the Declaration of Principles of International Law concerning Friendly Relations ..." is resolution 2625 (XXV)', () => {
    const text =
      'Recalling the Declaration of Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations, of 1970,4';
    // (", of 1970,4": the year the declaration is dated by, a Date since aud22l)
    expect(mentions(text)).toEqual(['Framework:Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations', 'Date:1970']);
  });

  it('negative: the bare words, and "the Declaration of Principles and the Plan of Action adopted by the World Summit", stay the Geneva Declaration', () => {
    expect(mentions('Reaffirming the Declaration of Principles and the Plan of Action adopted by the World Summit on the Information Society,')).toContain('Framework:Geneva Declaration of Principles');
    expect(mentions('Recalling the Declaration of Principles, the Plan of Action, the Tunis Commitment and the Tunis Agenda for the Information Society,')).toContain('Framework:Geneva Declaration of Principles');
  });
});

describe('"among" inside a name', () => {
  it('A/RES/78/167 PP3: "the Buenos Aires Plan of Action for Promoting and Implementing Technical Cooperation among Developing Countries"', () => {
    const text =
      'Reaffirming further its resolution 33/134 of 19 December 1978, in which it endorsed the Buenos Aires Plan of Action for Promoting and Implementing Technical Cooperation among Developing Countries,1';
    expect(mentions(text)).toContain('Framework:Buenos Aires Plan of Action for Promoting and Implementing Technical Cooperation among Developing Countries');
  });

  it('A/RES/79/141 PP16: "the Conference on Cooperation among East Asian Countries for Palestinian Development, convened in Tokyo"', () => {
    const text =
      'Welcoming the ministerial meetings of the Conference on Cooperation among East Asian Countries for Palestinian Development, convened in Tokyo in February 2013 and in Jakarta in March 2014, as a forum to mobilize political and economic assistance, including through exchanges of expertise and lessons learned, in support of Palestinian development,';
    // (the series, undated: the meetings in Tokyo and Jakarta are two, neither the series' own date: aud59k item 5)
    expect(relations(text)).toContain('WELCOMES Event:Conference on Cooperation among East Asian Countries for Palestinian Development');
  });

  it('A/RES/78/286 OP1: "the International Day for Dialogue among Civilizations"', () => {
    const text =
      'Decides to declare 10 June the International Day for Dialogue among Civilizations, in order to raise awareness of the value of the diversity of civilizations and promote dialogue, mutual respect, tolerance and global solidarity in this regard;';
    expect(mentions(text, 'OP1')).toEqual(['Event:International Day for Dialogue among Civilizations']);
  });

  it('negative: "among Member States" after a name is who it goes to, not part of the name', () => {
    expect(mentions('Encourages the dissemination of the Model Law on Electronic Commerce among Member States;', 'OP3')).toEqual(['Framework:Model Law on Electronic Commerce']);
    expect(mentions('Encourages the dissemination of the Model Law on Electronic Commerce among African Member States;', 'OP3')).toEqual(['Framework:Model Law on Electronic Commerce']);
  });
});

describe('a plural possessive inside a name ("Leaders’", "Donors’", "Peoples’", "Glaciers’")', () => {
  it('A/RES/78/320 PP6: "the Glasgow Leaders’ Declaration on Forests and Land Use" (not the place Glasgow and a "Declaration on Forests and Land Use")', () => {
    const text =
      'Emphasizing the continuous need to increase the visibility of the social, economic and environmental benefits of forests and sustainable forest management and place them as an important component of responses to global challenges, and in this regard noting recent forest-related declarations, pledges and developments, including but not limited to the forest-relevant contributions of the Glasgow Leaders’ Declaration on Forests and Land Use and the United Nations Decade on Ecosystem Restoration (2021–2030),';
    const keys = mentions(text);
    expect(keys).toContain("Framework:Glasgow Leaders' Declaration on Forests and Land Use");
    expect(keys).not.toContain('Place:Glasgow');
  });

  it('A/RES/79/141 PP15: "the International Donors’ Conference for the Palestinian State, held in Paris on 17 December 2007"', () => {
    const text =
      'Recalling the International Donors’ Conference for the Palestinian State, held in Paris on 17 December 2007, the Berlin Conference in Support of Palestinian Civil Security and the Rule of Law, held on 24 June 2008,';
    expect(relations(text)).toContain("RECALLS Event:International Donors' Conference for the Palestinian State @ 2007");
  });

  it('A/RES/78/321 PP1: "to declare 2025 the International Year of Glaciers’ Preservation"', () => {
    const text =
      'Recalling its resolution 77/158 of 14 December 2022, in which it decided to declare 2025 the International Year of Glaciers’ Preservation and to proclaim 21 March of each year the World Day for Glaciers, to be observed starting in 2025,';
    // (keyed with the year it was declared for, aud20i)
    expect(mentions(text)).toContain("Event:International Year of Glaciers' Preservation @ 2025");
  });

  it('A/RES/79/153 PP6: "the Protocol to the African Charter on Human and Peoples’ Rights on the Rights of Women in Africa"', () => {
    const text =
      'Recalling the undertakings and commitments on ending female genital mutilation contained in Agenda 2063 of the African Union and the Protocol to the African Charter on Human and Peoples’ Rights on the Rights of Women in Africa, adopted in Maputo on 11 July 2003, which mark a significant milestone towards the elimination and ending of female genital mutilation,';
    expect(mentions(text)).toContain("Framework:Protocol to the African Charter on Human and Peoples' Rights on the Rights of Women in Africa");
  });

  it('negative: States’ / Parties’ before a name are whose it is; a lowercase word after the apostrophe ends the name', () => {
    expect(mentions('Welcoming the Member States’ Global Strategy for Women,')).toEqual(['Framework:Global Strategy for Women']);
    expect(mentions('Welcoming the Parties’ Global Strategy for Women,')).toEqual(['Framework:Global Strategy for Women']);
    expect(mentions('Noting the Pacific Islands Forum Leaders’ views on the matter,')).toEqual(['Organization:Pacific Islands Forum']);
  });
});

describe('the United Nations strategic plan for forests, printed in lowercase', () => {
  it('A/RES/78/320 PP4: "Recalling the United Nations strategic plan for forests 2017–20306 and its global forest goals"', () => {
    const text =
      'Recalling the United Nations strategic plan for forests 2017–20306 and its global forest goals, as well as the midterm review of the effectiveness of the international arrangement on forests in achieving its objectives, and the declaration of the high-level segment of the nineteenth session of the United Nations Forum on Forests,';
    expect(relations(text)).toContain('RECALLS Framework:United Nations Strategic Plan for Forests 2017-2030');
  });

  it('negative: "a strategic plan for forests" of no one is not it', () => {
    expect(mentions('Encourages Member States to adopt a national strategic plan for forests 2017–2030;', 'OP3').filter((k) => k.startsWith('Framework:'))).toEqual([]);
  });
});

describe('an Under- or Assistant Secretary-General is not the Secretary-General', () => {
  it('A/RES/80/237 I.OP21: "reaffirms that the Under-Secretary-General for Internal Oversight Services may make available ..."', () => {
    const text =
      'Recalls paragraphs 1 (c) and 2 of its resolution 59/272 and paragraph 4 of its resolution 54/244, and reaffirms that the Under-Secretary-General for Internal Oversight Services may make available to a requesting Member State original versions of the reports of the Office of Internal Oversight Services not submitted to the General Assembly;';
    expect(mentions(text, 'OP21')).not.toContain('Organization:Secretary-General of the United Nations');
  });

  it('A/RES/80/237 I.OP21: the Under-Secretary-General for Internal Oversight Services is an office of its own', () => {
    const text =
      'Recalls paragraphs 1 (c) and 2 of its resolution 59/272 and paragraph 4 of its resolution 54/244, and reaffirms that the Under-Secretary-General for Internal Oversight Services may make available to a requesting Member State original versions of the reports of the Office of Internal Oversight Services not submitted to the General Assembly;';
    expect(relations(text, 'OP21')).toContain('REAFFIRMS Organization:Under-Secretary-General for Internal Oversight Services');
  });

  it('A/RES/78/273 OP4: "28 posts (1 Assistant Secretary-General, 1 D-1, ...)" names a grade, no body', () => {
    const text = 'Approves the establishment of 28 posts (1 Assistant Secretary-General, 1 D-1, 3 P-5, 7 P-4, 9 P-3, 4 P-2, 1 General Service (Principal level));';
    expect(mentions(text, 'OP4').filter((k) => k.startsWith('Organization:'))).toEqual([]);
  });

  it('negative: the Secretary-General and the Deputy Secretary-General stay themselves', () => {
    const keys = mentions('Requests the Secretary-General and the Deputy Secretary-General to continue their efforts;', 'OP5');
    expect(keys).toContain('Organization:Secretary-General of the United Nations');
    expect(keys).toContain('Organization:Deputy Secretary-General of the United Nations');
  });
});

describe('"the second High-level Conference": a lowercase ordinal before a short form names the edition named before', () => {
  const OP1 =
    'Recalls the convening of the second High-level United Nations Conference on South-South Cooperation in Buenos Aires from 20 to 22 March 2019 and its outcome document,5 and calls upon the international community to support the full implementation of the outcome document of the second High-level Conference;';
  it('A/RES/78/167 OP1: the full name earlier in the same paragraph', () => {
    expect(relations(OP1, 'OP1')).toContain('CALLS_UPON Event:Second High-level United Nations Conference on South-South Cooperation');
    expect(mentions(OP1, 'OP1').filter((k) => k.includes('(A/RES/'))).toEqual([]);
  });

  it('A/RES/78/167 OP25: the full name in an earlier paragraph', () => {
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/78/167' };
    extractParagraph({ id: 'OP1', kind: 'operative', text: OP1, footnoteRefs: [], subparagraphs: [] }, ctx);
    const text =
      'Requests the Secretary-General to submit to the General Assembly at its seventy-ninth session a comprehensive report on the state of South-South cooperation, including the implementation of the outcome document of the second High-level Conference;';
    const keys = extractParagraph({ id: 'OP25', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx).mentions.map((m) => m.key);
    expect(keys).toContain('Event:Second High-level United Nations Conference on South-South Cooperation');
  });

  it('negative: another ordinal is another edition ("the third High-level Conference" after the second)', () => {
    const text =
      'Recalls the convening of the second High-level United Nations Conference on South-South Cooperation in Buenos Aires, and looks forward to the third High-level Conference;';
    expect(mentions(text, 'OP1')).not.toContain('Event:Third High-level United Nations Conference on South-South Cooperation');
    expect(mentions(text, 'OP1').filter((k) => k.startsWith('Event:Second')).length).toBe(1);
  });

  it('A/RES/80/52 PP19 ("with States" after a name is who, like "to Member States"): "... Meeting of States Parties to the Convention on Cluster Munitions with States not Parties" ends at the Convention', () => {
    const text =
      'Welcoming the dialogue undertaken by the President of the thirteenth Meeting of States Parties to the Convention on Cluster Munitions with States not Parties to the Convention, in support of universal adherence to the Convention,';
    // (session 63, accuracy-aud63r: the President of a sitting is an officer post, the sitting inside its name no mention of its own)
    expect(mentions(text).filter((k) => k.startsWith('Organization:President'))).toEqual(['Organization:President of the Thirteenth Meeting of States Parties to the Convention on Cluster Munitions']);
    expect(mentions(text).filter((k) => k.startsWith('Event:'))).toEqual([]);
  });
});

describe('names the audited texts print that were read as something else', () => {
  it('A/RES/78/167 PP1: "the Buenos Aires outcome document of the second High-level United Nations Conference on South-South Cooperation"', () => {
    const text =
      'Reaffirming its resolution 73/291 of 15 April 2019, in which it endorsed the Buenos Aires outcome document of the second High-level United Nations Conference on South-South Cooperation,';
    const keys = mentions(text);
    expect(keys).toContain('Framework:Buenos Aires outcome document');
    expect(keys).toContain('Event:Second High-level United Nations Conference on South-South Cooperation');
    expect(keys).not.toContain('Place:Buenos Aires');
  });

  it('negative: the conference "in Buenos Aires" is held in the place', () => {
    const text = 'Recalls the convening of the second High-level United Nations Conference on South-South Cooperation in Buenos Aires from 20 to 22 March 2019;';
    expect(mentions(text, 'OP1')).toContain('Place:Buenos Aires');
  });

  it('A/RES/79/141 PP27: "the United Nations Special Coordinator for the Middle East Peace Process and Personal Representative of the Secretary-General" (session 59, aud59q: the second post keyed as 80/72 keys it, no post "of the Secretary-General")', () => {
    const text =
      'Noting the active participation of the United Nations Special Coordinator for the Middle East Peace Process and Personal Representative of the Secretary-General to the Palestine Liberation Organization and the Palestinian Authority in the activities of the Special Envoys of the Quartet,';
    const keys = mentions(text);
    expect(keys).toContain('Organization:United Nations Special Coordinator for the Middle East Peace Process');
    expect(keys).not.toContain('Place:Middle East');
    expect(keys.filter((k) => k.startsWith('Organization:Personal Representative'))).toEqual([
      'Organization:Personal Representative to the Palestine Liberation Organization',
    ]);
  });

  it('A/RES/79/12 PP6: "the Agreement of Cooperation between the United Nations and the League of Arab States"', () => {
    const text =
      'Considering the provisions of the Protocol of amendment of the text of the Agreement of Cooperation between the United Nations and the League of Arab States, signed in September 2016,6 which calls for strengthening cooperation in new areas,';
    expect(mentions(text)).toContain('Framework:Agreement of Cooperation between the United Nations and the League of Arab States');
  });
});

describe('titles with a colon', () => {
  it('A/RES/79/320 PP3: the Almaty Programme of Action\'s subtitle names no "New Global Framework ..." of its own', () => {
    const text =
      'Recalling the Almaty Programme of Action: Addressing the Special Needs of Landlocked Developing Countries within a New Global Framework for Transit Transport Cooperation for Landlocked and Transit Developing Countries 1 and the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024,2';
    expect(mentions(text).filter((k) => k.startsWith('Framework:'))).toEqual([
      'Framework:Almaty Programme of Action',
      'Framework:Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014-2024',
    ]);
  });

  it('A/RES/79/141 OP7: "the Cairo International Conference on Palestine: Reconstructing Gaza" (not the place Gaza)', () => {
    const text = 'Stresses the importance of following up on the results of the Cairo International Conference on Palestine: Reconstructing Gaza to effectively promote economic recovery and reconstruction in a timely and sustainable manner;';
    expect(mentions(text, 'OP7')).toEqual(['Event:Cairo International Conference on Palestine: Reconstructing Gaza @ 2014']);
  });

  it('negative: "the Almaty Programme of Action" printed alone is the same node', () => {
    expect(mentions('Recalling the Almaty Programme of Action and the Almaty Declaration,')).toContain('Framework:Almaty Programme of Action');
  });
});
