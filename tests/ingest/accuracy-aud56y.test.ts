// Session-56 audit aud56y: residual faults found this session. Each case quotes the file and paragraph it comes from; each fix
// has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations, attributions, keys } = oneParagraph({ ctx: ctxOf('A/RES/80/151', '2025-12-15'), kind: 'preambular' });

describe('item 1: "the declaration of the <ordinal> annual Ministerial Meeting of ...": a Framework the meeting ADOPTED (lead\'s ruling)', () => {
  const MEETING25 = 'Event:Ministerial Meeting of Landlocked Developing Countries @ 2025';
  const DECLARATION24 = 'Framework:declaration of the twenty-fourth annual Ministerial Meeting of Landlocked Developing Countries';
  const PP21 =
    'Taking note of the declaration of the twenty-fourth annual Ministerial Meeting of Landlocked Developing Countries held at United Nations Headquarters on 26 September 2025 on the theme “From aspiration to action: advancing sustainable development in landlocked developing countries through the Awaza Programme of Action”,';

  it('A/RES/80/151 PP21: the declaration noted, adopted by the meeting, which keeps its venue and date', () => {
    expect(relations(PP21)).toContain(`NOTES ${DECLARATION24}`);
    expect(relations(PP21)).toContain(`NOTES ${MEETING25}`);
    const att = attributions(PP21);
    expect(att).toContain(`ADOPTED ${MEETING25} -> ${DECLARATION24}`);
    expect(att).toContain(`STARTS_ON ${MEETING25} -> Date:2025-09-26`);
    expect(att).toContain(`HELD_IN ${MEETING25} -> Place:United Nations Headquarters`);
  });

  it('A/RES/78/163 PP19: the twenty-second meeting\'s, "which was held at ..."', () => {
    const text =
      'Taking note of the declaration of the twenty-second annual Ministerial Meeting of Landlocked Developing Countries, which was held at United Nations Headquarters on 21 September 2023 on the theme “From Vienna to Kigali: building momentum towards a new decade of action for prosperity and transformation of landlocked developing countries”,';
    const ctx = ctxOf('A/RES/78/163', '2023-12-19');
    const declaration = 'Framework:declaration of the twenty-second annual Ministerial Meeting of Landlocked Developing Countries';
    expect(relations(text, 'preambular', ctx)).toContain(`NOTES ${declaration}`);
    expect(attributions(text, 'preambular', ctx)).toContain(`ADOPTED Event:Ministerial Meeting of Landlocked Developing Countries @ 2023 -> ${declaration}`);
  });

  it('guard: A/RES/78/128 OP "the Regional Action Plan ... adopted at the Ministerial Meeting of the Baltic ...": no declaration made up', () => {
    const text =
      'Encourages States to develop and implement regional action plans for marine debris, and further notes in this regard the revised Regional Action Plan on Marine Litter adopted at the Ministerial Meeting of the Baltic Marine Environment Protection Commission (Helsinki Commission) in October 2021,';
    expect(keys(text, 'Framework:', 'operative', ctxOf('A/RES/78/128', '2023-12-05')).filter((k) => k.includes('declaration'))).toEqual([]);
  });
});

describe('item 2: "the ministerial declaration of the high-level political forum ...": the forum (an Organization) ADOPTED it', () => {
  const FORUM = 'Organization:high-level political forum on sustainable development';
  const DECLARATION = 'Framework:Ministerial declaration of the high-level political forum on sustainable development (2022)';

  it('A/RES/78/157 PP9: "Recalling the ministerial declaration of the high-level political forum on sustainable development3 held in 2022"', () => {
    const text =
      'Recalling the ministerial declaration of the high-level political forum on sustainable development held in 2022, which took note of the Secretary-General’s proposed global road map for accelerated Sustainable Development Goal 7 action and reaffirmed the need to continuously engage on the implementation of Goal 7,';
    const ctx = ctxOf('A/RES/78/157', '2023-12-19');
    expect(attributions(text, 'preambular', ctx)).toContain(`ADOPTED ${FORUM} -> ${DECLARATION}`);
    expect(relations(text, 'preambular', ctx)).toEqual(expect.arrayContaining([`RECALLS ${DECLARATION}`, `RECALLS ${FORUM}`]));
  });

  it('guard: "the follow-up ... of the high-level political forum" with no declaration of its own: no ADOPTED', () => {
    const text = 'Recalling the 2030 Agenda for Sustainable Development and the role of the high-level political forum on sustainable development in its follow-up and review,';
    expect(attributions(text, 'preambular', ctxOf('A/RES/78/157', '2023-12-19')).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });
});
