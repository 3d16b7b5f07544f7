// Session-41 audit aud41b: entities per kind on a fresh random sample of corpus-ga (A/RES/79/313, 80/32, 78/209, 80/41, 78/203,
// 79/131, 80/100, 79/35, 80/97, 79/87), every Organization, Event, Initiative, Framework, Place, Document and Date node judged,
// plus last session's open misses (Umoja, the WHO air quality guidelines). Fixed: "the Conference of the Parties to the
// Convention" after a convention printed in full in the paragraph is that convention's, not the one the resolution named last;
// a Territory's elections said with where ("the elections in the Territory that were held in", "held in the Territory in",
// "in Tokelau held on <day>"); an edition proposed with "a <ordinal>" ("a fourth United Nations Conference on the Peaceful
// Exploration of Outer Space"); listed years with footnote marks after them ("the 2000 7 and the 2010 8 Review Conferences")
// name one sitting and one Final Document each; gazetteer entries for Umoja, the WHO global air quality guidelines and the IMO
// wildlife-smuggling guidelines; "the Organization" after an "Organization of ..." named in the paragraph (as its organ's owner
// too) is that organization, not the United Nations. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const WILDLIFE: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/313', date: '2025-07-02', title: 'Tackling illicit trafficking in wildlife' };
const { extract, keys, relations } = oneParagraph({ ctx: WILDLIFE, kind: 'preambular' });

const CBD_COP = 'Event:Conference of the Parties to the Convention on Biological Diversity';
const CITES_COP = 'Event:Conference of the Parties to the Convention on International Trade in Endangered Species of Wild Fauna and Flora';
/** A/RES/79/313 PP11 (shortened): the biodiversity convention's Conference of the Parties, named before PP21 */
const PP11 =
  'Recognizing that human, animal, plant and ecosystem health are interdependent, recalling in this regard the Kunming-Montreal Global Biodiversity Framework, adopted in decision 15/4 of 19 December 2022, as well as decision 15/29 of 19 December 2022 of the Conference of the Parties to the Convention on Biological Diversity,';

describe('"the Conference of the Parties to the Convention": the convention printed in full before it in the paragraph', () => {
  it('A/RES/79/313 PP21: "the Convention on International Trade in Endangered Species ... the entry into force of the Convention, ... the meetings of the Conference of the Parties to the Convention" after PP11\'s biodiversity Conference: the CITES Conference', () => {
    const ctx = { ...WILDLIFE };
    expect(keys(PP11, 'Event:', 'preambular', ctx)).toContain(CBD_COP);
    const text =
      'Recognizing the legal framework provided by and the important role of the Convention on International Trade in Endangered Species of Wild Fauna and Flora 5 as the primary mechanism for regulating international trade in species of wild fauna and flora listed in its appendices, commemorating the fiftieth anniversary of the entry into force of the Convention, and in this regard welcoming the relevant resolutions and decisions adopted at the meetings of the Conference of the Parties to the Convention,';
    const rel = relations(text, 'preambular', ctx);
    expect(rel).toContain(`WELCOMES ${CITES_COP}`);
    expect(rel).not.toContain(`WELCOMES ${CBD_COP}`);
  });

  it('guard: with no convention printed in full in the paragraph, "the Conference of the Parties to the Convention" is still the one the resolution named last', () => {
    const ctx = { ...WILDLIFE };
    extract(PP11, 'preambular', ctx);
    const rel = relations('Welcoming the relevant decisions adopted at the meetings of the Conference of the Parties to the Convention,', 'preambular', ctx);
    expect(rel).toContain(`WELCOMES ${CBD_COP}`);
  });
});

