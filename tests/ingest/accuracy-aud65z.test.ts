// Session-65 audit aud65z: residual faults of the session's new gold sets (aud65k A/RES/79/133, aud65n A/RES/79/287). Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const ctx = ctxOf('A/RES/79/133', '2024-12-04', 'Return or restitution of cultural property to the countries of origin');
const { relations, attributions } = oneParagraph({ ctx, kind: 'preambular' });
const GC = 'Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization';

describe('"the adoption by <organ> [on <day> | at its <n> session] of <text>": the adopter takes no verb (lead, sessions 64 and 65)', () => {
  it('A/RES/79/133 PP9: "the adoption by the General Conference of [UNESCO] on 17 October 2003 of the Declaration ..."', () => {
    const text =
      'Recalling the adoption by the General Conference of the United Nations Educational, Scientific and Cultural Organization on 17 October 2003 of the Declaration concerning the Intentional Destruction of Cultural Heritage,';
    expect(relations(text)).not.toContain(`RECALLS ${GC}`);
    expect(relations(text)).toContain('RECALLS Framework:Declaration concerning the Intentional Destruction of Cultural Heritage');
    expect(attributions(text)).toContain(`ADOPTED ${GC} -> Framework:Declaration concerning the Intentional Destruction of Cultural Heritage`);
  });

  it('A/RES/79/133 OP21: "the adoption by the General Conference ... at its thirty-eighth session, in November 2015, of the strategy ..."', () => {
    const text =
      'Acknowledges with appreciation the adoption by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its thirty-eighth session, in November 2015, of the strategy for the reinforcement of the Organization’s action for the protection of culture;';
    const rels = relations(text, 'operative');
    expect(rels).not.toContain(`ACKNOWLEDGES ${GC}`);
    // (its session stays a target, as in "the adoption of X by <organ> at its <n> session")
    expect(rels).toContain('ACKNOWLEDGES Event:thirty-eighth session of the General Conference of the United Nations Educational, Scientific and Cultural Organization');
  });

  it('guard: the organ that adopted nothing named after it ("the role of the General Conference of [UNESCO] in ...") keeps its verb', () => {
    const text = 'Recalling the role of the General Conference of the United Nations Educational, Scientific and Cultural Organization in the protection of cultural heritage,';
    expect(relations(text)).toContain(`RECALLS ${GC}`);
  });

  it('guard: another act of the organ named so ("the request by the General Conference ... at its thirty-eighth session of ...") keeps its verb', () => {
    const text =
      'Recalling the request by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its thirty-eighth session of the Director-General to report on the strategy,';
    expect(relations(text)).toContain(`RECALLS ${GC}`);
  });
});

describe('a note "Resolution N, annex." after "adopted on <day>": the resolution ADOPTED the text only when the day falls in its session (session 54)', () => {
  it('A/RES/79/133 PP16: "the Doha Declaration ..., adopted on 19 April 2015,17" with "17 Resolution 70/174, annex.": a congress adopted it, no ADOPTED by 70/174', () => {
    const text =
      'Recalling also the Doha Declaration on Integrating Crime Prevention and Criminal Justice into the Wider United Nations Agenda to Address Social and Economic Challenges and to Promote the Rule of Law at the National and International Levels, and Public Participation, adopted on 19 April 2015,17 and the commitment expressed by Member States therein,';
    const att = footnotedAttributions('PP16', text, '17', '2015,17', 'Resolution 70/174, annex.', ctx);
    expect(att.filter((a) => a.startsWith('ADOPTED Resolution:'))).toEqual([]);
    expect(att.some((a) => a.startsWith('ADOPTED_ON Framework:Doha Declaration') && a.endsWith('Date:2015-04-19'))).toBe(true);
  });

  it('A/RES/79/133 PP17: "the Kyoto Declaration ..., adopted on 7 March 2021,18" with "18 Resolution 76/181, annex."', () => {
    const text =
      'Taking note of the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law: Towards the Achievement of the 2030 Agenda for Sustainable Development, adopted on 7 March 2021,18 and noting the commitment expressed by Member States therein,';
    const att = footnotedAttributions('PP17', text, '18', '2021,18', 'Resolution 76/181, annex.', ctx);
    expect(att.filter((a) => a.startsWith('ADOPTED Resolution:'))).toEqual([]);
  });

  it('guard: A/RES/79/133 PP8 "the adoption of the United Nations Convention on Jurisdictional Immunities ... on 2 December 2004,10" with "10 Resolution 59/38, annex.": the day is in the 59th session, ADOPTED stays', () => {
    const text =
      'Noting the adoption of the United Nations Convention on Jurisdictional Immunities of States and Their Property on 2 December 2004,10 as it might apply to cultural property,';
    expect(footnotedAttributions('PP8', text, '10', '2004,10', 'Resolution 59/38, annex.', ctx)).toContain(
      'ADOPTED Resolution:A/RES/59/38 -> Framework:United Nations Convention on Jurisdictional Immunities of States and Their Property',
    );
  });
});
