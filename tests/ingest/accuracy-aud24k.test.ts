// Misses found by the session-24 audit aud24k: A/RES/78/130 (water, sanitation, hygiene, waste and electricity in
// health-care facilities), A/RES/79/152 (violence against women and girls: the digital environment), and the same forms in
// other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/130', date: '2023-12-18' };

const { keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const PPPR = 'Framework:Political declaration of the high-level meeting on pandemic prevention, preparedness and response';
const UHC = 'Framework:Political declaration of the high-level meeting on universal health coverage';
const TB = 'Framework:Political declaration of the high-level meeting on the fight against tuberculosis';

describe('"the political declarations on <topic>, on <topic> and on <topic>": one declaration per topic', () => {
  it('A/RES/78/130 PP7: "the 2023 political declarations on universal health coverage and on pandemic prevention, preparedness and response,5"', () => {
    const text =
      'Recalling also the 2023 political declarations on universal health coverage and on pandemic prevention, preparedness and response,5 which recognizes that infection prevention and control, including hygiene, and access to safe drinking water and adequate sanitation services, particularly in health facilities, are essential for preventing the emergence and spread of infectious diseases,';
    expect(keys(text, 'Framework:')).toEqual([`${UHC} (2023)`, `${PPPR} (2023)`]);
    expect(relations(text)).toEqual(expect.arrayContaining([`RECALLS ${UHC} (2023)`, `RECALLS ${PPPR} (2023)`]));
  });

  it('A/RES/78/119 PP: "... on pandemic prevention, preparedness and response, 3 on universal health coverage4 and on the fight against tuberculosis5 adopted at the respective high-level meetings of the General Assembly held in New York in September 2023"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/119', date: '2023-12-11' };
    const text =
      'Welcoming the report of the Secretary-General concerning the response to the impact of the COVID-19 pandemic and taking note of the political declarations on pandemic prevention, preparedness and response, 3 on universal health coverage4 and on the fight against tuberculosis5 adopted at the respective high-level meetings of the General Assembly held in New York in September 2023, as well as General Assembly resolutions on the control and elimination of malaria,';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([`${PPPR} (2023)`, `${UHC} (2023)`, `${TB} (2023)`]);
  });

  it('A/RES/78/205 PP: "... on pandemic prevention, preparedness and response 3 and on universal health coverage4 adopted at the General Assembly high-level meetings held in New York on 20 and 21 September 2023"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/205', date: '2023-12-19' };
    const text =
      'Taking note of the political declarations on pandemic prevention, preparedness and response 3 and on universal health coverage4 adopted at the General Assembly high-level meetings held in New York on 20 and 21 September 2023, respectively,';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([`${PPPR} (2023)`, `${UHC} (2023)`]);
  });

  it('A/RES/79/140 OP: with no marks and no year printed before, the year of the meetings "held in New York in September 2023"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/140', date: '2024-12-17' };
    const text =
      'Calls upon Member States to support countries of origin, in full coordination with their national government, and takes note of the political declarations on pandemic prevention, preparedness and response, on universal health coverage and on the fight against tuberculosis adopted at the respective high-level meetings of the General Assembly held in New York in September 2023, as well as General Assembly resolutions on the control and elimination of malaria;';
    expect(keys(text, 'Framework:', 'operative', ctx)).toEqual([`${PPPR} (2023)`, `${UHC} (2023)`, `${TB} (2023)`]);
    expect(relations(text, 'operative', ctx)).toContain(`NOTES ${TB} (2023)`);
  });

  it('guard: one topic only ("the political declarations on HIV and AIDS", A/RES/79/154 PP) names no meeting of this form', () => {
    const text =
      'Reaffirming the political declarations on HIV and AIDS adopted by the high-level meetings of the General Assembly held in 2006,13 2011,14 201615 and 2021,16 and reiterating that their full and effective implementation is essential,';
    expect(keys(text, 'Framework:Political declaration of the high-level meeting on')).toEqual([]);
  });

  it('guard: "the political declarations on the implementation of the United Nations Global Plan of Action ..." is no list of meetings', () => {
    const text =
      'Recalling the political declarations on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons, and on the prevention of crime,';
    expect(keys(text, 'Framework:Political declaration of the high-level meeting on')).toEqual([]);
  });
});

