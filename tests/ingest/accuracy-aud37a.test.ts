// Session-37 audit aud37a (event leftovers): the conferences on the humanitarian impact of nuclear weapons, named as a series
// with each sitting's days, are four events, each with its own venue, days and convening State (they were one series node,
// or one keyed by Oslo's year). Also read as sittings: "the second regional protection dialogue on ..., held in ...", a numbered
// summit of the body whose Heads of State and Government the paragraph named, and the high-level week or general debate of a
// numbered session (PART_OF it). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/53', date: '2023-12-04' };
const { keys, attributions } = oneParagraph({ ctx: GA78, kind: 'preambular' });

const SERIES = 'Event:Conferences on the Humanitarian Impact of Nuclear Weapons';
const FIRST = 'Event:First Conference on the Humanitarian Impact of Nuclear Weapons';
const SECOND = 'Event:Second Conference on the Humanitarian Impact of Nuclear Weapons';
const THIRD = 'Event:Third Conference on the Humanitarian Impact of Nuclear Weapons';
const FOURTH = 'Event:Fourth Conference on the Humanitarian Impact of Nuclear Weapons';

describe('a series named with its sittings: one event per sitting', () => {
  const pp29 =
    'Recalling the successful convening of the first, second, third and fourth Conferences on the Humanitarian Impact of Nuclear Weapons, in Oslo on 4 and 5 March 2013, in Nayarit, Mexico, on 13 and 14 February 2014, and in Vienna on 8 and 9 December 2014 and on 20 June 2022, and recalling also that 127 nations have formally endorsed the Humanitarian Pledge issued following the third Conference,';

  it('A/RES/78/53 PP29 (79/50, 80/24): "the first, second, third and fourth Conferences ..., in Oslo on ..., in Nayarit, Mexico, on ..., and in Vienna on ... and on ...": four conferences', () => {
    // (then "the Humanitarian Pledge issued following the third Conference": the third again, aud38c)
    expect(keys(pp29, 'Event:')).toEqual([FIRST, SECOND, THIRD, FOURTH, THIRD]);
  });

  it('A/RES/78/53 PP29: each held in its own town on its own days (the last day with no venue printed: Vienna, as the one before)', () => {
    const rel = attributions(pp29);
    expect(rel).toEqual(
      expect.arrayContaining([
        `HELD_IN ${FIRST} -> Place:Oslo`,
        `STARTS_ON ${FIRST} -> Date:2013-03-04`,
        `ENDS_ON ${FIRST} -> Date:2013-03-05`,
        `HELD_IN ${SECOND} -> Place:Nayarit`,
        `STARTS_ON ${SECOND} -> Date:2014-02-13`,
        `HELD_IN ${THIRD} -> Place:Vienna`,
        `STARTS_ON ${THIRD} -> Date:2014-12-08`,
        `HELD_IN ${FOURTH} -> Place:Vienna`,
        `STARTS_ON ${FOURTH} -> Date:2022-06-20`,
      ]),
    );
    expect(rel.filter((r) => r.includes(`${SERIES} @`) || r.includes(`-> ${SERIES}`))).toEqual([]);
  });

  const pp10 =
    'Welcoming the facts-based discussions on the effects of a nuclear weapon detonation that were held at the conferences on the humanitarian impact of nuclear weapons, convened by Norway, on 4 and 5 March 2013, Mexico, on 13 and 14 February 2014, and Austria, on 8 and 9 December 2014, and, most recently, on 20 June 2022,';

  it('A/RES/78/34 PP10 (78/240 PP15, 79/60): "convened by Norway, on ..., Mexico, on ..., and Austria, on ..., and, most recently, on ...": each conference organized by its State, dated, no venue', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/34', date: '2023-12-04' };
    expect(keys(pp10, 'Event:', undefined, ctx)).toEqual([FIRST, SECOND, THIRD, FOURTH]);
    const rel = attributions(pp10, undefined, ctx);
    expect(rel.filter((r) => r.startsWith('ORGANIZES'))).toEqual([
      `ORGANIZES Place:Norway -> ${FIRST}`,
      `ORGANIZES Place:Mexico -> ${SECOND}`,
      `ORGANIZES Place:Austria -> ${THIRD}`,
      `ORGANIZES Place:Austria -> ${FOURTH}`,
    ]);
    expect(rel).toContain(`STARTS_ON ${SECOND} -> Date:2014-02-13`);
    expect(rel.filter((r) => r.startsWith('HELD_IN'))).toEqual([]);
  });

  it('guard: days that began no known sitting ("convened by Norway, on 4 and 5 March 2012, ...") leave the series one node', () => {
    const text = 'Welcoming the conferences on the humanitarian impact of nuclear weapons, convened by Norway, on 4 and 5 March 2012, and Mexico, on 13 and 14 February 2015,';
    expect(keys(text, 'Event:')).toEqual([SERIES]);
  });

  it('guard: A/RES/78/42 "the Conferences ..., the most recent of which was held in Vienna on 20 June 2022": the series as a thing, one node', () => {
    const text =
      'Welcoming the attention to the catastrophic humanitarian consequences and inherent risks of nuclear weapons in multilateral disarmament forums since 2010, including in the Conferences on the Humanitarian Impact of Nuclear Weapons, the most recent of which was held in Vienna on 20 June 2022,';
    // (and the edition its venue and day name, the Fourth, besides: aud41m, as the brief of that audit asked)
    expect(keys(text, 'Event:')).toEqual([SERIES, 'Event:Fourth Conference on the Humanitarian Impact of Nuclear Weapons']);
  });
});

