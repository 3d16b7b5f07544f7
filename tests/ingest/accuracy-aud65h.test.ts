// Session-65 audit aud65h: A/RES/78/162 (development cooperation with middle-income countries, Second Committee), annotated in
// tests/gold/aud65h-A_RES_78_162.gold.tsv. Each case quotes the file and paragraph it comes from; each fix has a guard for the
// near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/162', '2023-12-19'), kind: 'operative' });
const SG = 'Organization:Secretary-General of the United Nations';
const ROAD_MAP = 'Framework:Road map for financing the 2030 Agenda for Sustainable Development';
const AGENDA = 'Framework:2030 Agenda for Sustainable Development';

describe('"the Secretary-General’s road map for financing the 2030 Agenda, 2019–2021": his financing plan, not the Agenda', () => {
  // A/RES/78/162 OP15 (corpus-ga/A_RES_78_162.txt; 80/149 prints the same words)
  const OP15 =
    'Reiterates the request to the United Nations development system to continue to develop its support to middle-income countries with respect to their specific challenges and diverse needs, and invites the United Nations Sustainable Development Group, under the leadership of the Secretary-General, to develop a joint framework of collaboration with multilateral development banks to improve synergies at the regional and country levels, including specific attention to middle-income countries, as set out in the Secretary-General’s road map for financing the 2030 Agenda, 2019–2021;';

  it('A/RES/78/162 OP15: the road map takes the verb and the Secretary-General LEADS it; the Agenda in its name is no target', () => {
    const rels = relations(OP15);
    expect(rels).toContain(`INVITES ${ROAD_MAP}`);
    expect(rels).not.toContain(`INVITES ${AGENDA}`);
    expect(attributions(OP15)).toContain(`LEADS ${SG} -> ${ROAD_MAP}`);
  });

  it('guard: A/RES/78/162 OP16 "the implementation of the 2030 Agenda": the Agenda itself', () => {
    const rels = relations(
      'Invites the President of the General Assembly to convene a meeting during the seventy-ninth session of the Assembly, within existing resources and in a format decided by the President, to discuss the structural barriers for middle-income countries in the implementation of the 2030 Agenda, and explore the impact of new approaches that go beyond gross domestic product;',
    );
    expect(rels).toContain(`INVITES ${AGENDA}`);
    expect(rels.filter((r) => r.includes('Road map'))).toEqual([]);
  });
});

describe('"decisions 2/CP.27 and 2/CMA.4 on ..., including ..., adopted on <day> during the <session>": the session adopted both', () => {
  const pre = oneParagraph({ ctx: ctxOf('A/RES/78/162', '2023-12-19'), kind: 'preambular' });
  const COP27 = 'Event:twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
  const CP27 = 'Resolution:Conference of the Parties to the United Nations Framework Convention on Climate Change decision 2/CP.27';
  const CMA4 = 'Resolution:Conference of the Parties serving as the meeting of the Parties to the Paris Agreement decision 2/CMA.4';
  // A/RES/78/162 PP5 (corpus-ga/A_RES_78_162.txt; 80/149 prints the same words)
  const PP5 =
    'Stressing the urgency of enhancing ambition for climate action in the implementation of the United Nations Framework Convention on Climate Change and the Paris Agreement in relation to climate mitigation, adaptation and the provision of the means of implementation, especially finance to developing countries, and welcoming the adoption of decisions 2/CP.27 and 2/CMA.4 on funding arrangements for responding to loss and damage associated with the adverse effects of climate change, including a focus on addressing loss and damage, adopted on 20 November 2022 during the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, held in Sharm el-Sheikh, Egypt,';

  it('A/RES/78/162 PP5: ADOPTED both decisions, the session named in full after "during the"', () => {
    const att = pre.attributions(PP5);
    expect(att).toContain(`ADOPTED ${COP27} -> ${CP27}`);
    expect(att).toContain(`ADOPTED ${COP27} -> ${CMA4}`);
  });

  it('guard: a subject going on past its comma with other words than "including" is not read as the subject', () => {
    const text =
      'Welcoming decision 2/CP.27 on funding arrangements for responding to loss and damage, which the Parties welcomed, adopted during the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change,';
    expect(pre.attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: A/RES/80/143 OP15 "resolution 2/21 ..., adopted during its second session": "during its" keeps to the body\'s own session', () => {
    const text =
      'Commends the United Nations Environment Assembly on its commitment to addressing sand and dust storms, and in this regard notes Environment Assembly resolution 2/21 on sand and dust storms, adopted during its second session;';
    expect(relations(text).length).toBeGreaterThan(0);
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([
      'ADOPTED Event:second session of the United Nations Environment Assembly -> Resolution:United Nations Environment Assembly resolution 2/21',
    ]);
  });
});
