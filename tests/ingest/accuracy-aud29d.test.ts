// Misses found by the session-29 audit aud29d: A/RES/78/160 (science, technology and innovation for sustainable development)
// and A/RES/79/239 (artificial intelligence in the military domain), and the same forms in other texts. Each case quotes the
// file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const STI: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/160', date: '2023-12-19' };
const AI: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/239', date: '2024-12-24' };

const { keys, relations, attributions } = oneParagraph({ ctx: STI, kind: 'preambular' });

describe("a body's meeting on a topic, dated", () => {
  // (keyed by its day since aud36b: a body meets on one topic more than once a year, A/RES/80/58 PP16)
  const SC_MEETING = 'Event:meeting of the Security Council on artificial intelligence: opportunities and risks for international peace and security @ 2023-07-18';

  it('A/RES/79/239 PP16: "noting also the meeting of the United Nations Security Council on artificial intelligence: opportunities and risks ..., held on 18 July 2023"', () => {
    const text =
      'Taking note also of the discussions currently taking place in the United Nations Disarmament Commission on recommendations on common understandings related to emerging technologies in the context of international security and in the Conference on Disarmament, and noting also the meeting of the United Nations Security Council on artificial intelligence: opportunities and risks for international peace and security, held on 18 July 2023,';
    expect(keys(text, 'Event:', 'preambular', { ...AI })).toEqual([SC_MEETING]);
    expect(relations(text, 'preambular', { ...AI })).toContain(`NOTES ${SC_MEETING}`);
    const a = attributions(text, 'preambular', { ...AI });
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(a).toContain(`SESSION_OF ${SC_MEETING} -> Organization:Security Council`);
    expect(a).toContain(`STARTS_ON ${SC_MEETING} -> Date:2023-07-18`);
  });

  it('A/RES/79/192 PP6: "Noting the first informal meeting of the Third Committee on working methods, held on 2 May 2024"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/192', date: '2024-12-17' };
    const text = 'Noting the first informal meeting of the Third Committee on working methods, held on 2 May 2024, in line with resolution 77/335,';
    const meeting = 'Event:first informal meeting of the Third Committee on working methods';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([meeting]);
    expect(relations(text, 'preambular', { ...ctx })).toContain(`NOTES ${meeting}`);
    expect(attributions(text, 'preambular', { ...ctx })).toContain(`STARTS_ON ${meeting} -> Date:2024-05-02`);
  });

  it('guard: a body\'s meeting "on" a topic that nothing makes one sitting stays unnamed', () => {
    const text = 'Encourages the meeting of the Security Council on artificial intelligence to consider the matter further;';
    expect(keys(text, 'Event:', 'operative', { ...AI })).toEqual([]);
    expect(relations(text, 'operative', { ...AI })).toContain('ENCOURAGES Organization:Security Council');
  });

  it('guard: "the meeting of the <body>, held in <place> on <date>" reads as before (A/RES/78/207 form)', () => {
    const text = 'Takes note with appreciation of the meeting of the Human Rights Council, held in Geneva on 12 June 2023;';
    // (a body's meeting keyed by its day since aud36b)
    expect(keys(text, 'Event:', 'operative', { ...STI })).toEqual(['Event:meeting of the Human Rights Council @ 2023-06-12']);
  });
});

describe('a debate convened at a session of the Assembly takes the day printed after the session', () => {
  const DEBATE = 'Event:high-level thematic debate on digital cooperation and connectivity @ 2021';

  it('A/RES/78/160 PP16: "the high-level thematic debate on digital cooperation and connectivity convened by the President of the General Assembly at its seventy-fifth session on 27 April 2021"', () => {
    const text =
      'Taking note of the June 2019 report of the Secretary-General’s High-level Panel on Digital Cooperation entitled “The age of digital interdependence”, and the May 2020 report of the Secretary-General entitled “Road map for digital cooperation”, and of the high-level thematic debate on digital cooperation and connectivity convened by the President of the General Assembly at its seventy-fifth session on 27 April 2021, as well as the establishment of the Office of the Secretary-General’s Envoy on Technology,';
    expect(keys(text, 'Event:high-level', 'preambular', { ...STI })).toEqual([DEBATE]);
    const a = attributions(text, 'preambular', { ...STI });
    expect(a).toContain(`STARTS_ON ${DEBATE} -> Date:2021-04-27`);
    expect(a).toContain(`ORGANIZES Organization:President of the General Assembly -> ${DEBATE}`);
    // the session takes no day of its own
    expect(a.filter((x) => x.startsWith('STARTS_ON Event:seventy-fifth'))).toEqual([]);
  });

  it('guard: a Year named before a session of the Assembly does not take a day printed after the session', () => {
    const text = 'Recalling the International Year of Creative Economy for Sustainable Development, 2021, and the debate held at its seventy-fifth session on 27 April 2021,';
    expect(attributions(text, 'preambular', { ...STI }).filter((x) => x.startsWith('STARTS_ON Event:International Year') && x.endsWith('2021-04-27'))).toEqual([]);
  });
});

