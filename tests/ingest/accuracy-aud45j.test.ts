// Session-45 audit aud45j (short round): pronoun objects and convened meetings, judged on the text against the aud45e gold
// (A/RES/80/135, A/RES/79/62) and the pattern counts in corpus-ga. Fixed: "and urges its early, inclusive and effective
// implementation" / "and urging timely action to ensure its full implementation" (some 22 clauses of 2023-2025, after the
// Kunming-Montreal Framework or the SDG Summit's political declaration) and "and encourages its full and effective
// implementation" urge / encourage the implementation of the Framework the clause before named, as "and calls for its ...
// implementation" already did (extract.ts frameworkOfItsImplementation); "its outcomes, including the Kunming-Montreal Global
// Biodiversity Framework, and urging their ... implementation" (eleven texts) urges that Framework. Left: the unnamed "open
// informal consultations in 2025" of A/RES/79/62 OP7..OP11 and "a meeting on science, technology and innovation for
// development" (A/RES/80/147 OP54); "looks forward to progress towards the fulfilment of their mandates" (80/147 OP17). Each case
// quotes the file and paragraph; each fix has a guard.
import { describe, expect, it } from 'vitest';
import type { RecognizeContext } from '../../ingest/models.js';
import { oneParagraph } from '../helpers/one-paragraph.js';

const GA80: RecognizeContext = { body: 'General Assembly', symbol: 'A/RES/80/135', date: '2025-12-15' };
const { relations } = oneParagraph({ ctx: GA80, kind: 'operative' });

const KMGBF = 'Framework:Kunming-Montreal Global Biodiversity Framework';
const SDG_SUMMIT_DECLARATION = 'Framework:Political Declaration of the High-level Political Forum on Sustainable Development';
const ofType = (rel: string[], type: string) => rel.filter((r) => r.startsWith(`${type} `));

