// Audit aud18g (session 18): the Security Council resolutions of /work/shared/corpus (S_RES_*.txt, 1946-2002).
// Every input is quoted from the named file (or from corpus-ga where a guard needs the GA form).
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import { extractResolution } from '../../ingest/extract.js';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { segmentResolutions } from '../../ingest/segment.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SC: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/883(1993)', date: '1993-11-11' };
const { keys } = oneParagraph({ ctx: SC, kind: 'preambular' });

/** Each paragraph's verb relations ('TYPE target') of the one resolution the quoted lines print. */
function relationsOf(lines: string[], file: string): Record<string, string[]> {
  const src: SourceText = { file, format: 'text', text: lines.join('\n') };
  const [r] = segmentResolutions(cleanText(src), src);
  return Object.fromEntries(extractResolution(r!).paragraphs.map((p) => [p.paragraph.id, p.relations.map((x) => `${x.type} ${x.target}`)]));
}

describe('"Resolves that:" heads numbered paragraphs with no verb of their own: each is what the body resolved', () => {
  it('S/RES/9 (1946): "Resolves that: 1. The International Court of Justice shall be open to a State ..."', () => {
    const rel = relationsOf(
      [
        '9 (1946). Resolution of 15 October 1946', '', 'The Security Council,', '',
        'In virtue of the powers conferred upon it by Article 35, paragraph 2, of the Statute of the International Court of Justice, and subject to the provisions of that Article,', '',
        'Resolves that:', '',
        '1. The International Court of Justice shall be open to a State which is not a party to the Statute of the International Court of Justice, upon the following condition, namely, that such State shall previously have deposited with the Registrar of the Court a declaration by which it accepts the jurisdiction of the Court, in accordance with the Charter of the United Nations;', '',
        '4. The Security Council reserves the right to rescind or amend this resolution by a resolution which shall be communicated to the Court;', '',
        '5. All questions as to the validity or the effect of a declaration made under the terms of this resolution shall be decided by the Court.', '',
        'Adopted unanimously at the 76th meeting.',
      ],
      'S_RES_0009_1946.txt',
    );
    expect(rel.OP1).toEqual(
      expect.arrayContaining([
        'DECIDES Organization:International Court of Justice',
        'DECIDES Framework:Statute of the International Court of Justice',
        'DECIDES Framework:Charter of the United Nations',
      ]),
    );
    expect(rel.OP4).toEqual(['DECIDES Organization:Security Council', 'DECIDES Organization:International Court of Justice']);
    expect(rel.OP5).toEqual(['DECIDES Organization:International Court of Justice']);
    // the preamble's "In virtue of ..." stays untyped
    expect(rel.PP1).toEqual([]);
  });

  it('A/RES/78/256: "Resolves that: 1. The Working Capital Fund shall be established for 2024 ..."; a cited resolution is decided on, not only cited', () => {
    const rel = relationsOf(
      [
        'A/RES/78/256', '', '78/256. Working Capital Fund for 2024', '', 'The General Assembly', '',
        'Resolves that:  ', '',
        '1. ', 'The Working Capital Fund shall be established for 2024 in the amount of ', '250 million United States dollars; ', '',
        '2. ', 'Member States shall make advances to the Working Capital Fund in ',
        'accordance with the scale of assessments adopted by the General Assembly for ', 'contributions of Member States to the budget for 2024; ', '',
        '3. ', 'Cash advances paid by Member States to the Working Capital Fund for ',
        '2023 in accordance with General Assembly resolution 77/266 of 30 December 2022 shall be set off; ',
      ],
      'A_RES_78_256.txt',
    );
    expect(rel.OP1).toEqual(['DECIDES Organization:Working Capital Fund']);
    expect(rel.OP2).toEqual(['DECIDES Organization:Working Capital Fund', 'DECIDES Organization:General Assembly']);
    expect(rel.OP3).toContain('DECIDES Resolution:A/RES/77/266');
    expect(rel.OP3).not.toContain('CITES Resolution:A/RES/77/266');
  });

  it('guard: a numbered paragraph with its own verb ends the heading; a later verbless paragraph is not resolved', () => {
    const rel = relationsOf(
      [
        '9 (1946). Resolution of 15 October 1946', '', 'The Security Council,', '',
        'Resolves that:', '',
        '1. The International Court of Justice shall be open to a State which is not a party to the Statute of the International Court of Justice;', '',
        '2. Requests the Secretary-General to transmit copies to the International Court of Justice;', '',
        '3. The original declarations shall be kept in the custody of the Registrar of the International Court of Justice.', '',
      ],
      'S_RES_0009_1946.txt',
    );
    expect(rel.OP2).toEqual(['REQUESTS Organization:Secretary-General of the United Nations', 'REQUESTS Organization:International Court of Justice']);
    expect(rel.OP3).toEqual([]);
  });

  it('guard: a long operative paragraph ending in ":" is no heading ("Decides that all States shall: (a) ...")', () => {
    const rel = relationsOf(
      [
        'Resolution 883 (1993)', '11 November 1993', '', 'The Security Council,', '',
        '6. Also decides that, in order to make fully effective the provisions of resolution 748 (1992), all States shall:', '',
        '7. The Committee of the Security Council established by resolution 748 (1992) shall draw up guidelines;', '',
      ],
      'S_RES_0883_1993.txt',
    );
    expect(rel.OP7).toEqual([]);
  });
});

