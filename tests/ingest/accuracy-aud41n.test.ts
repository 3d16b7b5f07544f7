// Session-41 audit aud41n: attribution leftovers of this session's attributions audit (LEADS, ORGANIZES, HOSTS, HELD_IN,
// ADOPTED, PART_OF, dates), each seen in one file and checked across corpus-ga for its siblings. Fixed: an office printed
// before " in|of the Department of ..." is PART_OF that department. Each case quotes the file and paragraph; each fix has a
// guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA78: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/129', date: '2023-12-19' };
const { attributions, keys } = oneParagraph({ ctx: GA78, kind: 'operative' });

const DESA = 'Organization:Department of Economic and Social Affairs';

describe('an office printed before " in|of the Department of ..." is PART_OF the department', () => {
  it('A/RES/78/129 OP22: "the Office of Intergovernmental Support and Coordination for Sustainable Development in the Department of Economic and Social Affairs of the Secretariat"', () => {
    const text =
      'Recognizes that the Office of Intergovernmental Support and Coordination for Sustainable Development in the Department of Economic and Social Affairs of the Secretariat plays a valuable role as focal point within the Secretariat on the issue, and encourages it to continue to interact and coordinate with the relevant entities of the United Nations system;';
    const att = attributions(text);
    expect(att).toContain(`PART_OF Organization:Office of Intergovernmental Support and Coordination for Sustainable Development -> ${DESA}`);
    expect(att).toContain(`PART_OF ${DESA} -> Organization:Secretariat of the United Nations`);
  });

  it('A/RES/78/330 OP78: "the Office of Human Resources of the Department of Management Strategy, Policy and Compliance of the Secretariat"', () => {
    const text =
      'Notes with concern that a number of recruitment handbooks developed by the Office of Human Resources of the Department of Management Strategy, Policy and Compliance of the Secretariat are available only in English;';
    expect(attributions(text)).toContain('PART_OF Organization:Office of Human Resources -> Organization:Department of Management Strategy, Policy and Compliance');
  });

  it('guard: an office and a department joined by "and the" are two bodies, neither part of the other', () => {
    const text =
      'Requests the Office of the United Nations High Commissioner for Human Rights and the Department of Economic and Social Affairs to continue their cooperation;';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF') && a.includes(DESA))).toEqual([]);
  });
});

describe('a declaration whose name holds a comma is read whole and ADOPTED where the text says', () => {
  const COP28 = 'Event:twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change';
  const UAE_DECLARATION = 'Framework:United Arab Emirates Declaration on Sustainable Agriculture, Resilient Food Systems and Climate Action';

  it('A/RES/80/157 PP37 (79/227): "the United Arab Emirates Declaration on Sustainable Agriculture, Resilient Food Systems and Climate Action, adopted at the twenty-eighth session of the Conference of the Parties": the whole name, ADOPTED at COP 28', () => {
    const text =
      'Noting the United Arab Emirates Declaration on Sustainable Agriculture, Resilient Food Systems and Climate Action, adopted at the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change,';
    expect(attributions(text, 'preambular')).toContain(`ADOPTED ${COP28} -> ${UAE_DECLARATION}`);
  });

  it('guard: "the Government of the United Arab Emirates" is still the State, no declaration', () => {
    const text = 'Expresses its appreciation to the Government of the United Arab Emirates for hosting the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change;';
    expect(keys(text, 'Place:')).toContain('Place:United Arab Emirates');
    expect(keys(text, 'Framework:United Arab Emirates')).toEqual([]);
  });
});

describe('"adopted by the Heads of State and Government of the <body>": the body adopted it', () => {
  it('A/RES/80/157 OP13: "the Kampala Comprehensive Africa Agriculture Development Programme Declaration adopted by the Heads of State and Government of the African Union in January 2025": ADOPTED by the African Union, on January 2025', () => {
    const text =
      'Calls upon the international community to continue its support for the implementation of the Comprehensive Africa Agriculture Development Programme, and in this regard welcomes the Kampala Comprehensive Africa Agriculture Development Programme Declaration adopted by the Heads of State and Government of the African Union in January 2025, which sets the agenda for the next decade;';
    const att = attributions(text);
    expect(att).toContain('ADOPTED Organization:African Union -> Framework:Kampala Comprehensive Africa Agriculture Development Programme Declaration');
    expect(att).toContain('ADOPTED_ON Framework:Kampala Comprehensive Africa Agriculture Development Programme Declaration -> Date:2025-01');
  });

  // (aud45g: the leaders acted at their sitting, "... at the seventeenth Summit of la Francophonie": the Summit ADOPTED it, as a
  // sitting adopts what is "adopted at" it; still no body (Organization) read from the leaders of a group of countries)
  it('guard: A/RES/79/331 OP2 "the Yerevan Declaration adopted by the Heads of State and Government of countries using French as a common language": no body named, no ADOPTED from an organization; the Summit adopted it', () => {
    const text =
      'Notes with satisfaction, in accordance with the Yerevan Declaration adopted by the Heads of State and Government of countries using French as a common language at the seventeenth Summit of la Francophonie, the active participation of the International Organization of la Francophonie in the work of the United Nations;';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED Organization:'))).toEqual([]);
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED '))).toEqual(['ADOPTED Event:Seventeenth Summit of la Francophonie -> Framework:Yerevan Declaration']);
  });
});

