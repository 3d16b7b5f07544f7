// Session-66 audit aud66m: A/RES/78/184 (Office of the United Nations High Commissioner for Refugees, Third Committee) and its
// sister texts (79/156, 80/187). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence
// that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/184', '2023-12-19'), kind: 'operative' });
const NY_DECLARATION = 'Framework:New York Declaration for Refugees and Migrants';
const HLM_2016 = 'Event:high-level plenary meeting of the General Assembly on addressing large movements of refugees and migrants @ 2016';

describe('"the adoption of <framework> at <sitting>, on <day>": the day is the framework\'s ADOPTED_ON, not the sitting\'s STARTS_ON', () => {
  it('A/RES/78/184 OP16 (79/156, 80/187): "Recalls the adoption of the New York Declaration ... at the high-level plenary meeting ..., on 19 September 2016"', () => {
    const att = attributions(
      'Recalls the adoption of the New York Declaration for Refugees and Migrants7 at the high-level plenary meeting of the General Assembly on addressing large movements of refugees and migrants, on 19 September 2016, and encourages States to implement relevant commitments made therein;',
    );
    expect(att).toContain(`ADOPTED_ON ${NY_DECLARATION} -> Date:2016-09-19`);
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${HLM_2016}`))).toEqual([]);
    // (the meeting still adopted it)
    expect(att).toContain(`ADOPTED ${HLM_2016} -> ${NY_DECLARATION}`);
  });

  it('guard: A/RES/79/217 PP6 "the New York Declaration ..., adopted at the high-level plenary meeting ..., held at United Nations Headquarters on 19 September 2016": the meeting\'s day', () => {
    const att = attributions(
      'Reaffirming the New York Declaration for Refugees and Migrants, adopted at the high-level plenary meeting of the General Assembly on addressing large movements of refugees and migrants, held at United Nations Headquarters on 19 September 2016,',
      'preambular',
      ctxOf('A/RES/79/217', '2024-12-19'),
    );
    expect(att).toContain(`STARTS_ON ${HLM_2016} -> Date:2016-09-19`);
    expect(att.filter((a) => a.startsWith(`ADOPTED_ON ${NY_DECLARATION}`))).toEqual([]);
  });

  it('guard: the sitting named with no adoption before it keeps its day ("the participation of States at the ..., on 19 September 2016")', () => {
    const att = attributions(
      'Recalls the participation of States at the high-level plenary meeting of the General Assembly on addressing large movements of refugees and migrants, on 19 September 2016;',
    );
    expect(att).toContain(`STARTS_ON ${HLM_2016} -> Date:2016-09-19`);
  });
});
