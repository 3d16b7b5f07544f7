// Misses found by the session-24 audit aud24c: A/RES/79/276 (Decade of Action on Nutrition), A/RES/80/183 (International
// Year of the Family), A/RES/79/216 (globalization and interdependence), and the same forms in other texts. Each case quotes
// the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/276', date: '2025-03-25' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('"its pre‑Summit" printed with a non-breaking hyphen is a sitting of its own too', () => {
  const PP26 =
    'Taking note with appreciation of the 2021 United Nations Food Systems Summit, convened by the Secretary-General on 23 and 24 September 2021, as well as its pre\u2011Summit, held from 26 to 28 July 2021 in Rome, noting the Chair’s Summary and Statement of Action on the United Nations Food Systems Summit, issued by the Secretary-General,';
  it('A/RES/79/276 PP26: Rome is the pre-Summit\'s venue, not the Summit\'s', () => {
    const found = attributions(PP26, 'preambular', { ...GA });
    expect(found).toContain('HELD_IN Event:Pre-Summit of the United Nations Food Systems Summit @ 2021 -> Place:Rome');
    expect(found).not.toContain('HELD_IN Event:United Nations Food Systems Summit @ 2021 -> Place:Rome');
  });

  it('A/RES/79/267 form: "the Transforming Education Summit ..., as well as its pre‑Summit, hosted by UNESCO ..."', () => {
    const text =
      'Recalls the Transforming Education Summit, convened by the Secretary-General in New York on 16, 17 and 19 September 2022, as well as its pre\u2011Summit, hosted by the United Nations Educational, Scientific and Cultural Organization from 28 to 30 June 2022 in Paris;';
    const found = attributions(text, 'operative', { ...GA });
    expect(found).toContain(
      'HOSTS Organization:United Nations Educational, Scientific and Cultural Organization -> Event:Pre-Summit of the Transforming Education Summit @ 2022',
    );
    expect(found).not.toContain('HELD_IN Event:Transforming Education Summit @ 2022 -> Place:Paris');
  });

  it('guard: a non-breaking hyphen with no summit named before makes no sitting', () => {
    expect(keys('Noting the work of the Secretary-General and its pre\u2011Summit consultations,', 'Event:', 'preambular', { ...GA })).toEqual([]);
  });
});

describe('"the <ordinal> <qualifier> summit of <a body or coalition>" is that sitting', () => {
  const PP5 =
    'Acknowledging the importance of implementing safe, nutritious and sufficient school feeding programmes, taking note of the convening of the first global summit of the School Meals Coalition in Paris on 18 and 19 October 2023 and looking forward to the second global summit of the School Meals Coalition in Fortaleza, Brazil, in September 2025,';
  const FIRST = 'Event:first global summit of the School Meals Coalition';
  const SECOND = 'Event:second global summit of the School Meals Coalition';
  it('A/RES/79/276 PP5 (79/227, 80/141, 80/157, 78/156): two summits, each with its venue and dates', () => {
    expect(keys(PP5, 'Event:', 'preambular', { ...GA })).toEqual([FIRST, SECOND]);
    const found = attributions(PP5, 'preambular', { ...GA });
    expect(found).toEqual(
      expect.arrayContaining([
        `HELD_IN ${FIRST} -> Place:Paris`,
        `STARTS_ON ${FIRST} -> Date:2023-10-18`,
        `ENDS_ON ${FIRST} -> Date:2023-10-19`,
        `HELD_IN ${SECOND} -> Place:Fortaleza`,
      ]),
    );
    const rel = relations(PP5, 'preambular', { ...GA });
    expect(rel).toContain(`NOTES ${FIRST}`);
    expect(rel).toContain(`LOOKS_FORWARD_TO ${SECOND}`);
  });

  it('A/RES/78/54 PP (80/36, 79/31): "at the thirtieth ordinary summit of the Economic Community of West African States"', () => {
    const text =
      'Recalling the adoption, on 14 June 2006 in Abuja at the thirtieth ordinary summit of the Economic Community of West African States, of the Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials,';
    expect(keys(text, 'Event:', 'preambular', { ...GA })).toEqual(['Event:thirtieth ordinary summit of the Economic Community of West African States']);
  });

  it('guard: "its second summit" with no body printed after it stays unread (A/RES/80/15 PP)', () => {
    const text =
      'Taking note of the proclamation of Latin America and the Caribbean as a zone of peace by the Community of Latin American and Caribbean States at its second summit, held in Havana on 28 and 29 January 2014,';
    expect(keys(text, 'Event:', 'preambular', { ...GA })).toEqual([]);
  });

  it('guard: a summit of a named series keeps its name ("the Second Summit of the Community of Latin American and Caribbean States")', () => {
    const text = 'Recalling the Special Declaration adopted at the Second Summit of the Community of Latin American and Caribbean States, held in Havana on 28 and 29 January 2014,';
    expect(keys(text, 'Event:', 'preambular', { ...GA })).toEqual(['Event:Second Summit of the Community of Latin American and Caribbean States']);
  });
});

