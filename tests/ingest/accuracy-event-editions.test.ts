// Editions of recurring events named by a lowercase ordinal ("the third United Nations Conference on ..."), and
// hosts thanked "for hosting" an event: sentences as the GA corpus prints them.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function extract(text: string) {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/999', date: '2024-12-20' };
  return extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const events = (text: string): string[] => extract(text).mentions.filter((m) => m.kind === 'Event').map((m) => m.key);
const attributions = (text: string): string[] => extract(text).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

describe('a lowercase ordinal before an event names its edition', () => {
  it('A/RES/78/158 PP19: the first and second International Conferences on Combating Sand and Dust Storms are two nodes', () => {
    const text =
      'Recalling its resolutions 72/225 and 77/171, in which it noted the first International Conference on Combating Sand and Dust Storms, held in Tehran from 3 to 5 July 2017, and the second International Conference on Combating Sand and Dust Storms, held in Tehran on 9 and 10 September 2023,';
    expect(events(text)).toEqual(['Event:First International Conference on Combating Sand and Dust Storms', 'Event:Second International Conference on Combating Sand and Dust Storms']);
    expect(attributions(text)).toEqual(expect.arrayContaining(['STARTS_ON Event:Second International Conference on Combating Sand and Dust Storms -> Date:2023-09-09']));
  });

  it('A/RES/78/138 PP11: "the third International Conference on Small Island Developing States" is the known Apia conference', () => {
    const text = 'Noting the SIDS Accelerated Modalities of Action (SAMOA) Pathway, adopted in September 2014 at the third International Conference on Small Island Developing States,';
    expect(events(text)).toEqual(['Event:Third International Conference on Small Island Developing States']);
  });

  it('A/RES/78/145 PP9: "the third United Nations Ocean Conference ... in June 2025" is the known 2025 edition', () => {
    const text = 'Looking forward to the third United Nations Ocean Conference, to be co-hosted by Costa Rica and France and to be held in Nice, France, in June 2025,';
    expect(events(text)).toEqual(['Event:United Nations Ocean Conference @ 2025']);
    expect(attributions(text)).toEqual(expect.arrayContaining(['HOSTS Place:Costa Rica -> Event:United Nations Ocean Conference @ 2025', 'HELD_IN Event:United Nations Ocean Conference @ 2025 -> Place:Nice']));
  });

  it('A/RES/78/32 OP9: "the second Review Conference" read as the convention\'s Review Conference named before keeps that name', () => {
    const text =
      'Recalling the Review Conference of States Parties to the Convention on Cluster Munitions, and requests the Secretary-General to render the assistance entrusted to him in the relevant decisions of the Meetings of States Parties and the second Review Conference;';
    expect(events(text)).not.toContain('Event:Second Review Conference');
  });
});

describe('"for hosting" names the hosts thanked before it', () => {
  it('A/RES/80/3 OP2: "gratitude to the Government and the people of Turkmenistan for hosting the Third United Nations Conference on Landlocked Developing Countries"', () => {
    const text =
      'Expresses its profound gratitude to the Government and the people of Turkmenistan for hosting the Third United Nations Conference on Landlocked Developing Countries, from 5 to 8 August 2025, and for providing all the necessary support;';
    expect(attributions(text)).toEqual(expect.arrayContaining(['HOSTS Place:Turkmenistan -> Event:Third United Nations Conference on Landlocked Developing Countries']));
  });

  it('A/RES/78/233 OP52: "the State of Qatar for hosting the second part of the Fifth United Nations Conference on the Least Developed Countries"', () => {
    const text =
      'Expresses its profound gratitude to the Government and the people of the State of Qatar for hosting the second part of the Fifth United Nations Conference on the Least Developed Countries and for providing all the necessary support;';
    // (the part hosted is read as its dated mentions read it, part of the Conference: aud41m)
    expect(attributions(text)).toEqual([
      'HOSTS Place:Qatar -> Event:second part of the Fifth United Nations Conference on the Least Developed Countries',
      'PART_OF Event:second part of the Fifth United Nations Conference on the Least Developed Countries -> Event:Fifth United Nations Conference on the Least Developed Countries',
    ]);
  });

  it('A/RES/80/163 OP21: three hosts of one programme', () => {
    const text =
      'Expresses its appreciation to Ethiopia, Chile and Thailand for hosting the United Nations Regional Courses in International Law for Africa, for Latin America and the Caribbean and for Asia-Pacific,';
    const courses = 'Initiative:United Nations Regional Courses in International Law';
    expect(attributions(text)).toEqual([`HOSTS Place:Ethiopia -> ${courses}`, `HOSTS Place:Chile -> ${courses}`, `HOSTS Place:Thailand -> ${courses}`]);
  });

  it('A/RES/80/187 OP70: "their hosting communities" hosts nothing', () => {
    const text = 'Expresses concern about the particular difficulties faced by the millions of refugees and their hosting communities in protracted situations;';
    expect(attributions(text)).toEqual([]);
  });
});

