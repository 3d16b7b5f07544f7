// Session-48 audit aud48d: three Fourth Committee texts annotated like the scorer before looking at the output (gold in
// tests/gold/aud48d-*.gold.tsv: A/RES/80/94 Question of the Cayman Islands, A/RES/79/113 Dissemination of information on
// decolonization, A/RES/80/83 Comprehensive review of special political missions, all paragraphs). Fixed: "the Territory" printed
// bare in a "Question of <Territory>" text is the Territory the title names, so "Requests the Territory and the administering Power
// to ..." (33 texts of corpus-ga) reaches it and "the elections held in the Territory" are HELD_IN it; the General Assembly printed
// as the agent of its own act named as a noun ("the proclamation by the General Assembly of the period 2021–2030 as the Fourth
// International Decade ...", 35 texts; "the establishment by", "the recognition by", "the request by") is no target of the
// clause's verb, as "the adoption by the General Assembly of" already was; "the Fifth Committee is the appropriate Main Committee
// of the General Assembly" (12 texts) makes the committee PART_OF the Assembly, as "the Fifth Committee of the General Assembly"
// does. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const CAYMAN: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/94', date: '2025-12-05', title: 'Question of the Cayman Islands' };
const GA = 'Organization:General Assembly';
const { relations, attributions, keys } = oneParagraph({ ctx: CAYMAN, kind: 'operative' });

describe('"the Territory" in a "Question of <Territory>" text is the Territory the title names', () => {
  const OP12 =
    'Requests the Territory and the administering Power to take all measures necessary to protect and conserve the environment of the Territory against any degradation, and once again requests the specialized agencies concerned to monitor environmental conditions in the Territory and to provide assistance to the Territory, consistent with their prevailing rules of procedure;';

  it('A/RES/80/94 OP12: "Requests the Territory and the administering Power to take all measures necessary ...": REQUESTS the Cayman Islands', () => {
    expect(relations(OP12)).toContain('REQUESTS Place:Cayman Islands');
    expect(keys(OP12, 'Place:')).toContain('Place:Cayman Islands');
  });

  it('A/RES/78/86 PP30 (79/99): "the elections held in the Territory in November 2022" are HELD_IN American Samoa', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/86', date: '2023-12-07', title: 'Question of American Samoa' };
    const text =
      'Noting the elections held in the Territory in November 2022 to elect 20 members of the American Samoa House of Representatives and the delegate to the United States House of Representatives,';
    expect(attributions(text, 'preambular', ctx)).toContain('HELD_IN Event:election in American Samoa @ 2022 -> Place:American Samoa');
  });

  it('guard, A/RES/80/94 OP7: "Stresses that the Territory should continue to participate ...": named, but the verb does not address it', () => {
    const text =
      'Stresses that the Territory should continue to participate in the activities of the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples, including regional seminars, in order to provide the Committee with up-to-date information regarding the decolonization process;';
    expect(keys(text, 'Place:')).toEqual(['Place:Cayman Islands']);
    expect(relations(text).filter((r) => r.includes('Place:'))).toEqual([]);
  });

  it('guard: in a text of another title ("Dissemination of information on decolonization", A/RES/79/113) "the Territory" names no place', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/113', date: '2024-12-04', title: 'Dissemination of information on decolonization' };
    expect(keys(OP12, 'Place:', 'operative', ctx)).toEqual([]);
    expect(keys(OP12, 'Place:', 'operative', { body: 'General Assembly', symbol: 'A/RES/80/94', date: '2025-12-05' })).toEqual([]);
  });

  it('guard: "the Territories" and "the Territory of ..." are not the titled Territory', () => {
    const text = 'Requests the Territories and the administering Powers to take all measures necessary, and invites the Territory of another State to cooperate;';
    expect(keys(text, 'Place:')).toEqual([]);
  });
});

