// Session-38 audit aud38d: names, documents and citations left open by session 37. Covered: a citation list whose first item
// is a full symbol; office holders and bodies cut short or missed (a Board of Advisers to the President of the Assembly, the
// Executive Director of an Office, an Office of a Special Envoy, the World Health Assembly, the African Commission on Human
// and Peoples' Rights, the Chair of a Special Committee); reports whose symbol stands in a footnote; report titles with
// commas. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { findResolutionRefs } from '../../ingest/recognize/resolutions.js';

const SC_1454: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/1454(2002)', date: '2002-12-30' };
const GA_80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/1', date: '2025-09-22' };
const keysOf = (text: string, ctx: RecognizeContext): string[] => findResolutionRefs(text, ctx).map((m) => m.key);

describe('a list whose first item is a full symbol goes on with the numbers after it', () => {
  it('"its resolutions S/RES/687 (1991) and 1284 (1999)" (the form of S/RES/1454 (2002) PP2 "resolutions 687 (1991) of 3 April 1991 and 1284 (1999)", printed with the symbol): both resolutions', () => {
    expect(keysOf('Recalling its resolutions S/RES/687 (1991) and 1284 (1999),', SC_1454)).toEqual(['Resolution:S/RES/687(1991)', 'Resolution:S/RES/1284(1999)']);
  });

  it('dated items: "S/RES/687 (1991) of 3 April 1991, 1284 (1999) of 17 December 1999 and 1409 (2002)": three, the second with its day', () => {
    const ms = findResolutionRefs('Recalling its resolutions S/RES/687 (1991) of 3 April 1991, 1284 (1999) of 17 December 1999 and 1409 (2002),', SC_1454);
    expect(ms.map((m) => m.key)).toEqual(['Resolution:S/RES/687(1991)', 'Resolution:S/RES/1284(1999)', 'Resolution:S/RES/1409(2002)']);
    expect(ms[1]!.phrase).toBe('1284 (1999) of 17 December 1999');
  });

  it('an Assembly symbol goes on with session/number: "resolutions A/RES/70/1 and 70/125"', () => {
    expect(keysOf('Recalling resolutions A/RES/70/1 and 70/125,', GA_80)).toEqual(['Resolution:A/RES/70/1', 'Resolution:A/RES/70/125']);
  });

  it('guard: what follows a symbol in another numbering is no item ("A/RES/79/194, 9/18", a Council symbol then "15 July 2015")', () => {
    expect(keysOf('Recalling resolution A/RES/79/194, 9/18 and 12 December 2024,', GA_80)).toEqual(['Resolution:A/RES/79/194']);
    expect(keysOf('Recalling Security Council resolution S/RES/2231 (2015), 15 July 2015, and 70/125,', GA_80)).toEqual(['Resolution:S/RES/2231(2015)']);
  });
});
