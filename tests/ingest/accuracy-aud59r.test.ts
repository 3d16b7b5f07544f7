// Session-59 audit aud59r: two residual faults reported by aud59n and aud58h. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/270', '2024-03-04'), kind: 'operative' });

describe('item 1: "the Kimberley Process secretariat" is an Organization PART_OF the Kimberley Process, both verb targets', () => {
  const SECRETARIAT = 'Organization:Kimberley Process secretariat';
  const PROCESS = 'Initiative:Kimberley Process';

  it('A/RES/78/270 PP14: "supporting the operationalization of the Kimberley Process secretariat in Gaborone"', () => {
    const text = 'Expressing appreciation for the continuous efforts made by Botswana in supporting the operationalization of the Kimberley Process secretariat in Gaborone,';
    const rel = relations(text, 'preambular');
    expect(rel).toContain(`EXPRESSES ${SECRETARIAT}`);
    expect(rel).toContain(`EXPRESSES ${PROCESS}`);
    expect(attributions(text, 'preambular')).toContain(`PART_OF ${SECRETARIAT} -> ${PROCESS}`);
  });

  it('A/RES/78/270 OP6: "to establish the Kimberley Process secretariat in Gaborone"', () => {
    const text = 'Welcomes the decision by the 2022 plenary meeting of the Kimberley Process to establish the Kimberley Process secretariat in Gaborone;';
    const rel = relations(text);
    expect(rel).toContain(`WELCOMES ${SECRETARIAT}`);
    expect(rel).toContain(`WELCOMES ${PROCESS}`);
    expect(attributions(text)).toContain(`PART_OF ${SECRETARIAT} -> ${PROCESS}`);
  });

  it('A/RES/78/270 OP7: "financial contributions to the Kimberley Process secretariat are not mandatory for Kimberley Process members"', () => {
    const text =
      'Stresses the decision by the plenary that, while financial contributions to the Kimberley Process secretariat are not mandatory for Kimberley Process members, such contributions are critical to the proper functioning of the Kimberley Process secretariat, and therefore encourages Member States to also voluntarily support the operationalization of the secretariat;';
    expect(relations(text)).toContain(`EMPHASIZES ${SECRETARIAT}`);
    expect(attributions(text)).toContain(`PART_OF ${SECRETARIAT} -> ${PROCESS}`);
  });

  it('guard: A/RES/78/270 OP16 "the Chair of the Kimberley Process": no secretariat', () => {
    const text = 'Requests the Chair of the Kimberley Process to submit to the General Assembly at its seventy-ninth session a report on the implementation of the Kimberley Process;';
    expect(relations(text).filter((r) => r.includes('secretariat'))).toEqual([]);
  });

  it('guard: A/RES/80/139 PP34 "the work of the Convention secretariat" stays the convention\'s secretariat', () => {
    const text =
      'Highlighting the work of the Convention secretariat through the Land Degradation Neutrality Target Setting Programme,';
    const att = attributions(text, 'preambular', ctxOf('A/RES/80/139', '2025-12-15'));
    expect(att.filter((a) => a.startsWith('PART_OF') && a.includes('secretariat'))).toEqual([]);
  });
});
