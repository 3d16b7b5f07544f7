// Misses found by the session-27 audit aud27d: A/RES/79/53 (countering improvised explosive devices) and A/RES/79/327
// (revitalization of the work of the General Assembly), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/327', date: '2025-09-05' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"the eighty-first and eighty-second sessions" with no owner printed: each one of the Assembly\'s sessions', () => {
  const S81 = 'Event:eighty-first session of the General Assembly';
  const S82 = 'Event:eighty-second session of the General Assembly';

  it('A/RES/79/327 OP31: "to put on hold consideration of new proposals ... during the eighty-first and eighty-second sessions"', () => {
    const text =
      'Notes with concern the significant increase in the number of proposals to proclaim international days, weeks, months, years or decades, and decides, on a trial basis, to put on hold consideration of new proposals for international days, weeks, months, years and decades during the eighty-first and eighty-second sessions, and requests the President of the General Assembly, effective from the eighty-first session, to group all proclamation requests for international commemoration into a single resolution per agenda item;';
    expect(keys(text, 'Event:', 'operative', { ...GA })).toEqual([S81, S82, S81]);
    const rel = relations(text, 'operative', { ...GA });
    expect(rel).toContain(`DECIDES ${S81}`);
    expect(rel).toContain(`DECIDES ${S82}`);
    expect(rel).toContain(`REQUESTS ${S81}`);
  });

  it('A/RES/79/128 OP2: "the deliberations in the working group at the seventy-eighth8 and seventy-ninth sessions" (a footnote mark after the first)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/128', date: '2024-12-04' };
    const text =
      'Takes note of the reports of the working group on protection of persons in the event of disasters, 7 including the Chair’s summary of the deliberations in the working group at the seventy-eighth8 and seventy-ninth sessions;9';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual(['Event:seventy-eighth session of the General Assembly', 'Event:seventy-ninth session of the General Assembly']);
  });

  it('guard: ordinals far from the Assembly\'s sessions of these years stay unread ("the first and second sessions")', () => {
    const text = 'Takes note of the outcome of the first and second sessions, and decides to continue its consideration;';
    expect(keys(text, 'Event:', 'operative', { ...GA })).toEqual([]);
  });

  it('guard: "the seventy-ninth session" alone keeps its reading (A/RES/79/327 OP48)', () => {
    const text = 'Notes with concern that only five women have been elected as President of the General Assembly up until the seventy-ninth session;';
    expect(keys(text, 'Event:', 'operative', { ...GA })).toEqual(['Event:seventy-ninth session of the General Assembly']);
  });
});

describe('a publication printed after its main title and a colon is one publication', () => {
  const HANDBOOK = "Initiative:Assembly for Peace: A Digital Handbook on the UN General Assembly's Past Practice on Peace and Security";

  it('A/RES/79/327 OP12, footnote 1: "Assembly for Peace: A Digital Handbook on the UN General Assembly’s Past Practice on Peace and Security"', () => {
    const text =
      'Takes note of the issuance of the digital handbook on past practices, as mandated in resolution 77/335, and encourages its annual update; Assembly for Peace: A Digital Handbook on the UN General Assembly’s Past Practice on Peace and Security. Available at https://digitallibrary.un.org/record/4061002?ln=en&v=pdf.';
    const r = extract(text, 'operative', { ...GA });
    expect(r.mentions.map((m) => m.key)).toContain(HANDBOOK);
    expect(r.mentions.filter((m) => m.key.startsWith('Organization:')).map((m) => m.key)).toEqual([]);
  });

  it('guard: a handbook named alone keeps its name ("the Handbook on Children Recruited and Exploited by Terrorist and Violent Extremist Groups")', () => {
    const text = 'Takes note of the Handbook on Children Recruited and Exploited by Terrorist and Violent Extremist Groups;';
    expect(keys(text, 'Initiative:', 'operative', { ...GA })).toEqual(['Initiative:Handbook on Children Recruited and Exploited by Terrorist and Violent Extremist Groups: The Role of the Justice System']);
  });

  it('guard: a body the gazetteer knows before the colon stays the body (only a name read from its words is a title)', () => {
    const text = 'Takes note of the guidance published by the United Nations Office on Drugs and Crime: Handbook on Prisoner File Management;';
    expect(keys(text, 'Organization:', 'operative', { ...GA })).toEqual(['Organization:United Nations Office on Drugs and Crime']);
    expect(keys(text, 'Initiative:', 'operative', { ...GA })).toEqual(['Initiative:Handbook on Prisoner File Management']);
  });
});

