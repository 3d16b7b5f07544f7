// Misses found by the session-33 audit aud33a: the Fifth Committee financing texts A/RES/78/309, 79/303, 79/304, 79/305,
// 78/301, 78/295, 79/299, 78/250 and the Working Capital Fund / unforeseen expenses texts 79/261, 80/246, 80/245, and the
// same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/309', date: '2024-06-28' };

const { extract, keys } = oneParagraph({ ctx: GA, kind: 'preambular' });

const subjectOf = (text: string, key: string, ctx?: RecognizeContext): unknown =>
  extract(text, 'preambular', ctx).mentions.find((m) => m.key === key)?.attrs?.subject;

describe('a subject that ends in a preposition runs on through the citation that is its object', () => {
  const PP4 =
    'Recalling further its resolution 63/275 A of 7 April 2009 on the financing of the activities arising from Security Council resolution 1863 (2009) and its subsequent resolutions thereon, the latest of which was resolution 77/315 of 30 June 2023,';

  it('A/RES/78/309 PP4: "on the financing of the activities arising from Security Council resolution 1863 (2009)"', () => {
    expect(subjectOf(PP4, 'Resolution:A/RES/63/275A')).toBe('the financing of the activities arising from Security Council resolution 1863 (2009)');
  });

  it('A/RES/78/309 PP4: the inner citation is still a citation of its own', () => {
    expect(keys(PP4, 'Resolution:')).toEqual(['Resolution:A/RES/63/275A', 'Resolution:S/RES/1863(2009)', 'Resolution:A/RES/77/315']);
  });

  it('A/RES/78/160 OP3 form: "Council resolution 2023/31 of 26 July 2023 on progress in the implementation of General Assembly resolution 75/233 on ..."', () => {
    const OP3 =
      'Recalls and reiterates the requests made in Economic and Social Council resolution 2023/31 of 26 July 2023 on progress in the implementation of General Assembly resolution 75/233 on the quadrennial comprehensive policy review of operational activities for development of the United Nations system, as well as those previously made in Council resolutions 2019/15 of 8 July 2019;';
    expect(subjectOf(OP3, 'Resolution:E/RES/2023/31')).toBe(
      'progress in the implementation of General Assembly resolution 75/233 on the quadrennial comprehensive policy review of operational activities for development of the United Nations system',
    );
    expect(keys(OP3, 'Resolution:', 'operative')).toEqual(['Resolution:E/RES/2023/31', 'Resolution:A/RES/75/233', 'Resolution:E/RES/2019/15']);
  });

  it('guard: a subject followed by "and its resolution ..." still ends before the "and"', () => {
    const text = 'Recalling its resolution 70/1 of 25 September 2015 on the 2030 Agenda and its resolution 72/279 of 31 May 2018,';
    expect(subjectOf(text, 'Resolution:A/RES/70/1')).toBe('the 2030 Agenda');
  });
});

describe('"concerning", "regarding" and "relating to" after a cited resolution introduce its subject, like "on"', () => {
  it('A/RES/79/303 PP2: "Security Council resolution 186 (1964) of 4 March 1964 regarding the establishment of the United Nations Peacekeeping Force in Cyprus"', () => {
    const PP2 =
      'Recalling Security Council resolution 186 (1964) of 4 March 1964 regarding the establishment of the United Nations Peacekeeping Force in Cyprus and the subsequent resolutions by which the Council extended the mandate of the Force, the latest of which was resolution 2771 (2025) of 31 January 2025,';
    expect(subjectOf(PP2, 'Resolution:S/RES/186(1964)')).toBe('the establishment of the United Nations Peacekeeping Force in Cyprus');
  });

  it('A/RES/79/261 OP5 (b): "resolution 79/260 of 24 December 2024 relating to unforeseen and extraordinary expenses for 2025"', () => {
    const OP5 =
      'Such sums as may be necessary to finance commitments that may be duly authorized under the provisions of the resolutions adopted by the General Assembly, in particular resolution 79/260 of 24 December 2024 relating to unforeseen and extraordinary expenses for 2025; the Secretary-General shall make provision in the budget estimates;';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/261', date: '2024-12-24' };
    expect(subjectOf(OP5, 'Resolution:A/RES/79/260', ctx)).toBe('unforeseen and extraordinary expenses for 2025');
  });

  it('A/RES/78/295 PP3: "its resolution 56/292 of 27 June 2002 concerning the establishment of the strategic deployment stocks"', () => {
    const PP3 =
      'Recalling further its resolution 56/292 of 27 June 2002 concerning the establishment of the strategic deployment stocks and its subsequent resolutions on the status of the implementation of the strategic deployment stocks, the latest of which was resolution 77/305,';
    expect(subjectOf(PP3, 'Resolution:A/RES/56/292')).toBe('the establishment of the strategic deployment stocks');
  });

  it('A/RES/78/62 form: "decision 52/492 of 8 September 1998 concerning the efficient functioning of the Commission and Assembly resolution 61/98"', () => {
    const text =
      'Recalling its decision 52/492 of 8 September 1998 concerning the efficient functioning of the Commission and Assembly resolution 61/98, which contains recommendations,';
    expect(subjectOf(text, 'Resolution:A/DEC/52/492')).toBe('the efficient functioning of the Commission');
  });

  it('guard: "the Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism" is the committee\'s subject', () => {
    const text =
      'Noting the role of the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism in monitoring the implementation of that resolution,';
    expect(subjectOf(text, 'Resolution:S/RES/1373(2001)')).toBeUndefined();
  });

  it('guard: "regarding" after a cited resolution\'s comma is no subject ("resolution 1244 (1999), regarding which ...")', () => {
    const text = 'Recalling Security Council resolution 1244 (1999) of 10 June 1999, regarding the situation in the region,';
    expect(subjectOf(text, 'Resolution:S/RES/1244(1999)')).toBeUndefined();
  });
});

describe('a town\'s country after a comma stays in the subject', () => {
  it('A/RES/79/299 PP1: "its resolutions 69/307 of 25 June 2015 concerning the financing of the Regional Service Centre in Entebbe, Uganda, and its subsequent resolutions"', () => {
    const PP1 =
      'Recalling its resolutions 69/307 of 25 June 2015 concerning the financing of the Regional Service Centre in Entebbe, Uganda, and its subsequent resolutions thereon, the latest of which was resolution 78/294 of 28 June 2024,';
    expect(subjectOf(PP1, 'Resolution:A/RES/69/307')).toBe('the financing of the Regional Service Centre in Entebbe, Uganda');
  });

  it('A/RES/78/295 PP2: "its decision 50/500 of 17 September 1996 on the financing of the United Nations Logistics Base at Brindisi, Italy, and ..."', () => {
    const PP2 =
      'Recalling also its decision 50/500 of 17 September 1996 on the financing of the United Nations Logistics Base at Brindisi, Italy, and its subsequent resolutions thereon, the latest of which was resolution 77/305 of 30 June 2023,';
    expect(subjectOf(PP2, 'Resolution:A/DEC/50/500')).toBe('the financing of the United Nations Logistics Base at Brindisi, Italy');
  });

  it('guard: a capitalised word after a comma that follows no "in/at <Town>" still ends the subject', () => {
    const text = 'Recalling its resolution 77/84 of 7 December 2022 on the Regional Centre, Geneva, and its resolution 76/60,';
    expect(subjectOf(text, 'Resolution:A/RES/77/84')).toBe('the Regional Centre');
  });
});
