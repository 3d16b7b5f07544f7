// Session-62 audit aud62e: faults found annotating A/RES/79/283 (United Nations Decade for Afforestation and Reforestation in line
// with Sustainable Forest Management) and A/RES/79/322 (artificial intelligence in Central Asia). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/283', '2025-04-16'), kind: 'operative' });

describe('item 1: "in line with" inside a Decade\'s name', () => {
  const DECADE = 'Event:Decade for Afforestation and Reforestation in line with Sustainable Forest Management';

  it('A/RES/79/283 OP1: "Decides to proclaim the period 2027–2036 as the United Nations Decade for Afforestation and Reforestation in line with Sustainable Forest Management, ..."', () => {
    const text =
      'Decides to proclaim the period 2027–2036 as the United Nations Decade for Afforestation and Reforestation in line with Sustainable Forest Management, within existing structures and available resources, with the objective of raising global awareness, fostering political will, mobilizing action at all levels and strengthening international cooperation and capacity-building to halt and reverse the loss of forest cover worldwide and to support efforts in afforestation and reforestation in line with sustainable forest management, in alignment with relevant global frameworks;';
    expect(relations(text)).toContain(`DECIDES ${DECADE}`);
    expect(keys(text, 'Event:')).toEqual([DECADE]);
    const att = attributions(text);
    expect(att).toContain(`STARTS_ON ${DECADE} -> Date:2027`);
    expect(att).toContain(`ENDS_ON ${DECADE} -> Date:2036`);
  });

  it('A/RES/79/283 OP4: the name with its years, "... in line with Sustainable Forest Management (2027–2036) in its deliberations"', () => {
    const text =
      'Invites the United Nations Forum on Forests, within its existing mandates and resources, to consider, as appropriate, the role and contributions of the United Nations Decade for Afforestation and Reforestation in line with Sustainable Forest Management (2027–2036) in its deliberations;';
    expect(relations(text)).toContain(`INVITES ${DECADE}`);
    expect(attributions(text)).toContain(`STARTS_ON ${DECADE} -> Date:2027`);
  });

  it('guard: A/RES/79/185 PP14 "the conflict in the Syrian Arab Republic in line with Security Council resolution 2254 (2015)": no name runs on past the country', () => {
    const text =
      'Welcoming the efforts of the Special Envoy to advance United Nations efforts to achieve a sustainable political solution to the conflict in the Syrian Arab Republic in line with Security Council resolution 2254 (2015), recalling the importance of advancing the work of the Constitutional Committee and achieving tangible results,';
    const ctx = ctxOf('A/RES/79/185', '2024-12-17');
    expect(keys(text, 'Place:', 'preambular', ctx)).toContain('Place:Syrian Arab Republic');
    expect(keys(text, '', 'preambular', ctx).filter((k) => k.includes('in line with'))).toEqual([]);
  });
});
