// Misses found by the session-23 audit aud23g: A/RES/80/144 (sustainable mountain development), A/RES/79/317 (the situation in
// Afghanistan), A/RES/79/201 (entrepreneurship for sustainable development), and the same forms in other texts. Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/144', date: '2025-12-15' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('"Agenda 21" with a footnote mark glued to its number', () => {
  it('A/RES/80/144 PP5: "the outcome document ..., entitled “The future we want”, 3 Agenda 214 and the Plan of Implementation ..."', () => {
    const text =
      'Recalling the outcome document of the United Nations Conference on Sustainable Development, entitled “The future we want”, 3 Agenda 214 and the Plan of Implementation of the World Summit on Sustainable Development (Johannesburg Plan of Implementation),5';
    expect(relations(text)).toContain('RECALLS Framework:Agenda 21');
  });

  it('A/RES/79/209 PP7: "Taking into account Agenda 217 and the Plan of Implementation ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/209', date: '2024-12-19' };
    const text = 'Taking into account Agenda 217 and the Plan of Implementation of the World Summit on Sustainable Development,8';
    expect(keys(text, 'Framework:Agenda', 'preambular', ctx)).toEqual(['Framework:Agenda 21']);
  });

  it('guard: "Agenda 2063" stays the African Union\'s agenda (A/RES/79/201 PP8), "Agenda 21" unmarked stays Agenda 21', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/201', date: '2024-12-19' };
    expect(keys('taking note of Agenda 2063 of the African Union, and recognizing the importance of Agenda 21,', 'Framework:Agenda', 'preambular', ctx)).toEqual([
      'Framework:Agenda 2063: The Africa We Want',
      'Framework:Agenda 21',
    ]);
  });

  it('guard: a mark starting with 0 is no mark ("Agenda 2105" is not Agenda 21)', () => {
    expect(keys('Recalling Agenda 2105 and its review,', 'Framework:Agenda 21')).toEqual([]);
  });
});

describe('"the <ordinal> global meeting of the <body>" is that body\'s sitting', () => {
  const PP19 =
    'Recalling further the Aspen Declaration, adopted at the sixth global meeting of the International Partnership for Sustainable Development in Mountain Regions (Mountain Partnership), convened in Aspen, United States of America, from 26 to 29 September 2022,';
  const SIXTH = 'Event:sixth global meeting of the International Partnership for Sustainable Development in Mountain Regions';
  const PARTNERSHIP = 'Initiative:International Partnership for Sustainable Development in Mountain Regions';

  it('A/RES/80/144 PP19: the meeting, where and when, what it adopted', () => {
    expect(relations(PP19)).toContain(`RECALLS ${SIXTH}`);
    expect(attributions(PP19)).toEqual(
      expect.arrayContaining([`ADOPTED ${SIXTH} -> Framework:Aspen Declaration`, `HELD_IN ${SIXTH} -> Place:Aspen`, `STARTS_ON ${SIXTH} -> Date:2022-09-26`, `ENDS_ON ${SIXTH} -> Date:2022-09-29`]),
    );
  });

  it('A/RES/80/144 PP19: "(Mountain Partnership)" after the sitting\'s name is the Partnership\'s short name, not the sitting\'s', () => {
    const ctx = { ...GA };
    expect(relations(PP19, 'preambular', ctx)).toContain(`RECALLS ${PARTNERSHIP}`);
    const op4 = 'Takes note with appreciation of the work of the Mountain Partnership;';
    expect(relations(op4, 'operative', ctx)).toEqual([`NOTES ${PARTNERSHIP}`]);
  });

  it('A/RES/80/144 OP31: "looks forward to the seventh global meeting of the Mountain Partnership, to be hosted by the Government of Andorra"', () => {
    const ctx = { ...GA };
    extract(PP19, 'preambular', ctx);
    const text =
      'Encourages initiatives, and notes in this regard the fifth global meeting of the Mountain Partnership, held in Rome from 11 to 13 December 2017, the fourth World Mountain Forum, held in Bishkek from 23 to 26 October 2018, looks forward to the seventh global meeting of the Mountain Partnership, to be hosted by the Government of Andorra in Andorra from 26 to 28 March 2026;';
    const SEVENTH = 'Event:seventh global meeting of the International Partnership for Sustainable Development in Mountain Regions';
    const FIFTH = 'Event:fifth global meeting of the International Partnership for Sustainable Development in Mountain Regions';
    expect(relations(text, 'operative', ctx)).toEqual(expect.arrayContaining([`NOTES ${FIFTH}`, `LOOKS_FORWARD_TO ${SEVENTH}`]));
    const attrs = attributions(text, 'operative', ctx);
    expect(attrs).toEqual(expect.arrayContaining([`HELD_IN ${FIFTH} -> Place:Rome`, `HOSTS Place:Andorra -> ${SEVENTH}`, `STARTS_ON ${SEVENTH} -> Date:2026-03-26`]));
    expect(attrs).not.toContain(`HOSTS Place:Andorra -> ${PARTNERSHIP}`);
  });

  it('guard: an acronym after a sitting\'s name still names the sitting ("the twenty-eighth session of the Conference of the Parties ... (COP28)")', () => {
    const ctx = { ...GA };
    const text =
      'Noting the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change (COP28), held in Dubai, United Arab Emirates, from 30 November to 13 December 2023,';
    extract(text, 'preambular', ctx);
    expect(keys('Welcoming the outcome of COP28,', 'Event:', 'preambular', ctx)).toEqual([
      'Event:twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change',
    ]);
  });

  it('guard: "a global meeting" with no ordinal is no sitting', () => {
    expect(keys('Recalling the global meeting of the Mountain Partnership,', 'Event:')).toEqual([]);
  });
});

