// Leftovers the session-19 auditors reported, fixed for the genre by aud20h. Each case quotes the file and paragraph named;
// each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { paragraphIds, segmentLines } from '../helpers/segment-lines.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/21', date: '2025-12-01' };
const SG = 'Organization:Secretary-General of the United Nations';

/** A paragraph with its footnote marks, each [mark, footnote text], the mark at its last place in the text. */
function para(id: string, text: string, notes: [string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, note]) => ({ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: note } }));
  return { id, kind: id.startsWith('PP') ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}
const relationsOf = (p: ParagraphText, ctx: RecognizeContext = GA): string[] => extractParagraph(p, ctx).relations.map((r) => `${r.type} ${r.target}`);

describe('the author of a report named inside its words is an entity of the clause: one verb edge, whatever the print form', () => {
  const { relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

  it('A/RES/80/21 PP13: "Welcoming the report of the Secretary-General,5" ("5 A/77/80.") welcomes the report and its author', () => {
    const r = relationsOf(para('PP13', 'Welcoming the report of the Secretary-General,5', [['5', 'A/77/80.']]));
    expect(r).toContain('WELCOMES Document:A/77/80');
    expect(r).toContain(`WELCOMES ${SG}`);
  });

  it('A/RES/79/60 PP20: "Noting the report of the Office of the United Nations High Commissioner for Human Rights entitled “...”,5"', () => {
    const text =
      'Noting the report of the Office of the United Nations High Commissioner for Human Rights entitled “Addressing the challenges and barriers to the full realization and enjoyment of the human rights of the people of the Marshall Islands, stemming from the State’s nuclear legacy”,5';
    const r = relationsOf(para('PP20', text, [['5', 'A/HRC/57/77.']]), { ...GA, symbol: 'A/RES/79/60', date: '2024-12-04' });
    expect(r).toContain('NOTES Organization:Office of the United Nations High Commissioner for Human Rights');
    expect(r.some((x) => x.startsWith('NOTES Document:'))).toBe(true);
  });

  it('A/RES/79/28 PP4 form: "Welcoming the report of the Secretary-General on disarmament and non-proliferation education" (a report cited by subject)', () => {
    const r = relations('Welcoming the report of the Secretary-General on disarmament and non-proliferation education,', 'preambular', { ...GA, symbol: 'A/RES/79/28' });
    expect(r).toContain(`WELCOMES ${SG}`);
    expect(r.some((x) => x.startsWith('WELCOMES Document:'))).toBe(true);
  });

  it('guard: the same words with no document read keep their one edge (no second one)', () => {
    expect(relations('Welcoming the report of the Secretary-General,')).toEqual([`WELCOMES ${SG}`]);
  });

  it('guard: a body named inside an event’s name still gets none ("the Twelfth Ministerial Conference of the World Trade Organization")', () => {
    const r = relations('Welcoming the outcome of the Twelfth Ministerial Conference of the World Trade Organization, held in Geneva from 12 to 17 June 2022,');
    expect(r.some((x) => x.startsWith('WELCOMES Event:'))).toBe(true);
    expect(r).not.toContain('WELCOMES Organization:World Trade Organization');
  });

  // (aud40h: the owner is an entity of the clause all the same, one edge, as with no report read from the words: "the work of
  // the Working Group on Education of the Broadband Commission"; the group, not the Commission, is the author)
  it('guard: the body that owns the author is not the author ("the report of the Working Group on Education of the Broadband Commission entitled “...”", A/RES/78/132 PP32)', () => {
    const r = relations('Taking note of the report of the Working Group on Education of the Broadband Commission entitled “Digital skills for life and work”,', 'preambular', { ...GA, symbol: 'A/RES/78/132' });
    expect(r).toContain('NOTES Organization:Working Group on Education');
    expect(r.filter((x) => x.includes('Broadband Commission'))).toEqual(['NOTES Organization:Broadband Commission for Sustainable Development']);
  });
});

describe('a functional commission’s decision numbered from 101 is read in full', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/229', date: '2023-12-22' };
  const { keys } = oneParagraph({ ctx, kind: 'preambular' });

  it('A/RES/78/229 PP45: "Statistical Commission decision 53/113 of 11 March 2022" is 53/113, not 53/11', () => {
    const text =
      'Noting in this respect paragraph (d) of Statistical Commission decision 53/113 of 11 March 2022, in which the Commission endorsed the proposal of the Bureau,';
    expect(keys(text, 'Resolution:')).toEqual(['Resolution:Statistical Commission decision 53/113']);
  });

  it('guard: a commission’s resolution keeps a glued mark off ("Commission on the Status of Women resolution 60/213" is 60/21 + mark 3)', () => {
    expect(keys('Recalling Commission on the Status of Women resolution 60/213 of 24 March 2016,', 'Resolution:')).toEqual(['Resolution:Commission on the Status of Women resolution 60/21']);
  });

  it('guard: another body’s decision keeps a glued mark off ("decision 15/411 of the Conference of the Parties to the Convention on Biological Diversity")', () => {
    const k = keys('Recalling decision 15/411 of the Conference of the Parties to the Convention on Biological Diversity,', 'Resolution:');
    expect(k.every((x) => !x.endsWith('15/411'))).toBe(true);
  });
});

