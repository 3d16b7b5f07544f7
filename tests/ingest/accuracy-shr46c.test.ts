// Session-46 helper shr46c: endorsements and ministerial meetings. Audit: every "endorsed by the <body>" (56 paragraphs), "the
// endorsement by/of" (53) and "meeting of the Ministers" / "ministerial meeting" (75) paragraph of corpus-ga, read with its edges.
// No "endorsed by the <body>" gave ADOPTED any more (endorsedNotAdopted, attributions.ts); 80/157 PP17 says "the adoption by the
// Committee of the Voluntary Guidelines ...", an adoption the words state (ADOPTED kept). Fixed:
// - the noun "endorsement" gave nothing: "the endorsement by <body> ... of <framework>", "the endorsement of <framework> by <body>"
//   (and a second "and by the <body>"), "the endorsement by <body> of: (a) ..., (b) ..." now give ENDORSES from the endorser, as
//   "the adoption by X of Y" gives ADOPTED (attributions.ts endorsementAttributions); no adoption day from an endorsement's;
// - "the fifty-sixth meeting of the Ministers for Foreign Affairs of the Association of Southeast Asian Nations, held in Jakarta on
//   11 and 12 July 2023" (A/RES/78/39 PP13, 80/47 PP14) was ASEAN alone (RECALLS ASEAN): now the sitting (Event, SESSION_OF
//   ASEAN, HELD_IN, days; entityScan.ts ministersMeetingsOfBodies, attributions.ts ORG_OWNER_RE).
// Each case quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/79/171', date: '2024-12-17' };
const { extract, keys, relations, attributions } = oneParagraph({ ctx: GA, kind: 'preambular' });

const CFS = 'Organization:Committee on World Food Security';
const COFI = 'Organization:Committee on Fisheries';
const TENURE = 'Framework:Voluntary Guidelines on the Responsible Governance of Tenure of Land, Fisheries and Forests in the Context of National Food Security';
const UNESCO_GC = 'Organization:General Conference of the United Nations Educational, Scientific and Cultural Organization';
const endorsements = (text: string, kind?: 'preambular' | 'operative') => attributions(text, kind).filter((a) => a.startsWith('ENDORSES'));

