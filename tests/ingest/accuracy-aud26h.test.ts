// Misses found by the session-26 audit aud26h: A/RES/80/124 (commodities) and A/RES/79/8 (sport as an enabler of
// sustainable development), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/8', date: '2024-11-12' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('the political declaration adopted at the Nelson Mandela Peace Summit (resolution 73/1) is a framework', () => {
  const DECL = 'Framework:Political declaration adopted at the Nelson Mandela Peace Summit';
  const PP13 =
    'Recognizing that sports, the arts and physical activity have the power to change perceptions, prejudices and behaviours, as well as to inspire people, break down racial and political barriers, combat discrimination and defuse conflict, as reflected in the political declaration adopted at the Nelson Mandela Peace Summit in 2018, 3';

  it('A/RES/79/8 PP13 (also 78/281 PP9, 78/310 PP7, 78/325 PP2): the declaration, and the summit that adopted it', () => {
    expect(keys(PP13, 'Framework:')).toEqual([DECL]);
    expect(relations(PP13)).toContain(`RECOGNIZES ${DECL}`);
    // (the summit comes back nested in the title, keyed with the year printed after it, and adopted it then)
    expect(keys(PP13, 'Event:')).toEqual(['Event:Nelson Mandela Peace Summit @ 2018']);
    expect(attributions(PP13)).toEqual(
      expect.arrayContaining([`ADOPTED Event:Nelson Mandela Peace Summit @ 2018 -> ${DECL}`, 'STARTS_ON Event:Nelson Mandela Peace Summit @ 2018 -> Date:2018']),
    );
  });

  it('guard: a title naming a lowercase sitting after "adopted at the" brings no sitting (A/RES/78/265 PP2, the SDG Summit declaration)', () => {
    const text =
      'Reaffirming the political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly in September 2023,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Political Declaration of the High-level Political Forum on Sustainable Development']);
    expect(keys(text, 'Event:')).toEqual([]);
  });

  it('guard: the summit named alone stays an event, with no declaration (A/RES/78/277 PP30)', () => {
    const text =
      'Recalling the high-level plenary meeting of the General Assembly, known as the Nelson Mandela Peace Summit, convened by the President of the Assembly on 24 September 2018,';
    expect(keys(text, 'Framework:')).toEqual([]);
    expect(keys(text, 'Event:Nelson')).toEqual(['Event:Nelson Mandela Peace Summit @ 2018']);
  });
});

describe('"<sitting> ..., and its outcomes, including the <framework>": the sitting adopted it', () => {
  const COP15 = 'Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
  const GBF = 'Framework:Kunming-Montreal Global Biodiversity Framework';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/124', date: '2025-12-15' };

  it('A/RES/80/124 PP6 (also 78/138, 78/151, 78/152, 78/161 and others): "... held in Montreal, ..., and welcoming its outcomes, including the Kunming-Montreal Global Biodiversity Framework"', () => {
    const text =
      'Recalling the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021, and the second part of the fifteenth meeting of the Conference of the Parties, held in Montreal, Canada, from 7 to 19 December 2022, and welcoming its outcomes, including the Kunming-Montreal Global Biodiversity Framework, and urging their early, inclusive and effective implementation,';
    expect(attributions(text, 'preambular', ctx)).toContain(`ADOPTED ${COP15} -> ${GBF}`);
    expect(relations(text, 'preambular', ctx)).toEqual(expect.arrayContaining([`RECALLS ${COP15}`, `WELCOMES ${GBF}`]));
  });

  it('A/RES/78/69 OP262: "... and its outcomes, including the adoption of the Kunming-Montreal Global Biodiversity Framework"', () => {
    const text =
      'Welcomes the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity and its outcomes, including the adoption of the Kunming-Montreal Global Biodiversity Framework, its 2030 global targets and 2050 global goals;';
    expect(attributions(text, 'operative', { ...ctx, symbol: 'A/RES/78/69' })).toContain(`ADOPTED ${COP15} -> ${GBF}`);
  });

  it('guard: "its outcomes" after a body, not a sitting, adopt nothing', () => {
    const text =
      'Welcomes the work of the Convention on Biological Diversity and its outcomes, including the Kunming-Montreal Global Biodiversity Framework;';
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: "its outcomes, including its endorsement of the theme" names no framework (A/RES/80/133 PP)', () => {
    const text =
      'Welcoming the convening of the forty-fourth Conference of the Food and Agriculture Organization of the United Nations, taking note of its outcomes, including its endorsement of the theme “Fostering innovation for food security” for the biennium,';
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});
