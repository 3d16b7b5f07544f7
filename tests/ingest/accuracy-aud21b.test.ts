// Misses found by the session-21 audit aud21b: A/RES/79/172 (human rights in the administration of justice), A/RES/80/95
// (question of French Polynesia), A/RES/79/301 (financing of UNISFA), and the same forms in other texts. Each case quotes
// the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../ingest/clean.js';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/172', date: '2024-12-17' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

describe('the criminal-justice standards and their short names are one node each', () => {
  const BANGKOK = 'Framework:United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders';

  it('A/RES/79/172 OP25 (78/229 PP54, 80/229 PP47, PP50): "to pay due attention to the Bangkok Rules" is the rules named in full in OP22', () => {
    const op25 =
      'Continues to encourage States to pay due attention to the Bangkok Rules when developing and implementing relevant legislation, procedures, policies and action plans, and invites relevant special procedure mandate holders, the Office of the High Commissioner, the United Nations Office on Drugs and Crime and all other relevant organizations to take those rules into consideration in their activities;';
    expect(keys(op25, 'Framework:')).toEqual([BANGKOK]);
    expect(keys(op25, 'Place:')).toEqual([]);
    expect(relations(op25)).toContain(`ENCOURAGES ${BANGKOK}`);
  });

  it('A/RES/79/172 OP22: the full names with the short names in brackets, one mention each', () => {
    const op22 =
      'Encourages States to address overcrowding in detention facilities by taking effective measures, including through enhancing the availability and use of alternatives to pretrial detention and custodial sentences, bearing in mind the United Nations Standard Minimum Rules for Non-custodial Measures (the Tokyo Rules)29 and the United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures for Women Offenders (the Bangkok Rules),30 access to legal aid;';
    expect(new Set(keys(op22, 'Framework:'))).toEqual(new Set(['Framework:United Nations Standard Minimum Rules for Non-custodial Measures', BANGKOK]));
  });

  it('A/RES/79/172 OP16 (80/198 OP17): "... Information-Gathering (the Méndez Principles)" is one framework', () => {
    const op16 =
      'Emphasizes the importance of States’ keeping under systematic review rules, instructions, methods and practices on interviewing, including by taking into account, as appropriate, the Principles on Effective Interviewing for Investigations and Information-Gathering (the Méndez Principles);';
    expect(new Set(keys(op16, 'Framework:'))).toEqual(new Set(['Framework:Principles on Effective Interviewing for Investigations and Information-Gathering']));
  });

  it('A/RES/80/198 OP18: "the United Nations Rules for the Protection of Juveniles Deprived of their Liberty (the Havana Rules)": whole, one node', () => {
    const text =
      'Encourages States to take into account the United Nations Standard Minimum Rules for the Administration of Juvenile Justice (the Beijing Rules) and the United Nations Rules for the Protection of Juveniles Deprived of their Liberty (the Havana Rules);';
    expect(new Set(keys(text, 'Framework:'))).toEqual(
      new Set(['Framework:United Nations Standard Minimum Rules for the Administration of Juvenile Justice', 'Framework:United Nations Rules for the Protection of Juveniles Deprived of their Liberty']),
    );
  });

  it('A/RES/79/172 OP31: "to consider applying the United Nations Model Strategies and Practical Measures on the Elimination of Violence against Children ..."', () => {
    const op31 =
      'Urges States to take all necessary and effective measures to prevent and respond to all forms of abuse, exploitation and violence against children, and to consider applying the United Nations Model Strategies and Practical Measures on the Elimination of Violence against Children in the Field of Crime Prevention and Criminal Justice,33 as appropriate, in the design of laws;';
    expect(relations(op31)).toContain(
      'URGES Framework:United Nations Model Strategies and Practical Measures on the Elimination of Violence against Children in the Field of Crime Prevention and Criminal Justice',
    );
  });

  it('guard: the city alone stays a place ("a meeting held in Bangkok"), and the Treaty of Bangkok stays the treaty', () => {
    expect(keys('Welcomes the regional meeting held in Bangkok in 2024;', 'Place:')).toEqual(['Place:Bangkok']);
    expect(keys('Welcomes the regional meeting held in Bangkok in 2024;', 'Framework:')).toEqual([]);
    expect(keys('Recalls the Treaty of Bangkok;', 'Framework:')).toEqual(['Framework:Treaty on the South-East Asia Nuclear-Weapon-Free Zone']);
  });
});

