// Session-41 audit aud41j: entity, event and document leftovers of the session's audits, each form grepped across corpus-ga
// for its siblings. Fixed: a Territory's election said without "held" ("the holding of free and fair elections in the
// Territory on 23 January 2020", the Tokelau texts; "provincial elections in New Caledonia on 12 May 2019") and over two
// months ("held in June and July 2024", dated from June to July, not by a later day); the bodies the Committee on the
// Peaceful Uses of Outer Space grants "the status of observer to" (78/72, 79/87, 80/76), each an organization; a city's
// declaration or statement listed with its year keeps it ("the Chiang Mai Statement of 2019"), "the Lima Declaration of 2019"
// is the wildlife one, not UNIDO's, and "the Leaders Pledge for Nature" is named (79/313 PP29); the Group of 20's
// "High-level Principles on Combating Corruption related to Illegal Trade in Wildlife ..." whole (79/313 OP37); "the resumed
// session of the <sitting>, held in Rome, Italy, from 25 to 27 February 2025" a sitting of its own, part of the sitting (79/313 PP31);
// "the two previous Review Conferences held in 2015 and 2022" the treaty's conferences of those years (79/35 OP2, 78/42, 80/39).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { parseDateRange } from '../../ingest/recognize/dates.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/313', date: '2025-07-02' };
const { extract, keys } = oneParagraph({ ctx: GA79, kind: 'preambular' });
const edges = (text: string, kind?: 'preambular' | 'operative', ctx?: RecognizeContext) => {
  const x = extract(text, kind, ctx);
  return [...x.relations.map((r) => `${r.type} ${r.target}`), ...x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)];
};

describe("a Territory's election without \"held\", or over two months", () => {
  const territory = (name: string, symbol: string): RecognizeContext => ({ body: 'General Assembly', symbol, date: '2023-12-05', title: `Question of ${name}` });

  it('A/RES/78/97 PP12 (79/110, 80/101) "Recalling also the holding of free and fair elections in the Territory on 23 January 2020": the election in Tokelau, of that day', () => {
    const text =
      'Recalling also the holding of free and fair elections in the Territory on 23 January 2020, and noting also the change of the Ulu-o-Tokelau during the General Fono, on 19 May 2022,';
    const e = edges(text, 'preambular', territory('Tokelau', 'A/RES/78/97'));
    expect(e).toContain('RECALLS Event:election in Tokelau @ 2020');
    expect(e).toContain('STARTS_ON Event:election in Tokelau @ 2020 -> Date:2020-01-23');
  });

  it('A/RES/78/94 OP31 "Acknowledges the peaceful conduct of provincial elections in New Caledonia on 12 May 2019": the provincial election', () => {
    const text =
      'Acknowledges the peaceful conduct of provincial elections in New Caledonia on 12 May 2019, the preceding municipal elections and the subsequent efforts to form a new Government of New Caledonia;';
    const e = edges(text, 'operative', territory('New Caledonia', 'A/RES/78/94'));
    expect(e).toContain('ACKNOWLEDGES Event:provincial election in New Caledonia @ 2019');
    expect(e).toContain('STARTS_ON Event:provincial election in New Caledonia @ 2019 -> Date:2019-05-12');
  });

  it('A/RES/80/95 PP21 "Noting the legislative elections held in June and July 2024, and recalling ... on 26 October 2023": from June 2024, not the later day', () => {
    const text =
      'Noting the legislative elections held in June and July 2024, and recalling the establishment of the Special Commission on Decolonization by the Assembly of French Polynesia on 26 October 2023,';
    const e = edges(text, 'preambular', territory('French Polynesia', 'A/RES/80/95'));
    expect(e).toContain('NOTES Event:legislative election in French Polynesia @ 2024');
    expect(e).toContain('STARTS_ON Event:legislative election in French Polynesia @ 2024 -> Date:2024-06');
    expect(e.filter((r) => r.includes('2023'))).toEqual([]);
  });

  it('"June and July 2024" reads as two months of one year', () => {
    expect(parseDateRange('June and July 2024')).toEqual({ start: '2024-06', end: '2024-07' });
    expect(parseDateRange('July 2024')).toEqual({ start: '2024-07' });
  });

  it('guard: A/RES/80/98 "local elections to be held in 2025" (no month, no day) names no election', () => {
    const ctx = territory('Tokelau', 'A/RES/78/97');
    expect(keys('Noting the planned local elections to be held in 2025,', 'Event:', 'preambular', ctx)).toEqual([]);
    // (aud52b: "the democratic election of the General Fono on 26 January 2023" is the Territory's election of that day, the one
    // 80/101 PP12 prints "the holding of free and fair elections in the Territory on 26 January 2023"; it was a guard here)
    expect(keys('further noting the democratic election of the General Fono on 26 January 2023,', 'Event:election', 'preambular', ctx)).toEqual(['Event:election in Tokelau @ 2023']);
  });
});

