// Misses found by the session-24 audit aud24i: A/RES/78/4 (political declaration of the high-level meeting on universal
// health coverage, 2023), A/RES/80/8 (Olympic Truce), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const UHC: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/4', date: '2023-10-05' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: UHC, kind: 'operative' });

/** A/RES/78/4 OP1: the 2023 meeting, dated, named first */
const OP1 =
  'Adopts the political declaration of the high-level meeting on universal health coverage, held on 21 September 2023 in accordance with its resolution 75/315 of 17 August 2021, as contained in the annex to the present resolution.';
const MEETING = 'Event:high-level meeting on universal health coverage';
const DECLARATION = 'Framework:Political declaration of the high-level meeting on universal health coverage';

/** a context that has read A/RES/78/4 OP1 */
function afterOp1(): RecognizeContext {
  const ctx = { ...UHC };
  extract(OP1, 'operative', ctx);
  return ctx;
}

describe('a year printed after a sitting\'s name with "of" is its year', () => {
  it('A/RES/78/4 annex OP45: "the political declaration of the high-level meeting on universal health coverage of 2019", after the 2023 meeting', () => {
    const text =
      'We commit to scale up our efforts and further implement the political declaration of the high-level meeting on universal health coverage of 2019 and to achieve the health-related Sustainable Development Goals and targets through the following actions:';
    const ctx = afterOp1();
    expect(keys(text, 'Framework:Political', 'operative', ctx)).toEqual([`${DECLARATION} (2019)`]);
    expect(attributions(text, 'operative', ctx)).toContain(`ADOPTED ${MEETING} @ 2019 -> ${DECLARATION} (2019)`);
  });

  it('A/RES/78/4 annex OP0: "... on universal health coverage, entitled “Universal health coverage: moving together to build a healthier world”, of 2019"', () => {
    const text =
      'We, Heads of State and Government and representatives of States and Governments, are assembled at the United Nations on 21 September 2023 to undertake a comprehensive review of the implementation of the political declaration of the high-level meeting on universal health coverage, entitled “Universal health coverage: moving together to build a healthier world”, of 2019, and to identify gaps and solutions to accelerate progress towards the achievement of universal health coverage by 2030, and in this regard we:';
    const ctx = afterOp1();
    const adopted = attributions(text, 'operative', ctx).filter((a) => a.startsWith('ADOPTED '));
    // (the title is the 2019 declaration's, one node with it: aud26a)
    expect(adopted).toEqual([`ADOPTED ${MEETING} @ 2019 -> ${DECLARATION} (2019)`]);
  });

  it('A/RES/79/1 annex II PP3: "the political declaration of the Sustainable Development Goals Summit of 2023" is the 2023 summit', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/1', date: '2024-09-22' };
    const text =
      'Reaffirming also our commitments to the 2030 Agenda for Sustainable Development, including the political declaration of the Sustainable Development Goals Summit of 2023, and our pledge to future generations,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual(['Event:Sustainable Development Goals Summit @ 2023']);
  });

  it('guard: the meeting named without a year is the one the resolution dated before (A/RES/80/190 PP13 form, after OP1)', () => {
    const text = 'Recalls the political declaration of the high-level meeting on universal health coverage;';
    const ctx = afterOp1();
    expect(keys(text, 'Framework:Political', 'operative', ctx)).toEqual([`${DECLARATION} (2023)`]);
  });

  it('guard: a day after "of" right after a document named before the sitting stays the document\'s ("the outcome document of the Durban Review Conference of 24 April 2009")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/234', date: '2023-12-22' };
    const text = 'Recalls the outcome document of the Durban Review Conference of 24 April 2009;';
    expect(keys(text, 'Event:Durban', 'operative', ctx)).not.toContain('Event:Durban Review Conference @ 2009');
  });

  it('guard: the Sustainable Development Goals Summit printed alone stays the series', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/1', date: '2024-09-22' };
    expect(keys('Recalls the Sustainable Development Goals Summit;', 'Event:', 'operative', ctx)).toEqual(['Event:Sustainable Development Goals Summit']);
  });
});

