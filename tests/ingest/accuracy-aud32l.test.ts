// Misses found by the session-32 audit aud32l (named events whose printed dates, venues or sessions were lost): the
// sessions of the Conference of Heads of State and Government of ECCAS, each listed with its own date and venue, were one
// event dated by the first; a conference report's footnote that prints the days of a sitting the paragraph dated by its
// year (or month) only lost to the paragraph's coarser date. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const GA_79_68: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/68', date: '2024-12-02' };
const GA_80_63: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/63', date: '2025-12-01' };
const GA_80_175: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/175', date: '2025-12-15' };
const GA_78_146: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/146', date: '2023-12-19' };

const CHSG = 'Conference of Heads of State and Government of the Economic Community of Central African States';

describe('the Conference of Heads of State and Government of ECCAS meets in numbered sessions', () => {
  it('A/RES/79/68 PP20: four sessions listed, each with its own date and venue', () => {
    const { keys, relations, attributions } = oneParagraph({ ctx: GA_79_68, kind: 'preambular' });
    const text = `Taking note of the decisions adopted by the ${CHSG} at its twenty-second session, held on 25 February 2023 in Kinshasa; at its twenty-third session, held on 1 July 2023 in Libreville; at its twenty-fourth session, held on 9 March 2024 in Malabo; and at its twenty-fifth session, held on 18 October 2024, also in Malabo,`;
    // (the Conference itself is the body that sits, an Organization: aud39h)
    expect(keys(text, `Organization:${CHSG}`)).toEqual([`Organization:${CHSG}`]);
    expect(keys(text, 'Event:').sort()).toEqual([
      `Event:twenty-fifth session of the ${CHSG}`,
      `Event:twenty-fourth session of the ${CHSG}`,
      `Event:twenty-second session of the ${CHSG}`,
      `Event:twenty-third session of the ${CHSG}`,
    ]);
    expect(relations(text)).toContain(`NOTES Event:twenty-fourth session of the ${CHSG}`);
    const a = attributions(text);
    expect(a).toContain(`STARTS_ON Event:twenty-second session of the ${CHSG} -> Date:2023-02-25`);
    expect(a).toContain(`HELD_IN Event:twenty-second session of the ${CHSG} -> Place:Kinshasa`);
    expect(a).toContain(`STARTS_ON Event:twenty-third session of the ${CHSG} -> Date:2023-07-01`);
    expect(a).toContain(`HELD_IN Event:twenty-third session of the ${CHSG} -> Place:Libreville`);
    expect(a).toContain(`STARTS_ON Event:twenty-fifth session of the ${CHSG} -> Date:2024-10-18`);
    expect(a).toContain(`HELD_IN Event:twenty-fifth session of the ${CHSG} -> Place:Malabo`);
    // (the standing conference itself has no one date or venue)
    expect(a.filter((x) => x.startsWith(`STARTS_ON Event:${CHSG} `) || x.startsWith(`HELD_IN Event:${CHSG} `))).toEqual([]);
  });

  it('A/RES/80/63 PP20: "at its seventh extraordinary session" is the Conference’s, not the Commission’s named later', () => {
    const { keys, attributions } = oneParagraph({ ctx: GA_80_63, kind: 'preambular' });
    const text = `Taking note also of the decision adopted by the ${CHSG} at its seventh extraordinary session, held in Malabo on 7 September 2025, in which it renewed the leadership team of the Commission of the Community and appointed Ezéchiel Nibigira (Burundi) as President of the Commission,`;
    expect(keys(text, 'Event:')).toContain(`Event:seventh extraordinary session of the ${CHSG}`);
    expect(attributions(text)).toContain(`STARTS_ON Event:seventh extraordinary session of the ${CHSG} -> Date:2025-09-07`);
  });

  it('guard: A/RES/79/68 OP14 "at its seventeenth ordinary session, on 30 July 2020, of the strategy": the day of the act dates no session', () => {
    const { keys, attributions } = oneParagraph({ ctx: GA_79_68, kind: 'operative' });
    const text = `Recalls the adoption, by the ${CHSG} at its seventeenth ordinary session, on 30 July 2020, of the strategy on preventing and combating terrorism in Central Africa, and requests a review thereof to strengthen the strategy in the light of the conclusions of the African Union Extraordinary Summit, held in Malabo on 28 May 2022;`;
    expect(keys(text, 'Event:')).toContain(`Event:seventeenth ordinary session of the ${CHSG}`);
    expect(attributions(text).filter((x) => x.startsWith('STARTS_ON') && x.includes(CHSG))).toEqual([]);
  });
});

