// Misses found by the session-28 audit aud28f: A/RES/80/234 (pattern of conferences) and A/RES/80/75 (effects of atomic
// radiation), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/234', date: '2025-12-30' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a capitalised name with a lowercase "project" after it is an Initiative', () => {
  it('A/RES/80/234 OP109: "Notes that the Pan-African Masters Consortium in Interpretation and Translation project has the aim of ..."', () => {
    const text =
      'Notes that the Pan-African Masters Consortium in Interpretation and Translation project has the aim of establishing postgraduate university programmes in translation, conference interpreting and public service interpreting through centres of excellence on the African continent, and requests the Secretary-General to continue to report on the achievements of this project;';
    const key = 'Initiative:Pan-African Masters Consortium in Interpretation and Translation';
    expect(keys(text, 'Initiative:')).toEqual([key]);
    expect(relations(text)).toContain(`NOTES ${key}`);
  });

  it('A/RES/78/119 PP31 (79/140 PP34): "welcoming efforts such as the Health Care in Danger project of the International Red Cross and Red Crescent Movement"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/119', date: '2023-12-08' };
    const text =
      'Strongly condemning all acts of violence, including direct attacks, against humanitarian personnel and facilities, as well as against medical personnel and other humanitarian personnel exclusively engaged in medical duties, their means of transport and equipment, and hospitals and other medical facilities, which in a majority of cases affect locally recruited personnel, noting with concern the negative implications for the provision of humanitarian assistance to populations in need, and welcoming efforts such as the Health Care in Danger project of the International Red Cross and Red Crescent Movement, together with States, international and non-governmental organizations and other relevant stakeholders, to strengthen compliance with international humanitarian law by raising awareness, and promoting preparedness to address the grave and serious humanitarian consequences arising from such violence,';
    expect(keys(text, 'Initiative:', 'preambular', ctx)).toEqual(['Initiative:Health Care in Danger']);
    expect(relations(text, 'preambular', { ...ctx })).toContain('WELCOMES Initiative:Health Care in Danger');
    expect(attributions(text, 'preambular', { ...ctx })).toContain(
      'LEADS Organization:International Red Cross and Red Crescent Movement -> Initiative:Health Care in Danger',
    );
  });

  it('A/RES/79/123 PP24: the same project in quotes ("other actors in the “Health Care in Danger” project") is one node', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/123', date: '2024-12-04' };
    const text =
      'Noting also the work undertaken by States, the International Red Cross and Red Crescent Movement and other actors in the “Health Care in Danger” project to improve the protection of the provision of and access to healthcare,';
    expect(keys(text, 'Initiative:', 'preambular', ctx)).toEqual(['Initiative:Health Care in Danger']);
    expect(relations(text, 'preambular', { ...ctx })).toContain('NOTES Initiative:Health Care in Danger');
    // (the movement is one of the actors, not the project's owner: no "of the" between)
    expect(attributions(text, 'preambular', { ...ctx }).filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });

  it('guard: a known fund before "project" stays the fund ("to implement the Peacebuilding Fund project to address hate speech")', () => {
    const text = 'Encourages religious leaders to work towards reconciliation, and to implement the Peacebuilding Fund project to address hate speech;';
    expect(keys(text, 'Initiative:')).toEqual([]);
    expect(keys(text, 'Organization:Peacebuilding')).toEqual(['Organization:Peacebuilding Fund']);
  });

  it('guard: no "the" before the name, no initiative ("the investments that the Government has made in its Bhashan Char project")', () => {
    const text = 'Recognizes the extensive investments that the Government of Bangladesh has made in its Bhashan Char project;';
    expect(keys(text, 'Initiative:')).toEqual([]);
  });
});

