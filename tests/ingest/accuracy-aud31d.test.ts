// Misses found by the session-31 audit aud31d: A/RES/79/175 (the right to privacy in the digital age), A/RES/80/125 (financial
// inclusion), A/RES/79/151 (literacy for life) and A/RES/80/180 (policies and programmes involving youth), and the same forms
// in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/180', date: '2025-12-15' };
const { attributions } = oneParagraph({ ctx: GA, kind: 'operative' });
const adopted = (a: string[]): string[] => a.filter((x) => x.startsWith('ADOPTED '));

describe('a note citing two resolutions, each with its annex, under one framework: both adopted it', () => {
  const WPAY = 'Framework:World Programme of Action for Youth';
  const NOTE = 'Resolution 50/81, annex, and resolution 62/126, annex.';

  it('A/RES/80/180 OP1: "the World Programme of Action for Youth17" with "17 Resolution 50/81, annex, and resolution 62/126, annex."', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    const text =
      'Reaffirms that all the 15 priority areas of the World Programme of Action for Youth17 are interrelated and mutually reinforcing, and emphasizes the role that the Commission for Social Development plays in supporting States in its implementation;';
    expect(adopted(footnotedAttributions('OP1', text, '17', 'Youth17', NOTE, { ...GA }))).toEqual([]);
  });

  it('A/RES/78/174 PP27: the mark after a comma in a list of frameworks ("the World Programme of Action for Youth, 14 the Convention ...")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/174', date: '2023-12-19' };
    const text =
      'Recognizing also that advances have been made in addressing and promoting social integration, including through the adoption of the Madrid International Plan of Action on Ageing, 2002, the World Programme of Action for Youth, 14 the Convention on the Rights of Persons with Disabilities and the Beijing Declaration and Platform for Action,';
    // (conv42c: a note citing where the text is states no adoption, but "the adoption of" does: since aud43d it governs every
    // item of the list, not only the first, so the note's two resolutions adopted the Programme)
    expect(adopted(footnotedAttributions('PP27', text, '14', 'Youth, 14', NOTE, ctx)).filter((a) => a.endsWith(WPAY)).sort()).toEqual([
      `ADOPTED Resolution:A/RES/50/81 -> ${WPAY}`,
      `ADOPTED Resolution:A/RES/62/126 -> ${WPAY}`,
    ]);
  });

  it('guard: the same note under words that are not the framework\'s name ("the 15 priority areas of the World Programme ... and its goals,17")', () => {
    const text = 'Reaffirms the World Programme of Action for Youth and its fifteen priority areas,17 which are interrelated;';
    expect(adopted(footnotedAttributions('OP1', text, '17', 'areas,17', NOTE, { ...GA }))).toEqual([]);
  });

  it('guard: three resolutions with three annexes under one framework name adopt nothing (which annex holds it is not said)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/174', date: '2023-12-19' };
    const text = 'Reaffirming the political declaration of the high-level meeting on universal health coverage,6';
    const note = 'Resolution 78/3, annex, resolution 78/4, annex, and resolution 78/5, annex.';
    expect(adopted(footnotedAttributions('PP9', text, '6', 'coverage,6', note, ctx)).filter((a) => a.includes('78/3') || a.includes('78/5'))).toEqual([]);
  });
});

