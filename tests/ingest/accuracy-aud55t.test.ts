// Session-55 audit aud55t: faults found annotating A/RES/78/158 (Combating sand and dust storms), A/RES/80/104 and A/RES/78/76
// (Fourth Committee). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must
// not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/158', '2023-12-19'), kind: 'preambular' });

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

describe('item 2: the Human Rights Council\'s commission of inquiry named by its mandate is a body', () => {
  const COMMISSION = 'Organization:independent international commission of inquiry on the protests in the Occupied Palestinian Territory';

  it('A/RES/78/76 PP11 (and 80/80 PP11): "the report of the independent international commission of inquiry established pursuant to Human Rights Council resolution S-28/1"', () => {
    const rels = relations(
      'Recalling the report of the independent international commission of inquiry established pursuant to Human Rights Council resolution S-28/1,',
      'preambular',
      ctxOf('A/RES/78/76', '2023-12-07'),
    );
    expect(rels).toContain(`RECALLS ${COMMISSION}`);
    // (the resolution it was established by is still cited)
    expect(rels).toContain('RECALLS Resolution:A/HRC/RES/S-28/1');
  });

  it('guard: A/RES/80/223 PP50 "the findings of the Independent International Commission of Inquiry on Ukraine": that commission, not this one', () => {
    const rels = relations(
      'Expressing grave concern at the findings of the Independent International Commission of Inquiry on Ukraine that the Russian authorities, pursuant to a coordinated State policy, have engaged in widespread and systematic torture, including sexual violence, against civilians and prisoners of war, amounting to war crimes and crimes against humanity,',
      'preambular',
      ctxOf('A/RES/80/223', '2025-12-15'),
    );
    expect(rels).toContain('EXPRESSES Organization:Independent International Commission of Inquiry on Ukraine');
    expect(rels.filter((r) => r.includes('protests'))).toEqual([]);
  });
});
