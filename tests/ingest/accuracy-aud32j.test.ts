// Misses found by the session-32 audit (aud32j) of A/RES/80/67, 79/42, 79/31, 79/61, 80/25 and 78/34. Inputs are quoted
// from the files named; each fix has a guard case (a near form that must not change).
import { describe, expect, it } from 'vitest';
import { oneParagraph } from '../helpers/one-paragraph.js';

const { attributions } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/79/42', date: '2024-12-02' }, kind: 'preambular' });

describe('a framework approved by a body: the body ADOPTED it, on the day printed', () => {
  const pp14 =
    'Recalling the Code of Conduct on the Safety and Security of Radioactive Sources, approved by the Board of Governors of the International Atomic Energy Agency on 8 September 2003, and the supplementary Guidance on the Management of Disused Radioactive Sources, approved by the Board of Governors of the Agency on 11 September 2017,';

  it('A/RES/79/42 PP14 (78/43, 80/41): the Board of Governors adopted the Code of Conduct and the Guidance, each on its day', () => {
    const a = attributions(pp14);
    const board = 'Organization:Board of Governors of the International Atomic Energy Agency';
    expect(a).toContain(`ADOPTED ${board} -> Framework:Code of Conduct on the Safety and Security of Radioactive Sources`);
    expect(a).toContain('ADOPTED_ON Framework:Code of Conduct on the Safety and Security of Radioactive Sources -> Date:2003-09-08');
    expect(a).toContain(`ADOPTED ${board} -> Framework:Guidance on the Management of Disused Radioactive Sources`);
    expect(a).toContain('ADOPTED_ON Framework:Guidance on the Management of Disused Radioactive Sources -> Date:2017-09-11');
  });

  it('A/RES/80/7 PP4 (78/8, 79/4): "as approved by the General Conference of the Agency on 23 October 1957"', () => {
    const text =
      'Recognizing also the cooperation between the United Nations and the Agency and the Agreement governing the relationship between the United Nations and the Agency as approved by the General Conference of the Agency on 23 October 1957 and by the General Assembly in the annex to its resolution 1145 (XII) of 14 November 1957,';
    const a = attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/80/7', date: '2025-11-12', title: 'Report of the International Atomic Energy Agency' });
    const agreement = 'Framework:Agreement governing the relationship between the United Nations and the International Atomic Energy Agency';
    // (the General Conference's ADOPTED edge needs "the Agency" known from the file's earlier paragraphs: see the golden rows)
    expect(a).toContain(`ADOPTED_ON ${agreement} -> Date:1957-10-23`);
  });

  it('guard: a part of the framework approved by the body ("the amendments to the Code of Conduct ..., approved by") gives the Code no adopter', () => {
    const text =
      'Recalling the amendments to the Code of Conduct on the Safety and Security of Radioactive Sources, approved by the Board of Governors of the International Atomic Energy Agency on 8 September 2003,';
    const a = attributions(text);
    expect(a.filter((x) => x.startsWith('ADOPTED'))).toEqual([]);
  });
});

describe('"the adoption, on <day>, of <framework>": set off by commas, and where and at which sitting', () => {
  const ctx31 = { body: 'General Assembly', symbol: 'A/RES/79/31', date: '2024-12-02' };
  const ecowasConvention =
    'Framework:Economic Community of West African States Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials';

  it('A/RES/79/31 PP8 (78/54, 80/36): the ECOWAS summit adopted the Convention on 14 June 2006', () => {
    const text =
      'Recalling the adoption, on 14 June 2006 in Abuja at the thirtieth ordinary summit of the Economic Community of West African States, of the Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials, in replacement of the moratorium on the importation, exportation and manufacture of small arms and light weapons in West Africa,';
    const a = attributions(text, 'preambular', ctx31);
    expect(a).toContain(`ADOPTED Event:thirtieth ordinary summit of the Economic Community of West African States -> ${ecowasConvention}`);
    expect(a).toContain(`ADOPTED_ON ${ecowasConvention} -> Date:2006-06-14`);
  });

  it('A/RES/79/222 OP2: "the adoption, on 2 December 2013, of the Lima Declaration ..., and the adoption, on 5 November 2019, of the Abu Dhabi Declaration"', () => {
    const text =
      'Notes with appreciation the adoption, on 2 December 2013, of the Lima Declaration: towards inclusive and sustainable industrial development, and the adoption, on 5 November 2019, of the Abu Dhabi Declaration, and looks forward to the outcomes of the twenty-first session of the General Conference of the United Nations Industrial Development Organization, to be held in Saudi Arabia in November 2025;';
    const a = attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/222', date: '2024-12-17' });
    expect(a).toContain('ADOPTED_ON Framework:Lima Declaration -> Date:2013-12-02');
    expect(a).toContain('ADOPTED_ON Framework:Abu Dhabi Declaration -> Date:2019-11-05');
  });

  it('guard: "the entry into force, on 29 September 2009, of the Convention" is no adoption', () => {
    const text =
      'Recalling also the entry into force, on 29 September 2009, of the Economic Community of West African States Convention on Small Arms and Light Weapons, Their Ammunition and Other Related Materials,';
    expect(attributions(text, 'preambular', ctx31).filter((x) => x.startsWith('ADOPTED'))).toEqual([]);
  });
});
