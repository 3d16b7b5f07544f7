// Session-68 audit aud68j: the endorser printed in the nominal form of an endorsement (lead's ruling, session 68: "the endorsement by
// <organ> on <day> of X", "the endorsement by <organ> at its <n> session of X", "the endorsement of X by <organ> at its <n> session"
// read as "the adoption by <organ> of X": the organ takes no verb and ENDORSES X; its day is no ADOPTED_ON of X). Each case quotes the
// file and paragraph it comes from; each fix has a guard for the near sentence that must not change.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const ctxOf = (symbol: string, date: string, title: string): RecognizeContext => ({ body: 'General Assembly', symbol, date, title });
const { relations, attributions } = oneParagraph({ ctx: ctxOf('A/RES/78/152', '2023-12-19', 'International cooperation on humanitarian assistance in the field of natural disasters, from relief to development'), kind: 'operative' });
const ECOSOC = 'Organization:Economic and Social Council';

describe('"the endorsement by <organ> ... of X": the endorser takes no verb, ENDORSES X (ruling, session 68)', () => {
  it('A/RES/78/152 OP32: "Recognizes the endorsement by the Economic and Social Council on 2 July 2018 of the Strategic Framework ..."', () => {
    const text =
      'Recognizes the endorsement by the Economic and Social Council on 2 July 2018 of the Strategic Framework on Geospatial Information and Services for Disasters as a guide for Member States;';
    const rels = relations(text);
    expect(rels).not.toContain(`RECOGNIZES ${ECOSOC}`);
    expect(rels).toContain('RECOGNIZES Framework:Strategic Framework on Geospatial Information and Services for Disasters');
    const atts = attributions(text);
    expect(atts).toContain(`ENDORSES ${ECOSOC} -> Framework:Strategic Framework on Geospatial Information and Services for Disasters`);
    // (the day it was endorsed is no adoption day of the Framework)
    expect(atts.filter((a) => a.startsWith('ADOPTED_ON'))).toEqual([]);
  });

  it('A/RES/79/8 OP4: "the endorsement by the General Conference of [UNESCO] of the Kazan Action Plan": the owner printed inside the name keeps its verb', () => {
    const rels = relations(
      'Welcomes the growing attention to sport, and in this regard acknowledges the endorsement by the General Conference of the United Nations Educational, Scientific and Cultural Organization of the Kazan Action Plan, and the endorsement by the World Health Assembly of the global action plan on physical activity 2018–2030;',
      'operative',
      ctxOf('A/RES/79/8', '2024-10-22', 'Sport as an enabler of sustainable development'),
    );
    expect(rels).not.toContain('ACKNOWLEDGES Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization');
    expect(rels).not.toContain('ACKNOWLEDGES Organization:World Health Assembly');
    expect(rels).toContain('ACKNOWLEDGES Organization:United Nations Educational, Scientific and Cultural Organization');
    expect(rels).toContain('ACKNOWLEDGES Framework:Kazan Action Plan');
  });

  it('A/RES/78/158 PP13 (79/212): "the endorsement by the Economic and Social Commission for Asia and the Pacific at its seventy-fifth session of the recommendation ...": its session stays a mention', () => {
    const rels = relations(
      'Noting also the endorsement by the Economic and Social Commission for Asia and the Pacific at its seventy-fifth session of the recommendation by the Governing Council of the Asian and Pacific Centre for the Development of Disaster Information Management to establish a subregional cooperation mechanism,',
      'preambular',
      ctxOf('A/RES/78/158', '2023-12-19', 'Combating sand and dust storms'),
    );
    expect(rels).not.toContain('NOTES Organization:Economic and Social Commission for Asia and the Pacific');
    expect(rels).toContain('NOTES Event:seventy-fifth session of the Economic and Social Commission for Asia and the Pacific');
    expect(rels).toContain('NOTES Organization:Governing Council of the Asian and Pacific Centre for the Development of Disaster Information Management');
  });

  it('A/RES/78/69 OP64: "the endorsement by the Assembly, at the twenty-eighth session of the Authority, of the memorandum of understanding"', () => {
    const rels = relations(
      'Notes the endorsement by the Assembly of the International Seabed Authority, at the twenty-eighth session of the Authority, of the memorandum of understanding between the Authority and the International Relations Institute of Cameroon;',
      'operative',
      ctxOf('A/RES/78/69', '2023-12-05', 'Oceans and the law of the sea'),
    );
    expect(rels).not.toContain('NOTES Organization:Assembly of the International Seabed Authority');
    expect(rels).toContain('NOTES Organization:International Relations Institute of Cameroon');
  });

  it('A/RES/79/171 PP38 (80/210): "the endorsement by the Committee on World Food Security of: (a) The Voluntary Guidelines ..."', () => {
    const text =
      'Recalling the endorsement by the Committee on World Food Security of: (a) The Voluntary Guidelines on the Responsible Governance of Tenure of Land, Fisheries and Forests in the Context of National Food Security, at its thirty-eighth session, held on 11 May 2012,';
    const ctx = ctxOf('A/RES/79/171', '2024-12-17', 'Agriculture development, food security and nutrition');
    expect(relations(text, 'preambular', ctx)).not.toContain('RECALLS Organization:Committee on World Food Security');
    expect(attributions(text, 'preambular', ctx)).toContain(
      'ENDORSES Organization:Committee on World Food Security -> Framework:Voluntary Guidelines on the Responsible Governance of Tenure of Land, Fisheries and Forests in the Context of National Food Security',
    );
  });
});

