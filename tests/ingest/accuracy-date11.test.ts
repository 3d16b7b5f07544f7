// Session 11, dates: ranges of years wherever printed ("the period 2024–2034", "Sendai Framework for Disaster Risk
// Reduction 2015–2030"), years after more lead words ("programme budget for 2024", "no later than 2026", "by the end of
// 2024", "that 2026 will mark"), years listed after a year ("in 2025, 2026 and 2027"), days printed without their year
// before a dated day of the same list ("from 14 to 25 April and from 18 to 29 August 2025"), and the decades those
// ranges date. Corpus-wide (corpus-ga + corpus + seeds): +1590 Date mentions, +71 STARTS_ON, +71 ENDS_ON.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../ingest/recognize/dates.js';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { GraphBuilder } from '../../graph/build.js';
import { citingResolution, paragraph } from '../graph/fixtures.js';

/** the Date keys of a sentence, with the role of each date of a range */
const dates = (text: string): string[] => findDates(text, {}).map((m) => `${m.attrs.iso as string}${m.attrs.role ? `/${m.attrs.role as string}` : ''}`);

function attributions(text: string): string[] {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/999', date: '2025-12-15' };
  const px = extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
  return px.attributions.filter((a) => a.type === 'STARTS_ON' || a.type === 'ENDS_ON').map((a) => `${a.type} ${a.source} -> ${a.target}`);
}

describe('a range of years is two dates wherever it is printed', () => {
  it('A/RES/78/119 OP19: after a name, no bracket or comma ("the Sendai Framework for Disaster Risk Reduction 2015–2030")', () => {
    expect(dates('Reaffirms the importance of implementing the Sendai Framework for Disaster Risk Reduction 2015–2030 to ensure the substantial reduction of disaster risk')).toEqual([
      '2015/start',
      '2030/end',
    ]);
  });

  it('A/RES/78/16 OP4: before a noun ("the 2021–2025 open-ended working group and no later than 2026")', () => {
    expect(dates('upon the conclusion of the 2021–2025 open-ended working group and no later than 2026, that will be permanent')).toEqual(['2021/start', '2025/end', '2026']);
  });

  it('A/RES/79/135 OP9: a non-breaking hyphen ("Central European Initiative Plan of Action 2024‑2026")', () => {
    expect(dates('in line with the Central European Initiative Plan of Action 2024\u20112026, aimed at enhancing solidarity and cooperation')).toEqual(['2024/start', '2026/end']);
  });

  it('A/RES/78/163 PP1: a space after the dash, and a footnote mark glued to the later year', () => {
    const text =
      'Recalling the Vienna Declaration,1 the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–20242 and the Political Declaration of the High-level Midterm Review on the Implementation of the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014– 2024,3';
    expect(dates(text)).toEqual(['2014/start', '2024/end', '2014/start', '2024/end']);
  });

  it('A/RES/78/160 PP12: "proclaiming the period 2024–2034 the International Decade ...": the Decade starts and ends then', () => {
    const text =
      'Recalling its resolution 77/326 of 25 August 2023 proclaiming the period 2024–2034 the International Decade on Sciences for Sustainable Development, which highlighted the critical role that sciences play';
    expect(dates(text)).toEqual(['2023-08-25', '2024/start', '2034/end']);
    expect(attributions(text)).toEqual([
      // (the Decade as resolution 77/326 names it, "of Sciences", whichever word this text prints: names12)
      'STARTS_ON Event:International Decade of Sciences for Sustainable Development -> Date:2024',
      'ENDS_ON Event:International Decade of Sciences for Sustainable Development -> Date:2034',
    ]);
  });

  it('A/RES/80/132 OP1: the years right after the decade\'s name, no bracket ("Decade of Sustainable Transport 2026–2035 at")', () => {
    const text =
      'Welcomes the official launch of the United Nations Decade of Sustainable Transport 2026–2035 at United Nations Headquarters in New York, on 10 December 2025, as well as the commencement of the implementation plan for the Decade';
    expect(attributions(text)).toEqual(
      expect.arrayContaining([
        'STARTS_ON Event:Decade of Sustainable Transport -> Date:2026',
        'ENDS_ON Event:Decade of Sustainable Transport -> Date:2035',
      ]),
    );
  });

  it('negative, A/RES/79/185 PP14 and A/RES/78/30 OP4: a Security Council resolution and years that qualify a name are no dates', () => {
    expect(dates('in line with Security Council resolution 2254 (2015), recalling the importance')).toEqual([]);
    expect(dates('Notes that the 2000 and 2010 Review Conferences agreed that legally binding security assurances')).toEqual([]);
    expect(dates('the 2030 Agenda for Sustainable Development and Agenda 2063 of the African Union')).toEqual([]);
  });

  it('negative: numbers counted, and ranges too long or backwards, are no dates', () => {
    expect(dates('Recalling its resolutions 2020–2025 and paragraphs 1990–1995')).toEqual([]);
    expect(dates('the period 1950–2030 and the period 2030–2021')).toEqual([]);
  });
});