describe('Scotland is a place (in the United Kingdom)', () => {
  it('S/RES/883 (1993) PP7: "to encourage those charged with the bombing of Pan Am flight 103 to appear for trial in Scotland"', () => {
    const text =
      'Taking note of the letters to the Secretary-General dated 29 September and 1 October 1993 from the Secretary of the General People\'s Committee for Foreign Liaison and International Cooperation of Libya in which Libya stated its intention to encourage those charged with the bombing of Pan Am flight 103 to appear for trial in Scotland and its willingness to cooperate with the competent French authorities,';
    expect(keys(text, 'Place:')).toEqual(['Place:Libya', 'Place:Scotland']);
  });
});

describe('two framework heads joined by "and" alone are no instrument\'s name', () => {
  it('S/RES/9 (1946) OP1: "the terms and subject to the conditions of the Statute and Rules of the Court"', () => {
    const text =
      'The International Court of Justice shall be open to a State which is not a party to the Statute of the International Court of Justice, upon the following condition, namely, that such State shall previously have deposited with the Registrar of the Court a declaration by which it accepts the jurisdiction of the Court, in accordance with the Charter of the United Nations and with the terms and subject to the conditions of the Statute and Rules of the Court, and undertakes to comply in good faith with the decision or decisions of the Court;';
    const fw = keys(text, 'Framework:', 'operative');
    expect(fw).not.toContain('Framework:Statute and Rules');
    expect(fw).toEqual(expect.arrayContaining(['Framework:Statute of the International Court of Justice', 'Framework:Charter of the United Nations']));
  });

  it('A/RES/78/140 OP14: "urges States parties to those Conventions and Protocols to make efforts towards their effective implementation"', () => {
    const ga: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/140', date: '2023-12-19' };
    const text =
      'Urges all Member States that have not yet done so to consider ratifying or acceding to the United Nations Convention against Corruption and the United Nations Convention against Transnational Organized Crime and the Protocols thereto, and urges States parties to those Conventions and Protocols to make efforts towards their effective implementation;';
    const fw = keys(text, 'Framework:', 'operative', ga);
    expect(fw).not.toContain('Framework:Conventions and Protocols');
    expect(fw).toContain('Framework:United Nations Convention against Corruption');
  });

  it('guard: A/RES/79/149 PP33 footnote 21: "the Guidelines and Principles for the Development of Disability Statistics" keeps its name', () => {
    const text =
      'Such as the Guidelines and Principles for the Development of Disability Statistics (United Nations publication, Sales No. E.01.XVII.15) and the Principles and Recommendations for Population and Housing Censuses.';
    expect(keys(text, 'Framework:')).toContain('Framework:Guidelines and Principles for the Development of Disability Statistics');
  });
});
