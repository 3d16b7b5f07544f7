// Misses found by the session-16 audit aud16a: A/RES/80/101 (Tokelau), A/RES/80/222 (human rights in Iran), A/RES/80/96
// (Guam), A/RES/80/170 (international treaty framework), and the same forms in other texts. Each case quotes the file
// named; each fix has a negative case.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/170', date: '2025-12-15' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a "<Words> Section" of a department is a body, not a treaty', () => {
  it('A/RES/80/170 PP4 (78/236 PP4): "the Treaty Section of the Office of Legal Affairs"', () => {
    const text =
      'Noting with appreciation the role of the Secretariat, in particular the Treaty Section of the Office of Legal Affairs, in the implementation of Article 102 of the Charter,';
    expect(keys(text, 'Organization:')).toContain('Organization:Treaty Section');
    expect(keys(text, 'Framework:')).not.toContain('Framework:Treaty Section');
    expect(relations(text)).toContain('NOTES Organization:Treaty Section');
  });

  it('A/RES/80/170 PP9: "the measures taken by the Treaty Section to expedite the publication of the United Nations Treaty Series"', () => {
    const text =
      'Welcoming the measures taken by the Treaty Section to expedite the publication of the United Nations Treaty Series and to provide electronic access to all of its publications on the website of the United Nations Treaty Collection, and recognizing the role that new technology can play in the accessibility of the United Nations Treaty Series,';
    const x = extract(text);
    expect(x.mentions.find((m) => m.phrase.startsWith('Treaty Section'))?.key).toBe('Organization:Treaty Section');
    expect(relations(text)).toContain('WELCOMES Organization:Treaty Section');
  });

  it('A/RES/78/108 OP35: "encourages that Division to provide continuous necessary support to the Editing Section"', () => {
    const text =
      'Takes note of paragraph 286 of the report of the International Law Commission, expresses its satisfaction with the remarkable progress achieved in the past few years in reducing the backlog of the Yearbook of the International Law Commission in all six languages, welcomes the efforts made by the Division of Conference Management of the United Nations Office at Geneva, especially its Editing Section, in effectively implementing relevant resolutions of the General Assembly calling for the reduction of the backlog, encourages that Division to provide continuous necessary support to the Editing Section in advancing the Yearbook of the International Law Commission, and requests that updates on progress made in this respect be provided to the Commission on a regular basis;';
    expect(keys(text, 'Organization:', 'operative')).toContain('Organization:Editing Section');
    expect(relations(text, 'operative')).toContain('ENCOURAGES Organization:Editing Section');
  });

  it('guard: a treaty is still a framework (A/RES/79/240: "all States parties to the Treaty on the Non-Proliferation of Nuclear Weapons")', () => {
    const text =
      'Recalling also that all States parties to the Treaty on the Non-Proliferation of Nuclear Weapons have committed to the principles of irreversibility, verifiability and transparency in relation to the implementation of their treaty obligations,';
    expect(keys(text, 'Organization:')).toEqual([]);
    expect(keys(text, 'Framework:').length).toBe(1);
  });
});

describe('a decade named as the subject of a sitting does not take the sitting’s venue and dates', () => {
  const TEXT =
    'Cognizant of the statement made by the Ulu-o-Tokelau at the Pacific regional seminar on the implementation of the Third International Decade for the Eradication of Colonialism, held in Nadi, Fiji, from 21 to 23 May 2014, and also of the written statement for the Pacific regional seminar held in Saint George’s from 9 to 11 May 2018, as well as the statement made on 12 June 2023 to the resumed session of the Special Committee,';
  const ctx = { ...GA, symbol: 'A/RES/80/101', date: '2025-12-05' };

  it('A/RES/80/101 PP14 (78/97, 79/110): "the Pacific regional seminar on the implementation of the Third International Decade ..., held in Nadi, Fiji, from 21 to 23 May 2014"', () => {
    const x = extract(TEXT, 'preambular', ctx);
    expect(x.mentions.map((m) => m.key)).toContain('Event:Pacific regional seminar @ 2014');
    const attrs = x.attributions.map((a) => `${a.type} ${a.source} ${a.target}`);
    expect(attrs).toContain("HELD_IN Event:Pacific regional seminar @ 2014 Place:Nadi");
    expect(attrs).toContain('STARTS_ON Event:Pacific regional seminar @ 2014 Date:2014-05-21');
    expect(attrs).toContain('ENDS_ON Event:Pacific regional seminar @ 2014 Date:2014-05-23');
  });

  it('guard: the decade itself is held nowhere and the 2018 seminar keeps its own venue', () => {
    const attrs = extract(TEXT, 'preambular', ctx).attributions.map((a) => `${a.type} ${a.source} ${a.target}`);
    expect(attrs.filter((a) => a.includes('Third International Decade') && !a.startsWith('ORGANIZES'))).toEqual([]);
    expect(attrs).toContain("HELD_IN Event:Pacific regional seminar @ 2018 Place:St. George's");
    expect(attrs).not.toContain('HELD_IN Event:Pacific regional seminar @ 2018 Place:Nadi');
  });
});

