// Session-65 audit aud65y: A/RES/79/201 (entrepreneurship for sustainable development, Second Committee). Each case quotes the
// file and paragraph it comes from; the fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/201', date: '2024-12-19' };
const { attributions } = oneParagraph({ ctx: GA, kind: 'operative' });
const UNCTAD = 'Organization:United Nations Conference on Trade and Development';

describe('a plural kind word closing a list of initiatives, then "of the <body>": the body leads each of them', () => {
  const OP21 =
    'Reiterates the need to strengthen women’s economic empowerment and resilience, and encourages Governments to facilitate women’s entrepreneurship by improving access to financing and investment opportunities, tools of trade, business development and training, such as the Women in Business and eTrade for Women initiatives of the United Nations Conference on Trade and Development and the SheTrades initiative of the International Trade Centre in order to increase trade and procurement;';

  it('A/RES/79/201 OP21: "the Women in Business and eTrade for Women initiatives of the United Nations Conference on Trade and Development"', () => {
    const atts = attributions(OP21);
    expect(atts).toContain(`LEADS ${UNCTAD} -> Initiative:Women in Business initiative`);
    expect(atts).toContain(`LEADS ${UNCTAD} -> Initiative:eTrade for Women Network`);
    // (the singular "initiative of" after it reads as before)
    expect(atts).toContain('LEADS Organization:International Trade Centre -> Initiative:SheTrades Initiative');
    expect(atts.filter((a) => a.startsWith('LEADS Organization:International Trade Centre'))).toHaveLength(1);
  });

  it('guard: A/RES/79/201 OP8 singular names, the owner printed after the second only ("the Empretec programme and the ... of the United Nations Conference on Trade and Development"): no lead of the first', () => {
    const OP8 =
      'Acknowledges the value of entrepreneurship education, encourages all relevant actors to increase efforts to systemically integrate entrepreneurship within the formal and informal education systems, including through, inter alia, skills development, career guidance, and behavioural approach programmes such as the Empretec programme and the Entrepreneurship Policy Framework and Implementation Guidance of the United Nations Conference on Trade and Development and the Start and Improve Your Business programme of the International Labour Organization;';
    const atts = attributions(OP8);
    expect(atts).not.toContain(`LEADS ${UNCTAD} -> Initiative:Empretec programme`);
    expect(atts).toContain('LEADS Organization:International Labour Organization -> Initiative:Start and Improve Your Business programme');
  });

  it('guard: two singular "initiative" names joined by "and", the owner after the second: the first is not its', () => {
    const atts = attributions(
      'Encourages Governments to support the Women in Business initiative and the SheTrades initiative of the International Trade Centre;',
    );
    expect(atts).toContain('LEADS Organization:International Trade Centre -> Initiative:SheTrades Initiative');
    expect(atts).not.toContain('LEADS Organization:International Trade Centre -> Initiative:Women in Business initiative');
  });
});
