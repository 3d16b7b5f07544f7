// Misses found by the session-16 audit aud16h: a hand audit of A/RES/80/208 (a democratic and equitable international
// order), A/RES/79/311 (financing of UNAMID) and A/RES/79/142 (World Lake Day). Each case quotes the file named; each fix
// has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/208', date: '2025-12-18' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });
/** resolution key -> date the citing text gives it */
const citedDates = (text: string, ctx: RecognizeContext): Record<string, unknown> =>
  Object.fromEntries(extract(text, 'preambular', ctx).mentions.filter((m) => m.kind === 'Resolution').map((m) => [m.key, m.attrs?.date]));

const BWI = 'Organization:Bretton Woods institutions';

describe('"the Bretton Woods institutions" is an actor the Assembly requests and invites', () => {
  it('A/RES/80/208 OP21: "intergovernmental organizations, in particular the Bretton Woods institutions"', () => {
    const text =
      'Requests the Secretary-General to bring the present resolution to the attention of Member States, United Nations organs, bodies and components, intergovernmental organizations, in particular the Bretton Woods institutions, and non‑governmental organizations and to disseminate it on the widest possible basis;';
    expect(relations(text)).toContain(`REQUESTS ${BWI}`);
  });

  it('A/RES/79/152 OP14: "and invites the Bretton Woods institutions to intensify their efforts" (the later verb types it)', () => {
    const text =
      'Calls upon all United Nations bodies, entities, funds and programmes and the specialized agencies and invites the Bretton Woods institutions to intensify their efforts at all levels to eliminate all forms of violence against women and girls;';
    expect(relations(text, 'operative', { ...GA, symbol: 'A/RES/79/152', date: '2024-12-17' })).toContain(`INVITES ${BWI}`);
  });

  it('negative, A/RES/79/215 OP: "a new Bretton Woods moment" names no body', () => {
    const text =
      'Welcomes the Secretary-General’s call for a new Bretton Woods moment to place the dramatic needs of developing countries at the centre of every decision and mechanism of the global financial system;';
    expect(keys(text, 'Organization:Bretton')).toEqual([]);
  });
});

describe('a cited resolution\'s day printed after its title or its body: ", adopted on <date>"', () => {
  it('A/RES/79/142 PP5: "resolution 5/4 of the United Nations Environment Assembly, entitled “Sustainable lake management”, adopted on 2 March 2022"', () => {
    const text =
      'Taking note of resolution 5/4 of the United Nations Environment Assembly, entitled “Sustainable lake management”, adopted on 2 March 2022, and reaffirming the importance of integrated, intersectoral, collaborative and coordinated approaches, at all levels, in the management and protection of lakes,';
    expect(citedDates(text, { ...GA, symbol: 'A/RES/79/142', date: '2024-12-12' })).toEqual({
      'Resolution:United Nations Environment Assembly resolution 5/4': '2022-03-02',
    });
  });

  it('A/RES/78/169 PP: "resolution 3/2005 of the Conference of the Food and Agriculture Organization of the United Nations, adopted on 25 November 2005"', () => {
    const text = 'Recalling further resolution 3/2005 of the Conference of the Food and Agriculture Organization of the United Nations, adopted on 25 November 2005,';
    expect(Object.values(citedDates(text, { ...GA, symbol: 'A/RES/78/169', date: '2023-12-19' }))).toEqual(['2005-11-25']);
  });

  it('guard: the day printed after the number stays ("of 25 September 2015, entitled ..., by which it adopted")', () => {
    const text =
      'Reaffirming also its resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”, by which it adopted a comprehensive, far-reaching and people-centred set of universal and transformative Sustainable Development Goals and targets,';
    expect(citedDates(text, { ...GA, symbol: 'A/RES/79/142', date: '2024-12-12' })).toEqual({ 'Resolution:A/RES/70/1': '2015-09-25' });
  });

  it('negative: "entitled “...”, adopted by the Conference at its fifth session" (no day) leaves the citation undated', () => {
    const text =
      'Taking note of resolution 5/4 of the United Nations Environment Assembly, entitled “Sustainable lake management”, adopted at its fifth session,';
    expect(citedDates(text, { ...GA, symbol: 'A/RES/79/142', date: '2024-12-12' })).toEqual({
      'Resolution:United Nations Environment Assembly resolution 5/4': undefined,
    });
  });
});
