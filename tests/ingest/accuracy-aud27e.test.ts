// Misses found by the session-27 audit aud27e: A/RES/80/141 (education for sustainable development) and A/RES/80/9 (the 2025
// political declaration on trafficking in persons), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/141', date: '2025-12-15' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'operative' });

const HLSC = 'Organization:Sustainable Development Goal 4-Education 2030 High-level Steering Committee';
const UNESCO_GC = 'Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization';
const ESD_2030 = 'Framework:Education for Sustainable Development: towards achieving the Sustainable Development Goals';
const WCESD_2014 = 'Event:World Conference on Education for Sustainable Development @ 2014';
const WCESD_2021 = 'Event:World Conference on Education for Sustainable Development @ 2021';

const PP17 =
  'Acknowledging the importance of education for achieving sustainable development, including in the context of the 2030 Agenda, and building on Agenda 21, the Plan of Implementation of the World Summit on Sustainable Development (Johannesburg Plan of Implementation), the United Nations Conference on Sustainable Development, the World Conference on Education for Sustainable Development, organized by the Government of Japan and the United Nations Educational, Scientific and Cultural Organization, held in Aichi-Nagoya, Japan, in 2014, the World Education Forum 2015, held in Incheon, Republic of Korea, the Education 2030 Framework for Action, adopted on 4 November 2015 by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its thirty-eighth session, the framework entitled “Education for Sustainable Development: towards achieving the Sustainable Development Goals” (ESD for 2030), endorsed by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its fortieth session, and the World Conference on Education for Sustainable Development, organized by the United Nations Educational, Scientific and Cultural Organization and the Government of Germany, held online from Berlin, Germany, in 2021, and the United Nations Educational, Scientific and Cultural Organization International Forum on the Futures of Education, held in Suwon, Republic of Korea, in 2024,';

describe('"the High-level Steering Committee" after the SDG 4-Education 2030 committee is that committee', () => {
  it('A/RES/80/141 OP20: "... through the strengthened Sustainable Development Goal 4-Education 2030 High-level Steering Committee, and encourages the High-level Steering Committee to take all steps necessary"', () => {
    const text =
      'Reaffirms the mandated role of the United Nations Educational, Scientific and Cultural Organization, as the specialized United Nations agency for education, to lead and coordinate the Education 2030 agenda, including through the strengthened Sustainable Development Goal 4-Education 2030 High-level Steering Committee, and encourages the High-level Steering Committee to take all steps necessary to achieve maximum cooperation and coordination in order to make effective progress towards Goal 4;';
    expect(keys(text, 'Organization:', 'operative', { ...GA }).filter((k) => k.includes('Steering'))).toEqual([HLSC, HLSC]);
    expect(relations(text, 'operative', { ...GA })).toContain(`ENCOURAGES ${HLSC}`);
  });

  it('A/RES/78/156 OP15: "encourages the High-Level Steering Committee" (capital L) is the same body', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/156', date: '2023-12-19' };
    const text =
      'Reaffirms the mandated role of the United Nations Educational, Scientific and Cultural Organization to lead and coordinate the Education 2030 agenda; including through the strengthened Sustainable Development Goal 4-Education 2030 High-level Steering Committee, and encourages the High-Level Steering Committee to take all steps necessary;';
    expect(relations(text, 'operative', ctx)).toContain(`ENCOURAGES ${HLSC}`);
  });

  it('guard: "the High-level Steering Committee" with no SDG 4 committee named before is not that committee', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/999', date: '2023-12-19' };
    const text = 'Encourages the High-level Steering Committee to take all steps necessary;';
    expect(keys(text, 'Organization:', 'operative', ctx)).not.toContain(HLSC);
  });
});

