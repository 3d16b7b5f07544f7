// Misses found by the session-20 audit aud20e of early Security Council resolutions (S/RES/1 (1946), 82 (1950), 242 (1967),
// 338 (1973), 598 (1987), 660 (1990), 678 (1990)), and the same forms in other texts. Each case quotes the file named;
// each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { paragraphIds, segmentLines } from '../helpers/segment-lines.js';

const SC: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/242(1967)', date: '1967-11-22' };
const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/219', date: '2023-12-19' };

const { keys, relations } = oneParagraph({ ctx: SC, kind: 'operative' });

describe('a post printed bare ("a Special Representative") is no body of its own', () => {
  it('S/RES/242 (1967) OP3: "Requests the Secretary-General to designate a Special Representative to proceed to the Middle East"', () => {
    const text =
      'Requests the Secretary-General to designate a Special Representative to proceed to the Middle East to establish and maintain contacts with the States concerned in order to promote agreement and assist efforts to achieve a peaceful and accepted settlement in accordance with the provisions and principles in this resolution ;';
    expect(keys(text, 'Organization:Special')).toEqual([]);
    expect(relations(text).filter((r) => r.includes('Special'))).toEqual([]);
  });

  it('A/RES/79/136 PP7: "its Offices of the Special Representative at the United Nations" (INTERPOL\'s)', () => {
    const text =
      'Acknowledging the General Secretariat of INTERPOL, consisting of its seat in Lyon, France, its Global Complex for Innovation located in Singapore, its regional bureaux and liaison offices around the world and its Offices of the Special Representative at the United Nations, the European Union and the African Union,';
    expect(keys(text, 'Organization:Special', 'preambular', { ...GA, symbol: 'A/RES/79/136' })).toEqual([]);
  });

  it('guard: "the Special Envoy" after "the Special Envoy of the Secretary-General on Myanmar" is that envoy (A/RES/78/219 PP11)', () => {
    const text =
      'Underlining the importance of the mandate of the Special Envoy of the Secretary-General on Myanmar, and encouraging the Secretary-General to appoint a new Special Envoy without delay, to continue the work, engagement and inclusive dialogue with all relevant stakeholders, including civil society and affected populations, in particular women and youth, and urging the Myanmar military and all Member States to extend full cooperation with the Special Envoy,';
    const ks = keys(text, 'Organization:Special', 'preambular', GA);
    expect(ks.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ks)).toEqual(new Set(['Organization:Special Envoy of the Secretary-General on Myanmar']));
    expect(relations(text, 'preambular', GA)).toContain('URGES Organization:Special Envoy of the Secretary-General on Myanmar');
  });
});

describe('a part numeral alone ("I") after a clause ending "; and" opens a part; the clause is an operative paragraph', () => {
  // S/RES/82 (1950): the first operative paragraph, unnumbered, ends "; and" and the part numeral "I" follows
  const lines = [
    '82 (1950). Resolution of 25 June 1950',
    '',
    'The Security Council,',
    '',
    'Noting with grave concern the armed attack on the',
    'Republic of Korea by forces from North Korea,',
    '',
    'Determines that this action constitutes a breach of the',
    'peace; and',
    '',
    'I',
    '',
    'Calls for the immediate cessation of hostilities ;',
    '',
    'Calls upon the authorities in North Korea to withdraw',
    'forthwith their armed forces to the 38th parallel;',
    '',
    'II',
    '',
    'Requests the United Nations Commission on Korea:',
  ];

  it('S/RES/82 (1950): "Determines ... peace; and" is OP1, "I" heads OP2 and OP3, "II" heads OP4', () => {
    const [r] = segmentLines(lines, 'S_RES_0082_1950.txt');
    expect(paragraphIds(r!)).toBe('PP1 OP1 OP2 OP3 OP4');
    const [op1, op2, op3, op4] = r!.paragraphs.slice(1);
    expect(op1!.text).toBe('Determines that this action constitutes a breach of the peace; and');
    expect(op1!.heading).toBeUndefined();
    expect(op2!.heading).toBe('I');
    expect(op3!.heading).toBe('I');
    expect(op4!.heading).toBe('II');
  });

  it('guard: a sentence broken after "and" at a page break still joins its next line', () => {
    const [r] = segmentLines(
      [
        'The Security Council,',
        '',
        'Recalling its resolutions 660 (1990) and',
        '',
        'International Court of Justice opinions,',
        '',
        '1. Decides to remain seized of the matter.',
      ],
      'S_RES_0999_1990.txt',
    );
    expect(paragraphIds(r!)).toBe('PP1 OP1');
    expect(r!.paragraphs[0]!.text).toBe('Recalling its resolutions 660 (1990) and International Court of Justice opinions,');
  });

  it('guard: a short heading with no clause end stays a heading ("B" then "Small Territories")', () => {
    const [r] = segmentLines(
      ['The General Assembly,', '', 'Recalling its resolution 79/1,', '', '1. Decides to remain seized of the matter;', '', 'B', '', 'Small Territories', '', '2. Requests the Secretary-General to report;'],
      'A_RES_99_1.txt',
    );
    expect(paragraphIds(r!)).toBe('PP1 OP1 OP2');
    expect(r!.paragraphs[2]!.heading).toContain('B');
  });
});
