// Misses found by the session-27 audit aud27g: A/RES/79/150 (thirtieth anniversary of the International Year of the Family)
// and A/RES/79/178 (human rights and extreme poverty), and the same forms in other texts. Each case quotes the file and
// paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const POVERTY: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/178', date: '2024-12-17' };
const FAMILY: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/150', date: '2024-12-17' };

const { extract, keys, relations, attributions } = oneParagraph({ ctx: POVERTY, kind: 'operative' });

describe('A/RES/79/178: the guiding principles on extreme poverty and human rights', () => {
  const GP = 'Framework:Guiding Principles on Extreme Poverty and Human Rights';
  const PP6 =
    'Recalling Human Rights Council resolution 21/11 of 27 September 2012,9 by which the Council adopted the guiding principles on extreme poverty and human rights10 as a useful tool for States in the formulation and implementation of poverty reduction and eradication policies, as appropriate, and encouraging States to implement the guiding principles,';

  it('PP6: "by which the Council adopted the guiding principles on extreme poverty and human rights10 ..., and encouraging States to implement the guiding principles"', () => {
    expect(keys(PP6, 'Framework:', 'preambular', { ...POVERTY })).toEqual([GP, GP]);
    const rel = relations(PP6, 'preambular', { ...POVERTY });
    expect(rel).toContain(`RECALLS ${GP}`);
    expect(rel).toContain(`ENCOURAGES ${GP}`);
    expect(attributions(PP6, 'preambular', { ...POVERTY })).toContain(`ADOPTED Resolution:A/HRC/RES/21/11 -> ${GP}`);
  });

  it('OP20: "Takes note with appreciation of the guiding principles on extreme poverty and human rights, adopted by the Human Rights Council in its resolution 21/11"', () => {
    const text =
      'Takes note with appreciation of the guiding principles on extreme poverty and human rights, adopted by the Human Rights Council in its resolution 21/11, as a useful tool for States in the formulation and implementation of poverty reduction and eradication policies, as appropriate;';
    expect(relations(text, 'operative', { ...POVERTY })).toContain(`NOTES ${GP}`);
    expect(attributions(text, 'operative', { ...POVERTY })).toContain(`ADOPTED Resolution:A/HRC/RES/21/11 -> ${GP}`);
  });

  it('OP21, OP22: "the guiding principles" printed alone in later paragraphs is the instrument named in PP6', () => {
    const ctx = { ...POVERTY };
    extract(PP6, 'preambular', ctx);
    const op21 =
      'Encourages Governments, relevant United Nations bodies, funds and programmes and the specialized agencies, other intergovernmental organizations and national human rights institutions, as well as non-governmental organizations and non-State actors, and the private sector, including the corporate sector, to consider the guiding principles in the formulation and implementation of their policies and measures concerning persons affected by extreme poverty;';
    expect(relations(op21, 'operative', ctx)).toEqual([`ENCOURAGES ${GP}`]);
    const op22 = 'Requests the Office of the United Nations High Commissioner for Human Rights to disseminate the guiding principles, as appropriate;';
    expect(relations(op22, 'operative', ctx)).toContain(`REQUESTS ${GP}`);
  });

  it('guard: "the guiding principles" with nothing named before stays unread; "the guiding principles on/of X" names another thing', () => {
    const text = 'Requests the Office of the United Nations High Commissioner for Human Rights to disseminate the guiding principles, as appropriate;';
    expect(keys(text, 'Framework:', 'operative', { ...POVERTY })).toEqual([]);
    const ctx = { ...POVERTY };
    extract(PP6, 'preambular', ctx);
    const other = 'Takes note of the guiding principles on responsible sovereign borrowing and lending and of the guiding principles of the Green Climate Fund;';
    expect(keys(other, GP, 'operative', ctx)).toEqual([]);
  });

  it('guard: the capitalised "the Guiding Principles" after the business ones stays those (A/RES/79/178 PP23)', () => {
    const ctx = { ...POVERTY };
    extract(PP6, 'preambular', ctx);
    const text =
      'Recalling the Guiding Principles on Business and Human Rights, endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011, and recognizing in this regard the efforts made to implement the Guiding Principles by some States,';
    expect(keys(text, 'Framework:Guiding', 'preambular', ctx)).toEqual([
      'Framework:Guiding Principles on Business and Human Rights',
      'Framework:Guiding Principles on Business and Human Rights',
    ]);
  });
});

