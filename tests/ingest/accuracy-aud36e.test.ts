// Session-36 audit aud36e (verb relations per clause, 12 corpus-ga files of 8-25 KB): "the Organization of the Islamic
// Conference", "the Organization of the Petroleum Exporting Countries Fund ..." are names of their own, not "the Organization"
// (the United Nations); "Calls, in particular, for" is the verb CALLS_UPON; an organization printed inside a longer quoted title
// (of a resolution, report, recommendations, theme) gets no verb edge; "The Work of the International Law Commission" is a
// publication. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctx = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { relations } = oneParagraph({ ctx: ctx('A/RES/78/103', '2023-12-07'), kind: 'operative' });

const UN = 'Organization:United Nations';

describe('"the Organization of the <Name>" is a name of its own, not the United Nations', () => {
  it('A/RES/78/103 OP4 (79/117 OP12): "notes with satisfaction the contributions by the European Union, Germany and the Organization of the Petroleum Exporting Countries Fund for International Development": NOTES the OPEC Fund, not the United Nations', () => {
    const text =
      'Requests the Secretary-General to continue to operate the repository of published information, notes with satisfaction the contributions by the European Union, Germany and the Organization of the Petroleum Exporting Countries Fund for International Development in this regard;';
    const rel = relations(text);
    expect(rel).toContain('NOTES Organization:OPEC Fund for International Development');
    expect(rel).not.toContain(`NOTES ${UN}`);
  });

  it('A/RES/79/9 PP2: "by which it decided to invite the Organization of the Islamic Conference to participate ...": RECALLS the Organization of Islamic Cooperation (its name until 2011), not the United Nations', () => {
    const text =
      'Recalling also its resolution 3369 (XXX) of 10 October 1975, by which it decided to invite the Organization of the Islamic Conference to participate in the sessions and the work of the General Assembly and of its subsidiary organs in the capacity of observer,';
    const rel = relations(text, 'preambular', ctx('A/RES/79/9', '2024-11-12'));
    expect(rel).toContain('RECALLS Organization:Organization of Islamic Cooperation');
    expect(rel).not.toContain(`RECALLS ${UN}`);
  });

  it('guard: A/RES/79/258 XII.OP6 "in full compliance with all relevant rules and regulations of the Organization, and to provide": the United Nations, as before', () => {
    const text =
      'Reiterates its request to the Secretary-General to remain proactive in seeking both voluntary and in-kind contributions from Member States, in full compliance with all relevant rules and regulations of the Organization, and to provide detailed information on the matter in the context of his next progress report;';
    expect(relations(text, 'operative', ctx('A/RES/79/258', '2024-12-24'))).toContain(`REITERATES ${UN}`);
  });
});

describe('"Calls, in particular, for" opens a CALLS_UPON clause', () => {
  const GA78_70 = ctx('A/RES/78/70', '2023-12-07');

  it('A/RES/78/70 OP3 (80/74 OP4): "Calls, in particular, for the continuation of the efforts of Member States, ..., with the assistance of the United Nations": CALLS_UPON the United Nations', () => {
    const text =
      'Calls, in particular, for the continuation of the efforts of Member States, including through South-South, regional and subregional cooperation, bearing in mind the need to ensure national ownership, with the assistance of the United Nations and relevant organizations involved in mine action, upon request and as appropriate, to foster the establishment and development of national mine action capacities;';
    expect(relations(text, 'operative', GA78_70)).toContain(`CALLS_UPON ${UN}`);
  });

  it('guard: "Reiterates its call, in particular, for the full implementation of the Charter of the United Nations": the noun after "its" opens no clause, REITERATES as before', () => {
    const rel = relations('Reiterates its call, in particular, for the full implementation of the Charter of the United Nations;', 'operative', GA78_70);
    expect(rel).toContain('REITERATES Framework:Charter of the United Nations');
    expect(rel).not.toContain('CALLS_UPON Framework:Charter of the United Nations');
  });
});

