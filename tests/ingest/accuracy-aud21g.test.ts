// Misses found by the session-21 audit aud21g: A/RES/78/172 (homelessness), A/RES/78/129 (interreligious and intercultural
// dialogue), A/RES/78/63 (nuclear proliferation in the Middle East), and the same forms in other texts. Each case quotes the
// file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/172', date: '2023-12-19' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const mentionKeys = (r: ReturnType<typeof extractWithNotes>, prefix: string): string[] =>
  r.mentions.filter((m) => m.key.startsWith(prefix)).map((m) => m.key);
const relationsOf = (r: ReturnType<typeof extractWithNotes>): string[] => r.relations.map((x) => `${x.type} ${x.target}`);

describe('a session or meeting with a footnote mark glued to its noun', () => {
  it('A/RES/78/172 PP3 (80/175 PP3): "adopted by the General Assembly at its twenty-fourth special session2 constitute"', () => {
    const PP3 =
      'Reaffirming that the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social Development1 and the further initiatives for social development adopted by the General Assembly at its twenty-fourth special session2 constitute the basic framework for the promotion of social development for all with people at the centre, and encouraging the continued global dialogue on social development issues,';
    const r = extractWithNotes('PP3', PP3, [
      { after: 'Development1', mark: '1', text: 'Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations publication, Sales No. E.96.IV.8), chap. I, resolution I, annexes I and II.' },
      { after: 'session2', mark: '2', text: 'Resolution S-24/2, annex.' },
    ], GA);
    expect(mentionKeys(r, 'Event:twenty-fourth')).toEqual(['Event:twenty-fourth special session of the General Assembly']);
    expect(relationsOf(r)).toContain('REAFFIRMS Event:twenty-fourth special session of the General Assembly');
  });

  it('A/RES/79/176 OP3: "the reports submitted to the Human Rights Council at its thirty-fifth session12 and the General Assembly at its seventy-eighth session13"', () => {
    const OP3 =
      'Notes the work of the Special Rapporteur on violence against women and girls, its causes and consequences, in this regard takes note of the reports submitted to the Human Rights Council at its thirty-fifth session12 and the General Assembly at its seventy-eighth session13 regarding the need for a gender-responsive approach;';
    const r = extractWithNotes('OP3', OP3, [
      { after: 'session12', mark: '12', text: 'A/HRC/35/30.' },
      { after: 'session13', mark: '13', text: 'A/78/256.' },
    ], { ...GA, symbol: 'A/RES/79/176', date: '2024-12-17' });
    expect(mentionKeys(r, 'Event:')).toEqual(['Event:thirty-fifth session of the Human Rights Council', 'Event:seventy-eighth session of the General Assembly']);
  });

  it('A/RES/78/217 OP4: "on its thirty-third and thirty-fourth sessions29": both sessions of the Committee', () => {
    const text =
      'Takes note of the reports of the Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families on its thirty-third and thirty-fourth sessions29 and thirty-fifth and thirty-sixth sessions;30';
    const r = extractWithNotes('OP4', text, [
      { after: 'sessions29', mark: '29', text: 'Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 48 (A/77/48).' },
      { after: 'sessions;30', mark: '30', text: 'Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 48 (A/78/48).' },
    ], { ...GA, symbol: 'A/RES/78/217' });
    expect(mentionKeys(r, 'Event:thirty-third')).toEqual(['Event:thirty-third session of the Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families']);
    expect(mentionKeys(r, 'Event:thirty-fourth')).toEqual(['Event:thirty-fourth session of the Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families']);
  });

  it('guard: a number glued to a word that goes on is no footnote mark ("session2024", "meeting3rd")', () => {
    expect(keys('Recalls the decision adopted by the General Assembly at its twenty-fourth special session2024 on the subject;', 'Event:')).toEqual([]);
    expect(keys('Recalls the decision adopted by the General Assembly at its twenty-fourth special session2b on the subject;', 'Event:')).toEqual([]);
  });
});

