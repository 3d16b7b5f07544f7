// Annexed declarations (session 19, annex19): a resolution that adopts or endorses a political declaration, an outcome
// document or a programme of action "contained in the annex to the present resolution" keeps the annex as its own
// paragraphs, ids prefixed by the annex ("Annex.OP2"), read by the same clause machinery as the declarations printed
// inline (A/RES/73/3). Conventions in articles, principles, tables and the like stay out; reports of several drafts still
// split. Each case quotes the file named (corpus-ga).
import { describe, expect, it } from 'vitest';
import { paragraphIds, segmentLines } from '../helpers/segment-lines.js';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext, ResolutionText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const segment = segmentLines;
const ids = paragraphIds;
const para = (r: ResolutionText, id: string) => r.paragraphs.find((p) => p.id === id);
const verbs = (r: ResolutionText, id: string, target: string): string[] => {
  const p = para(r, id);
  if (!p) return [];
  return extractParagraph(p, { body: 'General Assembly', symbol: r.symbol, date: r.date })
    .relations.filter((x) => x.target === target)
    .map((x) => x.type);
};

// A/RES/80/117: "Adopts the following political declaration ..." then the meeting line, then the declaration in the annex
const RES_80_117 = [
  'A/RES/80/117', '',
  '80/117. Political declaration of the fourth high-level meeting of the General Assembly on the prevention and control of noncommunicable diseases and the promotion of mental health and well-being', '',
  'The General Assembly', '',
  'Adopts the following political declaration, as the outcome of intergovernmental negotiations in advance of and considered by the fourth high-level meeting of the General Assembly on the prevention and control of noncommunicable diseases and the promotion of mental health and well-being, held on 25 September 2025.', '',
  '64th plenary meeting', '15 December 2025', '',
  'Annex', '',
  'Equity and integration: transforming lives and livelihoods through leadership and action on noncommunicable diseases and the promotion of mental health and well-being', '',
  'We, Heads of State and Government and representatives of States and Governments, assembled at the United Nations on 25 September 2025 to review progress achieved in the prevention and control of noncommunicable diseases and the promotion of mental health and well-being, commit to accelerating the implementation of a priority set of evidence-based, cost-effective and affordable actions, and in this regard we:', '',
  '1. Strongly reaffirm our commitment to reduce by one third premature mortality from noncommunicable diseases by 2030;', '',
  '2. Reaffirm General Assembly resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, underlining its integrated and indivisible nature;', '',
  '3. Recall the political declarations of the high-level meetings of the General Assembly on universal health coverage, and on the fight against tuberculosis, contained in resolutions 78/4 and 78/5;', '',
];

