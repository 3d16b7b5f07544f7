// Session-37 audit aud37c: verb relations clause by clause outside the General Assembly PDFs (the ECOSOC seed, Security
// Council texts, railcar Markdown). Fixed: a participle of emphasis that says what a document asked for or transmitted says
// ("a stocktaking of ..., highlighting opportunities and challenges", "the comments transmitted by the Commission, ...,
// highlighting the relevance of its current work") opens no EMPHASIZES clause; what "and, in line with X, calls upon" /
// "and, in accordance with X, reiterates" acts in line with belongs to the later verb's clause. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../ingest/clauses.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ECOSOC: RecognizeContext = { body: 'Economic and Social Council', symbol: 'E/2025/31 draft resolution I', date: '2025-07-29' };
const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/103', date: '2023-12-07' };
const { relations } = oneParagraph({ ctx: GA78, kind: 'operative' });

const SDGS = 'Framework:Sustainable Development Goals';
const relationsOf = (text: string, kind: 'operative' | 'preambular' = 'operative') => splitClauses(text, kind).map((c) => c.relation ?? null);

describe('a participle of emphasis that tells what a document says opens no clause of the body', () => {
  it('A/RES/78/103 OP16 (79/117 OP24, 80/161 OP26): "the comments transmitted by the Commission, pursuant to ..., highlighting the relevance of its current work to ... the Sustainable Development Goals": NOTES the Goals, no EMPHASIZES', () => {
    const text =
      'Notes the role of the Commission in promoting the rule of law, the respective discussions in the Commission at its fifty-sixth session, and the comments transmitted by the Commission, pursuant to paragraph 20 of General Assembly resolution 77/110 of 7 December 2022, highlighting the relevance of its current work to the promotion of the rule of law and the implementation of the Sustainable Development Goals;';
    const rel = relations(text);
    expect(rel).toContain(`NOTES ${SDGS}`);
    expect(rel.filter((r) => r.startsWith('EMPHASIZES'))).toEqual([]);
  });

  it('E/2025/31 draft resolution I OP125: "to undertake and present ... a stocktaking of current practices ..., highlighting opportunities and challenges, to provide insights": one REQUESTS clause', () => {
    const text =
      'Requests the Commission on Science and Technology for Development to undertake and present, ahead of the World Summit 20-year review and based on the World Summit process and 2030 Agenda-Global Digital Compact matrix developed by the United Nations Group on the Information Society, a stocktaking of current practices and experiences in integrating digital cooperation frameworks, including World Summit action lines, Sustainable Development Goals principles, the Global Digital Compact and road maps in the context of the multi-stakeholder forum on science, technology and innovation for the Sustainable Development Goals, highlighting opportunities and challenges, to provide insights that can inform further deliberations;';
    expect(relationsOf(text)).toEqual(['REQUESTS']);
  });

  it('A/RES/79/204 OP32: "Requests the Secretary-General to submit ... a report on the implementation of the present resolution, ..., emphasizing the three dimensions of sustainable development": the report\'s content, one REQUESTS clause', () => {
    const text =
      'Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution, under a sub-item entitled “Follow-up to and implementation of the Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity” of the item entitled “Sustainable development”, emphasizing the three dimensions of sustainable development, including a section on the possible legal and financial implications of the concept of the Caribbean Sea as a special area in the context of sustainable development;';
    expect(relationsOf(text)).toEqual(['REQUESTS']);
  });

  it('guard: A/RES/79/151 OP7 "Takes note with appreciation of the adoption of the Marrakech Framework for Action ..., stressing the transformative power of adult learning": no document, the body stresses', () => {
    const text =
      'Takes note with appreciation of the adoption of the Marrakech Framework for Action at the seventh International Conference on Adult Education, held from 15 to 17 June 2022, stressing the transformative power of adult learning and education for sustainable development and lifelong learning;';
    expect(relationsOf(text)).toEqual(['NOTES', 'EMPHASIZES']);
  });

  it('guard: A/RES/80/190 OP48 "Urges States to promote and protect the rights of the child ..., emphasizing the importance of a coordinated ... response": no document before it, the body emphasizes', () => {
    const text =
      'Urges States to promote and protect the rights of the child against sexual exploitation and sexual and gender-based violence, including in digital contexts, through the adoption of relevant legislation to prevent these acts as well as combat them through the detection of child sexual abuse material and its immediate removal from the Internet, emphasizing the importance of a coordinated and multi-stakeholder global-level response;';
    expect(relationsOf(text)).toEqual(['URGES', 'EMPHASIZES']);
  });

  it('guard: a report taken note of, then ", and stresses": a main verb of the body still opens its clause', () => {
    const text = 'Takes note of the report of the Secretary-General, and stresses the importance of the Sustainable Development Goals;';
    expect(relations(text)).toContain(`EMPHASIZES ${SDGS}`);
  });
});

