// Misses found by the session-26 audit aud26f: A/RES/80/180 (policies and programmes involving youth), A/RES/79/287 (global
// health and foreign policy: health promotion), and the same forms in other texts. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/287', date: '2025-04-29' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a weak participle closing a series of gerunds is the series\' last item, not the body\'s act', () => {
  it('A/RES/79/287 PP22: "in advancing ..., enhancing ..., and supporting the achievement of ... the Sustainable Development Goals"', () => {
    const text =
      'Recognizing the transformative potential of digital technologies in advancing health promotion efforts, enhancing disease prevention strategies, and supporting the achievement of universal health coverage and health-related Sustainable Development Goals, as noted in World Health Assembly resolution 71.7 of 26 May 2018 on digital health,';
    const rels = relations(text);
    expect(rels).toContain('RECOGNIZES Framework:Sustainable Development Goals');
    expect(rels.filter((r) => r.startsWith('SUPPORTS'))).toEqual([]);
  });

  it('A/RES/79/222 PP31: "in eradicating poverty ..., including extreme poverty, and supporting sustained economic growth"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/222', date: '2024-12-19' };
    const text =
      'Emphasizing the essential role of inclusive and sustainable industrial development as part of a comprehensive strategy of structural economic transformation in eradicating poverty in all its forms and dimensions, including extreme poverty, and supporting sustained economic growth, and thus in contributing to achieving the Sustainable Development Goals,';
    const rels = relations(text, 'preambular', ctx);
    expect(rels).toContain('EMPHASIZES Framework:Sustainable Development Goals');
    expect(rels.filter((r) => r.startsWith('SUPPORTS'))).toEqual([]);
  });

  it('guard: "..., and supporting the Secretary-General in his continuing efforts" with no series before is the body\'s (A/RES/78/198 PP53)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/198', date: '2023-12-19' };
    const text =
      'Acknowledging the work done by the High-level Task Force on Global Food and Nutrition Security established by the Secretary-General, and supporting the Secretary-General in his continuing efforts in this regard, including continued engagement with Member States and the Special Rapporteur of the Human Rights Council on the right to food,';
    expect(relations(text, 'preambular', ctx)).toContain('SUPPORTS Organization:Secretary-General of the United Nations');
  });

  it('guard: "and strongly supporting" after a gerund is the body\'s stance (A/RES/78/27 PP6)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/27', date: '2023-12-04' };
    const text =
      'Acknowledging the significant contribution made by a number of countries towards realizing the objective of nuclear disarmament by the establishment of nuclear-weapon-free zones, and strongly supporting the speedy establishment of a nuclear-weapon-free zone in the Middle East and the work of the International Atomic Energy Agency,';
    expect(relations(text, 'preambular', ctx)).toContain('SUPPORTS Organization:International Atomic Energy Agency');
  });

  it('guard: a stance after a series stays the body\'s ("for preserving the contiguity ..., and demanding the cessation", A/RES/78/78 PP21)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/78', date: '2023-12-07' };
    const text =
      'Expressing grave concern about plans that severely threaten the viability of the two-State solution, given the importance for preserving the contiguity of the Palestinian territory, and demanding the cessation of such plans, in accordance with Security Council resolution 2334 (2016),';
    expect(relations(text, 'preambular', ctx)).toContain('DEMANDS Resolution:S/RES/2334(2016)');
  });
});

describe('"the convening of a one-day, high-level interactive dialogue ... by the President of the General Assembly"', () => {
  it('A/RES/79/287 OP13: the President of the General Assembly organizes the dialogue', () => {
    const text =
      'Further urges Member States to implement the Rio Political Declaration on Social Determinants of Health, as appropriate, while stressing the importance of a continued dialogue on determinants of health, and looking forward to the convening of a one-day, high-level interactive dialogue on the social, economic and environmental determinants of health by the President of the General Assembly, in 2025;';
    expect(attributions(text, 'operative')).toContain(
      'ORGANIZES Organization:President of the General Assembly -> Event:high-level interactive dialogue on the social, economic and environmental determinants of health',
    );
  });

  it('guard: "the convening of the high-level meeting on sea level rise by the President of the General Assembly" (A/RES/79/218 PP26) still organizes', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/218', date: '2024-12-19' };
    const text = 'Welcoming the convening of the high-level meeting on sea level rise by the President of the General Assembly on 25 September 2024,';
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('ORGANIZES'))).toEqual([
      'ORGANIZES Organization:President of the General Assembly -> Event:high-level meeting on sea level rise @ 2024',
    ]);
  });

  it('guard: a dialogue "by" a body with no convening noun before it is not organized by it ("the report of a high-level interactive dialogue ... by the President")', () => {
    const text = 'Takes note of the summary of a one-day, high-level interactive dialogue on the social, economic and environmental determinants of health by the President of the General Assembly;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });
});