describe('the first ESD-Net 2030 global meeting is an event, held in Tokyo in December 2023', () => {
  const ESD_NET = 'Event:first ESD-Net 2030 global meeting';

  it('A/RES/80/141 PP29: "Taking note of the first ESD-Net 2030 global meeting, held in Tokyo in December 2023, ..."', () => {
    const text =
      'Taking note of the first ESD-Net 2030 global meeting, held in Tokyo in December 2023, as well as of the previous ESD-Net regional meetings, held in Addis Ababa, Bali, Indonesia, Beirut, Paris and Santiago by the United Nations Educational, Scientific and Cultural Organization,';
    expect(relations(text, 'preambular', { ...GA })).toContain(`NOTES ${ESD_NET}`);
    const attrs = attributions(text, 'preambular', { ...GA });
    expect(attrs).toContain(`HELD_IN ${ESD_NET} -> Place:Tokyo`);
    expect(attrs).toContain(`STARTS_ON ${ESD_NET} -> Date:2023-12`);
  });

  it('A/RES/78/156 PP25: "Looking forward to the holding of the first ESD-Net 2030 global meeting in Tokyo in December 2023"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/156', date: '2023-12-19' };
    const text =
      'Looking forward to the holding of the first ESD-Net 2030 global meeting in Tokyo in December 2023, and taking note of the previous ESD-Net regional meetings, held in Addis Ababa, Bali, Indonesia, Beirut, Paris and Santiago by the United Nations Educational, Scientific and Cultural Organization,';
    expect(relations(text, 'preambular', ctx)).toContain(`LOOKS_FORWARD_TO ${ESD_NET}`);
  });

  it('guard: "the previous ESD-Net regional meetings" are no event of that name', () => {
    const text = 'Taking note of the previous ESD-Net regional meetings, held in Paris,';
    expect(keys(text, 'Event:', 'preambular', { ...GA })).toEqual([]);
  });
});

describe('the venues of the two world conferences on education for sustainable development (A/RES/80/141 PP17, 78/156 PP13)', () => {
  it('A/RES/80/141 PP17: "held in Aichi-Nagoya, Japan, in 2014" and "held online from Berlin, Germany, in 2021"', () => {
    const attrs = attributions(PP17, 'preambular', { ...GA });
    expect(attrs).toContain(`HELD_IN ${WCESD_2014} -> Place:Aichi-Nagoya`);
    expect(attrs).toContain(`HELD_IN ${WCESD_2021} -> Place:Berlin`);
    expect(attrs).toContain('HELD_IN Event:World Education Forum @ 2015 -> Place:Incheon');
  });

  it('guard: the Rio+20 conference listed before it keeps its own venue (no HELD_IN Aichi-Nagoya)', () => {
    const attrs = attributions(PP17, 'preambular', { ...GA });
    expect(attrs.filter((a) => a.startsWith('HELD_IN Event:United Nations Conference on Sustainable Development'))).toEqual([]);
  });

  it('guard: the Aichi-Nagoya Declaration is a framework, with no place in it (A/RES/80/141 OP2)', () => {
    const text =
      'Reaffirms education for sustainable development as a vital means of implementation for sustainable development, as outlined in the Aichi-Nagoya Declaration on Education for Sustainable Development and the Berlin Declaration on Education for Sustainable Development;';
    expect(keys(text, 'Place:', 'operative', { ...GA })).toEqual([]);
    expect(keys(text, 'Framework:Aichi', 'operative', { ...GA })).toEqual(['Framework:Aichi-Nagoya Declaration on Education for Sustainable Development']);
  });
});