describe('a conference report’s footnote prints finer dates than the paragraph’s year or month', () => {
  it('A/RES/80/175 PP12: "held in Beijing, in 1995,13" with "Beijing, 4–15 September 1995" in the note', () => {
    const text =
      'Recalling further the Convention on the Elimination of All Forms of Discrimination against Women, which advances the full realization of the human rights of women, including the right to social security, and the outcomes of the Fourth World Conference on Women, held in Beijing, in 1995,13 towards advancing the goals of gender equality, development and peace for all women and girls in the interest of all humanity,';
    const a = footnotedAttributions('PP12', text, '13', 'in 1995,13', 'Report of the Fourth World Conference on Women, Beijing, 4–15 September 1995 (United Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II.', GA_80_175);
    expect(a.filter((x) => x.startsWith('STARTS_ON') || x.startsWith('ENDS_ON'))).toEqual([
      'STARTS_ON Event:Fourth World Conference on Women -> Date:1995-09-04',
      'ENDS_ON Event:Fourth World Conference on Women -> Date:1995-09-15',
    ]);
  });

  it('A/RES/78/146 PP4: "held in Stockholm in June 1972, 1" with "Stockholm, 5–16 June 1972" in the note', () => {
    const text = 'Recalling the relevant recommendations of the United Nations Conference on the Human Environment, held in Stockholm in June 1972, 1';
    const a = footnotedAttributions('PP4', text, '1', '1972, 1', 'See Report of the United Nations Conference on the Human Environment, Stockholm, 5–16 June 1972 (A/CONF.48/14/Rev.1), part one.', GA_78_146);
    expect(a.filter((x) => x.startsWith('STARTS_ON') || x.startsWith('ENDS_ON'))).toEqual([
      'STARTS_ON Event:United Nations Conference on the Human Environment @ 1972 -> Date:1972-06-05',
      'ENDS_ON Event:United Nations Conference on the Human Environment @ 1972 -> Date:1972-06-16',
    ]);
  });

  it('guard: a paragraph that prints its own days keeps them (one STARTS_ON, the paragraph’s)', () => {
    const text = 'Recalling the relevant recommendations of the United Nations Conference on the Human Environment, held in Stockholm from 5 to 16 June 1972, 1';
    const a = footnotedAttributions('PP4', text, '1', '1972, 1', 'See Report of the United Nations Conference on the Human Environment, Stockholm, 5–16 June 1972 (A/CONF.48/14/Rev.1), part one.', GA_78_146);
    const starts = a.filter((x) => x.startsWith('STARTS_ON'));
    expect(starts).toEqual(['STARTS_ON Event:United Nations Conference on the Human Environment @ 1972 -> Date:1972-06-05']);
  });

  it('guard: a note dated in another year than the paragraph’s does not move the paragraph’s date', () => {
    const text = 'Recalling the relevant recommendations of the United Nations Conference on the Human Environment, held in Stockholm in June 1972, 1';
    const a = footnotedAttributions('PP4', text, '1', '1972, 1', 'See Report of the United Nations Conference on the Human Environment, Stockholm, 5–16 June 1973 (A/CONF.48/14/Rev.1), part one.', GA_78_146);
    expect(a.filter((x) => x.startsWith('STARTS_ON') || x.startsWith('ENDS_ON'))).toEqual(['STARTS_ON Event:United Nations Conference on the Human Environment @ 1972 -> Date:1972-06']);
  });
});

describe('the World of Work Summit and the numbered International Labour Conference', () => {
  const GA_78_174: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/174', date: '2023-12-19' };
  const { keys, relations, attributions } = oneParagraph({ ctx: GA_78_174, kind: 'preambular' });

  it('A/RES/78/174 PP13 (79/146 PP15, 80/178 PP13): the summit with its venue and days, and the 111th session', () => {
    const text =
      'Recognizing further the need for integrated, coordinated and coherent action in support of social justice, and noting in this regard the convening of the World of Work Summit: Social Justice for All, held in Geneva on 14 and 15 June 2023, under the auspices of the 111th International Labour Conference,';
    expect(keys(text, 'Event:').sort()).toEqual(['Event:111th session of the International Labour Conference', 'Event:World of Work Summit: Social Justice for All @ 2023']);
    // (turned in session 67: the session the Summit was held under the auspices of is its setting and takes no verb, aud67t, as
    // aud67f's gold of 78/174 PP13 gives; was NOTES)
    expect(relations(text)).toEqual(['NOTES Event:World of Work Summit: Social Justice for All @ 2023']);
    const a = attributions(text);
    expect(a).toContain('HELD_IN Event:World of Work Summit: Social Justice for All @ 2023 -> Place:Geneva');
    expect(a).toContain('STARTS_ON Event:World of Work Summit: Social Justice for All @ 2023 -> Date:2023-06-14');
    expect(a).toContain('ENDS_ON Event:World of Work Summit: Social Justice for All @ 2023 -> Date:2023-06-15');
  });

  it('guard: the International Labour Conference named with no number stays the standing conference', () => {
    const text = 'Welcoming the adoption by the International Labour Conference of the Declaration on Fundamental Principles and Rights at Work,';
    expect(keys(text, 'Event:')).toEqual(['Event:International Labour Conference']);
  });
});