describe('"a high-level meeting (in 2025) on a comprehensive review (, in 2025,) of the progress achieved in <topic>"', () => {
  const NCD = 'Event:high-level meeting on the prevention and control of non-communicable diseases and the promotion of mental health and well-being @ 2025';

  it('A/RES/79/287 OP17: the meeting of 2025 on what it reviews, not a meeting "on a comprehensive review"', () => {
    const text =
      'Urges Member States to fully implement recommendations from the political declaration of the third high-level meeting of the General Assembly on the prevention and control of noncommunicable diseases, and carrying forward that momentum towards the high-level meeting on a comprehensive review, in 2025, of the progress achieved in the prevention and control of noncommunicable diseases and the promotion of mental health and well-being;';
    expect(keys(text, 'Event:high-level meeting on', 'operative')).toContain(NCD);
    expect(keys(text, 'Event:high-level meeting on a comprehensive', 'operative')).toEqual([]);
    expect(relations(text, 'operative')).toContain(`URGES ${NCD}`);
  });

  it('A/RES/79/273 PP1: "in which it decided to hold a high-level meeting in 2025 on a comprehensive review of the progress achieved in ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/273', date: '2025-04-01' };
    const text =
      'Recalling its resolution 73/2 of 10 October 2018, entitled “Political declaration of the third high-level meeting of the General Assembly on the prevention and control of non‑communicable diseases”, in which it decided to hold a high-level meeting in 2025 on a comprehensive review of the progress achieved in the prevention and control of noncommunicable diseases and the promotion of mental health and well-being,';
    expect(keys(text, 'Event:high-level meeting on the prevention and control of non-communicable diseases and', 'preambular', ctx)).toEqual([NCD]);
  });

  it('guard: "a high-level meeting in 2026 on a comprehensive review of the implementation of that declaration" names no topic of its own (A/RES/79/333 PP1)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/333', date: '2025-09-01' };
    const text =
      'Recalling its resolution 78/3 of 5 October 2023, in which it decided to hold a high-level meeting in 2026 on a comprehensive review of the implementation of that declaration,';
    expect(keys(text, 'Event:high-level meeting on', 'preambular', ctx).filter((k) => k.includes('that declaration') || k.includes('comprehensive'))).toEqual([]);
  });
});

describe('a sitting named by the anniversary it marks, with when and how it sits set off before the anniversary', () => {
  const WPAY30 = 'Event:high-level plenary meeting to commemorate the thirtieth anniversary of the World Programme of Action for Youth';

  it('A/RES/80/180 PP5: "a high-level plenary meeting during the general debate of the General Assembly at its eightieth session, to mark the thirtieth anniversary of ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/180', date: '2025-12-15' };
    const text =
      'Recalling further the World Programme of Action for Youth, adopted by the General Assembly in its resolutions 50/81 of 14 December 1995 and 62/126 of 18 December 2007, and in this regard welcoming the convening in September 2025 of a high-level plenary meeting during the general debate of the General Assembly at its eightieth session, to mark the thirtieth anniversary of the World Programme of Action for Youth,';
    expect(relations(text, 'preambular', ctx)).toContain(`WELCOMES ${WPAY30}`);
  });

  it('A/RES/79/289 PP1: "a one-day high-level plenary meeting of the General Assembly, at the level of Heads of State and Government ..., during the general debate ..., to commemorate ..." is that meeting, not a bare meeting of the Assembly', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/289', date: '2025-04-29' };
    const text =
      'Recalling its resolution 76/137 of 16 December 2021, entitled “Policies and programmes involving youth”, in which it was decided to convene a one-day high-level plenary meeting of the General Assembly, at the level of Heads of State and Government with the full and effective participation of youth, during the general debate of the eightieth session of the General Assembly in 2025, to commemorate the thirtieth anniversary of the World Programme of Action for Youth,';
    const events = keys(text, 'Event:high-level', 'preambular', ctx);
    expect(events).toEqual([WPAY30]);
  });

  it('A/RES/78/288 OP5: "a high-level meeting, within existing resources, to mark the twenty-fifth anniversary of the International Day ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/288', date: '2024-08-01' };
    const text =
      'Decides to convene a high-level meeting, within existing resources, to mark the twenty-fifth anniversary of the International Day for the Elimination of Violence against Women;';
    expect(keys(text, 'Event:high-level', 'operative', ctx)).toEqual([
      'Event:high-level meeting to commemorate the twenty-fifth anniversary of the International Day for the Elimination of Violence against Women',
    ]);
  });

  it('guard: a meeting whose set-off words run to another clause is no anniversary sitting ("a high-level meeting during its session, and decides to mark the tenth anniversary")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/288', date: '2024-08-01' };
    const text =
      'Welcomes the high-level meeting held during its seventy-eighth session; decides to mark the twenty-fifth anniversary of the International Day for the Elimination of Violence against Women;';
    expect(keys(text, 'Event:high-level meeting to commemorate', 'operative', ctx)).toEqual([]);
  });
});

