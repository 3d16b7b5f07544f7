// Session-50 audit aud50h: event residuals reported by annotators (no new gold set). Fixed: a special session of the General
// Assembly known by its topic, no ordinal printed ("the special session of the General Assembly against corruption", 79/190;
// "on children", 79/153; "in response to the COVID-19 pandemic", 79/333; "on the world drug problem", 78/284, 78/229, 79/284)
// is an Event, SESSION_OF the Assembly, with its own venue and dates (no longer given to the Youth Forum held during it,
// 79/190 PP37, which stays apart from the Economic and Social Council Youth Forum); "the Conference, which was held from 13 to
// 16 July 2015" after "the Addis Ababa Action Agenda of the Third International Conference on Financing for Development" (78/69
// PP14, 79/144, 80/110) is that conference (aud23a's convention), which ADOPTED the Agenda and is dated by the days printed.
// "the general debate at its eightieth session" (79/288 PP3) is the general debate of that session, as "the general debate of
// the Assembly at its eightieth session" is. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { gaResolution, graphOf, para } from '../helpers/graph-of.js';

const GA79_190: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/190', date: '2024-12-17' };
const { relations, attributions, keys } = oneParagraph({ ctx: GA79_190, kind: 'preambular' });

const AGAINST_CORRUPTION = 'Event:special session of the General Assembly against corruption @ 2021';
const ASSEMBLY = 'Organization:General Assembly';

const P79_190_PP11 =
  'Reaffirming the comprehensive set of commitments contained in the political declaration entitled “Our common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation”, adopted at the first-ever special session of the General Assembly against corruption, held from 2 to 4 June 2021,8 which is a milestone in the efforts of the international community to prevent and combat corruption, including domestic efforts such as preventive measures, criminalization, law enforcement and asset recovery, and reaffirming also the strong commitment of the States parties to the United Nations Convention against Corruption in which it was agreed to step up the efforts to promote and effectively implement the anti-corruption obligations and robust commitments under the international anti-corruption architecture,';
const P79_190_OP9 =
  'Reaffirms the comprehensive set of commitments contained in the political declaration adopted by the special session of the General Assembly against corruption, held from 2 to 4 June 2021, with regard to the United Nations Convention against Corruption and to stepping up efforts to promote and effectively implement the anti-corruption obligations and robust commitments under the international anti-corruption architecture;';
const P79_190_PP37 = 'Recalling the Youth Forum discussions held during the opening of the special session of the General Assembly against corruption, held at United Nations Headquarters from 2 to 4 June 2021,';
const P79_333_PP3 =
  'Recalling its resolution 75/4 of 5 November 2020, entitled “Special session of the General Assembly in response to the coronavirus disease (COVID‑19) pandemic”, by which a special session of the General Assembly in response to the COVID‑19 pandemic at the level of Heads of State and Government was held on 3 and 4 December 2020”';
const P79_153_OP1 =
  'Stresses that the gender equality and empowerment of women and girls is key to breaking the cycle of discrimination and violence and for the promotion and protection of human rights, including the right to the enjoyment of the highest attainable standard of physical and mental health, including sexual and reproductive health, and calls upon States parties to fulfil their obligations under the Convention on the Rights of the Child and the Convention on the Elimination of All Forms of Discrimination against Women, as well as their commitments to implementing the Declaration on the Elimination of Violence against Women, 23 the Programme of Action of the International Conference on Population and Development, the Beijing Platform for Action and the outcomes of the twenty-third special session of the General Assembly, entitled “Women 2000: gender equality, development and peace for the twenty-first century”, and of the special session of the General Assembly on children;24';

