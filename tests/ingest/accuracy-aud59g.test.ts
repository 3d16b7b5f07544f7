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

describe('item 2: "the holding of the A and a B in <place>, from <days>": the venue and days are every listed sitting\'s, as after "the convening of"', () => {
  const CRIC21 = 'Event:twenty-first session of the Committee for the Review of the Implementation of the United Nations Convention to Combat Desertification';

  it('A/RES/78/147 OP8: the Committee\'s session and the high-level event, in Samarkand from 13 to 17 November 2023', () => {
    const att = attributions(
      'Recognizes the importance of new and innovative technologies and best practices in combating desertification, drought and sand and dust storms and in achieving land degradation neutrality and drought resilience in Central Asia, welcomes in this regard the holding of the twenty-first session of the Committee for the Review of the Implementation of the United Nations Convention to Combat Desertification and a high-level event on sand and dust storms in Samarkand, Uzbekistan, from 13 to 17 November 2023 to discuss action-oriented recommendations and address the challenges faced by the affected countries;',
      'operative',
    );
    expect(att).toContain(`HELD_IN ${CRIC21} -> Place:Samarkand`);
    expect(att).toContain(`STARTS_ON ${CRIC21} -> Date:2023-11-13`);
    expect(att).toContain(`ENDS_ON ${CRIC21} -> Date:2023-11-17`);
    // (the high-level event, last of the list, keeps the venue and days printed after it)
    expect(att.filter((a) => a.startsWith('HELD_IN Event:') && a.endsWith('Place:Samarkand'))).toHaveLength(2);
  });

  it('guard: A/RES/79/55 PP "the holding of the first Conference of the Parties ..., in Vienna from 28 March to 1 April 2022, ..., and recalling the convening of the International Conference on Nuclear Security ..., held in Vienna from 20 to 24 May 2024": each its own days', () => {
    const att = attributions(
      'Recalling the holding of the first Conference of the Parties to the Amendment to the Convention on the Physical Protection of Nuclear Material, in Vienna from 28 March to 1 April 2022, and the adoption of the Outcome Document, and recalling the convening of the International Conference on Nuclear Security: Shaping the Future, held in Vienna from 20 to 24 May 2024,',
      'preambular',
      ctxOf('A/RES/79/55', '2024-12-02'),
    );
    const first = att.filter((a) => a.startsWith('STARTS_ON Event:first Conference of the Parties'));
    expect(first.every((a) => a.endsWith('2022-03-28'))).toBe(true);
    expect(att.filter((a) => a.includes('2024-05-20') && !a.includes('International Conference on Nuclear Security'))).toEqual([]);
  });
});

describe('item 3: "the initiative of <State> to convene an <event>": the State organizes it, as an offer to convene does', () => {
  it('A/RES/78/147 OP4: Uzbekistan ORGANIZES the International Climate Forum', () => {
    const att = attributions(
      'Welcomes the initiative of Uzbekistan to convene an International Climate Forum in Samarkand in 2024, dedicated to seeking coordinated approaches and solutions to environmental challenges in the Central Asian region for achieving the Sustainable Development Goals;',
      'operative',
    );
    expect(att.filter((a) => a.startsWith('ORGANIZES Place:Uzbekistan -> Event:International Climate Forum'))).toHaveLength(1);
    expect(att.filter((a) => a.startsWith('HELD_IN Event:International Climate Forum') && a.endsWith('Place:Samarkand'))).toHaveLength(1);
  });

  it('guard: A/RES/78/147 PP7 "the offer of the Government of Kyrgyzstan to convene the second Global Mountain Summit in Bishkek in 2027" keeps its ORGANIZES', () => {
    const att = attributions(
      'Welcoming the offer of the Government of Tajikistan to convene an international conference dedicated to glaciers’ preservation in Tajikistan in 2025, and the offer of the Government of Kyrgyzstan to convene the second Global Mountain Summit in Bishkek in 2027,',
    );
    expect(att.filter((a) => a.startsWith('ORGANIZES '))).toEqual(['ORGANIZES Place:Kyrgyzstan -> Event:Second Global Mountain Summit']);
  });
});
