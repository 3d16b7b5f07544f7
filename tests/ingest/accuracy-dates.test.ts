// Event dates and venues as the GA corpus prints them; and dates lost when a footnote mark is glued after the year's comma ("2003,4"): 716 such dates in corpus-ga.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../ingest/recognize/dates.js';
import { extractParagraph } from '../../ingest/extract.js';
import type { EntityMention, RecognizeContext } from '../../ingest/models.js';

const isos = (text: string): string[] => findDates(text, {}).map((m) => m.attrs.iso as string);

describe('a footnote mark glued after the comma that follows a date', () => {
  it('A/RES/78/132 PP9: "held in Geneva from 10 to 12 December 2003,4 and endorsed"', () => {
    expect(isos('adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003,4 and endorsed by the General Assembly,5')).toEqual([
      '2003-12-10',
      '2003-12-12',
    ]);
  });

  it('a two- and three-digit mark: "of 25 September 2015,12" and "of 19 December 2024,113"', () => {
    expect(isos('Recalling its resolution 70/1 of 25 September 2015,12 entitled')).toEqual(['2015-09-25']);
    expect(isos('Recalling its resolution 79/200 of 19 December 2024,113 and')).toEqual(['2024-12-19']);
  });

  it('numbers are still no years: "1,014 pledges", "2003.5", "12345,6789"', () => {
    expect(isos('the 1,014 pledges in 2003.5 of the 12345,6789 items')).toEqual([]);
  });
});

