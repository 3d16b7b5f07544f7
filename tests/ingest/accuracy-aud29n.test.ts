// Misses found by the session-29 audit aud29n: A/RES/79/77 (Comprehensive Nuclear-Test-Ban Treaty), A/RES/80/69 (security
// in the Mediterranean), A/RES/79/72 (report of the Disarmament Commission) and A/RES/79/115 (eradicating colonialism), and
// the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/72', date: '2024-12-02' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const DC = 'Organization:Disarmament Commission';

describe('"at its <ordinal> meeting, on <date>, the <body> adopted": the meeting is the body\'s that follows', () => {
  const OP4 =
    'Notes the fact that, in accordance with General Assembly decision 52/492, at its 390th meeting, on 1 April 2024, the Disarmament Commission adopted the agenda for its substantive session of 2024;';

  it('A/RES/79/72 OP4: "at its 390th meeting, on 1 April 2024, the Disarmament Commission adopted the agenda"', () => {
    expect(keys(OP4, 'Event:390th', 'operative', { ...GA })).toEqual(['Event:390th meeting of the Disarmament Commission']);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(OP4, 'operative', { ...GA })).toContain(`SESSION_OF Event:390th meeting of the Disarmament Commission -> ${DC}`);
    expect(attributions(OP4, 'operative', { ...GA }).filter((a) => a.startsWith('ORGANIZES Organization:General Assembly') || a.endsWith(' -> Organization:General Assembly'))).toEqual([]);
  });

  it('guard: "at its <ordinal> meeting" with no body printed after the date stays the body named before', () => {
    const text = 'Notes that the Disarmament Commission, at its 390th meeting, on 1 April 2024, adopted the agenda;';
    expect(keys(text, 'Event:390th', 'operative', { ...GA })).toEqual(['Event:390th meeting of the Disarmament Commission']);
    const other = 'Welcomes the decision taken by the Committee on Information at its 12th meeting, on 1 April 2024, the day it opened;';
    expect(keys(other, 'Event:12th', 'operative', { ...GA })).toEqual(['Event:12th meeting of the Committee on Information']);
  });
});

describe('"its substantive session of 2024": a body\'s session numbered by its year printed after the noun', () => {
  it('A/RES/79/72 OP4: "adopted the agenda for its substantive session of 2024" is the Disarmament Commission\'s 2024 session', () => {
    const text =
      'Notes the fact that, in accordance with General Assembly decision 52/492, at its 390th meeting, on 1 April 2024, the Disarmament Commission adopted the agenda for its substantive session of 2024;';
    expect(keys(text, 'Event:2024', 'operative', { ...GA })).toEqual(['Event:2024 session of the Disarmament Commission']);
    expect(relations(text, 'operative', { ...GA })).toContain('NOTES Event:2024 session of the Disarmament Commission');
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text, 'operative', { ...GA })).toContain(`SESSION_OF Event:2024 session of the Disarmament Commission -> ${DC}`);
  });

  it('A/RES/79/72 OP10: "prior to the beginning of the substantive session of 2025 of the Disarmament Commission, ..., and in this regard encourages the Chair-designate to commence ... the substantive session of 2025"', () => {
    const text =
      'Invites Member States to submit their views and proposals on the matter early enough to enable practical consultations among them prior to the beginning of the substantive session of 2025 of the Disarmament Commission, with a view to facilitating its constructive outcome, and in this regard encourages the Chair-designate to commence consultations and preparations for the substantive session of 2025 in a timely manner upon his or her nomination;';
    const rels = relations(text, 'operative', { ...GA });
    expect(rels).toContain('INVITES Event:2025 session of the Disarmament Commission');
    expect(rels).toContain('ENCOURAGES Event:2025 session of the Disarmament Commission');
  });

  it('A/RES/78/119 OP: "the humanitarian affairs segment of the Economic and Social Council at its substantive session of 2023" is the Council\'s 2023 session', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/119', date: '2023-12-11' };
    const text = 'Welcomes the humanitarian affairs segment of the Economic and Social Council at its substantive session of 2023, and also welcomes the adoption of the resolution;';
    expect(keys(text, 'Event:2023', 'operative', ctx)).toEqual(['Event:2023 session of the Economic and Social Council']);
  });

  it('A/RES/79/72 OP8: "Requests the Disarmament Commission to hold a substantive session ... during 2025, namely from 7 to 25 April" is its 2025 session, dated', () => {
    const text =
      'Requests the Disarmament Commission to hold a substantive session for a period not exceeding three weeks during 2025, namely from 7 to 25 April, and an organizational session at the beginning of 2025 before the substantive session, to elect its Bureau;';
    const x = extract(text, 'operative', { ...GA });
    const session = x.mentions.find((m) => m.key === 'Event:2025 session of the Disarmament Commission');
    expect(session?.attrs).toMatchObject({ startDate: '2025-04-07', endDate: '2025-04-25' });
    expect(relations(text, 'operative', { ...GA })).toContain('REQUESTS Event:2025 session of the Disarmament Commission');
  });

  it('guard: "to hold a substantive session" of the Assembly is no session of another body', () => {
    const text = 'Requests the General Assembly to hold a substantive session during 2025;';
    expect(keys(text, 'Event:', 'operative', { ...GA })).toEqual([]);
  });

  it('guard: "its substantive session of 2025" with no body before it is not the Assembly\'s', () => {
    const text = 'Decides that the General Assembly will consider the matter at its substantive session of 2025;';
    expect(keys(text, 'Event:', 'operative', { ...GA })).toEqual([]);
  });
});

describe('"the Declaration" in a text whose title names a declaration stays that declaration', () => {
  const TITLE = 'Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples: eradicating colonialism in all its forms and manifestations';
  const GRANTING = 'Framework:Declaration on the Granting of Independence to Colonial Countries and Peoples';
  const FRIENDLY = 'Framework:Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations';
  const OP5 =
    'Reaffirms that the existence of colonialism in any form or manifestation is incompatible with the Charter of the United Nations, the Universal Declaration of Human Rights, the Declaration on the Granting of Independence to Colonial Countries and Peoples, the Declaration on the Establishment of a New International Economic Order and the Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations;';
  const OP8 =
    'Decides to advance discussions aimed at declaring 14 December, the day of the adoption of the Declaration, an annual International Day against Colonialism in All Its Forms and Manifestations;';

  it('A/RES/79/115 OP8: "14 December, the day of the adoption of the Declaration" after OP5 listed the Friendly Relations Declaration last', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/115', date: '2024-12-04', title: TITLE };
    extract(OP5, 'operative', ctx);
    expect(relations(OP8, 'operative', ctx)).toContain(`DECIDES ${GRANTING}`);
    expect(relations(OP8, 'operative', ctx)).not.toContain(`DECIDES ${FRIENDLY}`);
  });

  it('guard: with a title that names no declaration, "the Declaration" is the one named last', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/115', date: '2024-12-04', title: 'Eradicating colonialism in all its forms and manifestations' };
    extract(OP5, 'operative', ctx);
    expect(relations(OP8, 'operative', ctx)).toContain(`DECIDES ${FRIENDLY}`);
  });
});
