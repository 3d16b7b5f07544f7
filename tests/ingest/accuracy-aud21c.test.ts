// Misses found by the session-21 audit aud21c: A/RES/79/217 (international migration and development), A/RES/80/158
// (permanent sovereignty over natural resources), A/RES/78/304 (financing of UNDOF); then, of my choice, A/RES/79/231 (supreme
// audit institutions), A/RES/79/143 (International Day of the Snow Leopard), A/RES/80/89 (question of Western Sahara); and the
// same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/217', date: '2024-12-19' };

const { keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a declaration named by the anniversary it marks is a Framework', () => {
  it('A/RES/79/217 PP1: "the declaration on the occasion of the twenty-fifth anniversary of the International Conference on Population and Development, adopted on 1 April 2019 and the declaration on the occasion of the thirtieth anniversary ..."', () => {
    const text =
      'Recalling chapter X of the Programme of Action of the International Conference on Population and Development and Commission on Population and Development resolution 2014/1 of 11 April 2014, the declaration on the occasion of the twenty-fifth anniversary of the International Conference on Population and Development, adopted on 1 April 2019 and the declaration on the occasion of the thirtieth anniversary of the International Conference on Population and Development, adopted on 29 April 2024,';
    expect(keys(text, 'Framework:Declaration on')).toEqual([
      'Framework:Declaration on the occasion of the twenty-fifth anniversary of the International Conference on Population and Development',
      'Framework:Declaration on the occasion of the thirtieth anniversary of the International Conference on Population and Development',
    ]);
    expect(relations(text)).toContain('RECALLS Framework:Declaration on the occasion of the thirtieth anniversary of the International Conference on Population and Development');
  });

  it('A/RES/78/182 PP21 (80/147 PP41, 80/186 OP2): "Welcoming the political declaration on the occasion of the twenty-fifth anniversary of the Fourth World Conference on Women"', () => {
    const text = 'Welcoming the political declaration on the occasion of the twenty-fifth anniversary of the Fourth World Conference on Women,';
    const name = 'Framework:Political declaration on the occasion of the twenty-fifth anniversary of the Fourth World Conference on Women';
    expect(keys(text, 'Framework:')).toEqual([name]);
    expect(relations(text)).toContain(`WELCOMES ${name}`);
    // the conference it marks stays a mention of its own
    expect(keys(text, 'Event:')).toEqual(['Event:Fourth World Conference on Women']);
  });

  it('A/RES/79/223 PP8: "... anniversary of the adoption of the Beijing Declaration and Platform for Action"', () => {
    const text =
      'Recalling the Beijing Declaration, while noting with appreciation the adoption of the political declaration on the occasion of the twenty-fifth anniversary of the adoption of the Beijing Declaration and Platform for Action and looking forward to the upcoming thirtieth anniversary in 2025,';
    expect(keys(text, 'Framework:Political')).toEqual([
      'Framework:Political declaration on the occasion of the twenty-fifth anniversary of the adoption of the Beijing Declaration and Platform for Action',
    ]);
  });

  it('guard: the capitalised "Declaration on the Occasion of the Fiftieth Anniversary of the United Nations" keeps its name', () => {
    const text = 'Recalling the Declaration on the Occasion of the Fiftieth Anniversary of the United Nations,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Declaration on the Occasion of the Fiftieth Anniversary of the United Nations']);
  });

  it('guard: an anniversary with no known name after it is no declaration ("on the occasion of the tenth anniversary of its establishment")', () => {
    const text = 'Welcoming the declaration on the occasion of the tenth anniversary of its establishment,';
    expect(keys(text, 'Framework:')).toEqual([]);
  });
});

describe('States championing an instrument are an initiative, not the instrument', () => {
  it('A/RES/79/217 PP30 (78/217 PP14, 80/218 PP12): "including the Group of Friends on Migration and the Global Compact Champion countries"', () => {
    const text =
      'Noting the initiatives that promote constructive and forward-looking dialogue on international migration for sustainable development, including the Group of Friends on Migration and the Global Compact Champion countries,';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:Global Compact Champion']);
    expect(keys(text, 'Framework:')).toEqual([]);
    expect(relations(text)).toContain('NOTES Initiative:Global Compact Champion');
  });

  it('guard: the compact itself stays a framework ("the vision of the Global Compact for Safe, Orderly and Regular Migration")', () => {
    const text = 'Encourages Member States to implement the vision of the Global Compact for Safe, Orderly and Regular Migration;';
    expect(keys(text, 'Framework:', 'operative')).toEqual(['Framework:Global Compact for Safe, Orderly and Regular Migration']);
    expect(keys(text, 'Initiative:', 'operative')).toEqual([]);
  });
});

