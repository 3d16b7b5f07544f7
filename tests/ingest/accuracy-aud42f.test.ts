// Session-42 audit aud42f: events, venues and event dates, last session's leftovers (79/219 OP3, 80/156 OP13, 78/138 PP11,
// 78/20 OP6, 78/231 OP31, 79/331, 78/206 PP12, 80/110 OP213, postponed conferences 78/315, 79/279) and a fresh sample of
// corpus-ga files with many sittings (79/314, 78/149, 78/207, 78/161, 78/120, 80/137, 78/154, 80/108). Fixed: sittings
// "of la Francophonie" were cut before "la" (the summits went unread, the ministerial conferences were bare "Ministerial
// Conference"); the 2023 SDG Summit read in its declaration's words took no venue or days printed after them; the venue after
// "the second part of the <sitting>" printed with no days went to the whole sitting (its first part sat elsewhere); a part
// "held in New York on 17 March 2022" (one day) gave its day to the whole sitting; "decided to convene the <first> and, in
// 2028, the <second>" left the second undated; a declaration's "We, ..., meeting in Nice, France, from 9 to 13 June 2025 at
// the <Conference>" was not dated or placed (and a sitting re-keyed by its year lost the venue read before it); "June 2017.3"
// (a footnote after the full stop) was no date; hosts thanked "for discharging their (co-)hosting responsibilities" were not
// read; "adopted in Khartoum on 16 October 2014 during the <sitting>" and "adopted in March 2022 at the <sitting>" gave the
// sitting no venue or date; "the hosting by the Government of X of the A, the B and the C, in <venue>, from <days>" gave
// them to C alone. Postponed conferences (78/315, 79/279): each text's planned venue and days are what it states (edges),
// the node keeps the gazetteer's real ones; left as is. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../ingest/recognize/dates.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/331', date: '2025-08-01' };
const { keys, relations, attributions } = oneParagraph({ ctx: GA79, kind: 'preambular' });

describe('sittings "of la Francophonie"', () => {
  it('A/RES/79/331 PP13: "the nineteenth Summit of la Francophonie, held in France, ... on 4 and 5 October 2024": the summit, its venue and days', () => {
    const text =
      'Welcoming the nineteenth Summit of la Francophonie, held in France, in Villers-Cotterêts and Paris, on 4 and 5 October 2024 on the theme “Create, innovate and undertake in French”, noting the adoption of the Villers-Cotterêts Declaration and the Declaration of Solidarity with Lebanon, and taking note of the Villers-Cotterêts Call for a trustworthy and ethical digital space in the francophone world,';
    const summit = 'Event:Nineteenth Summit of la Francophonie';
    expect(relations(text)).toContain(`WELCOMES ${summit}`);
    const att = attributions(text);
    // (aud44g: a country, then its towns: the towns are the venue, as a city before its country is)
    expect(att).toContain(`HELD_IN ${summit} -> Place:Villers-Cotterêts`);
    expect(att).toContain(`HELD_IN ${summit} -> Place:Paris`);
    expect(att).toContain(`STARTS_ON ${summit} -> Date:2024-10-04`);
    expect(att).toContain(`ENDS_ON ${summit} -> Date:2024-10-05`);
  });

  it('A/RES/79/331 PP14: "the twentieth Summit of la Francophonie, to be held in Cambodia in 2026"', () => {
    const text = 'Looking forward with interest to the twentieth Summit of la Francophonie, to be held in Cambodia in 2026,';
    const summit = 'Event:Twentieth Summit of la Francophonie';
    expect(relations(text)).toEqual([`LOOKS_FORWARD_TO ${summit}`]);
    expect(attributions(text)).toEqual([`HELD_IN ${summit} -> Place:Cambodia`, `STARTS_ON ${summit} -> Date:2026`]);
  });

  it('A/RES/79/331 PP6: "adopted on 23 November 2005 at the Ministerial Conference of la Francophonie, held in Antananarivo": the whole name', () => {
    const text =
      'Bearing in mind also that, according to the Charter of la Francophonie, adopted on 23 November 2005 at the Ministerial Conference of la Francophonie, held in Antananarivo, the objectives of la Francophonie are to assist in the establishment and development of democracy,';
    expect(keys(text, 'Event:')).toEqual(['Event:Ministerial Conference of la Francophonie @ 2005']);
    expect(attributions(text)).toContain('HELD_IN Event:Ministerial Conference of la Francophonie @ 2005 -> Place:Antananarivo');
  });

  it('guard: A/RES/79/331 OP4 "the International Organization of la Francophonie" and its French name stay the one gazetteer body', () => {
    const text =
      'Notes with satisfaction the continued strengthening of cooperation between the United Nations and the International Organization of la Francophonie, and the Organisation internationale de la Francophonie,';
    expect(keys(text, 'Organization:')).toEqual(['Organization:United Nations', 'Organization:International Organization of la Francophonie', 'Organization:International Organization of la Francophonie']);
  });

  it('guard: "la" after a word other than "of" joins no name ("the Summit and la Francophonie")', () => {
    expect(keys('Welcoming the Summit and la Francophonie,', 'Event:Summit and')).toEqual([]);
  });
});

