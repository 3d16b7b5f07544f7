// Misses found by the session-13 audit aud13b: A/RES/78/126, 78/274, 79/83, 78/287, 79/73, 78/85, 80/51, 80/120,
// 79/95. Each case quotes the file and paragraph named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph, extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, ResolutionText } from '../../ingest/models.js';

/** A paragraph with its footnote marks, each [mark, footnote text], the mark at its last place in the text. */
function para(id: string, text: string, notes: [string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, note]) => ({ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: note } }));
  return { id, kind: /(?:^|\.)PP/.test(id) ? 'preambular' : 'operative', text, footnoteRefs, subparagraphs: [] };
}
const resolution = (symbol: string, paragraphs: ParagraphText[]): ResolutionText => ({ symbol, body: 'General Assembly', date: '2024-04-24', instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] });
/** paragraph id -> Document keys of its body mentions, and its verb relations */
const byParagraph = (r: ResolutionText) =>
  Object.fromEntries(
    extractResolution(r).paragraphs.map((p) => [
      p.paragraph.id,
      { docs: p.mentions.filter((m) => m.kind === 'Document' && !m.footnote).map((m) => m.key), relations: p.relations.map((x) => `${x.type} ${x.target}`) },
    ]),
  );

const ACABQ = 'Organization:Advisory Committee on Administrative and Budgetary Questions';
const CONSIDERED_78_274 = 'Having considered the report of the Secretary-General1 and the related report of the Advisory Committee on Administrative and Budgetary Questions,2';

describe('"the report of the Advisory Committee" after the footnoted report of the Advisory Committee on Administrative and Budgetary Questions', () => {
  it('A/RES/78/274 OP2: "Endorses the conclusions and recommendations contained in the report of the Advisory Committee on Administrative and Budgetary Questions;" is A/78/7/Add.44 (PP1 footnote 2)', () => {
    const found = byParagraph(
      resolution('A/RES/78/274', [
        para('PP1', CONSIDERED_78_274, [
          ['1', 'A/78/6 (Sect. 3)/Add.8.'],
          ['2', 'A/78/7/Add.44.'],
        ]),
        para('OP1', 'Takes note of the report of the Secretary-General;'),
        para('OP2', 'Endorses the conclusions and recommendations contained in the report of the Advisory Committee on Administrative and Budgetary Questions;'),
      ]),
    );
    expect(found.OP2).toEqual({ docs: ['Document:A/78/7/Add.44'], relations: ['ENDORSES Document:A/78/7/Add.44', 'ENDORSES Organization:Advisory Committee on Administrative and Budgetary Questions'] });
  });

  it('A/RES/78/243 OP3: the short name, "Takes note of paragraph 5 of the report of the Advisory Committee, recalls ..."', () => {
    const found = byParagraph(
      resolution('A/RES/78/243', [
        para(
          'PP5',
          'Having considered the report of the Secretary-General on the information and communications technology strategy 1 and the related report of the Advisory Committee on Administrative and Budgetary Questions,2',
          [
            ['1', 'A/77/489.'],
            ['2', 'A/77/7/Add.22.'],
          ],
        ),
        para('OP3', 'Takes note of paragraph 5 of the report of the Advisory Committee, recalls that the Secretary-General has not submitted a final, full and accurate report on the implementation of the previous information and communications technology strategy;'),
      ]),
    );
    expect(found.OP3!.docs).toEqual(['Document:A/77/7/Add.22']);
    expect(found.OP3!.relations).toContain('NOTES Document:A/77/7/Add.22');
    // (its author, named inside the report's words, is an entity of the clause too: aud20h)
    expect(found.OP3!.relations).toContain(`NOTES ${ACABQ}`);
  });

  it('A/RES/78/253 sections II and III: each section\'s bare words are the report its own paragraph footnoted', () => {
    const found = byParagraph(
      resolution('A/RES/78/253', [
        para('II.PP2', 'Having considered the financial performance report on the programme budget for 2022 and the related report of the Advisory Committee,4', [['4', 'A/78/330.']]),
        para('II.OP2', 'Endorses the conclusions and recommendations contained in the report of the Advisory Committee;'),
        para(
          'III.PP2',
          'Having considered the report of the Secretary-General on the use of the commitment authority and request for a subvention to the Residual Special Court for Sierra Leone5 and the related report of the Advisory Committee,6',
          [
            ['5', 'A/78/363.'],
            ['6', 'A/78/7/Add.12.'],
          ],
        ),
        para('III.OP2', 'Endorses the conclusions and recommendations contained in the report of the Advisory Committee;'),
      ]),
    );
    expect(found['II.OP2']!.docs).toEqual(['Document:A/78/330']);
    expect(found['III.OP2']!.docs).toEqual(['Document:A/78/7/Add.12']);
  });

  it('A/RES/78/253 III.OP1: "Takes note of the report of the Secretary-General;" is section III\'s report (A/78/363), not section I\'s (A/78/505)', () => {
    const found = byParagraph(
      resolution('A/RES/78/253', [
        para('I.PP2', 'Having considered the report of the Secretary-General on the revised estimates1 and the related report of the Advisory Committee on Administrative and Budgetary Questions,2', [
          ['1', 'A/78/505.'],
          ['2', 'A/78/7/Add.25.'],
        ]),
        para('I.OP1', 'Takes note of the report of the Secretary-General;'),
        para(
          'III.PP2',
          'Having considered the report of the Secretary-General on the use of the commitment authority and request for a subvention to the Residual Special Court for Sierra Leone5 and the related report of the Advisory Committee,6',
          [
            ['5', 'A/78/363.'],
            ['6', 'A/78/7/Add.12.'],
          ],
        ),
        para('III.OP1', 'Takes note of the report of the Secretary-General;'),
      ]),
    );
    expect(found['I.OP1']!.docs).toEqual(['Document:A/78/505']);
    expect(found['III.OP1']!.docs).toEqual(['Document:A/78/363']);
  });

  it('negative: no footnoted report of the Advisory Committee, the words stay the Committee\'s (and a report still to come is none)', () => {
    const found = byParagraph(
      resolution('A/RES/78/274', [
        para('PP1', 'Having considered the related report of the Advisory Committee on Administrative and Budgetary Questions,'),
        para('OP2', 'Endorses the conclusions and recommendations contained in the report of the Advisory Committee on Administrative and Budgetary Questions;'),
      ]),
    );
    expect(found.OP2).toEqual({ docs: [], relations: [`ENDORSES ${ACABQ}`] });
  });

  it('negative: two reports of the Advisory Committee footnoted in one section (A/RES/78/253 V: ",10" and ",12"): the bare words name neither', () => {
    const found = byParagraph(
      resolution('A/RES/78/253', [
        para('V.PP2', 'Having considered the report of the Advisory Committee,10', [['10', 'A/77/7/Add.23.']]),
        para('V.PP3', 'Having also considered the related report of the Advisory Committee,12', [['12', 'A/78/7/Add.20.']]),
        para('V.OP2', 'Endorses the conclusions and recommendations contained in the report of the Advisory Committee;'),
      ]),
    );
    expect(found['V.OP2']!.docs).toEqual([]);
  });
});