describe('"the Optional Protocols thereto" are the protocols to the instrument named just before', () => {
  const PP1 =
    'Bearing in mind the principles of the Universal Declaration of Human Rights 1 and the provisions of the International Covenant on Civil and Political Rights and the Optional Protocols thereto, 2 the International Covenant on Economic, Social and Cultural Rights, 3 the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment and the Optional Protocol thereto, 4 the Convention on the Rights of the Child 7 and the Optional Protocols thereto,8 and the Convention on the Rights of Persons with Disabilities, 9 as well as all other relevant international treaties,';

  it('A/RES/79/172 PP1 (78/180 PP4, 78/268 PP2, 79/8 OP6 and ten more texts): one node per instrument, none generic', () => {
    const k = keys(PP1, 'Framework:Optional Protocol', 'preambular');
    expect(k).toContain('Framework:Optional Protocols to the International Covenant on Civil and Political Rights');
    expect(k).toContain('Framework:Optional Protocols to the Convention on the Rights of the Child');
    expect(k).toContain('Framework:Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment');
    expect(k).not.toContain('Framework:Optional Protocols');
  });

  it('A/RES/79/8 OP6: "... the Convention on the Rights of the Child and the Optional Protocols thereto" takes the verb', () => {
    const text = 'Urges States to consider signing, ratifying, acceding to and implementing the Convention on the Rights of the Child and the Optional Protocols thereto;';
    expect(relations(text)).toContain('URGES Framework:Optional Protocols to the Convention on the Rights of the Child');
  });

  it('A/RES/80/186 OP8 (78/182 OP8): "... acceding to the Optional Protocol" printed alone is the protocol named before in the paragraph', () => {
    const op8 =
      'Calls upon States Parties to comply fully with their obligations under the Convention on the Elimination of All Forms of Discrimination against Women and the Optional Protocol thereto 14 and to take into consideration the concluding observations, and calls upon those Member States that have not yet done so to consider signing and ratifying or acceding to the Optional Protocol;';
    expect(new Set(keys(op8, 'Framework:Optional Protocol'))).toEqual(new Set(['Framework:Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women']));
  });

  it('guard: "the Optional Protocol on the involvement of children in armed conflict" after another protocol is not that one', () => {
    const text =
      'Recalls the Convention on the Rights of Persons with Disabilities and the Optional Protocol thereto, and the Optional Protocol on the involvement of children in armed conflict;';
    expect(keys(text, 'Framework:Optional Protocol').filter((k) => k.endsWith('Persons with Disabilities')).length).toBe(1);
  });

  it('guard: with no instrument named close before, the plural is left as printed, not joined to a far one', () => {
    const text =
      'Recalls the Convention on the Rights of the Child, and notes the many reports submitted by States over the past decades on their national legislation, policies, programmes and practices concerning the Optional Protocols thereto;';
    expect(keys(text, 'Framework:Optional Protocol')).not.toContain('Framework:Optional Protocols to the Convention on the Rights of the Child');
  });
});

describe('an opening verb printed letter-spaced', () => {
  const clean = (text: string) => cleanText({ file: 'x.txt', text, format: 'text' }).text;

  // (aud41k: the mandate holders of the Council, not the Council, are invited: the verb read is checked on its clause)
  it('A/RES/79/172 OP45: "45. I n v i t e s relevant special procedure mandate holders of the Human Rights Council" is read as "Invites"', () => {
    const text = clean('44. Also invites States to consider the possibility;\n\n45. \nI n v i t e s relevant special procedure mandate holders of the Human Rights \nCouncil, as well as relevant treaty bodies, to give special attention;\n');
    expect(text).toContain('45. Invites relevant special procedure mandate holders');
    const op45 = text.slice(text.indexOf('Invites'));
    expect(extract(op45).clauses.map((c) => c.relation)).toEqual(['INVITES']);
    expect(relations(op45)).not.toContain('INVITES Organization:Human Rights Council');
  });

  it('guard: single letters that are names, and fewer than four, stay as printed ("Parts A, B and C", "5. A b c")', () => {
    expect(clean('3. Decides that sections A, B and C of the annex shall apply;\n')).toContain('sections A, B and C');
    expect(clean('5. A b c, as listed;\n')).toContain('5. A b c,');
  });
});

describe('a vision named after its author', () => {
  it('A/RES/79/172 PP4: "and noting the New Vision of the Secretary-General for the Rule of Law" is one name, not "New Vision"', () => {
    const pp4 =
      'Taking note with appreciation of the report of the Secretary-General on strengthening and coordinating United Nations rule of law activities, 12 and noting the New Vision of the Secretary-General for the Rule of Law,';
    expect(keys(pp4, 'Framework:', 'preambular')).toEqual(['Framework:New Vision of the Secretary-General for the Rule of Law']);
    expect(relations(pp4, 'preambular')).toContain('NOTES Framework:New Vision of the Secretary-General for the Rule of Law');
  });
});
