// Misses found by the session-26 audit aud26c: A/RES/80/144 (sustainable mountain development), A/RES/79/201 (entrepreneurship
// for sustainable development), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/144', date: '2025-12-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a year named by "the proclamation (declaration, designation) of <year> as the International Year of ..."', () => {
  it('A/RES/80/144 PP29: "the declaration of 2022 as the International Year of Sustainable Mountain Development"', () => {
    const text =
      'Taking note with appreciation of the declaration of 2022 as the International Year of Sustainable Mountain Development, on the proposal of the Government of Kyrgyzstan, 20 years after the International Year of Mountains, held in 2002, and 20 years after the establishment of the Mountain Partnership,';
    expect(keys(text, 'Date:')).toEqual(['Date:2022', 'Date:2002']);
    expect(attributions(text)).toContain('STARTS_ON Event:International Year of Sustainable Mountain Development @ 2022 -> Date:2022');
  });

  it('A/RES/78/145 PP: "the proclamation of 2017 as the International Year of Sustainable Tourism for Development"', () => {
    const text = 'Recalling its resolution 70/193 of 22 December 2015 on the proclamation of 2017 as the International Year of Sustainable Tourism for Development,';
    expect(attributions(text)).toContain('STARTS_ON Event:International Year of Sustainable Tourism for Development @ 2017 -> Date:2017');
  });

  it('A/RES/80/137 PP: "the designation of 2025 as the International Year of Glaciers’ Preservation"', () => {
    const text = 'Recalling the designation of 2025 as the International Year of Glaciers’ Preservation,';
    expect(attributions(text)).toContain("STARTS_ON Event:International Year of Glaciers' Preservation @ 2025 -> Date:2025");
  });

  it('guard: an instrument dated by its year ("the Bishkek Declaration of 2017 entitled ...") and a declaration made in a year stay as they were', () => {
    expect(keys('Recalling the Declaration of 2019 on the matter,', 'Date:')).toEqual([]);
    expect(keys('Recalling the declaration of 2019 to progressively provide 1 billion additional people with access to water,', 'Date:')).toEqual([]);
  });
});

describe('named programmes printed with a lowercase head word (gazetteer)', () => {
  const OP8 =
    'Acknowledges the value of entrepreneurship education, encourages all relevant actors to increase efforts to systemically integrate entrepreneurship within the formal and informal education systems, including through, inter alia, skills development, career guidance, and behavioural approach programmes such as the Empretec programme and the Entrepreneurship Policy Framework and Implementation Guidance of the United Nations Conference on Trade and Development and the Start and Improve Your Business programme of the International Labour Organization, the International Trade Centre programmes;';

  it('A/RES/79/201 OP8: "the Empretec programme", "the Start and Improve Your Business programme of the International Labour Organization"', () => {
    expect(keys(OP8, 'Initiative:', 'operative')).toEqual(['Initiative:Empretec programme', 'Initiative:Start and Improve Your Business programme']);
    expect(relations(OP8, 'operative')).toContain('ENCOURAGES Initiative:Empretec programme');
    expect(attributions(OP8, 'operative')).toContain('LEADS Organization:International Labour Organization -> Initiative:Start and Improve Your Business programme');
  });

  it('A/RES/79/201 OP21: "the Women in Business and eTrade for Women initiatives of the United Nations Conference on Trade and Development"', () => {
    const text =
      'Reiterates the need to strengthen women’s economic empowerment, and encourages Governments to facilitate women’s entrepreneurship by improving access to financing, tools of trade, business development and training, such as the Women in Business and eTrade for Women initiatives of the United Nations Conference on Trade and Development and the SheTrades initiative of the International Trade Centre;';
    expect(keys(text, 'Initiative:', 'operative')).toEqual(['Initiative:Women in Business initiative', 'Initiative:eTrade for Women Network', 'Initiative:SheTrades Initiative']);
  });

  it('A/RES/78/68 OP: "the Food and Agriculture Organization of the United Nations through its FishCode programme"', () => {
    const text =
      'Encourages assistance by other international organizations, including the Food and Agriculture Organization of the United Nations through its FishCode programme, including through financial and/or technical assistance;';
    expect(keys(text, 'Initiative:', 'operative')).toEqual(['Initiative:FishCode programme']);
  });

  it('guard: a lowercase "women in business" is no initiative', () => {
    expect(keys('Encourages the participation of women in business and trade;', 'Initiative:', 'operative')).toEqual([]);
  });
});

