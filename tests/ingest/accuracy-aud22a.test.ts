// Misses found by the session-22 audit aud22a: A/RES/79/6 (report of the International Criminal Court), A/RES/79/108
// (question of Pitcairn), A/RES/78/214 (combating intolerance based on religion or belief), A/RES/80/72 (peaceful
// settlement of the question of Palestine), and the same forms in other texts. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/72', date: '2025-12-02' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"<name> and its <ordinal> meeting" is the sitting of the body or initiative just named', () => {
  const OP3 =
    'Also welcomes the launch on 27 September 2024, during the high-level week of the General Assembly and upon the initiative of Saudi Arabia, Norway and the European Union, of the Global Alliance for the Implementation of the Two-State Solution and its first meeting, held in Riyadh on 30 and 31 October 2024;';
  const MEETING = 'Event:first meeting of the Global Alliance for the Implementation of the Two-State Solution';

  it('A/RES/80/72 OP3 (79/81 OP2): "the Global Alliance for the Implementation of the Two-State Solution and its first meeting, held in Riyadh"', () => {
    expect(keys(OP3, 'Event:')).toEqual([MEETING]);
    expect(relations(OP3)).toContain(`WELCOMES ${MEETING}`);
    expect(attributions(OP3)).toContain(`HELD_IN ${MEETING} -> Place:Riyadh`);
    expect(attributions(OP3)).toContain(`STARTS_ON ${MEETING} -> Date:2024-10-30`);
  });

  it('A/RES/80/72 OP3: not a meeting of the General Assembly named earlier in the clause', () => {
    expect(keys(OP3, 'Event:first meeting of the General Assembly')).toEqual([]);
    expect(attributions(OP3).filter((a) => a.startsWith('ORGANIZES Organization:General Assembly'))).toEqual([]);
  });

  it('guard: "its" after a place stays the sitting of the body named before ("the Commission ... in Geneva and its")', () => {
    const text =
      'Welcomes the work of the Commission on Science and Technology for Development, held in Geneva and its twenty-eighth session;';
    expect(keys(text, 'Event:')).toEqual(['Event:twenty-eighth session of the Commission on Science and Technology for Development']);
  });

  it('guard: "of its <ordinal> session" in a decision on the agenda is the citing body\'s', () => {
    const text =
      'Decides to include in the provisional agenda of its eighty-first session the item entitled “Report of the International Criminal Court”, and requests the International Criminal Court to report;';
    expect(keys(text, 'Event:')).toEqual(['Event:eighty-first session of the General Assembly']);
  });
});

describe('sittings listed after "<body> at the" are that body\'s', () => {
  const ICC: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/6', date: '2024-10-29' };
  const ASP = 'Assembly of States Parties to the Rome Statute of the International Criminal Court';
  const OP27 =
    'Further recalls the amendments to articles 124 and 8 of the Rome Statute adopted by the Assembly of States Parties at the fourteenth, and sixteenth and eighteenth sessions, respectively, and calls upon all States parties to consider ratifying or accepting them;';

  it('A/RES/79/6 OP27 (78/6 OP26, 80/6 OP27): "adopted by the Assembly of States Parties at the fourteenth, and sixteenth and eighteenth sessions"', () => {
    expect(keys(OP27, 'Event:', 'operative', ICC)).toEqual([
      `Event:fourteenth session of the ${ASP}`,
      `Event:sixteenth session of the ${ASP}`,
      `Event:eighteenth session of the ${ASP}`,
    ]);
    expect(relations(OP27, 'operative', ICC)).toContain(`RECALLS Event:sixteenth session of the ${ASP}`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(OP27, 'operative', ICC)).toContain(`SESSION_OF Event:fourteenth session of the ${ASP} -> Organization:${ASP}`);
  });

  it('guard: one sitting "at the <ordinal> session of" another body stays that body\'s', () => {
    const text =
      'Notes the statement delivered by the Secretary-General at the seventy-ninth session of the Human Rights Council;';
    expect(keys(text, 'Event:', 'operative', ICC)).toEqual(['Event:seventy-ninth session of the Human Rights Council']);
  });

  it('guard: "at the <ordinals> sessions" with no body right before them names no owner', () => {
    const text = 'Recalls the amendments to the Rome Statute, adopted at the fourteenth and sixteenth sessions, respectively;';
    expect(keys(text, 'Event:', 'operative', ICC).filter((k) => k.includes('Secretary-General') || k.includes('General Assembly'))).toEqual([]);
  });
});

