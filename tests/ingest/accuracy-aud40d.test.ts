// Session-40 audit aud40d: last session's open Event misses, each form's siblings grepped in corpus-ga first.
// Fixed: an edition joined to a second sitting ("the Sixteenth Ministerial Conference and Commemorative Meeting", A/RES/79/30
// PP11, after the Fifteenth of the Movement of Non-Aligned Countries) is the series' edition, its owner kept; the UNRWA texts'
// unnamed sittings (A/RES/78/73 PP21): one "convened at United Nations Headquarters in New York on <day>", one with two
// qualifiers "convened on <day>" and no venue, and two "meetings held on <day> and <day>, hosted by Jordan and Sweden" (every
// co-host of a sitting whose host is read apart is its host); a lowercase forum with an ordinal past the tenth ("the fifteenth
// forum on the development of tourism ... in Central America and the Dominican Republic, held in Guatemala City", A/RES/80/134
// PP32, 78/145 PP29; "tourism in <Place>" is a topic's words, not its venue); a body's unnamed sitting "<body> at its meeting
// held in Bangkok from 11 to 13 November 2014" (A/RES/78/229 OP48) is that body's meeting, organized by it; COP15's parts where
// the text names them unusually (A/RES/78/151 PP11 "the second part of the fifteenth meeting of the Conference of the Parties to,
// held in Montreal", a dangling "to"; 78/155 OP2 "the first part of ..., as well as the Meetings of the Parties to the Protocols to
// the Convention, held in Kunming"): the venue and days are the part's, no longer COP15's own.
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA79_30: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/30', date: '2024-12-02' };
const { keys, attributions } = oneParagraph({ ctx: GA79_30, kind: 'preambular' });

const NAM = 'Organization:Movement of Non-Aligned Countries';

describe('an edition of a series joined to a second sitting in one name', () => {
  const text =
    'Mindful of the support expressed for Mongolia’s nuclear-weapon-free status by Ministers at the Fifteenth Ministerial Conference of the Movement of Non-Aligned Countries, held in Tehran on 29 and 30 July 2008, the Sixteenth Ministerial Conference and Commemorative Meeting, held in Nusa Dua, Bali, Indonesia, from 23 to 27 May 2011, the Seventeenth Ministerial Conference, held in Algiers from 26 to 29 May 2014, and the Eighteenth Ministerial Conference, held in Baku on 5 and 6 April 2018,';
  const SIXTEENTH = 'Event:Sixteenth Ministerial Conference and Commemorative Meeting of the Movement of Non-Aligned Countries';

  it('A/RES/79/30 PP11: "the Sixteenth Ministerial Conference and Commemorative Meeting, held in Nusa Dua": the Movement\'s sixteenth, organized by it, placed and dated', () => {
    expect(keys(text, 'Event:Sixteenth')).toEqual([SIXTEENTH]);
    const attrs = attributions(text);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attrs).toContain(`SESSION_OF ${SIXTEENTH} -> ${NAM}`);
    expect(attrs).toContain(`HELD_IN ${SIXTEENTH} -> Place:Nusa Dua`);
    expect(attrs).toContain(`STARTS_ON ${SIXTEENTH} -> Date:2011-05-23`);
  });

  it('guard: A/RES/79/30 PP11 "the Seventeenth Ministerial Conference" after it is still the Movement\'s seventeenth, not of the joined name', () => {
    expect(keys(text, 'Event:Seventeenth')).toEqual(['Event:Seventeenth Ministerial Conference of the Movement of Non-Aligned Countries']);
  });

  it('guard: "the Tenth Review and Extension Conference" after "the Ninth Review Conference of the Parties to ..." (one word before "and") is no edition of it', () => {
    const t = 'Recalling the Ninth Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons and the Tenth Review and Extension Conference,';
    expect(keys(t, 'Event:Tenth').some((k) => k.includes('of the Parties'))).toBe(false);
  });
});

const GA78_73: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/73', date: '2023-12-06' };

