// Session-68 audit aud68w: A/RES/79/79 (Strengthening and institutionalizing the Biological Weapons Convention) and A/RES/79/69
// (United Nations Disarmament Information Programme). Each case quotes the file and paragraph it comes from; each fix has a guard
// for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { oneParagraph } from '../helpers/one-paragraph.js';

const { attributions } = oneParagraph({
  ctx: { body: 'General Assembly', symbol: 'A/RES/79/79', date: '2024-12-02', title: 'Strengthening and institutionalizing the Convention' },
  kind: 'preambular',
});
const BWC = 'Framework:Biological Weapons Convention';
const BWC_NAME =
  'the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction';

describe('"that <framework> was adopted by the General Assembly in its resolution N": the resolution ADOPTED it', () => {
  it('A/RES/79/79 PP1: "Recalling that the Convention ... was adopted by the General Assembly in its resolution 2826 (XXVI), on 16 December 1971"', () => {
    const atts = attributions(
      `Recalling that ${BWC_NAME} was adopted by the General Assembly in its resolution 2826 (XXVI), on 16 December 1971, was opened for signature on 10 April 1972 and entered into force on 26 March 1975,`,
    );
    expect(atts).toContain(`ADOPTED Resolution:A/RES/2826(XXVI) -> ${BWC}`);
  });

  it('guard: "which was adopted by" and the apposition ", adopted by" still read', () => {
    expect(attributions(`Recalling ${BWC_NAME}, which was adopted by the General Assembly in its resolution 2826 (XXVI),`)).toContain(
      `ADOPTED Resolution:A/RES/2826(XXVI) -> ${BWC}`,
    );
    expect(attributions('Recalling the Convention on the Rights of the Child, adopted by the General Assembly in its resolution 44/25,')).toContain(
      'ADOPTED Resolution:A/RES/44/25 -> Framework:Convention on the Rights of the Child',
    );
  });

  it('guard: "was welcomed by the General Assembly in its resolution N" states no adoption', () => {
    const atts = attributions(`Recalling that ${BWC_NAME} was welcomed by the General Assembly in its resolution 2826 (XXVI),`);
    expect(atts.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});
