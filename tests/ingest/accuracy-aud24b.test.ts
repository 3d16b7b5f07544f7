// Misses found by the session-24 audit aud24b: A/RES/78/46 (illicit trade in small arms and light weapons), A/RES/80/34
// (Chemical Weapons Convention), A/RES/79/178 (human rights and extreme poverty), and the same forms in other texts. Each
// case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/46', date: '2023-12-04' };

const { extract, keys } = oneParagraph({ ctx: GA, kind: 'operative' });

const POA = 'Framework:Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects';
const POA_FULL_PP =
  'Emphasizing the importance of the continued and full implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, and recognizing its important contribution to international efforts on this matter,';
const OP15 =
  'Recognizes the necessity for interested States to develop effective coordination mechanisms, where they do not exist, in order to match the needs of States with existing resources to enhance the implementation of the Programme of Action and to make international cooperation and assistance more effective, and in this regard encourages States to make use, as appropriate, of the Programme of Action Implementation Support System;';

describe('"the Programme of Action" after a support system named for it is still the programme', () => {
  it('A/RES/78/46 OP17 after OP15: "the implementation of the Programme of Action"', () => {
    const ctx = { ...GA };
    extract(POA_FULL_PP, 'preambular', ctx);
    extract(OP15, 'operative', ctx);
    const OP17 =
      'Encourages States, with the assistance of the Secretariat, where applicable, to develop options for enhancing the effectiveness of the existing international assistance frameworks in support of the effective implementation of the Programme of Action;';
    expect(keys(OP17, 'Framework:Programme of Action', 'operative', ctx)).toEqual([POA]);
  });

  it('guard: A/RES/78/46 OP15 names both, the programme and its support system', () => {
    const ctx = { ...GA };
    extract(POA_FULL_PP, 'preambular', ctx);
    // (the system a tool, an Initiative since aud61h: the gazetteer names it, as the other information systems)
    expect(keys(OP15, 'Framework:Programme of Action', 'operative', ctx)).toEqual([POA]);
    expect(keys(OP15, 'Initiative:Programme of Action', 'operative', ctx)).toEqual(['Initiative:Programme of Action Implementation Support System']);
  });
});

const THIRD_FULL = 'Event:Third United Nations Conference to Review Progress Made in the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects';
const FOURTH_FULL = 'Event:Fourth United Nations Conference to Review Progress Made in the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects';
const OP7 =
  'Reaffirms the outcome of the third United Nations Conference to Review Progress Made in the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, held in New York from 18 to 29 June 2018 (the third Review Conference);';
const OP9 =
  'Decides to convene the fourth United Nations Conference to Review Progress Made in the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects in New York from 17 to 28 June 2024;';
const ATT_PP = 'Welcoming the inclusion of small arms and light weapons in the scope of the Arms Trade Treaty,';

describe('"the <ordinal> Review Conference" is the United Nations Conference to Review ... of that ordinal, not a treaty\'s', () => {
  it('A/RES/78/46 OP7: "(the third Review Conference)" after the conference named in full, the Arms Trade Treaty named before', () => {
    const ctx = { ...GA };
    extract(ATT_PP, 'preambular', ctx);
    expect(keys(OP7, 'Event:', 'operative', ctx)).toEqual([THIRD_FULL, THIRD_FULL]);
  });

  it('A/RES/78/46 OP22, OP17: "the third Review Conference", "the fourth Review Conference" in later paragraphs', () => {
    const ctx = { ...GA };
    extract(ATT_PP, 'preambular', ctx);
    extract(OP7, 'operative', ctx);
    extract(OP9, 'operative', ctx);
    expect(
      keys('Encourages all efforts to build national capacity, including those highlighted in the outcome document of the third Review Conference;', 'Event:', 'operative', ctx),
    ).toEqual([THIRD_FULL]);
    expect(keys('Encourages States to consider the matter at the fourth Review Conference;', 'Event:', 'operative', ctx)).toEqual([FOURTH_FULL]);
  });

  it('A/RES/79/40 OP23: "the Third Review Conference" when only the fourth and fifth were named in full: the same series', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/40', date: '2024-12-02' };
    extract(ATT_PP, 'preambular', ctx);
    extract(
      'Endorses the outcome of the Fourth United Nations Conference to Review Progress Made in the Implementation of the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, held in New York from 17 to 28 June 2024;',
      'operative',
      ctx,
    );
    expect(keys('Encourages all efforts to build national capacity, including those highlighted in the outcome document of the Third Review Conference;', 'Event:', 'operative', ctx)).toEqual([
      THIRD_FULL,
    ]);
  });

  it('guard: a treaty\'s review conference with no such conference named stays the treaty\'s (A/RES/80/34 PP10 after PP9)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/34', date: '2025-12-01' };
    extract(
      'Reaffirming the importance of the outcome of the Third Special Session of the Conference of the States Parties to Review the Operation of the Chemical Weapons Convention, held in The Hague from 8 to 19 April 2013 (the Third Review Conference),',
      'preambular',
      ctx,
    );
    expect(keys('Emphasizing that the Third Review Conference welcomed the fact that the Convention is a unique multilateral agreement,', 'Event:', 'preambular', ctx)).toEqual([
      'Event:Third Review Conference (Chemical Weapons Convention)',
    ]);
  });
});

