// Session-38 audit aud38g: attributions and event dates and places (HELD_IN, ORGANIZES, PART_OF, STARTS_ON/ENDS_ON), the
// misses the session's dates audit left. Fixed: "the 2023 high-level meetings of the General Assembly on X, on Y and on Z" dates
// each meeting by an edge as well as on its node; "the Ministerial Conferences on ... in 2014 and 2019 in the Netherlands" holds
// each in the venue printed after the years; "the high-level plenary meeting of the sixtieth session of the General Assembly" is
// the 2005 World Summit, organized by the Assembly (not by a body named "sixtieth session of the General Assembly"); "the first
// part" and "the second part" of a sitting are sittings of their own, with their own venues and days, part of it; "the
// intergovernmental meeting held on ... in ..." where a body was established is named by that body. Each case quotes the file
// and paragraph; each fix has a guard. The attribution audit of six fresh corpus-ga texts (A/RES/79/143, 79/62, 79/36, 78/208,
// 78/236, 79/131) found 23 of 23 LEADS/ORGANIZES/HOSTS/HELD_IN/ADOPTED/PART_OF/date edges right, before and after; its misses
// (unnamed hosted conferences of 79/62 PP10, the Samarkand Resolution adopted at a steering committee meeting, 79/143 PP9) stay.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, graphOf, para } from '../helpers/graph-of.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/269', date: '2024-04-04' };
const { relations, attributions } = oneParagraph({ ctx: GA78, kind: 'preambular' });