describe('"his Office" after an officer whose office the gazetteer knows', () => {
  const OHCHR = 'Organization:Office of the United Nations High Commissioner for Human Rights';

  it('A/RES/79/178 OP18: "Invites the United Nations High Commissioner for Human Rights ..., and also invites his Office to pursue further work"', () => {
    const text =
      'Invites the United Nations High Commissioner for Human Rights to continue to give high priority to the question of the relationship between extreme poverty and human rights, and also invites his Office to pursue further work in this area;';
    expect(relations(text, 'operative', { ...POVERTY })).toEqual([
      'INVITES Organization:United Nations High Commissioner for Human Rights',
      `INVITES ${OHCHR}`,
    ]);
  });

  it('A/RES/79/181 OP2 (k): "with the United Nations High Commissioner for Human Rights and his Office"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/181', date: '2024-12-17' };
    const text = 'Urges the Government to engage in technical cooperation activities in the field of human rights with the United Nations High Commissioner for Human Rights and his Office, including the field-based structure in the region;';
    expect(keys(text, 'Organization:', 'operative', ctx)).toEqual(['Organization:United Nations High Commissioner for Human Rights', OHCHR]);
  });

  it('guard: "his Office" after an officer with no office known, or with none named, is no node', () => {
    const text = 'Welcomes the work of the Special Rapporteur on extreme poverty and human rights and invites his Office to continue;';
    expect(keys(text, 'Organization:Office', 'operative', { ...POVERTY })).toEqual([]);
    expect(keys('Invites his Office to pursue further work in this area;', 'Organization:', 'operative', { ...POVERTY })).toEqual([]);
  });

  it('guard: UNHCR\'s officer and "his Office" are one node already ("the United Nations High Commissioner for Refugees and his Office", A/RES/79/181 OP2)', () => {
    const text = 'Calls upon the Government to ensure unhindered access to the United Nations High Commissioner for Refugees and his Office;';
    expect(keys(text, 'Organization:', 'operative', { ...POVERTY })).toEqual(['Organization:Office of the United Nations High Commissioner for Refugees']);
  });
});

describe('"X and its Programme of Action": the programme adopted with the instrument named right before', () => {
  const WSSD_POA = 'Framework:Programme of Action of the World Summit for Social Development';
  const COPENHAGEN = 'Framework:Copenhagen Declaration on Social Development';

  it('A/RES/79/150 OP40: "reaffirm the commitment to the Copenhagen Declaration on Social Development and its Programme of Action,5"', () => {
    const text =
      'Recognizes the importance of the World Social Summit, to be held in Doha, Qatar, in 2025, under the title “The Second World Summit for Social Development”, to address existing gaps and reaffirm the commitment to the Copenhagen Declaration on Social Development and its Programme of Action,5 and its implementation and give momentum towards the implementation of the 2030 Agenda;';
    expect(keys(text, 'Framework:', 'operative', { ...FAMILY })).toEqual([COPENHAGEN, WSSD_POA, 'Framework:2030 Agenda for Sustainable Development']);
    expect(relations(text, 'operative', { ...FAMILY })).toContain(`RECOGNIZES ${WSSD_POA}`);
  });

  it('A/RES/78/286 PP12: "reaffirmed the Global Agenda for Dialogue among Civilizations and its Programme of Action": that agenda\'s programme', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/286', date: '2024-06-05' };
    const text =
      'Recalling also the 2005 World Summit Outcome, in which the Heads of State and Government reaffirmed the Global Agenda for Dialogue among Civilizations and its Programme of Action and the value of different initiatives on dialogue among cultures and civilizations,';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toContain('Framework:Programme of Action of the Global Agenda for Dialogue among Civilizations');
  });

  it('guard: "the Programme of Action" printed alone stays the one named last (A/RES/78/174 OP74 form)', () => {
    const ctx = { ...FAMILY };
    extract('Recalling the Copenhagen Declaration on Social Development and the Programme of Action of the World Summit for Social Development,', 'preambular', ctx);
    const text = 'Calls upon Member States to implement the Programme of Action and the Beijing Declaration and Platform for Action;';
    expect(keys(text, 'Framework:Programme', 'operative', ctx)).toEqual([WSSD_POA]);
  });
});