describe('a sitting of the Assembly named without its topic or date is the one its resolution means', () => {
  const { keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/288', date: '2025-06-01' }, kind: 'operative' });
  const at = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });

  it('A/RES/79/288 OP2 (the Beijing+30 meeting): "Also decides that the theme of the high-level meeting of the General Assembly will be “...”"', () => {
    const text =
      'Also decides that the theme of the high-level meeting of the General Assembly will be “Recommitting to, resourcing and accelerating the implementation of the Beijing Declaration and Platform for Action to achieve gender equality and the empowerment of all women and girls” and that this meeting will highlight achievements, best practices, gaps and challenges;';
    expect(keys(text, 'Event:high-level meeting')).toEqual(['Event:high-level meeting of the General Assembly (A/RES/79/288)']);
  });

  it('A/RES/78/27 OP9: "a one-day high-level plenary meeting of the Assembly to commemorate and promote the International Day ..." is not A/RES/78/277’s', () => {
    const text =
      'Decides to organize, on 26 September every year, a one-day high-level plenary meeting of the Assembly to commemorate and promote the International Day for the Total Elimination of Nuclear Weapons;';
    expect(keys(text, 'Event:high-level', 'operative', at('A/RES/78/27', '2023-12-04'))).toEqual(['Event:high-level plenary meeting of the General Assembly (A/RES/78/27)']);
  });

  it('guard: a sitting named with its topic keeps its own key ("the high-level meeting of the General Assembly on antimicrobial resistance")', () => {
    const k = keys('Decides to convene a high-level meeting of the General Assembly on antimicrobial resistance in 2024;', 'Event:');
    expect(k).toEqual(['Event:high-level meeting of the General Assembly on antimicrobial resistance @ 2024']);
  });

  // (keyed by its day since aud23f: the Assembly holds several sittings named without their topic in a year)
  it('guard: a dated one is the same sitting in every text (A/RES/78/43 PP15: the 2005 World Summit’s "high-level plenary meeting of the General Assembly on 16 September 2005")', () => {
    const text =
      'Recalling also the 2005 World Summit Outcome adopted at the high-level plenary meeting of the General Assembly on 16 September 2005 and the adoption of the United Nations Global Counter-Terrorism Strategy on 8 September 2006,';
    expect(keys(text, 'Event:high-level', 'preambular', at('A/RES/78/43', '2023-12-04'))).toEqual(['Event:high-level plenary meeting of the General Assembly @ 2005-09-16']);
  });
});

