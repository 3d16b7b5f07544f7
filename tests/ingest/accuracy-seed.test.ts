// Misses found auditing the seed (E/2025/31, ECOSOC draft resolution on WSIS) paragraph by paragraph:
// lowercase one-off sittings ("the global conference to commemorate ...", "the high-level thematic debate on ...",
// "the expert group meeting on ...") are events with their own hosts, dates and venues. Negative cases from
// corpus-ga: a sitting asked for (not held), or one whose topic is told elsewhere, is not named.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function extract(text: string, body = 'General Assembly'): { events: string[]; attributions: string[] } {
  const ctx: RecognizeContext = { body, symbol: 'A/RES/78/999' };
  const px = extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
  return {
    events: px.mentions.filter((m) => m.kind === 'Event').map((m) => m.key),
    attributions: px.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`),
  };
}

const SEED_OP17 =
  'Also welcomes the global conference to commemorate the International Day for Universal Access to Information, hosted by the Government of Ghana and the United Nations Educational, Scientific and Cultural Organization on 1 and 2 October 2024, which served as a platform to assess progress made in promoting access to information since the adoption of the United Nations sustainable development agenda;';

describe('lowercase sittings named after what they commemorate', () => {
  it('E/2025/31 OP17: the conference is the hosted, dated event, not the International Day', () => {
    const { events, attributions } = extract(SEED_OP17, 'Economic and Social Council');
    const conference = 'Event:global conference to commemorate the International Day for Universal Access to Information @ 2024';
    expect(events).toContain(conference);
    expect(attributions).toEqual(
      expect.arrayContaining([
        `HOSTS Place:Ghana -> ${conference}`,
        `HOSTS Organization:United Nations Educational, Scientific and Cultural Organization -> ${conference}`,
        `STARTS_ON ${conference} -> Date:2024-10-01`,
        `ENDS_ON ${conference} -> Date:2024-10-02`,
      ]),
    );
    expect(attributions.filter((a) => a.includes('-> Event:International Day'))).toEqual([]);
    // the day it commemorates is mentioned too (nested: the verb is about the conference)
    expect(events).toContain('Event:International Day for Universal Access to Information');
  });

  it('an event inside a sitting named by its body or topic stays folded into it', () => {
    const { events } = extract(
      'Recalling the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society, held in New York on 15 and 16 December 2015,',
    );
    expect(events.filter((e) => e === 'Event:World Summit on the Information Society')).toEqual([]);
  });
});

describe('lowercase sittings on a topic', () => {
  it('A/RES/80/229 PP19: the expert group meeting on equal access to justice, convened by UNODC in Brasilia', () => {
    const { events, attributions } = extract(
      'and noting the expert group meeting on equal access to justice for all, convened by the United Nations Office on Drugs and Crime in Brasilia from 9 to 11 December 2024,',
    );
    const meeting = 'Event:expert group meeting on equal access to justice for all @ 2024';
    expect(events).toContain(meeting);
    expect(attributions).toEqual(
      expect.arrayContaining([
        `ORGANIZES Organization:United Nations Office on Drugs and Crime -> ${meeting}`,
        `HELD_IN ${meeting} -> Place:Brasília`,
        `STARTS_ON ${meeting} -> Date:2024-12-09`,
        `ENDS_ON ${meeting} -> Date:2024-12-11`,
      ]),
    );
  });

  it('A/RES/79/220 PP19: the high-level thematic debate convened by the President of the General Assembly', () => {
    const { attributions } = extract(
      'Welcoming the holding of the high-level thematic debate on sustainable tourism convened by the President of the General Assembly in April 2024, as an important milestone to work towards a concerted approach on tourism resilience,',
    );
    expect(attributions).toContain('ORGANIZES Organization:President of the General Assembly -> Event:high-level thematic debate on sustainable tourism @ 2024');
  });

  it('A/RES/79/8 PP37: a quoted theme is part of the debate\'s name', () => {
    const { events } = extract(
      'Noting the high-level debate on the theme “Crime prevention and sustainable development through sports” held at United Nations Headquarters in New York in June 2024 by the President of the General Assembly in partnership with the United Nations Office on Drugs and Crime,',
    );
    expect(events).toContain('Event:high-level debate on the theme "Crime prevention and sustainable development through sports" @ 2024');
  });

  it('A/RES/78/153 PP17: the pledging conference of a fund, held in Bonn', () => {
    const { events, attributions } = extract(
      'welcoming the second replenishment of the fund that, to date, has resulted in 9.3 billion United States dollars committed at the high-level pledging conference of the Green Climate Fund, held in Bonn, Germany, on 5 October 2023,',
    );
    const conference = 'Event:high-level pledging conference of the Green Climate Fund @ 2023';
    expect(events).toContain(conference);
    expect(attributions).toContain(`HELD_IN ${conference} -> Place:Bonn`);
  });
});

describe('lowercase sittings that are not named', () => {
  it('A/RES/78/229 OP27: a debate the President is invited to hold is no sitting yet', () => {
    expect(
      extract(
        'Invites the President of the General Assembly, in cooperation with the United Nations Office on Drugs and Crime and with the involvement of relevant stakeholders, to hold, within existing resources and during the seventy-eighth session, a high-level debate on the theme “Crime prevention and sustainable development through sports” and to prepare a summary of the discussion for transmission to the Commission on Crime Prevention and Criminal Justice and to all Member States;',
      ).events.filter((e) => e.includes('debate')),
    ).toEqual([]);
  });

  it('A/RES/79/187 PP8: "the expert group meeting on the topic" says no topic', () => {
    expect(extract('and, without prejudice, the output of the expert group meeting on the topic, held from 6 to 8 April 2022,').events).toEqual([]);
  });

  it('A/RES/78/236 OP13, OP15: a thematic debate neither hosted, held somewhere nor dated', () => {
    expect(extract('Welcomes the thematic debate on “Best practices of depositaries of multilateral treaties”;').events).toEqual([]);
    expect(
      extract('Decides to undertake a regular thematic debate in the Sixth Committee to foster a technical exchange of views on practice relating to the strengthening and promoting of the international treaty framework,').events,
    ).toEqual([]);
  });
});