describe('"the Committee" after "a Main Committee" is whichever Main Committee that is', () => {
  const OP28 =
    'Decides to simplify the adoption of draft resolutions and decisions recommended by a Main Committee in the General Assembly plenary, subject to the following provisions: (a) The General Assembly plenary shall first take all votes, one by one, on draft resolutions and decisions recommended by the Main Committee and/or parts thereof where such votes were taken in the Committee; the plenary shall subsequently adopt without a vote in one gavel all other draft resolutions and decisions adopted by the Committee without a vote;';

  it('A/RES/79/327 OP28: not the General Committee named in the paragraphs before', () => {
    const ctx = { ...GA };
    extract('Requests the General Committee, in consultation with all Member States, to submit to the General Assembly a proposal;', 'operative', ctx);
    expect(keys(OP28, 'Organization:', 'operative', ctx)).toEqual(['Organization:General Assembly', 'Organization:General Assembly']);
    expect(relations(OP28, 'operative', ctx)).not.toContain('DECIDES Organization:General Committee');
  });

  it('guard: a Main Committee named after "a Main Committee" is "the Committee" ("... the report of the Fifth Committee ..., and the Committee shall")', () => {
    const ctx = { ...GA };
    const text = `${OP28} (c) with action taken when the report of the Fifth Committee is available, and the Committee shall meet;`;
    expect(keys(text, 'Organization:Fifth', 'operative', ctx)).toEqual(['Organization:Fifth Committee', 'Organization:Fifth Committee']);
  });
});

describe('"the fifth Review Conference of the Convention", a lowercase ordinal first: the convention\'s review conference', () => {
  const APMBC = 'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction';
  const CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/53', date: '2024-12-02' };

  it('A/RES/79/53 PP22: "welcoming the presidency of Cambodia of the fifth Review Conference of the Convention"', () => {
    const text = `Noting also that, for States parties thereto, anti-personnel mines of an improvised nature also fall within the scope of the ${APMBC} 12 and, welcoming the presidency of Cambodia of the fifth Review Conference of the Convention,`;
    const ev = `Event:Fifth Review Conference (${APMBC})`;
    expect(keys(text, 'Event:', 'preambular', { ...CTX })).toEqual([ev]);
    expect(relations(text, 'preambular', { ...CTX })).toContain(`WELCOMES ${ev}`);
  });

  it('guard: printed with a capital ordinal, the same node (A/RES/79/34 OP9)', () => {
    const text = `Recalling the ${APMBC}, and welcoming the Fifth Review Conference of the Convention,`;
    expect(keys(text, 'Event:', 'preambular', { ...CTX })).toEqual([`Event:Fifth Review Conference (${APMBC})`]);
  });
});

describe('names the gazetteer now knows', () => {
  it('A/RES/79/327 OP45: "the Senior Leadership Talent Pool and the Senior Leadership Vacancies portal"', () => {
    const text =
      'Commends the creation and further development of the Senior Leadership Talent Pool and the Senior Leadership Vacancies portal, requests the Secretariat to continue the practice of regularly updating these online platforms;';
    const rel = relations(text, 'operative', { ...GA });
    expect(rel).toContain('APPRECIATES Initiative:Senior Leadership Talent Pool');
    expect(rel).toContain('APPRECIATES Initiative:Senior Leadership Vacancies portal');
    expect(rel).toContain('REQUESTS Organization:Secretariat of the United Nations');
  });

  it('A/RES/79/53 PP28: "the Working Group on Border Management and Law Enforcement related to Counter-Terrorism of the ... Compact"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/53', date: '2024-12-02' };
    const text =
      'Noting also the efforts of the Working Group on Border Management and Law Enforcement related to Counter-Terrorism of the United Nations Global Counter-Terrorism Coordination Compact to promote Security Council resolution 2370 (2017),';
    expect(keys(text, 'Organization:Working', 'preambular', ctx)).toEqual(['Organization:Working Group on Border Management and Law Enforcement related to Counter-Terrorism']);
  });

  it('guard: another working group keeps its printed name', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/53', date: '2024-12-02' };
    const text = 'Noting the work of the Working Group on Border Management,';
    expect(keys(text, 'Organization:Working', 'preambular', ctx)).toEqual(['Organization:Working Group on Border Management']);
  });
});

