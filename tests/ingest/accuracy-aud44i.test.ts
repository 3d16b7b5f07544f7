// Session-44 audit aud44i: events left open (short task). Covered: A/RES/80/137 PP25 (plural Climate Summits with their
// convener and dates), A/RES/78/207 OP2 (a lowercase "world congress"), the organizational sessions of a lowercase preparatory
// committee or working group (A/RES/78/231 OP31, 78/163 OP43, 78/20 OP6). Fixed: a plural sitting named by its capitalised
// words, "convened by <agent> on <date> and on <date>", is one sitting per date, each convened by the agent (before: only the
// Secretary-General was read). The others were judged and left (report). Each case quotes the file and paragraph; the fix has
// guards.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/137', date: '2025-12-15' };
const { keys, relations, attributions } = oneParagraph({ ctx: GA80, kind: 'preambular' });

const SG = 'Organization:Secretary-General of the United Nations';

describe('plural sittings "convened by <agent> on <date> and on <date>": one sitting per date', () => {
  const text = 'Recalling the holding of the Climate Summits convened by the Secretary-General on 23 September 2019 and on 24 September 2025,';

  it('A/RES/80/137 PP25: "the Climate Summits convened by the Secretary-General on 23 September 2019 and on 24 September 2025": two Climate Summits, each recalled, dated and convened by the Secretary-General', () => {
    expect(keys(text, 'Event:')).toEqual(expect.arrayContaining(['Event:Climate Summit @ 2019', 'Event:Climate Summit @ 2025']));
    const rel = relations(text);
    expect(rel).toEqual(expect.arrayContaining(['RECALLS Event:Climate Summit @ 2019', 'RECALLS Event:Climate Summit @ 2025', `RECALLS ${SG}`]));
    const att = attributions(text);
    expect(att).toEqual(
      expect.arrayContaining([
        `ORGANIZES ${SG} -> Event:Climate Summit @ 2019`,
        `ORGANIZES ${SG} -> Event:Climate Summit @ 2025`,
        'STARTS_ON Event:Climate Summit @ 2019 -> Date:2019-09-23',
        'STARTS_ON Event:Climate Summit @ 2025 -> Date:2025-09-24',
      ]),
    );
  });

  it('guard: the singular "the Climate Summit convened by the Secretary-General on 24 September 2025" stays one sitting', () => {
    const t = 'Recalling the holding of the Climate Summit convened by the Secretary-General on 24 September 2025,';
    expect(keys(t, 'Event:')).toEqual(['Event:Climate Summit @ 2025']);
    expect(attributions(t)).toContain(`ORGANIZES ${SG} -> Event:Climate Summit @ 2025`);
  });

  it('guard: A/RES/79/205 PP24 "the Climate Action Summit convened by the Secretary-General on 23 September 2019": one sitting, as before', () => {
    const t = 'Recalling the holding of the Climate Action Summit convened by the Secretary-General on 23 September 2019,';
    expect(keys(t, 'Event:')).toEqual(['Event:Climate Action Summit @ 2019']);
    expect(attributions(t)).toEqual([`ORGANIZES ${SG} -> Event:Climate Action Summit @ 2019`, 'STARTS_ON Event:Climate Action Summit @ 2019 -> Date:2019-09-23']);
  });

  it('guard: a plural convened with one date only ("the Climate Summits convened by the Secretary-General on 23 September 2019") names no sittings', () => {
    const t = 'Recalling the Climate Summits convened by the Secretary-General on 23 September 2019,';
    expect(keys(t, 'Event:')).toEqual([]);
  });

  it('guard: a convener with no dates after it ("the Climate Summits convened by the Secretary-General") names no sittings', () => {
    const t = 'Recalling the Climate Summits convened by the Secretary-General, and looking forward to further such summits,';
    expect(keys(t, 'Event:')).toEqual([]);
  });
});