describe('a special session of the General Assembly known by its topic is an event', () => {
  it('A/RES/79/190 PP11: "the political declaration entitled “Our common commitment ...”, adopted at the first-ever special session of the General Assembly against corruption, held from 2 to 4 June 2021": the session, SESSION_OF the Assembly, dated, ADOPTED the declaration', () => {
    expect(relations(P79_190_PP11)).toContain(`REAFFIRMS ${AGAINST_CORRUPTION}`);
    const att = attributions(P79_190_PP11);
    expect(att).toContain(`SESSION_OF ${AGAINST_CORRUPTION} -> ${ASSEMBLY}`);
    expect(att).toContain(`STARTS_ON ${AGAINST_CORRUPTION} -> Date:2021-06-02`);
    expect(att).toContain(`ENDS_ON ${AGAINST_CORRUPTION} -> Date:2021-06-04`);
    // ("first-ever" is printed in the phrase, not the name: the declaration "adopted at the" session)
    expect(att).toContain(`ADOPTED ${AGAINST_CORRUPTION} -> Framework:Our common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation`);
  });

  it('A/RES/79/190 OP9: "the political declaration adopted by the special session of the General Assembly against corruption": the session, not the Assembly, is the target', () => {
    const rel = relations(P79_190_OP9, 'operative');
    expect(rel).toContain(`REAFFIRMS ${AGAINST_CORRUPTION}`);
    expect(rel).not.toContain(`REAFFIRMS ${ASSEMBLY}`);
  });

  it('A/RES/79/190 PP37: "the Youth Forum discussions held during the opening of the special session ..., held at United Nations Headquarters from 2 to 4 June 2021": the venue and dates are the session\'s, not the Youth Forum\'s', () => {
    const att = attributions(P79_190_PP37);
    expect(att).toContain(`HELD_IN ${AGAINST_CORRUPTION} -> Place:United Nations Headquarters`);
    expect(att).toContain(`STARTS_ON ${AGAINST_CORRUPTION} -> Date:2021-06-02`);
    expect(att.filter((a) => a.includes('Youth Forum'))).toEqual([]);
  });

  it('A/RES/79/333 PP3: "a special session of the General Assembly in response to the COVID-19 pandemic at the level of Heads of State and Government was held on 3 and 4 December 2020": the level is no word of the topic', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/333', date: '2025-09-08' };
    const covid = 'Event:special session of the General Assembly in response to the COVID-19 pandemic @ 2020';
    expect(relations(P79_333_PP3, 'preambular', ctx)).toContain(`RECALLS ${covid}`);
    const att = attributions(P79_333_PP3, 'preambular', ctx);
    expect(att).toContain(`SESSION_OF ${covid} -> ${ASSEMBLY}`);
    expect(att).toContain(`STARTS_ON ${covid} -> Date:2020-12-03`);
  });

  it('A/RES/79/153 OP1: "the outcome document of ... and of the special session of the General Assembly on children": the session', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/153', date: '2024-12-17' };
    expect(keys(P79_153_OP1, 'Event:special session', 'operative', ctx)).toEqual(['Event:special session of the General Assembly on children']);
    expect(attributions(P79_153_OP1, 'operative', ctx)).toContain(`SESSION_OF Event:special session of the General Assembly on children -> ${ASSEMBLY}`);
  });

  it('guard: a numbered special session with its topic ("the twenty-seventh special session of the General Assembly on children", A/RES/78/187 PP14) keeps its numbered name', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/187', date: '2023-12-19' };
    const text = 'Reaffirming the Vienna Declaration and Programme of Action and the outcome document of the twenty-seventh special session of the General Assembly on children, entitled “A world fit for children”,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual(['Event:twenty-seventh special session of the General Assembly']);
  });

  it('guard: a capitalised "Special session of the General Assembly ..." is a quoted title (A/RES/79/333 PP3, the title of resolution 75/4), no second session', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/333', date: '2025-09-08' };
    expect(keys(P79_333_PP3, 'Event:', 'preambular', ctx)).toEqual(['Event:special session of the General Assembly in response to the COVID-19 pandemic @ 2020']);
  });

  it('guard: "the Committee against Torture at its eightieth session" keeps its owner\'s whole name', () => {
    const text = 'Welcoming the work of the Committee against Torture at its eightieth session,';
    expect(attributions(text)).toContain('SESSION_OF Event:eightieth session of the Committee against Torture -> Organization:Committee against Torture');
  });
});

describe('an undated bare sitting name is not the owner-prefixed sitting', () => {
  it('A/RES/79/190 PP37 beside A/RES/78/179 PP13 ("the Economic and Social Council youth forum"): two Youth Forum nodes, the Council\'s keeps its name', () => {
    const g = graphOf(
      gaResolution('A/RES/78/179', '2023-12-19', [para('PP13', 'Acknowledging the Economic and Social Council youth forum as a platform for young people,')]),
      gaResolution('A/RES/79/190', '2024-12-17', [para('PP37', P79_190_PP37)]),
    );
    expect(g.hasNode('Event:Economic and Social Council Youth Forum')).toBe(true);
    expect(g.hasNode('Event:Youth Forum')).toBe(true);
  });
});