describe('the multi-stakeholder forum on science, technology and innovation printed in the plural', () => {
  const FORUM = 'Organization:multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals';
  const sitting = (ordinal: string) => `Event:${ordinal} multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals`;

  it('A/RES/78/160 PP42: "the convening of the first to eighth annual multi-stakeholder forums on ..." names the range\'s ends', () => {
    const text =
      'Welcoming the convening of the first to eighth annual multi-stakeholder forums on science, technology and innovation for the Sustainable Development Goals, noting with appreciation the ongoing work of the United Nations inter-agency task team on science, technology and innovation for the Sustainable Development Goals,';
    expect(keys(text, 'Event:', 'preambular', { ...STI })).toEqual([sitting('first'), sitting('eighth')]);
    const r = relations(text, 'preambular', { ...STI });
    expect(r).toContain(`WELCOMES ${sitting('first')}`);
    expect(r).toContain(`WELCOMES ${sitting('eighth')}`);
    // the goals are a word of the forum's name, not a target of their own
    expect(r).not.toContain('WELCOMES Framework:Sustainable Development Goals');
  });

  it('A/RES/80/147 PP53: "the first to tenth annual multi-stakeholder forums" (the ends take no venue or dates)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/147', date: '2025-12-15' };
    const text = 'Welcoming the convening of the first to tenth annual multi-stakeholder forums on science, technology and innovation for the Sustainable Development Goals, held in New York,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([sitting('first'), sitting('tenth')]);
    expect(attributions(text, 'preambular', { ...ctx }).filter((x) => x.startsWith('HELD_IN') || x.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('A/RES/79/334 PP8: "the convening of the annual multi-stakeholder forums on ..." is the forum', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/334', date: '2025-07-29' };
    const text =
      'Noting with appreciation the convening of the annual multi-stakeholder forums on science, technology and innovation for the Sustainable Development Goals, as well as the ongoing work of the United Nations inter-agency task team,';
    expect(keys(text, FORUM, 'preambular', ctx)).toEqual([FORUM]);
    expect(relations(text, 'preambular', { ...ctx })).toContain(`NOTES ${FORUM}`);
  });

  it('guard: "the eighth multi-stakeholder forum ..." stays the one sitting (A/RES/78/160 OP13)', () => {
    const text =
      'Welcomes the support by the Department of Economic and Social Affairs of the Secretariat and the Economic Commission for Africa for the establishment of the Coalition on Science, Technology, and Innovation for Africa’s Development during the eighth multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals;';
    expect(keys(text, 'Event:', 'operative', { ...STI })).toEqual([sitting('eighth')]);
  });
});

describe("the African Union's 10-year implementation plans of Agenda 2063", () => {
  const FIRST = 'Framework:First Ten-Year Implementation Plan of Agenda 2063';
  const SECOND = 'Framework:Second Ten-Year Implementation Plan of Agenda 2063';

  it('A/RES/78/172 PP10: "Agenda 2063 of the African Union, as well as its first 10-year implementation plan (2014–2023)"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/172', date: '2023-12-19' };
    const text =
      'Recalling also the importance of supporting the realization of Agenda 2063 of the African Union, as well as its first 10-year implementation plan (2014–2023), as a strategic framework for ensuring a positive socioeconomic transformation in Africa within the next 50 years,';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual(['Framework:Agenda 2063: The Africa We Want', FIRST]);
    expect(relations(text, 'preambular', { ...ctx })).toContain(`RECALLS ${FIRST}`);
  });

  it('A/RES/79/329 OP23: "Welcomes the recent adoption of the second 10-year implementation plan (2024–2033) of Agenda 2063"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/329', date: '2025-06-23' };
    const text = 'Welcomes the recent adoption of the second 10-year implementation plan (2024–2033) of Agenda 2063, urges the international community to support its implementation;';
    expect(keys(text, SECOND, 'operative', ctx)).toEqual([SECOND]);
    expect(relations(text, 'operative', { ...ctx })).toContain(`WELCOMES ${SECOND}`);
  });

  it('guard: a 10-year implementation plan in a paragraph that names no Agenda 2063 stays unnamed', () => {
    const text = 'Encourages Member States to adopt a first 10-year implementation plan for their national strategies;';
    expect(keys(text, 'Framework:', 'operative', { ...STI })).toEqual([]);
  });
});
