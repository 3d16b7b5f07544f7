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
  const SC_MEETING = 'Event:meeting of the Security Council on artificial intelligence: opportunities and risks for international peace and security @ 2023';

  it('A/RES/79/239 PP16: "noting also the meeting of the United Nations Security Council on artificial intelligence: opportunities and risks ..., held on 18 July 2023"', () => {
    const text =
      'Taking note also of the discussions currently taking place in the United Nations Disarmament Commission on recommendations on common understandings related to emerging technologies in the context of international security and in the Conference on Disarmament, and noting also the meeting of the United Nations Security Council on artificial intelligence: opportunities and risks for international peace and security, held on 18 July 2023,';
    expect(keys(text, 'Event:', 'preambular', { ...AI })).toEqual([SC_MEETING]);
    expect(relations(text, 'preambular', { ...AI })).toContain(`NOTES ${SC_MEETING}`);
    const a = attributions(text, 'preambular', { ...AI });
    expect(a).toContain(`ORGANIZES Organization:Security Council -> ${SC_MEETING}`);
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
    expect(keys(text, 'Event:', 'operative', { ...STI })).toEqual(['Event:meeting of the Human Rights Council @ 2023']);
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
