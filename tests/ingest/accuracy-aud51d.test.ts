// aud51d: faults the session-51 gold set aud51d (A/RES/78/290 road safety, 78/320 forests, 78/130 WASH in health-care facilities)
// showed in the plenary genre, each with the sentence it comes from and a near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const GA78_290 = ctxOf('A/RES/78/290', '2024-06-24');
const { relations, attributions } = oneParagraph({ ctx: GA78_290, kind: 'preambular' });
const ASSEMBLY = 'Organization:General Assembly';

describe('the Assembly as agent of the mandate it conferred or the sitting it convenes: no verb edge', () => {
  it('A/RES/78/290 PP22: "the mandate conferred upon it by the General Assembly": WHO is commended, the Assembly is not', () => {
    const PP22 =
      'Commending the World Health Organization for its leadership role in preventing road traffic injury and for its role in implementing the mandate conferred upon it by the General Assembly to act, in close cooperation with the United Nations regional commissions, as a coordinator on road safety issues within the United Nations system,';
    const got = relations(PP22);
    expect(got).toContain('APPRECIATES Organization:World Health Organization');
    expect(got).not.toContain(`APPRECIATES ${ASSEMBLY}`);
  });

  it('A/RES/78/290 OP18: "the high-level meeting to be convened by the Assembly in 2026": no REQUESTS of the Assembly, its ORGANIZES stays', () => {
    const OP18 =
      'Requests the Secretary-General to provide, in consultation with the World Health Organization and other relevant agencies, a progress report during the eightieth session of the General Assembly, as mandated in the political declaration of 2022, which will serve to inform the high-level meeting on improving global road safety to be convened by the Assembly in 2026.';
    expect(relations(OP18, 'operative')).not.toContain(`REQUESTS ${ASSEMBLY}`);
    expect(attributions(OP18, 'operative').some((a) => a.startsWith(`ORGANIZES ${ASSEMBLY} -> Event:high-level meeting on improving global road safety`))).toBe(true);
  });

  it('A/RES/78/162 PP39 (80/149 PP37): "the high-level meetings on health convened by the General Assembly during the seventy-eighth session"', () => {
    const PP39 =
      'Welcoming the political declarations of the high-level meetings on health convened by the General Assembly during the seventy-eighth session as efforts to highlight the importance of health,';
    expect(relations(PP39, 'preambular', ctxOf('A/RES/78/162', '2023-12-19'))).not.toContain(`WELCOMES ${ASSEMBLY}`);
  });

  it('guard: A/RES/78/290 OP18 "the eightieth session of the General Assembly": a session named with its owner is still requested', () => {
    const OP18 = 'Requests the Secretary-General to provide a progress report during the eightieth session of the General Assembly;';
    expect(relations(OP18, 'operative')).toContain('REQUESTS Event:eightieth session of the General Assembly');
  });

  it('guard: "the mandate conferred upon it by the Human Rights Council": another body\'s act keeps the verb', () => {
    const PP = 'Commending the Office of the United Nations High Commissioner for Human Rights for implementing the mandate conferred upon it by the Human Rights Council,';
    expect(relations(PP)).toContain('APPRECIATES Organization:Human Rights Council');
  });
});