describe('"the adoption[, by consensus of the States Parties,] of <framework> by <body> on|in <date>": the body ADOPTED it on that date', () => {
  const AMENDMENT = 'Framework:Amendment to the Convention on the Physical Protection of Nuclear Material';

  it('A/RES/80/41 PP7: "the adoption, by consensus of the States Parties, of the Amendment2 to the Convention on the Physical Protection of Nuclear Material 3 by the International Atomic Energy Agency on 8 July 2005": ADOPTED by the IAEA, on 8 July 2005', () => {
    const text =
      'Recalling further the adoption, by consensus of the States Parties, of the Amendment2 to the Convention on the Physical Protection of Nuclear Material 3 by the International Atomic Energy Agency on 8 July 2005, and its entry into force on 8 May 2016,';
    const att = attributions(text, 'preambular');
    expect(att).toContain(`ADOPTED Organization:International Atomic Energy Agency -> ${AMENDMENT}`);
    expect(att).toContain(`ADOPTED_ON ${AMENDMENT} -> Date:2005-07-08`);
    expect(att).not.toContain(`ADOPTED_ON ${AMENDMENT} -> Date:2016-05-08`);
  });

  it('A/RES/80/109 OP117: "the adoption of the Indian Ocean Rim Association Principal Guidelines on ... by the Council of Ministers of the Association in May 2025": ADOPTED_ON May 2025', () => {
    const text =
      'Acknowledges the adoption of the Indian Ocean Rim Association Principal Guidelines on Combating Illegal, Unreported and Unregulated Fishing by the Council of Ministers of the Association in May 2025, building upon the initiative of Indonesia;';
    expect(attributions(text)).toContain('ADOPTED_ON Framework:Indian Ocean Rim Association Principal Guidelines on Combating Illegal, Unreported and Unregulated Fishing -> Date:2025-05');
  });

  it('guard: "by the General Assembly, in its resolution ..." after the framework: the resolution, not the Assembly, and no date read from the body', () => {
    const text =
      'Recalling the adoption of the United Nations Convention against Corruption by the General Assembly in its resolution 58/4 of 31 October 2003,';
    const att = attributions(text, 'preambular');
    expect(att.filter((a) => a.startsWith('ADOPTED Organization:General Assembly'))).toEqual([]);
    expect(att.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });
});

describe('"convened at the Palais des Nations, Geneva": the sitting is HELD_IN Geneva', () => {
  const MEETING = 'Event:Formal Consultative Meeting of the States Parties to the 1972 Biological Weapons Convention';

  it('A/RES/79/78 PP14 (78/67, 80/71): "the Formal Consultative Meeting ... requested by the Russian Federation and convened at the Palais des Nations, Geneva, on 26 August 2022": HELD_IN Geneva', () => {
    const text =
      'Noting also the Formal Consultative Meeting of the States Parties to the 1972 Biological Weapons Convention requested by the Russian Federation and convened at the Palais des Nations, Geneva, on 26 August 2022 and reconvened from 5 to 9 September 2022, the presentation by the Russian Federation of its article V consultation request,';
    const att = attributions(text, 'preambular');
    expect(att).toContain(`HELD_IN ${MEETING} -> Place:Geneva`);
    expect(att).toContain(`STARTS_ON ${MEETING} -> Date:2022-08-26`);
  });

  it('guard: a unit "located at the Palais des Nations, Geneva" in a later participle clause places no sitting', () => {
    const text =
      'Noting also the Formal Consultative Meeting of the States Parties to the 1972 Biological Weapons Convention, and noting further the work of the Implementation Support Unit of the Convention, located at the Palais des Nations, Geneva,';
    expect(attributions(text, 'preambular').filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });
});

describe('", that adopted the <framework>" after a sitting, its venue, dates and theme: the sitting ADOPTED it', () => {
  const FORUM = 'Event:Ninth United Nations Alliance of Civilizations Global Forum';

  it('A/RES/78/129 OP13 (79/316): "the ninth United Nations Alliance of Civilizations Global Forum, held in Fez, Kingdom of Morocco, on 22 and 23 November 2022 under the theme “...”, that adopted the Fez Declaration"', () => {
    const text =
      'Notes with appreciation the ninth United Nations Alliance of Civilizations Global Forum, held in Fez, Kingdom of Morocco, on 22 and 23 November 2022 under the theme “Towards an alliance of peace: living together as one humanity”, that adopted the Fez Declaration, and focused, among other issues, on countering and addressing online hate speech on social media;';
    const att = attributions(text);
    expect(att).toContain(`ADOPTED ${FORUM} -> Framework:Fez Declaration`);
    expect(att).toContain(`HELD_IN ${FORUM} -> Place:Fez`);
  });

  it('guard: the clause after a body named past the sitting is said of the body, not of the sitting', () => {
    const text =
      'Notes with appreciation the ninth United Nations Alliance of Civilizations Global Forum, held in Fez, Kingdom of Morocco, on 22 and 23 November 2022, and the work of the United Nations Educational, Scientific and Cultural Organization, which adopted the Fez Declaration;';
    expect(attributions(text).filter((a) => a.startsWith(`ADOPTED ${FORUM}`))).toEqual([]);
  });
});

describe('"A,4 as well as the B,5 which provides ..., adopted at <sitting>": both ADOPTED there, past the relative clause', () => {
  const ICN2 = 'Event:Second International Conference on Nutrition';

  it('A/RES/80/157 PP5 (78/168, 79/227): "the Rome Declaration on Nutrition,4 as well as the Framework for Action,5 which provides a set of voluntary policy options ..., as appropriate, adopted at the Second International Conference on Nutrition"', () => {
    const text =
      'Recalling the Declaration of the World Summit on Food Security, and noting the Rome Declaration on Nutrition,4 as well as the Framework for Action,5 which provides a set of voluntary policy options and strategies for use by Governments, as appropriate, adopted at the Second International Conference on Nutrition, held in Rome from 19 to 21 November 2014,';
    const att = attributions(text, 'preambular');
    expect(att).toContain(`ADOPTED ${ICN2} -> Framework:Framework for Action`);
    expect(att).toContain(`ADOPTED ${ICN2} -> Framework:Rome Declaration on Nutrition`);
  });

  it('guard: the same relative clause followed by ", and the <sitting>" (no "adopted at"): the sitting adopted nothing', () => {
    const text =
      'Noting the Framework for Action, which provides a set of voluntary policy options and strategies for use by Governments, as appropriate, and the Second International Conference on Nutrition,';
    expect(attributions(text, 'preambular').filter((a) => a.startsWith(`ADOPTED ${ICN2}`))).toEqual([]);
  });
});

describe('"resolutions 53/243 A and B of <date> on the <framework>": both lettered parts ADOPTED it', () => {
  const CULTURE_OF_PEACE = 'Framework:Declaration and Programme of Action on a Culture of Peace';

  it('A/RES/78/129 PP3: "its resolutions 53/243 A and B of 13 September 1999 on the Declaration and Programme of Action on a Culture of Peace": A and B', () => {
    // (conv42c: a resolution's title ("on the ...") states no adoption: no ADOPTED from it)
    const text =
      'Recalling also its resolutions 53/243 A and B of 13 September 1999 on the Declaration and Programme of Action on a Culture of Peace, which serve as a universal mandate for the international community for the promotion of a culture of peace and non-violence,';
    const att = attributions(text, 'preambular');
    expect(att).not.toContain(`ADOPTED Resolution:A/RES/53/243A -> ${CULTURE_OF_PEACE}`);
    expect(att).not.toContain(`ADOPTED Resolution:A/RES/53/243B -> ${CULTURE_OF_PEACE}`);
  });

  it('guard: two different resolutions joined by "and" before "on the <framework>": only the one printed next to it', () => {
    // (conv42c: a resolution's title ("on the ...") states no adoption: no ADOPTED from it)
    const text =
      'Recalling also its resolutions 52/13 of 20 November 1997 and 53/243 B of 13 September 1999 on the Declaration and Programme of Action on a Culture of Peace,';
    const att = attributions(text, 'preambular');
    expect(att).not.toContain(`ADOPTED Resolution:A/RES/53/243B -> ${CULTURE_OF_PEACE}`);
    expect(att.filter((a) => a.startsWith('ADOPTED Resolution:A/RES/52/13'))).toEqual([]);
  });
});