describe('a framework "“...” (short name), endorsed by" a body: ENDORSES (conv43a: endorsing is not adopting)', () => {
  it('A/RES/80/141 PP17: "the framework entitled “Education for Sustainable Development: ...” (ESD for 2030), endorsed by the General Conference of UNESCO"', () => {
    const attrs = attributions(PP17, 'preambular', { ...GA });
    expect(attrs).toContain(`ENDORSES ${UNESCO_GC} -> ${ESD_2030}`);
    // ("adopted on 4 November 2015 by the General Conference": adopted, ADOPTED)
    expect(attrs).toContain(`ADOPTED ${UNESCO_GC} -> Framework:Education 2030 Framework for Action`);
  });

  it('guard: the same framework implemented, not endorsed, has no adopter (A/RES/80/141 OP7)', () => {
    const text =
      'Calls for the scaling up of efforts by relevant stakeholders to better collaborate to strengthen implementation of the framework entitled “Education for Sustainable Development: towards achieving the Sustainable Development Goals” (ESD for 2030) at the global, regional and national levels;';
    expect(attributions(text, 'operative', { ...GA }).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
    expect(relations(text, 'operative', { ...GA })).toEqual([`CALLS_UPON ${ESD_2030}`]);
  });
});

describe('a political declaration whose whole quoted title is its name, adopted at or by a sitting or body', () => {
  it('A/RES/78/229 PP27: "the political declaration entitled “Our common commitment ...”, adopted by the General Assembly at its thirty-second special session"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/229', date: '2023-12-19' };
    const text =
      'Reaffirming the political declaration entitled “Our common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation”, adopted by the General Assembly at its thirty-second special session, held at United Nations Headquarters from 2 to 4 June 2021,';
    expect(attributions(text, 'preambular', ctx)).toContain(
      'ADOPTED Organization:General Assembly -> Framework:Our common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation',
    );
  });

  it('guard: a convention ending a decision\'s quoted title was not adopted at the sitting that adopted the decision (A/RES/79/208 OP14)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/208', date: '2024-12-19' };
    const text =
      'Welcomes decision 16/6 of 1 November 2024 entitled “Role of people of African descent, comprising collectives embodying traditional lifestyles, in the implementation of the Convention on Biological Diversity”, adopted at the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity;';
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('ADOPTED') && a.endsWith('Framework:Convention on Biological Diversity'))).toEqual([]);
  });

  it('"“...” adopted by the Conference co-hosted by ..., held in Lisbon ... 2022" (a short form) is the edition its year names (A/RES/80/110 PP11)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/110', date: '2025-12-09' };
    const text =
      'Noting its resolution 79/314 of 30 June 2025, in which it endorsed the declaration entitled “Our ocean, our future: united for urgent action” adopted by the 2025 United Nations Conference to Support the Implementation of Sustainable Development Goal 14: Conserve and sustainably use the oceans, seas and marine resources for sustainable development, co-hosted by Costa Rica and France, held in Nice, France, from 9 to 13 June 2025, and recalling its resolution 76/296 of 21 July 2022, in which it endorsed the declaration entitled “Our ocean, our future, our responsibility” adopted by the Conference co-hosted by Kenya and Portugal, held in Lisbon from 27 June to 1 July 2022,';
    const adopted = attributions(text, 'preambular', ctx).filter((a) => a.startsWith('ADOPTED Event:'));
    expect(adopted).toContain('ADOPTED Event:United Nations Ocean Conference @ 2025 -> Framework:Our ocean, our future: united for urgent action');
    expect(adopted.filter((a) => a.endsWith('our responsibility'))).toEqual([
      'ADOPTED Event:United Nations Ocean Conference @ 2022 -> Framework:Our ocean, our future, our responsibility',
    ]);
  });
});

describe('"the Special Rapporteurs of the Human Rights Council on A, and on B": the first mandate too', () => {
  const TIP = 'Organization:Special Rapporteur on trafficking in persons, especially women and children';
  const SLAVERY = 'Organization:Special Rapporteur on contemporary forms of slavery, including its causes and consequences';

  it('A/RES/80/9 annex OP20: "We underline the work of the Special Rapporteurs of the Human Rights Council on trafficking in persons, especially women and children, and on contemporary forms of slavery, ..."', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/9', date: '2025-11-24' };
    const text =
      'We underline the work of the Special Rapporteurs of the Human Rights Council on trafficking in persons, especially women and children, and on contemporary forms of slavery, the Special Representative of the Secretary-General on Violence against Children, and other relevant special rapporteurs and representatives, in combating trafficking in persons.';
    const rels = relations(text, 'operative', ctx);
    expect(rels).toContain(`EMPHASIZES ${TIP}`);
    expect(rels).toContain(`EMPHASIZES ${SLAVERY}`);
    expect(rels).not.toContain('EMPHASIZES Organization:Human Rights Council');
  });

  it('A/RES/79/154 OP21: three mandates, the second printed "on the sale, sexual exploitation and abuse of children"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/154', date: '2024-12-17' };
    const text =
      'Reiterates the importance of continued coordination among, inter alia, the Special Rapporteurs of the Human Rights Council on trafficking in persons, especially women and children, on the sale, sexual exploitation and abuse of children, and on contemporary forms of slavery, including its causes and consequences, in order to avoid unnecessary duplication;';
    expect(keys(text, 'Organization:', 'operative', ctx)).toEqual([TIP, 'Organization:Special Rapporteur on the sale, sexual exploitation and sexual abuse of children', SLAVERY]);
  });

  it('guard: "the Special Rapporteurs on A, on B" without the Council keep their form (A/RES/79/105 PP9)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/105', date: '2024-12-12' };
    const text =
      'Recalling the joint letter from the Special Rapporteurs on the issue of human rights obligations relating to the enjoyment of a safe, clean, healthy and sustainable environment, on the rights of Indigenous Peoples and on extreme poverty and human rights,';
    expect(keys(text, 'Organization:', 'preambular', ctx)).toEqual([
      'Organization:Special Rapporteur on the human right to a clean, healthy and sustainable environment',
      'Organization:Special Rapporteur on the rights of Indigenous Peoples',
      'Organization:Special Rapporteur on extreme poverty and human rights',
    ]);
  });
});

