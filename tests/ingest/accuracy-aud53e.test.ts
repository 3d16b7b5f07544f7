// Residual entity and verb-target faults of session 53 (helper aud53e): the first readings of sessions 48-52 and the residuals
// reported in session 52. Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that
// must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractParagraph } from '../../ingest/extract.js';
import { notedParagraph, relationsByParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_68: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' };
const ASEAN = 'Organization:Association of Southeast Asian Nations';

describe('", through its <organ>": a forum the body acts through is its organ', () => {
  const { relations, attributions } = oneParagraph({ ctx: GA_78_68, kind: 'operative' });

  it('A/RES/78/68 OP182 (79/145 OP184, 80/109 OP189): "the Association of Southeast Asian Nations, through its Fisheries Consultative Forum" is an Organization, PART_OF ASEAN', () => {
    const text =
      'Notes the ongoing efforts of the Association of Southeast Asian Nations, through its Fisheries Consultative Forum, to address common problems on fisheries management and development in the South-East Asian region;';
    expect(relations(text)).toEqual([`NOTES ${ASEAN}`, 'NOTES Organization:Fisheries Consultative Forum']);
    expect(attributions(text)).toEqual([`PART_OF Organization:Fisheries Consultative Forum -> ${ASEAN}`]);
  });

  it('guard, A/RES/78/271 OP7: "including through its forum on financing for development follow-up" (not right after the body) stays the sitting series', () => {
    const text =
      'Invites the Economic and Social Council to contribute to the preparations for the Conference, as appropriate, including through its forum on financing for development follow-up and the special high-level meeting with the World Bank;';
    const rels = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/271', date: '2024-03-01' });
    expect(rels.some((r) => r.startsWith('INVITES Organization:') && /forum/i.test(r))).toBe(false);
  });

  it('guard: a forum printed after a body with no ", through its " stays an Event ("the Association of Southeast Asian Nations and the Fisheries Consultative Forum")', () => {
    const text = 'Notes the efforts of the Association of Southeast Asian Nations and the Fisheries Consultative Forum to address common problems on fisheries management;';
    expect(relations(text)).toContain('NOTES Event:Fisheries Consultative Forum');
  });
});

const GA_78_111: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/111', date: '2023-12-07' };
const GA_78_108: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/108', date: '2023-12-07' };
const SCC = 'Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization';
const SCC_2024 = `Event:2024 session of the ${SCC}`;
// (each resolution's state is kept per context object: every case below passes a fresh copy)

describe('"the next session of <body>": the session the paragraph or the resolution dates', () => {
  it('A/RES/78/108 OP17 (79/121 OP18): "decides that the next session of the Commission shall be held ... from 15 April to 31 May 2024, ..., and from 1 July to 2 August 2024": the 2024 session, SESSION_OF the Commission, neither range its days', () => {
    const text =
      'Takes note of paragraph 291 of the report of the International Law Commission, and decides that the next session of the Commission shall be held at the United Nations Office at Geneva from 15 April to 31 May 2024, which will coincide with the commemoration of the seventy-fifth anniversary of the Commission, and from 1 July to 2 August 2024;';
    const { relations, attributions } = oneParagraph({ ctx: GA_78_108, kind: 'operative' });
    expect(relations(text)).toContain('DECIDES Event:2024 session of the International Law Commission');
    const atts = attributions(text).filter((a) => a.includes('2024 session'));
    expect(atts).toContain('SESSION_OF Event:2024 session of the International Law Commission -> Organization:International Law Commission');
    expect(atts.filter((a) => a.startsWith('ENDS_ON'))).toEqual([]);
  });

  it('A/RES/80/76 OP44: "before the next session of the Committee, to be held in 2026" (the Committee named in OP1): the 2026 session', () => {
    const op1 = 'Endorses the report of the Committee on the Peaceful Uses of Outer Space on the work of its sixty-eighth session;';
    const op44 =
      'Urges the African States to nominate their candidate for the office of Second Vice-Chair/Rapporteur of the Committee for the period 2026–2027, before the next session of the Committee, to be held in 2026;';
    const [, rels] = relationsByParagraph({ body: 'General Assembly', symbol: 'A/RES/80/76', date: '2025-12-04' }, [{ text: op1 }, { text: op44 }]);
    expect(rels).toContain('URGES Event:2026 session of the Committee on the Peaceful Uses of Outer Space');
  });

  it('A/RES/78/111 OP6 (a) after OP2 (79/125 OP5, 80/166 OP6): "the thematic debate, to be held at the next session of the Special Committee" is the session OP2 dated', () => {
    const op1 = `Takes note of the report of the ${SCC};`;
    const op2 = 'Decides that the Special Committee shall hold its next session from 20 to 28 February 2024;';
    const op6 =
      'Recalls its decision to undertake an annual thematic debate in the Special Committee, and in that regard: (a) invites Member States to focus their comments during the thematic debate, to be held at the next session of the Special Committee, at the seventy-eighth session of the General Assembly, on the subtopic “Exchange of information on State practices regarding the use of good offices”;';
    const [, decided, invited] = relationsByParagraph({ ...GA_78_111 }, [{ text: op1 }, { text: op2 }, { text: op6 }]);
    expect(decided).toContain(`DECIDES ${SCC_2024}`);
    expect(invited).toContain(`INVITES ${SCC_2024}`);
  });

  it('guard: with no session dated before in the resolution, "the next session of the Special Committee" names no session; nor does "at its next session" (A/RES/78/111 OP4)', () => {
    const op1 = `Takes note of the report of the ${SCC};`;
    const op6 = 'Invites Member States to focus their comments during the thematic debate, to be held at the next session of the Special Committee;';
    const op4 = 'Requests the Secretary-General to brief the Special Committee at its next session on the document;';
    const [, undated] = relationsByParagraph({ ...GA_78_111 }, [{ text: op1 }, { text: op6 }]);
    expect(undated.filter((r) => r.includes('session'))).toEqual([]);
    const op2 = 'Decides that the Special Committee shall hold its next session from 20 to 28 February 2024;';
    const [, , briefed] = relationsByParagraph({ ...GA_78_111 }, [{ text: op1 }, { text: op2 }, { text: op4 }]);
    expect(briefed.filter((r) => r.includes('session'))).toEqual([]);
  });
});

const GA_79_13: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/13', date: '2024-11-18' };

describe('an agreement of the United Nations cited by its registered title at the head of a footnote', () => {
  const PP2 =
    'Bearing in mind the Agreement between the United Nations and the Latin American and Caribbean Economic System,1 in which the parties agree to strengthen and expand their cooperation in matters that are of common concern,';
  const footnoteKeys = (note: string): string[] =>
    extractParagraph(notedParagraph('PP2', PP2, [['1', note, 'System,1']]), { ...GA_79_13 })
      .mentions.filter((m) => m.footnote)
      .map((m) => m.key);

  it('A/RES/79/13 PP2, footnote 1: "Agreement between the United Nations and the Latin American Economic System (United Nations, Treaty Series, vol. 1651, No. 1061)." is a Framework', () => {
    expect(footnoteKeys('Agreement between the United Nations and the Latin American Economic System (United Nations, Treaty Series, vol. 1651, No. 1061).')).toContain(
      'Framework:Agreement between the United Nations and the Latin American Economic System',
    );
  });

  it('guard: not inside a sentence with no "the" before it ("an Agreement between the United Nations and the System was signed")', () => {
    const keys = footnoteKeys('See an Agreement between the United Nations and the System was signed in 1991.');
    expect(keys.filter((k) => k.startsWith('Framework:'))).toEqual([]);
  });
});

describe('a generic organ printed with its owner after it ("<organ> of the <body>") is keyed with that owner', () => {
  const { keys, attributions } = oneParagraph({ ctx: GA_78_68, kind: 'operative' });
  const ILC_STUDY_GROUP = 'Organization:Study Group (International Law Commission)';

  it('A/RES/78/69 OP204 (79/144 OP199, 80/110 OP195, 78/319 PP7): "the open-ended Study Group of the International Law Commission on the topic ..." is the ILC\'s, one node across texts', () => {
    const text =
      'Acknowledges the ongoing work of the open-ended Study Group of the International Law Commission on the topic “Sea-level rise in relation to international law”, and encourages States to continue to engage;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' };
    expect(keys(text, 'Organization:Study', 'operative', ctx)).toEqual([ILC_STUDY_GROUP]);
    expect(keys(text, 'Organization:Study', 'operative', { ...ctx, symbol: 'A/RES/79/144' })).toEqual([ILC_STUDY_GROUP]);
    expect(attributions(text, 'operative', ctx)).toContain(`PART_OF ${ILC_STUDY_GROUP} -> Organization:International Law Commission`);
  });

  it('A/RES/78/68 OP111: "the Governing Body of the International Labour Organization, at its 344th session": the ILO\'s Governing Body, PART_OF it', () => {
    const text =
      'Also notes that the Committee on Fisheries, at its thirty-fifth session, and the Governing Body of the International Labour Organization, at its 344th session, endorsed the terms of reference of the Joint Working Group;';
    expect(keys(text, 'Organization:Governing')).toEqual(['Organization:Governing Body (International Labour Organization)']);
    expect(attributions(text)).toContain('PART_OF Organization:Governing Body (International Labour Organization) -> Organization:International Labour Organization');
  });

  it('guard, A/RES/80/164 OP5: "the final report of the Study Group" with no owner printed stays the resolution\'s', () => {
    const text = 'Takes note that the International Court of Justice engaged with the final report of the Study Group in its advisory opinion of 23 July 2025;';
    expect(keys(text, 'Organization:Study', 'operative', { body: 'General Assembly', symbol: 'A/RES/80/164', date: '2025-12-01' })).toEqual(['Organization:Study Group (A/RES/80/164)']);
  });

  it('guard, A/RES/78/136 PP6 (79/196): "the Ad Hoc Open-ended Working Group of the General Assembly to follow up on ...": the Assembly sets up many such groups, keyed with the resolution', () => {
    const text =
      'Recalling the Conference, recognizing the work undertaken by the Ad Hoc Open-ended Working Group of the General Assembly to follow up on the issues contained in the Outcome of the Conference,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/136', date: '2023-12-19' };
    expect(keys(text, 'Organization:Ad Hoc', 'preambular', ctx)).toEqual(['Organization:Ad Hoc Open-ended Working Group (A/RES/78/136)']);
  });
});

describe('two bodies\' bare heads joined by "and" are no name', () => {
  const { keys, relations } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/319', date: '2024-08-29' }, kind: 'preambular' });

  it('A/RES/78/319 PP11 (78/69 OP340, 79/144, 80/110): "... sea level rise and Forum and Alliance members’ maritime zones" after the Pacific Islands Forum and AOSIS: no Initiative "Forum and Alliance"', () => {
    const text =
      'Recalling the endorsement of the Heads of State and Government of the Alliance of Small Island States on 22 September 2021 of the Leaders’ Declaration addressing, inter alia, the relationship between climate change-related sea level rise and Forum and Alliance members’ maritime zones,';
    expect(keys(text, 'Initiative:')).toEqual([]);
    expect(relations(text)).toContain('RECALLS Organization:Alliance of Small Island States');
  });

  it('guard: an instrument whose name starts with two heads stays ("the Declaration and Programme of Action on a Culture of Peace")', () => {
    expect(keys('Recalling the Declaration and Programme of Action on a Culture of Peace,', 'Framework:')).toEqual(['Framework:Declaration and Programme of Action on a Culture of Peace']);
  });
});