/** One paragraph alone: its mentions' keys and its verb relations. */
function one(id: string, text: string, symbol = 'A/RES/80/120') {
  const x = extractParagraph(para(id, text), { body: 'General Assembly', symbol });
  return { keys: x.mentions.map((m) => m.key), relations: x.relations.map((r) => `${r.type} ${r.target}`) };
}
const FRIENDLY = 'Framework:Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations';

describe('the Friendly Relations Declaration by its whole title', () => {
  it('A/RES/80/120 PP2: one Framework, the Charter in its title no mention of its own', () => {
    const found = one(
      'PP2',
      'Reaffirming the Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations, which states, inter alia, that no State may use or encourage the use of unilateral economic, political or any other type of measures to coerce another State,',
    );
    expect(found.relations).toEqual([`REAFFIRMS ${FRIENDLY}`]);
  });

  it('negative: the Charter named outside the title stays a mention (A/RES/80/120 PP7)', () => {
    const found = one(
      'PP7',
      'Recognizing that such measures constitute a flagrant violation of the principles of international law as set forth in the Charter of the United Nations, as well as the basic principles of the multilateral trading system, and recalling the Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations,',
    );
    expect(found.relations).toEqual(['RECOGNIZES Framework:Charter of the United Nations', `RECALLS ${FRIENDLY}`]);
  });
});

