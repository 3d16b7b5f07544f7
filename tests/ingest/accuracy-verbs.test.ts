// Verb relations of real paragraphs (session 7 audit of verb clauses): a paragraph as printed -> the
// relation each entity gets from the verb of its clause. Inputs are quoted from the files named in each
// case (corpus-ga GA resolutions, corpus/, the seed); each fix has a negative case.
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../ingest/clauses.js';
import { extractParagraph } from '../../ingest/extract.js';
import type { RecognizeContext, SubParagraph } from '../../ingest/models.js';

function extract(text: string, kind: 'preambular' | 'operative' = 'operative', subparagraphs: SubParagraph[] = []) {
  const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/999', date: '2025-12-15' };
  return extractParagraph({ id: kind === 'operative' ? 'OP1' : 'PP1', kind, text, footnoteRefs: [], subparagraphs }, ctx);
}
/** "TYPE target" of every verb relation of the paragraph. */
const relations = (text: string, kind: 'preambular' | 'operative' = 'operative', subparagraphs: SubParagraph[] = []): string[] =>
  extract(text, kind, subparagraphs).relations.map((r) => `${r.type} ${r.target}`);
/** The relation of each clause, in order. */
const clauseTypes = (text: string, kind: 'preambular' | 'operative' = 'operative'): (string | null)[] =>
  splitClauses(text, kind).map((c) => c.relation ?? null);

describe('a footnote mark left in the text between the comma and the next verb (corpus-ga PDFs)', () => {
  it('A/RES/78/262 OP24: "... strengthen international cooperation”,24 reiterates the commitment ... in line with the Addis Ababa Action Agenda"', () => {
    const text =
      'Reiterates its deep concern about the growing illicit financial flows, internationally and domestically, including those derived from trade mispricing and misinvoicing and other illegal practices, emphasizes that illicit financial flows reduce the availability of valuable resources, including for financing for development, welcomes in this regard the political declaration adopted at the thirty-second special session of the General Assembly, entitled “Our common commitment to effectively addressing challenges and implementing measures to prevent and combat corruption and strengthen international cooperation”,24 reiterates the commitment to substantially reduce illicit financial flows by 2030, with a view to eventually eliminating them, including by combating tax evasion, tax avoidance, corruption and organized crime through strengthened national institutional and policy frameworks and international cooperation in line with the Addis Ababa Action Agenda of the Third International Conference on Financing for Development,25 and acknowledges the need to strengthen good practices on assets return and recovery;';
    expect(clauseTypes(text)).toEqual(['REITERATES', 'EMPHASIZES', 'WELCOMES', 'REITERATES', 'ACKNOWLEDGES']);
    const rels = relations(text);
    expect(rels).toContain('REITERATES Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development');
    expect(rels).not.toContain('WELCOMES Framework:Addis Ababa Action Agenda of the Third International Conference on Financing for Development');
  });

  it('A/RES/78/164 PP6: "... from 17 to 20 October 2016,3 welcoming the convening of the second session of the United Nations Habitat Assembly"', () => {
    const text =
      'Reaffirming the New Urban Agenda, adopted at the United Nations Conference on Housing and Sustainable Urban Development (Habitat III), held in Quito, from 17 to 20 October 2016,3 welcoming the convening of the second session of the United Nations Habitat Assembly of the United Nations Human Settlements Programme (UN-Habitat) held in Nairobi, from 5 to 9 June 2023, and welcoming also the convening of the twelfth session of the World Urban Forum, in Cairo, from 4 to 8 November 2023,';
    const rels = relations(text, 'preambular');
    expect(rels).toContain('WELCOMES Event:second session of the United Nations Habitat Assembly');
    expect(rels).toContain('REAFFIRMS Framework:New Urban Agenda');
    expect(rels).not.toContain('REAFFIRMS Event:second session of the United Nations Habitat Assembly');
  });

  it('negative: a number that is no footnote mark before a noun opens nothing ("..., 17 Sustainable Development Goals")', () => {
    expect(clauseTypes('Reaffirms the 2030 Agenda for Sustainable Development, with its 169 targets, 17 Sustainable Development Goals and their indicators;')).toEqual(['REAFFIRMS']);
  });
});

