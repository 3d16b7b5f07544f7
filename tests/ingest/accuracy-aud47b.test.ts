// Session-47 audit aud47b: the economic, development and environment family (Second Committee texts), annotated like the
// scorer before looking at the output (gold in /tmp/lead/aud47b-gold: A/RES/78/133 all paragraphs, 80/125 all paragraphs,
// 78/263 PP1..PP5, OP1..OP5, OP12..OP14, OP17). Fixed: an organ whose name prints its owner first is PART_OF the owner also when
// the owner's name is long ("United Nations Educational, Scientific and Cultural Organization Institute for Statistics", seven
// words) or holds " of " ("Association of Southeast Asian Nations Centre for Biodiversity"), and an "Institute" is an organ word;
// an officer's title with " of " ("Secretary-General of the United Nations Conference on Trade and Development") stays no
// organ. A State (or body) "under the presidency/chairmanship of" which the sitting named right before it was held LEADS that
// sitting (the part of a meeting, where a part is named: "the second part of the fifteenth meeting ..., under the presidency of
// China"). Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/133', date: '2023-12-19' };
const { attributions, relations } = oneParagraph({ ctx: GA78, kind: 'preambular' });

const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';
const UNCITRAL = 'Organization:United Nations Commission on International Trade Law';
const ASEAN = 'Organization:Association of Southeast Asian Nations';
const partOf = (text: string, kind?: 'operative' | 'preambular') => attributions(text, kind).filter((a) => a.startsWith('PART_OF '));

describe('an organ whose name prints its owner first, the owner long or with " of " in it, is PART_OF the owner', () => {
  it('A/RES/78/133 PP7: "the work carried out by the Statistical Commission and the United Nations Educational, Scientific and Cultural Organization Institute for Statistics": the Institute PART_OF UNESCO', () => {
    const text =
      'Recognizing the updated United Nations Conference on Trade and Development database on the trade in creative goods and services and the work carried out by the Statistical Commission and the United Nations Educational, Scientific and Cultural Organization Institute for Statistics to clarify conceptual issues relating to cultural products resulting from cultural and creative industries,';
    expect(partOf(text)).toEqual([`PART_OF ${UNESCO} Institute for Statistics -> ${UNESCO}`]);
    expect(relations(text)).toContain('RECOGNIZES Organization:Statistical Commission');
  });

  it('A/RES/78/103 OP12 (79/117 OP16, 80/161 OP18): "Welcomes the activities of the United Nations Commission on International Trade Law Regional Centre for Asia and the Pacific": the Centre PART_OF UNCITRAL', () => {
    const text =
      'Welcomes the activities of the United Nations Commission on International Trade Law Regional Centre for Asia and the Pacific, in the Republic of Korea, towards providing capacity-building and technical assistance services to States in the Asia-Pacific region, including to international and regional organizations;';
    expect(partOf(text, 'operative')).toEqual([`PART_OF ${UNCITRAL} Regional Centre for Asia and the Pacific -> ${UNCITRAL}`]);
  });

  it('A/RES/79/290 OP32: "including through the Association of Southeast Asian Nations Centre for Biodiversity, as well as the Association of Southeast Asian Nations Centre for Climate Change": each Centre PART_OF ASEAN', () => {
    const text =
      'Also encourages cooperation and collaborative efforts between the United Nations and the Association of Southeast Asian Nations in addressing environmental sustainability, climate change and biodiversity conservation, including through the Association of Southeast Asian Nations Centre for Biodiversity, as well as the Association of Southeast Asian Nations Centre for Climate Change in Brunei Darussalam, once established;';
    expect(partOf(text, 'operative').sort()).toEqual([
      `PART_OF ${ASEAN} Centre for Biodiversity -> ${ASEAN}`,
      `PART_OF ${ASEAN} Centre for Climate Change -> ${ASEAN}`,
    ]);
  });

  it('guard: seed PP10 "the Secretary-General of the United Nations Conference on Trade and Development": an officer of the Conference, no organ of the Secretary-General', () => {
    const text =
      'Expressing its appreciation to the Secretary-General of the United Nations Conference on Trade and Development for her role in helping to ensure completion of the aforementioned report in a timely manner,';
    expect(partOf(text)).toEqual([]);
  });

  it('guard: A/RES/78/133 OP3 "Invites the United Nations Conference on Trade and Development, the United Nations Educational, Scientific and Cultural Organization, the International Labour Organization": bodies side by side, no part', () => {
    const text =
      'Invites the United Nations Conference on Trade and Development, the United Nations Educational, Scientific and Cultural Organization, the International Labour Organization and other relevant United Nations entities, within their respective mandates and existing resources, and through voluntary contributions, as appropriate, to scale up and support international efforts;';
    expect(partOf(text, 'operative')).toEqual([]);
    expect(relations(text, 'operative')).toEqual([
      'INVITES Organization:United Nations Conference on Trade and Development',
      `INVITES ${UNESCO}`,
      'INVITES Organization:International Labour Organization',
    ]);
  });
});

