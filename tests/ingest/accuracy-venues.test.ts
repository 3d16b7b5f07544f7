// Venues and event dates missed when reading GA resolutions against their text: conference cities
// absent from the places list, and dates printed after a shared participle following "as well as".
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function extract(text: string) {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/999' };
  return extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
}
const attributions = (text: string): string[] => extract(text).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
const places = (text: string): string[] => extract(text).mentions.filter((m) => m.kind === 'Place').map((m) => m.key);

const COP15 = 'Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';

describe('conference cities of the genre are places', () => {
  it('A/RES/78/138 PP9: "held in Kunming, China"', () => {
    const text =
      'Welcoming the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021,';
    expect(places(text)).toEqual(['Place:Kunming', 'Place:China']);
    // (aud38g: the first part is a sitting of its own, part of the meeting, with these days and venue)
    const part = 'Event:first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
    expect(attributions(text)).toEqual(expect.arrayContaining([`HELD_IN ${part} -> Place:Kunming`, `STARTS_ON ${part} -> Date:2021-10-11`, `ENDS_ON ${part} -> Date:2021-10-15`, `PART_OF ${part} -> ${COP15}`]));
  });

  it.each([
    ['held in Fez, Kingdom of Morocco, on 22 and 23 November', ['Place:Fez', 'Place:Morocco']],
    ['held in Nadi, Fiji, from 21 to 23 May 2014', ['Place:Nadi', 'Place:Fiji']],
    ['held in Saint George’s from 9 to 11 May', ['Place:St. George\'s']],
    ['held in Gangwon, Republic of Korea, in 2024', ['Place:Gangwon', 'Place:Republic of Korea']],
    ['held in Sao Tome on 19 July 2024', ['Place:São Tomé']],
    ['held in Milano-Cortina, Italy, from 6 to 22 February 2026', ['Place:Milano-Cortina', 'Place:Italy']],
  ])('"%s"', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('"as well as" does not cut the event window before a shared participle', () => {
  it('A/RES/78/155 OP2: the Kunming dates after ", as well as the Meetings of the Parties ..., held in"', () => {
    const text =
      'Welcomes the convening of the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, as well as the Meetings of the Parties to the Protocols to the Convention, held in Kunming, China, from 11 to 15 October 2021 under the theme proposed by the Presidency';
    // (aud40d: past "as well as", the venue and days are the first part's, the sitting printed there, not COP15's own)
    const FIRST_PART = `Event:first part of the ${COP15.slice('Event:'.length)}`;
    expect(attributions(text)).toEqual(expect.arrayContaining([`HELD_IN ${FIRST_PART} -> Place:Kunming`, `STARTS_ON ${FIRST_PART} -> Date:2021-10-11`, `ENDS_ON ${FIRST_PART} -> Date:2021-10-15`]));
  });

  it('without the comma the participle is the second conjunct\'s alone', () => {
    const text = 'Welcomes the World Summit on the Information Society, as well as the regional meetings held in Geneva from 11 to 15 October 2021,';
    expect(attributions(text).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('"in <place>" that is not the venue of the event before it', () => {
  const heldIn = (text: string): string[] => attributions(text).filter((a) => a.startsWith('HELD_IN'));
  it('A/RES/78/158 PP12: a citation and its subject stand between the session and the place', () => {
    expect(
      heldIn(
        'Noting the adoption, by the Economic and Social Commission for Asia and the Pacific at its seventy-second session, of resolution 72/7 of 19 May 2016 on regional cooperation to combat sand and dust storms in Asia and the Pacific, and taking note',
      ),
    ).toEqual([]);
  });
  it('A/RES/78/306 OP26: the place is inside a quoted agenda item', () => {
    expect(
      heldIn(
        'Decides to include in the provisional agenda of its seventy-ninth session the item entitled “Financing of the United Nations Mission in South Sudan”.',
      ),
    ).toEqual([]);
  });
  it('keeps a venue printed after the event with "held" however far', () => {
    const held = heldIn('Recalling the Nineteenth Summit of Heads of State and Government of the Non-Aligned Movement, held in Kampala on 19 and 20 January 2024,');
    expect(held.length).toBe(1);
    expect(held[0]).toMatch(/^HELD_IN Event:Nineteenth Summit .* -> Place:Kampala$/);
  });
});

describe('ordinary and extraordinary sessions are events (African Union, ECCAS)', () => {
  const AU24 = 'Event:twenty-fourth ordinary session of the Assembly of Heads of State and Government of the African Union';
  it('A/RES/79/263 PP6: "at its twenty-fourth ordinary session, held in Addis Ababa on 30 and 31 January 2015"', () => {
    const text =
      'Recognizing the adoption of Agenda 2063 by the Assembly of Heads of State and Government of the African Union at its twenty-fourth ordinary session, held in Addis Ababa on 30 and 31 January 2015, as the African Union’s long-term political framework,';
    expect(extract(text).mentions.filter((m) => m.kind === 'Event').map((m) => m.key)).toEqual([AU24]);
    expect(attributions(text)).toEqual(
      expect.arrayContaining([
        // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
        `SESSION_OF ${AU24} -> Organization:Assembly of Heads of State and Government of the African Union`,
        `HELD_IN ${AU24} -> Place:Addis Ababa`,
        `STARTS_ON ${AU24} -> Date:2015-01-30`,
        `ENDS_ON ${AU24} -> Date:2015-01-31`,
      ]),
    );
  });

  it('A/RES/78/263 OP24: "the fourteenth extraordinary session of the Assembly ... of the African Union" is one event', () => {
    const text = 'Recalls the decision taken at the fourteenth extraordinary session of the Assembly of Heads of State and Government of the African Union';
    expect(extract(text).mentions.filter((m) => m.kind === 'Event').map((m) => m.key)).toEqual([
      'Event:fourteenth extraordinary session of the Assembly of Heads of State and Government of the African Union',
    ]);
  });
});
