// Misses found by the session-21 audit aud21l: A/RES/79/170 (the right to development), A/RES/80/74 (assistance in mine
// action), A/RES/78/57 (United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the
// Caribbean), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/170', date: '2024-12-17' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'preambular' });

const subjectOf = (text: string, key: string): unknown => extract(text).mentions.find((m) => m.key === key)?.attrs?.subject;

describe('a resolution cited "on <subject>" keeps a comma inside a capitalised name', () => {
  it('A/RES/78/57 PP1: "on the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean"', () => {
    const PP1 =
      'Recalling its resolutions 41/60 J of 3 December 1986, 42/39 K of 30 November 1987 and 43/76 H of 7 December 1988 on the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean, with headquarters in Lima,';
    expect(subjectOf(PP1, 'Resolution:A/RES/43/76H')).toBe(
      'the United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean',
    );
  });

  it('A/RES/79/207 OP1: "resolution 78/154 on the United Nations Convention to Combat Desertification ..., Particularly in Africa"', () => {
    const OP1 =
      'Takes note of the report of the Secretary-General on the implementation of resolution 78/154 on the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa;';
    expect(subjectOf(OP1, 'Resolution:A/RES/78/154')).toBe(
      'the United Nations Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in Africa',
    );
  });

  it('guard: a comma after a lowercase word still ends the subject ("on the right to development, and recalling ...")', () => {
    const text = 'Recalling its resolution 78/203 of 19 December 2023 on the right to development, Peace and Security and Development,';
    expect(subjectOf(text, 'Resolution:A/RES/78/203')).toBe('the right to development');
  });

  it('guard: a comma before a body\'s citation still ends the subject ("on the Regional Centre, General Assembly resolution ...")', () => {
    const text = 'Recalling its resolution 77/84 of 7 December 2022 on the Regional Centre, General Assembly resolution 76/60 and Council resolution 1540 (2004),';
    expect(subjectOf(text, 'Resolution:A/RES/77/84')).toBe('the Regional Centre');
  });
});

describe('the 1977 Additional Protocols and the CCW Protocol V: one node each, whatever name is printed', () => {
  // A/RES/80/74 PP2, footnote 1 ("all relevant treaties and conventions1"), read as the paragraph it annotates
  const NOTE1 =
    'Recalling the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction, 1997; the Protocol on Prohibitions or Restrictions on the Use of Mines, Booby Traps and Other Devices, as amended in 1996 (Protocol II to the 1980 Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects); the Protocol on Explosive Remnants of War, 2003 (Protocol V to the 1980 Convention); the Convention on Cluster Munitions, 2008; the Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts 1977 (Protocol I); and the Convention on the Rights of Persons with Disabilities, 2006,';
  const AP1 = 'Framework:Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of International Armed Conflicts (Protocol I)';
  const AP2 = 'Framework:Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of Non-International Armed Conflicts (Protocol II)';

  it('A/RES/80/74 PP2 footnote 1: each instrument once, its numbered name in parentheses no node of its own', () => {
    expect(new Set(keys(NOTE1, 'Framework:'))).toEqual(
      new Set([
        'Framework:Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on Their Destruction',
        'Framework:Protocol on Prohibitions or Restrictions on the Use of Mines, Booby-Traps and Other Devices',
        'Framework:Protocol on Explosive Remnants of War',
        'Framework:Convention on Cluster Munitions',
        AP1,
        'Framework:Convention on the Rights of Persons with Disabilities',
      ]),
    );
  });

  it('A/RES/80/74 PP5 footnote 2 "As defined by Protocol V to the 1980 Convention", A/RES/78/47 PP13 "Protocol V on Explosive Remnants of War"', () => {
    expect(keys('Reaffirming its concern at the impact of explosive remnants of war, as defined by Protocol V to the 1980 Convention,', 'Framework:')).toEqual([
      'Framework:Protocol on Explosive Remnants of War',
    ]);
    expect(keys('Noting the entry into force of Protocol V on Explosive Remnants of War,', 'Framework:')).toEqual(['Framework:Protocol on Explosive Remnants of War']);
  });

  it('Protocol I by its short names (A/RES/78/221 PP3, 78/190 OP16, 78/316 PP6) and Protocol II by its title (A/RES/78/205 PP10 footnote 2)', () => {
    expect(keys('Recalling the Geneva Conventions of 12 August 1949 and Additional Protocol I thereto,', 'Framework:')).toContain(AP1);
    expect(keys('Urges States to consider becoming parties to Additional Protocol I to the Geneva Conventions;', 'Framework:', 'operative')).toContain(AP1);
    expect(keys('Recalling article 56 (1) of Additional Protocol I of 1977 to the Geneva Conventions of 12 August 1949,', 'Framework:')).toEqual([AP1]);
    const note2 =
      'Recalling the Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of Non-International Armed Conflicts (Protocol II),';
    expect(new Set(keys(note2, 'Framework:'))).toEqual(new Set([AP2]));
  });

  it('guard: the MARPOL Protocol I stays its own instrument', () => {
    const text = 'Notes the entry into force of the amendments to Protocol I of the International Convention for the Prevention of Pollution from Ships;';
    expect(keys(text, 'Framework:', 'operative')).not.toContain(AP1);
  });

  it('guard: a year and a parenthesis after an event define nothing ("the World Conference on Human Rights, 1993 (Vienna)")', () => {
    const text = 'Recalling the World Conference on Human Rights, 1993 (Vienna), and the Vienna Declaration and Programme of Action,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:Vienna Declaration and Programme of Action']);
    expect(keys(text, 'Event:').length).toBe(1);
  });
});

