// Events: summits, conferences, sessions, meetings, forums, days, weeks, decades, dialogues, with
// dates and venues read from the words that follow them.
import { describe, expect, it } from 'vitest';
import { findEvents, eventKey } from '../../ingest/recognize/events.js';
import type { EntityMention, RecognizeContext } from '../../ingest/models.js';

const events = (text: string, ctx: RecognizeContext = {}): EntityMention[] => findEvents(text, ctx);
const one = (text: string, ctx: RecognizeContext = {}): EntityMention => {
  const found = events(text, ctx);
  expect(found.length).toBeGreaterThan(0);
  return found[0]!;
};

describe('findEvents: dated events with venues (seed sentences)', () => {
  it('IGF meeting organized in Riyadh from 15 to 19 December 2024 (OP94)', () => {
    const m = one('Notes the holding of the nineteenth meeting of the Internet Governance Forum, organized in Riyadh from 15 to 19 December 2024, under the theme');
    expect(m).toMatchObject({
      key: 'Event:nineteenth meeting of the Internet Governance Forum',
      phrase: 'nineteenth meeting of the Internet Governance Forum',
      attrs: { eventKind: 'meeting', startDate: '2024-12-15', endDate: '2024-12-19', location: 'Riyadh' },
    });
  });

  it('World Radiocommunication Conference convened by ITU in Dubai (OP56)', () => {
    const m = one('Also recalls the holding of the World Radiocommunication Conference, convened by the International Telecommunication Union in Dubai, United Arab Emirates, from 20 November to 15 December 2023;');
    expect(m.key).toBe('Event:World Radiocommunication Conference @ 2023');
    expect(m.attrs).toMatchObject({ eventKind: 'conference', startDate: '2023-11-20', endDate: '2023-12-15', location: 'Dubai' });
  });

  it('Plenipotentiary Conference in Bucharest: the venue is not part of the name (OP54)', () => {
    const m = one('including, in particular, the holding of its Plenipotentiary Conference in Bucharest from 26 September to 14 October 2022, at which');
    expect(m.phrase).toBe('Plenipotentiary Conference');
    expect(m.attrs).toMatchObject({ startDate: '2022-09-26', endDate: '2022-10-14', location: 'Bucharest' });
  });

  it('session of a commission held from 7 to 11 April 2025 (OP122)', () => {
    const m = one('during the twenty-eighth session of the Commission on Science and Technology for Development, held from 7 to 11 April 2025, and');
    expect(m).toMatchObject({
      key: 'Event:twenty-eighth session of the Commission on Science and Technology for Development',
      attrs: { eventKind: 'session', startDate: '2025-04-07', endDate: '2025-04-11' },
    });
  });

  it('Habitat III, held in Quito, Ecuador, from 17 to 20 October 2016', () => {
    const m = one('the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito, Ecuador, from 17 to 20 October 2016');
    expect(m.key).toBe('Event:United Nations Conference on Housing and Sustainable Urban Development @ 2016');
    expect(m.attrs).toMatchObject({ eventKind: 'conference', startDate: '2016-10-17', location: 'Quito' });
    expect(events('the outcome of Habitat III').map((e) => e.key)).toEqual([m.key]);
  });

  it('a single-day event: convened in New Delhi on 14 October 2024 (OP57)', () => {
    const m = one('the holding of the Global Standards Symposium, convened in New Delhi on 14 October 2024 by the International Telecommunication Union;');
    expect(m.attrs).toMatchObject({ startDate: '2024-10-14', location: 'New Delhi' });
    expect(m.attrs.endDate).toBeUndefined();
  });

  it('WSIS+20 High-level Event 2025 in Geneva, from 7 to 11 July 2025 (OP77)', () => {
    const m = one('looks forward to the holding of the WSIS+20 High-level Event 2025 in Geneva, from 7 to 11 July 2025, and');
    // (aud29i: the "WSIS+20 Forum High-level Event" of 2025 of A/RES/79/277 PP8 and 80/118 PP27, one node)
    expect(m).toMatchObject({ key: 'Event:WSIS+20 Forum High-level Event @ 2025', attrs: { startDate: '2025-07-07', endDate: '2025-07-11', location: 'Geneva' } });
  });

  it('the WSIS+20 Forum High-level Event 2024 swallows the WSIS name inside it', () => {
    const found = events('Notes the holding of the World Summit on the Information Society (WSIS)+20 Forum High-level Event 2024, hosted by the International Telecommunication Union');
    expect(found.map((e) => e.key)).toEqual(['Event:WSIS+20 Forum High-level Event @ 2024']);
  });
});

