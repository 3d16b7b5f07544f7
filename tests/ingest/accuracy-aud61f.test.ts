// Session-61 audit aud61f: A/RES/80/119 (Consumer product safety) against its gold file (tests/gold/aud61f-A_RES_80_119.gold.tsv).
// Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/119', date: '2025-12-15' };
const { attributions, relations } = oneParagraph({ ctx, kind: 'preambular' });

describe('item 1: "in which it adopted the revised <framework>": the resolution ADOPTED the framework, "revised" before its name', () => {
  const GUIDELINES = 'Framework:United Nations Guidelines for Consumer Protection';

  it('A/RES/80/119 PP1: "its resolution 70/186 ..., in which it adopted the revised United Nations guidelines for consumer protection"', () => {
    const text =
      'Recalling its resolution 70/186 of 22 December 2015 on consumer protection, in which it adopted the revised United Nations guidelines for consumer protection, setting out the main characteristics of effective consumer protection legislation, enforcement institutions and redress systems,';
    expect(attributions(text)).toContain(`ADOPTED Resolution:A/RES/70/186 -> ${GUIDELINES}`);
    // (the adopted text still takes the clause's verb, as before)
    expect(relations(text)).toEqual(expect.arrayContaining(['RECALLS Resolution:A/RES/70/186', `RECALLS ${GUIDELINES}`]));
  });

  it('guard: A/RES/78/216 PP3 "by which it adopted by consensus the Declaration on the Right and Responsibility of Individuals ..."', () => {
    const att = attributions(
      'Recalling its resolution 53/144 of 9 December 1998, by which it adopted by consensus the Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and Protect Universally Recognized Human Rights and Fundamental Freedoms, commonly referred to as the Declaration on Human Rights Defenders, and encouraging States to uphold the purposes, principles and provisions of the Declaration in the context of its implementation,',
      'preambular',
      { body: 'General Assembly', symbol: 'A/RES/78/216', date: '2023-12-19' },
    );
    expect(att.filter((a) => a.startsWith('ADOPTED Resolution:A/RES/53/144 -> '))).toHaveLength(1);
  });
});
