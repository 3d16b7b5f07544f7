// Misses found by the session-23 audit aud23c: A/RES/79/263 (New Partnership for Africa's Development), A/RES/80/123
// (external debt sustainability and development), A/RES/79/222 (industrial development cooperation), and the same forms in
// other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/263', date: '2025-01-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('a numbered session of "the Conference of the Parties serving as the Meeting of the Parties to ..." with no Convention named before', () => {
  const CMA7 = 'Event:seventh session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement';

  it('A/RES/79/263 PP8: "in advance of the seventh session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement"', () => {
    const text =
      'Urging parties that have not yet communicated new or updated nationally determined contributions to do so as soon as possible in advance of the seventh session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement,';
    expect(keys(text, 'Event:', 'preambular')).toEqual([CMA7]);
    expect(relations(text, 'preambular')).toContain(`URGES ${CMA7}`);
  });

  it('A/RES/78/262 PP8: "in advance of the sixth session of the Conference of the Parties serving as ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/262', date: '2024-02-26' };
    const text =
      'Urging parties that have not yet communicated new or updated nationally determined contributions to do so as soon as possible in advance of the sixth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement,';
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([
      'Event:sixth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement',
    ]);
  });

  it('the body named with no ordinal and no Convention before is the body, not a "Meeting of the Parties to the Paris Agreement"', () => {
    const text = 'Recalling the decisions adopted by the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement,';
    expect(keys(text, 'Event:', 'preambular')).toEqual(['Event:Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement']);
  });

  it('guard: with no "Conference of the Parties serving as" printed, the name stays as printed ("the fourth session of the Meeting of the Parties to the Paris Agreement")', () => {
    const text = 'Welcoming the outcome of the fourth session of the Meeting of the Parties to the Paris Agreement,';
    expect(keys(text, 'Event:', 'preambular')).toEqual(['Event:fourth session of the Meeting of the Parties to the Paris Agreement']);
  });

  it('guard: after a session of the Convention\'s Conference of the Parties, as before (A/RES/79/263 OP41)', () => {
    const text =
      'Recalls the convening of the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change and the seventh session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement;';
    expect(keys(text, 'Event:')).toEqual([
      'Event:twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change',
      CMA7,
    ]);
  });
});

describe('"its <ordinal> session" after "<body> of the <parent>" is the body\'s session, not the parent\'s', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/123', date: '2025-12-15' };
  const IGE = 'Organization:Intergovernmental Group of Experts on Financing for Development';
  const NINTH = 'Event:ninth session of the Intergovernmental Group of Experts on Financing for Development';

  it('A/RES/80/123 OP46: "the Intergovernmental Group of Experts on Financing for Development of the United Nations Conference on Trade and Development, notes that its ninth session will be held in December 2025"', () => {
    const text =
      'Also recalls the establishment of the Intergovernmental Group of Experts on Financing for Development of the United Nations Conference on Trade and Development, notes that its ninth session will be held in December 2025, recalls the request;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([NINTH]);
    expect(relations(text, 'operative', ctx)).toContain(`NOTES ${NINTH}`);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attributions(text, 'operative', ctx)).toContain(`SESSION_OF ${NINTH} -> ${IGE}`);
    expect(keys(text, 'Event:ninth session of the United Nations Conference on Trade and Development', 'operative', ctx)).toEqual([]);
  });

  it('guard: a body and its parent right before "at its" stay as before: "the Committee on Fisheries of the Food and Agriculture Organization of the United Nations, adopted at its thirty-sixth session"', () => {
    const text = 'Notes the report of the Committee on Fisheries of the Food and Agriculture Organization of the United Nations, adopted at its thirty-sixth session;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual(['Event:thirty-sixth session of the Committee on Fisheries']);
  });

  it('guard: "the General Assembly of the Organization of American States at its fifty-third regular session" is that organ\'s session, as before', () => {
    const text = 'Welcomes the resolution adopted by the General Assembly of the Organization of American States at its fifty-third regular session;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([
      'Event:fifty-third session of the General Assembly of the Organization of American States',
    ]);
  });

  it('guard: a body named alone before "at its" holds the session ("the Commission on Science and Technology for Development at its twenty-seventh session")', () => {
    const text = 'Welcomes the work of the Commission on Science and Technology for Development at its twenty-seventh session;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual(['Event:twenty-seventh session of the Commission on Science and Technology for Development']);
  });
});