function extract(text: string): { events: EntityMention[]; attributions: string[] } {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/999', date: '2025-12-15' };
  const px = extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
  return { events: px.mentions.filter((m) => m.kind === 'Event'), attributions: px.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`) };
}
const locations = (text: string): unknown[] => extract(text).events.map((m) => m.attrs.location);

describe('an event\'s location is where the text says it met, as its HELD_IN says', () => {
  it('A/RES/79/76 OP9: "in the Mediterranean" inside the quoted agenda item is no venue of the session', () => {
    const text = 'Decides to include in the provisional agenda of its eightieth session the item entitled “Strengthening of security and cooperation in the Mediterranean region”.';
    expect(locations(text)).toEqual([undefined]);
  });

  it('A/RES/78/158 PP12: a citation between the session and "in Asia and the Pacific"', () => {
    const text =
      'Recalling Economic and Social Commission for Asia and the Pacific resolution 79/8 of 19 May 2023, and the adoption by the Commission, at its seventy-second session, of resolution 72/7 of 19 May 2016 on regional cooperation to combat sand and dust storms in Asia and the Pacific,';
    expect(locations(text)).toEqual([undefined]);
  });

  it('A/RES/79/331 OP53: after "Particularly in Africa" in the name, the venue printed later', () => {
    const text =
      'Welcomes the convening of the sixteenth session of the Conference of the Parties to the Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa, held in Riyadh from 2 to 13 December 2024;';
    expect(locations(text)[0]).toBe('Riyadh');
  });

  it('A/RES/78/136 PP8: the same name printed again ends the first one\'s window (Rome is the 2021 Summit\'s)', () => {
    const text =
      'recalling that the Summit of the Group of 20, held virtually on 21 and 22 November 2020, endorsed the Riyadh Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development, recalling also that the Summit of the Group of 20 held in Rome on 30 and 31 October 2021 endorsed the Rome Update,';
    const { events } = extract(text);
    expect(events.map((m) => [m.key, m.attrs.location])).toEqual([
      ['Event:Summit of the Group of 20 @ 2020', undefined],
      ['Event:Summit of the Group of 20 @ 2021', 'Rome'],
    ]);
  });

  it('negative, A/RES/78/161 OP16: another name of the event ("also known as “Mondiacult 2022”") does not end its window', () => {
    const text =
      'Welcomes the convening of the World Conference on Cultural Policies and Sustainable Development, also known as “Mondiacult 2022”, hosted by the Government of Mexico from 28 to 30 September 2022,';
    expect(extract(text).attributions).toContain('STARTS_ON Event:World Conference on Cultural Policies and Sustainable Development @ 2022 -> Date:2022-09-28');
  });
});

describe('a recurring summit, forum or games printed with one edition\'s dates is that edition, part of the series', () => {
  it('A/RES/78/146 PP8: "(Sustainable Development Goals Summit),6 held in New York on 18 and 19 September 2023"', () => {
    const text =
      'Recalling the political declaration of the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit),6 held in New York on 18 and 19 September 2023, in which Member States confirmed that they remain resolved';
    const summit = 'Event:Sustainable Development Goals Summit @ 2023';
    expect(extract(text).events.map((m) => m.key)).toEqual([summit]);
    expect(extract(text).attributions).toEqual(
      expect.arrayContaining([
        `PART_OF ${summit} -> Event:Sustainable Development Goals Summit`,
        `HELD_IN ${summit} -> Place:New York`,
        `STARTS_ON ${summit} -> Date:2023-09-18`,
        `ENDS_ON ${summit} -> Date:2023-09-19`,
      ]),
    );
  });

  it('A/RES/78/225 OP2: "the Sustainable Development Goals Summit held in September 2023": a month after the participle', () => {
    const text =
      'Underlines the important role of the Commission on Crime Prevention and Criminal Justice in actively contributing to the accelerated implementation of the 2030 Agenda, within its mandate, and in contributing to the lead-up and follow-up to the Sustainable Development Goals Summit held in September 2023;';
    expect(extract(text).attributions).toContain('STARTS_ON Event:Sustainable Development Goals Summit @ 2023 -> Date:2023-09');
  });

  it('A/RES/80/118 PP27: "the next annual World Summit on the Information Society Forum, to be held in Geneva in 2026, co-hosted by Switzerland"', () => {
    const text =
      'and looking forward to the next annual World Summit on the Information Society Forum, to be held in Geneva in 2026, co-hosted by Switzerland and the International Telecommunication Union,';
    const forum = 'Event:World Summit on the Information Society Forum @ 2026';
    expect(extract(text).attributions).toEqual(
      expect.arrayContaining([
        `PART_OF ${forum} -> Event:World Summit on the Information Society Forum`,
        `HELD_IN ${forum} -> Place:Geneva`,
        `STARTS_ON ${forum} -> Date:2026`,
        `HOSTS Place:Switzerland -> ${forum}`,
      ]),
    );
  });

  it('A/RES/80/8 PP20: "the XVII Paralympic Games, held in Paris from ... and from 28 August to 8 September 2024, respectively"', () => {
    const text =
      'Noting the successful conclusion of the Games of the XXXIII Olympiad and the XVII Paralympic Games, held in Paris from 26 July to 11 August 2024 and from 28 August to 8 September 2024, respectively, and welcoming the Games of the XXXIV Olympiad and the XVIII Paralympic Games, to be held in Los Angeles, United States of America, from 14 to 30 July and from 15 to 27 August 2028, respectively,';
    const { events, attributions } = extract(text);
    expect(events.map((m) => m.key)).toEqual([
      'Event:Games of the XXXIII Olympiad @ 2024',
      'Event:XVII Paralympic Games @ 2024',
      'Event:Games of the XXXIV Olympiad @ 2028',
      'Event:XVIII Paralympic Games @ 2028',
    ]);
    expect(attributions).toEqual(
      expect.arrayContaining([
        'STARTS_ON Event:XVII Paralympic Games @ 2024 -> Date:2024-08-28',
        'HELD_IN Event:XVII Paralympic Games @ 2024 -> Place:Paris',
        'STARTS_ON Event:XVIII Paralympic Games @ 2028 -> Date:2028-08-15',
        'HELD_IN Event:Games of the XXXIV Olympiad @ 2028 -> Place:Los Angeles',
      ]),
    );
  });

  it('A/RES/80/8 PP22: the Winter Youth Olympic Games are not the Olympic Games', () => {
    const text =
      'noting in this regard the successful conclusion of the Winter Youth Olympic Games held in Gangwon, Republic of Korea, in 2024, and welcoming the Summer Youth Olympic Games to be held in Dakar in 2026,';
    expect(extract(text).events.map((m) => m.key)).toEqual(['Event:Winter Youth Olympic Games @ 2024', 'Event:Summer Youth Olympic Games @ 2026']);
  });

  it('negative, A/RES/80/8 PP26: "the Olympic Games" named alone stay the series, undated', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/8', date: '2025-11-19' };
    const para = (id: string, text: string) => extractParagraph({ id, kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx);
    para('PP20', 'Noting the successful conclusion of the XVII Paralympic Games, held in Paris from 28 August to 8 September 2024,');
    const later = para('PP26', 'Recognizing the Olympic Games and the Paralympic Games as a means to promote peace,');
    expect(later.mentions.filter((m) => m.kind === 'Event').map((m) => m.key)).toEqual(['Event:Olympic Games', 'Event:Paralympic Games']);
  });
});

describe('a year after the participle and the venue dates the event', () => {
  it('A/RES/78/133 PP8: "the first World Conference on Creative Economy, held in Bali, Indonesia, in 2018"', () => {
    const text =
      'including the first World Conference on Creative Economy, held in Bali, Indonesia, in 2018, the Global Summit on the Orange Economy, held in Medellín, Colombia, in 2019,';
    expect(extract(text).attributions).toEqual(
      expect.arrayContaining(['STARTS_ON Event:First World Conference on Creative Economy -> Date:2018', 'HELD_IN Event:First World Conference on Creative Economy -> Place:Bali']),
    );
  });

  it('negative, A/RES/78/144 PP7: the next Nutrition for Growth Summit, in Paris, is not the 2021 one held in Tokyo', () => {
    const text =
      'taking note of the Nutrition for Growth Summit held in Tokyo in 2021, and looking forward to the Nutrition for Growth Summit to be held in Paris,';
    const { events, attributions } = extract(text);
    expect(events.map((m) => m.key)).toEqual(['Event:Nutrition for Growth Summit @ 2021', 'Event:Nutrition for Growth Summit']);
    expect(attributions).toContain('HELD_IN Event:Nutrition for Growth Summit @ 2021 -> Place:Tokyo');
  });
});

// (flipped by conv42b: the genre's annotations take the WSIS as one event held in Geneva and Tunis, each on its own days)
describe('where and when the World Summit on the Information Society was held, read from a phase', () => {
  it('A/RES/78/202 OP20: "the first phase of the World Summit on the Information Society, held in Geneva from 10 to 12 December 2003"', () => {
    const text =
      'Recognizes that, in the Declaration of Principles adopted at the first phase of the World Summit on the Information Society, held in Geneva from 10 to 12 December 2003, States were strongly urged to avoid';
    const wsis = 'Event:World Summit on the Information Society';
    const { events, attributions } = extract(text);
    expect(events.map((m) => m.key)).toEqual([wsis]);
    expect(attributions).toEqual(expect.arrayContaining([`HELD_IN ${wsis} -> Place:Geneva`, `STARTS_ON ${wsis} -> Date:2003-12-10`, `ENDS_ON ${wsis} -> Date:2003-12-12`]));
  });
});

describe('a meeting of the Internet Governance Forum named by its venue and year (the Forum is an Organization)', () => {
  it('A/RES/79/194 PP44: "the meetings of the Internet Governance Forum, most recently held in Kyoto, Japan, in 2023, and ... the meeting to be held in Riyadh, Saudi Arabia, in 2024"', () => {
    const text =
      'Recalling the efforts undertaken by the host countries in organizing the meetings of the Internet Governance Forum, most recently held in Kyoto, Japan, in 2023, and taking note of the meeting to be held in Riyadh, Saudi Arabia, in 2024 under the theme “Building our multi-stakeholder digital future”,';
    const kyoto = 'Event:eighteenth meeting of the Internet Governance Forum';
    const riyadh = 'Event:nineteenth meeting of the Internet Governance Forum';
    const { events, attributions } = extract(text);
    expect(events.map((m) => m.key)).toEqual([kyoto, riyadh]);
    expect(attributions).toEqual(
      expect.arrayContaining([
        // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
        `SESSION_OF ${kyoto} -> Organization:Internet Governance Forum`,
        `HELD_IN ${kyoto} -> Place:Kyoto`,
        `STARTS_ON ${kyoto} -> Date:2023`,
        `HELD_IN ${riyadh} -> Place:Riyadh`,
        `STARTS_ON ${riyadh} -> Date:2024`,
      ]),
    );
  });

  it('A/RES/80/173 PP7: "the outcomes of the Internet Governance Forum held in Norway, in June 2025" is its twentieth meeting', () => {
    const text =
      'Building on the 20-year review report prepared by the Commission on Science and Technology for Development in April 2025, the outcomes of the Internet Governance Forum held in Norway, in June 2025, and the “WSIS+20 Forum High-level Event” held in July 2025,';
    const meeting = 'Event:twentieth meeting of the Internet Governance Forum';
    expect(extract(text).attributions).toEqual(expect.arrayContaining([`HELD_IN ${meeting} -> Place:Norway`, `STARTS_ON ${meeting} -> Date:2025-06`]));
  });

  it('negative, A/RES/78/132 OP32: "all meetings of the Internet Governance Forum" is no one meeting', () => {
    const text = 'and stakeholders from all developing countries, in particular the least developed countries, in all meetings of the Internet Governance Forum, and in this regard invites Member States';
    expect(extract(text).events).toEqual([]);
  });
});

describe('dates printed without "from" or with a weekday', () => {
  it('A/RES/78/132 PP47: "the fourth United Nations World Data Forum in Hangzhou, China, 24 to 27 April 2023"', () => {
    const text = 'Noting further the holding of the fourth United Nations World Data Forum in Hangzhou, China, 24 to 27 April 2023,';
    const forum = 'Event:Fourth United Nations World Data Forum';
    expect(extract(text).attributions).toEqual(
      expect.arrayContaining([`HELD_IN ${forum} -> Place:Hangzhou`, `STARTS_ON ${forum} -> Date:2023-04-24`, `ENDS_ON ${forum} -> Date:2023-04-27`]),
    );
  });

  it('A/RES/79/288 OP1: "... shall be held in New York on Monday, 22 September 2025": the topic ends before "shall be held"', () => {
    const text =
      'Decides that the one-day high-level meeting of the General Assembly on the thirtieth anniversary of the Fourth World Conference on Women shall be held in New York on Monday, 22 September 2025, during the eightieth session of the Assembly;';
    const hlm = 'Event:high-level meeting of the General Assembly on the thirtieth anniversary of the Fourth World Conference on Women';
    expect(extract(text).attributions).toEqual(expect.arrayContaining([`HELD_IN ${hlm} -> Place:New York`, `STARTS_ON ${hlm} -> Date:2025-09-22`]));
  });

  it('negative: a date after a comma further on is not the event\'s ("..., and that 10 December 2023 marks")', () => {
    const text = 'Recalling the World Conference on Human Rights, and that 10 December 2023 marks the seventy-fifth anniversary,';
    expect(extract(text).attributions.filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('a known event dated in the text with less than the gazetteer knows', () => {
  it('A/RES/78/146 PP5: "the United Nations Conference on Environment and Development, held in Rio de Janeiro, Brazil, in June 1992"', () => {
    const text =
      'Taking note of the outcomes of the United Nations Conference on Environment and Development, held in Rio de Janeiro, Brazil, in June 1992, and the Plan of Implementation';
    const { events, attributions } = extract(text);
    expect(events[0]!.attrs.startDate).toBe('1992-06-03');
    expect(attributions).toContain('STARTS_ON Event:United Nations Conference on Environment and Development @ 1992 -> Date:1992-06');
  });

  it('A/RES/78/203 PP7: "the World Conference on Human Rights, held in Vienna in 1993"', () => {
    const text = 'Stressing the importance of the World Conference on Human Rights, held in Vienna in 1993, and that the';
    expect(extract(text).attributions).toEqual(
      expect.arrayContaining(['STARTS_ON Event:World Conference on Human Rights @ 1993 -> Date:1993', 'HELD_IN Event:World Conference on Human Rights @ 1993 -> Place:Vienna']),
    );
  });
});

describe('a date or venue read in one paragraph is not a later back-reference\'s', () => {
  it('A/RES/80/132 OP2: "the observance of the Decade" is not dated by the span of OP1\'s date', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/132', date: '2025-12-15' };
    const para = (id: string, text: string) => extractParagraph({ id, kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
    para('OP1', 'Welcomes the official launch of the United Nations Decade of Sustainable Transport 2026–2035 at United Nations Headquarters in New York, on 10 December 2025, as well as the commencement of the implementation plan for the Decade,');
    const op2 = para(
      'OP2',
      'Invites the Department of Economic and Social Affairs to lead and facilitate the implementation and observance of the Decade, in collaboration with the United Nations regional economic commissions;',
    );
    expect(op2.attributions.filter((a) => a.type === 'STARTS_ON' || a.type === 'HELD_IN')).toEqual([]);
  });

  it('A/RES/78/271 OP2: "the Conference and its preparatory process" after the paragraph that dated it', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/271', date: '2024-03-28' };
    const para = (id: string, text: string) => extractParagraph({ id, kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
    para('OP1', 'Decides that the Fourth International Conference on Financing for Development shall be held in Spain from 30 June to 3 July 2025;');
    const op2 = para('OP2', 'Also decides that the Conference and its preparatory process shall be open to participation by all States Members of the United Nations;');
    expect(op2.attributions.filter((a) => a.type === 'STARTS_ON' || a.type === 'ENDS_ON')).toEqual([]);
  });
});

describe('a year, decade or day is observed, not held; an anniversary or launch has its own date', () => {
  it('A/RES/80/132 OP1: "the official launch of the United Nations Decade of Sustainable Transport 2026–2035 at United Nations Headquarters ..., on 10 December 2025"', () => {
    const text =
      'Welcomes the official launch of the United Nations Decade of Sustainable Transport 2026–2035 at United Nations Headquarters in New York, on 10 December 2025, as well as the commencement of the implementation plan for the Decade,';
    const { events, attributions } = extract(text);
    expect(events[0]!.attrs.startDate).not.toBe('2025-12-10');
    // (the Decade starts in 2026, the years its name prints: tests/ingest/accuracy-date11.test.ts)
    expect(attributions.filter((a) => a.startsWith('HELD_IN') || a.startsWith('STARTS_ON'))).toEqual(['STARTS_ON Event:Decade of Sustainable Transport -> Date:2026']);
  });

  it('A/RES/78/176 OP4: "the thirtieth anniversary of the International Year of the Family in 2024" is not the Year of 2024', () => {
    const text =
      'Calls upon Member States, United Nations entities and relevant stakeholders to promote the preparations for the observance of the thirtieth anniversary of the International Year of the Family in 2024 at the national, regional and international levels;';
    const { events, attributions } = extract(text);
    expect(events.map((m) => m.key)).toEqual(['Event:International Year of the Family']);
    expect(attributions.filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('A/RES/78/97 PP14: "the Pacific regional seminar on the implementation of the Third International Decade ..., held in Nadi, Fiji, from 21 to 23 May 2014"', () => {
    const text =
      'Cognizant of the statement made by the Ulu-o-Tokelau at the Pacific regional seminar on the implementation of the Third International Decade for the Eradication of Colonialism, held in Nadi, Fiji, from 21 to 23 May 2014, and also of the written statement';
    const decade = 'Event:Third International Decade for the Eradication of Colonialism';
    expect(extract(text).attributions.filter((a) => a.startsWith(`HELD_IN ${decade}`) || a.startsWith(`STARTS_ON ${decade}`))).toEqual([]);
  });

  it('A/RES/78/27 OP11: a day promoted "through the United Nations Offices at Geneva and Vienna" is not held in Geneva', () => {
    const text =
      'Requests the Secretary-General to undertake all the arrangements, including webcasts, to commemorate and promote the International Day for the Total Elimination of Nuclear Weapons, including through the United Nations Offices at Geneva and Vienna, as well as the United Nations regional centres;';
    const { events, attributions } = extract(text);
    expect(events[0]!.attrs.location).toBeUndefined();
    expect(attributions.filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });

  it('negative, A/RES/78/264 PP4: the first commemoration of a day, held at United Nations Headquarters in March 2023, is placed', () => {
    const text =
      'and welcoming the first commemoration by the General Assembly of the International Day to Combat Islamophobia, held at United Nations Headquarters in March 2023,';
    expect(extract(text).attributions).toContain('HELD_IN Event:International Day to Combat Islamophobia @ 2023 -> Place:United Nations Headquarters');
  });
});

describe('a town the gazetteer does not know, named before its country, is a place (and a venue)', () => {
  it('A/RES/79/330 OP14: "the seventeenth summit meeting of the Economic Cooperation Organization, held in Khankendi, Azerbaijan, on 3 and 4 July 2025"', () => {
    const text = 'Welcomes the seventeenth summit meeting of the Economic Cooperation Organization, held in Khankendi, Azerbaijan, on 3 and 4 July 2025;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/330', date: '2025-08-01' };
    const px = extractParagraph({ id: 'OP14', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
    expect(px.mentions.filter((m) => m.kind === 'Place').map((m) => [m.key, m.attrs.country])).toEqual([
      ['Place:Khankendi', 'Azerbaijan'],
      ['Place:Azerbaijan', 'Azerbaijan'],
    ]);
    expect(px.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain('HELD_IN Event:seventeenth summit meeting of the Economic Cooperation Organization -> Place:Khankendi');
  });

  it('A/RES/80/135: "held on 19 and 20 June 2025 in Punta del Este, Uruguay"; A/RES/80/221: "in Cox’s Bazar, Bangladesh"', () => {
    const places = (text: string): string[] =>
      extractParagraph({ id: 'PP1', kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, { body: 'General Assembly', symbol: 'A/RES/80/999', date: '2025-12-15' })
        .mentions.filter((m) => m.kind === 'Place')
        .map((m) => m.key);
    expect(places('the intergovernmental meeting held on 19 and 20 June 2025 in Punta del Este, Uruguay, as mandated')).toEqual(['Place:Punta del Este', 'Place:Uruguay']);
    expect(places('the visit of the Secretary-General to Rohingya camps in Cox’s Bazar, Bangladesh, in March 2025')).toEqual(["Place:Cox's Bazar", 'Place:Bangladesh']);
  });

  it('negative: a known place or a name before the country is not read again ("in Quito, Ecuador", "in Africa, Asia")', () => {
    const places = (text: string): string[] =>
      extractParagraph({ id: 'PP1', kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, { body: 'General Assembly', symbol: 'A/RES/80/999', date: '2025-12-15' })
        .mentions.filter((m) => m.kind === 'Place')
        .map((m) => m.key);
    expect(places('the Conference held in Quito, Ecuador, in October 2016, and partners in Africa, Asia and Latin America')).toEqual([
      'Place:Quito',
      'Place:Ecuador',
      'Place:Africa',
      'Place:Asia',
      'Place:Latin America',
    ]);
  });
});

describe('"the offer by the Government of X to host" names the host', () => {
  it('A/RES/78/231 OP30: "Welcomes the offer by the Government of Spain to host the Fourth International Conference on Financing for Development"', () => {
    expect(extract('Welcomes the offer by the Government of Spain to host the Fourth International Conference on Financing for Development;').attributions).toContain(
      'HOSTS Place:Spain -> Event:Fourth International Conference on Financing for Development',
    );
  });

  it('A/RES/80/108 OP3: two hosts, "the generous offer by the Governments of Chile and the Republic of Korea to co-host"', () => {
    const text =
      'Welcomes the generous offer by the Governments of Chile and the Republic of Korea to co-host the 2028 United Nations Conference to Support the Implementation of Sustainable Development Goal 14;';
    // keyed as an edition of the Ocean Conference series, as 2017, 2022 and 2025 are (gazetteer/events.ts, audit8)
    const conference = 'Event:United Nations Ocean Conference @ 2028';
    expect(extract(text).attributions).toEqual(expect.arrayContaining([`HOSTS Place:Chile -> ${conference}`, `HOSTS Place:Republic of Korea -> ${conference}`]));
  });

  it('negative, A/RES/78/231 OP36: "to host one of the sessions of the intergovernmental preparatory committee" hosts no named event', () => {
    const text = 'Also welcomes the offer by the Government of Mexico to host one of the sessions of the intergovernmental preparatory committee as part of the preparatory process of the Fourth International Conference on Financing for Development;';
    expect(extract(text).attributions.filter((a) => a.startsWith('HOSTS'))).toEqual([]);
  });
});

describe('an annual meeting is the numbered meeting, however its dates are printed', () => {
  it('A/RES/78/161 PP26: "the eleventh annual meeting of the Creative Cities Network, held in Enghien-les-Bains, France, from 30 June to 2 July 2017"', () => {
    const text =
      'adopted at the eleventh annual meeting of the Creative Cities Network, held in Enghien-les-Bains, France, from 30 June to 2 July 2017, the twelfth annual meeting of the Creative Cities Network, held in Krakow and Katowice, Poland, from 12 to 15 June 2018,';
    const eleventh = 'Event:eleventh meeting of the Creative Cities Network';
    expect(extract(text).events.map((m) => m.key)).toEqual([eleventh, 'Event:twelfth meeting of the Creative Cities Network']);
    expect(extract(text).attributions).toEqual(expect.arrayContaining([`HELD_IN ${eleventh} -> Place:Enghien-les-Bains`, `STARTS_ON ${eleventh} -> Date:2017-06-30`]));
  });

  it('A/RES/78/161 PP26: "held in Krakow and Katowice, Poland": both towns are the venue', () => {
    const text = 'the twelfth annual meeting of the Creative Cities Network, held in Krakow and Katowice, Poland, from 12 to 15 June 2018,';
    const twelfth = 'Event:twelfth meeting of the Creative Cities Network';
    expect(extract(text).attributions).toEqual(expect.arrayContaining([`HELD_IN ${twelfth} -> Place:Krakow`, `HELD_IN ${twelfth} -> Place:Katowice`]));
  });

  // (the seed's phrasing, "the nineteenth meeting of the Internet Governance Forum, organized in Riyadh from 15 to 19
  // December 2024", printed with the Forum's name before its venue and days, as A/RES/80/173 PP7 prints its year)
  it('"the Internet Governance Forum, held in Kyoto, Japan, from 8 to 12 October 2023": a range of days dates its meeting', () => {
    const meeting = 'Event:eighteenth meeting of the Internet Governance Forum';
    expect(extract('Notes the Internet Governance Forum, held in Kyoto, Japan, from 8 to 12 October 2023, and').attributions).toEqual(
      expect.arrayContaining([`HELD_IN ${meeting} -> Place:Kyoto`, `STARTS_ON ${meeting} -> Date:2023-10-08`, `ENDS_ON ${meeting} -> Date:2023-10-12`]),
    );
  });
});

describe('a session named after "at its"', () => {
  it('A/RES/78/213 PP2: "adopted by the Commission on the Status of Women at its sixty-seventh session, on 17 March 2023": the day of the act, not the start', () => {
    const text = 'Recalling the agreed conclusions adopted by the Commission on the Status of Women at its sixty-seventh session, on 17 March 2023,';
    const { events, attributions } = extract(text);
    expect(events.map((m) => m.key)).toEqual(['Event:sixty-seventh session of the Commission on the Status of Women']);
    expect(attributions.filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('negative, A/RES/78/198 PP39: "at its thirty-eighth session, held on 11 May 2012" dates the session', () => {
    const text = 'endorsed by the Committee on World Food Security at its thirty-eighth session, held on 11 May 2012, and by the Council';
    expect(extract(text).attributions).toContain('STARTS_ON Event:thirty-eighth session of the Committee on World Food Security -> Date:2012-05-11');
  });

  it('A/RES/78/168 PP20: "convened by the President of the General Assembly at its seventy-sixth session" is the Assembly\'s session', () => {
    const text =
      'Recalling the high-level thematic debate on digital cooperation and connectivity convened by the President of the General Assembly at its seventy-sixth session, and';
    const { events, attributions } = extract(text);
    expect(events.map((m) => m.key)).toContain('Event:seventy-sixth session of the General Assembly');
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions).toContain('SESSION_OF Event:seventy-sixth session of the General Assembly -> Organization:General Assembly');
  });
});

describe('who organized or hosted an event', () => {
  it('A/RES/79/152 PP6: "the Generation Equality Forum, which was convened by the United Nations Entity for ... (UN-Women) and co-chaired by France and Mexico"', () => {
    const text =
      'and the Generation Equality Forum, which was convened by the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women) and co-chaired by France and Mexico,';
    expect(extract(text).attributions).toContain('ORGANIZES Organization:United Nations Entity for Gender Equality and the Empowerment of Women -> Event:Generation Equality Forum');
  });

  it('A/RES/79/144 OP277: "convened in Jeddah, ..., hosted by the General Organization ... (SHAMS)": the host did not convene it', () => {
    const text =
      'notes that the thirty-eighth General Meeting of the International Coral Reef Initiative was convened in Jeddah, Saudi Arabia, from 10 to 13 September 2024, hosted by the General Organization for Conservation of Coral Reefs and Turtles in the Red Sea (SHAMS), also notes';
    const { attributions } = extract(text);
    const meeting = 'Event:Thirty-eighth General Meeting of the International Coral Reef Initiative';
    expect(attributions).toContain(`HOSTS Organization:General Organization for Conservation of Coral Reefs and Turtles in the Red Sea -> ${meeting}`);
    expect(attributions.filter((a) => a.startsWith('ORGANIZES Organization:General Organization'))).toEqual([]);
  });
});

describe('a list of ordinals before one "sessions of" names one session each', () => {
  it('A/RES/78/168 PP18: "the forty-seventh, forty-eighth, forty-ninth and fiftieth sessions of the Committee on World Food Security, held in Rome from ..., respectively"', () => {
    const text =
      'Recalling also the forty-seventh, forty-eighth, forty-ninth and fiftieth sessions of the Committee on World Food Security, held in Rome from 8 to 11 February 2021, on 4 June 2021, from 11 to 14 October 2021 and from 10 to 13 October 2022, respectively, taking note of their main outcomes,';
    const session = (ordinal: string): string => `Event:${ordinal} session of the Committee on World Food Security`;
    const { events, attributions } = extract(text);
    expect(events.map((m) => m.key)).toEqual(['forty-seventh', 'forty-eighth', 'forty-ninth', 'fiftieth'].map(session));
    expect(attributions).toEqual(
      expect.arrayContaining([
        `STARTS_ON ${session('forty-seventh')} -> Date:2021-02-08`,
        `STARTS_ON ${session('forty-eighth')} -> Date:2021-06-04`,
        `STARTS_ON ${session('fiftieth')} -> Date:2022-10-10`,
        `HELD_IN ${session('forty-ninth')} -> Place:Rome`,
        // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
        `SESSION_OF ${session('forty-seventh')} -> Organization:Committee on World Food Security`,
      ]),
    );
  });

  it('A/RES/80/48 PP5: three sessions "held from ..., from ... and from ..." without "respectively" take their dates in order', () => {
    const text =
      'and the first, second and third sessions of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non‑Proliferation of Nuclear Weapons, held from 31 July to 11 August 2023, from 22 July to 2 August 2024 and from 28 April to 9 May 2025, the working paper from the Chair,';
    const session = (ordinal: string): string =>
      `Event:${ordinal} session of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons`;
    expect(extract(text).attributions.filter((a) => a.startsWith('STARTS_ON'))).toEqual([
      `STARTS_ON ${session('first')} -> Date:2023-07-31`,
      `STARTS_ON ${session('second')} -> Date:2024-07-22`,
      `STARTS_ON ${session('third')} -> Date:2025-04-28`,
    ]);
  });

  it('A/RES/78/69 OP107: "the sixtieth, sixty-first and sixty-second sessions of the Commission, in New York, from ..., from ... and from ..., respectively"', () => {
    const text =
      'Approves the convening by the Secretary-General of the sixtieth, sixty-first and sixty-second sessions of the Commission on the Limits of the Continental Shelf, in New York, from 22 January to 8 March 2024, from 8 July to 23 August 2024 and from 7 October to 22 November 2024, respectively, with full conference services,';
    const session = (ordinal: string): string => `Event:${ordinal} session of the Commission on the Limits of the Continental Shelf`;
    expect(extract(text).attributions).toEqual(
      expect.arrayContaining([
        `STARTS_ON ${session('sixtieth')} -> Date:2024-01-22`,
        `STARTS_ON ${session('sixty-first')} -> Date:2024-07-08`,
        `STARTS_ON ${session('sixty-second')} -> Date:2024-10-07`,
        `HELD_IN ${session('sixtieth')} -> Place:New York`,
      ]),
    );
  });

  it('A/RES/78/228 OP12: "the fourth and fifth meetings of the Inter-Agency Coordination Group at the level of principals, held in virtual format on 2 December 2022 and on 8 November 2023"', () => {
    const text =
      'Welcomes the fourth and fifth meetings of the Inter-Agency Coordination Group at the level of principals, held in virtual format on 2 December 2022 and on 8 November 2023, which reinforced the vital role of inter-agency partnership';
    const meeting = (ordinal: string): string => `Event:${ordinal} meeting of the Inter-Agency Coordination Group`;
    expect(extract(text).attributions.filter((a) => a.startsWith('STARTS_ON'))).toEqual([
      `STARTS_ON ${meeting('fourth')} -> Date:2022-12-02`,
      `STARTS_ON ${meeting('fifth')} -> Date:2023-11-08`,
    ]);
  });

  it('A/RES/78/262 PP11: "the Government of Saudi Arabia and the Government of Mongolia to host the sixteenth and seventeenth sessions ..., in 2024 and 2026, respectively"', () => {
    const text =
      'and the offer made by the Government of Saudi Arabia and the Government of Mongolia to host the sixteenth and seventeenth sessions of the Conference of the Parties to the United Nations Convention to Combat Desertification, in 2024 and 2026, respectively,';
    const cop = (ordinal: string): string => `Event:${ordinal} session of the Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa`;
    const { attributions } = extract(text);
    expect(attributions.filter((a) => a.startsWith('HOSTS'))).toEqual([`HOSTS Place:Saudi Arabia -> ${cop('sixteenth')}`, `HOSTS Place:Mongolia -> ${cop('seventeenth')}`]);
    expect(attributions).not.toContain(`STARTS_ON ${cop('seventeenth')} -> Date:2024`);
  });
});

describe('a day is dated where its date is printed with it', () => {
  it('A/RES/78/234 PP6: the date of a guidance note printed after the day is not the day\'s', () => {
    const text =
      'and in this regard welcoming the observance of 18 June as the International Day for Countering Hate Speech 3 and noting the issuance of the United Nations Guidance Note on Addressing and Countering COVID-19-related Hate Speech on 11 May 2020,';
    expect(extract(text).attributions.filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('negative, A/RES/80/134 PP12: "World Tourism Day 2026, under the theme “...”, to be held in San Salvador on 27 September 2026"', () => {
    const text =
      'Welcoming the offer by the Government of El Salvador to host World Tourism Day 2026, under the theme “Digital Agenda and Artificial Intelligence to redesign tourism”, to be held in San Salvador on 27 September 2026,';
    expect(extract(text).attributions).toEqual(
      expect.arrayContaining(['STARTS_ON Event:World Tourism Day @ 2026 -> Date:2026-09-27', 'HELD_IN Event:World Tourism Day @ 2026 -> Place:San Salvador', 'HOSTS Place:El Salvador -> Event:World Tourism Day @ 2026']),
    );
  });
});
