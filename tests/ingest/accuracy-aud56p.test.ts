// Session-56 audit aud56p: faults found annotating A/RES/80/124 (Commodities). Each case quotes the file and paragraph it comes
// from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/80/124', '2025-12-15'), kind: 'preambular' });

const AWAZA = 'Framework:Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024-2034';
const LLDC3 = 'Event:Third United Nations Conference on Landlocked Developing Countries';

describe('item 1: "<framework>, adopted by <body> in <month> and endorsed at the <sitting>": the sitting ENDORSES the framework', () => {
  it('A/RES/80/124 PP9: "the Awaza Programme of Action ..., adopted by the General Assembly in December 2024 and endorsed at the Third United Nations Conference on Landlocked Developing Countries"', () => {
    const att = attributions(
      'Noting the ongoing efforts to implement the Doha Programme of Action for the Least Developed Countries for the decade 2022–2031, adopted in March 2022 at the first part of the Fifth United Nations Conference on the Least Developed Countries, the Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity, adopted in May 2024 at the fourth International Conference on Small Island Developing States, and the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034, adopted by the General Assembly in December 2024 and endorsed at the Third United Nations Conference on Landlocked Developing Countries, and recognizing the special challenges facing middle-income countries,',
    );
    expect(att).toContain(`ENDORSES ${LLDC3} -> ${AWAZA}`);
    expect(att.filter((a) => a.startsWith(`ADOPTED ${LLDC3}`))).toEqual([]);
    // (the month is still the Programme's adoption's)
    expect(att).toContain(`ADOPTED_ON ${AWAZA} -> Date:2024-12`);
  });

  it('guard: A/RES/80/151 PP1 "the Awaza Programme of Action ..., adopted by the General Assembly in its resolution 79/233 of 24 December 2024": no sitting endorsed it', () => {
    const att = attributions(
      'Welcoming the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034, adopted by the General Assembly in its resolution 79/233 of 24 December 2024,',
      'preambular',
      ctxOf('A/RES/80/151', '2025-12-15'),
    );
    expect(att.filter((a) => a.startsWith('ENDORSES Event:'))).toEqual([]);
  });

  it('guard: A/RES/80/124 PP10 form "the Sendai Framework ..., adopted at the Third United Nations World Conference ... and endorsed by the General Assembly": the Assembly is no sitting', () => {
    const att = attributions(
      'Recalling the Sendai Framework for Disaster Risk Reduction 2015–2030, adopted at the Third United Nations World Conference on Disaster Risk Reduction and endorsed by the General Assembly,',
    );
    expect(att).toContain('ADOPTED Event:Third United Nations World Conference on Disaster Risk Reduction -> Framework:Sendai Framework for Disaster Risk Reduction 2015-2030');
    expect(att.filter((a) => a.startsWith('ENDORSES Event:'))).toEqual([]);
  });
});

describe('item 2: "the Uruguay Round" is the WTO\'s round, read as its Doha round is (a Framework), not the country', () => {
  const { relations, keys } = oneParagraph({ ctx: ctxOf('A/RES/80/124', '2025-12-15'), kind: 'operative' });
  const OP29 =
    'Recalls the agreement to keep under regular review, by the Ministerial Conference and appropriate bodies of the World Trade Organization, the impact of the results of the Uruguay Round on the least developed countries as well as on the net food-importing developing countries, with a view to fostering positive measures to enable them to achieve their development objectives, and in this regard looks forward to the implementation of the Marrakesh Ministerial Decision on Measures Concerning the Possible Negative Effects of the Reform Programme on Least Developed and Net Food-Importing Developing Countries;';

  it('A/RES/80/124 OP29 (78/138): "the impact of the results of the Uruguay Round on the least developed countries"', () => {
    expect(relations(OP29)).toContain('RECALLS Framework:Uruguay Round');
    expect(keys(OP29, 'Place:')).toEqual([]);
  });

  it('guard: "the contribution of Uruguay": the country stays a Place', () => {
    expect(keys('Welcomes the contribution of Uruguay to the work of the Commission;', 'Place:')).toEqual(['Place:Uruguay']);
  });
});

describe('item 3: "<initiative> and its <... Forum>": the forum, keyed as an Event, is PART_OF the initiative', () => {
  it('A/RES/80/124 PP29: "noting global and regional initiatives, including the Agricultural Market Information System and its Rapid Response Forum"', () => {
    const att = attributions(
      'Underlining the importance of timely, accurate and transparent information to ensure the proper functioning of food commodity markets, in accordance with the 2030 Agenda, noting global and regional initiatives, including the Agricultural Market Information System and its Rapid Response Forum, the joint organization data initiative and other regional data platforms and programmes, and urging the participating international organizations, private sector actors and Governments to ensure the public dissemination of timely and quality food market information products,',
    );
    expect(att).toContain('PART_OF Event:Rapid Response Forum -> Initiative:Agricultural Market Information System');
  });

  it('guard: A/RES/80/124 PP13 "the Agricultural Market Information System hosted by the Food and Agriculture Organization": no part named', () => {
    const att = attributions(
      'Reaffirming also that, in the Addis Ababa Action Agenda, Heads of State and Government expressed concern about the excessive volatility of commodity prices, including for food and agriculture, and its consequences for global food security and improved nutrition outcomes, noted the Agricultural Market Information System hosted by the Food and Agriculture Organization of the United Nations and called for the provision of access for small-scale artisanal fishers to marine resources and markets,',
    );
    expect(att.filter((a) => a.startsWith('PART_OF') && a.endsWith('Initiative:Agricultural Market Information System'))).toEqual([]);
  });
});