describe('"the provisions of" / "note of" the framework adopted on a day: the framework itself is ADOPTED_ON that day', () => {
  const adoptedOn = (text: string, ctx: RecognizeContext = { ...GA }) =>
    extract(text, 'preambular', ctx).attributions.filter((a) => a.type === 'ADOPTED_ON').map((a) => `${a.source} ${a.target}`);

  it('A/RES/80/170 PP13: "the provisions of the Vienna Convention on the Law of Treaties, adopted on 22 May 1969 by the United Nations Conference on the Law of Treaties"', () => {
    const text =
      'Bearing in mind the provisions of the Vienna Convention on the Law of Treaties, adopted on 22 May 1969 by the United Nations Conference on the Law of Treaties,';
    expect(adoptedOn(text)).toEqual(['Framework:Vienna Convention on the Law of Treaties Date:1969-05-22']);
  });

  it('A/RES/78/168 PP17: "taking note of the Seoul Forest Declaration, adopted on 6 May 2022 at the fifteenth World Forestry Congress"', () => {
    const text =
      'Recalling the United Nations strategic plan for forests 2017–2030, taking note of the Seoul Forest Declaration, adopted on 6 May 2022 at the fifteenth World Forestry Congress, which acknowledge that forests provide essential products and ecosystem services,';
    expect(adoptedOn(text, { ...GA, symbol: 'A/RES/78/168', date: '2023-12-19' })).toEqual(['Framework:Seoul Forest Declaration Date:2022-05-06']);
  });

  it('guard: A/RES/79/227 (preamble): "the political declaration of the high-level meeting on the midterm review of the Sendai Framework ..., adopted on 18 May 2023" dates the declaration, not the Sendai Framework', () => {
    const text =
      'Recalling the Sendai Framework for Disaster Risk Reduction 2015–2030 and its guiding principles, recalling also its promotion of regular disaster risk preparedness, prevention, response and recovery exercises, at the national and local levels, with a view to ensuring rapid and effective response to disasters and related displacement, including access to essential food and non-food relief supplies, as appropriate to local needs, and taking note of the political declaration of the high-level meeting on the midterm review of the Sendai Framework for Disaster Risk Reduction 2015–2030, adopted on 18 May 2023,';
    const got = adoptedOn(text, { ...GA, symbol: 'A/RES/79/227', date: '2024-12-19' });
    expect(got.filter((a) => a.startsWith('Framework:Sendai'))).toEqual([]);
  });
});

describe('a meeting of leaders is named without "of"', () => {
  it('A/RES/80/101 OP13 (78/97, 79/110): "including at the fiftieth Pacific Islands Forum Leaders Meeting, held in Tuvalu in August 2019"', () => {
    const text =
      'Welcomes the ongoing cooperative attitude of the other States and territories in the Pacific region towards Tokelau and their support for its economic and political aspirations and its increasing participation in regional and international affairs, including at the fiftieth Pacific Islands Forum Leaders Meeting, held in Tuvalu in August 2019, as an associate member, represented by the Ulu-o-Tokelau;';
    const x = extract(text, 'operative', { ...GA, symbol: 'A/RES/80/101', date: '2025-12-05' });
    const ev = 'Event:Fiftieth Pacific Islands Forum Leaders Meeting';
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toContain(`WELCOMES ${ev}`);
    const attrs = x.attributions.map((a) => `${a.type} ${a.source} ${a.target}`);
    expect(attrs).toContain(`HELD_IN ${ev} Place:Tuvalu`);
    expect(attrs).toContain(`STARTS_ON ${ev} Date:2019-08`);
  });

  it('A/RES/80/186 PP8: "the Global Leaders’ Meeting on Gender Equality and Women’s Empowerment held in New York on 27 September 2015 and the Global Leaders’ Meeting on Women held in Beijing on 13 and 14 October 2025"', () => {
    const text =
      'Taking note of the Global Leaders’ Meeting on Gender Equality and Women’s Empowerment held in New York on 27 September 2015 and the Global Leaders’ Meeting on Women held in Beijing on 13 and 14 October 2025, and noting the pledges and commitments to gender equality and the empowerment of all women and girls as well as their all-round development made by Governments at the meetings,';
    const x = extract(text, 'preambular', { ...GA, symbol: 'A/RES/80/186', date: '2025-12-15' });
    expect(x.relations.map((r) => `${r.type} ${r.target}`)).toEqual([
      "NOTES Event:Global Leaders' Meeting on Gender Equality and Women's Empowerment @ 2015",
      "NOTES Event:Global Leaders' Meeting on Women @ 2025",
    ]);
    expect(x.attributions.map((a) => `${a.type} ${a.source} ${a.target}`)).toContain("HELD_IN Event:Global Leaders' Meeting on Women @ 2025 Place:Beijing");
  });

  it('A/RES/80/98 PP30: "the Melanesian Spearhead Group Leaders’ joint statement ... issued on the margins of the Pacific Islands Leaders Meeting in Tokyo on 17 July 2024" (guard: the leaders’ statement is no meeting)', () => {
    const text =
      'Taking note of the Melanesian Spearhead Group Leaders’ joint statement on the decolonization process and political situation in New Caledonia issued on the margins of the Pacific Islands Leaders Meeting in Tokyo on 17 July 2024 in view of the tenuous security situation in New Caledonia,';
    expect(keys(text, 'Event:', 'preambular', { ...GA, symbol: 'A/RES/80/98', date: '2025-12-05' })).toEqual(['Event:Pacific Islands Leaders Meeting @ 2024']);
  });
});