describe('numbered paragraphs of an annexed declaration run on in one block (railcar form of A/RES/80/3)', () => {
  const head = [
    'A/RES/80/3', '', '80/3. Awaza Political Declaration', '', 'The General Assembly,', '',
    'Recalling its resolutions 76/217 of 17 December 2021 and 79/279 of 11 April 2025 on the convening of the Third United Nations Conference on Landlocked Developing Countries,', '',
    '1. Endorses the political declaration adopted by the Third United Nations Conference on Landlocked Developing Countries, which is contained in the annex to the present resolution;', '',
    '18th plenary meeting', '14 October 2025', '', 'Annex', '',
  ];
  const text = (r: { paragraphs: { id: string; text: string }[] }, id: string): string => r.paragraphs.find((p) => p.id === id)?.text ?? '';

  it('A/RES/80/3 annex para. 8: "... in the Pact for the Future. 16 9. We note the interest ..." is paragraphs 8 and 9', () => {
    const [r] = segmentLines([
      ...head,
      '7. We further reaffirm our commitment to enhancing our efforts for the full and timely implementation of the 2030 Agenda for Sustainable Development.', '',
      '8. We welcome the outcome document of the Fourth International Conference on Financing for Development, the Sevilla Commitment, as well as the relevant commitments in the Pact for the Future. 16 9. We note the interest and commitment of the landlocked developing countries to develop a dedicated work programme on landlocked developing countries under the United Nations Framework Convention on Climate Change.', '',
      '10. We welcome the convening of the twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change.', '',
    ], 'A_RES_80_3.railcar.txt');
    expect(paragraphIds(r!)).toBe('PP1 OP1 Annex.OP7 Annex.OP8 Annex.OP9 Annex.OP10');
    expect(text(r!, 'Annex.OP8').endsWith('in the Pact for the Future. 16')).toBe(true);
    expect(text(r!, 'Annex.OP9').startsWith('We note the interest')).toBe(true);
  });

  it('A/RES/80/3 annex para. 14 (words lost in print): "... an infrastructure investment finance facility for 15. We emphasize ..."', () => {
    const [r] = segmentLines([
      ...head,
      '14. We reaffirm our commitment to advancing the concrete deliverables outlined in the Awaza Programme of Action, and exploring the establishment of an infrastructure investment finance facility for 15. We emphasize the significance of declaring the United Nations Decade of Sustainable Transport for the 10-year period beginning on 1 January 2026.', '',
      '16. We stress the importance of developing trade-related physical and digital infrastructure.', '',
    ], 'A_RES_80_3.railcar.txt');
    expect(paragraphIds(r!)).toBe('PP1 OP1 Annex.OP14 Annex.OP15 Annex.OP16');
  });

  it('A/RES/80/3 annex: a section heading run into its first paragraph, with a year ("II. Implementation of the Awaza Programme of Action ... for the Decade 2024–2034 13. We strongly commit ...")', () => {
    const [r] = segmentLines([
      ...head,
      '12. We further welcome the convening of the fifteenth meeting of the Conference of the Contracting Parties to the Convention on Wetlands.', '',
      'II. Implementation of the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034 13. We strongly commit ourselves to the full implementation of the Awaza Programme of Action throughout the coming decade.', '',
    ], 'A_RES_80_3.railcar.txt');
    expect(paragraphIds(r!)).toBe('PP1 OP1 Annex.OP12 Annex.OP13');
    expect(r!.paragraphs.find((p) => p.id === 'Annex.OP13')!.heading).toBe('II. Implementation of the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034');
  });

  it('A/RES/80/3 annex: "I. Global context and shared commitments 3. We gather ..." after paragraph 1 (paragraph 2 lost its number in print)', () => {
    const [r] = segmentLines([
      ...head,
      '1. We, the Heads of State and Government and high-level representatives, met in Awaza, Turkmenistan, from 5 to 8 August 2025 at the Third United Nations Conference on Landlocked Developing Countries.', '',
      'I.', 'Global context and shared commitments 3. We gather at a critical juncture marked by overlapping global challenges.', '',
      '4. We stress the specific needs and challenges faced by landlocked developing countries.', '',
    ], 'A_RES_80_3.railcar.txt');
    expect(paragraphIds(r!)).toBe('PP1 OP1 Annex.OP1 Annex.OP3 Annex.OP4');
    expect(r!.paragraphs.find((p) => p.id === 'Annex.OP3')!.heading).toBe('I. Global context and shared commitments');
  });

  it('guard: a numbered part cited before the number stays in the text ("as set out in paragraph 9. We ...", "Goal 16. Member States ...")', () => {
    const [r] = segmentLines([
      ...head,
      '8. We recall the commitments as set out in paragraph 9. We note the interest of the landlocked developing countries in Sustainable Development Goal 9. We also welcome the work done.', '',
      '9. We note the interest and commitment of the landlocked developing countries.', '',
    ], 'A_RES_80_3.railcar.txt');
    expect(paragraphIds(r!)).toBe('PP1 OP1 Annex.OP8 Annex.OP9');
  });

  it('guard: a form’s numbered boxes are no run-on paragraphs ("1. MISSION OR INTERNATIONAL ORGANIZATION 2. CERTIFYING SIGNATURE", S/RES/1454 (2002) annex)', () => {
    const [r] = segmentLines([
      ...head,
      '1. MISSION OR INTERNATIONAL ORGANIZATION 2. CERTIFYING SIGNATURE AND OFFICIAL SEAL', '',
    ], 'A_RES_80_3.railcar.txt');
    expect(r!.paragraphs.filter((p) => p.id.startsWith('Annex.')).length).toBe(1);
  });
});