describe('the 2023 SDG Summit read in its political declaration\'s words', () => {
  const SUMMIT = 'Event:Sustainable Development Goals Summit @ 2023';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/219', date: '2024-12-19' };

  it('A/RES/79/219 OP3 (78/163 OP8): "... convened under the auspices of the General Assembly, held in New York on 18 and 19 September 2023": the summit\'s venue and days', () => {
    const text =
      'Welcomes the political declaration adopted by the high-level political forum on sustainable development convened under the auspices of the General Assembly, held in New York on 18 and 19 September 2023, 9 and urges timely action to ensure its full implementation;';
    const att = attributions(text, 'operative', ctx);
    expect(att).toContain(`HELD_IN ${SUMMIT} -> Place:New York`);
    expect(att).toContain(`STARTS_ON ${SUMMIT} -> Date:2023-09-18`);
    expect(att).toContain(`ENDS_ON ${SUMMIT} -> Date:2023-09-19`);
  });

  it('guard: A/RES/78/265 PP2 "... contained in the annex to its resolution 78/1 of 29 September 2023": the resolution\'s day does not date the summit', () => {
    const text =
      'Reaffirming also the political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly contained in the annex to its resolution 78/1 of 29 September 2023,';
    const att = attributions(text, 'preambular', { ...ctx, symbol: 'A/RES/78/265', date: '2024-03-21' });
    expect(att).toContain(`ADOPTED ${SUMMIT} -> Framework:Political Declaration of the High-level Political Forum on Sustainable Development`);
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${SUMMIT}`) || a.startsWith(`HELD_IN ${SUMMIT}`))).toEqual([]);
  });
});

describe('the parts of a sitting', () => {
  const LDC5 = 'Event:Fifth United Nations Conference on the Least Developed Countries';
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/156', date: '2025-12-15' };

  it('A/RES/80/156 OP13 (79/236 OP9, 78/167 OP8): "during the second part of the Fifth United Nations Conference on the Least Developed Countries, in Doha,": the second part was held in Doha, not the whole Conference', () => {
    const text =
      'Recalls the convening of the ministerial meeting on South-South cooperation held in 2023 during the second part of the Fifth United Nations Conference on the Least Developed Countries, in Doha, on leveraging South-South and triangular cooperation for the attainment of the Sustainable Development Goals;';
    const att = attributions(text, 'operative', ctx);
    expect(att).toContain(`HELD_IN Event:second part of the Fifth United Nations Conference on the Least Developed Countries -> Place:Doha`);
    expect(att.filter((a) => a.startsWith(`HELD_IN ${LDC5} `))).toEqual([]);
  });

  it('guard: "Recalls the Fifth United Nations Conference on the Least Developed Countries, in Doha,": the whole Conference', () => {
    const text = 'Recalls the Fifth United Nations Conference on the Least Developed Countries, in Doha, on leveraging South-South cooperation;';
    expect(attributions(text, 'operative', ctx)).toContain(`HELD_IN ${LDC5} -> Place:Doha`);
  });

  it('A/RES/78/153 PP6 (79/206 PP6): "adopted at the first part of the Fifth ..., held in New York on 17 March 2022,18": the first part\'s venue and day', () => {
    const text =
      'Recalling further the Doha Programme of Action for the Least Developed Countries for the decade 2022–2031, adopted at the first part of the Fifth United Nations Conference on the Least Developed Countries, held in New York on 17 March 2022,18';
    const part = 'Event:first part of the Fifth United Nations Conference on the Least Developed Countries';
    const att = attributions(text, 'preambular', { ...ctx, symbol: 'A/RES/78/153', date: '2023-12-19' });
    expect(att).toContain(`HELD_IN ${part} -> Place:New York`);
    expect(att).toContain(`STARTS_ON ${part} -> Date:2022-03-17`);
    expect(att).toContain(`PART_OF ${part} -> ${LDC5}`);
    expect(att.filter((a) => a.startsWith(`STARTS_ON ${LDC5} `) || a.startsWith(`HELD_IN ${LDC5} `))).toEqual([]);
  });

  it('guard: A/RES/78/160 OP4 "the second part of the Fifth ..., held in Doha, from 5 to 9 March 2023": still the part\'s days', () => {
    const text = 'Welcomes the second part of the Fifth United Nations Conference on the Least Developed Countries, held in Doha, from 5 to 9 March 2023;';
    const part = 'Event:second part of the Fifth United Nations Conference on the Least Developed Countries';
    const att = attributions(text, 'operative', ctx);
    expect(att).toContain(`STARTS_ON ${part} -> Date:2023-03-05`);
    expect(att).toContain(`ENDS_ON ${part} -> Date:2023-03-09`);
  });
});

describe('a year printed before the second sitting convened', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/206', date: '2023-12-22' };
  const FINAL = 'Event:United Nations Conference on the Final Comprehensive Review';

  it('A/RES/78/206 PP12 (80/216 PP13): "decided to convene the 2026 United Nations Water Conference ... Goal 6 and, in 2028, the United Nations Conference on the Final Comprehensive Review ...": dated 2028', () => {
    const text =
      'Recalling its resolution 77/334 of 1 September 2023, entitled “Follow-up to the United Nations Conference on the Midterm Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, ‘Water for Sustainable Development’, 2018–2028”, in which it decided to convene the 2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6 and, in 2028, the United Nations Conference on the Final Comprehensive Review of the Implementation of the Objectives of the International Decade for Action, “Water for Sustainable Development”, 2018–2028,';
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith(`STARTS_ON ${FINAL}`))).toEqual([expect.stringMatching(/ -> Date:2028$/)]);
  });

  it('guard: with no verb convening the first sitting ("welcomed the ... and, in 2028, the ..."), no date', () => {
    const text =
      'Recalling that it welcomed the 2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6 and, in 2028, the United Nations Conference on the Final Comprehensive Review of the Implementation of the Objectives of the International Decade for Action,';
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith(`STARTS_ON ${FINAL}`))).toEqual([]);
  });
});

describe('a declaration\'s opening: where and when its signatories met', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/314', date: '2025-07-30' };
  const OCEAN_2025 = 'Event:United Nations Ocean Conference @ 2025';

  it('A/RES/79/314 annex OP1: "We, ..., meeting in Nice, France, from 9 to 13 June 2025 at the United Nations Conference to Support the Implementation of Sustainable Development Goal 14 ...": the 2025 Conference, held in Nice on those days', () => {
    const text =
      'We, the Heads of State and Government and high-level representatives, meeting in Nice, France, from 9 to 13 June 2025 at the United Nations Conference to Support the Implementation of Sustainable Development Goal 14 of the 2030 Agenda for Sustainable Development,1 with the participation of civil society and other relevant stakeholders, reaffirm our strong commitment to conserve and sustainably use our ocean, seas and marine resources.';
    const att = attributions(text, 'operative', ctx);
    expect(att).toContain(`HELD_IN ${OCEAN_2025} -> Place:Nice`);
    expect(att).toContain(`STARTS_ON ${OCEAN_2025} -> Date:2025-06-09`);
    expect(att).toContain(`ENDS_ON ${OCEAN_2025} -> Date:2025-06-13`);
  });

  it('guard: A/RES/80/5 annex OP1 "We, ..., gathered in Doha from 4 to 6 November 2025 at the Second World Summit for Social Development": unchanged', () => {
    const text =
      'We, the Heads of State and Government and High Representatives, gathered in Doha from 4 to 6 November 2025 at the Second World Summit for Social Development to build a more just, inclusive, equitable and sustainable world,';
    expect(attributions(text, 'operative', { ...ctx, symbol: 'A/RES/80/5', date: '2025-11-20' })).toEqual([
      'HELD_IN Event:Second World Summit for Social Development -> Place:Doha',
      'STARTS_ON Event:Second World Summit for Social Development -> Date:2025-11-04',
      'ENDS_ON Event:Second World Summit for Social Development -> Date:2025-11-06',
    ]);
  });

  it('guard: "We, ..., meeting in Nice, France, from 9 to 13 June 2025, recall the ... Conference ...": the days where they met date no sitting named later', () => {
    const text =
      'We, the Heads of State and Government and high-level representatives, meeting in Nice, France, from 9 to 13 June 2025, recall the declaration adopted by the United Nations Conference to Support the Implementation of Sustainable Development Goal 14 held in Lisbon in 2022;';
    expect(attributions(text, 'operative', ctx).filter((a) => a.includes('Date:2025-06'))).toEqual([]);
  });
});

describe('a footnote mark after the full stop that ends a sentence on a year', () => {
  it('A/RES/79/314 annex OP2: "adopted by the Conference held in New York from 5 to 9 June 2017.3": the days, and the 2017 Conference dated', () => {
    expect(findDates('adopted by the Conference held in New York from 5 to 9 June 2017.3 The ocean').map((d) => d.key)).toEqual(['Date:2017-06-05', 'Date:2017-06-09']);
    const text =
      'We reaffirm the declaration entitled “Our ocean, our future: call for action”, adopted by the United Nations Conference to Support the Implementation of Sustainable Development Goal 14 held in New York from 5 to 9 June 2017.3';
    expect(attributions(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/314', date: '2025-07-30' })).toContain('STARTS_ON Event:United Nations Ocean Conference @ 2017 -> Date:2017-06-05');
  });

  it('guard: a number with decimals after a four-digit whole ("2017.35 units", "version 2019.1 of", "in 2003.5 of the") is no year', () => {
    expect(findDates('a rise of 2017.35 units')).toEqual([]);
    expect(findDates('the pledges in 2003.5 of the items')).toEqual([]);
    expect(findDates('version 2019.1 of the tool')).toEqual([]);
  });
});

describe('hosts thanked for discharging their hosting responsibilities', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/323', date: '2025-08-25' };

  it('A/RES/79/323 OP1: "to the Government and the people of Spain for discharging their hosting responsibilities for the Fourth International Conference on Financing for Development": Spain HOSTS it', () => {
    const text =
      'Expresses its profound gratitude to the Government and the people of Spain for discharging their hosting responsibilities for the Fourth International Conference on Financing for Development and its preparatory process and for providing all necessary support;';
    expect(attributions(text, 'operative', ctx)).toContain('HOSTS Place:Spain -> Event:Fourth International Conference on Financing for Development');
  });

  it('A/RES/79/314 OP1: "to the Governments of Costa Rica and France for discharging their co-hosting responsibilities by assuming the costs of the United Nations Conference ...": both host it', () => {
    const text =
      'Expresses its profound gratitude to the Governments of Costa Rica and France for discharging their co-hosting responsibilities by assuming the costs of the United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development and its preparatory process and for providing all necessary support;';
    const hosts = attributions(text, 'operative', { ...ctx, symbol: 'A/RES/79/314', date: '2025-06-30' }).filter((a) => a.startsWith('HOSTS'));
    expect(hosts.map((a) => a.split(' -> ')[0])).toEqual(['HOSTS Place:Costa Rica', 'HOSTS Place:France']);
  });

  it('guard: "for hosting" still thanks the host ("to the Government of Kenya for hosting the fourth session of the ...")', () => {
    const text = 'Expresses its gratitude to the Government of Kenya for hosting the Fourth International Conference on Financing for Development;';
    expect(attributions(text, 'operative', ctx)).toContain('HOSTS Place:Kenya -> Event:Fourth International Conference on Financing for Development');
  });

  it('guard: "discharging their responsibilities for the Conference" (no hosting) names no host', () => {
    const text = 'Expresses its profound gratitude to the Government of Spain for discharging their responsibilities for the Fourth International Conference on Financing for Development;';
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('HOSTS'))).toEqual([]);
  });
});

describe('where and on which day a text was adopted, before the sitting that adopted it', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/228', date: '2023-12-22' };
  const KHARTOUM_CONFERENCE = 'Event:Regional Ministerial Conference on Human Trafficking and Smuggling in the Horn of Africa';

  it('A/RES/78/228 PP40 (80/228): "its Declaration adopted in Khartoum on 16 October 2014 during the Regional Ministerial Conference ...": the Conference\'s venue and day', () => {
    const text =
      'Taking note of the Khartoum process and its Declaration adopted in Khartoum on 16 October 2014 during the Regional Ministerial Conference on Human Trafficking and Smuggling in the Horn of Africa, coordinated by the African Union, the Office of the United Nations High Commissioner for Refugees and the International Organization for Migration,';
    const att = attributions(text, 'preambular', ctx);
    expect(att).toContain(`HELD_IN ${KHARTOUM_CONFERENCE} -> Place:Khartoum`);
    expect(att).toContain(`STARTS_ON ${KHARTOUM_CONFERENCE} -> Date:2014-10-16`);
  });

  it('A/RES/78/161 PP26: "the declaration adopted in Florence, Italy, on 4 October 2014, at the third ... World Forum on Culture and Cultural Industries": the city, not the country', () => {
    const text =
      'Taking note of the declaration adopted in Florence, Italy, on 4 October 2014, at the third United Nations Educational, Scientific and Cultural Organization World Forum on Culture and Cultural Industries, the Hangzhou outcomes,';
    const att = attributions(text, 'preambular', { ...ctx, symbol: 'A/RES/78/161' }).filter((a) => a.startsWith('HELD_IN') || a.startsWith('STARTS_ON'));
    expect(att).toEqual([
      'HELD_IN Event:Third United Nations Educational, Scientific and Cultural Organization World Forum on Culture and Cultural Industries -> Place:Florence',
      'STARTS_ON Event:Third United Nations Educational, Scientific and Cultural Organization World Forum on Culture and Cultural Industries -> Date:2014-10-04',
    ]);
  });

  it('A/RES/78/138 PP11 (79/222, 80/124, 79/331 OP46): "..., adopted in March 2022 at the first part of the Fifth ..., the ... (SAMOA) Pathway, adopted in September 2014 at the third International Conference on Small Island Developing States": each sitting\'s month', () => {
    const text =
      'Noting the ongoing efforts to implement the Doha Programme of Action for the Least Developed Countries for the Decade 2022–2031, adopted in March 2022 at the first part of the Fifth United Nations Conference on the Least Developed Countries, 8 the SIDS Accelerated Modalities of Action (SAMOA) Pathway, adopted in September 2014 at the third International Conference on Small Island Developing States, 9 and recognizing the special challenges facing middle-income countries,';
    const att = attributions(text, 'preambular', { ...ctx, symbol: 'A/RES/78/138' }).filter((a) => a.startsWith('STARTS_ON'));
    expect(att).toEqual([
      'STARTS_ON Event:first part of the Fifth United Nations Conference on the Least Developed Countries -> Date:2022-03',
      'STARTS_ON Event:Third International Conference on Small Island Developing States -> Date:2014-09',
    ]);
  });

  it('guard: "the Pathway, adopted in September 2014, and the third International Conference ...": a sitting listed after the date is not dated by it', () => {
    const text = 'Taking note of the Pathway, adopted in September 2014, and the third International Conference on Small Island Developing States,';
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('STARTS_ON'))).toEqual([]);
  });

  it('guard: "signed in Khartoum on 16 October 2014 during the Regional Ministerial Conference ..." (not "adopted in"): no venue or day from before the name', () => {
    const text =
      'Taking note of the Khartoum process and its Declaration signed in Khartoum on 16 October 2014 during the Regional Ministerial Conference on Human Trafficking and Smuggling in the Horn of Africa,';
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('HELD_IN') || a.startsWith('STARTS_ON'))).toEqual([]);
  });
});

describe('a list of sittings the host hosted, its venue and days after the last name', () => {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/120', date: '2023-12-14' };
  const COP27 = 'Event:twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
  const CMP17 = 'Event:seventeenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol';
  const pp9 =
    'Noting with appreciation the hosting by the Government of the Arab Republic of Egypt of the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, the seventeenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the fourth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement, in Sharm el-Sheikh, from 6 to 20 November 2022,';

  it('A/RES/78/120 PP9 (78/153, 79/206): "the hosting by the Government of ... Egypt of the twenty-seventh session ..., the seventeenth session ... and the fourth session ..., in Sharm el-Sheikh, from 6 to 20 November 2022": every one held there then', () => {
    const att = attributions(pp9, 'preambular', ctx);
    for (const ev of [COP27, CMP17]) {
      expect(att).toContain(`HELD_IN ${ev} -> Place:Sharm el-Sheikh`);
      expect(att).toContain(`STARTS_ON ${ev} -> Date:2022-11-06`);
      expect(att).toContain(`ENDS_ON ${ev} -> Date:2022-11-20`);
    }
  });

  it('guard: the same list after "Noting with appreciation" alone (no host\'s noun governing it): the venue and days stay the last sitting\'s', () => {
    const text = pp9.replace('the hosting by the Government of the Arab Republic of Egypt of ', '');
    const att = attributions(text, 'preambular', ctx);
    expect(att.filter((a) => a.startsWith(`HELD_IN ${COP27}`) || a.startsWith(`STARTS_ON ${CMP17}`))).toEqual([]);
  });
});