describe('a year after more lead words is a date', () => {
  it('A/RES/78/252 OP32: a budget year ("the staffing table for 2024 shall be")', () => {
    expect(dates('Also decides that the staffing table for 2024 shall be as set out in the annex to the present resolution;')).toEqual(['2024']);
  });

  it('A/RES/78/69 OP220 and A/RES/78/138 OP37: "by the end of 2024,113", "during the first half of 2024"', () => {
    expect(dates('with the ambition of completing its work by the end of 2024,113 and notes that the committee held')).toEqual(['2024']);
    expect(dates('an informal interactive dialogue of the Assembly on commodity markets during the first half of 2024 to review world commodity trends')).toEqual(['2024']);
  });

  it('A/RES/78/233 OP50: "the proposed programme budget for the year 2025"', () => {
    expect(dates('in the context of the proposed programme budget for the year 2025;')).toEqual(['2025']);
  });

  it('A/RES/78/127 PP6: "Noting that 2026 will mark the twenty-fifth anniversary"', () => {
    expect(dates('Noting that 2026 will mark the twenty-fifth anniversary of the International Year of Volunteers')).toEqual(['2026']);
  });

  it('A/RES/79/249 OP18: years listed after a year ("for the calendar years 2025, 2026 and 2027")', () => {
    expect(dates('a portion of the contributions of Member States for the calendar years 2025, 2026 and 2027 in currencies other than the United States dollar')).toEqual([
      '2025',
      '2026',
      '2027',
    ]);
  });

  it('A/RES/79/40 OP8: a bracket after the year that holds no year ("in 2026 (10 meetings)")', () => {
    expect(dates('a one-week biennial meeting of States in 2026 (10 meetings) and a one-week biennial meeting of States in 2028 (10 meetings), to consider')).toEqual(['2026', '2028']);
  });

  it('A/RES/78/279 OP1 and A/RES/78/232 OP29: "Decides to declare 2026", "to designate 2024": the Year starts then', () => {
    expect(dates('Decides to declare 2026 the International Year of the Woman Farmer;')).toEqual(['2026']);
    expect(attributions('Decides to designate 2024 as the second International Year of Small Island Developing States;')).toEqual([
      'STARTS_ON Event:Second International Year of Small Island Developing States -> Date:2024',
    ]);
  });

  it('A/RES/78/61 OP5 and A/RES/78/36 PP5: the year of a session ("at its 2024 session", "at its 1993 substantive session,2")', () => {
    expect(dates('to commence substantive work, including negotiations, at its 2024 session;')).toEqual(['2024']);
    expect(dates('the guidelines and recommendations adopted by the Disarmament Commission at its 1993 substantive session,2')).toEqual(['1993']);
  });

  it('A/RES/78/154 PP10: a range after "the" stays a range ("the 2018–2030 Strategic Framework")', () => {
    expect(dates('Recalling the adoption of the 2018–2030 Strategic Framework of the Convention')).toEqual(['2018/start', '2030/end']);
  });

  it('negative, A/RES/78/156 PP13 and A/RES/78/130 PP4: a programme named "(ESD for 2030)", a year before any other noun', () => {
    expect(dates('Development Goals” (ESD for 2030), endorsed by the General Conference')).toEqual([]);
    expect(dates('Recalling also the 2023 political declaration of the high-level meeting')).toEqual([]);
  });

  it('negative: "than" only after "later", "earlier" or "sooner" ("no later than 2026", not "more than 2000 people")', () => {
    expect(dates('an estimated more than 2000 people were displaced, and no later than 2026')).toEqual(['2026']);
  });

  it('negative, A/RES/79/35 OP14: a list after a year that is no date ("at its 1995, 2000 and 2010 Review Conferences")', () => {
    expect(dates('by the States parties to the Treaty on the Non-Proliferation of Nuclear Weapons at its 1995, 2000 and 2010 Review Conferences, taking into account')).toEqual([]);
  });
});

