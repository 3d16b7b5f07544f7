// Session-44 audit aud44a: short railcar-Markdown resolutions (corpus/ A/RES/80/16, 80/1, 80/2, 80/4) and a short pypdf text
// (A/RES/73/8), annotated from the raw text first (gold in /tmp/lead/aud44a-gold), then compared with the graph. Fixed: the
// debate of a numbered session printed as "the general debate of the (General) Assembly at its eightieth session" is that
// sitting (part of the session, the Assembly its owner), and a week or debate of a session names the session too (the clause's
// verb takes both, as a conference and its "second part"); "as apportioned by the General Assembly" (its own act) is no verb
// target; the Journal of the United Nations is a publication. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80_1: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/1', date: '2025-09-19' };
const { relations, attributions } = oneParagraph({ ctx: GA80_1, kind: 'operative' });

const GA = 'Organization:General Assembly';
const SESSION_80 = 'Event:eightieth session of the General Assembly';
const DEBATE_80 = 'Event:general debate of the eightieth session of the General Assembly';

describe('the general debate of the Assembly "at its" numbered session is that session\'s debate', () => {
  it('A/RES/80/1 OP2 (railcar): "the records of the general debate of the General Assembly at its eightieth session" DECIDES the debate and the session; the Assembly owns the debate (no verb edge for that printing)', () => {
    const text =
      'Also decides that, in addition to the records of the general debate of the General Assembly at its eightieth session, the President of the General Assembly will circulate as a document of the Assembly the statement referred to in paragraph 1 (a) above, delivered by means of a pre‑recorded statement during the general debate and submitted to the President no later than the day on which the pre‑recorded statement is played in the Assembly Hall;';
    const rel = relations(text);
    expect(rel).toEqual(expect.arrayContaining([`DECIDES ${DEBATE_80}`, `DECIDES ${SESSION_80}`, 'DECIDES Organization:President of the General Assembly']));
    expect(attributions(text)).toEqual(expect.arrayContaining([`PART_OF ${DEBATE_80} -> ${SESSION_80}`, `SESSION_OF ${DEBATE_80} -> ${GA}`]));
  });

  it('A/RES/80/1 OP1 (a) (railcar): "during the general debate of the Assembly at its eightieth session" is the debate, part of the session', () => {
    const text =
      'Decides, without setting a precedent for future general debates and mandated high-level meetings and while stressing that the representatives of the State of Palestine should be able to participate in person in the relevant meetings at the United Nations in New York, that: (a) The State of Palestine may submit a pre‑recorded statement of its President, which will be played in the General Assembly Hall during the general debate of the Assembly at its eightieth session after introduction by its representative who is physically present in the Assembly Hall; (b) The State of Palestine may deliver statements by means of videoconference or submit a pre‑recorded statement at the meetings of the High-level International Conference for the Peaceful Settlement of the Question of Palestine and the Implementation of the Two-State Solution;';
    expect(relations(text).filter((r) => r.includes('session'))).toEqual([`DECIDES ${DEBATE_80}`, `DECIDES ${SESSION_80}`]);
    expect(attributions(text)).toContain(`PART_OF ${DEBATE_80} -> ${SESSION_80}`);
  });

  it('A/RES/79/325 OP6: "in the margins of the high-level week of the eightieth session of the General Assembly" DECIDES the session too', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/325', date: '2025-08-26' };
    const text =
      'Also decides to organize a high-level multi-stakeholder informal meeting to launch the Dialogue in the margins of the high-level week of the eightieth session of the General Assembly, in 2025, chaired by the President of the General Assembly, and further decides that the Global Dialogue on Artificial Intelligence Governance will initially be held back-to-back in the margins of the International Telecommunication Union Artificial Intelligence for Good Global Summit in Geneva, in 2026, and of the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals in New York, in 2027;';
    expect(relations(text, 'operative', ctx)).toContain(`DECIDES ${SESSION_80}`);
  });

  it('guard: a session printed alone ("until the end of its eightieth session", A/RES/80/2 OP6) is the session only, no debate', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/2', date: '2025-10-14' };
    const text = 'Decides that Bolivia (Plurinational State of) and Sao Tome and Principe shall be permitted to vote in the General Assembly until the end of its eightieth session.';
    const rel = relations(text, 'operative', ctx);
    expect(rel).toEqual(expect.arrayContaining([`DECIDES ${GA}`, `DECIDES ${SESSION_80}`]));
    expect(rel.filter((r) => r.includes('debate'))).toEqual([]);
  });

  it('guard: "in the context of the general debate of the Assembly" with no numbered session (A/RES/78/165 OP24) names no sitting', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/165', date: '2023-12-19' };
    const text =
      'Reiterates the urgent need to accelerate the pace of rural poverty eradication, and requests the Secretary-General to list rural poverty eradication as a priority for an annual Sustainable Development Goals Moment to highlight inspiring action on the Goals, in the context of the general debate of the Assembly;';
    expect(relations(text, 'operative', ctx).filter((r) => r.includes('debate') || r.includes('session'))).toEqual([]);
  });
});