describe('gazetteer: the mHealth initiative of WHO and ITU', () => {
  it('A/RES/79/287 PP23: "mHealth initiatives, such as Be He@lthy, Be Mobile, which has been an ongoing collaboration ..."', () => {
    const text =
      'Acknowledging existing tools on digital health, and noting the success of the multisectoral approach through mHealth initiatives, such as Be He@lthy, Be Mobile, which has been an ongoing collaboration between the World Health Organization and the International Telecommunication Union since 2012,';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Be He@lthy, Be Mobile']);
    expect(relations(text)).toContain('NOTES Initiative:Be He@lthy, Be Mobile');
  });

  it('guard: "be mobile" in running words is no initiative', () => {
    const text = 'Recognizing that health workers must be healthy, be mobile and be trained,';
    expect(keys(text, 'Initiative:')).toEqual([]);
  });
});

describe('gazetteer: the Green Jobs for Youth Pact is a partnership', () => {
  it('A/RES/80/180 PP32: "taking note of the Global Initiative on Decent Jobs for Youth as well as the launch of the Green Jobs for Youth Pact"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/180', date: '2025-12-15' };
    const text =
      'Reaffirming that generating decent work and quality employment for youth is one of the biggest challenges that needs to be tackled, and taking note of the Global Initiative on Decent Jobs for Youth as well as the launch of the Green Jobs for Youth Pact,';
    expect(relations(text, 'preambular', ctx)).toEqual(['NOTES Initiative:Global Initiative on Decent Jobs for Youth', 'NOTES Initiative:Green Jobs for Youth Pact']);
  });

  it('guard: "the Global Jobs Pact" stays a framework (A/RES/78/179)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/179', date: '2023-12-19' };
    expect(keys('Recalling the Global Jobs Pact,', 'Framework:', 'preambular', ctx)).toEqual(['Framework:Global Jobs Pact']);
  });
});

describe('"from the <X Charter> to the <Y Charter>": a range of two instruments, not one name', () => {
  it('A/RES/79/287 PP26: "from the Ottawa Charter for Health Promotion to the Bangkok Charter for Health Promotion in a Globalized World"', () => {
    const text =
      'Recognizing the need for Member States to strengthen policies for sustainable and effective health promotion, as outlined in the outcomes of international health promotion conferences, from the Ottawa Charter for Health Promotion to the Bangkok Charter for Health Promotion in a Globalized World, the Rio Political Declaration on Social Determinants of Health and the Geneva Charter for Well-being,';
    expect(keys(text, 'Framework:')).toEqual([
      'Framework:Ottawa Charter for Health Promotion',
      'Framework:Bangkok Charter for Health Promotion in a Globalized World',
      'Framework:Rio Political Declaration on Social Determinants of Health',
      'Framework:Geneva Charter for Well-being',
    ]);
  });

  it('guard: "from the Conference of the Parties to the United Nations Framework Convention on Climate Change" stays one name', () => {
    const text = 'Noting the guidance received from the Conference of the Parties to the United Nations Framework Convention on Climate Change,';
    expect(keys(text, 'Event:')).toEqual(['Event:Conference of the Parties to the United Nations Framework Convention on Climate Change']);
  });

  it('guard: "the Protocol to the Convention" after "from" stays one name ("from the Cartagena Protocol on Biosafety to the Convention on Biological Diversity")', () => {
    const text = 'Noting the lessons learned from the Cartagena Protocol on Biosafety to the Convention on Biological Diversity,';
    expect(keys(text, 'Framework:Cartagena')).toEqual(['Framework:Cartagena Protocol on Biosafety to the Convention on Biological Diversity']);
  });
});
