// Session-41 audit aud41d: events, last session's open misses (A/RES/79/68 OP24 and PP28, 78/20 OP6 and OP8, 78/231 OP31,
// 78/107 OP22, 79/219 OP3, 78/155 OP2, 79/149 PP9, 79/34 PP6). Fixed: the next part of a sitting named by its ordinal alone
// after the first part ("..., and the second part, held in Montreal, Canada, under the presidency of China, from 7 to 19
// December 2022", 78/155 OP2); the sittings between a range's two ends, where the list after it gives each its venue and
// year ("the First to Twenty-first Meetings of the States Parties to the Convention, held in Maputo (1999), ..., Geneva (2008
// and 2010), ...", 79/34 PP6, 80/35 PP6) or its days ("the first to fourth Conferences of Organization of Islamic Cooperation
// Member States on Mediation, on 21 November 2017, ... and 5 and 6 June 2022", 79/9 PP18); a lowercase sitting named by its topic whose venue and day are printed before it
// ("..., in Yaoundé on 27 April 2022, at the end of the regional conference on solutions for people affected by the crisis in
// the Central African Republic", 79/68 PP28, 80/63); a lowercase sitting named by the ministers who sat at it, whose
// portfolios have commas of their own ("the regional forum of ministers responsible for communication, media, information
// and ..., held on 30 and 31 January 2024 in Bangui", 79/68 OP24, 80/63); a lowercase sitting no topic names, named by its
// organizer with the day it sat after ("the panel discussion organized by the President of the General Assembly held on 13 June
// 2016", 79/149 PP9; "the interactive multi-stakeholder dialogue organized by the President of the General Assembly on 21 July
// 2023", 78/262 OP2, 79/263); a known seminar programme named with an ordinal and a venue is one sitting of it ("the second
// International Law Seminar for African Universities, to be held in Ethiopia in 2024", 78/107 OP22, 79/120 OP22). Also a false
// organization: "a final decision by the open-ended working group on participation" (78/20 OP8) is the group named before, its
// decision on participation. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/155', date: '2023-12-19' };
const { attributions, keys } = oneParagraph({ ctx: GA78, kind: 'operative' });

const COP15 = 'fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';

describe('the next part of a sitting, named by its ordinal alone after the first part', () => {
  const text =
    'Welcomes the convening of the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, as well as the Meetings of the Parties to the Protocols to the Convention, held in Kunming, China, from 11 to 15 October 2021 under the theme proposed by the Presidency “Ecological civilization: building a shared future for all life on Earth”, and the second part, held in Montreal, Canada, under the presidency of China, from 7 to 19 December 2022, with the support of Canada, and its outcomes, looks forward to the sixteenth meeting of the Conference of the Parties and the meetings of the Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention, and encourages all Parties in a position to do so to consider hosting;';

  it('A/RES/78/155 OP2: "and the second part, held in Montreal, Canada, under the presidency of China, from 7 to 19 December 2022": the second part of COP15, part of it, in Montreal, on its own days', () => {
    const second = `Event:second part of the ${COP15}`;
    expect(keys(text, 'Event:second part')).toEqual([second]);
    const att = attributions(text);
    expect(att).toContain(`PART_OF ${second} -> Event:${COP15}`);
    expect(att).toContain(`HELD_IN ${second} -> Place:Montreal`);
    expect(att).toContain(`STARTS_ON ${second} -> Date:2022-12-07`);
    expect(att).toContain(`ENDS_ON ${second} -> Date:2022-12-19`);
    // the first part keeps its own venue and days
    expect(att).toContain(`HELD_IN Event:first part of the ${COP15} -> Place:Kunming`);
    expect(att.filter((a) => a.startsWith(`HELD_IN Event:first part`))).toHaveLength(1);
  });

  it('guard: a part named with no first part before it ("the second part, held in ...") is no sitting', () => {
    const alone = 'Welcomes the outcome of the negotiations, and the second part, held in Montreal, Canada, from 7 to 19 December 2022;';
    expect(keys(alone, 'Event:')).toEqual([]);
  });

  it('guard: "the first part ..., and the third part, held in ...": a part out of order is not read as the next one', () => {
    const skipped =
      'Welcomes the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021, and the third part, held in Montreal, Canada, from 7 to 19 December 2022;';
    expect(keys(skipped, 'Event:third part')).toEqual([]);
    expect(keys(skipped, 'Event:first part')).toEqual([`Event:first part of the ${COP15}`]);
  });
});

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/34', date: '2024-12-02' };
const MEETING_OF = ' Meeting of the States Parties to the Convention';
const MINE_BAN_PP5 = 'Recalling its resolution 78/45 of 4 December 2023 on the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction,';