describe('the General Assembly as the agent of its own act named as a noun is no target of the clause’s verb', () => {
  it('A/RES/80/94 PP16 (and every Territory text): "the proclamation by the General Assembly of the period 2021–2030 as the Fourth International Decade ...": no RECALLS of the Assembly, the Decade is recalled', () => {
    const text =
      'Recalling the importance of the conclusions and recommendations adopted by the seminar, which are annexed to the report of the Special Committee and which outline the findings of the seminar, including, especially, the way forward for the decolonization process within the context of the proclamation by the General Assembly of the period 2021–2030 as the Fourth International Decade for the Eradication of Colonialism,';
    const rel = relations(text, 'preambular');
    expect(rel).not.toContain(`RECALLS ${GA}`);
    expect(rel).toContain('RECALLS Event:Fourth International Decade for the Eradication of Colonialism');
  });

  it('A/RES/78/83 OP4 (79/96, 80/87): "the recognition by the General Assembly, the Security Council and other United Nations organs": the Council, another body, stays', () => {
    const text =
      'Also reaffirms that the recognition by the General Assembly, the Security Council and other United Nations organs of the legitimacy of the aspirations of the peoples of the Non-Self-Governing Territories to exercise their right to self-determination entails, as a corollary, the extension of all appropriate assistance to those peoples;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/78/83', date: '2023-12-07' });
    expect(rel).not.toContain(`REAFFIRMS ${GA}`);
    expect(rel).toContain('REAFFIRMS Organization:Security Council');
  });

  it('A/RES/78/60 PP (79/70, 80/64): "the thirtieth anniversary of the establishment by the General Assembly of the United Nations Regional Centre ..."', () => {
    const text =
      'Recalling that the thirtieth anniversary of the establishment by the General Assembly of the United Nations Regional Centre for Peace and Disarmament in Asia and the Pacific was commemorated,';
    expect(relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/60', date: '2023-12-04' })).not.toContain(`RECALLS ${GA}`);
  });

  it('guard, A/RES/80/94 OP13: the Assembly the report goes to stays a target', () => {
    const text =
      'Requests the Special Committee to continue to examine the question of the Cayman Islands and to report thereon to the General Assembly at its eighty-first session and on the implementation of the present resolution';
    expect(relations(text)).toContain(`REQUESTS ${GA}`);
  });

  it('guard: another body’s proclamation keeps its verb ("the proclamation by the Human Rights Council of ...")', () => {
    const text = 'Welcoming the proclamation by the Human Rights Council of the International Day of Solidarity,';
    expect(relations(text, 'preambular')).toContain('WELCOMES Organization:Human Rights Council');
  });
});

describe('"<committee> is the appropriate Main Committee of the General Assembly": PART_OF the Assembly', () => {
  const SPM: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/83', date: '2025-12-05' };

  it('A/RES/80/83 PP15 (and 10 more texts): "recognizing that the Fifth Committee is the appropriate Main Committee of the General Assembly entrusted with ..."', () => {
    const text =
      'Recalling the relevant reports on the review of arrangements for funding and backstopping special political missions, which addressed the financial and administrative arrangements pertaining to such missions, recognizing that the Fifth Committee is the appropriate Main Committee of the General Assembly entrusted with responsibilities for administrative and budgetary matters,';
    expect(attributions(text, 'preambular', SPM)).toContain(`PART_OF Organization:Fifth Committee -> ${GA}`);
  });

  it('A/RES/79/192 PP7: "Recalling the Third Committee as the Main Committee of the General Assembly in charge of social, humanitarian and cultural issues"', () => {
    const text =
      'Recalling the Third Committee as the Main Committee of the General Assembly in charge of social, humanitarian and cultural issues, and mindful that the Committee is also responsible for the agenda items assigned to it by the General Assembly,';
    expect(attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/192', date: '2024-12-17' })).toContain(`PART_OF Organization:Third Committee -> ${GA}`);
  });

  it('guard: a committee named next to the Assembly in other words is no part of it ("the Fifth Committee and the General Assembly")', () => {
    const text = 'Recognizing the role of the Fifth Committee and the General Assembly in administrative and budgetary matters,';
    expect(attributions(text, 'preambular', SPM).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});