describe('the Progress Declaration of the International Migration Review Forum is one declaration', () => {
  const KEY = 'Framework:Progress Declaration of the International Migration Review Forum';

  it('A/RES/79/217 OP15: "the endorsement of its Progress Declaration as a whole, without a vote, by the General Assembly in its resolution 76/266"', () => {
    const text =
      'Takes note with appreciation of the convening of the first International Migration Review Forum from 17 to 20 May 2022, and the endorsement of its Progress Declaration as a whole, without a vote, by the General Assembly in its resolution 76/266 of 7 June 2022;';
    expect(keys(text, 'Framework:', 'operative')).toEqual([KEY]);
    expect(relations(text, 'operative')).toContain(`NOTES ${KEY}`);
  });

  it('A/RES/78/217 PP9: "Recalling the Progress Declaration of the International Migration Review Forum" (the same node)', () => {
    const text = 'Recalling the Progress Declaration of the International Migration Review Forum, endorsed by the General Assembly in its resolution 76/266 of 7 June 2022,';
    expect(keys(text, 'Framework:')).toEqual([KEY]);
  });

  it('A/RES/80/218 OP27: "pursuant to the Progress Declaration of the first International Migration Review Forum" (the same node, the forum nested)', () => {
    const text = 'Requests the Secretary-General to report, pursuant to the Progress Declaration of the first International Migration Review Forum;';
    expect(keys(text, 'Framework:', 'operative')).toEqual([KEY]);
    // (the forum its title names is mentioned by the clause too, aud44b: the hand golds count it, A/RES/79/1 OP20, 78/259 PP4)
    expect(relations(text, 'operative')).toContain('REQUESTS Event:First International Migration Review Forum');
  });

  it('guard: another progress report is no declaration ("the progress report of the Secretary-General")', () => {
    const text = 'Takes note of the progress report of the Secretary-General;';
    expect(keys(text, 'Framework:', 'operative')).toEqual([]);
  });
});

describe('INTOSAI\'s Lima Declaration is not UNIDO\'s', () => {
  it('A/RES/79/231 OP5: "the Lima Declaration of Guidelines on Auditing Precepts of 1977"', () => {
    const text =
      'Also takes note with appreciation of the Lima Declaration of Guidelines on Auditing Precepts of 1977 and the Mexico Declaration on Supreme Audit Institutions Independence of 2007;';
    expect(keys(text, 'Framework:Lima', 'operative')).toEqual(['Framework:Lima Declaration of Guidelines on Auditing Precepts']);
  });

  it('guard: "the Lima Declaration: towards inclusive and sustainable industrial development" (A/RES/79/222 OP2, on UNIDO) stays the Lima Declaration', () => {
    const text = 'Notes with appreciation the adoption, on 2 December 2013, of the Lima Declaration: towards inclusive and sustainable industrial development;';
    expect(keys(text, 'Framework:Lima', 'operative')).toEqual(['Framework:Lima Declaration']);
  });
});

describe('the IUCN Red List is a database, not a body', () => {
  it('A/RES/79/143 PP7 (78/278 PP5): "classified as “vulnerable” on the International Union for Conservation of Nature Red List of Threatened Species in 2017"', () => {
    const text =
      'Recognizing that the snow leopard’s population was classified as “vulnerable” on the International Union for Conservation of Nature Red List of Threatened Species in 2017 and facing a high risk of extinction in the wild,';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:International Union for Conservation of Nature Red List of Threatened Species']);
    // (the Union printed first is mentioned as the list's owner, aud47g; the list itself is no Organization)
    expect(keys(text, 'Organization:')).toEqual(['Organization:International Union for Conservation of Nature']);
  });

  it('guard: the Union itself stays an organization ("the International Union for Conservation of Nature")', () => {
    const text = 'Welcoming the work of the International Union for Conservation of Nature,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:International Union for Conservation of Nature']);
    expect(keys(text, 'Initiative:')).toEqual([]);
  });
});
