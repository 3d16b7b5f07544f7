// Misses found by the session-32 audit aud32m (wrong dates on nested sittings): "the first session of the Preparatory
// Committee for the eleventh Review Conference ..., held from 31 July to 11 August 2023" dated the Review Conference (a node
// many files share) with the committee session's days. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_40: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/40', date: '2023-12-04' };
const GA_79_41: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/41', date: '2024-12-02' };
const GA_78_53: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/53', date: '2023-12-04' };

const ELEVENTH = 'Event:Eleventh Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)';
const TENTH = 'Event:Tenth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)';
// (the committee's sessions are keyed with the conference they prepare, by the year most texts print: accuracy-aud33d)
const session = (ordinal: string): string => `Event:${ordinal} session of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons`;
const datesOf = (a: string[], key: string): string[] => a.filter((x) => (x.startsWith('STARTS_ON ') || x.startsWith('ENDS_ON ')) && x.includes(` ${key} -> `));

describe('a session "for the" sitting it prepares: the dates after both are the session\'s', () => {
  it('A/RES/78/40 PP5: "the first session of the Preparatory Committee for the eleventh Review Conference ..., held from 31 July to 11 August 2023"', () => {
    const { attributions } = oneParagraph({ ctx: GA_78_40, kind: 'preambular' });
    const text =
      'Noting also the deliberations at the working group on further strengthening the review process of the Treaty on the Non-Proliferation of Nuclear Weapons, held from 24 to 28 July 2023, and the first session of the Preparatory Committee for the eleventh Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held from 31 July to 11 August 2023,';
    const a = attributions(text);
    expect(datesOf(a, ELEVENTH)).toEqual([]);
    expect(datesOf(a, session('first'))).toEqual([`STARTS_ON ${session('first')} -> Date:2023-07-31`, `ENDS_ON ${session('first')} -> Date:2023-08-11`]);
  });

  it('A/RES/79/41 PP5: "the first and second sessions of the Preparatory Committee for the eleventh Review Conference ..., held from ... and from ...": one range each, in order', () => {
    const { attributions } = oneParagraph({ ctx: GA_79_41, kind: 'preambular' });
    const text =
      'Noting also the deliberations at the working group on further strengthening the review process of the Treaty on the Non-Proliferation of Nuclear Weapons, held from 24 to 28 July 2023, and the first and second sessions of the Preparatory Committee for the eleventh Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held from 31 July to 11 August 2023 and from 22 July to 2 August 2024, the working paper from the Chair of the working group,';
    const a = attributions(text);
    expect(datesOf(a, ELEVENTH)).toEqual([]);
    expect(datesOf(a, session('first'))).toEqual([`STARTS_ON ${session('first')} -> Date:2023-07-31`, `ENDS_ON ${session('first')} -> Date:2023-08-11`]);
    expect(datesOf(a, session('second'))).toEqual([`STARTS_ON ${session('second')} -> Date:2024-07-22`, `ENDS_ON ${session('second')} -> Date:2024-08-02`]);
  });

  it('guard, A/RES/78/53 PP: the Review Conference printed with its own dates, after no session, keeps them', () => {
    const { attributions } = oneParagraph({ ctx: GA_78_53, kind: 'preambular' });
    const text =
      'Regretting that the tenth Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held from 1 to 26 August 2022, was unable to reach consensus on a substantive outcome,';
    expect(datesOf(attributions(text), TENTH)).toEqual([`STARTS_ON ${TENTH} -> Date:2022-08-01`, `ENDS_ON ${TENTH} -> Date:2022-08-26`]);
  });
});
