// Attributions between entities, from real sentences of the seed (E/2025/31 draft resolution I)
// and the corpus, with every recogniser's mentions as the pipeline gives them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findAttributions } from '../../ingest/attributions.js';
import { findOrganizations } from '../../ingest/recognize/organizations.js';
import { findEvents } from '../../ingest/recognize/events.js';
import { findInitiatives } from '../../ingest/recognize/initiatives.js';
import { findFrameworks } from '../../ingest/recognize/frameworks.js';
import { findActionLines } from '../../ingest/recognize/actionLines.js';
import { findPlaces } from '../../ingest/recognize/places.js';
import { findDates } from '../../ingest/recognize/dates.js';
import { findResolutionRefs } from '../../ingest/recognize/resolutions.js';
import type { Attribution, EntityMention, RecognizeContext } from '../../ingest/models.js';

function mentionsOf(text: string, ctx: RecognizeContext = { body: 'Economic and Social Council' }): EntityMention[] {
  return [
    ...findResolutionRefs(text, ctx),
    ...findOrganizations(text, ctx),
    ...findEvents(text, ctx),
    ...findInitiatives(text, ctx),
    ...findFrameworks(text, ctx),
    ...findActionLines(text, ctx),
    ...findPlaces(text, ctx),
    ...findDates(text, ctx),
  ].sort((a, b) => a.start - b.start);
}
const triples = (text: string, ctx?: RecognizeContext): string[] =>
  findAttributions(text, mentionsOf(text, ctx)).map((a) => `${a.type} ${a.source} -> ${a.target}`);

const ITU = 'Organization:International Telecommunication Union';
const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';

describe('findAttributions: LEADS', () => {
  it('"led by" (seed OP16): the agency leads the day, the Assembly that proclaimed it does not', () => {
    const t = triples('Welcomes the holding of World Press Freedom Day, celebrated annually on 3 May, proclaimed by the General Assembly and led by the United Nations Educational, Scientific and Cultural Organization;');
    expect(t).toEqual([`LEADS ${UNESCO} -> Event:World Press Freedom Day`]);
  });

  it('"(ITU)" right after an initiative or day names its lead (seed OP69)', () => {
    const t = triples(
      'including, among others, International Girls in ICT Day (International Telecommunication Union), the EQUALS in Tech Awards (International Telecommunication Union and United Nations Entity for Gender Equality and the Empowerment of Women), the eTrade for Women Network (United Nations Conference on Trade and Development)',
    );
    expect(t).toEqual([
      `LEADS ${ITU} -> Event:International Girls in ICT Day`,
      `LEADS ${ITU} -> Initiative:EQUALS in Tech Awards`,
      'LEADS Organization:United Nations Entity for Gender Equality and the Empowerment of Women -> Initiative:EQUALS in Tech Awards',
      'LEADS Organization:United Nations Conference on Trade and Development -> Initiative:eTrade for Women Network',
    ]);
  });

  it('"maintained by" makes the maintainer lead a database (seed OP24)', () => {
    expect(triples('to contribute information to the stocktaking database maintained by the International Telecommunication Union on the implementation')).toEqual([
      `LEADS ${ITU} -> Initiative:World Summit on the Information Society Stocktaking database`,
    ]);
  });

  it('"facilitated by" an agency leads the action line', () => {
    expect(triples('the e-health action line facilitated by the World Health Organization')).toEqual(['LEADS Organization:World Health Organization -> ActionLine:C7 E-health']);
  });

  it('the span covers the attribution phrase', () => {
    const text = 'World Telecommunication and Information Society Day, celebrated annually on 17 May and led by the International Telecommunication Union;';
    const [a] = findAttributions(text, mentionsOf(text));
    expect(a).toMatchObject({ type: 'LEADS', phrase: 'led by the International Telecommunication Union' } satisfies Partial<Attribution>);
    expect(text.slice(a!.start, a!.end)).toBe(a!.phrase);
  });
});

