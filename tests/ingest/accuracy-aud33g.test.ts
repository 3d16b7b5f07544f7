// Session-33 audit aud33g: a hand audit of A/RES/80/114, 78/124, 80/230, 78/329, 79/262, 79/282, 79/280, 79/14, 80/189,
// 80/146, 80/235, 79/3, 80/2, 80/88, 78/258, 79/97, 78/84, 79/137, 80/73 and 79/89. Each case quotes the file and paragraph;
// each fix has a guard (a near form that must not change).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/146', date: '2025-12-15' };
const { keys, relations } = oneParagraph({ ctx: GA80, kind: 'operative' });

const MVI = 'Initiative:multidimensional vulnerability index';

describe('the multidimensional vulnerability index (resolution 78/322), printed in lower case, is an Initiative', () => {
  it('A/RES/80/146 OP1: "the secretariat of the multidimensional vulnerability index has not presented a triennial report"', () => {
    const text =
      'Expresses its concern that the secretariat of the multidimensional vulnerability index has not presented a triennial report to the General Assembly at its eightieth session, under the relevant agenda sub-item in line with paragraph 10 of its resolution 78/322;';
    expect(keys(text, 'Initiative:')).toEqual([MVI]);
    expect(relations(text)).toContain(`EXPRESSES ${MVI}`);
  });

  it('A/RES/80/146 OP4: "to support the work on the multidimensional vulnerability index"', () => {
    const text =
      'Also reiterates its request to the Secretary-General to ensure the full implementation of its resolution 78/322 and that adequate resources are available to support the work on the multidimensional vulnerability index;';
    expect(relations(text)).toContain(`REITERATES ${MVI}`);
  });

  it('A/RES/78/322 PP: the name broken over a line is the same node', () => {
    const text = 'Recognizing the potential to further improve the multidimensional vulnerability\n index, inter alia, by considering additional indicators,';
    expect(keys(text, 'Initiative:', 'preambular')).toEqual([MVI]);
  });

  it('guard, A/RES/79/197 OP7: the capitalised tail of the High-level Panel\'s name stays the Panel\'s (no Initiative)', () => {
    const text =
      'Welcomes the work of the High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States;';
    expect(keys(text, 'Initiative:')).toEqual([]);
    expect(keys(text, 'Organization:')).toEqual(['Organization:High-level Panel on the Development of a Multidimensional Vulnerability Index for Small Island Developing States']);
  });

  it('guard: other lowercase vulnerability indices are no node ("a vulnerability index", "the economic vulnerability index")', () => {
    expect(keys('Notes the work on the economic vulnerability index and on a vulnerability index for small States;', 'Initiative:')).toEqual([]);
  });
});

describe('an initiative printed in lower case after "a" is a common noun', () => {
  it('A/RES/78/232 OP33 (78/1 annex OP38): "including the potential of a multidimensional vulnerability index, as criteria to access concessional finance"', () => {
    const text =
      'Reiterates the need to consider multidimensional vulnerability, including the potential of a multidimensional vulnerability index, as criteria to access concessional finance;';
    expect(keys(text, 'Initiative:')).toEqual([]);
  });

  it('guard, A/RES/78/232 OP13: "the potential uses and application of the multidimensional vulnerability index" keeps it', () => {
    const text =
      'Requests the Secretary-General to assess how multidimensional vulnerability is currently considered by the United Nations system, explore the potential uses and application of the multidimensional vulnerability index, and to inform the intergovernmental process;';
    expect(relations(text)).toContain(`REQUESTS ${MVI}`);
  });
});
