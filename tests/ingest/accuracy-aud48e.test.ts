// Session-48 audit aud48e (events and dates): four Plenary resolutions that proclaim or mark days, years, decades and an
// anniversary meeting, annotated from the raw text before the output was read (tests/gold/aud48e-*.gold.tsv: A/RES/78/122,
// 78/266, 78/321, 79/328). Each case quotes the file and paragraph it comes from; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78_122: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/122', date: '2023-12-08' };
const { attributions } = oneParagraph({ ctx: GA78_122, kind: 'operative' });
const leads = (text: string): string[] => attributions(text).filter((a) => a.startsWith('LEADS '));

const UNESCO = 'Organization:United Nations Educational, Scientific and Cultural Organization';

describe('the agency asked to facilitate or lead a day, year or decade LEADS it, past an aside between it and "to"', () => {
  it('A/RES/78/122 OP4: "Invites UN-Habitat, mindful of the criteria set out in the annex to Economic and Social Council resolution 1980/67, to facilitate the observance of World Cleanup Day"', () => {
    const text =
      'Invites the United Nations Human Settlements Programme (UN-Habitat), mindful of the criteria set out in the annex to Economic and Social Council resolution 1980/67, to facilitate the observance of World Cleanup Day;';
    expect(leads(text)).toEqual(['LEADS Organization:United Nations Human Settlements Programme -> Event:World Cleanup Day']);
  });

  it('A/RES/78/266 OP5: "Invites UNESCO and the Department of Political and Peacebuilding Affairs of the Secretariat, mindful of the provisions ..., to facilitate the implementation of the International Year": both lead, not the Secretariat', () => {
    const text =
      'Proclaims 2025 the International Year of Peace and Trust; Invites the United Nations Educational, Scientific and Cultural Organization and the Department of Political and Peacebuilding Affairs of the Secretariat, mindful of the provisions contained in the annex to Economic and Social Council resolution 1980/67, to facilitate the implementation of the International Year;';
    expect(leads(text).sort()).toEqual([
      'LEADS Organization:Department of Political and Peacebuilding Affairs -> Event:International Year of Peace and Trust @ 2025',
      `LEADS ${UNESCO} -> Event:International Year of Peace and Trust @ 2025`,
    ]);
  });

  it('A/RES/79/294 OP3: two asides ("in collaboration with other relevant organizations of the United Nations system, mindful of ...") between the Department and "to facilitate"', () => {
    const text =
      'Invites the Department of Economic and Social Affairs of the Secretariat, in collaboration with other relevant organizations of the United Nations system, mindful of the provisions contained in the annex to Economic and Social Council resolution 1980/67, to facilitate the observance of the International Day of Deafblindness;';
    expect(leads(text)).toEqual(['LEADS Organization:Department of Economic and Social Affairs -> Event:International Day of Deafblindness']);
  });

  it('A/RES/78/260 OP3: "Invites the World Tourism Organization, mindful of ..., to facilitate the organization and implementation of the International Year"', () => {
    const text =
      'Decides to proclaim 2027 the International Year of Sustainable and Resilient Tourism; Invites the World Tourism Organization, mindful of the provisions contained in the annex to Economic and Social Council resolution 1980/67, to facilitate the organization and implementation of the International Year, in collaboration with Governments;';
    expect(leads(text)).toEqual(['LEADS Organization:World Tourism Organization -> Event:International Year of Sustainable and Resilient Tourism @ 2027']);
  });

  it('A/RES/78/321 OP3: "Invites UNESCO to lead the implementation of the Decade of Action"; A/RES/78/168 OP50: "to continue to lead the implementation of the Decade"', () => {
    const text =
      'Decides to proclaim the period from 2025 to 2034 as the Decade of Action for Cryospheric Sciences; Invites the United Nations Educational, Scientific and Cultural Organization to lead the implementation of the Decade of Action, in collaboration with other relevant organizations of the United Nations system as well as other stakeholders;';
    expect(leads(text)).toEqual([`LEADS ${UNESCO} -> Event:Decade of Action for Cryospheric Sciences`]);
    // A/RES/78/168 OP50 (79/227): the Decade named in an earlier paragraph, here as a Decade of Family Farming of its own
    const decade =
      'Recalling the United Nations Decade of Family Farming 2019–2028, and calls upon the Food and Agriculture Organization of the United Nations and the International Fund for Agricultural Development to continue to lead the implementation of the Decade, in collaboration with other relevant organizations of the United Nations system, including by considering the development of a joint resource mobilization strategy to scale up the implementation of the Decade;';
    expect(leads(decade).sort()).toEqual([
      'LEADS Organization:Food and Agriculture Organization of the United Nations -> Event:Decade of Family Farming',
      'LEADS Organization:International Fund for Agricultural Development -> Event:Decade of Family Farming',
    ]);
  });

  it('guard: A/RES/78/279 OP3 "..., mindful of the provisions ..., to facilitate the implementation of the present resolution and observe the International Year": the resolution is facilitated, the year only observed', () => {
    const text =
      'Invites the Food and Agriculture Organization of the United Nations, in collaboration with the other United Nations Rome-based agencies, mindful of the provisions contained in the annex to Economic and Social Council resolution 1980/67, to facilitate the implementation of the present resolution and observe the International Year of the Woman Farmer;';
    expect(leads(text)).toEqual([]);
  });

  it('guard: an aside that is a list of the bodies asked ("Invites Member States, the organizations of the United Nations system, to facilitate") gives the Member States no lead', () => {
    const text = 'Invites Member States, the United Nations system and civil society, as appropriate, to facilitate the observance of World Cleanup Day;';
    expect(leads(text)).toEqual([]);
  });
});

