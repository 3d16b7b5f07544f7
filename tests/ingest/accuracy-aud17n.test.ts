// Misses found by the session-17 audit aud17n: corpus/ A/RES/80/3, 80/23, 80/4, 80/1, 80/2 (railcar Markdown) and
// A/RES/78/311, and the same forms in other texts. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/1', date: '2025-09-19' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const CONFERENCE = 'High-level International Conference for the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution';
const DECLARATION = 'Framework:New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution';

describe('"<name> on/for the <X> of <Y> and the Implementation of <Z>": the second act of the topic is part of the name', () => {
  it('A/RES/80/1 OP1 (b): the Conference is named in full, not cut at "and the"', () => {
    const op1b =
      'The State of Palestine may deliver statements by means of videoconference or submit a pre‑recorded statement at the meetings of the High-level International Conference for the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution;';
    expect(keys(op1b, 'Event:')).toEqual([`Event:${CONFERENCE}`]);
  });

  it('A/RES/80/77 PP7: the New York Declaration, "which was endorsed by the General Assembly in its decision 80/506", is endorsed by it (ENDORSES, conv43a)', () => {
    const pp7 =
      'Recalling the New York Declaration on the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution, which was endorsed by the General Assembly in its decision 80/506 of 12 September 2025, and underlined, inter alia, the indispensable role of UNRWA,';
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/80/77', date: '2025-12-05' };
    expect(keys(pp7, 'Framework:', 'preambular', ctx)).toEqual([DECLARATION]);
    expect(relations(pp7, 'preambular', ctx)).toContain(`RECALLS ${DECLARATION}`);
    expect(attributions(pp7, 'preambular', ctx)).toContain(`ENDORSES Resolution:A/DEC/80/506 -> ${DECLARATION}`);
  });

  it('A/RES/78/263 PP1: "the Open-ended Ad Hoc Working Group on the Causes of Conflict and the Promotion of Durable Peace and Sustainable Development in Africa"', () => {
    const pp1 =
      'Recalling the report of the Open-ended Ad Hoc Working Group on the Causes of Conflict and the Promotion of Durable Peace and Sustainable Development in Africa,';
    expect(keys(pp1, 'Organization:', 'preambular')).toEqual([
      'Organization:Open-ended Ad Hoc Working Group on the Causes of Conflict and the Promotion of Durable Peace and Sustainable Development in Africa',
    ]);
  });

  it('negative: after a known name, or a topic with no "of", "and the Implementation of" begins another thing', () => {
    expect(keys('Recalling the World Summit on the Information Society and the Implementation of the Geneva Plan of Action,', 'Event:', 'preambular')).toEqual([
      'Event:World Summit on the Information Society',
    ]);
    expect(keys('Recalling the Regional Conference on Disarmament and the Implementation of the Convention on Cluster Munitions,', 'Framework:', 'preambular')).toEqual([
      'Framework:Convention on Cluster Munitions',
    ]);
    // "and the Implementation of its ...": the chunk ends at the act noun, no name goes on
    expect(keys('Welcomes the International Conference for the Peaceful Settlement of the Question of Palestine and the Implementation of its outcome;', 'Event:')).toEqual([
      'Event:International Conference for the Peaceful Settlement of the Question of Palestine',
    ]);
  });
});

describe('"the meeting of the <body> of <day>" / "held on <day>": one dated sitting of the body', () => {
  // (a body's meeting keyed by its day since aud36b: a body meets more than once a year, A/RES/80/58 PP16)
  const HOST_MEETING = 'Event:meeting of the Committee on Relations with the Host Country @ 2025-09-12';
  const PP3 =
    'Taking note of the meeting of the Committee on Relations with the Host Country of 12 September 2025, and the statements made therein, including the position of the United Nations Legal Counsel,';

  it('A/RES/80/1 PP3: the meeting is an event, dated 12 September 2025, organized by the Committee', () => {
    expect(keys(PP3, 'Event:', 'preambular')).toEqual([HOST_MEETING]);
    expect(relations(PP3, 'preambular')).toContain(`NOTES ${HOST_MEETING}`);
    const attrs = attributions(PP3, 'preambular');
    expect(attrs).toContain(`STARTS_ON ${HOST_MEETING} -> Date:2025-09-12`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attrs).toContain(`SESSION_OF ${HOST_MEETING} -> Organization:Committee on Relations with the Host Country`);
  });

  it('A/RES/78/121 PP19: "the summary by the Chair of the meeting of the Ad Hoc Liaison Committee held on 22 September 2014"', () => {
    const pp19 =
      'Welcoming the implementation of the Palestinian National Development Plan 2011–2013 on governance, economy, social development and infrastructure, and stressing the need for continued international support for the Palestinian State-building process, as outlined in the summary by the Chair of the meeting of the Ad Hoc Liaison Committee held on 22 September 2014,';
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/78/121', date: '2023-12-08' };
    const meeting = keys(pp19, 'Event:', 'preambular', ctx);
    // (keyed by its day since aud36b)
    expect(meeting).toEqual(['Event:meeting of the Ad Hoc Liaison Committee @ 2014-09-22']);
    expect(attributions(pp19, 'preambular', ctx)).toContain(`STARTS_ON ${meeting[0]} -> Date:2014-09-22`);
  });

  it('A/RES/79/9 PP7: "the high-level meeting of the Council of 28 October 2013 on strengthening ..." is dated by the day after "of"', () => {
    const pp7 =
      'Recalling the Articles of the Charter of the United Nations that encourage activities through regional cooperation, and in this regard taking note of the holding, on 17 November 2016, of the Security Council briefing on the cooperation between the United Nations and the Organization of Islamic Cooperation, as well as the high-level meeting of the Council of 28 October 2013 on strengthening the partnership synergy between the United Nations and the Organization of Islamic Cooperation,';
    const ctx: RecognizeContext = { ...GA, symbol: 'A/RES/79/9', date: '2024-10-31' };
    expect(attributions(pp7, 'preambular', ctx)).toContain('STARTS_ON Event:high-level meeting of the Security Council @ 2013 -> Date:2013-10-28');
  });

  it('negative: a document of the sitting dated after it, a meeting with no day, plural meetings', () => {
    // A/RES/78/160 and others: the outcome document is of 24 April 2009, the Conference opened on the 20th
    const durban = 'Recalling the relevant provisions of the outcome document of the Durban Review Conference of 24 April 2009,';
    expect(attributions(durban, 'preambular').filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
    expect(keys('Requests the Committee to report on the meeting of the Committee on Relations with the Host Country;', 'Event:')).toEqual([]);
    // A/RES/80/1 PP1: "prevented from participating in the meetings of the General Assembly"
    expect(keys('Expressing concern regarding situations in which representatives are prevented from participating in the meetings of the General Assembly,', 'Event:', 'preambular')).toEqual([]);
  });
});
