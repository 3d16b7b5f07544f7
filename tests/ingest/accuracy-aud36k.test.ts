// Session-36 audit aud36k (event leftovers 2): two of a body's sessions joined by "and its" before one "in <year>" ("held its
// organizational session and its first substantive session in 2021") both take the year; a sitting "of the Group of 77",
// keyed "of the Group of 77 and China", is named so too, whichever text names it first. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/16', date: '2025-12-01' };
const { extract, attributions } = oneParagraph({ ctx: GA80, kind: 'preambular' });

const OEWG = 'Open-ended Working Group on security of and in the use of information and communications technologies 2021-2025';
const ORG_SESSION = `Event:organizational session of the ${OEWG}`;
const FIRST_SESSION = `Event:first session of the ${OEWG}`;
const startsOn = (xs: string[], source: string) => xs.filter((a) => a.startsWith(`STARTS_ON ${source} -> `));

describe('two sessions joined by "and its" before one year both take it', () => {
  it('A/RES/80/16 PP1 (79/237 PP1): "held its organizational session and its first substantive session in 2021": both sessions sat in 2021', () => {
    const text =
      'Recalling its resolutions 75/240 of 31 December 2020 and 76/19 of 6 December 2021, and noting that the open-ended working group on security of and in the use of information and communications technologies established pursuant to resolution 75/240 held its organizational session and its first substantive session in 2021, its second and third substantive sessions in 2022,';
    const att = attributions(text, 'preambular', { ...GA80 });
    expect(startsOn(att, ORG_SESSION)).toEqual([`STARTS_ON ${ORG_SESSION} -> Date:2021`]);
    expect(startsOn(att, FIRST_SESSION)).toEqual([`STARTS_ON ${FIRST_SESSION} -> Date:2021`]);
    // (the list after it keeps its own year)
    expect(startsOn(att, `Event:second session of the ${OEWG}`)).toEqual([`STARTS_ON Event:second session of the ${OEWG} -> Date:2022`]);
  });

  it('guard: a first session printed with its own year keeps it ("its organizational session in 2020 and its first substantive session in 2021")', () => {
    const text =
      'Noting that the open-ended working group on security of and in the use of information and communications technologies established pursuant to resolution 75/240 held its organizational session in 2020 and its first substantive session in 2021,';
    const att = attributions(text, 'preambular', { ...GA80 });
    expect(startsOn(att, ORG_SESSION)).toEqual([`STARTS_ON ${ORG_SESSION} -> Date:2020`]);
    expect(startsOn(att, FIRST_SESSION)).toEqual([`STARTS_ON ${FIRST_SESSION} -> Date:2021`]);
  });

  it('guard: no year printed after the pair, none given to either ("its organizational session and its first substantive session, and will hold its second substantive session in 2022")', () => {
    const text =
      'Noting that the open-ended working group on security of and in the use of information and communications technologies established pursuant to resolution 75/240 held its organizational session and its first substantive session, and will hold its second substantive session in 2022,';
    const att = attributions(text, 'preambular', { ...GA80 });
    expect(startsOn(att, ORG_SESSION)).toEqual([]);
    expect(startsOn(att, FIRST_SESSION)).toEqual([]);
  });
});

describe('a sitting "of the Group of 77" is named as it is keyed, "of the Group of 77 and China"', () => {
  const SUMMIT = 'Event:Summit on Science, Technology and Innovation of the Group of 77 and China @ 2023';
  const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/160', date: '2023-12-22' };

  it('A/RES/78/160 OP42 (80/147 OP51): "the Summit on Science, Technology and Innovation of the Group of 77, held in Havana in September 2023": the node\'s name says "and China"', () => {
    const text =
      'Recognizes the importance of creating synergies, developing expertise and boosting resources in various regions and institutions, and in this regard takes note of the Summit on Science, Technology and Innovation of the Group of 77, held in Havana in September 2023, as an effort to boost cooperation in this field;';
    const summit = extract(text, 'operative', GA78).mentions.find((m) => m.key === SUMMIT);
    expect(summit?.name).toBe('Summit on Science, Technology and Innovation of the Group of 77 and China');
  });

  it('guard: A/RES/78/259 PP3, printed in full, is named as printed (no second "and China")', () => {
    const text =
      'Recalling the Havana Declaration on Current Development Challenges: the Role of Science, Technology and Innovation, adopted at the Summit on Science, Technology and Innovation of the Group of 77 and China, held in Havana on 15 and 16 September 2023,';
    const summit = extract(text, 'preambular', { ...GA78, symbol: 'A/RES/78/259' }).mentions.find((m) => m.key === SUMMIT);
    expect(summit?.name).toBe('Summit on Science, Technology and Innovation of the Group of 77 and China');
  });

  it('guard: the Group itself, named "the Group of 77", is still the Organization keyed "Group of 77 and China" with its printed alias', () => {
    const text = 'Taking note of the statement made on behalf of the Group of 77 and of the Summit on Science, Technology and Innovation of the Group of 77, held in Havana in September 2023,';
    const group = extract(text, 'preambular', GA78).mentions.filter((m) => m.kind === 'Organization' && m.key === 'Organization:Group of 77 and China');
    expect(group.length).toBeGreaterThan(0);
    expect(group.every((m) => !m.name.endsWith('and China and China'))).toBe(true);
  });
});
