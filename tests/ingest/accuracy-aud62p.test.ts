// Session-62 audit aud62p: residuals found annotating A/RES/78/131 (synthetic drugs). Each case quotes the file and paragraph it
// comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/131', '2023-12-18'), kind: 'preambular' });

describe('item 1: "<treaty> of <year> as amended by ...": the year is the treaty\'s adoption, as "of <year>" alone is', () => {
  const SINGLE = 'Framework:Single Convention on Narcotic Drugs';

  it('A/RES/78/131 PP5: "the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol, 5 the Convention on Psychotropic Substances of 1971, ..."', () => {
    const att = attributions(
      'Underscoring that the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol, 5 the Convention on Psychotropic Substances of 1971, 6 the United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988 7 and other relevant international instruments constitute the cornerstone of the international drug control system,',
    );
    expect(att).toContain(`ADOPTED_ON ${SINGLE} -> Date:1961`);
    // (the Protocol's own year is not the Convention's)
    expect(att.filter((a) => a.startsWith(`ADOPTED_ON ${SINGLE} -> Date:1972`))).toEqual([]);
    expect(att).toContain('ADOPTED_ON Framework:Convention on Psychotropic Substances -> Date:1971');
  });

  it('A/RES/78/284 PP2: the same wording in the Central Asia text', () => {
    const att = attributions(
      'Emphasizing that the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol,1 the Convention on Psychotropic Substances of 1971 2 and the United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988 3 constitute the cornerstone of the international drug control system,',
      'preambular',
      ctxOf('A/RES/78/284', '2024-06-25'),
    );
    expect(att).toContain(`ADOPTED_ON ${SINGLE} -> Date:1961`);
  });

  it('guard: "<framework> of <year> as <something else>" still gives no adoption (the " as " rule of frameworkOfYear)', () => {
    const att = attributions('Recalling the Convention on Biological Diversity of 1992 as the main instrument,');
    expect(att.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });
});
