// Session-37 audit aud37b: organization names, their spans, slashes and glued names. "the Office of the High Commissioner"
// after the office was named in full is one mention over all its words (it stopped at "Office", and "convened by the Office of
// the High Commissioner" lost its organizer); a name printed after two bodies joined by a slash ("the Organisation for Economic
// Co-operation and Development/Group of 20 Inclusive Framework on ...") is one mention whose owners carry no verb edge; "the
// United Nations-Nippon Foundation capacity-building programmes" names two partners, not a body so named; "the Civil Society
// Support Room and Syrian Women’s Advisory Board" is two bodies; "the Malta-based International Maritime Law Institute" is the
// institute, "the Executive Council and A-32/3" a body and the next citation's symbol. Each case quotes the file and paragraph;
// each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/185', date: '2023-12-19' };
const { extract, keys, relations } = oneParagraph({ ctx: GA78, kind: 'preambular' });

const UNHCR = 'Organization:Office of the United Nations High Commissioner for Refugees';
const OHCHR = 'Organization:Office of the United Nations High Commissioner for Human Rights';

/** the phrases printed for `key` in `text`, read after `before` in the same resolution (one shared context) */
function phrasesAfter(symbol: string, before: string, text: string, key: string, kind: 'preambular' | 'operative' = 'preambular'): string[] {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol, date: '2023-12-19' };
  extract(before, 'preambular', ctx);
  return extract(text, kind, ctx).mentions.filter((m) => m.key === key).map((m) => m.phrase);
}

describe('"the Office of the High Commissioner" after the office was named: one mention over all its words', () => {
  const pp8 = 'Acknowledging the efforts of Member States, the United Nations High Commissioner for Refugees and other stakeholders in improving the situation of refugees and their host communities,';
  const pp23 =
    'Acknowledging the efforts made by States and regional groups since the launch of the #IBelong campaign to eradicate statelessness and to afford protection to stateless people, as well as the commitments made during the high-level segment on statelessness convened by the Office of the High Commissioner, as well as the outcomes of the fifth Conference of African Ministers Responsible for Civil Registration, both held in October 2019,';

  it('A/RES/78/185 PP23 (80/188 PP23): "the high-level segment on statelessness convened by the Office of the High Commissioner": the UNHCR office organizes it', () => {
    const ctx: RecognizeContext = { ...GA78 };
    extract(pp8, 'preambular', ctx);
    const x = extract(pp23, 'preambular', ctx);
    expect(x.mentions.filter((m) => m.key === UNHCR).map((m) => m.phrase)).toEqual(['Office of the High Commissioner']);
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`ORGANIZES ${UNHCR} -> Event:high-level segment on statelessness`);
  });

  it('A/RES/78/196 OP21 after OP20: "Calls upon the Office of the High Commissioner to build upon ...": OHCHR, printed over all its words', () => {
    const op20 =
      'Requests the Human Rights Council, the human rights treaty bodies, the Office of the United Nations High Commissioner for Human Rights, the special mechanisms extended by the Council and the Human Rights Council Advisory Committee to pay due attention, within their respective mandates, to the present resolution;';
    const op21 = 'Calls upon the Office of the High Commissioner to build upon the issue of the promotion of a democratic and equitable international order;';
    expect(phrasesAfter('A/RES/78/196', op20, op21, OHCHR, 'operative')).toEqual(['Office of the High Commissioner']);
  });

  it('A/RES/79/284 OP38: "the Office of the Envoy of the Secretary General on Youth" (no hyphen in the title): the youth envoy, no bare "Office of the Envoy"', () => {
    const text =
      'Welcomes the cooperation between the Council of Europe, the Office of the Envoy of the Secretary General on Youth, the United Nations Educational, Scientific and Cultural Organization and the Alliance;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/284', date: '2025-06-02' });
    expect(rel).toContain('WELCOMES Organization:Envoy of the Secretary-General on Youth');
    expect(rel).not.toContain('WELCOMES Organization:Office of the Envoy');
  });

  it('guard: "the Office of the High Commissioner in the United Nations development system reform" (A/RES/78/185): the place of its role is no word of its name', () => {
    const text = 'Welcoming the role of the Office of the High Commissioner in the United Nations development system reform, including as part of broader efforts,';
    expect(phrasesAfter('A/RES/78/185', pp8, text, UNHCR)).toEqual(['Office']);
  });

  it('guard: "the declarations adopted by the Commission of the Status of Women" (A/RES/79/223): the words go on past those the name holds, the short form stays "Commission"', () => {
    const before = 'Recalling the agreed conclusions of the Commission on the Status of Women,';
    const text = 'Recalling also the declarations adopted by the Commission of the Status of Women on the occasions of the tenth anniversary,';
    expect(phrasesAfter('A/RES/79/223', before, text, 'Organization:Commission on the Status of Women')).toEqual(['Commission']);
  });
});

