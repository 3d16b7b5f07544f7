// Session-65 audit aud65c: A/RES/80/148 (Culture and sustainable development, Second Committee). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { footnotedAttributions, oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const ctx = ctxOf('A/RES/80/148', '2025-12-15', 'Culture and sustainable development');
// A/RES/80/148 PP16: "... as well as other international conventions of the United Nations Educational, Scientific and Cultural
// Organization that provide a comprehensive framework ... and economic and social development,11"
const PP16 =
  'Recalling the 2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions, as well as other international conventions of the United Nations Educational, Scientific and Cultural Organization that provide a comprehensive framework for the protection, safeguarding and promotion of culture in all its dimensions and acknowledge cultural diversity and economic and social development,11';
const note11 = (body: string) => footnotedAttributions('PP16', PP16, '11', 'development,11', `11 ${body}`, ctx);

describe('a treaty listed in a note with ", of <year>" before its Treaty Series reference: ADOPTED_ON that year', () => {
  it('A/RES/80/148 PP16 note 11: five UNESCO conventions, each "..., of <year> (United Nations, Treaty Series, ...)"', () => {
    const atts = note11(
      'Convention for the Protection of Cultural Property in the Event of Armed Conflict, of 1954 (United Nations, Treaty Series, vol. 249, No. 3511); Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property, of 1970 (United Nations, Treaty Series, vol. 823, No. 11806); Convention on the Protection of the Underwater Cultural Heritage, of 2001 (United Nations, Treaty Series, vol. 2562, No. 45694); and Convention for the Safeguarding of the Intangible Cultural Heritage, of 2003 (United Nations, Treaty Series, vol. 2368, No. 42671).',
    );
    expect(atts).toContain('ADOPTED_ON Framework:Convention for the Protection of Cultural Property in the Event of Armed Conflict -> Date:1954');
    expect(atts).toContain(
      'ADOPTED_ON Framework:Convention on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property -> Date:1970',
    );
    expect(atts).toContain('ADOPTED_ON Framework:Convention on the Protection of the Underwater Cultural Heritage -> Date:2001');
    expect(atts).toContain('ADOPTED_ON Framework:Convention for the Safeguarding of the Intangible Cultural Heritage -> Date:2003');
  });

  it('guard: ", of 2001" with no bracket after it (a year going on into other words) is not read', () => {
    const atts = note11('Convention on the Protection of the Underwater Cultural Heritage, of 2001 and later years, as relevant.');
    expect(atts.filter((a) => a.includes('Date:2001'))).toEqual([]);
  });
});

describe('UNESCO printed with a comma before "and" ("Educational, Scientific, and Cultural"): the one Organization', () => {
  const { keys } = oneParagraph({ ctx, kind: 'preambular' });
  it('A/RES/80/148 PP30: "the third edition of the United Nations Educational, Scientific, and Cultural Organization Creative Cities Beijing Summit"', () => {
    const text =
      'Taking note of the third edition of the United Nations Educational, Scientific, and Cultural Organization Creative Cities Beijing Summit on the theme “Creativity empowers cities, technology creates the future”, held in hybrid format on 17 and 18 September 2020,';
    const events = keys(text, 'Event:');
    expect(events.some((k) => k.startsWith('Event:United Nations Educational, Scientific and Cultural Organization Creative Cities Beijing Summit'))).toBe(true);
    expect(events.filter((k) => k.startsWith('Event:Cultural Organization'))).toEqual([]);
  });

  it('guard: the usual printing keeps its name ("the United Nations Educational, Scientific and Cultural Organization", 80/148 OP20)', () => {
    const text = 'Invites the organizations of the United Nations system, in particular the United Nations Educational, Scientific and Cultural Organization, to continue to provide support;';
    expect(keys(text, 'Organization:', 'operative')).toContain('Organization:United Nations Educational, Scientific and Cultural Organization');
  });
});

describe('"the Annual Conference of the UNESCO Creative Cities Network": one conference, not cut after its owner', () => {
  const { keys, attributions } = oneParagraph({ ctx, kind: 'preambular' });
  const PP30 =
    'Taking note of the thirteenth annual meeting of the Creative Cities Network, held in Fabriano, Italy, from 10 to 15 June 2019, and the seventeenth edition of the Annual Conference of the United Nations Educational, Scientific and Cultural Organization Creative Cities Network, held also in Enghien-les-Bains, on 23 and 24 June 2025, which had a focus on “Culture and artificial intelligence: shaping the future of UNESCO creative cities”,';
  it('A/RES/80/148 PP30: the seventeenth edition, held in Enghien-les-Bains on 23 and 24 June 2025', () => {
    const atts = attributions(PP30);
    const conf = 'Event:Annual Conference of the United Nations Educational, Scientific and Cultural Organization Creative Cities Network @ 2025';
    expect(atts).toContain(`HELD_IN ${conf} -> Place:Enghien-les-Bains`);
    expect(atts).toContain(`STARTS_ON ${conf} -> Date:2025-06-23`);
    expect(atts.filter((a) => a.startsWith('SESSION_OF Event:Annual Conference of the United Nations Educational, Scientific and Cultural Organization @'))).toEqual([]);
  });

  it('guard: the annual meeting of the network before it keeps its own name (80/148 PP30)', () => {
    expect(keys(PP30, 'Event:thirteenth')).toEqual(['Event:thirteenth meeting of the Creative Cities Network']);
  });
});
