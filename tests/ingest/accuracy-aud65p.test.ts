// Session-65 audit aud65p: A/RES/80/100 (Question of Saint Helena) and A/RES/80/99 (Question of Pitcairn), Fourth Committee texts.
// Each case quotes the file and paragraph it comes from; the fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const SAINT_HELENA = ctxOf('A/RES/80/100', '2025-12-05', 'Question of Saint Helena');
const { keys, relations } = oneParagraph({ ctx: SAINT_HELENA, kind: 'operative' });

describe('"the <year> Constitution of the Territory" in a Territory\'s text: the constitution of the Territory the title names', () => {
  const OP4 =
    'Stresses the importance of the 2009 Constitution of the Territory and the further development of democratic and good governance, including the governance reform process;';

  it('A/RES/80/100 OP4 (78/96, 79/109): "Stresses the importance of the 2009 Constitution of the Territory"', () => {
    const rels = relations(OP4);
    expect(rels).toContain('EMPHASIZES Framework:2009 Constitution of Saint Helena');
    // (the Territory inside the name is no target of its own)
    expect(rels).not.toContain('EMPHASIZES Place:Saint Helena');
  });

  it('A/RES/80/94 OP4: a constitution printed with its Territory\'s name keeps the same key form', () => {
    const text = 'Recalls the 2009 Constitution of the Cayman Islands, and stresses the importance of the further development of good governance;';
    expect(relations(text, 'operative', ctxOf('A/RES/80/94', '2025-12-05', 'Question of the Cayman Islands'))).toContain(
      'RECALLS Framework:2009 Constitution of the Cayman Islands',
    );
  });

  it('guard: the same paragraph in a text of another title: whose constitution is not said (none)', () => {
    expect(keys(OP4, 'Framework:', 'operative', ctxOf('A/RES/80/104', '2025-12-05', 'Dissemination of information on decolonization'))).toEqual([]);
  });

  it('guard: A/RES/80/103 PP17 "adopting the Revised Organic Act ... as the Constitution of the Territory": undated, not yet adopted (none)', () => {
    const text =
      'Recalling the referendum held on 3 November 2020 on convening a constitutional convention to consider adopting the Revised Organic Act of the United States Virgin Islands, or portions of it, as the Constitution of the Territory, and noting the establishment and convening of the Sixth Constitutional Convention,';
    const found = keys(text, 'Framework:', 'preambular', ctxOf('A/RES/80/103', '2025-12-05', 'Question of the United States Virgin Islands'));
    expect(found.filter((k) => k.includes('Constitution of'))).toEqual([]);
  });
});