describe('"and urges / encourages its ... implementation": what is to be implemented is the Framework the clause before named', () => {
  it('A/RES/80/135 PP15: "and recalling the Kunming Montreal Global Biodiversity Framework adopted at the fifteenth meeting ... and urging its early, inclusive and effective implementation": URGES the Framework, not the meeting', () => {
    const text =
      'Welcoming the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Cali, Colombia, from 21 October to 1 November 2024 on the theme “Peace with nature”, as well as its two resumed sessions, held online from 3 to 6 December 2024 and in Rome, Italy, from 25 to 27 February 2025, respectively, and recalling the Kunming Montreal Global Biodiversity Framework adopted at the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity and urging its early, inclusive and effective implementation,';
    const rel = relations(text, 'preambular');
    expect(rel).toContain(`RECALLS ${KMGBF}`);
    expect(ofType(rel, 'URGES')).toEqual([`URGES ${KMGBF}`]);
  });

  it('A/RES/80/135 OP6 (78/151, 79/199, 80/153, ...): "Welcomes the political declaration adopted at the high-level political forum ... (Sustainable Development Goals Summit), ..., and urges timely action to ensure its full implementation": URGES the declaration', () => {
    const text =
      'Welcomes the political declaration adopted at the high-level political forum on sustainable development convened under the auspices of the General Assembly (Sustainable Development Goals Summit), held in New York on 18 and 19 September 2023, and urges timely action to ensure its full implementation;';
    const rel = relations(text);
    expect(rel).toContain(`WELCOMES ${SDG_SUMMIT_DECLARATION}`);
    expect(ofType(rel, 'URGES')).toEqual([`URGES ${SDG_SUMMIT_DECLARATION}`]);
  });

  it('A/RES/79/207 OP4 (80/139 OP5): "Also welcomes the Kunming-Montreal Global Biodiversity Framework, and urges its early, inclusive and effective implementation": URGES the Framework', () => {
    const text = 'Also welcomes the Kunming-Montreal Global Biodiversity Framework, and urges its early, inclusive and effective implementation;';
    expect(ofType(relations(text), 'URGES')).toEqual([`URGES ${KMGBF}`]);
  });

  it('A/RES/78/68 OP21: "Welcomes the fifteenth meeting of the Conference of the Parties ... in particular the adoption of the Kunming-Montreal Global Biodiversity Framework, and encourages its full and effective implementation": ENCOURAGES the Framework, not the meeting', () => {
    const text =
      'Welcomes the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity and its outcomes, in particular the adoption of the Kunming-Montreal Global Biodiversity Framework, and encourages its full and effective implementation,';
    expect(ofType(relations(text), 'ENCOURAGES')).toEqual([`ENCOURAGES ${KMGBF}`]);
  });

  it('A/RES/78/138 PP9 (78/151, 78/154, 80/124, 80/148, ...): "..., and its outcomes, including the Kunming-Montreal Global Biodiversity Framework, and urging their early, inclusive and effective implementation": URGES the Framework named as one of the outcomes, not the meetings', () => {
    const text =
      'Welcoming the first part of the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, held in Kunming, China, from 11 to 15 October 2021, and the second part of the fifteenth meeting of the Conference of the Parties, held in Montreal, Canada, from 7 to 19 December 2022, and its outcomes, including the Kunming-Montreal Global Biodiversity Framework, and urging their early, inclusive and effective implementation,';
    expect(ofType(relations(text, 'preambular'), 'URGES')).toEqual([`URGES ${KMGBF}`]);
  });

  it('guard: A/RES/79/206 OP37 "... and the adoption of their decisions, including the decisions adopted under the “UAE Consensus”, which include the outcome of the first global stocktake of the Paris Agreement, and urges their full implementation": the decisions, no Framework named as one of them, no URGES edge', () => {
    const text =
      'Welcomes the convening of the twenty-eighth session of the Conference of the Parties to the United Nations Framework Convention on Climate Change, the eighteenth session of the Conference of the Parties serving as the Meeting of the Parties to the Kyoto Protocol and the fifth session of the Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement, presided over by the Government of the United Arab Emirates in Dubai, from 30 November to 13 December 2023, and the adoption of their decisions, including the decisions adopted under the “UAE Consensus”, which include the outcome of the first global stocktake of the Paris Agreement, and urges their full implementation;';
    const rel = relations(text);
    expect(rel).toContain('WELCOMES Framework:UAE Consensus');
    expect(ofType(rel, 'URGES')).toEqual([]);
  });

  it('guard: A/RES/80/135 OP7 "and encourages urgent action to achieve Sustainable Development Goal 12": an object of its own, nothing from the clause before', () => {
    const text =
      'Acknowledges that sustainable consumption and production practices can be cost-efficient and effective ways to achieve economic development, reduce environmental impacts and advance human well-being, and encourages urgent action to achieve Sustainable Development Goal 12, in order to contribute to the achievement of all Goals;';
    expect(ofType(relations(text), 'ENCOURAGES')).toEqual(['ENCOURAGES Framework:Sustainable Development Goals']);
  });

  it('guard: A/RES/79/40 OP24 "Recalls its decision, in its resolution 77/71, to establish a dedicated fellowship training programme ... relating to the implementation of the Programme of Action ... and urges its implementation in 2025": the decision is to be implemented, no URGES a Framework of that clause', () => {
    const text =
      'Recalls its decision, in its resolution 77/71, to establish a dedicated fellowship training programme on small arms and light weapons in order to strengthen technical knowledge and expertise in areas relating to the implementation of the Programme of Action and the International Tracing Instrument, in particular in developing countries, for a duration of four weeks in-person in four regions, respectively, preceded by a preparatory self-paced online course, with the participation of 15 fellows per region, and in order to expedite the implementation of the programme, to provide the yearly financial resources necessary to ensure a sustained operationalization of this programme and urges its implementation in 2025, and requests the Secretary-General to operationalize the decision and to report thereon to the General Assembly at its eightieth session and periodically thereafter for follow-up;';
    const rel = relations(text, 'operative', { body: 'General Assembly', symbol: 'A/RES/79/40', date: '2024-12-02' });
    // (alone, "the Programme of Action" is not resolved; the International Tracing Instrument is the Framework the clause names)
    expect(rel.filter((r) => r.startsWith('RECALLS Framework:'))).toEqual([
      'RECALLS Framework:International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons',
    ]);
    expect(ofType(rel, 'URGES')).toEqual([]);
  });

  it('guard: "urges" with "its" before another noun ("and urges its continued support") and a clause before with no Framework add nothing', () => {
    expect(ofType(relations('Welcomes the Kunming-Montreal Global Biodiversity Framework, and urges its continued support to developing countries;'), 'URGES')).toEqual([]);
    expect(
      ofType(relations('Welcomes the convening of the sixteenth meeting of the Conference of the Parties to the Convention on Biological Diversity, and urges timely action to ensure its full implementation;'), 'URGES'),
    ).toEqual([]);
  });
});
