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

const WSSD = 'Event:World Summit for Social Development @ 1995';
const COPENHAGEN = 'Framework:Copenhagen Declaration on Social Development';
const COPENHAGEN_NOTE = 'Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations publication, Sales No. E.96.IV.8), chap. I, resolution I, annexes I and II.';
const PP3_78_172 = 'Reaffirming that the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social Development1 and the further initiatives for social development adopted by the General Assembly at its twenty-fourth special session2 constitute the basic framework for the promotion of social development for all at the national and international levels,';

describe('item 4: a report note "chap. I, resolution I, annexes I and II" (Roman numeral): the sitting ADOPTED both texts its mark closes', () => {
  it('A/RES/78/172 PP3: the World Summit for Social Development ADOPTED the Copenhagen Declaration (and the Programme of Action, by its name)', () => {
    const att = notedAttributions('A/RES/78/172', '2023-12-19', 'PP3', PP3_78_172, [
      ['1', COPENHAGEN_NOTE, 'World Summit for Social Development1'],
      ['2', 'Resolution S-24/2, annex.', 'twenty-fourth special session2'],
    ]);
    expect(att.filter((a) => a.startsWith('ADOPTED ') && a.endsWith(COPENHAGEN))).toEqual([`ADOPTED ${WSSD} -> ${COPENHAGEN}`]);
    expect(att).toContain(`ADOPTED ${WSSD} -> Framework:Programme of Action of the World Summit for Social Development`);
  });

  it('A/RES/78/171 PP2 form: "resolution 1, annexes I and II" gives the first text of the pair too', () => {
    const att = notedAttributions('A/RES/78/171', '2023-12-19', 'PP3', PP3_78_172, [
      ['1', COPENHAGEN_NOTE.replace('resolution I,', 'resolution 1,'), 'World Summit for Social Development1'],
    ]);
    expect(att).toContain(`ADOPTED ${WSSD} -> ${COPENHAGEN}`);
  });

  it('guard: one annex ("resolution I, annex II") holds one text, the one the mark closes: no ADOPTED for the Declaration before it', () => {
    const att = notedAttributions('A/RES/78/172', '2023-12-19', 'PP3', PP3_78_172, [
      ['1', COPENHAGEN_NOTE.replace('annexes I and II', 'annex II'), 'World Summit for Social Development1'],
    ]);
    expect(att.filter((a) => a.startsWith('ADOPTED ') && a.endsWith(COPENHAGEN))).toEqual([]);
  });
});

const ALMATY_CONFERENCE =
  'Event:International Ministerial Conference of Landlocked and Transit Developing Countries and Donor Countries and International Financial and Development Institutions on Transit Transport Cooperation';
const ALMATY_NOTE =
  'Report of the International Ministerial Conference of Landlocked and Transit Developing Countries and Donor Countries and International Financial and Development Institutions on Transit Transport Cooperation, Almaty, Kazakhstan, 28 and 29 August 2003 (A/CONF.202/3), annex I.';
const OP345_78_69 = 'Also recalls the Vienna Programme of Action for Landlocked Developing Countries for the Decade 2014–2024 adopted by the second United Nations Conference on Landlocked Developing Countries, held in Vienna from 3 to 5 November 2014,153 following the comprehensive 10-year review of the implementation of the Almaty Programme of Action: Addressing the Special Needs of Landlocked Developing Countries within a New Global Framework for Transit Transport Cooperation for Landlocked and Transit Developing Countries, 154 notes the need for cooperation to address the development needs and challenges faced by landlocked developing countries associated with, inter alia, their lack of direct territorial access to the sea, remoteness and isolation from world markets, in line with the objectives of the Vienna Programme of Action, and recalls the adoption of the road map for the accelerated implementation of the Vienna Programme of Action in the remaining five years;';

describe('item 5: "the comprehensive 10-year review of the implementation of the Almaty Programme of Action: ...,154" with the Almaty report\'s annex', () => {
  it('A/RES/78/69 OP345 (79/144 OP353, 80/110 OP340): the Almaty conference ADOPTED the Programme (a review is no title the Almaty report holds)', () => {
    const att = notedAttributions('A/RES/78/69', '2023-12-05', 'OP345', OP345_78_69, [
      ['153', 'Resolution 69/137, annexes I and II.', '5 November 2014,153'],
      ['154', ALMATY_NOTE, 'Developing Countries, 154'],
    ]);
    expect(att).toContain(`ADOPTED ${ALMATY_CONFERENCE} -> Framework:Almaty Programme of Action`);
  });

  it('guard: a declaration named as the title before the framework still takes the note (no ADOPTED of the framework)', () => {
    const text =
      'Recalls the political declaration on the implementation of the Almaty Programme of Action: Addressing the Special Needs of Landlocked Developing Countries within a New Global Framework for Transit Transport Cooperation for Landlocked and Transit Developing Countries, 154 and notes the need for cooperation;';
    const att = notedAttributions('A/RES/78/69', '2023-12-05', 'OP345', text, [['154', ALMATY_NOTE, 'Developing Countries, 154']]);
    expect(att.filter((a) => a.startsWith('ADOPTED ') && a.endsWith('Framework:Almaty Programme of Action'))).toEqual([]);
  });
});

const BUENOS_AIRES = 'Framework:Buenos Aires outcome document';

describe('item 6: "..., in which it endorsed the Buenos Aires outcome document ..., and renewing the call for its implementation"', () => {
  it('A/RES/78/160 PP36 (80/147 PP46): the renewed call REITERATES the outcome document', () => {
    const rel = relations('Reaffirming its resolution 73/291 of 15 April 2019, in which it endorsed the Buenos Aires outcome document of the second High-level United Nations Conference on South-South Cooperation,11 and renewing the call for its implementation,', 'preambular', ctxOf('A/RES/78/160', '2023-12-19'));
    expect(rel).toContain(`REITERATES ${BUENOS_AIRES}`);
    expect(rel).toContain(`REAFFIRMS ${BUENOS_AIRES}`);
  });

  it('guard: "renews the global framework" stays no relation of its own', () => {
    const rel = relations('Welcomes the Buenos Aires outcome document, which renews the global framework for South-South cooperation;', 'operative', ctxOf('A/RES/78/160', '2023-12-19'));
    expect(rel.filter((r) => r.startsWith('REITERATES '))).toEqual([]);
  });
});