describe('", while" + the participle of any main verb in an operative paragraph is the body\'s act', () => {
  it('A/RES/78/220 OP4: "..., while encouraging enhanced substantive technical cooperation with the Office"', () => {
    const text =
      'Further welcomes the engagement of the Islamic Republic of Iran with human rights treaty bodies, including through the submission of periodic reports, notes the continued engagement of the Government of the Islamic Republic of Iran with the Office of the United Nations High Commissioner for Human Rights, while encouraging enhanced substantive technical cooperation with the Office, and urges the Islamic Republic of Iran to continue its engagement with the Committee on the Rights of the Child;';
    expect(clauseTypes(text)).toEqual(['WELCOMES', 'NOTES', 'ENCOURAGES', 'URGES']);
    expect(relations(text)).toContain('ENCOURAGES Organization:Office of the United Nations High Commissioner for Human Rights');
  });

  it('A/RES/79/222 OP15: "... and looks forward to its implementation while urging the Group of 20 to continue to engage ..."', () => {
    const text =
      'Recalls with appreciation the Group of 20 Initiative on Supporting Industrialization in Africa and Least Developed Countries, launched by the leaders of the Group of 20 at its Summit held in Hangzhou, China, in September 2016, and looks forward to its implementation while urging the Group of 20 to continue to engage with other States Members of the United Nations in its work;';
    const rels = relations(text);
    expect(rels).toContain('URGES Organization:Group of 20');
    expect(rels).not.toContain('LOOKS_FORWARD_TO Organization:Group of 20');
  });

  it('negative: after a bare comma such a participle is a gerund of a list (A/RES/78/144 OP14 "..., encouraging entrepreneurship, ...")', () => {
    const text =
      'Calls for increased, responsible and inclusive public and private investment, building human capacity, encouraging entrepreneurship, creating an enabling economic and institutional environment;';
    expect(clauseTypes(text)).toEqual(['CALLS_UPON']);
  });
});

describe('", as well as" + a verb in the third person opens a clause', () => {
  it('A/RES/78/40 OP5: "..., as well as encourages all States ... in line with Action 18 of the 2010 Action Plan"', () => {
    const text =
      'Calls upon the Conference on Disarmament to immediately commence and bring to an early conclusion, negotiations on a treaty banning the production of fissile material for use in nuclear weapons or other nuclear explosive devices, and upon the nuclear-weapon States to declare or maintain voluntary moratoriums on the production of fissile material for nuclear weapons and other nuclear explosive devices, as well as encourages all States that have not yet done so to initiate a process towards the dismantling or conversion for peaceful uses of facilities for the production of fissile material for use in nuclear weapons or other nuclear explosive devices in line with Action 18 of the 2010 Action Plan;';
    expect(clauseTypes(text)).toEqual(['CALLS_UPON', 'ENCOURAGES']);
    expect(relations(text)).toContain('ENCOURAGES Framework:2010 Action Plan');
  });

  it('negative: "as well as support for ..." is a noun', () => {
    const text = 'Calls upon Member States to provide capacity-building, as well as support for the International Telecommunication Union;';
    expect(clauseTypes(text)).toEqual(['CALLS_UPON']);
  });
});

describe('", and continues to <verb>" opens a clause of that verb', () => {
  it('A/RES/78/205 OP40: "Welcomes the role of the Peacebuilding Commission in this regard, and continues to urge the Commission to intensify its efforts"', () => {
    const text =
      'Welcomes the role of the Peacebuilding Commission in this regard, and continues to urge the Commission to intensify its efforts, within its mandate, in cooperation with national and transitional Governments and in consultation with the relevant United Nations entities;';
    expect(clauseTypes(text)).toEqual(['WELCOMES', 'URGES']);
    expect(relations(text)).toEqual(['WELCOMES Organization:Peacebuilding Commission', 'URGES Organization:Peacebuilding Commission']);
  });

  it('negative: "the situation continues to ..." has its own subject', () => {
    expect(clauseTypes('Notes with concern that the situation continues to deteriorate;')).toEqual(['NOTES']);
  });
});

describe('a declaration repeats its subject inside a sentence: "..., and we request", ". In this regard, we appreciate"', () => {
  it('A/RES/79/233 OP181: "We commit to exploring ..., and we request the Secretary-General to elaborate on its feasibility"', () => {
    const text =
      'We commit to exploring the feasibility of establishing a dedicated infrastructure investment finance facility, building on the available financing facilities in this area, and we request the Secretary-General to elaborate on its feasibility and possible modalities and submit a report to the General Assembly at its eightieth session for its consideration.';
    expect(clauseTypes(text)).toEqual([null, 'REQUESTS']);
    expect(relations(text)).toContain('REQUESTS Organization:Secretary-General of the United Nations');
  });

  it('A/RES/80/173 OP11: "We are concerned by ... . In this regard, we appreciate the efforts of the Technology Bank for the Least Developed Countries"', () => {
    const text =
      'We are concerned by the critical digital divides between and within countries in the development of, access to and use of digital technologies, which constrain the achievement of World Summit goals. Closing these divides requires investment in infrastructure and connectivity, along with efforts to ensure the affordability of networks and devices, the availability of content and services with linguistic diversity and the development of digital skills and capabilities. In this regard, we appreciate the efforts of the Technology Bank for the Least Developed Countries in strengthening the science, technology and innovation capacities of the least developed countries.';
    expect(clauseTypes(text)).toEqual([null, 'APPRECIATES']);
    expect(relations(text)).toContain('APPRECIATES Organization:Technology Bank for the Least Developed Countries');
  });

  it('A/RES/80/173 OP124: the sentence "Building on this work and consistent with the recommendations of the Economic and Social Council, we request ..." is one REQUESTS clause', () => {
    const text =
      'We note the World Summit process and 2030 Agenda–Global Digital Compact matrix, prepared by the United Nations Group on the Information Society, which maps the objectives and commitments of the Global Digital Compact to existing World Summit structures, mechanisms and activities, providing a structured approach for effective follow-up and implementation. Building on this work and consistent with the recommendations of the Economic and Social Council, we request the United Nations Group on the Information Society, within existing mandates and resources, to prepare a joint implementation road map, to be presented for the consideration of the Commission on Science and Technology for Development at its twenty-ninth session, in 2026.';
    const rels = relations(text);
    expect(rels).toContain('NOTES Organization:United Nations Group on the Information Society');
    expect(rels).toContain('REQUESTS Organization:United Nations Group on the Information Society');
    expect(rels).toContain('REQUESTS Organization:Economic and Social Council');
    expect(rels).not.toContain('NOTES Organization:Economic and Social Council');
  });

  it('negative: in a resolution that speaks of the Assembly, "we" after a comma opens nothing', () => {
    expect(clauseTypes('Recognizes that the challenges are global, we note, and that cooperation is needed;')).toEqual(['RECOGNIZES']);
  });
});

