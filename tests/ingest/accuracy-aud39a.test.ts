// Session-39 audit aud39a: verb relations clause by clause on a fresh random sample of corpus-ga (A/RES/80/135, 78/138,
// 79/320, 80/161, 78/209, 79/37, 79/131: 219 paragraphs, 489 verb edges). Fixed: "Recalling its resolutions ..., which
// reaffirm ..., and requesting the Secretary-General ..." (A/RES/78/236 PP2, 80/170 PP2): the request is the recalled texts',
// not the body's (no REQUESTS from the citing resolution); a word broken at a page break after its hyphen and going on with a
// capital ("requests the Secretary-" [page] "General to keep", A/RES/80/161 OP14, 78/262 OP25, 79/54 OP10) is one word again,
// so the Secretary-General is found and the clause's edge to him is no longer missed. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/236', date: '2023-12-22' };
const { relations } = oneParagraph({ ctx: GA78, kind: 'preambular' });

const SG = 'Organization:Secretary-General of the United Nations';
const requests = (rel: string[]) => rel.filter((r) => r.startsWith('REQUESTS '));

describe('a request after a relative clause of the recalled texts is theirs, not the body\'s', () => {
  it('A/RES/78/236 PP2 (80/170 PP2): "Recalling also its resolutions 71/328 ..., which reaffirm that multilingualism is a core value ..., and requesting the Secretary-General to continue to make efforts": no REQUESTS, the resolutions still recalled', () => {
    const text =
      'Recalling also its resolutions 71/328 of 11 September 2017, 73/346 of 16 September 2019 and 76/268 of 10 June 2022, which reaffirm that multilingualism is a core value of the Organization that contributes to the achievement of the goals of the United Nations, and requesting the Secretary-General to continue to make efforts to ensure that multilingualism is not undermined by the measures taken in response to the liquidity situation and the coronavirus disease (COVID-19),';
    const rel = relations(text);
    expect(requests(rel)).toEqual([]);
    expect(rel).toEqual(expect.arrayContaining(['RECALLS Resolution:A/RES/71/328', 'RECALLS Resolution:A/RES/73/346', 'RECALLS Resolution:A/RES/76/268']));
  });

  it('guard: A/RES/78/222 PP23 (79/185 PP26): "Expressing support for the work ..., welcoming its reports, ..., and requesting that the Commission of Inquiry continue to brief the General Assembly": no recalled text, the body requests', () => {
    const text =
      'Expressing support for the work carried out by the Independent International Commission of Inquiry on the Syrian Arab Republic, welcoming its reports, strongly condemning the continued lack of cooperation by the Syrian regime with the Commission of Inquiry, reiterating its decision to transmit the reports of the Commission of Inquiry to the Security Council, expressing its appreciation to the Commission of Inquiry for its briefings to members of the Security Council, and requesting that the Commission of Inquiry continue to brief the General Assembly and members of the Security Council,';
    expect(relations(text)).toContain('REQUESTS Organization:Independent International Commission of Inquiry on the Syrian Arab Republic');
  });

  it('guard: A/RES/78/216 PP3: "Recalling its resolution 53/144 ..., by which it adopted ... the Declaration on Human Rights Defenders, and encouraging States to uphold ... the Declaration": a participle of the body other than a request still opens its clause', () => {
    const text =
      'Recalling its resolution 53/144 of 9 December 1998, by which it adopted by consensus the Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms, commonly referred to as the Declaration on Human Rights Defenders, and encouraging States to uphold the purposes, principles and provisions of the Declaration in the context of its implementation,';
    expect(relations(text).some((r) => r.startsWith('ENCOURAGES '))).toBe(true);
  });

  it('guard: an operative "Recalls its resolution ..., which ..., and requests the Secretary-General" keeps its request (the rule is the preamble\'s)', () => {
    const text =
      'Recalls its resolution 76/268 of 10 June 2022, which reaffirms that multilingualism is a core value of the Organization, and requests the Secretary-General to continue to make efforts to ensure that multilingualism is not undermined;';
    expect(requests(relations(text, 'operative'))).toEqual([`REQUESTS ${SG}`]);
  });
});

/** A/RES/80/161 OP14 at its page break (PyMuPDF text): the lines before, the footnotes under the rule, the page furniture, the lines after. */
const PAGE_BROKEN_SECRETARY_GENERAL = [
  '14. Requests the Secretary-General to continue to operate, through the ',
  'secretariat of the Commission, the repository of published information in accordance ',
  'with article 8 of the Rules on Transparency in Treaty-based Investor-State ',
  'Arbitration,25 as a continuation of the project until the end of 2027, to be funded ',
  'entirely by voluntary contributions, notes with satisfaction the contributions by the ',
  'European Union and Germany in this regard, 26  and also requests the Secretary-',
  '_______________ ',
  ' ',
  '25 Ibid., Sixty-eighth Session, Supplement No. 17 (A/68/17), annex I. ',
  ' ',
  '26 Ibid., Eightieth Session, Supplement No. 17 (A/80/17), chap. XVIII, sect. A. ',
  '',
  'A/RES/80/161',
  ' ',
  '5/8',
  '25-20854 ',
  ' ',
  'General to keep the General Assembly informed of developments regarding the ',
  'funding and budgetary situation of the transparency repository; ',
  ' ',
  '15. Endorses the efforts and initiatives of the Commission;',
];
const cleanParagraphs = (lines: readonly string[]) => cleanText({ file: 'A_RES_80_161.txt', format: 'pdftext', text: lines.join('\n') }).text.split('\n\n');

describe('a word broken at a page break after its hyphen goes on with a capital', () => {
  it('A/RES/80/161 OP14 (78/262 OP25, 79/54 OP10): "and also requests the Secretary-" [page] "General to keep the General Assembly informed": one word, and the later REQUESTS clause names the Secretary-General', () => {
    const [op14] = cleanParagraphs(PAGE_BROKEN_SECRETARY_GENERAL);
    expect(op14).toContain('and also requests the Secretary-General to keep the General Assembly informed');
    const rel = relations(op14!.replace(/^14\.\s+/, ''), 'operative');
    // one REQUESTS edge per clause: "Requests the Secretary-General to continue to operate" and "also requests the Secretary-General to keep"
    expect(rel.filter((r) => r === `REQUESTS ${SG}`)).toHaveLength(2);
  });

  it('guard: a page break after "low-" then "and lower-middle-income" stays two compounds sharing a word, and "forty-" then "third session" (lowercase) joins as before', () => {
    const lines = (before: string, after: string) => [
      `1. Notes the report on the work of the Commission at its session in ${before}`,
      '_______________ ',
      ' ',
      '1 Ibid., chap. XV. ',
      '',
      'A/RES/80/161',
      ' ',
      '5/8',
      '25-20854 ',
      ' ',
      `${after} countries;`,
    ];
    expect(cleanParagraphs(lines('low-', 'and lower-middle-income'))[0]).toContain('in low- and lower-middle-income countries;');
    expect(cleanParagraphs(lines('forty-', 'third session of the'))[0]).toContain('in forty-third session of the countries;');
  });
});
