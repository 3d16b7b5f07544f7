// Misses found by the session-32 audit aud32k: A/RES/80/196, 80/85, 80/94, 78/313, 80/83, 79/26, and the same forms in other
// texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/94', date: '2025-12-05' };

const { attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });
const startsOn = (text: string): string[] => attributions(text).filter((a) => a.startsWith('STARTS_ON'));

describe('an edition named by its year starts in that year', () => {
  it('A/RES/80/94 PP18 (78/90, 79/103): "the 2010 Pacific regional seminar held in Nouméa"', () => {
    const text = 'Recalling the statement made by the honorary representative of the territorial Government at the 2010 Pacific regional seminar held in Nouméa,';
    expect(startsOn(text)).toEqual(['STARTS_ON Event:Pacific regional seminar @ 2010 -> Date:2010']);
  });

  it('A/RES/78/120 PP32 (79/139, 80/113): "... that culminated in the 2021 Climate Adaptation Summit"', () => {
    const text =
      'Taking note of the launch of the Coalition for Disaster-Resilient Infrastructure, the Risk-Informed Early Action Partnership, the Climate Risk and Early Warning Systems (CREWS) initiative and the Year of Action launched by the Global Commission on Adaptation that culminated in the 2021 Climate Adaptation Summit,';
    expect(startsOn(text)).toContain('STARTS_ON Event:Climate Adaptation Summit @ 2021 -> Date:2021');
  });

  it('A/RES/78/42 OP3 (79/35, 80/39): "the 1995, 2000 and 2010 Review Conferences of the Parties to the Treaty ..."', () => {
    const text =
      'Reaffirms the continued validity of the decisions, resolutions and commitments as agreed to at the 1995, 2000 and 2010 Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons;';
    const a = oneParagraph({ ctx: { ...GA, symbol: 'A/RES/78/42' }, kind: 'operative' }).attributions(text).filter((x) => x.startsWith('STARTS_ON'));
    expect(a).toContain('STARTS_ON Event:Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons @ 1995 -> Date:1995');
    expect(a).toContain('STARTS_ON Event:Sixth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons) -> Date:2000');
    expect(a).toContain('STARTS_ON Event:Eighth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons) -> Date:2010');
  });

  it('guard: A/RES/78/33 PP6: "the 2020 Review Conference", postponed and held in 2022, is not dated by its year', () => {
    const text =
      'Expressing concern at the consecutive failure of the 2015 and 2020 Review Conferences of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons to reach consensus on a substantive outcome document,';
    const a = startsOn(text);
    expect(a).toContain('STARTS_ON Event:Ninth Review Conference (Treaty on the Non-Proliferation of Nuclear Weapons) -> Date:2015');
    expect(a.filter((x) => x.includes('Tenth'))).toEqual([]);
  });

  it('guard: A/RES/79/210 PP7: an edition dated by the words printed, or by the gazetteer, keeps that date only', () => {
    const text =
      'Recalling the convening of the United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, “Water for Sustainable Development”, 2018–2028, in New York, from 22 to 24 March 2023, referred to as the 2023 United Nations Water Conference, and looking forward the convening of the 2026 United Nations Water Conference, to be co-hosted by Senegal and the United Arab Emirates, and the 2028 United Nations Conference on the Final Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, “Water for Sustainable Development”, 2018–2028, to be hosted by Tajikistan,';
    const a = startsOn(text);
    expect(a).toContain('STARTS_ON Event:United Nations Water Conference @ 2023 -> Date:2023-03-22');
    expect(a).not.toContain('STARTS_ON Event:United Nations Water Conference @ 2023 -> Date:2023');
    // (aud37h: the 2026 edition, its days known to the gazetteer but not printed, is dated by the year the text gives)
    expect(a.filter((x) => x.includes('@ 2026'))).toEqual(['STARTS_ON Event:United Nations Water Conference @ 2026 -> Date:2026']);
    expect(a.filter((x) => x.includes('@ 2028'))).toHaveLength(1);
  });

  it('guard: the Economic and Social Council\'s "2024 session" is still not dated by its year', () => {
    const text = 'Invites the Economic and Social Council to consider the matter at its 2024 session;';
    expect(oneParagraph({ ctx: GA, kind: 'operative' }).attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});
