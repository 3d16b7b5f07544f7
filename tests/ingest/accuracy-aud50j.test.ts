// Session-50 audit aud50j: the gold set aud50j (A/RES/79/196 international financial system and development, 78/217
// protection of migrants, 80/241 financing of the United Nations Support Office in Haiti) and the same forms across
// corpus-ga. Fixed (gazetteer):
// - "the Global Compact" printed after "the Global Compact for Safe, Orderly and Regular Migration" is that compact (78/217
//   PP8, PP14; 80/218 PP8, PP12; 79/154 PP11): the short form was read as nothing. "the Global Compact on Refugees" keeps
//   "Compact" as its own head ("to implement the Compact", 78/184 OP17).
// - the Global Forum on Migration and Development is a body, SESSION_OF its numbered summit meetings (78/217 PP15, 80/218
//   PP13; 79/217 PP1, PP27, where it was an Event).
// - the Group of 20's Hamburg, Buenos Aires, Osaka, Riyadh, Rome and Bali Updates of its Action Plan and its Development
//   Commitments are frameworks (79/196 PP10, 78/136 PP8): each summit ENDORSES its update, not the plan inside the update's title.
// - the Panel of Eminent Persons of UNCTAD (79/196 PP22, 78/136 PP20) is UNCTAD's panel, PART_OF it, not a bare "Panel of
//   Eminent Persons"; the Haitian National Police (80/241 PP2) is a body.
// Each case quotes the file and paragraph it comes from; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractResolution } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext } from '../../ingest/models.js';
import { para } from '../helpers/graph-of.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GCM = 'Framework:Global Compact for Safe, Orderly and Regular Migration';
const GCR = 'Framework:Global Compact on Refugees';
const GFMD = 'Organization:Global Forum on Migration and Development';

/** Each paragraph's verb relations ("TYPE target"), the paragraphs read in order as one GA resolution. */
function relationsByParagraph(symbol: string, date: string, paragraphs: ParagraphText[]): string[][] {
  const file = `${symbol.replace(/\//g, '_')}.txt`;
  const x = extractResolution({ symbol, body: 'General Assembly', date, file, instrument: 'resolution', headings: [], paragraphs });
  return x.paragraphs.map((p) => p.relations.map((r) => `${r.type} ${r.target}`));
}

describe('"the Global Compact" after the Global Compact for Safe, Orderly and Regular Migration is that compact', () => {
  const PP7 =
    'Recalling also the Global Compact for Safe, Orderly and Regular Migration, adopted at the Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration, held in Marrakech, Morocco, on 10 and 11 December 2018, and endorsed by the General Assembly in its resolution 73/195 of 19 December 2018,';
  const PP8 =
    'Recalling further that the Global Compact is based on a set of cross-cutting and interdependent guiding principles: people-centred, international cooperation, national sovereignty, rule of law and due process, sustainable development, human rights, gender-responsive, child-sensitive, whole-of-government approach and whole-of-society approach,';
  const PP14 =
    'Recognizing the work of the Global Compact Champion countries and the Friends of Migration group, including their initiative to share insights, lessons learned and promising practices in support of the implementation of the Global Compact,';

  it('A/RES/78/217 PP8 and PP14 (after PP7): RECALLS and RECOGNIZES the migration compact', () => {
    const [, pp8, pp14] = relationsByParagraph('A/RES/78/217', '2023-12-19', [para('PP7', PP7), para('PP8', PP8), para('PP14', PP14)]);
    expect(pp8).toContain(`RECALLS ${GCM}`);
    expect(pp14).toContain(`RECOGNIZES ${GCM}`);
    // the champions' initiative stays what it was
    expect(pp14).toContain('RECOGNIZES Initiative:Global Compact Champion');
  });

  it('guard: "the Global Compact" with no migration compact named before is not it (made-up near sentence)', () => {
    const [pp8] = relationsByParagraph('A/RES/78/217', '2023-12-19', [para('PP8', PP8)]);
    expect(pp8).not.toContain(`RECALLS ${GCM}`);
  });

  it('guard: A/RES/78/184 OP17 "Also recalls the Global Compact on Refugees, ... to implement the Compact ...": "the Compact" is still the refugee compact', () => {
    const OP17 =
      'Also recalls the Global Compact on Refugees, affirmed on 17 December 2018, and calls upon the international community as a whole, including States and other relevant stakeholders, to implement the Compact to achieve its four objectives on an equal footing based on the principle of burden- and responsibility-sharing, and in accordance with the guiding principles and paragraph 4 of the Global Compact on Refugees, through concrete actions, pledges and contributions;';
    const { extract } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/184', date: '2023-12-19' }, kind: 'operative' });
    const calls = extract(OP17).relations.filter((r) => r.type === 'CALLS_UPON' && r.target === GCR);
    expect(calls.map((r) => r.phrase)).toContain('Compact');
  });
});

