// Misses found by the session-23 audit aud23b: A/RES/79/191 (the world drug problem) and A/RES/80/228 (trafficking in persons),
// and the same forms in the other drug and trafficking texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const DRUGS: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/191', date: '2024-12-17' };
const TRAFFICKING: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/228', date: '2025-12-18' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: DRUGS, kind: 'preambular' });

const POLITICAL_DECLARATION =
  'Framework:Political Declaration and Plan of Action on International Cooperation towards an Integrated and Balanced Strategy to Counter the World Drug Problem';
const MINISTERIAL_DECLARATION =
  'Framework:Ministerial Declaration on Strengthening Our Actions at the National, Regional and International Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug Problem';
const JOINT_STATEMENT =
  'Framework:Joint Ministerial Statement of the 2014 high-level review by the Commission on Narcotic Drugs of the implementation by Member States of the Political Declaration and Plan of Action on International Cooperation towards an Integrated and Balanced Strategy to Counter the World Drug Problem';
/** the untitled outcome document of the thirtieth special session (2016), named by its title since aud68c (session 68) */
const SPECIAL_SESSION_OUTCOME = 'Framework:Our joint commitment to effectively addressing and countering the world drug problem';
const MIDTERM_DECLARATION =
  'Framework:High-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review, following up to the Ministerial Declaration of 2019';

describe('the drug control declarations are one framework each, named in full', () => {
  const PP3 =
    'Reaffirming the 2009 Political Declaration and Plan of Action on International Cooperation towards an Integrated and Balanced Strategy to Counter the World Drug Problem, the Joint Ministerial Statement of the 2014 high-level review by the Commission on Narcotic Drugs of the implementation by Member States of the Political Declaration and Plan of Action and the outcome document of the thirtieth special session of the General Assembly, held in 2016, and reaffirming also the 2019 Ministerial Declaration on Strengthening Our Actions at the National, Regional and International Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug Problem, as well as the high-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review, following up to the Ministerial Declaration of 2019,';

  it('A/RES/79/191 PP3: the four instruments and the special session\'s outcome document, not their names cut at "towards", "at the National" or "2014"', () => {
    expect(keys(PP3, 'Framework:')).toEqual([POLITICAL_DECLARATION, JOINT_STATEMENT, SPECIAL_SESSION_OUTCOME, MINISTERIAL_DECLARATION, MIDTERM_DECLARATION]);
    expect(relations(PP3)).toEqual(expect.arrayContaining([`REAFFIRMS ${POLITICAL_DECLARATION}`, `REAFFIRMS ${MINISTERIAL_DECLARATION}`]));
  });

  it('A/RES/79/191 PP40: "the Political Declaration and Plan of Action on International Cooperation towards ..." without its year', () => {
    const PP40 =
      'Reaffirming also its commitment to continue to mobilize resources, and calling for the enhancement of assistance to developing countries, upon request, in effectively implementing the Political Declaration and Plan of Action on International Cooperation towards an Integrated and Balanced Strategy to Counter the World Drug Problem and the operational recommendations of the outcome document of the thirtieth special session of the General Assembly,';
    expect(keys(PP40, 'Framework:')).toEqual([POLITICAL_DECLARATION, SPECIAL_SESSION_OUTCOME]);
  });

  it('A/RES/78/131 PP2: "the Political Declaration and Plan of Action of 2009" is the same instrument', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/131', date: '2023-12-18' };
    expect(keys('Recalling the Political Declaration and Plan of Action of 2009,', 'Framework:', 'preambular', ctx)).toEqual([POLITICAL_DECLARATION]);
  });

  it('A/RES/78/131 PP4: "the Ministerial Declaration of 2019" after the declaration was named in full', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/131', date: '2023-12-18' };
    extract(
      'Recalling that, in the Ministerial Declaration on Strengthening Our Actions at the National, Regional and International Levels to Accelerate the Implementation of Our Joint Commitments to Address and Counter the World Drug Problem of 2019, Member States committed to act,',
      'preambular',
      ctx,
    );
    const later = 'Bearing in mind that, in the Ministerial Declaration of 2019, Member States resolved to review in the Commission on Narcotic Drugs in 2029 progress in implementing all international drug policy commitments,';
    expect(keys(later, 'Framework:', 'preambular', ctx)).toEqual([MINISTERIAL_DECLARATION]);
  });

  it('guard: another ministerial declaration keeps its own name (A/RES/79/145 "the Hong Kong Ministerial Declaration")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/145', date: '2024-12-17' };
    const text = 'Recalling the mandates of the World Trade Organization Doha Development Agenda and the Hong Kong Ministerial Declaration,';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toContain('Framework:Hong Kong Ministerial Declaration');
    expect(keys(text, 'Framework:', 'preambular', ctx)).not.toContain(MINISTERIAL_DECLARATION);
  });
});