/** The sub-paragraphs as segment.ts reads them: "(a) ", "(b) " after a colon or semicolon. */
function itemsOf(text: string): SubParagraph[] {
  const items: SubParagraph[] = [];
  for (const m of text.matchAll(/[:;]\d{0,3}\s+(\([a-z]{1,4}\))\s+/g)) items.push({ label: m[1]!, start: m.index + m[0].length, text: '' });
  return items;
}

describe('sub-paragraphs (a), (b) are governed by the verb that introduced the list', () => {
  it('A/RES/79/176 OP16: "Welcomes: (a) ..., and, noting ..., calls upon ...; (b) The fact that 125 States have ratified ... the Rome Statute"', () => {
    const text =
      'Welcomes: (a) The International Criminal Court as an important contribution to ending impunity concerning extrajudicial, summary or arbitrary executions, and, noting the growing awareness of the Court worldwide, as highlighted during the twenty-fifth anniversary of the adoption of the Rome Statute of the Court, calls upon those States that are under an obligation to cooperate with the Court to provide such cooperation and assistance in the future, in particular with regard to arrest and surrender, the provision of evidence, the protection and relocation of victims and witnesses and the enforcement of sentences; (b) The fact that 125 States have ratified or acceded to and 31 States have signed, but not yet ratified, the Rome Statute, and calls upon all those States that have not ratified or acceded to the Rome Statute and the Agreement on the Privileges and Immunities of the International Criminal Court20 to give serious consideration to doing so;';
    const items = itemsOf(text);
    expect(items.map((i) => i.label)).toEqual(['(a)', '(b)']);
    expect(splitClauses(text, 'operative', items).map((c) => c.relation)).toEqual(['WELCOMES', 'NOTES', 'CALLS_UPON', 'WELCOMES', 'CALLS_UPON']);
    const rels = relations(text, 'operative', items);
    expect(rels).toContain('WELCOMES Framework:Rome Statute of the International Criminal Court');
    expect(rels).toContain('CALLS_UPON Framework:Rome Statute of the International Criminal Court');
  });

  it('the resumed list clause keeps its index: a target already related to it gets no second edge', () => {
    const text =
      'Encourages the International Telecommunication Union: (a) To continue its work, noting its mandate; (b) To report to the International Telecommunication Union Council;';
    const rels = relations(text, 'operative', itemsOf(text));
    expect(rels.filter((r) => r === 'ENCOURAGES Organization:International Telecommunication Union')).toHaveLength(1);
    const clauses = splitClauses(text, 'operative', itemsOf(text));
    expect(clauses.map((c) => [c.index, c.relation ?? null])).toEqual([
      [0, 'ENCOURAGES'],
      [1, 'NOTES'],
      [0, 'ENCOURAGES'],
    ]);
  });

  it('negative: A/RES/78/103 OP10, items that open with verbs of their own keep them ("(b) Expresses its appreciation", "(e) Recalls")', () => {
    const text =
      'Reaffirms the importance, in particular for developing countries, of the work of the Commission concerned with technical cooperation and assistance in the field of international trade law reform and development, and in this connection: (a) Welcomes the initiatives of the Commission towards expanding, through its secretariat, its technical cooperation and assistance programme, and in that respect encourages the Secretary-General to seek partnerships with State and non-State actors; (b) Expresses its appreciation to the Commission for carrying out technical cooperation and assistance activities, and draws the attention of the Secretary-General to the limited resources that are made available in this field; (c) Reiterates its appeal to the United Nations Development Programme to support the technical cooperation and assistance programme of the Commission;18 (d) Recalls its resolutions stressing the need to strengthen support to Member States, and welcomes the efforts of the Secretary-General;';
    expect(splitClauses(text, 'operative', itemsOf(text)).map((c) => c.relation)).toEqual(['REAFFIRMS', 'WELCOMES', 'ENCOURAGES', 'EXPRESSES', 'EMPHASIZES', 'REITERATES', 'RECALLS', 'WELCOMES']);
  });
});
