// Session-57 audit aud57d: faults found annotating A/RES/78/120 (International cooperation on humanitarian assistance in the field
// of natural disasters, from relief to development), each in the sister texts of the genre too. Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/120', '2023-12-08'), kind: 'operative' });

describe('"<sitting>, at which the General Assembly adopted the <framework>": the sitting adopted it, as the passive form says', () => {
  const MEETING = 'Event:high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015-2030';
  const adoptedBy = (att: string[], source: string): string[] => att.filter((a) => a.startsWith(`ADOPTED ${source} -> `));

  it('A/RES/78/120 OP83 (79/139, 80/113): "the high-level meeting on the midterm review ... on 18 and 19 May 2023, at which the General Assembly adopted the political declaration on the midterm review of the Sendai Framework"', () => {
    const att = attributions(
      'Recalls its decision to hold a midterm review of the implementation of the Sendai Framework in 2023, and in this regard welcomes the convening of the high-level meeting on the midterm review of the Sendai Framework on 18 and 19 May 2023, at which the General Assembly adopted the political declaration on the midterm review of the Sendai Framework;',
    );
    const adopted = adoptedBy(att, MEETING);
    expect(adopted).toHaveLength(1);
    expect(adopted[0]).toMatch(/-> Framework:Political declaration of the high-level meeting on the midterm review of the Sendai Framework/);
  });

  it('A/RES/78/119 PP14 (79/140): "..., at which the Assembly adopted the political declaration" (the Assembly named short)', () => {
    const att = attributions(
      'Reaffirming the Sendai Framework for Disaster Risk Reduction 2015–2030, and welcoming the convening of the seventh session of the Global Platform for Disaster Risk Reduction in May 2022 and of the high-level meeting on the midterm review of the Sendai Framework on 18 and 19 May 2023, at which the Assembly adopted the political declaration on the midterm review of the Sendai Framework,',
      'preambular',
      ctxOf('A/RES/78/119', '2023-12-08'),
    );
    expect(adoptedBy(att, MEETING)).toHaveLength(1);
    // (the Platform's session printed before is not the sitting)
    expect(adoptedBy(att, 'Event:seventh session of the Global Platform for Disaster Risk Reduction')).toEqual([]);
  });

  it('guard: "at which the General Assembly adopted" with no framework right after adopts nothing', () => {
    const att = attributions(
      'Welcomes the convening of the high-level meeting on the midterm review of the Sendai Framework on 18 and 19 May 2023, at which the General Assembly adopted by consensus a text that reaffirms the Sendai Framework;',
    );
    expect(adoptedBy(att, MEETING)).toEqual([]);
  });
});

describe('"the adoption of the outcome document entitled “<framework>” at the <sitting>": the sitting adopted it', () => {
  const HABITAT = 'Event:United Nations Conference on Housing and Sustainable Urban Development @ 2016';
  const preamble = (text: string): string[] => attributions(text, 'preambular');

  it('A/RES/78/120 PP24 (79/139, 80/113): "Reaffirming the adoption of the outcome document entitled “New Urban Agenda” at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito ..."', () => {
    const att = preamble(
      'Reaffirming the adoption of the outcome document entitled “New Urban Agenda” at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito from 17 to 20 October 2016, and in this regard noting the commitments therein undertaken by Member States regarding affected populations in urban areas,',
    );
    expect(att).toContain(`ADOPTED ${HABITAT} -> Framework:New Urban Agenda`);
    expect(att).toContain(`HELD_IN ${HABITAT} -> Place:Quito`);
  });

  it('guard: "the adoption of the New Urban Agenda at the ..." (no title in quotes) keeps its reading', () => {
    expect(preamble('Recalling the adoption of the New Urban Agenda at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III),')).toContain(
      `ADOPTED ${HABITAT} -> Framework:New Urban Agenda`,
    );
  });

  it('guard: "the implementation of the outcome document entitled “New Urban Agenda” at the ..." states no adoption', () => {
    expect(
      preamble('Stressing the implementation of the outcome document entitled “New Urban Agenda” at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III),').filter((a) => a.startsWith('ADOPTED')),
    ).toEqual([]);
  });
});