describe('one Millennium Development Goal by its number', () => {
  it('A/RES/79/170 PP33: "pursuant to Millennium Development Goal 1 and Sustainable Development Goals 1 and 2"', () => {
    const PP33 =
      'Recognizing that extreme poverty and hunger are among the greatest global threats and require the collective commitment of the international community for their eradication, pursuant to Millennium Development Goal 1 and Sustainable Development Goals 1 and 2, and therefore calling upon the international community, including the Human Rights Council, to contribute towards achieving that goal,';
    expect(keys(PP33, 'Framework:')).toEqual(['Framework:Millennium Development Goals', 'Framework:Sustainable Development Goals']);
    expect(relations(PP33)).toContain('RECOGNIZES Framework:Millennium Development Goals');
  });

  it('guard: the Millennium Declaration is not the Goals ("the United Nations Millennium Declaration, in particular ...")', () => {
    const text = 'Recalling the United Nations Millennium Declaration, in particular its development goals,';
    expect(keys(text, 'Framework:')).toEqual(['Framework:United Nations Millennium Declaration']);
  });
});

describe('"the political declarations of the <meeting> and the <meeting>": one declaration per meeting', () => {
  const OP41 =
    'Also recalls the political declaration of the third high-level meeting of the General Assembly on the prevention and control of non-communicable diseases, adopted on 10 October 2018, as well as the political declarations of the second high-level meeting of the General Assembly on the fight against tuberculosis 27 and the General Assembly high-level meeting on pandemic prevention, preparedness and response, 28 both adopted on 5 October 2023, with their particular focus on development;';

  it('A/RES/79/170 OP41 (78/203 OP41, 80/207 OP39): the tuberculosis and pandemic declarations of 2023, recalled; their meetings adopted them', () => {
    const rel = relations(OP41, 'operative');
    expect(rel).toContain('RECALLS Framework:Political declaration of the high-level meeting on the fight against tuberculosis (2023)');
    expect(rel).toContain('RECALLS Framework:Political declaration of the high-level meeting on pandemic prevention, preparedness and response (2023)');
    const adopted = extract(OP41, 'operative').attributions.filter((a) => a.type === 'ADOPTED').map((a) => `${a.source} -> ${a.target}`);
    // (the meeting keyed as printed here; the graph folds "of the General Assembly" into the one meeting)
    expect(adopted.some((a) => /^Event:high-level meeting .*pandemic prevention, preparedness and response @ 2023 -> Framework:Political declaration of the high-level meeting on pandemic prevention, preparedness and response \(2023\)$/.test(a))).toBe(true);
  });

  it('guard: "the political declarations of the high-level meetings on health convened by the General Assembly" names no one meeting', () => {
    const text =
      'Welcoming the political declarations of the high-level meetings on health convened by the General Assembly during the seventy-eighth session as efforts to highlight the importance of health,';
    expect(keys(text, 'Framework:Political declaration')).toEqual([]);
  });
});

