// Session-41 audit aud41a: verb relations clause by clause on a fresh random sample of corpus-ga (A/RES/80/41, 78/202, 79/67,
// 79/230, 79/38, 79/108, 78/131, 78/246: 8 files, 194 paragraphs, 396 verb edges), then the leftovers of session 40.
// Fixed: the United Nations (or the General Assembly) naming the whole whose parts the clause speaks of ("the appropriate
// bodies of the United Nations", "other organs of the United Nations", "the relevant entities of the United Nations",
// "specialized agencies, funds and programmes of the United Nations", "a subsidiary organ of the General Assembly") or whose
// rules it cites ("rule 52 of the rules of procedure of the General Assembly") is no target of the clause's verb, as its
// members and observers were not (aud40a, aud40i); a verb right after a relative pronoun and its aside ("which, among other
// issues, calls for", "which, inter alia, recommends") is the relative clause's, no clause of the body (A/RES/79/135 OP2,
// 79/185 OP6). Kept: the author of resolutions ("other resolutions of the Assembly"), the Organization's own activities, a
// recipient ("report to the General Assembly"), "in which the General Assembly recognized" (the agent in the clause: aud40h's
// annotation gives it the clause's verb). Sample: verb edges right 393/396 (3 wrong) -> 393/394 (1 wrong) (left: A/RES/79/230 PP3 "the first
// session of the General Assembly following the adoption of the decisions" read as an event, one text).
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../ingest/clauses.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/108', date: '2024-12-12' };
const { extract, relations } = oneParagraph({ ctx: GA79, kind: 'preambular' });
const relationsOf = (text: string, kind: 'operative' | 'preambular') => splitClauses(text, kind).map((c) => c.relation ?? null);

const UN = 'Organization:United Nations';
const GA = 'Organization:General Assembly';

