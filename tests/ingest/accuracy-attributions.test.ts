// Attributions missed when reading GA resolutions against their text: governments that convene,
// bodies that are hosted, forums convened under the auspices of a body, venues printed with "at".
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';

function attributions(text: string): string[] {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/999' };
  const px = extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
  return px.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
}

describe('"convened/organized by the Government of X"', () => {
  it('A/RES/78/168 OP19: the Tokyo summit convened by the Government of Japan', () => {
    expect(attributions('Takes note of the Tokyo Nutrition for Growth Summit, convened by the Government of Japan on 7 and 8 December 2021, and the Tokyo Compact on Global Nutrition for Growth,')).toContain(
      'ORGANIZES Place:Japan -> Event:Tokyo Nutrition for Growth Summit @ 2021',
    );
  });

  // (the edition of 2024 the year printed after the convener names: aud31f)
  it('A/RES/78/168 OP19: "to be convened by the Government of France"', () => {
    expect(attributions('and looks forward to the Nutrition for Growth Summit, to be convened by the Government of France in 2024;')).toContain('ORGANIZES Place:France -> Event:Nutrition for Growth Summit @ 2024');
  });

  it('a country named without "the Government of" still only hosts, it does not organize', () => {
    expect(attributions('Welcomes the World Radiocommunication Conference, organized by Kenya in 2023,').filter((a) => a.startsWith('ORGANIZES Place'))).toEqual([]);
  });
});

describe('"hosted by" a body or facility', () => {
  it('A/RES/78/72 OP32: the African Space Agency, hosted by Egypt', () => {
    expect(attributions('and recalls with satisfaction in that regard the establishment of the African Space Agency, hosted by Egypt;')).toContain('HOSTS Place:Egypt -> Organization:African Space Agency');
  });
});

describe('"convened under the auspices of"', () => {
  it('A/RES/78/128 PP13: the high-level political forum convened under the auspices of the Economic and Social Council', () => {
    expect(
      attributions('Recalling also that the high-level political forum on sustainable development convened under the auspices of the Economic and Social Council, held from 5 to 15 July 2022, reviewed'),
    ).toContain('ORGANIZES Organization:Economic and Social Council -> Organization:high-level political forum on sustainable development');
  });

  it('a commission is not convened under anyone\'s auspices by this rule', () => {
    expect(attributions('Welcomes the work of the Statistical Commission, convened under the auspices of the Economic and Social Council,').filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });
});

describe('venues printed with "at"', () => {
  it('A/RES/79/194 PP11: "at the United Nations Headquarters in New York" names the venue and its city', () => {
    const found = attributions('Welcoming the convening of the Summit of the Future on 22-23 September 2024 at the United Nations Headquarters in New York at which resolution 79/1 entitled “The Pact for the Future” and its annexes were adopted,');
    // (conv42c: the building in its city is no place of its own: HELD_IN New York only, as the genre's hand annotations read it)
    expect(found).toContain('HELD_IN Event:Summit of the Future @ 2024 -> Place:New York');
    expect(found).not.toContain('HELD_IN Event:Summit of the Future @ 2024 -> Place:United Nations Headquarters');
  });

  it('"to be held at United Nations Headquarters on 26 September 2024"', () => {
    const found = attributions('Decides to convene a high-level meeting on antimicrobial resistance, to be held at United Nations Headquarters on 26 September 2024,');
    expect(found).toContain('HELD_IN Event:high-level meeting on antimicrobial resistance @ 2024 -> Place:United Nations Headquarters');
    expect(found).toContain('STARTS_ON Event:high-level meeting on antimicrobial resistance @ 2024 -> Date:2024-09-26');
  });
});

describe('dates and venues of known events', () => {
  it('A/RES/78/327: the 2026 Water Conference "in the United Arab Emirates from 2 to 4 December 2026" (gazetteer knows only the month)', () => {
    const found = attributions('Decides that the 2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6 shall be held in the United Arab Emirates from 2 to 4 December 2026,');
    expect(found).toEqual(
      expect.arrayContaining([
        'HELD_IN Event:United Nations Water Conference @ 2026 -> Place:United Arab Emirates',
        'STARTS_ON Event:United Nations Water Conference @ 2026 -> Date:2026-12-02',
        'ENDS_ON Event:United Nations Water Conference @ 2026 -> Date:2026-12-04',
      ]),
    );
  });

  it('a country printed with "the" after "held in" is the venue ("held in the Netherlands")', () => {
    // (the recurring conference held in 2023 is its 2023 edition, as "... from 20 November to 15 December 2023" in the seed)
    expect(attributions('Welcomes the World Radiocommunication Conference, held in the Netherlands in 2023,')).toContain('HELD_IN Event:World Radiocommunication Conference @ 2023 -> Place:Netherlands (Kingdom of the)');
  });
});

describe('the body that holds a session, named with "on"', () => {
  // conv42a: the body named in a session's name is whose session it is (SESSION_OF, sitting -> body), no ORGANIZES the text states
  const organizes = (text: string): string[] =>
    extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, { body: 'General Assembly', symbol: 'A/RES/79/999' })
      .attributions.filter((a) => a.type === 'SESSION_OF')
      .map((a) => `${a.target} -> ${a.source}`);
  it('A/RES/79/144: the Committee on Fisheries, not a bare "Committee"', () => {
    expect(organizes('Notes that the Committee on Fisheries, at its thirty-sixth session, reaffirmed the role of the Food and Agriculture Organization of the United Nations,')).toContain(
      'Organization:Committee on Fisheries -> Event:thirty-sixth session of the Committee on Fisheries',
    );
  });
  it('the High-level Committee on South-South Cooperation, not a "High-level Committee"', () => {
    expect(organizes('Welcoming the outcome of the twenty-first session of the High-level Committee on South-South Cooperation, held in New York,')).toContain(
      'Organization:High-level Committee on South-South Cooperation -> Event:twenty-first session of the High-level Committee on South-South Cooperation',
    );
  });
  it('"meeting of the Assembly on HIV and AIDS" names no body of its own', () => {
    expect(organizes('Recalling the high-level plenary meeting of the Assembly on HIV and AIDS,').filter((s) => s.startsWith('Organization:Assembly'))).toEqual([]);
  });
});