describe('a range of numbered sittings with a venue and year for each: every sitting of the range', () => {
  const pp6 =
    'Recalling the First to Twenty-first Meetings of the States Parties to the Convention, held in Maputo (1999), Geneva (2000), Managua (2001), Geneva (2002), Bangkok (2003), Zagreb (2005), Geneva (2006), the Dead Sea (2007), Geneva (2008 and 2010), Phnom Penh (2011), Geneva (2012, 2013 and 2015), Santiago (2016), Vienna (2017), Geneva (2018 and 2020), The Hague (2021) and Geneva (2022 and 2023), and the First, Second, Third and Fourth Review Conferences of the States Parties to the Convention, held in Nairobi (2004), Cartagena, Colombia (2009), Maputo (2014) and Oslo (2019),';
  const meetingsOf = (text: string): string[] => {
    const { extract } = oneParagraph({ ctx: { ...GA79 }, kind: 'preambular' });
    // (the Convention named in the paragraph before, as the text does: "the Convention" is that one)
    extract(MINE_BAN_PP5);
    return extract(text).attributions.filter((a) => a.source.includes(MEETING_OF)).map((a) => `${a.type} ${a.source.slice(6, a.source.indexOf(MEETING_OF))} -> ${a.target}`);
  };

  it('A/RES/79/34 PP6: "the First to Twenty-first Meetings ..., held in Maputo (1999), ..., Geneva (2008 and 2010), ...": 21 meetings, each with its venue and year', () => {
    const { extract } = oneParagraph({ ctx: { ...GA79 }, kind: 'preambular' });
    extract(MINE_BAN_PP5);
    // (keyed with the Convention when the whole resolution is read: "Ninth Meeting (<the Convention>)")
    const meetings = extract(pp6).mentions.filter((m) => m.kind === 'Event' && m.key.includes(MEETING_OF)).map((m) => m.key);
    expect(new Set(meetings).size).toBe(21);
    expect(meetings).toContain(`Event:Ninth${MEETING_OF}`);
    const att = meetingsOf(pp6);
    expect(att).toContain('HELD_IN First -> Place:Maputo');
    expect(att).toContain('STARTS_ON First -> Date:1999');
    // a venue printed once for the years of several: each its own year there
    expect(att).toContain('HELD_IN Ninth -> Place:Geneva');
    expect(att).toContain('STARTS_ON Ninth -> Date:2008');
    expect(att).toContain('STARTS_ON Tenth -> Date:2010');
    expect(att).toContain('STARTS_ON Fourteenth -> Date:2015');
    expect(att).toContain('HELD_IN Nineteenth -> Place:The Hague');
    expect(att).toContain('STARTS_ON Twenty-first -> Date:2023');
    expect(att.filter((a) => a.startsWith('STARTS_ON '))).toHaveLength(21);
  });

  it('guard: a list that names fewer years than the range has sittings pairs none: the two ends only, with no venue', () => {
    const cut = pp6.replace('The Hague (2021) and Geneva (2022 and 2023)', 'and The Hague (2021)');
    expect(meetingsOf(cut).filter((a) => a.startsWith('HELD_IN') || a.startsWith('STARTS_ON'))).toEqual([]);
    const { extract } = oneParagraph({ ctx: { ...GA79 }, kind: 'preambular' });
    const meetings = extract(cut).mentions.filter((m) => m.kind === 'Event' && m.key.includes(MEETING_OF)).map((m) => m.key);
    expect(meetings.sort()).toEqual([`Event:First${MEETING_OF}`, `Event:Twenty-first${MEETING_OF}`]);
  });

  it('A/RES/79/9 PP18: "the first to fourth Conferences of Organization of Islamic Cooperation Member States on Mediation, on 21 November 2017, 29 November 2018, 1 November 2019 and 5 and 6 June 2022": four conferences, each on its days', () => {
    const { attributions: att9, keys: keys9 } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/9', date: '2024-11-14' }, kind: 'preambular' });
    const text =
      'Noting further the adoption by the Council of Foreign Ministers of the Organization of Islamic Cooperation, at its forty-fifth to fiftieth sessions, of resolutions on strengthening the mediation capacity of the Organization, and the holding of the first to fourth Conferences of Organization of Islamic Cooperation Member States on Mediation, on 21 November 2017, 29 November 2018, 1 November 2019 and 5 and 6 June 2022,';
    const conference = (ordinal: string) => `Event:${ordinal} Conference of Organization of Islamic Cooperation Member States on Mediation`;
    expect(keys9(text, 'Event:').filter((key) => key.includes(' on Mediation')).sort()).toEqual(['First', 'Fourth', 'Second', 'Third'].map(conference));
    const a = att9(text);
    expect(a).toContain(`STARTS_ON ${conference('First')} -> Date:2017-11-21`);
    expect(a).toContain(`STARTS_ON ${conference('Third')} -> Date:2019-11-01`);
    expect(a).toContain(`STARTS_ON ${conference('Fourth')} -> Date:2022-06-05`);
    expect(a).toContain(`ENDS_ON ${conference('Fourth')} -> Date:2022-06-06`);
  });

  it('guard: A/RES/79/290 "the First to Fourteenth Summits of the Association of Southeast Asian Nations and the United Nations" (no list after it): the two ends only', () => {
    const { keys: keys79 } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/290', date: '2025-06-20' }, kind: 'preambular' });
    const text =
      'Recalling the First to Fourteenth Summits of the Association of Southeast Asian Nations and the United Nations and the commitment of the leaders of the Association of Southeast Asian Nations and the Secretary-General of the United Nations to further deepen their comprehensive partnership,';
    expect(keys79(text, 'Event:')).toHaveLength(2);
  });
});

