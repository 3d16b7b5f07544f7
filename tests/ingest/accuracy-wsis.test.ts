// Misses found reading the ICT/WSIS resolutions (A/RES/78/132, 79/194, 80/173) as an annotator would:
// the sentences are quoted from them; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import { findDates } from '../../ingest/recognize/dates.js';
import type { RecognizeContext } from '../../ingest/models.js';

function attributions(text: string): string[] {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/999' };
  const px = extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
  return px.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
}

function dates(text: string): string[] {
  return findDates(text).map((d) => `${d.key}${d.attrs.role ? ' ' + String(d.attrs.role) : ''}`);
}

describe('"<framework>, adopted by the General Assembly in its resolution N": the resolution adopted it', () => {
  it('A/RES/80/173 OP66: the Sevilla Commitment adopted in resolution 79/323', () => {
    expect(
      attributions(
        'We reaffirm the call in the outcome document of the Fourth International Conference on Financing for Development, the Sevilla Commitment, adopted by the General Assembly in its resolution 79/323 of 25 August 2025, for the development of financing',
      ),
    ).toContain('ADOPTED Resolution:A/RES/79/323 -> Framework:Sevilla Commitment');
  });

  it('"Recalling further the Declaration on the Right to Development, adopted by the General Assembly in its resolution 41/128"', () => {
    expect(attributions('Recalling further the Declaration on the Right to Development, adopted by the General Assembly in its resolution 41/128 of 4 December 1986,')).toContain(
      'ADOPTED Resolution:A/RES/41/128 -> Framework:Declaration on the Right to Development',
    );
  });

  it('a resolution that only recalls a framework, with no "adopted", does not adopt it', () => {
    expect(attributions('Recalling the Sevilla Commitment, and recalling its resolution 79/323 of 25 August 2025,').filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('"adopted" said of something else in between does not tie the framework to the resolution', () => {
    expect(
      attributions('Recalling the Sevilla Commitment, and the measures adopted by Member States, as well as its resolution 79/323 of 25 August 2025,').filter((a) => a.startsWith('ADOPTED')),
    ).toEqual([]);
  });
});

describe('a sitting over two days across a month end: "on 30 November and 1 December 2023"', () => {
  it('A/RES/78/132 OP15: the fourth meeting of the Working Group is dated from 30 November to 1 December', () => {
    expect(dates('Looks forward to the holding of the fourth meeting of the Working Group on Measuring E-commerce and the Digital Economy, on 30 November and 1 December 2023, and the seventh session')).toEqual([
      'Date:2023-11-30 start',
      'Date:2023-12-01 end',
    ]);
  });

  it('the meeting takes both days as its start and end', () => {
    expect(attributions('Looks forward to the holding of the fourth meeting of the Working Group on Measuring E-commerce, on 30 November and 1 December 2023;')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^STARTS_ON .* -> Date:2023-11-30$/), expect.stringMatching(/^ENDS_ON .* -> Date:2023-12-01$/)]),
    );
  });

  it('two dates months apart joined by "and" are no range (each a date of its own: audit8)', () => {
    expect(dates('in its resolutions adopted on 5 October and 12 December 2023')).toEqual(['Date:2023-10-05', 'Date:2023-12-12']);
  });

  it('A/RES/78/64: "on 20 and 21 July and 22 July 2022, respectively" are two sittings, not a range 21-22 July', () => {
    expect(dates('were held in Geneva on 20 and 21 July and 22 July 2022, respectively,')).toEqual(['Date:2022-07-20 start', 'Date:2022-07-21 end', 'Date:2022-07-22']);
  });

  it('"to" still reads a range of any length', () => {
    expect(dates('from 26 September to 14 October 2022')).toEqual(['Date:2022-09-26 start', 'Date:2022-10-14 end']);
  });
});

