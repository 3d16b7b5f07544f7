// Session-57 helper aud57y: the lead's rulings of session 57 carried out in code. Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/78/154', '2023-12-19'), kind: 'preambular' });

const FAO = 'Organization:Food and Agriculture Organization of the United Nations';

describe('ruling 1: the owner printed in a framework\'s title takes no verb of the clause (it is part of the name)', () => {
  it('A/RES/78/154 PP26 (79/207 PP29, 80/139 PP38): "the Voluntary Guidelines for Sustainable Soil Management of the Food and Agriculture Organization of the United Nations": RECOGNIZES the guidelines, FAO mentioned only', () => {
    const text =
      'Recognizing the value of knowledge, education, science and new technology to sustainable land management, including making use of, inter alia, the Voluntary Guidelines for Sustainable Soil Management of the Food and Agriculture Organization of the United Nations, emphasizing the importance of science-based decision-making and that science and technology to combat desertification, land degradation and drought should therefore be further promoted,';
    const rel = relations(text);
    expect(rel).toContain('RECOGNIZES Framework:Voluntary Guidelines for Sustainable Soil Management');
    expect(rel.filter((r) => r.endsWith(FAO))).toEqual([]);
    expect(keys(text, 'Organization:')).toContain(FAO);
  });

  it('A/RES/79/145 OP140 (80/109 OP144): "Recalls the adoption in 2022 of the Voluntary Guidelines for Trans-shipment of the Food and Agriculture Organization of the United Nations": no RECALLS of FAO', () => {
    const text =
      'Recalls the adoption in 2022 of the Voluntary Guidelines for Trans-shipment of the Food and Agriculture Organization of the United Nations, and calls for their implementation, including through regional fisheries management organizations and arrangements;';
    const rel = relations(text, 'operative', ctxOf('A/RES/79/145', '2024-12-10'));
    expect(rel.filter((r) => r.endsWith(FAO))).toEqual([]);
    expect(rel.some((r) => r.startsWith('RECALLS Framework:Voluntary Guidelines for Trans-shipment'))).toBe(true);
  });

  it('guard: A/RES/80/124 PP12 "Reaffirming the importance of supporting Agenda 2063 of the African Union": an agenda, no guidelines or strategic plan: the Union keeps REAFFIRMS', () => {
    const text =
      'Reaffirming the importance of supporting Agenda 2063 of the African Union, as well as its second 10-year implementation plan (2024–2033), as a strategic framework for ensuring a positive socioeconomic transformation in Africa within the next 50 years,';
    expect(relations(text, 'preambular', ctxOf('A/RES/80/124', '2025-12-15'))).toContain('REAFFIRMS Organization:African Union');
  });
});