describe('named programmes and frameworks', () => {
  it('A/RES/79/263 OP6: "supporting the Programme for Infrastructure Development in Africa" (a name opening with "Programme")', () => {
    const text =
      'Encourages African countries to strengthen and expand local and regional infrastructure, and in this regard recognizes the need for Africa’s development partners to align their efforts towards supporting the Programme for Infrastructure Development in Africa;';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Programme for Infrastructure Development in Africa']);
    expect(relations(text)).toContain('RECOGNIZES Initiative:Programme for Infrastructure Development in Africa');
  });

  it('guard: a programme for infrastructure development printed in lower case is no name', () => {
    expect(keys('Invites States to support a regional programme for infrastructure development in Africa;', 'Initiative:')).toEqual([]);
  });

  const SFMIC = 'Framework:Strategic Framework for Partnering with Middle-income Countries';
  it('A/RES/79/222 PP17 and OP47: the UNIDO framework printed without and with its owner\'s name before it is one framework', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/222', date: '2024-12-19' };
    const pp17 =
      'Taking note of the Strategic Framework for Partnering with Middle-Income Countries adopted by the General Conference of the United Nations Industrial Development Organization in its resolution GC.18/Res.9 of 7 November 2019,';
    const op47 =
      'Stresses the importance of the activities of the United Nations Industrial Development Organization, within its mandate, to also support the efforts of middle-income countries, in line with the United Nations Industrial Development Organization Strategic Framework for Partnering with Middle-Income Countries;';
    expect(keys(pp17, 'Framework:', 'preambular', ctx)).toEqual([SFMIC]);
    expect(keys(op47, 'Framework:', 'operative', ctx)).toEqual([SFMIC]);
  });

  it('A/RES/79/263 OP10: "made at the Dakar 2 Summit on Feed Africa: Food Sovereignty and Resilience, held in January 2023" is one summit, not a place and a "Summit on Feed Africa"', () => {
    const text =
      'Calls upon the international community to continue its support, and further calls upon development partners to honour their pledge of 30 billion dollars to support Africa in boosting agricultural productivity, made at the Dakar 2 Summit on Feed Africa: Food Sovereignty and Resilience, held in January 2023, and appreciates contributions of development partners;';
    expect(keys(text, 'Event:')).toEqual(['Event:Dakar 2 Summit on Feed Africa: Food Sovereignty and Resilience @ 2023']);
    expect(keys(text, 'Place:Dakar')).toEqual([]);
  });

  it('guard: a summit held in Dakar, unnamed, stays the place only', () => {
    expect(keys('Welcomes the summit held in Dakar in January 2023;', 'Event:')).toEqual([]);
    expect(keys('Welcomes the summit held in Dakar in January 2023;', 'Place:')).toEqual(['Place:Dakar']);
  });

  it('guard: another strategic framework keeps its own name ("the Strategic Framework for Climate Action")', () => {
    expect(keys('Requests the Strategic Framework for Climate Action to be implemented;', 'Framework:')).toEqual(['Framework:Strategic Framework for Climate Action']);
  });
});

describe('an intergovernmental conference printed in lower case, told by its dates and venue and the framework it adopted', () => {
  const GCM = 'Event:Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration @ 2018';

  it('A/RES/79/263 PP27: "the convening of the intergovernmental conference held on 10 and 11 December 2018 in Marrakech, Morocco, and recalling the adoption of the Global Compact ..."', () => {
    const text =
      'Reaffirming the convening of the intergovernmental conference held on 10 and 11 December 2018 in Marrakech, Morocco, and recalling the adoption of the Global Compact for Safe, Orderly and Regular Migration, also known as the Marrakech Compact on Migration,';
    expect(keys(text, 'Event:', 'preambular')).toEqual([GCM]);
    expect(relations(text, 'preambular')).toContain(`REAFFIRMS ${GCM}`);
    expect(attributions(text, 'preambular')).toEqual(
      expect.arrayContaining([`HELD_IN ${GCM} -> Place:Marrakech`, `STARTS_ON ${GCM} -> Date:2018-12-10`, `ENDS_ON ${GCM} -> Date:2018-12-11`]),
    );
  });

  it('A/RES/78/263 OP17: "... in Marrakech, Morocco, and recalls that it adopted the Global Compact ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/263', date: '2024-03-01' };
    const text =
      'Reaffirms the convening of the intergovernmental conference held on 10 and 11 December 2018 in Marrakech, Morocco, and recalls that it adopted the Global Compact for Safe, Orderly and Regular Migration, also known as the Marrakech Compact on Migration;';
    expect(keys(text, 'Event:', 'operative', ctx)).toEqual([GCM]);
  });

  it('guard: an intergovernmental conference with no framework it adopted stays unnamed', () => {
    expect(keys('Welcoming the intergovernmental conference held in Geneva in 2023, and recalling the Paris Agreement,', 'Event:', 'preambular')).toEqual([]);
  });
});
