// Session-38 audit aud38b: entities per kind on a fresh random sample of ten General Assembly PDFs (A/RES/79/317, 80/135,
// 78/138, 79/32, 80/32, 80/161, 78/209, 79/62, 79/36, 78/203): every Organization, Event, Initiative, Framework, Place,
// Document and Date node judged for kind, span and identity, and the text read for names missed. Fixed: a numbered working
// group printed without "its" ("Working Group VI", "the contribution of Working Group I") was keyed by the resolution, one
// node per text for one UNCITRAL or IPCC group; it is now its owner's (the body named right after it, else the body with
// working groups named last before it, else the owner of the resolution's other numbered groups). The UNCTAD conference
// whose name has a comma in it ("the African Oil, Gas and Mines Trade and Finance Conference and Exhibition") was cut to
// "Gas and Mines ...". Named report series and networks of the UN system the texts cite had no node: UNCTAD's Commodities and
// Development Report and State of Commodity Dependence series, the 10-Year Framework of Programmes' One Planet network. Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80_161: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/161', date: '2025-12-15' };
const GA78_153: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/153', date: '2023-12-19' };
const { keys } = oneParagraph({ ctx: GA80_161, kind: 'operative' });

const UNCITRAL = 'United Nations Commission on International Trade Law';
const IPCC = 'Intergovernmental Panel on Climate Change';
const workingGroups = (text: string, kind: 'operative' | 'preambular', ctx: RecognizeContext): string[] =>
  keys(text, 'Organization:Working Group', kind, ctx);

