// Session-41 audit aud41d: events, last session's open misses (A/RES/79/68 OP24 and PP28, 78/20 OP6 and OP8, 78/231 OP31,
// 78/107 OP22, 79/219 OP3, 78/155 OP2, 79/149 PP9, 79/34 PP6). Fixed: the next part of a sitting named by its ordinal alone
// after the first part ("..., and the second part, held in Montreal, Canada, under the presidency of China, from 7 to 19
// December 2022", 78/155 OP2). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/155', date: '2023-12-19' };
const { attributions, keys } = oneParagraph({ ctx: GA78, kind: 'operative' });

const COP15 = 'fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';

describe('the next part of a sitting, named by its ordinal alone after the first part', () => {
  const text =
    'Welcomes the convening of the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, as well as the Meetings of the Parties to the Protocols to the Convention, held in Kunming, China, from 11 to 15 October 2021 under the theme proposed by the Presidency “Ecological civilization: building a shared future for all life on Earth”, and the second part, held in Montreal, Canada, under the presidency of China, from 7 to 19 December 2022, with the support of Canada, and its outcomes, looks forward to the sixteenth meeting of the Conference of the Parties and the meetings of the Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention, and encourages all Parties in a position to do so to consider hosting;';

  it('A/RES/78/155 OP2: "and the second part, held in Montreal, Canada, under the presidency of China, from 7 to 19 December 2022": the second part of COP15, part of it, in Montreal, on its own days', () => {
    const second = `Event:second part of the ${COP15}`;
    expect(keys(text, 'Event:second part')).toEqual([second]);
    const att = attributions(text);
    expect(att).toContain(`PART_OF ${second} -> Event:${COP15}`);
    expect(att).toContain(`HELD_IN ${second} -> Place:Montreal`);
    expect(att).toContain(`STARTS_ON ${second} -> Date:2022-12-07`);
    expect(att).toContain(`ENDS_ON ${second} -> Date:2022-12-19`);
    // the first part keeps its own venue and days
    expect(att).toContain(`HELD_IN Event:first part of the ${COP15} -> Place:Kunming`);
    expect(att.filter((a) => a.startsWith(`HELD_IN Event:first part`))).toHaveLength(1);
  });

  it('guard: a part named with no first part before it ("the second part, held in ...") is no sitting', () => {
    const alone = 'Welcomes the outcome of the negotiations, and the second part, held in Montreal, Canada, from 7 to 19 December 2022;';
    expect(keys(alone, 'Event:')).toEqual([]);
  });

  it('guard: "the first part ..., and the third part, held in ...": a part out of order is not read as the next one', () => {
    const skipped =
      'Welcomes the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021, and the third part, held in Montreal, Canada, from 7 to 19 December 2022;';
    expect(keys(skipped, 'Event:third part')).toEqual([]);
    expect(keys(skipped, 'Event:first part')).toEqual([`Event:first part of the ${COP15}`]);
  });
});
