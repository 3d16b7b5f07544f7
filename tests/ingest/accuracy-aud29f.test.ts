// Misses found by the session-29 audit aud29f: A/RES/80/215 (human rights in the context of digital technologies) and
// A/RES/80/199 (the Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic
// Minorities), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/199', date: '2025-12-18' };

const { attributions } = oneParagraph({ ctx: GA, kind: 'operative' });
const dated = (text: string, ctx: RecognizeContext = { ...GA }): string[] =>
  attributions(text, 'operative', ctx).filter((a) => a.startsWith('STARTS_ON') || a.startsWith('ENDS_ON'));

describe('the date printed between the noun of a sitting\'s holding and its name dates the sitting', () => {
  it('A/RES/80/199 OP15: "the successful completion, in December 2024, of the seventeenth session of the Forum on Minority Issues"', () => {
    const text =
      'Expresses its appreciation for the successful completion, in December 2024, of the seventeenth session of the Forum on Minority Issues, on the theme “Minority representation and self-representation in public spaces and discourses”, which, as part of its outcome, produced recommendations to guide policy and practice at the local, national and international levels;';
    expect(dated(text)).toEqual(['STARTS_ON Event:seventeenth session of the Forum on Minority Issues -> Date:2024-12']);
  });

  it('A/RES/78/203 OP12: "the convening, in 2023, of the seventh and eighth sessions of the Expert Mechanism": both sittings of the list', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/203', date: '2023-12-19' };
    const text =
      'Takes note of the convening, in 2023, of the seventh and eighth sessions of the Expert Mechanism on the Right to Development, established by the Human Rights Council in its resolution 42/23, and noting the annual report of the Expert Mechanism;';
    expect(dated(text, ctx)).toEqual([
      'STARTS_ON Event:seventh session of the Expert Mechanism on the Right to Development -> Date:2023',
      'STARTS_ON Event:eighth session of the Expert Mechanism on the Right to Development -> Date:2023',
    ]);
  });

  it('A/RES/79/170 OP12: the fronted year, not the date of the resolution that established the body', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/170', date: '2024-12-17' };
    const text =
      'Takes note of the convening, in 2024, of the ninth session of the Expert Mechanism on the Right to Development, established by the Human Rights Council in its resolution 42/23 of 27 September 2019;';
    expect(dated(text, ctx)).toEqual(['STARTS_ON Event:ninth session of the Expert Mechanism on the Right to Development -> Date:2024']);
  });

  it('a fronted range gives the start and the end ("the holding, from 3 to 6 February 2025, of the ninth session")', () => {
    const text = 'Welcomes the holding, from 3 to 6 February 2025, of the ninth session of the Expert Mechanism on the Right to Development;';
    expect(dated(text)).toEqual([
      'STARTS_ON Event:ninth session of the Expert Mechanism on the Right to Development -> Date:2025-02-03',
      'ENDS_ON Event:ninth session of the Expert Mechanism on the Right to Development -> Date:2025-02-06',
    ]);
  });

  it('guard: "the commemoration, on 17 October 2025, of the International Day for the Eradication of Poverty" (A/RES/80/148): a recurring day takes no date', () => {
    const text = 'Welcomes the commemoration, on 17 October 2025, of the International Day for the Eradication of Poverty;';
    expect(dated(text)).toEqual([]);
  });

  it('guard: a date before another noun is not the sitting\'s ("the report, in 2024, of the ninth session")', () => {
    const text = 'Takes note of the publication, in 2024, of the report of the ninth session of the Expert Mechanism on the Right to Development;';
    expect(dated(text)).toEqual([]);
  });
});
