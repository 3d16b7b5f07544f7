// Session-59 audit aud59g: faults found annotating A/RES/78/147 (Central Asia facing environmental challenges) and 78/260
// (International Year of Sustainable and Resilient Tourism, 2027). Each case quotes the file and paragraph it comes from; each fix
// has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/147', '2023-12-19'), kind: 'preambular' });

describe('item 1: "the adoption, by <body> at its <session>, of resolution N": the body "by" names ADOPTED its own number (session 59)', () => {
  const ESCAP = 'Organization:Economic and Social Commission for Asia and the Pacific';

  it('A/RES/78/147 PP9: ESCAP resolution 79/8', () => {
    const att = attributions(
      'Noting also the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-ninth session, of resolution 79/8 of 19 May 2023 on the modalities for the establishment of the United Nations special programme for the Aral Sea basin,',
    );
    expect(att).toContain(`ADOPTED ${ESCAP} -> Resolution:Economic and Social Commission for Asia and the Pacific resolution 79/8`);
    // (the session stays an entity of the paragraph, SESSION_OF the Commission, and adopts nothing)
    expect(att).toContain(`SESSION_OF Event:seventy-ninth session of the Economic and Social Commission for Asia and the Pacific -> ${ESCAP}`);
    expect(att.filter((a) => a.startsWith('ADOPTED Event:'))).toEqual([]);
  });

  it('A/RES/78/158 PP12: ESCAP resolution 72/7 (79/212, 80/143 the same)', () => {
    const att = attributions(
      'Noting the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-second session, of resolution 72/7 of 19 May 2016 on regional cooperation to combat sand and dust storms in Asia and the Pacific, and taking note of the Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific,',
      'preambular',
      ctxOf('A/RES/78/158', '2023-12-19'),
    );
    expect(att).toContain(`ADOPTED ${ESCAP} -> Resolution:Economic and Social Commission for Asia and the Pacific resolution 72/7`);
  });

  it('A/RES/78/229 PP15: "the adoption by the Conference of the States Parties to the United Nations Convention against Corruption of resolution 9/8"', () => {
    const att = attributions(
      'Welcoming the adoption by the Conference of the States Parties to the United Nations Convention against Corruption of resolution 9/8 of 17 December 2021 on promoting anti-corruption education, awareness-raising and training, in which the Conference recognized the fundamental role of education in the prevention of and fight against corruption,',
      'preambular',
      ctxOf('A/RES/78/229', '2023-12-22'),
    );
    expect(att.filter((a) => a.startsWith('ADOPTED ') && a.endsWith('Convention against Corruption resolution 9/8'))).toHaveLength(1);
  });

  it('guard: A/RES/78/25 "the adoption by the General Assembly, without a vote, of resolution 73/39": the Assembly adopts nothing', () => {
    const att = attributions(
      'Welcoming the adoption by the General Assembly, without a vote, of resolution 73/39 on the observance of the International Day,',
      'preambular',
      ctxOf('A/RES/78/25', '2023-12-04'),
    );
    expect(att.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});
