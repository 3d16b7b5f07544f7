// Session-54 speed helper spd54b (the entities worker's passes). No change to the graph (golden dump cmp-identical); these tests
// pin down, for each cut, that the readings stay and that the repeated work is no longer done:
// - outcomesOfSittingsNamedBefore (extract.ts), run after every paragraph's extraction, asks only the paragraphs noted before
//   each paragraph's extraction as holding "outcome" (notePhrasesOfLaterPasses): no paragraph's textIncludes filter is built
//   again after the last paragraph.
// - cheap gates first: the entity scan's ellipticalPairs (its plural nouns), sittingsOnDaysInVenues and knownEditionsListed (an
//   Event candidate) and extract.ts's withoutFrameworksInShortNames (a framework mention) test those before searching the
//   paragraph in full for " and on ", " and of ", " on " or " (" (V8's search stops at every space there).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText } from '../../ingest/models.js';
import { gaResolution, markedParagraph, notedParagraph, TAKES_NOTE_80_238 } from '../helpers/footnoted-paragraph.js';

afterEach(() => vi.restoreAllMocks());

/** Code units read from `on` (String.prototype.charCodeAt, as codeUnitAt and the textIncludes filter read them) while `run` runs. */
function codeUnitReadsOf(on: string, run: () => void): number {
  const original = String.prototype.charCodeAt;
  let reads = 0;
  const spy = vi.spyOn(String.prototype, 'charCodeAt').mockImplementation(function (this: string, i: number) {
    if (String(this) === on) reads++;
    return original.call(this, i);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return reads;
}

/** Calls of String.prototype.includes with `needle` on `on` while `run` runs. */
function searchesOf(on: string, needle: string, run: () => void): number {
  const original = String.prototype.includes;
  let calls = 0;
  const spy = vi.spyOn(String.prototype, 'includes').mockImplementation(function (this: string, search: string, position?: number) {
    if (search === needle && String(this) === on) calls++;
    return original.call(this, search, position);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return calls;
}

// A/RES/78/182 PP1-PP3, PP6, PP9-PP12, PP16 (corpus-ga A_RES_78_182.txt)
const PP1_78_182 =
  "Recalling its previous resolutions on the question, including resolution 76/142 of 16 December 2021, and recalling also the section of resolution 64/289 of 2 July 2010 entitled “Strengthening the institutional arrangements for support of gender equality and the empowerment of women”,";
const PP3_78_182 =
  "Reaffirming the commitments to gender equality and the advancement of women made in the 2030 Agenda for Sustainable Development3 and at major United Nations summits, conferences and special sessions, and reaffirming also that their full, effective and accelerated implementation is integral to achieving the internationally agreed development goals, including the Sustainable Development Goals, especially considering that, halfway through the 2030 Agenda, the world is currently failing to achieve gender equality,";
const PP6_78_182 =
  "Recalling its resolution 75/233 of 21 December 2020 on the quadrennial comprehensive policy review of operational activities for development of the United Nations system, in which it called upon all entities of the United Nations development system to continue to promote gender equality and the empowerment of all women and girls by enhancing and accelerating gender mainstreaming through the full implementation of the United Nations System-wide Action Plan on Gender Equality and the Empowerment of Women, developed under the leadership of the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women),";
const PP9_78_182 =
  "Welcoming progress made towards achieving gender equality and the empowerment of women, but stressing that challenges and obstacles remain in the implementation of the Beijing Declaration and Platform for Action and the outcome of the twenty-third special session,";
const PP10_78_182 =
  "Noting with appreciation that 2025 will mark the thirtieth anniversary of the Fourth World Conference on Women and the adoption of the Beijing Declaration and Platform for Action, noting with appreciation also, in this regard, review activities by Governments, and noting the contributions of all other relevant stakeholders to these review activities,";
const PP11_78_182 =
  "Recalling Security Council resolutions 1325 (2000) of 31 October 2000, 1820 (2008) of 19 June 2008, 1888 (2009) of 30 September 2009, 1889 (2009) of 5 October 2009, 1960 (2010) of 16 December 2010, 2106 (2013) of 24 June 2013, 2122 (2013) of 18 October 2013, 2242 (2015) of 13 October 2015, 2467 (2019) of 23 April 2019 and 2493 (2019) of 29 October 2019 on women and peace and security and resolutions 1882 (2009) of 4 August 2009, 2225 (2015) of 18 June 2015 and 2427 (2018) of 9 July 2018 on children and armed conflict,";
const PP12_78_182 =
  "Reaffirming the important role of all women in the prevention and resolution of conflicts and in peacebuilding efforts, stressing the need for their full, equal and meaningful participation therein, including at decision-making levels, and noting in this regard that 2025 will mark the twenty-fifth anniversary of the adoption of Security Council resolution 1325 (2000) on women and peace and security,";
const PP16_78_182 =
  "Recognizing that the responsibility for the implementation of the Beijing Declaration and Platform for Action and the outcome of the twenty-third special session rests primarily at the national level and that strengthened efforts are necessary in this respect, and reiterating that enhanced international cooperation is essential for full, effective and accelerated implementation,";
const PP2_78_182 =
  'Deeply convinced that the Beijing Declaration and Platform for Action1 and the outcome of the twenty-third special session of the General Assembly, entitled “Women 2000: gender equality, development and peace for the twenty-first century”,2 are important contributions to the achievement of gender equality and the empowerment of women and must be translated into effective action by all States, the United Nations system and other organizations concerned,';
const PP2_NOTES: [string, string][] = [
  ['1', 'Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.'],
  ['2', 'Resolution S-23/2, annex, and resolution S-23/3, annex.'],
];
/** PP2 without its title of the session's outcome: no sitting's adopted framework, so outcomesOfSittingsNamedBefore has nothing to do */
const PP2_UNTITLED = 'Deeply convinced that the Beijing Declaration and Platform for Action1 and the twenty-third special session of the General Assembly are important contributions to the achievement of gender equality,';
const WOMEN_2000 = 'Framework:Women 2000: gender equality, development and peace for the twenty-first century';

function resolution78182(pp2: ParagraphText) {
  return gaResolution('A/RES/78/182', '2023-12-19', [
    markedParagraph('PP1', PP1_78_182),
    pp2,
    markedParagraph('PP3', PP3_78_182, [['3', 'Resolution 70/1.']]),
    markedParagraph('PP6', PP6_78_182),
    markedParagraph('PP9', PP9_78_182),
    markedParagraph('PP10', PP10_78_182),
    markedParagraph('PP11', PP11_78_182),
    markedParagraph('PP12', PP12_78_182),
    markedParagraph('PP16', PP16_78_182),
  ]);
}

describe('outcomesOfSittingsNamedBefore: only the paragraphs noted as holding "outcome" are asked', () => {
  it('A/RES/78/182 PP9, PP16: "the outcome of the twenty-third special session" is still the Women 2000 text PP2 names (ADOPTED by the session)', () => {
    const ex = extractResolution(resolution78182(markedParagraph('PP2', PP2_78_182, PP2_NOTES)));
    const outcomes = ex.paragraphs.map((p) => `${p.paragraph.id} ${p.mentions.filter((m) => m.key === WOMEN_2000).map((m) => m.phrase).join(' | ')}`);
    expect(outcomes).toEqual([
      'PP1 ',
      'PP2 Women 2000: gender equality, development and peace for the twenty-first century',
      'PP3 ',
      'PP6 ',
      'PP9 outcome of the twenty-third special session',
      'PP10 ',
      'PP11 ',
      'PP12 ',
      'PP16 outcome of the twenty-third special session',
    ]);
  });

  it('A/RES/78/182 PP1 (no "outcome"): read no more when PP2 states the session\'s outcome than when it does not (its filter is not built again)', () => {
    const withOutcome = codeUnitReadsOf(PP1_78_182, () => extractResolution(resolution78182(markedParagraph('PP2', PP2_78_182, PP2_NOTES))));
    const without = codeUnitReadsOf(PP1_78_182, () => extractResolution(resolution78182(markedParagraph('PP2', PP2_UNTITLED, [['1', PP2_NOTES[0]![1]]]))));
    expect(withOutcome).toBe(without);
  });

  it('guard: A/RES/78/182 with PP2 untitled, "the outcome of the twenty-third special session" of PP9 and PP16 is no framework', () => {
    const ex = extractResolution(resolution78182(markedParagraph('PP2', PP2_UNTITLED, [['1', PP2_NOTES[0]![1]]])));
    expect(ex.paragraphs.flatMap((p) => p.mentions.filter((m) => m.kind === 'Framework' && m.phrase.startsWith('outcome')).map((m) => `${p.paragraph.id} ${m.key}`))).toEqual([]);
  });
});

// A/RES/79/214 PP1 (corpus-ga A_RES_79_214.txt)
const PP1_79_214 =
  "Recalling its relevant resolutions on the implementation of the outcomes of the United Nations Conferences on Human Settlements (Habitat II) and on Housing and Sustainable Urban Development (Habitat III) and strengthening of the United Nations Human Settlements Programme (UN-Habitat), including its resolutions 32/162 of 19 December 1977, 56/206 of 21 December 2001, 65/165 of 20 December 2010, 66/207 of 22 December 2011, 67/216 of 21 December 2012, 68/239 of 27 December 2013, 69/226 of 19 December 2014, 70/210 of 22 December 2015, 71/235 of 21 December 2016, 72/226 of 20 December 2017, 73/239 of 20 December 2018, 75/224 of 21 December 2020 and 77/173 of 14 December 2022,";
// A/RES/78/160 PP42 (corpus-ga A_RES_78_160.txt)
const PP42_78_160 =
  "Welcoming the convening of the first to eighth annual multi-stakeholder forums on science, technology and innovation for the Sustainable Development Goals, noting with appreciation the ongoing work of the United Nations inter-agency task team on science, technology and innovation for the Sustainable Development Goals, including the Global Pilot Programme on Science, Technology and Innovation for the Sustainable Development Goals Road Maps (STI for SDGs road maps), and noting the expanded operationalization of the 2030 Connect online platform, as the three components of the Technology Facilitation Mechanism, that can help to advance the 2030 Agenda,";

/** the paragraph's own mentions (no footnote) as 'key «phrase»', extracted alone in its resolution */
function mentionsOf(symbol: string, date: string, id: string, text: string): string[] {
  const [p] = extractResolution(gaResolution(symbol, date, [notedParagraph(id, text)])).paragraphs;
  return p!.mentions.filter((m) => m.footnote === undefined).map((m) => `${m.key} «${m.phrase}»`);
}

describe('cheap gates first: no search in full for a space-led phrase where the cheaper test already says no', () => {
  it('A/RES/80/238 OP1 (no "Conferences" nor "Decades", no Event): " and on " and " on " are not searched; the reports\' bodies are still read', () => {
    let mentions: string[] = [];
    const run = () => (mentions = mentionsOf('A/RES/80/238', '2025-12-30', 'OP1', TAKES_NOTE_80_238));
    expect(searchesOf(TAKES_NOTE_80_238, ' and on ', run)).toBe(0);
    expect(searchesOf(TAKES_NOTE_80_238, ' on ', run)).toBe(0);
    expect(mentions).toEqual(
      expect.arrayContaining([
        'Organization:Office of the United Nations Ombudsman and Mediation Services «Office of the United Nations Ombudsman and Mediation Services»',
        'Organization:Internal Justice Council «Internal Justice Council»',
        'Organization:Advisory Committee on Administrative and Budgetary Questions «Advisory Committee on Administrative and Budgetary Questions»',
      ]),
    );
  });

  it('A/RES/79/214 PP1 (no framework): " (" is not searched; "the United Nations Conferences on Human Settlements (Habitat II) and on Housing ..." is still two conferences', () => {
    let mentions: string[] = [];
    expect(searchesOf(PP1_79_214, ' (', () => (mentions = mentionsOf('A/RES/79/214', '2024-12-19', 'PP1', PP1_79_214)))).toBe(0);
    expect(mentions.filter((m) => m.startsWith('Event:'))).toEqual([
      'Event:United Nations Conference on Human Settlements @ 1996 «United Nations Conferences on Human Settlements»',
      'Event:United Nations Conference on Human Settlements @ 1996 «Habitat II»',
      'Event:United Nations Conference on Housing and Sustainable Urban Development @ 2016 «on Housing and Sustainable Urban Development»',
      'Event:United Nations Conference on Housing and Sustainable Urban Development @ 2016 «Habitat III»',
    ]);
  });

  it('guard: A/RES/78/160 PP42 (a framework mention): " (" is searched, and the Goals inside "(STI for SDGs road maps)" are still no framework', () => {
    let mentions: string[] = [];
    expect(searchesOf(PP42_78_160, ' (', () => (mentions = mentionsOf('A/RES/78/160', '2023-12-21', 'PP42', PP42_78_160)))).toBeGreaterThan(0);
    expect(mentions.filter((m) => m.startsWith('Framework:'))).toEqual(['Framework:2030 Agenda for Sustainable Development «2030 Agenda»']);
  });
});
