// Session-57 audit aud57q: residual ADOPTED misses across the gold store (frameworks adopted by a conference its report's note
// names). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';

/** one paragraph of a resolution with its notes: its attributions as 'TYPE source -> target' */
const notedAttributions = (symbol: string, date: string, id: string, text: string, notes: [string, string, string][]): string[] =>
  extractResolution(gaResolution(symbol, date, [notedParagraph(id, text, notes)])).paragraphs[0]!.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
const adoptedOf = (attributions: string[], target: string): string[] => attributions.filter((a) => a.startsWith('ADOPTED ') && a.endsWith(` -> ${target}`));

const TCDC = 'Event:United Nations Conference on Technical Cooperation among Developing Countries';
const BUENOS_AIRES_PLAN = 'Framework:Buenos Aires Plan of Action for Promoting and Implementing Technical Cooperation among Developing Countries';
const TCDC_NOTE =
  'Report of the United Nations Conference on Technical Cooperation among Developing Countries, Buenos Aires, 30 August–12 September 1978 (United Nations publication, Sales No. E.78.II.A.11 and corrigendum), chap. I.';

describe('a note citing a sitting\'s report at its chapter I (the sitting\'s own resolutions) states the sitting adopted the text its mark closes', () => {
  it('A/RES/80/156 PP3 (78/167, 79/236): the Buenos Aires Plan of Action with "1 Report of the ... Conference on Technical Cooperation ..., chap. I."', () => {
    const pp3 =
      'Reaffirming further its resolution 33/134 of 19 December 1978, in which it endorsed the Buenos Aires Plan of Action for Promoting and Implementing Technical Cooperation among Developing Countries,1';
    const atts = notedAttributions('A/RES/80/156', '2025-12-15', 'PP3', pp3, [['1', TCDC_NOTE, 'Developing Countries,1']]);
    expect(adoptedOf(atts, BUENOS_AIRES_PLAN)).toEqual([`ADOPTED ${TCDC} -> ${BUENOS_AIRES_PLAN}`]);
    // (the resolution's endorsement stays)
    expect(atts).toContain(`ENDORSES Resolution:A/RES/33/134 -> ${BUENOS_AIRES_PLAN}`);
  });

  it('A/RES/78/198 PP3 (79/171, 80/210): the Universal Declaration on the Eradication of Hunger and Malnutrition with "2 Report of the World Food Conference, ..., chap. I."', () => {
    const pp3 =
      'Recalling the Universal Declaration of Human Rights, 1 which provides that everyone has the right to a standard of living adequate for her or his health and well-being, including food, the Universal Declaration on the Eradication of Hunger and Malnutrition,2 the United Nations Millennium Declaration,3 in particular Millennium Development Goal 1 on eradicating extreme poverty and hunger by 2015,';
    const atts = notedAttributions('A/RES/78/198', '2023-12-19', 'PP3', pp3, [
      ['1', 'Resolution 217 A (III).', 'Human Rights, 1'],
      ['2', 'Report of the World Food Conference, Rome, 5–16 November 1974 (United Nations publication, Sales No. E.75.II.A.3), chap. I.', 'Malnutrition,2'],
      ['3', 'Resolution 55/2.', 'Millennium Declaration,3'],
    ]);
    expect(adoptedOf(atts, 'Framework:Universal Declaration on the Eradication of Hunger and Malnutrition')).toEqual([
      'ADOPTED Event:World Food Conference -> Framework:Universal Declaration on the Eradication of Hunger and Malnutrition',
    ]);
  });

  it('A/RES/79/86 PP3: "the resolution adopted by the Conference entitled “The Space Millennium: Vienna Declaration ...”,2" with "2 Report of the Third ... Conference ..., chap. I, resolution 1."', () => {
    const pp3 =
      'Recalling also its resolution 54/68 of 6 December 1999 on the Third United Nations Conference on the Exploration and Peaceful Uses of Outer Space (UNISPACE III), organized by the Committee, and the resolution adopted by the Conference entitled “The Space Millennium: Vienna Declaration on Space and Human Development”,2 in which participating States called for, inter alia, improving the international coordination of activities related to near-Earth objects,';
    const note =
      'Report of the Third United Nations Conference on the Exploration and Peaceful Uses of Outer Space, Vienna, 19–30 July 1999 (United Nations publication, Sales No. E.00.I.3), chap. I, resolution 1.';
    const atts = notedAttributions('A/RES/79/86', '2024-12-04', 'PP3', pp3, [['2', note, 'Development”,2']]);
    expect(adoptedOf(atts, 'Framework:Vienna Declaration on Space and Human Development')).toEqual([
      'ADOPTED Event:Third United Nations Conference on the Exploration and Peaceful Uses of Outer Space -> Framework:Vienna Declaration on Space and Human Development',
    ]);
  });

  it('guard: the same report cited at another chapter ("chap. IV, para. 12.") states no adoption', () => {
    const pp3 = 'Recalling the Buenos Aires Plan of Action for Promoting and Implementing Technical Cooperation among Developing Countries,1';
    const note = TCDC_NOTE.replace('chap. I.', 'chap. IV, para. 12.');
    expect(adoptedOf(notedAttributions('A/RES/80/156', '2025-12-15', 'PP3', pp3, [['1', note, 'Developing Countries,1']]), BUENOS_AIRES_PLAN)).toEqual([]);
  });

  it('guard: a note citing an organ\'s Official Records at chapter I ("Supplement No. 8 (E/2019/28), chap. I.") names no sitting: no adoption', () => {
    const pp3 = 'Recalling the Buenos Aires Plan of Action for Promoting and Implementing Technical Cooperation among Developing Countries,1';
    const note = 'Official Records of the Economic and Social Council, 2019, Supplement No. 8 (E/2019/28), chap. I.';
    expect(adoptedOf(notedAttributions('A/RES/80/156', '2025-12-15', 'PP3', pp3, [['1', note, 'Developing Countries,1']]), BUENOS_AIRES_PLAN)).toEqual([]);
  });
});

