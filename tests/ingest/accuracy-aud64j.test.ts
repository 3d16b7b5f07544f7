// Session-64 audit aud64j: residual faults of checked golds (A/RES/79/209 aud51e, 80/143 aud63n, 79/268 aud62m, 78/64 aud62y,
// 79/286 aud62s). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not
// change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const UNEA = 'Report of the United Nations Environment Assembly of the United Nations Environment Programme';
const { relations } = oneParagraph({ ctx: ctxOf('A/RES/79/209', '2024-12-19', UNEA), kind: 'preambular' });
const ECOSOC = 'Organization:Economic and Social Council';

describe('the second body a forum met under the auspices of, after "and": a setting, no verb target (ruling, session 62)', () => {
  it('A/RES/79/209 PP27: "which met under the auspices of the General Assembly in September 2023 and under the auspices of the Economic and Social Council"', () => {
    const rels = relations(
      'Recognizing the important contribution of the United Nations Environment Assembly to the high-level political forum on sustainable development, which met under the auspices of the General Assembly in September 2023 and under the auspices of the Economic and Social Council in New York in 2023 and 2024 and undertook an in-depth review of progress on the implementation of the 2030 Agenda and the Sustainable Development Goals,',
    );
    expect(rels).toContain('RECOGNIZES Organization:high-level political forum on sustainable development');
    expect(rels).not.toContain(`RECOGNIZES ${ECOSOC}`);
    expect(rels).not.toContain('RECOGNIZES Organization:General Assembly');
  });

  // (the Council of this pair is a setting too since aud64h, lead's ruling, session 64: accuracy-aud54h)
  it('guard: A/RES/78/206 OP11 "the high-level political forum ..., under the auspices of the General Assembly and of the Economic and Social Council, has the central role": the forum stays a target', () => {
    const rels = relations(
      'Reaffirms that the high-level political forum on sustainable development, under the auspices of the General Assembly and of the Economic and Social Council, has the central role in overseeing follow-up and review at the global level of the Sustainable Development Goals, and encourages Member States to share their experiences and best practices;',
      'operative',
    );
    expect(rels).not.toContain(`REAFFIRMS ${ECOSOC}`);
    expect(rels.some((r) => r.startsWith('REAFFIRMS ') && r.includes('high-level political forum'))).toBe(true);
  });
});

describe('a numbered sitting named by a series\' short form is SESSION_OF the series (ruling, sessions 52-55)', () => {
  const CA = 'Strengthening regional and international cooperation to ensure peace, stability and sustainable development in the Central Asian region';
  const ca = oneParagraph({ ctx: ctxOf('A/RES/79/268', '2025-04-15', CA), kind: 'preambular' });
  const SERIES = 'Event:Consultative Meeting of the Heads of State of Central Asia';

  it('A/RES/79/268 PP7: "taking note of the sixth consultative meeting, held in Astana on 9 August 2024"', () => {
    const atts = ca.attributions(
      'Reaffirming the importance of holding regular consultative meetings of the Central Asian Heads of State, and in this regard taking note of the sixth consultative meeting, held in Astana on 9 August 2024,',
    );
    expect(atts).toContain(`SESSION_OF Event:sixth Consultative Meeting of the Heads of State of Central Asia -> ${SERIES}`);
  });

  it('guard: the series printed alone is no sitting of itself', () => {
    const atts = ca.attributions('Reaffirming the importance of holding regular consultative meetings of the Central Asian Heads of State,');
    expect(atts.filter((a) => a.startsWith('SESSION_OF'))).toEqual([]);
  });
});