describe('an organization inside a longer quoted title gets no verb edge', () => {
  const GGE = 'Organization:Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities';

  it('A/RES/80/44 PP12 (OP6, 79/51, 78/52): "the adoption by consensus by the Disarmament Commission of the “Recommendations ... set out in the report of the Group of Governmental Experts on ...”": WELCOMES the Commission, not the Group named in the title', () => {
    const text =
      'Welcoming the adoption by consensus by the Disarmament Commission of the “Recommendations to promote the practical implementation of transparency and confidence-building measures in outer space activities with the goal of preventing an arms race in outer space, in accordance with the recommendations set out in the report of the Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities”,';
    const rel = relations(text, 'preambular', ctx('A/RES/80/44', '2025-12-01'));
    expect(rel).toContain('WELCOMES Organization:Disarmament Commission');
    expect(rel).not.toContain(`WELCOMES ${GGE}`);
  });

  it('A/RES/78/318 PP11: "its resolution 76/6 of 15 November 2021, entitled “Follow-up to the report of the Secretary-General entitled ‘Our Common Agenda’”": RECALLS the resolution, not the Secretary-General', () => {
    const text = 'Recalling also its resolution 76/6 of 15 November 2021, entitled “Follow-up to the report of the Secretary-General entitled ‘Our Common Agenda’”,';
    const rel = relations(text, 'preambular', ctx('A/RES/78/318', '2024-06-21'));
    expect(rel).toContain('RECALLS Resolution:A/RES/76/6');
    expect(rel).not.toContain('RECALLS Organization:Secretary-General of the United Nations');
  });

  it('guard: A/RES/78/220 OP5 "Takes note of the appointment of the “Special Committee to investigate the 2022 unrests”": a quoted name read in part, NOTES it as before', () => {
    const text = 'Takes note of the appointment of the “Special Committee to investigate the 2022 unrests” by the President of the Islamic Republic of Iran;';
    expect(relations(text, 'operative', ctx('A/RES/78/220', '2023-12-19')).some((r) => r.startsWith('NOTES Organization:Special Committee'))).toBe(true);
  });

  it('guard: A/RES/78/65 PP5 "a reinforced partnership, named the “Barcelona Process: Union for the Mediterranean”": a quoted name with no title words, RECALLS the Union as before', () => {
    const text =
      'Recalling, in this regard, the adoption on 13 July 2008 of the Joint Declaration of the Paris Summit for the Mediterranean, which launched a reinforced partnership, named the “Barcelona Process: Union for the Mediterranean”, and the common political will to revive efforts,';
    expect(relations(text, 'preambular', ctx('A/RES/78/65', '2023-12-04'))).toContain('RECALLS Organization:Union for the Mediterranean');
  });

  it('guard: "Takes note of the report of the Secretary-General entitled “Our Common Agenda”": the author is printed outside the quote, NOTES it as before', () => {
    expect(relations('Takes note of the report of the Secretary-General entitled “Our Common Agenda”;')).toContain('NOTES Organization:Secretary-General of the United Nations');
  });
});

describe('"The Work of the International Law Commission" is a publication', () => {
  const GA78_108 = ctx('A/RES/78/108', '2023-12-07');
  const ILC = 'Organization:International Law Commission';

  it('A/RES/78/108 OP31 (79/121, 80/164): "welcomes in particular the issuance of the tenth edition of The Work of the International Law Commission": WELCOMES the publication, not the Commission', () => {
    const text =
      'Takes note of paragraph 280 of the report of the International Law Commission, and welcomes in particular the issuance of the tenth edition of The Work of the International Law Commission in Chinese, English, French, Russian and Spanish;';
    const rel = relations(text, 'operative', GA78_108);
    expect(rel).toContain('WELCOMES Initiative:The Work of the International Law Commission');
    expect(rel).not.toContain(`WELCOMES ${ILC}`);
    expect(rel).toContain(`NOTES ${ILC}`);
  });

  it('guard: A/RES/78/108 OP11 "Welcomes the efforts of the International Law Commission to improve its methods of work": WELCOMES the Commission as before', () => {
    expect(relations('Welcomes the efforts of the International Law Commission to improve its methods of work;', 'operative', GA78_108)).toContain(`WELCOMES ${ILC}`);
  });
});
