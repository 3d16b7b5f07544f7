// Audit aud18g (session 18): the Security Council resolutions of /work/shared/corpus (S_RES_*.txt, 1946-2002).
// Every input is quoted from the named file (or from corpus-ga where a guard needs the GA form).
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import { extractResolution } from '../../ingest/extract.js';
import type { RecognizeContext, SourceText } from '../../ingest/models.js';
import { segmentResolutions } from '../../ingest/segment.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const SC: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/883(1993)', date: '1993-11-11' };
const { keys, attributions } = oneParagraph({ ctx: SC, kind: 'preambular' });

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
    // (the Council as the subject of its own paragraph is no target: aud39i)
    expect(rel.OP4).toEqual(['DECIDES Organization:International Court of Justice']);
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
    // ("the scale of assessments adopted by the General Assembly": the Assembly as agent of its own act, no edge: the lead's
    // convention, aud50k; aud52e)
    expect(rel.OP2).toEqual(['DECIDES Organization:Working Capital Fund']);
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

describe('a treaty is adopted on the day it was signed ("..., signed at Geneva on 17 June 1925"), not the day it was opened for signature', () => {
  const ctx687: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/687(1991)', date: '1991-04-03' };
  const geneva = 'Framework:Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare';

  // (session 52, aud52f: opening a treaty for signature is not adopting it; the Assembly adopted this one on 17 December 1979)
  it('S/RES/687 (1991) PP22: "the International Convention against the Taking of Hostages, 63 opened for signature in New York on 18 December 1979": no ADOPTED_ON', () => {
    const text =
      'Recalling the International Convention against the Taking of Hostages, 63 opened for signature in New York on 18 December 1979, which categorizes all acts of taking hostages as manifestations of international terrorism,';
    expect(attributions(text, 'preambular', { ...ctx687 }).filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('S/RES/687 (1991) OP7: "its obligations under the Protocol for the Prohibition of ..., signed at Geneva on 17 June 1925"', () => {
    const text =
      'Invites Iraq to reaffirm unconditionally its obligations under the Protocol for the Prohibition of the Use in War of Asphyxiating, Poisonous or Other Gases, and of Bacteriological Methods of Warfare, signed at Geneva on 17 June 1925, 59 and to ratify the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction, of 10 April 1972;';
    expect(attributions(text, 'operative', { ...ctx687 })).toContain(`ADOPTED_ON ${geneva} -> Date:1925-06-17`);
  });

  it('A/RES/80/63 PP24: "the Peace Agreement signed in N’Djamena on 19 April 2025"; A/RES/79/169 OP1: "the Declaration on the Right to Peace,10 adopted by the General Assembly on 19 December 2016" (a footnote mark after the comma)', () => {
    const ga: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/63', date: '2025-12-05' };
    expect(
      attributions(
        'Noting the progress made in the peace process in the Central African Republic, including through the joint road map for peace in the Central African Republic and the Peace Agreement signed in N’Djamena on 19 April 2025 between the Government of the Central African Republic and the armed groups,',
        'preambular',
        ga,
      ),
    ).toContain('ADOPTED_ON Framework:Peace Agreement -> Date:2025-04-19');
    expect(
      attributions(
        'Reaffirms the Declaration on the Right to Peace,10 adopted by the General Assembly on 19 December 2016, and invites States to disseminate the Declaration;',
        'operative',
        { body: 'General Assembly', symbol: 'A/RES/79/169', date: '2024-12-17' },
      ),
    ).toContain('ADOPTED_ON Framework:Declaration on the Right to Peace -> Date:2016-12-19');
  });

  it('guard: a text about a framework, signed on a day, is not the framework\'s adoption ("the amendments to the Convention, signed on ...")', () => {
    const text = 'Welcoming the amendments to the Convention on the Physical Protection of Nuclear Material, signed at Vienna on 8 July 2005,';
    expect(attributions(text, 'preambular', { ...ctx687 }).filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('guard: "Iraq and Kuwait ... signed at Baghdad on 4 October 1963" with no framework before it dates nothing (S/RES/687 (1991) PP6)', () => {
    const text = 'Noting that Iraq and Kuwait, as independent sovereign States, signed at Baghdad on 4 October 1963 the Agreed Minutes,';
    expect(attributions(text, 'preambular', { ...ctx687 }).filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });
});
