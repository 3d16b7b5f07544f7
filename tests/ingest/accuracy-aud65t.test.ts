// Session-65 audit aud65t: A/RES/78/208 (strengthening the role of the United Nations in the promotion of democratization and
// enhancing periodic and genuine elections, Third Committee). Each case quotes the file and paragraph it comes from; each fix has
// a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/78/208',
  date: '2023-12-19',
  title: 'Strengthening the role of the United Nations in the promotion of democratization and enhancing periodic and genuine elections',
};
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'operative' });
const SG = 'Organization:Secretary-General of the United Nations';
const UN = 'Organization:United Nations';
const ELECTORAL_FUND = 'Organization:United Nations Trust Fund for Electoral Assistance';

describe('"the establishment by the Secretary-General of the United Nations <lowercase fund>": the Secretary-General and the fund', () => {
  it('A/RES/78/208 OP16: "Recalls the establishment by the Secretary-General of the United Nations trust fund for electoral assistance"', () => {
    const text =
      'Recalls the establishment by the Secretary-General of the United Nations trust fund for electoral assistance, and, bearing in mind that the fund is currently close to depletion, calls upon Member States to consider contributing to the fund;';
    const rels = relations(text);
    expect(rels).toContain(`RECALLS ${SG}`);
    expect(rels).toContain(`RECALLS ${ELECTORAL_FUND}`);
    expect(attributions(text)).toContain(`LEADS ${SG} -> ${ELECTORAL_FUND}`);
  });

  it('guard: A/RES/78/208 PP46 "the establishment by the Secretary-General of the United Nations Democracy Fund" (a capitalised name) stays read', () => {
    const text =
      'Recalling its resolution 60/1 of 16 September 2005, entitled “2005 World Summit Outcome”, in which it welcomed the establishment by the Secretary-General of the United Nations Democracy Fund,';
    expect(relations(text, 'preambular')).toContain('RECALLS Organization:United Nations Democracy Fund');
    expect(relations(text, 'preambular')).toContain(`RECALLS ${SG}`);
  });

  it('guard: no act before it ("the report of the Secretary-General of the United Nations on ..."): one post, no fund read', () => {
    const text = 'Takes note of the report of the Secretary-General of the United Nations on the trust fund for electoral assistance;';
    expect(keys(text, 'Organization:')).toEqual([SG]);
  });
});

describe('the subjunctive "continue" after the United Nations: the Organization as the subject of the that-clause', () => {
  it('A/RES/78/208 OP13: "Recommends that, throughout the timespan ..., the United Nations continue to provide technical advice"', () => {
    const text =
      'Recommends that, throughout the timespan of the entire electoral cycle, including before and after elections, as appropriate, on the basis of a needs assessment and in accordance with the evolving needs of requesting Member States, bearing in mind sustainability and cost-effectiveness, the United Nations continue to provide technical advice and other assistance to requesting States and electoral institutions in order to help to strengthen their democratic processes, also bearing in mind that the relevant office may provide additional assistance in the form of mediation and good offices, upon the request of Member States;';
    expect(relations(text)).toContain(`RECOMMENDS ${UN}`);
  });

  it('guard: "United Nations" before a noun it qualifies ("the United Nations system continue") is no mention of the Organization', () => {
    const text = 'Recommends that the United Nations system continue to provide technical advice;';
    expect(keys(text, UN).filter((k) => k === UN)).toEqual([]);
  });
});

describe('the democratic governance thematic trust fund of UNDP, printed lowercase', () => {
  it('A/RES/78/208 PP47: "contributions to ... the democratic governance thematic trust fund of the United Nations Development Programme"', () => {
    const text =
      'Welcoming the support provided by Member States to the electoral assistance activities of the United Nations, inter alia, through the provision of electoral experts, including electoral commission staff, and observers, as well as through contributions to the United Nations trust fund for electoral assistance, the democratic governance thematic trust fund of the United Nations Development Programme and the United Nations Democracy Fund,';
    const rels = relations(text, 'preambular');
    expect(rels).toContain('WELCOMES Organization:Democratic Governance Thematic Trust Fund');
    expect(rels).toContain('WELCOMES Organization:United Nations Development Programme');
    expect(rels).toContain(`WELCOMES ${ELECTORAL_FUND}`);
  });
});
