// Session-47 audit aud47c: the budget / administrative and institutional family (Fifth Committee and plenary texts), annotated
// like the scorer before looking at the output (gold in /tmp/lead/aud47c-gold): A/RES/79/299 (Financing of the Regional Service
// Centre in Entebbe), A/RES/80/239 (Financing of the International Residual Mechanism for Criminal Tribunals), A/RES/79/319
// (Interaction between the United Nations, national parliaments and the Inter-Parliamentary Union), all paragraphs.
// Fixed: the body whose budget performance or financing a report is about, named inside the report's words ("the report of the
// Secretary-General on the budget performance of the Regional Service Centre / of the Force for the period ...", 28 Fifth
// Committee texts), is mentioned by the clause (NOTES it) as it is everywhere else in the text; the General Assembly as the
// agent of its own approval, establishment or authorization ("the procedure and practices established by the General Assembly",
// "as may be approved by the General Assembly", "special political missions authorized by the General Assembly and/or the
// Security Council") is no target of the clause's verb, as "adopted by the General Assembly on <day>" and "as apportioned by the
// General Assembly" are not; the addressee of a later clause of asking printed as "that he" ("and requests that he submit") or as
// "both organizations" / "the two organizations" ("and encourages both organizations to") is the one or two organizations the
// clause before named, as "and requests him to" already was. Each case quotes the file and paragraph; each fix has guards.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_299: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/299', date: '2025-06-30' };
const { relations, extract } = oneParagraph({ ctx: GA79_299, kind: 'operative' });

/** A/RES/79/299 with its PP1 read first: the Centre's full name, which its short form later stands for */
function centreNamed(): RecognizeContext {
  const ctx: RecognizeContext = { ...GA79_299 };
  extract(
    'Recalling its resolutions 69/307 of 25 June 2015 concerning the financing of the Regional Service Centre in Entebbe, Uganda, and its subsequent resolutions thereon, the latest of which was resolution 78/294 of 28 June 2024,',
    'preambular',
    ctx,
  );
  return ctx;
}

const GA = 'Organization:General Assembly';
const SG = 'Organization:Secretary-General of the United Nations';
const RSCE = 'Organization:Regional Service Centre in Entebbe';
const UNISFA = 'Organization:United Nations Interim Security Force for Abyei';

describe('the body a budget report is about, named inside the report\'s words, is mentioned by the clause', () => {
  it('A/RES/79/299 OP5 (78/294 OP6): "Takes note of the report of the Secretary-General on the budget performance of the Regional Service Centre for the period ...": NOTES the Centre, the Secretary-General and the report', () => {
    const text =
      'Takes note of the report of the Secretary-General on the budget performance of the Regional Service Centre for the period from 1 July 2023 to 30 June 2024;';
    const rel = relations(text, 'operative', centreNamed());
    expect(rel).toContain(`NOTES ${RSCE}`);
    expect(rel).toContain(`NOTES ${SG}`);
  });

  it('A/RES/78/297 OP12 (79/301 OP12 and the other mission financing texts): "on the budget performance of the Force for the period ...": the short form is the Force the text named (PP1), NOTES it', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/297', date: '2024-06-28' };
    extract(
      'Having considered the reports of the Secretary-General on the financing of the United Nations Interim Security Force for Abyei and the related report of the Advisory Committee on Administrative and Budgetary Questions,',
      'preambular',
      ctx,
    );
    const rel = relations('Takes note of the report of the Secretary-General on the budget performance of the Force for the period from 1 July 2022 to 30 June 2023;', 'operative', ctx);
    expect(rel).toContain(`NOTES ${UNISFA}`);
  });

  it('guard: A/RES/79/299 OP6 "Approves the amount of 46,154,000 United States dollars for the maintenance of the Regional Service Centre for the period ...": outside a report, APPROVES the Centre as before', () => {
    const text = 'Approves the amount of 46,154,000 United States dollars for the maintenance of the Regional Service Centre for the period from 1 July 2025 to 30 June 2026;';
    expect(relations(text, 'operative', centreNamed())).toEqual([`APPROVES ${RSCE}`]);
  });

  it('guard: a report on the outcome of a sitting: the sitting is the report\'s topic, its owner named in its name gets no verb edge (SESSION_OF), only the budget words bring a body back', () => {
    const text =
      'Takes note of the report of the Secretary-General on the outcome of the fifty-sixth session of the United Nations Commission on International Trade Law;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/103', date: '2023-12-07' });
    expect(rel).toContain('NOTES Event:fifty-sixth session of the United Nations Commission on International Trade Law');
    expect(rel).not.toContain('NOTES Organization:United Nations Commission on International Trade Law');
  });
});

