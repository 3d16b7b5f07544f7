// Session-58 audit aud58g: A/RES/78/145 (sustainable and resilient tourism in Central America and the Dominican Republic, Second
// Committee). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_145: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/145', date: '2023-12-19' };
const { keys, relations } = oneParagraph({ ctx: GA78_145, kind: 'operative' });

describe('a third person after a plain "and" goes on with the relative clause before it', () => {
  it('A/RES/78/145 OP6: "its strategic plan ..., which captures the region’s vision ... and emphasizes its action plan": no EMPHASIZES of the Assembly', () => {
    const OP6 =
      'Recalls the adoption of the principles of sustainable tourism, developed by the Central American Tourism Integration Secretariat and found in its strategic plan for sustainable tourism development, 2021–2025, which captures the region’s vision of itself as an integrated, sustainable, multi-location, cross-border destination of high quality and emphasizes its action plan for tourism and climate change as a component of the regional strategy on climate change;';
    const rels = relations(OP6);
    expect(rels).toContain('RECALLS Organization:Central American Tourism Integration Secretariat');
    expect(rels.filter((r) => r.startsWith('EMPHASIZES'))).toEqual([]);
  });

  it('A/RES/78/155 OP36: "decision 15/11 ..., which recognizes ... and encourages parties to promote ... the three objectives of the Convention": the decision encourages, the Assembly welcomes', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/155', date: '2023-12-19' };
    const OP36 =
      'Welcomes decision 15/11 of the Conference of the Parties to the Convention on Biological Diversity, entitled “Gender Plan of Action”, which recognizes the importance of advancing efforts to achieve gender equality and encourages parties to promote the mainstreaming of a gender perspective in implementing the three objectives of the Convention, and also recognizes the need to enhance cooperation on capacity-building in order to support parties in this process;';
    const rels = relations(OP36, 'operative', ctx);
    expect(rels.filter((r) => r.startsWith('ENCOURAGES'))).toEqual([]);
    expect(rels).toContain('WELCOMES Framework:Convention on Biological Diversity');
  });

  it('guard: the body\'s own later verb after a comma ("..., which recognizes ..., and also recognizes the need", 78/155 OP36) still opens a clause', () => {
    const text =
      'Welcomes the Kunming-Montreal Global Biodiversity Framework, which recognizes the importance of advancing gender equality, and urges the Global Environment Facility to support its implementation;';
    expect(relations(text)).toContain('URGES Organization:Global Environment Facility');
  });

  it('guard: a plain "and" with no relative clause before it keeps the body\'s verb ("Recognizes the role of X and urges ...")', () => {
    const text = 'Takes note of the report of the Secretary-General and requests the Secretary-General to submit a report to the General Assembly at its eightieth session;';
    expect(relations(text).filter((r) => r.startsWith('REQUESTS'))).not.toEqual([]);
  });
});

describe('the Mayan World regional brand is an initiative', () => {
  it('A/RES/78/145 PP28 (80/134 PP31): "the existing joint initiatives ..., such as the Mayan World regional brand"', () => {
    const PP28 =
      'Noting the existing joint initiatives designed and implemented to stimulate regional tourism integration and to foster the development of Indigenous and local communities, such as the Mayan World regional brand,';
    expect(keys(PP28, 'Initiative:', 'preambular')).toEqual(['Initiative:Mayan World regional brand']);
    expect(relations(PP28, 'preambular')).toContain('NOTES Initiative:Mayan World regional brand');
  });

  it('guard: "the Mayan culture" names no initiative', () => {
    expect(keys('Noting the importance of the Mayan culture for tourism in the region,', 'Initiative:', 'preambular')).toEqual([]);
  });
});