describe('a sitting named "at its <ordinal> session" with a footnote mark glued to the noun', () => {
  it('A/RES/79/170 OP5 (78/203, 80/207): "the conclusions of the Working Group at its third session18"', () => {
    const OP5 =
      'Stresses the importance of the core principles contained in the conclusions of the Working Group on the Right to Development at its third session18 that are congruent with the purpose of international human rights instruments;';
    expect(keys(OP5, 'Event:', 'operative')).toEqual(['Event:third session of the Working Group on the Right to Development']);
    expect(relations(OP5, 'operative')).toContain('EMPHASIZES Event:third session of the Working Group on the Right to Development');
  });

  it('guard: a year glued to the noun is no footnote mark ("the session2024 ...")', () => {
    const text = 'Notes the work of the Working Group on the Right to Development at its third session2024 and beyond;';
    expect(keys(text, 'Event:', 'operative')).toEqual([]);
  });
});

describe('"the ... Informal Consultative Process (the Informal Consultative Process) at its twenty-fifth meeting": the Process sits', () => {
  it('A/RES/80/110 PP3 (79/144 PP3): the meeting is the Informal Consultative Process\'s, not the working group\'s named before', () => {
    const PP3 =
      'Having considered the report on the work of the Ad Hoc Working Group of the Whole on the Regular Process for Global Reporting and Assessment of the State of the Marine Environment, including Socioeconomic Aspects (the Regular Process),3 the report on the work of the United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea (the Informal Consultative Process) at its twenty-fifth meeting4 and the report of the thirty-fifth Meeting of States Parties to the Convention,';
    const events = keys(PP3, 'Event:');
    expect(events).toContain('Event:twenty-fifth meeting of the United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea');
    expect(events.filter((k) => k.includes('Ad Hoc Working Group'))).toEqual([]);
  });

  it('guard: "the Consultative Process" is no sitting body where no Process is named ("the Group at its tenth meeting")', () => {
    const text = 'Welcoming the work of the Ad Hoc Working Group of the Whole at its tenth meeting,';
    expect(keys(text, 'Event:')).toEqual(['Event:tenth meeting of the Ad Hoc Working Group of the Whole']);
  });
});

describe('mine action standards and database', () => {
  it('A/RES/80/74 OP6 (78/70 OP5): the International Mine Action Standards and the Information Management System for Mine Action', () => {
    const OP6 =
      'Encourages efforts to conduct all mine action activities in accordance with the International Mine Action Standards or national standards compliant with those Standards, and emphasizes the importance of ensuring the accuracy and objectivity of reporting information as well as of using state-of-the-art technologies and an information management system, such as the Information Management System for Mine Action, to help to facilitate mine action activities;';
    const rel = relations(OP6, 'operative');
    expect(rel).toContain('ENCOURAGES Framework:International Mine Action Standards');
    expect(rel).toContain('EMPHASIZES Initiative:Information Management System for Mine Action');
  });

  it('guard: "national standards" and "an information management system" in lower case name nothing', () => {
    const text = 'Encourages the use of national standards and of an information management system for mine action;';
    expect(extract(text, 'operative').mentions.filter((m) => m.kind === 'Framework' || m.kind === 'Initiative')).toEqual([]);
  });
});
