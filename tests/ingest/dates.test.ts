// Dates as the genre prints them, eyecite style: sentence -> ISO dates expected.
// Sentences are quoted from the seed ECOSOC report, corpus-ga and the Security Council corpus.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, isoDate, parseDateRange, parseSingleDate } from '../../ingest/recognize/dates.js';

const isos = (text: string): string[] => findDates(text, {}).map((m) => m.attrs.iso as string);

describe('findDates: single dates with the precision printed', () => {
  const cases: [string, string[]][] = [
    ['Recalling also its resolution 2006/46 of 28 July 2006 on the follow-up to the World Summit', ['2006-07-28']],
    ['Recommendation on the Ethics of Artificial Intelligence, adopted on 23 November 2021,', ['2021-11-23']],
    ['entitled Governing Artificial Intelligence for Humanity, issued in September 2024;', ['2024-09']],
    ['to be held in New York in December 2025, welcomes the road map', ['2025-12']],
    ['to organize, during its twenty-eighth session, in 2025, substantive discussions', ['2025']],
    ['to provide universal and affordable access to the Internet in least developed countries by 2020,', ['2020']],
    ['the Working Group held five meetings between September 2016 and January 2018,', ['2016-09', '2018-01']],
    ['unless Iraq on or before 15 January 1991 fully implements', ['1991-01-15']],
    ['by 15 Apri] 1991 (OCR slip in the Security Council text)', ['1991-04-15']],
    ['the appeal launched by the International Olympic Committee on 21 July 1992 for an Olympic Truce', ['1992-07-21']],
    ['since mid-2025 the number has grown', ['2025']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(isos(text)).toEqual(expected);
  });
});

describe('findDates: ranges give a start and an end sharing the printed span', () => {
  const cases: [string, string[], string][] = [
    ['held from 7 to 11 April 2025, and the concluded work of the Commission', ['2025-04-07', '2025-04-11'], '7 to 11 April 2025'],
    ['hosted by the Government of Ghana and UNESCO on 1 and 2 October 2024, which served as a platform', ['2024-10-01', '2024-10-02'], '1 and 2 October 2024'],
    ['its Plenipotentiary Conference in Bucharest from 26 September to 14 October 2022, at which', ['2022-09-26', '2022-10-14'], '26 September to 14 October 2022'],
    ['convened by the International Telecommunication Union in Dubai, United Arab Emirates, from 20 November to 15 December 2023;', ['2023-11-20', '2023-12-15'], '20 November to 15 December 2023'],
    ['Records of the General Conference, Forty-first Session, Paris, 9–24 November 2021, vol. 1', ['2021-11-09', '2021-11-24'], '9–24 November 2021'],
    ['on 23 and 24 September 2024 on the theme “Metrics to action”', ['2024-09-23', '2024-09-24'], '23 and 24 September 2024'],
    ['held in Istanbul, Turkey, on 23 and 24 May 2016,', ['2016-05-23', '2016-05-24'], '23 and 24 May 2016'],
    ['Noting that the Games of the XXXIII Olympiad will be held from 26 July to 11 August 2024', ['2024-07-26', '2024-08-11'], '26 July to 11 August 2024'],
    ['from 26 December to 4 January 2025', ['2024-12-26', '2025-01-04'], '26 December to 4 January 2025'],
  ];
  it.each(cases)('%s', (text, expected, phrase) => {
    const ms = findDates(text, {});
    expect(ms.map((m) => m.attrs.iso)).toEqual(expected);
    expect(ms.map((m) => m.phrase)).toEqual([phrase, phrase]);
    expect(ms.map((m) => m.attrs.role)).toEqual(['start', 'end']);
  });
});

describe('findDates: what is not a date', () => {
  const cases: string[] = [
    'the 2030 Agenda for Sustainable Development',
    'Also reaffirms the 2005 Tunis Agenda for the Information Society,',
    'Recalling its resolution 2006/46 and Economic and Social Council resolutions 2008/3 and 2022/15',
    'Official Records of the Economic and Social Council, 2025, Supplement No. 11 (E/2025/31).',
    'Security Council resolutions 1325 (2000) and 2017 (2011)',
    'the 1,014 pledges in the Partner2Connect Digital Coalition',
    'celebrated annually on 17 May and led by the International Telecommunication Union',
    'the holding of Global Media and Information Literacy Week, from 24 to 31 October each year',
    'as 65 per cent of women and girls are now using the Internet',
    'the Paris 2024 Olympic and Paralympic Games',
  ];
  it.each(cases)('%s', (text) => {
    expect(findDates(text, {})).toEqual([]);
  });
});

describe('findDates: mention shape', () => {
  it('gives kind, key and attributes', () => {
    const [m] = findDates('of 28 July 2006 on', {});
    expect(m).toEqual({
      kind: 'Date',
      key: 'Date:2006-07-28',
      name: '2006-07-28',
      attrs: { iso: '2006-07-28', year: 2006, month: 7, day: 28 },
      phrase: '28 July 2006',
      start: 3,
      end: 15,
    });
  });
  it('falls back to the month when the day is impossible', () => {
    expect(isos('31 February 2024 is no day')).toEqual(['2024-02']);
  });
  it('spans only the year after a preposition', () => {
    const [m] = findDates('beyond 2015;', {});
    expect(m).toMatchObject({ key: 'Date:2015', phrase: '2015', start: 7, end: 11, attrs: { iso: '2015', year: 2015 } });
  });
});

describe('parseDateRange and helpers', () => {
  const cases: [string, { start?: string; end?: string }][] = [
    ['from 7 to 11 April 2025', { start: '2025-04-07', end: '2025-04-11' }],
    ['in Geneva, from 27 to 31 May 2024', { start: '2024-05-27', end: '2024-05-31' }],
    ['on 14 October 2024', { start: '2024-10-14' }],
    ['from 26 September to 14 October 2022', { start: '2022-09-26', end: '2022-10-14' }],
    ['December 2025', { start: '2025-12' }],
    ['May 27-29, 2025', { start: '2025-05-27', end: '2025-05-29' }],
    ['no date here', {}],
    ['2025', { start: '2025' }],
    ['26 December 2024 to 4 January 2025', { start: '2024-12-26', end: '2025-01-04' }],
    ['1 and 2 October 2024', { start: '2024-10-01', end: '2024-10-02' }],
  ];
  it.each(cases)('%s', (phrase, expected) => {
    expect(parseDateRange(phrase)).toEqual(expected);
  });
  it('validates calendar dates', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeUndefined();
    expect(parseSingleDate('28 July 2006')).toBe('2006-07-28');
    expect(parseSingleDate('July 2006')).toBe('2006-07');
  });
});

describe('findDates properties', () => {
  it('never throws; spans are the phrases; ISO strings are well formed', () => {
    const pieces = fc.constantFrom('1', '7', '28', ' ', ' to ', ' and ', '–', 'April', 'Apri]', 'July', '2025', '1990', 'in ', 'by ', 'from ', ', ', '(', ')', '/', 'Agenda');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        for (const m of findDates(text, {})) {
          expect(text.slice(m.start, m.end)).toBe(m.phrase);
          expect(m.attrs.iso as string).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          expect(m.key).toBe(`Date:${m.attrs.iso as string}`);
        }
      }),
      { numRuns: 400 },
    );
  });
});