describe('the General Fono, Tokelau’s legislature, is a body', () => {
  const ctx = { ...GA, symbol: 'A/RES/80/101', date: '2025-12-05' };
  it('A/RES/80/101 OP1: "Recalls with appreciation the decision of the General Fono on 23 May 2022"', () => {
    const text =
      'Recalls with appreciation the decision of the General Fono on 23 May 2022 to revisit the views of the people of Tokelau and revive the dialogue on the question of self-determination for Tokelau in the lead-up to the centenary of New Zealand administration of Tokelau in February 2026;';
    expect(relations(text, 'operative', ctx)).toEqual(['RECALLS Organization:General Fono']);
  });

  it('A/RES/80/101 OP3: "... held on 23 January 2020 for the tenth General Fono ..., and also notes the most recent election of the General Fono on 26 January 2023"', () => {
    const text =
      'Recalls with satisfaction the democratic elections in Tokelau held on 23 January 2020 for the tenth General Fono and the subsequent swearing-in of the Ulu-o-Tokelau on 8 March 2021, and the subsequent change of the Ulu-o-Tokelau on 19 May 2022 at the General Fono, and also notes the most recent election of the General Fono on 26 January 2023 and the subsequent inauguration of the Ulu-o-Tokelau in March 2025;';
    // (aud52b: the Ulu-o-Tokelau, the Territory's head of government, is an officer each clause names too)
    expect(relations(text, 'operative', ctx)).toEqual(['RECALLS Organization:General Fono', 'RECALLS Organization:Ulu-o-Tokelau', 'NOTES Organization:General Fono', 'NOTES Organization:Ulu-o-Tokelau']);
  });

  it('guard: "the General Assembly" (80/101 OP19) is not read as it', () => {
    const text =
      'Requests the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples to continue to examine the question of the Non-Self-Governing Territory of Tokelau and to report thereon to the General Assembly at its eighty-first session.';
    expect(keys(text, 'Organization:General Fono', 'operative', ctx)).toEqual([]);
  });
});

describe('a "<Name> Collection" of texts online is an initiative, not a treaty', () => {
  it('A/RES/80/170 PP9 (78/236): "on the website of the United Nations Treaty Collection"', () => {
    const text =
      'Welcoming the measures taken by the Treaty Section to expedite the publication of the United Nations Treaty Series and to provide electronic access to all of its publications on the website of the United Nations Treaty Collection, and recognizing the role that new technology can play in the accessibility of the United Nations Treaty Series,';
    expect(keys(text, 'Initiative:')).toContain('Initiative:United Nations Treaty Collection');
    expect(keys(text, 'Framework:')).toEqual([]);
  });

  it('guard: A/RES/80/63 OP22: "the Collection of Best Practices for the Prevention ..." (the head word first) is no initiative', () => {
    const text =
      'Welcomes the publication by the United Nations Office for West Africa and the Sahel and the United Nations Regional Office for Central Africa, with support from the Climate Security Mechanism, of the Collection of Best Practices for the Prevention and Resolution of Conflicts between Farmers and Herders in West and Central Africa;';
    expect(keys(text, 'Initiative:', 'operative', { ...GA, symbol: 'A/RES/80/63', date: '2025-12-03' }).filter((k) => k.includes('Collection'))).toEqual([]);
  });
});
