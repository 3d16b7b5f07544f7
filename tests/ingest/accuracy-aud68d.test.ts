// Session-68 audit aud68d: A/RES/78/128 (2025 United Nations Conference to Support the Implementation of Sustainable Development
// Goal 14: modalities; gold tests/gold/aud68d-A_RES_78_128.gold.tsv). Each case quotes the file and paragraph it comes from; each fix
// has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { oneParagraph } from '../helpers/one-paragraph.js';

const { relations, attributions } = oneParagraph({
  ctx: { body: 'General Assembly', symbol: 'A/RES/78/128', date: '2023-12-18', title: '2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14' },
  kind: 'preambular',
});
const DECLARATION = 'Framework:Ministerial declaration of the high-level political forum on sustainable development';
const FORUM = 'Organization:high-level political forum on sustainable development';
const FORUM_2022 = 'Event:high-level political forum on sustainable development @ 2022';

describe('"the ministerial declaration of the <year> high-level political forum": the forum\'s sitting of that year ADOPTED it (session 56)', () => {
  it('A/RES/78/128 PP13: "the ministerial declaration of the 2022 high-level political forum on sustainable development2 welcomed ..."', () => {
    const text =
      'Recalling also that the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council, held from 5 to 15 July 2022, reviewed in depth Sustainable Development Goals 4, 5, 14 and 15, as well as Goal 17, which is reviewed annually, and that the ministerial declaration of the 2022 high-level political forum on sustainable development welcomed the outcome of the 2022 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development and called for its full implementation,';
    const atts = attributions(text);
    expect(atts).toContain(`ADOPTED ${FORUM_2022} -> ${DECLARATION} (2022)`);
    expect(atts).toContain(`STARTS_ON ${FORUM_2022} -> Date:2022`);
    // (the forum named alone before it, the standing body, adopts nothing here and takes no dates)
    expect(atts.filter((a) => a.startsWith(`ADOPTED ${FORUM} `) || a.startsWith(`STARTS_ON ${FORUM} `))).toEqual([]);
    expect(relations(text)).toContain(`RECALLS ${DECLARATION} (2022)`);
  });

  it('"the ministerial declaration adopted at the 2023 high-level political forum on sustainable development": the same sitting', () => {
    expect(attributions('Recalling the ministerial declaration adopted at the 2023 high-level political forum on sustainable development,')).toContain(
      `ADOPTED Event:high-level political forum on sustainable development @ 2023 -> ${DECLARATION} (2023)`,
    );
  });

  it('guard: A/RES/78/157 PP9 "the ministerial declaration of the high-level political forum ... held in 2022": the body, no sitting', () => {
    const atts = attributions('Recalling the ministerial declaration of the high-level political forum on sustainable development held in 2022,');
    expect(atts).toContain(`ADOPTED ${FORUM} -> ${DECLARATION} (2022)`);
    expect(atts.filter((a) => a.startsWith('ADOPTED Event:'))).toEqual([]);
  });

  it('guard: A/RES/78/182 PP21 "the political declaration on the occasion of the twenty-fifth anniversary of the Fourth World Conference on Women": no year, the Conference adopted nothing', () => {
    const text = 'Welcoming the political declaration on the occasion of the twenty-fifth anniversary of the Fourth World Conference on Women,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED '))).toEqual([]);
  });

  it('guard: a declaration of another year\'s forum printed later in the sentence is not this one\'s ("... of 2021 ... the 2022 high-level political forum")', () => {
    const text =
      'Recalling the ministerial declaration of the high-level political forum on sustainable development held in 2021, and looking forward to the 2022 high-level political forum on sustainable development,';
    expect(attributions(text).filter((a) => a.startsWith(`ADOPTED ${FORUM_2022}`))).toEqual([]);
  });
});
