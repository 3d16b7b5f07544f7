// Session-55 audit aud55b: the faults found annotating A/RES/78/265 and A/RES/78/311 (artificial intelligence, plenary 2024). Each
// case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/265', '2024-03-21'), kind: 'preambular' });

describe('item 1: "the efforts of <body>, in partnership with ..., to convene the <initiative>": the body leads it', () => {
  const ITU = 'Organization:International Telecommunication Union';
  const AI_FOR_GOOD = 'Initiative:Artificial Intelligence for Good platform';

  it('corpus/A_RES_78_265.txt PP4: "the efforts of the International Telecommunication Union, in partnership with 40 United Nations bodies, to convene the Artificial Intelligence for Good platform"', () => {
    const att = attributions(
      'Taking note of the efforts of the International Telecommunication Union, in partnership with 40 United Nations bodies, to convene the Artificial Intelligence for Good platform, including its annual summit and the launch of the International Telecommunication Union’s Artificial Intelligence Repository to identify responsible and practical applications of artificial intelligence to advance the Sustainable Development Goals;',
    );
    expect(att).toContain(`LEADS ${ITU} -> ${AI_FOR_GOOD}`);
    // (the partners lead nothing)
    expect(att.filter((a) => a.startsWith('LEADS Organization:United Nations '))).toEqual([]);
  });

  it('guard: A/RES/79/225 PP13 "the efforts of the President of the General Assembly at its seventy-fourth session to launch the Alliance for Poverty Eradication" still leads it', () => {
    const att = attributions(
      'Taking note of the efforts of the President of the General Assembly at its seventy-fourth session to launch the Alliance for Poverty Eradication, which is timely and meaningful,',
      'preambular',
      ctxOf('A/RES/79/225', '2024-12-19'),
    );
    expect(att).toContain('LEADS Organization:President of the General Assembly -> Initiative:Alliance for Poverty Eradication');
  });

  it('guard: a body not printed right after "efforts of the" leads nothing ("the support of the Union ..., to convene the platform")', () => {
    const att = attributions(
      'Taking note of the support of the International Telecommunication Union, in partnership with 40 United Nations bodies, to convene the Artificial Intelligence for Good platform,',
    );
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});

describe('item 2: "follow-up processes in the United Nations": the Organization as the setting, no target (session 54)', () => {
  it('corpus/A_RES_78_311.txt OP14: "... the Global Digital Compact, the Pact for the Future, and relevant follow-up processes in the United Nations as appropriate"', () => {
    const rel = relations(
      'Looks forward to the final report of the High-level Advisory Body on Artificial Intelligence, and the discussions on capacity-building related to artificial intelligence in the context of the Global Digital Compact, the Pact for the Future, and relevant follow-up processes in the United Nations as appropriate;',
      'operative',
      ctxOf('A/RES/78/311', '2024-07-01'),
    );
    expect(rel).not.toContain('LOOKS_FORWARD_TO Organization:United Nations');
    expect(rel).toContain('LOOKS_FORWARD_TO Framework:Global Digital Compact');
    expect(rel).toContain('LOOKS_FORWARD_TO Framework:Pact for the Future');
  });

  it('guard: corpus/A_RES_78_311.txt OP12 "Supports the United Nations in playing a central and coordinating role": the Organization as actor stays', () => {
    const rel = relations(
      'Supports the United Nations in playing a central and coordinating role in international development cooperation;',
      'operative',
      ctxOf('A/RES/78/311', '2024-07-01'),
    );
    expect(rel).toContain('SUPPORTS Organization:United Nations');
  });
});
