// Session-52 audit aud52d (gold set aud52d: A/RES/78/328, 78/271, 78/312, 78/123, plenary resolutions adopted without reference
// to a Main Committee). Each case quotes the file and paragraph it comes from; each fix has a guard.
// - the body printed after its own numbered text with "adopted by the" ("resolution 41C/53 adopted by the General Conference of
//   [UNESCO]", 78/312 PP6; "resolution 3/2023 of 7 July 2023, entitled “...”, adopted by the Conference of the [FAO]", 78/123
//   PP3; 80/174, 79/333, 79/190, 78/228, 80/228, 78/29, 79/56, 80/34, 78/8, 79/4, 80/7, 78/162, 80/149, 78/49, 80/26, 78/232):
//   the text's author, no target of the clause's verb (the lead's convention: the adopting body of a cited text is no target), as
//   "resolution 6/14 of the United Nations Environment Assembly" already is (aud51j); the session that adopted it still is. A
//   sitting series keyed as an Event (a Conference of the States Parties) is such an author after "in which the" too.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const RES_78_312: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/312', date: '2024-07-01' };
const { relations } = oneParagraph({ ctx: RES_78_312, kind: 'preambular' });

const UNESCO_GC = 'Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization';
const FAO_CONFERENCE = 'Event:Conference of the Food and Agriculture Organization of the United Nations';
const UNCAC_COSP = 'Event:Conference of the States Parties to the United Nations Convention against Corruption';
const CWC_COSP = 'Event:Conference of the States Parties to the Chemical Weapons Convention';

