// Session-57 audit aud57t: residuals of the first reading of A/RES/78/263 (Promotion of durable peace through sustainable
// development in Africa). Each case quotes the file and paragraph it comes from; each fix has a guard for the near sentence that
// must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string): RecognizeContext => ({ body: 'General Assembly', symbol, date });
const { attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/263', '2024-02-26'), kind: 'operative' });

describe('"the launching by A and B, of C": both bodies lead what they launched', () => {
  const FACILITY = 'Initiative:Africa Facility to Support Inclusive Transitions';

  it('A/RES/78/263 OP39: "the launching by the African Union Commission and United Nations Development Programme, of the Africa Facility ..."', () => {
    const att = attributions(
      'Welcomes the launching by the African Union Commission and United Nations Development Programme, of the Africa Facility to Support Inclusive Transitions, on the sidelines of the fifth African Union mid-year coordination meeting, held in Nairobi on 15 July 2023;',
    );
    expect(att).toContain(`LEADS Organization:African Union Commission -> ${FACILITY}`);
    expect(att).toContain(`LEADS Organization:United Nations Development Programme -> ${FACILITY}`);
  });

  it('A/RES/79/264 OP39: the same paragraph a year later', () => {
    const att = attributions(
      'Also recalls the launching by the African Union Commission and United Nations Development Programme, of the Africa Facility to Support Inclusive Transitions, on the sidelines of the fifth African Union mid-year coordination meeting, held in Nairobi on 15 July 2023;',
      'operative',
      ctxOf('A/RES/79/264', '2025-03-03'),
    );
    expect(att.filter((a) => a.startsWith('LEADS')).sort()).toEqual([
      `LEADS Organization:African Union Commission -> ${FACILITY}`,
      `LEADS Organization:United Nations Development Programme -> ${FACILITY}`,
    ]);
  });

  it('guard: A/RES/78/129 PP13 "the launch by the Secretary-General of the United Nations Strategy and Plan of Action on Hate Speech": one agent', () => {
    const att = attributions(
      'Noting the launch by the Secretary-General of the United Nations Strategy and Plan of Action on Hate Speech on 18 June 2019,',
      'preambular',
      ctxOf('A/RES/78/129', '2023-12-18'),
    );
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual(['LEADS Organization:Secretary-General of the United Nations -> Framework:United Nations Strategy and Plan of Action on Hate Speech']);
  });

  it('guard: A/RES/80/127 OP43 "the launch by UNCTAD, together with the ITU, of a multi-stakeholder action agenda": nothing named is launched', () => {
    const att = attributions(
      'Also notes the launch by the United Nations Conference on Trade and Development, together with the International Telecommunication Union, of a multi-stakeholder action agenda for a global partnership to mobilize sustainable investment in digital infrastructure, including in artificial intelligence;',
      'operative',
      ctxOf('A/RES/80/127', '2025-12-15'),
    );
    expect(att.filter((a) => a.startsWith('LEADS'))).toEqual([]);
  });
});

describe('the Community of Sahel-Saharan States is a known body: the owner of its counter-terrorism centre', () => {
  it('A/RES/78/263 OP22: "... as well as the Community of Sahel-Saharan States Counter-Terrorism Centre, based in Cairo"', () => {
    const x = oneParagraph({ ctx: ctxOf('A/RES/78/263', '2024-02-26'), kind: 'operative' });
    const text =
      'Calls upon the Office of Counter-Terrorism and relevant Global Counter-Terrorism Coordination Compact entities, within their existing mandates, to intensify cooperation, assistance and capacity-building, for African Member States, the African Union and African subregional organizations, while ensuring compliance with international law, upon their request, in preventing and combating terrorism and preventing and countering violent extremism as and when conducive to terrorism, through the implementation of relevant international and regional treaties and protocols, and in this regard welcomes in particular African initiatives, namely the African Union Plan of Action on the Prevention and Combating of Terrorism in Africa, the African Centre for Studies and Research on Terrorism (ACSRT), based in Algiers, and the Intergovernmental Authority on Development Centre of Excellence in Preventing and Countering Violent Extremism in the Horn of Africa, based in Djibouti, as well as the Community of Sahel-Saharan States Counter-Terrorism Centre, based in Cairo;';
    expect(x.attributions(text)).toContain('PART_OF Organization:Community of Sahel-Saharan States Counter-Terrorism Centre -> Organization:Community of Sahel-Saharan States');
    expect(x.relations(text)).toContain('WELCOMES Organization:Community of Sahel-Saharan States');
    // (guard: IGAD's centre as before)
    expect(x.attributions(text)).toContain(
      'PART_OF Organization:Intergovernmental Authority on Development Centre of Excellence in Preventing and Countering Violent Extremism in the Horn of Africa -> Organization:Intergovernmental Authority on Development',
    );
  });
});

describe('the Assembly of the African Union printed after its own decision is its author, no target', () => {
  const { relations } = oneParagraph({ ctx: ctxOf('A/RES/78/263', '2024-02-26'), kind: 'operative' });
  const ASSEMBLY_AU = 'Organization:Assembly of Heads of State and Government of the African Union';

  it('A/RES/78/263 OP34: "Recalls decision Assembly/AU/Dec.729(XXXII) of 11 February 2019 of the Assembly of Heads of State and Government of the African Union on ..."', () => {
    const rels = relations(
      'Recalls decision Assembly/AU/Dec.729(XXXII) of 11 February 2019 of the Assembly of Heads of State and Government of the African Union on revitalizing and operationalizing the African Union Policy on Post-Conflict Reconstruction and Development, while aligning it with the evolving international discourse on peacebuilding and sustaining peace and the actual needs of countries emerging from conflict in Africa, and calls upon the United Nations system and Member States to support the peace consolidation mechanisms and processes;',
    );
    expect(rels).toContain('RECALLS Resolution:Assembly of the African Union decision Assembly/AU/Dec.729(XXXII)');
    expect(rels.filter((r) => r.endsWith(ASSEMBLY_AU))).toEqual([]);
  });

  it('guard: A/RES/78/263 OP37 "takes note of the decision adopted by the Assembly of Heads of State and Government of the African Union in January 2017": no numbered text, the Assembly stays a target', () => {
    const rels = relations(
      'Recognizes the important contribution of the African Peer Review Mechanism since its inception in improving governance and supporting socioeconomic development in African countries, takes note of the decision adopted by the Assembly of Heads of State and Government of the African Union in January 2017 on the revitalization of the African Peer Review Mechanism;',
    );
    expect(rels).toContain(`NOTES ${ASSEMBLY_AU}`);
  });
});
