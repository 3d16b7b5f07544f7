// Session-50 audit aud50m: entity and clause leftovers reported by this session's annotators, across corpus-ga. Fixed:
// - "in which, inter alia, the General Assembly reaffirmed" and "in which, among other things, the Council reaffirmed": the body
//   is the cited text's author, subject of the act the text reports, as after a bare "in which the Assembly reaffirmed"; no
//   target of the citing clause's verb (A/RES/79/136 PP21, 79/329 PP11, PP24, 79/134 OP11).
// - "the Organization’s strategic deployment stocks / calendar of conferences / parliamentary documentation / internal justice
//   system": a possessive before a thing the Organization holds names its holder, no verb target (80/241 OP3, 78/177 OP67,
//   79/248 OP111, 80/238 OP19); its work, functioning, capacity (10 other "the Organization’s X" in corpus-ga) stay the verb's.
// - "Commends ... the articles on diplomatic protection to the attention of Governments" recommends them: RECOMMENDS, not
//   APPRECIATES (80/165 OP1, and PP1's "commending the articles to the attention of"); the only such form in corpus-ga.
// - "the Group of Governmental Experts on ... Lethal Autonomous Weapons Systems of the High Contracting Parties to the Convention"
//   (78/64, 79/75, 80/68 PP7): no gazetteer alias swallows the owners; the Convention takes the clause's verb (PART_OF left to
//   attributions.ts: not in this branch).
// - "the Second World War" is a known Event (gazetteer), 45 mentions in corpus-ga (79/326 PP8, 78/190, 79/160, 80/192, 79/272).
// Each case quotes the file and paragraph it comes from; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_136: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/136', date: '2024-12-06' };
const GA79_329: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/329', date: '2025-08-28' };
const UN_GA = 'Organization:General Assembly';
const SECURITY_COUNCIL = 'Organization:Security Council';

describe('"in which, inter alia, the <author> <past form>": the cited text\'s author takes no verb', () => {
  it('A/RES/79/136 PP21: "in which, inter alia, the General Assembly reaffirmed the important contribution of INTERPOL"', () => {
    const { relations } = oneParagraph({ ctx: GA79_136, kind: 'preambular' });
    const PP21 =
      'Recalling the political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons, in which, inter alia, the General Assembly reaffirmed the important contribution of INTERPOL to the global fight against trafficking in persons, especially women and children,';
    const rel = relations(PP21);
    expect(rel).not.toContain(`RECALLS ${UN_GA}`);
    expect(rel).toContain('RECALLS Organization:International Criminal Police Organization');
  });
  it('A/RES/79/329 PP24: "its resolution 79/263 ..., in which, among other things, the Assembly emphasized"', () => {
    const { relations } = oneParagraph({ ctx: GA79_329, kind: 'preambular' });
    const PP24 =
      'Recalling its resolution 79/263 of 15 January 2025, in which, among other things, the Assembly emphasized the need for the United Nations development system to further cooperate with the African Union and the regional economic communities,';
    const rel = relations(PP24);
    expect(rel).not.toContain(`RECALLS ${UN_GA}`);
    expect(rel).toContain('RECALLS Resolution:A/RES/79/263');
    expect(rel).toContain('RECALLS Organization:African Union');
  });
  it('A/RES/79/329 PP11: "Security Council resolution 2719 (2023) ..., in which, among other things, the Council reaffirmed"', () => {
    const { relations } = oneParagraph({ ctx: GA79_329, kind: 'preambular' });
    const PP11 =
      'Recalling Security Council resolution 2719 (2023) of 21 December 2023, in which, among other things, the Council reaffirmed its determination to take effective steps to further enhance the partnership between the United Nations and the African Union,';
    const rel = relations(PP11);
    expect(rel).not.toContain(`RECALLS ${SECURITY_COUNCIL}`);
    expect(rel).toContain('RECALLS Resolution:S/RES/2719(2023)');
  });
  it('guard: a passive after the aside makes the Assembly the one asked, and it stays the verb\'s (A/RES/79/277 PP2-like)', () => {
    const { relations } = oneParagraph({ ctx: GA79_136, kind: 'preambular' });
    const near =
      'Recalling the political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons, in which, inter alia, the General Assembly was requested to undertake the overall review,';
    expect(relations(near)).toContain(`RECALLS ${UN_GA}`);
  });
  it('guard: an aside that is no "inter alia" leaves the body a target ("in which, with a view to ..., the United Nations")', () => {
    const { relations } = oneParagraph({ ctx: GA79_136, kind: 'preambular' });
    const near =
      'Recalling the Relationship Agreement between the United Nations and the International Criminal Court, in which, with a view to facilitating the effective discharge of their respective responsibilities, the General Assembly shall cooperate closely,';
    expect(relations(near)).toContain(`RECALLS ${UN_GA}`);
  });
});

const GA79_326: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/326', date: '2025-07-30' };

