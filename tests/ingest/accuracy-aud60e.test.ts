// Session-60 audit aud60e (A/RES/79/210, Harmony with Nature, annotated whole): misses of the first reading. Each case quotes
// the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { gaResolution, notedParagraph, relationsById } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/210', date: '2024-12-19' };
const { relations, attributions, keys } = oneParagraph({ ctx, kind: 'operative' });

const MOTHER_EARTH_DAY = 'Event:International Mother Earth Day';

describe('item 1: "the International Day" refers back to a day named "International <words> Day"', () => {
  it('A/RES/79/210 OP7: "Welcomes the continued observance of International Mother Earth Day ..., and encourages Member States to observe the International Day at the national level"', () => {
    const rel = relations(
      'Welcomes the continued observance of International Mother Earth Day annually on 22 April, requests the Secretary-General to provide continuing support, and encourages Member States to observe the International Day at the national level;',
    );
    expect(rel).toContain(`WELCOMES ${MOTHER_EARTH_DAY}`);
    expect(rel).toContain(`ENCOURAGES ${MOTHER_EARTH_DAY}`);
    expect(rel.filter((r) => r.startsWith('ENCOURAGES ') && r !== `ENCOURAGES ${MOTHER_EARTH_DAY}`)).toEqual([]);
  });

  it('A/RES/79/210 PP3 then a later paragraph: the day named in a paragraph before is the one "the International Day" means', () => {
    const byId = relationsById(
      gaResolution('A/RES/79/210', '2024-12-19', [
        notedParagraph('PP3', 'Recalling also its resolution 63/278 of 22 April 2009, by which it designated 22 April as International Mother Earth Day, and recognizing its importance,'),
        notedParagraph('OP7', 'Encourages Member States to observe the International Day at the national level;'),
      ]),
    );
    expect(byId['OP7']).toEqual([`ENCOURAGES ${MOTHER_EARTH_DAY}`]);
  });

  it('guard: A/RES/79/227 OP "the International Day and Year of Plant Health" after "International Tea Day" is a name of its own, no back reference', () => {
    const found = keys(
      'Notes the observance of International Tea Day, the International Day of Awareness of Food Loss and Waste, the International Day and Year of Plant Health;',
      'Event:',
    );
    expect(found).toContain('Event:International Tea Day');
    expect(found).toContain('Event:International Day of Awareness of Food Loss and Waste');
    expect(found.filter((k) => k === 'Event:International Tea Day').length).toBe(1);
  });
});

describe('item 2: Cochabamba is a place (the conference city of the Peoples\u2019 World Conference)', () => {
  it('A/RES/79/210 PP5: "the Peoples\u2019 World Conference on Climate Change and the Rights of Mother Earth, hosted by the Plurinational State of Bolivia in Cochabamba from 20 to 22 April 2010"', () => {
    const att = attributions(
      'Noting the Peoples\u2019 World Conference on Climate Change and the Rights of Mother Earth, hosted by the Plurinational State of Bolivia in Cochabamba from 20 to 22 April 2010,',
      'preambular',
    );
    // (the event's key carries its year until the graph merges it: " @ 2010")
    const conference = "Event:Peoples' World Conference on Climate Change and the Rights of Mother Earth @ 2010";
    expect(att).toContain(`HELD_IN ${conference} -> Place:Cochabamba`);
    expect(att).toContain(`HOSTS Place:Bolivia (Plurinational State of) -> ${conference}`);
    expect(att).toContain(`STARTS_ON ${conference} -> Date:2010-04-20`);
  });

  it('guard: A/RES/79/210 OP10 "the proposal by the Head of State of the Plurinational State of Bolivia" keeps Bolivia one place', () => {
    const found = keys(
      'Notes with appreciation the proposal by the Head of State of the Plurinational State of Bolivia to establish a group of friends of Harmony with Nature;',
      'Place:',
    );
    expect(found).toEqual(['Place:Bolivia (Plurinational State of)']);
  });
});
