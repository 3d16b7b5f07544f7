// Session-39 audit aud39i: Security Council texts, PDF-text artefacts and citation keys left over by this session's audits
// (the cr-unsc Council files S/RES/1, 9, 598, 687; the pypdf texts A/RES/73/6 and 73/7; 79/267 PP5). Fixed: the
// resolution's own body as the subject of its paragraph ("The Security Council reserves the right ...") is no verb target;
// the capitals heading above an early Council resolution's number line is its title; pypdf's space before a comma, a
// semicolon or a closing quote is dropped (and the Space2030 agenda's lower-case form read); the UNESCO General Conference's
// resolutions are keyed with their session ("UNESCO General Conference resolution 42 C/16"), read from "resolution 42 C/16"
// and from "the General Conference of [UNESCO] at its forty-second session in its resolution 16"; after the text sets up a
// commission it does not name ("to establish a commission that will administer the fund", S/RES/687 OP18), "the Commission"
// no longer reads the Special Commission named before. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanInline } from '../../ingest/clean.js';
import { extractResolution } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { segmentLines } from '../helpers/segment-lines.js';

const SC9: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/9(1946)', date: '1946-10-15' };
const { relations } = oneParagraph({ ctx: SC9, kind: 'operative' });
const SC = 'Organization:Security Council';

// S/RES/9 (1946) as the cr-unsc file prints it (OP2 and OP5 left out): its operative paragraphs take the verb of "Resolves that:"
const SC9_LINES = [
  '9 (1946). Resolution of 15 October 1946',
  '',
  'The Security Council,',
  '',
  'In virtue of the powers conferred upon it by Article 35, paragraph 2, of the Statute of the International Court of Justice, and subject to the provisions of that Article,',
  '',
  'Resolves that:',
  '',
  '1. The International Court of Justice shall be open to a State which is not a party to the Statute of the International Court of Justice, upon the following condition, namely, that such State shall previously have deposited with the Registrar of the Court a declaration by which it accepts the jurisdiction of the Court ;',
  '',
  '2. The original declarations made under the terms of this resolution shall be kept in the custody of the Registrar of the Court, and to the Secretary-General of the United Nations;',
  '',
  '3. The Security Council reserves the right to rescind or amend this resolution by a resolution which shall be communicated to the Court, and on the receipt of such communication and to the extent determined by the new resolution, existing declarations shall cease to be effective except in regard to disputes which are already before the Court;',
  '',
  'Adopted at the 76th meeting.',
];
const relationsByParagraph = (lines: string[], file: string): Map<string, string[]> => {
  const [r] = segmentLines(lines, file);
  const x = extractResolution(r!);
  return new Map(x.paragraphs.map((p) => [p.paragraph.id, p.relations.map((rel) => `${rel.type} ${rel.target}`)]));
};

describe('the resolution\'s own body as the subject of its paragraph is no verb target', () => {
  const byId = relationsByParagraph(SC9_LINES, 'S_RES_0009_1946.txt');

  it('S/RES/9 (1946) OP4 (here numbered 3): "The Security Council reserves the right to rescind or amend this resolution ...": no relation to the Council, the Court stays', () => {
    expect(byId.get('OP3')).toEqual(['DECIDES Organization:International Court of Justice']);
  });

  it('guard: another body as the subject stays a target (S/RES/9 (1946) OP1 "The International Court of Justice shall be open to a State ...")', () => {
    expect(byId.get('OP1')).toContain('DECIDES Organization:International Court of Justice');
  });

  // (aud49a: the request goes to the Council's members, States the Council's name qualifies as "States Members of the United
  // Nations" are the Organization's (extract.ts qualifiesAnotherNoun): the second mention takes no verb either)
  it('S/RES/1 (1946) OP1: "The Security Council requests the permanent members of the Security Council to direct ...": the request goes to the Council\'s members, not to the subject nor to the Council', () => {
    const text =
      'The Security Council requests the permanent members of the Security Council to direct their Chiefs of Staff to meet, or to appoint representatives who shall meet at London on 1 February 1946 ;';
    const x = oneParagraph({ ctx: { ...SC9, symbol: 'S/RES/1(1946)', date: '1946-01-25' }, kind: 'operative' }).extract(text);
    expect(x.relations.filter((r) => r.target === SC).map((r) => r.start)).toEqual([]);
  });

  it('guard: the body named as a target after the verb stays ("Requests the Secretary-General to report to the Security Council")', () => {
    const text = 'Requests the Secretary-General to report to the Security Council on the implementation of the present resolution;';
    expect(relations(text)).toContain(`REQUESTS ${SC}`);
  });
});