describe("a Territory's elections, where said before or after \"held\"", () => {
  const territory = (name: string, symbol: string): RecognizeContext => ({ body: 'General Assembly', symbol, date: '2025-12-05', title: `Question of ${name}` });

  it('A/RES/80/97 PP24 "Noting the elections in the Territory that were held in October 2024": the election in Montserrat, dated', () => {
    const x = extract('Noting the elections in the Territory that were held in October 2024,6', 'preambular', territory('Montserrat', 'A/RES/80/97'));
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Event:election in Montserrat @ 2024');
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain('STARTS_ON Event:election in Montserrat @ 2024 -> Date:2024-10');
  });

  it('A/RES/80/90 PP31 "Noting the general elections held in the Territory in November 2024": the general election in American Samoa', () => {
    const rel = relations('Noting the general elections held in the Territory in November 2024, 9', 'preambular', territory('American Samoa', 'A/RES/80/90'));
    expect(rel).toContain('NOTES Event:general election in American Samoa @ 2024');
  });

  it('A/RES/78/97 OP3 "Recalls with satisfaction the democratic elections in Tokelau held on 23 January 2020 for the tenth General Fono": the election in Tokelau, of that day', () => {
    const x = extract(
      'Recalls with satisfaction the democratic elections in Tokelau held on 23 January 2020 for the tenth General Fono and the subsequent swearing-in of the Ulu-o-Tokelau on 8 March 2021;',
      'operative',
      territory('Tokelau', 'A/RES/78/97'),
    );
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('RECALLS Event:election in Tokelau @ 2020');
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain('STARTS_ON Event:election in Tokelau @ 2020 -> Date:2020-01-23');
  });

  it('guard: A/RES/80/95 PP21 "the legislative elections held in June and July 2024, and recalling ... on 26 October 2023": no election dated by the later day (aud41j: the election of June 2024)', () => {
    const text =
      'Noting the legislative elections held in June and July 2024, and recalling the establishment of the Special Commission on Decolonization by the Assembly of French Polynesia on 26 October 2023,';
    expect(keys(text, 'Event:', 'preambular', territory('French Polynesia', 'A/RES/80/95'))).toEqual(['Event:legislative election in French Polynesia @ 2024']);
  });

  it('guard: the same words in a text of another title name no election (whose it was is not said)', () => {
    expect(keys('Noting the elections in the Territory that were held in October 2024,', 'Event:')).toEqual([]);
  });
});

describe('an edition proposed with "a <ordinal>"', () => {
  const SPACE: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/87', date: '2024-12-04' };

  it('A/RES/79/87 OP3 (80/76 OP3, 79/1): "the proposal to hold a fourth United Nations Conference on the Peaceful Exploration of Outer Space (UNISPACE IV) in 2027": the fourth edition', () => {
    const rel = relations(
      'Encourages the Committee to further consult on the proposal to hold a fourth United Nations Conference on the Peaceful Exploration of Outer Space (UNISPACE IV) in 2027;11',
      'operative',
      SPACE,
    );
    expect(rel).toContain('ENCOURAGES Event:Fourth United Nations Conference on the Peaceful Exploration of Outer Space');
    expect(rel).not.toContain('ENCOURAGES Event:United Nations Conference on the Peaceful Exploration of Outer Space');
  });

  it('guard: A/RES/79/222 OP45 "... the Third Industrial Development Decade for Africa (2016–2025), and calls for a fourth Decade": no new sitting', () => {
    const text =
      'Welcomes the ongoing support of the United Nations Industrial Development Organization for the Third Industrial Development Decade for Africa (2016–2025), and calls for a fourth Decade;';
    expect(keys(text, 'Event:', 'operative', { body: 'General Assembly', symbol: 'A/RES/79/222', date: '2024-12-19' })).toEqual(['Event:Third Industrial Development Decade for Africa']);
  });
});

describe('listed years with footnote marks after them', () => {
  const NPT: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/35', date: '2024-12-02' };
  const SIXTH = 'Event:Sixth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)';
  const EIGHTH = 'Event:Eighth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)';
  const FINAL = (year: string) => `Framework:Final Document of the ${year} Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons`;
  const PLURAL = 'Event:Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';

  it('A/RES/79/35 PP8 (78/42 PP8): "the Final Documents of the 2000 7 and the 2010 8 Review Conferences of the Parties to the Treaty ...": two sittings, two Final Documents, no plural node', () => {
    const text =
      'Recalling also the decisions and the resolution adopted at the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,6 the basis upon which the Treaty was indefinitely extended, and the Final Documents of the 2000 7 and the 2010 8 Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, and in particular the unequivocal undertaking by the nuclear-weapon States to accomplish the total elimination of their nuclear arsenals,';
    const rel = relations(text, 'preambular', NPT);
    for (const k of [SIXTH, EIGHTH, FINAL('2000'), FINAL('2010')]) expect(rel).toContain(`RECALLS ${k}`);
    expect(rel).not.toContain(`RECALLS ${PLURAL}`);
  });

  it('A/RES/80/39 PP11: the marks glued to the years, "the 20007 and the 20108 Review Conferences": the same two sittings', () => {
    const text =
      'Recalling also the decisions adopted at the 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, and the Final Documents of the 20007 and the 20108 Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,';
    const rel = relations(text, 'preambular', { ...NPT, symbol: 'A/RES/80/39', date: '2025-12-01' });
    expect(rel).toContain(`RECALLS ${SIXTH}`);
    expect(rel).toContain(`RECALLS ${EIGHTH}`);
    expect(rel).not.toContain(`RECALLS ${PLURAL}`);
  });

  it('guard: A/RES/79/35 OP4 "the 1995, 2000 and 2010 Review Conferences of the Parties to the Treaty ...", printed without marks, still names the three', () => {
    const text =
      'Reaffirms the continued validity of the decisions, resolutions and commitments as agreed to at the 1995, 2000 and 2010 Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons;';
    const rel = relations(text, 'operative', NPT);
    expect(rel).toContain(`REAFFIRMS ${SIXTH}`);
    expect(rel).toContain(`REAFFIRMS ${EIGHTH}`);
    expect(rel.filter((r) => r.includes('Review and Extension Conference'))).toHaveLength(1);
  });
});

