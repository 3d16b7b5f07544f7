// fix25: event dates and sittings. A year alone adds no STARTS_ON to an event the resolution dates fully; "the next
// high-level meeting, to be convened in <year>" is that year's sitting of the series; "the <Sitting>s held in <year> and
// <year>" is one sitting per year. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext, ResolutionText } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/117', date: '2025-12-15' };
const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const para = (id: string, text: string): ParagraphText => ({ id, kind: /(?:^|\.)PP/.test(id) ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] });
const resolution = (symbol: string, paragraphs: ParagraphText[]): ResolutionText => ({ symbol, body: 'General Assembly', date: '2024-06-24', instrument: 'resolution', file: 'x.txt', paragraphs, headings: [] });
/** paragraph id -> its STARTS_ON/ENDS_ON attributions, over the whole resolution */
const datesByParagraph = (r: ResolutionText) =>
  Object.fromEntries(
    extractResolution(r).paragraphs.map((p) => [
      p.paragraph.id,
      p.attributions.filter((a) => a.type === 'STARTS_ON' || a.type === 'ENDS_ON').map((a) => `${a.type} ${a.source} -> ${a.target}`),
    ]),
  );

describe('a year alone is no date of an event the resolution dates fully', () => {
  const OP2 =
    'Welcomes the offer of the Kingdom of Morocco to host the Fourth Global Ministerial Conference on Road Safety, to be held from 18 to 20 February 2025 in Marrakech, which will serve to facilitate the scale-up of effective measures to address road safety;';
  const OP12 =
    'Encourages Member States and relevant stakeholders to support the United Nations Road Safety Fund, for which a pledging conference will be held alongside the Fourth Global Ministerial Conference on Road Safety, in 2025, and the replenishment, as appropriate, of the World Bank Global Road Safety Facility;';
  const EV = 'Event:Fourth Global Ministerial Conference on Road Safety';

  it('A/RES/78/290 OP12 after OP2: "alongside the Fourth Global Ministerial Conference on Road Safety, in 2025" adds no STARTS_ON 2025', () => {
    const dates = datesByParagraph(resolution('A/RES/78/290', [para('OP2', OP2), para('OP12', OP12)]));
    expect(dates.OP2).toEqual([`STARTS_ON ${EV} -> Date:2025-02-18`, `ENDS_ON ${EV} -> Date:2025-02-20`]);
    expect(dates.OP12).toEqual([]);
  });

  it('A/RES/80/8 OP1 after PP11: "the XIV Paralympic Winter Games, to be held in Milano-Cortina in 2026" after "6 to 15 March 2026"', () => {
    const pp11 =
      'Noting that the XIV Paralympic Winter Games will take place from 6 to 15 March 2026 in Milano-Cortina, Italy,';
    const op1 =
      'Urges Member States to observe the Olympic Truce individually and collectively, throughout the period from the seventh day before the start of the XXV Olympic Winter Games until the seventh day following the end of the XIV Paralympic Winter Games, to be held in Milano-Cortina in 2026;';
    const dates = datesByParagraph(resolution('A/RES/80/8', [para('PP11', pp11), para('OP1', op1)]));
    expect(dates.PP11!.some((d) => d.startsWith('STARTS_ON Event:XIV Paralympic Winter Games') && d.endsWith('Date:2026-03-06'))).toBe(true);
    expect(dates.OP1!.filter((d) => d.startsWith('STARTS_ON Event:XIV Paralympic Winter Games'))).toEqual([]);
  });

  it('guard: with no fuller date in the resolution, the year stays (A/RES/78/290 OP12 alone)', () => {
    const dates = datesByParagraph(resolution('A/RES/78/290', [para('OP12', OP12)]));
    expect(dates.OP12).toEqual([`STARTS_ON ${EV} -> Date:2025`]);
  });

  it('guard: a year other than the full date\'s stays (another claim, not the same date cut short)', () => {
    const op12 = OP12.replace('in 2025', 'in 2026');
    const dates = datesByParagraph(resolution('A/RES/78/290', [para('OP2', OP2), para('OP12', op12)]));
    expect(dates.OP12).toEqual([`STARTS_ON ${EV} -> Date:2026`]);
  });
});

