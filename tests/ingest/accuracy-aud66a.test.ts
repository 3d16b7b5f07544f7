// Session-66 audit aud66a: A/RES/80/198 (Torture and other cruel, inhuman or degrading treatment or punishment, Third Committee),
// gold tests/gold/aud66a-A_RES_80_198.gold.tsv. Each case quotes the file and paragraph it comes from; each fix has a guard for
// the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const CTX: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/80/198',
  date: '2025-12-15',
  title: 'Torture and other cruel, inhuman or degrading treatment or punishment',
};
const { keys, relations, attributions } = oneParagraph({ ctx: CTX, kind: 'operative' });
const FUND = 'Organization:United Nations Voluntary Fund for Victims of Torture';
const BOARD = 'Organization:Board of Trustees of the United Nations Voluntary Fund for Victims of Torture';
const CHAIR = 'Organization:Chair of the Board of Trustees of the United Nations Voluntary Fund for Victims of Torture';

describe('the torture fund known with its board: the board is PART_OF the fund, and the clause names both (session 50)', () => {
  it('A/RES/80/198 OP50: "stresses the importance of the work of the Board of Trustees of the United Nations Voluntary Fund for Victims of Torture, appeals to ... the Fund"', () => {
    const text =
      'Recognizes the global need for international assistance to victims of torture, stresses the importance of the work of the Board of Trustees of the United Nations Voluntary Fund for Victims of Torture, appeals to all States and organizations to contribute annually to the Fund, preferably with a substantial increase in the level of contributions, and encourages contributions to the Special Fund established by the Optional Protocol;';
    const rels = relations(text);
    expect(rels).toContain(`EMPHASIZES ${BOARD}`);
    expect(rels).toContain(`EMPHASIZES ${FUND}`);
    expect(rels).toContain(`CALLS_UPON ${FUND}`);
    expect(attributions(text)).toContain(`PART_OF ${BOARD} -> ${FUND}`);
  });

  it('guard: A/RES/80/198 OP51 "encourages the Chair of the Board of Trustees of the ... Fund ...": the officer post alone takes the verb (sessions 63, 65)', () => {
    const text =
      'Requests the Secretary-General to continue to transmit to all States the appeals of the General Assembly for contributions to the Funds, and encourages the Chair of the Board of Trustees of the United Nations Voluntary Fund for Victims of Torture to continuously raise awareness among States and relevant stakeholders about the overall trends and developments in its operations;';
    const rels = relations(text).filter((r) => r.startsWith('ENCOURAGES'));
    expect(rels).toEqual([`ENCOURAGES ${CHAIR}`]);
  });

  it('guard: the fund printed alone is the one node, no board read into it', () => {
    const text = 'Appeals to all States to contribute to the United Nations Voluntary Fund for Victims of Torture;';
    expect(keys(text, 'Organization:')).toEqual([FUND]);
  });
});