describe('days printed without their year take the year of the dated day their list ends with', () => {
  it('A/RES/79/271 OP1: "from 14 to 25 April and from 18 to 29 August 2025, respectively"', () => {
    expect(dates('convene the first and second sessions of the Preparatory Commission from 14 to 25 April and from 18 to 29 August 2025, respectively')).toEqual([
      '2025-04-14/start',
      '2025-04-25/end',
      '2025-08-18/start',
      '2025-08-29/end',
    ]);
  });

  it('A/RES/78/94 PP12: "held from 12 to 30 September and on 21 October 2011,3"', () => {
    expect(dates('submitted to the Human Rights Council at its eighteenth session, held from 12 to 30 September and on 21 October 2011,3 following his visit to the Territory in February 2011')).toEqual([
      '2011-09-12/start',
      '2011-09-30/end',
      '2011-10-21',
      '2011-02',
    ]);
  });

  it('A/RES/79/78 OP10: a list of three ("on 15 and 16 March, from 7 to 18 August and from 4 to 8 December 2023")', () => {
    expect(dates('the Working Group has so far convened four sessions in Geneva, on 15 and 16 March, from 7 to 18 August and from 4 to 8 December 2023 and from 19 to 23 August 2024, respectively')).toEqual([
      '2023-03-15/start',
      '2023-03-16/end',
      '2023-08-07/start',
      '2023-08-18/end',
      '2023-12-04/start',
      '2023-12-08/end',
      '2024-08-19/start',
      '2024-08-23/end',
    ]);
  });

  it('A/RES/80/191 PP33: "held on 18 and 19 July and 17 and 18 October 2024"', () => {
    expect(dates('the two intersessional meetings on concrete ways to enhance the participation of Indigenous Peoples in the work of the Council, held on 18 and 19 July and 17 and 18 October 2024, convened')).toEqual([
      '2024-07-18/start',
      '2024-07-19/end',
      '2024-10-17/start',
      '2024-10-18/end',
    ]);
  });

  it('A/RES/78/62 OP8: the year printed first ("during 2024, namely from 1 to 19 April, and an organizational session at the beginning of 2024")', () => {
    expect(dates('to hold a substantive session for a period not exceeding three weeks during 2024, namely from 1 to 19 April, and an organizational session at the beginning of 2024 before the substantive session')).toEqual([
      '2024',
      '2024-04-01/start',
      '2024-04-19/end',
      '2024',
    ]);
  });

  it('the shape of A/RES/80/191 PP33 with a range led by "to" ("held from 2 to 5 June and 30 June 2024", not in the corpora): the range stays whole', () => {
    expect(dates('two intersessional meetings, held on 1 May, from 2 to 5 June and 30 June 2024, convened')).toEqual([
      '2024-05-01',
      '2024-06-02/start',
      '2024-06-05/end',
      '2024-06-30',
    ]);
  });

  it('negative, A/RES/78/158 OP22 and A/RES/78/232 OP37: a day of each year, and days parted from the dated one by other words', () => {
    expect(dates('Recalls its resolution 77/294 of 8 June 2023, in which 12 July of each year was proclaimed as International Day of Combating Sand and Dust Storms')).toEqual(['2023-06-08']);
    expect(dates('held from 24 to 26 July in Mauritius, from 8 to 10 August in Saint Vincent and the Grenadines and from 16 to 18 August 2023 in Cabo Verde')).toEqual(['2023-08-16/start', '2023-08-18/end']);
  });

  it('negative: a day that would fall after the dated one leaves the list undated ("on 15 December and from 10 to 12 January 2024")', () => {
    expect(dates('on 15 December and from 10 to 12 January 2024')).toEqual(['2024-01-10/start', '2024-01-12/end']);
  });
});

describe('a numbered conference dated right after its name takes those dates, even where it was later moved', () => {
  it('A/RES/78/315 PP1: "to convene the third United Nations Conference on Landlocked Developing Countries from 18 to 21 June 2024 in Kigali"', () => {
    const text =
      'Recalling its resolutions 76/217 of 17 December 2021, 77/246 of 30 December 2022 and 77/329 of 25 August 2023, in which the Assembly decided to convene the third United Nations Conference on Landlocked Developing Countries from 18 to 21 June 2024 in Kigali at the highest possible level, including Heads of State and Government,';
    expect(attributions(text)).toEqual([
      'STARTS_ON Event:Third United Nations Conference on Landlocked Developing Countries -> Date:2024-06-18',
      'ENDS_ON Event:Third United Nations Conference on Landlocked Developing Countries -> Date:2024-06-21',
    ]);
  });
});

describe('a Date node holds the date, not the role its first mention played in a range', () => {
  it('A/RES/79/271 OP1: "from 14 to 25 April and from 18 to 29 August 2025" makes Date nodes without "role"', () => {
    const ex = citingResolution();
    const text = 'convene the first and second sessions of the Preparatory Commission from 14 to 25 April and from 18 to 29 August 2025, respectively';
    const mentions = findDates(text, {});
    expect(mentions.map((m) => m.attrs.role)).toEqual(['start', 'end', 'start', 'end']);
    ex.paragraphs.push({ paragraph: paragraph('OP2', text), mentions, clauses: [], relations: [], attributions: [] });
    const b = new GraphBuilder();
    b.addResolution(ex);
    const g = b.finalize();
    expect(g.getNodeAttributes('Date:2025-04-14')).toEqual({ kind: 'Date', name: '2025-04-14', iso: '2025-04-14', year: 2025, month: 4, day: 14 });
    expect(g.getNodeAttributes('Date:2025-08-29')).toEqual({ kind: 'Date', name: '2025-08-29', iso: '2025-08-29', year: 2025, month: 8, day: 29 });
  });
});