describe('meetings listed under one year are dated by it', () => {
  it('A/RES/78/269 PP9: "the organization of the 2023 high-level meetings of the General Assembly on pandemic prevention, ..., on universal health coverage, and on the fight against tuberculosis": each STARTS_ON 2023', () => {
    const text =
      'Recalling the organization of the 2023 high-level meetings of the General Assembly on pandemic prevention, preparedness and response, on universal health coverage, and on the fight against tuberculosis and the adoption of the three political declarations,';
    const att = attributions(text);
    expect(att).toContain('STARTS_ON Event:high-level meeting on pandemic prevention, preparedness and response @ 2023 -> Date:2023');
    expect(att).toContain('STARTS_ON Event:high-level meeting on universal health coverage @ 2023 -> Date:2023');
    expect(att).toContain('STARTS_ON Event:high-level meeting on the fight against tuberculosis @ 2023 -> Date:2023');
    expect(att.filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });

  it('guard: A/RES/78/4 annex 5 form, "the high-level meetings of the General Assembly on HIV and AIDS, on tackling antimicrobial resistance, ..." with no year: no meeting dated', () => {
    const text =
      'Recalling the political declarations of the high-level meetings of the General Assembly on HIV and AIDS, on tackling antimicrobial resistance and on the prevention and control of non-communicable diseases,';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('plural sittings of listed years, then one venue', () => {
  it('A/RES/78/269 PP8: "the Ministerial Conferences on Antimicrobial Resistance in 2014 and 2019 in the Netherlands": each of its year, each HELD_IN the Netherlands', () => {
    const text =
      'Taking note further of the contributions by the Ministerial Conferences on Antimicrobial Resistance in 2014 and 2019 in the Netherlands, the Third Global High-level Ministerial Conference on Antimicrobial Resistance in 2022 in Oman, during which 47 Member States endorsed the Muscat Ministerial Manifesto, the forthcoming Fourth Global High-level Ministerial Conference on Antimicrobial Resistance in Saudi Arabia, and other planned ministerial conferences in 2024,';
    const att = attributions(text);
    const netherlands = att.filter((a) => a.startsWith('HELD_IN') && a.includes('Netherlands'));
    expect(netherlands.sort()).toEqual([
      'HELD_IN Event:Ministerial Conference on Antimicrobial Resistance @ 2014 -> Place:Netherlands (Kingdom of the)',
      'HELD_IN Event:Ministerial Conference on Antimicrobial Resistance @ 2019 -> Place:Netherlands (Kingdom of the)',
    ]);
    expect(att).toContain('STARTS_ON Event:Ministerial Conference on Antimicrobial Resistance @ 2014 -> Date:2014');
    expect(att).toContain('STARTS_ON Event:Ministerial Conference on Antimicrobial Resistance @ 2019 -> Date:2019');
    expect(att).toContain('HELD_IN Event:Third Global High-level Ministerial Conference on Antimicrobial Resistance -> Place:Oman');
  });

  it('guard: A/RES/79/226 form, "the High-level United Nations Conferences on South-South Cooperation, held in 2009 and 2019": dated each, held nowhere the text says', () => {
    const text = 'Recalling the High-level United Nations Conferences on South-South Cooperation, held in 2009 and 2019, and their outcome documents,';
    const att = attributions(text);
    expect(att.filter((a) => a.startsWith('STARTS_ON')).length).toBe(2);
    expect(att.filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });
});

describe('the high-level plenary meeting of the sixtieth session of the General Assembly', () => {
  const CHARTER: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/111', date: '2023-12-07' };
  it('A/RES/78/111 PP13 (79/125, 80/166): "at the high-level plenary meeting of the sixtieth session of the General Assembly in September 2005": the 2005 World Summit, organized by the Assembly, in September 2005', () => {
    const text =
      'Mindful of the decision of the Special Committee in which it expressed its readiness to engage, as appropriate, in the implementation of any decisions that might be taken at the high-level plenary meeting of the sixtieth session of the General Assembly in September 2005 that concerned the Charter and any amendments thereto,';
    const att = attributions(text, 'preambular', CHARTER);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(att).toContain('SESSION_OF Event:World Summit @ 2005 -> Organization:General Assembly');
    expect(att).toContain('STARTS_ON Event:World Summit @ 2005 -> Date:2005-09');
    expect(att.filter((a) => a.includes('Organization:sixtieth session'))).toEqual([]);
  });

  it('guard: "the seventy-ninth session of the General Assembly" is still the Assembly\'s session', () => {
    const text = 'Decides to include in the provisional agenda of the seventy-ninth session of the General Assembly the item entitled “Report of the Special Committee”;';
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text, 'operative', CHARTER)).toContain('SESSION_OF Event:seventy-ninth session of the General Assembly -> Organization:General Assembly');
  });
});

describe('the first and second parts of a sitting', () => {
  const COP15 = 'fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
  it('A/RES/78/138 PP9: "the first part of the fifteenth meeting ..., held in Kunming, China, from 11 to 15 October 2021, and the second part ..., held in Montreal, Canada, from 7 to 19 December 2022": each part its venue and days, part of the meeting; the meeting none of them', () => {
    const text =
      'Welcoming the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021, and the second part of the fifteenth meeting of the Conference of the Parties, held in Montreal, Canada, from 7 to 19 December 2022, and its outcomes, including the Kunming-Montreal Global Biodiversity Framework, and urging their early, inclusive and effective implementation,';
    const att = attributions(text);
    expect(att).toContain(`PART_OF Event:first part of the ${COP15} -> Event:${COP15}`);
    expect(att).toContain(`PART_OF Event:second part of the ${COP15} -> Event:${COP15}`);
    expect(att).toContain(`HELD_IN Event:first part of the ${COP15} -> Place:Kunming`);
    expect(att).toContain(`ENDS_ON Event:first part of the ${COP15} -> Date:2021-10-15`);
    expect(att).toContain(`HELD_IN Event:second part of the ${COP15} -> Place:Montreal`);
    expect(att).toContain(`STARTS_ON Event:second part of the ${COP15} -> Date:2022-12-07`);
    expect(att.filter((a) => /^(?:STARTS_ON|ENDS_ON|HELD_IN) Event:fifteenth/.test(a))).toEqual([]);
    expect(relations(text)).toContain(`WELCOMES Event:${COP15}`);
  });

  it('guard: "as an integral part of the" a named sitting: no part read', () => {
    const text =
      'Recalling the high-level segment as an integral part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021,';
    const att = attributions(text);
    expect(att.filter((a) => a.includes(' part of the fifteenth'))).toEqual([]);
    expect(att).toContain(`HELD_IN Event:${COP15} -> Place:Kunming`);
  });
});

describe('an intergovernmental meeting told by its dates and venue, where a body was established', () => {
  const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/135', date: '2025-12-15' };
  const MEETING = 'Event:Intergovernmental Meeting to Establish the Intergovernmental Science-Policy Panel on Chemicals, Waste and Pollution @ 2025';
  it('A/RES/80/135 OP16: "the establishment of the Intergovernmental Science-Policy Panel on Chemicals, Waste and Pollution, at the intergovernmental meeting held on 19 and 20 June 2025 in Punta del Este, Uruguay": the meeting, its days and venue', () => {
    const text =
      'Welcomes the establishment of the Intergovernmental Science-Policy Panel on Chemicals, Waste and Pollution, at the intergovernmental meeting held on 19 and 20 June 2025 in Punta del Este, Uruguay, as mandated by the United Nations Environment Assembly in its resolution 5/8 of 2 March 2022, to strengthen the science-policy interface to contribute further to the sound management of chemicals and waste and to prevent pollution;';
    const att = attributions(text, 'operative', GA80);
    expect(att).toContain(`STARTS_ON ${MEETING} -> Date:2025-06-19`);
    expect(att).toContain(`ENDS_ON ${MEETING} -> Date:2025-06-20`);
    expect(att).toContain(`HELD_IN ${MEETING} -> Place:Punta del Este`);
    expect(relations(text, 'operative', GA80)).toContain(`WELCOMES ${MEETING}`);
  });

  it('guard: A/RES/78/120 PP13 "the intergovernmental conference held on 10 and 11 December 2018 in Marrakech, Morocco, and recalling that it adopted the Global Compact ...": still named by the compact', () => {
    const text =
      'Welcoming the convening of the intergovernmental conference held on 10 and 11 December 2018 in Marrakech, Morocco, and recalling that it adopted the Global Compact for Safe, Orderly and Regular Migration, also known as the Marrakech Compact on Migration,';
    expect(attributions(text)).toContain('HELD_IN Event:Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration @ 2018 -> Place:Marrakech');
  });

  it('guard: the establishment of a body "at the intergovernmental meeting" with no days or venue: no meeting read', () => {
    const text = 'Welcomes the establishment of the Intergovernmental Science-Policy Panel on Chemicals, Waste and Pollution, at the intergovernmental meeting;';
    expect(relations(text, 'operative', GA80).filter((r) => r.includes('Event:'))).toEqual([]);
  });
});

describe('graph/build.ts keeps a sitting and each of its parts apart, whatever the part\'s ordinal', () => {
  const COP15 = 'fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
  it.each(['second', 'third'])('"the %s part of the fifteenth meeting ..., held in Montreal" and the meeting held there on the same days: the meeting is not merged into its part', (ordinal) => {
    const graph = graphOf(
      gaResolution('A/RES/78/990', '2023-12-19', [
        para('PP1', `Welcoming the ${ordinal} part of the ${COP15}, held in Montreal, Canada, from 7 to 19 December 2022,`),
      ]),
      gaResolution('A/RES/78/991', '2023-12-19', [para('PP1', `Recalling the ${COP15}, held in Montreal, Canada, from 7 to 19 December 2022,`)]),
    );
    expect(graph.hasNode(`Event:${ordinal} part of the ${COP15}`)).toBe(true);
    expect(graph.hasNode(`Event:${COP15}`)).toBe(true);
  });
});