describe('the Informal Consultative Process on Oceans holds its own numbered meetings', () => {
  it('A/RES/80/110 PP3: "the report on the work of the ... Informal Consultative Process ... (the Informal Consultative Process) at its twenty-fifth meeting4"', () => {
    const text =
      'Recalling the report of the Ad Hoc Working Group of the Whole on the Regular Process for Global Reporting and Assessment of the State of the Marine Environment, including Socioeconomic Aspects (the Regular Process), the report on the work of the United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea (the Informal Consultative Process) at its twenty-fifth meeting and the report of the thirty-fifth Meeting of States Parties,';
    const icp = 'United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea';
    expect(keys(text, 'Event:twenty-fifth', 'preambular')).toEqual([`Event:twenty-fifth meeting of the ${icp}`]);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text, 'preambular')).toContain(`SESSION_OF Event:twenty-fifth meeting of the ${icp} -> Organization:${icp}`);
  });

  it('A/RES/80/110 OP326: "the report of the Co-Chairs on the work of the Informal Consultative Process at its twenty-fifth meeting"', () => {
    const text = 'Welcomes the report of the Co-Chairs on the work of the Informal Consultative Process at its twenty-fifth meeting, which focused on the theme of capacity-building;';
    expect(relations(text)).toContain('WELCOMES Event:twenty-fifth meeting of the United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea');
  });

  it('guard: the Regular Process, an initiative, holds no sessions of its own ("the Ad Hoc Working Group ... on the Regular Process ... at its fifteenth meeting")', () => {
    const text =
      'Recalls the recommendations of the Ad Hoc Working Group of the Whole on the Regular Process for Global Reporting and Assessment of the State of the Marine Environment, including Socioeconomic Aspects at its fifteenth meeting;';
    expect(keys(text, 'Event:')).toEqual(['Event:fifteenth meeting of the Ad Hoc Working Group of the Whole on the Regular Process for Global Reporting and Assessment of the State of the Marine Environment, including Socioeconomic Aspects']);
  });
});

describe('an "e-" head word is the head without it', () => {
  const OP16 =
    'Also welcomes the efforts to use information and communications technologies, including the Internet, to promote interreligious and intercultural dialogue, including through the Peace and Dialogue ePortal of the United Nations Educational, Scientific and Cultural Organization, and encourages relevant stakeholders to utilize the opportunity to disseminate their best practices and experiences on interreligious and intercultural dialogue by contributing to the Peace and Dialogue ePortal;';

  it('A/RES/78/129 OP16: "the Peace and Dialogue ePortal of the United Nations Educational, Scientific and Cultural Organization" is one portal, led by UNESCO', () => {
    expect(keys(OP16, 'Event:')).toEqual([]);
    expect(keys(OP16, 'Initiative:')).toEqual(['Initiative:Peace and Dialogue ePortal', 'Initiative:Peace and Dialogue ePortal']);
    expect(relations(OP16)).toEqual(expect.arrayContaining(['WELCOMES Initiative:Peace and Dialogue ePortal', 'ENCOURAGES Initiative:Peace and Dialogue ePortal']));
    expect(attributions(OP16)).toContain('LEADS Organization:United Nations Educational, Scientific and Cultural Organization -> Initiative:Peace and Dialogue ePortal');
  });

  it('guard: a dialogue named with a lower-case word that is no "e-" head stays a dialogue ("the High-level Dialogue on Financing for Development")', () => {
    expect(keys('Welcomes the High-level Dialogue on Financing for Development, held in New York on 26 September 2019;', 'Event:')[0]).toMatch(/^Event:High-level Dialogue on Financing for Development/);
    expect(keys('Welcomes the United Nations Conference on Trade and Development eWeek;', 'Initiative:')).toEqual([]);
  });
});

describe('the Secretary-General’s strategy on hate speech is one framework, whatever its print form', () => {
  const HSP = 'Framework:United Nations Strategy and Plan of Action on Hate Speech';

  it('A/RES/78/129 PP13: "the launch by the Secretary-General of the United Nations Strategy and Plan of Action on Hate Speech": the Secretary-General and the strategy', () => {
    const PP13 =
      'Noting the launch by the Secretary-General of the United Nations Strategy and Plan of Action on Hate Speech, and noting the role of the Special Adviser to the Secretary-General on the Prevention of Genocide in this regard,';
    expect(keys(PP13, 'Framework:', 'preambular')).toEqual([HSP]);
    expect(relations(PP13, 'preambular')).toEqual(expect.arrayContaining([`NOTES ${HSP}`, 'NOTES Organization:Secretary-General of the United Nations']));
  });

  it('A/RES/79/316: "the Secretary-General’s Strategy and Plan of Action on Hate Speech", then "the Plan of Action on Hate Speech"', () => {
    const text =
      'Recalling the Plan of Action for Religious Leaders and Actors to Prevent Incitement to Violence that Could Lead to Atrocity Crimes, also called the Fez Plan of Action, the Secretary-General’s Strategy and Plan of Action on Hate Speech and the Plan of Action on Hate Speech,';
    expect(keys(text, 'Framework:United Nations Strategy', 'preambular')).toEqual([HSP, HSP]);
    expect(keys(text, 'Framework:Secretary-General', 'preambular')).toEqual([]);
  });

  it('guard: another plan of action stays its own ("the Plan of Action to Safeguard Religious Sites")', () => {
    expect(keys('Noting the Plan of Action to Safeguard Religious Sites,', 'Framework:', 'preambular')).toEqual(['Framework:United Nations Plan of Action to Safeguard Religious Sites']);
  });
});