describe('an early Council resolution\'s capitals heading is its title', () => {
  const lines = [
    'MILITARY STAFF COMMITTEE',
    '',
    '1 (1946) Resolution of 25 January 1946',
    '',
    'By Article 47 of the Charter, the United Nations have agreed that there shall be established a Military Staff Committee to advise and assist the Security Council ;',
    '',
    'Therefore',
    '',
    '1. The Security Council requests the permanent members of the Security Council to direct their Chiefs of Staff to meet ;',
    '',
    'Adopted at the 2nd meeting.',
  ];

  it('S/RES/1 (1946): "MILITARY STAFF COMMITTEE" above "1 (1946) Resolution of 25 January 1946" is the title', () => {
    const [r] = segmentLines(lines, 'S_RES_0001_1946.txt');
    expect(r?.title).toBe('MILITARY STAFF COMMITTEE');
    expect(r?.date).toBe('1946-01-25');
  });

  it('guard: S/RES/9 (1946) opens with its number line, no heading: no title', () => {
    const [r] = segmentLines(
      ['9 (1946). Resolution of 15 October 1946', '', 'The Security Council,', '', 'In virtue of the powers conferred upon it by Article 35, paragraph 2, of the Statute of the International Court of Justice,', '', 'Resolves that:', '', '1. The International Court of Justice shall be open to a State ;'],
      'S_RES_0009_1946.txt',
    );
    expect(r?.title).toBeUndefined();
  });
});

