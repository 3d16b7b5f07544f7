// Misses found by the session-30 audit aud30l: A/RES/79/104 (question of French Polynesia) and A/RES/78/176 (thirtieth
// anniversary of the International Year of the Family), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/104', date: '2024-12-04' };

const { keys, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('"the forty-seventh Pacific Islands Forum": a standing body\'s numbered sitting is held by that body', () => {
  const PIF = 'Organization:Pacific Islands Forum';

  it('A/RES/79/104 PP17 (78/91, 80/95, 80/98, 78/94, 79/107): "at the forty-seventh Pacific Islands Forum, convened in Pohnpei"', () => {
    const text =
      'Recalling the admission of French Polynesia as a full member of the Pacific Islands Forum at the forty-seventh Pacific Islands Forum, convened in Pohnpei, Federated States of Micronesia, from 8 to 10 September 2016,';
    const a = attributions(text, 'preambular');
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(a).toContain(`SESSION_OF Event:Forty-seventh Pacific Islands Forum -> ${PIF}`);
    expect(a).toContain('HELD_IN Event:Forty-seventh Pacific Islands Forum -> Place:Pohnpei');
  });

  it('A/RES/78/319 PP11 form (78/69 OP340, 79/144 OP360): "at the fifty-first Pacific Islands Forum of a declaration"', () => {
    const text =
      'Noting the endorsement by the Pacific Islands Forum leaders on 6 August 2021 at the fifty-first Pacific Islands Forum of a declaration on preserving maritime zones in the face of climate change-related sea-level rise,';
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text, 'preambular')).toContain(`SESSION_OF Event:Fifty-first Pacific Islands Forum -> ${PIF}`);
  });

  it('A/RES/78/231 OP18 form: "the eighth multi-stakeholder forum on science, technology and innovation ..." is the forum\'s sitting', () => {
    const text =
      'Welcomes the convening of the eighth multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals, held in New York on 3 and 4 May 2023;';
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text, 'operative')).toContain(
      'SESSION_OF Event:eighth multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals -> Organization:multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals',
    );
  });

  it('guard: an ordinal before an event\'s own name is no body\'s sitting ("the second Global Refugee Forum")', () => {
    const text = 'Welcoming the second Global Refugee Forum, held in Geneva from 13 to 15 December 2023,';
    expect(keys(text, 'Event:', 'preambular').some((k) => k.includes('Global Refugee Forum'))).toBe(true);
    expect(attributions(text, 'preambular').filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });

  it('guard: the body named with no ordinal is the body, and holds nothing ("a full member of the Pacific Islands Forum")', () => {
    const text = 'Recalling the admission of French Polynesia as a full member of the Pacific Islands Forum,';
    expect(keys(text, 'Event:', 'preambular')).toEqual([]);
    expect(attributions(text, 'preambular')).toEqual([]);
  });
});