describe('findAttributions: ORGANIZES and HOSTS', () => {
  const op77 =
    'Notes the holding of the World Summit on the Information Society (WSIS)+20 Forum High-level Event 2024, hosted by the International Telecommunication Union and jointly organized by the Union, the United Nations Educational, Scientific and Cultural Organization, the United Nations Development Programme and the United Nations Conference on Trade and Development in Geneva, from 27 to 31 May 2024;';

  it('"hosted by X and jointly organized by the Union, Y, Z and W" (seed OP77)', () => {
    const ev = 'Event:WSIS+20 Forum High-level Event @ 2024';
    expect(triples(op77)).toEqual([
      `HOSTS ${ITU} -> ${ev}`,
      `ORGANIZES ${ITU} -> ${ev}`,
      `ORGANIZES ${UNESCO} -> ${ev}`,
      `ORGANIZES Organization:United Nations Development Programme -> ${ev}`,
      `ORGANIZES Organization:United Nations Conference on Trade and Development -> ${ev}`,
      `HELD_IN ${ev} -> Place:Geneva`,
      `STARTS_ON ${ev} -> Date:2024-05-27`,
      `ENDS_ON ${ev} -> Date:2024-05-31`,
    ]);
  });

  it('"hosted by the Government of Ghana and UNESCO": the country hosts (seed OP17)', () => {
    const t = triples('the global conference to commemorate the International Day for Universal Access to Information, hosted by the Government of Ghana and the United Nations Educational, Scientific and Cultural Organization on 1 and 2 October 2024, which served');
    expect(t).toContain('HOSTS Place:Ghana -> Event:International Day for Universal Access to Information');
    expect(t).toContain(`HOSTS ${UNESCO} -> Event:International Day for Universal Access to Information`);
  });

  it('"convened in New Delhi on 14 October 2024 by the ITU": the agent after venue and date (seed OP57)', () => {
    const ev = 'Event:Global Standards Symposium @ 2024';
    expect(triples('the holding of the Global Standards Symposium, convened in New Delhi on 14 October 2024 by the International Telecommunication Union;')).toEqual([
      `ORGANIZES ${ITU} -> ${ev}`,
      `HELD_IN ${ev} -> Place:New Delhi`,
      `STARTS_ON ${ev} -> Date:2024-10-14`,
    ]);
  });

  it('a session or meeting of a body is that body\'s (SESSION_OF)', () => {
    expect(triples('Notes the holding of the nineteenth meeting of the Internet Governance Forum, organized in Riyadh from 15 to 19 December 2024')).toEqual([
      // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
      'SESSION_OF Event:nineteenth meeting of the Internet Governance Forum -> Organization:Internet Governance Forum',
      'HELD_IN Event:nineteenth meeting of the Internet Governance Forum -> Place:Riyadh',
      'STARTS_ON Event:nineteenth meeting of the Internet Governance Forum -> Date:2024-12-15',
      'ENDS_ON Event:nineteenth meeting of the Internet Governance Forum -> Date:2024-12-19',
    ]);
  });

  it('an agent followed by more name words is not an agent ("developed by United Nations World Summit action line facilitators")', () => {
    const ctx: RecognizeContext = {};
    mentionsOf('the World Summit on the Information Society', ctx);
    const t = triples('recognizing the World Summit on the Information Society-Sustainable Development Goals matrix developed by United Nations World Summit action line facilitators', ctx);
    expect(t.filter((x) => x.startsWith('LEADS'))).toEqual([]);
  });
});

describe('findAttributions: HELD_IN, STARTS_ON, ENDS_ON', () => {
  it('"in Quito, Ecuador, from 17 to 20 October 2016": the city is the venue', () => {
    const ev = 'Event:United Nations Conference on Housing and Sustainable Urban Development @ 2016';
    expect(triples('the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito, Ecuador, from 17 to 20 October 2016')).toEqual([
      `HELD_IN ${ev} -> Place:Quito`,
      `STARTS_ON ${ev} -> Date:2016-10-17`,
      `ENDS_ON ${ev} -> Date:2016-10-20`,
    ]);
  });

  it('dates spanning two months (seed OP54)', () => {
    const t = triples('the holding of its Plenipotentiary Conference in Bucharest from 26 September to 14 October 2022, at which the membership reaffirmed');
    expect(t).toContain('STARTS_ON Event:Plenipotentiary Conference of the International Telecommunication Union @ 2022 -> Date:2022-09-26');
    expect(t).toContain('ENDS_ON Event:Plenipotentiary Conference of the International Telecommunication Union @ 2022 -> Date:2022-10-14');
    expect(t).toContain('HELD_IN Event:Plenipotentiary Conference of the International Telecommunication Union @ 2022 -> Place:Bucharest');
  });

  it('a recurring day takes no venue or date from the paragraph', () => {
    expect(triples('Welcomes World Press Freedom Day, celebrated annually on 3 May in Paris')).toEqual([]);
  });

  it('a place that is not the venue is not HELD_IN ("negotiations ... in Geneva and New York")', () => {
    const ctx: RecognizeContext = {};
    mentionsOf('the World Summit on the Information Society', ctx);
    expect(triples('the negotiations of the World Summit 20-year review and follow-up in Geneva and New York', ctx)).toEqual([]);
  });
});

