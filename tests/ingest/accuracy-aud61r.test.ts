// Session-61 helper aud61r: faults found annotating A/RES/78/20 (reducing space threats) and A/RES/78/48 (the Arms Trade Treaty).
// Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const GA78_20 = ctxOf('A/RES/78/20', '2023-12-04');
const { keys, attributions, relations } = oneParagraph({ ctx: GA78_20, kind: 'preambular' });

describe('the Disarmament Commission\'s 2023 recommendations printed in lower case without "activities" (gazetteer alias)', () => {
  const RECOMMENDATIONS =
    'Framework:Recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space, in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities';
  const UNDC = 'Organization:Disarmament Commission';

  it('A/RES/78/20 PP19 (79/22 PP19): "Welcoming also the recommendations ... in outer space with the goal of ... adopted by the Disarmament Commission": the text, welcomed and adopted by the Commission', () => {
    const text =
      'Welcoming also the recommendations to promote the practical implementation of transparency and confidence-building measures in outer space with the goal of preventing an arms race in outer space in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities adopted by the Disarmament Commission at its substantive session of 2023,';
    const rels = relations(text);
    expect(rels).toContain(`WELCOMES ${RECOMMENDATIONS}`);
    expect(rels).toContain(`WELCOMES ${UNDC}`);
    expect(attributions(text)).toContain(`ADOPTED ${UNDC} -> ${RECOMMENDATIONS}`);
    // the Group inside the title is no target of its own (as in the quoted title, aud58d)
    expect(rels.filter((r) => r.startsWith('WELCOMES Organization:Group of Governmental Experts'))).toEqual([]);
  });

  it('guard: A/RES/78/19 PP18 "the consensual adoption in 2023 by the Disarmament Commission of the recommendations ... in outer space activities with the goal of ...": the same text', () => {
    const text =
      'Welcoming the consensual adoption in 2023 by the Disarmament Commission of the recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space,';
    expect(keys(text, 'Framework:', 'preambular', ctxOf('A/RES/78/19', '2023-12-04'))).toEqual([RECOMMENDATIONS]);
  });
});

describe('"the open-ended working group, established pursuant to resolution N": the participle after a comma (lowerWorkingGroupsOfResolutions)', () => {
  const GA78_48 = ctxOf('A/RES/78/48', '2023-12-04');
  const OEWG_76_233 = 'Organization:open-ended working group (A/RES/76/233)';

  it('A/RES/78/48 PP9 (78/47 PP16): "the conclusion of the work of the open-ended working group, established pursuant to resolution 76/233 of 24 December 2021, to elaborate ...": that resolution\'s group, welcomed', () => {
    const text =
      'Welcoming the conclusion of the work of the open-ended working group, established pursuant to resolution 76/233 of 24 December 2021, to elaborate a set of political commitments as a new global framework to address existing gaps in through-life ammunition management, and the submission of its final report, which is complementary to the Arms Trade Treaty,';
    expect(relations(text, 'preambular', GA78_48)).toContain(`WELCOMES ${OEWG_76_233}`);
  });

  it('A/RES/78/47 OP1: "Welcomes the final report of the open-ended working group, established pursuant to resolution 76/233, contained in document A/78/111"', () => {
    const text = 'Welcomes the final report of the open-ended working group, established pursuant to resolution 76/233, contained in document A/78/111, and the recommendations contained therein;';
    expect(relations(text, 'operative', ctxOf('A/RES/78/47', '2023-12-04'))).toContain(`WELCOMES ${OEWG_76_233}`);
  });

  it('guard: "an open-ended working group, established ..." (one the text sets up, no "the") and a comma with no participle after it are not read as that group', () => {
    expect(keys('Decides to convene an open-ended working group, established pursuant to resolution 76/233, to consider the matter;', 'Organization:', 'operative', GA78_48)).toEqual([]);
    expect(keys('Welcomes the work of the open-ended working group, and notes resolution 76/233;', 'Organization:', 'operative', GA78_48)).toEqual([]);
  });
});

describe('the Arms Trade Treaty\'s voluntary trust fund, printed in lower case (gazetteer)', () => {
  const GA78_48 = ctxOf('A/RES/78/48', '2023-12-04');
  const VTF = 'Organization:Arms Trade Treaty Voluntary Trust Fund';
  const { relations: relationsOfText } = oneParagraph({ ctx: GA78_48, kind: 'operative' });

  it('A/RES/78/48 PP16 (79/52, 80/46): "through the working group on effective treaty implementation and the voluntary trust fund for the implementation of the Treaty": both bodies noted', () => {
    const rels = relations(
      'Noting the efforts by States parties to the Treaty to continue to explore ways and means to enhance national implementation of the Treaty through the working group on effective treaty implementation and the voluntary trust fund for the implementation of the Treaty,',
      'preambular',
      GA78_48,
    );
    expect(rels).toContain(`NOTES ${VTF}`);
    expect(rels).toContain('NOTES Organization:Working Group on Effective Treaty Implementation');
  });

  it('A/RES/78/48 OP14: "the voluntary trust fund for the implementation and universalization of the Treaty, and encourages ... to contribute to the fund": welcomed, then "the fund" is it', () => {
    const rels = relationsOfText(
      'Welcomes the continued support through the voluntary trust fund for the implementation and universalization of the Treaty, and encourages all States parties in a position to do so to contribute to the fund;',
    );
    expect(rels).toContain(`WELCOMES ${VTF}`);
    expect(rels).toContain(`ENCOURAGES ${VTF}`);
  });

  it('guard: "the voluntary trust fund" and "the fund" with no full name before them in the text name nothing (A/RES/78/48 OP15 read in a text of its own)', () => {
    // (another symbol: a resolution's state keeps the full name seen by the cases above)
    expect(keys('Encourages eligible States to make best use of the voluntary trust fund, and to contribute to the fund;', 'Organization:', 'operative', ctxOf('A/RES/79/52', '2024-12-02'))).toEqual([]);
  });
});

describe('the Arms Trade Treaty\'s sponsorship programme, printed with a lowercase head word (gazetteer)', () => {
  it('A/RES/78/48 OP16 (79/52, 80/46): "to provide funding to the Treaty sponsorship programme to support ... participation of experts from States in meetings under the Treaty": the programme is encouraged', () => {
    const rels = relations(
      'Encourages States parties and signatory States in a position to do so to provide funding to the Treaty sponsorship programme to support and maximize the scale and diversity of participation of experts from States in meetings under the Treaty for those States that would otherwise be unable to attend;',
      'operative',
      ctxOf('A/RES/78/48', '2023-12-04'),
    );
    expect(rels).toContain('ENCOURAGES Initiative:Arms Trade Treaty Sponsorship Programme');
  });

  it('guard: A/RES/78/47 OP4 "the SaferGuard programme": the other lowercase programme keeps its own name', () => {
    expect(keys('Encourages the United Nations, including under the SaferGuard programme, to promote the implementation of the Global Framework;', 'Initiative:', 'operative', ctxOf('A/RES/78/47', '2023-12-04'))).toEqual(['Initiative:SaferGuard programme']);
  });
});