describe('the United Nations naming the whole of its parts, or the Assembly its rules of procedure, is no verb target', () => {
  it('A/RES/79/108 PP13 (and some thirty-five territory texts): "ensure that the appropriate bodies of the United Nations actively pursue a public awareness campaign": RECOGNIZES the Special Committee, not the United Nations', () => {
    const text =
      'Recognizing the need for the Special Committee to ensure that the appropriate bodies of the United Nations actively pursue a public awareness campaign aimed at assisting the people of Pitcairn with their inalienable right to self-determination and in gaining a better understanding of the options for self-determination, on a case-by-case basis,';
    const rel = relations(text);
    expect(rel).not.toContain(`RECOGNIZES ${UN}`);
    expect(rel.some((r) => r.startsWith('RECOGNIZES Organization:Special Committee'))).toBe(true);
    expect(extract(text).mentions.map((m) => m.key)).toContain(UN);
  });

  it('A/RES/78/202 PP6: "as called for by the General Assembly and other organs of the United Nations": neither the Assembly (its own act, aud50g) nor the United Nations', () => {
    const text =
      'Recalling the documents adopted at previous summits and conferences, in which States members of the Movement agreed to oppose and condemn unilateral coercive measures and their continued application, persevere with efforts to effectively reverse them, urge other States to do likewise, as called for by the General Assembly and other organs of the United Nations, and request States applying those measures or laws to revoke them fully and immediately,';
    const rel = relations(text, 'preambular', { ...GA79, symbol: 'A/RES/78/202', date: '2023-12-19' });
    expect(rel).not.toContain(`RECALLS ${GA}`);
    expect(rel).not.toContain(`RECALLS ${UN}`);
  });

  it('A/RES/78/182 OP40: "Requests the entities of the United Nations to strengthen efforts": no REQUESTS United Nations', () => {
    const text =
      'Requests the entities of the United Nations to strengthen efforts to prevent, address and eliminate sexual harassment, in full alignment with the work of the United Nations System Chief Executives Board for Coordination Task Force on Addressing Sexual Harassment within the Organizations of the United Nations System, apply a victim-centred approach to all forms of misconduct, enhance training, leverage the knowledge hub on addressing sexual harassment and encourage the implementation of accountability mechanisms, as well as gender-sensitive exit surveys;';
    expect(relations(text, 'operative', { ...GA79, symbol: 'A/RES/78/182', date: '2023-12-19' })).not.toContain(`REQUESTS ${UN}`);
  });

  it('A/RES/78/244 OP1 (79/247, 80/233): "the Committee for Programme and Coordination as the main subsidiary organ of the General Assembly and the Economic and Social Council": REAFFIRMS the Committee, not the Assembly', () => {
    const text =
      'Reaffirms the role of the Committee for Programme and Coordination as the main subsidiary organ of the General Assembly and the Economic and Social Council for planning, programming and coordination;';
    const rel = relations(text, 'operative', { ...GA79, symbol: 'A/RES/78/244', date: '2023-12-22' });
    expect(rel).toContain('REAFFIRMS Organization:Committee for Programme and Coordination');
    expect(rel).not.toContain(`REAFFIRMS ${GA}`);
  });

  it('A/RES/78/319 OP14: "Recalls rule 52 of the rules of procedure of the General Assembly": no RECALLS General Assembly; the Secretary-General requested', () => {
    const text =
      'Recalls rule 52 of the rules of procedure of the General Assembly, reaffirms multilingualism as a core and fundamental value of the Organization, re-emphasizes the paramount importance of the equality of the six official languages of the United Nations, and requests the Secretary-General to provide interpretation into the six official languages of the United Nations for the high-level meeting;';
    const rel = relations(text, 'operative', { ...GA79, symbol: 'A/RES/78/319', date: '2024-09-05' });
    expect(rel).not.toContain(`RECALLS ${GA}`);
    expect(rel).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });

  it('guard: A/RES/79/108 PP3 "other resolutions of the Assembly": the author of resolutions keeps the verb (aud40i)', () => {
    const text =
      'Recognizing that all available options for self-determination of the Territory are valid as long as they are in accordance with the freely expressed wishes of the people of Pitcairn and in conformity with the clearly defined principles contained in General Assembly resolutions 1514 (XV) of 14 December 1960, 1541 (XV) of 15 December 1960 and other resolutions of the Assembly,';
    expect(relations(text)).toContain(`RECOGNIZES ${GA}`);
  });

  it('guard: A/RES/79/67 OP6 "the promotion of activities of the United Nations at the regional level": the Organization\'s own activities keep the verb', () => {
    const text =
      'Reaffirms its strong support for the role of the Regional Centre in the promotion of activities of the United Nations at the regional level to strengthen peace, stability and security among its Member States;';
    expect(relations(text, 'operative', { ...GA79, symbol: 'A/RES/79/67', date: '2024-12-02' })).toContain(`REAFFIRMS ${UN}`);
  });

  // convention changed in session 52 (aud52i, with aud52c's gold of 78/111): "as official documents of the United Nations" names what
  // kind of documents they are to be, no target either (was a target until then)
  it('A/RES/78/111 OP11: the organs are no target, nor is "as official documents of the United Nations"', () => {
    const text =
      'Recognizes the important role of the International Court of Justice, the principal judicial organ of the United Nations, in adjudicating disputes among States and the value of its work, as well as the importance of having recourse to the Court in the peaceful settlement of disputes, notes that, consistent with Article 96 of the Charter, the Court’s advisory jurisdiction may be requested by the General Assembly, the Security Council or other authorized organs of the United Nations and the specialized agencies, and requests the Secretary-General to distribute, in due course, the advisory opinions requested by the principal organs of the United Nations as official documents of the United Nations;';
    const x = extract(text, 'operative', { ...GA79, symbol: 'A/RES/78/111', date: '2023-12-07' });
    expect(x.relations.filter((r) => r.target === UN)).toEqual([]);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('RECOGNIZES Organization:International Court of Justice');
  });
});

