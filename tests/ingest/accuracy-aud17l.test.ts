// Misses found by the session-17 audit aud17l: A/RES/80/81 (Israeli settlements) and A/RES/79/112 (United States Virgin
// Islands), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/81', date: '2025-12-05' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('the Middle East Quartet and its road map', () => {
  it('A/RES/80/81 PP14: "the Quartet road map to a permanent two-State solution" is a framework the clause recalls', () => {
    const text =
      'Recalling further the Quartet road map to a permanent two-State solution to the Israeli-Palestinian conflict,14 and emphasizing specifically its call for a freeze on all settlement activity, including so-called natural growth, and the dismantlement of all settlement outposts erected since March 2001, and the need for Israel to uphold its obligations and commitments in this regard,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Quartet performance-based road map to a permanent two-State solution to the Israeli-Palestinian conflict']);
    expect(relations(text)).toContain('RECALLS Framework:Quartet performance-based road map to a permanent two-State solution to the Israeli-Palestinian conflict');
    // the road map's name holds the Quartet: one mention, the framework
    expect(keys(text, 'Organization:')).toEqual([]);
  });

  it('A/RES/79/229 PP21: "the Quartet performance-based road map" is the same framework', () => {
    const text =
      'Stressing the urgency of achieving without delay an end to the Israeli occupation that began in 1967 and a just, lasting and comprehensive peace settlement on all tracks, on the basis of Security Council resolutions 242 (1967), 338 (1973) of 22 October 1973, 425 (1978) of 19 March 1978, 1397 (2002) of 12 March 2002 and 2334 (2016), the principle of land for peace, the Arab Peace Initiative7 and the Quartet performance-based road map to a permanent two-State solution to the Israeli-Palestinian conflict, 8 as endorsed by the Council in its resolution 1515 (2003) of 19 November 2003 and supported by the Council in its resolution 1850 (2008) of 16 December 2008,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Quartet performance-based road map to a permanent two-State solution to the Israeli-Palestinian conflict']);
    expect(relations(text)).toContain('EMPHASIZES Framework:Quartet performance-based road map to a permanent two-State solution to the Israeli-Palestinian conflict');
  });

  it('A/RES/80/81 PP23: "the Quartet report", "the Quartet members" name the Quartet', () => {
    const text =
      'Taking note of the Quartet report of 1 July 2016, 15 and stressing its recommendations, as well as its relevant statements in which the Quartet members concluded that, inter alia, the continuing policy of settlement construction and expansion, designation of land for exclusive Israeli use and denial of Palestinian development, including the recent high rate of demolitions, are steadily eroding the two-State solution,';
    expect(relations(text)).toEqual(expect.arrayContaining(['NOTES Organization:Quartet', 'EMPHASIZES Organization:Quartet']));
  });

  it('A/RES/79/81 OP3: "the time frame specified by the Quartet in its statement of 21 September 2010"', () => {
    const text =
      'Stresses the need to urgently exert collective efforts to launch credible negotiations on all final status issues in the Middle East peace process based on the long-standing terms of reference and clear parameters and within the time frame specified by the Quartet in its statement of 21 September 2010, and calls once more for the intensification of efforts by the parties, including through meaningful negotiations, with the support of the international community, towards the conclusion of a final just, lasting and comprehensive peace settlement;';
    expect(relations(text, 'operative')).toContain('EMPHASIZES Organization:Quartet');
  });
});