describe('unnamed sittings convened somewhere or on some day, and two held on two days with their hosts after', () => {
  const text =
    'Welcoming the joint efforts of host countries and donors to mobilize support for the Agency, including through extraordinary ministerial meetings, inter alia, the extraordinary ministerial conference held in Rome on 15 March 2018, the ministerial meeting convened at United Nations Headquarters in New York on 26 September 2019, the extraordinary virtual ministerial pledging conference convened on 23 June 2020 and the most recent ministerial meetings held on 22 September 2022 and 21 September 2023, hosted by Jordan and Sweden, aimed at urgently addressing the Agency’s funding shortfall and the need for predictable multi-year funding, expanding donor support for the Agency and reaffirming support for its mandate,';
  const NEW_YORK = 'Event:ministerial meeting held in New York @ 2019';
  const PLEDGING = 'Event:extraordinary virtual ministerial pledging conference @ 2020';
  const HOSTED_2022 = 'Event:ministerial meeting hosted by Jordan and Sweden @ 2022';
  const HOSTED_2023 = 'Event:ministerial meeting hosted by Jordan and Sweden @ 2023';

  it('A/RES/78/73 PP21: five sittings, each its own node', () => {
    expect(keys(text, 'Event:', 'preambular', GA78_73)).toEqual([
      'Event:extraordinary ministerial conference held in Rome @ 2018',
      NEW_YORK,
      PLEDGING,
      HOSTED_2022,
      HOSTED_2023,
    ]);
  });

  it('A/RES/78/73 PP21: each dated by its own day; the New York one placed; both hosted meetings hosted by both hosts, the pledging conference by none', () => {
    const attrs = attributions(text, 'preambular', GA78_73);
    expect(attrs).toContain(`HELD_IN ${NEW_YORK} -> Place:New York`);
    expect(attrs).toContain(`STARTS_ON ${NEW_YORK} -> Date:2019-09-26`);
    expect(attrs).toContain(`STARTS_ON ${PLEDGING} -> Date:2020-06-23`);
    expect(attrs).toContain(`STARTS_ON ${HOSTED_2022} -> Date:2022-09-22`);
    expect(attrs).toContain(`STARTS_ON ${HOSTED_2023} -> Date:2023-09-21`);
    for (const ev of [HOSTED_2022, HOSTED_2023]) for (const host of ['Jordan', 'Sweden']) expect(attrs).toContain(`HOSTS Place:${host} -> ${ev}`);
    expect(attrs.filter((a) => a.startsWith('HOSTS') && a.endsWith(PLEDGING))).toEqual([]);
  });

  it('guard: "the ministerial meeting convened on 5 May 2020" (one qualifier) and "the ministerial meeting convened at United Nations Headquarters" with no day name no sitting', () => {
    expect(keys('Noting the ministerial meeting convened on 5 May 2020,', 'Event:', 'preambular', GA78_73)).toEqual([]);
    expect(keys('Noting the ministerial meeting convened at United Nations Headquarters in New York,', 'Event:', 'preambular', GA78_73)).toEqual([]);
  });

  it('guard: "the ministerial meetings held on 22 September 2022 and 21 September 2023" with no host named name no sitting', () => {
    expect(keys('Noting the ministerial meetings held on 22 September 2022 and 21 September 2023, aimed at addressing the funding shortfall,', 'Event:', 'preambular', GA78_73)).toEqual([]);
  });
});

const GA80_134: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/134', date: '2025-12-15' };

describe('a lowercase forum numbered past the tenth', () => {
  const FIFTEENTH = 'Event:fifteenth forum on the development of tourism and on the harmonization of efforts to promote tourism in Central America and the Dominican Republic';
  it('A/RES/80/134 PP32 (78/145 PP29): "the fifteenth forum on the development of tourism ..., held in Guatemala City on 27 August 2014": one sitting, its whole topic, placed in Guatemala City (not Central America) and dated', () => {
    const text =
      'Taking note of the outcomes of the Forum on Sustainable Tourism and Climate Change in Central America, held from 21 to 24 September 2023 in La Ceiba, Honduras, the outcomes adopted at the 126th meeting of the Central American Tourism Council, held in San Salvador on 30 August 2023, the twenty-second Forum for the Development of Tourism Integration of Central America and the Caribbean, held in San Salvador on 28 September 2022, the declaration of the fifteenth forum on the development of tourism and on the harmonization of efforts to promote tourism in Central America and the Dominican Republic, held in Guatemala City on 27 August 2014, and the third Social, Solidarity and Sustainable Tourism Forum, held in Tela, Honduras on 12 and 13 June 2024, with the support of the International Social Tourism Organization,';
    expect(keys(text, 'Event:fifteenth', 'preambular', GA80_134)).toEqual([FIFTEENTH]);
    const attrs = attributions(text, 'preambular', GA80_134).filter((a) => a.includes(FIFTEENTH));
    // (and the declaration printed before it is the forum's: accuracy-aud58g)
    expect(attrs.filter((a) => !a.startsWith('ADOPTED '))).toEqual([`HELD_IN ${FIFTEENTH} -> Place:Guatemala City`, `STARTS_ON ${FIFTEENTH} -> Date:2014-08-27`]);
  });

  it('guard: "the tenth forum on financing for development follow-up would not result in ..." (A/RES/79/199): nothing makes it one sitting, no lowercase forum', () => {
    const text = 'Noting that the tenth forum on financing for development follow-up would not result in intergovernmentally agreed conclusions and recommendations,';
    expect(keys(text, 'Event:tenth forum', 'preambular', GA80_134)).toEqual([]);
  });
});

