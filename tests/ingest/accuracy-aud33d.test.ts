// Misses found by the session-33 audit aud33d (sittings of several dates, event keys): a preparatory committee's sessions
// were keyed "first session of the Preparatory Committee" however the committee was named, one node for the NPT committee's
// 2023 session and the crimes-against-humanity committee's; the committee "for the eleventh Review Conference" and "for the
// 2026 Review Conference" of the NPT were two nodes. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_78_40: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/40', date: '2023-12-04' };
const GA_79_41: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/41', date: '2024-12-02' };
const GA_80_48: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/48', date: '2025-12-01' };
const GA_79_122: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/122', date: '2024-12-04' };

const NPT_PREPCOM = 'Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons';
const prepSessions = (keys: string[]) => keys.filter((k) => k.includes('session of the Preparatory Committee')).sort();

describe('a preparatory committee’s sessions are that committee’s, one key for the NPT committee however printed', () => {
  it('A/RES/78/40 PP5: "the first session of the Preparatory Committee for the eleventh Review Conference ..." and "the second session of the Preparatory Committee"', () => {
    const { keys, attributions } = oneParagraph({ ctx: GA_78_40, kind: 'preambular' });
    const text =
      'Noting also the deliberations at the working group on further strengthening the review process of the Treaty on the Non-Proliferation of Nuclear Weapons, held from 24 to 28 July 2023, and the first session of the Preparatory Committee for the eleventh Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held from 31 July to 11 August 2023, and stressing that such deliberations and papers are a useful basis for the second session of the Preparatory Committee,';
    expect(prepSessions(keys(text, 'Event:'))).toEqual([`Event:first session of the ${NPT_PREPCOM}`, `Event:second session of the ${NPT_PREPCOM}`]);
    expect(keys(text, 'Organization:')).toContain(`Organization:${NPT_PREPCOM}`);
    expect(attributions(text)).toContain(`STARTS_ON Event:first session of the ${NPT_PREPCOM} -> Date:2023-07-31`);
  });

  it('A/RES/79/41 PP5: the listed "first and second sessions", "the 2024 session" and "the third session" after it', () => {
    const { keys } = oneParagraph({ ctx: GA_79_41, kind: 'preambular' });
    const text =
      'Noting also the deliberations at the working group, held from 24 to 28 July 2023, and the first and second sessions of the Preparatory Committee for the eleventh Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, held from 31 July to 11 August 2023 and from 22 July to 2 August 2024, the working paper from the Chair of the working group, the Chair’s summary of the 2024 session of the Preparatory Committee, welcoming the practice of the Chair of drafting such papers, and stressing that such deliberations and papers are a useful contribution for the third session of the Preparatory Committee,';
    expect(prepSessions(keys(text, 'Event:'))).toEqual([
      `Event:2024 session of the ${NPT_PREPCOM}`,
      `Event:first session of the ${NPT_PREPCOM}`,
      `Event:second session of the ${NPT_PREPCOM}`,
      `Event:third session of the ${NPT_PREPCOM}`,
    ]);
  });

  it('A/RES/80/48 PP5: printed "for the 2026 Review Conference", the same keys', () => {
    const { keys } = oneParagraph({ ctx: GA_80_48, kind: 'preambular' });
    const text =
      'Noting also the deliberations at the working group, held from 24 to 28 July 2023, and the first, second and third sessions of the Preparatory Committee for the 2026 Review Conference of the Parties to the Treaty on the Non‑Proliferation of Nuclear Weapons, held from 31 July to 11 August 2023, from 22 July to 2 August 2024 and from 28 April to 9 May 2025,';
    expect(prepSessions(keys(text, 'Event:'))).toEqual([`Event:first session of the ${NPT_PREPCOM}`, `Event:second session of the ${NPT_PREPCOM}`, `Event:third session of the ${NPT_PREPCOM}`]);
  });

  it('A/RES/79/122 OP7, OP8: another conference’s preparatory committee keeps its sessions apart (the resolution’s qualifier)', () => {
    const { keys } = oneParagraph({ ctx: GA_79_122, kind: 'operative' });
    const op7 =
      'Also decides to convene a working group, which shall be governed by the rules of procedure of the General Assembly, to meet for the entire first session of the Preparatory Committee to facilitate consultations on the draft articles;';
    expect(prepSessions(keys(op7, 'Event:'))).toEqual(['Event:first session of the Preparatory Committee (A/RES/79/122)']);
    const op9 = 'Invites Governments to submit proposals, and requests the Secretary-General to submit a proposed compiled text to the Preparatory Committee at its second session;';
    expect(prepSessions(keys(op9, 'Event:'))).toEqual(['Event:second session of the Preparatory Committee (A/RES/79/122)']);
  });

  it('guard: the Review Conference the committee prepares keeps its own key (the ordinal’s)', () => {
    const { keys } = oneParagraph({ ctx: GA_78_40, kind: 'preambular' });
    const text = 'Looking forward to the eleventh Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons,';
    expect(keys(text, 'Event:')).toEqual(['Event:Eleventh Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons)']);
  });

  it('guard: a session of a body named in full is keyed with that body as before (Commission on the Status of Women)', () => {
    const { keys } = oneParagraph({ ctx: GA_80_48, kind: 'preambular' });
    const text = 'Noting the sixty-ninth session of the Commission on the Status of Women,';
    expect(keys(text, 'Event:')).toEqual(['Event:sixty-ninth session of the Commission on the Status of Women']);
  });
});
