// Session-51 audit aud51c: the Fifth Committee's texts (gold set aud51c: A/RES/79/247 Programme planning, 78/309 financing of
// the United Nations Support Office in Somalia, 78/257 Investing in prevention and peacebuilding). Each case quotes its file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function para(ctx: RecognizeContext, id: string, text: string, mark?: string, footnote?: string) {
  const offset = mark === undefined ? -1 : text.lastIndexOf(mark);
  const footnoteRefs = mark === undefined ? [] : [{ mark, offset, footnote: { mark, text: footnote! } }];
  return extractParagraph({ id, kind: id.startsWith('OP') ? 'operative' : 'preambular', text, footnoteRefs, subparagraphs: [] }, ctx);
}
const relationsTo = (x: ReturnType<typeof para>, prefix: string) => x.relations.filter((r) => r.target.startsWith(prefix)).map((r) => `${r.type} ${r.target}`);

const CPC = 'Organization:Committee for Programme and Coordination';

describe('", and welcomes its report" right after a body whose report the resolution footnoted: that report', () => {
  const ctx = (): RecognizeContext => ({ body: 'General Assembly', symbol: 'A/RES/79/247', date: '2024-12-24' });
  const PP4 = 'Having considered the report of the Committee for Programme and Coordination on the work of its sixty-fourth session,2';
  const PP4_NOTE = 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 16 (A/79/16).';
  const OP6 = 'Takes note with appreciation of the work of the Committee for Programme and Coordination, and welcomes its report;';

  it('A/RES/79/247 OP6 (78/244, 80/233): "Takes note with appreciation of the work of the Committee for Programme and Coordination, and welcomes its report;" WELCOMES A/79/16 (PP4 footnote 2)', () => {
    const c = ctx();
    para(c, 'PP4', PP4, '2', PP4_NOTE);
    const op6 = para(c, 'OP6', OP6);
    expect(relationsTo(op6, 'Document:')).toEqual(['WELCOMES Document:A/79/16']);
    // (the Committee keeps both verbs: NOTES by its name, WELCOMES as the report's author)
    expect(relationsTo(op6, CPC)).toEqual([`NOTES ${CPC}`, `WELCOMES ${CPC}`]);
  });

  it('guard: no report of the body footnoted before, no document', () => {
    const op6 = para(ctx(), 'OP6', OP6);
    expect(relationsTo(op6, 'Document:')).toEqual([]);
  });

  it('guard: "its report on the work of its sixty-fifth session" (another session\'s) is not the report footnoted', () => {
    const c = ctx();
    para(c, 'PP4', PP4, '2', PP4_NOTE);
    const op6 = para(c, 'OP6', OP6.replace('its report;', 'its report on the work of its sixty-fifth session;'));
    expect(relationsTo(op6, 'Document:')).toEqual([]);
  });
});

describe('a plural post after "and" with no article ("Presidents of the General Assembly and Chairs of the Fifth Committee") is the post', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/247', date: '2024-12-24' };
  const OP8 =
    'Recognizes the efforts of the President of the General Assembly and the Chair of the Fifth Committee in following up with the Chairs of the relevant Main Committees on the consideration of the programmes without recommendations from the Committee for Programme and Coordination, in accordance with paragraph 8 of its resolution 78/244, and reiterates that incoming Presidents of the General Assembly and Chairs of the Fifth Committee shall reach out to and support the Chairs of the Main Committees to ensure that conclusions and recommendations are issued on time;';

  it('A/RES/79/247 OP8 (78/244, 80/233): both clauses address the Chair of the Fifth Committee, not the Committee', () => {
    const rel = relationsTo(para(ctx, 'OP8', OP8), 'Organization:');
    expect(rel).toContain('RECOGNIZES Organization:Chair of the Fifth Committee');
    expect(rel).toContain('REITERATES Organization:Chair of the Fifth Committee');
    expect(rel).toContain('REITERATES Organization:President of the General Assembly');
    expect(rel.filter((r) => r.endsWith(' Organization:Fifth Committee'))).toEqual([]);
  });

  it('guard: a singular after "and" lists offices to fill (A/RES/78/72 OP42: "the offices of Chair of the Committee and Chair of the Legal Subcommittee")', () => {
    const text =
      'Notes that the African States and the Western European and other States have nominated their candidates for the offices of Chair of the Committee and Chair of the Legal Subcommittee, respectively, for the period 2024–2025;';
    const keys = para({ ...ctx, symbol: 'A/RES/78/72', date: '2023-12-04' }, 'OP42', text).mentions.map((m) => m.key);
    expect(keys).toContain('Organization:Legal Subcommittee of the Committee on the Peaceful Uses of Outer Space');
    expect(keys.filter((k) => k.startsWith('Organization:Chair'))).toEqual([]);
  });
});