describe('a lowercase sitting named by its topic, its venue and day printed before it', () => {
  const { attributions: att79, keys: keys79 } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/68', date: '2024-12-02' }, kind: 'preambular' });
  const CONFERENCE = 'Event:regional conference on solutions for people affected by the crisis in the Central African Republic @ 2022';

  it('A/RES/79/68 PP28: "..., in Yaoundé on 27 April 2022, at the end of the regional conference on solutions for people affected by the crisis in the Central African Republic": the conference, held in Yaoundé on that day', () => {
    const text =
      'Recalling also the signature of a joint declaration by the Central African Republic and its neighbouring countries hosting refugees from the Central African Republic, in Yaoundé on 27 April 2022, at the end of the regional conference on solutions for people affected by the crisis in the Central African Republic,';
    expect(keys79(text, 'Event:')).toEqual([CONFERENCE]);
    const att = att79(text);
    expect(att).toContain(`HELD_IN ${CONFERENCE} -> Place:Yaoundé`);
    expect(att).toContain(`STARTS_ON ${CONFERENCE} -> Date:2022-04-27`);
  });

  it('guard: "at the end of the regional conference on ..." with no venue and day before it names no sitting', () => {
    const text =
      'Recalling also the signature of a joint declaration by the Central African Republic and its neighbouring countries, at the end of the regional conference on solutions for people affected by the crisis in the Central African Republic,';
    expect(keys79(text, 'Event:')).toEqual([]);
  });
});

describe('a lowercase sitting named by the ministers who sat at it', () => {
  const { attributions: att79, keys: keys79 } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/68', date: '2024-12-02' }, kind: 'operative' });
  const FORUM =
    'Event:regional forum of ministers responsible for communication, media, information and information and communications technology from States members of the Economic Community of Central African States @ 2024';

  it('A/RES/79/68 OP24: "welcomes the organization of the regional forum of ministers responsible for communication, media, ..., held on 30 and 31 January 2024 in Bangui": the forum, its days and venue', () => {
    const text =
      'Welcomes the organization of the regional forum of ministers responsible for communication, media, information and information and communications technology from States members of the Economic Community of Central African States, held on 30 and 31 January 2024 in Bangui, which led to the pre-validation of a regional strategy and action plan for the prevention and combating of hate speech and incitement to violence in Central Africa;';
    expect(keys79(text, 'Event:')).toEqual([FORUM]);
    const att = att79(text);
    expect(att).toContain(`HELD_IN ${FORUM} -> Place:Bangui`);
    expect(att).toContain(`STARTS_ON ${FORUM} -> Date:2024-01-30`);
    expect(att).toContain(`ENDS_ON ${FORUM} -> Date:2024-01-31`);
  });

  it('guard: "a regional forum of ministers responsible for communication" that nothing says was held is no sitting', () => {
    const text =
      'Encourages the States members of the Economic Community of Central African States to establish a regional forum of ministers responsible for communication, media and information, with a view to the prevention of hate speech;';
    expect(keys79(text, 'Event:')).toEqual([]);
  });
});

