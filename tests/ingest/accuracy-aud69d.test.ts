// Session-69 audit aud69d: A/RES/80/225 (follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice
// and preparations for the Fifteenth) and A/RES/79/187 (reducing reoffending through rehabilitation and reintegration), Third
// Committee. Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/80/225',
  date: '2025-12-18',
  title:
    'Follow-up to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice and preparations for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice',
};
const { relations } = oneParagraph({ ctx, kind: 'operative' });

const ASSEMBLY = 'Organization:General Assembly';
const SESSION_81 = 'Event:eighty-first session of the General Assembly';
const CCPCJ = 'Organization:Commission on Crime Prevention and Criminal Justice';

describe('"follow-up by the General Assembly": the Assembly\'s own act, no edge; its session stays a target', () => {
  const OP11 =
    'Requests the Commission on Crime Prevention and Criminal Justice to give high priority at its thirty-fifth session to considering the outcome of the Fifteenth Congress, with a view to recommending, through the Economic and Social Council, appropriate follow-up by the General Assembly at its eighty-first session;';

  it('A/RES/80/225 OP11: "appropriate follow-up by the General Assembly at its eighty-first session"', () => {
    const rels = relations(OP11);
    expect(rels).not.toContain(`REQUESTS ${ASSEMBLY}`);
    expect(rels).toEqual(expect.arrayContaining([`REQUESTS ${CCPCJ}`, 'REQUESTS Organization:Economic and Social Council', `REQUESTS ${SESSION_81}`]));
  });

  it('guard: the Assembly as the recipient of a report keeps the verb (A/RES/80/225 OP12)', () => {
    const rels = relations(
      'Requests the Secretary-General to ensure proper preparations for the Fifteenth Congress through the Commission on Crime Prevention and Criminal Justice at its thirty-fifth session and to submit a report to the General Assembly at its eighty-first session;',
    );
    expect(rels).toEqual(expect.arrayContaining([`REQUESTS ${ASSEMBLY}`, `REQUESTS ${SESSION_81}`]));
  });

  it('guard: "the follow-up to ... by" another body keeps that body a target', () => {
    const rels = relations('Takes note of the follow-up by the Commission on Crime Prevention and Criminal Justice to the Kyoto Declaration;');
    expect(rels).toContain(`NOTES ${CCPCJ}`);
  });
});