describe('one node per envoy of the Secretary-General, however printed', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/317', date: '2025-07-07' };
  const SRSG = 'Organization:Special Representative of the Secretary-General for Afghanistan';

  it('A/RES/79/317 PP20 and OP64: "his Special Representative for Afghanistan", "the Special Representative of the Secretary-General for Afghanistan"', () => {
    const pp20 =
      'Stressing the central and impartial role of the United Nations in promoting peace and stability in Afghanistan, expressing its appreciation and strong support for all the efforts of the Secretary-General and his Special Representative for Afghanistan in this regard,';
    const op64 = 'Fully supports the work of the United Nations Assistance Mission in Afghanistan, and expresses its appreciation for the work of the Special Representative of the Secretary-General for Afghanistan;';
    expect(relations(pp20, 'preambular', ctx)).toContain(`EXPRESSES ${SRSG}`);
    expect(relations(op64, 'operative', ctx)).toContain(`EXPRESSES ${SRSG}`);
  });

  it('A/RES/79/227 PP33 and A/RES/80/144 PP28: "the Special Envoy of the Secretary-General on Water" is "the United Nations Special Envoy on Water"', () => {
    const water = 'Organization:United Nations Special Envoy on Water';
    expect(keys('Noting the appointment of the Special Envoy of the Secretary-General on Water to galvanize partnerships,', 'Organization:', 'preambular', ctx)).toEqual([water]);
    expect(keys('noting the nomination of the United Nations Special Envoy on Water,', 'Organization:', 'preambular', ctx)).toEqual([water]);
  });

  it('guard: another envoy keeps its own node ("the Special Representative of the Secretary-General for Children and Armed Conflict")', () => {
    expect(keys('Welcoming the work of the Special Representative of the Secretary-General for Children and Armed Conflict,', 'Organization:Special', 'preambular', ctx)).toEqual([
      'Organization:Special Representative of the Secretary-General for Children and Armed Conflict',
    ]);
  });
});

describe('a subsidiary body printed with its convention\'s name or not', () => {
  it('A/RES/80/144 PP15: "the sixtieth session of the Subsidiary Body for Scientific and Technological Advice of the United Nations Framework Convention on Climate Change" is the session of the body named before', () => {
    const text =
      'Taking note with appreciation also of the first-ever expert dialogue on mountains and climate change, convened by the Chair of the Subsidiary Body for Scientific and Technological Advice, and held on 5 June 2024 during the sixtieth session of the Subsidiary Body for Scientific and Technological Advice of the United Nations Framework Convention on Climate Change,';
    const sbsta = 'Organization:Subsidiary Body for Scientific and Technological Advice';
    expect(keys(text, 'Organization:Subsidiary')).toEqual([sbsta]);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text)).toContain(`SESSION_OF Event:sixtieth session of the Subsidiary Body for Scientific and Technological Advice -> ${sbsta}`);
  });
});

describe('a day named "Micro-, Small and Medium-sized Enterprises Day"', () => {
  it('A/RES/79/201 PP14: the whole name, not "Small and Medium-sized Enterprises Day"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/201', date: '2024-12-19' };
    const text = 'Recalling its resolution 71/279 of 6 April 2017 on Micro-, Small and Medium-sized Enterprises Day,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual(['Event:Micro-, Small and Medium-sized Enterprises Day']);
  });

  it('guard: "micro-, small and medium-sized enterprises" in lower case is no day (A/RES/79/201 PP15)', () => {
    const text = 'Recognizing the importance of micro-, small and medium-sized enterprises, which globally represent about 90 per cent of businesses,';
    expect(keys(text, 'Event:')).toEqual([]);
  });
});