describe('the two road safety decades, told apart by their spans', () => {
  const SECOND = 'Event:Second Decade of Action for Road Safety';
  const FIRST = 'Event:Decade of Action for Road Safety';

  it('A/RES/78/290 PP26: "the Decade of Action for Road Safety 2021-2030 in 2026" is the second decade, 2021 to 2030 (2026 is its milestone)', () => {
    const PP26 =
      'Recalling the midterm milestone of the Decade of Action for Road Safety 2021-2030 in 2026 and the timeline to achieve the 2030 target of a 50 per cent reduction in deaths and injuries,';
    expect(relations(PP26)).toContain(`RECALLS ${SECOND}`);
    const got = attributions(PP26);
    expect(got).toContain(`STARTS_ON ${SECOND} -> Date:2021`);
    expect(got).toContain(`ENDS_ON ${SECOND} -> Date:2030`);
    expect(got.filter((a) => a.endsWith('Date:2026'))).toEqual([]);
  });

  it('guard: A/RES/78/290 PP10: "during the Decade of Action for Road Safety 2011-2020" is the first decade, not the second', () => {
    const PP10 =
      'Acknowledging the fifth Global Status Report on Road Safety, released by the World Health Organization in December 2023, which provided an assessment of progress made by Member States during the Decade of Action for Road Safety 2011-2020,';
    expect(relations(PP10)).toContain(`ACKNOWLEDGES ${FIRST}`);
    expect(attributions(PP10)).toContain(`STARTS_ON ${FIRST} -> Date:2011`);
  });

  it('guard: A/RES/78/148 PP8 "the proclamation of the period 2021–2030 as the Second Decade of Action for Road Safety": the same node', () => {
    const PP8 = 'Recalling the proclamation of the period 2021–2030 as the Second Decade of Action for Road Safety, with a goal of reducing road traffic deaths and injuries by at least 50 per cent from 2021 to 2030,';
    expect(relations(PP8, 'preambular', ctxOf('A/RES/78/148', '2023-12-19'))).toContain(`RECALLS ${SECOND}`);
  });

  it('guard: A/RES/78/290 PP5 "the Global Plan for the Decade of Action for Road Safety 2021-2030": the plan, its name whole', () => {
    const PP5 = 'Recalling also the Global Plan for the Decade of Action for Road Safety 2021-2030, which provides a set of options and strategies for use by Governments,';
    expect(relations(PP5)).toEqual(['RECALLS Framework:Global Plan for the Decade of Action for Road Safety 2021-2030']);
  });
});

describe('a declaration named after its city, then the sitting that adopted it', () => {
  const GA78_130 = ctxOf('A/RES/78/130', '2023-12-18');
  const ASTANA = 'Framework:Declaration of Astana';
  const CONFERENCE = 'Event:Global Conference on Primary Health Care';

  it('A/RES/78/130 PP6: "the Declaration of Astana of the Global Conference on Primary Health Care": the declaration, its conference, ADOPTED', () => {
    const PP6 =
      'Recalling the Declaration of Astana of the Global Conference on Primary Health Care, which envisages strengthening primary health care as the most inclusive, effective and efficient approach to enhance people’s physical and mental health,';
    const got = relations(PP6, 'preambular', GA78_130);
    expect(got).toContain(`RECALLS ${ASTANA}`);
    expect(got).toContain(`RECALLS ${CONFERENCE}`);
    expect(attributions(PP6, 'preambular', GA78_130)).toContain(`ADOPTED ${CONFERENCE} -> ${ASTANA}`);
  });

  it('guard: A/RES/78/3 "the Declaration of Alma-Ata and the Declaration of Astana": the short name is the same node, no sitting', () => {
    const PP = 'Recalling the Declaration of Alma-Ata and the Declaration of Astana, and further recognizing that primary health care is a cornerstone,';
    const got = relations(PP, 'preambular', ctxOf('A/RES/78/3', '2023-10-05'));
    expect(got).toContain(`RECALLS ${ASTANA}`);
    expect(got.filter((r) => r.includes('Event:'))).toEqual([]);
  });
});