describe('a section of the proposed programme budget is its own document', () => {
  it('A/RES/78/274 OP1: "Takes note of the report of the Secretary-General;" is A/78/6 (Sect. 3)/Add.8 (PP1 footnote 1), not A/78/6', () => {
    const found = byParagraph(
      resolution('A/RES/78/274', [
        para('PP1', CONSIDERED_78_274, [
          ['1', 'A/78/6 (Sect. 3)/Add.8.'],
          ['2', 'A/78/7/Add.44.'],
        ]),
        para('OP1', 'Takes note of the report of the Secretary-General;'),
      ]),
    );
    expect(found.OP1).toEqual({ docs: ['Document:A/78/6 (Sect. 3)/Add.8'], relations: ['NOTES Document:A/78/6 (Sect. 3)/Add.8', 'NOTES Organization:Secretary-General of the United Nations'] });
  });

  it('A/RES/79/247 footnote 3 lists the budget by section: "A/79/6 (Sect. 2), A/79/6 (Sect. 3), ... A/79/6 (Sect. 29A)" are three documents', () => {
    const found = one('PP2', 'Having considered the proposed programme budget for 2025, A/79/6 (Sect. 2), A/79/6 (Sect. 3) and A/79/6 (Sect. 29A),', 'A/RES/79/247');
    expect(found.keys.filter((k) => k.startsWith('Document:'))).toEqual(['Document:A/79/6 (Sect. 2)', 'Document:A/79/6 (Sect. 3)', 'Document:A/79/6 (Sect. 29A)']);
  });

  // (a part, "(Part II)", is the symbol's since acc15, as a volume is: "A/78/12 (Part I) and A/78/12 (Part II)", accuracy-acc15)
  it('negative: another bracket after a space is not the symbol\'s ("A/78/6 (annex II)", "A/78/7 (para. 4)")', () => {
    const found = one('PP2', 'Having considered the proposed programme budget A/78/6 (annex II) and the report A/78/7 (para. 4),', 'A/RES/78/252');
    expect(found.keys.filter((k) => k.startsWith('Document:'))).toEqual(['Document:A/78/6', 'Document:A/78/7']);
  });
});

