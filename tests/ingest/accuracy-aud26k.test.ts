// Misses found by the session-26 audit aud26k: A/RES/79/214 (UN-Habitat) and A/RES/79/155 (obstetric fistula), and the same
// forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { eventKey } from '../../ingest/recognize/events.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/214', date: '2024-12-19' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('"the Assembly" after another assembly named in the paragraph is that assembly', () => {
  it('A/RES/79/214 PP8: "approval by the Assembly at its resumed regular second session" after the United Nations Habitat Assembly', () => {
    const text =
      'Reaffirming further the commitment to promoting the use of multi-stakeholder partnerships in urban development processes, as appropriate, and welcoming the decision by the United Nations Habitat Assembly in which it requested the Executive Board, on an exceptional basis, to continue its work to develop a stakeholder engagement policy and to submit the draft policy for consideration and possible approval by the Assembly at its resumed regular second session,';
    const orgs = keys(text, 'Organization:', 'preambular', { ...GA });
    expect(orgs).toContain('Organization:United Nations Habitat Assembly');
    expect(orgs).not.toContain('Organization:General Assembly');
  });

  it('A/RES/78/128 PP16: "in which the Assembly decided" after United Nations Environment Assembly resolution 5/14', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/128', date: '2023-12-19' };
    const text =
      'Recalling United Nations Environment Assembly resolution 5/14 adopted on 2 March 2022 at its resumed fifth session, in which the Assembly decided on the convening of an intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution, including in the marine environment, with the ambition of completing its work by the end of 2024,';
    expect(keys(text, 'Organization:', 'preambular', ctx)).not.toContain('Organization:General Assembly');
    expect(keys(text, 'Organization:', 'preambular', ctx)).toContain('Organization:United Nations Environment Assembly');
    // (the cited resolution's author, subject of the act it reports: no target since aud43d, as the four Councils since aud42e)
    expect(relations(text, 'preambular', ctx)).not.toContain('RECALLS Organization:United Nations Environment Assembly');
  });

  it('A/RES/78/174 PP32: "the adoption by the Assembly of the eleventh revision" after the World Health Assembly', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/174', date: '2023-12-19' };
    const text =
      'Recalling the outcome of the World Health Assembly held in May 2019, the agreement to accelerate and scale up action to prevent and treat non-communicable diseases, the agreement on a common approach to antimicrobial resistance, the adoption of a new global strategy on health, the environment and climate change, and the adoption by the Assembly of the eleventh revision of the International Statistical Classification of Diseases and Related Health Problems, which went into effect on 1 January 2022,';
    const orgs = keys(text, 'Organization:', 'preambular', ctx);
    expect(orgs).toContain('Organization:World Health Assembly');
    expect(orgs).not.toContain('Organization:General Assembly');
  });

  it('guard: the General Assembly named between them keeps "the Assembly" its own', () => {
    const text =
      'Recalling the decision of the United Nations Habitat Assembly, and its resolution 77/173 of 14 December 2022, in which the General Assembly requested the Secretary-General to report to the Assembly at its seventy-ninth session,';
    expect(keys(text, 'Organization:General Assembly', 'preambular', { ...GA }).length).toBeGreaterThan(0);
    const orgs = keys(text, 'Organization:', 'preambular', { ...GA });
    expect(orgs.filter((k) => k === 'Organization:United Nations Habitat Assembly')).toHaveLength(1);
  });

  it('guard: with no other assembly named, "the Assembly" is the General Assembly (A/RES/79/214 OP29 "the President of the Assembly")', () => {
    const text = 'Requests the President of the Assembly, in consultation with Member States and UN-Habitat, to finalize the preparatory process and organizational arrangements for the meeting, and to report to the Assembly;';
    expect(keys(text, 'Organization:General Assembly', 'operative', { ...GA })).toEqual(['Organization:General Assembly']);
  });

  it('guard: "its resolution" between them is the General Assembly\'s, and so is "the Assembly" after it', () => {
    const text =
      'Recalling World Health Assembly resolution 72.1 of 28 May 2019 and its resolution 74/2 of 10 October 2019, in which the Assembly adopted the political declaration of the high-level meeting on universal health coverage,';
    expect(keys(text, 'Organization:General Assembly', 'preambular', { ...GA })).toEqual(['Organization:General Assembly']);
  });
});

