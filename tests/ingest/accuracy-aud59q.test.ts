// Session-59 audit aud59q: residual faults found by the session's gold sets. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/277', '2024-06-20'), kind: 'preambular' });

describe('item 1: "..., and noting its support for the Member States": "its" after a verb of noting is the object, not the verb\'s stance', () => {
  const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';

  it('A/RES/78/277 PP35: "Recognizing the activities of the United Nations Educational, Scientific and Cultural Organization ..., and noting its support for the Member States": NOTES UNESCO', () => {
    const rel = relations(
      'Recognizing the activities of the United Nations Educational, Scientific and Cultural Organization related to the culture of peace and non-violence and their focus on concrete actions at the global, regional and subregional levels, and noting its support for the Member States, upon their request, in promoting the culture of peace at the national level,',
    );
    expect(rel).toContain(`RECOGNIZES ${UNESCO}`);
    expect(rel).toContain(`NOTES ${UNESCO}`);
  });

  it('guard: "and reaffirming its support for" stays the Assembly\'s own stance (no pronoun object)', () => {
    const rel = relations(
      'Recognizing the activities of the United Nations Educational, Scientific and Cultural Organization related to the culture of peace, and reaffirming its support for the Member States in promoting the culture of peace at the national level,',
    );
    expect(rel).toContain(`RECOGNIZES ${UNESCO}`);
    expect(rel.filter((r) => r.startsWith('REAFFIRMS'))).toEqual([]);
  });

  it('guard: "and expressing its support for" stays the Assembly\'s own stance', () => {
    const rel = relations(
      'Recognizing the activities of the United Nations Educational, Scientific and Cultural Organization related to the culture of peace, and expressing its support for the Member States in promoting the culture of peace at the national level,',
    );
    expect(rel.filter((r) => r.startsWith('EXPRESSES'))).toEqual([]);
  });
});
