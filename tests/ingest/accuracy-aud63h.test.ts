// Session-63 audit aud63h: A/RES/80/145 (strengthening cooperation for integrated coastal zone management for achieving sustainable
// development, Second Committee) and its predecessor 78/159. Each case quotes the file and paragraph it comes from; each fix has a
// guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/80/145',
  date: '2025-12-15',
  title: 'Strengthening cooperation for integrated coastal zone management for achieving sustainable development',
};
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'preambular' });

const FUND = 'Organization:Fund for Responding to Loss and Damage';

describe('a preamble\'s ", and invites" after a relative clause whose verb is plural: the body\'s own act', () => {
  it('A/RES/80/145 PP7: "... developing countries that are particularly vulnerable ..., and invites financial contributions ... of the Fund"', () => {
    const rels = relations(
      'Welcoming further the outcomes of the twenty-eighth and twenty-ninth sessions of the Conference of the Parties to the United Nations Framework Convention on Climate Change and the fifth and sixth sessions of the Conference of the Parties serving as the meeting of the Parties to the Paris Agreement held, respectively, in Dubai, United Arab Emirates, from 30 November to 13 December 2023 and in Baku, Azerbaijan, from 11 to 22 November 2024, including the adoption of the decisions to establish and operationalize new funding arrangements, including the Fund for Responding to Loss and Damage aimed at assisting developing countries that are particularly vulnerable to the adverse effects of climate change, and invites financial contributions, with developed country Parties continuing to take the lead to provide financial resources for commencing the operationalization of the Fund,',
    );
    expect(rels).toContain(`WELCOMES ${FUND}`);
    expect(rels).toContain(`INVITES ${FUND}`);
  });

  it('guard: "the Fund ..., which assists developing countries that are ..., and invites": the relative clause of the Fund goes on (no INVITES)', () => {
    const rels = relations(
      'Welcoming the Fund for Responding to Loss and Damage, which assists developing countries that are particularly vulnerable to the adverse effects of climate change, and invites financial contributions to the Fund,',
    );
    expect(rels).toContain(`WELCOMES ${FUND}`);
    expect(rels).not.toContain(`INVITES ${FUND}`);
  });

  it('guard: "the decision that welcomes ..., and invites": a that-clause in the singular still has the later verb', () => {
    const rels = relations('Noting the decision that welcomes the Fund for Responding to Loss and Damage, and invites financial contributions to the Fund,');
    expect(rels.filter((r) => r.startsWith('INVITES'))).toEqual([]);
  });
});

describe('"<dated sitting> ..., which adopted a political declaration": the sitting\'s declaration, which the clause\'s verb takes', () => {
  const DECLARATION = 'Framework:Political Declaration of the High-level Political Forum on Sustainable Development';
  const SUMMIT_2023 = 'Event:Sustainable Development Goals Summit @ 2023';

  it('A/RES/80/145 PP30 (78/159 PP27): "(Sustainable Development Goals Summit) in September 2023, which adopted a political declaration"', () => {
    const text =
      'Welcoming also the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit) in September 2023, which adopted a political declaration in which the Assembly, inter alia, committed to conserving and sustainably using oceans and seas, freshwater resources, as well as forests, mountains and drylands and protecting biodiversity, ecosystems and wildlife,';
    expect(relations(text)).toContain(`WELCOMES ${DECLARATION}`);
    expect(relations(text)).toContain(`WELCOMES ${SUMMIT_2023}`);
    expect(attributions(text)).toContain(`ADOPTED ${SUMMIT_2023} -> ${DECLARATION}`);
  });

  it('guard: "..., which adopted a ministerial declaration": no political declaration read', () => {
    const text =
      'Welcoming also the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit) in September 2023, which adopted a ministerial declaration,';
    expect(keys(text, DECLARATION)).toEqual([]);
  });

  it('guard: the forum named with no sitting or date, "..., which adopted a political declaration": not read', () => {
    const text = 'Welcoming also the high-level political forum on sustainable development, which adopted a political declaration,';
    expect(keys(text, DECLARATION)).toEqual([]);
  });
});