describe('"the <ordinal> session of the Forum" after a forum named in the paragraph is that forum\'s session', () => {
  const PP22 =
    'Reaffirming also the role of the World Urban Forum as an advocacy platform for all stakeholders in the fields of human settlements and sustainable urbanization, based on its non-legislative nature, expressing its appreciation to the Government of Egypt and the city of Cairo for hosting the twelfth session of the Forum from 4 to 8 November 2024, focusing on the theme “It all starts at home: local actions for sustainable cities and communities”, and looking forward to the thirteenth session of the World Urban Forum, to be held in the city of Baku from 18 to 22 May 2026,';

  it('A/RES/79/214 PP22: "the twelfth session of the Forum from 4 to 8 November 2024" is the World Urban Forum\'s twelfth session', () => {
    const events = keys(PP22, 'Event:', 'preambular', { ...GA });
    expect(events).toContain('Event:twelfth session of the World Urban Forum');
    // the forum itself is no dated sitting
    expect(events).toContain('Event:World Urban Forum');
    expect(events).not.toContain('Event:World Urban Forum @ 2024');
    expect(relations(PP22, 'preambular', { ...GA })).toContain('EXPRESSES Event:twelfth session of the World Urban Forum');
  });

  it('guard: "the fifteenth session of the Forum on Minority Issues" stays the named forum\'s (A/RES/78/211)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/211', date: '2023-12-19' };
    const text = 'Welcomes the fifteenth session of the Forum on Minority Issues, on the theme “Review, rethink and reform”;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual(['Event:fifteenth session of the Forum on Minority Issues']);
  });
});

describe('a report still to come ends its subject before "to be presented"', () => {
  it('A/RES/79/214 OP29: "the quadrennial report of the Secretary-General on progress in the implementation of the New Urban Agenda to be presented in 2026"', () => {
    const text =
      'Decides to hold a high-level meeting, taking into account the quadrennial report of the Secretary-General on progress in the implementation of the New Urban Agenda to be presented in 2026;';
    const docs = keys(text, 'Document:', 'operative', { ...GA });
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatch(/^Document:report of the secretary-general on progress in the implementation of the new urban agenda \(/);
  });

  it('guard: "to be" inside a subject stays ("the report of the Secretary-General on the measures to be taken")', () => {
    const text = 'Takes note of the report of the Secretary-General on the measures to be taken against impunity;';
    expect(keys(text, 'Document:', 'operative', { ...GA })[0]).toMatch(/measures to be taken against impunity/);
  });
});

describe('a regular session is the session of that ordinal', () => {
  it('A/RES/79/214 OP3: "to adjourn its second regular session" is the second session of the United Nations Habitat Assembly (OP1)', () => {
    const ctx = { ...GA };
    const OP1 =
      'Welcomes the holding of the first part of the second session of the United Nations Habitat Assembly, held in Nairobi from 5 to 9 June 2023, takes note of the report of the session, welcomes the resolutions and decisions contained therein, and calls for their full implementation;';
    const OP3 =
      'Further welcomes decisions 2/1 and 2/2 of 8 June 2023 of the United Nations Habitat Assembly, to extend the strategic planning cycle of UN-Habitat for the period 2020–2023 until the year 2025, and to adjourn its second regular session and to resume the session for a duration of two days, on 29 and 30 May 2025;';
    expect(keys(OP1, 'Event:', 'operative', ctx)).toContain('Event:second session of the United Nations Habitat Assembly');
    expect(keys(OP3, 'Event:', 'operative', ctx)).toContain('Event:second session of the United Nations Habitat Assembly');
  });

  it('A/RES/78/8 OP2: "the General Conference of the Agency at its sixty-seventh regular session" keys as its sixty-seventh session', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/8', date: '2023-11-01' };
    const text = 'Takes note of the resolutions adopted by the General Conference of the International Atomic Energy Agency at its sixty-seventh regular session, held from 25 to 29 September 2023;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual(['Event:sixty-seventh session of the General Conference of the International Atomic Energy Agency']);
  });

  it('guard: an executive board\'s "second regular session" stays apart from its second session', () => {
    expect(eventKey('second regular session of the Executive Board of the United Nations Development Programme')).toBe(
      'Event:second regular session of the Executive Board of the United Nations Development Programme',
    );
    // nor a special session
    expect(eventKey('first special session of the United Nations Environment Assembly')).toBe('Event:first special session of the United Nations Environment Assembly');
  });
});