describe('other guiding principles the texts name in lower case', () => {
  const HUMANITARIAN = 'Framework:Guiding principles for the strengthening of the coordination of emergency humanitarian assistance of the United Nations system';

  it('A/RES/78/120 PP1: "Reaffirming its resolution 46/182 ..., the annex to which contains the guiding principles for the strengthening of the coordination ..."', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/120', date: '2023-12-11' };
    const text =
      'Reaffirming its resolution 46/182 of 19 December 1991, the annex to which contains the guiding principles for the strengthening of the coordination of emergency humanitarian assistance of the United Nations system, as well as all its resolutions on international cooperation on humanitarian assistance,';
    expect(relations(text, 'preambular', { ...ctx })).toContain(`REAFFIRMS ${HUMANITARIAN}`);
    expect(attributions(text, 'preambular', { ...ctx })).not.toContain(`ADOPTED Resolution:A/RES/46/182 -> ${HUMANITARIAN}`);
  });

  it('A/RES/79/274 PP13: "in accordance with the guiding principles for the strengthening of the coordination of humanitarian emergency assistance of the United Nations,2": one instrument, no United Nations node', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/274', date: '2025-03-03' };
    const text =
      'Recognizing the importance of humanitarian assistance in the region, in accordance with the guiding principles for the strengthening of the coordination of humanitarian emergency assistance of the United Nations,2 including the principle of neutrality,';
    expect(keys(text, 'Framework:', 'preambular', ctx)).toEqual([HUMANITARIAN]);
    expect(keys(text, 'Organization:', 'preambular', { ...ctx })).toEqual([]);
  });

  it('A/RES/80/165 PP1: "its resolution 62/67 ..., the annex to which contains the text of the articles on diplomatic protection"', () => {
    // (conv42c: ADOPTED only where the text states an adoption: none from a title, a note citing where the text is, or "contained in")
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/165', date: '2025-12-04' };
    const text = 'Recalling its resolution 62/67 of 6 December 2007, the annex to which contains the text of the articles on diplomatic protection, commending the articles to the attention of Governments,';
    expect(attributions(text, 'preambular', ctx)).not.toContain('ADOPTED Resolution:A/RES/62/67 -> Framework:articles on diplomatic protection');
  });

  it('guard: a framework named after another wording of the annex is not read as adopted ("the annex to which refers to ...")', () => {
    const text = 'Recalling its resolution 62/67 of 6 December 2007, the annex to which refers to the articles on diplomatic protection,';
    expect(attributions(text, 'preambular', { ...POVERTY }).filter((a) => a.startsWith('ADOPTED'))).toEqual([]);
  });

  it('A/RES/79/189 PP9, OP6: the WHO guiding principles on human cell, tissue and organ transplantation, then "the guiding principles"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/189', date: '2024-12-17' };
    const WHO_GP = 'Framework:WHO Guiding Principles on Human Cell, Tissue and Organ Transplantation';
    const pp9 =
      'Taking note with appreciation of the World Health Organization guiding principles on human cell, tissue and organ transplantation, endorsed by the sixty-third World Health Assembly in its resolution 63.22 of 21 May 2010,';
    expect(relations(pp9, 'preambular', ctx)).toContain(`NOTES ${WHO_GP}`);
    const op = 'Urges Member States to prevent transplantation performed in breach of the guiding principles or national transplantation laws or rules;';
    expect(relations(op, 'operative', ctx)).toEqual([`URGES ${WHO_GP}`]);
  });

  it('A/RES/78/207 OP10: "Takes note of the guiding principles for the search for disappeared persons adopted by the Committee at its sixteenth session"', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/207', date: '2023-12-19' };
    const text = 'Takes note of the guiding principles for the search for disappeared persons adopted by the Committee on Enforced Disappearances at its sixteenth session;';
    expect(relations(text, 'operative', ctx)).toContain('NOTES Framework:Guiding Principles for the Search for Disappeared Persons');
  });

  it('A/RES/78/207 OP10: "adopted by the Committee at its sixteenth session": the Committee (a short form the sitting names) adopted them (the session-59 ruling reversed the sitting as adopter)', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/207', date: '2023-12-19' };
    extract('Welcomes the work of the Committee on Enforced Disappearances;', 'operative', ctx);
    const text =
      'Takes note of the guiding principles for the search for disappeared persons adopted by the Committee at its sixteenth session and developed in dialogue and broad consultations with Member States;';
    const att = attributions(text, 'operative', ctx);
    expect(att).toContain('ADOPTED Organization:Committee on Enforced Disappearances -> Framework:Guiding Principles for the Search for Disappeared Persons');
    expect(att.filter((a) => a.startsWith('ADOPTED Event:'))).toEqual([]);
  });

  it('guard: a body named in full adopts it itself, no sitting is read ("adopted by the Committee on Enforced Disappearances at its sixteenth session")', () => {
    const text = 'Takes note of the guiding principles for the search for disappeared persons adopted by the Committee on Enforced Disappearances at its sixteenth session;';
    const adopted = attributions(text, 'operative', { ...POVERTY }).filter((a) => a.startsWith('ADOPTED'));
    expect(adopted.some((a) => a.startsWith('ADOPTED Event:'))).toBe(false);
  });
});
