// Misses found by the session-22 audit aud22b: A/RES/80/221 (human rights of Rohingya Muslims and other minorities in
// Myanmar), A/RES/78/147 (Central Asia facing environmental challenges), and the same forms in other texts. Each case quotes
// the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/221', date: '2025-12-18' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe("the ASEAN Chair's Special Envoy on Myanmar is not the Secretary-General's", () => {
  it('A/RES/80/221 PP40: "Acknowledging the work of the Special Envoy of the ASEAN Chair on Myanmar"', () => {
    const text =
      'Acknowledging the work of the Special Envoy of the ASEAN Chair on Myanmar in establishing inclusive engagements with all relevant stakeholders in Myanmar towards establishing a national inclusive dialogue, through a building-blocks dialogue approach,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Special Envoy of the ASEAN Chair on Myanmar']);
    expect(relations(text)).toEqual(['ACKNOWLEDGES Organization:Special Envoy of the ASEAN Chair on Myanmar']);
  });

  it('A/RES/80/221 PP84: both envoys named side by side are two nodes', () => {
    const text =
      'Emphasizing the importance of supporting women’s leadership, and thus welcoming the joint efforts of the Special Envoy of the Secretary-General on Myanmar and the Special Envoy of the ASEAN Chair on Myanmar to facilitate a visit of Myanmar women to Jakarta to meet with interlocutors from ASEAN and share their experiences,';
    const rel = relations(text);
    expect(rel).toContain('WELCOMES Organization:Special Envoy of the Secretary-General on Myanmar');
    expect(rel).toContain('WELCOMES Organization:Special Envoy of the ASEAN Chair on Myanmar');
  });

  it('A/RES/80/221 PP45 and A/RES/78/219 OP16: "the Special Envoy of the ASEAN Chair", "the Special Envoy of the Chair of the Association"', () => {
    const pp45 =
      'Underlining the importance of close coordination between the Special Envoy of the Secretary-General on Myanmar with all relevant United Nations entities as well as other respective envoys, in particular the Special Envoy of the ASEAN Chair, the informal consultation consisting of the current, previous and incoming Chairs of ASEAN,';
    expect(keys(pp45, 'Organization:Special Envoy')).toEqual(['Organization:Special Envoy of the Secretary-General on Myanmar', 'Organization:Special Envoy of the ASEAN Chair on Myanmar']);
    const op16 = 'Calls upon all stakeholders in Myanmar to cooperate with the Association and the Special Envoy of the Chair of the Association;';
    expect(relations(op16, 'operative')).toContain('CALLS_UPON Organization:Special Envoy of the ASEAN Chair on Myanmar');
  });

  it("guard: the bare post after the Secretary-General's envoy is still his (A/RES/80/221 OP44)", () => {
    const text = 'Requests that the Special Envoy of the Secretary-General on Myanmar participate, and invites the Special Envoy to brief Member States;';
    expect(keys(text, 'Organization:Special Envoy')).toEqual(['Organization:Special Envoy of the Secretary-General on Myanmar', 'Organization:Special Envoy of the Secretary-General on Myanmar']);
  });
});

describe("ASEAN's five-point consensus is a framework", () => {
  it('A/RES/80/221 PP42: "the implementation of the ASEAN five-point consensus"', () => {
    const text = 'Expressing deep concern over the lack of progress by the Myanmar military in the implementation of the ASEAN five-point consensus,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Five-Point Consensus']);
    expect(relations(text)).toEqual(['EXPRESSES Framework:Five-Point Consensus']);
  });

  it('A/RES/80/221 OP24 (t), 79/182, 78/219: "the five-point consensus reached at the Leaders’ Meeting"', () => {
    const text =
      'Reiterates the urgent call upon Myanmar to urgently implement the five-point consensus reached at the Leaders’ Meeting of the Association of Southeast Asian Nations (ASEAN) held on 24 April 2021;';
    expect(relations(text, 'operative')).toContain('REITERATES Framework:Five-Point Consensus');
  });

  it('guard: another consensus is not it ("the Monterrey Consensus")', () => {
    const text = 'Recalling the Monterrey Consensus of the International Conference on Financing for Development and a broad consensus reached on five points,';
    expect(keys(text, 'Framework:Five')).toEqual([]);
  });
});