describe('"the endorsement by <body> of <framework>", "the endorsement of <framework> by <body>": ENDORSES from the endorser', () => {
  it('A/RES/78/152 OP32: "Recognizes the endorsement by the Economic and Social Council on 2 July 2018 of the Strategic Framework on Geospatial Information ...": ECOSOC ENDORSES it, and the day is no adoption day', () => {
    const text =
      'Recognizes the endorsement by the Economic and Social Council on 2 July 2018 of the Strategic Framework on Geospatial Information and Services for Disasters,24 as a guide for Member States to ensure the availability and accessibility of quality geospatial information and services across all phases of disaster risk reduction and management, and which contributes to the implementation of the Sendai Framework, and encourages enhanced support to developing countries for the application of space-based technologies and geospatial information systems as a cost-effective input to disaster risk assessments;';
    const a = attributions(text, 'operative');
    expect(a).toContain('ENDORSES Organization:Economic and Social Council -> Framework:Strategic Framework on Geospatial Information and Services for Disasters');
    expect(a.filter((x) => x.startsWith('ADOPTED'))).toEqual([]);
  });

  it('A/RES/79/8 OP4: "acknowledges the endorsement by the General Conference of the United Nations Educational, Scientific and Cultural Organization of the Kazan Action Plan": the General Conference ENDORSES it, the sixth Conference ADOPTED it', () => {
    const text =
      'Welcomes the growing attention by the international community to exploring and leveraging the role of sport and physical activity in the attainment of development objectives and the enjoyment of human rights, and in this regard acknowledges the endorsement by the General Conference of the United Nations Educational, Scientific and Cultural Organization of the Kazan Action Plan and its sport policy follow-up framework, adopted at the sixth International Conference of Ministers and Senior Officials Responsible for Physical Education and Sport, as a voluntary, overarching reference for fostering international convergence among policymakers in the fields of physical education, physical activity and sports, as well as a potential tool for aligning international and national policy in these fields,14 and the endorsement by the World Health Assembly of the global action plan on physical activity 2018–2030;15';
    const a = attributions(text, 'operative');
    expect(a).toContain(`ENDORSES ${UNESCO_GC} -> Framework:Kazan Action Plan`);
    expect(a).not.toContain(`ADOPTED ${UNESCO_GC} -> Framework:Kazan Action Plan`);
  });

  it('A/RES/78/158 PP13 (79/212): "noting the endorsement by the Commission at its seventy-eighth session of the Regional Plan of Action on Sand and Dust Storms": ESCAP ENDORSES it', () => {
    const text =
      'Noting also the endorsement by the Economic and Social Commission for Asia and the Pacific at its seventy-fifth session of the recommendation by the Governing Council of the Asian and Pacific Centre for the Development of Disaster Information Management to establish a subregional cooperation mechanism for slow-onset hazards with a focus on sand and dust storms in South-West and Central Asia, and noting the endorsement by the Commission at its seventy-eighth session of the Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific, which provides a strategic framework and reference for countries in the region to take action at the national and regional levels,';
    expect(endorsements(text)).toEqual(['ENDORSES Organization:Economic and Social Commission for Asia and the Pacific -> Framework:Regional Plan of Action on Sand and Dust Storms in Asia and the Pacific']);
  });

  it('A/RES/79/171 PP39 (80/210 PP42): "the endorsement of the Voluntary Guidelines for Securing Sustainable Small-Scale Fisheries ... by the Committee on Fisheries, at its thirty-first session": COFI ENDORSES them', () => {
    const text =
      'Recalling also the endorsement of the Voluntary Guidelines for Securing Sustainable Small-Scale Fisheries in the Context of Food Security and Poverty Eradication by the Committee on Fisheries, at its thirty-first session, held in June 2014,';
    expect(endorsements(text)).toEqual([
      `ENDORSES ${COFI} -> Framework:Voluntary Guidelines for Securing Sustainable Small-scale Fisheries in the Context of Food Security and Poverty Eradication`,
    ]);
  });

  it('A/RES/78/198 PP39: "the endorsement of the Voluntary Guidelines on the Responsible Governance of Tenure ...12 by the Committee on World Food Security at its thirty-eighth session, ..., and by the Council of the Food and Agriculture Organization ...": both ENDORSES', () => {
    const text =
      'Recalling the endorsement of the Voluntary Guidelines on the Responsible Governance of Tenure of Land, Fisheries and Forests in the Context of National Food Security12 by the Committee on World Food Security at its thirty-eighth session, held on 11 May 2012, and by the Council of the Food and Agriculture Organization of the United Nations at its 144th session,';
    expect(endorsements(text)).toEqual([`ENDORSES ${CFS} -> ${TENURE}`, `ENDORSES Organization:Council of the Food and Agriculture Organization of the United Nations -> ${TENURE}`]);
  });

  it('A/RES/79/171 PP38 (80/210 PP41): "the endorsement by the Committee on World Food Security of: (a) The Voluntary Guidelines ..., (b) The Principles ...": the Committee ENDORSES each listed framework', () => {
    const text =
      'Recalling the endorsement by the Committee on World Food Security of: (a) The Voluntary Guidelines on the Responsible Governance of Tenure of Land, Fisheries and Forests in the Context of National Food Security, 13 at its thirty-eighth session, held on 11 May 2012, (b) The Principles for Responsible Investment in Agriculture and Food Systems,14 at its forty-first session, held from 13 to 18 October 2014, (c) The Voluntary Guidelines on Food Systems and Nutrition, 15 at its forty-seventh session, held from 8 to 11 February 2021, (d) The Voluntary Guidelines on Gender Equality and Women’s and Girls’ Empowerment in the Context of Food Security and Nutrition, 16 at its fifty-first session, held from 23 to 27 October and on 25 November 2023,';
    expect(endorsements(text)).toEqual([
      `ENDORSES ${CFS} -> ${TENURE}`,
      `ENDORSES ${CFS} -> Framework:Principles for Responsible Investment in Agriculture and Food Systems`,
      `ENDORSES ${CFS} -> Framework:Voluntary Guidelines on Food Systems and Nutrition`,
      `ENDORSES ${CFS} -> Framework:Voluntary Guidelines on Gender Equality and Women's and Girls' Empowerment in the Context of Food Security and Nutrition`,
    ]);
  });

  it('guard: A/RES/78/265 PP4 "the adoption by the General Conference of the United Nations Educational, Scientific and Cultural Organization of its Recommendation on the Ethics of Artificial Intelligence": still ADOPTED, no ENDORSES', () => {
    const text =
      'Taking note of the efforts of the International Telecommunication Union, in partnership with 40 United Nations bodies, to convene the Artificial Intelligence for Good platform; and the adoption by the General Conference of the United Nations Educational, Scientific and Cultural Organization of its Recommendation on the Ethics of Artificial Intelligence of 23 November 2021, 6 its implementation plan,';
    const a = attributions(text);
    expect(a).toContain(`ADOPTED ${UNESCO_GC} -> Framework:Recommendation on the Ethics of Artificial Intelligence`);
    expect(a.filter((x) => x.startsWith('ENDORSES'))).toEqual([]);
  });

  it('guard: A/RES/78/68 PP28 "Welcoming the endorsement by the Committee on Fisheries, at its thirty-fifth session, of the proposal to establish a subcommittee": no framework named, no ENDORSES', () => {
    const text =
      'Welcoming the endorsement by the Committee on Fisheries, at its thirty-fifth session, of the proposal to establish a subcommittee on fisheries management, and noting that the first session of the Subcommittee on Fisheries Management of the Committee on Fisheries of the Food and Agriculture Organization of the United Nations will be convened virtually from 15 to 18 January 2024,';
    expect(endorsements(text)).toEqual([]);
  });

  it('guard: A/RES/78/222 PP14 "Reconfirming its endorsement of the Geneva communiqué of 30 June 2012": the resolution\'s own endorsement names no endorser, no ENDORSES attribution', () => {
    const text =
      'Reconfirming its endorsement of the Geneva communiqué of 30 June 2012, 3 endorsing the joint statement on the outcome of the multilateral talks on Syria held in Vienna of 30 October 2015 and the statement of the International Syria Support Group of 14 November 2015 (the Vienna statements) in pursuit of the full implementation of the Geneva communiqué,';
    expect(endorsements(text)).toEqual([]);
  });
});

