// Misses found by the session-22 audit aud22e: A/RES/78/188 (the girl child), A/RES/78/65 (security and cooperation in the
// Mediterranean region), A/RES/80/65 (report of the Conference on Disarmament), and the same forms in other texts. Each
// case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/188', date: '2023-12-19' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('regions of their own: sub-Saharan Africa, the Maghreb', () => {
  it('A/RES/78/188 PP19: "in sub-Saharan Africa, six out of seven new HIV infections among adolescents" is the region, not the continent', () => {
    const text =
      'Concerned that, in sub-Saharan Africa, six out of seven new HIV infections among adolescents aged 15 to 19 years are among girls, and in this regard noting the importance of subnational data and welcoming its emerging availability in sub-Saharan Africa,';
    expect(keys(text, 'Place:')).toEqual(['Place:sub-Saharan Africa', 'Place:sub-Saharan Africa']);
  });

  it('A/RES/78/65 PP9: "in particular in Europe, in the Maghreb and in the Middle East"', () => {
    const text =
      'Recognizing further that prospects for closer Euro-Mediterranean cooperation in all spheres can be enhanced by positive developments worldwide, in particular in Europe, in the Maghreb and in the Middle East,';
    expect(keys(text, 'Place:')).toContain('Place:Maghreb');
  });

  it('guard: the continent and its other regions stay as they were ("in Africa and in West Africa")', () => {
    const text = 'Noting the efforts made in Africa and in West Africa,';
    expect(keys(text, 'Place:')).toEqual(['Place:Africa', 'Place:West Africa']);
  });
});

describe('"the Declaration of Commitment on HIV/AIDS": the slash does not end the name', () => {
  const PP5 =
    'Reaffirming all relevant outcomes of major United Nations summits and conferences relevant to the girl child, including the Programme of Action of the World Summit for Social Development, 11 the Declaration of Commitment on HIV/AIDS adopted at the twenty-sixth special session of the General Assembly on HIV/AIDS, entitled “Global Crisis – Global Action”,12 and the political declarations on HIV and AIDS,';

  it('A/RES/78/188 PP5: the declaration, reaffirmed, adopted at the twenty-sixth special session', () => {
    expect(keys(PP5, 'Framework:Declaration of Commitment')).toEqual(['Framework:Declaration of Commitment on HIV/AIDS']);
    expect(relations(PP5)).toContain('REAFFIRMS Framework:Declaration of Commitment on HIV/AIDS');
    expect(attributions(PP5)).toContain('ADOPTED Event:twenty-sixth special session of the General Assembly -> Framework:Declaration of Commitment on HIV/AIDS');
  });

  it('guard: UNAIDS keeps its own name ("the Joint United Nations Programme on HIV/AIDS")', () => {
    const text = 'Welcoming the work of the Joint United Nations Programme on HIV/AIDS,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:Joint United Nations Programme on HIV/AIDS']);
    expect(keys(text, 'Framework:')).toEqual([]);
  });
});

describe('"the <year> session" with no owner printed is the session of the one sitting body the paragraph names', () => {
  const CD: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/65', date: '2025-12-01' };

  it('A/RES/80/65 PP10: "made at the 2025 session ..., the decision on the work of the Conference on Disarmament ... for the 2025 session"', () => {
    const text =
      'Noting with appreciation the efforts, contributions and decisions made at the 2025 session to promote substantive discussions on issues on the agenda, including, inter alia, the decision on the work of the Conference on Disarmament on the re‑establishment, in accordance with its rules of procedure, of five subsidiary bodies for the 2025 session, adopted on 30 January 2025,';
    expect(keys(text, 'Event:', 'preambular', CD)).toEqual(['Event:2025 session of the Conference on Disarmament', 'Event:2025 session of the Conference on Disarmament']);
    expect(relations(text, 'preambular', CD)).toContain('NOTES Event:2025 session of the Conference on Disarmament');
  });

  it('A/RES/80/65 OP4: "the decisions of the Conference on Disarmament on the re-establishment ... of subsidiary bodies ... for the 2025 session"', () => {
    const text =
      'Notes with appreciation the decisions of the Conference on Disarmament on the re-establishment, in accordance with its rules of procedure, of subsidiary bodies on agenda items 1 to 4 and one on agenda items 5, 6 and 7, 5 for the 2025 session;';
    expect(relations(text, 'operative', CD)).toContain('NOTES Event:2025 session of the Conference on Disarmament');
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text, 'operative', CD)).toContain('SESSION_OF Event:2025 session of the Conference on Disarmament -> Organization:Conference on Disarmament');
  });

  it('A/RES/79/71 PP10: the days the decisions were "adopted on" do not date the session', () => {
    const text =
      'Noting with appreciation the efforts, contributions and decisions made at the 2024 session, including the decisions on the work of the Conference on Disarmament on the establishment of five subsidiary bodies for the 2024 session, adopted on 13 and 19 June 2024,';
    expect(keys(text, 'Event:', 'preambular', CD)).toContain('Event:2024 session of the Conference on Disarmament');
    // (dated by the year its name prints, not by the decisions' days: aud30g)
    expect(attributions(text, 'preambular', CD).filter((a) => a.startsWith('STARTS_ON') || a.startsWith('ENDS_ON'))).toEqual(['STARTS_ON Event:2024 session of the Conference on Disarmament -> Date:2024']);
  });

  it('guard: two sitting bodies named, no owner is guessed ("the Commission and the Committee ... for the 2025 session")', () => {
    const text = 'Notes the work of the Commission on Narcotic Drugs and the Committee on World Food Security, including the decisions for the 2025 session;';
    expect(keys(text, 'Event:', 'operative', CD)).toEqual([]);
  });

  it('guard: the General Assembly numbers its sessions by ordinal ("the General Assembly ... for the 2025 session")', () => {
    const text = 'Requests the Secretary-General to report to the General Assembly on the arrangements for the 2025 session;';
    expect(keys(text, 'Event:', 'operative', CD)).toEqual([]);
  });
});

