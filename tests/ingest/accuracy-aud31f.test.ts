// Misses found by the session-31 audit aud31f (events without the dates the text prints): the convener printed between the
// participle and the year ("to be convened by the Government of France in 2024"), and the year printed between the verb of
// convening and the sitting ("to convene, in 2025, within existing resources, a one-day high-level interactive dialogue").
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/173', date: '2025-12-16' };
const { attributions } = oneParagraph({ ctx: GA, kind: 'operative' });
const starts = (text: string, kind?: 'preambular' | 'operative'): string[] => attributions(text, kind).filter((a) => a.startsWith('STARTS_ON') || a.startsWith('ENDS_ON'));

describe('the convener between the participle and the year: "to be convened by <body> in <year>"', () => {
  it('A/RES/80/173 OP126: "the high-level meeting to review the 2030 Agenda, which is to be convened by the General Assembly in 2030"', () => {
    const text =
      'We recall that the General Assembly determined, in its resolution 70/125, that the outcome of its 20-year review of the World Summit on the Information Society should be an input into the review process for the 2030 Agenda for Sustainable Development. We therefore resolve to submit the present resolution as an input to the high-level meeting to review the 2030 Agenda, which is to be convened by the General Assembly in 2030. We call upon the General Assembly to take into account the outcomes of the joint implementation road map.';
    expect(starts(text)).toContain('STARTS_ON Event:high-level meeting to review the 2030 Agenda for Sustainable Development -> Date:2030');
  });

  it('A/RES/78/168 OP19 (79/218 OP37 "in 2025"): "the Nutrition for Growth Summit, to be convened by the Government of France in 2024"', () => {
    const text = 'Welcomes the commitments made, and looks forward to the Nutrition for Growth Summit, to be convened by the Government of France in 2024;';
    const a = attributions(text);
    expect(a).toContain('STARTS_ON Event:Nutrition for Growth Summit @ 2024 -> Date:2024');
    expect(a).toContain('ORGANIZES Place:France -> Event:Nutrition for Growth Summit @ 2024');
  });

  it('A/RES/80/121 OP43: "..., to be held under the auspices of the United Nations Conference on Trade and Development in 2030"', () => {
    const text =
      'Decides to convene the Tenth United Nations Conference on Competition and Consumer Protection, to be held under the auspices of the United Nations Conference on Trade and Development in 2030;';
    expect(starts(text)).toEqual(['STARTS_ON Event:Tenth United Nations Conference on Competition and Consumer Protection -> Date:2030']);
  });

  it('A/RES/80/124 OP39: "the second Global Supply Chain Forum, which will be organized jointly by ... in 2026"', () => {
    const text =
      'Looks forward to the convening of the second Global Supply Chain Forum, which will be organized jointly by the United Nations Conference on Trade and Development and the Government of Saudi Arabia in 2026;';
    expect(starts(text)).toEqual(['STARTS_ON Event:Second Global Supply Chain Forum -> Date:2026']);
  });

  it('A/RES/78/202 OP27 (79/167, 80/209): "the first biennial panel discussion ... organized by the Human Rights Council in 2015"', () => {
    const text =
      'Takes note of the first biennial panel discussion on the issue of unilateral coercive measures and human rights organized by the Human Rights Council in 2015 to increase awareness of the negative impact that unilateral coercive measures have on the enjoyment of human rights;';
    expect(starts(text)).toEqual(['STARTS_ON Event:first biennial panel discussion on the issue of unilateral coercive measures and human rights -> Date:2015']);
  });

  it('guard: a target year after the convener ("to be convened by the General Assembly by 2030") does not date the meeting', () => {
    const text = 'Looks forward to the high-level meeting to review the 2030 Agenda, to be convened by the General Assembly by 2030;';
    expect(starts(text)).toEqual([]);
  });

  it('guard: the date of the resolution that decided it ("convened by the General Assembly in its resolution 70/1 of 25 September 2015") does not date the meeting', () => {
    const text = 'Looks forward to the high-level meeting to review the 2030 Agenda, to be convened by the General Assembly in its resolution 70/1 of 25 September 2015;';
    expect(starts(text)).toEqual([]);
  });
});