describe('a purpose after "held on <date>" is not the venue', () => {
  const { attributions } = oneParagraph({ ctx: GA, kind: 'operative' });
  it('A/RES/80/221 OP24 (t) (79/182 OP19, 78/219 OP16): "held on 24 April 2021 to facilitate a peaceful solution in the interests of the people of Myanmar ..., and to that end calls upon all stakeholders in Myanmar"', () => {
    const text =
      'Reiterates the urgent call upon Myanmar to urgently implement the five-point consensus reached at the Leaders’ Meeting of the Association of Southeast Asian Nations (ASEAN) held on 24 April 2021 to facilitate a peaceful solution in the interests of the people of Myanmar and their livelihoods, and to that end calls upon all stakeholders in Myanmar to cooperate with the Association and the Special Envoy of the ASEAN Chair, and expresses its support for these efforts;';
    const att = attributions(text);
    expect(att.filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
    expect(att.some((a) => a.startsWith('STARTS_ON Event:Leaders'))).toBe(true);
  });

  it('guard: the venue printed after the date is still read ("held on 24 April 2021 in Jakarta")', () => {
    const text = 'Welcomes the Leaders’ Meeting of the Association of Southeast Asian Nations (ASEAN) held on 24 April 2021 in Jakarta to facilitate a peaceful solution;';
    expect(attributions(text).filter((a) => a.startsWith('HELD_IN'))).toEqual(["HELD_IN Event:Leaders' Meeting of the Association of Southeast Asian Nations @ 2021 -> Place:Jakarta"]);
  });

  it('guard: another venue verb after the purpose ("convened ... to review progress, and held in Geneva")', () => {
    const text = 'Welcomes the World Conference on Disaster Reduction, convened by the Government of Japan to review the progress made in the implementation of the framework, held in Sendai, Japan, from 14 to 18 March 2015;';
    expect(attributions(text).filter((a) => a.startsWith('HELD_IN'))).toContain('HELD_IN Event:World Conference on Disaster Reduction @ 2015 -> Place:Sendai');
  });
});

describe('"<sitting> in <city> in <year>" dates the sitting, with or without a comma before the year', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/147', date: '2023-12-19' };
  const { keys, attributions } = oneParagraph({ ctx: GA78, kind: 'operative' });
  it('A/RES/78/147 OP4: "to convene an International Climate Forum in Samarkand in 2024"', () => {
    const text =
      'Welcomes the initiative of Uzbekistan to convene an International Climate Forum in Samarkand in 2024, dedicated to seeking coordinated approaches and solutions to environmental challenges in the Central Asian region;';
    expect(keys(text, 'Event:')).toEqual(['Event:International Climate Forum @ 2024']);
    expect(attributions(text)).toContain('STARTS_ON Event:International Climate Forum @ 2024 -> Date:2024');
    expect(attributions(text)).toContain('HELD_IN Event:International Climate Forum @ 2024 -> Place:Samarkand');
  });

  it('A/RES/78/174 PP27 (79/146, 80/178 PP35): "since the convening of the World Summit for Social Development in Copenhagen in 1995"', () => {
    const text = 'Recognizing also that, since the convening of the World Summit for Social Development in Copenhagen in 1995, advances have been made,';
    expect(attributions(text, 'preambular')).toContain('STARTS_ON Event:World Summit for Social Development @ 1995 -> Date:1995');
  });

  it('guard: a year after a lowercase topic is not the venue-and-year form ("the Forum on the situation in Africa in 2024")', () => {
    const text = 'Welcomes the International Climate Forum, which discussed the situation of glaciers in 2024;';
    expect(keys(text, 'Event:')).toEqual(['Event:International Climate Forum']);
  });
});

describe('the Five Years of Action for the Development of Mountain Regions is a proclaimed period', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/147', date: '2023-12-19' };
  const { keys, relations, attributions } = oneParagraph({ ctx: GA78, kind: 'preambular' });
  it('A/RES/78/147 PP5: "while reaffirming the importance of the Five Years of Action for the Development of Mountain Regions proclaimed for the period 2023–2027"', () => {
    const text =
      'Recognizing further that mountain glaciers around the world are retreating and getting thinner, while reaffirming the importance of the Five Years of Action for the Development of Mountain Regions proclaimed for the period 2023–2027 to give new impetus to the international community’s efforts to address the challenges and problems of mountain countries,';
    expect(keys(text, 'Event:')).toEqual(['Event:Five Years of Action for the Development of Mountain Regions']);
    expect(relations(text)).toContain('REAFFIRMS Event:Five Years of Action for the Development of Mountain Regions');
  });

  it('A/RES/80/144 PP17: "in which it proclaimed the period 2023–2027 as Five Years of Action for the Development of Mountain Regions"', () => {
    const text = 'Recalling its resolution 77/172 of 14 December 2022 on sustainable mountain development, in which it proclaimed the period 2023–2027 as Five Years of Action for the Development of Mountain Regions,';
    const att = attributions(text);
    expect(att).toContain('STARTS_ON Event:Five Years of Action for the Development of Mountain Regions -> Date:2023');
    expect(att).toContain('ENDS_ON Event:Five Years of Action for the Development of Mountain Regions -> Date:2027');
  });

  it('guard: the words in lower case are no such event', () => {
    expect(keys('Noting five years of action for the development of mountain regions by the Partnership,', 'Event:')).toEqual([]);
  });
});

