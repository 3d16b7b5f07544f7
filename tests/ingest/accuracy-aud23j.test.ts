// Misses found by the session-23 audit aud23j: A/RES/79/287 (global health and foreign policy), A/RES/80/149 (middle-income
// countries), A/RES/80/124 (commodities), and the same forms in other texts. Each case quotes the file and paragraph; each fix
// has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/124', date: '2025-12-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a one-day, informal sitting printed in lower case is one sitting', () => {
  const PP11 =
    'Recalling also the holding of the one-day informal interactive dialogue on commodity markets in New York on 26 April 2024, from which resulted a summary that outlined the central messages and conclusions of the two interactive panels held during the dialogue,';
  const KEY = 'Event:informal interactive dialogue on commodity markets @ 2024';

  it('A/RES/80/124 PP11: "the one-day informal interactive dialogue on commodity markets in New York on 26 April 2024"', () => {
    expect(keys(PP11, 'Event:')).toEqual([KEY]);
    expect(relations(PP11)).toContain(`RECALLS ${KEY}`);
    expect(attributions(PP11)).toContain(`HELD_IN ${KEY} -> Place:New York`);
  });

  it('A/RES/78/138 PP: the dialogue of 31 March 2022 is another sitting', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/138', date: '2023-12-19' };
    const text = PP11.replace('26 April 2024', '31 March 2022');
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual(['Event:informal interactive dialogue on commodity markets @ 2022']);
  });

  it('guard: informal consultations are no sitting (A/RES/78/13 "informal consultations on the future work of the Committee")', () => {
    const text = 'Decides that informal consultations on the future work of the Committee shall be held in New York;';
    expect(keys(text, 'Event:', 'operative')).toEqual([]);
  });

  it('guard: an informal dialogue with nothing making it one sitting is none (A/RES/78/231 OP "an inclusive informal dialogue on all issues related to ...")', () => {
    const text =
      'Requests the Secretary-General to prepare a report, with a view to informing an inclusive informal dialogue on all issues related to financing for development;';
    expect(keys(text, 'Event:', 'operative')).toEqual([]);
  });

  it('guard: "the one-day high-level meeting on antimicrobial resistance to be convened by the President" keeps its key (A/RES/78/269 OP1)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/269', date: '2024-03-05' };
    const text =
      'Decides that the one-day high-level meeting on antimicrobial resistance to be convened by the President of the General Assembly shall be held at United Nations Headquarters in New York on 26 September 2024;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual(['Event:high-level meeting on antimicrobial resistance @ 2024']);
  });
});

describe('the WHO global strategy on digital health printed in lower case', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/287', date: '2025-04-29' };
  const KEY = 'Framework:Global Strategy on Digital Health';

  it('A/RES/79/287 PP23: "the World Health Organization global strategy on digital health 2020–2025"', () => {
    const text =
      'Acknowledging existing tools on digital health, such as the World Health Organization global strategy on digital health 2020–2025, which provides a framework for Member States to harness the potential of digital technologies,';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([KEY]);
    expect(relations(text, 'preambular', ctx)).toContain(`ACKNOWLEDGES ${KEY}`);
  });

  it('A/RES/79/287 OP20: "consider a possible extension of the global strategy on digital health"', () => {
    const text =
      'Invites the World Health Organization to review the implementation and consider a possible extension of the global strategy on digital health;';
    expect(relations(text, 'operative', ctx)).toContain(`INVITES ${KEY}`);
  });

  it('guard: national digital health strategies are no framework (A/RES/79/287 OP6)', () => {
    const text = 'Urges Member States to integrate digital health strategies into their national health promotion and disease prevention policies;';
    expect(keys(text, 'Framework:', 'operative', ctx)).toEqual([]);
  });
});

describe('"the <year> high-level political forum" is that year\'s sitting of the forum', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/149', date: '2025-12-15' };
  const OP19 =
    'Welcomes the convening by the President of the Economic and Social Council of a specific segment on accelerating achievement of the Sustainable Development Goals in middle-income countries during the 2025 high-level political forum on sustainable development, and encourages the upcoming presidencies of the Council to continue this good practice;';
  const KEY = 'Event:high-level political forum on sustainable development @ 2025';

  it('A/RES/80/149 OP19: "during the 2025 high-level political forum on sustainable development"', () => {
    expect(keys(OP19, 'Event:', 'operative', ctx)).toEqual([KEY]);
    expect(keys(OP19, 'Organization:high-level', 'operative', ctx)).toEqual([]);
    expect(relations(OP19, 'operative', ctx)).toContain(`WELCOMES ${KEY}`);
  });

  it('A/RES/80/186 PP: "the ministerial declaration adopted at the 2025 high-level political forum on sustainable development"', () => {
    const text =
      'Taking note also of the ministerial declaration adopted at the 2025 high-level political forum on sustainable development, which assessed, inter alia, the implementation of Sustainable Development Goal 5,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([KEY]);
  });

  it('guard: the forum itself stays the body (A/RES/79/226 "the high-level political forum on sustainable development")', () => {
    const text = 'Invites the high-level political forum on sustainable development to consider the findings of the report;';
    expect(keys(text, 'Organization:high-level', 'operative', ctx)).toEqual(['Organization:high-level political forum on sustainable development']);
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([]);
  });

  it('guard: a year before a body that is no forum is not read (A/RES/80/149 PP11 "the 2025 session of the Economic and Social Council")', () => {
    const text = 'Welcoming in this regard the discussions at the operational activities for development segment of the 2025 session of the Economic and Social Council,';
    // (the Council's segment of that session is a sitting of its own, part of it: accuracy-aud66t)
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([
      'Event:operational activities for development segment of the 2025 session of the Economic and Social Council',
      'Event:2025 session of the Economic and Social Council',
    ]);
  });
});

describe('"the 2023 high-level meetings of the General Assembly on A, on B and on C" are three sittings of that year', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/287', date: '2025-04-29' };
  const KEYS = [
    'Event:high-level meeting on pandemic prevention, preparedness and response @ 2023',
    'Event:high-level meeting on universal health coverage @ 2023',
    'Event:high-level meeting on the fight against tuberculosis @ 2023',
  ];

  it('A/RES/79/287 PP9: "Welcoming also the organization of the 2023 high-level meetings ... and the 2024 high-level meeting ..."', () => {
    const text =
      'Welcoming also the organization of the 2023 high-level meetings of the General Assembly on pandemic prevention, preparedness and response, on universal health coverage and on the fight against tuberculosis and the 2024 high-level meeting of the General Assembly on antimicrobial resistance, and recalling their political declarations,';
    const events = keys(text, 'Event:', 'preambular', ctx);
    for (const k of KEYS) expect(events).toContain(k);
    expect(events.filter((k) => k.includes('antimicrobial'))).toHaveLength(1);
    for (const k of KEYS) expect(relations(text, 'preambular', ctx)).toContain(`WELCOMES ${k}`);
  });

  it('A/RES/78/269 PP: "..., and on the fight against tuberculosis and the adoption of the three political declarations"', () => {
    const text =
      'Recalling the organization of the 2023 high-level meetings of the General Assembly on pandemic prevention, preparedness and response, on universal health coverage, and on the fight against tuberculosis and the adoption of the three political declarations,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual(KEYS);
  });

  it('guard: with no year printed the meetings are of several years and none is read (A/RES/78/4 annex 5)', () => {
    const text =
      'Recalling the high-level meetings of the General Assembly on HIV and AIDS, on tackling antimicrobial resistance, on ending tuberculosis, and on improving global road safety,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([]);
  });
});
