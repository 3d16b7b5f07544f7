// Session-55 audit aud55t: faults found annotating A/RES/78/158 (Combating sand and dust storms), A/RES/80/104 and A/RES/78/76
// (Fourth Committee). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must
// not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys } = oneParagraph({ ctx: ctxOf('A/RES/78/158', '2023-12-19'), kind: 'preambular' });

describe('item 1: the years of a plan named inside an event\'s name are the plan\'s name, no date', () => {
  it('A/RES/78/158 PP15: "the high-level meeting of the General Assembly on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030"', () => {
    const dates = keys(
      'Recalling the Sendai Declaration and the Sendai Framework for Disaster Risk Reduction 2015–2030, adopted at the Third United Nations World Conference on Disaster Risk Reduction and endorsed by the General Assembly in its resolution 69/283 of 3 June 2015, and recognizing that one of the priorities for action of the Framework is an understanding of disaster risk for prevention and mitigation and for the development and implementation of appropriate preparedness and effective response to disasters, which continue to undermine efforts to achieve sustainable development, recalling also the convening of the high-level meeting of the General Assembly on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030, and its political declaration,',
      'Date:',
    );
    expect(dates).toEqual(['Date:2015-06-03']);
  });

  it('guard: A/RES/78/320 PP6 "the United Nations Decade on Ecosystem Restoration (2021–2030)": a decade\'s years in its own name are its dates', () => {
    const dates = keys(
      'Emphasizing the continuous need to increase the visibility of the social, economic and environmental benefits of forests and sustainable forest management and place them as an important component of responses to global challenges, and in this regard noting recent forest-related declarations, pledges and developments, including but not limited to the forest-relevant contributions of the Glasgow Leaders’ Declaration on Forests and Land Use and the United Nations Decade on Ecosystem Restoration (2021–2030),',
      'Date:',
    );
    expect(dates).toEqual(['Date:2021', 'Date:2030']);
  });
});

