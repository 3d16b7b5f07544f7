// Session-48 speed helper spd48c (CPU work of the entity scan's event details). Tried, not kept: the three rewrites below (golden
// dump cmp-identical) measured bench:instructions --step 30 6,570,361,477 (005e7233) -> 6,599,159,577 (+0.44%), and a one-thread
// native ingest of all of corpus-ga (base and change at once, two rounds, host load ~20) 21.71 / 23.68 s -> 21.28 / 23.80 s CPU:
// no gain. Split (the bench's body run by hand under callgrind, same flags, three at once): base 6,579,794,411, eventWindowEnd's
// loop alone 6,580,792,028, the other two alone 6,581,780,999 (+0.02% / +0.03%: nothing either way). The tests stay: they pin the behaviour of the paths a later rewrite would touch.
// What they pin down, for the three paths tried in ingest/recognize/entityScan.ts:
// - eventWindowEnd finds the next event after a sitting with an indexed loop (was a copy of the rest of the list and a closure per
//   event): each sitting's venue and days stop at the next one, the same name printed again included;
// - enrichEvents' test for an event inside a longer event's name (insideLongerEvent, was a closure per event): the conference named
//   inside "the twenty-eighth session of the Conference of the Parties ..." takes no venue or days of its own;
// - sessionsOfBodies picks the bodies that may hold "its <ordinal> session" before sorting them (was a sort of every candidate):
//   the session is still the last such body's in text order.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/144', date: '2023-12-19' };
const { attributions, keys } = oneParagraph({ ctx: GA78, kind: 'preambular' });
const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
/** the attributions of one type whose source starts so */
const of = (all: string[], type: string, source: string): string[] => all.filter((a) => a.startsWith(`${type} ${source}`));

describe('eventWindowEnd: a sitting\'s venue and days stop at the next sitting', () => {
  // A/RES/78/144 PP17 (corpus-ga, as printed)
  const pp17 = 'Taking note with appreciation of the United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, “Water for Sustainable Development”, 2018–2028, held in New York from 22 to 24 March 2023, and the Sustainable Development Goals Summit held in New York on 18 and 19 September 2023, noting the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, held in Sharm el-Sheikh, Egypt, from 6 to 20 November 2022, and the adoption of its decision on the Sharm el-Sheikh joint work on the implementation of climate action on agriculture and food security, and looking forward to the twenty-eighth session of the Conference of the Parties, to be held in Dubai, United Arab Emirates, from 30 November to 12 December 2023,';
  it('A/RES/78/144 PP17: the Water Conference, the SDG Summit and COP27 each held where and when the words after it say', () => {
    const all = attributions(pp17);
    expect(of(all, 'HELD_IN', 'Event:')).toEqual([
      'HELD_IN Event:United Nations Water Conference @ 2023 -> Place:New York',
      'HELD_IN Event:Sustainable Development Goals Summit @ 2023 -> Place:New York',
      'HELD_IN Event:twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change -> Place:Sharm el-Sheikh',
      'HELD_IN Event:twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change -> Place:Dubai',
    ]);
    expect(of(all, 'STARTS_ON', 'Event:twenty-seventh session')).toEqual(['STARTS_ON Event:twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change -> Date:2022-11-06']);
    expect(of(all, 'ENDS_ON', 'Event:Sustainable Development Goals Summit')).toEqual(['ENDS_ON Event:Sustainable Development Goals Summit @ 2023 -> Date:2023-09-19']);
  });

  it('A/RES/78/144 PP17: the Conference of the Parties named inside its sessions\' names takes no venue or days of its own', () => {
    const all = attributions(pp17);
    expect(all.filter((a) => / Event:Conference of the Parties to the United Nations Framework Convention on Climate Change -> (?:Place|Date):/.test(a))).toEqual([]);
  });

  // A/RES/78/136 PP8: eight summits of one name, each its own edition, venue and days
  const pp8 = 'Appreciating the fact that the Summit of the Group of 20 held in Hangzhou, China, on 4 and 5 September 2016, with the broad participation of developing countries, including the Chair of the Group of 77, endorsed the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development as an important contribution to the global implementation of the 2030 Agenda, recalling that the Summit of the Group of 20 held in Hamburg, Germany, on 7 and 8 July 2017 endorsed the Hamburg Update: Taking Forward the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development, recalling also that the Summit of the Group of 20 held in Buenos Aires on 30 November and 1 December 2018 endorsed the Buenos Aires Update: Moving Forward the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development, recalling further that the Summit of the Group of 20 held in Osaka, Japan, on 28 and 29 June 2019 endorsed the Osaka Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development, recalling that the Summit of the Group of 20, held virtually on 21 and 22 November 2020, endorsed the Riyadh Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development, recalling also that the Summit of the Group of 20 held in Rome on 30 and 31 October 2021 endorsed the Rome Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development, recalling further that the Summit of the Group of 20 held in Bali, Indonesia, on 15 and 16 November 2022 endorsed the Bali Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development and the Group of 20 Development Commitments, recalling that the Summit of the Group of 20 held in New Delhi on 9 and 10 September 2023 endorsed the 2023 Action Plan to Accelerate Progress on the Sustainable Development Goals, and looking forward to their implementation, while urging the Group of 20 to continue to engage in an inclusive and transparent manner with other States Members of the United Nations in its work in order to ensure that the initiatives of the Group of 20 complement or strengthen the United Nations system,';
  it('A/RES/78/136 PP8: the Summit of the Group of 20 printed eight times: each mention\'s window ends at the next mention', () => {
    const ctx = ctxOf('A/RES/78/136', '2023-12-19');
    expect(keys(pp8, 'Event:', 'preambular', ctx)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023].map((y) => `Event:Summit of the Group of 20 @ ${y}`));
    const all = attributions(pp8, 'preambular', ctx);
    expect(of(all, 'HELD_IN', 'Event:').map((a) => a.slice(a.indexOf('@')))).toEqual([
      '@ 2016 -> Place:Hangzhou',
      '@ 2017 -> Place:Hamburg',
      '@ 2018 -> Place:Buenos Aires',
      '@ 2019 -> Place:Osaka',
      '@ 2021 -> Place:Rome',
      '@ 2022 -> Place:Bali',
      '@ 2023 -> Place:New Delhi',
    ]);
    expect(of(all, 'STARTS_ON', 'Event:Summit of the Group of 20 @ 2018')).toEqual(['STARTS_ON Event:Summit of the Group of 20 @ 2018 -> Date:2018-11-30']);
  });

  it('guard: A/RES/78/136 PP8: the summit "held virtually" (2020) borrows no venue from the summit held in Rome after it', () => {
    const all = attributions(pp8, 'preambular', ctxOf('A/RES/78/136', '2023-12-19'));
    expect(of(all, 'HELD_IN', 'Event:Summit of the Group of 20 @ 2020')).toEqual([]);
    expect(of(all, 'STARTS_ON', 'Event:Summit of the Group of 20 @ 2020')).toEqual(['STARTS_ON Event:Summit of the Group of 20 @ 2020 -> Date:2020-11-21']);
  });
});