const SECOND_ASSEMBLY_ON_AGEING = 'Event:Second World Assembly on Ageing';
const MADRID_PLAN = 'Framework:Madrid International Plan of Action on Ageing';
const MADRID_NOTE = 'See Report of the Second World Assembly on Ageing, Madrid, 8–12 April 2002 (United Nations publication, Sales No. E.02.IV.4), chap. I, resolution 1.';

describe('a framework whose printed name ends with its year (", 2002,6") is still the one the mark of its report\'s note closes', () => {
  it('A/RES/80/152 PP6 (78/177, 79/147, 79/8, 80/179; 78/174 PP27 "the adoption of ..."): "the Madrid International Plan of Action on Ageing, 2002,6"', () => {
    const pp6 =
      'Recalling the Beijing Declaration and Platform for Action and the Programme of Action of the International Conference on Population and Development, as well as the Madrid International Plan of Action on Ageing, 2002,6 and all the major United Nations conferences and summits and their follow-up in the development, economic, social, environmental, humanitarian and related fields,';
    const atts = notedAttributions('A/RES/80/152', '2025-12-15', 'PP6', pp6, [['6', MADRID_NOTE, 'Ageing, 2002,6']]);
    expect(adoptedOf(atts, MADRID_PLAN)).toEqual([`ADOPTED ${SECOND_ASSEMBLY_ON_AGEING} -> ${MADRID_PLAN}`]);
  });

  it('guard: a mark after words that follow the year closes no framework ("..., 2002, and the World Programme of Action for Youth,6")', () => {
    const pp = 'Recalling the Madrid International Plan of Action on Ageing, 2002, and the commitments made there,6';
    expect(adoptedOf(notedAttributions('A/RES/80/152', '2025-12-15', 'PP6', pp, [['6', MADRID_NOTE, 'there,6']]), MADRID_PLAN)).toEqual([]);
  });
});

const RIO20 = 'Event:United Nations Conference on Sustainable Development';
const TEN_YFP = 'Framework:10-Year Framework of Programmes on Sustainable Consumption and Production Patterns';

