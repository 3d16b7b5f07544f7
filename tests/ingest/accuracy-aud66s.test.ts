// Session-66 audit aud66s: residual faults of the session-65 gold sets aud65v (A/RES/80/188, assistance to refugees, returnees and
// displaced persons in Africa; 78/185 prints the same paragraphs) and aud65j (A/RES/78/163). Each case quotes the file and
// paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { extractWithNotes } from '../helpers/footnoted-paragraph.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const AFRICA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/188', date: '2025-12-15' };
const { keys, relations, attributions } = oneParagraph({ ctx: AFRICA, kind: 'preambular' });

// A/RES/80/188 PP13 (78/185 PP13)
const PP13 =
  'Welcoming progress made in the implementation of the Nairobi Declaration on Durable Solutions for Somali Refugees and the Reintegration of Returnees in Somalia, welcoming also the nomination of the Special Envoy of the United Nations High Commissioner for Refugees for the Horn of Africa, the adoption of the Djibouti declaration on refugee education in December 2017 and the Kampala Declaration on Jobs, Livelihoods and Self-Reliance for Refugees, Returnees and Host Communities in the Intergovernmental Authority on Development Region, adopted on 28 March 2019, and welcoming further the reaffirmation by Member States of the commitment to promote inclusive policies towards refugees, as noted in the communiqué of the second interministerial stocktaking meeting on the Nairobi Declaration and Action Plan,';
const ENVOY = 'Organization:Special Envoy of the United Nations High Commissioner for Refugees for the Horn of Africa';
const UNHCR = 'Organization:Office of the United Nations High Commissioner for Refugees';

