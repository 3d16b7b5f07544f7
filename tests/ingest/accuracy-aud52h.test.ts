// Attribution rules of session 52 (aud52h): the lead's ruling on the sittings of a Conference of the Parties, and residuals.
// Each case quotes the file and paragraph it comes from; each rule has a near sentence that must not change.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { ParagraphText, RecognizeContext } from '../../ingest/models.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/209', date: '2024-12-19' };

function para(id: string, text: string): ParagraphText {
  return { id, kind: /(?:^|\.)PP/.test(id) ? 'preambular' : 'operative', text, footnoteRefs: [], subparagraphs: [] };
}
const attributions = (text: string, ctx: RecognizeContext = GA): string[] =>
  extractParagraph(para(/^[A-Z][a-z]+ing\b/.test(text) ? 'PP1' : 'OP1', text), ctx).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
const sessionsOf = (text: string, ctx: RecognizeContext = GA): string[] => attributions(text, ctx).filter((a) => a.startsWith('SESSION_OF '));

const UNFCCC_COP = 'Event:Conference of the Parties to the United Nations Framework Convention on Climate Change';
const CBD_COP = 'Event:Conference of the Parties to the Convention on Biological Diversity';

describe("ruling, session 52: a numbered session or meeting of a Conference of the Parties is SESSION_OF that Conference", () => {
  it('A/RES/79/209 PP18: "the twenty-ninth session ... and ... the thirtieth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change"', () => {
    const text =
      'Welcoming also the holding of the twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change held in Baku, Azerbaijan, from 11 to 22 November 2024, and looking forward to the thirtieth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, to be held in the city of Belém, Brazil from 10 to 21 November 2025,';
    expect(sessionsOf(text)).toEqual([
      `SESSION_OF Event:twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change -> ${UNFCCC_COP}`,
      `SESSION_OF Event:thirtieth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change -> ${UNFCCC_COP}`,
    ]);
  });

  it('A/RES/79/203 PP13: the series printed alone ("the meetings of the Conference of the Parties to the United Nations Convention on Biological Diversity") is the node its sittings are SESSION_OF; a Conference serving as the Meeting of the Parties too', () => {
    const text =
      'Acknowledging the importance of advancing small island developing States’ priorities in all relevant United Nations conferences and processes, including the sessions of the Conference of the Parties to the United Nations Framework Convention on Climate Change, including the twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, the nineteenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the sixth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement, held in Baku from 11 to 22 November 2024, and the meetings of the Conference of the Parties to the United Nations Convention on Biological Diversity, including the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Cali, Colombia, from 21 October to 1 November 2024,';
    const ex = extractParagraph(para('PP13', text), { ...GA, symbol: 'A/RES/79/203' });
    const keys = ex.mentions.filter((m) => !m.footnote).map((m) => m.key);
    expect(keys).toContain(CBD_COP);
    expect(keys).toContain(UNFCCC_COP);
    expect(ex.attributions.filter((a) => a.type === 'SESSION_OF').map((a) => `${a.source} -> ${a.target}`)).toEqual([
      `Event:twenty-ninth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change -> ${UNFCCC_COP}`,
      'Event:nineteenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol -> Event:Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol',
      'Event:sixth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement -> Event:Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement',
      `Event:sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity -> ${CBD_COP}`,
    ]);
  });

  it('A/RES/78/146 PP7: "adopted in decision 15/4 at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity" (gold corrected): the CBD\'s Conference', () => {
    const text =
      'Welcoming the Kunming-Montreal Global Biodiversity Framework adopted in decision 15/4 at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, and its target 7,';
    expect(sessionsOf(text, { ...GA, symbol: 'A/RES/78/146' })).toEqual([`SESSION_OF Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity -> ${CBD_COP}`]);
  });

  it('A/RES/79/190 OP1: "the tenth session of the Conference of the States Parties to the United Nations Convention against Corruption"', () => {
    const text = 'Welcomes the holding of the tenth session of the Conference of the States Parties to the United Nations Convention against Corruption in Atlanta, United States of America, from 11 to 15 December 2023;';
    expect(sessionsOf(text, { ...GA, symbol: 'A/RES/79/190' })).toEqual([
      'SESSION_OF Event:tenth session of the Conference of the States Parties to the United Nations Convention against Corruption -> Event:Conference of the States Parties to the United Nations Convention against Corruption',
    ]);
  });

  it('guard, A/RES/78/151 PP11: "the first part of the fifteenth meeting of the Conference of the Parties ...": the part is PART_OF the meeting, no sitting of the Conference itself', () => {
    const text =
      'Welcoming the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021,';
    const all = attributions(text, { ...GA, symbol: 'A/RES/78/151' });
    expect(all).toContain(
      'PART_OF Event:first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity -> Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity',
    );
    expect(all.filter((a) => a.startsWith('SESSION_OF Event:first part'))).toEqual([]);
  });

  it('guard, A/RES/79/203 PP13: "the sessions of the Conference of the Parties" (no ordinal) is no sitting with an owner', () => {
    const text = 'Acknowledging the importance of the sessions of the Conference of the Parties to the United Nations Framework Convention on Climate Change,';
    expect(sessionsOf(text)).toEqual([]);
  });
});

