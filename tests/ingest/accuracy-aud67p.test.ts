// Session-67 audit aud67p: A/RES/79/154 (Trafficking in women and girls, Third Committee). Each case quotes the file and paragraph
// it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { relationsByParagraph } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const CTX: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/154', date: '2024-12-17', title: 'Trafficking in women and girls' };
const { keys, relations } = oneParagraph({ ctx: CTX, kind: 'operative' });

// OP25 and its footnote 37 ("Such as the Bali Process ..., the Action Plan for the Asia-Pacific region of the Asian Regional
// Initiative against Trafficking in Persons, Especially Women and Children (see A/C.3/55/3, annex), the Association of Southeast
// Asian Nations Convention Against Trafficking in Persons, Especially Women and Children, ...")
const OP25 =
  'Encourages Member States to establish or strengthen national programmes and to engage in bilateral, subregional, regional and international cooperation, including by forging regional initiatives or plans of action,37 to address the problem of trafficking in persons;';
const NOTE37 =
  'Such as the Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime, the Coordinated Mekong Ministerial Initiative against Trafficking, the Action Plan for the Asia-Pacific region of the Asian Regional Initiative against Trafficking in Persons, Especially Women and Children (see A/C.3/55/3, annex), the Association of Southeast Asian Nations Convention Against Trafficking in Persons, Especially Women and Children, the activities of the Council of Europe.';

describe('", Especially Women and Children" after "Trafficking in Persons" closes the name it is printed in', () => {
  it('A/RES/79/154 OP25 fn 37: the Asian Regional Initiative and the ASEAN Convention keep their whole names', () => {
    const [rels] = relationsByParagraph(CTX, [{ text: OP25.replace('action,37', 'action,1'), footnote: NOTE37 }]);
    expect(rels).toContain('ENCOURAGES Initiative:Asian Regional Initiative against Trafficking in Persons, Especially Women and Children');
    expect(rels).toContain('ENCOURAGES Framework:Association of Southeast Asian Nations Convention against Trafficking in Persons, Especially Women and Children');
    expect(rels).not.toContain('ENCOURAGES Initiative:Asian Regional Initiative against Trafficking in Persons');
    expect(rels).not.toContain('ENCOURAGES Framework:Association of Southeast Asian Nations Convention against Trafficking in Persons');
  });

  it('A/RES/79/154 OP4: the Protocol named in full stays the gazetteer\'s one Framework', () => {
    const rels = relations(
      'Urges Member States that have not yet done so to consider ratifying or acceding to, as a matter of priority, the United Nations Convention against Transnational Organized Crime and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime;',
    );
    expect(rels).toContain('URGES Framework:Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children');
    expect(rels.filter((r) => r.includes('Suppress and Punish') && !r.includes('Protocol to Prevent'))).toEqual([]);
  });

  it('guard: A/RES/79/154 OP29 "the Special Rapporteur on trafficking in persons, especially women and children, to continue": lowercase, the mandate as before', () => {
    const rels = relations('Invites the Special Rapporteur on trafficking in persons, especially women and children, to continue to cooperate with international, regional and national mechanisms to combat trafficking in persons;');
    expect(rels).toEqual(['INVITES Organization:Special Rapporteur on trafficking in persons, especially women and children']);
  });

  it('guard: a capitalised name ending "in Persons" then ", especially" in lowercase stops at the comma', () => {
    const text = 'Welcomes the work of the Inter-Agency Coordination Group against Trafficking in Persons, especially women and children at risk;';
    expect(keys(text, 'Organization:Inter-Agency Coordination Group')).toEqual(['Organization:Inter-Agency Coordination Group against Trafficking in Persons']);
  });
});

describe('the 1949 Convention for the Suppression of the Traffic in Persons is one Framework (gazetteer)', () => {
  it('A/RES/79/154 PP2: "and the Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others"', () => {
    const rels = relations(
      'Recalling the Convention on the Rights of the Child and the Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others, as well as relevant resolutions of the Human Rights Council on the issue,',
      'preambular',
    );
    expect(rels).toContain('RECALLS Framework:Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others');
    expect(rels).not.toContain('RECALLS Framework:Convention for the Suppression of the Traffic in Persons');
  });
});
