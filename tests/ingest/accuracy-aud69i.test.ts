// Session-69 audit aud69i: A/RES/78/171 (persons with albinism) and A/RES/79/270 (International Day of Hope), both read right by the
// graph; the fix below comes from the whole gold set (aud54b's A/RES/78/187). Each case quotes the file and paragraph it comes from;
// each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/187', date: '2023-12-19' };
const { attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });
const starts = (text: string, of: string): string[] => attributions(text).filter((a) => a.startsWith(`STARTS_ON ${of}`));

describe('a proclaimed Year or Decade does not open on a day printed after it (other than its first)', () => {
  const YEAR = 'Event:International Year for the Elimination of Child Labour @ 2021';

  it('A/RES/78/187 PP12: "... 73/327 of 25 July 2019 on the International Year for the Elimination of Child Labour, 2021, ..., 76/146 on 16 December 2021 on the girl child": the Year starts in 2021, not on 16 December 2021', () => {
    const PP12 =
      'Reaffirming all of its previous resolutions on the rights of the child, the most recent of which was resolution 76/147 of 16 December 2021, and recalling also all other relevant resolutions on this matter, including its resolutions 77/201 of 15 December 2022 on protecting children from bullying, 73/327 of 25 July 2019 on the International Year for the Elimination of Child Labour, 2021, 77/202 of 15 December 2022 on child, early and forced marriage, 76/146 on 16 December 2021 on the girl child and 77/211 of 15 December 2022 on the right to privacy in the digital age,';
    expect(starts(PP12, YEAR)).toEqual([`STARTS_ON ${YEAR} -> Date:2021`]);
  });

  it('guard: the Year named alone keeps its year ("..., 2021,")', () => {
    expect(starts('Recalling its resolution 73/327 of 25 July 2019 on the International Year for the Elimination of Child Labour, 2021,', YEAR)).toEqual([
      `STARTS_ON ${YEAR} -> Date:2021`,
    ]);
  });

  it('guard: its first day printed after it is still its start ("which began on 1 January 2019"; "commencing on 1 January 2025 and ending on 31 December 2034", A/RES/79/193)', () => {
    expect(attributions('Recalling the International Year of Indigenous Languages, which began on 1 January 2019,')).toContain(
      'STARTS_ON Event:International Year of Indigenous Languages @ 2019 -> Date:2019-01-01',
    );
    const decade = attributions('Welcoming the Second International Decade for People of African Descent, commencing on 1 January 2025 and ending on 31 December 2034,');
    expect(decade).toContain('STARTS_ON Event:Second International Decade for People of African Descent -> Date:2025-01-01');
    expect(decade).toContain('ENDS_ON Event:Second International Decade for People of African Descent -> Date:2034-12-31');
  });

  it('guard: a sitting printed the same way still takes its day ("the high-level meeting ..., held on 16 December 2021")', () => {
    const text = 'Recalling the high-level meeting on the International Year for the Elimination of Child Labour, held in New York on 16 December 2021,';
    expect(attributions(text).some((a) => a.startsWith('STARTS_ON Event:high-level meeting') && a.endsWith('Date:2021-12-16'))).toBe(true);
  });
});
