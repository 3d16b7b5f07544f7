// Misses found by the session-25 audit aud25k: A/RES/79/133 (return or restitution of cultural property to the countries of
// origin), and the same forms in other texts. Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/133', date: '2024-12-06' };

const { extract, keys, relations } = oneParagraph({ ctx: GA, kind: 'operative' });

const COE = 'Framework:Council of Europe Convention on Offences relating to Cultural Property';

describe('the Council of Europe convention on cultural property is read whole, with "relating to" in lower or upper case', () => {
  it('A/RES/79/133 OP24: "the Council of Europe Convention on Offences relating to Cultural Property ... parties to the Convention"', () => {
    const text =
      'Welcomes the entry into force on 1 April 2022 of the Council of Europe Convention on Offences relating to Cultural Property, which was opened for signature in Nicosia on 19 May 2017, and invites Member States to consider becoming parties to the Convention;';
    expect(keys(text, 'Framework:')).toEqual([COE, COE]);
    expect(relations(text)).toContain(`WELCOMES ${COE}`);
    expect(relations(text)).toContain(`INVITES ${COE}`);
  });

  it('A/RES/79/133 OP24 after OP22: "the Convention" is the Council of Europe convention, not the one named in the paragraph before', () => {
    const ctx = { ...GA };
    extract('Invites States to make use of the United Nations Convention against Transnational Organized Crime;', 'operative', ctx);
    const text =
      'Welcomes the entry into force of the Council of Europe Convention on Offences relating to Cultural Property, and invites Member States to consider becoming parties to the Convention;';
    expect(keys(text, 'Framework:', 'operative', ctx)).toEqual([COE, COE]);
  });

  it('guard: "the Convention" after a convention without an owner before it is still that convention', () => {
    const ctx = { ...GA };
    extract('Welcomes the Council of Europe Convention on Offences relating to Cultural Property;', 'operative', ctx);
    const text = 'Invites States to ratify the United Nations Convention against Transnational Organized Crime and to implement the Convention;';
    expect(keys(text, 'Framework:', 'operative', ctx)).toEqual([
      'Framework:United Nations Convention against Transnational Organized Crime',
      'Framework:United Nations Convention against Transnational Organized Crime',
    ]);
  });

  it('A/RES/79/284 OP37: "the Council of Europe Convention on Offences Relating to Cultural Property" is the same node', () => {
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/284', date: '2025-06-02' };
    const text =
      'Also notes the cooperation between the Council of Europe and the United Nations Educational, Scientific and Cultural Organization, and welcomes the Council of Europe Convention on Offences Relating to Cultural Property;';
    expect(keys(text, 'Framework:', 'operative', ctx)).toEqual([COE]);
  });

  it('guard: "the Council of Europe Convention on Preventing and Combating Violence against Women" is untouched', () => {
    const text = 'Welcomes the Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence;';
    expect(keys(text, 'Framework:')).not.toContain(COE);
  });
});

describe('UNIDROIT named in full ends before "on State ownership"', () => {
  it('A/RES/79/133 OP34: "the International Institute for the Unification of Private Law on State ownership of undiscovered cultural objects"', () => {
    const text =
      'Encourages Member States to consider using the model provisions of the United Nations Educational, Scientific and Cultural Organization and the International Institute for the Unification of Private Law on State ownership of undiscovered cultural objects;';
    expect(keys(text, 'Organization:')).toEqual([
      'Organization:United Nations Educational, Scientific and Cultural Organization',
      'Organization:International Institute for the Unification of Private Law',
    ]);
  });

  it('guard: A/RES/79/133 OP11 "the 1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects" stays a framework alone', () => {
    const text =
      'Acknowledges the importance of the ratification and implementation of the 1995 UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:UNIDROIT Convention on Stolen or Illegally Exported Cultural Objects']);
    // (UNIDROIT at the head of the name is mentioned, not a target: session 58, aud58n, aud58r)
    expect(keys(text, 'Organization:')).toEqual(['Organization:International Institute for the Unification of Private Law']);
  });
});

describe('the International Council of Museums code of ethics is one framework', () => {
  it('A/RES/79/133 OP37: "the International Council of Museums Code of Ethics for Museums and other existing codes"', () => {
    const text =
      'Invites those who deal with trade in cultural property to encourage the effective implementation of the International Council of Museums Code of Ethics for Museums and other existing codes;';
    expect(keys(text, 'Framework:')).toEqual(['Framework:International Council of Museums Code of Ethics for Museums']);
  });

  it('guard: A/RES/79/133 OP32 "the Red Lists of Cultural Objects at Risk of the International Council of Museums" keeps the organization', () => {
    const text = 'Reaffirms the Red Lists of Cultural Objects at Risk of the International Council of Museums as tools;';
    expect(keys(text, 'Organization:')).toEqual(['Organization:International Council of Museums']);
  });
});

describe('UNESCO declaration named "Declaration concerning ..."', () => {
  it('A/RES/79/133 PP9: "the adoption by the General Conference ... of the Declaration concerning the Intentional Destruction of Cultural Heritage"', () => {
    const text =
      'Recalling the adoption by the General Conference of the United Nations Educational, Scientific and Cultural Organization on 17 October 2003 of the Declaration concerning the Intentional Destruction of Cultural Heritage,';
    expect(keys(text, 'Framework:', 'preambular')).toEqual(['Framework:Declaration concerning the Intentional Destruction of Cultural Heritage']);
    expect(relations(text, 'preambular')).toContain('RECALLS Framework:Declaration concerning the Intentional Destruction of Cultural Heritage');
  });
});
