// Misses found by the session-22 audit aud22d: A/RES/80/127 (promoting investments for sustainable development), A/RES/78/102
// (criminal accountability of United Nations officials and experts on mission), and the same forms in other texts. Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/127', date: '2025-12-15' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

describe('a report\'s edition "<Title> Report <year> of the <publisher>" is a document, its publisher a name of its own', () => {
  const PP6 =
    'Expressing concern about the findings in the World Investment Report 2024 of the United Nations Conference on Trade and Development that international investment in sectors relevant for the Sustainable Development Goals in developing countries declined in 2023 because of the downturn in international project finance,';

  it('A/RES/80/127 PP6 (79/198 PP6): "the findings in the World Investment Report 2024 of the United Nations Conference on Trade and Development"', () => {
    expect(keys(PP6, 'Document:')).toEqual(['Document:world investment report 2024']);
    expect(keys(PP6, 'Initiative:')).toEqual([]);
    expect(relations(PP6)).toContain('EXPRESSES Organization:United Nations Conference on Trade and Development');
  });

  it('A/RES/79/218 PP19: "the Least Developed Countries Report 2024 of the United Nations Conference on Trade and Development"', () => {
    const text = 'Taking note of the Least Developed Countries Report 2024 of the United Nations Conference on Trade and Development,';
    expect(keys(text, 'Document:')).toEqual(['Document:least developed countries report 2024']);
    expect(relations(text)).toEqual(['NOTES Document:least developed countries report 2024', 'NOTES Organization:United Nations Conference on Trade and Development']);
  });

  it('guard: a report named without a year stays whole ("the Final Report of the World Education Forum")', () => {
    // (a sitting's final report is one Document, keyed by its whole title: aud24g; it was an Initiative)
    expect(keys('Noting the Final Report of the World Education Forum,', 'Document:')).toEqual(['Document:final report of the world education forum']);
    expect(keys('Noting the Final Report of the World Education Forum,', 'Initiative:')).toEqual([]);
  });
});

describe('a fair is an event, named by its last word', () => {
  const PP22 =
    'Noting the convening of the eighth World Investment Forum of the United Nations Conference on Trade and Development, held in Abu Dhabi from 16 to 20 October 2023, as well as the tenth Sustainable Development Goals Investment Fair, held in Sevilla, Spain, from 30 June to 3 July 2025, and looking forward to the next World Investment Forum, to be held in 2026, which will continue to provide a global platform for advancing sustainable investment,';

  it('A/RES/80/127 PP22 (78/141 PP16, 79/198 PP18): "the tenth Sustainable Development Goals Investment Fair, held in Sevilla, Spain, from 30 June to 3 July 2025"', () => {
    expect(relations(PP22)).toContain('NOTES Event:Tenth Sustainable Development Goals Investment Fair');
    const a = attributions(PP22);
    expect(a).toContain('HELD_IN Event:Tenth Sustainable Development Goals Investment Fair -> Place:Sevilla');
    expect(a).toContain('STARTS_ON Event:Tenth Sustainable Development Goals Investment Fair -> Date:2025-06-30');
    expect(a).toContain('ENDS_ON Event:Tenth Sustainable Development Goals Investment Fair -> Date:2025-07-03');
  });

  it('guard: "the Fair and Equitable Sharing of Benefits Arising from Their Utilization" is a treaty\'s subject, no fair (A/RES/78/155 OP18)', () => {
    const text =
      'Recalling the Nagoya Protocol on Access to Genetic Resources and the Fair and Equitable Sharing of Benefits Arising from Their Utilization to the Convention on Biological Diversity, which entered into force on 12 October 2014,';
    expect(keys(text, 'Event:')).toEqual([]);
  });

  it('guard: "World Fair Play Day" is a day', () => {
    expect(keys('Welcoming the observance of World Fair Play Day,', 'Event:')).toEqual(['Event:World Fair Play Day']);
  });
});

describe('a monitor the secretariat publishes is an initiative', () => {
  it('A/RES/80/127 PP24 (78/141 PP17, 79/198 PP21): "the SDG Investment Trends Monitor of the United Nations Conference on Trade and Development"', () => {
    const text =
      'Noting the work of the United Nations in the area of investments for sustainable development, and taking note of the World Investment Report 2025 and the SDG Investment Trends Monitor of the United Nations Conference on Trade and Development and the Sustainable Development Goals Report 2025,';
    expect(keys(text, 'Initiative:')).toEqual(['Initiative:SDG Investment Trends Monitor of the United Nations Conference on Trade and Development']);
    expect(relations(text)).toContain('NOTES Document:sustainable development goals report 2025');
  });

  it('guard: the verb "Monitor" opening a sentence names nothing', () => {
    expect(keys('Monitor and review digital platform practices,', 'Initiative:')).toEqual([]);
  });
});