describe('the year printed before a meeting\'s declaration is the meeting\'s start', () => {
  const GA78_130 = ctxOf('A/RES/78/130', '2023-12-18');

  it('A/RES/78/130 PP5: "the 2023 political declaration of the high-level meeting on universal health coverage": the meeting STARTS_ON 2023', () => {
    const PP5 =
      'Recalling further the 2023 political declaration of the high-level meeting on universal health coverage, which reaffirms the right of every human being, without distinction of any kind, to the enjoyment of the highest attainable standard of physical and mental health,';
    expect(attributions(PP5, 'preambular', GA78_130)).toContain('STARTS_ON Event:high-level meeting on universal health coverage @ 2023 -> Date:2023');
    expect(oneParagraph({ ctx: GA78_130, kind: 'preambular' }).keys(PP5, 'Date:')).toEqual(['Date:2023']);
  });

  it('A/RES/78/5 annex OP19: "the 2018 political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis"', () => {
    const OP = 'Commit to accelerating progress in realizing the 2018 political declaration of the high-level meeting of the General Assembly on the fight against tuberculosis;';
    // (the Assembly's form of the meeting's key, which the graph merges into the short one)
    expect(attributions(OP, 'operative', ctxOf('A/RES/78/5', '2023-10-05'))).toContain(
      'STARTS_ON Event:high-level meeting of the General Assembly on the fight against tuberculosis @ 2018 -> Date:2018',
    );
  });

  it('guard: "the 2023 political declarations on universal health coverage and on pandemic prevention ..." (78/130 PP7): no meeting named, no date', () => {
    const PP7 = 'Recalling also the 2023 political declarations on universal health coverage and on pandemic prevention, preparedness and response, which recognizes that infection prevention and control are essential,';
    expect(attributions(PP7, 'preambular', GA78_130).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('guard: "the political declaration of the high-level meeting on improving global road safety of 30 June 2022" (78/290 PP6): no year before, no STARTS_ON', () => {
    const PP6 = 'Reaffirming its commitment to the political declaration of the high-level meeting on improving global road safety of 30 June 2022, in which road safety was recognized as a major public health concern,';
    expect(attributions(PP6).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('the Assembly as agent of the periods it declared, the tasks it assigned, the mandates it extended: no verb edge', () => {
  it('A/RES/78/234 PP17 (79/161, 80/193): "the three Decades for Action to Combat Racism and Racial Discrimination previously declared by the General Assembly"', () => {
    const PP17 =
      'Recalling the three Decades for Action to Combat Racism and Racial Discrimination previously declared by the General Assembly, and regretting that the Programmes of Action for those Decades were not fully implemented,';
    expect(relations(PP17, 'preambular', ctxOf('A/RES/78/234', '2023-12-19'))).not.toContain(`RECALLS ${ASSEMBLY}`);
  });

  it('A/RES/78/76 OP1 (80/80): "for its efforts in performing the tasks assigned to it by the General Assembly": the Special Committee is commended, not the Assembly', () => {
    const OP1 =
      'Commends the Special Committee to Investigate Israeli Practices Affecting the Human Rights of the Palestinian People and Other Arabs of the Occupied Territories for its efforts in performing the tasks assigned to it by the General Assembly, in spite of the obstruction of its mandate;';
    const got = relations(OP1, 'operative', ctxOf('A/RES/78/76', '2023-12-06'));
    expect(got).not.toContain(`APPRECIATES ${ASSEMBLY}`);
    expect(got.some((r) => r.startsWith('APPRECIATES Organization:Special Committee to Investigate Israeli Practices'))).toBe(true);
  });

  it('A/RES/79/175 PP6: "the Internet Governance Forum, ... whose mandate was extended by the General Assembly in 2015": the Forum, not the Assembly', () => {
    const PP6 =
      'Noting the discussions that take place annually in the Internet Governance Forum, which is a multi-stakeholder forum for the discussion of Internet governance issues and whose mandate was extended by the General Assembly in 2015 for another 10 years,';
    const got = relations(PP6, 'preambular', ctxOf('A/RES/79/175', '2024-12-17'));
    expect(got).not.toContain(`NOTES ${ASSEMBLY}`);
    expect(got.some((r) => r.includes('Internet Governance Forum'))).toBe(true);
  });

  it('guard: "whose mandate was extended by the Human Rights Council": another body\'s act keeps the verb', () => {
    const PP = 'Noting the work of the Special Rapporteur on the right to privacy, whose mandate was extended by the Human Rights Council in 2024,';
    expect(relations(PP)).toContain('NOTES Organization:Human Rights Council');
  });
});
