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