const GA78_229: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/229', date: '2023-12-22' };

describe('a body\'s unnamed sitting "<body> at its meeting held in <place> <days>"', () => {
  const GROUP = 'Organization:Open-ended Intergovernmental Expert Group on Gender-related Killing of Women and Girls';
  const MEETING = 'Event:meeting of the Open-ended Intergovernmental Expert Group on Gender-related Killing of Women and Girls @ 2014-11-11';
  it('A/RES/78/229 OP48: "recommended by the open-ended intergovernmental expert group on gender-related killing of women and girls at its meeting held in Bangkok from 11 to 13 November 2014": the group\'s meeting', () => {
    const text =
      'Invites Member States to mainstream a gender perspective into their criminal justice systems, and welcomes in this respect the practical tools recommended by the open-ended intergovernmental expert group on gender-related killing of women and girls at its meeting held in Bangkok from 11 to 13 November 2014;';
    expect(keys(text, 'Event:', 'operative', GA78_229)).toEqual([MEETING]);
    const attrs = attributions(text, 'operative', GA78_229);
    // conv42a: the body is named in the sitting's own name, so SESSION_OF (sitting -> body), no ORGANIZES the text states
    expect(attrs).toContain(`SESSION_OF ${MEETING} -> ${GROUP}`);
    expect(attrs).toContain(`HELD_IN ${MEETING} -> Place:Bangkok`);
    expect(attrs).toContain(`STARTS_ON ${MEETING} -> Date:2014-11-11`);
  });

  it('guard: A/RES/79/180 PP26 "the declaration of its forum held in Fez, Morocco, on 23 and 24 April 2015" (no body before " at its ") stays the forum held in Fez', () => {
    const text = 'Noting the plan of action for religious leaders and actors to prevent incitement to violence and the declaration of its forum held in Fez, Morocco, on 23 and 24 April 2015,';
    expect(keys(text, 'Event:', 'preambular', GA78_229)).toEqual(['Event:forum held in Fez @ 2015']);
  });
});

const GA78_151: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/151', date: '2023-12-19' };

describe('the parts of COP15 printed unusually', () => {
  const COP15 = 'Event:fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity';
  const FIRST = `Event:first part of the ${COP15.slice('Event:'.length)}`;
  const SECOND = `Event:second part of the ${COP15.slice('Event:'.length)}`;
  it('A/RES/78/151 PP11: "the second part of the fifteenth meeting of the Conference of the Parties to, held in Montreal, Canada, from 7 to 19 December 2022": the second part is placed and dated, COP15 itself not', () => {
    const text =
      'Welcoming the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021, and the second part of the fifteenth meeting of the Conference of the Parties to, held in Montreal, Canada, from 7 to 19 December 2022, and its outcomes, including the Kunming-Montreal Global Biodiversity Framework, and urging their early, inclusive and effective implementation,';
    const attrs = attributions(text, 'preambular', GA78_151);
    expect(attrs).toContain(`HELD_IN ${SECOND} -> Place:Montreal`);
    expect(attrs).toContain(`STARTS_ON ${SECOND} -> Date:2022-12-07`);
    expect(attrs.filter((a) => /^(HELD_IN|STARTS_ON|ENDS_ON) /.test(a) && a.includes(` ${COP15} -> `))).toEqual([]);
  });

  it('A/RES/78/155 OP2: "the first part of the fifteenth meeting ..., as well as the Meetings of the Parties to the Protocols to the Convention, held in Kunming, China, from 11 to 15 October 2021": the first part\'s venue and days', () => {
    const text =
      'Welcomes the convening of the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, as well as the Meetings of the Parties to the Protocols to the Convention, held in Kunming, China, from 11 to 15 October 2021 under the theme proposed by the Presidency “Ecological civilization: building a shared future for all life on Earth”;';
    const attrs = attributions(text, 'operative', { ...GA78_151, symbol: 'A/RES/78/155' });
    expect(attrs).toContain(`HELD_IN ${FIRST} -> Place:Kunming`);
    expect(attrs).toContain(`STARTS_ON ${FIRST} -> Date:2021-10-11`);
    expect(attrs.filter((a) => /^(HELD_IN|STARTS_ON|ENDS_ON) /.test(a) && a.includes(` ${COP15} -> `))).toEqual([]);
  });

  it('guard: "the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Montreal ..." with no part named keeps its venue', () => {
    const text = 'Welcoming the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Montreal, Canada, from 7 to 19 December 2022,';
    expect(attributions(text, 'preambular', GA78_151)).toContain(`HELD_IN ${COP15} -> Place:Montreal`);
  });
});
