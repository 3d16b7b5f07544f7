// Session-51 audit aud51a (gold set aud51a: A/RES/78/149, 78/146, 80/158, Second Committee). Each case quotes the file and
// paragraph it comes from; each fix has a guard.
// - "the obligation upon Israel under the road map" after the Quartet road map was named (A/RES/80/158 PP22, 79/229 PP22,
//   78/170 PP22, the yearly permanent sovereignty texts): the short form is the Quartet's road map.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const RES_80_158: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/158', date: '2025-12-15' };
const { relations } = oneParagraph({ ctx: RES_80_158, kind: 'preambular' });

describe('"the road map" after the Quartet road map was named: the Quartet\'s road map', () => {
  const QUARTET = 'Framework:Quartet performance-based road map to a permanent two-State solution to the Israeli-Palestinian conflict';
  const PP21 =
    'Stressing the urgency of achieving without delay an end to the Israeli occupation that began in 1967 and a just, lasting and comprehensive peace settlement on all tracks, on the basis of Security Council resolutions 242 (1967), 338 (1973) of 22 October 1973, 425 (1978) of 19 March 1978, 1397 (2002) of 12 March 2002 and 2334 (2016), the principle of land for peace, the Arab Peace Initiative and the Quartet performance-based road map to a permanent two-State solution to the Israeli-Palestinian conflict, as endorsed by the Council in its resolution 1515 (2003) of 19 November 2003 and supported by the Council in its resolution 1850 (2008) of 16 December 2008,';
  const PP22 =
    'Stressing also, in this regard, the need for respect for the obligation upon Israel under the road map to freeze settlement activity, including so-called “natural growth”, and to dismantle all settlement outposts erected since March 2001,';

  it('A/RES/80/158 PP22 after PP21 (79/229, 78/170 PP22): "the obligation upon Israel under the road map": EMPHASIZES the Quartet road map', () => {
    const ctx = { ...RES_80_158 };
    expect(relations(PP21, 'preambular', ctx)).toContain(`EMPHASIZES ${QUARTET}`);
    expect(relations(PP22, 'preambular', ctx)).toContain(`EMPHASIZES ${QUARTET}`);
  });

  it('guard: with no Quartet road map named before, "the road map" names nothing', () => {
    expect(relations(PP22, 'preambular', { ...RES_80_158 }).filter((r) => r.startsWith('EMPHASIZES Framework:'))).toEqual([]);
  });

  it('guard: A/RES/78/149 OP3 "the Secretary-General\'s proposed road map for accelerated action on Goal 7" stays no Quartet road map after it was named', () => {
    const ctx = { ...RES_80_158 };
    relations(PP21, 'preambular', ctx);
    const op3 =
      'Takes note of the Secretary-General’s proposed road map for accelerated action on Goal 7, as described in the report of the Secretary-General on ensuring access to affordable, reliable, sustainable and modern energy for all;';
    expect(relations(op3, 'operative', ctx)).not.toContain(`NOTES ${QUARTET}`);
  });
});