describe('the General Assembly as the agent of its own approval, establishment or authorization is no target', () => {
  it('A/RES/79/299 OP7 (78/294 OP8): "to be funded under section 3, Political affairs, as may be approved by the General Assembly in the context of the proposed programme budget for 2026": DECIDES the Centre, not the Assembly', () => {
    const text =
      'Decides that the requirements for the Regional Service Centre for the period from 1 July 2025 to 30 June 2026 shall be financed as follows: (a) The unencumbered balance and other revenue in the amount of 621,900 dollars in respect of the financial period ended 30 June 2024, to be applied against the resources required for the period from 1 July 2025 to 30 June 2026; (b) The amount of 43,209,100 dollars, to be prorated among the budgets of the active client peacekeeping operations for the period from 1 July 2025 to 30 June 2026; (c) The amount of 2,323,000 dollars, with respect to the share of client special political missions, to be funded under section 3, Political affairs, as may be approved by the General Assembly in the context of the proposed programme budget for 2026;';
    const rel = relations(text, 'operative', centreNamed());
    expect(rel).toContain(`DECIDES ${RSCE}`);
    expect(rel).not.toContain(`DECIDES ${GA}`);
  });

  it('A/RES/79/310 OP21 (and 19 more mission financing texts): "Invites voluntary contributions to the Mission ..., in accordance with the procedure and practices established by the General Assembly": no INVITES of the Assembly', () => {
    const text =
      'Invites voluntary contributions to the Mission in cash and in the form of services and supplies acceptable to the Secretary-General, to be administered, as appropriate, in accordance with the procedure and practices established by the General Assembly;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/310', date: '2025-06-30' });
    expect(rel).not.toContain(`INVITES ${GA}`);
    expect(rel).toContain(`INVITES ${SG}`);
  });

  it('A/RES/79/258 VIII.OP37 (78/253, 80/243): "special political missions authorized by the General Assembly and/or the Security Council": the Council named with it stays APPROVES\'s target, the Assembly does not', () => {
    const text =
      'Approves the budgets in the amount of 595,211,500 dollars for the 37 continuing special political missions authorized by the General Assembly and/or the Security Council, and an amount of 2,298,800 dollars for the share of special political missions in the budget of the Regional Service Centre in Entebbe, Uganda, for 2025, under section 3, Political affairs, of the proposed programme budget for 2025;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/258', date: '2024-12-24' });
    expect(rel).toContain('APPROVES Organization:Security Council');
    expect(rel).not.toContain(`APPROVES ${GA}`);
  });

  it('guard: A/RES/79/319 OP31 "requests that he submit to the General Assembly at its eighty-second session a report": the Assembly addressed stays REQUESTS\'s target', () => {
    const text =
      'Takes note of the report of the Secretary-General, and requests that he submit to the General Assembly at its eighty-second session a report under the item entitled “Interaction between the United Nations, national parliaments and the Inter‑Parliamentary Union”;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/319', date: '2025-07-25' });
    expect(rel).toContain(`REQUESTS ${GA}`);
  });

  it('guard: A/RES/78/101 OP8 "to carry out the actions approved by the General Assembly ... and to report thereon to the General Assembly at its seventy-ninth session": the approval drops, the addressee stays', () => {
    const text =
      'Requests the Special Committee to continue to seek suitable means for the immediate and full implementation of the Declaration and to carry out the actions approved by the General Assembly regarding the International Decades for the Eradication of Colonialism in all Territories that have not yet exercised their right to self-determination, including independence, and in particular to report thereon to the General Assembly at its seventy-ninth session;';
    const x = extract(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/101', date: '2023-12-05' });
    const toAssembly = x.relations.filter((r) => r.type === 'REQUESTS' && r.target === GA);
    expect(toAssembly).toHaveLength(1);
    expect(text.slice(0, toAssembly[0]!.start)).toMatch(/report thereon to the $/);
  });
});

