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

describe('item 2: "held on 22 September 2011 and 2021, respectively": two days, each the STARTS_ON of its meeting', () => {
  const TENTH = 'Event:high-level meeting to commemorate the tenth anniversary of the adoption of the Durban Declaration and Programme of Action';
  const TWENTIETH = 'Event:high-level meeting to commemorate the twentieth anniversary of the adoption of the Durban Declaration and Programme of Action';
  const PP7 =
    'Recalling further the contribution of the World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance, held in Durban, South Africa, from 31 August to 8 September 2001, the Durban Review Conference, held in Geneva from 20 to 24 April 2009, and the high-level meetings of the General Assembly to commemorate the tenth and twentieth anniversaries of the adoption of the Durban Declaration and Programme of Action, held on 22 September 2011 and 2021, respectively, to the promotion of respect for cultural diversity,';

  it('A/RES/78/201 PP7: the second day is 2021-09-22, and each meeting starts on its own day', () => {
    const att = attributions(PP7, 'preambular', ctxOf('A/RES/78/201', '2023-12-19'));
    expect(att).toContain(`STARTS_ON ${TENTH} -> Date:2011-09-22`);
    expect(att).toContain(`STARTS_ON ${TWENTIETH} -> Date:2021-09-22`);
    expect(att.filter((a) => a.endsWith('-> Date:2021'))).toEqual([]);
  });

  it('A/RES/80/205 PP7: the same paragraph', () => {
    const att = attributions(PP7, 'preambular', ctxOf('A/RES/80/205', '2025-12-15'));
    expect(att).toContain(`STARTS_ON ${TWENTIETH} -> Date:2021-09-22`);
  });

  it('guard: A/RES/78/205 PP17 style "in 2009 and 2019, respectively" stays two bare years', () => {
    const text = 'Recalling the outcome documents of the High-level United Nations Conferences on South-South Cooperation, held in 2009 and 2019, respectively;';
    const att = attributions(text, 'preambular', ctxOf('A/RES/78/166', '2023-12-19'));
    expect(att.filter((a) => /Date:20(09|19)-/.test(a))).toEqual([]);
  });
});