describe('"and, in line with X, <verb>": X is acted on by the later verb', () => {
  it('E/2025/31 draft resolution I OP68: "draws attention to the gender digital divide, ..., and, in line with Sustainable Development Goal 5 ..., calls upon Member States": CALLS_UPON the Goals, not EMPHASIZES', () => {
    const text =
      "Notes with great concern the persistence of the gender digital divide on a global level – as 65 per cent of women and girls are now using the Internet compared with 70 per cent of men – and that women remain digitally marginalized in many of the world's poorest countries, draws attention to the gender digital divide, which persists in women's and girls' access to and use of information and communications technologies, including in education, employment and other areas of economic and social development, and, in line with Sustainable Development Goal 5 on achieving gender equality and empowering all women and girls, calls upon Member States and other stakeholders, as appropriate, to adopt all needed measures;";
    const rel = relations(text, 'operative', ECOSOC);
    expect(rel).toContain(`CALLS_UPON ${SDGS}`);
    expect(rel).not.toContain(`EMPHASIZES ${SDGS}`);
  });

  it('A/RES/79/206 OP5 (78/153 OP5, 80/138 OP4): "commits to accelerate action ..., and, in accordance with article 4 of the Paris Agreement, reiterates the aim to reach global peaking": REITERATES the Paris Agreement', () => {
    const text =
      'Reaffirms the need for urgent action, commits to accelerate action in this critical decade on the basis of the best available science, and, in accordance with article 4 of the Paris Agreement, reiterates the aim to reach global peaking of greenhouse gas emissions as soon as possible;';
    expect(relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/206', date: '2024-12-19' })).toContain('REITERATES Framework:Paris Agreement');
  });

  it('guard: A/RES/78/138 PP32 "Underlining the importance of ... information ..., in accordance with the 2030 Agenda, noting global and regional initiatives": set off by commas alone, the phrase closes the clause before (EMPHASIZES, not NOTES)', () => {
    const text =
      'Underlining the importance of timely, accurate and transparent information to ensure the proper functioning of food commodity markets, in accordance with the 2030 Agenda, noting global and regional initiatives, including the Agricultural Market Information System,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/138', date: '2023-12-19' });
    expect(rel).toContain('EMPHASIZES Framework:2030 Agenda for Sustainable Development');
    expect(rel).not.toContain('NOTES Framework:2030 Agenda for Sustainable Development');
  });

  it('guard: A/RES/79/206 OP19 "..., in accordance with articles 9–11 of the Paris Agreement, recognizing that enhanced support ...": no RECOGNIZES of the Agreement', () => {
    const text =
      'Reiterates that support shall be provided to developing country parties for the implementation of article 4 of the Paris Agreement, in accordance with articles 9–11 of the Paris Agreement, recognizing that enhanced support for developing country parties will allow for higher ambition in their actions;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/206', date: '2024-12-19' });
    expect(rel).toContain('REITERATES Framework:Paris Agreement');
    expect(rel).not.toContain('RECOGNIZES Framework:Paris Agreement');
  });
});

