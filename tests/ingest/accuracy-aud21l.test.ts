// Misses found by the session-21 audit aud21l: A/RES/79/170 (the right to development), A/RES/80/74 (assistance in mine
// action), A/RES/78/57 (United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the
// Caribbean), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/170', date: '2024-12-17' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const subjectOf = (text: string, key: string): unknown => extract(text).mentions.find((m) => m.key === key)?.attrs?.subject;

describe('a resolution cited "on <subject>" keeps a comma inside a capitalised name', () => {
  it('A/RES/78/57 PP1: "on the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean"', () => {
    const PP1 =
      'Recalling its resolutions 41/60 J of 3 December 1986, 42/39 K of 30 November 1987 and 43/76 H of 7 December 1988 on the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean, with headquarters in Lima,';
    expect(subjectOf(PP1, 'Resolution:A/RES/43/76H')).toBe(
      'the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean',
    );
  });

  it('A/RES/79/207 OP1: "resolution 78/154 on the United Nations Convention to Combat Desertification ..., Particularly in Africa"', () => {
    const OP1 =
      'Takes note of the report of the Secretary-General on the implementation of resolution 78/154 on the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa;';
    expect(subjectOf(OP1, 'Resolution:A/RES/78/154')).toBe(
      'the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa',
    );
  });

  it('guard: a comma after a lowercase word still ends the subject ("on the right to development, and recalling ...")', () => {
    const text = 'Recalling its resolution 78/203 of 19 December 2023 on the right to development, Peace and Security and Development,';
    expect(subjectOf(text, 'Resolution:A/RES/78/203')).toBe('the right to development');
  });

  it('guard: a comma before a body\'s citation still ends the subject ("on the Regional Centre, General Assembly resolution ...")', () => {
    const text = 'Recalling its resolution 77/84 of 7 December 2022 on the Regional Centre, General Assembly resolution 76/60 and Council resolution 1540 (2004),';
    expect(subjectOf(text, 'Resolution:A/RES/77/84')).toBe('the Regional Centre');
  });
});
