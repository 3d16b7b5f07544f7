// Misses found by the session-32 audit aud32d (A/RES/79/68, 79/65, 79/70, 80/49, 80/55: Central Africa, the regional
// disarmament centres, nuclear disarmament, youth). Each case quotes the file and paragraph; each fix has a guard (a near
// form that must not change).
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA_79_68: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/68', date: '2024-12-02' };
const GA_80_63: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/63', date: '2025-12-01' };
const GA_79_42: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/42', date: '2024-12-02' };

const heldIn = (attributions: string[]) => attributions.filter((a) => a.startsWith('HELD_IN '));

describe('"in <place>" after a lowercase topic between a sitting and it is what about, not where', () => {
  it('A/RES/79/68 OP14: "at its seventeenth ordinary session, on 30 July 2020, of the strategy on preventing ... in Central Africa"', () => {
    const { attributions } = oneParagraph({ ctx: GA_79_68, kind: 'operative' });
    const text =
      'Recalls the adoption, by the Conference of Heads of State and Government of the Economic Community of Central African States at its seventeenth ordinary session, on 30 July 2020, of the strategy on preventing and combating terrorism in Central Africa, and requests a review thereof to strengthen the strategy in the light of the conclusions of the African Union Extraordinary Summit, held in Malabo on 28 May 2022;';
    expect(heldIn(attributions(text))).toEqual(['HELD_IN Event:African Union Extraordinary Summit @ 2022 -> Place:Malabo']);
  });

  it('A/RES/79/68 OP24: "at its fifty-fifth ministerial meeting, of the Kintélé declaration on hate speech in Central Africa" (no later clause\'s venue)', () => {
    const { attributions } = oneParagraph({ ctx: GA_79_68, kind: 'operative' });
    const text =
      'Recalls the adoption by the Standing Advisory Committee, at its fifty-fifth ministerial meeting, of the Kintélé declaration on hate speech in Central Africa, 18 on 16 January 2023 in Kintélé, Congo, welcomes the organization of the regional forum of ministers responsible for communication, media, information and information and communications technology from States members of the Economic Community of Central African States, held on 30 and 31 January 2024 in Bangui, which led to the pre-validation of a regional strategy;';
    // (the forum of that later clause is a sitting of its own since aud41d, held in Bangui: the meeting takes no venue from it)
    const held = heldIn(attributions(text));
    expect(held.filter((a) => a.includes('ministerial meeting'))).toEqual([]);
    expect(held.map((a) => a.slice(a.lastIndexOf(' -> ') + 4))).toEqual(['Place:Bangui']);
  });

  it('A/RES/80/63 PP19: "at its sixth extraordinary session, on the humanitarian situation in Central Africa, held on 7 February 2025 in Malabo"', () => {
    const { attributions } = oneParagraph({ ctx: GA_80_63, kind: 'preambular' });
    const text =
      'Taking note of the decisions adopted by the Conference of Heads of State and Government of the Economic Community of Central African States at its sixth extraordinary session, on the humanitarian situation in Central Africa, held on 7 February 2025 in Malabo, and at its twenty-sixth ordinary session, held on 7 June 2025, also in Malabo,';
    // (each session the Conference's own, with its own venue: aud32l)
    expect(heldIn(attributions(text))).toEqual([
      'HELD_IN Event:sixth extraordinary session of the Conference of Heads of State and Government of the Economic Community of Central African States -> Place:Malabo',
      'HELD_IN Event:twenty-sixth ordinary session of the Conference of Heads of State and Government of the Economic Community of Central African States -> Place:Malabo',
    ]);
  });

  it('guard A/RES/79/42 PP11: "..., with a focus on strengthening the legal framework, in New York" keeps its venue', () => {
    const { attributions } = oneParagraph({ ctx: GA_79_42, kind: 'preambular' });
    const text = 'Recalling the holding of the high-level meeting on countering nuclear terrorism, with a focus on strengthening the legal framework, in New York on 28 September 2012,';
    expect(heldIn(attributions(text))).toEqual(['HELD_IN Event:high-level meeting on countering nuclear terrorism @ 2012 -> Place:New York']);
  });

  it('guard: a venue after the topic\'s own "held" ("..., held in Kinshasa") is still the sitting\'s', () => {
    const { attributions } = oneParagraph({ ctx: GA_79_68, kind: 'preambular' });
    const text =
      'Taking note of the decisions adopted by the Conference of Heads of State and Government of the Economic Community of Central African States at its twenty-second session, held on 25 February 2023 in Kinshasa,';
    expect(heldIn(attributions(text))).toEqual(['HELD_IN Event:twenty-second session of the Conference of Heads of State and Government of the Economic Community of Central African States -> Place:Kinshasa']);
  });
});

