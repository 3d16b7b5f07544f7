// Gaps found by the session-52 audit of three Sixth Committee resolutions (helper aud52c; gold files
// tests/gold/aud52c-*.gold.tsv: A/RES/78/111, the Charter Committee; A/RES/78/112, the rule of law; A/RES/80/171, measures to
// eliminate international terrorism). Each case quotes the file and paragraph it comes from; each fix has a guard for the near
// sentence that must not change.
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../ingest/clauses.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { relationsByParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_111: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/111', date: '2023-12-07' };
const REPERTORY = 'Initiative:Repertory of Practice of United Nations Organs';
const REPERTOIRE = 'Initiative:Repertoire of the Practice of the Security Council';
const SG = 'Organization:Secretary-General of the United Nations';

/** A/RES/78/111 OP12, where the two publications are named in full (the same words in 79/125 OP11 and 80/166 OP12) */
const OP12 =
  'Commends the Secretary-General for the progress made in the preparation of studies for the Repertory of Practice of United Nations Organs, including the use of the internship programme of the United Nations and cooperation with academic institutions for this purpose, as well as the progress made towards updating the Repertoire of the Practice of the Security Council;';

describe('the Charter Committee texts: "the Repertory" and "the Repertoire" printed short after their full names', () => {
  it('A/RES/78/111 OP13: "to contribute to the preparation of studies for the Repertory"', () => {
    const text =
      'Further encourages Member States to identify academic institutions that have the capacity to contribute to the preparation of studies for the Repertory and to provide the contact details of such institutions, and in this regard further welcomes the initiative of the Secretariat also to invite members of the International Law Commission to recommend academic institutions that the Secretariat could contact for this purpose;';
    const [, op13] = relationsByParagraph(GA_78_111, [{ text: OP12 }, { text }]);
    expect(op13).toContain(`ENCOURAGES ${REPERTORY}`);
  });

  it('A/RES/78/111 OP14: "the trust fund for the elimination of the backlog in the Repertory and to the trust fund for the updating of the Repertoire"', () => {
    const text =
      'Notes with appreciation the contributions made by Member States to the trust fund for the elimination of the backlog in the Repertory and to the trust fund for the updating of the Repertoire, as well as other contributions, including the sponsoring of associate experts to assist in the updating of the Repertoire;';
    const [, op14] = relationsByParagraph(GA_78_111, [{ text: OP12 }, { text }]);
    expect(op14).toEqual([`NOTES ${REPERTORY}`, `NOTES ${REPERTOIRE}`]);
  });

  it('guard: "the Repertory" in a text that never named the publication in full is no mention', () => {
    const ctx = { body: 'General Assembly', symbol: 'A/RES/78/998', date: '2023-12-07' };
    const [op1] = relationsByParagraph(ctx, [{ text: 'Notes with appreciation the contributions made by Member States to the trust fund for the elimination of the backlog in the Repertory;' }]);
    expect(op1).toEqual([]);
  });
});

describe('", and with regard to <topic> <verb>": a later clause, its topic the later verb\'s', () => {
  const OP18 =
    'Reiterates the responsibility of the Secretary-General for the quality of the Repertory and the Repertoire, and with regard to the Repertoire calls upon the Secretary-General to continue to follow the modalities outlined in paragraphs 102 to 106 of his report dated 18 September 1952;';

  it('A/RES/78/111 OP18 (79/125 OP17, 80/166 OP18): "..., and with regard to the Repertoire calls upon the Secretary-General"', () => {
    expect(splitClauses(OP18, 'operative').map((c) => c.relation)).toEqual(['REITERATES', 'CALLS_UPON']);
    const [, op18] = relationsByParagraph(GA_78_111, [{ text: OP12 }, { text: OP18, footnote: 'A/2170.' }]);
    expect(op18).toEqual([`REITERATES ${SG}`, `REITERATES ${REPERTORY}`, `REITERATES ${REPERTOIRE}`, `CALLS_UPON ${REPERTOIRE}`, `CALLS_UPON ${SG}`, 'CALLS_UPON Document:A/2170']);
  });

  it('guard: "and with regard to" joining two topics of one verb opens no clause (A/RES/79/133, the recalled meeting\'s words)', () => {
    const text =
      'Recalls the meeting of States parties, which encouraged all States parties to ensure the exchange of experiences and the promotion of good practices with regard to countering trafficking in cultural property and with regard to its return or restitution to the countries of origin;';
    expect(splitClauses(text, 'operative').map((c) => c.relation)).toEqual(['RECALLS']);
  });
});

describe('the Sixth Committee\'s draft treaty on terrorism, printed in lowercase as the Commission\'s draft articles are', () => {
  const CCIT = 'Framework:draft comprehensive convention on international terrorism';

  it('A/RES/80/171 OP24 (79/129, 78/115): "with a view to finalizing the process on the draft comprehensive convention on international terrorism"', () => {
    const ctx = { body: 'General Assembly', symbol: 'A/RES/80/171', date: '2025-12-15' };
    const text =
      'Decides to recommend that the Sixth Committee, at the eighty-first session of the General Assembly, establish a working group with a view to finalizing the process on the draft comprehensive convention on international terrorism as well as discussions on the item included in its agenda by Assembly resolution 54/110 concerning the question of convening a high-level conference under the auspices of the United Nations;';
    const [op24] = relationsByParagraph(ctx, [{ text }]);
    expect(op24).toContain(`DECIDES ${CCIT}`);
  });

  it('guard: "the conclusion of a comprehensive convention on international terrorism" (A/RES/79/1, a treaty yet to be agreed) names no draft', () => {
    const ctx = { body: 'General Assembly', symbol: 'A/RES/79/1', date: '2024-09-22' };
    const text = 'Calls upon Member States to continue working towards the conclusion of a comprehensive convention on international terrorism;';
    const [op1] = relationsByParagraph(ctx, [{ text }]);
    expect(op1.filter((r) => r.includes('convention on international terrorism'))).toEqual([]);
  });
});

describe('the Charter Committee\'s sessions numbered by the year printed after them ("its session in 2024")', () => {
  const { keys, relations, attributions } = oneParagraph({ ctx: GA_78_111, kind: 'operative' });
  const SCC = 'Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization';
  const SESSION_2024 = `Event:2024 session of the ${SCC}`;

  it('A/RES/78/111 OP2: "Decides that the Special Committee shall hold its next session from 20 to 28 February 2024"', () => {
    const text = 'Decides that the Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization shall hold its next session from 20 to 28 February 2024;';
    expect(relations(text)).toContain(`DECIDES ${SESSION_2024}`);
    expect(attributions(text)).toEqual(expect.arrayContaining([`SESSION_OF ${SESSION_2024} -> Organization:${SCC}`, `STARTS_ON ${SESSION_2024} -> Date:2024-02-20`, `ENDS_ON ${SESSION_2024} -> Date:2024-02-28`]));
  });

  it('A/RES/78/111 OP8 and PP16: "Invites the Special Committee, at its session in 2024", "on the work of its session held in 2023"', () => {
    expect(relations(`Invites the ${SCC}, at its session in 2024, to continue to identify new subjects for consideration in its future work;`)).toContain(`INVITES ${SESSION_2024}`);
    expect(keys(`Having considered the report of the ${SCC} on the work of its session held in 2023,`, 'Event:', 'preambular')).toEqual([`Event:2023 session of the ${SCC}`]);
  });

  it('guard: "at the very start of its session in order to provide" (A/RES/78/244) and a session with no body named before "its" give no session', () => {
    expect(keys('Requests the Committee for Programme and Coordination to consider the programme at the very start of its session in order to provide any conclusions;', 'Event:')).toEqual([]);
    expect(keys('Requests the Secretary-General to report at its session in 2024;', 'Event:')).toEqual([]);
  });
});

describe('the rule-of-law texts: "the declaration" printed short after the declaration of the high-level meeting', () => {
  const GA_78_112: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/112', date: '2023-12-07' };
  const DECLARATION = 'Framework:Declaration of the High-level Meeting of the General Assembly on the Rule of Law at the National and International Levels';
  const PP11 =
    'Noting the tenth anniversary of the declaration of the high-level meeting of the General Assembly on the rule of law at the national and international levels, as adopted by the General Assembly in its resolution 67/1 of 24 September 2012, without a vote,';
  const OP1 =
    'Recalls the high-level meeting of the General Assembly on the rule of law at the national and international levels, held during the high-level segment of its sixty-seventh session, and the declaration adopted at that meeting, takes note of the report of the Secretary-General submitted pursuant to paragraph 41 of the declaration, and requests the Sixth Committee to continue its consideration of ways and means of further developing the linkages between the rule of law and the three pillars of the United Nations;';

  it('A/RES/78/112 OP1 (79/126, 80/167): "takes note of the report of the Secretary-General submitted pursuant to paragraph 41 of the declaration"', () => {
    const [, op1] = relationsByParagraph(GA_78_112, [{ text: PP11, kind: 'preambular' }, { text: OP1 }]);
    expect(op1).toEqual(expect.arrayContaining([`RECALLS ${DECLARATION}`, `NOTES ${DECLARATION}`]));
  });

  it('guard: "the declaration" in a text that never named that declaration is not it', () => {
    const ctx = { body: 'General Assembly', symbol: 'A/RES/78/997', date: '2023-12-07' };
    const [op1] = relationsByParagraph(ctx, [{ text: 'Takes note of the report of the Secretary-General submitted pursuant to paragraph 41 of the declaration;' }]);
    expect(op1.filter((r) => r.includes('Rule of Law'))).toEqual([]);
  });
});