describe('"<Topic> for <Topic> <head>": the head printed last names the thing, and its short form after it', () => {
  const PP45 =
    'Noting also the finalization of the Investment Facilitation for Development Agreement on the occasion of the World Trade Organization Thirteenth Ministerial Conference, and recognizing that a core objective of this Agreement is to facilitate the flow of foreign direct investment between the Parties, particularly to developing and least developed country Parties, with the aim of fostering sustainable development,';

  it('A/RES/80/127 PP45 (79/198 PP41): "the Investment Facilitation for Development Agreement ..., and recognizing that a core objective of this Agreement"', () => {
    const r = relations(PP45);
    expect(r).toContain('NOTES Framework:Investment Facilitation for Development Agreement');
    expect(r).toContain('RECOGNIZES Framework:Investment Facilitation for Development Agreement');
    expect(r.filter((x) => x.includes('Paris Agreement'))).toEqual([]);
  });

  it('A/RES/78/180 OP3 (79/154 OP5, 80/185 OP3): "the Migration for Employment Convention"', () => {
    const text = 'Invites States to consider ratifying the Migration for Employment Convention (Revised), 1949 (No. 97);';
    expect(keys(text, 'Framework:', 'operative')).toEqual(['Framework:Migration for Employment Convention']);
  });

  it('A/RES/79/199 PP22 and OP32: "looking forward to continued efforts by the Alliance", "encourages the Office" after the names printed whole', () => {
    const pp22 =
      'Taking note with appreciation of the fifth annual meeting of the Global Investors for Sustainable Development Alliance, on 31 October 2023, and looking forward to continued efforts by the Alliance to support the channelling of finance and investment towards the Sustainable Development Goals,';
    expect(relations(pp22)).toContain('LOOKS_FORWARD_TO Initiative:Global Investors for Sustainable Development Alliance');
    const op32 = 'Recognizes the work of the Financing for Sustainable Development Office, and encourages the Office, in collaboration with experts, to continue its work;';
    expect(relations(op32, 'operative')).toContain('ENCOURAGES Organization:Financing for Sustainable Development Office');
  });

  it('guard: "for the" keeps the head before it ("the Convention for the Protection of the World Cultural and Natural Heritage")', () => {
    const text = 'Recalling the Convention for the Protection of the World Cultural and Natural Heritage,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Convention for the Protection of the World Cultural and Natural Heritage']);
  });
});

describe('a participle right after "that," is an adjunct inside the that-clause, not a clause of the body', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/102', date: '2023-12-07' };
  const PP22 =
    'Recalling also its decision that, bearing in mind its resolutions 62/63 and 63/119 as well as its resolution 77/98, the consideration of the report of the Group of Legal Experts, in particular its legal aspects, taking into account the views of Member States and also noting the inputs by the Secretariat, would be continued during its seventy-ninth session in the framework of a working group of the Sixth Committee,';

  it('A/RES/78/102 PP22 (80/160 PP23): everything the recalled decision names is recalled', () => {
    const r = relations(PP22, 'preambular', ctx);
    expect(r).toContain('RECALLS Resolution:A/RES/62/63');
    expect(r).toContain('RECALLS Resolution:A/RES/77/98');
    expect(r).toContain('RECALLS Organization:Secretariat of the United Nations');
    expect(r).toContain('RECALLS Organization:Sixth Committee');
    expect(r.filter((x) => x.startsWith('NOTES '))).toEqual([]);
  });

  it('A/RES/79/78 OP9 (78/67, 80/71): "Notes with appreciation that, recognizing the need to balance ..., the Conference allocated 15 days"', () => {
    const text =
      'Notes with appreciation that, recognizing the need to balance an ambition to improve the intersessional programme within the constraints faced by States parties, the Ninth Review Conference of the Parties to the Convention on the Prohibition of the Development, Production and Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction allocated 15 days to the working group;';
    const r = relations(text, 'operative', ctx);
    expect(r.length).toBeGreaterThan(0);
    expect(r.filter((x) => !x.startsWith('NOTES '))).toEqual([]);
  });

  it('guard: a participle after "that" and its own subject still opens a clause ("Noting that ..., and recognizing the work of the Peacebuilding Commission")', () => {
    const text = 'Noting that many challenges remain, and recognizing the work of the Peacebuilding Commission,';
    expect(relations(text, 'preambular', ctx)).toEqual(['RECOGNIZES Organization:Peacebuilding Commission']);
  });

  it('guard: "Recalling its decision that, ..., and noting ...": a participle after ", and" still opens a clause', () => {
    const text = 'Recalling its decision that, bearing in mind its resolution 77/98, the item would be considered, and noting the work of the Peacebuilding Commission,';
    const r = relations(text, 'preambular', ctx);
    expect(r).toContain('RECALLS Resolution:A/RES/77/98');
    expect(r).toContain('NOTES Organization:Peacebuilding Commission');
  });
});