describe('"the adoption of decision 45/461 on 16 September 1991": "on" and a day right after the number is its day', () => {
  it('A/RES/79/327 PP3: "since the adoption of decision 45/461 on 16 September 1991"', () => {
    const text =
      'Noting with appreciation all successive resolutions since the adoption of decision 45/461 on 16 September 1991, aimed at identifying ways to further enhance the role, authority, effectiveness and efficiency of the General Assembly,';
    const m = extract(text, 'preambular', { ...GA }).mentions.find((x) => x.key === 'Resolution:A/DEC/45/461');
    expect(m?.attrs?.date).toBe('1991-09-16');
  });

  it('A/RES/78/85 PP7: "the adoption of Security Council resolutions 1754 (2007) on 30 April 2007, 1783 (2007) on 31 October 2007"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/85', date: '2023-12-07' };
    const text = 'Underlining the adoption of Security Council resolutions 1754 (2007) on 30 April 2007, 1783 (2007) on 31 October 2007 and 1813 (2008) on 30 April 2008,';
    const dates = extract(text, 'preambular', ctx).mentions.filter((x) => x.key.startsWith('Resolution:')).map((x) => `${x.key} ${String(x.attrs?.date)}`);
    expect(dates).toEqual(['Resolution:S/RES/1754(2007) 2007-04-30', 'Resolution:S/RES/1783(2007) 2007-10-31', 'Resolution:S/RES/1813(2008) 2008-04-30']);
  });

  it('guard: "on" and a subject stays the subject, and a comma before "on" reads no day ("resolution 70/1, on 25 September 2015 ...")', () => {
    const text = 'Recalling its resolution 76/146 on the girl child, and its resolution 70/1, on 25 September 2015 the Assembly adopted the 2030 Agenda,';
    const ms = extract(text, 'preambular', { ...GA }).mentions.filter((x) => x.key.startsWith('Resolution:'));
    expect(ms.map((x) => `${x.key} ${String(x.attrs?.date)}`)).toEqual(['Resolution:A/RES/76/146 undefined', 'Resolution:A/RES/70/1 undefined']);
  });
});

describe('a known body\'s acronym opening an initiative\'s name: that body leads it', () => {
  const CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/53', date: '2024-12-02' };

  it('A/RES/79/53 OP8: "through relevant channels, including the INTERPOL Project Watchmaker"', () => {
    const text =
      'Strongly encourages States to share information, on a voluntary basis, on the diversion of commercial-grade explosives and commercially available detonators through relevant channels, including the INTERPOL Project Watchmaker, Chemical Anti-Smuggling Enforcement and Chemical Risk Identification and Mitigation projects and the Programme Global Shield of the World Customs Organization;';
    const att = attributions(text, 'operative', { ...CTX });
    expect(att).toContain('LEADS Organization:International Criminal Police Organization -> Initiative:INTERPOL Project Watchmaker');
    expect(att).toContain('LEADS Organization:World Customs Organization -> Initiative:Global Shield');
  });

  it('guard: capitals that are no body\'s acronym lead nothing ("the SME Trade Academy")', () => {
    const text = 'Welcomes the SME Trade Academy and the SIDS DOCK initiative;';
    expect(attributions(text, 'operative', { ...CTX }).filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});