describe('declarations adopted at several meetings on a span of days', () => {
  it('A/RES/78/205 PP17: "... 3 and on universal health coverage4 adopted at the General Assembly high-level meetings held in New York on 20 and 21 September 2023, respectively": no one day of adoption, no one meeting that adopted it', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/205', date: '2023-12-19' };
    const text =
      'Taking note of the political declarations on pandemic prevention, preparedness and response 3 and on universal health coverage4 adopted at the General Assembly high-level meetings held in New York on 20 and 21 September 2023, respectively,';
    const a = attributions(text, 'preambular', ctx);
    expect(a.filter((x) => x.startsWith('ADOPTED_ON '))).toEqual([]);
    expect(a.filter((x) => x.startsWith('ADOPTED Event:'))).toEqual([]);
  });

  it('guard: one meeting, one day ("the Kunming-Montreal Global Biodiversity Framework, adopted on 19 December 2022") is still the day of adoption', () => {
    const text = 'Welcoming the Kunming-Montreal Global Biodiversity Framework, adopted on 19 December 2022,';
    expect(attributions(text)).toContain('ADOPTED_ON Framework:Kunming-Montreal Global Biodiversity Framework -> Date:2022-12-19');
  });
});

describe('a seat named by its purpose or its owner, "in <town>, <country>", sits there', () => {
  it('A/RES/78/130 PP12: "the World Health Organization Global Centre for Traditional Medicine in Jamnagar, Gujarat, India"', () => {
    const text =
      'Recalling also its resolution 69/2, and in this regard welcoming the establishment of the World Health Organization Global Centre for Traditional Medicine in Jamnagar, Gujarat, India,';
    expect(keys(text, 'Organization:World Health Organization Global')).toEqual(['Organization:World Health Organization Global Centre for Traditional Medicine']);
  });

  it('"the World Health Organization Academy in Lyon, France": the WHO Academy (also read so without its town)', () => {
    const text = 'Welcomes the creation of the World Health Organization Academy in Lyon, France;';
    expect(keys(text, 'Initiative:', 'operative')).toEqual(['Initiative:World Health Organization Academy']);
  });

  it('"the International Labour Organization International Training Centre in Turin, Italy"', () => {
    const text = 'Notes the courses given by the International Labour Organization International Training Centre in Turin, Italy;';
    expect(keys(text, 'Organization:International Labour Organization International', 'operative')).toEqual(['Organization:International Labour Organization International Training Centre']);
  });

  it('guard: a seat named by nothing but its town ("the Regional Service Centre in Entebbe, Uganda") keeps it', () => {
    const text = 'Notes the work of the United Nations at the Regional Service Centre in Entebbe, Uganda;';
    expect(keys(text, 'Organization:Regional', 'operative')).toEqual(['Organization:Regional Service Centre in Entebbe']);
  });

  it('guard: a region in a centre\'s name stays ("the United Nations Regional Centre for Peace and Disarmament in Africa")', () => {
    const text = 'Welcomes the activities of the United Nations Regional Centre for Peace and Disarmament in Africa, based in Lomé, Togo;';
    expect(keys(text, 'Organization:United Nations Regional', 'operative')).toEqual(['Organization:United Nations Regional Centre for Peace and Disarmament in Africa']);
  });
});

