// Misses found by the session-22 audit aud22c: A/RES/80/117 (political declaration on noncommunicable diseases and mental
// health), A/RES/78/133 (creative economy), A/RES/79/104 (French Polynesia), and the same forms in other texts. Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';
import { segmentLines } from '../helpers/segment-lines.js';

/** The footnote marks a made-up PDF-text resolution's paragraphs were given, as "<paragraph id> <mark>: <footnote text>". */
function marksOf(lines: string[]): string[] {
  const [r] = segmentLines(lines, 'A_RES_80_117.txt');
  return r!.paragraphs.flatMap((p) => p.footnoteRefs.map((f) => `${p.id} ${f.mark}: ${f.footnote?.text ?? ""}`));
}

/** Each paragraph's verb relations ('TYPE target') of the one resolution the quoted lines print. */
function relationsOf(lines: string[]): Record<string, string[]> {
  const [r] = segmentLines(lines, 'A_RES_80_117.txt');
  return Object.fromEntries(extractResolution(r!).paragraphs.map((p) => [p.paragraph.id, p.relations.map((x) => `${x.type} ${x.target}`)]));
}

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/117', date: '2025-12-15' };
const { relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const HEAD = ['United Nations', 'A/RES/80/117', '', 'General Assembly', '', 'Resolution adopted by the General Assembly on 15 December 2025', '', '80/117. Political declaration', '', 'The General Assembly,', ''];

describe('a footnote mark spaced after a year\'s comma, before the next year with its own mark glued on', () => {
  const lines = (years: string) => [
    ...HEAD,
    `1. Strongly reaffirms its commitment to accelerating the implementation of the political declarations and outcome document approved by the previous high-level meetings of the General Assembly on the prevention and control of noncommunicable diseases held in ${years}`,
    '',
    '_______________',
    '',
    '1 Resolution 66/2, annex.',
    '',
    '2 Resolution 68/300.',
    '',
    '3 Resolution 73/2.',
  ];

  it('A/RES/80/117 annex paragraph 1: "held in 2011, 1 20142 and 2018;3" cites all three resolutions of the footnotes', () => {
    expect(marksOf(lines('2011, 1 20142 and 2018;3'))).toEqual(['OP1 1: Resolution 66/2, annex.', 'OP1 2: Resolution 68/300.', 'OP1 3: Resolution 73/2.']);
    const rel = relationsOf(lines('2011, 1 20142 and 2018;3')).OP1!;
    expect(rel).toEqual(expect.arrayContaining(['REAFFIRMS Resolution:A/RES/66/2', 'REAFFIRMS Resolution:A/RES/68/300', 'REAFFIRMS Resolution:A/RES/73/2']));
  });

  it('A/RES/80/117 annex paragraph 1: the three meetings "held in 2011, 1 20142 and 2018;3" are read as "held in 2011, 2014 and 2018" is', () => {
    const meetings = (years: string) =>
      relationsOf(lines(years))
        .OP1!.filter((r) => r.includes('Event:'))
        .sort();
    const meeting = 'REAFFIRMS Event:high-level meeting of the General Assembly on the prevention and control of non-communicable diseases';
    expect(meetings('2011, 1 20142 and 2018;3')).toEqual([`${meeting} @ 2011`, `${meeting} @ 2014`, `${meeting} @ 2018`]);
    expect(meetings('2011, 1 20142 and 2018;3')).toEqual(meetings('2011, 2014 and 2018;3'));
  });

  it('guard: a number after a year\'s comma before a year that goes on as a word is no mark ("for 2011, 1 2014 study")', () => {
    const text = lines('2011, 1 2014 study and 2018;3');
    expect(marksOf(text)).toEqual(['OP1 3: Resolution 73/2.']);
  });
});

describe('a declaration\'s commitment opened by a verb outside the table: a later base-form verb of the table opens a clause', () => {
  it('A/RES/80/117 annex paragraph 66: "Scale up, ..., financial resources dedicated to mental health, and acknowledge the World Health Organization’s support"', () => {
    const text =
      'Scale up, as appropriate and according to national contexts, financial resources dedicated to mental health, and acknowledge the World Health Organization’s support to Member States in their efforts to address mental health and well-being and neurodevelopmental conditions, such as autism spectrum disorder;';
    expect(relations(text)).toEqual(['ACKNOWLEDGES Organization:World Health Organization']);
  });

  it('A/RES/78/4 annex paragraph 75: "Improve availability ... and in this regard encourage the World Health Organization to continue its efforts"', () => {
    const text =
      'Improve availability, affordability and efficiency of health products by increasing transparency of prices of medicines, in accordance with national and regional legal frameworks and contexts, to address the global concern about the high prices of some health products and in this regard encourage the World Health Organization to continue its efforts;';
    expect(relations(text)).toEqual(['ENCOURAGES Organization:World Health Organization']);
  });

  it('guard: its participles stay adjuncts ("Take measures ..., and supporting and training community health groups ..., as well as in the implementation of the International Health Regulations (2005)", A/RES/78/3 annex 72)', () => {
    const text =
      'Take measures to enhance the resilience of national health systems, including by integrating disaster risk management into primary health care, and supporting and training community health groups in disaster risk reduction approaches in health programmes, as well as in the implementation of the International Health Regulations (2005) of the World Health Organization;';
    expect(relations(text).filter((r) => r.startsWith('SUPPORTS'))).toEqual([]);
  });

  it('guard: a paragraph opened by a noun is no commitment ("Member States ..., and acknowledge")', () => {
    const text = 'Member States are invited to report on their efforts, and acknowledge the World Health Organization’s support;';
    expect(relations(text).filter((r) => r.startsWith('ACKNOWLEDGES'))).toEqual([]);
  });
});

describe('a sitting\'s venue set off by a comma, then its year: ", in <place> in <year>"', () => {
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/133', date: '2023-12-19' };
  const { attributions } = oneParagraph({ ctx: GA78, kind: 'preambular' });

  it('A/RES/78/133 PP8: "looking forward to the convening of the fourth World Conference on Creative Economy, in Uzbekistan in 2024"', () => {
    const text =
      'Noting with appreciation the promotion of the creative economy through various international and regional efforts, including the third World Conference on Creative Economy, held in Bali in 2022, and looking forward to the convening of the fourth World Conference on Creative Economy, in Uzbekistan in 2024,';
    expect(attributions(text)).toEqual(
      expect.arrayContaining(['HELD_IN Event:Fourth World Conference on Creative Economy -> Place:Uzbekistan', 'STARTS_ON Event:Fourth World Conference on Creative Economy -> Date:2024']),
    );
  });

  it('guard: not words set off by a comma that are no venue ("the fourth World Conference on Creative Economy, in particular its preparations in 2024")', () => {
    const text = 'Looking forward to the fourth World Conference on Creative Economy, in particular its preparations in 2024,';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON') || a.startsWith('HELD_IN'))).toEqual([]);
  });
});

describe('the global action plan on antimicrobial resistance, printed lowercase, is the Framework named so when capitalised', () => {
  it('A/RES/80/117 annex paragraph 24: "aligning, as appropriate, with the global action plan on antimicrobial resistance"', () => {
    const text =
      'Recognize the threat and challenge posed by antimicrobial resistance in the treatment of certain noncommunicable diseases, and the need for integrated policies and strategies that promote disease prevention and safeguard the reliable access, stewardship and effectiveness of antimicrobials across health systems aligning, as appropriate, with the global action plan on antimicrobial resistance;';
    expect(relations(text)).toEqual(['RECOGNIZES Framework:Global Action Plan on Antimicrobial Resistance']);
  });

  it('A/RES/79/2 annex paragraph 25: "to update the Global Action Plan on Antimicrobial Resistance by 2026" is the same node', () => {
    const text = 'Request the Quadripartite organizations, in consultation with Member States, to update the Global Action Plan on Antimicrobial Resistance by 2026;';
    expect(relations(text)).toContain('REQUESTS Framework:Global Action Plan on Antimicrobial Resistance');
  });

  it('guard: another action plan on the same topic keeps its own name ("national action plans on antimicrobial resistance")', () => {
    const text = 'Encourage Member States to implement their national action plans on antimicrobial resistance;';
    expect(relations(text).filter((r) => r.includes('Antimicrobial'))).toEqual([]);
  });
});

describe('"the political declarations of the high-level meetings on <topic> [held] in <year>, on <topic> in <year> ...": one per meeting and year', () => {
  it('A/RES/80/117 annex paragraph 5: "on universal health coverage held in 2019 4 and 2023, 5 on pandemic prevention, preparedness and response in 2023,6 ..."', () => {
    const text =
      'Recall the political declarations of the high-level meetings of the General Assembly on universal health coverage held in 2019 4 and 2023, 5 on pandemic prevention, preparedness and response in 2023,6 on the fight against tuberculosis in 20237 and on antimicrobial resistance in 2024,8 as appropriate;';
    expect(relations(text)).toEqual([
      'RECALLS Framework:Political declaration of the high-level meeting on universal health coverage (2019)',
      'RECALLS Framework:Political declaration of the high-level meeting on universal health coverage (2023)',
      'RECALLS Framework:Political declaration of the high-level meeting on pandemic prevention, preparedness and response (2023)',
      'RECALLS Framework:Political declaration of the high-level meeting on the fight against tuberculosis (2023)',
      'RECALLS Framework:Political declaration of the high-level meeting on antimicrobial resistance (2024)',
      // (turned by aud68a: one meeting per topic and year, the clause's target, as session 64 reads a list dated before its plural)
      'RECALLS Event:high-level meeting of the General Assembly on universal health coverage @ 2019',
      'RECALLS Event:high-level meeting of the General Assembly on universal health coverage @ 2023',
      'RECALLS Event:high-level meeting of the General Assembly on pandemic prevention, preparedness and response @ 2023',
      'RECALLS Event:high-level meeting of the General Assembly on the fight against tuberculosis @ 2023',
      'RECALLS Event:high-level meeting of the General Assembly on antimicrobial resistance @ 2024',
    ]);
  });

  it('guard: the undated list keeps its undated keys ("on pandemic prevention, preparedness and response, on universal health coverage and on the fight against tuberculosis", A/RES/79/263 OP5)', () => {
    const text =
      'Recalls the political declarations of the high-level meetings on pandemic prevention, preparedness and response, on universal health coverage and on the fight against tuberculosis, as reflected in its resolutions;';
    expect(relations(text).filter((r) => r.includes('Political declaration'))).toEqual([
      'RECALLS Framework:Political declaration of the high-level meeting on pandemic prevention, preparedness and response',
      'RECALLS Framework:Political declaration of the high-level meeting on universal health coverage',
      'RECALLS Framework:Political declaration of the high-level meeting on the fight against tuberculosis',
    ]);
  });

  it('guard: one meeting dated is no list ("the political declarations of the high-level meetings on health held in 2023")', () => {
    const text = 'Recalls the political declarations of the high-level meetings on health held in 2023;';
    expect(relations(text).filter((r) => r.includes('Political declaration'))).toEqual([]);
  });
});

describe('treaty and agreement names read whole (files audited beyond the task: A/RES/78/37, A/RES/79/4)', () => {
  const { keys } = oneParagraph({ ctx: GA, kind: 'preambular' });

  it('A/RES/78/37 PP7: "the relevance and value of the Treaty on Conventional Armed Forces in Europe, 1 which is a cornerstone of European security"', () => {
    const text =
      'Noting with particular interest the initiatives taken in this regard in different regions of the world, and recognizing, in the context of this subject, the relevance and value of the Treaty on Conventional Armed Forces in Europe, 1 which is a cornerstone of European security,';
    expect(relations(text, 'preambular')).toEqual(['RECOGNIZES Framework:Treaty on Conventional Armed Forces in Europe']);
    expect(keys(text, 'Place:')).toEqual([]);
  });

  it('guard: Europe elsewhere stays a place ("conventional arms control in Europe")', () => {
    expect(keys('Noting the proposals for conventional arms control in Europe,', 'Place:')).toEqual(['Place:Europe']);
  });

  it('A/RES/79/4 PP4 (78/8, 80/7): "the Agreement governing the relationship between the United Nations and the Agency"', () => {
    const text =
      'Recognizing also the cooperation between the United Nations and the Agency and the Agreement governing the relationship between the United Nations and the Agency as approved by the General Conference of the Agency on 23 October 1957,';
    expect(relations(text, 'preambular')).toContain('RECOGNIZES Framework:Agreement governing the relationship between the United Nations and the International Atomic Energy Agency');
  });
});
