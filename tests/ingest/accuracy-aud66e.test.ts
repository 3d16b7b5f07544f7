// Session-66 audit aud66e: A/RES/78/179 (Policies and programmes involving youth, Third Committee) and its sister text 80/180.
// Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title: 'Policies and programmes involving youth' });
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/179', '2023-12-19'), kind: 'preambular' });
const GA = 'Organization:General Assembly';
const ECOSOC = 'Organization:Economic and Social Council';

describe('"Assistant Secretary-General for ..." printed after the Organization\'s name: the post, not a staffing table\'s grade', () => {
  it('A/RES/78/179 PP16: "the appointment by the Secretary-General on 27 October 2023 of the first United Nations Assistant Secretary-General for Youth Affairs"', () => {
    const rels = relations(
      'Taking note of the appointment by the Secretary-General on 27 October 2023 of the first United Nations Assistant Secretary-General for Youth Affairs,',
    );
    expect(rels).toContain('NOTES Organization:United Nations Assistant Secretary-General for Youth Affairs');
    expect(rels).toContain('NOTES Organization:Secretary-General of the United Nations');
  });

  it('guard: A/RES/80/180 PP16 "the appointment of the first Assistant Secretary-General for Youth Affairs": the post as printed', () => {
    const text = 'Welcoming also the work of the Envoys of the Secretary-General on Youth, and in this regard taking note of the appointment of the first Assistant Secretary-General for Youth Affairs,';
    expect(keys(text, 'Organization:', 'preambular', ctxOf('A/RES/80/180', '2025-12-15'))).toContain('Organization:Assistant Secretary-General for Youth Affairs');
  });

  it('guard: A/RES/78/273 OP4 "28 posts (1 Assistant Secretary-General, 1 D-1, ...)": a grade, no entity', () => {
    const text =
      'Approves the establishment of 28 posts (1 Assistant Secretary-General, 1 D-1, 3 P-5, 7 P-4, 9 P-3, 4 P-2, 1 General Service (Principal level) and 2 General Service (Other level)) for the Independent Institution on Missing Persons in the Syrian Arab Republic;';
    expect(keys(text, 'Organization:', 'operative', ctxOf('A/RES/78/273', '2023-12-22')).filter((k) => k.includes('Assistant'))).toEqual([]);
  });
});

describe('the Assembly and the Council as the places where youth delegates sit and talks are held: settings (sessions 55, 62)', () => {
  it('A/RES/78/179 PP14 (80/180): "youth representatives in national delegations at the General Assembly and in its subsidiary bodies, the Economic and Social Council and its functional commissions"', () => {
    const text =
      'Welcoming the meaningful and effective participation and substantive contribution of youth representatives in national delegations at the General Assembly and in its subsidiary bodies, the Economic and Social Council and its functional commissions, and relevant United Nations conferences and summits,';
    const rels = relations(text);
    expect(rels).not.toContain(`WELCOMES ${GA}`);
    expect(rels).not.toContain(`WELCOMES ${ECOSOC}`);
    // (both still mentioned)
    expect(keys(text, 'Organization:')).toEqual([GA, ECOSOC]);
  });

  it('A/RES/78/179 OP26 (80/180 OP30): "at all relevant discussions in the General Assembly and its subsidiary bodies, the Economic and Social Council ..., including the upcoming Summit of the Future"', () => {
    const rels = relations(
      'Encourages Member States to include youth delegates in their delegations at all relevant discussions in the General Assembly and its subsidiary bodies, the Economic and Social Council and its functional commissions and other relevant United Nations conferences, including the upcoming Summit of the Future, as appropriate, bearing in mind the principles of gender balance and non-discrimination;',
      'operative',
    );
    expect(rels).not.toContain(`ENCOURAGES ${GA}`);
    expect(rels).not.toContain(`ENCOURAGES ${ECOSOC}`);
    // (a sitting named there stays a target, as "on the sidelines of" one does: session 65)
    expect(rels.filter((r) => r.startsWith('ENCOURAGES Event:Summit of the Future'))).toHaveLength(1);
  });

  it('guard: the two organs addressed ("Encourages the General Assembly and its subsidiary bodies, the Economic and Social Council ...") keep the verb', () => {
    const rels = relations('Encourages the General Assembly and its subsidiary bodies, the Economic and Social Council and its functional commissions to take into account the views of youth;', 'operative');
    expect(rels).toEqual([`ENCOURAGES ${GA}`, `ENCOURAGES ${ECOSOC}`]);
  });

  it('guard: the Council named in a later clause of its own ("..., and welcoming the report of the Economic and Social Council") keeps the verb', () => {
    const rels = relations(
      'Welcoming the participation of youth representatives in national delegations at the General Assembly and in its subsidiary bodies, and welcoming the report of the Economic and Social Council,',
    );
    expect(rels).toEqual([`WELCOMES ${ECOSOC}`]);
  });
});