describe('"the Jordan Valley" is the valley, not the country', () => {
  it('A/RES/80/81 PP20 (79/91, 78/78): "ongoing settlement activities in the Jordan Valley"', () => {
    const text =
      'Deploring in particular Israel’s construction and expansion of settlements in and around occupied East Jerusalem, including its so-called E-1 plan that aims to connect its illegal settlements around and further isolate occupied East Jerusalem, the continuing demolition of Palestinian homes and eviction of Palestinian families from the city, the revocation of Palestinian residency rights in the city, and ongoing settlement activities in the Jordan Valley, all of which further fragment and undermine the contiguity of the Occupied Palestinian Territory,';
    expect(keys(text, 'Place:')).toContain('Place:Jordan Valley');
    expect(keys(text, 'Place:')).not.toContain('Place:Jordan');
  });

  it('A/RES/80/81 PP22 (79/91, 78/78): the West Bank villages the settlements texts name are places', () => {
    const text =
      'Condemning the demolition by Israel, in contravention of international law, of Palestinian buildings in the neighbourhood of Wadi al-Hummus in the village of Sur Bahir, south of occupied East Jerusalem, and of homes in Masafer Yatta, as well as other coercive measures potentially leading to the forced displacement and affecting over 1,200 Palestinian civilians,';
    expect(keys(text, 'Place:')).toEqual(expect.arrayContaining(['Place:Wadi al-Hummus', 'Place:Sur Bahir', 'Place:Masafer Yatta']));
    // places get no verb edges
    expect(relations(text).filter((r) => r.includes('Place:'))).toEqual([]);
  });

  it('guard: Jordan alone is the country (A/RES/78/73 PP21: "hosted by Jordan and Sweden")', () => {
    const text =
      'Welcoming the joint efforts of host countries and donors to mobilize support for the Agency, including through extraordinary ministerial meetings, inter alia, the extraordinary ministerial conference held in Rome on 15 March 2018, the ministerial meeting convened at United Nations Headquarters in New York on 26 September 2019, the extraordinary virtual ministerial pledging conference convened on 23 June 2020 and the most recent ministerial meetings held on 22 September 2022 and 21 September 2023, hosted by Jordan and Sweden, aimed at urgently addressing the Agency’s funding shortfall and the need for predictable multi-year funding, expanding donor support for the Agency and reaffirming support for its mandate,';
    expect(keys(text, 'Place:')).toContain('Place:Jordan');
    expect(keys(text, 'Place:')).not.toContain('Place:Jordan Valley');
  });
});

describe('a framework "of <day>" is adopted on that day', () => {
  it('A/RES/80/81 PP13: "the Declaration of Principles on Interim Self-Government Arrangements of 13 September 1993"', () => {
    const text =
      'Recalling also the Declaration of Principles on Interim Self-Government Arrangements of 13 September 1993 13 and the subsequent implementation agreements between the Palestinian and Israeli sides,';
    expect(attributions(text)).toContain('ADOPTED_ON Framework:Declaration of Principles on Interim Self-Government Arrangements -> Date:1993-09-13');
  });

  // (aud41h: "the Hague Convention IV of 1907" is dated by its year too, the precision the text gives; it was left undated here)
  it('A/RES/80/81 PP7: "the applicability of ... the Geneva Convention relative to ..., of 12 August 1949"; "the Hague Convention IV of 1907" by its year', () => {
    const text =
      'Reaffirming the applicability of the Regulations annexed to the Hague Convention IV of 1907, the Geneva Convention relative to the Protection of Civilian Persons in Time of War, of 12 August 1949,5 and relevant provisions of customary law, including those codified in Additional Protocol I 6 to the four Geneva Conventions,7 to the Occupied Palestinian Territory, including East Jerusalem, and to other Arab territories occupied by Israel since 1967, including the occupied Syrian Golan,';
    const a = attributions(text);
    expect(a).toContain('ADOPTED_ON Framework:Geneva Convention relative to the Protection of Civilian Persons in Time of War -> Date:1949-08-12');
    expect(a.filter((x) => x.startsWith('ADOPTED_ON')).sort()).toEqual([
      'ADOPTED_ON Framework:Geneva Convention relative to the Protection of Civilian Persons in Time of War -> Date:1949-08-12',
      'ADOPTED_ON Framework:Hague Convention IV -> Date:1907',
    ]);
  });

  it('guard: a span of days is a meeting\'s (A/RES/78/330 PP15: "the Los Pinos Declaration of 27–28 February 2020")', () => {
    const text =
      'Recalling also its resolution 74/135 of 18 December 2019 proclaiming 2022–2032 as the International Decade of Indigenous Languages (IDIL) as mentioned in the Los Pinos Declaration of 27–28 February 2020 in Mexico City, to draw attention to the critical loss of indigenous languages and the urgent need for their preservation, revitalization and promotion,';
    expect(keys(text, 'Framework:')).toContain('Framework:Los Pinos Declaration');
    expect(attributions(text).filter((x) => x.startsWith('ADOPTED_ON Framework'))).toEqual([]);
  });
});