describe('the humanitarian texts\' response tools named in capitals are initiatives', () => {
  const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/120', '2023-12-08'), kind: 'operative' });

  it('A/RES/78/120 OP50 (79/139, 80/113): "the United Nations Disaster Assessment and Coordination system"', () => {
    const r = relations(
      'Welcomes the important contribution of the United Nations Disaster Assessment and Coordination system to the effectiveness of humanitarian assistance in supporting Member States, upon their request, and the United Nations system in preparedness and humanitarian response, and encourages the continued incorporation into this mechanism of experts from developing countries that are prone to natural disasters;',
    );
    expect(r).toContain('WELCOMES Initiative:United Nations Disaster Assessment and Coordination system');
    // (the Organization names the tool and the system: no target of its own)
    expect(r.filter((x) => x.includes('Organization:United Nations'))).toEqual([]);
  });

  it('A/RES/78/120 OP86 (79/139, 80/113): "including the use of the Index for Risk Management"', () => {
    const r = relations(
      'Encourages Member States and the United Nations to enhance the use of common risk analysis, including the use of the Index for Risk Management, to establish the evidence base for short-, medium- and long-term planning and joint strategies for disaster and climate risk management, capacity development and resilience-building, allowing for greater prioritization of resources where the risk is greatest;',
    );
    expect(r).toEqual(expect.arrayContaining(['ENCOURAGES Organization:United Nations', 'ENCOURAGES Initiative:Index for Risk Management']));
  });

  it('A/RES/78/120 OP68 (78/119, 79/139, 79/140, 80/113): "and through greater use of the Gender with Age Marker"', () => {
    const r = relations(
      'Stresses the importance of the full and equal participation of women in decision-making and of gender mainstreaming in developing and implementing disaster risk reduction, preparedness, early action, rapid response and recovery strategies, and in this regard requests the Secretary-General to continue to ensure that gender mainstreaming is better taken into account in all aspects of humanitarian responses and activities, including the analysis of allocations and programme implementation, and through greater use of the Gender with Age Marker;',
    );
    expect(r).toEqual(expect.arrayContaining(['REQUESTS Organization:Secretary-General of the United Nations', 'REQUESTS Initiative:Gender with Age Marker']));
  });

  it('guard: "the United Nations system" alone still names nothing (A/RES/78/120 OP52)', () => {
    const r = relations('Urges Member States, the United Nations system and other humanitarian actors to consider the specific and differentiated consequences of natural disasters in both rural and urban areas;');
    expect(r).toEqual([]);
  });
});

describe('", and recalling that it adopted the <framework>": "it" is the sitting of the first clause', () => {
  const CONFERENCE = 'Event:Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration @ 2018';
  const COMPACT = 'Framework:Global Compact for Safe, Orderly and Regular Migration';

  it('A/RES/78/120 PP13 (79/139, 80/113): "Welcoming the convening of the intergovernmental conference held on 10 and 11 December 2018 in Marrakech, Morocco, and recalling that it adopted the Global Compact ..."', () => {
    const att = attributions(
      'Welcoming the convening of the intergovernmental conference held on 10 and 11 December 2018 in Marrakech, Morocco, and recalling that it adopted the Global Compact for Safe, Orderly and Regular Migration, also known as the Marrakech Compact on Migration,',
      'preambular',
    );
    expect(att).toContain(`ADOPTED ${CONFERENCE} -> ${COMPACT}`);
  });

  it('A/RES/78/263 OP17 (79/264): "Reaffirms the convening of the intergovernmental conference ..., and recalls that it adopted the Global Compact ..."', () => {
    const att = attributions(
      'Reaffirms the convening of the intergovernmental conference held on 10 and 11 December 2018 in Marrakech, Morocco, and recalls that it adopted the Global Compact for Safe, Orderly and Regular Migration;',
      'operative',
      ctxOf('A/RES/78/263', '2023-12-22'),
    );
    expect(att).toContain(`ADOPTED ${CONFERENCE} -> ${COMPACT}`);
  });

  it('guard: a body between the sitting and "it" blocks the reading ("it" may be the body)', () => {
    const att = attributions(
      'Welcoming the convening of the intergovernmental conference held on 10 and 11 December 2018 in Marrakech, Morocco, and the work of the International Organization for Migration, and recalling that it adopted the Global Compact for Safe, Orderly and Regular Migration,',
      'preambular',
    );
    expect(att.filter((a) => a.startsWith('ADOPTED') && a.endsWith(COMPACT))).toEqual([]);
  });
});

describe('"the Advisory Group" after the International Search and Rescue Advisory Group is that Group', () => {
  const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/120', '2023-12-08'), kind: 'operative' });
  const INSARAG = 'Organization:International Search and Rescue Advisory Group';

  it('A/RES/78/120 OP51 (79/139, 80/113): "..., and encourages Member States to continue to support the Advisory Group, in line with General Assembly resolution 57/150"', () => {
    const r = relations(
      'Also welcomes the important contribution of the International Search and Rescue Advisory Group to the effectiveness of international urban search and rescue assistance, and encourages Member States to continue to support the Advisory Group, in line with General Assembly resolution 57/150 of 16 December 2002;',
    );
    expect(r).toEqual(expect.arrayContaining([`WELCOMES ${INSARAG}`, `ENCOURAGES ${INSARAG}`, 'ENCOURAGES Resolution:A/RES/57/150']));
    expect(r.filter((x) => x.endsWith('Organization:Advisory Group'))).toEqual([]);
  });

  it('guard: the Internet Governance Forum\'s "Multi-stakeholder Advisory Group" keeps its own key', () => {
    const r = relations('Welcomes the work of the Multi-stakeholder Advisory Group of the Internet Governance Forum;');
    expect(r.filter((x) => x.includes('Search and Rescue'))).toEqual([]);
  });
});