describe('a sitting that adopted a framework, in the active voice after "that the" (as "... endorsed the" reads)', () => {
  it('A/RES/78/151 OP8 (79/202 OP9, 80/135 OP8): "Recognizes that the United Nations Conference on Sustainable Development adopted, among other commitments ..., the 10-Year Framework of Programmes ..."', () => {
    const op8 =
      'Recognizes that the United Nations Conference on Sustainable Development adopted, among other commitments on sustainable consumption and production, the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns, and that both the Framework and its multi-partner trust fund are tools for action on sustainable consumption and production;';
    const atts = notedAttributions('A/RES/78/151', '2023-12-19', 'OP8', op8, []);
    expect(adoptedOf(atts, TEN_YFP).map((a) => a.replace(/ @ \d{4}/, ''))).toEqual([`ADOPTED ${RIO20} -> ${TEN_YFP}`]);
  });

  it('guard: a sitting that only took note of it adopted nothing ("that the ... Conference took note of the 10-Year Framework ...")', () => {
    const op8 = 'Recognizes that the United Nations Conference on Sustainable Development took note of the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns;';
    expect(adoptedOf(notedAttributions('A/RES/78/151', '2023-12-19', 'OP8', op8, []), TEN_YFP)).toEqual([]);
  });

  it('guard: a framework after a second clause is not what the sitting adopted ("... adopted, ..., a decision, and the Framework")', () => {
    const op8 = 'Recognizes that the United Nations Conference on Sustainable Development adopted a decision on consumption, and welcomes the 10-Year Framework of Programmes on Sustainable Consumption and Production Patterns;';
    expect(adoptedOf(notedAttributions('A/RES/78/151', '2023-12-19', 'OP8', op8, []), TEN_YFP)).toEqual([]);
  });
});

const COP15_CBD = 'Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
const KMGBF = 'Framework:Kunming-Montreal Global Biodiversity Framework';

describe('"the adoption of the landmark <framework> at the <sitting>": a word of praise before the name does not hide the adoption', () => {
  it('A/RES/78/232 OP16: "... with the adoption of the landmark Kunming-Montreal Global Biodiversity Framework at the fifteenth meeting of the Conference of the Parties ..."', () => {
    const op16 =
      'Notes with concern the findings of the Intergovernmental Science-Policy Platform on biodiversity and Ecosystem Services, recognizes the unique opportunity offered for small island developing States’ degraded ecosystems and environmental resilience with the adoption of the landmark Kunming-Montreal Global Biodiversity Framework at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, supports its implementation by 2030;';
    expect(adoptedOf(notedAttributions('A/RES/78/232', '2023-12-22', 'OP16', op16, []), KMGBF)).toEqual([`ADOPTED ${COP15_CBD} -> ${KMGBF}`]);
  });

  it('guard: the framework praised with no adoption named is adopted by nobody ("the implementation of the landmark ... at the fifteenth meeting ...")', () => {
    const op16 =
      'Recognizes the implementation of the landmark Kunming-Montreal Global Biodiversity Framework at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity;';
    expect(adoptedOf(notedAttributions('A/RES/78/232', '2023-12-22', 'OP16', op16, []), KMGBF)).toEqual([]);
  });
});

const OCEAN_2017 = 'Event:United Nations Ocean Conference @ 2017'; // (the graph's node: 2017 United Nations Ocean Conference)
const OCEAN_2022 = 'Event:United Nations Ocean Conference @ 2022';
const CALL_FOR_ACTION = 'Framework:Our ocean, our future: call for action';
const OUR_RESPONSIBILITY = 'Framework:Our ocean, our future, our responsibility';