describe('findEvents: names, kinds and identity', () => {
  it.each([
    ['Welcomes the holding of World Press Freedom Day, celebrated annually on 3 May', 'Event:World Press Freedom Day', 'day'],
    ['International Girls in ICT Day (International Telecommunication Union)', 'Event:International Girls in ICT Day', 'day'],
    ['further welcomes the holding of Global Media and Information Literacy Week, from 24 to 31 October each year', 'Event:Global Media and Information Literacy Week', 'week'],
    ['the global conference to commemorate the International Day for Universal Access to Information', 'Event:International Day for Universal Access to Information', 'day'],
    ['Recalling the outcome documents of the World Summit on the Information Society,', 'Event:World Summit on the Information Society', 'summit'],
    ['We commit to the Global Dialogue on Artificial Intelligence Governance', 'Event:Global Dialogue on Artificial Intelligence Governance', 'dialogue'],
    ['the Addis Ababa Action Agenda of the Third International Conference on Financing for Development and', 'Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development', undefined],
    ['the outcome of the Fourth International Conference on Financing for Development, held in Sevilla', 'Event:Fourth International Conference on Financing for Development', 'conference'],
    ['Heads of State gathered at the Summit of the Future', 'Event:Summit of the Future @ 2024', 'summit'],
    ['Proclaims 2025 the International Year of Quantum Science and Technology', 'Event:International Year of Quantum Science and Technology @ 2025', 'year'],
  ])('%s', (text, key, kind) => {
    const found = events(text);
    if (kind === undefined) {
      expect(found.map((e) => e.key)).not.toContain(key.replace('Framework:', 'Event:'));
      return;
    }
    expect(found[0]).toMatchObject({ key, attrs: { eventKind: kind } });
  });

  it('days celebrated annually take no date from "on 17 May"', () => {
    const m = one('World Telecommunication and Information Society Day, celebrated annually on 17 May and led by the International Telecommunication Union');
    expect(m.key).toBe('Event:World Telecommunication and Information Society Day');
    expect(m.attrs.startDate).toBeUndefined();
  });

  it('a decade takes its years from "(2022–2032)"', () => {
    const m = one('in the context of the United Nations Educational, Scientific and Cultural Organization International Decade of Indigenous Languages (2022–2032);');
    expect(m).toMatchObject({ key: 'Event:International Decade of Indigenous Languages', attrs: { eventKind: 'decade', startDate: '2022', endDate: '2032' } });
  });

  it('the WSIS Forum series and its 2025 edition are distinct, each with one key', () => {
    expect(one('the annual WSIS Forum').key).toBe('Event:World Summit on the Information Society Forum');
    expect(one('called for the World Summit on the Information Society Forum to be held annually').key).toBe('Event:World Summit on the Information Society Forum');
    expect(one('participate in the WSIS Forum 2025').key).toBe('Event:World Summit on the Information Society Forum @ 2025');
  });

  it('"the World Summit" and "WSIS" are the World Summit on the Information Society once it was named', () => {
    const ctx: RecognizeContext = {};
    events('Recalling the outcome documents of the World Summit on the Information Society,', ctx);
    // (aud29i: "the 10-year review of the World Summit" is the overall review of 2015, its own node)
    expect(events('the vision of the 10-year review of the World Summit beyond 2015', ctx).map((e) => [e.phrase, e.key])).toEqual([
      ['10-year review of the World Summit', 'Event:high-level meeting on the overall review of the implementation of the outcomes of the World Summit on the Information Society @ 2015'],
    ]);
    expect(events('the outcomes of the World Summit', ctx).map((e) => [e.phrase, e.key])).toEqual([['World Summit', 'Event:World Summit on the Information Society']]);
    expect(events('World Summit action line facilitators', ctx).map((e) => e.key)).toEqual(['Event:World Summit on the Information Society']);
    expect(events('the WSIS process', ctx).map((e) => e.key)).toEqual(['Event:World Summit on the Information Society']);
  });

  it('the high-level meeting on the WSIS review is one node however it is printed (PP and OP118)', () => {
    const ctx: RecognizeContext = {};
    const a = events('entitled “Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society”', ctx);
    const b = events('Looks forward to the General Assembly high-level meeting on the overall review of the implementation of the outcomes of the World Summit, to be held in New York', ctx);
    const meetingA = a.find((e) => e.attrs.eventKind === 'meeting')!;
    const meetingB = b.find((e) => e.attrs.eventKind === 'meeting')!;
    expect(meetingA.key).toBe(
      'Event:high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society',
    );
    expect(meetingB.name).toBe(meetingA.name);
  });

  it('"its twenty-eighth session" is the session of the body named before it (OP121)', () => {
    const ctx: RecognizeContext = { body: 'Economic and Social Council' };
    const found = events('in which the Council requested the Commission on Science and Technology for Development to collect inputs and to organize, during its twenty-eighth session, in 2025, substantive discussions', ctx);
    expect(found.map((e) => e.key)).toEqual(['Event:twenty-eighth session of the Commission on Science and Technology for Development']);
  });

  it('"its eightieth session" in a GA text is a session of the General Assembly', () => {
    const found = events('Decides to include in the provisional agenda of its eightieth session the item entitled', { body: 'General Assembly' });
    expect(found.map((e) => [e.phrase, e.key])).toEqual([['eightieth session', 'Event:eightieth session of the General Assembly']]);
  });

  it('a one-off event keeps the start date learnt earlier in the resolution', () => {
    const ctx: RecognizeContext = {};
    events('the holding of the World Telecommunication Development Conference, organized by the International Telecommunication Union in Kigali from 6 to 16 June 2022', ctx);
    expect(one('the outcomes of the World Telecommunication Development Conference', ctx).key).toBe('Event:World Telecommunication Development Conference @ 2022');
  });

  it('eventKey: name + start year, no date for numbered editions', () => {
    expect(eventKey('World Radiocommunication Conference', '2023-11-20')).toBe('Event:World Radiocommunication Conference @ 2023');
    expect(eventKey('twentieth meeting of the Internet Governance Forum', '2025-06-23')).toBe('Event:twentieth meeting of the Internet Governance Forum');
    expect(eventKey('World Press Freedom Day')).toBe('Event:World Press Freedom Day');
  });

  it.each([
    'Recalling its resolution 2006/46 of 28 July 2006 on the follow-up to the World Summit',
    'the Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 49',
    'the meeting was productive',
  ])('no event in "%s"', (text) => {
    expect(events(text).map((e) => e.key)).toEqual([]);
  });
});
