// Misses found by the session-32 audit aud32b: A/RES/80/213 (terrorism and human rights), A/RES/79/180 (combating intolerance
// based on religion or belief), A/RES/79/174 (freedom of religion or belief), and the same forms in other texts. Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/213', date: '2025-12-18' };
const { attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });
const adopted = (a: string[]): string[] => a.filter((x) => x.startsWith('ADOPTED Resolution:'));

const STRATEGY = 'Framework:United Nations Global Counter-Terrorism Strategy';

describe('a framework adopted "in its resolution" with its own parts or a closing quote between: the resolution adopted it', () => {
  it('A/RES/80/213 PP11: "the United Nations Global Counter-Terrorism Strategy and its four pillars, as adopted by the General Assembly in its resolution 60/288"', () => {
    const text =
      'Reaffirming also its commitment to the United Nations Global Counter-Terrorism Strategy and its four pillars, as adopted by the General Assembly in its resolution 60/288 of 8 September 2006, which reaffirm, inter alia, respect for human rights for all and the rule of law as being the fundamental basis of the fight against terrorism, and its eighth review, as taken note of in General Assembly resolution 77/298 of 22 June 2023,';
    expect(adopted(attributions(text))).toEqual([`ADOPTED Resolution:A/RES/60/288 -> ${STRATEGY}`]);
  });

  it('A/RES/80/213 OP7: "... and a balanced and integrated implementation of its four pillars, as adopted in its resolution 60/288"', () => {
    const text =
      'Reaffirms its commitment to the United Nations Global Counter-Terrorism Strategy and a balanced and integrated implementation of its four pillars, as adopted in its resolution 60/288, and at its eighth review, and recognizes the need to redouble efforts for even attention paid to and even implementation of all the pillars of the strategy;';
    expect(adopted(attributions(text, 'operative'))).toEqual([`ADOPTED Resolution:A/RES/60/288 -> ${STRATEGY}`]);
  });

  it('A/RES/78/68 PP15: the quote that closes the title first ("entitled “Transforming our world: ...”, as adopted by the General Assembly in its resolution 70/1")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/68', date: '2023-12-05' };
    const text =
      'Welcoming the outcome document of the United Nations summit for the adoption of the post-2015 development agenda, held from 25 to 27 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, as adopted by the General Assembly in its resolution 70/1 of 25 September 2015,';
    expect(adopted(attributions(text, 'preambular', ctx))).toEqual(['ADOPTED Resolution:A/RES/70/1 -> Framework:2030 Agenda for Sustainable Development']);
  });

  it('A/RES/78/143 PP6: "the declaration entitled “Our ocean, our future, our responsibility” as adopted by the General Assembly in its resolution 76/296"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/143', date: '2023-12-19' };
    const text =
      'Welcoming the declaration entitled “Our ocean, our future, our responsibility” as adopted by the General Assembly in its resolution 76/296 of 21 July 2022, which underlines the interlinkages and potential synergies between Goal 14 and the other Sustainable Development Goals,';
    expect(adopted(attributions(text, 'preambular', ctx))).toEqual([
      'ADOPTED Resolution:A/RES/76/296 -> Framework:Our ocean, our future, our responsibility',
    ]);
  });

  it('guard: the same words with "as taken note of" in place of "as adopted": no adoption', () => {
    const text =
      'Reaffirming also its commitment to the United Nations Global Counter-Terrorism Strategy and its four pillars, as taken note of by the General Assembly in its resolution 77/298 of 22 June 2023,';
    expect(adopted(attributions(text))).toEqual([]);
  });
});