describe('the year between the verb of convening and the sitting: "to convene, in 2025, a ..."', () => {
  it('A/RES/78/280 OP32: "to convene, in 2025, within existing resources, a one-day high-level interactive dialogue"', () => {
    const text =
      'Requests the President of the General Assembly to convene, in 2025, within existing resources, a one-day high-level interactive dialogue on the social, economic and environmental determinants of health;';
    expect(starts(text)).toEqual(['STARTS_ON Event:high-level interactive dialogue on the social, economic and environmental determinants of health -> Date:2025']);
  });

  it('A/RES/80/173 OP125: "will convene, during its eighty-second session in 2027, a high-level meeting to review progress in ... the Global Digital Compact"', () => {
    const text =
      'We recall that the General Assembly will convene, during its eighty-second session in 2027, a high-level meeting to review progress in the implementation of the Global Digital Compact, on the basis of the progress report of the Secretary-General.';
    expect(starts(text)).toContain('STARTS_ON Event:high-level meeting to review progress in the implementation of the Global Digital Compact -> Date:2027');
  });

  it('A/RES/79/233 annex OP356: "is also invited to consider holding, in 2034, a Fourth United Nations Conference on Landlocked Developing Countries"', () => {
    const text =
      'The General Assembly, towards the end of the decade, is also invited to consider holding, in 2034, a Fourth United Nations Conference on Landlocked Developing Countries.';
    expect(starts(text)).toEqual(['STARTS_ON Event:Fourth United Nations Conference on Landlocked Developing Countries -> Date:2034']);
  });

  it('guard: a target year ("to convene, by 2030, a high-level meeting") does not date the meeting', () => {
    const text = 'Requests the President of the General Assembly to convene, by 2030, a one-day high-level interactive dialogue on the social, economic and environmental determinants of health;';
    expect(starts(text)).toEqual([]);
  });

  it('guard: a year printed before a sitting with no verb of convening ("adopted in 2024 a ...") does not date it', () => {
    const text =
      'Recalls that the Commission adopted in 2024 a decision on the high-level interactive dialogue on the social, economic and environmental determinants of health;';
    expect(starts(text)).toEqual([]);
  });
});

describe('how long a sitting sits, then its year: "for five days in 2027"; "would be held in <place> in <year>"', () => {
  it('A/RES/80/110 OP44 (79/144 OP53, 78/69): "to convene the thirty-seventh Meeting of States Parties for five days in 2027"', () => {
    const text =
      'Requests the Secretary-General to continue to provide services to the thirty-fifth Meeting of States Parties to the Convention, including documentation, to convene the thirty-sixth Meeting of States Parties from 15 to 19 June 2026, with full conference services, including documentation, as required, and to convene the thirty-seventh Meeting of States Parties for five days in 2027, with full conference services, including documentation, as required;';
    const a = starts(text);
    expect(a).toContain('STARTS_ON Event:Thirty-seventh Meeting of States Parties to the Convention -> Date:2027');
    expect(a).toContain('STARTS_ON Event:Thirty-sixth Meeting of States Parties to the Convention -> Date:2026-06-15');
  });

  it('A/RES/79/144 OP345 (78/69, 80/110): "the convening of a twenty-sixth meeting of the Informal Consultative Process for eight meetings in 2026"', () => {
    const text = 'Decides to support the convening of a twenty-sixth meeting of the Informal Consultative Process for eight meetings in 2026, in accordance with paragraph 2 of resolution 54/33;';
    expect(starts(text)).toEqual(['STARTS_ON Event:twenty-sixth meeting of the United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea -> Date:2026']);
  });

  it('A/RES/79/190 OP3: "in which the Conference decided that its eleventh session would be held in Qatar in 2025"', () => {
    const text =
      'Welcomes resolution 10/1 of the Conference of the States Parties to the United Nations Convention against Corruption, in which the Conference decided that its eleventh session would be held in Qatar in 2025;';
    expect(starts(text)).toContain('STARTS_ON Event:eleventh session of the Conference of the States Parties to the United Nations Convention against Corruption -> Date:2025');
  });

  it('guard: a period that is no sitting\'s length ("for a period of five years in 2027") does not date the meeting', () => {
    const text = 'Requests the Secretary-General to convene the thirty-seventh Meeting of States Parties for a period of five years in 2027;';
    expect(starts(text)).toEqual([]);
  });
});
