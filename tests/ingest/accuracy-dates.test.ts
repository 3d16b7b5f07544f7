// Event dates and venues as the GA corpus prints them; and dates lost when a footnote mark is glued after the year's comma ("2003,4"): 716 such dates in corpus-ga.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../ingest/recognize/dates.js';
import { extractParagraph } from '../../ingest/extract.js';
import type { EntityMention, RecognizeContext } from '../../ingest/models.js';

const isos = (text: string): string[] => findDates(text, {}).map((m) => m.attrs.iso as string);

describe('a footnote mark glued after the comma that follows a date', () => {
  it('A/RES/78/132 PP9: "held in Geneva from 10 to 12 December 2003,4 and endorsed"', () => {
    expect(isos('adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003,4 and endorsed by the General Assembly,5')).toEqual([
      '2003-12-10',
      '2003-12-12',
    ]);
  });

  it('a two- and three-digit mark: "of 25 September 2015,12" and "of 19 December 2024,113"', () => {
    expect(isos('Recalling its resolution 70/1 of 25 September 2015,12 entitled')).toEqual(['2015-09-25']);
    expect(isos('Recalling its resolution 79/200 of 19 December 2024,113 and')).toEqual(['2024-12-19']);
  });

  it('numbers are still no years: "1,014 pledges", "2003.5", "12345,6789"', () => {
    expect(isos('the 1,014 pledges in 2003.5 of the 12345,6789 items')).toEqual([]);
  });
});

function extract(text: string): { events: EntityMention[]; attributions: string[] } {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/999', date: '2025-12-15' };
  const px = extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
  return { events: px.mentions.filter((m) => m.kind === 'Event'), attributions: px.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`) };
}
const locations = (text: string): unknown[] => extract(text).events.map((m) => m.attrs.location);

describe('an event\'s location is where the text says it met, as its HELD_IN says', () => {
  it('A/RES/79/76 OP9: "in the Mediterranean" inside the quoted agenda item is no venue of the session', () => {
    const text = 'Decides to include in the provisional agenda of its eightieth session the item entitled “Strengthening of security and cooperation in the Mediterranean region”.';
    expect(locations(text)).toEqual([undefined]);
  });

  it('A/RES/78/158 PP12: a citation between the session and "in Asia and the Pacific"', () => {
    const text =
      'Recalling Economic and Social Commission for Asia and the Pacific resolution 79/8 of 19 May 2023, and the adoption by the Commission, at its seventy-second session, of resolution 72/7 of 19 May 2016 on regional cooperation to combat sand and dust storms in Asia and the Pacific,';
    expect(locations(text)).toEqual([undefined]);
  });

  it('A/RES/79/331 OP53: after "Particularly in Africa" in the name, the venue printed later', () => {
    const text =
      'Welcomes the convening of the sixteenth session of the Conference of the Parties to the Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa, held in Riyadh from 2 to 13 December 2024;';
    expect(locations(text)[0]).toBe('Riyadh');
  });

  it('A/RES/78/136 PP8: the same name printed again ends the first one\'s window (Rome is the 2021 Summit\'s)', () => {
    const text =
      'recalling that the Summit of the Group of 20, held virtually on 21 and 22 November 2020, endorsed the Riyadh Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development, recalling also that the Summit of the Group of 20 held in Rome on 30 and 31 October 2021 endorsed the Rome Update,';
    const { events } = extract(text);
    expect(events.map((m) => [m.key, m.attrs.location])).toEqual([
      ['Event:Summit of the Group of 20 @ 2020', undefined],
      ['Event:Summit of the Group of 20 @ 2021', 'Rome'],
    ]);
  });

  it('negative, A/RES/78/161 OP16: another name of the event ("also known as “Mondiacult 2022”") does not end its window', () => {
    const text =
      'Welcomes the convening of the World Conference on Cultural Policies and Sustainable Development, also known as “Mondiacult 2022”, hosted by the Government of Mexico from 28 to 30 September 2022,';
    expect(extract(text).attributions).toContain('STARTS_ON Event:World Conference on Cultural Policies and Sustainable Development @ 2022 -> Date:2022-09-28');
  });
});
