// Misses found by the session-26 audit aud26h: A/RES/80/124 (commodities) and A/RES/79/8 (sport as an enabler of
// sustainable development), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { GraphBuilder } from '../../graph/build.js';
import type { ResolutionExtraction } from '../../ingest/models.js';
import { citingResolution } from '../graph/fixtures.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/8', date: '2024-11-12' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

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
    // (aud41i: the forum the Assembly convened in September 2023 is the 2023 summit, as printed in brackets elsewhere; no
    // sitting keyed from the title's words)
    expect(keys(text, 'Event:')).toEqual(['Event:Sustainable Development Goals Summit @ 2023']);
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

  it('A/RES/78/68 OP21: "... and its outcomes, in particular the adoption of the Kunming-Montreal Global Biodiversity Framework"', () => {
    const text =
      'Welcomes the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity and its outcomes, in particular the adoption of the Kunming-Montreal Global Biodiversity Framework;';
    expect(attributions(text, 'operative', { ...ctx, symbol: 'A/RES/78/68' })).toContain(`ADOPTED ${COP15} -> ${GBF}`);
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

describe('"<sitting> in <year> in <place>": the year and the venue are no words of the name', () => {
  it('A/RES/79/8 PP29: "the Winter Games in 2030 in the French Alps, France"', () => {
    const text =
      'Affirming the contribution of the Olympic movement, welcoming with appreciation all upcoming Olympic and Paralympic Games, as well as the Winter Games in 2030 in the French Alps, France,';
    expect(keys(text, 'Event:Winter')).toEqual(['Event:Winter Games @ 2030']);
    expect(attributions(text)).toContain('STARTS_ON Event:Winter Games @ 2030 -> Date:2030');
  });

  it('A/RES/79/8 PP29: "... and in 2034 in Salt Lake City" is the next edition\'s venue, not the 2030 Games\'', () => {
    const text = 'Welcoming the Winter Games in 2030 in the French Alps, France, and in 2034 in Salt Lake City, United States of America,';
    // (aud69g: the French Alps are a place now, the 2030 Games' own venue, as the aud64f gold of 79/8 reads; Salt Lake City stays
    // the next edition's)
    expect(attributions(text).filter((a) => a.startsWith('HELD_IN'))).toEqual(['HELD_IN Event:Winter Games @ 2030 -> Place:French Alps']);
    const games = extract(text).mentions.find((m) => m.key === 'Event:Winter Games @ 2030');
    expect(games).toBeDefined();
    expect(games?.attrs.location).toBe('French Alps');
  });

  it('guard: the Winter Games named alone are the series (A/RES/80/8 PP17 "the history of the Winter Games")', () => {
    const text = 'Welcoming the fact that the Games will be the most gender-balanced in the history of the Winter Games, following the commitment,';
    expect(keys(text, 'Event:Winter')).toEqual(['Event:Winter Games']);
  });

  it('guard: a venue after its own "in <year>" stays the venue ("the Youth Olympic Games held in Gangwon, Republic of Korea, in 2024")', () => {
    const text = 'Welcoming the Youth Olympic Games held in Gangwon, Republic of Korea, in 2024,';
    expect(attributions(text)).toContain('HELD_IN Event:Youth Olympic Games @ 2024 -> Place:Gangwon');
  });

  it('A/RES/79/2 annex OP12: "the First BRICS International Conference on Antimicrobial Resistance in 2024 in the Russian Federation"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/2', date: '2024-10-07' };
    const text =
      'Noting Member State-led efforts, such as the First BRICS International Conference on Antimicrobial Resistance in 2024 in the Russian Federation, and the continuous commitment to have One Health approaches,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual(['Event:First BRICS International Conference on Antimicrobial Resistance']);
    expect(attributions(text, 'preambular', ctx)).toEqual(
      expect.arrayContaining([
        'STARTS_ON Event:First BRICS International Conference on Antimicrobial Resistance -> Date:2024',
        'HELD_IN Event:First BRICS International Conference on Antimicrobial Resistance -> Place:Russian Federation',
      ]),
    );
  });

  it('A/RES/78/269 PP8 (also 79/2 annex OP12): "the Ministerial Conferences on Antimicrobial Resistance in 2014 and 2019 in the Netherlands" are two sittings', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/269', date: '2024-03-06' };
    const text =
      'Taking note further of the contributions by the Ministerial Conferences on Antimicrobial Resistance in 2014 and 2019 in the Netherlands, the Third Global High-level Ministerial Conference on Antimicrobial Resistance,';
    expect(relations(text, 'preambular', ctx)).toEqual(
      expect.arrayContaining(['NOTES Event:Ministerial Conference on Antimicrobial Resistance @ 2014', 'NOTES Event:Ministerial Conference on Antimicrobial Resistance @ 2019']),
    );
  });

  it('guard: a year after another preposition stays in the name ("the Sendai Framework for Disaster Risk Reduction 2015–2030")', () => {
    expect(keys('Recalling the Sendai Framework for Disaster Risk Reduction 2015–2030,', 'Framework:')).toEqual(['Framework:Sendai Framework for Disaster Risk Reduction 2015-2030']);
  });

  it('guard: "held in" with one year names one sitting (A/RES/79/8 PP29, "the Winter Youth Olympic Games held in Lausanne, Switzerland, in 2020")', () => {
    const text = 'Acknowledging the opportunities provided by the Winter Youth Olympic Games held in Lausanne, Switzerland, in 2020,';
    expect(keys(text, 'Event:')).toEqual(['Event:Winter Youth Olympic Games @ 2020']);
  });
});

describe('an undated mention of sport games is the series, not its one dated edition (graph/build.ts, mergeUndatedEvents)', () => {
  type Ev = { key: string; name: string; startDate?: string };
  function events(dated: Ev, undated: Ev): string[] {
    const ex: ResolutionExtraction = citingResolution();
    const mention = (p: number, e: Ev) => {
      const attrs: Record<string, unknown> = { eventKind: 'other' };
      if (e.startDate) attrs.startDate = e.startDate;
      return { kind: 'Event' as const, key: e.key, name: e.name, attrs, phrase: ex.paragraphs[p]!.paragraph.text.slice(0, 3), start: 0, end: 3 };
    };
    ex.paragraphs[0]!.mentions.push(mention(0, dated));
    ex.paragraphs[1]!.mentions.push(mention(1, undated));
    const b = new GraphBuilder();
    b.addResolution(ex);
    return b.finalize().filterNodes((_k, a) => a.kind === 'Event').sort();
  }

  it('A/RES/80/8 PP17 "the history of the Winter Games" is not A/RES/79/8 PP29 "the Winter Games in 2030"', () => {
    const name = 'Winter Games';
    expect(events({ key: `Event:${name} @ 2030`, name, startDate: '2030' }, { key: `Event:${name}`, name })).toEqual([`Event:${name}`, `Event:${name} @ 2030`]);
  });

  it('guard: another sitting named undated still joins its one dated mention (a high-level meeting)', () => {
    const name = 'high-level meeting on sand and dust storms';
    expect(events({ key: `Event:${name} @ 2025`, name, startDate: '2025-07-10' }, { key: `Event:${name}`, name })).toEqual([`Event:${name} @ 2025`]);
  });
});