describe('pypdf\'s space before a comma, a semicolon or a closing quote is dropped', () => {
  it('A/RES/73/6 PP17 "Reaffirming , in that regard, General Assembly resolution 51/122 ...": "Reaffirming, in that regard"', () => {
    expect(cleanInline('Reaffirming , in that regard, General Assembly resolution 51/122 of 13 December 1996,', false)).toBe(
      'Reaffirming, in that regard, General Assembly resolution 51/122 of 13 December 1996,',
    );
  });

  it('A/RES/73/6 OP2 "a “Space2030 ” agenda and implementation plan": the closing quote joins its word, and the agenda is still read', () => {
    const text = cleanInline(
      'Invites the Committee on the Peaceful Uses of Outer Space to continue to develop, on the basis of the results of the UNISPACE+50 process, a “Space2030 ” agenda and implementation plan;',
      false,
    );
    expect(text).toContain('a “Space2030” agenda');
    expect(oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/73/6', date: '2018-10-26' }, kind: 'operative' }).relations(text)).toContain('INVITES Framework:Space2030 Agenda');
  });

  it('A/RES/73/8 PP2 "its resolutions 47/19 , 48/16 , 49/9": the commas join the symbols', () => {
    expect(cleanInline('Recalling its resolutions 47/19 , 48/16 , 49/9 and 72/4 , the economic embargo', false)).toBe('Recalling its resolutions 47/19, 48/16, 49/9 and 72/4, the economic embargo');
  });

  it('guard: an opening quote, an apostrophe and a dash keep their spaces (A/RES/73/3 "Adolescents ’ Health ”" keeps the apostrophe\'s)', () => {
    expect(cleanInline('the “Global Strategy for Women’s, Children’s and Adolescents ’ Health ” and Human Rights – and', false)).toBe(
      'the “Global Strategy for Women’s, Children’s and Adolescents ’ Health” and Human Rights – and',
    );
  });
});

describe('the UNESCO General Conference\'s resolutions are keyed with their session', () => {
  const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/267', date: '2025-03-17' };
  const ga = oneParagraph({ ctx: GA79, kind: 'preambular' });
  const UNESCO_42_16 = 'Resolution:UNESCO General Conference resolution 42 C/16';

  it('A/RES/79/267 PP5 "... by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its forty-second session in its resolution 16,15": resolution 42 C/16 (the mark 15 left out)', () => {
    const text =
      'Taking note of the Recommendation on Education for Peace and Human Rights, International Understanding, Cooperation, Fundamental Freedoms, Global Citizenship and Sustainable Development adopted on 20 November 2023 by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its forty-second session in its resolution 16,15';
    const x = ga.extract(text);
    const cited = x.mentions.filter((m) => m.kind === 'Resolution');
    expect(cited.map((m) => [m.key, m.phrase])).toEqual([[UNESCO_42_16, 'resolution 16']]);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`NOTES ${UNESCO_42_16}`);
  });

  it('UNESCO\'s own form "resolution 42 C/16" is the same node', () => {
    expect(ga.keys('Recalling resolution 42 C/16 of the General Conference of UNESCO,', 'Resolution:')).toEqual([UNESCO_42_16]);
  });

  it('guard: resolution 16 of another session is another node ("at its forty-first session in its resolution 16")', () => {
    const text =
      'Recalling the Recommendation adopted by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its forty-first session in its resolution 16,';
    expect(ga.keys(text, 'Resolution:')).toEqual(['Resolution:UNESCO General Conference resolution 41 C/16']);
  });

  it('guard: a GA text\'s "in its resolution 78/16" after another body is not a UNESCO resolution', () => {
    const text = 'Recalling the General Conference of the United Nations Educational, Scientific and Cultural Organization, and recalling also its resolution 78/16 of 1 December 2023,';
    expect(ga.keys(text, 'Resolution:')).toEqual(['Resolution:A/RES/78/16']);
  });
});

describe('"the Commission" after the text sets up an unnamed commission is not the one named before', () => {
  // S/RES/687 (1991): the Special Commission in section C, then a compensation commission set up (unnamed) in OP18
  const lines = [
    'Resolution 687 (1991)',
    'of 3 April 1991',
    '',
    'The Security Council,',
    '',
    'Recalling its resolution 686 (1991) of 2 March 1991,',
    '',
    '1. Decides that Iraq shall accept the destruction of all chemical and biological weapons under international supervision;',
    '',
    '2. Requests the Secretary-General, in consultation with the Special Commission, to develop a plan for the future ongoing monitoring and verification of Iraq’s compliance;',
    '',
    '3. Invites the Commission to report to the Council;',
    '',
    '4. Decides also to create a fund to pay compensation for claims that fall within paragraph 16 and to establish a commission that will administer the fund;',
    '',
    '5. Directs the Secretary-General to develop and present to the Council for decision recommendations for the Fund, including the following: administration of the Fund; the composition of the Commission designated above;',
    '',
    'Adopted at the 2981st meeting.',
  ];
  const SPECIAL = 'Organization:Special Commission (S/RES/687(1991))';
  const byId = relationsByParagraph(lines, 'S_RES_0687_1991.txt');

  it('S/RES/687 (1991) OP19 (here 5) after OP18 (here 4) "to establish a commission that will administer the fund": "the Commission designated above" is no Special Commission', () => {
    expect(byId.get('OP5')!.filter((r) => r.endsWith(SPECIAL))).toEqual([]);
  });

  it('guard: before the new commission, "the Commission" is the Special Commission (here OP3)', () => {
    expect(byId.get('OP3')).toContain(`INVITES ${SPECIAL}`);
  });
});