describe('a lowercase sitting named by its organizer, with the day it sat', () => {
  const { attributions: att, keys: k } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/149', date: '2024-12-17' }, kind: 'preambular' });

  it('A/RES/79/149 PP9: "the panel discussion organized by the President of the General Assembly held on 13 June 2016": a sitting of 2016', () => {
    const text =
      'Noting the panel discussion organized by the President of the General Assembly held on 13 June 2016 to follow up on the status of and progress made towards the realization of the development goals for persons with disabilities in relation to the follow-up to the outcome of the high-level meeting on disability and development and to the principles of the Convention on the Rights of Persons with Disabilities,';
    const panel = 'Event:panel discussion organized by the President of the General Assembly @ 2016';
    expect(k(text, 'Event:panel')).toEqual([panel]);
    expect(att(text)).toContain(`STARTS_ON ${panel} -> Date:2016-06-13`);
  });

  it('A/RES/78/262 OP2: "the interactive multi-stakeholder dialogue organized by the President of the General Assembly on 21 July 2023": a sitting the President organized', () => {
    const text =
      'Also takes note of the biennial report of the Secretary-General on the review of the implementation of commitments made towards Africa’s development and of the interactive multi-stakeholder dialogue organized by the President of the General Assembly on 21 July 2023 to discuss the main findings and recommendations contained in the report;';
    const dialogue = 'Event:interactive multi-stakeholder dialogue organized by the President of the General Assembly @ 2023';
    expect(k(text, 'Event:', 'operative')).toEqual([dialogue]);
    const a = att(text, 'operative');
    expect(a).toContain(`ORGANIZES Organization:President of the General Assembly -> ${dialogue}`);
    expect(a).toContain(`STARTS_ON ${dialogue} -> Date:2023-07-21`);
  });

  it('guard: A/RES/78/262 OP56 "requests the President of the General Assembly to organize and preside over an interactive multi-stakeholder dialogue to discuss ..." (no organizer and day after it): no sitting', () => {
    const text =
      'Requests the President of the General Assembly to organize and preside over an interactive multi-stakeholder dialogue to discuss the main findings and recommendations contained in the report of the Secretary-General during the resumed seventy-ninth session of the General Assembly;';
    expect(k(text, 'Event:interactive', 'operative')).toEqual([]);
  });

  it('guard: "the panel discussion organized by the President of the General Assembly" with no day: no sitting', () => {
    const text = 'Noting the panel discussion organized by the President of the General Assembly to follow up on the status of persons with disabilities,';
    expect(k(text, 'Event:')).toEqual([]);
  });
});

describe('a seminar programme named with its edition\'s ordinal and venue: one sitting', () => {
  const { attributions: att, keys: k } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/107', date: '2023-12-07' }, kind: 'operative' });
  const op22 =
    'Once again encourages the Codification Division to cooperate with the African Institute of International Law, dedicated to offering higher learning and research in international law needed for the development of Africa, in the implementation of the relevant activities under the Programme of Assistance, including the second International Law Seminar for African Universities, to be held in Ethiopia in 2024 in furtherance of paragraph 20 of its resolution 71/139 of 13 December 2016, subject to available resources, and encourages Member States and interested organizations to make voluntary contributions to the International Law Seminar for African Universities;';
  const SECOND = 'Event:Second International Law Seminar for African Universities';

  it('A/RES/78/107 OP22: "the second International Law Seminar for African Universities, to be held in Ethiopia in 2024": the second seminar, in Ethiopia, 2024; the programme funded after it stays the programme', () => {
    expect(k(op22, 'Event:')).toEqual([SECOND]);
    expect(k(op22, 'Initiative:International Law Seminar')).toEqual(['Initiative:International Law Seminar for African Universities']);
    const a = att(op22);
    expect(a).toContain(`HELD_IN ${SECOND} -> Place:Ethiopia`);
    expect(a).toContain(`STARTS_ON ${SECOND} -> Date:2024`);
  });

  it('guard: "the second International Law Seminar for African Universities" that nothing says is held stays the programme', () => {
    const text = 'Encourages Member States to support the second International Law Seminar for African Universities and the Regional Courses;';
    expect(k(text, 'Event:')).toEqual([]);
    expect(k(text, 'Initiative:International Law Seminar')).toEqual(['Initiative:International Law Seminar for African Universities']);
  });
});

describe('a lower-case open-ended working group with one bare word after "on"', () => {
  const { keys: k } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/20', date: '2023-12-04' }, kind: 'operative' });

  it('A/RES/78/20 OP8: "... for a final decision by the open-ended working group on participation": no group "on participation"', () => {
    const text =
      'Requests the Chair of the open-ended working group to draw up a list of representatives of other relevant non-governmental organizations, civil society organizations, academic institutions and the private sector who may participate, including by speaking and submitting documents, in the open-ended working group, taking into account the principles of transparency and equitable geographical representation, with due regard for gender parity, to submit the proposed list to Member States for their consideration on a non-objection basis and to bring the list to the attention of the open-ended working group for a final decision by the open-ended working group on participation;';
    expect(k(text, 'Organization:open-ended')).toEqual([]);
  });

  it('guard: A/RES/78/20 OP2 "the open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours": still the group', () => {
    const text =
      'Welcomes the deliberations held in 2022 and 2023 by the open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours established by the General Assembly in its resolution 76/231;';
    expect(k(text, 'Organization:open-ended')).toEqual(['Organization:open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours']);
  });

  it('guard: a capitalised group with a one-word topic, "the Open-ended Working Group on Ageing", is still the group', () => {
    const text = 'Welcomes the work of the Open-ended Working Group on Ageing;';
    expect(k(text, 'Organization:Open-ended')).toEqual(['Organization:Open-ended Working Group on Ageing']);
  });
});