describe('the trafficking texts\' inter-agency group, printed short, is the group named in full', () => {
  const IACAT = 'Organization:Inter-Agency Coordination Group against Trafficking in Persons';
  const PP19 =
    'Recognizing also the important role of the Inter-Agency Coordination Group against Trafficking in Persons in fostering coordination and cooperation in the global fight against trafficking in persons,';

  it('A/RES/80/228 PP21: "the Coordination Group" after the group was named in full', () => {
    const ctx = { ...TRAFFICKING };
    extract(PP19, 'preambular', ctx);
    const PP21 =
      'Recognizing that the Inter-Agency Coordination Group, within its mandate, contributes to the implementation of the Global Plan of Action, taking note with appreciation of the activities of the United Nations Office on Drugs and Crime as coordinator of the Coordination Group, as well as the activities of the members of the Coordination Group, and encouraging the more robust participation of all members of the Coordination Group,';
    expect(keys(PP21, 'Organization:', 'preambular', ctx)).not.toContain('Organization:Coordination Group (A/RES/80/228)');
    expect(relations(PP21, 'preambular', ctx)).toEqual(expect.arrayContaining([`NOTES ${IACAT}`, `ENCOURAGES ${IACAT}`]));
  });

  it('A/RES/80/228 OP37: "the Toolkit ... Programmes of the Coordination Group" is the toolkit the group developed (PP37)', () => {
    const ctx = { ...TRAFFICKING };
    extract(PP19, 'preambular', ctx);
    const OP37 =
      'Encourages the Office of the United Nations High Commissioner for Human Rights, the United Nations Children’s Fund and the Inter-Agency Coordination Group against Trafficking in Persons in coordination with the United Nations Office on Drugs and Crime to consider updating, subject to the availability of extrabudgetary resources, respectively the Recommended Principles and Guidelines on Human Rights and Human Trafficking and the commentary thereon, the Guidelines on the Protection of Child Victims of Trafficking and the Toolkit for Guidance in Designing and Evaluating Counter-Trafficking Programmes of the Coordination Group;';
    expect(keys(OP37, 'Initiative:', 'operative', ctx)).toEqual(['Initiative:Toolkit for Guidance in Designing and Evaluating Counter-Trafficking Programmes']);
  });

  it('guard: with the group never named in full, "the Coordination Group" stays the resolution\'s own (A/RES/78/228 PP21 "the third meeting of the Coordination Group")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/999', date: '2024-12-17' };
    const text = 'Noting the work of the Coordination Group to strengthen coordination among its members,';
    expect(keys(text, 'Organization:', 'preambular', ctx)).not.toContain(IACAT);
  });

  it('guard: the mine action texts\' "Inter-Agency Coordination Group on Mine Action" is another group (A/RES/78/70)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/70', date: '2023-12-07' };
    const text = 'Encourages the Inter-Agency Coordination Group on Mine Action to continue their work;';
    expect(keys(text, 'Organization:', 'operative', ctx)).not.toContain(IACAT);
  });
});