describe('"to grant the status of observer to" a list of bodies: each an organization', () => {
  const SPACE: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/87', date: '2024-12-04' };

  it('A/RES/79/87 OP48 "the African Astronomical Society, ... and Space Renaissance International, in accordance with the procedures of the Committee": every item', () => {
    const text =
      'Endorses the decision of the Committee to grant the status of observer to the African Astronomical Society, the Global Satellite Operators Association, the Outer Space Institute, the Space Data Association and Space Renaissance International, in accordance with the procedures of the Committee;';
    const orgs = keys(text, 'Organization:', 'operative', SPACE);
    expect(orgs).toContain('Organization:African Astronomical Society');
    expect(orgs).toContain('Organization:Space Renaissance International');
    expect(orgs).toContain('Organization:Space Data Association');
  });

  it('A/RES/80/76 OP48 "the Alliance for Collaboration in the Exploration of Space (ACES Worldwide), ..., AeroAI Global Solutions, Inc., and Women in Aerospace Europe": a company keeps its legal form, an alliance is a body', () => {
    const text =
      'Also endorses the decision of the Committee to grant the status of observer to the International Council on Monuments and Sites, the Alliance for Collaboration in the Exploration of Space (ACES Worldwide), the Lunar Policy Platform Foundation, AeroAI Global Solutions, Inc., and Women in Aerospace Europe, in accordance with the procedures of the Committee;';
    const x = extract(text, 'operative', SPACE);
    const all = x.mentions.map((m) => m.key);
    expect(all).toContain('Organization:AeroAI Global Solutions, Inc.');
    expect(all).toContain('Organization:Women in Aerospace Europe');
    expect(all).toContain('Organization:Alliance for Collaboration in the Exploration of Space');
    expect(all.filter((k) => k.startsWith('Initiative:') || k === 'Organization:Inc.')).toEqual([]);
  });

  it('A/RES/78/72 OP45 "the European Astronomical Society and Three Country – Trusted Broker"', () => {
    const text =
      'Endorses the decision of the Committee to grant the status of observer to the European Astronomical Society and Three Country – Trusted Broker, in accordance with the procedures of the Committee;';
    const orgs = keys(text, 'Organization:', 'operative', SPACE);
    expect(orgs).toContain('Organization:European Astronomical Society');
    expect(orgs).toContain('Organization:Three Country - Trusted Broker');
  });

  it('guard: "the Information Society" outside the observer formula stays what it was (no organization)', () => {
    const text = 'Recalling the outcome documents of the World Summit on the Information Society,';
    expect(keys(text, 'Organization:Information Society')).toEqual([]);
    expect(keys(text, 'Event:')).toContain('Event:World Summit on the Information Society');
  });
});

describe("a city's declarations of several years, listed with their years (A/RES/79/313 PP29)", () => {
  const PP29 =
    'Welcoming the efforts of and cooperation between Member States, intergovernmental organizations and non-governmental organizations, as well as activities of United Nations agencies and other entities, aimed at preventing and fighting illicit trafficking in wildlife, and in this regard taking note of the Paris Declaration of 2013, the London Declaration of 2014, the Kasane Statement of 2015, the Brazzaville Declaration of 2015, the Hanoi Statement of 2016, the Bishkek Declaration of 2017, the London Declaration of 2018, the Lima Declaration of 2019, the Chiang Mai Statement of 2019, the Gandhinagar Declaration of 2020, and the Samarkand Declaration of 2024 as the outcome of the fourteenth meeting of the Conference of the Parties to the Convention on the Conservation of Migratory Species of Wild Animals, as well as the Leaders Pledge for Nature of 2020,';

  it('A/RES/79/313 PP29 "the Lima Declaration of 2019, the Chiang Mai Statement of 2019": each keeps its year; not UNIDO\'s Lima Declaration', () => {
    const fws = keys(PP29, 'Framework:');
    expect(fws).toContain('Framework:Lima Declaration of 2019');
    expect(fws).toContain('Framework:Chiang Mai Statement of 2019');
    expect(fws).toContain('Framework:London Declaration of 2018');
    expect(fws).not.toContain('Framework:Lima Declaration');
  });

  it('A/RES/79/313 PP29 "as well as the Leaders Pledge for Nature of 2020": the pledge, noted', () => {
    expect(edges(PP29)).toContain('NOTES Framework:Leaders Pledge for Nature');
  });

  it('guard: UNIDO\'s "Lima Declaration" printed without a year stays UNIDO\'s', () => {
    expect(keys('Recalling the Lima Declaration adopted by the General Conference of the United Nations Industrial Development Organization at its fifteenth session,', 'Framework:')).toEqual([
      'Framework:Lima Declaration',
    ]);
  });

  it('guard: an instrument named by its subject loses the year printed after it ("... Psychotropic Substances of 1988")', () => {
    expect(keys('Recalling the United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988,', 'Framework:')).toEqual([
      'Framework:United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances',
    ]);
  });
});