describe('a name printed after two bodies joined by a slash is one mention, its owners without the verb edge', () => {
  const GA140: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/140', date: '2023-12-19' };
  const OECD = 'Organization:Organisation for Economic Co-operation and Development';
  const G20 = 'Organization:Group of 20';

  it('A/RES/78/140 PP37 (78/230 PP20, 79/234 PP40, 80/126 PP42, 79/323 annex OP28): "the Organisation for Economic Co-operation and Development/Group of 20 Inclusive Framework on Base Erosion and Profit Shifting": NOTES the framework only', () => {
    const text =
      'Noting the work of the 143 members of the Organisation for Economic Co-operation and Development/Group of 20 Inclusive Framework on Base Erosion and Profit Shifting, which provides a forum for collaboration for tackling tax avoidance,';
    const rel = relations(text, 'preambular', { ...GA140 });
    expect(rel).toContain('NOTES Framework:Inclusive Framework on Base Erosion and Profit Shifting');
    expect(rel).not.toContain(`NOTES ${OECD}`);
    expect(rel).not.toContain(`NOTES ${G20}`);
    // the two owners are still mentioned (nested, as an owner printed inside a name is)
    const nested = extract(text, 'preambular', { ...GA140 }).mentions.filter((m) => m.nested).map((m) => m.key);
    expect(nested).toEqual([OECD, G20]);
  });

  it('guard: A/RES/78/140 OP30 "the ... Development/Group of 20 two-pillar solution": no name after the pair, the two bodies keep their edges (co-branding: both are what the clause names)', () => {
    const text =
      'Takes note of the ongoing work on the implementation of the Organisation for Economic Co-operation and Development/Group of 20 two-pillar solution to address the tax challenges arising from the digitalization of the economy;';
    const rel = relations(text, 'operative', { ...GA140 });
    expect(rel).toContain(`NOTES ${OECD}`);
    expect(rel).toContain(`NOTES ${G20}`);
  });

  it('guard: a document symbol\'s body ("A/HRC/17/31") is no slash owner: no nested Human Rights Council mention from it', () => {
    const text = 'Recalling the Guiding Principles on Business and Human Rights, contained in document A/HRC/17/31,';
    expect(extract(text, 'preambular', { ...GA140 }).mentions.filter((m) => m.nested && m.key === 'Organization:Human Rights Council')).toEqual([]);
  });
});

describe('glued names: two partners, two bodies', () => {
  const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/110', date: '2025-12-09' };

  it('A/RES/80/110 OP41 (79/144 OP50): "the United Nations-Nippon Foundation capacity-building programmes": the United Nations and the Nippon Foundation, no "United Nations-Nippon Foundation"', () => {
    const text =
      'Also recognizes with appreciation the important contribution of the United Nations-Nippon Foundation capacity-building programmes to human resources development for Member States, particularly developing Member States, in the field of ocean affairs and the law of the sea and related disciplines, including the United Nations-Nippon Foundation Fellowship, the Strategic Needs Fellowship and the Ocean Governance Fellowship for Small Island Developing States;';
    const orgs = keys(text, 'Organization:', 'operative', { ...GA80 });
    expect(orgs).toEqual(['Organization:United Nations', 'Organization:Nippon Foundation']);
    // (the fellowship keeps its printed name)
    expect(keys(text, 'Initiative:', 'operative', { ...GA80 })).toContain('Initiative:United Nations-Nippon Foundation Fellowship');
  });

  it('guard: A/RES/79/329 "the United Nations-African Union Joint Task Force on Peace and Security": one body the two run together', () => {
    const text = 'Welcomes the work of the United Nations-African Union Joint Task Force on Peace and Security;';
    expect(keys(text, 'Organization:', 'operative', { body: 'General Assembly', symbol: 'A/RES/79/329', date: '2025-08-27' })).toEqual([
      'Organization:United Nations-African Union Joint Task Force on Peace and Security',
    ]);
  });

  it('A/RES/78/222 PP16 (79/185 PP17): "through the Civil Society Support Room and Syrian Women’s Advisory Board": WELCOMES each body', () => {
    const text =
      'Welcoming the inclusion of civil society in the political process, in particular through the Civil Society Support Room and Syrian Women’s Advisory Board,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/222', date: '2023-12-19' });
    expect(rel).toContain('WELCOMES Organization:Civil Society Support Room');
    expect(rel).toContain("WELCOMES Organization:Syrian Women's Advisory Board");
    expect(rel.filter((r) => r.includes(' and Syrian'))).toEqual([]);
  });

  it('A/RES/79/185 PP10: "recognizing the importance of the Constitutional Committee, the Civil Society Support Room and the Syrian Women’s Advisory Board": RECOGNIZES the three', () => {
    const text =
      'Reiterating that the only sustainable solution to the current crisis in the Syrian Arab Republic is through an inclusive and Syrian-led political process, underlining the importance of prevention of the efforts to foment sectarian tension among Syrians, recognizing the importance of the Constitutional Committee, the Civil Society Support Room and the Syrian Women’s Advisory Board, reaffirming in this regard the important role of women,';
    const rel = relations(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/79/185', date: '2024-12-17' });
    for (const body of ['Constitutional Committee', 'Civil Society Support Room', "Syrian Women's Advisory Board"]) expect(rel).toContain(`RECOGNIZES Organization:${body}`);
  });

  it('guard (unchanged): A/RES/80/93 "its Vice Chairmanship of the Caribbean Development and Cooperation Committee": an "and" inside one body\'s name', () => {
    const text =
      'Cognizant of the Territory’s associate membership in the Caribbean Community, its Vice Chairmanship of the Caribbean Development and Cooperation Committee and noting the aspiration of the Territory to become a full member,';
    expect(keys(text, 'Organization:Caribbean Development', 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/93', date: '2025-12-09' })).toEqual([
      'Organization:Caribbean Development and Cooperation Committee',
    ]);
  });
});

