// aud51d: faults the session-51 gold set aud51d (A/RES/78/290 road safety, 78/320 forests, 78/130 WASH in health-care facilities)
// showed in the plenary genre, each with the sentence it comes from and a near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const GA78_290 = ctxOf('A/RES/78/290', '2024-06-24');
const { relations, attributions } = oneParagraph({ ctx: GA78_290, kind: 'preambular' });
const ASSEMBLY = 'Organization:General Assembly';

describe('the Assembly as agent of the mandate it conferred or the sitting it convenes: no verb edge', () => {
  it('A/RES/78/290 PP22: "the mandate conferred upon it by the General Assembly": WHO is commended, the Assembly is not', () => {
    const PP22 =
      'Commending the World Health Organization for its leadership role in preventing road traffic injury and for its role in implementing the mandate conferred upon it by the General Assembly to act, in close cooperation with the United Nations regional commissions, as a coordinator on road safety issues within the United Nations system,';
    const got = relations(PP22);
    expect(got).toContain('APPRECIATES Organization:World Health Organization');
    expect(got).not.toContain(`APPRECIATES ${ASSEMBLY}`);
  });

  it('A/RES/78/290 OP18: "the high-level meeting to be convened by the Assembly in 2026": no REQUESTS of the Assembly, its ORGANIZES stays', () => {
    const OP18 =
      'Requests the Secretary-General to provide, in consultation with the World Health Organization and other relevant agencies, a progress report during the eightieth session of the General Assembly, as mandated in the political declaration of 2022, which will serve to inform the high-level meeting on improving global road safety to be convened by the Assembly in 2026.';
    expect(relations(OP18, 'operative')).not.toContain(`REQUESTS ${ASSEMBLY}`);
    expect(attributions(OP18, 'operative').some((a) => a.startsWith(`ORGANIZES ${ASSEMBLY} -> Event:high-level meeting on improving global road safety`))).toBe(true);
  });

  it('A/RES/78/162 PP39 (80/149 PP37): "the high-level meetings on health convened by the General Assembly during the seventy-eighth session"', () => {
    const PP39 =
      'Welcoming the political declarations of the high-level meetings on health convened by the General Assembly during the seventy-eighth session as efforts to highlight the importance of health,';
    expect(relations(PP39, 'preambular', ctxOf('A/RES/78/162', '2023-12-19'))).not.toContain(`WELCOMES ${ASSEMBLY}`);
  });

  it('guard: A/RES/78/290 OP18 "the eightieth session of the General Assembly": a session named with its owner is still requested', () => {
    const OP18 = 'Requests the Secretary-General to provide a progress report during the eightieth session of the General Assembly;';
    expect(relations(OP18, 'operative')).toContain('REQUESTS Event:eightieth session of the General Assembly');
  });

  it('guard: "the mandate conferred upon it by the Human Rights Council": another body\'s act keeps the verb', () => {
    const PP = 'Commending the Office of the United Nations High Commissioner for Human Rights for implementing the mandate conferred upon it by the Human Rights Council,';
    expect(relations(PP)).toContain('APPRECIATES Organization:Human Rights Council');
  });
});