describe('"the <city> outcome document of the <sitting>": the sitting adopted it, and so did the resolution its note cites', () => {
  const BAOD = 'Framework:Buenos Aires outcome document';
  const BAPA40 = 'Event:Second High-level United Nations Conference on South-South Cooperation';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/125', date: '2025-12-15' };

  it('A/RES/80/125 PP9: "the Buenos Aires outcome document of the second High-level United Nations Conference on South-South Cooperation,3"', () => {
    const text =
      'Reaffirming and committing to the implementation of the Buenos Aires outcome document of the second High-level United Nations Conference on South-South Cooperation,3';
    // (conv42c: a note citing where the text is states no adoption: the sitting its name says adopted it, not 73/291)
    expect(adopted(footnotedAttributions('PP9', text, '3', 'Cooperation,3', 'Resolution 73/291, annex.', ctx))).toEqual([`ADOPTED ${BAPA40} -> ${BAOD}`]);
  });

  it('A/RES/78/167 PP2: "in which it endorsed the Nairobi outcome document of the High-level United Nations Conference on South-South Cooperation"', () => {
    const c: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/167', date: '2023-12-19' };
    const text =
      'Reaffirming also its resolution 64/222 of 21 December 2009, in which it endorsed the Nairobi outcome document of the High-level United Nations Conference on South-South Cooperation,';
    // (conv43a: the resolution endorsed it, ENDORSES, not ADOPTED)
    const atts = attributions(text, 'preambular', c);
    expect(adopted(atts)).toEqual(['ADOPTED Event:High-level United Nations Conference on South-South Cooperation -> Framework:Nairobi outcome document']);
    expect(atts).toContain('ENDORSES Resolution:A/RES/64/222 -> Framework:Nairobi outcome document');
  });

  it('guard: the outcome document and the sitting joined by "and", not "of the", adopt nothing new', () => {
    const text =
      'Reaffirming the Buenos Aires outcome document and recalling the second High-level United Nations Conference on South-South Cooperation,';
    expect(adopted(attributions(text, 'preambular', { ...ctx }))).toEqual([]);
  });
});

describe('"<sitting>, held ..., and its <X> Declaration": the sitting adopted its declaration', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/151', date: '2024-12-17' };

  it('A/RES/79/151 PP14: "the 2024 Global Education Meeting, held on 31 October and 1 November 2024 in Fortaleza, Brazil, and its “Fortaleza Declaration”"', () => {
    const text =
      'Taking note of the 2024 Global Education Meeting, held on 31 October and 1 November 2024 in Fortaleza, Brazil, and its “Fortaleza Declaration”,';
    expect(adopted(attributions(text, 'preambular', { ...ctx }))).toEqual(['ADOPTED Event:Global Education Meeting @ 2024 -> Framework:Fortaleza Declaration']);
  });

  it('guard: "its" after a body, not a sitting ("the work of the United Nations Educational, Scientific and Cultural Organization, and its “Fortaleza Declaration”")', () => {
    const text = 'Welcoming the work of the United Nations Educational, Scientific and Cultural Organization, and its “Fortaleza Declaration”,';
    expect(adopted(attributions(text, 'preambular', { ...ctx }))).toEqual([]);
  });
});

describe('"adopted by the General Assembly in its resolutions X of <day> and Y of <day>": both resolutions adopted it', () => {
  const WPAY = 'Framework:World Programme of Action for Youth';

  it('A/RES/80/180 PP5: "the World Programme of Action for Youth, adopted by the General Assembly in its resolutions 50/81 of 14 December 1995 and 62/126 of 18 December 2007"', () => {
    const text =
      'Recalling further the World Programme of Action for Youth, adopted by the General Assembly in its resolutions 50/81 of 14 December 1995 and 62/126 of 18 December 2007, and in this regard welcoming the convening in September 2025 of a high-level plenary meeting during the general debate of the General Assembly at its eightieth session, to mark the thirtieth anniversary of the World Programme of Action for Youth,';
    expect(adopted(attributions(text, 'preambular', { ...GA }))).toEqual([`ADOPTED Resolution:A/RES/50/81 -> ${WPAY}`, `ADOPTED Resolution:A/RES/62/126 -> ${WPAY}`]);
  });

  it('guard: the second resolution recalled in a clause of its own ("..., adopted by the General Assembly in its resolution 50/81 of 14 December 1995, and recalling its resolution 62/126") is not said to adopt it', () => {
    const text =
      'Recalling further the World Programme of Action for Youth, adopted by the General Assembly in its resolution 50/81 of 14 December 1995, and recalling its resolution 62/126 of 18 December 2007,';
    expect(adopted(attributions(text, 'preambular', { ...GA }))).toEqual([`ADOPTED Resolution:A/RES/50/81 -> ${WPAY}`]);
  });
});