describe('follow-ups and sittings of initiatives', () => {
  it('A/RES/80/210 PP47: "the United Nations Food Systems Summit +4 Stocktaking Moment, held in Addis Ababa" is not the 2021 Summit', () => {
    const text =
      'Taking note of the United Nations Food Systems Summit, convened by the Secretary-General and held on 23 and 24 September 2021, and the United Nations Food Systems Summit +4 Stocktaking Moment, held in Addis Ababa from 27 to 29 July 2025,';
    const moment = 'Event:United Nations Food Systems Summit +4 Stocktaking Moment @ 2025';
    expect(events(text)).toEqual(['Event:United Nations Food Systems Summit @ 2021', moment]);
    expect(attributions(text)).toEqual(expect.arrayContaining([`HELD_IN ${moment} -> Place:Addis Ababa`, `STARTS_ON ${moment} -> Date:2025-07-27`]));
    expect(attributions(text).filter((a) => a.includes('@ 2021') && a.startsWith('HELD_IN'))).toEqual([]);
  });

  it('A/RES/79/275 PP28: "for hosting the twentieth plenary meeting of the Kimberley Process in Dubai"', () => {
    const text =
      'Expressing appreciation to the United Arab Emirates, as the 2024 Chair of the Kimberley Process, for its efforts in promoting the continuation of work, and for hosting the twentieth plenary meeting of the Kimberley Process in Dubai, from 12 to 15 November 2024, in a hybrid format,';
    const plenary = 'Event:twentieth plenary meeting of the Kimberley Process';
    expect(extract(text).mentions.filter((m) => m.kind === 'Initiative').map((m) => m.key)).toEqual(['Initiative:Kimberley Process']);
    expect(attributions(text)).toEqual(
      expect.arrayContaining([`HOSTS Place:United Arab Emirates -> ${plenary}`, `HELD_IN ${plenary} -> Place:Dubai`, `STARTS_ON ${plenary} -> Date:2024-11-12`]),
    );
  });

  it('A/RES/80/118 PP27: "the World Summit on the Information Society+ 20 Forum High-level Event" is the WSIS+20 event, not the Summit', () => {
    const text =
      'Noting the holding of the World Summit on the Information Society+ 20 Forum High-level Event, from 7 to 11 July 2025, jointly organized by the International Telecommunication Union,';
    expect(events(text)).toEqual(['Event:WSIS+20 Forum High-level Event @ 2025']);
    expect(attributions(text)).toContain('ORGANIZES Organization:International Telecommunication Union -> Event:WSIS+20 Forum High-level Event @ 2025');
  });

  it('A/RES/78/203 OP12: "sessions of the Expert Mechanism ..., established by the Human Rights Council": a session is not established', () => {
    const text =
      'Takes note of the convening, in 2023, of the seventh and eighth sessions of the Expert Mechanism on the Right to Development, established by the Human Rights Council in its resolution 42/23,';
    // (the Mechanism holds its sessions: no LEADS or ORGANIZES by the Council that established it)
    expect(attributions(text).filter((a) => (a.startsWith('LEADS') || a.startsWith('ORGANIZES')) && a.includes('Human Rights Council'))).toEqual([]);
  });
});

describe('a meeting\'s topic ends before its date or month', () => {
  it('A/RES/73/3 OP1: "the high-level meeting of the General Assembly on the fight against tuberculosis on 26 September 2018", assembled in New York', () => {
    const text =
      'Adopts the following political declaration approved by the high-level meeting of the General Assembly on the fight against tuberculosis on 26 September 2018: We, Heads of State and Government and representatives of States and Governments, assembled at the United Nations in New York on 26 September 2018,';
    const hlm = 'Event:high-level meeting of the General Assembly on the fight against tuberculosis @ 2018';
    expect(events(text)).toEqual([hlm]);
    expect(attributions(text)).toEqual(expect.arrayContaining([`STARTS_ON ${hlm} -> Date:2018-09-26`, `HELD_IN ${hlm} -> Place:New York`]));
  });

  it('A/RES/78/119 PP14: "the seventh session of the Global Platform for Disaster Risk Reduction in May 2022 and of the high-level meeting on the midterm review of the Sendai Framework on 18 and 19 May 2023"', () => {
    const text =
      'Reaffirming the Sendai Framework for Disaster Risk Reduction 2015–2030, and welcoming the convening of the seventh session of the Global Platform for Disaster Risk Reduction in May 2022 and of the high-level meeting on the midterm review of the Sendai Framework on 18 and 19 May 2023, at which the Assembly adopted the political declaration,';
    const hlm = 'Event:high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015-2030';
    expect(events(text)).toEqual(['Event:seventh session of the Global Platform for Disaster Risk Reduction', hlm]);
    expect(attributions(text)).toEqual(expect.arrayContaining([`STARTS_ON ${hlm} -> Date:2023-05-18`, 'STARTS_ON Event:seventh session of the Global Platform for Disaster Risk Reduction -> Date:2022-05']));
  });

  it('A/RES/79/124: "the high-level meeting of the General Assembly on the appraisal of the United Nations Global Plan of Action to Combat Trafficking in Persons" keeps "in Persons"', () => {
    const text = 'Recalling the high-level meeting of the General Assembly on the appraisal of the United Nations Global Plan of Action to Combat Trafficking in Persons, held in New York,';
    expect(events(text)[0]).toBe('Event:high-level meeting of the General Assembly on the appraisal of the United Nations Global Plan of Action to Combat Trafficking in Persons');
  });
});