describe('a list of years with footnote marks between them', () => {
  it('A/RES/78/188 PP5: "the high-level meetings of the General Assembly held in 2006,13 2011,14 201615 and 2021,16"', () => {
    const text =
      'Reaffirming the political declarations on HIV and AIDS adopted by the high-level meetings of the General Assembly held in 2006,13 2011,14 201615 and 2021,16 and reiterating that their full and effective implementation is essential,';
    expect(keys(text, 'Date:')).toEqual(['Date:2006', 'Date:2011', 'Date:2016', 'Date:2021']);
  });

  it('A/RES/80/28 PP3: "the returns of Member States for 2021, 1 2022,2 20233 and 2024,4"', () => {
    const text = 'Noting the returns of Member States for 2021, 1 2022,2 20233 and 2024,4 and the reports of the Secretary-General,';
    expect(keys(text, 'Date:')).toEqual(['Date:2021', 'Date:2022', 'Date:2023', 'Date:2024']);
  });

  it('guard: a number that is no year after a listed year stays out ("in 2005, 10 years later"), and "in 202011" is no year', () => {
    expect(keys('Noting that in 2005, 10 years later, the Commission met again,', 'Date:')).toEqual(['Date:2005']);
    expect(keys('Noting that in 202011 the Commission met again,', 'Date:')).toEqual([]);
  });
});

describe('the Secretary-General’s voluntary compact on preventing and addressing sexual exploitation and abuse, printed lowercase', () => {
  it('A/RES/78/188 OP38: "takes note of the voluntary compact on preventing and addressing sexual exploitation and abuse introduced by the Secretary-General"', () => {
    const text =
      'Deplores all acts of sexual exploitation and abuse of and trafficking in women and children, takes note of the voluntary compact on preventing and addressing sexual exploitation and abuse introduced by the Secretary-General, welcomes the efforts undertaken by United Nations agencies and peacekeeping operations to implement a zero-tolerance policy in this regard;';
    expect(relations(text, 'operative')).toContain('NOTES Framework:Voluntary Compact on Preventing and Addressing Sexual Exploitation and Abuse');
  });

  it('A/RES/78/182 OP9: "to support the Secretary-General’s voluntary compact on ...": the compact and its author', () => {
    const text =
      'Encourages Member States to continue to support the work of UN-Women, as well as to support the Secretary-General’s voluntary compact on preventing and addressing sexual exploitation and abuse;';
    const r = relations(text, 'operative');
    expect(r).toContain('ENCOURAGES Framework:Voluntary Compact on Preventing and Addressing Sexual Exploitation and Abuse');
    expect(r).toContain('ENCOURAGES Organization:Secretary-General of the United Nations');
  });

  it('guard: "a compact on preventing" with no "voluntary" names nothing', () => {
    const text = 'Encourages Member States to agree on a compact on preventing and addressing sexual exploitation and abuse;';
    expect(keys(text, 'Framework:', 'operative')).toEqual([]);
  });
});

describe('"the declaration of the high-level meeting ... on the rule of law": the declaration, adopted by the meeting', () => {
  const RL: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/167', date: '2025-12-15' };
  const PP11 =
    'Noting the declaration of the high-level meeting of the General Assembly on the rule of law at the national and international levels, as adopted by the General Assembly in its resolution 67/1 of 24 September 2012, without a vote,';
  const DECLARATION = 'Framework:Declaration of the High-level Meeting of the General Assembly on the Rule of Law at the National and International Levels';

  it('A/RES/80/167 PP11 (79/126, 78/112): the declaration noted, adopted by resolution 67/1 and by the meeting it is named after', () => {
    expect(relations(PP11, 'preambular', RL)).toContain(`NOTES ${DECLARATION}`);
    const a = attributions(PP11, 'preambular', RL);
    expect(a).toContain(`ADOPTED Resolution:A/RES/67/1 -> ${DECLARATION}`);
    expect(a.filter((x) => x.startsWith('ADOPTED Event:high-level meeting') && x.endsWith(DECLARATION))).toHaveLength(1);
  });

  it('guard: the meeting named alone stays the meeting ("Recalls the high-level meeting of the General Assembly on the rule of law ...")', () => {
    const text =
      'Recalls the high-level meeting of the General Assembly on the rule of law at the national and international levels, held during the high-level segment of its sixty-seventh session;';
    expect(keys(text, 'Framework:', 'operative', RL)).toEqual([]);
    expect(relations(text, 'operative', RL).filter((r) => r.startsWith('RECALLS Event:high-level meeting'))).toHaveLength(1);
  });
});
