// Misses found by the session-34 audit aud34h (the occupied Syrian Golan, Palestine refugees' properties, conventional arms,
// disarmament and budget texts of 2023-2025), and the same forms in other texts. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GOLAN: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/83', date: '2024-12-03', title: 'The Syrian Golan' };

const { extract, relations } = oneParagraph({ ctx: GOLAN, kind: 'operative' });

describe('"Demands once more that <State> ...": the State the demand addresses', () => {
  it('A/RES/79/83 OP6 (78/11, 80/73): "Demands once more that Israel withdraw from all the occupied Syrian Golan ..."', () => {
    const text =
      'Demands once more that Israel withdraw from all the occupied Syrian Golan to the line of 4 June 1967 in implementation of the relevant Security Council resolutions;';
    expect(relations(text)).toContain('DEMANDS Place:Israel');
  });

  it('guard: "Determines once more that ..." (79/83 OP4) addresses nobody', () => {
    const text =
      'Determines once more that Israel has failed so far to comply with Security Council resolution 497 (1981);';
    expect(relations(text).filter((r) => r.includes('Place:'))).toEqual([]);
  });

  it('guard: "Demands once more that Israel is held to account": "is" makes it a statement, not a demand to the State', () => {
    const text = 'Demands once more that Israel is held to account;';
    expect(relations(text).filter((r) => r.includes('Place:'))).toEqual([]);
  });
});

describe('"and calls once more for ...": a clause of its own', () => {
  const text =
    'Stresses the need to urgently exert collective efforts to launch credible negotiations on all final status issues in the Middle East peace process based on the long-standing terms of reference and clear parameters and within the time frame specified by the Quartet in its statement of 21 September 2010, and calls once more for the intensification of efforts by the parties, including through meaningful negotiations, with the support of the international community, towards the conclusion of a final just, lasting and comprehensive peace settlement;';

  it('A/RES/79/81 OP3 (80/72): the second clause is typed CALLS_UPON', () => {
    const clauses = extract(text).clauses.map((c) => c.relation);
    expect(clauses).toEqual(['EMPHASIZES', 'CALLS_UPON']);
  });

  it('guard: "calls once more attention" is no CALLS_UPON clause', () => {
    const clauses = extract('Stresses the need for efforts, and calls once more the attention of the parties to the peace settlement;').clauses.map((c) => c.relation);
    expect(clauses).not.toContain('CALLS_UPON');
  });
});
