// Session-56 audit aud56e: A/RES/80/151 (follow-up to the Third United Nations Conference on Landlocked Developing Countries),
// annotated in tests/gold/aud56e-A_RES_80_151.gold.tsv. Each case quotes the file and paragraph it comes from; each fix has a
// guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const GA80_151: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/151', date: '2025-12-15' };
const { attributions } = oneParagraph({ ctx: GA80_151, kind: 'preambular' });

describe('a body’s possessive right before a programme’s name: the body LEADS it', () => {
  const EW4ALL = 'Initiative:Early Warnings for All';
  const SG = 'Organization:Secretary-General of the United Nations';

  it('A/RES/80/151 OP55: "the priority countries of the Secretary-General’s Early Warnings for All initiative"', () => {
    const text =
      'Expresses its deep concern that coverage of and accessibility to multi‑hazard early warning systems, in particular for people in vulnerable situations, remains inadequate, emphasizes the need to urgently extend the reach of multi-hazard early warning systems in landlocked developing countries, in particular by strengthening the means of implementation, and recommits to the strengthening of early warning systems to help landlocked developing countries’ preparedness for disasters, many of which are exacerbated by climate change, and ensuring that landlocked developing countries are not left behind among the priority countries of the Secretary-General’s Early Warnings for All initiative;';
    expect(attributions(text, 'operative')).toContain(`LEADS ${SG} -> ${EW4ALL}`);
  });

  it('guard: a possessive before an organ (not a programme) stays PART_OF, no LEADS ("the Secretary-General’s High-level Advisory Board")', () => {
    const text = 'Takes note of the work of the Secretary-General’s High-level Advisory Board on Effective Multilateralism;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: a possessive followed by other words before the initiative leads nothing', () => {
    const text = 'Noting the Secretary-General’s efforts and the Early Warnings for All initiative,';
    expect(attributions(text).filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});

describe('"A and the meetings of the B, in <town> from <days>": both sittings were held there and then', () => {
  const COP17 = 'Event:seventeenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
  const PROTOCOLS = 'Event:Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention on Biological Diversity @ 2026';

  it('A/RES/80/151 PP17: the seventeenth meeting of the COP to the CBD with the meetings of the COP-MOPs, in Yerevan from 19 to 30 October 2026', () => {
    const text =
      'Welcoming the convening of the sixteenth session of the United Nations Conference on Trade and Development, in Geneva, from 20 to 23 October 2025, the seventeenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa in Ulaanbaatar from 17 to 28 August 2026, the seventeenth meeting of the Conference of the Parties to the Convention on Biological Diversity and the meetings of the Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention, in Yerevan from 19 to 30 October 2026, the 2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6: Ensure availability and sustainable management of water and sanitation for all, to be co-hosted by Senegal and the United Arab Emirates and to be held in the United Arab Emirates from 2 to 4 December 2026,';
    const att = attributions(text);
    expect(att).toContain(`HELD_IN ${COP17} -> Place:Yerevan`);
    expect(att).toContain(`STARTS_ON ${COP17} -> Date:2026-10-19`);
    expect(att).toContain(`ENDS_ON ${COP17} -> Date:2026-10-30`);
    // (the body's sittings keep theirs)
    expect(att).toContain(`HELD_IN ${PROTOCOLS} -> Place:Yerevan`);
    expect(att).toContain(`STARTS_ON ${PROTOCOLS} -> Date:2026-10-19`);
    // (the sitting listed before, with its own venue and days, is not given these)
    const unccd = att.filter((a) => a.includes('seventeenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification'));
    expect(unccd.filter((a) => a.includes('Yerevan') || a.includes('2026-10-'))).toEqual([]);
  });

  it('guard: "A and the B, in <town> from <days>" with no "meetings of": the venue is the last one’s alone', () => {
    const text =
      'Welcoming the convening of the thirteenth session of the World Urban Forum and the Second World Summit for Social Development, in Doha, from 4 to 6 November 2025,';
    const att = attributions(text);
    expect(att.filter((a) => a.includes('World Urban Forum') && (a.startsWith('HELD_IN') || a.startsWith('STARTS_ON')))).toEqual([]);
    expect(att).toContain('HELD_IN Event:Second World Summit for Social Development -> Place:Doha');
  });
});

describe('"<treaty> (<town>, <day>)": the day the treaty was adopted', () => {
  const NOTE_14 =
    '14 Including the Customs Convention on Containers (Geneva, 2 December 1972), the Customs Convention on the Temporary Importation of Commercial Road Vehicles (Geneva, 18 May 1956), the Customs Convention on the International Transport of Goods under Cover of TIR Carnets (Geneva, 14 November 1975), the International Convention on the Harmonization of Frontier Controls of Goods (Geneva, 21 October 1982) and the World Trade Organization Agreement on Trade Facilitation (2013).';
  const OP28 =
    'Recommits to support landlocked developing countries and transit developing countries to assist them in the ratification and effective implementation of international conventions on trade and transport facilitation,14 the digitalization of trade and customs procedures and the implementation of the Agreement on Trade Facilitation, in particular the provisions of articles on the release and clearance of goods, border agency cooperation, formalities connected with importation, exportation and transit, freedom of transit and customs cooperation;';

  it('A/RES/80/151 OP28, note 14: each Geneva convention is ADOPTED_ON its day', () => {
    const att = footnotedAttributions('OP28', OP28, '14', 'facilitation,14', NOTE_14, GA80_151);
    expect(att).toContain('ADOPTED_ON Framework:Customs Convention on Containers -> Date:1972-12-02');
    expect(att).toContain('ADOPTED_ON Framework:Customs Convention on the Temporary Importation of Commercial Road Vehicles -> Date:1956-05-18');
    expect(att).toContain('ADOPTED_ON Framework:Customs Convention on the International Transport of Goods under Cover of TIR Carnets -> Date:1975-11-14');
    expect(att).toContain('ADOPTED_ON Framework:International Convention on the Harmonization of Frontier Controls of Goods -> Date:1982-10-21');
  });

  it('guard: a sitting in brackets after a convention ("(Geneva, 15 to 17 November 2023)", a span of days) dates no adoption', () => {
    const text = 'Recalling the Convention on Certain Conventional Weapons (Geneva, 15 to 17 November 2023),';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('guard: a bracketed town with more words before the day dates no adoption', () => {
    const text = 'Recalling the Convention on Containers (see the meeting held in Geneva on 2 December 2023),';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });
});