describe('the World Education Forum (Dakar, 2000) is one event with its own dates; the World Education Forum 2015 is another', () => {
  const WEF_2000 = 'Event:World Education Forum @ 2000';
  it('A/RES/79/178 OP17: "adopted at the World Education Forum on 28 April 2000" is the adoption day, not the Forum\'s start', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/178', date: '2024-12-17' };
    const out = extract(
      'Also reaffirms in this context the Dakar Framework for Action, adopted at the World Education Forum on 28 April 2000, and the Incheon Declaration, adopted at the World Education Forum 2015;',
      'operative',
      ctx,
    );
    expect(out.mentions.filter((m) => m.key.startsWith('Event:')).map((m) => m.key)).toEqual([WEF_2000, 'Event:World Education Forum @ 2015']);
    const atts = out.attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);
    expect(atts).not.toContain(`STARTS_ON ${WEF_2000} -> Date:2000-04-28`);
    expect(atts).toContain('ADOPTED_ON Framework:Dakar Framework for Action -> Date:2000-04-28');
  });

  it('A/RES/79/151 PP16: "adopted on 28 April 2000 at the World Education Forum" is the same forum', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/151', date: '2024-12-17' };
    expect(
      keys(
        'Recalling the importance of continuing to implement national and subnational programmes and measures to advance literacy worldwide as reflected in the Dakar Framework for Action, adopted on 28 April 2000 at the World Education Forum, and achieve literacy,',
        'Event:',
        'preambular',
        ctx,
      ),
    ).toEqual([WEF_2000]);
  });

  it('guard: A/RES/80/141 PP17 "the World Education Forum 2015, held in Incheon" is the 2015 forum, part of no other', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/141', date: '2025-12-15' };
    const out = extract('Acknowledging the World Education Forum 2015, held in Incheon, Republic of Korea,', 'preambular', ctx);
    expect(out.mentions.filter((m) => m.key.startsWith('Event:')).map((m) => m.key)).toEqual(['Event:World Education Forum @ 2015']);
    expect(out.attributions.filter((a) => a.type === 'PART_OF')).toEqual([]);
  });
});

describe('"League of Nations, Treaty Series" in a note is a publication, not the League', () => {
  it('A/RES/80/34 PP4 fn1: "League of Nations, Treaty Series, vol. XCIV, No. 2138."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/34', date: '2025-12-01' };
    expect(keys('League of Nations, Treaty Series, vol. XCIV, No. 2138.', 'Organization:', 'preambular', ctx)).toEqual([]);
  });

  it('guard: the League named in a sentence stays (A/RES/79/79 "the League of Nations, which ...")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/79', date: '2024-12-02' };
    expect(keys('Recalling the work of the League of Nations, which preceded the United Nations,', 'Organization:League', 'preambular', ctx)).toEqual([
      'Organization:League of Nations',
    ]);
  });
});