describe('a cited resolution\'s day after its title, "adopted by consensus on <day>"', () => {
  const PP25 =
    'Recalling its resolution 72/241, entitled “A world against violence and violent extremism”, adopted by consensus on 20 December 2017, welcoming the leading role of the United Nations Educational, Scientific and Cultural Organization in promoting intercultural dialogue,';
  const RES = { body: 'General Assembly', symbol: 'A/RES/78/214', date: '2023-12-19' };

  it('A/RES/78/214 PP25 (79/180, 80/200): the resolution is dated 20 December 2017', () => {
    const m = extract(PP25, 'preambular', RES).mentions.find((x) => x.key === 'Resolution:A/RES/72/241');
    expect(m?.attrs?.date).toBe('2017-12-20');
    expect(relations(PP25, 'preambular', RES)).toContain('RECALLS Resolution:A/RES/72/241');
  });

  it('guard: "adopted by consensus on <day>" after something else does not date the resolution cited before it', () => {
    const text =
      'Recalling its resolution 72/241, and welcoming the outcome document, adopted by consensus on 20 December 2017,';
    const m = extract(text, 'preambular', { ...RES }).mentions.find((x) => x.key === 'Resolution:A/RES/72/241');
    expect(m?.attrs?.date).toBeUndefined();
  });
});

describe('the Fourth Geneva Convention printed "on the Protection of Civilian Persons"', () => {
  const PP20 =
    'Recalling in this regard the Geneva Convention on the Protection of Civilian Persons in Time of War, of 12 August 1949 (Fourth Geneva Convention), and stressing that protected persons may in no circumstances renounce in part or in entirety the rights secured to them by the Convention,';
  const GC4 = 'Framework:Geneva Convention relative to the Protection of Civilian Persons in Time of War';

  it('A/RES/80/72 PP20: one node for the name as printed and "(Fourth Geneva Convention)"', () => {
    expect([...new Set(keys(PP20, 'Framework:', 'preambular'))]).toEqual([GC4]);
    expect(relations(PP20, 'preambular')).toContain(`RECALLS ${GC4}`);
  });

  it('guard: the Third Geneva Convention stays its own node', () => {
    const text = 'Recalling the Geneva Convention relative to the Treatment of Prisoners of War,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:Geneva Convention relative to the Treatment of Prisoners of War']);
  });
});

describe('"the Council" after "the President of the <X> Council" is that council, not its President', () => {
  it('A/RES/78/162 OP17 (80/149 OP19): "the President of the Economic and Social Council ..., and encourages the upcoming presidencies of the Council"', () => {
    const text =
      'Welcomes the convening by the President of the Economic and Social Council of a specific segment on the challenges and needs of middle-income countries, and encourages the upcoming presidencies of the Council to continue this good practice;';
    const ctx = { body: 'General Assembly', symbol: 'A/RES/78/162', date: '2023-12-19' };
    expect(relations(text, 'operative', ctx)).toEqual([
      'WELCOMES Organization:President of the Economic and Social Council',
      'ENCOURAGES Organization:Economic and Social Council',
    ]);
  });

  it('A/RES/79/6 OP22 (78/6 OP21, 80/6 OP22): "the statement by the President of the Security Council ..., in which the Council reiterated"', () => {
    const text =
      'Continues to welcome the statement by the President of the Security Council of 12 February 2013, in which the Council reiterated its previous call regarding the importance of State cooperation with the International Criminal Court;';
    const ctx = { body: 'General Assembly', symbol: 'A/RES/79/6', date: '2024-10-29' };
    const m = extract(text, 'operative', ctx).mentions.filter((x) => x.key.includes('Council'));
    expect(m.map((x) => `${x.key} | ${text.slice(x.start, x.end)}`)).toEqual([
      'Organization:President of the Security Council | President of the Security Council',
      'Organization:Security Council | Council',
    ]);
  });

  it('guard: "the President of the Council" after it is still the officer', () => {
    const text = 'Notes the letter to the President of the Security Council, and requests the President of the Council to circulate it;';
    expect(relations(text)).toEqual(['NOTES Organization:President of the Security Council', 'REQUESTS Organization:President of the Security Council']);
  });

  it('guard: "the Assembly" after "the President of the Human Rights Council" is not the Council', () => {
    const text = 'Requests the President of the Human Rights Council to convene meetings of the Council and to inform the Assembly;';
    expect(keys(text, 'Organization:Human Rights Council')).toEqual(['Organization:Human Rights Council']);
  });
});

