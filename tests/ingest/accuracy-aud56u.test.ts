// Session-56 audit aud56u: A/RES/80/133 (Agricultural technology for sustainable development). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80_133: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/133', date: '2025-12-15' };
const { keys, relations, attributions } = oneParagraph({ ctx: GA80_133, kind: 'preambular' });

const UNFCCC_COP = 'Event:Conference of the Parties to the United Nations Framework Convention on Climate Change';
const COP30 = 'Event:thirtieth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';

describe('"the thirtieth session of the Conference of Parties" after the twenty-ninth "of the Conference of the Parties": the UNFCCC\'s', () => {
  const PP20 =
    'Recalling the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, held in Dubai, United Arab Emirates, from 30 November to 12 December 2023, noting the twenty-ninth session of the Conference of the Parties, held in Baku from 11 to 22 November 2024, and welcoming the convening of the thirtieth session of the Conference of Parties in Belém, Brazil, from 10 to 21 November 2025,';

  it('A/RES/80/133 PP20: one node with the thirtieth session other texts name in full, SESSION_OF the Conference', () => {
    expect(relations(PP20)).toContain(`WELCOMES ${COP30}`);
    const att = attributions(PP20);
    expect(att).toContain(`SESSION_OF ${COP30} -> ${UNFCCC_COP}`);
    expect(att).toContain(`HELD_IN ${COP30} -> Place:Belém`);
    expect(att).toContain(`STARTS_ON ${COP30} -> Date:2025-11-10`);
    expect(keys(PP20, 'Event:').filter((k) => k.includes('Conference of Parties'))).toEqual([]);
  });

  it('guard: with no other sitting named, the sitting printed without the article keeps its printed key', () => {
    const text = 'Welcoming the convening of the thirtieth session of the Conference of Parties in Belém, Brazil, from 10 to 21 November 2025,';
    expect(keys(text, 'Event:')).toContain('Event:thirtieth session of the Conference of Parties');
  });

  it('guard: "the twenty-seventh session of the Conference of Parties to the United Nations Framework Convention ..." keeps the respelled key (A/RES/78/262)', () => {
    const text =
      'Welcoming the fund for responding to loss and damage established at the twenty-seventh session of the Conference of Parties to the United Nations Framework Convention on Climate Change,';
    expect(keys(text, 'Event:')).toContain('Event:twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change');
  });
});

describe('"the <sitting> and the meetings of the <body> to be held in <city> in <year>" (no comma): the venue and year are the sitting\'s too', () => {
  const COP17 = 'Event:seventeenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
  const MOP = 'Event:Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention on Biological Diversity';

  it('A/RES/80/133 PP17: "looking forward to the seventeenth meeting of the Conference of the Parties and the meetings of ... to be held in Yerevan in 2026"', () => {
    const text =
      'Recalling the adoption on 19 December 2022 of the Kunming-Montreal Global Biodiversity Framework, at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, welcoming the convening of the sixteenth meeting of the Conference of the Parties, held in Cali, Colombia, from 21 October to 1 November 2024, under the theme “Peace with nature”, as well as its two resumed sessions, held online from 3 to 6 December 2024 and in Rome from 25 to 27 February 2025, respectively, taking note of its adopted decisions, and looking forward to the seventeenth meeting of the Conference of the Parties and the meetings of the Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention to be held in Yerevan in 2026,';
    const att = attributions(text);
    expect(att).toContain(`HELD_IN ${COP17} -> Place:Yerevan`);
    expect(att).toContain(`STARTS_ON ${COP17} -> Date:2026`);
    expect(att).toContain(`HELD_IN ${MOP} -> Place:Yerevan`);
    // (the body whose sittings they are takes no year, A/RES/80/3 Annex.OP11 gold)
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${MOP}`))).toEqual([]);
  });

  it('guard: the comma form "..., in Yerevan from 19 to 30 October 2026" (A/RES/80/151 PP17) is unchanged', () => {
    const text =
      'Looking forward to the seventeenth meeting of the Conference of the Parties to the Convention on Biological Diversity and the meetings of the Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention, in Yerevan from 19 to 30 October 2026,';
    const att = attributions(text);
    expect(att).toContain(`HELD_IN ${COP17} -> Place:Yerevan`);
    expect(att).toContain(`STARTS_ON ${COP17} -> Date:2026-10-19`);
  });

  it('guard: a sitting "to be held in" a city with no "and the meetings of" before: its own venue only', () => {
    const text =
      'Looking forward to the seventeenth meeting of the Conference of the Parties to the Convention on Biological Diversity and the Global Biodiversity Forum to be held in Yerevan in 2026,';
    expect(attributions(text).filter((a) => a.startsWith(`HELD_IN ${COP17}`))).toEqual([]);
  });
});