describe('findAttributions: ADOPTED and PART_OF', () => {
  it('"in which the Assembly adopted the Pact for the Future which includes the Global Digital Compact and the Declaration on Future Generations" (seed PP)', () => {
    const t = triples('Recalling further General Assembly resolutions 79/1 of 22 September 2024, in which the Assembly adopted the Pact for the Future which includes the Global Digital Compact and the Declaration on Future Generations, and 79/194 of 19 December 2024');
    expect(t).toContain('ADOPTED Resolution:A/RES/79/1 -> Framework:Pact for the Future');
    expect(t).toContain('PART_OF Framework:Global Digital Compact -> Framework:Pact for the Future');
    expect(t).toContain('PART_OF Framework:Declaration on Future Generations -> Framework:Pact for the Future');
  });

  it('"resolution 70/1 ..., entitled “Transforming our world: the 2030 Agenda ...”" adopted the 2030 Agenda', () => {
    // (conv42c: a resolution's title states no adoption: no ADOPTED from it)
    expect(triples('Recalling General Assembly resolution 70/1 of 25 September 2015, entitled “Transforming our world: the 2030 Agenda for Sustainable Development”,')).toEqual([]);
  });

  it('"the Global Digital Compact, annexed to the Pact for the Future"', () => {
    expect(triples('the Global Digital Compact, annexed to the Pact for the Future, and')).toEqual(['PART_OF Framework:Global Digital Compact -> Framework:Pact for the Future']);
    expect(triples('the Global Digital Compact, which is an integral part of the Pact for the Future')).toEqual(['PART_OF Framework:Global Digital Compact -> Framework:Pact for the Future']);
  });

  // (flipped by conv42b: the genre's annotations take the WSIS as one event held in both cities, no phase entities)
  it('the Summit was held in the cities that name its phases (seed OP26)', () => {
    const ctx: RecognizeContext = {};
    mentionsOf('the World Summit on the Information Society', ctx);
    const t = triples('to oversee the system-wide follow-up to the outcomes of the Geneva and Tunis phases of the World Summit;', ctx);
    expect(t).toEqual(['HELD_IN Event:World Summit on the Information Society -> Place:Geneva', 'HELD_IN Event:World Summit on the Information Society -> Place:Tunis']);
  });

  it('an edition is part of its series ("WSIS Forum 2025")', () => {
    expect(triples('participate in the WSIS Forum 2025')).toEqual(['PART_OF Event:World Summit on the Information Society Forum @ 2025 -> Event:World Summit on the Information Society Forum']);
  });
});

describe('findAttributions: robustness', () => {
  it('no attribution without entities', () => {
    expect(triples('calls upon Member States and other stakeholders to adopt all needed measures, organized by them')).toEqual([]);
    expect(findAttributions('', [])).toEqual([]);
  });

  it('never throws and keeps spans inside the text (property)', () => {
    const words = ['led by', 'organized by', 'hosted by the Government of', 'in', 'the', ',', 'ITU', 'UNESCO', 'Geneva', 'Ghana', 'WSIS Forum 2025', 'from 1 to 3 May 2024', 'in which the Assembly adopted', 'Pact for the Future', 'which includes', 'Global Digital Compact', '(', ')', 'resolution 79/1', 'World Press Freedom Day'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string()), { maxLength: 25 }), (parts) => {
        const text = parts.join(' ');
        const ms = mentionsOf(text, {});
        for (const a of findAttributions(text, ms)) {
          expect(a.start).toBeGreaterThanOrEqual(0);
          expect(a.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(a.start, a.end)).toBe(a.phrase);
        }
      }),
      { numRuns: 300 },
    );
  });
});