describe('a year alone after "held in" dates the event', () => {
  it('A/RES/78/131 PP2: "the thirtieth special session of the General Assembly, held in 2016"', () => {
    const text = 'Recalling the thirtieth special session of the General Assembly, held in 2016, entitled “Our joint commitment to effectively addressing and countering the world drug problem”,';
    expect(attributions(text)).toContain('STARTS_ON Event:thirtieth special session of the General Assembly -> Date:2016');
  });

  it('A/RES/80/157 PP9: "the thirty-first session of the Conference of the Parties ..., to be held in 2026"', () => {
    const text = 'Looking forward to the thirty-first session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, to be held in 2026,';
    expect(attributions(text)).toContain('STARTS_ON Event:thirty-first session of the Conference of the Parties to the United Nations Framework Convention on Climate Change -> Date:2026');
  });

  it('A/RES/80/39 OP2: "the Review Conferences held in 2015 and 2022" were several: no date', () => {
    const text = 'Recalling the Review Conferences of the Parties to the Treaty, and regrets the outcome of the Review Conferences held in 2015 and 2022;';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('"the year of a thing" is not dated: "Year of Mountains" needs no participle, a bare year far off is not read', () => {
    const text = 'Recalling the United Nations Conference on Sustainable Development, and the progress made since then in many areas, including in 2016,';
    expect(attributions(text).filter((a) => a.endsWith('Date:2016'))).toEqual([]);
  });
});

describe('a short name in parentheses after an event is the same event', () => {
  it('A/RES/80/38 OP7: "... in All Its Aspects (the Fourth Review Conference), held in New York from 17 to 28 June 2024"', () => {
    const text =
      'Welcomes the outcome of the Fourth United Nations Conference to Review Progress Made in the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects (the Fourth Review Conference), held in New York from 17 to 28 June 2024;';
    const conference =
      'Event:Fourth United Nations Conference to Review Progress Made in the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects';
    expect(new Set(events(text))).toEqual(new Set([conference]));
    expect(attributions(text)).toEqual(expect.arrayContaining([`HELD_IN ${conference} -> Place:New York`, `STARTS_ON ${conference} -> Date:2024-06-17`]));
  });
});

describe('a numbered edition takes the dates printed with its participle over the known ones', () => {
  it('A/RES/78/152 PP32: "the third United Nations Conference on Landlocked Developing Countries, to be held in Rwanda from 18 to 21 June 2024"', () => {
    const text =
      'Looking forward to the convening of the fourth International Conference on Small Island Developing States, to be held in Antigua and Barbuda from 27 to 30 May 2024, and the third United Nations Conference on Landlocked Developing Countries, to be held in Rwanda from 18 to 21 June 2024, both of which will';
    const lldc3 = 'Event:Third United Nations Conference on Landlocked Developing Countries';
    expect(attributions(text)).toEqual(expect.arrayContaining([`HELD_IN ${lldc3} -> Place:Rwanda`, `STARTS_ON ${lldc3} -> Date:2024-06-18`, `ENDS_ON ${lldc3} -> Date:2024-06-21`]));
  });

  it('A/RES/79/219 PP5: "the Preparatory Committee for the third ... Conference ... held from 5 to 8 February 2024" dates the Committee\'s meetings, not the Conference', () => {
    const text =
      'Recalling further the meetings of the Preparatory Committee for the third United Nations Conference on Landlocked Developing Countries held from 5 to 8 February 2024 and on 3 June 2024,';
    expect(attributions(text).filter((a) => a.includes('Date:2024-02'))).toEqual([]);
  });
});
