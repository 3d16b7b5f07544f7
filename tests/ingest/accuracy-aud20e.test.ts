// Misses found by the session-20 audit aud20e of early Security Council resolutions (S/RES/1 (1946), 82 (1950), 242 (1967),
// 338 (1973), 598 (1987), 660 (1990), 678 (1990)), and the same forms in other texts. Each case quotes the file named;
// each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
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

describe('footnotes printed after the meeting line, with no rule above them (the Security Council\'s yearly volumes)', () => {
  // S/RES/82 (1950): PP2 prints the mark "in its report 9 menaces"; the footnotes follow "Adopted at the 473rd meeting ..."
  const lines = [
    '82 (1950). Resolution of 25 June 1950',
    '[S/1501]',
    '',
    'The Security Council,',
    '',
    'Mindful of the concern expressed that the situation described by',
    'the United Nations Commission on Korea in its report 9',
    'menaces the safety and well-being of the Republic of',
    'Korea and of the people of Korea,',
    '',
    'Calls upon all Member States to render every assistance',
    'to the United Nations in the execution of this resolution.',
    '',
    'Adopted at the 473rd_ meeting',
    'by 9 votes to none, with 1',
    'abstention ( Yugoslavia ). 10',
    '',
    '9 See Official Records of the Security Council, Fifth Year, No. 15,',
    '473rd_ meeting, p. 2, footnote 2 (document S/1496, incorporating',
    'S/1496/Corr.1).',
    '10 One member (Union of Soviet Socialist Republics) was absent.',
  ];

  it('S/RES/82 (1950) footnote 9 goes on PP2, whose mark it is, and names document S/1496', () => {
    const [r] = segmentLines(lines, 'S_RES_0082_1950.txt');
    expect(paragraphIds(r!)).toBe('PP1 OP1');
    const refs = r!.paragraphs[0]!.footnoteRefs;
    expect(refs.map((f) => f.footnote?.text)).toEqual([
      'See Official Records of the Security Council, Fifth Year, No. 15, 473rd_ meeting, p. 2, footnote 2 (document S/1496, incorporating S/1496/Corr.1).',
    ]);
    const ctx: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/82(1950)', date: '1950-06-25' };
    const x = extractParagraph(r!.paragraphs[0]!, ctx);
    const ks = x.mentions.map((m) => m.key);
    expect(ks).toContain('Document:S/1496');
    // the Council's year of sittings is no event, the publication's body not the Council acting
    expect(ks.filter((k) => k.startsWith('Event:') || k === 'Organization:Security Council')).toEqual([]);
  });

  it('guard: "12 votes to 2 (Cuba and Yemen)" on the meeting line is no footnote (S/RES/678 (1990))', () => {
    const [r] = segmentLines(
      [
        'Resolution 678 (1990)',
        'of 29 November 1990',
        '',
        'The Security Council,',
        '',
        'Recalling and reaffirming its resolutions 660 (1990) of',
        '2 August 1990, 661 (1990) of 6 August 1990,',
        '',
        '5. Decides to remain seized of the matter.',
        '',
        'Adopted at the 2963rd meeting by',
        '12 votes to 2 (Cuba and Yemen),',
        'with 1 abstention (China).',
      ],
      'S_RES_0678_1990.txt',
    );
    expect(r!.paragraphs.flatMap((p) => p.footnoteRefs)).toEqual([]);
  });

  it('guard: a numbered paragraph after an "Adopted" line of another text is no footnote (no blank line, a period after the number)', () => {
    const [r] = segmentLines(
      ['The Security Council,', '', 'Recalling its resolution 660 (1990),', '', '1. Decides to remain seized of the matter.', '', 'Adopted unanimously at the 1382nd meeting.', '', '2. Requests the Secretary-General to report.'],
      'S_RES_0999_1991.txt',
    );
    expect(r!.paragraphs.flatMap((p) => p.footnoteRefs)).toEqual([]);
  });
});
