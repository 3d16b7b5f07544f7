// Session-64 audit aud64s: residual faults under the lead's rulings of session 64 (restating sessions 53, 54 and 62). Each case
// quotes the file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title = 'A resolution'): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/116', '2023-12-07', 'Report of the Committee on Relations with the Host Country'), kind: 'operative' });
const UN = 'Organization:United Nations';

describe('"permanent missions (accredited) to the United Nations": the Organization a setting, no verb (lead, sessions 54 and 64)', () => {
  it('A/RES/78/116 OP5 (79/130, 80/172): "the problems experienced by some permanent missions to the United Nations"', () => {
    const rels = relations(
      'Notes the problems experienced by some permanent missions to the United Nations in connection with the implementation of the Parking Programme;',
    );
    expect(rels).not.toContain(`NOTES ${UN}`);
  });

  it('A/RES/78/116 OP3: "the premises of the permanent missions to the United Nations enjoyed under international law"', () => {
    const rels = relations('Recalls the privileges and immunities applicable to the premises of the permanent missions to the United Nations enjoyed under international law;');
    expect(rels).not.toContain(`RECALLS ${UN}`);
  });

  it('A/RES/79/8 OP25: "an informal group of permanent missions to the United Nations in New York and Geneva"', () => {
    const rels = relations(
      'Encourages Member States to actively participate in the Group of Friends of Sport for Development and Peace, an informal group of permanent missions to the United Nations in New York and Geneva;',
      'operative',
      ctxOf('A/RES/79/8', '2024-11-01', 'Sport for development and peace'),
    );
    expect(rels).toContain('ENCOURAGES Organization:Group of Friends of Sport for Development and Peace');
    expect(rels).not.toContain(`ENCOURAGES ${UN}`);
  });

  it('guard: A/RES/78/116 OP12 "the need for the permanent missions and the United Nations to benefit": the Organization addressed', () => {
    const rels = relations(
      'Stresses the need for the permanent missions and the United Nations to benefit from appropriate banking services, and anticipates that the host country will continue to assist the permanent missions accredited to the United Nations and their staff in obtaining such services;',
    );
    expect(rels).toContain(`EMPHASIZES ${UN}`);
  });

  it('guard: "to cooperate fully with the United Nations" (a partner) keeps its verb', () => {
    expect(relations('Calls upon the permanent missions to cooperate fully with the United Nations;')).toContain(`CALLS_UPON ${UN}`);
  });
});

describe('a numbered session of the International Labour Conference is SESSION_OF the Conference, a series Event (lead, sessions 53, 64)', () => {
  const ILC = 'Event:International Labour Conference';
  const ctx = ctxOf('A/RES/79/221', '2024-12-19');

  it('A/RES/78/164 OP (79/221, 80/153; 79/217 PP26): "the Global Jobs Pact adopted by the International Labour Conference at its ninety-eighth session"', () => {
    const text =
      'Calls upon the United Nations system to support Member States in adopting policies consistent with the Global Jobs Pact adopted by the International Labour Conference at its ninety-eighth session, and takes note with appreciation;';
    expect(attributions(text, 'operative', ctx)).toContain(`SESSION_OF Event:ninety-eighth session of the International Labour Conference -> ${ILC}`);
  });

  it('A/RES/78/180 PP (80/185): "the adoption by the International Labour Conference on 11 June 2014, at its 103rd session, of the Protocol"', () => {
    const text = 'Taking note of the adoption by the International Labour Conference on 11 June 2014, at its 103rd session, of the Protocol to the Forced Labour Convention,';
    expect(attributions(text, 'preambular', ctx)).toContain(`SESSION_OF Event:103rd session of the International Labour Conference -> ${ILC}`);
  });

  it('guard: a numbered session of an Organization organ stays SESSION_OF the organ ("the General Conference of UNESCO at its fortieth session")', () => {
    const text =
      'Takes note of the Global Jobs Pact adopted by the General Conference of the United Nations Educational, Scientific and Cultural Organization at its fortieth session;';
    const att = attributions(text, 'operative', ctx);
    expect(att).toContain(
      'SESSION_OF Event:fortieth session of the General Conference of the United Nations Educational, Scientific and Cultural Organization -> Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization',
    );
    expect(att.filter((a) => a.startsWith('SESSION_OF') && a.endsWith(ILC))).toEqual([]);
  });
});