describe('the addressee of a later clause of asking named by "that he" or "both organizations"', () => {
  it('A/RES/79/319 OP31 (79/191 OP60): "Takes note of the report of the Secretary-General, and requests that he submit to the General Assembly ... a report": REQUESTS the Secretary-General', () => {
    const text =
      'Takes note of the report of the Secretary-General, and requests that he submit to the General Assembly at its eighty-second session a report under the item entitled “Interaction between the United Nations, national parliaments and the Inter‑Parliamentary Union”;';
    const x = extract(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/319', date: '2025-07-25' });
    expect(x.relations.filter((r) => r.target === SG).map((r) => `${r.type} ${r.phrase}`)).toEqual(['NOTES Secretary-General', 'REQUESTS he']);
  });

  it('A/RES/79/319 OP1: "Welcomes the actions taken by the Inter-Parliamentary Union ... with the United Nations, and encourages both organizations to enhance their cooperation": ENCOURAGES the Union too', () => {
    const text =
      'Welcomes the actions taken by the Inter-Parliamentary Union to continue to pursue a more systematic and meaningful engagement with the United Nations, and encourages both organizations to enhance their cooperation in meeting their common objectives, focused on a number of thematic issues as well as the overarching goal of strengthening multilateralism by bringing the people, through their parliamentary representatives, closer to the United Nations;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/319', date: '2025-07-25' });
    expect(rel).toContain('ENCOURAGES Organization:Inter-Parliamentary Union');
    expect(rel).toContain('ENCOURAGES Organization:United Nations');
  });

  it('A/RES/79/9 OP22: "Notes with satisfaction the increasing cooperation between the Organization of Islamic Cooperation and [UNESCO], and calls upon the two organizations to expand their cooperation": CALLS_UPON both', () => {
    const text =
      'Notes with satisfaction the increasing cooperation between the Organization of Islamic Cooperation and the United Nations Educational, Scientific and Cultural Organization, and calls upon the two organizations to expand their cooperation in the protection of cultural and historic heritage;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/9', date: '2024-11-13' });
    expect(rel.filter((r) => r.startsWith('CALLS_UPON'))).toEqual([
      'CALLS_UPON Organization:Organization of Islamic Cooperation',
      'CALLS_UPON Organization:United Nations Educational, Scientific and Cultural Organization',
    ]);
  });

  it('guard: A/RES/79/10 OP7 "Encourages both organizations to continue to examine possible ways ...": no clause before it in the paragraph, nothing is guessed', () => {
    const text = 'Encourages both organizations to continue to examine possible ways to further strengthen their interaction in the area of peacekeeping;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/10', date: '2024-11-13' })).toEqual([]);
  });

  it('guard: A/RES/79/284 OP8 "... notes in this context the cooperation between the two organizations": no verb of asking, no addressee read', () => {
    const text =
      'Recognizes the role of the European Social Charter system and of the European Committee of Social Rights in protecting economic and social rights, notes in this context the cooperation between the two organizations, and encourages the continuation of this cooperation;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/284', date: '2025-04-03' });
    expect(rel.filter((r) => r.startsWith('NOTES'))).toEqual([]);
  });
});
