// Misses found by the session-31 audit aud31j (groups and bodies established by a resolution, named in several ways): a
// generic group tied to its resolution by "that was convened ... pursuant to its resolution" was keyed per citing
// resolution. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/19', date: '2024-12-02' };
const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });
const GGE = 'Organization:Group of Governmental Experts';

describe('"the Group of Governmental Experts that was convened ... pursuant to its resolution X" is the group X set up', () => {
  const PP21 =
    'Recalling the comprehensive and substantive discussions of the Group of Governmental Experts that was convened in 2018 and 2019 pursuant to its resolution 72/250 of 24 December 2017,';

  it('A/RES/79/19 PP21 (also 78/19, 80/19 PP21): keyed by resolution 72/250, one node in every citing text', () => {
    expect(relations(PP21)).toContain(`RECALLS ${GGE} (A/RES/72/250)`);
    for (const symbol of ['A/RES/78/19', 'A/RES/80/19']) {
      expect(keys(PP21, GGE, 'preambular', { ...GA, symbol })).toEqual([`${GGE} (A/RES/72/250)`]);
    }
  });

  it('guard: groups convened pursuant to different resolutions stay two', () => {
    const text =
      'Recalling the Group of Governmental Experts that was convened in 2018 and 2019 pursuant to its resolution 72/250 and the Group of Governmental Experts established pursuant to resolution 77/250,';
    expect(keys(text, GGE)).toEqual([`${GGE} (A/RES/72/250)`, `${GGE} (A/RES/77/250)`]);
  });

  it('guard: a group "to be convened" is not the one convened before; a group convened by no resolution named stays the citing one', () => {
    const text =
      'Recalling the Group of Governmental Experts that was convened in 2018 and 2019 pursuant to its resolution 72/250, and noting that a Group of Governmental Experts to be convened in 2026 will continue its work,';
    expect(keys(text, GGE)).toEqual([`${GGE} (A/RES/72/250)`, `${GGE} (A/RES/79/19)`]);
    expect(keys('Recalling the discussions of the Group of Governmental Experts that was convened in 2018 and 2019,', GGE)).toEqual([`${GGE} (A/RES/79/19)`]);
  });
});