describe('"the fifty-sixth meeting of the Ministers for Foreign Affairs of the <body>": a sitting of that body', () => {
  const ASEAN = 'Organization:Association of Southeast Asian Nations';
  const MEETING = 'Event:fifty-sixth meeting of the Ministers for Foreign Affairs of the Association of Southeast Asian Nations';
  const text =
    'Recalling the joint communiqué of the fifty-sixth meeting of the Ministers for Foreign Affairs of the Association of Southeast Asian Nations, held in Jakarta on 11 and 12 July 2023,';

  it('A/RES/78/39 PP13: the meeting is an Event, SESSION_OF ASEAN, HELD_IN Jakarta on 11 and 12 July 2023; RECALLS the meeting, not ASEAN', () => {
    expect(keys(text, 'Event:')).toEqual([MEETING]);
    const a = attributions(text);
    expect(a).toContain(`SESSION_OF ${MEETING} -> ${ASEAN}`);
    expect(a).toContain(`HELD_IN ${MEETING} -> Place:Jakarta`);
    expect(a).toContain(`STARTS_ON ${MEETING} -> Date:2023-07-11`);
    expect(a).toContain(`ENDS_ON ${MEETING} -> Date:2023-07-12`);
    expect(relations(text)).toEqual([`RECALLS ${MEETING}`]);
  });

  it('A/RES/80/47 PP14: "the fifty-eighth meeting ..., held in Kuala Lumpur on 9 July 2025": the fifty-eighth, its own node', () => {
    const t = 'Recalling the joint communiqué of the fifty-eighth meeting of the Ministers for Foreign Affairs of the Association of Southeast Asian Nations, held in Kuala Lumpur on 9 July 2025,';
    const fifty8 = 'Event:fifty-eighth meeting of the Ministers for Foreign Affairs of the Association of Southeast Asian Nations';
    expect(keys(t, 'Event:')).toEqual([fifty8]);
    expect(attributions(t)).toContain(`HELD_IN ${fifty8} -> Place:Kuala Lumpur`);
  });

  it('guard: A/RES/79/135 OP1 the capitalised "Meeting of the Ministers for Foreign Affairs of the States Members of the Central European Initiative in Chisinau on 22 November 2023": read as before, keyed by its year', () => {
    const t =
      'Takes note with appreciation of the joint statement adopted by the Meeting of the Ministers for Foreign Affairs of the States Members of the Central European Initiative in Chisinau on 22 November 2023 under the presidency of the Republic of Moldova for 2023,';
    expect(keys(t, 'Event:', 'operative')).toEqual(['Event:Meeting of the Ministers for Foreign Affairs of the States Members of the Central European Initiative @ 2023']);
  });

  it('guard: "the Council of Ministers of the Economic Cooperation Organization" (no ordinal meeting): an organ, no sitting', () => {
    const t = 'Welcomes the decisions of the Council of Ministers of the Economic Cooperation Organization on regional trade;';
    expect(extract(t, 'operative').mentions.filter((m) => m.kind === 'Event')).toEqual([]);
  });
});
