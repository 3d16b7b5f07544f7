// Session-66 audit aud66b: A/RES/78/214 (combating intolerance ... based on religion or belief, Third Committee) and A/RES/79/298
// (support account for peacekeeping operations, Fifth Committee). Each case quotes the file and paragraph it comes from; each fix
// has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const SUPPORT = 'Support account for peacekeeping operations';
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/298', '2025-06-30', SUPPORT), kind: 'operative' });
const ASSEMBLY = 'Organization:General Assembly';
const COUNCIL = 'Organization:Security Council';

describe('the Assembly\'s approval named as a noun ("the prior approval of", "for approval by" the General Assembly): its own act, no target', () => {
  it('A/RES/79/298 I.OP5 (78/293 OP5): "any changes in this limitation require the prior approval of the General Assembly"', () => {
    const rels = relations(
      'Reaffirms that the support account funds shall be used for the sole purpose of financing human resources and non-human resources requirements for backstopping and supporting peacekeeping operations at Headquarters, and that any changes in this limitation require the prior approval of the General Assembly;',
    );
    expect(rels.filter((r) => r.endsWith(ASSEMBLY))).toEqual([]);
  });

  it('A/RES/79/257 OP27: "no resolution involving expenditure shall be recommended by a committee for approval by the General Assembly"', () => {
    const rels = relations(
      'Recalls financial regulation 2.10 and rule 153 of the rules of procedure, and reiterates that no resolution involving expenditure shall be recommended by a committee for approval by the General Assembly unless it is accompanied by an estimate of expenditures prepared by the Secretary-General;',
      'operative',
      ctxOf('A/RES/79/257', '2024-12-24', 'Questions relating to the proposed programme budget for 2025'),
    );
    expect(rels.filter((r) => r.endsWith(ASSEMBLY))).toEqual([]);
  });

  it('guard: A/RES/79/298 I.OP3 "the Fifth Committee is the appropriate Main Committee of the General Assembly": the owner keeps the verb', () => {
    const rels = relations(
      'Also reaffirms that the Fifth Committee is the appropriate Main Committee of the General Assembly entrusted with responsibility for administrative and budgetary matters;',
    );
    expect(rels).toContain(`REAFFIRMS ${ASSEMBLY}`);
    expect(rels).toContain('REAFFIRMS Organization:Fifth Committee');
  });

  it('guard: the Assembly as the recipient of a proposal "for its approval" stays a target', () => {
    const rels = relations('Requests the Secretary-General to submit to the General Assembly, for its approval, a proposal on the funding mechanism;');
    expect(rels).toContain(`REQUESTS ${ASSEMBLY}`);
  });
});

describe('a body whose unnamed text\'s adoption dates the clause ("upon the adoption of a relevant resolution of the Security Council"): no target', () => {
  const PP3 =
    'Recognizing the importance of the United Nations being able to respond and deploy rapidly to a peacekeeping operation upon the adoption of a relevant resolution of the Security Council, within 30 days for traditional peacekeeping operations and 90 days for complex peacekeeping operations,';

  it('A/RES/79/298 I.PP3 (78/293 PP3): the Council is when, the United Nations (the actor) keeps the verb', () => {
    const rels = relations(PP3, 'preambular');
    expect(rels).not.toContain(`RECOGNIZES ${COUNCIL}`);
    expect(rels).toContain('RECOGNIZES Organization:United Nations');
  });

  it('guard: the same Council cited for its resolution with no adoption dating the clause keeps the verb', () => {
    const rels = relations(
      'Recognizing the importance of a relevant resolution of the Security Council for the United Nations being able to respond and deploy rapidly to a peacekeeping operation,',
      'preambular',
    );
    expect(rels).toContain(`RECOGNIZES ${COUNCIL}`);
  });
});
