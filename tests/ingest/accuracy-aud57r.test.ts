// Session-57 audit aud57r: residual faults found this session. Each case quotes the file and paragraph it comes from; each
// fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/80/138', '2025-12-15'), kind: 'operative' });

describe('item 1: the UAE Framework for Global Climate Resilience is one framework under its short and its full name', () => {
  const FRAMEWORK = 'Framework:United Arab Emirates Framework for Global Climate Resilience';

  it('A/RES/79/206 OP25: "welcomes the adoption of a framework for the global goal on adaptation, the UAE Framework for Global Climate Resilience, at the fifth session ..."', () => {
    const text =
      'Notes with concern that the adaptation finance gap is widening, and, in this regard, recognizes the importance of the global goal on adaptation for effective implementation of the Paris Agreement, and welcomes the adoption of a framework for the global goal on adaptation, the UAE Framework for Global Climate Resilience, at the fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement;';
    expect(keys(text, 'Framework:', 'operative', ctxOf('A/RES/79/206', '2024-12-19'))).toContain(FRAMEWORK);
    expect(relations(text, 'operative', ctxOf('A/RES/79/206', '2024-12-19'))).toContain(`WELCOMES ${FRAMEWORK}`);
  });

  it('guard: A/RES/80/151 OP52 "... in line with the global goal on adaptation and the United Arab Emirates Framework for Global Climate Resilience": the full name keeps its key', () => {
    const text =
      'Reaffirms the commitment to support landlocked developing countries in their preparation and implementation of national adaptation strategies to address their priorities, including through the formulation of national adaptation plans and the subsequent implementation of the policies, programmes and projects therein, in line with the global goal on adaptation and the United Arab Emirates Framework for Global Climate Resilience, as appropriate;';
    expect(keys(text, 'Framework:', 'operative', ctxOf('A/RES/80/151', '2025-12-15'))).toContain(FRAMEWORK);
  });
});

describe('item 2: a numbered Meeting of the Parties to the Montreal Protocol is SESSION_OF the protocol\'s Meeting of the Parties', () => {
  const { attributions: preambularAttributions } = oneParagraph({ ctx: ctxOf('A/RES/80/138', '2025-12-15'), kind: 'preambular' });
  const MOP = 'Organization:Meeting of the Parties to the Montreal Protocol on Substances that Deplete the Ozone Layer';

  it('A/RES/80/138 PP5 (79/206): "and recalling the thirty-sixth Meeting of the Parties to the Montreal Protocol, held from 28 October to 1 November 2024 in Bangkok"', () => {
    const att = preambularAttributions(
      'Recalling also the entry into force on 1 January 2019 of the Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer, welcoming its ratification, acceptance and approval by 169 countries and one regional economic integration organization, while encouraging further ratifications as soon as possible, and recalling the thirty-sixth Meeting of the Parties to the Montreal Protocol, held from 28 October to 1 November 2024 in Bangkok,',
    );
    const session = att.find((a) => a.startsWith('SESSION_OF Event:') && a.includes('Thirty-sixth Meeting'));
    expect(session).toBeDefined();
    expect(session!.endsWith(`-> ${MOP}`)).toBe(true);
    expect(att.some((a) => a.startsWith('HELD_IN Event:') && a.includes('Thirty-sixth Meeting') && a.endsWith('-> Place:Bangkok'))).toBe(true);
  });

  it('A/RES/78/153 PP5: "the thirty-fifth Meeting of the Parties to the Montreal Protocol, held from 23 to 27 October 2023 in Nairobi"', () => {
    const att = preambularAttributions(
      'Recalling also the entry into force on 1 January 2019 of the Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer, welcoming its ratification, acceptance and approval by 155 countries and one regional economic integration organization, while encouraging further ratifications as soon as possible, and recalling the thirty-fifth Meeting of the Parties to the Montreal Protocol, held from 23 to 27 October 2023 in Nairobi,',
      'preambular',
      ctxOf('A/RES/78/153', '2023-12-19'),
    );
    expect(att.some((a) => a.startsWith('SESSION_OF Event:') && a.includes('Thirty-fifth Meeting') && a.endsWith(`-> ${MOP}`))).toBe(true);
  });

  it('guard: A/RES/79/144 OP53 "the thirty-fifth Meeting of States Parties" (to the Law of the Sea Convention) gets no Montreal Protocol body', () => {
    const att = preambularAttributions(
      'Requests the Secretary-General to convene the thirty-fifth Meeting of States Parties to the Convention in New York from 9 to 13 June 2025;',
      'operative',
      ctxOf('A/RES/79/144', '2024-12-12'),
    );
    expect(att.filter((a) => a.includes('Meeting of the Parties to the Montreal Protocol'))).toEqual([]);
  });
});
