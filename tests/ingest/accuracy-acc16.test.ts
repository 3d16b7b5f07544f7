// Known accuracy gaps left by earlier audits (acc16): venues and dates paired by "respectively", event names ending in
// "Meeting", lower-case open-ended working groups, ... Each case quotes the file and paragraph named; each fix has a
// negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/139', date: '2024-12-17' };

function extract(text: string, ctx: RecognizeContext = GA) {
  return extractParagraph({ id: 'PP1', kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentions = (text: string, ctx?: RecognizeContext): string[] => extract(text, ctx).mentions.map((m) => m.key);
const attributions = (text: string, ctx?: RecognizeContext): string[] => extract(text, ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
/** venue and date links only, by the event's name without its "Event:" prefix */
const placed = (text: string, ctx?: RecognizeContext): string[] =>
  attributions(text, ctx)
    .filter((a) => /^(?:HELD_IN|STARTS_ON|ENDS_ON) /.test(a))
    .map((a) => a.replace(/ Event:/, ' '))
    .sort();

const COP = 'session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
const CMA = 'session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement';

describe('"respectively" pairs each listed event with its own venue and dates', () => {
  it('A/RES/79/139 PP9: "the twenty-eighth and twenty-ninth sessions ... held, respectively, in Dubai ... and in Baku ..."', () => {
    const text =
      'Welcoming the convening of the twenty-eighth and twenty-ninth sessions of the Conference of the Parties to the United Nations Framework Convention on Climate Change held, respectively, in Dubai, United Arab Emirates, from 30 November to 13 December 2023 and in Baku from 11 to 22 November 2024, and looking forward to the thirtieth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, to be held in Belém, Brazil, from 10 to 21 November 2025,';
    expect(placed(text)).toEqual([
      `ENDS_ON thirtieth ${COP} -> Date:2025-11-21`,
      `ENDS_ON twenty-eighth ${COP} -> Date:2023-12-13`,
      `ENDS_ON twenty-ninth ${COP} -> Date:2024-11-22`,
      `HELD_IN thirtieth ${COP} -> Place:Belém`,
      `HELD_IN twenty-eighth ${COP} -> Place:Dubai`,
      `HELD_IN twenty-ninth ${COP} -> Place:Baku`,
      `STARTS_ON thirtieth ${COP} -> Date:2025-11-10`,
      `STARTS_ON twenty-eighth ${COP} -> Date:2023-11-30`,
      `STARTS_ON twenty-ninth ${COP} -> Date:2024-11-11`,
    ]);
  });

  it('A/RES/80/145 PP7: two lists of sessions paired by one "respectively": the k-th of each list with the k-th pair', () => {
    const text =
      'Welcoming further the outcomes of the twenty-eighth and twenty-ninth sessions of the Conference of the Parties to the United Nations Framework Convention on Climate Change and the fifth and sixth sessions of the Conference of the Parties serving as the meeting of the Parties to the Paris Agreement held, respectively, in Dubai, United Arab Emirates, from 30 November to 13 December 2023 and in Baku, Azerbaijan, from 11 to 22 November 2024, including the adoption of the decisions to establish and operationalize new funding arrangements, including the Fund for Responding to Loss and Damage,';
    const p = placed(text, { body: 'General Assembly', symbol: 'A/RES/80/145', date: '2025-12-15' });
    expect(p.filter((a) => a.startsWith('HELD_IN'))).toEqual([
      `HELD_IN fifth ${CMA} -> Place:Dubai`,
      `HELD_IN sixth ${CMA} -> Place:Baku`,
      `HELD_IN twenty-eighth ${COP} -> Place:Dubai`,
      `HELD_IN twenty-ninth ${COP} -> Place:Baku`,
    ]);
    expect(p.filter((a) => a.startsWith('STARTS_ON'))).toEqual([
      `STARTS_ON fifth ${CMA} -> Date:2023-11-30`,
      `STARTS_ON sixth ${CMA} -> Date:2024-11-11`,
      `STARTS_ON twenty-eighth ${COP} -> Date:2023-11-30`,
      `STARTS_ON twenty-ninth ${COP} -> Date:2024-11-11`,
    ]);
  });

  it('A/RES/78/59 PP13: "the forty-eighth 3 and forty-ninth ministerial meetings ..., held from ... and from ... 2019 in Kinshasa and Luanda, respectively"', () => {
    const text =
      'Recalling the communiqués of the forty-eighth 3 and forty-ninth ministerial meetings of the Standing Advisory Committee, held from 27 to 31 May and from 25 to 29 November 2019 in Kinshasa and Luanda, respectively, the Brazzaville Declaration on Cooperation for Peace and Security in Central Africa,4 the Bata Declaration for the Promotion of Lasting Democracy, Peace and Development in Central Africa5 and the Yaoundé Declaration on Peace, Security and Stability in Central Africa, 6';
    // (the Committee printed bare is this resolution's, and so are its meetings: accuracy-aud33d)
    const m = 'ministerial meeting of the Standing Advisory Committee';
    const q = ' (A/RES/78/59)';
    expect(placed(text, { body: 'General Assembly', symbol: 'A/RES/78/59', date: '2023-12-05' })).toEqual([
      `ENDS_ON forty-eighth ${m}${q} -> Date:2019-05-31`,
      `ENDS_ON forty-ninth ${m}${q} -> Date:2019-11-29`,
      `HELD_IN forty-eighth ${m}${q} -> Place:Kinshasa`,
      `HELD_IN forty-ninth ${m}${q} -> Place:Luanda`,
      `STARTS_ON forty-eighth ${m}${q} -> Date:2019-05-27`,
      `STARTS_ON forty-ninth ${m}${q} -> Date:2019-11-25`,
    ]);
  });

  it('guard, A/RES/78/59 PP38: a venue before each date phrase and "respectively" after them still pairs in order', () => {
    const text =
      'Recalling the conclusions of the fifty-fourth and fifty-fifth ministerial meetings of the Standing Advisory Committee, held in Kintélé, Congo, from 12 to 16 January 2023 and in Sao Tome from 15 to 19 May 2023, respectively,';
    const p = placed(text, { body: 'General Assembly', symbol: 'A/RES/78/59', date: '2023-12-05' }).filter((a) => a.startsWith('HELD_IN'));
    expect(p).toEqual([
      'HELD_IN fifty-fifth ministerial meeting of the Standing Advisory Committee (A/RES/78/59) -> Place:São Tomé',
      'HELD_IN fifty-fourth ministerial meeting of the Standing Advisory Committee (A/RES/78/59) -> Place:Kintélé',
    ]);
  });

  it('guard: three sessions and two pairs after "respectively" are not paired (no venue shared out of order)', () => {
    const text =
      'Welcoming the convening of the twenty-seventh, twenty-eighth and twenty-ninth sessions of the Conference of the Parties to the United Nations Framework Convention on Climate Change held, respectively, in Dubai, United Arab Emirates, from 30 November to 13 December 2023 and in Baku from 11 to 22 November 2024,';
    const p = placed(text).filter((a) => a.startsWith('HELD_IN'));
    expect(p).not.toContain(`HELD_IN twenty-seventh ${COP} -> Place:Baku`);
    expect(p).not.toContain(`HELD_IN twenty-eighth ${COP} -> Place:Baku`);
  });

  it('guard: two towns of one sitting with no "respectively" both stay its venue', () => {
    const text = 'Noting the forty-eighth and forty-ninth ministerial meetings of the Standing Advisory Committee, held in Kinshasa and Luanda from 27 to 31 May 2019,';
    const p = placed(text, { body: 'General Assembly', symbol: 'A/RES/78/59', date: '2023-12-05' }).filter((a) => a.startsWith('HELD_IN'));
    expect(p).toContain('HELD_IN forty-ninth ministerial meeting of the Standing Advisory Committee (A/RES/78/59) -> Place:Luanda');
    expect(p).toContain('HELD_IN forty-ninth ministerial meeting of the Standing Advisory Committee (A/RES/78/59) -> Place:Kinshasa');
  });
});

const events = (text: string, ctx?: RecognizeContext): string[] => extract(text, ctx).mentions.filter((m) => m.kind === 'Event').map((m) => m.key);

describe('a meeting named without "of" is an event when a word says which meeting', () => {
  it('A/RES/79/264 OP32: "the United Nations Peacekeeping Ministerial Meeting, held in Accra, Ghana, on 5 and 6 December 2023"', () => {
    const text =
      'Recalls the United Nations Peacekeeping Ministerial Meeting, held in Accra, Ghana, on 5 and 6 December 2023, and that the Ministerial, which was the first to be held on the continent of Africa, provided an opportunity for participants to share insights on innovative ways to make modern-day peacekeeping operations more effective;';
    const key = 'Event:United Nations Peacekeeping Ministerial Meeting @ 2023';
    expect(events(text)).toEqual([key]);
    expect(attributions(text)).toEqual(expect.arrayContaining([`HELD_IN ${key} -> Place:Accra`, `STARTS_ON ${key} -> Date:2023-12-05`]));
  });

  it('A/RES/79/151 PP14: "the 2024 Global Education Meeting, held on 31 October and 1 November 2024 in Fortaleza, Brazil"', () => {
    const text =
      'Taking note of the 2024 Global Education Meeting, held on 31 October and 1 November 2024 in Fortaleza, Brazil, and its “Fortaleza Declaration”,';
    expect(events(text)).toEqual(['Event:Global Education Meeting @ 2024']);
  });

  it('A/RES/78/182 PP13: "the Global Leaders’ Meeting on Gender Equality and Women’s Empowerment: A Commitment to Action, held in New York"', () => {
    const text =
      'Recalling the Global Leaders’ Meeting on Gender Equality and Women’s Empowerment: A Commitment to Action, held in New York on 27 September 2015, and the pledges and commitments to gender equality and the empowerment of all women and girls made by Governments at that meeting,';
    expect(events(text)).toEqual(["Event:Global Leaders' Meeting on Gender Equality and Women's Empowerment @ 2015"]);
  });

  it('A/RES/78/69 OP148: "the fourteenth Project Coordination Committee Meeting in Singapore": the venue is no part of the name', () => {
    const text =
      'notes with appreciation the convening of the fourteenth Cooperation Forum in Singapore on 31 July and 1 August 2023, the fourteenth Project Coordination Committee Meeting in Singapore on 4 August 2023, the forty-sixth Tripartite Technical Experts Group Meeting in Singapore on 2 and 3 August 2023,';
    const ctx = { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' };
    expect(events(text, ctx)).toEqual([
      'Event:Fourteenth Cooperation Forum',
      'Event:Fourteenth Project Coordination Committee Meeting',
      'Event:Forty-sixth Tripartite Technical Experts Group Meeting',
    ]);
    expect(attributions(text, ctx)).toContain('HELD_IN Event:Fourteenth Project Coordination Committee Meeting -> Place:Singapore');
  });

  it('A/RES/79/30 PP11: "the Seventeenth Ministerial Conference" after "the Sixteenth Ministerial Conference and Commemorative Meeting" is of the series named first', () => {
    const text =
      'and by Ministers at the Fifteenth Ministerial Conference of the Movement of Non-Aligned Countries, held in Tehran on 29 and 30 July 2008,11 the Sixteenth Ministerial Conference and Commemorative Meeting, held in Nusa Dua, Bali, Indonesia, from 23 to 27 May 2011,12 the Seventeenth Ministerial Conference, held in Algiers from 26 to 29 May 2014, and the Eighteenth Ministerial Conference, held in Baku on 5 and 6 April 2018,';
    expect(events(text, { body: 'General Assembly', symbol: 'A/RES/79/30', date: '2024-12-02' })).toEqual([
      'Event:Fifteenth Ministerial Conference of the Movement of Non-Aligned Countries',
      // (aud40d: the Sixteenth, joined to a commemorative meeting, is the Movement's edition all the same)
      'Event:Sixteenth Ministerial Conference and Commemorative Meeting of the Movement of Non-Aligned Countries',
      'Event:Seventeenth Ministerial Conference of the Movement of Non-Aligned Countries',
      'Event:Eighteenth Ministerial Conference of the Movement of Non-Aligned Countries',
    ]);
  });

  it('A/RES/78/72 OP37: the Inter-Agency Meeting on Outer Space Activities (UN-Space) is a coordination body, and "UN-Space" is not the United Nations', () => {
    const text =
      'Urges the Inter-Agency Meeting on Outer Space Activities (UN-Space), under the leadership of the Office, to continue to examine how space science and technology and their applications could contribute to the 2030 Agenda for Sustainable Development, and encourages entities of the United Nations system to increase their collaboration, including through UN-Space, with a view to better coordinating their data-sharing;';
    const m = mentions(text, { body: 'General Assembly', symbol: 'A/RES/78/72', date: '2023-12-04' });
    expect(m).toContain('Organization:Inter-Agency Meeting on Outer Space Activities');
    expect(m.filter((k) => k.startsWith('Event:'))).toEqual([]);
    expect(extract(text).mentions.filter((x) => x.phrase === 'UN')).toEqual([]);
  });

  it('guard, A/RES/79/78 PP: "the Formal Consultative Meeting" alone names no one meeting', () => {
    const text =
      'Noting that no consensus was reached regarding the outcome of the Formal Consultative Meeting, and the final report of the Formal Consultative Meeting, 3';
    expect(events(text, { body: 'General Assembly', symbol: 'A/RES/79/78', date: '2024-12-02' })).toEqual([]);
  });

  it('guard: "the Twenty-first Meeting" and "the General Meeting" alone are not names', () => {
    expect(events('Notes the outcome of the Twenty-first Meeting, and welcomes the General Meeting,')).toEqual([]);
  });
});

describe('the consumer protection guidelines and GUAM', () => {
  it('A/RES/80/119 PP1: "the revised United Nations guidelines for consumer protection" is a Framework', () => {
    const text =
      'Recalling its resolution 70/186 of 22 December 2015 on consumer protection, in which it adopted the revised United Nations guidelines for consumer protection, setting out the main characteristics of effective consumer protection legislation, enforcement institutions and redress systems,';
    expect(mentions(text, { body: 'General Assembly', symbol: 'A/RES/80/119', date: '2025-12-15' })).toContain('Framework:United Nations Guidelines for Consumer Protection');
  });

  it('A/RES/79/11 PP4: "the Organization for Democracy and Economic Development – GUAM" is one organization with its acronym', () => {
    const text =
      'Acknowledging the efforts of the Organization for Democracy and Economic Development – GUAM to advance partnership relations with the United Nations and its Member States,';
    const m = extract(text, { body: 'General Assembly', symbol: 'A/RES/79/11', date: '2024-11-18' }).mentions.filter((x) => x.kind === 'Organization');
    expect(m.map((x) => [x.key, x.phrase])).toEqual([
      ['Organization:Organization for Democracy and Economic Development - GUAM', 'Organization for Democracy and Economic Development – GUAM'],
      ['Organization:United Nations', 'United Nations'],
    ]);
  });

  it('guard: Guam, the Territory, is a place, not GUAM', () => {
    const text = 'Reaffirms that it is ultimately for the people of Guam to determine freely their future political status;';
    const m = mentions(text, { body: 'General Assembly', symbol: 'A/RES/79/112', date: '2024-12-12' });
    expect(m).toContain('Place:Guam');
    expect(m.filter((k) => k.includes('GUAM'))).toEqual([]);
  });
});

describe('a high-level meeting named by the anniversary it marks', () => {
  const DDPA = 'anniversary of the adoption of the Durban Declaration and Programme of Action';
  it('A/RES/80/193 OP54: "a one-day high-level meeting to mark the twenty-fifth anniversary of the adoption of the Durban Declaration ..."', () => {
    const text =
      'Decides to hold a one-day high-level meeting to mark the twenty-fifth anniversary of the adoption of the Durban Declaration and Programme of Action, to be convened by the President of the General Assembly in collaboration with the Office of the United Nations High Commissioner for Human Rights and at the level of Heads of State and Government;';
    const m = mentions(text, { body: 'General Assembly', symbol: 'A/RES/80/193', date: '2025-12-15' });
    expect(m).toContain(`Event:high-level meeting to commemorate the twenty-fifth ${DDPA}`);
    // the declaration it marks stays a mention of its own
    expect(m).toContain('Framework:Durban Declaration and Programme of Action');
  });

  it('A/RES/79/161 OP41: "a one day high-level meeting of the General Assembly, on 22 September 2021, commemorating the twentieth anniversary ..." is dated', () => {
    const text =
      'Welcomes the adoption of the political declaration during a one day high-level meeting of the General Assembly, on 22 September 2021, commemorating the twentieth anniversary of the adoption of the Durban Declaration and Programme of Action, under the theme “Reparations, racial justice and equality for people of African descent”;';
    const key = `Event:high-level meeting to commemorate the twentieth ${DDPA}`;
    const ctx = { body: 'General Assembly', symbol: 'A/RES/79/161', date: '2024-12-17' };
    expect(events(text, ctx)).toEqual([key]);
    expect(attributions(text, ctx)).toContain(`STARTS_ON ${key} -> Date:2021-09-22`);
  });

  it('A/RES/80/193 OP53: "the high-level event, to be held in 2026, to commemorate the twenty-fifth anniversary ..."', () => {
    const text =
      'Welcomes the ongoing work of the Intergovernmental Working Group on the Effective Implementation of the Durban Declaration and Programme of Action to commence preparations for the high-level event, to be held in 2026, to commemorate the twenty-fifth anniversary of the adoption of the Durban Declaration and Programme of Action, including public outreach for the commemoration;';
    const key = `Event:high-level event to commemorate the twenty-fifth ${DDPA}`;
    const ctx = { body: 'General Assembly', symbol: 'A/RES/80/193', date: '2025-12-15' };
    expect(events(text, ctx)).toEqual([key]);
    expect(attributions(text, ctx)).toContain(`STARTS_ON ${key} -> Date:2026`);
  });

  it('guard, A/RES/80/193 OP51: an anniversary with no sitting named is no event', () => {
    const text =
      'Underlines that the twenty-fifth anniversary of the adoption of the Durban Declaration and Programme of Action represents an important opportunity for States to reaffirm their strong commitment to combating racism;';
    expect(events(text, { body: 'General Assembly', symbol: 'A/RES/80/193', date: '2025-12-15' })).toEqual([]);
  });
});

describe('"Having <participle>" openers', () => {
  const verbs = (text: string, ctx: RecognizeContext) => extract(text, ctx).relations.map((r) => `${r.type} ${r.target}`);
  const C = { body: 'General Assembly', symbol: 'A/RES/79/232', date: '2024-12-19' };
  it('A/RES/79/232 PP5: "Having noted that the Secretary-General ... has again brought the situation to the attention of the General Assembly" notes, as "Noting" does', () => {
    const text =
      'Having noted that the Secretary-General, in a letter dated 9 December 2024, has again brought the situation to the attention of the General Assembly and the Security Council,';
    expect(verbs(text, C)).toEqual(expect.arrayContaining(['NOTES Organization:Secretary-General of the United Nations', 'NOTES Organization:Security Council']));
  });

  it('guard, A/RES/78/103 PP3: "Having considered the report of the Commission" stays untyped (no CONSIDERS in DESIGN.md\'s list)', () => {
    const text = 'Having considered the report of the United Nations Commission on International Trade Law,';
    expect(extract(text, C).mentions.map((m) => m.key)).toContain('Organization:United Nations Commission on International Trade Law');
    expect(verbs(text, C)).toEqual([]);
  });

  it('guard: "Having received the report of the International Atomic Energy Agency" stays untyped', () => {
    expect(verbs('Having received the report of the International Atomic Energy Agency for 2023,', C)).toEqual([]);
  });
});

describe('lower-case open-ended working groups', () => {
  const OEWG = 'Organization:Open-ended Working Group on security of and in the use of information and communications technologies 2021-2025';
  const C = { body: 'General Assembly', symbol: 'A/RES/78/16', date: '2023-12-04' };
  it('A/RES/78/16 PP19: "the 2021–2025 open-ended working group" is the ICT security working group', () => {
    const text =
      'Welcoming the consensus recommendations of the second annual progress report of the 2021–2025 open-ended working group, including on the common elements for a future mechanism for regular institutional dialogue,';
    expect(mentions(text, C)).toContain(OEWG);
  });

  it('guard, A/RES/78/229: "the open-ended intergovernmental working group on improving the governance ..." keeps its subject', () => {
    const text =
      'Requests the open-ended intergovernmental working group on improving the governance and financial situation of the Office, to continue to report, within existing reporting obligations,';
    expect(mentions(text, C)).toContain('Organization:open-ended intergovernmental working group on improving the governance and financial situation of the Office');
  });

  it('guard: "the 2021 Open-ended Working Group" (the earlier one) is not the 2021–2025 working group', () => {
    const text = 'Recalling the conclusion of the groups of governmental experts and the 2021 Open-ended Working Group that international law is applicable,';
    expect(mentions(text, C)).not.toContain(OEWG);
  });
});