describe('titles listed first, then "adopted, respectively, at the <sitting> and <sitting>": each sitting ADOPTED its title in order', () => {
  const pp10 =
    'Acknowledging the efforts of small island developing States to develop and implement strategies for the conservation and sustainable use of the ocean and its resources, in this regard reiterating the calls made in the declarations entitled “Our ocean, our future: call for action”9 and “Our ocean, our future, our responsibility”,10 adopted, respectively, at the 2017 and 2022 United Nations Conferences to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development,';
  const notes: [string, string, string][] = [
    ['9', 'Resolution 71/312, annex.', 'action”9'],
    ['10', 'Resolution 76/296, annex.', 'responsibility”,10'],
  ];

  it('A/RES/78/232 PP10: the 2017 Conference the call for action, the 2022 Conference "Our ocean, our future, our responsibility"', () => {
    const atts = notedAttributions('A/RES/78/232', '2023-12-22', 'PP10', pp10, notes);
    expect(adoptedOf(atts, CALL_FOR_ACTION)).toContain(`ADOPTED ${OCEAN_2017} -> ${CALL_FOR_ACTION}`);
    expect(adoptedOf(atts, OUR_RESPONSIBILITY)).toContain(`ADOPTED ${OCEAN_2022} -> ${OUR_RESPONSIBILITY}`);
    expect(adoptedOf(atts, CALL_FOR_ACTION)).not.toContain(`ADOPTED ${OCEAN_2022} -> ${CALL_FOR_ACTION}`);
  });

  it('guard: lists of unequal length pair nothing ("... entitled “Our ocean, our future, our responsibility”,10 adopted, respectively, at the 2017 and 2022 ...")', () => {
    const one = pp10.replace('“Our ocean, our future: call for action”9 and ', '');
    const atts = notedAttributions('A/RES/78/232', '2023-12-22', 'PP10', one, [notes[1]!]);
    expect(atts.filter((a) => a.startsWith('ADOPTED Event:United Nations Ocean Conference'))).toEqual([]);
  });
});

const FORUM_DECLARATION = 'Framework:Political Declaration of the High-level Political Forum on Sustainable Development';
const SDG_SUMMIT_2023 = 'Event:Sustainable Development Goals Summit @ 2023';

describe('the forum\'s political declaration whose title stops before the Assembly\'s auspices printed after it: the 2023 Summit ADOPTED it', () => {
  it('A/RES/79/178 PP13: "the Political Declaration adopted at the High-Level Political Forum on Sustainable Development in 202315 convened under the auspices of the General Assembly"', () => {
    const pp13 =
      'Recalling that the Political Declaration adopted at the High-Level Political Forum on Sustainable Development in 202315 convened under the auspices of the General Assembly, as well as the Pact for the Future, 16 adopted by the General Assembly during the Summit for the Future, inter alia, emphasized that eradicating poverty in all its forms and dimensions remains the greatest global challenge,';
    const atts = notedAttributions('A/RES/79/178', '2024-12-17', 'PP13', pp13, []);
    expect(adoptedOf(atts, FORUM_DECLARATION)).toEqual([`ADOPTED ${SDG_SUMMIT_2023} -> ${FORUM_DECLARATION}`]);
    expect(atts).toContain(`ORGANIZES Organization:General Assembly -> ${SDG_SUMMIT_2023}`);
  });

  it('A/RES/78/182 PP4: "... adopted at the High-level Political Forum on Sustainable Development (HLPF), under the auspices of the General Assembly in September 2023,4"', () => {
    const pp4 =
      'Welcoming the Political Declaration adopted at the High-level Political Forum on Sustainable Development (HLPF), under the auspices of the General Assembly in September 2023,4 which reaffirmed that the 2030 Agenda is universal in nature,';
    const atts = notedAttributions('A/RES/78/182', '2023-12-19', 'PP4', pp4, [['4', 'Resolution 78/1, annex.', '2023,4']]);
    expect(adoptedOf(atts, FORUM_DECLARATION)).toEqual([`ADOPTED ${SDG_SUMMIT_2023} -> ${FORUM_DECLARATION}`]);
  });

  it('guard: with no year printed after the auspices, no summit is keyed from these words ("... (HLPF), under the auspices of the General Assembly, which reaffirmed ...")', () => {
    const pp4 = 'Welcoming the Political Declaration adopted at the High-level Political Forum on Sustainable Development (HLPF), under the auspices of the General Assembly, which reaffirmed that the 2030 Agenda is universal in nature,';
    expect(adoptedOf(notedAttributions('A/RES/78/182', '2023-12-19', 'PP4', pp4, []), FORUM_DECLARATION)).toEqual([]);
  });
});
