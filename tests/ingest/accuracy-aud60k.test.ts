// Session-60 fixes aud60k: residual faults the session-59 gold sets left. Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });

describe('item 1: a launch day is the STARTS_ON of what was launched, also when the day comes first or a head noun follows the name', () => {
  const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/31', '2023-12-04'), kind: 'preambular' });
  const startsOn = (text: string, ctx?: RecognizeContext, kind: 'preambular' | 'operative' = 'preambular'): string[] =>
    attributions(text, kind, ctx).filter((a) => a.startsWith('STARTS_ON'));

  it('A/RES/78/31 PP11: "the launch on 24 September 2018 of Youth 2030: The United Nations Youth Strategy"', () => {
    expect(startsOn('Noting the launch on 24 September 2018 of Youth 2030: The United Nations Youth Strategy,')).toEqual([
      'STARTS_ON Framework:United Nations Youth Strategy -> Date:2018-09-24',
    ]);
  });

  it('A/RES/80/72 OP3 (79/81 OP2): "the launch on 27 September 2024, during the high-level week ... and upon the initiative of ..., of the Global Alliance ..."', () => {
    expect(
      startsOn(
        'Also welcomes the launch on 27 September 2024, during the high-level week of the General Assembly and upon the initiative of Saudi Arabia, Norway and the European Union, of the Global Alliance for the Implementation of the Two-State Solution and its first meeting, held in Riyadh on 30 and 31 October 2024;',
        ctxOf('A/RES/80/72', '2025-12-03'),
        'operative',
      ),
    ).toEqual([
      'STARTS_ON Initiative:Global Alliance for the Implementation of the Two-State Solution -> Date:2024-09-27',
      'STARTS_ON Event:first meeting of the Global Alliance for the Implementation of the Two-State Solution -> Date:2024-10-30',
    ]);
  });

  it('A/RES/79/110 PP15 (78/97, 80/101): "the official launch in April 2017 of the climate change strategy of Tokelau, entitled “Living with change: ...”"', () => {
    expect(
      startsOn(
        'Recalling the official launch in April 2017 of the climate change strategy of Tokelau, entitled “Living with change: an integrated national strategy for enhancing the resilience of Tokelau to climate change and related hazards, 2017–2030”, and the implementation plan for the first five years of the strategy, from 1 July 2017 to 30 June 2022, and recalling the launch of the Tokelau national greenhouse gas inventory report on 11 April 2019,',
        ctxOf('A/RES/79/110', '2024-12-12'),
      ),
    ).toEqual([
      'STARTS_ON Framework:Living with change: an integrated national strategy for enhancing the resilience of Tokelau to climate change and related hazards, 2017-2030 -> Date:2017-04',
    ]);
  });

  it('A/RES/78/129 PP15: "the Unite for Heritage campaign launched by the United Nations Educational, Scientific and Cultural Organization in March 2015"', () => {
    expect(
      startsOn(
        'Noting further the Unite for Heritage campaign launched by the United Nations Educational, Scientific and Cultural Organization in March 2015, which is aimed at celebrating and safeguarding cultural heritage and diversity around the world, and the Conference on Safeguarding Endangered Cultural Heritage, held in Abu Dhabi on 2 and 3 December 2016, and the declaration adopted at the Conference,',
        ctxOf('A/RES/78/129', '2023-12-11'),
      ).filter((a) => !a.startsWith('STARTS_ON Event:')),
    ).toEqual(['STARTS_ON Initiative:Unite for Heritage -> Date:2015-03']);
  });

  it('guard: A/RES/79/222 OP14 "the launch in 2016 of the Global Infrastructure Forum": a forum, a series of sittings, is not dated by its launch', () => {
    expect(
      startsOn(
        'Recalls the launch in 2016 of the Global Infrastructure Forum, led by the multilateral development banks, also recalls the forums held in Bali, Indonesia, on 13 October 2018, and in London, from 6 to 8 October 2020, and looks forward to relevant cooperation to advance the linkages among infrastructure development, inclusive and sustainable industrialization and innovation;',
        ctxOf('A/RES/79/222', '2024-12-19'),
        'operative',
      ).filter((a) => a.includes('Date:2016')),
    ).toEqual([]);
  });
});

describe('item 2: "the adoption by the Security Council of resolutions A, B and C": the Council ADOPTED every listed resolution', () => {
  const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/69', '2023-12-05'), kind: 'operative' });
  const adopted = (text: string): string[] => attributions(text).filter((a) => a.startsWith('ADOPTED '));

  it('A/RES/78/69 OP143 (79/144, 80/110): "notes the adoption by the Security Council of resolutions 2018 (2011) of 31 October 2011, 2039 (2012) of 29 February 2012 and 2634 (2022) of 31 May 2022"', () => {
    expect(
      adopted(
        'Remains concerned about piracy and armed robbery at sea in the Gulf of Guinea, with crew members kidnapped, but welcomes the decline in incidents of piracy and armed robbery at sea in that region, notes the adoption by the Security Council of resolutions 2018 (2011) of 31 October 2011, 2039 (2012) of 29 February 2012 and 2634 (2022) of 31 May 2022 and the statement by the President of the Council of 25 April 2016, supports the efforts to address this problem at the global and regional levels,',
      ),
    ).toEqual([
      'ADOPTED Organization:Security Council -> Resolution:S/RES/2018(2011)',
      'ADOPTED Organization:Security Council -> Resolution:S/RES/2039(2012)',
      'ADOPTED Organization:Security Council -> Resolution:S/RES/2634(2022)',
    ]);
  });

  it('guard: A/RES/78/147 PP9 "the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-ninth session, of resolution 79/8 of 19 May 2023 on ..., and of General Assembly resolution ...": another organ\'s number is not adopted by the Commission', () => {
    expect(
      adopted(
        'Noting with appreciation the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-ninth session, of resolution 79/8 of 19 May 2023 on the Asia-Pacific Plan of Action on Space Applications for Sustainable Development, and recalling General Assembly resolution 77/167 of 14 December 2022,',
      ).filter((a) => a.includes('General Assembly') || a.includes('77/167')),
    ).toEqual([]);
  });
});