describe('"United Nations Volunteers" as a staff category ("national United Nations Volunteers") is not the programme', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/309', date: '2024-06-28' };
  const UNV = 'Organization:United Nations Volunteers';
  const keysOf = (c: RecognizeContext, id: string, text: string) => para(c, id, text).mentions.map((m) => m.key);

  it('A/RES/78/309 OP3: "to increase the participation of national staff, including national United Nations Volunteers": no programme; the Secretary-General stays requested', () => {
    const text =
      'Recalls paragraph 24 of the report of the Advisory Committee, requests the Secretary-General to continue to make efforts to enhance selections and internal advancement of national staff, and to increase the participation of national staff, including national United Nations Volunteers, as appropriate, and requests that this be reviewed in the upcoming civilian staffing review;';
    expect(keysOf(ctx, 'OP3', text)).not.toContain(UNV);
    expect(relationsTo(para(ctx, 'OP3', text), 'Organization:')).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });

  it('A/RES/78/248 OP13 (80/238 OP19): "interns, type II gratis personnel and volunteers (other than United Nations Volunteers)"', () => {
    const text =
      'Recalls paragraph 7 of its resolution 63/253, and reaffirms that interns, type II gratis personnel and volunteers (other than United Nations Volunteers) shall have the possibility of requesting an appropriate management evaluation but shall not have access to the United Nations Dispute Tribunal or to the United Nations Appeals Tribunal;';
    expect(keysOf({ ...ctx, symbol: 'A/RES/78/248', date: '2023-12-22' }, 'OP13', text)).not.toContain(UNV);
  });

  it('guard: the programme stays (A/RES/78/127: "Invites the United Nations Volunteers programme, mindful of the provisions of ...")', () => {
    const text =
      'Invites the United Nations Volunteers programme, mindful of the provisions of the annex to Economic and Social Council resolution 1980/67, in cooperation with Governments and relevant organizations of the United Nations system, to facilitate implementation of the International Year;';
    expect(keysOf({ ...ctx, symbol: 'A/RES/78/127', date: '2023-12-05' }, 'OP5', text)).toContain(UNV);
  });
});

describe('"provided by the Government of <country> to the <body>": the country acting and the body, two names', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/258', date: '2024-12-24' };
  const RSCSL = 'Organization:Residual Special Court for Sierra Leone';
  const C24 = 'Organization:Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples';
  const OP3 = 'Reaffirms the high priority accorded to the work of the Residual Special Court for Sierra Leone;';

  it('A/RES/79/258 II.OP7 (78/253 III.OP5, 80/243 V.OP6): "Also welcomes the continued in-kind multiform support provided by the Government of Sierra Leone to the Residual Special Court"', () => {
    const c = { ...ctx };
    para(c, 'OP3', OP3);
    const op7 = para(c, 'OP7', 'Also welcomes the continued in-kind multiform support provided by the Government of Sierra Leone to the Residual Special Court, including the provision of rent-free office space and other services at no cost;');
    expect(relationsTo(op7, 'Organization:')).toEqual([`WELCOMES ${RSCSL}`]);
    expect(op7.mentions.map((m) => m.key)).toContain('Place:Sierra Leone');
  });

  it('A/RES/78/86 OP7 (79/99, 80/90): "Also recalls the invitation extended in 2015 by the Governor of American Samoa to the Special Committee to send a visiting mission"', () => {
    const text =
      'Also recalls the invitation extended in 2015 by the Governor of American Samoa to the Special Committee to send a visiting mission to the Territory, calls upon the administering Power to facilitate such a mission if the territorial Government so desires;';
    const c: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/86', date: '2023-12-06' };
    para(c, 'PP1', 'Having considered the question of American Samoa and examined the report of the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples for 2023,');
    const op7 = para(c, 'OP7', text);
    expect(relationsTo(op7, C24)).toEqual([`RECALLS ${C24}`]);
  });

  it('guard: A/RES/79/300 OP1 "the facilities provided by the Government of Italy to the United Nations Logistics Base at Brindisi, Italy": the Base, no Government', () => {
    const text =
      'Notes with appreciation the facilities provided by the Government of Italy to the United Nations Logistics Base at Brindisi, Italy, and by the Government of Spain to the secondary active telecommunications facility in Valencia, Spain;';
    const op1 = para({ ...ctx, symbol: 'A/RES/79/300', date: '2025-06-30' }, 'OP1', text);
    expect(relationsTo(op1, 'Organization:')).toEqual(['NOTES Organization:United Nations Logistics Base at Brindisi, Italy']);
  });
});