describe('"the adoption of <framework> in <month year>": the framework ADOPTED_ON that month, as "on <day>" after it', () => {
  it('A/RES/80/188 PP13 (78/185): "the adoption of the Djibouti declaration on refugee education in December 2017"', () => {
    expect(attributions(PP13)).toContain('ADOPTED_ON Framework:Djibouti Declaration on refugee education -> Date:2017-12');
  });

  it('guard: an anniversary of the adoption printed with its month dates the anniversary (as "the thirtieth anniversary of the adoption of the Paris Principles in 2023", A/RES/78/204 PP3)', () => {
    const text = 'Recalling the twentieth anniversary of the adoption of the Djibouti declaration on refugee education in December 2037,';
    expect(attributions(text).filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('guard: A/RES/78/204 PP3 "the thirtieth anniversary of the adoption of the Paris Principles in 2023" stays undated', () => {
    const text = 'Welcoming the thirtieth anniversary of the adoption of the Paris Principles in 2023,';
    expect(attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/204', date: '2023-12-19' }).filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });
});

describe('the envoy of a body the gazetteer knows, printed in full: the post, and its owner takes the verb with no PART_OF', () => {
  it('A/RES/80/188 PP13 (78/185): "the nomination of the Special Envoy of the United Nations High Commissioner for Refugees for the Horn of Africa"', () => {
    const rels = relations(PP13);
    expect(rels).toContain(`WELCOMES ${ENVOY}`);
    expect(rels).toContain(`WELCOMES ${UNHCR}`);
    // (the Horn of Africa is a word of the post's name, no place of the paragraph)
    expect(keys(PP13, 'Place:')).toEqual([]);
    expect(attributions(PP13).filter((a) => a.startsWith(`PART_OF ${ENVOY}`))).toEqual([]);
  });

  it('guard: "the Special Envoy of the Secretary-General for Syria" keeps its reading (the Secretary-General takes no verb)', () => {
    const rels = relations('Welcomes the work of the Special Envoy of the Secretary-General for Syria;', 'operative');
    expect(rels).toEqual(['WELCOMES Organization:Special Envoy of the Secretary-General for Syria']);
  });
});

describe('"two of the protocols to the Pact ..., namely, the Protocol on ... and the Protocol on ...": each PART_OF the Pact', () => {
  const PACT = 'Framework:Pact on Security, Stability and Development in the Great Lakes Region';
  it('A/RES/80/188 PP14 (78/185 PP14): the Great Lakes Pact and its protocols on displaced persons', () => {
    const text =
      'Recalling the Pact on Security, Stability and Development in the Great Lakes Region, adopted by the International Conference on the Great Lakes Region in 2006, and its instruments, in particular two of the protocols to the Pact that are relevant to the protection of displaced persons, namely, the Protocol on the Protection of and Assistance to Internally Displaced Persons and the Protocol on the Property Rights of Returning Persons,';
    const atts = attributions(text);
    expect(atts).toContain(`PART_OF Framework:Protocol on the Protection of and Assistance to Internally Displaced Persons -> ${PACT}`);
    expect(atts).toContain(`PART_OF Framework:Protocol on the Property Rights of Returning Persons -> ${PACT}`);
  });

  it('guard: A/RES/78/205 PP (80/211): the Kampala Convention "which builds on" the two Protocols has no part of them', () => {
    const text =
      'Recognizing the importance of the African Union Convention for the Protection and Assistance of Internally Displaced Persons in Africa (Kampala Convention), which builds on the Protocol on the Protection of and Assistance to Internally Displaced Persons and the Protocol on the Property Rights of Returning Persons, adopted by the International Conference on the Great Lakes Region,';
    expect(attributions(text, 'preambular', { body: 'General Assembly', symbol: 'A/RES/78/205', date: '2023-12-19' }).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('"<framework>, affirmed on <day>,N" with "N See resolution M.": resolution M ENDORSES the framework', () => {
  const COMPACT = 'Framework:Global Compact on Refugees';
  const atts = (id: string, text: string, notes: { after: string; mark: string; text: string }[], ctx: RecognizeContext = AFRICA) =>
    extractWithNotes(id, text, notes, { ...ctx }).attributions.map((a) => `${a.type} ${a.source} -> ${a.target}`);

  it('A/RES/80/188 OP4 (78/185): "the Global Compact on Refugees as set out in the High Commissioner’s annual report (part II) of 2018,11 affirmed on 17 December 2018,12"', () => {
    const text =
      'Recalls the Global Compact on Refugees as set out in the High Commissioner’s annual report (part II) of 2018,11 affirmed on 17 December 2018,12 and calls upon the international community as a whole to implement the Compact;';
    const notes = [
      { after: '2018,11', mark: '11', text: 'See A/73/12 (Part II).' },
      { after: '2018,12', mark: '12', text: 'See resolution 73/151.' },
    ];
    expect(atts('OP4', text, notes)).toContain(`ENDORSES Resolution:A/RES/73/151 -> ${COMPACT}`);
  });

  it('A/RES/80/187 OP18 (79/156 OP17, 78/184): "Also recalls the Global Compact on Refugees,8 affirmed on 17 December 2018,9"', () => {
    const text = 'Also recalls the Global Compact on Refugees,8 affirmed on 17 December 2018,9 and calls upon the international community as a whole to implement the Compact;';
    const notes = [
      { after: 'Refugees,8', mark: '8', text: 'Official Records of the General Assembly, Seventy-third Session, Supplement No. 12 (A/73/12 (Part II)).' },
      { after: '2018,9', mark: '9', text: 'See resolution 73/151.' },
    ];
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/187', date: '2025-12-15' };
    expect(atts('OP18', text, notes, ctx)).toContain(`ENDORSES Resolution:A/RES/73/151 -> ${COMPACT}`);
  });

  it('guard: "<framework>,9" with "9 See resolution 73/151." and no "affirmed on" states no act of the resolution', () => {
    const text = 'Also recalls the Global Compact on Refugees,9 and calls upon the international community as a whole to implement the Compact;';
    const notes = [{ after: 'Refugees,9', mark: '9', text: 'See resolution 73/151.' }];
    expect(atts('OP18', text, notes).filter((a) => a.includes('Resolution:A/RES/73/151'))).toEqual([]);
  });
});

describe('a sitting named by its quoted theme, then " of the <session>": PART_OF the session', () => {
  const SEGMENT = 'Event:high-level segment on the theme "Enhancing international cooperation, solidarity, local capacities and humanitarian action for refugees in Africa"';
  const SESSION = 'Event:sixty-fifth session of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees';
  it('A/RES/80/188 PP12 (78/185): "the high-level segment on the theme “...” of the sixty-fifth session of the Executive Committee ..."', () => {
    const text =
      'Recalling the high-level segment on the theme “Enhancing international cooperation, solidarity, local capacities and humanitarian action for refugees in Africa” of the sixty-fifth session of the Executive Committee of the Programme of the United Nations High Commissioner for Refugees, held in Geneva from 29 September to 3 October 2014,';
    expect(attributions(text)).toContain(`PART_OF ${SEGMENT} -> ${SESSION}`);
  });

  it('guard: a quoted theme followed by " of the <body>" gives no PART_OF (the body is no sitting)', () => {
    const text = 'Recalling the high-level meeting on the theme “Ocean for the future” of the General Assembly,';
    expect(attributions(text).filter((a) => a.startsWith('PART_OF Event:high-level meeting'))).toEqual([]);
  });
});

describe('"<body>, the <organ> of its <organ>" and ", in particular the role of its <officer>": each organ PART_OF its owner', () => {
  const OP15 =
    'Notes with appreciation the ongoing initiatives taken by the African Union, the Subcommittee on Refugees, Returnees and Internally Displaced Persons of its Permanent Representatives Committee and the African Commission on Human and Peoples’ Rights, in particular the role of its Special Rapporteur on Refugees, Asylum Seekers, Migrants and Internally Displaced Persons in Africa, to ensure the protection of and assistance to refugees, returnees and displaced persons in Africa;';
  it('A/RES/80/188 OP15 (78/185): the Subcommittee of the Permanent Representatives Committee of the African Union; the Commission\'s Rapporteur', () => {
    const atts = attributions(OP15, 'operative');
    expect(atts).toContain('PART_OF Organization:Subcommittee on Refugees, Returnees and Internally Displaced Persons -> Organization:Permanent Representatives Committee');
    expect(atts).toContain('PART_OF Organization:Permanent Representatives Committee -> Organization:African Union');
    expect(atts).toContain(
      "PART_OF Organization:Special Rapporteur on Refugees, Asylum Seekers, Migrants and Internally Displaced Persons in Africa -> Organization:African Commission on Human and Peoples' Rights",
    );
  });

  it('guard: A/RES/78/108 PP (79/121, 80/164): "a trust fund for assistance to Special Rapporteurs of the International Law Commission or Chairs of its Study Groups": no chain of organs', () => {
    const text =
      'Noting the establishment of a trust fund for assistance to Special Rapporteurs of the International Law Commission or Chairs of its Study Groups and matters ancillary thereto,';
    const ctx: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/78/108', date: '2023-12-07' };
    expect(attributions(text, 'preambular', ctx).filter((a) => a.startsWith('PART_OF'))).toEqual([]);
  });
});

describe('names the chunks do not read, known to the gazetteer: the #IBelong campaign, the Bamako conclusions', () => {
  it('A/RES/80/188 PP23 (78/185): "since the launch of the #IBelong campaign to eradicate statelessness"', () => {
    const text =
      'Acknowledging the efforts made by States and regional groups since the launch of the #IBelong campaign to eradicate statelessness and to afford protection to stateless people, as well as the commitments made during the high-level segment on statelessness convened by the Office of the High Commissioner,';
    expect(relations(text)).toContain('ACKNOWLEDGES Initiative:IBelong campaign');
  });

  it('A/RES/80/188 OP9 (78/185): "namely, the Bamako conclusions and ministerial declaration adopted in Geneva on 9 October 2019"', () => {
    const text =
      'Also welcomes the regional dialogue on protection and solutions related to the situation of forced displacement in the Sahel, held in Bamako on 11 and 12 September 2019, hosted by the Government of Mali, with the participation of government officials from Burkina Faso, Chad, Mauritania and the Niger, and further welcomes the outcome of the dialogue, namely, the Bamako conclusions and ministerial declaration adopted in Geneva on 9 October 2019;';
    const BAMAKO = 'Framework:Bamako conclusions and ministerial declaration';
    expect(relations(text, 'operative')).toContain(`WELCOMES ${BAMAKO}`);
    expect(attributions(text, 'operative')).toContain(`ADOPTED_ON ${BAMAKO} -> Date:2019-10-09`);
    // (the dialogue held in Bamako keeps its place: the city in the framework's name is no second venue)
    expect(attributions(text, 'operative').filter((a) => a.startsWith('HELD_IN'))).toEqual([
      'HELD_IN Event:regional dialogue on protection and solutions related to the situation of forced displacement in the Sahel @ 2019 -> Place:Bamako',
    ]);
  });
});
