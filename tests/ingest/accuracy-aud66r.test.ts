// Session-66 audit aud66r: residual faults (79/284 OP17, 79/287 PP9, 79/214 OP29, 79/263 OP15). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const ctx = ctxOf('A/RES/79/284', '2024-12-24', 'Cooperation between the United Nations and the Council of Europe');
const { relations } = oneParagraph({ ctx, kind: 'operative' });
const ECRI = 'Organization:European Commission against Racism and Intolerance';
const GC = 'Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization';

describe('"<verb> the adoption by <organ> of <unnamed text>, and <verb> its <document>": the adopter owns the document (lead, session 66)', () => {
  it('A/RES/79/284 OP17: "notes the adoption by [ECRI] of the relevant general policy recommendations, and takes note of its statements"', () => {
    const text =
      'Recognizes the important contributions made by the European Commission against Racism and Intolerance of the Council of Europe to the implementation of the International Convention on the Elimination of All Forms of Racial Discrimination and to the development of domestic laws and policies aimed at combating racism and intolerance across Europe, while at the same time recognizing that challenges still remain, and in this regard notes the adoption by the European Commission against Racism and Intolerance of the relevant general policy recommendations, and takes note of its statements on preventing and combating ultra-nationalistic and racist hate speech and violence in relation to confrontations and unresolved conflicts in Europe, on the consequences of the aggression by the Russian Federation against Ukraine and on the rise of antisemitism in Europe;';
    const rels = relations(text);
    // (the clause of the adoption gives the adopter nothing; the statements' clause does, once)
    expect(rels.filter((r) => r === `NOTES ${ECRI}`)).toHaveLength(1);
    expect(rels).toContain(`RECOGNIZES ${ECRI}`);
  });

  it('guard: the adopter before a text the clause names: "its" is that text\'s, the adopter still takes no verb (aud65z)', () => {
    const text =
      'Welcomes the adoption by the General Conference of the United Nations Educational, Scientific and Cultural Organization on 17 October 2003 of the Declaration concerning the Intentional Destruction of Cultural Heritage, and calls for its implementation;';
    const rels = relations(text);
    expect(rels).toContain('CALLS_UPON Framework:Declaration concerning the Intentional Destruction of Cultural Heritage');
    expect(rels.filter((r) => r.endsWith(GC))).toEqual([]);
  });

  it('guard: the clause before names another body besides the adopter: "its" is that body\'s, the adopter takes no verb', () => {
    const text =
      'Notes the adoption by the European Commission against Racism and Intolerance of the relevant general policy recommendations and the work of the Council of Europe, and takes note of its statements;';
    const rels = relations(text);
    expect(rels).toContain('NOTES Organization:Council of Europe');
    expect(rels).not.toContain(`NOTES ${ECRI}`);
  });
});

describe('a sitting keyed by the year printed before its name keeps that year when the paragraph prints the year again', () => {
  const ctx214 = ctxOf('A/RES/79/214', '2024-12-19', 'Implementation of the outcomes of the United Nations Conferences on Human Settlements');
  const { attributions } = oneParagraph({ ctx: ctx214, kind: 'operative' });
  const HLPF_2026 = 'Event:high-level political forum on sustainable development @ 2026';

  it('A/RES/79/214 OP29: "following, or preceding, the 2026 high-level political forum ..., ... the quadrennial report ... to be presented in 2026"', () => {
    const text =
      'Decides to hold a high-level meeting of the General Assembly on the midterm review of the New Urban Agenda, to be held in New York for a duration of two days at the highest possible level following, or preceding, the 2026 high-level political forum on sustainable development, to assess progress on integrating the New Urban Agenda into policies, programmes and investments at all levels, identify good practices, gaps and challenges and accelerate the path to achieving the goal of the New Urban Agenda by 2036, taking into account the quadrennial report of the Secretary-General on progress in the implementation of the New Urban Agenda to be presented in 2026, invites States and local and regional governments to assess progress;';
    expect(attributions(text)).toContain(`STARTS_ON ${HLPF_2026} -> Date:2026`);
  });

  it('guard: A/RES/79/210 PP7: the known first day printed elsewhere still dates the 2023 Conference (no year of its own)', () => {
    const text =
      'Recalling the convening of the United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, “Water for Sustainable Development”, 2018–2028, in New York, from 22 to 24 March 2023, referred to as the 2023 United Nations Water Conference, and looking forward the convening of the 2026 United Nations Water Conference, to be co-hosted by Senegal and the United Arab Emirates,';
    const starts = attributions(text, 'preambular', ctxOf('A/RES/79/210', '2024-12-19', 'Water')).filter((a) => a.startsWith('STARTS_ON Event:United Nations Water Conference @ 2023'));
    expect(starts).toEqual(['STARTS_ON Event:United Nations Water Conference @ 2023 -> Date:2023-03-22']);
  });
});