describe('"the Government of <country> with the <body>" is two names', () => {
  it('A/RES/80/221 PP30 (79/182 PP20, 78/219 PP18): "the cooperation extended by the Government of Bangladesh with the Independent Mechanism for Myanmar"', () => {
    const text =
      'Welcoming further the cooperation extended by the Government of Bangladesh with the Independent Mechanism for Myanmar, and underlining in this regard the call by the Mechanism to other Member States,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Independent Mechanism for Myanmar', 'Organization:Independent Mechanism for Myanmar']);
    expect(keys(text, 'Place:')).toEqual(['Place:Bangladesh']);
    expect(relations(text)).toContain('WELCOMES Organization:Independent Mechanism for Myanmar');
  });

  it('guard: a name with "with the" in it stays whole ("the Committee on Relations with the Host Country")', () => {
    const text = 'Welcoming the work of the Government of Bangladesh and the Committee on Relations with the Host Country,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Committee on Relations with the Host Country']);
  });
});

describe('the Aral Sea funds and programmes printed in lower case are initiatives', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/147', date: '2023-12-19' };
  const { keys, relations } = oneParagraph({ ctx: GA78, kind: 'operative' });
  it('A/RES/78/147 OP7: "Encourages the multi-partner human security trust fund for the Aral Sea region to prioritize projects"', () => {
    const text = 'Encourages the multi-partner human security trust fund for the Aral Sea region to prioritize projects and initiatives that are aimed at enhancing the climate resilience of communities in the Aral Sea basin;';
    expect(relations(text)).toEqual(['ENCOURAGES Initiative:United Nations Multi-Partner Human Security Trust Fund for the Aral Sea Region']);
  });

  it('A/RES/78/147 PP9: "the establishment of the United Nations special programme for the Aral Sea basin"', () => {
    const text =
      'Noting also the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-ninth session, of resolution 79/8 of 19 May 2023 on the modalities for the establishment of the United Nations special programme for the Aral Sea basin,';
    expect(keys(text, 'Initiative:', 'preambular')).toEqual(['Initiative:United Nations Special Programme for the Aral Sea Basin']);
  });

  it('guard: the region alone is a place ("in the Aral Sea basin and Aral Sea region")', () => {
    const text = 'Calls for increased financial resources to support climate-resilient development projects in the Aral Sea basin and Aral Sea region;';
    expect(keys(text, 'Initiative:')).toEqual([]);
    expect(keys(text, 'Place:')).toContain('Place:Aral Sea');
  });
});

describe('"Goal <n>" printed alone is the Sustainable Development Goals', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/149', date: '2023-12-19' };
  const { keys, relations } = oneParagraph({ ctx: GA78, kind: 'operative' });
  it('A/RES/78/149 OP3: "the Secretary-General’s proposed road map for accelerated action on Goal 7"', () => {
    const text = 'Also takes note of the Secretary-General’s proposed road map for accelerated action on Goal 7, as described in the report of the Secretary-General;';
    expect(relations(text)).toContain('NOTES Framework:Sustainable Development Goals');
  });

  it('A/RES/78/198 OP32 (79/171, 80/210): "and to achieve the aims of Goal 2 of the 2030 Agenda for Sustainable Development"', () => {
    const text = 'Invites all States to realize the right to food and to achieve the aims of Goal 2 of the 2030 Agenda for Sustainable Development;';
    expect(relations(text)).toContain('INVITES Framework:Sustainable Development Goals');
  });

  it('guard: "Millennium Development Goal 1" stays the MDGs, and "Sustainable Development Goal 14" one mention of the SDGs', () => {
    expect(keys('Recalls Millennium Development Goal 1;', 'Framework:')).toEqual(['Framework:Millennium Development Goals']);
    expect(keys('Recalls Sustainable Development Goal 14;', 'Framework:')).toEqual(['Framework:Sustainable Development Goals']);
  });
});
