// Gaps found by session-18 audits over corpus-ga (acc18): a unit printed "of the Secretariat" is one entity, PART_OF the
// Secretariat (since session 50 the Secretariat is a mention and takes the verb too, as every other owner); the General Conferences of the IAEA, UNESCO and UNIDO are organs of their agencies, holding their sessions;
// "Secretariat" before a lowercase noun is no body's name. Each case quotes the file named; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/8', date: '2024-12-02' };
const SECRETARIAT = 'Organization:Secretariat of the United Nations';

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

// (convention changed in session 50: the owner Secretariat takes the verb, as every other owner; the PART_OF stays)
describe('"<unit> of the Secretariat": the unit, PART_OF the Secretariat, and the Secretariat a mention and a verb target too', () => {
  it('A/RES/79/8 OP23: "Encourages the Department of Economic and Social Affairs of the Secretariat to continue its work"', () => {
    const text =
      'Encourages the Department of Economic and Social Affairs of the Secretariat to continue its work on sport for development and peace, including by updating the 2018 United Nations Action Plan on Sport for Development and Peace, and encourages Member States to support the Department in its efforts, including through voluntary contributions;';
    // (convention changed in session 50: the owner Secretariat takes the verb, as every other owner)
    expect(keys(text, 'Organization:')).toContain(SECRETARIAT);
    expect(relations(text)).toContain('ENCOURAGES Organization:Department of Economic and Social Affairs');
    expect(relations(text)).toContain(`ENCOURAGES ${SECRETARIAT}`);
    expect(attributions(text)).toContain(`PART_OF Organization:Department of Economic and Social Affairs -> ${SECRETARIAT}`);
  });

  it('A/RES/78/60 OP5: "the Regional Disarmament, Information and Outreach Branch of the Office for Disarmament Affairs of the Secretariat"', () => {
    const text =
      'Emphasizes the importance of the activities of the Regional Disarmament, Information and Outreach Branch of the Office for Disarmament Affairs of the Secretariat;';
    const ctx = { ...GA, symbol: 'A/RES/78/60', date: '2023-12-04' };
    // (convention changed in session 50: the owner Secretariat takes the verb, as every other owner)
    expect(keys(text, 'Organization:', 'operative', ctx)).toContain(SECRETARIAT);
    expect(relations(text, 'operative', ctx)).toContain(`EMPHASIZES ${SECRETARIAT}`);
    expect(attributions(text, 'operative', ctx)).toContain(`PART_OF Organization:Office for Disarmament Affairs -> ${SECRETARIAT}`);
  });

  it('A/RES/78/205 OP44: "in close cooperation with ..., the Office for the Coordination of Humanitarian Affairs of the United Nations Secretariat, ..."', () => {
    const text =
      'Requests the Secretary-General to continue to provide the Special Rapporteur, from within existing resources, with all assistance necessary to strengthen and carry out her mandate effectively, and encourages the Office of the United Nations High Commissioner for Human Rights, in close cooperation with the Emergency Relief Coordinator, the Office for the Coordination of Humanitarian Affairs of the United Nations Secretariat, the Office of the United Nations High Commissioner for Refugees, the International Organization for Migration and all other relevant United Nations offices and agencies and related organizations, to continue to support and cooperate with the Special Rapporteur;';
    const ctx = { ...GA, symbol: 'A/RES/78/205', date: '2023-12-19' };
    // (convention changed in session 50: the owner Secretariat takes the verb, as every other owner)
    expect(keys(text, 'Organization:', 'operative', ctx)).toContain(SECRETARIAT);
    expect(relations(text, 'operative', ctx)).toContain(`ENCOURAGES ${SECRETARIAT}`);
    expect(relations(text, 'operative', ctx)).toContain('ENCOURAGES Organization:Office for the Coordination of Humanitarian Affairs');
    expect(attributions(text, 'operative', ctx)).toContain(`PART_OF Organization:Office for the Coordination of Humanitarian Affairs -> ${SECRETARIAT}`);
  });

  it('guard: the Secretariat alone keeps its mention and edge (A/RES/78/103 OP23 "the work of the Secretariat"; A/RES/78/46 OP17)', () => {
    const ctx = { ...GA, symbol: 'A/RES/78/103', date: '2023-12-07' };
    const work =
      'Notes with appreciation the work of the Secretariat on the system for the collection and dissemination of case law on Commission texts (the CLOUT system) in the six official languages of the United Nations;';
    expect(relations(work, 'operative', ctx)).toContain(`NOTES ${SECRETARIAT}`);
    const assist =
      'Encourages States, with the assistance of the Secretariat, where applicable, to develop options for enhancing the effectiveness of the existing international assistance frameworks;';
    expect(relations(assist, 'operative', { ...ctx, symbol: 'A/RES/78/46' })).toContain(`ENCOURAGES ${SECRETARIAT}`);
  });

  it('guard: "other departments and offices of the Secretariat" (A/RES/78/118 OP27) names the Secretariat', () => {
    const text =
      'Notes with appreciation the adoption by the Department of Safety and Security, in collaboration with other departments and offices of the Secretariat, of standard operating procedures on the victims of violence registry for fatalities in service;';
    const ctx = { ...GA, symbol: 'A/RES/78/118', date: '2023-12-07' };
    expect(keys(text, 'Organization:', 'operative', ctx)).toContain(SECRETARIAT);
    expect(relations(text, 'operative', ctx)).toContain(`NOTES ${SECRETARIAT}`);
  });
});

