// WSIS action lines C1..C11: by code with evidence, by long name, C7 e-applications; keyed by code.
import { describe, expect, it } from 'vitest';
import { findActionLines } from '../../ingest/recognize/actionLines.js';
import { ACTION_LINES } from '../../ingest/gazetteer/actionLines.js';

const codes = (text: string): string[] => findActionLines(text, {}).map((m) => m.attrs.code as string);

describe('findActionLines', () => {
  it('"action line C5" is ActionLine:C5 with its name and facilitator', () => {
    const [m] = findActionLines('under action line C5 on building confidence and security', {});
    expect(m).toMatchObject({
      key: 'ActionLine:C5',
      name: 'C5 Building confidence and security in the use of ICTs',
      phrase: 'C5',
      attrs: { code: 'C5', facilitators: ['International Telecommunication Union'] },
    });
  });

  it.each([
    ['the facilitators of action lines C1, C3 and C7', ['C1', 'C3', 'C7']],
    ['action lines C1 to C4 of the Geneva Plan of Action', ['C1', 'C2', 'C3', 'C4']],
    ['the action line on access to information and knowledge (C3)', ['C3']],
    ['C3 Access to information and knowledge', ['C3']],
    ['C8: Cultural diversity and identity, linguistic diversity and local content', ['C8']],
    ['Building confidence and security in the use of ICTs remains a priority', ['C5']],
    ['the e-health action line facilitated by the World Health Organization', ['C7 E-health']],
    ['action line C7 (e-agriculture)', ['C7', 'C7 E-agriculture']],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('the printed name after a code is part of the span', () => {
    const text = 'C3 Access to information and knowledge;';
    const [m] = findActionLines(text, {});
    expect(text.slice(m!.start, m!.end)).toBe('C3 Access to information and knowledge');
  });

  it.each([
    'encourages all action line facilitators to continue to work towards implementation of the action lines',
    'see annex C5 of the report',
    'capacity-building and an enabling environment are essential',
    'the media and information literacy of users',
  ])('no specific action line in "%s"', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it('the gazetteer lists C1..C11 with lead facilitators', () => {
    expect(ACTION_LINES.map((a) => a.code)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11']);
    expect(ACTION_LINES.every((a) => a.facilitators.length > 0)).toBe(true);
  });
});
