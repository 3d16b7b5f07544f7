// Session-56 audit aud56d: faults found annotating A/RES/78/116 (Report of the Committee on Relations with the Host Country) and
// A/RES/79/126 (The rule of law at the national and international levels). Each case quotes the file and paragraph it comes from;
// each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { splitClauses } from '../../ingest/clauses.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/116', '2023-12-07'), kind: 'operative' });

const CBP = 'Organization:United States Customs and Border Protection';

describe('a bare that-clause after a connector ("and in this regard that the Committee notes ...") goes on with the last "notes that"', () => {
  const OP2_78_116 =
    'Considers that the maintenance of appropriate conditions for ensuring normal functioning of the delegations and the missions accredited to the United Nations and the observance of their privileges and immunities, which cannot be subject to any restrictions arising from the bilateral relations of the host country, are in the interest of the United Nations and all Member States, notes the efforts made by the host country to this end and also notes with concern that numerous issues raised before the Committee continue to remain unresolved, takes seriously concerns raised by permanent missions regarding the normal performance of their functions, notes that the Committee expresses its readiness to effectively address them and expects that all issues raised at its meetings that remain unresolved will be duly settled expeditiously, in a spirit of cooperation and in accordance with international law, notes that the Committee encourages Member States to bring issues to the attention of the host country and the Committee as soon as they occur, requests the host country to continue to solve, preferably through negotiations, problems that might arise and to take all appropriate steps to protect the premises of missions against any intrusion or damage and to prevent any disturbance of the peace of missions or impairment of their dignity, and urges the host country to continue to take appropriate action, such as the training of police, security, customs and border control officers, with a view to maintaining respect for diplomatic privileges and immunities, and to continue efforts to ensure that diplomats transiting to and from United Nations Headquarters are treated respectfully, and, if violations occur, to ensure that such cases are properly investigated and remedied, in accordance with applicable law, and in this regard that the Committee notes the serious concerns raised by a Member State expressing the inappropriate treatment and screening of certain of its high-ranking officials by host country Customs and Border Protection officers and requests the host country to carefully investigate these concerns and take the necessary preventive and remedial action, as appropriate;';

  it('A/RES/78/116 OP2: "host country Customs and Border Protection officers" are noted, not urged', () => {
    const r = relations(OP2_78_116);
    expect(r).toContain(`NOTES ${CBP}`);
    expect(r.filter((x) => x.startsWith('URGES'))).toEqual([]);
  });

  it('A/RES/78/116 OP2: the asking clauses before it keep their verbs; the resumed clause opens at "that"', () => {
    const clauses = splitClauses(OP2_78_116, 'operative');
    expect(clauses.map((c) => c.relation)).toEqual(['CONSIDERS', 'NOTES', 'NOTES', 'NOTES', 'NOTES', 'REQUESTS', 'URGES', 'NOTES', 'REQUESTS']);
    const resumed = clauses[7]!;
    expect(OP2_78_116.slice(resumed.start, resumed.start + 27)).toBe('that the Committee notes th');
    expect(clauses.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(OP2_78_116.slice(clauses[6]!.end - 19, clauses[6]!.end)).toBe('with applicable law');
  });

  it('guard: A/RES/80/172 OP2 prints the verb ("and in this regard notes that the Committee notes"): NOTES, as before', () => {
    const r = relations(
      'Urges the host country to continue to take appropriate action, and notes the actions that the host country consistently takes, such as the training of police, with a view to maintaining respect for diplomatic privileges and immunities, and, if violations occur, to ensure that such cases are properly addressed and remedied, in accordance with applicable law, and in this regard notes that the Committee notes the serious concerns raised by a Member State expressing the inappropriate treatment and screening of certain of its high-ranking officials and its other representatives by host country Customs and Border Protection officers and requests the host country to carefully address these concerns;',
      'operative',
      ctxOf('A/RES/80/172', '2025-12-15'),
    );
    expect(r).toContain(`NOTES ${CBP}`);
  });

  it('guard: with no earlier "notes that" the asking clause keeps what follows (no verb to resume)', () => {
    const clauses = splitClauses(
      'Urges the host country to continue to take appropriate action, in accordance with applicable law, and in this regard that the Committee notes the serious concerns raised by a Member State;',
      'operative',
    );
    expect(clauses.map((c) => c.relation)).toEqual(['URGES']);
  });
});

describe('a debate "of" a body is a sitting of it, as its meeting is', () => {
  const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/112', '2023-12-07'), kind: 'preambular' });
  const DEBATE = 'Event:high-level debate of the General Assembly @ 2023';

  it('A/RES/78/112 PP12: "the high-level debate of the General Assembly held on 15 June 2023 on the theme “...”" is SESSION_OF the Assembly', () => {
    const att = attributions(
      'Taking note of the high-level debate of the General Assembly held on 15 June 2023 on the theme “Equal access to justice for all: advancing reforms for peaceful, just and inclusive societies” pursuant to its resolution 77/237 of 15 December 2022,',
    );
    expect(att).toContain(`SESSION_OF ${DEBATE} -> Organization:General Assembly`);
    expect(att).toContain(`STARTS_ON ${DEBATE} -> Date:2023-06-15`);
  });

  it('guard: A/RES/80/172 OP8 "the general debate of the eightieth session of the General Assembly" keeps its session and the Assembly', () => {
    const att = attributions(
      'Expresses serious concern regarding multiple cases of denial of entry visas, including in particular to delegates participating in the general debate of the eightieth session of the General Assembly;',
      'operative',
      ctxOf('A/RES/80/172', '2025-12-15'),
    );
    expect(att).toContain('SESSION_OF Event:general debate of the eightieth session of the General Assembly -> Organization:General Assembly');
    expect(att).toContain('PART_OF Event:general debate of the eightieth session of the General Assembly -> Event:eightieth session of the General Assembly');
  });

  it('guard: A/RES/78/229 OP27 "a high-level debate on the theme “...”" names no body of its own', () => {
    const att = attributions(
      'Invites the President of the General Assembly, in cooperation with the United Nations Office on Drugs and Crime and with the involvement of relevant stakeholders, to hold, within existing resources and during the seventy-eighth session, a high-level debate on the theme “Crime prevention and sustainable development through sports”;',
      'operative',
      ctxOf('A/RES/78/229', '2023-12-19'),
    );
    expect(att.filter((a) => a.startsWith('SESSION_OF Event:high-level debate'))).toEqual([]);
  });
});

describe('a second principal organ sharing the parts noun of the first ("subsidiary bodies of the General Assembly and the Economic and Social Council")', () => {
  const { extract } = oneParagraph({ ctx: ctxOf('A/RES/80/172', '2025-12-15'), kind: 'operative' });
  const ECOSOC = 'Organization:Economic and Social Council';
  const targetsOf = (text: string, ctx?: RecognizeContext) => extract(text, 'operative', ctx).relations.map((r) => `${r.type} ${r.target}`);
  const mentionedIn = (text: string, ctx?: RecognizeContext) => extract(text, 'operative', ctx).mentions.map((m) => m.key);

  it('A/RES/80/172 OP8: the Council whose subsidiary bodies are meant is mentioned, no target of "Expresses serious concern"', () => {
    const text =
      'Expresses serious concern regarding multiple cases of denial, non‑issuance and late issuance of entry visas, including in particular to delegates participating in high-level events, including the non‑issuance of a visa to a President and a number of high-ranking officials and other representatives for the general debate of the eightieth session of the General Assembly, in the work of the Main Committees at the seventy-ninth session of the General Assembly, including subsidiary bodies of the General Assembly and the Economic and Social Council, emphasizes the importance of the full participation of all delegations in the work of the United Nations;';
    expect(targetsOf(text).filter((r) => r.endsWith(ECOSOC))).toEqual([]);
    expect(mentionedIn(text)).toContain(ECOSOC);
    expect(targetsOf(text)).toContain('EXPRESSES Event:seventy-ninth session of the General Assembly');
  });

  it('A/RES/80/193 OP37: "the United Nations human rights mechanisms of the General Assembly and the Human Rights Council": the Council as the Assembly', () => {
    const text =
      'Acknowledges the role of the United Nations human rights mechanisms of the General Assembly and the Human Rights Council on actions to combat racism, racial discrimination, xenophobia and related intolerance;';
    const r = targetsOf(text, ctxOf('A/RES/80/193', '2025-12-15'));
    expect(r.filter((x) => x.endsWith('Organization:Human Rights Council') || x.endsWith('Organization:General Assembly'))).toEqual([]);
  });

  it('guard: the two organs addressed themselves ("Invites the General Assembly and the Economic and Social Council to ...") stay targets', () => {
    const r = targetsOf('Invites the General Assembly and the Economic and Social Council to consider the recommendations of the Committee;');
    expect(r).toContain(`INVITES ${ECOSOC}`);
    expect(r).toContain('INVITES Organization:General Assembly');
  });
});
