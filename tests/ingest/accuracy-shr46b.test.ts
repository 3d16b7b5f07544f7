// Session-46 helper shr46b: back-references to a numbered sitting's editions. Audit: every short form ("the Conference",
// "the Meeting", "the Summit", "the session", ...) in corpus-ga read as an Event whose start date lies after the citing text's
// date (27 edges in 11 files); all but one are a future sitting the text is about ("decides that the Conference will be held",
// "for adoption by the Conference"). Fixed: an act the words state as done by it ("welcomes the adoption by the Conference of
// the decision ...", A/RES/80/46 OP2) is by an edition already held, the last such one named (the Eleventh Conference, held in
// August 2025), not the next one named last (the Twelfth, to be held in 2026). Each case quotes the file and paragraph; guards
// quote a future act by the sitting named last and a past act by a sitting held before the text.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80_46: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/46', date: '2025-12-01' };
const GA79_323: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/323', date: '2025-08-25' };
const { relations, attributions } = oneParagraph({ ctx: GA80_46, kind: 'operative' });

const ELEVENTH_CSP = 'Event:Eleventh Conference of States Parties to the Arms Trade Treaty';
const TWELFTH_CSP = 'Event:Twelfth Conference of States Parties to the Arms Trade Treaty';
const FFD4 = 'Event:Fourth International Conference on Financing for Development';

const P80_46_OP1 =
  'Welcomes the decisions taken by the Eleventh Conference of States Parties to the Arms Trade Treaty, held in person with a livestreaming option from 25 to 29 August 2025, which included a discussion on universalization as a priority theme for the Conference, and notes that the Twelfth Conference of States Parties will be held in Geneva from 24 to 28 August 2026;';
const P80_46_OP2 =
  'Recalls the political declaration for the next decade of the Treaty, introduced by the United Kingdom of Great Britain and Northern Ireland and endorsed by the relevant States Parties, and welcomes the adoption by the Conference of the decision to elaborate elements of a draft five-year strategy, to be put to a decision no later than the Thirteenth Conference of States Parties;';

/** The relations of `second` read after `first` in one resolution (one context: what the first named is remembered). */
function relationsAfter(first: string, second: string, ctx: RecognizeContext): string[] {
  const one = { ...ctx };
  relations(first, 'operative', one);
  return relations(second, 'operative', one);
}

describe('"the adoption by the Conference": the edition already held, not the next one named last', () => {
  it('A/RES/80/46 OP2 after OP1: "welcomes the adoption by the Conference of the decision to elaborate ..." WELCOMES the Eleventh Conference (held 25-29 August 2025), not the Twelfth (to be held in 2026)', () => {
    const rel = relationsAfter(P80_46_OP1, P80_46_OP2, GA80_46);
    expect(rel).toContain(`WELCOMES ${ELEVENTH_CSP}`);
    expect(rel).not.toContain(`WELCOMES ${TWELFTH_CSP}`);
  });

  it('guard: A/RES/80/46 OP1 itself still names both editions, the Twelfth with its venue and days', () => {
    const one = { ...GA80_46 };
    expect(relations(P80_46_OP1, 'operative', one)).toEqual(expect.arrayContaining([`WELCOMES ${ELEVENTH_CSP}`, `NOTES ${TWELFTH_CSP}`]));
    expect(attributions(P80_46_OP1, 'operative', { ...GA80_46 })).toContain(`HELD_IN ${TWELFTH_CSP} -> Place:Geneva`);
  });

  it('guard: an adoption still to come ("Recommends the provisional agenda ... for adoption by the Conference", the wording of A/RES/78/128 OP14, 78/327 OP11) after 80/46 OP1 is the Twelfth Conference named last', () => {
    const rel = relationsAfter(P80_46_OP1, 'Recommends the provisional agenda set forth in annex I to the present resolution for adoption by the Conference;', GA80_46);
    expect(rel).toContain(`RECOMMENDS ${TWELFTH_CSP}`);
    expect(rel).not.toContain(`RECOMMENDS ${ELEVENTH_CSP}`);
  });

  it('guard: "the decisions to be adopted by the Conference" (the footnote wording "To be adopted by the General Assembly", A/RES/78/297) after 80/46 OP1: still to come, the Twelfth Conference named last', () => {
    const rel = relationsAfter(P80_46_OP1, 'Encourages States Parties to prepare for the decisions to be adopted by the Conference on the draft five-year strategy;', GA80_46);
    expect(rel).toContain(`ENCOURAGES ${TWELFTH_CSP}`);
    expect(rel).not.toContain(`ENCOURAGES ${ELEVENTH_CSP}`);
  });

  it('guard: A/RES/79/323 OP2 after PP1: "Endorses the Sevilla Commitment, adopted by the Conference" is the Fourth Conference, held before the text (30 June to 3 July 2025)', () => {
    const one = { ...GA79_323 };
    relations(
      'Recalling its resolution 78/271 of 11 April 2024, in which it decided that the Fourth International Conference on Financing for Development would be held in Spain from 30 June to 3 July 2025,',
      'preambular',
      one,
    );
    const x = oneParagraph({ ctx: one, kind: 'operative' });
    expect(x.relations('Endorses the Sevilla Commitment, adopted by the Conference, as contained in the annex to the present resolution.', 'operative', one)).toContain(`ENDORSES ${FFD4}`);
  });
});
