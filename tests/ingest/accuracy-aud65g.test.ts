// Session-65 audit aud65g: A/RES/80/144 (Sustainable mountain development, Second Committee). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/144', date: '2025-12-15', title: 'Sustainable mountain development' };
const { keys, relations, attributions } = oneParagraph({ ctx, kind: 'preambular' });
const KMGBF = 'Framework:Kunming-Montreal Global Biodiversity Framework';

describe('a preambular verb of asking with only its addressees asks what the next verb of asking asks', () => {
  it('A/RES/80/144 PP20: "urging Parties and inviting other Governments, ..., to ensure the ... implementation of the Framework"', () => {
    const text =
      'Recalling the Convention on Biological Diversity, welcoming the Kunming-Montreal Global Biodiversity Framework to contribute to the 2030 Agenda for Sustainable Development, and urging Parties and inviting other Governments, with the support of United Nations entities and the participation of all other stakeholders, to ensure the early, inclusive and effective implementation of the Framework,';
    const rels = relations(text);
    expect(rels).toContain(`URGES ${KMGBF}`);
    expect(rels).toContain(`INVITES ${KMGBF}`);
  });

  it('guard: a first verb with its own infinitive asks only that ("urging Parties to ratify the Convention, and inviting ...")', () => {
    const text =
      'Welcoming the Kunming-Montreal Global Biodiversity Framework, and urging Parties to ratify the Convention on Biological Diversity, and inviting other Governments, with the support of United Nations entities, to ensure the effective implementation of the Framework,';
    const rels = relations(text);
    expect(rels).toContain(`INVITES ${KMGBF}`);
    expect(rels).not.toContain(`URGES ${KMGBF}`);
  });

  it('guard: a first verb of praise is no verb of asking ("welcoming the Framework and inviting Governments to ...")', () => {
    const text = 'Welcoming the efforts of Member States and inviting other Governments to support the implementation of the Kunming-Montreal Global Biodiversity Framework,';
    expect(relations(text)).not.toContain(`WELCOMES ${KMGBF}`);
  });
});

describe('a series edition dated after its theme in quotes', () => {
  const SS = 'Event:Sagarmatha Sambaad @ 2025';
  it('A/RES/80/144 OP31: "the first edition of the Sagarmatha Sambaad on “Climate change, mountains and the future of humanity”, held in Nepal from 16 to 18 May 2025"', () => {
    const text =
      'Encourages transboundary initiatives, and notes in this regard the first edition of the Sagarmatha Sambaad on “Climate change, mountains and the future of humanity”, held in Nepal from 16 to 18 May 2025, which issued the Sagarmatha Call for Action as the outcome document;';
    expect(relations(text, 'operative')).toContain(`NOTES ${SS}`);
    expect(attributions(text, 'operative')).toEqual(
      expect.arrayContaining([`HELD_IN ${SS} -> Place:Nepal`, `STARTS_ON ${SS} -> Date:2025-05-16`, `ENDS_ON ${SS} -> Date:2025-05-18`]),
    );
  });

  it('guard: a theme with no days after it leaves the series undated', () => {
    const text = 'Notes the Sagarmatha Sambaad on “Climate change, mountains and the future of humanity”, and its contribution to dialogue;';
    expect(keys(text, 'Event:', 'operative')).toEqual(['Event:Sagarmatha Sambaad']);
  });
});

describe('the Zurich process (gazetteer)', () => {
  it('A/RES/80/144 OP37: "the European Union Strategy for the Alpine Region and the Zurich process"', () => {
    const text =
      'Notes other transboundary approaches and initiatives such as the Andean Initiative for mountains, the European Union Strategy for the Alpine Region and the Zurich process, the Hindu Kush Himalayan Partnership for Sustainable Mountain Development;';
    expect(relations(text, 'operative')).toEqual(expect.arrayContaining(['NOTES Initiative:Zurich Process', 'NOTES Framework:European Union Strategy for the Alpine Region']));
  });

  it('guard: the city alone stays a place', () => {
    expect(keys('Recalling the meeting held in Zurich in 2019,', 'Initiative:')).toEqual([]);
  });
});
