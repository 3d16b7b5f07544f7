// Misses found by the session-24 audit aud24l: A/RES/79/158 (child, early and forced marriage), A/RES/80/177 (persons with
// albinism), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/158', date: '2024-12-17' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a plan or programme named by the region it covers keeps "in <region>"', () => {
  it('A/RES/79/158 PP7: "the Regional Action Plan to End Child Marriage in South Asia, the Joint Inter-Agency Programme ... in Latin America and the Caribbean"', () => {
    const text =
      'Taking note with appreciation of the ongoing initiatives to prevent and eliminate child, early and forced marriage, including the African Union Campaign to End Child Marriage, the Regional Action Plan to End Child Marriage in South Asia, the Joint Inter-Agency Programme to End Child Marriage and Early Unions in Latin America and the Caribbean, and further encouraging coordinated approaches,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Regional Action Plan to End Child Marriage in South Asia']);
    expect(keys(text, 'Initiative:')).toEqual([
      'Initiative:African Union Campaign to End Child Marriage',
      'Initiative:Joint Inter-Agency Programme to End Child Marriage and Early Unions in Latin America and the Caribbean',
    ]);
  });

  it('A/RES/80/177 PP8: "the Regional Action Plan on Albinism in Africa (2017–2021)" and "the Plan of Action ... Targeting Persons with Albinism in Africa (2021–2031)"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/177', date: '2025-12-15' };
    const text =
      'Recalling also African Commission on Human and Peoples’ Rights resolution 373 of 22 May 2017 on the Regional Action Plan on Albinism in Africa (2017–2021) and the Plan of Action to End Attacks and Other Human Rights Violations Targeting Persons with Albinism in Africa (2021–2031),';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([
      'Framework:Regional Action Plan on Albinism in Africa',
      'Framework:Plan of Action to End Attacks and Other Human Rights Violations Targeting Persons with Albinism in Africa',
    ]);
  });

  it('A/RES/78/262 OP15: "the Abuja Declaration on Roll Back Malaria in Africa"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/262', date: '2023-12-22' };
    const text = 'Recalls the Abuja Declaration on Roll Back Malaria in Africa and the commitments made therein;';
    expect(relations(text, 'operative', ctx)).toContain('RECALLS Framework:Abuja Declaration on Roll Back Malaria in Africa');
  });

  it('guard: a sitting held in a city keeps its venue apart ("the Plenipotentiary Conference in Bucharest")', () => {
    const text = 'Recalling the outcome of the Plenipotentiary Conference of the International Telecommunication Union in Bucharest,';
    expect(keys(text, 'Place:')).toEqual(['Place:Bucharest']);
    expect(keys(text, 'Event:').some((k) => k.includes('Bucharest'))).toBe(false);
  });

  it('guard: a plan with no topic after its head is not named by the place ("the Strategy in Africa")', () => {
    const text = 'Taking note of the Regional Action Plan in Africa,';
    expect(keys(text, 'Place:')).toEqual(['Place:Africa']);
  });

  it('guard: a city after a declaration is where it was adopted, not its name', () => {
    const text = 'Recalling the Declaration on Cooperation for Development in Geneva,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Declaration on Cooperation for Development']);
  });
});

// Merged with aud24k, which names such a programme without the bodies printed before it (each LEADS it): the key is the
// programme's own name.
describe('two bodies printed before a programme\'s name both lead it', () => {
  it('A/RES/79/158 PP7: "the United Nations Population Fund and United Nations Children’s Fund Global Programme to End Child Marriage"', () => {
    const text =
      'Taking note with appreciation of the ongoing United Nations Population Fund and United Nations Children’s Fund Global Programme to End Child Marriage, as well as international initiatives,';
    const leads = attributions(text).filter((a) => a.startsWith('LEADS'));
    expect(leads).toEqual(
      expect.arrayContaining([
        'LEADS Organization:United Nations Population Fund -> Initiative:Global Programme to End Child Marriage',
        "LEADS Organization:United Nations Children's Fund -> Initiative:Global Programme to End Child Marriage",
      ]),
    );
  });

  it('guard: "the United Nations Development Programme and the African Union Campaign to End Child Marriage" are two names', () => {
    const text = 'Taking note of the United Nations Development Programme and the African Union Campaign to End Child Marriage,';
    const leads = attributions(text).filter((a) => a.startsWith('LEADS'));
    expect(leads).toEqual(['LEADS Organization:African Union -> Initiative:African Union Campaign to End Child Marriage']);
  });
});

describe('the World Programme of Action concerning Disabled Persons', () => {
  it('A/RES/80/177 PP2: named in full, not cut at "concerning"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/177', date: '2025-12-15' };
    const text = 'Reaffirming also the Copenhagen Declaration on Social Development and the World Programme of Action concerning Disabled Persons,';
    expect(keys(text, 'Framework:World', 'preambular', ctx)).toEqual(['Framework:World Programme of Action concerning Disabled Persons']);
  });

  it('guard: "the World Programme of Action for Youth" keeps its own node', () => {
    const text = 'Recalling the World Programme of Action for Youth,';
    expect(keys(text, 'Framework:World')).toEqual(['Framework:World Programme of Action for Youth']);
  });
});

describe("another body's plain resolution numbers listed with their days", () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/177', date: '2025-12-15' };
  it('A/RES/80/177 PP8: "African Commission on Human and Peoples’ Rights resolutions 263 of 5 November 2013 on ... and 373 of 22 May 2017 on ..."', () => {
    const text =
      'Recalling also African Commission on Human and Peoples’ Rights resolutions 263 of 5 November 2013 on the prevention of attacks and discrimination against persons with albinism and 373 of 22 May 2017 on the Regional Action Plan on Albinism in Africa (2017–2021),';
    expect(keys(text, 'Resolution:', 'preambular', ctx)).toEqual([
      "Resolution:African Commission on Human and Peoples' Rights resolution 263",
      "Resolution:African Commission on Human and Peoples' Rights resolution 373",
    ]);
  });

  it('guard: a plain number with no day of its own after the list is no resolution ("... of 5 November 2013 and 12 others")', () => {
    const text = 'Recalling also African Commission on Human and Peoples’ Rights resolutions 263 of 5 November 2013 and 12 other resolutions on persons with albinism,';
    expect(keys(text, 'Resolution:', 'preambular', ctx)).toEqual(["Resolution:African Commission on Human and Peoples' Rights resolution 263"]);
  });
});