describe('a name going on past a lowercase "related to"', () => {
  it('A/RES/79/313 OP37 "its development of High-level Principles on Combating Corruption related to Illegal Trade in Wildlife and Wildlife Products": the whole name', () => {
    const text =
      'Recognizes the efforts of the Group of 20 in countering corruption at both the global and the national levels, as well as its development of High-level Principles on Combating Corruption related to Illegal Trade in Wildlife and Wildlife Products and of the survey in 2018 on their implementation;';
    const fws = keys(text, 'Framework:', 'operative');
    expect(fws).toEqual(['Framework:High-level Principles on Combating Corruption related to Illegal Trade in Wildlife and Wildlife Products']);
  });

  it('guard: "the Working Group on Border Management and Law Enforcement related to Counter-Terrorism" stays one body', () => {
    const text =
      'Noting the efforts of the Working Group on Border Management and Law Enforcement related to Counter-Terrorism of the United Nations Global Counter-Terrorism Coordination Compact,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Working Group on Border Management and Law Enforcement related to Counter-Terrorism']);
  });
});

describe('"the resumed session of the <sitting>, held in <venue> from <days>": a sitting of its own', () => {
  const COP16 = 'Event:sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
  const RESUMED = 'Event:resumed session of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';

  it('A/RES/79/313 PP31 "as well as of the resumed session of the sixteenth meeting of the Conference of the Parties to the Convention, held in Rome, Italy, from 25 to 27 February 2025": Rome and those days, part of COP16', () => {
    const text =
      'Welcoming further the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, as well as the Meetings of the Parties to the Protocols to the Convention, held in Cali, Colombia, from 21 October to 1 November 2024, under the theme “Peace with nature”, as well as of the resumed session of the sixteenth meeting of the Conference of the Parties to the Convention, held in Rome, Italy, from 25 to 27 February 2025, and taking note of their adopted decisions,';
    const e = edges(text);
    expect(e).toContain(`WELCOMES ${RESUMED}`);
    expect(e).toContain(`PART_OF ${RESUMED} -> ${COP16}`);
    expect(e).toContain(`HELD_IN ${RESUMED} -> Place:Rome`);
    expect(e).toContain(`STARTS_ON ${RESUMED} -> Date:2025-02-25`);
    expect(e).toContain(`ENDS_ON ${RESUMED} -> Date:2025-02-27`);
    expect(e).toContain(`STARTS_ON ${COP16} -> Date:2024-10-21`);
    expect(e).not.toContain(`HELD_IN ${COP16} -> Place:Rome`);
  });

  it('guard: A/RES/78/90 "the statement made on 12 June 2023 to the resumed session of the Special Committee": a body, no sitting resumed', () => {
    const text =
      'Taking note of the statement made on 12 June 2023 to the resumed session of the Special Committee, that the self-determination process of the Territory could not be addressed in isolation,';
    // (aud52b: the body's own resumed session of that day is a sitting, the body's; not a part of a sitting named "Special Committee")
    expect(keys(text, 'Event:resumed')).toEqual(['Event:resumed session of the Special Committee (A/RES/79/313) @ 2023']);
    expect(extract(text).attributions.filter((a) => a.type === 'PART_OF')).toEqual([]);
  });
});

describe('"the two previous Review Conferences held in 2015 and 2022": the conferences of those years', () => {
  const NPT: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/35', date: '2024-12-02' };

  it('A/RES/79/35 OP2 "overcoming the obstacles that prevented a substantive outcome in the two previous Review Conferences held in 2015 and 2022": the ninth and tenth NPT Review Conferences', () => {
    const text =
      'Stresses the fundamental role of the Treaty on the Non-Proliferation of Nuclear Weapons in achieving nuclear disarmament and nuclear non-proliferation, and looks forward to achieving substantive progress during the eleventh review cycle, in order to strengthen the Treaty and its review process, overcoming the obstacles that prevented a substantive outcome in the two previous Review Conferences held in 2015 and 2022;';
    const events = keys(text, 'Event:', 'operative', NPT);
    expect(events).toContain('Event:Ninth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
    expect(events).toContain('Event:Tenth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)');
  });

  it('guard: "the two previous Review Conferences of the Parties to the Treaty" with no years after them name no conference of a year', () => {
    const text =
      'Deeply concerned by the successive failures of the two previous Review Conferences of the Parties to the Treaty, and dismayed that States parties to the Treaty were again unable to agree on actions,';
    expect(keys(text, 'Event:', 'preambular', NPT).filter((k) => /Ninth|Tenth/.test(k))).toEqual([]);
  });
});
