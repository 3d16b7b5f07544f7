// Session-67 audit aud67b: A/RES/78/205 (Protection of and assistance to internally displaced persons, Third Committee) and its
// sister text 80/211. Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must
// not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/78/205',
  date: '2023-12-19',
  title: 'Protection of and assistance to internally displaced persons',
};
const { relations } = oneParagraph({ ctx, kind: 'preambular' });
const GUIDING_PRINCIPLES = 'Framework:Guiding Principles on Internal Displacement';

describe('a participle right after "<preposition> <gerund>, " is that gerund\'s fellow in a series, not the body\'s verb', () => {
  it('A/RES/78/205 PP25 (80/211 PP25): "strengthened by identifying, reaffirming and consolidating specific standards"', () => {
    const rels = relations(
      'Recognizing also that the protection of internally displaced persons has been strengthened by identifying, reaffirming and consolidating specific standards for their protection, in particular through the Guiding Principles on Internal Displacement,',
    );
    expect(rels).toContain(`RECOGNIZES ${GUIDING_PRINCIPLES}`);
    expect(rels).not.toContain(`REAFFIRMS ${GUIDING_PRINCIPLES}`);
  });

  it('guard: the gerund with its own object before the comma ("by identifying specific standards, reaffirming ..."): the body\'s verb', () => {
    const rels = relations(
      'Recognizing that the protection of internally displaced persons has been strengthened by identifying specific standards, reaffirming the Guiding Principles on Internal Displacement,',
    );
    expect(rels).toContain(`REAFFIRMS ${GUIDING_PRINCIPLES}`);
  });

  it('guard: a noun in -ing before the comma (A/RES/78/222 PP "in peacebuilding, stressing the importance of ..."): the body\'s verb', () => {
    const rels = relations(
      'Reaffirming the important role of women in the prevention and resolution of conflicts and in peacebuilding, stressing the importance of the Guiding Principles on Internal Displacement,',
    );
    expect(rels).toContain(`EMPHASIZES ${GUIDING_PRINCIPLES}`);
  });
});
