// Session-61 audit aud61w (A/RES/78/173, persons living with a rare disease): residuals its gold showed. Each case quotes the file
// and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { extract, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/173', '2023-12-19'), kind: 'preambular' });

describe('"the political declaration of the high-level meeting on <subject> of <year>": the year dates the meeting', () => {
  const MEETING_2023 = 'Event:high-level meeting on universal health coverage @ 2023';
  const UHC_2023 = 'Framework:Political declaration of the high-level meeting on universal health coverage (2023)';

  it('A/RES/78/173 PP15: "... further implement the political declaration of the high-level meeting on universal health coverage of 2023 and ..."', () => {
    const text =
      'Recalling the commitment to scale up efforts and further implement the political declaration of the high-level meeting on universal health coverage of 2023 and to achieve the health-related Sustainable Development Goals and targets through, inter alia, strengthening national efforts, international cooperation and global solidarity at the highest political level,';
    const x = extract(text);
    const att = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(att).toContain(`STARTS_ON ${MEETING_2023} -> Date:2023`);
    expect(att).toContain(`ADOPTED ${MEETING_2023} -> ${UHC_2023}`);
    // (the Assembly adopted the declaration on 5 October 2023: the year is the meeting's, not the declaration's)
    expect(att.filter((a) => a.startsWith(`ADOPTED_ON ${UHC_2023}`))).toEqual([]);
    // a date the paragraph states
    expect(x.mentions.filter((m) => m.kind === 'Date').map((m) => m.key)).toEqual(['Date:2023']);
  });

  it('A/RES/80/190 PP13: the sister "... and the political declaration of the high-level meeting on universal health coverage of 2023,32"', () => {
    const text =
      'Reaffirming the Vienna Declaration and Programme of Action,21 the United Nations Millennium Declaration22 and the political declaration of the high-level meeting on universal health coverage of 2023,32';
    const att = attributions(text, 'preambular', ctxOf('A/RES/80/190', '2025-12-15'));
    expect(att).toContain(`STARTS_ON ${MEETING_2023} -> Date:2023`);
    expect(att.filter((a) => a.startsWith(`ADOPTED_ON ${UHC_2023}`))).toEqual([]);
  });

  it('guard: an instrument\'s own year after its name ("the Ministerial Declaration of 2019") stays its ADOPTED_ON, no date', () => {
    const x = extract('Recalling the Ministerial Declaration of 2019 on the matter,');
    expect(x.attributions.filter((a) => a.type === 'STARTS_ON')).toEqual([]);
    expect(x.mentions.filter((m) => m.kind === 'Date')).toEqual([]);
  });

  it('guard: "the 2023 political declaration of the high-level meeting on universal health coverage" (A/RES/78/130 PP5) as before', () => {
    const att = attributions('Recalling also the 2023 political declaration of the high-level meeting on universal health coverage,', 'preambular', ctxOf('A/RES/78/130', '2023-12-19'));
    expect(att).toContain(`STARTS_ON ${MEETING_2023} -> Date:2023`);
  });
});
