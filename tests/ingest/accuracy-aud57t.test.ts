// Session-57 audit aud57t: residuals of the first reading of A/RES/78/263 (Promotion of durable peace through sustainable
// development in Africa). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that
// must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/263', '2024-02-26'), kind: 'operative' });

describe('"the launching by A and B, of C": both bodies lead what they launched', () => {
  const FACILITY = 'Initiative:Africa Facility to Support Inclusive Transitions';

  it('A/RES/78/263 OP39: "the launching by the African Union Commission and United Nations Development Programme, of the Africa Facility ..."', () => {
    const att = attributions(
      'Welcomes the launching by the African Union Commission and United Nations Development Programme, of the Africa Facility to Support Inclusive Transitions, on the sidelines of the fifth African Union mid-year coordination meeting, held in Nairobi on 15 July 2023;',
    );
    expect(att).toContain(`LEADS Organization:African Union Commission -> ${FACILITY}`);
    expect(att).toContain(`LEADS Organization:United Nations Development Programme -> ${FACILITY}`);
  });

  it('A/RES/79/264 OP39: the same paragraph a year later', () => {
    const att = attributions(
      'Also recalls the launching by the African Union Commission and United Nations Development Programme, of the Africa Facility to Support Inclusive Transitions, on the sidelines of the fifth African Union mid-year coordination meeting, held in Nairobi on 15 July 2023;',
      'operative',
      ctxOf('A/RES/79/264', '2025-03-03'),
    );
    expect(att.filter((a) => a.startsWith('LEADS')).sort()).toEqual([
      `LEADS Organization:African Union Commission -> ${FACILITY}`,
      `LEADS Organization:United Nations Development Programme -> ${FACILITY}`,
    ]);
  });

  it('guard: A/RES/78/129 PP13 "the launch by the Secretary-General of the United Nations Strategy and Plan of Action on Hate Speech": one agent', () => {
    const att = attributions(
      'Noting the launch by the Secretary-General of the United Nations Strategy and Plan of Action on Hate Speech on 18 June 2019,',
      'preambular',
      ctxOf('A/RES/78/129', '2023-12-18'),
    );
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual(['LEADS Organization:Secretary-General of the United Nations -> Framework:United Nations Strategy and Plan of Action on Hate Speech']);
  });

  it('guard: A/RES/80/127 OP43 "the launch by UNCTAD, together with the ITU, of a multi-stakeholder action agenda": nothing named is launched', () => {
    const att = attributions(
      'Also notes the launch by the United Nations Conference on Trade and Development, together with the International Telecommunication Union, of a multi-stakeholder action agenda for a global partnership to mobilize sustainable investment in digital infrastructure, including in artificial intelligence;',
      'operative',
      ctxOf('A/RES/80/127', '2025-12-15'),
    );
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});