describe('a numbered conference moved to new dates: the dates printed with "will be held" are this mention’s', () => {
  const LLDC3 = 'Event:Third United Nations Conference on Landlocked Developing Countries';

  it('A/RES/78/315 OP1: "to host the third United Nations Conference ..., and decides that the Conference will be held in Gaborone for a duration of four days, from 10 to 13 December 2024"', () => {
    const OP1 =
      'Welcomes and accepts with appreciation the generous offer of the Government of Botswana to host the third United Nations Conference on Landlocked Developing Countries, and decides that the Conference will be held in Gaborone for a duration of four days, from 10 to 13 December 2024, at the highest possible level, including Heads of State and Government, on the theme “Driving progress through partnerships”;';
    expect(attributions(OP1, 'operative', { ...GA, symbol: 'A/RES/78/315', date: '2024-07-10' })).toEqual(
      expect.arrayContaining([`HELD_IN ${LLDC3} -> Place:Gaborone`, `STARTS_ON ${LLDC3} -> Date:2024-12-10`, `ENDS_ON ${LLDC3} -> Date:2024-12-13`]),
    );
  });

  it('A/RES/78/163 OP38: "decided that the third United Nations Conference ... would be held in Kigali for a duration of four days, from 18 to 21 June 2024"', () => {
    const OP38 =
      'Recalls its resolution 77/329, in which the General Assembly decided that the third United Nations Conference on Landlocked Developing Countries would be held in Kigali for a duration of four days, from 18 to 21 June 2024, and called upon all States to participate;';
    expect(attributions(OP38, 'operative', { ...GA, symbol: 'A/RES/78/163' })).toEqual(
      expect.arrayContaining([`STARTS_ON ${LLDC3} -> Date:2024-06-18`, `ENDS_ON ${LLDC3} -> Date:2024-06-21`]),
    );
  });

  it('guard: a date after another clause is not the conference’s ("..., and decides that the preparatory committee will meet on 5 March 2024")', () => {
    const text =
      'Welcomes the offer of the Government of Botswana to host the third United Nations Conference on Landlocked Developing Countries, and decides that the preparatory committee will be held in New York on 5 March 2024;';
    expect(attributions(text, 'operative', { ...GA, symbol: 'A/RES/78/315', date: '2024-07-10' }).filter((a) => a.startsWith(`STARTS_ON ${LLDC3}`))).not.toContain(`STARTS_ON ${LLDC3} -> Date:2024-03-05`);
  });
});

describe('"the establishment by the Secretary-General of the United Nations <name>": the Secretary-General and what was established', () => {
  it('A/RES/78/208 PP46: "in which it welcomed the establishment by the Secretary-General of the United Nations Democracy Fund"', () => {
    const text =
      'Recalling its resolution 60/1 of 16 September 2005, entitled “2005 World Summit Outcome”, in which it welcomed the establishment by the Secretary-General of the United Nations Democracy Fund,';
    expect(keys(text, 'Organization:', 'preambular', { ...GA, symbol: 'A/RES/78/208' })).toEqual(['Organization:Secretary-General of the United Nations', 'Organization:United Nations Democracy Fund']);
    expect(relations(text, 'preambular', { ...GA, symbol: 'A/RES/78/208' })).toContain('RECALLS Organization:United Nations Democracy Fund');
  });

  it('guard: the post of another body’s Secretary-General stays one ("the report of the Secretary-General of the United Nations Conference on Trade and Development")', () => {
    const text = 'Welcoming the report of the Secretary-General of the United Nations Conference on Trade and Development,';
    expect(keys(text, 'Organization:', 'preambular')).toEqual(['Organization:Secretary-General of the United Nations Conference on Trade and Development']);
  });
});
