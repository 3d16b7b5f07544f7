// Session-55 audit aud55n: residual faults the session's helpers reported (sittings' venues and years, report notes' adoptions, a
// renewed call). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractResolution } from '../../ingest/extract.js';
import { gaResolution, notedParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { extract, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/80/3', '2025-10-14'), kind: 'operative' });
/** one paragraph of a resolution with its notes: its attributions as 'TYPE source -> target' */
const notedAttributions = (symbol: string, date: string, id: string, text: string, notes: [string, string, string][]): string[] =>
  extractResolution(gaResolution(symbol, date, [notedParagraph(id, text, notes)])).paragraphs[0]!.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

const UNFCCC_COP = 'Event:Conference of the Parties to the United Nations Framework Convention on Climate Change';
const COP29 = 'Event:twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
const ANNEX_OP10 = 'We welcome the convening of the twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, the nineteenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the sixth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement in Baku, Azerbaijan in November 2024, as the first session of the Conference of the Parties held in a landlocked developing country, and the adoption of their decisions by Parties.';

describe('item 1: "..., as the first session of the Conference of the Parties held in a landlocked developing country" names no one the clause welcomes', () => {
  it('A/RES/80/3 Annex.OP10 (80/151 OP50): the sessions welcomed, not the Conference of the Parties, which is no mention of the paragraph', () => {
    const x = extract(ANNEX_OP10);
    const rel = x.relations.map((r) => `${r.type} ${r.target}`);
    expect(rel).toContain(`WELCOMES ${COP29}`);
    expect(rel).not.toContain(`WELCOMES ${UNFCCC_COP}`);
    expect(x.mentions.filter((m) => m.key === UNFCCC_COP)).toEqual([]);
    // (the sessions are still SESSION_OF the Conference)
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`SESSION_OF ${COP29} -> ${UNFCCC_COP}`);
  });

  it('guard: the Conference of the Parties named on its own is still welcomed', () => {
    expect(relations('Welcomes the work of the Conference of the Parties to the United Nations Framework Convention on Climate Change;')).toContain(`WELCOMES ${UNFCCC_COP}`);
  });
});

const CBD_COP17 = 'Event:seventeenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
const CBD_CMP = 'Event:Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention on Biological Diversity';
const UNCCD_COP17 =
  'Event:seventeenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa';

describe('item 2: "<meeting> and the meetings of <body>, to be held in Armenia in 2026": the year is the listed meeting\'s too', () => {
  it('A/RES/80/3 Annex.OP11: the seventeenth CBD meeting STARTS_ON 2026, as the UNCCD session does', () => {
    const att = attributions('We also welcome the convening of the seventeenth meeting of the Conference of the Parties to the Convention on Biological Diversity and the meetings of the Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention, to be held in Armenia in 2026, and the seventeenth session of the Conference of the Parties to the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa, to be held in Mongolia in 2026.');
    expect(att).toContain(`HELD_IN ${CBD_COP17} -> Place:Armenia`);
    expect(att).toContain(`STARTS_ON ${CBD_COP17} -> Date:2026`);
    expect(att).toContain(`STARTS_ON ${UNCCD_COP17} -> Date:2026`);
    // (the body whose plural meetings the words name keeps no date: the gold's reading)
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${CBD_CMP}`))).toEqual([]);
  });

  it('guard: two years after the list ("in 2026 and 2028") are not shared as one', () => {
    const att = attributions(
      'We also welcome the convening of the seventeenth meeting of the Conference of the Parties to the Convention on Biological Diversity and the meetings of the Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention, to be held in Armenia in 2026 and 2028.',
    );
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${CBD_COP17} -> Date:2026`))).toEqual([]);
  });
});