describe('a verb right after a relative pronoun and its aside is the relative clause\'s', () => {
  it('A/RES/79/135 OP2: "also notes the multidisciplinary approach of this document combining a political agenda, which, among other issues, calls for addressing ... the Charter of the United Nations": NOTES the Charter, no CALLS_UPON', () => {
    const text =
      'Notes the efforts of the Central European Initiative in addressing the challenges through its new Plan of Action 2024–2026 adopted by the member States on 21 December 2023, acknowledging that it was elaborated in line with the 2030 Agenda for Sustainable Development and its Sustainable Development Goals, also notes the multidisciplinary approach of this document combining a political agenda, which, among other issues, calls for addressing the consequences of the war of aggression of the Russian Federation against Ukraine by continuing to support Ukraine with both political and financial means and making all possible efforts to reach a comprehensive, just and lasting peace for Ukraine in accordance with the principles of the Charter of the United Nations and norms of international law, including respect for territorial integrity within internationally recognized borders;';
    expect(relationsOf(text, 'operative')).toEqual(['NOTES', 'ACKNOWLEDGES', 'NOTES']);
    const rel = relations(text, 'operative', { ...GA79, symbol: 'A/RES/79/135', date: '2024-12-10' });
    expect(rel).toContain('NOTES Framework:Charter of the United Nations');
    expect(rel.some((r) => r.startsWith('CALLS_UPON'))).toBe(false);
  });

  it('A/RES/79/185 OP6: "further welcomes the adoption of decision C-28/DEC.12 ... by the Conference of the States Parties to the Convention, which, inter alia, recommends that States parties ...": no RECOMMENDS clause; the clauses before stay', () => {
    const text =
      'Demands that the Syrian regime adhere fully to its international obligations, including the requirement that it declare in full its chemical weapons programme, with special emphasis on the need for the Syrian Arab Republic to urgently resolve the identified gaps, inconsistencies and discrepancies pertaining to its declaration in respect of the Chemical Weapons Convention and to verifiably eliminate its chemical weapons programme in its entirety, 12 further invites the Executive Council of the Organisation for the Prohibition of Chemical Weapons to consider additional procedures for stringent verification pursuant to article IV, paragraph 8, and article V, paragraph 10, of the Convention, in order to ensure the complete destruction of the Syrian chemical weapons programme and prevent any further use of chemical weapons, and further welcomes the adoption of decision C-28/DEC.12 of 30 November 2023 by the Conference of the States Parties to the Convention, which, inter alia, recommends that States parties to the Convention take certain recommended collective measures consistent with article XII, paragraph 3, of the Convention;';
    expect(relationsOf(text, 'operative')).toEqual(['DEMANDS', 'INVITES', 'WELCOMES']);
    const rel = relations(text, 'operative', { ...GA79, symbol: 'A/RES/79/185', date: '2024-12-02' });
    expect(rel).toContain('WELCOMES Framework:Chemical Weapons Convention');
    expect(rel.some((r) => r.startsWith('RECOMMENDS'))).toBe(false);
  });

  it('guard: a body\'s verb after the relative clause, set off by ", and", still opens its clause ("..., which, inter alia, includes ..., and in this respect recalling its resolution 70/299", A/RES/78/229 PP11)', () => {
    const text =
      'Reaffirming the 2030 Agenda for Sustainable Development, which, inter alia, includes the commitment to promote peaceful and inclusive societies for sustainable development, provide access to justice for all and build effective, accountable and inclusive institutions at all levels, and in this respect recalling its resolution 70/299 of 29 July 2016,';
    expect(relationsOf(text, 'preambular')).toEqual(['REAFFIRMS', 'RECALLS']);
  });

  it('guard: an aside after the body\'s own verb is no relative clause ("Welcomes, in this regard, ... and invites ...")', () => {
    const text = 'Notes the report of the Secretary-General, welcomes, in this regard, the progress made, and invites Member States to contribute;';
    expect(relationsOf(text, 'operative')).toEqual(['NOTES', 'WELCOMES', 'INVITES']);
  });
});