describe('an annexed political declaration is read as paragraphs of its resolution', () => {
  it('A/RES/80/117: the declaration in the annex gets Annex.OP0 (its "We, ..." opening) and Annex.OP1.. with their verbs', () => {
    const [r] = segment(RES_80_117, 'A_RES_80_117.txt');
    expect(ids(r!)).toBe('OP1 Annex.OP0 Annex.OP1 Annex.OP2 Annex.OP3');
    expect(para(r!, 'Annex.OP2')!.text.startsWith('Reaffirm General Assembly resolution 70/1')).toBe(true);
    expect(verbs(r!, 'Annex.OP2', 'Resolution:A/RES/70/1')).toEqual(['REAFFIRMS']);
    expect(verbs(r!, 'Annex.OP3', 'Resolution:A/RES/78/4')).toEqual(['RECALLS']);
    // the annex's subtitle is a heading, not a paragraph or an entity
    expect(r!.paragraphs.some((p) => p.text.startsWith('Equity and integration'))).toBe(false);
    expect(para(r!, 'Annex.OP1')!.heading).toMatch(/^Equity and integration/);
  });

  it('A/RES/79/323: "Endorses the Sevilla Commitment ..., as contained in the annex" keeps the Commitment, by section', () => {
    const [r] = segment(
      [
        'A/RES/79/323', '', '79/323. Sevilla Commitment', '', 'The General Assembly,', '',
        'Recalling its resolution 78/259 of 22 December 2023,', '',
        '1. Expresses its profound gratitude to the Government and the people of Spain for hosting the Fourth International Conference on Financing for Development;', '',
        '2. Endorses the Sevilla Commitment, adopted by the Conference, as contained in the annex to the present resolution.', '',
        '88th plenary meeting', '25 August 2025', '',
        'Annex', '', 'Sevilla Commitment', '', 'I.', 'A renewed global financing for development framework', '',
        '1. We, the Heads of State and Government and High Representatives, have gathered in Sevilla, Spain, from 30 June to 3 July 2025 to renew the global financing for development framework, building on the 2015 Addis Ababa Action Agenda.', '',
        '2. We reaffirm the 2030 Agenda for Sustainable Development and welcome the Pact for the Future.', '',
      ],
      'A_RES_79_323.txt',
    );
    expect(ids(r!)).toBe('PP1 OP1 OP2 Annex.OP1 Annex.OP2');
    expect(verbs(r!, 'Annex.OP2', 'Framework:2030 Agenda for Sustainable Development')).toEqual(['REAFFIRMS']);
  });

  it('A/RES/79/233: a section heading run into the next numbered paragraph by the print is the heading, then the paragraph', () => {
    const [r] = segment(
      [
        'A/RES/79/233', '', '79/233. Programme of Action for Landlocked Developing Countries for the Decade 2024–2034', '', 'The General Assembly', '',
        'Adopts the Programme of Action for Landlocked Developing Countries for the Decade 2024–2034, as contained in the annex to the present resolution.', '',
        '65th plenary meeting', '24 December 2024', '',
        'Annex', '', 'Introduction', '',
        '340. We call upon the United Nations system to support the implementation of the Programme of Action.', '',
        'VI. Role of the Board of Advisers to the President of the General Assembly on Least Developed Countries, Landlocked Developing Countries and Small Island Developing States and the Group of Friends of Landlocked Developing Countries 341. We recall the Board of Advisers to the President of the General Assembly.', '',
      ],
      'A_RES_79_233.txt',
    );
    expect(ids(r!)).toBe('OP1 Annex.OP340 Annex.OP341');
    expect(para(r!, 'Annex.OP341')!.text).toBe('We recall the Board of Advisers to the President of the General Assembly.');
    expect(para(r!, 'Annex.OP341')!.heading).toMatch(/^VI\. Role of the Board/);
  });

  it('A/RES/78/317: a section heading that asks ("II. What do small island developing States want?") is no paragraph', () => {
    const [r] = segment(
      [
        'A/RES/78/317', '', '78/317. The Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity', '', 'The General Assembly,', '',
        'Endorses the outcome document of the Fourth International Conference on Small Island Developing States, entitled “The Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity”, which is annexed to the present resolution.', '',
        '100th plenary meeting', '9 July 2024', '',
        'Annex', '', 'I. The small island developing States story', '',
        '16. We recognize the need for a new 10-year agenda.', '',
        'II. What do small island developing States want?', '',
        '17. Enhancing inter-island connectivity and linking economies of small island developing States is a priority.', '',
      ],
      'A_RES_78_317.txt',
    );
    expect(ids(r!)).toBe('OP1 Annex.OP16 Annex.OP17');
    expect(para(r!, 'Annex.OP17')!.heading).toBe('II. What do small island developing States want?');
  });
});

