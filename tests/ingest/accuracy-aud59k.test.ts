// Session-59 audit aud59k: residual faults left by session 58's gold sets. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/121', '2023-12-07'), kind: 'preambular' });

describe('item 5: unnamed plural meetings of a series, each in its own town, give the series no venue and no date', () => {
  const CEAPAD = 'Event:Conference on Cooperation among East Asian Countries for Palestinian Development';

  it('A/RES/78/121 PP16 (79/141): "the ministerial meetings of the Conference ..., convened in Tokyo in February 2013 and in Jakarta in March 2014"', () => {
    const text =
      'Welcoming the ministerial meetings of the Conference on Cooperation among East Asian Countries for Palestinian Development, convened in Tokyo in February 2013 and in Jakarta in March 2014, as a forum to mobilize political and economic assistance, including through exchanges of expertise and lessons learned, in support of Palestinian development,';
    expect(relations(text)).toContain(`WELCOMES ${CEAPAD}`);
    expect(attributions(text).filter((a) => a.startsWith(`HELD_IN ${CEAPAD}`) || a.startsWith(`STARTS_ON ${CEAPAD}`))).toEqual([]);
  });

  it('guard: A/RES/80/72 PP30: the assistance of the Conference "held in Ramallah and Jericho in July 2019" keeps both venues and its month', () => {
    const att = attributions(
      'Welcoming the assistance extended by the Conference on Cooperation among East Asian Countries for Palestinian Development, held in Ramallah and Jericho in July 2019, in support of Palestinian efforts towards an independent Palestinian State through the sharing of the experience of East Asian countries in economic development,',
      'preambular',
      ctxOf('A/RES/80/72', '2025-12-05'),
    );
    // (the edition, keyed with its year)
    expect(att).toContain(`HELD_IN ${CEAPAD} @ 2019 -> Place:Ramallah`);
    expect(att).toContain(`HELD_IN ${CEAPAD} @ 2019 -> Place:Jericho`);
    expect(att).toContain(`STARTS_ON ${CEAPAD} @ 2019 -> Date:2019-07`);
  });
});