describe('item 3: a sitting\'s outcome named by the sitting: the Nelson Mandela Peace Summit\'s "its political declaration", a titled conference\'s "outcome document"', () => {
  const { extract } = oneParagraph({ ctx: ctxOf('A/RES/78/277', '2023-12-04'), kind: 'preambular' });
  const facts = (text: string): string[] => {
    const x = extract(text);
    return [...x.relations.map((r) => `${r.type} ${r.target}`), ...x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)];
  };

  it('A/RES/78/277 PP30 (79/321): "the Nelson Mandela Peace Summit, convened by the President of the Assembly on 24 September 2018, and the adoption of its political declaration": the Summit ADOPTED its declaration', () => {
    const f = facts(
      'Recalling the high-level plenary meeting of the General Assembly, known as the Nelson Mandela Peace Summit, convened by the President of the Assembly on 24 September 2018, and the adoption of its political declaration,',
    );
    expect(f).toContain('RECALLS Framework:Political declaration adopted at the Nelson Mandela Peace Summit');
    expect(f.filter((a) => a.startsWith('ADOPTED '))).toEqual(['ADOPTED Event:Nelson Mandela Peace Summit @ 2018 -> Framework:Political declaration adopted at the Nelson Mandela Peace Summit']);
  });

  it('A/RES/78/277 PP28 (79/321): "the outcome document of the international conference entitled “Dialogue is a Guarantee of Peace”, held in Ashgabat on 11 December 2022": the conference ADOPTED its outcome', () => {
    const f = facts(
      'Taking note of the outcome document of the international conference entitled “Dialogue is a Guarantee of Peace”, held in Ashgabat on 11 December 2022, and the Declaration of the Seventh Congress of the Leaders of World and Traditional Religions, held in Astana on 14 and 15 September 2022,',
    );
    expect(f).toContain('NOTES Framework:Outcome document of Dialogue is a Guarantee of Peace');
    expect(f).toContain('ADOPTED Event:Dialogue is a Guarantee of Peace @ 2022 -> Framework:Outcome document of Dialogue is a Guarantee of Peace');
    expect(f).toContain('HELD_IN Event:Dialogue is a Guarantee of Peace @ 2022 -> Place:Ashgabat');
  });

  it('A/RES/79/227 PP15 (80/157 PP14): "the high-level meeting on antimicrobial resistance, held in New York on 26 September 2024, and the adoption of its political declaration": the meeting\'s declaration, as ", and its political declaration" reads', () => {
    const f = facts(
      'Recalling the high-level meeting on antimicrobial resistance, held in New York on 26 September 2024, and the adoption of its political declaration,',
    );
    expect(f).toContain('RECALLS Framework:Political declaration of the high-level meeting on antimicrobial resistance (2024)');
    expect(f).toContain('ADOPTED Event:high-level meeting on antimicrobial resistance @ 2024 -> Framework:Political declaration of the high-level meeting on antimicrobial resistance (2024)');
  });

  it('guard: A/RES/78/182 "the political declaration of the high-level meeting on universal health coverage entitled “...”": a declaration named by its meeting stays keyed by the meeting', () => {
    const f = facts(
      'Recalling the political declaration of the high-level meeting on universal health coverage entitled “Universal health coverage: expanding our ambition for health and well-being in a post-COVID world”, held on 21 September 2023,',
    );
    expect(f.filter((a) => a.includes('Outcome document'))).toEqual([]);
  });
});

describe('item 4: the Climate Technology Centre and Network is an Organization; a State that intends to host a standing body HOSTS it', () => {
  const { extract } = oneParagraph({ ctx: ctxOf('A/RES/78/147', '2023-12-19'), kind: 'preambular' });
  const facts = (text: string): string[] => {
    const x = extract(text);
    return [...x.relations.map((r) => `${r.type} ${r.target}`), ...x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)];
  };

  it('A/RES/78/147 PP8: "the intention of Turkmenistan to host the Regional Centre for Climate Change Mitigating Technologies, in cooperation with the Climate Technology Centre and Network"', () => {
    const f = facts(
      'Noting the intention of Turkmenistan to host the Regional Centre for Climate Change Mitigating Technologies, in cooperation with the Climate Technology Centre and Network,',
    );
    expect(f).toContain('NOTES Organization:Climate Technology Centre and Network');
    expect(f.filter((a) => a.startsWith('HOSTS '))).toEqual(['HOSTS Place:Turkmenistan -> Organization:Regional Centre for Climate Change Mitigating Technologies']);
  });

  it('guard: A/RES/80/130 OP7 "the agreement of the Lebanon Recovery Fund to host the Eastern Mediterranean oil spill restoration trust fund": the Fund\'s agreement reads as before', () => {
    const f = facts(
      'Welcomes the agreement of the Lebanon Recovery Fund to host the Eastern Mediterranean oil spill restoration trust fund, and calls upon States to contribute to the trust fund;',
    );
    expect(f.filter((a) => a.startsWith('HOSTS ') && a.includes('Place:'))).toEqual([]);
  });
});