describe('"the adoption, in <city> on <day>, of <framework>": the framework is ADOPTED_ON that day', () => {
  const JOINT = 'Framework:Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management';
  const adoptedOn = (text: string, symbol: string): string[] => attributions(text, { ...GA, symbol }).filter((a) => a.startsWith('ADOPTED_ON '));

  it('A/RES/78/49 PP8 (80/26 PP8): "the adoption, in Vienna on 5 September 1997, of the Joint Convention ..."', () => {
    const text =
      'Recalling further the adoption, in Vienna on 5 September 1997, of the Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management, as recommended by the participants in the Summit on Nuclear Safety and Security,';
    expect(adoptedOn(text, 'A/RES/78/49')).toEqual([`ADOPTED_ON ${JOINT} -> Date:1997-09-05`]);
  });

  it('A/RES/78/69 OP143 (79/144, 80/110): "welcomes the adoption in Yaoundé on 25 June 2013 of the Code of Conduct ..." (no commas)', () => {
    const text =
      'Remains concerned about piracy and armed robbery at sea in the Gulf of Guinea, welcomes the adoption in Yaoundé on 25 June 2013 of the Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships and Illicit Maritime Activity in West and Central Africa, and calls upon States in the region to continue to strengthen implementation of the Code of Conduct;';
    expect(adoptedOn(text, 'A/RES/78/69')).toEqual([
      'ADOPTED_ON Framework:Code of Conduct concerning the Repression of Piracy, Armed Robbery against Ships and Illicit Maritime Activity in West and Central Africa -> Date:2013-06-25',
    ]);
  });

  it('guard, after A/RES/78/49 PP8: another act in the city on a day ("the entry into force, in Vienna on ...") is no adoption', () => {
    const text =
      'Recalling further the entry into force, in Vienna on 18 June 2001, of the Joint Convention on the Safety of Spent Fuel Management and on the Safety of Radioactive Waste Management,';
    expect(adoptedOn(text, 'A/RES/78/49')).toEqual([]);
  });
});

describe('an organ printed with the body it works within, or through which its owner acts, is PART_OF that body', () => {
  const partOf = (text: string, symbol: string): string[] => attributions(text, { ...GA, symbol }).filter((a) => a.startsWith('PART_OF '));

  it('A/RES/78/115 OP21 (79/129, 80/171): "the United Nations Counter-Terrorism Centre is performing its duties within the Office of Counter-Terrorism"', () => {
    const text =
      'Notes that the United Nations Counter-Terrorism Centre is performing its duties within the Office of Counter-Terrorism and that the Centre is supporting the implementation of the United Nations Global Counter-Terrorism Strategy, and encourages all Member States to collaborate with the Centre and to contribute to the implementation of its activities within the Office;';
    expect(partOf(text, 'A/RES/78/115')).toEqual(['PART_OF Organization:United Nations Counter-Terrorism Centre -> Organization:Office of Counter-Terrorism']);
  });

  it('guard, A/RES/78/112 OP: "the Rule of Law Coordination and Resource Group within the United Nations system": where it works, no organ of the system', () => {
    const text =
      'Expresses full support for the overall coordination and coherence role of the Rule of Law Coordination and Resource Group within the United Nations system, within existing mandates;';
    expect(partOf(text, 'A/RES/78/112').filter((a) => a.includes('United Nations system') || a.endsWith('-> Organization:United Nations'))).toEqual([]);
  });

  it('A/RES/78/271 OP5: "the Department of Economic and Social Affairs of the Secretariat, through its Financing for Sustainable Development Office": the Office is the Department\'s', () => {
    const text =
      'Decides that substantive preparations should be carried out in a most effective, well-structured and broad participatory manner and that, for this purpose, the Department of Economic and Social Affairs of the Secretariat, through its Financing for Sustainable Development Office, and the relevant organizations of the United Nations system, including the regional commissions, within their respective mandates and available resources, should provide the necessary support to the Conference;';
    const all = partOf(text, 'A/RES/78/271');
    expect(all).toContain('PART_OF Organization:Financing for Sustainable Development Office -> Organization:Department of Economic and Social Affairs');
    expect(all).not.toContain('PART_OF Organization:Financing for Sustainable Development Office -> Organization:Secretariat of the United Nations');
  });
});

describe('a sitting convened "as part of" an event is PART_OF that event', () => {
  const WEEK_TAIL = 'as part of the third Counter-Terrorism Week at the United Nations, held from 19 to 23 June 2023,';
  const partOf = (text: string): string[] => attributions(text, { ...GA, symbol: 'A/RES/80/171' }).filter((a) => a.startsWith('PART_OF '));

  it('A/RES/80/171 PP19 (78/115, 79/129): "the third United Nations High-level Conference ..., convened ... in New York on 19 and 20 June 2023, as part of the third Counter-Terrorism Week"', () => {
    const text = `Recalling the third United Nations High-level Conference of Heads of Counter-Terrorism Agencies of Member States, convened on the overarching theme of “Addressing terrorism through reinvigorated multilateralism and institutional cooperation” in New York on 19 and 20 June 2023, ${WEEK_TAIL}`;
    expect(partOf(text)).toEqual([
      'PART_OF Event:Third United Nations High-level Conference of Heads of Counter-Terrorism Agencies of Member States -> Event:Third Counter-Terrorism Week',
    ]);
  });

  it('guard, after A/RES/80/171 PP19: a body (no sitting) before ", as part of the" is no part of the week', () => {
    const text = `Recalling the work of the Office of Counter-Terrorism in New York, ${WEEK_TAIL}`;
    expect(partOf(text)).toEqual([]);
  });
});