describe('a year the paragraph dates an event or text by is a Date the paragraph mentions', () => {
  const { keys, attributions: pp } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/321', date: '2024-08-13' }, kind: 'preambular' });
  const years = (text: string): string[] => keys(text, 'Date:');

  it('A/RES/78/321 PP16: "Looking forward to the 2026 United Nations Water Conference ..., to be co-hosted by Senegal": STARTS_ON 2026, and the paragraph mentions 2026', () => {
    const text =
      'Looking forward to the 2026 United Nations Water Conference to Accelerate the Implementation of Sustainable Development Goal 6: Ensure availability and sustainable management of water and sanitation for all, to be co-hosted by Senegal and the United Arab Emirates,';
    expect(pp(text)).toContain('STARTS_ON Event:United Nations Water Conference @ 2026 -> Date:2026');
    expect(years(text)).toEqual(['Date:2026']);
  });

  it('A/RES/78/30 PP7: "the 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons": the year of the conference is mentioned', () => {
    const text =
      'Recalling the unequivocal undertaking by the nuclear-weapon States, in the Final Document of the 2000 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons, to accomplish the total elimination of their nuclear arsenals,';
    expect(years(text)).toContain('Date:2000');
  });

  it('guard: A/RES/78/321 PP10 "the 2022 report of UNESCO" and A/RES/78/122 PP5 "the 2030 Agenda": a year before a name dates nothing, no Date', () => {
    expect(
      years(
        'Noting with concern also the findings of the 2022 report of the United Nations Educational, Scientific and Cultural Organization and the International Union for Conservation of Nature entitled World Heritage Glaciers: Sentinels of Climate Change,',
      ),
    ).toEqual([]);
    expect(years('Recalling also its resolution 77/161, entitled “Promoting zero-waste initiatives to advance the 2030 Agenda for Sustainable Development”,')).toEqual([]);
  });

  it('guard: A/RES/80/229 PP2 "the Convention on Psychotropic Substances of 1971": an instrument\'s year (ADOPTED_ON) stays no date of the paragraph', () => {
    expect(years('Reaffirming the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol, the Convention on Psychotropic Substances of 1971 and the United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances of 1988,')).toEqual([]);
  });
});

describe('the period a Year or Decade was declared for, printed after a participle: STARTS_ON and ENDS_ON', () => {
  const { attributions: pp } = oneParagraph({ ctx: { body: 'General Assembly', symbol: 'A/RES/78/321', date: '2024-08-13' }, kind: 'preambular' });
  const dated = (text: string): string[] => pp(text).filter((a) => a.startsWith('STARTS_ON ') || a.startsWith('ENDS_ON '));

  it('A/RES/78/321 PP5: "the International Hydrological Decade, declared by the United Nations Educational, Scientific and Cultural Organization for the period 1965–1974"', () => {
    const text =
      'Recognizing that the need for a worldwide inventory of existing perennial ice and snow masses was first considered during the International Hydrological Decade, declared by the United Nations Educational, Scientific and Cultural Organization for the period 1965–1974,';
    expect(dated(text)).toEqual(['STARTS_ON Event:International Hydrological Decade -> Date:1965', 'ENDS_ON Event:International Hydrological Decade -> Date:1974']);
  });

  it('A/RES/78/147 PP: "the Five Years of Action for the Development of Mountain Regions proclaimed for the period 2023–2027"', () => {
    const text =
      'Noting with concern that glaciers around the world are retreating, while reaffirming the importance of the Five Years of Action for the Development of Mountain Regions proclaimed for the period 2023–2027 to give new impetus to the international community,';
    expect(dated(text)).toEqual([
      'STARTS_ON Event:Five Years of Action for the Development of Mountain Regions -> Date:2023',
      'ENDS_ON Event:Five Years of Action for the Development of Mountain Regions -> Date:2027',
    ]);
  });

  it('guard: a report "prepared by the United Nations Educational, Scientific and Cultural Organization for the period 2022–2023" dates no decade named before it', () => {
    const text =
      'Taking note of the International Hydrological Decade and of the report prepared by the United Nations Educational, Scientific and Cultural Organization for the period 2022–2023,';
    expect(dated(text)).toEqual([]);
  });
});
