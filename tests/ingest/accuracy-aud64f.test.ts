// Session-64 audit aud64f: A/RES/79/8 (Sport as an enabler of sustainable development, plenary). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/8', date: '2024-11-12', title: 'Sport as an enabler of sustainable development' };
const { attributions } = oneParagraph({ ctx, kind: 'preambular' });

const MINEPS = 'International Conference of Ministers and Senior Officials Responsible for Physical Education and Sport';
const FIFTH = `Event:Fifth ${MINEPS}`;
const SIXTH = `Event:Sixth ${MINEPS}`;
// A/RES/79/8 PP19 (second half)
const PP19 =
  `Acknowledging the revised International Charter of Physical Education, Physical Activity and Sport, as well as the Declaration of Berlin and the Kazan Action Plan adopted at the fifth and sixth International Conferences of Ministers and Senior Officials Responsible for Physical Education and Sport, held, respectively, in Berlin in May 2013 and in Kazan, Russian Federation, in July 2017,`;

describe('two sittings listed by their ordinals, "held, respectively, in <venue> in <month> and in <venue>, <country>, in <month>"', () => {
  it('A/RES/79/8 PP19: each conference its venue and month, in order', () => {
    const att = attributions(PP19);
    expect(att).toContain(`HELD_IN ${FIFTH} -> Place:Berlin`);
    expect(att).toContain(`STARTS_ON ${FIFTH} -> Date:2013-05`);
    expect(att).toContain(`HELD_IN ${SIXTH} -> Place:Kazan`);
    expect(att).toContain(`STARTS_ON ${SIXTH} -> Date:2017-07`);
    expect(att).not.toContain(`HELD_IN ${FIFTH} -> Place:Kazan`);
  });

  it('guard: one venue and month for two listed sittings pairs nothing (no sitting takes it)', () => {
    const text = PP19.replace(' and in Kazan, Russian Federation, in July 2017', '');
    expect(attributions(text).filter((a) => a.startsWith('HELD_IN') || a.startsWith('STARTS_ON'))).toEqual([]);
  });
});
