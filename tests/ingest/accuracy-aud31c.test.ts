// Misses found by the session-31 audit aud31c: A/RES/78/265 and 78/311 (artificial intelligence for sustainable
// development, capacity-building), A/RES/79/325 (the AI Panel and Global Dialogue), A/RES/79/239 (AI in the military
// domain), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/265', date: '2024-03-21' };

const { attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('"its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda": the resolution named for a framework endorsed it', () => {
  const AAAA = 'Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development';

  it('A/RES/78/265 PP2 (78/311 PP2 and some hundred texts): "its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda ..."', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const text =
      'Reaffirming also its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, its resolution 69/313 of 27 July 2015 on the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, and the political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly contained in the annex to its resolution 78/1 of 29 September 2023,';
    expect(attributions(text)).not.toContain(`ADOPTED Resolution:A/RES/69/313 -> ${AAAA}`);
  });

  it('A/RES/79/213 PP form: "its resolution 71/256 of 23 December 2016 on the New Urban Agenda"', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const text = 'Recalling its resolution 71/256 of 23 December 2016 on the New Urban Agenda,';
    expect(attributions(text)).not.toContain('ADOPTED Resolution:A/RES/71/256 -> Framework:New Urban Agenda');
  });

  it('guard: a resolution on a treaty follows it up ("resolution 79/207 on the United Nations Convention to Combat Desertification")', () => {
    const text =
      'Recalling also resolution 79/207 on the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: the Council\'s yearly resolution on a programme of action follows it up (A/RES/79/218 PP14)', () => {
    const text =
      'Recalling Economic and Social Council resolution 2024/18 of 23 July 2024 on the Doha Programme of Action for the Least Developed Countries for the decade 2022–2031,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('guard: a declaration named for the body that adopted it (A/RES/78/178 PP23: "on the International Labour Organization Centenary Declaration")', () => {
    const text = 'Reaffirming its resolution 73/342 of 16 September 2019 on the International Labour Organization Centenary Declaration for the Future of Work,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED Resolution:'))).toEqual([]);
  });

  it('guard: a resolution on a topic, not a framework, adopts nothing (A/RES/78/265 PP3: "77/211 ... on the right to privacy")', () => {
    const text = 'Recalling its resolution 77/211 of 15 December 2022 on the right to privacy in the digital age,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('"all the outcomes of the World Summit on the Information Society, including the ...": the sitting adopted each framework listed', () => {
  const WSIS = 'Event:World Summit on the Information Society';

  it('A/RES/78/265 PP3 (79/322): the list of four, footnote marks kept, closed at its "and"', () => {
    const text =
      'Recalling its resolutions 70/125 of 16 December 2015 on the overall review of the implementation of the outcomes of the World Summit on the Information Society, all the outcomes of the World Summit on the Information Society, including the Geneva Declaration of Principles,2 the Geneva Plan of Action,3 the Tunis Commitment4 and the Tunis Agenda for the Information Society,5 and the declaration on the commemoration of the seventy-fifth anniversary of the United Nations contained in its resolution 75/1 of 21 September 2020,';
    const a = attributions(text);
    for (const f of ['Geneva Declaration of Principles', 'Geneva Plan of Action', 'Tunis Commitment', 'Tunis Agenda for the Information Society']) {
      expect(a).toContain(`ADOPTED ${WSIS} -> Framework:${f}`);
    }
    // the declaration after the list's "and" is the resolution's, not the summit's
    expect(a.filter((x) => x.startsWith(`ADOPTED ${WSIS} -> Framework:Declaration on the Commemoration`))).toEqual([]);
  });

  it('A/RES/79/12 PP form: "the outcomes of the Summit of the Future, including the Pact for the Future"', () => {
    const text = 'Welcoming the outcomes of the Summit of the Future, including the Pact for the Future,';
    expect(attributions(text)).toContain('ADOPTED Event:Summit of the Future @ 2024 -> Framework:Pact for the Future');
  });

  it('guard: one outcome that names earlier goals adopts none ("the outcome of the 2005 World Summit, including the Millennium Development Goals")', () => {
    const text = 'Reaffirming the outcome of the 2005 World Summit, including the Millennium Development Goals,';
    expect(attributions(text).filter((x) => x.startsWith('ADOPTED'))).toEqual([]);
  });
});
