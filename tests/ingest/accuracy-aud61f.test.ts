// Session-61 audit aud61f: A/RES/80/119 (Consumer product safety) against its gold file (tests/gold/aud61f-A_RES_80_119.gold.tsv).
// Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/119', date: '2025-12-15' };
const { attributions, keys, relations } = oneParagraph({ ctx, kind: 'preambular' });

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

describe('item 2: "the informal working group on <lowercase topic>" is a body of its own', () => {
  const GROUP = 'Organization:informal working group on consumer product safety';

  it('A/RES/80/119 PP14: "Recognizing the informal working group on consumer product safety, established at the third session of ..."', () => {
    const text =
      'Recognizing the informal working group on consumer product safety, established at the third session of the Intergovernmental Group of Experts on Consumer Protection Law and Policy, under the auspices of the United Nations Conference on Trade and Development, and aimed at strengthening consumer product safety frameworks at the national, regional and international levels, to protect consumers from hazards to their health, and on recommending policy options for addressing challenges faced by consumer protection authorities in this area,';
    expect(keys(text, 'Organization:')).toContain(GROUP);
    expect(relations(text)).toContain(`RECOGNIZES ${GROUP}`);
    // (the session where it was established keeps its own reading: the verb and its SESSION_OF the Group)
    expect(relations(text)).toContain('RECOGNIZES Event:third session of the Intergovernmental Group of Experts on Consumer Protection Law and Policy');
  });

  it('guard: A/RES/80/119 PP15 "the informal working group" with no topic names no body', () => {
    const text =
      'Noting that the informal working group has focused its efforts on “consumer products”, understood to mean the category of products intended for and/or likely to be used by consumers, excluding food, drugs and medical devices, as these products are often subject to particular risk assessment and risk management procedures in distinct regulatory frameworks,';
    expect(keys(text, 'Organization:')).toEqual([]);
  });
});
