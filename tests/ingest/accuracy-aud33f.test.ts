// Session-33 audit aud33f: who wrote a footnoted report (Document.author). Reports of special procedures mandate holders
// ("the report of the Special Rapporteur on ...,11", "the reports of the Independent Expert ...", "the report of the Working
// Group on its twenty-sixth session;16") and of other bodies got no author; now the body named right before the mark is the
// author of the documents its footnote cites, under the Organization node's name. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes, footnotedAuthors as authors, type Note } from '../helpers/footnoted-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/190', date: '2023-12-19' };
const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/228', date: '2025-12-22' };

const RACISM = 'Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related intolerance';
const MIGRANTS = 'Special Rapporteur on the human rights of migrants';

describe('"the report(s) of <mandate holder or body>,<mark>": the footnoted documents are that body\'s, named as its Organization node', () => {
  it('A/RES/78/190 OP3 (79/160, 80/192): "the report of the Special Rapporteur on contemporary forms of racism, ..., prepared in accordance with the request contained in its resolution 77/204;11"', () => {
    const text = `Takes note of the report of the ${RACISM}, prepared in accordance with the request contained in its resolution 77/204;11`;
    expect(authors('OP3', text, [{ after: '77/204;11', mark: '11', text: 'A/78/302.' }], GA78)).toEqual([`A/78/302 ${RACISM}`]);
  });

  it('A/RES/78/196 OP3: "the report of the Independent Expert of the Human Rights Council on the promotion of a democratic and equitable international order;14": the mandate\'s name, not as printed with "of the Human Rights Council"', () => {
    const text = 'Takes note of the report of the Independent Expert of the Human Rights Council on the promotion of a democratic and equitable international order;14';
    expect(authors('OP3', text, [{ after: 'order;14', mark: '14', text: 'A/78/262.' }], GA78)).toEqual([
      'A/78/262 Independent Expert on the promotion of a democratic and equitable international order',
    ]);
  });

  it('A/RES/78/189 OP1 (79/159, 80/191): "takes note of the reports of the Special Rapporteur,24": both symbols of the footnote, the mandate named earlier in the paragraph', () => {
    const text =
      'Notes with appreciation the work of the Expert Mechanism on the Rights of Indigenous Peoples, the Permanent Forum on Indigenous Issues and the Special Rapporteur on the rights of Indigenous Peoples, takes note of the reports of the Special Rapporteur,24 and encourages all Governments to respond favourably to the requests of the Special Rapporteur for visits;';
    expect(authors('OP1', text, [{ after: 'Rapporteur,24', mark: '24', text: 'A/HRC/54/31/Add.1 and A/HRC/54/31/Add.2.' }], GA78)).toEqual([
      'A/HRC/54/31/Add.1 Special Rapporteur on the rights of Indigenous Peoples',
      'A/HRC/54/31/Add.2 Special Rapporteur on the rights of Indigenous Peoples',
    ]);
  });

  it('A/RES/78/180 OP4 (80/185): "the reports of the Special Rapporteur on the human rights of migrants submitted to the Council at its fiftieth 33 and fifty-third34 sessions and to the General Assembly at its seventy-seventh35 and seventy-eighth sessions;36": one report per session, each the Rapporteur\'s', () => {
    const text =
      'Takes note of the reports of the Special Rapporteur on the human rights of migrants submitted to the Council at its fiftieth 33 and fifty-third34 sessions and to the General Assembly at its seventy-seventh35 and seventy-eighth sessions;36';
    const notes: Note[] = [
      { after: 'fiftieth 33', mark: '33', text: 'A/HRC/50/31.' },
      { after: 'fifty-third34', mark: '34', text: 'A/HRC/53/26.' },
      { after: 'seventy-seventh35', mark: '35', text: 'A/77/189.' },
      { after: 'sessions;36', mark: '36', text: 'A/78/180.' },
    ];
    expect(authors('OP4', text, notes, GA78)).toEqual([`A/HRC/50/31 ${MIGRANTS}`, `A/HRC/53/26 ${MIGRANTS}`, `A/77/189 ${MIGRANTS}`, `A/78/180 ${MIGRANTS}`]);
  });

  it('A/RES/78/218 OP6 (79/181, 80/220): "the latest report to the Human Rights Council of the Special Rapporteur on the situation of human rights in the Democratic People\'s Republic of Korea,23"', () => {
    const text =
      'Welcomes the latest report to the Human Rights Council of the Special Rapporteur on the situation of human rights in the Democratic People’s Republic of Korea,23 including the efforts to uphold a two-track approach of engagement and accountability, given the need for a comprehensive approach;';
    expect(authors('OP6', text, [{ after: 'Korea,23', mark: '23', text: 'A/HRC/52/65.' }], GA78)).toEqual([
      "A/HRC/52/65 Special Rapporteur on the situation of human rights in the Democratic People's Republic of Korea",
    ]);
  });

  it('A/RES/80/207 OP6 (78/203, 79/170): "the report of the Working Group on the Right to Development on its twenty-sixth session;16": a body\'s report on its session', () => {
    const text = 'Takes note of the report of the Working Group on the Right to Development on its twenty-sixth session;16';
    expect(authors('OP6', text, [{ after: 'session;16', mark: '16', text: 'A/HRC/60/37.' }], GA80)).toEqual(['A/HRC/60/37 Working Group on the Right to Development']);
  });
});