describe('"the political declaration on <topic>, as reflected in its resolution <N> of <day>": the meeting\'s declaration of that year', () => {
  const ctx263 = ctxOf('A/RES/79/263', '2024-12-19', 'Consolidating gains and accelerating efforts to control and eliminate malaria in developing countries');
  const { relations: rels263, attributions: atts263 } = oneParagraph({ ctx: ctx263, kind: 'operative' });
  const HIV_2021 = 'Framework:Political Declaration on HIV and AIDS: Ending Inequalities and Getting on Track to End AIDS by 2030';
  const OP15 =
    'Recalls the political declaration on HIV and AIDS, as reflected in its resolution 75/284 of 8 June 2021, the political declaration of the third high-level meeting of the General Assembly on the prevention and control of non-communicable diseases, as reflected in its resolution 73/2 of 10 October 2018, as well as the Abuja Declaration on Roll Back Malaria in Africa, and calls upon developed countries to continue their support;';

  it('A/RES/79/263 OP15 (78/262 OP15): the 2021 Political Declaration on HIV and AIDS, recalled with 75/284', () => {
    const rels = rels263(OP15);
    expect(rels).toContain(`RECALLS ${HIV_2021}`);
    expect(rels).toContain('RECALLS Resolution:A/RES/75/284');
    // ("as reflected in" says where the text is, not who adopted it: gold aud64a)
    expect(atts263(OP15).filter((a) => a.includes('HIV'))).toEqual([]);
  });

  it('guard: a year whose declaration texts print by no title makes up none ("of 10 June 2011")', () => {
    const text = 'Recalls the political declaration on HIV and AIDS, as reflected in its resolution 65/277 of 10 June 2011;';
    expect(rels263(text).filter((r) => r.includes('Framework:'))).toEqual([]);
  });
});

describe('"<listed high-level meetings>, and recalling their political declarations": one declaration per meeting (lead, session 64)', () => {
  const ctx287 = ctxOf('A/RES/79/287', '2025-06-02', 'Global health and foreign policy');
  const { relations: rels287, attributions: atts287 } = oneParagraph({ ctx: ctx287, kind: 'preambular' });
  const DECL = 'Framework:Political declaration of the high-level meeting on';
  const MEETINGS: readonly [string, string][] = [
    ['Event:high-level meeting on pandemic prevention, preparedness and response @ 2023', `${DECL} pandemic prevention, preparedness and response (2023)`],
    ['Event:high-level meeting on universal health coverage @ 2023', `${DECL} universal health coverage (2023)`],
    ['Event:high-level meeting on the fight against tuberculosis @ 2023', `${DECL} the fight against tuberculosis (2023)`],
    ['Event:high-level meeting of the General Assembly on antimicrobial resistance @ 2024', `${DECL} antimicrobial resistance (2024)`],
  ];

  it('A/RES/79/287 PP9 (79/2 annex OP11, 80/153): each meeting ADOPTED its declaration, recalled; the meetings welcomed only', () => {
    const text =
      'Welcoming also the organization of the 2023 high-level meetings of the General Assembly on pandemic prevention, preparedness and response, on universal health coverage and on the fight against tuberculosis and the 2024 high-level meeting of the General Assembly on antimicrobial resistance, and recalling their political declarations, which highlighted the importance of international cooperation, collaboration, equity and global solidarity,';
    const rels = rels287(text);
    const atts = atts287(text);
    for (const [meeting, declaration] of MEETINGS) {
      expect(rels).toContain(`WELCOMES ${meeting}`);
      expect(rels).toContain(`RECALLS ${declaration}`);
      expect(rels).not.toContain(`RECALLS ${meeting}`);
      expect(atts).toContain(`ADOPTED ${meeting} -> ${declaration}`);
    }
  });

  it('guard: A/RES/80/176 PP12 "and reaffirming their political declarations, entitled “...”": read by the titles as before (acc18b)', () => {
    const text =
      'Recalling the outcomes of the high-level meetings on universal health coverage, held in New York on 23 September 2019 and 21 September 2023, and reaffirming their political declarations, entitled “Universal health coverage: moving together to build a healthier world” and “Universal health coverage: expanding our ambition for health and well-being in a post-COVID world”,';
    const rels = rels287(text, 'preambular', ctxOf('A/RES/80/176', '2025-12-15', 'Rare diseases'));
    expect(rels.filter((r) => r.startsWith('REAFFIRMS')).sort()).toEqual([
      'REAFFIRMS Event:high-level meeting on universal health coverage @ 2019',
      'REAFFIRMS Event:high-level meeting on universal health coverage @ 2023',
      `REAFFIRMS ${DECL} universal health coverage (2019)`,
      `REAFFIRMS ${DECL} universal health coverage (2023)`,
    ]);
  });

  it('guard: undated meetings ("the high-level meetings of the General Assembly on A, on B ..., and recalling their political declarations"): none made up', () => {
    const text =
      'Recalling the high-level meetings of the General Assembly on HIV and AIDS, on tackling antimicrobial resistance and on ending tuberculosis, and recalling their political declarations,';
    expect(rels287(text).filter((r) => r.includes(DECL))).toEqual([]);
  });
});