describe('a booklet cited by its bare title', () => {
  const UNSCEAR: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/75', date: '2025-12-05' };

  it('A/RES/80/75 OP22: "the United Nations Environment Programme booklet entitled Radiation: Effects and Sources in 16 different languages"', () => {
    const text =
      'Notes the online publication of the United Nations Environment Programme booklet entitled Radiation: Effects and Sources in 16 different languages, and encourages its wide dissemination and periodic update, as appropriate, on the basis of the most recent Scientific Committee reports and annexes;';
    const key = 'Document:radiation: effects and sources';
    expect(keys(text, 'Document:', 'operative', UNSCEAR)).toEqual([key]);
    expect(relations(text, 'operative', { ...UNSCEAR })).toContain(`NOTES ${key}`);
  });

  it('guard: a title with "in" and no count of languages keeps its words (A/RES/78/211: "Protecting Minority Rights: A Practical Guide ...")', () => {
    const text =
      'Welcomes the publication entitled Protecting Minority Rights: A Practical Guide to Developing Comprehensive Anti-Discrimination Legislation, and encourages its use in States;';
    expect(keys(text, 'Document:', 'operative', { ...GA })).toEqual([
      'Document:protecting minority rights: a practical guide to developing comprehensive anti-discrimination legislation',
    ]);
  });
});

describe('a unit of a named division of the Secretariat', () => {
  it('A/RES/80/234 OP92 (79/248 OP103): "the Content Services Unit of the Meetings and Publishing Division" is the unit PART_OF the division', () => {
    const text =
      'Notes the current difficulties in finding suitable candidates with the required language skills in the local market to fill vacant posts in the Content Services Unit of the Meetings and Publishing Division and the text-processing units of the translation services in the Documentation Division, and directs that staff rule 4.4 be temporarily waived in relation to these posts, unless decided otherwise by the General Assembly;';
    expect(keys(text, 'Organization:', 'operative', { ...GA }).filter((k) => k.includes('Division') || k.includes('Unit'))).toEqual([
      'Organization:Content Services Unit',
      'Organization:Meetings and Publishing Division',
      'Organization:Documentation Division',
    ]);
    expect(attributions(text, 'operative', { ...GA })).toContain('PART_OF Organization:Content Services Unit -> Organization:Meetings and Publishing Division');
  });

  it('guard: the division printed alone is one node, PART_OF nothing ("the Meetings and Publishing Division")', () => {
    const text = 'Welcomes the efforts of the Meetings and Publishing Division to reduce the cost of printing;';
    expect(keys(text, 'Organization:', 'operative', { ...GA })).toEqual(['Organization:Meetings and Publishing Division']);
    expect(attributions(text, 'operative', { ...GA })).toEqual([]);
  });
});

describe('a quoted name before its lowercase kind word is an Initiative', () => {
  const NC: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/98', date: '2025-12-05' };

  it('A/RES/80/98 OP24 (78/94 OP20, 79/107 OP21): "Commends the “Cadres for the future” programme"', () => {
    const text =
      'Commends the “Cadres for the future” programme, and encourages further enhancement of the training and capacity-building of high-level executives in the public and private sectors in the Territory, particularly in view of the ongoing transfer of powers from the Government of France to New Caledonia, while ensuring that the transfer of powers is undertaken in a manner consistent with the Nouméa Accord;';
    expect(keys(text, 'Initiative:', 'operative', NC)).toEqual(['Initiative:Cadres for the future']);
    expect(relations(text, 'operative', { ...NC })).toContain('APPRECIATES Initiative:Cadres for the future');
  });

  it('guard: a known name in quotes keeps its gazetteer node ("welcomes the “Making Cities Resilient 2030” initiative", A/RES/79/205 OP16)', () => {
    const text = 'Welcomes the “Making Cities Resilient 2030” initiative in support of local capacities;';
    expect(keys(text, 'Initiative:', 'operative', { ...GA })).toEqual(['Initiative:Making Cities Resilient 2030']);
  });

  it('guard: a quoted title with no kind word after it is no initiative (A/RES/79/248 OP125: "Notes that the “African project” has the aim of")', () => {
    const text = 'Notes that the “African project” has the aim of establishing postgraduate university programmes in translation;';
    expect(keys(text, 'Initiative:', 'operative', { ...GA })).toEqual([]);
  });
});
