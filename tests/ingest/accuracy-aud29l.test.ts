// Misses found by the session-29 audit aud29l: A/RES/79/310 (Western Sahara mission), 78/302 and 79/305 (Kosovo mission),
// 78/309 (support office in Somalia), the Fifth Committee's financing resolutions. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/302', date: '2024-06-28' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('the European Union Rule of Law Mission in Kosovo is one body', () => {
  const EULEX = 'Organization:European Union Rule of Law Mission in Kosovo';

  it('A/RES/78/302 PP7 (and 79/305 PP7): "Mindful also of the need to ensure coordination and cooperation with the European Union Rule of Law Mission in Kosovo"', () => {
    const text = 'Mindful also of the need to ensure coordination and cooperation with the European Union Rule of Law Mission in Kosovo,';
    expect(keys(text, 'Organization:', 'preambular', { ...GA })).toEqual([EULEX]);
    expect(keys(text, 'Place:', 'preambular', { ...GA })).toEqual([]);
  });

  it('its acronym is the same node', () => {
    expect(relations('Welcomes the cooperation of EULEX;', 'operative', { ...GA })).toEqual([`WELCOMES ${EULEX}`]);
  });

  it('guard: the Union and Kosovo named apart stay the Union and a place', () => {
    const text = 'Welcomes the support of the European Union to the rule of law in Kosovo;';
    expect(keys(text, 'Organization:', 'operative', { ...GA })).toEqual(['Organization:European Union']);
    expect(keys(text, 'Place:', 'operative', { ...GA })).toEqual(['Place:Kosovo']);
  });
});