describe('"the decent work agenda of the International Labour Organization" is the ILO\'s Decent Work Agenda', () => {
  it('A/RES/79/152 PP29: "recalling the decent work agenda of the International Labour Organization and the International Labour Organization Declaration ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/152', date: '2024-12-17' };
    const text =
      'Recognizing also the importance of relevant International Labour Organization standards related to the realization of women’s right to work and rights at work, recalling the decent work agenda of the International Labour Organization and the International Labour Organization Declaration on Fundamental Principles and Rights at Work, and noting the importance of their effective implementation,';
    const r = relations(text, 'preambular', ctx);
    expect(r).toContain('RECALLS Framework:Decent Work Agenda');
    expect(r).toContain('RECALLS Organization:International Labour Organization');
  });

  it('guard: "decent work" without "agenda" names no framework (A/RES/79/152 OP5 (h) "decent work, equal pay for work of equal value")', () => {
    const text = 'Urges States to promote full and productive employment and decent work for all, equal pay for work of equal value;';
    expect(keys(text, 'Framework:', 'operative')).toEqual([]);
  });
});

describe('"<body> and <body> <programme>": a programme of the two bodies, named without them', () => {
  it('A/RES/78/130 OP7: "the World Health Organization and United Nations Children’s Fund Joint Monitoring Programme on water, sanitation and hygiene"', () => {
    const text =
      'Also requests the Secretary-General to provide a progress report, and in this context invites all States to contribute to the report of the Secretary-General, including by providing data through the World Health Organization and United Nations Children’s Fund Joint Monitoring Programme on water, sanitation and hygiene in health-care facilities.';
    expect(keys(text, 'Initiative:', 'operative')).toEqual(['Initiative:Joint Monitoring Programme']);
    const a = attributions(text, 'operative');
    expect(a).toContain('LEADS Organization:World Health Organization -> Initiative:Joint Monitoring Programme');
    expect(a).toContain("LEADS Organization:United Nations Children's Fund -> Initiative:Joint Monitoring Programme");
  });

  it('A/RES/79/158 PP7: "the ongoing United Nations Population Fund and United Nations Children’s Fund Global Programme to End Child Marriage"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/158', date: '2024-12-17' };
    const text =
      'Taking note with appreciation of the ongoing United Nations Population Fund and United Nations Children’s Fund Global Programme to End Child Marriage, as well as international, regional and national initiatives,';
    expect(keys(text, 'Initiative:', 'preambular', ctx)).toEqual(['Initiative:Global Programme to End Child Marriage']);
    expect(attributions(text, 'preambular', ctx)).toEqual(
      expect.arrayContaining([
        'LEADS Organization:United Nations Population Fund -> Initiative:Global Programme to End Child Marriage',
        "LEADS Organization:United Nations Children's Fund -> Initiative:Global Programme to End Child Marriage",
      ]),
    );
  });

  it('guard: one body before the programme keeps it in the name ("the United Nations Children’s Fund Joint Monitoring Programme")', () => {
    const text = 'Invites States to provide data through the United Nations Children’s Fund Joint Monitoring Programme;';
    expect(keys(text, 'Initiative:', 'operative')).toEqual(["Initiative:United Nations Children's Fund Joint Monitoring Programme"]);
  });

  it('guard: a sitting so named is not cut to its head ("the World Health Organization and United Nations Children’s Fund Global Summit")', () => {
    const text = 'Welcomes the World Health Organization and United Nations Children’s Fund Global Summit;';
    expect(keys(text, 'Event:Global Summit', 'operative')).toEqual([]);
  });
});

describe('guard: "<body> and the <body> <programme>" lists a body, no co-owner', () => {
  it('A/RES/80/125 OP17: "the Special Advocate of the Secretary-General for Financial Health and the Group of 20 Global Partnership for Financial Inclusion"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/125', date: '2025-12-15' };
    const text =
      'Encourages the Special Advocate of the Secretary-General for Financial Health and the Group of 20 Global Partnership for Financial Inclusion to continue their work;';
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('LEADS Organization:Special Advocate'))).toEqual([]);
  });
});
