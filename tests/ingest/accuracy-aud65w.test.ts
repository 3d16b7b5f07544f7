// Session-65 audit aud65w: A/RES/79/204 (towards the sustainable development of the Caribbean Sea, Second Committee) and the
// same form in A/RES/79/313. Each case quotes the file and paragraph it comes from; the fix has a guard for the near name that
// must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA204: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/204', date: '2024-12-19' };
const { keys, relations } = oneParagraph({ ctx: GA204, kind: 'preambular' });
const RAMSAR = 'Framework:Convention on Wetlands of International Importance especially as Waterfowl Habitat';

describe('the Ramsar Convention named by its whole title, lower-case tail included', () => {
  it('A/RES/79/204 PP11: "the Convention on Wetlands of International Importance especially as Waterfowl Habitat,23"', () => {
    const text =
      'Recalling the Convention on Biological Diversity 21 and other biodiversity-related conventions, including the Convention on International Trade in Endangered Species of Wild Fauna and Flora22 and the Convention on Wetlands of International Importance especially as Waterfowl Habitat,23';
    expect(keys(text, 'Framework:')).toEqual([
      'Framework:Convention on Biological Diversity',
      'Framework:Convention on International Trade in Endangered Species of Wild Fauna and Flora',
      RAMSAR,
    ]);
    expect(relations(text)).toContain(`RECALLS ${RAMSAR}`);
  });

  it('A/RES/79/313 PP22: the same title closing a list of agreements', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/313', date: '2025-06-30' };
    const text =
      'Recognizing also the importance of other multilateral environmental agreements, including the Convention on the Conservation of Migratory Species of Wild Animals, 6 the Convention on Biological Diversity, 7 the Convention for the Protection of the World Cultural and Natural Heritage 8 and the Convention on Wetlands of International Importance especially as Waterfowl Habitat, 9';
    expect(relations(text, 'preambular', ctx)).toContain(`RECOGNIZES ${RAMSAR}`);
    expect(keys(text, 'Framework:Convention on Wetlands', 'preambular', ctx)).toEqual([RAMSAR]);
  });

  it('guard: the sitting of the Convention\'s parties keeps its own name (A/RES/80/3 annex para. 12)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/3', date: '2025-10-03' };
    const text =
      'We further welcome the convening of the fifteenth meeting of the Conference of the Contracting Parties to the Convention on Wetlands in Victoria Falls, Zimbabwe, from 23 to 31 July 2025;';
    expect(keys(text, 'Event:', 'operative', ctx)).toContain('Event:fifteenth meeting of the Conference of the Contracting Parties to the Convention on Wetlands');
    expect(keys(text, 'Framework:', 'operative', ctx)).not.toContain(RAMSAR);
  });
});