describe('the Assembly as the agent of its own act ("set out by", "decided otherwise by", "declared by", "given by the General Assembly"): no edge', () => {
  const GA = 'Organization:General Assembly';
  const rel = (symbol: string, id: string, text: string) => relationsTo(para({ body: 'General Assembly', symbol, date: '2023-12-22' }, id, text), GA);

  it('A/RES/78/248 OP5 (79/254 OP6, 80/238 OP5): "to ensure that it remains within the parameters set out by the General Assembly"', () => {
    const text =
      'Acknowledges the evolving nature of the system of administration of justice and the need to carefully monitor its implementation to ensure that it remains within the parameters set out by the General Assembly;';
    expect(rel('A/RES/78/248', 'OP5', text)).toEqual([]);
  });

  it('A/RES/79/258 XVII.OP25 (78/253, 79/248, 80/234): "will be funded under the regular budget until decided otherwise by the General Assembly"', () => {
    const text = 'Decides that the annual repayments of the loans to the host country will be funded under the regular budget until decided otherwise by the General Assembly;';
    expect(rel('A/RES/79/258', 'OP25', text)).toEqual([]);
  });

  it('A/RES/80/193 PP23 (78/234, 79/161): "the three Decades for Action to Combat Racism and Racial Discrimination previously declared by the General Assembly"', () => {
    const text =
      'Recalling also the three Decades for Action to Combat Racism and Racial Discrimination previously declared by the General Assembly, and regretting that the Programmes of Action for those Decades have not been fully implemented,';
    expect(rel('A/RES/80/193', 'PP23', text)).toEqual([]);
  });

  it('guard: the Assembly as the recipient keeps the verb ("and to report thereon to the General Assembly", A/RES/78/257 OP21)', () => {
    const text =
      'Requests the Secretary-General to entrust the Office of Internal Oversight Services of the Secretariat with conducting an evaluation of the Peacebuilding Account, and to report thereon to the General Assembly at its eighty-third session;';
    expect(rel('A/RES/78/257', 'OP21', text)).toEqual([`REQUESTS ${GA}`]);
  });
});

describe('"the Chairs of the <Committee> dated <day>, the <Committee> dated <day> ... and the <Committee> dated <day>": one chair per committee', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/247', date: '2024-12-24' };
  const PP4 =
    'Having considered the report of the Committee for Programme and Coordination on the work of its sixty-fourth session,2 the reports of the Secretary-General on the proposed programme budget for 2025: part II, proposed programme plan for 2025 and programme performance for 2023,3 and the letters and the annexes thereto from the Chairs of the Disarmament and International Security Committee (First Committee) dated 22 October 2024,4 the Economic and Financial Committee (Second Committee) dated 25 October 2024,5 the Social, Humanitarian and Cultural Committee (Third Committee) dated 21 October 2024 6 and the Special Political and Decolonization Committee (Fourth Committee) dated 23 October 2024 7 addressed to the Chair of the Fifth Committee,';
  const chairs = (text: string) => para(ctx, 'PP4', text).mentions.map((m) => m.key).filter((k) => k.startsWith('Organization:Chair'));

  it('A/RES/79/247 PP4 (78/244, 80/233): the four letters\' senders and their addressee', () => {
    expect(chairs(PP4)).toEqual([
      'Organization:Chair of the First Committee',
      'Organization:Chair of the Second Committee',
      'Organization:Chair of the Third Committee',
      'Organization:Chair of the Special Political and Decolonization Committee',
      'Organization:Chair of the Fifth Committee',
    ]);
  });

  it('guard: one chair named ("the Chair of the ... (First Committee) dated 22 October 2024,4 the Economic and Financial Committee ..."): the next committees are no chairs', () => {
    expect(chairs(PP4.replace('the Chairs of the Disarmament', 'the Chair of the Disarmament'))).toEqual(['Organization:Chair of the First Committee', 'Organization:Chair of the Fifth Committee']);
  });
});