const COP15_PART2 = 'Event:second part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
const leads = (text: string, kind?: 'operative' | 'preambular') => attributions(text, kind).filter((a) => a.startsWith('LEADS '));

describe('"under the presidency/chairmanship of X" after a sitting: X leads the sitting', () => {
  it('A/RES/78/263 OP14: "the second part of the fifteenth meeting of the Conference of the Parties to the Convention under the presidency of China, in Montreal, Canada": China LEADS the second part', () => {
    const text =
      'Also welcomes the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021, and the second part of the fifteenth meeting of the Conference of the Parties to the Convention under the presidency of China, in Montreal, Canada, from 7 to 19 December 2022, and its outcomes, including the Kunming-Montreal Global Biodiversity Framework;';
    expect(leads(text, 'operative')).toEqual([`LEADS Place:China -> ${COP15_PART2}`]);
  });

  it('A/RES/78/134 OP19: "the twelfth Ministerial Conference of the World Trade Organization, held in Geneva from 12 to 17 June 2022, under the presidency of the Government of Kazakhstan": Kazakhstan LEADS it', () => {
    const text =
      'Welcomes the successful conclusion of the twelfth Ministerial Conference of the World Trade Organization, held in Geneva from 12 to 17 June 2022, under the presidency of the Government of Kazakhstan, and looks forward to the convening of the thirteenth Ministerial Conference, to be held from 26 to 29 February 2024 in Abu Dhabi, United Arab Emirates;';
    expect(leads(text, 'operative')).toEqual(['LEADS Place:Kazakhstan -> Event:Twelfth Ministerial Conference of the World Trade Organization']);
  });

  it('A/RES/79/332 PP30: "the Shanghai Cooperation Organization Tianjin Summit, held on 31 August and 1 September 2025 under the chairmanship of China": China LEADS the Summit', () => {
    const text =
      'Welcoming also the Shanghai Cooperation Organization Tianjin Summit, held on 31 August and 1 September 2025 under the chairmanship of China, and the Tianjin Declaration of the Council of Heads of State of the Shanghai Cooperation Organization,';
    expect(leads(text)).toEqual(['LEADS Place:China -> Event:Shanghai Cooperation Organization Tianjin Summit @ 2025']);
  });

  it('guard: A/RES/79/290 PP "the fiftieth anniversary of the Association of Southeast Asian Nations in 2017, under the chairmanship of the Philippines": no sitting named before, no LEADS', () => {
    const text = 'Recalling also the fiftieth anniversary of the Association of Southeast Asian Nations in 2017, under the chairmanship of the Philippines,';
    expect(leads(text)).toEqual([]);
  });

  it('guard: after A/RES/78/263 OP13, a sitting with another named thing (a declaration) between it and the phrase: the phrase is not said of the sitting', () => {
    const text =
      'Welcoming the Africa Climate Summit and the African Leaders Nairobi Declaration on Climate Change and Call to Action, under the presidency of Kenya,';
    expect(leads(text)).toEqual([]);
  });
});
