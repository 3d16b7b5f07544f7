// Session-58 audit aud58t: residual faults of A/RES/78/270 and 79/275 (the role of diamonds in fuelling conflict) and of the
// bare "Atlantic". Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must
// not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys } = oneParagraph({ ctx: ctxOf('A/RES/80/110', '2025-12-09'), kind: 'operative' });

describe('item 4: "Atlantic" after a hyphen or a compass word, or opening a name, is not the ocean named alone', () => {
  it('A/RES/80/110 OP62 (78/69 OP72, 79/144 OP70): "the northern Mid-Atlantic Ridge"', () => {
    const places = keys(
      'Notes the progress made in the development of regional environmental management plans for the Area, and encourages the Authority to continue advancing on the development of regional environmental management plans in priority areas in the Area, such as the northern Mid-Atlantic Ridge, the Indian Ocean and the North- West Pacific, and also notes the adoption of the revised standardized procedure;',
      'Place:',
    );
    expect(places).not.toContain('Place:Atlantic');
    expect(places).toContain('Place:Indian Ocean');
  });

  it('A/RES/80/110 OP208: "the Atlantic Meridional Overturning Circulation"', () => {
    const places = keys(
      'Recognizes the need for further scientific research on large-scale ocean circulation patterns, and notes with concern the probability of a slowdown of ocean circulation, in particular of the Atlantic Meridional Overturning Circulation, as well as the impacts on regional weather patterns;',
      'Place:',
    );
    expect(places).not.toContain('Place:Atlantic');
  });

  it('"the North-East Atlantic" printed alone is a region of the ocean, not the ocean', () => {
    expect(keys('Encourages States to cooperate in the North-East Atlantic;', 'Place:')).not.toContain('Place:Atlantic');
  });

  it('guard: A/RES/80/136 OP15 "the early establishment of the Atlantic, Indian Ocean and South China Sea small island developing States coordination mechanism" keeps the Atlantic', () => {
    const places = keys(
      'Welcomes the high-level meeting of small island developing States of the Atlantic, Indian Ocean and South China Sea, held in Praia on 15 and 16 May 2025, and looks forward to the early establishment of the Atlantic, Indian Ocean and South China Sea small island developing States coordination mechanism;',
      'Place:',
      'operative',
      ctxOf('A/RES/80/136', '2025-12-15'),
    );
    expect(places).toContain('Place:Atlantic');
  });

  it('guard: A/RES/79/204 OP25 "the 2017 Atlantic hurricane season" keeps the Atlantic', () => {
    const places = keys(
      'Expresses deep concern about the severe destruction and devastation caused to several countries by heightened hurricane activity in the wider Caribbean region in recent years, in particular the 2017 Atlantic hurricane season;',
      'Place:',
      'operative',
      ctxOf('A/RES/79/204', '2024-12-19'),
    );
    expect(places).toContain('Place:Atlantic');
  });
});
