// Session-61 audit aud61m: residual faults left by session 60's gold sets (aud60f, aud60r, aud60e, aud60p). Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/159', '2023-12-19'), kind: 'preambular' });

describe('item 1: "resolutions ... adopted by the <body>, including resolution N": the body is the author, ADOPTED each number', () => {
  const UNEA = 'Organization:United Nations Environment Assembly';
  const UNEP = 'Organization:United Nations Environment Programme';
  const R2_10 = 'Resolution:United Nations Environment Assembly resolution 2/10';
  const R4_11 = 'Resolution:United Nations Environment Assembly resolution 4/11';

  it('A/RES/78/159 PP16: the Environment Assembly of UNEP adopted 2/10 and 4/11; neither it nor its owner is recalled', () => {
    const text =
      'Recalling resolutions related to integrated coastal zone management adopted by the United Nations Environment Assembly of the United Nations Environment Programme, including resolution 2/10 on oceans and seas16 and resolution 4/11 on the protection of the marine environment from land-based activities,';
    const rel = relations(text);
    expect(rel).toContain(`RECALLS ${R2_10}`);
    expect(rel).toContain(`RECALLS ${R4_11}`);
    expect(rel).not.toContain(`RECALLS ${UNEA}`);
    expect(rel).not.toContain(`RECALLS ${UNEP}`);
    const att = attributions(text);
    expect(att).toContain(`ADOPTED ${UNEA} -> ${R2_10}`);
    expect(att).toContain(`ADOPTED ${UNEA} -> ${R4_11}`);
    expect(att).toContain(`PART_OF ${UNEA} -> ${UNEP}`);
  });

  it('A/RES/80/145 PP20: the same list with its marks after the commas, "seas,19 resolution 4/11 ...20 and resolution 6/15"', () => {
    const text =
      'Recalling resolutions related to integrated coastal zone management adopted by the United Nations Environment Assembly of the United Nations Environment Programme, including resolution 2/10 on oceans and seas,19 resolution 4/11 on the protection of the marine environment from land-based activities20 and resolution 6/15 on strengthening ocean action,';
    const att = attributions(text, 'preambular', ctxOf('A/RES/80/145', '2025-12-15'));
    expect(att).toContain(`ADOPTED ${UNEA} -> ${R2_10}`);
    expect(att).toContain(`ADOPTED ${UNEA} -> ${R4_11}`);
    expect(att).toContain(`ADOPTED ${UNEA} -> Resolution:United Nations Environment Assembly resolution 6/15`);
  });

  it('guard: A/RES/78/263 OP34 "decision Assembly/AU/Dec.729(XXXII) ... of the Assembly of Heads of State and Government of the African Union on revitalizing ... the African Union Policy": the African Union still recalled', () => {
    const rel = relations(
      'Recalls decision Assembly/AU/Dec.729(XXXII) of 11 February 2019 of the Assembly of Heads of State and Government of the African Union on revitalizing and operationalizing the African Union Policy on Post-Conflict Reconstruction and Development,',
      'operative',
      ctxOf('A/RES/78/263', '2024-02-05'),
    );
    expect(rel).toContain('RECALLS Organization:African Union');
  });

  it('A/RES/80/201 PP4: "relevant resolutions adopted by the Human Rights Council, including resolutions 36/6 ...": the Council is their author', () => {
    const rel = relations(
      'Recalling its resolutions 70/160 of 17 December 2015 and 78/207 of 19 December 2023, as well as relevant resolutions adopted by the Human Rights Council, including resolutions 36/6 of 28 September 2017, 45/3 of 6 October 2020 and 54/14 of 11 October 2023,',
      'preambular',
      ctxOf('A/RES/80/201', '2025-12-15'),
    );
    expect(rel).toContain('RECALLS Resolution:A/HRC/RES/36/6');
    expect(rel).toContain('RECALLS Resolution:A/HRC/RES/54/14');
    expect(rel).not.toContain('RECALLS Organization:Human Rights Council');
  });

  it('guard: "resolutions adopted by the Commission" with no number of its own after it leaves the body a target (aud42e)', () => {
    const rel = relations(
      'Recalling the resolutions adopted by the United Nations Environment Assembly of the United Nations Environment Programme on integrated coastal zone management,',
    );
    expect(rel).toContain(`RECALLS ${UNEA}`);
  });
});