describe('agent participles that name no agent of the thing before them', () => {
  const attrs = (text: string, type: string): string[] =>
    extractParagraph({ id: 'PP1', kind: 'preambular', text, footnoteRefs: [], subparagraphs: [] }, { body: 'General Assembly', symbol: 'A/RES/78/999' })
      .attributions.filter((a) => a.type === type)
      .map((a) => `${a.source} -> ${a.target}`);
  it('A/RES/78/156 PP7: "hosted by UNESCO" is the (pre-)summit\'s, not the Secretary-General\'s', () => {
    const text =
      'Noting the Transforming Education Summit, convened by the Secretary-General in New York from 16 to 19 September 2022, as well as its Pre-Summit, hosted by the United Nations Educational, Scientific and Cultural Organization in Paris from 28 to 30 June 2022,';
    expect(attrs(text, 'HOSTS')).toEqual(['Organization:United Nations Educational, Scientific and Cultural Organization -> Event:Pre-Summit of the Transforming Education Summit @ 2022']);
  });
  it('a body is hosted when "hosted by" follows its name', () => {
    expect(attrs('Welcoming the work of the United Nations Office for Project Services, hosted by the Government of Denmark,', 'HOSTS')).toEqual([
      'Place:Denmark -> Organization:United Nations Office for Project Services',
    ]);
  });
  it('"least developed country" is no agent participle', () => {
    expect(
      attrs(
        'Requests the President of the General Assembly at its seventy-eighth session to appoint two co-facilitators, one from a developing country and one from a developed country, to launch an intergovernmental process, supported by the Department of Economic and Social Affairs,',
        'LEADS',
      ),
    ).toEqual([]);
  });
  it('A/RES/78/97 PP17: "(Fourth Committee)" after a meeting of that Committee is its other name', () => {
    expect(attrs('as well as at the 9th meeting of the Special Political and Decolonization Committee (Fourth Committee), on 10 October 2023,', 'LEADS')).toEqual([]);
  });
});
