// Misses found by the session-25 audit aud25h of A/RES/79/222 (industrial development cooperation), and the same forms in
// other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/222', date: '2024-12-19' };
const UNIDO = 'Organization:United Nations Industrial Development Organization';
const IDB = 'Organization:Industrial Development Board of the United Nations Industrial Development Organization';

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('"organized by the Kingdom of <country>": the State organizes, as "the Government of <country>" does', () => {
  const OP27 =
    'Welcomes the convening of the Multilateral Industrial Policy Forum 2024, organized by the Kingdom of Saudi Arabia in collaboration with the United Nations Industrial Development Organization, held in Riyadh on 23 and 24 October 2024;';
  const FORUM = 'Event:Multilateral Industrial Policy Forum @ 2024';

  it('A/RES/79/222 OP27: Saudi Arabia and, in collaboration with it, UNIDO organize the Forum', () => {
    const a = attributions(OP27);
    expect(a).toContain(`ORGANIZES Place:Saudi Arabia -> ${FORUM}`);
    expect(a).toContain(`ORGANIZES ${UNIDO} -> ${FORUM}`);
    expect(a).toContain(`HELD_IN ${FORUM} -> Place:Riyadh`);
  });

  it('guard: "hosted by the Plurinational State of Bolivia" (A/RES/79/210) still hosts, read once', () => {
    const text =
      'Recalling the Peoples’ World Conference on Climate Change and the Rights of Mother Earth, hosted by the Plurinational State of Bolivia in Cochabamba from 20 to 22 April 2010,';
    const a = attributions(text, 'preambular', { ...GA, symbol: 'A/RES/79/210', date: '2024-12-19' }).filter((x) => x.startsWith('HOSTS'));
    expect(a).toHaveLength(1);
    expect(a[0]).toMatch(/^HOSTS Place:Bolivia/);
  });

  it('guard: a country printed bare after "organized by" organizes nothing ("organized by Saudi Arabia" is no form the texts print; a body after "the Kingdom of" is no agent)', () => {
    const text = 'Welcomes the convening of the Multilateral Industrial Policy Forum 2024, organized by Saudi Arabia, held in Riyadh on 23 and 24 October 2024;';
    expect(attributions(text).filter((x) => x.startsWith('ORGANIZES'))).toEqual([]);
  });
});

describe("UNIDO's Industrial Development Board is one body, keyed as the issuer of its decisions", () => {
  it('A/RES/79/222 PP19: "taken note of by the Industrial Development Board of the Organization in its decision IDB.48/Dec.8"', () => {
    const text =
      'Taking note further of the United Nations Industrial Development Organization strategy for post-conflict/-crisis situations, which was taken note of by the Industrial Development Board of the Organization in its decision IDB.48/Dec.8 of 25 November 2020,';
    expect(keys(text, 'Organization:Industrial', 'preambular')).toEqual([IDB]);
    expect(relations(text, 'preambular')).toContain(`NOTES ${IDB}`);
  });

  it('A/RES/80/149 PP15: "the United Nations Industrial Development Organization Industrial Development Board" is the same body', () => {
    const text =
      'Recalling the decision of the United Nations Industrial Development Organization Industrial Development Board on inclusive and sustainable development in middle-income countries,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/149', date: '2025-12-15' };
    expect(keys(text, 'Organization:Industrial', 'preambular', ctx)).toEqual([IDB]);
  });

  it('guard: "the Trade and Development Board" stays UNCTAD\'s board', () => {
    const text = 'Takes note of the work of the Trade and Development Board at its seventy-first session;';
    expect(keys(text, 'Organization:').some((k) => k.includes('Industrial Development Board'))).toBe(false);
  });
});

describe('the Group of 20 initiative on industrialization is named in full', () => {
  const INI = 'Initiative:Initiative on Supporting Industrialization in Africa and Least Developed Countries';
  it('A/RES/79/222 OP15: "the Group of 20 Initiative on Supporting Industrialization in Africa and Least Developed Countries"', () => {
    const text =
      'Recalls with appreciation the Group of 20 Initiative on Supporting Industrialization in Africa and Least Developed Countries, launched by the leaders of the Group of 20 at its Summit held in Hangzhou, China, in September 2016, which aims at strengthening the inclusive growth and development potential of Africa and the least developed countries through voluntary policy options;';
    expect(keys(text, 'Initiative:')).toEqual([INI]);
    expect(relations(text)).toContain(`RECALLS ${INI}`);
    expect(attributions(text)).toContain(`LEADS Organization:Group of 20 -> ${INI}`);
  });

  it('guard: "Africa and the least developed countries" after another name stays out of it', () => {
    const text = 'Encourages support for industrialization in Africa and the least developed countries;';
    expect(keys(text, 'Initiative:')).toEqual([]);
  });
});