describe('"the Second World War" is an Event', () => {
  it('A/RES/79/326 PP8: "Recalling that 2025 marks the eightieth anniversary of the end of the Second World War"', () => {
    const { relations } = oneParagraph({ ctx: GA79_326, kind: 'preambular' });
    const PP8 = 'Recalling that 2025 marks the eightieth anniversary of the end of the Second World War,';
    expect(relations(PP8)).toContain('RECALLS Event:Second World War');
  });
  it('A/RES/79/272 OP2: "in commemoration of all victims of the Second World War": the clause\'s verb takes it with the meeting', () => {
    const { relations } = oneParagraph({ ctx: GA79_326, kind: 'operative' });
    const OP2 =
      'Requests the President of the General Assembly to hold a special solemn meeting of the General Assembly in commemoration of all victims of the Second World War in the second week of May in 2025 and every five years thereafter;';
    expect(relations(OP2)).toContain('REQUESTS Event:Second World War');
  });
  it('guard: "the Second Committee" and "the World Health Assembly" are no war (no Event from "Second" or "World" alone)', () => {
    const { keys } = oneParagraph({ ctx: GA79_326, kind: 'operative' });
    const near = 'Requests the Second Committee and the World Health Assembly to consider the question at its next session;';
    expect(keys(near, 'Event:')).not.toContain('Event:Second World War');
    expect(keys(near, 'Event:')).toEqual([]);
  });
});

const GA80_241: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/241', date: '2025-12-23' };
const UN = 'Organization:United Nations';

describe('"the Organization’s <thing it holds>": the thing is meant, the Organization takes no verb', () => {
  const { relations } = oneParagraph({ ctx: GA80_241, kind: 'operative' });
  it('A/RES/80/241 OP3: "the stores available from the Organization’s strategic deployment stocks"', () => {
    const OP3 =
      'Also authorizes the Secretary-General to enter into commitments for the Office in an amount not exceeding 271,328,700 United States dollars, inclusive of the amounts of 50,000,000 dollars of the available balance of the stores available from the Organization’s strategic deployment stocks, previously authorized by the Advisory Committee;';
    const rel = relations(OP3);
    expect(rel).not.toContain(`AUTHORIZES ${UN}`);
    expect(rel).toContain('AUTHORIZES Organization:Secretary-General of the United Nations');
  });
  it('A/RES/80/238 OP19: "the formal component of the Organization’s internal justice system"', () => {
    const OP19 = 'Notes that non-staff personnel do not have access to the formal component of the Organization’s internal justice system;';
    expect(relations(OP19)).not.toContain(`NOTES ${UN}`);
  });
  it('guard: "the Organization’s proper functioning" (A/RES/79/195) is the Organization\'s, the verb takes it', () => {
    const near = 'Emphasizes the importance of the Organization’s proper functioning and of adequate resources;';
    expect(relations(near)).toContain(`EMPHASIZES ${UN}`);
  });
});

const GA80_165: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/165', date: '2025-12-04' };

describe('"Commends <a text> to the attention of <addressees>": RECOMMENDS', () => {
  const { relations } = oneParagraph({ ctx: GA80_165, kind: 'operative' });
  it('A/RES/80/165 OP1: "Commends once again the articles on diplomatic protection to the attention of Governments"', () => {
    const OP1 =
      'Commends once again the articles on diplomatic protection to the attention of Governments, and invites them to submit in writing to the Secretary-General any further comments;';
    const rel = relations(OP1);
    expect(rel).toContain('RECOMMENDS Framework:articles on diplomatic protection');
    expect(rel).not.toContain('APPRECIATES Framework:articles on diplomatic protection');
    expect(rel).toContain('INVITES Organization:Secretary-General of the United Nations');
  });
  it('guard: "Commends the Secretary-General for bringing ... to the attention of" praises him: APPRECIATES', () => {
    const near = 'Commends the Secretary-General for bringing the articles on diplomatic protection to the attention of Governments;';
    expect(relations(near)).toContain('APPRECIATES Organization:Secretary-General of the United Nations');
    expect(relations(near)).not.toContain('RECOMMENDS Organization:Secretary-General of the United Nations');
  });
  it('guard: "Commends the International Law Commission for its work" stays APPRECIATES', () => {
    expect(relations('Commends the International Law Commission for its work on the articles;')).toContain('APPRECIATES Organization:International Law Commission');
  });
});

describe('the CCW\'s Group of Governmental Experts printed with its owners: the Convention is named too', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/68', date: '2025-12-01' };
  const LAWS = 'Organization:Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems';
  it('A/RES/80/68 PP7 (79/75, 78/64): "... Lethal Autonomous Weapons Systems of the High Contracting Parties to the Convention on Certain Conventional Weapons met in Geneva"', () => {
    const { relations } = oneParagraph({ ctx, kind: 'preambular' });
    const PP7 =
      'Noting with satisfaction also that the Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems of the High Contracting Parties to the Convention on Certain Conventional Weapons met in Geneva from 3 to 7 March and from 1 to 5 September 2025,';
    const rel = relations(PP7);
    expect(rel).toContain(`NOTES ${LAWS}`);
    expect(rel).toContain('NOTES Framework:Convention on Certain Conventional Weapons');
  });
  it('guard: the group printed alone names no Convention (A/RES/80/68 OP8)', () => {
    const { relations } = oneParagraph({ ctx, kind: 'operative' });
    const rel = relations('Encourages the Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems to continue its work;');
    expect(rel).toEqual([`ENCOURAGES ${LAWS}`]);
  });
});
