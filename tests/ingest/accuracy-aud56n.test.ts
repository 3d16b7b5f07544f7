// Session-56 audit aud56n: faults found annotating A/RES/80/209 (human rights and unilateral coercive measures). Each case quotes
// the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { keys, attributions } = oneParagraph({ ctx: ctxOf('A/RES/80/209', '2025-12-18'), kind: 'preambular' });

describe('item 1: "the Quito implementation plan for the New Urban Agenda": the place names the plan, it is not mentioned as a place', () => {
  const PP8 =
    'Bearing in mind all the references to this question in the Copenhagen Declaration on Social Development, adopted by the World Summit for Social Development on 12 March 1995, the Beijing Declaration and Platform for Action, adopted by the Fourth World Conference on Women on 15 September 1995, the Quito Declaration on Sustainable Cities and Human Settlements for All and the Quito implementation plan for the New Urban Agenda, adopted by the United Nations Conference on Housing and Sustainable Urban Development (Habitat III) on 20 October 2016, in the outcome document of the United Nations summit for the adoption of the post-2015 development agenda, the 2030 Agenda for Sustainable Development, and the Sevilla Commitment,';

  it('A/RES/80/209 PP8 (as 78/202 PP9): no Place:Quito; the plan is still the New Urban Agenda, adopted by Habitat III', () => {
    expect(keys(PP8, 'Place:')).toEqual([]);
    expect(keys(PP8, 'Framework:New Urban Agenda')).toEqual(['Framework:New Urban Agenda']);
    const att = attributions(PP8);
    expect(att).toContain('ADOPTED Event:United Nations Conference on Housing and Sustainable Urban Development @ 2016 -> Framework:New Urban Agenda');
    expect(att).toContain(
      'ADOPTED Event:United Nations Conference on Housing and Sustainable Urban Development @ 2016 -> Framework:Quito Declaration on Sustainable Cities and Human Settlements for All',
    );
  });

  it('guard: A/RES/71/256-style "held in Quito from 17 to 20 October 2016": the city as the venue stays a place', () => {
    const text =
      'Recalling the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito from 17 to 20 October 2016, and the implementation plan for the New Urban Agenda,';
    expect(keys(text, 'Place:')).toEqual(['Place:Quito']);
    expect(attributions(text)).toContain('HELD_IN Event:United Nations Conference on Housing and Sustainable Urban Development @ 2016 -> Place:Quito');
  });
});