describe('a framework adopted at a sitting "and endorsed by the General Assembly in its resolution": the resolution adopted it too', () => {
  const GCM = 'Framework:Global Compact for Safe, Orderly and Regular Migration';

  it('A/RES/80/185 PP8: "the Global Compact ..., adopted at the Intergovernmental Conference ..., in Marrakech, Morocco, on 10 and 11 December 2018, and endorsed by the General Assembly in its resolution 73/195"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/185', date: '2025-12-15' };
    const text =
      'Recalling also the Global Compact for Safe, Orderly and Regular Migration, adopted at the Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration, in Marrakech, Morocco, on 10 and 11 December 2018, and endorsed by the General Assembly in its resolution 73/195 of 19 December 2018,';
    const got = attributions(text, 'preambular', ctx).filter((a) => a.startsWith('ADOPTED ') || a.startsWith('ENDORSES '));
    // (conv43a: the sitting adopted it, the resolution endorsed it)
    expect(got).toContain(`ENDORSES Resolution:A/RES/73/195 -> ${GCM}`);
    expect(got).not.toContain(`ADOPTED Resolution:A/RES/73/195 -> ${GCM}`);
    expect(got).toContain(`ADOPTED Event:Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration @ 2018 -> ${GCM}`);
  });

  it('A/RES/78/158 PP15: "the Sendai Declaration and the Sendai Framework ..., adopted at the Third United Nations World Conference ... and endorsed by the General Assembly in its resolution 69/283": both', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/158', date: '2023-12-19' };
    const text =
      'Recalling the Sendai Declaration and the Sendai Framework for Disaster Risk Reduction 2015–2030, adopted at the Third United Nations World Conference on Disaster Risk Reduction and endorsed by the General Assembly in its resolution 69/283 of 3 June 2015,';
    const atts = attributions(text, 'preambular', ctx);
    expect(adopted(atts)).toEqual([]);
    expect(atts.filter((a) => a.startsWith('ENDORSES ')).sort()).toEqual([
      'ENDORSES Resolution:A/RES/69/283 -> Framework:Sendai Declaration',
      'ENDORSES Resolution:A/RES/69/283 -> Framework:Sendai Framework for Disaster Risk Reduction 2015-2030',
    ]);
  });

  it('guard: another framework named between the sitting and the endorsement takes it ("X, adopted at the Conference, and Y, endorsed by ..."): not X', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/185', date: '2025-12-15' };
    const text =
      'Recalling the Global Compact for Safe, Orderly and Regular Migration, adopted at the Intergovernmental Conference in Marrakech, Morocco, on 10 December 2018 and the Sendai Framework for Disaster Risk Reduction 2015–2030, endorsed by the General Assembly in its resolution 69/283 of 3 June 2015,';
    const got = adopted(attributions(text, 'preambular', ctx));
    expect(got).not.toContain(`ADOPTED Resolution:A/RES/69/283 -> ${GCM}`);
  });

  it('guard: the resolution recalled after the sitting, not endorsing ("..., adopted at the Intergovernmental Conference ..., and recalling its resolution 73/195"): none', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/185', date: '2025-12-15' };
    const text =
      'Welcoming the Global Compact for Safe, Orderly and Regular Migration, adopted at the Intergovernmental Conference in Marrakech, Morocco, on 10 December 2018, and recalling its resolution 73/195 of 19 December 2018,';
    expect(adopted(attributions(text, 'preambular', ctx))).toEqual([]);
  });
});

describe('a framework "of the <body>" then "endorsed by the General Assembly in its resolution": the resolution adopted it', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/72', date: '2023-12-07' };
  // (keyed by its full title since aud43f: the agencies' guidelines of the same title are printed beside it)
  const SDMG = 'Framework:Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space';

  it('A/RES/78/72 OP16: "the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space, 22 endorsed by the General Assembly in its resolution 62/217" (79/87, 80/76)', () => {
    const text =
      'Notes with appreciation that some Member States are already implementing space debris mitigation measures on a voluntary basis, through national mechanisms and consistent with the Space Debris Mitigation Guidelines of the Inter-Agency Space Debris Coordination Committee and with the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space, endorsed by the General Assembly in its resolution 62/217;';
    const atts = attributions(text, 'operative', ctx);
    expect(adopted(atts)).toEqual([]);
    expect(atts).toContain(`ENDORSES Resolution:A/RES/62/217 -> ${SDMG}`);
  });

  it('guard: the same owner with "as noted by" in place of "endorsed by": no adoption', () => {
    const text =
      'Notes that Member States are implementing the Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space, as noted by the General Assembly in its resolution 62/217;';
    expect(adopted(attributions(text, 'operative', ctx))).toEqual([]);
  });
});
