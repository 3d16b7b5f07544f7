// Session-64 audit aud64m: A/RES/80/55 (Youth, disarmament and non-proliferation) and A/RES/79/215 (Towards a New International
// Economic Order). Each case quotes the file and paragraph it comes from; the fix has guards for the near sentences that must not
// change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/55', date: '2025-12-01', title: 'Youth, disarmament and non-proliferation' };
const { attributions, relations } = oneParagraph({ ctx, kind: 'preambular' });
const STRATEGY = 'Framework:United Nations Youth Strategy';

describe('"the launch of <short name>: The <name> in <year>": the title\'s short name between the noun and the name', () => {
  it('A/RES/80/55 PP13: "the launch of Youth 2030: The United Nations Youth Strategy in 2018" STARTS_ON 2018', () => {
    const atts = attributions(
      'Noting the launch of Youth 2030: The United Nations Youth Strategy in 2018, the first interim review of which was conducted prior to the start of the second phase of the Strategy, which began in 2025,',
    );
    expect(atts).toContain(`STARTS_ON ${STRATEGY} -> Date:2018`);
    // (the second phase's year is not the Strategy's start)
    expect(atts).not.toContain(`STARTS_ON ${STRATEGY} -> Date:2025`);
  });

  it('guard: A/RES/78/31 PP11, the day first ("the launch on 24 September 2018 of Youth 2030: ..."), reads as before', () => {
    const atts = attributions('Noting the launch on 24 September 2018 of Youth 2030: The United Nations Youth Strategy,');
    expect(atts).toContain(`STARTS_ON ${STRATEGY} -> Date:2018-09-24`);
  });

  it('guard: another noun before the short name ("the review of Youth 2030: ... in 2018") dates nothing', () => {
    const atts = attributions('Noting the review of Youth 2030: The United Nations Youth Strategy in 2018,');
    expect(atts.filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('conventions the gold of 80/55 follows', () => {
  it('A/RES/80/55 PP11: "on the margins of the First Committee": the sitting stays a target, as "on the margins of <session>" golds read', () => {
    const rels = relations(
      'Welcoming the youth and disarmament programmes of the relevant United Nations bodies and the convening of the Youth4Disarmament Forum in New York on 16 and 17 October 2025, on the margins of the First Committee, to foster meaningful youth participation,',
    );
    expect(rels).toContain('WELCOMES Organization:First Committee');
  });
});