describe('sittings named by a number or a noun alone, read as events', () => {
  const { relations } = oneParagraph({ ctx: GA78, kind: 'operative' });
  const GA78_185: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/185', date: '2023-12-19' };
  const op8 =
    'Welcomes the outcome of the second regional protection dialogue on the Lake Chad basin, held in Nigeria in January 2019, as well as the signing of the Abuja Action Statement by the Governments of Cameroon, Chad, the Niger and Nigeria, with a view to enhancing the response to the urgent needs of refugees, internally displaced persons, returnees and host communities;';

  it('A/RES/78/185 OP8: "the second regional protection dialogue on the Lake Chad basin, held in Nigeria in January 2019": a sitting, held in Nigeria, dated', () => {
    const dialogue = 'Event:second regional protection dialogue on the Lake Chad basin';
    expect(keys(op8, 'Event:', 'operative', GA78_185)).toEqual([dialogue]);
    expect(attributions(op8, 'operative', GA78_185)).toEqual(expect.arrayContaining([`HELD_IN ${dialogue} -> Place:Nigeria`, `STARTS_ON ${dialogue} -> Date:2019-01`]));
  });

  it('guard: "protection" with no "regional" before it stays no sitting ("the protection dialogue with States, held ...")', () => {
    expect(keys('Welcomes the protection dialogue on the Lake Chad basin, held in Nigeria in January 2019,', 'Event:', 'operative', GA78_185)).toEqual([]);
  });

  const op6 =
    'Reaffirms the central role played by the Heads of State and Government of the Intergovernmental Authority on Development towards the successful negotiations in Khartoum and the eventual signing of the final Revitalized Agreement on the Resolution of the Conflict in South Sudan between the Government and the opposition movements during the thirty-third extraordinary summit, held in Addis Ababa on 12 September 2018, and encourages ongoing efforts to fully implement this agreement in order to achieve a sustainable and lasting peace;';
  const SUMMIT = 'Event:thirty-third extraordinary summit of the Intergovernmental Authority on Development';

  it('A/RES/78/185 OP6: "the Heads of State and Government of the Intergovernmental Authority on Development ... during the thirty-third extraordinary summit, held in Addis Ababa on 12 September 2018": that body\'s summit', () => {
    expect(keys(op6, 'Event:', 'operative', GA78_185)).toEqual([SUMMIT]);
    expect(attributions(op6, 'operative', GA78_185)).toEqual(
      // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
      expect.arrayContaining([`SESSION_OF ${SUMMIT} -> Organization:Intergovernmental Authority on Development`, `HELD_IN ${SUMMIT} -> Place:Addis Ababa`, `STARTS_ON ${SUMMIT} -> Date:2018-09-12`]),
    );
  });

  it('guard: a numbered summit with no heads of a body named before it is left unread (whose is not said)', () => {
    const text = 'Welcomes the signing of the Agreement during the thirty-third extraordinary summit, held in Addis Ababa on 12 September 2018;';
    expect(keys(text, 'Event:', 'operative', GA78_185)).toEqual([]);
  });

  const GA79_325: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/325', date: '2025-08-26' };
  const WEEK = 'Event:high-level week of the eightieth session of the General Assembly';

  it('A/RES/79/325 OP6 (80/172, 79/159, 80/191): "in the margins of the high-level week of the eightieth session of the General Assembly": the week, PART_OF the session', () => {
    const text =
      'Also decides to organize a high-level multi-stakeholder informal meeting to launch the Dialogue in the margins of the high-level week of the eightieth session of the General Assembly, in 2025, chaired by the President of the General Assembly;';
    expect(relations(text, 'operative', GA79_325)).toContain(`DECIDES ${WEEK}`);
    expect(attributions(text, 'operative', GA79_325)).toContain(`PART_OF ${WEEK} -> Event:eightieth session of the General Assembly`);
  });

  it('A/RES/78/179 PP18: "during the general debate of the eightieth session of the General Assembly in 2025": the debate, PART_OF the session', () => {
    const text =
      'Recalling the decision to convene a one-day high-level plenary meeting of the General Assembly, at the level of Heads of State and Government with the full and effective participation of youth, during the general debate of the eightieth session of the General Assembly in 2025, to commemorate the thirtieth anniversary of the World Programme of Action for Youth,';
    const debate = 'Event:general debate of the eightieth session of the General Assembly';
    expect(relations(text, 'preambular')).toContain(`RECALLS ${debate}`);
    expect(attributions(text, 'preambular')).toContain(`PART_OF ${debate} -> Event:eightieth session of the General Assembly`);
  });

  it('guard: A/RES/78/28 PP3 "on the margins of high-level week of the General Assembly in September 2023": no session named, no week read', () => {
    const text =
      'Stressing the importance of political will to make progress and welcoming the commemorative high-level event entitled “Whittle down fissile material, whittle down nuclear weapons”, aimed at refocusing political attention on the matter, held on the margins of high-level week of the General Assembly in September 2023 in this regard,';
    expect(keys(text, 'Event:high-level week', 'preambular')).toEqual([]);
  });
});
