// Known misses fixed in session 25 (fix25b): a decision's topic read as the end of a convention's name ("the Conference of
// the Parties to the Convention on the Platform’s purpose"), the political declaration on Africa's development needs
// (resolution 63/1), and the Global Refugee Forum named by its year as well as by its ordinal. Each case quotes the file
// and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/206', date: '2024-12-19' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"on the <Word>’s <topic>" after a convention is the decision’s topic, not the convention’s name', () => {
  const OP33 =
    'Notes the ongoing work and potential of the Local Communities and Indigenous Peoples Platform of the United Nations Framework Convention on Climate Change, established for the exchange of experiences and sharing of best practices on mitigation and adaptation in a holistic and integrated manner, recalls decision 2/CP.23 of the Conference of the Parties to the Convention on the Platform’s purpose and functions and decision 16/CP.26 of the Conference of the Parties on the continuation of the mandate of the Facilitative Working Group of the Local Communities and Indigenous Peoples Platform;';

  it('A/RES/79/206 OP33 (78/153 OP31, 80/138 OP33): no Event "Conference of the Parties to the Convention on the Platform"', () => {
    const ctx = { ...GA };
    // the resolution has named the UNFCCC's Conference of the Parties before (PP4)
    extract('Recalling the outcomes of the sessions of the Conference of the Parties to the United Nations Framework Convention on Climate Change,', 'preambular', ctx);
    const events = keys(OP33, 'Event:', 'operative', ctx);
    expect(events.some((k) => k.includes('Platform'))).toBe(false);
    expect(events).toContain('Event:Conference of the Parties to the United Nations Framework Convention on Climate Change');
    // (printed after its own decisions, the Conference is their author: no target since aud54j, as "resolution 6/14 of the United
    // Nations Environment Assembly" is the Assembly's, the session-50 convention)
    expect(relations(OP33, 'operative', ctx)).not.toContain('RECALLS Event:Conference of the Parties to the United Nations Framework Convention on Climate Change');
  });

  it('guard: a possessive that opens a longer capitalised name stays in it ("the Panel on Women’s Economic Empowerment")', () => {
    expect(keys('Welcomes the work of the High-level Panel on Women’s Economic Empowerment;', 'Organization:')).toEqual([
      "Organization:High-level Panel on Women's Economic Empowerment",
    ]);
  });

  it('guard: a convention named in full after "on the" is read whole (A/RES/79/206 PP19)', () => {
    expect(
      keys('Welcomes the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Cali, Colombia, from 21 October to 1 November 2024;', 'Event:'),
    ).toEqual(['Event:sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity']);
  });
});

describe('the political declaration on Africa’s development needs (resolution 63/1)', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/263', date: '2025-01-15' };
  const FW = "Framework:Political declaration on Africa's development needs";

  it('A/RES/79/263 PP6 (78/262 PP6): read, and adopted by resolution 63/1 as its note says', () => {
    const text =
      'Recognizing the adoption of Agenda 2063 by the Assembly of Heads of State and Government of the African Union, and recognizing the commitment to the full implementation of the political declaration on Africa’s development needs, adopted on 22 September 2008,1';
    const x = extractParagraph(
      { id: 'PP6', kind: 'preambular', text, footnoteRefs: [{ mark: '1', offset: text.length - 1, footnote: { mark: '1', text: 'Resolution 63/1.' } }], subparagraphs: [] },
      { ...ctx },
    );
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`RECOGNIZES ${FW}`);
    expect(x.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`)).toContain(`ADOPTED Resolution:A/RES/63/1 -> ${FW}`);
  });

  it('A/RES/79/264 OP40 (78/263 OP40, 79/329 OP25): "the provisions of the political declaration on Africa’s development needs"', () => {
    const text =
      'Calls upon the United Nations system, Member States, and bilateral and multilateral partners to support the full and speedy implementation of the provisions of the political declaration on Africa’s development needs, the 2030 Agenda and the African Union Agenda 2063;';
    expect(relations(text, 'operative', { ...ctx, symbol: 'A/RES/79/264' })).toContain(`CALLS_UPON ${FW}`);
  });

  it('guard: the needs themselves are no framework (A/RES/79/329 PP: "the response to Africa’s development needs")', () => {
    const text = 'Expressing appreciation for the active role played by the United Nations in facilitating these relationships to enhance the response to Africa’s development needs,';
    expect(keys(text, 'Framework:', 'preambular', { ...ctx, symbol: 'A/RES/79/329' })).toEqual([]);
  });
});

describe('a forum sitting named by its year is the sitting named by its ordinal', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/219', date: '2023-12-19' };

  it('A/RES/78/219 OP26: "the Global Refugee Forum 2023" is the second Global Refugee Forum (A/RES/78/184 OP18)', () => {
    const text = 'Calls upon Member States and other actors to leverage the Global Refugee Forum 2023 and its follow-up processes to demonstrate commitment;';
    expect(keys(text, 'Event:', 'operative', { ...ctx })).toEqual(['Event:Second Global Refugee Forum']);
    expect(keys('Encourages engagement in the second Global Refugee Forum, in December 2023;', 'Event:', 'operative', { ...ctx, symbol: 'A/RES/78/184' })).toEqual([
      'Event:Second Global Refugee Forum',
    ]);
  });

  it('"the Global Refugee Forum 2019" is the first (A/RES/78/185 OP4 "the first Global Refugee Forum in December 2019")', () => {
    expect(keys('Welcomes the outcomes of the Global Refugee Forum 2019;', 'Event:', 'operative', { ...ctx })).toEqual(['Event:First Global Refugee Forum']);
  });

  it('guard: a year no sitting is known for stays keyed by its year', () => {
    expect(keys('Looks forward to the Global Refugee Forum 2027;', 'Event:', 'operative', { ...ctx })).toEqual(['Event:Global Refugee Forum @ 2027']);
  });
});