describe('"<organization> at its <ordinal> session": the organization printed right before holds the session', () => {
  const orgEdges = (id: string, text: string, symbol: string) => {
    const x = extractParagraph(para(id, text), { body: 'General Assembly', symbol, date: '2024-06-07' });
    return {
      events: x.mentions.filter((m) => m.kind === 'Event').map((m) => m.key),
      organizes: x.attributions.filter((a) => a.type === 'ORGANIZES').map((a) => `${a.source} -> ${a.target}`),
      sessionOf: x.attributions.filter((a) => a.type === 'SESSION_OF').map((a) => `${a.source} -> ${a.target}`),
    };
  };
  const UNESCO = 'United Nations Educational, Scientific and Cultural Organization';

  it('A/RES/78/287 PP9: "the General Conference of UNESCO at its forty-second session for the United Nations General Assembly to proclaim": UNESCO\'s, not the Assembly\'s', () => {
    const found = orgEdges(
      'PP9',
      `Acknowledging the recommendation made by the General Conference of the ${UNESCO} at its forty-second session for the United Nations General Assembly to proclaim 2025 the International Year of Quantum Science and Technology,`,
      'A/RES/78/287',
    );
    // (the session of its General Conference, whose session it is: session 18)
    expect(found.events).toContain(`Event:forty-second session of the General Conference of the ${UNESCO}`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(found.sessionOf).toContain(`Event:forty-second session of the General Conference of the ${UNESCO} -> Organization:General Conference of the ${UNESCO}`);
    expect(found.events).not.toContain('Event:forty-second session of the General Assembly');
  });

  it('A/RES/78/228 PP41: "adopted by the General Assembly of the Organization of American States at its fifty-third regular session"', () => {
    const found = orgEdges(
      'PP41',
      'Taking note also of the Third Work Plan for a Comprehensive Response to Trafficking in Persons in the Western Hemisphere 2023–2028, adopted by the General Assembly of the Organization of American States at its fifty-third regular session, held in Washington, D.C., from 21 to 23 June 2023,',
      'A/RES/78/228',
    );
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    // (lead's ruling, session 53, aud53d: the session of the organ, the OAS General Assembly, which is PART_OF the OAS)
    expect(found.sessionOf).toContain('Event:fifty-third session of the General Assembly of the Organization of American States -> Organization:General Assembly of the Organization of American States');
    expect(found.events).not.toContain('Event:fifty-third session of the General Assembly');
  });

  it('negative, A/RES/78/69 OP15: a body printed as part of UNESCO ("the Assembly of the Intergovernmental Oceanographic Commission of UNESCO at its twenty-second session") keeps the session', () => {
    const found = orgEdges(
      'OP15',
      `Encourages States to use the Criteria and Guidelines on the Transfer of Marine Technology adopted by the Assembly of the Intergovernmental Oceanographic Commission of the ${UNESCO} at its twenty-second session, in 2003;`,
      'A/RES/78/69',
    );
    expect(found.events).toEqual(['Event:twenty-second session of the Intergovernmental Oceanographic Commission']);
  });
});

describe('"Invites <organization> to facilitate the observance of <day>" / "to act as the lead agency for <year>": LEADS', () => {
  const leads = (id: string, text: string, symbol: string) =>
    extractParagraph(para(id, text), { body: 'General Assembly', symbol, date: '2024-12-04' })
      .attributions.filter((a) => a.type === 'LEADS')
      .map((a) => `${a.source} -> ${a.target}`);

  it('A/RES/78/287 OP2: "Invites UNESCO to act as the lead agency and focal point for the International Year of Quantum Science and Technology"', () => {
    const found = leads(
      'OP2',
      'Invites the United Nations Educational, Scientific and Cultural Organization to act as the lead agency and focal point for the International Year of Quantum Science and Technology, and invites all Member States of the United Nations, members of the specialized agencies, observers of the General Assembly, as well as organizations within the United Nations system and other international and regional organizations, academia, civil society, the private sector and other relevant stakeholders to observe 2025 as the International Year of Quantum Science and Technology;',
      'A/RES/78/287',
    );
    expect(found).toEqual(['Organization:United Nations Educational, Scientific and Cultural Organization -> Event:International Year of Quantum Science and Technology']);
  });

  it('A/RES/79/143 OP4 and A/RES/78/268 OP3: "Invites UNEP to facilitate the observance of the International Day of the Snow Leopard", "Invites UNICEF and UNESCO to facilitate ..."', () => {
    expect(
      leads(
        'OP4',
        'Invites the United Nations Environment Programme to facilitate the observance of the International Day of the Snow Leopard, mindful of the provisions contained in the annex to Economic and Social Council resolution 1980/67;',
        'A/RES/79/143',
      ),
    ).toEqual(['Organization:United Nations Environment Programme -> Event:International Day of the Snow Leopard']);
    expect(
      leads(
        'OP3',
        'Invites the United Nations Children’s Fund and the United Nations Educational, Scientific and Cultural Organization to facilitate the observance of the International Day of Play, mindful of the criteria set out in the annex to Economic and Social Council resolution 1980/67;',
        'A/RES/78/268',
      ).sort(),
    ).toEqual([
      "Organization:United Nations Children's Fund -> Event:International Day of Play",
      'Organization:United Nations Educational, Scientific and Cultural Organization -> Event:International Day of Play',
    ]);
  });

  it('negative (after A/RES/78/286 OP3): "with other relevant entities of the United Nations to facilitate": the Organization in a complement leads nothing', () => {
    const found = leads(
      'OP3',
      'Invites the United Nations Educational, Scientific and Cultural Organization and the United Nations Alliance of Civilizations with other relevant entities of the United Nations to facilitate the observance of the International Day of Play;',
      'A/RES/78/286',
    );
    expect(found).not.toContain('Organization:United Nations -> Event:International Day of Play');
  });

  it('negative: a Member State asked to facilitate is no Organization, and "to facilitate the participation of" leads nothing', () => {
    expect(leads('OP5', 'Requests the Secretary-General to facilitate the participation of the least developed countries in the International Day of Play;', 'A/RES/78/268')).toEqual([]);
  });
});

describe('a topic after the session is not where it met', () => {
  const held = (text: string, symbol: string) =>
    extractParagraph(para('OP3', text), { body: 'General Assembly', symbol, date: '2023-12-04' })
      .attributions.filter((a) => a.type === 'HELD_IN')
      .map((a) => `${a.source} -> ${a.target}`);

  it('negative, A/RES/78/17 OP3: "... at its sixty-seventh regular session, concerning the application of Agency safeguards in the Middle East"', () => {
    expect(
      held(
        'Takes note of resolution GC(67)/RES/13, adopted on 28 September 2023 by the General Conference of the International Atomic Energy Agency at its sixty-seventh regular session, concerning the application of Agency safeguards in the Middle East;',
        'A/RES/78/17',
      ),
    ).toEqual([]);
  });

  it('a venue after the session still is (A/RES/78/228 PP41: "..., held in Washington, D.C., from 21 to 23 June 2023")', () => {
    expect(
      held(
        'Taking note also of the Third Work Plan for a Comprehensive Response to Trafficking in Persons in the Western Hemisphere 2023–2028, adopted by the General Assembly of the Organization of American States at its fifty-third regular session, held in Washington, D.C., from 21 to 23 June 2023,',
        'A/RES/78/228',
      ),
    ).toEqual(['Event:fifty-third session of the General Assembly of the Organization of American States -> Place:Washington, D.C.']);
  });
});

describe('an envoy of the Secretary-General printed without "of the Secretary-General" is the same node', () => {
  const orgs = (id: string, text: string, symbol: string) =>
    extractParagraph(para(id, text), { body: 'General Assembly', symbol, date: '2023-12-07' })
      .mentions.filter((m) => m.kind === 'Organization')
      .map((m) => m.key);

  it('A/RES/78/85 OP2: "the Secretary-General and his Personal Envoy for Western Sahara"', () => {
    const found = orgs(
      'OP2',
      'Supports the process of negotiations with a view to achieving a just, lasting and mutually acceptable political solution, which will provide for the self-determination of the people of Western Sahara, and commends the efforts undertaken by the Secretary-General and his Personal Envoy for Western Sahara in this respect;',
      'A/RES/78/85',
    );
    expect(found).toContain('Organization:Personal Envoy of the Secretary-General for Western Sahara');
    expect(found).not.toContain('Organization:Personal Envoy for Western Sahara');
  });

  it('A/RES/78/219 OP(b): "To swiftly appoint a Special Envoy on Myanmar, and to submit the report of the Special Envoy ..."', () => {
    const found = orgs(
      'OP30',
      'Requests the Secretary-General: (b) To swiftly appoint a Special Envoy on Myanmar, and to submit the report of the Special Envoy covering all relevant issues addressed in the present resolution to the General Assembly at its seventy-ninth session;',
      'A/RES/78/219',
    );
    // both printings, the second by its head ("the Special Envoy")
    expect(found.filter((k) => k === 'Organization:Special Envoy of the Secretary-General on Myanmar')).toHaveLength(2);
    expect(found).not.toContain('Organization:Special Envoy on Myanmar');
  });

  it('after A/RES/79/182 OP19: "the Special Envoy" after "the Special Envoy of the Secretary-General on Myanmar" in the paragraph is that envoy', () => {
    // (after PP27's envoy of the Organization of Islamic Cooperation, "Special Envoy for Myanmar")
    const r = extractResolution(
      resolution('A/RES/79/182', [
        para(
          'PP27',
          'Welcoming the efforts of the Organization of Islamic Cooperation, including through the work of the previous Special Envoy for Myanmar of the Secretary-General of the Organization of Islamic Cooperation,',
        ),
        para(
          'OP19',
          'Reiterates the urgent call upon Myanmar to cooperate with the Special Envoy of the Secretary-General on Myanmar, including by facilitating unconditional visits to Myanmar, and calls upon all stakeholders to extend full cooperation to the Special Envoy;',
        ),
      ]),
    );
    const op19 = r.paragraphs.find((p) => p.paragraph.id === 'OP19')!;
    expect(op19.relations.map((x) => `${x.type} ${x.target}`)).toEqual([
      'REITERATES Organization:Special Envoy of the Secretary-General on Myanmar',
      'CALLS_UPON Organization:Special Envoy of the Secretary-General on Myanmar',
    ]);
  });

  it('negative, A/RES/79/182 PP27: "the previous Special Envoy for Myanmar of the Secretary-General of the Organization of Islamic Cooperation" is not the United Nations envoy', () => {
    const found = orgs(
      'PP27',
      'Welcoming the efforts of the Organization of Islamic Cooperation, alongside relevant international efforts, aimed at bringing peace and stability to Rakhine State and other states and regions of Myanmar, including through the work of the previous Special Envoy for Myanmar of the Secretary-General of the Organization of Islamic Cooperation,',
      'A/RES/79/182',
    );
    expect(found).not.toContain('Organization:Special Envoy of the Secretary-General on Myanmar');
  });
});

describe('a framework whose footnote is the resolution alone was adopted by it', () => {
  const adopted = (id: string, text: string, notes: [string, string][], symbol: string) =>
    extractParagraph(para(id, text, notes), { body: 'General Assembly', symbol, date: '2025-12-15' })
      .attributions.filter((a) => a.type === 'ADOPTED')
      .map((a) => `${a.source} -> ${a.target}`);

  it('A/RES/80/120 PP5: "Recalling also paragraph 30 of the 2030 Agenda for Sustainable Development,2" with "2 Resolution 70/1."', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    expect(
      adopted(
        'PP5',
        'Recalling also paragraph 30 of the 2030 Agenda for Sustainable Development,2 whereby States are strongly urged to refrain from promulgating and applying any unilateral economic, financial or trade measures,',
        [['2', 'Resolution 70/1.']],
        'A/RES/80/120',
      ),
    ).toEqual([]);
  });

  it('A/RES/80/120 PP2 ("Resolution 2625 (XXV), annex.") and A/RES/80/51 PP7 ("the United Nations Millennium Declaration,8", "Resolution 55/2.")', () => {
    // (conv42c: a note citing where the text is states no adoption: no ADOPTED from it)
    expect(
      adopted(
        'PP2',
        'Reaffirming the Declaration on Principles of International Law concerning Friendly Relations and Cooperation among States in accordance with the Charter of the United Nations,1 which states, inter alia, that no State may use or encourage the use of unilateral economic, political or any other type of measures to coerce another State,',
        [['1', 'Resolution 2625 (XXV), annex.']],
        'A/RES/80/120',
      ),
    ).toEqual([]);
    expect(
      adopted(
        'PP7',
        'Acknowledging further the United Nations Millennium Declaration,8 in which Heads of State and Government resolved to strive for the elimination of weapons of mass destruction,',
        [['8', 'Resolution 55/2.']],
        'A/RES/80/51',
      ),
    ).toEqual([]);
  });

  it('negative: "See resolution 70/1." (A/RES/80/51 OP3(g), footnote 10) points to where it is stated, not to its adoption', () => {
    expect(
      adopted(
        'OP3',
        'Declares that the vast resources allocated to the modernization of nuclear weapons arsenals could instead be redirected to meeting the Sustainable Development Goals;10',
        [['10', 'See resolution 70/1.']],
        'A/RES/80/51',
      ),
    ).toEqual([]);
  });

  it('negative, A/RES/79/136 PP: "the political declaration on the implementation of the United Nations Global Plan of Action ..., 7" ("Resolution 72/1.") is the declaration\'s', () => {
    expect(
      adopted(
        'PP9',
        'Recalling the political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons, 7',
        [['7', 'Resolution 72/1.']],
        'A/RES/79/136',
      ),
    ).not.toContain('Resolution:A/RES/72/1 -> Framework:United Nations Global Plan of Action to Combat Trafficking in Persons');
  });
});

