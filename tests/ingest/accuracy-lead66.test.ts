// Faults the lead mended in session 66 while merging: a note "Resolution N, annex." after "adopted in <month> <year>" outside N's
// session. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/154', date: '2024-12-17', title: 'Trafficking in women and girls' };

describe('a note "Resolution N, annex." after "adopted in <month> <year>": the resolution ADOPTED the text only when the month falls in its session (session 65, by the month)', () => {
  it('A/RES/79/154 PP35: "the Kyoto Declaration ..., adopted in March 2021,19" with "19 Resolution 76/181, annex.": a congress adopted it, no ADOPTED by 76/181', () => {
    const text =
      'Taking note of the Kyoto Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of Law, adopted in March 2021,19 which expresses the importance of strengthening efforts to prevent, counter and combat trafficking in persons,';
    const att = footnotedAttributions('PP35', text, '19', '2021,19', 'Resolution 76/181, annex.', ctx);
    expect(att.filter((a) => a.startsWith('ADOPTED Resolution:'))).toEqual([]);
  });

  it('guard: a month inside the session of the note\'s resolution ("adopted in December 1993,6" with "6 Resolution 48/104.") keeps ADOPTED', () => {
    const text = 'Recalling the Declaration on the Elimination of Violence against Women, adopted in December 1993,6';
    expect(footnotedAttributions('PP4', text, '6', '1993,6', 'Resolution 48/104.', ctx)).toContain(
      'ADOPTED Resolution:A/RES/48/104 -> Framework:Declaration on the Elimination of Violence against Women',
    );
  });
});