describe('the reports\' footnote with "; see also", the gap with the body the reports went to', () => {
  const OPT = 'Special Rapporteur on the situation of human rights in the Palestinian territories occupied since 1967';
  const PP11_78_78 = `Taking note of the recent reports of the ${OPT}, 11 as well as of other relevant recent reports of the Council,`;

  it('A/RES/78/78 PP11 (79/91, 80/81): "the recent reports of the Special Rapporteur on ... occupied since 1967, 11" ("11 A/HRC/53/59; see also A/78/545.")', () => {
    expect(authors('PP11', PP11_78_78, [{ after: '1967, 11', mark: '11', text: 'A/HRC/53/59; see also A/78/545.' }], { ...GA78, symbol: 'A/RES/78/78' })).toEqual([
      `A/HRC/53/59 ${OPT}`,
      `A/78/545 ${OPT}`,
    ]);
  });

  it('guard: a footnote that goes on with something else after its semicolon is not the reports\' alone', () => {
    const got = authors('PP11', PP11_78_78, [{ after: '1967, 11', mark: '11', text: 'A/HRC/53/59; see also resolution 77/247, para. 3.' }], { ...GA78, symbol: 'A/RES/78/78' });
    expect(got).toEqual(['A/HRC/53/59 -']);
  });

  it('A/RES/79/176 OP22: "the reports of the Special Rapporteur to the General Assembly21 and the Human Rights Council" ("21 See A/76/264, A/77/270 and A/78/254.")', () => {
    const text =
      'Takes note with appreciation of the reports of the Special Rapporteur on extrajudicial, summary or arbitrary executions to the General Assembly21 and the Human Rights Council, and invites States to take due consideration of the recommendations contained therein;';
    const SR = 'Special Rapporteur on extrajudicial, summary or arbitrary executions';
    expect(authors('OP22', text, [{ after: 'Assembly21', mark: '21', text: 'See A/76/264, A/77/270 and A/78/254.' }], { ...GA78, symbol: 'A/RES/79/176' })).toEqual([
      `A/76/264 ${SR}`,
      `A/77/270 ${SR}`,
      `A/78/254 ${SR}`,
    ]);
  });
});

describe('one phrase, several authors: each footnoted document its own author, in order', () => {
  it('A/RES/78/187 PP20 (80/190 PP17): "the most recent reports of the Special Representative ... on Violence against Children,36 the Special Representative ... for Children and Armed Conflict,37 the Special Rapporteur on the sale ...38 and the Special Rapporteur on trafficking ..., 39"', () => {
    const text =
      'Taking note of the reports of the Secretary-General on progress made towards achieving the commitments set out in the outcome document of the twenty-seventh special session of the General Assembly34 and on the status of the Convention on the Rights of the Child and the issues addressed in resolution 76/147,35 as well as the most recent reports of the Special Representative of the Secretary-General on Violence against Children,36 the Special Representative of the Secretary-General for Children and Armed Conflict,37 the Special Rapporteur on the sale, sexual exploitation and sexual abuse of children38 and the Special Rapporteur on trafficking in persons, especially women and children, 39 whose recommendations should be carefully studied, taking fully into account the views of Member States,';
    const notes: Note[] = [
      { after: 'Assembly34', mark: '34', text: 'A/77/309-E/2023/5.' },
      { after: '76/147,35', mark: '35', text: 'A/78/366.' },
      { after: 'Children,36', mark: '36', text: 'A/78/214.' },
      { after: 'Conflict,37', mark: '37', text: 'A/78/247.' },
      { after: 'children38', mark: '38', text: 'A/78/137.' },
      { after: 'children, 39', mark: '39', text: 'A/78/172.' },
    ];
    expect(authors('PP20', text, notes, { ...GA78, symbol: 'A/RES/78/187' }).slice(2)).toEqual([
      'A/78/214 Special Representative of the Secretary-General on Violence against Children',
      'A/78/247 Special Representative of the Secretary-General for Children and Armed Conflict',
      'A/78/137 Special Rapporteur on the sale, sexual exploitation and sexual abuse of children',
      'A/78/172 Special Rapporteur on trafficking in persons, especially women and children',
    ]);
  });

  it('A/RES/80/228 PP47 (78/228 PP46): "the report of the Special Rapporteur on trafficking ...,30 as well as the reports of the Special Rapporteur on contemporary forms of slavery ...,31 and of the Special Rapporteur on the sale ...,32"', () => {
    const text =
      'Taking note also of the reports of relevant special procedure mandate holders of the Human Rights Council, such as the report of the Special Rapporteur on trafficking in persons, especially women and children,30 as well as the reports of the Special Rapporteur on contemporary forms of slavery, including its causes and consequences,31 and of the Special Rapporteur on the sale, sexual exploitation and sexual abuse of children,32';
    const notes: Note[] = [
      { after: 'children,30', mark: '30', text: 'A/80/166.' },
      { after: 'consequences,31', mark: '31', text: 'A/80/182.' },
      { after: 'children,32', mark: '32', text: 'A/80/113.' },
    ];
    expect(authors('PP47', text, notes, GA80)).toEqual([
      'A/80/166 Special Rapporteur on trafficking in persons, especially women and children',
      'A/80/182 Special Rapporteur on contemporary forms of slavery, including its causes and consequences',
      'A/80/113 Special Rapporteur on the sale, sexual exploitation and sexual abuse of children',
    ]);
  });

  it('A/RES/80/214 PP18 (78/204 PP19): "the reports of the Secretary-General on national institutions ... 9 and on the activities of the Global Alliance ... (Paris Principles),10": the second report is the Secretary-General\'s too', () => {
    const text =
      'Taking note with appreciation of the reports of the Secretary-General on national institutions for the promotion and protection of human rights 9 and on the activities of the Global Alliance of National Human Rights Institutions in accrediting national institutions in compliance with the principles relating to the status of institutions for the promotion and protection of human rights (Paris Principles),10';
    const x = extractWithNotes('PP18', text, [{ after: 'rights 9', mark: '9', text: 'A/80/286.' }, { after: 'Principles),10', mark: '10', text: 'A/HRC/51/52.' }], { ...GA80, symbol: 'A/RES/80/214' });
    const second = x.mentions.find((m) => m.key === 'Document:A/HRC/51/52' && !m.footnote);
    expect(second?.attrs.author).toBe('Secretary-General');
    // the short name in brackets keeps its own mention
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain('NOTES Framework:Paris Principles');
  });
});

