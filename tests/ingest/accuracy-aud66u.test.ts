// Session-66 audit aud66u: A/RES/78/280 (Global health and foreign policy: addressing global health challenges in the foreign policy
// space). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = {
  body: 'General Assembly',
  symbol: 'A/RES/78/280',
  date: '2024-05-02',
  title: 'Global health and foreign policy: addressing global health challenges in the foreign policy space',
};
const { attributions } = oneParagraph({ ctx, kind: 'operative' });

const HLM_PPR = 'Event:high-level meeting of the General Assembly on pandemic prevention, preparedness and response @ 2023';
const HLM_UHC = 'Event:high-level meeting of the General Assembly on universal health coverage @ 2023';
const HLM_TB = 'Event:high-level meeting of the General Assembly on the fight against tuberculosis @ 2023';
const PGA = 'Organization:President of the General Assembly';
const DIALOGUE = 'Event:high-level interactive dialogue on the social, economic and environmental determinants of health';

describe('the year printed before listed high-level meetings dates each of them', () => {
  const note = '17 Resolution 78/3, annex, resolution 78/4, annex, and resolution 78/5, annex.';
  const PP46 =
    `Welcoming the organization and recalling the political declarations of the 2023 high-level meetings of the General Assembly on pandemic prevention, preparedness and response, on universal health coverage and on the fight against tuberculosis,17 which highlighted the importance of cooperation, equity and solidarity,`;

  it('A/RES/78/280 PP46: "the political declarations of the 2023 high-level meetings of the General Assembly on A, on B and on C"', () => {
    const atts = footnotedAttributions('PP46', PP46, '17', 'tuberculosis,17', note, ctx);
    for (const meeting of [HLM_PPR, HLM_UHC, HLM_TB]) {
      expect(atts).toContain(`STARTS_ON ${meeting} -> Date:2023`);
      expect(atts).toContain(`SESSION_OF ${meeting} -> Organization:General Assembly`);
    }
  });

  it('guard: A/RES/79/263 OP15 "... on the fight against tuberculosis, as reflected in its resolutions 78/3, 78/4 and 78/5 of 5 October 2023": no year before the meetings, no STARTS_ON', () => {
    const atts = attributions(
      'Urges Member States to implement the political declarations of the high-level meetings on pandemic prevention, preparedness and response, on universal health coverage and on the fight against tuberculosis, as reflected in its resolutions 78/3, 78/4 and 78/5 of 5 October 2023;',
    );
    expect(atts.filter((a) => a.startsWith('STARTS_ON '))).toEqual([]);
  });
});

describe('a body asked to convene a sitting organizes it, past two asides in commas', () => {
  it('A/RES/78/280 OP32: "Requests the President of the General Assembly to convene, in 2025, within existing resources, a one-day ..."', () => {
    const atts = attributions(
      'Requests the President of the General Assembly to convene, in 2025, within existing resources, a one-day high-level interactive dialogue on the social, economic and environmental determinants of health and to draft and circulate a summary of the meeting;',
    );
    expect(atts).toContain(`ORGANIZES ${PGA} -> ${DIALOGUE}`);
    expect(atts).toContain(`STARTS_ON ${DIALOGUE} -> Date:2025`);
  });

  it('guard: one aside, as before (A/RES/78/189 OP: "to convene, within existing resources, a high-level event")', () => {
    const atts = attributions(
      'Requests the President of the General Assembly to convene, within existing resources, a one-day high-level interactive dialogue on the social, economic and environmental determinants of health;',
    );
    expect(atts).toContain(`ORGANIZES ${PGA} -> ${DIALOGUE}`);
  });

  it('guard: a body asked to support the convening by another is not the convener (asides do not reach past a clause)', () => {
    const atts = attributions(
      'Requests the Secretary-General to provide the support necessary to convene, in 2025, within existing resources, a one-day high-level interactive dialogue on the social, economic and environmental determinants of health;',
    );
    expect(atts.filter((a) => a.startsWith('ORGANIZES '))).toEqual([]);
  });
});

describe('a framework "resulting from" a sitting is its outcome: the sitting ADOPTED it', () => {
  const { attributions: ppAttributions } = oneParagraph({ ctx, kind: 'preambular' });
  const pp24 = () => footnotedAttributions('PP24', PP24, '13', '2015–2030 13', '13 Resolution 77/289, annex.', ctx);
  const BALI = 'Framework:Bali Agenda for Resilience';
  const SEVENTH_GP = 'Event:seventh session of the Global Platform for Disaster Risk Reduction';
  const PP24 =
    'Recalling the political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Reduction 2015–2030 13 and the Bali Agenda for Resilience resulting from the seventh session of the Global Platform for Disaster Risk Reduction, which highlighted the importance of strengthening of community engagement,';

  it('A/RES/78/280 PP24: "the Bali Agenda for Resilience resulting from the seventh session of the Global Platform ..."', () => {
    expect(pp24()).toContain(`ADOPTED ${SEVENTH_GP} -> ${BALI}`);
  });

  it('guard: the same PP24: the declaration listed before, named by its own meeting, is not the session\'s outcome', () => {
    const adopted = pp24().filter((a) => a.startsWith(`ADOPTED ${SEVENTH_GP} -> `));
    expect(adopted).toEqual([`ADOPTED ${SEVENTH_GP} -> ${BALI}`]);
  });

  it('guard: "resulting from" a thing that is no sitting adopts nothing ("the Bali Agenda for Resilience resulting from the 2030 Agenda")', () => {
    const atts = ppAttributions('Recalling the Bali Agenda for Resilience resulting from the 2030 Agenda for Sustainable Development,');
    expect(atts.filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });
});