describe('the Global Forum on Migration and Development is a body, SESSION_OF its summit meetings', () => {
  const GA78_217: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/217', date: '2023-12-19' };
  const { attributions, keys } = oneParagraph({ ctx: GA78_217, kind: 'preambular' });

  it('A/RES/78/217 PP15: "the fourteenth summit meeting of the Global Forum on Migration and Development, chaired by France ..."', () => {
    const PP15 =
      'Looking forward to the fourteenth summit meeting of the Global Forum on Migration and Development, chaired by France and to be held in Geneva from 23 to 25 January 2024, under the overarching theme “From environmental concerns to cultural aspects of migration: adopting an inclusive approach to meet the challenges of and increase the opportunities for human mobility”,';
    expect(attributions(PP15)).toContain(`SESSION_OF Event:fourteenth summit meeting of the Global Forum on Migration and Development -> ${GFMD}`);
  });

  it('A/RES/79/217 PP27: "the valuable contribution of the Global Forum on Migration and Development" is the body, not an event', () => {
    const PP27 =
      'Recognizing the valuable contribution of the Global Forum on Migration and Development to addressing the multidimensional nature of international migration and promoting balanced and comprehensive approaches,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/217', date: '2024-12-17' };
    expect(keys(PP27, 'Organization:Global Forum', 'preambular', ctx)).toEqual([GFMD]);
    expect(keys(PP27, 'Event:', 'preambular', ctx)).toEqual([]);
  });
});

