// Session-56 audit aud56j: residual faults of A/RES/79/161 (the aud56w gold). Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/161', '2024-12-17'), kind: 'operative' });

describe('item 1: "the trust fund for the Programme for the Decade for Action ..." is an Initiative the Secretary-General leads', () => {
  const FUND = 'Initiative:Trust Fund for the Programme for the Decade for Action to Combat Racism and Racial Discrimination';
  const SG = 'Organization:Secretary-General of the United Nations';
  const OP36 =
    'Recalls the establishment by the Secretary-General, in 1973, of the trust fund for the Programme for the Decade for Action to Combat Racism and Racial Discrimination as a funding mechanism that has been utilized for the implementation of the activities of the three Decades for Action to Combat Racism and Racial Discrimination declared by the General Assembly, and in this regard appreciates the fact that the trust fund has also been utilized for the subsequent programmes and operational activities transcending the three Decades;';

  it('corpus-ga/A_RES_79_161.txt OP36 (78/234 OP36, 80/193 OP45): the fund, its leader, both verbs; the first Decade it serves still recalled', () => {
    expect(keys(OP36, 'Initiative:')).toEqual([FUND, FUND]);
    const rel = relations(OP36);
    expect(rel).toContain(`RECALLS ${FUND}`);
    expect(rel).toContain(`APPRECIATES ${FUND}`);
    expect(rel).toContain(`RECALLS ${SG}`);
    expect(rel).toContain('RECALLS Event:Decade for Action to Combat Racism and Racial Discrimination');
    expect(rel).toContain('RECALLS Event:Decades for Action to Combat Racism and Racial Discrimination');
    expect(attributions(OP36)).toContain(`LEADS ${SG} -> ${FUND}`);
  });

  it('guard: A/RES/78/157 PP7 "the establishment by the Secretary-General of the Global Crisis Response Group ..." still LEADS', () => {
    const att = attributions(
      'Noting the establishment by the Secretary-General of the Global Crisis Response Group on Food, Energy and Finance,',
      'preambular',
      ctxOf('A/RES/78/157', '2023-12-19'),
    );
    expect(att.filter((a) => a.startsWith(`LEADS ${SG} ->`))).toHaveLength(1);
  });

  it('guard: another trust fund in lower case stays unnamed', () => {
    expect(keys('Encourages all States to contribute to the trust fund for the safety of journalists;', 'Initiative:')).toEqual([]);
  });
});