describe('a lowercase sitting of experts', () => {
  const PP15 =
    'Taking note with appreciation also of the first-ever expert dialogue on mountains and climate change, convened by the Chair of the Subsidiary Body for Scientific and Technological Advice, as requested in paragraph 181 of decision 1/CMA.5, and held on 5 June 2024 during the sixtieth session of the Subsidiary Body for Scientific and Technological Advice of the United Nations Framework Convention on Climate Change,';

  it('A/RES/80/144 PP15: "the first-ever expert dialogue on mountains and climate change, convened by ..."', () => {
    expect(keys(PP15, 'Event:')).toContain('Event:first-ever expert dialogue on mountains and climate change @ 2024');
    expect(relations(PP15)).toContain('NOTES Event:first-ever expert dialogue on mountains and climate change @ 2024');
    expect(attributions(PP15)).toContain('STARTS_ON Event:first-ever expert dialogue on mountains and climate change @ 2024 -> Date:2024-06-05');
  });

  it('guard: an expert sitting named by no topic is none ("the four-day expert workshop, held from 21 to 24 November 2022", A/RES/78/189, 79/159)', () => {
    expect(keys('Welcoming the four-day expert workshop, held from 21 to 24 November 2022, convened to discuss recommendations,', 'Event:')).toEqual([]);
  });
});

describe('a State offering to convene a sitting organizes it', () => {
  it('A/RES/80/144 OP31: "welcomes the generous offer of the Government of Kyrgyzstan to convene the second Global Mountain Summit in Bishkek"', () => {
    const text =
      'Encourages the further undertaking of multi-stakeholder initiatives, looks forward to the seventh global meeting of the Mountain Partnership, to be hosted by the Government of Andorra in Andorra from 26 to 28 March 2026, and welcomes the generous offer of the Government of Kyrgyzstan to convene the second Global Mountain Summit in Bishkek from 21 to 23 October 2027;';
    expect(attributions(text, 'operative')).toContain('ORGANIZES Place:Kyrgyzstan -> Event:Second Global Mountain Summit');
  });

  it('guard: a body deciding to convene its own sitting is no offer (A/RES/78/68 "the decision of the General Assembly to convene the ...")', () => {
    const text = 'Welcomes the decision of the General Assembly to convene the high-level 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14;';
    expect(attributions(text, 'operative').filter((a) => a.startsWith('ORGANIZES'))).toEqual([]);
  });

  it('guard: an offer to host stays HOSTS ("the offer by the Government of Spain to host ...")', () => {
    const text = 'Welcomes the offer by the Government of Spain to host the Fourth International Conference on Financing for Development;';
    expect(attributions(text, 'operative')).toEqual(['HOSTS Place:Spain -> Event:Fourth International Conference on Financing for Development']);
  });
});

describe('a named dialogue with no head word the patterns know (gazetteer)', () => {
  it('A/RES/80/144 OP31: "the first edition of the Sagarmatha Sambaad on “Climate change, mountains and the future of humanity”, held in Nepal"', () => {
    const text =
      'Encourages the further undertaking of transboundary initiatives, and notes in this regard the numerous initiatives undertaken, including the first edition of the Sagarmatha Sambaad on “Climate change, mountains and the future of humanity”, held in Nepal from 16 to 18 May 2025, which issued the Sagarmatha Call for Action as the outcome document;';
    // (the theme in quotes before ", held in" no longer hides the edition's days: the 2025 edition, aud65g)
    expect(keys(text, 'Event:', 'operative')).toEqual(['Event:Sagarmatha Sambaad @ 2025']);
    expect(relations(text, 'operative')).toContain('NOTES Event:Sagarmatha Sambaad @ 2025');
  });

  it('guard: "Sagarmatha" alone (Mount Everest\'s name) is no event', () => {
    expect(keys('Recognizing the importance of Sagarmatha National Park and its glaciers,', 'Event:')).toEqual([]);
  });
});

describe('one initiative under its two names', () => {
  it('A/RES/80/144 OP37 "the Andean Initiative for mountains" is PP24\'s "Andean Mountain Initiative"', () => {
    const OP37 =
      'Notes other transboundary approaches and initiatives such as the Andean Initiative for mountains, the Scientific Network for the Caucasus Mountain Region and the established Caucasus Mountain Forum;';
    expect(keys(OP37, 'Initiative:', 'operative')).toEqual(['Initiative:Andean Mountain Initiative', 'Initiative:Scientific Network for the Caucasus Mountain Region']);
    const PP24 = 'Recalling the high-level event hosted by the Andean Mountain Initiative and the Government of Colombia on 23 October 2024,';
    expect(keys(PP24, 'Initiative:')).toEqual(['Initiative:Andean Mountain Initiative']);
  });

  it('guard: other Andean names are not the initiative ("the Andean Community Roadmap to Prevent and Combat ...", A/RES/80/61)', () => {
    const text = 'Welcoming the Andean Community Roadmap to Prevent and Combat the Illicit Trafficking in Firearms, Ammunition and Explosives,';
    expect(keys(text, 'Initiative:Andean')).toEqual([]);
  });
});
