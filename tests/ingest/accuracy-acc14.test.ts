// acc14: accuracy gaps earlier audits found, each generalised to the genre. Real sentences, file and paragraph named.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphText } from '../../ingest/models.js';
import { gaResolution, graphOf } from '../helpers/graph-of.js';

function para(id: string, text: string, notes: [string, string][] = []): ParagraphText {
  const footnoteRefs = notes.map(([mark, note]) => ({ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: note } }));
  return { id, kind: /^PP/.test(id) ? 'preambular' : 'operative', number: id.startsWith('OP') ? Number(id.slice(2)) : undefined, text, footnoteRefs, subparagraphs: [] };
}
const ctx = (symbol: string, date: string) => ({ body: 'General Assembly', symbol, date, file: `${symbol.replace(/\//g, '_')}.txt` });
const run = (symbol: string, date: string, p: ParagraphText) => {
  const x = extractParagraph(p, ctx(symbol, date));
  return {
    keys: x.mentions.filter((m) => !m.footnote).map((m) => m.key),
    relations: x.relations.map((r) => `${r.type} ${r.target}`),
    attributions: x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`),
  };
};

/** The extraction of a resolution made of the quoted paragraphs (one context for all, as the pipeline reads a file). */
const resolution = gaResolution;
const nodesLike = (g: ReturnType<typeof graphOf>, prefix: string) => g.filterNodes((k) => k.startsWith(prefix)).sort();
const targetsOf = (g: ReturnType<typeof graphOf>, source: string, type: string) =>
  g.filterOutEdges(source, (_e, a) => a.type === type).map((e) => g.target(e)).sort();

const UHC = 'Framework:Political declaration of the high-level meeting on universal health coverage';
const SENDAI = 'Framework:Political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015-2030';

// A/RES/78/174 PP9 and OP36: the 2023 declaration dated by its meeting, then named without a date
const PP9_78_174 =
  'Welcoming the adoption of the political declaration of the General Assembly high-level meeting on pandemic prevention, preparedness and response, held in New York on 20 September 2023,6 the political declaration of the high-level meeting on universal health coverage, held in New York on 21 September 2023, 7 and the political declaration of the high-level meeting on the fight against tuberculosis, held in New York on 22 September 2023,8';
const OP36_78_174 =
  'Welcomes the renewed commitment in the political declaration of the high-level meeting on universal health coverage to achieve universal health coverage, which implies that all people have access, without discrimination, to nationally determined sets of the needed promotive, preventive, curative, rehabilitative and palliative essential health services;';
// A/RES/79/217 PP5: the 2019 declaration, adopted by resolution 74/2 (footnote 10)
const PP5_79_217 =
  'Reaffirming further the New Urban Agenda,8 the Sendai Framework for Disaster Risk Reduction 2015–20309 and the political declaration of the high-level meeting on universal health coverage, 10 as well as major outcome documents in relation to countries in special situations,';

describe('1. an undated political declaration of a high-level meeting takes the year the text makes known', () => {
  it('A/RES/79/217 PP5: "... on universal health coverage, 10" with "10 Resolution 74/2.": the 2019 declaration (resolution 74/2 of the seventy-fourth session), not the 2023 one', () => {
    const g = graphOf(resolution('A/RES/79/217', '2024-12-19', [para('PP5', PP5_79_217, [['8', 'Resolution 71/256, annex.'], ['10', 'Resolution 74/2.']])]), resolution('A/RES/78/174', '2023-12-19', [para('PP9', PP9_78_174)]));
    expect(nodesLike(g, UHC)).toEqual([`${UHC} (2019)`, `${UHC} (2023)`]);
    expect(targetsOf(g, 'Resolution:A/RES/79/217', 'REAFFIRMS')).toContain(`${UHC} (2019)`);
  });

  it('A/RES/78/174 OP36: "the political declaration of the high-level meeting on universal health coverage" after PP9 dated it 2023 is the 2023 one, though the graph holds the 2019 one too', () => {
    const g = graphOf(
      resolution('A/RES/78/174', '2023-12-19', [para('PP9', PP9_78_174), para('OP36', OP36_78_174)]),
      resolution('A/RES/79/217', '2024-12-19', [para('PP5', PP5_79_217, [['10', 'Resolution 74/2.']])]),
    );
    expect(nodesLike(g, UHC)).toEqual([`${UHC} (2019)`, `${UHC} (2023)`]);
    const welcomed = g.filterOutEdges('Resolution:A/RES/78/174', (_e, a) => a.type === 'WELCOMES' && a.paragraph === 'OP36').map((e) => g.target(e));
    expect(welcomed).toContain(`${UHC} (2023)`);
  });

  it('A/RES/79/178 PP11: "... on the midterm review of the Sendai Framework ... 2015–2030,12" ("12 Resolution 77/289, annex.", adopted in the session\'s second year) joins the one dated declaration of that name', () => {
    const text =
      'Recalling the adoption of the Sendai Framework for Disaster Risk Reduction 2015–2030, 11 as well as the political declaration of the high-level meeting of the General Assembly on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030,12 and recognizing the need for a broader and a more people-centred preventive approach to disaster risk reduction,';
    // A/RES/78/163 PP9: the dated one ("held in New York on 18 and 19 May 2023")
    const dated =
      'Recalling the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030, held in New York on 18 and 19 May 2023, and the political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030,9';
    const g = graphOf(
      resolution('A/RES/79/178', '2024-12-17', [para('PP11', text, [['11', 'Resolution 69/283, annex II.'], ['12', 'Resolution 77/289, annex.']])]),
      resolution('A/RES/78/163', '2023-12-19', [para('PP9', dated, [['9', 'Resolution 77/289, annex.']])]),
    );
    expect(nodesLike(g, SENDAI)).toEqual([`${SENDAI} (2023)`]);
    expect(targetsOf(g, 'Resolution:A/RES/79/178', 'RECALLS')).toContain(`${SENDAI} (2023)`);
  });

  it('A/RES/79/333 PP1: "its resolution 78/3 of 5 October 2023, entitled “Political declaration of the General Assembly high-level meeting on pandemic prevention, preparedness and response ...”": the resolution\'s date dates it', () => {
    const text =
      'Recalling, its resolution 78/3 of 5 October 2023, entitled “Political declaration of the General Assembly high-level meeting on pandemic prevention, preparedness and response”, in which it decided to hold a high-level meeting in 2026 on a comprehensive review of the implementation of that declaration,';
    const g = graphOf(resolution('A/RES/79/333', '2025-08-25', [para('PP1', text)]));
    expect(nodesLike(g, 'Framework:Political declaration of the high-level meeting on pandemic prevention, preparedness and response')).toEqual(['Framework:Political declaration of the high-level meeting on pandemic prevention, preparedness and response (2023)']);
  });

  it('A/RES/80/190 PP13: "the political declaration of the high-level meeting on universal health coverage of 2023,32": the year printed after the meeting', () => {
    const text =
      'Reaffirming the Vienna Declaration and Programme of Action,21 the United Nations Millennium Declaration22 and the political declaration of the high-level meeting on universal health coverage of 2023,32';
    const r = run('A/RES/80/190', '2025-12-15', para('PP13', text));
    expect(r.relations).toContain(`REAFFIRMS ${UHC} (2023)`);
  });

  it('A/RES/78/168 PP14: "the third high-level meeting of the Assembly on the prevention and control of non-communicable diseases, held in New York on 27 September 2018, and its political declaration": the meeting\'s declaration, adopted by it', () => {
    const text =
      'Recalling the high-level meeting on universal health coverage, held in New York on 23 September 2019, and its political declaration, 19 the third high-level meeting of the Assembly on the prevention and control of non-communicable diseases, held in New York on 27 September 2018, and its political declaration, 20 the High-level Interactive Dialogue on Antimicrobial Resistance, held in New York on 29 April 2021,';
    const r = run('A/RES/78/168', '2023-12-19', para('PP14', text, [['19', 'Resolution 74/2.'], ['20', 'Resolution 73/2.']]));
    const ncd = 'Framework:Political declaration of the high-level meeting on the prevention and control of non-communicable diseases (2018)';
    expect(r.relations).toEqual(expect.arrayContaining([`RECALLS ${UHC} (2019)`, `RECALLS ${ncd}`]));
    expect(r.attributions).toEqual(
      expect.arrayContaining([`ADOPTED Event:high-level meeting on universal health coverage @ 2019 -> ${UHC} (2019)`, `ADOPTED Event:high-level meeting of the General Assembly on the prevention and control of non-communicable diseases @ 2018 -> ${ncd}`]),
    );
  });

  it('A/RES/78/158 PP15: "the convening of the high-level meeting of the General Assembly on the midterm review of the Sendai Framework ..., and its political declaration,9"', () => {
    const text =
      'Welcoming also the convening of the high-level meeting of the General Assembly on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030, and its political declaration,9';
    const r = run('A/RES/78/158', '2023-12-19', para('PP15', text, [['9', 'Resolution 77/289, annex.']]));
    expect(r.relations).toContain(`WELCOMES ${SENDAI}`);
  });
});

describe('1. (more) declarations named with their meeting\'s ordinal or year, and listed ones', () => {
  const NCD = 'Framework:Political declaration of the high-level meeting on the prevention and control of non-communicable diseases';
  it('A/RES/79/263 OP15: "the political declaration of the third high-level meeting of the General Assembly on the prevention and control of non-communicable diseases" is the declaration, adopted by the meeting', () => {
    const text =
      'Recalls the political declaration of the third high-level meeting of the General Assembly on the prevention and control of non-communicable diseases, as reflected in its resolution 73/2 of 10 October 2018, as well as the Abuja Declaration on Roll Back Malaria in Africa,18 and calls upon developed countries to fulfil their commitments;';
    const r = run('A/RES/79/263', '2024-12-20', para('OP15', text));
    expect(r.relations).toContain(`RECALLS ${NCD}`);
    // (the meeting the title names is mentioned by the clause too, aud44b: the hand golds count it, A/RES/79/1 OP20, 78/259 PP4)
    expect(r.relations.some((x) => x.startsWith('RECALLS Event:high-level meeting'))).toBe(true);
    expect(r.attributions).toContain(`ADOPTED Event:high-level meeting of the General Assembly on the prevention and control of non-communicable diseases -> ${NCD}`);
  });

  it('A/RES/79/223 PP13: "the political declaration of the 2023 high-level meeting on universal health coverage,12" is the 2023 declaration', () => {
    const text = 'Reaffirming the political declaration of the 2023 high-level meeting on universal health coverage,12 which recognizes that universal health coverage is fundamental to achieving the Sustainable Development Goals,';
    const r = run('A/RES/79/223', '2024-12-19', para('PP13', text));
    expect(r.relations).toContain(`REAFFIRMS ${UHC} (2023)`);
  });

  it('A/RES/79/224 PP7: "the political declarations of the high-level meetings on pandemic prevention, preparedness and response, on universal health coverage, on the fight against tuberculosis and on antimicrobial resistance": four declarations', () => {
    const text =
      'Taking note of the political declarations of the high-level meetings on pandemic prevention, preparedness and response, on universal health coverage, on the fight against tuberculosis and on antimicrobial resistance, convened under the auspices of the General Assembly during its seventy-eighth and seventy-ninth sessions,';
    const r = run('A/RES/79/224', '2024-12-19', para('PP7', text));
    expect(r.relations).toEqual(
      expect.arrayContaining([
        'NOTES Framework:Political declaration of the high-level meeting on pandemic prevention, preparedness and response',
        `NOTES ${UHC}`,
        'NOTES Framework:Political declaration of the high-level meeting on the fight against tuberculosis',
        'NOTES Framework:Political declaration of the high-level meeting on antimicrobial resistance',
      ]),
    );
  });

  it('A/RES/78/280 PP46: "the political declarations of the 2023 high-level meetings of the General Assembly on ...": each of 2023', () => {
    const text =
      'Welcoming the organization and recalling the political declarations of the 2023 high-level meetings of the General Assembly on pandemic prevention, preparedness and response, on universal health coverage and on the fight against tuberculosis,17 which highlighted the importance of cooperation, equity and solidarity,';
    const r = run('A/RES/78/280', '2024-06-24', para('PP46', text));
    expect(r.keys).toEqual(expect.arrayContaining(['Framework:Political declaration of the high-level meeting on pandemic prevention, preparedness and response (2023)', `${UHC} (2023)`, 'Framework:Political declaration of the high-level meeting on the fight against tuberculosis (2023)']));
  });

  it('guard, A/RES/78/162 PP: "the political declarations of the high-level meetings on health convened by the General Assembly during the seventy-eighth session" names no one meeting', () => {
    const text =
      'Welcoming the political declarations of the high-level meetings on health convened by the General Assembly during the seventy-eighth session6 as efforts to highlight the importance of health in the high-level political agenda,';
    const r = run('A/RES/78/162', '2023-12-19', para('PP10', text));
    expect(r.keys.some((k) => k.startsWith('Framework:Political declaration'))).toBe(false);
  });
});

describe('2. a high-level meeting with its year printed before it', () => {
  const text =
    'Welcoming also the organization of the 2023 high-level meetings of the General Assembly on pandemic prevention, preparedness and response, on universal health coverage and on the fight against tuberculosis and the 2024 high-level meeting of the General Assembly on antimicrobial resistance, and recalling their political declarations,8 which highlighted the importance of health on the high-level political agenda,';

  it('A/RES/79/287 PP9: "the 2024 high-level meeting of the General Assembly on antimicrobial resistance" is the 2024 meeting', () => {
    const r = run('A/RES/79/287', '2025-06-02', para('PP9', text));
    expect(r.relations).toContain('WELCOMES Event:high-level meeting of the General Assembly on antimicrobial resistance @ 2024');
  });

  it('A/RES/79/287 PP9 with A/RES/78/269 OP1 ("a high-level meeting on antimicrobial resistance in 2024", dated 26 September 2024) and PP2 (the 2016 one): "of the General Assembly" or not, one 2024 meeting and one 2016 meeting', () => {
    const op1 =
      'Decides to convene a high-level meeting on antimicrobial resistance in 2024, on Thursday, 26 September 2024, at United Nations Headquarters in New York;';
    const pp2 =
      'Reaffirming the political declaration of the high-level meeting of the General Assembly on antimicrobial resistance, held in New York on 21 September 2016,';
    const g = graphOf(resolution('A/RES/79/287', '2025-06-02', [para('PP9', text)]), resolution('A/RES/78/269', '2024-04-17', [para('PP2', pp2), para('OP1', op1)]));
    expect(nodesLike(g, 'Event:high-level meeting').filter((k) => k.includes('antimicrobial'))).toEqual([
      'Event:high-level meeting on antimicrobial resistance @ 2016',
      'Event:high-level meeting on antimicrobial resistance @ 2024',
    ]);
    expect(targetsOf(g, 'Resolution:A/RES/79/287', 'WELCOMES')).toContain('Event:high-level meeting on antimicrobial resistance @ 2024');
  });
});

describe('2. (more)', () => {
  it('A/RES/78/27 title: "Follow-up to the 2013 high-level meeting of the General Assembly on nuclear disarmament" is the 2013 meeting', () => {
    const r = run('A/RES/78/27', '2023-12-04', para('PP2', 'Welcoming the convening of the 2013 high-level meeting of the General Assembly on nuclear disarmament,'));
    expect(r.keys).toContain('Event:high-level meeting of the General Assembly on nuclear disarmament @ 2013');
  });
});

describe('guards', () => {
  it('an undated declaration named with two dated ones of its name in the graph and no adopter stays undated (A/RES/78/187 PP14 without its footnote)', () => {
    const text =
      'Recalling the outcomes of the major United Nations conferences and summits in the economic, social and related fields, in particular the 2030 Agenda for Sustainable Development, and the political declaration of the high-level meeting on universal health coverage,';
    const g = graphOf(
      resolution('A/RES/78/187', '2023-12-19', [para('PP14', text)]),
      resolution('A/RES/78/174', '2023-12-19', [para('PP9', PP9_78_174)]),
      resolution('A/RES/79/217', '2024-12-19', [para('PP5', PP5_79_217, [['10', 'Resolution 74/2.']])]),
    );
    expect(nodesLike(g, UHC)).toContain(UHC);
    expect(targetsOf(g, 'Resolution:A/RES/78/187', 'RECALLS')).toContain(UHC);
  });

  it('A/RES/79/35 OP29: "the first and second Meetings of States Parties to the Treaty, ..., and its political declaration" is no high-level meeting\'s', () => {
    const text =
      'Welcomes the outcomes of the first and second Meetings of States Parties to the Treaty, including the action plan of 2022, and its political declaration and decisions, and the decisions of 2023;16';
    const r = run('A/RES/79/35', '2024-12-02', para('OP29', text));
    expect(r.keys.some((k) => k.startsWith('Framework:Political declaration of the'))).toBe(false);
  });

});

describe('3. "the Assembly" in a paragraph about the International Seabed Authority is the Authority\'s', () => {
  const text =
    'Notes the decision of the Assembly to extend the current strategic plan of the Authority for the period 2019–2023 for two years, the request to the Secretary-General of the Authority to review and update the high-level action plan for the period 2019–2023 as necessary for the same period, and the decision to include the periodic review of the international regime of the Area pursuant to article 154 of the Convention as an agenda item for the twenty-ninth session of the Assembly, in 2024, with a view to adopting a decision;42';

  it('A/RES/78/69 OP69: "the decision of the Assembly ... the twenty-ninth session of the Assembly, in 2024": the Authority\'s Assembly and its session', () => {
    const c = ctx('A/RES/78/69', '2023-12-05');
    extractParagraph(para('PP3', 'Recalling the role of the International Seabed Authority (the Authority) under the Convention,'), c);
    const x = extractParagraph(para('OP69', text), c);
    const rel = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(rel).toEqual(expect.arrayContaining(['NOTES Organization:Assembly of the International Seabed Authority', 'NOTES Event:twenty-ninth session of the Assembly of the International Seabed Authority']));
    expect(rel).not.toContain('NOTES Organization:General Assembly');
  });

  it('A/RES/78/69 OP5: "to deposit with the Secretary-General of the United Nations and, ..., also with the Secretary-General of the Authority": two Secretaries-General', () => {
    const c = ctx('A/RES/78/69', '2023-12-05');
    extractParagraph(para('PP3', 'Recalling the role of the International Seabed Authority (the Authority) under the Convention,'), c);
    const x = extractParagraph(
      para('OP5', 'Calls upon States Parties to the Convention that have not yet done so to deposit with the Secretary-General of the United Nations and, in the case of the outer limit lines of the continental shelf, also with the Secretary-General of the Authority, copies of charts;'),
      c,
    );
    const rel = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(rel).toEqual(expect.arrayContaining(['CALLS_UPON Organization:Secretary-General of the United Nations', 'CALLS_UPON Organization:Secretary-General of the International Seabed Authority']));
  });

  it('guard, A/RES/79/144 OP202: "the high-level week of the seventy-ninth session of the Assembly" with no Authority named stays the General Assembly\'s', () => {
    const r = run('A/RES/79/144', '2024-12-12', para('OP202', 'Notes the high-level meeting on sea-level rise, in New York on 25 September 2024 during the high-level week of the seventy-ninth session of the Assembly;'));
    // (aud37a: the week is read, PART_OF the session; the session stays the General Assembly's)
    expect(r.keys).toContain('Event:high-level week of the seventy-ninth session of the General Assembly');
    expect(r.attributions).toContain('PART_OF Event:high-level week of the seventy-ninth session of the General Assembly -> Event:seventy-ninth session of the General Assembly');
  });
});

describe('4. a year after "of" listed with a later year', () => {
  it('A/RES/79/240 PP2: "the reports of the Secretary-General of 1990 3 and 1995, 4": both years are dates', () => {
    const text =
      'Recalling the report of the Panel of Governmental Experts on verification in all its aspects, including the role of the United Nations in the field of verification, 2 as well as the reports of the Secretary-General of 1990 3 and 1995, 4 and the report of the Disarmament Commission,';
    const r = run('A/RES/79/240', '2024-12-24', para('PP2', text));
    expect(r.keys).toEqual(expect.arrayContaining(['Date:1990', 'Date:1995']));
  });

  it('guard: "the Convention of 1951 and its Protocol" (no later year listed) gives no date', () => {
    const r = run('A/RES/78/123', '2023-12-18', para('PP2', 'Recalling the Convention of 1951 and its Protocol,'));
    expect(r.keys.some((k) => k.startsWith('Date:'))).toBe(false);
  });
});

describe('5. "its General Assembly": the organ of the organization named before it', () => {
  it('A/RES/79/220 OP27: "developed by the World Tourism Organization and adopted at the twenty-fifth session of its General Assembly, in October 2023"', () => {
    const text =
      'Acknowledges the statistical framework for measuring the sustainability of tourism, developed by the World Tourism Organization and adopted at the twenty-fifth session of its General Assembly, in October 2023, and endorsed by the Statistical Commission in March 2024,14 as the first sector-specific model;';
    const r = run('A/RES/79/220', '2024-12-19', para('OP27', text));
    const session = 'Event:twenty-fifth session of the General Assembly of the World Tourism Organization';
    expect(r.relations).toContain(`ACKNOWLEDGES ${session}`);
    expect(r.relations).not.toContain('ACKNOWLEDGES Organization:General Assembly');
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    // (lead's ruling, session 53, aud53d: the session is its organ's, the Assembly of the organization, PART_OF the organization)
    const organ = 'Organization:General Assembly of the World Tourism Organization';
    expect(r.attributions).toEqual(expect.arrayContaining([`SESSION_OF ${session} -> ${organ}`, `PART_OF ${organ} -> Organization:World Tourism Organization`, `STARTS_ON ${session} -> Date:2023-10`]));
  });
});

describe('6. a forum listed right after an event takes the dates after it', () => {
  it('A/RES/79/263 PP15: "the 2024 session of the Economic and Social Council and the high-level political forum ... convened ... from 8 to 17 July 2024": not the session\'s days', () => {
    const text =
      'Welcoming the ministerial declaration of the high-level segment of the 2024 session of the Economic and Social Council and the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council from 8 to 17 July 2024,';
    const r = run('A/RES/79/263', '2024-12-20', para('PP15', text));
    expect(r.attributions.some((a) => a.startsWith('STARTS_ON Event:2024 session of the Economic and Social Council'))).toBe(false);
    expect(r.attributions.some((a) => a.startsWith('ENDS_ON Event:2024 session of the Economic and Social Council'))).toBe(false);
  });

  it('guard, A/RES/78/174 PP9: "the high-level meeting on universal health coverage, held in New York on 21 September 2023" keeps its date', () => {
    const r = run('A/RES/78/174', '2023-12-19', para('PP9', PP9_78_174));
    expect(r.attributions).toContain('STARTS_ON Event:high-level meeting on universal health coverage @ 2023 -> Date:2023-09-21');
  });
});

describe('7. organizations named like sittings or envoys', () => {
  it('A/RES/80/211 OP4: "regional organizations, such as the African Union, the International Conference on the Great Lakes Region, ..." is an Organization (ICGLR), not an Event', () => {
    const text =
      'Welcomes the initiatives undertaken by regional organizations, such as the African Union, the International Conference on the Great Lakes Region, the Organization of American States and the Council of Europe, to address the protection, assistance and development needs of internally displaced persons;';
    const r = run('A/RES/80/211', '2025-12-15', para('OP4', text));
    expect(r.relations).toContain('WELCOMES Organization:International Conference on the Great Lakes Region');
    expect(r.keys.some((k) => k.startsWith('Event:International Conference on the Great Lakes'))).toBe(false);
  });

  it('A/RES/80/211 PP29: "the Protocol on ... and the Protocol on the Property Rights of Returning Persons, adopted by the International Conference on the Great Lakes Region": both adopted by it', () => {
    const text =
      'Recognizing the importance of the African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa (Kampala Convention), 12 which builds on the Protocol on the Protection of and Assistance to Internally Displaced Persons and the Protocol on the Property Rights of Returning Persons, adopted by the International Conference on the Great Lakes Region, and which marks a significant step,';
    const r = run('A/RES/80/211', '2025-12-15', para('PP29', text));
    expect(r.attributions).toEqual(
      expect.arrayContaining([
        'ADOPTED Organization:International Conference on the Great Lakes Region -> Framework:Protocol on the Protection of and Assistance to Internally Displaced Persons',
        'ADOPTED Organization:International Conference on the Great Lakes Region -> Framework:Protocol on the Property Rights of Returning Persons',
      ]),
    );
  });

  it('A/RES/78/219 PP25: "the previous Special Envoy for Myanmar of the Secretary-General of the Organization of Islamic Cooperation" is the OIC\'s envoy, with no United Nations Secretary-General', () => {
    const text =
      'Recognizing the efforts aimed at bringing peace and stability to Rakhine State and other states and regions of Myanmar, including through the work of the previous Special Envoy for Myanmar of the Secretary-General of the Organization of Islamic Cooperation,';
    const r = run('A/RES/78/219', '2023-12-22', para('PP25', text));
    expect(r.keys).toContain('Organization:Special Envoy for Myanmar of the Secretary-General of the Organization of Islamic Cooperation');
    expect(r.keys).not.toContain('Organization:Secretary-General of the United Nations');
    expect(r.keys).not.toContain('Organization:Special Envoy for Myanmar');
  });

  it('guard, A/RES/78/219 PP11: "the Special Envoy of the Secretary-General on Myanmar" stays the United Nations envoy', () => {
    const r = run('A/RES/78/219', '2023-12-22', para('PP11', 'Underlining the importance of the mandate of the Special Envoy of the Secretary-General on Myanmar,'));
    expect(r.keys).toContain('Organization:Special Envoy of the Secretary-General on Myanmar');
  });
});

describe('8. a participle of result after a stance participle resumes the operative clause', () => {
  it('A/RES/78/85 OP3: "Welcomes the commitment of the parties ..., noting efforts and developments since 2006, thus ensuring the implementation of Security Council resolutions ...": the resolutions are welcomed', () => {
    const text =
      'Welcomes the commitment of the parties to continue to show political will and work in an atmosphere propitious for dialogue, in order to enter into a more intensive phase of negotiations, in good faith and without preconditions, noting efforts and developments since 2006, thus ensuring the implementation of Security Council resolutions 1754 (2007), 1783 (2007), 2602 (2021) and 2654 (2022) and the success of negotiations;';
    const r = run('A/RES/78/85', '2023-12-07', para('OP3', text));
    expect(r.relations).toEqual(expect.arrayContaining(['WELCOMES Resolution:S/RES/1754(2007)', 'WELCOMES Resolution:S/RES/2654(2022)']));
    expect(r.relations.some((x) => x.startsWith('NOTES Resolution:S/RES/'))).toBe(false);
  });

  it('A/RES/80/193 OP42: "..., and welcomes the appointment ..., noting that each region is represented, ..., thereby ensuring that the Group can fulfil its mandate"', () => {
    const text =
      'Recalls its resolution 77/205 and the recommendations contained therein with regard to the Group of Independent Eminent Experts, and welcomes the appointment by the Secretary-General of the remaining Eminent Experts, noting that each region is represented, as requested by the Human Rights Council in its resolution 51/32 and by the General Assembly in its resolution 77/205, thereby ensuring that the Group can fulfil its mandate;';
    const r = run('A/RES/80/193', '2025-12-15', para('OP42', text));
    expect(r.relations.filter((x) => x.includes('Group')).every((x) => !x.startsWith('NOTES'))).toBe(true);
  });

  it('guard, A/RES/78/85 OP3 without the result participle: "..., noting efforts and developments since 2006 and the implementation of Security Council resolution 1754 (2007)" stays noted', () => {
    const text = 'Welcomes the commitment of the parties to continue to show political will, noting efforts and developments since 2006 and the implementation of Security Council resolution 1754 (2007);';
    const r = run('A/RES/78/85', '2023-12-07', para('OP3', text));
    expect(r.relations).toContain('NOTES Resolution:S/RES/1754(2007)');
  });
});