describe('"the commemoration of the <ordinal> anniversary of <a body>" is a sitting', () => {
  it('A/RES/79/214 OP28: "the commemoration of the fiftieth anniversary of the establishment of UN-Habitat, to be held in Nairobi"', () => {
    const text =
      'Looks forward to the commemoration of the fiftieth anniversary of the establishment of UN-Habitat, to be held in Nairobi before the third regular session of the United Nations Habitat Assembly, in 2027, requests UN-Habitat, in consultation with Member States, to finalize the preparatory process and organizational arrangements for the commemoration;';
    const ev = 'Event:commemoration of the fiftieth anniversary of the United Nations Human Settlements Programme';
    expect(keys(text, 'Event:commemoration', 'operative', { ...GA })).toEqual([ev]);
    expect(relations(text, 'operative', { ...GA })).toContain(`LOOKS_FORWARD_TO ${ev}`);
    // the body it marks stays a mention of its own
    expect(relations(text, 'operative', { ...GA })).toContain('LOOKS_FORWARD_TO Organization:United Nations Human Settlements Programme');
  });

  it('A/RES/80/110 OP53: "Also welcomes the commemoration of the thirtieth anniversary of the International Seabed Authority by the Assembly of the Authority on 23 July 2025"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/110', date: '2025-12-09' };
    const text =
      'Also welcomes the commemoration of the thirtieth anniversary of the International Seabed Authority by the Assembly of the Authority on 23 July 2025, and notes with appreciation that, during the commemoration, the Assembly of the Authority proclaimed 1 November of each year as the International Day of the Deep Seabed;';
    expect(relations(text, 'operative', ctx)).toContain('WELCOMES Event:commemoration of the thirtieth anniversary of the International Seabed Authority');
  });

  it('A/RES/78/108 OP17: the dates after ", and from" are the session\'s, not the commemoration\'s', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/108', date: '2023-12-07' };
    const text =
      'Takes note of paragraph 291 of the report of the International Law Commission, and decides that the next session of the Commission shall be held at the United Nations Office at Geneva from 15 April to 31 May 2024, which will coincide with the commemoration of the seventy-fifth anniversary of the Commission, and from 1 July to 2 August 2024;';
    const m = extract(text, 'operative', ctx).mentions.find((x) => x.key.startsWith('Event:commemoration'));
    expect(m?.key).toBe('Event:commemoration of the seventy-fifth anniversary of the International Law Commission');
    expect(m?.attrs?.startDate).toBeUndefined();
  });

  it('guard: a declaration or a resolution "on the commemoration of ..." is a title, no sitting (A/RES/78/31 PP, 79/290 PP5)', () => {
    const a = 'Recalling also its resolution 75/1 of 21 September 2020 on the declaration on the commemoration of the seventy-fifth anniversary of the United Nations,';
    const b = 'Recalling its resolution 71/317 of 19 July 2017 on the commemoration of the fiftieth anniversary of the Association of Southeast Asian Nations,';
    expect(keys(a, 'Event:commemoration', 'preambular', { ...GA })).toEqual([]);
    expect(keys(b, 'Event:commemoration', 'preambular', { ...GA })).toEqual([]);
  });

  it('guard: "the commemoration of the twentieth anniversary of the adoption of the Durban Declaration" is left to the sittings named so (A/RES/78/234)', () => {
    const text = 'Recalling the outcome documents of the Durban Review Conferences, including the commemoration of the twentieth anniversary of the adoption of the Durban Declaration and Programme of Action,';
    expect(keys(text, 'Event:commemoration', 'preambular', { ...GA })).toEqual([]);
  });
});