describe('the declaration of a lowercase sitting named with its ordinal', () => {
  const FORUM = 'Event:fifteenth forum on the development of tourism and on the harmonization of efforts to promote tourism in Central America and the Dominican Republic';
  const DECLARATION = 'Framework:declaration of the fifteenth forum on the development of tourism and on the harmonization of efforts to promote tourism in Central America and the Dominican Republic';
  const PP29 =
    'Recalling the outcomes of the Forum on Sustainable Tourism and Climate Change in Central America, held from 21 to 24 September 2023 in La Ceiba, Honduras, the outcomes adopted at the 126th meeting of the Central American Tourism Council, held in San Salvador on 30 August 2023, the twenty-second Forum for the Development of Tourism Integration of Central America and the Caribbean, held in San Salvador on 28 September 2022, and the declaration of the fifteenth forum on the development of tourism and on the harmonization of efforts to promote tourism in Central America and the Dominican Republic, held in Guatemala City on 27 August 2014, and looks forward to the second Social, Solidarity and Sustainable Tourism Forum, to be held with the support of the International Social Tourism Organization,';

  it('A/RES/78/145 PP29 (80/134 PP32): "the declaration of the fifteenth forum on the development of tourism ..., held in Guatemala City on 27 August 2014": a Framework the forum ADOPTED, recalled beside it', () => {
    const { attributions } = oneParagraph({ ctx: GA78_145, kind: 'preambular' });
    expect(keys(PP29, 'Framework:', 'preambular')).toEqual([DECLARATION]);
    const rels = relations(PP29, 'preambular');
    expect(rels).toContain(`RECALLS ${DECLARATION}`);
    expect(rels).toContain(`RECALLS ${FORUM}`);
    const atts = attributions(PP29);
    expect(atts).toContain(`ADOPTED ${FORUM} -> ${DECLARATION}`);
    // (the forum keeps its venue and day)
    expect(atts).toContain(`HELD_IN ${FORUM} -> Place:Guatemala City`);
  });

  it('guard: A/RES/80/151 PP21 "the declaration of the twenty-fourth annual Ministerial Meeting of Landlocked Developing Countries" is read as before', () => {
    const text =
      'Taking note of the declaration of the twenty-fourth annual Ministerial Meeting of Landlocked Developing Countries held at United Nations Headquarters on 26 September 2025,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:declaration of the twenty-fourth annual Ministerial Meeting of Landlocked Developing Countries']);
  });

  it('guard: "the outcomes of the twenty-second Forum ..." names no declaration', () => {
    const text = 'Recalling the outcomes of the twenty-second Forum for the Development of Tourism Integration of Central America and the Caribbean, held in San Salvador on 28 September 2022,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual([]);
  });
});

describe('"<body> at its <session>, in (its) resolution N": the body "by" names ADOPTED the resolution (the session-59 ruling reversed the session as adopter)', () => {
  const SESSION = 'Event:fifth session of the United Nations Environment Assembly';
  const UNEA = 'Organization:United Nations Environment Assembly';
  const RES_5_14 = 'Resolution:United Nations Environment Assembly resolution 5/14';

  it('A/RES/78/145 PP11 (80/134 PP13): "the decision by the United Nations Environment Assembly at its resumed fifth session, in its resolution 5/14 of 2 March 2022"', () => {
    const { attributions } = oneParagraph({ ctx: GA78_145, kind: 'preambular' });
    const PP11 =
      'Welcoming the decision by the United Nations Environment Assembly at its resumed fifth session, in its resolution 5/14 of 2 March 2022, to convene an intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution, including in the marine environment,';
    const att = attributions(PP11);
    expect(att).toContain(`ADOPTED ${UNEA} -> ${RES_5_14}`);
    expect(att.filter((a) => a.startsWith(`ADOPTED ${SESSION}`))).toEqual([]);
  });

  it('A/RES/80/140 PP34 (and ten more texts): "in resolution 5/14 of 2 March 2022"', () => {
    const { attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/80/140', date: '2025-12-15' }, kind: 'preambular' });
    const PP34 =
      'Welcoming the decision by the United Nations Environment Assembly at its resumed fifth session, in resolution 5/14 of 2 March 2022, to convene an intergovernmental negotiating committee to develop an international legally binding instrument on plastic pollution,';
    const att = attributions(PP34);
    expect(att).toContain(`ADOPTED ${UNEA} -> ${RES_5_14}`);
    expect(att.filter((a) => a.startsWith(`ADOPTED ${SESSION}`))).toEqual([]);
  });

  it('guard: "in line with Environment Assembly resolutions 5/2, 5/7 and 5/8" after the session names no adopter by position alone', () => {
    const { attributions } = oneParagraph({ ctx: GA78_145, kind: 'preambular' });
    const text =
      'Welcoming also the decisions taken by the Environment Assembly at its resumed fifth session on nature-based solutions, in line with Environment Assembly resolution 5/5 of 2 March 2022,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});
