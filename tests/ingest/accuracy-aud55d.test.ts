// Session-55 audit aud55d: A/RES/80/173 (17 December 2025), the outcome document of the WSIS+20 high-level meeting, spoken by
// "We, the Ministers ...": faults of its declaration's clauses. Each case quotes the file and paragraph it comes from; each fix
// has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/173', date: '2025-12-17' };
const { relations, attributions } = oneParagraph({ ctx, kind: 'operative' });

const IGF = 'Organization:Internet Governance Forum';
const ASSEMBLY = 'Organization:General Assembly';

describe('a declaration\'s base form after a bare comma, inside a clause that asks someone "to" act, is the next infinitive asked', () => {
  it('A/RES/80/173 OP102 (corpus/A_RES_80_173.txt): "We further call upon the Forum to reinforce its intersessional work, support national and regional initiatives, and apply ...": no SUPPORTS clause', () => {
    const text =
      'We further call upon the Forum to reinforce its intersessional work, support national and regional initiatives, and apply innovative, open, inclusive, transparent and agile collaboration methods. The Internet Governance Forum should continue to serve as an inclusive platform for dialogue among all stakeholders, while strengthening the engagement of Governments and other stakeholders from developing countries in discussions on Internet governance and emerging technologies.';
    const rel = relations(text);
    expect(rel.filter((r) => r.startsWith('SUPPORTS'))).toEqual([]);
    // (the next sentence, with no verb of its own, goes on with the call)
    expect(rel).toContain(`CALLS_UPON ${IGF}`);
  });

  it('A/RES/80/173 OP77: "We call upon all stakeholders to strengthen independent and public media, support media workers and ensure ..." (a body named after it keeps the call)', () => {
    const text =
      'We call upon all stakeholders to strengthen independent and public media, support media workers and ensure the conditions that allow journalism to operate freely, and to take the outcomes of the Internet Governance Forum into account.';
    const rel = relations(text);
    expect(rel.filter((r) => r.startsWith('SUPPORTS'))).toEqual([]);
    expect(rel).toContain(`CALLS_UPON ${IGF}`);
  });

  it('guard: A/RES/80/9 annex OP1 "We, the States Members of the United Nations, welcome ..., reaffirm our commitments": a base form after a bare comma with nothing asked is the declaration\'s verb', () => {
    const text =
      'We, the States Members of the United Nations, welcome the fifteenth anniversary of the adoption of the United Nations Global Plan of Action to Combat Trafficking in Persons, reaffirm our commitments made therein, as well as in the 2025 Political Declaration.';
    const rel = relations(text);
    expect(rel.some((r) => r.startsWith('WELCOMES'))).toBe(true);
    expect(rel.some((r) => r.startsWith('REAFFIRMS'))).toBe(true);
  });

  it('guard: A/RES/80/173 OP100 "We call upon the Forum to report ... to relevant United Nations entities and processes, and call, in particular, on [UNGIS] ...": the second call, after ", and", is the declaration\'s own', () => {
    const text =
      'We call upon the Forum to report on outcomes of its annual meetings and intersessional work to relevant United Nations entities and processes, and call, in particular, on the United Nations Group on the Information Society and all relevant United Nations entities, action line facilitators, the Commission on Science and Technology for Development and the World Summit on the Information Society Forum to take Internet Governance Forum outcomes into account in their work and proceedings.';
    const rel = relations(text);
    expect(rel).toContain('CALLS_UPON Organization:United Nations Group on the Information Society');
    expect(rel).toContain('CALLS_UPON Organization:Commission on Science and Technology for Development');
  });
});

describe('in its own text, the Assembly as the subject of its act in a that-clause is the agent of its own act: no verb target', () => {
  it('A/RES/80/173 OP125 (corpus/A_RES_80_173.txt): "We recall that the General Assembly will convene, during its eighty-second session in 2027, a high-level meeting ...": no RECALLS of the Assembly; its ORGANIZES stays', () => {
    const text =
      'We recall that the General Assembly will convene, during its eighty-second session in 2027, a high-level meeting to review progress in the implementation of the Global Digital Compact, on the basis of the progress report of the Secretary-General. The review will draw on inputs from all relevant stakeholders, as well as the Commission on Science and Technology for Development, the Internet Governance Forum and facilitators of the World Summit action lines. We encourage the high-level meeting to consider, inter alia, progress made in fostering coherence between the outcomes of the World Summit on the Information Society and the implementation of the Global Digital Compact.';
    expect(relations(text).filter((r) => r.endsWith(ASSEMBLY))).toEqual([]);
    expect(attributions(text)).toContain(`ORGANIZES ${ASSEMBLY} -> Event:high-level meeting to review progress in the implementation of the Global Digital Compact`);
    expect(relations(text)).toContain(`RECALLS ${IGF}`);
  });

  it('A/RES/80/173 OP126: "We recall that the General Assembly determined, in its resolution 70/125, that ..." gives no RECALLS of the Assembly; "We call upon the General Assembly to take into account ..." keeps its CALLS_UPON', () => {
    const text =
      'We recall that the General Assembly determined, in its resolution 70/125, that the outcome of its 20-year review of the World Summit on the Information Society should be an input into the review process for the 2030 Agenda for Sustainable Development. We therefore resolve to submit the present resolution as an input to the high-level meeting to review the 2030 Agenda, which is to be convened by the General Assembly in 2030. We call upon the General Assembly to take into account the outcomes of the joint implementation road map.';
    const rel = relations(text);
    expect(rel).not.toContain(`RECALLS ${ASSEMBLY}`);
    expect(rel).toContain('RECALLS Resolution:A/RES/70/125');
    expect(rel).toContain(`CALLS_UPON ${ASSEMBLY}`);
  });

  it('guard: "Reaffirming that the General Assembly is the chief deliberative, policymaking and representative organ": a state, not an act, keeps the Assembly', () => {
    const text = 'We reaffirm that the General Assembly is the chief deliberative, policymaking and representative organ of the United Nations.';
    expect(relations(text)).toContain(`REAFFIRMS ${ASSEMBLY}`);
  });

  it('guard: in another body\'s text "that the General Assembly will convene" is a body the clause names', () => {
    const text = 'Recalls that the General Assembly will convene a high-level meeting to review progress in the implementation of the Global Digital Compact;';
    const ecosoc: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/2025/31 draft resolution I', date: '2025-07-01' };
    expect(relations(text, 'operative', ecosoc)).toContain(`RECALLS ${ASSEMBLY}`);
  });
});