describe('a consultative meeting or regional consultation held somewhere is a sitting', () => {
  it('A/RES/80/228 OP34: "the second consultative meeting on ..., held in Bangkok on 21 and 22 May 2014, co-hosted by ..."', () => {
    const OP34 =
      'Notes the second consultative meeting on strengthening partnerships with national rapporteurs and relevant mechanisms on trafficking in persons, held in Bangkok on 21 and 22 May 2014, co-hosted by the United Nations Office on Drugs and Crime, the Special Rapporteur on trafficking in persons, especially women and children, and the Office of the United Nations High Commissioner for Human Rights;';
    const ctx = { ...TRAFFICKING };
    const ev = 'Event:second consultative meeting on strengthening partnerships with national rapporteurs and relevant mechanisms on trafficking in persons';
    expect(keys(OP34, 'Event:', 'operative', ctx)).toEqual([ev]);
    expect(relations(OP34, 'operative', { ...TRAFFICKING })).toContain(`NOTES ${ev}`);
    expect(attributions(OP34, 'operative', { ...TRAFFICKING })).toEqual(
      expect.arrayContaining([`HELD_IN ${ev} -> Place:Bangkok`, `HOSTS Organization:United Nations Office on Drugs and Crime -> ${ev}`]),
    );
  });

  it('A/RES/80/228 OP13: "the first regional consultation on trafficking in persons ..., held in virtual format on 7 and 8 February 2022"', () => {
    const OP13 =
      'Recalls the first regional consultation on trafficking in persons in Eastern Africa, held in virtual format on 7 and 8 February 2022;';
    const ev = 'Event:first regional consultation on trafficking in persons';
    expect(keys(OP13, 'Event:', 'operative', { ...TRAFFICKING })).toEqual([ev]);
    expect(attributions(OP13, 'operative', { ...TRAFFICKING })).toContain(`STARTS_ON ${ev} -> Date:2022-02-07`);
  });

  it('guard: "in consultation with" and consultations not held anywhere are no sitting (A/RES/80/228 OP34 "in consultation with Member States")', () => {
    const text =
      'Requests the United Nations Office on Drugs and Crime, in consultation with Member States, to hold the regional consultations on trafficking in persons to be planned;';
    expect(keys(text, 'Event:', 'operative', { ...TRAFFICKING })).toEqual([]);
  });
});

describe('a sitting held virtually has no venue', () => {
  const ev = 'Event:first regional consultation on trafficking in persons';
  it('A/RES/80/228 OP13: the place of the next consultation, printed after "held in virtual format", is not its venue', () => {
    const OP13 =
      'Recalls the Inter-Agency Coordination Group Plan of Action, endorsed on 15 December 2020, as well as of the first regional consultation on trafficking in persons in Eastern Africa, held in virtual format on 7 and 8 February 2022, and takes note of the regional consultation with civil society and international organizations on trafficking in persons in the Americas, held in Panama City on 8 May 2025;';
    const found = attributions(OP13, 'operative', { ...TRAFFICKING });
    expect(found).toContain(`STARTS_ON ${ev} -> Date:2022-02-07`);
    expect(found.filter((a) => a.startsWith('HELD_IN'))).toEqual([]);
  });

  it('guard: a sitting "held online ... and in Rome ..." was held in Rome too (the biodiversity texts, A/RES/80/137 "held virtually from 3 to 6 December 2024 and in Rome")', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/137', date: '2025-12-15' };
    const text =
      'Welcomes the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held online from 3 to 6 December 2024 and in Rome from 25 to 27 February 2025;';
    expect(attributions(text, 'operative', ctx)).toContain(
      'HELD_IN Event:sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity -> Place:Rome',
    );
  });

  it('guard: held in a city, the sitting has its venue (A/RES/80/228 OP34 form)', () => {
    const text = 'Recalls the first regional consultation on trafficking in persons, held in Nairobi on 7 and 8 February 2022;';
    expect(attributions(text, 'operative', { ...TRAFFICKING })).toContain(`HELD_IN ${ev} -> Place:Nairobi`);
  });
});

describe('the crime statistics classifications are frameworks', () => {
  it('A/RES/80/228 OP36: "based on the International Classification of Crime for Statistical Purposes"', () => {
    const OP36 =
      'Strongly encourages Member States to provide to the Office evidence-based internationally standardized data on patterns, flows and forms of trafficking in persons, based on the International Classification of Crime for Statistical Purposes;';
    expect(relations(OP36, 'operative', { ...TRAFFICKING })).toContain('ENCOURAGES Framework:International Classification of Crime for Statistical Purposes');
  });

  it('A/RES/80/229 OP73: the classification for administrative data on trafficking, named after it', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/229', date: '2025-12-18' };
    const OP73 =
      'Reiterates its invitation to Member States to gradually adopt the International Classification of Crime for Statistical Purposes, as well as the International Classification for Administrative Data on Trafficking in Persons, and to strengthen national statistical systems;';
    expect(keys(OP73, 'Framework:', 'operative', ctx)).toEqual([
      'Framework:International Classification of Crime for Statistical Purposes',
      'Framework:International Classification for Administrative Data on Trafficking in Persons',
    ]);
  });

  it('guard: another classification ("the International Classification of Diseases") is not one of them', () => {
    const text = 'Encourages Member States to use the International Classification of Diseases in their reporting;';
    expect(keys(text, 'Framework:International Classification of Crime', 'operative', { ...TRAFFICKING })).toEqual([]);
  });
});