describe('"the endorsement of X by <organ> at its <n> session": the endorser takes no verb (ruling, session 68)', () => {
  it('A/RES/78/198 PP39: the Committee on World Food Security and the Council of FAO, each at its session', () => {
    const rels = relations(
      'Recalling the endorsement of the Voluntary Guidelines on the Responsible Governance of Tenure of Land, Fisheries and Forests in the Context of National Food Security by the Committee on World Food Security at its thirty-eighth session, held on 11 May 2012, and by the Council of the Food and Agriculture Organization of the United Nations at its 144th session,',
      'preambular',
      ctxOf('A/RES/78/198', '2023-12-19', 'Agriculture development, food security and nutrition'),
    );
    expect(rels).not.toContain('RECALLS Organization:Committee on World Food Security');
    expect(rels).not.toContain('RECALLS Organization:Council of the Food and Agriculture Organization of the United Nations');
    expect(rels).toContain('RECALLS Event:thirty-eighth session of the Committee on World Food Security');
    expect(rels).toContain('RECALLS Framework:Voluntary Guidelines on the Responsible Governance of Tenure of Land, Fisheries and Forests in the Context of National Food Security');
  });

  it('A/RES/78/68 OP179 (79/145, 80/109): "the endorsement of the Agreement ..., as amended, by the Commission at its thirty-eighth session"; the Commission named again later keeps its verb', () => {
    const rels = relations(
      'Welcomes the endorsement of the Agreement for the Establishment of the General Fisheries Commission for the Mediterranean, as amended, by the Commission at its thirty-eighth session, held in Rome from 19 to 24 May 2014, and urges those Contracting Parties to the Commission that need to accept the amended Agreement to do so;',
      'operative',
      ctxOf('A/RES/78/68', '2023-12-05', 'Sustainable fisheries'),
    );
    expect(rels).not.toContain('WELCOMES Organization:General Fisheries Commission for the Mediterranean');
    expect(rels).toContain('URGES Organization:General Fisheries Commission for the Mediterranean');
    expect(rels).toContain('WELCOMES Framework:Agreement for the Establishment of the General Fisheries Commission for the Mediterranean');
  });
});

