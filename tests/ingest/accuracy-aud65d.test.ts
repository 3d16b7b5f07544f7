// Session-65 audit aud65d: A/RES/79/220 (Promotion of sustainable and resilient tourism, including ecotourism, Second Committee).
// Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, relations } = oneParagraph({ ctx: ctxOf('A/RES/79/220', '2024-12-19'), kind: 'operative' });

describe('a quoted name closing with its own lowercase kind word is an Initiative', () => {
  const OP20 =
    'Encourages Member States and other stakeholders to make use of the “Tourism for SDGs platform” launched during the 2018 high-level political forum on sustainable development as a partnership tool aimed at advancing the sustainable development of tourism and its contributions to the Sustainable Development Goals;';

  it('A/RES/79/220 OP20: "the “Tourism for SDGs platform” launched during the 2018 high-level political forum": ENCOURAGES the platform', () => {
    expect(keys(OP20, 'Initiative:')).toEqual(['Initiative:Tourism for SDGs platform']);
    const rels = relations(OP20);
    expect(rels).toContain('ENCOURAGES Initiative:Tourism for SDGs platform');
    // (the Goals printed after it keep their verb; the forum stays the year's meeting)
    expect(rels).toContain('ENCOURAGES Framework:Sustainable Development Goals');
    expect(rels.filter((r) => r.includes('high-level political forum'))).toHaveLength(1);
  });

  it('guard: A/RES/78/245 OP119 (79/248 OP125) "Notes that the “African project” has the aim of ...": one word before the kind word, no Initiative', () => {
    const t =
      'Notes that the “African project” has the aim of establishing postgraduate programmes in marine affairs at universities in Africa;';
    expect(keys(t, 'Initiative:')).toEqual([]);
  });

  it('guard: A/RES/78/94 OP20 "the “Cadres for the future” programme": the kind word outside the quotes keeps its reading (no "programme" in the name)', () => {
    const t = 'Commends the “Cadres for the future” programme, which aims at training young people;';
    expect(keys(t, 'Initiative:')).toEqual(['Initiative:Cadres for the future']);
  });
});
