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