describe('the body printed after its own numbered text with "adopted by the" is its author, no verb target', () => {
  it('A/RES/78/312 PP6: "Recalling resolution 41C/53 adopted by the General Conference of [UNESCO] on 23 November 2021, in which it proclaimed ... World Kiswahili Language Day": no RECALLS of the General Conference', () => {
    const text =
      'Recalling resolution 41C/53 adopted by the General Conference of the United Nations Educational, Scientific and Cultural Organization on 23 November 2021, in which it proclaimed 7 July of each year as World Kiswahili Language Day,';
    const rel = relations(text, 'preambular', { ...RES_78_312 });
    expect(rel).not.toContain(`RECALLS ${UNESCO_GC}`);
    expect(rel).toContain('RECALLS Resolution:UNESCO General Conference resolution 41 C/53');
    expect(rel).toContain('RECALLS Event:World Kiswahili Language Day');
  });

  it('A/RES/78/123 PP3: "Welcoming resolution 3/2023 of 7 July 2023, entitled “International Day of the Potato”, adopted by the Conference of the [FAO] at its forty-third session": no WELCOMES of the Conference', () => {
    const text =
      'Welcoming resolution 3/2023 of 7 July 2023, entitled “International Day of the Potato”, adopted by the Conference of the Food and Agriculture Organization of the United Nations at its forty-third session,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/123', date: '2023-12-08' });
    expect(rel).not.toContain(`WELCOMES ${FAO_CONFERENCE}`);
    expect(rel).toContain('WELCOMES Resolution:Conference of the Food and Agriculture Organization of the United Nations resolution 3/2023');
  });

  it('A/RES/79/333 PP4: "resolution 77.17 of 1 June 2024, adopted by the World Health Assembly at its seventy-seventh session": the session that adopted it stays a target, the Assembly is none', () => {
    const text =
      'Taking note of resolution 77.17 of 1 June 2024, adopted by the World Health Assembly at its seventy-seventh session, entitled “Strengthening preparedness for and response to public health emergencies through targeted amendments to the International Health Regulations (2005)”,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/333', date: '2025-07-10' });
    expect(rel).not.toContain('NOTES Organization:World Health Assembly');
    expect(rel).toContain('NOTES Event:seventy-seventh session of the World Health Assembly');
  });

  it('A/RES/78/29 PP5 (79/56, 80/34): "decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019 adopted by the Conference of the States Parties at its twenty-fourth session": no RECALLS of the Conference', () => {
    const text =
      'Noting the Conference of the States Parties to the Chemical Weapons Convention, and recalling decisions C-24/DEC.4 and C-24/DEC.5 of 27 November 2019 adopted by the Conference of the States Parties at its twenty-fourth session, introducing changes to schedules 1 (A) and 1,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/29', date: '2023-12-04' });
    expect(rel).toContain(`NOTES ${CWC_COSP}`);
    expect(rel).not.toContain(`RECALLS ${CWC_COSP}`);
    expect(rel).toContain('RECALLS Event:twenty-fourth session of the Conference of the States Parties to the Chemical Weapons Convention');
  });

  it('A/RES/79/190 PP61: "resolution 10/12 of 15 December 2023, adopted by the Conference of the States Parties to the Convention, in which the Conference called upon": neither mention of the Conference is a target', () => {
    const text =
      'Reaffirming resolution 10/12 of 15 December 2023, adopted by the Conference of the States Parties to the United Nations Convention against Corruption, in which the Conference called upon States parties to develop effective frameworks,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/190', date: '2024-12-17' });
    expect(rel).not.toContain(`REAFFIRMS ${UNCAC_COSP}`);
    expect(rel).toContain('REAFFIRMS Resolution:Conference of the States Parties to the United Nations Convention against Corruption resolution 10/12');
  });

  it('guard: A/RES/79/267 PP "the Recommendation adopted by the General Conference of [UNESCO] at its forty-first session in its resolution 16": a framework\'s adopter stays a target', () => {
    const text =
      'Recalling the Recommendation adopted by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its forty-first session in its resolution 16,';
    expect(relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/267', date: '2025-03-03' })).toContain(`RECALLS ${UNESCO_GC}`);
  });

  it('guard: a body "adopting" another body\'s text (an Assembly resolution) is no author of it and stays a target', () => {
    const text = 'Recalling General Assembly resolution 77/161, adopted by the United Nations Environment Assembly,';
    expect(relations(text)).toContain('RECALLS Organization:United Nations Environment Assembly');
  });

  it('guard: words between the text and "adopted by the" that are no day or title ("resolution 3/2023 and the guidelines adopted by the Conference") keep the verb', () => {
    const text =
      'Welcoming resolution 3/2023 of 7 July 2023 and the voluntary guidelines adopted by the Conference of the Food and Agriculture Organization of the United Nations,';
    expect(relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/123', date: '2023-12-08' })).toContain(`WELCOMES ${FAO_CONFERENCE}`);
  });
});

describe('the associate members of the regional commissions are Places', () => {
  // A/RES/78/271 OP3 footnote 1 (78/272 OP5, 78/128 OP29): the territories listed after "associate members of the regional commissions"
  const FOOTNOTE_1 =
    'American Samoa, Anguilla, Aruba, Bermuda, the British Virgin Islands, the Cayman Islands, the Commonwealth of the Northern Mariana Islands, Curaçao, French Polynesia, Guam, Montserrat, New Caledonia, Puerto Rico, Sint Maarten, the Turks and Caicos Islands and the United States Virgin Islands.';
  const { keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/271', date: '2024-04-11' }, kind: 'operative' });

  it('A/RES/78/271 OP3 footnote 1: Aruba, Curaçao, Sint Maarten and the Northern Mariana Islands are read with the other fourteen', () => {
    const places = keys(FOOTNOTE_1, 'Place:');
    for (const p of ['Aruba', 'Curaçao', 'Sint Maarten', 'Northern Mariana Islands']) expect(places).toContain(`Place:${p}`);
    expect(places).toHaveLength(16);
  });

  it('guard: "the Commonwealth of the Northern Mariana Islands" is one Place, and "Curacao" without its cedilla the same one', () => {
    expect(keys('Invites the Commonwealth of the Northern Mariana Islands and Curacao to participate;', 'Place:')).toEqual(['Place:Northern Mariana Islands', 'Place:Curaçao']);
  });
});
