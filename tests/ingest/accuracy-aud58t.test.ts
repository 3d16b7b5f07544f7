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

describe('item 2: "the Certification Scheme" is the Kimberley Process Certification Scheme named before it', () => {
  const ctx = ctxOf('A/RES/78/270', '2024-04-09');
  const KPCS = 'Initiative:Kimberley Process Certification Scheme';

  it('A/RES/78/270 OP9: "... participation in the Kimberley Process Certification Scheme ... by participating actively in the Certification Scheme"', () => {
    const initiatives = keys(
      'Reaffirms the importance of the tripartite nature of the Kimberley Process, stresses that the widest possible participation in the Kimberley Process Certification Scheme is essential, and therefore encourages participants to contribute to the work of the Kimberley Process by participating actively in the Certification Scheme and ensuring compliance with its undertakings and the effective implementation of its measures;',
      'Initiative:',
      'operative',
      ctx,
    );
    expect(initiatives).toContain(KPCS);
    expect(initiatives).toContain('Initiative:Kimberley Process');
    expect(initiatives).not.toContain('Initiative:Certification Scheme');
  });

  it('A/RES/78/270 PP15 (79/275 PP15): "increased capacity-building for the Certification Scheme", printed before the full name', () => {
    const initiatives = keys(
      'Welcoming the efforts to enhance regional cooperation on Kimberley Process matters, including among artisanal and alluvial diamond-producing countries in Central Africa and the Mano River Union, and encouraging the sharing of lessons and increased capacity-building for the Certification Scheme,',
      'Initiative:',
      'preambular',
      ctx,
    );
    expect(initiatives).toContain(KPCS);
    expect(initiatives).not.toContain('Initiative:Certification Scheme');
  });

  it('guard: A/RES/78/270 PP17 "strongly supported the Kimberley Process Certification Scheme" keeps the full name', () => {
    const initiatives = keys(
      'Recalling also General Assembly resolution 55/56 of 1 December 2001 and Security Council resolution 1459 (2003) of 28 January 2003, in which the Assembly and the Council strongly supported the Kimberley Process Certification Scheme as a valuable contribution in breaking the link between the illicit transaction of rough diamonds and armed conflict,',
      'Initiative:',
      'preambular',
      ctx,
    );
    expect(initiatives).toEqual([KPCS]);
  });
});

describe('item 3: "the 2022 plenary meeting ... to establish the Kimberley Process secretariat in Gaborone": the secretariat is there, not the meeting', () => {
  const ctx = ctxOf('A/RES/78/270', '2024-04-09');
  const { attributions } = oneParagraph({ ctx, kind: 'operative' });

  it('A/RES/78/270 OP6: no HELD_IN Gaborone for the 2022 meeting', () => {
    const att = attributions('Welcomes the decision by the 2022 plenary meeting of the Kimberley Process to establish the Kimberley Process secretariat in Gaborone;');
    expect(att.filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
    expect(att).toContain('SESSION_OF Event:plenary meeting of the Kimberley Process @ 2022 -> Initiative:Kimberley Process');
  });

  it('guard: A/RES/78/270 PP26 "for hosting the nineteenth plenary meeting of the Kimberley Process in Victoria Falls" keeps its venue', () => {
    const att = attributions(
      'Expressing appreciation to Zimbabwe, as the 2023 Chair of the Kimberley Process, for its efforts in promoting the continuation of work, and for hosting the nineteenth plenary meeting of the Kimberley Process in Victoria Falls, from 6 to 10 November 2023, in a hybrid format,',
      'preambular',
    );
    expect(att).toContain('HELD_IN Event:nineteenth plenary meeting of the Kimberley Process -> Place:Victoria Falls');
  });

  it('guard: A/RES/78/68 PP53 "the holding of the Fourth Meeting of the Parties to that Agreement, in Bali, Indonesia": "to that" is no purpose', () => {
    const att = attributions(
      'Recognizing the entry into force on 5 June 2016 of the Agreement on Port State Measures to Prevent, Deter and Eliminate Illegal, Unreported and Unregulated Fishing of the Food and Agriculture Organization of the United Nations, and acknowledging the holding of the Fourth Meeting of the Parties to that Agreement, in Bali, Indonesia, from 8 to 12 May 2023,',
      'preambular',
      ctxOf('A/RES/78/68', '2023-12-05'),
    );
    expect(att.some((a) => a.startsWith('HELD_IN') && a.endsWith('-> Place:Bali'))).toBe(true);
  });
});