describe('the body whose secretariat prepared a report is its author', () => {
  const op124 =
    'Also takes note of the report prepared by the secretariat of the United Nations Conference on Trade and Development entitled “Implementing World Summit on the Information Society Outcomes: A Twenty-Year Review”, which was the basis for the substantive discussion, and decides to also submit it to the preparatory process of the high-level meeting of the General Assembly as an input for its deliberations;';

  it('E/2025/31 draft resolution I OP124 (A/RES/80/118 OP64): "the report prepared by the secretariat of the United Nations Conference on Trade and Development entitled “...”": NOTES UNCTAD, as "the report of the Secretary-General" NOTES its author', () => {
    expect(relations(op124, 'operative', ECOSOC)).toContain('NOTES Organization:United Nations Conference on Trade and Development');
  });

  it('guard: the same paragraph\'s "the high-level meeting of the General Assembly": the body inside the meeting\'s name takes no DECIDES edge', () => {
    expect(relations(op124, 'operative', ECOSOC)).not.toContain('DECIDES Organization:General Assembly');
  });
});

describe('a declaration\'s next sentence whose full stop was lost', () => {
  const GA80_3: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/3', date: '2025-10-14' };

  it('A/RES/80/3 annex 1-2 (railcar Markdown): "... advancing the development agenda of the We welcome the Awaza Programme of Action ...": WELCOMES the Programmes it names', () => {
    const text =
      'We, the Heads of State and Government and high-level representatives, met in Awaza, Turkmenistan, from 5 to 8 August 2025 at the Third United Nations Conference on Landlocked Developing Countries, under the theme “Driving progress through partnerships” with the objective of advancing the development agenda of the We welcome the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034 adopted by the General Assembly on 24 December 2024, which builds on the progress achieved under the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024 and provides a renewed and action-oriented framework.';
    const rel = relations(text, 'operative', GA80_3);
    expect(rel).toContain('WELCOMES Framework:Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024-2034');
    expect(rel).toContain('WELCOMES Framework:Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014-2024');
    // the sitting the declaration's authors met at is not welcomed
    expect(rel).not.toContain('WELCOMES Event:Third United Nations Conference on Landlocked Developing Countries');
  });

  it('guard: a lowercase "we" inside a sentence ("the progress that we welcome") opens no clause', () => {
    expect(relationsOf('We recognize the progress that we welcome under the Vienna Programme of Action.', 'operative')).toEqual(['RECOGNIZES']);
  });

  it('guard: a capital "We" with no verb of the table after it ("the words of the Charter We the peoples") opens no clause', () => {
    expect(relationsOf('We recall the opening words of the Charter We the peoples of the United Nations and reaffirm our commitment.', 'operative')).toEqual(['RECALLS', 'REAFFIRMS']);
  });
});

describe('an operative third person after a plain "and" is the body\'s act', () => {
  const SC660: RecognizeContext = { body: 'Security Council', symbol: 'S/RES/660(1990)', date: '1990-08-02' };

  it('S/RES/660 (1990) OP3: "Calls upon Iraq and Kuwait to begin ... negotiations ... and supports all efforts in this regard, and especially those of the League of Arab States": SUPPORTS the League, not CALLS_UPON', () => {
    const text =
      'Calls upon Iraq and Kuwait to begin immediately intensive negotiations for the resolution of their differences and supports all efforts in this regard, and especially those of the League of Arab States;';
    const rel = relations(text, 'operative', SC660);
    expect(rel).toContain('SUPPORTS Organization:League of Arab States');
    expect(rel).not.toContain('CALLS_UPON Organization:League of Arab States');
    expect(rel).toContain('CALLS_UPON Place:Iraq');
  });

  it('guard: "... the Fund, which finances national programmes and supports the efforts of the League of Arab States": the relative clause\'s verb, no clause', () => {
    expect(relationsOf('Welcomes the work of the Fund, which finances national programmes and supports the efforts of the League of Arab States;')).toEqual(['WELCOMES']);
  });

  it('guard: in a preamble the rule does not apply ("Noting the grants and supports provided ...")', () => {
    expect(relationsOf('Noting the programme of the Fund and supports provided to States,', 'preambular')).toEqual(['NOTES']);
  });
});
