// Session-40 audit aud40d: last session's open Event misses, each form's siblings grepped in corpus-ga first.
// Fixed: an edition joined to a second sitting ("the Sixteenth Ministerial Conference and Commemorative Meeting", A/RES/79/30
// PP11, after the Fifteenth of the Movement of Non-Aligned Countries) is the series' edition, its owner kept.
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_30: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/30', date: '2024-12-02' };
const { keys, attributions } = oneParagraph({ ctx: GA79_30, kind: 'preambular' });

const NAM = 'Organization:Movement of Non-Aligned Countries';

describe('an edition of a series joined to a second sitting in one name', () => {
  const text =
    'Mindful of the support expressed for Mongolia’s nuclear-weapon-free status by Ministers at the Fifteenth Ministerial Conference of the Movement of Non-Aligned Countries, held in Tehran on 29 and 30 July 2008, the Sixteenth Ministerial Conference and Commemorative Meeting, held in Nusa Dua, Bali, Indonesia, from 23 to 27 May 2011, the Seventeenth Ministerial Conference, held in Algiers from 26 to 29 May 2014, and the Eighteenth Ministerial Conference, held in Baku on 5 and 6 April 2018,';
  const SIXTEENTH = 'Event:Sixteenth Ministerial Conference and Commemorative Meeting of the Movement of Non-Aligned Countries';

  it('A/RES/79/30 PP11: "the Sixteenth Ministerial Conference and Commemorative Meeting, held in Nusa Dua": the Movement\'s sixteenth, organized by it, placed and dated', () => {
    expect(keys(text, 'Event:Sixteenth')).toEqual([SIXTEENTH]);
    const attrs = attributions(text);
    expect(attrs).toContain(`ORGANIZES ${NAM} -> ${SIXTEENTH}`);
    expect(attrs).toContain(`HELD_IN ${SIXTEENTH} -> Place:Nusa Dua`);
    expect(attrs).toContain(`STARTS_ON ${SIXTEENTH} -> Date:2011-05-23`);
  });

  it('guard: A/RES/79/30 PP11 "the Seventeenth Ministerial Conference" after it is still the Movement\'s seventeenth, not of the joined name', () => {
    expect(keys(text, 'Event:Seventeenth')).toEqual(['Event:Seventeenth Ministerial Conference of the Movement of Non-Aligned Countries']);
  });

  it('guard: "the Tenth Review and Extension Conference" after "the Ninth Review Conference of the Parties to ..." (one word before "and") is no edition of it', () => {
    const t = 'Recalling the Ninth Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons and the Tenth Review and Extension Conference,';
    expect(keys(t, 'Event:Tenth').some((k) => k.includes('of the Parties'))).toBe(false);
  });
});
