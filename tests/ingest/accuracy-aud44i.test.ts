// Session-44 audit aud44i: events left open (short task). Covered: A/RES/80/137 PP25 (plural Climate Summits with their
// convener and dates), A/RES/78/207 OP2 (a lowercase "world congress"), the organizational sessions of a lowercase preparatory
// committee or working group (A/RES/78/231 OP31, 78/163 OP43, 78/20 OP6). Fixed: a plural sitting named by its capitalised
// words, "convened by <agent> on <date> and on <date>", is one sitting per date, each convened by the agent (before: only the
// Secretary-General was read); a lowercase "world congress to <purpose>, to be held in <year>" is a sitting; "and in that
// endeavour encourages" opens a later clause as "and in that regard" does. The preparatory committees' sessions were judged and
// left (report). Each case quotes the file and paragraph; each fix has guards.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/207', date: '2023-12-19' };
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

const CED = 'Framework:International Convention for the Protection of All Persons from Enforced Disappearance';
const CONGRESS = `Event:world congress to promote the ratification of the ${CED.slice('Framework:'.length)} @ 2024`;

describe('a lowercase "world congress to <purpose>, to be held in <year>" is a sitting', () => {
  const op2 =
    'Welcomes the fact that 98 States have signed the Convention and 72 have ratified or acceded to it, calls upon States that have not yet done so to consider signing, ratifying or acceding to the International Convention for the Protection of All Persons from Enforced Disappearance as a matter of priority, as well as to consider the option provided for in articles 31 and 32 of the Convention regarding the Committee on Enforced Disappearances, and in that endeavour encourages all Member States to participate to the upcoming world congress to promote the ratification of the Convention, to be held in 2024;';

  it('A/RES/78/207 OP2: "encourages all Member States to participate to the upcoming world congress to promote the ratification of the Convention, to be held in 2024": the congress, of 2024, ENCOURAGES', () => {
    const rel = relations(op2, 'operative', GA78);
    expect(rel).toContain(`ENCOURAGES ${CONGRESS}`);
    expect(rel).toContain(`CALLS_UPON ${CED}`);
    expect(rel).toContain('CALLS_UPON Organization:Committee on Enforced Disappearances');
    expect(attributions(op2, 'operative', GA78)).toContain(`STARTS_ON ${CONGRESS} -> Date:2024`);
  });

  it('guard: A/RES/78/207 PP23 "the project to organize a world congress to promote the ratification of the Convention as discussed by the Committee": a project, no sitting', () => {
    const pp23 =
      'Taking note of the project to organize a world congress to promote the ratification of the Convention as discussed by the Committee on Enforced Disappearances during its twenty-fifth session,';
    expect(keys(pp23, 'Event:', 'preambular', GA78)).toEqual(['Event:twenty-fifth session of the Committee on Enforced Disappearances']);
  });

  it('guard: a world congress with no purpose that names it ("the upcoming world congress, to be held in 2024") is no sitting', () => {
    expect(keys('Encourages all Member States to participate in the upcoming world congress, to be held in 2024;', 'Event:', 'operative', GA78)).toEqual([]);
  });

  it('guard: "and in that regard encourages" still opens its clause (the connector list "in that endeavour" joined)', () => {
    const t = 'Calls upon States to ratify the International Convention for the Protection of All Persons from Enforced Disappearance, and in that regard encourages the Committee on Enforced Disappearances to continue its work;';
    expect(relations(t, 'operative', GA78)).toEqual([`CALLS_UPON ${CED}`, 'ENCOURAGES Organization:Committee on Enforced Disappearances']);
  });
});
