// Session-54 speed helper spd54b (the entities worker's passes). No change to the graph (golden dump cmp-identical); these tests
// pin down, for each cut, that the readings stay and that the repeated work is no longer done:
// - outcomesOfSittingsNamedBefore (extract.ts), run after every paragraph's extraction, asks only the paragraphs noted before
//   each paragraph's extraction as holding "outcome" (notePhrasesOfLaterPasses): no paragraph's textIncludes filter is built
//   again after the last paragraph.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText } from '../../ingest/models.js';
import { gaResolution, markedParagraph } from '../helpers/footnoted-paragraph.js';

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