describe('"the adoption of <text> by <organ> at its <session>": the organ is the adopter, no verb target (lead, sessions 62 and 64)', () => {
  const ctx = ctxOf('A/RES/79/263', '2024-12-24', 'New Partnership for Africa’s Development');
  const AU_ASSEMBLY = 'Organization:Assembly of Heads of State and Government of the African Union';

  it('A/RES/79/263 PP6: "the adoption of Agenda 2063 by the Assembly of Heads of State and Government of the African Union at its twenty-fourth ordinary session"', () => {
    const text =
      'Recognizing the adoption of Agenda 2063 by the Assembly of Heads of State and Government of the African Union at its twenty-fourth ordinary session, held in Addis Ababa on 30 and 31 January 2015,';
    const rels = relations(text, 'preambular', ctx);
    expect(rels).not.toContain(`RECOGNIZES ${AU_ASSEMBLY}`);
    expect(rels.filter((r) => r.startsWith('RECOGNIZES Event:twenty-fourth ordinary session'))).toHaveLength(1);
  });

  it('guard: the organ printed as an addressee, not after "the adoption of ... by", keeps its verb', () => {
    const text = 'Recognizing the role of the Assembly of Heads of State and Government of the African Union at its twenty-fourth ordinary session,';
    expect(relations(text, 'preambular', ctx)).toContain(`RECOGNIZES ${AU_ASSEMBLY}`);
  });
});

describe('both organs under whose auspices a sitting meets are its setting, no verb target (lead, session 64)', () => {
  const ECOSOC = 'Organization:Economic and Social Council';
  const GA = 'Organization:General Assembly';

  it('A/RES/79/222 OP48: "the high-level political forum ... convened under the auspices of both the Economic and Social Council and the General Assembly"', () => {
    const text =
      'Encourages the United Nations Industrial Development Organization to continue to support the periodic review of Sustainable Development Goal 9 during the high-level political forum on sustainable development convened under the auspices of both the Economic and Social Council and the General Assembly;';
    const rels = relations(text, 'operative', ctxOf('A/RES/79/222', '2024-12-19', 'Industrial development cooperation'));
    expect(rels).not.toContain(`ENCOURAGES ${ECOSOC}`);
    expect(rels).not.toContain(`ENCOURAGES ${GA}`);
    expect(rels).toContain('ENCOURAGES Organization:United Nations Industrial Development Organization');
  });

  it('A/RES/79/209 PP27: "which met under the auspices of the General Assembly in September 2023 and under the auspices of the Economic and Social Council"', () => {
    const text =
      'Recognizing the important contribution of the United Nations Environment Assembly to the high-level political forum on sustainable development, which met under the auspices of the General Assembly in September 2023 and under the auspices of the Economic and Social Council in New York in 2023 and 2024,';
    const rels = relations(text, 'preambular', ctxOf('A/RES/79/209', '2024-12-19', 'Report of the United Nations Environment Assembly'));
    expect(rels).not.toContain(`RECOGNIZES ${ECOSOC}`);
    expect(rels).not.toContain(`RECOGNIZES ${GA}`);
  });

  it('guard: the Council addressed beside the forum ("Invites the Economic and Social Council and the General Assembly to ...") keeps its verb', () => {
    const text = 'Invites the Economic and Social Council and the General Assembly to consider the high-level political forum on sustainable development;';
    expect(relations(text, 'operative', ctxOf('A/RES/79/222', '2024-12-19'))).toContain(`INVITES ${ECOSOC}`);
  });
});
