// Session-58 audit aud58d: faults found annotating A/RES/78/121 (assistance to the Palestinian people), 79/67 (the Regional Centre
// for Peace and Disarmament in Asia and the Pacific) and 78/52 (transparency and confidence-building measures in outer space
// activities). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions, relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/78/52', '2023-12-04'), kind: 'preambular' });

const RECOMMENDATIONS =
  'Framework:Recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space, in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities';
const TITLE =
  '“Recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space, in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities”';

describe('item 1: a text named by its quoted title that opens with its plural head ("the “Recommendations to promote ...”") is a Framework', () => {
  it('A/RES/78/52 PP11: "Welcoming the adoption by consensus by the Disarmament Commission of the “Recommendations ...”"', () => {
    const text = `Welcoming the adoption by consensus by the Disarmament Commission of the ${TITLE},5`;
    expect(relations(text)).toContain(`WELCOMES ${RECOMMENDATIONS}`);
    expect(relations(text)).toContain('WELCOMES Organization:Disarmament Commission');
    // (the Group inside the quoted title is a word of the title, no target of its own)
    expect(relations(text).filter((r) => r.startsWith('WELCOMES Organization:Group of Governmental Experts'))).toEqual([]);
  });

  it('A/RES/78/52 OP6: "Endorses the “Recommendations ...” adopted by consensus by the Disarmament Commission": the Commission ADOPTED it', () => {
    const text = `Endorses the ${TITLE} adopted by consensus by the Disarmament Commission;`;
    expect(relations(text, 'operative')).toContain(`ENDORSES ${RECOMMENDATIONS}`);
    expect(attributions(text, 'operative')).toContain(`ADOPTED Organization:Disarmament Commission -> ${RECOMMENDATIONS}`);
  });

  it('guard: A/RES/78/62 "the item entitled “Recommendations for achieving the objective of nuclear disarmament ...”": an agenda item\'s title, no framework', () => {
    const text =
      'Noting with regret that the Disarmament Commission was not able to reach a consensus on the item entitled “Recommendations for achieving the objective of nuclear disarmament and non-proliferation of nuclear weapons”,';
    expect(keys(text, 'Framework:', 'preambular', ctxOf('A/RES/78/62', '2023-12-04'))).toEqual([]);
  });
});