describe('guards: near sentences that keep the body as the verb\'s target', () => {
  it('guard: A/RES/78/111 OP7 "its endorsement of the decisions and recommendations adopted by the Special Committee at its 2016 session": the adopter of texts unnamed stays a target', () => {
    const rels = relations(
      'Also recalls its endorsement of the decisions and recommendations adopted by the Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization at its 2016 session;',
      'operative',
      ctxOf('A/RES/78/111', '2023-12-07', 'Report of the Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization'),
    );
    expect(rels).toContain('RECALLS Organization:Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization');
  });

  it('guard: A/RES/78/98 PP21 "the endorsement by the Heads of Government of the Caribbean Community of the report": the leaders\' body keeps its verb', () => {
    const rels = relations(
      'Recalling the endorsement by the Heads of Government of the Caribbean Community of the report of the Community’s fact-finding mission to the Turks and Caicos Islands in 2013,',
      'preambular',
      ctxOf('A/RES/78/98', '2023-12-07', 'Question of the Turks and Caicos Islands'),
    );
    expect(rels).toContain('RECALLS Organization:Caribbean Community');
  });

  it('guard: A/RES/79/87 OP24 "for endorsement by the Committee at its sixty-eighth session, in 2025": no text endorsed, the Committee stays a target', () => {
    const rels = relations(
      'Notes that the Committee on the Peaceful Uses of Outer Space will further consult on the workplan of the Action Team for endorsement by the Committee at its sixty-eighth session, in 2025;',
      'operative',
      ctxOf('A/RES/79/87', '2024-12-04', 'International cooperation in the peaceful uses of outer space'),
    );
    expect(rels).toContain('NOTES Organization:Committee on the Peaceful Uses of Outer Space');
  });

  it('guard: A/RES/78/152 OP32 reworded: the Council named again in the clause with a verb of its own keeps it', () => {
    const rels = relations(
      'Recognizes the endorsement by the Economic and Social Council on 2 July 2018 of the Strategic Framework on Geospatial Information and Services for Disasters, and invites the Economic and Social Council to consider the matter;',
    );
    // (the second mention, the one invited, keeps the verb of its clause)
    expect(rels).toContain(`INVITES ${ECOSOC}`);
  });
});

describe('"previous Council resolutions" after a citation that printed the Council\'s full name only inside it: that Council', () => {
  const ctx = ctxOf('A/RES/78/228', '2023-12-22', 'Improving the coordination of efforts against trafficking in persons');
  it('A/RES/78/228 PP12 (80/228): "Economic and Social Council resolutions 2017/18 ... and previous Council resolutions on trafficking in persons"', () => {
    const rels = relations(
      'Recalling further Economic and Social Council resolutions 2017/18 of 6 July 2017 and 2021/25 of 22 July 2021 on the implementation of the Global Plan of Action and previous Council resolutions on trafficking in persons,',
      'preambular',
      ctx,
    );
    // (the author of texts left unnumbered is a target, session 63)
    expect(rels).toContain(`RECALLS ${ECOSOC}`);
    expect(rels).toContain('RECALLS Resolution:E/RES/2017/18');
  });

  it('guard: A/RES/78/160 PP5 (80/147 PP6) "previous Council resolutions on the issue, 4": a note numbers them, the Council their author, no target', () => {
    const rels = relations(
      'Taking note of Economic and Social Council resolution 2023/4 of 7 June 2023 on science, technology and innovation for development and previous Council resolutions on the issue, 4 and taking note also of Council resolution 2021/30 of 22 July 2021 on open-source technologies for sustainable development,',
      'preambular',
      ctxOf('A/RES/78/160', '2023-12-19', 'Science, technology and innovation for sustainable development'),
    );
    expect(rels).not.toContain(`NOTES ${ECOSOC}`);
    expect(rels).toContain('NOTES Resolution:E/RES/2023/4');
  });

  it('guard: "previous Council resolutions" with no Council cited before: not read', () => {
    const rels = relations('Recalling previous Council resolutions on trafficking in persons,', 'preambular', ctxOf('A/RES/80/228', '2025-12-15', 'Improving the coordination of efforts against trafficking in persons'));
    expect(rels.filter((r) => r.includes('Council'))).toEqual([]);
  });
});