describe('names the chunk reader cut short or printed two ways', () => {
  it('A/RES/79/68 OP15: "the Lomé Declaration on Peace, Security, Stability and the Fight against Terrorism and Violent Extremism" is whole', () => {
    const { keys } = oneParagraph({ ctx: GA_79_68, kind: 'operative' });
    const text =
      'Also recalls the joint summit of the Heads of State and Government of the Economic Community of West African States and the Economic Community of Central African States, on peace, security, stability and the fight against terrorism and violent extremism, held in Lomé on 30 July 2018, and the Lomé Declaration on Peace, Security, Stability and the Fight against Terrorism and Violent Extremism adopted at that summit;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Lomé Declaration on Peace, Security, Stability and the Fight against Terrorism and Violent Extremism']);
  });

  it('A/RES/79/68 OP16: "the Lomé Declaration", once named in full, is that declaration', () => {
    const { extract } = oneParagraph({ ctx: GA_79_68, kind: 'operative' });
    const ctx: RecognizeContext = { ...GA_79_68 };
    extract('Also recalls the Lomé Declaration on Peace, Security, Stability and the Fight against Terrorism and Violent Extremism adopted at that summit;', 'operative', ctx);
    const later = extract('Encourages the Economic Community of Central African States and the Economic Community of West African States to continue to work together towards the implementation of the Lomé Declaration;', 'operative', ctx);
    expect(later.mentions.filter((m) => m.kind === 'Framework').map((m) => m.key)).toEqual(['Framework:Lomé Declaration on Peace, Security, Stability and the Fight against Terrorism and Violent Extremism']);
  });

  it('guard: "the Lomé Declaration" alone, its full name not printed before, is not read as it', () => {
    const { keys } = oneParagraph({ ctx: GA_79_68, kind: 'operative' });
    expect(keys('Encourages the States to work towards the implementation of the Lomé Declaration;', 'Framework:')).not.toContain(
      'Framework:Lomé Declaration on Peace, Security, Stability and the Fight against Terrorism and Violent Extremism',
    );
  });

  it('A/RES/79/68 PP16 and OP19: the Interregional Coordination Centre "for Maritime Safety and Security" and "for Maritime Security" are one', () => {
    const { keys } = oneParagraph({ ctx: GA_79_68, kind: 'operative' });
    const pp16 =
      'Recalling also the conclusion of the Summit, and welcoming the successful organization of the fourth annual meeting of senior officials of the Interregional Coordination Centre for Maritime Safety and Security in the Gulf of Guinea on 18 April 2024,';
    const op19 =
      'Welcomes the efforts of Cameroon and the Congo in providing assistance to the Interregional Coordination Centre for Maritime Security in the Gulf of Guinea and the Regional Centre for Maritime Security in Central Africa, respectively;';
    const icc = 'Organization:Interregional Coordination Centre for Maritime Security in the Gulf of Guinea';
    expect(keys(pp16, 'Organization:Interregional', 'preambular')).toEqual([icc]);
    expect(keys(op19, 'Organization:')).toEqual([icc, 'Organization:Regional Centre for Maritime Security in Central Africa']);
  });
});

describe('"the <ordinal> ministerial meeting" with no owner printed, after one of a body\'s ministerial meetings in the paragraph', () => {
  // (keyed by the short form in one paragraph alone, with the bare Committee's qualifier (aud33d); in the whole resolution the
  // Committee, and so its meetings, have the full name)
  const SAC_MEETING = 'ministerial meeting of the Standing Advisory Committee (A/RES/79/68)';
  const pp31 =
    'Welcoming also the call by States members of the Economic Community of Central African States during the forty-ninth ministerial meeting of the Standing Advisory Committee, in Luanda, on the need to strengthen partnership with the United Nations to address the impact of climate change on peace and security in Central Africa, and strengthened by the fifty-fifth ministerial meeting, held in Sao Tome,';

  it('A/RES/79/68 PP31: "..., and strengthened by the fifty-fifth ministerial meeting, held in Sao Tome" is the Committee\'s', () => {
    const { keys, relations, attributions } = oneParagraph({ ctx: { ...GA_79_68 }, kind: 'preambular' });
    expect(keys(pp31, 'Event:')).toEqual([`Event:forty-ninth ${SAC_MEETING}`, `Event:fifty-fifth ${SAC_MEETING}`]);
    expect(relations(pp31)).toContain(`WELCOMES Event:fifty-fifth ${SAC_MEETING}`);
    expect(attributions(pp31)).toContain(`HELD_IN Event:fifty-fifth ${SAC_MEETING} -> Place:São Tomé`);
  });

  it('guard: other sittings further apart keep needing their owner ("the forty-ninth session of the Commission ..., and the fifty-fifth session")', () => {
    const { keys } = oneParagraph({ ctx: { ...GA_79_68 }, kind: 'preambular' });
    const text = 'Recalling the forty-ninth session of the Commission on the Status of Women, held in New York, and the fifty-fifth session, held in Geneva,';
    expect(keys(text, 'Event:')).toEqual(['Event:forty-ninth session of the Commission on the Status of Women']);
  });
});

describe('"the adoption, <how>, of the <framework> on <day>" dates its adoption', () => {
  const GA_80_49: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/49', date: '2025-12-01' };
  const adoptedOn = (attributions: string[]) => attributions.filter((a) => a.startsWith('ADOPTED_ON '));

  it('A/RES/80/49 PP12: "Noting the adoption, with a vote, of the Treaty on the Prohibition of Nuclear Weapons3 on 7 July 2017"', () => {
    const { attributions } = oneParagraph({ ctx: GA_80_49, kind: 'preambular' });
    const text =
      'Noting the adoption, with a vote, of the Treaty on the Prohibition of Nuclear Weapons3 on 7 July 2017 at the United Nations conference to negotiate a legally binding instrument to prohibit nuclear weapons, leading towards their total elimination, its entry into force on 22 January 2021 and the first Meeting of States Parties to the Treaty, held in Vienna from 21 to 23 June 2022,';
    expect(adoptedOn(attributions(text))).toEqual(['ADOPTED_ON Framework:Treaty on the Prohibition of Nuclear Weapons -> Date:2017-07-07']);
  });

  it('guard: "the signature, with ..., of the Treaty ... on <day>" is no adoption', () => {
    const { attributions } = oneParagraph({ ctx: GA_80_49, kind: 'preambular' });
    const text = 'Noting the signature, with great ceremony, of the Treaty on the Prohibition of Nuclear Weapons on 20 September 2017,';
    expect(adoptedOn(attributions(text))).toEqual([]);
  });
});