describe("the Group of 20's updates of its Action Plan are frameworks, each endorsed by its summit", () => {
  const GA79_196: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/196', date: '2024-12-19' };
  const { attributions, relations } = oneParagraph({ ctx: GA79_196, kind: 'preambular' });
  const PP10 =
    'Appreciating the fact that the Summit of the Group of 20 held in Hangzhou, China, on 4 and 5 September 2016, with the broad participation of developing countries, including the Chair of the Group of 77, endorsed the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development as an important contribution to the global implementation of the 2030 Agenda, recalling that the Summit of the Group of 20 held in Hamburg, Germany, on 7 and 8 July 2017 endorsed the Hamburg Update: Taking Forward the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development, recalling also that the Summit of the Group of 20 held in Buenos Aires on 30 November and 1 December 2018 endorsed the Buenos Aires Update: Moving Forward the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development, recalling further that the Summit of the Group of 20 held in Osaka, Japan, on 28 and 29 June 2019 endorsed the Osaka Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development, recalling that the Summit of the Group of 20, held virtually on 21 and 22 November 2020, endorsed the Riyadh Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development, recalling also that the Summit of the Group of 20 held in Rome on 30 and 31 October 2021 endorsed the Rome Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development, recalling further that the Summit of the Group of 20 held in Bali, Indonesia, on 15 and 16 November 2022 endorsed the Bali Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development and the Group of 20 Development Commitments, recalling that the Summit of the Group of 20 held in New Delhi on 9 and 10 September 2023 endorsed the 2023 Action Plan to Accelerate Progress on the Sustainable Development Goals, and looking forward to their implementation, while urging the Group of 20 to continue to engage in an inclusive and transparent manner with other States Members of the United Nations in its work in order to ensure that the initiatives of the Group of 20 complement or strengthen the United Nations system,';
  const HAMBURG = 'Framework:Hamburg Update: Taking Forward the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development';
  const BALI = 'Framework:Bali Update on the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development';

  it('A/RES/79/196 PP10 (78/136 PP8): the Hamburg summit ENDORSES the Hamburg Update; the updates and the Development Commitments are RECALLS targets', () => {
    expect(attributions(PP10)).toContain(`ENDORSES Event:Summit of the Group of 20 @ 2017 -> ${HAMBURG}`);
    expect(attributions(PP10)).toContain(`ENDORSES Event:Summit of the Group of 20 @ 2022 -> ${BALI}`);
    const rel = relations(PP10);
    for (const u of ['Buenos Aires Update: Moving Forward', 'Osaka Update on', 'Riyadh Update on', 'Rome Update on'])
      expect(rel).toContain(`RECALLS Framework:${u} the Group of 20 Action Plan on the 2030 Agenda for Sustainable Development`);
    expect(rel).toContain('RECALLS Framework:Group of 20 Development Commitments');
    // the plan inside each update's title is not what the later summits endorsed
    expect(attributions(PP10).filter((a) => a.endsWith('-> Framework:Action Plan on the 2030 Agenda for Sustainable Development'))).toEqual([
      'ENDORSES Event:Summit of the Group of 20 @ 2016 -> Framework:Action Plan on the 2030 Agenda for Sustainable Development',
    ]);
  });

  it('guard: the Hangzhou summit still ENDORSES the Action Plan itself (the plan printed after its owner)', () => {
    const hangzhou = PP10.slice(0, PP10.indexOf(', recalling that'));
    expect(attributions(hangzhou)).toContain('ENDORSES Event:Summit of the Group of 20 @ 2016 -> Framework:Action Plan on the 2030 Agenda for Sustainable Development');
  });
});

describe("UNCTAD's Panel of Eminent Persons and the Haitian National Police are named bodies", () => {
  it('A/RES/79/196 PP22 (78/136 PP20): "the original and reconvened Panel of Eminent Persons of the United Nations Conference on Trade and Development" is PART_OF UNCTAD', () => {
    const PP22 =
      'Recognizing the contribution of the original and reconvened Panel of Eminent Persons of the United Nations Conference on Trade and Development in the context of the United Nations sustainable development pillar and United Nations reform, as well as the contribution of the United Nations system to sustainable finance and investments in the Sustainable Development Goals,';
    const { attributions, keys } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/196', date: '2024-12-19' }, kind: 'preambular' });
    expect(keys(PP22, 'Organization:Panel')).toEqual(['Organization:Panel of Eminent Persons of the United Nations Conference on Trade and Development']);
    expect(attributions(PP22)).toContain(
      'PART_OF Organization:Panel of Eminent Persons of the United Nations Conference on Trade and Development -> Organization:United Nations Conference on Trade and Development',
    );
  });

  it('A/RES/80/241 PP2: "the United Nations Integrated Office in Haiti, the Haitian National Police and the Haitian Armed Forces"', () => {
    const PP2 =
      'Recalling Security Council resolution 2793 (2025) of 30 September 2025, in which the Council requested that the Secretary-General establish the United Nations Support Office in Haiti to provide support, primarily to the Gang Suppression Force, the United Nations Integrated Office in Haiti, the Haitian National Police and the Haitian Armed Forces on any joint operations with the Gang Suppression Force, as well as technical support to the Organization of American States, in accordance with the funding modalities set out therein, with a view to assuming full logistical support responsibility for the Gang Suppression Force within six months of adoption,';
    const { relations } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/80/241', date: '2025-12-30' }, kind: 'preambular' });
    expect(relations(PP2)).toContain('RECALLS Organization:Haitian National Police');
    expect(relations(PP2)).toContain('RECALLS Organization:Haitian Armed Forces');
  });
});