describe('sessionsOfBodies: "at its <ordinal> session" is the session of the last body named before it', () => {
  it('A/RES/78/69 OP302: "the Assembly of the Intergovernmental Oceanographic Commission at its thirty-second session": the Commission\'s', () => {
    const text = 'Notes the decision adopted by the Assembly of the Intergovernmental Oceanographic Commission at its thirty-second session to establish an ad hoc intersessional Working Group on Ocean Observations in Areas under National Jurisdiction;145';
    const all = attributions(text, 'operative', ctxOf('A/RES/78/69', '2023-12-05'));
    expect(of(all, 'SESSION_OF', 'Event:')).toEqual(['SESSION_OF Event:thirty-second session of the Intergovernmental Oceanographic Commission -> Organization:Intergovernmental Oceanographic Commission']);
  });

  it('A/RES/80/194 OP15: after the Working Group and the Special Rapporteur, "the Commission on Human Rights at its sixtieth session"', () => {
    const text = 'Requests the Working Group on the use of mercenaries to continue its work with respect to the strengthening of the international legal framework for the prevention and sanction of the recruitment, use, financing and training of mercenaries, taking into account the proposal for a new legal definition of a mercenary drafted by the Special Rapporteur on the use of mercenaries as a means of impeding the exercise of the right of peoples to self-determination in his report submitted to the Commission on Human Rights at its sixtieth session6 and the evolving phenomenon of mercenaries and its related forms;';
    const all = attributions(text, 'operative', ctxOf('A/RES/80/194', '2025-12-15'));
    expect(of(all, 'SESSION_OF', 'Event:')).toEqual(['SESSION_OF Event:sixtieth session of the Commission on Human Rights -> Organization:Commission on Human Rights']);
  });
});