const IAEA = 'Organization:International Atomic Energy Agency';
const IAEA_GC = 'Organization:General Conference of the International Atomic Energy Agency';
const UNIDO = 'Organization:United Nations Industrial Development Organization';
const UNIDO_GC = 'Organization:General Conference of the United Nations Industrial Development Organization';

describe('the General Conference of the IAEA, UNESCO or UNIDO is the agency’s organ, PART_OF it, holding its sessions', () => {
  it('A/RES/78/17 OP3: "adopted on 28 September 2023 by the General Conference of the International Atomic Energy Agency at its sixty-seventh regular session"', () => {
    const text =
      'Takes note of resolution GC(67)/RES/13, adopted on 28 September 2023 by the General Conference of the International Atomic Energy Agency at its sixty-seventh regular session, concerning the application of Agency safeguards in the Middle East;';
    const ctx = { ...GA, symbol: 'A/RES/78/17', date: '2023-12-04' };
    const session = 'Event:sixty-seventh session of the General Conference of the International Atomic Energy Agency';
    const x = extract(text, 'operative', ctx);
    expect(x.mentions.map((m) => m.key)).toEqual(expect.arrayContaining([IAEA_GC, session]));
    const rel = x.relations.map((r) => `${r.type} ${r.target}`);
    // (convention changed by the lead's ruling, session 53: the body printed after its own numbered text with "adopted ... by
    // the", a day between, is its author, no target of the verb, nor its owner printed inside its name; the sitting still is)
    expect(rel).not.toContain(`NOTES ${IAEA_GC}`);
    expect(rel).not.toContain(`NOTES ${IAEA}`);
    expect(rel).toContain(`NOTES ${session}`);
    const attrs = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(attrs).toContain(`PART_OF ${IAEA_GC} -> ${IAEA}`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attrs).toContain(`SESSION_OF ${session} -> ${IAEA_GC}`);
  });

  it('A/RES/78/287 PP9: "the General Conference of the United Nations Educational, Scientific and Cultural Organization at its forty-second session"', () => {
    const text =
      'Acknowledging the recommendation made by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its forty-second session for the United Nations General Assembly to proclaim 2025 the International Year of Quantum Science and Technology,';
    const ctx = { ...GA, symbol: 'A/RES/78/287', date: '2024-06-07' };
    const gc = 'Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization';
    const x = extract(text, 'preambular', ctx);
    expect(x.mentions.map((m) => m.key)).toContain(gc);
    expect(x.mentions.map((m) => m.key)).toContain('Event:forty-second session of the General Conference of the United Nations Educational, Scientific and Cultural Organization');
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`PART_OF ${gc} -> Organization:United Nations Educational, Scientific and Cultural Organization`);
  });

  it('A/RES/79/222 PP15: "the eighteenth session of the General Conference of the United Nations Industrial Development Organization, held in Abu Dhabi"', () => {
    const text =
      'Recalling further the eighteenth session of the General Conference of the United Nations Industrial Development Organization, held in Abu Dhabi in November 2019, and the Abu Dhabi Declaration,';
    const ctx = { ...GA, symbol: 'A/RES/79/222', date: '2024-12-19' };
    const session = 'Event:eighteenth session of the General Conference of the United Nations Industrial Development Organization';
    const x = extract(text, 'preambular', ctx);
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`RECALLS ${session}`);
    const attrs = x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attrs).toContain(`SESSION_OF ${session} -> ${UNIDO_GC}`);
    expect(attrs).toContain(`HELD_IN ${session} -> Place:Abu Dhabi`);
  });

  it('A/RES/78/8 PP4, OP3: "approved by the General Conference of the Agency", then "the indispensable role of the Agency" is the Agency', () => {
    const ctx = { ...GA, symbol: 'A/RES/78/8', date: '2023-11-02' };
    extract('Having received the report of the International Atomic Energy Agency for 2022', 'preambular', ctx);
    const pp4 =
      'Recognizing also the cooperation between the United Nations and the Agency and the Agreement governing the relationship between the United Nations and the Agency as approved by the General Conference of the Agency on 23 October 1957 and by the General Assembly in the annex to its resolution 1145 (XII) of 14 November 1957,';
    const x = extract(pp4, 'preambular', ctx);
    expect(x.mentions.find((m) => m.phrase === 'General Conference of the Agency')?.key).toBe(IAEA_GC);
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`PART_OF ${IAEA_GC} -> ${IAEA}`);
    const op3 =
      'Reaffirms its strong support for the indispensable role of the Agency in encouraging and assisting the development and practical application of atomic energy for peaceful uses;';
    expect(relations(op3, 'operative', ctx)).toEqual([`REAFFIRMS ${IAEA}`]);
  });

  it('A/RES/79/222 PP18: "acknowledged by the General Conference of the Organization" after UNIDO is named', () => {
    const ctx = { ...GA, symbol: 'A/RES/79/222', date: '2024-12-19' };
    const text =
      'Taking note also of the Small Island Developing States Strategy 2019–2025 of the United Nations Industrial Development Organization, acknowledged by the General Conference of the Organization in its resolution GC.18/Res.3 of 7 November 2019,';
    const x = extract(text, 'preambular', ctx);
    expect(x.mentions.find((m) => m.phrase === 'General Conference of the Organization')?.key).toBe(UNIDO_GC);
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`PART_OF ${UNIDO_GC} -> ${UNIDO}`);
  });

  it('guard: a body that is no agency with a General Conference keeps its own sessions ("the General Assembly of the Organization of American States")', () => {
    const text =
      'Welcoming the resolution adopted by the General Assembly of the Organization of American States at its fifty-third regular session, held in Washington, D.C., from 21 to 23 June 2023,';
    const x = extract(text, 'preambular', { ...GA, symbol: 'A/RES/78/228', date: '2023-12-22' });
    expect(x.mentions.map((m) => m.key).filter((k) => k.includes('General Conference'))).toEqual([]);
    expect(x.mentions.map((m) => m.key)).toContain('Event:fifty-third session of the General Assembly of the Organization of American States');
  });

  it('guard: a footnote\'s "United Nations Educational, Scientific and Cultural Organization, Records of the General Conference" (A/RES/78/287 footnote 1) names UNESCO, no organ', () => {
    const text =
      'United Nations Educational, Scientific and Cultural Organization, Records of the General Conference, Forty-second Session, Paris, 7–22 November 2023, vol. 1, Resolutions, resolution 23.';
    const found = keys(text, 'Organization:', 'preambular', { ...GA, symbol: 'A/RES/78/287', date: '2024-06-07' });
    expect(found).toContain('Organization:United Nations Educational, Scientific and Cultural Organization');
    expect(found.filter((k) => k.includes('General Conference'))).toEqual([]);
  });
});

