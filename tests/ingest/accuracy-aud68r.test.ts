// Session-68 audit aud68r: gold of A/RES/79/231 (supreme audit institutions) and A/RES/78/264 (Islamophobia); the lead's fix of the
// fault it left (79/231 OP5). Each case quotes the file and paragraph it comes from; the fix has a guard for the near sentence.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions } from '../helpers/one-paragraph.js';

const GA79_231: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/231', date: '2024-12-19' };
const LIMA = 'Framework:Lima Declaration of Guidelines on Auditing Precepts';
const NINTH_CONGRESS = 'Event:Ninth Congress of the International Organization of Supreme Audit Institutions';
const NOTE = 'Adopted by the Ninth Congress of the International Organization of Supreme Audit Institutions, Lima, 17–26 October 1977.';

describe('a note naming the sitting that adopted the framework its mark closes, the framework printed with its year', () => {
  it('A/RES/79/231 OP5: "the Lima Declaration of Guidelines on Auditing Precepts of 1977 3" with "3 Adopted by the Ninth Congress ...": the Congress ADOPTED it', () => {
    const OP5 = 'Also takes note with appreciation of the Lima Declaration of Guidelines on Auditing Precepts of 1977 3 and encourages Member States to apply its principles;';
    const atts = footnotedAttributions('OP5', OP5, '3', 'of 1977 3', NOTE, GA79_231);
    expect(atts).toContain(`ADOPTED ${NINTH_CONGRESS} -> ${LIMA}`);
    expect(atts).toContain(`ADOPTED_ON ${LIMA} -> Date:1977`);
  });

  it('guard: a longer gap than the year ("of 1977 and its commentary 3") closes no framework', () => {
    const OP5 = 'Also takes note with appreciation of the Lima Declaration of Guidelines on Auditing Precepts of 1977 and its commentary 3 and encourages Member States to apply it;';
    expect(footnotedAttributions('OP5', OP5, '3', 'commentary 3', NOTE, GA79_231).filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });

  it('A/RES/79/231 OP5: the note\'s ", Lima, 17–26 October 1977" is the adopting Congress\'s venue and days, as in a "Report of the" note', () => {
    const OP5 = 'Also takes note with appreciation of the Lima Declaration of Guidelines on Auditing Precepts of 1977 3 and encourages Member States to apply its principles;';
    const atts = footnotedAttributions('OP5', OP5, '3', 'of 1977 3', NOTE, GA79_231);
    expect(atts).toEqual(expect.arrayContaining([`HELD_IN ${NINTH_CONGRESS} -> Place:Lima`, `STARTS_ON ${NINTH_CONGRESS} -> Date:1977-10-17`, `ENDS_ON ${NINTH_CONGRESS} -> Date:1977-10-26`]));
  });

  it('guard: "Adopted on <day> by the <sitting> (...)" gives the sitting no venue from the note', () => {
    const note = 'Adopted on 8 July 2005 by the Conference to Consider and Adopt Proposed Amendments to the Convention on the Physical Protection of Nuclear Material (International Atomic Energy Agency, document GOV/INF/2005/10-GC(49)/INF/6, attachment).';
    const OP14 = 'Urges States to ratify the Amendment to the Convention on the Physical Protection of Nuclear Material,13 and to apply it;';
    expect(footnotedAttributions('OP14', OP14, '13', 'Material,13', note, GA79_231).filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });
});
