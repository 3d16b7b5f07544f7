// Session-67 audit aud67t: residual faults of three session-67 gold sets, A/RES/78/174 (follow-up to the World Summit for Social
// Development; 79/146, 80/178 print the same paragraphs), 78/205 (internally displaced persons) and 78/180 (women migrant workers).
// Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const SOCIAL = 'Follow-up to the World Summit for Social Development and the twenty-fourth special session of the General Assembly';
const { keys, relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/174', '2023-12-19', SOCIAL), kind: 'operative' });

describe('the innovative financing initiatives of the social development texts, named in capitals', () => {
  // A/RES/78/174 OP62 (79/146, 80/178)
  const OP62 =
    'Welcomes the contribution to the mobilization of financial resources for development by the initiatives taken on a voluntary basis by groups of Member States based on innovative financing mechanisms, including those that aim to provide further access to drugs at affordable prices to developing countries on a sustainable and predictable basis, such as the International Drug Purchase Facility, UNITAID, as well as other initiatives such as the International Finance Facility for Immunization and the Advance Market Commitment for Vaccines;';

  it('A/RES/78/174 OP62: "the International Drug Purchase Facility, UNITAID" is one body, Unitaid', () => {
    const rels = relations(OP62);
    expect(rels).toContain('WELCOMES Organization:Unitaid');
    expect(rels.filter((r) => r.includes('Drug Purchase Facility'))).toEqual([]);
  });

  it('A/RES/78/174 OP62: "the Advance Market Commitment for Vaccines" is an initiative, beside the International Finance Facility for Immunization', () => {
    const rels = relations(OP62);
    expect(rels).toContain('WELCOMES Initiative:Advance Market Commitment for Vaccines');
    expect(rels).toContain('WELCOMES Initiative:International Finance Facility for Immunization');
    expect(keys(OP62, 'Framework:')).toEqual([]);
  });

  it('guard: A/RES/78/188 OP45 "the international drug purchase facility, Unitaid" stays Unitaid alone', () => {
    const text = 'Encourages support for innovative financing mechanisms, such as the international drug purchase facility, Unitaid, to improve access to medicines;';
    expect(keys(text, 'Organization:Unitaid')).toContain('Organization:Unitaid');
    expect(keys(text, 'Initiative:')).toEqual([]);
  });
});

describe('the World Health Assembly\'s classification of diseases, a long capitalised name', () => {
  it('A/RES/78/174 PP32 (79/146, 80/178): "the eleventh revision of the International Statistical Classification of Diseases and Related Health Problems"', () => {
    const text =
      'Recalling the outcome of the World Health Assembly held in May 2019, the agreement on a common approach to antimicrobial resistance, the adoption of a new global strategy on health, the environment and climate change, and the adoption by the Assembly of the eleventh revision of the International Statistical Classification of Diseases and Related Health Problems, which went into effect on 1 January 2022,';
    expect(relations(text, 'preambular')).toContain('RECALLS Framework:International Statistical Classification of Diseases and Related Health Problems');
  });

  it('guard: A/RES/80/229 OP73 the crime classifications stay two frameworks of their own', () => {
    const text =
      'Encourages Member States to gradually adopt the International Classification of Crime for Statistical Purposes, as well as the International Classification for Administrative Data on Trafficking in Persons;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:International Classification of Crime for Statistical Purposes', 'Framework:International Classification for Administrative Data on Trafficking in Persons']);
  });
});

describe('"the political declaration of the 2023 high-level political forum ... convened under the auspices of the General Assembly"', () => {
  const DECLARATION = 'Framework:Political Declaration of the High-level Political Forum on Sustainable Development';

  it('A/RES/78/174 PP6 (79/146, 80/178): the year before the forum\'s name leaves the declaration the one of resolution 78/1', () => {
    const text =
      'Welcoming further the adoption of the political declaration of the 2023 high-level political forum on sustainable development convened under the auspices of the General Assembly at the Sustainable Development Goals Summit, in which Heads of State and Government emphasized that eradicating poverty is an indispensable requirement,';
    expect(relations(text, 'preambular')).toContain(`WELCOMES ${DECLARATION}`);
    expect(attributions(text, 'preambular')).toContain(`ADOPTED Event:Sustainable Development Goals Summit -> ${DECLARATION}`);
  });

  it('guard: the forum itself with its year stays a sitting of that year', () => {
    const text = 'Looking forward to the 2023 high-level political forum on sustainable development convened under the auspices of the General Assembly,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual([]);
    expect(attributions(text, 'preambular')).toContain('STARTS_ON Event:high-level political forum on sustainable development @ 2023 -> Date:2023');
  });
});

describe('"the outcomes of <conference>, <declaration>, and of <special session>, entitled “<title>”": the session adopted the title', () => {
  const migrant = oneParagraph({ ctx: ctxOf('A/RES/78/180', '2023-12-19', 'Violence against women migrant workers'), kind: 'preambular' });
  const WOMEN_2000 = 'Framework:Women 2000: gender equality, development and peace for the twenty-first century';
  const SESSION = 'Event:twenty-third special session of the General Assembly';

  it('A/RES/78/180 PP14 (80/185): the sitting last of the list after the noun "outcomes of"', () => {
    const text =
      'Reaffirming the outcomes of the Fourth World Conference on Women, the Beijing Declaration and Platform for Action, and of the twenty-third special session of the General Assembly, entitled “Women 2000: gender equality, development and peace for the twenty-first century”, and their reviews,';
    expect(migrant.attributions(text)).toContain(`ADOPTED ${SESSION} -> ${WOMEN_2000}`);
  });

  it('guard: no outcome noun before the list, no adopter read', () => {
    const text =
      'Reaffirming the commitments made at the Fourth World Conference on Women, the Beijing Declaration and Platform for Action, and of the twenty-third special session of the General Assembly, entitled “Women 2000: gender equality, development and peace for the twenty-first century”,';
    expect(migrant.attributions(text).filter((a) => a.startsWith('ADOPTED') && a.endsWith(WOMEN_2000))).toEqual([]);
  });
});

describe('a sitting under whose auspices another was held is its setting, as a body is', () => {
  const ILC_SESSION = 'Event:111th session of the International Labour Conference';

  it('A/RES/78/174 PP13 (79/146, 80/178): "held in Geneva on 14 and 15 June 2023, under the auspices of the 111th International Labour Conference"', () => {
    const text =
      'Recognizing further the need for a global coalition for social justice, and noting in this regard the convening of the World of Work Summit: Social Justice for All, held in Geneva on 14 and 15 June 2023, under the auspices of the 111th International Labour Conference,';
    const rels = relations(text, 'preambular');
    expect(rels).toContain('NOTES Event:World of Work Summit: Social Justice for All @ 2023');
    expect(rels).not.toContain(`NOTES ${ILC_SESSION}`);
  });

  it('guard: the session itself named, no auspices, takes the verb', () => {
    const text = 'Noting the convening of the 111th International Labour Conference, held in Geneva from 5 to 16 June 2023,';
    expect(relations(text, 'preambular')).toContain(`NOTES ${ILC_SESSION}`);
  });
});