describe('"Ibid., annex II." under the paragraph after a conference report\'s note: that conference ADOPTED the text the note marks (sessions 54-55)', () => {
  const UNCED = 'Event:United Nations Conference on Environment and Development @ 1992';
  const PP6 = 'Reaffirming the Rio Declaration on Environment and Development 6 and its principles,';
  const NOTE6 =
    'Report of the United Nations Conference on Environment and Development, Rio de Janeiro, 3–14 June 1992, vol. I, Resolutions Adopted by the Conference (United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I.';
  const PP7 = 'Taking into account Agenda 217 and the Plan of Implementation of the World Summit on Sustainable Development,8';

  it('A/RES/79/209 PP7: "Agenda 21,7" with "7 Ibid., annex II." after PP6\'s note 6 (the UNCED report, resolution 1, annex I)', () => {
    const ctx = ctxOf('A/RES/79/209', '2024-12-19', UNEA);
    expect(footnotedAttributions('PP6', PP6, '6', 'Development 6', NOTE6, ctx)).toContain(`ADOPTED ${UNCED} -> Framework:Rio Declaration on Environment and Development`);
    expect(footnotedAttributions('PP7', PP7, '7', 'Agenda 217', 'Ibid., annex II.', ctx)).toContain(`ADOPTED ${UNCED} -> Framework:Agenda 21`);
  });

  it('guard: "Ibid., annex II." after a note citing an Assembly resolution states no adoption by a conference', () => {
    const ctx = ctxOf('A/RES/79/209', '2024-12-19', UNEA);
    footnotedAttributions('PP6', 'Recalling the 2030 Agenda for Sustainable Development,6', '6', 'Development,6', 'Resolution 70/1.', ctx);
    const atts = footnotedAttributions('PP7', PP7, '7', 'Agenda 217', 'Ibid., annex II.', ctx);
    expect(atts.filter((a) => a.includes('-> Framework:Agenda 21'))).toEqual([]);
  });
});

describe('"their" after a meeting named with its resumed sessions stands for the meeting (ruling, session 57)', () => {
  const SDS = oneParagraph({ ctx: ctxOf('A/RES/80/143', '2025-12-15', 'Combating sand and dust storms'), kind: 'preambular' });
  const COP16 = 'Event:sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';

  it('A/RES/80/143 PP10: "... as well as the two resumed sessions of the sixteenth meeting ..., and taking note of their adopted decisions"', () => {
    const rels = SDS.relations(
      'Welcoming also the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, and the meetings of the Parties to the Protocols to the Convention, held in Cali, Colombia, from 21 October to 1 November 2024, under the theme “Peace with nature”, as well as the two resumed sessions of the sixteenth meeting of the Conference of Parties to the Convention, held online from 3 to 6 December 2024 and in Rome from 25 to 27 February 2025, and taking note of their adopted decisions,',
    );
    expect(rels).toContain(`WELCOMES ${COP16}`);
    expect(rels).toContain(`NOTES ${COP16}`);
  });

  it('guard: A/RES/80/143 OP20 "the sixteenth session ..., and the adoption of its decisions, and calls for their full implementation": the decisions\', no sitting', () => {
    const rels = SDS.relations(
      'Welcomes the convening of the sixteenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, particularly in Africa, held in Riyadh from 2 to 13 December 2024, under the theme “Our land. Our future”, and the adoption of its decisions, and calls for their full implementation;',
      'operative',
    );
    expect(rels.filter((r) => r.startsWith('CALLS_UPON'))).toEqual([]);
  });
});

describe('"its <programme>" right after one named body in its clause: the body LEADS it (as "the <body>’s <programme>")', () => {
  const SDS = oneParagraph({ ctx: ctxOf('A/RES/80/143', '2025-12-15', 'Combating sand and dust storms'), kind: 'operative' });
  const WMO = 'Organization:World Meteorological Organization';
  const SDS_WAS = 'Initiative:Sand and Dust Storm Warning Advisory and Assessment System';

  it('A/RES/80/143 OP19 (79/212, 78/158): "commends the World Meteorological Organization for achieving ... improvements to the ... systems that are part of its Sand and Dust Storm Warning Advisory and Assessment System"', () => {
    const atts = SDS.attributions(
      'Also commends the World Meteorological Organization for achieving several improvements to the observation and modelling systems that are part of its Sand and Dust Storm Warning Advisory and Assessment System, which provides sand and dust storm forecasts for early warning systems in various countries;',
    );
    expect(atts).toContain(`LEADS ${WMO} -> ${SDS_WAS}`);
  });

  it('guard: the Assembly before "its" is no owner ("the General Assembly ... its Sand and Dust Storm ... System")', () => {
    const atts = SDS.attributions(
      'Recalls that the General Assembly has noted the improvements that are part of its Sand and Dust Storm Warning Advisory and Assessment System;',
    );
    expect(atts.filter((a) => a.startsWith('LEADS') && a.endsWith(SDS_WAS))).toEqual([]);
  });
});
