// Session-69 audit aud69f: A/RES/80/24 (Nuclear disarmament) and A/RES/79/70 (United Nations regional centres for peace and
// disarmament). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { oneParagraph } from '../helpers/one-paragraph.js';

const { relations } = oneParagraph({
  ctx: { body: 'General Assembly', symbol: 'A/RES/80/24', date: '2025-12-01', title: 'Nuclear disarmament' },
  kind: 'preambular',
});
const CD = 'Organization:Conference on Disarmament';

describe('"the adoption of X by <organ>" with no session after the organ: the adopter, no verb target (sessions 64, 65, 68)', () => {
  it('A/RES/80/24 PP19 (79/50, 78/53): "Noting the adoption of the programme of work for the 2009 session by the Conference on Disarmament on 29 May 2009, ..., and regretting that the Conference did not succeed ..."', () => {
    const text =
      'Noting the adoption of the programme of work for the 2009 session by the Conference on Disarmament on 29 May 2009, after years of stalemate, and regretting that the Conference did not succeed in reaching consensus on a programme of work for its 2025 session,';
    const rel = relations(text);
    expect(rel).not.toContain(`NOTES ${CD}`);
    expect(rel).toContain('NOTES Event:2009 session of the Conference on Disarmament');
    // (the Conference named again as the subject of the second clause keeps that clause's verb)
    expect(rel).toContain(`REGRETS ${CD}`);
  });

  it('A/RES/79/321 OP18 (78/277 OP18): "the adoption of the Declaration on a Culture of Peace by the United Nations at the fifty-third session of the General Assembly in 1999"', () => {
    const text =
      'Acknowledges that 2024 marked the twenty-fifth anniversary of the adoption of the Declaration on a Culture of Peace by the United Nations at the fifty-third session of the General Assembly in 1999;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/321', date: '2025-06-20' });
    expect(rel).not.toContain('ACKNOWLEDGES Organization:United Nations');
    expect(rel).toContain('ACKNOWLEDGES Framework:Declaration on a Culture of Peace');
  });

  it('guard: the organ addressed for itself, or noted with a text it did not adopt, keeps its verb', () => {
    expect(relations('Noting the adoption of the programme of work for the 2009 session and the work of the Conference on Disarmament,')).toContain(`NOTES ${CD}`);
    expect(relations('Noting the support expressed in the Conference on Disarmament for the elaboration of an international convention,')).toContain(`NOTES ${CD}`);
  });

  it('guard: a sitting printed as the adopter stays a target (A/RES/78/199 PP16: "the adoption of the Vienna Declaration and Programme of Action by the World Conference on Human Rights")', () => {
    const rel = relations('Recalling the adoption of the Vienna Declaration and Programme of Action by the World Conference on Human Rights,');
    // (the Conference keyed with its year in one paragraph's graph, accuracy-aud62u)
    expect(rel.filter((r) => r.startsWith('RECALLS Event:World Conference on Human Rights'))).toHaveLength(1);
  });
});