describe('guards: other annexes stay out, reports still split, the inline form is unchanged', () => {
  it('A/RES/80/162: the articles of a convention annexed to the resolution are left out (its preamble is kept since aud44c)', () => {
    const [r] = segment(
      [
        'A/RES/80/162', '', '80/162. United Nations Convention on Negotiable Cargo Documents', '', 'The General Assembly,', '',
        'Recalling its resolution 2205 (XXI) of 17 December 1966,', '',
        '2. Adopts the United Nations Convention on Negotiable Cargo Documents, contained in the annex to the present resolution;', '',
        '62nd plenary meeting', '9 December 2025', '',
        'Annex', '', 'United Nations Convention on Negotiable Cargo Documents', '',
        'The States Parties to this Convention,', '',
        'Reaffirming their belief that international trade on the basis of equality and mutual benefit is a key factor in promoting friendly relations among States,', '',
        'Article 1', '', 'Definitions', '',
      ],
      'A_RES_80_162.txt',
    );
    expect(ids(r!)).toBe('PP1 OP2 Annex.PP1');
    expect(para(r!, 'Annex.PP1')!.text.startsWith('Reaffirming their belief')).toBe(true);
  });

  it('A/RES/80/119 and budget tables: principles adopted "annexed to the present resolution" and a staffing table stay out', () => {
    const [a] = segment(
      [
        'A/RES/80/119', '', '80/119. Consumer product safety', '', 'The General Assembly,', '',
        '1. Decides to adopt the United Nations principles for consumer product safety annexed to the present resolution;', '',
        '64th plenary meeting', '15 December 2025', '',
        'Annex', '', 'United Nations principles for consumer product safety', '',
        '1. The principles have the following objectives.', '',
      ],
      'A_RES_80_119.txt',
    );
    expect(ids(a!)).toBe('OP1');
    const [b] = segment(
      [
        'A/RES/78/252', '', '78/252. Programme budget for 2024', '', 'The General Assembly,', '',
        '1. Approves the programme budget and the political declaration budget line for 2024, as contained in the annex;', '',
        '52nd plenary meeting', '22 December 2023', '',
        'Annex', '', 'Staffing table for 2024', '', 'Professional and higher 34', '',
      ],
      'A_RES_78_252.txt',
    );
    expect(ids(b!)).toBe('OP1');
  });

  it('a report with two drafts: the first with an annexed declaration, the second still its own resolution', () => {
    const rs = segment(
      [
        'A/79/500', '', 'Draft resolution I', '', 'Political declaration on road safety', '', 'The General Assembly,', '',
        'Adopts the political declaration on road safety annexed to the present resolution.', '',
        'Annex', '', 'Political declaration on road safety', '',
        '1. We reaffirm our commitment to halve road traffic deaths.', '',
        'Draft resolution II', '', 'Oceans and the law of the sea', '', 'The General Assembly,', '',
        'Recalling its resolution 78/69,', '',
        '1. Decides to include the item in the provisional agenda of its eightieth session.', '',
      ],
      'A_79_500.txt',
    );
    expect(rs.map((r) => `${r.draftLabel}: ${ids(r)}`)).toEqual(['Draft resolution I: OP1 Annex.OP1', 'Draft resolution II: PP1 OP1']);
  });

  it('A/RES/73/3: a declaration printed right after "Adopts the following political declaration:" keeps its ids', () => {
    const [r] = segment(
      [
        'A/RES/73/3', '', '73/3. Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis', '', 'The General Assembly', '',
        'Adopts the following political declaration:', '',
        'Political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis', '',
        'United to end tuberculosis: an urgent global response to a global epidemic', '',
        '1. We, Heads of State and Government and representatives of States and Governments, assembled at the United Nations on 26 September 2018, reaffirm our commitment to end the tuberculosis epidemic globally by 2030;', '',
        '2. Reaffirm General Assembly resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”;', '',
        '15th plenary meeting', '10 October 2018', '',
      ],
      'A_RES_73_3.txt',
    );
    expect(ids(r!)).toBe('OP0 OP1 OP2');
    expect(verbs(r!, 'OP2', 'Resolution:A/RES/70/1')).toEqual(['REAFFIRMS']);
  });
});

describe('a declaration opened by its subject with an apposition ("We, the States Members of the United Nations, welcome ...")', () => {
  // A/RES/80/9 annex, paragraph 1: no verb opens the paragraph, yet "welcome" and "reaffirm" after the subject are the declaration's
  const WE: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/9', date: '2025-09-30' };
  const { relations } = oneParagraph({ ctx: WE, kind: 'operative' });

  it('types the verbs after the subject (WELCOMES, REAFFIRMS)', () => {
    const types = relations(
      'We, the States Members of the United Nations, welcome the fifteenth anniversary of the adoption of the United Nations Global Plan of Action to Combat Trafficking in Persons, and reaffirm the Political Declaration on the Implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons;',
    ).map((r) => r.split(' ')[0]);
    expect(types).toContain('WELCOMES');
    expect(types).toContain('REAFFIRMS');
  });

  it('guard: a subject followed by a participle and no verb of the list types nothing ("We, ..., assembled at ..., with a dedicated focus on ...")', () => {
    expect(
      relations('We, Heads of State and Government and representatives of States and Governments, assembled at the United Nations on 20 September 2023, with a dedicated focus on the World Health Organization,').map((r) => r.split(' ')[0]),
    ).toEqual([]);
  });
});
