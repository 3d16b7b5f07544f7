// Session-64 audit aud64b: A/RES/79/223 (Women in development, Second Committee). Each case quotes the file and paragraph it
// comes from; the fix has guards for the near sentences that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const { extract, attributions } = oneParagraph({ ctx: ctxOf('A/RES/79/223', '2024-12-19', 'Women in development'), kind: 'preambular' });
const UHC_2023 = 'Event:high-level meeting on universal health coverage @ 2023';
const dates = (text: string): string[] => extract(text).mentions.filter((m) => m.kind === 'Date').map((m) => m.key);

describe('the year printed between "the" and a meeting inside its declaration\'s name dates the meeting', () => {
  it('A/RES/79/223 PP13: "the political declaration of the 2023 high-level meeting on universal health coverage": STARTS_ON 2023', () => {
    const text =
      'Reaffirming the political declaration of the 2023 high-level meeting on universal health coverage, which recognizes that universal health coverage is fundamental to achieving the Sustainable Development Goals,';
    const atts = attributions(text);
    expect(atts).toContain(`STARTS_ON ${UHC_2023} -> Date:2023`);
    expect(atts).toContain(`ADOPTED ${UHC_2023} -> Framework:Political declaration of the high-level meeting on universal health coverage (2023)`);
    // (a date the paragraph mentions, as "the 2023 high-level meeting" printed alone is)
    expect(dates(text)).toEqual(['Date:2023']);
  });

  it('guard: A/RES/78/130 PP5 "the 2023 political declaration of the high-level meeting ...": the year before the declaration, as before', () => {
    const text = 'Recalling the 2023 political declaration of the high-level meeting on universal health coverage,';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([`STARTS_ON ${UHC_2023} -> Date:2023`]);
  });

  it('guard: A/RES/79/263 OP15 "the political declaration of the third high-level meeting of the General Assembly on ...": an ordinal, no year', () => {
    const text =
      'Recalling the political declaration of the third high-level meeting of the General Assembly on the prevention and control of non-communicable diseases, as reflected in its resolution 73/2 of 10 October 2018,';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('guard: A/RES/78/174 PP9 "..., held in New York on 21 September 2023": the day printed dates the meeting, no year beside it', () => {
    const text = 'Recalling the political declaration of the high-level meeting on universal health coverage, held in New York on 21 September 2023,';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([`STARTS_ON ${UHC_2023} -> Date:2023-09-21`]);
  });
});
