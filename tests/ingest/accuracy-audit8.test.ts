// Misses found by the session-8 audit (audit8): known misses of earlier audits that recur across corpus-ga, and a
// hand audit of three more resolutions. Inputs are quoted from the files named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { findDates, parseDateRange } from '../../ingest/recognize/dates.js';

const dated = (text: string): string[] => findDates(text, {}).map((m) => `${m.attrs.iso as string} «${m.phrase}»${m.attrs.role ? ` ${String(m.attrs.role)}` : ''}`);

describe('two dates printed with one shared year are two dates, not the second alone', () => {
  it('S/RES/883 (1993) PP7: "the letters ... dated 29 September and 1 October 1993"', () => {
    expect(dated('Taking note of the letters to the Secretary-General dated 29 September and 1 October 1993 from the Secretary of the General People\'s Committee')).toEqual([
      '1993-09-29 «29 September»',
      '1993-10-01 «1 October 1993»',
    ]);
  });

  it('S/RES/687 (1991) PP24: a footnote mark before "and": "on 20 March 53 and 28 March 1991, 54"', () => {
    expect(dated('Taking note with grave concern of the reports transmitted by the Secretary-General on 20 March 53 and 28 March 1991, 54 and conscious of')).toEqual([
      '1991-03-20 «20 March»',
      '1991-03-28 «28 March 1991»',
    ]);
  });

  it('A/RES/79/75 PP6: "on 3 and 4 September and 2 September 2024, respectively" (a two-day meeting, then one day)', () => {
    expect(dated('were held in Geneva on 3 and 4 September and 2 September 2024, respectively,')).toEqual([
      '2024-09-03 «3 and 4 September» start',
      '2024-09-04 «3 and 4 September» end',
      '2024-09-02 «2 September 2024»',
    ]);
  });

  it('a sitting over a month end stays one range: A/RES/78/43 "on 31 March and 1 April 2016"', () => {
    expect(dated('and on 31 March and 1 April 2016 in Washington, D.C.,')).toEqual(['2016-03-31 «31 March and 1 April 2016» start', '2016-04-01 «31 March and 1 April 2016» end']);
    expect(parseDateRange('31 March and 1 April 2016')).toEqual({ start: '2016-03-31', end: '2016-04-01' });
  });

  it('an event printed with two dates of one year starts on the first (A/RES/78/29 OP5 "on 7 July and 4 August 2017")', () => {
    expect(parseDateRange('on 7 July and 4 August 2017')).toEqual({ start: '2017-07-07' });
  });
});