// Merged with fix24, which keys such a meeting as that year's sitting of the series the resolution's OP1 adopts the declaration
// of (else of the meeting named last): never the earlier sitting named before.
describe('"the high-level meeting to be convened in <year>" is not the meeting named before', () => {
  const OP108 =
    'Request the Secretary-General to provide, in consultation with the World Health Organization and other relevant agencies, a progress report during the seventy-ninth session of the General Assembly, and a report including recommendations on the implementation of the present declaration towards achieving universal health coverage during the eighty-first session of the General Assembly, which will serve to inform the high-level meeting to be convened in 2027;';

  it('A/RES/78/4 annex OP108, after the 2023 meeting: the 2027 meeting, not the 2023 one', () => {
    const ctx = afterOp1();
    expect(keys(OP108, 'Event:high', 'operative', ctx)).toEqual([`${MEETING} @ 2027`]);
  });

  it('A/RES/79/2 annex OP105 (on antimicrobial resistance): "... to be convened in 2029" is not the 2023 meeting on tuberculosis named before', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/2', date: '2024-10-07' };
    extract(
      'Recall the political declaration of the high-level meeting on the fight against tuberculosis, held in New York on 22 September 2023;',
      'operative',
      ctx,
    );
    const text =
      'Request the Secretary-General to provide a progress report during the eighty-first session of the General Assembly, which will serve to inform the high-level meeting to be convened in 2029;';
    expect(keys(text, 'Event:high', 'operative', ctx).filter((k) => !k.endsWith(' @ 2029'))).toEqual([]);
  });

  it('guard: the year of the meeting named before keeps it', () => {
    const ctx = afterOp1();
    expect(keys('Requests the Secretary-General to report to the high-level meeting to be convened in 2023;', 'Event:', 'operative', ctx)).toEqual([`${MEETING} @ 2023`]);
  });

  it('guard: "the high-level meeting" with no year is the one named before', () => {
    const ctx = afterOp1();
    expect(keys('Requests the President of the General Assembly to organize the high-level meeting;', 'Event:high', 'operative', ctx)).toEqual([`${MEETING} @ 2023`]);
  });
});

describe("a declaration's verb in the first person plural names no body", () => {
  it('A/RES/78/4 annex OP7: "Recall World Health Assembly resolution 76.4 of 30 May 2023, entitled “...”"', () => {
    const text =
      'Recall World Health Assembly resolution 76.4 of 30 May 2023, entitled “Preparation for the high-level meeting of the United Nations General Assembly on universal health coverage”;';
    expect(keys(text, 'Resolution:')).toEqual(['Resolution:World Health Assembly resolution 76.4']);
    expect(relations(text)).toContain('RECALLS Resolution:World Health Assembly resolution 76.4');
  });

  it('"Welcome United Nations Environment Assembly resolution 5/5"', () => {
    expect(keys('Welcome United Nations Environment Assembly resolution 5/5 of 2 March 2022;', 'Resolution:')).toEqual(['Resolution:United Nations Environment Assembly resolution 5/5']);
  });

  it('guard: "Reaffirm General Assembly resolution 70/1" (A/RES/78/4 annex OP3) stays the Assembly\'s', () => {
    expect(keys('Reaffirm General Assembly resolution 70/1 of 25 September 2015;', 'Resolution:')).toEqual(['Resolution:A/RES/70/1']);
  });

  it('guard: "Recalls World Health Assembly resolution 76.4" still read', () => {
    expect(keys('Recalls World Health Assembly resolution 76.4 of 30 May 2023;', 'Resolution:')).toEqual(['Resolution:World Health Assembly resolution 76.4']);
  });
});

describe('two initiatives printed side by side are two', () => {
  it('A/RES/78/4 annex OP102: "the Global Action Plan for Healthy Lives and Well-being for All and UHC2030"', () => {
    const text =
      'Promote strong global partnerships with all relevant stakeholders, building on existing health-related initiatives and global networks such as the Global Action Plan for Healthy Lives and Well-being for All and UHC2030, which launched the UHC Action Agenda in March 2023;';
    const k = extract(text).mentions.map((m) => m.key);
    expect(k).toContain('Initiative:Global Action Plan for Healthy Lives and Well-being for All');
    expect(k).toContain('Initiative:UHC2030');
    expect(k.some((x) => x.includes('and UHC2030'))).toBe(false);
    // (guard: the agenda UHC2030 launched stays a framework of its own)
    expect(k).toContain('Framework:UHC Action Agenda');
  });

  it('the Global Action Plan named alone', () => {
    expect(relations('Welcomes the Global Action Plan for Healthy Lives and Well-being for All;')).toEqual([
      'WELCOMES Initiative:Global Action Plan for Healthy Lives and Well-being for All',
    ]);
  });
});