describe('gazetteer: named UN-system systems and guidelines printed with a lowercase head', () => {
  it('A/RES/79/258 VIII.OP19: "include in the Umoja budget portal ... how information is presented in Umoja": the Initiative Umoja', () => {
    const text =
      'Requests the Secretary-General to also include in the Umoja budget portal budget data for special political missions in line with how information is presented in Umoja for peacekeeping operations;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/258', date: '2024-12-24' })).toContain('REQUESTS Initiative:Umoja');
  });

  it('A/RES/78/158 PP5 (79/212, 80/143): "the World Health Organization global air quality guidelines released in September 2021": the Framework, one node', () => {
    const text = 'Noting with concern the findings, and in line with the World Health Organization global air quality guidelines released in September 2021,';
    expect(keys(text, 'Framework:', 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/158', date: '2023-12-19' })).toEqual(['Framework:WHO Global Air Quality Guidelines']);
  });

  it('A/RES/79/313 PP38: "Welcoming the International Maritime Organization guidelines for the prevention and suppression of the smuggling of wildlife on ships ...": the guidelines', () => {
    const text =
      'Welcoming the International Maritime Organization guidelines for the prevention and suppression of the smuggling of wildlife on ships engaged in international maritime traffic approved on 13 May 2022,';
    expect(relations(text)).toContain(
      'WELCOMES Framework:Guidelines for the Prevention and Suppression of the Smuggling of Wildlife on Ships Engaged in International Maritime Traffic',
    );
  });

  it('guard: A/RES/78/69 "Notes the International Maritime Organization guidelines, interim guidance and interim recommendations to shipowners ...": the IMO, no wildlife guidelines', () => {
    const text =
      'Notes the International Maritime Organization guidelines, interim guidance and interim recommendations to shipowners, ship operators and shipmasters on measures to prevent and mitigate Somalia-based piracy;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' });
    expect(rel).toContain('NOTES Organization:International Maritime Organization');
    expect(rel.filter((r) => r.includes('Smuggling of Wildlife'))).toEqual([]);
  });
});

describe('"the Organization" after an "Organization of ..." named in the paragraph', () => {
  const OIC: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/9', date: '2024-11-18', title: 'Cooperation between the United Nations and the Organization of Islamic Cooperation' };

  it('A/RES/79/9 PP18: "the adoption by the Council of Foreign Ministers of the Organization of Islamic Cooperation, ..., of resolutions on strengthening the mediation capacity of the Organization": the OIC', () => {
    const text =
      'Noting further the adoption by the Council of Foreign Ministers of the Organization of Islamic Cooperation, at its forty-fifth to fiftieth sessions, of resolutions on strengthening the mediation capacity of the Organization,';
    const rel = relations(text, 'preambular', OIC);
    expect(rel).toContain('NOTES Organization:Organization of Islamic Cooperation');
    expect(rel).not.toContain('NOTES Organization:United Nations');
  });

  it('guard: the United Nations named nearer, "the Organization of Islamic Cooperation and the United Nations in accordance with the purposes of the Organization": the United Nations', () => {
    const text =
      'Noting the cooperation between the Organization of Islamic Cooperation and the United Nations in accordance with the purposes of the Organization,';
    const rel = relations(text, 'preambular', OIC);
    expect(rel).toContain('NOTES Organization:United Nations');
  });
});