describe('guards: a report whose author the text does not make clear gets none', () => {
  it('A/RES/78/242 PP3 (79/245, 80/231): "the reports of the Board of Auditors on the United Nations,1 the International Trade Centre,2 ...": the Board\'s first report; the names after it are its reports\' subjects, not authors', () => {
    const text =
      'Having considered, for the period ended 31 December 2022, the financial reports and audited financial statements and the reports of the Board of Auditors on the United Nations,1 the International Trade Centre,2 the United Nations University,3';
    const notes: Note[] = [
      { after: 'Nations,1', mark: '1', text: 'A/78/5 (Vol. I).' },
      { after: 'Centre,2', mark: '2', text: 'A/78/5/Add.1.' },
      { after: 'University,3', mark: '3', text: 'A/78/5/Add.2.' },
    ];
    const got = authors('PP3', text, notes, { ...GA78, symbol: 'A/RES/78/242' });
    expect(got).not.toContain('A/78/5/Add.1 International Trade Centre');
    expect(got).not.toContain('A/78/5/Add.2 United Nations University');
  });

  it('A/RES/78/161 OP1 (80/148): "the note by the Secretary-General transmitting the report of the United Nations Educational, Scientific and Cultural Organization; 11": the note\'s symbol, whose author is left open', () => {
    const text = 'Takes note of the note by the Secretary-General transmitting the report of the United Nations Educational, Scientific and Cultural Organization; 11';
    expect(authors('OP1', text, [{ after: 'Organization; 11', mark: '11', text: 'A/78/217.' }], { ...GA78, symbol: 'A/RES/78/161' })).toEqual(['A/78/217 -']);
  });

  it('A/RES/78/132 OP35 (79/194, 80/118): "Recalls the report of the Chair of the Working Group,16": the Chair wrote it, not the Working Group', () => {
    const text = 'Recalls the report of the Chair of the Working Group on Enhanced Cooperation,16';
    const got = authors('OP35', text, [{ after: 'Cooperation,16', mark: '16', text: 'E/CN.16/2018/CRP.3.' }], { ...GA78, symbol: 'A/RES/78/132' });
    // (the Chair is a post node since aud46f: its author)
    expect(got).toEqual(['E/CN.16/2018/CRP.3 Chair of the Working Group on Enhanced Cooperation']);
  });

  it('A/RES/80/198 OP46: "Takes note with appreciation of the work of the Special Rapporteur,16": the work, not a report', () => {
    const text = 'Takes note with appreciation of the work of the Special Rapporteur on the right to education,16';
    expect(authors('OP46', text, [{ after: 'education,16', mark: '16', text: 'A/HRC/52/30.' }], GA80)).toEqual(['A/HRC/52/30 -']);
  });

  it('a report "on" a body is not authored by it: "the report of the Secretary-General on the United Nations Office for Partnerships,4"', () => {
    const text = 'Takes note of the report of the Secretary-General on the work of the United Nations Office for Project Services,4';
    const got = authors('OP1', text, [{ after: 'Services,4', mark: '4', text: 'A/80/999.' }], GA80);
    expect(got).not.toContain('A/80/999 United Nations Office for Project Services');
  });
});
