// aud20i: an International Year proclaimed for a year is that year's edition ("<name> @ <year>"), when the text fixes the
// year: the official name with its year after a comma ("the International Year of Peace and Trust, 2025"), "Proclaims 2025
// the International Year of ...", "2025 was proclaimed by the General Assembly as the International Year of ...". The Year
// of Peace and Trust of 2021 (A/RES/73/338) and that of 2025 (A/RES/78/266) are two nodes, not one undated node.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/266', date: '2024-03-21' };
const { extract, keys, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });
const PT = 'Event:International Year of Peace and Trust';

describe('a Year named with its year after a comma is that year’s edition', () => {
  it('A/RES/79/274 PP11: "the proclamation of the International Year of Peace and Trust, 2025, through its resolution 78/266"', () => {
    const text =
      'Welcoming the proclamation of the International Year of Peace and Trust, 2025, through its resolution 78/266 of 21 March 2024, as well as the declaration of the zone of peace, trust and cooperation of Central Asia through its resolution 76/299 of 28 July 2022, at the initiative of Turkmenistan,';
    const ctx = { ...GA, symbol: 'A/RES/79/274', date: '2025-06-01' };
    expect(keys(text, 'Event:', 'preambular', ctx)).toEqual([`${PT} @ 2025`]);
    expect(attributions(text, 'preambular', ctx)).toContain(`STARTS_ON ${PT} @ 2025 -> Date:2025`);
  });

  it('A/RES/79/227 PP60: "the International Year of Sustainable Mountain Development, 2022, the International Year of Cooperatives, 2025, ..."', () => {
    const text =
      'Noting the importance of initiatives under the United Nations system, including the observance of World Pulses Day, World Tuna Day, the International Year of Camelids, the International Day and Year of Plant Health, the International Year of Fruits and Vegetables, the International Year of Millets, the International Year of Sustainable Mountain Development, 2022, the International Year of Cooperatives, 2025, the International Year of the Woman Farmer, 2026, the International Year of Rangelands and Pastoralists, 2026, the International Decade for Action, “Water for Sustainable Development”, 2018–2028, the United Nations Decade of Family Farming (2019–2028) and the United Nations Decade on Ecosystem Restoration (2021–2030), aimed at increasing public awareness of relevant agriculture, food security and nutritional benefits,';
    const ctx = { ...GA, symbol: 'A/RES/79/227', date: '2024-12-19' };
    const years = keys(text, 'Event:International Year', 'preambular', ctx);
    expect(years).toContain('Event:International Year of Sustainable Mountain Development @ 2022');
    expect(years).toContain('Event:International Year of Cooperatives @ 2025');
    expect(years).toContain('Event:International Year of the Woman Farmer @ 2026');
    expect(years).toContain('Event:International Year of Rangelands and Pastoralists @ 2026');
    // guard: the Years named without a year stay undated, and the decades keep their keys (no year in them)
    expect(years).toContain('Event:International Year of Millets');
    expect(years).toContain('Event:International Year of Camelids');
    const decades = keys(text, 'Event:', 'preambular', ctx).filter((k) => k.includes('Decade'));
    expect(decades.length).toBeGreaterThanOrEqual(2);
    expect(decades.filter((k) => k.includes(' @ '))).toEqual([]);
  });
});

describe('a Year proclaimed for a year printed before it is that year’s edition', () => {
  it('A/RES/78/266 OP1: "Proclaims 2025 the International Year of Peace and Trust;"', () => {
    expect(keys('Proclaims 2025 the International Year of Peace and Trust;', 'Event:', 'operative')).toEqual([`${PT} @ 2025`]);
    expect(attributions('Proclaims 2025 the International Year of Peace and Trust;', 'operative')).toContain(`STARTS_ON ${PT} @ 2025 -> Date:2025`);
  });

  it('A/RES/78/266 PP4: "by which it declared 2021 the International Year of Peace and Trust" is the 2021 edition; "the proclamation every five years of the United Nations International Year of Peace and Trust" the series', () => {
    const text =
      'Recalling its resolution 73/338 of 12 September 2019, by which it declared 2021 the International Year of Peace and Trust, and its resolution 76/299 of 28 July 2022, in which it noted the proclamation every five years of the United Nations International Year of Peace and Trust in order to focus the efforts of the United Nations and its Member States, with a view to promoting the ideals of peace and trust and demonstrating by all possible means their commitment to peace and trust,';
    expect(keys(text, 'Event:')).toEqual([`${PT} @ 2021`, PT]);
  });

  it('A/RES/78/289 PP5: "by which it proclaimed the year 2012 the International Year of Cooperatives"', () => {
    const text =
      'Recalling its resolutions 64/136 of 18 December 2009 and 65/184 of 21 December 2010, by which it proclaimed the year 2012 the International Year of Cooperatives,';
    expect(keys(text, 'Event:', 'preambular', { ...GA, symbol: 'A/RES/78/289' })).toEqual(['Event:International Year of Cooperatives @ 2012']);
  });

  it('A/RES/80/3 annex OP5: "We recall that 2025 was proclaimed by the General Assembly as the International Year of Peace and Trust"', () => {
    const text =
      'We recall that 2025 was proclaimed by the General Assembly as the International Year of Peace and Trust, and recognize that there can be no sustainable development without peace and no peace without sustainable development – that is also relevant for landlocked developing countries.';
    expect(keys(text, 'Event:', 'operative', { ...GA, symbol: 'A/RES/80/3', date: '2025-12-01' })).toEqual([`${PT} @ 2025`]);
  });

  it('the 2025 edition once proclaimed is what the name alone means later in the same text (A/RES/78/266 OP1 then OP2)', () => {
    const ctx = { ...GA };
    extract('Proclaims 2025 the International Year of Peace and Trust;', 'operative', ctx);
    const op2 =
      'Underlines that the International Year of Peace and Trust constitutes a means of mobilizing the efforts of the international community to promote peace and trust among nations;';
    expect(keys(op2, 'Event:', 'operative', ctx)).toEqual([`${PT} @ 2025`]);
  });

  it('guard: the name alone in a text that fixed no year stays undated (A/RES/78/266 OP2 read alone)', () => {
    const op2 =
      'Underlines that the International Year of Peace and Trust constitutes a means of mobilizing the efforts of the international community to promote peace and trust among nations;';
    expect(keys(op2, 'Event:', 'operative', { ...GA, symbol: 'A/RES/79/999' })).toEqual([PT]);
  });

  it('guard: the year of a day before the name is not the Year’s ("the year beginning on 1 January 2019 the International Year of Indigenous Languages", A/RES/78/161 PP)', () => {
    const text =
      'Recalling its resolution 71/178 of 19 December 2016, in which it proclaimed the year beginning on 1 January 2019 the International Year of Indigenous Languages,';
    expect(keys(text, 'Event:', 'preambular', { ...GA, symbol: 'A/RES/78/161' })).toEqual(['Event:International Year of Indigenous Languages']);
  });
});