describe('a numbered working group printed without "its" is its owner\'s, not one node per resolution', () => {
  const pp1 =
    'Recalling its resolution 2205 (XXI) of 17 December 1966, by which it established the United Nations Commission on International Trade Law with a mandate to further the progressive harmonization and unification of the law of international trade and in that respect to bear in mind the interests of all peoples, in particular those of developing countries, in the extensive development of international trade,';

  it('A/RES/80/161 OP5: "the decision of the Commission to mandate Working Group VI" (the Commission: UNCITRAL, PP1): Working Group VI (UNCITRAL)', () => {
    const ctx = { ...GA80_161 };
    keys(pp1, 'Organization:', 'preambular', ctx);
    const op5 =
      'Takes note with interest of the decision of the Commission to mandate Working Group VI to review an explanatory note for the draft convention on negotiable cargo documents, to be prepared by the secretariat;';
    expect(workingGroups(op5, 'operative', ctx)).toEqual([`Organization:Working Group VI (${UNCITRAL})`]);
  });

  it('A/RES/78/153 OP11 (79/206, 80/138): "the sixth assessment report of the Intergovernmental Panel on Climate Change, the contribution of Working Group I ... the contribution of Working Group II": the IPCC\'s groups', () => {
    const op11 =
      'Notes with serious concern the findings from the synthesis report of the sixth assessment report of the Intergovernmental Panel on Climate Change, the contribution of Working Group I, in which the Intergovernmental Panel indicates that global warming of 1.5 degrees Celsius and 2 degrees Celsius above pre-industrial levels will be exceeded during the twenty-first century, unless deep, rapid and sustained reductions in greenhouse gas emissions occur in this decade, from the contribution of Working Group II, in which the Intergovernmental Panel indicates that human-induced climate change has caused widespread adverse impacts;';
    expect(workingGroups(op11, 'operative', { ...GA78_153 })).toEqual([`Organization:Working Group I (${IPCC})`, `Organization:Working Group II (${IPCC})`]);
  });

  it('A/RES/79/144 footnote 114 (78/69 fn 110, 80/110 fn 116): "the 2013 report of Working Group I of the Intergovernmental Panel on Climate Change": the body named after it', () => {
    const fn = 'As stated in the 2013 report of Working Group I of the Intergovernmental Panel on Climate Change on the physical science basis of climate change.';
    expect(workingGroups(fn, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/144', date: '2024-12-12' })).toEqual([`Organization:Working Group I (${IPCC})`]);
  });

  it('guard: A/RES/78/103 OP14 "the contributions from France, Germany, the European Union and the Swiss Agency for Development and Cooperation to the trust fund, ... the deliberations of Working Group III": an agency listed before it is not its owner', () => {
    const tail =
      'Notes the contributions from France, Germany, the European Union and the Swiss Agency for Development and Cooperation to the trust fund, which would facilitate the participation of representatives of developing States in the deliberations of Working Group III;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/103', date: '2023-12-07' };
    expect(workingGroups(tail, 'operative', ctx)).toEqual(['Organization:Working Group III (A/RES/78/103)']);
  });

  it('guard: A/RES/80/161 OP7 "additional support to the Commission to allow its Working Group III": "its" still names the owner', () => {
    const op7 =
      'Decides to allocate one additional one-week session per year for a period of two years from 2026 to 2027 and additional support to the United Nations Commission on International Trade Law to allow its Working Group III to continue to finalize its work with respect to investor-State dispute settlement reform;';
    expect(workingGroups(op7, 'operative', { ...GA80_161 })).toEqual([`Organization:Working Group III (${UNCITRAL})`]);
  });

  it('guard: a working group with a topic ("the Working Group on the Right to Development", A/RES/78/203) keeps its own name', () => {
    const text = 'Welcomes the work of the Working Group on the Right to Development and of the Commission on Human Rights;';
    expect(workingGroups(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/203', date: '2023-12-19' })).toEqual(['Organization:Working Group on the Right to Development']);
  });
});

describe('a known event whose name has a comma in it', () => {
  const GA78_138: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/138', date: '2023-12-19' };
  const pp31 =
    'Noting the work on consensus-building on commodity-related issues achieved through meetings of the United Nations Conference on Trade and Development, including the multi-year expert meetings on commodities and development, the Global Commodities Forum and the African Oil, Gas and Mines Trade and Finance Conference and Exhibition,';

  it('A/RES/78/138 PP31: "the African Oil, Gas and Mines Trade and Finance Conference and Exhibition": one conference, its whole name', () => {
    const ev = oneParagraph({ ctx: GA78_138, kind: 'preambular' }).extract(pp31).mentions.filter((m) => m.key.startsWith('Event:'));
    expect(ev.map((m) => m.key)).toContain('Event:African Oil, Gas and Mines Trade and Finance Conference and Exhibition');
    expect(ev.map((m) => m.key)).not.toContain('Event:Gas and Mines Trade and Finance Conference and Exhibition');
  });

  it('guard: the same paragraph\'s "the Global Commodities Forum" stays a forum of its own', () => {
    expect(keys(pp31, 'Event:', 'preambular', { ...GA78_138 })).toEqual(['Event:Global Commodities Forum', 'Event:African Oil, Gas and Mines Trade and Finance Conference and Exhibition']);
  });
});

describe('named report series and networks of the UN system', () => {
  const GA78_138: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/138', date: '2023-12-19' };
  const pp17 =
    'Taking note of the United Nations Conference on Trade and Development Commodities and Development Reports, particularly its Commodities and Development Report 2023: Inclusive Diversification and Energy Transition, and its State of Commodity Dependence reports and its note on commodity dependence and the Sustainable Development Goals, and noting the role that the Conference has been playing as an institution in looking at the interaction between commodity markets and economic development and in the elaboration of the concept of commodity-dependent developing countries,';

  it('A/RES/78/138 PP17 (80/124 PP15): "the United Nations Conference on Trade and Development Commodities and Development Reports, ..., and its State of Commodity Dependence reports": two report series, the first led by UNCTAD', () => {
    const { extract } = oneParagraph({ ctx: GA78_138, kind: 'preambular' });
    const x = extract(pp17);
    const keysOf = x.mentions.map((m) => m.key);
    expect(keysOf).toContain('Initiative:Commodities and Development Report');
    expect(keysOf).toContain('Initiative:State of Commodity Dependence');
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(
      'LEADS Organization:United Nations Conference on Trade and Development -> Initiative:Commodities and Development Report',
    );
  });

  it('guard: the same paragraph\'s "Commodities and Development Report 2023: ..." stays the edition, a document', () => {
    expect(keys(pp17, 'Document:', 'preambular', { ...GA78_138 })).toEqual(['Document:commodities and development report 2023']);
  });

  const op9 =
    'Welcomes the One Planet Network Forum 2024, held in Rio de Janeiro, Brazil, on 12 and 13 September 2024, and takes note of its outcome document, and recognizes the important role of the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns and its One Planet network, and recognizes its role in supporting Governments and businesses in embracing sustainable consumption and production patterns by providing tools, best practices, capacity-building and cooperation platforms that help scale up impact and effectiveness;';
  const GA80_135: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/135', date: '2025-12-15' };

  it('A/RES/80/135 OP9: "the 10-Year Framework of Programmes ... and its One Planet network": RECOGNIZES the network', () => {
    expect(oneParagraph({ ctx: GA80_135, kind: 'operative' }).relations(op9)).toContain('RECOGNIZES Initiative:One Planet network');
  });

  it('guard: the same paragraph\'s "the One Planet Network Forum 2024, held in Rio de Janeiro" stays the forum, not the network', () => {
    const k = keys(op9, '', 'operative', { ...GA80_135 });
    expect(k).toContain('Event:One Planet Network Forum @ 2024');
    expect(k.filter((x) => x === 'Initiative:One Planet network')).toHaveLength(1);
  });
});

describe('a period inside a framework\'s or a body\'s name states no date', () => {
  const GA78_138: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/138', date: '2023-12-19' };
  const dates = (text: string, kind: 'operative' | 'preambular', ctx: RecognizeContext): string[] => keys(text, 'Date:', kind, ctx);

  it('A/RES/78/138 PP12: "the Sendai Framework for Disaster Risk Reduction 2015–2030": the framework, no Date 2015 or 2030', () => {
    const pp12 = 'Recalling the Sendai Declaration11 and the Sendai Framework for Disaster Risk Reduction 2015–2030,12';
    expect(dates(pp12, 'preambular', { ...GA78_138 })).toEqual([]);
    expect(keys(pp12, 'Framework:', 'preambular', { ...GA78_138 })).toContain('Framework:Sendai Framework for Disaster Risk Reduction 2015-2030');
  });

  it('A/RES/78/138 PP11: "the Doha Programme of Action ... for the Decade 2022–2031, adopted in March 2022 ...": the adoption\'s month stays, the name\'s years go', () => {
    const pp11 =
      'Noting the ongoing efforts to implement the Doha Programme of Action for the Least Developed Countries for the Decade 2022–2031, adopted in March 2022 at the first part of the Fifth United Nations Conference on the Least Developed Countries, 8 the SIDS Accelerated Modalities of Action (SAMOA) Pathway, adopted in September 2014 at the third International Conference on Small Island Developing States, 9 and the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024, adopted in November 2014 at the second United Nations Conference on Landlocked Developing Countries, 10 and recognizing the special challenges facing middle-income countries,';
    expect(dates(pp11, 'preambular', { ...GA78_138 })).toEqual(['Date:2022-03', 'Date:2014-09', 'Date:2014-11']);
  });

  it('guard: A/RES/78/209 OP5 "in line with the fourth phase (2020–2024) of the World Programme for Human Rights Education": a period outside the name is dated', () => {
    const op5 =
      'Also welcomes the Centre’s plan, for the coming two years, to strengthen its efforts to accommodate the needs of the 25 States under its coverage by developing the human rights education programme, with more emphasis on the youth sector, in line with the fourth phase (2020–2024) of the World Programme for Human Rights Education, and to further develop its training programmes for State institutions;';
    expect(dates(op5, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/209', date: '2023-12-19' })).toEqual(['Date:2020', 'Date:2024']);
  });

  it('guard: A/RES/78/148 OP11 "the objectives of the Second Decade of Action for Road Safety 2021–2030": a decade\'s years are its dates (an Event)', () => {
    const op11 =
      'Reaffirms the importance of a worldwide effort to address and raise awareness of road safety for developing sustainable multimodal transport systems, encourages Member States to improve road safety and integrate it into sustainable active mobility and transportation infrastructure planning and design, and calls upon all relevant stakeholders to continue the activities aimed at supporting the implementation of the objectives of the Second Decade of Action for Road Safety 2021–2030 and the road safety-related targets in the 2030 Agenda for Sustainable Development;';
    const { attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/148', date: '2023-12-19' }, kind: 'operative' });
    expect(attributions(op11)).toContain('STARTS_ON Event:Second Decade of Action for Road Safety -> Date:2021');
  });

  it('guard: A/RES/79/184 PP3 "the Geneva Conventions of 12 August 1949": a single day in a name is still a date', () => {
    const pp3 = 'Recalling the obligations under the Geneva Conventions of 12 August 1949 and Additional Protocol I thereto, of 1977,9 as applicable,';
    expect(dates(pp3, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/184', date: '2024-12-17' })).toContain('Date:1949-08-12');
  });
});