describe('"<ordinal> implementation meeting of the Process", "<ordinal> plenary session of the <body>"', () => {
  const ISTANBUL = 'Istanbul Process for Combating Intolerance, Discrimination and Incitement to Hatred and/or Violence on the Basis of Religion or Belief';
  const MEETING = `Event:sixth implementation meeting of the ${ISTANBUL}`;
  const RES = { body: 'General Assembly', symbol: 'A/RES/78/214', date: '2023-12-19' };
  const PP27 =
    'Taking note with appreciation of the continuation of the organization of workshops and meetings within the framework of the Istanbul Process and the promotion of effective implementation of Human Rights Council resolution 16/18 to counter global violence, religious discrimination and intolerance, in particular the sixth implementation meeting of the Process, hosted by Singapore on 20 and 21 July 2016,';

  it('A/RES/78/214 PP27 (79/180, 80/200): "the sixth implementation meeting of the Process, hosted by Singapore on 20 and 21 July 2016"', () => {
    expect(keys(PP27, 'Event:', 'preambular', RES)).toEqual([MEETING]);
    expect(relations(PP27, 'preambular', RES)).toContain(`NOTES ${MEETING}`);
    // (the meeting is the Process's: SESSION_OF the Initiative the gazetteer knows, aud58h)
    expect(attributions(PP27, 'preambular', RES)).toEqual([
      `SESSION_OF ${MEETING} -> Initiative:${ISTANBUL}`,
      `HOSTS Place:Singapore -> ${MEETING}`,
      `STARTS_ON ${MEETING} -> Date:2016-07-20`,
      `ENDS_ON ${MEETING} -> Date:2016-07-21`,
    ]);
  });

  it('A/RES/79/156 OP8 (80/187 OP9): "the seventy-fifth plenary session of the Executive Committee" is its seventy-fifth session', () => {
    const text =
      'Welcomes the high-level segment on statelessness that took place at the seventy-fifth plenary session of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees;';
    expect(keys(text, 'Event:seventy-fifth')).toEqual(['Event:seventy-fifth session of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees']);
  });

  it('guard: A/RES/78/69 OP137 "including at its twenty-fifth plenary session, chaired by Kenya" is not the Security Council\'s', () => {
    const text =
      'Notes the continued efforts within the Contact Group on Illicit Maritime Activities in the Western Indian Ocean following the adoption of Security Council resolution 1851 (2008) of 16 December 2008, including at its twenty-fifth plenary session, chaired by Kenya, in May 2023;';
    expect(keys(text, 'Event:', 'operative', { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' })).toEqual([]);
  });

  it('guard: "the Process" with no process named before it names nothing', () => {
    const text = 'Notes the sixth implementation meeting of the Process;';
    expect(keys(text, 'Event:', 'operative', { ...RES })).toEqual([]);
    expect(keys(text, 'Initiative:', 'operative', { ...RES })).toEqual([]);
  });
});

describe('places: Jericho', () => {
  it('A/RES/80/72 PP30 (79/81 PP28): "the Conference on Cooperation among East Asian Countries for Palestinian Development, held in Ramallah and Jericho in July 2019"', () => {
    const text =
      'Welcoming the assistance extended by the Conference on Cooperation among East Asian Countries for Palestinian Development, held in Ramallah and Jericho in July 2019, in support of Palestinian efforts towards an independent Palestinian State,';
    const held = attributions(text, 'preambular').filter((a) => a.startsWith('HELD_IN'));
    expect(held.map((a) => a.slice(a.indexOf('->') + 3))).toEqual(['Place:Ramallah', 'Place:Jericho']);
    expect(relations(text, 'preambular').filter((r) => r.includes('Place:'))).toEqual([]);
  });
});
