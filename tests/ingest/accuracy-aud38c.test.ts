// Session-38 audit aud38c: events and dates. Last session's open misses (A/RES/80/139 OP4's resumed sessions, A/RES/78/90
// PP24's election, A/RES/78/53 PP29's "the third Conference") and a dates audit of six random corpus-ga files (every STARTS_ON,
// ENDS_ON, ADOPTED_ON and HELD_IN edge, every Event's dates and place). Fixed: a sitting's two resumed sessions, each with its
// own venue and days, are events of their own and lend their days to no other sitting; a Territory's election "held in April
// 2021" is an event of that month, named after the Territory the title names; "the third Conference" alone after an edition
// named with its ordinal is that edition. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/139', date: '2025-12-15' };
const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA80, kind: 'operative' });

const COP16 = 'Event:sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
const FIRST_RESUMED = 'Event:first resumed session of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
const SECOND_RESUMED = 'Event:second resumed session of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';

describe("a sitting's two resumed sessions, each held apart, are sittings of their own", () => {
  it('A/RES/80/139 OP4: "as well as the two resumed sessions of the sixteenth meeting of the Conference of the Parties to the Convention, held online from 3 to 6 December 2024 and in Rome, Italy, from 25 to 27 February 2025": two sessions with their days, the second in Rome; the meeting keeps its Cali days', () => {
    const text =
      'Also welcomes the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, as well as the Meetings of the Parties to the Protocols to the Convention, held in Cali, Colombia, from 21 October to 1 November 2024, under the theme “Peace with nature”, as well as the two resumed sessions of the sixteenth meeting of the Conference of the Parties to the Convention, held online from 3 to 6 December 2024 and in Rome, Italy, from 25 to 27 February 2025, takes note of their adopted decisions, and looks forward to the seventeenth meeting of the Conference of the Parties and the meetings of the Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention, to be held in Yerevan, Armenia, from 18 to 30 October 2026;';
    const rel = relations(text);
    expect(rel).toContain(`WELCOMES ${FIRST_RESUMED}`);
    expect(rel).toContain(`WELCOMES ${SECOND_RESUMED}`);
    const att = attributions(text);
    expect(att).toContain(`STARTS_ON ${FIRST_RESUMED} -> Date:2024-12-03`);
    expect(att).toContain(`ENDS_ON ${FIRST_RESUMED} -> Date:2024-12-06`);
    expect(att.filter((a) => a.startsWith(`HELD_IN ${FIRST_RESUMED}`))).toEqual([]);
    expect(att).toContain(`STARTS_ON ${SECOND_RESUMED} -> Date:2025-02-25`);
    expect(att).toContain(`ENDS_ON ${SECOND_RESUMED} -> Date:2025-02-27`);
    expect(att).toContain(`HELD_IN ${SECOND_RESUMED} -> Place:Rome`);
    // the meeting named after "the two resumed sessions of the" takes none of their days or venues
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${COP16} `))).toEqual([`STARTS_ON ${COP16} -> Date:2024-10-21`]);
    expect(att.filter((a) => a.startsWith(`HELD_IN ${COP16} `))).toEqual([`HELD_IN ${COP16} -> Place:Cali`]);
  });

  it('A/RES/80/135 PP15: "..., held in Cali, Colombia, from 21 October to 1 November 2024 ..., as well as its two resumed sessions, held online from 3 to 6 December 2024 and in Rome, Italy, from 25 to 27 February 2025, respectively": the sessions of the meeting named before "its"', () => {
    const text =
      'Welcoming the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Cali, Colombia, from 21 October to 1 November 2024 on the theme “Peace with nature”, as well as its two resumed sessions, held online from 3 to 6 December 2024 and in Rome, Italy, from 25 to 27 February 2025, respectively, and recalling the Kunming Montreal Global Biodiversity Framework adopted at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity and urging its early, inclusive and effective implementation,';
    const mentions = extract(text, 'preambular').mentions;
    const second = mentions.find((m) => m.key === SECOND_RESUMED);
    expect(second?.attrs).toMatchObject({ startDate: '2025-02-25', endDate: '2025-02-27', location: 'Rome' });
    expect(mentions.find((m) => m.key === FIRST_RESUMED)?.attrs).toMatchObject({ startDate: '2024-12-03', endDate: '2024-12-06' });
    expect(mentions.find((m) => m.key === COP16)?.attrs).toMatchObject({ startDate: '2024-10-21', endDate: '2024-11-01', location: 'Cali' });
  });

  it('guard: "as well as its two resumed sessions" with no venue and days after it names no session (which ones is not said)', () => {
    const text =
      'Welcoming the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Cali, Colombia, from 21 October to 1 November 2024, as well as its two resumed sessions, and urging the early implementation of their decisions,';
    expect(keys(text, 'Event:', 'preambular').filter((k) => k.includes('resumed'))).toEqual([]);
  });
});

const TERRITORY: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/90', date: '2023-12-07', title: 'Question of the Cayman Islands' };

describe("a Territory's election held in a month is an event of that month", () => {
  it('A/RES/78/90 PP24: "Recalling the general election that was held in April 2021": the Cayman Islands\' general election, STARTS_ON 2021-04', () => {
    const text = 'Recalling the general election that was held in April 2021,';
    expect(relations(text, 'preambular', { ...TERRITORY })).toContain('RECALLS Event:general election in the Cayman Islands @ 2021');
    expect(attributions(text, 'preambular', { ...TERRITORY })).toContain('STARTS_ON Event:general election in the Cayman Islands @ 2021 -> Date:2021-04');
  });

  it('A/RES/78/91 PP21: "Noting the legislative elections held in June 2022, and the territorial elections that were held in April 2023": two elections, each of its month', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/91', date: '2023-12-07', title: 'Question of French Polynesia' };
    const text = 'Noting the legislative elections held in June 2022, and the territorial elections that were held in April 2023,';
    const att = attributions(text, 'preambular', ctx);
    expect(att).toContain('STARTS_ON Event:legislative election in French Polynesia @ 2022 -> Date:2022-06');
    expect(att).toContain('STARTS_ON Event:territorial election in French Polynesia @ 2023 -> Date:2023-04');
  });

  it('guard: the same words in a text of another title name no election (whose it was is not said)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/90', date: '2023-12-07', title: 'Dissemination of information on decolonization' };
    expect(keys('Recalling the general election that was held in April 2021,', 'Event:', 'preambular', ctx)).toEqual([]);
  });

  it('guard: A/RES/78/90 PP7 "referendums, free and fair elections and other forms of popular consultation": no dated election, no event', () => {
    const text =
      'Convinced that the wishes and aspirations of the people of the Territory should continue to guide the development of their future political status and that referendums, free and fair elections and other forms of popular consultation play an important role in ascertaining the wishes of the people,';
    expect(keys(text, 'Event:', 'preambular', { ...TERRITORY })).toEqual([]);
  });
});

const THIRD_HUMANITARIAN = 'Event:Third Conference on the Humanitarian Impact of Nuclear Weapons';
const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/53', date: '2023-12-04' };

describe('"the third Conference" alone after an edition named with its ordinal is that edition', () => {
  it('A/RES/78/53 PP29 (79/50, 80/24 PP30): "..., and recalling also that 127 nations have formally endorsed the Humanitarian Pledge issued following the third Conference": the second clause recalls the third Conference too', () => {
    const text =
      'Recalling the successful convening of the first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons, in Oslo on 4 and 5 March 2013, in Nayarit, Mexico, on 13 and 14 February 2014, and in Vienna on 8 and 9 December 2014 and on 20 June 2022, and recalling also that 127 nations have formally endorsed the Humanitarian Pledge issued following the third Conference,';
    const x = extract(text, 'preambular', { ...GA78 });
    const third = x.mentions.filter((m) => m.key === THIRD_HUMANITARIAN).map((m) => text.slice(m.start, m.end));
    expect(third).toContain('third Conference');
    expect(x.relations.filter((r) => r.target === THIRD_HUMANITARIAN)).toHaveLength(2);
  });

  it('guard: "the third Conference of States Parties" goes on to a name of its own: not the humanitarian series\' third edition', () => {
    const text =
      'Recalling the successful convening of the first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons, in Oslo on 4 and 5 March 2013, in Nayarit, Mexico, on 13 and 14 February 2014, and in Vienna on 8 and 9 December 2014 and on 20 June 2022, and recalling also the third Conference of States Parties to the Treaty on the Prohibition of Nuclear Weapons,';
    const spans = extract(text, 'preambular', { ...GA78 })
      .mentions.filter((m) => m.key === THIRD_HUMANITARIAN)
      .map((m) => text.slice(m.start, m.end));
    expect(spans.filter((s) => s.startsWith('third Conference'))).toEqual([]);
  });
});

const GA78_4: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/4', date: '2023-10-05' };

describe('high-level meetings listed by topic, each with its own year', () => {
  it('A/RES/78/4 annex OP6: "looking forward to the convening of the high-level meetings on antimicrobial resistance in 2024 and non-communicable diseases in 2025": two meetings, each STARTS_ON its year', () => {
    const text =
      'Acknowledge the importance of coordination across health-related processes taking place during the seventy-eighth session of the General Assembly, particularly the high-level meetings on universal health coverage, tuberculosis and pandemic prevention, preparedness and response, while also looking forward to the convening of the high-level meetings on antimicrobial resistance in 2024 and non-communicable diseases in 2025;';
    const rel = relations(text, 'operative', { ...GA78_4 });
    expect(rel).toContain('LOOKS_FORWARD_TO Event:high-level meeting on antimicrobial resistance @ 2024');
    expect(rel).toContain('LOOKS_FORWARD_TO Event:high-level meeting on non-communicable diseases @ 2025');
    const att = attributions(text, 'operative', { ...GA78_4 });
    expect(att).toContain('STARTS_ON Event:high-level meeting on antimicrobial resistance @ 2024 -> Date:2024');
    expect(att).toContain('STARTS_ON Event:high-level meeting on non-communicable diseases @ 2025 -> Date:2025');
    // (the meetings of the seventy-eighth session, listed without their years, are not read so)
    expect(keys(text, 'Event:high-level meeting on universal', 'operative', { ...GA78_4 })).toEqual([]);
  });

  it('guard: a list whose last topic has no year of its own names no meeting by year ("... in 2024 and on road safety")', () => {
    const text = 'Looks forward to the high-level meetings on antimicrobial resistance in 2024 and on road safety at its eightieth session;';
    expect(keys(text, 'Event:high-level meeting on', 'operative', { ...GA78_4 })).toEqual([]);
  });
});

const GA79_235: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/235', date: '2024-12-24' };
const TAX_INC = 'Organization:Intergovernmental Negotiating Committee on the United Nations Framework Convention on International Tax Cooperation';
const TAX_INC_ORGANIZATIONAL = 'Event:organizational session of the Intergovernmental Negotiating Committee on the United Nations Framework Convention on International Tax Cooperation @ 2025';

describe('the committee A/RES/79/235 establishes, and the organizational session it shall convene', () => {
  it('A/RES/79/235 OP3: "to establish a Member State-led, open-ended intergovernmental negotiating committee for the purpose of drafting the United Nations Framework Convention on International Tax Cooperation": the tax convention\'s committee', () => {
    const text =
      'Also decides to establish a Member State-led, open-ended intergovernmental negotiating committee for the purpose of drafting the United Nations Framework Convention on International Tax Cooperation and two early protocols simultaneously in accordance with the terms of reference;';
    expect(relations(text, 'operative', { ...GA79_235 })).toContain(`DECIDES ${TAX_INC}`);
  });

  it('A/RES/79/235 OP5: "the intergovernmental negotiating committee shall convene an organizational session in New York from 3 to 6 February 2025": the committee\'s organizational session, in New York, 3-6 February 2025', () => {
    const ctx: RecognizeContext = { ...GA79_235 };
    // (OP3 names the committee; "the intergovernmental negotiating committee" of OP5 is it)
    extract('Also decides to establish a Member State-led, open-ended intergovernmental negotiating committee for the purpose of drafting the United Nations Framework Convention on International Tax Cooperation and two early protocols simultaneously in accordance with the terms of reference;', 'operative', ctx);
    const text =
      'Decides that the intergovernmental negotiating committee shall convene an organizational session in New York from 3 to 6 February 2025 to address and conclude organizational matters, including decision-making rules of the committee, and decide on the subject of the second early protocol, which shall be drawn from the list of specific priority areas set out in the terms of reference;';
    const x = extract(text, 'operative', ctx);
    const rel = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(rel).toContain(`DECIDES ${TAX_INC}`);
    expect(rel).toContain(`DECIDES ${TAX_INC_ORGANIZATIONAL}`);
    const att = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    // (conv42a: "the committee shall convene" states the organizer; the committee named in the session's name also makes it its session)
    expect(att).toContain(`ORGANIZES ${TAX_INC} -> ${TAX_INC_ORGANIZATIONAL}`);
    expect(att).toContain(`SESSION_OF ${TAX_INC_ORGANIZATIONAL} -> ${TAX_INC}`);
    expect(att).toContain(`HELD_IN ${TAX_INC_ORGANIZATIONAL} -> Place:New York`);
    expect(att).toContain(`STARTS_ON ${TAX_INC_ORGANIZATIONAL} -> Date:2025-02-03`);
    expect(att).toContain(`ENDS_ON ${TAX_INC_ORGANIZATIONAL} -> Date:2025-02-06`);
  });

  it('guard: "Requests the Secretary-General to convene an organizational session ...": who convenes it is not whose session it is', () => {
    const text = 'Requests the Secretary-General to convene an organizational session in New York from 3 to 6 February 2025;';
    expect(keys(text, 'Event:organizational session', 'operative', { ...GA79_235 })).toEqual([]);
  });
});