describe('the author inside "the report of <author>" footnoted by its symbol is nested', () => {
  const rel = (text: string, notes: [string, string][]) =>
    extractParagraph(para('OP1', text, notes), { body: 'General Assembly', symbol: 'A/RES/80/120', date: '2025-12-15' }).relations.map((r) => `${r.type} ${r.target}`);

  it('A/RES/80/120 OP1: "Takes note of the report of the Secretary-General;3" ("3 A/80/415.") notes the report (and its author, an entity of the clause too: aud20h)', () => {
    expect(rel('Takes note of the report of the Secretary-General;3', [['3', 'A/80/415.']])).toEqual(['NOTES Organization:Secretary-General of the United Nations', 'NOTES Document:A/80/415']);
  });

  it('negative: a footnote citing two reports leaves the Secretary-General named ("3 A/80/415 and A/80/416.")', () => {
    expect(rel('Takes note of the report of the Secretary-General;3', [['3', 'A/80/415 and A/80/416.']])).toContain('NOTES Organization:Secretary-General of the United Nations');
  });

  it('negative: the Secretary-General named outside the report\'s words keeps the relation', () => {
    expect(rel('Takes note of the report of the Secretary-General,3 and requests the Secretary-General to submit a report at its eighty-second session;', [['3', 'A/80/415.']])).toContain(
      'REQUESTS Organization:Secretary-General of the United Nations',
    );
  });
});