describe('the Assembly named by its own act of apportioning the expenses is no verb target', () => {
  const GA80_2: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/2', date: '2025-10-14' };
  const UN = 'Organization:United Nations';

  it('A/RES/80/2 PP2 (railcar): "as apportioned by the General Assembly" is the Assembly\'s own act, no verb target', () => {
    const text =
      'Reaffirming the obligation of Member States under Article 17 of the Charter of the United Nations to bear the expenses of the Organization as apportioned by the General Assembly,';
    // (the Organization whose expenses these are stays a target: aud16e's guard, "expenses of the Organization")
    expect(relations(text, 'preambular', GA80_2).sort()).toEqual(['REAFFIRMS Framework:Charter of the United Nations', `REAFFIRMS ${UN}`]);
  });

  it('A/RES/79/249 OP5: "the expenses of the United Nations, as apportioned by the General Assembly, in conformity with Article 17" REAFFIRMS the Charter, not the Assembly; guard OP3: "shall remain the prerogative of the General Assembly" keeps the Assembly', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/249', date: '2024-12-24' };
    const op5 =
      'Further reaffirms the obligation of all Member States to bear the expenses of the United Nations, as apportioned by the General Assembly, in conformity with Article 17, paragraph 2, of the Charter of the United Nations;';
    expect(relations(op5, 'operative', ctx)).not.toContain(`REAFFIRMS ${GA}`);
    expect(relations(op5, 'operative', ctx)).toContain('REAFFIRMS Framework:Charter of the United Nations');
    const op3 =
      'Reaffirms that the determination of the scale of assessments for the apportionment of the expenses of the United Nations shall remain the prerogative of the General Assembly;';
    expect(relations(op3, 'operative', ctx)).toContain(`REAFFIRMS ${GA}`);
  });

  it('guard: A/RES/80/1 PP2 (railcar) "participating in the meetings of the United Nations" keeps the United Nations', () => {
    const text =
      'Regretting, in this regard, the decision of the United States of America to deny visas to and revoke visas from representatives of the State of Palestine ahead of the eightieth session of the General Assembly, thus preventing them from participating in the meetings of the United Nations, and seeking the immediate reversal of this decision,';
    expect(relations(text, 'preambular')).toContain(`REGRETS ${UN}`);
  });
});

describe('the Journal of the United Nations is a Secretariat publication (gazetteer)', () => {
  const GA80_2: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/2', date: '2025-10-14' };

  it('A/RES/80/2 OP3 (railcar): "including through an early announcement in the Journal of the United Nations" REQUESTS the Journal, not the United Nations', () => {
    const text =
      'Requests the Secretary-General to continue to bring to the attention of Member States the deadline specified in resolution 54/237 C, including through an early announcement in the Journal of the United Nations and through direct communication;';
    const rel = relations(text, 'operative', GA80_2);
    expect(rel).toEqual(expect.arrayContaining(['REQUESTS Initiative:Journal of the United Nations', 'REQUESTS Organization:Secretary-General of the United Nations']));
    expect(rel).not.toContain('REQUESTS Organization:United Nations');
  });

  it('guard: A/RES/80/4 OP2 (railcar) "under the Charter of the United Nations" stays the Charter', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/4', date: '2025-10-29' };
    const text =
      'Reiterates its call upon all States to refrain from promulgating and applying laws and measures of the kind referred to in the preamble to the present resolution, in conformity with their obligations under the Charter of the United Nations and international law, which, inter alia, reaffirm the freedom of trade and navigation;';
    expect(relations(text, 'operative', ctx)).toEqual(['REITERATES Framework:Charter of the United Nations']);
  });
});
