// Known gaps left by earlier audits (session 15, helper acc15): the Secretary-General's known initiative, "<Name>
// partnership", a document's part ("(Part I)"), a resolution adopted by a body named after it ("the adoption of resolution
// 2000/22 ..., by the Subcommission ..."), "held on <island>", spelling variants of one name, a footnote mark glued to the
// last listed ordinal. Each case quotes the file named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import { extractParagraph, extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionText, SourceText } from '../../ingest/models.js';
import { namedKey } from '../../ingest/recognize/entityScan.js';
import { segmentResolutions } from '../../ingest/segment.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/199', date: '2023-12-19' };

function extract(text: string, kind: 'preambular' | 'operative' = 'operative', ctx: RecognizeContext = GA) {
  return extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const mentions = (text: string, kind: 'preambular' | 'operative' = 'operative'): string[] => extract(text, kind).mentions.map((m) => m.key);
const relations = (text: string, kind: 'preambular' | 'operative' = 'operative'): string[] => extract(text, kind).relations.map((r) => `${r.type} ${r.target}`);
const attributions = (text: string, kind: 'preambular' | 'operative' = 'operative'): string[] => extract(text, kind).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

describe('"the Secretary-General’s <known initiative>" is that initiative, not an organization of its own', () => {
  it('A/RES/78/119 OP34: "including through the Secretary-General’s Early Warnings for All initiative"', () => {
    const text =
      'Encourages Member States to strengthen early warning systems to enable effective early action, including through the Secretary-General’s Early Warnings for All initiative to ensure that every person on the planet is protected by early warning systems by 2027;';
    const r = relations(text);
    expect(r).toContain('ENCOURAGES Initiative:Early Warnings for All');
    expect(mentions(text).filter((k) => k.includes('Early Warnings') && !k.startsWith('Initiative:'))).toEqual([]);
  });

  // (aud25e: the Agenda is in the gazetteer now, printed bare in other texts, "the follow-up Action Agenda on Internal
  // Displacement", A/RES/80/211 OP11: one key for both; it was "Framework:Secretary-General's Action Agenda on ...")
  it('the Secretary-General’s known Framework: "the Secretary-General’s Action Agenda on Internal Displacement" is the Agenda', () => {
    const text = 'Takes note of the Secretary-General’s Action Agenda on Internal Displacement;';
    expect(mentions(text)).toContain('Framework:Action Agenda on Internal Displacement');
  });
});

describe('"the <Name> partnership": a headless name with its own lowercase head is an Initiative', () => {
  it('A/RES/78/148 PP30: "the Sustainable Mobility for All partnership"', () => {
    const text =
      'Recognizing the need for continued cooperation and coordination between the United Nations and existing partnerships on sustainable transport issues, such as the Global Partnership for Sustainable Transport, the Sustainable Mobility for All partnership, the Partnership on Sustainable Low Carbon Transport (SLOCAT) and the Group of Friends of Sustainable Transport,';
    expect(relations(text, 'preambular')).toContain('RECOGNIZES Initiative:Sustainable Mobility for All');
  });

  it('negative: "the United Nations partnership" is no initiative named "United Nations"', () => {
    const text = 'Welcomes the United Nations partnership with regional organizations;';
    expect(mentions(text).filter((k) => k.startsWith('Initiative:'))).toEqual([]);
  });
});

describe('a document symbol with its part, "(Part I)", is that part (as "(Vol. I)" is a volume)', () => {
  it('A/RES/78/184 PP1: "Supplement No. 12 (A/78/12 (Part I) and A/78/12 (Part II))": two documents', () => {
    const text =
      'Having considered the report of the United Nations High Commissioner for Refugees on the activities of her Office (A/78/12 (Part I) and A/78/12 (Part II)) and the report of the Executive Committee,';
    const m = mentions(text, 'preambular');
    expect(m).toContain('Document:A/78/12 (Part I)');
    expect(m).toContain('Document:A/78/12 (Part II)');
    expect(m).not.toContain('Document:A/78/12');
  });

  it('A/RES/78/30 PP5: "NPT/CONF.1995/32 (Part I)", the 1995 Final Document\'s part I', () => {
    const text = 'Recalling the decision on principles and objectives for nuclear non-proliferation and disarmament (NPT/CONF.1995/32 (Part I), annex),';
    expect(mentions(text, 'preambular')).toContain('Document:NPT/CONF.1995/32 (Part I)');
  });

  it('negative: a volume keeps its key; "part II" printed after a comma is a locator, not the symbol', () => {
    const text = 'Takes note of the report of the Board of Auditors (A/78/5 (Vol. I)) and of document A/73/12, part II;';
    const m = mentions(text);
    expect(m).toContain('Document:A/78/5 (Vol. I)');
    expect(m).toContain('Document:A/73/12');
    expect(m.filter((k) => k.includes('Part'))).toEqual([]);
  });
});

describe('"the adoption of resolution N ..., by the <body>": that body\'s resolution', () => {
  it('A/RES/78/199 PP15: "the adoption of resolution 2000/22 ..., on ..., by the Subcommission ..."', () => {
    const text =
      'Recalling the adoption of resolution 2000/22 of 18 August 2000, on the promotion of dialogue on human rights issues, by the Subcommission on the Promotion and Protection of Human Rights at its fifty-second session,';
    const r = relations(text, 'preambular');
    expect(r).toContain('RECALLS Resolution:Subcommission on the Promotion and Protection of Human Rights resolution 2000/22');
    expect(r).not.toContain('RECALLS Resolution:E/RES/2000/22');
  });

  it('guard (A/RES/79/133 PP7): the body\'s name as other texts print it ("Transnational organized Crime", a line break)', () => {
    const text =
      'Recalling the adoption of resolution 10/7 of 16 October 2020, entitled “Combating transnational organized crime against cultural property”, by the Conference of the Parties to the United Nations Convention against Transnational organized Crime at its tenth session, held in October 2020,';
    expect(mentions(text, 'preambular')).toContain('Resolution:Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 10/7');
  });

  it('negative: "by consensus" after the subject names no body', () => {
    const text = 'Welcoming the adoption of resolution 78/5 of 1 November 2023, on the dialogue among civilizations, by consensus,';
    expect(mentions(text, 'preambular')).toContain('Resolution:A/RES/78/5');
  });

  it('negative: without "the adoption of", a subject then "by the ..." does not name the body', () => {
    const text = 'Recalling resolution 2000/22 of 18 August 2000, on the promotion of dialogue on human rights issues, by the Subcommission on the Promotion and Protection of Human Rights,';
    expect(mentions(text, 'preambular')).not.toContain('Resolution:Subcommission on the Promotion and Protection of Human Rights resolution 2000/22');
  });
});

describe('"held on <island>": the venue', () => {
  it('A/RES/78/53 PP18: "the Seventeenth Conference ..., held on Margarita Island, Bolivarian Republic of Venezuela"', () => {
    const text =
      'Recalling also paragraph 176 of the Final Document of the Seventeenth Conference of Heads of State or Government of Non-Aligned Countries, held on Margarita Island, Bolivarian Republic of Venezuela, from 13 to 18 September 2016, in which the Conference on Disarmament was called upon to agree on a balanced and comprehensive programme of work,';
    expect(attributions(text, 'preambular')).toContain('HELD_IN Event:Seventeenth Summit of Heads of State or Government of Non-Aligned Countries -> Place:Margarita Island'); // (one key per summit of the Movement: aud33h)
  });

  it('negative: "on" without "held" is no venue ("focused on Africa")', () => {
    const text = 'Recalling the Seventeenth Conference of Heads of State or Government of Non-Aligned Countries, which focused on Africa,';
    expect(attributions(text, 'preambular').filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });
});

describe('one key for names printed with or without a hyphen', () => {
  it('"noncommunicable" (A/RES/79/273 OP1) and "non-communicable" (A/RES/78/168 PP14) diseases: one node', () => {
    expect(namedKey('Event', 'high-level meeting on the prevention and control of noncommunicable diseases', { eventKind: 'meeting', startDate: '2018-09-27' })).toBe(
      namedKey('Event', 'high-level meeting on the prevention and control of non-communicable diseases', { eventKind: 'meeting', startDate: '2018-09-27' }),
    );
    expect(namedKey('Framework', 'Political declaration of the high-level meeting on the prevention and control of noncommunicable diseases')).toBe(
      'Framework:Political declaration of the high-level meeting on the prevention and control of non-communicable diseases',
    );
  });

  it('"Inter-sessional" (A/RES/78/155 OP19) and "Intersessional" (A/RES/79/208 OP20): one working group', () => {
    expect(namedKey('Organization', 'Ad Hoc Open-ended Inter-sessional Working Group on Article 8')).toBe(namedKey('Organization', 'Ad Hoc Open-ended Intersessional Working Group on Article 8'));
  });

  it('"Southeast Asia" (A/RES/79/290 OP11) is the "South-East Asia" of most texts', () => {
    expect(mentions('Encourages regional cooperation in Southeast Asia;')).toContain('Place:South-East Asia');
  });

  it('negative: "communicable diseases" alone and the Association of Southeast Asian Nations keep their names', () => {
    expect(namedKey('Framework', 'Strategy on communicable diseases')).toBe('Framework:Strategy on communicable diseases');
    expect(mentions('Welcomes the work of the Association of Southeast Asian Nations;')).toContain('Organization:Association of Southeast Asian Nations');
  });
});

describe('a footnote mark glued to the last listed ordinal ("fifty-ninth34 sessions")', () => {
  it('A/RES/80/185 OP4: "submitted to the Human Rights Council at its fifty-sixth33 and fifty-ninth34 sessions"', () => {
    const text =
      'Takes note of the reports of the Special Rapporteur on the human rights of migrants submitted to the Human Rights Council at its fifty-sixth33 and fifty-ninth34 sessions and to the General Assembly at its seventy-ninth35 and eightieth sessions;36';
    const r = relations(text);
    expect(r).toContain('NOTES Event:fifty-sixth session of the Human Rights Council');
    expect(r).toContain('NOTES Event:fifty-ninth session of the Human Rights Council');
    expect(r).toContain('NOTES Event:seventy-ninth session of the General Assembly');
  });

  it('A/RES/79/165 OP2: "to the General Assembly at its seventy-eighth14 and seventy-ninth15 sessions"', () => {
    const text =
      'Welcomes the annual reports of the human rights treaty bodies submitted to the General Assembly at its seventy-eighth14 and seventy-ninth15 sessions and to the Economic and Social Council at its 202316 and 2024 sessions;17';
    const r = relations(text);
    expect(r).toContain('WELCOMES Event:seventy-eighth session of the General Assembly');
    expect(r).toContain('WELCOMES Event:seventy-ninth session of the General Assembly');
  });

  it('negative (A/RES/78/180 OP4): "to the Council at its fiftieth 33 and fifty-third34 sessions" are no sessions of the Assembly', () => {
    const text =
      'Takes note of the reports of the Special Rapporteur on the human rights of migrants submitted to the Council at its fiftieth 33 and fifty-third34 sessions and to the General Assembly at its seventy-seventh35 and seventy-eighth sessions;36';
    const m = mentions(text);
    expect(m).not.toContain('Event:fiftieth session of the General Assembly');
    expect(m).not.toContain('Event:fifty-third session of the General Assembly');
    expect(m).toContain('Event:seventy-seventh session of the General Assembly');
  });
});

describe('", reiterating his statement": a person repeating his own words opens no clause of the body', () => {
  it('A/RES/80/172 OP8: the statements noted, then "reiterating his statement ..., set out in document A/AC.154/415"', () => {
    const text =
      'Expresses serious concern regarding multiple cases of denial of entry visas, and takes note of the statements of the Legal Counsel at the 297th and 298th meetings of the Committee on Relations with the Host Country, reiterating his statement at the emergency, 295th, meeting of the Committee, set out in document A/AC.154/415;';
    const r = relations(text);
    expect(r).toContain('NOTES Document:A/AC.154/415');
    expect(r.filter((x) => x.startsWith('REITERATES'))).toEqual([]);
  });

  it('negative: "reiterating its call" is the body\'s own act', () => {
    const text = 'Welcomes the efforts of Member States, reiterating its call upon the Office of the United Nations High Commissioner for Human Rights to continue its work;';
    expect(relations(text)).toContain('REITERATES Organization:Office of the United Nations High Commissioner for Human Rights');
  });
});

describe('the header "[on the report of the <Committee> (A/78/xxx, para. n)]": kept on the resolution, as its agenda item is', () => {
  // the head of A_RES_78_100.txt as printed (the header, the title, a paragraph of each kind)
  const header = (lines: string[]) => {
    const src: SourceText = { file: 'A_RES_78_100.txt', format: 'text', text: lines.join('\n') };
    return segmentResolutions(cleanText(src), src)[0]!;
  };
  const LINES = [
    'United Nations ', 'A/RES/78/100', ' ', 'General Assembly ', 'Distr.: General ', '11 December 2023 ', ' ', 'Seventy-eighth session ',
    'Agenda item 58 ', ' ', ' Resolution adopted by the General Assembly ', 'on 7 December 2023 ', ' ',
    '[on the report of the Special Political and Decolonization Committee ', '(Fourth Committee) (A/78/429, para. 33)] ', ' ',
    ' 78/100. Dissemination of information on decolonization ', ' ', 'The General Assembly, ', ' ',
    'Recalling its resolution 1514 (XV) of 14 December 1960, ', ' ', '1. Approves the activities; ',
  ];

  it('A/RES/78/100: "[on the report of the Special Political and Decolonization Committee (Fourth Committee) (A/78/429, para. 33)]"', () => {
    const r = header(LINES);
    expect(r.symbol).toBe('A/RES/78/100');
    expect([r.committee, r.report, r.draftSymbol]).toEqual(['Fourth Committee', 'A/78/429', undefined]);
  });

  it('A/RES/78/1: "[without reference to a Main Committee (A/78/L.1)]": the draft\'s symbol, no committee', () => {
    const lines = LINES.map((l) => (l.startsWith('[on the report') ? '[without reference to a Main Committee (A/78/L.1)] ' : l.startsWith('(Fourth') ? ' ' : l));
    const r = header(lines);
    expect([r.committee, r.report, r.draftSymbol]).toEqual([undefined, undefined, 'A/78/L.1']);
  });

  it('negative: a paragraph that quotes "on the report of the Sixth Committee" sets nothing', () => {
    const lines = LINES.filter((l) => !l.startsWith('[on the') && !l.startsWith('(Fourth'));
    lines.splice(lines.length - 1, 0, 'Noting the decision taken on the report of the Sixth Committee (A/78/432, para. 8), ', ' ');
    const r = header(lines);
    expect([r.committee, r.report]).toEqual([undefined, undefined]);
  });
});

describe('"the reports of the Secretary-General on <subject>" again, after a paragraph footnoted each of them', () => {
  const para = (id: string, text: string, notes: [string, string][] = []): ParagraphText => ({
    id,
    kind: id.startsWith('PP') ? 'preambular' : 'operative',
    text,
    footnoteRefs: notes.map(([mark, note]) => ({ mark, offset: text.lastIndexOf(mark), footnote: { mark, text: note } })),
    subparagraphs: [],
  });
  const run = (paragraphs: ParagraphText[]) => {
    const r: ResolutionText = { symbol: 'A/RES/78/242', body: 'General Assembly', date: '2023-12-22', instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] };
    return Object.fromEntries(extractResolution(r).paragraphs.map((p) => [p.paragraph.id, p.relations.map((x) => `${x.type} ${x.target}`)]));
  };
  const PP3 =
    'Having considered the reports of the Secretary-General on the implementation of the recommendations of the Board of Auditors contained in its reports on the United Nations19 and on the United Nations funds and programmes20 for the year ended 31 December 2022,';
  const OP7 =
    'Takes note of the reports of the Secretary-General on the implementation of the recommendations of the Board of Auditors contained in its reports for the year ended 31 December 2022 on the United Nations and on the United Nations funds and programmes;';

  it('A/RES/78/242 OP7: both reports PP3 footnoted ("19 A/78/333.", "20 A/78/333/Add.1.") are noted', () => {
    const found = run([para('PP3', PP3, [['19', 'A/78/333.'], ['20', 'A/78/333/Add.1.']]), para('OP7', OP7)]);
    expect(found.OP7).toContain('NOTES Document:A/78/333');
    expect(found.OP7).toContain('NOTES Document:A/78/333/Add.1');
  });

  it('negative: the next mark after another cited thing ("and the report of the Advisory Committee") is not one of the reports', () => {
    const pp =
      'Having considered the reports of the Secretary-General on the implementation of the recommendations of the Board of Auditors contained in its reports on the United Nations19 and the related report of the Advisory Committee on Administrative and Budgetary Questions,20';
    const found = run([para('PP3', pp, [['19', 'A/78/333.'], ['20', 'A/78/578.']]), para('OP7', OP7)]);
    expect(found.OP7).not.toContain('NOTES Document:A/78/578');
  });
});