describe('"Secretariat" before a lowercase noun is no body’s name', () => {
  it('A/RES/78/116 OP10 (79/130, 80/172): "other Missions and Secretariat staff members of certain nationalities"', () => {
    const text =
      'Notes that action taken in 2023 led to a relative reduction in processing times for certain Missions, remains seriously concerned that other Missions and Secretariat staff members of certain nationalities continue to be adversely impacted by processing times;';
    const ctx = { ...GA, symbol: 'A/RES/78/116', date: '2023-12-07' };
    expect(keys(text, 'Organization:', 'operative', ctx)).not.toContain('Organization:Missions and Secretariat');
  });

  it('A/RES/78/245 OP55: "made available to all Member States and Secretariat entities"', () => {
    const text =
      'Requests that subsequent updates to the terms of reference be made available to all Member States and Secretariat entities, and welcomes the efforts made;';
    const ctx = { ...GA, symbol: 'A/RES/78/245', date: '2023-12-19' };
    expect(keys(text, 'Organization:', 'operative', ctx)).not.toContain('Organization:Member States and Secretariat');
  });

  it('guard: "Requests the Secretariat to circulate to States" (A/RES/78/108 OP41) keeps the Secretariat', () => {
    const text =
      'Requests the Secretariat to circulate to States, as soon as possible after the conclusion of the session of the International Law Commission, chapter II of its report containing a summary of the work of that session;';
    expect(relations(text, 'operative', { ...GA, symbol: 'A/RES/78/108', date: '2023-12-07' })).toContain(`REQUESTS ${SECRETARIAT}`);
  });
});
