// Misses found by the session-24 audit aud24n: A/RES/80/223 (human rights in the temporarily occupied territories of Ukraine)
// and A/RES/79/179 (moratorium on the death penalty), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/223', date: '2025-12-18' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('"<Convention> and its Optional Protocol (on <topic>)" is that convention\'s protocol', () => {
  it('A/RES/80/223 PP2 (and 79/184 PP2): "the Convention on the Rights of the Child 7 and its Optional Protocol on the involvement of children in armed conflict, 8"', () => {
    const text =
      'Recalling the International Covenant on Civil and Political Rights,5 the Convention on the Rights of the Child 7 and its Optional Protocol on the involvement of children in armed conflict, 8 the Convention on the Rights of Persons with Disabilities9 and the International Convention for the Protection of All Persons from Enforced Disappearance, 10';
    const fw = keys(text, 'Framework:Optional');
    expect(fw).toEqual(['Framework:Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict']);
    expect(relations(text)).toContain('RECALLS Framework:Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict');
  });

  it('A/RES/79/154 OP5: "the Convention on the Rights of Persons with Disabilities23 and its Optional Protocol,24" is not the child convention\'s', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/154', date: '2024-12-17' };
    const text =
      'Urges States to consider signing and ratifying or acceding to the Convention on the Rights of the Child and the Optional Protocols thereto,22 the Convention on the Rights of Persons with Disabilities23 and its Optional Protocol,24 and the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families;';
    expect(keys(text, 'Framework:Optional', 'operative', ctx)).toEqual([
      'Framework:Optional Protocols to the Convention on the Rights of the Child',
      'Framework:Optional Protocol to the Convention on the Rights of Persons with Disabilities',
    ]);
  });

  it('A/RES/79/154 OP5 after PP2: "the Convention on the Elimination of All Forms of Discrimination against Women and the Optional Protocol thereto" is not the child convention\'s protocol named in PP2', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/154', date: '2024-12-17' };
    extract(
      'Recalling the Convention on the Elimination of All Forms of Discrimination against Women4 and the Optional Protocol thereto,5 the Convention on the Rights of the Child6 and the Optional Protocol thereto on the sale of children, child prostitution and child pornography,7',
      'preambular',
      ctx,
    );
    const text =
      'Urges Member States to consider signing and ratifying the Convention on the Elimination of All Forms of Discrimination against Women and the Optional Protocol thereto, the Convention on the Rights of the Child and the Optional Protocols thereto,22 the Convention on the Rights of Persons with Disabilities23 and its Optional Protocol,24 and the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families;';
    expect(keys(text, 'Framework:Optional', 'operative', ctx)).toEqual([
      'Framework:Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women',
      'Framework:Optional Protocols to the Convention on the Rights of the Child',
      'Framework:Optional Protocol to the Convention on the Rights of Persons with Disabilities',
    ]);
  });

  it('guard: "the Optional Protocol thereto" still reads the convention before it (A/RES/80/223 PP2)', () => {
    const text =
      'Recalling the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment 3 and the Optional Protocol thereto, 4 the International Covenant on Civil and Political Rights,5';
    expect(keys(text, 'Framework:Optional')).toEqual([
      'Framework:Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
    ]);
  });

  it('guard: "its Protocols" of a convention is left as it was (A/RES/80/145: "the Convention on Biological Diversity and its Protocols")', () => {
    const text = 'Recalling the Convention on Biological Diversity and its Protocols, as well as the Kunming-Montreal Global Biodiversity Framework,';
    expect(keys(text, 'Framework:Optional')).toEqual([]);
  });
});

describe('the Council of Europe\'s Commissioner for Human Rights is its own body', () => {
  const KEY = 'Organization:Commissioner for Human Rights of the Council of Europe';

  it('A/RES/80/223 PP20 (and 78/221 PP18, 79/184 PP18): "the reports ... of the Commissioner for Human Rights of the Council of Europe"', () => {
    const text =
      'Welcoming the reports of the Office of the United Nations High Commissioner for Human Rights on the human rights situation in Ukraine, of the Commissioner for Human Rights of the Council of Europe and of the missions of experts under the Moscow Mechanism of the Organization for Security and Cooperation in Europe,';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain(KEY);
    expect(orgs).not.toContain('Organization:Commissioner for Human Rights');
    expect(relations(text)).toContain(`WELCOMES ${KEY}`);
    // (its owner stays mentioned, nested in its name)
    expect(orgs).toContain('Organization:Council of Europe');
  });

  it('guard: the United Nations High Commissioner for Human Rights stays the High Commissioner (A/RES/80/223 PP55)', () => {
    const text =
      'Welcoming the continued efforts of the Secretary-General, the United Nations High Commissioner for Human Rights, the Organization for Security and Cooperation in Europe, the Council of Europe and other international and regional organizations,';
    const orgs = keys(text, 'Organization:');
    expect(orgs).toContain('Organization:United Nations High Commissioner for Human Rights');
    expect(orgs).toContain('Organization:Council of Europe');
    expect(orgs).not.toContain(KEY);
  });
});

describe('places of the occupied territories of Ukraine', () => {
  it('A/RES/80/223 PP10 (and 78/221, 79/184): "the city of Sevastopol, Ukraine, as well as parts of the Black Sea and the Sea of Azov"', () => {
    const text =
      'Recalling its resolutions 73/194 of 17 December 2018 on the problem of the militarization of the Autonomous Republic of Crimea and the city of Sevastopol, Ukraine, as well as parts of the Black Sea and the Sea of Azov,';
    const places = keys(text, 'Place:');
    expect(places).toEqual(expect.arrayContaining(['Place:Crimea', 'Place:Sevastopol', 'Place:Ukraine', 'Place:Black Sea', 'Place:Sea of Azov']));
  });

  it('A/RES/80/223 PP13: "certain areas of the Kherson, Zaporizhzhia, Donetsk and Luhansk Oblasts"', () => {
    const text =
      'Condemning the ongoing temporary occupation by the Russian Federation of part of the territory of Ukraine, including the Autonomous Republic of Crimea and the city of Sevastopol, and certain areas of the Kherson, Zaporizhzhia, Donetsk and Luhansk Oblasts,';
    expect(keys(text, 'Place:')).toEqual(
      expect.arrayContaining(['Place:Sevastopol', 'Place:Kherson', 'Place:Zaporizhzhia', 'Place:Donetsk', 'Place:Luhansk']),
    );
  });

  it('guard: "the Sea" alone and "Azov" nowhere read no place', () => {
    const text = 'Recalling the importance of the law of the sea and the Convention on the Law of the Sea,';
    expect(keys(text, 'Place:')).toEqual([]);
  });
});