describe('"the next high-level meeting, to be convened in <year>" is that year\'s sitting of the series', () => {
  const OP1 =
    'Adopts the following political declaration, as the outcome of intergovernmental negotiations in advance of and considered by the fourth high-level meeting of the General Assembly on the prevention and control of noncommunicable diseases and the promotion of mental health and well-being, held on 25 September 2025.';
  const OP81 =
    'Request the Secretary-General, in consultation with Member States and in collaboration with the World Health Organization, to submit to the General Assembly by the end of 2030 a progress report on the implementation of the present political declaration on the prevention and control of noncommunicable diseases and the promotion of mental health and well-being, which will serve to inform the next high-level meeting, to be convened in 2031.';
  // (the mention's key; the graph keys both sittings without "of the General Assembly", as it does OP1's)
  const SERIES = 'Event:high-level meeting of the General Assembly on the prevention and control of non-communicable diseases and the promotion of mental health and well-being';

  it('A/RES/80/117 annex OP81 after OP1: "the next high-level meeting, to be convened in 2031"', () => {
    const ctx = { ...GA };
    expect(keys(OP1, 'Event:', 'operative', ctx)).toEqual([`${SERIES} @ 2025`]);
    expect(keys(OP81, 'Event:', 'operative', ctx)).toEqual([`${SERIES} @ 2031`]);
    expect(relations(OP81, 'operative', ctx)).toContain(`REQUESTS ${SERIES} @ 2031`);
  });

  it('A/RES/78/3 annex OP77: "which will serve to inform a high-level meeting to be convened in 2026", after OP1 adopted the declaration', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/3', date: '2023-10-05' };
    extract(
      'Adopts the political declaration of the General Assembly high-level meeting on pandemic prevention, preparedness and response, held on 20 September 2023 in accordance with its resolution 77/275 of 24 February 2023, as contained in the annex to the present resolution.',
      'operative',
      ctx,
    );
    const op77 =
      'Request the Secretary-General to provide, in consultation with the World Health Organization and other relevant agencies, a report including recommendations on the implementation of the present declaration during the seventy-ninth session of the General Assembly, which will serve to inform a high-level meeting to be convened in 2026;';
    expect(keys(op77, 'Event:high-level', 'operative', ctx)).toEqual(['Event:high-level meeting of the General Assembly on pandemic prevention, preparedness and response @ 2026']);
  });

  it('guard: "a high-level meeting to be convened in 2026" with no declaration adopted names no sitting', () => {
    const op77 = 'Requests the Secretary-General to submit a report, which will serve to inform a high-level meeting to be convened in 2026;';
    expect(keys(op77, 'Event:', 'operative', { body: 'General Assembly', symbol: 'A/RES/78/300', date: '2024-06-24' })).toEqual([]);
  });

  it('guard: "the next high-level meeting" with no year after it names no sitting', () => {
    const ctx = { ...GA };
    extract(OP1, 'operative', ctx);
    expect(keys('Requests the Secretary-General to submit a report to inform the next high-level meeting;', 'Event:', 'operative', ctx)).toEqual([]);
  });
});

describe('"the <Sitting>s held in <year> and <year>": one sitting per year', () => {
  const OP8 =
    'We also reaffirm the intergovernmental commitments related to social development, including those in the political declarations of the Sustainable Development Goals Summits held in 2019 and 2023, as well as the relevant commitments in the Pact for the Future and its annexes.';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/5', date: '2025-11-04' };

  it('A/RES/80/5 annex OP8: "the Sustainable Development Goals Summits held in 2019 and 2023"', () => {
    expect(keys(OP8, 'Event:', 'operative', ctx).sort()).toEqual(['Event:Sustainable Development Goals Summit @ 2019', 'Event:Sustainable Development Goals Summit @ 2023']);
    const rels = relations(OP8, 'operative', ctx);
    expect(rels).toContain('REAFFIRMS Event:Sustainable Development Goals Summit @ 2019');
    expect(rels).toContain('REAFFIRMS Event:Sustainable Development Goals Summit @ 2023');
  });

  it('the singular form gives the same key ("the 2023 Sustainable Development Goals Summit")', () => {
    expect(keys('Recalls the political declaration of the 2023 Sustainable Development Goals Summit;', 'Event:', 'operative', ctx)).toEqual([
      'Event:Sustainable Development Goals Summit @ 2023',
    ]);
  });

  it('guard: a plural with no years after it names no sittings ("the Sustainable Development Goals Summits")', () => {
    expect(keys('Recalls the political declarations of the Sustainable Development Goals Summits;', 'Event:', 'operative', ctx)).toEqual([]);
  });

  it('guard: a bare head is no known sitting ("the two previous Review Conferences held in 2015 and 2022", A/RES/78/42 PP)', () => {
    expect(
      keys('Regretting that divergent views prevented a substantive outcome in the two previous Review Conferences held in 2015 and 2022,', 'Event:', 'preambular', ctx),
    ).toEqual([]);
  });
});
