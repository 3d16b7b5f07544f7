// Misses found by the session-22 audit aud22h: A/RES/80/137 (disaster risk reduction), and the same forms in other texts.
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/137', date: '2025-12-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('the thanked hosts: later items of the list open with their own "to"', () => {
  const OP75 =
    'Expresses its appreciation to the Governments of Indonesia, Jamaica, Kenya, Kuwait, Mexico, Montenegro, Morocco, Namibia, the Philippines, Portugal and Uruguay, respectively, for hosting global and regional platforms for disaster risk reduction, events jointly organized with the United Nations Office for Disaster Risk Reduction, to Saint Kitts and Nevis for hosting the sixth High-level Meeting on the Implementation of the Sendai Framework for Disaster Risk Reduction in the Americas and the Caribbean, and to Switzerland for hosting the eighth session of the Global Platform for Disaster Risk Reduction, from 2 to 6 June 2025, at which the Co‑Chairs’ summary, entitled “Geneva call for disaster risk reduction”, was issued;';

  it('A/RES/80/137 OP75: ", to Saint Kitts and Nevis for hosting the sixth High-level Meeting ..., and to Switzerland for hosting the eighth session of the Global Platform"', () => {
    const hosts = attributions(OP75).filter((a) => a.startsWith('HOSTS '));
    expect(hosts).toContain('HOSTS Place:Switzerland -> Event:eighth session of the Global Platform for Disaster Risk Reduction');
    expect(hosts.filter((a) => a.startsWith('HOSTS Place:Saint Kitts and Nevis -> Event:'))).toHaveLength(1);
    expect(hosts).toHaveLength(2);
  });

  it('guard: ", and to <country> for hosting" whose thanks are in an earlier clause names no host', () => {
    const text =
      'Expresses its appreciation to donors for their contributions to the trust fund; and calls upon Member States, and to Switzerland for hosting the eighth session of the Global Platform for Disaster Risk Reduction, to consider contributions;';
    expect(attributions(text).filter((a) => a.startsWith('HOSTS '))).toEqual([]);
  });
});

describe('"as well as the Meetings of the Parties to the Protocols to the Convention": the sittings of the COP serving as them', () => {
  const PP32 =
    'Stressing the urgent need to address the unprecedented global decline in biodiversity, welcoming the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, as well as the Meetings of the Parties to the Protocols to the Convention, held in Cali, Colombia, from 21 October to 1 November 2024, under the theme “Peace with nature”,';
  const COP_MOP = 'Event:Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention on Biological Diversity @ 2024';

  it('A/RES/80/137 PP32 (79/207 OP3, 79/264 OP14, 80/138 PP19, 80/139 OP4, 80/140 OP6): one Event, held in Cali, and no edge to the Convention inside its name', () => {
    expect(keys(PP32, 'Event:Conference of the Parties serving', 'preambular')).toEqual([COP_MOP]);
    expect(relations(PP32, 'preambular')).toContain(`WELCOMES ${COP_MOP}`);
    expect(relations(PP32, 'preambular').filter((r) => r.includes('Framework:Convention on Biological Diversity'))).toEqual([]);
    expect(attributions(PP32, 'preambular')).toContain(`HELD_IN ${COP_MOP} -> Place:Cali`);
  });

  it('guard: the full name "the meetings of the Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention" stays one mention (A/RES/80/137 PP32)', () => {
    const text =
      'Welcoming the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, and looking forward to the seventeenth meeting of the Conference of the Parties and the meetings of the Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention, to be held in Yerevan from 19 to 30 October 2026,';
    expect(keys(text, 'Event:Conference of the Parties serving', 'preambular')).toEqual([
      'Event:Conference of the Parties serving as the Meetings of the Parties to the Protocols to the Convention on Biological Diversity @ 2026',
    ]);
  });

  // (aud40d: the Kunming days are the first part's, as where no Meetings of the Parties stand between, not COP15's own)
  it('guard: after "the first part of the fifteenth meeting ..., as well as the Meetings ...", the days are the first part\'s (A/RES/78/155 OP2)', () => {
    const text =
      'Welcomes the convening of the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, as well as the Meetings of the Parties to the Protocols to the Convention, held in Kunming, China, from 11 to 15 October 2021 under the theme proposed by the Presidency “Ecological civilization: building a shared future for all life on Earth”, and the second part, held in Montreal, Canada, under the presidency of China, from 7 to 19 December 2022, with the support of Canada, and its outcomes;';
    expect(attributions(text)).toContain('STARTS_ON Event:first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity -> Date:2021-10-11');
    expect(keys(text, 'Event:Conference of the Parties serving')).toEqual([]);
  });
});

describe('thanked hosts listed with ", respectively": one hosted thing each, in order', () => {
  it('A/RES/78/152 OP60: "the Governments of Australia and Uruguay for hosting the Asia-Pacific Ministerial Conference ..., and the eighth Regional Platform ..., respectively"', () => {
    const text =
      'Expresses its appreciation to the Governments of Australia and Uruguay for hosting the Asia-Pacific Ministerial Conference on Disaster Risk Reduction, from 19 to 22 September 2022, and the eighth Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean, from 28 February to 2 March 2023, respectively, events jointly organized with the United Nations Office for Disaster Risk Reduction;';
    const hosts = attributions(text).filter((a) => a.startsWith('HOSTS '));
    expect(hosts.filter((a) => a.startsWith('HOSTS Place:Australia -> Event:Asia-Pacific Ministerial Conference on Disaster Risk Reduction'))).toHaveLength(1);
    expect(hosts.filter((a) => a.startsWith('HOSTS Place:Uruguay -> '))).toEqual([
      'HOSTS Place:Uruguay -> Event:Eighth Regional Platform for Disaster Risk Reduction in the Americas and the Caribbean',
    ]);
  });

  it('guard: two co-hosts of one event, with no "respectively", both host it', () => {
    const text =
      'Expresses its appreciation to the Governments of Australia and Uruguay for hosting the Asia-Pacific Ministerial Conference on Disaster Risk Reduction, from 19 to 22 September 2022;';
    const hosts = attributions(text).filter((a) => a.startsWith('HOSTS '));
    expect(hosts.map((a) => a.split(' -> ')[0])).toEqual(['HOSTS Place:Australia', 'HOSTS Place:Uruguay']);
  });
});