describe('a Stocktaking Moment printed without its "+N" is the follow-up of that year, not the summit', () => {
  const PLUS4 = 'Event:United Nations Food Systems Summit +4 Stocktaking Moment @ 2025';
  const SUMMIT = 'Event:United Nations Food Systems Summit @ 2021';
  it('A/RES/80/157 PP18: "the United Nations Food Systems Summit Stocktaking Moment, convened ... from 27 to 29 July 2025 ... in Addis Ababa"', () => {
    const text =
      'Taking note with appreciation of the United Nations Food Systems Summit Stocktaking Moment, convened by the Secretary-General from 27 to 29 July 2025 and co-hosted by the Governments of Ethiopia and Italy in Addis Ababa,';
    expect(keys(text, 'Event:', 'preambular', { ...GA })).toEqual([PLUS4]);
    const found = attributions(text, 'preambular', { ...GA });
    expect(found).toContain(`HELD_IN ${PLUS4} -> Place:Addis Ababa`);
    expect(found).not.toContain(`HELD_IN ${SUMMIT} -> Place:Addis Ababa`);
  });

  it('A/RES/79/276 PP26: "the second United Nations Food Systems Summit Stocktaking Moment (UNFSS+4)"', () => {
    const text =
      'Taking note with appreciation also of the United Nations Food Systems Summit +2 Stocktaking Moment, convened by the Secretary-General and hosted by the Government of Italy in Rome from 24 to 26 July 2023, and looking forward to the second United Nations Food Systems Summit Stocktaking Moment (UNFSS+4), to be hosted by the Government of Ethiopia in Addis Ababa from 27 to 29 July 2025,';
    expect(keys(text, 'Event:', 'preambular', { ...GA })).toEqual(['Event:United Nations Food Systems Summit +2 Stocktaking Moment @ 2023', PLUS4]);
    expect(relations(text, 'preambular', { ...GA })).toContain(`LOOKS_FORWARD_TO ${PLUS4}`);
  });

  it('A/RES/80/157 OP4: "the 2025 United Nations Food Systems Summit Stocktaking Moment"', () => {
    const text =
      'Calls for the continued implementation of the voluntary commitments of the 2025 United Nations Food Systems Summit Stocktaking Moment, including the renewed Call to Action by the Secretary-General;';
    expect(keys(text, 'Event:', 'operative', { ...GA })).toEqual([PLUS4]);
  });

  it('A/RES/78/168 OP4 (79/227): "looks forward to the 2025 Stocktaking Moment of the United Nations Food Systems Summit"', () => {
    const text =
      'Welcomes the operationalization of the United Nations Food Systems Coordination Hub, and looks forward to the 2025 Stocktaking Moment of the United Nations Food Systems Summit;';
    expect(keys(text, 'Event:', 'operative', { ...GA })).toEqual([PLUS4]);
    expect(relations(text, 'operative', { ...GA })).not.toContain(`LOOKS_FORWARD_TO ${SUMMIT}`);
  });

  it('guard: the summit named alone stays the summit (A/RES/79/276 OP12)', () => {
    const text = 'Emphasizes the need to maintain political momentum in the context of the follow-up to the United Nations Food Systems Summit;';
    expect(keys(text, 'Event:', 'operative', { ...GA })).toEqual([SUMMIT]);
  });
});