describe('words of the sweep that are no part of a name', () => {
  const GA69: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/69', date: '2023-12-05' };

  it('A/RES/78/69 OP29 (79/144 OP32): "the Malta-based International Maritime Law Institute of the International Maritime Organization": the institute, part of IMO', () => {
    const text =
      'Also recognizes the importance of the work of the Malta-based International Maritime Law Institute of the International Maritime Organization, as a centre of education and training of specialists in maritime law;';
    expect(keys(text, 'Organization:', 'operative', { ...GA69 })).toContain('Organization:International Maritime Law Institute');
    expect(keys(text, 'Organization:Malta', 'operative', { ...GA69 })).toEqual([]);
  });

  it('guard: "the United Nations Platform for Space-based Information for Disaster Management and Emergency Response": "-based" after no place stays in the name', () => {
    const text = 'Notes the work of the United Nations Platform for Space-based Information for Disaster Management and Emergency Response;';
    expect(keys(text, 'Organization:', 'operative', { ...GA69 }).concat(keys(text, 'Initiative:', 'operative', { ...GA69 })).some((k) => k.includes('Space-based Information'))).toBe(true);
  });

  it('A/RES/78/69 OP309: "resolutions EC-55/1 of the Executive Council and A-32/3 of the Assembly of the Intergovernmental Oceanographic Commission": no "Executive Council and A-32" body', () => {
    const text =
      'Takes note of resolutions EC-55/1 of the Executive Council and A-32/3 of the Assembly of the Intergovernmental Oceanographic Commission, in which these bodies took note of the establishment of Decade coordinating mechanisms;';
    const orgs = keys(text, 'Organization:', 'operative', { ...GA69 });
    expect(orgs.filter((k) => k.includes('A-32'))).toEqual([]);
    expect(orgs.some((k) => k.startsWith('Organization:Executive Council'))).toBe(true);
  });

  it('A/RES/78/252 OP60: "the reclassification of the post of Director of the Department of Human Resources from D-1 to D-2 level": the department, not "... from D-1 to D-2"', () => {
    const text = 'Decides to approve, and agrees to the reclassification of the post of Director of the Department of Human Resources from D-1 to D-2 level;';
    expect(keys(text, 'Organization:Department', 'operative', { body: 'General Assembly', symbol: 'A/RES/78/252', date: '2023-12-22' })).toEqual(['Organization:Department of Human Resources']);
  });

  it('guard: "the Committee on Economic, Social and Cultural Rights and the Committee on the Rights of the Child": an "and" before a word is untouched', () => {
    const text = 'Welcomes the work of the Committee on Economic, Social and Cultural Rights and the Committee on the Rights of the Child;';
    expect(keys(text, 'Organization:', 'operative', { ...GA69 })).toEqual(['Organization:Committee on Economic, Social and Cultural Rights', 'Organization:Committee on the Rights of the Child']);
  });
});