describe('"adopted by the World Summit on the Information Society at its first phase, held in Geneva from ..."', () => {
  const PP8 =
    'Recalling the Declaration of Principles and the Plan of Action adopted by the World Summit on the Information Society at its first phase, held in Geneva from 10 to 12 December 2003, and endorsed by the General Assembly, and the Tunis Commitment and the Tunis Agenda for the Information Society adopted by the Summit at its second phase, held in Tunis from 16 to 18 November 2005, and endorsed by the Assembly,';
  // (flipped by conv42b: the genre's annotations take the WSIS as one event held in both cities, each on its own days; no phases)
  const WSIS = 'Event:World Summit on the Information Society';

  it('A/RES/79/194 PP8: the Summit was held in each city, on each phase\'s days', () => {
    const a = attributions(PP8);
    expect(a).toEqual(
      expect.arrayContaining([
        `HELD_IN ${WSIS} -> Place:Geneva`,
        `STARTS_ON ${WSIS} -> Date:2003-12-10`,
        `ENDS_ON ${WSIS} -> Date:2003-12-12`,
        `HELD_IN ${WSIS} -> Place:Tunis`,
        `STARTS_ON ${WSIS} -> Date:2005-11-16`,
        `ENDS_ON ${WSIS} -> Date:2005-11-18`,
      ]),
    );
    expect(a.filter((x) => x.includes('phase'))).toEqual([]);
  });

  it('A/RES/80/215: "the outcomes of the World Summit ... adopted at its first phase, ..., and at its second phase, held in Tunis"', () => {
    const found = attributions(
      'reaffirming that Internet governance should continue to follow the provisions set forth in the outcomes of the World Summit on the Information Society adopted at its first phase, held in Geneva from 10 to 12 December 2003, and at its second phase, held in Tunis from 16 to 18 November 2005, including in relation to enhanced cooperation,',
    );
    expect(found).toEqual(expect.arrayContaining([`HELD_IN ${WSIS} -> Place:Geneva`, `HELD_IN ${WSIS} -> Place:Tunis`, `ENDS_ON ${WSIS} -> Date:2005-11-18`]));
  });

  it('another body\'s "first phase" is no phase of the Summit: the Summit was not held there', () => {
    expect(attributions('Recalling the outcome adopted by the World Health Assembly at its first phase, held in Geneva from 10 to 12 December 2003,').filter((a) => a.includes('World Summit'))).toEqual([]);
  });
});

describe('"the convening of <event> by <agent>": the agent organizes it', () => {
  it('A/RES/78/132 PP46: the World Telecommunication Development Conference convened by the ITU', () => {
    expect(
      attributions('Noting also the convening of the World Telecommunication Development Conference by the International Telecommunication Union in Kigali from 6 to 16 June 2022, under the theme “Connecting the unconnected to achieve sustainable development”,'),
    ).toContain('ORGANIZES Organization:International Telecommunication Union -> Event:World Telecommunication Development Conference @ 2022');
  });

  it('"by" followed by no agent ("by 2030") organizes nothing', () => {
    expect(attributions('Welcomes the convening of the World Telecommunication Development Conference by 2030,').filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });

  it('a country named without "the Government of" does not organize', () => {
    expect(attributions('Noting the convening of the World Telecommunication Development Conference by Rwanda in 2022,').filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });
});

function mentions(text: string): string[] {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/999' };
  const px = extractParagraph({ id: 'OP1', kind: 'operative', text, footnoteRefs: [], subparagraphs: [] }, ctx);
  return px.mentions.map((m) => `${m.key}${m.nested ? ' (nested)' : ''}`);
}

describe('bodies and forums of the ICT resolutions named in full', () => {
  it('A/RES/78/132 OP15: the Working Group on Measuring E-commerce and the Digital Economy (not cut at "and the")', () => {
    const found = mentions('Looks forward to the holding of the fourth meeting of the Working Group on Measuring E-commerce and the Digital Economy, on 30 November and 1 December 2023, and the seventh session');
    expect(found).toContain('Event:fourth meeting of the Working Group on Measuring E-commerce and the Digital Economy');
    expect(found).toContain('Organization:Working Group on Measuring E-commerce and the Digital Economy (nested)');
    expect(found).not.toContain('Organization:Working Group on Measuring E-commerce');
  });

  it('A/RES/79/194 OP57: the Economic and Social Council forum on financing for development follow-up, the Council kept', () => {
    const found = mentions('Welcomes the holding of the ninth annual Economic and Social Council forum on financing for development follow-up, takes note of its intergovernmentally agreed conclusions and recommendations,');
    expect(found).toEqual(expect.arrayContaining(['Organization:Economic and Social Council', 'Event:forum on financing for development follow-up']));
  });

  it('A/RES/80/173 OP95: the NETmundial+10 guidelines are a framework the Assembly notes', () => {
    expect(mentions('We take note of the NETmundial+10 guidelines for multi-stakeholder collaboration and consensus-building, endorsed in April 2024, as a contribution to strengthening Internet governance')).toContain(
      'Framework:NETmundial+10 guidelines for multi-stakeholder collaboration and consensus-building',
    );
  });

  it('A/RES/80/173 OP1: "the high-level meeting ... on the overall review ... at its eightieth session" ends before "at its"', () => {
    const found = mentions(
      'Adopts the following outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society at its eightieth session: We, the Ministers',
    );
    expect(found).toContain('Event:high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society');
    expect(found).toContain('Event:eightieth session of the General Assembly');
    expect(found.some((k) => k.includes('at its eightieth'))).toBe(false);
  });

  it('"at its" not followed by a session stays in the topic', () => {
    expect(mentions('Recalls the high-level meeting on the review of progress at its core, held in 2023,').some((k) => k.startsWith('Event:high-level meeting on the review of progress at its core'))).toBe(true);
  });

  it('"financing for development" alone is no forum', () => {
    expect(mentions('Stresses the importance of the follow-up to financing for development outcomes,').filter((k) => k.startsWith('Event:'))).toEqual([]);
  });
});