// (date ranges printed with a minus sign for the dash: see accuracy-aud27b, which reads them through the clean stage)

describe('a report series prepared by a body "pursuant to" a framework is led by it', () => {
  const REPORT = 'Initiative:Global Report on Trafficking in Persons';
  const UNODC = 'Organization:United Nations Office on Drugs and Crime';

  it('A/RES/80/9 annex OP25: "the biennial Global Report on Trafficking in Persons, prepared by the United Nations Office on Drugs and Crime pursuant to the Global Plan of Action"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/9', date: '2025-11-24' };
    const text =
      'We acknowledge the importance of the biennial Global Report on Trafficking in Persons, prepared by the United Nations Office on Drugs and Crime pursuant to the Global Plan of Action, and request the Office to continue to collect information.';
    expect(attributions(text, 'operative', ctx)).toContain(`LEADS ${UNODC} -> ${REPORT}`);
  });

  it('guard: a body printed after "pursuant to" is no agent ("prepared by the Office pursuant to" reads the Office only)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/9', date: '2025-11-24' };
    const text =
      'We acknowledge the importance of the Global Report on Trafficking in Persons, prepared by the United Nations Office on Drugs and Crime pursuant to a request of the Economic and Social Council.';
    expect(attributions(text, 'operative', ctx).filter((a) => a.startsWith('LEADS'))).toEqual([`LEADS ${UNODC} -> ${REPORT}`]);
  });
});

describe('a text named after a town, "adopted at" an event the resolution named in two editions, is the edition held there', () => {
  const PP13 =
    'Acknowledging further the importance of education, the World Conference on Education for Sustainable Development, organized by the Government of Japan and the United Nations Educational, Scientific and Cultural Organization, held in Aichi-Nagoya, Japan, in 2014, the World Education Forum 2015, held in Incheon, Republic of Korea, and the World Conference on Education for Sustainable Development, organized by the United Nations Educational, Scientific and Cultural Organization and the Government of Germany, held online from Berlin from 17 to 19 May 2021,';

  it('A/RES/78/156 PP14 after PP13: "the Aichi-Nagoya Declaration on Education for Sustainable Development, adopted at the World Conference on Education for Sustainable Development"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/156', date: '2023-12-19' };
    extract(PP13, 'preambular', ctx);
    const text =
      'Recalling the Global Action Programme on Education for Sustainable Development, the Aichi-Nagoya Declaration on Education for Sustainable Development, adopted at the World Conference on Education for Sustainable Development, and the Incheon Declaration of the World Education Forum 2015,';
    expect(relations(text, 'preambular', ctx)).toContain(`RECALLS ${WCESD_2014}`);
    expect(attributions(text, 'preambular', ctx)).toContain(`ADOPTED ${WCESD_2014} -> Framework:Aichi-Nagoya Declaration on Education for Sustainable Development`);
  });

  it('guard: the conference named alone after both editions stays the last one named (A/RES/78/156)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/156', date: '2023-12-19' };
    extract(PP13, 'preambular', ctx);
    const text = 'Takes note of the outcome of the World Conference on Education for Sustainable Development;';
    expect(relations(text, 'operative', ctx)).toContain(`NOTES ${WCESD_2021}`);
  });
});