describe('"<conference>, held in ..., at which its political declaration was adopted": the conference\'s declaration', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/136', date: '2025-12-15' };
  const OP9 =
    'Welcomes the convening of the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development, co-hosted by Costa Rica and France, held in Nice, France, from 9 to 13 June 2025, at which its political declaration17 was adopted;';

  it('A/RES/80/136 OP9 (80/124, 80/133, 80/135, 80/137, 80/138, 80/140, 80/150, 80/157): the declaration is the one titled elsewhere', () => {
    const r = relations(OP9, 'operative', ctx);
    expect(r).toContain('WELCOMES Framework:Our ocean, our future: united for urgent action');
    expect(attributions(OP9, 'operative', ctx)).toContain('ADOPTED Event:United Nations Ocean Conference @ 2025 -> Framework:Our ocean, our future: united for urgent action');
  });

  it('A/RES/80/108 PP9: the same declaration by its title, the third of a list of titles', () => {
    const text =
      'Recalling the political declarations of the 2017, 2022 and 2025 United Nations Conferences, entitled “Our ocean, our future: call for action”, “Our ocean, our future, our responsibility” and “Our ocean, our future: united for urgent action”, respectively,';
    expect(keys(text, 'Framework:Our ocean', 'preambular', ctx)).toContain('Framework:Our ocean, our future: united for urgent action');
  });

  it('guard: "at which its political declaration was discussed": no adoption, no declaration read', () => {
    const text = 'Welcomes the high-level meeting on AIDS, held in New York on 10 June 2025, at which its political declaration was discussed;';
    expect(keys(text, 'Framework:', 'operative', ctx)).toEqual([]);
  });
});

describe('a WTO Ministerial Conference printed with the body before its ordinal is the one printed "of the World Trade Organization"', () => {
  const WTO13 = 'Event:Thirteenth Ministerial Conference of the World Trade Organization';

  it('A/RES/80/127 PP45 (79/198 PP41): "on the occasion of the World Trade Organization Thirteenth Ministerial Conference"', () => {
    const text = 'Noting also the finalization of the Investment Facilitation for Development Agreement on the occasion of the World Trade Organization Thirteenth Ministerial Conference,';
    expect(keys(text, 'Event:')).toEqual([WTO13]);
  });

  it('A/RES/78/1 annex OP38: "the 13th WTO Ministerial Conference"', () => {
    expect(keys('We look forward to the 13th WTO Ministerial Conference;', 'Event:', 'operative')).toEqual([WTO13]);
  });

  it('the form most texts print keeps its key (A/RES/80/121 PP10)', () => {
    const text = 'Taking note that the Thirteenth Ministerial Conference of the World Trade Organization instructed the Committee on Trade and Development to hold focused sessions,';
    expect(keys(text, 'Event:')).toEqual([WTO13]);
  });

  it('guard: another body\'s ministerial conference keeps its own name ("the Eighteenth Ministerial Conference of the Movement of Non-Aligned Countries")', () => {
    const text = 'Noting the Eighteenth Ministerial Conference of the Movement of Non-Aligned Countries, held in Baku on 5 and 6 April 2018,';
    expect(keys(text, 'Event:')).toEqual(['Event:Eighteenth Ministerial Conference of the Movement of Non-Aligned Countries']);
  });
});

describe('"the Ministerial Conference" with the WTO named in the paragraph is the WTO\'s', () => {
  it('A/RES/80/121 OP9 (79/195 OP9): "continuing the World Trade Organization negotiations ... at the next Ministerial Conference"', () => {
    const text =
      'Looks forward to continuing the World Trade Organization negotiations consistent with existing mandates to further reform agricultural trade rules, with a view to achieving concrete and positive results at the next Ministerial Conference;';
    expect(relations(text, 'operative')).toContain('LOOKS_FORWARD_TO Event:Ministerial Conference of the World Trade Organization');
  });

  it('A/RES/78/138 OP22 (80/124 OP29): "by the Ministerial Conference and appropriate bodies of the World Trade Organization"', () => {
    const text = 'Recalls the agreement to keep under regular review, by the Ministerial Conference and appropriate bodies of the World Trade Organization, the impact of the results;';
    expect(keys(text, 'Event:', 'operative')).toEqual(['Event:Ministerial Conference of the World Trade Organization']);
  });

  it('guard: with no WTO named it stays as printed (A/RES/79/331 PP6, la Francophonie\'s)', () => {
    const text = 'Bearing in mind that, according to the Charter of la Francophonie, adopted on 23 November 2005 at the Ministerial Conference of la Francophonie, held in Antananarivo,';
    expect(keys(text, 'Event:').filter((k) => k.includes('World Trade'))).toEqual([]);
  });
});