describe('"adopted by the Conference, which was held ..." after the conference named in the outcome\'s own name', () => {
  const GA78_69: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' };
  const FFD3 = 'Event:Third International Conference on Financing for Development';
  const AGENDA = 'Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development';
  const P78_69_PP14 =
    'Recognizing also paragraphs 64 and 65 of the Addis Ababa Action Agenda of the Third International Conference on Financing for Development, adopted by the Conference, which was held from 13 to 16 July 2015,';

  it('A/RES/78/69 PP14 (79/144 PP14, 80/110 PP13): the Conference ADOPTED the Agenda and is dated 13 to 16 July 2015', () => {
    const att = attributions(P78_69_PP14, 'preambular', { ...GA78_69 });
    expect(att).toContain(`ADOPTED ${FFD3} -> ${AGENDA}`);
    expect(att).toContain(`STARTS_ON ${FFD3} -> Date:2015-07-13`);
    expect(att).toContain(`ENDS_ON ${FFD3} -> Date:2015-07-16`);
  });

  it('guard: "the Conference, which was held ..." with no conference named before it in the paragraph is a back-reference, not dated here', () => {
    const text = 'Recognizing the Addis Ababa Action Agenda, adopted by the Conference, which was held from 13 to 16 July 2015,';
    expect(attributions(text, 'preambular', { ...GA78_69 }).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('guard: a short form held in another year than its known sitting is another edition ("adopted by the Conference held in New York from 5 to 9 June 2017", A/RES/78/69 PP11) and keeps that reading', () => {
    const text =
      'Recalling also its resolution 76/296 of 21 July 2022, in which it endorsed the declaration entitled “Our ocean, our future, our responsibility” adopted by the high-level United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development, held in Lisbon from 27 June to 1 July 2022, and its resolution 71/312 of 6 July 2017, in which it endorsed the declaration entitled “Our ocean, our future: call for action”, adopted by the Conference held in New York from 5 to 9 June 2017,';
    const att = attributions(text, 'preambular', { ...GA78_69 });
    expect(att).toContain('STARTS_ON Event:United Nations Ocean Conference @ 2017 -> Date:2017-06-05');
    expect(att).toContain('STARTS_ON Event:United Nations Ocean Conference @ 2022 -> Date:2022-06-27');
  });
});

describe('"the general debate at its eightieth session" is the debate of that session', () => {
  const GA79_288: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/288', date: '2025-06-16' };
  const P79_288_PP3 =
    'Recalling its resolution 78/182 of 19 December 2023 on the follow-up to the Fourth World Conference on Women and full implementation of the Beijing Declaration and Platform for Action and the outcome of the twenty-third special session of the General Assembly, in which it decided to convene a one-day high-level meeting of the General Assembly in the margins of the general debate at its eightieth session in order to celebrate the thirtieth anniversary of the Fourth World Conference on Women, so as to accelerate the realization of gender equality and the empowerment of all women and girls,';
  const DEBATE = 'Event:general debate of the eightieth session of the General Assembly';

  it('A/RES/79/288 PP3: "in the margins of the general debate at its eightieth session": the debate, PART_OF the session, SESSION_OF the Assembly', () => {
    expect(relations(P79_288_PP3, 'preambular', { ...GA79_288 })).toContain(`RECALLS ${DEBATE}`);
    const att = attributions(P79_288_PP3, 'preambular', { ...GA79_288 });
    expect(att).toContain(`PART_OF ${DEBATE} -> Event:eightieth session of the General Assembly`);
    expect(att).toContain(`SESSION_OF ${DEBATE} -> ${ASSEMBLY}`);
  });

  it('guard: "the general debate of the Assembly at its eighty-first session" (A/RES/79/333 OP1) keeps its name', () => {
    const text = 'Decides that the high-level meeting shall be held at United Nations Headquarters in New York, in September 2026 during the general debate of the Assembly at its eighty-first session;';
    expect(keys(text, 'Event:general debate', 'operative', { body: 'General Assembly', symbol: 'A/RES/79/333', date: '2025-09-08' })).toEqual(['Event:general debate of the eighty-first session of the General Assembly']);
  });
});
